"""Small real PDF and Word files for the extractor tests, and the pipeline run
over them, shared by the round tests so each reads like the document it stands for."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest
from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from extractors.text import normalise_for_match
from pipeline.runner import process_document

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold")
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=8, spaceBefore=6)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=22, leading=28, spaceAfter=12)


def records(path: Path) -> dict[str, list[dict]]:
    """The document's records by type, its documents row included; a failed run fails the test."""
    result = process_document(path)
    assert result.status == "ok", result.errors
    return {**result.records, "documents": [result.document]}


def pdf(path: Path, flow: list) -> Path:
    """A PDF of reportlab flowables."""
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return path


def hung_minutes(minutes: list[tuple[str, str, str]]) -> Table:
    """Minutes hung from their numbers as a reportlab PDF prints them: each
    (number, bold title or "", text) a row of a borderless two-column table,
    the number in a column of its own."""
    cell = ParagraphStyle("cell", parent=BODY, spaceAfter=0)
    rows = [[Paragraph(number, cell), Paragraph(f"<b>{title}</b> {text}" if title else text, cell)]
            for number, title, text in minutes]
    return Table(rows, colWidths=[70, 380], hAlign="LEFT", style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))


def pdf_lines(path: Path, lines: list[tuple[str, float, bool]]) -> Path:
    """A PDF of one paragraph a line: (text, size, bold)."""
    return pdf(path, [Paragraph(text, ParagraphStyle("p", fontName="Helvetica-Bold" if bold else "Helvetica",
                                                     fontSize=size, leading=size * 1.25, spaceAfter=6))
                      for text, size, bold in lines])


def docx(path: Path, blocks: list[tuple[str, str]], header: tuple[str, ...] = ()) -> Path:
    """A Word document of (kind, text): "h1".."h3" headings, "p" paragraphs,
    "b" bold paragraphs, "bi" bold italic ones, "li" bullets; ``header`` the running header's lines."""
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    for i, line in enumerate(header):
        paragraph = document.sections[0].header.paragraphs[0] if i == 0 else document.sections[0].header.add_paragraph()
        paragraph.add_run(line).font.size = Pt(9)
    for kind, text in blocks:
        if kind.startswith("h"):
            document.add_heading(text, level=int(kind[1]))
        elif kind == "li":
            document.add_paragraph(text, style="List Bullet")
        else:
            run = document.add_paragraph().add_run(text)
            run.bold = kind in ("b", "bi") or None
            run.italic = kind == "bi" or None
    document.save(str(path))
    return path


def lines_file(path: Path, lines: list[tuple[str, str]]) -> Path:
    """The same (kind, text) lines ("h1", "h2", "p") as a Word file or a reportlab PDF, by the path's suffix."""
    if path.suffix == ".docx":
        return docx(path, lines)
    styles = {"h1": H1, "h2": BOLD, "p": BODY}
    return pdf(path, [Paragraph(text, styles[kind]) for kind, text in lines])


def word_table(document: Document, rows: list[list[str]]) -> None:
    """A ruled Word table ("Table Grid") of plain-text cells."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for row, values in enumerate(rows):
        for col, text in enumerate(values):
            table.cell(row, col).text = text


def word_framed_table(document: Document, title: str, rows: list[list[str]]) -> None:
    """A one-cell ruled frame holding ``title`` over a ruled table of ``rows`` nested in it, its first row bold
    (a boxed question table, a cover sheet's label | value rows)."""
    frame = document.add_table(rows=1, cols=1)
    frame.style = "Table Grid"
    frame.cell(0, 0).text = title
    nested = frame.cell(0, 0).add_table(rows=len(rows), cols=len(rows[0]))
    nested.style = "Table Grid"
    for row, values in enumerate(rows):
        for col, text in enumerate(values):
            if text:
                nested.cell(row, col).paragraphs[0].add_run(text).bold = row == 0 or None


def word_log(board: str, date_line: str, heading: str, lead: str, rows: list[list[str]]) -> Document:
    """A Word pack's action log: the board's name, a date line, ``heading``, the sentence or key line under it
    (``lead``) and the log of ``rows`` (``word_table``)."""
    document = Document()
    document.add_heading(board, level=1)
    document.add_paragraph(date_line)
    document.add_heading(heading, level=2)
    document.add_paragraph(lead)
    word_table(document, rows)
    return document


def grid(rows: list[list[str]], widths: list[float]) -> Table:
    """A ruled table of small-print cells."""
    cell = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
    table = Table([[Paragraph(text, cell) for text in row] for row in rows], colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    return table


def grouped_grid(rows: list[list[str]], group_rows: list[int],
                 widths: tuple[float, ...] = (55, 150, 80, 130, 80)) -> Table:
    """A ruled tracker whose ``group_rows`` run across it, shaded: banners grouping the actions under them
    (by the meeting that raised them, or by status: "Open actions")."""
    cell = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
    table = Table([[Paragraph(text, cell) for text in row] for row in rows], colWidths=list(widths))
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]
    for row in group_rows:
        style += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), colors.HexColor("#f2f2f2"))]
    table.setStyle(TableStyle(style))
    return table


def word_grouped_table(document: Document, rows: list[list[str]], group_rows: list[int]) -> None:
    """``word_table`` with ``group_rows`` merged across the table, their text the row's first cell's."""
    word_table(document, rows)
    table = document.tables[-1]
    for row in group_rows:
        table.cell(row, 0).merge(table.cell(row, len(rows[0]) - 1)).text = rows[row][0]



def grouped_tracker(path: Path, board: str, heading: str, rows: list[list[str]], group_rows: list[int],
                    widths: tuple[float, ...] | None = None) -> Path:
    """A Word file or a reportlab PDF (by the path's suffix): the board's name, a date line, ``heading``, and
    the tracker of ``rows`` with ``group_rows`` run across it."""
    if path.suffix == ".docx":
        document = Document()
        document.add_heading(board, level=1)
        document.add_paragraph("Thursday 4 March 2027")
        document.add_heading(heading, level=2)
        word_grouped_table(document, rows, group_rows)
        document.save(str(path))
        return path
    grid = grouped_grid(rows, group_rows, widths) if widths else grouped_grid(rows, group_rows)
    return pdf(path, [Paragraph(board, H1), Paragraph("Thursday 4 March 2027", BODY), Paragraph(heading, H1), grid])

def report_start(force: str, published: str = "4 March 2025") -> list:
    """The opening of a PEEL 2023-25 report on ``force``."""
    return [Paragraph("PEEL 2023–25", H1), Paragraph(f"An inspection of {force}", TITLE),
            Paragraph(f"Published: {published}", BODY)]


GOLD = Path(__file__).resolve().parents[2] / "samples" / "gold"


def corpus_packs(corpus: Path) -> list[str]:
    """The names of the PDF and Word packs in a sample corpus folder."""
    return sorted(p.name for p in corpus.iterdir() if p.suffix in (".pdf", ".docx"))


def match_key(found: list[dict], fields: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The records' values of ``fields``, normalised for matching and sorted, so order and spacing don't count."""
    return sorted(tuple(normalise_for_match(str(r.get(f))) for f in fields) for r in found)


def assert_pack_as_gold(path: Path, fields_by_type: dict[str, tuple[str, ...]]) -> None:
    """The pack's records of each type match its gold annotation on the given fields."""
    gold = json.loads((GOLD / f"{path.name}.json").read_text())["records"]
    result = process_document(path)
    assert result.status == "ok"
    for record_type, fields in fields_by_type.items():
        assert match_key(result.records[record_type], fields) == match_key(gold[record_type], fields), record_type


def load_generator(corpus: str) -> ModuleType:
    """The generate.py of samples/corpus/``corpus``, loaded as a module, to build its packs here."""
    spec = importlib.util.spec_from_file_location(f"{corpus.replace('-', '_')}_corpus",
                                                  GOLD.parent / "corpus" / corpus / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


# A test over each form a Word paper is published in: the Word file, and the PDF LibreOffice makes of it
# (the commonest real PDF), where LibreOffice is installed.
AS_PUBLISHED = ("word", pytest.param("office pdf", marks=pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice makes the office PDF")))


def published(document: Document, path: Path, form: str) -> Path:
    """``document`` saved at ``path`` as Word ("word"), or as the PDF LibreOffice makes of it ("office pdf")."""
    document.save(str(path))
    if form == "word":
        return path
    spec = importlib.util.spec_from_file_location("office_pdf", GOLD.parent / "corpus" / "office_pdf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    pdf_path = path.with_suffix(".pdf")
    pdf_path.write_bytes(module.docx_to_pdf(path.read_bytes(), stable=False))
    return pdf_path


def lower_key(found: list[dict], fields: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The records' values of ``fields``, lower-cased and sorted, so order and case don't count."""
    return sorted(tuple(str(r[f]).lower() for f in fields) for r in found)


# (question, answer, comment) of the question tables the assurance tests print
QUESTIONS_ASKED = (("How many burglary victims were visited within a day?", "Of 410 victims, 388 were visited in a day.",
                    "The Commissioner was pleased."),
                   ("How are officers trained to record stalking?", "A new course started in March.",
                    "The Commissioner asked for the completion rate."),
                   ("How long do forensic results take to return?", "The median wait was 41 days.",
                    "The Commissioner asked for a plan to reduce the wait."))
QUESTION_TABLE_HEADER = ["No.", "Question", "Answer", "Assurance level", "Comment"]


def decision_records(path: Path) -> list[dict]:
    """Every assurance decision the pipeline takes from ``path``, in the document's order."""
    return records(path)["assurance_decisions"]


def decision_fields(path: Path, *fields: str, sort: bool = False) -> list[tuple]:
    """``fields`` of every decision the pipeline takes from ``path``, one tuple
    a decision: in the document's order, or sorted where the order is not asserted."""
    found = [tuple(d[field] for field in fields) for d in decision_records(path)]
    # None sorts before any value, so a missing level or number is a readable diff, not a TypeError
    return sorted(found, key=lambda row: [(value is not None, value) for value in row]) if sort else found


def decision_levels(path: Path) -> list[tuple]:
    """(question number, level) of every decision the pipeline takes from ``path``."""
    return decision_fields(path, "question_number", "assurance", sort=True)


def question_table_notes(path: Path, header: list[str], levels: list[str], before: list[str] = (),
                         after: list[str] = ()) -> Path:
    """Notes of one meeting: ``before`` lines, a question table whose level
    column prints ``levels`` (one a question, numbered from 1), ``after`` lines."""
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 14 April 2027", level=2)
    document.add_heading("Minute 3 \u2013 Neighbourhood crime", level=3)
    for line in before:
        document.add_paragraph(line)
    rows = [[str(n), question, answer, level, comment]
            for n, ((question, answer, comment), level) in enumerate(zip(QUESTIONS_ASKED * 2, levels), start=1)]
    word_table(document, [header, *rows])
    for line in after:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def assessed_notes(path: Path, lines: tuple[str, ...]) -> Path:
    """Notes whose No. | Question | Answer table gives no level, then the
    Commissioner's assessment ``lines`` under their own heading."""
    document = Document()
    document.add_heading("Record of the Accountability Meeting held on 12 January 2027", level=2)
    document.add_paragraph("Theme: Neighbourhood crime")
    word_table(document, [["No.", "Question", "Answer"],
                          *[[str(n), question, answer]
                            for n, (question, answer, _) in enumerate(QUESTIONS_ASKED, start=1)]])
    document.add_heading("The Commissioner's assessment", level=3)
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


BOX_FORMS = ("one cell", "a row a line")


def decision_box(document: Document, lines: tuple[str, ...] | list[str], form: str = "one cell") -> None:
    """A one-column ruled table: a bold "Decisions and actions" title over
    one paragraph a line, in one cell ("one cell") or a row each ("a row a line")."""
    rows = 1 if form == "one cell" else 1 + len(lines)
    table = document.add_table(rows=rows, cols=1)
    table.style = "Table Grid"
    table.cell(0, 0).paragraphs[0].add_run("Decisions and actions").bold = True
    for row, line in enumerate(lines, start=1):
        if form == "one cell":
            table.cell(0, 0).add_paragraph(line)
        else:
            table.cell(row, 0).text = line

