"""Six scrutiny packs of offices the scrutiny extractors were not written
against, each with its agenda in a form the earlier rounds did not have, and
their gold:

    .venv/bin/python samples/corpus/scrutiny-round4/generate.py

writes the packs here and their gold to samples/gold/<file>.json. Names,
figures and wording are fictional; the layouts follow published papers (see
README.md). The gold is written by hand below, next to the text it describes,
never from the pipeline's output; a PDF record's page is the page of the
generated PDF that holds its first words. Output is deterministic (fixed
metadata dates, fixed zip times).

The blocks and renderers are samples/corpus/scrutiny-round3/render.py's, the
record helpers and page finder those of the round-3 generator.
"""

from __future__ import annotations

import io
import re
import sys
from datetime import datetime
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from scrutiny_common import round3, write_pack  # noqa: E402
from render import Break, H, Num, P, PdfLook, T, render_docx, render_pdf  # noqa: E402

decision, action, agenda, meeting, document = (round3.decision, round3.action, round3.agenda, round3.meeting,
                                               round3.document)

CHECKED = ("Written by hand in samples/corpus/scrutiny-round4/generate.py, next to the text it describes, before "
           "the extractors were run on the pack; PDF pages found in the generated PDF's own text.")


# --- 1. Thames Valley: a cover letter, then the agenda as numbered paragraphs with presenters after a dash or --
# --- on a "Lead:" line beneath; the previous meeting's minutes (numbered headings, ACTION lines) follow ------

TV_ORG = "Police and Crime Commissioner for Thames Valley"
TV_DATE = "2025-07-22"
TV_TITLE = "Level 1 Meeting"
TV_AGENDA = [
    # (number, title, presenter, how the presenter is printed: "dash" or "lead")
    ("1", "Apologies for absence", None, None),
    ("2", "Minutes of the Level 1 meeting held on 20 May 2025", "Head of Governance", "dash"),
    ("3", "Police and Criminal Justice Plan: delivery report, quarter 1 2025/26", "Deputy Chief Constable", "dash"),
    ("4", "Revenue Monitoring Report 2025/26", "Chief Finance Officer, OPCC", "lead"),
    ("5", "Capital Monitoring Report 2025/26", "Director of Finance", "lead"),
    ("6", "Neighbourhood policing: response to the public priorities survey",
     "Assistant Chief Constable, Local Policing", "lead"),
    ("7", "HMICFRS update report", "Head of Governance", "dash"),
    ("8", "Any other business", None, None),
]
TV_PREVIOUS = "2025-05-20"
TV_MINUTES = "Minutes of the Level 1 meeting held on 20 May 2025"
TV_ITEMS = [
    # (number, heading, discussion, action)
    ("1", "Apologies", "Apologies were received from the Director of People.", None),
    ("2", "Knife crime", "The Deputy Chief Constable reported that knife crime had fallen by 6% in the year, with "
     "the largest falls in the two towns where weapon sweeps and school talks had been held every month.",
     "The Deputy Chief Constable to report the results of the weapon sweeps by local policing area."),
    ("3", "Contact management", "The Head of Contact explained that 101 calls were answered in an average of four "
     "minutes in April, and that the online reporting service now takes a third of all non-emergency reports.",
     "The Head of Contact to set out the plan to publish 101 answer times on the force website."),
    ("4", "Revenue monitoring 2024/25 outturn", "The Chief Finance Officer presented the outturn, an underspend of "
     "0.4% of the budget, mainly from police staff vacancies.", None),
]


def thames_valley() -> tuple[bytes, dict]:
    look = PdfLook(margin=64.0, body_size=10.5, cell_size=9.5)
    agenda_blocks = []
    for number, title, presenter, form in TV_AGENDA:
        text = f"{title} – {presenter}" if form == "dash" else title
        agenda_blocks.append(P(text, hang=f"{number}.", indent=24))
        if form == "lead":
            agenda_blocks.append(P(f"*Lead: {presenter}*", indent=24))
    minutes = [P("AGENDA ITEM 2"), H(TV_MINUTES.upper(), 1),
               P("Present: Police and Crime Commissioner (Chair); Deputy Police and Crime Commissioner; Chief "
                 "Constable; Deputy Chief Constable; Chief Executive, OPCC; Chief Finance Officer, OPCC; Director of "
                 "Finance; Head of Governance.")]
    for number, heading, discussion, new_action in TV_ITEMS:
        minutes += [H(f"{number}. {heading}", 2), P(discussion)]
        if new_action:
            minutes.append(P(f"**ACTION:** {new_action}"))
    blocks = [
        P("**OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR THAMES VALLEY**"),
        P("The Farmhouse, Police Headquarters, Oxford Road, Kidlington"),
        P("Contact: Governance Officer\nDate: 15 July 2025"),
        P("Dear Chief Constable"),
        H(TV_TITLE, 1),
        P("You are requested to attend a Level 1 meeting on Tuesday 22 July 2025 at 10.00am in the Conference "
          "Hall, Police Headquarters, Kidlington."),
        P("Yours sincerely"),
        P("Chief Executive"),
        P("To: PCC, Deputy PCC, Chief Constable"),
        H("Agenda", 2),
        *agenda_blocks,
        P("**DATE OF NEXT MEETING:** 16 September 2025 at 10.30am, Police Headquarters, Kidlington."),
        Break(),
        *minutes,
    ]
    data = render_pdf(blocks, look, TV_TITLE, "OPCC Thames Valley")
    records = {
        "documents": [document("pdf", None, TV_TITLE, "Thames Valley Police", TV_ORG, TV_DATE)],
        "meetings": [meeting(TV_DATE, TV_TITLE, TV_ORG, page=1),
                     meeting(TV_PREVIOUS, TV_MINUTES.upper(), TV_ORG, page=2)],
        "agenda_items": [agenda(TV_DATE, number, title, presenter) for number, title, presenter, _f in TV_AGENDA],
        "assurance_decisions": [],
        "actions": [action(TV_PREVIOUS, heading, None, new_action, None, "unknown", "none", "action_list")
                    for _n, heading, _d, new_action in TV_ITEMS if new_action],
    }
    return data, records


# --- 2. Kent: a "No. | Agenda item | Lead officer | Paper" table, a Question | Evidence | Decision table and ----
# --- an action tracker of the previous meeting --------------------------------------------------------------

KT_ORG = "Police and Crime Commissioner for Kent"
KT_DATE = "2025-06-25"
KT_TITLE = "Performance and Delivery Board"
KT_AGENDA = [
    ("1", "Introduction and apologies", "Police and Crime Commissioner", "–"),
    ("2", "Minutes and actions of the meeting held on 26 March 2025", "Chief Executive, OPCC", "Paper A"),
    ("3", "Delivery of the Police and Crime Plan: violence against women and girls",
     "Assistant Chief Constable, Crime", "Paper B"),
    ("4", "Delivery of the Police and Crime Plan: neighbourhood policing and visibility",
     "Assistant Chief Constable, Local Policing", "Paper C"),
    ("5", "Financial monitoring and savings update", "Director of Finance", "Paper D"),
    ("6", "HMICFRS inspections and performance update", "Deputy Chief Constable", "Paper E"),
    ("7", "Any other business", "All", "–"),
]
KT_QUESTIONS = [
    ("What proportion of domestic abuse victims are now contacted within 24 hours of their report, and how is "
     "that checked?",
     "Paper B shows 87% of victims contacted within 24 hours in the quarter, against 71% a year earlier. Every "
     "case not contacted in time is reviewed by a sergeant the next morning.", "Assured"),
    ("How will the force make sure that the new neighbourhood officers stay in their wards rather than being "
     "moved to response duties?",
     "Abstraction of neighbourhood officers was 11% in May. The force has set a limit of 8% and will report it "
     "by district each month, but two districts are still short of response officers.", "Partially assured"),
    ("When will the force close the gap in the savings plan for 2025/26?",
     "Paper D identifies £2.1m of the £3.4m savings required. Options for the rest will be brought to the "
     "September Board.", "Not assured"),
]
KT_ACTIONS = [
    ("PDB 25/04", "Share the stalking protection order figures by district with the OPCC.", "ACC Crime",
     "30/04/2025", "Complete", "complete"),
    ("PDB 25/05", "Review the firearms licensing backlog and report the recovery date.", "Deputy Chief Constable",
     "25/06/2025", "Open", "outstanding"),
    ("PDB 25/06", "Provide the cost of overtime for the summer events plan.", "Director of Finance",
     "25/06/2025", "Complete", "complete"),
]


def kent() -> tuple[bytes, dict]:
    agenda_rows = (("No.", "Agenda item", "Lead officer", "Paper"),) + tuple(KT_AGENDA)
    question_rows = (("Question", "Evidence", "Decision"),) + tuple(KT_QUESTIONS)
    action_rows = (("Ref", "Action", "Owner", "Due date", "Status"),) + tuple(row[:5] for row in KT_ACTIONS)
    blocks = [
        P("**Office of the Kent Police and Crime Commissioner**"),
        H(KT_TITLE, 1),
        P("Wednesday 25 June 2025, 10:00 – 12:30"),
        P("Kent Police Headquarters, Sutton Road, Maidstone"),
        H("Agenda", 2),
        T(agenda_rows, (0.6, 4.2, 2.4, 1), header_rows=1),
        H("Questions from the Commissioner", 2),
        P("The Commissioner's questions on the papers, the evidence given and his decision on each."),
        T(question_rows, (3, 4.5, 1.3), header_rows=1),
        H("Actions from the meeting held on 26 March 2025", 2),
        T(action_rows, (1.2, 3.6, 1.7, 1.1, 1), header_rows=1),
    ]
    data = render_docx(blocks, title=KT_TITLE, author="OPCC Kent", when=datetime(2025, 6, 18, 9, 0))
    level = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}
    records = {
        "documents": [document("docx", None, KT_TITLE, "Kent Police", KT_ORG, KT_DATE)],
        "meetings": [meeting(KT_DATE, KT_TITLE, KT_ORG)],
        "agenda_items": [agenda(KT_DATE, number, title, lead) for number, title, lead, _p in KT_AGENDA],
        "assurance_decisions": [decision(KT_DATE, None, None, question, evidence, level[word], None)
                                for question, evidence, word in KT_QUESTIONS],
        "actions": [action("2025-03-26", None, ref, text, None, status, "status_column", "action_tracker")
                    for ref, text, _o, _d, _w, status in KT_ACTIONS],
    }
    return data, records


# --- 3. Sussex: each item's time on a line of its own above it, descriptions and "Presented by" lines beneath, -
# --- sub-items 5.1, 5.2, 5.3; notes and an action table numbered 1, 2, 3 ------------------------------------

SX_ORG = "Police and Crime Commissioner for Sussex"
SX_DATE = "2025-10-17"
SX_TITLE = "Performance & Accountability Meeting"
SX_AGENDA = [
    # (time, number, title, description, presenter)
    ("13.00", "1", "Welcome and introductions", None, None),
    ("13.05", "2", "Minutes of the previous meeting",
     "To approve the minutes of the meeting held on 19 September 2025.", None),
    ("13.10", "3", "Public questions to the Chief Constable",
     "Questions submitted by residents through the Commissioner's website.", None),
    ("13.30", "4", "Performance report: September 2025", None, "Deputy Chief Constable"),
    ("14.00", "5", "Themes raised by the public", None, "Assistant Chief Constable"),
    (None, "5.1", "Anti-social behaviour on public transport", None, None),
    (None, "5.2", "Speeding in rural villages", None, None),
    (None, "5.3", "Reporting fraud against older people", None, None),
    ("14.50", "6", "Any other business", None, None),
]
SX_NOTES = [
    ("4", "Performance report: September 2025",
     "The Deputy Chief Constable reported that the average time to answer 999 calls was seven seconds and that "
     "burglary outcomes had improved for the fourth month in a row."),
    ("5.1", "Anti-social behaviour on public transport",
     "The Assistant Chief Constable described joint patrols with the rail operator on the coastal line at weekends "
     "and the use of dispersal orders at two stations."),
    ("5.2", "Speeding in rural villages",
     "Community speed watch groups now operate in 140 villages; the force follows up every vehicle recorded three "
     "times with a letter."),
]
SX_ACTIONS = [
    ("1", "Publish the number of dispersal orders used at railway stations each month.", "ACC", "In progress",
     "outstanding"),
    ("2", "Write to community speed watch groups about the new follow-up letters.", "Head of Roads Policing",
     "Complete", "complete"),
    ("3", "Set out how older victims of fraud are referred to the victim support service.", "DCC", "Not started",
     "outstanding"),
]


def sussex() -> tuple[bytes, dict]:
    look = PdfLook(font="Times-Roman", bold_font="Times-Bold", italic_font="Times-Italic", margin=60.0,
                   body_size=11.0, cell_size=10.0, footer="Sussex Police & Crime Commissioner")
    agenda_blocks = []
    for time, number, title, description, presenter in SX_AGENDA:
        if time:
            agenda_blocks.append(P(f"**{time}**"))
        sub = "." in number
        agenda_blocks.append(P(f"**{title}**" if not sub else title, hang=number if sub else f"{number}.",
                               indent=58 if sub else 28))
        if description:
            agenda_blocks.append(P(description, indent=28))
        if presenter:
            agenda_blocks.append(P(f"Presented by the {presenter}", indent=28))
    action_rows = (("No.", "Action", "Owner", "Status"),) + tuple(row[:4] for row in SX_ACTIONS)
    blocks = [
        P(f"**{SX_ORG}**", size=12),
        H(SX_TITLE, 1),
        P("Friday 17 October 2025, 13:00 – 15:00"),
        P("Webcast live from Sackville House, Lewes"),
        H("Agenda", 2),
        *agenda_blocks,
        Break(),
        H("Summary of the meeting", 1),
        P("These notes are not verbatim; the webcast is the full record of the meeting."),
        *[block for number, heading, note in SX_NOTES for block in (H(f"{number} {heading}", 2), P(note))],
        H("Actions agreed", 2),
        T(action_rows, (0.5, 4.5, 1.6, 1.2), header_rows=1),
    ]
    data = render_pdf(blocks, look, SX_TITLE, "OPCC Sussex")
    records = {
        "documents": [document("pdf", None, SX_TITLE, "Sussex Police", SX_ORG, SX_DATE)],
        "meetings": [meeting(SX_DATE, SX_TITLE, SX_ORG, page=1)],
        "agenda_items": [agenda(SX_DATE, number, title, presenter) for _t, number, title, _d, presenter in SX_AGENDA],
        "assurance_decisions": [],
        "actions": [action(SX_DATE, None, number, text, None, status, "status_column", "action_tracker")
                    for number, text, _o, _w, status in SX_ACTIONS],
    }
    return data, records


# --- 4. Norfolk: Word-numbered items under "Part 1" and "Part 2 (exempt)", the numbering running on; ----------
# --- presenters in brackets; an action log with RAG words ---------------------------------------------------

NF_ORG = "Police and Crime Commissioner for Norfolk"
NF_DATE = "2025-07-16"
NF_TITLE = "PCC Accountability Meeting"
NF_PART1 = [
    ("Apologies", None),
    ("Declarations of interest", None),
    ("Minutes of the meeting held on 15 April 2025 and review of actions", None),
    ("Public questions", None),
    ("Police, Crime and Community Safety Plan: performance monitoring report", "Chief Constable"),
    ("Rural and wildlife crime", "Assistant Chief Constable"),
]
NF_PART2 = [
    ("Estates strategy: disposal of a former police station", "Chief Finance Officer"),
    ("Chief Constable's update on operational matters", "Chief Constable"),
]
NF_ACTIONS = [
    ("14/25", "15/04/2025", "Provide the number of wildlife crime reports by district.", "ACC",
     "Figures included in the rural crime paper for this meeting.", "Green", "complete"),
    ("15/25", "15/04/2025", "Confirm the date the new custody suite opens.", "CFO",
     "Contractor delay; a revised date will be given in September.", "Amber", "outstanding"),
    ("16/25", "15/04/2025", "Review how public questions are answered between meetings.", "OPCC Chief Executive",
     "Not yet started.", "Red", "outstanding"),
]


def norfolk() -> tuple[bytes, dict]:
    def items(entries):
        return tuple(f"{title} ({presenter})" if presenter else title for title, presenter in entries)

    log_rows = (("Action No.", "Date raised", "Action", "Owner", "Update", "RAG"),) + tuple(
        row[:6] for row in NF_ACTIONS)
    blocks = [
        P("**Office of the Police and Crime Commissioner for Norfolk**"),
        H(NF_TITLE, 1),
        P("**Date:** Wednesday 16 July 2025"),
        P("**Time:** 10:00"),
        P("**Venue:** Council Chamber, County Hall, Norwich"),
        H("AGENDA", 2),
        P("**PART 1 – ITEMS TO BE CONSIDERED IN PUBLIC**"),
        Num(items(NF_PART1)),
        P("**PART 2 – EXEMPT ITEMS (NOT FOR PUBLICATION)**"),
        P("*The public will be excluded during the following items because they involve the likely disclosure of "
          "exempt information.*"),
        Num(items(NF_PART2)),
        H("Action log", 2),
        P("RAG: Green = complete; Amber = in progress; Red = not started"),
        T(log_rows, (1, 1.2, 3.3, 1.3, 3.2, 0.8), header_rows=1),
    ]
    data = render_docx(blocks, title=NF_TITLE, author="OPCC Norfolk", when=datetime(2025, 7, 8, 9, 0))
    numbered = list(enumerate(NF_PART1 + NF_PART2, start=1))
    records = {
        "documents": [document("docx", None, NF_TITLE, "Norfolk Constabulary", NF_ORG, NF_DATE)],
        "meetings": [meeting(NF_DATE, NF_TITLE, NF_ORG)],
        "agenda_items": [agenda(NF_DATE, str(n), title, presenter) for n, (title, presenter) in numbered],
        "assurance_decisions": [],
        "actions": [action(round3.iso(raised), None, ref, text, update, status, "status_column", "action_tracker")
                    for ref, raised, text, _o, update, _rag, status in NF_ACTIONS],
    }
    return data, records


# --- 5. Humberside: "Item N – Title (Presenter)" lines, long ones running over two lines under a hanging -----
# --- marker; a Question | Evidence | Decision table; an action log numbered 1, 2, 3 ------------------------

HB_ORG = "Police and Crime Commissioner for Humberside"
HB_DATE = "2025-09-08"
HB_TITLE = "Accountability Board"
HB_AGENDA = [
    ("1", "Welcome and apologies", "Chair"),
    ("2", "Notes and actions of the meeting held on 9 June 2025", "Head of Governance"),
    ("3", "Delivery against the Police and Crime Plan: tackling serious violence and knife crime in the city and "
          "the surrounding towns", "Assistant Chief Constable, Crime and Public Protection"),
    ("4", "Inspections, audits and reviews: progress against the recommendations of the PEEL inspection and the "
          "internal audit of seized property", "Deputy Chief Constable"),
    ("5", "Finance: revenue and capital outturn", "Chief Finance Officer"),
    ("6", "People: officer and staff wellbeing", "Director of People"),
    ("7", "Current and significant issues", "Chief Constable"),
    ("8", "Any other business", "Chair"),
]
HB_QUESTIONS = [
    ("Is the force on course to meet its target for knife crime offences charged within 28 days?",
     "Charges within 28 days rose from 38% to 46% over the year against a target of 50%. A second investigation "
     "team started work in July.", "Assured"),
    ("How many recommendations from the PEEL inspection remain open, and which are overdue?",
     "Nine of the fourteen recommendations are closed. Two of the open ones are overdue because the new case "
     "management system has been delayed.", "Partially assured"),
]
HB_ACTIONS = [
    ("1", "09/06/2025", "Share the knife crime problem profile with community safety partnerships.", "ACC",
     "Complete"),
    ("2", "09/06/2025", "Report sickness absence by department to the next Board.", "Director of People",
     "Complete"),
    ("3", "09/06/2025", "Confirm the revised date for the case management system.", "DCC", "Outstanding"),
]


def humberside() -> tuple[bytes, dict]:
    look = PdfLook(margin=66.0, body_size=10.5, cell_size=9.5, header="OFFICIAL")
    question_rows = (("Question", "Evidence", "Decision"),) + tuple(HB_QUESTIONS)
    log_rows = (("No.", "Raised", "Action", "Lead", "Status"),) + tuple(HB_ACTIONS)
    blocks = [
        P("**HUMBERSIDE POLICE AND CRIME COMMISSIONER**"),
        H(HB_TITLE, 1),
        P("Monday 8 September 2025 at 14:00, Police Headquarters, Hessle"),
        H("Agenda", 2),
        *[P(f"{title} ({presenter})", hang=f"Item {number} –", indent=54) for number, title, presenter in HB_AGENDA],
        H("Assurance record", 2),
        T(question_rows, (3, 4.5, 1.4), header_rows=1),
        H("Action log", 2),
        T(log_rows, (0.5, 1.1, 4, 1.6, 1.2), header_rows=1),
    ]
    data = render_pdf(blocks, look, HB_TITLE, "OPCC Humberside")
    level = {"Assured": "Assured", "Partially assured": "Partly assured"}
    records = {
        "documents": [document("pdf", None, HB_TITLE, "Humberside Police", HB_ORG, HB_DATE)],
        "meetings": [meeting(HB_DATE, HB_TITLE, HB_ORG, page=1)],
        "agenda_items": [agenda(HB_DATE, number, title, presenter) for number, title, presenter in HB_AGENDA],
        "assurance_decisions": [decision(HB_DATE, None, None, question, evidence, level[word], None)
                                for question, evidence, word in HB_QUESTIONS],
        "actions": [action(round3.iso(raised), None, number, text, None,
                           "complete" if word == "Complete" else "outstanding", "status_column", "action_tracker")
                    for number, raised, text, _l, word in HB_ACTIONS],
    }
    return data, records


# --- 6. Essex: a Word agenda table without borders whose header cells are merged ("Agenda" across the table, --
# --- "Item" over the number and the subject); a performance summary table and an action log follow ----------

EX_ORG = "Police, Fire and Crime Commissioner for Essex"
EX_DATE = "2025-11-20"
EX_TITLE = "Performance and Resources Scrutiny Board"
EX_AGENDA = [
    ("1", "Welcome and apologies", "PFCC", "–"),
    ("2", "Minutes of the previous meeting and action log", "Head of Performance and Scrutiny", "Decision"),
    ("3", "Performance report: October 2025", "Deputy Chief Constable", "Scrutiny"),
    ("4", "Focus on: road casualty reduction", "Assistant Chief Constable, Operational Support", "Scrutiny"),
    ("5", "Finance: month 6 revenue and capital monitoring", "Chief Finance Officer", "Information"),
    ("6", "Transformation savings programme", "Director of Strategic Change", "Information"),
    ("7", "Any other business", "–", "–"),
]
EX_MEASURES = [
    ("999 calls answered within 10 seconds", "90%", "92%", "Improving"),
    ("Victim satisfaction", "75%", "71%", "Stable"),
    ("Officers in post", "3,755", "3,761", "Stable"),
]
EX_ACTIONS = [
    ("PRSB 25/31", "Provide the road casualty figures by district for the focus item.", "ACC Op Support",
     "20/11/2025", "Complete"),
    ("PRSB 25/32", "Explain the fall in victim satisfaction with updates on their case.", "DCC", "18/12/2025",
     "Open"),
]


def essex() -> tuple[bytes, dict]:
    rows = (("Agenda", None, None, None), ("Item", None, "Lead", "Purpose")) + tuple(
        (number, title, lead, purpose) for number, title, lead, purpose in EX_AGENDA)
    measures = (("Measure", "Target", "October 2025", "Trend"),) + tuple(EX_MEASURES)
    log_rows = (("Ref", "Action", "Owner", "Due", "Status"),) + tuple(EX_ACTIONS)
    blocks = [
        P("**Police, Fire and Crime Commissioner for Essex**"),
        H(EX_TITLE, 1),
        P("Thursday 20 November 2025, 14:00–16:30"),
        P("Kelvedon Park, Rivenhall, Witham"),
        T(rows, (0.5, 4.5, 2.6, 1.2), header_rows=2, bordered=False, spans=((0, 0, 1, 4), (1, 0, 1, 2))),
        H("Performance summary", 2),
        T(measures, (3.5, 1, 1.2, 1.2), header_rows=1),
        H("Action log", 2),
        T(log_rows, (1.3, 4, 1.5, 1.1, 0.9), header_rows=1),
    ]
    data = render_docx(blocks, title=EX_TITLE, author="PFCC Essex", when=datetime(2025, 11, 13, 9, 0))
    records = {
        "documents": [document("docx", None, EX_TITLE, "Essex Police", EX_ORG, EX_DATE)],
        "meetings": [meeting(EX_DATE, EX_TITLE, EX_ORG)],
        "agenda_items": [agenda(EX_DATE, number, title, None if lead == "–" else lead)
                         for number, title, lead, _p in EX_AGENDA],
        "assurance_decisions": [],
        # The log names no meeting that set its actions (they were set before this one): no date.
        "actions": [action(None, None, ref, text, None, "complete" if word == "Complete" else "outstanding",
                           "status_column", "action_tracker")
                    for ref, text, _o, _d, word in EX_ACTIONS],
    }
    return data, records


# --- output -----------------------------------------------------------------------------------------------

PACKS = {
    "thames-valley-level1-2025-07-22.pdf": thames_valley,
    "kent-pdb-2025-06-25.docx": kent,
    "sussex-pam-2025-10-17.pdf": sussex,
    "norfolk-pam-2025-07-16.docx": norfolk,
    "humberside-ab-2025-09-08.pdf": humberside,
    "essex-prsb-2025-11-20.docx": essex,
}


def _set_agenda_pages(data: bytes, records: dict) -> None:
    """An agenda item's page: the first page whose text, run together, holds
    its title's first four words."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        texts = [re.sub(r"\s+", "", page.extract_text() or "").lower() for page in pdf.pages]
    for record in records["agenda_items"]:
        joined = "".join(record["title"].split()[:4]).lower()
        found = [i + 1 for i, text in enumerate(texts) if joined in text]
        if not found:
            raise SystemExit(f"not found in the PDF: {record['title']!r}")
        record["page"] = found[0]


def main() -> None:
    for name, build in PACKS.items():
        data, records = build()
        if name.endswith(".pdf"):
            round3._set_pdf_pages(data, records)
            _set_agenda_pages(data, records)
        write_pack(HERE, name, data, records, CHECKED, ("agenda_items", "assurance_decisions", "actions"))


if __name__ == "__main__":
    main()
