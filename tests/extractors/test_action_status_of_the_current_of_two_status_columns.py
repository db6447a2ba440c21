"""A log printing two status columns, the status at the last meeting and the
status now ("Status at last Board | Status now"): the column headed as the
current one is the rows' status, wherever it stands, where its cells are
statuses. A single status column beside a "Latest update" or a "Latest status
date" keeps its reading; on a Word file and the PDF
LibreOffice makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import AS_PUBLISHED, published, records, word_log

ROWS = [["RB 27/04", "14/01/2027", "Publish the burglary problem profile to the Board.",
         "Published on 2 February.", "Open", "Closed"],
        ["RB 27/07", "18/02/2027", "Set out the plan to cut the backlog of licence renewals.",
         "A plan is being drafted.", "New", "Open"]]


def _statuses(path: Path, form: str, rows: list[list[str]]) -> list[tuple[str, str, str]]:
    document = word_log("Resources Board", "4 March 2027", "Action log", "The Board's open and closed actions.", rows)
    found = records(published(document, path, form))["actions"]
    return sorted((a["number"], a["status"], a["status_source"]) for a in found)


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("labels", [("Status at last Board", "Status now"), ("Previous status", "Current status")])
def test_the_current_status_column_is_the_status(tmp_path: Path, form: str, labels: tuple[str, str]) -> None:
    header = ["Ref", "Date", "Action", "Update", *labels]
    assert _statuses(tmp_path / "log.docx", form, [header, *ROWS]) == [
        ("RB 27/04", "complete", "status_column"), ("RB 27/07", "outstanding", "status_column")]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_status_beside_a_latest_update_keeps_its_reading(tmp_path: Path, form: str) -> None:
    # the near miss: "Latest" heads the update, not a second status
    rows = [["Ref", "Date", "Action", "Status", "Latest update"],
            *[[ref, raised, text, now, update] for ref, raised, text, update, _before, now in ROWS]]
    assert _statuses(tmp_path / "log.docx", form, rows) == [
        ("RB 27/04", "complete", "status_column"), ("RB 27/07", "outstanding", "status_column")]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_latest_status_date_column_is_no_status(tmp_path: Path, form: str) -> None:
    # the near miss: headed as a status and as the latest, its cells are dates
    rows = [["Ref", "Date", "Action", "Update", "Status", "Latest status date"],
            *[[ref, raised, text, update, now, "01/03/2027"] for ref, raised, text, update, _before, now in ROWS]]
    assert _statuses(tmp_path / "log.docx", form, rows) == [
        ("RB 27/04", "complete", "status_column"), ("RB 27/07", "outstanding", "status_column")]
