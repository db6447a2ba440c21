"""Assurance decisions on small real Word files: a key line whose lead-in
closes with a colon and whose entries say "means" once ("answered in full
means he is assured, answered in part that he is partly assured, and not
answered that ...") keys a column headed in the pack's own words ("Question
answered?"); a tracker's header printed as a row of bold labels apart from
its rows is no level box under the line above it ("No." numbers)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import decision_levels, question_table_notes, records, word_table


def test_a_key_saying_means_once_after_a_colon_keys_the_packs_own_column(tmp_path: Path) -> None:
    key = ("The Commissioner records whether each question was answered to his satisfaction: answered in full "
           "means he is assured, answered in part that he is partly assured, and not answered that he is not "
           "assured.")
    path = question_table_notes(tmp_path / "answered.docx", ["Ref", "Question", "Response", "Question answered?",
                                                              "Notes"],
                                ["Answered in full", "Answered in part", "Deferred to July", "Not answered"],
                                before=[key])
    assert decision_levels(path) == [("1", "Assured"), ("2", "Partly assured"), ("3", None), ("4", "Not assured")]


def test_a_trackers_header_row_apart_from_its_rows_is_no_level_box(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 14 April 2027", level=2)
    document.add_heading("Accountability Board action tracker", level=2)
    document.add_paragraph("Actions are closed by the Board once the date completed is entered.")
    header = document.add_table(rows=1, cols=5)
    header.style = "Table Grid"
    for col, label in enumerate(["No.", "Date raised", "Action", "Progress", "Date completed"]):
        header.cell(0, col).paragraphs[0].add_run(label).bold = True
    document.add_paragraph()
    word_table(document, [["AB/27/04", "8 February 2027", "Brief the Board on the new crime recording system.",
                           "Briefing moved to the September Board.", "\u2013"]])
    path = tmp_path / "tracker.docx"
    document.save(str(path))
    assert records(path)["assurance_decisions"] == []
