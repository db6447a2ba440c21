"""Six scrutiny packs of offices the scrutiny extractors were not written
against, each laid out as that office publishes its papers, and their gold:

    .venv/bin/python samples/corpus/scrutiny-round3/generate.py

writes the packs here and their gold to samples/gold/<file>.json. Names,
figures and wording are fictional; the layouts follow published papers (see
README.md). The gold is written by hand below, next to the text it describes,
never from the pipeline's output; a PDF record's page is the page of the
generated PDF whose text holds the record's first words. Output is
deterministic (fixed metadata dates, fixed zip times).
"""

from __future__ import annotations

import io
import json
import re
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[1] / "gold"
sys.path.insert(0, str(HERE))

from render import Break, Bul, H, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GREEN, AMBER, RED = "#00b050", "#ffc000", "#ff0000"
CHECKED = ("Written by hand in samples/corpus/scrutiny-round3/generate.py, next to the text it describes, before "
           "the extractors were run on the pack; PDF pages found in the generated PDF's own text; levels and "
           "statuses mapped to the canonical vocabulary by hand from the pack's key.")


def decision(meeting_date, topic, number, question, evidence, level, commentary, page=None) -> dict:
    return {"page": page, "meeting_date": meeting_date, "topic": topic, "question_number": number,
            "question": question, "evidence_summary": evidence, "assurance": level, "commentary": commentary}


def action(meeting_date, topic, number, text, update, status, status_source, source, page=None) -> dict:
    return {"page": page, "meeting_date": meeting_date, "topic": topic, "number": number, "text": text,
            "update": update, "status": status, "status_source": status_source, "source": source}


def agenda(meeting_date, number, title, presenter, page=None) -> dict:
    return {"page": page, "meeting_date": meeting_date, "number": number, "title": title, "presenter": presenter}


def meeting(meeting_date, title, organisation, topic=None, page=None) -> dict:
    return {"page": page, "meeting_date": meeting_date, "topic": topic, "organisation": organisation, "title": title}


def document(file_type, pages, title, force, organisation, meeting_date) -> dict:
    return {"page": 1 if file_type == "pdf" else None, "file_type": file_type, "pages": pages,
            "doc_kind": "scrutiny_pack", "title": title, "force": force, "organisation": organisation,
            "meeting_date": meeting_date, "publication_date": None, "status": "ok"}


# --- 1. Dyfed-Powys: bilingual minutes, the board named only in the page header ---------------------------

DP_ORG = "Police and Crime Commissioner for Dyfed-Powys"
DP_DATE = "2025-07-08"
DP_ITEMS = [
    # (number, Welsh heading, English heading, question, discussion, decision sentence, level, action)
    ("3", "Troseddau gwledig", "Rural crime",
     "How is the force making sure that reports of livestock worrying and farm machinery theft are investigated "
     "to the same standard across all four counties?",
     "The Deputy Chief Constable explained that a single rural crime team now reviews every report within 48 "
     "hours and that investigation standards are audited monthly. Outcome rates in Powys remain lower than "
     "elsewhere.",
     "The Commissioner was partially assured that reports are investigated to a consistent standard, and asked "
     "to see the monthly audit results for Powys.", "Partly assured",
     ("PAB 47", "Deputy Chief Constable to share the Powys rural crime audit results with the OPCC.")),
    ("4", "Trais yn erbyn menywod a merched", "Violence against women and girls",
     "What difference has the new stalking protection order process made to the number of orders applied for?",
     "The Chief Constable reported that applications had risen from 9 to 31 in the year and that every "
     "application is reviewed by a legal adviser before it is made.",
     "The Commissioner was assured that the new process has increased the use of stalking protection orders.",
     "Assured", None),
    ("5", "Galwadau 101", "101 call handling",
     "Why has the average time to answer 101 calls in Welsh risen above the time for calls in English?",
     "The force explained that two Welsh-speaking call handlers had left and that recruitment was under way; "
     "calls in Welsh are now routed to a second team at peak times.",
     "The Commissioner was not assured that callers choosing Welsh receive an equal service and asked for a "
     "recovery plan.", "Not assured",
     ("PAB 48", "Chief Constable to present a recovery plan for Welsh language 101 call handling to the next "
                "Board.")),
]
DP_LOG = [
    # (ref, action, owner, update, letter, meeting date raised, topic)
    ("PAB 41", "Provide a breakdown of rural crime outcomes by county.", "DCC",
     "Breakdown presented at this meeting (item 3).", "C", "2025-05-06", None),
    ("PAB 43", "Review the Welsh language skills of control room staff.", "ACC",
     "Skills review completed in June 2025; results shared with the OPCC.", "C", "2025-05-06", None),
    ("PAB 45", "Publish the force's stalking protection order guidance in Welsh and English.", "DCC",
     "Translation under way; publication expected in August 2025.", "O", "2025-03-11", None),
    (*DP_ITEMS[0][7], "DCC", "New action.", "O", DP_DATE, "Rural crime"),
    (*DP_ITEMS[2][7], "CC", "New action.", "O", DP_DATE, "101 call handling"),
]


def dyfed_powys() -> tuple[bytes, dict]:
    blocks = [
        H("Cofnodion / Minutes", 1),
        P("**Dyddiad / Date:** 8 Gorffennaf 2025 / 8 July 2025"),
        P("**Lleoliad / Venue:** Pencadlys yr Heddlu, Caerfyrddin / Police Headquarters, Carmarthen"),
        P("**Presennol / Present:** Comisiynydd Heddlu a Throseddu (Cadeirydd) / Police and Crime Commissioner "
          "(Chair); Prif Gwnstabl / Chief Constable; Dirprwy Brif Gwnstabl / Deputy Chief Constable; Prif "
          "Weithredwr SCHTh / OPCC Chief Executive"),
        H("1. Ymddiheuriadau / Apologies", 2),
        P("Apologies were received from the Assistant Chief Constable."),
        H("2. Cofnodion a chamau gweithredu / Minutes and actions", 2),
        P("The minutes of the meeting held on 6 May 2025 were agreed as an accurate record. Progress on actions is "
          "recorded in the action log at item 6."),
    ]
    for number, welsh, english, question, discussion, sentence, _level, new_action in DP_ITEMS:
        blocks += [H(f"{number}. {welsh} / {english}", 2), P(f"**Cwestiwn / Question:** {question}"),
                   P(discussion), P(sentence)]
        if new_action:
            blocks.append(P(f"**Cam gweithredu / Action:** {new_action[1]} ({new_action[0]})"))
    rows = [("Cyf. / Ref", "Dyddiad / Raised", "Cam gweithredu / Action", "Perchennog / Owner",
             "Diweddariad / Update", "Statws / Status")]
    raised = {"2025-05-06": "06/05/25", "2025-03-11": "11/03/25", DP_DATE: "08/07/25"}
    rows += [(ref, raised[date], text, owner, update, letter) for ref, text, owner, update, letter, date, _t in DP_LOG]
    blocks += [
        H("6. Camau Gweithredu / Actions", 2),
        P("**Allwedd / Key:** C = Cwblhawyd / Complete; O = Agored / Open"),
        T(tuple(rows), (1.2, 1.3, 4, 1.4, 3.5, 1.1), header_rows=1),
        H("7. Unrhyw fater arall / Any other business", 2),
        P("There was no other business. The next meeting will be held on 9 September 2025."),
    ]
    data = render_docx(blocks, title="Policing Accountability Board minutes", author="OPCC Dyfed-Powys",
                       when=datetime(2025, 7, 15, 9, 0),
                       header=("Comisiynydd Heddlu a Throseddu Dyfed-Powys / " + DP_ORG,
                               "Bwrdd Atebolrwydd Plismona / Policing Accountability Board"))
    records = {
        "documents": [document("docx", None, "Policing Accountability Board", "Dyfed-Powys Police", DP_ORG, DP_DATE)],
        "meetings": [meeting(DP_DATE, "Policing Accountability Board", DP_ORG)],
        "agenda_items": [],
        "assurance_decisions": [decision(DP_DATE, english, number, question, discussion, level, sentence)
                                for number, _w, english, question, discussion, sentence, level, _a in DP_ITEMS],
        "actions": [action(date, topic, ref, text, update, "complete" if letter == "C" else "outstanding",
                           "status_column", "action_tracker")
                    for ref, text, _owner, update, letter, date, topic in DP_LOG],
    }
    return data, records


# --- 2. Surrey: Time | Item | Lead agenda with 4a/4b, levels only as cell shading, a serif face, wide margins --

SY_ORG = "Police and Crime Commissioner for Surrey"
SY_DATE = "2025-09-15"
SY_TITLE = "Performance & Accountability Meeting"
SY_AGENDA = [
    ("10:00", "1", "Welcome and apologies", "Police and Crime Commissioner"),
    ("10:05", "2", "Actions from the meeting of 16 June 2025", "Head of Performance and Governance"),
    ("10:15", "3", "Chief Constable's update", "Chief Constable"),
    ("10:35", "4", "Performance report, quarter 1 2025/26", "Deputy Chief Constable"),
    ("10:50", "4a", "Roads policing and casualty reduction", "ACC Local Policing"),
    ("11:10", "4b", "Retail crime", "ACC Specialist Crime"),
    ("11:30", "5", "Public questions", "Police and Crime Commissioner"),
    ("12:15", "6", "Any other business", "All"),
]
SY_QUESTIONS = [
    ("Roads policing",
     "How is the force targeting the routes with the highest number of people killed or seriously injured, and "
     "how will it know whether this has worked?",
     ("The force has mapped every fatal and serious collision of the last five years and chosen twelve routes for "
      "enforcement. Each route has a named inspector and a monthly enforcement plan.",
      "Speed and mobile phone offences detected on those routes rose by 40% in the quarter. The force will "
      "compare casualty numbers on the routes with the previous three years at the end of the financial year, "
      "and has asked the county council for its traffic counts so that the comparison allows for changes in "
      "traffic.",
      "Officers from the roads policing unit have also been given time each week to support neighbourhood teams "
      "with speeding complaints in villages, which residents raise most often at community meetings."),
     GREEN, "Assured"),
    ("Retail crime",
     "What has the force done to improve its response to shop theft since the last meeting, and how are repeat "
     "offenders being managed?",
     ("Every report of shop theft with evidence such as CCTV is now allocated to an investigator within 24 hours. "
      "Charge rates rose from 11% to 16% in the quarter.",
      "Forty repeat offenders have been adopted by the prolific offender scheme, and criminal behaviour orders "
      "have been applied for in nine cases. Retailers said that reporting online is still difficult and that they "
      "do not always hear the outcome of their report.",
      "The force is testing a retailer portal with two town centre business groups; it will decide in December "
      "whether to extend it to the whole county."),
     AMBER, "Partly assured"),
    ("Call handling",
     "Why has the abandonment rate for 101 calls risen over the summer, and what is being done to bring it down?",
     ("The abandonment rate for 101 calls rose to 28% in August, against 15% a year earlier. Staff absence in the "
      "contact centre reached 14%, and the online reporting form was unavailable for six days in July.",
      "The force is recruiting 18 call handlers, the first of whom will answer calls in November, and has moved "
      "officers on restricted duties into the contact centre at peak times. It could not yet say when the rate "
      "would return to its target."),
     RED, "Not assured"),
    ("Neighbourhood policing",
     "How much time are neighbourhood officers being abstracted to cover response shifts?",
     ("Neighbourhood officers spent 9% of their time on response duties in the quarter, against a limit of 5% "
      "set in the neighbourhood policing strategy. Abstraction was highest in the two boroughs with the most "
      "vacancies in response teams.",
      "The force expects abstraction to fall once 60 student officers finish their training in October, and will "
      "report it by borough at each meeting."),
     AMBER, "Partly assured"),
]
SY_ACTIONS = [
    ("PAM/25/07", "Share the roads policing enforcement plan for the autumn with the OPCC.", "ACC Local Policing",
     "31/07/2025", "Complete", "complete"),
    ("PAM/25/08", "Report the number of retail crime offenders managed through the prolific offender scheme.",
     "ACC Specialist Crime", "15/09/2025", "Complete", "complete"),
    ("PAM/25/09", "Present options to reduce 101 call abandonment.", "Deputy Chief Constable", "15/09/2025",
     "In progress", "outstanding"),
    ("PAM/25/10", "Publish the neighbourhood abstraction data on the PCC's website each quarter.",
     "Head of Performance and Governance", "30/09/2025", "Not started", "outstanding"),
]


def surrey() -> tuple[bytes, dict]:
    look = replace(register_dejavu_serif(), margin=108.0, body_size=10.5, cell_size=9.5, footer="OFFICIAL")
    agenda_rows = [("Time", "Item", "Lead")]
    agenda_rows += [(time, f"{number}. {title}" if number.isdigit() else f"{number} {title}", lead)
                    for time, number, title, lead in SY_AGENDA]
    question_rows = [("Question", "Force response", "Assurance level")]
    fills = {}
    for r, (theme, question, response, fill, _level) in enumerate(SY_QUESTIONS, start=1):
        question_rows.append(((f"**{theme}**", question), response, ""))
        fills[(r, 2)] = fill
    action_rows = [("Ref", "Action", "Owner", "Due", "Status")]
    action_rows += [(ref, text, owner, due, status) for ref, text, owner, due, status, _s in SY_ACTIONS]
    blocks = [
        P(f"**{SY_ORG}**", size=13),
        H(SY_TITLE, 1),
        P("Monday 15 September 2025, 10:00 – 12:30"),
        P("Surrey Police Headquarters, Guildford, and streamed live"),
        H("Agenda", 2),
        T(tuple(agenda_rows), (1, 4, 2.4), header_rows=1),
        H("Questions and assurance", 2),
        P("The questions the Commissioner put to the Chief Constable, the force's response and the Commissioner's "
          "assessment after the meeting."),
        P("**Assurance level key:** Green = Assured; Amber = Partially assured; Red = Not assured"),
        T(tuple(question_rows), (2.5, 5, 1.6), header_rows=1, repeat_header=False, fills=fills),
        H("Actions from the meeting of 16 June 2025", 2),
        T(tuple(action_rows), (1.9, 3.3, 1.7, 1.7, 1.7), header_rows=1),
    ]
    data = render_pdf(blocks, look, SY_TITLE, "OPCC Surrey")
    records = {
        "documents": [document("pdf", None, SY_TITLE, "Surrey Police", SY_ORG, SY_DATE)],
        "meetings": [meeting(SY_DATE, SY_TITLE, SY_ORG, page=1)],
        "agenda_items": [agenda(SY_DATE, number, title, lead, page=1) for _t, number, title, lead in SY_AGENDA],
        "assurance_decisions": [decision(SY_DATE, theme, None, question, "\n".join(response), level, None)
                                for theme, question, response, _f, level in SY_QUESTIONS],
        "actions": [action("2025-06-16", None, ref, text, None, status, "status_column", "action_tracker")
                    for ref, text, _o, _d, _s, status in SY_ACTIONS],
    }
    return data, records


# --- 3. West Mercia: agenda with a lead column and sub-points, tracker with topic rows across the table, ticks --

WM_ORG = "Police and Crime Commissioner for West Mercia"
WM_DATE = "2025-05-19"
WM_TITLE = "Assurance and Accountability Meeting"
WM_AGENDA = [
    ("1", "Review of Action Tracker",
     ("Papers: updates to the action tracker to be submitted to the OPCC by 12/05/2025 at 9am.",), None),
    ("2", "Chief Constable Assessment on Quarterly Performance",
     (Bul(("999 performance, including comparison with similar forces", "Road safety: people killed or seriously "
           "injured", "Domestic abuse arrest rates by local policing area")),
      "Papers: presentation by the Chief Constable at the meeting."), "PCC/CC"),
    ("3", "Quarterly Update on the National Priorities for Policing",
     (Bul(("Serious violence", "Neighbourhood crime", "Victim satisfaction")),), "PCC/CC"),
    ("4", "Stalking and Harassment Improvement Plan", ("Papers: report of the ACC Crime.",), "ACC Crime"),
    ("5", "Any Other Business", (), "PCC"),
]
WM_TRACKER = [
    ("Stalking", [
        ("A24/03", "18/11/2024", "Provide the number of stalking protection orders applied for and granted in 2024.",
         "DCI Public Protection", "Figures provided to the OPCC in January 2025.", "✓"),
        ("A25/01", "17/02/2025", "Confirm when stalking training for call handlers will be completed.", "ACC Crime",
         "Training is 60% complete; completion is now expected in July 2025.", "✗"),
    ]),
    ("Road Safety", [
        ("A24/07", "18/11/2024", "Share the analysis of killed and seriously injured collisions by road type.",
         "Supt Roads Policing", "Analysis shared on 3 March 2025.", "✓"),
        ("A25/02", "17/02/2025", "Set out the plan for the summer drink and drug driving campaign.",
         "Supt Roads Policing", "Plan to be presented at the June meeting.", "✗"),
    ]),
    ("Call Handling", [
        ("A25/04", "17/02/2025", "Report the 999 answer times by hour of the day for the last quarter.",
         "Head of Contact", "Report circulated with the papers for this meeting.", "✓"),
    ]),
]


def iso(day_month_year: str) -> str:
    day, month, year = day_month_year.split("/")
    return f"{2000 + int(year) if len(year) == 2 else year}-{month}-{day}"


def west_mercia() -> tuple[bytes, dict]:
    look = PdfLook(margin=56.0, footer="West Mercia PCC – Assurance and Accountability – OFFICIAL")
    agenda_rows = tuple((((f"**{number}. {title}**",) + details), lead or "")
                        for number, title, details, lead in WM_AGENDA)
    rows: list[tuple] = [("Ref", "Date raised", "Action", "Owner", "Update", "Status")]
    spans = []
    for topic, entries in WM_TRACKER:
        spans.append((len(rows), 0, 1, 6))
        rows.append((f"**Topic: {topic}**", None, None, None, None, None))
        rows += entries
    blocks = [
        P(f"**{WM_ORG}**"),
        H(WM_TITLE, 1),
        P("Quarter 4 – 2024/25"),
        H("Meeting Details", 2),
        P("Chair: Police and Crime Commissioner\nDate: Monday 19th May 2025\nTime: 2pm\nVenue: Hindlip Hall, "
          "Worcester"),
        H("Attendees", 2),
        Bul(("Police and Crime Commissioner (PCC)", "Deputy Police and Crime Commissioner (DPCC)",
             "Chief Constable (CC)", "Deputy Chief Constable (DCC)", "Policy Officer, OPCC")),
        H("Items for Discussion", 2),
        T(agenda_rows, (6, 1.3), bordered=False),
        Break(),
        H("Action Tracker", 2),
        P("Status key: ✓ = Action complete    ✗ = Action outstanding"),
        T(tuple(rows), (1, 1.45, 3.3, 1.5, 3.1, 0.9), header_rows=1, spans=tuple(spans)),
    ]
    data = render_pdf(blocks, look, WM_TITLE, "OPCC West Mercia")
    records = {
        "documents": [document("pdf", None, WM_TITLE, "West Mercia Police", WM_ORG, WM_DATE)],
        "meetings": [meeting(WM_DATE, WM_TITLE, WM_ORG, page=1)],
        "agenda_items": [agenda(WM_DATE, number, title, lead, page=1) for number, title, _d, lead in WM_AGENDA],
        "assurance_decisions": [],
        "actions": [action(iso(raised), topic, ref, text, update, "complete" if mark == "✓" else "outstanding",
                           "status_column", "action_tracker")
                    for topic, entries in WM_TRACKER for ref, raised, text, _o, update, mark in entries],
    }
    return data, records


# --- 4. Gwent: typed agenda numbers with "- (Presenter)", two earlier meetings' minutes dated differently ------

GW_ORG = "Police and Crime Commissioner for Gwent"
GW_DATE = "2025-06-10"
GW_TITLE = "Strategy and Performance Board"
GW_AGENDA = [
    ("1", "Apologies for absence", None),
    ("2", "To confirm the Minutes and Actions from the meetings on 11th March 2025 and 13/05/2025", None),
    ("3", "Organisational Performance Report Q4 2024/25", "Deputy Chief Constable"),
    ("4", "Chief Constable's Update", "Chief Constable"),
    ("5", "Stop and Search Bi-Annual Report", "Superintendent, East Local Policing Area"),
    ("6", "Welsh Language Standards Annual Report", "Deputy Chief Constable"),
    ("7", "Any other business", None),
]
GW_MARCH = "Minutes of the Strategy and Performance Board held on Tuesday 11th March 2025"
GW_MAY = "Notes of the extraordinary Strategy and Performance Board – 13/05/2025"
GW_ACTIONS = [
    # (number, meeting, minuted under, action, owner, update, status word, status)
    ("2.1", "2025-03-11", "Organisational Performance Report Q3 2024/25",
     "The Deputy Chief Constable to set out the funding position for the domestic abuse team's temporary posts.",
     "DCC", "Funding confirmed to March 2026 from the force's budget.", "Discharged", "complete"),
    ("3.1", "2025-03-11", "Fleet Strategy Annual Report",
     "The Assistant Chief Officer Resources to report the results of the electric vehicle charging pilot.",
     "ACOR", "Pilot results due in September 2025.", "Open", "outstanding"),
    ("1.1", "2025-05-13", "HMICFRS PEEL inspection: initial feedback",
     "The Chief Constable to share the force's PEEL improvement plan with the OPCC once drafted.",
     "CC", "Draft plan shared on 2 June 2025.", "Discharged", "complete"),
]


def gwent() -> tuple[bytes, dict]:
    agenda_lines = [P(f"{number}.\t{title}" + (f" - ({lead})" if lead else ""), indent=0)
                    for number, title, lead in GW_AGENDA]
    actions = {a[0] + a[1]: a for a in GW_ACTIONS}
    log_rows = [("Action No.", "Meeting", "Action", "Responsible", "Update", "Status")]
    log_rows += [(number, "/".join(reversed(date.split("-"))), text, owner, update, word)
                 for number, date, _topic, text, owner, update, word, _s in GW_ACTIONS]
    blocks = [
        P(f"**{GW_ORG}**"),
        H(GW_TITLE, 1),
        P("Tuesday 10th June 2025, 10:00, Police Headquarters, Cwmbran"),
        P("*Attendees must ensure decisions and discussions at this meeting support and respect the Police and "
          "Crime Plan priorities and our responsibilities under the Welsh Language Standards.*"),
        H("Agenda", 2),
        *agenda_lines,
        Break(),
        H(GW_MARCH, 1),
        P("**Present:** Police and Crime Commissioner (Chair); Deputy Police and Crime Commissioner; Chief "
          "Constable; Deputy Chief Constable; Assistant Chief Officer Resources; OPCC Chief Executive."),
        H("1. Apologies", 2),
        P("1.1 Apologies were received from the Chief Finance Officer."),
        H("2. Organisational Performance Report Q3 2024/25", 2),
        P("2.1 The Deputy Chief Constable presented the report. Charge rates for domestic abuse had improved for "
          "the third quarter in a row."),
        P("2.2 The Commissioner was reassured by the improvement but asked how it would be sustained when the "
          "domestic abuse team's temporary posts end."),
        P(f"**Action 2.1:** {actions['2.12025-03-11'][3]}"),
        H("3. Fleet Strategy Annual Report", 2),
        P("3.1 The Assistant Chief Officer Resources presented the report. Twelve electric vehicles have joined "
          "the fleet, and a charging pilot is running at three stations."),
        P(f"**Action 3.1:** {actions['3.12025-03-11'][3]}"),
        H(GW_MAY, 1),
        P("**Present:** Police and Crime Commissioner (Chair); Chief Constable; OPCC Chief Executive."),
        H("1. HMICFRS PEEL inspection: initial feedback", 2),
        P("1.1 The Chief Constable summarised the inspectorate's initial feedback, which recognised improvements "
          "in call handling and raised concerns about the supervision of investigations. The Commissioner noted "
          "that the final report is expected in the autumn."),
        P(f"**Action 1.1:** {actions['1.12025-05-13'][3]}"),
        H("Action log", 1),
        T(tuple(log_rows), (1, 1.3, 4, 1.2, 3, 1.2), header_rows=1),
    ]
    data = render_docx(blocks, title=GW_TITLE, author="OPCC Gwent", when=datetime(2025, 6, 3, 9, 0))
    records = {
        "documents": [document("docx", None, GW_TITLE, "Gwent Police", GW_ORG, GW_DATE)],
        "meetings": [meeting(GW_DATE, GW_TITLE, GW_ORG), meeting("2025-03-11", GW_MARCH, GW_ORG),
                     meeting("2025-05-13", GW_MAY, GW_ORG, topic="HMICFRS PEEL inspection: initial feedback")],
        "agenda_items": [agenda(GW_DATE, number, title, lead) for number, title, lead in GW_AGENDA],
        "assurance_decisions": [],
        "actions": [action(date, topic, number, text, update, status, "status_column", "action_tracker")
                    for number, date, topic, text, _o, update, _w, status in GW_ACTIONS],
    }
    return data, records


# --- 5. Derbyshire: upper-case agenda with a purpose column, RESOLVED/ACTION minutes, coloured dots -----------

DB_ORG = "Police and Crime Commissioner for Derbyshire"
DB_DATE = "2025-03-17"
DB_TITLE = "STRATEGIC PRIORITIES ASSURANCE BOARD"
DB_MINUTES = "STRATEGIC PRIORITIES ASSURANCE BOARD MINUTES"
DB_AGENDA = [
    ("1", "APOLOGIES FOR ABSENCE", ""), ("2", "DECLARATIONS OF INTEREST", ""),
    ("3", "ANNOUNCEMENTS FROM THE COMMISSIONER", ""),
    ("4", "MINUTES OF THE MEETING HELD ON 20 JANUARY 2025", "DECISION"), ("5", "REVIEW OF ACTIONS", "TO NOTE"),
    ("6A", "OPCC REPORT: TACKLING ANTI-SOCIAL BEHAVIOUR", "ASSURANCE"),
    ("6B", "FORCE REPORT AND PRESENTATION: TACKLING ANTI-SOCIAL BEHAVIOUR", "ASSURANCE"),
    ("7", "FINANCE BRIEFING", "TO NOTE"), ("8", "ANY OTHER BUSINESS", ""),
]
DB_ITEMS = [
    ("6", "ROAD SAFETY",
     "How is the force using average speed enforcement on the roads with the most serious collisions?",
     "The Assistant Chief Constable explained that sites are chosen each year from five years of collision data "
     "and that the safety camera partnership reviews every site after twelve months.",
     "The PCC confirmed he was assured that enforcement is targeted using collision data.", "Assured",
     "ACC Operations to share the list of sites selected for average speed enforcement in 2025."),
    ("7", "RURAL CRIME",
     "What is being done to reduce the theft of farm vehicles and equipment?",
     "The force has joined a regional operation with neighbouring forces and marks equipment free of charge at "
     "farmers' markets. Thefts fell by 12% in the year, but two of the four new rural crime officer posts are "
     "still vacant.",
     "The PCC was partially assured and asked for a further update once the new rural crime officers are in "
     "post.", "Partly assured", None),
    ("8", "CUSTODY DETENTION STANDARDS",
     "Why have detainees waited longer for a health care assessment since October?",
     "The health care provider lost three nurses in the autumn and has used agency staff since. The average wait "
     "rose from 55 minutes to 95 minutes.",
     "The PCC stated that he was not assured and would raise the matter with the provider's contract manager.",
     "Not assured", "Chief Inspector Custody to provide weekly assessment waiting times until the next meeting."),
]
DB_TRACKER = [
    # (no., date, action, lead, update, colour, topic)
    ("12/24", "16/12/2024", "Provide the results of the neighbourhood policing survey by district.", "DCC",
     "Results presented to the January board.", GREEN, None),
    ("01/25", "20/01/2025", DB_ITEMS[0][6], "ACC Ops", "List shared on 14 February 2025.", GREEN, "ROAD SAFETY"),
    ("02/25", "20/01/2025", DB_ITEMS[2][6], "CI Custody",
     "Weekly figures provided; waiting times remain above target.", AMBER, "CUSTODY DETENTION STANDARDS"),
    ("13/24", "16/12/2024", "Confirm the start date of the new rural crime officers.", "ACC Ops",
     "Awaiting the outcome of recruitment.", RED, None),
]


def derbyshire() -> tuple[bytes, dict]:
    look = PdfLook(margin=62.0, body_size=10.0, cell_size=9.0, footer="STRATEGIC PRIORITIES ASSURANCE BOARD")
    cover = T((("**DATE OF MEETING**", "17 MARCH 2025"), ("**TIME OF MEETING**", "2:00 PM"),
               ("**LOCATION**", "CONFERENCE ROOM 3, POLICE HQ, RIPLEY")), (1.4, 3), bordered=False)
    agenda_rows = (("ITEM", "SUBJECT", "PURPOSE"),) + tuple(DB_AGENDA)
    minutes = [P("AGENDA ITEM 4"), H(DB_MINUTES, 1), P("**DATE OF MEETING** 20 JANUARY 2025    **TIME OF MEETING** "
                                                       "2PM    **LOCATION** CONFERENCE ROOM 3, POLICE HQ, RIPLEY"),
               P("In attendance: Police and Crime Commissioner (PCC); Chief Constable (CC); Deputy Chief Constable "
                 "(DCC); Assistant Chief Constable (ACC); OPCC Chief Executive.")]
    for number, heading, question, response, resolution, _level, new_action in DB_ITEMS:
        minutes += [H(f"{number}. {heading}", 2), P(f"The PCC asked: {question}"), P(response),
                    P(f"**RESOLVED:** {resolution}")]
        if new_action:
            minutes.append(P(f"**ACTION:** {new_action}"))
    tracker = [("NO.", "DATE", "ACTION", "LEAD", "UPDATE", "RAG")]
    tracker += [(no, date, text, lead, update, f"{{{colour}|●}}") for no, date, text, lead, update, colour, _t
                in DB_TRACKER]
    blocks = [
        P(f"**{DB_ORG.upper()}**"),
        H(DB_TITLE, 1),
        P("**AGENDA**"),
        cover,
        T(agenda_rows, (0.8, 5, 1.6), header_rows=1),
        Break(),
        *minutes,
        Break(),
        P("AGENDA ITEM 5"),
        H("REVIEW OF ACTIONS", 1),
        P(f"{{{GREEN}|●}} Complete    {{{AMBER}|●}} In progress    {{{RED}|●}} Not started"),
        T(tuple(tracker), (0.8, 1.3, 3.5, 1, 2.9, 0.7), header_rows=1),
    ]
    data = render_pdf(blocks, look, DB_TITLE.title(), "OPCC Derbyshire")
    status = {GREEN: "complete", AMBER: "outstanding", RED: "outstanding"}
    records = {
        "documents": [document("pdf", None, DB_TITLE, "Derbyshire Constabulary", DB_ORG, DB_DATE)],
        "meetings": [meeting(DB_DATE, DB_TITLE, DB_ORG, page=1), meeting("2025-01-20", DB_MINUTES, DB_ORG, page=2)],
        "agenda_items": [agenda(DB_DATE, number, title, None, page=1) for number, title, _p in DB_AGENDA],
        "assurance_decisions": [decision("2025-01-20", heading, number, question, response, level, resolution)
                                for number, heading, question, response, resolution, level, _a in DB_ITEMS],
        "actions": [action(iso(date), topic, no, text, update, status[colour], "glyph_colour", "action_tracker")
                    for no, date, text, _l, update, colour, topic in DB_TRACKER],
    }
    return data, records


# --- 6. Greater Manchester (mayoral): "Assured?" column of Yes/Partly/No, actions as a numbered list --------

GM_ORG = "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"
GM_DATE = "2025-04-24"
GM_TITLE = "GMP Accountability Meeting"
GM_SCRUTINY = [
    ("1", "Neighbourhood crime", "Is the force on track to attend every residential burglary?",
     "GMP attended 99.2% of residential burglaries in the quarter; the remaining cases were reported late by "
     "letting agents and were followed up by telephone.", "Yes", "Assured",
     "The Deputy Mayor welcomed the attendance rate and asked that it is sustained."),
    ("2", "Custody", "How is the force making sure that children detained overnight are moved to local authority "
     "accommodation?",
     "Requests for accommodation are made in every case, but only four of the ten local authorities provided a "
     "bed when asked in the quarter.", "Partly", "Partly assured",
     "Further work is needed with local authorities; the Deputy Mayor will raise this with the leaders."),
    ("3", "Vetting", "Are all officers and staff in sensitive posts vetted to the required level?",
     "312 people in designated posts are awaiting vetting at the higher level; the backlog has grown since "
     "January.", "No", "Not assured", "A recovery plan is required by July."),
]
GM_ACTIONS = [
    "GMP to provide the burglary attendance rate by district each month.",
    "GMP and the Combined Authority to agree a protocol for moving detained children to local authority "
    "accommodation.",
    "GMP to publish its vetting recovery plan.",
]


def greater_manchester() -> tuple[bytes, dict]:
    rows = [("Ref", "Area of focus", "Key line of enquiry", "GMP response", "Assured?", "Comments")]
    rows += [(ref, area, question, response, word, comment)
             for ref, area, question, response, word, _level, comment in GM_SCRUTINY]
    blocks = [
        P("**Greater Manchester Combined Authority**"),
        P(GM_ORG),
        H(GM_TITLE, 1),
        P("**Date:** 24/04/2025    **Time:** 14:00–16:00    **Venue:** Tootal Buildings, Manchester"),
        H("Record of scrutiny", 2),
        T(tuple(rows), (0.6, 1.6, 3, 4.5, 1.1, 3), header_rows=1),
        H("Actions agreed", 2),
        *[P(f"{i}.\t{text}") for i, text in enumerate(GM_ACTIONS, start=1)],
        H("Date of next meeting", 2),
        P("24 July 2025"),
    ]
    data = render_docx(blocks, title=GM_TITLE, author="GMCA", when=datetime(2025, 5, 2, 9, 0),
                       landscape_pages=True)
    records = {
        "documents": [document("docx", None, GM_TITLE, "Greater Manchester Police", GM_ORG, GM_DATE)],
        "meetings": [meeting(GM_DATE, GM_TITLE, GM_ORG)],
        "agenda_items": [],
        "assurance_decisions": [decision(GM_DATE, area, ref, question, response, level, comment)
                                for ref, area, question, response, _w, level, comment in GM_SCRUTINY],
        "actions": [action(GM_DATE, None, str(i), text, None, "unknown", "none", "action_list")
                    for i, text in enumerate(GM_ACTIONS, start=1)],
    }
    return data, records


# --- output -----------------------------------------------------------------------------------------------

PACKS = {
    "dyfed-powys-pab-2025-07-08.docx": dyfed_powys,
    "surrey-pam-2025-09-15.pdf": surrey,
    "west-mercia-aap-2025-05-19.pdf": west_mercia,
    "gwent-spb-2025-06-10.docx": gwent,
    "derbyshire-spab-2025-03-17.pdf": derbyshire,
    "greater-manchester-accountability-2025-04-24.docx": greater_manchester,
}
FIRST_WORDS = {"assurance_decisions": "question", "actions": "text", "agenda_items": "title", "meetings": "title"}


def _words(text: str) -> set[str]:
    return {w.strip(".,;:?'’()").lower() for w in text.split()}


def _set_pdf_pages(data: bytes, records: dict) -> None:
    """Each record's page: the first page whose text runs on with its first
    four words, else whose words include its first six (in a narrow column
    they sit on different lines): an action minuted and then repeated in the
    tracker starts where it was minuted."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        texts = [re.sub(r"\s+", "", page.extract_text() or "").lower() for page in pdf.pages]
        pages = [_words(page.extract_text() or "") for page in pdf.pages]
        records["documents"][0]["pages"] = len(pdf.pages)
    for record_type in ("assurance_decisions", "actions"):
        for record in records[record_type]:
            opening = record[FIRST_WORDS[record_type]].split()
            joined = "".join(opening[:4]).lower()
            first = _words(" ".join(opening[:6]))
            found = ([i + 1 for i, text in enumerate(texts) if joined in text]
                     or [i + 1 for i, words in enumerate(pages) if first <= words])
            if not found:
                raise SystemExit(f"not found in the PDF: {record[FIRST_WORDS[record_type]]!r}")
            record["page"] = found[0]


def main() -> None:
    for name, build in PACKS.items():
        data, records = build()
        if name.endswith(".pdf"):
            _set_pdf_pages(data, records)
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        pages = {t: [r["page"] for r in records[t]] for t in ("assurance_decisions", "actions")}
        print(f"{name}: {len(data)} bytes; pages {pages}")


if __name__ == "__main__":
    main()
