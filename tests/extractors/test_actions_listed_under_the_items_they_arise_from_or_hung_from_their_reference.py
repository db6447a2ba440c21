"""Actions listed under a heading that names the items they arise from
("Actions arising from items 3 and 4"), or hung from their log reference by
space alone ("SB 28/11   Provide ...", a hanging indent), are the
meeting's actions, numbered by the reference; a plan named with its span of
years ("MTFS 2027/28 Savings plan ...", a bullet) is no reference. On a Word
file and a reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import docx, lines_file, records

ITEMS = [
    ("h1", "Minutes of the Scrutiny Board held on 17 April 2028"),
    ("h2", "3. Retail crime"),
    ("p", "The Superintendent presented the retail crime plan."),
    ("h2", "4. Rape investigations"),
    ("p", "The Detective Chief Inspector presented the file quality figures."),
]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
@pytest.mark.parametrize("heading, separator", [("Actions arising from items 3 and 4", ": "), ("Actions", " ")])
def test_actions_listed_by_reference_are_read(tmp_path: Path, suffix: str, heading: str, separator: str) -> None:
    path = lines_file(tmp_path / f"minutes{suffix}", [
        *ITEMS, ("h2", heading),
        ("p", f"SB 28/11{separator}Provide shoplifting attendance figures broken down by store size."),
        ("p", f"SB 28/12{separator}Present a plan to reduce the time taken to pass rape files to the CPS.")])

    found = records(path)["actions"]

    assert sorted((a["number"], a["text"], a["meeting_date"]) for a in found) == [
        ("SB 28/11", "Provide shoplifting attendance figures broken down by store size.", "2028-04-17"),
        ("SB 28/12", "Present a plan to reduce the time taken to pass rape files to the CPS.", "2028-04-17")]


def test_a_plan_named_with_its_years_is_no_reference(tmp_path: Path) -> None:
    path = docx(tmp_path / "minutes.docx", [
        *ITEMS, ("h2", "Actions"),
        ("li", "MTFS 2027/28 Savings plan to be shared with members before the budget meeting.")])

    found = records(path)["actions"]

    assert [(a["number"], a["text"]) for a in found] == [
        (None, "MTFS 2027/28 Savings plan to be shared with members before the budget meeting.")]
