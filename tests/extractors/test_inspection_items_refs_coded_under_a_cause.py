"""Item mechanisms of a force's improvement tracker in Word, each on a real
file made here: a ref that codes a recommendation under its cause's ("CoC 1
R1", "C1.R2", "1a", "Rec 1.2" under "CoC 1") makes the row a recommendation of
that cause, however the ref is spelt; a table takes the area of the heading
that stands above it, as a section gives its paragraphs theirs (an area's
heading over its table of AFIs, a numbered "2. Cause of concern – <area>" over
the cause's rows)."""

from __future__ import annotations

from pathlib import Path

import files
import pytest
from docx import Document

HEADER = ["Ref", "HMICFRS text", "Lead", "Update", "Status"]
CAUSE = "Avon and Somerset Police doesn't make sure that investigations are supervised well enough."
FIRST = ("By 30 June 2026, Avon and Somerset Police should make sure that supervisors review every open "
         "investigation each month.")
SECOND = ("Within six months, Avon and Somerset Police should give investigators the training they need to "
          "plan their enquiries.")


def _tracker(path: Path, cause_heading: str, cause_rows: list[list[str]],
             afi_tables: list[tuple[str, list[list[str]]]]) -> Path:
    """A force's PEEL tracker in Word: a numbered heading over a table of
    its cause's rows, then an AFI heading with a table under each area's own
    heading."""
    document = Document()
    document.add_paragraph().add_run("HMICFRS PEEL 2023–25 improvement tracker").bold = True
    document.add_paragraph("The report on Avon and Somerset Police was published on 4 March 2026.")
    document.add_heading(cause_heading, level=2)
    files.word_table(document, [HEADER, *cause_rows])
    if afi_tables:
        document.add_heading("3. Areas for improvement", level=2)
    for area, rows in afi_tables:
        document.add_heading(area, level=3)
        files.word_table(document, [["Ref", "Area for improvement", "Lead", "Update", "Status"], *rows])
    document.save(str(path))
    return path


@pytest.mark.parametrize("refs", [("CoC 1", "CoC 1 R1", "CoC 1 R2"), ("C1", "C1.R1", "C1.R2"), ("1", "1a", "1b"),
                                  ("CoC 1", "Rec 1.1", "Rec 1.2")])
def test_a_ref_coded_under_a_causes_ref_is_a_recommendation_of_that_cause(tmp_path: Path,
                                                                          refs: tuple[str, str, str]) -> None:
    cause_ref, first_ref, second_ref = refs
    path = _tracker(tmp_path / "tracker.docx", "2. Cause of concern – Investigating crime", [
        [cause_ref, CAUSE, "ACC Crime", "Supervision audit under way.", "Amber"],
        [first_ref, FIRST, "Supt Investigations", "Monthly reviews began in April.", "Green"],
        [second_ref, SECOND, "Head of Learning", "Course being written.", "Amber"],
    ], [])
    found = files.records(path)
    causes = found["causes_of_concern"]
    assert [(c["text"], c["area"], c["page"]) for c in causes] == [(CAUSE, "Investigating crime", None)]
    recommendations = [(r["text"], r["timescale"], r["lead_in"], r["cause_of_concern_id"])
                       for r in found["recommendations"]]
    assert recommendations == [(FIRST, "By 30 June 2026", None, causes[0]["record_id"]),
                               (SECOND, "Within six months", None, causes[0]["record_id"])]


def test_each_table_of_afis_takes_the_area_of_the_heading_above_it(tmp_path: Path) -> None:
    path = _tracker(tmp_path / "tracker.docx", "2. Cause of concern – Investigating crime", [
        ["CoC 1", CAUSE, "ACC Crime", "Supervision audit under way.", "Amber"],
    ], [
        ("Preventing crime", [["AFI 1", "The force should evaluate its problem-solving plans.", "Supt Neighbourhoods",
                               "Evaluation toolkit issued.", "Green"]]),
        ("Developing a positive workplace", [
            ["AFI 2", "The force should understand why officers leave in their first two years.", "Head of HR",
             "Exit survey launched.", "Amber"],
            ["AFI 3", "The force should make sure that its wellbeing offer reaches staff on every shift.",
             "Head of HR", "Night-shift clinics added.", "Amber"]]),
    ])
    found = files.records(path)
    assert [(a["text"], a["area"]) for a in found["areas_for_improvement"]] == [
        ("The force should evaluate its problem-solving plans.", "Preventing crime"),
        ("The force should understand why officers leave in their first two years.", "Developing a positive workplace"),
        ("The force should make sure that its wellbeing offer reaches staff on every shift.",
         "Developing a positive workplace"),
    ]
    assert [c["area"] for c in found["causes_of_concern"]] == ["Investigating crime"]


def test_a_trackers_cards_read_refs_coded_under_a_cause_and_the_area_of_the_heading_above(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph().add_run("HMICFRS PEEL 2023–25 improvement tracker").bold = True
    document.add_paragraph("The report on Avon and Somerset Police was published on 4 March 2026.")
    document.add_heading("Cause of concern – Investigating crime", level=2)
    for ref, wording, update in (("CoC 1", CAUSE, "Supervision audit under way."),
                                 ("CoC 1 R1", FIRST, "Monthly reviews began in April."),
                                 ("CoC 1 R2", SECOND, "Course being written.")):
        files.word_table(document, [["Ref", ref], ["HMICFRS wording", wording], ["Progress update", update]])
        document.add_paragraph("")
    path = tmp_path / "tracker.docx"
    document.save(str(path))
    found = files.records(path)
    causes = found["causes_of_concern"]
    assert [(c["text"], c["area"]) for c in causes] == [(CAUSE, "Investigating crime")]
    assert [(r["text"], r["timescale"], r["cause_of_concern_id"]) for r in found["recommendations"]] == [
        (FIRST, "By 30 June 2026", causes[0]["record_id"]), (SECOND, "Within six months", causes[0]["record_id"])]
