"""Round 26b (samples/corpus/scrutiny-round26b, held out then released):
forms the held-out packs printed that no earlier round did, each on a small
real Word file: levels printed as marks told apart by their shape against
the pack's key ("● Assured ◐ Partly assured ○ Not assured"), a log whose
only status is its progress in per cent beside an "Update" column, and a log
whose status column asks "Closed?" and is answered Y / N."""

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
