"""Scrutiny round 17b (blind, issue 4): six packs of PCC, PFCC and mayoral
offices, written without reading the extractors, with hand-checked gold in
gold/ (staged in pending/ until the extractors were fixed for them, then promoted).

Regenerate (byte for byte):

    .venv/bin/python samples/corpus/scrutiny-round17b/generate.py

Names, figures and wording are fictional; the forms follow real published
packs (see README.md). Each pack is built from one set of data that both the
renderer and the gold read, so a record and its printed form cannot drift
apart; pages of PDF records are then found in the rendered PDF's own words.
"""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import datetime
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import scrutiny_common  # noqa: E402,F401  (puts scrutiny-round3/render on sys.path)
from render import (  # noqa: E402
    Break, Bul, H, Num, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf,
)

GOLD = HERE / "gold"
CHECKED = ("Written by hand beside the text that prints it (round 17b, blind); PDF pages from "
           "pdfplumber's words (first page holding a record's opening six words) and checked with "
           "`scrutiny inspect`; DOCX pages null.")
WHEN = datetime(2026, 6, 1, 9, 0, 0)
RAG = {"green": "#00b050", "amber": "#ffc000", "red": "#ff0000"}

Record = dict[str, object]


# --- shared gold builders ---------------------------------------------------

def document(file_type: str, title: str, force: str, organisation: str, meeting_date: str) -> Record:
    return {"page": None, "file_type": file_type, "doc_kind": "scrutiny_pack", "title": title, "force": force,
            "organisation": organisation, "meeting_date": meeting_date, "publication_date": None,
            "status": "ok", "pages": None}


def meeting(page: int | None, meeting_date: str, topic: str | None, organisation: str, title: str) -> Record:
    return {"page": page, "meeting_date": meeting_date, "topic": topic, "organisation": organisation,
            "title": title}


def agenda(page: int | None, meeting_date: str, items: list[tuple[str, str, str | None]]) -> list[Record]:
    return [{"page": page, "meeting_date": meeting_date, "number": number, "title": title, "presenter": presenter}
            for number, title, presenter in items]


def decision(meeting_date: str, topic: str | None, number: str, question: str, evidence: str, assurance: str,
             commentary: str | None) -> Record:
    return {"page": None, "meeting_date": meeting_date, "topic": topic, "question_number": number,
            "question": question, "evidence_summary": evidence, "assurance": assurance, "commentary": commentary}


def action(meeting_date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
           status: str, status_source: str, source: str) -> Record:
    return {"page": None, "meeting_date": meeting_date, "topic": topic, "number": number, "text": text,
            "update": update, "status": status, "status_source": status_source, "source": source}


def plain(text: str) -> str:
    """Printed words without the inline markup (``**bold**``, ``*italic*``)."""
    return text.replace("**", "").replace("*", "")


# --- pages of PDF records ---------------------------------------------------

def _words(text: str) -> list[str]:
    return [w for w in re.sub(r"[^a-z0-9% ]", " ", text.lower().replace("’", "'")).split() if w]


def _holds(page_words: list[str], wanted: list[str], reach: int = 60) -> bool:
    for start, word in enumerate(page_words):
        if word != wanted[0]:
            continue
        position, found = start, 1
        for target in wanted[1:]:
            try:
                position = page_words.index(target, position + 1, start + reach)
            except ValueError:
                break
            found += 1
        if found == len(wanted):
            return True
    return False


def set_pdf_pages(data: bytes, records: dict[str, list[Record]]) -> int:
    """Each decision's and action's page: the first page whose words hold the
    opening six words of its question or text. Returns the page count."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [_words(page.extract_text() or "") for page in pdf.pages]
    keys = {"assurance_decisions": "question", "actions": "text"}
    for record_type, key in keys.items():
        for record in records.get(record_type, []):
            wanted = _words(str(record[key]))[:6]
            found = [n for n, words in enumerate(pages, 1) if _holds(words, wanted)]
            if not found:
                raise SystemExit(f"no page holds {record[key]!r}")
            record["page"] = found[0]
    return len(pages)


def write(name: str, data: bytes, records: dict[str, list[Record]]) -> None:
    if name.endswith(".pdf"):
        records["documents"][0]["pages"] = set_pdf_pages(data, records)
    (HERE / name).write_bytes(data)
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    pages = {t: [r["page"] for r in records[t]] for t in ("assurance_decisions", "actions")}
    print(f"{name}: {len(data)} bytes; pages {pages}")


# --- A. Warwickshire: the reference family (common) -------------------------

def warwickshire() -> tuple[bytes, dict]:
    org, force = "Police and Crime Commissioner for Warwickshire", "Warwickshire Police"
    date, notes_date, topic = "2026-06-09", "2026-05-12", "Roads policing"
    items = [
        ("1", "Welcome and apologies", "PCC"),
        ("2", "Notes and action tracker of the meeting held on 12 May 2026", "Chief Executive, OPCC"),
        ("3", "Performance report: quarter 4 2025/26", "Deputy Chief Constable"),
        ("4", "Scrutiny theme: Fraud and cyber crime", "Detective Chief Superintendent, Crime"),
        ("5", "HMICFRS inspection activity update", "Head of Performance and Assurance, OPCC"),
        ("6", "Any other business", "All"),
    ]
    questions = [
        ("How is the force performing against the casualty reduction targets in the Police and Crime Plan, "
         "and which routes account for most of the people killed or seriously injured?",
         ("Killed or seriously injured casualties fell from 312 to 287 in the year to March 2026.",
          "Three rural A-roads account for 41% of fatal collisions; a route plan has been agreed with the "
          "highway authority.",
          "Speed enforcement on those routes rose by 18%, with two additional mobile camera vans."),
         "Partly Assured", "Partly assured",
         "The PCC welcomed the fall in casualties but noted that the route plan has no milestones. He asked "
         "for a timetable for the engineering works to be brought to the next meeting."),
        ("What capacity does the force have to investigate fatal and serious collisions, and how long do "
         "files take to reach a charging decision?",
         ("The Serious Collision Investigation Unit has 14 investigators against an establishment of 16.",
          "The median time from collision to charging decision is 11 months, down from 14.",
          "Two investigators are completing accreditation and will be deployable by September."),
         "Assured", "Assured",
         "The PCC was reassured by the reduction in file times and the plan to fill the vacancies."),
        ("How is intelligence from the public about dangerous driving, including dashcam footage, acted on?",
         ("The online portal received 2,140 submissions in the year, of which 38% led to a warning letter, "
          "course or prosecution.",
          "The backlog of unreviewed submissions stood at 460 at the end of April, with an average wait of "
          "nine weeks.",
          "Reviews are undertaken by one part-time member of staff."),
         "Not Assured", "Not assured",
         "The PCC was concerned that a nine-week wait undermines public confidence in reporting. He asked the "
         "force to set out how the backlog will be cleared and what resourcing is needed."),
        ("How does the force work with partners to educate young and newly qualified drivers?",
         ("Officers delivered 46 sessions to sixth forms and colleges, reaching around 3,900 students.",
          "A joint campaign with the fire and rescue service ran over the winter months."),
         "Assured", "Assured",
         "The PCC noted the reach of the sessions and asked that evaluation results are shared when available."),
    ]
    tracker = [
        ("Roads policing", "Provide a timetable for the engineering works on the three priority routes.",
         "Highway authority to confirm dates at its July board; interim update to be circulated.", "Ongoing"),
        ("Roads policing", "Set out a plan and resourcing to clear the backlog of dashcam submissions.",
         "Two temporary staff appointed from 1 June; backlog reduced to 310.", "Ongoing"),
        ("Public contact", "Share the 101 call abandonment figures broken down by time of day.",
         "Figures circulated to the OPCC on 28 April 2026.", "Complete"),
        ("Public contact", "Confirm when the online chat function will be extended to evenings.",
         "", "Ongoing"),
    ]
    look = PdfLook(footer="OFFICIAL – Warwickshire OPCC")
    blocks: list = [
        P("**Office of the Police and Crime Commissioner for Warwickshire**"),
        H("PERFORMANCE, ACCOUNTABILITY AND DELIVERY BOARD"),
        P("**Date:** Tuesday 9 June 2026, 10:00 – 12:00"),
        P("**Venue:** Meeting Room 2, Leek Wootton and via Microsoft Teams"),
        H("AGENDA", 2),
        T(rows=(("Item", "Title", "Presenter"),) + tuple((n, t, p) for n, t, p in items),
          widths=(12, 60, 40), header_rows=1),
        P("Papers for items 3 and 5 are attached. The presentation for item 4 will be circulated after the "
          "meeting. The internal audit of vehicle fleet management, reported to the Joint Audit Committee in "
          "March, gave reasonable assurance and is not on this agenda."),
        Break(),
        H("DRAFT NOTES – PERFORMANCE, ACCOUNTABILITY AND DELIVERY BOARD (ROADS POLICING) – 12 MAY 2026", 2),
        P("**Present:** Police and Crime Commissioner (Chair); Chief Executive, OPCC; Deputy Chief Constable; "
          "Superintendent, Roads Policing; Head of Performance and Assurance, OPCC."),
        P("**Apologies:** Chief Constable; Chief Finance Officer, OPCC."),
        P("The notes of the meeting held on 14 April 2026 were agreed as a true record. The action tracker was "
          "reviewed and updated (see below)."),
        T(rows=(("Question", "Brief Summary of Evidence", "Decision of PCC"),) + tuple(
            (f"{i}. {q}", (Bul(evidence),), (f"**{printed}**", f"*{comment}*"))
            for i, (q, evidence, printed, _, comment) in enumerate(questions, 1)),
          widths=(34, 46, 30), header_rows=1),
        P("Date of next meeting: 9 June 2026."),
        H("ACTION TRACKER 2026/27", 2),
        T(rows=(("Topic", "Action", "Update", "Status"),) + tuple(
            (topic_cell if r % 2 == 0 else None, f"{r + 1}. {text}" if r < 2 else f"{r - 1}. {text}", update,
             status) for r, (topic_cell, text, update, status) in enumerate(tracker)),
          widths=(20, 40, 40, 14), header_rows=1, spans=((1, 0, 2, 1), (3, 0, 2, 1))),
        Break(),
        H("Appendix – Roads policing performance, year to March 2026", 2),
        T(rows=(("Measure", "2024/25", "2025/26", "Change"),
                ("Killed or seriously injured casualties", "312", "287", "-8%"),
                ("Fatal collisions", "29", "24", "-17%"),
                ("Drink and drug drive arrests", "1,046", "1,118", "+7%"),
                ("Dashcam submissions received", "1,720", "2,140", "+24%")),
          widths=(60, 20, 20, 20), header_rows=1),
        P("Source: Warwickshire Police performance team. Figures are provisional until the Department for "
          "Transport publishes its annual statistics."),
    ]
    data = render_pdf(blocks, look, title="Performance, Accountability and Delivery Board", author="Warwickshire OPCC")
    records = {
        "documents": [document("pdf", "PERFORMANCE, ACCOUNTABILITY AND DELIVERY BOARD", force, org, date)],
        "meetings": [
            meeting(1, date, None, org, "PERFORMANCE, ACCOUNTABILITY AND DELIVERY BOARD"),
            meeting(2, notes_date, topic, org,
                    "DRAFT NOTES – PERFORMANCE, ACCOUNTABILITY AND DELIVERY BOARD (ROADS POLICING) – 12 MAY 2026"),
        ],
        "agenda_items": agenda(1, date, items),
        "assurance_decisions": [decision(notes_date, topic, str(i), q, " ".join(evidence), level, comment)
                                for i, (q, evidence, _, level, comment) in enumerate(questions, 1)],
        "actions": [action(None, topic_cell, str(r + 1 if r < 2 else r - 1), text, update or None,
                           "complete" if status == "Complete" else "outstanding", "status_column", "action_tracker")
                    for r, (topic_cell, text, update, status) in enumerate(tracker)],
    }
    return data, records


# --- B. Bedfordshire: Word minutes with "Level of assurance:" lines (common) --

def bedfordshire() -> tuple[bytes, dict]:
    org, force = "Police and Crime Commissioner for Bedfordshire", "Bedfordshire Police"
    date, notes_date, topic = "2026-06-16", "2026-05-19", "Stop and search and use of force"
    items = [
        ("1", "Apologies and declarations of interest", "Chair"),
        ("2", "Minutes and action log of the meeting held on 19 May 2026", "Head of Governance"),
        ("3", "Scrutiny item: Hate crime", "Superintendent, Community Cohesion"),
        ("4", "Force financial position, month 2", "Chief Finance Officer"),
        ("5", "Any other business", "Chair"),
    ]
    questions = [
        ("How does the force assure itself that stop and search is used fairly, given the disproportionality "
         "figures for Black residents?",
         "The Chief Superintendent explained that Black residents were 3.1 times more likely to be searched "
         "than white residents in 2025/26, down from 4.0. Every search is reviewed by a supervisor, and a "
         "sample of body-worn video is examined each month by the community scrutiny panel.",
         "Substantial", "Assured",
         "The PCC noted the steady reduction in disproportionality and the role of the community panel, and "
         "thanked the force for the openness of the data."),
        ("What proportion of searches find what officers were looking for, and what is done where the "
         "find rate is low?",
         "The overall find rate was 29%, but for searches under section 23 of the Misuse of Drugs Act on the "
         "grounds of smell alone it was 14%. Guidance on smell as a sole ground was reissued in March, but its "
         "effect has not yet been measured.",
         "Limited", "Partly assured",
         "The PCC asked for the find rate for searches on smell alone to be reported again once three months "
         "of data are available since the guidance."),
        ("How is the use of force recorded and scrutinised, particularly the use of Taser on children?",
         "Use of force forms are completed for 87% of incidents captured on body-worn video. Taser was drawn "
         "on 11 occasions involving children in the year and discharged once. The force could not yet say "
         "how many of these incidents had been reviewed by a supervisor.",
         "No assurance", "Not assured",
         "The PCC was concerned that supervisory review of Taser use on children could not be evidenced. He "
         "asked for a full review of the eleven incidents."),
    ]
    minuted = [
        ("AB/26-14", "The Chief Superintendent to report the find rate for searches on smell alone after three "
         "months of data under the revised guidance.", 2),
        ("AB/26-15", "The force to review the eleven incidents of Taser drawn on children and report the "
         "findings to the PCC.", 3),
    ]
    log = [
        ("AB/26-09", "17/03/2026", "2026-03-17", "Provide a breakdown of the vetting backlog by role.",
         "Breakdown provided to the OPCC on 2 April 2026.", "Complete"),
        ("AB/26-11", "21/04/2026", "2026-04-21", "Report on the uptake of the victim satisfaction survey "
         "by online reporters.", "Carried forward – survey results due in July.", "Carried forward"),
        (minuted[0][0], "19/05/2026", notes_date, minuted[0][1], "", "Open"),
        (minuted[1][0], "19/05/2026", notes_date, minuted[1][1],
         "Review commissioned from Professional Standards; terms of reference agreed 2 June.", "In progress"),
    ]
    blocks: list = [
        P("Police and Crime Commissioner for Bedfordshire"),
        H("ACCOUNTABILITY BOARD"),
        P("Tuesday 16 June 2026 at 14:00"),
        P("Conference Room, Police Headquarters, Kempston"),
        H("Agenda", 2),
        T(rows=(("Item", "Subject", "Lead"),) + tuple(items), widths=(12, 70, 40), header_rows=1),
        P("Members of the public may observe the meeting online. Questions on the scrutiny item may be sent "
          "to the Office of the Police and Crime Commissioner by noon on 12 June."),
        Break(),
        H("Minutes of the Accountability Board held on 19 May 2026", 2),
        P("**Present:** Police and Crime Commissioner (Chair), Chief Executive, Chief Finance Officer (OPCC), "
          "Deputy Chief Constable, Chief Superintendent (Local Policing), Head of Governance (minutes)."),
        H("1. Apologies", 3),
        P("Apologies were received from the Chief Constable."),
        H("2. Minutes of the previous meeting and action log", 3),
        P("The minutes of 21 April 2026 were agreed. The action log was updated as shown at the end of these "
          "minutes."),
        H(f"3. {topic}", 3),
        P("The Chief Superintendent presented the quarterly report on stop and search and use of force."),
    ]
    for n, (q, answer, printed, _, comment) in enumerate(questions, 1):
        blocks += [P(f"**Question {n}: {q}**"), P(answer), P(f"**Level of assurance: {printed}**"), P(comment)]
        blocks += [P(f"**ACTION:** {text} ({ref})") for ref, text, after in minuted if after == n]
    blocks += [
        H("4. Any other business", 3),
        P("None was raised. The meeting closed at 15:40."),
        H("Action log", 2),
        T(rows=(("Ref", "Date raised", "Action", "Update", "Status"),) + tuple(
            (ref, raised, text, update, status) for ref, raised, _, text, update, status in log),
          widths=(16, 18, 50, 46, 18), header_rows=1),
    ]
    data = render_docx(blocks, title="Accountability Board", author="OPCC Bedfordshire", when=WHEN)
    statuses = {"Complete": "complete", "Carried forward": "outstanding", "Open": "outstanding",
                "In progress": "outstanding"}
    records = {
        "documents": [document("docx", "ACCOUNTABILITY BOARD", force, org, date)],
        "meetings": [meeting(None, date, None, org, "ACCOUNTABILITY BOARD"),
                     meeting(None, notes_date, topic, org, "Minutes of the Accountability Board held on 19 May 2026")],
        "agenda_items": agenda(None, date, items),
        "assurance_decisions": [decision(notes_date, topic, str(n), q, answer, level, comment)
                                for n, (q, answer, _, level, comment) in enumerate(questions, 1)],
        "actions": [action(iso, topic if iso == notes_date else None, ref, text, update or None, statuses[status],
                           "status_column", "action_tracker")
                    for ref, _, iso, text, update, status in log],
    }
    return data, records


# --- C. Merseyside: an item heading over a decision table, a RAG-shaded log (common)

def merseyside() -> tuple[bytes, dict]:
    org, force = "Police and Crime Commissioner for Merseyside", "Merseyside Police"
    date, notes_date, topic = "2026-06-04", "2026-05-07", "Serious violence and knife crime"
    items = [
        ("1", "Apologies", "Chair"),
        ("2", "Notes of the previous meeting and action log", "Chief Executive"),
        ("3", "Scrutiny item: Neighbourhood policing and community engagement", "Assistant Chief Constable"),
        ("4", "Performance overview", "Head of Performance"),
        ("5", "Forward plan and date of next meeting", "Chief Executive"),
    ]
    questions = [
        ("How has the violence reduction partnership's hotspot patrol programme affected serious violence in "
         "the areas where it runs?",
         "Serious violence with injury in the 20 hotspot areas fell by 16% compared with the year before, "
         "against 4% across the force area. Patrols are directed by the weekly hotspot map, and 92% of "
         "planned patrol hours were delivered.",
         "Assured", "Assured",
         "The Commissioner welcomed the results and the high delivery of planned patrols."),
        ("How many knives have been taken off the streets through surrender bins and searches, and how is "
         "the effect measured?",
         "Surrender bins collected 1,310 knives and searches recovered 402 in 2025/26. The force could not "
         "yet link recoveries to changes in knife-enabled offences by neighbourhood.",
         "Partially Assured", "Partly assured",
         "The Commissioner asked for an analysis linking recoveries to knife crime trends by neighbourhood."),
        ("What support is offered to young people admitted to hospital with stab wounds?",
         "Youth workers are based in the two major trauma centres and were offered to 148 young people, of "
         "whom 109 engaged. Funding for the scheme is confirmed until March 2027.",
         "Assured", "Assured",
         "The Commissioner was pleased with the engagement rate and asked to be kept informed about future "
         "funding."),
        ("How quickly are knife crime offences with a named suspect brought to a charging decision?",
         "The average time to charge was 61 days, up from 47 days last year. Delays were attributed to "
         "forensic submissions and file quality, but no improvement plan was yet in place.",
         "Not Assured", "Not assured",
         "The Commissioner was not assured that the rise in time to charge was understood and asked for an "
         "improvement plan."),
    ]
    log = [
        ("SM/26/04", "05/03/2026", "2026-03-05", "Share the force's draft retail crime plan with the OPCC.",
         "Draft shared on 20 March 2026.", "green"),
        ("SM/26/06", "09/04/2026", "2026-04-09", "Report on the use of drones in missing person searches.",
         "14/04/26: data being collated. 21/05/26: report delayed to the July meeting.", "red"),
        ("SM/26/08", "07/05/2026", notes_date, "Provide an analysis linking knife recoveries to knife crime "
         "trends by neighbourhood.", "Analyst assigned; due for the July meeting.", "amber"),
        ("SM/26/09", "07/05/2026", notes_date, "Produce an improvement plan to reduce the time to charge "
         "knife crime offences.", "Plan presented to the Chief Officer Group on 28 May 2026.", "green"),
    ]
    look = PdfLook(font="Times-Roman", bold_font="Times-Bold", italic_font="Times-Italic", body_size=11.5,
                   footer="OFFICIAL")
    blocks: list = [
        P("Office of the Police and Crime Commissioner for Merseyside"),
        H("Scrutiny Meeting"),
        P("Thursday 4 June 2026, 13:30, Canning Place, Liverpool"),
        H("Agenda", 2),
        T(rows=(("No.", "Item", "Lead"),) + tuple(items), widths=(10, 70, 40), header_rows=1),
        P("The Commissioner's scrutiny programme for 2026/27 is published on the office's website."),
        Break(),
        H("Notes of the Scrutiny Meeting held on 7 May 2026", 2),
        P("Present: Police and Crime Commissioner; Chief Executive; Deputy Chief Constable; Chief "
          "Superintendent, Operations; Head of Performance. Apologies: Chief Constable."),
        P("The notes of the meeting of 9 April 2026 were approved. Progress on actions is recorded in "
          "Appendix 1."),
        H(f"Item 3 – {topic}", 3),
        T(rows=(("No.", "Question", "Force response", "Assurance level", "PCC comments"),) + tuple(
            (str(n), q, answer, printed, comment) for n, (q, answer, printed, _, comment) in enumerate(questions, 1)),
          widths=(8, 36, 52, 20, 38), header_rows=1),
        P("The Commissioner thanked officers for the report. The next scrutiny item will be neighbourhood "
          "policing."),
        Break(),
        H("Appendix 1 – Action log", 2),
        P("RAG key:"),
        T(rows=(("", "Complete"), ("", "In progress and on track"), ("", "Overdue")), widths=(8, 60),
          fills={(0, 0): RAG["green"], (1, 0): RAG["amber"], (2, 0): RAG["red"]}),
        T(rows=(("Ref", "Meeting date", "Action", "Update", "RAG"),) + tuple(
            (ref, raised, text, update, "") for ref, raised, _, text, update, _ in log),
          widths=(16, 18, 46, 46, 12), header_rows=1,
          fills={(r, 4): RAG[rag] for r, (*_, rag) in enumerate(log, 1)}),
    ]
    data = render_pdf(blocks, look, title="Scrutiny Meeting", author="OPCC Merseyside")
    records = {
        "documents": [document("pdf", "Scrutiny Meeting", force, org, date)],
        "meetings": [meeting(1, date, None, org, "Scrutiny Meeting"),
                     meeting(2, notes_date, topic, org, "Notes of the Scrutiny Meeting held on 7 May 2026")],
        "agenda_items": agenda(1, date, items),
        "assurance_decisions": [decision(notes_date, topic, str(n), q, answer, level, comment)
                                for n, (q, answer, _, level, comment) in enumerate(questions, 1)],
        "actions": [action(iso, topic if iso == notes_date else None, ref, text, update,
                           "complete" if rag == "green" else "outstanding", "cell_shading", "action_tracker")
                    for ref, _, iso, text, update, rag in log],
    }
    return data, records


# --- D. York and North Yorkshire: question banner rows in one item table (new)

def york_north_yorkshire() -> tuple[bytes, dict]:
    org, force = "Deputy Mayor for Policing, Fire and Crime", "North Yorkshire Police"
    date, notes_date, topic = "2026-06-18", "2026-05-21", "Neighbourhood policing"
    items = [
        ("1", "Welcome and apologies", "Deputy Mayor for Policing, Fire and Crime"),
        ("2", "Notes and action log of the meeting held on 21 May 2026", "Head of Governance, OPFCC"),
        ("3", "Police performance update", "Deputy Chief Constable"),
        ("4", "Fire and rescue: on-call availability", "Chief Fire Officer"),
        ("5", "Public questions", "Deputy Mayor for Policing, Fire and Crime"),
    ]
    questions = [
        ("How many neighbourhood officers and PCSOs are in post against the funded establishment, and how "
         "often are they taken away from their neighbourhoods?",
         "There are 212 neighbourhood officers against 220 funded posts and 151 PCSOs against 165. "
         "Abstractions to response and events averaged 14% of shifts, against a local target of 10%.",
         "Partially assured",
         "The Deputy Mayor asked for abstraction rates by district so that the areas most affected can be "
         "identified."),
        ("How does the force know whether residents in rural communities feel their concerns are heard?",
         "The force uses the community messaging service, quarterly ward surgeries and the public confidence "
         "survey. Confidence in rural areas rose from 71% to 76% over the year.",
         "Assured",
         "The Deputy Mayor welcomed the rise in rural confidence."),
        ("What is the attendance time for priority incidents in the most rural districts?",
         "The median attendance time for priority incidents in the two most rural districts was 34 minutes, "
         "against 19 minutes force-wide. No target has been set for rural attendance.",
         "Not assured",
         "The Deputy Mayor was not assured that rural attendance is managed and asked for options for a "
         "rural attendance standard."),
    ]
    minuted = [("26/18", "ACC to provide abstraction rates for neighbourhood officers by district.", 1),
               ("26/19", "ACC to present options for a rural attendance standard for priority incidents.", 3)]
    log = [
        ("26/09", "19/03/2026", "2026-03-19", "CFO to share the revised on-call availability dashboard.",
         ("07/04/26 – dashboard shared with the OPFCC.",), "Closed"),
        ("26/12", "16/04/2026", "2026-04-16", "DCC to report the outcome of the review of the control room "
         "triage model.", ("12/05/26 – review findings being finalised.",
                           "10/06/26 – report to come to the July meeting."), "Open – carried over"),
        (minuted[0][0], "21/05/2026", notes_date, minuted[0][1],
         ("09/06/26 – data requested from the performance team.",), "Open"),
        (minuted[1][0], "21/05/2026", notes_date, minuted[1][1], (), "Open"),
    ]
    rows: list = [("Response from North Yorkshire Police", "Deputy Mayor's assurance")]
    spans, fills = [], {}
    for n, (q, answer, printed, comment) in enumerate(questions, 1):
        spans.append((len(rows), 0, 1, 2))
        fills[(len(rows), 0)] = "#deeaf6"
        rows += [(f"**Q{n}. {q}**", None), (answer, (f"**{printed}**", comment))]
    blocks: list = [
        P("York and North Yorkshire Combined Authority – Policing, Fire and Crime"),
        H("PUBLIC ACCOUNTABILITY MEETING"),
        P("Held by the Deputy Mayor for Policing, Fire and Crime"),
        P("Thursday 18 June 2026, 10:00 – 12:00, online (broadcast live)"),
        H("Agenda", 2),
        Num(tuple(f"{title} – {presenter}" for _, title, presenter in items)),
        P("Questions from the public can be submitted through the Deputy Mayor's website up to two days "
          "before the meeting."),
        Break(),
        H("Notes of the Public Accountability Meeting – 21 May 2026", 2),
        P("**Attending:** Deputy Mayor for Policing, Fire and Crime (DM); Deputy Chief Constable (DCC); "
          "Assistant Chief Constable, Local Policing (ACC); Chief Fire Officer (CFO); Head of Governance, "
          "OPFCC (HG, notes)."),
        P("**Apologies:** Chief Constable."),
        H("1. Welcome and apologies", 3),
        P("The DM welcomed attendees and viewers of the broadcast."),
        H("2. Action log", 3),
        P("The action log was reviewed; updates are recorded in the log below."),
        H(f"3. {topic}", 3),
        P("The ACC presented the neighbourhood policing update. The DM's questions, the force's responses "
          "and the DM's assurance are recorded below."),
        T(rows=tuple(rows), widths=(62, 38), header_rows=1, spans=tuple(spans), fills=fills),
    ]
    blocks += [P(f"**ACTION {ref}:** {text}") for ref, text, _ in minuted]
    blocks += [
        H("4. Public questions", 3),
        P("Two questions from the public about speeding in villages were answered by the ACC; a written "
          "reply will be published with these notes."),
        H("Action log – open and recently closed actions", 2),
        T(rows=(("Ref", "Raised", "Action", "Update", "Status"),) + tuple(
            (ref, raised, text, updates or "", status) for ref, raised, _, text, updates, status in log),
          widths=(12, 18, 50, 50, 20), header_rows=1),
    ]
    data = render_docx(blocks, title="Public Accountability Meeting", author="OPFCC York and North Yorkshire",
                       when=WHEN, header=("OFFICIAL",))
    records = {
        "documents": [document("docx", "PUBLIC ACCOUNTABILITY MEETING", force, org, date)],
        "meetings": [meeting(None, date, None, org, "PUBLIC ACCOUNTABILITY MEETING"),
                     meeting(None, notes_date, topic, org, "Notes of the Public Accountability Meeting – 21 May 2026")],
        "agenda_items": agenda(None, date, items),
        "assurance_decisions": [
            decision(notes_date, topic, str(n), q, answer,
                     {"Assured": "Assured", "Partially assured": "Partly assured",
                      "Not assured": "Not assured"}[printed], comment)
            for n, (q, answer, printed, comment) in enumerate(questions, 1)],
        "actions": [action(iso, topic if iso == notes_date else None, ref, text, " ".join(updates) or None,
                           "complete" if status == "Closed" else "outstanding", "status_column", "action_tracker")
                    for ref, _, iso, text, updates, status in log],
    }
    return data, records


# --- E. Cumbria: the levels in one closing sentence by question number (new)

def cumbria() -> tuple[bytes, dict]:
    org, force = "Police, Fire and Crime Commissioner for Cumbria", "Cumbria Constabulary"
    date, notes_date, topic = "2026-06-25", "2026-05-28", "Domestic abuse"
    items = [
        ("1", "Apologies for absence", "Chair"),
        ("2", "Minutes of the meeting held on 28 May 2026 and action tracker", "Governance Manager"),
        ("3", "Scrutiny theme: Missing children", "Detective Superintendent, Safeguarding"),
        ("4", "Fire and rescue service performance, quarter 4", "Chief Fire Officer"),
        ("5", "Any other business", "Chair"),
    ]
    questions = [
        ("What proportion of domestic abuse incidents are attended within the target time, and how is risk "
         "assessed at the first contact?",
         "Of the 9,406 domestic abuse incidents in 2025/26, 88% of those graded as emergencies were attended "
         "within the target time. Call handlers complete a structured risk assessment on every call, and "
         "a supervisor reviews every case assessed as high risk within 24 hours.", "Assured"),
        ("How many domestic abuse protection orders have been applied for since they were introduced, and "
         "how are breaches managed?",
         "Forty-two orders were applied for and thirty-eight granted since January. Breaches are flagged on "
         "the command and control system, but the force does not yet report how many breaches led to an "
         "arrest.", "Partly assured"),
        ("What support do victims receive between the report and a charging decision?",
         "Every victim assessed as high risk is referred to the independent domestic violence advocate "
         "service within one working day, and 94% of referrals were made within that time. Victims assessed "
         "as medium risk are offered a call from the victim support hub.", "Assured"),
        ("Why has the charge rate for domestic abuse offences fallen over the last two quarters?",
         "The charge rate fell from 13% to 10%. The force attributed part of the fall to a rise in "
         "evidence-led cases awaiting advice from the Crown Prosecution Service but could not show an "
         "analysis of the cause.", "Not assured"),
    ]
    arising = ["The Detective Chief Superintendent to report the number of breaches of domestic abuse "
               "protection orders that led to an arrest, by 31 July 2026.",
               "The force to provide an analysis of the fall in the domestic abuse charge rate to the next "
               "conference."]
    tracker = [
        ("PAC 26/03", "26/02/2026", "2026-02-26", "Publish the force's rural crime plan on its website.",
         "ACC", "Published on 10 April 2026.", "Completed"),
        ("PAC 26/05", "26/03/2026", "2026-03-26", "Report on the take-up of the Right Care, Right Person "
         "approach by the mental health trust.", "Supt Ops", "Awaiting the trust's data; carried forward "
         "to July.", "Carried forward"),
        ("PAC 26/06", "30/04/2026", "2026-04-30", "Provide the number of fire safety visits to homes "
         "referred by the police.", "CFO", "Figures circulated on 19 May 2026.", "Completed"),
    ]
    look = register_dejavu_serif()
    blocks: list = [
        P("**Police, Fire and Crime Commissioner for Cumbria**"),
        H("Public Accountability Conference"),
        P("Thursday 25 June 2026 at 10:00, Conference Room, Carleton Hall, Penrith"),
        H("Agenda", 2),
        T(rows=(("Item", "Business", "Presenting officer"),) + tuple(items), widths=(10, 70, 40), header_rows=1),
        P("The conference is the Commissioner's principal public forum for holding the Chief Constable and "
          "the Chief Fire Officer to account. Minutes are published within twenty working days."),
        Break(),
        H("Public Accountability Conference – Minutes of the meeting held on 28 May 2026", 2),
        P("Present: the Police, Fire and Crime Commissioner (Chair); the Deputy Chief Constable; the Detective "
          "Chief Superintendent, Crime Command; the Chief Fire Officer; the Chief Executive and the Governance "
          "Manager of the Commissioner's office."),
        H("1. Apologies", 3),
        P("Apologies were received from the Chief Constable."),
        H("2. Minutes and action tracker", 3),
        P("The minutes of the meeting held on 30 April 2026 were agreed. The action tracker is attached to these "
          "minutes."),
        H(f"3. {topic}", 3),
        P("The Commissioner had submitted four questions in advance. The Detective Chief Superintendent "
          "responded to each in turn."),
    ]
    for n, (q, answer, _) in enumerate(questions, 1):
        blocks += [P(f"**Question {n} – {q}**"), P(answer)]
    blocks += [
        P("**Summary of assurance.** The Commissioner was assured in respect of questions 1 and 3, partly "
          "assured in respect of question 2 and not assured in respect of question 4."),
        P("**Actions arising**"),
        Num(tuple(arising)),
        H("4. Any other business", 3),
        P("There was no other business. The meeting closed at 11:50."),
        Break(),
        H("Action tracker – actions from previous conferences", 2),
        T(rows=(("Ref", "Date", "Action", "Lead", "Update", "Status"),) + tuple(
            (ref, raised, text, lead, update, status) for ref, raised, _, text, lead, update, status in tracker),
          widths=(18, 22, 40, 12, 34, 24), header_rows=1),
        P("Actions arising from the 28 May conference will be added to the tracker once the minutes are "
          "approved."),
    ]
    data = render_pdf(blocks, look, title="Public Accountability Conference", author="OPFCC Cumbria")
    records = {
        "documents": [document("pdf", "Public Accountability Conference", force, org, date)],
        "meetings": [meeting(1, date, None, org, "Public Accountability Conference"),
                     meeting(2, notes_date, topic, org,
                             "Public Accountability Conference – Minutes of the meeting held on 28 May 2026")],
        "agenda_items": agenda(1, date, items),
        "assurance_decisions": [decision(notes_date, topic, str(n), q, answer, level, None)
                                for n, (q, answer, level) in enumerate(questions, 1)],
        "actions": [action(notes_date, topic, str(n), text, None, "unknown", "none", "action_list")
                    for n, text in enumerate(arising, 1)]
                   + [action(iso, None, ref, text, update, "complete" if status == "Completed" else "outstanding",
                             "status_column", "action_tracker")
                      for ref, _, iso, text, _, update, status in tracker],
    }
    return data, records


# --- F. South Wales: one scrutiny log of questions, levels and actions (new) --

def south_wales() -> tuple[bytes, dict]:
    org, force = "Police and Crime Commissioner for South Wales", "South Wales Police"
    date, notes_date = "2026-06-30", "2026-05-26"
    items = [
        ("1", "Welcome, apologies and declarations of interest", "Commissioner"),
        ("2", "Notes of the meeting held on 26 May 2026 and scrutiny log", "Chief Executive"),
        ("3", "Scrutiny theme: Anti-social behaviour", "Chief Superintendent, Neighbourhoods"),
        ("4", "Quarterly finance and workforce report", "Director of Finance"),
        ("5", "Any other business", "Commissioner"),
    ]
    # ref, meeting (printed, ISO), theme, question, response, assurance printed, level, action, status
    log = [
        ("SL-26-07", "28/04/2026", "2026-04-28", "Neighbourhood policing",
         "How many neighbourhood officers have been moved into response roles in the last year?",
         "Thirty-one neighbourhood officers moved to response on a temporary basis; 22 have since returned.",
         "Partially assured", "Partly assured",
         "Report the number of officers still on temporary moves each quarter.", "Complete"),
        ("SL-26-08", "28/04/2026", "2026-04-28", "Neighbourhood policing",
         "How are ward priorities set with residents and reported back to them?",
         "Priorities are agreed at quarterly ward meetings and published online with a 'you said, we did' update.",
         "Assured", "Assured", "None", "–"),
        ("SL-26-09", "26/05/2026", notes_date, "Domestic abuse",
         "What proportion of domestic abuse arrests lead to a charge, and how does this compare with similar "
         "forces?",
         "The charge rate after arrest was 21%, in line with the most similar group of forces.",
         "Assured", "Assured", "None", "–"),
        ("SL-26-10", "26/05/2026", notes_date, "Domestic abuse",
         "How are repeat victims identified when they report to a different team?",
         "A repeat victim flag is applied by the crime recording system, but cases reported online are not yet "
         "flagged.",
         "Not assured", "Not assured",
         "Set out when online reports will be checked for repeat victims.", "Open"),
        ("SL-26-11", "26/05/2026", notes_date, "Domestic abuse",
         "What training have call handlers received on coercive and controlling behaviour?",
         "Eighty per cent of call handlers have completed the course; the rest are booked by September.",
         "Partially assured", "Partly assured",
         "Confirm when all call handlers have completed the training.", "Open"),
    ]
    look = PdfLook(landscape=True, margin=48, cell_size=9.5,
                   footer="South Wales OPCC – Accountability and Scrutiny Board papers")
    blocks: list = [
        P("**Office of the Police and Crime Commissioner for South Wales**"),
        H("Accountability and Scrutiny Board"),
        P("Tuesday 30 June 2026, 14:00 – 16:00, Police Headquarters, Bridgend"),
        H("Agenda", 2),
        T(rows=(("Item", "Title", "Lead"),) + tuple(items), widths=(10, 90, 50), header_rows=1),
        Break(),
        H("Notes of the Accountability and Scrutiny Board held on 26 May 2026", 2),
        P("Present: the Commissioner (Chair), the Deputy Commissioner, the Chief Executive (OPCC), the Deputy "
          "Chief Constable and the Chief Superintendent for Public Protection."),
        P("1. Apologies were received from the Chief Constable. The notes of 28 April 2026 were agreed."),
        H("2. Domestic abuse", 3),
        P("The Chief Superintendent introduced the force's paper on domestic abuse. The Commissioner's "
          "questions, the responses, the Commissioner's assurance and the actions arising are recorded in "
          "the scrutiny log at Appendix A, which also shows the outcome of the previous meeting's "
          "questions."),
        P("3. There was no other business."),
        Break(),
        H("Appendix A – Scrutiny log", 2),
        T(rows=(("Ref", "Meeting", "Theme", "Question", "Summary of response", "Assurance", "Action arising",
                 "Status"),) + tuple(
            (ref, printed_date, theme, q, response, printed, act, status)
            for ref, printed_date, _, theme, q, response, printed, _, act, status in log),
          widths=(14, 16, 22, 44, 44, 18, 36, 14), header_rows=1),
        P("Assurance: the Commissioner's judgement on the response to each question. Status refers to the "
          "action arising; '–' where no action was set."),
        Break(),
        H("Appendix B – Anti-social behaviour: headline figures", 2),
        T(rows=(("Measure", "2024/25", "2025/26", "Change"),
                ("Anti-social behaviour incidents reported", "41,220", "37,905", "-8%"),
                ("Repeat callers (three or more calls in 28 days)", "1,412", "1,366", "-3%"),
                ("Community protection warnings issued", "618", "744", "+20%"),
                ("Closure orders obtained", "27", "35", "+30%")),
          widths=(80, 20, 20, 20), header_rows=1),
        P("The figures will be presented under item 3 with the force's problem-solving plan."),
    ]
    data = render_pdf(blocks, look, title="Accountability and Scrutiny Board", author="OPCC South Wales")
    records = {
        "documents": [document("pdf", "Accountability and Scrutiny Board", force, org, date)],
        "meetings": [meeting(1, date, None, org, "Accountability and Scrutiny Board"),
                     meeting(2, notes_date, "Domestic abuse", org,
                             "Notes of the Accountability and Scrutiny Board held on 26 May 2026")],
        "agenda_items": agenda(1, date, items),
        "assurance_decisions": [decision(iso, theme, ref, q, response, level, None)
                                for ref, _, iso, theme, q, response, _, level, _, _ in log],
        "actions": [action(iso, theme, ref, act, None, "complete" if status == "Complete" else "outstanding",
                           "status_column", "action_tracker")
                    for ref, _, iso, theme, _, _, _, _, act, status in log if act != "None"],
    }
    return data, records


PACKS = {
    "warwickshire-padb-2026-06-09.pdf": warwickshire,
    "bedfordshire-ab-2026-06-16.docx": bedfordshire,
    "merseyside-scrutiny-2026-06-04.pdf": merseyside,
    "york-north-yorkshire-pam-2026-06-18.docx": york_north_yorkshire,
    "cumbria-pac-2026-06-25.pdf": cumbria,
    "south-wales-asb-2026-06-30.pdf": south_wales,
}


def main() -> None:
    for name, build in PACKS.items():
        data, records = build()
        write(name, data, records)


if __name__ == "__main__":
    main()
