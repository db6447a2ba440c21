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


def _notes(path: Path) -> Path:
    if path.suffix == ".docx":
        document = Document()
        document.add_heading("Notes of the Performance Board held on 4 March 2027", level=1)
        document.add_heading("3. Knife crime", level=2)
        document.add_paragraph("The force presented its knife crime report.")
        document.add_paragraph().add_run("Actions").bold = True
        for line in LINES:
            document.add_paragraph(line)
        document.add_paragraph("Any other business. None.", style="List Number")
        document.save(str(path))
        return path
    return pdf(path, [Paragraph("Notes of the Performance Board held on 4 March 2027", H1),
                      Paragraph("3. Knife crime", BOLD), Paragraph("The force presented its knife crime report.", BODY),
                      Paragraph("Actions", BOLD), *(Paragraph(line, BODY) for line in LINES),
                      Paragraph("<b>4. Any other business.</b> None.", BODY)])


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_numbered_item_after_actions_listed_by_reference_is_no_action(tmp_path: Path, suffix: str) -> None:
    found = records(_notes(tmp_path / f"notes{suffix}"))["actions"]

    assert sorted((a["number"], a["text"]) for a in found) == [
        ("PB 27/51", "Extend the youth diversion scheme to the remaining districts."),
        ("PB 27/52", "Bring an evaluation plan for knife arch operations.")]


NUMBERED = ["Provide reoffending data for young people who completed a diversion programme.",
            "Agree with the local authorities how the results of weapons sweeps are shared with schools."]


def _numbered_notes(path: Path) -> Path:
    if path.suffix == ".docx":
        document = Document()
        document.add_heading("Notes of the Performance Board held on 4 March 2027", level=1)
        document.add_heading("2. Knife crime", level=2)
        document.add_paragraph("The force presented its knife crime report.")
        document.add_paragraph().add_run("Actions agreed").bold = True
        for line in [*NUMBERED, "Any other business. None."]:
            document.add_paragraph(line, style="List Number")
        document.save(str(path))
        return path
    numbered = [f"{n}. {line}" for n, line in enumerate([*NUMBERED, "Any other business. None."], start=1)]
    return pdf(path, [Paragraph("Notes of the Performance Board held on 4 March 2027", H1),
                      Paragraph("2. Knife crime", BOLD), Paragraph("The force presented its knife crime report.", BODY),
                      Paragraph("Actions agreed", BOLD), *(Paragraph(line, BODY) for line in numbered)])


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_standing_business_numbered_on_from_the_actions_is_no_action(tmp_path: Path, suffix: str) -> None:
    # the minutes' next item takes the number after the last action's: only its words tell it from one
    found = records(_numbered_notes(tmp_path / f"notes{suffix}"))["actions"]

    assert sorted(a["text"] for a in found) == sorted(NUMBERED)
