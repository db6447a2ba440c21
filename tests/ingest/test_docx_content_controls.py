"""DOCX content controls (w:sdt) read as the document shows them: a drop-down
list's chosen entry and a check box's ☒ / ☐, at every level (a run, a
paragraph, a row, a cell, a table); a control left on its placeholder
("Choose an item.", "Click or tap here to enter text.", w:showingPlcHdr) shows
a prompt to the author, not a value, and reads as nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm

from pipeline.layout import Table
from tests.ingest.pdf_builders import read as read_pdf

from .docx_builders import (
    add_check_box_control,
    add_drop_down_control,
    add_table_of_widths,
    new_document,
    office_pdf,
    read,
    wrap_cell_in_placeholder_control,
    wrap_in_content_control,
)

_LEVELS = ["Assured", "Partially assured", "Not assured"]


def test_a_drop_down_reads_as_its_chosen_entry_and_one_left_on_its_prompt_as_nothing() -> None:
    document = new_document()
    table = document.add_table(rows=2, cols=2)
    for row, shown in enumerate(("Partially assured", None)):
        add_drop_down_control(table.cell(row, 0).paragraphs[0], _LEVELS, shown)
        table.cell(row, 1).text = "Asked for the plan."

    grid = read(document).blocks[0]

    assert [[grid.cell(row, col).text for col in (0, 1)] for row in (0, 1)] == [
        ["Partially assured", "Asked for the plan."], ["", "Asked for the plan."]]


def test_a_prompt_beside_text_in_its_paragraph_leaves_the_text() -> None:
    document = new_document()
    paragraph = document.add_paragraph("Assurance level: ")
    add_drop_down_control(paragraph, _LEVELS, None)
    paragraph.add_run(" (to follow)")

    assert [b.text for b in read(document).text_blocks()] == ["Assurance level:  (to follow)"]


def test_a_paragraph_or_cell_control_left_on_its_prompt_reads_as_nothing_and_keeps_the_grid() -> None:
    document = new_document()
    document.add_paragraph("Commissioner's comment")
    prompt = document.add_paragraph("Click or tap here to enter text.")
    wrap_in_content_control(prompt)
    prompt._p.getparent().getparent().find(f"{{{prompt._p.nsmap['w']}}}sdtPr").append(
        parse_xml(f'<w:showingPlcHdr {nsdecls("w")}/>'))
    filled = document.add_paragraph("The Commissioner was assured.")
    wrap_in_content_control(filled)
    table = document.add_table(rows=1, cols=3)
    for col, text in enumerate(("SAB 48/01", "Choose an item.", "Report the figures.")):
        table.cell(0, col).text = text
    wrap_cell_in_placeholder_control(table.cell(0, 1))

    doc = read(document)

    assert [b.text for b in doc.blocks if not isinstance(b, Table)] == [
        "Commissioner's comment", "The Commissioner was assured."]
    grid = doc.blocks[-1]
    assert (grid.n_cols, [grid.cell(0, col).text for col in range(3)]) == (3, ["SAB 48/01", "", "Report the figures."])


def test_a_check_box_control_reads_as_the_box_it_shows() -> None:
    document = new_document()
    paragraph = document.add_paragraph()
    for checked, label in ((False, " Assured "), (True, " Partially assured "), (False, " Not assured")):
        add_check_box_control(paragraph, checked)
        paragraph.add_run(label)

    assert [b.text for b in read(document).text_blocks()] == [
        "\u2610 Assured \u2612 Partially assured \u2610 Not assured"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
def test_controls_read_the_same_in_word_and_in_the_pdf_word_prints(tmp_path: Path) -> None:
    document = new_document()
    table = add_table_of_widths(document, [["Ref", "Action", "Status", "Closed"],
                                           ["AB 48/01", "Report the figures.", "", ""],
                                           ["AB 48/02", "Share the plan.", "", ""]],
                                [Cm(2.5), Cm(7), Cm(4), Cm(2)])
    for row, (status, closed) in ((1, ("Complete", True)), (2, (None, False))):
        add_drop_down_control(table.cell(row, 2).paragraphs[0], ["Complete", "In progress"], status)
        add_check_box_control(table.cell(row, 3).paragraphs[0], closed)

    pdf = office_pdf(document, tmp_path / "log.pdf")
    word_grid = read(document).blocks[0]
    pdf_grid = next(b for b in read_pdf(pdf.read_bytes()).blocks if isinstance(b, Table))

    assert [[word_grid.cell(row, col).text for col in (2, 3)] for row in (1, 2)] == [
        ["Complete", "\u2612"], ["", "\u2610"]]
    # LibreOffice prints a control's prompt as text: a PDF cannot tell it from a value (extractors' vocabulary)
    assert [pdf_grid.cell(row, 2).text for row in (1, 2)] == ["Complete", "Choose an item."]
    assert [pdf_grid.cell(row, 3).text for row in (1, 2)] == ["\u2612", "\u2610"]
