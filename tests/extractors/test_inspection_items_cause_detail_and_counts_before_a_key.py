"""Item mechanisms, each on a real file made here: an HMI letter's "What we
found" heading under a cause of concern's statement heads the cause's
explanation (its detail), never the report's findings; a plan's paragraph
counting the report's items and then listing a status key ("... one cause of
concern, ... . Status: Complete, On track, At risk.") introduces no item."""

from __future__ import annotations

from pathlib import Path

import files
from docx import Document

_FOUND = ("We found a backlog of overdue risk assessments. Supervisors knew of it but had no plan to reduce it.")


def test_what_we_found_under_a_cause_is_its_detail(tmp_path: Path) -> None:
    path = files.docx(tmp_path / "letter.docx", [
        ("p", "3 March 2026"), ("p", "Dear Chief Constable,"),
        ("h1", "PEEL 2023–25: accelerated cause of concern – Avon and Somerset Police"),
        ("p", "During our fieldwork we found a serious shortcoming, so we are writing to you now."),
        ("h2", "Cause of concern"),
        ("h3", "The force isn't managing the risk posed by registered sex offenders effectively."),
        ("h2", "What we found"), ("p", _FOUND),
        ("h2", "Recommendations"), ("p", "Within six months, the force should:"),
        ("li", "complete all overdue risk assessments."),
    ])
    found = files.records(path)["causes_of_concern"]
    assert [(c["text"], c["detail"]) for c in found] == [
        ("The force isn't managing the risk posed by registered sex offenders effectively.", _FOUND)]


def test_a_count_of_items_then_a_status_key_is_no_cause(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("National child protection inspection: Essex Police improvement plan", level=0)
    document.add_paragraph("HMICFRS published its national child protection inspection report on the force on "
                           "9 October 2025.")
    document.add_paragraph("The report contained one cause of concern, with two recommendations, and three areas "
                           "for improvement. Progress against each is set out below. Status: Complete, On track, "
                           "At risk.")
    files.word_table(document, [
        ["No.", "Type", "HMICFRS finding", "Status"],
        ["1", "Cause of concern", "The force doesn't investigate reports of child abuse thoroughly enough.", "On track"],
    ])
    document.save(str(tmp_path / "plan.docx"))
    found = files.records(tmp_path / "plan.docx")["causes_of_concern"]
    assert [c["text"] for c in found] == ["The force doesn't investigate reports of child abuse thoroughly enough."]
