"""A log's reference numbered by year and sequence ("PCC 2026/14") or with a
separator after its letters ("PCC/12/03", "OPCC/2026/014", "PAB-14/2") is the
action's number, whether the minutes go through the outstanding references in
prose (a line of the reference and title over its progress) or hang an action
from its reference by space alone; only a span of two consecutive years
("Q3 2026/27", "MTFS 2027/28", "2026/2027") is no reference, nor a section's
dotted number set off by a space ("PEEL 2.1 Findings ..."). On a Word file and
a reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import docx, lines_file, records

REFERENCES = [
    ("h1", "Police and Crime Panel \u2013 Minutes of the meeting held on 9 May 2028"),
    ("h2", "5. Outstanding references"),
    ("p", "PCC 2026/14 \u2013 Police telephony"),
    ("li", "Members noted that this reference had been completed and could be closed."),
    ("p", "PCC/12/03 \u2013 Estates review"),
    ("li", "Members noted that the review was not yet complete."),
    ("p", "OPCC/2026/014 \u2013 Fleet replacement"),
    ("li", "Members noted that the vehicles had been delivered and the reference was closed."),
    ("p", "PAB-14/2 \u2013 Custody refurbishment"),
    ("li", "Members noted that the works were still in progress."),
    ("p", "Q3 2026/27 \u2013 Performance report"),
    ("li", "Members noted the report."),
    ("p", "Budget 2026/2027 \u2013 Precept setting"),
    ("li", "Members noted the timetable."),
]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_outstanding_references_of_every_numbering_are_actions(tmp_path: Path, suffix: str) -> None:
    if suffix == ".docx":
        path = docx(tmp_path / "minutes.docx", REFERENCES)
    else:
        path = lines_file(tmp_path / "minutes.pdf", [("p" if kind == "li" else kind, text)
                                                     for kind, text in REFERENCES])

    found = records(path)["actions"]

    assert sorted((a["number"], a["text"], a["status"]) for a in found) == [
        ("OPCC/2026/014", "Fleet replacement", "complete"),
        ("PAB-14/2", "Custody refurbishment", "outstanding"),
        ("PCC 2026/14", "Police telephony", "complete"),
        ("PCC/12/03", "Estates review", "outstanding"),
    ]


HUNG = [
    ("h1", "Minutes of the Scrutiny Board held on 17 April 2028"),
    ("h2", "3. Estates"),
    ("p", "The Director of Estates presented the estates strategy."),
    ("h2", "Actions"),
]
PLAN = "MTFS 2027/28 Savings plan to be shared with members before the budget meeting."
ESTATE = "Provide a plan for the estate showing each building's planned disposal date."
CUSTODY = "Share the custody refurbishment timetable with members."


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_actions_hung_from_a_year_numbered_reference_keep_it(tmp_path: Path, suffix: str) -> None:
    path = lines_file(tmp_path / f"minutes{suffix}",
                      [*HUNG, ("p", f"PCC 2026/14 {ESTATE}"), ("p", f"PCC/12/03 {CUSTODY}")])

    found = records(path)["actions"]

    assert [(a["number"], a["text"]) for a in found] == [("PCC 2026/14", ESTATE), ("PCC/12/03", CUSTODY)]


def test_a_plan_named_with_its_years_among_them_is_no_reference(tmp_path: Path) -> None:
    path = docx(tmp_path / "minutes.docx", [
        *HUNG, ("li", f"PCC 2026/14 {ESTATE}"), ("li", PLAN), ("li", f"PCC/12/03 {CUSTODY}")])

    found = records(path)["actions"]

    assert [(a["number"], a["text"]) for a in found] == [("PCC 2026/14", ESTATE), (None, PLAN), ("PCC/12/03", CUSTODY)]


SECTION = "PEEL 2.1 Findings to be taken to the next inspection readiness group."


def test_a_sections_dotted_number_set_off_by_a_space_is_no_reference(tmp_path: Path) -> None:
    path = docx(tmp_path / "minutes.docx", [*HUNG, ("li", f"PCC 2026/14 {ESTATE}"), ("li", SECTION),
                                            ("li", f"JAC 12.3 {CUSTODY}")])

    found = records(path)["actions"]

    # a log's reference numbered with a point ("JAC 12.3") is still one: only a report's section is not
    assert [(a["number"], a["text"]) for a in found] == [("PCC 2026/14", ESTATE), (None, SECTION), ("JAC 12.3", CUSTODY)]
