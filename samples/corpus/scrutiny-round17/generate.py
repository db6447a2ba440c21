"""Round 17 (issue 4, blind): six whole scrutiny packs of PCC, PFCC and mayoral
offices, with their gold (staged in pending/ until the extractors were fixed; now in gold/).

Regenerate (byte for byte: reportlab invariant mode, Word archives with fixed
times):

    .venv/bin/python samples/corpus/scrutiny-round17/generate.py

Names, figures and wording are fictional. Gold records are written beside the
text that prints them; a PDF record's page is the first page whose pdfplumber
words hold the record's opening six words in order (within a table row's
reach); DOCX records have page null.
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
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))
from render import Break, Bul, H, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written by hand beside the text that prints it (round 17, blind); PDF pages from pdfplumber's "
           "words (first page holding a record's opening six words in order) and checked with "
           "`scrutiny inspect`; DOCX pages null.")
GREEN, AMBER, RED = "#00b050", "#ffc000", "#ff0000"
WHEN = datetime(2026, 6, 1, 9, 0, 0)


# --- gold builders ------------------------------------------------------------

def plain(text: str) -> str:
    """Text as a reader sees it: inline markup dropped."""
    text = re.sub(r"\{#[0-9a-fA-F]{6}\|(.*?)\}", r"\1", text)
    return text.replace("**", "").replace("*", "").replace("~~", "")


def document(file_type: str, pages: int | None, title: str, force: str, organisation: str, meeting_date: str) -> dict:
    return {"page": None, "file_type": file_type, "pages": pages, "doc_kind": "scrutiny_pack", "title": title,
            "force": force, "organisation": organisation, "meeting_date": meeting_date,
            "publication_date": None, "status": "ok"}


def meeting(date: str, topic: str | None, organisation: str, title: str) -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "organisation": organisation, "title": plain(title)}


def agenda(date: str, number: str | None, title: str, presenter: str | None) -> dict:
    return {"page": None, "meeting_date": date, "number": number, "title": plain(title), "presenter": presenter}


def decision(date: str, topic: str | None, number: str | None, question: str, evidence: str, assurance: str | None,
             commentary: str | None) -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "question_number": number,
            "question": plain(question), "evidence_summary": plain(evidence), "assurance": assurance,
            "commentary": plain(commentary) if commentary else None}


def action(date: str | None, topic: str | None, number: str | None, text: str, update: str | None, status: str,
           status_source: str, source: str) -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "number": number, "text": plain(text),
            "update": plain(update) if update else None, "status": status, "status_source": status_source,
            "source": source}


# --- PDF pages ----------------------------------------------------------------

def _words(text: str, keep_case: bool = False) -> list[str]:
    return re.sub(r"[^A-Za-z0-9£%]+", " ", text if keep_case else text.lower()).split()


def _holds(page_words: list[str], wanted: list[str], reach: int = 60) -> bool:
    for start, word in enumerate(page_words):
        if word != wanted[0]:
            continue
        at, found = start, 1
        for target in wanted[1:]:
            try:
                at = page_words.index(target, at + 1, start + reach)
            except ValueError:
                break
            found += 1
        if found == len(wanted):
            return True
    return False


def set_pdf_pages(data: bytes, records: dict) -> None:
    """Each record's page: the first page holding its opening six words."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        texts = [" ".join(w["text"] for w in page.extract_words()) for page in pdf.pages]
        records["documents"][0]["pages"] = len(texts)
    keys = {"meetings": "title", "agenda_items": "title", "assurance_decisions": "question", "actions": "text"}
    for kind, key in keys.items():
        # a meeting's heading is matched word for word and in its own case: the agenda
        # names the notes in other case ("Draft Notes – ..." under "DRAFT NOTES – ...")
        exact = kind == "meetings"
        pages = [_words(text, keep_case=exact) for text in texts]
        for record in records.get(kind, []):
            wanted = _words(record[key], keep_case=exact)[:6]
            record["page"] = next((n for n, words in enumerate(pages, 1)
                                   if _holds(words, wanted, reach=len(wanted) if exact else 60)), None)
            if record["page"] is None:
                raise SystemExit(f"not found in the PDF: {kind} {record[key]!r}")
    for record in records.get("agenda_items", []):
        record["page"] = 1  # the front sheet's agenda


def write(name: str, data: bytes, records: dict) -> None:
    (HERE / name).write_bytes(data)
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    counts = {kind: len(rows) for kind, rows in records.items()}
    print(f"{name}: {len(data)} bytes; {counts}")


def square(colour: str) -> str:
    return "{" + colour + "|■}"


# --- 1. Cumbria: the reference family (common) ------------------------------

def cumbria() -> tuple[bytes, dict]:
    org = "Police, Fire and Crime Commissioner for Cumbria"
    date, notes_date = "2026-06-16", "2026-04-14"
    topic = "Rural Crime"
    notes_title = "DRAFT NOTES – PUBLIC ACCOUNTABILITY CONFERENCE (RURAL CRIME) – 14 APRIL 2026"
    items = [
        ("1.", "Apologies for Absence", "PFCC"),
        ("2.", "Draft Notes – Public Accountability Conference (Rural Crime) – 14 April 2026", "PFCC"),
        ("3.", "Action Tracker 2026/27 – An Update", "PFCC"),
        ("4.", "Contact Management and 101 Performance", "Cumbria Constabulary"),
        ("5.", "Any Other Business", "PFCC"),
        ("6.", "Date of the next meeting: Tuesday 18 August 2026", "PFCC"),
    ]
    q1 = "1. What difference has the Rural Crime Team made to the number of thefts of farm machinery, quad bikes and livestock since it was expanded in 2025?"
    e1 = (
        "The Rural Crime Team was expanded from six to eleven officers in May 2025, with a sergeant based in each of the three territorial areas.",
        "Thefts of farm machinery and quad bikes fell from 142 in 2024/25 to 109 in 2025/26, a reduction of 23%.",
        "Livestock thefts remain broadly level at 31 offences, and the Force recognises that many are not reported.",
        "In terms of prevention, the team has:",
    )
    e1b = (
        "marked over 900 items of equipment through the property marking scheme;",
        "held 24 farm watch surgeries at auction marts; and",
        "trained 40 response officers in rural crime scene handling.",
    )
    e1c = ("The charge rate for rural theft has risen from 6% to 9%, which remains below the Force average for theft.",)
    c1 = "The PFCC welcomed the fall in machinery thefts but noted that the charge rate remains low and that livestock theft is under-reported. The PFCC will keep this under review."
    q2 = "2. How does the Force work with partners, including the National Farmers' Union and the National Park authorities, to share intelligence on rural crime?"
    e2 = (
        "The Force chairs a quarterly Rural Crime Partnership with the National Farmers' Union, both National Park authorities, the Environment Agency and the two local authorities.",
        "A shared intelligence form was introduced in September 2025 and 318 submissions were received in the first six months.",
        "Intelligence is reviewed daily by the Rural Crime Team sergeant and fed into the weekly tasking meeting.",
        "Partners reported that they now receive feedback on the intelligence they submit.",
    )
    c2 = "The PFCC was pleased with the strength of the partnership and the use made of partners' intelligence."
    q3 = "3. What is the Force doing to tackle wildlife crime, in particular the persecution of birds of prey, and how is success measured?"
    e3 = (
        "The Force has two trained wildlife crime officers, one of whom is also a member of the Rural Crime Team.",
        "Five incidents of raptor persecution were reported in 2025, none of which led to a charge.",
        "The Force does not yet have measures of success for wildlife crime and relies on the national priority reporting.",
        "A wildlife crime problem profile was commissioned in January 2026 and is not expected until the autumn.",
    )
    c3 = "The PFCC was concerned that no measures of success are in place and that the problem profile will not be available until the autumn. The PFCC asked for the matter to return to a future conference."
    rows = [
        ("**Question**", "**Brief Summary of Evidence**", "**Decision of PFCC**"),
        (f"**{q1}**", (Bul(e1), Bul(e1b, level=1), Bul(e1c)), ("**Partly Assured**", f"*{c1}*")),
        (f"**{q2}**", (Bul(e2),), ("**Assured**", f"*{c2}*")),
        (f"**{q3}**", (Bul(e3),), ("**Not Assured**", f"*{c3}*")),
    ]
    listed = [
        "That the Force provides the PFCC with the number of livestock thefts reported through the partnership form, compared with those reported by telephone.",
        "That the topic of wildlife crime is brought back to a Public Accountability Conference once the problem profile is complete.",
    ]
    tracker = [
        ("Serious Violence Duty", "That the Force shares the refreshed strategic needs assessment with the OPFCC.",
         "The needs assessment was shared with the OPFCC on 3 March 2026.", GREEN),
        (None, "That a summary of the violence reduction funding for 2026/27 be presented to the PFCC.",
         "The funding allocations will be confirmed once the Home Office grant letter is received.", RED),
        ("Road Safety", "That the Force reports the number of drivers referred to the Community Speed Watch education course.",
         "Figures were included in the road safety report circulated on 20 May 2026.", GREEN),
        ("Public Contact", "That the PFCC receives the results of the 101 caller satisfaction survey.",
         "The survey closes at the end of June and results will be reported in July 2026.", RED),
        (None, "That the Force confirms when the online reporting portal will be extended to report a road traffic collision.",
         "The extension went live on 11 May 2026.", GREEN),
    ]
    blocks = [
        P("**Police, Fire and Crime Commissioner for Cumbria**\nCarleton Hall\nPenrith\nCumbria\nCA10 2AU", size=10),
        P("Email: commissioner@cumbria-pfcc.example.gov.uk    Telephone: 01768 210000", size=9),
        H("Public Accountability Conference", 1),
        P("**Date: Tuesday 16 June 2026**"),
        P("**Time: 10:00am – 12:00pm**"),
        P("**Venue: Conference Room 2, Carleton Hall / Microsoft Teams**"),
        H("Agenda", 2),
        T(rows=(("**Item**", "", "**Presented By**"),) + tuple((n, t, p) for n, t, p in items),
          widths=(8, 62, 30), bordered=False),
        P("Members of the public may submit questions for the Conference to the Office of the Police, Fire and Crime Commissioner (OPFCC) by 12 noon on the Friday before the meeting."),
        Break(),
        H(notes_title, 3),
        P("Present: Police, Fire and Crime Commissioner (Chair); Chief Executive, OPFCC; Deputy Chief Constable; Superintendent, Rural and Partnerships; Policy Officer, OPFCC (notes)."),
        T(rows=tuple(rows), widths=(30, 47, 23), header_rows=1),
        P("**Actions**"),
        T(rows=tuple((str(i), t) for i, t in enumerate(listed, 1)), widths=(5, 95), bordered=False),
        Break(),
        H("ACTION TRACKER 2026/27", 3),
        P(f"{square(GREEN)} = Action Complete        {square(RED)} = Action Outstanding"),
        T(rows=(("Topic", "Action", "Update", ""),) + tuple(
            (f"**{t}**" if t else None, a, u, square(c)) for t, a, u, c in tracker),
          widths=(18, 38, 38, 6), header_rows=1, spans=((1, 0, 2, 1), (4, 0, 2, 1))),
        Break(),
        P("**Report Title:** Contact Management and 101 Performance"),
        P("**Meeting Date:** 16 June 2026"),
        P("**Report of:** Cumbria Constabulary"),
        H("Rationale", 3),
        P("The Police and Crime Plan commits the PFCC to improving the public's experience of contacting the police. In the year to March 2026 the average time to answer a 101 call rose, and the OPFCC received 64 complaints about call waiting times. The Conference will examine the Force's plan to recover performance."),
        H("Questions to the Chief Constable", 3),
        P("1. What is the current average time to answer 101 calls, and what is the Force's target?"),
        P("2. How many callers abandon their call before it is answered, and how does the Force follow these up?"),
        P("3. When will the new contact centre rota be in place, and what improvement is expected?"),
        H("OPFCC background", 3),
        T(rows=(("Measure", "2024/25", "2025/26", "Rating"),
                ("999 calls answered within 10 seconds", "91%", "89%", "Amber"),
                ("Average time to answer 101 (minutes)", "3.1", "4.6", "Red"),
                ("101 calls abandoned", "14%", "19%", "Red"),
                ("Online reports received", "18,204", "22,951", "Green")),
          widths=(46, 18, 18, 18), header_rows=1,
          fills={(1, 3): AMBER, (2, 3): RED, (3, 3): RED, (4, 3): GREEN}),
        P("The ratings are the Force's own performance ratings against its targets; they are not a level of assurance."),
    ]
    data = render_pdf(blocks, PdfLook(), "Public Accountability Conference 16 June 2026", "OPFCC Cumbria")
    records = {
        "documents": [document("pdf", None, "Public Accountability Conference", "Cumbria Constabulary", org, date)],
        "meetings": [meeting(date, None, org, "Public Accountability Conference"),
                     meeting(notes_date, topic, org, notes_title)],
        "agenda_items": [agenda(date, n.rstrip("."), t, p) for n, t, p in items],
        "assurance_decisions": [
            decision(notes_date, topic, "1", q1[3:], "\n".join(e1 + e1b + e1c), "Partly assured", c1),
            decision(notes_date, topic, "2", q2[3:], "\n".join(e2), "Assured", c2),
            decision(notes_date, topic, "3", q3[3:], "\n".join(e3), "Not assured", c3),
        ],
        "actions": [action(notes_date, topic, str(i), t, None, "unknown", "none", "action_list")
                    for i, t in enumerate(listed, 1)] + [
            action(None, t or ("Serious Violence Duty" if i == 1 else "Public Contact"), None, a, u,
                   "complete" if c == GREEN else "outstanding", "glyph_colour", "action_tracker")
            for i, (t, a, u, c) in enumerate(tracker)],
    }
    set_pdf_pages(data, records)
    return data, records


# --- 2. West Midlands: Word minutes with "Level of assurance:" lines (common) ---

def west_midlands() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for West Midlands"
    date, notes_date = "2026-06-09", "2026-04-14"
    minutes_title = "Minutes of the Strategic Policing and Crime Board held on Tuesday 14 April 2026"
    items = [
        ("1", "Welcome and apologies", "Chair"),
        ("2", "Minutes of the meeting held on 14 April 2026 and action log", "Chair"),
        ("3", "Neighbourhood policing and the Neighbourhood Policing Guarantee", "ACC Local Policing"),
        ("4", "Police and Crime Plan performance report – quarter 4 2025/26", "Head of Performance"),
        ("5", "Any other business", "Chair"),
    ]
    knife, custody = "Knife crime", "Custody"
    q1 = "What has been the effect of the knife crime surge weeks on the number of knife-enabled robberies in Birmingham and Wolverhampton?"
    a1 = ("2.2 The Chief Superintendent said that knife-enabled robbery had fallen by 14% in the two cities in the year to March 2026. "
          "Each surge week combined weapon sweeps, test purchases of knives from retailers and additional stop and search in the hotspot areas.")
    a1b = "2.3 Arrests for possession of a bladed article rose by 9%, and 71% of the knives recovered were kitchen knives."
    l1, c1 = "Substantial", "The Commissioner welcomed the reduction and the clear evidence of what the surge weeks had achieved."
    q2 = "How does the Force know that the young people referred to the violence reduction navigators are not re-offending?"
    a2 = ("2.5 The Force explained that 212 young people had been referred to the navigators since September 2025. "
          "Re-offending is only tracked for those who accept support, and data from the youth justice services is shared six months after referral.")
    l2, c2 = "Limited", "The Commissioner was concerned that the Force could not show outcomes for those who decline support and asked for the data-sharing gap to be closed."
    act1 = "The Force to agree with the youth justice services how re-offending data for all referred young people will be shared. (SPCB/26/11)"
    q3 = "How many detainees waited more than two hours to be booked into custody in the last quarter, and what is being done about it?"
    a3 = ("3.2 The Head of Custody reported that 418 detainees waited more than two hours in the quarter, most of them at the Perry Barr suite on Friday and Saturday nights. "
          "A second booking-in desk will open at Perry Barr in July 2026.")
    l3, c3 = "Reasonable", "The Commissioner noted the plan and looked forward to seeing its effect at the next Board."
    q4 = "What assurance can the Force give that healthcare professionals are available in every custody suite at all times?"
    a4 = ("3.4 The Force confirmed that the healthcare contract has had vacancies since January 2026 and that on 37 shifts in the quarter a suite had no healthcare professional on site. "
          "Detainees were taken to hospital or seen remotely on those shifts.")
    l4, c4 = "No assurance", "The Commissioner said that gaps of this scale are not acceptable and asked the Force to escalate the matter with the provider."
    act2 = "The Force to provide a report on the healthcare contract, including the provider's recovery plan, to the next Board. (SPCB/26/12)"
    log = [
        ("SPCB/25/38", "09/12/2025", "Share the stop and search scrutiny panel's annual report with the Board.", "Head of Legitimacy", "Shared with members on 6 January 2026.", "Closed", None),
        ("SPCB/26/05", "10/02/2026", "Provide the number of neighbourhood officers abstracted to response duties each month.", "ACC Local Policing", "Figures provided for October to March; included in item 3 of this meeting.", "Complete", None),
        ("SPCB/26/07", "10/02/2026", "Report on the roll-out of the new domestic abuse risk assessment tool.", "Head of Public Protection", "Roll-out delayed to September 2026; report to come to the October Board.", "Carried forward", None),
        ("SPCB/26/11", "14/04/2026", act1.rsplit(" (", 1)[0], "ACC Crime", "A meeting with the youth justice services is arranged for 17 June 2026.", "Open", knife),
        ("SPCB/26/12", "14/04/2026", act2.rsplit(" (", 1)[0], "Head of Custody", "The report is item 3a on the agenda for this meeting.", "Complete", custody),
    ]
    blocks = [
        P("**Office of the West Midlands Police and Crime Commissioner**", size=10),
        P("Lloyd House, Colmore Circus Queensway, Birmingham B4 6NQ", size=9),
        H("Strategic Policing and Crime Board", 1),
        P("**Tuesday 9 June 2026, 10:00 – 12:30**"),
        P("Committee Room 1, Lloyd House, and online"),
        H("Agenda", 2),
        T(rows=(("Item", "Title", "Lead"),) + tuple(items), widths=(10, 65, 25), header_rows=1),
        H("About the Board", 3),
        P("The Strategic Policing and Crime Board is the main public forum through which the Police and Crime Commissioner holds the Chief Constable to account. "
          "The Commissioner sets questions in advance and records, for each one, a level of assurance: Substantial, Reasonable, Limited or No assurance."),
        P("The Joint Audit Committee met on 20 May 2026 and noted that internal audit had given reasonable assurance on the Force's management of seized property. That opinion is the auditors', not a decision of this Board."),
        Break(),
        H(minutes_title, 2),
        P("**Present:** Police and Crime Commissioner (Chair); Deputy Police and Crime Commissioner; Chief Constable; Deputy Chief Constable; ACC Crime; Chief Executive, OPCC."),
        P("**Apologies:** ACC Local Policing."),
        H("1. Welcome and apologies", 3),
        P("1.1 The Chair welcomed those present. Apologies were noted."),
        H(f"2. {knife}", 3),
        P("2.1 The Chief Superintendent for Birmingham presented the report on knife crime."),
        P(f"**Question 1: {q1}**"),
        P(a1),
        P(a1b),
        P(f"**Level of assurance: {l1}**"),
        P(c1),
        P(f"**Question 2: {q2}**"),
        P(a2),
        P(f"**Level of assurance: {l2}**"),
        P(c2),
        P(f"**ACTION:** {act1}"),
        H(f"3. {custody}", 3),
        P("3.1 The Head of Custody presented the quarterly custody report."),
        P(f"**Question 3: {q3}**"),
        P(a3),
        P(f"**Level of assurance: {l3}**"),
        P(c3),
        P(f"**Question 4: {q4}**"),
        P(a4),
        P(f"**Level of assurance: {l4}**"),
        P(c4),
        P(f"**ACTION:** {act2}"),
        H("4. Any other business", 3),
        P("4.1 There was no other business. The next meeting will be held on 9 June 2026."),
        Break(),
        H("Action log", 2),
        T(rows=(("Ref", "Date raised", "Action", "Owner", "Update", "Status"),) + tuple(r[:6] for r in log),
          widths=(12, 12, 28, 14, 24, 10), header_rows=1),
    ]
    data = render_docx(blocks, title="Strategic Policing and Crime Board 9 June 2026", author="OPCC West Midlands",
                       when=WHEN)
    status = {"Closed": "complete", "Complete": "complete", "Carried forward": "outstanding", "Open": "outstanding"}
    records = {
        "documents": [document("docx", None, "Strategic Policing and Crime Board", "West Midlands Police", org, date)],
        "meetings": [meeting(date, None, org, "Strategic Policing and Crime Board"),
                     meeting(notes_date, None, org, minutes_title)],
        "agenda_items": [agenda(date, n, t, p) for n, t, p in items],
        "assurance_decisions": [
            decision(notes_date, knife, "1", q1, a1[4:] + "\n" + a1b[4:], "Assured", c1),
            decision(notes_date, knife, "2", q2, a2[4:], "Partly assured", c2),
            decision(notes_date, custody, "3", q3, a3[4:], "Assured", c3),
            decision(notes_date, custody, "4", q4, a4[4:], "Not assured", c4),
        ],
        "actions": [action(f"{d[6:]}-{d[3:5]}-{d[:2]}", t, ref, a, u, status[s], "status_column", "action_tracker")
                    for ref, d, a, _, u, s, t in log],
    }
    return data, records


# --- 3. Devon and Cornwall: a decision table under an item heading (common) ----

def devon_cornwall() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"
    date, notes_date = "2026-06-23", "2026-04-21"
    notes_title = "Performance and Accountability Board – notes of the meeting held on 21 April 2026"
    topic = "Road safety"
    items = [
        ("1", "Welcome, introductions and apologies", "Chair", "–"),
        ("2", "Notes of the meeting held on 21 April 2026 and action log", "Head of Governance", "Paper A"),
        ("3", "Rural and coastal communities: neighbourhood policing", "ACC Local Policing", "Paper B"),
        ("4", "Police and Crime Plan scorecard – year end 2025/26", "Head of Performance", "Paper C"),
        ("5", "Any other business", "Chair", "–"),
    ]
    questions = [
        ("1", "How has the number of people killed or seriously injured on the roads of Devon, Cornwall and the Isles of Scilly changed over the last three years, and which road users are most affected?",
         ("Killed or seriously injured casualties fell from 814 in 2023 to 772 in 2025.",
          "Motorcyclists make up 24% of those casualties but less than 2% of traffic.",
          "Young drivers aged 17 to 24 are involved in one in five fatal collisions."),
         "Assured", "The PCC welcomed the clear analysis and the fall in casualties."),
        ("2", "What enforcement has the Force carried out against the fatal four offences since the Vision Zero South West strategy was adopted?",
         ("Enforcement of speeding offences rose by 11%, largely through mobile safety cameras.",
          "Drink and drug driving arrests rose by 6%, but roadside drug test kits ran out for three weeks in February 2026.",
          "Seat belt and mobile phone offences are not recorded separately by district."),
         "Partially Assured", "The PCC asked for the supply of drug test kits to be secured and for district figures to be produced."),
        ("3", "How does the Force support the families of people killed on the roads, and how is their experience of that support measured?",
         ("Every bereaved family is offered a trained family liaison officer.",
          "The Force has not surveyed families about the support they receive, and no complaints data is held separately for these cases."),
         "Not Assured", "The PCC was not assured that families' experience is understood and asked the Force to agree a feedback approach with the charity Brake."),
    ]
    minuted = [
        ("PAB/26/14", "The Force to confirm how the supply of roadside drug test kits will be secured for 2026/27."),
        ("PAB/26/15", "The Force to agree with the PCC's office an approach to gathering feedback from bereaved families."),
    ]
    log = [
        ("PAB/25/41", "16/12/2025", "Share the evaluation of the rural crime volunteer scheme.", "Head of Neighbourhoods", "Evaluation shared on 30 January 2026.", "Complete", None),
        ("PAB/26/03", "17/02/2026", "Provide the number of missing person episodes involving children in care, by local authority.", "Head of Public Protection", "Data requested from the four local authorities; two have replied.", "In progress", None),
        ("PAB/26/06", "17/02/2026", "Report on the use of body-worn video at stop and search encounters.", "Head of Legitimacy", "", "Overdue", None),
        (minuted[0][0], "21/04/2026", minuted[0][1], "Head of Roads Policing", "A new supplier contract was signed on 2 June 2026.", "Complete", topic),
        (minuted[1][0], "21/04/2026", minuted[1][1], "Head of Roads Policing", "Meeting with Brake arranged for 1 July 2026.", "In progress", topic),
    ]
    look = PdfLook(font="Times-Roman", bold_font="Times-Bold", italic_font="Times-Italic", body_size=11.5,
                   cell_size=10, footer="Performance and Accountability Board – 23 June 2026 – OFFICIAL")
    blocks = [
        P("**Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly**", size=11),
        H("Performance and Accountability Board", 1),
        P("Tuesday 23 June 2026 at 10:00, Alderson Drive, Exeter, and by video link"),
        T(rows=(("No.", "Item", "Lead", "Paper"),) + tuple(items), widths=(7, 58, 22, 13), header_rows=1),
        H("Purpose of the Board", 3),
        P("The Performance and Accountability Board is where the Police and Crime Commissioner holds the Chief Constable to account for the delivery of the Police and Crime Plan. "
          "For each question put to the Force the PCC records whether she is assured, partially assured or not assured. "
          "The Board's terms of reference were reviewed by the Joint Audit Committee in March 2026, which took assurance from the review that the Board meets the requirements of the Policing Protocol."),
        Break(),
        H(notes_title, 2),
        P("**Present:** Police and Crime Commissioner (Chair); Chief Constable; Deputy Chief Constable; ACC Operations; Head of Roads Policing; Chief Executive, OPCC; Head of Governance, OPCC."),
        P("**1. Welcome, introductions and apologies** – The Chair welcomed those present. There were no apologies."),
        H(f"Item 3 – {topic}", 3),
        P("The Head of Roads Policing introduced the report, which had been circulated in advance."),
        T(rows=(("No.", "Question", "Force response", "Assurance level", "PCC comments"),) + tuple(
            (n, q, Bul(e), f"**{lvl}**", c) for n, q, e, lvl, c in questions),
          widths=(6, 28, 32, 14, 20), header_rows=1),
        P(f"**ACTION {minuted[0][0]}:** {minuted[0][1]}"),
        P(f"**ACTION {minuted[1][0]}:** {minuted[1][1]}"),
        P("**4. Any other business** – None."),
        H("Questions for this meeting: Item 3 – Rural and coastal communities", 3),
        P("1. How many neighbourhood officers are based on the Isles of Scilly and in the coastal towns in the summer months?"),
        P("2. How does the Force know whether rural residents feel safe, and what has changed since the last survey?"),
        Break(),
        H("Appendix 1 – Action log", 2),
        T(rows=(("Ref", "Meeting date", "Action", "Owner", "Update", "Status"),) + tuple(r[:6] for r in log),
          widths=(13, 14, 25, 17, 20, 11), header_rows=1),
        H("Appendix 2 – Police and Crime Plan scorecard (extract)", 3),
        T(rows=(("Measure", "Target", "2025/26", "RAG"),
                ("Emergency calls attended within 15 minutes (urban)", "80%", "77%", "Amber"),
                ("Victim satisfaction (overall)", "75%", "69%", "Red"),
                ("Neighbourhood crime per 1,000 population", "12.0 or fewer", "11.4", "Green")),
          widths=(50, 15, 15, 20), header_rows=1, fills={(1, 3): AMBER, (2, 3): RED, (3, 3): GREEN}),
    ]
    data = render_pdf(blocks, look, "Performance and Accountability Board 23 June 2026", "OPCC Devon and Cornwall")
    status = {"Complete": "complete", "In progress": "outstanding", "Overdue": "outstanding"}
    records = {
        "documents": [document("pdf", None, "Performance and Accountability Board", "Devon and Cornwall Police", org, date)],
        "meetings": [meeting(date, None, org, "Performance and Accountability Board"),
                     meeting(notes_date, topic, org, notes_title)],
        "agenda_items": [agenda(date, n, t, p) for n, t, p, _ in items],
        "assurance_decisions": [
            decision(notes_date, topic, n, q, "\n".join(e),
                     {"Assured": "Assured", "Partially Assured": "Partly assured", "Not Assured": "Not assured"}[lvl], c)
            for n, q, e, lvl, c in questions],
        "actions": [action(f"{d[6:]}-{d[3:5]}-{d[:2]}", t, ref, a, u or None, status[s], "status_column",
                           "action_tracker") for ref, d, a, _, u, s, t in log],
    }
    set_pdf_pages(data, records)
    return data, records


# --- 4. York and North Yorkshire: one summary sentence decides several questions;
#        a tracker whose only status is a "Date completed" column (new) ----------

def york_north_yorkshire() -> tuple[bytes, dict]:
    org = "Deputy Mayor for Policing, Fire and Crime"
    date, notes_date = "2026-06-25", "2026-04-23"
    notes_title = "Notes of the Online Public Meeting held on Thursday 23 April 2026"
    topic = "Emergency response times"
    items = [
        ("1", "13:30", "Welcome and introductions", "Deputy Mayor"),
        ("2", "13:35", "Notes and actions from the meeting on 23 April 2026", "Head of Accountability"),
        ("3", "13:45", "Performance update", "Assistant Chief Constable"),
        ("4", "14:15", "Focus: Anti-social behaviour in town centres", "Chief Superintendent, Local Policing"),
        ("5", "15:00", "Questions from the public", "Chief Constable"),
    ]
    questions = [
        ("How quickly does the Force attend emergency calls in rural areas compared with York and Scarborough, and what is the target?",
         "The Force aims to attend emergency calls within 20 minutes in rural areas and 15 minutes in urban areas. In the year to March 2026 it met the rural target on 84% of calls and the urban target on 88%. The slowest attendance is in the upper Dales and on the North York Moors, where the nearest patrol can be 30 miles away."),
        ("What is the Force doing to reduce the time taken to attend priority calls, which has risen over the last year?",
         "Priority calls are attended within an hour on 61% of occasions, down from 70% a year earlier. The Force said that the rise is due to a shortage of response officers in the Harrogate and Craven areas, where 22 posts are vacant. A recruitment campaign for those areas opens in May 2026, but new officers will not be deployable until 2027."),
        ("How does the Force make sure that callers who are waiting for an officer are kept informed and that their risk is reviewed?",
         "Control room supervisors review every open emergency and priority incident each hour. Callers waiting more than the target time receive a call back, and the Force's audit of 200 incidents in March 2026 found that 93% of callers had been contacted."),
    ]
    summary = "The Deputy Mayor was assured on questions 1 and 3 and partially assured on question 2."
    comment2 = ("On question 2, the Deputy Mayor recognised the steps being taken but was concerned that the vacancies will not be filled until 2027, "
                "and asked the Force to set out what it will do in the meantime.")
    actions_agreed = [
        ("OPM/26/08", "The Force to set out the interim measures for priority call attendance in Harrogate and Craven until the new officers are deployable."),
        ("OPM/26/09", "The Force to publish its attendance times by district on the Deputy Mayor's website each quarter."),
    ]
    tracker = [
        ("OPM/26/04", "26/02/2026", "Provide the number of rural burglaries linked to organised crime groups.", "Head of Intelligence", "Figures provided to the Deputy Mayor's office.", "20/03/2026", None),
        ("OPM/26/05", "26/02/2026", "Report on the use of the Community Remedy for anti-social behaviour.", "Chief Superintendent, Local Policing", "Carried over: the report will come to the June meeting under item 4.", "", None),
        (actions_agreed[0][0], "23/04/2026", actions_agreed[0][1], "ACC Operations", "Interim plan shared; two response officers moved to Harrogate from May 2026.", "02/06/2026", topic),
        (actions_agreed[1][0], "23/04/2026", actions_agreed[1][1], "Head of Performance", "First quarterly publication planned for July 2026.", "", topic),
    ]
    blocks = [
        P("**York and North Yorkshire Combined Authority**", size=10),
        P("**Deputy Mayor for Policing, Fire and Crime**", size=10),
        H("Online Public Meeting", 1),
        P("**Thursday 25 June 2026, 13:30 – 15:30**, broadcast live online"),
        P("The Deputy Mayor for Policing, Fire and Crime holds the Chief Constable of North Yorkshire Police to account on behalf of the public. "
          "Questions for the meeting can be submitted through the online form on the Deputy Mayor's website."),
        H("Agenda", 2),
        T(rows=(("No", "Time", "Item", "Lead"),) + tuple(items), widths=(6, 10, 54, 30), header_rows=1),
        Break(),
        H(notes_title, 2),
        P(f"**Meeting focus:** {topic}"),
        P("**Present:** Deputy Mayor for Policing, Fire and Crime (Chair); Chief Constable; Assistant Chief Constable, Operations; Head of the Force Control Room; Head of Accountability (notes)."),
        P("**Performance update:** the Assistant Chief Constable presented the monthly performance figures. The Deputy Mayor noted the update; no level of assurance is recorded for the performance update."),
        H(topic, 3),
        P("The Head of the Force Control Room presented a report on attendance times. The Deputy Mayor put three questions to the Force."),
    ]
    for n, (q, a) in enumerate(questions, 1):
        blocks += [P(f"**{n}. {q}**"), P(a)]
    blocks += [
        P("**Summary of assurance**"),
        P(summary),
        P(comment2),
        P("**Actions agreed**"),
    ]
    blocks += [P(f"**Action {ref}:** {text}") for ref, text in actions_agreed]
    blocks += [
        H("Questions from the public", 3),
        P("Eleven questions were received before the meeting. The Chief Constable answered questions about speeding in villages, the closure of front counters and the policing of the county show; the answers are published with the recording of the meeting."),
        Break(),
        H("Action tracker", 2),
        P("Actions stay on the tracker until the Deputy Mayor agrees that they are complete; the date of completion is then entered. Actions with no completion date remain open."),
        T(rows=(("Ref", "Raised", "Action", "Lead", "Update", "Date completed"),) + tuple(r[:6] for r in tracker),
          widths=(12, 11, 29, 15, 22, 11), header_rows=1),
    ]
    data = render_docx(blocks, title="Online Public Meeting 25 June 2026", author="YNYCA Policing, Fire and Crime",
                       when=WHEN)
    levels = {1: ("Assured", None), 2: ("Partly assured", comment2), 3: ("Assured", None)}
    records = {
        "documents": [document("docx", None, "Online Public Meeting", "North Yorkshire Police", org, date)],
        "meetings": [meeting(date, None, org, "Online Public Meeting"), meeting(notes_date, topic, org, notes_title)],
        "agenda_items": [agenda(date, n, t, p) for n, _, t, p in items],
        "assurance_decisions": [decision(notes_date, topic, str(n), q, a, *levels[n])
                                for n, (q, a) in enumerate(questions, 1)],
        "actions": [action(f"{d[6:]}-{d[3:5]}-{d[:2]}", t, ref, a, u, "complete" if done else "outstanding",
                           "status_column", "action_tracker") for ref, d, a, _, u, done, t in tracker],
    }
    return data, records


# --- 5. Cambridgeshire and Peterborough: "delete as appropriate" levels struck
#        through; a tracker with an update column per meeting (new) ---------------

def cambridgeshire() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for Cambridgeshire and Peterborough"
    date, notes_date = "2026-06-30", "2026-04-28"
    notes_title = "Business Coordination Board – Scrutiny record – 28 April 2026"
    topic = "Hate crime"
    items = [
        ("1.", "Apologies and declarations of interest", "Chair"),
        ("2.", "Scrutiny record and action tracker from 28 April 2026", "Governance Manager"),
        ("3.", "Hate crime: victim satisfaction follow-up", "Superintendent, Community Safety"),
        ("4.", "Finance: provisional outturn 2025/26", "Chief Finance Officer"),
        ("5.", "Any other business", "Chair"),
    ]
    options = ("Assured", "Partially assured", "Not assured")
    records_q = [
        ("1", "How many hate crimes were recorded in 2025/26, and how has the proportion resulting in a charge or summons changed?",
         "The Force recorded 1,486 hate crimes in 2025/26, 4% fewer than the year before. The charge or summons rate rose from 8.2% to 10.1%, the highest in the region. Racially or religiously aggravated offences make up two thirds of the total.",
         "Assured", "The PCC welcomed the improvement in outcomes and the clear presentation of the data."),
        ("2", "What does the Force know about the satisfaction of hate crime victims, and what is it doing where victims are dissatisfied?",
         "The Force surveys hate crime victims each quarter; 68% were satisfied with the overall service in the year, against 74% for all victims. Victims most often said they were not kept informed. A new victim update standard was introduced in March 2026, and its effect has not yet been measured.",
         "Partially assured", "The PCC asked for the effect of the new update standard to be reported once two quarters of survey results are available."),
        ("3", "How does the Force work with third-party reporting centres, and how many reports did they pass on?",
         "There are 19 third-party reporting centres in the county. Only 23 reports were received through them in the year, and the Force could not say which centres were active. The partnership coordinator post has been vacant since November 2025.",
         "Not assured", "The PCC was concerned that the network is not being supported and asked for a plan to revive it."),
    ]
    tracker = [
        ("BCB/25/52", "Publish the hate crime problem profile summary on the Force website.",
         "Summary drafted; awaiting sign-off.", "Published on 12 May 2026.", "Complete", None),
        ("BCB/26/04", "Report the number of repeat victims of hate crime and the support offered to them.",
         "Analysis under way.", "Analysis delayed by the move to the new crime recording system; now due in September 2026.", "Carried over", None),
        ("BCB/26/09", "Bring a plan to revive the third-party reporting network to the Board.",
         "", "Coordinator post advertised; plan to follow once appointed.", "Open", None),
        ("BCB/26/10", "Report the effect of the new victim update standard on hate crime victim satisfaction.",
         "", "Two quarters of survey results will be available in October 2026.", "Open", None),
    ]
    look = register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font, body_size=10.5,
                   cell_size=9.5, margin=60, header="OFFICIAL – Business Coordination Board – 30 June 2026")
    blocks = [
        P("**Cambridgeshire and Peterborough Police and Crime Commissioner**", size=11),
        H("Business Coordination Board", 1),
        P("**Date:** Tuesday 30 June 2026    **Time:** 14:00    **Venue:** Police Headquarters, Huntingdon"),
        H("Agenda", 2),
        T(rows=tuple((n, t, p) for n, t, p in items), widths=(7, 63, 30), bordered=False),
        P("The Business Coordination Board is the PCC's formal meeting with the Chief Constable. Scrutiny records are completed by the PCC's office during the meeting and agreed by the PCC afterwards; the level of assurance is marked by deleting the levels that do not apply."),
        Break(),
        H(notes_title, 2),
        P(f"**Theme:** {topic}"),
        P("**Present:** Police and Crime Commissioner; Deputy Police and Crime Commissioner; Chief Constable; Assistant Chief Constable; Superintendent, Community Safety; Governance Manager (record)."),
    ]
    for n, q, e, level, c in records_q:
        shown = " / ".join(o if o == level else f"~~{o}~~" for o in options)
        blocks.append(T(rows=((f"**Question {n}**", q), ("**Summary of response**", e),
                              ("**Level of assurance** (delete as appropriate)", shown), ("**PCC comments**", c)),
                        widths=(28, 72)))
    blocks += [
        Break(),
        H("Action tracker", 2),
        P("Updates are added for each meeting; the latest update is the current position."),
        T(rows=(("Ref", "Action", "Update – April 2026", "Update – June 2026", "Status"),) + tuple(r[:5] for r in tracker),
          widths=(15, 31, 19, 23, 12), header_rows=1),
        H("Item 4: Finance – provisional outturn 2025/26 (summary)", 3),
        T(rows=(("", "Budget £m", "Outturn £m", "Variance £m"),
                ("Police officer pay", "118.4", "117.9", "(0.5)"),
                ("Police staff pay", "61.2", "62.0", "0.8"),
                ("Non-pay", "38.7", "38.1", "(0.6)"),
                ("Total", "218.3", "218.0", "(0.3)")),
          widths=(40, 20, 20, 20), header_rows=1),
        P("The Chief Finance Officer is assured that the provisional outturn is robust; it remains subject to external audit."),
    ]
    data = render_pdf(blocks, look, "Business Coordination Board 30 June 2026", "OPCC Cambridgeshire and Peterborough")
    status = {"Complete": "complete", "Carried over": "outstanding", "Open": "outstanding"}
    records = {
        "documents": [document("pdf", None, "Business Coordination Board", "Cambridgeshire Constabulary", org, date)],
        "meetings": [meeting(date, None, org, "Business Coordination Board"), meeting(notes_date, topic, org, notes_title)],
        "agenda_items": [agenda(date, n.rstrip("."), t, p) for n, t, p in items],
        "assurance_decisions": [
            decision(notes_date, topic, n, q, e, {"Assured": "Assured", "Partially assured": "Partly assured",
                                                 "Not assured": "Not assured"}[level], c)
            for n, q, e, level, c in records_q],
        # no date column and no item above the tracker: meeting date and topic null
        "actions": [action(None, t, ref, a, " ".join(u for u in (u1, u2) if u), status[s],
                           "status_column", "action_tracker") for ref, a, u1, u2, s, t in tracker],
    }
    set_pdf_pages(data, records)
    return data, records


# --- 6. Warwickshire: decisions in the minutes' prose with other verbs
#        ("had received substantial assurance", "had limited assurance", "had taken
#        no assurance"); a tracker with "Complete – awaiting Board sign-off" (new) ----

def warwickshire() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for Warwickshire"
    date, notes_date = "2026-07-07", "2026-05-12"
    notes_title = "Minutes of the Governance and Scrutiny Board held on 12 May 2026"
    vetting, stop = "Vetting and professional standards", "Stop and search"
    items = [
        ("1", "Apologies", "Chair"),
        ("2", "Minutes of the meeting held on 12 May 2026 and matters arising", "Chair"),
        ("3", "Action tracker", "OPCC Governance Officer"),
        ("4", "Violence against women and girls: delivery plan update", "Detective Superintendent, Public Protection"),
        ("5", "Quarterly performance report", "Head of Insight"),
        ("6", "Any other business", "Chair"),
    ]
    q1 = "How long does it take to vet a new police officer recruit, and does any recruit start work before vetting is complete?"
    a1 = "5.3 The Head of Professional Standards said that recruit vetting takes an average of 41 days. No recruit has started work before vetting clearance since the policy was changed in 2024, and the Force audits every intake."
    d1 = "5.4 The PCC confirmed that he had received substantial assurance that recruits are fully vetted before they start work."
    q2 = "How many officers and staff are overdue for vetting renewal, and how is the risk managed while they wait?"
    a2 = "5.6 There are 96 officers and staff overdue for renewal, 31 of them by more than six months. Line managers are told of each case, but the Force could not say whether any of them hold posts with access to sensitive information."
    d2 = "5.7 The PCC stated that he had limited assurance on the management of overdue renewals and asked for the posts concerned to be risk assessed."
    act1 = "The Force to risk assess the posts held by officers and staff overdue for vetting renewal and report the result to the PCC."
    q3 = "Why are Black people stopped and searched at a higher rate than White people in Warwickshire, and what is the Force doing about it?"
    a3 = "6.3 The Head of Legitimacy said that Black people were 3.1 times more likely to be searched in 2025/26. The Force has not yet analysed the reasons, and the external scrutiny panel has asked for the data by district."
    d3 = "6.4 The PCC recorded that he had taken no assurance from the figures presented, because the Force had not analysed the disparity, and asked for the analysis to come to the next Board."
    act2 = "The Force to present its analysis of the disparity in stop and search by ethnicity, by district, to the next Board."
    tracker = [
        ("GSB 25/44", "11/11/2025", "Share the findings of the review of call handling at weekends.", "Findings shared at the January Board.", "Closed", None),
        ("GSB 26/06", "10/03/2026", "Provide the number of domestic abuse protection orders applied for and granted.", "Figures provided to the OPCC on 2 April 2026.", "Complete – awaiting Board sign-off", None),
        ("GSB 26/08", "10/03/2026", "Bring the draft rural crime strategy to the Board.", "Strategy consultation extended; to come to the September Board.", "Carried forward", None),
        ("GSB 26/17", "12/05/2026", act1, "Risk assessment of 96 posts under way; 40 completed.", "Open", vetting),
        ("GSB 26/18", "12/05/2026", act2, "Analysis complete; it is item 4a on the agenda for this Board.", "Closed", stop),
    ]
    look = PdfLook(body_size=10.5, cell_size=9.5, footer="Warwickshire Police and Crime Commissioner – Governance and Scrutiny Board")
    blocks = [
        P("**WARWICKSHIRE POLICE AND CRIME COMMISSIONER**", size=12),
        H("Governance and Scrutiny Board", 1),
        P("**Tuesday 7 July 2026 at 10:00**, Leek Wootton, Warwick"),
        H("Agenda", 2),
        T(rows=(("Item", "Subject", "Lead"),) + tuple(items), widths=(8, 62, 30), header_rows=1),
        H("Terms of reference (extract)", 3),
        P("The Board supports the Commissioner's statutory duty to hold the Chief Constable to account. "
          "The Commissioner states in the minutes, for each question put to the Force, whether he has substantial, reasonable, limited or no assurance. "
          "Items presented for information only, such as the quarterly performance report, do not receive a level of assurance."),
        Break(),
        H(notes_title, 2),
        P("**Present:** Police and Crime Commissioner (Chair); Chief Constable; Deputy Chief Constable; Head of Professional Standards; Head of Legitimacy; Chief Executive, OPCC; Governance Officer, OPCC (minutes)."),
        H("1. Apologies", 3),
        P("1.1 Apologies were received from the Assistant Chief Constable."),
        H("2. Minutes and matters arising", 3),
        P("2.1 The minutes of the meeting held on 10 March 2026 were agreed as a true record."),
        H(f"5. {vetting}", 3),
        P("5.1 The Head of Professional Standards presented the report on vetting."),
        P(f"5.2 **Question 1:** {q1}"),
        P(a1),
        P(d1),
        P(f"5.5 **Question 2:** {q2}"),
        P(a2),
        P(d2),
        P(f"5.8 **Action (GSB 26/17):** {act1}"),
        H(f"6. {stop}", 3),
        P("6.1 The Head of Legitimacy presented the stop and search report for 2025/26."),
        P(f"6.2 **Question 3:** {q3}"),
        P(a3),
        P(d3),
        P(f"6.5 **Action (GSB 26/18):** {act2}"),
        H("7. Any other business", 3),
        P("7.1 None."),
        Break(),
        H("Action tracker", 2),
        T(rows=(("Ref", "Raised", "Action", "Update", "Status"),) + tuple(r[:5] for r in tracker),
          widths=(13, 15, 31, 26, 15), header_rows=1),
        P("An action marked complete stays open until the Board agrees to close it."),
        H("Quarterly performance report (summary)", 3),
        T(rows=(("Measure", "Q4 2025/26", "Direction"),
                ("Total recorded crime", "9,812", "Down 3%"),
                ("Residential burglary", "402", "Down 11%"),
                ("Violence with injury", "1,188", "Up 2%")),
          widths=(50, 25, 25), header_rows=1),
    ]
    data = render_pdf(blocks, look, "Governance and Scrutiny Board 7 July 2026", "OPCC Warwickshire")
    status = {"Closed": "complete", "Complete – awaiting Board sign-off": "outstanding", "Carried forward": "outstanding",
              "Open": "outstanding"}
    records = {
        "documents": [document("pdf", None, "Governance and Scrutiny Board", "Warwickshire Police", org, date)],
        "meetings": [meeting(date, None, org, "Governance and Scrutiny Board"), meeting(notes_date, None, org, notes_title)],
        "agenda_items": [agenda(date, n, t, p) for n, t, p in items],
        "assurance_decisions": [
            decision(notes_date, vetting, "1", q1, a1[4:], "Assured", d1[4:]),
            decision(notes_date, vetting, "2", q2, a2[4:], "Partly assured", d2[4:]),
            decision(notes_date, stop, "3", q3, a3[4:], "Not assured", d3[4:]),
        ],
        "actions": [action(f"{d[6:]}-{d[3:5]}-{d[:2]}", t, ref, a, u, status[s], "status_column", "action_tracker")
                    for ref, d, a, u, s, t in tracker],
    }
    set_pdf_pages(data, records)
    return data, records


PACKS = {
    "cumbria-pac-2026-06-16.pdf": cumbria,
    "west-midlands-spcb-2026-06-09.docx": west_midlands,
    "devon-cornwall-pab-2026-06-23.pdf": devon_cornwall,
    "york-north-yorkshire-opm-2026-06-25.docx": york_north_yorkshire,
    "cambridgeshire-bcb-2026-06-30.pdf": cambridgeshire,
    "warwickshire-gsb-2026-07-07.pdf": warwickshire,
}


if __name__ == "__main__":
    for file_name, build in PACKS.items():
        write(file_name, *build())
