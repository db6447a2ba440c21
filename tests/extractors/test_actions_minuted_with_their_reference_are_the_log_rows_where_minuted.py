"""Actions the minutes set with their log reference, in the forms minutes print
it: a paragraph run in from "Actions:" ("Actions: FB 26/11 – ... FB 26/12 –
..."), a numbered list closing each item with its reference in brackets, and a
resolution's item closing with "(action FB 26/12)". Each is the log's row (its
reference, the tracker's update and status) minuted where the minutes set it:
the page and the item it stands under. A paragraph that only cites the log's
rows ("Actions agreed: FB 26/11 and FB 26/12 (see the action log).") sets
nothing, and the notes' requests in prose are then no actions of their own."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import BODY, BOLD, H1, grid, pdf, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import ListFlowable, ListItem, PageBreak, Paragraph

H2 = ParagraphStyle("h2", parent=BOLD, fontSize=13, leading=16, spaceBefore=6, spaceAfter=6)

FIRST = "Report the number of vehicles off the road for more than a month."
SECOND = "Publish the timetable for the workshop move."
LOG = [["Ref", "Raised", "Action", "Update", "Status"],
       ["FB 25/40", "02/12/2025", "Share the review of fuel spending.", "Review shared in January.", "Complete"],
       ["FB 26/11", "03/02/2026", FIRST, "First figures due in April.", "Open"],
       ["FB 26/12", "03/02/2026", SECOND, "Timetable published on 2 March 2026.", "Complete"]]


def _numbered(items: list[str]) -> ListFlowable:
    return ListFlowable([ListItem(Paragraph(text, BODY), value=i) for i, text in enumerate(items, 1)],
                        bulletType="1", bulletFormat="%s.")


# How the minutes set the two actions, under the item they were agreed on.
FORMS = {
    "run in": [Paragraph(f"Actions: FB 26/11 \u2013 {FIRST} FB 26/12 \u2013 {SECOND}", BODY)],
    "numbered list": [Paragraph("Actions", H2), _numbered([f"{FIRST} (FB 26/11)", f"{SECOND} (FB 26/12)"])],
    "resolution": [Paragraph("RESOLVED \u2013", H2),
                   ListFlowable([ListItem(Paragraph(text, BODY), value=mark) for mark, text in (
                       ("(i)", "that the report be noted;"),
                       ("(ii)", "that the Head of Fleet report the number of vehicles off the road for more than a "
                                "month (action FB 26/11); and"),
                       ("(iii)", "that the Head of Estates publish the timetable for the workshop move (action FB "
                                 "26/12)."))], bulletType="bullet", start="")],
}


def _minutes(path: Path, actions: list) -> Path:
    return pdf(path, [
        Paragraph("Fleet Board", H1),
        Paragraph("Minutes of the Fleet Board held on 3 February 2026", H2),
        Paragraph("1. Apologies", H2),
        Paragraph("None were received.", BODY),
        Paragraph("2. Fleet management", H2),
        Paragraph("The Head of Fleet presented the report on vehicle availability.", BODY),
        *actions,
        PageBreak(),
        Paragraph("Action log", H2),
        grid(LOG, [50, 60, 160, 140, 50]),
    ])


@pytest.mark.parametrize("form", FORMS)
def test_an_action_minuted_with_its_reference_is_the_log_row_on_the_page_and_item_it_is_minuted(
        tmp_path: Path, form: str) -> None:
    found = records(_minutes(tmp_path / "minutes.pdf", FORMS[form]))["actions"]
    assert sorted((a["number"], a["status"], a["page"], a["topic"], a["source"]) for a in found) == [
        ("FB 25/40", "complete", 2, None, "action_tracker"),
        ("FB 26/11", "outstanding", 1, "Fleet management", "action_tracker"),
        ("FB 26/12", "complete", 1, "Fleet management", "action_tracker")]
    assert {a["number"]: a["text"] for a in found}["FB 26/12"] in (SECOND, "That the Head of Estates publish the "
                                                                           "timetable for the workshop move.")


def test_a_line_citing_the_log_lists_the_actions_so_a_request_in_prose_is_none(tmp_path: Path) -> None:
    path = _minutes(tmp_path / "minutes.pdf", [
        Paragraph("The Commissioner asked that the figures be reported each quarter.", BODY),
        Paragraph("Actions agreed: FB 26/11 and FB 26/12 (see the action log).", BODY)])
    found = records(path)["actions"]
    assert sorted(a["number"] for a in found) == ["FB 25/40", "FB 26/11", "FB 26/12"]
