"""Notes as boards publish them month by month: a title running the board's
name, the notes word and the date together ("<Board> Minutes 12 April
2027", "<Board> Notes 11th June 2027") is the notes' meeting; a standing
item titled on the line under its reference ("Ref 02/21/06/2027", then
"Minutes and Action Log for the meeting held on 24th May 2027.") names a
past meeting, no meeting of the pack's; and notes of two items set at the
notes' own level, each closing with a bold "Assurance statement:" label,
have no one topic. Word files (python-docx) and reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.platypus import Paragraph

from files import BODY, BOLD, H1, docx, pdf, records

FORMS = ("docx", "pdf")
ITEM = [("h2", "3. Neighbourhood policing"), ("p", "The Commissioner requires a report on neighbourhood visibility."),
        ("b", "Assurance statement:"), ("p", "The Commissioner was assured that patrol plans were in place.")]


def _saved(path: Path, lines: list[tuple[str, str]]) -> Path:
    """``lines`` of (kind, text) as ``files.docx`` reads them, or as a
    reportlab PDF (16 pt bold headings, bold lines, body text)."""
    if path.suffix == ".pdf":
        styles = {"h1": H1, "h2": BOLD, "b": BOLD, "p": BODY}
        return pdf(path, [Paragraph(text, styles[kind]) for kind, text in lines])
    return docx(path, lines)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("title", "day"), [("Police Accountability Board Minutes 12 April 2027", "2027-04-12"),
                                            ("Police Accountability Board Notes 11th June 2027", "2027-06-11"),
                                            ("Executive Board Minutes Tuesday 27 May 2027", "2027-05-27")])
def test_the_board_the_notes_word_and_the_date_run_together_are_the_meeting(
        tmp_path: Path, form: str, title: str, day: str) -> None:
    found = records(_saved(tmp_path / f"notes.{form}", [("h1", title), *ITEM]))
    assert [(m["meeting_date"], m["title"], m["topic"]) for m in found["meetings"]] == [
        (day, title, "Neighbourhood policing")]


@pytest.mark.parametrize("form", FORMS)
def test_a_standing_item_titled_under_its_reference_names_no_meeting(tmp_path: Path, form: str) -> None:
    found = records(_saved(tmp_path / f"notes.{form}", [
        ("h1", "Governance Board – Notes of Meeting – 21st June 2027"),
        ("h2", "Ref 02/21/06/2027"), ("p", "Minutes and Action Log for the meeting held on 24th May 2027."),
        ("p", "The minutes were agreed as an accurate record. The action log was updated."),
        ("h2", "Ref 03/21/06/2027"), ("p", "Estates strategy – Paper – For Decision."),
        ("p", "The paper was presented and supported in principle.")]))
    assert [m["meeting_date"] for m in found["meetings"]] == ["2027-06-21"]


@pytest.mark.parametrize("form", FORMS)
def test_notes_of_two_items_each_closing_with_a_labelled_statement_have_no_topic(tmp_path: Path, form: str) -> None:
    found = records(_saved(tmp_path / f"notes.{form}", [
        ("h1", "Police Accountability Board – Minutes – 12 April 2027"),
        ("h1", "3. Budget conditions letter update"),
        ("p", "The Commissioner requires a report on progress against the budget conditions letter."),
        ("h1", "Assurance statement:"), ("p", "The Commissioner was not assured that attrition was managed."),
        ("h1", "4. Complaints update"), ("p", "The Commissioner requires an update on the handling of complaints."),
        ("h1", "Assurance statement:"), ("p", "The Commissioner was assured that complaints were handled in time.")]))
    assert [(m["meeting_date"], m["topic"]) for m in found["meetings"]] == [("2027-04-12", None)]
