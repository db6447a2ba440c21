"""Six scrutiny packs of offices the scrutiny extractors were not written
against (seventh round: where and how the decision's level is written), and
their gold:

    .venv/bin/python samples/corpus/scrutiny-round7/generate.py

writes the packs here and their gold to samples/gold/<file>.json. Names,
figures and wording are fictional; the layouts follow published papers (see
README.md). The gold is written by hand below, next to the text it describes,
never from the pipeline's output; a PDF record's page is the page of the
generated PDF whose text holds the record's first words. Output is
deterministic (fixed metadata dates, fixed zip times).

Rendering reuses samples/corpus/scrutiny-round3 (render.py for blocks, its
generate.py for the gold record builders and PDF page finding) and the
round-5 generator's Calibri-like look.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from scrutiny_common import load_round, round3, write_packs  # noqa: E402
from render import Break, Bul, H, Num, P, PdfLook, T, render_docx, render_pdf  # noqa: E402


round5 = load_round("scrutiny-round5")
action, agenda, decision, document, meeting = (round3.action, round3.agenda, round3.decision, round3.document,
                                               round3.meeting)
calibri_look = round5.calibri_look

GREEN, AMBER, RED = "#00b050", "#ffc000", "#ff0000"
CHECKED = ("Written by hand in samples/corpus/scrutiny-round7/generate.py, next to the text it describes, before "
           "the extractors were run on the pack; PDF pages found in the generated PDF's own text; levels and "
           "statuses mapped to the canonical vocabulary by hand (conventions in README.md).")


def lines(*parts: str) -> str:
    return "\n".join(parts)


# --- 1. South Wales: the reference family, the level on the LAST line of the decision cell, in capitals ----------

SW_ORG = "Police and Crime Commissioner for South Wales"
SW_DATE = "2025-09-30"
SW_TITLE = "Scrutiny Meeting"
SW_NOTES = "NOTES – SCRUTINY MEETING (NEIGHBOURHOOD POLICING) – 29 JULY 2025"
SW_AGENDA = [
    ("1", "Welcome and apologies", "PCC"),
    ("2", "Notes of the Scrutiny Meeting – 29 July 2025", "PCC"),
    ("3", "Scrutiny actions – update", "Chief of Staff"),
    ("4", "Neighbourhood policing", "Assistant Chief Constable"),
    ("5", "Any other business", "PCC"),
]
SW_Q = [
    # (question, evidence points, commentary lines, printed level, level)
    ("How many neighbourhood officers were abstracted to response duties in the last quarter?",
     ["Abstractions fell from 18% of rostered shifts to 11% between April and June.",
      "A new rule keeps neighbourhood officers in their wards on weekday daytimes."],
     "The PCC welcomed the fall and asked for abstraction rates to be reported each quarter.",
     "ASSURED", "Assured"),
    ("Are ward priorities set with residents, and are they published?",
     ["Ward priorities are set at PACT meetings, but only 40% of wards had published theirs online.",
      "A template for publishing priorities was issued to sergeants in June."],
     "The PCC asked for every ward's priorities to be online by the end of October.",
     "PARTLY ASSURED", "Partly assured"),
    ("What is the Force doing about the vacancies among police community support officers?",
     ["There are 62 PCSO vacancies against an establishment of 410.",
      "No recruitment campaign is planned before next spring."],
     "The PCC asked for a recruitment plan to be brought to the next meeting.",
     "NOT ASSURED", "Not assured"),
]
SW_LIST = [
    "The Force to report neighbourhood abstraction rates each quarter.",
    "The Force to publish every ward's priorities online by 31 October 2025.",
    "The Force to bring a PCSO recruitment plan to the next Scrutiny Meeting.",
]
SW_TRACKER = [
    ("Road safety", "The Force to share its speed enforcement figures by local authority.",
     "Figures shared on 4 August 2025.", "Complete", "complete"),
    ("Road safety", "The OPCC to meet GoSafe about camera van deployment.", "Meeting set for October.",
     "Ongoing", "outstanding"),
    ("Hate crime", "The Force to provide hate crime case outcomes by strand.",
     "First report due in November.", "Ongoing", "outstanding"),
]


def south_wales() -> tuple[bytes, dict]:
    rows: list = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    for i, (question, points, comment, printed, _) in enumerate(SW_Q, start=1):
        rows.append((f"**{i}. {question}**", (Bul(tuple(points)),), (f"*{comment}*", f"**{printed}**")))
    tracker = [("Topic", "Action", "Update", "Status")] + [row[:4] for row in SW_TRACKER]
    blocks = [
        P(f"**{SW_ORG}**"),
        H(SW_TITLE, 1),
        P("**Tuesday 30 September 2025, 10.00am, Police Headquarters, Bridgend**"),
        H("Agenda", 2),
        T(rows=(("Item", "Title", "Lead"),) + tuple(SW_AGENDA), widths=(10, 60, 30), header_rows=1),
        Break(),
        P(f"**{SW_NOTES}**"),
        T(rows=tuple(rows), widths=(32, 44, 24), header_rows=1),
        P("**Actions**"),
        Num(tuple(SW_LIST)),
        Break(),
        P("**SCRUTINY ACTIONS – UPDATE**"),
        T(rows=tuple(tracker), widths=(16, 36, 34, 14), header_rows=1),
    ]
    data = render_pdf(blocks, PdfLook(), title="Scrutiny Meeting 30 September 2025", author="OPCC South Wales")
    records = {
        "documents": [document("pdf", None, SW_TITLE, "South Wales Police", SW_ORG, SW_DATE)],
        "meetings": [meeting(SW_DATE, SW_TITLE, SW_ORG, page=1),
                     meeting("2025-07-29", SW_NOTES, SW_ORG, topic="Neighbourhood Policing", page=2)],
        "agenda_items": [agenda(SW_DATE, n, title, who, page=1) for n, title, who in SW_AGENDA],
        "assurance_decisions": [decision("2025-07-29", "Neighbourhood Policing", str(i), question, "\n".join(points),
                                         level, comment)
                                for i, (question, points, comment, _, level) in enumerate(SW_Q, start=1)],
        "actions": [action("2025-07-29", "Neighbourhood Policing", str(i), text, None, "unknown", "none",
                           "action_list") for i, text in enumerate(SW_LIST, start=1)]
        + [action(None, topic, None, text, update, canonical, "status_column", "action_tracker")
           for topic, text, update, _, canonical in SW_TRACKER],
    }
    return data, records


# --- 2. West Yorkshire: a separate "Assurance level" column, hyphens and brackets in the levels -----------------

WY_ORG = "Mayor of West Yorkshire"  # the office its letterhead prints (gold first said the Deputy Mayor)
WY_DATE = "2025-10-07"
WY_TITLE = "Community Outcomes Meeting"
WY_AGENDA = [
    ("1", "Apologies and declarations of interest", "Deputy Mayor"),
    ("2", "Notes and actions of the last meeting", "Head of Policing and Crime"),
    ("3", "Tackling anti-social behaviour", "Chief Superintendent, Neighbourhoods"),
    ("4", "Any other business", "Deputy Mayor"),
]
WY_Q = [
    # (number, question, response, printed level, comments, level)
    ("3.1", "How is the Force using the hotspot patrol funding to reduce anti-social behaviour in town centres?",
     "Patrols ran in 22 hotspots; reports of anti-social behaviour in those areas fell by 19% against the year "
     "before.",
     "Assured (with recommendations)",
     "The Deputy Mayor recommended that the Force publish the hotspot results for each district.",
     "Partly assured"),
    ("3.2", "Are victims of repeat anti-social behaviour offered a case review?",
     "Only 35 case reviews were requested last year; the Force accepts the scheme is not well known.",
     "Partially-assured",
     "The Deputy Mayor asked for the case review to be promoted on the Force website and by neighbourhood teams.",
     "Partly assured"),
    ("3.3", "How are off-road bikes that cause nuisance being seized and disposed of?",
     "The Force seized 310 off-road bikes in the year and crushed 140 of them.",
     "Assured.",
     "The Deputy Mayor thanked the off-road bike team for its work.",
     "Assured"),
    ("3.4", "Is the Force sharing information about anti-social behaviour with housing providers?",
     "There is no information sharing agreement with two of the five district housing providers.",
     "Not Assured.",
     "The Deputy Mayor asked for the agreements to be in place before the next meeting.",
     "Not assured"),
]
WY_LOG = [
    # (ref, action, owner, update, status, canonical)
    ("COM-21", "Provide the number of knife arches deployed in schools this term.", "Ch Supt Neighbourhoods",
     "Figures provided on 12 September 2025.", "Complete", "complete"),
    ("COM-22", "Report on the use of dispersal orders in Leeds city centre.", "Supt Leeds",
     "Report drafted; to be shared in October.", "Open", "outstanding"),
    ("COM-23", "Share the neighbourhood policing survey results with the Deputy Mayor.", "Head of Insight",
     "Survey closes on 31 October.", "Open", "outstanding"),
]


def west_yorkshire() -> tuple[bytes, dict]:
    table: list = [("No.", "Question", "Response from West Yorkshire Police", "Assurance level", "Comments")]
    table += [(n, q, r, printed, c) for n, q, r, printed, c, _ in WY_Q]
    blocks: list = [
        P("**Mayor of West Yorkshire – Policing and Crime**"),
        H(WY_TITLE, 1),
        P("Tuesday 7 October 2025, 1.30pm, Wellington House, Wakefield"),
        H("Agenda", 2),
        Num(tuple(f"{title} ({who})" for _, title, who in WY_AGENDA)),
        Break(),
        H("3. Tackling anti-social behaviour", 2),
        T(rows=tuple(table), widths=(7, 25, 30, 14, 24), header_rows=1),
        Break(),
        H("Action log", 2),
        T(rows=(("Ref", "Action", "Owner", "Update", "Status"),) + tuple(row[:5] for row in WY_LOG),
          widths=(10, 32, 18, 28, 12), header_rows=1),
    ]
    data = render_docx(blocks, title=WY_TITLE, author="Mayor of West Yorkshire", when=datetime(2025, 10, 1, 9),
                       landscape_pages=True)
    records = {
        "documents": [document("docx", None, WY_TITLE, "West Yorkshire Police", WY_ORG, WY_DATE)],
        "meetings": [meeting(WY_DATE, WY_TITLE, WY_ORG)],
        "agenda_items": [agenda(WY_DATE, n, title, who) for n, title, who in WY_AGENDA],
        "assurance_decisions": [decision(WY_DATE, "Tackling anti-social behaviour", n, q, r, level, c)
                                for n, q, r, _, c, level in WY_Q],
        "actions": [action(None, None, ref, text, update, canonical, "status_column", "action_tracker")
                    for ref, text, _, update, _, canonical in WY_LOG],
    }
    return data, records


# --- 3. City of London: committee minutes, "Level of Assurance – ..." and "Assurance: ..." lines --------------

CL_ORG = "City of London Police Authority Board"
CL_DATE = "2025-06-18"
CL_TITLE = "Professional Standards and Integrity Committee"
CL_ITEMS = [
    # (number, heading, question, discussion, level line, comment, level)
    ("5", "Complaints handling",
     "Members asked whether complaints are being logged and resolved within the statutory time limits.",
     ["The Head of Professional Standards reported that 92% of complaints were logged within two working days "
      "and that the average time to resolve a complaint had fallen to 61 days."],
     "Level of Assurance – Substantial",
     "Members thanked the department and asked for the figures to be included in the quarterly report.",
     "Assured"),
    ("6", "Vetting of contractors",
     "Members asked how the Force vets contractors who have unescorted access to its buildings.",
     ["The Force said contractors are vetted by their employers and checked again on entry, but it does not "
      "hold a central list of those cleared."],
     "Level of Assurance – Limited",
     "Members asked for a central register of cleared contractors to be set up.",
     "Partly assured"),
    ("7", "Use of force data",
     "Members asked whether use of force forms are completed after every incident.",
     ["A dip sample found that forms were missing for 17 of 60 incidents recorded on body-worn video."],
     "Assurance: Minimal",
     "Members asked the Commissioner to report back on how completion will be enforced.",
     "Not assured"),
]
CL_ACTIONS = [
    ("PSIC 25/07", "Include complaints timeliness figures in the quarterly report.", "Head of Professional Standards",
     "Not yet due", "outstanding"),
    ("PSIC 25/03", "Circulate the misconduct hearings outcomes for 2024/25.", "Committee Clerk", "Completed",
     "complete"),
    ("PSIC 25/04", "Report the findings of the IOPC learning review.", "Head of Professional Standards",
     "In progress", "outstanding"),
]


def city_of_london() -> tuple[bytes, dict]:
    blocks: list = [
        P("**City of London Police Authority Board**"),
        H(CL_TITLE, 1),
        P("MINUTES of the meeting held at Guildhall on Wednesday 18 June 2025 at 11.00 am"),
        P("**Present:** Members of the Committee; the Commissioner of Police; the Assistant Commissioner"),
        H("1. Apologies", 2), P("Apologies were received from one Member."),
        H("2. Declarations of interest", 2), P("There were none."),
        H("3. Minutes", 2), P("RESOLVED – that the minutes of the meeting of 12 March 2025 be approved."),
        H("4. Outstanding references", 2), P("Members noted the outstanding references, attached as an appendix."),
    ]
    for number, heading, question, discussion, level_line, comment, _ in CL_ITEMS:
        blocks += [H(f"{number}. {heading}", 2), P(question)] + [P(t) for t in discussion]
        blocks += [P(f"**{level_line}**"), P(comment)]
    blocks += [Break(), H("Appendix – Outstanding references", 2),
               T(rows=(("Ref", "Action", "Officer", "Status"),) + tuple(row[:4] for row in CL_ACTIONS),
                 widths=(14, 46, 24, 16), header_rows=1)]
    look = PdfLook(font="Times-Roman", bold_font="Times-Bold", italic_font="Times-Italic", margin=64,
                   footer="Professional Standards and Integrity Committee – 18 June 2025")
    data = render_pdf(blocks, look, title="PSIC minutes 18 June 2025", author="City of London Corporation")
    records = {
        "documents": [document("pdf", None, CL_TITLE, "City of London Police", CL_ORG, CL_DATE)],
        "meetings": [meeting(CL_DATE, CL_TITLE, CL_ORG, page=1)],
        "assurance_decisions": [decision(CL_DATE, heading, number, question, "\n".join(discussion), level, comment)
                                for number, heading, question, discussion, _, comment, level in CL_ITEMS],
        "actions": [action(None, None, ref, text, None, canonical, "status_column", "action_tracker")
                    for ref, text, _, _, canonical in CL_ACTIONS],
    }
    return data, records


# --- 4. British Transport Police Authority: the level in a row spanning the table below each question ---------

BT_ORG = "British Transport Police Authority"
BT_DATE = "2025-07-15"
BT_TITLE = "Performance Review Committee"
BT_Q = [
    # (question, evidence, printed level, comment, level); a table's questions with no number have none
    # (as the round-6 West Midlands gold; the item's number is given only to minuted questions)
    ("How is the Force reducing sexual harassment of women travelling on the railway at night?",
     "Reports by text to 61016 rose by 20%, and plain-clothes patrols ran on 14 late-night routes.",
     "Assurance: Substantial", "Members were content with the Force's approach and its partnership with operators.",
     "Assured"),
    ("Are disruption times after fatalities on the network falling?",
     "The average handback time was 107 minutes, against a target of 90, and had not improved in the year.",
     "PARTLY ASSURED", "Members asked for a review of the handback protocol with Network Rail.",
     "Partly assured"),
    ("Is the Force recruiting enough detectives to meet the demand from cable theft investigations?",
     "The Force has 24 detective vacancies and cable theft cases have risen by a third.",
     "Level of Assurance – Limited", "Members asked for a workforce plan for the specialist crime unit.",
     "Partly assured"),
]
BT_LOG = [
    ("1", "Present the annual review of policing at major events.", "Update at the October committee.", AMBER,
     "outstanding"),
    ("2", "Share the results of the passenger confidence survey.", "Shared with Members on 2 July 2025.", GREEN,
     "complete"),
    ("3", "Report the number of assaults on rail staff by route.", "Data not yet available from operators.", RED,
     "outstanding"),
]


def btpa() -> tuple[bytes, dict]:
    rows: list = [("Question", "Evidence from the Force")]
    spans = []
    for question, evidence, printed, comment, _ in BT_Q:
        rows.append((question, evidence))
        rows.append((f"**{printed}.** {comment}", None))
        spans.append((len(rows) - 1, 0, 1, 2))
    log = [("No.", "Action", "Update", "RAG")] + [(n, text, update, "") for n, text, update, _, _ in BT_LOG]
    fills = {(r, 3): colour for r, (_, _, _, colour, _) in enumerate(BT_LOG, start=1)}
    blocks: list = [
        P("**British Transport Police Authority**"),
        H(BT_TITLE, 1),
        P("Notes of the meeting held on 15 July 2025, 25 Camden Road, London"),
        H("Item 4: Performance against the Policing Plan", 2),
        T(rows=tuple(rows), widths=(45, 55), header_rows=1, spans=tuple(spans)),
        H("Action log", 2),
        T(rows=tuple(log), widths=(8, 44, 38, 10), header_rows=1, fills=fills),
        P("RAG: Green – complete; Amber – in progress; Red – overdue"),
    ]
    data = render_docx(blocks, title=BT_TITLE, author="BTPA", when=datetime(2025, 7, 22, 9))
    topic = "Performance against the Policing Plan"
    records = {
        "documents": [document("docx", None, BT_TITLE, "British Transport Police", BT_ORG, BT_DATE)],
        "meetings": [meeting(BT_DATE, BT_TITLE, BT_ORG, topic="Performance against the Policing Plan")],
        "assurance_decisions": [decision(BT_DATE, topic, None, question, evidence, level, comment)
                                for question, evidence, _, comment, level in BT_Q],
        "actions": [action(None, None, n, text, update, canonical, "cell_shading", "action_tracker")
                    for n, text, update, _, canonical in BT_LOG],
    }
    return data, records


# --- 5. Civil Nuclear Police Authority: the level inside the commentary, one decision over two questions ------

CN_ORG = "Civil Nuclear Police Authority"
CN_DATE = "2025-08-27"
CN_TITLE = "Operational Assurance Committee"
CN_NOTES = "NOTES – OPERATIONAL ASSURANCE COMMITTEE (ARMED POLICING) – 27 AUGUST 2025"
CN_Q = [
    ("How is the Constabulary assuring the fitness of authorised firearms officers?",
     ["98% of officers passed the annual fitness test; the rest are on a supported plan."]),
    ("Are firearms refresher courses running to schedule at every site?",
     ["Two sites missed one refresher course each because of range closures, since rescheduled."]),
    ("How is the Constabulary planning for the officers it will need at the new reactor site?",
     ["A workforce plan is drafted but the number of officers needed depends on a security review not yet "
      "complete."]),
]
CN_DECISIONS = [
    # (questions covered, decision cell text, level, commentary)
    ((0, 1), "The Committee noted the high pass rate. Level of assurance: Substantial. It asked to be told of any "
             "further range closures.",
     "Assured", "The Committee noted the high pass rate. It asked to be told of any further range closures."),
    ((2,), "The Committee was partly assured, and asked for the workforce plan to come back once the security "
           "review is complete.",
     "Partly assured", "The Committee was partly assured, and asked for the workforce plan to come back once the "
                       "security review is complete."),
]
CN_LIST = [
    "The Constabulary to report any further range closures to the Committee.",
    "The Constabulary to bring the reactor site workforce plan back after the security review.",
]


def cnpa() -> tuple[bytes, dict]:
    rows: list = [("Question", "Evidence", "Decision")]
    spans = []
    covered = {q: text for qs, text, _, _ in CN_DECISIONS for q in qs}
    for i, (question, points) in enumerate(CN_Q):
        owner = next(qs for qs, _, _, _ in CN_DECISIONS if i in qs)
        cell = covered[i] if i == owner[0] else None
        rows.append((f"{i + 1}. {question}", (Bul(tuple(points)),), cell))
        if i == owner[0] and len(owner) > 1:
            spans.append((i + 1, 2, len(owner), 1))
    blocks = [
        P("**Civil Nuclear Police Authority**"),
        H(CN_TITLE, 1),
        P("Wednesday 27 August 2025, Culham Science Centre"),
        H("Agenda", 2),
        T(rows=(("Item", "Title", "Lead"),
                ("1", "Apologies and minutes", "Chair"),
                ("2", "Armed policing assurance", "Deputy Chief Constable"),
                ("3", "Any other business", "Chair")), widths=(10, 60, 30), header_rows=1),
        P(f"**{CN_NOTES}**"),
        T(rows=tuple(rows), widths=(34, 36, 30), header_rows=1, spans=tuple(spans)),
        P("**Actions**"),
        Num(tuple(CN_LIST)),
    ]
    data = render_pdf(blocks, calibri_look(), title="OAC 27 August 2025", author="CNPA")
    by_question = {q: (level, commentary) for qs, _, level, commentary in CN_DECISIONS for q in qs}
    topic = "Armed Policing"
    records = {
        "documents": [document("pdf", None, CN_TITLE, "Civil Nuclear Constabulary", CN_ORG, CN_DATE)],
        # one meeting: its notes heading names it best (title and topic), as in the earlier rounds' gold
        "meetings": [meeting(CN_DATE, CN_NOTES, CN_ORG, topic="Armed Policing", page=1)],
        "agenda_items": [agenda(CN_DATE, "1", "Apologies and minutes", "Chair", page=1),
                         agenda(CN_DATE, "2", "Armed policing assurance", "Deputy Chief Constable", page=1),
                         agenda(CN_DATE, "3", "Any other business", "Chair", page=1)],
        "assurance_decisions": [decision(CN_DATE, topic, str(i + 1), question, "\n".join(points), *by_question[i])
                                for i, (question, points) in enumerate(CN_Q)],
        "actions": [action(CN_DATE, topic, str(i), text, None, "unknown", "none", "action_list")
                    for i, text in enumerate(CN_LIST, start=1)],
    }
    return data, records


# --- 6. Ministry of Defence Police Committee: some questions with no decision, the level first in the cell ----

MD_ORG = "Ministry of Defence Police Committee"
MD_DATE = "2025-05-20"
MD_TITLE = "Ministry of Defence Police Committee"
MD_Q = [
    # (question, evidence, decision cell lines or None, level, commentary)
    ("How is the Force managing the overtime needed to police defence sites during exercises?",
     "Overtime spend was 12% over budget in the last quarter because of two unplanned exercises.",
     ("Partially-assured", "The Committee asked for exercise policing to be costed in advance."),
     "Partly assured", "The Committee asked for exercise policing to be costed in advance."),
    ("Is the Force meeting its target for marine unit patrols at naval bases?",
     "Patrols met the target at both bases in every month of the quarter.",
     ("Assured", "No further action."),
     "Assured", "No further action."),
    ("What progress has been made on the new command and control system?",
     "The supplier has delayed delivery; the Force will report a revised date in July.",
     None, None, None),
    ("How are officers on remote sites given access to occupational health support?",
     "Officers can book video appointments, but waiting times were not available for the meeting.",
     None, None, None),
]
MD_LOG = [
    ("MDPC/31", "Report the outcome of the firearms licensing audit.", "Audit complete; no findings.", "Closed",
     "complete"),
    ("MDPC/32", "Present the estates rationalisation plan.", "Deferred to the September meeting.", "Deferred",
     "outstanding"),
]


def mdp() -> tuple[bytes, dict]:
    rows: list = [("Question", "Evidence", "Decision")]
    for question, evidence, cell, _, _ in MD_Q:
        rows.append((question, evidence, ("**" + cell[0] + "**", cell[1]) if cell else ""))
    blocks: list = [
        H(MD_TITLE, 1),
        P("Record of the meeting held on 20 May 2025 at MDP Wethersfield"),
        H("Item 3 – Operational performance", 2),
        T(rows=tuple(rows), widths=(34, 40, 26), header_rows=1),
        P("Decisions on questions 3 and 4 were deferred until the Force has reported."),
        H("Action log", 2),
        T(rows=(("Ref", "Action", "Update", "Status"),) + tuple(row[:4] for row in MD_LOG),
          widths=(12, 40, 34, 14), header_rows=1),
    ]
    data = render_docx(blocks, title=MD_TITLE, author="MDP Committee Secretariat", when=datetime(2025, 5, 27, 9))
    topic = "Operational performance"
    records = {
        "documents": [document("docx", None, MD_TITLE, "Ministry of Defence Police", MD_ORG, MD_DATE)],
        "meetings": [meeting(MD_DATE, MD_TITLE, MD_ORG, topic="Operational performance")],
        "assurance_decisions": [decision(MD_DATE, topic, None, q, e, level, comment)
                                for q, e, _, level, comment in MD_Q],
        "actions": [action(None, None, ref, text, update, canonical, "status_column", "action_tracker")
                    for ref, text, update, _, canonical in MD_LOG],
    }
    return data, records


PACKS = {
    "south-wales-scrutiny-2025-09-30.pdf": south_wales,
    "west-yorkshire-com-2025-10-07.docx": west_yorkshire,
    "city-of-london-psic-2025-06-18.pdf": city_of_london,
    "btpa-prc-2025-07-15.docx": btpa,
    "cnpa-oac-2025-08-27.pdf": cnpa,
    "mdp-committee-2025-05-20.docx": mdp,
}


def main() -> None:
    write_packs(HERE, PACKS, CHECKED)


if __name__ == "__main__":
    main()
