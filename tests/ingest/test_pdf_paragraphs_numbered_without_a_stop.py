"""Paragraphs numbered "1", "2" with no full stop, each number hung a tab
stop (half an inch) left of its text, as minutes number their paragraphs:
the numbers stand in a column of their own, as a borderless table's item
numbers do, but every text beside them is a paragraph ending its sentence,
so they read as numbered list items, not as a table of two columns. An
item number's column beside titles stays a table."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx.oxml.ns import qn

from pipeline.ingest import read_document
from pipeline.layout import BlockKind, LayoutDocument, Table, TextBlock
from tests.ingest.docx_builders import add_list_definition, list_paragraph, new_document, office_pdf
from tests.ingest.pdf_builders import borderless, item, para, read, story_pdf

MINUTES = ["The Panel noted the report on rural crime and asked for the figures by parish at the next meeting of "
           "the Panel in the summer.",
           "Members asked how the specials scheme had grown since the spring and what training the specials receive "
           "before they patrol.",
           "The Chief Constable agreed to share the results of the farm watch survey with members.",
           "The Panel thanked officers for attending."]


def _items(layout: LayoutDocument) -> list[tuple[str | None, str]]:
    assert not list(layout.tables())
    return [(b.marker, b.text) for b in layout.blocks if isinstance(b, TextBlock) and b.kind is BlockKind.LIST_ITEM]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice makes the office PDF")
def test_word_paragraphs_numbered_without_a_stop_a_tab_from_their_text_are_list_items(tmp_path: Path) -> None:
    document = new_document()
    document.add_heading("Minutes", level=2)
    numbering = add_list_definition(document, [("decimal", "%1")])
    for indent in document.part.numbering_part.element.iter(qn("w:ind")):
        indent.set(qn("w:left"), "720")
        indent.set(qn("w:hanging"), "720")  # the number at the margin, the text half an inch in
    for text in MINUTES:
        list_paragraph(document, text, numbering)
    pdf = office_pdf(document, tmp_path / "minutes.pdf")
    layout = read_document(pdf, pdf.read_bytes(), "0" * 64)
    assert _items(layout) == [(str(n), text) for n, text in enumerate(MINUTES, start=1)]


def test_paragraphs_hung_from_bare_numbers_are_list_items() -> None:
    layout = read(story_pdf([para("Minutes", size=14, bold=True)]
                            + [item(text, marker=str(n), tab=24) for n, text in enumerate(MINUTES, start=1)]))
    assert _items(layout) == [(str(n), text) for n, text in enumerate(MINUTES, start=1)]


def test_item_numbers_beside_titles_stay_a_table() -> None:
    rows = [["1", "Apologies for absence"], ["2", "Minutes of the last meeting"], ["3", "Rural crime"],
            ["4", "Any other business"]]
    layout = read(story_pdf([para("Agenda", size=14, bold=True), borderless(rows, [40, 300], band=False)]))
    assert [b.grid() for b in layout.blocks if isinstance(b, Table)] == [rows]
