"""Six scrutiny packs of offices the scrutiny extractors were not written
against (sixth round), and their gold:

    .venv/bin/python samples/corpus/scrutiny-round6/generate.py

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
calibri_look, iso_date = round5.calibri_look, round5.iso_date

GREEN, AMBER, RED, BLUE = "#00b050", "#ffc000", "#ff0000", "#0070c0"
DOT = "●"
CHECKED = ("Written by hand in samples/corpus/scrutiny-round6/generate.py, next to the text it describes, before "
           "the extractors were run on the pack; PDF pages found in the generated PDF's own text; levels and "
           "statuses mapped to the canonical vocabulary by hand (conventions in README.md).")
ARIAL = PdfLook()


def dot(colour: str) -> str:
    return f"{{{colour}|{DOT}}}"


# --- 1. Warwickshire: minutes with "Scrutiny question:" and "Level of assurance:" lines, a status log -----------

WA_ORG = "Police and Crime Commissioner for Warwickshire"
WA_DATE = "2025-10-14"
WA_TITLE = "Performance, Accountability and Delivery Board"
WA_ITEMS = [
    # (number, heading, question, discussion, printed level, level, the Commissioner's paragraph after it)
    ("4", "Serious violence",
     "How is the Force using its serious violence funding to reduce knife crime among under-25s in Nuneaton "
     "and Bedworth?",
     ["The Detective Chief Inspector presented the report. Knife crime involving under-25s fell by 14% in the "
      "year, and the violence reduction unit has placed youth workers in the custody suite at Leamington.",
      "Members asked how the Force measures the effect of the youth workers. The Force said an evaluation by "
      "the university would report in the spring."],
     "Significant", "Assured",
     "The Commissioner welcomed the reduction and asked to see the evaluation when it is published."),
    ("5", "Victims' experience of investigations",
     "Are victims being updated on their cases in line with the Victims' Code?",
     ["The Head of Crime presented compliance figures: 71% of victims were updated within the Code's time "
      "limits, against 78% the year before.",
      "A dip sample found that updates were recorded but often late, and the Force is adding a prompt to its "
      "crime recording system."],
     "Moderate", "Partly assured",
     "The Commissioner asked for monthly compliance figures until the prompt has been in place for a quarter."),
    ("6", "Vetting",
     "Is the Force clearing its vetting renewals backlog, and are officers working without current vetting?",
     ["The Head of Professional Standards said 412 renewals were outstanding, up from 350 in June, and that "
      "she could not say how many officers had lapsed vetting without a manual check."],
     "No assurance", "Not assured",
     "The Commissioner asked for a recovery plan and a count of lapsed vetting to be brought to the next Board."),
]
WA_LOG = [
    # (ref, action, owner, deadline, progress, status, canonical)
    ("PADB 07/25", "Provide the 2024/25 rural crime figures by safer neighbourhood team.", "Supt Local Policing",
     "Sep 2025", "Figures circulated on 2 September 2025.", "Actioned", "complete"),
    ("PADB 08/25", "Report the outcome of the drone team's first year.", "Ch Insp Operations", "Oct 2025",
     "On the agenda for the November Board.", "Rolled over", "outstanding"),
    ("PADB 09/25", "Share the fleet replacement plan with the OPCC.", "Head of Estates and Fleet", "Aug 2025",
     "Plan shared on 28 August 2025.", "Closed", "complete"),
    ("PADB 10/25", "Confirm the date the new records management system goes live.", "Chief Digital Officer",
     "Dec 2025", "The supplier has not yet confirmed a date.", "Behind schedule", "outstanding"),
    ("PADB 11/25", "Present the annual equality data report.", "Head of People", "Jan 2026",
     "To be presented in January.", "Not yet due", "outstanding"),
]


def warwickshire() -> tuple[bytes, dict]:
    blocks: list = [
        P("**Office of the Police and Crime Commissioner for Warwickshire**"),
        H(WA_TITLE, 1),
        P("Minutes of the meeting held on Tuesday 14 October 2025 at 2.00pm, Leek Wootton"),
        P("**Present:** Police and Crime Commissioner (Chair); Chief Executive, OPCC; Chief Constable; Deputy Chief "
          "Constable"),
        H("1. Apologies", 2), P("Apologies were received from the Treasurer."),
        H("2. Minutes of the last meeting", 2), P("The minutes of the meeting of 8 July 2025 were approved."),
        H("3. Action log", 2), P("The action log was noted; it is attached to these minutes."),
    ]
    for number, heading, question, discussion, printed, _, comment in WA_ITEMS:
        blocks += [H(f"{number}. {heading}", 2), P(f"**Scrutiny question:** {question}")]
        blocks += [P(text) for text in discussion]
        blocks += [P(f"**Level of assurance:** {printed}"), P(comment)]
    blocks += [H("7. Any other business", 2), P("None."), Break(), H("Action log", 2),
               T(rows=(("Ref", "Action", "Owner", "Deadline", "Progress", "Status"),)
                 + tuple(row[:6] for row in WA_LOG), widths=(12, 28, 15, 10, 22, 13), header_rows=1)]
    look = PdfLook(cell_size=9, margin=60, footer="PADB minutes – 14 October 2025")
    data = render_pdf(blocks, look, title="PADB minutes 14 October 2025", author="OPCC Warwickshire")
    records = {
        "documents": [document("pdf", None, WA_TITLE, "Warwickshire Police", WA_ORG, WA_DATE)],
        "meetings": [meeting(WA_DATE, WA_TITLE, WA_ORG, page=1)],
        "assurance_decisions": [decision(WA_DATE, heading, number, question, "\n".join(discussion), level, comment)
                                for number, heading, question, discussion, _, level, comment in WA_ITEMS],
        "actions": [action(None, None, ref, text, progress, canonical, "status_column", "action_tracker")
                    for ref, text, _, _, progress, _, canonical in WA_LOG],
    }
    return data, records


# --- 2. West Midlands: Line of enquiry | Force response | PCC assurance in Word, a BRAG-shaded tracker ----------

WM_ORG = "Police and Crime Commissioner for West Midlands"
WM_DATE = "2025-09-16"
WM_TITLE = "Strategic Policing and Crime Board"
WM_AGENDA = [
    ("1", "Apologies", "Chair"),
    ("2", "Declarations of interest", "Chair"),
    ("3", "Minutes and action tracker", "Head of Governance"),
    ("4", "Knife crime and serious youth violence", "Assistant Chief Constable, Crime"),
    ("5", "Police and Crime Plan performance report, quarter 1", "Deputy Chief Constable"),
    ("6", "Any other business", "Chair"),
]
WM_TOPIC = "Knife crime and serious youth violence"
WM_Q = [
    ("How many knife-enabled offences were recorded in the last twelve months, and which areas account for the "
     "largest share?",
     ["2,980 knife-enabled offences were recorded in the year to July 2025, 6% fewer than the year before.",
      "Birmingham accounts for 58% of them, with the highest rates in three city-centre wards."],
     "Assured – no further action",
     "The PCC was assured by the fall and by the Force's understanding of where knife crime is concentrated.",
     "Assured"),
    ("What has the Force done to make sure knife crime surrenders and sweeps are followed by longer-term work "
     "with schools?",
     ["Knife surrender bins collected 1,140 weapons in the year.",
      "A schools programme is in place in Birmingham and Wolverhampton but not yet in the Black Country "
      "boroughs."],
     "Partially assured – further update requested",
     "The PCC asked for a plan to extend the schools programme to every borough.",
     "Partly assured"),
    ("How does the Force know whether its referrals to the violence reduction partnership are reducing "
     "reoffending?",
     ["The Force does not yet track reoffending by young people it has referred; a data-sharing agreement with "
      "the partnership is in draft."],
     "Not assured – return to next Board",
     "The PCC asked for the data-sharing agreement to be signed and first figures reported at the next Board.",
     "Not assured"),
]
WM_TRACKER = [
    # (ref, date raised, action, update, colour)
    ("SPCB 041", "15/07/2025", "Provide the number of officers trained in trauma-informed practice.",
     "Figures provided on 30 July 2025.", BLUE),
    ("SPCB 042", "15/07/2025", "Publish the refreshed stop and search scrutiny panel terms of reference.",
     "Draft agreed; publication due in October.", GREEN),
    ("SPCB 043", "15/07/2025", "Report the results of the 101 call-back pilot.",
     "Pilot extended by a month; results now due in November.", AMBER),
    ("SPCB 039", "20/05/2025", "Agree a protocol with the ambulance service on mental health calls.",
     "No agreement yet; the ambulance service has asked for more time.", RED),
]


def west_midlands() -> tuple[bytes, dict]:
    rows: list = [("Line of enquiry", "Force response", "PCC assurance")]
    for question, points, printed, comment, _ in WM_Q:
        rows.append((question, (Bul(tuple(points)),), (f"**{printed}**", comment)))
    tracker = [("Ref", "Date raised", "Action", "Update", "Status")]
    fills = {}
    for r, (ref, raised, text, update, colour) in enumerate(WM_TRACKER, start=1):
        tracker.append((ref, raised, text, update, ""))
        fills[(r, 4)] = colour
    blocks = [
        H("Police and Crime Commissioner for West Midlands", 1), H(WM_TITLE, 2),
        P("**Date:** Tuesday 16 September 2025"), P("**Time:** 10.00am"), P("**Venue:** Lloyd House, Birmingham"),
        H("Agenda", 2),
        T(rows=(("**Item**", "**Title**", "**Lead**"),) + tuple(WM_AGENDA), widths=(8, 60, 32)),
        Break(),
        H(f"Item 4: {WM_TOPIC}", 2),
        T(rows=tuple(rows), widths=(32, 42, 26), header_rows=1),
        H("Action tracker", 2),
        T(rows=tuple(tracker), widths=(11, 12, 33, 34, 10), header_rows=1, fills=fills),
        P("Status key: Blue – complete; Green – on track; Amber – at risk; Red – off track"),
    ]
    data = render_docx(blocks, title=WM_TITLE, author="OPCC West Midlands", when=datetime(2025, 9, 9, 9))
    colour_status = {BLUE: "complete", GREEN: "outstanding", AMBER: "outstanding", RED: "outstanding"}
    records = {
        "documents": [document("docx", None, WM_TITLE, "West Midlands Police", WM_ORG, WM_DATE)],
        "meetings": [meeting(WM_DATE, WM_TITLE, WM_ORG)],
        "agenda_items": [agenda(WM_DATE, n, title, who) for n, title, who in WM_AGENDA],
        "assurance_decisions": [decision(WM_DATE, WM_TOPIC, None, question, "\n".join(points), level, comment)
                                for question, points, _, comment, level in WM_Q],
        "actions": [action(iso_date(raised), None, ref, text, update, colour_status[colour], "cell_shading",
                           "action_tracker") for ref, raised, text, update, colour in WM_TRACKER],
    }
    return data, records


# --- 3. Gloucestershire: the reference family in PDF with audit-scale decisions and a dot tracker --------------

GL_ORG = "Police and Crime Commissioner for Gloucestershire"
GL_DATE = "2025-08-12"
GL_TITLE = "Accountability Board"
GL_NOTES = "NOTES – ACCOUNTABILITY BOARD (PUBLIC CONTACT) – 10 JUNE 2025"
GL_AGENDA = [
    ("1.", "Apologies", "PCC"),
    ("2.", "Notes – Accountability Board (Public Contact) – 10 June 2025", "PCC"),
    ("3.", "Accountability Board Actions – Update", "Chief of Staff"),
    ("4.", "Drugs and County Lines", "Gloucestershire Constabulary"),
    ("5.", "Any Other Business", "PCC"),
]
GL_Q = [
    ("How quickly is the Constabulary answering 999 and 101 calls, and how does this compare with the national "
     "standard?",
     ["93% of 999 calls were answered within ten seconds in May 2025, above the national standard of 90%.",
      "The average 101 wait was 4 minutes 10 seconds, down from 9 minutes in 2024."],
     "Reasonable Assurance",
     "The PCC noted the improvement and asked that 101 wait times stay in the quarterly performance report.",
     "Assured"),
    ("What is the Constabulary doing to make sure that callers reporting through the online portal receive a "
     "timely reply?",
     ["Online reports are triaged within 24 hours on weekdays but can wait until Monday when sent at the "
      "weekend.",
      "A weekend triage shift is being trialled in July and August."],
     "Limited Assurance",
     "The PCC asked to see the results of the weekend trial before deciding whether further scrutiny is needed.",
     "Partly assured"),
    ("How does the Constabulary identify repeat callers who are vulnerable?",
     ["The control room system flags a repeat caller only where the same phone number is used, so callers "
      "using different numbers are missed.",
      "No audit of missed repeat callers has been carried out."],
     "Not Assured",
     "The PCC asked for an audit of repeat callers and a plan for better identification.",
     "Not assured"),
]
GL_LIST = [
    "The Constabulary to report the results of the weekend triage trial.",
    "The Constabulary to audit repeat callers missed by the control room system.",
]
GL_TRACKER = [
    ("The Constabulary to share its retail crime plan with the business crime partnership.",
     "Plan shared on 3 July 2025.", GREEN),
    ("The OPCC to publish the Accountability Board notes within four weeks of each meeting.",
     "Notes of the June Board were published late; a new timetable is in place.", AMBER),
    ("The Constabulary to present the custody inspection action plan.",
     "Not yet received; now expected at the October Board.", RED),
]


def gloucestershire() -> tuple[bytes, dict]:
    rows: list = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    for i, (question, points, printed, comment, _) in enumerate(GL_Q, start=1):
        rows.append((f"**{i}. {question}**", (Bul(tuple(points)),), (f"**{printed}**", f"*{comment}*")))
    tracker = [("**Action**", "**Update**", "**Status**")]
    for text, update, colour in GL_TRACKER:
        tracker.append((text, update, dot(colour)))
    blocks = [
        P(f"**{GL_ORG}**"),
        H(GL_TITLE, 1),
        P("**Date: Tuesday 12 August 2025   Time: 10:00   Venue: Waterwells, Quedgeley**"),
        H("Agenda", 2),
        T(rows=(("", "**Item**", "**Lead**"),) + tuple(GL_AGENDA), widths=(8, 64, 28)),
        Break(),
        P(f"**{GL_NOTES}**"),
        T(rows=tuple(rows), widths=(30, 48, 22), header_rows=1),
        P("**Actions**"),
        Num(tuple(GL_LIST)),
        Break(),
        P("**ACCOUNTABILITY BOARD ACTIONS – UPDATE**"),
        T(rows=tuple(tracker), widths=(42, 46, 12), header_rows=1),
        P(f"{dot(GREEN)} Complete   {dot(AMBER)} Ongoing   {dot(RED)} Overdue"),
    ]
    data = render_pdf(blocks, calibri_look(), title="Accountability Board 12 August 2025", author="OPCC")
    colour_status = {GREEN: "complete", AMBER: "outstanding", RED: "outstanding"}
    records = {
        "documents": [document("pdf", None, GL_TITLE, "Gloucestershire Constabulary", GL_ORG, GL_DATE)],
        "meetings": [meeting(GL_DATE, GL_TITLE, GL_ORG, page=1),
                     meeting("2025-06-10", GL_NOTES, GL_ORG, topic="Public Contact", page=2)],
        "agenda_items": [agenda(GL_DATE, n.rstrip("."), title, who, page=1) for n, title, who in GL_AGENDA],
        "assurance_decisions": [decision("2025-06-10", "Public Contact", str(i), question, "\n".join(points),
                                         level, comment)
                                for i, (question, points, _, comment, level) in enumerate(GL_Q, start=1)],
        "actions": [action("2025-06-10", "Public Contact", str(i), text, None, "unknown", "none", "action_list")
                    for i, text in enumerate(GL_LIST, start=1)]
        + [action(None, None, None, text, update, colour_status[colour], "glyph_colour", "action_tracker")
           for text, update, colour in GL_TRACKER],
    }
    return data, records


# --- 4. Wiltshire: Commissioner's Monitoring Board minutes, decisions in sentences, a Word log ------------------

WI_ORG = "Police and Crime Commissioner for Wiltshire and Swindon"
WI_DATE = "2025-06-19"
WI_TITLE = "Commissioner's Monitoring Board"
WI_ITEMS = [
    # (number, heading, question sentence, discussion, decision sentence, level)
    ("5", "Rural and wildlife crime",
     "The Commissioner asked for assurance that the rural crime team can respond to heritage crime at "
     "Stonehenge and Avebury during the summer solstice.",
     ["The Inspector for Rural Crime set out the solstice policing plan, agreed with English Heritage and the "
      "National Trust.",
      "Two wildlife crime officers will be on duty at each site, supported by special constables."],
     "The Commissioner was assured that the rural crime team is prepared for the solstice.", "Assured"),
    ("6", "Missing children",
     "The Commissioner asked for assurance that children who go missing from care in Swindon are given a "
     "return interview within 72 hours.",
     ["The Detective Inspector reported that 64% of return interviews took place within 72 hours.",
      "The Force has raised the delays with the council, which commissions the interviews."],
     "The Commissioner was partially assured and asked the Force to escalate the delays to the safeguarding "
     "partnership.", "Partly assured"),
    ("7", "Digital forensics",
     "The Commissioner asked for assurance that the backlog of devices awaiting examination is falling.",
     ["The Head of Forensics said the backlog had risen from 380 to 455 devices since March, as two examiners "
      "had left."],
     "The Commissioner was not assured that the backlog will fall this year without more examiners.",
     "Not assured"),
]
WI_LOG = [
    # (ref, action, owner, target date, progress, status, canonical)
    ("CMB/25/14", "Circulate the summer night-time economy plan for Swindon.", "Supt Swindon", "May 2025",
     "Circulated to the Board on 21 May 2025.", "Closed", "complete"),
    ("CMB/25/15", "Provide the number of Clare's Law disclosures made in 2024/25.", "DCI Public Protection",
     "Jun 2025", "Figures being checked before release.", "Open", "outstanding"),
    ("CMB/25/09", "Review the firearms licensing renewal process.", "Head of Firearms Licensing", "Apr 2025",
     "Replaced by the national review of licensing announced in May.", "Superseded", "complete"),
    ("CMB/25/16", "Report the outcome of the fleet telematics trial.", "Head of Fleet", "Sep 2025",
     "Trial runs until August.", "Not yet due", "outstanding"),
]


def wiltshire() -> tuple[bytes, dict]:
    blocks: list = [
        H(WI_TITLE, 1),
        P("Minutes of the meeting held on Thursday 19 June 2025 at Police Headquarters, Devizes"),
        P("**Present:** Police and Crime Commissioner for Wiltshire and Swindon (Chair); Chief Executive, OPCC; "
          "Chief Constable; Deputy Chief Constable"),
        H("1. Apologies", 2), P("Apologies were received from the Chief Finance Officer."),
        H("2. Minutes of the meeting held on 15 May 2025", 2), P("The minutes were agreed."),
        H("3. Action log", 2), P("The action log was reviewed; see the appendix."),
        H("4. Chief Constable's update", 2), P("The Chief Constable briefed the Board on recruitment."),
    ]
    for number, heading, question, discussion, verdict, _ in WI_ITEMS:
        blocks += [H(f"{number}. {heading}", 2), P(question)]
        blocks += [P(text) for text in discussion] + [P(verdict)]
    blocks += [Break(), H("Appendix – Action log", 2),
               T(rows=(("Ref", "Action", "Owner", "Target date", "Progress", "Status"),)
                 + tuple(row[:6] for row in WI_LOG), widths=(12, 28, 16, 10, 22, 12), header_rows=1)]
    data = render_docx(blocks, title=WI_TITLE, author="OPCC Wiltshire", when=datetime(2025, 6, 26, 9),
                       header=("Office of the Police and Crime Commissioner for Wiltshire and Swindon",))
    records = {
        "documents": [document("docx", None, WI_TITLE, "Wiltshire Police", WI_ORG, WI_DATE)],
        "meetings": [meeting(WI_DATE, WI_TITLE, WI_ORG)],
        "assurance_decisions": [decision(WI_DATE, heading, number, question, "\n".join(discussion), level, verdict)
                                for number, heading, question, discussion, verdict, level in WI_ITEMS],
        "actions": [action(None, None, ref, text, progress, canonical, "status_column", "action_tracker")
                    for ref, text, _, _, progress, _, canonical in WI_LOG],
    }
    return data, records


# --- 5. North Wales: bilingual running header, a Ref | Question | Response | Assurance | Comment table ----------

NW_ORG = "Police and Crime Commissioner for North Wales"
NW_DATE = "2025-07-22"
NW_TITLE = "Strategic Executive Board"
NW_HEADER = "Bwrdd Gweithredol Strategol / Strategic Executive Board"
NW_TOPIC = "Roads policing"
NW_Q = [
    ("SEB1", "How many people were killed or seriously injured on the A55 in 2024, and what is the Force doing "
     "about it?",
     "Forty-one people were killed or seriously injured on the A55 in 2024. Average speed cameras now cover the "
     "section between Abergele and Llanddulas, and the Force runs a summer operation with Traffic Wales.",
     "Full", "Assured", "The PCC thanked the roads policing unit for its work."),
    ("SEB2", "Is the Force meeting its target for processing speeding offences within the statutory time "
     "limit?",
     "96% of notices of intended prosecution were issued within 14 days; the rest were lost to a camera fault "
     "in February that has since been repaired.",
     "Partial", "Partly assured", "The PCC asked for the camera maintenance contract to be reviewed."),
    ("SEB3", "How does the Force evaluate its motorcycle safety campaign?",
     "The Force has not evaluated the campaign; it counts attendances at its rider skills days only.",
     "None", "Not assured", "The PCC asked for an evaluation plan by the autumn."),
]
NW_LOG = [
    # (number, date raised, action, responsible, update, status, canonical)
    ("1", "20/05/2025", "Share the rural crime strategy with the farming unions.", "Insp Rural Crime",
     "Shared on 6 June 2025.", "Complete", "complete"),
    ("2", "20/05/2025", "Report the number of Welsh-speaking call handlers on each shift.", "Supt Contact",
     "Figures for the first two months of the rota have been collected; the Force is checking them against the "
     "language skills register, which had not been updated since the last recruitment round, and will report "
     "the corrected figures with an explanation of the gaps on the night shift.", "In progress", "outstanding"),
    ("3", "20/05/2025", "Present the annual custody healthcare report.", "Ch Insp Custody",
     "Scheduled for the October Board.", "Not yet due", "outstanding"),
    ("4", "18/03/2025", "Confirm the opening date of the new Wrexham custody suite.", "Head of Estates",
     "Confirmed as 1 September 2025.", "Closed", "complete"),
]


def north_wales() -> tuple[bytes, dict]:
    rows: list = [("Ref", "Question", "Response", "Level of assurance", "PCC comment")]
    for ref, question, response, printed, _, comment in NW_Q:
        rows.append((ref, question, response, f"**{printed}**", comment))
    blocks = [
        H(NW_TITLE, 1),
        P("Minutes of the meeting held on 22 July 2025 at Police Headquarters, Colwyn Bay"),
        P("**Present:** Police and Crime Commissioner (Chair); Deputy Police and Crime Commissioner; Chief "
          "Constable; Chief Executive, OPCC"),
        H("1. Apologies", 2), P("None."),
        H("2. Minutes and action log", 2), P("The minutes of 20 May 2025 were agreed. The action log is below."),
        H(f"3. {NW_TOPIC}", 2),
        P("The PCC's scrutiny questions, the Force's written response and the level of assurance the PCC took:"),
        T(rows=tuple(rows), widths=(8, 24, 36, 12, 20), header_rows=1),
        H("4. Any other business", 2), P("None."),
        H("Action log", 2),
        T(rows=(("No.", "Date", "Action", "Responsible", "Update", "Status"),) + tuple(r[:6] for r in NW_LOG),
          widths=(6, 12, 26, 14, 30, 12), header_rows=1),
    ]
    look = PdfLook(cell_size=9, margin=54, header=f"Comisiynydd Heddlu a Throsedd Gogledd Cymru / {NW_ORG}")
    data = render_pdf(blocks, look, title="SEB minutes 22 July 2025", author="OPCC North Wales")
    records = {
        "documents": [document("pdf", None, NW_TITLE, "North Wales Police", NW_ORG, NW_DATE)],
        "meetings": [meeting(NW_DATE, NW_TITLE, NW_ORG, topic=NW_TOPIC, page=1)],  # the minutes' one scrutiny item
        "assurance_decisions": [decision(NW_DATE, NW_TOPIC, ref, question, response, level, comment)
                                for ref, question, response, _, level, comment in NW_Q],
        "actions": [action(iso_date(raised), None, n, text, update, canonical, "status_column", "action_tracker")
                    for n, raised, text, _, update, _, canonical in NW_LOG],
    }
    return data, records


# --- 6. Merseyside: assurance given by shading under a legend, a % complete tracker in Word --------------------

ME_ORG = "Police and Crime Commissioner for Merseyside"
ME_DATE = "2025-11-04"
ME_TITLE = "Scrutiny Meeting"
ME_TOPIC = "Serious and organised crime"
ME_Q = [
    ("How many organised crime groups are mapped on Merseyside, and how many were disrupted in the last year?",
     "Sixty-two groups are mapped; 48 disruptions were recorded in 2024/25, 11 of them major.",
     "The Commissioner was assured by the level of disruption.", GREEN, "Assured"),
    ("How is the Force using asset recovery to take money away from organised crime?",
     "Confiscation orders worth £3.2 million were obtained, but only 38% of the money has been collected.",
     "The Commissioner asked for a plan to raise the collection rate.", AMBER, "Partly assured"),
    ("How are children exploited by organised crime groups identified and protected?",
     "The Force could not say how many exploited children were referred through the national referral "
     "mechanism in the year.",
     "The Commissioner asked for referral figures at the next meeting.", RED, "Not assured"),
]
ME_LIST = [
    "The Force to bring a plan to improve the collection of confiscation orders.",
    "The Force to report the number of children referred through the national referral mechanism.",
]
ME_TRACKER = [
    # (action, update, percent, canonical)
    ("Publish the Force's response to the HMICFRS fraud inspection.", "Published on 14 October 2025.", "100%",
     "complete"),
    ("Present the hate crime outcomes review.", "Review complete; report being drafted.", "75%", "outstanding"),
    ("Provide the firearms discharge figures for 2024/25.", "Not started.", "0%", "outstanding"),
]


def merseyside() -> tuple[bytes, dict]:
    rows: list = [("Question", "Force response", "Assurance")]
    fills = {}
    for r, (question, response, comment, colour, _) in enumerate(ME_Q, start=1):
        rows.append((question, response, comment))
        fills[(r, 2)] = colour
    blocks = [
        P("**Office of the Police and Crime Commissioner for Merseyside**"),
        H(ME_TITLE, 1),
        P("**Tuesday 4 November 2025, 10.00am, Liverpool City Police Station**"),
        H(f"Theme: {ME_TOPIC}", 2),
        T(rows=tuple(rows), widths=(34, 40, 26), header_rows=1, fills=fills),
        P("Assurance key: Green – assured; Amber – partially assured; Red – not assured"),
        P("**Actions arising**"),
        Num(tuple(ME_LIST)),
        H("Tracker of previous actions", 2),
        T(rows=(("Action", "Update", "% complete"),) + tuple(r[:3] for r in ME_TRACKER), widths=(40, 44, 16),
          header_rows=1),
    ]
    data = render_docx(blocks, title=ME_TITLE, author="OPCC Merseyside", when=datetime(2025, 11, 11, 9))
    records = {
        "documents": [document("docx", None, ME_TITLE, "Merseyside Police", ME_ORG, ME_DATE)],
        "meetings": [meeting(ME_DATE, ME_TITLE, ME_ORG, topic=ME_TOPIC)],
        "assurance_decisions": [decision(ME_DATE, ME_TOPIC, None, question, response, level, comment)
                                for question, response, comment, _, level in ME_Q],
        "actions": [action(ME_DATE, ME_TOPIC, str(i), text, None, "unknown", "none", "action_list")
                    for i, text in enumerate(ME_LIST, start=1)]
        + [action(None, None, None, text, update, canonical, "status_column", "action_tracker")
           for text, update, _, canonical in ME_TRACKER],
    }
    return data, records


PACKS = {
    "warwickshire-padb-2025-10-14.pdf": warwickshire,
    "west-midlands-spcb-2025-09-16.docx": west_midlands,
    "gloucestershire-ab-2025-08-12.pdf": gloucestershire,
    "wiltshire-cmb-2025-06-19.docx": wiltshire,
    "north-wales-seb-2025-07-22.pdf": north_wales,
    "merseyside-scrutiny-2025-11-04.docx": merseyside,
}


def main() -> None:
    write_packs(HERE, PACKS, CHECKED)


if __name__ == "__main__":
    main()
