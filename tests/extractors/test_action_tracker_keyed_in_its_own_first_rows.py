"""An action tracker that prints its key in its own first rows, above the
header row ("Key" | "Blue = complete" | ..., or a "RAG | Meaning" row over rows
of a colour beside its meaning), in one table, on a Word file and the PDF
LibreOffice makes of it. The tracker's rows are read under the header below the
key, and the key is the legend their colours are read by: a BRAG key's green is
on track, not done."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt
from files import AS_PUBLISHED, published, records

_FILLS = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
_KEY = (("Blue", "Complete"), ("Green", "On track"), ("Amber", "At risk"), ("Red", "Overdue"))
_HEADER = ("Ref", "Action", "Owner", "Update", "RAG")
_BODY = (("SPB 26/01", "Report response times by district to the board", "Head of Contact",
          "Reported to the October board", "Blue"),
         ("SPB 26/02", "Review the terms of the stop and search panel", "Superintendent",
          "Draft terms go to the panel in January", "Green"),
         ("SPB 26/03", "Publish the victims' survey results", "Head of Communications",
          "Delayed by the survey provider", "Red"))


def _shade(cell, colour: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="{_FILLS.get(colour, colour)}"/>'))


def _tracker(form: str, keyed: str) -> Document:
    """A pack's action log whose key sits in the tracker's first rows: one
    row of "Colour = meaning" cells after "Key" (``form`` "row"), or a
    "RAG | Meaning" row over a row per colour, a shaded cell naming it
    beside its meaning ("rows"). Each RAG cell is shaded in its colour and prints its
    name (``keyed`` "word") or nothing ("shading")."""
    document = Document()
    document.styles["Normal"].font.size = Pt(10)
    document.add_heading("Scrutiny and Performance Board", 0)
    document.add_paragraph("Date: 9 December 2026")
    document.add_heading("Action log", level=1)
    key_rows = 1 if form == "row" else 1 + len(_KEY)
    table = document.add_table(rows=key_rows + 1 + len(_BODY), cols=len(_HEADER))
    table.style = "Table Grid"
    if form == "row":
        for col, text in enumerate(("Key", *(f"{colour} = {meaning.lower()}" for colour, meaning in _KEY))):
            table.cell(0, col).text = text
    else:
        for row, (colour, meaning) in enumerate((("RAG", "Meaning"), *_KEY)):
            table.cell(row, 0).text = colour
            table.cell(row, 1).merge(table.cell(row, len(_HEADER) - 1)).text = meaning
            if row:
                _shade(table.cell(row, 0), colour)
    for col, text in enumerate(_HEADER):
        table.cell(key_rows, col).paragraphs[0].add_run(text).bold = True
        _shade(table.cell(key_rows, col), "D9D9D9")
    for row, values in enumerate(_BODY, start=key_rows + 1):
        for col, text in enumerate(values[:-1]):
            table.cell(row, col).text = text
        status = table.cell(row, len(_HEADER) - 1)
        status.text = values[-1] if keyed == "word" else ""
        _shade(status, values[-1])
    return document


def _actions(path: Path) -> list[tuple]:
    return [(a["number"], a["text"], a["update"], a["status"], a["status_source"]) for a in records(path)["actions"]]


@pytest.mark.parametrize("as_published", AS_PUBLISHED)
@pytest.mark.parametrize(("form", "keyed", "source"), [("row", "word", "status_column"),
                                                        ("rows", "shading", "cell_shading")])
def test_a_tracker_under_its_own_key_rows_is_read_by_that_key(tmp_path: Path, as_published: str, form: str,
                                                              keyed: str, source: str) -> None:
    path = published(_tracker(form, keyed), tmp_path / f"tracker-{form}.docx", as_published)
    assert _actions(path) == [
        ("SPB 26/01", "Report response times by district to the board", "Reported to the October board",
         "complete", source),
        # green is on track by this key, where a RAG tracker without one reads green as done
        ("SPB 26/02", "Review the terms of the stop and search panel", "Draft terms go to the panel in January",
         "outstanding", source),
        ("SPB 26/03", "Publish the victims' survey results", "Delayed by the survey provider", "outstanding", source)]
