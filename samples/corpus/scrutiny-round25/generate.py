"""Round 25 (blind, issue 4): scrutiny packs as bundles.

Each pack is what an office publishes: separately made papers put together. The front sheet
and agenda come from the office's template, the previous meeting's notes from another, the
force's paper in the force's house style, and the action log in landscape; each part keeps its
own header, footer and "Page N of M" numbering. Three packs are Word files saved as PDF part by
part (LibreOffice, ../office_pdf.py) and merged with pypdf; three are single Word files holding
the parts in sections (page numbering restarting in each section).

Names, figures and wording are invented. Gold goes to gold/ (staged in pending/ until the extractors were fixed).

    .venv/bin/python samples/corpus/scrutiny-round25/generate.py
"""

from __future__ import annotations

import io
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from pypdf import PdfReader, PdfWriter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))
from office_pdf import docx_to_pdf  # noqa: E402
from render import _stable_zip  # noqa: E402

CHECKED = ("Written blind for round 25; every record hand-checked against the rendered document "
           "and `scrutiny inspect` by the round's writer.")


# ---------------------------------------------------------------- content model

@dataclass
class Question:
    number: str
    question: str
    response: str
    assurance: str | None  # canonical level, None where the pack gives none
    printed_level: str  # the level as printed
    comment: str


@dataclass
class NotesItem:
    number: str
    title: str
    questions: list[Question] = field(default_factory=list)
    minuted: list[str] = field(default_factory=list)  # action refs minuted under this item
    text: str = ""  # a short note for standing business


@dataclass
class LogRow:
    ref: str
    raised: str  # ISO date
    text: str
    owner: str
    update: str
    printed_status: str
    status: str  # complete / outstanding / unknown
    topic: str | None = None  # printed only where the log has a topic column


@dataclass
class Look:
    font: str
    size: float
    colour: str  # headings, "#rrggbb"
    header: str
    footer: str  # "{page}" and "{pages}" are replaced by page fields


@dataclass
class Pack:
    name: str
    office: str  # office-holder who chairs, as printed
    office_line: str  # the template's top line
    force: str
    title: str
    meeting_date: str
    date_text: str
    venue: str
    topic_label: str | None
    topic: str | None
    agenda_head: tuple[str, str, str]
    agenda: list[tuple[str, str, str | None]]
    notes_heading: str
    notes_date: str
    notes_topic_label: str | None
    notes_topic: str | None
    notes_items: list[NotesItem]
    level_style: str  # "line" (bold label line) or "table" (question table)
    level_label: str
    paper_title: str
    paper_paras: list[str]
    log_title: str
    log_key: str
    log_rows: list[LogRow]
    log_topic_column: bool
    dividers: bool
    looks: dict[str, Look]
    log_shading: bool = False


# ---------------------------------------------------------------- Word building

def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#").upper())


def _field(paragraph, code: str) -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar"); begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText"); instr.set(qn("xml:space"), "preserve"); instr.text = code
    sep = OxmlElement("w:fldChar"); sep.set(qn("w:fldCharType"), "separate")
    text = OxmlElement("w:t"); text.text = "1"
    end = OxmlElement("w:fldChar"); end.set(qn("w:fldCharType"), "end")
    for element in (begin, instr, sep, text, end):
        run._r.append(element)


def _footer_text(paragraph, template: str, pages_field: str) -> None:
    for piece in re.split(r"(\{page\}|\{pages\})", template):
        if piece == "{page}":
            _field(paragraph, "PAGE")
        elif piece == "{pages}":
            _field(paragraph, pages_field)
        elif piece:
            paragraph.add_run(piece)


def _restart_numbering(section) -> None:
    pg = OxmlElement("w:pgNumType"); pg.set(qn("w:start"), "1")
    section._sectPr.append(pg)


def _dress_section(section, look: Look, *, landscape: bool, pages_field: str) -> None:
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = section.bottom_margin = Mm(20)
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    header = section.header.paragraphs[0]
    header.text = look.header
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in header.runs:
        run.font.size = Pt(8); run.font.name = look.font
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _footer_text(footer, look.footer, pages_field)
    for run in footer.runs:
        run.font.size = Pt(8); run.font.name = look.font
    _restart_numbering(section)


class Writer:
    """Writes paragraphs and tables in one part's look."""

    def __init__(self, document, look: Look):
        self.document, self.look = document, look

    def para(self, text: str, *, bold: bool = False, size: float | None = None, heading: bool = False,
             italic: bool = False, align=None) -> None:
        paragraph = self.document.add_paragraph()
        if align is not None:
            paragraph.alignment = align
        for i, piece in enumerate(re.split(r"\*\*", text)):
            if not piece:
                continue
            run = paragraph.add_run(piece)
            run.font.name = self.look.font
            run.font.size = Pt(size or self.look.size)
            run.bold = bold or i % 2 == 1
            run.italic = italic
            if heading:
                run.font.color.rgb = _rgb(self.look.colour)
        paragraph.paragraph_format.space_after = Pt(6)

    def heading(self, text: str, size_up: float = 4) -> None:
        self.para(text, bold=True, size=self.look.size + size_up, heading=True)

    def table(self, rows: list[list[str]], widths: list[float], *, fills: dict[tuple[int, int], str] | None = None) -> None:
        table = self.document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                cell.width = Mm(widths[c])
                cell.paragraphs[0].text = ""
                run = cell.paragraphs[0].add_run(value)
                run.font.name = self.look.font
                run.font.size = Pt(self.look.size - 1)
                run.bold = r == 0
                fill = (fills or {}).get((r, c)) or ("D9D9D9" if r == 0 else None)
                if fill:
                    shading = OxmlElement("w:shd")
                    shading.set(qn("w:val"), "clear"); shading.set(qn("w:color"), "auto"); shading.set(qn("w:fill"), fill)
                    cell._tc.get_or_add_tcPr().append(shading)
        self.document.add_paragraph()


def _long(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


def front_sheet(w: Writer, pack: Pack) -> None:
    w.para(pack.office_line, bold=True, size=w.look.size + 1)
    w.heading(pack.title, 8)
    w.para(f"{pack.date_text}, {pack.venue}")
    w.para(f"Chair: {pack.office}")
    if pack.topic_label:
        w.para(f"**{pack.topic_label}** {pack.topic}")
    w.heading("Agenda", 2)
    w.table([list(pack.agenda_head)] + [[n, t, p or ""] for n, t, p in pack.agenda], [15, 110, 45])
    w.para("Papers are published five working days before the meeting. Exempt items are not published.",
           italic=True, size=w.look.size - 1)


def notes(w: Writer, pack: Pack, log: dict[str, LogRow]) -> None:
    w.heading(pack.notes_heading, 4)
    if pack.notes_topic_label:
        w.para(f"**{pack.notes_topic_label}** {pack.notes_topic}")
    w.para(f"Present: {pack.office} (Chair); the Chief Officer team of {pack.force}; officers of the office.")
    for item in pack.notes_items:
        w.heading(f"{item.number}. {item.title}", 1)
        if item.text:
            w.para(item.text)
        if pack.level_style == "table" and item.questions:
            rows = [["No.", "Question", "Response", pack.level_label, "Comments"]]
            rows += [[q.number, q.question, q.response, q.printed_level, q.comment] for q in item.questions]
            w.table(rows, [10, 40, 60, 25, 35])
        else:
            for q in item.questions:
                w.para(f"**Question {q.number}:** {q.question}")
                w.para(f"Response: {q.response}")
                w.para(f"**{pack.level_label}** {q.printed_level}")
                w.para(f"Comment: {q.comment}")
        for ref in item.minuted:
            w.para(f"**Action {ref}:** {log[ref].text}")


def force_paper(w: Writer, pack: Pack) -> None:
    w.para(pack.force.upper(), bold=True, size=w.look.size + 2, heading=True)
    w.heading(pack.paper_title, 4)
    w.para("Report of the Assistant Chief Constable. Security classification: OFFICIAL.", italic=True)
    for i, text in enumerate(pack.paper_paras, 1):
        w.para(f"{i}.  {text}")


def action_log(w: Writer, pack: Pack) -> None:
    w.heading(pack.log_title, 4)
    w.para(pack.log_key, italic=True)
    head = ["Ref", "Date raised"] + (["Topic"] if pack.log_topic_column else []) + ["Action", "Owner", "Update", "Status"]
    rows, fills = [head], {}
    for r, row in enumerate(pack.log_rows, 1):
        cells = [row.ref, _long(row.raised)] + ([row.topic or ""] if pack.log_topic_column else [])
        cells += [row.text, row.owner, row.update, row.printed_status]
        rows.append(cells)
        if pack.log_shading:
            fills[(r, len(cells) - 1)] = {"complete": "92D050", "outstanding": "FFC000"}[row.status]
    widths = [22, 28] + ([35] if pack.log_topic_column else []) + [70, 30, 60, 25]
    w.table(rows, widths, fills=fills)


def divider(w: Writer, label: str, title: str) -> None:
    for _ in range(8):
        w.para("")
    w.para(label, bold=True, size=28, align=WD_ALIGN_PARAGRAPH.CENTER)
    w.para(title, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)


def _new_document(look: Look) -> Document:
    document = Document()
    core = document.core_properties
    core.author, core.title = "Office", ""
    from datetime import datetime
    core.created = core.modified = datetime(2026, 9, 1, 9, 0, 0)
    core.last_modified_by = "Office"
    core.revision = 1
    style = document.styles["Normal"]
    style.font.name, style.font.size = look.font, Pt(look.size)
    return document


PARTS = ("front", "notes", "paper", "log")


def _part_content(pack: Pack, part: str, w: Writer, log: dict[str, LogRow]) -> None:
    {"front": front_sheet, "notes": notes, "paper": force_paper, "log": action_log}[part](
        *((w, pack, log) if part == "notes" else (w, pack)))


def _divider_title(pack: Pack, part: str) -> tuple[str, str] | None:
    """The agenda item a part belongs to, for divider pages."""
    wanted = {"notes": "minutes", "paper": pack.paper_title.lower(), "log": "action"}.get(part)
    for number, title, _ in pack.agenda:
        if wanted and (wanted in title.lower() or (part == "notes" and "notes" in title.lower())):
            return f"Agenda item {number}", title
    return None


def _bundle_order(pack: Pack) -> list[str]:
    """The parts in agenda order where divider pages number them (the office files papers by item)."""
    if not pack.dividers:
        return list(PARTS)
    item_number = lambda part: int(label[0].split()[-1]) if (label := _divider_title(pack, part)) else 99
    return ["front"] + sorted(PARTS[1:], key=item_number)


def build_pdf(pack: Pack) -> bytes:
    log = {row.ref: row for row in pack.log_rows}
    writer = PdfWriter()
    for part in _bundle_order(pack):
        pieces: list[Document] = []
        if pack.dividers and part != "front" and (label := _divider_title(pack, part)):
            document = _new_document(pack.looks["front"])
            _dress_section(document.sections[0], pack.looks["front"], landscape=False, pages_field="NUMPAGES")
            divider(Writer(document, pack.looks["front"]), *label)
            pieces.append(document)
        look = pack.looks[part]
        document = _new_document(look)
        _dress_section(document.sections[0], look, landscape=part == "log", pages_field="NUMPAGES")
        _part_content(pack, part, Writer(document, look), log)
        pieces.append(document)
        for document in pieces:
            buffer = io.BytesIO(); document.save(buffer)
            writer.append(PdfReader(io.BytesIO(docx_to_pdf(_stable_zip(buffer.getvalue())))))
    writer.add_metadata({"/Title": pack.title, "/Producer": "pypdf", "/CreationDate": "D:20260901090000+00'00'",
                         "/ModDate": "D:20260901090000+00'00'"})
    from pypdf.generic import ArrayObject, ByteStringObject
    fixed_id = ByteStringObject(bytes(16))
    writer._ID = ArrayObject([fixed_id, fixed_id])
    out = io.BytesIO(); writer.write(out)
    return out.getvalue()


def build_docx(pack: Pack) -> bytes:
    log = {row.ref: row for row in pack.log_rows}
    document = _new_document(pack.looks["front"])
    for i, part in enumerate(PARTS):
        section = document.sections[0] if i == 0 else document.add_section(WD_SECTION.NEW_PAGE)
        look = pack.looks[part]
        _dress_section(section, look, landscape=part == "log", pages_field="SECTIONPAGES")
        _part_content(pack, part, Writer(document, look), log)
    buffer = io.BytesIO(); document.save(buffer)
    return _stable_zip(buffer.getvalue())


# ---------------------------------------------------------------- gold

def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _page_of(pages: list[str], snippet: str, start: int = 0) -> int:
    needle = _norm(snippet)[:40]
    for i in range(start, len(pages)):
        if needle in _norm(pages[i]):
            return i + 1
    raise ValueError(f"not found in the PDF: {snippet!r}")


def gold(pack: Pack, data: bytes) -> dict:
    is_pdf = pack.name.endswith(".pdf")
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages] if is_pdf else []
    page = (lambda snippet, start=0: _page_of(pages, snippet, start)) if is_pdf else (lambda snippet, start=0: None)
    scrutiny = [item for item in pack.notes_items if item.questions]
    notes_topic = pack.notes_topic if pack.notes_topic else (scrutiny[0].title if len(scrutiny) == 1 else None)
    notes_page = page(pack.notes_heading)
    log_page = page(pack.log_title, notes_page or 0) if is_pdf else None
    documents = [{"page": None, "file_type": "pdf" if is_pdf else "docx", "pages": len(pages) if is_pdf else None,
                  "doc_kind": "scrutiny_pack", "title": pack.title, "force": pack.force, "organisation": pack.office,
                  "meeting_date": pack.meeting_date, "publication_date": None, "status": "ok"}]
    if not is_pdf:
        del documents[0]["pages"]
    meetings = [
        {"page": page(pack.title), "meeting_date": pack.meeting_date, "topic": pack.topic,
         "organisation": pack.office, "title": pack.title},
        {"page": notes_page, "meeting_date": pack.notes_date, "topic": notes_topic,
         "organisation": pack.office, "title": pack.notes_heading},
    ]
    agenda = [{"page": page(pack.title), "meeting_date": pack.meeting_date, "number": n, "title": t, "presenter": p}
              for n, t, p in pack.agenda]
    decisions = []
    for item in scrutiny:
        for q in item.questions:
            decisions.append({"page": page(q.question, notes_page - 1) if is_pdf else None,
                              "meeting_date": pack.notes_date, "topic": item.title, "question_number": q.number,
                              "question": q.question, "evidence_summary": q.response, "assurance": q.assurance,
                              "commentary": q.comment})
    # an action minuted under an item takes that item's title; a log row raised at the last
    # meeting but not minuted takes that meeting's topic
    minuted_under = {ref: item.title for item in pack.notes_items for ref in item.minuted}
    actions = []
    for row in pack.log_rows:
        if pack.log_topic_column:
            topic = row.topic
        elif row.ref in minuted_under:
            topic = minuted_under[row.ref]
        else:
            topic = notes_topic if row.raised == pack.notes_date else None
        # a minuted action starts where it is minuted; the log prints it again
        where = None
        if is_pdf:
            where = page(f"Action {row.ref}:", notes_page - 1) if row.ref in minuted_under else page(row.text, log_page - 1)
        actions.append({"page": where, "meeting_date": row.raised,
                        "topic": topic, "number": row.ref, "text": row.text, "update": row.update or None,
                        "status": row.status, "status_source": "cell_shading" if pack.log_shading and not row.printed_status else "status_column",
                        "source": "action_tracker"})
    return {"source_file": pack.name, "expect": "ok", "checked": CHECKED,
            "records": {"documents": documents, "meetings": meetings, "agenda_items": agenda,
                        "assurance_decisions": decisions, "actions": actions, "grades": []}}


# ---------------------------------------------------------------- the packs

def _looks(front: tuple, notes: tuple, paper: tuple, log: tuple) -> dict[str, Look]:
    return {name: Look(*spec) for name, spec in zip(PARTS, (front, notes, paper, log))}


Q = Question
PACKS = [
    Pack(
        name="staffordshire-pfcc-sgb-2026-12-08.pdf",
        office="Staffordshire Commissioner for Police, Fire and Rescue and Crime",
        office_line="Staffordshire Commissioner for Police, Fire and Rescue and Crime",
        force="Staffordshire Police",
        title="Strategic Governance Board",
        meeting_date="2026-12-08", date_text="Tuesday 8 December 2026, 10:00", venue="Block 9, Weston Road, Stafford",
        topic_label="Theme:", topic="Neighbourhood policing and local problem solving",
        agenda_head=("Item", "Subject", "Lead"),
        agenda=[("1", "Welcome and apologies", "Commissioner"),
                ("2", "Minutes of the meeting held on 13 October 2026", "Commissioner"),
                ("3", "Neighbourhood policing and local problem solving", "ACC Local Policing"),
                ("4", "Quarterly performance summary", "Head of Performance"),
                ("5", "Action log", "Governance Officer"),
                ("6", "Any other business", "All")],
        notes_heading="Minutes of the Strategic Governance Board held on 13 October 2026",
        notes_date="2026-10-13", notes_topic_label=None, notes_topic=None,
        notes_items=[
            NotesItem("1", "Welcome and apologies", text="Apologies were received from the Deputy Chief Constable."),
            NotesItem("2", "Minutes of the last meeting", text="The minutes of 11 August 2026 were agreed as a true record."),
            NotesItem("3", "Rural and wildlife crime", [
                Q("1", "How many rural crime reports did the Force receive in the last six months, and how many led to a charge?",
                  "The Force recorded 412 rural crimes, most of them thefts of machinery and fuel; 37 led to a charge or summons. "
                  "The charge rate is slightly above the same period last year.", "Assured", "Assured",
                  "The Commissioner noted the steady rise in the charge rate."),
                Q("2", "Is the rural crime team fully staffed, and how are officers trained to deal with wildlife offences?",
                  "Two of the eight posts are vacant after promotions. Wildlife crime training is now part of the new-starter course, "
                  "but only half of neighbourhood officers have completed it.", "Partly assured", "Partially assured",
                  "The Commissioner asked for a date by which every neighbourhood officer will be trained.")],
                minuted=["SGB 26/31"]),
            NotesItem("4", "Missing children", [
                Q("1", "How quickly are return home interviews completed for children who go missing from care?",
                  "Seventy-one per cent of interviews were completed within 72 hours, against a target of 85 per cent. "
                  "Delays are worst where the child is placed out of county.", "Not assured", "Not assured",
                  "The Commissioner was concerned that performance has fallen for two quarters."),
                Q("2", "What does the Force do with the information gathered in those interviews?",
                  "Interview findings are recorded on the missing person record and reviewed at the weekly exploitation meeting, "
                  "which decides whether a child needs a safety plan.", "Assured", "Assured",
                  "The Commissioner welcomed the weekly review.")],
                minuted=["SGB 26/32"]),
            NotesItem("5", "Any other business", text="There was no other business.")],
        level_style="line", level_label="Assurance level:",
        paper_title="Neighbourhood policing and local problem solving",
        paper_paras=["This paper updates the Board on the neighbourhood policing model introduced in April 2026.",
                     "Each of the ten local policing teams now has a named problem-solving lead, and 146 problem-solving plans are open.",
                     "Public confidence measured by the county survey rose from 71 to 74 per cent over the year.",
                     "The Board is asked to note the report."],
        log_title="Strategic Governance Board – Action log",
        log_key="Status: Complete – the action is closed; Open – work continues; Ongoing – a standing action reported at each meeting.",
        log_rows=[
            LogRow("SGB 26/24", "2026-08-11", "Provide the evaluation of the drone unit pilot to the Commissioner.", "ACC Operations",
                   "Evaluation shared on 2 October 2026.", "Complete", "complete"),
            LogRow("SGB 26/27", "2026-08-11", "Report the number of officers trained in domestic abuse risk assessment by district.",
                   "Head of Learning", "Figures for two districts are still being checked.", "Open", "outstanding"),
            LogRow("SGB 26/31", "2026-10-13", "Confirm the date by which all neighbourhood officers will have completed wildlife crime training.",
                   "Rural Crime Inspector", "All officers to be trained by 31 March 2027; plan shared with the office.", "Complete", "complete"),
            LogRow("SGB 26/32", "2026-10-13", "Set out a recovery plan for return home interviews of children placed out of county.",
                   "Head of Public Protection", "Draft plan to be brought to the February Board.", "Open", "outstanding")],
        log_topic_column=False, dividers=True,
        looks=_looks(("DejaVu Sans", 11, "#4B2D73", "Staffordshire Commissioner's Office", "Page {page} of {pages}"),
                     ("DejaVu Serif", 10.5, "#000000", "Strategic Governance Board – Minutes", "Minutes – page {page}"),
                     ("DejaVu Sans Condensed", 10, "#00325F", "OFFICIAL", "Staffordshire Police | Page {page} of {pages}"),
                     ("DejaVu Sans", 9, "#4B2D73", "Action log – December 2026", "Page {page} of {pages}"))),
    Pack(
        name="greater-manchester-dmpc-pab-2027-01-19.pdf",
        office="Deputy Mayor for Policing, Crime, Criminal Justice and Fire",
        office_line="Greater Manchester Combined Authority",
        force="Greater Manchester Police",
        title="Police Accountability Board",
        meeting_date="2027-01-19", date_text="Tuesday 19 January 2027, 14:00", venue="Tootal Buildings, Manchester",
        topic_label=None, topic=None,
        agenda_head=("No.", "Item", "Presenter"),
        agenda=[("1", "Apologies", None),
                ("2", "Declarations of interest", None),
                ("3", "Minutes of the previous meeting", "Chair"),
                ("4", "Action log", "Head of Policing Governance"),
                ("5", "Fraud and economic crime", "Detective Chief Superintendent, Economic Crime"),
                ("6", "Neighbourhood crime: burglary and robbery", "Assistant Chief Constable"),
                ("7", "Date of next meeting", None)],
        notes_heading="Police Accountability Board – Minutes – 17 November 2026",
        notes_date="2026-11-17", notes_topic_label=None, notes_topic=None,
        notes_items=[
            NotesItem("1", "Apologies", text="Apologies were received from the Mayor."),
            NotesItem("2", "Minutes and action log", text="The minutes of 15 September 2026 were agreed."),
            NotesItem("3", "Retail crime", [
                Q("RC1", "What has the Force done to improve its response to shop theft since the summer?",
                  "A dedicated retail crime desk now reviews every shop theft with CCTV within 48 hours. The solved rate rose from 14 to 19 per cent.",
                  "Assured", "Assured", "The Deputy Mayor asked that the desk's results be shared with retailers."),
                Q("RC2", "How does the Force deal with violence and abuse against shop workers?",
                  "Offences against shop workers are flagged and attended as a priority, but attendance within the target time was only 62 per cent in October.",
                  "Partly assured", "Partially assured", "Attendance times must improve before the Board can be assured."),
                Q("RC3", "How many prolific shop thieves are managed through the integrated offender scheme?",
                  "Forty-two people are managed; the Force could not yet say how many have reoffended.",
                  "Not assured", "Not assured", "The Deputy Mayor expects reoffending figures at the next Board.")],
                minuted=["PAB 26/14", "PAB 26/15"])],
        level_style="table", level_label="Assurance",
        paper_title="Fraud and economic crime",
        paper_paras=["Purpose: to inform the Board of the Force's approach to fraud and economic crime.",
                     "Reports of fraud to the national reporting centre from Greater Manchester rose by nine per cent in the year to September.",
                     "The economic crime unit recovered assets worth £3.1 million under the Proceeds of Crime Act in the same period.",
                     "Recommendation: the Board is asked to note the contents of this report."],
        log_title="Police Accountability Board – Action log",
        log_key="Actions marked Closed will be removed from the log after this meeting.",
        log_rows=[
            LogRow("PAB 26/09", "2026-09-15", "Share the findings of the stop and search scrutiny panel's annual report.", "Chief Superintendent, Operations",
                   "Report circulated to Board members on 3 November 2026.", "Closed", "complete", topic="Stop and search"),
            LogRow("PAB 26/14", "2026-11-17", "Share the retail crime desk's results with the business crime partnership.", "Superintendent, Neighbourhoods",
                   "Presented to the partnership on 9 December 2026.", "Closed", "complete", topic="Retail crime"),
            LogRow("PAB 26/15", "2026-11-17", "Provide reoffending figures for prolific shop thieves managed through the integrated offender scheme.",
                   "Head of Offender Management", "Data being matched with probation; due February 2027.", "Open", "outstanding", topic="Retail crime")],
        log_topic_column=True, dividers=True,
        looks=_looks(("DejaVu Sans", 11, "#E2001A", "GMCA | Police Accountability Board", "{page}"),
                     ("DejaVu Sans", 10, "#000000", "Minutes – subject to approval", "Page {page} of {pages}"),
                     ("DejaVu Serif", 11, "#002F5F", "OFFICIAL – Greater Manchester Police", "GMP | {page}"),
                     ("DejaVu Sans Condensed", 9, "#E2001A", "PAB action log", "Page {page} of {pages}"))),
    Pack(
        name="humberside-opcc-accb-2026-12-16.pdf",
        office="Police and Crime Commissioner for Humberside",
        office_line="Office of the Police and Crime Commissioner for Humberside",
        force="Humberside Police",
        title="Accountability Board",
        meeting_date="2026-12-16", date_text="Wednesday 16 December 2026, 09:30", venue="Priory Road, Hull",
        topic_label="Focus of the meeting:", topic="Road safety",
        agenda_head=("Agenda item", "Title", "Presented by"),
        agenda=[("1", "Introductions and apologies", None),
                ("2", "Notes of the Accountability Board of 12 October 2026", "PCC"),
                ("3", "Road safety", "Chief Superintendent, Roads Policing"),
                ("4", "Action log", "Head of Scrutiny"),
                ("5", "Date of next meeting", None)],
        notes_heading="Notes of the Accountability Board – 12 October 2026",
        notes_date="2026-10-12", notes_topic_label="Theme:", notes_topic="Tackling drug supply",
        notes_items=[
            NotesItem("1", "Introductions and apologies", text="All members were present."),
            NotesItem("2", "County lines", [
                Q("1", "How many county lines operating into the force area were closed in the last quarter?",
                  "Eleven lines were closed and 23 people charged. Intelligence suggests four new lines have opened in the same period.",
                  "Partly assured", "Partly assured", "Closures are welcome but new lines keep replacing them."),
                Q("2", "How are children exploited by county lines networks identified and supported?",
                  "Every child arrested in connection with a line is referred to the exploitation hub, and a specialist worker contacts them within five days.",
                  "Assured", "Assured", "The Commissioner praised the work of the hub.")],
                minuted=["AB 26/40"]),
            NotesItem("3", "Drug-related harm", [
                Q("1", "What is the Force doing to reduce drug-related deaths with health partners?",
                  "The Force shares overdose data with public health weekly and officers now carry naloxone in two of the four districts.",
                  "Partly assured", "Partly assured", "The Commissioner wants naloxone carried in every district.")],
                minuted=["AB 26/41"])],
        level_style="line", level_label="Level of assurance:",
        paper_title="Road safety",
        paper_paras=["This report sets out the Force's contribution to the regional road safety partnership.",
                     "Forty-one people were killed or seriously injured on the area's roads in the third quarter, eight fewer than a year earlier.",
                     "Speed enforcement at the 22 camera sites led to 9,480 notices; drink and drug driving arrests rose by 12 per cent.",
                     "The Board is asked to note the progress made."],
        log_title="Accountability Board – Action log",
        log_key="Key: green – complete; amber – in progress.",
        log_rows=[
            LogRow("AB 26/33", "2026-08-10", "Provide a breakdown of hate crime reports by district and strand.", "Head of Performance",
                   "Breakdown provided to the office in September.", "", "complete"),
            LogRow("AB 26/40", "2026-10-12", "Report how many new county lines have been identified since the last closures.",
                   "Detective Superintendent, Serious and Organised Crime", "Intelligence assessment under way; figures due in January.", "", "outstanding"),
            LogRow("AB 26/41", "2026-10-12", "Set out the costs and timetable of issuing naloxone to officers in every district.",
                   "ACC Local Policing", "Costed plan agreed by chief officers on 24 November 2026.", "", "complete")],
        log_topic_column=False, dividers=True, log_shading=True,
        looks=_looks(("DejaVu Serif", 11, "#003A70", "Police and Crime Commissioner for Humberside", "Page {page} of {pages}"),
                     ("DejaVu Sans", 10, "#003A70", "Notes – Accountability Board", "{page}"),
                     ("DejaVu Sans", 10.5, "#1A1A1A", "OFFICIAL", "Humberside Police – Page {page} of {pages}"),
                     ("DejaVu Sans Condensed", 9, "#003A70", "Action log", "Page {page} of {pages}"))),
    Pack(
        name="norfolk-pcc-paf-2026-12-02.docx",
        office="Police and Crime Commissioner for Norfolk",
        office_line="OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR NORFOLK",
        force="Norfolk Constabulary",
        title="Police Accountability Forum",
        meeting_date="2026-12-02", date_text="Wednesday 2 December 2026, 10:00", venue="Building 7, Jubilee House, Wymondham",
        topic_label="Topic:", topic="Violence against women and girls",
        agenda_head=("Item", "Title", "Lead"),
        agenda=[("1", "Attendance and apologies", None),
                ("2", "Declarations of personal or prejudicial interest", None),
                ("3", "Minutes of the previous meeting and action log", "OPCC"),
                ("4", "Violence against women and girls", "Detective Superintendent, Safeguarding"),
                ("5", "Finance monitoring report", "Chief Finance Officer"),
                ("6", "Any other business", None)],
        notes_heading="Minutes of the Police Accountability Forum held on 30 September 2026",
        notes_date="2026-09-30", notes_topic_label=None, notes_topic=None,
        notes_items=[
            NotesItem("1", "Attendance and apologies", text="Apologies were received from the Chief Constable; the Deputy Chief Constable attended."),
            NotesItem("2", "Minutes of the previous meeting", text="Agreed as a true record."),
            NotesItem("3", "Anti-social behaviour", [
                Q("1", "How has the number of reported incidents of anti-social behaviour changed this year?",
                  "Reports fell by six per cent to 11,204, with the largest fall in the coastal towns after summer patrols were increased.",
                  "Assured", "Assured", "The PCC welcomed the fall."),
                Q("2", "How are repeat victims of anti-social behaviour identified and supported?",
                  "A repeat caller is flagged after the third report in 28 days, but the review found that flags were missed in a fifth of cases.",
                  "Partly assured", "Partially assured", "The PCC asked for an audit of flagging."),
                Q("3", "Are community trigger reviews being completed on time?",
                  "Nine of the twelve reviews were completed within the target of 25 working days.",
                  "Partly assured", "Partially assured", "Progress noted; the PCC will look again in six months.")],
                minuted=["PAF 26/18"]),
            NotesItem("4", "Any other business", text="None.")],
        level_style="table", level_label="Level of assurance",
        paper_title="Violence against women and girls",
        paper_paras=["The Constabulary's violence against women and girls plan has four strands: trust, pursuit of perpetrators, safer spaces and workforce.",
                     "Rape charge rates rose from 7 to 10 per cent in the year to September; domestic abuse arrests were stable.",
                     "Forty-three Stalking Protection Orders were applied for, compared with 18 the year before.",
                     "The Forum is asked to note the report."],
        log_title="Action log – Police Accountability Forum",
        log_key="Status: Complete or Outstanding.",
        log_rows=[
            LogRow("PAF 26/12", "2026-07-22", "Circulate the findings of the rural crime survey to Forum members.", "Rural Crime Inspector",
                   "Circulated 8 August 2026.", "Complete", "complete"),
            LogRow("PAF 26/18", "2026-09-30", "Audit how repeat victims of anti-social behaviour are flagged and report the results to the PCC.",
                   "Head of Local Policing", "Audit under way in the Control Room; report due January 2027.", "Outstanding", "outstanding")],
        log_topic_column=False, dividers=False,
        looks=_looks(("DejaVu Sans", 11, "#006A4D", "Police Accountability Forum – 2 December 2026", "Page {page} of {pages}"),
                     ("DejaVu Serif", 10.5, "#006A4D", "Minutes", "Page {page} of {pages}"),
                     ("DejaVu Sans Condensed", 10.5, "#101820", "NOT PROTECTIVELY MARKED", "Norfolk Constabulary – {page}"),
                     ("DejaVu Sans", 9, "#006A4D", "Action log", "Page {page} of {pages}"))),
    Pack(
        name="sussex-pcc-pam-2026-12-11.docx",
        office="Police and Crime Commissioner for Sussex",
        office_line="Sussex Police and Crime Commissioner",
        force="Sussex Police",
        title="Performance and Accountability Meeting",
        meeting_date="2026-12-11", date_text="Friday 11 December 2026, 11:00", venue="Sackville House, Lewes, and webcast",
        topic_label=None, topic=None,
        agenda_head=("No.", "Agenda item", "Who"),
        agenda=[("1", "Welcome", "PCC"),
                ("2", "Minutes and actions from the last meeting", "PCC"),
                ("3", "Contact: 999 and 101", "ACC Operations"),
                ("4", "Vetting and professional standards", "Head of Professional Standards"),
                ("5", "Questions from the public", "PCC")],
        notes_heading="Performance and Accountability Meeting – Minutes – 16 October 2026",
        notes_date="2026-10-16", notes_topic_label=None, notes_topic=None,
        notes_items=[
            NotesItem("1", "Welcome", text="The PCC welcomed those watching the webcast."),
            NotesItem("2", "Drones and technology", [
                Q("1", "How often were drones deployed in the last quarter, and for what purposes?",
                  "Drones were deployed 318 times, mostly to search for missing people and to support firearms incidents.",
                  "Assured", "Assured", "Noted."),
                Q("2", "How does the Force make sure drone footage is kept and deleted lawfully?",
                  "Footage is deleted after 31 days unless it is evidence; an audit found three recordings kept longer than allowed.",
                  "Partly assured", "Partly assured", "The PCC asked for a repeat audit.")]),
            NotesItem("3", "Rape and serious sexual offences", [
                Q("1", "How long are victims waiting for a charging decision?",
                  "The average wait from report to charge is 402 days; cases are delayed at the digital forensics stage.",
                  "Not assured", "Not assured", "The PCC described the waits as unacceptable.")],
                minuted=["PAM 26/52"])],
        level_style="line", level_label="Assurance rating:",
        paper_title="Contact: 999 and 101",
        paper_paras=["In October 93 per cent of 999 calls were answered within ten seconds, above the national standard.",
                     "The average wait for 101 calls was 7 minutes 40 seconds; online reporting grew to 38 per cent of non-emergency contact.",
                     "Recruitment of 24 contact officers will be complete by February 2027.",
                     "The PCC is asked to note the report."],
        log_title="Action log (Performance and Accountability Meeting)",
        log_key="The log lists actions from the last three meetings.",
        log_rows=[
            LogRow("PAM 26/47", "2026-07-10", "Publish the Force's response to the inspection of custody on the PCC's website.", "OPCC Communications",
                   "Published 1 September 2026.", "Complete", "complete", topic="Custody"),
            LogRow("PAM 26/51", "2026-10-16", "Repeat the audit of drone footage retention and report the results.", "Head of Information Management",
                   "", "In progress", "outstanding", topic="Drones and technology"),
            LogRow("PAM 26/52", "2026-10-16", "Provide a plan to reduce the time taken to examine devices in rape investigations.",
                   "Head of Digital Forensics", "Plan received; additional examiners to start in January.", "Complete", "complete",
                   topic="Rape and serious sexual offences")],
        log_topic_column=True, dividers=False,
        looks=_looks(("DejaVu Sans", 11, "#1F3864", "Sussex PCC", "Page {page} of {pages}"),
                     ("DejaVu Sans", 10, "#1F3864", "Minutes – Performance and Accountability Meeting", "{page}"),
                     ("DejaVu Serif", 11, "#000000", "Sussex Police – OFFICIAL", "Page {page} of {pages}"),
                     ("DejaVu Sans Condensed", 9, "#1F3864", "Action log", "Page {page} of {pages}"))),
    Pack(
        name="york-north-yorkshire-dmpfc-pasb-2027-01-13.docx",
        office="Deputy Mayor for Policing, Fire and Crime",
        office_line="York and North Yorkshire Combined Authority – Policing, Fire and Crime",
        force="North Yorkshire Police",
        title="Police Accountability and Scrutiny Board",
        meeting_date="2027-01-13", date_text="Wednesday 13 January 2027, 13:30", venue="West Offices, York",
        topic_label="Theme:", topic="Serious violence",
        agenda_head=("Item", "Business", "Lead officer"),
        agenda=[("1", "Apologies and declarations of interest", None),
                ("2", "Notes of the last Board and matters arising", "Deputy Mayor"),
                ("3", "Serious violence", "Detective Chief Superintendent"),
                ("4", "Action log", "Governance and Scrutiny Officer"),
                ("5", "Forward plan", "Governance and Scrutiny Officer")],
        notes_heading="Notes of the Police Accountability and Scrutiny Board – 11 November 2026",
        notes_date="2026-11-11", notes_topic_label="Focus:", notes_topic="Victims and witnesses",
        notes_items=[
            NotesItem("1", "Apologies", text="Apologies from the Mayor."),
            NotesItem("2", "Victims and witnesses", [
                Q("1", "How many victims are told within five days whether their crime will be investigated?",
                  "Compliance with the Victims' Code update is 78 per cent; the Force has added an automatic reminder to the crime system.",
                  "Partly assured", "Partially assured", "The Deputy Mayor wants compliance above 90 per cent."),
                Q("2", "How are witnesses supported when trials are adjourned at short notice?",
                  "The witness care unit contacts every witness the same day; 96 per cent were contacted within 24 hours in October.",
                  "Assured", "Assured", "Good performance recognised."),
                Q("3", "What are victims telling the Force about their experience?",
                  "Satisfaction with being kept informed stands at 64 per cent and has not changed in a year.",
                  "Not assured", "Not assured", "The Deputy Mayor asked for an improvement plan.")],
                minuted=["PASB 26/07"])],
        level_style="line", level_label="Assurance:",
        paper_title="Serious violence",
        paper_paras=["This report updates the Board on the serious violence duty and the Force's violence reduction work.",
                     "Knife crime offences fell by 11 per cent in the year to November; hospital admissions for assault with a sharp object were stable.",
                     "Hotspot patrols in four town centres led to 61 arrests and 2,900 hours of visible patrol.",
                     "The Board is asked to note the report."],
        log_title="Police Accountability and Scrutiny Board – Action log",
        log_key="Status key: Complete / Open / Overdue.",
        log_rows=[
            LogRow("PASB 26/04", "2026-09-09", "Share the results of the rural crime survey with parish councils.", "Rural Taskforce Inspector",
                   "Shared with parish councils in October.", "Complete", "complete"),
            LogRow("PASB 26/07", "2026-11-11", "Provide an improvement plan for keeping victims informed.", "Head of Victim Services",
                   "Plan not yet received; chased on 5 January.", "Overdue", "outstanding")],
        log_topic_column=False, dividers=False,
        looks=_looks(("DejaVu Serif", 11, "#6B2C91", "York and North Yorkshire Combined Authority", "{page}"),
                     ("DejaVu Sans", 10, "#6B2C91", "Notes – not yet approved", "Page {page} of {pages}"),
                     ("DejaVu Sans Condensed", 10.5, "#00205B", "North Yorkshire Police – OFFICIAL", "Page {page} of {pages}"),
                     ("DejaVu Sans", 9, "#6B2C91", "Action log", "Page {page} of {pages}"))),
]


def main(names: list[str]) -> None:
    (HERE / "gold").mkdir(exist_ok=True)
    for pack in PACKS:
        if names and pack.name not in names:
            continue
        data = build_pdf(pack) if pack.name.endswith(".pdf") else build_docx(pack)
        (HERE / pack.name).write_bytes(data)
        record = gold(pack, data)
        (HERE / "gold" / f"{pack.name}.json").write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n")
        print(pack.name, len(data), "bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
