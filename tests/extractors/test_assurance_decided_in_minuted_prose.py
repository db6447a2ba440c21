"""Decisions minuted in prose, each form on a small real PDF or Word file:
numbered minutes whose "Question N:" label numbers the question (not the
minute's "5.2"), answered in minutes whose numbers are no part of the evidence,
and decided by the decider's sentence in other verbs ("had received substantial
assurance", "had taken no assurance", "could take only limited assurance"); one
sentence giving several questions their levels by number, in either order or
withholding it ("but not on question 2"), with the paragraph naming a question
its commentary; a summary listing each question with its level."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, BOLD, H1, decision_fields, pdf
from reportlab.platypus import Paragraph


_FIELDS = ("question_number", "question", "evidence_summary", "assurance", "commentary", "topic")


def test_numbered_minutes_decided_in_the_deciders_own_verbs(tmp_path: Path) -> None:
    path = pdf(tmp_path / "minutes.pdf", [
        Paragraph("Minutes of the Resources Board held on 3 March 2026", H1),
        Paragraph("Custody", BOLD),
        Paragraph("4.1 The Head of Custody presented the report.", BODY),
        Paragraph("4.2 <b>Question 1:</b> How many detainees waited over an hour to be booked in?", BODY),
        Paragraph("4.3 Twelve detainees waited over an hour in January.", BODY),
        Paragraph("4.4 The Commissioner confirmed that she had received substantial assurance that waits are "
                  "reviewed daily.", BODY),
        Paragraph("4.5 <b>Question 2:</b> Are cells checked every hour?", BODY),
        Paragraph("4.6 Checks were missed on four occasions.", BODY),
        Paragraph("4.7 The Commissioner recorded that she had taken no assurance from the audit presented.", BODY),
        Paragraph("4.8 <b>Action (RB 26/03):</b> The Force to repeat the audit.", BODY),
    ])
    assert decision_fields(path, *_FIELDS, sort=True) == [
        ("1", "How many detainees waited over an hour to be booked in?", "Twelve detainees waited over an hour in January.",
         "Assured", "The Commissioner confirmed that she had received substantial assurance that waits are reviewed daily.",
         "Custody"),
        ("2", "Are cells checked every hour?", "Checks were missed on four occasions.", "Not assured",
         "The Commissioner recorded that she had taken no assurance from the audit presented.", "Custody"),
    ]


def test_one_sentence_gives_numbered_questions_their_levels_and_a_named_remark_is_commentary(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Notes of the Public Meeting held on 5 March 2026", level=2)
    document.add_heading("Road safety", level=3)
    for number, question, answer in (
            ("1", "How many drivers were caught speeding near schools?", "Four hundred drivers were caught."),
            ("2", "Are the new camera vans in use?", "Two of the three vans are in use."),
            ("3", "How are collision sites chosen for patrols?", "Sites are chosen from the last three years' data.")):
        document.add_paragraph().add_run(f"{number}. {question}").bold = True
        document.add_paragraph(answer)
    document.add_paragraph().add_run("Summary of assurance").bold = True
    document.add_paragraph("The Commissioner was partially assured on question 2 and assured on questions 1 and 3.")
    document.add_paragraph("On question 2, the Commissioner asked when the third van will be in use.")
    path = tmp_path / "notes.docx"
    document.save(str(path))
    assert decision_fields(path, *_FIELDS, sort=True) == [
        ("1", "How many drivers were caught speeding near schools?", "Four hundred drivers were caught.",
         "Assured", None, "Road safety"),
        ("2", "Are the new camera vans in use?", "Two of the three vans are in use.", "Partly assured",
         "On question 2, the Commissioner asked when the third van will be in use.", "Road safety"),
        ("3", "How are collision sites chosen for patrols?", "Sites are chosen from the last three years' data.",
         "Assured", None, "Road safety"),
    ]


def test_levels_named_after_their_questions_in_a_labelled_summary_sentence(tmp_path: Path) -> None:
    path = pdf(tmp_path / "minutes.pdf", [
        Paragraph("Minutes of the Accountability Conference held on 9 April 2026", H1),
        Paragraph("Missing people", BOLD),
        Paragraph("Question 1 \u2013 How quickly are high-risk missing children found?", BOLD),
        Paragraph("Most are found within a day.", BODY),
        Paragraph("Question 2 \u2013 Are return interviews offered to every child?", BOLD),
        Paragraph("Nine in ten children are offered one.", BODY),
        Paragraph("Question 3 \u2013 How is repeat missing reported?", BOLD),
        Paragraph("It is not yet reported.", BODY),
        Paragraph("<b>Summary of assurance.</b> On question 3 the Commissioner was not assured; on questions 1 "
                  "and 2 she was assured.", BODY),
    ])
    decisions = decision_fields(path, *_FIELDS, sort=True)
    assert [(number, level, comment) for number, _, _, level, comment, _ in decisions] == [
        ("1", "Assured", None), ("2", "Assured", None), ("3", "Not assured", None)]


def test_the_deciders_plain_sentence_withholding_assurance_on_one_numbered_question(tmp_path: Path) -> None:
    path = pdf(tmp_path / "minutes.pdf", [
        Paragraph("Minutes of the Scrutiny Board held on 14 May 2026", H1),
        Paragraph("Hate crime", BOLD),
        Paragraph("<b>Question 1:</b> How many hate crimes were recorded?", BODY),
        Paragraph("There were 812, up 4%.", BODY),
        Paragraph("<b>Question 2:</b> How many led to a charge?", BODY),
        Paragraph("The Force could not say.", BODY),
        Paragraph("<b>Question 3:</b> Are victims referred for support?", BODY),
        Paragraph("Every victim is offered a referral.", BODY),
        Paragraph("The Commissioner was assured on questions 1 and 3 but not on question 2.", BODY),
    ])
    decisions = decision_fields(path, *_FIELDS, sort=True)
    assert [(number, level, comment) for number, _, _, level, comment, _ in decisions] == [
        ("1", "Assured", None), ("2", "Not assured", None), ("3", "Assured", None)]


def test_the_deciders_sentence_with_a_modal_or_a_reporting_verb_closes_each_question(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes of the Police and Crime Board held on 2 June 2026", level=2)
    document.add_heading("4. Fraud", level=3)
    for number, question, answer, decision in (
            ("1", "How many fraud victims are contacted within a week?", "Seven in ten are contacted.",
             "The Commissioner said that she could take only limited assurance from the contact rate."),
            ("2", "Is the fraud team fully staffed?", "All posts are filled.",
             "The Commissioner explained that she was able to take substantial assurance from the staffing."),
            ("3", "How much money was returned to victims?", "The Force had no figure.",
             "The Commissioner noted that she could not take any assurance on repayments.")):
        document.add_paragraph().add_run(f"Question {number}: {question}").bold = True
        document.add_paragraph(answer)
        document.add_paragraph(decision)
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    decisions = decision_fields(path, *_FIELDS, sort=True)
    assert [(number, level, comment) for number, _, _, level, comment, _ in decisions] == [
        ("1", "Partly assured", "The Commissioner said that she could take only limited assurance from the contact rate."),
        ("2", "Assured", "The Commissioner explained that she was able to take substantial assurance from the staffing."),
        ("3", "Not assured", "The Commissioner noted that she could not take any assurance on repayments.")]


def test_a_summary_listing_each_question_with_its_level(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Notes of the Accountability Meeting held on 5 March 2026", level=2)
    document.add_heading("Road safety", level=3)
    for number, question, answer in (("1", "How many drivers were caught speeding?", "Four hundred."),
                                     ("2", "Are the camera vans in use?", "Two of the three."),
                                     ("3", "How are patrol sites chosen?", "From collision data.")):
        document.add_paragraph().add_run(f"Question {number}: {question}").bold = True
        document.add_paragraph(answer)
    document.add_heading("Summary of assurance", level=4)
    for line in ("Question 1 \u2013 Assured", "Question 2 \u2013 Partially assured", "Question 3 \u2013 Not assured"):
        document.add_paragraph(line, style="List Bullet")
    path = tmp_path / "notes.docx"
    document.save(str(path))
    decisions = decision_fields(path, *_FIELDS, sort=True)
    assert [(number, evidence, level, comment) for number, _, evidence, level, comment, _ in decisions] == [
        ("1", "Four hundred.", "Assured", None), ("2", "Two of the three.", "Partly assured", None),
        ("3", "From collision data.", "Not assured", None)]
