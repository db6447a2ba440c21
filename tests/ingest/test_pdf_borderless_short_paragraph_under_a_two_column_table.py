"""A short paragraph right under a two-column borderless table (Word's
table with the borders off, made a PDF by LibreOffice: no white between the
table and the paragraph but the rows' own) is no row of it: it fills the
first column only, under rows that each fill both, and reads as no first
cell of theirs: a sentence ("Noted.") under agenda titles, words under
references. A closing row that is the table's own stays: an item with no
lead, a question with no response yet (every question ends its sentence),
a label with its value left empty, an action with no owner yet whose
sentence, closed by a stop where the others have none, wraps within its
cell (a paragraph under the table wraps at the page's margin)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx.shared import Cm

from pipeline.layout import Table
from tests.ingest.docx_builders import add_table_of_widths, new_document, office_pdf
from tests.ingest.pdf_builders import read

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")

AGENDA = [["Item", "Lead"], ["Welcome and apologies", "Chair"], ["Rural crime", "Chief Inspector"],
          ["Any other business", "Chair"]]
ACTIONS = [["Ref", "Action"], ["PAB 1", "Write to the council about the farm watch scheme."],
           ["PAB 2", "Report the trackers fitted this year."], ["PAB 3", "Set out the costs of the rural patrols."]]
AFTER = ["Noted.", "The Board noted the report."]


def _read(tmp_path: Path, rows: list[list[str]], widths: list[Cm], after: list[str]) -> list:
    """The blocks of a Word page: a heading, the table, ``after`` paragraphs and a next heading."""
    document = new_document()
    document.add_heading("Police Accountability Board", 2)
    add_table_of_widths(document, rows, widths)
    for text in after:
        document.add_paragraph(text)
    document.add_heading("Next item", 2)
    return list(read(office_pdf(document, tmp_path / "pack.pdf").read_bytes()).blocks)


def _as_read(blocks: list) -> list:
    return [[[" ".join(cell.split()) for cell in row] for row in b.grid()] if isinstance(b, Table) else b.text
            for b in blocks]


@pytest.mark.parametrize(("rows", "widths"), [(AGENDA, [Cm(9), Cm(5)]), (ACTIONS, [Cm(2.5), Cm(12)])],
                         ids=["under agenda titles", "under references"])
def test_a_short_paragraph_under_a_two_column_table_is_no_row(tmp_path: Path, rows: list[list[str]],
                                                              widths: list[Cm]) -> None:
    assert _as_read(_read(tmp_path, rows, widths, AFTER)) == ["Police Accountability Board", rows, *AFTER,
                                                              "Next item"]


@pytest.mark.parametrize("rows", [
    [*AGENDA[:3], ["Any other business", ""]],
    [["Question", "Response"], ["How many farms joined the watch scheme?", "Forty farms joined this year."],
     ["How are thefts of machinery recorded?", "Each theft is mapped by parish."],
     ["When will the trackers be fitted?", ""]],
    [["Action:", "Write to the council about the farm watch scheme."], ["Raised:", "3 March 2031"],
     ["Status:", "Open"], ["Update:", ""]],
    [["Action", "Owner"], ["Write to the council about the farm watch scheme", "Chief Executive"],
     ["Report the trackers fitted this year to the next Board", "Ch Insp Rural"],
     ["Circulate the rural crime survey to the members of the Board and of the Panel.", ""]],
], ids=["item with no lead", "question with no response", "label with no value", "action wrapped in its cell"])
def test_a_closing_row_of_the_tables_own_stays_a_row(tmp_path: Path, rows: list[list[str]]) -> None:
    assert _as_read(_read(tmp_path, rows, [Cm(9), Cm(5)], AFTER)) == ["Police Accountability Board", rows, *AFTER,
                                                                      "Next item"]
