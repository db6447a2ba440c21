"""Five scrutiny packs of offices the scrutiny extractors were not written
against (eighth round: how the decision-maker's level is recorded), and
their gold:

    .venv/bin/python samples/corpus/scrutiny-round8/generate.py

writes the packs here and their gold to samples/gold/<file>.json. Names,
figures and wording are fictional; the layouts follow published papers (see
README.md). The gold is written by hand below, next to the text it describes,
never from the pipeline's output; a PDF record's page is the page of the
generated PDF whose text holds the record's first words. Output is
deterministic (fixed metadata dates, fixed zip times).

Rendering reuses samples/corpus/scrutiny-round3 (render.py, its gold
builders and PDF page finding) and the round-5 Calibri-like look.
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
CHECKED = ("Written by hand in samples/corpus/scrutiny-round8/generate.py, next to the text it describes, before "
           "the extractors were run on the pack; PDF pages found in the generated PDF's own text; levels and "
           "statuses mapped to the canonical vocabulary by hand (conventions in README.md).")


# --- 1. Hertfordshire: commentary only in the notes, the levels in a closing "Summary of decisions" table ------

HT_ORG = "Police and Crime Commissioner for Hertfordshire"
HT_DATE = "2025-10-21"
HT_TITLE = "Performance and Accountability Meeting"
HT_NOTES = "NOTES – PERFORMANCE AND ACCOUNTABILITY MEETING (RETAIL CRIME) – 21 OCTOBER 2025"
HT_TOPIC = "Retail Crime"
HT_AGENDA = [
    ("1", "Introductions and apologies", "PCC"),
    ("2", "Actions from the previous meeting", "Head of Performance"),
    ("3", "Retail crime", "Chief Superintendent, Local Policing"),
    ("4", "Any other business", "PCC"),
]
HT_Q = [
    # (question, evidence points, commentary, summary wording, level)
    ("How many shoplifting offences reported in the last six months led to a charge or summons?",
     ["Charge and summons outcomes rose from 14% to 21% of shoplifting offences.",
      "Prolific offenders are now managed by a named officer in each district."],
     "The PCC was assured by the progress but not yet confident that the rise will last once the "
     "funded patrols end, and asked for the figures again in six months.",
     "Assured", "Assured"),
    ("Is the Force attending reports of violence against shop workers within its target time?",
     ["Only partial data was available: attendance times are recorded for 70% of such incidents.",
      "Of those recorded, 81% were attended within the target time."],
     "The PCC noted that the partial data made it hard to be assured and asked for attendance times to be "
     "recorded for every incident.",
     "Partially assured", "Partly assured"),
    ("How does the Force share information on organised retail crime groups with retailers?",
     ["There is no information sharing agreement with retailers' security teams.",
      "A regional pilot is being discussed but has no start date."],
     "The PCC asked for an information sharing agreement to be drafted before the next meeting.",
     "Not assured", "Not assured"),
]
HT_LIST = [
    "The Force to report shoplifting charge and summons rates again in April 2026.",
    "The Force to record attendance times for every report of violence against shop workers.",
    "The Force to draft an information sharing agreement with retailers before the next meeting.",
]
HT_TRACKER = [
    ("Road safety", "The Force to share the number of drivers referred to speed awareness courses.",
     "Figures shared on 3 September 2025.", "Completed", "complete"),
    ("Road safety", "The OPCC to meet the county council about average speed cameras.",
     "Meeting arranged for November.", "In progress", "outstanding"),
]


def hertfordshire() -> tuple[bytes, dict]:
    rows: list = [("Question", "Brief Summary of Evidence", "Comments")]
    for i, (question, points, comment, _, _) in enumerate(HT_Q, start=1):
        rows.append((f"**{i}. {question}**", (Bul(tuple(points)),), f"*{comment}*"))
    summary = [("Question", "Assurance")] + [(f"{i}", printed) for i, (_, _, _, printed, _) in
                                             enumerate(HT_Q, start=1)]
    tracker = [("Topic", "Action", "Update", "Status")] + [row[:4] for row in HT_TRACKER]
    blocks = [
        P(f"**{HT_ORG}**"),
        H(HT_TITLE, 1),
        P("**Tuesday 21 October 2025, 2.00pm, Police Headquarters, Welwyn Garden City**"),
        H("Agenda", 2),
        T(rows=(("Item", "Title", "Lead"),) + tuple(HT_AGENDA), widths=(10, 60, 30), header_rows=1),
        Break(),
        P(f"**{HT_NOTES}**"),
        T(rows=tuple(rows), widths=(32, 44, 24), header_rows=1),
        P("**Summary of decisions**"),
        T(rows=tuple(summary), widths=(30, 70), header_rows=1),
        P("**Actions**"),
        Num(tuple(HT_LIST)),
        Break(),
        P("**ACTIONS FROM THE PREVIOUS MEETING**"),
        T(rows=tuple(tracker), widths=(16, 36, 34, 14), header_rows=1),
    ]
    data = render_pdf(blocks, calibri_look(), title="Performance and Accountability Meeting 21 October 2025",
                      author="OPCC Hertfordshire")
    records = {
        "documents": [document("pdf", None, HT_TITLE, "Hertfordshire Constabulary", HT_ORG, HT_DATE)],
        # the notes heading's page, as the reference pack's and Lancashire's (first written as the front sheet's)
        "meetings": [meeting(HT_DATE, HT_NOTES, HT_ORG, topic=HT_TOPIC, page=2)],
        "agenda_items": [agenda(HT_DATE, n, title, who, page=1) for n, title, who in HT_AGENDA],
        "assurance_decisions": [decision(HT_DATE, HT_TOPIC, str(i), question, "\n".join(points), level, comment)
                                for i, (question, points, comment, _, level) in enumerate(HT_Q, start=1)],
        "actions": [action(HT_DATE, HT_TOPIC, str(i), text, None, "unknown", "none", "action_list")
                    for i, text in enumerate(HT_LIST, start=1)]
        + [action(None, topic, None, text, update, canonical, "status_column", "action_tracker")
           for topic, text, update, _, canonical in HT_TRACKER],
    }
    return data, records


# --- 2. Staffordshire: the previous and this meeting's notes, in different tables; the current levels as
#        a bulleted list, one line of enquiry a bullet, in one merged "Commissioner's conclusion" cell -----------

ST_ORG = "Staffordshire Commissioner for Police, Fire and Rescue and Crime"
ST_DATE = "2025-09-17"
ST_PREV_DATE = "2025-07-16"
ST_TITLE = "Strategic Governance Board"
ST_PREV = [
    # (question, evidence, printed level, comment, level)
    ("How is the Force reducing the time taken to answer 101 calls?",
     "The average wait fell from 9 to 4 minutes after the switchboard was restaffed.",
     "Assured", "The OPFCC asked for the online reporting figures to be added to the next report.", "Assured"),
    ("Are stalking protection orders being applied for where victims are at risk?",
     "Eleven orders were applied for in the year; the Force could not say how many cases were eligible.",
     "Partially assured", "The OPFCC asked for an estimate of eligible cases.", "Partly assured"),
]
ST_CURR = [
    # (question, evidence, bullet, level, commentary)
    ("Is the Force meeting its target for answering 999 calls within ten seconds?",
     "93% of 999 calls were answered within ten seconds against a national target of 90%.",
     "Line of enquiry 1 – Assured. The Commissioner thanked the contact centre staff.",
     "Assured", "The Commissioner thanked the contact centre staff."),
    ("How are calls from vulnerable repeat callers identified and followed up?",
     "A flag on the call system identifies repeat callers, but follow-up is not recorded consistently.",
     "Line of enquiry 2 – Partially assured. The Commissioner asked for follow-up to be recorded on every flagged "
     "call.",
     "Partly assured", "The Commissioner asked for follow-up to be recorded on every flagged call."),
    ("What is the Force doing about the number of calls abandoned on the non-emergency line?",
     "Abandonment on the non-emergency line rose to 24% in August during a system upgrade.",
     "Line of enquiry 3 – Not assured. The Commissioner asked for a recovery plan within a month.",
     "Not assured", "The Commissioner asked for a recovery plan within a month."),
]
ST_LOG = [
    ("SGB/41", "Add online reporting figures to the contact report.", "Included in this meeting's report.",
     "Closed", "complete"),
    ("SGB/42", "Estimate the number of cases eligible for a stalking protection order.",
     "Analysis under way; due in October.", "Open", "outstanding"),
]


def staffordshire() -> tuple[bytes, dict]:
    previous: list = [("Question", "Evidence", "OPFCC view")]
    previous += [(q, e, (f"**{printed}**", c)) for q, e, printed, c, _ in ST_PREV]
    current: list = [("No.", "Line of enquiry", "Force response", "Commissioner's conclusion")]
    for i, (q, e, _, _, _) in enumerate(ST_CURR, start=1):
        current.append((str(i), q, e, (Bul(tuple(bullet for _, _, bullet, _, _ in ST_CURR)),) if i == 1 else None))
    fills = {(0, c): "#1f3864" for c in range(4)}
    blocks: list = [
        P("**Staffordshire Commissioner for Police, Fire and Rescue and Crime**"),
        H(ST_TITLE, 1),
        P("Wednesday 17 September 2025, 10.00am, Weston Road, Stafford"),
        H("Notes of the previous meeting – 16 July 2025", 2),
        P("Topic: Contact management (part 1)"),
        T(rows=tuple(previous), widths=(34, 40, 26), header_rows=1),
        Break(),
        H("Notes of this meeting – 17 September 2025", 2),
        P("Topic: Contact management (part 2)"),
        T(rows=tuple(current), widths=(7, 31, 34, 28), header_rows=1, spans=((1, 3, 3, 1),), fills=fills),
        H("Action log", 2),
        T(rows=(("Ref", "Action", "Update", "Status"),) + tuple(row[:4] for row in ST_LOG),
          widths=(12, 40, 34, 14), header_rows=1),
    ]
    data = render_docx(blocks, title=ST_TITLE, author="Staffordshire Commissioner's Office",
                       when=datetime(2025, 9, 24, 9))
    records = {
        "documents": [document("docx", None, ST_TITLE, "Staffordshire Police", ST_ORG, ST_DATE)],
        # each titled by its notes heading with its topic, as the earlier rounds' meetings are (first written
        # with the board's name and no topic)
        "meetings": [meeting(ST_DATE, "Notes of this meeting – 17 September 2025", ST_ORG,
                             topic="Contact management (part 2)"),
                     meeting(ST_PREV_DATE, "Notes of the previous meeting – 16 July 2025", ST_ORG,
                             topic="Contact management (part 1)")],
        "assurance_decisions": [decision(ST_PREV_DATE, "Contact management (part 1)", None, q, e, level, c)
                                for q, e, _, c, level in ST_PREV]
        + [decision(ST_DATE, "Contact management (part 2)", str(i), q, e, level, c)
           for i, (q, e, _, level, c) in enumerate(ST_CURR, start=1)],
        "actions": [action(None, None, ref, text, update, canonical, "status_column", "action_tracker")
                    for ref, text, update, _, canonical in ST_LOG],
    }
    return data, records


# --- 3. Northern Ireland Policing Board: the level as a coloured dot, its key on the front page ---------------

NI_ORG = "Northern Ireland Policing Board"
NI_DATE = "2025-06-05"
NI_TITLE = "Performance Committee"
NI_TOPIC = "Neighbourhood Policing"
NI_Q = [
    # (question, evidence, colour, commentary, level)
    ("How many neighbourhood officers were moved to response duties in the last quarter?",
     "Abstractions were 6% of neighbourhood shifts, against 13% a year earlier.", GREEN,
     "Members welcomed the fall and asked for the figures each quarter.", "Assured"),
    ("Are local policing plans agreed with policing and community safety partnerships?",
     "Nine of eleven district plans were agreed; two are awaiting partnership meetings.", AMBER,
     "Members were partly reassured and asked for the two plans to be agreed by September.", "Partly assured"),
    ("How is PSNI measuring public confidence in neighbourhood policing at district level?",
     "The survey sample is too small to report by district.", RED,
     "Members asked for a larger sample or another measure of local confidence.", "Not assured"),
]
NI_LOG = [
    ("PC/25/11", "Provide the district breakdown of neighbourhood abstractions.", "Provided in this report.",
     "Complete", "complete"),
    ("PC/25/12", "Report on the recruitment of neighbourhood sergeants.", "Due at the September meeting.",
     "Ongoing", "outstanding"),
]


def nipb() -> tuple[bytes, dict]:
    key = " ".join(f"{{{colour}|●}} {word}" for colour, word in
                   ((GREEN, "Assured"), (AMBER, "Partially assured"), (RED, "Not assured")))
    rows: list = [("Question", "Evidence", "Board's assessment", "Comment")]
    rows += [(q, e, f"{{{colour}|●}}", c) for q, e, colour, c, _ in NI_Q]
    blocks: list = [
        P("**Northern Ireland Policing Board**"),
        H(NI_TITLE, 1),
        P("Minutes of the meeting held on Thursday 5 June 2025, Waterside Tower, Belfast"),
        P(f"**Assurance key:** {key}"),
        H("Item 5: Neighbourhood Policing", 2),
        T(rows=tuple(rows), widths=(28, 30, 16, 26), header_rows=1),
        H("Action log", 2),
        T(rows=(("Ref", "Action", "Update", "Status"),) + tuple(row[:4] for row in NI_LOG),
          widths=(12, 40, 34, 14), header_rows=1),
    ]
    look = PdfLook(font="Helvetica", bold_font="Helvetica-Bold", italic_font="Helvetica-Oblique", margin=56,
                   footer="Performance Committee – 5 June 2025")
    data = render_pdf(blocks, look, title="Performance Committee minutes 5 June 2025", author="NIPB")
    records = {
        "documents": [document("pdf", None, NI_TITLE, "Police Service of Northern Ireland", NI_ORG, NI_DATE)],
        "meetings": [meeting(NI_DATE, NI_TITLE, NI_ORG, topic="Neighbourhood Policing", page=1)],
        "assurance_decisions": [decision(NI_DATE, NI_TOPIC, None, q, e, level, c) for q, e, _, c, level in NI_Q],
        "actions": [action(None, None, ref, text, update, canonical, "status_column", "action_tracker")
                    for ref, text, update, _, canonical in NI_LOG],
    }
    return data, records


# --- 4. Scottish Police Authority: commentary full of assurance words, the level a line of its own ------------

SP_ORG = "Scottish Police Authority"
SP_DATE = "2025-08-14"
SP_TITLE = "Policing Performance Committee"
SP_TOPIC = "Drug deaths and harm reduction"
SP_Q = [
    # (question, evidence, decision lines, level, commentary)
    ("How many officers carry naloxone, and how often has it been used?",
     "Over 12,000 officers are trained to carry naloxone; it was used 214 times in the year.",
     ("The Committee was assured that training is widespread but not yet confident that every shift has a "
      "carrier.", "Level: Assured"),
     "Assured", "The Committee was assured that training is widespread but not yet confident that every shift "
                "has a carrier."),
    ("Is Police Scotland sharing near-fatal overdose information with health boards?",
     "Information is shared with nine of fourteen health boards; partial data only for the others.",
     ("Given the partial data, the Committee could not be fully assured and asked for agreements with every "
      "health board.", "Level: Partially assured"),
     "Partly assured", "Given the partial data, the Committee could not be fully assured and asked for "
                       "agreements with every health board."),
    ("What has the Service learned from its reviews of drug-related deaths in custody?",
     "No thematic review has been done since 2022.",
     ("The Committee would only be assured once a thematic review is complete.", "Level: Not assured"),
     "Not assured", "The Committee would only be assured once a thematic review is complete."),
]
SP_LOG = [
    ("PPC-2025-07", "Report naloxone carriage by shift pattern.", "Scheduled for November.", "Open",
     "outstanding"),
    ("PPC-2025-04", "Share the drug-related deaths dashboard with members.", "Shared on 30 July 2025.", "Closed",
     "complete"),
]


def spa() -> tuple[bytes, dict]:
    rows: list = [("Question", "Service response", "Authority's conclusion")]
    rows += [(q, e, (lines[0], f"**{lines[1]}**")) for q, e, lines, _, _ in SP_Q]
    blocks: list = [
        P("**Scottish Police Authority**"),
        H(SP_TITLE, 1),
        P("Thursday 14 August 2025, 1 Pacific Quay, Glasgow"),
        H(f"Item 3 – {SP_TOPIC}", 2),
        T(rows=tuple(rows), widths=(32, 38, 30), header_rows=1),
        H("Rolling action log", 2),
        T(rows=(("Ref", "Action", "Update", "Status"),) + tuple(row[:4] for row in SP_LOG),
          widths=(14, 40, 32, 14), header_rows=1),
    ]
    data = render_docx(blocks, title=SP_TITLE, author="Scottish Police Authority", when=datetime(2025, 8, 21, 9))
    records = {
        "documents": [document("docx", None, SP_TITLE, "Police Scotland", SP_ORG, SP_DATE)],
        "meetings": [meeting(SP_DATE, SP_TITLE, SP_ORG)],
        "assurance_decisions": [decision(SP_DATE, SP_TOPIC, None, q, e, level, c) for q, e, _, level, c in SP_Q],
        "actions": [action(None, None, ref, text, update, canonical, "status_column", "action_tracker")
                    for ref, text, update, _, canonical in SP_LOG],
    }
    return data, records


# --- 5. Jersey Police Authority: the reference pack's Word styling, the Authority's wording -------------------

JE_ORG = "Jersey Police Authority"
JE_DATE = "2025-11-13"
JE_TITLE = "Scrutiny Session"
JE_NOTES = "NOTES – SCRUTINY SESSION (ROADS POLICING) – 13 NOVEMBER 2025"
JE_TOPIC = "Roads Policing"
JE_AGENDA = [
    ("1", "Welcome and apologies", "Chair"),
    ("2", "Roads policing", "Superintendent, Operations"),
    ("3", "Any other business", "Chair"),
]
JE_Q = [
    ("How many drink and drug driving checks were carried out over the summer?",
     ["1,420 roadside checks were carried out, against 980 the summer before."],
     ("*The Authority welcomed the increase.*", "**The Authority is assured.**"),
     "Assured", "The Authority welcomed the increase."),
    ("Is the Force meeting its target for investigating serious collisions within 28 days?",
     ["Seven of twelve serious collision files were completed within 28 days."],
     ("*The Authority asked for the reasons for the delays.*", "**The Authority is partially assured.**"),
     "Partly assured", "The Authority asked for the reasons for the delays."),
]
JE_LIST = [
    "The Force to explain the delays in completing serious collision files.",
]


def jersey() -> tuple[bytes, dict]:
    rows: list = [("Question", "Summary of Evidence", "Authority's Decision")]
    for i, (question, points, cell, _, _) in enumerate(JE_Q, start=1):
        rows.append((f"**{i}. {question}**", (Bul(tuple(points)),), cell))
    blocks = [
        P(f"**{JE_ORG}**"),
        H(JE_TITLE, 1),
        P("**Thursday 13 November 2025, 10.00am, Police Headquarters, St Helier**"),
        H("Agenda", 2),
        T(rows=(("Item", "Title", "Lead"),) + tuple(JE_AGENDA), widths=(10, 60, 30), header_rows=1),
        Break(),
        P(f"**{JE_NOTES}**"),
        T(rows=tuple(rows), widths=(32, 44, 24), header_rows=1),
        P("**Actions**"),
        Num(tuple(JE_LIST)),
    ]
    data = render_pdf(blocks, PdfLook(), title="Scrutiny Session 13 November 2025", author="Jersey Police Authority")
    records = {
        "documents": [document("pdf", None, JE_TITLE, "States of Jersey Police", JE_ORG, JE_DATE)],
        "meetings": [meeting(JE_DATE, JE_NOTES, JE_ORG, topic=JE_TOPIC, page=2)],
        "agenda_items": [agenda(JE_DATE, n, title, who, page=1) for n, title, who in JE_AGENDA],
        "assurance_decisions": [decision(JE_DATE, JE_TOPIC, str(i), question, "\n".join(points), level, comment)
                                for i, (question, points, _, level, comment) in enumerate(JE_Q, start=1)],
        "actions": [action(JE_DATE, JE_TOPIC, str(i), text, None, "unknown", "none", "action_list")
                    for i, text in enumerate(JE_LIST, start=1)],
    }
    return data, records


PACKS = {
    "hertfordshire-pam-2025-10-21.pdf": hertfordshire,
    "staffordshire-sgb-2025-09-17.docx": staffordshire,
    "nipb-performance-2025-06-05.pdf": nipb,
    "spa-ppc-2025-08-14.docx": spa,
    "jersey-jpa-2025-11-13.pdf": jersey,
}


def main() -> None:
    write_packs(HERE, PACKS, CHECKED)


if __name__ == "__main__":
    main()
