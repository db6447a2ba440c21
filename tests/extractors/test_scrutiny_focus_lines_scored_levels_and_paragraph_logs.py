"""Forms of notes, scales and logs, each on a small real PDF or Word file: the
notes' topic from a "Focus of the meeting:" line, and the decider's comment
under its "PFCC comment:" label read without the label; a number on a scale
("Assurance score: 2") read against the key line, under bare "Question N"
headings; notes of one item take its title as the meeting's topic."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, BOLD, H1, pdf, records
from reportlab.platypus import Paragraph


def test_focus_line_gives_the_topic_and_comment_label_is_not_commentary(tmp_path: Path) -> None:
    path = pdf(tmp_path / "notes.pdf", [
        Paragraph("Notes of the Resources Scrutiny Board, 12 March 2026", H1),
        Paragraph("Present: the PFCC (Chair), the Chief Constable and the Treasurer.", BODY),
        Paragraph("Focus of the meeting: Rural crime", BODY),
        Paragraph("Q1. How quickly are thefts of farm machinery attended?", BODY),
        Paragraph("Evidence heard: Median attendance fell to 40 minutes over the year.", BODY),
        Paragraph("<b>Assurance:</b> Partially assured", BOLD),
        Paragraph("PFCC comment: The PFCC asked for figures by district.", BODY),
    ])
    found = records(path)
    assert [m["topic"] for m in found["meetings"]] == ["Rural crime"]
    [decision] = found["assurance_decisions"]
    assert (decision["topic"], decision["assurance"], decision["commentary"]) == \
        ("Rural crime", "Partly assured", "The PFCC asked for figures by district.")


def test_a_score_on_a_numbered_scale_is_the_level_its_key_line_gives(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Record of the Outcomes Meeting, 3 February 2026", level=2)
    document.add_paragraph("Theme: Road safety")
    document.add_paragraph("Assurance scale used in this record: 1 \u2013 Assured; 2 \u2013 Partly assured; "
                           "3 \u2013 Not assured.")
    for number, question, score in (("1", "How many speed complaints are followed by enforcement?", "3"),
                                    ("2", "Are collision hot spots patrolled at peak times?", "1")):
        document.add_heading(f"Question {number}", level=3)
        document.add_paragraph().add_run(question).italic = True
        document.add_paragraph("Response: The force set out its figures for the year.")
        document.add_heading(f"Assurance score: {score}", level=4)
        document.add_paragraph(f"Deputy Mayor's rationale: Reason number {number}.")
    path = tmp_path / "record.docx"
    document.save(str(path))
    found = sorted((d["question_number"], d["assurance"], d["topic"], d["commentary"])
                   for d in records(path)["assurance_decisions"])
    assert found == [("1", "Not assured", "Road safety", "Reason number 1."),
                     ("2", "Assured", "Road safety", "Reason number 2.")]


def test_an_action_minuted_in_its_own_words_and_logged_by_reference_is_one_action(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 10 February 2026", level=2)
    document.add_heading("5. Stop and search", level=3)
    document.add_paragraph("The board heard the latest figures on searches and their outcomes.")
    document.add_paragraph("ACTION: The force to share the body-worn video audit with members (AB/26-03).")
    document.add_heading("Action log", level=2)
    rows = [("Ref", "Date raised", "Action", "Update", "Status"),
            ("AB/26-03", "10 February 2026", "Share the body-worn video audit with members.", "Due in May.", "Open")]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    found = [(a["number"], a["text"], a["topic"], a["status"]) for a in records(path)["actions"]]
    assert found == [("AB/26-03", "Share the body-worn video audit with members.", "Stop and search", "outstanding")]


def test_an_action_log_set_out_as_paragraphs_is_read_with_its_raised_date_update_and_status(tmp_path: Path) -> None:
    path = pdf(tmp_path / "log.pdf", [
        Paragraph("Notes of the Delivery Board, 9 April 2026", H1),
        Paragraph("Focus of the meeting: Road safety", BODY),
        Paragraph("Action list", H1),
        Paragraph("<b>DB 2026/03</b> (raised 12 February 2026) \u2013 Circulate the speed camera review. "
                  "<i>Update:</i> Circulated on 2 March 2026. <i>Status:</i> Complete", BODY),
        Paragraph("<b>DB 2026/07</b> (raised 9 April 2026) \u2013 Report collisions near schools by term. "
                  "<i>Update:</i> First report due in July. <i>Status:</i> Open", BODY),
    ])
    found = sorted((a["number"], a["meeting_date"], a["topic"], a["update"], a["status"], a["status_source"])
                   for a in records(path)["actions"])
    assert found == [
        ("DB 2026/03", "2026-02-12", None, "Circulated on 2 March 2026.", "complete", "status_column"),
        ("DB 2026/07", "2026-04-09", "Road safety", "First report due in July.", "outstanding", "status_column")]


def test_notes_of_one_item_take_its_title_as_topic_and_notes_of_several_take_none(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes of the Delivery Board held on 4 March 2026", level=2)
    document.add_heading("Item 3 \u2013 Missing people", level=3)
    document.add_heading("Question 1: How quickly are high-risk missing people found?", level=4)
    document.add_paragraph("Ninety per cent were found within a day.")
    document.add_heading("Minutes of the Delivery Board held on 6 May 2026", level=2)
    document.add_heading("3. Road safety", level=3)
    document.add_paragraph("The board heard the collision figures.")
    document.add_heading("4. Complaints", level=3)
    document.add_paragraph("The board heard the complaint timeliness figures.")
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    assert sorted((m["meeting_date"], m["topic"]) for m in records(path)["meetings"]) == \
        [("2026-03-04", "Missing people"), ("2026-05-06", None)]
