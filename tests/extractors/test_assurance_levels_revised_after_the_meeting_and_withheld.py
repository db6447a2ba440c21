"""A level cell printing the level at the meeting and the one it was revised
to afterwards ("Partly assured at the meeting; revised to Assured on ..."),
or the decider's sentence doing so in minutes: the decision is the latest
level, the words as printed its assurance_raw; a level still to come ("to
be raised to Assured once ...") is no revision. A
level cell withholding the level ("Deferred", "Not assessed", "Deferred to
July", or a code the key says withholds it: "n/r – not rated") gives a
decision with no level whose assurance_raw keeps the words."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from files import (BODY, BOLD, H1, QUESTIONS_ASKED, QUESTION_TABLE_HEADER, decision_fields, docx, pdf,
                   question_table_notes)

_CELL = BODY.clone("cell", fontSize=9, leading=11, spaceAfter=0)
_BOLD_CELL = BOLD.clone("bold cell", fontSize=9, leading=11, spaceAfter=0)


_FIELDS = ("question_number", "assurance", "assurance_raw", "commentary")


_REVISED = ("Partly assured at the meeting; revised to Assured on 16 August 2027 when the audit was received.",
            "Assured at the meeting, then lowered to Not assured on 2 May 2027 after the inspection.",
            "Partly assured \u2013 to be raised to Assured once the plan is delivered.")


def test_the_latest_level_of_a_cell_revised_after_the_meeting_is_the_decision_in_a_word_file(tmp_path: Path) -> None:
    path = question_table_notes(tmp_path / "notes.docx", QUESTION_TABLE_HEADER, list(_REVISED))
    assert [(number, level, raw) for number, level, raw, _ in decision_fields(path, *_FIELDS)] == [
        ("1", "Assured", _REVISED[0].rstrip(".")),
        ("2", "Not assured", _REVISED[1].rstrip(".")),
        ("3", "Partly assured", "Partly assured")]


def test_a_bold_level_cell_revised_after_the_meeting_on_a_pdf(tmp_path: Path) -> None:
    rows = [["No.", "Question", "Response", "Level of assurance", "Mayor's comment"],
            *[[str(n), question, answer, level, comment] for n, ((question, answer, comment), level)
              in enumerate(zip(QUESTIONS_ASKED, ("Assured", _REVISED[0], "Not assured")), start=1)]]
    table = Table([[Paragraph(text, _BOLD_CELL if col == 3 and row else _CELL) for col, text in enumerate(values)]
                   for row, values in enumerate(rows)], colWidths=[30, 120, 130, 100, 110])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    flow = [Paragraph("Minutes of the Public Accountability Board held on 20 July 2027", H1),
            Paragraph("4. Child exploitation", BOLD),
            Paragraph("Where a level was revised after the meeting, both levels are shown.", BODY), table]
    assert decision_fields(pdf(tmp_path / "minutes.pdf", flow), *_FIELDS) == [
        ("1", "Assured", "Assured", QUESTIONS_ASKED[0][2]),
        ("2", "Assured", _REVISED[0].rstrip("."), QUESTIONS_ASKED[1][2]),
        ("3", "Not assured", "Not assured", QUESTIONS_ASKED[2][2])]


def test_the_deciders_sentence_revising_its_level_after_the_meeting_in_minutes(tmp_path: Path) -> None:
    revised = ("The Mayor was partly assured at the meeting; the level was later raised to Assured on 16 August "
               "2027 when the figures arrived.")
    lines = [("h2", "Minutes of the Accountability Board held on 14 April 2027"), ("h3", "3. Neighbourhood crime")]
    said_of = ("The Mayor was assured.", revised)
    for number, ((question, answer, _), said) in enumerate(zip(QUESTIONS_ASKED[:2], said_of), start=1):
        lines += [("p", f"Question {number}: {question}"), ("p", answer), ("p", said)]
    assert decision_fields(docx(tmp_path / "minutes.docx", lines), *_FIELDS) == [
        ("1", "Assured", "assured", None),
        ("2", "Assured", revised.removeprefix("The Mayor was ").rstrip("."), revised)]


def test_a_withheld_level_keeps_its_words_in_a_word_file(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Oversight Board \u2013 minutes of 26 April 2027", level=2)
    document.add_heading("Item 3: Public confidence", level=3)
    table = document.add_table(rows=4, cols=4)
    table.style = "Table Grid"
    for col, text in enumerate(("Ref", "Question", "Response", "DMPC assurance")):
        table.cell(0, col).text = text
    # the level in bold over the comment, in one cell
    for row, ((question, answer, comment), level) in enumerate(
            zip(QUESTIONS_ASKED, ("Partly assured", "Deferred", "Not assessed")), start=1):
        table.cell(row, 0).text, table.cell(row, 1).text, table.cell(row, 2).text = f"PC{row}", question, answer
        cell = table.cell(row, 3)
        cell.paragraphs[0].add_run(level).bold = True
        cell.add_paragraph(comment)
    document.save(str(tmp_path / "minutes.docx"))
    assert decision_fields(tmp_path / "minutes.docx", *_FIELDS) == [
        ("PC1", "Partly assured", "Partly assured", QUESTIONS_ASKED[0][2]),
        ("PC2", None, "Deferred", QUESTIONS_ASKED[1][2]),
        ("PC3", None, "Not assessed", QUESTIONS_ASKED[2][2])]


def test_a_withheld_level_beside_a_comment_column_keeps_its_words(tmp_path: Path) -> None:
    levels = ["Assured", "Deferred to July", "Deferred to the June meeting, when the figures are ready."]
    path = question_table_notes(tmp_path / "notes.docx", QUESTION_TABLE_HEADER, levels)
    assert [(number, level, raw) for number, level, raw, _ in decision_fields(path, *_FIELDS)] == [
        ("1", "Assured", "Assured"), ("2", None, "Deferred to July"), ("3", None, "Deferred to the June meeting")]


def test_a_code_the_key_says_withholds_the_level_is_kept_as_printed(tmp_path: Path) -> None:
    path = question_table_notes(tmp_path / "notes.docx", QUESTION_TABLE_HEADER, ["Assured", "n/r", "Not assured"],
                                after=["n/r \u2013 not rated."])
    assert decision_fields(path, *_FIELDS) == [("1", "Assured", "Assured", QUESTIONS_ASKED[0][2]),
                                ("2", None, "n/r", QUESTIONS_ASKED[1][2]),
                                ("3", "Not assured", "Not assured", QUESTIONS_ASKED[2][2])]


def test_a_rating_raised_in_a_clause_not_dated_after_the_meeting_is_no_revision(tmp_path: Path) -> None:
    # neither the level as its subject, an adverb of time, "at the meeting" nor a date after: another rating's history
    cells = ["Partly assured, raised to Substantial from Limited in 2025", "Not assured",
             "Limited; later raised to Substantial"]
    path = question_table_notes(tmp_path / "notes.docx", QUESTION_TABLE_HEADER, cells)
    assert decision_fields(path, *_FIELDS) == [
        ("1", "Partly assured", "Partly assured", QUESTIONS_ASKED[0][2]),
        ("2", "Not assured", "Not assured", QUESTIONS_ASKED[1][2]),
        ("3", "Assured", cells[2], QUESTIONS_ASKED[2][2])]
