"""An action tracker grouped by banner rows naming the actions' state ("Actions
completed since the last meeting", "Open actions"), on a small real Word file
and the PDF LibreOffice makes of it: a state's banner is no topic, so an action
raised at the notes' meeting takes that meeting's theme and an older one none."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
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


def _log_without_status() -> Document:
    document = Document()
    document.add_heading("Action log", level=1)
    rows = [("Ref", "Raised", "Action", "Update"),
            ("26/44", "29 September 2026", "Provide the abandonment rate by hour of day.",
             "Provided to the OPCC on 12 October 2026."),
            ("26/53", "27 October 2026", "Report activation rates by area.", "To be reported at the January 2027 meeting.")]
    table = document.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for row, values in enumerate(rows):
        for col, text in enumerate(values):
            table.cell(row, col).text = text
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_an_update_opening_with_what_was_done_or_is_to_be_done_gives_the_status(tmp_path: Path, form: str) -> None:
    found = records(published(_log_without_status(), tmp_path / "log.docx", form))["actions"]
    assert sorted((a["number"], a["status"], a["status_source"]) for a in found) == [
        ("26/44", "complete", "inferred_from_update"), ("26/53", "outstanding", "inferred_from_update")]


def _shaded_rows_log(key: str) -> Document:
    document = Document()
    document.add_heading("Action log", level=1)
    rows = [("Ref", "Raised", "Action", "Update", True),
            ("AB 40", "13 October 2026", "Circulate the custody audit.", "Audit attached.", True),
            ("AB 41", "13 October 2026", "Report on repeat missing children.", "Report in preparation.", False)]
    table = document.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for row, (*values, grey) in enumerate(rows):
        for col, text in enumerate(values):
            table.cell(row, col).text = text
            if grey:
                fill = "D9D9D9" if row == 0 else "BFBFBF"
                table.cell(row, col)._tc.get_or_add_tcPr().append(
                    parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="{fill}"/>'))
    document.add_paragraph(key)
    return document


# the key names the rows, or what they hold
SHADING_KEYS = ("Key: rows shaded grey are complete and will be removed at the next meeting; unshaded rows remain open.",
                "Actions shaded grey are closed and drop off the log at the next meeting; unshaded actions are still open.")


@pytest.mark.parametrize("key", SHADING_KEYS)
@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_key_sentence_on_row_shading_gives_shaded_and_unshaded_rows_their_status(tmp_path: Path, form: str,
                                                                                   key: str) -> None:
    found = records(published(_shaded_rows_log(key), tmp_path / "shaded.docx", form))["actions"]
    assert sorted((a["number"], a["status"], a["status_source"]) for a in found) == [
        ("AB 40", "complete", "cell_shading"), ("AB 41", "outstanding", "cell_shading")]
