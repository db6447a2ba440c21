"""Each form on a small real file: the level of an answer set in a shaded box
under it (a one-cell table in Word and in the PDF backend) decides the question
as a level line would; an action the notes list ("1. ...") and the tracker
prints again is numbered by the tracker's own reference, by the list's number
where the tracker prints none."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from files import BODY, BOLD, H1, decision_fields, grid, pdf, records
from reportlab.lib import colors
from reportlab.platypus import PageBreak, Paragraph, Table, TableStyle

_ASKED = (("Q1. How quickly are 999 calls answered?", "Nine in ten calls were answered within ten seconds.",
           "Assurance level: Assured. The Commissioner thanked the call handlers."),
          ("Q2. How are repeat callers identified?", "Call handlers search the address history by hand.",
           "Assurance level: Partially assured. The Commissioner asked for an automatic flag."))
_EXPECTED = [("1", _ASKED[0][0][4:], "Assured", _ASKED[0][1], "The Commissioner thanked the call handlers."),
             ("2", _ASKED[1][0][4:], "Partly assured", _ASKED[1][1], "The Commissioner asked for an automatic flag.")]


_FIELDS = ("question_number", "question", "assurance", "evidence_summary", "commentary")


def test_a_level_in_a_shaded_box_under_the_answer_decides_the_question_in_a_pdf(tmp_path: Path) -> None:
    flow = [Paragraph("Strategy Board \u2013 Summary notes \u2013 8 September 2026", H1),
            Paragraph("Emergency calls", H1)]
    for question, answer, level in _ASKED:
        box = Table([[Paragraph(level, BODY)]], colWidths=[440])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                                 ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#deeaf6"))]))
        flow += [Paragraph(question, BOLD), Paragraph(answer, BODY), box, Paragraph(" ", BODY)]
    assert decision_fields(pdf(tmp_path / "notes.pdf", flow), *_FIELDS, sort=True) == _EXPECTED


def test_a_level_in_a_shaded_word_box_under_the_answer_decides_the_question(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Strategy Board \u2013 Summary notes \u2013 8 September 2026", level=1)
    document.add_heading("Emergency calls", level=2)
    for question, answer, level in _ASKED:
        document.add_heading(question, level=3)
        document.add_paragraph(answer)
        box = document.add_table(rows=1, cols=1)
        box.style = "Table Grid"
        cell = box.cell(0, 0)
        cell.text = level
        cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="DEEAF6"/>'))
    path = tmp_path / "notes.docx"
    document.save(str(path))
    assert decision_fields(path, *_FIELDS, sort=True) == _EXPECTED


def test_a_box_holding_no_level_is_no_decision(tmp_path: Path) -> None:
    box = Table([[Paragraph("Note: the figures are provisional until the year-end audit.", BODY)]], colWidths=[440])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#deeaf6"))]))
    flow = [Paragraph("Strategy Board \u2013 Summary notes \u2013 8 September 2026", H1),
            Paragraph("Emergency calls", H1), Paragraph(_ASKED[0][0], BOLD), Paragraph(_ASKED[0][1], BODY), box]
    assert decision_fields(pdf(tmp_path / "notes.pdf", flow), *_FIELDS, sort=True) == []


_LISTED = ("Share the review of call grading with the OPCC.", "Provide the next two dip samples of risk assessments.")


def _listed_and_tracked(path: Path, tracker: list[list[str]]) -> list[tuple]:
    flow = [Paragraph("Police Accountability Board \u2013 Notes of the meeting held on 8 September 2026", H1),
            Paragraph("Domestic abuse", H1), Paragraph("The Superintendent presented the report.", BODY),
            Paragraph("<b>Actions</b>", BODY), *(Paragraph(f"{i}. {text}", BODY) for i, text in enumerate(_LISTED, 1)),
            PageBreak(), Paragraph("Action tracker", H1), grid(tracker, [60, 230, 120, 60])]
    return sorted((a["number"], a["text"], a["update"], a["status"], a["page"])
                  for a in records(pdf(path, flow))["actions"])


def test_a_listed_action_the_tracker_prints_again_takes_the_trackers_reference(tmp_path: Path) -> None:
    found = _listed_and_tracked(tmp_path / "board.pdf", [
        ["Ref", "Action", "Update", "Status"],
        ["PAB 51", _LISTED[0], "Review shared on 1 October.", "Complete"],
        ["PAB 52", _LISTED[1], "First sample under way.", "Open"]])
    assert found == [("PAB 51", _LISTED[0], "Review shared on 1 October.", "complete", 1),
                     ("PAB 52", _LISTED[1], "First sample under way.", "outstanding", 1)]


def test_a_listed_action_keeps_the_lists_number_where_the_tracker_prints_none(tmp_path: Path) -> None:
    found = _listed_and_tracked(tmp_path / "board.pdf", [
        ["Meeting", "Action", "Update", "Status"],
        ["08/09/2026", _LISTED[0], "Review shared on 1 October.", "Complete"],
        ["08/09/2026", _LISTED[1], "First sample under way.", "Open"]])
    assert found == [("1", _LISTED[0], "Review shared on 1 October.", "complete", 1),
                     ("2", _LISTED[1], "First sample under way.", "outstanding", 1)]
