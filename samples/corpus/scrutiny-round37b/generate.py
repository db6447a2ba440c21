"""Held-out scrutiny round 37b: eight packs of northern, midlands and Welsh PCC, PFCC and mayoral
offices, with their gold (written to gold/: held out and scored in session 8, then promoted in session 9).

Each block that prints a question, an action, an agenda line or a meeting heading also writes its
gold record, so the gold says what the page says. A PDF record's page is the first page whose text
or table cells hold the start of its key text; a Word file's records have page null.

    .venv/bin/python samples/corpus/scrutiny-round37b/generate.py [NAME-PREFIX ...]

Needs LibreOffice (`soffice`), `taskset` and `setarch` for the three Word -> PDF packs.
"""

from __future__ import annotations

import io
import json
import re
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pdfplumber
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
sys.path.insert(0, str(CORPUS))
sys.path.insert(0, str(CORPUS / "scrutiny-round3"))
from office_pdf import docx_to_pdf  # noqa: E402
from render import (HEADING_SIZES, Break, Bul, H, Num, P, PdfLook, T, _docx_table, _stable_zip,  # noqa: E402
                    _write_runs, register_dejavu_serif, render_pdf)

GOLD = HERE / "gold"
CHECKED = ("Written blind for held-out round 37b; every record hand-checked against the rendered document "
           "and `scrutiny inspect` (layout only) by the round's writer.")
GREEN, AMBER, RED, GREY = "#00b050", "#ffc000", "#ff0000", "#bfbfbf"


@dataclass(frozen=True)
class Ttl:
    """A paragraph in Word's Title style (PDF: a large bold line)."""

    text: str


# --- gold ---------------------------------------------------------------------------------------


class Gold:
    """The records of one pack, each with the text that finds its page in a PDF."""

    def __init__(self) -> None:
        self.records: dict[str, list[dict]] = {t: [] for t in (
            "documents", "meetings", "agenda_items", "assurance_decisions", "actions", "grades")}
        self.keys: list[tuple[dict, str]] = []

    def add(self, kind: str, record: dict, key: str | None) -> dict:
        record = {"page": None, **record}
        self.records[kind].append(record)
        if key is not None:
            self.keys.append((record, key))
        return record

    def document(self, **fields) -> None:
        self.add("documents", {"status": "ok", "doc_kind": "scrutiny_pack", "publication_date": None, **fields}, None)

    def meeting(self, key: str, meeting_date: str, topic: str | None, organisation: str, title: str) -> None:
        self.add("meetings", {"meeting_date": meeting_date, "topic": topic, "organisation": organisation,
                              "title": title}, key)

    def agenda(self, meeting_date: str, number: str, title: str, presenter: str | None) -> None:
        self.add("agenda_items", {"meeting_date": meeting_date, "number": number, "title": title,
                                  "presenter": presenter}, title)

    def decision(self, meeting_date: str, topic: str | None, number: str, question: str, evidence: str,
                 assurance: str | None, commentary: str | None) -> None:
        self.add("assurance_decisions", {"meeting_date": meeting_date, "topic": topic, "question_number": number,
                                         "question": question, "evidence_summary": evidence,
                                         "assurance": assurance, "commentary": commentary}, question)

    def action(self, meeting_date: str | None, topic: str | None, number: str | None, text: str,
               update: str | None, status: str, status_source: str, source: str = "action_tracker") -> None:
        self.add("actions", {"meeting_date": meeting_date, "topic": topic, "number": number, "text": text,
                             "update": update, "status": status, "status_source": status_source,
                             "source": source}, text)


def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def set_pdf_pages(data: bytes, gold: Gold) -> int:
    """Give each keyed record the first page whose text or table cells hold its key's first
    50 letters; stop with an error where no page does."""
    pages: list[str] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            cells = [c or "" for table in page.extract_tables() for row in table for c in row]
            pages.append(_letters(page.extract_text() or "") + "|" + "|".join(_letters(c) for c in cells))
    for record, key in gold.keys:
        needle = _letters(key)[:50]
        found = [n for n, text in enumerate(pages, start=1) if needle in text]
        if not found:
            raise SystemExit(f"key text on no page: {key!r}")
        record["page"] = found[0]
    for document in gold.records["documents"]:
        document["pages"] = len(pages)
    return len(pages)


# --- Word ---------------------------------------------------------------------------------------


def _page_field(paragraph) -> None:
    """A PAGE field, as Word's footer page number is."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText" if text == " PAGE " else "w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _grid_widths(table, block: T, text_width_mm: float) -> None:
    """Set the table grid's column widths as Word does (python-docx leaves them equal, and
    LibreOffice lays a table out by its grid)."""
    total = sum(block.widths)
    for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), block.widths):
        column.set(qn("w:w"), str(int(Mm(text_width_mm * width / total).twips)))


def render_word(blocks: list, *, title: str, author: str, when: datetime, header: str | None = None,
                footer: str | None = None, landscape: bool = False) -> bytes:
    """A Word file in Word's own styles: Title, Heading 1-3, List Bullet, List Number, Table Grid
    with shaded header rows repeated on each page, a running header and a footer with a PAGE field."""
    document = Document()
    section = document.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(20))
    text_width_mm = (297 if landscape else 210) - 40
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    for level, size in HEADING_SIZES.items():
        style = document.styles[f"Heading {level}"]
        style.font.name, style.font.size, style.font.bold = "Arial", Pt(size), True
        style.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    document.styles["Title"].font.name = "Arial"
    document.styles["Title"].font.size = Pt(22)
    if header:
        section.header.is_linked_to_previous = False
        _write_runs(section.header.paragraphs[0], header, 9)
    if footer:
        paragraph = section.footer.paragraphs[0]
        _write_runs(paragraph, footer + "    Page ", 9)
        _page_field(paragraph)
    for block in blocks:
        if isinstance(block, Ttl):
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
                _write_runs(document.add_paragraph(style="List Bullet 2" if block.level else "List Bullet"), item)
        elif isinstance(block, T):
            _docx_table(document, block, text_width_mm)
            _grid_widths(document.tables[-1], block, text_width_mm)
            document.add_paragraph()
        elif isinstance(block, Break):
            document.add_page_break()
    props = document.core_properties
    props.title, props.author, props.last_modified_by = title, author, author
    props.created = props.modified = props.last_printed = when
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return _stable_zip(buffer.getvalue())


def pdf_blocks(blocks: list) -> list:
    """reportlab has no Title style: a title is a large bold heading."""
    return [H(f"**{b.text}**", 1) if isinstance(b, Ttl) else b for b in blocks]


def long_date(iso: str) -> str:
    return datetime.strptime(iso, "%Y-%m-%d").strftime("%A %-d %B %Y")


def short_date(iso: str) -> str:
    return datetime.strptime(iso, "%Y-%m-%d").strftime("%-d %B %Y")


def decision_rows(gold: Gold, meeting_date: str, topic: str | None, questions: list[tuple]) -> None:
    """Gold for questions given as (number, question, evidence bullets, assurance, commentary)."""
    for number, question, evidence, assurance, commentary in questions:
        gold.decision(meeting_date, topic, number, question, " ".join(evidence), assurance, commentary)


# --- 1. Northumbria: Word -> PDF, the common form ---------------------------------------------------


def northumbria() -> tuple[bytes, Gold]:
    org, force = "Police and Crime Commissioner for Northumbria", "Northumbria Police"
    date, notes_date = "2027-07-14", "2027-05-12"
    board, theme, item = "Scrutiny Meeting", "Rural and wildlife crime", "Road safety"
    gold = Gold()
    gold.document(file_type="pdf", title=board, force=force, organisation=org, meeting_date=date)
    blocks: list = [
        Ttl(org),
        H(board, 1),
        P(f"**Date:** {long_date(date)}, 10.00am"),
        P("**Venue:** Meeting Room 3, Police Headquarters, and online via Microsoft Teams"),
        P(f"**Theme:** {theme}"),
        H("Agenda", 2),
    ]
    gold.meeting(board, date, theme, org, board)
    agenda = [("1", "Welcome, introductions and apologies", "PCC"),
              ("2", f"Draft notes of the meeting held on {short_date(notes_date)}", "Head of Governance"),
              ("3", "Action tracker 2027/28", "Head of Governance"),
              ("4", theme, "Assistant Chief Constable, Local Policing"),
              ("5", "Quarterly performance against the Police and Crime Plan", "Head of Performance and Analysis"),
              ("6", "Any other business", "PCC")]
    rows = [("Item", "Title", "Presented by")]
    for number, title, presenter in agenda:
        rows.append((number, title, presenter))
        gold.agenda(date, number, title, presenter)
    blocks += [T(tuple(rows), (10, 60, 40), header_rows=1),
               P("Papers for items 4 and 5 are attached. The meeting is open to the public and is recorded."),
               Break()]
    heading = f"Notes of the Scrutiny Meeting held on {short_date(notes_date)}"
    gold.meeting(heading, notes_date, item, org, heading)
    blocks += [H(heading, 1), P("*DRAFT – subject to approval at the next meeting*"),
               P("**Present:** Police and Crime Commissioner (Chair); Deputy Chief Constable; Assistant Chief "
                 "Constable, Local Policing; Chief Executive, OPCC; Head of Governance (notes)."),
               H(f"Item 3: {item}", 2),
               P("The Commissioner asked the force the questions below, sent in advance with the paper. Her "
                 "decision is recorded against each.")]
    questions = [
        ("1", "How many people were killed or seriously injured on the force's roads in 2026, and how does this "
              "compare with the previous three years?",
         ["418 people were killed or seriously injured in 2026, against an average of 452 over 2023 to 2025.",
          "Fatal collisions fell from 41 to 33; serious injuries to motorcyclists rose by 9 per cent.",
          "The force shares collision data monthly with the five local highway authorities."],
         "Partly Assured",
         "The Commissioner welcomed the fall but asked for a plan for motorcyclist casualties."),
        ("2", "What enforcement has the force carried out against the fatal four offences, and what were the "
              "outcomes?",
         ["The roads policing unit ran six operations in the year, with 2,914 offences detected.",
          "Drink and drug driving arrests rose to 1,206, the highest in five years.",
          "Mobile phone offences are now referred to the speed awareness style course where eligible."],
         "Assured",
         "The Commissioner was pleased with the arrest figures and the partnership work."),
        ("3", "How does the force use community speed watch volunteers, and how are their reports followed up?",
         ["There are 74 active schemes with 612 trained volunteers.",
          "Vehicles seen speeding three times receive a visit from a neighbourhood officer.",
          "Follow-up visits are not recorded in one system, so the force cannot say how many took place."],
         "Not Assured",
         "The Commissioner asked that follow-up visits be recorded and reported to her."),
        ("4", "What support is given to families bereaved by a road death?",
         ["Every family is given a trained family liaison officer within 24 hours.",
          "Families are referred to a national road victims' charity with their consent."],
         "Assured",
         "The Commissioner thanked the family liaison team for their work."),
    ]
    rows = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    for number, question, evidence, level, comment in questions:
        rows.append((f"{number}. {question}", (Bul(tuple(evidence)),), (f"**{level}**", f"*{comment}*")))
    blocks.append(T(tuple(rows), (34, 44, 22), header_rows=1))
    decision_rows(gold, notes_date, item, [(n, q, e, {"Partly Assured": "Partly assured", "Not Assured":
                                                      "Not assured"}.get(lv, lv), c)
                                           for n, q, e, lv, c in questions])
    minuted = [
        ("SM 27/09", "Provide the Commissioner with a plan to reduce casualties among motorcyclists.",
         "Plan presented to the Road Safety Partnership on 22 June 2027 and shared with the Commissioner.", GREEN),
        ("SM 27/10", "Record community speed watch follow-up visits and report the numbers each quarter.",
         "A recording field will be added to the neighbourhood app in the August release.", RED),
    ]
    blocks += [H("Actions", 3), Num(tuple(text for _, text, _, _ in minuted)), Break()]
    blocks += [H("Action Tracker 2027/28", 1),
               P(f"{{{GREEN}|■}} = Action complete        {{{RED}|■}} = Action outstanding")]
    tracker = [
        ("Violence against women and girls", [
            ("SM 27/03", "2027-03-10", "Share the results of the survey of women's feelings of safety in the night-time economy.",
             "Survey results circulated to the Commissioner and partners on 6 April 2027.", GREEN),
            ("SM 27/04", "2027-03-10", "Report the number of stalking protection orders applied for and granted.",
             "Figures will be provided once the court data for quarter one is received.", RED),
            ("SM 27/05", "2027-03-10", "Arrange a visit for the Commissioner to the domestic abuse triage hub.",
             "Visit took place on 19 April 2027.", GREEN),
        ]),
        (item, [(ref, notes_date, text, update, colour) for ref, text, update, colour in minuted]),
    ]
    rows = [("Topic", "Ref", "Raised", "Action", "Update", "Status")]
    spans = []
    for topic, actions in tracker:
        spans.append((len(rows), 0, len(actions), 1))
        for i, (ref, raised, text, update, colour) in enumerate(actions):
            rows.append((topic if i == 0 else None, ref, short_date(raised), text, update, f"{{{colour}|■}}"))
            status = "complete" if colour == GREEN else "outstanding"
            gold.action(raised, topic, ref, text, update, status, "glyph_colour")
    blocks.append(T(tuple(rows), (16, 11, 12, 27, 25, 10), header_rows=1, spans=tuple(spans)))
    blocks += [P("Actions marked complete will be removed from the tracker after the next meeting.")]
    docx = render_word(blocks, title=board, author="OPCC Northumbria", when=datetime(2027, 7, 7, 9, 0),
                       header="Northumbria PCC – Scrutiny Meeting", footer="OFFICIAL")
    return docx_to_pdf(docx), gold



# --- 2. Lancashire: Word file, the common "Question N" form --------------------------------------


def lancashire() -> tuple[bytes, Gold]:
    org, force = "Police and Crime Commissioner for Lancashire", "Lancashire Constabulary"
    date, notes_date = "2027-06-23", "2027-04-21"
    board, theme, item = "Strategic Scrutiny Meeting", "Fraud and economic crime", "Retail crime"
    gold = Gold()
    gold.document(file_type="docx", title=board, force=force, organisation=org, meeting_date=date)
    gold.meeting(board, date, theme, org, board)
    blocks: list = [Ttl(board), P(f"**{org}**"),
                    P(f"**Date:** {long_date(date)}   **Time:** 2.00pm   **Venue:** Committee Room B, County Hall"),
                    P(f"**Theme:** {theme}"), H("Agenda", 1)]
    agenda = [("1", "Apologies and declarations of interest", "Chair"),
              ("2", "Minutes of the last meeting and matters arising", "Head of Scrutiny"),
              ("3", "Action log", "Head of Scrutiny"),
              ("4", "Fraud and economic crime: the force's response", "Detective Chief Superintendent, Crime"),
              ("5", "Victim Services update", "Commissioning Manager"),
              ("6", "Any other business", None)]
    rows = [("No.", "Item", "Lead")]
    for number, title, lead in agenda:
        rows.append((number, title, lead or ""))
        gold.agenda(date, number, title, lead)
    blocks += [T(tuple(rows), (8, 62, 30), header_rows=1), Break()]
    heading = f"Minutes of the Strategic Scrutiny Meeting held on {short_date(notes_date)}"
    gold.meeting(heading, notes_date, item, org, heading)
    blocks += [H(heading, 1),
               P("**Present:** Police and Crime Commissioner (Chair); Chief Constable; Assistant Chief Constable, "
                 "Territorial Policing; Chief Executive; Head of Scrutiny."),
               H("1. Apologies and declarations of interest", 2),
               P("Apologies were received from the Deputy Chief Constable. No interests were declared."),
               H("2. Minutes of the last meeting", 2),
               P("The minutes of the meeting held on 17 February 2027 were agreed as a correct record."),
               H(f"3. {item}", 2),
               P("The Assistant Chief Constable presented the paper. The Commissioner put the following questions. "
                 "His level of assurance is given on the scale Substantial, Reasonable, Limited or No assurance.")]
    questions = [
        ("1", "How has shop theft changed over the last year, and which town centres are most affected?",
         ["Recorded shop theft rose by 14 per cent to 11,230 offences.",
          "Preston, Blackpool and Burnley town centres account for 38 per cent of offences.",
          "A third of offences are committed by 120 repeat offenders."],
         "Reasonable", "The Commissioner noted the concentration of offending and asked for a focus on repeat offenders."),
        ("2", "What proportion of reported shop thefts are attended, and how quickly?",
         ["Officers attended 61 per cent of reports where an offender was detained by staff.",
          "Average attendance time was 47 minutes against a target of 60."],
         "Substantial", "The Commissioner was pleased with the attendance figures."),
        ("3", "How is violence and abuse against shop workers recorded and investigated?",
         ["Offences are flagged with a retail worker marker on the crime system.",
          "An audit found the marker missing on one in five relevant crimes.",
          "Retraining for call handlers begins in June."],
         "Limited", "The Commissioner asked to see the results of a repeat audit."),
        ("4", "How does the force work with retailers to share evidence quickly?",
         ["A digital evidence portal lets stores upload CCTV directly.",
          "Forty-two retailers have signed up; small independent shops are not yet using it."],
         "Reasonable", "The Commissioner encouraged work with the independent retailers' association."),
    ]
    for number, question, evidence, level, comment in questions:
        blocks += [H(f"Question {number}", 3), P(f"**{question}**"), P("*Response:*"), Bul(tuple(evidence)),
                   P(f"**Assurance level:** {level}"), P(f"**PCC comment:** {comment}")]
    levels = {"Substantial": "Assured", "Reasonable": "Assured", "Limited": "Partly assured",
              "No assurance": "Not assured"}
    decision_rows(gold, notes_date, item, [(n, q, e, levels[lv], c) for n, q, e, lv, c in questions])
    blocks += [H("4. Any other business", 2), P("There was no other business."), Break(),
               H("Action log", 1)]
    log = [
        ("SSM 27/02", "2027-02-17", "Provide a breakdown of rural crime by district.",
         "Breakdown provided on 3 March 2027.", "Complete", "complete"),
        ("SSM 27/04", "2027-02-17", "Confirm funding for the second year of the drone pilot.",
         "Awaiting the outcome of the capital bid.", "Open", "outstanding"),
        ("SSM 27/07", "2027-04-21", "Repeat the audit of the retail worker marker and report the results.",
         "Repeat audit to start in July after retraining.", "Open", "outstanding"),
        ("SSM 27/08", "2027-04-21", "Share the list of retailers using the digital evidence portal.",
         "List shared with the Commissioner's office on 5 May 2027.", "Complete", "complete"),
        ("SSM 27/09", "2027-04-21", "Invite the independent retailers' association to a meeting on the portal.",
         "Meeting being arranged for late June.", "Ongoing", "outstanding"),
    ]
    rows = [("Ref", "Date raised", "Action", "Owner", "Update", "Status")]
    for ref, raised, text, update, status, value in log:
        owner = "ACC Territorial Policing" if raised == notes_date else "Head of Scrutiny"
        rows.append((ref, short_date(raised), text, owner, update, status))
        gold.action(raised, item if raised == notes_date else None, ref, text, update, value, "status_column")
    blocks.append(T(tuple(rows), (11, 12, 27, 14, 26, 10), header_rows=1))
    return render_word(blocks, title=board, author="OPCC Lancashire", when=datetime(2027, 6, 16, 9, 0),
                       header="Lancashire PCC – Strategic Scrutiny Meeting", footer="OFFICIAL"), gold


# --- 3. Durham: reportlab, two items, a log whose status is only in the update's words -----------


def durham() -> tuple[bytes, Gold]:
    org = "Police, Crime and Victims' Commissioner for County Durham and Darlington"
    force = "Durham Constabulary"
    date, notes_date = "2027-07-01", "2027-04-29"
    board, theme = "Performance and Accountability Board", "Drug-related harm"
    gold = Gold()
    gold.document(file_type="pdf", title=board, force=force, organisation=org, meeting_date=date)
    gold.meeting(board, date, theme, org, board)
    blocks: list = [P(org, size=10), H(board, 1),
                    P(f"{long_date(date)} at 9.30am, Aykley Heads, Durham"),
                    P(f"**Theme:** {theme}"), H("Agenda", 2)]
    agenda = [("1", "Apologies", None), ("2", "Notes of the previous meeting", "Governance Officer"),
              ("3", "Action log", "Governance Officer"),
              ("4", "Drug-related harm and county lines", "Detective Superintendent, Serious and Organised Crime"),
              ("5", "Quarterly victim satisfaction survey", "Victims' Services Manager"),
              ("6", "Any other business", None)]
    rows = [("No.", "Item", "Presenter")]
    for number, title, presenter in agenda:
        rows.append((number, title, presenter or "–"))
        gold.agenda(date, number, title, presenter)
    blocks += [T(tuple(rows), (8, 58, 34), header_rows=1), Break()]
    heading = f"Notes of the Performance and Accountability Board – {short_date(notes_date)}"
    gold.meeting(heading, notes_date, None, org, heading)
    blocks += [H(heading, 1),
               P("**Attendees:** Commissioner (Chair); Deputy Chief Constable; Assistant Chief Constable; Chief "
                 "Executive; Governance Officer."),
               H("1. Notes and action log of the last meeting", 2),
               P("The notes of 25 February 2027 were agreed. The action log was reviewed."),
               P("Assurance is recorded as Assured, Partially assured or Not assured.")]
    items = [
        ("Neighbourhood policing", [
            ("1", "How many neighbourhood officers were taken from their wards to cover response duties last quarter?",
             ["Neighbourhood officers lost 1,840 hours to response cover, down from 2,600 a year earlier.",
              "Abstraction is now approved by an inspector and logged."],
             "Assured", "The Commissioner welcomed the reduction."),
            ("2", "How are residents told who their neighbourhood team is?",
             ["Every ward has a web page with its team's names and photographs.",
              "Surveys show 23 per cent of residents know how to contact their team."],
             "Partially assured", "The Commissioner asked for a plan to raise awareness in rural wards."),
        ]),
        ("Stalking and harassment", [
            ("3", "How many stalking protection orders did the force apply for in 2026?",
             ["The force applied for 31 orders; 27 were granted.",
              "A specialist stalking advocate now reviews every high-risk case."],
             "Assured", "No further comment."),
            ("4", "How quickly are stalking reports risk-assessed?",
             ["The target is 24 hours; 64 per cent were assessed within it in quarter four.",
              "Delays are caused by vacancies in the safeguarding hub."],
             "Not assured", "The Commissioner asked for weekly figures until the target is met."),
        ]),
    ]
    levels = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}
    for number, (title, questions) in enumerate(items, start=2):
        blocks.append(H(f"{number}. {title}", 2))
        rows = [("No.", "Question", "Response", "Assurance", "Comments")]
        for n, question, evidence, level, comment in questions:
            rows.append((n, question, (Bul(tuple(evidence)),), level, comment))
        blocks.append(T(tuple(rows), (6, 27, 32, 16, 19), header_rows=1))
        decision_rows(gold, notes_date, title, [(n, q, e, levels[lv], None if c == "No further comment." else c)
                                                for n, q, e, lv, c in questions])
    blocks += [H("4. Any other business", 2), P("None."), Break(), H("Action log", 1),
               P("Actions are removed once the Board agrees they are done.")]
    log = [
        ("PAB 27/11", "2027-02-25", "Circulate the evaluation of the knife amnesty.",
         "Evaluation circulated to Board members on 18 March 2027.", "complete"),
        ("PAB 27/12", "2027-02-25", "Report on the use of drug testing on arrest.",
         "Report will come to the September Board.", "outstanding"),
        ("PAB 27/14", "2027-04-29", "Provide a plan to raise awareness of neighbourhood teams in rural wards.",
         "Plan agreed with the Commissioner on 2 June 2027; leaflet drop completed.", "complete"),
        ("PAB 27/15", "2027-04-29", "Send weekly figures on stalking risk assessments until the 24-hour target is met.",
         "Weekly figures are being sent; the target has not yet been met.", "outstanding"),
    ]
    rows = [("Ref", "Meeting", "Action", "Update")]
    for ref, raised, text, update, status in log:
        rows.append((ref, short_date(raised), text, update))
        gold.action(raised, None, ref, text, update, status, "inferred_from_update")
    blocks.append(T(tuple(rows), (12, 14, 38, 36), header_rows=1))
    look = PdfLook(header=f"{board} – {short_date(date)}", footer="Office of the Police, Crime and Victims' Commissioner")
    return render_pdf(pdf_blocks(blocks), look, board, "PCVC Durham"), gold



# --- 4. South Yorkshire: Word -> PDF, the level ticked in one of three columns -------------------


def south_yorkshire() -> tuple[bytes, Gold]:
    org, force = "Deputy Mayor for Policing and Crime", "South Yorkshire Police"
    date, notes_date = "2027-06-09", "2027-03-10"
    board, theme, notes_theme = "Public Scrutiny Board", "Off-road bikes and anti-social behaviour", \
        "Child sexual exploitation"
    gold = Gold()
    gold.document(file_type="pdf", title=board, force=force, organisation=org, meeting_date=date)
    gold.meeting(board, date, theme, org, board)
    blocks: list = [P("**South Yorkshire Mayoral Combined Authority**"), Ttl(board),
                    P(f"{long_date(date)}, 1.30pm – 3.30pm, Carbrook House, Sheffield"),
                    P("**Chair:** Deputy Mayor for Policing and Crime"),
                    P(f"**Theme:** {theme}"), H("Agenda", 1)]
    agenda = [("1", "Welcome and apologies", "Deputy Mayor"),
              ("2", "Notes of the last meeting and action tracker", "Governance Lead"),
              ("3", "Public questions", "Deputy Mayor"),
              ("4", "Off-road bikes: enforcement and prevention", "Chief Superintendent, Operations"),
              ("5", "Anti-social behaviour in town centres", "Assistant Chief Constable, Local Policing"),
              ("6", "Police and Crime Plan performance report", "Head of Performance"),
              ("7", "Any other business and close", "Deputy Mayor")]
    rows = [("Item", "Subject", "Presenter")]
    for number, title, presenter in agenda:
        rows.append((number, title, presenter))
        gold.agenda(date, number, title, presenter)
    blocks += [T(tuple(rows), (9, 57, 34), header_rows=1),
               P("Members of the public may submit up to two questions, of no more than 100 words each, "
                 "five working days before the meeting."), Break()]
    heading = f"Public Scrutiny Board – notes of the meeting held on {short_date(notes_date)}"
    gold.meeting(heading, notes_date, notes_theme, org, heading)
    blocks += [H(heading, 1), P(f"**Theme:** {notes_theme}"),
               P("**Present:** Deputy Mayor for Policing and Crime (Chair); Chief Constable; Deputy Chief "
                 "Constable; Detective Chief Superintendent, Public Protection; Governance Lead."),
               H("Questions and assurance", 2),
               P("The Deputy Mayor's assurance on each answer is shown by a tick (✓) in one of the three "
                 "columns: A – assured; PA – partly assured; NA – not assured. Her remarks follow each question.")]
    questions = [
        ("1", "How many children has the force identified as at risk of sexual exploitation in the last twelve months?",
         ["312 children were flagged as at risk, 41 per cent more than the year before.",
          "The rise follows training for response officers and school staff."],
         "A", "The Deputy Mayor accepted that the rise reflects better identification."),
        ("2", "How does the force make sure that children are safeguarded when a referral is made out of hours?",
         ["Out-of-hours referrals go to the emergency duty team of the local authority.",
          "An audit of 60 referrals found that 11 had no strategy discussion within 24 hours."],
         "NA", "The Deputy Mayor asked for the audit to be repeated within three months."),
        ("3", "What has been done to disrupt the people who exploit children?",
         ["Child abduction warning notices were issued on 58 occasions.",
          "Eleven people were charged with exploitation offences; six have been convicted."],
         "PA", "The Deputy Mayor asked for the use of civil orders to be reported."),
        ("4", "How are survivors of exploitation supported through the court process?",
         ["Every survivor is offered an independent advocate.",
          "Pre-recorded cross-examination is used in all eligible cases."],
         "A", "The Deputy Mayor praised the work of the advocates."),
    ]
    rows = [("No.", "Question", "Summary of response", "A", "PA", "NA")]
    spans = []
    for number, question, evidence, level, remark in questions:
        ticks = tuple("✓" if level == code else "" for code in ("A", "PA", "NA"))
        rows.append((number, question, (Bul(tuple(evidence)),)) + ticks)
        spans.append((len(rows), 1, 1, 5))
        rows.append(("", f"*Remarks:* {remark}", None, None, None, None))
    blocks.append(T(tuple(rows), (7, 34, 41, 6, 6, 6), header_rows=1, spans=tuple(spans)))
    levels = {"A": "Assured", "PA": "Partly assured", "NA": "Not assured"}
    decision_rows(gold, notes_date, notes_theme, [(n, q, e, levels[lv], c) for n, q, e, lv, c in questions])
    blocks += [Break(), H("Action tracker", 1)]
    log = [
        ("PSB 27/03", "2027-03-10", "Repeat the audit of out-of-hours referrals and report the results.",
         "Audit under way; results due at the September Board.", "Open"),
        ("PSB 27/04", "2027-03-10", "Report the number of civil orders used against people who exploit children.",
         "Figures reported to the Deputy Mayor on 14 April 2027.", "Complete"),
        ("PSB 26/19", "2026-12-02", "Publish the force's off-road bike hotspot map.",
         "Map published on the force website in January 2027.", "Complete"),
        ("PSB 26/21", "2026-12-02", "Explore funding for a second off-road bike team.",
         "Bid submitted to the Home Office; decision expected in the summer.", "Open"),
    ]
    rows = [("Ref", "Raised", "Action", "Update", "Status")]
    for ref, raised, text, update, status in log:
        rows.append((ref, short_date(raised), text, update, status))
        gold.action(raised, notes_theme if raised == notes_date else None, ref, text, update,
                    "complete" if status == "Complete" else "outstanding", "status_column")
    blocks.append(T(tuple(rows), (12, 14, 34, 30, 10), header_rows=1))
    blocks += [Break(), H("Item 4 – Off-road bikes: enforcement and prevention", 1),
               P("**Report of:** Chief Superintendent, Operations"),
               H("Purpose of the report", 2),
               P("To update the Board on the force's work to reduce the harm caused by the illegal use of "
                 "off-road bikes and e-bikes, and on the prevention work carried out with partners."),
               H("Background", 2),
               P("Reports about off-road bikes rise each spring and summer. In 2026 the force received 4,870 "
                 "such reports, 12 per cent fewer than in 2025. Most reports come from estates on the edge of "
                 "the four towns and cities, and from moorland and country parks."),
               P("The dedicated team seized 388 bikes in 2026. Seized bikes that are not claimed are crushed, "
                 "and the force publicises the crushing to deter riders."),
               H("Prevention", 2),
               Bul(("Youth workers run engagement sessions on the estates most affected.",
                    "Landowners have been given advice and funding for barriers at access points.",
                    "Fuel stations have been asked not to sell fuel into cans to riders of unregistered bikes.")),
               H("Recommendation", 2),
               P("The Board is asked to note the report.")]
    docx = render_word(blocks, title=board, author="SYMCA Policing and Crime Team", when=datetime(2027, 6, 2, 9, 0),
                       header="South Yorkshire Mayoral Combined Authority", footer="Public Scrutiny Board")
    return docx_to_pdf(docx), gold


# --- 5. Staffordshire: reportlab, a "level of comfort" scale, a deferred answer -------------------


def staffordshire() -> tuple[bytes, Gold]:
    # the office by its one name, however printed (docs/gold-format.md: organisation)
    org, force = "Staffordshire Commissioner for Police, Fire and Rescue and Crime", "Staffordshire Police"
    date, notes_date = "2027-07-20", "2027-05-18"
    board, item = "Strategic Governance Board", "Neighbourhood policing and local visibility"
    gold = Gold()
    gold.document(file_type="pdf", title=board, force=force, organisation=org, meeting_date=date)
    gold.meeting(board, date, None, org, board)
    blocks: list = [P("**Staffordshire Commissioner – Police, Fire and Rescue, and Crime**", size=12),
                    H(board, 1), P(f"{long_date(date)}, 10.00am, Commissioner's Office, Stafford"),
                    H("Agenda", 2)]
    agenda = [("1", "Apologies", None), ("2", "Minutes of the meeting of 18 May 2027", "Governance Manager"),
              ("3", "Action tracker", "Governance Manager"),
              ("4", "Contact management and 101 performance", "Chief Superintendent, Contact"),
              ("5", "Use of force and stop and search", "Superintendent, Professional Standards"),
              ("6", "Medium-term financial plan", "Chief Finance Officer"),
              ("7", "Any other business", None)]
    rows = [("Item", "Title", "Lead", "Paper")]
    for number, title, lead in agenda:
        rows.append((number, title, lead or "", {"2": "A", "3": "B", "4": "C", "5": "D", "6": "E"}.get(number, "")))
        gold.agenda(date, number, title, lead)
    blocks += [T(tuple(rows), (8, 52, 32, 8), header_rows=1), Break()]
    heading = f"Minutes of the Strategic Governance Board held on {short_date(notes_date)}"
    gold.meeting(heading, notes_date, item, org, heading)
    blocks += [P("**Paper A**"), H(heading, 1),
               P("**Present:** Commissioner (Chair); Chief Constable; Deputy Chief Constable; Chief Executive; "
                 "Chief Finance Officer; Governance Manager."),
               H("1. Apologies", 2), P("None."),
               H(f"2. {item}", 2),
               P("The Deputy Chief Constable introduced the report. For each question the Commissioner records "
                 "his level of comfort: **Comfortable** (he is assured), **Some concerns** (he is partly "
                 "assured) or **Significant concerns** (he is not assured).")]
    questions = [
        ("Q1", "How many neighbourhood officer and PCSO posts are filled against the establishment?",
         ["412 of 430 neighbourhood officer posts and 171 of 190 PCSO posts are filled.",
          "The PCSO vacancies are concentrated in the north of the county."],
         "Some concerns", "He asked for a recruitment plan for the PCSO vacancies."),
        ("Q2", "How does the force measure whether local priorities set with communities are being tackled?",
         ["Each of the 42 neighbourhoods publishes three priorities every quarter.",
          "Progress is reviewed at monthly local performance meetings chaired by an inspector."],
         "Comfortable", "He welcomed the published priorities."),
        ("Q3", "What is the average time a neighbourhood officer spends on patrol in their own area each shift?",
         ["The force does not yet record this; a pilot using device location data begins in June."],
         "Significant concerns", "He expects figures from the pilot at the next meeting."),
        ("Q4", "How are rural communities kept informed about crime in their area?",
         ["A rural crime newsletter goes to 9,800 subscribers each month.",
          "Farm watch and horse watch schemes have 1,450 members."],
         "Comfortable", "He thanked the rural crime team."),
        ("Q5", "What has the force learned from the neighbourhood policing peer review?",
         ["The report of the peer review had not been received before the meeting."],
         "Not assessed", "Deferred to the July meeting, when the report will be available."),
    ]
    rows = [("Ref", "Question", "Summary of response", "Level of comfort", "Commissioner's view")]
    for ref, question, evidence, level, view in questions:
        rows.append((ref, question, (Bul(tuple(evidence)),), f"**{level}**", view))
    blocks.append(T(tuple(rows), (7, 26, 32, 17, 22), header_rows=1))
    levels = {"Comfortable": "Assured", "Some concerns": "Partly assured", "Significant concerns": "Not assured",
              "Not assessed": None}
    decision_rows(gold, notes_date, item, [(r.removeprefix("Q"), q, e, levels[lv], c) for r, q, e, lv, c in questions])
    blocks += [H("3. Any other business", 2), P("There was no other business."), Break(),
               P("**Paper B**"), H("Action tracker", 1)]
    log = [
        ("SGB/27/08", "2027-03-16", "Provide the Board with the 101 abandonment rate by hour of day.",
         "Provided on 30 March 2027.", "Closed"),
        ("SGB/27/10", "2027-03-16", "Review the stop and search scrutiny panel's terms of reference.",
         "Draft terms of reference with the panel chair for comment.", "Open – on track"),
        ("SGB/27/13", "2027-05-18", "Produce a recruitment plan for PCSO vacancies in the north of the county.",
         "Plan due to the Commissioner by 30 June; not yet received.", "Open – overdue"),
        ("SGB/27/14", "2027-05-18", "Report the first results of the patrol time pilot.",
         "Pilot started on 7 June 2027; first results at the September Board.", "Open – on track"),
    ]
    rows = [("Ref", "Date", "Action", "Update", "Status")]
    for ref, raised, text, update, status in log:
        rows.append((ref, short_date(raised), text, update, status))
        gold.action(raised, item if raised == notes_date else None, ref, text, update,
                    "complete" if status == "Closed" else "outstanding", "status_column")
    blocks.append(T(tuple(rows), (12, 13, 33, 28, 14), header_rows=1))
    look = PdfLook(footer="Strategic Governance Board – OFFICIAL", margin=60)
    return render_pdf(pdf_blocks(blocks), look, board, "Staffordshire Commissioner's Office"), gold



# --- 6. Derbyshire: Word file, the questions grouped under a heading for each level ---------------


def derbyshire() -> tuple[bytes, Gold]:
    org, force = "Police and Crime Commissioner for Derbyshire", "Derbyshire Constabulary"
    date, notes_date = "2027-06-15", "2027-04-13"
    board, theme, item = "Strategic Priorities Assurance Board", "Violence against women and girls", \
        "Neighbourhood crime and burglary"
    gold = Gold()
    gold.document(file_type="docx", title=board, force=force, organisation=org, meeting_date=date)
    gold.meeting(board, date, theme, org, board)
    blocks: list = [P(f"**{org}**"), P("Butterley Hall, Ripley"), Ttl(board),
                    T((("DATE OF MEETING", short_date(date)), ("TIME OF MEETING", "2.00pm"),
                       ("LOCATION", "Conference Room 3, Police HQ, Ripley"), ("THEME OF MEETING", theme),
                       ("OPCC CONTACT", "Governance and Assurance Officer")), (35, 65)), H("Agenda", 1)]
    agenda = [("1", "APOLOGIES FOR ABSENCE", ""), ("2", "DECLARATIONS OF INTEREST", ""),
              ("3", "ANNOUNCEMENTS FROM THE COMMISSIONER", ""), ("4", "ANNOUNCEMENTS FROM THE CHIEF CONSTABLE", ""),
              ("5", f"NOTES OF THE MEETING HELD ON {short_date(notes_date).upper()}", "TO AGREE"),
              ("6", "REVIEW OF ACTIONS", "TO NOTE"),
              ("7A", "VIOLENCE AGAINST WOMEN AND GIRLS – OPCC REPORT", "ASSURANCE"),
              ("7B", "VIOLENCE AGAINST WOMEN AND GIRLS – FORCE REPORT AND PRESENTATION", "ASSURANCE"),
              ("8", "COMMUNITY SAFETY GRANTS – ROUND 4", "TO NOTE"),
              ("9", "ANY OTHER BUSINESS AND CLOSING REMARKS", "")]
    rows = [("ITEM", "SUBJECT", "PURPOSE")]
    for number, title, purpose in agenda:
        rows.append((number, title, purpose))
        gold.agenda(date, number, title, None)
    blocks += [T(tuple(rows), (10, 68, 22), header_rows=1),
               P("Members of the public may send questions for the Commissioner or the Chief Constable in "
                 "advance, in writing or by email."), Break()]
    heading = f"Notes of the Strategic Priorities Assurance Board held on {short_date(notes_date)}"
    gold.meeting(heading, notes_date, item, org, heading)
    blocks += [P("AGENDA ITEM 5"), H(heading, 1),
               P("**In attendance:** Police and Crime Commissioner (Chair); Chief Executive; Chief Constable; Deputy "
                 "Chief Constable; Assistant Chief Constable, Local Policing; Governance and Assurance Officer."),
               H("1. Apologies", 2), P("Apologies were received from the Chief Finance Officer."),
               H("2. Notes and actions of the last meeting", 2),
               P("The notes were agreed. Progress on actions is shown in the review of actions."),
               H(f"3. {item}", 2),
               P("The Assistant Chief Constable presented the force report. The Commissioner's judgement on each "
                 "answer is shown by the heading under which the question is listed.")]
    groups = [
        ("The Commissioner is assured", "Assured", [
            ("1", "How has the number of residential burglaries changed since the burglary plan was launched?",
             "Residential burglary has fallen by 18 per cent, to 3,102 offences in the year to March. Every "
             "burglary victim now receives a visit from a crime scene investigator.",
             "The Commissioner congratulated the burglary team."),
            ("4", "How quickly do officers attend reports of a burglary in progress?",
             "The median attendance time is 9 minutes in urban areas and 16 minutes in rural areas, within the "
             "force's targets.", None),
        ]),
        ("The Commissioner is partly assured and has asked for further information", "Partly assured", [
            ("2", "What proportion of burglaries result in a charge or summons, and how does this compare with "
                  "similar forces?",
             "The charge rate is 6.1 per cent against 5.4 per cent in similar forces. The force could not yet "
             "say how many suspects were identified but not charged.",
             "The Commissioner asked for the figures on identified suspects."),
            ("5", "How is the force tackling theft of and from vehicles in the county's market towns?",
             "A vehicle crime team was set up in February. Early results are not yet available.",
             "The Commissioner will look again at this in October."),
        ]),
        ("The Commissioner is not assured", "Not assured", [
            ("3", "How are repeat victims of neighbourhood crime identified and supported?",
             "There is no single flag for repeat victims of neighbourhood crime; the force is designing one.",
             "The Commissioner asked for a timetable for the new flag."),
        ]),
    ]
    for heading3, level, questions in groups:
        blocks.append(H(heading3, 3))
        for number, question, answer, note in questions:
            blocks += [P(f"**Q{number}. {question}**"), P(answer)]
            if note:
                blocks.append(P(f"*Commissioner's note:* {note}"))
            gold.decision(notes_date, item, number, question, answer, level, note)
    blocks += [H("4. Any other business", 2), P("None."), Break(), P("AGENDA ITEM 6"), H("Review of actions", 1),
               P(f"Key:   {{{GREEN}|■}} Complete    {{{AMBER}|■}} In progress    {{{RED}|■}} Not started")]
    log = [
        ("SPAB 27/05", "2027-02-09", "Share the evaluation of the night-time economy safety marshals.",
         "Evaluation shared with Board members on 2 March 2027.", GREEN),
        ("SPAB 27/06", "2027-02-09", "Report on the use of the new domestic abuse risk tool.",
         "Report being drafted for the July meeting.", AMBER),
        ("SPAB 27/09", "2027-04-13", "Provide figures on burglary suspects identified but not charged.",
         "Figures provided to the Commissioner on 10 May 2027.", GREEN),
        ("SPAB 27/10", "2027-04-13", "Provide a timetable for the repeat victim flag.",
         "Work not yet started; awaiting a systems change request.", RED),
    ]
    rows = [("No.", "Meeting", "Action", "Update", "Status")]
    for ref, raised, text, update, colour in log:
        rows.append((ref, short_date(raised), text, update, f"{{{colour}|■}}"))
        gold.action(raised, item if raised == notes_date else None, ref, text, update,
                    "complete" if colour == GREEN else "outstanding", "glyph_colour")
    blocks.append(T(tuple(rows), (13, 14, 33, 30, 10), header_rows=1))
    return render_word(blocks, title=board, author="OPCC Derbyshire", when=datetime(2027, 6, 10, 9, 0),
                       footer="Strategic Priorities Assurance Board"), gold


# --- 7. York and North Yorkshire: Word -> PDF, the level told in a sentence -----------------------


def north_yorkshire() -> tuple[bytes, Gold]:
    org, force = "Deputy Mayor for Policing, Fire and Crime", "North Yorkshire Police"
    date, notes_date = "2027-07-27", "2027-05-25"
    board, focus, notes_theme = "Online Public Meeting – Policing", "Emergency response times", \
        "Neighbourhood policing"
    gold = Gold()
    gold.document(file_type="pdf", title=board, force=force, organisation=org, meeting_date=date)
    gold.meeting(board, date, focus, org, board)
    blocks: list = [P("**York and North Yorkshire Combined Authority**"), Ttl(board),
                    P("Hosted by the Deputy Mayor for Policing, Fire and Crime"),
                    P(f"{long_date(date)}, 1.30pm, streamed live online"),
                    P(f"**Focus:** {focus}"), H("Agenda", 1)]
    agenda = [("13:30", "1", "Welcome and introductions", "Deputy Mayor"),
              ("13:35", "2", "Performance update", "Assistant Chief Constable"),
              ("13:55", "3", f"In-depth discussion: {focus.lower()}", "Chief Superintendent, Operations"),
              ("14:40", "4", "Progress against HMICFRS recommendations", "Deputy Chief Constable"),
              ("14:55", "5", "Questions from the public", "Deputy Mayor"),
              ("15:25", "", "Close", None)]
    rows = [("Time", "No.", "Item", "Lead")]
    for time, number, title, lead in agenda:
        rows.append((time, number, title, lead or ""))
        if number:  # an unnumbered "Close" row is no item
            gold.agenda(date, number, title, lead)
    blocks += [T(tuple(rows), (11, 7, 52, 30), header_rows=1),
               P("Questions for the meeting may be sent through the online form on the Deputy Mayor's website."),
               Break()]
    heading = f"Online Public Meeting – Policing, {short_date(notes_date)}: record of the meeting"
    gold.meeting(heading, notes_date, notes_theme, org, heading)
    blocks += [H(heading, 1), P(f"**Theme:** {notes_theme}"),
               P("**Present:** Deputy Mayor for Policing, Fire and Crime; Chief Constable; Assistant Chief "
                 "Constable; Head of Neighbourhood Policing; Head of Policy and Scrutiny."),
               H("In-depth discussion", 2),
               P("The Deputy Mayor put four questions to the Chief Constable. Her view of each answer is recorded "
                 "below it.")]
    questions = [
        ("1", "How many neighbourhood policing teams are at full strength?",
         "Nineteen of the 27 teams are at full strength. The eight that are not are in the coastal and "
         "moorland areas, where recruitment is harder.",
         "partly assured", "She asked for the recruitment plan for the coastal teams."),
        ("2", "How does the force know what matters most to each community?",
         "Each team holds a quarterly community meeting and runs an online survey. The results set the team's "
         "three priorities, which are published on the force website.",
         "assured", "She praised the published priorities."),
        ("3", "How much of their time do neighbourhood officers spend in their neighbourhood?",
         "Officers spent 58 per cent of their duty time in their neighbourhood last quarter. The rest was taken "
         "by response cover, training and court.",
         "not assured", "She asked the Chief Constable to set a target and report against it."),
        ("4", "How are young people engaged by neighbourhood teams?",
         "Every secondary school has a named officer, and the mini police scheme runs in 64 primary schools.",
         "assured", None),
    ]
    for number, question, answer, level, comment in questions:
        view = f"The Deputy Mayor was {level}." + (f" {comment}" if comment else "")
        blocks += [H(f"Question {number}", 3), P(f"**{question}**"), P(answer),
                   P(f"**Deputy Mayor's view:** {view}")]
        gold.decision(notes_date, notes_theme, number, question, answer, level.capitalize(), comment)
    blocks += [H("Questions from the public", 2),
               P("A resident of Scarborough asked why the town's front counter had reduced its opening hours. "
                 "The Chief Constable said that use had fallen by two-thirds and that the hours would be "
                 "reviewed in the autumn."),
               P("A parish councillor asked how to report speeding. The Assistant Chief Constable explained the "
                 "community speed watch scheme and the online reporting form."),
               Break(), H("Action log", 1)]
    log = [
        ("OPM 27/07", "2027-03-23", "Publish the 999 answer times for each month on the website.",
         "Completed", "Published from April 2027."),
        ("OPM 27/08", "2027-03-23", "Review the front counter opening hours.",
         "On track", "Review to report in the autumn."),
        ("OPM 27/11", "2027-05-25", "Share the recruitment plan for the coastal neighbourhood teams.",
         "Completed", "Plan shared on 16 June 2027."),
        ("OPM 27/12", "2027-05-25", "Set a target for time spent in the neighbourhood and report against it.",
         "Delayed", "Target to be agreed with the federation first."),
    ]
    rows = [("Ref", "Opened", "Action", "Status", "Comments")]
    for ref, opened, text, status, comment in log:
        rows.append((ref, short_date(opened), text, status, comment))
        gold.action(opened, notes_theme if opened == notes_date else None, ref, text, comment,
                    "complete" if status == "Completed" else "outstanding", "status_column")
    blocks.append(T(tuple(rows), (12, 14, 38, 12, 24), header_rows=1))
    docx = render_word(blocks, title=board, author="Office of the Deputy Mayor for Policing, Fire and Crime",
                       when=datetime(2027, 7, 20, 9, 0), header="OFFICIAL", footer="Online Public Meeting – Policing")
    return docx_to_pdf(docx), gold


# --- 8. Gwent: reportlab, bilingual headings and levels -------------------------------------------


def gwent() -> tuple[bytes, Gold]:
    org, force = "Police and Crime Commissioner for Gwent", "Gwent Police"
    date, notes_date = "2027-06-24", "2027-04-29"
    board, item = "Strategy and Performance Board", "Hate crime"
    gold = Gold()
    gold.document(file_type="pdf", title=board, force=force, organisation=org, meeting_date=date)
    gold.meeting(board, date, None, org, board)
    blocks: list = [P("Comisiynydd Heddlu a Throseddu Gwent / **Police and Crime Commissioner for Gwent**"),
                    H(f"Bwrdd Strategaeth a Pherfformiad / {board}", 1),
                    P(f"Dydd Iau 24 Mehefin 2027 / {long_date(date)}, 10:00"),
                    P("Lleoliad / Venue: Pencadlys yr Heddlu, Cwmbrân / Police Headquarters, Cwmbran"),
                    H("Agenda", 2)]
    agenda = [("1", "Croeso ac ymddiheuriadau", "Welcome and apologies", "Commissioner"),
              ("2", "Datgan buddiannau", "Declarations of interest", None),
              ("3", "Nodiadau'r cyfarfod blaenorol", "Notes of the previous meeting", "Board Secretary"),
              ("4", "Log gweithredu", "Action log", "Board Secretary"),
              ("5", "Perfformiad chwarterol", "Quarterly performance report", "Assistant Chief Constable"),
              ("6", "Cyfiawnder ieuenctid", "Youth justice and diversion", "Chief Superintendent, Partnerships"),
              ("7", "Unrhyw fater arall", "Any other business", None)]
    rows = [("Rhif / No.", "Eitem / Item", "Cyflwynydd / Presenter")]
    for number, welsh, english, presenter in agenda:
        rows.append((number, f"{welsh} / {english}", presenter or ""))
        gold.agenda(date, number, english, presenter)
    blocks += [T(tuple(rows), (12, 56, 32), header_rows=1), Break()]
    heading = f"Notes of the Strategy and Performance Board held on {short_date(notes_date)}"
    gold.meeting(heading, notes_date, item, org, heading)
    blocks += [H(f"Nodiadau'r Bwrdd Strategaeth a Pherfformiad a gynhaliwyd ar 29 Ebrill 2027 / {heading}", 1),
               P("**Yn bresennol / Present:** Commissioner (Chair); Deputy Commissioner; Chief Constable; Deputy "
                 "Chief Constable; Board Secretary."),
               H("1. Apologies", 2), P("None."),
               H(f"2. Troseddau casineb / {item}", 2),
               P("The Chief Inspector for Community Cohesion presented the report. The Commissioner's level of "
                 "assurance is given in Welsh and English: Sicrwydd llawn / Assured; Sicrwydd rhannol / Partly "
                 "assured; Dim sicrwydd / Not assured.")]
    questions = [
        ("HC1", "How many hate crimes were recorded in 2026, and which strands increased?",
         ["1,288 hate crimes were recorded, 7 per cent more than in 2025.",
          "Disability and transgender hate crime rose most."],
         "Sicrwydd llawn / Assured", "Assured", "The Commissioner noted that better recording explains part of the rise."),
        ("HC2", "How many victims of hate crime received a follow-up visit?",
         ["Eighty-four per cent of victims were visited within seven days.",
          "Visits are recorded on the victim care record."],
         "Sicrwydd llawn / Assured", "Assured", "The Commissioner welcomed the high rate of visits."),
        ("HC3", "How does the force encourage third-party reporting?",
         ["There are 36 third-party reporting centres.",
          "Eleven centres received no reports in 2026; their staff have not been retrained since 2023."],
         "Sicrwydd rhannol / Partly assured", "Partly assured",
         "The Commissioner asked for refresher training for centre staff."),
        ("HC4", "What proportion of hate crimes result in a charge?",
         ["The charge rate is 9 per cent.", "The force could not say how many victims withdrew support."],
         "Dim sicrwydd / Not assured", "Not assured",
         "The Commissioner asked for an analysis of victim withdrawal."),
    ]
    rows = [("Cyf. / Ref", "Cwestiwn / Question", "Ymateb / Response", "Lefel sicrwydd / Assurance level",
             "Sylwadau'r Comisiynydd / Commissioner's comments")]
    for ref, question, evidence, printed, _, comment in questions:
        rows.append((ref, question, (Bul(tuple(evidence)),), printed, comment))
    blocks.append(T(tuple(rows), (9, 24, 33, 14, 20), header_rows=1))
    decision_rows(gold, notes_date, item, [(r, q, e, lv, c) for r, q, e, _, lv, c in questions])
    blocks += [H("3. Any other business", 2), P("None."), Break(),
               H("Log gweithredu / Action log", 1)]
    log = [
        ("SPB 27/12", "2027-02-25", "Provide the Board with the results of the victim satisfaction survey.",
         "Results presented at the April Board.", "Cwblhawyd / Complete"),
        ("SPB 27/13", "2027-02-25", "Confirm the date for the independent review of custody.",
         "Date to be confirmed by the inspectorate.", "Ar agor / Open"),
        ("SPB 27/17", "2027-04-29", "Arrange refresher training for staff of third-party reporting centres.",
         "Training booked for 7 and 8 July 2027.", "Ar agor / Open"),
        ("SPB 27/18", "2027-04-29", "Provide an analysis of victim withdrawal in hate crime cases.",
         "Analysis shared with the Commissioner on 3 June 2027.", "Cwblhawyd / Complete"),
    ]
    rows = [("Cyf. / Ref", "Dyddiad / Date", "Cam gweithredu / Action", "Diweddariad / Update", "Statws / Status")]
    for ref, raised, text, update, status in log:
        rows.append((ref, short_date(raised), text, update, status))
        gold.action(raised, item if raised == notes_date else None, ref, text, update,
                    "complete" if status.endswith("Complete") else "outstanding", "status_column")
    blocks.append(T(tuple(rows), (11, 13, 32, 28, 16), header_rows=1))
    look = register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font, body_size=10.5,
                   cell_size=9.0, footer="Swyddfa Comisiynydd Heddlu a Throseddu Gwent / Office of the Police and "
                   "Crime Commissioner for Gwent")
    return render_pdf(pdf_blocks(blocks), look, board, "OPCC Gwent"), gold


# --- writing ------------------------------------------------------------------------------------

PACKS = {
    "northumbria-pcc-sm-2027-07-14-round37b.pdf": northumbria,
    "lancashire-pcc-ssm-2027-06-23-round37b.docx": lancashire,
    "durham-pcvc-pab-2027-07-01-round37b.pdf": durham,
    "south-yorkshire-dmpc-psb-2027-06-09-round37b.pdf": south_yorkshire,
    "staffordshire-pfcc-sgb-2027-07-20-round37b.pdf": staffordshire,
    "derbyshire-pcc-spab-2027-06-15-round37b.docx": derbyshire,
    "north-yorkshire-dmpfc-opm-2027-07-27-round37b.pdf": north_yorkshire,
    "gwent-pcc-spb-2027-06-24-round37b.pdf": gwent,
}


def main(prefixes: list[str]) -> None:
    GOLD.mkdir(exist_ok=True)
    for name, build in PACKS.items():
        if prefixes and not any(name.startswith(p) for p in prefixes):
            continue
        data, gold = build()
        for document in gold.records["documents"]:
            document["file_type"] = name.rsplit(".", 1)[1]
        if name.endswith(".pdf"):
            set_pdf_pages(data, gold)
        (HERE / name).write_bytes(data)
        record = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": gold.records}
        (GOLD / f"{name}.json").write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n")
        pages = {t: [r["page"] for r in gold.records[t]] for t in ("meetings", "assurance_decisions", "actions")}
        print(f"{name}: {len(data)} bytes; pages {pages}")


if __name__ == "__main__":
    main(sys.argv[1:])
