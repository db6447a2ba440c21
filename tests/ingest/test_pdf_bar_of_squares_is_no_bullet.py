"""A level printed as a bar of squares ("■■■", "■■□", "■□□", a key line
saying what each bar means) reads as the bar, whole: no list item whose
bullet is its first square, no space where the hollow square is set in
another font, and the comment under it a paragraph of its own. A square
bullet before words is still a list's bullet."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx.shared import Cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from pipeline.layout import BlockKind, Table
from tests.ingest.docx_builders import add_table_of_widths, new_document, office_pdf, styled_run
from tests.ingest.pdf_builders import FONT_DIR, borderless, item, para, read, story_pdf

_SERIF = "PdfTestSerif"  # the hollow square in a font of its own, as a serif pack sets it
_BARS = {"Assured": "■■■", "Partly assured": "■■□", "Not assured": "■□□"}
_COMMENTS = ["Noted the national standard was met.", "Asked for the effect of the new service.",
             "Asked for the rate each month."]


def _bar(marks: str) -> str:
    if _SERIF not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_SERIF, str(FONT_DIR / "DejaVuSerif.ttf")))
    return "".join(f'<font name="{_SERIF}">{m}</font>' if m == "□" else m for m in marks)


def test_a_bar_of_squares_over_a_comment_reads_whole_in_its_cell() -> None:
    key = "Key: " + "; ".join(f"{_bar(bar)} {level.lower()}" for level, bar in _BARS.items()) + "."
    rows = [["No.", "Question", "Assurance"]] + [
        [f"{n}.", f"Question number {n} about the service?",
         [para(_bar(bar), space_after=0), para(comment, italic=True, space_after=0)]]
        for n, (bar, comment) in enumerate(zip(_BARS.values(), _COMMENTS), start=1)]

    doc = read(story_pdf([para(key), borderless(rows, [40, 250, 180])]))

    assert doc.blocks[0].text == "Key: ■■■ assured; ■■□ partly assured; ■□□ not assured."
    grid = next(b for b in doc.blocks if isinstance(b, Table))
    cells = [[(b.kind, b.text) for b in grid.cell(row, 2).blocks] for row in (1, 2, 3)]
    assert cells == [[(BlockKind.PARAGRAPH, bar), (BlockKind.PARAGRAPH, comment)]
                     for bar, comment in zip(_BARS.values(), _COMMENTS)]


def test_square_bullets_before_words_stay_a_list() -> None:
    doc = read(story_pdf([para("Next steps"), item("Report the figures.", marker="■"),
                          item("■□ marks are explained in the key.", marker="■")]))

    assert [(b.kind, b.marker, b.text) for b in doc.blocks[1:]] == [
        (BlockKind.LIST_ITEM, "■", "Report the figures."),
        (BlockKind.LIST_ITEM, "■", "■□ marks are explained in the key.")]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
def test_a_bar_of_squares_in_a_word_table_reads_whole_in_the_pdf(tmp_path: Path) -> None:
    document = new_document()
    table = add_table_of_widths(document, [["No.", "Question", "Assurance"], ["1.", "How quickly are calls answered?", ""],
                                           ["2.", "How long is the wait?", ""]], [Cm(1.5), Cm(8), Cm(5)])
    table.style = "Table Grid"
    for row, (bar, comment) in ((1, ("■■□", _COMMENTS[1])), (2, ("■□□", _COMMENTS[2]))):
        table.cell(row, 2).paragraphs[0].add_run(bar)
        styled_run(table.cell(row, 2).add_paragraph(), comment, italic=True)

    doc = read(office_pdf(document, tmp_path / "bars.pdf").read_bytes())

    grid = next(b for b in doc.blocks if isinstance(b, Table))
    assert [[b.text for b in grid.cell(row, 2).blocks] for row in (1, 2)] == [
        ["■■□", _COMMENTS[1]], ["■□□", _COMMENTS[2]]]
    assert all(b.kind is BlockKind.PARAGRAPH for row in (1, 2) for b in grid.cell(row, 2).blocks)
