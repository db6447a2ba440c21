"""DOCX legacy form fields: the field holds no character of its value, which
is in the field's data. A check box (FORMCHECKBOX) reads as the box Word
draws, ☒ checked, ☐ empty; a drop-down (FORMDROPDOWN) as its chosen entry."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx.shared import Cm

from pipeline.layout import Table
from tests.ingest.pdf_builders import read as read_pdf

from .docx_builders import add_form_check_box, add_form_drop_down, add_table_of_widths, new_document, office_pdf, read


def test_a_legacy_check_box_reads_as_the_box_word_draws_for_its_state() -> None:
    document = new_document()
    paragraph = document.add_paragraph()
    for state, label in (('<w:default w:val="0"/>', " Assured "),
                         ('<w:default w:val="0"/><w:checked/>', " Partially assured "),
                         ('<w:default w:val="1"/><w:checked w:val="0"/>', " Not assured")):
        add_form_check_box(paragraph, state)
        paragraph.add_run(label)
    defaulted = document.add_paragraph()
    add_form_check_box(defaulted, '<w:default w:val="1"/>')
    defaulted.add_run(" Agreed")

    texts = [block.text for block in read(document).text_blocks()]

    assert texts == ["\u2610 Assured \u2612 Partially assured \u2610 Not assured", "\u2612 Agreed"]


def test_a_legacy_drop_down_reads_as_its_chosen_entry() -> None:
    # Word keeps a FORMDROPDOWN's value only as an index into its entries: no text run holds it.
    document = new_document()
    table = document.add_table(rows=4, cols=2)
    levels = ["Assured", "Partially assured", "Not assured"]
    for row, (label, chosen) in enumerate((("Q1", {"result": 1}), ("Q2", {"default": 2}),
                                           ("Q3", {"result": 0, "default": 2}), ("Q4", {}))):
        table.cell(row, 0).text = label
        add_form_drop_down(table.cell(row, 1).paragraphs[0], levels, **chosen)

    grid = read(document).blocks[0]

    assert [grid.cell(row, 1).text for row in range(4)] == [
        "Partially assured", "Not assured", "Assured", "Assured"]  # result, else default, else the first entry


def test_a_legacy_drop_down_with_its_entry_also_written_as_result_text_reads_it_once() -> None:
    document = new_document()
    paragraph = document.add_paragraph("Level: ")
    add_form_drop_down(paragraph, ["Assured", "Not assured"], result=1, result_text="Not assured")
    paragraph.add_run(" (see comment)")

    assert [b.text for b in read(document).text_blocks()] == ["Level: Not assured (see comment)"]


def test_a_legacy_drop_down_whose_index_names_no_entry_reads_its_result_text() -> None:
    document = new_document()
    add_form_drop_down(document.add_paragraph(), ["Assured"], result=4, result_text="Partly assured")
    add_form_drop_down(document.add_paragraph("Empty: "), [], result=0)

    assert [b.text for b in read(document).text_blocks()] == ["Partly assured", "Empty:"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
def test_a_legacy_drop_down_reads_the_same_in_word_and_in_the_pdf_word_prints(tmp_path: Path) -> None:
    document = new_document()
    table = add_table_of_widths(document, [["No.", "Question", "Assurance level"],
                                           ["1.", "How many calls were answered?", ""],
                                           ["2.", "How long is the wait?", ""]], [Cm(1.5), Cm(8), Cm(5)])
    for row, chosen in ((1, 0), (2, 2)):
        add_form_drop_down(table.cell(row, 2).paragraphs[0], ["Assured", "Partially assured", "Not assured"],
                           result=chosen)

    pdf = office_pdf(document, tmp_path / "levels.pdf")
    word_grid = read(document).blocks[0]
    pdf_grid = next(b for b in read_pdf(pdf.read_bytes()).blocks if isinstance(b, Table))

    assert [word_grid.cell(row, 2).text for row in (1, 2)] == ["Assured", "Not assured"]
    assert [pdf_grid.cell(row, 2).text for row in (1, 2)] == ["Assured", "Not assured"]
