"""Held-out scrutiny round 34b: eight packs of offices of the south, east and London, written
blind, with their gold in gold/ (held out in session 7, then promoted).

Each pack is built from one list of blocks and, beside it, the gold records the same calls
write, so the gold says what the page says. Word packs are typed with python-docx in Word's own
styles (Title, Heading 1-3, List Bullet, List Number, Table Grid, shaded header rows repeated on
each page, merged cells, header and footer with a PAGE field); three of them are saved as PDF by
LibreOffice (../office_pdf.py). Three are reportlab PDFs (../scrutiny-round3/render.py, invariant
mode). A PDF record's page is the first page whose text or table cells hold the start of its key
text (pdfplumber); every page was then checked by hand against `scrutiny inspect`.

    .venv/bin/python samples/corpus/scrutiny-round34b/generate.py [NAME-PREFIX ...]
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))

import pdfplumber  # noqa: E402
from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt, RGBColor  # noqa: E402

import render as rl  # noqa: E402
from inspection_render import fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402
from render import Break, Bul, H, Num, P, T  # noqa: E402
from generator.model import plain, runs  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind for held-out round 34b; every record hand-checked against the rendered "
           "document and `scrutiny inspect` (layout only) by the round's writer.")
GREY = "#d9d9d9"


@dataclass(frozen=True)
class Title:
    """Word's Title style (a large bold line in the reportlab packs)."""

    text: str


# --- gold --------------------------------------------------------------------------------------


@dataclass
class Gold:
    """The records a pack holds, written beside the blocks that print them."""

    document: dict
    meetings: list[dict] = field(default_factory=list)
    agenda_items: list[dict] = field(default_factory=list)
    assurance_decisions: list[dict] = field(default_factory=list)
    actions: list[dict] = field(default_factory=list)

    def records(self) -> dict[str, list[dict]]:
        return {"documents": [self.document], "meetings": self.meetings, "agenda_items": self.agenda_items,
                "assurance_decisions": self.assurance_decisions, "actions": self.actions, "grades": []}


def _squash(text: str) -> str:
    text = plain(text).replace("’", "'").replace("‘", "'").replace("–", "-").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", "", text).lower()


KEY_FIELD = {"meetings": "title", "agenda_items": "title", "assurance_decisions": "question", "actions": "text"}


def set_pdf_pages(data: bytes, gold: Gold) -> None:
    """Each record's page: the first page whose text or table cells hold the start of its key
    text: its first 60 letters, or 40 or 25 where a table row is split over two pages (a record's
    `_key` where the printed words differ from the field)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        gold.document["pages"] = len(pdf.pages)
        pages = []
        for page in pdf.pages:
            cells = [c or "" for table in page.extract_tables() for row in table for c in row]
            pages.append(_squash((page.extract_text() or "") + " ".join(cells)))
    for kind, records in gold.records().items():
        if kind in ("documents", "grades"):
            continue
        for record in records:
            key = _squash(record.pop("_key", None) or record[KEY_FIELD[kind]])
            # the longest start found: a table row split over two pages starts on the first
            found = next(([n for n, text in enumerate(pages, start=1) if key[:length] in text] for length in (60, 40, 25)
                          if any(key[:length] in text for text in pages)), None)
            if not found:
                raise SystemExit(f"{kind}: {key[:60]!r} is on no page")
            record["page"] = found[0]


def drop_keys(gold: Gold) -> None:
    for records in gold.records().values():
        for record in records:
            record.pop("_key", None)


# --- Word --------------------------------------------------------------------------------------


def _write_runs(paragraph, text: str, size: float | None = None, bold: bool = False) -> None:
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


def _shade(cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill[1:].upper())
    cell._tc.get_or_add_tcPr().append(shd)


def _page_field(paragraph) -> None:
    """A PAGE field, as Word's "Page Number" button inserts it."""
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        run = paragraph.add_run()
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text == " PAGE ":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            run.text = text


def _word_table(document, table: T, width_mm: float) -> None:
    out = document.add_table(rows=len(table.rows), cols=len(table.widths))
    out.style = document.styles["Table Grid" if table.bordered else "Normal Table"]
    out.autofit = False
    total = sum(table.widths)
    for c, width in enumerate(table.widths):
        out.columns[c].width = Mm(width_mm * width / total)  # the grid LibreOffice lays out by
    for row in out.rows:
        for c, width in enumerate(table.widths):
            row.cells[c].width = Mm(width_mm * width / total)
    for r in range(table.header_rows if table.repeat_header else 0):
        header = OxmlElement("w:tblHeader")
        header.set(qn("w:val"), "true")
        out.rows[r]._tr.get_or_add_trPr().append(header)
    for r, c, nr, nc in table.spans:
        out.cell(r, c).merge(out.cell(r + nr - 1, c + nc - 1))
    for r, row in enumerate(table.rows):
        for c, content in enumerate(row):
            if content is None:
                continue
            cell = out.cell(r, c)
            first = cell.paragraphs[0]
            for part in content if isinstance(content, tuple) else (content,):
                for item in part.items if isinstance(part, Bul) else (str(part),):
                    paragraph = first if first is not None else cell.add_paragraph()
                    first = None
                    if isinstance(part, Bul):
                        paragraph.style = document.styles["List Bullet"]
                    _write_runs(paragraph, item, 10, bold=r < table.header_rows)
            if r < table.header_rows:
                _shade(cell, GREY)
            elif (r, c) in table.fills:
                _shade(cell, table.fills[(r, c)])


def word(blocks: list, *, title: str, author: str, when: datetime, header: str, footer: str,
         font: str = "Arial", landscape: bool = False) -> bytes:
    document = Document()
    section = document.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(20))
    width_mm = (297 if landscape else 210) - 40
    styles = document.styles
    styles["Normal"].font.name, styles["Normal"].font.size = font, Pt(11)
    for name, size in (("Title", 20), ("Heading 1", 15), ("Heading 2", 13), ("Heading 3", 11.5)):
        styles[name].font.name, styles[name].font.size, styles[name].font.bold = font, Pt(size), True
        styles[name].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    head = section.header.paragraphs[0]
    _write_runs(head, header, 9)
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot = section.footer.paragraphs[0]
    _write_runs(foot, footer + "\t\tPage ", 9)
    _page_field(foot)
    for block in blocks:
        if isinstance(block, Title):
            _write_runs(document.add_paragraph(style="Title"), block.text)
        elif isinstance(block, H):
            _write_runs(document.add_paragraph(style=f"Heading {block.level}"), block.text)
        elif isinstance(block, P):
            paragraph = document.add_paragraph()
            if block.indent:
                paragraph.paragraph_format.left_indent = Pt(block.indent)
            _write_runs(paragraph, block.text, block.size)
        elif isinstance(block, Num):
            for item in block.items:
                _write_runs(document.add_paragraph(style="List Number"), item)
        elif isinstance(block, Bul):
            for item in block.items:
                _write_runs(document.add_paragraph(style="List Bullet"), item)
        elif isinstance(block, T):
            _word_table(document, block, width_mm)
            document.add_paragraph()
        elif isinstance(block, Break):
            document.add_page_break()
    props = document.core_properties
    props.title, props.author, props.last_modified_by = title, author, author
    props.created = props.modified = props.last_printed = when
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip_times(buffer.getvalue())


def reportlab_pdf(blocks: list, look: rl.PdfLook, title: str, author: str) -> bytes:
    return rl.render_pdf([H(b.text, 1) if isinstance(b, Title) else b for b in blocks], look, title, author)


# --- writing -----------------------------------------------------------------------------------


def write(name: str, data: bytes, gold: Gold) -> None:
    if name.endswith(".pdf"):
        set_pdf_pages(data, gold)
    else:
        drop_keys(gold)
    (HERE / name).write_bytes(data)
    out = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": gold.records()}
    (GOLD / f"{name}.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    counts = {k: len(v) for k, v in gold.records().items()}
    pages = {k: [r["page"] for r in v] for k, v in gold.records().items() if k not in ("documents", "grades")}
    print(f"{name}: {len(data)} bytes, {gold.document.get('pages')} pages; {counts}\n  pages {pages}")


PACKS: dict[str, Callable[[], tuple[bytes, Gold]]] = {}


def pack(name: str):
    def register(build: Callable[[], tuple[bytes, Gold]]):
        PACKS[name] = build
        return build
    return register


# --- record builders ---------------------------------------------------------------------------


def long_date(iso: str, weekday: bool = True) -> str:
    day = datetime.strptime(iso, "%Y-%m-%d")
    text = f"{day.day} {day:%B %Y}"
    return f"{day:%A} {text}" if weekday else text


def document(file_type: str, title: str, force: str, organisation: str, meeting_date: str) -> dict:
    return {"page": None, "file_type": file_type, "doc_kind": "scrutiny_pack", "title": title, "force": force,
            "organisation": organisation, "meeting_date": meeting_date, "publication_date": None, "status": "ok"}


def meeting(meeting_date: str, topic: str | None, organisation: str, title: str) -> dict:
    return {"page": None, "meeting_date": meeting_date, "topic": topic, "organisation": organisation, "title": title}


def agenda(meeting_date: str, number: str | None, title: str, presenter: str | None) -> dict:
    return {"page": None, "meeting_date": meeting_date, "number": number, "title": title, "presenter": presenter}


def decision(meeting_date: str, topic: str | None, number: str, question: str, evidence: list[str],
             assurance: str | None, commentary: str | None) -> dict:
    return {"page": None, "meeting_date": meeting_date, "topic": topic, "question_number": number,
            "question": question, "evidence_summary": " ".join(evidence), "assurance": assurance,
            "commentary": commentary}


def action(meeting_date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
           status: str, status_source: str, source: str = "action_tracker", key: str | None = None) -> dict:
    record = {"page": None, "meeting_date": meeting_date, "topic": topic, "number": number, "text": text,
              "update": update, "status": status, "status_source": status_source, "source": source}
    if key:
        record["_key"] = key
    return record


def agenda_table(gold: Gold, meeting_date: str, items: list[tuple[str, str, str | None]],
                 headers: tuple[str, str, str] = ("Item", "Title", "Presented by"),
                 widths: tuple[float, ...] = (1, 7, 3)) -> T:
    """An Item | Title | Presenter agenda table; a presenter printed "–" is none."""
    rows = [tuple(f"**{h}**" for h in headers)]
    for number, title, presenter in items:
        rows.append((number, title, presenter or "–"))
        gold.agenda_items.append(agenda(meeting_date, number, title, presenter))
    return T(tuple(rows), widths, header_rows=1)


# --- 1. Kent: Word -> PDF, the common form -----------------------------------------------------


@pack("kent-pcc-pdb-2027-06-15-round34b.pdf")
def kent() -> tuple[bytes, Gold]:
    org, board, date, notes_date = "Police and Crime Commissioner for Kent", "Performance and Delivery Board", "2027-06-15", "2027-03-16"
    theme, item = "Neighbourhood policing and visibility", "Missing children and child exploitation"
    notes_title = f"Notes of the Performance and Delivery Board held on {long_date(notes_date, False)}"
    gold = Gold(document("pdf", board, "Kent Police", org, date))
    gold.meetings += [meeting(date, theme, org, board), meeting(notes_date, item, org, notes_title)]
    blocks: list = [
        P("**Office of the Police and Crime Commissioner for Kent**"),
        Title(board),
        P(f"**Date:** {long_date(date)}, 10:00 to 12:30"),
        P("**Venue:** Boardroom, Police Headquarters, Maidstone, and streamed live on the Commissioner’s website"),
        P(f"**Theme:** {theme}"),
        H("Agenda", 1),
        agenda_table(gold, date, [
            ("1", "Welcome and apologies", "PCC"),
            ("2", "Declarations of interest", None),
            ("3", f"Notes of the meeting held on {long_date(notes_date, False)}", "Head of Governance"),
            ("4", "Action tracker", "Head of Governance"),
            ("5", theme, "ACC Local Policing"),
            ("6", "Quarterly performance report", "Head of Performance and Insight"),
            ("7", "Any other business", "PCC"),
        ]),
        P("Members of the public may submit questions for item 5 to the OPCC by 8 June 2027."),
        Break(),
        H(notes_title, 1),
        P("**Present:** Police and Crime Commissioner (Chair); Chief Executive, OPCC; Chief Constable; "
          "Deputy Chief Constable; ACC Protective Services; Head of Governance (notes)."),
        H("1. Welcome and apologies", 2),
        P("Apologies were received from the Chief Finance Officer."),
        H("2. Notes of the last meeting and action tracker", 2),
        P("The notes of 19 January 2027 were agreed. Progress on the tracker is shown at item 4 of this pack."),
        H(f"3. {item}", 2),
        P("The ACC Protective Services presented the paper. The PCC’s questions, the evidence heard and his "
          "decision on each are recorded below."),
    ]
    questions = [
        ("How does the force identify children who go missing repeatedly, and make sure that every episode is followed by a return home interview?",
         ["Children missing three or more times in 90 days are flagged to the Missing Person Coordinator.",
          "Return home interviews are commissioned from the county council; 71 per cent took place within 72 hours last quarter.",
          "A joint audit with children’s services is under way."],
         "Partly Assured", "The PCC asked for the audit findings and the 72-hour rate by district."),
        ("What training have response officers had in recognising the signs of child criminal exploitation?",
         ["1,140 officers (88 per cent) have completed the exploitation e-learning package.",
          "Face-to-face sessions were delivered to all response sergeants in January and February."],
         "Assured", "The PCC welcomed the completion rate."),
        ("How is intelligence from missing episodes shared with partners to disrupt those who exploit children?",
         ["Intelligence is shared at the weekly multi-agency exploitation meeting.",
          "The force could not yet say how many disruption orders followed from missing-episode intelligence."],
         "Not Assured", "The PCC asked for a measure of outcomes from shared intelligence to be brought back to the Board."),
        ("How does the force capture the voice of the child in missing person investigations?",
         ["Officers record the child’s own account on the missing person record.",
          "A dip sample found it recorded in 64 of 80 cases."],
         "Partly Assured", "The PCC asked for the dip sample to be repeated in six months."),
    ]
    rows = [("**Question**", "**Brief Summary of Evidence**", "**Decision of PCC**")]
    for number, (question, evidence, level, comment) in enumerate(questions, start=1):
        rows.append((f"{number}. {question}", (Bul(tuple(evidence)),), (f"**{level}**", f"*{comment}*")))
        canonical = {"Assured": "Assured", "Partly Assured": "Partly assured", "Not Assured": "Not assured"}[level]
        gold.assurance_decisions.append(decision(notes_date, item, str(number), question, evidence, canonical, comment))
    blocks.append(T(tuple(rows), (4, 5, 3), header_rows=1))
    minuted = [
        ("PDB 27/04", "The force to share the findings of the joint return home interview audit with the OPCC.",
         "Audit report received by the OPCC on 2 May 2027.", "Complete"),
        ("PDB 27/05", "The force to report a measure of disruption outcomes from missing-episode intelligence to the June Board.",
         "Measure being built by the analysts; to be reported under item 6 of this meeting.", "Outstanding"),
    ]
    blocks += [P("**Actions**"), Num(tuple(text for _, text, _, _ in minuted)),
               H("4. Any other business", 2), P("None was raised. The meeting closed at 12:20."), Break(),
               H("Action Tracker 2026/27", 1),
               P("Actions are closed by the Board once the update has been accepted.")]
    tracker = [
        ("Serious violence", "PDB 26/31", "2026-12-08", "Provide a breakdown of knife-enabled robbery by division for the last two years.",
         "Breakdown circulated to Board members on 12 January 2027.", "Complete"),
        ("Serious violence", "PDB 26/33", "2026-12-08", "Confirm the start date of the second violence reduction hub.",
         "The start date depends on the lease, which is not yet agreed.", "Outstanding"),
        ("Contact and 101", "PDB 27/01", "2027-01-19", "Publish monthly 101 answer times on the force website.",
         "Published each month since April 2027.", "Complete"),
    ] + [(item, ref, notes_date, text, update, status) for ref, text, update, status in minuted]
    rows = [("**Topic**", "**Ref**", "**Date raised**", "**Action**", "**Update**", "**Status**")]
    spans = []
    for r, (topic, ref, raised, text, update, status) in enumerate(tracker, start=1):
        first_of_topic = r == 1 or tracker[r - 2][0] != topic
        rows.append((topic if first_of_topic else None, ref, long_date(raised, False), text, update, status))
        if first_of_topic:
            span = sum(1 for row in tracker if row[0] == topic)
            if span > 1:
                spans.append((r, 0, span, 1))
        # a minuted action is printed first in the notes, so its page is the notes' page
        gold.actions.append(action(raised, topic, ref, text, update, "complete" if status == "Complete" else "outstanding",
                                   "status_column"))
    blocks.append(T(tuple(rows), (2.7, 1.7, 2.4, 3.6, 3.6, 2.8), header_rows=1, spans=tuple(spans)))
    blocks += [Break(), H(f"Item 5: {theme}", 1), P("**Report of:** Chief Constable"),
               P("**Purpose:** To update the Commissioner on the neighbourhood policing model, visibility patrols and "
                 "public confidence in local policing."),
               H("1. Background", 2),
               P("1.1 The neighbourhood model was reviewed in 2026. Each district now has a dedicated neighbourhood "
                 "inspector and a problem-solving team."),
               P("1.2 Visibility patrols are directed to 140 hotspot locations chosen each month from crime and "
                 "anti-social behaviour data."),
               H("2. Recommendation", 2), P("2.1 That the Commissioner notes the report.")]
    data = word(blocks, title=f"{board} {long_date(date, False)}", author="OPCC Kent", when=datetime(2027, 6, 7, 9),
                header=f"{board} – {long_date(date, False)}", footer="OFFICIAL")
    return docx_to_pdf(data), gold


# --- 2. Hampshire and the Isle of Wight: Word -> PDF, a letter scale (A-D) read by its key ------


@pack("hampshire-iow-pcc-pab-2027-05-18-round34b.pdf")
def hampshire() -> tuple[bytes, Gold]:
    org = "Police and Crime Commissioner for Hampshire and the Isle of Wight"
    board, date, notes_date = "Performance and Accountability Board", "2027-05-18", "2027-03-23"
    focus, item = "Fraud and cyber-enabled crime", "Rural and wildlife crime"
    notes_title = f"Record of the Performance and Accountability Board held on {long_date(notes_date, False)}"
    gold = Gold(document("pdf", board, "Hampshire and Isle of Wight Constabulary", org, date))
    gold.meetings += [meeting(date, focus, org, board), meeting(notes_date, item, org, notes_title)]
    items = [("1", "Introduction and apologies", "Commissioner"), ("2", "Record of the last meeting", "Chief Executive"),
             ("3", "Action log", "Chief Executive"), ("4", focus, "ACC Crime and Criminal Justice"),
             ("5", "Police and Crime Plan scorecard", "Director of Performance"), ("6", "Any other business", None)]
    rows = [("**No.**", "**Agenda item**", "**Lead**", "**Paper**")]
    for (number, title, lead), paper in zip(items, ("–", "A", "B", "C", "D", "–")):
        rows.append((number, title, lead or "–", paper))
        gold.agenda_items.append(agenda(date, number, title, lead))
    blocks: list = [
        P("**Hampshire and Isle of Wight Police and Crime Commissioner**"),
        Title(board),
        P(f"{long_date(date)} at 14:00, Commissioner’s Office, Winchester"),
        P(f"**Focus:** {focus}"),
        T(tuple(rows), (1, 7, 4, 1.2), header_rows=1),
        P("Papers are published on the Commissioner’s website one week after the meeting."),
        Break(),
        H(notes_title, 1),
        P("**Attendees:** Police and Crime Commissioner (Chair), Chief Executive, Chief Constable, "
          "Deputy Chief Constable, ACC Operations, Head of Scrutiny (minutes)."),
        H("Item 1 – Introduction and apologies", 2),
        P("The Commissioner welcomed attendees. There were no apologies."),
        H("Item 2 – Record of the last meeting and action log", 2),
        P("The record of 26 January 2027 was agreed as accurate; the action log was reviewed (paper B)."),
        H(f"Item 3 – {item}", 2),
        P("The ACC Operations presented the force’s rural crime strategy. The Commissioner rates each answer "
          "on the scale below."),
        T((("**Rating**", "**Meaning**"),
           ("A", "Full assurance: the response answers the question and the evidence shows the arrangements work"),
           ("B", "Reasonable assurance: the arrangements are sound, with minor gaps"),
           ("C", "Limited assurance: significant gaps; further evidence is needed"),
           ("D", "No assurance: the response gives the Commissioner no confidence")), (1, 9), header_rows=1),
    ]
    questions = [
        ("How many officers are trained in wildlife crime, and how is their time protected from abstraction?",
         ["Twenty-two officers hold the national wildlife crime course; 14 of them serve in the Country Watch team.",
          "Abstraction to response duties averaged 11 per cent in the last quarter."],
         "B", "Assured", "The Commissioner noted the low abstraction rate."),
        ("What is the force doing to reduce the theft of agricultural machinery and GPS units?",
         ["Thefts fell by 18 per cent after forensic marking events at livestock markets.",
          "Two organised groups were disrupted in a joint operation with a neighbouring force."],
         "A", "Assured", "Good partnership work, which should be publicised to farmers."),
        ("How are reports of hare coursing recorded and followed up?",
         ["Hare coursing is logged as an incident and only sometimes recorded as a crime.",
          "The force could not yet give outcome figures."],
         "C", "Partly assured", "The Commissioner asked for crime recording to be checked against the Home Office Counting Rules."),
        ("How are heritage crimes at scheduled monuments investigated?",
         ["There is no named lead for heritage crime and no outcome data was available."],
         "D", "Not assured", "The Commissioner asked for a named lead to be appointed."),
        ("What has the rural crime survey told the force about confidence in rural areas?",
         ["The survey closed in March and the results are being analysed."],
         "Deferred", None, "Rating deferred until the survey results are available."),
    ]
    rows = [("**Ref**", "**Question**", "**Response**", "**Rating**", "**Commissioner’s comments**")]
    for number, (question, evidence, printed, level, comment) in enumerate(questions, start=1):
        rows.append((f"Q{number}", question, tuple(evidence), printed, comment))
        gold.assurance_decisions.append(decision(notes_date, item, str(number), question, evidence, level, comment))
    blocks.append(T(tuple(rows), (0.9, 4, 4.6, 1.9, 3.6), header_rows=1))
    minuted = [("PAB/27/09", "Check the recording of hare coursing reports against the Home Office Counting Rules.", "Force Crime Registrar",
                "The Force Crime Registrar’s audit has started and will report in July.", "outstanding"),
               ("PAB/27/10", "Appoint a named lead for heritage crime.", "ACC Operations",
                "Chief Inspector, Rural Policing, appointed as heritage crime lead on 4 April 2027.", "complete")]
    blocks += [P("**Actions agreed**"),
               T((("**Ref**", "**Action**", "**Owner**"),) + tuple((ref, text, owner) for ref, text, owner, _, _ in minuted),
                 (1.5, 7, 3), header_rows=1),
               H("Item 4 – Any other business", 2), P("No other business was raised."), Break(),
               H("Paper B – Action log", 1),
               P("Open and recently closed actions. Closed actions are removed after one meeting.")]
    earlier = [("PAB/26/41", "2026-11-24", "Share the evaluation of the rural crime drone pilot.", "Head of Rural Policing",
                "Evaluation shared with the OPCC on 9 January 2027.", "complete"),
               ("PAB/27/02", "2027-01-26", "Provide victim satisfaction figures for burglary by district.", "Director of Performance",
                "Figures will be provided once the new survey provider is in place in June.", "outstanding"),
               ("PAB/27/03", "2027-01-26", "Confirm how many special constables work in rural teams.", "Head of Special Constabulary",
                "Confirmed at 37; details sent to the Commissioner on 2 February 2027.", "complete")]
    rows = [("**Ref**", "**Raised**", "**Action**", "**Owner**", "**Update**")]
    for ref, raised, text, owner, update, status in earlier:
        rows.append((ref, long_date(raised, False), text, owner, update))
        gold.actions.append(action(raised, None, ref, text, update, status, "inferred_from_update"))
    for ref, text, owner, update, status in minuted:
        rows.append((ref, long_date(notes_date, False), text, owner, update))
        gold.actions.append(action(notes_date, item, ref, text, update, status, "inferred_from_update"))
    blocks += [T(tuple(rows), (2, 2.3, 3.8, 3, 4), header_rows=1),
               H("Appendix – rural crime in figures", 2),
               T((("**Measure**", "**2025/26**", "**2026/27**"), ("Rural crimes recorded", "3,412", "3,180"),
                  ("Machinery thefts", "214", "176"), ("Wildlife crime reports", "389", "402")), (5, 2, 2), header_rows=1)]
    data = word(blocks, title=f"{board} {long_date(date, False)}", author="OPCC Hampshire and Isle of Wight",
                when=datetime(2027, 5, 10, 9), header="Hampshire and Isle of Wight OPCC – OFFICIAL", footer=board)
    return docx_to_pdf(data), gold


# --- 3. Surrey: Word, an Accepted / Accepted – further work required / Not accepted outcome ------


@pack("surrey-pcc-pam-2027-06-08-round34b.docx")
def surrey() -> tuple[bytes, Gold]:
    org = "Police and Crime Commissioner for Surrey"
    board, date, notes_date = "Performance and Accountability Meeting", "2027-06-08", "2027-04-13"
    theme, item = "Road safety and the fatal five", "Anti-social behaviour in town centres"
    notes_title = f"Minutes of the Performance and Accountability Meeting – {long_date(notes_date, False)}"
    gold = Gold(document("docx", board, "Surrey Police", org, date))
    gold.meetings += [meeting(date, theme, org, board), meeting(notes_date, item, org, notes_title)]
    items = [("1", "Welcome and apologies", "Commissioner"), ("2", "Minutes and actions of the last meeting", "Head of Policy"),
             ("3", theme, "Chief Superintendent, Roads Policing"), ("4", "Performance against the Police and Crime Plan", "Deputy Chief Constable"),
             ("5", "Questions from the public", "Commissioner"), ("6", "Date of next meeting", None)]
    rows = [("**No.**", "**Item**", "**Lead**", "**Time**")]
    for (number, title, lead), time in zip(items, ("10:00", "10:05", "10:15", "11:00", "11:30", "11:45")):
        rows.append((number, title, lead or "", time))
        gold.agenda_items.append(agenda(date, number, title, lead))
    blocks: list = [
        P("**Office of the Police and Crime Commissioner for Surrey**"),
        Title(board),
        P(f"{long_date(date)}, 10:00, held online and streamed"),
        P(f"**Theme:** {theme}"),
        T(tuple(rows), (1, 7, 4, 1.5), header_rows=1),
        Break(),
        H(notes_title, 1),
        P("**Present:** Commissioner (Chair), Deputy Commissioner, Chief Constable, Deputy Chief Constable, "
          "Head of Policy and Commissioning (minutes)."),
        H("1. Welcome and apologies", 2), P("There were no apologies."),
        H("2. Minutes and actions", 2), P("The minutes of 9 February 2027 were approved. The action log is at the end of this pack."),
        H(f"3. {item}", 2),
        P("The Chief Superintendent, East Surrey, presented the paper. After each answer the Commissioner records "
          "an outcome: **Accepted** (she is assured by the response), **Accepted – further work required** (she is "
          "partly assured) or **Not accepted** (she is not assured)."),
    ]
    questions = [
        ("Which town centres have seen the largest rise in anti-social behaviour this year, and why?",
         ["Reports rose most in two town centres, by 22 and 17 per cent, linked to the closure of youth venues.",
          "Patrol plans were changed in February to cover the evening peak."],
         "Accepted – further work required", "Partly assured", "The Commissioner asked for the effect of the patrol changes to be measured."),
        ("How are dispersal orders used, and are they checked for fairness?",
         ["Fourteen dispersal orders were authorised in the last six months, each signed off by an inspector.",
          "Every order is reviewed by the scrutiny panel, which found no concerns."],
         "Accepted", "Assured", "The Commissioner thanked the panel for its work."),
        ("How are repeat victims of anti-social behaviour identified and supported?",
         ["Repeat callers are flagged by the contact centre but the flag is not passed to neighbourhood teams.",
          "The force could not say how many repeat victims had a support plan."],
         "Not accepted", "Not assured", "The Commissioner expects a plan to close this gap by the next meeting."),
        ("How does the force work with councils to use Community Protection Notices?",
         ["A joint protocol with all eleven councils was signed in January.",
          "Notices issued rose from 61 to 98 year on year."],
         "Accepted", "Assured", None),
    ]
    rows = [("**No.**", "**Question**", "**Force response**", "**Outcome**", "**Commissioner’s remarks**")]
    for number, (question, evidence, printed, level, remark) in enumerate(questions, start=1):
        rows.append((f"3.{number}", question, tuple(evidence), f"**{printed}**", remark or ""))
        gold.assurance_decisions.append(decision(notes_date, item, f"3.{number}", question, evidence, level, remark))
    blocks.append(T(tuple(rows), (1, 4, 5, 2.4, 3.4), header_rows=1))
    minuted = [("PAM 27/11", "Measure the effect of the changed evening patrol plans in the two town centres.",
                "Analysis under way; findings due at the July meeting.", "amber"),
               ("PAM 27/12", "Set out a plan for passing repeat victim flags to neighbourhood teams.",
                "Plan agreed by the Deputy Chief Constable on 20 May 2027 and circulated.", "green")]
    blocks += [P("**Actions**"), Bul(tuple(f"{ref} – {text}" for ref, text, _, _ in minuted)),
               H("4. Any other business", 2), P("None."), Break(),
               H("Action log", 1),
               P("Key: {#00a651|■} Complete   {#ffc000|■} In progress   {#e00000|■} Not started")]
    colour = {"green": "#00a651", "amber": "#ffc000", "red": "#e00000"}
    status = {"green": "complete", "amber": "outstanding", "red": "outstanding"}
    earlier = [("PAM 27/03", "2027-02-09", "Publish the drink and drug driving campaign results.",
                "Results published on the force website on 6 March 2027.", "green"),
               ("PAM 27/05", "2027-02-09", "Review the criteria for deploying the mobile speed camera vans.",
                "Review to begin once the new road safety partnership manager starts.", "red"),
               ("PAM 27/06", "2027-02-09", "Provide the number of officers trained in collision investigation.",
                "Training records being collated by Learning and Development.", "amber")]
    rows = [("**No.**", "**Meeting**", "**Action**", "**Update**", "**Status**")]
    for ref, raised, text, update, rag in earlier:
        rows.append((ref, long_date(raised, False), text, update, f"{{{colour[rag]}|■}}"))
        gold.actions.append(action(raised, None, ref, text, update, status[rag], "glyph_colour"))
    for ref, text, update, rag in minuted:
        rows.append((ref, long_date(notes_date, False), text, update, f"{{{colour[rag]}|■}}"))
        gold.actions.append(action(notes_date, item, ref, text, update, status[rag], "glyph_colour"))
    blocks.append(T(tuple(rows), (1.5, 2, 5, 5, 1.2), header_rows=1))
    data = word(blocks, title=board, author="OPCC Surrey", when=datetime(2027, 6, 1, 9),
                header="Surrey OPCC – OFFICIAL", footer=f"{board} – {long_date(date, False)}")
    return data, gold


# --- 4. Essex: Word, "Question N" headings and level lines; a log of shaded Status cells -------


@pack("essex-pfcc-prsb-2027-06-29-round34b.docx")
def essex() -> tuple[bytes, Gold]:
    org = "Police, Fire and Crime Commissioner for Essex"
    board, date, notes_date = "Performance and Resources Scrutiny Board", "2027-06-29", "2027-04-27"
    focus, item = "Domestic abuse and stalking", "Knife crime and serious violence"
    notes_title = f"Minutes of the Performance and Resources Scrutiny Board held on {long_date(notes_date, False)}"
    gold = Gold(document("docx", board, "Essex Police", org, date))
    gold.meetings += [meeting(date, focus, org, board), meeting(notes_date, item, org, notes_title)]
    items = [("Apologies for absence", "PFCC"), ("Minutes of the last meeting", "Head of Governance"),
             ("Action log", "Head of Governance"), (focus, "Head of Crime and Public Protection"),
             ("Finance report (month 2)", "Chief Finance Officer"), ("Any other business", None)]
    gold.agenda_items += [agenda(date, str(n), title, lead) for n, (title, lead) in enumerate(items, start=1)]
    blocks: list = [
        P("**Police, Fire and Crime Commissioner for Essex**"),
        Title(board),
        P(f"**Date:** {long_date(date)}   **Time:** 09:30   **Venue:** Kelvedon Park"),
        P(f"**Focus of the meeting:** {focus}"),
        H("Agenda", 2),
        Num(tuple(f"{title} – {lead}" if lead else title for title, lead in items)),
        Break(),
        H(notes_title, 1),
        P("**Present:** PFCC (Chair); Chief Executive; Chief Constable; Deputy Chief Constable; "
          "ACC Crime; Head of Governance (minutes)."),
        H("1. Apologies", 2), P("Apologies were received from the Chief Finance Officer."),
        H("2. Minutes and action log", 2), P("The minutes of 23 February 2027 were agreed."),
        H(f"3. {item}", 2),
        P("The ACC Crime introduced the report. The PFCC put the following questions."),
    ]
    questions = [
        ("How has knife crime changed in the county over the last twelve months?",
         ["Knife-enabled offences fell by 9 per cent.", "Possession offences rose by 12 per cent, reflecting more proactive searches."],
         "Substantial", "Assured", "The PFCC recognised the reduction and the proactive work behind it."),
        ("What is the force doing to divert young people away from carrying knives?",
         ["School liaison officers delivered knife-crime sessions in 61 secondary schools.",
          "A youth diversion scheme takes referrals from custody; 140 young people were referred."],
         "Reasonable", "Assured", "The PFCC asked to see the evaluation of the diversion scheme when it is ready."),
        ("How does the force use knife arches and test purchases with retailers?",
         ["Knife arches were deployed at 18 events.", "Test purchases found that 4 of 30 retailers sold to under-18s; no follow-up visits have yet been made."],
         "Limited", "Partly assured", "The PFCC asked for follow-up visits to be made to every retailer that failed."),
        ("How are serious violence duty partners sharing data with the force?",
         ["Data sharing agreements are in place with two of the five partner types.", "Health data is not yet shared."],
         "No assurance", "Not assured", "The PFCC will raise health data sharing with the Violence and Vulnerability Partnership."),
    ]
    for number, (question, evidence, printed, level, comment) in enumerate(questions, start=1):
        blocks += [H(f"Question {number}", 3), P(f"**{question}**"), P("*Response:*"), Bul(tuple(evidence)),
                   P(f"**Level of assurance:** {printed}"), P(f"**PFCC comment:** {comment}")]
        gold.assurance_decisions.append(decision(notes_date, item, str(number), question, evidence, level, comment))
    minuted = [("PRSB 27/14", "Share the evaluation of the youth diversion scheme with the PFCC.",
                "Evaluation due from the university partner in September 2027.", "amber"),
               ("PRSB 27/15", "Make follow-up visits to every retailer that failed a knife test purchase.",
                "All four retailers visited; two have had refresher training.", "green")]
    blocks += [H("Actions arising", 3)] + [P(f"**{ref}:** {text}") for ref, text, _, _ in minuted]
    blocks += [H("4. Any other business", 2), P("None."), Break(), H("Action log", 1),
               P("Status key:"),
               T((("", "Complete"), ("", "In progress"), ("", "Overdue")), (1, 5),
                 fills={(0, 0): "#00b050", (1, 0): "#ffc000", (2, 0): "#ff0000"})]
    fill = {"green": "#00b050", "amber": "#ffc000", "red": "#ff0000"}
    status = {"green": "complete", "amber": "outstanding", "red": "outstanding"}
    earlier = [("PRSB 26/52", "2026-12-15", "Provide the number of officers trained in domestic abuse risk assessment.",
                "1,310 officers trained; figures sent on 10 January 2027.", "green"),
               ("PRSB 27/03", "2027-02-23", "Report the cost of the custody refurbishment against budget.",
                "Awaiting the final account from the contractor.", "red"),
               ("PRSB 27/05", "2027-02-23", "Brief the PFCC on the new stalking clinic.",
                "Briefing held on 18 March 2027.", "green")]
    rows = [("**Ref**", "**Date**", "**Action**", "**Update**", "**Status**")]
    fills = {}
    for r, (ref, raised, text, update, rag) in enumerate(earlier + [(ref, notes_date, text, update, rag) for ref, text, update, rag in minuted], start=1):
        rows.append((ref, long_date(raised, False), text, update, ""))
        fills[(r, 4)] = fill[rag]
        minuted_here = raised == notes_date
        gold.actions.append(action(raised, item if minuted_here else None, ref, text, update, status[rag], "cell_shading"))
    blocks.append(T(tuple(rows), (1.6, 2, 5, 5, 1.2), header_rows=1, fills=fills))
    data = word(blocks, title=board, author="Essex PFCC", when=datetime(2027, 6, 21, 9),
                header="OFFICIAL", footer=f"{board} – {long_date(date, False)}")
    return data, gold


# --- 5. Devon and Cornwall: reportlab, the common five-column table, two items -------------------


@pack("devon-cornwall-pcc-pab-2027-06-02-round34b.pdf")
def devon_cornwall() -> tuple[bytes, Gold]:
    org = "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"
    board, date, notes_date = "Performance and Accountability Board", "2027-06-02", "2027-03-03"
    theme = "Roads policing"
    notes_title = f"Notes of the Performance and Accountability Board – {long_date(notes_date, False)}"
    gold = Gold(document("pdf", board, "Devon and Cornwall Police", org, date))
    gold.meetings += [meeting(date, theme, org, board), meeting(notes_date, None, org, notes_title)]
    blocks: list = [
        P("Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly", size=10),
        Title(board),
        P(f"**Date:** {long_date(date)}, 13:30 to 16:00"),
        P(f"**Theme:** {theme}"),
        agenda_table(gold, date, [
            ("1", "Apologies and declarations of interest", "Chair"),
            ("2", f"Notes of the meeting of {long_date(notes_date, False)}", "OPCC Governance Officer"),
            ("3", "Action log", "OPCC Governance Officer"),
            ("4", "Roads policing and the Vision Zero partnership", "Chief Superintendent, Roads Policing"),
            ("5", "Quarterly performance and finance", "Deputy Chief Constable"),
            ("6", "Any other business", "Chair"),
        ], headers=("No.", "Item", "Presenter"), widths=(1, 7, 4)),
        Break(),
        H(notes_title, 1),
        P("**Present:** Police and Crime Commissioner (Chair), Chief Executive, Chief Constable, Deputy Chief "
          "Constable, two Assistant Chief Constables, OPCC Governance Officer."),
        H("1. Apologies", 2), P("Apologies from the Treasurer."),
        H("2. Notes and action log", 2), P("The notes of 13 January 2027 were agreed."),
    ]
    sections = [
        ("Retail crime", [
            ("How many shop theft reports are attended, and how quickly?",
             "39 per cent were attended in the last quarter, within a median of 26 hours. Reports with CCTV are now prioritised.",
             "Reasonable assurance", "Assured", "The Commissioner welcomed the CCTV triage."),
            ("What is the force doing about repeat offenders targeting small retailers?",
             "Twenty-eight prolific offenders are managed under the integrated offender scheme. Criminal behaviour orders were obtained for nine.",
             "Substantial assurance", "Assured", "No further comment."),
            ("How are retail staff who are assaulted kept informed about their case?",
             "Victim updates are recorded in 58 per cent of cases, against a target of 90 per cent.",
             "Limited assurance", "Partly assured", "The Commissioner asked for victim update compliance to be reported monthly."),
        ]),
        ("Custody", [
            ("How is the force making sure detainees see a health care professional promptly?",
             "The median wait fell from 3.1 to 2.4 hours after a second nurse was added on night shifts.",
             "Substantial assurance", "Assured", "The Commissioner thanked the custody team."),
            ("What has changed since the independent custody visitors raised concerns about cell temperatures?",
             "Estates have surveyed two suites; no work has yet been scheduled.",
             "No assurance", "Not assured", "The Commissioner expects a costed plan at the next meeting."),
        ]),
    ]
    minuted = {"Retail crime": [("PAB/27/07", "Report victim update compliance for assaulted retail staff monthly.",
                                 "First monthly report received in April 2027.", "Closed")],
               "Custody": [("PAB/27/08", "Bring a costed plan to fix cell temperatures in the two surveyed suites.",
                            "Plan being costed; now due in July.", "Overdue")]}
    number = 0
    for index, (title, questions) in enumerate(sections, start=3):
        blocks += [H(f"{index}. {title}", 2)]
        rows = [("**No.**", "**Question**", "**Response**", "**Level of assurance**", "**Commissioner’s comments**")]
        for question, response, printed, level, comment in questions:
            number += 1
            rows.append((str(number), question, response, printed, comment))
            commentary = None if comment == "No further comment." else comment
            gold.assurance_decisions.append(decision(notes_date, title, str(number), question, [response], level, commentary))
        blocks.append(T(tuple(rows), (0.7, 4, 5, 2.2, 3.4), header_rows=1))
        blocks += [P(f"**Action {ref}:** {text}") for ref, text, _, _ in minuted[title]]
    blocks += [H("5. Any other business", 2), P("There was none."), Break(), H("Action log", 1)]
    earlier = [("PAB/26/61", "2026-11-04", None, "Share the findings of the speed camera site review.",
                "Findings shared with the OPCC on 2 December 2026.", "Closed"),
               ("PAB/27/02", "2027-01-13", None, "Provide the number of drink-drive arrests over the Christmas campaign.",
                "412 arrests; figures given to the Commissioner in February.", "Closed"),
               ("PAB/27/04", "2027-01-13", None, "Confirm the date for the retail crime summit with the business crime partnership.",
                "Summit date still to be agreed with the partnership.", "Open")]
    rows = [("**Ref**", "**Date**", "**Action**", "**Update**", "**Status**")]
    for ref, raised, topic, text, update, printed in earlier + [(ref, notes_date, title, text, update, printed)
                                                                for title, actions in minuted.items()
                                                                for ref, text, update, printed in actions]:
        rows.append((ref, long_date(raised, False), text, update, printed))
        gold.actions.append(action(raised, topic, ref, text, update, "complete" if printed == "Closed" else "outstanding",
                                   "status_column"))
    blocks.append(T(tuple(rows), (1.6, 2, 5, 5, 1.3), header_rows=1))
    look = rl.PdfLook(body_size=10.5, cell_size=9.5, margin=56, header="OFFICIAL",
                      footer=f"{board} – {long_date(date, False)}")
    return reportlab_pdf(blocks, look, board, "OPCC Devon, Cornwall and the Isles of Scilly"), gold


# --- 6. Wiltshire: reportlab, minutes in prose with the Commissioner's opinion table ------------


@pack("wiltshire-pcc-cmb-2027-05-12-round34b.pdf")
def wiltshire() -> tuple[bytes, Gold]:
    org = "Police and Crime Commissioner for Wiltshire and Swindon"
    board, date, notes_date = "Commissioner’s Monitoring Board", "2027-05-12", "2027-03-17"
    item = "Vetting and professional standards"
    notes_title = f"Minutes of the Commissioner’s Monitoring Board, {long_date(notes_date, False)}"
    gold = Gold(document("pdf", board, "Wiltshire Police", org, date))
    gold.meetings += [meeting(date, None, org, board), meeting(notes_date, item, org, notes_title)]
    items = [("1", "Apologies", None), ("2", "Minutes of the meeting held on 17 March 2027", "Head of Governance"),
             ("3", "Action log", "Head of Governance"), ("4", "Neighbourhood crime and burglary", "Superintendent, Local Policing"),
             ("5", "Contact centre performance", "Head of Contact Management"), ("6", "Any other business", None)]
    rows = []
    for number, title, lead in items:
        rows.append((f"{number}.", f"**{title}**" + (f"\n*{lead}*" if lead else "")))
        gold.agenda_items.append(agenda(date, number, title, lead))
    blocks: list = [
        P("**Police and Crime Commissioner for Wiltshire and Swindon**"),
        Title(board),
        P(f"{long_date(date)}, 10.00am, Police Headquarters, Devizes"),
        H("Agenda", 2),
        T(tuple(rows), (0.6, 9), bordered=False),
        Break(),
        H(notes_title, 1),
        P("**Present:** Commissioner (Chair), Chief Constable, Deputy Chief Constable, Head of Professional "
          "Standards, OPCC Head of Governance."),
        P("**16. Apologies.** None."),
        P("**17. Minutes and action log.** The minutes of 20 January 2027 were approved. Updates to the log are shown at item 3."),
        H(f"18. {item}", 2),
        P("18.1 The Head of Professional Standards presented the quarterly report. The Commissioner asked the "
          "questions below; his opinion on each answer is recorded in the table at the end of this minute."),
    ]
    questions = [
        ("How long does vetting clearance take for new recruits, and what is being done about delays?",
         ["The median time is 47 days, down from 68 days a year ago.",
          "Two temporary vetting officers were recruited and the backlog cleared in February."],
         "Effective", "Assured", "The reduction in clearance times is welcome."),
        ("How many officers and staff are overdue for re-vetting?",
         ["Re-vetting is overdue for 131 officers and staff.", "A plan to clear the list by September has been agreed but not yet started."],
         "Partially effective", "Partly assured", "The Commissioner asked for monthly progress against the September plan."),
        ("How quickly are public complaints logged and the complainant contacted?",
         ["Complaints are logged within two working days in 93 per cent of cases.",
          "First contact is made within ten working days in 81 per cent."],
         "Effective", "Assured", "Performance is in line with the national picture."),
        ("What has the force learned from misconduct hearings held in public this year?",
         ["Learning is shared through a bulletin, but no review of themes across hearings has been done."],
         "Not effective", "Not assured", "A thematic review should be commissioned and reported to the Board."),
    ]
    for number, (question, evidence, *_rest) in enumerate(questions, start=1):
        blocks += [P(f"**Q{number}.** {question}", indent=18)] + [P(text, indent=18) for text in evidence]
    blocks += [P("**Commissioner’s opinion.** Effective – the Commissioner is assured; Partially effective – "
                 "the Commissioner is partly assured; Not effective – the Commissioner is not assured.")]
    rows = [("**Q**", "**Opinion**", "**Reason**")]
    for number, (question, evidence, printed, level, reason) in enumerate(questions, start=1):
        rows.append((f"Q{number}", printed, reason))
        gold.assurance_decisions.append(decision(notes_date, item, str(number), question, evidence, level, reason))
    blocks.append(T(tuple(rows), (0.8, 2.4, 7), header_rows=1))
    minuted = [("CMB 27/06", "Report monthly progress against the re-vetting plan.",
                "April and May progress reports received.", "Discharged"),
               ("CMB 27/07", "Commission a thematic review of misconduct hearings and report it to the Board.",
                "Terms of reference drafted; review to start in June.", "Live")]
    blocks += [P("18.2 **Resolved** that the following actions be taken:")]
    blocks += [P(f"({letter}) {ref} – {text}", indent=18) for letter, (ref, text, _, _) in zip("ab", minuted)]
    blocks += [
               P("**19. Any other business.** None. The meeting closed at 11.40am."), Break(),
               H("Item 3 – Action log", 1)]
    earlier = [("CMB 26/44", "2026-11-18", "Provide the outcome of the burglary dip sample.",
                "Dip sample found 88 per cent of burglaries attended within 24 hours; report circulated.", "Discharged"),
               ("CMB 27/02", "2027-01-20", "Publish the contact centre answer times on the OPCC website.",
                "Website page in development with the force digital team.", "Live")]
    rows = [("**Ref**", "**Meeting**", "**Action**", "**Update**", "**Status**")]
    for ref, raised, text, update, printed in earlier + [(ref, notes_date, text, update, printed) for ref, text, update, printed in minuted]:
        rows.append((ref, long_date(raised, False), text, update, printed))
        minuted_here = raised == notes_date
        gold.actions.append(action(raised, item if minuted_here else None, ref, text, update,
                                   "complete" if printed == "Discharged" else "outstanding", "status_column",
                                   key=f"{ref} – {text}" if minuted_here else None))
    blocks.append(T(tuple(rows), (1.5, 2, 5, 5, 1.4), header_rows=1))
    look = rl.register_dejavu_serif()
    look = rl.PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font, body_size=10.5,
                      cell_size=9.5, margin=60, header="Wiltshire and Swindon OPCC", footer=board)
    return reportlab_pdf(blocks, look, board, "OPCC Wiltshire and Swindon"), gold


# --- 7. MOPAC: Word -> PDF, chaired by the Deputy Mayor, "Question N" headings ------------------


@pack("mopac-dmpc-challenge-2027-06-24-round34b.pdf")
def mopac() -> tuple[bytes, Gold]:
    org = "Deputy Mayor for Policing and Crime"
    board, date, notes_date = "MOPAC Challenge", "2027-06-24", "2027-04-22"
    theme, item = "Public confidence and trust", "Youth violence"
    notes_title = f"MOPAC Challenge: {item} – note of the meeting held on {long_date(notes_date, False)}"
    gold = Gold(document("pdf", board, "Metropolitan Police Service", org, date))
    gold.meetings += [meeting(date, theme, org, board), meeting(notes_date, item, org, notes_title)]
    blocks: list = [
        P("**MAYOR OF LONDON – OFFICE FOR POLICING AND CRIME**"),
        Title(board),
        P(f"{long_date(date)}, 14:00 – 16:00, City Hall, and webcast"),
        P("**Chair:** Deputy Mayor for Policing and Crime"),
        P(f"**Theme:** {theme}"),
        agenda_table(gold, date, [
            ("1", "Welcome and introductions", "DMPC"),
            ("2", "Note of the last Challenge and actions", "MOPAC Secretariat"),
            ("3", "Trust and confidence: the Met’s response", "Deputy Commissioner"),
            ("4", "Community monitoring: what London’s residents tell us", "Director of Strategy, MOPAC"),
            ("5", "Close", "DMPC"),
        ], headers=("Item", "Subject", "Presenter"), widths=(1, 7, 4)),
        Break(),
        H(notes_title, 1),
        P("**Attendees:** Deputy Mayor for Policing and Crime (Chair); Chief Executive, MOPAC; Deputy Commissioner; "
          "Commander, Violent Crime Taskforce; MOPAC Secretariat."),
        P("The DMPC challenged the Met on its response to youth violence. The DMPC’s assessment of each answer is "
          "given as assured, partially assured or not assured."),
    ]
    questions = [
        ("How has the number of young people injured by knives changed over the last year, and why?",
         ["Under-25 knife injury victims fell by 14 per cent.", "The Met attributes the fall to hotspot patrols and the violence reduction unit’s youth workers in emergency departments."],
         "Assured", "Assured", "The DMPC welcomed the fall and the partnership work behind it."),
        ("How is the Met making sure that stop and search of young people is fair?",
         ["Body-worn video is reviewed for 10 per cent of searches of under-18s.", "Disproportionality for young Black Londoners remains at 3.4 times."],
         "Partially assured", "Partly assured", "The DMPC asked for the community monitoring groups to review a sample of searches."),
        ("What support is offered to children arrested for violent offences?",
         ["Custody diversion workers cover three of the twelve custody suites.", "No data was given on the outcomes of referrals."],
         "Not assured", "Not assured", "The DMPC expects a plan to extend coverage and outcome data at the next Challenge."),
    ]
    for number, (question, evidence, printed, level, comment) in enumerate(questions, start=1):
        blocks += [H(f"Question {number}", 3), P(f"**{question}**"), P("*Met response:*"), Bul(tuple(evidence)),
                   P(f"**DMPC assessment:** {printed}"), P(f"**Comment:** {comment}")]
        gold.assurance_decisions.append(decision(notes_date, item, str(number), question, evidence, level, comment))
    minuted = [("MC/27/08", "Community monitoring groups to review a sample of searches of under-18s.",
                "First review held on 19 May 2027; report to follow.", "In progress"),
               ("MC/27/09", "Bring a plan to extend custody diversion to all custody suites, with outcome data.",
                "Plan presented to MOPAC on 3 June 2027.", "Complete")]
    blocks += [H("Actions", 3), Bul(tuple(f"{text} ({ref})" for ref, text, _, _ in minuted)), Break(),
               H("Action tracker", 1)]
    earlier = [("MC/26/31", "2026-10-21", "Share the Met’s evaluation of its neighbourhood ward panels.",
                "Evaluation shared on 30 November 2026.", "Complete"),
               ("MC/27/02", "2027-02-17", "Set out how the Met will report public complaints data by borough.",
                "Borough data will be included from the quarter 1 report.", "In progress")]
    rows = [("**Ref**", "**Challenge**", "**Action**", "**Update**", "**Status**")]
    for ref, raised, text, update, printed in earlier + [(ref, notes_date, text, update, printed) for ref, text, update, printed in minuted]:
        rows.append((ref, long_date(raised, False), text, update, printed))
        minuted_here = raised == notes_date
        gold.actions.append(action(raised, item if minuted_here else None, ref, text, update,
                                   "complete" if printed == "Complete" else "outstanding", "status_column"))
    blocks.append(T(tuple(rows), (1.5, 2, 5, 5, 1.5), header_rows=1))
    data = word(blocks, title=board, author="MOPAC", when=datetime(2027, 6, 16, 9),
                header="MOPAC | MAYOR OF LONDON", footer="OFFICIAL")
    return docx_to_pdf(data), gold


# --- 8. Suffolk: reportlab, landscape; a Satisfactory / Requires further assurance / Unsatisfactory
# outcome read by its key; a log whose status is a percentage complete ---------------------------


@pack("suffolk-pcc-app-2027-06-18-round34b.pdf")
def suffolk() -> tuple[bytes, Gold]:
    org = "Police and Crime Commissioner for Suffolk"
    board, date, notes_date = "Accountability and Performance Panel", "2027-06-18", "2027-03-19"
    theme, item = "Victim services", "Hate crime"
    notes_title = f"Accountability and Performance Panel – Minutes – {long_date(notes_date, False)}"
    gold = Gold(document("pdf", board, "Suffolk Constabulary", org, date))
    gold.meetings += [meeting(date, theme, org, board), meeting(notes_date, item, org, notes_title)]
    items = [("1", "Welcome and apologies", None, "10:00"), ("2", "Minutes of the last meeting", "Chief Executive", "10:05"),
             ("3", "Action log", "Chief Executive", "10:10"), ("4", "Support for victims of crime", "Chief Constable", "10:15"),
             ("5", "Victim Care Service annual report", "Head of Commissioning", "11:00"),
             ("6", "Any other business", None, "11:40")]
    rows = [("**Item**", "**Title**", "**Report by**", "**Time**")]
    for number, title, lead, time in items:
        rows.append((number, title, lead or "", time))
        gold.agenda_items.append(agenda(date, number, title, lead))
    blocks: list = [
        P("**SUFFOLK POLICE AND CRIME COMMISSIONER**"),
        Title(board),
        P(f"{long_date(date)} at 10.00am, Suffolk Police Headquarters, Martlesham Heath. Open to the public and the press."),
        P(f"**Theme of the meeting:** {theme}"),
        T(tuple(rows), (1, 8, 4, 1.4), header_rows=1),
        Break(),
        H(notes_title, 1),
        P("**Present:** Police and Crime Commissioner (Chair); Chief Executive; Chief Finance Officer; Chief "
          "Constable; Deputy Chief Constable; Superintendent, Community Safety."),
        P("**1. Apologies.** None.   **2. Minutes.** The minutes of 22 January 2027 were approved."),
        H(f"3. {item}", 2),
        P("The Constabulary’s report on hate crime was taken as read. The table records the PCC’s questions, the "
          "Constabulary’s answers and the scrutiny outcome."),
        T((("**Scrutiny outcomes**", ""),
           ("Satisfactory", "The PCC is assured by the answer."),
           ("Requires further assurance", "The PCC is partly assured and has asked for more information."),
           ("Unsatisfactory", "The PCC is not assured.")), (2, 6), header_rows=1, spans=((0, 0, 1, 2),)),
    ]
    questions = [
        ("How many hate crimes were recorded in 2026, and how does that compare with the year before?",
         ["1,206 hate crimes were recorded, 4 per cent fewer than in 2025.",
          "Racially aggravated offences make up 68 per cent of the total."],
         "Satisfactory", "Assured", "Figures accepted; the PCC asked for them to be published by district."),
        ("What proportion of hate crime victims receive a visit from a hate crime officer?",
         ["All high-risk victims are visited; medium-risk victims are offered a call.",
          "Overall, 44 per cent of victims had a visit in the last quarter."],
         "Requires further assurance", "Partly assured", "The PCC asked how medium-risk victims are kept informed."),
        ("How does the Constabulary work with third-party reporting centres?",
         ["There are 31 third-party reporting centres.", "Nine have not been visited by the police in over a year."],
         "Requires further assurance", "Partly assured", "A visit programme is to be agreed."),
        ("What is the charge rate for hate crime, and how is it being improved?",
         ["The charge rate is 7 per cent.", "No improvement plan was presented."],
         "Unsatisfactory", "Not assured", "The PCC requires an improvement plan by the June Panel."),
    ]
    rows = [("**Ref**", "**PCC question**", "**Constabulary response**", "**Scrutiny outcome**", "**Notes**")]
    for number, (question, evidence, printed, level, note) in enumerate(questions, start=1):
        rows.append((f"HC{number}", question, tuple(evidence), f"**{printed}**", note))
        gold.assurance_decisions.append(decision(notes_date, item, f"HC{number}", question, evidence, level, note))
    blocks.append(T(tuple(rows), (0.8, 4, 5, 2, 3.4), header_rows=1))
    minuted = [("APP 27/05", "Agree a programme of visits to third-party hate crime reporting centres.",
                "Programme agreed; 5 of 9 centres visited by 31 May 2027.", "55%"),
               ("APP 27/06", "Present a plan to improve the hate crime charge rate to the June Panel.",
                "Plan presented at item 4 of this agenda.", "100%")]
    blocks += [P("**Actions:**"), Num(tuple(f"{ref}: {text}" for ref, text, _, _ in minuted)),
               P("**4. Any other business.** None. The meeting closed at 11.35am."), Break(),
               H("Action log", 1),
               P("Progress shows the share of each action completed; actions at 100% are removed after the meeting.")]
    earlier = [("APP 26/38", "2026-11-20", "Provide the cost of the new digital evidence platform.",
                "Cost confirmed as £412,000 over three years.", "100%"),
               ("APP 27/02", "2027-01-22", "Report the number of repeat victims of anti-social behaviour by district.",
                "Data is being cleaned; report expected in July.", "30%")]
    rows = [("**Ref**", "**Meeting**", "**Action**", "**Update**", "**Progress**")]
    for ref, raised, text, update, progress in earlier + [(ref, notes_date, text, update, progress) for ref, text, update, progress in minuted]:
        rows.append((ref, long_date(raised, False), text, update, progress))
        minuted_here = raised == notes_date
        gold.actions.append(action(raised, item if minuted_here else None, ref, text, update,
                                   "complete" if progress == "100%" else "outstanding", "status_column"))
    blocks.append(T(tuple(rows), (1.5, 2, 5.5, 5.5, 1.3), header_rows=1))
    look = rl.PdfLook(landscape=True, body_size=10.5, cell_size=9.5, margin=50, header="OFFICIAL",
                      footer=f"Suffolk PCC – {board}")
    return reportlab_pdf(blocks, look, board, "Suffolk OPCC"), gold


def main(prefixes: list[str]) -> None:
    for name, build in PACKS.items():
        if not prefixes or any(name.startswith(p) for p in prefixes):
            data, gold = build()
            write(name, data, gold)


if __name__ == "__main__":
    main(sys.argv[1:])
