"""Round 12 scrutiny packs (issue 4: forms no earlier round tried) and their
hand-written gold, staged in gold/ beside the packs.

    .venv/bin/python samples/corpus/scrutiny-round12/generate.py

Deterministic: reportlab invariant mode for PDFs, fixed zip times for DOCX
(both from ../scrutiny-round3/render.py, which this uses for rendering only).
Gold records are written by hand beside the text they describe; a PDF
record's page is the first page whose own text (pdfplumber) holds the
record's opening words.
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

CHECKED = ("Written by hand in samples/corpus/scrutiny-round12/generate.py beside the text it describes, "
           "before the extractors were run on the pack (blind round 12); PDF pages found in the generated "
           "PDF's own text and checked with `scrutiny inspect`; levels and statuses mapped to the canonical "
           "vocabulary by hand (conventions in README.md).")

ASSURED, PARTLY, NOT = "Assured", "Partly assured", "Not assured"
RED, AMBER, GREEN, BLUE = "#ff0000", "#ffc000", "#00b050", "#0070c0"


def strip(text: str) -> str:
    """Printed text without the inline markup."""
    return re.sub(r"\{#[0-9a-fA-F]{6}\|(.*?)\}", r"\1", text).replace("**", "").replace("*", "")


# --- gold record builders ---------------------------------------------------

def document(title: str, force: str, org: str, date: str, file_type: str) -> dict:
    return {"page": 1 if file_type == "pdf" else None, "file_type": file_type, "doc_kind": "scrutiny_pack",
            "title": title, "force": force, "organisation": org, "meeting_date": date,
            "publication_date": None, "status": "ok", "pages": None}


def meeting(date: str, title: str, org: str, topic: str | None = None) -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "organisation": org, "title": title}


def agenda(date: str, number: str, title: str, presenter: str | None) -> dict:
    return {"page": None, "meeting_date": date, "number": number, "title": title, "presenter": presenter}


def decision(date: str, topic: str | None, number: str | None, question: str, evidence: str | None,
             assurance: str, commentary: str | None) -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "question_number": number,
            "question": strip(question), "evidence_summary": evidence and strip(evidence),
            "assurance": assurance, "commentary": commentary and strip(commentary)}


def action(date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
           status: str, status_source: str, source: str) -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "number": number, "text": strip(text),
            "update": update and strip(update), "status": status, "status_source": status_source,
            "source": source}


# --- PDF pages ------------------------------------------------------------------

def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


KEY_FIELD = {"documents": "title", "meetings": "title", "agenda_items": "title",
             "assurance_decisions": "question", "actions": "text"}


def set_pdf_pages(data: bytes, records: dict) -> None:
    """Each record's page: the first page whose text holds the opening words of its key field
    (an agenda item's title is looked for from page 1, so its agenda line is found first)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        # a table's cells are read apart, since a page's lines run across the columns
        pages = [_squash((page.extract_text() or "") + " ".join(
            cell or "" for table in page.extract_tables() for row in table for cell in row)) for page in pdf.pages]
    for kind, items in records.items():
        for record in items:
            if kind == "documents":
                record["pages"] = len(pages)
                continue
            key = _squash(record[KEY_FIELD[kind]])
            # the opening words; failing that, the first line of a cell a page break split off its table
            found = ([n for n, text in enumerate(pages, 1) if key[:40] in text]
                     or [n for n, text in enumerate(pages, 1) if key[:15] in text])
            if not found:
                raise SystemExit(f"{kind} record not found in the PDF: {record[KEY_FIELD[kind]]!r}")
            record["page"] = found[0]


# --- packs -----------------------------------------------------------------------

# --- pack 1: Nottinghamshire (PDF) -------------------------------------------------------

def nottinghamshire() -> tuple[bytes, dict]:
    org, force, date, prev = ("Police and Crime Commissioner for Nottinghamshire", "Nottinghamshire Police",
                              "2026-01-27", "2025-11-25")
    title = "Strategic Scrutiny Meeting"
    notes_title = "Notes of the Strategic Scrutiny Meeting held on 25 November 2025"
    topic = "Neighbourhood crime"
    agenda_rows = [("1", "Welcome and apologies", "Chair"),
                   ("2", "Notes of the previous meeting and action tracker", "OPCC Governance Manager"),
                   ("3", "Retail crime and shop theft", "Detective Superintendent, Crime"),
                   ("4", "Force performance report, quarter 3", "Head of Performance and Insight"),
                   ("5", "HMICFRS inspection activity update", "Force Inspection Liaison Officer"),
                   ("6", "Any other business", "Chair")]
    kloes = [
        ("KLOE 1", "How has the neighbourhood policing model changed the time taken to attend burglary reports since "
         "the restructure in July?",
         "The average attendance time for burglary of a dwelling fell from 31 hours to 19 hours between July and "
         "October. Every report now receives a scene visit by a neighbourhood officer or a crime scene investigator "
         "within 48 hours. Repeat victims are flagged to the beat team on the day of report.",
         "**Fully assured**", "The figures were clear and the improvement is sustained over four months. The PCC "
         "asked that the same measure is kept in the quarterly performance report.", ASSURED),
        ("KLOE 2", "What proportion of vehicle crime is now allocated for investigation rather than filed at first "
         "assessment?",
         "Around 22% of vehicle crime is allocated, against 18% a year ago. The crime management unit applies the "
         "national assessment principles; a dip sample of 60 filed crimes found four that should have been allocated.",
         "**Adequate assurance**", "The PCC accepted the approach but noted that four errors in sixty is not "
         "negligible and would like the next dip sample shared with the OPCC.", ASSURED),
        ("KLOE 3", "How is the Force making sure that neighbourhood officers are not routinely abstracted to response "
         "duties, and what difference has the abstraction policy made?",
         ("The abstraction policy was refreshed in September. Neighbourhood officers may only be abstracted with the "
          "authority of an inspector, and each abstraction is now recorded on the duty system with a reason code.",
          "In October, 9.6% of planned neighbourhood shifts were lost to abstraction, compared with 14.1% in the same "
          "month last year. The largest single reason remains cover for response shortfalls on late turns at "
          "weekends, followed by planned public order events.",
          "The Force has not yet analysed whether abstraction differs between the city and county areas. The duty "
          "system changes mean that figures before September are estimated from overtime claims and are less "
          "reliable than the current data.",
          "A review of weekend response staffing is planned for the new year and the Force expects it to reduce "
          "weekend abstraction further; no date has been set for its conclusions."),
         "**Limited assurance**", "The reduction is welcome but the PCC could take only limited assurance because "
         "the comparison rests on estimated data and the city and county picture is not yet known.", PARTLY),
        ("KLOE 4", "How are the results of the neighbourhood priority surveys fed back to the communities that "
         "took part?",
         "Survey results are published on the Force website. There is no routine feedback to residents who took "
         "part, and beat teams do not report back at community meetings.",
         "**No assurance**", "The PCC was concerned that communities are asked for their views but not told what "
         "happened as a result, and asked for a plan by the next meeting.", NOT),
    ]
    tracker = [
        ("SSM/25/14", "23/09/2025", "Provide the number of shop theft offences charged in each local policing area.",
         "Head of Performance", "Figures provided in the November performance report.", "B",
         "Completed – propose closure", "25/11/2025", "complete"),
        ("SSM/25/15", "23/09/2025", "Confirm when the new crime allocation policy will be published.",
         "Head of Crime Management", "Publication was planned for October; the policy is still with the legal "
         "team.", "R", "Outstanding – overdue", "", "outstanding"),
        ("SSM/25/16", "25/11/2025", "Share the next dip sample of filed vehicle crimes with the OPCC.",
         "Head of Crime Management", "Dip sample under way; results due February.", "A", "In progress", "",
         "outstanding"),
        ("SSM/25/17", "25/11/2025", "Bring a plan for feeding back neighbourhood survey results to communities.",
         "Neighbourhood Policing Superintendent", "", "R", "Not started", "", "outstanding"),
    ]
    blocks = [
        P("**Office of the Police and Crime Commissioner for Nottinghamshire**", size=10),
        H(title, 1),
        P("Tuesday 27 January 2026, 10.00am – 12.30pm, Force Headquarters, Sherwood Lodge (Conference Room 2)"),
        P("Chair: Police and Crime Commissioner. Attendees: Chief Constable, Deputy Chief Constable, Chief Executive "
          "(OPCC), Chief Finance Officer (OPCC), Head of Performance and Insight."),
        H("Agenda", 2),
        T((("Item", "Subject", "Lead"),) + tuple(agenda_rows), (10, 60, 40), header_rows=1),
        P("Papers are published on the OPCC website five working days before the meeting, except where an item is "
          "exempt under the Freedom of Information Act.", size=9),
        Break(),
        H("Covering report: the Strategic Scrutiny Meeting", 2),
        P("1. The Strategic Scrutiny Meeting is one of the ways in which the Commissioner holds the Chief Constable to "
          "account for the delivery of the Police and Crime Plan. Each meeting takes one theme in depth; the "
          "Commissioner sets the questions, or key lines of enquiry, in advance."),
        P("2. For each key line of enquiry the Commissioner records a level of assurance and the reasons for it. "
          "Fully assured and adequate assurance mean no further scrutiny is needed on the point; limited assurance "
          "or no assurance mean the matter returns to a later meeting, usually with an action."),
        P("3. The notes below are of the meeting held on 25 November 2025. The action tracker at Appendix A shows "
          "progress on every open action; actions proposed for closure will be closed if the meeting agrees."),
        P("4. Financial implications: none arising from this report. Equalities implications: none identified."),
        Break(),
        H(notes_title, 2),
        P(f"**Theme:** {topic}"),
        P("Present: Police and Crime Commissioner (Chair); Deputy Chief Constable; Assistant Chief Constable, "
          "Local Policing; Chief Executive (OPCC); Head of Performance and Insight; Policy Officer (notes)."),
        P("Apologies: Chief Constable."),
        P("**Matters arising.** The OPCC reported that the Independent Advisory Group had asked to see the "
          "neighbourhood priority survey results for its own areas; the Force agreed to share them. The Chief "
          "Executive confirmed that the internal audit of the estates programme had been completed and would go "
          "to the Joint Audit and Scrutiny Panel in December."),
        P("**Theme introduction.** The Assistant Chief Constable for Local Policing outlined the neighbourhood "
          "policing model introduced in July: 34 neighbourhood teams aligned to district council boundaries, a "
          "named beat manager for every ward, and a central problem-solving hub. The Force had increased "
          "neighbourhood officer numbers by 46 since April, mostly from the national uplift, and had moved the "
          "responsibility for attending burglaries from response to neighbourhood teams. He noted that vehicle "
          "crime and shop theft had both risen over the summer and that the Force's approach to retail crime would "
          "be the subject of the January meeting."),
        P("The PCC then put the key lines of enquiry set in advance. The Force's answers and the PCC's level of "
          "assurance, with the reasons for it, are set out in the table."),
        T((("Question / Key line of enquiry", "Force response", "PCC assurance level and rationale"),)
          + tuple((f"**{n}**\n{q}", r if isinstance(r, tuple) else (r,), (lvl, rat))
                  for n, q, r, lvl, rat, _ in kloes),
          (32, 45, 30), header_rows=1),
        P("The Deputy Chief Constable thanked the neighbourhood teams for their work on the burglary model."),
        P("Date of next meeting: 27 January 2026."),
        Break(),
        H("Appendix A – Action tracker", 2),
        P("RAG: B – complete; G – on track; A – at risk; R – overdue or not started.", size=9),
        T((("Ref", "Date raised", "Action", "Owner", "Update", "RAG", "Status", "Date closed"),)
          + tuple(row[:8] for row in tracker),
          (14, 12, 24, 14, 22, 8, 17, 12), header_rows=1,
          fills={(i + 1, 5): {"B": BLUE, "A": AMBER, "R": RED, "G": GREEN}[row[5]] for i, row in enumerate(tracker)}),
        H("Appendix B – Neighbourhood crime: headline figures", 2),
        T((("Measure", "Oct 2024", "Oct 2025", "Change"),
           ("Burglary of a dwelling", "412", "356", "-13.6%"),
           ("Theft from a vehicle", "598", "571", "-4.5%"),
           ("Shop theft", "1,104", "1,239", "+12.2%"),
           ("Neighbourhood shifts lost to abstraction", "14.1%", "9.6%", "-4.5 pts")),
          (50, 16, 16, 16), header_rows=1),
    ]
    look = PdfLook(cell_size=9, footer="Nottinghamshire OPCC – Strategic Scrutiny Meeting – 27 January 2026")
    data = render_pdf(blocks, look, title=title, author="OPCC Nottinghamshire")
    records = {
        "documents": [document(title, force, org, date, "pdf")],
        "meetings": [meeting(date, title, org), meeting(prev, notes_title, org, topic)],
        "agenda_items": [agenda(date, n, t, p) for n, t, p in agenda_rows],
        "assurance_decisions": [decision(prev, topic, n.split()[-1], q, " ".join(r) if isinstance(r, tuple) else r,
                                         level, f"{rat}") for n, q, r, _, rat, level in kloes],
        "actions": [action({"23/09/2025": "2025-09-23", "25/11/2025": "2025-11-25"}[row[1]], None, row[0], row[2],
                           row[4] or None, row[8], "status_column", "action_tracker") for row in tracker],
    }
    for rec in records["actions"][2:]:
        rec["topic"] = topic  # raised at the meeting whose theme the notes give
    return data, records


# --- pack 2: Suffolk (DOCX, notes in prose) ---------------------------------------------

def suffolk() -> tuple[bytes, dict]:
    org, force, date, prev = ("Police and Crime Commissioner for Suffolk", "Suffolk Constabulary",
                              "2026-02-13", "2025-12-05")
    title = "Accountability and Performance Panel"
    notes_title = "Notes of the Accountability and Performance Panel held on Friday 5 December 2025"
    topic = "Road safety"
    agenda_rows = [("1", "Apologies for absence", "Chair"),
                   ("2", "Declarations of interest", "Chair"),
                   ("3", "Notes of the meeting held on 5 December 2025", "Chair"),
                   ("4", "Public contact and 101 performance", "Chief Superintendent, Contact and Control"),
                   ("5", "Financial performance to 31 December 2025", "Chief Finance Officer"),
                   ("6", "Any other business", "Chair")]
    loes = [
        ("1", "How many people were killed or seriously injured on Suffolk's roads in the first half of the year, "
         "and how does this compare with the same period last year?",
         "The Chief Inspector for Roads Policing reported 151 people killed or seriously injured between April and "
         "September, against 163 in the same period of 2024. Fatal collisions were unchanged at 14. Most serious "
         "collisions happened on rural A roads and involved a driver aged under 25.",
         "The PCC gained assurance that the Force understands where and why serious collisions happen and is "
         "targeting its enforcement accordingly.", ASSURED),
        ("2", "What has the Force done with the dashcam footage submitted by the public since the portal opened?",
         "About 2,300 submissions were received in the year. Seventy per cent led to a warning letter, a course "
         "offer or a prosecution. The backlog of unreviewed footage stood at 410 submissions in November, down from "
         "about 900 in the summer, with two staff now assigned full time.",
         "The PCC gained partial assurance that submissions are dealt with, but noted the backlog remained high "
         "and that some footage is reviewed too late to act on.", PARTLY),
        ("3", "How does the Force evaluate the effect of its speed enforcement operations on collisions at the "
         "sites where they take place?",
         "The Force counts the offences detected at each site but has not compared collisions before and after "
         "enforcement. The Safer Roads Partnership holds collision data by site, but it has not been shared.",
         "The PCC did not gain assurance that enforcement is directed where it reduces harm, as no evaluation has "
         "been done.", NOT),
    ]
    blocks = [
        H("ACCOUNTABILITY AND PERFORMANCE PANEL", 1),
        P("Friday 13 February 2026 at 10.00am, Endeavour House, Ipswich (Room 3) and via Microsoft Teams"),
        H("Agenda", 2),
    ]
    blocks += [P(f"{n}.\t{t} ({p})") for n, t, p in agenda_rows]
    blocks += [
        P("The Panel is the main formal meeting at which the Police and Crime Commissioner holds the Chief Constable "
          "to account. Members of the public may submit questions in advance to the OPCC."),
        Break(),
        H("Item 3", 2),
        H(notes_title, 2),
        P("Present: Police and Crime Commissioner (Chair), Chief Constable, Deputy Chief Constable, Chief Executive "
          "(OPCC), Chief Finance Officer (OPCC), Chief Inspector, Roads Policing."),
        P(f"Item 3: {topic}", ),
        P("The Chief Inspector presented a report on roads policing and the work of the Safer Roads Partnership. "
          "The PCC had set three lines of enquiry in advance."),
    ]
    for n, q, r, dec, _ in loes:
        blocks += [P(f"**LoE {n}: {q}**"), P(r), P(dec)]
        if n == "2":
            blocks.append(P("The PCC asked that the Force set out how the remaining dashcam backlog will be cleared, "
                            "with a target date, by the next meeting."))
        if n == "3":
            blocks.append(P("The PCC asked that the Force and the Safer Roads Partnership compare collisions before "
                            "and after enforcement at the ten busiest sites and report back by the next meeting. He "
                            "also asked that the collision data by site is shared with the OPCC analyst."))
    blocks += [
        P("Item 4: Force performance report"),
        P("The Deputy Chief Constable introduced the quarterly report. Emergency calls answered within ten seconds "
          "were at 91%. Members noted the report."),
        P("Date of next meeting: Friday 13 February 2026."),
        Break(),
        H("Appendix – Roads policing figures", 2),
        T((("Measure", "Apr–Sep 2024", "Apr–Sep 2025"),
           ("Killed or seriously injured", "163", "151"),
           ("Fatal collisions", "14", "14"),
           ("Dashcam submissions received", "1,040", "1,190"),
           ("Drink and drug drive arrests", "512", "547")), (50, 25, 25), header_rows=1),
    ]
    data = render_docx(blocks, title=title, author="OPCC Suffolk", when=datetime(2026, 2, 6, 9, 0),
                       header=("Police and Crime Commissioner for Suffolk",))
    records = {
        "documents": [document("ACCOUNTABILITY AND PERFORMANCE PANEL", force, org, date, "docx")],
        "meetings": [meeting(date, "ACCOUNTABILITY AND PERFORMANCE PANEL", org),
                     meeting(prev, notes_title, org, None)],
        "agenda_items": [agenda(date, n, t, p) for n, t, p in agenda_rows],
        "assurance_decisions": [decision(prev, topic, n, q, r, level, dec) for n, q, r, dec, level in loes],
        "actions": [
            action(prev, topic, None, "The PCC asked that the Force set out how the remaining dashcam backlog will "
                   "be cleared, with a target date, by the next meeting.", None, "unknown", "none", "action_list"),
            action(prev, topic, None, "The PCC asked that the Force and the Safer Roads Partnership compare "
                   "collisions before and after enforcement at the ten busiest sites and report back by the next "
                   "meeting.", None, "unknown", "none", "action_list"),
            action(prev, topic, None, "He also asked that the collision data by site is shared with the OPCC "
                   "analyst.", None, "unknown", "none", "action_list"),
        ],
    }
    return data, records


# --- pack 3: South Yorkshire (landscape PDF, "The Mayor gained ... assurance that") --------

def south_yorkshire() -> tuple[bytes, dict]:
    org, force, date, prev = ("Mayor of South Yorkshire", "South Yorkshire Police", "2026-01-20", "2025-11-18")
    title = "Public Accountability Board"
    notes_title = "Public Accountability Board – Notes of the meeting held on 18 November 2025"
    topic = "Stalking and harassment"
    agenda_rows = [("1", "Welcome, introductions and apologies", "Mayor"),
                   ("2", "Notes and actions of the previous meeting", "Head of Policing Governance"),
                   ("3", "Chief Constable's update", "Chief Constable"),
                   ("4", "Theme: Tackling serious violence", "Assistant Chief Constable, Crime"),
                   ("5", "Public questions", "Mayor"),
                   ("6", "Any other business", "Mayor")]
    questions = [
        ("1", "How quickly are stalking reports reviewed by a specialist, and has the stalking advocacy service "
         "reduced the number of victims who withdraw support?",
         "All stalking reports are now reviewed by the stalking co-ordinator within one working day. Victim "
         "withdrawal fell from 31% to 24% in the six months since the advocacy service began.",
         "The Mayor gained assurance that stalking reports are reviewed promptly and that the advocacy service is "
         "helping victims stay engaged."),
        ("2", "How many stalking protection orders has the Force applied for this year, and how are breaches "
         "monitored?",
         "Eleven orders were applied for and nine granted. Breaches are recorded, but the Force could not say how "
         "many had led to arrest.",
         "The Mayor gained partial assurance that orders are being used, but asked for breach outcomes to be "
         "reported."),
        ("3", "What training have call handlers received to recognise stalking behaviour at first contact?",
         "A training package has been written but has not yet been delivered; call handlers rely on the general "
         "vulnerability module.",
         "The Mayor did not gain assurance that stalking is recognised at first contact, and asked for a delivery "
         "date for the training."),
    ]
    levels = [ASSURED, PARTLY, NOT]
    tracker = [
        ("PAB/25/31", "16/09/2025", "Provide the number of knife arches deployed at night-time economy venues.",
         ("12/10/2025 – Data requested from the districts.", "04/11/2025 – Figures received: 46 deployments in "
          "the quarter; shared with the Mayor's office."),
         "Completed – propose closure", "complete"),
        ("PAB/25/32", "16/09/2025", "Confirm the date the violence reduction unit's evaluation will be published.",
         ("10/10/2025 – Evaluation due to be published in November.", "12/01/2026 – Publication delayed to March "
          "2026 at the university's request."),
         "In progress", "outstanding"),
        ("PAB/25/33", "18/11/2025", "Report the outcomes of stalking protection order breaches.",
         ("05/01/2026 – Work under way with the performance team.",), "In progress", "outstanding"),
        ("PAB/25/34", "18/11/2025", "Give a delivery date for stalking training for call handlers.",
         ("20/11/2025 – Training dates to be confirmed.", "09/01/2026 – Training delivered to all call handling "
          "teams between 2 and 8 January."),
         "Completed – propose closure", "complete"),
        ("PAB/25/35", "18/11/2025", "Share the stalking advocacy service's quarterly report with the board.",
         (), "Not started", "outstanding"),
    ]
    blocks = [
        P("South Yorkshire Mayoral Combined Authority", size=10),
        H(f"{title} – Tuesday 20 January 2026", 1),
        P("10.00am, Broad Street West, Sheffield. The meeting is held in public and streamed live."),
        T((("Item", "Title", "Presented by"),) + tuple(agenda_rows), (8, 60, 32), header_rows=1),
        P("The Public Accountability Board is where the Mayor, as the police and crime commissioner for South "
          "Yorkshire, holds the Chief Constable to account in public. The Mayor is supported by the Deputy Mayor "
          "for policing and crime."),
        Break(),
        H(notes_title, 2),
        P(f"Theme: {topic}"),
        P("Present: Mayor of South Yorkshire (Chair), Chief Constable, Deputy Chief Constable, Head of Policing "
          "Governance, Public Protection Superintendent."),
        T((("No.", "Question", "Force response", "Outcome"),)
          + tuple((n, q, r, o) for n, q, r, o in questions), (5, 30, 35, 30), header_rows=1),
        P("Public questions. Two questions had been received from members of the public, on the closure of "
          "the front counter at Barnsley and on speeding in Rotherham town centre. The Chief Constable answered "
          "both; the answers are published with these notes."),
        Break(),
        H("Performance summary – serious violence (for item 4)", 2),
        T((("Measure", "12 months to Oct 2024", "12 months to Oct 2025", "Change"),
           ("Homicides", "21", "17", "-4"),
           ("Knife crime offences", "1,288", "1,154", "-10.4%"),
           ("Hospital admissions for assault with a sharp object", "204", "187", "-8.3%"),
           ("Violence with injury", "12,940", "12,511", "-3.3%")), (46, 18, 18, 18), header_rows=1),
        P("Source: Force performance system and the violence reduction unit's hospital data; figures for "
          "October 2025 are provisional. The Mayor's office will report progress against the serious violence "
          "duty strategy at the March board."),
        Break(),
        H("Action log", 2),
        P("Entries in the update column are dated; the latest entry is the current position.", size=9),
        T((("Ref", "Date raised", "Action", "Update", "Status"),)
          + tuple((ref, raised, text, upd if upd else "", status) for ref, raised, text, upd, status, _ in tracker),
          (10, 10, 30, 38, 14), header_rows=1),
    ]
    look = PdfLook(landscape=True, margin=50, footer="SYMCA – Public Accountability Board – 20 January 2026")
    data = render_pdf(blocks, look, title=title, author="South Yorkshire Mayoral Combined Authority")
    dates = {"16/09/2025": "2025-09-16", "18/11/2025": "2025-11-18"}
    records = {
        "documents": [document(f"{title} – Tuesday 20 January 2026", force, org, date, "pdf")],
        "meetings": [meeting(date, f"{title} – Tuesday 20 January 2026", org), meeting(prev, notes_title, org, topic)],
        "agenda_items": [agenda(date, n, t, p) for n, t, p in agenda_rows],
        "assurance_decisions": [decision(prev, topic, n, q, r, level, o)
                                for (n, q, r, o), level in zip(questions, levels)],
        "actions": [action(dates[raised], topic if raised == "18/11/2025" else None, ref, text,
                           " ".join(upd) or None, status, "status_column", "action_tracker")
                    for ref, raised, text, upd, _, status in tracker],
    }
    return data, records


# --- pack 4: Leicester, Leicestershire and Rutland (landscape DOCX) -----------------------

def leicestershire() -> tuple[bytes, dict]:
    org, force, date, prev = ("Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
                              "Leicestershire Police", "2026-02-24", "2025-12-16")
    title = "Corporate Governance Board"
    notes_title = "Corporate Governance Board – minutes of the meeting held on 16 December 2025"
    agenda_rows = [("1", "Apologies", "Chair"),
                   ("2", "Minutes and action log of the meeting on 16 December 2025", "OPCC Business Manager"),
                   ("3", "Custody: detainee safety and healthcare", "Chief Inspector, Criminal Justice"),
                   ("4", "Treasury management strategy 2026/27", "Chief Finance Officer"),
                   ("5", "Risk register", "Head of Risk and Business Continuity"),
                   ("6", "Any other business", "Chair")]
    topic = "Digital forensics"
    loes = [
        ("1", "How long are devices waiting for examination in the digital forensics unit, and how many cases are "
         "delayed at charge because of it?",
         "The queue stood at 318 devices in November, with a median wait of 74 days for priority 2 cases. Eighteen "
         "charging decisions were deferred in the quarter awaiting device results.",
         "Limited assurance", "The queue is falling slowly but the effect on charging decisions remains "
         "significant.", PARTLY),
        ("2", "Is the unit on track to keep its ISO 17025 accreditation at the next assessment?",
         "The unit passed its surveillance visit in October with two minor findings, both since closed. The "
         "quality manager post has been made permanent.",
         "Fully assured", "Accreditation is secure and the findings have been dealt with.", ASSURED),
        ("3", "How are frontline officers using the self-service kiosks to download victims' phones, and are "
         "devices being returned quickly?",
         "Forty kiosks are in use across the three local policing areas. Most victims' phones are returned the "
         "same day; the Force monitors returns through the property system.",
         "Adequate assurance", "Use of kiosks is good; the Board would like return times reported each quarter.",
         ASSURED),
        ("4", "What is the Force doing to recruit and keep qualified digital forensic examiners?",
         "Four of fourteen examiner posts are vacant. A market supplement was proposed in the summer but has not "
         "been agreed, and two examiners left for the private sector in November.",
         "No assurance", "There is no agreed plan to fill the vacancies; the PCC asked for one.", NOT),
    ]
    log = [
        ("CGB 25/40", "21/10/2025", "Report the number of custody detainees referred to the liaison and diversion "
         "service.",
         ("04/11/2025: Data requested from the health provider.", "02/12/2025: Figures received and included in "
          "the custody report to this meeting. Complete."), "16/12/2025", "complete"),
        ("CGB 25/41", "21/10/2025", "Circulate the revised custody healthcare contract specification.",
         ("10/11/2025: Specification circulated to Board members – complete.", "09/02/2026: Reopened – the "
          "provider has asked for changes; a revised version will be circulated in March."), "", "outstanding"),
        ("CGB 25/42", "16/12/2025", "Bring a recruitment and retention plan for digital forensic examiners.",
         ("12/01/2026: Plan being drafted with HR; due for the April Board.",), "", "outstanding"),
        ("CGB 25/43", "16/12/2025", "Report kiosk device return times in the quarterly performance report.",
         ("06/01/2026: Included in the Q3 performance report. Action closed.",), "06/01/2026", "complete"),
    ]
    blocks = [
        H("CORPORATE GOVERNANCE BOARD", 1),
        P("Tuesday 24 February 2026, 2.00pm, Force Headquarters, Enderby – Conference Room 1"),
        T((("Item", "Title", "Lead"),) + tuple(agenda_rows), (8, 62, 30), header_rows=1),
        P("The Board is a meeting between the Police and Crime Commissioner and the Chief Constable at which the "
          "Commissioner scrutinises the Force's performance, finance and governance."),
        Break(),
        H(notes_title, 2),
        P("Present: Police and Crime Commissioner (Chair); Chief Constable; Deputy Chief Constable; Chief Executive, "
          "OPCC; Chief Finance Officer; Head of Digital Forensics."),
        H(f"Item 3: {topic}", 3),
        P("The Head of Digital Forensics presented the report. The Commissioner's lines of enquiry and his "
          "assessment of the answers are recorded below."),
        T((("LoE", "Line of enquiry", "Force update", "Assurance level", "Rationale"),)
          + tuple((f"LoE {n}", q, r, lvl, rat) for n, q, r, lvl, rat, _ in loes),
          (7, 26, 37, 12, 22), header_rows=1),
        P("Item 4: The Chief Finance Officer presented the mid-year budget monitoring report, which was noted."),
        Break(),
        H("Action log", 2),
        P("The Update column shows each dated entry; the latest entry gives the action's current position. Actions "
          "with a date in the Date closed column were closed by the Board."),
        T((("No.", "Raised", "Action", "Update", "Date closed"),)
          + tuple((n, raised, text, upd, closed) for n, raised, text, upd, closed, _ in log),
          (10, 10, 30, 40, 10), header_rows=1),
    ]
    data = render_docx(blocks, title=title, author="OPCC Leicestershire", when=datetime(2026, 2, 17, 9, 0),
                       header=("Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland",),
                       landscape_pages=True)
    dates = {"21/10/2025": "2025-10-21", "16/12/2025": "2025-12-16"}
    records = {
        "documents": [document("CORPORATE GOVERNANCE BOARD", force, org, date, "docx")],
        "meetings": [meeting(date, "CORPORATE GOVERNANCE BOARD", org), meeting(prev, notes_title, org, "Digital forensics")],
        "agenda_items": [agenda(date, n, t, p) for n, t, p in agenda_rows],
        "assurance_decisions": [decision(prev, topic, n, q, r, level, rat) for n, q, r, _, rat, level in loes],
        "actions": [action(dates[raised], topic if raised == "16/12/2025" else None, n, text, " ".join(upd),
                           status, "status_column", "action_tracker")
                    for n, raised, text, upd, _, status in log],
    }
    return data, records


# --- pack 5: Humberside (PDF minutes in Times, prose actions) -----------------------------

def humberside() -> tuple[bytes, dict]:
    org, force, date, prev = ("Police and Crime Commissioner for Humberside", "Humberside Police",
                              "2026-03-10", "2026-01-13")
    title = "Accountability Board"
    notes_title = "Minutes of the Accountability Board held on 13 January 2026"
    agenda_rows = [("1", "Apologies and declarations of interest", "Chair"),
                   ("2", "Minutes of the meeting held on 13 January 2026", "Chair"),
                   ("3", "Action tracker", "Governance Officer"),
                   ("4", "Rural and wildlife crime", "Inspector, Rural Crime Team"),
                   ("5", "Complaints and conduct: quarterly report", "Head of Professional Standards"),
                   ("6", "Any other business", "Chair")]
    topic = "Missing persons"
    kloes = [
        ("1", "How many children were reported missing more than three times in the last quarter, and is a "
         "return home interview offered every time?",
         "The Head of Public Protection reported that 64 children were reported missing more than three times. "
         "Return home interviews are commissioned from the local authorities; 88% were offered within 72 hours.",
         "Adequate assurance", "The Commissioner noted the high offer rate and asked that the quality of "
         "interviews is looked at jointly with the safeguarding partnership.", ASSURED),
        ("2", "Is the Force applying the new risk assessment framework consistently, and is it auditing the "
         "grading of missing person reports?",
         "The framework went live in October. An audit of 100 reports found 71 graded in line with the guidance. "
         "Supervisors have been given refresher briefings; a second audit is planned for March.",
         "Limited assurance", "The Commissioner was concerned that nearly a third of gradings did not follow the "
         "guidance.", PARTLY),
        ("3", "How is the Force working with care homes to reduce repeat missing episodes from children's homes?",
         "The Force described a pilot protocol with two homes in Hull. It has not been evaluated and there is no "
         "plan to extend it.",
         "No assurance", "There was no evidence that the protocol had made a difference.", NOT),
    ]
    tracker = [
        ("AB/25/22", "11/11/2025", "Provide the number of rural crime officers trained in wildlife crime "
         "investigation.", "Figures provided at the January Board.", "Completed – propose closure"),
        ("AB/25/23", "11/11/2025", "Bring the outcome of the drone unit review.",
         "Review was due in December; now expected in April.", "Outstanding – overdue"),
        ("AB/25/24", "11/11/2025", "Circulate the complaints handling improvement plan.",
         "Plan circulated to members on 5 December.", "Completed – propose closure"),
    ]
    blocks = [
        P("Office of the Police and Crime Commissioner for Humberside", size=10),
        H("ACCOUNTABILITY BOARD", 1),
        P("Tuesday 10 March 2026 at 10.00am, Police Headquarters, Hessle"),
        H("AGENDA", 2),
        T((("No.", "Item", "Lead"),) + tuple(agenda_rows), (8, 60, 32), header_rows=1, bordered=False),
        Break(),
        H(notes_title, 2),
        P("Present: Police and Crime Commissioner (Chair), Chief Constable, Deputy Chief Constable, Chief Executive "
          "(OPCC), Head of Public Protection, Governance Officer (minutes)."),
        H("1. Apologies", 3),
        P("1.1 Apologies were received from the Chief Finance Officer."),
        H(f"2. {topic}", 3),
        P("2.1 The Head of Public Protection presented the report. The Commissioner had set three key lines of "
          "enquiry, which were taken in turn."),
    ]
    for n, q, r, lvl, rat, _ in kloes:
        blocks += [P(f"**KLOE {n}: {q}**"), P(r), P(f"*Conclusion:* **{lvl}.** {rat}")]
        if n == "2":
            blocks.append(P("The Commissioner asked that the results of the March audit of missing person gradings "
                            "are brought to the next meeting."))
        if n == "3":
            blocks.append(P("The Commissioner asked that the Force set out by the next meeting how the care home "
                            "protocol will be evaluated and whether it will be extended."))
    blocks += [
        H("3. Estates strategy", 3),
        P("3.1 The Chief Constable gave a verbal update on the sale of the former station at Brigg. The "
          "Commissioner noted that internal audit had given reasonable assurance on the disposals process."),
        Break(),
        H("Appendix – Missing persons performance", 2),
        T((("Measure", "Q2 2025/26", "Q3 2025/26"),
           ("Missing person reports", "1,402", "1,366"),
           ("of which children", "802", "774"),
           ("Children reported missing more than three times", "59", "64"),
           ("Return home interviews offered within 72 hours", "85%", "88%")), (50, 25, 25), header_rows=1),
        P("The figures are taken from the Force's missing persons system and the local authorities' returns; the "
          "local authority figures for December are provisional."),
        Break(),
        H("Action tracker – open and recently completed actions", 2),
        T((("Ref", "Raised", "Action", "Update", "Status"),) + tuple(tracker), (11, 11, 32, 30, 16), header_rows=1),
    ]
    times = PdfLook(font="Times-Roman", bold_font="Times-Bold", italic_font="Times-Italic", body_size=11.5,
                    footer="Humberside OPCC – Accountability Board – 10 March 2026")
    data = render_pdf(blocks, times, title=title, author="OPCC Humberside")
    records = {
        "documents": [document("ACCOUNTABILITY BOARD", force, org, date, "pdf")],
        "meetings": [meeting(date, "ACCOUNTABILITY BOARD", org), meeting(prev, notes_title, org, None)],
        "agenda_items": [agenda(date, n, t, p) for n, t, p in agenda_rows],
        "assurance_decisions": [decision(prev, topic, n, q, r, level, rat) for n, q, r, _, rat, level in kloes],
        "actions": [action("2025-11-11", None, ref, text, upd, "complete" if status.startswith("Completed")
                           else "outstanding", "status_column", "action_tracker")
                    for ref, _, text, upd, status in tracker]
        + [action(prev, topic, None, "The Commissioner asked that the results of the March audit of missing "
                  "person gradings are brought to the next meeting.", None, "unknown", "none", "action_list"),
           action(prev, topic, None, "The Commissioner asked that the Force set out by the next meeting how the "
                  "care home protocol will be evaluated and whether it will be extended.", None, "unknown", "none",
                  "action_list")],
    }
    return data, records


# --- pack 6: Norfolk (PDF, two-row header "Assurance: Level | Rationale") ----------------

def norfolk() -> tuple[bytes, dict]:
    serif = register_dejavu_serif()
    org, force, date, prev = ("Police and Crime Commissioner for Norfolk", "Norfolk Constabulary",
                              "2026-03-03", "2025-12-02")
    title = "Police Accountability Forum"
    notes_title = "Police Accountability Forum: summary of the meeting held on 2 December 2025"
    topic = "Domestic abuse"
    agenda_rows = [("1", "Apologies", "Chair"),
                   ("2", "Summary of the meeting on 2 December 2025 and action log", "OPCC Scrutiny Officer"),
                   ("3", "Police and Crime Plan performance: quarter 3", "Assistant Chief Constable"),
                   ("4", "Budget and precept 2026/27: update", "Chief Finance Officer"),
                   ("5", "Any other business", "Chair")]
    qs = [
        ("1", "How many domestic abuse arrests were made in the quarter, and what proportion led to a charge?",
         "There were 1,212 domestic abuse arrests; 38% led to a charge, compared with 33% a year earlier.",
         "Fully assured", "Both arrests and the charge rate have improved.", ASSURED),
        ("2", "How does the Force make sure that domestic abuse risk assessments are completed correctly at the "
         "scene, and what happens when they are not?",
         ("Officers complete the risk assessment on their handheld devices. The Domestic Abuse Hub reviews every "
          "high-risk assessment within 24 hours and a sample of standard and medium assessments each week.",
          "In the quarter the Hub re-graded 7% of medium-risk assessments to high risk. Where an assessment is "
          "incomplete, the officer's supervisor is told by email and a note is placed on the officer's record.",
          "The Force acknowledged that the weekly sample is small, about 40 cases, and that it does not yet report "
          "the results by district. A new dashboard is being built and should be live in spring.",
          "The Hub's staffing has been increased by two posts since September, funded by the OPCC's domestic abuse "
          "grant, and the Force intends to double the sample once the posts are filled.",
          "Training on the risk assessment has been included in the February professional development days for "
          "all response officers."),
         "Limited assurance", "The re-grading rate suggests assessments at the scene are not always right and the "
         "sample is too small to show where the problems are.", PARTLY),
        ("3", "Are victims told when a suspect is released from custody?",
         "Victims are told in most cases but the Force does not record whether they were.",
         "No assurance", "Without records the Force cannot show victims are kept safe at release.", NOT),
    ]
    tracker = [
        ("PAF 25/18", "09/09/2025", "Share the Domestic Abuse Hub staffing plan.", "Plan shared 30 September.", "B",
         "Completed – propose closure", "02/12/2025"),
        ("PAF 25/19", "02/12/2025", "Report risk assessment sample results by district.", "Dashboard due in spring.",
         "A", "In progress", ""),
        ("PAF 25/20", "02/12/2025", "Confirm how victim notification at release will be recorded.",
         "No update received.", "R", "Outstanding – overdue", ""),
        ("PAF 25/21", "02/12/2025", "Provide the number of domestic abuse protection orders applied for.",
         "", "R", "Not started", ""),
    ]
    header = (("Question", None, "Force response", "Assurance", None), (None, None, None, "Level", "Rationale"))
    blocks = [
        P("**Norfolk Police and Crime Commissioner**", size=10),
        H("Police Accountability Forum", 1),
        P("Tuesday 3 March 2026, 10.30am, County Hall, Norwich (Edwards Room)"),
        T((("No.", "Item", "Lead"),) + tuple(agenda_rows), (8, 60, 32), header_rows=1),
        P("The Forum is held in public. Questions from the public should be sent to the OPCC by noon on the "
          "Friday before the meeting."),
        Break(),
        H(notes_title, 2),
        P(f"Topic: {topic}"),
        P("In attendance: Police and Crime Commissioner; Chief Constable; Assistant Chief Constable; Head of "
          "Safeguarding; OPCC Chief Executive; OPCC Scrutiny Officer."),
        P("The Assistant Chief Constable introduced the paper on domestic abuse and answered the Commissioner's "
          "questions. The table below records the questions, the Force's answers and the Commissioner's "
          "assurance, with his reasons."),
        P("Many of the figures quoted are provisional and will be confirmed in the annual report.", size=9),
        T(header + tuple((f"Q{n}", q, r if isinstance(r, tuple) else (r,), lvl, rat) for n, q, r, lvl, rat, _ in qs),
          (6, 26, 38, 15, 20), header_rows=2, spans=((0, 0, 2, 2), (0, 3, 1, 2), (0, 2, 2, 1))),
        Break(),
        H("Action log", 2),
        T((("Ref", "Raised", "Action", "Update", "RAG", "Status", "Date closed"),) + tuple(tracker),
          (13, 17, 23, 19, 8, 19, 17), header_rows=1,
          fills={(i + 1, 4): {"B": BLUE, "A": AMBER, "R": RED}[row[4]] for i, row in enumerate(tracker)}),
        P("RAG key: B complete; G on track; A some delay; R overdue or not started.", size=9),
    ]
    look = PdfLook(font=serif.font, bold_font=serif.bold_font, italic_font=serif.italic_font, cell_size=9,
                   footer="Norfolk OPCC – Police Accountability Forum")
    data = render_pdf(blocks, look, title=title, author="OPCCN")
    dates = {"09/09/2025": "2025-09-09", "02/12/2025": "2025-12-02"}
    status = {"Completed – propose closure": "complete"}
    records = {
        "documents": [document(title, force, org, date, "pdf")],
        "meetings": [meeting(date, title, org), meeting(prev, notes_title, org, topic)],
        "agenda_items": [agenda(date, n, t, p) for n, t, p in agenda_rows],
        "assurance_decisions": [decision(prev, topic, n, q, " ".join(r) if isinstance(r, tuple) else r, level, rat)
                                for n, q, r, _, rat, level in qs],
        "actions": [action(dates[raised], topic if raised == "02/12/2025" else None, ref, text, upd or None,
                           status.get(st, "outstanding"), "status_column", "action_tracker")
                    for ref, raised, text, upd, _, st, _ in tracker],
    }
    return data, records


PACKS = {
    "nottinghamshire-ssm-2026-01-27.pdf": nottinghamshire,
    "suffolk-app-2026-02-13.docx": suffolk,
    "south-yorkshire-pab-2026-01-20.pdf": south_yorkshire,
    "leicestershire-cgb-2026-02-24.docx": leicestershire,
    "humberside-ab-2026-03-10.pdf": humberside,
    "norfolk-paf-2026-03-03.pdf": norfolk,
}


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    for name, build in PACKS.items():
        data, records = build()
        if name.endswith(".pdf"):
            set_pdf_pages(data, records)
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (gold_dir / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        counts = {kind: len(items) for kind, items in records.items()}
        print(f"{name}: {len(data)} bytes; {counts}")


if __name__ == "__main__":
    main()
