"""A key table of the office's own outcomes ("Outcome | What it means":
Close, Monitor, Escalate, each explained as assured, partly or not) set
between an item's heading and its decisions table, on a small real
reportlab PDF: the key is no part of the notes' flow, so the decisions
under it take the item's title as topic, not the theme the pack's front
page gives, nor none where the notes hold other items."""

from __future__ import annotations

from pathlib import Path

from files import BODY, BOLD, H1, grid, pdf, records
from reportlab.platypus import Paragraph

# (question, response, outcome, canonical level)
_LINES = (("How many shop thefts were recorded last year?", "There were 9,300, up by a tenth.", "Close", "Assured"),
          ("How are repeat offenders managed?", "A new scheme began in March.", "Monitor", "Partly assured"),
          ("How are retail workers protected?", "No figures were given.", "Escalate", "Not assured"))


def test_decisions_under_a_key_of_own_outcomes_take_the_items_title(tmp_path: Path) -> None:
    key = grid([["<b>Outcome</b>", "<b>What it means</b>"],
                ["Close", "The Commissioner is assured by the answer; the line of enquiry is closed."],
                ["Monitor", "The Commissioner is partly assured; the line of enquiry stays open."],
                ["Escalate", "The Commissioner is not assured; the matter goes to her formal meeting."]], [80, 320])
    rows = [["<b>LOE</b>", "<b>Line of enquiry</b>", "<b>Force response</b>", "<b>Outcome</b>"]]
    rows += [[f"LOE {n}", question, response, outcome] for n, (question, response, outcome, _) in enumerate(_LINES, 1)]
    path = pdf(tmp_path / "pack.pdf", [
        Paragraph("Accountability Board", H1),
        Paragraph("Tuesday 25 April 2027 at 10.00am", BODY),
        Paragraph("Theme: Missing people", BODY),
        Paragraph("Notes of the Accountability Board held on 28 February 2027", H1),
        Paragraph("Item 3: Retail crime", BOLD),
        Paragraph("At the end of each line of enquiry the Commissioner records one of three outcomes:", BODY),
        key,
        Paragraph(" ", BODY),
        grid(rows, [40, 160, 160, 60]),
        Paragraph("Item 4: Road safety", BOLD),
        Paragraph("The force presented its road safety report, which was noted.", BODY)])
    assert sorted((d["question_number"], d["topic"], d["assurance"])
                  for d in records(path)["assurance_decisions"]) == [
        (str(n), "Retail crime", level) for n, (_, _, _, level) in enumerate(_LINES, 1)]
