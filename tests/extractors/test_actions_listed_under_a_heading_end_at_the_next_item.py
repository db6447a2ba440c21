"""Actions listed under an "Actions" heading, by their references ("PB 27/51
– ...") or numbered ("1. ..."), end where the minutes' next numbered item
starts ("4. Any other business. None.", or "3. Any other business." numbered
on from the actions): that item is no action, on a Word file and on a
reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, BOLD, H1, pdf, records
from reportlab.platypus import Paragraph

LINES = ["PB 27/51 \u2013 Extend the youth diversion scheme to the remaining districts.",
         "PB 27/52 \u2013 Bring an evaluation plan for knife arch operations."]
NUMBERED = ["Provide reoffending data for young people who completed a diversion programme.",
            "Agree with the local authorities how the results of weapons sweeps are shared with schools."]
NOTES = "Notes of the Performance Board held on 4 March 2027"
PRESENTED = "The force presented its knife crime report."
AOB = "Any other business. None."


def _notes(path: Path, item: str, label: str, actions: list[str], numbered: bool) -> Path:
    """Notes of one numbered ``item`` whose actions follow a bold ``label``, by their references or ``numbered``
    as a list, then the minutes' next item, "Any other business": numbered on from the actions where they are
    numbered, else from the item."""
    if path.suffix == ".docx":
        document = Document()
        document.add_heading(NOTES, level=1)
        document.add_heading(item, level=2)
        document.add_paragraph(PRESENTED)
        document.add_paragraph().add_run(label).bold = True
        for line in actions:
            document.add_paragraph(line, style="List Number" if numbered else None)
        document.add_paragraph(AOB, style="List Number")
        document.save(str(path))
        return path
    if numbered:
        lines = [f"{n}. {line}" for n, line in enumerate([*actions, AOB], start=1)]
    else:
        lines = [*actions, f"<b>{int(item.split('.')[0]) + 1}. Any other business.</b> None."]
    return pdf(path, [Paragraph(NOTES, H1), Paragraph(item, BOLD), Paragraph(PRESENTED, BODY), Paragraph(label, BOLD),
                      *(Paragraph(line, BODY) for line in lines)])


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_numbered_item_after_actions_listed_by_reference_is_no_action(tmp_path: Path, suffix: str) -> None:
    found = records(_notes(tmp_path / f"notes{suffix}", "3. Knife crime", "Actions", LINES, numbered=False))["actions"]

    assert sorted((a["number"], a["text"]) for a in found) == [
        ("PB 27/51", "Extend the youth diversion scheme to the remaining districts."),
        ("PB 27/52", "Bring an evaluation plan for knife arch operations.")]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_standing_business_numbered_on_from_the_actions_is_no_action(tmp_path: Path, suffix: str) -> None:
    # the minutes' next item takes the number after the last action's: only its words tell it from one
    path = _notes(tmp_path / f"notes{suffix}", "2. Knife crime", "Actions agreed", NUMBERED, numbered=True)

    found = records(path)["actions"]

    assert sorted(a["text"] for a in found) == sorted(NUMBERED)
