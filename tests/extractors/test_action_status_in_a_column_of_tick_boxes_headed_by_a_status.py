"""An action log whose status is a column of tick boxes headed by a status
alone ("Closed": ☒ where the Commissioner closed the action, ☐ where it is
still open; Word's check boxes) reads a checked box as its heading's status
and an empty box as the other, from the status column: under "Closed" ☒ is
complete, under "Open" ☒ is outstanding; where the pack's key sentence says
what a box means, as it says (a checked box proposing closure: outstanding).
Near misses: a "Closed" column of
dates, or of boxes and words, is no column of boxes (the status is read from
the update); a risk register with a "Closed" column of boxes sets no action.
Nor is a column of boxes under a status that is neither side of open and
closed ("In progress": an empty box there may be done or not begun). On
Word files and the PDFs LibreOffice makes of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import AS_PUBLISHED, published, records, word_log

CHECKED, EMPTY = "\u2612", "\u2610"
KEY = "A checked box in the Closed column shows an action the Commissioner has closed; an empty box an action still open."
ROWS = [["SEB 47/40", "29 November 2047", "Publish the winter road safety leaflet.", "Published in December 2047."],
        ["SEB 47/41", "29 November 2047", "Report the speeding campaign results.", "Results awaited from the force."],
        ["SEB 48/02", "31 January 2048", "Run patrols on the three worst rural routes.",
         "Patrols held on two routes; the third is planned for May."],
        ["SEB 48/03", "31 January 2048", "Provide a plan for the cycle safety scheme.",
         "Plan agreed; the scheme started on 1 March 2048."]]
BOXES = [CHECKED, EMPTY, EMPTY, CHECKED]


def _log(heading: str, cells: list[str]) -> list[list[str]]:
    return [["Ref", "Meeting", "Action", "Update", heading]] + [row + [cell] for row, cell in zip(ROWS, cells)]


def _statuses(path: Path) -> dict[str, tuple[str, str]]:
    return {a["number"]: (a["status"], a["status_source"]) for a in records(path)["actions"]}


def _pack(tmp_path: Path, form: str, rows: list[list[str]], lead: str = KEY) -> Path:
    document = word_log("Strategic Executive Board", "Minutes of the meeting held on 28 March 2048", "Action log",
                        lead, rows)
    return published(document, tmp_path / "log.docx", form)


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_checked_box_under_closed_is_complete_an_empty_one_outstanding(tmp_path: Path, form: str) -> None:
    assert _statuses(_pack(tmp_path, form, _log("Closed", BOXES))) == {
        "SEB 47/40": ("complete", "status_column"), "SEB 47/41": ("outstanding", "status_column"),
        "SEB 48/02": ("outstanding", "status_column"), "SEB 48/03": ("complete", "status_column")}


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_key_sentence_saying_a_checked_box_proposes_closure_reads_it_outstanding(tmp_path: Path, form: str) -> None:
    # the pack's key says what a box means, over the heading: a proposal for closure stays open until agreed
    key = ("A checked box (\u2612) in the Closed column shows an action the force proposes for closure, for the "
           "Commissioner to agree at the next Board; an empty box (\u2610) an action still open.")
    assert _statuses(_pack(tmp_path, form, _log("Closed", BOXES), key)) == {
        ref: ("outstanding", "status_column") for ref in ("SEB 47/40", "SEB 47/41", "SEB 48/02", "SEB 48/03")}


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_checked_box_under_open_is_outstanding(tmp_path: Path, form: str) -> None:
    # the heading says what a check means: the same boxes under "Open" are the other way round
    statuses = _statuses(_pack(tmp_path, form, _log("Open", BOXES), lead="The Board reviewed its actions."))
    assert statuses == {"SEB 47/40": ("outstanding", "status_column"), "SEB 47/41": ("complete", "status_column"),
                        "SEB 48/02": ("complete", "status_column"), "SEB 48/03": ("outstanding", "status_column")}


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_closed_column_of_dates_or_of_boxes_and_words_is_no_column_of_boxes(tmp_path: Path, form: str) -> None:
    # near misses: the statuses are the updates' (closing dates and a word among the boxes state no box column)
    by_update = {"SEB 47/40": ("complete", "inferred_from_update"), "SEB 47/41": ("outstanding", "inferred_from_update"),
                 "SEB 48/02": ("outstanding", "inferred_from_update"),
                 "SEB 48/03": ("complete", "inferred_from_update")}
    lead = "The Board reviewed its actions."
    dates = _log("Closed", ["12/12/2047", "", "", "02/03/2048"])
    assert _statuses(_pack(tmp_path, form, dates, lead)) == by_update
    mixed = _log("Closed", [CHECKED, "Pending", EMPTY, CHECKED])
    assert _statuses(_pack(tmp_path, form, mixed, lead)) == by_update


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_boxes_under_a_status_that_is_neither_side_of_open_and_closed_are_no_column_of_boxes(tmp_path: Path,
                                                                                          form: str) -> None:
    # near miss: an empty box under "In progress" may be done or not begun: the statuses are the updates'
    statuses = _statuses(_pack(tmp_path, form, _log("In progress", BOXES), "The Board reviewed its actions."))
    assert statuses == {"SEB 47/40": ("complete", "inferred_from_update"),
                        "SEB 47/41": ("outstanding", "inferred_from_update"),
                        "SEB 48/02": ("outstanding", "inferred_from_update"),
                        "SEB 48/03": ("complete", "inferred_from_update")}


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_risk_register_with_a_closed_column_of_boxes_sets_no_action(tmp_path: Path, form: str) -> None:
    rows = [["Risk", "Owner", "Mitigation", "Score", "Closed"],
            ["Loss of the custody contract", "Head of Custody", "Retender in 2048.", "12", CHECKED],
            ["Cyber attack on the control room", "Head of IT", "Penetration testing each quarter.", "16", EMPTY]]
    path = _pack(tmp_path, form, rows, lead="The Board reviewed its risk register.")
    assert records(path)["actions"] == []
