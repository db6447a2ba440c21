"""Undertakings a committee's minutes list ("During the discussion, the Deputy
Commissioner undertook to:" over bullets) are actions agreed at the meeting,
one a bullet, on the item whose minute the undertaking is part of (the last
of two scrutiny items, before standing business), as a Word file and a reportlab PDF;
a sentence telling of work undertaken, with no list announced, sets none."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import BODY, BOLD, H1, docx, pdf, records
from reportlab.platypus import ListFlowable, ListItem, Paragraph

UNDERTAKINGS = ("Provide the full costs of policing the summer festival;",
                "Report the average time taken to vet new custody visitors.")
LINES = [("h1", "Police Committee \u2013 Minutes of the meeting held on 9 March 2027"),
         ("h2", "3. Neighbourhood policing"),
         ("p", "The Chief Superintendent presented the report on neighbourhood teams."),
         ("h2", "4. Questions to the Commissioner"),
         ("p", "The Deputy Commissioner undertook work on the vetting backlog last year."),
         ("p", "During the course of the discussion, the Deputy Commissioner undertook to:"),
         *(("li", text) for text in UNDERTAKINGS),
         ("h2", "5. Any other business"),
         ("p", "There was none.")]


def _minutes(path: Path) -> Path:
    if path.suffix == ".docx":
        return docx(path, LINES)
    styles = {"h1": H1, "h2": BOLD, "p": BODY}
    flow = [Paragraph(text, styles[kind]) for kind, text in LINES if kind != "li"]
    at = 6  # the bullets come after the lead-in
    return pdf(path, [*flow[:at], ListFlowable([ListItem(Paragraph(text, BODY)) for text in UNDERTAKINGS],
                                               bulletType="bullet"), *flow[at:]])


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_each_undertaking_listed_is_an_action_of_the_meeting(tmp_path: Path, suffix: str) -> None:
    found = records(_minutes(tmp_path / f"minutes{suffix}"))["actions"]
    assert sorted((a["text"].rstrip(";"), str(a["meeting_date"]), a["topic"], a["source"]) for a in found) == [
        ("Provide the full costs of policing the summer festival", "2027-03-09", "Questions to the Commissioner",
         "action_list"),
        ("Report the average time taken to vet new custody visitors.", "2027-03-09", "Questions to the Commissioner",
         "action_list")]
