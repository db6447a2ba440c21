"""A question table with no level column whose answer cells close with the
decider's conclusion under its label ("Panel's verdict: Partly assured –
..."): the closing line is the decision, its level and commentary, and the
lines above it the evidence. An answer that only mentions assurance, or a
table with no question column, decides nothing. On real Word files and the
PDFs LibreOffice makes of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, decision_records, published, word_table

# (number, question, the answer's bullets, its closing line)
_CONCLUDED = (
    ("Q1", "How many cyclists were injured on the ring road this year?",
     ["Injuries fell from 48 to 31 after the new crossings opened."],
     "PCC's overall view: Assured \u2013 the Commissioner welcomed the fall in injuries."),
    ("Q2", "How quickly are dashcam submissions reviewed?",
     ["Most submissions are reviewed within ten days.", "A backlog of 600 built up over the summer."],
     "Panel's verdict: Partly assured \u2013 the backlog must be cleared by spring."),
    ("Q3", "How does the Force share collision data with the highways team?",
     ["There is no agreement in place; data is shared on request."],
     "The Commissioner's assessment: Not assured \u2013 a written agreement with the highways team is needed."),
)


def _notes(path: Path, form: str, header: list[str], rows: tuple[tuple[str, str, list[str], str], ...]) -> Path:
    """Notes of one meeting whose question table prints each answer as
    bullets over one closing line."""
    document = Document()
    document.add_heading("Notes of the Road Safety Panel held on 9 March 2027", level=2)
    document.add_heading("Item 4 \u2013 Vulnerable road users", level=3)
    document.add_paragraph("The panel's conclusion on each question is given at the end of the answer.")
    word_table(document, [header, *([number, question, ""] for number, question, _, _ in rows)])
    for row, (_, _, bullets, closing) in enumerate(rows, start=1):
        answer = document.tables[-1].cell(row, 2)
        answer.paragraphs[0].style = "List Bullet"
        answer.paragraphs[0].add_run(bullets[0])
        for bullet in bullets[1:]:
            answer.add_paragraph(bullet, style="List Bullet")
        answer.add_paragraph(closing)
    return published(document, path, form)


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_the_deciders_conclusion_closing_each_answer_is_its_decision(tmp_path: Path, form: str) -> None:
    """Each answer's closing line, under any decider's label for its level
    (its view, verdict or assessment), gives the level and the words after
    its dash the commentary; the bullets above it are the evidence."""
    path = _notes(tmp_path / "concluded.docx", form, ["Q", "Question", "Answer"], _CONCLUDED)
    found = [(d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["assurance_raw"],
              d["commentary"], d["topic"]) for d in decision_records(path)]
    assert found == [
        ("1", "How many cyclists were injured on the ring road this year?",
         "Injuries fell from 48 to 31 after the new crossings opened.", "Assured", "Assured",
         "the Commissioner welcomed the fall in injuries.", "Vulnerable road users"),
        ("2", "How quickly are dashcam submissions reviewed?",
         "Most submissions are reviewed within ten days.\nA backlog of 600 built up over the summer.",
         "Partly assured", "Partly assured", "the backlog must be cleared by spring.", "Vulnerable road users"),
        ("3", "How does the Force share collision data with the highways team?",
         "There is no agreement in place; data is shared on request.", "Not assured", "Not assured",
         "a written agreement with the highways team is needed.", "Vulnerable road users"),
    ]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_answers_that_only_mention_assurance_decide_nothing(tmp_path: Path, form: str) -> None:
    """Closing lines that are the answer's own (the Force's assurance, a
    remark with no decider's label) give no decision."""
    mentioned = tuple((number, question, bullets, closing) for (number, question, bullets, _), closing in zip(
        _CONCLUDED, ["The Force gave assurance that the crossings will be kept.",
                     "Force view: assured that the backlog will clear.",
                     "The Commissioner was told an agreement is being drafted."]))
    path = _notes(tmp_path / "mentioned.docx", form, ["Q", "Question", "Answer"], mentioned)
    assert decision_records(path) == []


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_performance_table_closing_with_a_view_decides_nothing(tmp_path: Path, form: str) -> None:
    """A table of measures, no question asked, gives no decision though its
    updates close with the Commissioner's view."""
    measures = tuple((str(n), measure, [figure], "Commissioner's view: Assured \u2013 on target.")
                     for n, (measure, figure) in enumerate([("Killed or seriously injured", "112 against 120"),
                                                            ("Speeding offences detected", "4,210 against 4,000")],
                                                           start=1))
    path = _notes(tmp_path / "measures.docx", form, ["No.", "Measure", "Performance"], measures)
    assert decision_records(path) == []


@pytest.mark.parametrize("closings", [
    # the decider's decision on a request: an answer, no level
    ["PCC's decision: No \u2013 not affordable this year.", "PCC's decision: Deferred to the June board.",
     "PCC's decision: Approved \u2013 paid from the community fund."],
    # a risk's rating: "High" is no "Assured"
    ["Board's rating: High \u2013 a contingency plan is being drawn up.", "Board's rating: Medium \u2013 reviewed quarterly.",
     "Board's rating: Low \u2013 the risk is tolerated."],
    # the inspectorate's grades restated
    ["Board's assessment: Adequate \u2013 as the inspectorate found.", "Board's assessment: Inadequate.",
     "Board's assessment: Good."],
], ids=["request-decisions", "risk-ratings", "grades"])
@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_closing_label_naming_no_assurance_takes_no_answer_grade_or_rating_for_a_level(
        tmp_path: Path, form: str, closings: list[str]) -> None:
    """Under a label that names no assurance (the decider's decision,
    rating or assessment), a Yes / No answer, a grade or a risk's rating is
    no level and a deferral of something else withholds none: no decision
    (a high risk read as Assured would invert the record)."""
    rows = tuple((number, question, bullets, closing) for (number, question, bullets, _), closing
                 in zip(_CONCLUDED, closings))
    path = _notes(tmp_path / "not-assurance.docx", form, ["Q", "Question", "Answer"], rows)
    assert decision_records(path) == []
