"""One small table per inspection recommendation, each titled by the
recommendation and its status ("Recommendation 2 | Status: Open") over rows
of fields ("Recommendation | ...", "Force update | ...", "Lead's comment |
..."), is a set of cards, no action tracker: its field labels are no
actions. Near miss: the pack's own action log beside the cards keeps its
rows, and a log whose status heading lists its options ("Status: C / O",
"Status: Open / Closed") stays a log. On a Word file and the PDF LibreOffice makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, published, records, word_table

LOG = [["Ref", "Action", "Update", "Status"],
       ["PSB 44/03", "Share the 101 call-back figures with the OPCC.", "Shared on 2 February.", "Complete"],
       ["PSB 44/04", "Report the hate crime outcomes by strand.", "Due in May.", "Open"]]


def _actions(path: Path, form: str, log: list[list[str]]) -> list[tuple[str | None, str, str]]:
    document = Document()
    document.add_heading("Performance Scrutiny Board", level=1)
    document.add_paragraph("5 March 2044, 10:00, Police Headquarters")
    document.add_heading("3. Hate crime", level=2)
    document.add_paragraph("Each entry is set out in its own table.")
    for n, status in enumerate(("Complete", "Open", "Not started"), start=1):
        word_table(document, [[f"Recommendation {n}", f"Status: {status}"],
                              ["Recommendation", "The force should improve how it answers 101 calls."],
                              ["Force update", "A new telephony system went live."],
                              ["Lead's comment", "The lead asked for evidence of the change."]])
    document.add_heading("Action log", level=2)
    word_table(document, log)
    found = records(published(document, path, form))["actions"]
    return sorted((a["number"], a["text"], a["status"]) for a in found)


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_cards_titled_with_their_status_give_no_actions(tmp_path: Path, form: str) -> None:
    assert _actions(tmp_path / "pack.docx", form, LOG) == [
        ("PSB 44/03", "Share the 101 call-back figures with the OPCC.", "complete"),
        ("PSB 44/04", "Report the hate crime outcomes by strand.", "outstanding")]


@pytest.mark.parametrize("heading, cells", [("Status: C / O", ("C", "O")), ("Status: Open / Closed", ("Closed", "Open"))])
def test_a_status_heading_naming_its_options_keeps_the_log(tmp_path: Path, heading: str, cells: tuple[str, str]) -> None:
    log = [["Ref", "Action", "Update", heading], *[[*row[:3], cell] for row, cell in zip(LOG[1:], cells)]]
    assert [number for number, _text, _status in _actions(tmp_path / "pack.docx", "word", log)] == [
        "PSB 44/03", "PSB 44/04"]
