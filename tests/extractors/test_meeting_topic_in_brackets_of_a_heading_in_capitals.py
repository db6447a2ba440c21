"""The topic a notes heading printed in capitals carries in brackets ("NOTES
– SCRUTINY MEETING (DRUGS) – <date>"), on small real PDFs: a topic, not an
acronym, where the whole heading is in capitals; the pack's decisions under
no item of their own take it too."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, grid, pdf, records
from reportlab.platypus import Paragraph


def _notes(path: Path, heading: str) -> dict[str, list[dict]]:
    return records(pdf(path, [
        Paragraph(heading, H1),
        grid([["Question", "Brief Summary of Evidence", "Decision of PCC"],
              ["How many drug supply lines were closed?", "Fourteen county lines were closed this year.",
               "Assured"],
              ["How many drug-driving tests were carried out?", "There were 1,240 roadside tests.", "Partly assured"]],
             [170, 200, 90]),
    ]))


def test_one_word_in_brackets_of_a_heading_in_capitals_is_the_topic(tmp_path: Path) -> None:
    found = _notes(tmp_path / "notes.pdf", "DRAFT NOTES \u2013 SCRUTINY MEETING (DRUGS) \u2013 4 MARCH 2027")
    assert [(m["meeting_date"], m["topic"]) for m in found["meetings"]] == [("2027-03-04", "Drugs")]
    assert {d["topic"] for d in found["assurance_decisions"]} == {"Drugs"}


def test_an_acronym_in_brackets_of_a_heading_in_mixed_case_is_no_topic(tmp_path: Path) -> None:
    found = _notes(tmp_path / "notes.pdf", "Notes of the Police Accountability Board (PAB) \u2013 4 March 2027")
    assert [(m["meeting_date"], m["topic"]) for m in found["meetings"]] == [("2027-03-04", None)]


def test_the_boards_initials_or_the_notes_state_in_brackets_of_a_heading_in_capitals_are_no_topic(
        tmp_path: Path) -> None:
    for name, heading in (("initials", "NOTES \u2013 POLICE ACCOUNTABILITY BOARD (PAB) \u2013 4 MARCH 2027"),
                          ("state", "NOTES OF THE SCRUTINY MEETING (DRAFT) \u2013 4 MARCH 2027")):
        found = _notes(tmp_path / f"{name}.pdf", heading)
        assert [(m["meeting_date"], m["topic"]) for m in found["meetings"]] == [("2027-03-04", None)], heading
        assert {d["topic"] for d in found["assurance_decisions"]} == {None}, heading
