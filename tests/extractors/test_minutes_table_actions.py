"""Minutes set out as a table (Minute | Discussion | Action): each paragraph
of a row's Action cell is an action on the item the row minutes (the bold
title opening its Discussion cell), numbered by the reference opening it;
an action log reprinting it keeps its own reference, update and status and
takes that topic. The same reading gives assurance its decisions."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import published, records, word_table


def _minutes(document: Document) -> None:
    document.add_heading("Minutes of the Scrutiny Board \u2013 9 March 2026", level=2)
    table = document.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    rows = [
        ("1", [("Apologies were received from the Deputy Chief Constable.", False)], ["None"]),
        ("2", [("Burglary", True),
               ("PCC question 1: How many burglaries were attended within an hour?", False),
               ("Response: 81 per cent were attended within the hour.", False),
               ("Assurance: Partially assured. The PCC asked for the rural figures.", False)],
         ["SB 12: Report rural attendance times by district. (Owner: Head of Response)",
          "Publish the burglary prevention leaflet online."]),
        ("3", [("Hate crime", True),
               ("PCC question 1: How many hate crimes were referred to victim support?", False),
               ("Response: All 212 victims were referred.", False),
               ("Assurance: Assured. The PCC welcomed the referrals.", False)],
         ["SB 13 \u2013 Share the hate crime survey with the independent advisory group."]),
    ]
    for col, label in enumerate(("Minute", "Discussion", "Action")):
        table.cell(0, col).paragraphs[0].add_run(label).bold = True
    for row, (number, notes, actions) in enumerate(rows, start=1):
        table.cell(row, 0).text = number
        cell = table.cell(row, 1)
        for i, (text, bold) in enumerate(notes):
            paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            paragraph.add_run(text).bold = bold or None
        cell = table.cell(row, 2)
        for i, text in enumerate(actions):
            (cell.paragraphs[0] if i == 0 else cell.add_paragraph()).add_run(text)


@pytest.mark.parametrize("form", ["word", "office pdf"])
def test_actions_in_a_minutes_table_are_on_their_rows_item(tmp_path: Path, form: str) -> None:
    document = Document()
    _minutes(document)
    found = records(published(document, tmp_path / "minutes.docx", form))
    assert sorted(((a["number"], a["text"], a["topic"], a["meeting_date"]) for a in found["actions"]),
                  key=lambda action: action[1]) == [
        (None, "Publish the burglary prevention leaflet online.", "Burglary", "2026-03-09"),
        ("SB 12", "Report rural attendance times by district.", "Burglary", "2026-03-09"),
        ("SB 13", "Share the hate crime survey with the independent advisory group.", "Hate crime", "2026-03-09")]
    if form == "office pdf":
        assert {a["page"] for a in found["actions"]} == {1}
    assert sorted((d["topic"], d["assurance"]) for d in found["assurance_decisions"]) == [
        ("Burglary", "Partly assured"), ("Hate crime", "Assured")]


def test_a_log_reprinting_a_minutes_table_action_takes_its_rows_item(tmp_path: Path) -> None:
    document = Document()
    _minutes(document)
    document.add_heading("Action log", level=2)
    word_table(document, [
        ["Ref", "Raised", "Action", "Owner", "Update", "Status"],
        ["SB 12", "9 March 2026", "Report rural attendance times by district.", "Head of Response",
         "Figures reported on 20 March 2026.", "Complete"],
        ["SB 13", "9 March 2026", "Share the hate crime survey with the independent advisory group.",
         "Chief Inspector", "Survey to be shared in April.", "Open"]])
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    logged = {a["number"]: (a["topic"], a["status"], a["source"]) for a in records(path)["actions"] if a["number"]}
    assert logged == {"SB 12": ("Burglary", "complete", "action_tracker"),
                      "SB 13": ("Hate crime", "outstanding", "action_tracker")}
