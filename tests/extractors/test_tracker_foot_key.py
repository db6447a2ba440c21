"""A tracker's key printed at its foot: in the tracker's last rows ("Key",
then a shaded cell beside each meaning) or as a key table of the tracker's
width straight after it (which a reader joins to it). Either way the key
says what each shading means (a BRAG key: blue complete, green on track),
and its rows are no actions."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import _Cell
from files import published, records

_ROWS = [("SB 1", "Report the burglary figures by district.", "0070C0"),
         ("SB 2", "Share the survey with the independent advisory group.", "00B050"),
         ("SB 3", "Review the custody staffing plan.", "FF0000")]
_KEY = [("0070C0", "Complete"), ("00B050", "On track"), ("FFC000", "At risk"), ("FF0000", "Overdue")]


def _shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _key_row(table, row: int, fill: str, meaning: str) -> None:
    _shade(table.cell(row, 0), fill)
    table.cell(row, 1).merge(table.cell(row, 3)).text = meaning


def _log(where: str) -> Document:
    document = Document()
    document.add_heading("Scrutiny Board", level=1)
    document.add_paragraph("Tuesday 9 March 2026")
    document.add_heading("Action log", level=2)
    key_in_rows = len(_KEY) + 1 if where == "last rows" else 0
    table = document.add_table(rows=1 + len(_ROWS) + key_in_rows, cols=4)
    table.style = "Table Grid"
    for col, label in enumerate(("Ref", "Meeting", "Action", "Status")):
        table.cell(0, col).paragraphs[0].add_run(label).bold = True
    for row, (ref, text, fill) in enumerate(_ROWS, start=1):
        table.cell(row, 0).text, table.cell(row, 1).text, table.cell(row, 2).text = ref, "10 February 2026", text
        _shade(table.cell(row, 3), fill)
    if where == "last rows":
        table.cell(len(_ROWS) + 1, 0).merge(table.cell(len(_ROWS) + 1, 3)).text = "Key"
        for row, (fill, meaning) in enumerate(_KEY, start=len(_ROWS) + 2):
            _key_row(table, row, fill, meaning)
    else:
        key = document.add_table(rows=len(_KEY), cols=4)
        key.style = "Table Grid"
        for row, (fill, meaning) in enumerate(_KEY):
            _key_row(key, row, fill, meaning)
    return document


@pytest.mark.parametrize("form", ["word", "office pdf"])
@pytest.mark.parametrize("where", ["last rows", "table after"])
def test_a_key_at_the_foot_of_a_tracker_reads_its_shading(tmp_path: Path, where: str, form: str) -> None:
    path = published(_log(where), tmp_path / "log.docx", form)
    assert [(a["number"], a["status"], a["status_source"]) for a in records(path)["actions"]] == [
        ("SB 1", "complete", "cell_shading"), ("SB 2", "outstanding", "cell_shading"),
        ("SB 3", "outstanding", "cell_shading")]
