"""Marks set in symbol fonts read as the marks they show.

reportlab (and office tools) print a tick, a cross or a square the standard
fonts lack in ZapfDingbats or Symbol, whose character codes are not Unicode:
without a ToUnicode map a PDF reader sees a tick as "3", a cross as "7". A
font that does carry a map keeps what the map says.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline.runner import process_document
from .pdf_builders import read

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=8)


def _text(path: Path) -> list[str]:
    """Each block's text, after its list marker if it has one (a line opening with a tick is a list item)."""
    return [" ".join(filter(None, (getattr(block, "marker", None), block.text)))
            for block in read(path.read_bytes(), path.name).blocks]


def _canvas_lines(path: Path, lines: list[tuple[str, str]]) -> Path:
    """One line a (font, text), drawn straight on the page."""
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    for number, (font, text) in enumerate(lines):
        canvas.setFont(font, 12)
        canvas.drawString(72, 760 - 40 * number, text)
    canvas.save()
    return path


def test_zapf_dingbats_and_symbol_marks_read_as_their_characters(tmp_path: Path) -> None:
    path = _canvas_lines(tmp_path / "marks.pdf", [
        ("Helvetica", "Marks in the standard symbol fonts"),
        ("ZapfDingbats", "\u2713 \u2714 \u2717 \u2718 \u25a0 \u25cf \u274f \u2751 \u2605 \u27a2"),
        ("Symbol", "\u03b1 \u03b2 \u2022 \u2192 \u2265 \u00b1 \u00d7 \u2211")])

    text = " ".join(_text(path))

    assert "\u2713 \u2714 \u2717 \u2718 \u25a0 \u25cf \u274f \u2751 \u2605 \u27a2" in text
    assert "\u03b1 \u03b2 \u2022 \u2192 \u2265 \u00b1 \u00d7 \u2211" in text


def test_a_font_with_a_unicode_map_keeps_its_characters_under_a_symbol_fonts_name(tmp_path: Path) -> None:
    """DejaVu Sans embedded (with its ToUnicode map) under a name read as
    Symbol's: its "a", "fi" and dash are what the map says, not Symbol's
    alpha, arrow and plus-minus."""
    pdfmetrics.registerFont(TTFont("MappedSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    path = _canvas_lines(tmp_path / "mapped.pdf", [("MappedSans", "a fine \u2013 day")])
    data = path.read_bytes()
    assert b"DejaVuSans" in data
    path.write_bytes(data.replace(b"DejaVuSans", b"Symbol-Reg"))  # same length: the offsets hold

    assert _text(path) == ["a fine \u2013 day"]


def _grid(rows: list[list[str]], widths: list[float]) -> Table:
    table = Table([[Paragraph(cell, BODY) for cell in row] for row in rows], colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _pdf(path: Path, flow: list) -> Path:
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return path


def test_a_tick_column_in_a_pdf_action_log_decides_the_status(tmp_path: Path) -> None:
    """Helvetica has no tick: reportlab sets the log's ticks and crosses in ZapfDingbats."""
    rows = [["Ref", "Meeting", "Action", "Owner", "Complete", "Update"],
            *[[f"SB 27/{n:02d}", "14/01/2027", f"Report on the {n}th review of the force's contact handling.",
               "ACC", mark, "See the paper."] for n, mark in enumerate(("\u2713", "\u2717", "\u2714"), start=1)]]
    path = _pdf(tmp_path / "log.pdf", [Paragraph("Strategic Board", H1), Paragraph("Thursday 4 March 2027", BODY),
                                       Paragraph("Action log", H1), _grid(rows, [48, 56, 150, 50, 66, 130])])

    result = process_document(path)

    assert result.status == "ok", result.errors
    assert {a["number"]: a["status"] for a in result.records["actions"]} == {
        "SB 27/01": "complete", "SB 27/02": "outstanding", "SB 27/03": "complete"}


def test_a_tick_in_one_of_three_level_columns_of_a_pdf_is_the_level(tmp_path: Path) -> None:
    asked = (("How many burglaries were solved this year?", "The solved rate rose to 9 per cent."),
             ("How quickly are burglary scenes attended?", "Most scenes are attended within a day."),
             ("Are repeat victims offered target hardening?", "The scheme has had no funding since April."))
    rows = [["Question", "Response", "Assured", "Partially assured", "Not assured"],
            *[[question, answer, *("\u2713" if col == row else "\u2717" for col in range(3))]
              for row, (question, answer) in enumerate(asked)]]
    path = _pdf(tmp_path / "notes.pdf", [Paragraph("Notes of the Scrutiny Board held on 3 February 2027", H1),
                                         Paragraph("2. Burglary", H1), _grid(rows, [140, 140, 60, 80, 60])])

    result = process_document(path)

    assert result.status == "ok", result.errors
    assert [(d["question"], d["assurance"]) for d in result.records["assurance_decisions"]] == [
        (asked[0][0], "Assured"), (asked[1][0], "Partly assured"), (asked[2][0], "Not assured")]


def test_wingdings_ticks_and_crosses_typed_by_their_latin_codes_decide_the_status(tmp_path: Path) -> None:
    """Word's Wingdings tick and cross are its codes for "ü" and "û"; a PDF
    that decodes them so (here DejaVu Sans embedded under Wingdings' name,
    its ToUnicode map giving the Latin letters) still shows a tick and a cross."""
    pdfmetrics.registerFont(TTFont("MarksSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    rows = [["Ref", "Meeting", "Action", "Owner", "Complete", "Update"],
            *[[f"SB 27/{n:02d}", "14/01/2027", f"Report on the {n}th review of the force's contact handling.",
               "ACC", f'<font name="MarksSans">{mark}</font>', "See the paper."]
              for n, mark in enumerate(("\u00fc", "\u00fb"), start=1)]]
    path = _pdf(tmp_path / "log.pdf", [Paragraph("Strategic Board", H1), Paragraph("Thursday 4 March 2027", BODY),
                                       Paragraph("Action log", H1), _grid(rows, [48, 56, 150, 50, 66, 130])])
    data = path.read_bytes()
    assert b"DejaVuSans" in data
    path.write_bytes(data.replace(b"DejaVuSans", b"Wingdings-"))  # same length: the offsets hold

    table = next(block for block in read(path.read_bytes(), path.name).blocks if hasattr(block, "cells"))
    assert [cell.text for cell in table.cells if cell.col == 4] == ["Complete", "\u2714", "\u2717"]
    result = process_document(path)
    assert result.status == "ok", result.errors
    assert {a["number"]: a["status"] for a in result.records["actions"]} == {
        "SB 27/01": "complete", "SB 27/02": "outstanding"}


def test_marks_drawn_in_a_form_read_as_their_characters(tmp_path: Path) -> None:
    """A form (a stamp, a repeated panel) may name its fonts in its own
    resources only: here the page's own font list is renamed away."""
    path = tmp_path / "form.pdf"
    canvas = Canvas(str(path), pagesize=A4, invariant=1, pageCompression=0)
    canvas.beginForm("panel")
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 700, "Reviewed:")
    canvas.setFont("ZapfDingbats", 12)
    canvas.drawString(140, 700, "\u2714")
    canvas.endForm()
    canvas.doForm("panel")
    canvas.save()
    form, page = path.read_bytes().rsplit(b"/Resources <<\n/Font ", 1)
    path.write_bytes(form + b"/Resources <<\n/Fxnt " + page)  # same length: the offsets hold

    assert _text(path) == ["Reviewed: \u2714"]


def test_a_symbol_font_under_a_windows_encoding_reads_by_its_codes(tmp_path: Path) -> None:
    """Symbol declared with WinAnsiEncoding: the reader decodes its codes as
    Windows letters ("·" for 0xB7), yet the font prints its own glyphs there."""
    pdfmetrics.registerFont(pdfmetrics.Font("SymbolWinAnsi", "Symbol", "WinAnsiEncoding"))
    path = _canvas_lines(tmp_path / "symbol.pdf", [("SymbolWinAnsi", "Step \u00b7 \u00b1 \u00d7")])

    assert _text(path) == ["\u03a3\u03c4\u03b5\u03c0 \u2022 \u00b1 \u22c5"]
