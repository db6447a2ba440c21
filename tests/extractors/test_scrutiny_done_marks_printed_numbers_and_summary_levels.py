"""Forms of trackers, cards and summaries, each on a small real PDF or Word
file: a ✓/✗ under a tracker column headed "Done", read against the key line
above it; a tracker's numbers printed as the actions' list markers; questions
asked under bare "Question N" labels and decided in a closing summary table
joined by number."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, H1, pdf, records
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Table, TableStyle

MARK_FONT = "DejaVuSans"  # Helvetica has no tick or cross


def _mark_style() -> ParagraphStyle:
    if MARK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(MARK_FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    return ParagraphStyle("marks", parent=BODY, fontName=MARK_FONT)


def test_a_tick_or_cross_under_a_done_column_is_the_status_its_key_gives(tmp_path: Path) -> None:
    cell = ParagraphStyle("cell", parent=_mark_style(), fontSize=9, leading=11, spaceAfter=0)
    rows = [["No.", "Date", "Action", "Update", "Done"],
            ["1", "27/11/2025", "Send the burglary problem profile to members.", "Sent.", "\u2713"],
            # the update reads as done; the mark says the board has not closed it
            ["2", "29/01/2026", "Publish the custody inspection response.", "Draft has been shared.", "\u2717"],
            ["3", "29/01/2026", "Report the 999 answer times by month.", "Figures are due in May.", "\u2717"]]
    table = Table([[Paragraph(text, cell) for text in row] for row in rows], colWidths=[30, 65, 170, 130, 40])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    path = pdf(tmp_path / "log.pdf", [Paragraph("Action log", H1),
                                       Paragraph("\u2713 = complete; \u2717 = not yet complete", _mark_style()),
                                       table])
    found = sorted((a["number"], a["status"], a["status_source"]) for a in records(path)["actions"])
    assert found == [("1", "complete", "status_column"), ("2", "outstanding", "status_column"),
                     ("3", "outstanding", "status_column")]


def test_a_tracker_with_no_number_column_takes_the_number_printed_before_each_action(tmp_path: Path) -> None:
    cell = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
    rows = [["Topic", "Action", "Update", "Status"],
            ["Road Safety", "1. Share the speed camera review with partners.", "Shared in January.", "Complete"],
            ["", "2. Report the number of drink-drive arrests by month.", "Figures to follow.", "Ongoing"],
            ["Fraud", "3. Provide the repeat victim figures for older people.", "", "Ongoing"]]
    table = Table([[Paragraph(text, cell) for text in row] for row in rows], colWidths=[70, 200, 130, 60])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("SPAN", (0, 1), (0, 2))]))
    path = pdf(tmp_path / "tracker.pdf", [Paragraph("ACTION TRACKER 2025/26", H1), table])
    found = sorted((a["number"], a["topic"], a["status"]) for a in records(path)["actions"])
    assert found == [("1", "Road Safety", "complete"), ("2", "Road Safety", "outstanding"),
                     ("3", "Fraud", "outstanding")]


def test_questions_under_bare_labels_are_decided_by_the_summary_table_of_their_number(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Accountability Meeting – notes of the meeting held on 12 February 2026", level=1)
    document.add_paragraph("Theme: Road safety")
    document.add_paragraph("The chair welcomed everyone to the meeting.")
    asked = [("Are fatal collision files completed on time?", "Nine in ten files met the deadline in 2025."),
             ("How are speed complaints from residents followed up?", "Each complaint goes to the local team.")]
    for number, (question, answer) in enumerate(asked, 1):
        document.add_heading(f"Question {number}", level=3)
        document.add_paragraph().add_run(question).italic = True
        document.add_paragraph(answer)
    document.add_heading("Summary of assurance", level=2)
    rows = [("No.", "Assurance", "Reason"), ("1", "Assured", "Timeliness is measured and good."),
            ("2", "Partial", "Follow-up is not recorded.")]
    table = document.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for row, values in enumerate(rows):
        for col, text in enumerate(values):
            table.cell(row, col).text = text
    path = tmp_path / "notes.docx"
    document.save(str(path))
    found = sorted((d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"],
                    d["topic"]) for d in records(path)["assurance_decisions"])
    assert found == [
        ("1", asked[0][0], asked[0][1], "Assured", "Timeliness is measured and good.", "Road safety"),
        ("2", asked[1][0], asked[1][1], "Partly assured", "Follow-up is not recorded.", "Road safety"),
    ]


def test_a_card_takes_what_was_heard_as_evidence_and_a_covering_note_with_a_colour_key_decides_nothing(
        tmp_path: Path) -> None:
    cell = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
    card = Table([[Paragraph(text, cell) for text in row] for row in [
        ["Question 1", "How quickly are domestic abuse arrests made after a report?"],
        ["What we heard", "Half of arrests are made within a day of the report."],
        ["Rating", "<b>Amber</b>"],
        ["Chair's view", "Faster than last year, but still too slow for high-risk cases."]]], colWidths=[100, 330])
    card.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                              ("BACKGROUND", (1, 2), (1, 2), colors.HexColor("#ffc000"))]))
    path = pdf(tmp_path / "board.pdf", [
        Paragraph("Covering note", H1),
        Paragraph("The Board is the Chair's main formal meeting with the force's senior leaders. This pack "
                  "holds the summary of the last Board.", BODY),
        # the key's last entry carried onto a line of its own, which reads like a level line
        Paragraph("Ratings: Green – the Chair is assured; Amber – partially assured; Red", BODY),
        Paragraph("– not assured.", BODY),
        Paragraph("Oversight Board – summary of the meeting on 20 January 2026", H1),
        Paragraph("Focus: Domestic abuse", BODY),
        card])
    found = [(d["question_number"], d["evidence_summary"], d["assurance"]) for d in records(path)["assurance_decisions"]]
    assert found == [("1", "Half of arrests are made within a day of the report.", "Partly assured")]


def test_a_tracker_column_headed_board_dates_each_action_by_the_board_that_raised_it(tmp_path: Path) -> None:
    cell = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
    rows = [["Ref", "Board", "Action", "Progress", "Status"],
            ["OB-12", "18/11/2025", "Publish the custody review.", "Published in December.", "Closed"],
            ["OB-13", "20/01/2026", "Share the training figures for the domestic abuse course.", "Due in April.",
             "Open – on track"]]
    table = Table([[Paragraph(text, cell) for text in row] for row in rows], colWidths=[45, 60, 170, 120, 70])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    path = pdf(tmp_path / "tracker.pdf", [Paragraph("Action tracker", H1), table])
    found = sorted((a["number"], a["meeting_date"], a["status"]) for a in records(path)["actions"])
    assert found == [("OB-12", "2025-11-18", "complete"), ("OB-13", "2026-01-20", "outstanding")]
