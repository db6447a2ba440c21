"""Assurance decisions in scales, sheets, trackers and transcripts, on small
real PDF and Word files: a numbered rating scale the pack defines in a Rating |
Meaning table, its ratings read by the pack's own meanings; an "Assurance
statement:" label whose colour is the level, kept out of the commentary;
decision-record sheets, their "Question number" and "Information considered"
rows read; a tracker of an inspection's recommendations with a level on each; a
webcast transcript, the level spoken by whoever put the question. Questions set
for a meeting to come, whose level cells say the level is still to be given,
are no decisions."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, BOLD, H1, decision_fields, grid, pdf, records, word_table
from reportlab.platypus import Paragraph


_FIELDS = ("question_number", "question", "evidence_summary", "assurance", "commentary")


def test_a_numbered_scale_the_pack_defines_is_read_by_its_own_meanings(tmp_path: Path) -> None:
    # the words of the scale are the pack's own, in no vocabulary: only its key says what each means
    flow = [Paragraph("Police and Crime Panel – Scrutiny Session", H1),
            Paragraph("How the Mayor rates each answer:", BODY),
            grid([["Score", "What it means"],
                  ["3 – Confident", "The Mayor is assured: the evidence is complete."],
                  ["2 – Watchful", "The Mayor is partially assured: there are gaps to close."],
                  ["1 – Concerned", "The Mayor is not assured."]], [120, 300]),
            Paragraph("Notes of the Scrutiny Session held on 4 February 2027", H1),
            Paragraph("Question 1: How many burglaries were solved this year?", BODY),
            Paragraph("Response: One in nine, against one in twelve last year.", BODY),
            Paragraph("Assurance rating: 3 – Confident", BOLD),
            Paragraph("Mayor's comment: The Mayor welcomed the rise.", BODY),
            Paragraph("Question 2: How soon are victims of burglary visited?", BODY),
            Paragraph("Response: Within two days in most districts.", BODY),
            Paragraph("Assurance rating: 1 – Concerned", BOLD),
            Paragraph("Mayor's comment: The Mayor asked for the rural figures.", BODY)]
    assert decision_fields(pdf(tmp_path / "session.pdf", flow), *_FIELDS, sort=True) == [
        ("1", "How many burglaries were solved this year?", "One in nine, against one in twelve last year.",
         "Assured", "The Mayor welcomed the rise."),
        ("2", "How soon are victims of burglary visited?", "Within two days in most districts.",
         "Not assured", "The Mayor asked for the rural figures.")]


def test_a_table_of_scores_with_meanings_that_state_no_level_defines_no_scale(tmp_path: Path) -> None:
    flow = [Paragraph("Notes of the Scrutiny Session held on 4 February 2027", H1),
            grid([["Score", "What it means"], ["3 – Confident", "Evidence is complete."],
                  ["1 – Concerned", "Evidence is missing."]], [120, 300]),
            Paragraph("Question 1: How many burglaries were solved this year?", BODY),
            Paragraph("Response: One in nine.", BODY),
            Paragraph("Assurance rating: 3 – Confident", BOLD)]
    assert [d["assurance"] for d in records(pdf(tmp_path / "session.pdf", flow))["assurance_decisions"]] == []


def test_an_assurance_statement_label_and_its_colour_are_the_level_not_the_commentary(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Accountability Board – Minutes – 2 March 2027", level=1)
    document.add_paragraph("Assurance key: GREEN – the Commissioner is assured; AMBER – the Commissioner is "
                           "partially assured; RED – the Commissioner is not assured.")
    document.add_heading("3. Fire: Protection inspections", level=2)
    document.add_paragraph("Question 1: How many high-risk premises were inspected this year?")
    document.add_paragraph("The Service inspected 212 of 260 premises.", style="List Bullet")
    paragraph = document.add_paragraph()
    paragraph.add_run("Assurance statement: RED.").bold = True
    paragraph.add_run(" The Commissioner asked for a plan to reach the rest.")
    document.save(str(tmp_path / "minutes.docx"))
    assert decision_fields(tmp_path / "minutes.docx", *_FIELDS, sort=True) == [
        ("1", "How many high-risk premises were inspected this year?", "The Service inspected 212 of 260 premises.",
         "Not assured", "The Commissioner asked for a plan to reach the rest.")]


def _sheet(document: Document, rows: list[list[str]]) -> None:
    document.add_heading("Decision Record", level=2)
    word_table(document, rows)


def test_a_decision_record_sheet_gives_its_question_number_and_the_information_considered(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Notes of the Policing Board held on 5 January 2027", level=1)
    document.add_paragraph("The decisions are recorded on the sheets below.")
    # the number above its question on one sheet, below it on the other
    _sheet(document, [["Question number", "4"], ["Question", "How are stalking victims kept informed?"],
                      ["Information considered", "The victim service's audit of 60 cases."],
                      ["Decision", "Not assured"], ["Reasons for the decision", "Updates were late in half."]])
    _sheet(document, [["Question", "How many officers carry body-worn video?"], ["Question number", "5"],
                      ["Evidence considered", "The equipment register."],
                      ["Decision", "Assured"], ["Reasons for the decision", "Every response officer does."]])
    document.save(str(tmp_path / "sheets.docx"))
    assert decision_fields(tmp_path / "sheets.docx", *_FIELDS, sort=True) == [
        ("4", "How are stalking victims kept informed?", "The victim service's audit of 60 cases.", "Not assured",
         "Updates were late in half."),
        ("5", "How many officers carry body-worn video?", "The equipment register.", "Assured",
         "Every response officer does.")]


def test_each_tracked_recommendation_is_a_decision_under_its_reference(tmp_path: Path) -> None:
    flow = [Paragraph("Scrutiny Board – Notes – 8 February 2027", H1),
            Paragraph("The Board tracks the recommendations of the inspection of vetting.", BODY),
            grid([["Ref.", "Recommendation", "Update", "Deputy PCC's assurance", "Comment"],
                  ["V1", "The force should vet every officer again within ten years.", "All but 40 are done.",
                   "Partially assured", "The last 40 are due by May."],
                  ["V2", "The force should record the reasons for each vetting decision.", "A new form is in use.",
                   "Assured", "Nothing further."]], [40, 130, 110, 80, 90])]
    assert decision_fields(pdf(tmp_path / "notes.pdf", flow), *_FIELDS, sort=True) == [
        ("V1", "The force should vet every officer again within ten years.", "All but 40 are done.",
         "Partly assured", "The last 40 are due by May."),
        ("V2", "The force should record the reasons for each vetting decision.", "A new form is in use.",
         "Assured", "Nothing further.")]


def test_a_recommendation_tracker_rated_only_by_progress_gives_no_decision(tmp_path: Path) -> None:
    flow = [Paragraph("Scrutiny Board – Notes – 8 February 2027", H1),
            grid([["Ref.", "Recommendation", "Update", "RAG"],
                  ["V1", "The force should vet every officer again within ten years.", "All but 40 are done.",
                   "Amber"]], [40, 180, 150, 60])]
    assert records(pdf(tmp_path / "notes.pdf", flow))["assurance_decisions"] == []


def test_a_transcript_gives_the_level_the_questioner_speaks_on_each_question(tmp_path: Path) -> None:
    turns = [
        "[00:01:02] COMMISSIONER: Question one. How many domestic abuse arrests were made in December?",
        "[00:01:40] CHIEF CONSTABLE: We made 310 arrests. I'm assured our teams are stretched but coping.",
        "[00:04:15] COMMISSIONER: Thank you. Question two. How long do victims wait for a callback?",
        "[00:04:50] SUPERINTENDENT WEST: Nine hours on average.",
        "[00:06:10] COMMISSIONER: On question one I'm assured. On question two I am not assured, and I want "
        "a target by March.",
    ]
    flow = [Paragraph("Accountability Meeting – transcript of the webcast, 14 January 2027", H1),
            *(Paragraph(turn, BODY) for turn in turns)]
    found = sorted((d["question_number"], d["question"], d["evidence_summary"], d["assurance"])
                   for d in records(pdf(tmp_path / "transcript.pdf", flow))["assurance_decisions"])
    # the officer's "I'm assured" answers; only the one who put the questions decides them, each by its number
    assert found == [
        ("1", "How many domestic abuse arrests were made in December?",
         "We made 310 arrests. I'm assured our teams are stretched but coping.", "Assured"),
        ("2", "How long do victims wait for a callback?", "Nine hours on average.", "Not assured")]


def test_questions_set_for_a_meeting_to_come_are_no_decisions_but_a_deferred_level_is(tmp_path: Path) -> None:
    flow = [Paragraph("Item 2 – Questions set by the Commissioner", H1),
            grid([["Question", "Lead", "Assurance level"],
                  ["1. How is the new case review used?", "Head of Neighbourhoods", "To be given at the meeting"],
                  ["2. Where does repeat ASB persist?", "Head of Neighbourhoods", "To be given at the meeting"]],
                 [200, 110, 110]),
            Paragraph("The Force will answer them at the meeting.", BODY),
            Paragraph("The Commissioner's levels will be recorded in the notes.", BODY),
            Paragraph("Notes of the meeting held on 3 December 2026", H1),
            grid([["Q", "Question", "Response", "Assurance level", "Comments"],
                  ["1", "Are the family liaison standards met?", "The audit reports in February.", "Deferred",
                   "The level will be given when the audit reports."]], [30, 130, 120, 70, 110])]
    assert decision_fields(pdf(tmp_path / "pack.pdf", flow), *_FIELDS, sort=True) == [
        ("1", "Are the family liaison standards met?", "The audit reports in February.", None,
         "The level will be given when the audit reports.")]
