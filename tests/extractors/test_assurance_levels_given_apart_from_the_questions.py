"""Released held-out rounds 34/34b (samples/corpus/scrutiny-round34*,
issue 4): assurance decisions on an office's own scale, on small real
reportlab PDFs and Word files. Levels given only in a table after the
prose minutes that ask and answer the questions, on a scale a key sentence
defines after a run-in title; and a key sentence whose middle outcome
qualifies another after a dash."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, BOLD, H1, decision_fields, grid, pdf, records, word_table
from reportlab.platypus import Paragraph

from extractors.text import clean

# (question, answer paragraphs, opinion, reason, canonical level)
_MINUTED = (("How many stop and search encounters were recorded on body-worn video?",
             ("Recording reached 88 per cent in the quarter.", "Two stations still lack enough cameras."),
             "Sound", "The Board noted the rise in recording.", "Assured"),
            ("How are the grounds for a search checked by supervisors?",
             ("Supervisors review one search in ten.",),
             "Partly sound", "A larger sample is expected next quarter.", "Partly assured"),
            ("What has the community scrutiny group found this year?",
             ("The group has not met since January.",),
             "Unsound", "The Board asked for the group to be reconvened.", "Not assured"))
_OPINION_KEY = ("Board's opinion. Sound \u2013 the Board is assured; Partly sound \u2013 the Board is partly "
                "assured; Unsound \u2013 the Board is not assured.")


def _minutes_then_opinions(path: Path, keyed: bool) -> Path:
    """Numbered minutes whose scrutiny item asks each question in a "Q1."
    paragraph over its answer's paragraphs, then (with ``keyed``) the key
    sentence, then the Q | Opinion | Reason table: the only place the levels
    are given."""
    flow = [Paragraph("Minutes of the Accountability Board, 9 February 2027", H1),
            Paragraph("Police powers", BOLD),
            Paragraph("The Chief Superintendent presented the report. The Board's opinion on each answer is in the "
                      "table at the end of this minute.", BODY)]
    for number, (question, answer, *_) in enumerate(_MINUTED, start=1):
        flow.append(Paragraph(f"Q{number}. {question}", BODY))
        flow += [Paragraph(line, BODY) for line in answer]
    if keyed:
        flow.append(Paragraph(_OPINION_KEY, BODY))
    flow.append(grid([["Q", "Opinion", "Reason"],
                      *[[f"Q{number}", opinion, reason] for number, (_, _, opinion, reason, _)
                        in enumerate(_MINUTED, start=1)]], [40, 110, 300]))
    return pdf(path, flow)


_FIELDS = ("question_number", "question", "evidence_summary", "assurance", "assurance_raw", "commentary")


def test_levels_in_an_opinion_table_after_the_minutes_decide_the_questions_asked_in_them(tmp_path: Path) -> None:
    """One decision per "Q" paragraph: its answer's paragraphs the evidence,
    its row of the opinion table (by number) the level, read through the key
    sentence that a run-in title ("Board's opinion.") opens, and the reason."""
    path = _minutes_then_opinions(tmp_path / "minutes.pdf", keyed=True)
    assert decision_fields(path, *_FIELDS, sort=True) == sorted(
        (str(number), question, "\n".join(answer), level, opinion, reason)
        for number, (question, answer, opinion, reason, level) in enumerate(_MINUTED, start=1))


def test_an_opinion_on_no_scale_the_pack_keys_decides_nothing(tmp_path: Path) -> None:
    """Without the key, "Sound" is no level: the table decides nothing."""
    path = _minutes_then_opinions(tmp_path / "minutes.pdf", keyed=False)
    assert records(path)["assurance_decisions"] == []


# (question, answer, outcome as printed, canonical level)
_OUTCOMES = (("How many hate crimes were reported online?", "Online reports rose to 310.", "Endorsed", "Assured"),
             ("How are repeat victims of hate crime supported?", "A caseworker is assigned to most repeat victims.",
              "Endorsed \u2013 further evidence requested", "Partly assured"),
             ("How is the hate crime scrutiny panel used?", "The panel has not been convened.", "Not endorsed",
              "Not assured"))


def test_an_outcome_qualified_after_a_dash_is_read_by_the_key_sentence_not_as_the_outcome_it_qualifies(
        tmp_path: Path) -> None:
    """A key sentence "Endorsed (...), Endorsed – further evidence
    requested (...) or Not endorsed (...)" gives the qualified outcome, a
    few words long, its own level: it is not "Endorsed" with a qualifier."""
    document = Document()
    document.add_heading("Minutes of the Accountability Meeting – 2 March 2027", level=1)
    document.add_heading("3. Hate crime", level=2)
    document.add_paragraph("After each answer the Commissioner records an outcome: Endorsed (she is assured by the "
                           "response), Endorsed \u2013 further evidence requested (she is partly assured) or Not "
                           "endorsed (she is not assured).")
    word_table(document, [["No.", "Question", "Force response", "Outcome"],
                          *[[f"3.{number}", question, answer, outcome]
                            for number, (question, answer, outcome, _) in enumerate(_OUTCOMES, start=1)]])
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    assert sorted((d["question_number"], d["assurance"], d["assurance_raw"])
                  for d in records(path)["assurance_decisions"]) == [
        (f"3.{number}", level, clean(outcome)) for number, (_, _, outcome, level) in enumerate(_OUTCOMES, start=1)]


# (question, answer, the Commissioner's comment, level as the summary prints it, canonical level)
_AT_A_GLANCE = (("How many burglary victims were visited within a day?", "Four in five victims were visited within "
                 "a day.", "The Commissioner welcomed the visits.", "Substantial assurance", "Assured"),
                ("How are burglary hotspots patrolled at night?", "Night patrols cover half of the hotspots.",
                 "The Commissioner asked for the other hotspots to be covered.", "Limited assurance",
                 "Partly assured"))


def _summary_ahead(path: Path, summary_numbers: tuple[int, ...]) -> Path:
    """A pack whose front sheet sums up the last meeting's outcomes by
    number (No. | Subject | Assurance), the notes after it asking each
    question under its "Question N:" label, the answer, and the
    Commissioner's comment under its label; the notes print no level."""
    document = Document()
    document.add_heading("Scrutiny Meeting", level=1)
    document.add_heading("At a glance: outcome of the last meeting", level=2)
    word_table(document, [["No.", "Subject", "Assurance"],
                          *[[str(number), f"Subject {number}", _AT_A_GLANCE[number - 1][3]]
                            for number in summary_numbers]])
    document.add_heading("Notes of the Scrutiny Meeting held on 4 May 2027", level=2)
    document.add_heading("2. Burglary", level=3)
    for number, (question, answer, comment, _, _) in enumerate(_AT_A_GLANCE, start=1):
        document.add_paragraph(f"Question {number}: {question}")
        document.add_paragraph(answer)
        document.add_paragraph(f"Commissioner's comment: {comment}")
    path = path.with_suffix(".docx")
    document.save(str(path))
    return path


def test_a_summary_at_the_front_gives_its_levels_to_the_questions_the_notes_ask_after_it(tmp_path: Path) -> None:
    """Each question the notes ask takes its level from the front summary's
    row of its number; its answer is the evidence and the comment under the
    Commissioner's label (no part of the answer) the commentary; the
    summary's short subjects give no records of their own."""
    path = _summary_ahead(tmp_path / "pack", (1, 2))
    assert sorted((d["question_number"], d["topic"], d["question"], d["evidence_summary"], d["assurance"],
                   d["commentary"]) for d in records(path)["assurance_decisions"]) == [
        (str(number), "Burglary", question, answer, level, comment)
        for number, (question, answer, comment, _, level) in enumerate(_AT_A_GLANCE, start=1)]


def test_a_front_summary_that_misses_a_question_the_notes_ask_decides_none_of_them(tmp_path: Path) -> None:
    """A summary that gives no level to one of the questions asked below it
    sums up some other series: it decides none of them."""
    path = _summary_ahead(tmp_path / "pack", (1,))
    assert records(path)["assurance_decisions"] == []


def test_an_outcome_that_defers_the_assessment_is_a_decision_with_no_level(tmp_path: Path) -> None:
    """"Outcome: Assessment deferred. ..." closes its question with no
    level, the words after it the commentary; "Outcome: Deferred" alone
    would say nothing of what is deferred, but here the words name it."""
    flow = [Paragraph("Minutes of the Accountability Board held on 6 April 2027", H1),
            Paragraph("3. Custody", BOLD),
            Paragraph("Q1. How many detainees waited over an hour to be booked in?", BODY),
            Paragraph("The force reported 41 such waits in the quarter.", BODY),
            Paragraph("Outcome: The Commissioner was assured. He noted the improvement.", BODY),
            Paragraph("Q2. What has the new healthcare contract achieved?", BODY),
            Paragraph("The force reported that the contract began in March.", BODY),
            Paragraph("Outcome: Assessment deferred. The Commissioner will decide once a full quarter is reported.",
                      BODY)]
    path = pdf(tmp_path / "minutes.pdf", flow)
    assert sorted((d["question_number"], d["assurance"], d["evidence_summary"], d["commentary"])
                  for d in records(path)["assurance_decisions"]) == [
        ("1", "Assured", "The force reported 41 such waits in the quarter.", "He noted the improvement."),
        ("2", None, "The force reported that the contract began in March.",
         "The Commissioner will decide once a full quarter is reported.")]


# (the decisions table's short question, the notes' question, the answer minuted under it, level)
_DECIDED_APART = (("Burglary attendance", "How quickly are burglary victims visited?",
                   "Nine in ten victims were visited within a day.", "Assured"),
                  ("Vehicle crime outcomes", "Why has the charge rate for vehicle crime fallen?",
                   "Fewer forensic submissions were made.", "Partly assured"))


def _decided_apart(path: Path, items: int) -> Path:
    """Notes that ask each question under its "Question N:" label with the
    answer below it, under ``items`` item headings (the numbering starting
    again under each), then a decisions table (No. | Question | Level of
    assurance) that names each question in a few words of its own and
    gives no answer."""
    document = Document()
    document.add_heading("Notes of the Accountability Board held on 3 March 2027", level=1)
    for item in range(1, items + 1):
        document.add_heading(f"{item + 2}. Neighbourhood crime, area {item}", level=2)
        for number, (_, question, answer, _) in enumerate(_DECIDED_APART, start=1):
            document.add_paragraph(f"Question {number}: {question if item == 1 else question[:-1] + f' in area {item}?'}")
            document.add_paragraph(answer if item == 1 else f"{answer} (area {item})")
    document.add_heading("Decisions", level=2)
    word_table(document, [["No.", "Question", "Level of assurance"],
                          *[[str(number), short, level]
                            for number, (short, _, _, level) in enumerate(_DECIDED_APART, start=1)]])
    document.save(str(path))
    return path


def test_a_decision_with_no_answer_takes_the_answer_minuted_under_the_one_question_of_its_number(
        tmp_path: Path) -> None:
    """Its own words name the question too briefly to find it by words; its
    number finds the one question asked under that number, whose minuted
    answer is the decision's evidence."""
    path = _decided_apart(tmp_path / "notes.docx", items=1)
    assert sorted((d["question_number"], d["question"], d["evidence_summary"], d["assurance"])
                  for d in records(path)["assurance_decisions"]) == [
        (str(number), short, answer, level) for number, (short, _, answer, level) in enumerate(_DECIDED_APART, start=1)]


def test_a_number_two_questions_of_the_notes_share_finds_no_answer(tmp_path: Path) -> None:
    """Where two items each ask a "Question 1", the number alone cannot say
    which answer is the decision's: it keeps none."""
    path = _decided_apart(tmp_path / "notes.docx", items=2)
    assert [d["evidence_summary"] for d in records(path)["assurance_decisions"]] == [None, None]


def test_a_front_summary_decides_no_questions_put_for_a_later_meeting(tmp_path: Path) -> None:
    """A summary at the front numbers the questions its notes ask and
    decide ("Outcome: ..."); the questions set for the next meeting, asked
    under the same numbers with no answer, are no decisions: the numbers
    after the summary recur, so it cannot say which question it sums up."""
    document = Document()
    document.add_heading("Scrutiny Meeting", level=1)
    document.add_heading("At a glance: outcome of the last meeting", level=2)
    word_table(document, [["No.", "Subject", "Assurance"], ["1", "Visits", "Substantial assurance"],
                          ["2", "Patrols", "Limited assurance"]])
    document.add_heading("Notes of the Scrutiny Meeting held on 4 May 2027", level=2)
    document.add_heading("2. Burglary", level=3)
    for number, (question, answer, _, _, _) in enumerate(_AT_A_GLANCE, start=1):
        document.add_paragraph(f"Question {number}: {question}")
        document.add_paragraph(answer)
        document.add_paragraph(f"Outcome: {'Assured' if number == 1 else 'Partly assured'}.")
    document.add_heading("Questions for the meeting on 8 June 2027", level=2)
    document.add_paragraph("Question 1: How many burglary victims were offered crime prevention advice?")
    document.add_paragraph("Question 2: How is stolen property traced?")
    path = tmp_path / "pack.docx"
    document.save(str(path))
    assert sorted((d["question"], d["assurance"]) for d in records(path)["assurance_decisions"]) == sorted(
        (question, "Assured" if number == 1 else "Partly assured")
        for number, (question, *_) in enumerate(_AT_A_GLANCE, start=1))
