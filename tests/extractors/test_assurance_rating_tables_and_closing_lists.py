"""Assurance forms of the released scrutiny rounds 30 and 30b, on real
files: a rating in a one-row "Assurance rating | <rating>" table under each
question, read on the pack's own scale (colour words by the key line, a
score by its key, a word of the scale); a closing list of per-question
decisions ("4.1 – Partially assured: ..."), each bullet deciding the
question minuted under that number."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from files import BODY, BOLD, H1, pdf, records, word_table
from reportlab.platypus import ListFlowable, ListItem, Paragraph

# (question, answer bullets, rating as printed, the PCC's comment)
_RATED = (("How many reports of anti-social behaviour did the force receive last year?",
           ("Reports fell by 7 per cent.", "Town centre reports rose by 4 per cent."),
           "The PCC noted the overall reduction."),
          ("What use has the force made of Closure Orders?", ("Eight Closure Orders were obtained.",),
           "The PCC asked for a breakdown by district."),
          ("How many case reviews met the threshold?", ("Nineteen of fifty-two met it.",),
           "The PCC asked for an audit."))
_LEVELS = ["Assured", "Partly assured", "Not assured"]


def _rated_notes(path: Path, key_line: str | None, label: str, ratings: tuple[str, str, str],
                 fills: tuple[str, str, str] | None, comment_beside: bool = False) -> list[dict]:
    """Notes of one meeting with a theme line, an optional key line, and
    under each "Question N" heading the bold question, "Response:", its
    bullets, a one-row table ``label`` | rating (its cell shaded with
    ``fills``) and a "PCC comment:" paragraph, or with ``comment_beside``
    the comment's label and words in the table's next two cells."""
    document = Document()
    document.add_heading("Summary of the Performance & Accountability Meeting \u2013 14 January 2027", level=1)
    document.add_paragraph("Theme: Anti-social behaviour")
    if key_line:
        document.add_paragraph(key_line)
    for n, ((question, answer, comment), rating) in enumerate(zip(_RATED, ratings), start=1):
        document.add_heading(f"Question {n}", level=3)
        document.add_heading(question, level=3)
        document.add_paragraph().add_run("Response:").italic = True
        for line in answer:
            document.add_paragraph(line, style="List Bullet")
        cells = [label, rating, "PCC comment", comment] if comment_beside else [label, rating]
        table = document.add_table(rows=1, cols=len(cells))
        table.style = "Table Grid"
        for col, text in enumerate(cells):
            table.cell(0, col).text = text
        if fills:
            table.cell(0, 1)._tc.get_or_add_tcPr().append(
                parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="{fills[n - 1]}"/>'))
        if not comment_beside:
            document.add_paragraph(f"PCC comment: {comment}")
    document.save(str(path))
    return records(path)["assurance_decisions"]


@pytest.mark.parametrize(("key_line", "label", "ratings", "fills", "comment_beside"), [
    ("Assurance ratings: GREEN \u2013 the PCC is assured by the response; AMBER \u2013 the PCC is partially "
     "assured and has asked for more; RED \u2013 the PCC is not assured.",
     "Assurance rating", ("GREEN", "AMBER", "RED"), ("00B050", "FFC000", "FF0000"), False),
    ("Assurance scores: 3 \u2013 Substantial assurance; 2 \u2013 Limited assurance; 1 \u2013 No assurance.",
     "Assurance score", ("3", "2", "1"), None, False),
    (None, "Level of assurance", ("Reasonable", "Limited", "No assurance"), None, False),
    (None, "Assurance rating", ("Reasonable", "Limited", "No assurance"), None, True),
], ids=["colour words by the key", "score by the key", "words of the scale", "comment beside the rating"])
def test_a_one_row_rating_table_under_each_question_decides_it(
        tmp_path: Path, key_line: str | None, label: str, ratings: tuple[str, str, str],
        fills: tuple[str, str, str] | None, comment_beside: bool) -> None:
    found = sorted(_rated_notes(tmp_path / "rated.docx", key_line, label, ratings, fills, comment_beside),
                   key=lambda d: d["question_number"])
    assert [(d["question_number"], d["question"], d["assurance"], d["commentary"]) for d in found] == [
        (str(n), question, level, comment) for n, ((question, _, comment), level)
        in enumerate(zip(_RATED, _LEVELS), start=1)]
    assert [" ".join(d["evidence_summary"].split()) for d in found] == [" ".join(answer) for _, answer, _ in _RATED]
    # the summary's heading opens the meeting, no item: the topic is the theme it states
    assert {(d["topic"], d["meeting_date"], d["page"]) for d in found} == {("Anti-social behaviour", "2027-01-14", None)}


def _item(number: int, title: str, questions: list[tuple[str, str]], decided: list[str]) -> list:
    """An item of numbered minutes: its bold title, "<n>.<k> Question: ...?"
    and "Response: ..." paragraphs, then the closing "PFCC assurance:" list."""
    flow = [ListFlowable([ListItem(Paragraph(f"{title}.", BOLD), value=number)], bulletType="1", start=number)]
    for k, (question, answer) in enumerate(questions, start=1):
        flow += [Paragraph(f"{number}.{k} <b>Question:</b> {question}", BODY),
                 Paragraph(f"<b>Response:</b> {answer}", BODY)]
    flow.append(Paragraph("PFCC assurance:", BOLD))
    flow.append(ListFlowable([ListItem(Paragraph(line, BODY)) for line in decided], bulletType="bullet"))
    return flow


def test_a_closing_list_of_levels_by_number_decides_each_question(tmp_path: Path) -> None:
    """Each bullet of the list closing an item ("4.1 – Partially assured:
    the PFCC asked ...") decides the question minuted as 4.1: its level, the
    words after the colon its commentary, the response its evidence, the
    item's title (printed with a full stop) its topic."""
    path = pdf(tmp_path / "listed.pdf", [
        Paragraph("Minutes of the Performance and Resources Scrutiny Board \u2013 27 April 2027", H1),
        *_item(4, "Call handling and the 101 service",
               [("How long did 101 calls take to answer?", "The average was 6 minutes."),
                ("How many 999 calls were answered within ten seconds?", "91 per cent were."),
                ("Does the force call back abandoned calls?", "It does not.")],
               ["4.1 \u2013 Partially assured: the PFCC asked for a staffing plan.", "4.2 \u2013 Assured",
                "4.3 \u2013 Not assured: the PFCC was concerned that crimes may be lost."]),
        *_item(5, "Retail crime", [("How is the retail crime plan used?", "A named officer leads it in each district."),
                                   ("How is retailer confidence measured?", "No measure yet.")],
               ["5.1 Assured: the PFCC welcomed the rise in charges.",
                "5.2 Partially assured \u2013 the survey should report by the autumn."]),
    ])
    found = sorted(records(path)["assurance_decisions"], key=lambda d: d["question_number"])
    assert [(d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"], d["topic"])
            for d in found] == [
        ("4.1", "How long did 101 calls take to answer?", "The average was 6 minutes.", "Partly assured",
         "the PFCC asked for a staffing plan.", "Call handling and the 101 service"),
        ("4.2", "How many 999 calls were answered within ten seconds?", "91 per cent were.", "Assured", None,
         "Call handling and the 101 service"),
        ("4.3", "Does the force call back abandoned calls?", "It does not.", "Not assured",
         "the PFCC was concerned that crimes may be lost.", "Call handling and the 101 service"),
        ("5.1", "How is the retail crime plan used?", "A named officer leads it in each district.", "Assured",
         "the PFCC welcomed the rise in charges.", "Retail crime"),
        ("5.2", "How is retailer confidence measured?", "No measure yet.", "Partly assured",
         "the survey should report by the autumn.", "Retail crime"),
    ]
    assert {(d["meeting_date"], d["page"]) for d in found} == {("2027-04-27", 1)}


def test_the_sentence_filling_a_level_label_is_no_commentary(tmp_path: Path) -> None:
    """"Outcome: The PCC was partially assured. He asked ...": the sentence
    stating the level fills the label's slot; the sentences after it are
    the commentary. So under an "Assurance statement:" heading: a sentence
    that only states the level is no commentary there either."""
    path = pdf(tmp_path / "outcome.pdf", [
        Paragraph("Minutes of the Performance Accountability Meeting held on 24 March 2027", H1),
        Paragraph("<b>Question 1:</b> What enforcement has the force carried out against drink driving?", BODY),
        Paragraph("The force made 412 arrests in its winter campaign.", BODY),
        Paragraph("<b>Outcome:</b> The PCC was partially assured. He was concerned that testing kits ran short.",
                  BODY),
        Paragraph("<b>Question 2:</b> How are dashcam reports from the public dealt with?", BODY),
        Paragraph("A team of four reviews every submission within a week.", BODY),
        Paragraph("Assurance statement:", BOLD),
        Paragraph("The PCC was assured. He thanked the team for its work.", BODY),
    ])
    found = sorted(records(path)["assurance_decisions"], key=lambda d: d["question_number"])
    assert [(d["question_number"], d["assurance"], d["commentary"]) for d in found] == [
        ("1", "Partly assured", "He was concerned that testing kits ran short."),
        ("2", "Assured", "He thanked the team for its work.")]


def test_a_summary_of_ticked_levels_takes_the_answers_of_the_table_that_asked(tmp_path: Path) -> None:
    """No. | Question | Response, then an "Assurance summary" of ticks
    (No. | Question | Assured | Partially assured | Not assured | Comments):
    each decision's evidence is the Response cell of its question."""
    path = tmp_path / "ticked.docx"
    document = Document()
    document.add_heading("Notes of the Public Accountability Meeting \u2013 23 February 2027", level=1)
    document.add_paragraph("Topic: Retail crime")
    word_table(document, [["No.", "Question", "Response"],
                          ["1", "How has shoplifting changed in the last year?", "Offences rose by 12 per cent."],
                          ["2", "Are the new business crime officers in post?", "Four of the six posts are filled."]])
    document.add_heading("Assurance summary", level=3)
    word_table(document, [["No.", "Question", "Assured", "Partially assured", "Not assured", "Comments"],
                          ["1", "How has shoplifting changed in the last year?", "\u2713", "", "",
                           "Good progress."],
                          ["2", "Are the new business crime officers in post?", "", "\u2713", "", ""]])
    document.save(str(path))
    found = sorted(records(path)["assurance_decisions"], key=lambda d: d["question_number"])
    assert [(d["question_number"], d["assurance"], d["evidence_summary"], d["commentary"]) for d in found] == [
        ("1", "Assured", "Offences rose by 12 per cent.", "Good progress."),
        ("2", "Partly assured", "Four of the six posts are filled.", None)]


def test_a_decisions_table_after_prose_minutes_takes_each_answer_by_item_and_letter(tmp_path: Path) -> None:
    """Minutes in prose ("The DMPC asked ... The Met reported ..."), closed
    by a Decisions table Item | Matter considered | Outcome: each row is a
    decision, its question the matter, its level and commentary the
    outcome's ("DMPC not assured – <comment>"), its evidence the answer
    minuted after the question its number points to ("3b": item 3's second
    question), its topic that item's title."""
    path = tmp_path / "decisions.docx"
    document = Document()
    document.add_heading("Minutes of the Oversight Board \u2013 23 February 2027", level=1)
    document.add_heading("1. Welcome and apologies", level=2)
    document.add_paragraph("The DMPC welcomed attendees.")
    document.add_heading("3. Missing people", level=2)
    document.add_paragraph("The Assistant Commissioner introduced the report.")
    document.add_paragraph("The DMPC asked how many reports had been received in 2026. The Met reported 41,900 "
                           "reports, a rise of 3 per cent.")
    document.add_paragraph("The DMPC asked whether return home interviews were completed within 72 hours.")
    document.add_paragraph("The Met said it did not hold the boroughs' data.")
    document.add_paragraph("The DMPC asked how the new hub was changing outcomes. The hub had opened in December.")
    document.add_heading("Decisions", level=2)
    word_table(document, [["Item", "Matter considered", "Outcome"],
                          ["3a", "Volume of missing person reports", "DMPC assured"],
                          ["3b", "Return home interviews within 72 hours",
                           "DMPC not assured \u2013 the Met to agree a data-sharing route"],
                          ["3c", "Impact of the missing persons hub",
                           "DMPC partially assured \u2013 too early to judge; return in six months"]])
    document.save(str(path))
    found = sorted(records(path)["assurance_decisions"], key=lambda d: d["question_number"])
    assert [(d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"], d["topic"])
            for d in found] == [
        ("3a", "Volume of missing person reports", "The Met reported 41,900 reports, a rise of 3 per cent.",
         "Assured", None, "Missing people"),
        ("3b", "Return home interviews within 72 hours", "The Met said it did not hold the boroughs' data.",
         "Not assured", "the Met to agree a data-sharing route", "Missing people"),
        ("3c", "Impact of the missing persons hub", "The hub had opened in December.", "Partly assured",
         "too early to judge; return in six months", "Missing people"),
    ]


def test_a_decisions_row_numbered_by_its_item_alone_takes_the_items_one_question(tmp_path: Path) -> None:
    """A Decisions row numbered "4" points to item 4, where the decider put one question in prose."""
    path = tmp_path / "items.docx"
    document = Document()
    document.add_heading("Minutes of the Oversight Board \u2013 23 February 2027", level=1)
    for number, title, asked, answer in ((3, "Missing people", "The DMPC asked how many reports were received.",
                                          "The Met reported 41,900."),
                                         (4, "Stop and search", "The DMPC asked how searches were monitored.",
                                          "Community groups review footage monthly.")):
        document.add_heading(f"{number}. {title}", level=2)
        document.add_paragraph(f"{asked} {answer}")
    document.add_heading("Decisions", level=2)
    word_table(document, [["Item", "Matter considered", "Outcome"],
                          ["3", "Volume of missing person reports", "Assured"],
                          ["4", "Monitoring of stop and search", "Partially assured"]])
    document.save(str(path))
    found = sorted(records(path)["assurance_decisions"], key=lambda d: d["question_number"])
    assert [(d["question_number"], d["evidence_summary"], d["assurance"], d["topic"]) for d in found] == [
        ("3", "The Met reported 41,900.", "Assured", "Missing people"),
        ("4", "Community groups review footage monthly.", "Partly assured", "Stop and search")]
