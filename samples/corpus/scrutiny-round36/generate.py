"""Scrutiny round 36 (blind, issue 4): ordinary packs of offices, their agendas, meetings,
decisions and action logs, with their gold.

Each pack is written once as a list of blocks (headings, paragraphs, tables, page breaks) and
rendered by reportlab (invariant mode), by python-docx (a Word file with fixed zip times), or by
python-docx and LibreOffice (a Word-made PDF, ../office_pdf.py). Its gold records are written
beside the blocks that print them; a PDF record's page is the first page (from the record's
``from_page``) whose text holds the start of the record's key text.

    .venv/bin/python samples/corpus/scrutiny-round36/generate.py [FILE ...]

Test-data rendering only: CI reads the committed files and never runs this.
"""

from __future__ import annotations

import io
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))
from office_pdf import docx_to_pdf  # noqa: E402
from render import _stable_zip  # noqa: E402

rl_config.invariant = 1
CHECKED = ("Written blind for round 36; every record hand-checked against the rendered document "
           "and `scrutiny inspect` by the round's writer.")
TYPES = ("documents", "meetings", "agenda_items", "assurance_decisions", "actions", "grades")


# ---------------------------------------------------------------- the pack model

@dataclass
class Table:
    rows: list[list[str]]
    widths: list[float]
    header: bool = True
    fills: dict[tuple[int, int], str] = field(default_factory=dict)
    borders: bool = True
    size: float = 9


@dataclass
class Pack:
    name: str
    header: str = ""
    footer: str = ""
    blocks: list = field(default_factory=list)
    records: dict = field(default_factory=lambda: {t: [] for t in TYPES})
    keys: list = field(default_factory=list)  # (record, key text, first page to search)

    # layout
    def h(self, text: str, level: int = 1) -> None:
        self.blocks.append(("h", level, text))

    def p(self, text: str, size: float = 10, indent: float = 0) -> None:
        self.blocks.append(("p", text, size, indent))

    def table(self, *args, **kwargs) -> None:
        self.blocks.append(("t", Table(*args, **kwargs)))

    def space(self) -> None:
        self.blocks.append(("space",))

    def page(self) -> None:
        self.blocks.append(("page",))

    # gold
    def gold(self, kind: str, record: dict, key: str | None, from_page: int = 1) -> None:
        record = {"page": None, **record}
        self.records[kind].append(record)
        if key is not None:
            self.keys.append((record, key, from_page))

    def document(self, **fields) -> None:
        self.records["documents"].append({"page": None, "status": "ok", "doc_kind": "scrutiny_pack", **fields})

    def meeting(self, key: str, from_page: int = 1, **fields) -> None:
        self.gold("meetings", fields, key, from_page)

    def agenda(self, date: str, number: str | None, title: str, presenter: str | None,
               key: str | None = None, from_page: int = 1) -> None:
        self.gold("agenda_items", {"meeting_date": date, "number": number, "title": title,
                                   "presenter": presenter}, key or title, from_page)

    def decision(self, date: str, topic: str | None, number: str, question: str, evidence: str,
                 assurance: str | None, commentary: str | None, from_page: int = 1) -> None:
        self.gold("assurance_decisions", {
            "meeting_date": date, "topic": topic, "question_number": number, "question": question,
            "evidence_summary": evidence, "assurance": assurance, "commentary": commentary},
            question, from_page)

    def action(self, date: str | None, topic: str | None, number: str | None, text: str,
               update: str | None, status: str, status_source: str, source: str,
               key: str | None = None, from_page: int = 1) -> None:
        self.gold("actions", {
            "meeting_date": date, "topic": topic, "number": number, "text": text, "update": update,
            "status": status, "status_source": status_source, "source": source},
            key or text, from_page)


# ---------------------------------------------------------------- markup

def _runs(text: str) -> list[tuple[str, bool, bool]]:
    """'**bold**' and '_italic_' spans -> (text, bold, italic)."""
    out = []
    for part in re.split(r"(\*\*.+?\*\*|(?<![\w])_.+?_(?![\w]))", text):
        if not part:
            continue
        if part.startswith("**"):
            out.append((part[2:-2], True, False))
        elif part.startswith("_") and part.endswith("_") and len(part) > 1:
            out.append((part[1:-1], False, True))
        else:
            out.append((part, False, False))
    return out


def _rl_markup(text: str) -> str:
    out = []
    for chunk, bold, italic in _runs(text):
        chunk = chunk.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
        if bold:
            chunk = f"<b>{chunk}</b>"
        if italic:
            chunk = f"<i>{chunk}</i>"
        out.append(chunk)
    return "".join(out)


# ---------------------------------------------------------------- reportlab

HEAD_SIZES = {0: 17, 1: 13.5, 2: 11.5, 3: 10.5}


def render_reportlab(pack: Pack) -> bytes:
    buffer = io.BytesIO()
    size = A4
    doc = SimpleDocTemplate(buffer, pagesize=size, leftMargin=50, rightMargin=50, topMargin=58,
                            bottomMargin=58, title=pack.name, author="", creator="", producer="")
    width = size[0] - 100
    story = []
    for block in pack.blocks:
        if block[0] == "h":
            _, level, text = block
            style = ParagraphStyle(f"h{level}", fontName="Helvetica-Bold", fontSize=HEAD_SIZES[level],
                                   leading=HEAD_SIZES[level] * 1.25, spaceBefore=8, spaceAfter=5)
            story.append(Paragraph(_rl_markup(text), style))
        elif block[0] == "p":
            _, text, fsize, indent = block
            style = ParagraphStyle("p", fontName="Helvetica", fontSize=fsize, leading=fsize * 1.3,
                                   spaceAfter=5, leftIndent=indent)
            story.append(Paragraph(_rl_markup(text), style))
        elif block[0] == "t":
            story.append(_rl_table(block[1], width))
            story.append(Spacer(1, 8))
        elif block[0] == "space":
            story.append(Spacer(1, 14))
        else:
            story.append(PageBreak())

    def furniture(canvas, document):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if pack.header:
            canvas.drawString(50, size[1] - 34, pack.header)
        footer = pack.footer.replace("{n}", str(document.page))
        if footer:
            canvas.drawCentredString(size[0] / 2, 30, footer)
        canvas.restoreState()

    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return buffer.getvalue()


def _rl_table(table: Table, width: float) -> RLTable:
    bold = ParagraphStyle("tb", fontName="Helvetica-Bold", fontSize=table.size, leading=table.size * 1.25)
    plain = ParagraphStyle("tp", fontName="Helvetica", fontSize=table.size, leading=table.size * 1.25)
    data = [[Paragraph(_rl_markup(cell), bold if (table.header and r == 0) else plain) for cell in row]
            for r, row in enumerate(table.rows)]
    total = sum(table.widths)
    for r, row in enumerate(table.rows):  # a word wider than its column would be split mid-word
        for c, cell in enumerate(row):
            font = "Helvetica-Bold" if (table.header and r == 0) or "**" in cell else "Helvetica"
            room = width * table.widths[c] / total - 12
            for word in re.sub(r"\*\*|(?<![\w])_|_(?![\w])", "", cell).split():
                if stringWidth(word, font, table.size) > room:
                    raise SystemExit(f"column {c} too narrow for {word!r}")
    out = RLTable(data, colWidths=[width * w / total for w in table.widths],
                  repeatRows=1 if table.header else 0)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if table.borders:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    if table.header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")))
    for (r, c), fill in table.fills.items():
        style.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(fill)))
    out.setStyle(TableStyle(style))
    return out


# ---------------------------------------------------------------- Word

def render_docx(pack: Pack) -> bytes:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(20))
    text_width = 210 - 40
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    if pack.header:
        section.header.paragraphs[0].text = pack.header
    if pack.footer:
        footer = section.footer.paragraphs[0]
        before, _, after = pack.footer.partition("{n}")
        footer.add_run(before)
        if _:
            _page_field(footer)
        footer.add_run(after)
    for block in pack.blocks:
        if block[0] == "h":
            _, level, text = block
            paragraph = document.add_heading(level=level) if level else document.add_paragraph(style="Title")
            _docx_runs(paragraph, text)
        elif block[0] == "p":
            _, text, fsize, indent = block
            paragraph = document.add_paragraph()
            _docx_runs(paragraph, text, fsize if fsize != 10 else None)
            if indent:
                paragraph.paragraph_format.left_indent = Pt(indent)
        elif block[0] == "t":
            _docx_table(document, block[1], text_width)
            document.add_paragraph()
        elif block[0] == "space":
            document.add_paragraph()
        else:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.core_properties.author = ""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _page_field(paragraph) -> None:
    run = paragraph.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "end")):
        element = OxmlElement(tag)
        if attr:
            element.set(qn("w:fldCharType"), attr)
        else:
            element.set(qn("xml:space"), "preserve")
            element.text = " PAGE "
        run._r.append(element)


def _docx_runs(paragraph, text: str, size: float | None = None) -> None:
    for chunk, bold, italic in _runs(text):
        for i, line in enumerate(chunk.split("\n")):
            if i:
                paragraph.add_run().add_break()
            run = paragraph.add_run(line)
            run.bold = bold or None
            run.italic = italic or None
            if size:
                run.font.size = Pt(size)


def _docx_table(document, table: Table, text_width: float) -> None:
    out = document.add_table(rows=len(table.rows), cols=len(table.widths))
    out.style = document.styles["Table Grid" if table.borders else "Normal Table"]
    out.autofit = False
    total = sum(table.widths)
    for r, row in enumerate(table.rows):
        for c, content in enumerate(row):
            cell = out.cell(r, c)
            cell.width = Mm(text_width * table.widths[c] / total)
            paragraph = cell.paragraphs[0]
            for i, line in enumerate(content.split("\n\n")):
                if i:
                    paragraph = cell.add_paragraph()
                _docx_runs(paragraph, f"**{line}**" if table.header and r == 0 and line else line, table.size)
            fill = table.fills.get((r, c)) or ("#D9E2F3" if table.header and r == 0 else None)
            if fill:
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:color"), "auto")
                shd.set(qn("w:fill"), fill[1:].upper())
                cell._tc.get_or_add_tcPr().append(shd)
    if table.header:
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        out.rows[0]._tr.get_or_add_trPr().append(repeat)


# ---------------------------------------------------------------- pages and output

def _squash(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    text = re.sub(r"\*\*|(?<![\w])_|_(?![\w])", "", text)
    return re.sub(r"[^a-z0-9]", "", text.lower())


def set_pages(pack: Pack, data: bytes) -> None:
    pages = [_squash(page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages]
    for record, key, from_page in pack.keys:
        needle = _squash(" ".join(key.split()[:5]))
        found = [n for n, text in enumerate(pages, 1) if n >= from_page and needle in text]
        if not found:
            raise SystemExit(f"{pack.name}: {key!r} not found from page {from_page}")
        record["page"] = found[0]
    for document in pack.records["documents"]:
        document["pages"] = len(pages)


def write(pack: Pack, how: str) -> None:
    if how == "reportlab":
        data = render_reportlab(pack)
    else:
        data = _stable_zip(render_docx(pack))
        if how == "word-pdf":
            data = docx_to_pdf(data)
    if pack.name.endswith(".pdf"):
        set_pages(pack, data)
        file_type = "pdf"
    else:
        file_type = "docx"
        for document in pack.records["documents"]:
            document.pop("pages", None)
    for document in pack.records["documents"]:
        document["file_type"] = file_type
    (HERE / pack.name).write_bytes(data)
    gold = {"source_file": pack.name, "expect": "ok", "checked": CHECKED, "records": pack.records}
    (HERE / "gold").mkdir(exist_ok=True)
    (HERE / "gold" / f"{pack.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    counts = {t: len(pack.records[t]) for t in TYPES}
    print(f"{pack.name}: {len(data)} bytes; {counts}")


# ---------------------------------------------------------------- the packs

def cambridgeshire() -> Pack:
    """reportlab: a timed agenda with Lead officer and Purpose columns and sub-items 5a/5b; the
    notes of the last meeting with matters arising before its one scrutiny item; a log with
    Closed / Superseded / Carried forward / Propose closure / Ongoing / Open statuses and due dates."""
    pack = Pack("cambridgeshire-pcc-bcb-2027-11-09-r36.pdf",
                header="OFFICIAL", footer="Business Coordination Board  |  Page {n}")
    org = "Police and Crime Commissioner for Cambridgeshire and Peterborough"
    force = "Cambridgeshire Constabulary"
    date, prev = "2027-11-09", "2027-09-14"
    pack.document(title="Business Coordination Board", force=force, organisation=org,
                  meeting_date=date, publication_date=None)
    pack.p("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR CAMBRIDGESHIRE AND PETERBOROUGH", size=9)
    pack.h("Business Coordination Board", 0)
    pack.meeting("Business Coordination Board", meeting_date=date, topic="Acquisitive crime",
                 organisation=org, title="Business Coordination Board")
    pack.p("**Date:** Tuesday 9 November 2027, 10:00 – 12:30")
    pack.p("**Venue:** Conference Room 2, Police Headquarters, Huntingdon")
    pack.p("**Chair:** Police and Crime Commissioner")
    pack.p("**Theme:** Acquisitive crime")
    pack.h("Agenda", 2)
    rows = [["Time", "Item", "Subject", "Lead officer", "Purpose"]]
    items = [
        ("10:00", "1", "Welcome, introductions and apologies", "Chair", "–"),
        ("10:05", "2", "Declarations of interest", "Chair", "–"),
        ("10:10", "3", "Notes of the meeting held on 14 September 2027 and matters arising",
         "Governance Manager", "For decision"),
        ("10:20", "4", "Action log", "Governance Manager", "For information"),
        ("10:30", "5", "Acquisitive crime", "", "For assurance"),
        ("", "5a", "Residential burglary", "Detective Chief Superintendent, Crime", "For assurance"),
        ("11:00", "5b", "Vehicle crime and theft from vehicles", "Superintendent, Neighbourhood Policing",
         "For assurance"),
        ("11:30", "6", "Quarter 2 finance monitoring report", "Chief Finance Officer (Constabulary)",
         "For information"),
        ("11:50", "7", "Custody estate: options for a replacement suite", "Director of Estates", "For decision"),
        ("12:20", "8", "Any other business", "All", "–"),
    ]
    for time, number, title, lead, purpose in items:
        rows.append([time, number, title, lead, purpose])
        pack.agenda(date, number, title, lead or None)
    rows.append(["12:30", "", "Close", "", ""])
    pack.table(rows, [1.1, 0.8, 4.2, 3.0, 1.6])
    pack.p("_Purpose: **For decision** – the Commissioner is asked to make a decision; **For assurance** – "
           "the Constabulary is asked to show how it is meeting the Police and Crime Plan; **For information** "
           "– for the Board to note._", size=8.5)
    pack.p("Date of next meeting: Tuesday 11 January 2028, 10:00.", size=9)
    pack.page()

    topic = "Road safety"
    title = "Notes of the Business Coordination Board held on 14 September 2027"
    pack.h(title, 1)
    pack.meeting(title, meeting_date=prev, topic=topic, organisation=org, title=title)
    pack.p("**Present:** Police and Crime Commissioner (Chair); Chief Executive; Chief Finance Officer (OPCC); "
           "Deputy Chief Constable; Assistant Chief Constable (Local Policing); Governance Manager (notes).")
    pack.h("1. Welcome and apologies", 3)
    pack.p("1.1 Apologies were received from the Chief Constable, represented by the Deputy Chief Constable.")
    pack.h("2. Notes of the last meeting and matters arising", 3)
    pack.p("2.1 The notes of the meeting held on 13 July 2027 were agreed as a true record.")
    pack.p("2.2 Matters arising: the Deputy Chief Constable confirmed that the recruitment of detention "
           "officers had concluded (action BCB 27/14). The Board agreed to close the action.")
    pack.h("3. Road safety", 3)
    pack.p("3.1 The Assistant Chief Constable presented the paper on road safety and casualty reduction. "
           "The Commissioner's questions, the Constabulary's answers and the Commissioner's level of "
           "assurance are recorded below.")
    questions = [
        ("How many people were killed or seriously injured on the county's roads in the last twelve months, "
         "and how does this compare with the previous year?",
         "312 people were killed or seriously injured, against 338 in the previous year. Rural A-roads "
         "account for over half of the fatal collisions.", "Assured", "Assured",
         "The trend is clear and well evidenced."),
        ("What enforcement has been carried out against the fatal four offences since April?",
         "1,946 offences were detected, mostly speeding. Mobile phone detections fell while the "
         "dedicated team was abstracted to summer events.", "Partially assured", "Partly assured",
         "The Commissioner wants enforcement to be maintained when officers are abstracted."),
        ("How are reports of dangerous driving submitted by the public through the online portal dealt "
         "with?", "Around 140 submissions a month are received; a backlog of 410 built up over the summer "
         "and is expected to clear by November.", "Not assured", "Not assured",
         "The backlog is too large; a recovery plan is required."),
        ("How does the Constabulary work with the road safety partnership on education for young drivers?",
         "Officers support the partnership's course in schools and colleges; 2,300 students attended last "
         "year.", "Assured", "Assured", ""),
    ]
    rows = [["No.", "Question", "Response", "Assurance level", "PCC comment"]]
    for n, (question, response, printed, level, comment) in enumerate(questions, 1):
        rows.append([str(n), question, response, printed, comment])
        pack.decision(prev, topic, str(n), question, response, level, comment or None, from_page=2)
    pack.table(rows, [0.8, 3.5, 3.5, 1.6, 2.6], size=8.5)
    pack.p("**Actions arising:**")
    minuted = [
        ("BCB 27/19", "Provide a recovery plan for the online dangerous driving portal backlog, with weekly "
         "figures.", "Recovery plan received 2 October; backlog down to 95. The Governance Manager proposes "
         "closure.", "Propose closure", "outstanding"),
        ("BCB 27/20", "Set out how fatal four enforcement will be protected when the roads policing team is "
         "abstracted.", "Draft abstraction policy under consultation with the Federation.", "Ongoing",
         "outstanding"),
    ]
    for n, (ref, text, update, printed, status) in enumerate(minuted, 1):
        pack.p(f"{n}. {text}", indent=12)
        pack.action(prev, topic, ref, text, update, status, "status_column", "action_tracker", from_page=2)
    pack.h("4. Any other business", 3)
    pack.p("4.1 None.")
    pack.h("5. Date of next meeting", 3)
    pack.p("5.1 Tuesday 9 November 2027.")
    pack.page()

    pack.h("Business Coordination Board – Action log (as at 2 November 2027)", 1)
    log = [
        ("BCB 27/09", "13/07/2027", "2027-07-13", None, "Share the results of the burglary victim "
         "satisfaction survey.", "Head of Performance", "30/09/2027", "Results shared with the "
         "Board on 21 September.", "Closed", "complete"),
        ("BCB 27/11", "13/07/2027", "2027-07-13", None, "Report monthly on the number of dangerous "
         "driving submissions awaiting review.", "ACC Local Policing", "14/09/2027",
         "Replaced by the recovery plan action BCB 27/19.", "Superseded", "complete"),
        ("BCB 27/14", "13/07/2027", "2027-07-13", None, "Confirm when the recruitment of detention "
         "officers for the custody suites will be completed.", "Director of HR", "14/09/2027",
         "Recruitment completed in August; closed at matters arising on 14 September.", "Closed",
         "complete"),
        ("BCB 27/16", "13/07/2027", "2027-07-13", None, "Present the business case for the new rural "
         "crime vehicles.", "Chief Finance Officer", "09/11/2027", "Business case delayed by the "
         "fleet review; to come to the January Board.", "Carried forward", "outstanding"),
        *[(ref, "14/09/2027", prev, topic, text, owner, due, update, printed, status)
          for (ref, text, update, printed, status), owner, due in zip(
              minuted, ("ACC Local Policing", "ACC Local Policing"), ("12/10/2027", "09/11/2027"))],
        ("BCB 27/21", "14/09/2027", prev, topic, "Circulate the revised terms of reference for the "
         "Board.", "Governance Manager", "09/11/2027", "", "Open", "outstanding"),
    ]
    rows = [["Ref", "Date raised", "Action", "Lead", "Due date", "Update", "Status"]]
    for ref, raised, iso, act_topic, text, owner, due, update, printed, status in log:
        rows.append([ref, raised, text, owner, due, update, printed])
        if ref not in {m[0] for m in minuted}:
            pack.action(iso, act_topic, ref, text, update or None, status, "status_column", "action_tracker",
                        from_page=3)
    pack.table(rows, [1.1, 1.6, 3.2, 1.6, 1.6, 2.8, 1.5], size=8)
    return pack


def gloucestershire() -> Pack:
    """reportlab: the meeting's date only in the covering letter; an undated agenda of typed items
    with "Lead:" and "Paper" lines under them; notes of two items with "Assurance:" lines (one
    deferred); a log with a Topic column and a RAG column that is only shaded, under a legend."""
    pack = Pack("gloucestershire-pcc-ab-2027-12-07-r36.pdf", footer="{n}")
    org = "Police and Crime Commissioner for Gloucestershire"
    force = "Gloucestershire Constabulary"
    date, prev = "2027-12-07", "2027-10-12"
    pack.document(title="Accountability Board", force=force, organisation=org, meeting_date=date,
                  publication_date=None)
    pack.p("**Office of the Police and Crime Commissioner for Gloucestershire**", size=11)
    pack.p("Police Headquarters, No. 1 Waterwells, Quedgeley, Gloucester", size=8.5)
    pack.space()
    pack.p("Our ref: AB/27/12")
    pack.p("24 November 2027")
    pack.p("To: Members of the Commissioner's Accountability Board")
    pack.space()
    pack.p("Dear Colleague,")
    pack.p("**Accountability Board**")
    pack.meeting("Dear Colleague", meeting_date=date, topic="Serious violence and knife crime",
                 organisation=org, title="Accountability Board")
    pack.p("I write to give notice that the next meeting of the Commissioner's Accountability Board will be held "
           "on Tuesday 7 December 2027 at 2.00pm in the Commissioner's meeting room at Police Headquarters. "
           "The meeting will also be streamed on the Commissioner's website.")
    pack.p("The agenda and supporting papers are enclosed. Please let the governance team know of any apologies "
           "by 3 December. Papers for items taken in private will be circulated separately.")
    pack.p("Yours sincerely,")
    pack.space()
    pack.p("**Head of Governance and Chief Executive**")
    pack.page()

    pack.h("ACCOUNTABILITY BOARD", 1)
    pack.h("AGENDA", 2)
    pack.p("**Theme:** Serious violence and knife crime")
    items = [
        ("1", "Apologies for absence", None, None),
        ("2", "Declarations of interest", None, None),
        ("3", "Notes of the previous meeting (12 October 2027)", "Head of Governance", "Paper A – for approval"),
        ("4", "Action log and matters arising", "Head of Governance", "Paper B – for information"),
        ("5", "Serious violence duty: delivery with partners", "Assistant Chief Constable (Local Policing)",
         "Paper C – for assurance"),
        ("6", "Knife crime: surrender, sweeps and education", "Chief Superintendent, Operations",
         "Paper D – for assurance"),
        ("7", "Police and Crime Plan performance: quarter 2", "Head of Performance and Insight",
         "Paper E – for information"),
        ("8", "Any other business", None, None),
        ("9", "Date of next meeting", None, "Tuesday 1 February 2028, 2.00pm"),
    ]
    for number, title, lead, paper in items:
        pack.p(f"**{number}.   {title}**", size=10.5)
        if lead:
            pack.p(f"_Lead: {lead}_", indent=22)
        if paper:
            pack.p(paper, size=9, indent=22)
        pack.agenda(date, number, title, lead, from_page=2)
    pack.page()

    title = "Notes of the Accountability Board meeting held on 12 October 2027"
    pack.h(title, 1)
    pack.meeting(title, from_page=3, meeting_date=prev, topic=None, organisation=org, title=title)
    pack.p("Present: the Police and Crime Commissioner (Chair), the Chief Constable, the Head of Governance, the "
           "Chief Finance Officer and the Assistant Chief Constable. Notes: Governance Officer.")
    pack.h("Items 1 – 4: Standing business", 3)
    pack.p("No apologies or declarations. The notes of 10 August 2027 were agreed. The action log was reviewed; "
           "updates are shown in the log.")
    sections = [
        ("Item 5 – Rural and wildlife crime", "Rural and wildlife crime", [
            ("How many rural crime reports were received in the last six months and how many were solved?",
             "The Constabulary received 1,120 rural crime reports; 9 per cent resulted in a charge or summons, "
             "against 7 per cent a year earlier.", "Assured", "Assured", "Good progress on outcomes."),
            ("How is the rural crime team kept free of abstractions?",
             "The team was abstracted on 23 shifts in the period, mainly to public order duties.",
             "Partially assured", "Partly assured",
             "The Commissioner asked for abstractions to be reported at each Board."),
            ("What is being done about hare coursing during the autumn season?",
             "Operation plans are in place with neighbouring forces; seizure powers have been used twice.",
             "Not assured", "Not assured", "The plan lacks measures of success."),
        ], ("AB 27/31", "Report rural crime team abstractions at every Board meeting.")),
        ("Item 6 – Hate crime", "Hate crime", [
            ("How many hate crimes were reported in the last year and what proportion led to a charge?",
             "1,404 hate crimes were recorded, 6 per cent of which were charged.", "Partially assured",
             "Partly assured", "Charge rates remain low."),
            ("How are repeat victims of hate crime identified and supported?",
             "A repeat-victim flag was added to the crime system in June; a review of its use is under way.",
             "Deferred", None, "to be revisited when the review reports in January."),
        ], ("AB 27/32", "Share the findings of the review of the repeat-victim flag.")),
    ]
    number = 0
    for heading, topic, questions, (ref, act) in sections:
        pack.h(heading, 2)
        for question, response, printed, level, comment in questions:
            number += 1
            pack.p(f"**Question {number}** – {question}")
            pack.p(f"Response: {response}")
            pack.p(f"**Assurance: {printed}** – {comment}")
            pack.decision(prev, topic, str(number), question, response, level, comment, from_page=3)
        pack.p(f"**Action {ref}:** {act}")
        pack.action(prev, topic, ref, act, *LOG_GLOUCS[ref], "cell_shading", "action_tracker", from_page=3)
    pack.page()

    pack.h("Action log – Accountability Board", 1)
    pack.p("RAG key:  Green – complete;  Amber – in progress and on time;  Red – overdue;  Grey – closed by the "
           "Board (superseded or no longer required).", size=8.5)
    pack.table([["Key", "Meaning"], ["", "Complete"], ["", "In progress and on time"], ["", "Overdue"],
                ["", "Closed by the Board"]], [0.6, 3], fills={(1, 0): "#00b050", (2, 0): "#ffc000",
                                                               (3, 0): "#ff0000", (4, 0): "#a6a6a6"}, size=8)
    rows = [["Ref", "Meeting", "Topic", "Action", "Owner", "Due", "Progress", "RAG"]]
    fills = {}
    shade = {"complete": "#00b050", "amber": "#ffc000", "red": "#ff0000", "grey": "#a6a6a6"}
    log = [
        ("AB 27/22", "10 August 2027", "2027-08-10", "Neighbourhood policing", "Publish the neighbourhood team "
         "staffing figures on the Commissioner's website.", "Head of Performance and Insight", "October 2027",
         "Figures published on 30 September.", "complete", "complete"),
        ("AB 27/24", "10 August 2027", "2027-08-10", "Neighbourhood policing", "Provide the PCSO attrition "
         "rate for the last two years.", "Director of People", "October 2027", "Figures requested from HR; "
         "now overdue.", "red", "outstanding"),
        ("AB 27/27", "10 August 2027", "2027-08-10", "Contact management", "Report the 101 abandonment rate "
         "by month.", "Head of Contact", "December 2027", "Now reported in the quarterly performance pack.",
         "grey", "complete"),
        ("AB 27/31", "12 October 2027", prev, "Rural and wildlife crime", LOG_ACTS["AB 27/31"], "ACC Local "
         "Policing", "Ongoing", LOG_GLOUCS["AB 27/31"][0], "amber", "outstanding"),
        ("AB 27/32", "12 October 2027", prev, "Hate crime", LOG_ACTS["AB 27/32"], "Head of Community "
         "Engagement", "January 2028", LOG_GLOUCS["AB 27/32"][0], "amber", "outstanding"),
    ]
    for r, (ref, met, iso, topic, act, owner, due, update, colour, status) in enumerate(log, 1):
        rows.append([ref, met, topic, act, owner, due, update, ""])
        fills[(r, 7)] = shade[colour]
        if ref not in LOG_GLOUCS:
            pack.action(iso, topic, ref, act, update, status, "cell_shading", "action_tracker", from_page=4)
    pack.table(rows, [1.1, 1.5, 2.0, 2.7, 1.7, 1.5, 2.3, 1.0], fills=fills, size=8)
    return pack


LOG_ACTS = {"AB 27/31": "Report rural crime team abstractions at every Board meeting.",
            "AB 27/32": "Share the findings of the review of the repeat-victim flag."}
LOG_GLOUCS = {"AB 27/31": ("Abstraction figures included in Paper E for this meeting.", "outstanding"),
              "AB 27/32": ("Review under way; findings due in January.", "outstanding")}


def south_wales() -> Pack:
    """reportlab: a borderless timed agenda (Time | No. | Item | Presenter) with sub-items 3a/3b under
    a parent with no presenter; minutes of one item with a Commissioner's view column ("Assured. ...");
    bullet actions; a log with no status column, its status only in the words of the update."""
    pack = Pack("south-wales-pcc-spab-2027-11-30-r36.pdf", header="Police and Crime Commissioner for South Wales",
                footer="Page {n}")
    org = "Police and Crime Commissioner for South Wales"
    force = "South Wales Police"
    date, prev = "2027-11-30", "2027-09-28"
    pack.document(title="Strategic Planning and Accountability Board", force=force, organisation=org,
                  meeting_date=date, publication_date="2027-11-23")
    pack.h("Strategic Planning and Accountability Board", 0)
    pack.meeting("Strategic Planning and Accountability Board", meeting_date=date,
                 topic="Neighbourhood policing and community confidence", organisation=org,
                 title="Strategic Planning and Accountability Board")
    pack.p("Tuesday 30 November 2027, 09:30 – 12:00 · Boardroom, Police Headquarters, Bridgend")
    pack.p("**Focus of the meeting:** Neighbourhood policing and community confidence")
    pack.p("Published: 23 November 2027", size=8.5)
    rows = [["Time", "No.", "Item", "Presenter"]]
    items = [
        ("09:30", "1", "Welcome and apologies", "Police and Crime Commissioner"),
        ("09:35", "2", "Declarations of interest", ""),
        ("09:40", "3", "Previous meeting", ""),
        ("", "3a", "Minutes of the meeting held on 28 September 2027", "Chief of Staff"),
        ("", "3b", "Matters arising and action log", "Chief of Staff"),
        ("10:00", "4", "Neighbourhood policing: visibility and problem solving", "Assistant Chief Constable, "
         "Local Policing"),
        ("10:45", "5", "Community confidence survey results", "Head of Corporate Communications"),
        ("11:15", "6", "Joint strategic risk register", "Head of Risk and Business Continuity"),
        ("11:45", "7", "Any other business", ""),
    ]
    for time, number, title, presenter in items:
        rows.append([time, number, title, presenter])
        pack.agenda(date, number, title, presenter or None)
    rows.insert(7, ["10:35", "", "_Comfort break_", ""])
    pack.table(rows, [1.0, 0.7, 5.0, 3.3], borders=False)
    pack.page()

    topic = "Youth justice and diversion"
    title = "Minutes of the Strategic Planning and Accountability Board held on 28 September 2027"
    pack.h(title, 1)
    pack.meeting(title, from_page=2, meeting_date=prev, topic=topic, organisation=org, title=title)
    pack.p("**Present:** Police and Crime Commissioner (Chair); Deputy Police and Crime Commissioner; Chief "
           "Constable; Chief of Staff; Chief Finance Officer; Assistant Chief Constable (Crime).")
    pack.h("1. Apologies", 3)
    pack.p("Apologies were received from the Deputy Chief Constable.")
    pack.h("2. Minutes and matters arising", 3)
    pack.p("The minutes of 27 July 2027 were approved. Progress on actions is shown in the action log.")
    pack.h(f"3. {topic}", 3)
    pack.p("The Assistant Chief Constable introduced the report. The Commissioner's questions and her view of "
           "the assurance given are set out below.")
    questions = [
        ("How many children were referred to the diversion scheme this year, and how many reoffended within "
         "six months?", "612 children were referred; 11 per cent reoffended within six months, against 19 per "
         "cent of those who were not referred.", "Assured.", "Assured", "The scheme is working well."),
        ("Are out-of-court resolutions for children scrutinised by an independent panel?",
         "The panel meets quarterly and reviewed 84 cases; the youth panel lacks a magistrate member.",
         "Partially assured.", "Partly assured", "A magistrate should be recruited to the panel."),
        ("How many children were held overnight in custody, and for how long?",
         "41 children were held overnight; the average stay was 14 hours. Local authority accommodation was "
         "requested in every case but provided in 6.", "Not assured.", "Not assured",
         "The Commissioner will raise this with the local authorities."),
    ]
    rows = [["Question", "Summary of response", "Commissioner's view"]]
    for n, (question, response, printed, level, comment) in enumerate(questions, 1):
        rows.append([f"{n}. {question}", response, f"**{printed}** {comment}"])
        pack.decision(prev, topic, str(n), question, response, level, comment, from_page=2)
    pack.table(rows, [4, 4, 3], size=8.5)
    pack.p("**Actions**")
    log = [
        ("SPAB 27/18", "27 July 2027", "2027-07-27", None, "Circulate the stop and search scrutiny panel's "
         "annual report to Board members.", "Circulated to members by email on 9 August.", "complete"),
        ("SPAB 27/19", "27 July 2027", "2027-07-27", None, "Brief the Commissioner on the new neighbourhood "
         "policing model before consultation.", "The Assistant Chief Constable briefed the Commissioner on 2 "
         "September. No further action required.", "complete"),
        ("SPAB 27/22", "28 September 2027", prev, topic, "Agree a protocol with the youth offending services "
         "on overnight accommodation for children in custody.", "Draft protocol out for comment with the "
         "local authorities; signing expected in January.", "outstanding"),
        ("SPAB 27/23", "28 September 2027", prev, topic, "Publish the diversion scheme's reoffending figures "
         "on the force dashboard.", "Figures now published monthly on the dashboard.", "complete"),
        ("SPAB 27/24", "28 September 2027", prev, topic, "Review whether a magistrate can join the youth "
         "out-of-court resolution panel.", "Not yet started: awaiting the panel's chair taking up post.",
         "outstanding"),
    ]
    for ref, raised, iso, act_topic, act, update, status in log:
        if act_topic:
            pack.p(f"• {act} ({ref})", indent=10)
        pack.action(iso, act_topic, ref, act, update, status, "inferred_from_update", "action_tracker",
                    from_page=2)
    pack.h("4. Date of next meeting", 3)
    pack.p("30 November 2027.")
    pack.page()
    pack.h("Action log", 1)
    pack.p("Actions from meetings of the Strategic Planning and Accountability Board. Completed actions are "
           "removed once the Board has seen them.", size=9)
    rows = [["Ref", "Raised", "Action", "Owner", "Progress update"]]
    owners = ["Chief of Staff", "ACC Local Policing", "ACC Crime", "Head of Performance", "Chief of Staff"]
    for (ref, raised, iso, act_topic, act, update, status), owner in zip(log, owners):
        rows.append([ref, raised, act, owner, update])
    pack.table(rows, [1.2, 1.4, 3.8, 1.6, 3.6], size=8.5)
    return pack


def bedfordshire() -> Pack:
    """Word-made PDF: a reports pack whose first page is an index of papers with their pages (no agenda
    items); the agenda with a "Decision / Information" column; minutes with matters arising, one item
    and "Q1."/"Assurance level:"/"Comment:" lines; a log whose statuses carry words after the state."""
    pack = Pack("bedfordshire-pcc-ab-2027-10-19-r36.pdf", header="Accountability Board – Reports pack",
                footer="Page {n}")
    org = "Police and Crime Commissioner for Bedfordshire"
    force = "Bedfordshire Police"
    date, prev = "2027-10-19", "2027-08-24"
    pack.document(title="Accountability Board", force=force, organisation=org, meeting_date=date,
                  publication_date=None)
    pack.p("Police and Crime Commissioner for Bedfordshire", size=12)
    pack.h("Accountability Board", 0)
    pack.meeting("Accountability Board", meeting_date=date, topic=None, organisation=org,
                 title="Accountability Board")
    pack.p("**Reports pack for the meeting on Tuesday 19 October 2027 at 10.00am**")
    pack.p("Bridgeman Room, Police Headquarters, Kempston")
    pack.h("Index of papers", 2)
    pack.table([["Paper", "Title", "Page"],
                ["–", "Agenda", "2"],
                ["1", "Minutes of the meeting held on 24 August 2027", "3"],
                ["2", "Action log", "4"],
                ["3", "Stop and search and use of force: quarterly report", "5"],
                ["4", "Estates strategy: refresh", "To follow"]], [1, 6, 1])
    pack.p("Papers for items 7 and 8 are restricted and are not included in this pack.", size=9)
    pack.page()

    pack.h("Agenda", 1)
    rows = [["Item", "Title", "Presented by", "Paper", "Decision / Information"]]
    items = [
        ("1", "Welcome and apologies", "Police and Crime Commissioner", "–", "–"),
        ("2", "Declarations of interest", "All", "–", "–"),
        ("3", "Minutes of the meeting held on 24 August 2027", "Chief Executive", "1", "Decision"),
        ("4", "Action log", "Chief Executive", "2", "Information"),
        ("5", "Stop and search and use of force", "Chief Superintendent, Professional Standards", "3",
         "Information"),
        ("6", "Estates strategy: refresh", "Director of Estates and Facilities", "4", "Decision"),
        ("7", "Firearms licensing: recovery plan (restricted)", "Head of Firearms Licensing", "Verbal",
         "Information"),
        ("8", "Strategic risk register (restricted)", "Chief Finance Officer", "Verbal", "Information"),
        ("9", "Any other business", "", "–", "–"),
    ]
    for number, title, presenter, paper, purpose in items:
        rows.append([number, title, presenter, paper, purpose])
        pack.agenda(date, number, title, presenter or None, from_page=2)
    pack.table(rows, [0.8, 4.6, 3.2, 0.9, 1.8])
    pack.page()

    topic = "Missing people"
    title = "Minutes of the Accountability Board held on 24 August 2027"
    pack.p("Paper 1", size=9)
    pack.h(title, 1)
    pack.meeting(title, from_page=3, meeting_date=prev, topic=topic, organisation=org, title=title)
    pack.p("Present: Police and Crime Commissioner (Chair), Chief Constable, Deputy Chief Constable, Chief "
           "Executive, Chief Finance Officer, Head of Public Protection.")
    pack.h("1. Apologies and declarations", 2)
    pack.p("There were no apologies and no declarations of interest.")
    pack.h("2. Minutes and matters arising", 2)
    pack.p("The minutes of the meeting held on 29 June 2027 were approved. Under matters arising, the Chief "
           "Executive reported that action AB/27/30 had been overtaken by the new missing people report "
           "(item 3) and is shown as superseded in the log.")
    pack.h(f"3. {topic}", 2)
    questions = [
        ("How many missing person reports were received this year, and how many concerned children in care?",
         "3,905 reports, of which 1,610 concerned children in care. Nine children account for a fifth of "
         "all episodes.", "Assured", "Assured", "Clear figures, well presented."),
        ("How quickly are high-risk missing people found?",
         "The median time to locate a high-risk missing person is 7 hours; the force has no target for this.",
         "Partially assured", "Partly assured", "The Commissioner asked that a measure be agreed."),
        ("Are prevention interviews carried out after a child returns home?",
         "Interviews are the local authorities' duty; the force is told of the outcome in around half of "
         "cases.", "Not assured", "Not assured", "Information sharing needs a written agreement."),
    ]
    for n, (question, response, printed, level, comment) in enumerate(questions, 1):
        pack.p(f"**Q{n}. {question}**")
        pack.p(response)
        pack.p(f"**Assurance level:** {printed}")
        pack.p(f"**Comment:** {comment}")
        pack.decision(prev, topic, str(n), question, response, level, comment, from_page=3)
    pack.p("**Action AB/27/41** – Agree with partners a target time to locate high-risk missing people.")
    pack.p("**Action AB/27/42** – Draft an information-sharing agreement on return home interviews with the "
           "three local authorities.")
    pack.h("4. Date of next meeting", 2)
    pack.p("19 October 2027, 10.00am.")
    pack.page()

    pack.p("Paper 2", size=9)
    pack.h("Action log", 1)
    log = [
        ("AB/27/22", "27 April 2027", "2027-04-27", None, "Report the outcome of the custody independent "
         "advisory group's visit.", "Report received and shared with the Board in July.",
         "Complete – propose closure", "complete"),
        ("AB/27/30", "29 June 2027", "2027-06-29", None, "Provide monthly figures for repeat missing children.",
         "Now covered by AB/27/41 and the quarterly missing people report.", "Superseded by AB/27/41",
         "complete"),
        ("AB/27/33", "29 June 2027", "2027-06-29", None, "Set out the plan to reduce the backlog of firearms "
         "licence renewals.", "Recovery plan to be presented at this meeting (item 7).",
         "Carried forward to October", "outstanding"),
        ("AB/27/41", "24 August 2027", prev, topic, "Agree with partners a target time to locate high-risk "
         "missing people.", "Proposed target of 6 hours under discussion with partners.", "Ongoing",
         "outstanding"),
        ("AB/27/42", "24 August 2027", prev, topic, "Draft an information-sharing agreement on return home "
         "interviews with the three local authorities.", "Agreement signed by all three authorities on 30 "
         "September.", "Closed", "complete"),
        ("AB/27/43", "24 August 2027", prev, topic, "Confirm the date of the next HMICFRS PEEL fieldwork.",
         "", "Open", "outstanding"),
    ]
    rows = [["Ref", "Date raised", "Action", "Owner", "Update", "Status"]]
    owners = ["Head of Custody", "Head of Public Protection", "Head of Firearms Licensing",
              "Head of Public Protection", "Head of Public Protection", "Chief Executive"]
    for (ref, raised, iso, act_topic, act, update, printed, status), owner in zip(log, owners):
        rows.append([ref, raised, act, owner, update, printed])
        pack.action(iso, act_topic, ref, act, update or None, status, "status_column", "action_tracker",
                    key=act if act_topic is None or ref == "AB/27/43" else f"Action {ref}", from_page=3)
    pack.table(rows, [1.1, 1.3, 3.4, 1.7, 3.0, 1.6], size=8.5)
    pack.page()

    pack.p("Paper 3", size=9)
    pack.h("Stop and search and use of force: quarterly report", 1)
    pack.table([["Report of:", "Chief Constable"], ["Author:", "Chief Superintendent, Professional Standards"],
                ["Purpose:", "To inform the Board of the use of stop and search and force in quarter 1."]],
               [1.5, 6], header=False)
    pack.p("**Recommendation:** The Board is asked to note the report.")
    pack.p("1.1 In quarter 1 officers carried out 1,372 stop and searches, of which 27 per cent led to an "
           "outcome. Body-worn video was switched on in 94 per cent of searches.")
    pack.p("1.2 Force was used on 2,210 occasions, mostly handcuffing. Taser was drawn 118 times and fired 9 "
           "times.")
    return pack


def northamptonshire() -> Pack:
    """Word-made PDF: an agenda table with Time and Lead officer columns and ticks under "For decision"
    / "For information", sub-items 4a/4b; a decision record of the last meeting with "Topic:" and the
    pack's own refs (PC1-PC4); a log with Open / Closed / Superseded / Propose closure / Carried
    forward; an appendix of figures with a RAG column (no records)."""
    pack = Pack("northamptonshire-pfcc-ab-2027-11-15-r36.pdf", header="OFFICIAL",
                footer="Accountability Board – Policing · Page {n}")
    org = "Police, Fire and Crime Commissioner for Northamptonshire"
    force = "Northamptonshire Police"
    date, prev = "2027-11-15", "2027-10-04"
    pack.document(title="Accountability Board – Policing", force=force, organisation=org, meeting_date=date,
                  publication_date=None)
    pack.p("Office of the Northamptonshire Police, Fire and Crime Commissioner", size=11)
    pack.h("Accountability Board – Policing", 0)
    pack.meeting("Accountability Board – Policing", meeting_date=date, topic=None, organisation=org,
                 title="Accountability Board – Policing")
    pack.p("**Date:** Monday 15 November 2027     **Time:** 13:30 – 16:00     **Venue:** Darby House, Wootton Hall")
    pack.h("Agenda", 1)
    rows = [["No.", "Time", "Item", "Lead officer", "For decision", "For information"]]
    items = [
        ("1", "13:30", "Introduction and apologies", "PFCC", "", "✓"),
        ("2", "13:35", "Minutes and decision record of 4 October 2027", "Head of Assurance", "✓", ""),
        ("3", "13:45", "Action log", "Head of Assurance", "", "✓"),
        ("4", "13:55", "Workforce", "", "", ""),
        ("4a", "", "Police officer recruitment and retention", "Director of People", "", "✓"),
        ("4b", "", "Police staff and PCSO vacancies", "Director of People", "", "✓"),
        ("5", "14:40", "Vehicle crime", "Assistant Chief Constable", "", "✓"),
        ("6", "15:20", "Capital programme 2028/29", "Chief Finance Officer", "✓", ""),
        ("7", "15:50", "Any other business", "", "", ""),
    ]
    for number, time, title, lead, decision, information in items:
        rows.append([number, time, title, lead, decision, information])
        pack.agenda(date, number, title, lead or None)
    pack.table(rows, [0.7, 0.9, 4.2, 2.4, 1.1, 1.2])
    pack.page()

    topic = "Public contact and 101"
    title = "Decision record of the Accountability Board – 4 October 2027"
    pack.h(title, 1)
    pack.meeting(title, from_page=2, meeting_date=prev, topic=topic, organisation=org, title=title)
    pack.p(f"**Topic:** {topic}")
    pack.p("The PFCC put the following questions to the force. The assurance column records the PFCC's "
           "decision: Assured, Partially assured or Not assured.")
    questions = [
        ("PC1", "What are the average answer times for 999 and 101 calls over the last six months?",
         "999 calls were answered in 9 seconds on average and 101 calls in 6 minutes 40 seconds.",
         "Assured", "Assured", "999 performance is strong."),
        ("PC2", "How many 101 calls were abandoned, and what is being done to reduce this?",
         "19 per cent of 101 calls were abandoned; a call-back service starts in January.",
         "Partially assured", "Partly assured", "The PFCC wants to see the effect of call-back."),
        ("PC3", "How does the force make sure online reports are assessed within 24 hours?",
         "82 per cent were assessed within 24 hours; weekend cover is thin.", "Partially assured",
         "Partly assured", "Weekend staffing needs review."),
        ("PC4", "How are callers who are vulnerable identified at first contact?",
         "The THRIVE assessment is used on every call but was missing on 1 in 10 audited calls.",
         "Not assured", "Not assured", "Audit compliance must improve."),
    ]
    rows = [["Ref", "Question", "Evidence summary", "Assurance", "Comment"]]
    for ref, question, evidence, printed, level, comment in questions:
        rows.append([ref, question, evidence, printed, comment])
        pack.decision(prev, topic, ref, question, evidence, level, comment, from_page=2)
    pack.table(rows, [0.7, 3.2, 3.4, 1.4, 2.2], size=8.5)
    pack.p("**Actions agreed**")
    minuted = [("AB-P 27/28", "Report the 101 abandonment rate after call-back has run for one month.",
                "Call-back go-live moved to January.", "Carried forward", "outstanding"),
               ("AB-P 27/29", "Share the THRIVE audit results with the PFCC's office.",
                "Audit results shared 22 October.", "Propose closure", "outstanding")]
    for n, (ref, act, update, printed, status) in enumerate(minuted, 1):
        pack.p(f"{n}. {act}", indent=12)
        pack.action(prev, topic, ref, act, update, status, "status_column", "action_tracker", from_page=2)
    pack.page()

    pack.h("Action log", 1)
    log = [
        ("AB-P 27/15", "2 August 2027", "2027-08-02", "Provide the number of officers with a current driving "
         "authority.", "Figures received: 1,104.", "Closed", "complete"),
        ("AB-P 27/17", "2 August 2027", "2027-08-02", "Report the timeliness of file quality to the CPS.",
         "Replaced by the joint CJ board measure.", "Superseded", "complete"),
        ("AB-P 27/21", "2 August 2027", "2027-08-02", "Present options for a rural crime volunteers scheme.",
         "", "Open", "outstanding"),
        *[(ref, "4 October 2027", prev, act, update, printed, status)
          for ref, act, update, printed, status in minuted],
    ]
    rows = [["Action no.", "Meeting", "Action", "Owner", "Due date", "Update", "Status"]]
    for ref, met, iso, act, update, printed, status in log:
        rows.append([ref, met, act, "ACC" if "27/2" in ref else "Head of Assurance", "15 November 2027",
                     update, printed])
        if ref not in {m[0] for m in minuted}:
            pack.action(iso, None, ref, act, update or None, status, "status_column", "action_tracker",
                        from_page=3)
    pack.table(rows, [1.3, 1.3, 3.4, 1.3, 1.3, 2.4, 1.4], size=8.5)
    pack.page()

    pack.h("Appendix: Police and Crime Plan measures", 1)
    pack.table([["Measure", "Target", "Latest", "RAG"],
                ["999 calls answered within 10 seconds", "90%", "92%", "Green"],
                ["101 calls abandoned", "10%", "19%", "Red"],
                ["Online reports assessed within 24 hours", "90%", "82%", "Amber"]],
               [4, 1, 1, 1], fills={(1, 3): "#00b050", (2, 3): "#ff0000", (3, 3): "#ffc000"})
    return pack


def dorset() -> Pack:
    """Word-made PDF: the minutes of this meeting as the office publishes them, the date on the line
    under an undated title; the last meeting's minutes and matters arising come first (their date
    is no meeting); one scrutiny item with "Question N" headings and "Level of assurance:" lines;
    actions minuted as "ACTION" lines and printed again in Appendix A with Open / Closed /
    Superseded / Carried forward / Complete – propose closure."""
    pack = Pack("dorset-pcc-ab-2027-11-24-r36.pdf", header="Dorset Police and Crime Commissioner",
                footer="{n}")
    org = "Police and Crime Commissioner for Dorset"
    force = "Dorset Police"
    date = "2027-11-24"
    pack.document(title="Accountability Board – Minutes", force=force, organisation=org, meeting_date=date,
                  publication_date=None)
    topic = "Retail crime"
    pack.h("Accountability Board – Minutes", 0)
    pack.meeting("Accountability Board – Minutes", meeting_date=date, topic=topic, organisation=org,
                 title="Accountability Board – Minutes")
    pack.p("Wednesday 24 November 2027, 10.00am, Force Headquarters, Winfrith")
    pack.p("**Present:** Police and Crime Commissioner (Chair); Chief Constable; Deputy Chief Constable; "
           "Chief Executive (OPCC); Treasurer; Head of Policy and Scrutiny (minutes).")
    pack.h("1. Apologies", 2)
    pack.p("1.1 Apologies were received from the Assistant Chief Constable.")
    pack.h("2. Minutes of the previous meeting", 2)
    pack.p("2.1 The minutes of the meeting held on 20 October 2027 were agreed as an accurate record, subject "
           "to one correction to minute 4.3 (the number of new special constables is 38, not 83).")
    pack.h("3. Matters arising and action log", 2)
    pack.p("3.1 The Board went through the action log (Appendix A). AB 27/40 (domestic abuse victim "
           "satisfaction) had been completed and the Chief Executive proposed that it be closed.")
    pack.p("3.2 AB 27/44 had been overtaken by the national review of stop and search data and was marked "
           "superseded.")
    pack.p("3.3 AB 27/45 on the drones business case was carried forward to January, as the Home Office "
           "guidance has not yet been published.")
    pack.h(f"4. {topic}", 2)
    pack.p("4.1 The Deputy Chief Constable introduced the report on shop theft and violence against retail "
           "workers. The Commissioner put the following questions.")
    questions = [
        ("How many shop thefts were reported in the last twelve months and what proportion were solved?",
         "7,460 shop thefts were recorded, 16 per cent more than the year before; 21 per cent were solved.",
         "Assured", "Assured", "The Commissioner welcomed the rise in the solved rate."),
        ("How does the force respond to violence or threats against shop workers?",
         "Such reports are graded for attendance within the hour; 71 per cent were attended within that "
         "time.", "Partially assured", "Partly assured",
         "The Commissioner expected attendance to be closer to 90 per cent."),
        ("How are businesses encouraged to report crime online and how is that information used?",
         "An online form for businesses was launched in June; 380 reports were received, but the force "
         "could not say how they are used to target patrols.", "Not assured", "Not assured",
         "The link between reports and patrol plans must be shown."),
    ]
    for n, (question, response, printed, level, comment) in enumerate(questions, 1):
        pack.h(f"Question {n}", 3)
        pack.p(f"_{question}_")
        pack.p(response)
        pack.p(f"**Level of assurance:** {printed}. {comment}")
        pack.decision(date, topic, str(n), question, response, level, comment)
    minuted = [("AB 27/51", "Set out how online business reports inform patrol plans.", "", "Open",
                "outstanding"),
               ("AB 27/52", "Report attendance times for violence against shop workers by area.", "", "Open",
                "outstanding")]
    for ref, act, *_ in minuted:
        pack.p(f"**ACTION {ref}:** {act}")
        pack.action(date, topic, ref, act, None, "outstanding", "status_column", "action_tracker",
                    key=f"ACTION {ref}")
    pack.h("5. Any other business", 2)
    pack.p("5.1 There was no other business.")
    pack.h("6. Date of next meeting", 2)
    pack.p("6.1 Wednesday 19 January 2028.")
    pack.page()

    pack.h("Appendix A – Action log", 1)
    log = [
        ("AB 27/36", "22 September 2027", "2027-09-22", "Publish the force's response to the PEEL "
         "inspection's area for improvement on investigations.", "Published 14 October.", "Closed", "complete"),
        ("AB 27/40", "20 October 2027", "2027-10-20", "Share domestic abuse victim satisfaction results by "
         "local policing area.", "Results shared on 9 November.", "Complete – propose closure", "complete"),
        ("AB 27/44", "20 October 2027", "2027-10-20", "Provide stop and search outcomes by ethnicity for "
         "each quarter.", "Overtaken by the national review of stop and search data.", "Superseded",
         "complete"),
        ("AB 27/45", "20 October 2027", "2027-10-20", "Bring the drones business case to the Board.",
         "Awaiting Home Office guidance.", "Carried forward", "outstanding"),
        *[(ref, "24 November 2027", date, act, update, printed, status)
          for ref, act, update, printed, status in minuted],
    ]
    rows = [["Ref", "Date", "Action", "Owner", "Update", "Status"]]
    for ref, met, iso, act, update, printed, status in log:
        rows.append([ref, met, act, "DCC" if ref != "AB 27/36" else "Chief Executive", update, printed])
        if ref not in {m[0] for m in minuted}:
            pack.action(iso, None, ref, act, update or None, status, "status_column", "action_tracker",
                        key=act, from_page=2)
    pack.table(rows, [1.1, 1.4, 3.6, 1.3, 2.6, 1.6], size=8.5)
    return pack


def avon_somerset() -> Pack:
    """Word: an agenda table whose item cell holds the number and title typed together ("1. Welcome"),
    with Time, Presenter and Paper columns and lettered sub-items "5a)"; notes of the last meeting with
    a "Theme:" line and an Outcome column ("PCC assured", "PCC partially assured – ..."); an action
    tracker with Complete / In progress / Not started / Closed – no longer required / Carried forward."""
    pack = Pack("avon-somerset-pcc-pab-2027-12-14-r36.docx", header="Performance and Accountability Board",
                footer="Page {n}")
    org = "Police and Crime Commissioner for Avon and Somerset"
    force = "Avon and Somerset Constabulary"
    date, prev = "2027-12-14", "2027-10-26"
    pack.document(title="Performance and Accountability Board", force=force, organisation=org,
                  meeting_date=date, publication_date="2027-12-07")
    pack.p("Avon and Somerset Police and Crime Commissioner", size=12)
    pack.h("Performance and Accountability Board", 0)
    pack.meeting(None, meeting_date=date, topic="Violence against women and girls", organisation=org,
                 title="Performance and Accountability Board")
    pack.p("Tuesday 14 December 2027, 10:00 – 12:30, Conference Room, Valley Road, Portishead. "
           "Broadcast live on the PCC's website.")
    pack.p("**Theme:** Violence against women and girls")
    pack.p("Date of publication: 7 December 2027", size=8.5)
    rows = [["Agenda item", "Time", "Presenter", "Paper"]]
    items = [
        ("1", "1. Welcome and apologies", "Welcome and apologies", "10:00", "PCC", "–"),
        ("2", "2. Declarations of interest", "Declarations of interest", "10:05", "", "–"),
        ("3", "3. Notes of the meeting of 26 October 2027", "Notes of the meeting of 26 October 2027",
         "10:05", "Governance Manager", "A"),
        ("4", "4. Action tracker", "Action tracker", "10:10", "Governance Manager", "B"),
        ("5", "5. Violence against women and girls", "Violence against women and girls", "10:20",
         "Deputy Chief Constable", "C"),
        ("5a", "5a) Stalking protection orders", "Stalking protection orders", "", "Detective Superintendent, "
         "Public Protection", "C1"),
        ("5b", "5b) Rape and serious sexual offences: investigation outcomes", "Rape and serious sexual "
         "offences: investigation outcomes", "", "Detective Chief Superintendent, Crime", "C2"),
        ("6", "6. Chief Constable's update", "Chief Constable's update", "11:40", "Chief Constable", "Verbal"),
        ("7", "7. Any other business", "Any other business", "12:20", "All", "–"),
    ]
    for number, printed, title, time, presenter, paper in items:
        rows.append([printed, time, presenter, paper])
        pack.agenda(date, number, title, presenter or None)
    pack.table(rows, [5, 1.2, 3.2, 1])
    pack.page()

    topic = "Neighbourhood crime"
    title = "Notes of the Performance and Accountability Board – 26 October 2027"
    pack.h(title, 1)
    pack.meeting(None, meeting_date=prev, topic=topic, organisation=org, title=title)
    pack.p(f"**Theme:** {topic}")
    pack.p("The Board considered the Constabulary's report on burglary, robbery and vehicle crime. The "
           "Commissioner's questions and her outcome on each are below.")
    questions = [
        ("How many residential burglaries were attended within 24 hours over the last quarter?",
         "94 per cent were attended within 24 hours, and every burglary of an elderly victim the same day.",
         "PCC assured", "Assured", None),
        ("What proportion of personal robberies resulted in a charge?",
         "14 per cent, up from 11 per cent; a robbery team was formed in Bristol in June.",
         "PCC partially assured – the Commissioner asked for results outside Bristol.", "Partly assured",
         "the Commissioner asked for results outside Bristol."),
        ("How is the Constabulary tackling the theft of catalytic converters and keyless car theft?",
         "Theft of catalytic converters has fallen; keyless car theft rose by 28 per cent and no plan is in "
         "place.", "PCC not assured – a plan for keyless car theft is to come to the next Board.",
         "Not assured", "a plan for keyless car theft is to come to the next Board."),
    ]
    rows = [["No.", "Question", "Response", "Outcome"]]
    for n, (question, response, printed, level, comment) in enumerate(questions, 1):
        rows.append([str(n), question, response, printed])
        pack.decision(prev, topic, str(n), question, response, level, comment)
    pack.table(rows, [0.6, 3.5, 3.8, 2.6])
    pack.p("**Actions:** PAB 27/33 and PAB 27/34 were agreed (see the tracker).")
    pack.page()

    pack.h("Action tracker", 1)
    log = [
        ("PAB 27/21", "24 August 2027", "2027-08-24", None, "Provide figures for the use of out-of-court "
         "resolutions for domestic abuse.", "Figures provided in September.", "Complete", "complete"),
        ("PAB 27/26", "24 August 2027", "2027-08-24", None, "Review the call-back process for burglary victims.",
         "No longer required: the process was replaced by the new victim contact contract.",
         "Closed – no longer required", "complete"),
        ("PAB 27/29", "24 August 2027", "2027-08-24", None, "Present the fleet electrification plan.",
         "Awaiting the fleet review.", "Carried forward", "outstanding"),
        ("PAB 27/33", "26 October 2027", prev, topic, "Report robbery charge rates for each policing area "
         "outside Bristol.", "Figures being collated for the February Board.", "In progress", "outstanding"),
        ("PAB 27/34", "26 October 2027", prev, topic, "Bring a plan for tackling keyless car theft.", "",
         "Not started", "outstanding"),
    ]
    rows = [["Ref", "Raised", "Action", "Owner", "Update", "Status"]]
    for ref, met, iso, act_topic, act, update, printed, status in log:
        rows.append([ref, met, act, "ACC" if act_topic else "Governance Manager", update, printed])
        pack.action(iso, act_topic, ref, act, update or None, status, "status_column", "action_tracker")
    pack.table(rows, [1.1, 1.4, 3.4, 1.4, 3, 1.6], size=8.5)
    return pack


def west_midlands() -> Pack:
    """Word: the meeting's date only in the covering letter; the agenda as typed paragraphs "N. Title –
    Presenter (for assurance)" with sub-items 4a/4b; notes of the last meeting with "LoE N:" questions,
    "Response:", "Level of assurance:" and "Board comment:" lines; a log with Open / Closed / Ongoing /
    Superseded / Propose closure and one Due date column."""
    pack = Pack("west-midlands-pcc-spcb-2027-10-12-r36.docx", footer="{n}")
    org = "Police and Crime Commissioner for West Midlands"  # the office's one name in the gold (gold-format.md)
    force = "West Midlands Police"
    date, prev = "2027-10-12", "2027-09-14"
    pack.document(title="Strategic Policing and Crime Board", force=force, organisation=org,
                  meeting_date=date, publication_date=None)
    pack.p("**Office of the Police and Crime Commissioner for the West Midlands**", size=12)
    pack.p("Lloyd House, Colmore Circus Queensway, Birmingham", size=8.5)
    pack.p("1 October 2027")
    pack.p("Dear Board Member,")
    pack.p("**Strategic Policing and Crime Board**")
    pack.meeting(None, meeting_date=date, topic=None, organisation=org, title="Strategic Policing and Crime Board")
    pack.p("You are invited to the meeting of the Strategic Policing and Crime Board to be held on Tuesday 12 "
           "October 2027 at 1.30pm in the Boardroom at Lloyd House. The agenda follows and the reports are "
           "attached. The meeting is open to the public and will be webcast.")
    pack.p("Yours faithfully,")
    pack.p("Chief Executive")
    pack.page()
    pack.h("AGENDA", 1)
    items = [
        ("1", "Apologies", None, None),
        ("2", "Declarations of interest", None, None),
        ("3", "Notes of the last meeting and action log", "Board Secretary", "for decision"),
        ("4", "Business and retail crime", "Assistant Chief Constable, Local Policing", "for assurance"),
        ("4a", "Shop theft and the retail crime action plan", "Superintendent, Neighbourhood Policing", None),
        ("4b", "Business crime reporting", "Head of Business Crime, OPCC", None),
        ("5", "Quarter 2 performance against the Police and Crime Plan", "Head of Performance",
         "for information"),
        ("6", "Capital budget monitoring", "Chief Finance Officer", "for information"),
        ("7", "Any other business", None, None),
    ]
    for number, title, presenter, purpose in items:
        line = f"{number}.\t{title}"
        if presenter:
            line += f" – {presenter}"
        if purpose:
            line += f" _({purpose})_"
        pack.p(line, indent=24 if number[-1].isalpha() else 0)
        pack.agenda(date, number, title, presenter)
    pack.p("Date of next meeting: Tuesday 9 November 2027.")
    pack.page()

    topic = "Knife crime"
    title = "Notes of the Strategic Policing and Crime Board held on 14 September 2027"
    pack.h(title, 1)
    pack.meeting(None, meeting_date=prev, topic=topic, organisation=org, title=title)
    pack.p("Present: Police and Crime Commissioner (Chair), Deputy PCC, Chief Constable, Chief Executive, Chief "
           "Finance Officer, Assistant Chief Constable (Crime).")
    pack.h("1. Apologies and declarations", 2)
    pack.p("None.")
    pack.h("2. Notes of the last meeting and matters arising", 2)
    pack.p("The notes of 10 August 2027 were agreed. There were no matters arising beyond the action log.")
    pack.h(f"3. {topic}", 2)
    questions = [
        ("How many knife crime offences were recorded in the last year, and where?",
         "4,212 offences, down 6 per cent. Birmingham accounts for over half.", "Assured", "Assured",
         "The Board noted the fall."),
        ("How many weapons were recovered through surrender bins and sweeps?",
         "1,310 weapons, most from surrender bins; sweeps found 92.", "Partially assured", "Partly assured",
         "The Board asked how sweeps are targeted."),
        ("What evidence shows that the schools education programme reduces carrying?",
         "The programme reached 38,000 pupils; no evaluation has been done.", "Not assured", "Not assured",
         "An evaluation should be commissioned."),
    ]
    for n, (question, response, printed, level, comment) in enumerate(questions, 1):
        pack.p(f"**LoE {n}:** {question}")
        pack.p(f"**Response:** {response}")
        pack.p(f"**Level of assurance:** {printed}")
        pack.p(f"**Board comment:** {comment}")
        pack.decision(prev, topic, str(n), question, response, level, comment)
    pack.p("**Action SPCB 27/61:** Explain how weapons sweeps are targeted.")
    pack.p("**Action SPCB 27/62:** Commission an evaluation of the schools education programme.")
    pack.h("4. Any other business", 2)
    pack.p("None.")
    pack.page()

    pack.h("Action log", 1)
    log = [
        ("SPCB 27/48", "13 July 2027", "2027-07-13", None, "Share the force's drug testing on arrest results.",
         "Shared on 2 August.", "Closed", "complete"),
        ("SPCB 27/53", "10 August 2027", "2027-08-10", None, "Provide the vacancy rate in the force contact "
         "centre.", "Superseded by the contact centre review reporting in November.", "Superseded",
         "complete"),
        ("SPCB 27/55", "10 August 2027", "2027-08-10", None, "Present the options for body-worn video "
         "replacement.", "Options paper circulated 30 September; Board asked to close.", "Propose closure",
         "outstanding"),
        ("SPCB 27/61", "14 September 2027", prev, topic, "Explain how weapons sweeps are targeted.",
         "Briefing note in preparation.", "Ongoing", "outstanding"),
        ("SPCB 27/62", "14 September 2027", prev, topic, "Commission an evaluation of the schools education "
         "programme.", "", "Open", "outstanding"),
    ]
    rows = [["Ref", "Raised", "Action", "Due date", "Update", "Status"]]
    for ref, met, iso, act_topic, act, update, printed, status in log:
        rows.append([ref, met, act, "12 October 2027", update, printed])
        pack.action(iso, act_topic, ref, act, update or None, status, "status_column", "action_tracker")
    pack.table(rows, [1.2, 1.4, 3.6, 1.4, 3, 1.4], size=8.5)
    return pack


PACKS = {
    "cambridgeshire-pcc-bcb-2027-11-09-r36.pdf": (cambridgeshire, "reportlab"),
    "gloucestershire-pcc-ab-2027-12-07-r36.pdf": (gloucestershire, "reportlab"),
    "south-wales-pcc-spab-2027-11-30-r36.pdf": (south_wales, "reportlab"),
    "bedfordshire-pcc-ab-2027-10-19-r36.pdf": (bedfordshire, "word-pdf"),
    "northamptonshire-pfcc-ab-2027-11-15-r36.pdf": (northamptonshire, "word-pdf"),
    "dorset-pcc-ab-2027-11-24-r36.pdf": (dorset, "word-pdf"),
    "avon-somerset-pcc-pab-2027-12-14-r36.docx": (avon_somerset, "docx"),
    "west-midlands-pcc-spcb-2027-10-12-r36.docx": (west_midlands, "docx"),
}


if __name__ == "__main__":
    for name in sys.argv[1:] or PACKS:
        build, how = PACKS[name]
        write(build(), how)
