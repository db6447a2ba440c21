"""Scrutiny round 28 (blind, issue 4): ordinary packs full of look-alikes.

Seven packs of PCC, PFCC and mayoral offices. Each holds real records (meetings, agenda items,
assurance decisions, actions) beside the things real packs carry that are NOT records: RAG-rated
performance measures with a key, risk registers, internal audit opinions, the force's own
improvement plan, HMICFRS recommendations the force tracks, forward work plans, public questions
with answers, the commissioner's decision log, questions set in advance with no answer yet, agenda
purposes ("For assurance") and "Complete" / "Outstanding" as headings of figures.

Deterministic: reportlab in invariant mode, Word files with fixed zip times, Word-made PDFs through
../office_pdf.py (LibreOffice). Gold goes to gold/.

    .venv/bin/python samples/corpus/scrutiny-round28/generate.py [FILE ...]
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))
from office_pdf import docx_to_pdf  # noqa: E402
from render import Break, Bul, H, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind for round 28; every record hand-checked against the rendered document and "
           "`scrutiny inspect` by the round's writer.")

RAG_FILL = {"Green": "#92d050", "Amber": "#ffc000", "Red": "#ff6666"}


# --- gold builders ----------------------------------------------------------


def document(file_type: str, title: str, force: str, organisation: str, meeting_date: str) -> dict:
    return {"page": None, "file_type": file_type, "pages": None, "doc_kind": "scrutiny_pack", "title": title,
            "force": force, "organisation": organisation, "meeting_date": meeting_date,
            "publication_date": None, "status": "ok"}


def meeting(date: str, topic: str | None, organisation: str, title: str, anchor: str) -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "organisation": organisation, "title": title,
            "_anchor": anchor}


def agenda(date: str, rows: list[tuple[str, str, str | None]]) -> list[dict]:
    return [{"page": None, "meeting_date": date, "number": number, "title": title, "presenter": presenter,
             "_anchor": title} for number, title, presenter in rows]


LEVELS = {"Assured": "Assured", "Partially assured": "Partly assured", "Partly assured": "Partly assured",
          "Not assured": "Not assured", "Deferred": None}  # a deferred level is a decision still to come


def decisions(date: str, topic: str | None, questions: list[tuple[str, str, str, str, str]]) -> list[dict]:
    """``questions``: (number, question, response, level as printed, commentary)."""
    return [{"page": None, "meeting_date": date, "topic": topic, "question_number": number, "question": question,
             "evidence_summary": response, "assurance": LEVELS[level], "commentary": comment,
             "_anchor": question} for number, question, response, level, comment in questions]


STATUSES = {"Complete": "complete", "Completed": "complete", "Closed": "complete", "Open": "outstanding",
            "Outstanding": "outstanding", "In progress": "outstanding", "Overdue": "outstanding",
            "On track": "outstanding"}


def action(row: tuple[str, str, str, str, str, str, str], topic: str | None, anchor: str | None = None) -> dict:
    """A tracker row (ref, date raised as printed, ISO date, action, owner, update, status) as gold;
    ``anchor`` is the minuted line where the action was minuted, else the row itself."""
    ref, _, iso, text, _, update, status = row
    return {"page": None, "meeting_date": iso, "topic": topic, "number": ref, "text": text,
            "update": update or None, "status": STATUSES[status], "status_source": "status_column",
            "source": "action_tracker", "_anchor": anchor or text}


def log_table(rows: list[tuple[str, str, str, str, str, str, str]], widths=(11, 12, 30, 14, 30, 11)) -> T:
    header = ("Ref", "Date raised", "Action", "Owner", "Update", "Status")
    body = tuple((ref, raised, text, owner, update, status) for ref, raised, _, text, owner, update, status in rows)
    return T(rows=(header,) + body, widths=widths, header_rows=1)


def rag_table(header: tuple[str, ...], rows: list[tuple[str, ...]], widths: tuple[float, ...]) -> T:
    """A performance table whose last column is a RAG word printed on its colour."""
    fills = {(r + 1, len(header) - 1): RAG_FILL[row[-1]] for r, row in enumerate(rows)}
    return T(rows=(header,) + tuple(rows), widths=widths, header_rows=1, fills=fills)


def question_table(questions, level_header="Assurance level", comment_header="Comments") -> T:
    header = ("No.", "Question", "Summary of response", level_header, comment_header)
    body = tuple((number, question, response, level, comment)
                 for number, question, response, level, comment in questions)
    return T(rows=(header,) + body, widths=(6, 26, 38, 13, 27), header_rows=1)


def question_lines(questions, level_label="Assurance level:", comment_label="Comment:") -> list:
    out = []
    for number, question, response, level, comment in questions:
        out += [P(f"**Question {number}:** {question}"), P(f"Response: {response}"),
                P(f"**{level_label}** {level}"), P(f"{comment_label} {comment}")]
    return out


# --- page finder -------------------------------------------------------------

WORD = re.compile(r"[a-z0-9]+")


def pdf_pages(data: bytes) -> list[list[str]]:
    return [WORD.findall((page.extract_text() or "").lower()) for page in PdfReader(io.BytesIO(data)).pages]


def find_page(pages: list[list[str]], anchor: str, start: int = 1) -> int:
    """The first page (from ``start``) whose words hold the anchor's first six words in order within
    a window of 60 words (a cell's wrapped lines are interleaved with its neighbours')."""
    wanted = WORD.findall(anchor.lower())[:6]
    for number, words in enumerate(pages, 1):
        if number < start:
            continue
        for i, word in enumerate(words):
            if word != wanted[0]:
                continue
            position, found = i, 1
            for target in wanted[1:]:
                try:
                    position = words.index(target, position + 1, i + 60)
                except ValueError:
                    break
                found += 1
            if found == len(wanted):
                return number
    raise ValueError(f"anchor not found: {anchor!r}")


def finish_gold(records: dict, data: bytes | None) -> dict:
    """Set PDF pages from the PDF's own text (front-sheet records on page 1) and drop the anchors."""
    pages = pdf_pages(data) if data is not None else None
    for kind, items in records.items():
        for record in items:
            anchor = record.pop("_anchor", None)
            if pages is None or kind == "documents":
                continue
            if kind == "agenda_items":
                record["page"] = find_page(pages, anchor)
            elif kind == "meetings" and record is items[0]:
                record["page"] = 1  # the front sheet's meeting
            else:
                record["page"] = find_page(pages, anchor, start=2)
    if pages is not None:
        records["documents"][0]["pages"] = len(pages)
    return records


# --- packs --------------------------------------------------------------------

WHEN = datetime(2027, 1, 4, 9, 0, 0)


def nottinghamshire() -> tuple[bytes, dict]:
    """reportlab, Serif: a Strategic Assurance and Performance Meeting pack."""
    office = "Police and Crime Commissioner for Nottinghamshire"
    force = "Nottinghamshire Police"
    title = "Strategic Assurance and Performance Meeting"
    date, prev = "2027-02-09", "2026-12-08"
    items = [("1", "Welcome and apologies", "Commissioner", "For information"),
             ("2", "Notes of the meeting held on 8 December 2026", "Head of Governance", "For decision"),
             ("3", "Action log", "Head of Governance", "For assurance"),
             ("4", "Neighbourhood crime: burglary, robbery and vehicle crime", "ACC Local Policing", "For assurance"),
             ("5", "Force performance report, quarter 3", "Head of Performance", "For assurance"),
             ("6", "Forward work plan 2027", "Head of Governance", "For information"),
             ("7", "Any other business", "All", "For information")]
    questions = [
        ("1", "How many knife-enabled offences were recorded in the year to October 2026, and how does that compare with the year before?",
         "The Force recorded 611 offences, 7% fewer than the previous year. Most of the fall was in the city centre, where the night-time economy patrols were extended.",
         "Assured", "The Commissioner welcomed the reduction and asked that the figures by district are published."),
        ("2", "How are young people found carrying a knife referred to diversion, and how many completed it?",
         "Of 142 referrals, 96 started the programme and 71 completed it. Waiting times rose to seven weeks after one provider withdrew.",
         "Partially assured", "The Commissioner is concerned about the waiting times and will raise the provider gap with the violence reduction unit."),
        ("3", "What use has been made of knife arches and weapon sweeps at schools and events?",
         "Forty-one operations were run; 18 weapons were recovered. Schools asked for more notice of the visits.",
         "Assured", "The Commissioner asked that school leaders are given a single contact for the operations."),
    ]
    minuted = ("SAPM 26/31", "08/12/2026", "2026-12-08",
               "Provide a plan to reduce the waiting time for knife crime diversion.",
               "ACC Local Policing", "Plan received 20 January 2027; second provider starts in March.", "Complete")
    log_rows = [
        ("SAPM 26/22", "13/10/2026", "2026-10-13", "Share the results of the rural crime survey with the Commissioner.",
         "Supt Rural Policing", "Results shared on 4 November 2026.", "Complete"),
        ("SAPM 26/27", "13/10/2026", "2026-10-13", "Report the number of officers abstracted from neighbourhood teams each month.",
         "Chief Superintendent", "First report due February 2027.", "Open"),
        minuted,
    ]
    perf = [("999 calls answered within 10 seconds", "90%", "86.4%", "Amber"),
            ("Emergency attendance within 15 minutes (urban)", "85%", "87.9%", "Green"),
            ("Residential burglary solved rate", "8%", "5.1%", "Red"),
            ("Repeat victims of domestic abuse", "27%", "26.2%", "Green"),
            ("Victim satisfaction (overall)", "80%", "74%", "Amber")]
    look = register_dejavu_serif()
    look = replace(look, footer="Nottinghamshire OPCC – SAPM – 9 February 2027")
    blocks = [
        P("**OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR NOTTINGHAMSHIRE**"),
        H(title, 1),
        P("Date: Tuesday 9 February 2027\nTime: 10:00 – 12:30\nVenue: Arnot Hill House and Microsoft Teams"),
        P("Chair: Police and Crime Commissioner"),
        P("**Theme:** Neighbourhood crime"),
        H("Agenda", 2),
        T(rows=(("No.", "Item", "Lead", "Purpose"),) + tuple(items), widths=(7, 50, 23, 20), header_rows=1),
        P("Papers marked \"For assurance\" are presented so that the Commissioner can seek assurance; items marked "
          "\"For decision\" ask the meeting to approve them."),
        Break(),
        H("Notes of the Strategic Assurance and Performance Meeting held on 8 December 2026", 1),
        P("Present: Police and Crime Commissioner (Chair); Deputy Chief Constable; ACC Local Policing; "
          "Chief Executive OPCC; Head of Governance OPCC."),
        H("1. Apologies", 2),
        P("Apologies were received from the Chief Finance Officer."),
        H("2. Notes and action log", 2),
        P("The notes of 13 October 2026 were agreed. The action log was reviewed; see the log at item 3."),
        H("3. Knife crime", 2),
        question_table(questions),
        P("**Action SAPM 26/31:** Provide a plan to reduce the waiting time for knife crime diversion."),
        H("4. Any other business", 2),
        P("None."),
        Break(),
        H("Action log", 1),
        P("Status: Complete – the action has been done; Open – work continues."),
        log_table(log_rows),
        Break(),
        H("Force performance report – quarter 3 2026/27", 1),
        P("1.1 This report sets out the Force's position against the measures of the Police and Crime Plan. "
          "The Board is asked to note the report."),
        rag_table(("Measure", "Target", "Year to date", "RAG"), perf, (46, 14, 18, 12)),
        P("Key: **Green** – on or better than target; **Amber** – within 5% of target; **Red** – more than 5% "
          "below target."),
        H("Investigation workloads", 2),
        T(rows=(("Team", "Allocated", "Complete", "Outstanding"),
                ("Burglary hub", "1,204", "988", "216"),
                ("Robbery team", "311", "246", "65"),
                ("Vehicle crime unit", "876", "701", "175")), widths=(34, 20, 20, 20), header_rows=1),
        P("1.2 The number of outstanding investigations per investigator fell from 14 to 11 over the quarter."),
        Break(),
        H("Questions from the public", 1),
        P("**Question from a resident of Mansfield:** How many burglaries in my area were solved last year?"),
        P("**Answer:** The Force solved 7.4% of residential burglaries in the Mansfield district in 2026, against 5.1% "
          "across the county. The Commissioner has asked the Force to explain the difference between districts at "
          "this meeting."),
        H("Forward work plan 2027", 1),
        T(rows=(("Meeting", "Theme", "Lead", "Purpose"),
                ("13 April 2027", "Violence against women and girls", "ACC Crime", "For assurance"),
                ("15 June 2027", "Contact management and 101", "ACC Local Policing", "For assurance"),
                ("14 September 2027", "Workforce, wellbeing and vetting", "Director of People", "For assurance")),
            widths=(22, 40, 22, 16), header_rows=1),
    ]
    data = render_pdf(blocks, look, title=title, author="Nottinghamshire OPCC")
    records = {
        "documents": [document("pdf", title, force, office, date)],
        "meetings": [meeting(date, "Neighbourhood crime", office, title, title),
                     meeting(prev, "Knife crime", office,
                             "Notes of the Strategic Assurance and Performance Meeting held on 8 December 2026",
                             "Notes of the Strategic Assurance and Performance Meeting held on 8 December")],
        "agenda_items": agenda(date, [(n, t, lead) for n, t, lead, _ in items]),
        "assurance_decisions": decisions(prev, "Knife crime", questions),
        "actions": [action(log_rows[0], None), action(log_rows[1], None),
                    action(minuted, "Knife crime", "Action SAPM 26/31: Provide a plan to reduce the waiting")],
        "grades": [],
    }
    return data, finish_gold(records, data)


def essex() -> tuple[bytes, dict]:
    """Word: a PFCC's Performance and Resources Scrutiny Board, with the PFCC's decision log, the
    force's strategic risk register and questions put to the Chief Constable in advance."""
    office = "Police, Fire and Crime Commissioner for Essex"
    force = "Essex Police"
    title = "Performance and Resources Scrutiny Board"
    date, prev = "2027-01-26", "2026-11-24"
    items = [("1", "Apologies for absence", "Chair"),
             ("2", "Declarations of interest", "All"),
             ("3", "Minutes of the meeting held on 24 November 2026", "Chair"),
             ("4", "Action log", "Performance and Scrutiny Manager"),
             ("5", "Road safety and the Safer Essex Roads Partnership", "Chief Superintendent, Roads Policing"),
             ("6", "Strategic risk register", "Head of Risk and Business Continuity"),
             ("7", "Decisions of the Commissioner since the last meeting", "Chief Executive"),
             ("8", "Any other business", "Chair")]
    rural = [
        ("1", "How has the Force's response to farm machinery theft changed since the rural crime team was enlarged?",
         "Thefts of machinery fell from 212 to 158. The team now has 14 officers and two staff investigators, and 31 arrests were made.",
         "Assured", "The Commissioner thanked the team and asked for the recovery figures in the next report."),
        ("2", "How well do rural communities know how to report wildlife and heritage crime?",
         "The Force ran 22 village events and a radio campaign. Reports of hare coursing rose by 18%, which the Force reads as greater confidence.",
         "Partially assured", "The Commissioner would like to see the survey of rural residents repeated before she is fully assured."),
    ]
    custody = [
        ("1", "How long are detained people waiting for an appropriate adult, and what is being done to shorten the wait?",
         "The average wait is 4 hours 40 minutes against a standard of 3 hours. A new contract starts in April and adds overnight cover.",
         "Not assured", "The Commissioner is not assured that vulnerable detainees are seen quickly enough and will review the contract after three months."),
        ("2", "What did the latest independent custody visitors' reports find?",
         "Visitors made 96 visits. Cell cleanliness and the provision of meals were good; the issues raised were about faulty cell call bells at one suite.",
         "Assured", "The Commissioner was pleased with the visitors' findings."),
    ]
    minuted_rural = ("PRSB 26/40", "24/11/2026", "2026-11-24",
                     "Repeat the survey of rural residents and report the results to the Board.",
                     "Head of Rural Policing", "Survey opened on 6 January 2027 and closes on 28 February.", "Open")
    minuted_custody = ("PRSB 26/41", "24/11/2026", "2026-11-24",
                       "Confirm the date the new appropriate adult contract starts and its overnight cover.",
                       "Head of Custody", "Confirmed: 1 April 2027, with cover from 22:00 to 07:00.", "Complete")
    older = ("PRSB 26/33", "29/09/2026", "2026-09-29",
             "Provide the Board with the vetting backlog figures by month.",
             "Head of Professional Standards", "", "Open")
    log_rows = [older, minuted_rural, minuted_custody]
    risks = [("SR1", "Funding gap in 2028/29 not closed by savings plans", "Chief Finance Officer", "4", "4", "16 (High)", "Stable"),
             ("SR2", "Failure of the command and control system upgrade", "Director of IT", "3", "5", "15 (High)", "Rising"),
             ("SR3", "Officer numbers fall below the funded establishment", "Director of People", "3", "3", "9 (Medium)", "Falling"),
             ("SR4", "Backlog of digital forensic examinations delays charging", "Head of Forensics", "4", "3", "12 (Medium)", "Stable")]
    decision_log = [("PFCC/001/27", "Award of the victims' services contract 2027-2030", "08/01/2027", "£2.4m", "Approved"),
                    ("PFCC/004/27", "Purchase of 48 response vehicles", "14/01/2027", "£1.9m", "Approved"),
                    ("PFCC/006/27", "Sale of the former police house at a village site", "19/01/2027", "£310k", "Deferred")]
    blocks = [
        P("**POLICE, FIRE AND CRIME COMMISSIONER FOR ESSEX**"),
        H(title, 1),
        P("Tuesday 26 January 2027, 14:00 – 16:00, Kelvedon Park and online"),
        P("Chair: Police, Fire and Crime Commissioner"),
        P("**Topic:** Road safety"),
        H("Agenda", 2),
        T(rows=(("Item", "Title", "Presenter"),) + tuple(items), widths=(8, 56, 36), header_rows=1),
        Break(),
        H("Item 5: Road safety – questions for the Chief Constable", 2),
        P("The Commissioner has set the following questions in advance of the meeting. The Force will answer them "
          "at the meeting and the answers, with the Commissioner's level of assurance, will be recorded in the minutes."),
        P("1. How many people were killed or seriously injured on Essex roads in 2026, and which routes saw the most collisions?"),
        P("2. How is the Force using average speed cameras and community speed watch together?"),
        P("3. How quickly are drug-driving blood samples analysed, and have any cases been lost to the time limit?"),
        Break(),
        H("Minutes of the Performance and Resources Scrutiny Board held on 24 November 2026", 1),
        P("Present: Police, Fire and Crime Commissioner (Chair); Deputy Chief Constable; Chief Executive; "
          "Performance and Scrutiny Manager."),
        H("1. Apologies and declarations", 2),
        P("There were no apologies and no declarations of interest."),
        H("2. Rural crime", 2),
        *question_lines(rural),
        P("**Action PRSB 26/40:** Repeat the survey of rural residents and report the results to the Board."),
        H("3. Custody and detainee welfare", 2),
        *question_lines(custody),
        P("**Action PRSB 26/41:** Confirm the date the new appropriate adult contract starts and its overnight cover."),
        H("4. Any other business", 2),
        P("The Board noted that the decisions published since the last meeting are listed on the Commissioner's website."),
        Break(),
        H("Action log", 1),
        P("Open actions are carried forward until the Board agrees to close them."),
        log_table(log_rows),
        Break(),
        H("Item 6: Strategic risk register – January 2027", 1),
        P("The register is reviewed monthly by the Chief Officer Group. Scores are likelihood × impact, each out of 5. "
          "A score of 15 or more is High, 8 to 14 Medium, 7 or less Low."),
        T(rows=(("Ref", "Risk", "Owner", "Likelihood", "Impact", "Score", "Direction"),) + tuple(risks),
          widths=(7, 35, 18, 10, 9, 12, 9), header_rows=1),
        P("Mitigating actions for SR2 are reported to the Digital Programme Board; the next review is due in March 2027."),
        H("Item 7: Decisions of the Commissioner since the last meeting", 1),
        T(rows=(("Decision ref", "Title", "Date signed", "Value", "Decision"),) + tuple(decision_log),
          widths=(15, 45, 14, 11, 15), header_rows=1),
        P("**PFCC/004/27 – Purchase of 48 response vehicles.** The Chief Constable asked the Commissioner to approve "
          "the replacement of response vehicles that have passed 150,000 miles. Decision: Approved. The purchase is "
          "met from the capital programme."),
        Break(),
        H("Appendix A – Essex Police road safety delivery plan 2026/27 (Force document)", 1),
        P("The Force's Roads Policing Board owns this plan; the statuses are reported by the action owners."),
        T(rows=(("No.", "Action", "Lead", "Due", "Status"),
                ("1", "Extend average speed cameras to two further A-road routes", "Safer Roads Partnership", "Sep 2026", "Complete"),
                ("2", "Train 40 more officers in drug-driving roadside testing", "Roads Policing Unit", "Dec 2026", "Complete"),
                ("3", "Launch the dashcam submission portal for cyclists and horse riders", "Digital Team", "Mar 2027", "In progress"),
                ("4", "Review the collision investigation unit's establishment", "Chief Superintendent", "Jun 2027", "Not started")),
          widths=(6, 48, 20, 10, 16), header_rows=1),
        H("Glossary", 2),
        Bul(("KSI – killed or seriously injured", "PRSB – Performance and Resources Scrutiny Board",
             "SERP – Safer Essex Roads Partnership")),
    ]
    data = render_docx(blocks, title=title, author="Essex PFCC", when=WHEN, header=("PFCC for Essex – Performance and Resources Scrutiny Board",))
    records = {
        "documents": [document("docx", title, force, office, date)],
        "meetings": [meeting(date, "Road safety", office, title, title),
                     meeting(prev, None, office,
                             "Minutes of the Performance and Resources Scrutiny Board held on 24 November 2026", "")],
        "agenda_items": agenda(date, items),
        "assurance_decisions": decisions(prev, "Rural crime", rural) + decisions(prev, "Custody and detainee welfare", custody),
        "actions": [action(older, None), action(minuted_rural, "Rural crime"),
                    action(minuted_custody, "Custody and detainee welfare")],
        "grades": [],
    }
    return data, finish_gold(records, None)


def west_yorkshire() -> tuple[bytes, dict]:
    """Word saved as PDF: a mayoral office's accountability meeting chaired by the Deputy Mayor, with the
    force's HMICFRS recommendations tracker and its own vulnerability improvement plan."""
    office = "Deputy Mayor for Policing and Crime"
    force = "West Yorkshire Police"
    title = "Policing and Crime Accountability Meeting"
    date, prev = "2027-03-16", "2027-01-19"
    items = [("1", "Welcome, introductions and apologies", "Deputy Mayor"),
             ("2", "Notes of the meeting held on 19 January 2027 and action log", "Head of Policing and Crime"),
             ("3", "Protecting vulnerable people: progress on the force improvement plan", "Assistant Chief Constable"),
             ("4", "HMICFRS recommendations: progress report", "Head of Strategic Development"),
             ("5", "Forward plan", "Head of Policing and Crime"),
             ("6", "Any other business", "Deputy Mayor")]
    questions = [
        ("MP1", "How many children were reported missing more than three times in 2026, and what is done after their return?",
         "There were 402 such children. Every return now gets an interview offer within 72 hours; 61% were accepted, up from 48%.",
         "Partially assured", "The Deputy Mayor welcomed the rise but asked for the acceptance rate by district."),
        ("MP2", "Are risk assessments of missing people checked by a supervisor in time?",
         "Audit of 200 cases found 93% were reviewed within the hour. The remaining cases were in the overnight period.",
         "Assured", "The Deputy Mayor was assured by the audit."),
        ("MP3", "How does the Force share information with care homes when a child goes missing from placement?",
         "A protocol has been agreed with four of the five local authorities; the fifth is expected to sign in April.",
         "Not assured", "The Deputy Mayor asked that the fifth authority is raised at the next partnership board."),
    ]
    a1 = ("PCAM 27/03", "19/01/2027", "2027-01-19",
          "Provide the return interview acceptance rate for each district.",
          "Superintendent, Safeguarding", "Figures circulated on 2 March 2027.", "Closed")
    a2 = ("PCAM 27/04", "19/01/2027", "2027-01-19",
          "Write to the fifth local authority about the missing from care protocol.",
          "Head of Policing and Crime", "Letter sent; meeting with the director of children's services set for 24 March.", "Open")
    older = ("PCAM 26/29", "17/11/2026", "2026-11-17",
             "Circulate the findings of the review of domestic abuse risk assessments.",
             "Detective Chief Superintendent", "Review delayed to April 2027 by the new risk tool.", "Open")
    log_rows = [older, a1, a2]
    hmic = [("R1", "By March 2026, the force should make sure that missing children are risk assessed using all the information available.",
             "PEEL 2023-25", "ACC Safeguarding", "Complete"),
            ("R2", "Within six months, the force should improve the supervision of stalking investigations.",
             "Stalking and harassment inspection", "DCS Public Protection", "In progress"),
            ("R3", "The force should review how it records the voice of the child in domestic abuse cases.",
             "Child protection inspection", "DCS Public Protection", "In progress"),
            ("AFI4", "The force should improve how it updates victims of crime.", "PEEL 2023-25", "ACC Crime", "Complete")]
    plan = [("Missing people", "Introduce a missing person coordinator in each district", "Supt Safeguarding", "Dec 2026", "Complete"),
            ("Missing people", "Train control room staff in the new risk tool", "Head of Contact", "Mar 2027", "On track"),
            ("Child exploitation", "Publish the exploitation problem profile", "Head of Intelligence", "Feb 2027", "Delayed"),
            ("Domestic abuse", "Roll out body-worn video review of DA attendance", "Supt Response", "Jun 2027", "On track")]
    blocks = [
        P("**West Yorkshire Combined Authority – Policing and Crime**"),
        H(title, 1),
        P("Date: 16 March 2027    Time: 13:30    Venue: Wellington House, Leeds"),
        P("Chair: Deputy Mayor for Policing and Crime"),
        P("**Theme:** Protecting vulnerable people"),
        H("Agenda", 2),
        T(rows=(("No.", "Item", "Presenter"),) + tuple(items), widths=(7, 60, 33), header_rows=1),
        Break(),
        H("Notes of the Policing and Crime Accountability Meeting – 19 January 2027", 1),
        P("Attendees: Deputy Mayor for Policing and Crime (Chair); Chief Constable; Assistant Chief Constable; "
          "Head of Policing and Crime."),
        H("1. Welcome and apologies", 2),
        P("No apologies were received."),
        H("2. Notes of the previous meeting", 2),
        P("The notes of 17 November 2026 were agreed as a correct record."),
        H("3. Missing people", 2),
        question_table(questions, level_header="Level of assurance"),
        P("**Action PCAM 27/03:** Provide the return interview acceptance rate for each district."),
        P("**Action PCAM 27/04:** Write to the fifth local authority about the missing from care protocol."),
        H("4. Any other business", 2),
        P("There was no other business."),
        Break(),
        H("Action log", 1),
        P("Closed actions are removed after the meeting that notes them."),
        log_table(log_rows),
        Break(),
        H("Item 3 – Vulnerability improvement plan: progress", 1),
        P("West Yorkshire Police owns this plan. It is monitored by the Force Vulnerability Board; the statuses "
          "below are the Force's own."),
        T(rows=(("Workstream", "Action", "Lead", "Due", "Status"),) + tuple(plan), widths=(18, 40, 18, 11, 13), header_rows=1),
        H("Item 4 – HMICFRS recommendations and areas for improvement", 1),
        P("The Force tracks every open HMICFRS recommendation and area for improvement on its own register. "
          "Items are closed by the Force Assurance Board once the evidence has been reviewed."),
        T(rows=(("Ref", "Recommendation / AFI", "Report", "Owner", "Status"),) + tuple(hmic), widths=(7, 45, 20, 16, 12), header_rows=1),
        Break(),
        H("Item 5 – Forward plan", 1),
        T(rows=(("Date", "Theme", "Papers due"),
                ("18 May 2027", "Neighbourhood policing and antisocial behaviour", "4 May 2027"),
                ("20 July 2027", "Serious violence and knife crime", "6 July 2027"),
                ("21 September 2027", "Workforce, standards and vetting", "7 September 2027")), widths=(22, 55, 23), header_rows=1),
    ]
    data = docx_to_pdf(render_docx(blocks, title=title, author="WYCA Policing and Crime", when=WHEN,
                                   header=("West Yorkshire Combined Authority",)))
    records = {
        "documents": [document("pdf", title, force, office, date)],
        "meetings": [meeting(date, "Protecting vulnerable people", office, title, title),
                     meeting(prev, "Missing people", office,
                             "Notes of the Policing and Crime Accountability Meeting – 19 January 2027",
                             "Notes of the Policing and Crime Accountability Meeting 19")],
        "agenda_items": agenda(date, items),
        "assurance_decisions": decisions(prev, "Missing people", questions),
        "actions": [action(older, None),
                    action(a1, "Missing people", "Action PCAM 27/03: Provide the return interview"),
                    action(a2, "Missing people", "Action PCAM 27/04: Write to the fifth")],
        "grades": [],
    }
    return data, finish_gold(records, data)


def devon_cornwall() -> tuple[bytes, dict]:
    """Word: a Performance and Accountability Board pack with the joint audit committee's summary
    (internal audit opinions, management actions) and a public question with its answer."""
    office = "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"
    force = "Devon and Cornwall Police"
    title = "Performance and Accountability Board"
    date, prev = "2027-03-04", "2027-01-20"
    items = [("1", "Apologies", "Chair"),
             ("2", "Minutes of the previous meeting (20 January 2027)", "Chair"),
             ("3", "Action log", "Board Secretary"),
             ("4", "Contact and 101 performance", "Head of Contact"),
             ("5", "Fraud and economic crime", "Detective Superintendent, Economic Crime"),
             ("6", "Joint Audit Committee: summary for the Board", "Treasurer"),
             ("7", "Public questions", "Chair"),
             ("8", "Any other business", "Chair")]
    questions = [
        ("1", "What share of 101 calls was answered within ten minutes in the last quarter?",
         "58% were answered within ten minutes, against 41% a year ago. Online reporting now takes 27% of non-emergency contact.",
         "Partially assured", "The Commissioner noted the improvement but still hears complaints from rural callers and wants the figures by area."),
        ("2", "How many calls are abandoned, and are callers who hang up called back?",
         "The abandonment rate fell to 9%. Callers who hang up after giving a number are called back within the hour in 88% of cases.",
         "Assured", "The Commissioner welcomed the call-back process."),
        ("3", "How is the Force making sure the summer peak in visitors is covered in the control room?",
         "A seasonal rota and 24 extra call handlers are planned from June; recruitment is under way but eight posts are unfilled.",
         "Not assured", "The Commissioner asked to see the recruitment position again in May before the summer begins."),
    ]
    a1 = ("PAB/27/02", "20/01/2027", "2027-01-20", "Provide 101 answer times broken down by local policing area.",
          "Head of Contact", "Breakdown provided on 11 February 2027.", "Complete")
    a2 = ("PAB/27/03", "20/01/2027", "2027-01-20", "Report on the recruitment of seasonal call handlers to the May Board.",
          "Head of Contact", "On the agenda for 6 May 2027.", "Open")
    older = ("PAB/26/19", "11/11/2026", "2026-11-11", "Share the evaluation of the rural crime pilot in Cornwall.",
             "Supt Neighbourhoods", "Evaluation report shared with the OPCC on 15 December 2026.", "Complete")
    log_rows = [older, a1, a2]
    audits = [("Payroll and expenses", "Substantial assurance", "0", "1", "2"),
              ("Seized property and exhibits", "Limited assurance", "2", "3", "1"),
              ("Fleet management", "Reasonable assurance", "0", "2", "3"),
              ("Cyber security: patch management", "Limited assurance", "1", "2", "0")]
    mgmt = [("Seized property and exhibits", "Complete a full audit of cash held in store", "Head of Estates", "31/12/2026", "Implemented"),
            ("Seized property and exhibits", "Introduce barcode tracking at all stores", "Head of Estates", "30/06/2027", "Not yet due"),
            ("Cyber security: patch management", "Apply critical patches within 14 days", "Director of IT", "31/01/2027", "Overdue")]
    blocks = [
        P("**Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly**"),
        H(title, 1),
        P("Thursday 4 March 2027 at 10:00, Alderson Drive, Exeter"),
        P("Chair: Police and Crime Commissioner"),
        H("Agenda", 2),
        T(rows=(("Item", "Subject", "Presenter"),) + tuple(items), widths=(8, 55, 37), header_rows=1),
        Break(),
        H("Minutes of the Performance and Accountability Board held on 20 January 2027", 1),
        P("Present: Police and Crime Commissioner (Chair), Chief Constable, Deputy Chief Constable, Chief Executive, Treasurer."),
        H("1. Apologies", 2),
        P("None."),
        H("2. Minutes and action log", 2),
        P("The minutes of 11 November 2026 were agreed. The action log was noted."),
        H("3. Contact and call handling", 2),
        *question_lines(questions, level_label="Level of assurance:", comment_label="Commissioner's comment:"),
        P("**ACTION PAB/27/02:** Provide 101 answer times broken down by local policing area."),
        P("**ACTION PAB/27/03:** Report on the recruitment of seasonal call handlers to the May Board."),
        H("4. Any other business", 2),
        P("None raised."),
        Break(),
        H("Action log", 1),
        log_table(log_rows),
        Break(),
        H("Item 4: Contact and 101 performance – February 2027", 1),
        P("Recommendation: the Board is asked to note the performance of the contact centre."),
        rag_table(("Measure", "Target", "February", "RAG"),
                  [("999 calls answered within 10 seconds", "90%", "91.2%", "Green"),
                   ("101 calls answered within 10 minutes", "70%", "58%", "Red"),
                   ("Abandoned 101 calls", "10%", "9%", "Green"),
                   ("Online reports triaged within 24 hours", "95%", "89%", "Amber")], (46, 16, 18, 20)),
        P("RAG key: Green – target met; Amber – within 10% of target; Red – more than 10% from target."),
        T(rows=(("Online reports, February", "Received", "Complete", "Outstanding"),
                ("Crime reports", "4,118", "3,902", "216"),
                ("Road traffic collision reports", "611", "598", "13"),
                ("Lost property", "1,027", "1,027", "0")), widths=(40, 20, 20, 20), header_rows=1),
        Break(),
        H("Item 6: Joint Audit Committee – summary for the Board", 1),
        P("The Joint Audit Committee met on 9 February 2027. It received four final internal audit reports. The "
          "internal auditor's opinions and the number of recommendations by priority are set out below."),
        T(rows=(("Audit", "Assurance opinion", "High", "Medium", "Low"),) + tuple(audits), widths=(38, 26, 12, 12, 12), header_rows=1),
        P("The Committee took limited assurance from the seized property audit and asked the Force to report back "
          "at its June meeting. The Committee was assured that the payroll controls are working well."),
        H("Management actions arising from internal audit", 2),
        T(rows=(("Audit", "Management action", "Owner", "Target date", "Status"),) + tuple(mgmt), widths=(24, 34, 16, 13, 13), header_rows=1),
        H("Item 7: Public questions", 1),
        P("**Question from a resident of Bodmin:** Why does it take so long to get through on 101 in the evenings, and "
          "what is the Commissioner doing about it?"),
        P("**Answer:** The Commissioner has made 101 performance a standing item at this Board. Evening answer times have "
          "improved since the online reporting service was extended, and the Commissioner will publish the figures every quarter."),
    ]
    data = render_docx(blocks, title=title, author="OPCC Devon and Cornwall", when=WHEN,
                       header=("OPCC – Performance and Accountability Board – 4 March 2027",))
    records = {
        "documents": [document("docx", title, force, office, date)],
        "meetings": [meeting(date, None, office, title, title),
                     meeting(prev, "Contact and call handling", office,
                             "Minutes of the Performance and Accountability Board held on 20 January 2027", "")],
        "agenda_items": agenda(date, items),
        "assurance_decisions": decisions(prev, "Contact and call handling", questions),
        "actions": [action(older, None), action(a1, "Contact and call handling"), action(a2, "Contact and call handling")],
        "grades": [],
    }
    return data, finish_gold(records, None)


def suffolk() -> tuple[bytes, dict]:
    """Word saved as PDF: an Accountability and Performance Panel whose last minutes record no levels of
    assurance (only "noted"), with the PCC's decision notices and questions set in advance."""
    office = "Police and Crime Commissioner for Suffolk"
    force = "Suffolk Constabulary"
    title = "Accountability and Performance Panel"
    date, prev = "2027-02-05", "2026-12-04"
    items = [("1", "Apologies for absence", "Chair", "–"),
             ("2", "Minutes of the meeting on 4 December 2026", "Chair", "For decision"),
             ("3", "Action log", "Chief Executive", "For information"),
             ("4", "Rural and wildlife crime", "Chief Superintendent", "For assurance"),
             ("5", "Budget monitoring 2026/27, quarter 3", "Chief Finance Officer", "For assurance"),
             ("6", "Decisions made by the PCC", "Chief Executive", "For information"),
             ("7", "Any other business", "Chair", "–")]
    a1 = ("APP 26/14", "04/12/2026", "2026-12-04", "Circulate the forecast of overtime spend to the end of the year.",
          "Chief Finance Officer", "Forecast circulated with the quarter 3 paper.", "Complete")
    a2 = ("APP 26/15", "04/12/2026", "2026-12-04", "Bring the evaluation of the serious violence hotspot patrols to a future meeting.",
          "ACC Operations", "Evaluation under way; due to the June Panel.", "Outstanding")
    older = ("APP 26/09", "02/10/2026", "2026-10-02", "Confirm the number of PCSO vacancies by district.",
             "Head of HR", "Figures given at the December meeting.", "Complete")
    log_rows = [older, a1, a2]
    blocks = [
        P("**Police and Crime Commissioner for Suffolk**"),
        H(title, 1),
        P("Friday 5 February 2027, 10:00, Police Headquarters, Martlesham Heath"),
        P("Chair: Police and Crime Commissioner"),
        H("Agenda", 2),
        T(rows=(("Item", "Title", "Lead officer", "Purpose"),) + tuple(items), widths=(7, 48, 25, 20), header_rows=1),
        Break(),
        H("Item 4 – Rural and wildlife crime: questions to the Chief Constable", 1),
        P("These questions were sent to the Chief Constable on 15 January 2027. The Constabulary's written answers "
          "will be tabled at the meeting."),
        T(rows=(("No.", "Question"),
                ("1", "How many thefts of farm vehicles and machinery were reported in 2026, and how many were solved?"),
                ("2", "How does the Constabulary work with the farming community and Farm Watch schemes?"),
                ("3", "What training have officers received in wildlife and heritage crime?")), widths=(8, 92), header_rows=1),
        Break(),
        H("Minutes of the Accountability and Performance Panel held on 4 December 2026", 1),
        P("Present: Police and Crime Commissioner (Chair); Chief Constable; Deputy Chief Constable; Chief Executive; "
          "Chief Finance Officer; Chief Finance Officer to the Constabulary."),
        H("1. Apologies", 2),
        P("There were no apologies."),
        H("2. Minutes of the previous meeting", 2),
        P("The minutes of the meeting on 2 October 2026 were agreed as a true record."),
        H("3. Budget monitoring 2026/27, quarter 2", 2),
        P("The Chief Finance Officer presented the report. The Constabulary forecasts an underspend of £0.6m, mostly "
          "from police staff vacancies, offset in part by overtime on the county show and two homicide investigations. "
          "The PCC asked how overtime would be kept in check; the Deputy Chief Constable explained the new approval "
          "process. RESOLVED: that the report be noted."),
        P("**Action APP 26/14:** Circulate the forecast of overtime spend to the end of the year."),
        H("4. Serious violence", 2),
        P("The Assistant Chief Constable presented the update on the serious violence duty and the hotspot patrols in "
          "Ipswich and Lowestoft. Members discussed the early results. RESOLVED: that the update be noted."),
        P("**Action APP 26/15:** Bring the evaluation of the serious violence hotspot patrols to a future meeting."),
        H("5. Any other business", 2),
        P("None."),
        Break(),
        H("Action log", 1),
        log_table(log_rows),
        Break(),
        H("Item 6 – Decisions made by the Police and Crime Commissioner", 1),
        P("The following decisions have been published since the last Panel. Each decision notice is on the PCC's website."),
        P("**Decision 01/2027 – Refurbishment of the custody suite showers.** Spend of £142,000 from the capital programme. "
          "Decision: Approved, 11 January 2027."),
        P("**Decision 02/2027 – Grant to the county's domestic abuse outreach service 2027/28.** Grant of £86,500. "
          "Decision: Approved, 19 January 2027."),
        P("**Decision 03/2027 – Council tax precept 2027/28.** Proposed precept of £291.24 for a Band D property, "
          "referred to the Police and Crime Panel. Decision: Approved subject to the Panel's review, 28 January 2027."),
        H("Item 5 – Budget monitoring: capital schemes", 1),
        T(rows=(("Scheme", "Budget", "Spent to date", "Complete", "Outstanding"),
                ("Body-worn video refresh", "£1.10m", "£0.94m", "85%", "£0.16m"),
                ("Mobile data devices", "£0.72m", "£0.72m", "100%", "£0.00m"),
                ("Estates: Lowestoft roof", "£0.38m", "£0.05m", "13%", "£0.33m")), widths=(36, 16, 18, 14, 16), header_rows=1),
    ]
    data = docx_to_pdf(render_docx(blocks, title=title, author="OPCC Suffolk", when=WHEN, header=("OPCC Suffolk",)))
    records = {
        "documents": [document("pdf", title, force, office, date)],
        "meetings": [meeting(date, None, office, title, title),
                     meeting(prev, None, office, "Minutes of the Accountability and Performance Panel held on 4 December 2026",
                             "Minutes of the Accountability and Performance Panel held")],
        "agenda_items": agenda(date, [(n, t, lead) for n, t, lead, _ in items]),
        "assurance_decisions": [],
        "actions": [action(older, None),
                    action(a1, "Budget monitoring 2026/27, quarter 2", "Action APP 26/14: Circulate the forecast"),
                    action(a2, "Serious violence", "Action APP 26/15: Bring the evaluation")],
        "grades": [],
    }
    return data, finish_gold(records, data)


def south_wales() -> tuple[bytes, dict]:
    """reportlab: a board pack with no minutes and no action log; everything in it that looks like a
    record is not one (questions set in advance, RAG measures, a risk register, a forward plan and a
    public question whose answer is still to come)."""
    office = "Police and Crime Commissioner for South Wales"
    force = "South Wales Police"
    title = "Strategic Planning and Accountability Board"
    date = "2027-01-19"
    items = [("1", "Apologies", "Chair"),
             ("2", "Questions to the Chief Constable: anti-social behaviour", "Chief Superintendent, Neighbourhoods"),
             ("3", "Police and Crime Plan performance: quarter 3", "Head of Performance"),
             ("4", "Joint strategic risk register", "Head of Corporate Risk"),
             ("5", "Public questions", "Chair"),
             ("6", "Forward plan", "Head of Governance")]
    perf = [("Anti-social behaviour incidents", "Reduce", "-6.2%", "Green"),
            ("Repeat ASB locations", "Reduce", "+3.1%", "Red"),
            ("Public confidence (survey)", "75%", "71%", "Amber"),
            ("Neighbourhood officers in post", "620", "603", "Amber")]
    risks = [("Loss of a key partner's funding for youth diversion", "Likely", "Major", "High"),
             ("Neighbourhood abstractions to response duties", "Almost certain", "Moderate", "High"),
             ("Delay to the new records management system", "Possible", "Major", "Medium")]
    look = PdfLook(font="Helvetica", bold_font="Helvetica-Bold", italic_font="Helvetica-Oblique",
                   footer="South Wales OPCC – Strategic Planning and Accountability Board")
    blocks = [
        P("**Office of the Police and Crime Commissioner for South Wales**"),
        H(title, 1),
        P("Tuesday 19 January 2027, 14:00 – 16:00, Police Headquarters, Bridgend"),
        P("Chair: Police and Crime Commissioner"),
        P("**Theme:** Anti-social behaviour"),
        H("Agenda", 2),
        T(rows=(("No.", "Item", "Lead"),) + tuple(items), widths=(7, 58, 35), header_rows=1),
        P("The notes of the last Board will be circulated separately once agreed by the Chair."),
        Break(),
        H("Item 2 – Anti-social behaviour: questions set by the Commissioner", 1),
        P("The Commissioner will seek assurance on the questions below. The Force will respond at the meeting, and the "
          "Commissioner's level of assurance will be recorded in the notes."),
        T(rows=(("Question", "Lead", "Assurance level"),
                ("1. How has the Force used the new ASB case review (community trigger) this year?", "Ch Supt Neighbourhoods", "To be given at the meeting"),
                ("2. Which locations have had repeat ASB for more than six months, and what is the plan for each?", "Ch Supt Neighbourhoods", "To be given at the meeting"),
                ("3. How are victims of ASB kept informed of what is being done?", "Head of Victim Services", "To be given at the meeting")),
          widths=(58, 22, 20), header_rows=1),
        Break(),
        H("Item 3 – Police and Crime Plan performance: quarter 3", 1),
        rag_table(("Measure", "Aim", "Position", "Status"), perf, (46, 16, 18, 20)),
        P("Status key: Green – improving or on target; Amber – stable or close to target; Red – worsening or off target."),
        H("Item 4 – Joint strategic risk register", 1),
        T(rows=(("Risk", "Likelihood", "Impact", "Rating"),) + tuple(risks), widths=(52, 16, 16, 16), header_rows=1,
          fills={(1, 3): "#ff6666", (2, 3): "#ff6666", (3, 3): "#ffc000"}),
        P("Actions to treat each risk are held by the risk owners and reviewed by the Joint Audit Committee."),
        Break(),
        H("Item 5 – Public questions", 1),
        P("**Question from a resident of Merthyr Tydfil:** What is being done about off-road bikes on the mountain "
          "roads above the town?"),
        P("**Response:** A written response will be provided by the Commissioner after the meeting and published "
          "on the website."),
        H("Item 6 – Forward plan", 1),
        T(rows=(("Board", "Theme", "Status of papers"),
                ("16 March 2027", "Violence against women and girls", "Outstanding"),
                ("18 May 2027", "Roads policing", "Outstanding"),
                ("20 July 2027", "Custody", "Not yet requested")), widths=(24, 50, 26), header_rows=1),
    ]
    data = render_pdf(blocks, look, title=title, author="South Wales OPCC")
    records = {
        "documents": [document("pdf", title, force, office, date)],
        "meetings": [meeting(date, "Anti-social behaviour", office, title, title)],
        "agenda_items": agenda(date, items),
        "assurance_decisions": [],
        "actions": [],
        "grades": [],
    }
    return data, finish_gold(records, data)


def hampshire() -> tuple[bytes, dict]:
    """reportlab: a Performance and Accountability Meeting with a deferred level of assurance, an actions
    table in the notes, the force's HMICFRS areas-for-improvement tracker (Open / Closed), internal audit
    opinions reported to the audit committee, a forward plan and a public question with its answer."""
    office = "Police and Crime Commissioner for Hampshire and the Isle of Wight"
    force = "Hampshire and Isle of Wight Constabulary"
    title = "Performance and Accountability Meeting"
    date, prev = "2027-03-10", "2027-01-13"
    items = [("1", "Introductions and apologies", "Commissioner"),
             ("2", "Notes of the meeting on 13 January 2027", "Commissioner"),
             ("3", "Action tracker", "Head of Scrutiny"),
             ("4", "Victims and the Victims' Code", "ACC Crime and Criminal Justice"),
             ("5", "Update from the Joint Audit Committee", "Chief Finance Officer, OPCC"),
             ("6", "HMICFRS areas for improvement: progress", "Head of Inspection and Assurance"),
             ("7", "Public questions", "Commissioner"),
             ("8", "Forward plan and close", "Head of Scrutiny")]
    questions = [
        ("1", "How many drivers were stopped for using a mobile phone in 2026, and what happened to them?",
         "Officers stopped 2,870 drivers; 71% were offered a course or fixed penalty and 12% were summonsed.",
         "Assured", "The Commissioner welcomed the enforcement and asked for it to be publicised."),
        ("2", "How long does it take the Constabulary to complete a fatal collision file for the coroner and the CPS?",
         "The average is 11 months. Five files have been open for more than two years because of expert reports.",
         "Partially assured", "The Commissioner asked for a plan to clear the older files."),
        ("3", "Is the Constabulary meeting the national standard for updating bereaved families after a fatal collision?",
         "The family liaison audit is being finished and will report in February.",
         "Deferred", "The Commissioner will give her level of assurance when the audit has reported."),
    ]
    a1 = ("PAM 27/01", "13/01/2027", "2027-01-13", "Provide a plan to clear fatal collision files open for more than two years.",
          "Supt Roads Policing", "", "Open")
    a2 = ("PAM 27/02", "13/01/2027", "2027-01-13", "Share the family liaison audit with the Commissioner when it is complete.",
          "Supt Roads Policing", "Audit shared on 24 February 2027.", "Closed")
    older = ("PAM 26/24", "11/11/2026", "2026-11-11", "Publish the stop and search scrutiny panel's annual report.",
             "Head of Scrutiny", "Published on 5 December 2026.", "Closed")
    log_rows = [older, a1, a2]
    afis = [("AFI 1", "The force should improve how it records the vulnerability of callers.", "Responding to the public", "Closed"),
            ("AFI 2", "The force should make sure that investigations are allocated to staff with the right skills.", "Investigating crime", "Open"),
            ("AFI 3", "The force should improve its understanding of the wellbeing needs of its workforce.", "Developing a positive workplace", "Open")]
    look = register_dejavu_serif()
    look = replace(look, footer="OPCC Hampshire and the Isle of Wight", body_size=10.5, cell_size=9.5)
    blocks = [
        P("**Police and Crime Commissioner for Hampshire and the Isle of Wight**"),
        H(title, 1),
        P("Wednesday 10 March 2027, 09:30, St George's Chambers, Winchester"),
        P("Chair: Police and Crime Commissioner"),
        P("**Focus of the meeting:** Victims and the Victims' Code"),
        H("Agenda", 2),
        T(rows=(("No.", "Item", "Presented by"),) + tuple(items), widths=(7, 58, 35), header_rows=1),
        Break(),
        H("Notes of the Performance and Accountability Meeting – 13 January 2027 (Roads policing)", 1),
        P("Present: Police and Crime Commissioner; Chief Constable; ACC Operations; Head of Scrutiny."),
        H("1. Introductions and apologies", 2),
        P("Apologies from the Deputy Chief Constable."),
        H("2. Roads policing", 2),
        T(rows=(("Q", "Question", "Response", "PCC assurance rating", "PCC comments"),) + tuple(questions),
          widths=(5, 27, 36, 13, 27), header_rows=1),
        P("**Actions agreed**"),
        T(rows=(("Ref", "Action", "Owner", "Due"),
                ("PAM 27/01", a1[3], a1[4], "March 2027"),
                ("PAM 27/02", a2[3], a2[4], "February 2027")), widths=(13, 55, 18, 14), header_rows=1),
        H("3. Any other business", 2),
        P("None."),
        Break(),
        H("Item 3 – Action tracker", 1),
        P("Open: work continues. Closed: the Commissioner has agreed the action is complete."),
        log_table(log_rows),
        H("Item 4 – Victims' Code: the Constabulary's improvement plan", 1),
        P("This plan belongs to the Constabulary and is overseen by its Victims Board. RAG is the owner's own rating."),
        rag_table(("Action", "Owner", "Due", "RAG"),
                  [("Add a Victims' Code prompt to the crime recording system", "Head of Crime Bureau", "Dec 2026", "Green"),
                   ("Audit victim needs assessments every month", "Victims Lead", "Ongoing", "Amber"),
                   ("Write to every victim within five days of a charge decision", "Witness Care", "Feb 2027", "Red")],
                  (52, 20, 14, 14)),
        H("Item 5 – Update from the Joint Audit Committee", 1),
        P("The Committee met on 24 February 2027 and received the following internal audit reports:"),
        P("**Victims' Code compliance.** Internal audit opinion: Limited assurance. Four medium-priority "
          "recommendations were agreed with the Constabulary."),
        P("**Procurement cards.** Internal audit opinion: Reasonable assurance. One low-priority recommendation."),
        P("**OPCC commissioning and grants.** Internal audit opinion: Substantial assurance. No recommendations."),
        P("The Committee noted that 14 of the 17 audit recommendations due by 31 January 2027 are complete and 3 are "
          "outstanding; it asked for the outstanding ones to be reported in June."),
        Break(),
        H("Item 6 – HMICFRS areas for improvement: progress", 1),
        P("The Constabulary's Inspection and Assurance team keeps the register below. An AFI is closed when the "
          "Constabulary's Assurance Board has seen evidence that it has been addressed."),
        T(rows=(("Ref", "Area for improvement", "PEEL area", "Status"),) + tuple(afis), widths=(9, 53, 25, 13), header_rows=1),
        H("Item 7 – Public questions", 1),
        P("**Question from a member of the public, Southampton:** How can victims complain if the Victims' Code is not followed?"),
        P("**Answer:** Victims can complain to the Constabulary's Professional Standards Department or to the Commissioner's "
          "office; the Commissioner's Victim Care Service also helps victims to raise concerns."),
        H("Item 8 – Forward plan", 1),
        T(rows=(("Meeting", "Focus", "Purpose"),
                ("12 May 2027", "Drugs and county lines", "For assurance"),
                ("14 July 2027", "Police use of force", "For assurance"),
                ("15 September 2027", "Medium-term financial plan", "For decision")), widths=(25, 50, 25), header_rows=1),
    ]
    data = render_pdf(blocks, look, title=title, author="OPCC Hampshire and the Isle of Wight")
    records = {
        "documents": [document("pdf", title, force, office, date)],
        "meetings": [meeting(date, "Victims and the Victims' Code", office, title, title),
                     meeting(prev, "Roads policing", office,
                             "Notes of the Performance and Accountability Meeting – 13 January 2027 (Roads policing)",
                             "Notes of the Performance and Accountability Meeting 13")],
        "agenda_items": agenda(date, items),
        "assurance_decisions": decisions(prev, "Roads policing", questions),
        "actions": [action(older, None),
                    action(a1, "Roads policing", "PAM 27/01 Provide a plan to clear fatal"),
                    action(a2, "Roads policing", "PAM 27/02 Share the family liaison audit")],
        "grades": [],
    }
    return data, finish_gold(records, data)


PACKS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "nottinghamshire-pcc-sapm-2027-02-09.pdf": nottinghamshire,
    "essex-pfcc-prsb-2027-01-26.docx": essex,
    "west-yorkshire-dmpc-pcam-2027-03-16.pdf": west_yorkshire,
    "devon-cornwall-pcc-pab-2027-03-04.docx": devon_cornwall,
    "suffolk-pcc-app-2027-02-05.pdf": suffolk,
    "south-wales-pcc-spab-2027-01-19.pdf": south_wales,
    "hampshire-iow-pcc-pam-2027-03-10.pdf": hampshire,
}


def main(names: list[str]) -> None:
    GOLD.mkdir(exist_ok=True)
    for name in names or PACKS:
        data, records = PACKS[name]()
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        pages = {kind: [r["page"] for r in records[kind]] for kind in ("meetings", "assurance_decisions", "actions")}
        print(f"{name}: {len(data)} bytes; pages {pages}")


if __name__ == "__main__":
    main(sys.argv[1:])
