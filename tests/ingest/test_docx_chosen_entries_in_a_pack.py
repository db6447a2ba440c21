"""A pack's values chosen in Word's form machinery (a legacy drop-down, a
drop-down or check box content control) read through the pipeline as the
printed words would: a level in the level column decides its question; the
same entries chosen where they mean no level (a priority, a RAG rating, an
unused row left on its prompt) give no decision and no status."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.text.paragraph import Paragraph

from tests.extractors.files import QUESTIONS_ASKED, records

from .docx_builders import add_drop_down_control, add_form_drop_down

_LEVELS = ["Assured", "Partially assured", "Not assured"]
_Fill = Callable[[Paragraph, str | None], None]


def _legacy(paragraph: Paragraph, chosen: str | None) -> None:
    entries = ["High", "Medium", "Low"] if chosen in ("High", "Medium", "Low") else _LEVELS
    add_form_drop_down(paragraph, entries, result=entries.index(chosen) if chosen else 0)


def _control(paragraph: Paragraph, chosen: str | None) -> None:
    add_drop_down_control(paragraph, _LEVELS + ["High", "Medium", "Low"], chosen)


def _notes(path: Path, header: list[str], chosen: list[str | None], fill: _Fill) -> Path:
    """Notes of one meeting: a question table whose fourth column holds a drop-down per question."""
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 14 April 2027", level=2)
    document.add_heading("Minute 3 \u2013 Neighbourhood crime", level=3)
    table = document.add_table(rows=1 + len(chosen), cols=5)
    table.style = "Table Grid"
    for col, text in enumerate(header):
        table.cell(0, col).text = text
    for row, ((question, answer, comment), value) in enumerate(zip(QUESTIONS_ASKED * 2, chosen), start=1):
        for col, text in ((0, str(row)), (1, question), (2, answer), (4, comment)):
            table.cell(row, col).text = text
        fill(table.cell(row, 3).paragraphs[0], value)
    document.save(str(path))
    return path


def _levels(path: Path) -> list[tuple]:
    return [(d["question_number"], d["assurance"], d["commentary"]) for d in records(path)["assurance_decisions"]]


def test_levels_chosen_in_a_level_column_decide_their_questions(tmp_path: Path) -> None:
    header = ["No.", "Question", "Answer", "Assurance level", "Comment"]
    for fill in (_legacy, _control):
        found = _levels(_notes(tmp_path / f"{fill.__name__}.docx", header, ["Partially assured", "Not assured"], fill))

        assert [(n, level) for n, level, _ in found] == [("1", "Partly assured"), ("2", "Not assured")], fill.__name__


def test_a_priority_chosen_from_a_list_is_no_level(tmp_path: Path) -> None:
    header = ["No.", "Question", "Answer", "Priority", "Comment"]
    for fill in (_legacy, _control):
        found = _levels(_notes(tmp_path / f"{fill.__name__}.docx", header, ["High", "Low"], fill))

        assert all(level is None for _, level, _ in found), (fill.__name__, found)


def test_an_unused_row_left_on_its_prompt_gives_no_decision_and_no_comment(tmp_path: Path) -> None:
    header = ["No.", "Question", "Answer", "Assurance level", "Comment"]
    found = _levels(_notes(tmp_path / "prompt.docx", header, ["Assured", None], _control))

    assert found[0][:2] == ("1", "Assured")
    assert all("Choose an item" not in str(d) for d in found)
