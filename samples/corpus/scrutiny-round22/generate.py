"""Held-out scrutiny round 22 (issue 4): six packs of northern and Welsh PCC, PFCC and mayoral
offices, written blind, with their hand-checked gold in gold/ (held out in heldout/ until scored at the end of session 4).

Two PDFs are Word documents saved as PDF by LibreOffice (samples/corpus/office_pdf.py), two are
reportlab PDFs and two are Word files. Names, figures and wording are invented.

    .venv/bin/python samples/corpus/scrutiny-round22/generate.py

Deterministic: reportlab invariant mode, Word archives with fixed zip times and core properties,
LibreOffice output with fixed dates and ids (office_pdf.py).
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pdfplumber
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import scrutiny_common  # noqa: E402,F401  (puts the round-3 render module on sys.path)
from office_pdf import docx_to_pdf  # noqa: E402
from render import (  # noqa: E402
    HEADING_SIZES, Break, Bul, H, Num, P, PdfLook, T, _docx_table, _stable_zip, _write_runs,
    register_dejavu_serif, render_docx, render_pdf,
)

CHECKED = ("Written blind and checked by hand against the generator's content and `scrutiny inspect` "
           "(layout only) page by page; the extractors were not run on these packs (held out).")
GREEN, RED, AMBER = "#00b050", "#ff0000", "#ffc000"  # lower case: the markup of samples/generator reads only that
SQUARE = "■"


# --- Word documents in Word's own styles (saved as PDF by LibreOffice) ------------------------

@dataclass(frozen=True)
class Title:
    text: str


def _field(paragraph, instruction: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def office_docx(blocks: list, *, title: str, author: str, when: datetime, header: str) -> bytes:
    """A Word document as an office makes one: Title and Heading styles, List Bullet / List
    Number, Table Grid with shaded repeating header rows, a running header and a
    "Page X of Y" footer from PAGE / NUMPAGES fields."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(20))
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(11)
    for level, size in HEADING_SIZES.items():
        style = document.styles[f"Heading {level}"]
        style.font.name, style.font.size, style.font.bold = "Arial", Pt(size), True
        style.font.color.rgb = RGBColor(0, 0, 0)
    title_style = document.styles["Title"]
    title_style.font.name, title_style.font.size = "Arial", Pt(20)
    title_style.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    head = section.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _write_runs(head, header, 9)
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("Page ")
    _field(foot, "PAGE")
    foot.add_run(" of ")
    _field(foot, "NUMPAGES")
    for block in blocks:
        if isinstance(block, Title):
            document.add_paragraph(block.text, style="Title")
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
            _docx_table(document, block, 170)
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


# --- gold -------------------------------------------------------------------------------------

def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))


def page_of(pages: list[list[str]], text: str, first: int = 1) -> int:
    """The first page (from ``first``) whose words hold the text's opening six words in order,
    within twelve words; failing that within 60 (a table's cells interleave their lines). The
    narrow window first, because the wide one matches words scattered through another paragraph."""
    want = _words(text)[:6]
    for window in (12, 60):
        for number, words in enumerate(pages, start=1):
            if number >= first and _holds(words, want, window):
                return number
    raise ValueError(f"not found in the PDF: {text[:60]!r}")


def _holds(words: list[str], want: list[str], window: int) -> bool:
    for start, word in enumerate(words):
        if word != want[0]:
            continue
        position = start
        for token in want:
            try:
                position = words.index(token, position, start + window) + 1
            except ValueError:
                break
        else:
            return True
    return False


def pdf_words(data: bytes) -> list[list[str]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [_words(" ".join(w["text"] for w in page.extract_words())) for page in pdf.pages]


def set_pages(data: bytes, records: dict) -> None:
    """Fill each PDF record's page from the PDF's own words: records carry ``_anchor`` (the text
    to look for, default their question / text / title) and ``_from`` (the first page to look
    on); documents have page null and their page count."""
    pages = pdf_words(data)
    for kind, items in records.items():
        for record in items:
            if kind == "documents":
                record["pages"] = len(pages)
                continue
            anchor = record.pop("_anchor", None) or record.get("question") or record.get("text") or record.get("title")
            record["page"] = page_of(pages, anchor, record.pop("_from", 1))


def strip_private(records: dict) -> None:
    for items in records.values():
        for record in items:
            record.pop("_anchor", None)
            record.pop("_from", None)


def document(file_type: str, title: str, force: str, organisation: str, meeting_date: str) -> dict:
    return {"page": None, "file_type": file_type, "pages": None, "doc_kind": "scrutiny_pack", "title": title,
            "force": force, "organisation": organisation, "meeting_date": meeting_date,
            "publication_date": None, "status": "ok"}


def meeting(date: str, topic: str | None, organisation: str, title: str, **private) -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "organisation": organisation, "title": title,
            **{f"_{k}": v for k, v in private.items()}}


def agenda(date: str, rows: list[tuple[str, str, str | None]]) -> list[dict]:
    return [{"page": 1, "meeting_date": date, "number": n, "title": t, "presenter": p, "_from": 1, "_anchor": t}
            for n, t, p in rows]


def decision(date: str, topic: str | None, number: str | None, question: str, evidence: str, level: str,
             commentary: str | None) -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "question_number": number, "question": question,
            "evidence_summary": evidence, "assurance": level, "commentary": commentary}


def action(date: str | None, topic: str | None, number: str | None, text: str, update: str | None, status: str,
           status_source: str | None, source: str, **private) -> dict:
    record = {"page": None, "meeting_date": date, "topic": topic, "number": number, "text": text, "update": update,
              "status": status, "status_source": status_source, "source": source,
              **{f"_{k}": v for k, v in private.items()}}
    if status_source is None:
        del record["status_source"]  # no column, glyph, shading or words give it: not scored
    return record


def records_of(doc: dict, meetings: list, agenda_items: list, decisions: list, actions: list) -> dict:
    return {"documents": [doc], "meetings": meetings, "agenda_items": agenda_items,
            "assurance_decisions": decisions, "actions": actions}


def join(*parts: str) -> str:
    return " ".join(parts)


# --- 1. Lancashire: Word minutes saved as PDF (common) ---------------------------------------

def lancashire() -> tuple[bytes, dict]:
    org, force, date, prev = "Police and Crime Commissioner for Lancashire", "Lancashire Constabulary", "2026-12-02", "2026-11-04"
    topic = "Fraud and economic crime"
    agenda_rows = [
        ("1", "Welcome and apologies", "Commissioner"),
        ("2", "Note of the meeting held on 4 November 2026 and action log", "Chief Executive, OPCC"),
        ("3", "Quarterly performance report", "Deputy Chief Constable"),
        ("4", "Contact management and 101", "Assistant Chief Constable, Local Policing"),
        ("5", "Any other business", "Commissioner"),
    ]
    notes_title = "Note of the Strategic Scrutiny Meeting held on 4 November 2026"
    q = [
        ("1", "How does the Constabulary decide which reports of fraud it investigates locally, and how are victims told of that decision?",
         ["Reports from Action Fraud are screened by the Economic Crime Unit within five working days using a published set of criteria, including vulnerability of the victim and local lines of enquiry.",
          "Between April and September 2026, 412 disseminations were received and 61 per cent were adopted for local investigation. Every victim receives a letter or call explaining the decision and where to get support."],
         "Reasonable",
         "The Commissioner welcomed the screening criteria and asked that they be published on the Constabulary's website so that victims can understand them."),
        ("2", "What support is given to older and vulnerable victims of courier and romance fraud, and how is its impact measured?",
         ["Two fraud protect officers visit every repeat or vulnerable victim, and referrals are made to the Victim Services hub. The bank protocol was used 38 times in the period, preventing an estimated loss of £214,000.",
          "The Constabulary accepted that it does not yet measure repeat victimisation for fraud and is building a dashboard with the regional cyber crime unit."],
         "Limited",
         "The Commissioner was concerned that the impact of protect work cannot yet be shown and asked for the dashboard to be brought to this meeting when ready."),
        ("3", "How is the Proceeds of Crime Act being used to return money to victims?",
         ["Confiscation orders worth £1.3 million were obtained in 2025/26, and compensation was paid to 47 victims from them. Financial investigators are now attached to each serious and organised crime team."],
         "Substantial",
         "The Commissioner was pleased with the results and noted the value of the Asset Recovery Incentivisation Scheme funds reinvested in the fraud protect team."),
    ]
    minuted = ("SSM/26/14", "Bring the fraud repeat victimisation dashboard to a future Strategic Scrutiny Meeting once it is in use.",
               "Dashboard in testing with the regional unit; expected to be ready for the February 2027 meeting.", "In progress")
    log = [
        ("SSM/26/09", "07/10/2026", "Provide the Commissioner with the results of the 101 call-back pilot.",
         "Pilot results shared with the OPCC on 21 October 2026.", "Complete", "2026-10-07", None),
        ("SSM/26/11", "07/10/2026", "Arrange a briefing for the Commissioner on the new custody healthcare contract.",
         "Briefing to be arranged in January 2027 once the contract is awarded.", "Open", "2026-10-07", None),
        (minuted[0], "04/11/2026", minuted[1], minuted[2], minuted[3], prev, topic),
        ("SSM/26/15", "04/11/2026", "Publish the fraud screening criteria on the Constabulary's website.",
         "Criteria published on 19 November 2026.", "Complete", prev, topic),
    ]
    blocks: list = [
        P("**Office of the Police and Crime Commissioner for Lancashire**"),
        Title("Strategic Scrutiny Meeting"),
        P("**Date:** Wednesday 2 December 2026"),
        P("**Time:** 10.00am – 12.00pm"),
        P("**Venue:** Committee Room 2, Police Headquarters, Hutton, and Microsoft Teams"),
        P("The Police and Crime Commissioner holds the Chief Constable to account at these meetings. Papers are published on the Commissioner's website after the meeting."),
        H("Agenda", 1),
        T(rows=(("Item", "Title", "Lead"),) + tuple(agenda_rows), widths=(12, 100, 58), header_rows=1),
        Break(),
        H(notes_title, 1),
        P("**Present:** Police and Crime Commissioner (Chair); Chief Executive, OPCC; Chief Constable; Deputy Chief Constable; Head of Economic Crime; Scrutiny and Governance Officer (minutes)."),
        H("1. Welcome and apologies", 2),
        P("The Commissioner welcomed those present. Apologies were received from the Chief Finance Officer."),
        H("2. " + topic, 2),
        P("The Head of Economic Crime presented the report on fraud and economic crime. The Commissioner asked the following questions."),
    ]
    decisions = []
    for number, question, answer, level, comment in q:
        blocks.append(P(f"**Question {number}: {question}**"))
        blocks += [P(a) for a in answer]
        blocks.append(P(f"**Level of assurance: {level}**"))
        blocks.append(P(comment))
        decisions.append(decision(prev, topic, number, question, join(*answer),
                                  {"Reasonable": "Assured", "Substantial": "Assured", "Limited": "Partly assured"}[level], comment))
        if number == "2":
            blocks.append(P(f"**ACTION:** {minuted[1]} ({minuted[0]})"))
    blocks += [
        H("3. Any other business", 2),
        P("There was no other business. The next meeting will consider contact management and 101."),
        Break(),
        H("Strategic Scrutiny Meeting – action log (December 2026)", 1),
        T(rows=(("Ref", "Meeting", "Action", "Update", "Status"),) + tuple(r[:5] for r in log),
          widths=(20, 22, 55, 55, 18), header_rows=1),
        P("Actions marked Complete will be removed from the log after this meeting."),
    ]
    actions = []
    for ref, _, text, update, status, raised, item_topic in log:
        actions.append(action(raised, item_topic, ref, text, update,
                              "complete" if status == "Complete" else "outstanding", "status_column", "action_tracker"))
    data = docx_to_pdf(office_docx(blocks, title="Strategic Scrutiny Meeting 2 December 2026", author="OPCC Lancashire",
                                   when=datetime(2026, 11, 25, 9, 0), header="OFFICIAL"))
    meetings = [meeting(date, None, org, "Strategic Scrutiny Meeting", anchor="Strategic Scrutiny Meeting Date"),
                meeting(prev, topic, org, notes_title, **{"from": 2})]
    records = records_of(document("pdf", "Strategic Scrutiny Meeting", force, org, date), meetings,
                         agenda(date, agenda_rows), decisions, actions)
    return data, records



# --- 2. Merseyside: the reference family in Word, saved as PDF (common) ----------------------

def merseyside() -> tuple[bytes, dict]:
    org, force, date, prev = "Police and Crime Commissioner for Merseyside", "Merseyside Police", "2026-12-09", "2026-11-11"
    topic = "Roads Policing"
    agenda_rows = [
        ("1", "Apologies for Absence", "PCC"),
        ("2", "Draft Notes - Scrutiny Meeting (Roads Policing) - 11 November 2026", "PCC"),
        ("3", "Scrutiny Actions 2026/27 - An Update", "PCC"),
        ("4", "Serious Violence Duty - Progress Report", "Merseyside Police"),
        ("5", "Any Other Business", "PCC"),
    ]
    notes_title = "DRAFT NOTES - SCRUTINY MEETING (ROADS POLICING) - 11 NOVEMBER 2026"
    q = [
        ("1", "What progress has the Force made in reducing the number of people killed or seriously injured on Merseyside's roads, and how does it work with the road safety partnership?",
         ["The number of people killed or seriously injured fell by 9% in the year to September 2026, although pedestrian casualties in the city centre have risen.",
          "The Force chairs the partnership's enforcement group and shares collision data with all five local authorities each month.",
          "Joint education days have been held in 14 secondary schools, focusing on young drivers and passengers."],
         "Partly Assured",
         "The PCC welcomed the overall reduction but asked for an analysis of the rise in pedestrian casualties to be shared with the OPCC."),
        ("2", "How is the Force using footage submitted by the public through the dashcam portal, and how quickly is it reviewed?",
         ["The portal received 3,870 submissions in the first half of 2026; 41% led to a warning letter, course offer or prosecution.",
          "Review times have fallen from 19 to 8 working days since two civilian reviewers were recruited."],
         "Assured",
         "The PCC thanked the Roads Policing Unit for the improvement in review times and asked that the portal be promoted through the OPCC's channels."),
        ("3", "What is the Force doing to tackle uninsured and unlicensed driving, and what are the outcomes of its operations?",
         ["Monthly operations with the Driver and Vehicle Standards Agency have seized 612 vehicles this year.",
          "The Force could not yet show how many seized vehicles were later found being driven again without insurance."],
         "Not Assured",
         "The PCC was not assured that the Force understands repeat offending and asked for this to be returned to at a future meeting."),
    ]
    notes_actions = [
        ("That an analysis of the rise in pedestrian casualties in the city centre be shared with the PCC/OPCC.",
         "Analysis received by the OPCC on 30 November 2026.", GREEN),
        ("That the topic of uninsured and unlicensed driving be revisited at a future Scrutiny Meeting, with data on repeat offending.",
         "A Scrutiny Meeting, to re-examine this topic, will be held in 2027.", RED),
    ]
    tracker = [
        ("Retail Crime", "That the Force's shop theft problem profile be shared with the PCC/OPCC once complete.",
         "The problem profile was shared with the OPCC on 2 October 2026.", GREEN),
        (None, "That the OPCC and Force review the business crime survey questions together before the next survey.",
         "A review meeting will be arranged in the new year.", RED),
        ("Anti-Social Behaviour", "That the PCC be briefed on the use of dispersal orders in the Wirral during the summer.",
         "Briefing provided to the PCC on 14 October 2026.", GREEN),
        (topic, notes_actions[0][0], notes_actions[0][1], notes_actions[0][2]),
        (None, notes_actions[1][0], notes_actions[1][1], notes_actions[1][2]),
    ]
    table_rows = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    decisions = []
    for number, question, answer, level, comment in q:
        table_rows.append((f"**{number}. {question}**", (Bul(tuple(answer)),), (f"**{level}**", f"*{comment}*")))
        decisions.append(decision(prev, topic, number, question, join(*answer),
                                  {"Assured": "Assured", "Partly Assured": "Partly assured", "Not Assured": "Not assured"}[level], comment))
    tracker_rows = [("Topic", "Action", "Update", "Status")]
    for topic_cell, text, update, colour in tracker:
        tracker_rows.append((f"**{topic_cell}**" if topic_cell else None, text, update, f"{{{colour}|{SQUARE}}}"))
    spans = ((1, 0, 2, 1), (4, 0, 2, 1))
    blocks: list = [
        P("**Police and Crime Commissioner for Merseyside**"),
        P("Mather Avenue, Liverpool"),
        Title("Scrutiny Meeting"),
        P("**Date: Wednesday 9 December 2026**"),
        P("**Time: 2.00pm - 3.30pm**"),
        P("**Venue: OPCC Boardroom / Microsoft Teams**"),
        H("Agenda", 2),
        T(rows=(("", "**Item**", "**Presented By**"),) + tuple((f"{n}.", t, p) for n, t, p in agenda_rows),
          widths=(10, 110, 50), bordered=False),
        Break(),
        H(notes_title, 2),
        T(rows=tuple(table_rows), widths=(45, 85, 40), header_rows=1),
        H("Actions", 3),
        T(rows=tuple((str(i), a[0]) for i, a in enumerate(notes_actions, start=1)), widths=(8, 162), bordered=False),
        Break(),
        H("Scrutiny Action Tracker 2026/27", 2),
        T(rows=tuple(tracker_rows), widths=(35, 60, 60, 15), header_rows=1, spans=spans),
        P(f"{{{GREEN}|{SQUARE}}} = Action Complete"),
        P(f"{{{RED}|{SQUARE}}} = Action Outstanding"),
        Break(),
        H("Scrutiny Meeting – 9 December 2026", 2),
        T(rows=(("**Report Title**", "**Serious Violence Duty - Progress Report**"),
                ("**Meeting Date**", "**Wednesday 9 December 2026**")), widths=(50, 120)),
        H("Rationale for Questions", 3),
        P("The Serious Violence Duty requires specified authorities, including the police, to work together to prevent and reduce serious violence. The PCC is the convener of the local partnership and wishes to understand the Force's contribution to the strategy."),
        H("Questions to the Chief Constable", 3),
        P("1. How has the Force contributed to the partnership's strategic needs assessment?"),
        P("2. What difference have the Force's violence reduction activities made in the last twelve months?"),
        P("3. How does the Force share information with health and education partners?"),
    ]
    actions = []
    for number, (text, update, colour) in enumerate(notes_actions, start=1):
        actions.append(action(prev, topic, str(number), text, update, "complete" if colour == GREEN else "outstanding",
                              "glyph_colour", "action_tracker"))
    merged_topic = None  # a merged Topic cell gives its topic to the rows under it
    for topic_cell, text, update, colour in tracker[:3]:
        merged_topic = topic_cell or merged_topic
        actions.append(action(None, merged_topic, None, text, update, "complete" if colour == GREEN else "outstanding",
                              "glyph_colour", "action_tracker"))
    data = docx_to_pdf(office_docx(blocks, title="Scrutiny Meeting 9 December 2026", author="OPCC Merseyside",
                                   when=datetime(2026, 12, 2, 9, 0), header="OFFICIAL"))
    meetings = [meeting(date, None, org, "Scrutiny Meeting", anchor="Scrutiny Meeting Date Wednesday 9 December"),
                meeting(prev, topic, org, notes_title, **{"from": 2})]
    records = records_of(document("pdf", "Scrutiny Meeting", force, org, date), meetings,
                         agenda(date, agenda_rows), decisions, actions)
    return data, records


# --- 3. Cheshire: a Word decision table under an item heading (common) -----------------------

def cheshire() -> tuple[bytes, dict]:
    org, force, date, prev = "Police and Crime Commissioner for Cheshire", "Cheshire Constabulary", "2026-12-15", "2026-11-17"
    topic = "Rural and wildlife crime"
    agenda_rows = [
        ("1", "Welcome and apologies", "Commissioner"),
        ("2", "Notes of the previous meeting and action log", "Head of Governance"),
        ("3", "Serious and organised crime", "Detective Chief Superintendent, Serious Crime"),
        ("4", "Public questions", "Commissioner"),
        ("5", "Any other business", "Commissioner"),
    ]
    notes_title = "Notes of the Scrutiny Board held on 17 November 2026"
    q = [
        ("1", "How has the Rural Crime Team's new shift pattern changed the Constabulary's response to farm and equipment theft?",
         "The team now works until midnight four nights a week. Thefts of quad bikes and farm machinery fell from 58 to 41 in the six months to October, and 12 stolen vehicles were recovered using tracking technology.",
         "Partially assured",
         "The Commissioner welcomed the fall in thefts but noted that outcomes for victims remain low and asked for a breakdown by local policing unit."),
        ("2", "How does the Constabulary work with partners to tackle wildlife crime, including raptor persecution and hare coursing?",
         "Two wildlife crime officers have been trained with the National Wildlife Crime Unit, and a joint hare coursing protocol is in place with neighbouring forces. Seven dispersal and seizure powers were used during the 2026 season.",
         "Assured",
         "The Commissioner thanked the team for the partnership work and the clear figures provided."),
        ("3", "How confident are rural communities in the service they receive, and how is this measured?",
         "The Constabulary relies on the national rural crime survey and has no local measure of confidence. A farm watch text alert scheme has 1,900 members.",
         "Not assured",
         "The Commissioner was not assured that rural confidence is understood and asked that a local measure be developed with the OPCC."),
    ]
    minuted = ("SB/26/31", "Provide a breakdown of rural theft outcomes by local policing unit.", "Detective Superintendent, Rural Crime",
               "Breakdown being compiled; due for the January 2027 Board.", "In progress")
    log = [
        ("SB/26/24", "20/10/2026", "Share the custody inspection action plan with the OPCC.", "Head of Custody",
         "Plan shared on 3 November 2026.", "Complete", "2026-10-20", None),
        ("SB/26/27", "20/10/2026", "Arrange a visit for the Commissioner to the new control room.", "Chief Inspector, Contact", "", "Open", "2026-10-20", None),
        (minuted[0], "17/11/2026", minuted[1], minuted[2], minuted[3], minuted[4], prev, topic),
        ("SB/26/32", "17/11/2026", "Develop a local measure of rural community confidence with the OPCC.", "Head of Performance",
         "Survey questions agreed with the OPCC on 1 December 2026; first results due in spring.", "Complete", prev, topic),
    ]
    blocks: list = [
        P("**Police and Crime Commissioner for Cheshire**"),
        H("Scrutiny Board", 1),
        P("Tuesday 15 December 2026, 10.00am, Clemonds Hey, Winsford"),
        H("Agenda", 2),
        T(rows=(("No.", "Item", "Lead"),) + tuple(agenda_rows), widths=(12, 100, 58), header_rows=1),
        Break(),
        H(notes_title, 1),
        P("Attendees: Police and Crime Commissioner (Chair), Deputy Chief Constable, Head of Governance, Chief Superintendent Local Policing, Detective Superintendent Rural Crime."),
        H("Item 3 – " + topic, 2),
        P("The Detective Superintendent introduced the paper on rural and wildlife crime. The Commissioner's questions and the Board's conclusions are recorded below."),
    ]
    rows = [("No.", "Question", "Force response", "Assurance level", "PCC comments")]
    decisions = []
    for number, question, answer, level, comment in q:
        rows.append((number, question, answer, level, comment))
        decisions.append(decision(prev, topic, number, question, answer,
                                  {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}[level], comment))
    blocks += [
        T(rows=tuple(rows), widths=(8, 40, 62, 22, 38), header_rows=1),
        P(f"**ACTION {minuted[0]}:** {minuted[1]}"),
        H("Item 4 – Public questions", 2),
        P("One question was received about speeding in villages. The Commissioner will reply in writing and publish the answer on the website."),
        Break(),
        H("Appendix 1 – Action log", 1),
        T(rows=(("Ref", "Meeting date", "Action", "Owner", "Update", "Status"),) + tuple(r[:6] for r in log),
          widths=(18, 20, 45, 30, 40, 17), header_rows=1),
    ]
    actions = [action(raised, item_topic, ref, text, update or None,
                      "complete" if status == "Complete" else "outstanding", "status_column", "action_tracker")
               for ref, _, text, _, update, status, raised, item_topic in log]
    data = render_docx(blocks, title="Scrutiny Board 15 December 2026", author="OPCC Cheshire", when=datetime(2026, 12, 8, 9, 0),
                       header=("OFFICIAL",))
    meetings = [meeting(date, None, org, "Scrutiny Board"), meeting(prev, topic, org, notes_title)]
    records = records_of(document("docx", "Scrutiny Board", force, org, date), meetings,
                         agenda(date, agenda_rows), decisions, actions)
    for record in records["agenda_items"]:
        record["page"] = None
    return data, records


# --- 4. West Yorkshire: level codes against a key, a tracker split by status rows (new) -------

def west_yorkshire() -> tuple[bytes, dict]:
    org, force, date, prev = "Deputy Mayor for Policing and Crime", "West Yorkshire Police", "2026-12-17", "2026-11-19"
    topic = "Serious violence"
    title = "Policing Accountability Meeting"
    agenda_rows = [
        ("1", "Welcome and introductions", "Deputy Mayor"),
        ("2", "Record of the meeting held on 19 November 2026", "Head of Policing and Crime"),
        ("3", "Action tracker", "Head of Policing and Crime"),
        ("4", "Neighbourhood crime: burglary and robbery", "Assistant Chief Constable"),
        ("5", "Any other business", "Deputy Mayor"),
    ]
    notes_title = "Record of the Policing Accountability Meeting – 19 November 2026"
    levels = {"A": "Assured", "PA": "Partly assured", "NA": "Not assured"}
    q = [
        ("SV1", "How is the Violence Reduction Unit's hospital navigator programme linked to police investigations?",
         "Navigators work in three emergency departments and refer young people to youth workers. Referrals to the police are made with consent, 212 in the last year, but the outcome of those referrals is not tracked.",
         "PA", "The Deputy Mayor asked that outcomes of navigator referrals are tracked from April."),
        ("SV2", "What has the knife crime surge operation achieved in Bradford and Leeds city centres?",
         "Weapon sweeps found 96 knives, and 48 arrests were made for possession. Knife-enabled robbery fell by 14% over the period of the operation.",
         "A", "The Deputy Mayor commended the partnership approach with the councils."),
        ("SV3", "How does the force use stop and search for weapons, and how is its use scrutinised by the public?",
         "The find rate for weapons searches is 19%. Body-worn video of searches is reviewed by the independent scrutiny panel each month, and its findings are published.",
         "A", "The Deputy Mayor thanked the panel volunteers and asked that their next report is shared."),
        ("SV4", "What is the force doing to reduce serious violence linked to the night-time economy in smaller towns?",
         "The force described patrol plans in Huddersfield and Wakefield but could not give figures for violence in other towns.",
         "NA", "The Deputy Mayor was not assured and asked for the analysis to cover all towns with a night-time economy."),
    ]
    done = [
        ("PAM 26/33", "15/10/2026", "Share the evaluation of the domestic abuse perpetrator programme.", "Head of Commissioning",
         "Evaluation shared with the Deputy Mayor on 30 October 2026.", "2026-10-15", None),
        ("PAM 26/38", "19/11/2026", "Share the independent scrutiny panel's next report on stop and search.", "Chief Inspector, Standards",
         "Report shared on 4 December 2026.", prev, topic),
    ]
    still_open = [
        ("PAM 26/29", "17/09/2026", "Provide a briefing on the use of drones in rural areas.", "Superintendent, Operations Support",
         "Briefing postponed to January 2027 at the force's request.", "2026-09-17", None),
        ("PAM 26/36", "19/11/2026", "Track outcomes of navigator referrals from April 2027 and report them to this meeting.", "Violence Reduction Unit Director",
         "Data-sharing agreement being drafted.", prev, topic),
        ("PAM 26/37", "19/11/2026", "Extend the night-time economy violence analysis to all towns.", "Head of Analysis",
         "Analysis under way; due February 2027.", prev, topic),
    ]
    blocks: list = [
        P("**Mayor of West Yorkshire**"),
        H(title, 1),
        P("Chair: Deputy Mayor for Policing and Crime"),
        P("Thursday 17 December 2026, 1.30pm, Wellington House, Leeds"),
        H("Agenda", 2),
    ]
    blocks += [P(f"{n}.  {t} ({p})") for n, t, p in agenda_rows]
    blocks += [
        Break(),
        H(notes_title, 1),
        P("Present: Deputy Mayor for Policing and Crime (Chair); Chief Constable; Assistant Chief Constable, Specialist Operations; Head of Policing and Crime; Violence Reduction Unit Director."),
        P("**Theme:** " + topic),
        P("Key to levels: A – Assured; PA – Partly assured; NA – Not assured"),
    ]
    rows = [("Ref", "Line of questioning", "Response from West Yorkshire Police", "Level", "Deputy Mayor's comment")]
    decisions = []
    for ref, question, answer, level, comment in q:
        rows.append((ref, question, answer, f"**{level}**", comment))
        decisions.append(decision(prev, topic, ref, question, answer, levels[level], comment))
    blocks += [
        T(rows=tuple(rows), widths=(10, 40, 65, 10, 45), header_rows=1),
        P("Any other business: none."),
        Break(),
        H("Action tracker – December 2026", 1),
    ]
    tracker = [("Ref", "Raised", "Action", "Lead", "Update"), ("**Actions completed since the last meeting**", None, None, None, None)]
    tracker += [r[:5] for r in done]
    tracker.append(("**Open actions**", None, None, None, None))
    tracker += [r[:5] for r in still_open]
    banner_rows = (1, 2 + len(done))
    blocks += [
        T(rows=tuple(tracker), widths=(16, 18, 50, 35, 51), header_rows=1,
          spans=tuple((r, 0, 1, 5) for r in banner_rows), fills={(r, 0): "#DEEAF6" for r in banner_rows}),
        P("Completed actions are shown once and then removed from the tracker."),
    ]
    actions = [action(raised, item_topic, ref, text, update, "complete", None, "action_tracker")
               for ref, _, text, _, update, raised, item_topic in done]
    actions += [action(raised, item_topic, ref, text, update, "outstanding", None, "action_tracker")
                for ref, _, text, _, update, raised, item_topic in still_open]
    data = render_docx(blocks, title="Policing Accountability Meeting 17 December 2026", author="West Yorkshire Combined Authority",
                       when=datetime(2026, 12, 10, 9, 0), header=("West Yorkshire Combined Authority – Policing and Crime",))
    meetings = [meeting(date, None, org, title), meeting(prev, topic, org, notes_title)]
    records = records_of(document("docx", title, force, org, date), meetings, agenda(date, agenda_rows), decisions, actions)
    for record in records["agenda_items"]:
        record["page"] = None
    return data, records


# --- 5. Dyfed-Powys: bilingual labels, levels and status words (new) --------------------------

def dyfed_powys() -> tuple[bytes, dict]:
    org, force, date, prev = "Police and Crime Commissioner for Dyfed-Powys", "Dyfed-Powys Police", "2026-12-08", "2026-11-10"
    topic = "Violence against women and girls"
    title = "Policing Accountability Board"
    agenda_rows = [  # (number, Welsh, English, Welsh lead, English lead)
        ("1", "Croeso ac ymddiheuriadau", "Welcome and apologies", "Comisiynydd", "Commissioner"),
        ("2", "Cofnodion a chamau gweithredu", "Minutes and actions", "Prif Weithredwr", "Chief Executive"),
        ("3", "Ymateb i alwadau 101", "Response to 101 calls", "Prif Gwnstabl Cynorthwyol", "Assistant Chief Constable"),
        ("4", "Unrhyw fater arall", "Any other business", "Comisiynydd", "Commissioner"),
    ]
    notes_title = "Minutes of the Policing Accountability Board – 10 November 2026"
    levels = {"Sicr / Assured": "Assured", "Rhannol sicr / Partly assured": "Partly assured", "Dim sicrwydd / Not assured": "Not assured"}
    q = [
        ("1", "How has the force improved its response to reports of stalking since the HMICFRS spotlight report?",
         "A stalking clinic with the health board reviews high-risk cases each fortnight. Stalking protection orders rose from 4 to 17 in the year, and every report is now reviewed by a specialist within 24 hours.",
         "Rhannol sicr / Partly assured",
         "The Commissioner welcomed the rise in protection orders but asked for the time taken to apply for them to be reported."),
        ("2", "What is the force doing to make the night-time economy safer for women in its towns?",
         "Safe spaces operate in Aberystwyth, Carmarthen and Llanelli, and 260 licensed premises staff have been trained to spot vulnerability. Patrol plans use the Street Safe reports.",
         "Sicr / Assured",
         "The Commissioner thanked the force and the universities for their work with students."),
        ("3", "How are victims of rape kept informed when their case is with the Crown Prosecution Service?",
         "Officers are expected to contact victims every 28 days, but an audit found contact recorded in only 56% of cases.",
         "Dim sicrwydd / Not assured",
         "The Commissioner was not assured and asked for a re-audit after the new reminder system is introduced."),
    ]
    status_words = {"Cwblhawyd / Complete": "complete", "Ar agor / Open": "outstanding", "Ar y gweill / In progress": "outstanding"}
    log = [
        ("PAB 26/18", "13/10/2026", "Share the rural crime strategy with the Commissioner before publication.",
         "Strategy shared on 27 October 2026.", "Cwblhawyd / Complete", "2026-10-13", None),
        ("PAB 26/20", "13/10/2026", "Report on the use of Welsh in first contact with the public.",
         "Report to be presented in February 2027.", "Ar agor / Open", "2026-10-13", None),
        ("PAB 26/23", "10/11/2026", "Report the time taken to apply for stalking protection orders.",
         "Data being extracted from the case system.", "Ar y gweill / In progress", prev, topic),
        ("PAB 26/24", "10/11/2026", "Re-audit victim contact in rape cases after the reminder system is introduced.",
         "Re-audit completed on 1 December 2026; results attached to this pack.", "Cwblhawyd / Complete", prev, topic),
    ]
    look = register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font, body_size=10.5, cell_size=9.5,
                   margin=60, footer="Comisiynydd Heddlu a Throseddu Dyfed-Powys / Police and Crime Commissioner for Dyfed-Powys")
    blocks: list = [
        P("**Comisiynydd Heddlu a Throseddu Dyfed-Powys**"),
        P("**Police and Crime Commissioner for Dyfed-Powys**"),
        H("Bwrdd Atebolrwydd Plismona / " + title, 1),
        P("Dyddiad / Date: Dydd Mawrth 8 Rhagfyr 2026 / Tuesday 8 December 2026"),
        P("Lleoliad / Venue: Pencadlys yr Heddlu, Caerfyrddin / Police Headquarters, Carmarthen"),
        H("Agenda", 2),
        T(rows=(("Eitem / Item", "Teitl / Title", "Arweinydd / Lead"),)
              + tuple((n, f"{cy} / {en}", f"{cy_lead} / {en_lead}") for n, cy, en, cy_lead, en_lead in agenda_rows),
          widths=(16, 90, 64), header_rows=1),
        P("Mae'r Comisiynydd yn croesawu gohebiaeth yn Gymraeg neu'n Saesneg. / The Commissioner welcomes correspondence in Welsh or English."),
        Break(),
        H("Cofnodion y Bwrdd Atebolrwydd Plismona – 10 Tachwedd 2026 / " + notes_title, 1),
        P("**Thema / Theme:** Trais yn erbyn menywod a merched / " + topic),
        P("Yn bresennol / Present: Commissioner (Chair); Chief Constable; Deputy Chief Constable; Chief Executive, OPCC; Head of Public Protection."),
    ]
    rows = [("Rhif / No.", "Cwestiwn / Question", "Ymateb yr Heddlu / Force response", "Sicrwydd / Assurance")]
    decisions = []
    for number, question, answer, level, comment in q:
        rows.append((number, question, answer, (f"**{level}**", comment)))
        decisions.append(decision(prev, topic, number, question, answer, levels[level], comment))
    blocks += [
        T(rows=tuple(rows), widths=(10, 45, 65, 50), header_rows=1),
        P("Unrhyw fater arall / Any other business: Dim / None."),
        Break(),
        H("Camau Gweithredu / Actions", 2),
        T(rows=(("Cyf / Ref", "Dyddiad / Date", "Cam gweithredu / Action", "Diweddariad / Update", "Statws / Status"),)
              + tuple(r[:5] for r in log), widths=(18, 20, 50, 52, 30), header_rows=1),
        Break(),
        H("Eitem 3 / Item 3: Ymateb i alwadau 101 / Response to 101 calls", 2),
        P("**Diben / Purpose:** To update the Board on the time taken to answer non-emergency calls and the use of online reporting."),
        T(rows=(("Mesur / Measure", "Ebrill–Meh 2026 / Apr–Jun 2026", "Gorff–Medi 2026 / Jul–Sep 2026"),
                ("Average time to answer 101 (minutes)", "6.4", "4.9"),
                ("Calls abandoned", "14%", "9%"),
                ("Reports made online", "3,120", "3,985")), widths=(70, 50, 50), header_rows=1),
        P("The force introduced a call-back option in August 2026. The Commissioner will ask how the force will keep improving answer times over the winter, and how callers who prefer to speak Welsh are supported."),
    ]
    # the log is on page 3; its words also occur, interleaved, in the decision table's rows on page 2
    actions = [action(raised, item_topic, ref, text, update, status_words[status], "status_column", "action_tracker", **{"from": 3})
               for ref, _, text, update, status, raised, item_topic in log]
    data = render_pdf(blocks, look, title="Bwrdd Atebolrwydd Plismona / Policing Accountability Board", author="OPCC Dyfed-Powys")
    meetings = [meeting(date, None, org, title, anchor="Bwrdd Atebolrwydd Plismona Policing Accountability Board Dyddiad"),
                meeting(prev, topic, org, notes_title, **{"from": 2})]
    records = records_of(document("pdf", title, force, org, date), meetings,
                         agenda(date, [(n, en, en_lead) for n, _, en, _, en_lead in agenda_rows]), decisions, actions)
    return data, records


# --- 6. Cumbria: "satisfied" outcomes against a key, status only in the update (new) ----------

def cumbria() -> tuple[bytes, dict]:
    org, force, date, prev = "Police, Fire and Crime Commissioner for Cumbria", "Cumbria Constabulary", "2026-12-10", "2026-11-12"
    topic = "Shoplifting and retail crime"
    title = "Public Accountability Conference"
    agenda_rows = [
        ("1", "Apologies and declarations of interest", "Chair"),
        ("2", "Minutes of the meeting held on 12 November 2026 and action tracker", "Chief Executive"),
        ("3", "Police: Road safety and the Fatal Four", "Chief Superintendent, Operations"),
        ("4", "Fire: Home fire safety visits", "Chief Fire Officer"),
        ("5", "Any other business", "Chair"),
    ]
    notes_title = "Minutes of the Public Accountability Conference held on 12 November 2026"
    outcomes = {"Satisfied": "Assured", "Partially satisfied": "Partly assured", "Not satisfied": "Not assured"}
    q = [
        ("1", "How has the Constabulary responded to the rise in shop theft in Carlisle and Kendal?",
         "A retail crime officer now works with the town centre business groups, and prolific offenders are managed through a monthly panel. Shop theft rose by 11% in the year, but the charge rate has improved from 14% to 21%.",
         "Partially satisfied",
         "The Commissioner recognised the better charge rate but asked how retailers are kept informed of outcomes."),
        ("2", "How are violence and abuse against shop workers recorded and investigated?",
         "Every assault on a shop worker is flagged on the crime system and attended within the target time in 88% of cases. Retailers can report by a dedicated online form.",
         "Satisfied",
         "The Commissioner was pleased with the attendance figures and the online reporting route."),
        ("3", "What is being done to address the link between shoplifting and drug dependency?",
         "The Constabulary described a pilot of conditional cautions with treatment but has no data yet on reoffending.",
         "Not satisfied",
         "The Commissioner asked for the pilot's first results to be brought back to the Conference."),
    ]
    minuted = ("PAC/26/33", "Bring the first results of the conditional caution treatment pilot to the Conference.",
               "Awaiting data from the pilot team; to be presented in February 2027.", "outstanding")
    tracker = [
        ("PAC/26/27", "08/10/2026", "Circulate the summer road safety campaign report to members.",
         "Completed – report circulated on 20 October 2026.", "complete", "2026-10-08", None),
        ("PAC/26/29", "08/10/2026", "Arrange a briefing on the fire service's water rescue capability.",
         "Not yet started; due March 2027.", "outstanding", "2026-10-08", None),
        (minuted[0], "12/11/2026", minuted[1], minuted[2], minuted[3], prev, topic),
        ("PAC/26/34", "12/11/2026", "Explain to retailers how they will be told of the outcome of their reports.",
         "Closed – letter sent to the business groups on 26 November 2026.", "complete", prev, topic),
    ]
    look = PdfLook(font="Times-Roman", bold_font="Times-Bold", italic_font="Times-Italic", body_size=11.5, cell_size=10.5,
                   margin=64, header="Police, Fire and Crime Commissioner for Cumbria – Public Accountability Conference")
    blocks: list = [
        P("**Police, Fire and Crime Commissioner for Cumbria**"),
        H(title, 1),
        P("Thursday 10 December 2026 at 10.30am, Carleton Hall, Penrith"),
        H("Agenda", 2),
        T(rows=(("Item", "Subject", "Presenter"),) + tuple(agenda_rows), widths=(12, 100, 58), header_rows=1),
        P("At the Conference the Commissioner records an outcome for each question: *Satisfied* (the Commissioner is assured), *Partially satisfied* (partly assured) or *Not satisfied* (not assured)."),
        Break(),
        H(notes_title, 1),
        P("Present: Police, Fire and Crime Commissioner (Chair); Deputy Chief Constable; Chief Executive; Superintendent, Neighbourhood Policing; Business Crime Lead."),
        H("1. Apologies and declarations of interest", 2),
        P("Apologies were received from the Chief Constable. There were no declarations of interest."),
        H("2. Minutes and action tracker", 2),
        P("The minutes of 8 October 2026 were agreed. The action tracker was reviewed."),
        H("3. " + topic, 2),
    ]
    decisions = []
    for number, question, answer, outcome, comment in q:
        blocks += [P(f"**Q{number}** {question}"), P(f"Response: {answer}"), P(f"**Outcome: {outcome}.** {comment}")]
        decisions.append(decision(prev, topic, number, question, answer, outcomes[outcome], comment))
    blocks += [
        P(f"**Action {minuted[0]}:** {minuted[1]}"),
        H("4. Any other business", 2),
        P("None."),
        H("Action tracker – Public Accountability Conference", 1),
        T(rows=(("Ref", "Raised", "Action", "Update"),) + tuple(r[:4] for r in tracker), widths=(18, 18, 62, 72), header_rows=1),
    ]
    actions = [action(raised, item_topic, ref, text, update, status, "inferred_from_update", "action_tracker")
               for ref, _, text, update, status, raised, item_topic in tracker]
    data = render_pdf(blocks, look, title="Public Accountability Conference 10 December 2026", author="OPFCC Cumbria")
    meetings = [meeting(date, None, org, title, anchor="Public Accountability Conference Thursday 10 December"),
                meeting(prev, topic, org, notes_title, **{"from": 2})]
    records = records_of(document("pdf", title, force, org, date), meetings, agenda(date, agenda_rows), decisions, actions)
    return data, records


# --- 7. Greater Manchester: Word saved as PDF, completed tracker rows shaded grey (new) --------

def greater_manchester() -> tuple[bytes, dict]:
    org, force = "Deputy Mayor for Safer and Stronger Communities", "Greater Manchester Police"
    date, prev = "2026-12-15", "2026-11-10"
    topic = "Missing people"
    title = "Police Accountability Board"
    agenda_rows = [
        ("1", "Welcome and apologies", "Deputy Mayor"),
        ("2", "Notes and actions from 10 November 2026", "Head of Police Accountability"),
        ("3", "Domestic abuse", "Detective Chief Superintendent, Public Protection"),
        ("4", "Any other business", "Deputy Mayor"),
    ]
    notes_title = "Police Accountability Board – Notes of the meeting held on 10 November 2026"
    q = [
        ("1", "How quickly are missing children risk assessed, and who reviews the assessment?",
         "Every report is risk assessed by the call handler and reviewed by a sergeant within an hour. An audit of 150 reports in September found the review recorded in 91% of cases.",
         "Assured", "The Deputy Mayor welcomed the audit and asked that it is repeated each quarter."),
        ("2", "How does GMP work with children's homes to reduce repeat missing episodes?",
         "Missing from home coordinators visit the 40 homes with the most reports. Repeat episodes from those homes fell by 18%, but the picture for out-of-area placements is unclear.",
         "Partially assured", "The Deputy Mayor asked for a report on children placed in Greater Manchester by other local authorities."),
        ("3", "What use is made of return home interviews to find out why people go missing?",
         "Interviews are carried out by the local authorities; GMP receives the results in six of the ten boroughs.",
         "Not assured", "The Deputy Mayor was not assured that learning is shared in every borough and asked for this to be raised with the local authorities."),
    ]
    minuted = [
        ("PAB/112", "Report on children placed in Greater Manchester by other local authorities and their missing episodes.", "Head of Public Protection",
         "Data requested from the regional placements team.", "15/01/2027", False),
        ("PAB/113", "Raise the sharing of return home interview results with the four boroughs that do not yet share them.", "Deputy Mayor",
         "Letters sent to the four directors of children's services on 24 November 2026.", "30/11/2026", True),
    ]
    tracker = [
        ("PAB/104", "08/09/2026", "Share the findings of the stop and search community panel with the Board.", "Chief Inspector, Standards",
         "Findings shared on 2 October 2026.", "30/09/2026", True, "2026-09-08", None),
        ("PAB/108", "13/10/2026", "Provide figures on 999 answer times during the summer peak.", "Head of Contact",
         "Figures being validated; to be circulated before Christmas.", "01/12/2026", False, "2026-10-13", None),
        ("PAB/109", "13/10/2026", "Circulate the victims' code compliance audit.", "Head of Criminal Justice",
         "Audit circulated on 29 October 2026.", "31/10/2026", True, "2026-10-13", None),
    ] + [(ref, "10/11/2026", text, owner, update, target, done, prev, topic) for ref, text, owner, update, target, done in minuted]
    grey = "#BFBFBF"
    rows = [("Ref", "Date raised", "Action", "Owner", "Update", "Target date")]
    fills = {}
    for r, row in enumerate(tracker, start=1):
        rows.append(row[:6])
        if row[6]:
            fills.update({(r, c): grey for c in range(6)})
    decision_rows = [("No.", "Question", "GMP response", "Assurance", "Deputy Mayor's comments")]
    decisions = []
    for number, question, answer, level, comment in q:
        decision_rows.append((number, question, answer, f"**{level}**", comment))
        decisions.append(decision(prev, topic, number, question, answer,
                                  {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}[level], comment))
    blocks: list = [
        P("**Greater Manchester Combined Authority**"),
        Title(title),
        P("**Chair:** Deputy Mayor for Safer and Stronger Communities"),
        P("**Date:** Tuesday 15 December 2026, 2.00pm"),
        P("**Venue:** Tootal Buildings, Oxford Street, Manchester, and live stream"),
        H("Agenda", 1),
        Num(tuple(f"{t} – {p}" for _, t, p in agenda_rows)),
        P("The Board is how the Mayor, through the Deputy Mayor, holds the Chief Constable to account for policing in Greater Manchester."),
        Break(),
        H(notes_title, 1),
        P("**Topic:** " + topic),
        P("Present: Deputy Mayor for Safer and Stronger Communities (Chair); Deputy Chief Constable; Head of Police Accountability; Detective Chief Superintendent, Public Protection; two members of the Police and Crime Panel (observing)."),
        T(rows=tuple(decision_rows), widths=(8, 40, 62, 22, 38), header_rows=1),
        H("Actions agreed", 2),
        Bul(tuple(text for _, text, *_ in minuted)),
        Break(),
        H("Action tracker – December 2026", 1),
        T(rows=tuple(rows), widths=(16, 20, 45, 28, 42, 19), header_rows=1, fills=fills),
        P("Key: rows shaded grey are complete and will be removed at the next meeting; unshaded rows remain open."),
    ]
    actions = [action(raised, item_topic, ref, text, update, "complete" if done else "outstanding", "cell_shading", "action_tracker")
               for ref, _, text, _, update, _, done, raised, item_topic in tracker]
    data = docx_to_pdf(office_docx(blocks, title="Police Accountability Board 15 December 2026", author="GMCA",
                                   when=datetime(2026, 12, 8, 9, 0), header="Greater Manchester Combined Authority"))
    meetings = [meeting(date, None, org, title, anchor="Police Accountability Board Chair Deputy Mayor"),
                meeting(prev, topic, org, notes_title, **{"from": 2})]
    records = records_of(document("pdf", title, force, org, date), meetings, agenda(date, agenda_rows), decisions, actions)
    return data, records


# --- 8. Humberside: decision tables under two items (common) ----------------------------------

def humberside() -> tuple[bytes, dict]:
    org, force, date, prev = "Police and Crime Commissioner for Humberside", "Humberside Police", "2026-12-14", "2026-11-16"
    title = "Accountability Board"
    agenda_rows = [
        ("1", "Apologies", "Chair"),
        ("2", "Notes of the meeting held on 16 November 2026 and action log", "Head of Governance"),
        ("3", "Neighbourhood policing and anti-social behaviour", "Assistant Chief Constable"),
        ("4", "Finance: mid-year budget monitoring", "Chief Finance Officer"),
        ("5", "Any other business", "Chair"),
    ]
    notes_title = "Notes of the Accountability Board held on 16 November 2026"
    levels = {"Substantial": "Assured", "Reasonable": "Assured", "Limited": "Partly assured", "No assurance": "Not assured"}
    items = {
        "Hate crime": [
            ("1", "How has the Force improved the service given to victims of hate crime since the last review?",
             "Every hate crime victim is now contacted by a trained officer within 48 hours, and a third-party reporting centre has opened in Grimsby. Victim satisfaction rose from 68% to 74%.",
             "Reasonable", "The PCC welcomed the higher satisfaction and the new reporting centre."),
            ("2", "Why do so few hate crimes result in a charge, and what is being done about it?",
             "The charge rate is 9%. Many cases lack an identified suspect; a review of online hate cases is under way with the Crown Prosecution Service.",
             "Limited", "The PCC asked for the results of the online hate review to be shared."),
        ],
        "Custody": [
            ("1", "How does the Force make sure detainees with mental health needs are seen promptly?",
             "Liaison and diversion practitioners are in both custody suites seven days a week, and 96% of detainees flagged were seen before interview.",
             "Substantial", "The PCC thanked the custody team and the health partners."),
            ("2", "What has been done about the delays in handing detainees over at the Hull custody suite?",
             "Booking-in times at peak hours still exceed an hour on some days. A second booking desk will open in the new year, but staffing is not yet in place.",
             "No assurance", "The PCC was not assured that the delays will be resolved this winter and will return to the matter in March."),
        ],
    }
    minuted = {
        "Hate crime": ("AB/26/40", "Share the findings of the review of online hate crime cases with the OPCC.",
                       "Review due to finish in January 2027.", "Ongoing"),
        "Custody": ("AB/26/41", "Provide the staffing plan for the second booking desk at Hull custody suite.",
                    "Staffing plan received by the OPCC on 2 December 2026.", "Complete"),
    }
    log = [
        ("AB/26/35", "19/10/2026", "Send the PCC the evaluation of the rural crime volunteers scheme.", "Chief Inspector, Rural",
         "Evaluation received 30 October 2026.", "Complete", "2026-10-19", None),
        ("AB/26/37", "19/10/2026", "Report on the backlog of digital forensic examinations.", "Head of Forensics",
         "Report was due in November; now expected in January 2027.", "Overdue", "2026-10-19", None),
    ] + [(ref, "16/11/2026", text, "Assistant Chief Constable", update, status, prev, item)
         for item, (ref, text, update, status) in minuted.items()] + [
        ("AB/26/42", "16/11/2026", "Arrange for the PCC to visit the Grimsby third-party reporting centre.", "OPCC Engagement Lead",
         "", "Ongoing", prev, None),
    ]
    look = PdfLook(font="Times-Roman", bold_font="Times-Bold", italic_font="Times-Italic", body_size=11.5, cell_size=10,
                   margin=60, footer="Humberside Police and Crime Commissioner – Accountability Board")
    blocks: list = [
        P("**Humberside Police and Crime Commissioner**"),
        H(title, 1),
        P("Monday 14 December 2026 at 10.00am, Police Headquarters, Priory Road, Hull"),
        T(rows=(("Item", "Subject", "Lead", "Paper"),) + tuple((n, t, p, chr(64 + int(n)) if n in "234" else "–") for n, t, p in agenda_rows),
          widths=(12, 90, 50, 18), header_rows=1),
        P("Papers marked with a letter are attached. The Board meets in public; a recording is published on the Commissioner's website."),
        Break(),
        H(notes_title, 1),
        P("Present: Police and Crime Commissioner (Chair), Chief Constable, Deputy Chief Constable, Chief Executive, Head of Governance."),
        H("1. Apologies", 2),
        P("Apologies were received from the Chief Finance Officer."),
        H("2. Notes and action log", 2),
        P("The notes of 19 October 2026 were agreed as a true record. Progress on the action log was noted."),
    ]
    decisions = []
    for number, (item, questions) in enumerate(items.items(), start=3):
        blocks.append(H(f"{number}. {item}", 2))
        rows = [("No.", "Question", "Force response", "Assurance level", "PCC comments")]
        for q_number, question, answer, level, comment in questions:
            rows.append((q_number, question, answer, level, comment))
            decisions.append(decision(prev, item, q_number, question, answer, levels[level], comment))
        blocks.append(T(rows=tuple(rows), widths=(8, 42, 62, 20, 38), header_rows=1))
        ref, text, _, _ = minuted[item]
        blocks.append(P(f"**ACTION {ref}:** {text}"))
    blocks += [
        H("5. Any other business", 2),
        P("The PCC asked to visit the Grimsby third-party reporting centre. No other business was raised."),
        Break(),
        H("Action log", 1),
        T(rows=(("Ref", "Date raised", "Action", "Lead", "Update", "Status"),) + tuple(r[:6] for r in log),
          widths=(17, 18, 45, 28, 45, 17), header_rows=1),
    ]
    actions = [action(raised, item, ref, text, update or None, "complete" if status == "Complete" else "outstanding",
                      "status_column", "action_tracker")
               for ref, _, text, _, update, status, raised, item in log]
    data = render_pdf(blocks, look, title="Accountability Board 14 December 2026", author="OPCC Humberside")
    meetings = [meeting(date, None, org, title, anchor="Accountability Board Monday 14 December"),
                meeting(prev, None, org, notes_title, **{"from": 2})]
    records = records_of(document("pdf", title, force, org, date), meetings, agenda(date, agenda_rows), decisions, actions)
    return data, records


# --- writing ----------------------------------------------------------------------------------

PACKS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "lancashire-pcc-ssm-2026-12-02.pdf": lancashire,
    "merseyside-pcc-scrutiny-2026-12-09.pdf": merseyside,
    "cheshire-pcc-sb-2026-12-15.docx": cheshire,
    "west-yorkshire-mca-pam-2026-12-17.docx": west_yorkshire,
    "dyfed-powys-pcc-pab-2026-12-08.pdf": dyfed_powys,
    "cumbria-pfcc-pac-2026-12-10.pdf": cumbria,
    "greater-manchester-gmca-pab-2026-12-15.pdf": greater_manchester,
    "humberside-pcc-ab-2026-12-14.pdf": humberside,
}


def main(only: list[str]) -> None:
    (HERE / "gold").mkdir(exist_ok=True)
    for name, build in PACKS.items():
        if only and name not in only:
            continue
        data, records = build()
        if name.endswith(".pdf"):
            set_pages(data, records)
        strip_private(records)
        records["documents"][0]["file_type"] = name.rsplit(".", 1)[1]
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (HERE / "gold" / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        pages = {t: [r["page"] for r in records[t]] for t in ("meetings", "assurance_decisions", "actions")}
        print(f"{name}: {len(data)} bytes; pages {pages}")


if __name__ == "__main__":
    main(sys.argv[1:])
