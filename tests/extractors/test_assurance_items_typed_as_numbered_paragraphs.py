"""Minutes whose items are plain paragraphs with their numbers typed ("3.
Neighbourhood crime"), no heading style or list: each is its item's title,
as a heading would be. The questions under it take it as their topic; a
decider's sentence under an item that asks no question ("2. Q1 Performance
Oversight" / "The Deputy Mayor was assured that ...") decides no question,
and never makes the item above it ("1. Minutes and Actions – 28 April 2027")
a question. A numbered list typed inside an item, after a line introducing
it ("The Commissioner asked the force to:" / "1. Review the patrol plan
..."), is no run of items: the item's question keeps its decision."""

from __future__ import annotations

from pathlib import Path

from files import QUESTIONS_ASKED, decision_fields, docx


_FIELDS = ("topic", "question_number", "question", "evidence_summary", "assurance", "assurance_raw")


def test_questions_take_the_typed_item_above_them_as_topic(tmp_path: Path) -> None:
    lines = [("h2", "Minutes of the Accountability Board held on 14 April 2027"), ("p", "1. Apologies"),
             ("p", "2. Minutes of the last meeting")]
    for item, title, (question, answer, _), level in ((3, "Neighbourhood crime", QUESTIONS_ASKED[0], "Assured"),
                                                      (4, "Road safety", QUESTIONS_ASKED[2], "Not assured")):
        lines += [("p", f"{item}. {title}"), ("p", f"Question 1: {question}"), ("p", answer),
                  ("p", f"Assurance level: {level}")]
    assert decision_fields(docx(tmp_path / "minutes.docx", lines), *_FIELDS) == [
        ("Neighbourhood crime", "1", *QUESTIONS_ASKED[0][:2], "Assured", "Assured"),
        ("Road safety", "1", *QUESTIONS_ASKED[2][:2], "Not assured", "Not assured")]


def test_a_numbered_list_of_requests_typed_inside_an_item_is_no_item(tmp_path: Path) -> None:
    lines = [("h2", "Minutes of the Accountability Board held on 14 April 2027"), ("p", "3. Neighbourhood crime"),
             ("p", f"Question 1: {QUESTIONS_ASKED[0][0]}"), ("p", QUESTIONS_ASKED[0][1]),
             ("p", "The Commissioner asked the force to:"), ("p", "1. Review the patrol plan for rural wards"),
             ("p", "2. Report back to the June Board"), ("p", "Assurance level: Assured"),
             ("p", "4. Road safety"), ("p", f"Question 1: {QUESTIONS_ASKED[2][0]}"), ("p", QUESTIONS_ASKED[2][1]),
             ("p", "Assurance level: Not assured")]
    found = decision_fields(docx(tmp_path / "minutes.docx", lines), *_FIELDS)
    assert [(topic, number, question, level) for topic, number, question, _, level, _ in found] == [
        ("Neighbourhood crime", "1", QUESTIONS_ASKED[0][0], "Assured"),
        ("Road safety", "1", QUESTIONS_ASKED[2][0], "Not assured")]


def test_a_deciders_sentence_under_a_typed_item_asking_nothing_makes_no_question_of_the_item_above(
        tmp_path: Path) -> None:
    path = docx(tmp_path / "minutes.docx", [
        ("h1", "Oversight Board \u2013 31 August 2027 \u2013 Performance and Risk \u2013 Minutes"),
        ("p", "1. Minutes and Actions \u2013 28 April 2027"), ("p", "2. Q1 Performance Oversight"),
        ("p", "The Deputy Mayor was assured that the performance framework was being applied.")])
    assert decision_fields(path, *_FIELDS) == []
