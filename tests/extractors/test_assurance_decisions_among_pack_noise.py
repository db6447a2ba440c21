"""Whole packs of other offices: assurance decisions among a pack's noise, on
real generated PDF and Word files."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, BOLD, H1, decision_records, docx, grid, pdf
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle


def test_the_scale_defined_in_a_covering_report_and_prose_with_assured_are_no_decisions(tmp_path: Path) -> None:
    flow = [
        Paragraph("ACCOUNTABILITY BOARD", H1),
        Paragraph("Date: Tuesday 14 October 2025", BODY),
        Paragraph("Background", BOLD),
        Paragraph("The Board's terms of reference require the Commissioner to record one of three levels:", BODY),
        Paragraph("\u2022 Assured - the force has shown that it understands the issue and can evidence impact;", BODY),
        Paragraph("\u2022 Partially assured - plans are in place but their impact cannot yet be evidenced;", BODY),
        Paragraph("\u2022 Not assured - the Commissioner is not satisfied that the issue is being addressed.", BODY),
        Paragraph("Recommendation: the PCC is asked to note the performance report.", BODY),
        Paragraph("The Commissioner's office is assured that the figures follow the Home Office counting rules.",
                  BODY),
        Paragraph("NOTES OF THE ACCOUNTABILITY BOARD - 9 SEPTEMBER 2025", H1),
        Paragraph("Question 1: How is the force using its problem profile to direct patrols?", BODY),
        Paragraph("The profile was refreshed in June and identifies fourteen hotspot areas.", BODY),
        Paragraph("PCC decision: Partially assured", BOLD),
        Paragraph("The PCC asked for the hotspot figures to be reported each quarter.", BODY),
    ]
    found = decision_records(pdf(tmp_path / "pack.pdf", flow))
    assert [(d["question"], d["assurance"], d["commentary"]) for d in found] == [
        ("How is the force using its problem profile to direct patrols?", "Partly assured",
         "The PCC asked for the hotspot figures to be reported each quarter.")]


def test_a_grade_scale_in_an_inspection_report_is_no_decision(tmp_path: Path) -> None:
    path = docx(tmp_path / "report.docx", [
        ("h1", "About our grades"),
        ("p", "In this inspection we use five grades. Our grades mean:"),
        ("li", "Outstanding - The force has substantially exceeded the characteristics of good performance."),
        ("li", "Good - The force has demonstrated substantially all the characteristics of good performance."),
        ("li", "Adequate - The force has demonstrated some of the characteristics of good performance."),
        ("li", "Requires improvement - The force has demonstrated few of the characteristics."),
    ])
    assert decision_records(path) == []


def test_minuted_items_numbered_in_bold_give_topic_number_and_evidence_not_the_notes_heading(tmp_path: Path) -> None:
    flow = [
        Paragraph("PERFORMANCE BOARD", H1),
        Paragraph("Wednesday 17 December 2025", BODY),
        Paragraph("MINUTES - PERFORMANCE BOARD - 9 DECEMBER 2025", H1),
        Paragraph("Present: PCC; Chief Executive; Chief Constable.", BODY),
        Paragraph("1. Welcome and apologies", BOLD),
        Paragraph("Apologies were received from the Deputy Chief Constable.", BODY),
        Paragraph("2. Missing Persons", BOLD),
        Paragraph("The Superintendent introduced the report on missing people.", BODY),
        Paragraph("2.1 The PCC asked: How many people were reported missing in the year?", BODY),
        Paragraph("There were 2,930 reports, of which 58% concerned children.", BODY),
        Paragraph("Level of assurance: Substantial", BOLD),
        Paragraph("The PCC thanked the public protection team.", BODY),
        Paragraph("2.2 The PCC asked: How are return home interviews used?", BODY),
        Paragraph("Interviews reach the force within 72 hours in about 60% of cases.", BODY),
        Paragraph("Level of assurance: Partial", BOLD),
        Paragraph("The PCC asked for the sharing of interviews to be agreed with the council.", BODY),
    ]
    found = decision_records(pdf(tmp_path / "minutes.pdf", flow))
    assert [(d["question_number"], d["topic"], d["evidence_summary"], d["assurance"]) for d in found] == [
        ("2.1", "Missing Persons", "There were 2,930 reports, of which 58% concerned children.", "Assured"),
        ("2.2", "Missing Persons", "Interviews reach the force within 72 hours in about 60% of cases.",
         "Partly assured")]


def test_a_level_in_the_question_heading_decides_the_question_below_it(tmp_path: Path) -> None:
    path = docx(tmp_path / "notes.docx", [
        ("h1", "NOTES - PERFORMANCE MEETING (NEIGHBOURHOOD POLICING) - 14 OCTOBER 2025"),
        ("h3", "Question 1 \u2013 Assured"),
        ("b", "How many neighbourhood officers were taken away from their wards last quarter?"),
        ("p", "Abstraction fell from 14% to 9%."),
        ("p", "Commissioner's comment: The Commissioner welcomed the fall."),
        ("h3", "Question 2 \u2013 Partly Assured"),
        ("b", "Are neighbourhood teams using problem-solving plans?"),
        ("p", "A third of the 61 plans had no review date."),
        ("p", "Commissioner's comment: The Commissioner asked to see the next review."),
        ("h2", "Actions"),
        ("li", "The Force to share the next review of problem-solving plans."),
    ])
    assert [(d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"])
            for d in decision_records(path)] == [
        ("1", "How many neighbourhood officers were taken away from their wards last quarter?",
         "Abstraction fell from 14% to 9%.", "Assured", "The Commissioner welcomed the fall."),
        ("2", "Are neighbourhood teams using problem-solving plans?", "A third of the 61 plans had no review date.",
         "Partly assured", "The Commissioner asked to see the next review.")]


def test_a_level_line_right_under_the_question_decides_it_and_the_lines_below_answer_it(tmp_path: Path) -> None:
    flow = [Paragraph("ACCOUNTABILITY BOARD - DECISION RECORD - 11 NOVEMBER 2025", H1)]
    for number, question, level, evidence, comment in [
        ("1", "How many rural crime reports were attended within the target time?", "Reasonable",
         "82% of emergency calls were attended within 20 minutes.", "The Commissioner asked to see it by beat."),
        ("2", "Is the business crime partnership sharing intelligence?", "No assurance",
         "The partnership has not met since July.", "The Commissioner asked for it to be restarted."),
    ]:
        flow += [Paragraph(f"Q{number}. {question}", BOLD), Paragraph(f"<b>Assurance opinion:</b> {level}", BODY),
                 Paragraph(f"Evidence: {evidence}", BODY), Paragraph(f"Comments: {comment}", BODY)]
    found = decision_records(pdf(tmp_path / "record.pdf", flow))
    assert [(d["question_number"], d["assurance"], d["evidence_summary"], d["commentary"]) for d in found] == [
        ("1", "Assured", "82% of emergency calls were attended within 20 minutes.",
         "The Commissioner asked to see it by beat."),
        ("2", "Not assured", "The partnership has not met since July.",
         "The Commissioner asked for it to be restarted.")]


def _word(path: Path, blocks: list[tuple[str, object]]) -> Path:
    """A Word document of ("h2", text) headings, ("p", text) paragraphs and ("table", rows) ruled tables."""
    document = Document()
    for kind, content in blocks:
        if kind == "table":
            table = document.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for r, row in enumerate(content):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
        elif kind.startswith("h"):
            document.add_heading(content, level=int(kind[1]))
        else:
            document.add_paragraph(content)
    document.save(str(path))
    return path


def test_a_tick_under_a_level_column_is_the_level_and_a_comment_of_none_is_no_comment(tmp_path: Path) -> None:
    path = _word(tmp_path / "board.docx", [
        ("h2", "Item 3: Domestic abuse"),
        ("table", [["No.", "Question", "Force response", "Assured", "Partially assured", "Not assured", "PFCC comment"],
                   ["3.1", "How many suspects were arrested within 24 hours?", "61%, up from 54%.", "\u2713", "", "",
                    "The PFCC welcomed the rise."],
                   ["3.2", "What proportion of crimes end in a charge?", "9.4%.", "", "\u2713", "",
                    "The PFCC asked for the file quality results."],
                   ["3.3", "Are victims referred to advisers in time?", "93% within 48 hours.", "", "", "\u2713",
                    "None."]]),
    ])
    assert [(d["question_number"], d["assurance"], d["commentary"], d["topic"]) for d in decision_records(path)] == [
        ("3.1", "Assured", "The PFCC welcomed the rise.", "Domestic abuse"),
        ("3.2", "Partly assured", "The PFCC asked for the file quality results.", "Domestic abuse"),
        ("3.3", "Not assured", None, "Domestic abuse")]


def test_a_key_of_the_scale_between_the_item_heading_and_its_table_keeps_the_item_topic(tmp_path: Path) -> None:
    path = _word(tmp_path / "board.docx", [
        ("h2", "Item 3: Anti-social behaviour"),
        ("p", "The Assistant Chief Constable presented the report."),
        ("h3", "Level of assurance key"),
        ("table", [["Substantial", "The Commissioner is assured."], ["Limited", "The Commissioner is partly assured."],
                   ["No assurance", "The Commissioner is not assured."]]),
        ("table", [["No.", "Question", "Force response", "Level of assurance"],
                   ["3.1", "How was the hotspot funding used?", "Patrols ran in 18 areas.", "Substantial"]]),
    ])
    assert [(d["question_number"], d["assurance"], d["topic"]) for d in decision_records(path)] == [
        ("3.1", "Assured", "Anti-social behaviour")]


def test_levels_listed_after_a_table_of_questions_decide_them_with_the_words_after_the_level(tmp_path: Path) -> None:
    flow = [
        Paragraph("NOTES OF THE STRATEGIC SCRUTINY MEETING - 12 FEBRUARY 2026", H1),
        grid([["Q", "Question", "Response"],
              ["1", "What has been the trend in serious injuries on the roads?", "They fell from 486 to 431."],
              ["2", "How is the Force targeting the riskiest drivers?", "Patrols on five routes started in June."]],
             [30, 200, 200]),
        Paragraph("PCC's assessment", BOLD),
        Paragraph("\u2022 Q1 \u2013 Substantial assurance. The PCC was pleased with the reduction.", BODY),
        Paragraph("\u2022 Q2 \u2013 Limited assurance. The PCC asked for an evaluation of the patrols.", BODY),
    ]
    found = decision_records(pdf(tmp_path / "notes.pdf", flow))
    assert [(d["question_number"], d["evidence_summary"], d["assurance"], d["commentary"]) for d in found] == [
        ("1", "They fell from 486 to 431.", "Assured", "The PCC was pleased with the reduction."),
        ("2", "Patrols on five routes started in June.", "Partly assured",
         "The PCC asked for an evaluation of the patrols.")]


def test_a_summary_table_of_levels_takes_each_question_s_answer_from_the_notes(tmp_path: Path) -> None:
    flow = [
        Paragraph("Notes of the Accountability Meeting \u2013 25 September 2025", H1),
        Paragraph("Question 1: How many shop thefts were reported in the last six months?", BODY),
        Paragraph("Reported shop thefts rose by 9% to 11,840.", BODY),
        Paragraph("Question 2: Are shop workers who are assaulted being updated on their case?", BODY),
        Paragraph("The Force could not say how many had been updated.", BODY),
        Paragraph("The Deputy Mayor thanked officers for their attendance.", BODY),
        Paragraph("Summary of assurance", BOLD),
        grid([["No.", "Question", "Level of assurance", "Follow-up"],
              ["1", "How many shop thefts were reported in the last six months?", "Substantial assurance", "None."],
              ["2", "Are shop workers who are assaulted being updated on their case?", "Limited assurance",
               "Report update rates."]], [30, 200, 100, 120]),
    ]
    found = decision_records(pdf(tmp_path / "notes.pdf", flow))
    assert [(d["question_number"], d["evidence_summary"], d["assurance"], d["commentary"]) for d in found] == [
        ("1", "Reported shop thefts rose by 9% to 11,840.", "Assured", None),
        ("2", "The Force could not say how many had been updated.", "Partly assured", "Report update rates.")]


def test_the_assurance_the_decider_gained_is_the_level_in_a_table_and_in_minutes(tmp_path: Path) -> None:
    table_pack = pdf(tmp_path / "board.pdf", [
        Paragraph("PUBLIC ACCOUNTABILITY BOARD - NOTES - 18 NOVEMBER 2025", H1),
        grid([["No.", "Question", "Force response", "Outcome"],
              ["1", "How quickly are stalking reports reviewed?", "Within 24 hours.",
               "The Mayor gained assurance that reports are reviewed within a day."],
              ["2", "How many stalking protection orders were applied for?", "Eleven.",
               "The Mayor gained partial assurance that orders are used where needed."],
              ["3", "What training have call handlers received?", "None yet.",
               "The Mayor did not gain assurance that call handlers recognise stalking."]], [30, 150, 100, 170]),
    ])
    assert [(d["question_number"], d["assurance"]) for d in decision_records(table_pack)] == [
        ("1", "Assured"), ("2", "Partly assured"), ("3", "Not assured")]
    minutes = docx(tmp_path / "minutes.docx", [
        ("h1", "Minutes of the Accountability and Performance Panel held on 9 December 2025"),
        ("b", "LoE 1: How many people were killed or seriously injured in the first half of the year?"),
        ("p", "There were 162 casualties, 11% fewer than a year before."),
        ("p", "The PCC gained partial assurance that the fall will last."),
        ("b", "LoE 2: What has the Force done with the dashcam footage submitted by the public?"),
        ("p", "Of 3,400 submissions, 2,900 were reviewed."),
        ("p", "The PCC did not gain assurance that the backlog will be cleared."),
    ])
    decisions = decision_records(minutes)
    assert [(d["question_number"], d["question"], d["assurance"], d["commentary"]) for d in decisions] == [
        ("1", "How many people were killed or seriously injured in the first half of the year?", "Partly assured",
         "The PCC gained partial assurance that the fall will last."),
        ("2", "What has the Force done with the dashcam footage submitted by the public?", "Not assured",
         "The PCC did not gain assurance that the backlog will be cleared.")]


def test_header_cells_spanning_columns_are_read_down_to_the_columns_they_head(tmp_path: Path) -> None:
    document = Document()
    table = document.add_table(rows=4, cols=5)
    table.style = "Table Grid"
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Question"
    table.cell(0, 2).merge(table.cell(1, 2)).text = "Force response"
    table.cell(0, 3).merge(table.cell(0, 4)).text = "Assurance"
    table.cell(1, 0).merge(table.cell(1, 1))
    table.cell(1, 3).text, table.cell(1, 4).text = "Level", "Rationale"
    for row, cells in enumerate([("Q1", "How many arrests were made in the quarter?", "1,212.", "Fully assured",
                                  "Arrests have risen."),
                                 ("Q2", "Are victims told when a suspect is released?", "Not recorded.", "No assurance",
                                  "Without records the Force cannot show it.")], start=2):
        for col, text in enumerate(cells):
            table.cell(row, col).text = text
    document.save(str(tmp_path / "forum.docx"))
    found = decision_records(tmp_path / "forum.docx")
    assert [(d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"])
            for d in found] == [
        ("1", "How many arrests were made in the quarter?", "1,212.", "Assured", "Arrests have risen."),
        ("2", "Are victims told when a suspect is released?", "Not recorded.", "Not assured",
         "Without records the Force cannot show it.")]


def test_lines_of_enquiry_numbered_by_their_label_and_answered_in_an_update_column(tmp_path: Path) -> None:
    path = _word(tmp_path / "board.docx", [
        ("h2", "Item 3: Digital forensics"),
        ("table", [["LoE", "Line of enquiry", "Force update", "Assurance level", "Rationale"],
                   ["LoE 1", "How long are devices waiting for examination?", "A median wait of 74 days.",
                    "Limited assurance", "The queue is falling slowly."],
                   ["LoE 2", "Is the unit on track to keep its accreditation?", "It passed its visit in October.",
                    "Fully assured", "Accreditation is secure."]]),
    ])
    assert [(d["question_number"], d["evidence_summary"], d["assurance"]) for d in decision_records(path)] == [
        ("1", "A median wait of 74 days.", "Partly assured"), ("2", "It passed its visit in October.", "Assured")]


def test_a_question_cell_opening_with_its_label_line_gives_the_number_not_a_theme(tmp_path: Path) -> None:
    cell = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11)
    rows = [["Question / Key line of enquiry", "Force response", "PCC assurance level and rationale"],
            [[Paragraph("<b>KLOE 1</b>", cell), Paragraph("How has the model changed attendance times?", cell)],
             Paragraph("Attendance fell from 31 to 22 hours.", cell),
             [Paragraph("Fully assured", cell), Paragraph("The improvement is sustained.", cell)]]]
    table = Table(rows, colWidths=[180, 150, 150])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    found = decision_records(pdf(tmp_path / "meeting.pdf", [
        Paragraph("Minutes of the Strategic Scrutiny Meeting held on 25 November 2025", H1),
        Paragraph("Theme: Neighbourhood crime", BODY), table]))
    assert [(d["question_number"], d["question"], d["assurance"], d["commentary"], d["topic"]) for d in found] == [
        ("1", "How has the model changed attendance times?", "Assured", "The improvement is sustained.",
         "Neighbourhood crime")]


def test_an_item_label_line_titles_the_minuted_lines_of_enquiry_below_it(tmp_path: Path) -> None:
    path = docx(tmp_path / "notes.docx", [
        ("h1", "Notes of the Accountability and Performance Panel held on Friday 5 December 2025"),
        ("p", "Item 3: Road safety"),
        ("p", "The Chief Inspector presented a report on roads policing."),
        ("b", "LoE 1: How many people were killed or seriously injured in the first half of the year?"),
        ("p", "151 people, against 163 a year before."),
        ("p", "The PCC gained assurance that the Force is targeting its enforcement."),
        ("p", "Item 4: Force performance report"),
        ("p", "The Deputy Chief Constable introduced the quarterly report."),
    ])
    decisions = decision_records(path)
    assert [(d["question_number"], d["topic"], d["evidence_summary"], d["assurance"]) for d in decisions] == [
        ("1", "Road safety", "151 people, against 163 a year before.", "Assured")]


def test_questions_set_for_a_coming_meeting_in_an_empty_decision_table_are_no_decisions(tmp_path: Path) -> None:
    path = _word(tmp_path / "pack.docx", [
        ("h2", "Agenda item 3: Contact management \u2013 questions for this meeting"),
        ("table", [["No.", "Question", "Force response", "Assurance level", "PCC comments"],
                   ["1", "What are the answer times for 999 and 101 calls?", "", "", ""],
                   ["2", "How many 101 calls were abandoned last quarter?", "", "", ""]]),
    ])
    assert decision_records(path) == []


def test_rag_letters_read_against_the_key_line_and_a_header_word_broken_by_a_narrow_column(tmp_path: Path) -> None:
    letters = _word(tmp_path / "board.docx", [
        ("p", "The Commissioner's assurance is shown by a RAG rating. Key: G = assured; A = partially assured; "
              "R = not assured."),
        ("table", [["Ref", "Question", "Response", "RAG", "Commissioner's comment"],
                   ["SV1", "How has the Force used the partnership data?", "A shared profile was agreed.", "G",
                    "Good use of shared data."],
                   ["SV2", "What is being done about knife-enabled robbery?", "It rose by 9%.", "A",
                    "The effect is not yet shown."]]),
    ])
    assert [(d["question_number"], d["assurance"]) for d in decision_records(letters)] == [
        ("SV1", "Assured"), ("SV2", "Partly assured")]
    broken = pdf(tmp_path / "board.pdf", [
        Paragraph("Key: <font color='#00b050'>\u25cf</font> Assured <font color='#ffc000'>\u25cf</font> Partially "
                  "assured <font color='#ff0000'>\u25cf</font> Not assured", BODY),
        # the narrow column prints "Assura" over "nce"; the backend reads the word whole
        grid([["#", "Question", "Summary of response", "Assurance", "Comments"],
              ["1", "What has been the impact of the hare coursing operation?", "Reports fell by a third.",
               "<font color='#00b050'>\u25cf</font>", "Clear evidence of impact."],
              ["2", "How is the force tackling the theft of GPS units?", "86 thefts; 12% with a suspect.",
               "<font color='#ffc000'>\u25cf</font>", "Detection remains low."]], [20, 160, 150, 45, 100]),
    ])
    assert [(d["question_number"], d["assurance"]) for d in decision_records(broken)] == [
        ("1", "Assured"), ("2", "Partly assured")]


def test_the_commissioners_assurance_on_a_high_medium_low_scale_closes_each_minuted_question(tmp_path: Path) -> None:
    flow = [Paragraph("Minutes of the Performance and Delivery Board held on 28 January 2026", H1),
            Paragraph("Item 3: Missing children", BODY)]
    for number, question, level, comment in [
        ("1", "How quickly are missing children assessed for risk?", "High", "The Commissioner was satisfied."),
        ("2", "How does the Force share information with the councils?", "Medium", "A gap remains at weekends."),
        ("3", "How does the Force identify children at risk of exploitation?", "Low", "There is no data yet."),
    ]:
        flow += [Paragraph(f"<b>Question {number}.</b> {question}", BODY),
                 Paragraph("The Detective Superintendent answered.", BODY),
                 Paragraph(f"<b>Commissioner's assurance: {level}.</b> {comment}", BODY)]
    found = decision_records(pdf(tmp_path / "minutes.pdf", flow))
    assert [(d["question_number"], d["topic"], d["assurance"], d["commentary"]) for d in found] == [
        ("1", "Missing children", "Assured", "The Commissioner was satisfied."),
        ("2", "Missing children", "Partly assured", "A gap remains at weekends."),
        ("3", "Missing children", "Not assured", "There is no data yet.")]
