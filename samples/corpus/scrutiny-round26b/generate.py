"""Held-out scrutiny round 26b: six packs of PCC, PFCC and mayoral offices of the south, east
and London, with their hand-checked gold in gold/ (held out and scored in session 5, then promoted).

Three packs are Word documents saved as PDF by LibreOffice (../office_pdf.py), one is a
reportlab PDF and two are Word files. Names, figures and wording are invented.

    .venv/bin/python samples/corpus/scrutiny-round26b/generate.py [FILE ...]
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from copy import deepcopy
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Twips
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
sys.path.insert(0, str(CORPUS))
sys.path.insert(0, str(CORPUS / "scrutiny-round3"))
sys.path.insert(0, str(CORPUS.parent))
from generator.model import plain  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402
from render import FONT_DIR, Break, Bul, H, Num, P, PdfLook, T, _stable_zip, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind for held-out round 26b; every record hand-checked against the rendered "
           "document and `scrutiny inspect` (layout only) by the round's writer. Not scored by CI.")
WHEN = datetime(2027, 1, 4, 9, 0, 0)
GREEN, RED = "#00b050", "#ff0000"


# --- gold record builders ------------------------------------------------------------------
# A PDF record's page is found from the PDF's own text: "_at" holds the words to look for
# (the record's first words), "_after" the page after which to look.

def meeting(date: str, topic: str | None, organisation: str, title: str, at: str, after: int = 0) -> dict:
    return {"_at": at, "_after": after, "meeting_date": date, "topic": topic, "organisation": organisation,
            "title": title}


def agenda(date: str, items: list[tuple[str | None, str, str | None]]) -> list[dict]:
    return [{"_at": title, "_after": 0, "meeting_date": date, "number": number, "title": title, "presenter": who}
            for number, title, who in items]


def decision(date: str, topic: str | None, number: str, question: str, evidence: str, level: str | None,
             comment: str | None) -> dict:
    return {"_at": question, "_after": 1, "meeting_date": date, "topic": topic, "question_number": number,
            "question": question, "evidence_summary": evidence, "assurance": level, "commentary": comment}


def action(date: str | None, topic: str | None, number: str | None, text: str, update: str | None, status: str,
           status_source: str, at: str | None = None) -> dict:
    return {"_at": at or text, "_after": 1, "meeting_date": date, "topic": topic, "number": number, "text": text,
            "update": update, "status": status, "status_source": status_source, "source": "action_tracker"}


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", plain(text)).lower().replace("\u2019", "'")


def _set_pages(data: bytes | None, records: dict) -> None:
    """Each record's page: the first page (after ``_after``) whose text holds the record's
    first five words, or failing that its first three (words split over table cells); DOCX: null.
    The page is put first in each record, as in the other rounds' gold."""
    pages = [_squash(page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages] if data else []
    for kind, rows in records.items():
        if kind == "documents":
            continue
        for index, row in enumerate(rows):
            anchor, after = row.pop("_at"), row.pop("_after")
            page = None
            for words in (5, 3) if data else ():
                key = _squash(" ".join(plain(anchor).split()[:words]))
                hits = [n for n, text in enumerate(pages, start=1) if n > after and key in text]
                if hits:
                    page = hits[0]
                    break
            if data and page is None:
                raise ValueError(f"{kind}: no page holds {anchor!r}")
            rows[index] = {"page": page, **row}


def document_record(file_type: str, title: str, force: str, organisation: str, date: str) -> dict:
    return {"page": None, "file_type": file_type, "doc_kind": "scrutiny_pack", "title": title, "force": force,
            "organisation": organisation, "meeting_date": date, "publication_date": None, "status": "ok"}


# --- Word furniture ---------------------------------------------------------------------------

def _field(paragraph, instruction: str) -> None:
    run = paragraph.add_run()
    begin, text, end = OxmlElement("w:fldChar"), OxmlElement("w:instrText"), OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text.set(qn("xml:space"), "preserve")
    text.text = instruction
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(text)
    run._r.append(end)


def _landscape_from(document, heading: str) -> None:
    """Put the part from ``heading`` (the action log, after a page break) in a landscape section,
    as offices print their logs: the page break becomes a section break."""
    body = document.element.body
    paragraphs = document.paragraphs
    index = next(i for i, p in enumerate(paragraphs) if p.text == heading)
    breaker = paragraphs[index - 1]._p
    for run in breaker.findall(qn("w:r")):
        breaker.remove(run)
    final = body.find(qn("w:sectPr"))
    breaker.get_or_add_pPr().append(deepcopy(final))
    size = final.find(qn("w:pgSz"))
    width, height = size.get(qn("w:w")), size.get(qn("w:h"))
    size.set(qn("w:w"), height)
    size.set(qn("w:h"), width)
    size.set(qn("w:orient"), "landscape")
    start = list(body).index(paragraphs[index]._p)
    widen = (int(height) - 2 * Mm(20).twips) / (int(width) - 2 * Mm(20).twips)
    for table in document.tables:  # the log's table spans the wider page
        if list(body).index(table._tbl) > start:
            for grid_col in table._tbl.tblGrid.findall(qn("w:gridCol")):
                grid_col.set(qn("w:w"), str(int(int(grid_col.get(qn("w:w"))) * widen)))
            for row in table.rows:
                for cell in row.cells:
                    cell.width = Twips(int(cell.width.twips * widen))


def word_finish(data: bytes, title: str, footer: str, landscape_from: str | None = None) -> bytes:
    """The rendered Word file with its title paragraph in Word's Title style, a footer
    "<footer> | Page X of Y" from PAGE / NUMPAGES fields and, from the heading
    ``landscape_from`` on, a landscape section."""
    document = Document(io.BytesIO(data))
    for paragraph in document.paragraphs:
        if paragraph.text == title and paragraph.style.name == "Heading 1":
            paragraph.style = document.styles["Title"]
            break
    for table in document.tables:  # LibreOffice lays columns out by the grid, Word by the cells: set both
        widths = [cell.width for cell in table.rows[0].cells]
        for grid_col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            grid_col.set(qn("w:w"), str(int(width.twips)))
    section = document.sections[0]
    section.footer.is_linked_to_previous = False
    paragraph = section.footer.paragraphs[0]
    paragraph.add_run(f"{footer} | Page ")
    _field(paragraph, "PAGE")
    paragraph.add_run(" of ")
    _field(paragraph, "NUMPAGES")
    if landscape_from:
        _landscape_from(document, landscape_from)
    out = io.BytesIO()
    document.save(out)
    return _stable_zip(out.getvalue())


def dejavu_sans_look(header: str, footer: str) -> PdfLook:
    for name, file in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
                       ("DejaVuSans-Oblique", "DejaVuSans-Oblique.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold",
                                  italic="DejaVuSans-Oblique", boldItalic="DejaVuSans-Bold")
    return PdfLook(font="DejaVuSans", bold_font="DejaVuSans-Bold", italic_font="DejaVuSans-Oblique",
                   body_size=10.0, cell_size=9.0, margin=56.0, header=header, footer=footer)


# --- 1. Kent: Word minutes with a decision table, a numbered action list and a status column --

def kent() -> tuple[bytes, dict]:
    org, force, date, notes_date = "Police and Crime Commissioner for Kent", "Kent Police", "2027-02-03", "2026-11-04"
    title = "Performance and Delivery Board"
    notes_title = "Minutes of the Performance and Delivery Board held on 4 November 2026"
    topic = "Burglary and robbery"
    items = [("1", "Welcome and apologies", "PCC"),
             ("2", "Minutes of the meeting held on 4 November 2026", "PCC"),
             ("3", "Action log", "Chief Executive, OPCC"),
             ("4", "Roads policing and road safety", "ACC Operations"),
             ("5", "Quarterly performance report", "Head of Performance, Kent Police"),
             ("6", "Any other business", "PCC")]
    questions = [
        ("1", "How has the solved rate for residential burglary changed over the last twelve months?",
         "The solved rate rose from 6.1% to 8.4%; every burglary now receives a visit from a crime scene "
         "investigator within 48 hours.", "Assured", "Assured",
         "The Commissioner welcomed the improvement and the attendance pledge."),
        ("2", "What is the Force doing to reduce repeat burglary of homes in rural villages?",
         "Rural task force officers visit each victim within a week and offer target-hardening kits; 212 kits "
         "were fitted this year, but repeat rates have not yet fallen.", "Partially assured", "Partly assured",
         "The Commissioner asked to see repeat rates by district at the next meeting."),
        ("3", "How quickly are personal robbery suspects identified and charged?",
         "The median time from report to charge is 94 days; delays in retrieving CCTV remain the main cause.",
         "Not assured", "Not assured",
         "The Commissioner considered the delays too long and asked for a recovery plan."),
    ]
    minuted = ["Provide repeat burglary victimisation rates by district.",
               "Provide a recovery plan to reduce delays in retrieving CCTV in robbery investigations."]
    log = [("PDB 26/15", "09/09/2026", "2026-09-09", None,
            "Share the findings of the stop and search scrutiny panel with the Board.", "Chief Executive, OPCC",
            "Findings shared on 2 October 2026.", "Complete", "complete"),
           ("PDB 26/16", "09/09/2026", "2026-09-09", None,
            "Report on the use of the new mobile fingerprint devices.", "ACC Crime",
            "Devices still being rolled out; report moved to April 2027.", "Open", "outstanding"),
           ("PDB 26/19", "04/11/2026", notes_date, topic, minuted[0], "Det Supt Acquisitive Crime",
            "Figures circulated on 12 January 2027.", "Complete", "complete"),
           ("PDB 26/20", "04/11/2026", notes_date, topic, minuted[1], "Det Supt Acquisitive Crime",
            "Draft plan under review by the ACC Crime.", "Open", "outstanding")]
    blocks = [
        P("**Office of the Police and Crime Commissioner for Kent**"),
        H(title, 1),
        T(((("**Date**"), "Wednesday 3 February 2027, 10:00 – 12:30"),
           ("**Venue**", "Kent Police Headquarters, Maidstone, and Microsoft Teams"),
           ("**Chair**", "Police and Crime Commissioner")), widths=(30, 120)),
        P("**Theme:** Road safety"),
        H("Agenda", 2),
        T((("No.", "Item", "Lead"),) + tuple(items), widths=(12, 100, 50), header_rows=1),
        P("Papers for items 4 and 5 are attached. Members of the public may watch the meeting live on the "
          "Commissioner's website."),
        Break(),
        H(notes_title, 1),
        P("**Present:** Police and Crime Commissioner (Chair); Chief Constable; Deputy Chief Constable; Chief "
          "Executive, OPCC; Chief Finance Officer, OPCC."),
        H("1. Welcome and apologies", 2),
        P("Apologies were received from the ACC Crime."),
        H("2. Minutes and action log", 2),
        P("The minutes of 9 September 2026 were agreed as a true record. The action log was reviewed and is "
          "reproduced at item 3 of this pack."),
        H(f"3. {topic}", 2),
        P("The Detective Superintendent for Acquisitive Crime presented the Force's paper."),
        T((("No.", "Question", "Force response", "Assurance level", "Commissioner's comments"),)
          + tuple((n, q, e, printed, c) for n, q, e, printed, _, c in questions),
          widths=(8, 38, 50, 20, 38), header_rows=1),
        P("**Actions**"),
        Num(tuple(minuted)),
        H("4. Any other business", 2),
        P("There was no other business."),
        Break(),
        H("Agenda item 4: Roads policing and road safety", 1),
        P("**Report of the Chief Constable**"),
        H("1. Purpose", 2),
        P("1.1 This report updates the Board on the Force's work with the Kent and Medway Safety Camera "
          "Partnership and the county's road safety partners to reduce the number of people killed or seriously "
          "injured on the county's roads."),
        H("2. Background", 2),
        P("2.1 The Police and Crime Plan commits the Force to reducing serious collisions by 2030. Enforcement "
          "focuses on the fatal four: speeding, drink and drug driving, seat belts and mobile phones."),
        P("2.2 The table below shows casualties for the last three years."),
        T((("Year", "Killed", "Seriously injured", "Total"), ("2024", "51", "802", "853"),
           ("2025", "47", "776", "823"), ("2026 (to October)", "39", "641", "680")),
          widths=(40, 25, 35, 25), header_rows=1),
        H("3. Enforcement", 2),
        P("3.1 Roads policing officers carried out 3,104 drink and drug driving tests in the summer campaign; "
          "412 drivers were arrested. Community Speedwatch groups now operate in 96 villages."),
        H("4. Recommendation", 2),
        P("4.1 The Board is asked to note the report and to support the Force's bid for two further average "
          "speed camera routes."),
        Break(),
        H("Action log – February 2027", 1),
        P("Status is Complete or Open. Complete actions are removed from the log once they have been reported "
          "to the Board."),
        T((("Ref", "Meeting", "Action", "Owner", "Update", "Status"),)
          + tuple((ref, raised, text, owner, update, status) for ref, raised, _, _, text, owner, update, status, _
                  in log), widths=(24, 24, 48, 22, 40, 20), header_rows=1),
    ]
    docx = render_docx(blocks, title=title, author="OPCC Kent", when=WHEN, header=("OFFICIAL",))
    data = docx_to_pdf(word_finish(docx, title, "Performance and Delivery Board – 3 February 2027",
                                   landscape_from="Action log – February 2027"))
    records = {
        "documents": [document_record("pdf", title, force, org, date)],
        "meetings": [meeting(date, "Road safety", org, title, title),
                     meeting(notes_date, topic, org, notes_title, notes_title, after=1)],
        "agenda_items": agenda(date, items),
        "assurance_decisions": [decision(notes_date, topic, n, q, e, level, c) for n, q, e, _, level, c in questions],
        "actions": [action(raised, item, ref, text, update, status, "status_column",
                           at=None if item is None else text)
                    for ref, _, raised, item, text, _, update, _, status in log],
        "grades": [],
    }
    return data, records


# --- 2. Essex: the three-column decision table of a Word pack, and a tracker of coloured squares

def essex() -> tuple[bytes, dict]:
    org, force, date, notes_date = ("Police, Fire and Crime Commissioner for Essex", "Essex Police", "2027-01-26",
                                    "2026-11-24")
    title = "Performance and Resources Scrutiny Board"
    notes_title = "DRAFT NOTES – PERFORMANCE AND RESOURCES SCRUTINY BOARD (DOMESTIC ABUSE) – 24 NOVEMBER 2026"
    topic = "Domestic Abuse"
    items = [("1", "Apologies for absence", "PFCC"),
             ("2", "Draft Notes – Performance and Resources Scrutiny Board (Domestic Abuse) – 24 November 2026",
              "PFCC"),
             ("3", "Scrutiny Actions 2026/27 – An Update", "PFCC"),
             ("4", "Neighbourhood policing and town centre patrols", "Essex Police"),
             ("5", "Any Other Business", "PFCC"),
             ("6", "Date of the next meeting: Tuesday 23 February 2027", "PFCC")]
    questions = [
        ("1", "How has the Force improved its initial response to reports of domestic abuse since the HMICFRS "
              "inspection?",
         ("Officers now attend high-risk domestic abuse calls within an average of 11 minutes.",
          "A body-worn video first policy was introduced in July 2026.",
          "Supervisors review every DASH risk assessment within 24 hours."),
         "Assured", "Assured", "The PFCC welcomed the faster attendance and the supervisory checks."),
        ("2", "What use is the Force making of Domestic Abuse Protection Orders?",
         ("The Force has applied for 146 orders since the pilot began; 131 were granted.",
          "Breaches are recorded but are not yet reported to the Board."),
         "Partly Assured", "Partly assured", "The PFCC asked for breach figures to be reported each quarter."),
        ("3", "How are victims kept informed when a suspect is released on bail or under investigation?",
         ("A text message service has been introduced.",
          "An internal audit found that one in four victims were not told of a suspect's release."),
         "Not Assured", "Not assured", "The PFCC asked for the audit to be repeated within three months."),
    ]
    minuted = ["That breach figures for Domestic Abuse Protection Orders be reported to the Board each quarter.",
               "That the victim notification audit be repeated and the results sent to the PFCC."]
    square = {"complete": f"{{{GREEN}|■}}", "outstanding": f"{{{RED}|■}}"}
    log = [("Stop and Search", None, None,
            "That the stop and search scrutiny panel's annual report be shared with the PFCC.",
            "The annual report was shared with the PFCC on 3 October 2026.", "complete"),
           ("Stop and Search", None, None,
            "That the Force reviews how it records the ethnicity of people it stops.",
            "The review is under way and will report in March 2027.", "outstanding"),
           (topic, notes_date, "1", minuted[0],
            "Quarterly reporting will begin at the February 2027 Board.", "outstanding"),
           (topic, notes_date, "2", minuted[1],
            "The audit was repeated in December 2026 and the results were sent to the PFCC on 8 January 2027.",
            "complete")]
    decision_rows = tuple(
        (f"**{n}. {q}**", (Bul(evidence),), (f"**{printed}**", f"*{comment}*"))
        for n, q, evidence, printed, _, comment in questions)
    blocks = [
        P("**Police, Fire and Crime Commissioner for Essex**\nKelvedon Park, London Road, Rivenhall, Witham"),
        H(title, 1),
        P("**Date:** Tuesday 26 January 2027"),
        P("**Time:** 2:00pm – 4:00pm"),
        P("**Venue:** Kelvedon Park / Microsoft Teams"),
        P("**Topic:** Neighbourhood policing"),
        H("Agenda", 2),
        T((("", "Item", "Presented By"),) + tuple((f"{n}.", t, who) for n, t, who in items),
          widths=(10, 110, 35), header_rows=1),
        Break(),
        P(f"**{notes_title}**"),
        T((("Question", "Brief Summary of Evidence", "Decision of PFCC"),) + decision_rows,
          widths=(45, 70, 40), header_rows=1),
        P("**Actions**"),
        T(tuple((str(n), text) for n, text in enumerate(minuted, start=1)), widths=(8, 150), bordered=False),
        Break(),
        P("**Scrutiny Actions 2026/27 – An Update**"),
        T((("Topic", "Action", "Update", ""),)
          + tuple((f"**{t}**" if i % 2 == 0 else None, text, update, square[status])
                  for i, (t, _, _, text, update, status) in enumerate(log)),
          widths=(30, 60, 60, 8), header_rows=1, spans=((1, 0, 2, 1), (3, 0, 2, 1))),
        P(f"{square['complete']} = Action Complete"),
        P(f"{square['outstanding']} = Action Outstanding"),
        Break(),
        P("**Performance and Resources Scrutiny Board\n26 January 2027**"),
        T((("**Report Title**", "**Neighbourhood policing and town centre patrols**"),
           ("**Meeting Date**", "**Tuesday 26 January 2027**")), widths=(40, 110)),
        P("**Rationale for Questions**"),
        P("Residents tell the PFCC through the annual survey that they want to see officers in their town centres. "
          "The Force has recruited 150 additional neighbourhood officers since 2024 and committed to a named "
          "officer for every ward. The PFCC will be looking to:"),
        Bul(("seek assurance that the additional officers are visible where residents want them;",
             "understand how town centre patrols are planned and measured; and",
             "confirm that neighbourhood officers are not routinely taken away to cover response duties.")),
        P("**Questions to the Chief Constable**"),
        Num(("How many of the additional neighbourhood officers are deployed in town centres, and at what times?",
             "How often were neighbourhood officers taken away to cover response shifts in the last quarter?",
             "How does the Force measure whether residents have seen an improvement?")),
        P("**OPCC Background Information**"),
        P("The Essex Police and Crime Plan sets out the PFCC's commitment to visible, local policing. The most "
          "recent survey found that 41% of residents had seen an officer on foot in their town centre in the last "
          "month, up from 36% a year earlier."),
    ]
    docx = render_docx(blocks, title=title, author="PFCC Essex", when=WHEN)
    data = docx_to_pdf(word_finish(docx, title, "PFCC Essex – Performance and Resources Scrutiny Board"))
    records = {
        "documents": [document_record("pdf", title, force, org, date)],
        "meetings": [meeting(date, "Neighbourhood policing", org, title, title),
                     meeting(notes_date, topic, org, notes_title, notes_title, after=1)],
        "agenda_items": agenda(date, items),
        "assurance_decisions": [decision(notes_date, topic, n, q, " ".join(evidence), level, comment)
                                for n, q, evidence, _, level, comment in questions],
        "actions": [action(raised, t, number, text, update, status, "glyph_colour")
                    for t, raised, number, text, update, status in log],
        "grades": [],
    }
    return data, records


# --- 3. Surrey (Word): a level line after each question, two scrutiny items, a deferred level --

def surrey() -> tuple[bytes, dict]:
    org, force, date, notes_date = "Police and Crime Commissioner for Surrey", "Surrey Police", "2027-01-21", "2026-11-12"
    title = "Performance and Accountability Meeting"
    notes_title = "Performance and Accountability Meeting – Minutes – 12 November 2026"
    items = [("1", "Welcome and apologies", "PCC"),
             ("2", "Minutes of the meeting of 12 November 2026", "PCC"),
             ("3", "Action tracker", "Head of Performance, OPCC"),
             ("4", "Fraud and economic crime", "Det Ch Supt, Economic Crime"),
             ("5", "Custody and detention", "Ch Supt, Criminal Justice"),
             ("6", "Any other business", "PCC")]
    sections = [
        ("3", "Rural crime", [
            ("1", "How many rural crime officers does the Force now have, and where are they based?",
             "There are 14 officers in the rural crime team, split between Guildford and Reigate, with a "
             "sergeant in each.", "Assured", "Assured",
             "The Commissioner was pleased that the team is now at full strength."),
            ("2", "How does the Force respond to reports of livestock worrying?",
             "Calls are now flagged as rural crime in the control room, but only half of the 88 reports this "
             "year were attended by a rural crime officer.", "Partially assured", "Partly assured",
             "The Commissioner asked for attendance to be reported again in the spring."),
        ], "PAM 26/33", "Provide the rural crime team's deployment plan for the lambing season."),
        ("4", "Road safety", [
            ("1", "Why has the number of people killed or seriously injured on Surrey's roads risen this year?",
             "Serious collisions rose by 9%, mostly on rural A roads at night; the Force could not yet say why.",
             "Not assured", "Not assured",
             "The Commissioner asked the Force to return with an analysis of the collisions."),
            ("2", "Is the Force's use of mobile speed cameras targeted at the roads with the most collisions?",
             "A review of camera sites is under way with the county council and will be published in the new "
             "year.", "Deferred – the Commissioner will decide once the review of camera sites is published.",
             None, "the Commissioner will decide once the review of camera sites is published."),
        ], "PAM 26/34", "Share the review of speed camera sites with the OPCC when it is published."),
    ]
    log = [("PAM 26/29", "17/09/2026", "2026-09-17", None,
            "Circulate the Force's new vetting policy to Board members.", "DCC", "Circulated on 30 September 2026.",
            "Complete", "complete"),
           ("PAM 26/30", "17/09/2026", "2026-09-17", None,
            "Report on the take-up of the victim care survey.", "Head of Victim Services",
            "Survey closes in February 2027.", "In progress", "outstanding"),
           ("PAM 26/33", "12/11/2026", notes_date, "Rural crime", sections[0][4], "Ch Supt, Rural Crime",
            "Plan received on 15 January 2027.", "Complete", "complete"),
           ("PAM 26/34", "12/11/2026", notes_date, "Road safety", sections[1][4], "ACC Operations",
            None, "Not started", "outstanding")]
    blocks = [
        H(title, 1),
        P("Office of the Police and Crime Commissioner for Surrey"),
        P("Thursday 21 January 2027, 10:00 – 12:00, Mount Browne, Guildford"),
        P("Chair: Police and Crime Commissioner"),
        H("Agenda", 2),
        T((("Item", "Title", "Presenter"),) + tuple(items), widths=(12, 100, 50), header_rows=1),
        Break(),
        H(notes_title, 1),
        P("Present: Police and Crime Commissioner (Chair); Deputy Police and Crime Commissioner; Chief "
          "Constable; Chief Executive, OPCC."),
        H("1. Welcome and apologies", 2),
        P("Apologies were received from the Deputy Chief Constable."),
        H("2. Minutes of the last meeting", 2),
        P("The minutes of 17 September 2026 were agreed. The action tracker was noted."),
    ]
    for number, item, questions, ref, text in sections:
        blocks.append(H(f"{number}. {item}", 2))
        for n, q, evidence, printed, level, comment in questions:
            blocks += [P(f"**Question {n}:** {q}"), P(f"Response: {evidence}"), P(f"**Assurance level:** {printed}")]
            if level is not None:  # a deferred level carries its reason on the level line
                blocks.append(P(f"Commissioner's comment: {comment}"))
        blocks.append(P(f"**Action {ref}:** {text}"))
    blocks += [
        H("5. Any other business", 2),
        P("None."),
        Break(),
        H("Action tracker", 1),
        T((("Ref", "Raised", "Action", "Owner", "Update", "Status"),)
          + tuple((ref, raised, text, owner, update or "", status)
                  for ref, raised, _, _, text, owner, update, status, _ in log),
          widths=(24, 24, 46, 24, 40, 20), header_rows=1),
        P(""),
        H("Forward plan 2027", 2),
        T((("Meeting", "Topics"), ("18 March 2027", "Neighbourhood policing; Violence against women and girls"),
           ("20 May 2027", "Contact and call handling; Workforce wellbeing"),
           ("15 July 2027", "Annual report of the Chief Constable")), widths=(30, 120), header_rows=1),
    ]
    data = word_finish(render_docx(blocks, title=title, author="OPCC Surrey", when=WHEN,
                                   header=("OPCC Surrey – Performance and Accountability Meeting",)),
                       title, "OFFICIAL", landscape_from="Action tracker")
    decisions = [decision(notes_date, item, n, q, e, level, comment)
                 for _, item, questions, _, _ in sections for n, q, e, _, level, comment in questions]
    records = {
        "documents": [document_record("docx", title, force, org, date)],
        "meetings": [meeting(date, None, org, title, title), meeting(notes_date, None, org, notes_title, notes_title)],
        "agenda_items": agenda(date, items),
        "assurance_decisions": decisions,
        "actions": [action(raised, item, ref, text, update, status, "status_column")
                    for ref, _, raised, item, text, _, update, _, status in log],
        "grades": [],
    }
    return data, records


# --- 4. MOPAC (reportlab): levels as filled, half-filled and empty circles against a key, and a
#        log whose only status is "% complete" ----------------------------------------------------

def mopac() -> tuple[bytes, dict]:
    org, force, date, notes_date = ("Deputy Mayor for Policing and Crime", "Metropolitan Police Service", "2027-02-10",
                                    "2026-12-09")
    title = "MOPAC Oversight Board"
    notes_title = "Oversight Board – Minutes – 9 December 2026"
    topic = "Knife crime and serious youth violence"
    items = [("1", "Welcome and apologies", "DMPC"),
             ("2", "Minutes and actions – 9 December 2026", "MOPAC Secretariat"),
             ("3", "Violence against women and girls: the MPS action plan", "AC Frontline Policing"),
             ("4", "Quarter 3 performance and risk", "MOPAC Director of Strategy"),
             ("5", "Any other business", "DMPC")]
    times = ["14:00", "14:05", "14:15", "15:00", "15:45"]
    circle = {"Assured": "●", "Partly assured": "◐", "Not assured": "○"}
    questions = [
        ("KC1", "How many knives has the MPS taken off the streets this year, and how many through weapons "
                "sweeps?",
         "Officers seized 3,912 knives in the year to October; 1,480 came from weapons sweeps in parks and "
         "estates.", "Assured", "The DMPC thanked officers for the sweeps."),
        ("KC2", "How are young people arrested for carrying a knife referred to diversion schemes?",
         "Referrals are made in custody by youth navigators, but the service runs in only 20 of the 32 "
         "boroughs.", "Partly assured", "The DMPC asked for a plan to cover every borough."),
        ("KC3", "What has been the effect of the violence suppression units on robbery in the hotspot wards?",
         "The MPS could not yet separate the units' effect from that of the wider robbery plan.", "Not assured",
         "The DMPC asked for an evaluation before the units are funded for another year."),
        ("KC4", "How does the MPS work with schools to prevent knife carrying?",
         "Safer schools officers are in 412 schools; a new lesson on knife crime is being taught in Years 7 "
         "and 8.", "Partly assured", "The DMPC asked how the lessons would be evaluated."),
    ]
    minuted = [("OB/26/41", "Provide a plan to extend youth navigators to every borough."),
               ("OB/26/42", "Commission an evaluation of the violence suppression units.")]
    log = [("OB/26/35", "14/10/2026", "2026-10-14", None,
            "Share the revised stop and search monitoring dashboard with MOPAC.", "Director of Performance, MPS",
            "Dashboard shared on 4 November 2026.", "100%", "complete"),
           ("OB/26/36", "14/10/2026", "2026-10-14", None,
            "Report on the recruitment of detectives against the workforce plan.", "Chief People Officer, MPS",
            "First report drafted; figures being checked.", "50%", "outstanding"),
           ("OB/26/41", "09/12/2026", notes_date, topic, minuted[0][1], "Commander, Violent Crime",
            "Costs being agreed with the boroughs.", "25%", "outstanding"),
           ("OB/26/42", "09/12/2026", notes_date, topic, minuted[1][1], "MOPAC Evidence and Insight",
            "Evaluation commissioned from the Evidence and Insight team on 6 January 2027.", "100%", "complete")]
    blocks = [
        P("**Mayor's Office for Policing and Crime**"),
        H(title, 1),
        P("Wednesday 10 February 2027, 14:00 – 16:00, City Hall, Kamal Chunchie Way, E16"),
        P("Chair: Deputy Mayor for Policing and Crime"),
        P("**Focus:** Violence against women and girls"),
        H("Agenda", 2),
        T((("Time", "No.", "Item", "Lead"),) + tuple((t, n, item, who) for t, (n, item, who) in zip(times, items)),
          widths=(14, 10, 90, 50), header_rows=1),
        P("Items 3 and 4 are accompanied by papers from the MPS. Restricted papers are not published."),
        Break(),
        H(notes_title, 1),
        P("**Focus:** Knife crime and serious youth violence"),
        P("Attendees: Deputy Mayor for Policing and Crime (Chair); MOPAC Chief Executive; Deputy Commissioner; "
          "AC Frontline Policing; Commander, Violent Crime."),
        H("1. Minutes and actions", 2),
        P("The minutes of 14 October 2026 were agreed. Progress on actions is shown in the action log."),
        H(f"2. {topic}", 2),
        P("*Assurance key:* ● Assured    ◐ Partly assured    ○ Not assured"),
        T((("Ref", "Question", "MPS response", "Assurance", "DMPC comment"),)
          + tuple((ref, q, e, circle[level], c) for ref, q, e, level, c in questions),
          widths=(12, 45, 55, 16, 40), header_rows=1),
        P("**Actions agreed**"),
    ] + [P(f"{ref} – {text}") for ref, text in minuted] + [
        H("3. Any other business", 2),
        P("None."),
        Break(),
        H("Item 4 – Quarter 3 performance and risk", 1),
        P("*Paper of the MOPAC Director of Strategy. For discussion.*"),
        P("1. This paper summarises the MPS's performance against the measures of the Police and Crime Plan for "
          "October to December 2026, and the risks MOPAC holds on its corporate risk register."),
        P("2. Performance against the Plan's measures:"),
        T((("Measure", "Baseline", "Q3 2026/27", "Direction"),
           ("Knife crime with injury, victims under 25", "1,602", "1,418", "Improving"),
           ("Residential burglary", "14,920", "15,233", "Worsening"),
           ("Emergency calls answered within 10 seconds", "84%", "89%", "Improving"),
           ("Public confidence (\"the police do a good job\")", "46%", "45%", "Stable")),
          widths=(70, 25, 25, 25), header_rows=1, fills={(1, 3): "#c6efce", (2, 3): "#ffc7ce", (3, 3): "#c6efce",
                                                          (4, 3): "#ffeb9c"}),
        P("3. Two corporate risks are rated red: the MPS's capacity to recruit detectives, and the cost of "
          "replacing the command and control system. Both have mitigation plans owned by MPS chief officers."),
        P("4. The Board is asked to note the paper."),
        Break(),
        H("Oversight Board – Action log", 1),
        P("Progress is shown as % complete. Actions at 100% are closed and will be removed at the next Board."),
        T((("Ref", "Raised", "Action", "Owner", "Update", "Progress"),)
          + tuple((ref, raised, text, owner, update, pct) for ref, raised, _, _, text, owner, update, pct, _ in log),
          widths=(20, 22, 42, 26, 38, 20), header_rows=1),
    ]
    look = dejavu_sans_look("MOPAC Oversight Board – 10 February 2027", "OFFICIAL")
    data = render_pdf(blocks, look, title, "MOPAC")
    records = {
        "documents": [document_record("pdf", title, force, org, date)],
        "meetings": [meeting(date, "Violence against women and girls", org, title, title),
                     meeting(notes_date, topic, org, notes_title, notes_title, after=1)],
        "agenda_items": agenda(date, items),
        "assurance_decisions": [decision(notes_date, topic, ref, q, e, level, c) for ref, q, e, level, c in questions],
        "actions": [action(raised, item, ref, text, update, status, "status_column")
                    for ref, _, raised, item, text, _, update, _, status in log],
        "grades": [],
    }
    return data, records


# --- 5. Nottinghamshire (Word): the level in each question's heading, and a "Closed?" Y/N log --

def nottinghamshire() -> tuple[bytes, dict]:
    org, force, date, notes_date = ("Police and Crime Commissioner for Nottinghamshire", "Nottinghamshire Police",
                                    "2027-01-19", "2026-11-17")
    title = "Strategic Resources and Performance Meeting"
    notes_title = "Notes of the Strategic Resources and Performance Meeting – 17 November 2026"
    topic = "Serious violence"
    items = [("1", "Apologies", "Commissioner"),
             ("2", "Notes of the meeting held on 17 November 2026 and action tracker", "Commissioner"),
             ("3", "Neighbourhood policing: visibility and local priorities", "ACC Local Policing"),
             ("4", "Hate crime", "Ch Insp, Hate Crime"),
             ("5", "Any other business", "Commissioner")]
    questions = [
        ("1", "Assured", "How is the Force meeting its duties under the Serious Violence Duty with its partners?",
         "The Violence Reduction Unit has agreed a joint strategy with all seven councils; a shared data set "
         "is updated monthly.", "The Commissioner noted the shared data set as good practice."),
        ("2", "Partly assured", "What has the hotspot patrol programme achieved since April?",
         "Patrols ran in 20 hotspots; violence fell in 14 of them, but the Force has not yet compared them "
         "with similar areas without patrols.", "The Commissioner asked for a comparison with similar areas."),
        ("3", "Not assured", "How many victims of knife crime under 25 were offered support from a youth worker "
                             "in hospital?",
         "The hospital scheme runs at one of the two major hospitals only, and the Force could not give the "
         "number of victims offered support.", "The Commissioner asked for the figures and for the scheme "
                                               "to be extended."),
    ]
    agreed = [("SRP/26/12", "Compare violence in the hotspots with similar areas without patrols.", "Head of Analysis",
               "March 2027"),
              ("SRP/26/13", "Report the number of young victims offered support by hospital youth workers.",
               "VRU Director", "January 2027")]
    log = [("SRP/26/08", "15/09/2026", "2026-09-15", None, "Publish the Force's stop and search data by ward.",
            "Data published on the Force website on 20 October 2026.", "Y", "complete"),
           ("SRP/26/09", "15/09/2026", "2026-09-15", None, "Review the overtime budget for the summer events.",
            "Review paused until the Quarter 3 budget is known.", "N", "outstanding"),
           ("SRP/26/12", "17/11/2026", notes_date, topic, agreed[0][1],
            "Analysis team has the data; comparison due in March.", "N", "outstanding"),
           ("SRP/26/13", "17/11/2026", notes_date, topic, agreed[1][1],
            "Figures sent to the Commissioner on 11 January 2027.", "Y", "complete")]
    blocks = [
        H(title, 1),
        P("**Police and Crime Commissioner for Nottinghamshire**"),
        T((("Date", "Tuesday 19 January 2027"), ("Time", "13:30 – 15:30"),
           ("Venue", "Arnot Hill House, Arnold"), ("Chair", "Police and Crime Commissioner")), widths=(25, 110)),
        H("Agenda", 2),
        T((("Item", "Subject", "Lead"),) + tuple(items), widths=(12, 100, 45), header_rows=1),
        Break(),
        H(notes_title, 1),
        P("**Topic:** Serious violence"),
        P("Present: Police and Crime Commissioner (Chair); Chief Constable; Chief Executive, OPCC; Director of "
          "the Violence Reduction Unit."),
        H("1. Apologies", 2),
        P("Apologies were received from the Deputy Chief Constable."),
        H("2. Notes of the previous meeting", 2),
        P("The notes of 15 September 2026 were agreed."),
        H(f"3. {topic}", 2),
        P("The Commissioner had set three questions in advance. The level recorded against each question is the "
          "Commissioner's assurance on the answer given."),
    ]
    for n, level, q, evidence, comment in questions:
        blocks += [H(f"Question {n} – {level}", 3), P(f"**{q}**"), P(f"What the Force told us: {evidence}"),
                   P(f"Commissioner's view: {comment}")]
    blocks += [
        P("**Actions**"),
        T((("Ref", "Action", "Owner", "Due"),) + tuple(agreed), widths=(20, 80, 30, 25), header_rows=1),
        H("4. Any other business", 2),
        P("None."),
        Break(),
        H("Neighbourhood policing: visibility and local priorities", 1),
        P("Report of the Assistant Chief Constable, Local Policing, to the Strategic Resources and Performance "
          "Meeting of 19 January 2027."),
        H("1. Purpose of the report", 2),
        P("1.1 To update the Commissioner on the visibility of neighbourhood teams and on how local priorities "
          "are set with communities."),
        H("2. Summary", 2),
        P("2.1 Every ward now has a named beat manager and a police community support officer. Local priorities "
          "are agreed at quarterly community meetings and published on the Force website."),
        P("2.2 Neighbourhood officers spent 71% of their time in their neighbourhood in the last quarter, against a "
          "target of 80%. The shortfall was mostly caused by officers covering response shifts during the autumn."),
        H("3. Recommendation", 2),
        P("3.1 The Commissioner is asked to note the report."),
        Break(),
        H("Action tracker", 1),
        P("Closed? Y = the action is closed; N = the action remains open."),
        T((("Ref", "Raised", "Action", "Update", "Closed?"),)
          + tuple((ref, raised, text, update, closed) for ref, raised, _, _, text, update, closed, _ in log),
          widths=(24, 24, 52, 52, 16), header_rows=1),
    ]
    data = word_finish(render_docx(blocks, title=title, author="OPCC Nottinghamshire", when=WHEN,
                                   header=("Nottinghamshire OPCC",)), title, "Strategic Resources and Performance",
                       landscape_from="Action tracker")
    records = {
        "documents": [document_record("docx", title, force, org, date)],
        "meetings": [meeting(date, None, org, title, title), meeting(notes_date, topic, org, notes_title, notes_title)],
        "agenda_items": agenda(date, items),
        "assurance_decisions": [decision(notes_date, topic, n, q, e, level, c) for n, level, q, e, c in questions],
        "actions": [action(raised, item, ref, text, update, status, "status_column")
                    for ref, _, raised, item, text, update, _, status in log],
        "grades": [],
    }
    return data, records


# --- 6. Hampshire and Isle of Wight: each question a row with its level beside it, the response
#        and comment in merged rows under it; a log whose status is only in the update's words ----

def hampshire() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for Hampshire and the Isle of Wight"  # the office's one name (gold-format.md)
    force, date, notes_date = "Hampshire and Isle of Wight Constabulary", "2027-02-24", "2026-12-02"
    title = "Accountability Board"
    notes_title = "Accountability Board – Notes of the meeting held on 2 December 2026"
    topic = "Shoplifting and business crime"
    items = [("1", "Welcome, apologies and declarations of interest", "Commissioner"),
             ("2", "Notes of the meeting held on 2 December 2026", "Commissioner"),
             ("3", "Action log", "Chief Executive"),
             ("4", "Public contact: 999 and 101", "ACC Operations"),
             ("5", "Questions from the public", "Commissioner"),
             ("6", "Any other business", "Commissioner")]
    questions = [
        ("1", "How many shoplifting offences were reported this year, and how many were solved?",
         "Reports rose to 16,240; 21% resulted in a charge or summons, up from 15% last year.", "Assured",
         "The Commissioner welcomed the rise in charges."),
        ("2", "How is the Force working with retailers to share CCTV and intelligence?",
         "Retailers in Southampton and Portsmouth upload footage through a shared portal; smaller towns and the "
         "Island are not yet covered.", "Partly assured",
         "The Commissioner asked for a date by which every town centre will be covered."),
        ("3", "How many attacks on shop workers led to an arrest?",
         "The Force recorded 640 assaults on shop workers but could not say how many led to an arrest.",
         "Not assured", "The Commissioner asked for the figures to be extracted by hand if necessary."),
    ]
    minuted = [("AB 26/17", "Give a date by which every town centre will be on the shared CCTV portal."),
               ("AB 26/18", "Report how many assaults on shop workers led to an arrest.")]
    log = [("AB 26/12", "07/10/2026", "2026-10-07", None,
            "Provide the number of officers trained in the new domestic abuse risk assessment.",
            "Head of Public Protection", "Completed: 1,118 officers trained; figures sent on 30 October 2026.", "complete"),
           ("AB 26/13", "07/10/2026", "2026-10-07", None,
            "Set out how the Force will reduce the backlog of digital devices awaiting examination.",
            "Head of Digital Forensics", "Not yet started; awaiting the digital forensics review.", "outstanding"),
           ("AB 26/17", "02/12/2026", notes_date, topic, minuted[0][1], "Supt, Business Crime",
            "Portal to be extended in phases during 2027; dates to follow.", "outstanding"),
           ("AB 26/18", "02/12/2026", notes_date, topic, minuted[1][1], "Supt, Business Crime",
            "Completed: 214 of the 640 assaults led to an arrest; note circulated on 20 January 2027.", "complete")]
    rows: list[tuple] = [("Question", "Assurance level")]
    spans = []
    for n, q, evidence, level, comment in questions:
        rows.append((f"**Q{n}.** {q}", f"**{level}**"))
        rows.append((f"*Response:* {evidence}", None))
        rows.append((f"*Commissioner's comment:* {comment}", None))
        spans += [(len(rows) - 2, 0, 1, 2), (len(rows) - 1, 0, 1, 2)]
    blocks = [
        P("**Office of the Police and Crime Commissioner for Hampshire and Isle of Wight**"),
        H(title, 1),
        P("Wednesday 24 February 2027 at 10:00, Winchester and online"),
        P("Chair: Police and Crime Commissioner"),
        P("**Theme:** Public contact"),
        H("Agenda", 2),
        T((("No.", "Item", "Presenter"),) + tuple(items), widths=(12, 100, 45), header_rows=1),
        Break(),
        H(notes_title, 1),
        P("Present: Police and Crime Commissioner (Chair); Chief Constable; Deputy Chief Constable; Chief "
          "Executive, OPCC; Head of Business Crime."),
        H("1. Welcome and apologies", 2),
        P("There were no apologies and no declarations of interest."),
        H("2. Notes of the last meeting and action log", 2),
        P("The notes of 7 October 2026 were agreed as a correct record."),
        H(f"3. {topic}", 2),
        P("The Superintendent for Business Crime introduced the Force's paper."),
        T(tuple(rows), widths=(120, 35), header_rows=1, spans=tuple(spans)),
    ] + [P(f"**Action {ref}:** {text}") for ref, text in minuted] + [
        H("4. Any other business", 2),
        P("The Commissioner thanked the retailers who had attended as observers."),
        Break(),
        H("Action log", 1),
        T((("Ref", "Raised", "Action", "Lead", "Update"),)
          + tuple((ref, raised, text, owner, update) for ref, raised, _, _, text, owner, update, _ in log),
          widths=(24, 24, 50, 28, 52), header_rows=1),
        Break(),
        H("Item 5 – Questions from the public", 1),
        P("Two questions were received before the deadline. The answers were prepared by the Constabulary."),
        P("**Question from a resident of Andover:** Why was the police enquiry office in the town closed on "
          "Saturdays, and will it reopen?"),
        P("**Response:** Saturday opening was stopped in 2025 because few people used it. Residents can report "
          "online, by 101 or at Basingstoke, which is open seven days a week. The Constabulary will review "
          "opening hours again in the summer."),
        P("**Question from a business owner in Ryde:** What is being done about repeat shoplifting on the high "
          "street?"),
        P("**Response:** The Island's neighbourhood team has named officers for the high street, and retailers "
          "can now join the shared CCTV portal. Prolific offenders are managed through the Island's offender "
          "management scheme."),
    ]
    docx = render_docx(blocks, title=title, author="OPCC Hampshire and Isle of Wight", when=WHEN,
                       header=("Hampshire and Isle of Wight OPCC – Accountability Board",))
    data = docx_to_pdf(word_finish(docx, title, "OFFICIAL", landscape_from="Action log"))
    records = {
        "documents": [document_record("pdf", title, force, org, date)],
        "meetings": [meeting(date, "Public contact", org, title, title),
                     meeting(notes_date, topic, org, notes_title, notes_title, after=1)],
        "agenda_items": agenda(date, items),
        "assurance_decisions": [decision(notes_date, topic, n, q, e, level, c) for n, q, e, level, c in questions],
        "actions": [action(raised, item, ref, text, update, status, "inferred_from_update")
                    for ref, _, raised, item, text, _, update, status in log],
        "grades": [],
    }
    return data, records


PACKS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "kent-pcc-pdb-2027-02-03.pdf": kent,
    "essex-pfcc-prsb-2027-01-26.pdf": essex,
    "surrey-pcc-pam-2027-01-21.docx": surrey,
    "mopac-dmpc-ob-2027-02-10.pdf": mopac,
    "nottinghamshire-pcc-srpm-2027-01-19.docx": nottinghamshire,
    "hampshire-iow-pcc-ab-2027-02-24.pdf": hampshire,
}


def main(names: list[str]) -> None:
    GOLD.mkdir(exist_ok=True)
    for name in names or PACKS:
        data, records = PACKS[name]()
        is_pdf = name.endswith(".pdf")
        _set_pages(data if is_pdf else None, records)
        if is_pdf:
            records["documents"][0]["pages"] = len(PdfReader(io.BytesIO(data)).pages)
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        pages = {kind: [r["page"] for r in records[kind]] for kind in ("meetings", "assurance_decisions", "actions")}
        print(f"{name}: {len(data)} bytes; pages {pages}")


if __name__ == "__main__":
    main(sys.argv[1:])
