"""Scrutiny round 32 (blind, issue 4): agendas and meeting headers as real offices print them.

Seven packs of PCC, PFCC and mayoral offices. Three are Word files saved as PDFs by LibreOffice
(../office_pdf.py), two are Word files, two are reportlab PDFs (invariant mode). Gold goes to
gold/ (staged in pending/ until promoted). Names, figures and wording are invented.

    .venv/bin/python samples/corpus/scrutiny-round32/generate.py
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from office_pdf import docx_to_pdf  # noqa: E402

rl_config.invariant = 1
ZIP_TIME = (2026, 9, 1, 9, 0, 0)
CHECKED = ("Written blind for round 32; every record hand-checked against the rendered document "
           "and `scrutiny inspect` by the round's writer.")

# A pack is a list of blocks:
#   ("title", text) ("h1", text) ("h2", text) ("p", text[, style]) ("break",)
#   ("table", rows, widths_cm[, banner_rows[, header]])  -- the first row is a shaded header row unless
#   header is False; banner rows span all columns
# Text may hold **bold** runs. Paragraph styles: "indent", "italic", "small".


def _segments(text: str) -> list[tuple[str, bool]]:
    parts = re.split(r"(\*\*.+?\*\*)", text)
    return [(p[2:-2], True) if p.startswith("**") else (p, False) for p in parts if p]


# ---------------------------------------------------------------- Word

def _docx_runs(paragraph, text: str, bold: bool = False, italic: bool = False, size: float | None = None) -> None:
    for segment, is_bold in _segments(text.replace("'", "\u2019")):  # Word's AutoFormat makes apostrophes curly
        run = paragraph.add_run(segment)
        run.bold = True if (bold or is_bold) else None
        run.italic = True if italic else None
        if size:
            run.font.size = Pt(size)


def _shade(cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def build_docx(blocks: list, header: str | None = None, footer: str | None = None) -> bytes:
    document = Document()
    document.core_properties.created = datetime(2026, 9, 1, 9, 0, 0)
    document.core_properties.modified = datetime(2026, 9, 1, 9, 0, 0)
    document.core_properties.author = "OPCC"
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(3)
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    for block in blocks:
        kind = block[0]
        if kind == "title":
            document.add_heading(block[1], level=0)
        elif kind in ("h1", "h2"):
            document.add_heading(block[1], level=1 if kind == "h1" else 2)
        elif kind == "p":
            style = block[2] if len(block) > 2 else ""
            paragraph = document.add_paragraph()
            if "indent" in style:
                paragraph.paragraph_format.left_indent = Cm(1)
            _docx_runs(paragraph, block[1], italic="italic" in style, size=9 if "small" in style else None)
        elif kind == "break":
            document.add_page_break()
        elif kind == "table":
            rows, widths = block[1], block[2]
            banners = block[3] if len(block) > 3 else set()
            header_row = 0 if len(block) <= 4 or block[4] else -1
            table = document.add_table(rows=len(rows), cols=len(widths))
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            table.autofit = False
            for column, width in zip(table.columns, widths):
                column.width = Cm(width)
            for r, row in enumerate(rows):
                cells = table.rows[r].cells
                if r in banners:
                    merged = cells[0].merge(cells[-1])
                    merged.paragraphs[0].text = ""
                    _docx_runs(merged.paragraphs[0], row[0], bold=True)
                    _shade(merged, "D9D9D9")
                    continue
                for c, value in enumerate(row):
                    cells[c].width = Cm(widths[c])
                    for i, line in enumerate(value.split("\n")):
                        paragraph = cells[c].paragraphs[0] if i == 0 else cells[c].add_paragraph()
                        _docx_runs(paragraph, line, bold=(r == header_row), size=9)
                    if r == header_row:
                        _shade(cells[c], "D9E2F3")
            document.add_paragraph()
    out = io.BytesIO()
    document.save(out)
    return _stable_zip(out.getvalue())


def _stable_zip(data: bytes) -> bytes:
    """The same archive with every member's timestamp fixed (python-docx stamps the time of saving)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- reportlab

STYLES = {
    "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=10),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=6),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4),
    "p": ParagraphStyle("p", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11),
}


def _rl_markup(text: str) -> str:
    return "".join(f"<b>{escape(s)}</b>" if b else escape(s) for s, b in _segments(text))


def build_reportlab(blocks: list, footer: str | None = None, header: str | None = None) -> bytes:
    story = []
    for block in blocks:
        kind = block[0]
        if kind in ("title", "h1", "h2"):
            story.append(Paragraph(_rl_markup(block[1]), STYLES[kind]))
        elif kind == "p":
            style = block[2] if len(block) > 2 else ""
            base = STYLES["p"]
            if style:
                base = ParagraphStyle(style, parent=base, leftIndent=28 if "indent" in style else 0,
                                      fontName="Helvetica-Oblique" if "italic" in style else "Helvetica",
                                      fontSize=9 if "small" in style else 10)
            story.append(Paragraph(_rl_markup(block[1]), base))
        elif kind == "break":
            story.append(PageBreak())
        elif kind == "table":
            rows, widths = block[1], block[2]
            banners = block[3] if len(block) > 3 else set()
            data = []
            for r, row in enumerate(rows):
                cells = []
                for value in row:
                    text = "<br/>".join(_rl_markup(line) for line in value.split("\n"))
                    cells.append(Paragraph(f"<b>{text}</b>" if r == 0 or r in banners else text, STYLES["cell"]))
                data.append(cells)
            commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")]
            for r in banners:
                commands += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#D9D9D9"))]
            table = RLTable(data, colWidths=[w * cm for w in widths], repeatRows=1)
            table.setStyle(TableStyle(commands))
            story += [table, Spacer(1, 8)]

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if header:
            canvas.drawString(2 * cm, A4[1] - 1.2 * cm, header)
        if footer:
            canvas.drawString(2 * cm, 1.2 * cm, footer)
            canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
        canvas.restoreState()

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                      bottomMargin=2 * cm, invariant=1).build(story, onFirstPage=decorate, onLaterPages=decorate)
    return out.getvalue()


# ---------------------------------------------------------------- gold helpers

def document(title: str, force: str, organisation: str, meeting_date: str, file_type: str, pages: int | None) -> dict:
    return {"page": None, "file_type": file_type, "doc_kind": "scrutiny_pack", "title": title, "force": force,
            "organisation": organisation, "meeting_date": meeting_date, "publication_date": None,
            "status": "ok", "pages": pages}


def meeting(page, meeting_date: str, topic, organisation: str, title: str) -> dict:
    return {"page": page, "meeting_date": meeting_date, "topic": topic, "organisation": organisation, "title": title}


def agenda(page, meeting_date: str, items: list[tuple]) -> list[dict]:
    return [{"page": page, "meeting_date": meeting_date, "number": number, "title": title, "presenter": presenter}
            for number, title, presenter in items]


def decision(page, meeting_date, topic, number, question, evidence, assurance, commentary) -> dict:
    return {"page": page, "meeting_date": meeting_date, "topic": topic, "question_number": number, "question": question,
            "evidence_summary": evidence, "assurance": assurance, "commentary": commentary}


def action(page, meeting_date, topic, number, text, update, status, status_source, source) -> dict:
    return {"page": page, "meeting_date": meeting_date, "topic": topic, "number": number, "text": text,
            "update": update, "status": status, "status_source": status_source, "source": source}


# ---------------------------------------------------------------- 1. Lancashire (Word -> PDF)

def lancashire() -> tuple[list, dict, dict]:
    org, date, prev = "Police and Crime Commissioner for Lancashire", "2027-03-16", "2026-12-02"
    topic = "Neighbourhood policing"
    items = [
        ("1", "Welcome and introductions", "Police and Crime Commissioner"),
        ("2", "Apologies", "Police and Crime Commissioner"),
        ("3", "Declarations of interest", None),
        ("4", "Minutes of the meeting held on 2nd December 2026 and action log", "Chief Executive"),
        ("5", "Current and significant issues", "Police and Crime Commissioner / Chief Constable"),
        ("6", "Response times and call handling", "ACC Operations"),
        ("7", "Police and Crime Plan performance report, Quarter 3", "Head of Performance, OPCC"),
        ("8", "Date of the next meeting", None),
        ("9", "Exclusion of press and public", None),
        ("10", "Estates strategy: disposal of section stations", "Chief Finance Officer"),
    ]
    blocks: list = [
        ("p", "**OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR LANCASHIRE**"),
        ("title", "Accountability Board"),
        ("p", "Tuesday 16th March 2027 at 10.00am"),
        ("p", "Committee Room 2, County Hall, Preston"),
        ("p", "Chair: Police and Crime Commissioner"),
        ("h1", "Agenda"),
    ]
    for number, title, presenter in items[:8]:
        blocks.append(("p", f"**{number}. {title}**"))
        if presenter:
            blocks.append(("p", presenter, "indent"))
        if number == "8":
            blocks.append(("p", "8th June 2027", "indent"))
    blocks += [
        ("p", "**9. Exclusion of press and public**"),
        ("p", "The Board is asked to decide whether the press and public should be excluded for the next item, "
              "as it is likely to involve the disclosure of exempt information under Part I of Schedule 12A "
              "to the Local Government Act 1972, or information that is commercially sensitive.", "indent"),
        ("h2", "Part 2 – Not for publication"),
        ("p", "**10. Estates strategy: disposal of section stations**"),
        ("p", "Chief Finance Officer", "indent"),
        ("break",),
        ("h1", "Minutes of the Accountability Board held on 2nd December 2026"),
        ("p", "**Present:** Police and Crime Commissioner (Chair); Chief Constable; Deputy Chief Constable; "
              "Chief Executive, OPCC; Chief Finance Officer, OPCC; Head of Performance, OPCC."),
        ("h2", "1. Welcome and introductions"),
        ("p", "The Commissioner welcomed everyone to the meeting."),
        ("h2", "2. Apologies"),
        ("p", "Apologies were received from the Assistant Chief Officer."),
        ("h2", "3. Declarations of interest"),
        ("p", "There were no declarations of interest."),
        ("h2", "4. Minutes of the meeting held on 23rd September 2026 and action log"),
        ("p", "The minutes were agreed as a true record. Progress on the action log was noted."),
        ("h2", "5. Neighbourhood policing"),
        ("p", "The Chief Superintendent for Local Policing presented the report on the neighbourhood policing "
              "model introduced in April."),
        ("p", "**Question 1:** How many neighbourhood officers have been taken away from their wards to cover "
              "response duties this year?"),
        ("p", "**Response:** Abstraction fell from 19 per cent in April to 11 per cent in October. A weekly "
              "meeting now signs off every abstraction above two shifts."),
        ("p", "**Assurance level:** Assured"),
        ("p", "**Commissioner's comment:** The Commissioner welcomed the fall in abstraction."),
        ("p", "**Question 2:** How does the force know that ward priorities reflect what residents have told "
              "the police?"),
        ("p", "**Response:** Priorities are set at ward panels twice a year. Only 40 per cent of panels met in "
              "the last cycle and online surveys had low returns in the east of the county."),
        ("p", "**Assurance level:** Partly assured"),
        ("p", "**Commissioner's comment:** The Commissioner asked for a plan to restart the panels that have lapsed."),
        ("p", "**Actions agreed**"),
        ("p", "AB 26/31 – Provide ward-level abstraction figures for the last two quarters.", "indent"),
        ("p", "AB 26/32 – Set out a plan to restart lapsed ward panels.", "indent"),
        ("h2", "6. Date of the next meeting"),
        ("p", "The next meeting will be held on 16th March 2027."),
        ("break",),
        ("h1", "Action log"),
        ("table", [
            ["Ref", "Meeting", "Action", "Owner", "Update", "Status"],
            ["AB 26/22", "23/09/2026", "Report the outcome of the stop and search scrutiny panel review.",
             "ACC Operations", "Report received and published on the OPCC website.", "Complete"],
            ["AB 26/25", "23/09/2026", "Share the business case for the new custody suite at Blackburn.",
             "Chief Finance Officer", "Business case delayed to allow a review of capital costs.", "Open"],
            ["AB 26/31", "02/12/2026", "Provide ward-level abstraction figures for the last two quarters.",
             "Chief Superintendent, Local Policing", "Figures circulated on 20 January 2027.", "Complete"],
            ["AB 26/32", "02/12/2026", "Set out a plan to restart lapsed ward panels.",
             "Chief Superintendent, Local Policing", "Draft plan to be presented in June.", "Open"],
        ], [2.1, 2.3, 4.2, 2.8, 3.5, 2.1]),
    ]
    gold = {
        "documents": [document("Accountability Board", "Lancashire Constabulary", org, date, "pdf", None)],
        "meetings": [meeting(1, date, None, org, "Accountability Board"),
                     meeting(2, prev, topic, org, "Minutes of the Accountability Board held on 2nd December 2026")],
        "agenda_items": agenda(1, date, items),
        "assurance_decisions": [
            decision(2, prev, topic, "1",
                     "How many neighbourhood officers have been taken away from their wards to cover response duties this year?",
                     "Abstraction fell from 19 per cent in April to 11 per cent in October. A weekly meeting now signs off every abstraction above two shifts.",
                     "Assured", "The Commissioner welcomed the fall in abstraction."),
            decision(2, prev, topic, "2",
                     "How does the force know that ward priorities reflect what residents have told the police?",
                     "Priorities are set at ward panels twice a year. Only 40 per cent of panels met in the last cycle and online surveys had low returns in the east of the county.",
                     "Partly assured", "The Commissioner asked for a plan to restart the panels that have lapsed."),
        ],
        "actions": [
            action(3, "2026-09-23", None, "AB 26/22", "Report the outcome of the stop and search scrutiny panel review.",
                   "Report received and published on the OPCC website.", "complete", "status_column", "action_tracker"),
            action(3, "2026-09-23", None, "AB 26/25", "Share the business case for the new custody suite at Blackburn.",
                   "Business case delayed to allow a review of capital costs.", "outstanding", "status_column", "action_tracker"),
            action(2, prev, topic, "AB 26/31", "Provide ward-level abstraction figures for the last two quarters.",
                   "Figures circulated on 20 January 2027.", "complete", "status_column", "action_tracker"),
            action(2, prev, topic, "AB 26/32", "Set out a plan to restart lapsed ward panels.",
                   "Draft plan to be presented in June.", "outstanding", "status_column", "action_tracker"),
        ],
        "grades": [],
    }
    return blocks, gold, {"header": "OFFICIAL", "footer": "Lancashire OPCC – Accountability Board"}


# ---------------------------------------------------------------- 2. Hertfordshire (Word)

def hertfordshire() -> tuple[list, dict, dict]:
    org, date, prev = "Police and Crime Commissioner for Hertfordshire", "2027-03-11", "2027-01-14"
    prev_topic = "Rural and wildlife crime"
    rows = [
        ["Item", "Time", "Title", "Lead", "Paper"],
        ["1", "14:00", "Welcome, apologies and declarations of interest", "Commissioner", "–"],
        ["2", "14:05", "Notes of the meeting held on 14 January 2027 and action tracker", "Head of Governance", "A"],
        ["3", "14:15", "Chief Constable's update", "Chief Constable", "Verbal"],
        ["4", "14:30", "Protecting vulnerable people", "", ""],
        ["4a", "14:30", "Child criminal exploitation", "Detective Superintendent, Public Protection", "B"],
        ["4b", "15:00", "Missing children", "Detective Chief Inspector, Missing Persons", "C"],
        ["5", "15:30", "Quarterly finance report", "Chief Finance Officer", "D"],
        ["6", "15:50", "Any other business", "Commissioner", "–"],
    ]
    blocks: list = [
        ("p", "Hertfordshire Police and Crime Commissioner"),
        ("title", "Strategic Governance Board"),
        ("table", [["Date", "Thursday 11 March 2027"], ["Time", "14:00 – 16:00"],
                   ["Venue", "Police Headquarters, Welwyn Garden City"], ["Chair", "Police and Crime Commissioner"]],
         [3, 10], set(), False),
        ("p", "**Theme:** Protecting vulnerable people"),
        ("h1", "Agenda"),
        ("table", rows, [1.3, 1.5, 6.5, 5, 1.5]),
        ("p", "Papers marked Verbal will be presented at the meeting.", "small"),
        ("break",),
        ("h1", "Notes of the Strategic Governance Board – 14 January 2027"),
        ("p", "**Present:** Police and Crime Commissioner (Chair), Chief Constable, Deputy Chief Constable, "
              "Chief Executive, Chief Finance Officer, Head of Governance."),
        ("h2", "1. Welcome, apologies and declarations of interest"),
        ("p", "Apologies were received from the Chief Finance Officer. No interests were declared."),
        ("h2", "2. Notes of the last meeting and action tracker"),
        ("p", "The notes of 12 November 2026 were agreed. The action tracker was reviewed."),
        ("h2", "3. Rural and wildlife crime"),
        ("p", "The Rural Operational Support Team inspector presented the paper."),
        ("table", [
            ["No.", "Question", "Force response", "Assurance level"],
            ["1", "How has the number of reported thefts of farm machinery changed over the last year?",
             "Reports fell from 212 to 164. Most thefts are now of quad bikes and GPS units rather than tractors.",
             "Assured"],
            ["2", "How are rural crime officers kept in post when response demand rises?",
             "The team of eight has been fully staffed since September. Two officers were redeployed to "
             "response for four weeks over the summer.", "Partly assured"],
            ["3", "What is the force doing about hare coursing on the county border?",
             "A joint operation with neighbouring forces runs from September to March, with seizure of dogs "
             "and vehicles where the law allows.", "Assured"],
        ], [1, 5.5, 7.5, 2.8]),
        ("p", "**Action SGB 27/01:** Provide a breakdown of rural thefts by district for the last twelve months."),
        ("p", "**Action SGB 27/02:** Confirm how often rural crime officers were redeployed to response in 2026."),
        ("h2", "4. Any other business"),
        ("p", "There was no other business."),
        ("break",),
        ("h1", "Action tracker"),
        ("table", [
            ["Ref", "Raised", "Action", "Owner", "Update", "Status"],
            ["SGB 26/14", "12/11/2026", "Circulate the force's new charging performance report to the OPCC.",
             "Head of Criminal Justice", "Report circulated 30 November 2026.", "Closed"],
            ["SGB 26/15", "12/11/2026", "Report how many officers have completed body-worn video refresher training.",
             "Head of Learning and Development", "Figures to follow once training records are reconciled.", "Open"],
            ["SGB 27/01", "14/01/2027", "Provide a breakdown of rural thefts by district for the last twelve months.",
             "Inspector, Rural Operational Support Team", "Breakdown shared 4 February 2027.", "Closed"],
            ["SGB 27/02", "14/01/2027", "Confirm how often rural crime officers were redeployed to response in 2026.",
             "Superintendent, Local Policing", "", "Open"],
        ], [2, 2, 5, 3, 3.5, 1.5]),
    ]
    items = [(r[0], r[2], r[3] or None) for r in rows[1:]]
    gold = {
        "documents": [document("Strategic Governance Board", "Hertfordshire Constabulary", org, date, "docx", None)],
        "meetings": [meeting(None, date, "Protecting vulnerable people", org, "Strategic Governance Board"),
                     meeting(None, prev, prev_topic, org, "Notes of the Strategic Governance Board – 14 January 2027")],
        "agenda_items": agenda(None, date, items),
        "assurance_decisions": [
            decision(None, prev, prev_topic, "1",
                     "How has the number of reported thefts of farm machinery changed over the last year?",
                     "Reports fell from 212 to 164. Most thefts are now of quad bikes and GPS units rather than tractors.",
                     "Assured", None),
            decision(None, prev, prev_topic, "2",
                     "How are rural crime officers kept in post when response demand rises?",
                     "The team of eight has been fully staffed since September. Two officers were redeployed to response for four weeks over the summer.",
                     "Partly assured", None),
            decision(None, prev, prev_topic, "3",
                     "What is the force doing about hare coursing on the county border?",
                     "A joint operation with neighbouring forces runs from September to March, with seizure of dogs and vehicles where the law allows.",
                     "Assured", None),
        ],
        "actions": [
            action(None, "2026-11-12", None, "SGB 26/14", "Circulate the force's new charging performance report to the OPCC.",
                   "Report circulated 30 November 2026.", "complete", "status_column", "action_tracker"),
            action(None, "2026-11-12", None, "SGB 26/15", "Report how many officers have completed body-worn video refresher training.",
                   "Figures to follow once training records are reconciled.", "outstanding", "status_column", "action_tracker"),
            action(None, prev, prev_topic, "SGB 27/01", "Provide a breakdown of rural thefts by district for the last twelve months.",
                   "Breakdown shared 4 February 2027.", "complete", "status_column", "action_tracker"),
            action(None, prev, prev_topic, "SGB 27/02", "Confirm how often rural crime officers were redeployed to response in 2026.",
                   None, "outstanding", "status_column", "action_tracker"),
        ],
        "grades": [],
    }
    return blocks, gold, {"header": "OFFICIAL"}


# ---------------------------------------------------------------- 3. Lincolnshire (reportlab)

def lincolnshire() -> tuple[list, dict, dict]:
    org, date, prev = "Police and Crime Commissioner for Lincolnshire", "2027-03-03", "2027-01-13"
    rows = [
        ["Time", "Item", "Lead"],
        ["10:00 – 10:05", "1. Welcome and apologies", "Chair"],
        ["10:05 – 10:15", "2. Notes and actions from the meeting of 13 January 2027", "Governance Officer, OPCC"],
        ["10:15 – 10:45", "3. Serious violence duty: partnership delivery", "ACC Crime"],
        ["10:45 – 11:15", "4. Knife crime and weapons sweeps", "Chief Superintendent, Operational Support"],
        ["11:15 – 11:25", "Comfort break", ""],
        ["11:25 – 11:55", "5. Force performance dashboard", "Head of Business Improvement"],
        ["11:55 – 12:00", "6. Any other business", "Chair"],
    ]
    blocks: list = [
        ("p", "**Police and Crime Commissioner for Lincolnshire**"),
        ("title", "Performance Scrutiny Board"),
        ("p", "**Date:** Wednesday 3 March 2027"),
        ("p", "**Time:** 10:00 – 12:00"),
        ("p", "**Venue:** Conference Room 1, Police Headquarters, Nettleham"),
        ("p", "**Chair:** Police and Crime Commissioner"),
        ("p", "**Focus:** Serious violence"),
        ("p", "Members of the public may observe the meeting online. Questions for the Commissioner should be "
              "sent to the OPCC five working days before the meeting."),
        ("break",),
        ("h1", "Agenda"),
        ("table", rows, [3, 8.5, 5.5]),
        ("break",),
        ("h1", "Notes of the Performance Scrutiny Board held on 13 January 2027"),
        ("p", "**Attendees:** Police and Crime Commissioner (Chair); Deputy Police and Crime Commissioner; "
              "Chief Constable; ACC Crime; Chief Executive, OPCC; Governance Officer, OPCC."),
        ("h2", "1. Welcome and apologies"),
        ("p", "The Commissioner opened the meeting. There were no apologies."),
        ("h2", "2. Notes and actions of the last meeting"),
        ("p", "The notes of 11 November 2026 were approved."),
        ("h2", "3. Drug-related harm"),
        ("p", "**Q1.** How many drug supply offences were recorded in the last quarter, and how does this compare "
              "with the same quarter last year?"),
        ("p", "The force recorded 214 supply offences against 188 a year earlier. The rise follows two county "
              "lines operations in Boston and Lincoln."),
        ("p", "**Assurance level:** Assured"),
        ("p", "**Q2.** How are people arrested in possession of drugs referred to treatment?"),
        ("p", "Referrals are made through the custody drug worker, but the service does not cover weekends and "
              "only 31 per cent of those eligible were referred."),
        ("p", "**Assurance level:** Not assured"),
        ("h2", "4. Fraud"),
        ("p", "**Q3.** How quickly are victims of fraud contacted after Action Fraud passes a report to the force?"),
        ("p", "Vulnerable victims are contacted within 48 hours in 87 per cent of cases. Others receive a letter "
              "within ten working days."),
        ("p", "**Assurance level:** Partly assured"),
        ("h2", "Actions"),
        ("table", [
            ["No.", "Action", "Owner", "Due"],
            ["1", "Ask the treatment provider to set out the cost of weekend custody cover.", "OPCC Commissioning Manager", "March 2027"],
            ["2", "Report the referral rate to treatment for the next two quarters.", "ACC Crime", "July 2027"],
            ["3", "Share the fraud victim contact letter with the OPCC.", "Head of Economic Crime", "February 2027"],
        ], [1.2, 9, 4.3, 2.5]),
        ("h2", "5. Any other business"),
        ("p", "None."),
    ]
    items = [("1", "Welcome and apologies", "Chair"),
             ("2", "Notes and actions from the meeting of 13 January 2027", "Governance Officer, OPCC"),
             ("3", "Serious violence duty: partnership delivery", "ACC Crime"),
             ("4", "Knife crime and weapons sweeps", "Chief Superintendent, Operational Support"),
             ("5", "Force performance dashboard", "Head of Business Improvement"),
             ("6", "Any other business", "Chair")]
    gold = {
        "documents": [document("Performance Scrutiny Board", "Lincolnshire Police", org, date, "pdf", None)],
        "meetings": [meeting(1, date, "Serious violence", org, "Performance Scrutiny Board"),
                     meeting(3, prev, None, org, "Notes of the Performance Scrutiny Board held on 13 January 2027")],
        "agenda_items": agenda(2, date, items),
        "assurance_decisions": [
            decision(3, prev, "Drug-related harm", "1",
                     "How many drug supply offences were recorded in the last quarter, and how does this compare with the same quarter last year?",
                     "The force recorded 214 supply offences against 188 a year earlier. The rise follows two county lines operations in Boston and Lincoln.",
                     "Assured", None),
            decision(3, prev, "Drug-related harm", "2",
                     "How are people arrested in possession of drugs referred to treatment?",
                     "Referrals are made through the custody drug worker, but the service does not cover weekends and only 31 per cent of those eligible were referred.",
                     "Not assured", None),
            decision(3, prev, "Fraud", "3",
                     "How quickly are victims of fraud contacted after Action Fraud passes a report to the force?",
                     "Vulnerable victims are contacted within 48 hours in 87 per cent of cases. Others receive a letter within ten working days.",
                     "Partly assured", None),
        ],
        "actions": [
            action(3, prev, None, "1", "Ask the treatment provider to set out the cost of weekend custody cover.",
                   None, "unknown", "none", "action_list"),
            action(3, prev, None, "2", "Report the referral rate to treatment for the next two quarters.",
                   None, "unknown", "none", "action_list"),
            action(3, prev, None, "3", "Share the fraud victim contact letter with the OPCC.",
                   None, "unknown", "none", "action_list"),
        ],
        "grades": [],
    }
    return blocks, gold, {"footer": "Lincolnshire OPCC – Performance Scrutiny Board"}


# ---------------------------------------------------------------- 4. Gwent (Word, Welsh / English)

def gwent() -> tuple[list, dict, dict]:
    org, date, prev = "Police and Crime Commissioner for Gwent", "2027-03-23", "2027-01-26"
    prev_topic = "Youth diversion"
    rows = [
        ["Eitem / Item", "Teitl / Title", "Arweinydd / Lead"],
        ["1", "Croeso ac ymddiheuriadau / Welcome and apologies", "Comisiynydd / Commissioner"],
        ["2", "Datganiadau o fuddiant / Declarations of interest", "Comisiynydd / Commissioner"],
        ["3", "Cofnodion a chamau gweithredu'r cyfarfod blaenorol / Minutes and actions of the previous meeting",
         "Pennaeth Staff / Chief of Staff"],
        ["4", "Troseddau casineb / Hate crime", "Prif Gwnstabl Cynorthwyol / Assistant Chief Constable"],
        ["5", "Boddhad dioddefwyr / Victim satisfaction", "Pennaeth Gwasanaethau Dioddefwyr / Head of Victim Services"],
        ["6", "Unrhyw fater arall / Any other business", "Comisiynydd / Commissioner"],
    ]
    blocks: list = [
        ("p", "Comisiynydd Heddlu a Throseddu Gwent / Police and Crime Commissioner for Gwent"),
        ("title", "Bwrdd Strategaeth a Pherfformiad / Strategy and Performance Board"),
        ("p", "**Dyddiad / Date:** 23 Mawrth 2027 / 23 March 2027"),
        ("p", "**Amser / Time:** 10:00"),
        ("p", "**Lleoliad / Venue:** Pencadlys yr Heddlu, Cwmbrân / Police Headquarters, Cwmbran"),
        ("h1", "Agenda / Agenda"),
        ("table", rows, [2.2, 8.5, 6]),
        ("break",),
        ("h1", "Cofnodion y Bwrdd Strategaeth a Pherfformiad / Minutes of the Strategy and Performance Board – 26 January 2027"),
        ("p", "**Yn bresennol / Present:** Commissioner (Chair); Deputy Commissioner; Chief Constable; "
              "Assistant Chief Constable; Chief of Staff; Chief Finance Officer."),
        ("h2", "1. Croeso ac ymddiheuriadau / Welcome and apologies"),
        ("p", "Apologies were received from the Deputy Chief Constable."),
        ("h2", "2. Cofnodion / Minutes"),
        ("p", "The minutes of the meeting of 24 November 2026 were agreed."),
        ("h2", "3. Dargyfeirio ieuenctid / Youth diversion"),
        ("table", [
            ["Cwestiwn / Question", "Ymateb / Response", "Sicrwydd / Assurance"],
            ["1. How many children were diverted from the criminal justice system in 2026?",
             "412 children received an out-of-court outcome with a diversion activity, up from 350 in 2025.",
             "Assured"],
            ["2. How does the force check that diversion reduces reoffending?",
             "Reoffending is tracked for twelve months, but the data for 2026 will not be complete until the "
             "summer and the youth offending service uses a different measure.",
             "Partly assured"],
        ], [6, 7.5, 3.5]),
        ("p", "Actions arising from this item are recorded in the action log."),
        ("break",),
        ("h1", "Log gweithredu / Action log"),
        ("table", [
            ["Cyf / Ref", "Dyddiad / Date", "Cam gweithredu / Action", "Diweddariad / Update", "Statws / Status"],
            ["SPB 26/40", "24/11/2026", "Present the findings of the stop and search scrutiny panel.",
             "Presented at the January board.", "Cwblhawyd / Complete"],
            ["SPB 27/01", "26/01/2027", "Agree a shared reoffending measure with the youth offending service.",
             "Meeting held 2 March 2027; measure to be agreed in April.", "Ar agor / Open"],
            ["SPB 27/02", "26/01/2027", "Publish the diversion scheme's eligibility criteria in Welsh and English.",
             "Published on the force website on 15 February 2027.", "Cwblhawyd / Complete"],
        ], [2.2, 2.3, 5, 5, 2.5]),
    ]
    items = [(r[0], r[1].split(" / ")[1], r[2].split(" / ")[1]) for r in rows[1:]]
    gold = {
        "documents": [document("Strategy and Performance Board", "Gwent Police", org, date, "docx", None)],
        "meetings": [meeting(None, date, None, org, "Strategy and Performance Board"),
                     meeting(None, prev, prev_topic, org, "Minutes of the Strategy and Performance Board – 26 January 2027")],
        "agenda_items": agenda(None, date, items),
        "assurance_decisions": [
            decision(None, prev, prev_topic, "1", "How many children were diverted from the criminal justice system in 2026?",
                     "412 children received an out-of-court outcome with a diversion activity, up from 350 in 2025.",
                     "Assured", None),
            decision(None, prev, prev_topic, "2", "How does the force check that diversion reduces reoffending?",
                     "Reoffending is tracked for twelve months, but the data for 2026 will not be complete until the summer and the youth offending service uses a different measure.",
                     "Partly assured", None),
        ],
        "actions": [
            action(None, "2026-11-24", None, "SPB 26/40", "Present the findings of the stop and search scrutiny panel.",
                   "Presented at the January board.", "complete", "status_column", "action_tracker"),
            action(None, prev, prev_topic, "SPB 27/01", "Agree a shared reoffending measure with the youth offending service.",
                   "Meeting held 2 March 2027; measure to be agreed in April.", "outstanding", "status_column", "action_tracker"),
            action(None, prev, prev_topic, "SPB 27/02", "Publish the diversion scheme's eligibility criteria in Welsh and English.",
                   "Published on the force website on 15 February 2027.", "complete", "status_column", "action_tracker"),
        ],
        "grades": [],
    }
    return blocks, gold, {"header": "SWYDDOGOL / OFFICIAL"}


# ---------------------------------------------------------------- 5. Devon and Cornwall (Word -> PDF)

def devon_cornwall() -> tuple[list, dict, dict]:
    org, date, prev = "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly", "2027-03-18", "2027-02-04"
    prev_topic = "Drug-related harm"
    agenda_lines = [
        ("1", "Welcome and apologies", "Commissioner", None),
        ("2", "Minutes of the last meeting and action log", "Chief Executive", "For approval"),
        ("3", "Rural and coastal crime", "Assistant Chief Constable, Local Policing", "For assurance"),
        ("4", "Contact and response", "Chief Superintendent, Contact Services", None),
        ("4.1", "999 and 101 call handling", "Head of Contact", "For assurance"),
        ("4.2", "Attendance times", "Superintendent, Response", "For assurance"),
        ("5", "Independent custody visiting annual report", "Scheme Manager, OPCC", "For information"),
        ("6", "Commissioner's decision: custody suite refurbishment", "Chief Finance Officer", "For decision"),
        ("7", "Any other business", None, None),
    ]
    blocks: list = [
        ("p", "Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
        ("title", "Performance and Accountability Board"),
        ("p", "Venue: Alderson Room, Police Headquarters, Exeter. Chair: the Police and Crime Commissioner."),
        ("h1", "Agenda"),
    ]
    for number, title, presenter, purpose in agenda_lines:
        text = f"{number}. {title}" if "." not in number else f"{number} {title}"
        if presenter:
            text += f" – {presenter}"
        blocks.append(("p", text, "indent" if "." in number else ""))
        if purpose:
            blocks.append(("p", purpose, "italic indent"))
    blocks += [
        ("break",),
        ("h1", "Notes of the Performance and Accountability Board held on 4 February 2027"),
        ("p", "**Present:** Police and Crime Commissioner (Chair); Chief Constable; Deputy Chief Constable; "
              "Chief Executive, OPCC; Treasurer, OPCC."),
        ("h2", "1. Welcome and apologies"),
        ("p", "The Commissioner welcomed those present. There were no apologies."),
        ("h2", "2. Minutes of the last meeting and action log"),
        ("p", "The minutes of 10 December 2026 were approved and the action log was noted."),
        ("h2", "3. Drug-related harm"),
        ("p", "**Q1:** How has the number of drug-related deaths across the peninsula changed since 2024?"),
        ("p", "**Response:** Suspected drug-related deaths fell from 96 to 81. Naloxone is now carried by all "
              "response officers in Plymouth and Torbay."),
        ("p", "**Assurance level:** Assured"),
        ("p", "**Comment:** The Commissioner asked that naloxone be rolled out to Cornwall."),
        ("p", "**Q2:** How many county lines were closed in 2026, and how many children were safeguarded?"),
        ("p", "**Response:** Forty-one lines were closed. The number of children safeguarded was not available "
              "because referrals are recorded on two systems."),
        ("p", "**Assurance level:** Not assured"),
        ("p", "**Comment:** The figures must be reconciled before the next meeting."),
        ("p", "**Actions**"),
        ("p", "1. PAB 27/05 – Set out the timetable for naloxone roll-out in Cornwall.", "indent"),
        ("p", "2. PAB 27/06 – Reconcile the two referral systems and report the number of children safeguarded.", "indent"),
        ("h2", "4. Any other business"),
        ("p", "No other business was raised."),
        ("break",),
        ("h1", "Action log"),
        ("table", [
            ["Ref", "Meeting date", "Action", "Lead", "Update", "Status"],
            ["PAB 26/51", "10/12/2026", "Provide the vetting backlog figures by department.", "Head of Professional Standards",
             "Provided in January.", "Complete"],
            ["PAB 26/53", "10/12/2026", "Review the use of overtime in the Isles of Scilly section.", "Superintendent, Cornwall",
             "Review under way.", "In progress"],
            ["PAB 27/05", "04/02/2027", "Set out the timetable for naloxone roll-out in Cornwall.", "ACC Local Policing",
             "Timetable agreed; roll-out starts in April.", "Complete"],
            ["PAB 27/06", "04/02/2027", "Reconcile the two referral systems and report the number of children safeguarded.",
             "Head of Public Protection", "Data work not yet started.", "Not started"],
        ], [2.1, 2.3, 4.2, 2.8, 3.5, 2.1]),
    ]
    items = [(n, t, p) for n, t, p, _ in agenda_lines]
    gold = {
        "documents": [document("Performance and Accountability Board", "Devon and Cornwall Police", org, date, "pdf", None)],
        "meetings": [meeting(1, date, None, org, "Performance and Accountability Board"),
                     meeting(2, prev, prev_topic, org, "Notes of the Performance and Accountability Board held on 4 February 2027")],
        "agenda_items": agenda(1, date, items),
        "assurance_decisions": [
            decision(2, prev, prev_topic, "1", "How has the number of drug-related deaths across the peninsula changed since 2024?",
                     "Suspected drug-related deaths fell from 96 to 81. Naloxone is now carried by all response officers in Plymouth and Torbay.",
                     "Assured", "The Commissioner asked that naloxone be rolled out to Cornwall."),
            decision(2, prev, prev_topic, "2", "How many county lines were closed in 2026, and how many children were safeguarded?",
                     "Forty-one lines were closed. The number of children safeguarded was not available because referrals are recorded on two systems.",
                     "Not assured", "The figures must be reconciled before the next meeting."),
        ],
        "actions": [
            action(3, "2026-12-10", None, "PAB 26/51", "Provide the vetting backlog figures by department.",
                   "Provided in January.", "complete", "status_column", "action_tracker"),
            action(3, "2026-12-10", None, "PAB 26/53", "Review the use of overtime in the Isles of Scilly section.",
                   "Review under way.", "outstanding", "status_column", "action_tracker"),
            action(2, prev, prev_topic, "PAB 27/05", "Set out the timetable for naloxone roll-out in Cornwall.",
                   "Timetable agreed; roll-out starts in April.", "complete", "status_column", "action_tracker"),
            action(2, prev, prev_topic, "PAB 27/06", "Reconcile the two referral systems and report the number of children safeguarded.",
                   "Data work not yet started.", "outstanding", "status_column", "action_tracker"),
        ],
        "grades": [],
    }
    return blocks, gold, {"header": "Performance and Accountability Board – 18 March 2027"}


# ---------------------------------------------------------------- 6. South Yorkshire (reportlab, mayoral)

def south_yorkshire() -> tuple[list, dict, dict]:
    org, date, prev = "Mayor of South Yorkshire", "2027-03-09", "2027-01-12"
    prev_topic = "Burglary and robbery"
    agenda_lines = [
        ("1", "Welcome and apologies", "Mayor of South Yorkshire", None),
        ("2", "Declarations of interest", "Mayor of South Yorkshire", None),
        ("3", "Minutes of the meeting held on 12 January 2027 and action log", "Head of Governance", "For approval"),
        ("4", "Public questions", "Mayor of South Yorkshire", None),
        ("5", "Chief Constable's update on the Police and Crime Plan", "Chief Constable", None),
        ("5a", "Neighbourhood policing", "Assistant Chief Constable, Local Policing", "For assurance"),
        ("5b", "Violence against women and girls", "Detective Chief Superintendent, Public Protection", "For assurance"),
        ("6", "Police and Crime Plan performance report", "Head of Performance, MCA", "For information"),
        ("7", "Any other business", None, None),
    ]
    blocks: list = [
        ("p", "**South Yorkshire Mayoral Combined Authority**"),
        ("title", "Public Accountability Board"),
        ("p", "Chair: Mayor of South Yorkshire"),
        ("p", "Venue: Broad Street West, Sheffield. The meeting will be webcast."),
        ("h1", "Agenda"),
    ]
    for number, title, presenter, purpose in agenda_lines:
        text = f"{number}. {title}" + (f" ({presenter})" if presenter else "")
        blocks.append(("p", text, "indent" if number[-1].isalpha() else ""))
        if purpose:
            blocks.append(("p", f"Purpose: {purpose}", "italic indent"))
    blocks += [
        ("break",),
        ("h1", "Minutes of the Public Accountability Board held on 12 January 2027"),
        ("p", "**Present:** Mayor of South Yorkshire (Chair); Chief Constable; Deputy Chief Constable; "
              "Head of Governance, MCA; Chief Finance Officer, MCA."),
        ("h2", "Item 1 – Welcome and apologies"),
        ("p", "The Mayor welcomed everyone. Apologies were received from the Head of Performance."),
        ("h2", "Item 2 – Declarations of interest"),
        ("p", "None were declared."),
        ("h2", "Item 3 – Minutes of the last meeting"),
        ("p", "The minutes of 10 November 2026 were agreed as a correct record."),
        ("h2", "Item 4 – Public questions"),
        ("p", "Two questions had been received and written answers will be published on the website."),
        ("h2", "Item 5 – Burglary and robbery"),
        ("p", "**Question 1:** What proportion of residential burglaries are attended within the force's target time?"),
        ("p", "**Response:** 92 per cent of burglaries in progress and 78 per cent of other burglaries were attended "
              "within target in the last quarter."),
        ("p", "**Mayor's assessment:** Assured"),
        ("p", "**Question 2:** How many personal robberies were solved in 2026?"),
        ("p", "**Response:** The charge rate for personal robbery was 11 per cent, below the most similar group "
              "average. A new review team started in December."),
        ("p", "**Mayor's assessment:** Partly assured. The Mayor will revisit the charge rate in six months."),
        ("p", "Actions arising are recorded in the action log."),
        ("h2", "Item 6 – Any other business"),
        ("p", "There was none."),
        ("break",),
        ("h1", "Action log"),
        ("table", [
            ["Ref", "Date", "Action", "Lead", "Status", "Update"],
            ["PAB 26/18", "10/11/2026", "Publish the force's response to the custody inspection.", "Chief Constable",
             "Complete", "Published 5 December 2026."],
            ["PAB 27/01", "12/01/2027", "Report burglary attendance times by district.", "ACC Local Policing",
             "Complete", "Included in the March performance report."],
            ["PAB 27/02", "12/01/2027", "Share the robbery review team's first findings.", "Detective Superintendent, Crime",
             "Open", "Due at the May board."],
        ], [2, 2.1, 4.6, 3.2, 2.0, 3.1]),
    ]
    items = [(n, t, p) for n, t, p, _ in agenda_lines]
    gold = {
        "documents": [document("Public Accountability Board", "South Yorkshire Police", org, date, "pdf", None)],
        "meetings": [meeting(1, date, None, org, "Public Accountability Board"),
                     meeting(2, prev, prev_topic, org, "Minutes of the Public Accountability Board held on 12 January 2027")],
        "agenda_items": agenda(1, date, items),
        "assurance_decisions": [
            decision(2, prev, prev_topic, "1", "What proportion of residential burglaries are attended within the force's target time?",
                     "92 per cent of burglaries in progress and 78 per cent of other burglaries were attended within target in the last quarter.",
                     "Assured", None),
            decision(2, prev, prev_topic, "2", "How many personal robberies were solved in 2026?",
                     "The charge rate for personal robbery was 11 per cent, below the most similar group average. A new review team started in December.",
                     "Partly assured", "The Mayor will revisit the charge rate in six months."),
        ],
        "actions": [
            action(3, "2026-11-10", None, "PAB 26/18", "Publish the force's response to the custody inspection.",
                   "Published 5 December 2026.", "complete", "status_column", "action_tracker"),
            action(3, prev, prev_topic, "PAB 27/01", "Report burglary attendance times by district.",
                   "Included in the March performance report.", "complete", "status_column", "action_tracker"),
            action(3, prev, prev_topic, "PAB 27/02", "Share the robbery review team's first findings.",
                   "Due at the May board.", "outstanding", "status_column", "action_tracker"),
        ],
        "grades": [],
    }
    return blocks, gold, {"footer": "Public Accountability Board – 9 March 2027"}


# ---------------------------------------------------------------- 7. Cumbria (Word -> PDF, PFCC)

def cumbria() -> tuple[list, dict, dict]:
    org, date, prev = "Police, Fire and Crime Commissioner for Cumbria", "2027-03-25", "2027-01-28"
    prev_topic = "Domestic abuse"
    rows = [
        ["No.", "Item", "Lead", "Purpose"],
        ["1", "Welcome, introductions and apologies", "PFCC", "–"],
        ["2", "Declarations of interest", "PFCC", "–"],
        ["3", "Minutes of the meeting held on 28 January 2027", "Executive Director", "For approval"],
        ["4", "Action log", "Executive Director", "For information"],
        ["5", "Chief Constable's performance report", "", ""],
        ["5.1", "Crime recording and outcomes", "Deputy Chief Constable", "For assurance"],
        ["5.2", "Roads policing", "Superintendent, Roads Policing", "For assurance"],
        ["6", "Fire and rescue service: prevention and protection", "Chief Fire Officer", "For assurance"],
        ["7", "Any other business", "PFCC", "–"],
        ["Part 2 – Exempt items (press and public excluded)"],
        ["8", "Fleet replacement contract (exempt: paragraph 3)", "Chief Finance Officer", "For decision"],
    ]
    blocks: list = [
        ("p", "**Cumbria Commissioner – Police, Fire and Crime**"),
        ("title", "Public Accountability Conference"),
        ("p", "**Date:** Thursday 25 March 2027     **Time:** 10:30     **Venue:** Carleton Hall, Penrith"),
        ("p", "**Chair:** Police, Fire and Crime Commissioner"),
        ("h1", "Agenda"),
        ("table", rows, [1.3, 8.5, 4.5, 2.7], {10}),
        ("break",),
        ("h1", "Minutes of the Public Accountability Conference (Domestic abuse) – 28 January 2027"),
        ("p", "**Present:** Police, Fire and Crime Commissioner (Chair); Chief Constable; Deputy Chief Constable; "
              "Executive Director, OPFCC; Chief Finance Officer."),
        ("h2", "1. Welcome, introductions and apologies"),
        ("p", "The Commissioner opened the meeting and noted apologies from the Chief Fire Officer."),
        ("h2", "2. Minutes and action log"),
        ("p", "The minutes of 26 November 2026 were agreed."),
        ("h2", "3. Domestic abuse arrests and outcomes"),
        ("table", [
            ["Ref", "Question", "Response", "Assurance"],
            ["Q1", "What is the arrest rate for domestic abuse crimes, and how has it changed?",
             "The arrest rate rose from 38 to 44 per cent over the year. Bodycam footage is now reviewed for every "
             "non-arrest decision.", "Assured"],
            ["Q2", "How many domestic violence protection orders were breached in 2026?",
             "Twenty-seven breaches were recorded against 118 orders. Breach data is checked by hand each month.",
             "Partly assured"],
        ], [1.2, 5.5, 7.5, 2.8]),
        ("p", "**Actions**"),
        ("p", "PAC 27/01: Report the outcome of every protection order breach for the last six months.", "indent"),
        ("h2", "4. Domestic abuse support services"),
        ("table", [
            ["Ref", "Question", "Response", "Assurance"],
            ["Q3", "How long do victims wait for an independent domestic violence adviser?",
             "High-risk victims are contacted within two working days. Medium-risk referrals wait up to three weeks.",
             "Not assured"],
        ], [1.2, 5.5, 7.5, 2.8]),
        ("p", "**Actions**"),
        ("p", "PAC 27/02: Present options to reduce waiting times for medium-risk referrals.", "indent"),
        ("h2", "5. Any other business"),
        ("p", "None."),
        ("break",),
        ("h1", "Action log"),
        ("table", [
            ["Ref", "Raised", "Action", "Owner", "Update", "Status"],
            ["PAC 26/33", "26/11/2026", "Circulate the fire prevention visit figures for the last quarter.",
             "Chief Fire Officer", "Circulated 8 December 2026.", "Complete"],
            ["PAC 27/01", "28/01/2027", "Report the outcome of every protection order breach for the last six months.",
             "Detective Superintendent, Safeguarding", "Report due at the March conference.", "Ongoing"],
            ["PAC 27/02", "28/01/2027", "Present options to reduce waiting times for medium-risk referrals.",
             "Head of Commissioning, OPFCC", "Options paper presented 4 March 2027.", "Complete"],
        ], [2.1, 2.3, 4.2, 2.8, 3.5, 2.1]),
        ("h1", "Forward plan"),
        ("table", [
            ["Conference", "Item", "Lead"],
            ["27 May 2027", "Rural crime and wildlife crime", "Superintendent, Territorial Policing"],
            ["27 May 2027", "Fire safety in high-rise buildings", "Chief Fire Officer"],
            ["29 July 2027", "Police and Crime Plan annual report", "Executive Director"],
        ], [3, 8, 6]),
    ]
    items = [(r[0], r[1], r[2] or None) for r in rows[1:] if len(r) == 4]
    gold = {
        "documents": [document("Public Accountability Conference", "Cumbria Constabulary", org, date, "pdf", None)],
        "meetings": [meeting(1, date, None, org, "Public Accountability Conference"),
                     meeting(2, prev, prev_topic, org, "Minutes of the Public Accountability Conference (Domestic abuse) – 28 January 2027")],
        "agenda_items": agenda(1, date, items),
        "assurance_decisions": [
            decision(2, prev, "Domestic abuse arrests and outcomes", "1",
                     "What is the arrest rate for domestic abuse crimes, and how has it changed?",
                     "The arrest rate rose from 38 to 44 per cent over the year. Bodycam footage is now reviewed for every non-arrest decision.",
                     "Assured", None),
            decision(2, prev, "Domestic abuse arrests and outcomes", "2",
                     "How many domestic violence protection orders were breached in 2026?",
                     "Twenty-seven breaches were recorded against 118 orders. Breach data is checked by hand each month.",
                     "Partly assured", None),
            decision(2, prev, "Domestic abuse support services", "3",
                     "How long do victims wait for an independent domestic violence adviser?",
                     "High-risk victims are contacted within two working days. Medium-risk referrals wait up to three weeks.",
                     "Not assured", None),
        ],
        "actions": [
            action(3, "2026-11-26", None, "PAC 26/33", "Circulate the fire prevention visit figures for the last quarter.",
                   "Circulated 8 December 2026.", "complete", "status_column", "action_tracker"),
            action(2, prev, "Domestic abuse arrests and outcomes", "PAC 27/01",
                   "Report the outcome of every protection order breach for the last six months.",
                   "Report due at the March conference.", "outstanding", "status_column", "action_tracker"),
            action(2, prev, "Domestic abuse support services", "PAC 27/02",
                   "Present options to reduce waiting times for medium-risk referrals.",
                   "Options paper presented 4 March 2027.", "complete", "status_column", "action_tracker"),
        ],
        "grades": [],
    }
    return blocks, gold, {"header": "OFFICIAL"}


# ---------------------------------------------------------------- build

PACKS = {
    "lancashire-pcc-ab-2027-03-16-r32.pdf": (lancashire, "office"),
    "hertfordshire-pcc-sgb-2027-03-11-r32.docx": (hertfordshire, "docx"),
    "lincolnshire-pcc-psb-2027-03-03-r32.pdf": (lincolnshire, "reportlab"),
    "gwent-pcc-spb-2027-03-23-r32.docx": (gwent, "docx"),
    "devon-cornwall-pcc-pab-2027-03-18-r32.pdf": (devon_cornwall, "office"),
    "south-yorkshire-mca-pab-2027-03-09-r32.pdf": (south_yorkshire, "reportlab"),
    "cumbria-pfcc-pac-2027-03-25-r32.pdf": (cumbria, "office"),
}


def _pdf_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(data)).pages]


def _check_pages(name: str, data: bytes, gold: dict) -> None:
    """Warn where a record's anchor words are not on the page gold gives (a person then looks)."""
    pages = _pdf_pages(data)
    anchors = {"agenda_items": "title", "assurance_decisions": "question", "actions": "text", "meetings": "title"}
    for record_type, field in anchors.items():
        for record in gold[record_type]:
            words = re.sub(r"[^\w ]", " ", record[field].split(" / ")[-1]).split()[:3]
            text = re.sub(r"[^\w ]", " ", pages[record["page"] - 1])
            if not all(word in text.split() for word in words):
                print(f"  CHECK {name} {record_type} p{record['page']}: {record[field][:60]}")


def build(name: str) -> None:
    builder, kind = PACKS[name]
    blocks, gold, decoration = builder()
    if kind == "reportlab":
        data = build_reportlab(blocks, footer=decoration.get("footer"), header=decoration.get("header"))
    else:
        data = build_docx(blocks, header=decoration.get("header"), footer=decoration.get("footer"))
        if kind == "office":
            data = docx_to_pdf(data)
    if name.endswith(".pdf"):
        gold["documents"][0]["pages"] = len(_pdf_pages(data))
        _check_pages(name, data, gold)
    (HERE / name).write_bytes(data)
    (HERE / "gold").mkdir(exist_ok=True)
    record = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": gold}
    (HERE / "gold" / f"{name}.json").write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n")
    print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    for pack in sys.argv[1:] or PACKS:
        build(pack)
