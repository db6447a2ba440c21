"""An action minuted in a sentence that points to the log's entry ("Action:
the force to share ... (see RB 27/14).") and the log's row of that reference
worded its own way are one action, numbered by the reference and stated on
the minute's page, where the entry was raised at the minute's meeting; a
bracket pointing to no log's reference ("(see PEEL 2026)"), or to an earlier
entry of another meeting, stays the action's own words; on a Word file and the PDF
LibreOffice makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, published, records, word_table

LOG = [["Ref", "Date", "Action", "Update", "Status"],
       ["RB 27/14", "14/01/2027", "Share the recruitment plan for the rural hub with the OPCC.",
        "Plan shared on 2 February.", "Complete"]]


def _actions(path: Path, form: str, minute: str, log: list[list[str]] = LOG) -> list[tuple[str | None, str]]:
    document = Document()
    document.add_heading("Resources Board", level=1)
    document.add_paragraph("4 March 2027")
    document.add_heading("Minutes of the Resources Board – 14 January 2027", level=2)
    document.add_heading("3. Rural crime", level=3)
    document.add_paragraph("The force set out its plans for the rural hubs.")
    document.add_paragraph(minute)
    document.add_heading("Action log", level=2)
    word_table(document, log)
    found = records(published(document, path, form))["actions"]
    return sorted(((a["number"], a["text"]) for a in found), key=lambda pair: (pair[0] or "", pair[1]))


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_the_minute_pointing_to_the_log_is_the_logs_action(tmp_path: Path, form: str) -> None:
    found = _actions(tmp_path / "pack.docx", form,
                     "Action: the force to share the recruitment plan for the rural hub with the OPCC "
                     "(see RB 27/14).")
    assert [number for number, _text in found] == ["RB 27/14"]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_pointer_to_no_log_reference_stays_in_the_text(tmp_path: Path, form: str) -> None:
    found = _actions(tmp_path / "pack.docx", form,
                     "Action: the force to compare its rural response times with the inspection (see PEEL 2026).")
    assert [text for number, text in found if number is None] == [
        "the force to compare its rural response times with the inspection (see PEEL 2026)."]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_new_action_pointing_to_an_earlier_entry_keeps_no_number(tmp_path: Path, form: str) -> None:
    # the near miss: the entry pointed to was raised at another meeting, for another action
    found = _actions(tmp_path / "pack.docx", form,
                     "Action: the force to brief the rural hubs on hare coursing (see RB 26/11).",
                     log=[LOG[0], ["RB 26/11", "12/11/2026", "Brief members on the wildlife officer's role.",
                                   "Briefed in December.", "Complete"]])
    assert (None, "the force to brief the rural hubs on hare coursing (see RB 26/11).") in found
    assert "RB 26/11" in [number for number, _text in found]
