"""Round 35 (blind, issue 4): assurance decisions in the scales and layouts offices make their own.

Eight ordinary scrutiny packs (front sheet with agenda, notes of the last meeting with one scrutiny
item, action tracker). Each prints the Commissioner's assurance level in a scale and a layout of
its own: letter grades keyed on the cover, percentages of confidence on question cards, a
questions x levels matrix with a direction of travel, a chair's summary paragraph, an "at a glance"
table at the front, a 1-5 score in a side column, a level closing each numbered minute, and
coloured dots in a RAG column.

Each pack's gold is built from the same data the pack is rendered from; a PDF record's page is the
first page whose text holds the start of the record's key text (pdfplumber). Gold goes to
``gold/`` (staged in pending/ until the extractors were fixed).

    .venv/bin/python samples/corpus/scrutiny-round35/generate.py [NAME-PREFIX ...]

Needs LibreOffice (`soffice`), `taskset` and `setarch` for the Word->PDF packs.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))
from office_pdf import docx_to_pdf  # noqa: E402
from render import Break, H, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind for round 35; every record hand-checked against the rendered pages and "
           "`scrutiny inspect` by the round's writer.")
WHEN = datetime(2027, 9, 1, 9, 0, 0)

LEVEL = {"A": "Assured", "P": "Partly assured", "N": "Not assured"}


@dataclass
class Question:
    number: str
    text: str
    evidence: str
    level: str  # A / P / N
    raw: str  # the level as printed
    comment: str | None  # None: the pack prints no comment for this question
    extra: str = ""  # a pack-specific field (direction of travel, further-scrutiny flag, short subject)
    score_comment: bool = True  # False: commentary is not scored (left out of the gold)


@dataclass
class Action:
    ref: str
    raised: str  # ISO date
    text: str
    owner: str
    update: str
    status_raw: str
    complete: bool


@dataclass
class Pack:
    name: str
    make: str  # "docx", "wordpdf", "pdf"
    force: str
    organisation: str
    title: str
    date: str  # ISO
    date_printed: str
    theme: str | None  # stated topic of the front meeting
    agenda: list[tuple[str, str, str | None]]
    notes_heading: str
    notes_date: str
    notes_topic: str  # stated, else the one item's title
    item_title: str
    questions: list[Question]
    actions: list[Action]
    blocks: Callable[[Pack], list] = None  # type: ignore[assignment]
    look: PdfLook = field(default_factory=PdfLook)


def plain(text: str) -> str:
    """The text without the renderer's inline markup."""
    text = re.sub(r"\{#[0-9a-fA-F]{6}\|(.*?)\}", r"\1", text)
    return text.replace("**", "").replace("*", "")


# --- shared pieces of a pack ----------------------------------------------------------------

def agenda_table(pack: Pack, headers: tuple[str, str, str] = ("Item", "Title", "Lead")) -> T:
    rows = [headers] + [(n, t, p or "") for n, t, p in pack.agenda]
    return T(rows=tuple(rows), widths=(12, 110, 50), header_rows=1)


def tracker_table(pack: Pack, headers=("Ref", "Date raised", "Action", "Owner", "Update", "Status"),
                  fills: dict | None = None) -> T:
    rows = [headers]
    for a in pack.actions:
        day = datetime.strptime(a.raised, "%Y-%m-%d").strftime("%d/%m/%Y")
        rows.append((a.ref, day, a.text, a.owner, a.update, a.status_raw))
    return T(rows=tuple(rows), widths=(18, 22, 60, 25, 50, 20), header_rows=1, fills=fills or {})


# --- the eight packs ------------------------------------------------------------------------

def surrey_blocks(pack: Pack) -> list:
    """Letter grades A-D, the key printed once on the cover; each question a full-width row, its
    response and comment in the row below with the grade in a narrow Grade cell."""
    rows: list[tuple] = [("Ref", "Question and response", "Grade")]
    spans = []
    for q in pack.questions:
        spans.append((len(rows), 1, 1, 2))
        rows.append((f"Q{q.number}", f"**{q.text}**", None))
        rows.append(("", (f"*Force response:* {q.evidence}", f"*PCC comment:* {q.comment}"), q.raw))
    return [
        P("Office of the Police and Crime Commissioner for Surrey", size=10),
        H(pack.title, 1),
        P(f"**Date:** {pack.date_printed}, 10:00\n**Venue:** Mount Browne, Guildford, and online\n"
          f"**Chair:** Police and Crime Commissioner for Surrey"),
        P(f"**Theme:** {pack.theme}"),
        H("Assurance grades used in this pack", 3),
        T(rows=(("Grade", "Meaning"),
                ("A", "Full assurance: the response answered the question in full, with evidence."),
                ("B", "Reasonable assurance: the response answered the question; minor points to follow up."),
                ("C", "Limited assurance: the response answered only part of the question; further work needed."),
                ("D", "No assurance: the response did not answer the question.")),
          widths=(18, 150), header_rows=1),
        H("Agenda", 2),
        agenda_table(pack),
        H(pack.notes_heading, 2),
        P("Present: Police and Crime Commissioner (Chair); Chief Executive, OPCC; Deputy Chief Constable; "
          "Head of Performance, OPCC."),
        H(f"3. {pack.item_title}", 3),
        P("The Commissioner put the questions below, which had been sent to the force in advance. The "
          "grade against each follows the key on the cover."),
        T(rows=tuple(rows), widths=(14, 140, 18), header_rows=1, spans=tuple(spans)),
        H("Action log", 2),
        tracker_table(pack, ("Ref", "Raised", "Action", "Owner", "Progress", "Status")),
    ]


def thames_valley_blocks(pack: Pack) -> list:
    """Percentages of confidence on question cards of label: value lines, with a further-scrutiny flag."""
    cards: list = []
    for q in pack.questions:
        cards += [
            H(f"Question card {q.number}", 3),
            P(f"**Question:** {q.text}"),
            P(f"**Force response:** {q.evidence}"),
            P(f"**Confidence level:** {q.raw}"),
            P(f"**Further scrutiny required:** {q.extra}"),
        ]
        if q.comment:
            cards.append(P(f"**PCC's remarks:** {q.comment}"))
    return [
        P("Police and Crime Commissioner for Thames Valley", size=10),
        H(pack.title, 1),
        P(f"{pack.date_printed} at 14:00, Kidlington, and broadcast online"),
        P("The Commissioner records his confidence in each answer as a percentage: 75% or more means he "
          "is assured; 40% to 74% means he is partly assured; below 40% means he is not assured."),
        H("Agenda", 2),
        T(rows=(("No.", "Subject", "Presenter", "Paper"),) + tuple((n, t, p or "", "Verbal" if not p else f"L1/{i}")
                                                            for i, (n, t, p) in enumerate(pack.agenda, 1)),
          widths=(12, 100, 45, 18), header_rows=1),
        P("Papers are published on the Commissioner's website a week before the meeting.", size=9),
        H(pack.notes_heading, 2),
        P("Attendees: the Police and Crime Commissioner; the Deputy PCC; the Chief Constable; the "
          "Assistant Chief Constable (Local Policing); the OPCC Chief Executive."),
        H(f"4. {pack.item_title}", 3),
        P("The Chief Constable presented the force's paper. The questions and the Commissioner's view "
          "of each answer are set out on the cards below."),
        *cards,
        H("Action tracker", 2),
        tracker_table(pack),
    ]


def west_yorkshire_blocks(pack: Pack) -> list:
    """Questions as numbered paragraphs, then a matrix: a column per question, a row per level, a dot
    in the level's row, and a direction of travel row."""
    numbers = [q.number for q in pack.questions]
    levels = (("A", "Green – assured"), ("P", "Amber – partly assured"), ("N", "Red – not assured"))
    fills = {}
    rows: list[tuple] = [("Assurance level",) + tuple(numbers)]
    for r, (code, label) in enumerate(levels, 1):
        rows.append((label,) + tuple("●" if q.level == code else "" for q in pack.questions))
        fills[(r, 0)] = {"A": "#c6efce", "P": "#ffeb9c", "N": "#ffc7ce"}[code]
    rows.append(("Direction of travel",) + tuple(q.extra for q in pack.questions))
    body: list = []
    for q in pack.questions:
        body += [P(f"**{q.number}  {q.text}**"), P(q.evidence)]
    return [
        P("West Yorkshire Combined Authority – Policing and Crime", size=10),
        H(pack.title, 1),
        P(f"{pack.date_printed}, 13:00, Wellington House, Leeds"),
        P("Chaired by the Mayor of West Yorkshire"),
        P(f"**Focus:** {pack.theme}"),
        H("Agenda", 2),
        agenda_table(pack, ("Item", "Business", "Presented by")),
        H(pack.notes_heading, 2),
        P("Present: Mayor of West Yorkshire (Chair), Chief Constable, Deputy Chief Constable, Director of "
          "Policing and Crime."),
        H(f"2. {pack.item_title}", 3),
        P("The force answered the Mayor's questions as follows."),
        *body,
        H("Assurance matrix", 3),
        P("The Mayor's level of assurance on each question is marked ● in the row of that level."),
        T(rows=tuple(rows), widths=(60,) + (20,) * len(numbers), header_rows=1, fills=fills),
        H("Action tracker", 2),
        tracker_table(pack, ("Ref", "Meeting", "Action", "Lead", "Update", "Status")),
    ]


def cheshire_blocks(pack: Pack) -> list:
    """The level only in the chair's summary paragraph closing the item: High / Medium / Low confidence."""
    body: list = []
    for q in pack.questions:
        body += [P(f"**Q{q.number} – {q.text}**"), P(q.evidence)]
    return [
        P("Police and Crime Commissioner for Cheshire", size=10),
        H(pack.title, 1),
        P(f"{pack.date_printed}, 10.30am, Clemonds Hey, Winsford"),
        H("Agenda", 2),
        agenda_table(pack, ("No.", "Item", "Lead officer")),
        H(pack.notes_heading, 2),
        P("Present: the Police and Crime Commissioner (Chair), the Chief Constable, the Deputy Chief "
          "Constable, the Chief Executive and the Head of Scrutiny."),
        H(f"3. {pack.item_title}", 3),
        P("The Commissioner records his confidence in each answer as High (he is assured), Medium (he "
          "is partly assured) or Low (he is not assured)."),
        *body,
        P("**Chair's summary.** " + pack.summary),  # type: ignore[attr-defined]
        H("Action tracker", 2),
        tracker_table(pack, ("Ref", "Raised", "Action", "Owner", "Latest position", "Status")),
    ]


def merseyside_blocks(pack: Pack) -> list:
    """An 'at a glance' table at the front gives each question's subject and a symbol; the notes later
    give the questions in full."""
    glance = [("No.", "Subject", "Assurance", "Further scrutiny")]
    glance += [(q.number, q.extra, q.raw, "Yes" if q.level != "A" else "No") for q in pack.questions]
    body: list = []
    for q in pack.questions:
        body += [P(f"**Question {q.number}:** {q.text}"), P(q.evidence),
                 P(f"*Commissioner's comment:* {q.comment}")]
    return [
        P("Office of the Police and Crime Commissioner for Merseyside", size=10),
        H(pack.title, 1),
        P(f"{pack.date_printed} – 11:00 – Canning Place, Liverpool"),
        H("Agenda", 2),
        agenda_table(pack, ("Item", "Title", "Presenter")),
        H("At a glance: outcome of the last scrutiny meeting", 2),
        T(rows=tuple(glance), widths=(12, 80, 25, 30), header_rows=1),
        P("Key: ✔ assured   ◐ partly assured   ✖ not assured", size=9),
        H(pack.notes_heading, 2),
        P("Present: the Police and Crime Commissioner; the Deputy Chief Constable; the Chief Executive; "
          "the Scrutiny Manager."),
        H(f"3. {pack.item_title}", 3),
        *body,
        H("Action log", 2),
        tracker_table(pack),
    ]


def cumbria_blocks(pack: Pack) -> list:
    """A two-column note: discussion on the left, the outcome (score 1-5, further scrutiny, comment)
    in a side column on the right; the score key on the front sheet."""
    rows: list[tuple] = [("Discussion", "Outcome")]
    for q in pack.questions:
        outcome = [f"**Score:** {q.raw}", f"**Further scrutiny:** {q.extra}"]
        if q.comment:
            outcome.append(q.comment)
        rows.append(((f"**{q.number}. {q.text}**", q.evidence), tuple(outcome)))
    return [
        P("Police, Fire and Crime Commissioner for Cumbria", size=10),
        H(pack.title, 1),
        P(f"{pack.date_printed}, 10:00, Carleton Hall, Penrith"),
        P(f"**Theme:** {pack.theme}"),
        H("Assurance scores", 3),
        T(rows=(("Score", "Level of assurance"), ("5", "Full assurance"), ("4", "Substantial assurance"),
                ("3", "Reasonable assurance"), ("2", "Limited assurance"), ("1", "No assurance")),
          widths=(20, 80), header_rows=1),
        H("Agenda", 2),
        agenda_table(pack),
        H(pack.notes_heading, 2),
        H(f"4. {pack.item_title}", 3),
        T(rows=tuple(rows), widths=(120, 50), header_rows=1),
        H("Action tracker", 2),
        tracker_table(pack, ("Ref", "Date", "Action", "Owner", "Update", "RAG / status")),
    ]


def mopac_blocks(pack: Pack) -> list:
    """Numbered minutes; each question's minute closes with the DMPC's assessment (Strong / Adequate /
    Weak) and her remark."""
    body: list = []
    for q in pack.questions:
        body += [P(f"{q.number}  *{q.text}*"), P(q.evidence, indent=28),
                 P(f"**DMPC assessment: {q.raw}.** {q.comment}", indent=28)]
    return [
        P("Mayor's Office for Policing and Crime", size=10),
        H(pack.title, 1),
        P(f"{pack.date_printed}, 10:00, City Hall, Kamal Chunchie Way"),
        P("Chair: Deputy Mayor for Policing and Crime"),
        P(f"**Focus:** {pack.theme}"),
        H("Agenda", 2),
        agenda_table(pack, ("Item", "Title", "Lead")),
        H(pack.notes_heading, 2),
        P("Present: Deputy Mayor for Policing and Crime (DMPC); MOPAC Chief Executive; MOPAC Director of "
          "Strategy and MPS Oversight; MPS Deputy Commissioner; MPS Director of Strategy and Governance."),
        H("1. Minutes and actions", 3),
        P("1.1  The minutes of the previous meeting were agreed and the completed actions noted."),
        H(f"2. {pack.item_title}", 3),
        P("2.0  The DMPC's assessment of each answer is Strong (assured), Adequate (partly assured) or "
          "Weak (not assured)."),
        *body,
        H("3. Any other business", 3),
        P("3.1  None."),
        H("Action tracker", 2),
        tracker_table(pack),
    ]


RAG = {"A": ("#00b050", "Green"), "P": ("#ffc000", "Amber"), "N": ("#c00000", "Red")}


def hampshire_blocks(pack: Pack) -> list:
    """A RAG column of coloured dots (key once on the cover) and a direction-of-travel column."""
    rows: list[tuple] = [("No", "Question", "Force response", "RAG", "Direction of travel", "PCC comment")]
    for q in pack.questions:
        colour = RAG[q.level][0]
        rows.append((q.number, q.text, q.evidence, f"{{{colour}|●}}", q.extra, q.comment or ""))
    return [
        P("Police and Crime Commissioner for Hampshire and the Isle of Wight", size=10),
        H(pack.title, 1),
        P(f"{pack.date_printed}, 09:30, Winchester, and online"),
        P("Key to the RAG column: {#00b050|●} assured   {#ffc000|●} partly assured   "
          "{#c00000|●} not assured", size=10),
        H("Agenda", 2),
        agenda_table(pack),
        H(pack.notes_heading, 2),
        H(f"3. {pack.item_title}", 3),
        T(rows=tuple(rows), widths=(9, 42, 52, 12, 24, 38), header_rows=1),
        H("Action tracker", 2),
        tracker_table(pack),
    ]


def packs() -> list[Pack]:
    out: list[Pack] = []

    out.append(Pack(
        name="surrey-pcc-pam-2027-09-14-r35.docx", make="docx", force="Surrey Police",
        organisation="Police and Crime Commissioner for Surrey", title="Performance and Accountability Meeting",
        date="2027-09-14", date_printed="Tuesday 14 September 2027", theme="Road safety",
        agenda=[("1", "Welcome and apologies", "Chair"), ("2", "Notes and actions of the last meeting", "Chief Executive"),
                ("3", "Road safety and the fatal four", "Assistant Chief Constable"),
                ("4", "Force performance report – quarter 1", "Head of Performance"), ("5", "Any other business", None)],
        notes_heading="Notes of the Performance and Accountability Meeting held on 13 July 2027",
        notes_date="2027-07-13", notes_topic="Burglary and vehicle crime", item_title="Burglary and vehicle crime",
        questions=[
            Question("1", "How quickly does the force attend reports of residential burglary, and does every victim get a visit?",
                     "Every residential burglary received a visit, 94 per cent within 48 hours. Crime scene investigators attended 81 per cent.",
                     "A", "B", "The Commissioner asked for the figures by borough at the next meeting."),
            Question("2", "What is the charge rate for vehicle crime, and why has it fallen since last year?",
                     "The charge rate is 3.1 per cent, down from 4.4 per cent. The force said fewer forensic submissions were made while the lab contract changed.",
                     "P", "C", "The Commissioner was not convinced the contract explained the whole fall."),
            Question("3", "How does the force use crime prevention advice after a burglary?",
                     "Officers leave a prevention leaflet and refer repeat victims to the target hardening scheme; 212 homes were fitted with locks this year.",
                     "A", "A", "The Commissioner praised the target hardening scheme."),
            Question("4", "How many catalytic converter thefts were linked to organised groups, and what disruption followed?",
                     "The force could not say how many thefts were linked to organised groups because the crimes are not flagged.",
                     "N", "D", "A written answer is required before the next meeting."),
        ],
        actions=[
            Action("PAM 27/11", "2027-05-11", "Share the rural crime team's patrol plan with the OPCC.", "Rural Crime Inspector",
                   "Plan shared on 02/06/2027.", "Complete", True),
            Action("PAM 27/14", "2027-07-13", "Provide burglary attendance figures by borough.", "Head of Performance",
                   "Figures being validated; due in September.", "Open", False),
            Action("PAM 27/15", "2027-07-13", "Flag catalytic converter thefts linked to organised crime groups and report the number.",
                   "Detective Superintendent, SOC", "Flag added to the crime system on 20/08/2027; first figures due October.", "Open", False),
        ],
        blocks=surrey_blocks))

    out.append(Pack(
        name="thames-valley-pcc-l1pam-2027-09-21-r35.pdf", make="pdf", force="Thames Valley Police",
        organisation="Police and Crime Commissioner for Thames Valley", title="Level 1 Public Accountability Meeting",
        date="2027-09-21", date_printed="Tuesday 21 September 2027", theme=None,
        agenda=[("1", "Apologies for absence", None), ("2", "Minutes of the meeting held on 20 July 2027", "Chief Executive"),
                ("3", "Chief Constable's update", "Chief Constable"), ("4", "Serious violence duty", "ACC Crime"),
                ("5", "Victims' services commissioning", "Head of Commissioning"), ("6", "Any other business", None)],
        notes_heading="Minutes of the Level 1 Public Accountability Meeting – 20 July 2027",
        notes_date="2027-07-20", notes_topic="Rural crime", item_title="Rural crime",
        questions=[
            Question("1", "How many officers are trained in wildlife and rural crime, and where are they based?",
                     "Forty-six officers hold the rural crime qualification, spread across all eleven local policing areas; eight more finish training in October.",
                     "A", "85%", "He asked that the training figures appear in the quarterly report.", extra="No"),
            Question("2", "What has been done about the rise in thefts of farm machinery and GPS units?",
                     "Thefts rose by 18 per cent. The force has joined a national operation and marks equipment at farm shows, but recovered only 9 per cent of stolen items.",
                     "P", "60%", "He wants to see the effect of the marking events.", extra="Yes – return in November"),
            Question("3", "How are heritage crime offences recorded, and how many were charged?",
                     "Heritage crimes are not flagged separately, so the force could not say how many were charged.",
                     "N", "30%", None, extra="Yes – written answer in four weeks"),
            Question("4", "How does the force keep rural communities informed about crime in their area?",
                     "Each rural team sends a monthly message to 9,400 subscribers and holds drop-in sessions at markets.",
                     "A", "75%", "He was content with the approach.", extra="No"),
        ],
        actions=[
            Action("L1 27/09", "2027-05-18", "Publish the victims' code compliance audit.", "Head of Victim Services",
                   "Published on 14/06/2027.", "Closed", True),
            Action("L1 27/12", "2027-07-20", "Add rural crime training figures to the quarterly performance report.",
                   "Head of Performance", "Will appear in the Q2 report.", "Ongoing", False),
            Action("L1 27/13", "2027-07-20", "Provide a written answer on the recording and charging of heritage crime.",
                   "ACC Local Policing", "Answer received 16/08/2027 and published.", "Closed", True),
        ],
        blocks=thames_valley_blocks))

    out.append(Pack(
        name="west-yorkshire-mayor-pcam-2027-10-05-r35.pdf", make="wordpdf", force="West Yorkshire Police",
        organisation="Mayor of West Yorkshire", title="Policing and Crime Accountability Meeting",
        date="2027-10-05", date_printed="Tuesday 5 October 2027", theme="Hate crime",
        agenda=[("1", "Apologies", None), ("2", "Declarations of interest", None),
                ("3", "Notes of the last meeting and action tracker", "Director of Policing and Crime"),
                ("4", "Hate crime", "Assistant Chief Constable"), ("5", "Neighbourhood policing update", "Chief Superintendent"),
                ("6", "Date of next meeting", None)],
        notes_heading="Notes of the Policing and Crime Accountability Meeting held on 7 September 2027",
        notes_date="2027-09-07", notes_topic="Knife crime", item_title="Knife crime",
        questions=[
            Question("2.1", "How has the number of knife crime offences changed in the last twelve months?",
                     "Offences involving a knife fell by 7 per cent to 1,912; the largest fall was in Bradford.",
                     "A", "Green – assured", None, extra="Improving"),
            Question("2.2", "How many weapon sweeps and knife arches were used, and what did they find?",
                     "The force ran 64 weapon sweeps and 30 knife arch deployments and found 141 weapons, but could not link the finds to later offending.",
                     "P", "Amber – partly assured", None, extra="Stable"),
            Question("2.3", "What proportion of young people caught carrying a knife are referred to a diversion scheme?",
                     "Referral data are held by the violence reduction partnership and were not available for the meeting.",
                     "N", "Red – not assured", None, extra="Worsening"),
            Question("2.4", "How does the force work with schools on knife crime education?",
                     "School liaison officers delivered sessions in 212 secondary schools, and the programme was evaluated by a university.",
                     "A", "Green – assured", None, extra="Improving"),
        ],
        actions=[
            Action("PCAM/27/05", "2027-07-06", "Report on the use of Section 60 orders in the summer.", "Chief Superintendent, Operations",
                   "Report circulated 30/07/2027.", "Complete", True),
            Action("PCAM/27/08", "2027-09-07", "Obtain diversion referral figures from the violence reduction partnership.",
                   "Director of Policing and Crime", "Data-sharing agreement being signed.", "In progress", False),
        ],
        blocks=west_yorkshire_blocks))

    cheshire = Pack(
        name="cheshire-pcc-sb-2027-09-28-r35.pdf", make="pdf", force="Cheshire Constabulary",
        organisation="Police and Crime Commissioner for Cheshire", title="Scrutiny Board",
        date="2027-09-28", date_printed="Tuesday 28 September 2027", theme=None,
        agenda=[("1", "Apologies", None), ("2", "Minutes of the previous meeting", "Head of Scrutiny"),
                ("3", "Action tracker", "Head of Scrutiny"), ("4", "Stalking and harassment", "Detective Chief Superintendent"),
                ("5", "Any other business", None)],
        notes_heading="Minutes of the Scrutiny Board held on 27 July 2027",
        notes_date="2027-07-27", notes_topic="Domestic abuse", item_title="Domestic abuse",
        questions=[
            Question("1", "How does the force check that every domestic abuse risk assessment is completed at the first contact?",
                     "Body-worn video and a supervisor's review confirm completion; 97 per cent of assessments were finished before the officer left the address.",
                     "A", "high confidence", None, score_comment=False),
            Question("2", "How many domestic violence protection orders were applied for, and how many breaches were prosecuted?",
                     "The force applied for 188 orders, 12 more than last year. Breaches were recorded but the prosecution outcome was not yet reported.",
                     "P", "medium confidence", None, score_comment=False),
            Question("3", "What support is offered to repeat victims?",
                     "Repeat victims are referred to an independent domestic violence adviser within 24 hours; the service is funded by the Commissioner.",
                     "A", "high confidence", None, score_comment=False),
            Question("4", "Why is body-worn video not switched on at every domestic abuse incident?",
                     "Camera use at domestic incidents was 71 per cent; the force said some officers start filming late and a new policy is being written.",
                     "N", "low confidence", None, score_comment=False),
        ],
        actions=[
            Action("SB 27-06", "2027-05-25", "Circulate the neighbourhood policing review to board members.", "Head of Scrutiny",
                   "Circulated on 03/06/2027.", "Complete", True),
            Action("SB 27-09", "2027-07-27", "Report how many breaches of protection orders led to prosecution.", "Detective Chief Superintendent",
                   "Data requested from the CPS.", "Open", False),
            Action("SB 27-10", "2027-07-27", "Share the new body-worn video policy with the OPCC.", "Superintendent, Professional Standards",
                   "Draft shared on 01/09/2027; final version due after consultation.", "Open", False),
        ],
        blocks=cheshire_blocks)
    cheshire.summary = ("The Commissioner thanked the Chief Constable for the paper. He had high confidence in "  # type: ignore[attr-defined]
                        "the answers on risk assessment (Q1) and support for repeat victims (Q3). He had medium "
                        "confidence on protection orders (Q2) until the prosecution figures are known, and low "
                        "confidence on the use of body-worn video (Q4) until the new policy is in place.")
    out.append(cheshire)

    out.append(Pack(
        name="merseyside-pcc-sm-2027-10-12-r35.docx", make="docx", force="Merseyside Police",
        organisation="Police and Crime Commissioner for Merseyside", title="Scrutiny Meeting",
        date="2027-10-12", date_printed="Tuesday 12 October 2027", theme=None,
        agenda=[("1", "Apologies and declarations", None), ("2", "Notes and actions of the last meeting", "Scrutiny Manager"),
                ("3", "Serious and organised crime", "Detective Chief Superintendent"), ("4", "Any other business", None)],
        notes_heading="Notes of the Scrutiny Meeting held on 10 August 2027",
        notes_date="2027-08-10", notes_topic="Emergency and non-emergency call handling",
        item_title="Emergency and non-emergency call handling",
        questions=[
            Question("1", "What proportion of 999 calls were answered within ten seconds in the last quarter?",
                     "The force answered 92 per cent of 999 calls within ten seconds, against a national standard of 90 per cent.",
                     "A", "✔", "The Commissioner noted the consistent performance.", extra="999 answer times"),
            Question("2", "How long do callers wait on 101, and how many abandon the call?",
                     "The average wait on 101 was 6 minutes 40 seconds and 19 per cent of callers hung up; a call-back option starts in November.",
                     "P", "◐", "The Commissioner wants to see the effect of the call-back option.", extra="101 waiting times"),
            Question("3", "How are online reports triaged, and how fast are they acknowledged?",
                     "The force could not give an acknowledgement time for online reports, as the system records only the time of the first officer review.",
                     "N", "✖", "The Commissioner asked for a measure of online response.", extra="Online reporting"),
        ],
        actions=[
            Action("SM 27/04", "2027-06-08", "Publish the scrutiny panel's report on stop and search.", "Scrutiny Manager",
                   "Published on the website on 21/06/2027.", "Complete", True),
            Action("SM 27/07", "2027-08-10", "Report the effect of the 101 call-back option after three months.", "Head of Contact Management",
                   "Option goes live in November; report due February.", "Not started", False),
            Action("SM 27/08", "2027-08-10", "Propose a measure of the response time to online reports.", "Head of Contact Management",
                   "Draft measure discussed at the contact board in September.", "In progress", False),
        ],
        blocks=merseyside_blocks))

    out.append(Pack(
        name="cumbria-pfcc-pac-2027-09-07-r35.pdf", make="wordpdf", force="Cumbria Constabulary",
        organisation="Police, Fire and Crime Commissioner for Cumbria", title="Public Accountability Conference",
        date="2027-09-07", date_printed="Tuesday 7 September 2027", theme="Missing people",
        agenda=[("1", "Apologies", None), ("2", "Minutes of the last conference", "Executive Support Officer"),
                ("3", "Missing people", "Detective Superintendent"), ("4", "Fire and rescue service prevention activity", "Chief Fire Officer"),
                ("5", "Any other business", None)],
        notes_heading="Minutes of the Public Accountability Conference held on 6 July 2027",
        notes_date="2027-07-06", notes_topic="Drug-related harm", item_title="Drug-related harm",
        questions=[
            Question("1", "How many county lines were closed in the last six months, and how does the force know they stayed closed?",
                     "Nine lines were closed; intelligence checks at one and three months found two had reopened under new numbers.",
                     "A", "4", "The Commissioner welcomed the follow-up checks.", extra="No"),
            Question("2", "How many people caught in possession of drugs were referred to treatment?",
                     "Of 612 people dealt with for possession, 140 were referred to treatment; the force said referral depends on custody staff.",
                     "P", "2", "Referral rates must rise.", extra="Yes"),
            Question("3", "What does the force do to protect children exploited by drug gangs?",
                     "Every child found in a drugs supply setting is referred to the exploitation hub and the national referral mechanism.",
                     "A", "5", None, extra="No"),
            Question("4", "How is the drug testing on arrest scheme evaluated?",
                     "There has been no evaluation since the scheme began, and the force gave no date for one.",
                     "N", "1", "An evaluation plan is to come to the next conference.", extra="Yes"),
            Question("5", "How does the force share drug seizure data with public health partners?",
                     "A monthly return goes to the public health team, and a joint dashboard is being built.",
                     "A", "3", "The Commissioner asked to see the dashboard when ready.", extra="No"),
        ],
        actions=[
            Action("PAC 27-03", "2027-05-04", "Circulate the road safety partnership's casualty figures.", "Executive Support Officer",
                   "Circulated 12/05/2027.", "Complete", True),
            Action("PAC 27-05", "2027-07-06", "Bring an evaluation plan for drug testing on arrest.", "Superintendent, Custody",
                   "Plan on the agenda for November.", "Open", False),
        ],
        blocks=cumbria_blocks))

    out.append(Pack(
        name="mopac-dmpc-ob-2027-10-19-r35.pdf", make="wordpdf", force="Metropolitan Police Service",
        organisation="Deputy Mayor for Policing and Crime", title="Oversight Board",
        date="2027-10-19", date_printed="Tuesday 19 October 2027", theme="Trust and confidence",
        agenda=[("1", "Minutes and actions", "MOPAC Chief Executive"), ("2", "Trust and confidence", "MPS Deputy Commissioner"),
                ("3", "Quarter 2 performance", "MOPAC Head of Oversight"), ("4", "Any other business", None)],
        notes_heading="Minutes of the Oversight Board – 17 August 2027",
        notes_date="2027-08-17", notes_topic="Stop and search", item_title="Stop and search",
        questions=[
            Question("2.1", "How has the proportion of stops that find an item changed since the new grounds training?",
                     "The find rate rose from 21 to 26 per cent in the six months after training, and complaints about searches fell.",
                     "A", "Strong", "She asked for the figures to be published."),
            Question("2.2", "How does the MPS explain the disproportionality in searches of young Black men?",
                     "The MPS set out its analysis by borough and the community monitoring groups' review, but accepted the gap had not narrowed.",
                     "P", "Adequate", "She wants a plan with milestones for reducing the gap."),
            Question("2.3", "How many body-worn video recordings of searches are reviewed by supervisors?",
                     "The MPS could not say, as reviews are not logged centrally.",
                     "N", "Weak", "A central log is to be set up."),
        ],
        actions=[
            Action("OB 27/14", "2027-06-15", "Provide the evaluation of the violence suppression units.", "MPS Director of Strategy",
                   "Evaluation shared 20/07/2027.", "Complete", True),
            Action("OB 27/19", "2027-08-17", "Publish the stop and search find rates after the grounds training.", "MPS Director of Strategy and Governance",
                   "Publication due with the Q2 data.", "Open", False),
            Action("OB 27/20", "2027-08-17", "Set up a central log of supervisors' reviews of search footage.", "MPS Commander, Professionalism",
                   "Log designed; goes live in November.", "Open", False),
        ],
        blocks=mopac_blocks))

    out.append(Pack(
        name="hampshire-iow-pcc-pab-2027-10-26-r35.pdf", make="pdf", force="Hampshire and Isle of Wight Constabulary",
        organisation="Police and Crime Commissioner for Hampshire and the Isle of Wight", title="Performance and Accountability Board",
        date="2027-10-26", date_printed="Tuesday 26 October 2027", theme=None,
        agenda=[("1", "Welcome and apologies", "Chair"), ("2", "Minutes and action tracker", "OPCC Chief Executive"),
                ("3", "Shoplifting and retail crime", "ACC Local Policing"), ("4", "Police and crime plan performance", "OPCC Head of Performance"),
                ("5", "Any other business", None)],
        notes_heading="Minutes of the Performance and Accountability Board held on 28 September 2027",
        notes_date="2027-09-28", notes_topic="Fraud", item_title="Fraud",
        questions=[
            Question("1", "How many fraud reports referred by Action Fraud were investigated by the force?",
                     "The force received 1,306 referrals and allocated 402 for investigation; the rest were closed with advice.",
                     "P", "Amber", "Wants to understand the closure criteria.", extra="Stable"),
            Question("2", "What support do older victims of fraud receive?",
                     "All victims over 75 are visited by the economic crime unit's protect officer within five days.",
                     "A", "Green", "Good practice.", extra="Improving"),
            Question("3", "How much money was recovered for victims under the Proceeds of Crime Act?",
                     "The force could not separate fraud confiscation orders from other orders.",
                     "N", "Red", "Figures requested.", extra="Declining"),
        ],
        actions=[
            Action("PAB 27/21", "2027-08-31", "Share the retail crime partnership plan.", "ACC Local Policing",
                   "Shared 10/09/2027.", "Complete", True),
            Action("PAB 27/24", "2027-09-28", "Report fraud confiscation orders and sums recovered for victims.", "Head of Economic Crime",
                   "Finance team extracting figures.", "In progress", False),
        ],
        blocks=hampshire_blocks,
        look=replace(register_dejavu_serif(), margin=54.0)))
    return out


# --- gold -----------------------------------------------------------------------------------

def gold(pack: Pack) -> dict:
    file_type = "docx" if pack.make == "docx" else "pdf"
    doc = {"page": None, "file_type": file_type, "doc_kind": "scrutiny_pack", "title": pack.title,
           "force": pack.force, "organisation": pack.organisation, "meeting_date": pack.date,
           "publication_date": None, "status": "ok"}
    meetings = [
        {"page": 1, "meeting_date": pack.date, "topic": pack.theme, "organisation": pack.organisation, "title": pack.title},
        {"page": 1, "meeting_date": pack.notes_date, "topic": pack.notes_topic, "organisation": pack.organisation,
         "title": pack.notes_heading},
    ]
    agenda = [{"page": 1, "meeting_date": pack.date, "number": n, "title": t, "presenter": p} for n, t, p in pack.agenda]
    decisions = []
    for q in pack.questions:
        record = {"page": 1, "meeting_date": pack.notes_date, "topic": pack.item_title, "question_number": q.number,
                  "question": q.text, "evidence_summary": q.evidence, "assurance": LEVEL[q.level],
                  "assurance_raw": q.raw}
        if q.score_comment:
            record["commentary"] = q.comment
        decisions.append(record)
    actions = [{"page": 1, "meeting_date": a.raised, "topic": pack.notes_topic if a.raised == pack.notes_date else None,
                "number": a.ref, "text": a.text, "update": a.update, "status": "complete" if a.complete else "outstanding",
                "status_source": "status_column", "source": "action_tracker"} for a in pack.actions]
    return {"documents": [doc], "meetings": meetings, "agenda_items": agenda,
            "assurance_decisions": decisions, "actions": actions, "grades": []}


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", plain(text).lower())


KEYS = {"meetings": "title", "agenda_items": "title", "assurance_decisions": "question", "actions": "text"}


def set_pages(data: bytes, records: dict, pack: Pack) -> None:
    """Each PDF record's page: the first page whose text holds the start of its key text (the notes
    meeting from its heading; the front meeting is page 1)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = []
        for page in pdf.pages:  # the page's text, then each table cell whole (a cell's lines interleave with its row's)
            cells = [cell or "" for table in page.extract_tables() for row in table for cell in row]
            pages.append("|".join(_squash(text) for text in [page.extract_text() or ""] + cells))
    for kind, key in KEYS.items():
        for i, record in enumerate(records[kind]):
            if kind == "meetings" and i == 0:
                continue
            needle = _squash(record[key])[:40]
            found = [n for n, text in enumerate(pages, 1) if needle in text]
            if not found:
                raise RuntimeError(f"{pack.name}: {kind} {record[key]!r} not found on any page")
            record["page"] = found[0]


def paginated(blocks: list, pack: Pack) -> list:
    """A page break before the notes and before the action tracker, as offices lay out a pack."""
    out: list = []
    for block in blocks:
        if isinstance(block, H) and (block.text == pack.notes_heading or block.text.startswith("Action")):
            out.append(Break())
        out.append(block)
    return out


def build(pack: Pack) -> tuple[bytes, dict]:
    blocks = paginated(pack.blocks(pack), pack)
    records = gold(pack)
    if pack.make == "pdf":
        look = replace(pack.look, footer=f"{pack.title} – {pack.date_printed.split(' ', 1)[1]}")
        data = render_pdf(blocks, look, title=pack.title, author=pack.organisation)
    else:
        header = (f"{pack.title} – {pack.date_printed.split(' ', 1)[1]}", "OFFICIAL")
        docx = render_docx(blocks, title=pack.title, author=pack.organisation, when=WHEN, header=header)
        data = docx if pack.make == "docx" else docx_to_pdf(docx)
    if pack.make == "docx":
        for kind in records.values():
            for record in kind:
                record["page"] = None
    else:
        set_pages(data, records, pack)
    return data, records


def main(prefixes: list[str]) -> None:
    GOLD.mkdir(exist_ok=True)
    for pack in packs():
        if prefixes and not any(pack.name.startswith(p) for p in prefixes):
            continue
        data, records = build(pack)
        (HERE / pack.name).write_bytes(data)
        document = {"source_file": pack.name, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD / f"{pack.name}.json").write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        pages = {k: [r["page"] for r in records[k]] for k in ("assurance_decisions", "actions")}
        print(f"{pack.name}: {len(data)} bytes; pages {pages}")


if __name__ == "__main__":
    main(sys.argv[1:])
