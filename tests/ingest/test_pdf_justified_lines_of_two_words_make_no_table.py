"""Justified prose set large in a narrow measure (12 point text in a column
a third or half the page wide, long words): many lines hold two words, the
one space between them stretched wider than a table's column gap. Those
lines end at the measure with the lines of three words or more whose spaces
are all alike, so they are prose: no table is made of them, alone or with
the page column beside them, and their words read in order. A table's rows
right under such prose, on its edges, are no prose: their gaps differ."""

from __future__ import annotations

import pytest
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table as PdfTable

from pipeline.layout import Table
from tests.ingest.pdf_builders import PORTRAIT, borderless, para, read, story_pdf, style, two_column_pdf

TEXT = ("The Commissioner acknowledged considerable improvements notwithstanding persistent organisational "
        "difficulties; nevertheless, accountability arrangements, partnership commissioning responsibilities and "
        "safeguarding obligations remain insufficiently documented. Neighbourhood engagement, victim satisfaction "
        "questionnaires, independent custody visiting, stop-and-search transparency and out-of-court disposals "
        "were examined comprehensively throughout. Representatives explained interoperability constraints, "
        "procurement timescales, recruitment difficulties and infrastructure dependencies extensively.")


def _justified(size: float = 12) -> ParagraphStyle:
    body = style(size)
    body.alignment = TA_JUSTIFY
    return body


@pytest.mark.parametrize("measure", [180, 200, 240])
def test_a_narrow_justified_column_is_read_as_paragraphs(measure: float) -> None:
    body = _justified()
    body.rightIndent = PORTRAIT[0] - 112 - measure
    doc = read(story_pdf([para("Scrutiny of the force", size=14, bold=True), Paragraph(TEXT, body),
                          Paragraph(TEXT, body)]))
    assert not list(doc.tables())
    assert doc.blocks[0].text == "Scrutiny of the force"
    assert " ".join(b.text for b in doc.blocks[1:]) == f"{TEXT} {TEXT}"  # every word, in order


def test_two_justified_page_columns_set_large_are_read_column_by_column() -> None:
    story = []
    for k in range(6):
        story += [para(f"Item {k + 1}", size=12, bold=True), Paragraph(f"{TEXT} {TEXT}", _justified())]
    layout = read(two_column_pdf(story))
    assert not [b for b in layout.blocks if isinstance(b, Table)]
    assert [b.text for b in layout.blocks if b.kind.name == "HEADING"] == [f"Item {k + 1}" for k in range(6)]


BUDGET = [["Budget line", "2025/26", "2026/27"], ["Police officer pay", "£101,204", "£104,310"],
          ["Staff pay", "£40,112", "£41,905"], ["Premises", "£8,230", "£8,511"], ["Transport", "£3,004", "£3,120"]]


def _budget() -> PdfTable:
    """BUDGET borderless, its figures set right, the first column's text on the prose's left edge and the last's
    ending at the prose's measure, no padding over the rows: the table stands within a line of the prose."""
    cells = []
    for row in BUDGET:
        cells.append([])
        for col, text in enumerate(row):
            cell = style(10, space_after=0)
            cell.alignment = TA_RIGHT if col else TA_LEFT
            cells[-1].append(Paragraph(text, cell))
    return borderless(cells, [PORTRAIT[0] - 112 - 160, 80, 80], band=False,
                      commands=[("LEFTPADDING", (0, 0), (0, -1), 6), ("RIGHTPADDING", (-1, 0), (-1, -1), 6),
                                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])


def test_a_table_right_under_justified_prose_and_as_wide_stays_a_table() -> None:
    """The table's rows share the prose's edges and follow it closely, but their gaps differ: rows, not prose."""
    body = _justified(10)
    body.spaceAfter = 0
    doc = read(story_pdf([para("Budget", size=14, bold=True), Paragraph(TEXT, body), _budget()]))
    assert [table.grid() for table in doc.tables()] == [BUDGET]


def test_a_narrow_justified_paragraph_over_a_wider_one_is_read_as_paragraphs() -> None:
    """The narrow paragraph's measure is that of its own justified lines, not the wider lines under it."""
    narrow, wide = _justified(), _justified()
    narrow.rightIndent, narrow.spaceAfter = PORTRAIT[0] - 112 - 200, 0
    doc = read(story_pdf([para("Scrutiny of the force", size=14, bold=True), Paragraph(TEXT, narrow),
                          Paragraph(TEXT, wide)]))
    assert not list(doc.tables())
    assert " ".join(b.text for b in doc.blocks[1:]) == f"{TEXT} {TEXT}"


def test_a_narrow_paragraph_of_two_word_lines_right_over_a_table_is_read_as_a_paragraph() -> None:
    """No line of the paragraph holds three words: its measure is where its lines carrying on the sentence end."""
    text = TEXT[:TEXT.index("Neighbourhood") - 1]
    narrow = _justified()
    narrow.rightIndent, narrow.spaceAfter = PORTRAIT[0] - 112 - 200, 0
    doc = read(story_pdf([para("Budget", size=14, bold=True), Paragraph(text, narrow), _budget()]))
    assert [table.grid() for table in doc.tables()] == [BUDGET]
    assert " ".join(b.text for b in doc.blocks[1:] if not isinstance(b, Table)) == text


@pytest.mark.parametrize(("text", "size", "measure"), [
    # a word alone on its line and the short last line carry the sentence on too: two lines only open in lower case
    (TEXT[:TEXT.index(";")] + ".", 13, 215),
    # the first line of two words opens the sentence: two lines of two words only open in lower case
    ("Representatives acknowledged considerable improvements notwithstanding persistent difficulties.", 12, 215),
])
def test_a_short_narrow_paragraph_of_two_word_lines_over_a_table_is_read_as_a_paragraph(
        text: str, size: float, measure: float) -> None:
    """Its lines of two words end at one measure, as a table's right-aligned figures would, but the sentence runs on
    over its lines (they open in lower case): prose, its words in order, and the table under it whole."""
    narrow = _justified(size)
    narrow.rightIndent, narrow.spaceAfter = PORTRAIT[0] - 112 - measure, 0
    doc = read(story_pdf([para("Budget", size=14, bold=True), Paragraph(text, narrow), _budget()]))
    assert [table.grid() for table in doc.tables()] == [BUDGET]
    assert " ".join(b.text for b in doc.blocks[1:] if not isinstance(b, Table)) == text
