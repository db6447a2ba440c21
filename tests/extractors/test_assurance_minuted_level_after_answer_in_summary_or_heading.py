"""Where minutes print the decider's level, on real Word files and
reportlab PDFs run through the pipeline: in brackets closing each numbered
question's answer ("... fewer than last year. (Partly assured)", the bracket
no part of the answer, "(Not assessed)" a decision with no level); in one
closing sentence naming the questions by number, a question put for
information among them giving no decision and taking none of the others'
away; in the heading over each question ("Question 3 – Not assessed" a
decision with no level), the answer's label ("Police response:") no part
of the answer; a statement under its label ("Assurance statement:") right
under an item's title, with no request before it, deciding the item; a
quarter opening a title or a tabled question ("Q4 Finance outturn", "Q4
burglary outcomes: ...?" in row 1) no question's label; resolutions under
a bare "RESOLVED –" recording the level on each question by number, the
reason after the level's comma the commentary; in a table, each question
under an item's cell merged down over them ("4. Neighbourhood crime") its
own decision, numbered and titled by the item; and a question number
printed in both languages of a bilingual table ("C1 / Q1") read on its
English side."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, BOLD, H1, QUESTIONS_ASKED, decision_fields, grid, pdf, records, word_table
from reportlab.platypus import Paragraph

_BRACKETED = ("(Assured)", "(Partly assured)", "(Not assessed)")


_FIELDS = ("question_number", "question", "evidence_summary", "assurance", "commentary")


def _bracketed_lines() -> list[tuple[str, str]]:
    """(bold or body, text) of an item: each numbered question, its answer closing with its level in brackets,
    the Commissioner's comment on the first two."""
    lines = [("b", "3. Neighbourhood crime"),
             ("p", "The Commissioner's level of assurance follows each answer in brackets.")]
    for n, ((question, answer, comment), level) in enumerate(zip(QUESTIONS_ASKED, _BRACKETED), start=1):
        lines += [("b", f"{n}. {question}"), ("p", f"{answer} {level}")]
        lines += [("p", f"PCC comment: {comment}")] if n < 3 else []
    return lines


_BRACKETED_EXPECTED = sorted(
    (str(n), question, answer, level, comment if n < 3 else None)
    for n, ((question, answer, comment), level) in enumerate(zip(QUESTIONS_ASKED, ("Assured", "Partly assured", None)),
                                                             start=1))


def test_a_level_in_brackets_closing_each_answer_of_a_word_file_decides_its_question(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 14 April 2027", level=2)
    for kind, text in _bracketed_lines():
        document.add_paragraph().add_run(text).bold = kind == "b" or None
    document.save(str(tmp_path / "notes.docx"))
    assert decision_fields(tmp_path / "notes.docx", *_FIELDS, sort=True) == _BRACKETED_EXPECTED


def test_a_level_in_brackets_closing_each_answer_of_a_pdf_decides_its_question(tmp_path: Path) -> None:
    flow = [Paragraph("Minutes of the Accountability Board held on 14 April 2027", H1),
            *(Paragraph(text, BOLD if kind == "b" else BODY) for kind, text in _bracketed_lines())]
    assert decision_fields(pdf(tmp_path / "notes.pdf", flow), *_FIELDS, sort=True) == _BRACKETED_EXPECTED


def test_a_bracket_in_an_answer_that_is_no_level_stays_in_the_answer(tmp_path: Path) -> None:
    flow = [Paragraph("Minutes of the Accountability Board held on 14 April 2027", H1),
            Paragraph("3. Neighbourhood crime", BOLD),
            Paragraph(f"1. {QUESTIONS_ASKED[0][0]}", BOLD),
            Paragraph("Of 410 victims, 388 were visited in a day. (See the appendix.)", BODY),
            Paragraph("Assurance level: Assured", BODY)]
    assert decision_fields(pdf(tmp_path / "notes.pdf", flow), *_FIELDS, sort=True) == [
        ("1", QUESTIONS_ASKED[0][0], "Of 410 victims, 388 were visited in a day. (See the appendix.)", "Assured",
         None)]


def test_a_closing_sentence_decides_the_questions_it_names_past_one_put_for_information(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Notes of the Accountability Board held on 14 April 2027", level=1)
    document.add_heading("3. Neighbourhood crime", level=2)
    for n, (question, answer, _) in enumerate(QUESTIONS_ASKED, start=1):
        document.add_paragraph().add_run(f"Q{n} {question}").bold = True
        document.add_paragraph(answer)
    document.add_paragraph().add_run("Q4 How many officers work in the neighbourhood teams?").bold = True
    document.add_paragraph("The force will write with the figures; the question was put for information and no "
                           "assurance was sought on it.")
    document.add_heading("Summary of assurance", level=3)
    document.add_paragraph("Having heard the answers, the Commissioner was assured on questions 1 and 3 and partly "
                           "assured on question 2.")
    document.save(str(tmp_path / "notes.docx"))
    decisions = decision_fields(tmp_path / "notes.docx", *_FIELDS, sort=True)
    assert [(number, level) for number, _, _, level, _ in decisions] == [
        ("1", "Assured"), ("2", "Partly assured"), ("3", "Assured")]


@pytest.mark.parametrize("withheld", ["Not assessed", "Assessment deferred", "Level to be confirmed"])
def test_a_withheld_level_in_a_questions_heading_is_a_decision_with_no_level(tmp_path: Path, withheld: str) -> None:
    flow = [Paragraph("Minutes of the Accountability Board held on 14 April 2027", H1),
            Paragraph("3. Neighbourhood crime", H1)]
    for n, ((question, answer, comment), level) in enumerate(
            zip(QUESTIONS_ASKED, ("Assured", "Partially assured", withheld)), start=1):
        flow += [Paragraph(f"Question {n} \u2013 {level}", BOLD), Paragraph(question, BOLD),
                 Paragraph(f"Police response: {answer}", BODY), Paragraph(f"PCC comment: {comment}", BODY)]
    assert decision_fields(pdf(tmp_path / "notes.pdf", flow), *_FIELDS, sort=True) == sorted(
        (str(n), question, answer, level, comment)
        for n, ((question, answer, comment), level) in enumerate(
            zip(QUESTIONS_ASKED, ("Assured", "Partly assured", None)), start=1))


def test_a_heading_saying_something_else_awaited_withholds_no_level(tmp_path: Path) -> None:
    flow = [Paragraph("Minutes of the Accountability Board held on 14 April 2027", H1),
            Paragraph("3. Neighbourhood crime", H1)]
    for n, ((question, answer, comment), level) in enumerate(
            zip(QUESTIONS_ASKED, ("Assured", "Partially assured", "Evaluation awaited")), start=1):
        flow += [Paragraph(f"Question {n} \u2013 {level}", BOLD), Paragraph(question, BOLD),
                 Paragraph(f"Police response: {answer}", BODY), Paragraph(f"PCC comment: {comment}", BODY)]
    levels = [(number, level) for number, _, _, level, _ in
              decision_fields(pdf(tmp_path / "notes.pdf", flow), *_FIELDS, sort=True)]
    assert levels == [("1", "Assured"), ("2", "Partly assured")]


def test_a_question_number_printed_in_two_languages_is_read_on_its_english_side(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Cofnodion / Minutes", level=1)
    document.add_paragraph("Bwrdd Craffu / Scrutiny Board, 14 Ebrill 2027 / 14 April 2027")
    document.add_heading("3. Troseddau cymdogaeth / Neighbourhood crime", level=2)
    word_table(document, [["Rhif / No.", "Cwestiwn / Question", "Ymateb / Response", "Lefel sicrwydd / Level of assurance"],
                          *[[f"C{n} / Q{n}", question, answer, level] for n, ((question, answer, _), level)
                            in enumerate(zip(QUESTIONS_ASKED, ("Wedi'i sicrhau / Assured",
                                                               "Heb ei sicrhau / Not assured")), start=1)]])
    document.save(str(tmp_path / "notes.docx"))
    decisions = decision_fields(tmp_path / "notes.docx", *_FIELDS, sort=True)
    assert [(number, level) for number, _, _, level, _ in decisions] == [
        ("1", "Assured"), ("2", "Not assured")]


def _statement_item(title: str, request: bool) -> list[tuple[str, str]]:
    """(bold or body, text) of an item giving its decision as a statement under its label, maybe after the
    Commissioner's request."""
    return [("b", title), *([("p", "The Commissioner requires a report on the force's spending against budget.")]
                            if request else []),
            ("b", "Assurance statement:"), ("p", "The Commissioner was partially assured that the overspend would "
                                                 "be recovered by the year end.")]


def test_a_statement_of_assurance_straight_under_an_items_title_decides_the_item(tmp_path: Path) -> None:
    lines = [("b", "2. Contact management"),
             ("p", "The Commissioner requires a report on 101 and 999 answering."),
             ("b", "Assurance statement:"), ("p", "The Commissioner was assured that answering times had improved."),
             *_statement_item("3. Finance outturn", request=False)]
    document = Document()
    document.add_heading("Accountability Board \u2013 Minutes \u2013 31 August 2027", level=1)
    for kind, text in lines:
        document.add_paragraph().add_run(text).bold = kind == "b" or None
    document.save(str(tmp_path / "notes.docx"))
    flow = [Paragraph("Accountability Board \u2013 Minutes \u2013 31 August 2027", H1),
            *(Paragraph(text, BOLD if kind == "b" else BODY) for kind, text in lines)]
    for path in (tmp_path / "notes.docx", pdf(tmp_path / "notes.pdf", flow)):
        found = sorted((d["question_number"], d["topic"], d["question"], d["assurance"])
                       for d in records(path)["assurance_decisions"])
        assert found == [("2", "Contact management", "The Commissioner requires a report on 101 and 999 answering.",
                          "Assured"),
                         ("3", "Finance outturn", "Finance outturn", "Partly assured")], path.name


def test_a_quarter_opening_an_items_title_is_no_questions_label(tmp_path: Path) -> None:
    flow = [Paragraph("Accountability Board \u2013 Minutes \u2013 31 August 2027", H1),
            *(Paragraph(text, BOLD if kind == "b" else BODY)
              for kind, text in _statement_item("2. Q4 Finance outturn", request=True))]
    assert [(d["question_number"], d["topic"], d["question"], d["assurance"])
            for d in records(pdf(tmp_path / "notes.pdf", flow))["assurance_decisions"]] == [
        ("2", "Q4 Finance outturn", "The Commissioner requires a report on the force's spending against budget.",
         "Partly assured")]


def test_a_quarter_opening_a_tabled_question_other_than_its_rows_number_is_part_of_the_question(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Notes of the Scrutiny Meeting held on 12 May 2027", level=1)
    document.add_heading("3. Performance", level=2)
    word_table(document, [["No.", "Question", "Assurance level"],
                          ["1", "Q4 burglary outcomes: why did the rate fall?", "Partly assured"],
                          ["2", "Q2 How are officers trained to record stalking?", "Assured"]])
    document.save(str(tmp_path / "notes.docx"))
    decisions = decision_fields(tmp_path / "notes.docx", *_FIELDS, sort=True)
    assert [(number, question, level) for number, question, _, level, _ in decisions] == [
        ("1", "Q4 burglary outcomes: why did the rate fall?", "Partly assured"),
        ("2", "How are officers trained to record stalking?", "Assured")]  # the row's own number: its label


def _resolved_lines() -> list[tuple[str, str]]:
    """(bold or body, text) of an item whose questions are answered, then decided by resolutions numbered (i)-(iii)
    under a bare "RESOLVED –", the reason after the level's comma."""
    lines = [("b", "3. Neighbourhood crime")]
    for n, (question, answer, _) in enumerate(QUESTIONS_ASKED, start=1):
        lines += [("b", f"Question {n}: {question}"), ("p", answer)]
    return lines + [("b", "RESOLVED \u2013"),
                    ("p", "(i) that, on question 1, the Commissioner be recorded as assured;"),
                    ("p", "(ii) that, on question 2, the Commissioner be recorded as partially assured, until the "
                          "course has been completed by every officer;"),
                    ("p", "(iii) that, on question 3, the Commissioner be recorded as not assured, as the wait has "
                          "not fallen; and"),
                    ("p", "(iv) that the force report the waiting times to the next Board.")]


_RESOLVED_EXPECTED = [("1", "Assured", None),
                      ("2", "Partly assured", "until the course has been completed by every officer"),
                      ("3", "Not assured", "as the wait has not fallen")]


def test_resolutions_recording_the_level_on_each_question_decide_them(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 14 April 2027", level=1)
    for kind, text in _resolved_lines():
        document.add_paragraph().add_run(text).bold = kind == "b" or None
    document.save(str(tmp_path / "notes.docx"))
    flow = [Paragraph("Minutes of the Accountability Board held on 14 April 2027", H1),
            *(Paragraph(text, BOLD if kind == "b" else BODY) for kind, text in _resolved_lines())]
    for path in (tmp_path / "notes.docx", pdf(tmp_path / "notes.pdf", flow)):
        decisions = decision_fields(path, *_FIELDS, sort=True)
        assert [(number, level, comment) for number, _, _, level, comment in decisions] == _RESOLVED_EXPECTED, \
            path.name


def test_questions_under_an_item_cell_merged_down_over_them_are_each_decided(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Accountability Board \u2013 Decision log \u2013 14 April 2027", level=1)
    rows = [["Item", "Question", "Force response", "PCC decision"],
            *[["4. Neighbourhood crime", question, answer, level]
              for (question, answer, _), level in zip(QUESTIONS_ASKED[:2], ("Assured", "Not assured"))],
            ["5. Forensics", QUESTIONS_ASKED[2][0], QUESTIONS_ASKED[2][1], "Partly assured"]]
    word_table(document, rows)
    table = document.tables[0]
    table.cell(1, 0).merge(table.cell(2, 0)).text = "4. Neighbourhood crime"
    document.save(str(tmp_path / "notes.docx"))
    assert sorted((d["question_number"], d["topic"], d["question"], d["assurance"])
                  for d in records(tmp_path / "notes.docx")["assurance_decisions"]) == sorted([
        ("4", "Neighbourhood crime", QUESTIONS_ASKED[0][0], "Assured"),
        ("4", "Neighbourhood crime", QUESTIONS_ASKED[1][0], "Not assured"),
        ("5", "Forensics", QUESTIONS_ASKED[2][0], "Partly assured")])


_REVISITED = [["No.", "Question", "Force response", "Level in July 2027", "Level now", "Comment"],
              *[[str(n), question, answer, before, now, comment]
                for n, ((question, answer, comment), before, now) in enumerate(
                    zip(QUESTIONS_ASKED, ("Partially assured", "Not assured", "\u2013"),
                        ("Assured", "Partially assured", "Not assured")), start=1)]]


def test_a_revisited_questions_level_now_decides_it_not_the_earlier_level_beside_it(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Notes of the Accountability Board held on 14 October 2027", level=1)
    document.add_heading("3. Neighbourhood crime", level=2)
    word_table(document, _REVISITED)
    document.save(str(tmp_path / "notes.docx"))
    flow = [Paragraph("Notes of the Accountability Board held on 14 October 2027", H1),
            Paragraph("3. Neighbourhood crime", H1), grid(_REVISITED, [25, 110, 110, 70, 70, 100])]
    for path in (tmp_path / "notes.docx", pdf(tmp_path / "notes.pdf", flow)):
        assert [(number, level) for number, _, _, level, _ in decision_fields(path, *_FIELDS, sort=True)] == [
            ("1", "Assured"), ("2", "Partly assured"), ("3", "Not assured")], path.name


def test_a_resolution_leading_into_the_levels_is_no_part_of_the_last_answer(tmp_path: Path) -> None:
    flow = [Paragraph("Minutes of the Accountability Board held on 14 April 2027", H1),
            Paragraph("3. Neighbourhood crime", H1)]
    for n, (question, answer, _) in enumerate(QUESTIONS_ASKED, start=1):
        flow += [Paragraph(f"Question {n}: {question}", BOLD), Paragraph(answer, BODY)]
    flow += [Paragraph("RESOLVED \u2013 That the Commissioner's assurance be recorded as follows:", BODY),
             *(Paragraph(f"({roman}) Question {n} \u2013 {level}.", BODY)
               for roman, n, level in (("i", 1, "assured"), ("ii", 2, "partly assured"), ("iii", 3, "not assured")))]
    decisions = decision_fields(pdf(tmp_path / "notes.pdf", flow), *_FIELDS, sort=True)
    assert [(number, answer, level) for number, _, answer, level, _ in decisions] \
        == [(str(n), answer, level) for n, ((_, answer, _), level)
            in enumerate(zip(QUESTIONS_ASKED, ("Assured", "Partly assured", "Not assured")), start=1)]


def test_a_level_cell_saying_no_level_was_sought_gives_no_decision(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Notes of the Accountability Board held on 14 October 2027", level=1)
    document.add_heading("3. Neighbourhood crime", level=2)
    word_table(document, [["No.", "Question", "Evidence", "Level of assurance"],
                          *[[str(n), question, answer, level] for n, ((question, answer, _), level) in enumerate(
                              zip(QUESTIONS_ASKED, ("Assured", "Partially assured",
                                                    "For information \u2013 no level of assurance was sought.")),
                              start=1)]])
    document.save(str(tmp_path / "notes.docx"))
    decisions = decision_fields(tmp_path / "notes.docx", *_FIELDS, sort=True)
    assert [(number, level) for number, _, _, level, _ in decisions] == [
        ("1", "Assured"), ("2", "Partly assured")]
