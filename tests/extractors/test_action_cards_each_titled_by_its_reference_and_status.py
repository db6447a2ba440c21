"""Actions printed one small table each, a card titled by the action's log
reference (or "Action 2") and its status ("AB 44/01 | Status: Open") over
rows of its fields ("Action | ...", "Owner | ...", "Update | ..."), are one
action each: the reference its number, the "Action" row its text, the
status as stated. Cards of other entries titled so (a risk with its
"Mitigating action", a measure's "KPI 4" card with an "Action" row, a
complaint, an audit's finding: a field no action has), or whose action
says none was set, set no action. On a Word file and the PDF LibreOffice makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, published, records, word_table

ACTIONS = [("AB 44/01", "Open", "Provide the stalking course completion rate.", "Rate due in June."),
           ("AB 44/02", "Complete", "Publish the scrutiny report.", "Published on 3 May."),
           ("AB 44/03", "Open", "Review the custody healthcare contract.", "Review starts in September.")]


def _actions(path: Path, form: str, cards: list[list[list[str]]]) -> list[tuple]:
    document = Document()
    document.add_heading("Strategic Accountability Board", level=1)
    document.add_paragraph("17 May 2044, 10:00, Police Headquarters")
    document.add_heading("Action log", level=2)
    for card in cards:
        word_table(document, card)
        document.add_paragraph()
    found = records(published(document, path, form))["actions"]
    return sorted((a["number"], a["text"], a["status"], a["update"]) for a in found)


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("titled", ["by reference", "as Action N"])
def test_each_card_is_one_action(tmp_path: Path, form: str, titled: str) -> None:
    def title(n: int, ref: str) -> str:
        return ref if titled == "by reference" else f"Action {n}"

    cards = [[[title(n, ref), f"Status: {status}"], ["Action", text], ["Owner", "ACC Crime"], ["Update", update]]
             for n, (ref, status, text, update) in enumerate(ACTIONS, start=1)]
    assert _actions(tmp_path / "pack.docx", form, cards) == [
        (ref if titled == "by reference" else str(n), text, "complete" if status == "Complete" else "outstanding",
         update)
        for n, (ref, status, text, update) in enumerate(ACTIONS, start=1)]


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("cards", [
    [[["RR 44/03", "Status: Open"], ["Risk", "Loss of the custody healthcare provider."],
      ["Mitigating action", "Review the custody healthcare contract."], ["Owner", "CFO"]]],
    [[["KPI 4", "Status: Complete"], ["Measure", "Emergency calls attended within 15 minutes."],
      ["Action", "Continue monitoring."]]],
    [[["Complaint 4", "Status: Closed"], ["Complaint", "Delay in returning property."],
      ["Action", "Apology sent to the complainant."]]],
    [[["CR/44/01", "Status: Closed"], ["Complaint", "Delay in attending a burglary."],
      ["Action", "Officer given words of advice."], ["Outcome", "Upheld"]]],
    [[["IA 44/02", "Status: Implemented"], ["Finding", "Overtime claims were signed off late."],
      ["Action", "Introduce electronic sign-off of overtime."], ["Owner", "Head of HR"]]],
    [[["AB 44/05", "Status: Closed"], ["Action", "None required."], ["Owner", "OPCC"]]],
], ids=["a risk card", "a measure's card", "a complaint's card", "a complaint review titled by its reference",
        "an audit finding titled by its reference", "an action saying none was set"])
def test_cards_of_other_entries_set_no_action(tmp_path: Path, form: str, cards: list[list[list[str]]]) -> None:
    assert _actions(tmp_path / "pack.docx", form, cards) == []
