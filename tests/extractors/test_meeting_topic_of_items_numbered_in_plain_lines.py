"""Notes that print their items as plain numbered lines ("3. Rural crime",
not bold, the minute below each) hold one scrutiny item: its title is the
notes meeting's topic and the topic of the action minuted under it. Lines
numbered as paragraphs of minutes ("3. The minutes were agreed.") or a
numbered list of points title no item; a bold item heading, where the notes
have one, still decides. Word files (typed numbers, Word's own numbering) and
a reportlab PDF through the whole pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, H1, pdf, records
from reportlab.platypus import Paragraph

NOTES = "Notes of the Policing Board held on 9 March 2028"
ACTION = "Action: the force to report the rural crime team's arrest figures to the next Board."


def _notes(path: Path, lines: list[tuple[str, str]]) -> Path:
    """The notes heading over ``lines`` of (kind, text): "n" a numbered line (typed "1." in a PDF and in
    the Word file "typed.docx", Word's numbering in any other Word file), "b" a bold line (a Word heading under the
    notes'), "p" a paragraph."""
    if path.suffix == ".pdf":
        number = iter(range(1, 100))
        return pdf(path, [Paragraph(NOTES, H1), *[
            Paragraph(f"{next(number)}. {text}" if kind == "n" else f"<b>{text}</b>" if kind == "b" else text, BODY)
            for kind, text in lines]])
    document = Document()
    document.add_heading(NOTES, level=2)
    number = iter(range(1, 100))
    for kind, text in lines:
        if kind == "n" and path.name == "typed.docx":
            document.add_paragraph(f"{next(number)}. {text}")
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        elif kind == "b":
            document.add_heading(text, level=3)
        else:
            document.add_paragraph(text)
    document.save(str(path))
    return path


ITEMS = [("n", "Apologies"), ("p", "Apologies were received from the Deputy Chief Constable."),
         ("n", "Minutes of the previous meeting"), ("p", "The minutes of 12 January 2028 were agreed."),
         ("n", "Rural crime"), ("p", "The Superintendent presented the report on farm thefts."), ("p", ACTION),
         ("n", "Any other business"), ("p", "None.")]
FORMS = ["typed.docx", "numbered.docx", "notes.pdf"]


def _topics(path: Path) -> tuple[list[str | None], list[str | None]]:
    found = records(path)
    return [m["topic"] for m in found["meetings"]], [a["topic"] for a in found["actions"]]


@pytest.mark.parametrize("name", FORMS)
def test_plain_numbered_item_lines_title_the_one_scrutiny_item(tmp_path: Path, name: str) -> None:
    assert _topics(_notes(tmp_path / name, ITEMS)) == (["Rural crime"], ["Rural crime"])


@pytest.mark.parametrize("name", FORMS)
def test_numbered_paragraphs_of_minutes_title_no_item(tmp_path: Path, name: str) -> None:
    path = _notes(tmp_path / name, [
        ("n", "Apologies were received from the Deputy Chief Constable."),
        ("p", "The Chair welcomed the new Head of Finance."),
        ("n", "Rural crime"), ("p", "The Superintendent presented the report on farm thefts."), ("p", ACTION),
        ("n", "The Board noted the forward plan."), ("p", "No other business was raised.")])

    assert _topics(path) == ([None], [None])


@pytest.mark.parametrize("name", FORMS)
def test_a_numbered_list_of_points_titles_no_item(tmp_path: Path, name: str) -> None:
    path = _notes(tmp_path / name, [
        ("p", "The Board discussed the rural crime report and agreed on"),
        ("n", "Farm visits"), ("n", "Rural watch schemes"), ("n", "Equipment marking"),
        ("p", ACTION)])

    assert _topics(path) == ([None], [None])


@pytest.mark.parametrize("name", ["numbered.docx", "notes.pdf"])
def test_a_bold_item_heading_decides_over_plain_numbered_lines(tmp_path: Path, name: str) -> None:
    path = _notes(tmp_path / name, [
        ("b", "Road safety"), ("p", "The Chief Inspector presented the collision figures."),
        ("n", "Speed enforcement"), ("p", "Enforcement rose by a fifth."),
        ("n", "Young drivers"), ("p", "A new course starts in June."), ("p", ACTION)])

    assert _topics(path)[0] == ["Road safety"]


@pytest.mark.parametrize("name", FORMS)
def test_one_numbered_point_in_the_discussion_titles_no_item(tmp_path: Path, name: str) -> None:
    path = _notes(tmp_path / name, [
        ("p", "The Chief Constable presented the quarterly performance report."),
        ("p", "The Commissioner asked about the following:"),
        ("n", "Response times in rural areas"),
        ("p", "The Chief Constable said these had improved since the new shift pattern."), ("p", ACTION)])

    assert _topics(path) == ([None], [None])

