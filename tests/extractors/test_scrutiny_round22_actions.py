"""Held-out round 22 (samples/corpus/scrutiny-round22): an action tracker
grouped by banner rows naming the actions' state ("Actions completed since
the last meeting", "Open actions"), on a small real Word file and the PDF
LibreOffice makes of it: a state's banner is no topic, so an action raised
at the notes' meeting takes that meeting's theme and an older one none."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, published, records


def _tracker_pack() -> Document:
    document = Document()
    document.add_heading("Record of the Accountability Meeting – 19 November 2026", level=1)
    document.add_paragraph("Present: Police and Crime Commissioner (Chair); Chief Constable.")
    document.add_paragraph("Theme: Rural crime")
    document.add_paragraph("Any other business: none.")
    document.add_heading("Action tracker – December 2026", level=1)
    rows = [("Ref", "Raised", "Action", "Update"),
            ("Actions completed since the last meeting",),
            ("AM 26/33", "15/10/2026", "Share the evaluation of the farm watch scheme.", "Shared on 30 October 2026."),
            ("Open actions",),
            ("AM 26/29", "17/09/2026", "Provide a briefing on the use of drones.", "Postponed to January 2027."),
            ("AM 26/36", "19/11/2026", "Report thefts of farm machinery by district.", "Due January 2027.")]
    table = document.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for row, values in enumerate(rows):
        if len(values) == 1:
            table.cell(row, 0).merge(table.cell(row, 3)).text = values[0]
            continue
        for col, text in enumerate(values):
            table.cell(row, col).text = text
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_banner_naming_the_actions_state_is_no_topic(tmp_path: Path, form: str) -> None:
    found = records(published(_tracker_pack(), tmp_path / "tracker.docx", form))["actions"]
    assert sorted((a["number"], a["topic"]) for a in found) == [
        ("AM 26/29", None), ("AM 26/33", None), ("AM 26/36", "Rural crime")]
