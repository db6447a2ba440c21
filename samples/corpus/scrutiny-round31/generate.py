"""Scrutiny round 31 (blind, issue 4): the assurance scales real offices print.

Seven ordinary packs (front sheet and agenda, notes of the last scrutiny meeting, action
tracker), each recording the commissioner's or Deputy Mayor's decisions in a scale and a form
of its own office: ticks under Satisfied / Partially satisfied / Not satisfied, a 1-4 rating
against a key printed at the front, Green / Amber / Red cells shaded by a key, a closing
summary table of Assured / Assured with caveats / Not yet assured, "Assurance: Yes / Partial /
No" in each question's heading, bilingual level labels on a five-step scale, and the level in
the Deputy Mayor's closing sentence.

Writes the documents beside this file and their gold into gold/. Deterministic: reportlab in
invariant mode, Word files with fixed zip times and core properties, Word-made PDFs through
../office_pdf.py.

    .venv/bin/python samples/corpus/scrutiny-round31/generate.py
"""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import datetime
from pathlib import Path

import pdfplumber
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))
from office_pdf import docx_to_pdf  # noqa: E402
from render import _stable_zip  # noqa: E402

PENDING = HERE / "gold"
CHECKED = ("Written blind for round 31; every record hand-checked against the rendered document and "
           "`scrutiny inspect` by the round's writer.")
LEVELS = {"A": "Assured", "P": "Partly assured", "N": "Not assured"}
FILLS = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}

# ---------------------------------------------------------------------------------------------
# The packs. A question: (number, question, evidence, level printed, canonical A/P/N, comment).
# A tracker row: (ref, date printed, ISO date, action, owner, update, status printed, status).
# ---------------------------------------------------------------------------------------------

CUMBRIA = dict(
    file="cumbria-pfcc-pac-2027-03-11.docx", kind="docx", form="ticks",
    office="Police, Fire and Crime Commissioner for Cumbria",
    organisation="Police, Fire and Crime Commissioner for Cumbria", force="Cumbria Constabulary",
    title="Public Accountability Conference", date="2027-03-11",
    when="Thursday 11 March 2027, 10:00, Carleton Hall, Penrith",
    topic=("Theme", "Rural and wildlife crime"),
    key=None,
    agenda=[("1", "Welcome and apologies", "Commissioner"),
            ("2", "Notes of the previous meeting and action tracker", "Governance Manager"),
            ("3", "Rural and wildlife crime", "Chief Superintendent, Territorial Policing"),
            ("4", "Victims' Code compliance", "Head of Victim Services"),
            ("5", "Any other business", None)],
    notes_heading="Notes of the Public Accountability Conference held on 14 January 2027",
    notes_date="2027-01-14", notes_topic=None,
    present="Commissioner (Chair); Chief Constable; Deputy Chief Constable; Chief Executive, OPCC; "
            "Governance Manager, OPCC.",
    item=("3", "Road safety"),
    lead_in="The Commissioner put the following questions to the Constabulary. For each, the "
            "Commissioner recorded whether she was satisfied with the response.",
    questions=[
        ("3.1", "How many people were killed or seriously injured on Cumbria's roads in 2026, and how does this compare with 2025?",
         "There were 241 people killed or seriously injured, compared with 262 in 2025. Motorcyclists accounted for a quarter of casualties.",
         "Satisfied", "A", "The Commissioner noted the fall."),
        ("3.2", "What enforcement has taken place on the A-roads identified as high risk?",
         "Roads Policing carried out 46 targeted operations and detected 1,912 speeding offences. Mobile camera vans were deployed on 118 days.",
         "Partially satisfied", "P", "The Commissioner asked for the deployment figures by route."),
        ("3.3", "How is the Constabulary using dashcam footage submitted by the public?",
         "Submissions are reviewed by a small team, but there is a backlog of around 600 clips and no target for review times.",
         "Not satisfied", "N", "The backlog must be cleared and a review target set."),
        ("3.4", "Is the Constabulary working with the Fire and Rescue Service on road safety education?",
         "A joint programme for young drivers ran in 14 secondary schools and reached 2,300 students.",
         "Satisfied", "A", None),
    ],
    tracker_heading="Action tracker",
    tracker=[
        ("PAC 26/31", "12 November 2026", "2026-11-12", "Provide a breakdown of 101 call abandonment by hour of day.", "Head of Contact",
         "Breakdown circulated to members on 2 December 2026.", "Complete", "complete"),
        ("PAC 27/01", "14 January 2027", "2027-01-14", "Report deployment of mobile camera vans by route.", "Head of Roads Policing",
         "Data being collated; due at the May conference.", "Open", "outstanding"),
        ("PAC 27/02", "14 January 2027", "2027-01-14", "Set a target for reviewing dashcam submissions and clear the backlog.", "Head of Roads Policing",
         "Target of 14 days agreed. Backlog reduced to 210 clips.", "Open", "outstanding"),
    ],
)

DURHAM = dict(
    file="durham-pcvc-asm-2027-03-16.pdf", kind="wordpdf", form="rating",
    office="Police, Crime and Victims' Commissioner for County Durham and Darlington",
    organisation="Police, Crime and Victims' Commissioner for County Durham and Darlington",
    force="Durham Constabulary",
    title="Accountability and Scrutiny Meeting", date="2027-03-16",
    when="Tuesday 16 March 2027, 14:00, Aykley Heads, Durham",
    topic=("Topic", "Violence against women and girls"),
    key=("Assurance rating key", [("4", "Full assurance: the response fully answers the question and no further work is needed."),
                                  ("3", "Substantial assurance: the response answers the question; minor points to follow up."),
                                  ("2", "Limited assurance: the response answers part of the question; further work is needed."),
                                  ("1", "No assurance: the response does not answer the question.")]),
    agenda=[("1", "Apologies", None),
            ("2", "Minutes of the last meeting", "Chief of Staff"),
            ("3", "Violence against women and girls", "Detective Chief Superintendent, Safeguarding"),
            ("4", "Use of stop and search", "Superintendent, Operations"),
            ("5", "Date of next meeting", None)],
    notes_heading="Minutes of the Accountability and Scrutiny Meeting – 19 January 2027",
    notes_date="2027-01-19", notes_topic=None,
    present="Commissioner (Chair); Deputy Chief Constable; Chief of Staff; Head of Performance.",
    item=("3", "Call handling and 101"),
    lead_in=None,
    questions=[
        ("1", "What is the average time to answer a 101 call, and how has it changed over the last six months?",
         "The average answer time was 4 minutes 12 seconds in December, down from 9 minutes in July, following the recruitment of 18 call handlers.",
         "4", "A", "The Commissioner welcomed the improvement."),
        ("2", "How many 101 calls are abandoned, and what does the force do to call back?",
         "Abandonment fell to 11 per cent. Callers who leave a number are called back within a day, but the force cannot yet report how many are reached.",
         "2", "P", "A report on call-backs is to come to the next meeting."),
        ("3", "How is the online reporting service performing?",
         "Online reports rose by 30 per cent and 94 per cent are reviewed within 24 hours.",
         "3", "A", None),
        ("4", "What plans are in place to meet the national standard for 999 calls answered within ten seconds?",
         "The force answers 71 per cent of 999 calls within ten seconds against a standard of 90 per cent. No recovery plan has yet been agreed.",
         "1", "N", "The Commissioner asked for a recovery plan with milestones."),
    ],
    level_notes={"2": " (further update requested)"},
    tracker_heading="Action log",
    tracker=[
        ("ASM 26/14", "17/11/2026", "2026-11-17", "Share the stop and search scrutiny panel's findings with the Commissioner.", "Superintendent, Operations",
         "Findings shared on 30/11/2026.", "Closed", "complete"),
        ("ASM 27/01", "19/01/2027", "2027-01-19", "Report how many abandoned 101 callers are successfully called back.", "Head of Contact",
         "On the agenda for May.", "Open", "outstanding"),
        ("ASM 27/02", "19/01/2027", "2027-01-19", "Present a 999 call recovery plan with milestones.", "Head of Contact",
         "Plan agreed at Force Executive on 2 March 2027; presented to this meeting.", "Closed", "complete"),
    ],
)

LEICESTERSHIRE = dict(
    file="leicestershire-pcc-cgb-2027-03-23.pdf", kind="rl", form="shaded",
    office="Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
    organisation="Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
    force="Leicestershire Police",
    title="Corporate Governance Board", date="2027-03-23",
    when="Tuesday 23 March 2027 at 10:00, Force Headquarters, Enderby",
    topic=None,
    key=("Assurance key", [("Green", "Assured: the PCC is assured by the response."),
                           ("Amber", "Partly assured: further work or information is needed."),
                           ("Red", "Not assured: the response does not give the PCC assurance.")]),
    agenda=[("1", "Apologies for absence", None),
            ("2", "Declarations of interest", None),
            ("3", "Minutes and actions of the previous meeting", "OPCC Governance Officer"),
            ("4", "Neighbourhood crime", "ACC Local Policing"),
            ("5", "Force management statement", "Head of Strategic Planning"),
            ("6", "Any other business", None)],
    notes_heading="Minutes of the Corporate Governance Board held on 26 January 2027",
    notes_date="2027-01-26", notes_topic=None,
    present="Police and Crime Commissioner (Chair); Chief Constable; Chief Executive, OPCC; ACC Crime; Chief Finance Officer.",
    item=("4", "Retail crime"),
    lead_in="The PCC's assessment of each response is shown in the Assurance column against the key on the front sheet.",
    questions=[
        ("1", "How has shoplifting changed in the last twelve months across the city and county?",
         "Shoplifting rose by 9 per cent to 8,420 offences. Three city centre stores account for a fifth of reports.",
         "Green", "A", "The PCC thanked the team for the analysis."),
        ("2", "What proportion of shoplifting offences is solved, and how does this compare with similar forces?",
         "The charge rate is 17 per cent, in line with the most similar group average.",
         "Green", "A", None),
        ("3", "How are retailers supported to report offences and provide evidence?",
         "An online evidence portal is live for large retailers. Small independent shops still report by phone and wait longer for attendance.",
         "Amber", "P", "The PCC asked how independent retailers will be included."),
        ("4", "What is being done about violence and abuse towards shop workers?",
         "Assaults on shop workers are flagged, but the force could not say how many led to a charge.",
         "Red", "N", "Outcome data for these assaults to come to the next Board."),
    ],
    tracker_heading="Action log",
    tracker=[
        ("CGB 27/01", "26/01/2027", "2027-01-26", "Set out how independent retailers will be offered the evidence portal.", "ACC Crime",
         "Pilot with the Federation of Small Businesses starts in April.", "In progress", "outstanding"),
        ("CGB 27/02", "26/01/2027", "2027-01-26", "Provide outcome data for assaults on shop workers.", "Head of Performance",
         "Data provided in the board paper of 23 March.", "Complete", "complete"),
        ("CGB 26/40", "24/11/2026", "2026-11-24", "Circulate the revised force management statement timetable.", "Head of Strategic Planning",
         "Circulated on 1 December 2026.", "Complete", "complete"),
    ],
)

STAFFORDSHIRE = dict(
    file="staffordshire-commissioner-sgb-2027-03-09.pdf", kind="wordpdf", form="summary",
    office="Staffordshire Commissioner for Police, Fire and Rescue and Crime",
    organisation="Staffordshire Commissioner for Police, Fire and Rescue and Crime",
    force="Staffordshire Police",
    title="Strategic Governance Board", date="2027-03-09",
    when="9 March 2027, 13:30 – 15:30, Staffordshire Commissioner's Office, Stafford",
    topic=("Focus of the meeting", "Serious and organised crime"),
    key=None,
    agenda=[("1", "Apologies", None),
            ("2", "Notes and actions from 12 January 2027", "Governance Lead"),
            ("3", "Serious and organised crime", "ACC Crime and Public Protection"),
            ("4", "Workforce wellbeing", "Director of People"),
            ("5", "Any other business", None)],
    notes_heading="Notes of the Strategic Governance Board – 12 January 2027",
    notes_date="2027-01-12", notes_topic=("Focus of the meeting", "Missing children"),
    present="Staffordshire Commissioner (Chair); Deputy Chief Constable; Chief Executive; Head of Public Protection.",
    item=("2", "Missing children"),
    lead_in=None,
    questions=[
        ("1", "How many children were reported missing in the last year, and how many went missing more than once?",
         "There were 2,104 episodes involving 780 children. 212 children went missing three or more times, most from care placements.",
         "Assured", "A", None),
        ("2", "Are return home interviews completed within 72 hours?",
         "The local authorities complete 64 per cent within 72 hours. The force follows up where an interview identifies exploitation.",
         "Assured with caveats", "P", "Timeliness data from each local authority to be shared."),
        ("3", "How does the force share information with children's homes outside Staffordshire?",
         "There is no agreed protocol with placing authorities outside the county. Sharing depends on individual officers.",
         "Not yet assured", "N", "Protocol to be drafted with the Safeguarding Partnership."),
    ],
    tracker_heading="Action tracker",
    tracker=[
        ("SGB 27/01", "12/01/27", "2027-01-12", "Share return home interview timeliness data for each local authority.", "Head of Public Protection",
         "Data received from Staffordshire County Council; Stoke-on-Trent to follow.", "Ongoing", "outstanding"),
        ("SGB 27/02", "12/01/27", "2027-01-12", "Draft an information sharing protocol with placing authorities.", "Head of Public Protection",
         "First draft with the Safeguarding Partnership for comment.", "Ongoing", "outstanding"),
        ("SGB 26/22", "10/11/26", "2026-11-10", "Confirm the date of the wellbeing survey results.", "Director of People",
         "Results to be reported to this meeting.", "Completed", "complete"),
    ],
)

HERTFORDSHIRE = dict(
    file="hertfordshire-pcc-sab-2027-03-18.docx", kind="docx", form="heading",
    office="Office of the Police and Crime Commissioner for Hertfordshire",
    organisation="Police and Crime Commissioner for Hertfordshire", force="Hertfordshire Constabulary",
    title="Strategic Accountability Board", date="2027-03-18",
    when="Thursday 18 March 2027, 09:30, Police Headquarters, Welwyn Garden City",
    topic=None,
    key=None,
    agenda=[("1", "Apologies and declarations of interest", None),
            ("2", "Minutes of the meeting held on 21 January 2027", "Head of Governance"),
            ("3", "Action log", "Head of Governance"),
            ("4", "Domestic abuse", "Detective Superintendent, Public Protection"),
            ("5", "Any other business", None)],
    notes_heading="Minutes of the Strategic Accountability Board held on 21 January 2027",
    notes_date="2027-01-21", notes_topic=None,
    present="Police and Crime Commissioner (Chair); Chief Constable; Chief Executive, OPCC; ACC Local Policing.",
    item=("4", "Anti-social behaviour"),
    lead_in="For each question the PCC recorded whether he was assured: Yes, Partial or No.",
    questions=[
        ("1", "How many reports of anti-social behaviour did the Constabulary receive in 2026?",
         "There were 14,950 reports, a fall of 6 per cent. Reports in town centres rose in the summer months.",
         "Yes", "A", "The PCC welcomed the fall."),
        ("2", "How does the Constabulary identify and support repeat victims of anti-social behaviour?",
         "Callers are asked whether they have reported before, but the flag is not always set and the Constabulary cannot yet count repeat victims reliably.",
         "Partial", "P", "The PCC asked for an update on the repeat victim flag at the May meeting."),
        ("3", "How are the new anti-social behaviour case reviews being promoted to the public?",
         "No publicity has taken place since the scheme was relaunched, and only two applications were received.",
         "No", "N", "A communications plan is required."),
    ],
    tracker_heading="Action log",
    tracker=[
        ("SAB 27/01", "21 Jan 2027", "2027-01-21", "Update the Board on the repeat victim flag for anti-social behaviour.", "ACC Local Policing",
         "Update scheduled for the May meeting.", "Open", "outstanding"),
        ("SAB 27/02", "21 Jan 2027", "2027-01-21", "Produce a communications plan for anti-social behaviour case reviews.", "Head of Communications",
         "Plan agreed; campaign launched on 1 March 2027.", "Closed", "complete"),
    ],
)

DYFED_POWYS = dict(
    file="dyfed-powys-pcc-pab-2027-03-02.pdf", kind="rl", form="bilingual",
    office="Comisiynydd Heddlu a Throseddu Dyfed-Powys / Dyfed-Powys Police and Crime Commissioner",
    organisation="Police and Crime Commissioner for Dyfed-Powys", force="Dyfed-Powys Police",
    title="Policing Accountability Board", title_welsh="Bwrdd Atebolrwydd Plismona",
    date="2027-03-02",
    when="Dydd Mawrth 2 Mawrth 2027 / Tuesday 2 March 2027, 10:00, Pencadlys yr Heddlu / Police Headquarters, Carmarthen",
    topic=None,
    key=("Lefelau sicrwydd / Levels of assurance",
         [("Llawn / Full", "The response answers the question in full."),
          ("Sylweddol / Substantial", "The response answers the question; small gaps remain."),
          ("Rhesymol / Reasonable", "The response answers most of the question."),
          ("Cyfyngedig / Limited", "Significant gaps; further work is required."),
          ("Dim / None", "The response gives no assurance.")]),
    agenda=[("1", "Ymddiheuriadau / Apologies", None),
            ("2", "Cofnodion / Minutes of the previous meeting", "Head of Governance"),
            ("3", "Plismona ffyrdd / Roads policing", "Superintendent, Roads Policing"),
            ("4", "Unrhyw fater arall / Any other business", None)],
    notes_heading="Cofnodion y Bwrdd Atebolrwydd Plismona / Minutes of the Policing Accountability Board – 26 January 2027",
    notes_date="2027-01-26", notes_topic=None,
    present="Police and Crime Commissioner (Chair); Chief Constable; Chief Executive, OPCC; ACC Operations.",
    item=("3", "Rural crime"),
    lead_in=None,
    questions=[
        ("1", "How many thefts of farm vehicles and machinery were recorded in 2026?",
         "There were 312 thefts, a fall of 15 per cent, with quad bikes the most common item taken.",
         "Sylweddol / Substantial", "A", None),
        ("2", "How many officers in the Rural Crime Team have completed wildlife crime training?",
         "All 22 officers have completed the training, and eight have the advanced course.",
         "Llawn / Full", "A", "The Commissioner thanked the team."),
        ("3", "How does the force keep farmers informed about the progress of their cases?",
         "Updates are given by the investigating officer. A survey found that half of farmers felt poorly informed.",
         "Cyfyngedig / Limited", "P", "The Commissioner asked for a plan to improve updates."),
        ("4", "Is the force recording heritage crime consistently?",
         "There is no heritage crime flag on the records system, so cases cannot be counted.",
         "Dim / None", "N", "A recording standard is needed."),
        ("5", "How is the force working with Natural Resources Wales on fly-tipping?",
         "Joint patrols run in four hotspots, and 41 cases were passed to the local authorities.",
         "Rhesymol / Reasonable", "A", None),
    ],
    tracker_heading="Log gweithredu / Action log",
    tracker=[
        ("PAB 27/01", "26/01/2027", "2027-01-26", "Bring a plan to improve updates to farmers who report crime.", "ACC Operations",
         "Plan in draft.", "Agored / Open", "outstanding"),
        ("PAB 27/02", "26/01/2027", "2027-01-26", "Introduce a heritage crime flag on the records system.", "Head of Crime Standards",
         "Flag live from 1 March 2027.", "Cwblhawyd / Complete", "complete"),
    ],
)

YORK = dict(
    file="york-northyorks-dmpfc-pam-2027-03-25.pdf", kind="wordpdf", form="closing",
    office="York and North Yorkshire Combined Authority – Policing, Fire and Crime",
    organisation="Deputy Mayor for Policing, Fire and Crime", force="North Yorkshire Police",
    title="Public Accountability Meeting", date="2027-03-25",
    when="Thursday 25 March 2027, 10:30, West Offices, York",
    topic=("Theme", "Neighbourhood policing"),
    key=None,
    agenda=[("1", "Welcome and apologies", "Deputy Mayor for Policing, Fire and Crime"),
            ("2", "Notes of the meeting held on 28 January 2027", None),
            ("3", "Neighbourhood policing", "Chief Superintendent, Local Policing"),
            ("4", "Police Race Action Plan", "ACC Corporate Services"),
            ("5", "Any other business", None)],
    notes_heading="Notes of the Public Accountability Meeting – 28 January 2027",
    notes_date="2027-01-28", notes_topic=None,
    present="Deputy Mayor for Policing, Fire and Crime (Chair); Chief Constable; Chief Executive; Head of Commissioning.",
    item=("3", "Stalking"),
    lead_in=None,
    questions=[
        ("1", "How quickly are stalking reports risk assessed?",
         "Ninety per cent of reports are risk assessed within 24 hours, and a specialist reviews every high-risk case the next working day.",
         None, "A", "The Deputy Mayor said she had substantial assurance on the speed of risk assessment."),
        ("2", "How many stalking protection orders has the force applied for?",
         "The force applied for 19 orders and was granted 15. Officers said the process for applying was slow.",
         None, "P", "The Deputy Mayor concluded that she had limited assurance and requested a further update in June."),
        ("3", "What support is offered to victims of stalking?",
         "All victims are referred to the independent stalking advocacy service, which was recommissioned for three years in October.",
         None, "A", "The Deputy Mayor said she had full assurance on the support offered to victims."),
        ("4", "How is the force tackling online stalking?",
         "The force has no officers trained in online investigation for stalking cases, and devices wait ten weeks for examination.",
         None, "N", "The Deputy Mayor stated that she had no assurance on the force's response to online stalking."),
    ],
    tracker_heading="Action tracker",
    tracker=[
        ("PAM 27/01", "28.01.27", "2027-01-28", "Provide a further update on stalking protection orders.", "Detective Superintendent, Public Protection",
         "Scheduled for the June meeting.", "Open", "outstanding"),
        ("PAM 27/02", "28.01.27", "2027-01-28", "Set out a plan to train officers in online stalking investigation.", "Head of Digital Forensics",
         "Twelve officers booked on the national course in April.", "Open", "outstanding"),
        ("PAM 26/30", "26.11.26", "2026-11-26", "Report the Race Action Plan progress to the public meeting.", "ACC Corporate Services",
         "On this agenda.", "Complete", "complete"),
    ],
)

# The York closing sentences print the level in words; assurance_raw is the words used.
YORK_RAW = {"1": "substantial assurance", "2": "limited assurance", "3": "full assurance", "4": "no assurance"}

PACKS = [CUMBRIA, DURHAM, LEICESTERSHIRE, STAFFORDSHIRE, HERTFORDSHIRE, DYFED_POWYS, YORK]


def english(text: str) -> str:
    """The English side of a 'Welsh / English' label."""
    return text.split(" / ", 1)[1] if " / " in text else text


# ---------------------------------------------------------------------------------------------
# Word
# ---------------------------------------------------------------------------------------------

def _shade(cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _para(doc, text: str = "", bold: bool = False, size: float | None = None, label: str | None = None):
    paragraph = doc.add_paragraph()
    if label:
        run = paragraph.add_run(label)
        run.bold = True
    run = paragraph.add_run(text)
    run.bold = bold or None
    if size:
        run.font.size = Pt(size)
    return paragraph


def _cell(cell, text: str, bold: bool = False) -> None:
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold or None


def _table(doc, header: list[str], rows: list[list[str]], widths: list[float] | None = None):
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        _cell(cell, text, bold=True)
        _shade(cell, "D9D9D9")
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            _cell(cell, text or "")
    if widths:
        _set_widths(table, widths)
    return table


def _set_widths(table, widths: list[float]) -> None:
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = Cm(width)


def build_docx(pack: dict) -> bytes:
    doc = Document()
    doc.core_properties.created = datetime(2027, 1, 1, 9, 0, 0)
    doc.core_properties.modified = datetime(2027, 1, 1, 9, 0, 0)
    doc.core_properties.author = "OPCC"
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    header = section.header.paragraphs[0]
    header.text = "OFFICIAL"

    _para(doc, pack["office"], bold=True, size=12)
    _para(doc, pack["title"], bold=True, size=18)
    _para(doc, pack["when"])
    if pack["topic"]:
        _para(doc, pack["topic"][1], label=f"{pack['topic'][0]}: ")
    if pack["key"]:
        _para(doc, pack["key"][0], bold=True)
        _table(doc, ["Rating", "Meaning"], [list(row) for row in pack["key"][1]], [3, 14])
    _para(doc, "Agenda", bold=True, size=14)
    _table(doc, ["Item", "Title", "Lead"], [[n, t, p or ""] for n, t, p in pack["agenda"]], [1.5, 9, 6.5])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    _para(doc, pack["notes_heading"], bold=True, size=14)
    _para(doc, pack["present"], label="Present: ")
    _para(doc, "Apologies were received from the Assistant Chief Officer. The notes of the previous "
               "meeting were agreed as a true record.")
    if pack["notes_topic"]:
        _para(doc, pack["notes_topic"][1], label=f"{pack['notes_topic'][0]}: ")
    _para(doc, f"{pack['item'][0]}. {pack['item'][1]}", bold=True, size=13)
    if pack["lead_in"]:
        _para(doc, pack["lead_in"])
    form = pack["form"]
    if form == "ticks":
        table = _table(doc, ["No.", "Question", "Force response", "Satisfied", "Partially satisfied", "Not satisfied",
                             "Commissioner's comments"], [])
        for n, q, ev, raw, _, comment in pack["questions"]:
            cells = table.add_row().cells
            for cell, text in zip(cells, [n, q, ev, "✓" if raw == "Satisfied" else "",
                                          "✓" if raw == "Partially satisfied" else "",
                                          "✓" if raw == "Not satisfied" else "", comment or ""]):
                _cell(cell, text)
        _set_widths(table, [1.2, 4, 4.4, 1.7, 1.9, 1.7, 2.1])
    elif form == "rating":
        for n, q, ev, raw, _, comment in pack["questions"]:
            _para(doc, q, label=f"Question {n}: ")
            _para(doc, ev)
            _para(doc, raw + pack.get("level_notes", {}).get(n, ""), label="Assurance rating: ")
            if comment:
                _para(doc, comment, label="Comment: ")
    elif form == "summary":
        for n, q, ev, *_ in pack["questions"]:
            _para(doc, f"Q{n}. {q}", bold=True)
            _para(doc, ev)
        _para(doc, "The Commissioner thanked officers for their attendance.")
        _para(doc, "Summary of assurance", bold=True, size=12)
        _table(doc, ["Q", "Question", "Assurance", "Further action"],
               [[n, q, raw, comment or "None"] for n, q, _, raw, _, comment in pack["questions"]],
               [1, 7, 3.5, 5.5])
    elif form == "heading":
        for n, q, ev, raw, _, comment in pack["questions"]:
            _para(doc, f"Question {n} – Assurance: {raw}", bold=True, size=12)
            _para(doc, q, bold=True)
            _para(doc, ev)
            if comment:
                _para(doc, comment, label="PCC's comment: ")
    elif form == "closing":
        for n, q, ev, _, _, comment in pack["questions"]:
            _para(doc, q, label=f"Question {n}: ")
            _para(doc, ev)
            _para(doc, comment)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    _para(doc, pack["tracker_heading"], bold=True, size=14)
    _table(doc, ["Ref", "Date raised", "Action", "Owner", "Update", "Status"],
           [[r[0], r[1], r[3], r[4], r[5], r[6]] for r in pack["tracker"]], [2.3, 2.4, 4.4, 2.6, 3.6, 1.7])
    out = io.BytesIO()
    doc.save(out)
    return _stable_zip(out.getvalue())


# ---------------------------------------------------------------------------------------------
# reportlab
# ---------------------------------------------------------------------------------------------

pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
BODY = ParagraphStyle("body", fontName="DejaVuSans", fontSize=9.5, leading=12.5, spaceAfter=5)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10.5, spaceAfter=0)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="DejaVuSans-Bold")
HEAD = ParagraphStyle("head", parent=BOLD, fontSize=12.5, leading=16, spaceBefore=6, spaceAfter=6)
TITLE = ParagraphStyle("title", parent=BOLD, fontSize=17, leading=21, spaceAfter=8)


def _rl_table(header: list[str], rows: list[list[str]], widths: list[float], fills: dict | None = None) -> Table:
    data = [[Paragraph(f"<b>{h}</b>", CELL) for h in header]]
    data += [[Paragraph(text or "", CELL) for text in row] for row in rows]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9"))]
    for (col, row), fill in (fills or {}).items():
        style.append(("BACKGROUND", (col, row), (col, row), colors.HexColor(f"#{fill}")))
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def build_rl(pack: dict) -> bytes:
    story = [Paragraph(pack["office"], BOLD)]
    if pack.get("title_welsh"):
        story.append(Paragraph(f"{pack['title_welsh']} / {pack['title']}", TITLE))
    else:
        story.append(Paragraph(pack["title"], TITLE))
    story.append(Paragraph(pack["when"], BODY))
    if pack["topic"]:
        story.append(Paragraph(f"<b>{pack['topic'][0]}:</b> {pack['topic'][1]}", BODY))
    if pack["key"]:
        name, rows = pack["key"]
        story.append(Paragraph(name, BOLD))
        fills = {(0, i + 1): FILLS[level] for i, (level, _) in enumerate(rows) if level in FILLS}
        story.append(_rl_table(["Rating" if not pack.get("title_welsh") else "Lefel / Level", "Meaning"],
                               [list(r) for r in rows], [130, 330], fills))
        story.append(Spacer(1, 8))
    story.append(Paragraph("Agenda" if not pack.get("title_welsh") else "Agenda / Agenda", HEAD))
    story.append(_rl_table(["Item", "Title", "Lead"], [[n, t, p or ""] for n, t, p in pack["agenda"]], [40, 260, 170]))
    story.append(PageBreak())

    story.append(Paragraph(pack["notes_heading"], HEAD))
    story.append(Paragraph(f"<b>Present:</b> {pack['present']}", BODY))
    story.append(Paragraph("Apologies were received from the Assistant Chief Officer. The minutes of the previous "
                           "meeting were agreed as a correct record.", BODY))
    if pack["notes_topic"]:
        story.append(Paragraph(f"<b>{pack['notes_topic'][0]}:</b> {pack['notes_topic'][1]}", BODY))
    story.append(Paragraph(f"{pack['item'][0]}. {pack['item'][1]}", HEAD))
    if pack["lead_in"]:
        story.append(Paragraph(pack["lead_in"], BODY))
    if pack["form"] == "shaded":
        # The decision cell carries the key's colour only, no word, as a RAG column does.
        rows = [[n, q, ev, "", comment or ""] for n, q, ev, raw, _, comment in pack["questions"]]
        fills = {(3, i + 1): FILLS[raw] for i, (_, _, _, raw, _, _) in enumerate(pack["questions"])}
        story.append(_rl_table(["Ref", "Question", "Force response", "Assurance", "Comments"], rows,
                               [30, 140, 160, 60, 110], fills))
    else:  # bilingual labels on a five-step scale
        rows = [[n, q, ev, raw, comment or ""] for n, q, ev, raw, _, comment in pack["questions"]]
        story.append(_rl_table(["Rhif / No.", "Cwestiwn / Question", "Ymateb yr Heddlu / Force response",
                                "Lefel sicrwydd / Level of assurance", "Sylwadau / Comments"], rows,
                               [38, 130, 160, 72, 100]))
    story.append(PageBreak())

    story.append(Paragraph(pack["tracker_heading"], HEAD))
    story.append(_rl_table(["Ref", "Date raised", "Action", "Owner", "Update", "Status"],
                           [[r[0], r[1], r[3], r[4], r[5], r[6]] for r in pack["tracker"]],
                           [52, 56, 120, 80, 110, 62]))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, invariant=1, title=pack["title"], author="OPCC",
                      leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50).build(story)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------

def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("’", "'").replace("–", "-")


def _words(text: str) -> list[str]:
    return [_squash(word) for word in text.split()]


class PageFinder:
    """The 1-based page where a text first appears in a PDF: its words in order in the page's words
    (a table cell's lines are interleaved with its neighbours' in the page's text)."""

    def __init__(self, data: bytes) -> None:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            self.pages = [_words(page.extract_text() or "") for page in pdf.pages]

    def __call__(self, text: str) -> int:
        wanted = _words(text)
        for number, page in enumerate(self.pages, 1):
            words = iter(page)
            if all(word in words for word in wanted):
                return number
        raise ValueError(f"not found in the PDF: {text!r}")


def gold(pack: dict, data: bytes) -> dict:
    is_pdf = pack["file"].endswith(".pdf")
    find = PageFinder(data) if is_pdf else (lambda text: None)
    item_title = pack["item"][1]
    notes_topic = pack["notes_topic"][1] if pack["notes_topic"] else item_title
    document = {"page": None, "file_type": "pdf" if is_pdf else "docx", "doc_kind": "scrutiny_pack",
                "title": pack["title"], "force": pack["force"], "organisation": pack["organisation"],
                "meeting_date": pack["date"], "publication_date": None, "status": "ok"}
    meetings = [
        {"page": 1 if is_pdf else None, "meeting_date": pack["date"],
         "topic": pack["topic"][1] if pack["topic"] else None, "organisation": pack["organisation"],
         "title": pack["title"]},
        {"page": find(pack["notes_heading"]), "meeting_date": pack["notes_date"], "topic": notes_topic,
         "organisation": pack["organisation"], "title": english(pack["notes_heading"])},
    ]
    agenda = [{"page": 1 if is_pdf else None, "meeting_date": pack["date"], "number": n, "title": english(t),
               "presenter": p} for n, t, p in pack["agenda"]]
    decisions = []
    for n, q, ev, raw, level, comment in pack["questions"]:
        decisions.append({"page": find(q), "meeting_date": pack["notes_date"], "topic": item_title,
                          "question_number": n, "question": q, "evidence_summary": ev,
                          "assurance": LEVELS[level],
                          "assurance_raw": YORK_RAW[n] if raw is None else raw,
                          "commentary": comment})
    actions = []
    for ref, _, raised, text, _, update, _, status in pack["tracker"]:
        actions.append({"page": find(text), "meeting_date": raised,
                        "topic": notes_topic if raised == pack["notes_date"] else None,
                        "number": ref, "text": text, "update": update, "status": status,
                        "status_source": "status_column", "source": "action_tracker"})
    return {"documents": [document], "meetings": meetings, "agenda_items": agenda,
            "assurance_decisions": decisions, "actions": actions, "grades": []}


def build(pack: dict) -> bytes:
    if pack["kind"] == "rl":
        return build_rl(pack)
    data = build_docx(pack)
    return docx_to_pdf(data) if pack["kind"] == "wordpdf" else data


def main(names: list[str]) -> None:
    PENDING.mkdir(exist_ok=True)
    for pack in PACKS:
        if names and pack["file"] not in names:
            continue
        data = build(pack)
        (HERE / pack["file"]).write_bytes(data)
        record = {"source_file": pack["file"], "expect": "ok", "checked": CHECKED, "records": gold(pack, data)}
        (PENDING / f"{pack['file']}.json").write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n")
        print(f"{pack['file']}: {len(data)} bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
