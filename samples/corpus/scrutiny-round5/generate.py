"""Eight scrutiny packs of offices the scrutiny extractors were not written
against (fifth round: packs laid out as real PCC papers are), and their gold:

    .venv/bin/python samples/corpus/scrutiny-round5/generate.py

writes the packs here and their gold to samples/gold/<file>.json. Names,
figures and wording are fictional; the layouts follow published papers (see
README.md). The gold is written by hand below, next to the text it describes,
never from the pipeline's output; a PDF record's page is the page of the
generated PDF whose text holds the record's first words. Output is
deterministic (fixed metadata dates, fixed zip times).

Rendering reuses samples/corpus/scrutiny-round3 (render.py for blocks, its
generate.py for the gold record builders and PDF page finding) and the
round-4b generator's strike-through in Word.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from scrutiny_common import load_round, round3, write_packs  # noqa: E402
from render import Break, Bul, H, Num, P, PdfLook, T, render_docx, render_pdf  # noqa: E402
from render import _register_ttf  # noqa: E402


round4b = load_round("scrutiny-round4b")
action, agenda, decision, document, meeting = (round3.action, round3.agenda, round3.decision, round3.document,
                                               round3.meeting)
struck, strike_marked_runs = round4b.struck, round4b.strike_marked_runs

GREEN, AMBER, RED = "#00b050", "#ffc000", "#ff0000"
SQUARE = "■"
CHECKED = ("Written by hand in samples/corpus/scrutiny-round5/generate.py, next to the text it describes, before "
           "the extractors were run on the pack; PDF pages found in the generated PDF's own text; levels and "
           "statuses mapped to the canonical vocabulary by hand (conventions in README.md).")
ARIAL = PdfLook()  # Word's Arial is metric-compatible with Helvetica


def calibri_look() -> PdfLook:
    """A sans face narrower than Helvetica, as Word's Calibri is."""
    _register_ttf("DejaVuSansCondensed", "DejaVuSansCondensed.ttf")
    _register_ttf("DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Bold.ttf")
    _register_ttf("DejaVuSansCondensed-Oblique", "DejaVuSansCondensed-Oblique.ttf")
    from reportlab.pdfbase import pdfmetrics
    pdfmetrics.registerFontFamily("DejaVuSansCondensed", normal="DejaVuSansCondensed",
                                  bold="DejaVuSansCondensed-Bold", italic="DejaVuSansCondensed-Oblique",
                                  boldItalic="DejaVuSansCondensed-Bold")
    return PdfLook(font="DejaVuSansCondensed", bold_font="DejaVuSansCondensed-Bold",
                   italic_font="DejaVuSansCondensed-Oblique", body_size=11, cell_size=10, margin=60)


def square(colour: str) -> str:
    return f"{{{colour}|{SQUARE}}}"


def lines(*parts: str) -> str:
    return "\n".join(parts)


# --- 1. Durham: the reference pack's own family in PDF ----------------------------------------------------------

DU_ORG = "Police, Crime and Victims' Commissioner for County Durham and Darlington"
DU_DATE = "2025-06-24"
DU_NOTES = "DRAFT NOTES – SCRUTINY MEETING (ROADS POLICING) – 29 APRIL 2025"
DU_AGENDA = [
    ("1.", "Apologies for Absence", "PCVC"),
    ("2.", "Draft Notes – Scrutiny Meeting (Roads Policing) – 29 April 2025", "PCVC"),
    ("3.", "Scrutiny Actions 2025/26 – An Update", "PCVC"),
    ("4.", "Neighbourhood Policing and Anti-Social Behaviour", "Durham Constabulary"),
    ("5.", "Any Other Business", "PCVC"),
    ("6.", "Date of the next meeting: Tuesday 22 July 2025", "PCVC"),
]
DU_Q1 = ("What progress has the Force made in reducing the number of people killed or seriously injured on the "
         "roads of County Durham and Darlington, and how does this compare with similar forces?")
DU_Q1_EVIDENCE = [
    ("The number of people killed or seriously injured (KSI) fell from 231 in 2023 to 204 in 2024, a reduction "
     "of 12%.", []),
    ("The Force is ranked fourth of its eight most similar forces for KSI collisions per billion vehicle miles.", []),
    ("In terms of enforcement, the Force has:", [
        "increased the number of mobile safety camera deployments on the rural A-roads with the highest "
        "collision rates;",
        "trained a further 22 officers as roads policing specialists; and",
        "introduced a monthly fatal four operation with neighbouring forces."]),
    ("Motorcyclists remain over-represented, accounting for 31% of all KSI casualties.", []),
]
DU_Q1_COMMENT = ("The PCVC welcomed the reduction in casualties but noted that motorcyclist casualties remain high "
                 "and asked for a targeted plan to be brought to a future meeting.")
DU_Q2 = ("How is the Force using the funding received from the Safer Roads Partnership to target the 'fatal four' "
         "offences (speeding, drink and drug driving, mobile phone use and not wearing a seat belt)?")
DU_Q2_EVIDENCE = [
    ("Partnership funding of £180,000 in 2024/25 has been used to fund:", [
        "two additional speed enforcement vans, deployed against an intelligence-led schedule;",
        "roadside drug-testing kits for every response vehicle;",
        "the Community Speed Watch scheme, which now operates in 46 villages; and",
        "an education course for drivers caught using a mobile phone."]),
    ("Drink and drug driving arrests increased by 18% in the year, and 94% of roadside drug tests were processed "
     "within the national standard.", []),
    ("The Force and the Partnership publish a quarterly performance report on their websites, which sets out "
     "enforcement activity by district and the outcome of every fatal collision investigation.", []),
    ("In terms of evaluation, the Force has:", [
        "commissioned Durham University to evaluate the Community Speed Watch scheme;",
        "introduced a dashboard that links enforcement activity to collision locations; and",
        "agreed with the Partnership that funding decisions for 2025/26 will be informed by the evaluation."]),
    ("A review of the seat belt campaign found that 61% of drivers stopped had not seen any publicity, and the "
     "campaign has been redesigned for the summer with the Partnership's communications team.", []),
]
DU_Q2_COMMENT = ("The PCVC was assured that partnership funding is being used effectively and that the evaluation "
                 "will inform future decisions.")
DU_LIST = [
    "The Force to provide a breakdown of KSI casualties by road user type and district for 2024.",
    "The Force to bring a targeted motorcycle safety plan to the Scrutiny Meeting in October 2025.",
    "The OPCVC to share the Community Speed Watch evaluation with the Police and Crime Panel once published.",
]
DU_TRACKER = [
    # (topic, action, update, complete)
    ("Violence Against Women and Girls",
     "The Force to share the results of the Walk Safe app pilot with the PCVC.",
     "The results of the pilot were shared with the PCVC on 14 May 2025.", True),
    ("Violence Against Women and Girls",
     "The Force to review the timeliness of Domestic Violence Protection Notice applications.",
     "The review will be undertaken in July 2025 and reported to the September Scrutiny Meeting.", False),
    ("Violence Against Women and Girls",
     "The OPCVC and the Force to hold a joint workshop with specialist support services.",
     "A workshop was held on 3 June 2025 with eleven services attending.", True),
    ("Rural and Wildlife Crime",
     "The Force to report the number of farm machinery thefts solved in 2024/25.",
     "Figures were provided in the rural crime bulletin circulated on 2 May 2025.", True),
    ("Rural and Wildlife Crime",
     "The Force to explore funding for a second rural crime team vehicle.",
     "A bid will be submitted to the capital programme in the autumn.", False),
    ("Custody",
     "The Force to update the PCVC on the recruitment of detention officers.",
     "Recruitment remains ongoing; six of the ten posts are not yet filled.", False),
]


def durham() -> tuple[bytes, dict]:
    def evidence_cell(points):
        out: list = []
        for text, subs in points:
            out.append(Bul((text,)))
            if subs:
                out.append(Bul(tuple(subs), level=1))
        return tuple(out)

    def evidence_text(points) -> str:
        return "\n".join(text + ("\n" + "\n".join(subs) if subs else "") for text, subs in points)

    tracker_rows = [("**Topic**", "**Action**", "**Update**")]
    spans = []
    fills: dict = {}
    for i, (topic, text, update, done) in enumerate(DU_TRACKER, start=1):
        first = i == 1 or DU_TRACKER[i - 2][0] != topic
        if first:
            n = sum(1 for row in DU_TRACKER if row[0] == topic)
            spans.append((i, 0, n, 1))
        tracker_rows.append((topic if first else None, text, (update, square(GREEN if done else RED))))
    blocks = [
        P(f"**{DU_ORG}**"), P("**Durham Police Headquarters**\n**Aykley Heads**\n**Durham**\n**DH1 5TT**"),
        H(DU_ORG, 1), H("Scrutiny Meeting", 2),
        P("**Date: Tuesday 24 June 2025**"), P("**Time: 10:00am – 12:00pm**"),
        P("**Venue: OPCVC Meeting Room / Microsoft Teams**"),
        H("Agenda", 2),
        T(rows=(("", "**Item**", "**Presented By**"),) + tuple(DU_AGENDA), widths=(8, 70, 22)),
        Break(),
        P(f"**{DU_NOTES}**"),
        T(rows=(("Question", "Brief Summary of Evidence", "Decision of PCVC"),
                (f"**1. {DU_Q1}**", evidence_cell(DU_Q1_EVIDENCE),
                 ("**Partially Assured**", f"*{DU_Q1_COMMENT}*")),
                (f"**2. {DU_Q2}**", evidence_cell(DU_Q2_EVIDENCE), ("**Assured**", f"*{DU_Q2_COMMENT}*"))),
          widths=(28, 50, 22), header_rows=1),
        P("**Actions**"),
        Num(tuple(DU_LIST)),
        Break(),
        P("**SCRUTINY ACTIONS 2025/26 – AN UPDATE**"),
        T(rows=tuple(tracker_rows), widths=(22, 38, 40), header_rows=1, spans=tuple(spans), fills=fills),
        P(f"{square(GREEN)} = Action Complete"), P(f"{square(RED)} = Action Outstanding"),
    ]
    data = render_pdf(blocks, ARIAL, title="Scrutiny Meeting 24 June 2025", author="OPCVC")
    records = {
        "documents": [document("pdf", None, "Scrutiny Meeting", "Durham Constabulary", DU_ORG, DU_DATE)],
        "meetings": [meeting(DU_DATE, "Scrutiny Meeting", DU_ORG, page=1),
                     meeting("2025-04-29", DU_NOTES, DU_ORG, topic="Roads Policing", page=2)],
        "agenda_items": [agenda(DU_DATE, n.rstrip("."), title, who, page=1) for n, title, who in DU_AGENDA],
        "assurance_decisions": [
            decision("2025-04-29", "Roads Policing", "1", DU_Q1, evidence_text(DU_Q1_EVIDENCE), "Partly assured",
                     DU_Q1_COMMENT),
            decision("2025-04-29", "Roads Policing", "2", DU_Q2, evidence_text(DU_Q2_EVIDENCE), "Assured",
                     DU_Q2_COMMENT)],
        "actions": [action("2025-04-29", "Roads Policing", str(i), text, None, "unknown", "none", "action_list")
                    for i, text in enumerate(DU_LIST, start=1)]
        + [action(None, topic, None, text, update, "complete" if done else "outstanding", "glyph_colour",
                  "action_tracker") for topic, text, update, done in DU_TRACKER],
    }
    return data, records


# --- 2. Northumbria: the same family in Word, one decision merged over two questions -----------------------------

NB_ORG = "Police and Crime Commissioner for Northumbria"
NB_DATE = "2025-07-15"
NB_NOTES = "NOTES – SCRUTINY MEETING (NEIGHBOURHOOD POLICING) – 10 JUNE 2025"
NB_AGENDA = [
    ("1", "Welcome and apologies", "PCC"),
    ("2", "Notes of the Scrutiny Meeting held on 10 June 2025 (Neighbourhood Policing)", "PCC"),
    ("3", "Scrutiny action tracker", "Head of Scrutiny, OPCC"),
    ("4", "Tackling retail crime", "Assistant Chief Constable, Local Policing"),
    ("5", "Any other business", "PCC"),
]
NB_Q = [
    ("How many neighbourhood officers and PCSOs have been abstracted from neighbourhood duties in the last six "
     "months, and for what reasons?",
     ["Neighbourhood officers were abstracted on 1,140 shifts between December 2024 and May 2025, 9% of shifts "
      "planned.",
      "The main reasons were public order events (41%), cover for response teams (33%) and training (14%).",
      "PCSOs were abstracted on 96 shifts, mostly to support football policing."]),
    ("What is the Force doing to protect neighbourhood teams from abstraction?",
     ["A new abstraction policy was introduced in April 2025; any abstraction now needs a superintendent's "
      "approval and is recorded.",
      "Area commanders review abstractions weekly and report them to the Local Policing Board."]),
    ("How does the Force know that residents have seen an improvement in neighbourhood policing?",
     ["The Force relies on the national Crime Survey and its own street surveys; the last street survey was in "
      "2023.",
      "Confidence in local policing fell from 71% to 66% in the Crime Survey for the year to December 2024.",
      "A new residents' survey is being designed but has not yet been procured."]),
]
NB_MERGED_COMMENT = ("The PCC was assured that abstractions are now controlled and recorded, and asked to see the "
                     "weekly abstraction figures each quarter.")
NB_Q3_COMMENT = ("The PCC was not assured that the Force understands residents' views and asked for the survey to "
                 "be in place before the end of the year.")
NB_LIST = [
    "Quarterly abstraction figures to be shared with the OPCC.",
    "The Force to confirm the timetable for the residents' survey.",
]
NB_TRACKER = [
    ("Anti-Social Behaviour", "Share the ASB hotspot patrol evaluation with the PCC.",
     "Evaluation shared with the PCC on 2 June 2025.", GREEN),
    ("Anti-Social Behaviour", "Confirm how many ASB case reviews were requested in 2024/25.",
     "Data requested from the community safety partnerships; a reply is expected by the end of July.", AMBER),
    ("Road Safety", "Present the Operation Dragoon enforcement results to the next meeting.",
     "Results presented at the June meeting.", GREEN),
    ("Road Safety", "Review signage at the five collision hotspots with the local authorities.",
     "Not yet started: awaiting the councils' highways survey.", RED),
]


def northumbria() -> tuple[bytes, dict]:
    rows = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    for i, (question, points) in enumerate(NB_Q, start=1):
        if i == 1:
            cell: object = ("**Assured**", f"*{NB_MERGED_COMMENT}*")
        elif i == 2:
            cell = None
        else:
            cell = ("**Not Assured**", f"*{NB_Q3_COMMENT}*")
        rows.append((f"**{i}. {question}**", (Bul(tuple(points)),), cell))
    tracker = [("**Topic**", "**Action**", "**Update**", "**Status**")]
    spans = []
    for i, (topic, text, update, colour) in enumerate(NB_TRACKER, start=1):
        first = i == 1 or NB_TRACKER[i - 2][0] != topic
        if first:
            spans.append((i, 0, sum(1 for row in NB_TRACKER if row[0] == topic), 1))
        tracker.append((topic if first else None, text, update, square(colour)))
    blocks = [
        H("Police and Crime Commissioner for Northumbria", 1), H("Scrutiny Meeting", 2),
        P("**Date:** Tuesday 15 July 2025"), P("**Time:** 2.00pm"), P("**Venue:** Middle Engine Lane, Wallsend"),
        H("Agenda", 2),
        T(rows=(("**No.**", "**Agenda Item**", "**Lead**"),) + tuple(NB_AGENDA), widths=(8, 60, 32)),
        Break(),
        P(f"**{NB_NOTES}**"),
        T(rows=tuple(rows), widths=(30, 48, 22), header_rows=1, spans=((1, 2, 2, 1),)),
        P("**Actions**"),
        Num(tuple(NB_LIST)),
        Break(),
        P("**SCRUTINY ACTION TRACKER 2025/26**"),
        T(rows=tuple(tracker), widths=(20, 35, 35, 10), header_rows=1, spans=tuple(spans)),
        P(f"Key: {square(GREEN)} Complete   {square(AMBER)} In progress   {square(RED)} Not started"),
    ]
    data = render_docx(blocks, title="Scrutiny Meeting", author="OPCC Northumbria", when=datetime(2025, 7, 8, 9))
    colour_status = {GREEN: "complete", AMBER: "outstanding", RED: "outstanding"}
    records = {
        "documents": [document("docx", None, "Scrutiny Meeting", "Northumbria Police", NB_ORG, NB_DATE)],
        "meetings": [meeting(NB_DATE, "Scrutiny Meeting", NB_ORG),
                     meeting("2025-06-10", NB_NOTES, NB_ORG, topic="Neighbourhood Policing")],
        "agenda_items": [agenda(NB_DATE, n, title, who) for n, title, who in NB_AGENDA],
        "assurance_decisions": [
            decision("2025-06-10", "Neighbourhood Policing", str(i), q, "\n".join(points),
                     "Not assured" if i == 3 else "Assured", NB_Q3_COMMENT if i == 3 else NB_MERGED_COMMENT)
            for i, (q, points) in enumerate(NB_Q, start=1)],
        "actions": [action("2025-06-10", "Neighbourhood Policing", str(i), text, None, "unknown", "none",
                           "action_list") for i, text in enumerate(NB_LIST, start=1)]
        + [action(None, topic, None, text, update, colour_status[colour], "glyph_colour", "action_tracker")
           for topic, text, update, colour in NB_TRACKER],
    }
    return data, records


# --- 3. Bedfordshire: minutes in paragraphs with "Assurance level:" lines, a Ref | Date raised | ... log ---------

BD_ORG = "Police and Crime Commissioner for Bedfordshire"
BD_DATE = "2025-05-13"
BD_TITLE = "Performance and Accountability Board"
BD_ITEMS = [
    # (number, heading, key line of enquiry, evidence paragraphs, printed level, level, comment)
    ("4", "Violence against women and girls",
     "How is the Force making sure that victims of stalking are safeguarded from the first report?",
     ["The Head of Public Protection presented the report. Stalking Protection Orders granted rose from 9 to 27 "
      "in the year, and every stalking report is now reviewed by the stalking co-ordinator within 24 hours.",
      "The PCC asked about the time taken to apply for interim orders. The Force said the average is now 11 days "
      "and it is working with the CPS to shorten it."],
     "Substantial", "Assured",
     "The PCC was assured by the improvement and thanked the stalking co-ordinator for her work."),
    ("5", "Contact management – 101 and 999",
     "Is the Force answering 101 calls within its target time, and what is being done where it is not?",
     ["The Superintendent for Contact presented the report. 999 calls answered within ten seconds improved to "
      "89%, but only 52% of 101 calls were answered within five minutes against a target of 80%.",
      "Thirty call handlers are in training and online reporting has been extended to lost property and "
      "road traffic collisions."],
     "Limited", "Partly assured",
     "The PCC asked for a recovery trajectory for 101 answer times to be brought to the next Board."),
    ("6", "Stop and search",
     "Are stop and search powers being used fairly, and how does the Force explain the disproportionality?",
     ["The Chief Inspector for Professional Standards presented the report. Black people were 3.1 times more "
      "likely to be searched than white people, down from 4.2 in 2023.",
      "All body-worn video of searches is now dip-sampled by the community scrutiny panel, which found 92% of "
      "the grounds recorded to be reasonable."],
     "Reasonable", "Assured",
     "The PCC noted the fall in disproportionality and asked the Force to publish the panel's findings."),
]
BD_LOG = [
    ("PAB/24/31", "12/11/2024", "Provide the results of the rape victim satisfaction survey.", "ACC Crime",
     "Feb 2025", "Results presented to the February Board.", "Complete"),
    ("PAB/24/34", "12/11/2024", "Report on the use of Right Care Right Person in mental health calls.",
     "Supt Contact", "Mar 2025",
     "Data collection continues; the first quarterly report has been drafted and is being checked by the mental "
     "health triage team before it comes to the Board. The Force has asked the ICB for the health side of the "
     "data, which it expects in June, so that the report can show the whole of the partnership's response.",
     "Ongoing"),
    ("PAB/25/02", "11/02/2025", "Circulate the vetting backlog recovery plan.", "Head of PSD", "Mar 2025",
     "The plan has not yet been circulated.", "Overdue"),
    ("PAB/25/05", "11/02/2025", "Arrange a visit for the PCC to the new custody suite.", "Chief of Staff",
     "Apr 2025", "The visit has been moved until the suite opens in September.", "Deferred"),
    ("PAB/25/07", "11/02/2025", "Share the rural crime strategy with the Rural Crime Partnership.", "Insp Rural",
     "May 2025", "To be shared after sign-off by the Chief Officer Group.", "Not started"),
    ("PAB/25/08", "11/02/2025", "Provide the breakdown of overtime spend by department.", "Chief Finance Officer",
     "Apr 2025", "Breakdown circulated on 4 April 2025.", "Completed"),
]


def iso_date(day_month_year: str) -> str:
    day, month, year = day_month_year.split("/")
    return f"{year}-{month}-{day}"


def bedfordshire() -> tuple[bytes, dict]:
    blocks: list = [
        H(BD_TITLE, 1),
        P("Minutes of the meeting held on Tuesday 13 May 2025 at 10.00am, Police Headquarters, Kempston"),
        P("**Present:** Police and Crime Commissioner (Chair); Chief Executive, OPCC; Chief Constable; Deputy Chief "
          "Constable; Chief Finance Officer"),
        H("1. Welcome and apologies", 2), P("Apologies were received from the Assistant Chief Officer."),
        H("2. Minutes of the previous meeting", 2),
        P("The minutes of the meeting held on 11 February 2025 were agreed as a true record."),
        H("3. Action log", 2), P("The action log at Appendix A was reviewed and updated."),
    ]
    for number, heading, question, evidence, printed, _, comment in BD_ITEMS:
        blocks += [H(f"{number}. {heading}", 2), P(f"**Key line of enquiry:** {question}")]
        blocks += [P(text) for text in evidence]
        blocks += [P(f"**Assurance level:** {printed}"), P(comment)]
    blocks += [H("7. Any other business", 2), P("There was no other business."),
               H("Appendix A – Action Log", 2),
               T(rows=(("Ref", "Date raised", "Action", "Owner", "Due", "Update", "Status"),) + tuple(BD_LOG),
                 widths=(13, 13, 21, 10, 8, 24, 11), header_rows=1)]
    look = PdfLook(cell_size=9, margin=54, header="Office of the Police and Crime Commissioner for Bedfordshire")
    data = render_pdf(blocks, look, title="PAB minutes 13 May 2025", author="OPCC Bedfordshire")
    done = {"Complete", "Completed"}
    records = {
        "documents": [document("pdf", None, BD_TITLE, "Bedfordshire Police", BD_ORG, BD_DATE)],
        "meetings": [meeting(BD_DATE, BD_TITLE, BD_ORG, page=1)],
        "assurance_decisions": [decision(BD_DATE, heading, number, question, "\n".join(evidence), level, comment)
                                for number, heading, question, evidence, _, level, comment in BD_ITEMS],
        "actions": [action(iso_date(raised), None, ref, text, update, "complete" if status in done else "outstanding",
                           "status_column", "action_tracker")
                    for ref, raised, text, _, _, update, status in BD_LOG],
    }
    return data, records


# --- 4. Cambridgeshire: Business Coordination Board minutes, decisions in sentences, a Word action log -----------

CB_ORG = "Police and Crime Commissioner for Cambridgeshire and Peterborough"
CB_DATE = "2025-06-05"
CB_TITLE = "Business Coordination Board"
CB_ITEMS = [
    # (number, heading, question, evidence, decision paragraph, level, commentary: the sentence stating the
    # level, else the words after a bare level)
    ("5", "Rural crime",
     "The PCC sought assurance that the Rural Crime Action Team has the resources it needs through the harvest "
     "season.",
     ["5.1 The Chief Inspector for Rural Crime presented the paper. Thefts of GPS units from farm vehicles fell "
      "by 40% after marking events with the National Farmers' Union.",
      "5.2 Two officers will join the team in July, and special constables will support it at weekends."],
     "5.3 The PCC was reassured that the team is resourced for the harvest season.", "Assured",
     "The PCC was reassured that the team is resourced for the harvest season."),
    ("6", "Victim services",
     "The PCC sought assurance that victims are kept informed as the Victims' Code requires.",
     ["6.1 The Head of Victim Services presented the paper. Compliance with the Victims' Code was 74% in the "
      "last audit, against 81% a year earlier.",
      "6.2 The Force explained that the fall followed a change of crime recording system and that a new prompt "
      "for investigators went live in May."],
     "6.3 Partly assured. The PCC asked for the next audit to be brought to the Board in September.",
     "Partly assured", "The PCC asked for the next audit to be brought to the Board in September."),
    ("7", "Estates strategy",
     "The PCC sought assurance on the timetable for the new Southern Police Station.",
     ["7.1 The Director of Estates presented the paper. Planning permission was granted in April and the "
      "contract will be awarded in August, with completion expected in early 2027."],
     "7.3 PCC assured.", "Assured", None),
]
CB_LOG = [
    ("BCB 24/61", "05/12/2024", "Provide the costs of the body-worn video contract extension.", "ACO",
     "Jan 2025", "Costs provided to the PCC on 20 January 2025.", "Closed"),
    ("BCB 25/04", "06/02/2025", "Share the draft custody healthcare specification with the OPCC.", "Supt Custody",
     "Mar 2025", "Draft to be shared once legal advice is received.", "Open"),
    ("BCB 25/09", "06/02/2025", "Report on the uptake of the wellbeing service by police staff.", "Head of HR",
     "Apr 2025", "Agenda pressures; to be taken at the September Board.", "Carried forward"),
    ("BCB 25/12", "03/04/2025", "Confirm the date of the joint fleet review with Bedfordshire.", "Head of Fleet",
     "May 2025", "Chased on 28 May 2025.", "Awaiting update"),
    ("BCB 25/15", "03/04/2025", "Agree the terms of reference of the Out of Court Resolutions panel.", "Chief of Staff",
     "May 2025", "Terms of reference agreed on 12 May 2025.", "Discharged"),
]


def cambridgeshire() -> tuple[bytes, dict]:
    blocks: list = [
        H(CB_TITLE, 1),
        P("**Minutes of the meeting held on Thursday 5 June 2025, 10.00am, Police Headquarters, Huntingdon**"),
        P("**Present:** Police and Crime Commissioner; Deputy Police and Crime Commissioner; Chief Constable; "
          "Deputy Chief Constable; Chief Executive; Chief Finance Officer"),
        H("1. Apologies", 2), P("1.1 Apologies were received from the Assistant Chief Officer."),
        H("2. Declarations of interest", 2), P("2.1 There were none."),
        H("3. Minutes of the meeting of 3 April 2025", 2), P("3.1 The minutes were agreed."),
        H("4. Action log", 2), P("4.1 The Board reviewed the action log (below)."),
    ]
    for number, heading, question, evidence, sentence, _, _ in CB_ITEMS:
        blocks += [H(f"{number}. {heading}", 2), P(question)] + [P(text) for text in evidence] + [P(sentence)]
    blocks += [H("Action Log", 2),
               T(rows=(("Ref", "Date raised", "Action", "Owner", "Due", "Update", "Status"),) + tuple(CB_LOG),
                 widths=(11, 11, 24, 10, 8, 24, 12), header_rows=1)]
    data = render_docx(blocks, title="BCB minutes", author="OPCC Cambridgeshire", when=datetime(2025, 6, 12, 9),
                       landscape_pages=True, header=(f"Office of the {CB_ORG}",))
    done = {"Closed", "Discharged"}
    records = {
        "documents": [document("docx", None, CB_TITLE, "Cambridgeshire Constabulary", CB_ORG, CB_DATE)],
        "meetings": [meeting(CB_DATE, CB_TITLE, CB_ORG)],
        "assurance_decisions": [decision(CB_DATE, heading, number, question, "\n".join(evidence), level, comment)
                                for number, heading, question, evidence, _, level, comment in CB_ITEMS],
        "actions": [action(iso_date(raised), None, ref, text, update, "complete" if status in done else "outstanding",
                           "status_column", "action_tracker")
                    for ref, raised, text, _, _, update, status in CB_LOG],
    }
    return data, records


# --- 5. Devon and Cornwall: "Assurance Level: ..." in RAG-shaded cells, an action log shaded only ---------------

DC_ORG = "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"
DC_DATE = "2025-09-23"
DC_TITLE = "Police Accountability Board"
DC_AGENDA = [
    ("1", "Introductions and apologies", "PCC"),
    ("2", "Minutes and action log of the meeting of 15 July 2025", "Chief Executive"),
    ("3", "Call handling and public contact", "Assistant Chief Constable"),
    ("4", "Neighbourhood policing in coastal towns", "Chief Superintendent, Local Policing"),
    ("5", "Any other business", "PCC"),
]
DC_TOPIC = "Call handling and public contact"
DC_Q = [
    ("1", "What is the average time taken to answer a 101 call, and how has it changed over the last year?",
     "The average answer time for 101 was 6 minutes 40 seconds in August 2025, compared with 21 minutes in "
     "August 2024. The improvement follows the recruitment of 48 call handlers and the call-back service.",
     "Assurance Level: Substantial", "Assured", GREEN),
    ("2", "How many 101 callers abandon their call, and what does the Force know about why?",
     "The abandonment rate fell from 38% to 14%. The Force has not yet analysed why callers abandon and relies "
     "on the national contact survey, which has a small sample for the two counties.",
     "Assurance Level: Partial", "Partly assured", AMBER),
    ("3", "How does the Force make sure that vulnerable callers to the Isles of Scilly are identified?",
     "The Force could not give figures for calls from the islands, as calls are not recorded by location. "
     "A manual check of calls in August was offered.",
     "Assurance Level: Minimal", "Not assured", RED),
]
DC_LOG = [
    ("Provide the number of officers trained in the new Right Care Right Person approach.", "ACC Operations",
     "15/07/2025", "Figures provided on 4 August 2025.", GREEN),
    ("Publish the findings of the review of the Cornwall custody suite.", "Supt Custody", "15/07/2025",
     "Review being finalised; publication expected in October.", AMBER),
    ("Present the road safety partnership evaluation.", "Head of Roads Policing", "20/05/2025",
     "The evaluation has not been received from the partnership.", RED),
    ("Circulate the summer policing plan for the Isles of Scilly.", "Chief Supt Local Policing", "20/05/2025",
     "Circulated to board members on 1 June 2025.", GREEN),
]


def devon_cornwall() -> tuple[bytes, dict]:
    rows = [("No.", "Key line of enquiry", "Force response", "Assurance")]
    fills = {}
    for r, (number, question, response, printed, _, colour) in enumerate(DC_Q, start=1):
        rows.append((number, question, response, f"**{printed}**"))
        fills[(r, 3)] = colour
    log = [("Action", "Owner", "Date raised", "Update", "RAG")]
    log_fills = {}
    for r, (text, owner, raised, update, colour) in enumerate(DC_LOG, start=1):
        log.append((text, owner, raised, update, ""))
        log_fills[(r, 4)] = colour
    blocks = [
        P("Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
        H(DC_TITLE, 1),
        P("**Date:** 23 September 2025   **Time:** 10.00 – 12.30   **Venue:** Middlemoor, Exeter"),
        H("Agenda", 2),
        T(rows=(("Item", "Subject", "Lead"),) + tuple(DC_AGENDA), widths=(8, 62, 30), header_rows=1),
        H(f"3. {DC_TOPIC}", 2),
        P("The PCC's key lines of enquiry and the Force's written response, with the assurance the PCC took from "
          "the discussion:"),
        T(rows=tuple(rows), widths=(6, 30, 44, 20), header_rows=1, fills=fills),
        P("Assurance levels: green – substantial; amber – partial; red – minimal."),
        H("Action log", 2),
        T(rows=tuple(log), widths=(30, 15, 14, 33, 8), header_rows=1, fills=log_fills),
        P("RAG: Green – complete; Amber – in progress; Red – overdue."),
    ]
    data = render_pdf(blocks, ARIAL, title="Police Accountability Board 23 September 2025", author="OPCC")
    colour_status = {GREEN: "complete", AMBER: "outstanding", RED: "outstanding"}
    records = {
        "documents": [document("pdf", None, DC_TITLE, "Devon and Cornwall Police", DC_ORG, DC_DATE)],
        "meetings": [meeting(DC_DATE, DC_TITLE, DC_ORG, page=1)],
        "agenda_items": [agenda(DC_DATE, n, title, who, page=1) for n, title, who in DC_AGENDA],
        "assurance_decisions": [decision(DC_DATE, DC_TOPIC, number, question, response, level, None)
                                for number, question, response, _, level, _ in DC_Q],
        "actions": [action(iso_date(raised), None, None, text, update, colour_status[colour], "cell_shading",
                           "action_tracker") for text, _, raised, update, colour in DC_LOG],
    }
    return data, records


# --- 6. Dorset: Question | Summary of evidence | Outcome in Word, a log with status words ------------------------

DS_ORG = "Police and Crime Commissioner for Dorset"
DS_DATE = "2025-10-08"
DS_TITLE = "Performance and Accountability Meeting"
DS_TOPIC = "Rural, Wildlife and Heritage Crime"
DS_Q = [
    ("How many rural crimes were reported in 2024/25, and how many were solved?",
     ["1,284 rural crimes were reported, 6% fewer than the year before.",
      "The solved rate was 11%, against 8% for all crime in the county.",
      "Machinery theft accounts for a third of the value stolen."],
     "PCC assured",
     "The PCC welcomed the solved rate and the work of the Rural Crime Team.", "Assured"),
    ("What is the Force doing to tackle hare coursing during the autumn?",
     ["Operation Galileo runs from September to March with neighbouring forces.",
      "Dispersal orders have been used eleven times since 2024.",
      "Farmers told the OPCC that calls about coursing are not always graded as urgent."],
     "Partly assured",
     "The PCC asked the Force to review how coursing calls are graded in the control room.", "Partly assured"),
]
DS_LOG = [
    ("1", "10/07/2025", "Share the wildlife crime officer training plan.", "Training plan shared on 1 August 2025.",
     "Discharged"),
    ("2", "10/07/2025", "Report on the use of drones at rural crime scenes.",
     "Drone team preparing the report for November.", "In progress"),
    ("3", "10/07/2025", "Meet the Country Land and Business Association to agree a reporting protocol.",
     "Meeting arranged for 20 October 2025.", "Open"),
    ("4", "10/04/2025", "Publish the heritage crime partnership agreement.",
     "Agreement published on the Force website.", "Complete"),
]


def dorset() -> tuple[bytes, dict]:
    rows = [("Question", "Summary of evidence", "Outcome")]
    for i, (question, points, printed, comment, _) in enumerate(DS_Q, start=1):
        rows.append((f"**Q{i}.** {question}", (Bul(tuple(points)),), (f"**{printed}**", f"*{comment}*")))
    blocks = [
        P("**Office of the Police and Crime Commissioner for Dorset**"),
        H(DS_TITLE, 1),
        P("Wednesday 8 October 2025, 09:30, Winfrith"),
        H(f"Theme: {DS_TOPIC}", 2),
        T(rows=tuple(rows), widths=(30, 45, 25), header_rows=1),
        H("Actions from previous meetings", 2),
        T(rows=(("No.", "Date", "Action", "Update", "Status"),) + tuple(DS_LOG), widths=(6, 12, 34, 34, 14),
          header_rows=1),
    ]
    data = render_docx(blocks, title=DS_TITLE, author="OPCC Dorset", when=datetime(2025, 10, 1, 9))
    done = {"Discharged", "Complete"}
    records = {
        "documents": [document("docx", None, DS_TITLE, "Dorset Police", DS_ORG, DS_DATE)],
        "meetings": [meeting(DS_DATE, DS_TITLE, DS_ORG, topic=DS_TOPIC)],
        "assurance_decisions": [decision(DS_DATE, DS_TOPIC, str(i), question, "\n".join(points), level, comment)
                                for i, (question, points, _, comment, level) in enumerate(DS_Q, start=1)],
        "actions": [action(iso_date(raised), None, number, text, update,
                           "complete" if status in done else "outstanding", "status_column", "action_tracker")
                    for number, raised, text, update, status in DS_LOG],
    }
    return data, records


# --- 7. Lincolnshire: Calibri-like PDF, one decision merged over three questions, struck-through log rows --------

LN_ORG = "Police and Crime Commissioner for Lincolnshire"
LN_DATE = "2025-04-10"
LN_NOTES = "NOTES OF THE STRATEGIC SCRUTINY MEETING (MISSING PERSONS) – 13 FEBRUARY 2025"
LN_Q = [
    ("How many people were reported missing in 2024, and how many were children?",
     ["2,410 missing person reports were received, 58% of them about children.",
      "Children in care accounted for 37% of the reports about children."]),
    ("How quickly are high-risk missing person cases allocated to an investigator?",
     ["The Force does not currently record the time of allocation.",
      "A new field is being added to the missing persons system in March."]),
    ("How does the Force learn from return home interviews?",
     ["Return home interviews are carried out by the councils' children's services.",
      "Findings are not routinely shared with the Force's missing persons coordinators."]),
]
LN_COMMENT = ("The PCC was not assured that the Force can show how quickly high-risk cases are allocated, or that "
              "it learns from return home interviews, and will return to this subject in the summer.")
LN_LIST = [
    "The Force to report allocation times for high-risk missing person cases once the new field is in use.",
    "The OPCC to write to the councils about sharing the findings of return home interviews.",
]
LN_LOG = [
    # (number, meeting, action, owner, update, done)
    ("SSM 14", "12/12/2024", "Provide the Commissioner with the knife crime problem profile.", "DCI Intelligence",
     "Problem profile provided on 20 January 2025.", True),
    ("SSM 15", "12/12/2024", "Review the use of the rural crime volunteer scheme.", "Insp Rural Crime",
     "Review under way, to report in May.", False),
    ("SSM 16", "12/12/2024", "Confirm the date for the launch of the new online crime reporting form.",
     "Head of Contact", "Launched on 3 March 2025.", True),
    ("SSM 17", "13/02/2025", "Share the missing persons problem profile with the Commissioner.", "DCI Public Protection",
     "Being drafted.", False),
]


def lincolnshire() -> tuple[bytes, dict]:
    rows = [("Question", "Evidence", "PCC Decision")]
    for i, (question, points) in enumerate(LN_Q, start=1):
        cell = ("**Not Assured**", f"*{LN_COMMENT}*") if i == 1 else None
        rows.append((f"**{i}. {question}**", (Bul(tuple(points)),), cell))
    log = [("No.", "Meeting", "Action", "Owner", "Update")]
    for number, raised, text, owner, update, done in LN_LOG:
        cells = (number, raised, text, owner, update)
        log.append(tuple(struck(c) for c in cells) if done else cells)
    blocks = [
        H("Police and Crime Commissioner for Lincolnshire", 1),
        H("Strategic Scrutiny Meeting", 2),
        P("**Thursday 10 April 2025 at 2pm, Police Headquarters, Nettleham**"),
        H("Agenda", 2),
        Num(("Apologies", "Notes of the meeting held on 13 February 2025", "Action log",
             "Use of force and stop and search", "Any other business")),
        Break(),
        P(f"**{LN_NOTES}**"),
        T(rows=tuple(rows), widths=(30, 45, 25), header_rows=1, spans=((1, 2, 3, 1),)),
        P("**Actions**"),
        *(P(f"{i}. {text}") for i, text in enumerate(LN_LIST, start=1)),  # typed numbers, as many packs have
        H("Action log", 2),
        P("Completed actions are struck through."),
        T(rows=tuple(log), widths=(9, 13, 34, 16, 28), header_rows=1),
    ]
    data = render_pdf(blocks, calibri_look(), title="Strategic Scrutiny Meeting 10 April 2025", author="OPCC")
    records = {
        "documents": [document("pdf", None, "Strategic Scrutiny Meeting", "Lincolnshire Police", LN_ORG, LN_DATE)],
        "meetings": [meeting(LN_DATE, "Strategic Scrutiny Meeting", LN_ORG, page=1),
                     meeting("2025-02-13", LN_NOTES, LN_ORG, topic="Missing Persons", page=2)],
        "agenda_items": [agenda(LN_DATE, str(i), title, None, page=1) for i, title in enumerate(
            ("Apologies", "Notes of the meeting held on 13 February 2025", "Action log",
             "Use of force and stop and search", "Any other business"), start=1)],
        "assurance_decisions": [decision("2025-02-13", "Missing Persons", str(i), q, "\n".join(points),
                                         "Not assured", LN_COMMENT) for i, (q, points) in enumerate(LN_Q, start=1)],
        "actions": [action("2025-02-13", "Missing Persons", str(i), text, None, "unknown", "none", "action_list")
                    for i, text in enumerate(LN_LIST, start=1)]
        + [action(iso_date(raised), "Missing Persons" if raised == "13/02/2025" else None, number, text, update,
                  "complete" if done else "outstanding", "glyph_colour", "action_tracker")
           for number, raised, text, _, update, done in LN_LOG],
    }
    return data, records


# --- 8. Hampshire and Isle of Wight: minutes with mixed level wording, a log with status words over RAG --------

HW_ORG = "Police and Crime Commissioner for Hampshire and the Isle of Wight"
HW_DATE = "2025-11-18"
HW_TITLE = "Performance and Accountability Board"
HW_ITEMS = [
    ("3", "Burglary",
     "Is the Force attending every home burglary, and what has that done to the solved rate?",
     ["The Detective Superintendent reported that 99% of home burglaries were attended in the quarter, and the "
      "solved rate rose from 5% to 8%.",
      "Forensic examination is now requested at every scene where entry was forced."],
     "Assurance Level: Substantial",
     "The PCC was reassured by the consistent attendance and asked that the solved rate be reported each quarter.",
     "Assured"),
    ("4", "Isle of Wight ferry terminals",
     "How is the Force policing the ferry terminals during the summer season?",
     ["The Chief Inspector for the Isle of Wight explained the joint patrol plan with British Transport Police "
      "and the ferry operators.",
      "Two incidents of disorder in August were dealt with by the terminal staff before officers arrived."],
     "Assurance Level: Limited",
     "The PCC asked the Force to agree attendance times with the ferry operators before next summer.",
     "Partly assured"),
]
HW_LOG = [
    ("PAB 25-11", "16/09/2025", "Share the retail crime strategy with the business crime reduction partnerships.",
     "Strategy shared on 1 October 2025.", "Completed", GREEN),
    ("PAB 25-12", "16/09/2025", "Report the number of drivers disqualified after roadside drug tests.",
     "Awaiting figures from the courts.", "Awaiting update", AMBER),
    ("PAB 25-13", "16/09/2025", "Present the custody healthcare contract review.",
     "To be taken at the January Board.", "Carried forward", GREEN),
    ("PAB 25-08", "15/07/2025", "Provide the evaluation of the knife arch pilot in Southampton.",
     "Evaluation delayed by the contractor.", "Overdue", RED),
    ("PAB 25-09", "15/07/2025", "Arrange a PCC visit to the Portsmouth control room.",
     "Visit postponed to the new year at the Force's request.", "Deferred", AMBER),
]


def hampshire() -> tuple[bytes, dict]:
    blocks: list = [
        P("**Police and Crime Commissioner for Hampshire and the Isle of Wight**"),
        H(HW_TITLE, 1),
        P("**Notes of the meeting held on 18 November 2025, Eastleigh**"),
        H("1. Apologies and introductions", 2), P("None."),
        H("2. Notes and actions of the previous meeting", 2), P("Agreed; the action log is appended."),
    ]
    for number, heading, question, evidence, level_line, comment, _ in HW_ITEMS:
        blocks += [H(f"{number}. {heading}", 2), P(f"**Question:** {question}")]
        blocks += [P(text) for text in evidence] + [P(f"**{level_line}**"), P(comment)]
    log = [("Ref", "Date raised", "Action", "Update", "Status")]
    fills = {}
    for r, (ref, raised, text, update, status, colour) in enumerate(HW_LOG, start=1):
        log.append((ref, raised, text, update, status))
        fills[(r, 4)] = colour
    blocks += [Break(), H("Action log", 2),
               T(rows=tuple(log), widths=(11, 12, 33, 30, 14), header_rows=1, fills=fills),
               P("RAG: green – complete or on track; amber – at risk; red – overdue")]
    data = render_docx(blocks, title=HW_TITLE, author="OPCC Hampshire", when=datetime(2025, 11, 25, 9))
    done = {"Completed"}
    records = {
        "documents": [document("docx", None, HW_TITLE, "Hampshire and Isle of Wight Constabulary", HW_ORG, HW_DATE)],
        "meetings": [meeting(HW_DATE, HW_TITLE, HW_ORG)],
        "assurance_decisions": [decision(HW_DATE, heading, number, question, "\n".join(evidence), level, comment)
                                for number, heading, question, evidence, _, comment, level in HW_ITEMS],
        "actions": [action(iso_date(raised), None, ref, text, update, "complete" if status in done else "outstanding",
                           "status_column", "action_tracker")
                    for ref, raised, text, update, status, _ in HW_LOG],
    }
    return data, records


PACKS = {
    "durham-scrutiny-2025-06-24.pdf": durham,
    "northumbria-scrutiny-2025-07-15.docx": northumbria,
    "bedfordshire-pab-2025-05-13.pdf": bedfordshire,
    "cambridgeshire-bcb-2025-06-05.docx": cambridgeshire,
    "devon-cornwall-pab-2025-09-23.pdf": devon_cornwall,
    "dorset-pam-2025-10-08.docx": dorset,
    "lincolnshire-ssm-2025-04-10.pdf": lincolnshire,
    "hampshire-pab-2025-11-18.docx": hampshire,
}


def main() -> None:
    write_packs(HERE, PACKS, CHECKED, finish_docx=strike_marked_runs)


if __name__ == "__main__":
    main()
