"""Held-out scrutiny round 22b: packs of PCC and PFCC offices of the south and midlands, with their
hand-written gold in gold/ (held out and scored once in session 4, then promoted; CI scores it).

Regenerate (byte for byte; the Word-made PDFs need LibreOffice, see ../office_pdf.py):

    .venv/bin/python samples/corpus/scrutiny-round22b/generate.py

Rendering reuses scrutiny-round3/render.py (blocks -> reportlab PDF or python-docx Word) and
office_pdf.py (Word -> PDF through LibreOffice). Names, figures and wording are invented.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pdfplumber
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))
from office_pdf import docx_to_pdf  # noqa: E402
from render import H, P, Break, Bul, Num, PdfLook, T, _stable_zip, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
WHEN = datetime(2026, 11, 1, 9, 0, 0)
GREEN, AMBER, RED, BLUE = "#00b050", "#ffc000", "#ff0000", "#0070c0"
CHECKED = ("Written by hand beside the text that prints it (round 22b, held out, blind); PDF pages from "
           "pdfplumber's words (first page holding a record's opening six words in order, the notes' heading "
           "searched after the front sheet), checked with `scrutiny inspect`; DOCX pages null.")


# --- gold helpers -------------------------------------------------------------------------------

def document(file_type: str, pages: int | None, title: str, force: str, organisation: str, meeting_date: str) -> dict:
    return {"page": None, "file_type": file_type, "pages": pages, "doc_kind": "scrutiny_pack", "title": title,
            "force": force, "organisation": organisation, "meeting_date": meeting_date,
            "publication_date": None, "status": "ok"}


def meeting(date: str, topic: str | None, organisation: str, title: str, *, after: int = 1) -> dict:
    return {"_find": title, "_after": after, "meeting_date": date, "topic": topic,
            "organisation": organisation, "title": title}


def agenda(date: str, rows: list[tuple[str, str, str | None]]) -> list[dict]:
    return [{"_find": title, "meeting_date": date, "number": number, "title": title, "presenter": presenter}
            for number, title, presenter in rows]


def decision(date: str, topic: str | None, number: str | None, question: str, evidence: str | None,
             assurance: str, commentary: str) -> dict:
    return {"_find": question, "meeting_date": date, "topic": topic, "question_number": number,
            "question": question, "assurance": assurance, "commentary": commentary, "evidence_summary": evidence}


def action(date: str | None, topic: str | None, number: str | None, text: str, update: str | None, status: str,
           source: str, status_source: str) -> dict:
    return {"_find": text, "meeting_date": date, "topic": topic, "number": number, "text": text,
            "update": update, "status": status, "source": source, "status_source": status_source}


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))


def _page_of(pages: list[list[str]], text: str, after: int) -> int:
    """The first page (from ``after``) holding the text's opening six words in order within 60 words."""
    wanted = _words(re.sub(r"[*{}#|]", " ", text))[:6]
    for number, words in enumerate(pages, start=1):
        if number < after:
            continue
        for start, word in enumerate(words):
            if word != wanted[0]:
                continue
            found = 0
            for w in words[start:start + 60]:
                if found < len(wanted) and w == wanted[found]:
                    found += 1
            if found == len(wanted):
                return number
    raise ValueError(f"not found in the PDF: {text[:60]!r}")


def finish_records(records: dict, pdf: bytes | None) -> dict:
    """Set every record's page (from the PDF's words; null in Word) and drop the helper keys."""
    pages = None
    if pdf is not None:
        with pdfplumber.open(io.BytesIO(pdf)) as opened:
            pages = [_words(" ".join(w["text"] for w in page.extract_words())) for page in opened.pages]
    for kind, items in records.items():
        for index, record in enumerate(items):
            if kind == "documents":
                continue
            find, after = record.pop("_find"), record.pop("_after", 1)
            items[index] = {"page": _page_of(pages, find, after) if pages is not None else None, **record}
    return records


# --- Word furniture -----------------------------------------------------------------------------

def _field(paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) as Word writes it: begin, instruction, separate, result, end."""
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        run = paragraph.add_run()
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text == instruction:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {instruction} "
            run._r.append(instr)
        else:
            run.text = text
        run.font.size = Pt(9)


def word_furniture(data: bytes, footer: str, title_style: bool = True) -> bytes:
    """Word's Title style on the first paragraph, a "<footer> – Page X of Y" footer, and each table's
    grid set to its cells' widths (Word reads the cells; LibreOffice the grid)."""
    doc = Document(io.BytesIO(data))
    for table in doc.tables:
        for grid_col, tc in zip(table._tbl.tblGrid.gridCol_lst, table.rows[0]._tr.tc_lst):
            grid_col.w = tc.width
    if title_style:
        doc.paragraphs[0].style = doc.styles["Title"]
    paragraph = doc.sections[0].footer.paragraphs[0]
    paragraph.add_run(f"{footer} – Page ").font.size = Pt(9)
    _field(paragraph, "PAGE")
    paragraph.add_run(" of ").font.size = Pt(9)
    _field(paragraph, "NUMPAGES")
    buffer = io.BytesIO()
    doc.save(buffer)
    return _stable_zip(buffer.getvalue())


def square(colour: str) -> str:
    return "{" + colour + "|■}"


# --- Dorset: Word pack saved as PDF, the common form ---------------------------------------------
# Agenda table; the previous meeting's draft notes as Question | Evidence | Decision of PCC; numbered
# actions; a tracker with the topic merged down its rows and a coloured square against a legend.

def dorset() -> tuple[bytes, dict]:
    org, force, date, previous = "Police and Crime Commissioner for Dorset", "Dorset Police", "2026-12-08", "2026-10-13"
    topic = "Rural crime"
    notes_title = "Draft Notes – Performance and Accountability Board (Rural Crime) – 13 October 2026"
    agenda_rows = [
        ("1", "Apologies for absence", "PCC"),
        ("2", "Draft Notes – Performance and Accountability Board (Rural Crime) – 13 October 2026", "PCC"),
        ("3", "Action Tracker 2026/27 – An Update", "OPCC Head of Performance"),
        ("4", "Road Safety and the Fatal Four", "Dorset Police"),
        ("5", "Any Other Business", "PCC"),
    ]
    questions = [
        ("1", "How has the capacity of the Rural Crime Team changed since the restructure in April 2026, and what "
              "difference has it made to attendance times in rural areas?",
         ["The Rural Crime Team has grown from six to ten officers, with two wildlife crime officers now "
          "full time.", "Median attendance at rural emergency incidents improved from 19 to 17 minutes over the "
          "six months to September.", "Attendance in the north of the county remains slower than elsewhere."],
         "Partly Assured", "The PCC welcomed the new posts but asked for attendance times to be broken down by "
                           "neighbourhood policing section so that gaps can be seen."),
        ("2", "What is the Force doing to reduce thefts of agricultural vehicles and GPS units, and how is it "
              "working with neighbouring forces?",
         ["Thefts of quad bikes and GPS units fell by 22 per cent in the year to September.",
          "The Force takes part in a regional operation with three neighbouring forces, sharing intelligence on "
          "stolen plant and vehicles.", "Property marking events were held at four livestock markets."],
         "Assured", "The PCC thanked the team for the reduction and the marking events."),
        ("3", "How confident is the Force that wildlife and heritage crime is recorded correctly?",
         ["A sample of 40 incidents found that 11 had not been recorded as crimes when they should have been.",
          "A recording audit of wildlife and heritage crime will be carried out before the end of the year."],
         "Not Assured", "The PCC was concerned at the recording errors and asked to see the audit's findings."),
    ]
    notes_actions = [
        "That the Force provides rural attendance times, broken down by neighbourhood policing section, to the OPCC.",
        "That the findings of the recording audit of wildlife and heritage crime be presented to a future meeting "
        "of the Board.",
    ]
    # Topic, action, update, complete?
    tracker = [
        ("Neighbourhood Policing", "That the results of the neighbourhood engagement survey be sent to the OPCC once "
                                   "analysed.", "The survey results were received by the OPCC on 2 September 2026.", True),
        (None, "That neighbourhood team contact details on the Force website be checked and kept up to date.",
         "The website is being rebuilt; the pages will be checked when the new site goes live in January 2027.", False),
        ("Violence Against Women and Girls", "That the topic of VAWG be revisited at a future meeting of the Board, "
                                             "in a year's time.", "A meeting to re-examine this topic will be held in 2027.", False),
        (None, "That the OPCC be invited to observe a sitting of the Force's domestic abuse scrutiny panel.",
         "The Head of Performance observed the panel on 17 September 2026.", True),
        ("Rural Crime", notes_actions[0], "Attendance times by section were sent to the OPCC on 20 November 2026.", True),
        (None, notes_actions[1], "The audit is under way and its findings will be presented in February 2027.", False),
    ]
    blocks = [
        H("Police and Crime Commissioner for Dorset", 1),
        H("Performance and Accountability Board", 2),
        P("**Date: Tuesday 8 December 2026**"),
        P("**Time: 10:00am – 12:00pm**"),
        P("**Venue: Force Headquarters, Winfrith / Microsoft Teams**"),
        H("Agenda", 2),
        T(tuple([("Item", "Title", "Presented By")] + [(f"{n}.", t, p) for n, t, p in agenda_rows]),
          (12, 110, 45), header_rows=1),
        P("Date of the next meeting: Tuesday 9 February 2027. Topic: Neighbourhood policing."),
        Break(),
        H(notes_title.upper(), 2),
        P("Present: Police and Crime Commissioner (Chair); Deputy Chief Constable; Chief Superintendent, "
          "Neighbourhood Policing; Inspector, Rural Crime Team; OPCC Chief Executive; OPCC Head of Performance."),
        T(tuple([("Question", "Brief Summary of Evidence", "Decision of PCC")]
                + [(f"**{n}. {q}**", (Bul(tuple(ev)),), (f"**{level}**", f"*{comment}*"))
                   for n, q, ev, level, comment in questions]), (50, 80, 45), header_rows=1),
        H("Actions", 3),
        Num(tuple(notes_actions)),
        Break(),
        H("Action Tracker 2026/27", 2),
    ]
    rows, spans, top = [("Topic", "Action", "Update", "")], [], None
    for r, (topic_cell, text, update, done) in enumerate(tracker, start=1):
        if topic_cell:
            top = r
            rows.append((f"**{topic_cell}**", text, update, square(GREEN if done else RED)))
        else:
            rows.append((None, text, update, square(GREEN if done else RED)))
            spans = [s for s in spans if s[0] != top] + [(top, 0, r - top + 1, 1)]
    blocks += [T(tuple(rows), (35, 70, 70, 8), header_rows=1, spans=tuple(spans)),
               P(f"{square(GREEN)} = Action Complete"), P(f"{square(RED)} = Action Outstanding"),
               Break(),
               H("Performance and Accountability Board – 8 December 2026", 2),
               T((("**Report Title**", "**Road Safety and the Fatal Four**"),
                  ("**Meeting Date**", "**Tuesday 8 December 2026**")), (40, 120)),
               H("Rationale for Questions", 3),
               P("Killed and seriously injured casualties on Dorset's roads rose in 2025 after three years of "
                 "decline. The PCC wishes to understand how the Force targets the four behaviours behind most "
                 "serious collisions: speeding, drink and drug driving, not wearing a seatbelt and using a phone."),
               H("Questions to the Chief Constable", 3),
               P("1. What does the Force's analysis show about where and why serious collisions happen?"),
               P("2. How is enforcement of the Fatal Four targeted, and what has it achieved this year?"),
               P("3. How does the Force work with the road safety partnership and the community speed watch schemes?"),
               H("OPCC Background Information", 3),
               P("In the year to September 2026, 312 people were killed or seriously injured on Dorset's roads, "
                 "against 287 the year before. Community speed watch groups ran 1,940 sessions in the same period.")]
    docx = word_furniture(render_docx(blocks, title="Performance and Accountability Board", author="OPCC Dorset",
                                      when=WHEN, header=("OFFICIAL",)), "Performance and Accountability Board")
    pdf = docx_to_pdf(docx)
    records = {
        "documents": [document("pdf", _page_count(pdf), "Performance and Accountability Board", force, org, date)],
        "meetings": [meeting(date, None, org, "Performance and Accountability Board"),
                     meeting(previous, topic, org, notes_title.upper(), after=2)],
        "agenda_items": agenda(date, agenda_rows),
        "assurance_decisions": [decision(previous, topic, n, q, " ".join(ev), level.capitalize(), comment)
                                for n, q, ev, level, comment in questions],
        "actions": [],
    }
    current = None
    for topic_cell, text, update, done in tracker:
        current = topic_cell or current
        minuted = text in notes_actions
        records["actions"].append(action(
            previous if minuted else None, "Rural crime" if minuted else current,
            str(notes_actions.index(text) + 1) if minuted else None, text, update,
            "complete" if done else "outstanding", "action_tracker", "glyph_colour"))
    return pdf, finish_records(records, pdf)


def _page_count(pdf: bytes) -> int:
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        return len(opened.pages)


# --- Wiltshire and Swindon: Word file, minutes with minute references -----------------------------
# Agenda with a time column; minutes headed "Ref NN/DD/MM/YYYY"; questions as "Q1." paragraphs with
# the answers under them and the levels only in a "Summary of assurance" table at the end; an action
# log with no status column (status only in the update's words).

def wiltshire() -> tuple[bytes, dict]:
    org, force = "Police and Crime Commissioner for Wiltshire and Swindon", "Wiltshire Police"
    date, previous, topic = "2026-11-24", "2026-10-27", "Stop and search"
    notes_title = "Minutes of the Commissioner's Monitoring Board held on 27 October 2026"
    agenda_rows = [
        ("14:00", "1", "Welcome and apologies", "PCC"),
        ("14:05", "2", "Minutes and action log of the meeting held on 27 October 2026", "Chief Executive"),
        ("14:15", "3", "Contact management and 101 performance", "Superintendent, Contact Management"),
        ("15:00", "4", "Custody and detainee care", "Chief Inspector, Custody"),
        ("15:45", "5", "Any other business", "PCC"),
    ]
    questions = [
        ("1", "What proportion of searches found the item searched for, and how does this vary by the grounds "
              "recorded?",
         "Over the year to September 2026 the find rate was 31 per cent. Searches for weapons had the highest "
         "find rate at 38 per cent; searches for drugs on the grounds of smell alone found drugs in 19 per cent "
         "of cases.", "Reasonable",
         "The Commissioner noted the find rate compares well with similar forces."),
        ("2", "How does the Force explain the disproportionality in searches of Black people, and what is being "
              "done about it?",
         "Black people were 3.1 times more likely to be searched than white people. The Force has commissioned "
         "its independent scrutiny panel to review a sample of these searches, and supervisors now review every "
         "search on the grounds of smell.", "Limited",
         "The Commissioner was not yet assured that the causes are understood and asked for the panel's findings."),
        ("3", "How often is body-worn video switched on during a search?",
         "Body-worn video was active in 94 per cent of searches in September, up from 81 per cent in March. "
         "Officers who do not switch it on are spoken to by their supervisor.", "Substantial",
         "The Commissioner welcomed the improvement."),
    ]
    # ref, raised, action, owner, update, complete?
    log = [
        ("26/44", "29 September 2026", "Provide the OPCC with the 101 abandonment rate by hour of day for August and "
                                       "September.", "Supt CM", "Provided to the OPCC on 12 October 2026.", True),
        ("26/45", "29 September 2026", "Arrange a visit for the Commissioner to the refurbished custody suite at "
                                       "Gablecross.", "CI Custody",
         "The suite reopens in January 2027; a date for the visit is still to be agreed.", False),
        ("26/52", "27 October 2026", "Share the scrutiny panel's findings on searches for drugs on the grounds of "
                                     "smell with the Head of Performance.", "DCC",
         "Findings shared with the Head of Performance on 9 November 2026.", True),
        ("26/53", "27 October 2026", "Report body-worn video activation rates by local policing area at the "
                                     "January meeting.", "DCC",
         "To be reported at the January 2027 meeting.", False),
    ]
    blocks = [
        H("Commissioner's Monitoring Board", 1),
        P("**Police and Crime Commissioner for Wiltshire and Swindon**"),
        P("Tuesday 24 November 2026, 14:00 – 16:30"),
        P("Conference Room 2, Police Headquarters, Devizes"),
        H("Agenda", 2),
        T(tuple([("Time", "No.", "Item", "Lead")] + list(agenda_rows)), (14, 8, 90, 50), header_rows=1),
        Break(),
        H(notes_title, 2),
        P("**Present:** Police and Crime Commissioner (PCC, Chair); Deputy Chief Constable (DCC); Chief Executive, "
          "OPCC (CEO); Chief Finance Officer (CFO); Head of Performance, OPCC (HoP); Superintendent, Contact "
          "Management (Supt CM); Chief Inspector, Custody (CI Custody)."),
        H("Ref 01/27/10/2026 – Welcome and apologies", 3),
        P("The PCC welcomed those present. Apologies were received from the Chief Constable."),
        H("Ref 02/27/10/2026 – Minutes and action log", 3),
        P("The minutes of the meeting held on 29 September 2026 were agreed as an accurate record. The action log "
          "was updated."),
        H("Ref 03/27/10/2026 – Stop and search", 3),
        P("The DCC presented the Force's annual stop and search report. The PCC put the following questions."),
    ]
    for number, question, answer, _, _ in questions:
        blocks += [P(f"**Q{number}. {question}**"), P(answer)]
    blocks += [
        P("**ACTION 26/52:** " + log[2][2]),
        P("**ACTION 26/53:** " + log[3][2]),
        H("Ref 04/27/10/2026 – Any other business", 3),
        P("None."),
        H("Summary of assurance", 3),
        P("The Commissioner's level of assurance on each question put at item 03/27/10/2026:"),
        T(tuple([("Question", "Level of assurance", "Commissioner's comment")]
                + [(f"Q{n}", level, comment) for n, _, _, level, comment in questions]), (15, 30, 100), header_rows=1),
        P("Levels: Substantial – Reasonable – Limited – No assurance."),
        Break(),
        H("Action log", 2),
        T(tuple([("Ref", "Raised", "Action", "Owner", "Update")]
                + [(ref, raised, text, owner, update) for ref, raised, text, owner, update, _ in log]),
          (14, 26, 70, 20, 60), header_rows=1),
    ]
    data = word_furniture(render_docx(blocks, title="Commissioner's Monitoring Board", author="OPCC Wiltshire",
                                      when=WHEN, header=("OFFICIAL",)), "Commissioner's Monitoring Board")
    level_map = {"Reasonable": "Assured", "Substantial": "Assured", "Limited": "Partly assured"}
    months = {"29 September 2026": "2026-09-29", "27 October 2026": "2026-10-27"}
    records = {
        "documents": [document("docx", None, "Commissioner's Monitoring Board", force, org, date)],
        "meetings": [meeting(date, None, org, "Commissioner's Monitoring Board"),
                     meeting(previous, topic, org, notes_title)],
        "agenda_items": agenda(date, [(n, t, p) for _, n, t, p in agenda_rows]),
        "assurance_decisions": [decision(previous, topic, n, q, a, level_map[level], comment)
                                for n, q, a, level, comment in questions],
        "actions": [action(months[raised], topic if raised == "27 October 2026" else None, ref, text, update,
                           "complete" if done else "outstanding", "action_tracker", "inferred_from_update")
                    for ref, raised, text, _, update, done in log],
    }
    return data, finish_records(records, None)


# --- Staffordshire: Word pack saved as PDF, key lines of enquiry and a BRAG-shaded log -------------
# Agenda with a Purpose column; notes of two scrutiny items, each a KLOE | Response | Assurance table
# (the level in words in a shaded cell, the comment under it); "Action SGB/NNN:" lines; a log whose
# status is only the fill of its last cell, read against a Blue / Green / Amber / Red key.

def staffordshire() -> tuple[bytes, dict]:
    # the office's one name in the gold (gold-format.md), the name it styles itself by
    org, force = "Staffordshire Commissioner for Police, Fire and Rescue and Crime", "Staffordshire Police"
    date, previous = "2026-12-03", "2026-11-05"
    notes_title = "Notes of the Strategic Governance Board – 5 November 2026"
    agenda_rows = [
        ("1", "Apologies", "Chair", "–"),
        ("2", "Notes of the meeting held on 5 November 2026 and action log", "Chief of Staff", "For approval"),
        ("3", "Serious violence duty – progress report", "ACC Local Policing", "For assurance"),
        ("4", "Digital forensics backlog", "Head of Forensic Services", "For assurance"),
        ("5", "Any other business", "Chair", "–"),
    ]
    level_fill = {"Assured": GREEN, "Partially assured": AMBER, "Not assured": RED}
    items = [
        ("Item 3: Anti-social behaviour", "Anti-social behaviour", [
            ("1", "How has the number of repeat victims of anti-social behaviour changed this year?",
             "Repeat victims fell from 412 to 356 in the six months to September. Each repeat victim is now "
             "contacted by a named neighbourhood officer within 72 hours.", "Assured",
             "The Commissioner welcomed the named-officer contact."),
            ("2", "How many community trigger applications were received, and how many met the threshold?",
             "Forty-one applications were received and 17 met the threshold. Reviews took on average 38 days "
             "against a target of 25.", "Partially assured",
             "The Commissioner asked for the review times to be brought within the target."),
        ], ("SGB/112", "Report community trigger review times against the 25-day target to the next meeting.")),
        ("Item 4: Firearms licensing", "Firearms licensing", [
            ("1", "How many firearm and shotgun certificate renewals are overdue?",
             "At the end of October 214 renewals were waiting, of which 63 had passed their expiry date under "
             "temporary permits. Four staff have been recruited to the licensing unit.", "Not assured",
             "The Commissioner was not assured that the backlog will clear this year."),
            ("2", "How does the unit check medical information before a certificate is granted?",
             "Every applicant's GP is contacted before grant and a marker is placed on the medical record. Any "
             "later change is flagged to the unit.", "Assured",
             "The Commissioner was satisfied with the checks."),
        ], ("SGB/113", "Provide a trajectory for clearing overdue firearms renewals to the Chief of Staff.")),
    ]
    # ref, raised, action, owner, due, fill
    log = [
        ("SGB/104", "3 September 2026", "Circulate the revised neighbourhood policing performance framework to "
                                        "Board members.", "ACC Local Policing", "October 2026", BLUE),
        ("SGB/108", "1 October 2026", "Present the business case for the second drone unit.", "Head of Operations",
         "January 2027", GREEN),
        ("SGB/112", "5 November 2026", items[0][3][1], "ACC Local Policing", "December 2026", AMBER),
        ("SGB/113", "5 November 2026", items[1][3][1], "Head of Firearms Licensing", "November 2026", BLUE),
        ("SGB/109", "1 October 2026", "Review the process for returning seized property to victims of burglary.",
         "Head of Criminal Justice", "November 2026", RED),
    ]
    blocks = [
        H("Strategic Governance Board", 1),
        P("**Police, Fire and Crime Commissioner for Staffordshire**"),
        P("Thursday 3 December 2026 at 9.30am, Staffordshire Commissioner's Office, Stafford"),
        H("Agenda", 2),
        T(tuple([("Item", "Subject", "Lead officer", "Purpose")] + list(agenda_rows)), (10, 80, 45, 30),
          header_rows=1),
        P("Papers for items 3 and 4 follow the action log."),
        Break(),
        H(notes_title, 2),
        P("**Chair:** Police, Fire and Crime Commissioner. **Present:** Chief Constable; Deputy Chief Constable; "
          "ACC Local Policing; Chief of Staff; Chief Finance Officer; Head of Firearms Licensing."),
        H("Items 1 and 2: Apologies; notes and action log", 3),
        P("Apologies were received from the Head of Forensic Services. The notes of 1 October 2026 were approved "
          "and the action log reviewed."),
    ]
    for heading, _, questions, (ref, text) in items:
        rows = [("KLOE", "Response", "Assurance")]
        fills = {}
        for r, (n, q, response, level, comment) in enumerate(questions, start=1):
            rows.append((f"**KLOE {n}:** {q}", response, (f"**{level}**", comment)))
            fills[(r, 2)] = level_fill[level]
        blocks += [H(heading, 3), T(tuple(rows), (50, 80, 40), header_rows=1, fills=fills),
                   P(f"**Action {ref}:** {text}")]
    key = T((("Key", ""), ("", "Complete"), ("", "On track"), ("", "At risk of missing its due date"), ("", "Overdue")),
            (10, 60), header_rows=1, fills={(1, 0): BLUE, (2, 0): GREEN, (3, 0): AMBER, (4, 0): RED})
    blocks += [
        H("Item 5: Any other business", 3),
        P("No other business was raised."),
        Break(),
        H("Strategic Governance Board action log", 2),
        key,
        P("The status of each action is shown by the colour of its Status cell, against the key above."),
        T(tuple([("Ref", "Meeting", "Action", "Owner", "Due", "Status")]
                + [(ref, raised, text, owner, due, "") for ref, raised, text, owner, due, _ in log]),
          (22, 24, 66, 30, 22, 12), header_rows=1,
          fills={(r, 5): fill for r, (*_, fill) in enumerate(log, start=1)}),
    ]
    docx = word_furniture(render_docx(blocks, title="Strategic Governance Board", author="Staffordshire Commissioner's Office",
                                      when=WHEN, header=("OFFICIAL – Strategic Governance Board",)),
                          "Strategic Governance Board")
    pdf = docx_to_pdf(docx)
    months = {"3 September 2026": "2026-09-03", "1 October 2026": "2026-10-01", "5 November 2026": previous}
    topics = {ref: topic for _, topic, _, (ref, _) in items}
    records = {
        "documents": [document("pdf", _page_count(pdf), "Strategic Governance Board", force, org, date)],
        "meetings": [meeting(date, None, org, "Strategic Governance Board"),
                     meeting(previous, None, org, notes_title, after=2)],
        "agenda_items": agenda(date, [(n, t, p) for n, t, p, _ in agenda_rows]),
        "assurance_decisions": [decision(previous, topic, n, q, response, level.replace("Partially", "Partly"), comment)
                                for _, topic, questions, _ in items for n, q, response, level, comment in questions],
        "actions": [action(months[raised], topics.get(ref), ref, text, None,
                           "complete" if fill == BLUE else "outstanding", "action_tracker", "cell_shading")
                    for ref, raised, text, _, _, fill in log],
    }
    return pdf, finish_records(records, pdf)


# --- Northamptonshire: a PDF drawn by a report tool, the common minutes form ----------------------
# Agenda table; "Minutes of the Accountability Board" with a "Theme:" line; numbered bold questions,
# "Response:", "Assurance level:" and "Commissioner's comment:" paragraphs; "Action AB NN –" lines;
# an action tracker with a Status column (Complete / Open / In progress).

def northamptonshire() -> tuple[bytes, dict]:
    org, force = "Police, Fire and Crime Commissioner for Northamptonshire", "Northamptonshire Police"
    date, previous, topic = "2026-11-19", "2026-10-15", "Violence against women and girls"
    notes_title = "Minutes of the Accountability Board held on 15 October 2026"
    agenda_rows = [
        ("1", "Welcome, introductions and apologies", "Chair"),
        ("2", "Minutes of the previous meeting and action tracker", "Head of Governance"),
        ("3", "Force performance report – quarter 2", "Deputy Chief Constable"),
        ("4", "Roads policing and the Safer Roads Alliance", "Chief Inspector, Roads Policing"),
        ("5", "Police Fire and Crime Plan – delivery update", "Head of Governance"),
        ("6", "Any other business", "Chair"),
    ]
    questions = [
        ("1", "How many officers have completed the Domestic Abuse Matters training, and what has changed in "
              "the way they respond?",
         "1,046 officers and staff, 88 per cent of those required, have completed the training. Audits show "
         "coercive control is now identified in 41 per cent of relevant incidents, up from 23 per cent.",
         "Partially assured", "The Commissioner asked that the remaining officers be trained by March 2027."),
        ("2", "What is the charge rate for rape, and what is the Force doing to support victims through the "
              "investigation?",
         "The charge rate for adult rape rose to 9.8 per cent in the year to September. Every victim is offered "
         "an independent sexual violence adviser, and the Force has adopted the national operating model.",
         "Assured", "The Commissioner recognised the improvement in the charge rate."),
        ("3", "How are stalking protection orders being used?",
         "Six stalking protection orders were applied for in the year and four granted. Officers are not always "
         "aware that the orders are available.", "Not assured",
         "The Commissioner asked for a plan to increase the use of the orders."),
    ]
    notes_actions = [
        ("AB 61", "Provide the Commissioner with a plan to train the remaining officers in Domestic Abuse Matters."),
        ("AB 62", "Set out how awareness of stalking protection orders among officers will be raised."),
    ]
    # ref, meeting, action, owner, update, status
    tracker = [
        ("AB 55", "16 July 2026", "Share the analysis of 999 call handling times at weekends with the OPCC.",
         "Head of Contact", "Analysis shared on 4 August 2026.", "Complete"),
        ("AB 58", "17 September 2026", "Report the number of neighbourhood officers abstracted to response duties "
                                       "each month.", "Chief Superintendent, Local Policing",
         "First monthly report due in November.", "In progress"),
        ("AB 59", "17 September 2026", "Arrange for the Commissioner to visit the new vehicle recovery yard.",
         "Head of Estates", "Visit took place on 8 October 2026.", "Complete"),
        ("AB 61", "15 October 2026", notes_actions[0][1], "ACC Protective Services",
         "Plan agreed; remaining 143 officers booked on courses by February 2027.", "Complete"),
        ("AB 62", "15 October 2026", notes_actions[1][1], "ACC Protective Services",
         "Briefing to be added to the January training days.", "Open"),
    ]
    look = register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font, body_size=10.5,
                   cell_size=9.5, margin=60, header="OFFICIAL",
                   footer="Northamptonshire Police, Fire and Crime Commissioner – Accountability Board")
    blocks = [
        H("Police, Fire and Crime Commissioner for Northamptonshire", 1),
        H("Accountability Board", 2),
        P("Thursday 19 November 2026, 10.00am – 12.30pm, Darby House, Wellingborough Road, Northampton"),
        H("Agenda", 3),
        T(tuple([("No.", "Item", "Lead")] + list(agenda_rows)), (8, 70, 40), header_rows=1),
        Break(),
        H(notes_title, 2),
        P("**Theme: Violence against women and girls**"),
        P("**Present:** Police, Fire and Crime Commissioner (Chair); Chief Constable; ACC Protective Services; "
          "Chief Executive, OPFCC; Head of Governance, OPFCC."),
        H("1. Welcome and apologies", 3),
        P("The Commissioner welcomed members. Apologies were received from the Deputy Chief Constable."),
        H("2. Minutes and action tracker", 3),
        P("The minutes of 17 September 2026 were agreed. Updates to the tracker are shown at Appendix A."),
        H("3. Violence against women and girls", 3),
        P("The ACC Protective Services introduced the paper, which reports progress against the Force's VAWG "
          "delivery plan."),
    ]
    for n, q, response, level, comment in questions:
        blocks += [P(f"**{n}. {q}**"), P(f"**Response:** {response}"), P(f"**Assurance level:** {level}"),
                   P(f"**Commissioner's comment:** {comment}")]
    blocks += [P(f"**Action {ref}** – {text}") for ref, text in notes_actions]
    blocks += [
        H("4. Any other business", 3),
        P("None. The next meeting will be held on 19 November 2026."),
        Break(),
        H("Appendix A – Accountability Board action tracker", 2),
        T(tuple([("Ref", "Meeting", "Action", "Owner", "Update", "Status")] + list(tracker)),
          (11, 16, 42, 20, 38, 14), header_rows=1),
    ]
    pdf = render_pdf(blocks, look, title="Accountability Board 19 November 2026", author="OPFCC Northamptonshire")
    months = {"16 July 2026": "2026-07-16", "17 September 2026": "2026-09-17", "15 October 2026": previous}
    records = {
        "documents": [document("pdf", _page_count(pdf), "Accountability Board", force, org, date)],
        "meetings": [meeting(date, None, org, "Accountability Board"),
                     meeting(previous, topic, org, notes_title, after=2)],
        "agenda_items": agenda(date, agenda_rows),
        "assurance_decisions": [decision(previous, topic, n, q, response, level.replace("Partially", "Partly"), comment)
                                for n, q, response, level, comment in questions],
        "actions": [action(months[raised], topic if raised == "15 October 2026" else None, ref, text, update,
                           "complete" if status == "Complete" else "outstanding", "action_tracker", "status_column")
                    for ref, raised, text, _, update, status in tracker],
    }
    return pdf, finish_records(records, pdf)


# --- Norfolk: Word file, agenda as a numbered list and a RAG square per tracker row ---------------
# Agenda as Word numbering with the presenter in brackets; minutes with typed item numbers, "Question
# N:", "Chief Constable's response:" and "PCC's assessment: <level> – <comment>"; unnumbered "ACTION:"
# lines printed again in the tracker under its own references; a three-colour square per row.

def norfolk() -> tuple[bytes, dict]:
    org, force = "Police and Crime Commissioner for Norfolk", "Norfolk Constabulary"
    date, previous, topic = "2026-10-27", "2026-07-28", "Use of force"
    notes_title = "Minutes of the Police Accountability Forum held on Tuesday 28 July 2026"
    agenda_rows = [
        ("1", "Welcome and apologies", "Chair"),
        ("2", "Minutes of the meeting held on 28 July 2026 and action tracker", "OPCC Governance Manager"),
        ("3", "Performance against the Police and Crime Plan", "Deputy Chief Constable"),
        ("4", "Public contact: 999 and 101", "Chief Superintendent, Contact and Control Room"),
        ("5", "Questions from the public", "Chair"),
        ("6", "Any other business", "Chair"),
    ]
    questions = [
        ("1", "How many use of force forms were submitted last year, and how does the Force check they are "
              "complete?",
         "12,480 forms were submitted in 2025/26. Supervisors review every form that records a Taser discharge "
         "or an injury, and the use of force team dip samples 50 other forms each month.",
         "Assured", "the PCC was satisfied with the review arrangements."),
        ("2", "Why is force used more often on Black people in Norfolk, and what is the Force doing to "
              "understand this?",
         "Force was used on Black people at 2.6 times the rate for white people. The Force has asked its "
         "independent advisory group to review body-worn video of a sample of incidents.",
         "Partly assured", "the PCC asked to see the group's findings when they are available."),
        ("3", "How are officers trained in de-escalation?",
         "De-escalation forms part of the annual personal safety training day, which 91 per cent of officers "
         "completed this year.", "Assured", "the PCC welcomed the completion rate."),
    ]
    notes_actions = ["The Force to share the independent advisory group's review of use of force on Black people "
                     "with the OPCC.",
                     "The Force to provide the number of Taser discharges by month for 2025/26."]
    red, amber, green = RED, AMBER, GREEN
    # no., forum date, action, update, colour
    tracker = [
        ("PAF/26/03", "21 April 2026", "The Force to publish its response times by district on the Constabulary "
                                       "website.", "Published in June 2026.", green),
        ("PAF/26/04", "21 April 2026", "The OPCC to arrange a public event on rural crime in the west of the county.",
         "Venue being sought for an event in the spring.", red),
        ("PAF/26/07", "28 July 2026", notes_actions[0], "The group's review will be completed in November 2026.",
         amber),
        ("PAF/26/08", "28 July 2026", notes_actions[1], "Figures provided to the OPCC on 19 August 2026.", green),
    ]
    blocks = [
        H("Police Accountability Forum", 1),
        P("**Police and Crime Commissioner for Norfolk**"),
        P("Tuesday 27 October 2026 at 10am, OPCCN Offices, Building 8, Jubilee House, Wymondham"),
        H("Agenda", 2),
        Num(tuple(f"{title} ({presenter})" for _, title, presenter in agenda_rows)),
        Break(),
        H(notes_title, 2),
        P("**Present:** Police and Crime Commissioner (Chair); Chief Constable; Deputy Chief Constable; OPCC Chief "
          "Executive; OPCC Governance Manager."),
        H("1. Welcome and apologies", 3),
        P("Apologies were received from the Chief Finance Officer."),
        H("2. Minutes of the previous meeting", 3),
        P("The minutes of the meeting held on 21 April 2026 were agreed."),
        H("3. Use of force", 3),
        P("The Chief Constable presented the Force's annual use of force report."),
    ]
    for n, q, response, level, comment in questions:
        blocks += [P(f"**Question {n}:** {q}"), P(f"**Chief Constable's response:** {response}"),
                   P(f"**PCC's assessment:** {level} – {comment}")]
    blocks += [P(f"**ACTION:** {text}") for text in notes_actions]
    blocks += [
        H("4. Any other business", 3),
        P("There was no other business."),
        Break(),
        H("Police Accountability Forum – action tracker", 2),
        P(f"Key: {square(green)} Complete   {square(amber)} In progress   {square(red)} Not started"),
        T(tuple([("No.", "Forum date", "Action", "Update", "RAG")]
                + [(ref, raised, text, update, square(colour)) for ref, raised, text, update, colour in tracker]),
          (22, 24, 60, 55, 10), header_rows=1),
    ]
    data = word_furniture(render_docx(blocks, title="Police Accountability Forum", author="OPCC for Norfolk",
                                      when=WHEN), "Police Accountability Forum")
    months = {"21 April 2026": "2026-04-21", "28 July 2026": previous}
    records = {
        "documents": [document("docx", None, "Police Accountability Forum", force, org, date)],
        "meetings": [meeting(date, None, org, "Police Accountability Forum"),
                     meeting(previous, topic, org, notes_title)],
        "agenda_items": agenda(date, agenda_rows),
        "assurance_decisions": [decision(previous, topic, n, q, response, level, comment)
                                for n, q, response, level, comment in questions],
        "actions": [action(months[raised], topic if raised == "28 July 2026" else None, ref, text, update,
                           "complete" if colour == green else "outstanding", "action_tracker", "glyph_colour")
                    for ref, raised, text, update, colour in tracker],
    }
    return data, finish_records(records, None)


# --- Sussex: a landscape PDF drawn by a report tool ------------------------------------------------
# Agenda table; summary notes with "Focus of the meeting:", a Ref | Commissioner's question | Summary of
# response | Assurance table (Substantial / Reasonable / Limited); an "Actions arising" table with
# references, owners and deadlines but no status; an action update of earlier meetings whose Status
# column says Achieved / Ongoing.

def sussex() -> tuple[bytes, dict]:
    org, force = "Police and Crime Commissioner for Sussex", "Sussex Police"
    date, previous, topic = "2026-12-11", "2026-10-16", "Retail crime"
    notes_title = "Performance & Accountability Meeting – Summary Notes – 16 October 2026"
    agenda_rows = [
        ("1", "Introduction and apologies", "Commissioner"),
        ("2", "Summary notes and actions of the meeting on 16 October 2026", "Chief Executive"),
        ("3", "Serious and organised crime", "Assistant Chief Constable, Crime"),
        ("4", "Performance update", "Deputy Chief Constable"),
        ("5", "Questions from the public", "Commissioner"),
        ("6", "Close", "Commissioner"),
    ]
    questions = [
        ("PAM 26.1", "1", "How many shop thefts were reported in the last year, and how many led to a charge?",
         "14,870 shop thefts were reported in the year to September 2026, 9 per cent more than the year before. "
         "1,612 led to a charge or summons, a rate of 10.8 per cent.", "Reasonable",
         "The Commissioner noted the rise in charges."),
        ("PAM 26.2", "2", "How is the Force working with retailers to target repeat offenders?",
         "Each district has a retail crime lead. Retailers share images of suspects through a secure platform, "
         "and the 20 most prolific offenders in each district are reviewed every fortnight.", "Substantial",
         "The Commissioner welcomed the fortnightly reviews."),
        ("PAM 26.3", "3", "What happens when a shop worker is assaulted?",
         "Assaults on shop workers are recorded as violent crime and attended as a priority. Attendance within "
         "the target time was 64 per cent; the Force could not yet say how many cases led to a charge.",
         "Limited", "The Commissioner asked for outcome figures for assaults on shop workers."),
    ]
    arising = [
        ("PAM/A/41", "Provide outcome figures for assaults on shop workers for the year to September 2026.",
         "ACC Crime", "December 2026"),
        ("PAM/A/42", "Share the list of district retail crime leads with the Business Crime Partnership.",
         "Head of Local Policing", "November 2026"),
    ]
    # ref, meeting, action, update, status
    earlier = [
        ("PAM/A/36", "17 July 2026", "Report the proportion of burglaries attended within 24 hours by district.",
         "Reported to the OPCC on 3 September 2026.", "Achieved"),
        ("PAM/A/37", "17 July 2026", "Review how victims are kept informed after a crime is filed with no suspect.",
         "Review under way; findings due in January 2027.", "Ongoing"),
        ("PAM/A/38", "17 July 2026", "Brief the Commissioner on the new domestic abuse triage desk.",
         "Briefing given on 14 August 2026.", "Achieved"),
    ]
    look = PdfLook(body_size=10, cell_size=9, margin=50, landscape=True, header="Office of the Sussex Police & Crime Commissioner",
                   footer="Performance & Accountability Meeting – 11 December 2026")
    blocks = [
        H("Performance & Accountability Meeting", 1),
        P("**Police and Crime Commissioner for Sussex**"),
        P("Friday 11 December 2026, 10:00 – 12:00. Webcast live from Sackville House, Lewes."),
        H("Agenda", 2),
        T(tuple([("Item", "Title", "Presented by")] + list(agenda_rows)), (8, 80, 40), header_rows=1),
        P("The meeting is webcast and a recording is published on the Commissioner's website."),
        Break(),
        H(notes_title, 2),
        P("**Focus of the meeting: Retail crime**"),
        P("The Commissioner held the Chief Constable to account for the Force's response to retail crime. The "
          "questions, a summary of the Force's response and the Commissioner's level of assurance follow."),
        T(tuple([("Ref", "Commissioner's question", "Summary of response", "Assurance")]
                + [(ref, q, response, (f"**{level}**", comment)) for ref, _, q, response, level, comment in questions]),
          (12, 45, 75, 35), header_rows=1),
        P("Assurance: **Substantial** – full confidence in the Force's response; **Reasonable** – confident, with "
          "minor gaps; **Limited** – significant gaps remain; **No assurance**."),
        H("Actions arising", 3),
        T(tuple([("Ref", "Action", "Owner", "Deadline")] + list(arising)), (14, 80, 30, 20), header_rows=1),
        Break(),
        H("Action update – actions from earlier meetings", 2),
        T(tuple([("Ref", "Meeting", "Action", "Update", "Status")] + list(earlier)), (14, 18, 60, 50, 14),
          header_rows=1),
    ]
    pdf = render_pdf(blocks, look, title="Performance & Accountability Meeting", author="OSPCC")
    level_map = {"Reasonable": "Assured", "Substantial": "Assured", "Limited": "Partly assured"}
    records = {
        "documents": [document("pdf", _page_count(pdf), "Performance & Accountability Meeting", force, org, date)],
        "meetings": [meeting(date, None, org, "Performance & Accountability Meeting"),
                     meeting(previous, topic, org, notes_title, after=2)],
        "agenda_items": agenda(date, agenda_rows),
        "assurance_decisions": [decision(previous, topic, ref, q, response, level_map[level], comment)
                                for ref, _, q, response, level, comment in questions],
        "actions": [action(previous, topic, ref, text, None, "unknown", "action_list", "none")
                    for ref, text, _, _ in arising]
                   + [action("2026-07-17", None, ref, text, update,
                             "complete" if status == "Achieved" else "outstanding", "action_tracker", "status_column")
                      for ref, _, text, update, status in earlier],
    }
    return pdf, finish_records(records, pdf)


# --- Devon and Cornwall: Word pack saved as PDF, an outcome row under each question ---------------
# Agenda table; notes whose questions sit in Question | Response tables, one per question, each closed by
# a full-width merged "Outcome:" row; the tracker grouped under full-width merged rows naming the
# meeting ("Meeting of 14 July 2026"), Closed / Open in a status column.

def devon_cornwall() -> tuple[bytes, dict]:
    org, force = "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly", "Devon and Cornwall Police"
    date, previous, topic = "2026-11-17", "2026-09-22", "Missing people"
    notes_title = "Performance and Accountability Board – Notes of the meeting held on 22 September 2026"
    agenda_rows = [
        ("1", "Welcome and apologies", "Police and Crime Commissioner"),
        ("2", "Notes and action tracker of the meeting held on 22 September 2026", "Chief Executive"),
        ("3", "Call handling: 999 and 101", "Assistant Chief Constable"),
        ("4", "Neighbourhood policing in the Isles of Scilly", "Chief Superintendent, Cornwall"),
        ("5", "Any other business", "Police and Crime Commissioner"),
    ]
    questions = [
        ("1", "How many people were reported missing in the last year, and how many were children?",
         "4,912 missing episodes were reported in the year to August 2026, of which 2,730 involved children. "
         "Nine in ten children were found within 24 hours.", "Assured",
         "The Commissioner noted the figures and the speed with which children are found."),
        ("2", "How does the Force make sure return home interviews take place and their findings are used?",
         "Return home interviews are carried out by the local authorities. In Cornwall 78 per cent took place "
         "within 72 hours; in Plymouth 52 per cent. Findings are not yet shared with the Force in a consistent "
         "way.", "Partially assured",
         "The Commissioner asked the Force to agree a common approach with the four local authorities."),
        ("3", "How is the risk assessment of a missing person reviewed as an investigation goes on?",
         "The risk level is reviewed by a supervisor at set intervals and by an inspector for every high-risk "
         "case. An audit in July found reviews missed in 12 of 60 cases.", "Partially assured",
         "The Commissioner asked to see the results of the next audit."),
    ]
    notes_actions = [
        ("PAB-118", "Agree a common approach to sharing return home interview findings with the four local authorities."),
        ("PAB-119", "Share the results of the next audit of missing person risk reviews with the OPCC."),
    ]
    # (meeting heading, [(ref, action, owner, update, status)])
    groups = [
        ("Meeting of 14 July 2026", "2026-07-14", [
            ("PAB-111", "Provide the number of officers trained in rural and wildlife crime by basic command unit.",
             "ACC Local Policing", "Figures provided on 30 July 2026.", "Closed"),
            ("PAB-113", "Present the business case for extending the mental health triage car to north Devon.",
             "Head of Partnerships", "Business case to be presented to the Board in January 2027.", "Open"),
        ]),
        ("Meeting of 22 September 2026", previous, [
            (notes_actions[0][0], notes_actions[0][1], "ACC Public Protection",
             "Meeting with the four local authorities arranged for December.", "Open"),
            (notes_actions[1][0], notes_actions[1][1], "ACC Public Protection",
             "Audit results shared with the OPCC on 28 October 2026.", "Closed"),
        ]),
    ]
    blocks = [
        H("Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly", 1),
        H("Performance and Accountability Board", 2),
        T((("**Date**", "Tuesday 17 November 2026"), ("**Time**", "14:00 – 16:00"),
           ("**Location**", "Alderson Drive, Exeter, and online")), (30, 120)),
        H("Agenda", 2),
        T(tuple([("Item", "Title", "Lead")] + list(agenda_rows)), (12, 100, 55), header_rows=1),
        Break(),
        H(notes_title, 2),
        P("**Theme:** Missing people"),
        P("**Attendees:** Police and Crime Commissioner (Chair); Deputy Chief Constable; ACC Public Protection; "
          "OPCC Chief Executive; OPCC Head of Accountability."),
        H("Item 1 – Welcome and apologies", 3),
        P("The Commissioner welcomed attendees. There were no apologies."),
        H("Item 2 – Missing people", 3),
        P("The ACC Public Protection presented the Force's paper on its response to missing people."),
    ]
    for n, q, response, level, comment in questions:
        blocks += [T(((f"**Question {n}**", q), ("**Response**", response),
                      (f"**Outcome:** {level}. {comment}", None)), (30, 120), spans=((2, 0, 1, 2),),
                     fills={(2, 0): "#deeaf6"}), P("")]
    blocks += [P(f"**Action {ref}:** {text}") for ref, text in notes_actions]
    blocks += [H("Item 3 – Any other business", 3), P("None."), Break(),
               H("Performance and Accountability Board – action tracker", 2)]
    rows, spans = [("Ref", "Action", "Owner", "Update", "Status")], []
    for heading, _, items in groups:
        spans.append((len(rows), 0, 1, 5))
        rows.append((f"**{heading}**", None, None, None, None))
        rows += items
    blocks.append(T(tuple(rows), (24, 55, 28, 50, 14), header_rows=1, spans=tuple(spans),
                    fills={(s[0], 0): "#f2f2f2" for s in spans}))
    docx = word_furniture(render_docx(blocks, title="Performance and Accountability Board", author="OPCC Devon and Cornwall",
                                      when=WHEN, header=("OFFICIAL",)), "Performance and Accountability Board")
    pdf = docx_to_pdf(docx)
    records = {
        "documents": [document("pdf", _page_count(pdf), "Performance and Accountability Board", force, org, date)],
        "meetings": [meeting(date, None, org, "Performance and Accountability Board"),
                     meeting(previous, topic, org, notes_title, after=2)],
        "agenda_items": agenda(date, agenda_rows),
        "assurance_decisions": [decision(previous, topic, n, q, response, level.replace("Partially", "Partly"), comment)
                                for n, q, response, level, comment in questions],
        "actions": [action(when, topic if when == previous else None, ref, text, update,
                           "complete" if status == "Closed" else "outstanding", "action_tracker", "status_column")
                    for _, when, items in groups for ref, text, _, update, status in items],
    }
    return pdf, finish_records(records, pdf)


# --- Warwickshire: Word file, minutes in a Minute | Discussion | Action table ----------------------
# Agenda as a borderless table; the previous meeting's minutes as a three-column table, each scrutiny
# item one row whose Discussion cell holds "PCC question:", "Response:" and "Assurance:" paragraphs and
# whose Action cell holds the item's numbered actions; an action log with a Status column, one update
# left empty.

def warwickshire() -> tuple[bytes, dict]:
    org, force = "Police and Crime Commissioner for Warwickshire", "Warwickshire Police"
    date, previous = "2026-12-15", "2026-11-10"
    notes_title = "Minutes of the Governance and Scrutiny Board – 10 November 2026"
    agenda_rows = [
        ("1", "Apologies and declarations of interest", "Chair"),
        ("2", "Minutes of the meeting of 10 November 2026 and action log", "OPCC Chief Executive"),
        ("3", "Victim satisfaction and the Victims' Code", "Superintendent, Criminal Justice"),
        ("4", "Estates strategy – progress", "Director of Enabling Services"),
        ("5", "Any other business", "Chair"),
    ]
    items = [
        ("3", "Fraud", [
            ("1", "How many victims of fraud received a visit or call from the Economic Crime Unit this year?",
             "1,204 victims were contacted, all those assessed as vulnerable. Other victims receive a letter and "
             "a link to online advice.", "Assured", "The PCC welcomed the contact with vulnerable victims."),
            ("2", "How long does it take to investigate a fraud passed to the Force by the national reporting centre?",
             "The median time from receipt to outcome was 146 days. Two investigators are vacant.",
             "Partially assured", "The PCC asked for the vacancies to be filled and the times reported again."),
        ], [("GSB 44", "Report fraud investigation times again once the two vacancies are filled.", "Head of ECU")]),
        ("4", "Drink and drug driving", [
            ("1", "How many drink and drug drive arrests were made during the summer campaign?",
             "There were 312 arrests, 18 per cent more than the 2025 campaign. A third of those arrested tested "
             "positive for drugs.", "Assured", "The PCC thanked roads policing officers for the campaign."),
        ], [("GSB 45", "Share the results of the summer campaign with the road safety partnership.",
             "Chief Inspector, Roads Policing")]),
    ]
    # ref, raised, action, owner, update, status
    log = [
        ("GSB 38", "15 September 2026", "Provide the Board with the number of officers with outstanding vetting "
                                        "renewals.", "Head of Professional Standards",
         "Figures provided on 2 October 2026.", "Complete"),
        ("GSB 41", "13 October 2026", "Circulate the draft Victims' Code compliance audit.", "Superintendent, "
                                                                                           "Criminal Justice",
         None, "Open"),
        ("GSB 44", "10 November 2026", items[0][3][0][1], "Head of ECU",
         "One investigator appointed; the second post is being advertised.", "Open"),
        ("GSB 45", "10 November 2026", items[1][3][0][1], "Chief Inspector, Roads Policing",
         "Results shared with the partnership on 20 November 2026.", "Complete"),
    ]
    rows = [("Minute", "Discussion", "Action"),
            ("1", "Apologies were received from the Deputy Chief Constable. No interests were declared.", ""),
            ("2", "The minutes of 13 October 2026 were agreed and the action log was reviewed.", "")]
    for minute, title, questions, actions in items:
        discussion = [f"**{title}**"]
        for n, q, response, level, comment in questions:
            discussion += [f"**PCC question {n}:** {q}", f"*Response:* {response}", f"*Assurance:* {level}. {comment}"]
        rows.append((minute, tuple(discussion), tuple(f"**{ref}:** {text} (Owner: {owner})" for ref, text, owner in actions)))
    rows.append(("5", "No other business was raised.", ""))
    blocks = [
        H("Governance and Scrutiny Board", 1),
        P("**Police and Crime Commissioner for Warwickshire**"),
        P("Tuesday 15 December 2026, 13:30, Leek Wootton and via Microsoft Teams"),
        H("Agenda", 2),
        T(tuple(list((f"{n}.", t, p) for n, t, p in agenda_rows)), (10, 100, 55), bordered=False),
        Break(),
        H(notes_title, 2),
        P("**Present:** Police and Crime Commissioner (Chair); Chief Constable; OPCC Chief Executive; OPCC Head "
          "of Policy and Performance; Head of Economic Crime Unit (ECU); Chief Inspector, Roads Policing."),
        P("Minutes 3 and 4 record the PCC's scrutiny of two topics."),
        T(tuple(rows), (14, 110, 50), header_rows=1),
        Break(),
        H("Action log", 2),
        T(tuple([("Ref", "Raised", "Action", "Owner", "Update", "Status")]
                + [(ref, raised, text, owner, update or "", status) for ref, raised, text, owner, update, status in log]),
          (16, 24, 60, 30, 50, 14), header_rows=1),
    ]
    data = word_furniture(render_docx(blocks, title="Governance and Scrutiny Board", author="OPCC Warwickshire",
                                      when=WHEN, header=("OFFICIAL", "Governance and Scrutiny Board")),
                          "Governance and Scrutiny Board")
    months = {"15 September 2026": "2026-09-15", "13 October 2026": "2026-10-13", "10 November 2026": previous}
    topics = {ref: title for _, title, _, actions in items for ref, _, _ in actions}
    records = {
        "documents": [document("docx", None, "Governance and Scrutiny Board", force, org, date)],
        "meetings": [meeting(date, None, org, "Governance and Scrutiny Board"),
                     meeting(previous, None, org, notes_title)],
        "agenda_items": agenda(date, agenda_rows),
        "assurance_decisions": [decision(previous, title, n, q, response, level.replace("Partially", "Partly"), comment)
                                for _, title, questions, _ in items for n, q, response, level, comment in questions],
        "actions": [action(months[raised], topics.get(ref), ref, text, update,
                           "complete" if status == "Complete" else "outstanding", "action_tracker", "status_column")
                    for ref, raised, text, _, update, status in log],
    }
    return data, finish_records(records, None)


# --- writing ------------------------------------------------------------------------------------

PACKS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "dorset-pcc-pab-2026-12-08.pdf": dorset,
    "wiltshire-pcc-cmb-2026-11-24.docx": wiltshire,
    "staffordshire-pfcc-sgb-2026-12-03.pdf": staffordshire,
    "northamptonshire-pfcc-ab-2026-11-19.pdf": northamptonshire,
    "norfolk-pcc-paf-2026-10-27.docx": norfolk,
    "sussex-pcc-pam-2026-12-11.pdf": sussex,
    "devon-cornwall-pcc-pab-2026-11-17.pdf": devon_cornwall,
    "warwickshire-pcc-gsb-2026-12-15.docx": warwickshire,
}


def main(only: list[str]) -> None:
    GOLD.mkdir(exist_ok=True)
    for name, build in PACKS.items():
        if only and name not in only:
            continue
        data, records = build()
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        print(f"{name}: {len(data)} bytes; pages", {k: [r["page"] for r in v] for k, v in records.items()
                                                     if k in ("assurance_decisions", "actions", "meetings")})


if __name__ == "__main__":
    main(sys.argv[1:])
