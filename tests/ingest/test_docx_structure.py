"""DOCX provenance: document order, locators, pages from recorded breaks,
section page sizes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from docx.enum.text import WD_BREAK
from docx.shared import Mm

from pipeline.ingest.docx import read_docx
from pipeline.layout import BlockKind, Table, TextBlock

from .docx_builders import (
    add_landscape_section,
    add_text_box,
    add_rendered_page_break,
    new_document,
    read,
    styled_run,
    to_bytes,
    without_parts,
    wrap_in_content_control,
)


def test_paragraphs_and_tables_in_document_order_with_locators() -> None:
    document = new_document()
    document.add_paragraph("Introduction")
    first = document.add_table(rows=2, cols=3)
    first.cell(1, 2).text = "cell text"
    document.add_paragraph("Between the tables")
    document.add_paragraph("")  # empty: no block, but it still counts in locators
    document.add_table(rows=1, cols=1).cell(0, 0).text = "second"
    controlled = document.add_paragraph("Inside a content control")
    wrap_in_content_control(controlled)
    document.add_paragraph("Closing")

    doc = read(document)

    kinds = [(type(b).__name__, b.prov.locator) for b in doc.blocks]
    assert kinds == [
        ("TextBlock", "body/p[1]"),
        ("Table", "body/tbl[1]"),
        ("TextBlock", "body/p[2]"),
        ("Table", "body/tbl[2]"),
        ("TextBlock", "body/sdt[1]/p[1]"),
        ("TextBlock", "body/p[4]"),
    ]
    assert doc.blocks[4].text == "Inside a content control"
    cell = doc.blocks[1].cell(1, 2)
    assert cell.prov.locator == "body/tbl[1]/r[2]/c[3]"
    assert cell.blocks[0].prov.locator == "body/tbl[1]/r[2]/c[3]/p[1]"


def test_without_recorded_breaks_pages_are_unknown() -> None:
    document = new_document()
    document.add_paragraph("One")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "Two"

    doc = read(document)

    assert doc.pages == () and doc.page_count is None
    assert all(b.prov.page is None for b in doc.blocks)
    assert doc.blocks[1].pages == ()
    assert doc.blocks[1].cells[0].prov.page is None
    assert doc.warnings == ()


def test_hard_page_breaks_alone_give_no_page_numbers() -> None:
    # Without Word's rendered breaks, counting hard breaks would run low:
    # records keep their locator and no page rather than a wrong one.
    document = new_document()
    document.add_paragraph("Cover")
    document.add_page_break()
    breaking = document.add_paragraph("Last words on page two")
    breaking.add_run().add_break(WD_BREAK.PAGE)
    breaking.add_run("first words on page three")

    doc = read(document)

    assert [(b.text, b.prov.page) for b in doc.blocks] == [
        ("Cover", None), ("Last words on page twofirst words on page three", None)]
    assert doc.pages == ()
    assert [b.prov.locator for b in doc.blocks] == ["body/p[1]", "body/p[3]"]


def test_landscape_section_gives_landscape_pages() -> None:
    document = new_document()
    document.add_paragraph("Portrait report")
    add_landscape_section(document)
    add_rendered_page_break(document.add_paragraph("Wide action tracker"))

    doc = read(document)

    assert [(b.text, b.prov.page) for b in doc.blocks] == [("Portrait report", 1), ("Wide action tracker", 2)]
    assert [p.landscape for p in doc.pages] == [False, True]
    assert doc.pages[1].width > doc.pages[1].height


def test_rendered_page_breaks_set_pages_and_are_not_double_counted() -> None:
    document = new_document()
    document.add_paragraph("Page one")
    hard = document.add_paragraph("Still page one")
    hard.add_run().add_break(WD_BREAK.PAGE)
    after_hard = document.add_paragraph("Page two")
    add_rendered_page_break(after_hard)  # Word marks the rendered break after a hard one too
    table = document.add_table(rows=2, cols=1)
    table.cell(0, 0).text = "Row on page two"
    table.cell(1, 0).text = "Row on page three"
    add_rendered_page_break(table.cell(1, 0).paragraphs[0])
    soft = document.add_paragraph("Page four, after a soft break")
    add_rendered_page_break(soft)

    doc = read(document)

    texts = [(b.text, b.prov.page) for b in doc.blocks if isinstance(b, TextBlock)]
    assert texts == [("Page one", 1), ("Still page one", 1), ("Page two", 2), ("Page four, after a soft break", 4)]
    grid = next(b for b in doc.blocks if isinstance(b, Table))
    assert grid.pages == (2, 3)
    assert [grid.page_of_row(0), grid.page_of_row(1)] == [2, 3]
    assert len(doc.pages) == 4
    assert not doc.warnings


def test_a_file_without_styles_or_numbering_parts_still_reads() -> None:
    document = new_document()
    document.add_paragraph("Plain text")
    styled_run(document.add_paragraph(), "Bold label", bold=True)
    data = without_parts(to_bytes(document), "styles", "numbering")

    doc = read_docx(Path("minimal.docx"), data, hashlib.sha256(data).hexdigest())

    assert [(b.kind, b.text) for b in doc.blocks] == [(BlockKind.PARAGRAPH, "Plain text"), (BlockKind.HEADING, "Bold label")]
    assert doc.body_size == 10.0  # Word's size when nothing sets one


def test_text_box_content_follows_its_anchor_paragraph_once() -> None:
    document = new_document()
    anchor = document.add_paragraph("Cover page")
    add_text_box(anchor, ["Report Title: Neighbourhood policing", "Meeting Date: 3 June"])
    table = document.add_table(rows=1, cols=1)
    add_text_box(table.cell(0, 0).paragraphs[0], ["Boxed note in a cell"])
    document.add_paragraph("Next paragraph")

    doc = read(document)

    assert [(b.text, b.prov.locator) for b in doc.blocks if isinstance(b, TextBlock)] == [
        ("Cover page", "body/p[1]"),
        ("Report Title: Neighbourhood policing", "body/p[1]/txbx[1]/p[1]"),
        ("Meeting Date: 3 June", "body/p[1]/txbx[1]/p[2]"),
        ("Next paragraph", "body/p[2]"),
    ]
    assert next(doc.tables()).cell(0, 0).text == "Boxed note in a cell"


def test_headers_and_footers_are_kept_aside_as_page_furniture() -> None:
    document = new_document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Police, Fire and Crime Panel - Accountability Board"
    section.footer.paragraphs[0].text = "3"
    section.footer.add_paragraph("– 4 –")  # a page number the PDF backend drops too
    document.add_paragraph("Minutes")

    doc = read(document)

    assert [b.text for b in doc.blocks] == ["Minutes"]
    assert [(b.text, b.prov.page, b.prov.locator) for b in doc.page_furniture] == [
        ("Police, Fire and Crime Panel - Accountability Board", None, "section[1]/header/p[1]")]
