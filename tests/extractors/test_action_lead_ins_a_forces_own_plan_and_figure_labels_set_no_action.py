"""What a meeting's notes say about the force's own work, or a figure's label
in brackets, is no action of the meeting: "the force has undertaken to:" over
the force's improvement plan sets no action (the decider's "undertook to:"
does: test_action_undertakings_listed_in_the_minutes.py), and a numbered
action closing "(KPI 4)" keeps its list number and its bracket, where a log's
reference ("(ABC 12/01)") numbers it."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import docx, records

NOTES = "Notes of the Policing Board held on 9 March 2028"


def test_the_forces_own_undertakings_are_no_actions_of_the_meeting(tmp_path: Path) -> None:
    path = docx(tmp_path / "notes.docx", [
        ("h2", NOTES), ("h3", "3. Response to the custody inspection"),
        ("p", "The Chief Constable presented the force's response to the inspection report."),
        ("p", "In response to the report, the force has undertaken to:"),
        ("li", "introduce a new risk assessment for detainees by April;"),
        ("li", "train all custody sergeants in the new process;"),
        ("li", "audit the use of force in custody each quarter."),
        ("p", "The Commissioner welcomed the plan.")])
    assert records(path)["actions"] == []


def test_a_figures_label_closing_a_numbered_action_is_its_text_a_log_reference_its_number(tmp_path: Path) -> None:
    document = Document()
    document.add_heading(NOTES, level=2)
    document.add_heading("3. Performance", level=3)
    document.add_paragraph("The Chief Constable presented the quarterly performance report.")
    document.add_heading("Actions", level=3)
    for text in ("Report on 101 call answering times against the target (KPI 4).",
                 "Share the victim satisfaction survey results (KPI 7).",
                 "Publish the stop and search figures each quarter (ABC 12/01)."):
        document.add_paragraph(text, style="List Number")
    document.save(path := tmp_path / "notes.docx")
    assert sorted((a["number"], a["text"]) for a in records(path)["actions"]) == [
        ("1", "Report on 101 call answering times against the target (KPI 4)."),
        ("2", "Share the victim satisfaction survey results (KPI 7)."),
        ("ABC 12/01", "Publish the stop and search figures each quarter")]
