"""Held-out scrutiny round 37: eight packs of PCC, PFCC and mayoral offices of the south, east and London,
with their hand-checked gold in gold/ (held out and scored in session 8, then promoted in session 9).

Each builder writes the pack's blocks and, from the same data, its gold records, so the gold says what
the page says. A PDF record's page is the first page, from its section's page on, whose text or table
cells hold the start of its key text.

    .venv/bin/python samples/corpus/scrutiny-round37/generate.py [NAME-PREFIX ...]
"""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

import pdfplumber
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent))
import scrutiny_common  # noqa: E402,F401  (puts scrutiny-round3's render module on sys.path)
from office_pdf import docx_to_pdf  # noqa: E402
from render import Break, Bul, H, P, PdfLook, T, _stable_zip, register_dejavu_serif, render_pdf  # noqa: E402

from generator.model import plain, runs  # noqa: E402

WHEN = datetime(2028, 1, 4, 9, 0, 0)
CHECKED = ("Written blind for held-out round 37; every record hand-checked against the rendered document "
           "and `scrutiny inspect` (layout only) by the round's writer.")
GREEN, RED, AMBER, BLUE, GREY = "#00b050", "#ff0000", "#ffc000", "#5b9bd5", "#d9d9d9"


def long_date(d: date) -> str:
    return f"{d:%A} {d.day} {d:%B %Y}"


def day_month_year(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


# --- gold records ------------------------------------------------------------------------------------


class Gold:
    """The records of one pack; `_key` / `_after` (text on the page; the section it is in) set a PDF
    record's page and are dropped when written."""

    def __init__(self) -> None:
        self.records: dict[str, list[dict]] = {t: [] for t in
                                               ("documents", "meetings", "agenda_items", "assurance_decisions",
                                                "actions", "grades")}

    def document(self, **fields) -> None:
        self.records["documents"].append({"page": None, "file_type": None, "doc_kind": "scrutiny_pack",
                                          "status": "ok", "publication_date": None, **fields})

    def meeting(self, key: str, when: date, topic: str | None, organisation: str, title: str) -> None:
        self.records["meetings"].append({"_key": key, "meeting_date": when.isoformat(), "topic": topic,
                                         "organisation": organisation, "title": plain(title)})

    def agenda(self, after: str, when: date, number: str, title: str, presenter: str | None) -> None:
        self.records["agenda_items"].append({"_after": after, "_key": title, "meeting_date": when.isoformat(),
                                             "number": number, "title": title, "presenter": presenter})

    def decision(self, after: str, when: date, topic: str | None, number: str, question: str, evidence: str,
                 assurance: str | None, commentary: str | None) -> None:
        self.records["assurance_decisions"].append(
            {"_after": after, "_key": question, "meeting_date": when.isoformat(), "topic": topic,
             "question_number": number, "question": question, "evidence_summary": evidence,
             "assurance": assurance, "commentary": commentary})

    def action(self, after: str, key: str, when: date | None, topic: str | None, number: str, text: str,
               update: str | None, status: str, status_source: str) -> None:
        self.records["actions"].append(
            {"_after": after, "_key": key, "meeting_date": when.isoformat() if when else None, "topic": topic,
             "number": number, "text": text, "update": update, "status": status, "status_source": status_source,
             "source": "action_tracker"})


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip().lower()


def _page_texts(pdf: bytes) -> list[list[str]]:
    """Per page: the page's text and each table cell's text, whitespace collapsed."""
    out = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            texts = [_norm(page.extract_text() or "")]
            for table in page.extract_tables():
                texts += [_norm(cell) for row in table for cell in row if cell]
            out.append(texts)
    return out


def _find(pages: list[list[str]], text: str, start: int) -> int:
    key = _norm(plain(text))[:45]
    for number in range(start, len(pages) + 1):
        if any(key in t for t in pages[number - 1]):
            return number
    raise ValueError(f"{text!r} is on no page from {start} on")


def finish(gold: Gold, data: bytes, name: str) -> dict:
    """The gold file: documents' file type and pages, every other record's page (null in a Word file)."""
    pdf = name.endswith(".pdf")
    pages = _page_texts(data) if pdf else []
    document = gold.records["documents"][0]
    document["file_type"] = "pdf" if pdf else "docx"
    if pdf:
        document["pages"] = len(pages)
    records: dict[str, list[dict]] = {"documents": gold.records["documents"]}
    for kind, found in gold.records.items():
        if kind == "documents":
            continue
        records[kind] = []
        for record in found:
            fields = dict(record)
            after, key = fields.pop("_after", None), fields.pop("_key")
            page = None
            if pdf:
                page = _find(pages, key, _find(pages, after, 1) if after else 1)
            records[kind].append({"page": page, **fields})
    return {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}


# --- Word ----------------------------------------------------------------------------------------------


def _word_runs(paragraph, text: str, size: float | None = None, bold: bool = False) -> None:
    """``**bold**``, ``*italic*``, ``{#rrggbb|colour}`` and ``~~struck through~~`` as Word runs."""
    for i, piece in enumerate(text.split("~~")):
        for run in runs(piece):
            for j, line in enumerate(run.text.split("\n")):
                if j:
                    paragraph.add_run().add_break()
                out = paragraph.add_run(line)
                out.bold = run.bold or bold or None
                out.italic = run.italic or None
                out.font.strike = bool(i % 2) or None
                if size:
                    out.font.size = Pt(size)
                if run.colour:
                    out.font.color.rgb = RGBColor.from_string(run.colour[1:].upper())


def _shade(cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill[1:].upper())
    cell._tc.get_or_add_tcPr().append(shd)


def _page_field(paragraph, prefix: str) -> None:
    paragraph.add_run(prefix).font.size = Pt(8)
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run, text = OxmlElement("w:r"), OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def word(blocks: list, *, title: str, author: str, header: str | None, footer: str) -> bytes:
    """A Word file in Word's own styles: Title (an H of level 0), Heading 1-3, List Bullet, Table Grid with a
    shaded header row repeated on each page, merged cells, a running header and a footer with a PAGE field."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(20))
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(11)
    for style_name, size in (("Title", 22), ("Heading 1", 15), ("Heading 2", 13), ("Heading 3", 11.5)):
        style = document.styles[style_name]
        style.font.name, style.font.size, style.font.bold = "Arial", Pt(size), True
        style.font.color.rgb = RGBColor(0x1F, 0x38, 0x64) if style_name == "Title" else RGBColor(0, 0, 0)
    if header:
        paragraph = section.header.paragraphs[0]
        _word_runs(paragraph, header, 8)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _page_field(section.footer.paragraphs[0], footer)
    for block in blocks:
        if isinstance(block, H):
            _word_runs(document.add_paragraph(style="Title" if block.level == 0 else f"Heading {block.level}"),
                       block.text)
        elif isinstance(block, P):
            paragraph = document.add_paragraph()
            if block.indent:
                paragraph.paragraph_format.left_indent = Pt(block.indent)
            if block.hang:
                paragraph.paragraph_format.first_line_indent = Pt(-block.indent)
                _word_runs(paragraph, block.hang + "\t", block.size)
            _word_runs(paragraph, block.text, block.size)
        elif isinstance(block, Bul):
            for item in block.items:
                _word_runs(document.add_paragraph(style="List Bullet 2" if block.level else "List Bullet"), item)
        elif isinstance(block, T):
            _word_table(document, block)
        elif isinstance(block, Break):
            document.add_page_break()
    props = document.core_properties
    props.title, props.author, props.last_modified_by = title, author, author
    props.created = props.modified = props.last_printed = WHEN
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return _stable_zip(buffer.getvalue())


def _word_table(document, table: T) -> None:
    out = document.add_table(rows=len(table.rows), cols=len(table.widths))
    out.style = document.styles["Table Grid" if table.bordered else "Normal Table"]
    out.autofit = False
    total = sum(table.widths)
    for c, width in enumerate(table.widths):  # LibreOffice reads the grid's widths, Word the cells'
        out.columns[c].width = Mm(170 * width / total)
        for cell in out.columns[c].cells:
            cell.width = Mm(170 * width / total)
    for r in range(table.header_rows):
        mark = OxmlElement("w:tblHeader")
        mark.set(qn("w:val"), "true")
        out.rows[r]._tr.get_or_add_trPr().append(mark)
    for r, c, nr, nc in table.spans:
        out.cell(r, c).merge(out.cell(r + nr - 1, c + nc - 1))
    for r, row in enumerate(table.rows):
        for c, content in enumerate(row):
            if content is None:
                continue
            cell = out.cell(r, c)
            parts = content if isinstance(content, tuple) else (content,)
            first = cell.paragraphs[0]
            for part in parts:
                for item in (part.items if isinstance(part, Bul) else (str(part),)):
                    paragraph = first if first is not None else cell.add_paragraph()
                    first = None
                    if isinstance(part, Bul):
                        paragraph.style = document.styles["List Bullet"]
                    _word_runs(paragraph, item, 10, bold=r < table.header_rows)
            if (r, c) in table.fills:
                _shade(cell, table.fills[(r, c)])
            elif r < table.header_rows:
                _shade(cell, GREY)


def word_pdf(blocks: list, **kwargs) -> bytes:
    return docx_to_pdf(word(blocks, **kwargs))


# --- helpers shared by the packs -----------------------------------------------------------------------


def agenda_table(gold: Gold, after: str, when: date, header: tuple[str, ...], rows: list[tuple],
                 widths: tuple[float, ...], presenter_col: int, title_col: int = 1) -> T:
    """An agenda table whose first column numbers the items; every row is an item."""
    for row in rows:
        presenter = row[presenter_col]
        gold.agenda(after, when, row[0], row[title_col], presenter if presenter not in ("", "–") else None)
    return T(rows=(tuple(f"**{h}**" for h in header),) + tuple(tuple(r) for r in rows), widths=widths,
             header_rows=1)


# --- 1. Sussex: Word -> PDF, the common three-column decision table, status by coloured squares ------------


def sussex() -> tuple[bytes, dict]:
    g = Gold()
    org, force = "Police and Crime Commissioner for Sussex", "Sussex Police"
    board = "Performance & Accountability Meeting"
    this, notes = date(2028, 1, 18), date(2027, 12, 7)
    theme, item = "Rural and wildlife crime", "Stalking and harassment"
    notes_heading = f"Notes of the {board} held on {day_month_year(notes)}"
    g.document(title=board, force=force, organisation=org, meeting_date=this.isoformat())
    g.meeting(board, this, theme, org, board)
    g.meeting(notes_heading, notes, item, org, notes_heading)
    blocks: list = [
        P(f"**{org}**"),
        H(board, 0),
        P(f"**Date:** {long_date(this)}"),
        P("**Time:** 10.00am – 12.30pm"),
        P("**Venue:** Sackville House, Lewes, and online via Microsoft Teams"),
        P(f"**Theme:** {theme}"),
        H("Agenda", 1),
        agenda_table(g, "Agenda", this, ("Item", "Title", "Presented by"), [
            ("1", "Welcome and apologies", "PCC"),
            ("2", f"Notes of the meeting held on {day_month_year(notes)} and matters arising",
             "Head of Performance (OPCC)"),
            ("3", "Action tracker 2027/28 – an update", "Head of Performance (OPCC)"),
            ("4", theme, "Assistant Chief Constable, Local Policing"),
            ("5", "Force performance report: quarter 3", "Deputy Chief Constable"),
            ("6", "Any other business", "PCC"),
            ("7", "Date of the next meeting: Tuesday 21 March 2028", "–"),
        ], (1, 6, 3), presenter_col=2),
        Break(),
        H(notes_heading, 1),
        P("**Present:** Police and Crime Commissioner (Chair); Chief Executive, OPCC; Chief Constable; "
          "Detective Chief Superintendent, Public Protection; Head of Performance (OPCC)."),
        H("1. Welcome and apologies", 2),
        P("The PCC welcomed those present. Apologies were received from the Deputy Chief Constable."),
        H(f"2. {item}", 2),
        P("The Detective Chief Superintendent presented the force's paper on its response to stalking and "
          "harassment. The PCC's questions, the evidence given and the PCC's decision on each are recorded below."),
    ]
    questions = [
        ("How many stalking protection orders has the force applied for in the last twelve months, and how does "
         "it decide when to apply?",
         ["Fourteen full orders and six interim orders were applied for between December 2026 and November 2027.",
          "A stalking coordinator screens every high-risk case for an order within five working days.",
          "Applications are approved by a detective inspector before they go to court."],
         "Assured", "Assured",
         "The PCC noted the rise in applications and thanked the stalking coordinator for her work."),
        ("What is the force doing to make sure that stalking is recognised at the first report, rather than "
         "recorded as harassment?",
         ["A crime recording audit in September found that 22 of 60 harassment crimes should have been recorded "
          "as stalking.",
          "Call handlers now use a stalking prompt in the initial risk assessment.",
          "Refresher training for response officers begins in February 2028."],
         "Partly Assured", "Partly assured",
         "The PCC asked for the audit to be repeated once the training has been delivered."),
        ("How are victims of stalking kept informed and supported while the investigation is under way?",
         ["Victims are referred to the independent stalking advocacy service when the crime is recorded.",
          "The force could not yet report how often victims were updated in line with the Victims' Code."],
         "Not Assured", "Not assured",
         "The PCC was concerned that compliance with the Victims' Code could not be evidenced and asked for a "
         "briefing."),
    ]
    rows = [("**Question**", "**Brief Summary of Evidence**", "**Decision of PCC**")]
    for n, (question, evidence, raw, level, comment) in enumerate(questions, 1):
        rows.append((f"**{n}. {question}**", (Bul(tuple(evidence)),), (f"**{raw}**", f"*{comment}*")))
        g.decision(notes_heading, notes, item, str(n), question, " ".join(evidence), level, comment)
    blocks.append(T(rows=tuple(rows), widths=(3, 5, 2.4), header_rows=1))
    minuted = [
        ("PAM 27/41", "That the force share the results of the stalking protection order audit with the OPCC.",
         "Audit results shared with the OPCC on 20 December 2027.", True),
        ("PAM 27/42", "That a briefing on the stalking advocacy service and Victims' Code compliance be arranged "
         "for the PCC.", "Briefing arranged for 1 February 2028.", False),
    ]
    blocks.append(P("**Actions**"))
    for n, (_, text, _, _) in enumerate(minuted, 1):
        blocks.append(P(text, indent=18, hang=f"{n}"))
    blocks += [H("3. Any other business", 2), P("There was no other business."), Break(),
               H("Action Tracker 2027/28", 1),
               P(f"{{{GREEN}|■}} = Action Complete          {{{RED}|■}} = Action Outstanding")]
    tracker = [
        ("Retail crime", "PAM 27/30", date(2027, 10, 12),
         "Provide the PCC with the number of retail crime offenders subject to a criminal behaviour order.",
         "Figures provided to the OPCC on 3 November 2027: 17 orders are in force.", True),
        ("Retail crime", "PAM 27/31", date(2027, 10, 12),
         "Arrange for the Business Crime Reduction Partnership to present at a future meeting.",
         "To be scheduled once the partnership's new coordinator is in post.", False),
        ("Contact management", "PAM 27/36", date(2027, 10, 12),
         "Share the evaluation of the 101 call-back pilot with the OPCC.",
         "The evaluation is due at the end of February 2028.", False),
    ] + [(item, ref, notes, text, update, done) for ref, text, update, done in minuted]
    rows = [("**Topic**", "**Ref**", "**Action**", "**Update**", "**Status**")]
    for topic, ref, raised, text, update, done in tracker:
        rows.append((f"**{topic}**", ref, text, update, f"{{{GREEN if done else RED}|■}}"))
        is_minuted = ref in {m[0] for m in minuted}
        g.action(notes_heading if is_minuted else "Action Tracker 2027/28", text, raised if is_minuted else None,
                 topic, ref, text, update, "complete" if done else "outstanding", "glyph_colour")
    spans = ((1, 0, 2, 1), (4, 0, 2, 1))
    blocks.append(T(rows=tuple(r if i not in (2, 5) else (None,) + r[1:] for i, r in enumerate(rows)),
                    widths=(2.6, 1.6, 4, 4, 1.4), header_rows=1, spans=spans))
    blocks += [Break(), H("Report to the Performance & Accountability Meeting", 1),
               P(f"**Report title:** {theme}"), P(f"**Meeting date:** {long_date(this)}"),
               P("**Report by:** Assistant Chief Constable, Local Policing"),
               H("Areas of focus", 2),
               Bul(("How the force's rural crime team is resourced across East and West Sussex.",
                    "What the force knows about the theft of farm machinery and livestock.",
                    "How the force works with partners to tackle wildlife and heritage crime.")),
               P("The force is asked to provide data for the last twelve months, with comparisons with the "
                 "year before where they are available.")]
    data = word_pdf(blocks, title=board, author="OPCC Sussex", header="OFFICIAL", footer="Page ")
    return data, g


# --- 2. Hertfordshire: Word, Heading 3 questions with an assurance line --------------------------------------


def hertfordshire() -> tuple[bytes, dict]:
    g = Gold()
    org, force = "Police and Crime Commissioner for Hertfordshire", "Hertfordshire Constabulary"
    board = "Strategic Executive Board"
    this, notes = date(2028, 2, 1), date(2027, 11, 23)
    focus, item = "Violence against women and girls", "Burglary and robbery"
    notes_heading = f"Minutes of the {board} held on {day_month_year(notes)}"
    g.document(title=board, force=force, organisation=org, meeting_date=this.isoformat())
    g.meeting(board, this, focus, org, board)
    g.meeting(notes_heading, notes, item, org, notes_heading)
    blocks: list = [
        P(f"**{org}**"), H(board, 0),
        P(f"**Date:** {long_date(this)}, 2.00pm"), P("**Venue:** Police Headquarters, Welwyn Garden City"),
        P(f"**Focus of the meeting:** {focus}"),
        H("Agenda", 1),
        agenda_table(g, "Agenda", this, ("No.", "Item", "Lead", "Paper"), [
            ("1", "Apologies and declarations of interest", "Chair", "–"),
            ("2", f"Minutes of the meeting of {day_month_year(notes)}", "Chief Executive", "A"),
            ("3", "Action log", "Chief Executive", "B"),
            ("4", focus, "Detective Chief Superintendent, Public Protection", "C"),
            ("5", "Finance update: quarter 3", "Chief Finance Officer", "D"),
            ("6", "Any other business", "Chair", "–"),
        ], (0.8, 5, 4, 1), presenter_col=2),
        Break(),
        P("**Paper A**"), H(notes_heading, 1),
        P("**Present:** Police and Crime Commissioner (Chair), Chief Executive, Chief Finance Officer, "
          "Chief Constable, Assistant Chief Constable (Local Policing)."),
        H("1. Apologies and declarations of interest", 2), P("There were no apologies and no declarations."),
        H(f"2. {item}", 2),
        P("The Assistant Chief Constable introduced the force's report. The Commissioner put three questions."),
    ]
    questions = [
        ("What has the force done to raise the proportion of residential burglaries that are solved?",
         ["Every residential burglary is now attended by a crime scene investigator within 48 hours.",
          "The solved rate rose from 4.1 per cent to 6.3 per cent over the year."],
         "Assured", "Assured", "The PCC welcomed the improvement and asked that it be sustained."),
        ("How does the force target repeat burglary victims with crime prevention advice?",
         ["Repeat victims receive a visit from a crime prevention officer within a week.",
          "Take-up of the free target-hardening offer is 38 per cent."],
         "Partially assured", "Partly assured",
         "The PCC asked why take-up remains low and how it could be improved."),
        ("What does the force know about the people committing personal robbery, and how is that informing its "
         "response?",
         ["A robbery problem profile is being written and will be completed in January.",
          "Most known offenders are aged under 25."],
         "Not assured", "Not assured", "The PCC asked for the problem profile to be brought to the Board."),
    ]
    for n, (question, evidence, raw, level, comment) in enumerate(questions, 1):
        blocks += [H(f"Question {n}", 3), P(f"**{question}**"), P("*Response:*"), Bul(tuple(evidence)),
                   P(f"**Assurance level:** {raw}"), P(f"**PCC comment:** {comment}")]
        g.decision(notes_heading, notes, item, str(n), question, " ".join(evidence), level, comment)
    blocks.append(P("**Actions arising**"))
    log = [
        ("SEB 27/09", date(2027, 9, 21), "Report the outcome of the drone trial in rural burglary hot spots.",
         "Superintendent, Operations", "Trial report presented to the Board in November.", "Complete"),
        ("SEB 27/12", date(2027, 9, 21),
         "Confirm funding for the second year of the domestic abuse perpetrator programme.",
         "Chief Finance Officer", "Bid submitted to the Home Office; decision expected in March 2028.",
         "In progress"),
        ("SEB 27/18", notes, "Provide a breakdown of burglary solved rates by community safety partnership area.",
         "Head of Performance", "Breakdown circulated on 12 December 2027.", "Complete"),
        ("SEB 27/19", notes, "Bring the robbery problem profile to the February Board.",
         "Detective Chief Inspector, Intelligence", "Profile delayed; now due at the April Board.", "In progress"),
        ("SEB 27/20", notes,
         "Write to the community safety partnerships about shared funding for target-hardening.",
         "Chief Executive", "", "Not started"),
    ]
    for ref, _, text, *_ in log[2:4]:
        blocks.append(P(f"**{ref}:** {text}"))
    blocks += [H("3. Any other business", 2), P("None."), Break(), P("**Paper B**"), H("Action log", 1)]
    rows = [("**Ref**", "**Date raised**", "**Action**", "**Owner**", "**Update**", "**Status**")]
    for ref, raised, text, owner, update, status in log:
        rows.append((ref, f"{raised:%d/%m/%Y}", text, owner, update, status))
        g.action("", text, raised, item if raised == notes else None, ref, text, update or None,
                 "complete" if status == "Complete" else "outstanding", "status_column")
    blocks.append(T(rows=tuple(rows), widths=(1.3, 2, 3.4, 2, 3, 1.8), header_rows=1))
    data = word(blocks, title=board, author="OPCC Hertfordshire", header=f"{board} – {day_month_year(this)}",
                footer="Page ")
    return data, g


# --- 3. MOPAC: Word, a Deputy Mayor's board, refs of the pack's own, RAG by shaded cells ----------------------


def mopac() -> tuple[bytes, dict]:
    g = Gold()
    org, force = "Deputy Mayor for Policing and Crime", "Metropolitan Police Service"
    board = "Police Performance Oversight Board"
    this, notes = date(2028, 2, 22), date(2027, 12, 14)
    item = "Neighbourhood policing"
    notes_heading = f"{board} – minutes of the meeting held on {day_month_year(notes)}"
    g.document(title=board, force=force, organisation=org, meeting_date=this.isoformat())
    g.meeting(board, this, None, org, board)
    g.meeting(notes_heading, notes, item, org, notes_heading)
    blocks: list = [
        P("**MAYOR OF LONDON OFFICE FOR POLICING AND CRIME**"), H(board, 0),
        P("**Chair:** Deputy Mayor for Policing and Crime"),
        P(f"**Date:** {long_date(this)}, 10.00 – 12.00"), P("**Location:** City Hall, Committee Room 4"),
        H("Agenda", 1),
        agenda_table(g, "Agenda", this, ("Item", "Subject", "Lead"), [
            ("1", "Welcome, introductions and apologies", "DMPC"),
            ("2", "Minutes and actions of the last meeting", "MOPAC Secretariat"),
            ("3", "Response times to emergency calls", "Commander, Met Operations"),
            ("4", "Custody and detainee safety", "Commander, Criminal Justice"),
            ("5", "Any other business", "DMPC"),
        ], (0.8, 5, 3.5), presenter_col=2),
        Break(),
        H(notes_heading, 1),
        P("**Attendees:** Deputy Mayor for Policing and Crime (Chair); MOPAC Chief Executive; MOPAC Director of "
          "Strategy; Deputy Assistant Commissioner, Frontline Policing; Commander, Frontline Policing."),
        H("1. Minutes and actions", 2), P("The minutes of 12 October 2027 were agreed. The action tracker was noted."),
        H(f"2. {item}", 2),
        P("The Commander presented the Met's paper. The DMPC's questions, the Met's answers and her assessment of "
          "each are set out below."),
    ]
    questions = [
        ("NP1", "How many dedicated ward officers were abstracted to other duties in the last quarter, and how is "
                "this being reduced?",
         "Abstraction averaged 11 per cent against a target of 5 per cent. A new duty planning rule protects ward "
         "officers from aid requests except in emergencies.",
         "Partially assured", "Partly assured", "The DMPC asked for ward-level figures."),
        ("NP2", "How is the Met using ward panels to set local priorities?",
         "Every ward has a panel that has met at least once in the last six months. Priorities are published on "
         "the Met's neighbourhood pages.",
         "Assured", "Assured", "The DMPC welcomed the publication of local priorities."),
        ("NP3", "What evidence is there that the neighbourhood contact pilot has improved public confidence?",
         "The pilot ended in November and its evaluation is being written.",
         "Not assured", "Not assured", "The DMPC will return to this once the evaluation has been shared."),
    ]
    rows = [("**Ref**", "**Question**", "**Met response**", "**DMPC assessment**")]
    for ref, question, evidence, raw, level, comment in questions:
        rows.append((ref, question, evidence, (f"**{raw}**", f"*{comment}*")))
        g.decision(notes_heading, notes, item, ref, question, evidence, level, comment)
    blocks += [T(rows=tuple(rows), widths=(0.8, 3.6, 4.2, 2.4), header_rows=1),
               P("Actions agreed: PPOB 27/23 and PPOB 27/24 (see the action tracker)."),
               H("3. Any other business", 2), P("None was raised."), Break(),
               H("Action tracker", 1),
               T(rows=(("**RAG key**", ""), ("", "Complete"), ("", "In progress"), ("", "Overdue")),
                 widths=(1.2, 3), header_rows=0, fills={(1, 0): GREEN, (2, 0): AMBER, (3, 0): RED})]
    log = [
        ("PPOB 27/15", "12 Oct 2027", date(2027, 10, 12), "Publish the stop and search monitoring dashboard by "
         "borough.", "Met Strategy", "Dashboard live on the MOPAC website since 4 December 2027.", GREEN),
        ("PPOB 27/17", "12 Oct 2027", date(2027, 10, 12), "Provide a timetable for replacing the custody record "
         "system.", "Commander, Criminal Justice", "Procurement paused pending a Home Office decision.", RED),
        ("PPOB 27/23", "14 Dec 2027", notes, "Provide ward-level figures on the abstraction of dedicated ward "
         "officers.", "Commander, Frontline Policing",
         "Figures for October and November supplied; December to follow.", AMBER),
        ("PPOB 27/24", "14 Dec 2027", notes, "Share the evaluation of the neighbourhood contact pilot with MOPAC.",
         "Met Strategy", "Evaluation received on 30 January 2028.", GREEN),
    ]
    rows = [("**Ref**", "**Raised**", "**Action**", "**Owner**", "**Update**", "**RAG**")]
    fills = {}
    for r, (ref, raised_text, raised, text, owner, update, fill) in enumerate(log, 1):
        rows.append((ref, raised_text, text, owner, update, ""))
        fills[(r, 5)] = fill
        g.action("", text, raised, item if raised == notes else None, ref, text, update,
                 "complete" if fill == GREEN else "outstanding", "cell_shading")
    blocks.append(T(rows=tuple(rows), widths=(1.4, 1.3, 3.6, 2.2, 3.4, 0.9), header_rows=1, fills=fills))
    data = word(blocks, title=board, author="MOPAC", header="OFFICIAL", footer="MOPAC | Page ")
    return data, g


# --- 4. Essex: reportlab, a five-column decision table with an audit scale --------------------------------


def essex() -> tuple[bytes, dict]:
    g = Gold()
    org, force = "Police, Fire and Crime Commissioner for Essex", "Essex Police"
    board = "Performance and Resources Scrutiny Board"
    this, notes, published = date(2028, 3, 7), date(2028, 1, 9), date(2028, 2, 28)
    theme, item = "Drug-related harm and county lines", "Road safety"
    notes_heading = f"Minutes of the {board} – {day_month_year(notes)}"
    g.document(title=board, force=force, organisation=org, meeting_date=this.isoformat(),
               publication_date=published.isoformat())
    g.meeting(board, this, theme, org, board)
    g.meeting(notes_heading, notes, item, org, notes_heading)
    blocks: list = [
        P(f"**{org.upper()}**", size=10), H(board, 1),
        P(f"**Date:** {long_date(this)} at 10.00am     **Venue:** Kelvedon Park, Rivenhall"),
        P(f"**Theme:** {theme}"), P(f"Published: {day_month_year(published)}", size=9),
        H("Agenda", 2),
        agenda_table(g, "Agenda", this, ("No.", "Item", "Presenter"), [
            ("1", "Welcome and apologies", "PFCC"),
            ("2", "Minutes of the previous meeting", "Head of Performance and Scrutiny"),
            ("3", "Action log", "Head of Performance and Scrutiny"),
            ("4", theme, "Detective Chief Superintendent, Serious and Organised Crime"),
            ("5", "Police and crime plan performance", "Head of Performance and Scrutiny"),
            ("6", "Any other business", "PFCC"),
        ], (0.7, 5, 4.5), presenter_col=2),
        Break(),
        H(notes_heading, 2),
        P("**Present:** Police, Fire and Crime Commissioner (Chair); Deputy Chief Constable; Chief Finance Officer "
          "(PFCC); Head of Performance and Scrutiny; Roads Policing Inspector."),
        H("1. Welcome and apologies", 3), P("Apologies were received from the Chief Constable."),
        H("2. Minutes of the previous meeting", 3), P("The minutes of 14 November 2027 were agreed."),
        H(f"3. {item}", 3),
        P("The Roads Policing Inspector presented the paper. Levels of assurance are Substantial, Reasonable, "
          "Limited or No assurance."),
    ]
    questions = [
        ("How many people were killed or seriously injured on Essex roads in 2027, and how does this compare with "
         "the previous year?", "There were 812 killed or seriously injured casualties, 4 per cent fewer than in "
         "2026.", "Substantial assurance", "Assured", "Good use of comparative data."),
        ("How is the force using its safety camera vans to target the routes with the most collisions?",
         "Van deployments are planned each month from collision data; 70 per cent of deployments were on the "
         "twenty highest-risk routes.", "Reasonable assurance", "Assured",
         "The PFCC asked for the remaining 30 per cent to be explained."),
        ("What progress has been made on the backlog of driver offence notices?",
         "The backlog has fallen from 9,000 to 6,400 notices; it will not be cleared before the summer.",
         "Limited assurance", "Partly assured", "The PFCC will review progress at the June Board."),
        ("How does the force work with the fire and rescue service on road safety education for young drivers?",
         "A joint programme is planned but no sessions have yet been delivered.", "No assurance", "Not assured",
         "No further comment."),
    ]
    rows = [("**No.**", "**Question**", "**Response**", "**Level of assurance**", "**PFCC comments**")]
    for n, (question, evidence, raw, level, comment) in enumerate(questions, 1):
        rows.append((str(n), question, evidence, raw, comment))
        g.decision(notes_heading, notes, item, str(n), question, evidence, level,
                   None if comment == "No further comment." else comment)
    log = [
        ("PRSB 27/31", date(2027, 11, 14), "Report the number of drug dealing closure orders obtained since April.",
         "DCS, Serious and Organised Crime", "23 closure orders; report circulated on 2 December 2027.", "Closed"),
        ("PRSB 27/34", date(2027, 11, 14), "Confirm when the new custody drug testing contract starts.",
         "Head of Criminal Justice", "Contract start moved to April 2028.", "Overdue"),
        ("PRSB 28/02", notes, "Provide the casualty figures for young drivers by district.",
         "Roads Policing Inspector", "Figures provided on 2 February 2028.", "Closed"),
        ("PRSB 28/03", notes, "Arrange a joint session with the fire and rescue service on young driver education.",
         "Head of Performance and Scrutiny", "Date being agreed with the fire and rescue service.", "Open"),
    ]
    blocks += [T(rows=tuple(rows), widths=(0.7, 3.2, 3.6, 1.6, 2.6), header_rows=1),
               P(f"**Action {log[2][0]}:** {log[2][2]}"),
               H("4. Any other business", 3), P("None."), Break(), H("Action log", 2)]
    rows = [("**Ref**", "**Meeting**", "**Action**", "**Owner**", "**Update**", "**Status**")]
    for ref, raised, text, owner, update, status in log:
        rows.append((ref, f"{raised.day} {raised:%b %Y}", text, owner, update, status))
        g.action(notes_heading if ref == log[2][0] else "Action log", text, raised,
                 item if raised == notes else None, ref, text, update,
                 "complete" if status == "Closed" else "outstanding", "status_column")
    blocks.append(T(rows=tuple(rows), widths=(1.3, 1.3, 3.4, 2.2, 3.2, 1.2), header_rows=1))
    look = PdfLook(body_size=10.5, cell_size=9.0, margin=56, footer=f"{board} – {day_month_year(this)}")
    data = render_pdf(blocks, look, title=board, author="Essex PFCC")
    return data, g


# --- 5. Norfolk: reportlab, the Commissioner's confidence in words, log with words-only progress --------------


def norfolk() -> tuple[bytes, dict]:
    g = Gold()
    org, force = "Police and Crime Commissioner for Norfolk", "Norfolk Constabulary"
    board = "Police Accountability Forum"
    this, notes = date(2028, 1, 27), date(2027, 11, 2)
    theme, item = "Hate crime", "Rural crime"
    notes_heading = f"Record of the {board} held on {day_month_year(notes)}"
    g.document(title=board, force=force, organisation=org, meeting_date=this.isoformat())
    g.meeting(board, this, theme, org, board)
    g.meeting(notes_heading, notes, item, org, notes_heading)
    blocks: list = [
        P(f"**{org}**"), H(board, 1),
        P(f"{long_date(this)}, 10.00am, OPCCN, Building 8, Jubilee House, Wymondham"),
        P(f"**Theme:** {theme}"),
        H("Agenda", 2),
        agenda_table(g, "Agenda", this, ("No.", "Agenda item", "Lead officer"), [
            ("1", "Welcome and apologies", "PCC"),
            ("2", f"Record of the meeting held on {day_month_year(notes)}", "OPCCN Chief Executive"),
            ("3", "Action log", "OPCCN Chief Executive"),
            ("4", theme, "Assistant Chief Constable"),
            ("5", "Emerging operational issues", "Chief Constable"),
            ("6", "Date of next meeting", ""),
        ], (0.6, 5.5, 3.5), presenter_col=2),
        Break(),
        H(notes_heading, 2),
        P(f"**Topic:** {item}"),
        P("**Attendees:** Police and Crime Commissioner; Chief Constable; Assistant Chief Constable; OPCCN Chief "
          "Executive; Superintendent, Rural Policing."),
        H("1. Welcome and apologies", 3), P("No apologies were received."),
        H(f"2. {item}", 3),
        P("The Commissioner records his view of each answer as **Confident** (he is assured), **Some concerns** "
          "(he is partly assured) or **Significant concerns** (he is not assured)."),
    ]
    questions = [
        ("How is the force tackling the theft of farm machinery and GPS units?",
         "Thefts fell by 18 per cent after marking events at nine farms, and two organised groups were disrupted.",
         "Confident", "Assured", "Good partnership work with the farming community."),
        ("How quickly does the force respond to reports of hare coursing during the season?",
         "Median attendance was 34 minutes. The rural crime team is not on duty overnight.",
         "Some concerns", "Partly assured", "The Commissioner asked for overnight cover to be considered."),
        ("What is the force doing to record wildlife crime accurately?",
         "The force could not say how many wildlife crimes were recorded under the correct Home Office code.",
         "Significant concerns", "Not assured", "An audit of recording is to be carried out."),
        ("How are rural communities kept informed about crime in their parish?",
         "Rural crime newsletters go to 312 parish councils each month, and 8,100 people receive Rural Watch "
         "alerts.", "Confident", "Assured", ""),
    ]
    rows = [("**LOE**", "**Line of enquiry**", "**Summary of force response**", "**Commissioner's view**",
             "**Comments**")]
    for n, (question, evidence, raw, level, comment) in enumerate(questions, 1):
        rows.append((f"LOE {n}", question, evidence, f"**{raw}**", comment))
        g.decision(notes_heading, notes, item, str(n), question, evidence, level, comment or None)
    log = [
        ("PAF 27/40", "07/09/2027", date(2027, 9, 7),
         "Share the new hate crime third-party reporting guide with the OPCCN.", "Hate Crime Coordinator",
         "Guide shared with the OPCCN on 19 September 2027.", "complete"),
        ("PAF 27/44", "07/09/2027", date(2027, 9, 7),
         "Provide the outcome of the review of the firearms licensing backlog.", "Head of Firearms Licensing",
         "Review still under way; findings expected in March 2028.", "outstanding"),
        ("PAF 27/52", "02/11/2027", notes, "Consider the case for overnight rural crime cover.",
         "Superintendent, Rural Policing", "Options paper to go to the Chief Officer Group in February.",
         "outstanding"),
        ("PAF 27/53", "02/11/2027", notes, "Carry out an audit of wildlife crime recording.",
         "Force Crime Registrar", "Audit completed in December: 41 of 50 crimes correctly coded. Results shared "
         "with the OPCCN.", "complete"),
    ]
    blocks += [T(rows=tuple(rows), widths=(0.7, 3, 3.6, 1.6, 2.4), header_rows=1),
               P("**Actions:**"),
               Bul(tuple(f"{text[:-1]} ({ref})." for ref, _, _, text, *_ in log[2:])),
               H("3. Date of next meeting", 3), P(f"{long_date(this)}."),
               Break(), H("Action log", 2),
               P("Actions are removed from the log once the Forum has seen the final update.", size=9)]
    rows = [("**Ref**", "**Raised**", "**Action**", "**Owner**", "**Progress**")]
    for ref, raised_text, raised, text, owner, update, status in log:
        rows.append((ref, raised_text, text, owner, update))
        g.action(notes_heading if raised == notes else "Action log", text, raised,
                 item if raised == notes else None, ref, text, update, status, "inferred_from_update")
    blocks.append(T(rows=tuple(rows), widths=(1.2, 1.3, 3.6, 2.3, 3.6), header_rows=1))
    look = register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font, body_size=10.5,
                   cell_size=9.0, margin=54, landscape=True, footer="OPCCN – Police Accountability Forum")
    return render_pdf(blocks, look, title=board, author="OPCCN"), g


# --- 6. Kent: Word -> PDF, an inverted 1-3 rating in a summary table after the questions -----------------------


def kent() -> tuple[bytes, dict]:
    g = Gold()
    org, force = "Police and Crime Commissioner for Kent", "Kent Police"
    board = "Performance and Delivery Board"
    this, notes = date(2028, 3, 14), date(2027, 12, 12)
    theme, item = "Investigation standards", "Anti-social behaviour"
    notes_heading = f"Minutes of the {board} held on {day_month_year(notes)}"
    g.document(title=board, force=force, organisation=org, meeting_date=this.isoformat())
    g.meeting(board, this, theme, org, board)
    g.meeting(notes_heading, notes, item, org, notes_heading)
    blocks: list = [
        P(f"**{org}**"), H(board, 0),
        P(f"**{long_date(this)}, 10.00am – Kent Police Headquarters, Maidstone, and streamed online**"),
        P(f"**Theme:** {theme}"),
        H("Assurance ratings used in this pack", 2),
        T(rows=(("**Rating**", "**Meaning**"),
                ("1", "The Commissioner is assured by the response and the evidence given."),
                ("2", "The Commissioner is partly assured and will seek further information."),
                ("3", "The Commissioner is not assured and expects the matter to return to the Board.")),
          widths=(1, 8), header_rows=1),
        H("Agenda", 1),
        agenda_table(g, "Agenda", this, ("Item", "Title", "Presented by"), [
            ("1", "Introduction and apologies", "PCC"),
            ("2", f"Minutes of the Board held on {day_month_year(notes)}", "Head of Governance"),
            ("3", "Action tracker", "Head of Governance"),
            ("4", theme, "Assistant Chief Constable, Crime"),
            ("5", "Finance and workforce update", "Director of Finance"),
            ("6", "Any other business", "PCC"),
        ], (0.8, 5.5, 3.5), presenter_col=2),
        Break(),
        H(notes_heading, 1),
        H("1. Introduction and apologies", 2), P("The PCC opened the meeting. There were no apologies."),
        H(f"2. {item}", 2),
        P("The Chief Superintendent, Local Policing, presented the force's paper. The Commissioner asked the "
          "following questions."),
    ]
    questions = [
        ("How has the force used the new anti-social behaviour powers in the last six months?",
         "Officers issued 212 community protection notices and obtained 19 closure orders. The force's dashboard "
         "now shows the use of powers by district.", "1", "Assured", "The use of powers is well evidenced."),
        ("How are repeat victims of anti-social behaviour identified and supported?",
         "Repeat callers are flagged after three reports in a year. Requests for an ASB case review rose to 64, "
         "but the force does not yet track their outcomes.", "2", "Partly assured",
         "Outcomes of case reviews are not yet tracked."),
        ("How does the force work with councils to tackle anti-social behaviour in the night-time economy?",
         "Joint patrols operate in four towns. There is no shared measure of their effect.", "3", "Not assured",
         "No evidence of impact was given."),
        ("What has been done to reduce the time taken to respond to reports of anti-social behaviour?",
         "Median attendance fell from 3 hours 10 minutes to 2 hours 25 minutes after the response model changed "
         "in October.", "2", "Partly assured", "Improvement shown, but only over two months."),
    ]
    for n, (question, evidence, *_rest) in enumerate(questions, 1):
        blocks += [H(f"Question {n}", 3), P(f"**{question}**"), P(evidence)]
    blocks += [P("**Assurance ratings**"),
               P("The Commissioner's ratings follow the key at the front of this pack (1 assured, 2 partly "
                 "assured, 3 not assured).")]
    rows = [("**Question**", "**Rating**", "**Rationale**")]
    for n, (question, evidence, rating, level, rationale) in enumerate(questions, 1):
        rows.append((f"Question {n}", rating, rationale))
        g.decision(notes_heading, notes, item, str(n), question, evidence, level, rationale)
    blocks.append(T(rows=tuple(rows), widths=(1.5, 1, 6), header_rows=1))
    tracker = [
        ("PDB 27/48", date(2027, 9, 19), "Serious violence",
         "Publish the summary of the serious violence duty strategic needs assessment.",
         "Published on the PCC's website on 30 October 2027.", "Complete"),
        ("PDB 27/52", date(2027, 9, 19), "Serious violence", "Report knife crime outcomes by district.",
         "Report in preparation; due at the March Board.", "Ongoing"),
        ("PDB 27/61", notes, item, "The force to report the outcomes of ASB case reviews to the March Board.",
         "To be reported under item 4 of this meeting.", "Ongoing"),
        ("PDB 27/62", notes, item,
         "The force to agree a shared measure of night-time economy patrols with the councils.",
         "Measure agreed with three of the four councils.", "Ongoing"),
    ]
    blocks.append(P("**Actions**"))
    for n, (_, _, _, text, *_rest) in enumerate(tracker[2:], 1):
        blocks.append(P(text, indent=18, hang=f"{n}."))
    blocks += [H("3. Any other business", 2), P("None."), H("Action Tracker 2027/28", 1)]
    rows = [("**Ref**", "**Date raised**", "**Topic**", "**Action**", "**Update**", "**Status**")]
    for ref, raised, topic, text, update, status in tracker:
        rows.append((ref, f"{raised:%d/%m/%Y}", topic, text, update, status))
        g.action(notes_heading if raised == notes else "Action Tracker 2027/28", text, raised, topic, ref, text,
                 update, "complete" if status == "Complete" else "outstanding", "status_column")
    blocks.append(T(rows=tuple(rows), widths=(1.4, 2.0, 2.0, 3.4, 3.0, 2.1), header_rows=1))
    data = word_pdf(blocks, title=board, author="OPCC Kent", header=f"{board} | {day_month_year(this)}",
                    footer="")
    return data, g


# --- 7. Leicestershire: reportlab, numbered minutes with "Assurance given / with conditions / not given" -------


def leicestershire() -> tuple[bytes, dict]:
    g = Gold()
    org, force = "Police and Crime Commissioner for Leicestershire", "Leicestershire Police"
    office = "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"  # its one name (gold-format.md)
    board = "Corporate Governance Board"
    this, notes = date(2028, 2, 10), date(2027, 12, 9)
    item = "Youth justice and diversion"
    notes_heading = f"Minutes of the {board} held on {long_date(notes)}"
    g.document(title=board, force=force, organisation=office, meeting_date=this.isoformat())
    g.meeting(board, this, None, office, board)
    g.meeting(notes_heading, notes, item, office, notes_heading)
    blocks: list = [
        P("Office of the " + org, size=10), H(board, 1),
        P(f"To be held on {long_date(this)} at 2.00pm in the Conference Room, Police Headquarters, Enderby."),
        H("Agenda", 2),
    ]
    agenda_rows = [
        ("1", "Apologies for absence", "–", ""),
        ("2", "Declarations of interest", "–", ""),
        ("3", f"Minutes of the meeting held on {day_month_year(notes)}", "OPCC Governance Officer", "A"),
        ("4", "Action log", "OPCC Governance Officer", "B"),
        ("5", "Domestic abuse: arrest rates and outcomes", "Detective Superintendent, Safeguarding", "C"),
        ("6", "Neighbourhood Link engagement", "Chief Inspector, Engagement", "D"),
        ("7", "Date of next meeting", "–", ""),
    ]
    blocks += [agenda_table(g, "Agenda", this, ("Item", "Agenda item", "Report of", "Paper"), agenda_rows,
                            (0.6, 5, 3.6, 0.8), presenter_col=2),
               Break(), P("**Paper A**", size=10), H(notes_heading, 2),
               P("**Present:** Police and Crime Commissioner (Chair); Deputy Police and Crime Commissioner; Chief "
                 "Executive (OPCC); Chief Constable; Head of Criminal Justice."),
               P("**38. Apologies for absence**"), P("38.1 Apologies were received from the Chief Finance Officer."),
               P("**39. Minutes of the previous meeting**"),
               P("39.1 The minutes of the meeting held on 14 October 2027 were agreed as a correct record."),
               P(f"**40. {item}**"),
               P("40.1 The Board considered a report of the Head of Criminal Justice on diversion of children from "
                 "the criminal justice system."),
               P("40.2 The Commissioner's outcome on each question is recorded as **Assurance given** (he is "
                 "assured), **Assurance given with conditions** (he is partly assured and sets the conditions) or "
                 "**Assurance not given** (he is not assured).")]
    questions = [
        ("How many children were diverted from the criminal justice system in the last year, and how many "
         "reoffended?",
         "The force said that 286 children were diverted through the youth diversion scheme in 2026/27, and that "
         "14 per cent reoffended within twelve months.",
         "Assurance given", "Assured", "the Commissioner noted the low reoffending rate."),
        ("How does the force make sure that children charged and refused bail are moved to local authority "
         "accommodation?",
         "The force said that 9 of 31 such children were transferred in the last six months, and that a protocol "
         "with the three local authorities is being rewritten.",
         "Assurance given with conditions", "Partly assured",
         "the Commissioner asked to see the new protocol when it is signed."),
        ("What is being done to reduce the disproportionate number of Black children who are stopped and "
         "searched?",
         "The force said that Black children were 3.2 times as likely to be searched as white children, and that "
         "an analysis of the causes has not yet started.",
         "Assurance not given", "Not assured", "the Commissioner asked for the analysis to begin this quarter."),
    ]
    for n, (question, evidence, raw, level, comment) in enumerate(questions, 1):
        minute = f"40.{n + 2}"
        blocks += [P(f"**Q{n}.** {question}", indent=30, hang=minute),
                   P(evidence, indent=30),
                   P(f"**Outcome:** {raw} – {comment}", indent=30)]
        g.decision(notes_heading, notes, item, str(n), question, evidence, level, comment)
    log = [
        ("CGB 27/21", "14/10/2027", date(2027, 10, 14),
         "Provide the cost of the new body-worn video contract over five years.", "Director of Finance",
         "Completed", "Cost reported at £2.4m; paper circulated on 28 October 2027."),
        ("CGB 27/24", "14/10/2027", date(2027, 10, 14), "Present the refreshed estates strategy to the Board.",
         "Head of Estates", "Deferred", "Moved to the April 2028 meeting at the force's request."),
        ("CGB 27/29", "09/12/2027", notes,
         "The force to share the revised custody transfer protocol with the OPCC.", "Head of Criminal Justice",
         "Open", "Protocol agreed by two of the three local authorities."),
        ("CGB 27/30", "09/12/2027", notes,
         "The force to begin an analysis of stop and search of Black children.", "Head of Equality and Inclusion",
         "Completed", "Analysis started in January 2028; first findings due in April."),
    ]
    resolved = [f"({letter}) {text[0].lower()}{text[1:-1]} ({ref});"
                for letter, (ref, _, _, text, *_r) in zip("ab", log[2:])]
    blocks += [P("40.6 **RESOLVED** that:", indent=30),
               P(resolved[0], indent=48), P(resolved[1][:-1] + ".", indent=48),
               P("**41. Any other business**"), P("41.1 There was no other business."),
               Break(), P("**Paper B**", size=10), H("Action log", 2)]
    rows = [("**Ref**", "**Meeting**", "**Action**", "**Lead**", "**Status**", "**Comments**")]
    for ref, raised_text, raised, text, lead, status, update in log:
        rows.append((ref, raised_text, text, lead, status, update))
        g.action(notes_heading if raised == notes else "Action log", text if raised != notes else ref, raised,
                 item if raised == notes else None, ref, text, update,
                 "complete" if status == "Completed" else "outstanding", "status_column")
    blocks.append(T(rows=tuple(rows), widths=(1.2, 1.6, 3.2, 2.1, 1.5, 3), header_rows=1))
    look = PdfLook(body_size=10.5, cell_size=9.0, margin=60, header="OFFICIAL")
    return render_pdf(blocks, look, title=board, author="OPCC Leicestershire"), g


# --- 8. Northamptonshire: Word -> PDF, "delete as appropriate" levels, a BRAG status column ----------------


def northamptonshire() -> tuple[bytes, dict]:
    g = Gold()
    org, force = "Police, Fire and Crime Commissioner for Northamptonshire", "Northamptonshire Police"
    board = "Police Accountability Board"
    this, notes = date(2028, 3, 21), date(2028, 1, 25)
    focus, item = "Public contact", "Domestic abuse"
    notes_heading = f"Notes of the {board} – {day_month_year(notes)}"
    g.document(title=board, force=force, organisation=org, meeting_date=this.isoformat())
    g.meeting(board, this, focus, org, board)
    g.meeting(notes_heading, notes, item, org, notes_heading)
    blocks: list = [
        P(f"**{org}**"), H(board, 0),
        P(f"**Date:** {long_date(this)}     **Time:** 10.00am     **Venue:** Darby House, Northampton"),
        P(f"**Focus:** {focus}"),
        H("Agenda", 1),
    ]
    agenda_rows = [
        ("1", "Welcome and apologies", "PFCC", "10:00"),
        ("2", f"Notes and actions of the meeting held on {day_month_year(notes)}", "Head of Assurance", "10:05"),
        ("3", "Public contact: 999 and 101 performance", "ACC Operations", "10:15"),
        ("4", "Workforce wellbeing", "Director of People", "11:00"),
        ("5", "Any other business", "PFCC", "11:40"),
    ]
    blocks += [agenda_table(g, "Agenda", this, ("No.", "Item", "Lead", "Time"), agenda_rows, (0.9, 5.3, 3, 1),
                            presenter_col=2),
               Break(), H(notes_heading, 1),
               P("**Present:** PFCC (Chair); Chief Executive, OPFCC; Chief Constable; Head of Public Protection; "
                 "Head of Assurance."),
               H("1. Welcome and apologies", 2), P("Apologies: Deputy Chief Constable."),
               H(f"2. {item}", 2),
               P("The Head of Public Protection presented the paper. For each question the PFCC's level of assurance "
                 "is shown in bold, with the other levels struck through.")]
    levels = ("Assured", "Partly assured", "Not assured")
    questions = [
        ("What proportion of domestic abuse incidents result in an arrest, and how has this changed?",
         "The arrest rate was 31 per cent in 2027, up from 27 per cent in 2026.", "Assured", "Improvement noted."),
        ("How does the force make sure domestic abuse risk assessments are completed at every incident?",
         "Risk assessments were completed at 88 per cent of incidents; supervisors review every high-risk "
         "assessment within 24 hours.", "Partly assured",
         "The PFCC asked what is being done about the remaining 12 per cent."),
        ("How many Domestic Violence Protection Orders were breached last year, and what action followed?",
         "The force could not give the number of breaches at the meeting.", "Not assured",
         "Figures to be provided."),
        ("How are victims told about the Domestic Violence Disclosure Scheme?",
         "Leaflets are given at every attended incident and the scheme is promoted online; applications rose by a "
         "fifth.", "Assured", ""),
    ]
    rows = [("**No.**", "**Question**", "**Response**", "**PFCC assurance (delete as appropriate)**",
             "**PFCC comment**")]
    for n, (question, evidence, level, comment) in enumerate(questions, 1):
        choice = " / ".join(f"**{lv}**" if lv == level else f"~~{lv}~~" for lv in levels)
        rows.append((f"{n}.", question, evidence, choice, comment))
        g.decision(notes_heading, notes, item, str(n), question, evidence, level, comment or None)
    log = [
        ("PAB 27/33", date(2027, 11, 23), "Publish 101 abandonment rates monthly on the PFCC website.",
         "Head of Contact", "Published monthly since December 2027.", "B"),
        ("PAB 27/36", date(2027, 11, 23), "Bring the contact centre staffing review to the Board.",
         "ACC Operations", "Review on track to report in April.", "G"),
        ("PAB 28/04", notes, "Provide the number of DVPO breaches in 2027 and the action taken.",
         "Head of Public Protection", "Data being checked; due mid-March.", "A"),
        ("PAB 28/05", notes, "Report on risk assessment completion by shift pattern.",
         "Head of Public Protection", "Report due in February has not been received.", "R"),
        ("PAB 28/06", notes, "Share the Disclosure Scheme promotion plan with the OPFCC.",
         "Head of Public Protection", "Plan shared on 9 February 2028.", "B"),
    ]
    blocks += [T(rows=tuple(rows), widths=(0.9, 3, 3.3, 2.2, 2), header_rows=1), P("**Actions agreed**"),
               Bul(tuple(f"{ref} – {text}" for ref, _, text, *_r in log[2:4])),
               H("3. Any other business", 2), P("None."), Break(), H("Action tracker", 1),
               P("**BRAG key:** B – Complete; G – On track; A – At risk of delay; R – Overdue")]
    colour = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    rows = [("**Ref**", "**Date**", "**Action**", "**Owner**", "**Update**", "**BRAG**")]
    fills = {}
    for r, (ref, raised, text, owner, update, brag) in enumerate(log, 1):
        rows.append((ref, f"{raised:%d/%m/%Y}", text, owner, update, f"**{brag}**"))
        fills[(r, 5)] = colour[brag]
        minuted = ref in {x[0] for x in log[2:4]}
        g.action(notes_heading if minuted else "Action tracker", f"{ref} – {text}" if minuted else text, raised,
                 item if raised == notes else None, ref, text, update,
                 "complete" if brag == "B" else "outstanding", "status_column")
    blocks.append(T(rows=tuple(rows), widths=(1.3, 1.9, 3.4, 2.2, 3, 1.3), header_rows=1, fills=fills))
    data = word_pdf(blocks, title=board, author="OPFCC Northamptonshire", header="OFFICIAL – PUBLIC",
                    footer="OPFCC | Page ")
    return data, g


PACKS = {
    "sussex-pcc-pam-2028-01-18-round37.pdf": sussex,
    "hertfordshire-pcc-seb-2028-02-01-round37.docx": hertfordshire,
    "mopac-dmpc-ppob-2028-02-22-round37.docx": mopac,
    "essex-pfcc-prsb-2028-03-07-round37.pdf": essex,
    "norfolk-pcc-paf-2028-01-27-round37.pdf": norfolk,
    "kent-pcc-pdb-2028-03-14-round37.pdf": kent,
    "leicestershire-pcc-cgb-2028-02-10-round37.pdf": leicestershire,
    "northamptonshire-pfcc-pab-2028-03-21-round37.pdf": northamptonshire,
}


def main(prefixes: list[str]) -> None:
    (HERE / "gold").mkdir(exist_ok=True)
    for name, build in PACKS.items():
        if prefixes and not any(name.startswith(p) for p in prefixes):
            continue
        data, gold = build()
        (HERE / name).write_bytes(data)
        record = finish(gold, data, name)
        (HERE / "gold" / f"{name}.json").write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n")
        pages = {t: [r["page"] for r in rs] for t, rs in record["records"].items() if t != "documents"}
        print(f"{name}: {len(data)} bytes; pages {pages}")


if __name__ == "__main__":
    main(sys.argv[1:])
