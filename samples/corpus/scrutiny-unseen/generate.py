"""Five scrutiny packs of offices the extractors were not written against,
laid out as their published packs are, and their gold:

    .venv/bin/python samples/corpus/scrutiny-unseen/generate.py

Each pack follows the layout of a real published pack of its office (see
README.md for what each is modelled on); names, figures and wording are
fictional. Gold is written from the definitions below, never from the
pipeline's output; PDF pages are found in the generated PDF's own text.
Output is deterministic (fixed dates in the metadata, fixed zip times).

- ``northamptonshire-accountability-board-2025-02-11.docx``: a PFCC's
  Accountability Board minutes. Each item is a numbered heading, then
  paragraphs: the Commissioner's requirement, the discussion, "ACTION
  AB/25/01: ..." lines, "Assurance statement: ...", and the level as a
  paragraph ("Level of assurance: Limited", "Outcome: Partially assured").
  An action log table (Ref | Date raised | Action | Owner | Due date |
  Update | Status) repeats the new actions.
- ``avon-somerset-pab-2025-04-30.pdf``: a PCC's Performance and
  Accountability Board. Agenda table; the previous meeting's key lines of
  enquiry rated Green/Amber/Red against a legend in words; an action tracker
  whose RAG column holds G/A/R.
- ``lancashire-scrutiny-meeting-2025-06-12.pdf``: a PCC's scrutiny meeting
  (Times). A "No. | Question | Evidence provided | Assurance" table with
  levels "Substantial assurance" ... "No assurance" and commentary in the
  same cell; a question breaks across a page; numbered actions.
- ``north-yorkshire-pam-2025-03-18.docx``: a PFCC's Public Accountability
  Meeting. Agenda table; the previous meeting's minutes with a
  "Question | Summary of response | Assurance level" table; an action log
  with no status column: the status is only in the update's words.
- ``mopac-oversight-board-2025-03-06.pdf``: the Deputy Mayor for Policing
  and Crime's oversight board. The meeting's name only in a header band;
  dates as "Thursday, 6th March 2025" and "06.03.25"; upper-case headings;
  agenda as a numbered list with "(Presenter)"; questions as "Q1." paragraphs
  with "Assurance: ..." lines; a landscape action tracker.
"""

from __future__ import annotations

import io
import json
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parents[1]
GOLD = SAMPLES / "gold"
sys.path.insert(0, str(SAMPLES))

from generate import stable_zip  # noqa: E402  (the reference samples' fixed zip timestamps)

CHECKED = ("Written by hand from the pack definitions in samples/corpus/scrutiny-unseen/generate.py before the "
           "extractors were run on them; PDF pages found in the generated PDF's text; levels and statuses mapped "
           "to the canonical vocabulary by hand (see LEVELS and the tracker rows).")

# The canonical level of every printed level used below, decided by hand.
LEVELS = {
    "Limited": "Partly assured", "Partially assured": "Partly assured", "Substantial": "Assured",
    "Green": "Assured", "Amber": "Partly assured", "Red": "Not assured",
    "Substantial assurance": "Assured", "Reasonable assurance": "Assured",
    "Limited assurance": "Partly assured", "No assurance": "Not assured",
    "Assured": "Assured", "Not assured": "Not assured", "Partly assured": "Partly assured",
}


def iso(day: int, month: int, year: int = 2025) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def decision(page, meeting_date, topic, number, question, evidence, level, commentary) -> dict:
    return {"page": page, "meeting_date": meeting_date, "topic": topic, "question_number": number,
            "question": question, "evidence_summary": evidence, "assurance": LEVELS[level],
            "assurance_raw": level, "commentary": commentary}


def action(page, meeting_date, topic, number, text, update, status, status_source, source) -> dict:
    return {"page": page, "meeting_date": meeting_date, "topic": topic, "number": number, "text": text,
            "update": update, "status": status, "status_source": status_source, "source": source}


def document_gold(file_type: str, pages: int | None, title: str, force: str, organisation: str,
                  meeting_date: str) -> dict:
    return {"page": None, "file_type": file_type, "pages": pages, "doc_kind": "scrutiny_pack", "title": title,
            "force": force, "organisation": organisation, "meeting_date": meeting_date,
            "publication_date": None, "status": "ok"}


# --- DOCX helpers -------------------------------------------------------------

def new_docx(font: str, size: float, *, landscape_page: bool = False):
    document = Document()
    section = document.sections[0]
    if landscape_page:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(20))
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = font, Pt(size)
    for level, heading_size in ((1, 16), (2, 13), (3, 12)):
        style = document.styles[f"Heading {level}"]
        style.font.name, style.font.size, style.font.bold = font, Pt(heading_size), True
        style.font.color.rgb = RGBColor(0x1F, 0x3A, 0x60)
    return document


def para(document, text: str, *, bold: bool = False, size: float | None = None, label: str | None = None):
    """A paragraph; ``label`` is a bold lead-in ("Level of assurance:") before plain text."""
    paragraph = document.add_paragraph()
    if label:
        paragraph.add_run(label + " ").bold = True
    run = paragraph.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return paragraph


def docx_table(document, header: list[str], rows: list[list[str]], widths_mm: list[float]):
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for r, values in enumerate([header, *rows]):
        for c, value in enumerate(values):
            cell = table.cell(r, c)
            cell.width = Mm(widths_mm[c])
            lines = value.split("\n")
            cell.paragraphs[0].add_run(lines[0]).bold = r == 0
            for line in lines[1:]:
                cell.add_paragraph(line)
    header_row = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header_row.append(repeat)
    return table


def save_docx(document, title: str, author: str, when: datetime) -> bytes:
    props = document.core_properties
    props.title, props.author, props.last_modified_by = title, author, author
    props.created = props.modified = props.last_printed = when
    props.revision = 1
    out = io.BytesIO()
    document.save(out)
    return stable_zip(out.getvalue())


# --- PDF helpers --------------------------------------------------------------

@dataclass(frozen=True)
class PdfStyles:
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle


def pdf_styles(font: str, bold_font: str, size: float) -> PdfStyles:
    def style(name: str, font_name: str, font_size: float, after: float = 6) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font_name, fontSize=font_size, leading=font_size * 1.25,
                              spaceAfter=after)
    return PdfStyles(body=style("body", font, size), cell=style("cell", font, size - 1, 3),
                     cell_bold=style("cellb", bold_font, size - 1, 3),
                     heading=style("heading", bold_font, size + 2, 8), title=style("title", bold_font, size + 6, 10))


def pdf_table(rows: list[list], widths: list[float], styles: PdfStyles, *, header_fill: str | None = None,
              fills: dict[tuple[int, int], str] | None = None) -> Table:
    data = [[[Paragraph(line, styles.cell_bold if r == 0 else styles.cell) for line in value.split("\n")]
             if isinstance(value, str) else value for value in row] for r, row in enumerate(rows)]
    commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header_fill:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(header_fill)))
    for (r, c), fill in (fills or {}).items():
        commands.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(fill)))
    return Table(data, colWidths=widths, repeatRows=1, splitInRow=1, style=TableStyle(commands), hAlign="LEFT",
                 spaceAfter=8)


def build_pdf(story: list, title: str, author: str, *, header_band: str | None = None,
              landscape_template: bool = False) -> bytes:
    buffer = io.BytesIO()
    portrait_frame = Frame(20 * mm, 20 * mm, A4[0] - 40 * mm, A4[1] - 45 * mm, id="portrait")
    wide = landscape(A4)
    landscape_frame = Frame(15 * mm, 15 * mm, wide[0] - 30 * mm, wide[1] - 40 * mm, id="landscape")

    def band(canvas, doc) -> None:
        if not header_band:
            return
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#003a70"))
        canvas.rect(0, height - 18 * mm, width, 18 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 12)
        canvas.drawString(15 * mm, height - 11 * mm, header_band)
        canvas.restoreState()

    templates = [PageTemplate("portrait", [portrait_frame], onPage=band, pagesize=A4)]
    if landscape_template:
        templates.append(PageTemplate("landscape", [landscape_frame], onPage=band, pagesize=wide))
    doc = BaseDocTemplate(buffer, pagesize=A4, title=title, author=author, creator="scrutiny-unseen/generate.py",
                          invariant=1, pageTemplates=templates)
    doc.build(story)
    return buffer.getvalue()


class PdfPages:
    """The page of a text in a generated PDF, by its opening words."""

    def __init__(self, pdf: bytes) -> None:
        self.pages = [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]

    def of(self, text: str) -> int:
        probe = " ".join(text.split())[:40]
        return next(i for i, page in enumerate(self.pages, start=1) if probe in page)


# --- (a) Northamptonshire PFCC: Accountability Board minutes (DOCX) -----------

NORTHANTS = "Police, Fire and Crime Commissioner for Northamptonshire"
NORTHANTS_DATE = iso(11, 2)
# (number, title, requirement, discussion, actions [(ref, text, label style)], statement, label, level)
NORTHANTS_ITEMS = [
    ("3", "Response Times",
     "The Commissioner requires assurance that emergency calls are attended within the Force's target times "
     "across the county.",
     ["The Deputy Chief Constable reported that 84% of emergency calls in urban areas were attended within 15 "
      "minutes in the last quarter, against a target of 90%.",
      "Rural attendance within 20 minutes was 76%. A review of deployment at shift change is under way."],
     [("AB/25/01", "The Deputy Chief Constable to provide attendance times by district to the OPCC.", "ACTION")],
     "The Commissioner noted the improvement in urban areas but was concerned that rural attendance remains "
     "well below target.", "Level of assurance:", "Limited"),
    ("4", "Vetting and Professional Standards",
     "The Commissioner requires a report on the timeliness of vetting decisions and the backlog of renewals.",
     ["The Head of Professional Standards reported that the renewal backlog has fallen from 410 to 120 since "
      "September 2024.",
      "Decisions on new applicants now take 38 days on average."],
     [("AB/25/02", "The Chief Constable to share the vetting improvement plan with the Commissioner.", "Action")],
     "The Commissioner welcomed the reduction in the backlog and asked to see the plan that will clear it.",
     "Outcome:", "Partially assured"),
    ("5", "Road Safety Partnership",
     "The Commissioner requires an update on casualty reduction work with partners.",
     ["Killed and seriously injured casualties fell by 11% in 2024 compared with 2023.",
      "Joint operations with the fire and rescue service reached 2,300 drivers."],
     [],
     "The Commissioner was satisfied with the progress of the partnership.", "Level of assurance:", "Substantial"),
]
# (ref, raised, action, owner, due, update, status as printed, status)
NORTHANTS_LOG = [
    ("AB/24/07", "12/11/2024", "The Chief Constable to present the neighbourhood policing review to the board.",
     "CC", "14/01/2025", "The review was presented to the January board.", "Complete", "complete"),
    ("AB/24/08", "10/12/2024", "The Deputy Chief Constable to brief the Commissioner on the use of drones in "
     "rural areas.", "DCC", "28/02/2025", "Briefing arranged for 25 February.", "In progress", "outstanding"),
    ("AB/24/09", "10/12/2024", "The OPCC to publish the board's forward plan on its website.", "OPCC",
     "31/01/2025", "The plan is drafted; publication is delayed until March.", "Overdue", "outstanding"),
    ("AB/25/01", "11/02/2025", NORTHANTS_ITEMS[0][4][0][1], "DCC", "31/03/2025", "New action.", "Open",
     "outstanding"),
    ("AB/25/02", "11/02/2025", NORTHANTS_ITEMS[1][4][0][1], "CC", "11/03/2025", "New action.", "Open",
     "outstanding"),
]


def northants_docx() -> bytes:
    document = new_docx("Calibri", 11)
    para(document, NORTHANTS, bold=True, size=14)
    document.add_heading("ACCOUNTABILITY BOARD", 1)
    para(document, "Minutes", bold=True)
    para(document, "Tuesday 11th February 2025, 10:00, Darby House, Northampton")
    document.add_heading("1. Welcome and introductions", 2)
    para(document, "Attendees: PFCC (Chair); Chief Executive, OPCC; Chief Constable; Deputy Chief Constable; "
         "Head of Performance.")
    para(document, "Apologies were received from the Assistant Chief Constable.")
    document.add_heading("2. Previous minutes and action log", 2)
    para(document, "The minutes of the meeting held on 14th January 2025 were agreed as a true record. Progress "
         "on open actions is recorded in the action log at the end of these minutes.")
    for number, title, requirement, discussion, actions, statement, label, level in NORTHANTS_ITEMS:
        document.add_heading(f"{number}. {title}", 2)
        para(document, requirement)
        for line in discussion:
            para(document, line)
        for ref, text, style in actions:
            if style == "ACTION":
                para(document, text, label=f"ACTION {ref}:")
            else:
                para(document, text, label=f"Action {ref} \u2013")
        para(document, statement, label="Assurance statement:")
        para(document, level, label=label)
    document.add_heading("6. Any other business", 2)
    para(document, "There was no other business.")
    document.add_heading("7. Date of next meeting", 2)
    para(document, "Tuesday 11th March 2025")
    document.add_page_break()
    document.add_heading("Action Log", 2)
    docx_table(document, ["Ref", "Date raised", "Action", "Owner", "Due date", "Update", "Status"],
               [[ref, raised, text, owner, due, update, printed]
                for ref, raised, text, owner, due, update, printed, _ in NORTHANTS_LOG],
               [20, 22, 50, 14, 22, 42, 18])
    return save_docx(document, "Accountability Board minutes", NORTHANTS, datetime(2025, 2, 20, 9, 30))


def northants_gold() -> dict:
    topics = {text: title for _n, title, _r, _d, actions, *_ in NORTHANTS_ITEMS for _ref, text, _s in actions}
    actions = []
    for ref, raised, text, _owner, _due, update, _printed, status in NORTHANTS_LOG:
        day, month, year = (int(x) for x in raised.split("/"))
        actions.append(action(None, iso(day, month, year), topics.get(text), ref, text, update, status,
                              "status_column", "action_tracker"))
    return {
        "documents": [document_gold("docx", None, "Accountability Board", "Northamptonshire Police", NORTHANTS,
                                    NORTHANTS_DATE)],
        "meetings": [{"page": None, "meeting_date": NORTHANTS_DATE, "topic": None, "organisation": NORTHANTS,
                      "title": "ACCOUNTABILITY BOARD"}],
        "agenda_items": [],
        "assurance_decisions": [
            decision(None, NORTHANTS_DATE, title, number, requirement, "\n".join(discussion), level, statement)
            for number, title, requirement, discussion, _a, statement, _label, level in NORTHANTS_ITEMS],
        "actions": actions,
    }


# --- (b) Avon and Somerset PCC: Performance and Accountability Board (PDF) ----

AVON = "Police and Crime Commissioner for Avon and Somerset"
AVON_DATE, AVON_PREVIOUS = iso(30, 4), iso(26, 3)
AVON_AGENDA = [("1", "Welcome and apologies", "PCC"), ("2", "Minutes and action tracker", "Chief of Staff"),
               ("3", "Stop and Search", "Chief Constable"), ("4", "Any other business", "PCC")]
AVON_NOTES_TITLE = "Minutes of the Performance and Accountability Board \u2013 26 March 2025"
AVON_TOPIC = "Victim Care"
# (number, line of enquiry, force response, rating)
AVON_ENQUIRIES = [
    ("1", "How does the Constabulary make sure that victims are updated on their case within the agreed times?",
     "Compliance with the Victims' Code update standard is 88%, checked monthly by supervisors.", "Green"),
    ("2", "What support is offered to repeat victims of anti-social behaviour?",
     "A case review is offered after three reports in six months; take-up is not yet recorded.", "Amber"),
    ("3", "How are victims told when a suspect is released under investigation?",
     "There is no consistent process; a new policy is being drafted.", "Red"),
]
# (number, raised, action, lead, due, progress, RAG as printed, status)
AVON_TRACKER = [
    ("PAB 31", "29/01/2025", "Provide the quarterly breakdown of 999 abandonment rates.", "ACC", "26/03/2025",
     "Breakdown circulated to board members on 20 March.", "G", "complete"),
    ("PAB 32", "29/01/2025", "Review the use of body-worn video at domestic abuse incidents.", "Ch Supt",
     "30/04/2025", "Audit of 200 incidents under way; findings due in May.", "A", "outstanding"),
    ("PAB 33", "26/03/2025", "Record take-up of case reviews by repeat victims of anti-social behaviour.",
     "Supt", "30/04/2025", "Recording has not yet started.", "R", "outstanding"),
    ("PAB 34", "26/03/2025", "Share the draft policy on informing victims of release under investigation.",
     "DCC", "30/04/2025", "Draft policy shared with the OPCC on 14 April.", "G", "complete"),
]


def avon_pdf() -> bytes:
    s = pdf_styles("Helvetica", "Helvetica-Bold", 10.5)
    legend = ("<b>Assurance rating key:</b> Green \u2013 assured; Amber \u2013 partially assured; Red \u2013 not "
              "assured.")
    story = [
        Paragraph(f"Office of the {AVON}", s.body),
        Paragraph("Performance and Accountability Board", s.title),
        Paragraph("<b>Date:</b> 30 April 2025 <b>Time:</b> 14:00", s.body),
        Paragraph("Agenda", s.heading),
        pdf_table([["Item", "Title", "Lead"], *[list(row) for row in AVON_AGENDA]], [20 * mm, 100 * mm, 45 * mm], s),
        PageBreak(),
        Paragraph(AVON_NOTES_TITLE, s.heading),
        Paragraph(f"<b>Theme:</b> {AVON_TOPIC}", s.body),
        Paragraph(legend, s.body),
        pdf_table([["No.", "Key line of enquiry", "Force response", "Assurance rating"],
                   *[list(row) for row in AVON_ENQUIRIES]], [14 * mm, 60 * mm, 66 * mm, 30 * mm], s,
                  header_fill="#d9e2f3"),
        PageBreak(),
        Paragraph("Action Tracker", s.heading),
        Paragraph("<b>RAG status:</b> G = Green, action complete; A = Amber, in progress and on track; R = Red, "
                  "overdue or off track.", s.body),
        pdf_table([["No.", "Raised", "Action", "Lead", "Due", "Progress", "RAG"],
                   *[list(row[:7]) for row in AVON_TRACKER]],
                  [16 * mm, 22 * mm, 42 * mm, 14 * mm, 22 * mm, 42 * mm, 12 * mm], s, header_fill="#d9e2f3"),
    ]
    return build_pdf(story, "Performance and Accountability Board", f"Office of the {AVON}")


def avon_gold(pdf: bytes) -> dict:
    pages = PdfPages(pdf)
    actions = []
    for number, raised, text, _lead, _due, progress, _rag, status in AVON_TRACKER:
        day, month, year = (int(x) for x in raised.split("/"))
        raised_on = iso(day, month, year)
        # raised at the meeting whose minutes the pack holds: that meeting's theme
        topic = AVON_TOPIC if raised_on == AVON_PREVIOUS else None
        actions.append(action(pages.of(text), raised_on, topic, number, text, progress, status,
                              "status_column", "action_tracker"))
    return {
        "documents": [document_gold("pdf", len(pages.pages), "Performance and Accountability Board",
                                    "Avon and Somerset Constabulary", AVON, AVON_DATE)],
        "meetings": [
            {"page": 1, "meeting_date": AVON_DATE, "topic": None, "organisation": AVON,
             "title": "Performance and Accountability Board"},
            {"page": pages.of(AVON_NOTES_TITLE), "meeting_date": AVON_PREVIOUS, "topic": AVON_TOPIC,
             "organisation": AVON, "title": AVON_NOTES_TITLE},
        ],
        "agenda_items": [{"page": 1, "meeting_date": AVON_DATE, "number": n, "title": t, "presenter": p}
                         for n, t, p in AVON_AGENDA],
        "assurance_decisions": [decision(pages.of(q), AVON_PREVIOUS, AVON_TOPIC, n, q, response, rating, None)
                                for n, q, response, rating in AVON_ENQUIRIES],
        "actions": actions,
    }


# --- (c) Lancashire PCC: scrutiny meeting, four assurance levels (PDF) --------

LANCS = "Police and Crime Commissioner for Lancashire"
LANCS_DATE = iso(12, 6)
LANCS_TOPIC = "Domestic Abuse"
LANCS_AGENDA = [("1", "Apologies", "PCC"), ("2", "Domestic Abuse", "Lancashire Constabulary"),
                ("3", "Actions from this meeting", "Chief Executive"), ("4", "Any other business", "PCC")]
LANCS_NOTES_TITLE = "NOTES OF SCRUTINY MEETING: DOMESTIC ABUSE \u2013 12 JUNE 2025"
LANCS_POINTS = 8  # question 2 then breaks across the page
LANCS_LONG = [f"Point {i}: the Constabulary described the work of its domestic abuse teams in the "
              f"{district} district, including risk assessment, safety planning and referrals to "
              f"independent advisers." for i, district in
              enumerate(["northern", "eastern", "southern", "western", "central", "coastal", "rural",
                         "urban", "county", "city", "valley", "moorland"][:LANCS_POINTS], start=1)]
# (number, question, evidence lines, level, commentary)
LANCS_QUESTIONS = [
    ("1", "How quickly are high-risk domestic abuse cases referred to the multi-agency risk assessment "
     "conference?", LANCS_LONG, "Substantial assurance",
     "The PCC was impressed by the consistency of referrals."),
    ("2", "How does the Constabulary use Domestic Violence Protection Notices and Orders, and how are breaches "
     "of those orders identified, recorded and enforced across all districts of the county?",
     ["1,140 notices were issued in 2024, and 87% became orders.",
      "Breaches are flagged on the custody system."],
     "Reasonable assurance", "The PCC asked for breach data at the next meeting."),
    ("3", "What proportion of victims withdraw support for a prosecution, and why?",
     ["Withdrawal is 41% of cases.", "Reasons are not recorded consistently."],
     "Limited assurance", "The PCC was concerned that reasons are not understood."),
    ("4", "How is the Constabulary making use of the domestic abuse disclosure scheme?",
     ["Applications are not tracked after the first contact."],
     "No assurance", "The PCC asked for a full report on the scheme."),
]
LANCS_ACTIONS = [
    "That the Constabulary reports breach data for protection orders to the next scrutiny meeting.",
    "That a report on the domestic abuse disclosure scheme be provided to the OPCC by September 2025.",
]


def lancs_pdf() -> bytes:
    s = pdf_styles("Times-Roman", "Times-Bold", 11.5)
    rows = [["No.", "Question", "Evidence provided", "Assurance"]]
    for number, question, evidence, level, commentary in LANCS_QUESTIONS:
        rows.append([f"{number}.", [Paragraph(f"<b>{question}</b>", s.cell)],
                     [Paragraph(f"\u2022 {line}", s.cell) for line in evidence],
                     [Paragraph(f"<b>{level}</b>", s.cell), Paragraph(f"<i>{commentary}</i>", s.cell)]])
    story = [
        Paragraph(LANCS, s.heading),
        Paragraph("Scrutiny Meeting", s.title),
        Paragraph("Thursday 12 June 2025, 10.00am, County Hall, Preston", s.body),
        pdf_table([["Item", "Title", "Presented by"], *[list(row) for row in LANCS_AGENDA]],
                  [18 * mm, 95 * mm, 55 * mm], s),
        PageBreak(),
        Paragraph(LANCS_NOTES_TITLE, s.heading),
        pdf_table(rows, [12 * mm, 48 * mm, 72 * mm, 38 * mm], s),
        Paragraph("Actions", s.heading),
        *[Paragraph(f"{i}. {text}", s.body) for i, text in enumerate(LANCS_ACTIONS, start=1)],
    ]
    return build_pdf(story, "Scrutiny Meeting", f"Office of the {LANCS}")


def lancs_gold(pdf: bytes) -> dict:
    pages = PdfPages(pdf)
    notes_page = pages.of(LANCS_NOTES_TITLE)
    return {
        "documents": [document_gold("pdf", len(pages.pages), "Scrutiny Meeting", "Lancashire Constabulary", LANCS,
                                    LANCS_DATE)],
        "meetings": [{"page": notes_page, "meeting_date": LANCS_DATE, "topic": LANCS_TOPIC, "organisation": LANCS,
                      "title": LANCS_NOTES_TITLE}],
        "agenda_items": [{"page": 1, "meeting_date": LANCS_DATE, "number": n, "title": t, "presenter": p}
                         for n, t, p in LANCS_AGENDA],
        "assurance_decisions": [decision(pages.of(q), LANCS_DATE, LANCS_TOPIC, n, q, "\n".join(evidence), level,
                                         commentary) for n, q, evidence, level, commentary in LANCS_QUESTIONS],
        "actions": [action(pages.of(text), LANCS_DATE, LANCS_TOPIC, str(i), text, None, "unknown", "none",
                           "action_list") for i, text in enumerate(LANCS_ACTIONS, start=1)],
    }


# --- (d) North Yorkshire PFCC: Public Accountability Meeting (DOCX) -----------

NYORKS = "Police, Fire and Crime Commissioner for North Yorkshire"
NYORKS_DATE, NYORKS_PREVIOUS = iso(18, 3), iso(21, 1)
NYORKS_AGENDA = [("1", "Welcome and apologies", "Commissioner"),
                 ("2", "Minutes of the meeting held on 21 January 2025", "Commissioner"),
                 ("3", "Action log", "Head of Governance"),
                 ("4", "Rural and Wildlife Crime", "Chief Constable"),
                 ("5", "Any other business", "Commissioner")]
NYORKS_NOTES_TITLE = "Minutes of the Public Accountability Meeting held on 21 January 2025"
NYORKS_TOPIC = "Serious Violence"
# (number, question, response, level)
NYORKS_QUESTIONS = [
    ("1", "How is the Force using hotspot patrols to reduce serious violence in town centres?",
     "Patrols run in 14 hotspots on weekend nights; violence with injury fell by 9% in those areas.", "Assured"),
    ("2", "How does the Force work with the Violence Reduction Unit on early intervention?",
     "Referral pathways are agreed but data sharing is still being set up.", "Partially assured"),
    ("3", "What is the Force doing to reduce knife carrying by young people?",
     "Education sessions reached 40 schools; the effect on knife carrying is not yet measured.", "Not assured"),
]
# (ref, meeting, action, lead, update, status) — the log has no status column.
NYORKS_LOG = [
    ("PAM 1", "19/11/2024", "Provide the Commissioner with a briefing on the new custody suite.",
     "Completed - report received 3rd March 2025", "complete"),
    ("PAM 2", "19/11/2024", "Publish the outcome of the review of the 101 service.",
     "Deadline extended to June 2025", "outstanding"),
    ("PAM 3", "21/01/2025", "Share hotspot patrol results by town with the Commissioner each quarter.", "Ongoing",
     "outstanding"),
    ("PAM 4", "21/01/2025", "Agree a data sharing protocol with the Violence Reduction Unit.",
     "Protocol signed on 14 February 2025. Action closed.", "complete"),
    ("PAM 5", "21/01/2025", "Report on how the effect of knife crime education will be measured.",
     "Not yet started; due at the May meeting.", "outstanding"),
]


def nyorks_docx() -> bytes:
    document = new_docx("Arial", 11)
    para(document, NYORKS, bold=True, size=12)
    document.add_heading("Public Accountability Meeting", 1)
    para(document, "18 March 2025, 13:30 \u2013 15:30, Alverton Court, Northallerton", label="Date and time:")
    document.add_heading("Agenda", 2)
    docx_table(document, ["No.", "Agenda item", "Lead"], [list(row) for row in NYORKS_AGENDA], [15, 110, 45])
    document.add_page_break()
    document.add_heading(NYORKS_NOTES_TITLE, 2)
    para(document, NYORKS_TOPIC, label="Topic:")
    docx_table(document, ["Question", "Summary of response", "Assurance level"],
               [[f"{n}. {q}", response, level] for n, q, response, level in NYORKS_QUESTIONS], [60, 80, 30])
    document.add_page_break()
    document.add_heading("Action Log", 2)
    docx_table(document, ["Ref", "Meeting", "Action", "Lead", "Update"],
               [[ref, meeting, text, "Chief Constable", update] for ref, meeting, text, update, _ in NYORKS_LOG],
               [16, 24, 60, 28, 50])
    return save_docx(document, "Public Accountability Meeting", NYORKS, datetime(2025, 3, 11, 15, 0))


def nyorks_gold() -> dict:
    actions = []
    for ref, meeting, text, update, status in NYORKS_LOG:
        day, month, year = (int(x) for x in meeting.split("/"))
        meeting_date = iso(day, month, year)
        actions.append(action(None, meeting_date, NYORKS_TOPIC if meeting_date == NYORKS_PREVIOUS else None, ref,
                              text, update, status, "inferred_from_update", "action_tracker"))
    return {
        "documents": [document_gold("docx", None, "Public Accountability Meeting", "North Yorkshire Police", NYORKS,
                                    NYORKS_DATE)],
        "meetings": [
            {"page": None, "meeting_date": NYORKS_DATE, "topic": None, "organisation": NYORKS,
             "title": "Public Accountability Meeting"},
            {"page": None, "meeting_date": NYORKS_PREVIOUS, "topic": NYORKS_TOPIC, "organisation": NYORKS,
             "title": NYORKS_NOTES_TITLE},
        ],
        "agenda_items": [{"page": None, "meeting_date": NYORKS_DATE, "number": n, "title": t, "presenter": p}
                         for n, t, p in NYORKS_AGENDA],
        "assurance_decisions": [decision(None, NYORKS_PREVIOUS, NYORKS_TOPIC, n, q, response, level, None)
                                for n, q, response, level in NYORKS_QUESTIONS],
        "actions": actions,
    }


# --- (e) MOPAC: the Deputy Mayor's oversight board (PDF, landscape tracker) ---

# The office as the pack's text names it: the Deputy Mayor, who holds the PCC's
# powers for London, as a PCC's pack names the Commissioner.
MOPAC = "Deputy Mayor for Policing and Crime"
MOPAC_DATE = iso(6, 3)
MOPAC_BAND = "MOPAC / MPS OVERSIGHT BOARD"
MOPAC_AGENDA = [("1", "Minutes and actions of the last meeting", "Chief of Staff, MOPAC"),
                ("2", "Quarterly performance oversight", "Deputy Commissioner"),
                ("3", "Trust and confidence", "Assistant Commissioner"),
                ("4", "Any other business", None)]
MOPAC_ITEM_TOPICS = {"1": "QUARTERLY PERFORMANCE OVERSIGHT", "2": "TRUST AND CONFIDENCE"}
# (number, item topic key, question, response, level as printed, commentary)
MOPAC_QUESTIONS = [
    ("1", "1", "How is the MPS reducing the time taken to answer non-emergency calls?",
     "Average answer time fell from 9 minutes to 6 minutes since October.", "Partly assured",
     "The DMPC asked for a plan to reach the national standard."),
    ("2", "2", "What has changed in the handling of complaints from Black Londoners?",
     "A review of complaint outcomes by ethnicity has been commissioned but has not reported.", "Not assured",
     "The DMPC asked for the review's terms of reference."),
]
# (ref, date, subject, action, owner, status as printed, update, status)
MOPAC_TRACKER = [
    ("OB/101", "23.01.25", "Performance", "Provide a breakdown of response times by borough.", "MPS",
     "Complete", "Provided on 14.02.25.", "complete"),
    ("OB/102", "23.01.25", "Finance", "Report on overtime spend against budget for Q3.", "MPS", "Overdue",
     "Awaiting finance sign-off.", "outstanding"),
    ("OB/103", "06.03.25", "Performance", "Set out a plan to reach the national standard for non-emergency calls.",
     "MPS", "On track", "Plan due at the April board.", "outstanding"),
    ("OB/104", "06.03.25", "Trust and confidence", "Share the terms of reference of the complaints review.",
     "MOPAC", "On track", "Draft circulated for comment.", "outstanding"),
]


def mopac_pdf() -> bytes:
    s = pdf_styles("Helvetica", "Helvetica-Bold", 10)
    story = [
        Paragraph("Thursday, 6th March 2025, 10:00 \u2013 12:00, City Hall", s.body),
        Paragraph("Chair: Deputy Mayor for Policing and Crime (DMPC)", s.body),
        Paragraph("AGENDA", s.heading),
        *[Paragraph(f"{n}. {t}" + (f" ({p})" if p else ""), s.body) for n, t, p in MOPAC_AGENDA],
        Spacer(1, 6 * mm),
        Paragraph("MINUTES", s.heading),
    ]
    for number, topic_key, question, response, level, commentary in MOPAC_QUESTIONS:
        story += [
            Paragraph(f"ITEM {int(topic_key) + 1}: {MOPAC_ITEM_TOPICS[topic_key]}", s.heading),
            Paragraph(f"<b>Q{number}.</b> {question}", s.body),
            Paragraph(f"<b>Response:</b> {response}", s.body),
            Paragraph(f"<b>Assurance:</b> {level}. {commentary}", s.body),
        ]
    story += [
        NextPageTemplate("landscape"), PageBreak(),
        Paragraph("ACTION TRACKER", s.heading),
        pdf_table([["Ref", "Date", "Subject", "Action", "Owner", "Status", "Update"],
                   *[list(row[:7]) for row in MOPAC_TRACKER]],
                  [20 * mm, 22 * mm, 35 * mm, 90 * mm, 20 * mm, 25 * mm, 50 * mm], s, header_fill="#bdd7ee"),
    ]
    return build_pdf(story, "Oversight Board", "Mayor's Office for Policing and Crime", header_band=MOPAC_BAND, landscape_template=True)


def mopac_gold(pdf: bytes) -> dict:
    pages = PdfPages(pdf)
    actions = []
    for ref, date, subject, text, _owner, _printed, update, status in MOPAC_TRACKER:
        day, month, year = (int(x) for x in date.split("."))
        actions.append(action(pages.of(text), iso(day, month, 2000 + year), subject, ref, text, update, status,
                              "status_column", "action_tracker"))
    return {
        "documents": [document_gold("pdf", len(pages.pages), "Oversight Board", "Metropolitan Police Service", MOPAC,
                                    MOPAC_DATE)],
        "meetings": [{"page": 1, "meeting_date": MOPAC_DATE, "topic": None, "organisation": MOPAC,
                      "title": MOPAC_BAND}],
        "agenda_items": [{"page": 1, "meeting_date": MOPAC_DATE, "number": n, "title": t, "presenter": p}
                         for n, t, p in MOPAC_AGENDA],
        "assurance_decisions": [
            decision(pages.of(q), MOPAC_DATE, MOPAC_ITEM_TOPICS[key].capitalize(), n, q, response, level,
                     commentary) for n, key, q, response, level, commentary in MOPAC_QUESTIONS],
        "actions": actions,
    }


# --- output -------------------------------------------------------------------

def build() -> dict[str, tuple[bytes, dict]]:
    """File name -> (bytes, gold records) of every pack."""
    avon, lancs, mopac = avon_pdf(), lancs_pdf(), mopac_pdf()
    return {
        "northamptonshire-accountability-board-2025-02-11.docx": (northants_docx(), northants_gold()),
        "avon-somerset-pab-2025-04-30.pdf": (avon, avon_gold(avon)),
        "lancashire-scrutiny-meeting-2025-06-12.pdf": (lancs, lancs_gold(lancs)),
        "north-yorkshire-pam-2025-03-18.docx": (nyorks_docx(), nyorks_gold()),
        "mopac-oversight-board-2025-03-06.pdf": (mopac, mopac_gold(mopac)),
    }


def main() -> int:
    for name, (data, records) in build().items():
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote samples/corpus/scrutiny-unseen/{name} ({len(data):,} bytes) and its gold")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
