"""Actions listed under the record of an earlier meeting titled by its board,
a middle and its date ("<Board> Meeting – Part 2 – 2 April 2027"), where the
middle names no topic (a part, a mode, a weekday, a venue), belong to that
meeting: its date, not the cover's. Near miss: a paper titled so and dated
for the pack's own meeting leaves its actions the pack's. On a Word file and
the PDF LibreOffice makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, published, records, word_table


def _action_dates(path: Path, form: str, title: str) -> list[str | None]:
    document = Document()
    document.add_heading("Holding to Account Meeting", level=1)
    document.add_paragraph("4 June 2027, Hill House, Northam")
    document.add_paragraph("Theme: Stop and search")
    document.add_page_break()
    document.add_heading(title, level=2)
    document.add_paragraph("Present: PCC, Deputy PCC, Chief Constable.")
    word_table(document, [["No.", "Question", "Response", "PCC Decision"],
                          ["1", "How well does the force meet its emergency attendance targets?", "Urban 89%; rural 78%.",
                           "Partially assured"]])
    document.add_heading("Actions", level=3)
    document.add_paragraph("1. Send weekly 101 abandonment figures to the OPCC until the rate is below 10%.")
    document.add_paragraph("2. Set out the plan to improve rural emergency attendance.")
    found = records(published(document, path, form))["actions"]
    return [a["meeting_date"] for a in found]


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("middle", ["Part 2", "Via Microsoft Teams", "Tuesday", "Hill House, Northam"])
def test_actions_under_a_dated_title_take_its_date(tmp_path: Path, form: str, middle: str) -> None:
    title = f"Holding to Account Meeting – {middle} – 2 April 2027"
    assert _action_dates(tmp_path / "pack.docx", form, title) == ["2027-04-02", "2027-04-02"]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_paper_dated_for_the_packs_meeting_leaves_its_actions_the_packs(tmp_path: Path, form: str) -> None:
    title = "Holding to Account Meeting – Performance report – 4 June 2027"
    assert _action_dates(tmp_path / "pack.docx", form, title) == ["2027-06-04", "2027-06-04"]
