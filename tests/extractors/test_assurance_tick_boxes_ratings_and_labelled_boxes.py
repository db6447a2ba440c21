"""Assurance forms, each on a small real PDF or Word file (a tick-box row per
question, a numbered rating read against a key line, a labelled box after each
answer), and the packs of samples/corpus/scrutiny-round13 against their
held-out gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document
from files import BODY, BOLD, H1, decision_records, grid, match_key, pdf
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

ROUND = Path(__file__).resolve().parents[2] / "samples" / "corpus" / "scrutiny-round13"
H2 = ParagraphStyle("h2", parent=BOLD, fontSize=13, leading=16, spaceBefore=6, spaceAfter=6)

_FIELDS = ("question_number", "topic", "question", "assurance", "commentary")


def _read(path: Path) -> list[tuple]:
    """Each decision's number, topic, question, level, commentary and evidence."""
    return [tuple(d[f] for f in (*_FIELDS, "evidence_summary")) for d in decision_records(path)]


def _question_table(document, number: int, question: str, response: str, ticks: str, comment: str) -> None:
    """A Word table laid out down the page, one per question, its assurance a row of tick boxes."""
    table = document.add_table(rows=4, cols=2)
    table.style = "Table Grid"
    for row, (label, text) in enumerate([(f"Question {number}", question), ("Response", response),
                                         ("Assurance", ticks), ("Commissioner's comments", comment)]):
        table.cell(row, 0).text, table.cell(row, 1).text = label, text
    document.add_paragraph()


def test_the_checked_box_of_a_printed_scale_is_the_level_in_a_word_form(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Accountability Meeting – notes of the meeting held on 9 October 2025", level=2)
    document.add_paragraph("Theme: Road safety")
    document.add_paragraph("The Commissioner records whether each answer gives assurance: Assured, Partially "
                           "assured or Not assured.")
    _question_table(document, 1, "How many people were killed or seriously injured on the roads this year?",
                    "There were 312 casualties, 6% fewer than last year.",
                    "\u2612 Assured      \u2610 Partially assured      \u2610 Not assured",
                    "The Commissioner welcomed the fall.")
    _question_table(document, 2, "Is the speed camera van deployed where collisions happen?",
                    "Deployments follow the collision map, but the map was last updated in 2023.",
                    "\u2610 Assured      \u2612 Partially assured      \u2610 Not assured",
                    "The Commissioner asked for the map to be refreshed.")
    _question_table(document, 3, "What has the drink-drive campaign achieved?",
                    "The Force could not give the number of tests carried out.",
                    "\u2610 Assured      \u2610 Partially assured      \u2611 Not assured",
                    "The Commissioner will return to this in the spring.")
    path = tmp_path / "accountability.docx"
    document.save(str(path))
    assert _read(path) == [
        ("1", "Road safety", "How many people were killed or seriously injured on the roads this year?", "Assured",
         "The Commissioner welcomed the fall.", "There were 312 casualties, 6% fewer than last year."),
        ("2", "Road safety", "Is the speed camera van deployed where collisions happen?", "Partly assured",
         "The Commissioner asked for the map to be refreshed.",
         "Deployments follow the collision map, but the map was last updated in 2023."),
        ("3", "Road safety", "What has the drink-drive campaign achieved?", "Not assured",
         "The Commissioner will return to this in the spring.",
         "The Force could not give the number of tests carried out."),
    ]


def test_a_typed_cross_picks_the_level_and_a_scale_left_blank_decides_nothing(tmp_path: Path) -> None:
    flow = [
        Paragraph("Scrutiny Board – notes of the meeting held on 3 September 2025", H1),
        grid([["No.", "Question", "Force response", "Assurance"],
              ["1", "Are 999 calls answered within ten seconds?", "91% were, against a target of 90%.",
               "[ ] Assured [x] Partly assured [ ] Not assured"],
              ["2", "Are abandoned 101 calls called back?", "Call-backs began in August.",
               "[ ] Assured [ ] Partly assured [ ] Not assured"]],
             [30, 140, 150, 150]),
    ]
    found = decision_records(pdf(tmp_path / "board.pdf", flow))
    assert [(d["question_number"], d["assurance"]) for d in found] == [("1", "Partly assured"), ("2", None)]


def _rated(tmp_path: Path, key: list[Paragraph]) -> list[dict]:
    """The decisions of a PDF table rating each line of enquiry with a bare number, ``key`` printed under it."""
    flow = [
        Paragraph("Performance Board – record of the meeting held on 14 October 2025", H1),
        Paragraph("Topic: Missing people", BODY),
        grid([["LoE", "Line of enquiry", "Summary of response", "Rating", "Comment"],
              ["1", "How quickly are high-risk missing people found?", "Median time 4.2 hours.", "3",
               "Good performance."],
              ["2", "Are return interviews done within 72 hours?", "62% were.", "2",
               "The PCC wants the rate to rise."],
              ["3", "Are children missing from care treated as a priority?", "No figures were given.", "1",
               "The PCC asked for figures."]],
             [30, 130, 130, 45, 130]),
        *key,
    ]
    return decision_records(pdf(tmp_path / "board.pdf", flow))


def test_a_bare_rating_number_is_the_level_the_key_line_gives_it(tmp_path: Path) -> None:
    key = [Paragraph("Rating key: 3 = Assured; 2 = Partially assured; 1 = Not assured.", BODY)]
    assert [(d["question_number"], d["topic"], d["assurance"], d["commentary"]) for d in _rated(tmp_path, key)] == [
        ("1", "Missing people", "Assured", "Good performance."),
        ("2", "Missing people", "Partly assured", "The PCC wants the rate to rise."),
        ("3", "Missing people", "Not assured", "The PCC asked for figures."),
    ]


def test_a_rating_number_is_no_level_without_a_key_numbering_the_scale(tmp_path: Path) -> None:
    # one numbered level is a question's, not a key
    key = [Paragraph("Line of enquiry 2 – Limited assurance was given when this was last asked.", BODY)]
    assert [(d["question_number"], d["assurance"]) for d in _rated(tmp_path, key)] == [
        ("1", None), ("2", None), ("3", None)]


def _box(label: str, text: str) -> Table:
    """A one-column shaded box: the label over its text."""
    box = Table([[Paragraph(label, BOLD)], [Paragraph(text, BODY)]], colWidths=[440])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                             ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#e2efd9")),
                             ("BACKGROUND", (0, 1), (0, 1), colors.HexColor("#f2f2f2"))]))
    return box


def test_a_labelled_box_after_an_answer_is_its_level_and_commentary(tmp_path: Path) -> None:
    flow = [
        Paragraph("Holding to Account meeting – notes of the meeting held on 21 October 2025", H1),
        Paragraph("Theme 1: Rural crime", H2),
        Paragraph("Q1. How many farm machinery thefts were reported this year?", BOLD),
        Paragraph("There were 57 thefts, down from 80. Two organised groups were disrupted.", BODY),
        _box("Commissioner's assessment", "Full assurance. The Commissioner thanked the rural team."),
        _box("Note", "The figures are provisional until the year-end audit."),
        Paragraph("Theme 2: Fraud", H2),
        Paragraph("Q2. Are fraud victims contacted within five days?", BOLD),
        Paragraph("An audit of 150 reports found that 49% of victims were contacted in time.", BODY),
        _box("Commissioner's assessment", "No assurance. The Commissioner asked for a recovery plan."),
        Paragraph("Action: Bring a recovery plan for fraud victim contact to the next meeting.", BODY),
    ]
    assert _read(pdf(tmp_path / "hta.pdf", flow)) == [
        ("1", "Rural crime", "How many farm machinery thefts were reported this year?", "Assured",
         "The Commissioner thanked the rural team.",
         "There were 57 thefts, down from 80. Two organised groups were disrupted."),
        ("2", "Fraud", "Are fraud victims contacted within five days?", "Not assured",
         "The Commissioner asked for a recovery plan.",
         "An audit of 150 reports found that 49% of victims were contacted in time."),
    ]


@pytest.mark.parametrize("name", ["north-yorkshire-pam-2026-02-24.docx", "west-mercia-hta-2026-01-29.pdf",
                                  "avon-somerset-pab-2026-03-24.pdf"])
def test_tick_box_rating_and_labelled_box_packs_decide_as_their_gold(name: str) -> None:
    gold = json.loads((ROUND / "gold" / f"{name}.json").read_text())["records"]["assurance_decisions"]
    fields = (*_FIELDS, "evidence_summary", "meeting_date", "page")
    assert match_key(decision_records(ROUND / name), fields) == match_key(gold, fields)
