"""The PDF backend on a Word document saved as PDF by LibreOffice, as
offices make their papers (fixtures/office-export.pdf, made by
fixtures/make_office_export.py: CI has no LibreOffice, so the PDF is
committed). Word's layout differs from reportlab's in ways a reader must
not take for structure: a word too wide for a cell's line moves whole to
the next line, a wrapped line may open with a dash or follow a semicolon;
and its templates may set headings apart by size and colour, not weight."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from reportlab.lib import colors

from pipeline.ingest.pdf import read_pdf
from pipeline.layout import BlockKind, LayoutDocument, Table, TextBlock

from .pdf_builders import canvas_pdf, para, read, story_pdf

FIXTURE = Path(__file__).parent / "fixtures" / "office-export.pdf"


@pytest.fixture(scope="module")
def doc() -> LayoutDocument:
    data = FIXTURE.read_bytes()
    return read_pdf(FIXTURE, data, hashlib.sha256(data).hexdigest())


def _body(doc: LayoutDocument) -> list[TextBlock]:
    return [b for b in doc.blocks if isinstance(b, TextBlock)]


def _answer_table(doc: LayoutDocument) -> Table:
    return next(t for t in doc.tables() if t.n_cols == 4)


def _cell_blocks(table: Table, row: int, col: int) -> list[TextBlock]:
    return list(next(c for c in table.cells if (c.row, c.col) == (row, col)).blocks)


def test_words_wrapped_in_a_bulleted_cell_stay_two_words(doc: LayoutDocument) -> None:
    # "e-learning" / "module" and "happens" / "because" each end and open a line of the cell.
    items = [b.text for b in _cell_blocks(_answer_table(doc), 1, 2)]
    assert items == ["All call handlers completed an e-learning module in 2025.",
                     "The force could not say how often this happens because contact is not recorded in one place."]


def test_a_wrapped_line_opening_with_a_dash_carries_on_its_bullet(doc: LayoutDocument) -> None:
    items = [b for b in _body(doc) if b.kind is BlockKind.LIST_ITEM]
    assert [(b.text, b.level) for b in items] == [
        ("Preventing crime and managing offenders – good", 0),
        ("Investigating crime, protecting vulnerable people and developing a positive workplace"
         " – requires improvement", 0)]


def test_a_cell_wrapped_after_a_semicolon_is_one_paragraph(doc: LayoutDocument) -> None:
    blocks = _cell_blocks(_answer_table(doc), 1, 3)
    assert [b.text for b in blocks] == ["Vacancies reported to the office; recruitment continues."]


def test_headings_set_apart_by_size_and_colour_alone_keep_their_levels(doc: LayoutDocument) -> None:
    # The fixture's template prints Heading 1-3 in regular weight, in size and colour only.
    headings = [(b.text, b.level) for b in _body(doc) if b.kind is BlockKind.HEADING]
    assert headings[:4] == [("Board paper on neighbourhood policing", 1), ("Summary of findings", 2),
                            ("Grades in the latest report", 3), ("Call handling", 4)]


def test_a_body_size_line_is_a_heading_only_in_the_colour_of_the_larger_headings() -> None:
    heading_blue, link_blue = colors.HexColor("#4f81bd"), colors.HexColor("#0563c1")
    data = story_pdf([para("Annual review of custody", 16, colour=heading_blue),
                      para("The board reviewed the custody suites and the care of detainees this year."),
                      para("Detainee welfare", colour=heading_blue),
                      para("Every detainee was offered a welfare check on arrival at the suite."),
                      para("www.example.org/custody-report", colour=link_blue),
                      para("The full report is published on the office's website.")])
    blocks = [b for b in read(data).blocks if isinstance(b, TextBlock)]
    assert [(b.text, b.kind) for b in blocks if b.kind is BlockKind.HEADING] == [
        ("Annual review of custody", BlockKind.HEADING), ("Detainee welfare", BlockKind.HEADING)]
    assert any(b.text == "www.example.org/custody-report" and b.kind is BlockKind.PARAGRAPH for b in blocks)


def test_a_shaded_one_cell_table_is_a_table_with_its_fill(doc: LayoutDocument) -> None:
    box = next(t for t in doc.tables() if (t.n_rows, t.n_cols) == (1, 1))
    cell = box.cells[0]
    assert cell.fill == "#deeaf6"
    assert [b.text for b in cell.blocks] == ["Promising practice: Text updates for victims",
                                             "Victims receive a text message when their case changes."]
    assert not any(isinstance(b, TextBlock) and b.text.startswith("Promising practice") for b in doc.blocks)


def test_an_unshaded_frame_round_text_is_no_table() -> None:
    def draw(canvas) -> None:
        canvas.setFont("Helvetica", 10)
        canvas.rect(60, 600, 400, 40, stroke=1, fill=0)
        canvas.drawString(70, 620, "A note framed by a plain border, read as a paragraph.")
    doc = read(canvas_pdf(draw))
    assert not list(doc.tables())
    assert [b.text for b in doc.blocks if isinstance(b, TextBlock)] == [
        "A note framed by a plain border, read as a paragraph."]
