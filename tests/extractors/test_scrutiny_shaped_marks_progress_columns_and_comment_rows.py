"""Forms of levels, statuses and comments, each on a small real Word file:
levels printed as marks told apart by their shape against the pack's key ("●
Assured ◐ Partly assured ○ Not assured"), a log whose only status is its
progress in per cent beside an "Update" column, and a log whose status column
asks "Closed?" and is answered Y / N."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import records, word_table

_ASKED = (
    ("NH1", "How many burglaries were solved this year?", "One in ten was solved.", "●", "Good progress."),
    ("NH2", "How are repeat victims identified?", "A flag is set in the crime system.", "◐", "Flag not yet audited."),
    ("NH3", "What has the new patrol plan achieved?", "No figures were given.", "○", "Figures asked for."),
)


def _notes_with_shape_key(key: str) -> Document:
    document = Document()
    document.add_heading("Oversight Board – Minutes – 9 December 2026", level=1)
    document.add_heading("Neighbourhood crime", level=2)
    document.add_paragraph(key)
    word_table(document, [["Ref", "Question", "Force response", "Assurance", "Comment"],
                          *[list(asked) for asked in _ASKED]])
    return document


def test_a_mark_in_the_assurance_column_is_the_level_its_shape_keys(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    _notes_with_shape_key("Assurance key: ● Assured ◐ Partly assured ○ Not assured").save(str(path))
    found = records(path)["assurance_decisions"]
    assert sorted((d["question_number"], d["assurance"], d["commentary"]) for d in found) == [
        ("NH1", "Assured", "Good progress."), ("NH2", "Partly assured", "Flag not yet audited."),
        ("NH3", "Not assured", "Figures asked for.")]


def test_marks_with_no_key_state_no_level(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    _notes_with_shape_key("The Board heard the Force's answers.").save(str(path))
    assert {d["assurance"] for d in records(path)["assurance_decisions"]} == {None}


def _log(header: list[str], rows: list[list[str]], note: str) -> Document:
    document = Document()
    document.add_heading("Oversight Board – Action log", level=1)
    document.add_paragraph(note)
    word_table(document, [header, *rows])
    return document


def _statuses(path: Path) -> list[tuple[str, str, str]]:
    return sorted((a["number"], a["status"], a["status_source"]) for a in records(path)["actions"])


def test_a_progress_column_of_percentages_beside_the_update_is_the_status(tmp_path: Path) -> None:
    path = tmp_path / "log.docx"
    _log(["Ref", "Raised", "Action", "Owner", "Update", "Progress"], [
        ["OB/1", "14/10/2026", "Share the dashboard.", "Director", "Dashboard shared.", "100%"],
        # the update's words sound done; the per cent says it is not
        ["OB/2", "14/10/2026", "Report on recruitment.", "People Officer", "Report completed in draft.", "50%"],
        ["OB/3", "09/12/2026", "Commission an evaluation.", "Evidence team", "Evaluation commissioned.", "100%"],
    ], "Progress is shown as % complete.").save(str(path))
    assert _statuses(path) == [("OB/1", "complete", "status_column"), ("OB/2", "outstanding", "status_column"),
                               ("OB/3", "complete", "status_column")]


def test_a_column_asking_closed_answered_y_or_n_is_the_status(tmp_path: Path) -> None:
    path = tmp_path / "log.docx"
    _log(["Ref", "Raised", "Action", "Update", "Closed?"], [
        ["SR 1", "15/09/2026", "Publish the data by ward.", "Published in October.", "Y"],
        ["SR 2", "15/09/2026", "Review the overtime budget.", "", "N"],
        ["SR 3", "17/11/2026", "Compare violence in the hotspots.", "Comparison completed.", "N"],
    ], "Closed? Y = the action is closed; N = the action remains open.").save(str(path))
    assert _statuses(path) == [("SR 1", "complete", "status_column"), ("SR 2", "outstanding", "status_column"),
                               ("SR 3", "outstanding", "status_column")]


def _merged_row(table, row: int, text: str) -> None:
    cell = table.cell(row, 0).merge(table.cell(row, 1))
    cell.text = text


def test_a_comment_row_merged_under_a_question_is_its_commentary_without_its_label(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Accountability Board – Notes of the meeting held on 2 December 2026", level=1)
    document.add_heading("Business crime", level=2)
    table = document.add_table(rows=7, cols=2)
    table.style = "Table Grid"
    for col, text in enumerate(["Question", "Assurance level"]):
        table.cell(0, col).text = text
    for first, (question, level, answer, comment) in zip((1, 4), (
            ("Q1. How many thefts were solved?", "Assured", "One in five was solved.", "The rise was welcomed."),
            ("Q2. How are retailers supported?", "Not assured", "No scheme yet.", "A scheme was asked for."))):
        table.cell(first, 0).text, table.cell(first, 1).text = question, level
        _merged_row(table, first + 1, f"Response: {answer}")
        _merged_row(table, first + 2, f"Commissioner's comment: {comment}")
    path = tmp_path / "notes.docx"
    document.save(str(path))
    assert sorted((d["question_number"], d["assurance"], d["commentary"])
                  for d in records(path)["assurance_decisions"]) == [
        ("1", "Assured", "The rise was welcomed."), ("2", "Not assured", "A scheme was asked for.")]


def test_the_deciders_view_under_its_label_is_the_commentary_without_the_label(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Notes of the Strategic Meeting – 17 November 2026", level=1)
    document.add_heading("3. Serious violence", level=2)
    for number, level, view in ((1, "Assured", "The Commissioner praised the data set."),
                                (2, "Not assured", "The Commissioner asked for a comparison.")):
        document.add_heading(f"Question {number} – {level}", level=3)
        document.add_paragraph().add_run(f"What has programme {number} achieved?").bold = True
        document.add_paragraph(f"Response: Programme {number} ran in ten areas.")
        document.add_paragraph(f"Commissioner's view: {view}")
    path = tmp_path / "notes.docx"
    document.save(str(path))
    assert sorted((d["assurance"], d["commentary"]) for d in records(path)["assurance_decisions"]) == [
        ("Assured", "The Commissioner praised the data set."), ("Not assured", "The Commissioner asked for a comparison.")]
