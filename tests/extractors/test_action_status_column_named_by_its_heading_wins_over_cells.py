"""A log with no "Status" heading whose status column is named by its
heading ("Complete?" asking a yes/no question) reads that column even where a
column left of it holds cells that read as statuses on their own ("Priority":
Yes / No): the priority is no status. Near miss: with no column named so, a
column of status words alone ("Outcome": Achieved / Not achieved) is still
the status column. On Word files and the PDFs LibreOffice makes of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import AS_PUBLISHED, published, records, word_log

ROWS = [["AB 27/01", "Publish the quarterly stop and search figures.", "Head of Performance",
         "Figures drafted for the website.", "Yes", "No"],
        ["AB 27/02", "Brief the panel on the custody inspection.", "Head of Custody", "Briefing given on 4 May.", "No",
         "Yes"]]


def _statuses(path: Path) -> dict[str, tuple[str, str]]:
    return {a["number"]: (a["status"], a["status_source"]) for a in records(path)["actions"]}


def _pack(tmp_path: Path, form: str, rows: list[list[str]]) -> Path:
    document = word_log("Accountability Board", "Minutes of the meeting held on 9 June 2027", "Action log",
                        "The Board reviewed its open actions.", rows)
    return published(document, tmp_path / "log.docx", form)


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_the_column_asking_complete_is_the_status_not_a_priority_of_yes_and_no(tmp_path: Path, form: str) -> None:
    rows = [["Ref", "Action", "Owner", "Update", "Priority", "Complete?"], *ROWS]
    assert _statuses(_pack(tmp_path, form, rows)) == {"AB 27/01": ("outstanding", "status_column"),
                                                      "AB 27/02": ("complete", "status_column")}


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_column_of_status_words_is_the_status_where_no_heading_names_one(tmp_path: Path, form: str) -> None:
    rows = [["Ref", "Action", "Owner", "Update", "Outcome"],
            [*ROWS[0][:4], "Not achieved"], [*ROWS[1][:4], "Achieved"]]
    assert _statuses(_pack(tmp_path, form, rows)) == {"AB 27/01": ("outstanding", "status_column"),
                                                      "AB 27/02": ("complete", "status_column")}
