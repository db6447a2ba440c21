"""Updates of an action log that the readers of resolutions and log entries
must keep: an update in the passive ("(3) The report will be presented ...")
is no resolution in the subjunctive; a sentence introducing the updates that
says "agreed" ("Members agreed the updates to the action log as follows:")
resolves nothing; and a log entry's "Update:" or "Status:" label needs no full
stop before it, its status no colon after the label ("Status \u2013 Open"). Word
files."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import docx, records


def _log(path: Path, introduction: str, updates: list[str]) -> Path:
    return docx(path, [("h1", "Minutes of the Police and Crime Panel held on 2 March 2028"),
                       ("h2", "6. Action log"), ("p", introduction), *(("p", update) for update in updates)])


def test_an_update_in_the_passive_is_no_resolution(tmp_path: Path) -> None:
    path = _log(tmp_path / "minutes.docx", "The Action Log was noted and the following discussed:", [
        "(3) The stop and search report will be presented to the June meeting.",
        "(7) The force confirmed the training had been completed in January; the action can be closed.",
        "(9) The estates plan has been shared with members."])

    assert [(a["text"][:24], a["status"]) for a in records(path)["actions"]] == [
        ("The stop and search repo", "outstanding"), ("The force confirmed the ", "complete"),
        ("The estates plan has bee", "complete")]


def test_updates_the_members_agreed_are_updates(tmp_path: Path) -> None:
    path = _log(tmp_path / "minutes.docx", "Members agreed the updates to the action log as follows:", [
        "(3) The force confirmed the training had been completed in January.",
        "(7) Figures on stop and search are to be reported to the June meeting."])

    assert [(a["text"][:24], a["status"]) for a in records(path)["actions"]] == [
        ("The force confirmed the ", "complete"), ("Figures on stop and sear", "outstanding")]


def test_a_log_entry_labels_its_update_without_a_full_stop_before_it(tmp_path: Path) -> None:
    path = docx(tmp_path / "minutes.docx", [
        ("h1", "Minutes of the Police and Crime Panel held on 2 March 2026"), ("h2", "Action log"),
        ("p", "PRSB 2026/09 (raised 26 January 2026) \u2013 Provide the figures on rural crime "
              "Update: Figures provided on 3 February."),
        ("p", "PRSB 2026/10 (raised 26 January 2026) \u2013 Share the estates plan with members Status: Closed")])

    assert [(a["text"], a["status"]) for a in records(path)["actions"]] == [
        ("Provide the figures on rural crime", "complete"), ("Share the estates plan with members", "complete")]


@pytest.mark.parametrize("dash", ["-", "\u2013", "\u2014"], ids=["hyphen", "en dash", "em dash"])
def test_a_log_entrys_status_after_a_dash_is_its_status(tmp_path: Path, dash: str) -> None:
    path = docx(tmp_path / "minutes.docx", [
        ("h1", "Minutes of the Police and Crime Panel held on 2 March 2026"), ("h2", "Action log"),
        # the update's wording would say done: the status after the dash says open
        ("p", "PRSB 2026/09 (raised 26 January 2026) \u2013 Provide the figures on rural crime. "
              f"Update: Figures provided on 3 February. Status {dash} Open"),
        ("p", "PRSB 2026/10 (raised 26 January 2026) \u2013 Share the estates plan with members. "
              f"Update: The plan is being drafted. Status {dash} Complete.")])

    assert [(a["number"], a["status"], a["status_source"], a["update"]) for a in records(path)["actions"]] == [
        ("PRSB 2026/09", "outstanding", "status_column", "Figures provided on 3 February."),
        ("PRSB 2026/10", "complete", "status_column", "The plan is being drafted.")]
