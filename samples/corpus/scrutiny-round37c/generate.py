"""Held-out scrutiny round 37c: eight PCC, PFCC and mayoral packs written blind, with their gold.

Every pack is built with python-docx in Word's own styles; three are kept as Word files (fixed zip
times) and five are saved as PDF the way offices do, through LibreOffice (`../office_pdf.py`).
The call that writes a paragraph or a row also writes its gold record; a PDF record's page is the
first page, from its section's anchor on, whose text holds the start of the record's key text.

    .venv/bin/python samples/corpus/scrutiny-round37c/generate.py [FILE ...]
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Table as RLTable

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent.parent)]  # corpus helpers; samples/generator
from inspection_render import fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind for held-out round 37c; every record hand-checked against the rendered pages "
           "and `scrutiny inspect` by the round's writer.")
TYPES = ("documents", "meetings", "agenda_items", "assurance_decisions", "actions")
MARKUP = re.compile(r"(\*\*.+?\*\*|__.+?__)")


class Pack:
    """A Word document under construction and the gold records of what it prints."""

    def __init__(self, *, title: str, organisation: str, force: str, footer: str) -> None:
        self.document = Document()
        normal = self.document.styles["Normal"]
        normal.font.name = "Arial"
        normal.font.size = Pt(10.5)
        section = self.document.sections[0]
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2)
        section.footer.paragraphs[0].text = footer
        self.organisation = organisation
        self.force = force
        self.title_text = title
        self.records: dict[str, list[dict]] = {t: [] for t in TYPES}
        self.anchors: list[tuple[dict, str, str | None]] = []  # record, key text, section anchor

    # -- writing ---------------------------------------------------------------------------------
    def runs(self, paragraph, text: str, colour: str | None = None) -> None:
        """``**bold**`` and ``__italic__`` spans."""
        for part in MARKUP.split(text):
            if not part:
                continue
            if part.startswith("**"):
                run = paragraph.add_run(part[2:-2])
                run.bold = True
            elif part.startswith("__"):
                run = paragraph.add_run(part[2:-2])
                run.italic = True
            else:
                run = paragraph.add_run(part)
            if colour:
                run.font.color.rgb = RGBColor.from_string(colour)

    def para(self, text: str, style: str | None = None, centre: bool = False) -> None:
        paragraph = self.document.add_paragraph(style=style)
        self.runs(paragraph, text)
        if centre:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def heading(self, text: str, level: int) -> None:
        self.document.add_heading(text, level=level)

    def title(self, text: str) -> None:
        self.document.add_paragraph(text, style="Title")

    def page_break(self) -> None:
        self.document.add_page_break()

    def table(self, rows: list[list[str]], *, header_fill: str = "D9E2F3",
              glyphs: dict[tuple[int, int], str] | None = None,
              merge: list[tuple[int, int, int]] | None = None) -> None:
        """A Table Grid table, its header row shaded; ``glyphs`` colours a cell's text (a status
        square); ``merge`` joins (row, first col, last col)."""
        table = self.document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        table.autofit = False
        widths = _column_widths(rows)
        for c, width in enumerate(widths):
            table.columns[c].width = width
        for r, row in enumerate(table.rows):
            row_properties = row._tr.get_or_add_trPr()
            row_properties.append(OxmlElement("w:cantSplit"))  # Word's "keep row on one page"
            if r == 0:
                row_properties.append(OxmlElement("w:tblHeader"))  # "repeat as header row"
            for c, cell in enumerate(row.cells):
                cell.width = widths[c]
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = table.cell(r, c)
                paragraph = cell.paragraphs[0]
                colour = (glyphs or {}).get((r, c))
                self.runs(paragraph, f"**{text}**" if r == 0 and text else text, colour)
                if r == 0:
                    shading = OxmlElement("w:shd")
                    shading.set(qn("w:val"), "clear")
                    shading.set(qn("w:color"), "auto")
                    shading.set(qn("w:fill"), header_fill)
                    cell._tc.get_or_add_tcPr().append(shading)
        for r, first, last in merge or []:
            text = table.cell(r, first).text
            merged = table.cell(r, first).merge(table.cell(r, last))
            for paragraph in merged.paragraphs[1:]:
                paragraph._element.getparent().remove(paragraph._element)
            merged.paragraphs[0].runs[0].text = text
            for run in merged.paragraphs[0].runs[1:]:
                run.text = ""
        self.document.add_paragraph()

    # -- gold ------------------------------------------------------------------------------------
    def record(self, kind: str, key: str, anchor: str | None = None, **fields) -> None:
        record = {"page": None, **fields}
        self.records[kind].append(record)
        self.anchors.append((record, key, anchor))

    def meeting(self, key: str, date: str, topic: str | None, title: str, anchor: str | None = None) -> None:
        self.record("meetings", key, anchor, meeting_date=date, topic=topic,
                    organisation=self.organisation, title=title)

    def agenda(self, date: str, number: str | None, title: str, presenter: str | None, anchor: str | None = None) -> None:
        self.record("agenda_items", title, anchor, meeting_date=date, number=number, title=title,
                    presenter=presenter)

    def decision(self, date: str, topic: str | None, number: str | None, question: str, evidence: str,
                 assurance: str | None, commentary: str | None, anchor: str | None = None) -> None:
        self.record("assurance_decisions", question, anchor, meeting_date=date, topic=topic,
                    question_number=number, question=question, evidence_summary=evidence,
                    assurance=assurance, commentary=commentary)

    def action(self, date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
               status: str, status_source: str, source: str, anchor: str | None = None, key: str | None = None) -> None:
        self.record("actions", key or text, anchor, meeting_date=date, topic=topic, number=number, text=text,
                    update=update, status=status, status_source=status_source, source=source)

    # -- output ----------------------------------------------------------------------------------
    def build(self, *, kind: str, meeting_date: str, publication_date: str | None) -> tuple[bytes, dict]:
        raw = io.BytesIO()
        self.document.core_properties.author = self.organisation
        self.document.core_properties.title = self.title_text
        self.document.save(raw)
        docx = fixed_zip_times(raw.getvalue())
        document = {"page": None, "status": "ok", "doc_kind": "scrutiny_pack", "title": self.title_text,
                    "force": self.force, "organisation": self.organisation, "meeting_date": meeting_date,
                    "publication_date": publication_date, "file_type": kind}
        if kind == "docx":
            records = {"documents": [document], **{t: self.records[t] for t in TYPES[1:]}, "grades": []}
            return docx, records
        return self.paged(docx_to_pdf(docx), document)

    def paged(self, pdf: bytes, document: dict) -> tuple[bytes, dict]:
        """The PDF's gold, each record on the page that prints it."""
        pages = [_squash(page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages]
        document["pages"] = len(pages)
        for record, key, anchor in self.anchors:
            start = _find(pages, anchor, 0) if anchor else 0
            record["page"] = _find(pages, key, start) + 1
        return pdf, {"documents": [document], **{t: self.records[t] for t in TYPES[1:]}, "grades": []}


class ReportlabPack(Pack):
    """The same pack drawn straight to PDF with reportlab (invariant mode), as some offices'
    publishing systems do."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.footer = kwargs["footer"]
        self.flowables: list = []
        sheet = getSampleStyleSheet()
        self.styles = {
            "Normal": ParagraphStyle("body", parent=sheet["Normal"], fontSize=10, leading=13, spaceAfter=5),
            "Title": ParagraphStyle("title", parent=sheet["Title"], fontSize=20, leading=24, alignment=0),
            1: ParagraphStyle("h1", parent=sheet["Heading1"], fontSize=14, leading=17,
                              textColor=colors.HexColor("#1f3864")),
            2: ParagraphStyle("h2", parent=sheet["Heading2"], fontSize=12, leading=15),
            3: ParagraphStyle("h3", parent=sheet["Heading3"], fontSize=10.5, leading=13),
            "cell": ParagraphStyle("cell", parent=sheet["Normal"], fontSize=9, leading=11),
        }

    @staticmethod
    def _markup(text: str) -> str:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
        return re.sub(r"__(.+?)__", r"<i>\1</i>", text)

    def para(self, text: str, style: str | None = None, centre: bool = False) -> None:
        if style == "List Bullet":
            self.flowables.append(Paragraph(self._markup(text), self.styles["Normal"], bulletText="•"))
        else:
            self.flowables.append(Paragraph(self._markup(text), self.styles["Normal"]))

    def heading(self, text: str, level: int) -> None:
        self.flowables.append(Paragraph(self._markup(text), self.styles[level]))

    def title(self, text: str) -> None:
        self.flowables.append(Paragraph(self._markup(text), self.styles["Title"]))

    def page_break(self) -> None:
        self.flowables.append(PageBreak())

    def table(self, rows: list[list[str]], *, header_fill: str = "D9E2F3",
              glyphs: dict[tuple[int, int], str] | None = None,
              merge: list[tuple[int, int, int]] | None = None) -> None:
        cells = [[Paragraph(self._markup(f"**{text}**" if r == 0 and text else text), self.styles["cell"])
                  for text in row] for r, row in enumerate(rows)]
        table = RLTable(cells, colWidths=[w / Cm(1) * cm for w in _column_widths(rows)], repeatRows=1)
        commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#" + header_fill)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP")]
        commands += [("SPAN", (first, r), (last, r)) for r, first, last in merge or []]
        table.setStyle(TableStyle(commands))
        self.flowables += [table, Spacer(1, 8)]

    def build(self, *, kind: str, meeting_date: str, publication_date: str | None) -> tuple[bytes, dict]:
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                                bottomMargin=2 * cm, title=self.title_text, author=self.organisation, invariant=1)

        def footer(canvas, _doc) -> None:
            canvas.setFont("Helvetica", 8)
            canvas.drawString(2 * cm, 1.2 * cm, self.footer)
            canvas.drawRightString(19 * cm, 1.2 * cm, f"Page {canvas.getPageNumber()}")

        doc.build(self.flowables, onFirstPage=footer, onLaterPages=footer)
        document = {"page": None, "status": "ok", "doc_kind": "scrutiny_pack", "title": self.title_text,
                    "force": self.force, "organisation": self.organisation, "meeting_date": meeting_date,
                    "publication_date": publication_date, "file_type": "pdf"}
        return self.paged(buffer.getvalue(), document)


def _column_widths(rows: list[list[str]]) -> list[Cm]:
    """Widths over 17 cm: each column wide enough for its longest word, the rest shared in
    proportion to how much more text the column holds."""
    floors, shares = [], []
    for c in range(len(rows[0])):
        texts = [re.sub(r"\*\*|__", "", row[c]) for row in rows]
        longest_word = max((len(w) for t in texts for w in t.split()), default=1)
        floors.append(longest_word * 0.24 + 0.6)
        shares.append(max(min(max(len(t) for t in texts), 60) - longest_word, 0) + 1)
    spare = 17 - sum(floors)
    return [Cm(floor + spare * share / sum(shares)) for floor, share in zip(floors, shares)]


def _squash(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", "", text).lower()


def _find(pages: list[str], text: str, start: int) -> int:
    needle = _squash(re.sub(r"\*\*|__", "", text))[:40]
    for index in range(start, len(pages)):
        if needle in pages[index]:
            return index
    raise ValueError(f"not printed from page {start + 1} on: {text!r}")


A, P, N = "Assured", "Partly assured", "Not assured"
DONE, OPEN = "complete", "outstanding"


def london() -> tuple[bytes, dict]:
    """Mayoral office, Deputy Mayor in the chair; confidence ratings on the office's own key."""
    org = "Deputy Mayor for Policing and Crime"
    pack = Pack(title="MOPAC Oversight Board", organisation=org, force="Metropolitan Police Service",
                footer="MOPAC Oversight Board – OFFICIAL")
    day, last = "2028-01-13", "2027-11-18"
    pack.title("MOPAC Oversight Board")
    pack.para("Mayor's Office for Policing And Crime")
    pack.para("**Date:** Thursday 13 January 2028, 10.00am – 12.00pm")
    pack.para("**Venue:** City Hall, Committee Room 3, Kamal Chunchie Way, London E16")
    pack.para("**Chair:** Deputy Mayor for Policing and Crime")
    pack.para("**Focus of the meeting:** Neighbourhood policing")
    pack.meeting("MOPAC Oversight Board", day, "Neighbourhood policing", "MOPAC Oversight Board")
    pack.heading("Agenda", 1)
    items = [("1", "Welcome, apologies and declarations of interest", "Deputy Mayor", "–"),
             ("2", "Minutes and action log of the meeting on 18 November 2027", "Head of Oversight", "A"),
             ("3", "Ward officer abstraction and dedicated ward hours", "Commander, Frontline Policing", "B"),
             ("4", "Public attitude survey: confidence by borough", "Director of Strategy and Insight", "C"),
             ("5", "Forward plan", "Head of Oversight", "D"),
             ("6", "Any other business", "Deputy Mayor", "–")]
    pack.table([["Item", "Title", "Lead", "Paper"]] + [list(i) for i in items])
    for number, title, lead, _ in items:
        pack.agenda(day, number, title, lead)
    pack.page_break()
    notes = "Minutes of the Oversight Board – 18 November 2027"
    pack.heading(notes, 1)
    pack.meeting(notes, last, "Stop and search: community monitoring", notes)
    pack.para("**Present:** Deputy Mayor for Policing and Crime (Chair); Chief Executive, MOPAC; Deputy "
              "Commissioner; Commander, Professionalism; Head of Oversight.")
    pack.heading("1. Welcome and apologies", 2)
    pack.para("Apologies were received from the Director of Audit, Risk and Assurance.")
    pack.heading("2. Stop and search: community monitoring", 2)
    pack.para("MOPAC records its confidence in each answer on the following scale:")
    for text in ("**High** – the Deputy Mayor is assured by the response",
                 "**Moderate** – the Deputy Mayor is partly assured and expects further work",
                 "**Low** – the Deputy Mayor is not assured"):
        pack.para(text, style="List Bullet")
    questions = [
        ("SC1", "How many community monitoring groups reviewed body-worn video of searches this quarter?",
         "All 32 borough groups met; 27 viewed footage, five declined owing to the new viewing room rules.",
         "High", A, None),
        ("SC2", "What share of searches found an item, by grounds recorded?",
         "The find rate was 24 per cent overall and 19 per cent where the smell of cannabis was the only ground.",
         "Moderate", P, "The Deputy Mayor wants the cannabis-only figure reported to each group."),
        ("SC3", "How are officers told of a group's concerns about a search they made?",
         "Concerns go to the officer's sergeant by email; there is no record that feedback was given.",
         "Low", N, "A recorded feedback loop is expected by the next meeting."),
        ("SC4", "When will the independent audit of handcuffing during searches report?",
         "The audit team has begun fieldwork in four boroughs.",
         "Deferred", None, "To return in March once the audit has reported."),
    ]
    pack.table([["Ref", "Question", "Summary of response", "Confidence", "Deputy Mayor's comment"]]
               + [[q[0], q[1], q[2], q[3], q[5] or ""] for q in questions])
    for ref, question, response, _, level, comment in questions:
        pack.decision(last, "Stop and search: community monitoring", ref, question, response, level, comment,
                      anchor=notes)
    pack.para("**Actions:**")
    minuted = [("OB 27/41", "Report the cannabis-only find rate to each community monitoring group every quarter."),
               ("OB 27/42", "Set up a recorded feedback loop from monitoring groups to searching officers.")]
    for ref, text in minuted:
        pack.para(f"{ref} – {text}", style="List Bullet")
    pack.heading("3. Any other business", 2)
    pack.para("None was raised.")
    pack.heading("Action log", 1)
    log = [
        ("OB 27/22", "16 Sep 2027", "Share the timetable for moving ward officers off response rotas.",
         "Commander, Frontline Policing", "Timetable shared with members on 3 October.", "Complete", DONE),
        ("OB 27/29", "16 Sep 2027", "Provide a borough breakdown of 999 answer times.",
         "Director of Met Contact", "Data being validated; expected January.", "In progress", OPEN),
        ("OB 27/41", "18 Nov 2027", minuted[0][1], "Commander, Professionalism",
         "First quarterly return due in February.", "In progress", OPEN),
        ("OB 27/42", "18 Nov 2027", minuted[1][1], "Commander, Professionalism",
         "Design agreed; the recording field goes live on 1 February.", "Not started", OPEN),
        ("OB 27/36", "21 Oct 2027", "Brief the Deputy Mayor on the rollout of the new rape investigation model.",
         "Detective Chief Superintendent, Public Protection", "Briefing given on 6 December.", "Closed", DONE),
    ]
    pack.table([["Ref", "Raised", "Action", "Owner", "Update", "Status"]] + [list(row[:6]) for row in log])
    for ref, raised, text, _, update, _, status in log:
        date = {"16 Sep 2027": "2027-09-16", "18 Nov 2027": last, "21 Oct 2027": "2027-10-21"}[raised]
        topic = "Stop and search: community monitoring" if date == last else None
        pack.action(date, topic, ref, text, update, status, "status_column", "action_tracker",
                    anchor=notes if date == last else "Action log")
    return pack.build(kind="pdf", meeting_date=day, publication_date=None)


def greater_manchester() -> tuple[bytes, dict]:
    """Mayoral office as a Word file: the common assurance column, a theme for each meeting."""
    org = "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"
    pack = Pack(title="Police Accountability Board", organisation=org, force="Greater Manchester Police",
                footer="Greater Manchester Combined Authority")
    day, last = "2028-02-08", "2027-12-07"
    pack.para("**GREATER MANCHESTER COMBINED AUTHORITY**")
    pack.title("Police Accountability Board")
    pack.para("Tuesday 8 February 2028 at 2.00pm, Tootal Buildings, Oxford Street, Manchester")
    pack.para("**Chair:** Deputy Mayor for Policing, Crime, Criminal Justice and Fire")
    pack.para("**Theme:** Serious violence")
    pack.meeting("Police Accountability Board", day, "Serious violence", "Police Accountability Board")
    pack.heading("Agenda", 1)
    items = [("1", "Apologies", "Chair", "–"),
             ("2", "Declarations of interest", "Chair", "–"),
             ("3", "Notes of the meeting held on 7 December 2027 and action tracker", "Head of Policing Governance", "For approval"),
             ("4", "Knife crime and the violence reduction unit", "Assistant Chief Constable, Specialist Operations", "For assurance"),
             ("4a", "Weapons sweeps and surrender bins", "Chief Superintendent, Operations", "For information"),
             ("4b", "Hospital navigator programme", "Director, Violence Reduction Unit", "For information"),
             ("5", "Serious violence duty: partnership return", "Head of Policing Governance", "For decision"),
             ("6", "Any other business", "Chair", "–")]
    pack.table([["No.", "Item", "Lead", "Purpose"]] + [list(i) for i in items])
    for number, title, lead, _ in items:
        pack.agenda(day, number, title, lead)
    pack.page_break()
    notes = "Notes of the Police Accountability Board – 7 December 2027"
    pack.heading(notes, 1)
    pack.para("**Theme:** Domestic abuse")
    pack.meeting(notes, last, "Domestic abuse", notes)
    pack.heading("1. Apologies and declarations", 2)
    pack.para("Apologies from the Chief Constable; the Deputy Chief Constable attended. No declarations.")
    pack.heading("2. Domestic abuse: arrests and protection orders", 2)
    questions = [
        ("1", "What was the arrest rate for domestic abuse crimes with an identified suspect in the last quarter?",
         "The rate rose from 31 to 36 per cent after the district arrest desks were staffed at weekends.",
         A, "The Deputy Mayor welcomed the rise."),
        ("2", "How many domestic abuse protection orders were applied for, and how many were breached?",
         "64 applications, 58 granted; 21 breaches recorded, of which 9 led to a charge.",
         P, "Wants breach outcomes followed up by district."),
        ("3", "How is the voice of the victim captured when a case is closed with no further action?",
         "A closure call is expected but is not recorded in a way that can be audited.",
         N, "Not assured until closure calls can be evidenced."),
    ]
    pack.table([["Q", "Question", "Response", "Assurance level", "Comments"]]
               + [[q[0], q[1], q[2], {A: A, P: "Partially assured", N: N}[q[3]], q[4]] for q in questions])
    for number, question, response, level, comment in questions:
        pack.decision(last, "Domestic abuse: arrests and protection orders", number, question, response,
                      level, comment)
    pack.heading("3. Date of next meeting", 2)
    pack.para("8 February 2028.")
    pack.heading("Action tracker", 1)
    log = [
        ("PAB/71", "05/10/2027", "Publish the quarterly stalking protection order figures on the website.",
         "Head of Policing Governance", "Published 2 November.", "Complete"),
        ("PAB/74", "05/10/2027", "Report the outcome of the custody healthcare re-procurement.",
         "Chief Superintendent, Custody", "Contract award delayed to March.", "Ongoing"),
        ("PAB/79", "07/12/2027", "Report breach outcomes of protection orders by district.",
         "Detective Superintendent, Public Protection", "", "Open"),
        ("PAB/80", "07/12/2027", "Introduce an auditable record of victim closure calls.",
         "Detective Superintendent, Public Protection", "Field added to the crime system; training under way.",
         "Ongoing"),
    ]
    rows = [["Ref", "Date raised", "Action", "Owner", "Update", "Status"]]
    merge = []
    for group, raised_on in (("Actions from the meeting of 5 October 2027", "05/10/2027"),
                             ("Actions from the meeting of 7 December 2027", "07/12/2027")):
        merge.append((len(rows), 0, 5))
        rows.append([f"**{group}**", "", "", "", "", ""])
        rows += [list(r) for r in log if r[1] == raised_on]
    pack.table(rows, merge=merge)
    for ref, raised, text, _, update, status in log:
        date = "2027-10-05" if raised == "05/10/2027" else last
        pack.action(date, "Domestic abuse" if date == last else None, ref, text, update or None,
                    DONE if status == "Complete" else OPEN, "status_column", "action_tracker")
    return pack.build(kind="docx", meeting_date=day, publication_date=None)


def lincolnshire() -> tuple[bytes, dict]:
    """PCC, Word-made PDF: a numbered-list agenda, questions in lines with 'Assurance level:'."""
    org = "Police and Crime Commissioner for Lincolnshire"
    pack = Pack(title="Strategic Accountability Board", organisation=org, force="Lincolnshire Police",
                footer="OPCC Lincolnshire – Strategic Accountability Board")
    day, last = "2028-01-25", "2027-11-23"
    pack.title("Strategic Accountability Board")
    pack.para("Office of the Police and Crime Commissioner for Lincolnshire")
    pack.para("Tuesday 25 January 2028, 10.00am, Police Headquarters, Nettleham")
    pack.para("Published: 18 January 2028")
    pack.meeting("Strategic Accountability Board", day, None, "Strategic Accountability Board")
    pack.heading("Agenda", 1)
    items = ["Apologies for absence", "Declarations of interest",
             "Notes of the meeting held on 23 November 2027 and matters arising",
             "Rural and heritage crime", "Call handling: 101 and online reporting",
             "Police and Crime Plan performance report", "Any other business"]
    for number, title in enumerate(items, start=1):
        pack.para(title, style="List Number")
        pack.agenda(day, str(number), title, None)
    pack.page_break()
    notes = "Notes of the Strategic Accountability Board held on 23 November 2027"
    pack.heading(notes, 1)
    pack.meeting(notes, last, "Road policing", notes)
    pack.heading("1. Apologies", 2)
    pack.para("Apologies were received from the Chief Finance Officer.")
    pack.heading("2. Notes of the last meeting", 2)
    pack.para("The notes of the meeting held on 21 September 2027 were agreed as a true record.")
    pack.heading("3. Road policing", 2)
    topic = "Road policing"
    questions = [
        ("1", "How has the fatal four enforcement campaign changed offending on the A15 and A46 corridors?",
         "Detected speeding offences on the two roads fell by 12 per cent over the summer; mobile phone offences were flat.",
         A, "The Commissioner noted the sustained fall."),
        ("2", "How many community speed watch volunteers are active, and how is their data used?",
         "There are 410 volunteers in 63 groups; letters go to repeat drivers but the data does not yet inform patrol plans.",
         P, "Data should shape where the roads policing unit patrols."),
        ("3", "What is the backlog of fixed penalty and camera cases awaiting processing?",
         "Around 6,800 cases, about eleven weeks' work, after the system upgrade in August.",
         N, "The Commissioner asked for a recovery plan with dates."),
    ]
    for number, question, response, level, comment in questions:
        pack.para(f"**Q{number}. {question}**")
        pack.para(response)
        pack.para(f"**Assurance level:** {level}")
        pack.para(f"**Comment:** {comment}")
        pack.decision(last, topic, number, question, response, level, comment, anchor=notes)
    pack.para("**Action SAB 27/58:** Set out how speed watch data will inform roads policing patrol plans.")
    pack.para("**Action SAB 27/59:** Produce a recovery plan with dates for the camera and fixed penalty backlog.")
    pack.heading("4. Date of next meeting", 2)
    pack.para("25 January 2028.")
    pack.page_break()
    pack.heading("Action log", 1)
    log = [
        ("SAB 27/47", "21/09/2027", "Circulate the revised vetting backlog figures.", "Head of Professional Standards",
         "Circulated 4 October.", "Complete"),
        ("SAB 27/52", "21/09/2027", "Review the victim update timeliness measure with the Victims' Hub.",
         "Head of Criminal Justice", "Review meeting held; new measure to be reported from April.", "Ongoing"),
        ("SAB 27/58", "23/11/2027", "Set out how speed watch data will inform roads policing patrol plans.",
         "Chief Inspector, Roads Policing", "Paper to the March board.", "Open"),
        ("SAB 27/59", "23/11/2027", "Produce a recovery plan with dates for the camera and fixed penalty backlog.",
         "Head of Central Ticket Office", "Plan shared on 12 December: backlog cleared by end of March.", "Closed"),
    ]
    pack.table([["Ref", "Raised", "Action", "Owner", "Update", "Status"]] + [list(r) for r in log])
    for ref, raised, text, _, update, status in log:
        date = "2027-09-21" if raised == "21/09/2027" else last
        pack.action(date, topic if date == last else None, ref, text, update,
                    DONE if status in ("Complete", "Closed") else OPEN, "status_column", "action_tracker",
                    anchor=notes if date == last else "Action log")
    return pack.build(kind="pdf", meeting_date=day, publication_date="2028-01-18")


def nottinghamshire() -> tuple[bytes, dict]:
    """PCC, Word-made PDF: a numbered four-point assurance scale of the office's own; a log with no
    status column."""
    org = "Police and Crime Commissioner for Nottinghamshire"
    pack = Pack(title="Strategic Resources and Performance Meeting", organisation=org,
                force="Nottinghamshire Police", footer="Nottinghamshire OPCC")
    day, last = "2028-03-02", "2028-01-12"
    pack.title("Strategic Resources and Performance Meeting")
    pack.para("Police and Crime Commissioner for Nottinghamshire")
    pack.para("**Date:** 2 March 2028   **Time:** 13:30   **Location:** Sherwood Lodge, Arnold")
    pack.meeting("Strategic Resources and Performance Meeting", day, None, "Strategic Resources and Performance Meeting")
    pack.heading("Agenda", 1)
    items = [("1", "Apologies", None), ("2", "Minutes and actions of the meeting held on 12 January 2028", "OPCC Head of Governance"),
             ("3", "Neighbourhood crime: burglary and vehicle crime", "ACC Local Policing"),
             ("4", "Medium-term financial plan update", "Chief Finance Officer"),
             ("5", "Estates strategy", "Director of Finance"), ("6", "Any other business", None)]
    pack.table([["Item", "Subject", "Presented by"]] + [[n, t, p or ""] for n, t, p in items])
    for number, title, presenter in items:
        pack.agenda(day, number, title, presenter)
    pack.page_break()
    notes = "Minutes of the Strategic Resources and Performance Meeting – 12 January 2028"
    pack.heading(notes, 1)
    pack.meeting(notes, last, "Fraud and cyber crime", notes)
    pack.para("**Present:** Police and Crime Commissioner (Chair), Chief Constable, Deputy Chief Constable, "
              "Chief Finance Officer, OPCC Chief Executive.")
    pack.heading("Item 3 – Fraud and cyber crime", 2)
    pack.para("The Commissioner grades each answer on the office's assurance scale:")
    pack.table([["Level", "Meaning"],
                ["1 – Substantial", "The Commissioner is assured; no further work is needed"],
                ["2 – Reasonable", "The Commissioner is assured, with minor points to follow up"],
                ["3 – Limited", "The Commissioner is partly assured; further work is expected"],
                ["4 – Minimal", "The Commissioner is not assured"]])
    topic = "Fraud and cyber crime"
    questions = [
        ("3.1", "How quickly are Action Fraud disseminations allocated to an investigator?",
         "Median of four working days, against a target of five.", "1", A, None),
        ("3.2", "What support reaches vulnerable victims of courier and romance fraud?",
         "Every referred victim gets a visit from the economic crime team; 88 per cent within 48 hours.", "2", A,
         "Wants the visits' outcomes sampled."),
        ("3.3", "How many cyber crime reports were resolved without a digital forensic examination?",
         "No figure was available; the case system does not record the examination.", "4", N,
         "A recorded measure is needed before the next meeting."),
        ("3.4", "How is the force using asset recovery to compensate fraud victims?",
         "£412,000 was returned to victims last year; confiscation orders are slow to be enforced.", "3", P,
         "Asked for a joint plan with the Crown Prosecution Service."),
    ]
    pack.table([["No.", "Question", "Evidence", "Level", "Commissioner's comment"]]
               + [[q[0], q[1], q[2], q[3], q[5] or ""] for q in questions])
    for number, question, response, _, level, comment in questions:
        pack.decision(last, topic, number, question, response, level, comment, anchor=notes)
    pack.heading("Actions", 2)
    minuted = [("SRP 28/02", "Record whether a cyber crime report needed a digital forensic examination."),
               ("SRP 28/03", "Agree a joint asset recovery plan with the Crown Prosecution Service.")]
    for ref, text in minuted:
        pack.para(f"{ref}: {text}", style="List Bullet")
    pack.page_break()
    pack.heading("Action log", 1)
    log = [
        ("SRP 27/40", "2027-11-10", "Share the overtime spend by department for the first half-year.",
         "Chief Finance Officer", "Shared with the Commissioner on 28 November. Action closed."),
        ("SRP 27/44", "2027-11-10", "Bring the fleet replacement business case.",
         "Head of Transport", "Business case being redrafted after the price review; expected in April."),
        ("SRP 28/02", "2028-01-12", minuted[0][1], "Head of Cyber Crime", "Field added to the case system on 5 February; complete."),
        ("SRP 28/03", "2028-01-12", minuted[1][1], "Head of Economic Crime", "First meeting with the CPS arranged for March."),
    ]
    pack.table([["Action no.", "Meeting", "Action", "Owner", "Progress"]]
               + [[r[0], f"{int(r[1][8:])} {['', 'Jan', '', '', '', '', '', '', '', '', '', 'Nov'][int(r[1][5:7])]} {r[1][:4]}",
                   r[2], r[3], r[4]] for r in log])
    for ref, date, text, _, update in log:
        status = DONE if ("closed" in update or "complete" in update) else OPEN
        pack.action(date, topic if date == last else None, ref, text, update, status, "inferred_from_update",
                    "action_tracker", anchor=notes if date == last else "Action log")
    return pack.build(kind="pdf", meeting_date=day, publication_date=None)


def warwickshire() -> tuple[bytes, dict]:
    """PCC, Word file: assurance by a tick in one of three columns; tracker status by a coloured
    square against a legend."""
    org = "Police and Crime Commissioner for Warwickshire"
    pack = Pack(title="Performance Accountability Meeting", organisation=org, force="Warwickshire Police",
                footer="OPCC Warwickshire – Performance Accountability Meeting")
    day, last = "2028-02-22", "2027-12-14"
    pack.title("Performance Accountability Meeting")
    pack.para("Tuesday 22 February 2028, 2.00pm – 4.00pm, Leek Wootton")
    pack.para("**Topic:** Road safety and the fatal four")
    pack.meeting("Performance Accountability Meeting", day, "Road safety and the fatal four",
                 "Performance Accountability Meeting")
    pack.heading("Agenda", 1)
    items = [("1", "Introductions and apologies", "PCC"),
             ("2", "Previous meeting notes and action tracker", "OPCC Policy Officer"),
             ("3", "Road safety and the fatal four", "Superintendent, Operations"),
             ("4", "Public questions received", "PCC"),
             ("5", "Any other business", "PCC")]
    pack.table([["Item", "Title", "Presenter"]] + [list(i) for i in items])
    for number, title, presenter in items:
        pack.agenda(day, number, title, presenter)
    pack.page_break()
    notes = "Notes of the Performance Accountability Meeting, 14 December 2027"
    pack.heading(notes, 1)
    topic = "Hate crime and community tension"
    pack.para(f"**Topic:** {topic}")
    pack.meeting(notes, last, topic, notes)
    pack.para("The PCC marked his assurance on each question with a tick.")
    questions = [
        ("1", "How many hate crimes were reported through third-party reporting centres this year?",
         "Forty-one, most through the two university centres; four centres took no reports.", A, None),
        ("2", "How does the force track community tension after a local incident?",
         "A weekly tension log is reviewed by neighbourhood inspectors; partners add to it through a shared form.",
         P, "Partners in the south of the county were not aware of the form."),
        ("3", "What proportion of hate crime victims were satisfied with the service?",
         "The survey was paused in the spring and no current figure exists.", N,
         "The survey must restart this quarter."),
    ]
    rows = [["No.", "Question", "Response", "Assured", "Partially assured", "Not assured", "Comment"]]
    for number, question, response, level, comment in questions:
        ticks = ["✓" if level == v else "" for v in (A, P, N)]
        rows.append([number, question, response, *ticks, comment or ""])
        pack.decision(last, topic, number, question, response, level, comment)
    pack.table(rows)
    pack.heading("Action tracker", 1)
    pack.para("Key:")
    green, amber, red = "00A050", "F0A000", "D02020"
    legend = [("Complete", green), ("On track", amber), ("Overdue or at risk", red)]
    paragraph = pack.document.add_paragraph()
    for label, colour in legend:
        square = paragraph.add_run("■ ")
        square.font.color.rgb = RGBColor.from_string(colour)
        paragraph.add_run(f"{label}    ")
    log = [
        ("PAM 27/18", "12/10/2027", "Publish the rural crime team's quarterly results.", "Provided in November.", green, DONE),
        ("PAM 27/23", "14/12/2027", "Share the third-party reporting centre figures by centre with partners.",
         "Figures prepared; sharing agreement with the council awaited.", amber, OPEN),
        ("PAM 27/24", "14/12/2027", "Restart the hate crime victim satisfaction survey.",
         "Supplier contract not yet signed.", red, OPEN),
        ("PAM 27/25", "14/12/2027", "Promote the community tension form to partners in the south of the county.",
         "Briefings given at both district partnerships in January.", green, DONE),
    ]
    rows = [["Ref", "Raised", "Action", "Update", "Status"]]
    glyphs = {}
    for r, (ref, raised, text, update, colour, status) in enumerate(log, start=1):
        rows.append([ref, raised, text, update, "■"])
        glyphs[(r, 4)] = colour
        date = "2027-10-12" if raised == "12/10/2027" else last
        pack.action(date, topic if date == last else None, ref, text,
                    update, status, "glyph_colour", "action_tracker")
    pack.table(rows, glyphs=glyphs)
    return pack.build(kind="docx", meeting_date=day, publication_date=None)


def york() -> tuple[bytes, dict]:
    """Mayoral office, Word-made PDF: the outcome is the office's own wording (Satisfied / Satisfied
    in part / Not satisfied) opening a sentence under each question."""
    org = "Deputy Mayor for Policing, Fire and Crime"
    pack = Pack(title="Public Accountability Meeting", organisation=org, force="North Yorkshire Police",
                footer="York and North Yorkshire Combined Authority")
    day, last = "2028-03-14", "2028-01-18"
    pack.para("York and North Yorkshire Combined Authority")
    pack.title("Public Accountability Meeting")
    pack.para("Policing – chaired by the Deputy Mayor for Policing, Fire and Crime")
    pack.para("Tuesday 14 March 2028 at 10.30am, West Offices, York")
    pack.meeting("Public Accountability Meeting", day, None, "Public Accountability Meeting")
    pack.heading("Agenda", 1)
    items = [("1", "Welcome and apologies", "Deputy Mayor"),
             ("2", "Notes of the meeting on 18 January 2028", "Head of Governance"),
             ("3", "Serious and organised crime: county lines", "Detective Chief Superintendent, Crime"),
             ("4", "Violence against women and girls: night-time economy", "Superintendent, York and Selby"),
             ("5", "Questions from the public", "Deputy Mayor"),
             ("6", "Date of next meeting", None)]
    for number, title, presenter in items:
        line = f"**{number}.  {title}**"
        pack.para(line)
        if presenter:
            pack.para(f"__Presenter: {presenter}__")
        pack.agenda(day, number, title, presenter)
    pack.page_break()
    notes = "Notes of the Public Accountability Meeting – 18 January 2028"
    pack.heading(notes, 1)
    topic = "Rural crime"
    pack.meeting(notes, last, topic, notes)
    pack.para("Present: Deputy Mayor for Policing, Fire and Crime; Chief Constable; Assistant Chief Constable; "
              "Head of Governance.")
    pack.heading("1. Welcome and apologies", 2)
    pack.para("No apologies were received.")
    pack.heading("2. Rural crime", 2)
    pack.para("The Deputy Mayor records an outcome for each question: __Satisfied__ (assured), "
              "__Satisfied in part__ (partly assured) or __Not satisfied__ (not assured).")
    questions = [
        ("1", "How many thefts of farm machinery and GPS units were recorded, and how many were recovered?",
         "212 thefts, with equipment worth £1.1 million; 38 recoveries, many through the national plant register.",
         A, "Satisfied.", "The Deputy Mayor thanked the rural task force."),
        ("2", "How is the force tackling hare coursing across the county boundary?",
         "A joint operation with two neighbouring forces runs through the season; seizure powers were used 17 times.",
         P, "Satisfied in part.", "The Deputy Mayor wants the cross-border results reported each season."),
        ("3", "How quickly are rural 999 calls attended compared with urban ones?",
         "Median rural attendance was 24 minutes against 11 in towns; no target applies to rural calls.",
         N, "Not satisfied.", "A rural attendance measure should be agreed."),
    ]
    for number, question, response, level, outcome, comment in questions:
        pack.heading(f"Question {number}", 3)
        pack.para(f"__{question}__")
        pack.para(response)
        pack.para(f"**Outcome:** {outcome} {comment}")
        pack.decision(last, topic, number, question, response, level, comment, anchor=notes)
    pack.para("**Action PAM 28/04:** Report cross-border hare coursing results at the end of each season.")
    pack.para("**Action PAM 28/05:** Propose a rural attendance measure.")
    pack.heading("3. Date of next meeting", 2)
    pack.para("14 March 2028.")
    pack.page_break()
    pack.heading("Action log", 1)
    log = [
        ("PAM 27/31", "2027-11-09", "Publish the stop and search scrutiny panel's annual report.", "Published in December.", "Closed"),
        ("PAM 28/04", last, "Report cross-border hare coursing results at the end of each season.",
         "First report due in April.", "Open"),
        ("PAM 28/05", last, "Propose a rural attendance measure.",
         "Proposed measure shared with the Deputy Mayor on 20 February.", "Proposed for closure"),
    ]
    pack.table([["Ref", "Raised", "Action", "Update", "Status"]]
               + [[r[0], r[1][8:] + "/" + r[1][5:7] + "/" + r[1][:4], r[2], r[3], r[4]] for r in log])
    for ref, date, text, update, status in log:
        pack.action(date, topic if date == last else None, ref, text, update,
                    DONE if status == "Closed" else OPEN, "status_column", "action_tracker",
                    anchor=notes if date == last else "Action log")
    return pack.build(kind="pdf", meeting_date=day, publication_date=None)


def suffolk() -> tuple[bytes, dict]:
    """PCC, Word-made PDF in the common form: agenda table, the last meeting's notes with an
    Assurance column, a log with a status column."""
    org = "Police and Crime Commissioner for Suffolk"
    pack = Pack(title="Accountability and Performance Panel", organisation=org, force="Suffolk Constabulary",
                footer="Suffolk PCC – Accountability and Performance Panel")
    day, last = "2028-04-07", "2028-02-02"
    pack.title("Accountability and Performance Panel")
    pack.para("Police and Crime Commissioner for Suffolk")
    pack.para("Friday 7 April 2028, 10.00am – 1.00pm, Police Headquarters, Martlesham Heath")
    pack.meeting("Accountability and Performance Panel", day, None, "Accountability and Performance Panel")
    pack.heading("Agenda", 1)
    items = [("1", "Apologies for absence", "Chair"),
             ("2", "Declarations of interest", "Chair"),
             ("3", "Notes of the meeting of 2 February 2028", "Chief Executive, OPCC"),
             ("4", "Action log", "Chief Executive, OPCC"),
             ("5", "Force performance report: quarter 4", "Deputy Chief Constable"),
             ("6", "Child exploitation and missing children", "Detective Superintendent, Safeguarding"),
             ("7", "Budget monitoring 2027/28", "Chief Finance Officer"),
             ("8", "Date of next meeting", "Chair")]
    pack.table([["Item", "Title", "Presented by"]] + [list(i) for i in items])
    for number, title, presenter in items:
        pack.agenda(day, number, title, presenter)
    pack.page_break()
    notes = "Notes of the Accountability and Performance Panel held on 2 February 2028"
    pack.heading(notes, 1)
    pack.meeting(notes, last, None, notes)
    pack.heading("1. Apologies and declarations", 2)
    pack.para("Apologies were received from the Assistant Chief Constable. There were no declarations.")
    sections = [
        ("5. Anti-social behaviour", [
            ("1", "How many anti-social behaviour incidents were repeat calls from the same address?",
             "About a fifth; a repeat caller flag was added to the control room system in December.", A, "None."),
            ("2", "How are community protection notices followed up?",
             "Warnings are tracked locally in each district; there is no county-wide view of breaches.", P,
             "The PCC asked for a county view."),
        ]),
        ("6. Custody", [
            ("1", "How long did detainees wait for an appropriate adult?",
             "Adults waited a median of three hours; children waited four, above the local target.", N,
             "Children's waits must fall; the PCC will raise it with the local authority."),
            ("2", "Are custody records reviewed by an inspector at the required times?",
             "Dip sampling found 97 per cent of reviews on time.", A, None),
        ]),
    ]
    actions = {"5. Anti-social behaviour": ("APP 28/06", "Build a county-wide view of community protection notice breaches."),
               "6. Custody": ("APP 28/07", "Report children's waits for an appropriate adult monthly.")}
    for heading, questions in sections:
        pack.heading(heading, 2)
        topic = heading.split(". ", 1)[1]
        pack.table([["Q", "Question", "Response", "Assurance", "Comment"]]
                   + [[q[0], q[1], q[2], {A: A, P: "Partially assured", N: N}[q[3]], q[4] or ""] for q in questions])
        for number, question, response, level, comment in questions:
            pack.decision(last, topic, number, question, response, level,
                          None if comment in (None, "None.") else comment, anchor=notes)
        ref, text = actions[heading]
        pack.para(f"**Action {ref}:** {text}")
    pack.heading("7. Date of next meeting", 2)
    pack.para("7 April 2028.")
    pack.page_break()
    pack.heading("Action log", 1)
    log = [
        ("APP 27/44", "01/12/2027", None, "Share the force's plan for the new records management system.",
         "Plan shared with the OPCC on 15 December.", "Closed"),
        ("APP 28/06", "02/02/2028", "Anti-social behaviour", actions["5. Anti-social behaviour"][1],
         "District data being merged; a first county view is due in May.", "Open"),
        ("APP 28/07", "02/02/2028", "Custody", actions["6. Custody"][1],
         "Monthly report started in March.", "Complete"),
    ]
    pack.table([["Ref", "Date", "Action", "Update", "Status"]] + [[r[0], r[1], r[3], r[4], r[5]] for r in log])
    for ref, raised, topic, text, update, status in log:
        date = "2027-12-01" if raised == "01/12/2027" else last
        pack.action(date, topic, ref, text, update, OPEN if status == "Open" else DONE, "status_column",
                    "action_tracker", anchor=notes if date == last else "Action log")
    return pack.build(kind="pdf", meeting_date=day, publication_date=None)


def cheshire() -> tuple[bytes, dict]:
    """PCC, Word file: a RAG letter for the assurance rating, spelt out by the board's key; a
    tracker whose status is only shaded cells."""
    org = "Police and Crime Commissioner for Cheshire"
    pack = Pack(title="Scrutiny Board", organisation=org, force="Cheshire Constabulary",
                footer="Cheshire OPCC – Scrutiny Board")
    day, last = "2028-03-21", "2027-12-12"
    pack.title("Scrutiny Board")
    pack.para("Police and Crime Commissioner for Cheshire")
    pack.para("**Date:** 21 March 2028   **Venue:** Clemonds Hey, Winsford")
    pack.para("**Theme:** Safer roads")
    pack.meeting("Scrutiny Board", day, "Safer roads", "Scrutiny Board")
    pack.heading("Agenda", 1)
    items = [("1", "Apologies", ""), ("2", "Minutes of the last meeting and action tracker", "Governance Officer"),
             ("3", "Roads policing and collision reduction", "Assistant Chief Constable (Neighbourhoods)"),
             ("4", "Speed enforcement and the safety camera partnership", "Head of Roads Policing"),
             ("5", "Any other business", "")]
    pack.table([["Item", "Title", "Lead"]] + [list(i) for i in items])
    for number, title, lead in items:
        pack.agenda(day, number, title, lead or None)
    pack.heading("Minutes of the Scrutiny Board – 12 December 2027", 1)
    notes = "Minutes of the Scrutiny Board – 12 December 2027"
    topic = "Victims' services"
    pack.para(f"**Theme:** {topic}")
    pack.meeting(notes, last, topic, notes)
    pack.para("**Assurance rating key:** G – the Commissioner is assured; A – the Commissioner is partly "
              "assured; R – the Commissioner is not assured.")
    questions = [
        ("VS1", "How many victims received a needs assessment within two days of reporting?",
         "81 per cent, against 74 per cent a year ago.", "G", A, "Good progress."),
        ("VS2", "How does the force comply with the Victims' Code right to be told of a suspect's release?",
         "An audit found the right met in 68 per cent of cases; the missing notifications were mostly bail changes.",
         "A", P, "Wants a re-audit in six months."),
        ("VS3", "How many victims withdrew support for a prosecution after charge?",
         "The figure could not be produced from the case system.", "R", N, "A measure is needed."),
    ]
    pack.table([["Ref", "Question", "Response", "Rating", "Commissioner's comment"]] + [list(q[:4]) + [q[5]] for q in questions])
    for ref, question, response, _, level, comment in questions:
        pack.decision(last, topic, ref, question, response, level, comment)
    pack.heading("Action tracker", 1)
    pack.para("Status: green – complete; amber – in progress; red – overdue.")
    log = [
        ("SB 27/61", "12/12/2027", "Re-audit compliance with release notifications in six months.",
         "Head of Criminal Justice", "Scheduled for June.", "FFC000", OPEN),
        ("SB 27/62", "12/12/2027", "Build a measure of victims withdrawing support after charge.",
         "Head of Performance", "Measure live in the performance pack from February.", "00B050", DONE),
        ("SB 27/55", "10/10/2027", "Share the response times for rural calls.", "Head of Contact",
         "Not yet provided.", "FF0000", OPEN),
    ]
    rows = [["Ref", "Raised", "Action", "Owner", "Update", "Status"]] + [list(r[:5]) + [""] for r in log]
    pack.table(rows)
    table = pack.document.tables[-1]
    for r, row in enumerate(log, start=1):
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), row[5])
        table.cell(r, 5)._tc.get_or_add_tcPr().append(shading)
        date = "2027-10-10" if row[1] == "10/10/2027" else last
        pack.action(date, topic if date == last else None, row[0], row[2], row[4], row[6], "cell_shading",
                    "action_tracker")
    return pack.build(kind="docx", meeting_date=day, publication_date=None)


def cumbria() -> tuple[bytes, dict]:
    """PFCC, reportlab PDF: one decision table for two items, each opened by a row merged across the
    table; actions arising as a numbered list after both items."""
    org = "Police, Fire and Crime Commissioner for Cumbria"
    pack = ReportlabPack(title="Public Accountability Conference", organisation=org, force="Cumbria Constabulary",
                         footer="Cumbria Commissioner – Public Accountability Conference")
    day, last = "2028-03-28", "2028-01-30"
    pack.para("**Police, Fire and Crime Commissioner for Cumbria**")
    pack.title("Public Accountability Conference")
    pack.para("Tuesday 28 March 2028 at 10.00am, Carleton Hall, Penrith")
    pack.para("Date of publication: 21 March 2028")
    pack.meeting("Public Accountability Conference", day, None, "Public Accountability Conference")
    pack.heading("Agenda", 1)
    items = [("1", "Apologies", None), ("2", "Declarations of interest", None),
             ("3", "Minutes of the meeting held on 30 January 2028", "Governance Manager"),
             ("4", "Police performance: quarter 3", "Deputy Chief Constable"),
             ("5", "Rural and wildlife crime", "Chief Superintendent, Territorial Policing"),
             ("6", "Fire and rescue: prevention activity", "Chief Fire Officer"),
             ("7", "Action tracker", "Governance Manager")]
    pack.table([["Item", "Subject", "Presenter"]] + [[n, t, p or ""] for n, t, p in items])
    for number, title, presenter in items:
        pack.agenda(day, number, title, presenter)
    pack.page_break()
    notes = "Minutes of the Public Accountability Conference held on 30 January 2028"
    pack.heading(notes, 1)
    pack.meeting(notes, last, None, notes)
    pack.para("**Present:** Police, Fire and Crime Commissioner (Chair); Chief Constable; Chief Fire Officer; "
              "Chief Executive; Chief Finance Officer.")
    pack.heading("1. Apologies", 2)
    pack.para("None.")
    pack.heading("2. Scrutiny questions", 2)
    pack.para("The Commissioner put the following questions and recorded his level of assurance.")
    sections = [
        ("Item 4: Drug-related harm", [
            ("1", "How many county lines were closed in the last six months?",
             "Eleven lines were closed, with 23 people charged; two lines restarted under new numbers.", A,
             "Pleased with the closures."),
            ("2", "How are children found in drug supply referred for safeguarding?",
             "Every child is referred through the multi-agency hub; referral outcomes are not tracked.", P,
             "Outcomes of referrals should be followed up."),
        ]),
        ("Item 5: Roads policing", [
            ("3", "How many motorists were stopped for drink or drug driving during the winter campaign?",
             "1,940 stopped; 96 positive tests, compared with 81 last winter.", A, None),
            ("4", "Why has the average wait for a collision report risen?",
             "Two of five collision investigators left; recruitment has not started.", N,
             "Expects a recruitment plan."),
        ]),
    ]
    rows = [["No.", "Question", "Response", "Level of assurance", "Commissioner's comment"]]
    merge = []
    for heading, questions in sections:
        merge.append((len(rows), 0, 4))
        rows.append([f"**{heading}**", "", "", "", ""])
        for number, question, response, level, comment in questions:
            rows.append([number, question, response, {A: A, P: "Partially assured", N: N}[level], comment or ""])
            pack.decision(last, heading.split(": ", 1)[1], number, question, response, level, comment,
                          anchor=notes)
    pack.table(rows, merge=merge)
    pack.heading("3. Actions arising", 2)
    minuted = ["Track the outcomes of safeguarding referrals of children found in drug supply.",
               "Bring a recruitment plan for collision investigators."]
    for number, text in enumerate(minuted, start=1):
        pack.para(f"{number}. {text}")
        pack.action(last, None, str(number), text, None, "unknown", "none", "action_list", anchor=notes)
    pack.para("__These actions will be added to the tracker for the next conference.__")
    pack.page_break()
    pack.heading("Action tracker (as at 14 March 2028)", 1)
    log = [
        ("PAC 27/19", "28/11/2027", "Publish the rural crime survey results.", "Published on 10 January.", "Complete", DONE),
        ("PAC 27/21", "28/11/2027", "Report the fire service's home safety visits to over-75s by district.",
         "District figures collated; report to the April meeting.", "On track", OPEN),
        ("PAC 27/22", "28/11/2027", "Review the force's response to rising shop theft in Carlisle and Barrow.",
         "Review slipped owing to staff absence.", "Delayed", OPEN),
    ]
    pack.table([["Ref", "Raised", "Action", "Update", "Status"]] + [list(r[:5]) for r in log])
    for ref, _, text, update, _, status in log:
        pack.action("2027-11-28", None, ref, text, update, status, "status_column", "action_tracker",
                    anchor="Action tracker (as at")
    return pack.build(kind="pdf", meeting_date=day, publication_date="2028-03-21")


PACKS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "london-mopac-oversight-2028-01-13-round37c.pdf": london,
    "greater-manchester-pab-2028-02-08-round37c.docx": greater_manchester,
    "lincolnshire-pcc-sab-2028-01-25-round37c.pdf": lincolnshire,
    "nottinghamshire-pcc-srpm-2028-03-02-round37c.pdf": nottinghamshire,
    "warwickshire-pcc-pam-2028-02-22-round37c.docx": warwickshire,
    "york-north-yorkshire-pam-2028-03-14-round37c.pdf": york,
    "suffolk-pcc-app-2028-04-07-round37c.pdf": suffolk,
    "cheshire-pcc-sb-2028-03-21-round37c.docx": cheshire,
    "cumbria-pfcc-pac-2028-03-28-round37c.pdf": cumbria,
}


def main(names: list[str]) -> None:
    GOLD.mkdir(exist_ok=True)
    for name, build in PACKS.items():
        if names and name not in names:
            continue
        data, records = build()
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        print(name, len(data), "bytes;", {t: len(records[t]) for t in TYPES})


if __name__ == "__main__":
    main(sys.argv[1:])
