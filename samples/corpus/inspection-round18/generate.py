"""Held-out inspection round 18: six documents (PEEL 2023-25, PEEL 2021/22,
child protection, two PCC papers, a force's plan) with their gold in gold/ (held out when written; scored once, then fixed for and promoted).

Run: .venv/bin/python samples/corpus/inspection-round18/generate.py
The bytes repeat (ReportLab invariant mode, fixed Word zip times). Gold is
written by hand beside the text it describes; PDF pages are the explicit page
breaks below, checked against `scrutiny inspect`.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))

from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from render import Break, Bul, H, P, PdfLook, T, render_docx, render_pdf  # noqa: E402

from inspection_render import GRADE_FILL  # noqa: E402

CHECKED = ("Written by hand in samples/corpus/inspection-round18/generate.py next to the text it describes, "
           "blind (no extractor code read, extractors never run on these files); PDF pages are the "
           "generator's explicit page breaks, read against `scrutiny inspect`.")
WHEN = datetime(2026, 3, 1, 9, 0, 0)


def grade(page, force, framework, area, area_raw, value, as_of):
    return {"page": page, "force": force, "framework": framework, "area": area, "area_raw": area_raw,
            "grade": value, "as_of": as_of}


def afi(page, force, area, text, detail=None):
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def coc(page, force, area, text, detail=None):
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def rec(page, force, text, timescale, cause, lead_in=None):
    record = {"page": page, "force": force, "text": text, "timescale": timescale, "cause_of_concern_text": cause}
    if lead_in is not None:
        record["lead_in"] = lead_in
    return record


def finding(page, force, area, kind, text):
    return {"page": page, "force": force, "area": area, "kind": kind, "text": text}


def document(file_type, force, title, doc_kind, pages=None, **dates):
    record = {"page": None, "file_type": file_type, "force": force, "status": "ok", "title": title}
    if doc_kind is not None:
        record["doc_kind"] = doc_kind
    if pages is not None:
        record["pages"] = pages
    record.update(dates)
    return record


GRADE_MEANINGS = Bul((
    "**Outstanding** – the force has substantially exceeded the characteristics of good performance.",
    "**Good** – the force has demonstrated substantially all the characteristics of good performance.",
    "**Adequate** – the force has demonstrated some of the characteristics of good performance, "
    "but there are areas it needs to improve.",
    "**Requires improvement** – there are shortfalls in the force's practice and performance.",
    "**Inadequate** – there are serious failings in the force's practice and performance.",
))


def grade_table(rows: list[tuple[str, str]], header: tuple[str, str] = ("**Area**", "**Grade**"),
                shaded: bool = True) -> T:
    fills = {(r, 1): GRADE_FILL[g] for r, (_, g) in enumerate(rows, start=1) if g in GRADE_FILL} if shaded else {}
    return T(rows=(header,) + tuple(rows), widths=(3, 1.4), header_rows=1, fills=fills)


# --- 1. PEEL 2023-25, Greater Manchester (common form) ----------------------

GMP = "Greater Manchester Police"
GMP_GRADES = [
    ("Preventing crime", "Adequate"),
    ("Responding to the public", "Requires improvement"),
    ("Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Good"),
    ("Managing offenders", "Good"),
    ("Developing a positive workplace", "Adequate"),
    ("Police powers and public treatment", "Good"),
    ("Leadership and force management", "Requires improvement"),
]
GMP_TITLE = "PEEL 2023–25: An inspection of Greater Manchester Police"
GMP_COC = ("The force doesn’t answer and attend calls for service quickly enough, and it doesn’t always "
           "assess the risk to callers properly.")
GMP_COC_DETAIL = ("In the year to March 2025, the force answered 79 percent of emergency calls within ten "
                  "seconds, against a national standard of 90 percent. Call handlers didn’t use the structured "
                  "risk assessment in 41 of the 120 incidents we reviewed.")
GMP_RECS = (
    "make sure it has enough call handlers on duty to meet demand at its busiest times",
    "make sure call handlers use a structured risk assessment for every call and record the outcome",
    "review how it decides which incidents are attended and how quickly, so that vulnerable callers get a "
    "timely response",
)
GMP_LEAD = "Within three months, Greater Manchester Police should:"
GMP_AFI_INV = "The force should make sure that supervisors review investigations regularly and record clear plans."
GMP_AFI_INV_DETAIL = ("In 22 of the 70 investigations we audited, there was no record of supervisory review "
                      "for more than a month. Where reviews took place, they often repeated earlier entries "
                      "without setting new lines of enquiry.")
GMP_AFI_WORK = (
    "The force should make sure that its wellbeing services are known to and used by staff in its "
    "public contact roles.",
    "The force should improve how it manages the workloads of its student officers.",
)
GMP_AFI_PREV = "The force should evaluate its neighbourhood problem-solving work so that it knows what works."
GMP_AFI_LEAD = "The force should make sure that its change programme is supported by realistic financial plans."
GMP_AFI_LEAD_DETAIL = ("The force’s medium-term financial plan relies on savings that aren’t yet identified. "
                       "Senior leaders couldn’t tell us how the gap would be closed.")
GMP_MF_RESPONSE = "The force answers most emergency calls quickly but too many non-emergency callers give up"
GMP_MF_PVP = "The force has a good understanding of the risks to vulnerable people in its communities"
GMP_PRACTICE = "Online portal for victims to upload video evidence of shop theft"


def gmp_report() -> tuple[bytes, dict]:
    look = PdfLook(footer="PEEL 2023–25: Greater Manchester Police")
    blocks = [
        H(GMP_TITLE),
        P("Published: 18 March 2026"),
        H("Contents", 2),
        P("Overall summary ........................................................................ 1"),
        P("HM Inspector’s observations ........................................................ 2"),
        P("Providing a service to victims of crime ...................................... 2"),
        P("Responding to the public ............................................................. 2"),
        P("Investigating crime ...................................................................... 3"),
        H("Overall summary", 2),
        H("Our judgments", 3),
        P("Our inspection assessed how good Greater Manchester Police is in nine areas of policing. "
          "We make graded judgments in eight of these nine areas. The judgments are as follows:"),
        grade_table(GMP_GRADES),
        P("We also inspected how effective a service the force gives to victims of crime. We don’t grade "
          "this area."),
        H("What our grades mean", 3),
        P("Our graded judgments are:"),
        GRADE_MEANINGS,
        Break(),
        # page 2
        H("HM Inspector’s observations", 2),
        P("I am pleased with some aspects of the performance of Greater Manchester Police, but there are "
          "areas in which it needs to improve."),
        P("The force has made progress since our last inspection. In our 2021/22 inspection we graded it "
          "as inadequate at responding to the public; it has invested in its call handling, but it still "
          "doesn’t answer enough calls within national standards."),
        H("Providing a service to victims of crime", 2),
        P("We assess how well the force records crime and how it treats victims. The force is good at "
          "recording crime. It records 94.1 percent of reported crimes."),
        H("Responding to the public", 2),
        P("**{#f08a24|Requires improvement}**"),
        P("Greater Manchester Police requires improvement at responding to the public."),
        H("Main findings", 3),
        P(f"**{GMP_MF_RESPONSE}**"),
        P("The force answered 79 percent of emergency calls within ten seconds. But in the same period "
          "almost one in four non-emergency calls was abandoned before it was answered."),
        H("Cause of concern", 3),
        P(f"**{GMP_COC}**"),
        P(GMP_COC_DETAIL),
        H("Recommendations", 3),
        P(GMP_LEAD),
        Bul(GMP_RECS),
        Break(),
        # page 3
        H("Investigating crime", 2),
        P("**{#f2c12e|Adequate}**"),
        P("Greater Manchester Police is adequate at investigating crime."),
        H("Area for improvement", 3),
        P(f"**{GMP_AFI_INV}**"),
        P(GMP_AFI_INV_DETAIL),
        T(rows=(("**Promising practice**",), (f"**{GMP_PRACTICE}**",),
                ("The force set up an online portal so that shops can upload closed-circuit television "
                 "footage when they report a theft. Officers can view the footage before they decide "
                 "whether to attend.",)),
          widths=(1,), fills={(0, 0): "#dbe5f1", (1, 0): "#dbe5f1", (2, 0): "#dbe5f1"}),
        H("Protecting vulnerable people", 2),
        P("**{#6cb33f|Good}**"),
        P("Greater Manchester Police is good at protecting vulnerable people."),
        H("Main findings", 3),
        P(f"**{GMP_MF_PVP}**"),
        P("The force uses partnership data to map where vulnerable people are most at risk and shares "
          "this with its neighbourhood teams."),
        H("Developing a positive workplace", 2),
        P("**{#f2c12e|Adequate}**"),
        P("Greater Manchester Police is adequate at building, supporting and protecting its workforce."),
        H("Areas for improvement", 3),
        Bul(GMP_AFI_WORK),
        Break(),
        # page 4
        H("Preventing crime", 2),
        P("**{#f2c12e|Adequate}**"),
        P("Greater Manchester Police is adequate at preventing and deterring crime and antisocial "
          "behaviour, and reducing vulnerability."),
        H("Area for improvement", 3),
        P(f"**{GMP_AFI_PREV}**"),
        H("Leadership and force management", 2),
        P("**{#f08a24|Requires improvement}**"),
        P("Greater Manchester Police requires improvement at leadership and force management."),
        H("Area for improvement", 3),
        P(f"**{GMP_AFI_LEAD}**"),
        P(GMP_AFI_LEAD_DETAIL),
        H("About the data", 2),
        P("Data in this report is from a range of sources, including the Home Office, the Office for "
          "National Statistics and the force itself. © HMICFRS 2026."),
    ]
    records = {
        "documents": [document("pdf", GMP, GMP_TITLE, "peel_report", 4, publication_date="2026-03-18")],
        "grades": [grade(1, GMP, "PEEL 2023-25", area, area, g, "2026-03") for area, g in GMP_GRADES],
        "causes_of_concern": [coc(2, GMP, "Responding to the public", GMP_COC, GMP_COC_DETAIL)],
        "recommendations": [rec(2, GMP, text, "Within three months", GMP_COC, GMP_LEAD) for text in GMP_RECS],
        "areas_for_improvement": [
            afi(3, GMP, "Investigating crime", GMP_AFI_INV, GMP_AFI_INV_DETAIL),
            afi(3, GMP, "Developing a positive workplace", GMP_AFI_WORK[0]),
            afi(3, GMP, "Developing a positive workplace", GMP_AFI_WORK[1]),
            afi(4, GMP, "Preventing crime", GMP_AFI_PREV),
            afi(4, GMP, "Leadership and force management", GMP_AFI_LEAD, GMP_AFI_LEAD_DETAIL),
        ],
        "findings": [
            finding(2, GMP, "Responding to the public", "main_finding", GMP_MF_RESPONSE),
            finding(3, GMP, "Investigating crime", "promising_practice", GMP_PRACTICE),
            finding(3, GMP, "Protecting vulnerable people", "main_finding", GMP_MF_PVP),
        ],
    }
    return render_pdf(blocks, look, GMP_TITLE, "HMICFRS"), records


# --- 5. West Midlands PEEL improvement plan: a card per item (new form) ----

WMP = "West Midlands Police"
WMP_TITLE = "PEEL 2023–25 improvement plan"
WMP_COC = ("The force doesn’t make sure that investigations of domestic abuse are allocated to suitably "
           "trained investigators and are effectively supervised.")
WMP_RECS = (
    "Within three months, West Midlands Police should review all open domestic abuse investigations to make "
    "sure each is held by an investigator with the right skills.",
    "Within six months, West Midlands Police should introduce a supervision standard for domestic abuse "
    "investigations and audit compliance with it.",
)
WMP_AFIS = (
    ("Preventing crime", "The force should make sure its neighbourhood officers have enough time for "
                         "problem-solving and engagement with communities."),
    ("Managing offenders", "The force should improve how it monitors registered sex offenders’ use of the "
                           "internet."),
    ("Police powers and public treatment", "The force should make sure that supervisors review body-worn "
                                           "video footage of stop and search encounters."),
    ("Leadership and force management", "The force should improve how it assesses the demand on its "
                                        "investigation teams."),
)


def card(rows: tuple[tuple[str, str], ...]) -> T:
    return T(rows=tuple((f"**{label}**", value) for label, value in rows), widths=(1, 3),
             fills={(r, 0): "#e7e6e6" for r in range(len(rows))})


def wmp_plan() -> tuple[bytes, dict]:
    blocks = [
        H(WMP_TITLE),
        P("West Midlands Police – Organisational Improvement Board"),
        H("Introduction", 2),
        P("HMICFRS published its PEEL 2023–25 report on the force on 27 November 2025. The report raised one "
          "cause of concern, with two recommendations, and four areas for improvement. This plan sets out each "
          "item, the chief officer who owns it and our progress. Items are closed only with the agreement of "
          "the Organisational Improvement Board."),
        P("Each item is shown as a card. Progress is reported to the board every month and to the Police and "
          "Crime Commissioner’s accountability meeting every quarter."),
        H("Cause of concern and recommendations", 2),
        card((("Reference", "CC1"), ("Type", "Cause of concern"), ("PEEL area", "Investigating crime"),
              ("HMICFRS wording", WMP_COC), ("Senior owner", "ACC Crime"),
              ("Progress", "A review team has been formed; see CC1.1 and CC1.2."))),
        P(""),
        card((("Reference", "CC1.1"), ("Type", "Recommendation"), ("Linked to", "CC1"),
              ("PEEL area", "Investigating crime"), ("HMICFRS wording", WMP_RECS[0]),
              ("Owner", "Head of Public Protection"), ("Target date", "27 February 2026"),
              ("Progress", "1,214 open investigations reviewed; 96 reallocated. Awaiting sign-off."),
              ("Status", "Amber"))),
        P(""),
        card((("Reference", "CC1.2"), ("Type", "Recommendation"), ("Linked to", "CC1"),
              ("PEEL area", "Investigating crime"), ("HMICFRS wording", WMP_RECS[1]),
              ("Owner", "Head of Crime"), ("Target date", "29 May 2026"),
              ("Progress", "Draft standard agreed at the January board; first audit planned for April."),
              ("Status", "Green"))),
        H("Areas for improvement", 2),
    ]
    for number, (area, text) in enumerate(WMP_AFIS, start=1):
        blocks += [
            card((("Reference", f"AFI{number}"), ("Type", "Area for improvement"), ("PEEL area", area),
                  ("HMICFRS wording", text), ("Owner", "Superintendent, Force Improvement"),
                  ("Target date", "30 June 2026"), ("Progress", "Action plan agreed."), ("Status", "Green"))),
            P(""),
        ]
    blocks += [
        H("Governance", 2),
        P("The Deputy Chief Constable chairs the Organisational Improvement Board. The board will ask HMICFRS "
          "to review the closed items at its next engagement visit."),
    ]
    records = {
        "documents": [document("docx", WMP, WMP_TITLE, "force_response")],
        "grades": [],
        "causes_of_concern": [coc(None, WMP, "Investigating crime", WMP_COC)],
        "recommendations": [rec(None, WMP, WMP_RECS[0], "Within three months", WMP_COC),
                            rec(None, WMP, WMP_RECS[1], "Within six months", WMP_COC)],
        "areas_for_improvement": [afi(None, WMP, area, text) for area, text in WMP_AFIS],
    }
    data = render_docx(blocks, title=WMP_TITLE, author="West Midlands Police", when=WHEN,
                       header=("OFFICIAL",))
    return data, records


# --- 2. PEEL 2021/22, Warwickshire (common form) ----------------------------

WARKS = "Warwickshire Police"
WARKS_TITLE = "PEEL 2021/22 Police effectiveness, efficiency and legitimacy: An inspection of Warwickshire Police"
WARKS_ROWS = [  # (area as printed, grade cell, canonical area or None where the cell is no grade)
    ("Engaging with and treating the public with fairness and respect", "Good", "Police powers and public treatment"),
    ("Preventing crime and anti-social behaviour", "Adequate", "Preventing crime"),
    ("Responding to the public", "Requires improvement", "Responding to the public"),
    ("Investigating crime", "Adequate", "Investigating crime"),
    ("Protecting vulnerable people", "Requires improvement", "Protecting vulnerable people"),
    ("Managing offenders and suspects", "Good", "Managing offenders"),
    ("Disrupting serious organised crime", "Graded in a separate regional report", None),
    ("Building, supporting and protecting the workforce", "Good", "Developing a positive workplace"),
    ("Strategic planning, organisational management and value for money", "Adequate", "Good use of resources"),
    ("Recording data about crime", "Good", "Recording data about crime"),
    ("Providing a service to the victims of crime", "Not graded", None),
]
WARKS_AFI_RESP = (
    "The force should make sure that it answers non-emergency calls within a reasonable time.",
    "The force should make sure that call handlers give callers appropriate advice on preserving evidence.",
)
WARKS_COC = ("Warwickshire Police doesn’t identify and respond to vulnerable people quickly enough, "
             "including those who are victims of domestic abuse.")
WARKS_COC_DETAIL = ("We found a backlog of 310 domestic abuse risk assessments awaiting review. Some "
                    "high-risk victims waited more than a week for a safeguarding plan.")
WARKS_LEAD = "We recommend that, within six months, Warwickshire Police should:"
WARKS_RECS = (
    "remove the backlog of domestic abuse risk assessments and make sure new assessments are reviewed within "
    "24 hours",
    "make sure that safeguarding plans for high-risk victims are put in place without delay",
)
WARKS_AFI_PVP = "The force should improve its use of Domestic Violence Protection Orders."
WARKS_AFI_PVP_DETAIL = ("The force applied for only 19 orders in the year to March 2022, fewer than most "
                        "forces of its size.")
WARKS_AFI_INV = (
    "The force should make sure that investigation plans are recorded and reviewed by supervisors.",
    "The force should make sure victims are told when it decides to close their case.",
)
WARKS_AFI_RES = "The force should develop a workforce plan that matches its resources to future demand."


def warks_report() -> tuple[bytes, dict]:
    look = PdfLook(footer="© HMICFRS 2022")
    table_rows = [(area, g) for area, g, _ in WARKS_ROWS]
    blocks = [
        H(WARKS_TITLE),
        P("Published on: 7 October 2022"),
        H("Overall summary", 2),
        H("Our judgments", 3),
        P("Our inspection assessed how good Warwickshire Police is in 11 areas of policing. We make graded "
          "judgments in nine of these areas. The judgments are as follows:"),
        grade_table(table_rows),
        P("In our last PEEL inspection, in 2018/19, we graded the force good for effectiveness and adequate "
          "for efficiency. Those judgments are not comparable with the ones in this report."),
        H("HM Inspector’s observations", 3),
        P("I am satisfied with some aspects of the performance of Warwickshire Police, but there are areas "
          "where it needs to improve, especially in how it protects vulnerable people."),
        Break(),
        # page 2
        H("Responding to the public", 2),
        P("**Requires improvement**"),
        P("Warwickshire Police requires improvement at responding to the public."),
        H("Areas for improvement", 3),
        Bul(WARKS_AFI_RESP),
        H("Protecting vulnerable people", 2),
        P("**Requires improvement**"),
        P("Warwickshire Police requires improvement at protecting vulnerable people."),
        H("Cause of concern", 3),
        P(f"**{WARKS_COC}**"),
        P(WARKS_COC_DETAIL),
        H("Recommendations", 3),
        P(WARKS_LEAD),
        Bul(WARKS_RECS),
        H("Area for improvement", 3),
        P(f"**{WARKS_AFI_PVP}**"),
        P(WARKS_AFI_PVP_DETAIL),
        Break(),
        # page 3
        H("Investigating crime", 2),
        P("**Adequate**"),
        P("Warwickshire Police is adequate at investigating crime."),
        H("Areas for improvement", 3),
        Bul(WARKS_AFI_INV),
        H("Strategic planning, organisational management and value for money", 2),
        P("**Adequate**"),
        P("Warwickshire Police is adequate at planning and managing its resources."),
        H("Area for improvement", 3),
        P(f"**{WARKS_AFI_RES}**"),
        H("Providing a service to the victims of crime", 2),
        P("We don’t grade this area. The force records 93.8 percent of reported crimes, and victims are "
          "usually told about the outcome of their case."),
    ]
    records = {
        "documents": [document("pdf", WARKS, WARKS_TITLE, "peel_report", 3, publication_date="2022-10-07")],
        "grades": [grade(1, WARKS, "PEEL 2021/22", area, raw, g, "2022-10")
                   for raw, g, area in WARKS_ROWS if area is not None],
        "causes_of_concern": [coc(2, WARKS, "Protecting vulnerable people", WARKS_COC, WARKS_COC_DETAIL)],
        "recommendations": [rec(2, WARKS, text, "Within six months", WARKS_COC, WARKS_LEAD) for text in WARKS_RECS],
        "areas_for_improvement": [
            afi(2, WARKS, "Responding to the public", WARKS_AFI_RESP[0]),
            afi(2, WARKS, "Responding to the public", WARKS_AFI_RESP[1]),
            afi(2, WARKS, "Protecting vulnerable people", WARKS_AFI_PVP, WARKS_AFI_PVP_DETAIL),
            afi(3, WARKS, "Investigating crime", WARKS_AFI_INV[0]),
            afi(3, WARKS, "Investigating crime", WARKS_AFI_INV[1]),
            afi(3, WARKS, "Good use of resources", WARKS_AFI_RES),
        ],
    }
    return render_pdf(blocks, look, WARKS_TITLE, "HMICFRS"), records


# --- 3. Child protection, Hampshire and Isle of Wight, in Word (common form) -

HIOW = "Hampshire and Isle of Wight Constabulary"
HIOW_TITLE = "National child protection inspection: Hampshire and Isle of Wight Constabulary"
HIOW_ROWS = [
    ("Leadership and management", "Adequate", "Child protection leadership"),
    ("Working with safeguarding partners", "Good", "Working with safeguarding partners"),
    ("Responding to children at risk of harm", "Adequate", "Responding to children at risk of harm"),
    ("Assessing risk to children and making appropriate referrals", "Requires improvement",
     "Assessing risk to children and making appropriate referrals"),
    ("Investigating reports of abuse, neglect and exploitation of children", "Adequate",
     "Investigating reports of abuse, neglect and exploitation of children"),
]
HIOW_AFI_LEAD = "The constabulary should make sure that it learns from reviews of cases where children were harmed."
HIOW_AFI_LEAD_DETAIL = ("Findings from child safeguarding practice reviews weren’t always shared with the "
                        "frontline teams they concerned.")
HIOW_PRACTICE = "Joint triage of missing children with the local authority’s exploitation team"
HIOW_AFI_RESP = "The constabulary should make sure officers record the views of children they speak to."
HIOW_COC = ("The constabulary doesn’t always assess risk to children correctly, and its referrals to "
            "partner agencies are often late.")
HIOW_COC_DETAIL = ("In 34 of the 90 cases we reviewed, the risk to the child was graded too low. Referrals "
                   "to children’s social care took more than 48 hours in a third of cases.")
HIOW_LEAD_3 = "Within three months, Hampshire and Isle of Wight Constabulary should:"
HIOW_RECS_3 = (
    "make sure all staff who assess risk to children are trained in the constabulary’s risk assessment model",
    "introduce supervisory checks of risk assessments for children in its public protection hub",
)
HIOW_LEAD_6 = "Within six months, Hampshire and Isle of Wight Constabulary should:"
HIOW_RECS_6 = ("agree with its safeguarding partners a timescale for referrals and monitor compliance with it",)
HIOW_AFI_INV = (
    "The constabulary should make sure that investigations of child exploitation are allocated to trained "
    "investigators.",
    "The constabulary should make sure that children are kept informed about the progress of investigations.",
)


def hiow_report() -> tuple[bytes, dict]:
    table = grade_table([(raw, g) for raw, g, _ in HIOW_ROWS], header=("**Topic**", "**Grade**"))
    blocks = [
        H(HIOW_TITLE),
        P("Published on: 22 January 2026"),
        H("Summary", 2),
        P("This inspection assessed how well Hampshire and Isle of Wight Constabulary protects children. "
          "Our graded judgments use a five-point scale: outstanding, good, adequate, requires improvement "
          "and inadequate."),
        P("When we last inspected the constabulary’s child protection work, in 2019, we didn’t grade it. We "
          "made 12 recommendations, of which the constabulary has completed ten."),
        H("Our judgments", 3),
        table,
        H("Leadership and management", 2),
        P("We judged the constabulary to be adequate in this area."),
        P("Senior leaders have made child protection a priority and have invested in the public protection "
          "hub."),
        H("Area for improvement", 3),
        P(HIOW_AFI_LEAD),
        P(HIOW_AFI_LEAD_DETAIL),
        H("Working with safeguarding partners", 2),
        P("We judged the constabulary to be good in this area."),
        H("Innovative practice", 3),
        P(f"**{HIOW_PRACTICE}**"),
        P("Officers and social workers review every report of a missing child together each morning and agree "
          "who will visit the child on their return."),
        H("Responding to children at risk of harm", 2),
        P("We judged the constabulary to be adequate in this area."),
        H("Area for improvement", 3),
        P(HIOW_AFI_RESP),
        H("Assessing risk to children and making appropriate referrals", 2),
        P("We judged the constabulary to require improvement in this area."),
        H("Cause of concern", 3),
        P(f"**{HIOW_COC}**"),
        P(HIOW_COC_DETAIL),
        H("Recommendations", 3),
        P(HIOW_LEAD_3),
        Bul(HIOW_RECS_3),
        P(HIOW_LEAD_6),
        Bul(HIOW_RECS_6),
        H("Investigating reports of abuse, neglect and exploitation of children", 2),
        P("We judged the constabulary to be adequate in this area."),
        H("Areas for improvement", 3),
        Bul(HIOW_AFI_INV),
        H("Next steps", 2),
        P("We will ask the constabulary for an action plan within six weeks and will review its progress "
          "in 2027."),
    ]
    records = {
        "documents": [document("docx", HIOW, HIOW_TITLE, "child_protection_report",
                               publication_date="2026-01-22")],
        "grades": [grade(None, HIOW, "Child protection", area, raw, g, "2026-01") for raw, g, area in HIOW_ROWS],
        "causes_of_concern": [coc(None, HIOW, "Assessing risk to children and making appropriate referrals",
                                  HIOW_COC, HIOW_COC_DETAIL)],
        "recommendations": [rec(None, HIOW, t, "Within three months", HIOW_COC, HIOW_LEAD_3) for t in HIOW_RECS_3]
        + [rec(None, HIOW, t, "Within six months", HIOW_COC, HIOW_LEAD_6) for t in HIOW_RECS_6],
        "areas_for_improvement": [
            afi(None, HIOW, "Child protection leadership", HIOW_AFI_LEAD, HIOW_AFI_LEAD_DETAIL),
            afi(None, HIOW, "Responding to children at risk of harm", HIOW_AFI_RESP),
            afi(None, HIOW, "Investigating reports of abuse, neglect and exploitation of children", HIOW_AFI_INV[0]),
            afi(None, HIOW, "Investigating reports of abuse, neglect and exploitation of children", HIOW_AFI_INV[1]),
        ],
        "findings": [finding(None, HIOW, "Working with safeguarding partners", "innovative_practice",
                             HIOW_PRACTICE)],
    }
    data = render_docx(blocks, title=HIOW_TITLE, author="HMICFRS", when=WHEN)
    return data, records


# --- 4. Gwent PCC's bilingual board paper (new form) -------------------------

GWENT = "Gwent Police"
GWENT_TITLE = "Arolygiad PEEL 2023–25 o Heddlu Gwent / PEEL 2023–25 inspection of Gwent Police"
GWENT_ROWS = [  # (Welsh area, English area, Welsh grade, grade, canonical area)
    ("Atal troseddu", "Preventing crime", "Da", "Good", "Preventing crime"),
    ("Ymateb i’r cyhoedd", "Responding to the public", "Angen gwella", "Requires improvement",
     "Responding to the public"),
    ("Ymchwilio i droseddau", "Investigating crime", "Digonol", "Adequate", "Investigating crime"),
    ("Diogelu pobl agored i niwed", "Protecting vulnerable people", "Digonol", "Adequate",
     "Protecting vulnerable people"),
    ("Rheoli troseddwyr a rhai a ddrwgdybir", "Managing offenders and suspects", "Da", "Good", "Managing offenders"),
    ("Datblygu gweithle cadarnhaol", "Developing a positive workplace", "Da", "Good",
     "Developing a positive workplace"),
    ("Pwerau’r heddlu a thrin y cyhoedd", "Police powers and public treatment", "Rhagorol", "Outstanding",
     "Police powers and public treatment"),
    ("Arweinyddiaeth a rheoli’r heddlu", "Leadership and force management", "Digonol", "Adequate",
     "Leadership and force management"),
]
GWENT_COC_CY = ("Nid yw’r heddlu’n ateb galwadau brys a galwadau nad ydynt yn rhai brys yn ddigon cyflym, "
                "ac nid yw bob amser yn asesu’r risg i alwyr.")
GWENT_COC = ("The force doesn’t answer emergency and non-emergency calls quickly enough, and it doesn’t "
             "always assess the risk to callers.")
GWENT_REC_CY = ("O fewn tri mis, dylai Heddlu Gwent sicrhau bod ganddo ddigon o staff yn yr ystafell reoli i "
                "ateb galwadau o fewn y safonau cenedlaethol.")
GWENT_REC = ("Within three months, Gwent Police should make sure it has enough staff in its control room to "
             "answer calls within national standards.")
GWENT_AFIS = (  # (Welsh area, English area, Welsh text, English text, canonical area)
    ("Ymchwilio i droseddau", "Investigating crime",
     "Dylai’r heddlu sicrhau bod goruchwylwyr yn adolygu ymchwiliadau’n rheolaidd.",
     "The force should make sure that supervisors review investigations regularly.", "Investigating crime"),
    ("Diogelu pobl agored i niwed", "Protecting vulnerable people",
     "Dylai’r heddlu wella sut mae’n rheoli achosion o bobl sydd ar goll.",
     "The force should improve how it manages cases of missing people.", "Protecting vulnerable people"),
    ("Arweinyddiaeth a rheoli’r heddlu", "Leadership and force management",
     "Dylai’r heddlu ddeall yn well y galw sydd wedi’i guddio.",
     "The force should improve its understanding of hidden demand.", "Leadership and force management"),
)


def gwent_paper() -> tuple[bytes, dict]:
    look = PdfLook(footer="Swyddfa Comisiynydd yr Heddlu a Throseddu Gwent / Office of the Police and Crime "
                          "Commissioner for Gwent")
    grade_rows = [(f"{cy}\n{en}", f"{gcy}\n{g}") for cy, en, gcy, g, _ in GWENT_ROWS]
    fills = {(r, 1): GRADE_FILL[row[3]] for r, row in enumerate(GWENT_ROWS, start=1)}
    afi_rows = [(f"{acy}\n{aen}", tcy, ten) for acy, aen, tcy, ten, _ in GWENT_AFIS]
    blocks = [
        P("Swyddfa Comisiynydd yr Heddlu a Throseddu Gwent\nOffice of the Police and Crime Commissioner for Gwent"),
        P("Bwrdd Strategaeth a Pherfformiad – 3 Mawrth 2026\nStrategy and Performance Board – 3 March 2026"),
        H(GWENT_TITLE),
        H("1. Diben / Purpose", 2),
        P("Rhoi gwybod i’r Bwrdd am ganlyniad arolygiad PEEL diweddaraf Heddlu Gwent."),
        P("To inform the Board of the outcome of the latest PEEL inspection of Gwent Police."),
        H("2. Cefndir / Background", 2),
        P("Cyhoeddodd Arolygiaeth Heddluoedd a Gwasanaethau Tân ac Achub EF ei hadroddiad ar 12 Chwefror 2026."),
        P("His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services published its report on "
          "12 February 2026."),
        H("3. Graddau / Grades", 2),
        T(rows=(("**Maes**\n**Area**", "**Gradd**\n**Grade**"),) + tuple(grade_rows), widths=(3, 1.5),
          header_rows=1, fills=fills),
        P("Nid yw’r gwasanaeth i ddioddefwyr troseddau yn cael ei raddio."),
        P("The service to victims of crime is not graded."),
        Break(),
        # page 2
        H("4. Achos pryder / Cause of concern", 2),
        P("Canfu’r arolygiaeth un achos pryder, ynghylch ymateb i’r cyhoedd:"),
        P(f"*{GWENT_COC_CY}*", indent=24),
        P(f"**Argymhelliad:** {GWENT_REC_CY}"),
        P("The inspectorate found one cause of concern, about responding to the public:"),
        P(f"*{GWENT_COC}*", indent=24),
        P(f"**Recommendation:** {GWENT_REC}"),
        H("5. Meysydd i’w gwella / Areas for improvement", 2),
        T(rows=(("**Maes**\n**Area**", "**Maes i’w wella**", "**Area for improvement**"),) + tuple(afi_rows),
          widths=(1.4, 2, 2), header_rows=1),
        H("6. Argymhelliad i’r Bwrdd / Recommendation to the Board", 2),
        P("Gofynnir i’r Bwrdd nodi’r adroddiad a chynllun gwella’r heddlu."),
        P("The Board is asked to note the report and the force’s improvement plan."),
    ]
    records = {
        # a bilingual title is its English side (the settled convention)
        "documents": [document("pdf", GWENT, GWENT_TITLE.split(" / ")[1], "scrutiny_pack", 2,
                               meeting_date="2026-03-03")],
        "grades": [grade(1, GWENT, "PEEL 2023-25", area, en, g, "2026-02") for _, en, _, g, area in GWENT_ROWS],
        "causes_of_concern": [coc(2, GWENT, "Responding to the public", GWENT_COC)],
        "recommendations": [rec(2, GWENT, GWENT_REC, "Within three months", GWENT_COC)],
        "areas_for_improvement": [afi(2, GWENT, area, ten) for _, _, _, ten, area in GWENT_AFIS],
    }
    return render_pdf(blocks, look, GWENT_TITLE, "OPCC Gwent"), records


# --- 6. Wiltshire PCC's paper: grades on dot leaders (new form) ------------

WILTS = "Wiltshire Police"
WILTS_TITLE = "HMICFRS national child protection inspection of Wiltshire Police"
WILTS_ROWS = [
    ("Leadership and management", "Requires improvement", "Child protection leadership"),
    ("Working with safeguarding partners", "Good", "Working with safeguarding partners"),
    ("Responding to children at risk of harm", "Requires improvement", "Responding to children at risk of harm"),
    ("Assessing risk to children and making appropriate referrals", "Adequate",
     "Assessing risk to children and making appropriate referrals"),
    ("Investigating reports of abuse, neglect and exploitation of children", "Inadequate",
     "Investigating reports of abuse, neglect and exploitation of children"),
]
WILTS_COC_1 = ("The force doesn’t make sure that officers who attend incidents involving children recognise "
               "and record the risks to them.")
WILTS_COC_2 = ("The force’s investigations of child abuse and exploitation are too often delayed and poorly "
               "supervised, and children are let down as a result.")
WILTS_RECS = (  # (label, timescale, text, cause)
    ("R1", "Immediately", "The force should make sure that every officer attending a domestic incident where "
     "children live records whether the children were seen and spoken to.", WILTS_COC_1),
    ("R2", "Within three months", "The force should train its response officers to recognise the signs of "
     "neglect and exploitation.", WILTS_COC_1),
    ("R3", "Within three months", "The force should review every open child abuse investigation that has had "
     "no supervisory review for 28 days.", WILTS_COC_2),
    ("R4", "Within six months", "The force should make sure it has enough detectives in its child abuse "
     "investigation teams to meet demand.", WILTS_COC_2),
)
WILTS_AFIS = (
    "The force should make sure that its performance data on child protection is accurate and is used by "
    "managers.",
    "The force should improve how it shares information with schools about children at risk.",
    "The force should make sure that children detained in custody have an appropriate adult without delay.",
)
LEADER_WIDTH = 440.0  # points of the dotted line, a little under the A4 text width at 72pt margins


def dot_leader(area: str, value: str, font: str = "Helvetica", size: float = 10.0) -> str:
    """``area .......... value`` with dots filling the line, as a contents page prints it."""
    room = LEADER_WIDTH - stringWidth(f"{area}  {value}", font, size)
    dots = max(3, int(room / stringWidth(" .", font, size)))
    return f"{area} {' .' * dots} {value}"


def wilts_paper() -> tuple[bytes, dict]:
    look = PdfLook(footer="Office of the Police and Crime Commissioner for Wiltshire and Swindon")
    blocks = [
        P("Office of the Police and Crime Commissioner for Wiltshire and Swindon"),
        P("Commissioner’s Monitoring Board – 14 April 2026"),
        H(WILTS_TITLE),
        P("Report of the Chief Executive"),
        H("Summary", 2),
        P("HMICFRS inspected the force’s child protection work in October 2025 and published its report on "
          "12 March 2026. It made five graded judgments, raised two causes of concern with four "
          "recommendations, and identified three areas for improvement."),
        H("The inspectorate’s judgments", 2),
    ]
    blocks += [P(dot_leader(area, g), size=10) for area, g, _ in WILTS_ROWS]
    blocks += [
        P("Of the 22 forces inspected under this programme so far, four have been judged inadequate for "
          "investigation. The force’s stated aim is to be judged good in every area at its next inspection."),
        H("Causes of concern", 2),
        H("Cause of concern 1 – Responding to children at risk of harm", 3),
        P(f"*{WILTS_COC_1}*", indent=24),
        P("HMICFRS recommended:"),
    ]
    blocks += [P(f"**{label} ({timescale.lower()})** {text}") for label, timescale, text, cause in WILTS_RECS
               if cause == WILTS_COC_1]
    blocks += [
        Break(),
        # page 2
        H("Cause of concern 2 – Investigating reports of abuse, neglect and exploitation of children", 3),
        P(f"*{WILTS_COC_2}*", indent=24),
        P("HMICFRS recommended:"),
    ]
    blocks += [P(f"**{label} ({timescale.lower()})** {text}") for label, timescale, text, cause in WILTS_RECS
               if cause == WILTS_COC_2]
    blocks += [
        H("Areas for improvement", 2),
        P("The report also identified three areas for improvement:"),
        Bul(WILTS_AFIS),
        H("Commissioner’s comment", 2),
        P("The Commissioner will hold the Chief Constable to account for the force’s response at each "
          "Monitoring Board until both causes of concern are closed."),
        H("Recommendation", 2),
        P("The Board is asked to note this report."),
    ]
    records = {
        "documents": [document("pdf", WILTS, WILTS_TITLE, "scrutiny_pack", 2, meeting_date="2026-04-14")],
        "grades": [grade(1, WILTS, "Child protection", area, raw, g, "2026-03") for raw, g, area in WILTS_ROWS],
        "causes_of_concern": [
            coc(1, WILTS, "Responding to children at risk of harm", WILTS_COC_1),
            coc(2, WILTS, "Investigating reports of abuse, neglect and exploitation of children", WILTS_COC_2),
        ],
        "recommendations": [rec(1 if cause == WILTS_COC_1 else 2, WILTS, text, timescale, cause)
                            for _, timescale, text, cause in WILTS_RECS],
        "areas_for_improvement": [afi(2, WILTS, None, text) for text in WILTS_AFIS],
    }
    return render_pdf(blocks, look, WILTS_TITLE, "OPCC Wiltshire"), records


DOCUMENTS = {
    "peel-2023-25-greater-manchester-r18.pdf": gmp_report,
    "peel-2021-22-warwickshire-r18.pdf": warks_report,
    "ncpi-hampshire-r18.docx": hiow_report,
    "gwent-pcc-peel-bilingual-r18.pdf": gwent_paper,
    "west-midlands-peel-improvement-cards-r18.docx": wmp_plan,
    "wiltshire-pcc-ncpi-paper-r18.pdf": wilts_paper,
}


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    for name, build in DOCUMENTS.items():
        data, records = build()
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (gold_dir / f"{name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
        print(name, len(data))


if __name__ == "__main__":
    main()
