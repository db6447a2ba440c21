"""How the notes before an action log cite its rows, and what a row takes
from that: notes opening with a paper's label ("Paper A: notes and outcomes
of the Board held on ...") are a meeting's notes; a row the notes word
themselves, closing with its bracketed reference ("Actions: the rota to be
confirmed (AB 28/07); ..."), is minuted on that page under that item; a row
cited only by reference under an item ("Action agreed: COM 28/09 (see the
action log).") takes that item as topic, not the meeting's theme, on the
log's page, but rows cited once after the last of several items take none; an "Action L1 28/05: ..." line (a reference of a letter and a
digit) is minuted there; a bulleted action closed by its reference does not
run on into the next page's first line. Updates that name a task and say it
is done ("Rota confirmed to the OPCC on ...", "Training finished in ...")
close the action. reportlab PDFs through the whole pipeline."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, grid, pdf, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import ListFlowable, ListItem, PageBreak, Paragraph

H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=4, spaceBefore=6)
H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceAfter=4, spaceBefore=4)


def _actions(path: Path) -> dict[str, dict]:
    return {a["number"]: a for a in records(path)["actions"]}


def test_rows_worded_in_a_paper_labelled_notes_sentence_are_minuted_there(tmp_path: Path) -> None:
    path = pdf(tmp_path / "pack.pdf", [
        Paragraph("Accountability Board", H1),
        Paragraph("Paper A: notes and outcomes of the Accountability Board held on 28 February 2028", H2),
        Paragraph("The Commissioner chaired. The Chief Constable attended.", BODY),
        Paragraph("Item 3: Rural and coastal crime", H3),
        Paragraph("The Superintendent presented the report on rural crime and the coast.", BODY),
        Paragraph("Actions: the summer cover rota for the islands to be confirmed to the OPCC (AB 28/07); a local "
                  "plan for machinery theft to be drawn up (AB 28/08).", BODY),
        PageBreak(),
        Paragraph("Paper B: outcome tracker", H2),
        grid([["Ref", "Raised", "Action", "Update"],
              ["AB 28/07", "28 February 2028", "Confirm the summer cover rota for the islands to the OPCC.",
               "Rota confirmed to the OPCC on 2 April 2028."],
              ["AB 28/08", "28 February 2028", "Draw up a local plan for machinery theft.",
               "Plan to be presented in July."]], [50, 80, 170, 160]),
    ])

    actions = _actions(path)

    assert "2028-02-28" in {m["meeting_date"] for m in records(path)["meetings"]}
    assert {n: (a["page"], a["topic"], a["status"]) for n, a in actions.items()} == {
        "AB 28/07": (1, "Rural and coastal crime", "complete"),
        "AB 28/08": (1, "Rural and coastal crime", "outstanding")}


def test_rows_cited_by_reference_under_their_items_take_those_items(tmp_path: Path) -> None:
    path = pdf(tmp_path / "pack.pdf", [
        Paragraph("Community Outcomes Meeting", H1),
        Paragraph("Community Outcomes Meeting \u2013 notes of the meeting held on 21 March 2028", H2),
        Paragraph("Theme: Violence against women and girls", BODY),
        Paragraph("2. Domestic abuse: repeat victims", H3),
        Paragraph("The Detective Superintendent presented the report.", BODY),
        Paragraph("Action agreed: COM 28/09 (see the action log).", BODY),
        Paragraph("3. Stalking", H3),
        Paragraph("The Detective Chief Inspector presented the report.", BODY),
        Paragraph("Action agreed: COM 28/10 (see the action log).", BODY),
        Paragraph("4. Any other business", H3),
        Paragraph("None.", BODY),
        PageBreak(),
        Paragraph("Action log", H2),
        grid([["Ref", "Meeting", "Action", "Progress"],
              ["COM 28/09", "21 March 2028", "Force to confirm when protection order training will be complete.",
               "Training finished in the last district on 28 April."],
              ["COM 28/10", "21 March 2028", "Force to bring an options paper on a central stalking team.",
               "The paper is being drafted."]], [55, 80, 170, 155]),
    ])

    actions = _actions(path)

    assert {n: (a["page"], a["topic"], a["status"]) for n, a in actions.items()} == {
        "COM 28/09": (2, "Domestic abuse: repeat victims", "complete"),
        "COM 28/10": (2, "Stalking", "outstanding")}


def test_rows_cited_once_after_the_last_of_several_items_take_no_item(tmp_path: Path) -> None:
    # one line closing notes of two items cites the log's rows: they were set on the notes, not on the last item
    path = pdf(tmp_path / "pack.pdf", [
        Paragraph("Community Outcomes Meeting", H1),
        Paragraph("Community Outcomes Meeting \u2013 notes of the meeting held on 21 March 2028", H2),
        Paragraph("2. Domestic abuse: repeat victims", H3),
        Paragraph("The Detective Superintendent presented the report.", BODY),
        Paragraph("3. Stalking", H3),
        Paragraph("The Detective Chief Inspector presented the report.", BODY),
        Paragraph("Actions: the actions agreed are set out in the action log (COM 28/09 \u2013 COM 28/11).", BODY),
        PageBreak(),
        Paragraph("Action log", H2),
        grid([["Ref", "Meeting", "Action", "Progress"],
              ["COM 28/09", "21 March 2028", "Force to confirm when protection order training will be complete.",
               "Training finished in the last district on 28 April."],
              ["COM 28/10", "21 March 2028", "Force to report how many repeat victims were referred to support.",
               "Figures due in June."],
              ["COM 28/11", "21 March 2028", "Force to bring an options paper on a central stalking team.",
               "The paper is being drafted."]], [55, 80, 170, 155]),
    ])

    actions = _actions(path)

    assert {n: a["topic"] for n, a in actions.items()} == {"COM 28/09": None, "COM 28/10": None, "COM 28/11": None}


def test_action_lines_with_a_letter_and_digit_reference_and_bullets_closed_by_theirs(tmp_path: Path) -> None:
    path = pdf(tmp_path / "pack.pdf", [
        Paragraph("Level 1 Meeting", H1),
        Paragraph("Minutes of the Level 1 Meeting held on 10 March 2028", H2),
        Paragraph("3. Roads policing", H3),
        Paragraph("The Chief Inspector presented the report.", BODY),
        Paragraph("Actions", H3),
        Paragraph("Action L1 28/05: The force to bring a motorcycle safety plan to the next meeting.", BODY),
        Paragraph("4. Serious violence", H3),
        Paragraph("The Superintendent presented the report.", BODY),
        Paragraph("Actions:", H3),
        ListFlowable([ListItem(Paragraph("Force to report on the effect of the summer operation. (L1 28/06)", BODY))],
                     bulletType="bullet"),
        PageBreak(),
        Paragraph("Paper B", BODY),
        Paragraph("Action log", H2),
        grid([["Ref", "Meeting", "Action", "Update", "Status"],
              ["L1 28/05", "10 March 2028", "The force to bring a motorcycle safety plan to the next meeting.",
               "In draft.", "Open"],
              ["L1 28/06", "10 March 2028", "Force to report on the effect of the summer operation.",
               "Report due in July.", "Open"]], [45, 70, 170, 110, 50]),
    ])

    actions = _actions(path)

    assert {n: (a["page"], a["text"]) for n, a in actions.items()} == {
        "L1 28/05": (1, "The force to bring a motorcycle safety plan to the next meeting."),
        "L1 28/06": (1, "Force to report on the effect of the summer operation.")}
