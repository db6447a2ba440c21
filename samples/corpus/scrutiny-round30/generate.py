"""Held-out scrutiny round 30: eight packs of PCC, PFCC and mayoral offices of the south, east
and London. Seven are typed in Word (python-docx, Word's own styles) and saved as Word files or,
through LibreOffice, as PDFs (../office_pdf.py); one is drawn with reportlab. Each pack's gold is
built from the same content that is rendered, and written to gold/ (held out and scored in session 6,
then promoted in session 7).

    .venv/bin/python samples/corpus/scrutiny-round30/generate.py [FILE ...]

Deterministic: fixed core properties and zip times; PDFs through office_pdf's stable conversion.
Names, figures and wording are invented.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pdfplumber
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Table as RLTable
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[1]))
from generator.model import plain, runs  # noqa: E402
from inspection_render import fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

CHECKED = ("Written blind for held-out round 30; every record hand-checked against the rendered "
           "document and `scrutiny inspect` (layout only) by the round's writer.")
WHEN = datetime(2027, 3, 1, 9, 0, 0)
GREEN, AMBER, RED = "#00b050", "#ffc000", "#ff0000"


# ---------------------------------------------------------------- Word rendering

class WordPack:
    """A Word document typed the way an office types a pack: Word's built-in styles, Table Grid
    tables with a shaded header row, a running header and footer."""

    def __init__(self, header: str, footer: str, landscape: bool = False, font: str = "Arial") -> None:
        self.doc = Document()
        section = self.doc.sections[0]
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Mm(297), Mm(210)
        else:
            section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(20))
        self.width_mm = (297 if landscape else 210) - 40
        normal = self.doc.styles["Normal"]
        normal.font.name, normal.font.size = font, Pt(11)
        for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
            self.doc.styles[name].font.name = font
        section.header.paragraphs[0].text = header
        section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        section.footer.paragraphs[0].text = footer
        section.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    @staticmethod
    def _write(paragraph, text: str, size: float | None = None, bold: bool = False) -> None:
        for run in runs(text):
            for i, line in enumerate(run.text.split("\n")):
                if i:
                    paragraph.add_run().add_break()
                out = paragraph.add_run(line)
                out.bold = run.bold or bold or None
                out.italic = run.italic or None
                if size:
                    out.font.size = Pt(size)
                if run.colour:
                    out.font.color.rgb = RGBColor.from_string(run.colour[1:].upper())

    def title(self, text: str) -> None:
        self._write(self.doc.add_paragraph(style="Title"), text)

    def h(self, text: str, level: int = 1) -> None:
        self._write(self.doc.add_paragraph(style=f"Heading {level}"), text)

    def p(self, text: str, align_centre: bool = False) -> None:
        paragraph = self.doc.add_paragraph()
        if align_centre:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self._write(paragraph, text)

    def bullets(self, items: list[str]) -> None:
        for item in items:
            self._write(self.doc.add_paragraph(style="List Bullet"), item)

    def numbered(self, items: list[str]) -> None:
        for item in items:
            self._write(self.doc.add_paragraph(style="List Number"), item)

    def page_break(self) -> None:
        self.doc.add_page_break()

    def table(self, rows: list[list], widths: list[float], header_rows: int = 1, header_fill: str = "#d9e2f3",
              fills: dict[tuple[int, int], str] | None = None, merges: tuple = (), grid: bool = True,
              size: float = 10) -> None:
        """rows of cells; a cell is a string or a list of paragraphs, a paragraph starting "• " is
        a List Bullet paragraph; None is a cell covered by a merge."""
        out = self.doc.add_table(rows=len(rows), cols=len(widths))
        out.style = self.doc.styles["Table Grid" if grid else "Normal Table"]
        out.autofit = False
        total = sum(widths)
        for c, width in enumerate(widths):  # LibreOffice lays out by the grid, Word by the cells
            out.columns[c].width = Mm(self.width_mm * width / total)
            for row_cell in out.columns[c].cells:
                row_cell.width = Mm(self.width_mm * width / total)
        for r in range(header_rows):
            repeat = OxmlElement("w:tblHeader")
            repeat.set(qn("w:val"), "true")
            out.rows[r]._tr.get_or_add_trPr().append(repeat)
        for r0, c0, r1, c1 in merges:
            out.cell(r0, c0).merge(out.cell(r1, c1))
        for r, row in enumerate(rows):
            for c, content in enumerate(row):
                if content is None:
                    continue
                cell = out.cell(r, c)
                paragraphs = content if isinstance(content, list) else [content]
                for i, text in enumerate(paragraphs):
                    paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    if text.startswith("• "):
                        paragraph.style = self.doc.styles["List Bullet"]
                        text = text[2:]
                    self._write(paragraph, text, size, bold=r < header_rows)
                fill = (fills or {}).get((r, c)) or (header_fill if r < header_rows and grid else None)
                if fill:
                    shading = OxmlElement("w:shd")
                    shading.set(qn("w:val"), "clear")
                    shading.set(qn("w:color"), "auto")
                    shading.set(qn("w:fill"), fill[1:].upper())
                    cell._tc.get_or_add_tcPr().append(shading)
        self.doc.add_paragraph()

    def docx(self, title: str, author: str) -> bytes:
        props = self.doc.core_properties
        props.title, props.author, props.last_modified_by = title, author, author
        props.created = props.modified = props.last_printed = WHEN
        props.revision = 1
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return fixed_zip_times(buffer.getvalue())


# ---------------------------------------------------------------- gold helpers

def decision(meeting_date: str, topic: str | None, number: str | None, question: str, evidence: list[str],
             assurance: str | None, commentary: str | None) -> dict:
    return {"page": None, "meeting_date": meeting_date, "topic": topic, "question_number": number,
            "question": plain(question), "evidence_summary": " ".join(plain(e).removeprefix("• ") for e in evidence),
            "assurance": assurance, "commentary": plain(commentary) if commentary else None}


def action(meeting_date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
           status: str, status_source: str, source: str = "action_tracker") -> dict:
    return {"page": None, "meeting_date": meeting_date, "topic": topic, "number": number, "text": text,
            "update": update, "status": status, "status_source": status_source, "source": source}


def agenda(meeting_date: str, items: list[tuple[str | None, str, str | None]]) -> list[dict]:
    return [{"page": None, "meeting_date": meeting_date, "number": number, "title": title, "presenter": presenter}
            for number, title, presenter in items]


def meeting(meeting_date: str, topic: str | None, organisation: str, title: str) -> dict:
    return {"page": None, "meeting_date": meeting_date, "topic": topic, "organisation": organisation, "title": title}


def document(file_type: str, title: str, force: str, organisation: str, meeting_date: str) -> dict:
    return {"page": None, "file_type": file_type, "doc_kind": "scrutiny_pack", "title": title, "force": force,
            "organisation": organisation, "meeting_date": meeting_date, "publication_date": None, "status": "ok"}


KEY_FIELD = {"meetings": "title", "agenda_items": "title", "assurance_decisions": "question", "actions": "text"}


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower().replace("’", "'"))


def set_pdf_pages(data: bytes, records: dict) -> None:
    """Each record's page: the first page whose text holds the start of its key text."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [_squash((page.extract_text() or "") + " ".join(cell or "" for table in page.extract_tables()
                                                                for row in table for cell in row))
                 for page in pdf.pages]
        records["documents"][0]["pages"] = len(pdf.pages)
    for kind, field in KEY_FIELD.items():
        for record in records.get(kind, []):
            key = _squash(record[field])[:40]
            found = [i + 1 for i, text in enumerate(pages) if key in text]
            if not found:
                raise ValueError(f"{kind} {record[field]!r} not found in the PDF")
            record["page"] = found[0]


# ---------------------------------------------------------------- packs

def norfolk() -> tuple[WordPack, dict]:
    """Word→PDF, the common form: agenda table, previous minutes with a Question | Summary of
    evidence | Decision of the PCC table (bold level, italic comment), minuted actions with the
    log's references, and an action log with a Status column."""
    org, force, date, prev = "Police and Crime Commissioner for Norfolk", "Norfolk Constabulary", "2027-04-20", "2027-02-09"
    w = WordPack("OFFICIAL", "OPCC for Norfolk – PCC Accountability Meeting – 20 April 2027")
    w.title("Police and Crime Commissioner for Norfolk")
    w.h("PCC Accountability Meeting", 1)
    w.p("**Date:** Tuesday 20 April 2027\n**Time:** 10:00am – 12:00pm\n**Venue:** OPCCN meeting room, Jubilee House, and Microsoft Teams")
    w.p("**Theme:** Roads policing and casualty reduction")
    w.h("Agenda", 2)
    items = [("1", "Attendance and apologies for absence", "PCC"),
             ("2", "Declarations of personal and/or prejudicial interests", None),
             ("3", "Minutes of the meeting held on 9 February 2027", "Chief Executive"),
             ("4", "Action log", "Chief Executive"),
             ("5", "Roads policing and casualty reduction", "ACC Operations"),
             ("6", "Police and Crime Plan performance report – quarter 3", "Head of Performance and Analysis"),
             ("7", "Emerging operational and organisational risks", "Chief Constable"),
             ("8", "Any other business", "PCC")]
    w.table([["Item", "Title", "Lead", "Paper"]] + [[n, t, p or "–", "Verbal" if n in ("1", "2", "7", "8") else f"Page {i * 4 - 9}"]
                                                  for i, (n, t, p) in enumerate(items, start=1)], [8, 60, 24, 12])
    w.p("Date of next meeting: Tuesday 13 July 2027, 10:00am.")
    w.page_break()

    w.h("Minutes of the PCC Accountability Meeting held on 9 February 2027", 2)
    w.p("**Present:** Police and Crime Commissioner (Chair); Chief Constable; Deputy Chief Constable; Chief Executive, OPCCN; Chief Finance Officer, OPCCN.")
    w.h("1. Attendance and apologies", 3)
    w.p("Apologies were received from the Assistant Chief Officer.")
    w.h("2. Declarations of interest", 3)
    w.p("None.")
    w.h("3. Violence against women and girls", 3)
    w.p("The Detective Chief Superintendent for Safeguarding presented the report. The PCC put the following questions.")
    topic = "Violence against women and girls"
    rows = [
        ("1", "**How has the force’s response to rape and serious sexual offences changed since the national operating model was adopted?**",
         ["• Specialist investigators now lead every rape investigation from the first report.",
          "• The charge rate for adult rape rose from 6.1 per cent to 9.4 per cent over twelve months.",
          "• Victim withdrawal fell from 58 per cent to 49 per cent."],
         "Assured", "*The PCC welcomed the improvement in charge rates and asked that it be sustained.*"),
        ("2", "**What is the current average time from report to charge for rape offences, and what is being done to reduce it?**",
         ["• The average is 412 days, compared with 389 days a year ago.",
          "• Delays in digital forensic examination account for most of the increase.",
          "• Two additional examiners start in April."],
         "Partially Assured", "*The PCC remains concerned about delay and asked for a trajectory for the digital forensic backlog.*"),
        ("3", "**How are officers held to account for their use of Stalking Protection Orders?**",
         ["• Applications are reviewed weekly by the Public Protection Unit.",
          "• Eleven orders were granted in the year; no breach data was available at the meeting."],
         "Not Assured", "*The PCC asked for breach data to be reported to the next meeting.*"),
        ("4", "**How does the force use the voice of victims to shape its VAWG delivery plan?**",
         ["• A victim reference group of fourteen members meets quarterly.",
          "• Feedback from the group led to changes in the way victims are updated."],
         "Assured", "*No further comment.*"),
    ]
    w.table([["No.", "Question", "Summary of evidence", "Decision of the PCC"]]
            + [[n, q, e, [f"**{level}**", comment]] for n, q, e, level, comment in rows], [6, 30, 44, 20])
    decisions = [decision(prev, topic, n, q, e, level.capitalize().replace("Partially assured", "Partly assured"),
                          None if comment == "*No further comment.*" else comment) for n, q, e, level, comment in rows]
    w.p("**Actions**")
    w.p("PAM 27/01 – The force to provide a trajectory for reducing the digital forensic backlog.")
    w.p("PAM 27/02 – The force to report Stalking Protection Order breach data to the next meeting.")
    w.h("4. Any other business", 3)
    w.p("There was no other business.")
    w.page_break()

    w.h("Action log – PCC Accountability Meeting", 2)
    log = [
        ("PAM 26/17", "12/10/2026", "Provide the number of fatal and serious injury collisions by district for the last three years.", "Head of Roads Policing",
         "Data supplied to the OPCCN on 3 November 2026.", "Complete", "Road safety"),
        ("PAM 26/19", "12/10/2026", "Share the evaluation of the rural speed enforcement pilot.", "ACC Operations",
         "Evaluation report delayed by the analyst vacancy; now due in May 2027.", "Open", "Road safety"),
        ("PAM 26/20", "12/10/2026", "Review the publication of stop and search data on the force website.", "Superintendent, Professional Standards",
         "Dashboard redesigned and published in January 2027.", "Complete", "Stop and search"),
        ("PAM 27/01", "09/02/2027", "The force to provide a trajectory for reducing the digital forensic backlog.", "Head of Digital Forensics",
         "Draft trajectory shared with the OPCCN; final version to follow once the two new examiners are in post.", "In progress", topic),
        ("PAM 27/02", "09/02/2027", "The force to report Stalking Protection Order breach data to the next meeting.", "DCS Safeguarding",
         "Breach data included in the performance report at item 6.", "Complete", topic),
    ]
    topics = [t if i == 0 or t != log[i - 1][6] else None for i, (*_rest, t) in enumerate(log)]
    w.table([["Topic", "Ref", "Date raised", "Action", "Owner", "Update", "Status"]]
            + [[f"**{t}**" if t else None, r, d, a, o, u, s] for t, (r, d, a, o, u, s, _) in zip(topics, log)],
            [13, 9, 10, 24, 13, 22, 9], merges=((1, 0, 2, 0), (4, 0, 5, 0)))
    w.page_break()

    # this meeting's paper: questions put for the first time, not yet decided (no records)
    w.h("PCC Accountability Meeting – 20 April 2027", 2)
    w.table([["Agenda item:", "5"], ["Report title:", "Roads policing and casualty reduction"],
             ["Report by:", "Assistant Chief Constable, Operations"], ["Meeting date:", "20 April 2027"]],
            [25, 75], header_rows=0, fills={(r, 0): "#f2f2f2" for r in range(4)})
    w.h("1. Purpose", 3)
    w.p("This paper sets out the questions the PCC has asked the Chief Constable to answer on roads policing, "
        "the Safer Roads Partnership and the fall in roads policing officer numbers since 2024.")
    w.h("2. Questions from the PCC", 3)
    for n, q in [("2.1", "How many people were killed or seriously injured on Norfolk’s roads in 2026, and what does the force know about the causes?"),
                 ("2.2", "How many roads policing officers does the force have now compared with March 2024?"),
                 ("2.3", "What is the force doing with partners to reduce casualties among young drivers and motorcyclists?"),
                 ("2.4", "How is community speed watch supported, and how many letters followed its reports?")]:
        w.p(f"{n}\t{q}")
    w.h("3. Background", 3)
    w.p("The Police and Crime Plan commits the PCC to safer roads. The Safer Roads Partnership reports to the PCC twice a year. "
        "The Chief Constable’s written response will be published with the minutes of this meeting.")
    iso = {"12/10/2026": "2026-10-12", "09/02/2027": prev}
    actions = [action(iso[d], t, r, a, u, "complete" if s == "Complete" else "outstanding", "status_column")
               for r, d, a, o, u, s, t in log]
    records = {
        "documents": [document("pdf", "PCC Accountability Meeting", force, org, date)],
        "meetings": [meeting(date, "Roads policing and casualty reduction", org, "PCC Accountability Meeting"),
                     meeting(prev, topic, org, "Minutes of the PCC Accountability Meeting held on 9 February 2027")],
        "agenda_items": agenda(date, items),
        "assurance_decisions": decisions,
        "actions": actions,
        "grades": [],
    }
    return w, records


def sussex() -> tuple[WordPack, dict]:
    """Word file. Agenda with times and no item numbers; previous meeting's summary with a stated
    theme, each question a Heading 3 with its response bullets, a one-row "Assurance rating" table
    whose cell holds a colour word (GREEN / AMBER / RED) read against a key, and a "PCC comment"
    paragraph; an action tracker whose RAG column holds coloured squares under a legend."""
    org, force, date, prev = "Police and Crime Commissioner for Sussex", "Sussex Police", "2027-04-08", "2027-01-14"
    w = WordPack("OFFICIAL", "Performance & Accountability Meeting – 8 April 2027", font="Calibri")
    w.title("Performance & Accountability Meeting")
    w.p("Sussex Police and Crime Commissioner\nThursday 8 April 2027, 10:30 – 12:30\nSussex Police Headquarters, Malling House, and livestreamed")
    w.p("**Theme:** Contact and 999/101 call handling")
    w.h("Agenda", 1)
    items = [(None, "Welcome and introductions", "PCC"),
             (None, "Summary and actions of the last meeting", "OSPCC Head of Performance"),
             (None, "Contact and 999/101 call handling", "ACC Contact and Operations"),
             (None, "Public questions submitted in advance", "PCC and Chief Constable"),
             (None, "Close", None)]
    times = ["10:30", "10:35", "10:45", "12:00", "12:30"]
    w.table([["Time", "Item", "Lead"]] + [[tm, t, p or ""] for tm, (_, t, p) in zip(times, items)], [10, 60, 30], grid=False, header_fill="")
    w.page_break()

    w.h("Summary of the Performance & Accountability Meeting – 14 January 2027", 1)
    w.p("**Theme:** Anti-social behaviour")
    w.p("**Assurance ratings:** GREEN – the PCC is assured by the response; AMBER – the PCC is partially assured and has asked for further information; RED – the PCC is not assured.")
    topic = "Anti-social behaviour"
    questions = [
        ("Question 1", "How many reports of anti-social behaviour did the force receive in 2026, and how does this compare with 2025?",
         ["Reports fell by 7 per cent to 31,240.", "Reports in town centres rose by 4 per cent, driven by the night-time economy."],
         "GREEN", GREEN, "The PCC noted the overall reduction and the work of neighbourhood teams."),
        ("Question 2", "What use has the force made of Community Protection Notices and Closure Orders?",
         ["A total of 412 Community Protection Warnings and 96 Notices were issued.", "Eight Closure Orders were obtained, four in partnership with housing providers.",
          "Use of the powers varies widely between districts."],
         "AMBER", AMBER, "The PCC asked for a breakdown of the powers used in each district."),
        ("Question 3", "How are repeat victims of anti-social behaviour identified and supported?",
         ["Repeat callers are flagged by the contact centre after a third call in 28 days.", "Neighbourhood officers contact flagged victims within seven days."],
         "AMBER", AMBER, "The PCC wants evidence that contact within seven days is happening."),
        ("Question 4", "How many ASB case reviews were requested, and how many met the threshold?",
         ["Fifty-two case reviews were requested and 19 met the threshold.", "The force could not say how many reviews led to a change in the response."],
         "RED", RED, "The PCC was not assured that the reviews change outcomes for victims and asked for an audit."),
    ]
    decisions = []
    for label, q, e, colour_word, fill, comment in questions:
        w.h(label, 3)
        w.p(f"**{q}**")
        w.p("*Response:*")
        w.bullets(e)
        w.table([["Assurance rating", colour_word]], [30, 70], header_rows=0, fills={(0, 0): "#f2f2f2", (0, 1): fill})
        w.p(f"**PCC comment:** {comment}")
        level = {"GREEN": "Assured", "AMBER": "Partly assured", "RED": "Not assured"}[colour_word]
        decisions.append(decision(prev, topic, label.split()[1], q, e, level, comment))
    w.page_break()

    w.h("Action tracker", 1)
    legend = f"Key: {{{GREEN}|■}} Complete   {{{AMBER}|■}} On track   {{{RED}|■}} Overdue"
    w.p(legend)
    log = [
        ("PAM/26/31", "15/10/2026", "Provide the average answer time for 101 calls by month for 2026.", "Head of Contact",
         "Figures provided on 2 November 2026.", GREEN),
        ("PAM/26/33", "15/10/2026", "Set out the plan for the new public enquiry office in Hastings.", "Estates Manager",
         "Planning application submitted; decision expected in May.", AMBER),
        ("PAM/27/01", "14/01/2027", "Provide a district breakdown of Community Protection Notices and Closure Orders.", "Chief Inspector, Prevention",
         "Breakdown sent to the OSPCC on 3 February 2027.", GREEN),
        ("PAM/27/02", "14/01/2027", "Audit a sample of ASB case reviews to show whether they changed the response.", "Superintendent, Neighbourhood Policing",
         "Audit not yet started; was due by 31 March 2027.", RED),
        ("PAM/27/03", "14/01/2027", "Confirm how often repeat ASB victims are contacted within seven days.", "Head of Contact",
         "Dip sample of 60 cases under way.", AMBER),
    ]
    w.table([["Ref", "Date", "Action", "Lead", "Update", "RAG"]]
            + [[r, d, a, o, u, f"{{{c}|■}}"] for r, d, a, o, u, c in log], [11, 10, 30, 15, 27, 7])
    iso = {"15/10/2026": "2026-10-15", "14/01/2027": prev}
    actions = [action(iso[d], topic if d == "14/01/2027" else None, r, a, u, "complete" if c == GREEN else "outstanding", "glyph_colour")
               for r, d, a, o, u, c in log]
    records = {
        "documents": [document("docx", "Performance & Accountability Meeting", force, org, date)],
        "meetings": [meeting(date, "Contact and 999/101 call handling", org, "Performance & Accountability Meeting"),
                     meeting(prev, topic, org, "Summary of the Performance & Accountability Meeting – 14 January 2027")],
        "agenda_items": agenda(date, items),
        "assurance_decisions": decisions,
        "actions": actions,
        "grades": [],
    }
    return w, records


def surrey() -> tuple[WordPack, dict]:
    """Word→PDF. Agenda as Word's automatic numbering with the presenter in brackets; previous
    meeting's notes with a 1-5 assurance score ("3 – Partial") defined by a key table, in a
    Ref | Question | Response | Score | Comment table; "ACTION:" lines under each item, no tracker."""
    org, force, date, prev = "Police and Crime Commissioner for Surrey", "Surrey Police", "2027-03-23", "2027-01-26"
    w = WordPack("OFFICIAL", "Office of the Police and Crime Commissioner for Surrey")
    w.title("Surrey Police and Crime Commissioner")
    w.h("Public Performance Meeting", 1)
    w.p("Tuesday 23 March 2027 at 2:00pm, Mount Browne, Guildford")
    w.h("Agenda", 2)
    items = [("1", "Welcome and apologies", None),
             ("2", "Notes and actions of the meeting of 26 January 2027", "OPCC Head of Performance and Governance"),
             ("3", "Roads policing and the Vision Zero partnership", "Chief Superintendent, Roads Policing"),
             ("4", "Police and Crime Plan performance report", "Head of Performance"),
             ("5", "Questions from the public", None)]
    w.numbered([f"{t} ({p})" if p else t for _, t, p in items])
    w.p("The meeting will be webcast on the PCC’s website.")
    w.page_break()

    w.h("Notes of the Public Performance Meeting – 26 January 2027", 2)
    w.p("**Present:** Police and Crime Commissioner; Deputy Police and Crime Commissioner; Chief Constable; Deputy Chief Constable; OPCC Chief Executive.")
    w.p("**Assurance scores used in these notes**")
    w.table([["Score", "Meaning"], ["5 – Full", "The PCC is fully assured."], ["4 – Reasonable", "The PCC is assured, with minor points to follow up."],
             ["3 – Partial", "The PCC is partly assured; further information is needed."], ["2 – Limited", "The PCC has significant concerns."],
             ["1 – None", "The PCC is not assured."]], [20, 80])
    level_of = {"5": "Assured", "4": "Assured", "3": "Partly assured", "2": "Partly assured", "1": "Not assured"}
    sections = [
        ("2", "Neighbourhood policing", [
            ("2.1", "How many neighbourhood officers are abstracted to response duties each week?",
             ["An average of 23 officers a week in the last quarter, down from 31.", "Abstraction is now approved by a superintendent."],
             "4 – Reasonable", "The PCC noted the fall and asked that it be kept under review."),
            ("2.2", "How is the force measuring public confidence in neighbourhood policing?",
             ["The force relies on the national Crime Survey figures and its own quarterly survey of 1,200 residents.", "Confidence in the local survey is 68 per cent."],
             "3 – Partial", "The PCC asked for the survey to report results for each borough."),
         ], [("Report quarterly survey results for each of the eleven boroughs.", )]),
        ("3", "Retail crime", [
            ("3.1", "What proportion of shop theft reports are attended, and how quickly?",
             ["Officers attended 38 per cent of reports.", "Attendance is prioritised where a suspect is detained or violence is used."],
             "2 – Limited", "The PCC was concerned that attendance remains low in the west of the county."),
            ("3.2", "How is the force working with retailers to share evidence?",
             ["A digital evidence portal for retailers went live in November 2026.", "Forty-one retailers have signed up."],
             "5 – Full", "The PCC welcomed the portal."),
            ("3.3", "What is the force doing about organised gangs targeting shops across borders?",
             ["The force has joined the national retail crime operation.", "No regional results were available at the meeting."],
             "1 – None", "The PCC asked for a written update on the regional operation."),
         ], [("Set out the plan to improve attendance at shop theft in the west of the county.", ),
             ("Provide a written update on the results of the regional retail crime operation.", )]),
    ]
    decisions, actions = [], []
    for number, heading, qs, acts in sections:
        w.h(f"{number}. {heading}", 3)
        w.table([["Ref", "Question", "Response", "Score", "Comment"]]
                + [[r, q, e, s, c] for r, q, e, s, c in qs], [7, 25, 38, 12, 18])
        for r, q, e, s, c in qs:
            decisions.append(decision(prev, heading, r, q, e, level_of[s[0]], c))
        for (text,) in acts:
            w.p(f"**ACTION:** {text}")
            actions.append(action(prev, heading, None, text, None, "unknown", "none", "action_list"))
    w.h("4. Questions from the public", 3)
    w.p("Two questions were received in advance and answered by the Chief Constable. Both answers are published on the PCC’s website.")
    records = {
        "documents": [document("pdf", "Public Performance Meeting", force, org, date)],
        "meetings": [meeting(date, None, org, "Public Performance Meeting"),
                     meeting(prev, None, org, "Notes of the Public Performance Meeting – 26 January 2027")],
        "agenda_items": agenda(date, items),
        "assurance_decisions": decisions,
        "actions": actions,
        "grades": [],
    }
    return w, records


def thames_valley() -> tuple[WordPack, dict]:
    """Word→PDF, a common form: agenda table with a "Focus of the meeting" line, previous minutes
    with two items, each question a bold "Question N:" paragraph, the answer, a bold "Level of
    assurance:" line (Substantial / Reasonable / Limited / No assurance) and the PCC's words;
    actions minuted per item with the log's references; a log with a Status column."""
    org, force, date, prev = "Police and Crime Commissioner for Thames Valley", "Thames Valley Police", "2027-04-13", "2027-02-16"
    w = WordPack("OFFICIAL", "Thames Valley Police and Crime Commissioner – Performance and Accountability Meeting")
    w.title("Performance and Accountability Meeting")
    w.p("Office of the Police and Crime Commissioner for Thames Valley\n13 April 2027, 10:00am, Thames Valley Police HQ, Kidlington")
    w.p("**Focus of the meeting:** Burglary and vehicle crime")
    w.h("Agenda", 2)
    items = [("1", "Apologies", None), ("2", "Minutes of the meeting held on 16 February 2027", "PCC"),
             ("3", "Action log", "Chief of Staff"), ("4", "Burglary and vehicle crime", "ACC Local Policing"),
             ("5", "Finance report – month 11", "Chief Finance Officer"), ("6", "Any other business", None)]
    w.table([["Item", "Subject", "Lead"]] + [[n, t, p or ""] for n, t, p in items], [10, 60, 30])
    w.page_break()

    w.h("Minutes of the Performance and Accountability Meeting held on 16 February 2027", 2)
    w.p("**Present:** Police and Crime Commissioner (Chair), Chief Constable, Deputy Chief Constable, Chief of Staff (OPCC), Chief Finance Officer (OPCC).")
    sections = [
        ("3", "Youth violence and knife crime", [
            ("1", "How many knife crime offences involved a victim or suspect under 18 in the last year?",
             ["There were 642 offences, of which 229 involved someone under 18, a fall of 11 per cent.", "Most offences were possession rather than injury."],
             "Reasonable", "The PCC was content with the downward trend."),
            ("2", "How is the force working with schools to prevent carrying of knives?",
             ["Schools officers have delivered sessions in 118 secondary schools.", "There is no evaluation of the sessions yet."],
             "Limited", "The PCC asked for an evaluation plan."),
         ], [("PAM 27/04", "Share the evaluation plan for the schools knife crime sessions.")]),
        ("4", "Custody and detention", [
            ("3", "How long are children held in custody after charge, and how often is local authority accommodation found?",
             ["Eleven children were held overnight after charge in the year.", "Local authority accommodation was provided in two cases."],
             "No assurance", "The PCC asked for a joint report with the local authorities."),
            ("4", "What is the force doing to reduce deaths and serious harm in custody?",
             ["All detainees are risk assessed on arrival and reassessed at every shift change.", "Independent custody visitors made 214 visits and raised no serious concerns."],
             "Substantial", None),
         ], [("PAM 27/05", "Bring a joint report with the local authorities on accommodation for children charged and refused bail.")]),
    ]
    level_of = {"Substantial": "Assured", "Reasonable": "Assured", "Limited": "Partly assured", "No assurance": "Not assured"}
    decisions, minuted = [], {}
    for number, heading, qs, acts in sections:
        w.h(f"{number}. {heading}", 3)
        for n, q, e, level, comment in qs:
            w.p(f"**Question {n}:** {q}")
            for line in e:
                w.p(line)
            w.p(f"**Level of assurance:** {level}")
            if comment:
                w.p(comment)
            decisions.append(decision(prev, heading, n, q, e, level_of[level], comment))
        w.p("**Action:**")
        for ref, text in acts:
            w.p(f"{ref}: {text}")
            minuted[ref] = heading
    w.h("5. Any other business", 3)
    w.p("None.")
    w.page_break()

    w.h("Action log", 2)
    log = [
        ("PAM 26/41", "08/12/2026", "Provide the vehicle crime hotspot analysis for Milton Keynes.", "Head of Analysis",
         "Analysis presented to the local policing board in January.", "Closed"),
        ("PAM 26/43", "08/12/2026", "Report the outcome of the burglary solvability review.", "ACC Local Policing",
         "Review completed; findings included in item 4 of this meeting.", "Closed"),
        ("PAM 26/44", "08/12/2026", "Explain the rise in complaints about call handling in Reading.", "Head of Contact Management",
         "Complaints analysis under way; update due at the June meeting.", "Open"),
        ("PAM 27/04", "16/02/2027", "Share the evaluation plan for the schools knife crime sessions.", "Superintendent, Prevention",
         "Evaluation plan agreed with the Violence Reduction Unit and shared on 12 March 2027.", "Closed"),
        ("PAM 27/05", "16/02/2027", "Bring a joint report with the local authorities on accommodation for children charged and refused bail.", "Head of Criminal Justice",
         "Meeting with the directors of children’s services set for April.", "Open"),
    ]
    w.table([["Ref", "Raised", "Action", "Owner", "Update", "Status"]] + [list(row) for row in log], [11, 10, 28, 15, 27, 9])
    w.page_break()

    w.h("Appendix – Burglary and vehicle crime: headline figures", 2)
    w.p("Twelve months to 31 March 2027, compared with the twelve months before. Provided by the force for item 4.")
    w.table([["Measure", "12 months to March 2027", "12 months to March 2026", "Change"],
             ["Residential burglary offences", "9,812", "10,430", "-5.9%"],
             ["Residential burglary charge/summons rate", "5.2%", "4.1%", "+1.1 pts"],
             ["Theft of a motor vehicle", "4,106", "4,588", "-10.5%"],
             ["Theft from a motor vehicle", "7,954", "8,020", "-0.8%"],
             ["Burglary victims visited within 24 hours", "93%", "88%", "+5 pts"]], [46, 20, 20, 14])
    w.p("The force will present its analysis of these figures under item 4.")
    iso = {"08/12/2026": "2026-12-08", "16/02/2027": prev}
    actions = [action(iso[d], minuted.get(r), r, a, u, "complete" if s == "Closed" else "outstanding", "status_column")
               for r, d, a, o, u, s in log]
    records = {
        "documents": [document("pdf", "Performance and Accountability Meeting", force, org, date)],
        "meetings": [meeting(date, "Burglary and vehicle crime", org, "Performance and Accountability Meeting"),
                     meeting(prev, None, org, "Minutes of the Performance and Accountability Meeting held on 16 February 2027")],
        "agenda_items": agenda(date, items),
        "assurance_decisions": decisions,
        "actions": actions,
        "grades": [],
    }
    return w, records


def mopac() -> tuple[WordPack, dict]:
    """Word file of the mayoral office, chaired by the Deputy Mayor: agenda as a list of typed
    numbered paragraphs with the presenter after a dash; minutes in prose, then a "Decisions"
    table Item | Matter considered | Outcome ("DMPC assured", "DMPC partially assured – ...",
    "DMPC not assured"); an action log whose status is only in the update's words."""
    org, force, date, prev = "Deputy Mayor for Policing and Crime", "Metropolitan Police Service", "2027-03-30", "2027-02-23"
    w = WordPack("OFFICIAL", "MOPAC | Mayor’s Office for Policing And Crime")
    w.title("MOPAC Oversight Board")
    w.p("Chair: Deputy Mayor for Policing and Crime\nDate: Tuesday 30 March 2027, 14:00 – 16:00\nLocation: City Hall, Kamal Chunchie Way, and Microsoft Teams")
    w.h("Agenda", 1)
    items = [("1", "Welcome, apologies and declarations of interest", "DMPC"),
             ("2", "Minutes and actions of the previous meeting", "MOPAC Head of Oversight"),
             ("3", "Stop and search: community monitoring and body-worn video", "Commander, Frontline Policing"),
             ("4", "Met performance report – February 2027", "MOPAC Director of Strategy and Oversight"),
             ("5", "Any other business", None)]
    for n, t, p in items:
        w.p(f"{n}.\t{t}" + (f" – {p}" if p else ""))
    w.page_break()

    w.h("Minutes of the MOPAC Oversight Board – 23 February 2027", 1)
    w.p("**Present:** Deputy Mayor for Policing and Crime (Chair); MOPAC Chief Executive; Deputy Commissioner; Assistant Commissioner, Met Operations; MOPAC Director of Strategy and Oversight.")
    w.h("1. Welcome and apologies", 2)
    w.p("The DMPC welcomed attendees. Apologies were received from the Commissioner.")
    w.h("2. Minutes of the previous meeting", 2)
    w.p("The minutes of the meeting held on 19 January 2027 were agreed.")
    w.h("3. Missing people", 2)
    w.p("The Assistant Commissioner introduced the report on the Met’s response to missing people, including children missing from care and adults with mental ill health.")
    w.p("The DMPC asked how many missing person reports the Met had received in 2026 and how that compared with 2025. The Met reported 41,900 reports, a rise of 3 per cent, and said that 38 per cent concerned children missing from care.")
    w.p("The DMPC asked whether return home interviews were completed within 72 hours. The Met said it did not hold the boroughs’ data and relied on the local authorities for it.")
    w.p("The DMPC asked how the Met’s new missing persons hub was changing outcomes. The hub had opened in December; early results showed repeat reports of missing children had fallen in the two pilot boroughs.")
    w.h("4. Any other business", 2)
    w.p("None.")
    topic = "Missing people"
    outcomes = [
        ("3a", "Volume and profile of missing person reports in 2026",
         "The Met reported 41,900 reports, a rise of 3 per cent, and said that 38 per cent concerned children missing from care.",
         "DMPC assured", "Assured", None),
        ("3b", "Completion of return home interviews within 72 hours",
         "The Met said it did not hold the boroughs’ data and relied on the local authorities for it.",
         "DMPC not assured – the Met to agree a data-sharing route with the boroughs", "Not assured", "the Met to agree a data-sharing route with the boroughs"),
        ("3c", "Impact of the missing persons hub",
         "The hub had opened in December; early results showed repeat reports of missing children had fallen in the two pilot boroughs.",
         "DMPC partially assured – too early to judge; return in six months", "Partly assured", "too early to judge; return in six months"),
    ]
    w.h("Decisions", 2)
    w.table([["Item", "Matter considered", "Outcome"]] + [[n, m, o] for n, m, _e, o, _l, _c in outcomes], [8, 52, 40])
    decisions = [{"page": None, "meeting_date": prev, "topic": topic, "question_number": n, "question": m,
                  "evidence_summary": e, "assurance": level, "commentary": c} for n, m, e, o, level, c in outcomes]
    w.page_break()

    w.h("Oversight Board action log", 1)
    log = [
        ("OB/26/58", "24/11/2026", "Provide the Met’s trajectory for reducing the backlog of body-worn video reviews.", "Commander, Professional Standards",
         "Trajectory received on 11 January 2027. Action closed."),
        ("OB/27/03", "19/01/2027", "Share the results of the Community Monitoring Group survey.", "MOPAC Engagement Lead",
         "Survey closes on 30 April 2027; results will be shared in May."),
        ("OB/27/07", "23/02/2027", "Agree a data-sharing route with the boroughs for return home interview data.", "Assistant Commissioner, Met Operations",
         "Draft agreement with the London Councils lead; not yet signed."),
        ("OB/27/08", "23/02/2027", "Bring the six-month review of the missing persons hub.", "Detective Chief Superintendent, Public Protection",
         "Scheduled for the August 2027 Oversight Board."),
        ("OB/27/09", "23/02/2027", "Circulate the missing persons hub terms of reference to Board members.", "MOPAC Head of Oversight",
         "Circulated by email on 1 March 2027."),
    ]
    w.table([["No.", "Date agreed", "Action", "Owner", "Update"]] + [list(row) for row in log], [11, 11, 32, 18, 28])
    iso = {"24/11/2026": "2026-11-24", "19/01/2027": "2027-01-19", "23/02/2027": prev}
    done = {"OB/26/58", "OB/27/09"}
    actions = [action(iso[d], topic if d == "23/02/2027" else None, r, a, u,
                      "complete" if r in done else "outstanding", "inferred_from_update") for r, d, a, o, u in log]
    records = {
        "documents": [document("docx", "MOPAC Oversight Board", force, org, date)],
        "meetings": [meeting(date, None, org, "MOPAC Oversight Board"),
                     meeting(prev, topic, org, "Minutes of the MOPAC Oversight Board – 23 February 2027")],
        "agenda_items": agenda(date, items),
        "assurance_decisions": decisions,
        "actions": actions,
        "grades": [],
    }
    return w, records


def hampshire() -> tuple[WordPack, dict]:
    """Word→PDF, landscape. Previous meeting's notes as a Ref | Question | Response | PCC
    assessment table, the assessment cell "Assured" / "Partially assured" / "Not assured" / a
    deferred level ("Deferred – ..."), then an action tracker with a Status column of coloured
    squares under a legend."""
    org, force, date, prev = ("Police and Crime Commissioner for Hampshire and the Isle of Wight",
                              "Hampshire and Isle of Wight Constabulary", "2027-04-06", "2027-02-02")
    w = WordPack("OFFICIAL", "OPCC Hampshire and Isle of Wight", landscape=True)
    w.title("Performance and Accountability Board")
    w.p("Police and Crime Commissioner for Hampshire and the Isle of Wight\n**Date:** 6 April 2027   **Time:** 13:30   **Venue:** St George’s Chambers, Winchester")
    w.h("Agenda", 2)
    items = [("1", "Apologies and declarations of interest", "Chair"),
             ("2", "Notes of the meeting of 2 February 2027 and action tracker", "OPCC Performance Lead"),
             ("3", "Rural and wildlife crime", "Chief Superintendent, Operations"),
             ("4", "Police and Crime Plan delivery update", "OPCC Chief Executive"),
             ("5", "Date of the next meeting", "Chair")]
    w.table([["No.", "Item", "Presenter"]] + [[n, t, p] for n, t, p in items], [8, 62, 30])
    w.page_break()

    w.h("Notes of the Performance and Accountability Board held on 2 February 2027", 2)
    w.p("**Topic:** Tackling drug-related harm")
    topic = "Tackling drug-related harm"
    rows = [
        ("Q1", "How many county lines have been closed in the last twelve months, and how many people were safeguarded?",
         ["Forty-four lines were closed and 63 children and adults were safeguarded.", "The force leads the regional county lines taskforce."],
         ["Assured", "The PCC thanked the teams involved."], "Assured", "The PCC thanked the teams involved."),
        ("Q2", "How is the force using drug testing on arrival in custody?",
         ["Testing on arrival started in Portsmouth and Southampton in October.", "Positive tests led to 312 referrals to treatment."],
         ["Partially assured", "The PCC asked when testing will extend to the Isle of Wight."], "Partly assured", "The PCC asked when testing will extend to the Isle of Wight."),
        ("Q3", "What does the force know about drug-related deaths in the area?",
         ["The force receives notifications from the coroner but has no joint review process with public health."],
         ["Not assured", "The PCC asked for a joint review process to be agreed with public health."], "Not assured", "The PCC asked for a joint review process to be agreed with public health."),
        ("Q4", "How much cash and how many assets have been seized under the Proceeds of Crime Act from drug supply?",
         ["Figures were not available at the meeting because the financial investigation system is being migrated."],
         ["Deferred", "Assessment to be made when the figures are received."], None, "Assessment to be made when the figures are received."),
    ]
    w.table([["Ref", "Question", "Response", "PCC assessment"]] + [[n, q, ["• " + x for x in e], cell] for n, q, e, cell, _l, _c in rows],
            [6, 30, 42, 22])
    # The "Q" label is not part of the number (docs/gold-format.md).
    decisions = [decision(prev, topic, n.removeprefix("Q"), q, e, level, c) for n, q, e, _cell, level, c in rows]
    w.page_break()

    w.h("Action tracker", 2)
    w.p(f"{{{GREEN}|■}} Completed    {{{AMBER}|■}} In progress    {{{RED}|■}} Not started / overdue")
    log = [
        ("PAB 26/22", "01/12/2026", "Confirm the number of officers trained in naloxone use.", "Head of Training",
         "412 officers trained; figure confirmed on 14 December 2026.", GREEN),
        ("PAB 26/24", "01/12/2026", "Provide the results of the Isle of Wight rural crime survey.", "Isle of Wight District Commander",
         "Survey analysis is being finalised.", AMBER),
        ("PAB 27/01", "02/02/2027", "Set out when drug testing on arrival will extend to the Isle of Wight.", "Head of Custody",
         "Business case approved; go-live planned for June 2027.", AMBER),
        ("PAB 27/02", "02/02/2027", "Agree a joint review process for drug-related deaths with public health.", "ACC Crime and Criminal Justice",
         "No meeting with public health has yet been arranged.", RED),
        ("PAB 27/03", "02/02/2027", "Provide Proceeds of Crime Act seizure figures for drug supply.", "Head of Economic Crime",
         "Figures provided on 3 March 2027 after the system migration.", GREEN),
    ]
    w.table([["Ref", "Date raised", "Action", "Owner", "Update", "Status"]]
            + [[r, d, a, o, u, f"{{{c}|■}}"] for r, d, a, o, u, c in log], [9, 10, 30, 17, 28, 6])
    iso = {"01/12/2026": "2026-12-01", "02/02/2027": prev}
    actions = [action(iso[d], topic if d == "02/02/2027" else None, r, a, u, "complete" if c == GREEN else "outstanding", "glyph_colour")
               for r, d, a, o, u, c in log]
    records = {
        "documents": [document("pdf", "Performance and Accountability Board", force, org, date)],
        # No topic line, and the agenda holds two items that are no standing business (rural crime, the plan's
        # delivery update), as Surrey's does: no topic (docs/gold-format.md).
        "meetings": [meeting(date, None, org, "Performance and Accountability Board"),
                     meeting(prev, topic, org, "Notes of the Performance and Accountability Board held on 2 February 2027")],
        "agenda_items": agenda(date, items),
        "assurance_decisions": decisions,
        "actions": actions,
        "grades": [],
    }
    return w, records


def hertfordshire() -> tuple[WordPack, dict]:
    """Word→PDF, landscape. A six-column question table No. | Question | Lead | Force response |
    Level of assurance | Commissioner's commentary; an action log whose Status cell is only
    shaded (BRAG) under a key table of shaded cells."""
    org, force, date, prev = "Police and Crime Commissioner for Hertfordshire", "Hertfordshire Constabulary", "2027-04-27", "2027-03-09"
    w = WordPack("OFFICIAL", "Hertfordshire OPCC – Strategic Executive Board", landscape=True)
    w.title("Strategic Executive Board")
    w.p("Police and Crime Commissioner for Hertfordshire\nTuesday 27 April 2027, 09:30 – 11:30, Police Headquarters, Welwyn Garden City")
    w.h("Agenda", 2)
    items = [("1", "Apologies", None), ("2", "Minutes of the last meeting (9 March 2027)", "Chief Executive"),
             ("3", "Action log", "Chief Executive"), ("4", "Fraud and cyber crime", "Detective Chief Superintendent, Serious Crime"),
             ("5", "Estates strategy", "Director of Estates"), ("6", "Any other business", None)]
    w.table([["No.", "Item", "Lead"]] + [[n, t, p or ""] for n, t, p in items], [8, 62, 30])
    w.page_break()

    w.h("Minutes of the Strategic Executive Board – 9 March 2027", 2)
    w.p("**Item 4 – Victim services and the Victims’ Code**")
    topic = "Victim services and the Victims’ Code"
    rows = [
        ("4.1", "How does the force measure compliance with the Victims’ Code?", "ACC Crime",
         ["A quarterly audit of 200 crimes measures compliance against the twelve rights.", "Compliance was 81 per cent in the last audit."],
         "Reasonable assurance", "Assured", "The Commissioner asked for the next audit to be shared."),
        ("4.2", "What proportion of victims are referred to Beacon, the victim care centre?",
         "Head of Victim Services", ["Referral rates are 64 per cent for victims of violent crime.", "Automatic referral has not yet been extended to fraud."],
         "Partial assurance", "Partly assured", "Referral for fraud victims must improve."),
        ("4.3", "How are victims told about the outcome of their case?", "ACC Crime",
         ["Outcome letters are sent automatically for most outcomes.", "The force could not show that victims were told of out of court resolutions."],
         "No assurance", "Not assured", "The Commissioner asked for a plan to close this gap."),
    ]
    w.table([["No.", "Question", "Lead", "Force response", "Level of assurance", "Commissioner’s commentary"]]
            + [[n, q, lead, ["• " + x for x in e], lvl, c] for n, q, lead, e, lvl, _l, c in rows], [6, 22, 10, 34, 11, 17])
    decisions = [decision(prev, topic, n, q, e, level, c) for n, q, _lead, e, _lvl, level, c in rows]
    w.p("**Item 5 – Any other business:** none.")
    w.page_break()

    w.h("Action log – Strategic Executive Board", 2)
    blue, green, amber, red = "#00b0f0", GREEN, AMBER, RED
    w.table([["Key", ""], ["", "Complete"], ["", "On track"], ["", "At risk"], ["", "Overdue"]], [6, 24],
            fills={(1, 0): blue, (2, 0): green, (3, 0): amber, (4, 0): red})
    log = [
        ("SEB 26/30", "10/11/2026", "Report the number of fraud victims contacted within 48 hours.", "Head of Economic Crime",
         "Figures reported to the January meeting.", blue),
        ("SEB 26/33", "10/11/2026", "Review the estates disposal timetable for the old Hatfield station.", "Director of Estates",
         "Disposal agreed in principle; valuation being commissioned.", green),
        ("SEB 27/05", "09/03/2027", "Share the next Victims’ Code compliance audit.", "ACC Crime",
         "Audit under way; results due in May.", green),
        ("SEB 27/06", "09/03/2027", "Extend automatic referral to Beacon to fraud victims.", "Head of Victim Services",
         "Awaiting a change to the crime recording system; no date yet.", amber),
        ("SEB 27/07", "09/03/2027", "Produce a plan to tell victims about out of court resolutions.", "ACC Crime",
         "Plan was due on 31 March 2027 and has not been received.", red),
    ]
    w.table([["Ref", "Date", "Action", "Owner", "Update", "Status"]] + [[r, d, a, o, u, ""] for r, d, a, o, u, _c in log],
            [9, 9, 32, 17, 28, 6], fills={(i, 5): c for i, (*_rest, c) in enumerate(log, start=1)})
    iso = {"10/11/2026": "2026-11-10", "09/03/2027": prev}
    actions = [action(iso[d], topic if d == "09/03/2027" else None, r, a, u, "complete" if c == blue else "outstanding", "cell_shading")
               for r, d, a, o, u, c in log]
    records = {
        "documents": [document("pdf", "Strategic Executive Board", force, org, date)],
        "meetings": [meeting(date, None, org, "Strategic Executive Board"),
                     meeting(prev, topic, org, "Minutes of the Strategic Executive Board – 9 March 2027")],
        "agenda_items": agenda(date, items),
        "assurance_decisions": decisions,
        "actions": actions,
        "grades": [],
    }
    return w, records


class ReportlabPack:
    """A PDF drawn by a reporting tool rather than typed in Word (reportlab, invariant mode):
    Helvetica, numbered minute paragraphs, plain ruled tables; same interface as WordPack for
    the few blocks the Essex pack uses."""

    def __init__(self, footer: str) -> None:
        self.footer = footer
        self.flowables: list = []
        base = ParagraphStyle("base", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5)
        self.styles = {
            "p": base, "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11, spaceAfter=2),
            "h1": ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=8),
            "h2": ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=6),
            "num": ParagraphStyle("num", parent=base, leftIndent=28, firstLineIndent=-28),
            "bul": ParagraphStyle("bul", parent=base, leftIndent=40, firstLineIndent=-12),
        }

    @staticmethod
    def _markup(text: str) -> str:
        out = []
        for run in runs(text):
            piece = escape(run.text).replace("\n", "<br/>")
            if run.bold:
                piece = f"<b>{piece}</b>"
            if run.italic:
                piece = f"<i>{piece}</i>"
            out.append(piece)
        return "".join(out)

    def h(self, text: str, level: int = 1) -> None:
        self.flowables.append(Paragraph(self._markup(text), self.styles["h1" if level == 1 else "h2"]))

    def p(self, text: str) -> None:
        self.flowables.append(Paragraph(self._markup(text), self.styles["p"]))

    def minute(self, number: str, text: str) -> None:
        self.flowables.append(Paragraph(f"{number}&nbsp;&nbsp;&nbsp;{self._markup(text)}", self.styles["num"]))

    def bullets(self, items: list[str]) -> None:
        for item in items:
            self.flowables.append(Paragraph(f"•&nbsp;&nbsp;{self._markup(item)}", self.styles["bul"]))

    def page_break(self) -> None:
        self.flowables.append(PageBreak())

    def table(self, rows: list[list[str]], widths: list[float], grid: bool = True) -> None:
        total = sum(widths)
        usable = A4[0] - 40 * mm
        data = [[Paragraph(self._markup(f"**{c}**" if r == 0 and grid else c), self.styles["cell"]) for c in row]
                for r, row in enumerate(rows)]
        table = RLTable(data, colWidths=[usable * w / total for w in widths], repeatRows=1 if grid else 0)
        commands = [("VALIGN", (0, 0), (-1, -1), "TOP")]
        if grid:
            commands += [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                         ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e7e6e6"))]
        table.setStyle(TableStyle(commands))
        self.flowables += [table, Spacer(1, 8)]

    def pdf(self, title: str, author: str) -> bytes:
        buffer = io.BytesIO()
        footer = self.footer

        def draw_footer(canvas, doc) -> None:
            canvas.setFont("Helvetica", 8)
            canvas.drawCentredString(A4[0] / 2, 12 * mm, f"{footer} – page {doc.page}")
            canvas.drawCentredString(A4[0] / 2, A4[1] - 12 * mm, "OFFICIAL")

        doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                                bottomMargin=22 * mm, title=title, author=author, creator="OPFCC", invariant=1)
        doc.build(self.flowables, onFirstPage=draw_footer, onLaterPages=draw_footer)
        return buffer.getvalue()


def essex() -> tuple[ReportlabPack, dict]:
    """reportlab PDF of a PFCC office: a borderless agenda table; the previous meeting's account
    in numbered minute paragraphs, each question a "Question:" paragraph with its "Response:", the
    PFCC's levels gathered in a "PFCC assurance" bullet list closing each item ("6.2 – Partially
    assured: ..."); actions minuted inline ("Action PRSB 27/12: ...") and a log with a Status
    column (Discharged / Open / Carried forward)."""
    org, force, date, prev = "Police, Fire and Crime Commissioner for Essex", "Essex Police", "2027-05-25", "2027-04-27"
    w = ReportlabPack("Performance and Resources Scrutiny Board (Policing and Crime)")
    w.h("Performance and Resources Scrutiny Board (Policing and Crime)", 1)
    w.p("Police, Fire and Crime Commissioner for Essex\nTuesday 25 May 2027, 10:00 – 12:30, Kelvedon Park, Rivenhall")
    w.p("**Focus item:** Fraud and economic crime")
    w.p("The Board does not meet in public. An account of its business is published within 14 days.")
    w.h("Agenda", 2)
    items = [("1", "Welcome and apologies", "PFCC"), ("2", "Minutes of the meeting of 27 April 2027", "Head of Performance and Scrutiny"),
             ("3", "Action log", "Head of Performance and Scrutiny"), ("4", "Monthly performance report", "Head of Analysis"),
             ("5", "Finance and resources: month 1", "Chief Finance Officer"), ("6", "Fraud and economic crime", "Det Ch Supt, Serious Crime Directorate"),
             ("7", "Any other business", "All")]
    w.table([["", "Item", "Lead"]] + [[n, t, p] for n, t, p in items], [6, 62, 32], grid=False)
    w.page_break()

    w.h("Minutes of the Performance and Resources Scrutiny Board – 27 April 2027", 2)
    w.minute("1.", "**Welcome and apologies.** The PFCC welcomed members. Apologies were received from the Deputy Chief Constable.")
    w.minute("2.", "**Minutes and action log.** The minutes of 23 March 2027 were agreed. The action log was reviewed (see below).")
    w.minute("3.", "**Performance report.** The Board noted the report. Total recorded crime was down 3.8 per cent on the year.")
    sections = [
        ("4", "Call handling and the 101 service", [
            ("4.1", "What was the average time to answer 101 calls in the last quarter, and how does that compare with the national figure?",
             "The average was 6 minutes 12 seconds, against a national average of 4 minutes 50 seconds. Answer times were worst on Monday mornings.",
             "Partially assured", "the PFCC asked for a plan to match staffing to Monday demand."),
            ("4.2", "How many 999 calls were answered within ten seconds?",
             "91.3 per cent of 999 calls were answered within ten seconds, above the national standard of 90 per cent.",
             "Assured", None),
            ("4.3", "How many callers abandon 101 calls, and does the force call them back?",
             "Abandonment was 17 per cent. The force does not call back abandoned 101 calls and could not say how many were about crimes.",
             "Not assured", "the PFCC was concerned that reports of crime may be lost."),
         ], [("PRSB 27/12", "Provide a plan to match control room staffing to Monday morning demand."),
             ("PRSB 27/13", "Report how many abandoned 101 calls concerned crimes, from a sample of one month.")]),
        ("5", "Retail crime", [
            ("5.1", "How has the force used the new retail crime action plan since January?",
             "A named officer now leads retail crime in each district. Charges for shop theft rose by 22 per cent.",
             "Assured", "the PFCC welcomed the rise in charges."),
            ("5.2", "How is the force measuring whether retailers are more willing to report?",
             "The force has no measure of retailer confidence yet; a survey with the business crime partnership is planned.",
             "Partially assured", "the survey should report by the autumn."),
         ], [("PRSB 27/14", "Share the results of the retailer survey with the OPFCC.")]),
    ]
    decisions, minuted = [], {}
    level_of = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}
    for number, heading, qs, acts in sections:
        w.minute(f"{number}.", f"**{heading}.**")
        for n, q, answer, level, comment in qs:
            w.minute(n, f"**Question:** {q}")
            w.p(f"**Response:** {answer}")
            decisions.append({"page": None, "meeting_date": prev, "topic": heading, "question_number": n, "question": q,
                              "evidence_summary": answer, "assurance": level_of[level],
                              "commentary": (comment[0].upper() + comment[1:]) if comment else None})
        w.p("**PFCC assurance:**")
        w.bullets([f"{n} – {level}" + (f": {comment}" if comment else "") for n, _q, _a, level, comment in qs])
        for ref, text in acts:
            w.p(f"**Action {ref}:** {text}")
            minuted[ref] = heading
    w.minute("6.", "**Any other business.** None.")
    w.page_break()

    w.h("Action log – Performance and Resources Scrutiny Board", 2)
    log = [
        ("PRSB 27/04", "23/03/2027", "Circulate the revised vetting backlog figures.", "Head of Professional Standards",
         "Figures circulated on 2 April 2027.", "Discharged"),
        ("PRSB 27/07", "23/03/2027", "Review the cost of overtime on the roads policing unit.", "Chief Finance Officer",
         "Review to be presented with the month 2 finance report.", "Carried forward"),
        ("PRSB 27/12", "27/04/2027", "Provide a plan to match control room staffing to Monday morning demand.", "Head of Contact Management",
         "Draft rota changes being consulted on with staff.", "Open"),
        ("PRSB 27/13", "27/04/2027", "Report how many abandoned 101 calls concerned crimes, from a sample of one month.", "Head of Contact Management",
         "Sample of March calls completed: 9 per cent concerned crimes. Reported under item 4.", "Discharged"),
        ("PRSB 27/14", "27/04/2027", "Share the results of the retailer survey with the OPFCC.", "Superintendent, Business Crime",
         "Survey launches in June.", "Open"),
    ]
    w.table([["Ref", "Raised", "Action", "Owner", "Update", "Status"]] + [list(row) for row in log], [12, 11, 27, 14, 25, 11])
    iso = {"23/03/2027": "2027-03-23", "27/04/2027": prev}
    actions = [action(iso[d], minuted.get(r), r, a, u, "complete" if s == "Discharged" else "outstanding", "status_column")
               for r, d, a, o, u, s in log]
    records = {
        "documents": [document("pdf", "Performance and Resources Scrutiny Board (Policing and Crime)", force, org, date)],
        "meetings": [meeting(date, "Fraud and economic crime", org, "Performance and Resources Scrutiny Board (Policing and Crime)"),
                     meeting(prev, None, org, "Minutes of the Performance and Resources Scrutiny Board – 27 April 2027")],
        "agenda_items": agenda(date, items),
        "assurance_decisions": decisions,
        "actions": actions,
        "grades": [],
    }
    return w, records


PACKS: dict[str, Callable[[], tuple[WordPack | ReportlabPack, dict]]] = {
    "norfolk-pcc-pam-2027-04-20-round30.pdf": norfolk,
    "sussex-pcc-pam-2027-04-08-round30.docx": sussex,
    "surrey-pcc-pm-2027-03-23-round30.pdf": surrey,
    "thames-valley-pcc-pam-2027-04-13-round30.pdf": thames_valley,
    "mopac-dmpc-ob-2027-03-30-round30.docx": mopac,
    "hampshire-iow-pcc-pab-2027-04-06-round30.pdf": hampshire,
    "hertfordshire-pcc-seb-2027-04-27-round30.pdf": hertfordshire,
    "essex-pfcc-prsb-2027-05-25-round30.pdf": essex,
}


def main(names: list[str]) -> None:
    (HERE / "gold").mkdir(exist_ok=True)
    for name in names or list(PACKS):
        pack, records = PACKS[name]()
        title, author = records["documents"][0]["title"], records["documents"][0]["organisation"]
        if isinstance(pack, ReportlabPack):
            data = pack.pdf(title, author)
        else:
            data = pack.docx(title, author)
            if name.endswith(".pdf"):
                data = docx_to_pdf(data)
        if name.endswith(".pdf"):
            set_pdf_pages(data, records)
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (HERE / "gold" / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        print(name, len(data), "bytes", records["documents"][0].get("pages", ""))


if __name__ == "__main__":
    main(sys.argv[1:])
