"""Held-out scrutiny round 30b: seven packs of Midlands, northern and Welsh offices (PCC, PFCC,
Deputy Mayor), in Word, Word saved as PDF, and reportlab PDF. Writes the documents beside this
file and their gold to gold/ (held out and scored in session 6, promoted in session 7).

    .venv/bin/python samples/corpus/scrutiny-round30b/generate.py [NAME ...]

Word->PDF needs LibreOffice (`soffice`), `taskset` and `setarch` (see ../office_pdf.py).
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pdfplumber
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent))  # samples/, for inspection_render's imports
from inspection_render import fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind for held-out round 30b; every record hand-checked against the rendered "
           "document and `scrutiny inspect` (layout only) by the round's writer. Not scored by the writer.")
FIXED_TIME = datetime(2027, 1, 1, 9, 0, 0)

GREEN, AMBER, RED, BLUE = "#00A651", "#FFC000", "#E02020", "#2F75B5"
HEADER_FILL = "#D9E2F3"


# --------------------------------------------------------------------------- gold

@dataclass
class Find:
    """A record's page: the first page, from ``after`` on, whose text holds ``text``."""
    text: str
    after: int = 1


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def resolve_pages(records: dict, pdf: bytes | None) -> None:
    pages: list[str] = []
    if pdf is not None:
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            # table cells are read whole too, since a page's plain text interleaves the columns
            pages = [_key((page.extract_text() or "") + " ".join(
                cell or "" for table in page.extract_tables() for row in table for cell in row))
                for page in document.pages]
    for rows in records.values():
        for row in rows:
            where = row.get("page")
            if not isinstance(where, Find):
                continue
            if pdf is None:
                row["page"] = None
                continue
            needle = _key(where.text)[:40]
            hits = [n for n, text in enumerate(pages, start=1) if n >= where.after and needle in text]
            if not hits:
                raise SystemExit(f"page of {where.text!r} not found")
            row["page"] = hits[0]


@dataclass
class Question:
    number: str
    question: str
    evidence: list[str]          # paragraphs / bullets as printed
    level: str                   # as printed
    assurance: str | None        # canonical
    comment: str | None


@dataclass
class Row:
    """A tracker row or a minuted action."""
    ref: str
    raised: str | None           # ISO date of the meeting that set it, where the pack gives it
    text: str
    update: str | None
    status: str                  # as printed (or the colour name)
    canonical: str               # complete / outstanding / unknown
    topic: str | None = None     # gold topic
    minuted: bool = False        # also minuted in the notes inside the pack (page is there)


@dataclass
class Gold:
    records: dict = field(default_factory=lambda: {t: [] for t in (
        "documents", "meetings", "agenda_items", "assurance_decisions", "actions", "grades")})

    def document(self, file_type: str, title: str, force: str, org: str, date: str) -> None:
        self.records["documents"].append({
            "page": None, "file_type": file_type, "doc_kind": "scrutiny_pack", "title": title, "force": force,
            "organisation": org, "meeting_date": date, "publication_date": None, "status": "ok"})

    def meeting(self, date: str, topic: str | None, org: str, title: str, page: Find) -> None:
        self.records["meetings"].append({"page": page, "meeting_date": date, "topic": topic,
                                         "organisation": org, "title": title})

    def agenda(self, date: str, items: list[tuple[str, str, str | None]], page: int | None) -> None:
        for number, title, presenter in items:
            self.records["agenda_items"].append({"page": page, "meeting_date": date, "number": number,
                                                 "title": title, "presenter": presenter})

    def decisions(self, date: str, topic: str | None, questions: list[Question], after: int = 1) -> None:
        for q in questions:
            self.records["assurance_decisions"].append({
                "page": Find(q.question, after), "meeting_date": date, "topic": topic,
                "question_number": q.number, "question": q.question, "evidence_summary": " ".join(q.evidence),
                "assurance": q.assurance, "commentary": q.comment})

    def actions(self, rows: list[Row], status_source: str, source: str = "action_tracker", after: int = 1) -> None:
        for r in rows:
            self.records["actions"].append({
                "page": Find(r.text, after), "meeting_date": r.raised, "topic": r.topic, "number": r.ref,
                "text": r.text, "update": r.update, "status": r.canonical,
                "status_source": status_source if r.canonical != "unknown" else "none", "source": source})


def finish(name: str, data: bytes, gold: Gold) -> None:
    pdf = data if name.endswith(".pdf") else None
    resolve_pages(gold.records, pdf)
    if pdf is not None:
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            gold.records["documents"][0]["pages"] = len(document.pages)
    (HERE / name).write_bytes(data)
    GOLD.mkdir(exist_ok=True)
    out = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": gold.records}
    (GOLD / f"{name}.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    pages = {t: [r["page"] for r in gold.records[t]] for t in ("assurance_decisions", "actions")}
    print(f"{name}: {len(data)} bytes; pages {pages}")


# --------------------------------------------------------------------------- Word

def new_docx(header: str | None, footer: str | None, landscape: bool = False) -> Document:
    document = Document()
    props = document.core_properties
    props.author, props.last_modified_by = "OPCC", "OPCC"
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    section = document.sections[0]
    if landscape:
        from docx.enum.section import WD_ORIENT
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10.5)
    if header:
        para = section.header.paragraphs[0]
        para.text = header
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer:
        para = section.footer.paragraphs[0]
        para.text = footer
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return document


def runs(paragraph, text: str, size: float | None = None, colour: str | None = None) -> None:
    """Write ``text`` with **bold** and _italic_ spans."""
    for piece in re.split(r"(\*\*.+?\*\*|__.+?__)", text):
        if not piece:
            continue
        bold, italic = piece.startswith("**"), piece.startswith("__")
        run = paragraph.add_run(piece[2:-2] if (bold or italic) else piece)
        run.bold, run.italic = bold or None, italic or None
        if size:
            run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour.lstrip("#"))


def para(container, text: str = "", style: str | None = None, size: float | None = None,
         align: str | None = None, after: float | None = None, new_page: bool = False):
    paragraph = container.add_paragraph(style=style) if style else container.add_paragraph()
    paragraph.paragraph_format.page_break_before = new_page or None
    runs(paragraph, text, size)
    if align == "center":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        paragraph.paragraph_format.space_after = Pt(after)
    return paragraph


def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.lstrip("#").upper())
    tc_pr.append(shading)


def fill_cell(cell, content) -> None:
    """Cell content: a string, or a list of paragraphs ("- " starts a bullet, "> " a sub-bullet)."""
    items = [content] if isinstance(content, str) else list(content)
    first = cell.paragraphs[0]
    for n, item in enumerate(items):
        if isinstance(item, Callable):
            target = first if n == 0 else cell.add_paragraph()
            item(target)
            continue
        style = None
        if item.startswith("- "):
            style, item = "List Bullet", item[2:]
        elif item.startswith("> "):
            style, item = "List Bullet 2", item[2:]
        target = first if n == 0 else cell.add_paragraph()
        if style:
            target.style = cell.part.document.styles[style]
        runs(target, item)
        target.paragraph_format.space_after = Pt(3)


def word_table(container, rows: list[list], widths: list[float], header_fill: str | None = HEADER_FILL,
               header_rows: int = 1, fills: dict[tuple[int, int], str] | None = None):
    table = container.add_table(rows=len(rows), cols=len(widths))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, content in enumerate(row):
            cell = table.cell(r, c)
            cell.width = Cm(widths[c])
            if content is None:
                continue
            if r < header_rows and isinstance(content, str):
                content = f"**{content}**"
            fill_cell(cell, content)
            if r < header_rows and header_fill:
                shade(cell, header_fill)
    for c, width in enumerate(widths):
        table.columns[c].width = Cm(width)
    for r in range(header_rows):
        tr_pr = table.rows[r]._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        tr_pr.append(repeat)
    for (r, c), fill in (fills or {}).items():
        shade(table.cell(r, c), fill)
    return table


def merge_down(table, col: int, first: int, last: int, text: str) -> None:
    """Merge a column's cells over rows first..last into one cell holding ``text`` (a Meeting or Topic cell)."""
    merged = table.cell(first, col).merge(table.cell(last, col))
    for extra in merged.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    merged.paragraphs[0].text = text


def docx_bytes(document: Document) -> bytes:
    raw = io.BytesIO()
    document.save(raw)
    return fixed_zip_times(raw.getvalue())


# --------------------------------------------------------------------------- reportlab

pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Oblique", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"))
from reportlab.lib.fonts import addMapping  # noqa: E402

addMapping("DejaVu", 0, 0, "DejaVu")
addMapping("DejaVu", 1, 0, "DejaVu-Bold")
addMapping("DejaVu", 0, 1, "DejaVu-Oblique")
addMapping("DejaVu", 1, 1, "DejaVu-Bold")

BODY = ParagraphStyle("body", fontName="DejaVu", fontSize=9.5, leading=12.5, spaceAfter=5)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=11, spaceAfter=2)
BULLET = ParagraphStyle("bullet", parent=CELL, leftIndent=9, bulletIndent=1)
H1 = ParagraphStyle("h1", parent=BODY, fontName="DejaVu-Bold", fontSize=15, leading=19, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=BODY, fontName="DejaVu-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=6)
H3 = ParagraphStyle("h3", parent=BODY, fontName="DejaVu-Bold", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=4)


def markup(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"__(.+?)__", r"<i>\1</i>", text)
    return re.sub(r"\[sq:(#[0-9A-Fa-f]{6})\]", r'<font color="\1" size="11">■</font>', text)


def P(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(markup(text), style)


def rl_cell(content) -> list:
    items = [content] if isinstance(content, str) else list(content)
    out = []
    for item in items:
        if item.startswith("- "):
            out.append(Paragraph(markup(item[2:]), BULLET, bulletText="•"))
        else:
            out.append(P(item, CELL))
    return out


def rl_table(rows: list[list], widths: list[float], fills: dict[tuple[int, int], str] | None = None,
             header_fill: str | None = HEADER_FILL, grid: bool = True) -> Table:
    data = [[rl_cell(f"**{c}**" if r == 0 and header_fill and isinstance(c, str) else c) for c in row]
            for r, row in enumerate(rows)]
    table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if header_fill else 0)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
             ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if grid:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    if header_fill:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(header_fill)))
    for (r, c), fill in (fills or {}).items():
        style.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(fill)))
    table.setStyle(TableStyle(style))
    return table


def rl_pdf(flowables: list, title: str, header: str | None = None) -> bytes:
    buffer = io.BytesIO()

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("DejaVu", 8)
        if header:
            canvas.drawCentredString(A4[0] / 2, A4[1] - 12 * mm, header)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, title=title, author="OPCC", creator="generate.py", invariant=1)
    doc.build(flowables, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


# --------------------------------------------------------------------------- 1. West Midlands (Word -> PDF)

def west_midlands() -> tuple[str, bytes, Gold]:
    name = "west-midlands-pcc-spcb-2027-03-16-round30b.pdf"
    org, force, title = "Police and Crime Commissioner for the West Midlands", "West Midlands Police", "Strategic Policing and Crime Board"
    office = "Police and Crime Commissioner for West Midlands"  # the office's one name in the gold (gold-format.md)
    agenda = [("1", "Apologies and declarations of interest", "PCC"),
              ("2", "Notes of the meeting held on 19 January 2027 and action tracker", "Chief Executive"),
              ("3", "Neighbourhood crime: burglary and vehicle crime", "ACC Local Policing"),
              ("4", "Finance update – month 10", "Chief Finance Officer"),
              ("5", "Any other business", "PCC")]
    notes_topic = "Violence against women and girls"
    questions = [
        Question("1", "What progress has the force made against its violence against women and girls delivery plan since the last report to the Board?",
                 ["The delivery plan has 42 actions, of which 29 are complete and 9 are on track.",
                  "Four actions are behind schedule, all linked to the replacement of the case management system.",
                  "A new tactical lead has been appointed in each of the seven local policing areas."],
                 "Assured", "Assured", "The PCC welcomed the clear reporting against the plan."),
        Question("2", "How is the force improving the charge rate for rape and serious sexual offences?",
                 ["The charge rate for adult rape has risen from 6.1 per cent to 8.4 per cent over twelve months.",
                  "Operation Soteria principles are now embedded in all investigation teams.",
                  "Early advice from the Crown Prosecution Service is sought in 71 per cent of cases, against a target of 85 per cent."],
                 "Partly Assured", "Partly assured", "The PCC asked that the use of early advice be reported again in six months."),
        Question("3", "How does the force make sure that victims are referred to specialist support services?",
                 ["Referrals to the sexual assault referral centre fell by 9 per cent in the quarter.",
                  "A dip sample found that 14 of 50 victims had no recorded offer of a referral.",
                  "Supervisors have been reminded of the referral pathway."],
                 "Not Assured", "Not assured", "The PCC was concerned that one in four victims had no recorded offer of support."),
    ]
    notes_date = "2027-01-19"
    minuted = [Row("SPCB 27/02", notes_date, "Report the use of early advice from the Crown Prosecution Service in rape cases to the Board in July 2027.",
                   "Scheduled for the July meeting.", "Open", "outstanding", notes_topic, True),
               Row("SPCB 27/03", notes_date, "Repeat the dip sample of victim referrals and share the findings with the OPCC.",
                   "Dip sample of 60 cases completed; findings shared with the OPCC on 2 March 2027.", "Complete", "complete", notes_topic, True)]
    older = [Row("SPCB 26/17", "2026-11-17", "Provide a breakdown of 999 call answering times by hour of the day.",
                 "Breakdown circulated to Board members on 8 December 2026.", "Complete", "complete"),
             Row("SPCB 26/18", "2026-11-17", "Confirm the timetable for the roll-out of body-worn video to PCSOs.",
                 "Procurement delayed; the force now expects roll-out to begin in June 2027.", "Ongoing", "outstanding"),
             Row("SPCB 26/20", "2026-11-17", "Share the evaluation of the knife crime diversion programme.",
                 "Evaluation received and circulated on 14 January 2027.", "Complete", "complete")]

    d = new_docx("OFFICIAL", "Strategic Policing and Crime Board – 16 March 2027")
    para(d, org, "Title")
    para(d, title, "Heading 1")
    para(d, "**Date:** Tuesday 16 March 2027")
    para(d, "**Time:** 10:00am – 12:30pm")
    para(d, "**Venue:** Lloyd House, Birmingham and Microsoft Teams")
    para(d, "**Theme:** Neighbourhood crime")
    para(d, "Agenda", "Heading 2")
    word_table(d, [["Item", "Title", "Presented by"]] + [list(a) for a in agenda], [1.5, 10.5, 4.5])
    heading = "Notes of the Strategic Policing and Crime Board – 19 January 2027"
    para(d, heading, "Heading 1", new_page=True)
    para(d, "**Present:** Police and Crime Commissioner (Chair); Deputy PCC; Chief Constable; ACC Crime; Chief Executive, OPCC; Head of Policy, OPCC.")
    para(d, "1. Apologies", "Heading 2")
    para(d, "Apologies were received from the Chief Finance Officer.")
    para(d, f"2. {notes_topic}", "Heading 2")
    rows = [["Question", "Summary of evidence", "Decision of the PCC"]]
    for q in questions:
        rows.append([f"**{q.number}. {q.question}**", [f"- {e}" for e in q.evidence],
                     [f"**{q.level}**", f"__{q.comment}__"]])
    word_table(d, rows, [5.0, 7.5, 4.0])
    para(d, "")
    para(d, "**Actions**")
    for n, r in enumerate(minuted, start=1):
        para(d, f"{n}.\t{r.text}")
    para(d, "3. Any other business", "Heading 2")
    para(d, "There was no other business.")
    para(d, "Action tracker 2026/27", "Heading 1", new_page=True)
    tracker = [["Ref", "Meeting", "Action", "Update", "Status"]]
    for r in older + minuted:
        tracker.append([r.ref, "17 Nov 2026" if r.raised == "2026-11-17" else "19 Jan 2027", r.text, r.update, r.status])
    table = word_table(d, tracker, [2.2, 2.3, 5.5, 5.0, 1.8])
    for first, last, label in ((1, 3, "17 Nov 2026"), (4, 5, "19 Jan 2027")):
        merge_down(table, 1, first, last, label)
    data = docx_to_pdf(docx_bytes(d))

    g = Gold()
    g.document("pdf", title, force, office, "2027-03-16")
    g.meeting("2027-03-16", "Neighbourhood crime", office, title, Find(title))
    g.meeting(notes_date, notes_topic, office, heading, Find(heading, 2))
    g.agenda("2027-03-16", agenda, 1)
    g.decisions(notes_date, notes_topic, questions, 2)
    g.actions(older + minuted, "status_column", after=2)
    return name, data, g


# --------------------------------------------------------------------------- 2. Staffordshire (Word)

def staffordshire() -> tuple[str, bytes, Gold]:
    name = "staffordshire-pfcc-sgb-2027-03-10-round30b.docx"
    printed = "Staffordshire Commissioner for Police, Fire & Rescue and Crime"
    org = "Staffordshire Commissioner for Police, Fire and Rescue and Crime"  # one name per office, "and" for "&"
    force, title = "Staffordshire Police", "Strategic Governance Board"
    agenda = [("1", "Welcome and apologies", None),
              ("2", "Minutes and action log of the meeting on 13 January 2027", "Head of Governance"),
              ("3", "Rural and wildlife crime", "Chief Superintendent, Neighbourhood Policing"),
              ("4", "Police officer recruitment and retention", "Director of People"),
              ("5", "Any other business", None)]
    notes_date, notes_topic = "2027-01-13", "Fraud and economic crime"
    questions = [
        Question("1", "How many victims of fraud has the force supported through its economic crime victim care unit this year?",
                 ["The unit has contacted 2,412 victims referred by Action Fraud since April.",
                  "Every vulnerable victim receives a call within 72 hours; 96 per cent were contacted within that time."],
                 "Green", "Assured", "The Commissioner thanked the unit for its work with older victims."),
        Question("2", "What use does the force make of asset recovery powers against fraud offenders?",
                 ["Confiscation orders worth £1.3 million were obtained in the first three quarters.",
                  "Two financial investigator posts are vacant and recruitment has started twice without success."],
                 "Amber", "Partly assured", "The Commissioner asked to see a plan for filling the vacant posts."),
        Question("3", "How does the force share fraud prevention advice with local businesses?",
                 ["A quarterly bulletin goes to 640 businesses registered with the business crime network.",
                  "The force could not say how many businesses had acted on the advice."],
                 "Amber", "Partly assured", "The Board would like an evaluation of the bulletin."),
        Question("4", "How quickly are cyber-dependent crimes allocated to an investigator?",
                 ["The median time to allocation is 11 days, against a target of 3 days.",
                  "There is a backlog of 87 cases awaiting review by the cyber crime unit."],
                 "Red", "Not assured", "The Commissioner was not assured that victims of cyber crime receive a timely service."),
    ]
    minuted = [Row("SGB 27/01", notes_date, "Provide a recruitment plan for the two vacant financial investigator posts.",
                   "Plan received on 9 February 2027; both posts advertised.", "", "complete", notes_topic, True),
               Row("SGB 27/02", notes_date, "Set out a recovery plan for the cyber crime allocation backlog.",
                   "Recovery plan being drafted; due at the April meeting.", "", "outstanding", notes_topic, True)]
    older = [Row("SGB 26/31", "2026-11-11", "Report the number of officers trained to use the new drone fleet.",
                 "Completed. 24 officers are now trained pilots.", "", "complete"),
             Row("SGB 26/33", "2026-11-11", "Share the results of the victim satisfaction survey for burglary.",
                 "Survey closes at the end of March; results will follow in May 2027.", "", "outstanding"),
             Row("SGB 26/34", "2026-11-11", "Confirm whether the Safer Streets funding has been fully spent.",
                 "Confirmed by the Chief Finance Officer in December: all funding spent.", "", "complete")]

    d = new_docx("OFFICIAL", None)
    para(d, printed, "Title")
    para(d, title, "Heading 1")
    para(d, "Wednesday 10 March 2027, 2.00pm, Commissioner’s Office, Stafford")
    para(d, "Agenda", "Heading 2")
    for number, item, lead in agenda:
        para(d, f"**{number}.  {item}**", after=0)
        if lead:
            para(d, f"__Lead: {lead}__")
    heading = "Minutes – Strategic Governance Board, 13 January 2027"
    para(d, heading, "Heading 1", new_page=True)
    para(d, "**Theme:** Fraud and economic crime")
    para(d, "**Attendees:** Commissioner (Chair); Chief Constable; Deputy Chief Constable; Head of Governance; Policy Officer (minutes).")
    para(d, "1. Apologies and declarations", "Heading 2")
    para(d, "No apologies were received and no interests were declared.")
    para(d, "2. Minutes of the previous meeting", "Heading 2")
    para(d, "The minutes of 11 November 2026 were agreed as a true record.")
    para(d, f"3. {notes_topic}", "Heading 2")
    para(d, "**Assurance rating key:** Green – assured; Amber – partially assured; Red – not assured.")
    rows = [["No.", "Area of scrutiny", "Response from the force", "Assurance rating", "Commissioner’s comments"]]
    fills = {}
    for r, q in enumerate(questions, start=1):
        rows.append([q.number, q.question, [f"- {e}" for e in q.evidence], f"**{q.level}**", q.comment])
        fills[(r, 3)] = {"Green": GREEN, "Amber": AMBER, "Red": RED}[q.level]
    word_table(d, rows, [1.0, 4.0, 6.0, 2.2, 3.8], fills=fills)
    para(d, "")
    para(d, "Actions arising", "Heading 3")
    word_table(d, [["Action no.", "Action", "Owner", "Due"]] +
               [[r.ref, r.text, owner, due] for r, owner, due in
                zip(minuted, ["Director of People", "Head of Crime"], ["February 2027", "April 2027"])],
               [2.4, 8.6, 3.4, 2.6])
    para(d, "4. Any other business", "Heading 2")
    para(d, "None.")
    para(d, "Action log", "Heading 1", new_page=True)
    word_table(d, [["Ref", "Date of meeting", "Action", "Progress update"]] +
               [[r.ref, "11/11/2026" if r.raised == "2026-11-11" else "13/01/2027", r.text, r.update]
                for r in older + minuted], [2.2, 2.6, 6.0, 6.2])
    data = docx_bytes(d)

    g = Gold()
    g.document("docx", title, force, org, "2027-03-10")
    g.meeting("2027-03-10", None, org, title, Find(title))
    g.meeting(notes_date, notes_topic, org, heading, Find(heading))
    g.agenda("2027-03-10", agenda, None)
    g.decisions(notes_date, notes_topic, questions)
    g.actions(older + minuted, "inferred_from_update")
    return name, data, g


# --------------------------------------------------------------------------- 3. Warwickshire (reportlab)

def warwickshire() -> tuple[str, bytes, Gold]:
    name = "warwickshire-pcc-pam-2027-03-24-round30b.pdf"
    org, force, title = "Police and Crime Commissioner for Warwickshire", "Warwickshire Police", "Performance Accountability Meeting"
    agenda = [("1", "Introductions and apologies", "PCC", "10:00"),
              ("2", "Minutes of the meeting held on 27 January 2027", "PCC", "10:05"),
              ("3", "Action log", "Head of Business Services", "10:10"),
              ("4", "Anti-social behaviour", "Superintendent, Safer Neighbourhoods", "10:20"),
              ("5", "Any other business", "All", "11:30")]
    notes_date, notes_topic = "2027-01-27", "Road safety"
    questions = [
        Question("1", "How many people were killed or seriously injured on Warwickshire’s roads in 2026, and how does this compare with 2025?",
                 ["The force reported 312 people killed or seriously injured in 2026, a fall of 6 per cent on 2025.",
                  "Motorcycle casualties rose, and the force has started a targeted campaign with the fire and rescue service."],
                 "The PCC was assured.", "Assured", "He asked that motorcycle casualties be reported separately in future."),
        Question("2", "What enforcement has the force carried out against drink and drug driving?",
                 ["There were 1,140 arrests for drink or drug driving, 9 per cent more than in 2025.",
                  "Roadside drug testing kits ran out twice in the summer, and a new supplier contract has been signed."],
                 "The PCC was partially assured.", "Partly assured", "He was concerned that enforcement had been interrupted by the shortage of testing kits."),
        Question("3", "How are reports of dangerous driving submitted by the public with dashcam footage dealt with?",
                 ["The force received 2,870 submissions through the national portal, and 41 per cent led to further action.",
                  "The team that reviews footage has a backlog of seven weeks."],
                 "The PCC was not assured.", "Not assured", "He asked for a plan to clear the backlog."),
    ]
    minuted = [Row("PAM 27-03", notes_date, "Report motorcycle casualties separately in the quarterly road safety report.",
                   "Included in the Q4 report.", "green", "complete", notes_topic, True),
               Row("PAM 27-04", notes_date, "Provide a plan to clear the backlog of dashcam submissions.",
                   "Two temporary reviewers recruited; backlog now four weeks.", "amber", "outstanding", notes_topic, True)]
    older = [Row("PAM 26-21", "2026-11-25", "Circulate the revised neighbourhood policing charter.",
                 "Charter circulated on 6 January 2027.", "green", "complete"),
             Row("PAM 26-22", "2026-11-25", "Present the stop and search scrutiny panel’s annual report.",
                 "Panel has not yet agreed its report.", "red", "outstanding"),
             Row("PAM 26-24", "2026-11-25", "Explain the rise in calls abandoned on the 101 line in October.",
                 "Analysis started; the contact centre manager will report in April.", "amber", "outstanding")]
    colour = {"green": GREEN, "amber": AMBER, "red": RED}

    f = [P("Office of the Police and Crime Commissioner for Warwickshire", H3),
         P(title, H1),
         P("Wednesday 24 March 2027 at 10:00, Leek Wootton, and on Microsoft Teams"),
         P("**Topic:** Anti-social behaviour"),
         P("Agenda", H2),
         rl_table([["No.", "Item", "Lead", "Time"]] + [list(a) for a in agenda], [12, 82, 58, 20]),
         PageBreak()]
    heading = "Minutes of the Performance Accountability Meeting held on 27 January 2027"
    f += [P(heading, H1),
          P("**Present:** Police and Crime Commissioner (Chair), Chief Constable, Deputy Chief Constable, Chief Executive (OPCC), Head of Business Services (OPCC)."),
          P("1. Introductions and apologies", H2),
          P("Apologies were received from the Assistant Chief Constable."),
          P("2. Minutes and action log", H2),
          P("The minutes of 25 November 2026 were approved. The action log was noted."),
          P(f"3. {notes_topic}", H2),
          P("The Superintendent for Roads Policing presented the report. The PCC put the following questions.")]
    for q in questions:
        f.append(P(f"**Question {q.number}:** {q.question}"))
        f += [P(e) for e in q.evidence]
        f.append(P(f"**Outcome:** {q.level} {q.comment}"))
    f.append(P("**Actions:**"))
    for n, r in enumerate(minuted, start=1):
        f.append(P(f"Action {n}: {r.text}"))
    f += [P("4. Any other business", H2), P("There was no other business."), PageBreak(),
          P("Action log", H1),
          P("[sq:#00A651] Complete    [sq:#FFC000] In progress    [sq:#E02020] Not started")]
    rows = [["Ref", "Date raised", "Action", "Update", "RAG"]]
    for r in older + minuted:
        rows.append([r.ref, "25/11/2026" if r.raised == "2026-11-25" else "27/01/2027", r.text, r.update,
                     f"[sq:{colour[r.status]}]"])
    f.append(rl_table(rows, [20, 22, 56, 58, 14]))
    data = rl_pdf(f, title, "OFFICIAL")

    g = Gold()
    g.document("pdf", title, force, org, "2027-03-24")
    g.meeting("2027-03-24", "Anti-social behaviour", org, title, Find(title))
    g.meeting(notes_date, notes_topic, org, heading, Find(heading, 2))
    g.agenda("2027-03-24", [a[:3] for a in agenda], 1)
    g.decisions(notes_date, notes_topic, questions, 2)
    g.actions(older + minuted, "glyph_colour", after=2)
    return name, data, g


# --------------------------------------------------------------------------- 4. Northamptonshire (Word)

def northamptonshire() -> tuple[str, bytes, Gold]:
    name = "northamptonshire-pfcc-ab-2027-04-07-round30b.docx"
    org = "Police, Fire and Crime Commissioner for Northamptonshire"
    force, title = "Northamptonshire Police", "Accountability Board"
    agenda = [("1", "Apologies", "Chair"),
              ("2", "Minutes of the Accountability Board held on 3 February 2027", "Chair"),
              ("3", "Action log", "OPFCC Governance Manager"),
              ("4", "Serious violence duty – annual review", "ACC Operations"),
              ("5", "Public contact and complaints", "Head of Professional Standards"),
              ("6", "Date of next meeting", "Chair")]
    notes_date = "2027-02-03"
    items = [
        ("Stop and search", [
            Question("1.1", "What proportion of stop and searches found the item searched for, and how does this vary by ethnicity?",
                     ["The find rate was 31 per cent in 2026, above the national average.",
                      "Black people were 3.2 times more likely to be searched than white people; the find rate was similar for both groups."],
                     "3", "Assured", "The Commissioner noted the improvement in the find rate."),
            Question("1.2", "How are the recordings from body-worn video of searches reviewed?",
                     ["Supervisors review a sample of 10 per cent of searches each month.",
                      "The community scrutiny panel reviewed 48 recordings last year and raised concerns about 6."],
                     "2", "Partly assured", "The Commissioner asked how the panel’s concerns had been resolved."),
        ]),
        ("Custody", [
            Question("2.1", "How does the force make sure that detainees are seen by a healthcare professional promptly?",
                     ["The healthcare provider met its 60-minute target in 88 per cent of cases.",
                      "A new contract starts in October with a tighter target."],
                     "4", "Assured", None),
            Question("2.2", "What has been done about the rise in children detained overnight?",
                     ["Thirty-seven children were held overnight in the last quarter, compared with twenty-two in the same quarter of 2025.",
                      "Local authority accommodation was requested in every case but provided in only four."],
                     "1", "Not assured", "The Commissioner will write to the directors of children’s services."),
        ]),
    ]
    rows = [Row("AB 26/40", "2026-12-02", "Provide the number of complaints about police contact resolved within 10 working days.",
                "Figures provided to the OPFCC on 12 January 2027.", "green", "complete"),
            Row("AB 26/41", "2026-12-02", "Review the data-sharing agreement with the youth offending service.",
                "Draft agreement with legal services.", "amber", "outstanding"),
            Row("AB 27/01", notes_date, "Report how the community scrutiny panel’s concerns about six searches were resolved.",
                "Response being prepared by the stop and search lead.", "amber", "outstanding"),
            Row("AB 27/02", notes_date, "Share the healthcare provider’s new contract specification with the OPFCC.",
                "Specification shared on 20 February 2027.", "green", "complete"),
            Row("AB 27/03", notes_date, "Report the overnight detention of children to the Local Criminal Justice Board.",
                "Not yet reported; the Board next meets in June.", "red", "outstanding")]
    colour = {"green": GREEN, "amber": AMBER, "red": RED}

    d = new_docx("OFFICIAL", "Northamptonshire Accountability Board")
    para(d, org, "Title")
    para(d, title, "Heading 1")
    para(d, "**Date:** 7 April 2027    **Time:** 13:30    **Location:** Darby House, Northampton")
    para(d, "Agenda", "Heading 2")
    word_table(d, [["No.", "Agenda item", "Lead"]] + [list(a) for a in agenda], [1.4, 10.0, 5.6])
    heading = "Minutes of the Accountability Board – 3 February 2027"
    para(d, heading, "Heading 1", new_page=True)
    para(d, "**Assurance scale:** 4 – Substantial assurance; 3 – Reasonable assurance; 2 – Limited assurance; 1 – No assurance.")
    for number, (topic, questions) in enumerate(items, start=1):
        para(d, f"{number}. {topic}", "Heading 2")
        table = [["Ref", "Question", "Summary of response", "Score", "PFCC comment"]]
        for q in questions:
            table.append([q.number, q.question, q.evidence, f"**{q.level}**", q.comment or ""])
        word_table(d, table, [1.2, 4.4, 6.4, 1.3, 3.7])
        para(d, "")
    para(d, "3. Any other business", "Heading 2")
    para(d, "None raised. The actions agreed at this meeting are recorded in the action log.")
    para(d, "Action log", "Heading 1", new_page=True)
    para(d, "Status key: green – complete; amber – in progress; red – overdue.")
    log = [["Ref", "Meeting", "Action", "Owner", "Update", "Status"]]
    fills = {}
    for n, r in enumerate(rows, start=1):
        log.append([r.ref, "02/12/26" if r.raised == "2026-12-02" else "03/02/27", r.text,
                    "Force" if n % 2 else "OPFCC", r.update, ""])
        fills[(n, 5)] = colour[r.status]
    word_table(d, log, [1.8, 1.8, 5.0, 1.6, 5.0, 1.6], fills=fills)
    data = docx_bytes(d)

    g = Gold()
    g.document("docx", title, force, org, "2027-04-07")
    g.meeting("2027-04-07", None, org, title, Find(title))
    g.meeting(notes_date, None, org, heading, Find(heading))
    g.agenda("2027-04-07", agenda, None)
    for topic, questions in items:
        g.decisions(notes_date, topic, questions)
    g.actions(rows, "cell_shading")
    return name, data, g


# --------------------------------------------------------------------------- 5. Greater Manchester (Word -> PDF)

def greater_manchester() -> tuple[str, bytes, Gold]:
    name = "greater-manchester-dmpc-pab-2027-04-14-round30b.pdf"
    org = "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"
    force, title = "Greater Manchester Police", "Police Accountability Board"
    agenda = [("1", "Welcome, introductions and apologies", "Deputy Mayor"),
              ("2", "Notes and actions of the last meeting", "Head of Police Accountability"),
              ("3", "Call handling and the 101 service", "ACC Contact"),
              ("4", "Any other business", "Deputy Mayor")]
    notes_date, notes_topic = "2027-02-10", "Domestic abuse"
    questions = [
        Question("1", "How quickly does the force attend domestic abuse incidents graded as an emergency?",
                 ["Median attendance for emergency domestic abuse incidents is 9 minutes.",
                  "Eighty-four per cent are attended within the 15-minute target, up from 78 per cent a year ago."],
                 "Substantial assurance", "Assured", "The Deputy Mayor recognised the sustained improvement."),
        Question("2", "How many domestic abuse protection orders has the force obtained since the pilot began?",
                 ["The force has applied for 212 orders and 187 were granted.",
                  "Breaches are monitored daily, but the force cannot yet report how many breaches led to a charge."],
                 "Limited assurance", "Partly assured", "Breach outcomes must be reported before the next review."),
        Question("3", "What is the force doing to reduce the number of victims who withdraw support for a prosecution?",
                 ["Victim withdrawal stands at 58 per cent of domestic abuse crimes.",
                  "Independent domestic violence advisers are now based in two of the ten districts."],
                 "Limited assurance", "Partly assured", "The Deputy Mayor asked for an evaluation of the co-located advisers."),
    ]
    rows = [("Hate crime", Row("PAB 26/52", None, "Provide the outcome rates for disability hate crime for the last two years.",
                               "Outcome rates provided in January.", "B", "complete")),
            ("Hate crime", Row("PAB 26/53", None, "Invite the hate crime scrutiny panel chair to the next Board on this topic.",
                               "Invitation sent; date to be agreed.", "G", "outstanding")),
            ("Domestic abuse", Row("PAB 27/04", notes_date, "Report the number of protection order breaches that led to a charge.",
                                   "Data being extracted from the new records system.", "A", "outstanding", notes_topic, True)),
            ("Domestic abuse", Row("PAB 27/05", notes_date, "Evaluate the co-location of independent domestic violence advisers.",
                                   "Evaluation commissioned from the university; no start date yet.", "R", "outstanding", notes_topic, True))]
    rows[0][1].topic = rows[1][1].topic = "Hate crime"
    brag = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    d = new_docx(None, "Greater Manchester Combined Authority")
    para(d, "Greater Manchester Combined Authority", "Title")
    para(d, title, "Heading 1")
    para(d, f"Chaired by the {org}")
    para(d, "**Date:** Wednesday 14 April 2027, 10:00–12:00")
    para(d, "**Focus of the meeting:** Call handling and the 101 service")
    para(d, "Agenda", "Heading 2")
    word_table(d, [["Item", "Subject", "Lead"]] + [list(a) for a in agenda], [1.4, 10.0, 5.6])
    heading = "Notes of the Police Accountability Board (Domestic abuse) – 10 February 2027"
    para(d, heading, "Heading 1", new_page=True)
    para(d, "**Attendees:** Deputy Mayor (Chair); Deputy Chief Constable; Head of Public Protection; Head of Police Accountability; Policy Officer.")
    for q in questions:
        para(d, f"Line of enquiry {q.number}", "Heading 3")
        para(d, f"**{q.question}**")
        para(d, "__Response:__")
        for e in q.evidence:
            para(d, e, "List Bullet")
        para(d, f"**Level of assurance:** {q.level}")
        para(d, f"**Rationale:** {q.comment}")
    para(d, "Actions", "Heading 3")
    for r in (r for _, r in rows if r.minuted):
        para(d, f"{r.ref}: {r.text}")
    para(d, "Actions tracker", "Heading 1", new_page=True)
    para(d, "BRAG key: B – complete; G – on track; A – at risk; R – off track.")
    table_rows = [["Topic", "Ref", "Action", "Progress", "BRAG"]]
    fills = {}
    for n, (topic, r) in enumerate(rows, start=1):
        table_rows.append([topic, r.ref, r.text, r.update, f"**{r.status}**"])
        fills[(n, 4)] = brag[r.status]
    table = word_table(d, table_rows, [2.8, 2.2, 5.2, 5.2, 1.6], fills=fills)
    merge_down(table, 0, 1, 2, "Hate crime")
    merge_down(table, 0, 3, 4, "Domestic abuse")
    data = docx_to_pdf(docx_bytes(d))

    g = Gold()
    g.document("pdf", title, force, org, "2027-04-14")
    g.meeting("2027-04-14", "Call handling and the 101 service", org, title, Find(title))
    g.meeting(notes_date, notes_topic, org, heading, Find(heading, 2))
    g.agenda("2027-04-14", agenda, 1)
    g.decisions(notes_date, notes_topic, questions, 2)
    g.actions([r for _, r in rows], "status_column", after=2)
    return name, data, g


# --------------------------------------------------------------------------- 6. Dyfed-Powys (reportlab, bilingual)

def dyfed_powys() -> tuple[str, bytes, Gold]:
    name = "dyfed-powys-pcc-pab-2027-04-20-round30b.pdf"
    org, force = "Police and Crime Commissioner for Dyfed-Powys", "Dyfed-Powys Police"
    title = "Police Accountability Board"
    agenda = [("1", "Ymddiheuriadau", "Apologies", "Cadeirydd / Chair", "Chair"),
              ("2", "Cofnodion a chamau gweithredu", "Minutes and actions", "Prif Weithredwr / Chief Executive", "Chief Executive"),
              ("3", "Troseddau gwledig a bywyd gwyllt", "Rural and wildlife crime", "Prif Uwch-arolygydd / Chief Superintendent", "Chief Superintendent"),
              ("4", "Perfformiad yr heddlu", "Force performance", "Dirprwy Brif Gwnstabl / Deputy Chief Constable", "Deputy Chief Constable"),
              ("5", "Unrhyw fater arall", "Any other business", "Cadeirydd / Chair", "Chair")]
    notes_date, notes_topic = "2027-02-16", "Missing people"
    questions = [
        Question("1", "How many people were reported missing in 2026, and how many were children?",
                 ["There were 1,954 missing person reports, of which 1,102 concerned children.",
                  "Forty-one children were reported missing five times or more."],
                 "Sicrwydd llawn / Full assurance", "Assured", "The Commissioner welcomed the detailed breakdown by local authority."),
        Question("2", "How does the force make sure that return home interviews take place and are used?",
                 ["Local authorities carry out return home interviews; the force received the record in 63 per cent of cases.",
                  "Information from the interviews is not always added to the force’s records."],
                 "Sicrwydd rhannol / Partial assurance", "Partly assured", "The Commissioner will raise the sharing of interview records with the local authorities."),
        Question("3", "How quickly are high-risk missing person cases reviewed by an inspector?",
                 ["The policy requires a review within one hour.",
                  "An audit of 30 high-risk cases found that 12 were reviewed late, some by more than four hours."],
                 "Dim sicrwydd / No assurance", "Not assured", "The Commissioner asked for the audit to be repeated within three months."),
    ]
    minuted = [Row("PAB 27/06", notes_date, "Repeat the audit of inspector reviews of high-risk missing person cases.",
                   "Audit booked for April 2027.", "Ar y gweill / In progress", "outstanding", notes_topic, True),
               Row("PAB 27/07", notes_date, "Write to the four local authorities about sharing return home interview records.",
                   "Letters sent on 1 March 2027.", "Wedi’i gwblhau / Complete", "complete", notes_topic, True)]
    older = [Row("PAB 26/29", "2026-12-08", "Provide the number of rural crime officers trained in livestock worrying legislation.",
                 "Thirty officers trained; figures sent to the OPCC.", "Wedi’i gwblhau / Complete", "complete"),
             Row("PAB 26/30", "2026-12-08", "Report progress on the Welsh language skills of call handlers.",
                 "Survey of call handlers under way.", "Ar y gweill / In progress", "outstanding")]

    f = [P("Comisiynydd Heddlu a Throseddu Dyfed-Powys / Police and Crime Commissioner for Dyfed-Powys", H3),
         P("Bwrdd Atebolrwydd yr Heddlu / Police Accountability Board", H1),
         P("Dyddiad / Date: 20 Ebrill / April 2027    Amser / Time: 10:00    Lleoliad / Venue: Pencadlys yr Heddlu / Police Headquarters, Caerfyrddin / Carmarthen"),
         P("Agenda", H2),
         rl_table([["Rhif / No.", "Eitem", "Item", "Cyflwynydd / Presenter"]] + [list(a[:4]) for a in agenda],
                  [16, 52, 52, 54]),
         PageBreak()]
    heading = "Minutes of the Police Accountability Board – 16 February 2027"
    f += [P("Cofnodion y Bwrdd Atebolrwydd yr Heddlu – 16 Chwefror 2027", H2),
          P(heading, H1),
          P("**Thema / Theme:** Colli pobl / Missing people"),
          P("**Yn bresennol / Present:** Commissioner (Chair); Chief Constable; Deputy Chief Constable; Chief Executive; Head of Assurance and Engagement."),
          P("1. Ymddiheuriadau / Apologies", H3),
          P("Apologies were received from the Chief Finance Officer."),
          P("2. Pobl ar goll / Missing people", H3)]
    rows = [["Rhif / No.", "Cwestiwn / Question", "Ymateb / Response", "Lefel sicrwydd / Assurance level",
             "Sylwadau’r Comisiynydd / Commissioner’s comments"]]
    for q in questions:
        rows.append([q.number, q.question, [f"- {e}" for e in q.evidence], f"**{q.level}**", q.comment])
    f.append(rl_table(rows, [14, 40, 58, 28, 34]))
    f += [Spacer(1, 6), P("**Camau gweithredu / Actions**")]
    for n, r in enumerate(minuted, start=1):
        f.append(P(f"{n}. {r.text}"))
    f += [P("3. Unrhyw fater arall / Any other business", H3), P("None."), PageBreak(),
          P("Log Gweithredu / Action Log", H1)]
    log = [["Cyf. / Ref", "Dyddiad / Date", "Cam gweithredu / Action", "Diweddariad / Update", "Statws / Status"]]
    for r in older + minuted:
        log.append([r.ref, "08/12/2026" if r.raised == "2026-12-08" else "16/02/2027", r.text, r.update, r.status])
    f.append(rl_table(log, [20, 22, 52, 48, 32]))
    data = rl_pdf(f, title, "SWYDDOGOL / OFFICIAL")

    g = Gold()
    g.document("pdf", title, force, org, "2027-04-20")
    g.meeting("2027-04-20", None, org, title, Find("Police Accountability Board"))
    g.meeting(notes_date, notes_topic, org, heading, Find(heading, 2))
    g.agenda("2027-04-20", [(a[0], a[2], a[4]) for a in agenda], 1)
    g.decisions(notes_date, notes_topic, questions, 2)
    g.actions(older + minuted, "status_column", after=2)
    return name, data, g


# --------------------------------------------------------------------------- 7. North Yorkshire (Word)

def north_yorkshire() -> tuple[str, bytes, Gold]:
    name = "north-yorkshire-dmpfc-pam-2027-04-27-round30b.docx"
    org = "Deputy Mayor for Policing, Fire and Crime"
    force, title = "North Yorkshire Police", "Public Accountability Meeting"
    agenda = [("1", "Welcome and apologies", None),
              ("2", "Notes of the previous meeting and action log", None),
              ("3", "Road safety and the fatal five", "Chief Inspector, Roads Policing Group"),
              ("4", "Questions from the public", None),
              ("5", "Close", None)]
    notes_date, notes_topic = "2027-02-23", "Retail crime"
    questions = [
        Question("1", "How has shoplifting changed in the last year, and what share of offences are solved?",
                 ["Shoplifting offences rose by 12 per cent to 6,380.",
                  "The solved rate has improved from 14 per cent to 19 per cent."],
                 "Assured", "Assured", "Good progress on the solved rate."),
        Question("2", "How does the force respond to retailers who report violence or abuse against staff?",
                 ["All reports of violence against shop workers are now graded for attendance within one hour.",
                  "Retailers say they are not always told the outcome."],
                 "Partially assured", "Partly assured", "The Deputy Mayor wants retailers told of outcomes as a matter of routine."),
        Question("3", "Are the new business crime officers in post, and where are they based?",
                 ["Four of the six posts are filled, in York, Scarborough, Harrogate and Northallerton."],
                 "Assured", "Assured", None),
        Question("4", "What does the force know about organised groups stealing to order across the county?",
                 ["An intelligence assessment is being written and will be complete in March."],
                 None, None, "Decision deferred until the intelligence assessment has been seen."),
    ]
    rows = [Row("PAM 26/14", "2026-12-15", "Publish the neighbourhood priorities for each ward on the force website.",
                "All ward priorities published in January 2027.", "Complete", "complete"),
            Row("PAM 26/15", "2026-12-15", "Provide the Deputy Mayor with the results of the rural crime survey.",
                "Survey results due in May 2027.", "Carried forward", "outstanding"),
            Row("PAM 27/02", notes_date, "Set out how retailers will be told the outcome of their reports.",
                "Letter template agreed with the Retail Crime Forum.", "Complete", "complete", notes_topic, True),
            Row("PAM 27/03", notes_date, "Share the intelligence assessment on organised shop theft with the Deputy Mayor.",
                "Assessment delayed to April 2027.", "In progress", "outstanding", notes_topic, True)]

    d = new_docx("OFFICIAL", "York and North Yorkshire Combined Authority")
    para(d, "York and North Yorkshire Combined Authority", "Title")
    para(d, title, "Heading 1")
    para(d, f"Held by the {org}")
    para(d, "Tuesday 27 April 2027, 11:00am, broadcast live on YouTube")
    para(d, "**Topic:** Road safety and the fatal five")
    para(d, "Agenda", "Heading 2")
    for number, item, presenter in agenda:
        para(d, f"{number}.\t{item}" + (f" – {presenter}" if presenter else ""), after=2)
    heading = "Notes of the Public Accountability Meeting – 23 February 2027"
    para(d, heading, "Heading 1", new_page=True)
    para(d, "**Topic:** Retail crime")
    para(d, "**Present:** Deputy Mayor for Policing, Fire and Crime (Chair); Chief Constable; Assistant Chief Constable; Head of Accountability.")
    para(d, "1. Welcome and apologies", "Heading 2")
    para(d, "1.1\tThe Deputy Mayor welcomed those present. There were no apologies.")
    para(d, "2. Retail crime", "Heading 2")
    para(d, "2.1\tThe Assistant Chief Constable introduced the report. The Deputy Mayor asked the following questions.")
    word_table(d, [["No.", "Question", "Response"]] + [[q.number, q.question, q.evidence] for q in questions],
               [1.2, 6.3, 9.5])
    para(d, "")
    para(d, "Assurance summary", "Heading 3")
    tick = {"Assured": 2, "Partially assured": 3, "Not assured": 4}
    summary = [["No.", "Question", "Assured", "Partially assured", "Not assured", "Comments"]]
    for q in questions:
        row = [q.number, q.question, "", "", "", q.comment or ""]
        if q.level:
            row[tick[q.level]] = "✓"
        summary.append(row)
    word_table(d, summary, [1.0, 6.0, 1.7, 1.9, 1.7, 4.7])
    para(d, "")
    para(d, "2.2\tThe following actions were agreed:")
    for r in (r for r in rows if r.minuted):
        para(d, f"{r.ref} – {r.text}", "List Bullet")
    para(d, "3. Any other business", "Heading 2")
    para(d, "3.1\tThere was no other business.")
    para(d, "Action log", "Heading 1", new_page=True)
    word_table(d, [["Action ref", "Meeting date", "Action", "Update", "Status"]] +
               [[r.ref, "15/12/2026" if r.raised == "2026-12-15" else "23/02/2027", r.text, r.update, r.status]
                for r in rows], [2.2, 2.3, 5.4, 5.0, 2.1])
    data = docx_bytes(d)

    g = Gold()
    g.document("docx", title, force, org, "2027-04-27")
    g.meeting("2027-04-27", "Road safety and the fatal five", org, title, Find(title))
    g.meeting(notes_date, notes_topic, org, heading, Find(heading))
    g.agenda("2027-04-27", agenda, None)
    g.decisions(notes_date, notes_topic, questions)
    g.actions(rows, "status_column")
    return name, data, g


PACKS: dict[str, Callable[[], tuple[str, bytes, Gold]]] = {}


def main() -> None:
    wanted = sys.argv[1:]
    for key, build in PACKS.items():
        if wanted and key not in wanted:
            continue
        finish(*build())


PACKS["west-midlands"] = west_midlands

PACKS["staffordshire"] = staffordshire
PACKS["warwickshire"] = warwickshire
PACKS["northamptonshire"] = northamptonshire
PACKS["greater-manchester"] = greater_manchester
PACKS["dyfed-powys"] = dyfed_powys
PACKS["north-yorkshire"] = north_yorkshire

# PACKS-END
if __name__ == "__main__":
    main()
