"""Scrutiny round 20 (blind, issue 4): packs built as Word documents the way offices
make them (Word's own styles, real list numbering, Table Grid with shaded header
rows, merged cells, OFFICIAL headers, page-number footers, dot-leader contents,
landscape action logs) and, for the PDFs, saved as PDF by LibreOffice.

Needs LibreOffice (`apt-get install libreoffice-writer-nogui`): `soffice` on PATH (samples/corpus/office_pdf.py).
Deterministic: Word archives with fixed zip times and core properties; the PDFs'
creation dates and document IDs are overwritten with fixed values of the same length, and
LibreOffice runs on one core with address randomisation off (`taskset`, `setarch -R`), else it
writes the embedded fonts in a varying order.

    .venv/bin/python samples/corpus/scrutiny-round20/generate.py

Gold goes to gold/<file>.json (staged in pending/ until the extractors were fixed); a PDF record's page is the first page whose
pdfplumber words hold the record's opening six words in order (within 60 words).
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import datetime
from pathlib import Path
import sys

import pdfplumber
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from office_pdf import docx_to_pdf  # noqa: E402
GOLD = HERE / "gold"
ZIP_TIME = (2026, 9, 1, 9, 0, 0)
WHEN = datetime(2026, 9, 1, 9, 0, 0)
CHECKED = ("Written by hand beside the text that prints it (round 20, blind); PDF pages from "
           "pdfplumber's words (first page holding a record's opening six words in order), "
           "checked with `scrutiny inspect`; DOCX pages null.")
BOLD = re.compile(r"(\*\*.+?\*\*|_\*.+?\*_)")


# ---------------------------------------------------------------- Word building
class Pack:
    """A Word document written the way an office writes one."""

    def __init__(self, *, header: str, footer: str, font: str = "DejaVu Sans") -> None:
        self.doc = Document()
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(20))
        normal = self.doc.styles["Normal"]
        normal.font.name, normal.font.size = font, Pt(11)
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
            style = self.doc.styles[name]
            style.font.name = font
            style.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        self.header, self.footer = header, footer
        self._furnish(section)

    def _furnish(self, section) -> None:
        header = section.header.paragraphs[0]
        header.text = self.header
        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
        header.runs[0].bold = True
        footer = section.footer.paragraphs[0]
        footer.add_run(self.footer + "\tPage ")
        _field(footer, "PAGE")
        footer.add_run(" of ")
        _field(footer, "NUMPAGES")
        footer.style.font.size = Pt(9)

    def para(self, text: str = "", style: str | None = None, size: float | None = None,
             align=None):
        paragraph = self.doc.add_paragraph(style=style)
        _runs(paragraph, text, size)
        if align is not None:
            paragraph.alignment = align
        return paragraph

    def heading(self, text: str, level: int) -> None:
        self.para(text, "Title" if level == 0 else f"Heading {level}")

    def numbered(self, items: list[str]) -> None:
        for item in items:
            self.para(item, "List Number")

    def bullets(self, items: list[str]) -> None:
        for item in items:
            self.para(item, "List Bullet")

    def contents(self, entries: list[tuple[str, str]]) -> None:
        """A contents list with tab-aligned, dot-leader page numbers."""
        for title, page in entries:
            paragraph = self.para(f"{title}\t{page}")
            paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT,
                                                              WD_TAB_LEADER.DOTS)

    def table(self, rows: list[list[str | None]], widths: list[float], *, header_rows: int = 1,
              fills: dict[tuple[int, int], str] | None = None,
              merges: list[tuple[int, int, int, int]] = (), header_fill: str = "D9E2F3",
              size: float = 10):
        table = self.doc.add_table(rows=len(rows), cols=len(widths))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for row in table.rows:
            for c, width in enumerate(widths):
                row.cells[c].width = Mm(width)
        for r in range(header_rows):
            mark = OxmlElement("w:tblHeader")
            mark.set(qn("w:val"), "true")
            table.rows[r]._tr.get_or_add_trPr().append(mark)
        for r0, c0, r1, c1 in merges:
            table.cell(r0, c0).merge(table.cell(r1, c1))
        for r, row in enumerate(rows):
            for c, content in enumerate(row):
                if content is None:
                    continue
                cell = table.cell(r, c)
                for i, line in enumerate(content.split("\n")):
                    paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    if line.startswith("• "):
                        paragraph.style = self.doc.styles["List Bullet"]
                        line = line[2:]
                    _runs(paragraph, f"**{line}**" if r < header_rows and line else line, size)
                if r < header_rows:
                    _shade(cell, header_fill)
                if fills and (r, c) in fills:
                    _shade(cell, fills[(r, c)])
        self.doc.add_paragraph()
        return table

    def page_break(self) -> None:
        self.doc.add_page_break()

    def new_section(self, landscape: bool) -> None:
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        if landscape:
            section.page_width, section.page_height = Mm(297), Mm(210)
        else:
            section.page_width, section.page_height = Mm(210), Mm(297)

    def docx(self, title: str, author: str) -> bytes:
        props = self.doc.core_properties
        props.title, props.author, props.last_modified_by = title, author, author
        props.created = props.modified = props.last_printed = WHEN
        props.revision = 1
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return _stable_zip(buffer.getvalue())


def _runs(paragraph, text: str, size: float | None = None) -> None:
    """Text with **bold** and _*italic*_ spans."""
    for part in BOLD.split(text):
        if not part:
            continue
        bold, italic = part.startswith("**"), part.startswith("_*")
        run = paragraph.add_run(part[2:-2] if bold or italic else part)
        run.bold = bold or None
        run.italic = italic or None
        if size:
            run.font.size = Pt(size)


def _field(paragraph, code: str) -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {code} "
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)


def _shade(cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _stable_zip(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def pdf_pages(data: bytes, records: dict) -> None:
    """Each paged record's page: the first page whose words hold its opening six words in order."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [[_norm(w["text"]) for w in page.extract_words()] for page in pdf.pages]
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        texts = [" ".join((page.extract_text() or "").split()) for page in pdf.pages]
    for record in records.get("meetings", []):
        if record.get("page") is None:
            record["page"] = next(n for n, text in enumerate(texts, 1) if record["title"] in text)
    for kind, field in (("actions", "text"), ("assurance_decisions", "question")):
        for record in records.get(kind, []):
            if record.get("page") is not None:
                continue
            want = [_norm(w) for w in record[field].split()[:6]]
            record["page"] = next((n for n, words in enumerate(pages, 1) if _holds(words, want)), None)
            assert record["page"], (kind, record[field])


def _norm(word: str) -> str:
    return re.sub(r"[^\w]", "", word.lower().replace("’", "'"))


def _holds(words: list[str], want: list[str]) -> bool:
    want = [w for w in want if w]
    for start, word in enumerate(words):
        if word != want[0]:
            continue
        i, at = 1, start
        while i < len(want) and at < start + 60:
            at += 1
            if at < len(words) and words[at] == want[i]:
                i += 1
            elif at >= len(words):
                break
        if i == len(want):
            return True
    return False


# ---------------------------------------------------------------- gold helpers
def document(kind: str, pages: int | None, title: str, force: str, organisation: str, date: str) -> dict:
    return {"page": None, "file_type": kind, "pages": pages, "doc_kind": "scrutiny_pack", "title": title,
            "force": force, "organisation": organisation, "meeting_date": date, "publication_date": None,
            "status": "ok"}


def meeting(date: str, title: str, organisation: str, topic: str | None, page: int | None = None) -> dict:
    return {"page": page, "meeting_date": date, "topic": topic, "organisation": organisation, "title": title}


def agenda(date: str, items: list[tuple[str, str, str | None]], page: int | None = 1) -> list[dict]:
    return [{"page": page, "meeting_date": date, "number": number, "title": title, "presenter": presenter}
            for number, title, presenter in items]


def decision(date: str, topic: str | None, number: str, question: str, evidence: str | None,
             assurance: str, commentary: str | None) -> dict:
    record = {"page": None, "meeting_date": date, "topic": topic, "question_number": number,
              "question": question, "assurance": assurance, "commentary": commentary}
    if evidence is not None:
        record["evidence_summary"] = evidence
    return record


def action(date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
           status: str, status_source: str | None, source: str, page: int | None = None) -> dict:
    record = {"page": page, "meeting_date": date, "topic": topic, "number": number, "text": text,
              "update": update, "status": status, "source": source}
    if status_source is not None:
        record["status_source"] = status_source
    return record


# ---------------------------------------------------------------- Kent (common: Word minutes)
def kent() -> tuple[Pack, dict]:
    org, force, date, prev = "Police and Crime Commissioner for Kent", "Kent Police", "2026-09-15", "2026-07-14"
    topic = "Neighbourhood crime"
    p = Pack(header="OFFICIAL", footer="Office of the Kent Police and Crime Commissioner")
    p.para("Office of the Kent Police and Crime Commissioner", size=12)
    p.heading("Performance and Accountability Meeting", 0)
    p.para("Tuesday 15 September 2026, 10:00 – 12:00")
    p.para("Kent Police Headquarters, Sutton Road, Maidstone, and broadcast online")
    p.heading("Contents", 2)
    p.contents([("Agenda", "1"), ("Minutes of the meeting held on 14 July 2026", "2"),
                ("Action log – September 2026", "4")])
    p.heading("Agenda", 1)
    items = [("1", "Welcome and apologies", "Commissioner"),
             ("2", "Minutes of the meeting held on 14 July 2026 and action log", "Chief Executive, OPCC"),
             ("3", "Serious violence and the violence reduction unit", "Assistant Chief Constable"),
             ("4", "Police and Crime Plan performance report, quarter 1", "Head of Performance and Analysis"),
             ("5", "Any other business", "Commissioner")]
    p.table([["Item", "Title", "Lead"]] + [list(i) for i in items], [18, 110, 42])
    p.para("Members of the public may submit questions for item 3 to the Commissioner's office "
           "no later than five working days before the meeting.", size=9)
    p.page_break()
    notes_title = "Minutes of the Performance and Accountability Meeting held on 14 July 2026"
    p.heading(notes_title, 1)
    p.para("**Present:** Police and Crime Commissioner (Chair); Chief Executive, OPCC; Chief Finance Officer, "
           "OPCC; Chief Constable; Deputy Chief Constable; Assistant Chief Constable (Local Policing); "
           "Detective Chief Superintendent, Head of Crime.")
    p.heading("1. Welcome and apologies", 2)
    p.para("The Commissioner welcomed those present. Apologies were received from the Director of Finance.")
    p.heading("2. Minutes of the previous meeting and action log", 2)
    p.para("The minutes of the meeting held on 12 May 2026 were agreed as a true record. The action log was "
           "reviewed; PAM/26/14 was closed.")
    p.heading("3. Neighbourhood crime", 2)
    p.para("The Assistant Chief Constable presented the paper on burglary, vehicle crime and robbery. The "
           "Force's internal audit of neighbourhood crime recording had given reasonable assurance on the "
           "controls in place.")
    q = [("How has the Force used the neighbourhood crime funding to reduce residential burglary, and what "
          "has changed since April?",
          "The Assistant Chief Constable said that the funding paid for two burglary teams in the north and west "
          "divisions. Residential burglary had fallen by 11 per cent since April and the solved rate had risen "
          "from 5.8 to 7.4 per cent.",
          "Reasonable", "Assured",
          "The Commissioner welcomed the fall in burglary and asked that the teams' results be reported each "
          "quarter."),
         ("What is the Force doing to support repeat victims of burglary?",
          "Repeat victims are identified by the crime bureau and offered a crime prevention visit. The Force "
          "could not yet say how many visits had taken place because the visits are not recorded on the "
          "crime system.",
          "Limited", "Partly assured",
          "The Commissioner was concerned that the Force could not show how many repeat victims had been "
          "visited and asked for the figures by district."),
         ("How many officers are trained to investigate vehicle crime, and is that enough?",
          "Sixty-two officers have completed the vehicle crime course and a further twenty are booked for "
          "the autumn. The Detective Chief Superintendent considered this sufficient for the current demand.",
          "Substantial", "Assured",
          "The Commissioner was satisfied with the training plan.")]
    decisions = []
    for n, (question, answer, level, canonical, comment) in enumerate(q, 1):
        p.para(f"**Question {n}: {question}**")
        p.para(answer)
        p.para(f"**Level of assurance: {level}**")
        p.para(comment)
        decisions.append(decision(prev, topic, str(n), question, answer, canonical, comment))
    minuted = "The Force to provide the Commissioner with the number of repeat burglary victims visited, by district."
    p.para(f"**ACTION:** {minuted} (PAM/26/21)")
    p.heading("4. Any other business", 2)
    p.para("There was no other business. The next meeting will be held on 15 September 2026.")
    p.new_section(landscape=True)
    p.heading("Action log – September 2026", 1)
    p.para("Actions closed at this meeting will be removed from the log before the next meeting.", size=9)
    rows = [["Ref", "Meeting", "Action", "Owner", "Update", "Status"],
            ["PAM/26/14", "12/05/2026", "Share the results of the victim satisfaction survey for the first quarter.",
             "Head of Performance", "Results shared with the OPCC on 2 June 2026.", "Complete"],
            ["PAM/26/17", "12/05/2026", "Provide an update on the recruitment of detectives to the public "
             "protection unit.", "Deputy Chief Constable", "Recruitment campaign delayed to October; an update "
             "will come to the November meeting.", "Carried forward"],
            ["PAM/26/21", "14/07/2026", minuted, "Assistant Chief Constable",
             "Visit records being added to the crime system; figures expected in October.", "Open"]]
    p.table(rows, [24, 24, 80, 38, 74, 24])
    records = {
        "documents": [document("pdf", None, "Performance and Accountability Meeting", force, org, date)],
        "meetings": [meeting(date, "Performance and Accountability Meeting", org, None, 1),
                     meeting(prev, notes_title, org, topic)],
        "agenda_items": agenda(date, items),
        "assurance_decisions": decisions,
        "actions": [action("2026-05-12", None, "PAM/26/14", rows[1][2], rows[1][4], "complete", "status_column", "action_tracker"),
                    action("2026-05-12", None, "PAM/26/17", rows[2][2], rows[2][4], "outstanding", "status_column", "action_tracker"),
                    action(prev, topic, "PAM/26/21", minuted, rows[3][4], "outstanding", "status_column", "action_tracker")],
    }
    return p, records


# ---------------------------------------------------------------- Essex (common: decision table, RAG log)
def essex() -> tuple[Pack, dict]:
    org = "Police, Fire and Crime Commissioner for Essex"
    force, date, prev = "Essex Police", "2026-09-22", "2026-07-21"
    topic = "Stalking and harassment"
    p = Pack(header="OFFICIAL", footer="Essex Police, Fire and Crime Commissioner – Performance and Resources Scrutiny Board")
    p.para("Police, Fire and Crime Commissioner for Essex", size=12)
    p.heading("Performance and Resources Scrutiny Board", 0)
    p.para("22 September 2026, 14:00, Room 1.12, Kelvedon Park, and via Microsoft Teams")
    p.para("**Chair:** Police, Fire and Crime Commissioner")
    p.heading("Agenda", 1)
    items = [("1", "Apologies for absence", "Chair"),
             ("2", "Notes of the last meeting and action log", "Strategic Head of Performance"),
             ("3", "Road safety and the Fatal Four", "Chief Superintendent, Roads Policing"),
             ("4", "Finance: month 4 budget monitoring", "Chief Finance Officer"),
             ("5", "HMICFRS inspection update", "Deputy Chief Constable"),
             ("6", "Any other business", "Chair")]
    p.table([["No.", "Agenda item", "Presenter"]] + [list(i) for i in items], [16, 104, 50])
    p.page_break()
    notes_title = "Notes of the Performance and Resources Scrutiny Board – 21 July 2026"
    p.heading(notes_title, 1)
    p.para("**Attendees:** PFCC (Chair), Chief Executive, Strategic Head of Performance, Deputy Chief Constable, "
           "Detective Superintendent (Public Protection), Head of Analysis.")
    p.para("Apologies were received from the Chief Finance Officer. The notes of the meeting on 19 May 2026 "
           "were agreed.")
    p.heading(f"Item 3 – {topic}", 2)
    p.para("The Detective Superintendent introduced the paper. The board noted that the Joint Audit Committee "
           "had taken assurance from the Force's stalking audit in June.")
    q = [("How quickly are stalking protection orders applied for once a stalking offence is reported?",
          "The median time from report to application was 23 days in 2025/26, against 31 days the year before. "
          "A dedicated solicitor now reviews every application.", "Assured",
          "The PFCC welcomed the faster applications."),
         ("How does the Force make sure that harassment reports are correctly recorded as stalking where the "
          "behaviour amounts to stalking?",
          "A monthly dip sample of 50 harassment crimes found 9 that should have been recorded as stalking. "
          "Training for the crime bureau is planned for the autumn.", "Partially assured",
          "The PFCC asked to see the next two dip samples before he can be assured."),
         ("What support is offered to victims while a case waits for a court date?",
          "Victims are referred to the independent stalking advocacy service. The service has a waiting list "
          "of six weeks and the Force could not say how many victims withdrew while waiting.", "Not assured",
          "The PFCC was not assured that victims are supported while they wait and will raise the waiting "
          "list with the commissioned service.")]
    canonical = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}
    p.table([["No.", "Question", "Essex Police response", "Assurance level", "PFCC comments"]]
            + [[str(n), qq, ans, lvl, com] for n, (qq, ans, lvl, com) in enumerate(q, 1)],
            [10, 44, 56, 24, 36])
    decisions = [decision(prev, topic, str(n), qq, ans, canonical[lvl], com) for n, (qq, ans, lvl, com) in enumerate(q, 1)]
    minuted = "Share the results of the next two harassment dip samples with the OPCC."
    p.para(f"**ACTION PRSB/26/09:** {minuted}")
    p.heading("Item 4 – Any other business", 2)
    p.para("None.")
    p.page_break()
    p.heading("Appendix 1 – Action log", 1)
    p.para("**RAG key**")
    green, amber, red = "00B050", "FFC000", "FF0000"
    p.table([["Colour", "Meaning"], ["", "Complete – action can be closed"], ["", "In progress and on track"],
             ["", "Overdue or at risk"]], [20, 90], fills={(1, 0): green, (2, 0): amber, (3, 0): red})
    rows = [["Ref", "Date raised", "Action", "Update", "RAG"],
            ["PRSB/26/04", "19/05/2026", "Provide the number of drink and drug driving arrests over the summer "
             "campaign.", "Figures provided to the board on 21 July 2026.", ""],
            ["PRSB/26/06", "19/05/2026", "Report on the use of the new speed enforcement vans.",
             "Vans in service from August; first report due to the November board.", ""],
            ["PRSB/26/09", "21/07/2026", minuted, "First dip sample shared on 28 August 2026; second due in "
             "September.", ""],
            ["PRSB/26/10", "21/07/2026", "Confirm the date of the HMICFRS revisit on crime recording.",
             "", ""]]
    p.table(rows, [24, 22, 60, 54, 12], fills={(1, 4): green, (2, 4): amber, (3, 4): amber, (4, 4): red})
    records = {
        "documents": [document("pdf", None, "Performance and Resources Scrutiny Board", force, org, date)],
        "meetings": [meeting(date, "Performance and Resources Scrutiny Board", org, None, 1),
                     meeting(prev, notes_title, org, topic)],
        "agenda_items": agenda(date, items),
        "assurance_decisions": decisions,
        "actions": [action("2026-05-19", None, "PRSB/26/04", rows[1][2], rows[1][3], "complete", "cell_shading", "action_tracker"),
                    action("2026-05-19", None, "PRSB/26/06", rows[2][2], rows[2][3], "outstanding", "cell_shading", "action_tracker"),
                    action(prev, topic, "PRSB/26/09", minuted, rows[3][3], "outstanding", "cell_shading", "action_tracker"),
                    action(prev, topic, "PRSB/26/10", rows[4][2], None, "outstanding", "cell_shading", "action_tracker")],
    }
    return p, records


# ---------------------------------------------------------------- Surrey (new: "Assurance statement:" per item)
def surrey() -> tuple[Pack, dict]:
    org, force, date, prev = "Police and Crime Commissioner for Surrey", "Surrey Police", "2026-09-29", "2026-07-28"
    p = Pack(header="OFFICIAL", footer="Office of the Police and Crime Commissioner for Surrey")
    p.heading("Joint Performance Meeting", 0)
    p.para("Police and Crime Commissioner for Surrey and the Chief Constable of Surrey Police")
    p.para("Tuesday 29 September 2026 at 09:30, Mount Browne, Guildford")
    p.heading("Agenda", 1)
    items = [("1", "Welcome and introductions", "PCC"),
             ("2", "Previous minutes and action log", "Chief Executive"),
             ("3", "Retail crime", "ACC Local Policing"),
             ("4", "Digital forensics backlog", "Head of Forensics"),
             ("5", "Date of next meeting", None)]
    p.numbered([f"{title} – {who}" if who else title for _, title, who in items])
    p.page_break()
    notes_title = "Joint Performance Meeting – Minutes – 28 July 2026"
    p.heading(notes_title, 1)
    p.heading("1. Welcome and introductions", 2)
    p.para("**Attendees:** PCC Jane Hollis (JH), Chief Executive Ravi Mehta (RM), Head of Performance Clare "
           "Dunn (CD), CC Tom Farrell (TF), DCC Amy Wolde (AW), ACC Ben Sharpe (BS), Supt Kay Linton (KL).")
    p.para("JH welcomed everyone to the meeting. Apologies were accepted from the Chief Finance Officer.")
    p.heading("2. Previous minutes and action log", 2)
    p.para("The minutes of 2 June 2026 were agreed. The action log is attached.")
    statements = []
    for title, requirement, acts, statement, level in (
        ("3. Contact centre performance",
         "The Commissioner requires a paper setting out 999 and 101 answer times over the last six months, "
         "the abandonment rate for 101 calls and the Force's plan to meet the national standard.",
         ["BS to provide the Commissioner with the 101 abandonment rate by hour of the day.",
          "KL to share the contact centre recruitment plan with the OPCC."],
         "The Commissioner was assured that 999 calls are answered within the national standard and that the "
         "recruitment plan will bring the contact centre to full strength by December. He asked that the 101 "
         "abandonment rate be reported at every meeting until it falls below 10 per cent.",
         "Assured"),
        ("4. Vetting",
         "The Commissioner requires an update on the vetting backlog, the number of officers and staff "
         "awaiting renewal of their vetting, and the steps taken to clear it.",
         ["AW to report the number of vetting renewals outstanding for more than three months."],
         "The Commissioner was partially assured. He recognised the extra vetting officers now in post, but the "
         "backlog of renewals had grown since the last meeting and the Force could not yet say when it would be "
         "cleared.",
         "Partly assured")):
        topic = title.split(". ", 1)[1]
        p.heading(title, 2)
        p.para(requirement)
        for text in acts:
            p.para(f"**Action** – {text}")
        p.para("**Assurance statement:**")
        p.para(statement)
        statements.append((topic, requirement, acts, statement, level))
    p.heading("5. Date of next meeting", 2)
    p.para("29 September 2026.")
    p.heading("Action log", 1)
    rows = [["Ref", "Meeting date", "Action", "Owner", "Update", "Status"],
            ["JPM 26/07", "02/06/2026", "Provide the number of shoplifting offences charged in each borough.",
             "ACC Local Policing", "Provided on 20 June 2026.", "Closed"],
            ["JPM 26/08", "02/06/2026", "Review the drone deployment policy and share it with the OPCC.",
             "Head of Operations", "Draft policy to be shared in October.", "Open"],
            ["JPM 26/09", "02/06/2026", "Arrange a visit for the Commissioner to the digital forensics unit.",
             "Head of Forensics", "", "Open"]]
    p.table(rows, [20, 22, 50, 28, 38, 16])
    # a sentence that only states the level is the level, no commentary: the gold keeps the words after it
    decisions = [decision(prev, topic, None, requirement, None, level,
                          statement.removeprefix("The Commissioner was partially assured. "))
                 for topic, requirement, _, statement, level in statements]
    for d in decisions:
        d.pop("question_number")
    actions = [action(prev, topic, None, text, None, "unknown", "none", "action_list")
               for topic, _, acts, _, _ in statements for text in acts]
    actions += [action("2026-06-02", None, "JPM 26/07", rows[1][2], rows[1][4], "complete", "status_column", "action_tracker"),
                action("2026-06-02", None, "JPM 26/08", rows[2][2], rows[2][4], "outstanding", "status_column", "action_tracker"),
                action("2026-06-02", None, "JPM 26/09", rows[3][2], None, "outstanding", "status_column", "action_tracker")]
    records = {
        "documents": [document("docx", None, "Joint Performance Meeting", force, org, date)],
        "meetings": [meeting(date, "Joint Performance Meeting", org, None),
                     meeting(prev, notes_title, org, None)],
        "agenda_items": agenda(date, items, page=None),
        "assurance_decisions": decisions,
        "actions": actions,
    }
    return p, records


# ---------------------------------------------------------------- Derbyshire (new: tick boxes for the level)
def derbyshire() -> tuple[Pack, dict]:
    org, force, date, prev = "Police and Crime Commissioner for Derbyshire", "Derbyshire Constabulary", "2026-10-06", "2026-09-01"
    topic = "Rural and wildlife crime"
    p = Pack(header="OFFICIAL", footer="Derbyshire Police and Crime Commissioner – Holding to Account")
    p.para("Derbyshire Police and Crime Commissioner", size=12)
    p.heading("Holding to Account Meeting", 0)
    p.para("Tuesday 6 October 2026, 10:00, Butterley Hall, Ripley")
    p.heading("Contents", 2)
    p.contents([("Agenda", "1"), ("Notes of the meeting held on 1 September 2026", "2"),
                ("Action tracker", "3")])
    p.heading("Agenda", 1)
    items = [("1", "Apologies and declarations of interest", "Chair"),
             ("2", "Notes of the previous meeting", "Chair"),
             ("3", "Action tracker", "Governance Officer"),
             ("4", "Violence against women and girls", "Detective Chief Superintendent"),
             ("5", "Questions from the public", "Chair"),
             ("6", "Any other business", "Chair")]
    p.table([["Item", "Subject", "Presented by"]] + [list(i) for i in items], [16, 104, 50])
    p.page_break()
    notes_title = "Holding to Account Meeting – Notes – 1 September 2026"
    p.heading(notes_title, 1)
    p.para(f"**Theme:** {topic}")
    p.para("**Present:** Police and Crime Commissioner (PCC), Chief Executive (CEx), Deputy Chief Constable (DCC), "
           "Inspector, Rural Crime Team (RCT).")
    p.para("The PCC's level of assurance on each question is marked in the box below it.")
    boxes = ("Assured", "Partially assured", "Not assured")
    q = [("How many officers and staff are in the rural crime team, and how are they deployed across the county?",
          "The team has one inspector, two sergeants and twelve constables, deployed from Bakewell and "
          "Ashbourne. Two further posts funded by the PCC will be filled in November.", "Assured",
          "The PCC was pleased that the extra posts will be filled this year."),
         ("What has the Force done to reduce the theft of farm machinery and quad bikes?",
          "Thefts fell from 96 to 71 in the year to July. The team marks machinery at farm events and works with "
          "the farmers' union on a tracking scheme, but only one in ten members has joined it.",
          "Partially assured",
          "The PCC asked the Force to set out how it will increase take-up of the tracking scheme."),
         ("How are wildlife crimes recorded, and how many led to a charge last year?",
          "Wildlife crimes are recorded on the crime system with a wildlife flag. The DCC could not give the "
          "number charged because the flag is not always used.", "Not assured",
          "The PCC was not assured that wildlife crime is recorded consistently.")]
    canonical = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}
    decisions = []
    for n, (question, answer, level, comment) in enumerate(q, 1):
        ticks = "     ".join(f"{'☒' if b == level else '☐'} {b}" for b in boxes)
        p.table([[f"Question {n}", question], ["Response", answer], ["Level of assurance", ticks],
                 ["PCC comment", comment]], [40, 130], header_rows=0,
                fills={(r, 0): "F2F2F2" for r in range(4)})
        decisions.append(decision(prev, topic, str(n), question, answer, canonical[level], comment))
    p.para("**Questions from the public:** one question was received about fly-tipping; the response will be "
           "published with these notes.")
    p.new_section(landscape=True)
    p.heading("Action tracker", 1)
    rows = [["No.", "Date of meeting", "Action", "Lead", "Target date", "Progress update", "Status"],
            ["HTA 41", "07/07/2026", "Provide the response times for rural emergency calls by section.", "DCC",
             "31/07/2026", "Report circulated 29 July 2026.", "Completed"],
            ["HTA 42", "07/07/2026", "Confirm the training plan for the new custody suite staff.", "Ch Supt Custody",
             "30/09/2026", "Plan drafted; awaiting sign-off by the Chief Officer Team.", "In progress"],
            ["HTA 45", "01/09/2026", "Set out a plan to increase take-up of the machinery tracking scheme.",
             "Inspector RCT", "30/11/2026", "", "Not started"],
            ["HTA 46", "01/09/2026", "Remind officers to apply the wildlife flag when recording wildlife crime.",
             "DCC", "31/10/2026", "Briefing issued to all officers on 15 September 2026.", "Completed"]]
    p.table(rows, [18, 26, 70, 28, 24, 70, 22])
    records = {
        "documents": [document("pdf", None, "Holding to Account Meeting", force, org, date)],
        "meetings": [meeting(date, "Holding to Account Meeting", org, None, 1),
                     meeting(prev, notes_title, org, topic)],
        "agenda_items": agenda(date, items),
        "assurance_decisions": decisions,
        "actions": [action("2026-07-07", None, "HTA 41", rows[1][2], rows[1][5], "complete", "status_column", "action_tracker"),
                    action("2026-07-07", None, "HTA 42", rows[2][2], rows[2][5], "outstanding", "status_column", "action_tracker"),
                    action(prev, topic, "HTA 45", rows[3][2], None, "outstanding", "status_column", "action_tracker"),
                    action(prev, topic, "HTA 46", rows[4][2], rows[4][5], "complete", "status_column", "action_tracker")],
    }
    return p, records


# ---------------------------------------------------------------- Gwent (new: the level in a shaded box)
def gwent() -> tuple[Pack, dict]:
    org, force, date, prev = "Police and Crime Commissioner for Gwent", "Gwent Police", "2026-10-13", "2026-09-08"
    p = Pack(header="OFFICIAL", footer="Office of the Police and Crime Commissioner for Gwent / Swyddfa Comisiynydd "
             "yr Heddlu a Throseddu Gwent")
    p.para("Police and Crime Commissioner for Gwent", size=12)
    p.heading("Strategy and Performance Board", 0)
    p.para("13 October 2026, 10:00, Police Headquarters, Llantarnam")
    p.heading("Agenda", 1)
    items = [("1", "Apologies", "Commissioner"),
             ("2", "Minutes and actions of the last meeting", "Chief of Staff"),
             ("3", "Anti-social behaviour", "Chief Superintendent"),
             ("4", "Medium-term financial plan", "Chief Finance Officer"),
             ("5", "Any other business", "Commissioner")]
    p.table([["Item", "Title", "Officer"]] + [list(i) for i in items], [16, 104, 50])
    p.page_break()
    notes_title = "Strategy and Performance Board – Summary notes – 8 September 2026"
    p.heading(notes_title, 1)
    p.para("Present: Commissioner (Chair), Deputy Commissioner, Chief of Staff, Chief Constable, Deputy Chief "
           "Constable, Chief Superintendent Operations, Head of Public Contact.")
    p.heading("1. Apologies", 2)
    p.para("Apologies were received from the Assistant Chief Officer (Resources).")
    decisions, minuted = [], {}
    q_no = 0
    for title, questions, act in (
        ("2. Public contact and 101", [
            ("What is the average time to answer a 101 call, and how does it compare with last year?",
             "The average answer time in August was 4 minutes 10 seconds, against 6 minutes 40 seconds in August "
             "2025. The online reporting form now takes a fifth of non-emergency contact.",
             "Assured", "The Commissioner noted the improvement and thanked the contact centre staff."),
            ("How does the Force call back people who abandon a 101 call?",
             "Abandoned calls from mobile numbers are called back within the hour where the caller's number is "
             "shown. The Force does not yet measure how many call-backs reach the caller.",
             "Partially assured", "The Commissioner asked for the call-back success rate to be measured.")],
         ("SPB 26/31", "Measure how many 101 call-backs reach the caller and report the rate to the Board.")),
        ("3. Custody", [
            ("How many detainees waited more than two hours to be booked in during the summer?",
             "One hundred and forty detainees waited more than two hours in July and August, most of them at "
             "Ystrad Mynach on Friday and Saturday nights. A second booking-in desk is being considered.",
             "Not assured", "The Commissioner was not assured that detainees are booked in promptly at busy "
             "times.")],
         ("SPB 26/32", "Bring a costed proposal for a second booking-in desk to the next Board."))):
        topic = title.split(". ", 1)[1]
        p.heading(title, 2)
        for question, answer, level, comment in questions:
            q_no += 1
            p.heading(f"Q{q_no}. {question}", 3)
            p.para(answer)
            p.table([[f"**Assurance level: {level}.** {comment}"]], [170], header_rows=0, fills={(0, 0): "DEEAF6"})
            decisions.append(decision(prev, topic, str(q_no), question, answer,
                                      {"Assured": "Assured", "Partially assured": "Partly assured",
                                       "Not assured": "Not assured"}[level], comment))
        p.para(f"**Action {act[0]}** – {act[1]}")
        minuted[act[0]] = (topic, act[1])
    p.heading("4. Any other business", 2)
    p.para("The Chief Constable briefed the Board on the Force's response to the HMICFRS inspection of custody "
           "planned for the spring. Internal audit had given reasonable assurance on the custody records review.")
    p.page_break()
    p.heading("Action log", 1)
    rows = [["Ref", "Raised", "Action", "Owner", "Status", "Comments"],
            ["SPB 26/24", "14/07/2026", "Provide the number of ASB case reviews held in each local authority area.",
             "Chief Superintendent", "Discharged", "Figures circulated 5 August 2026."],
            ["SPB 26/27", "14/07/2026", "Share the estates strategy with the Commissioner before it goes to the "
             "Chief Officer Group.", "Head of Estates", "Ongoing", "Strategy delayed to November."],
            ["SPB 26/31", "08/09/2026", minuted["SPB 26/31"][1], "Head of Public Contact", "Ongoing",
             "Telephony report being built."],
            ["SPB 26/32", "08/09/2026", minuted["SPB 26/32"][1], "Chief Superintendent Operations", "Overdue",
             "Proposal not received by the date set."]]
    p.table(rows, [20, 22, 54, 28, 18, 28])
    actions = [action("2026-07-14", None, "SPB 26/24", rows[1][2], rows[1][5], "complete", "status_column", "action_tracker"),
               action("2026-07-14", None, "SPB 26/27", rows[2][2], rows[2][5], "outstanding", "status_column", "action_tracker")]
    for row in rows[3:]:
        actions.append(action(prev, minuted[row[0]][0], row[0], row[2], row[5], "outstanding", "status_column", "action_tracker"))
    records = {
        "documents": [document("pdf", None, "Strategy and Performance Board", force, org, date)],
        "meetings": [meeting(date, "Strategy and Performance Board", org, None, 1),
                     meeting(prev, notes_title, org, None)],
        "agenda_items": agenda(date, items),
        "assurance_decisions": decisions,
        "actions": actions,
    }
    return p, records


# ---------------------------------------------------------------- South Yorkshire (mayoral; level inline after a dash)
def south_yorkshire() -> tuple[Pack, dict]:
    org = "Deputy Mayor for Policing and Crime"
    force, date, prev = "South Yorkshire Police", "2026-10-20", "2026-09-15"
    topic = "Neighbourhood policing"
    p = Pack(header="OFFICIAL", footer="South Yorkshire Mayoral Combined Authority – Policing and Crime")
    p.para("South Yorkshire Mayoral Combined Authority", size=12)
    p.heading("Public Accountability Board", 0)
    p.para("Chaired by the Deputy Mayor for Policing and Crime")
    p.para("Tuesday 20 October 2026, 13:00, Broad Street West, Sheffield")
    p.heading("Agenda", 1)
    items = [("1", "Welcome and apologies", "Deputy Mayor"),
             ("2", "Notes of the last meeting, matters arising and action log", "Head of Governance"),
             ("3", "Public questions", "Deputy Mayor"),
             ("4", "Child criminal exploitation", "Assistant Chief Constable"),
             ("5", "Police and Crime Plan performance", "Head of Performance"),
             ("6", "Any other business", "Deputy Mayor")]
    p.table([["Item", "Business", "Lead"]] + [list(i) for i in items], [16, 104, 50])
    p.page_break()
    notes_title = "Public Accountability Board – Notes of the meeting held on 15 September 2026"
    p.heading(notes_title, 1)
    p.para("Present: Deputy Mayor for Policing and Crime (Chair); Chief Constable; Assistant Chief Constable; "
           "Head of Governance, SYMCA; Head of Performance, SYMCA.")
    p.heading("1. Welcome and apologies", 2)
    p.para("None received.")
    p.heading(f"2. {topic}", 2)
    p.para("The Assistant Chief Constable presented the report. The questions below were sent to the Force "
           "before the meeting.")
    q = [("How many neighbourhood officers were taken off their teams to cover response shifts in the last "
          "quarter?",
          "Neighbourhood officers covered 412 response shifts between April and June, down from 655 in the same "
          "quarter last year. Abstractions are now approved by a superintendent.", "Fully assured",
          "the Deputy Mayor was pleased that abstractions had fallen and are now approved at a senior level."),
         ("How do neighbourhood teams tell communities what they are doing about the priorities raised at "
          "local meetings?",
          "Each team publishes a 'You said, we did' update online every month. Fewer than half of the teams "
          "published one in July.", "Partially assured",
          "the Deputy Mayor asked that every team publish its update each month and that compliance be "
          "reported to the next Board.")]
    decisions = []
    for n, (question, answer, level, comment) in enumerate(q, 1):
        p.para(f"**{n}. {question}**")
        p.para(f"**Response:** {answer}")
        p.para(f"**Deputy Mayor's assurance:** {level} – {comment}")
        decisions.append(decision(prev, topic, str(n), question, answer,
                                  {"Fully assured": "Assured", "Partially assured": "Partly assured"}[level], comment))
    minuted = "Report the number of neighbourhood teams publishing a monthly update to the next Board."
    p.para(f"**Action PAB 26/18:** {minuted}")
    p.heading("3. Any other business", 2)
    p.para("The Chief Constable said the Force would seek assurance from its partners on the winter plan.")
    p.new_section(landscape=True)
    p.heading("Action log – October 2026", 1)
    p.para("Complete actions are shown once and then removed.", size=9)
    rows = [["Action ref", "Meeting", "Action", "Owner", "Update", "Due date", "Status"],
            ["PAB 26/11", "21/07/2026", "Share the Force's analysis of repeat missing children with the Head of "
             "Governance.", "ACC", "Analysis shared on 12 August 2026.", "31/08/2026", "Complete"],
            ["PAB 26/14", "21/07/2026", "Provide a breakdown of stop and search by ethnicity for each district.",
             "Head of Performance", "Data compiled; to be presented at the November Board.", "30/11/2026",
             "On track"],
            ["PAB 26/18", "15/09/2026", minuted, "ACC", "", "20/10/2026", "Open"]]
    p.table(rows, [24, 24, 76, 28, 64, 24, 20])
    records = {
        "documents": [document("pdf", None, "Public Accountability Board", force, org, date)],
        "meetings": [meeting(date, "Public Accountability Board", org, None, 1),
                     meeting(prev, notes_title, org, topic)],
        "agenda_items": agenda(date, items),
        "assurance_decisions": decisions,
        "actions": [action("2026-07-21", None, "PAB 26/11", rows[1][2], rows[1][4], "complete", "status_column", "action_tracker"),
                    action("2026-07-21", None, "PAB 26/14", rows[2][2], rows[2][4], "outstanding", "status_column", "action_tracker"),
                    action(prev, topic, "PAB 26/18", minuted, None, "outstanding", "status_column", "action_tracker")],
    }
    return p, records


# ---------------------------------------------------------------- Hampshire (new: Word's own heading numbers, a
# decision table running over a page with its header repeated, a tracker with a merged Topic cell)
def _numbered_headings(pack: Pack) -> int:
    """A numbering definition ("1.", "2.", ...) for item headings, as Word's Define New Multilevel List makes."""
    numbering = pack.doc.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    level = OxmlElement("w:lvl")
    level.set(qn("w:ilvl"), "0")
    for tag, value in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        level.append(child)
    abstract.append(level)
    numbering.insert(0, abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "90")
    num.append(ref)
    numbering.append(num)
    return 90


def _number(paragraph, num_id: int) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id


def hampshire() -> tuple[Pack, dict]:
    org = "Police and Crime Commissioner for Hampshire and the Isle of Wight"
    force, date, prev = "Hampshire and Isle of Wight Constabulary", "2026-11-03", "2026-09-29"
    topic = "Response to domestic abuse"
    p = Pack(header="OFFICIAL", footer="Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight")
    num_id = _numbered_headings(p)
    p.para("Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight", size=12)
    p.heading("Police Accountability Board", 0)
    p.para("Tuesday 3 November 2026, 14:00 – 16:00, St George's Chambers, Winchester")
    p.heading("Agenda", 1)
    items = [("1", "Apologies and declarations of interest", "Chair"),
             ("2", "Minutes of the last meeting and action tracker", "Chief Executive"),
             ("3", "Fraud and cyber crime", "Detective Chief Superintendent"),
             ("4", "Workforce wellbeing", "Director of People"),
             ("5", "Any other business", "Chair")]
    p.table([["Item", "Title", "Presenter"]] + [list(i) for i in items], [16, 104, 50])
    p.page_break()
    notes_title = "Minutes of the Police Accountability Board held on 29 September 2026"
    p.heading(notes_title, 1)
    p.para("**Present:** Police and Crime Commissioner (Chair), Chief Executive, Chief Constable, Deputy Chief "
           "Constable, Detective Chief Superintendent (Public Protection), Head of Performance.")
    for title in ("Apologies", "Minutes of the last meeting and action tracker"):
        _number(p.para(title, "Heading 2"), num_id)
        p.para("Apologies were received from the Chief Finance Officer." if title == "Apologies"
               else "The minutes of 21 July 2026 were agreed. Actions PAB 45 and PAB 46 were closed.")
    _number(p.para(topic, "Heading 2"), num_id)
    p.para("The Detective Chief Superintendent presented the paper. The Commissioner's questions and the Force's "
           "responses are summarised below.")
    q = [("How many domestic abuse incidents were attended within the target time in the last quarter?",
          "• 78 per cent of emergency domestic abuse incidents were attended within the target time.\n"
          "• Attendance at priority incidents was slower: 61 per cent within the target.\n"
          "• A review of priority grading is under way.",
          "Partially assured", "The Commissioner asked for the review of priority grading to be shared when complete."),
         ("What proportion of domestic abuse arrests lead to a charge, and how does this compare with similar "
          "forces?",
          "• The charge rate after arrest was 24 per cent, in line with the most similar group of forces.\n"
          "• Evidence-led prosecutions rose from 96 to 131 in the year.",
          "Assured", "The Commissioner recognised the rise in evidence-led prosecutions."),
         ("How are domestic abuse risk assessments quality assured?",
          "• Every high-risk assessment is reviewed by a supervisor within 24 hours.\n"
          "• Medium and standard assessments are dip sampled each month; the last sample found 14 per cent "
          "with the risk level set too low.",
          "Partially assured", "The Commissioner was concerned by the number of assessments graded too low and "
          "asked for the next two dip samples."),
         ("What training have call handlers received on coercive control?",
          "• All call handlers completed an e-learning module in 2025.\n"
          "• Classroom training with the local domestic abuse service starts in January.",
          "Assured", "The Commissioner welcomed the classroom training."),
         ("How does the Force keep victims informed when a suspect is released under investigation?",
          "• Victims should be told within 24 hours of a suspect's release.\n"
          "• The Force could not say how often this happens because contact is not recorded in one place.",
          "Not assured", "The Commissioner was not assured that victims are told when a suspect is released.")]
    canonical = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}
    p.table([["No.", "Question", "Summary of response", "Assurance", "Rationale"]]
            + [[str(n), qq, ans, lvl, com] for n, (qq, ans, lvl, com) in enumerate(q, 1)],
            [10, 42, 64, 22, 32])
    decisions = [decision(prev, topic, str(n), qq, " ".join(line[2:] for line in ans.split("\n")),
                          canonical[lvl], com) for n, (qq, ans, lvl, com) in enumerate(q, 1)]
    minuted = ["Share the review of priority grading for domestic abuse incidents with the OPCC.",
               "Provide the next two dip samples of domestic abuse risk assessments."]
    p.para("**Actions**")
    p.numbered(minuted)
    _number(p.para("Any other business", "Heading 2"), num_id)
    p.para("None.")
    p.new_section(landscape=True)
    p.heading("Action tracker", 1)
    rows = [["Topic", "Ref", "Date", "Action", "Update", "Status"],
            ["Neighbourhood policing", "PAB 47", "21/07/2026", "Publish the neighbourhood team contact details on "
             "the Force website.", "Published on 1 September 2026.", "Complete"],
            [None, "PAB 48", "21/07/2026", "Report the number of PCSO vacancies by district.",
             "Vacancies reported to the OPCC; recruitment continues.", "Ongoing"],
            [topic, "PAB 51", "29/09/2026", minuted[0], "Review due to finish in November.", "Ongoing"],
            [None, "PAB 52", "29/09/2026", minuted[1], "First sample shared on 20 October 2026.", "Ongoing"]]
    p.table(rows, [40, 18, 22, 80, 70, 22], merges=[(1, 0, 2, 0), (3, 0, 4, 0)])
    actions = [action("2026-07-21", "Neighbourhood policing", "PAB 47", rows[1][3], rows[1][4], "complete", "status_column", "action_tracker"),
               action("2026-07-21", "Neighbourhood policing", "PAB 48", rows[2][3], rows[2][4], "outstanding", "status_column", "action_tracker"),
               action(prev, topic, "PAB 51", minuted[0], rows[3][4], "outstanding", "status_column", "action_tracker"),
               action(prev, topic, "PAB 52", minuted[1], rows[4][4], "outstanding", "status_column", "action_tracker")]
    records = {
        "documents": [document("pdf", None, "Police Accountability Board", force, org, date)],
        "meetings": [meeting(date, "Police Accountability Board", org, None, 1),
                     meeting(prev, notes_title, org, topic)],
        "agenda_items": agenda(date, items),
        "assurance_decisions": decisions,
        "actions": actions,
    }
    return p, records


# ---------------------------------------------------------------- Northumbria (a document control table, the
# meeting in the running header, a long tracker over two landscape pages with its header repeated)
def northumbria() -> tuple[Pack, dict]:
    org, force, date, prev = "Police and Crime Commissioner for Northumbria", "Northumbria Police", "2026-11-10", "2026-10-06"
    topic = "Road safety"
    p = Pack(header="OFFICIAL – Scrutiny Board – 10 November 2026", footer="Northumbria Police and Crime Commissioner")
    p.para("Northumbria Police and Crime Commissioner", size=12)
    p.heading("Scrutiny Board", 0)
    p.para("Tuesday 10 November 2026, 10:30, Middle Engine Lane, Wallsend")
    p.table([["Document control", None], ["Version", "1.2 (final)"], ["Date of issue", "3 November 2026"],
             ["Author", "Governance and Scrutiny Officer"], ["Protective marking", "OFFICIAL"]], [50, 120],
            merges=[(0, 0, 0, 1)])
    p.heading("Agenda", 1)
    items = [("1", "Apologies", "Chair"),
             ("2", "Notes of the meeting held on 6 October 2026", "Chair"),
             ("3", "Action tracker", "Governance and Scrutiny Officer"),
             ("4", "Hate crime", "Chief Superintendent, Communities"),
             ("5", "Any other business", "Chair")]
    p.table([["Item", "Title", "Lead officer"]] + [list(i) for i in items], [16, 104, 50])
    p.page_break()
    notes_title = "Scrutiny Board – Notes of the meeting held on 6 October 2026"
    p.heading(notes_title, 1)
    p.para("**Attendees:** PCC (Chair); Chief of Staff; Chief Constable; Assistant Chief Constable; Head of Roads Policing.")
    p.heading(f"Item 2: {topic}", 2)
    q = [("How many people were killed or seriously injured on the region's roads in the first half of the year?",
          "Two hundred and twelve people were killed or seriously injured between January and June, eighteen fewer "
          "than in the same period of 2025.", "Assured", "The PCC noted the reduction."),
         ("How does the Force use the footage sent in by the public through the dashcam portal?",
          "The portal received 4,100 submissions in the year. A third led to a warning letter or a course offer, but "
          "the backlog of unviewed footage is eight weeks.", "Partially assured",
          "The PCC asked for a plan to clear the backlog.")]
    decisions = []
    for n, (question, answer, level, comment) in enumerate(q, 1):
        p.para(f"**Q{n}** {question}")
        p.para(answer)
        p.para(f"**Outcome:** {level}. {comment}")
        decisions.append(decision(prev, topic, str(n), question, answer,
                                  {"Assured": "Assured", "Partially assured": "Partly assured"}[level], comment))
    p.new_section(landscape=True)
    p.heading("Action tracker – November 2026", 1)
    raised = ["07/04/2026", "07/04/2026", "05/05/2026", "05/05/2026", "02/06/2026", "02/06/2026", "07/07/2026",
              "07/07/2026", "08/09/2026", "08/09/2026", "06/10/2026", "06/10/2026"]
    texts = ["Share the results of the spring burglary campaign.",
             "Report the take-up of the new online crime tracker by victims.",
             "Provide the number of officers trained in trauma-informed interviewing.",
             "Confirm the plan for replacing the mobile data terminals in response vehicles, including the costs "
             "and the timetable agreed with the supplier and the training needed for officers before go-live.",
             "Circulate the draft neighbourhood engagement strategy.",
             "Report the outcome of the review of the 101 call-back service.",
             "Provide the figures for repeat missing children by local authority.",
             "Share the evaluation of the youth diversion pilot.",
             "Report on the use of body-worn video at domestic abuse incidents.",
             "Confirm the date for the next joint inspection of custody.",
             "Present a plan to clear the backlog of dashcam footage.",
             "Provide the killed and seriously injured figures for July to September."]
    updates = ["Results shared on 14 May 2026.", "Take-up of 38 per cent reported in June.",
               "146 officers trained; course continues in 2027.",
               "Supplier contract signed in September; installation starts in January 2027 and officers will be "
               "trained on the new terminals in December. Costs reported to the Joint Audit Committee.",
               "Draft circulated on 30 June 2026.", "Review delayed by the telephony upgrade.",
               "Figures provided on 4 August 2026.", "Evaluation due in December.",
               "Audit of body-worn video use under way.", "", "", "Figures circulated on 28 October 2026."]
    statuses = ["Closed", "Closed", "Closed", "Open", "Closed", "Open", "Closed", "Open", "Open", "Open", "Open",
                "Closed"]
    rows = [["No.", "Date raised", "Action", "Update", "Status"]]
    rows += [[f"SB{n:03d}", raised[i], texts[i], updates[i], statuses[i]] for i, n in enumerate(range(61, 73))]
    p.table(rows, [20, 26, 110, 90, 20])
    actions = []
    for row in rows[1:]:
        day, month, year = row[1].split("/")
        when = f"{year}-{month}-{day}"
        actions.append(action(when, topic if when == prev else None, row[0], row[2], row[3] or None,
                              "complete" if row[4] == "Closed" else "outstanding", "status_column", "action_tracker"))
    records = {
        "documents": [document("pdf", None, "Scrutiny Board", force, org, date)],
        "meetings": [meeting(date, "Scrutiny Board", org, None, 1),
                     meeting(prev, notes_title, org, topic)],
        "agenda_items": agenda(date, items),
        "assurance_decisions": decisions,
        "actions": actions,
    }
    return p, records


# ---------------------------------------------------------------- main
PACKS = {
    "kent-pcc-pam-2026-09-15.pdf": (kent, "Performance and Accountability Meeting"),
    "essex-pfcc-prsb-2026-09-22.pdf": (essex, "Performance and Resources Scrutiny Board"),
    "essex-pfcc-prsb-2026-09-22-word.docx": (essex, "Performance and Resources Scrutiny Board"),
    "surrey-pcc-jpm-2026-09-29.docx": (surrey, "Joint Performance Meeting"),
    "derbyshire-pcc-hta-2026-10-06.pdf": (derbyshire, "Holding to Account Meeting"),
    "gwent-pcc-spb-2026-10-13.pdf": (gwent, "Strategy and Performance Board"),
    "south-yorkshire-mca-pab-2026-10-20.pdf": (south_yorkshire, "Public Accountability Board"),
    "hampshire-pcc-pab-2026-11-03.pdf": (hampshire, "Police Accountability Board"),
    "northumbria-pcc-sb-2026-11-10.pdf": (northumbria, "Scrutiny Board"),
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    for name, (build, title) in PACKS.items():
        pack, records = build()
        data = pack.docx(title, "Office of the Commissioner")
        if name.endswith(".pdf"):
            data = docx_to_pdf(data)
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                records["documents"][0]["pages"] = len(pdf.pages)
            pdf_pages(data, records)
        else:
            records["documents"][0]["file_type"] = "docx"
            records["documents"][0]["pages"] = None
            for kind, rows in records.items():
                for record in rows:
                    record["page"] = None
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        print(name, len(data), {k: [r["page"] for r in v] for k, v in records.items() if k in ("actions", "assurance_decisions")})


if __name__ == "__main__":
    main()
