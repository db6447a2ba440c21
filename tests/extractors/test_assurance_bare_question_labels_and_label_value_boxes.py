"""Assurance decisions minuted in whole packs, on small real Word files and the
PDFs LibreOffice makes of them: questions under bare "Question N" headings in
notes of several items take their item's title as topic; a bold label run into
the decider's comment ("Commissioner's observations: ...") is no part of it;
the asker in brackets after a question's label is no part of the question; a
label | value box after the answer ("Assurance level | ...", "PCC comments |
...") gives the level and the comment, under a line naming the answer ("Chief
Constable's response"), also where a page break splits it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, decision_fields, published, records

from pipeline.ingest import read_document
from pipeline.layout import Table


_FIELDS = ("topic", "question_number", "question", "evidence_summary", "assurance", "commentary")


def _labelled(document: Document, label: str, text: str) -> None:
    """A paragraph opening with a bold label run into it: "**label** text"."""
    paragraph = document.add_paragraph()
    paragraph.add_run(label).bold = True
    paragraph.add_run(f" {text}")


# Two scrutiny items of the notes, each with its questions numbered from 1, under bare "Question N" headings.
_ITEMS = {
    "Road safety": (
        ("How many people were killed or seriously injured on the county's roads this year?",
         "There were 212 casualties, down from 240.", "Assured",
         "Commissioner's observations:", "The Commissioner welcomed the fall."),
        ("How many speeding reports from community speed watch led to a warning letter?",
         "Letters went out on 1,104 of 1,530 reports.", "Partially assured",
         "Commissioner's view:", "The remaining reports must be followed up.")),
    "Rural crime": (
        ("How many thefts of farm machinery were solved?", "Nine of 61 thefts were solved.", "Not assured",
         "PCC comments:", "Too few thefts are solved."),)}


def _notes_of_two_items() -> Document:
    document = Document()
    document.add_heading("Note of the Scrutiny Meeting held on 14 October 2026", level=1)
    document.add_heading("1. Welcome and apologies", level=2)
    document.add_paragraph("The Commissioner welcomed attendees. No apologies had been received.")
    document.add_heading("2. Performance report", level=2)
    document.add_paragraph("The Deputy Chief Constable presented the report; there were no questions.")
    for number, (item, asked) in enumerate(_ITEMS.items(), start=3):
        document.add_heading(f"{number}. {item}", level=2)
        document.add_paragraph("The Force had answered the Commissioner's questions in writing.")
        for asked_number, (question, answer, level, label, comment) in enumerate(asked, start=1):
            document.add_heading(f"Question {asked_number}", level=3)
            document.add_paragraph(question)
            _labelled(document, "Response:", answer)
            _labelled(document, "Assurance rating:", level)
            _labelled(document, label, comment)
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_questions_under_bare_labels_take_their_items_title_and_drop_the_comments_bold_label(
        tmp_path: Path, form: str) -> None:
    # the notes hold two items, so the meeting has no topic: each question's is its own item's title
    levels = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}
    decisions = decision_fields(published(_notes_of_two_items(), tmp_path / "notes.docx", form), *_FIELDS, sort=True)
    assert decisions == sorted(
        (item, str(number), question, answer, levels[level], comment)
        for item, asked in _ITEMS.items()
        for number, (question, answer, level, _, comment) in enumerate(asked, start=1))


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_the_asker_in_brackets_after_a_questions_label_is_no_part_of_the_question(tmp_path: Path, form: str) -> None:
    document = Document()
    document.add_heading("Strategic Board \u2013 Record of the meeting held on 21 September 2026", level=1)
    document.add_paragraph("Topic: Business crime")
    asked = (("Chief Executive", "How has shop theft changed over the last year?", "Shop theft rose by 19%.",
              "Partly assured. The Commissioner asked for the charge rate by district."),
             ("Chief Finance Officer", "Is the business crime partnership value for money?",
              "No evaluation has been done.", "Not assured. Funding will depend on an evaluation."))
    for number, (asker, question, answer, outcome) in enumerate(asked, start=1):
        paragraph = document.add_paragraph()
        paragraph.add_run(f"Question {number}").bold = True
        paragraph.add_run(f" ({asker}): {question}")
        document.add_paragraph(f"Response: {answer}")
        _labelled(document, "Outcome:", outcome)
    assert decision_fields(published(document, tmp_path / "record.docx", form), *_FIELDS, sort=True) == [
        ("Business crime", "1", asked[0][1], asked[0][2], "Partly assured",
         "The Commissioner asked for the charge rate by district."),
        ("Business crime", "2", asked[1][1], asked[1][2], "Not assured", "Funding will depend on an evaluation.")]


_BOXED = (("How many county lines has the Force closed this year?",
           ("Forty-seven lines were closed.", "Most were run from outside the county."), "Assured",
           "The PCC congratulated the teams involved."),
          ("How are exploited children safeguarded after a line is closed?",
           ("Every child found on a line is referred to children's services.",), "Partially assured",
           "The PCC asked for the repeat figure."),
          ("What is the Force doing about drug-related violence in the towns?",
           ("Knife crime in the towns rose by 6%.",), "Not assured",
           "The PCC was concerned about the short-term funding and the lack of evaluation of the posts. " * 6))


def _boxed_notes(filler: int) -> Document:
    """Notes whose questions are "Q1: ..." headings, each over a bold "Chief Constable's response" line, the
    answer's paragraphs and a 2x2 "Assurance level" / "PCC comments" box; ``filler`` paragraphs before the
    last question push its box across a page break."""
    document = Document()
    document.add_heading("Note of the Performance and Accountability Meeting \u2013 29 September 2026", level=1)
    document.add_heading("3. Drug supply and county lines", level=2)
    for number, (question, answers, level, comment) in enumerate(_BOXED, start=1):
        if number == len(_BOXED):
            for line in range(filler):
                document.add_paragraph(f"Discussion point {line + 1}: the meeting noted the figures of the "
                                       "quarter for each district of the force area, as set out in the report.")
        document.add_heading(f"Q{number}: {question}", level=3)
        document.add_paragraph().add_run("Chief Constable's response").bold = True
        for answer in answers:
            document.add_paragraph(answer)
        box = document.add_table(rows=2, cols=2)
        box.style = "Table Grid"
        for row, (label, value) in enumerate((("Assurance level", level), ("PCC comments", comment))):
            box.cell(row, 0).text, box.cell(row, 1).text = label, value
    document.add_paragraph("Action TVP 26/12: Obtain the repeat figure from the local authorities.")
    return document


def _expected_boxed() -> list[tuple]:
    levels = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}
    return sorted(("Drug supply and county lines", str(number), question, "\n".join(answers), levels[level],
                   comment.strip()) for number, (question, answers, level, comment) in enumerate(_BOXED, start=1))


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_label_value_box_after_the_answer_gives_the_level_and_the_comment(tmp_path: Path, form: str) -> None:
    found = decision_fields(published(_boxed_notes(0), tmp_path / "notes.docx", form), *_FIELDS, sort=True)
    assert [d[:5] for d in found] == [d[:5] for d in _expected_boxed()]
    assert [" ".join(d[5].split()) for d in found] == [" ".join(d[5].split()) for d in _expected_boxed()]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice makes the office PDF")
@pytest.mark.parametrize(("filler", "mid_row"), [(19, True), (22, False)], ids=["mid-row", "between rows"])
def test_a_box_a_page_break_splits_is_read_whole(tmp_path: Path, filler: int, mid_row: bool) -> None:
    path = published(_boxed_notes(filler), tmp_path / "notes.docx", "office pdf")
    blocks = read_document(path, path.read_bytes(), "test").blocks
    box = [block for block in blocks if isinstance(block, Table)][-1]
    assert len(box.pages) == 2 and bool(box.continued_rows) == mid_row, \
        "the page break no longer falls where the test means it to: adjust the filler"
    asked_on = next(block.prov.page for block in blocks if _BOXED[2][0] in getattr(block, "text", ""))
    found = records(path)["assurance_decisions"]
    last = next(d for d in found if d["question_number"] == "3")
    assert (last["assurance"], " ".join(last["commentary"].split()), last["page"]) == (
        "Not assured", " ".join(_BOXED[2][3].split()), asked_on)
