"""Minuted question blocks closing with a labelled line: under a label that
names assurance, or over a value that does ("PCC decision: Partly assured",
"Outcome: Assured", "Assurance: Substantial"), or a step of the pack's own
key ("Rating: 2" under "3 – assured; 2 – partly assured; ..."), the line is
the decision. Under a label that names none, a risk's rating ("Rating:
High"), an inspectorate's grade ("Assessment: Good"), a request's answer
("PCC's decision: No") or an agreement ("Decision: Agreed") is no level:
no decision (a high risk read Assured would invert the record). On Word
files, the PDFs LibreOffice makes of them and reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, decision_fields, published, word_table

from tests.ingest.pdf_builders import para, story_pdf

# (number, question, response) of the requests put to the Commissioner
_ASKED = (("1", "Will the Commissioner fund a second drone unit?", "The unit would cost £200,000 a year."),
          ("2", "Should the custody suite on the ring road reopen?", "Reopening needs £1.2m of repairs."),
          ("3", "Will the Commissioner back the new rural crime team?", "The team needs six officers."))
_FORMS = (*AS_PUBLISHED, "reportlab pdf")


def _notes(path: Path, form: str, label: str, values: list[str], key: str | None = None, closing: str = "line") -> Path:
    """Notes of one meeting: one item putting three questions, each with
    its response and closing with the label and its value: a line "<label>
    <value>" (``closing`` "line"), the label on a line above the value
    ("label above"), a one-row table of the label and the scale's options
    the value in bold ("scale", Word only), the label and the options on a
    line, the value in bold ("options"), or a box "<label> | <value> | PCC
    comments | ..." ("box", Word only); ``key``, a line keying the pack's
    scale, printed under the item's heading."""
    title = "Record of the Strategic Governance Board – 9 September 2027"
    item = "Item 4 – Requests to the Commissioner"
    if form == "reportlab pdf":
        story = [para(title, size=14, bold=True), para(item, size=12, bold=True)]
        story += [para(key)] if key else []
        for (number, question, response), value in zip(_ASKED, values):
            closed = (f"{label.rstrip(':')} " + " ".join(f"<b>{option}</b>" if option == value else option
                                                        for option in _OPTIONS)) if closing == "options" \
                else f"<b>{label}</b> {value}"
            story += [para(f"<b>Question {number}:</b> {question}"), para(f"<i>Response:</i> {response}", left=14),
                      para(closed, left=14)]
        path = path.with_suffix(".pdf")
        path.write_bytes(story_pdf(story))
        return path
    document = Document()
    document.add_heading(title, level=2)
    document.add_heading(item, level=3)
    if key:
        document.add_paragraph(key)
    for (number, question, response), value in zip(_ASKED, values):
        asked = document.add_paragraph()
        asked.add_run(f"Question {number}:").bold = True
        asked.add_run(f" {question}")
        answered = document.add_paragraph()
        answered.add_run("Response:").italic = True
        answered.add_run(f" {response}")
        if closing == "scale":
            table = document.add_table(rows=1, cols=1 + len(_OPTIONS))
            table.style = "Table Grid"
            row = table.rows[0]
            for cell, text in zip(row.cells, [label.rstrip(":"), *_OPTIONS]):
                cell.paragraphs[0].add_run(text).bold = text == value or None
        elif closing == "box":
            word_table(document, [[label.rstrip(":"), value, "PCC comments", "The Commissioner will return to this."]])
        elif closing == "options":
            line = document.add_paragraph(f"{label.rstrip(':')} ")
            for option in _OPTIONS:
                line.add_run(f"{option} ").bold = option == value or None
        elif closing == "label above":
            document.add_paragraph().add_run(label).bold = True
            document.add_paragraph(value)
        else:
            line = document.add_paragraph()
            line.add_run(label).bold = True
            line.add_run(f" {value}")
    return published(document, path.with_suffix(".docx"), form)


_OPTIONS = ("High", "Medium", "Low")


@pytest.mark.parametrize(("label", "values"), [
    # a risk's rating: "High" is no "Assured", "Low" no "Not assured"
    ("Rating:", ["High", "Medium", "Low"]),
    # the inspectorate's grades
    ("Assessment:", ["Good", "Requires improvement", "Inadequate"]),
    # a request's answer
    ("PCC's decision:", ["No", "Yes", "No"]),
    ("Confidence:", ["High", "Medium", "Low"]),
    ("Level:", ["High", "Medium", "Low"]),
    ("Risk:", ["High", "Medium", "Low"]),
    ("RAG:", ["Red", "Amber", "Green"]),
    ("Grade:", ["Good", "Adequate", "Inadequate"]),
    ("Priority:", ["High", "Medium", "Low"]),
    ("Decision:", ["Agreed", "Approved", "Not approved"]),
], ids=["rating", "assessment", "pcc-decision", "confidence", "level", "risk", "rag", "grade", "priority",
        "decision"])
@pytest.mark.parametrize("form", _FORMS)
def test_a_label_naming_no_assurance_takes_no_rating_grade_or_answer_for_a_level(
        tmp_path: Path, form: str, label: str, values: list[str]) -> None:
    """A minuted question's closing line whose label names no assurance
    over a value that names none and that no key of the pack makes a
    level gives no decision."""
    path = _notes(tmp_path / "requests", form, label, values)
    assert decision_fields(path, "question_number", "assurance", "assurance_raw") == []


@pytest.mark.parametrize(("label", "values", "key"), [
    ("PCC decision:", ["Partly assured", "Assured", "Not assured"], None),
    ("Outcome:", ["Partly assured", "Assured", "Not assured"], None),
    ("Assurance:", ["Limited", "Substantial", "No assurance"], None),
    # a label naming no assurance over the steps of the pack's own key
    ("Rating:", ["2", "3", "1"], "Ratings: 3 – the Commissioner is assured; 2 – the Commissioner is partly assured; "
                                 "1 – the Commissioner is not assured."),
    ("Rating:", ["Medium", "High", "Low"], "Key: High – the Commissioner is assured; Medium – the Commissioner is "
                                           "partly assured; Low – the Commissioner is not assured."),
], ids=["decision-naming-assurance", "outcome-naming-assurance", "assurance-label", "keyed-scores", "keyed-words"])
@pytest.mark.parametrize("form", _FORMS)
def test_a_level_naming_assurance_or_keyed_by_the_pack_is_still_read(
        tmp_path: Path, form: str, label: str, values: list[str], key: str | None) -> None:
    """The same closing lines give each question its level where the label
    or the value names assurance, or the pack keys the value."""
    path = _notes(tmp_path / "levels", form, label, values, key)
    assert decision_fields(path, "question_number", "assurance", "assurance_raw") == [
        ("1", "Partly assured", values[0]), ("2", "Assured", values[1]), ("3", "Not assured", values[2])]


@pytest.mark.parametrize("closing", ["scale", "box", "label above"])
@pytest.mark.parametrize("label", ["Rating:", "Risk:", "Priority:", "Confidence:"])
@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_rating_set_apart_in_a_scale_a_box_or_under_its_label_is_no_level(
        tmp_path: Path, form: str, label: str, closing: str) -> None:
    """The same ratings printed as a scale of options with the chosen one in
    bold, in a label | value box beside a comment, or under the label on a
    line of its own give no decision either."""
    path = _notes(tmp_path / "rated", form, label, ["High", "Medium", "Low"], closing=closing)
    assert decision_fields(path, "question_number", "assurance", "assurance_raw") == []


@pytest.mark.parametrize("form", _FORMS)
def test_inspection_grades_quoted_in_the_notes_are_no_level(tmp_path: Path, form: str) -> None:
    """An inspectorate's grade quoted on a line of its own under a label
    naming no level ("HMICFRS grade:" over "Good"), no key of the pack
    making it one, gives no decision."""
    path = _notes(tmp_path / "graded", form, "HMICFRS grade:", ["Good", "Adequate", "Inadequate"],
                  closing="label above" if form != "reportlab pdf" else "line")
    assert decision_fields(path, "question_number", "assurance", "assurance_raw") == []


@pytest.mark.parametrize("label", ["Rating:", "Risk:"])
@pytest.mark.parametrize("form", _FORMS)
def test_a_rating_set_apart_in_bold_among_its_options_on_a_line_is_no_level(
        tmp_path: Path, form: str, label: str) -> None:
    """"Rating **High** Medium Low" (a borderless scale read as a line): the
    option in bold is the rating's, no level."""
    path = _notes(tmp_path / "options", form, label, ["High", "Medium", "Low"], closing="options")
    assert decision_fields(path, "question_number", "assurance", "assurance_raw") == []
