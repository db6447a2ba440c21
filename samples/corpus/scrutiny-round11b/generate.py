"""Scrutiny packs of round 11's second batch: three more offices' forms of the
assurance decision and of the action log (see README.md). Deterministic bytes.

    .venv/bin/python samples/corpus/scrutiny-round11b/generate.py

Reuses round 11's gold helpers and page finding (../scrutiny-round11/generate.py)
and ../scrutiny-round3/render.py; gold is staged in ./gold/.
"""

from __future__ import annotations

import importlib.util
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("round11_generate", HERE.parent / "scrutiny-round11" / "generate.py")
round11 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(round11)
round11.HERE, round11.GOLD_DIR = HERE, HERE / "gold"
round11.CHECKED = round11.CHECKED.replace("scrutiny-round11/", "scrutiny-round11b/")

from render import Break, Bul, H, Num, P, PdfLook, T, render_docx, render_pdf  # noqa: E402

action, agenda, decision, document, meeting = (round11.action, round11.agenda, round11.decision,
                                               round11.document, round11.meeting)
GREEN, AMBER, RED, BLUE = round11.GREEN, round11.AMBER, round11.RED, round11.BLUE


# --- Essex: a tick in one of three level columns; BRAG words in the Status column

def essex() -> tuple[bytes, dict]:
    org = "Police, Fire and Crime Commissioner for Essex"
    force, day, title = "Essex Police", "2026-01-22", "Performance and Resources Scrutiny Board"
    topic = "Domestic abuse"
    items = [
        ("1", "Welcome, apologies and declarations of interest", "PFCC"),
        ("2", "Minutes and action log of the meeting held on 20 November 2025", "Head of Performance and "
                                                                                 "Scrutiny"),
        ("3", "Domestic abuse", "Detective Chief Superintendent, Crime and Public Protection"),
        ("4", "Medium Term Financial Strategy update", "Strategic Head of Finance and Resources"),
        ("5", "Any other business", "PFCC"),
    ]
    questions = [
        ("How many domestic abuse suspects were arrested within 24 hours of the report, and how does "
         "this compare with last year?",
         "61% of named suspects were arrested within 24 hours in the quarter, against 54% a year ago. "
         "Outstanding suspects are reviewed at the daily management meeting.", 0,
         "The PFCC welcomed the rise and asked for the figure to be broken down by district."),
        ("What proportion of domestic abuse crimes end in a charge or summons, and what is being done to "
         "raise it?",
         "The charge rate is 9.4%, below the most similar group average. A file quality team started in "
         "October and early advice from the CPS is now sought in every high-risk case.", 1,
         "The PFCC recognised the new file quality team but noted that the rate has not yet moved."),
        ("How is the Force checking that officers complete the DARA risk assessment at every domestic "
         "abuse incident?",
         "Completion is not measured centrally. A dip sample of 50 incidents found 12 without a completed "
         "assessment.", 2,
         "The PFCC asked for completion to be measured and reported each month."),
        ("Are victims referred to the independent domestic violence advisers within the agreed time?",
         "Referrals to the commissioned IDVA service are made within 48 hours in 93% of high-risk cases.", 0,
         "None."),
    ]
    blocks = [
        P("**Police, Fire and Crime Commissioner for Essex**", size=10),
        H(title, 1),
        P("Thursday 22 January 2026, 10:00 – 12:30\nKelvedon Park, Rivenhall, and by Microsoft Teams"),
        H("Agenda", 2),
        T(rows=(("Item", "Subject", "Lead"),) + tuple(items), widths=(8, 57, 35), header_rows=1),
        H("About the Board", 2),
        P("The Board is one of the ways the PFCC holds the Chief Constable to account. The PFCC records, for "
          "each question put to the Force, whether the answer gave full, partial or no assurance. A tick "
          "shows the PFCC's decision. Internal audit gave the Board's arrangements an opinion of reasonable "
          "assurance in its 2024/25 report."),
        Break(),
        H(f"Item 3: {topic}", 2),
        P("The Detective Chief Superintendent presented the report. The PFCC's questions, the Force's "
          "answers and the PFCC's decision on each are set out below."),
    ]
    rows = [("No.", "Question", "Force response", "Assured", "Partially assured", "Not assured", "PFCC comment")]
    decisions = []
    levels = ("Assured", "Partly assured", "Not assured")
    for i, (question, response, tick, comment) in enumerate(questions, start=1):
        marks = ["", "", ""]
        marks[tick] = "✓"
        rows.append((f"3.{i}", question, response, *marks, comment))
        decisions.append(decision(day, topic, f"3.{i}", question, response, levels[tick],
                                  None if comment == "None." else comment))
    blocks.append(T(rows=tuple(rows), widths=(6, 24, 28, 8, 9, 8, 17), header_rows=1))
    blocks += [
        Break(),
        H("Action log", 2),
        P("Status key: Blue – complete, to be closed; Green – on track; Amber – some delay; Red – overdue "
          "or at risk."),
    ]
    log = [
        ("PRSB 25/40", "20/11/2025", "Provide the number of Clare's Law disclosures made within 28 days.",
         "DCS Crime", "Figures shared on 5 December 2025.", "Blue", "2025-11-20", "complete"),
        ("PRSB 25/41", "20/11/2025", "Report on the use of drones in rural searches for missing people.",
         "Supt Operations", "Report drafted; due at the March Board.", "Green", "2025-11-20", "outstanding"),
        ("PRSB 25/42", "20/11/2025", "Confirm when the new custody suite will open.",
         "Head of Estates", "Contractor delay; revised date not yet agreed.", "Amber", "2025-11-20",
         "outstanding"),
        ("PRSB 25/43", "20/11/2025", "Share the outcome of the review of 101 call-back times.",
         "Head of Contact Management", "No update provided.", "Red", "2025-11-20", "outstanding"),
    ]
    blocks.append(T(rows=(("Ref", "Date", "Action", "Owner", "Update", "Status"),) + tuple(r[:6] for r in log),
                    widths=(13, 12, 30, 14, 21, 10), header_rows=1))
    records = {
        "documents": [document("docx", title, force, org, day)],
        "meetings": [meeting(day, title, org, None)],
        "agenda_items": [agenda(day, *item) for item in items],
        "assurance_decisions": decisions,
        "actions": [action(r[6], None, r[0], r[2], r[4], r[7], "status_column", "action_tracker") for r in log],
    }
    data = render_docx(blocks, title=f"{title} 22 January 2026", author="PFCC Essex",
                       when=datetime(2026, 1, 15, 9, 0), landscape_pages=True)
    return data, records


# --- Northamptonshire: the level straight after the question, before the evidence

NORTHANTS_LEVELS = {"Substantial": "Assured", "Reasonable": "Assured", "Limited": "Partly assured",
                    "No assurance": "Not assured"}


def northamptonshire() -> tuple[bytes, dict]:
    org = "Police, Fire and Crime Commissioner for Northamptonshire"
    force, day, title = "Northamptonshire Police", "2026-01-13", "Accountability Board"
    notes_day, topic = "2025-11-11", "Rural and Business Crime"
    notes_title = "ACCOUNTABILITY BOARD – DECISION RECORD – 11 NOVEMBER 2025"
    items = [
        ("1", "Apologies", "Commissioner"),
        ("2", "Decision record and actions of 11 November 2025", "Director of Delivery"),
        ("3", "Force performance against the Police and Crime Plan", "Deputy Chief Constable"),
        ("4", "Any other business", "Commissioner"),
    ]
    questions = [
        ("1", "How many rural crime reports were received in the year and how many were attended within the "
              "target time?", "Reasonable",
         "1,326 rural crimes were reported, 6% fewer than last year. 82% of emergency calls in rural areas "
         "were attended within 20 minutes, against a target of 85%.",
         "The Commissioner noted that attendance was close to target and asked to see it by beat."),
        ("2", "What is the Force doing to reduce thefts of agricultural vehicles and GPS units?", "Substantial",
         "The Rural Crime Team has marked 2,100 units through a joint scheme with insurers, and thefts of GPS "
         "units fell from 47 to 18. Two organised groups were disrupted with neighbouring forces.",
         "The Commissioner praised the joint work with insurers and neighbouring forces."),
        ("3", "How are businesses told about the outcome of shop theft reports?", "Limited",
         "Updates are sent by text to the store but not to the head office that made the report, and the "
         "Force cannot yet say how many updates are sent.",
         "The Commissioner asked that the Force measure updates to businesses (Action AB25/31)."),
        ("4", "Is the business crime partnership being used to share intelligence about prolific offenders?",
         "No assurance",
         "The partnership has not met since July and the information sharing agreement has lapsed.",
         "The Commissioner asked for the agreement to be renewed and the partnership restarted "
         "(Action AB25/32)."),
    ]
    blocks = [
        P("**Office of the Police, Fire and Crime Commissioner for Northamptonshire**", size=10),
        H(title, 1),
        P("Tuesday 13 January 2026 at 09:30, Darby House, Northampton"),
        H("Agenda", 2),
        T(rows=(("No.", "Item", "Presented by"),) + tuple(items), widths=(8, 62, 30), header_rows=1),
        P("**Note:** the Accountability Board is held monthly. The decision record of each Board sets out "
          "the Commissioner's questions and the assurance opinion given on each; the opinion scale follows "
          "internal audit's (Substantial, Reasonable, Limited, No assurance) so that the Commissioner's "
          "assurance can be compared with audit's."),
        Break(),
        H(notes_title, 2),
        P(f"**Topic:** {topic}"),
        P("**Attendees:** Commissioner; Chief Executive; Director of Delivery; Chief Constable; Assistant Chief "
          "Constable; Head of Business Crime."),
    ]
    decisions = []
    for number, question, level, evidence, comment in questions:
        blocks += [P(f"**Q{number}. {question}**"), P(f"**Assurance opinion:** {level}"),
                   P(f"**Evidence:** {evidence}"), P(f"**Comments:** {comment}")]
        decisions.append(decision(notes_day, topic, number, question, evidence, NORTHANTS_LEVELS[level], comment))
    blocks += [Break(), H("Action log", 2)]
    log = [
        ("AB25/27", "09/09/2025", "Provide the number of drivers caught using a mobile phone by the "
         "community speed camera vans.", "Head of Roads Policing", "Provided 3 October 2025.", "Closed",
         "2025-09-09", None, "complete"),
        ("AB25/28", "09/09/2025", "Report on the recruitment of special constables in rural beats.",
         "Head of Specials", "Replaced by AB25/33 (volunteer strategy).", "Closed – superseded by AB25/33",
         "2025-09-09", None, "complete"),
        ("AB25/29", "14/10/2025", "Review the firearms licensing backlog.", "Head of Licensing",
         "Backlog down to 310; target date end of February.", "Open – on track", "2025-10-14", None,
         "outstanding"),
        ("AB25/31", "11/11/2025", "Measure the updates given to businesses on shop theft reports.",
         "ACC Local Policing", "Measure agreed; first figures in March.", "Open – on track", notes_day, topic,
         "outstanding"),
        ("AB25/32", "11/11/2025", "Renew the information sharing agreement and restart the business crime "
         "partnership.", "Head of Business Crime", "Agreement not yet signed.", "Open – overdue", notes_day,
         topic, "outstanding"),
        ("AB25/33", "11/11/2025", "Bring the volunteer strategy to the Board.", "Head of Specials",
         "Presented in December; no further action.", "Closed", notes_day, topic, "complete"),
    ]
    blocks.append(T(rows=(("No.", "Raised", "Action", "Owner", "Update", "Status"),) + tuple(r[:6] for r in log),
                    widths=(11, 12, 29, 14, 19, 15), header_rows=1))
    records = {
        "documents": [document("pdf", title, force, org, day)],
        "meetings": [meeting(day, title, org, None), meeting(notes_day, notes_title, org, topic)],
        "agenda_items": [agenda(day, *item) for item in items],
        "assurance_decisions": decisions,
        "actions": [action(r[6], r[7], r[0], r[2], r[4], r[8], "status_column", "action_tracker") for r in log],
    }
    look = PdfLook(margin=56, cell_size=9, footer="OPFCC Northamptonshire – Accountability Board")
    data = render_pdf(blocks, look, title=f"{title} 13 January 2026", author="OPFCC Northamptonshire")
    return data, records


# --- Lincolnshire: the levels in a bulleted assessment under the question table; RAG letters

LINCS_LEVELS = {"Substantial assurance": "Assured", "Reasonable assurance": "Assured",
                "Limited assurance": "Partly assured", "No assurance": "Not assured"}


def lincolnshire() -> tuple[bytes, dict]:
    org, force, day = "Police and Crime Commissioner for Lincolnshire", "Lincolnshire Police", "2026-02-12"
    title = "Strategic Scrutiny Meeting"
    notes_title = "NOTES OF THE STRATEGIC SCRUTINY MEETING – 12 FEBRUARY 2026"
    topic = "Road Safety"
    items = [
        ("1", "Apologies", "PCC"),
        ("2", "Road safety", "Chief Inspector, Roads Policing"),
        ("3", "Action tracker", "Chief Executive"),
        ("4", "Any other business", "PCC"),
    ]
    questions = [
        ("1", "What has been the trend in people killed or seriously injured on the county's roads over the "
              "last three years?",
         "Killed or seriously injured casualties fell from 486 in 2023 to 431 in 2025. Rural A roads account "
         "for over half.", "Substantial assurance",
         "The PCC was pleased with the reduction and thanked the Safer Roads Partnership."),
        ("2", "How is the Force targeting the drivers most likely to cause serious collisions?",
         "Targeted patrols on the five routes with most collisions started in June. The Force has not yet "
         "evaluated whether they have reduced collisions on those routes.", "Limited assurance",
         "The PCC asked for an evaluation of the targeted patrols."),
        ("3", "How long does it take to process camera offences, and is there a backlog?",
         "Offences are processed within 14 days, inside the statutory limit, with no backlog.",
         "Reasonable assurance",
         "The PCC was content and asked that processing times are kept under review."),
    ]
    blocks = [
        P("**Police and Crime Commissioner for Lincolnshire**", size=10),
        H(title, 1),
        P("Thursday 12 February 2026, 2pm, Deepdale Lane, Nettleham"),
        H("Agenda", 2),
        T(rows=(("Item", "Title", "Lead"),) + tuple(items), widths=(8, 60, 32), header_rows=1),
        Break(),
        H(notes_title, 2),
        P(f"**Topic:** {topic}"),
        P("The Chief Inspector presented the roads policing report. The PCC's questions and the Force's "
          "answers are summarised below, followed by the PCC's assessment."),
        T(rows=(("Q", "Question", "Response"),) + tuple((n, q, r) for n, q, r, _, _ in questions),
          widths=(5, 45, 50), header_rows=1),
        H("PCC's assessment", 3),
        Bul(tuple(f"Q{n} – **{level}**. {comment}" for n, _, _, level, comment in questions)),
    ]
    decisions = [decision(day, topic, n, q, r, LINCS_LEVELS[level], comment) for n, q, r, level, comment in questions]
    listed = ["Evaluate the targeted patrols on the five routes with most collisions."]
    blocks += [H("Actions", 3), Num(tuple(listed)), Break(), H("Action tracker", 2),
               P("RAG: **B** – complete; **G** – on track; **A** – at risk; **R** – overdue.")]
    # the last two fields: the list number (the gold takes the ref: the tracker's own wins) and page of the notes' action list, for an action repeated from it
    log = [
        ("LN/25/14", "Share the results of the rural crime survey.", "Head of Rural Crime",
         "Results published on 8 January 2026.", "B", None, None, "complete", None, None),
        ("LN/25/15", "Report on the use of the drone unit at missing person searches.", "Supt Operations",
         "Report in preparation; due in March.", "G", None, None, "outstanding", None, None),
        ("LN/25/16", "Confirm the date for the new control room system going live.", "Head of Contact",
         "Supplier has missed two milestones.", "R", None, None, "outstanding", None, None),
        ("LN/26/01", listed[0], "Chief Inspector, Roads Policing", "New action.", "G", day, topic,
         "outstanding", "1", 2),
    ]
    blocks.append(T(rows=(("Ref", "Action", "Lead", "Update", "RAG"),) + tuple(r[:5] for r in log),
                    widths=(12, 36, 18, 26, 8), header_rows=1))
    records = {
        "documents": [document("pdf", title, force, org, day)],
        "meetings": [meeting(day, notes_title, org, topic)],
        "agenda_items": [agenda(day, *item) for item in items],
        "assurance_decisions": decisions,
        "actions": [action(r[5], r[6], r[0], r[1], r[3], r[7], "status_column", "action_tracker", r[9])
                    for r in log],
    }
    look = PdfLook(margin=60, footer="OPCC Lincolnshire")
    data = render_pdf(blocks, look, title=f"{title} 12 February 2026", author="OPCC Lincolnshire")
    return data, records


PACKS = {
    "essex-prsb-2026-01-22.docx": essex,
    "northamptonshire-ab-2026-01-13.pdf": northamptonshire,
    "lincolnshire-ssm-2026-02-12.pdf": lincolnshire,
}

if __name__ == "__main__":
    for name, build in PACKS.items():
        round11.write(name, *build())
