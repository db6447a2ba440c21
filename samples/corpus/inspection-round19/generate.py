"""Blind inspection round 19: seven documents where HMICFRS findings are
published or travel (a PEEL 2023-25 report, a child protection inspection, a
PEEL 2021/22 report in Word, a City of London committee report in Word, a
force's printed register of HMICFRS items across inspections, a PCC's
question-and-answer paper to a Police and Crime Panel, an HMICFRS report page
printed from the browser), with their gold in gold/ (staged in pending/ until the extractors were fixed). Names, figures, grades and wording are invented.

    .venv/bin/python samples/corpus/inspection-round19/generate.py

The bytes repeat: ReportLab invariant mode, fixed Word zip times (the shared
renderer of scrutiny-round3). Gold is written by hand beside the text it
describes; PDF pages come from explicit page breaks.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))

from render import Break, Bul, H, P, PdfLook, T, render_docx, render_pdf  # noqa: E402  (puts samples/ on sys.path)

from inspection_render import GRADE_FILL  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written by hand in samples/corpus/inspection-round19/generate.py next to the text it describes, "
           "blind (no extractor code or test read); PDF pages checked against `scrutiny inspect`.")
WHEN = datetime(2026, 3, 1, 9, 0, 0)
BOX = "#e8eef6"


def grade(force: str, framework: str, area: str, raw: str, value: str, as_of: str, page: int | None) -> dict:
    return {"page": page, "force": force, "framework": framework, "area": area, "area_raw": raw,
            "grade": value, "as_of": as_of}


def afi(force: str, area: str | None, text: str, detail: str | None, page: int | None) -> dict:
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def rec(force: str, cause: str | None, text: str, timescale: str, page: int | None, lead_in: str | None = None) -> dict:
    record = {"page": page, "force": force, "cause_of_concern_text": cause, "text": text, "timescale": timescale}
    if lead_in is not None:
        record["lead_in"] = lead_in
    return record


# --- 1. PEEL 2023-25 report (common form) -------------------------------------

CAMBS = "Cambridgeshire Constabulary"
CAMBS_GRADES = [
    ("Police powers and public treatment", "Good"),
    ("Preventing crime", "Good"),
    ("Responding to the public", "Adequate"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Inadequate"),
    ("Managing offenders", "Adequate"),
    ("Developing a positive workplace", "Good"),
    ("Leadership and force management", "Adequate"),
]
CAMBS_CAUSE = ("The constabulary doesn't identify and manage risk well enough when it responds to reports "
               "of domestic abuse.")
CAMBS_LEAD = "Within three months, Cambridgeshire Constabulary should:"
CAMBS_RECS = [
    "make sure that every domestic abuse risk assessment is reviewed by a supervisor within 24 hours; and",
    "make sure that officers use the protective powers available to them, including domestic violence "
    "protection notices, when the risk to a victim is high.",
]


def cambridgeshire() -> tuple[bytes, dict]:
    contents = ["About this inspection", "Our judgments", "HM Inspector's observations",
                "Protecting vulnerable people", "Investigating crime", "Preventing crime",
                "Responding to the public", "About the data"]
    pages = [2, 2, 3, 3, 4, 4, 4, 4]
    table_rows = [("**Area**", "**Grade**")] + [(a, g) for a, g in CAMBS_GRADES] + [
        ("Providing a service to victims of crime", "We don't grade this area")]
    fills = {(r, 1): GRADE_FILL[g] for r, (_, g) in enumerate(CAMBS_GRADES, start=1)}
    blocks = [
        H("PEEL 2023–25: Police effectiveness, efficiency and legitimacy – An inspection of Cambridgeshire "
          "Constabulary"),
        P("Published: 18 March 2026"),
        H("Contents", 2),
        *[P(f"{name} {'.' * (70 - len(name))} {page}") for name, page in zip(contents, pages)],
        Break(),
        H("About this inspection", 2),
        P("This report sets out our assessment of Cambridgeshire Constabulary. We inspected the constabulary "
          "between June and October 2025. Our PEEL inspections assess how good forces are in several areas of "
          "policing, using evidence from our fieldwork, from surveys and from data the force gives us."),
        H("Our judgments", 2),
        P("Our inspection assessed how good Cambridgeshire Constabulary is in nine areas of policing. We made "
          "graded judgments in eight of these areas. We don't grade the service the force gives to victims of "
          "crime; we describe it instead."),
        T(tuple(table_rows), widths=(3, 2), header_rows=1, fills=fills),
        H("What our grades mean", 3),
        P("We grade forces on a five-point scale:"),
        Bul(("Outstanding: the force has substantially exceeded the characteristics of good performance.",
             "Good: the force has demonstrated substantially all the characteristics of good performance.",
             "Adequate: the force has demonstrated some of the characteristics of good performance, but we "
             "have identified areas where it should improve.",
             "Requires improvement: there are shortcomings in the force's performance.",
             "Inadequate: there are serious critical failings in the force's performance.")),
        Break(),
        H("HM Inspector's observations", 2),
        P("I am disappointed with some aspects of the constabulary's performance. In our 2022 inspection we "
          "judged it to be good at protecting vulnerable people; since then its response to domestic abuse has "
          "deteriorated, and I have identified a cause of concern. The constabulary remains good at preventing "
          "crime and at using its powers fairly."),
        T(((("**Our national findings**",
              "Many of the issues in this report are not unique to Cambridgeshire. Across England and Wales, "
              "we have found that forces struggle to answer non-emergency calls promptly and that too many "
              "investigations are closed without enough supervision. We report on these in our annual "
              "State of Policing assessment."),),), widths=(1,), fills={(0, 0): BOX}),
        H("Protecting vulnerable people", 2),
        P("**Cambridgeshire Constabulary is inadequate at protecting vulnerable people.**"),
        H("Cause of concern", 3),
        P(f"**{CAMBS_CAUSE}**"),
        P("We reviewed 40 domestic abuse cases. In 14 of them the risk assessment was incomplete, and in 9 a "
          "supervisor had not reviewed it. Victims at high risk were sometimes left without safeguarding for "
          "several days."),
        H("Recommendations", 3),
        P(CAMBS_LEAD),
        Bul(tuple(CAMBS_RECS)),
        H("Area for improvement", 3),
        P("**The constabulary should make sure that referrals about vulnerable adults are shared with "
          "partner agencies without delay.**"),
        P("Officers completed vulnerability referrals in most cases we reviewed, but the central team took up "
          "to a week to pass them on to adult social care."),
        Break(),
        H("Investigating crime", 2),
        P("**Cambridgeshire Constabulary requires improvement at investigating crime.**"),
        H("Areas for improvement", 3),
        Bul(("The constabulary should make sure that supervisors review investigations regularly and record "
             "their directions.",
             "The constabulary should make sure that it records the reasons when a victim withdraws support "
             "for a prosecution.")),
        H("Preventing crime", 2),
        P("**Cambridgeshire Constabulary is good at preventing crime.**"),
        T(((("**Promising practice**", "**Neighbourhood officers use shared data to target repeat locations**",
              "The constabulary and district councils share one problem-solving database, so that officers can "
              "see which locations generate repeat calls and plan joint patrols."),),),
          widths=(1,), fills={(0, 0): BOX}),
        H("Responding to the public", 2),
        P("**Cambridgeshire Constabulary is adequate at responding to the public.**"),
        H("Area for improvement", 3),
        P("**The constabulary should make sure it answers non-emergency calls promptly.**"),
        H("About the data", 2),
        P("Data in this report comes from a range of sources, including the Home Office and the Office for "
          "National Statistics. Figures are for the 12 months to 31 March 2025 unless we say otherwise."),
    ]
    look = PdfLook(footer="© HMICFRS 2026")
    data = render_pdf(blocks, look, "PEEL 2023–25: Cambridgeshire Constabulary", "HMICFRS")
    framework, as_of = "PEEL 2023-25", "2026-03"
    records = {
        "documents": [{"page": None, "file_type": "pdf", "force": CAMBS, "status": "ok",
                       "title": blocks[0].text, "doc_kind": "peel_report", "pages": 4,
                       "publication_date": "2026-03-18"}],
        "grades": [grade(CAMBS, framework, a, a, g, as_of, 2) for a, g in CAMBS_GRADES],
        "causes_of_concern": [afi(CAMBS, "Protecting vulnerable people", CAMBS_CAUSE,
                                  "We reviewed 40 domestic abuse cases. In 14 of them the risk assessment was "
                                  "incomplete, and in 9 a supervisor had not reviewed it. Victims at high risk "
                                  "were sometimes left without safeguarding for several days.", 3)],
        "recommendations": [rec(CAMBS, CAMBS_CAUSE, text, "Within three months", 3, CAMBS_LEAD)
                            for text in CAMBS_RECS],
        "areas_for_improvement": [
            afi(CAMBS, "Protecting vulnerable people",
                "The constabulary should make sure that referrals about vulnerable adults are shared with partner "
                "agencies without delay.",
                "Officers completed vulnerability referrals in most cases we reviewed, but the central team took "
                "up to a week to pass them on to adult social care.", 3),
            afi(CAMBS, "Investigating crime", "The constabulary should make sure that supervisors review "
                "investigations regularly and record their directions.", None, 4),
            afi(CAMBS, "Investigating crime", "The constabulary should make sure that it records the reasons when "
                "a victim withdraws support for a prosecution.", None, 4),
            afi(CAMBS, "Responding to the public",
                "The constabulary should make sure it answers non-emergency calls promptly.", None, 4),
        ],
        "findings": [{"page": 4, "force": CAMBS, "area": "Preventing crime", "kind": "promising_practice",
                      "text": "Neighbourhood officers use shared data to target repeat locations"}],
    }
    return data, records


# --- 2. National child protection inspection (common form) -------------------

WILTS = "Wiltshire Police"
WILTS_GRADES = [
    ("Leadership and management", "Child protection leadership", "Adequate"),
    ("Working with safeguarding partners", "Working with safeguarding partners", "Good"),
    ("Responding to children at risk of harm", "Responding to children at risk of harm", "Requires improvement"),
    ("Assessing risk to children and making appropriate referrals",
     "Assessing risk to children and making appropriate referrals", "Adequate"),
    ("Investigating reports of abuse, neglect and exploitation of children",
     "Investigating reports of abuse, neglect and exploitation of children", "Inadequate"),
]
WILTS_INV = "Investigating reports of abuse, neglect and exploitation of children"
WILTS_CAUSE = "Wiltshire Police doesn't investigate reports of child sexual exploitation thoroughly or promptly."
WILTS_CAUSE_DETAIL = ("In 11 of the 25 exploitation cases we reviewed, there were unexplained delays of more than "
                      "a month before suspects were spoken to. Opportunities to gather evidence were lost.")
WILTS_LEAD_NOW = "Immediately, Wiltshire Police should:"
WILTS_LEAD_3M = "Within three months, Wiltshire Police should:"
WILTS_REC_NOW = "make sure that every open child sexual exploitation investigation has a documented plan."
WILTS_RECS_3M = [
    "review the allocation of exploitation investigations so that they are held by trained detectives; and",
    "introduce a regular audit of the quality of these investigations, with the results reported to its "
    "chief officer team.",
]


def wiltshire() -> tuple[bytes, dict]:
    table_rows = [("**Topic**", "**Grade**")] + [(raw, g) for raw, _, g in WILTS_GRADES]
    fills = {(r, 1): GRADE_FILL[g] for r, (_, _, g) in enumerate(WILTS_GRADES, start=1)}
    blocks = [
        H("National child protection inspection: Wiltshire Police"),
        P("Published on: 5 February 2026"),
        H("Contents", 2),
        Bul(("Introduction", "Our judgments", "Investigating reports of abuse, neglect and exploitation of children",
             "Responding to children at risk of harm", "Leadership and management", "Next steps")),
        H("Introduction", 2),
        P("We inspected how well Wiltshire Police protects children in October 2025. We last inspected the "
          "force's child protection work in 2021, under our previous methodology, which didn't give graded "
          "judgments."),
        H("Our judgments", 2),
        P("We grade the force in five areas of child protection:"),
        T(tuple(table_rows), widths=(4, 2), header_rows=1, fills=fills),
        P("So far we have inspected 19 forces under this programme. We have judged 5 of them to be inadequate "
          "at investigating reports of abuse, neglect and exploitation of children."),
        Break(),
        H(WILTS_INV, 2),
        P("We judged the force to be inadequate in this area."),
        H("Cause of concern", 3),
        P(f"**{WILTS_CAUSE}**"),
        P(WILTS_CAUSE_DETAIL),
        H("Recommendations", 3),
        P(WILTS_LEAD_NOW),
        Bul((WILTS_REC_NOW,)),
        P(WILTS_LEAD_3M),
        Bul(tuple(WILTS_RECS_3M)),
        H("Area for improvement", 3),
        P("**The force should make sure that children are told about the progress of investigations in a way "
          "they understand.**"),
        P("Few of the children's records we examined showed that officers had kept the child informed, and "
          "none showed that the child's views had been sought."),
        Break(),
        H("Responding to children at risk of harm", 2),
        P("We judged the force to require improvement in this area."),
        H("Areas for improvement", 3),
        P("**The force should make sure that officers speak to children separately when they attend incidents "
          "of domestic abuse.**"),
        P("**The force should improve how it uses police protection powers, so that children are only removed "
          "from their homes when it is necessary.**"),
        H("Leadership and management", 2),
        P("We judged the force to be adequate in this area."),
        H("Area for improvement", 3),
        P("**The force should make sure it understands the demand it faces from child protection work.**"),
        H("Next steps", 2),
        P("We will monitor the force's progress against our cause of concern and our recommendations, and we "
          "will carry out a post-inspection review within 12 months of publication."),
    ]
    data = render_pdf(blocks, PdfLook(footer="HMICFRS – National child protection inspection"),
                      "National child protection inspection: Wiltshire Police", "HMICFRS")
    framework, as_of = "Child protection", "2026-02"
    records = {
        "documents": [{"page": None, "file_type": "pdf", "force": WILTS, "status": "ok",
                       "title": "National child protection inspection: Wiltshire Police",
                       "doc_kind": "child_protection_report", "pages": 3, "publication_date": "2026-02-05"}],
        "grades": [grade(WILTS, framework, area, raw, g, as_of, 1) for raw, area, g in WILTS_GRADES],
        "causes_of_concern": [afi(WILTS, WILTS_INV, WILTS_CAUSE, WILTS_CAUSE_DETAIL, 2)],
        "recommendations": [rec(WILTS, WILTS_CAUSE, WILTS_REC_NOW, "Immediately", 2, WILTS_LEAD_NOW)]
        + [rec(WILTS, WILTS_CAUSE, text, "Within three months", 2, WILTS_LEAD_3M) for text in WILTS_RECS_3M],
        "areas_for_improvement": [
            afi(WILTS, WILTS_INV, "The force should make sure that children are told about the progress of "
                "investigations in a way they understand.",
                "Few of the children's records we examined showed that officers had kept the child informed, and "
                "none showed that the child's views had been sought.", 2),
            afi(WILTS, "Responding to children at risk of harm", "The force should make sure that officers speak "
                "to children separately when they attend incidents of domestic abuse.", None, 3),
            afi(WILTS, "Responding to children at risk of harm", "The force should improve how it uses police "
                "protection powers, so that children are only removed from their homes when it is necessary.",
                None, 3),
            afi(WILTS, "Child protection leadership",
                "The force should make sure it understands the demand it faces from child protection work.",
                None, 3),
        ],
        "findings": [],
    }
    return data, records


# --- 3. PEEL 2021/22 report in Word (common form) ----------------------------

HERTS = "Hertfordshire Constabulary"
HERTS_GRADES = [  # printed name, canonical area, grade
    ("Engaging with and treating the public with fairness and respect", "Police powers and public treatment", "Good"),
    ("Preventing crime and anti-social behaviour", "Preventing crime", "Outstanding"),
    ("Responding to the public", "Responding to the public", "Requires improvement"),
    ("Investigating crime", "Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Protecting vulnerable people", "Good"),
    ("Managing offenders and suspects", "Managing offenders", "Adequate"),
    ("Building, supporting and protecting the workforce", "Developing a positive workplace", "Good"),
    ("Strategic planning, organisational management and value for money", "Good use of resources", "Adequate"),
    ("Recording data about crime", "Recording data about crime", "Good"),
]
HERTS_CAUSE = ("The constabulary doesn't answer emergency and non-emergency calls quickly enough, and it doesn't "
               "always assess the risk to callers properly.")
HERTS_LEAD = "Within six months, the constabulary should:"
HERTS_RECS = [
    "make sure it has enough call handlers on duty to meet demand at its busiest times;",
    "make sure that call handlers use a structured risk assessment for every call and record it; and",
    "monitor the number of callers who abandon non-emergency calls and act to reduce it.",
]


def hertfordshire() -> tuple[bytes, dict]:
    table_rows = [("**Area**", "**Grade**")] + [(raw, g) for raw, _, g in HERTS_GRADES] + [
        ("Disrupting serious organised crime", "See the regional report"),
        ("Providing a service to victims of crime", "Not graded")]
    blocks = [
        H("PEEL 2021/22: An inspection of Hertfordshire Constabulary"),
        P("Published: 14 September 2022"),
        H("Contents", 2),
        Bul(("Overall summary", "Our judgments", "Responding to the public",
             "Preventing crime and anti-social behaviour", "Managing offenders and suspects",
             "Building, supporting and protecting the workforce")),
        H("Overall summary", 2),
        P("In our 2018/19 inspection we judged the constabulary to be good in effectiveness and efficiency and "
          "outstanding in legitimacy. This report uses our new approach to PEEL, which grades forces in more "
          "areas of policing."),
        H("Our judgments", 2),
        P("Our inspection assessed how good Hertfordshire Constabulary is in ten areas of policing. We made "
          "graded judgments in nine of them. We reported on serious organised crime separately, in our "
          "regional inspection of the Eastern region."),
        T(tuple(table_rows), widths=(4, 2), header_rows=1),
        H("Responding to the public", 2),
        P("Hertfordshire Constabulary requires improvement at responding to the public."),
        H("Cause of concern", 3),
        P(HERTS_CAUSE),
        P("Call handlers did not complete a structured risk assessment in over a third of the calls we "
          "listened to, and one in five non-emergency callers abandoned their call."),
        H("Recommendations", 3),
        P(HERTS_LEAD),
        Bul(tuple(HERTS_RECS)),
        H("Preventing crime and anti-social behaviour", 2),
        P("Hertfordshire Constabulary is outstanding at preventing crime and anti-social behaviour."),
        P("Neighbourhood teams work closely with district councils and use problem-solving plans well."),
        H("Managing offenders and suspects", 2),
        P("Hertfordshire Constabulary is adequate at managing offenders and suspects."),
        H("Areas for improvement", 3),
        Bul(("The constabulary should make sure that wanted persons are pursued and arrested promptly.",
             "The constabulary should improve how it manages the risk posed by registered sex offenders "
             "who live in the county.")),
        H("Building, supporting and protecting the workforce", 2),
        P("Hertfordshire Constabulary is good at building, supporting and protecting the workforce."),
        H("Area for improvement", 3),
        Bul(("The constabulary should make sure that its occupational health unit can meet demand.",)),
    ]
    data = render_docx(blocks, title="PEEL 2021/22: Hertfordshire Constabulary", author="HMICFRS", when=WHEN)
    framework, as_of = "PEEL 2021/22", "2022-09"
    records = {
        "documents": [{"page": None, "file_type": "docx", "force": HERTS, "status": "ok",
                       "title": "PEEL 2021/22: An inspection of Hertfordshire Constabulary",
                       "doc_kind": "peel_report", "publication_date": "2022-09-14"}],
        "grades": [grade(HERTS, framework, area, raw, g, as_of, None) for raw, area, g in HERTS_GRADES],
        "causes_of_concern": [afi(HERTS, "Responding to the public", HERTS_CAUSE,
                                  "Call handlers did not complete a structured risk assessment in over a third of "
                                  "the calls we listened to, and one in five non-emergency callers abandoned "
                                  "their call.", None)],
        "recommendations": [rec(HERTS, HERTS_CAUSE, text, "Within six months", None, HERTS_LEAD)
                            for text in HERTS_RECS],
        "areas_for_improvement": [
            afi(HERTS, "Managing offenders", "The constabulary should make sure that wanted persons are pursued "
                "and arrested promptly.", None, None),
            afi(HERTS, "Managing offenders", "The constabulary should improve how it manages the risk posed by "
                "registered sex offenders who live in the county.", None, None),
            afi(HERTS, "Developing a positive workplace", "The constabulary should make sure that its occupational "
                "health unit can meet demand.", None, None),
        ],
    }
    return data, records


# --- 4. City of London committee report in Word (new form) -------------------

COLP = "City of London Police"
COLP_GRADES = [
    ("Police powers and public treatment", "Good"),
    ("Preventing crime", "Good"),
    ("Responding to the public", "Good"),
    ("Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Adequate"),
    ("Managing offenders", "Requires improvement"),
    ("Developing a positive workplace", "Adequate"),
    ("Leadership and force management", "Good"),
]
COLP_AFIS = [  # area, text
    ("Investigating crime", "The force should make sure that victims are updated about their investigation in line "
     "with the Code of Practice for Victims of Crime."),
    ("Investigating crime", "The force should make sure that investigation plans are recorded and reviewed by "
     "supervisors."),
    ("Managing offenders", "The force should make sure that it carries out home visits to registered sex "
     "offenders when they are due."),
    ("Developing a positive workplace", "The force should make sure that it understands the wellbeing needs of "
     "its staff working in specialist roles."),
]
COLP_SUBJECT = "HMICFRS PEEL 2023–25 inspection of the City of London Police: outcome and response"


def city_of_london() -> tuple[bytes, dict]:
    cover = T((
        ("**Committee(s):**", "**Dated:**"),
        ("Police Authority Board – For information", "26 March 2026"),
        ("**Subject:**", None),
        (COLP_SUBJECT, None),
        ("**Which outcomes in the City Corporation's Corporate Plan does this proposal aim to impact directly?**",
         "Diverse engaged communities; vibrant thriving destination"),
        ("**Does this proposal require extra revenue and/or capital spending?**", "N"),
        ("**Report of:**", "Commissioner of Police"),
        ("**Report author:**", "Head of Strategic Development, City of London Police"),
    ), widths=(3, 2), spans=((2, 0, 1, 2), (3, 0, 1, 2)))
    grades = T((("**PEEL area**", "**Grade**", "**Areas for improvement**"),)
               + tuple((a, g, str(sum(1 for area, _ in COLP_AFIS if area == a))) for a, g in COLP_GRADES),
               widths=(4, 2, 2), header_rows=1)
    afi_rows = [("**No.**", "**PEEL area**", "**Area for improvement**", "**Lead**", "**Status**")]
    leads = ["Detective Superintendent, Crime", "Detective Superintendent, Crime",
             "Detective Chief Inspector, Public Protection", "Director of People"]
    statuses = ["On track", "Complete", "At risk", "On track"]
    for n, ((area, text), lead, status) in enumerate(zip(COLP_AFIS, leads, statuses), start=1):
        shown_area = None if n > 1 and COLP_AFIS[n - 2][0] == area else area
        afi_rows.append((str(n), shown_area if shown_area else None, text, lead, status))
    afis = T(tuple(afi_rows), widths=(1, 3, 7, 3, 2), header_rows=1, spans=((1, 1, 2, 1),))
    blocks = [
        cover,
        H("Summary", 2),
        P("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its PEEL "
          "2023–25 report on the City of London Police on 27 February 2026. This report summarises the grades "
          "the force received and how it is responding to the four areas for improvement."),
        H("Recommendation(s)", 2),
        P("Members are asked to:"),
        Bul(("Note the report.",)),
        H("Main Report", 2),
        H("Background", 3),
        P("The last PEEL inspection of the force, in 2022, graded it good in five areas. The 2023–25 programme "
          "grades eight areas and describes the service to victims without a grade.", hang="1.", indent=18),
        H("Current Position", 3),
        P("The force received the following grades:", hang="2.", indent=18),
        grades,
        P("The inspectorate raised no causes of concern and made no recommendations to the force. Its four "
          "areas for improvement are set out in Appendix 1 with the force's progress.", hang="3.", indent=18),
        P("Progress is overseen by the force's Strategic Performance Board and will be reported to the "
          "Board's Performance and Resource Management Committee each quarter.", hang="4.", indent=18),
        H("Corporate & Strategic Implications", 3),
        P("Financial implications: none. Resource implications: none. Legal implications: none. Equalities "
          "implications: none.", hang="5.", indent=18),
        H("Conclusion", 3),
        P("The force's grades are among the best of the forces inspected in this cycle.", hang="6.", indent=18),
        H("Appendix 1 – Areas for improvement and progress", 2),
        afis,
        P("**Contact:** Head of Strategic Development, City of London Police"),
    ]
    data = render_docx(blocks, title="Police Authority Board – HMICFRS PEEL", author="City of London Police",
                       when=WHEN)
    framework, as_of = "PEEL 2023-25", "2026-02"
    records = {
        "documents": [{"page": None, "file_type": "docx", "force": COLP, "status": "ok", "title": COLP_SUBJECT,
                       "doc_kind": "scrutiny_pack", "meeting_date": "2026-03-26"}],
        "grades": [grade(COLP, framework, a, a, g, as_of, None) for a, g in COLP_GRADES],
        "causes_of_concern": [],
        "recommendations": [],
        "areas_for_improvement": [afi(COLP, area, text, None, None) for area, text in COLP_AFIS],
    }
    return data, records


# --- 5. A force's printed register of HMICFRS items (new form) ---------------

SUFFOLK = "Suffolk Constabulary"
SFK_PEEL_CAUSE = "The constabulary isn't managing the risk posed by registered sex offenders effectively."
SFK_CPI_CAUSE = ("The constabulary doesn't consistently share information with children's social care when it "
                 "identifies children at risk.")
SFK_CPI_AREA = "Assessing risk to children and making appropriate referrals"
SFK_ROWS = [  # id, inspection, published, type, linked, area, wording, timescale, owner, status
    ("P25-CC1", "PEEL 2023–25", "15/01/2026", "Cause of concern", "–", "Managing offenders", SFK_PEEL_CAUSE,
     "–", "Head of Public Protection", "Open"),
    ("P25-R1", "PEEL 2023–25", "15/01/2026", "Recommendation", "P25-CC1", "Managing offenders",
     "Suffolk Constabulary should make sure that every registered sex offender has an up-to-date risk "
     "assessment.", "Within three months", "Head of Public Protection", "Closed – evidence submitted"),
    ("P25-R2", "PEEL 2023–25", "15/01/2026", "Recommendation", "P25-CC1", "Managing offenders",
     "Suffolk Constabulary should make sure it has enough trained offender managers for the number of "
     "registered sex offenders it manages.", "Within six months", "Head of Public Protection", "Open"),
    ("P25-AFI1", "PEEL 2023–25", "15/01/2026", "Area for improvement", "–", "Responding to the public",
     "The constabulary should make sure it assesses the risk to callers using a structured approach.",
     "–", "Head of Contact", "Open"),
    ("P25-AFI2", "PEEL 2023–25", "15/01/2026", "Area for improvement", "–", "Investigating crime",
     "The constabulary should make sure that investigations are allocated to staff with the right skills.",
     "–", "Head of Crime", "Open"),
    ("P25-AFI3", "PEEL 2023–25", "15/01/2026", "Area for improvement", "–", "Police powers and public treatment",
     "The constabulary should make sure that supervisors review the use of stop and search powers.",
     "–", "Head of Local Policing", "Closed"),
    ("CPI-CC1", "National child protection inspection", "04/09/2025", "Cause of concern", "–", SFK_CPI_AREA,
     SFK_CPI_CAUSE, "–", "Head of Safeguarding", "Open"),
    ("CPI-R1", "National child protection inspection", "04/09/2025", "Recommendation", "CPI-CC1", SFK_CPI_AREA,
     "Suffolk Constabulary should make sure that every referral about a child at risk is sent to children's "
     "social care within 24 hours.", "Immediately", "Head of Safeguarding", "Closed – evidence submitted"),
    ("CPI-AFI1", "National child protection inspection", "04/09/2025", "Area for improvement", "–",
     "Working with safeguarding partners",
     "The constabulary should make sure it contributes to multi-agency audits of child protection cases.",
     "–", "Head of Safeguarding", "Open"),
    ("P22-AFI4", "PEEL 2021/22", "09/06/2022", "Area for improvement", "–",
     "Building, supporting and protecting the workforce",
     "The constabulary should make sure that it has an effective process for identifying wellbeing risks among "
     "its staff.", "–", "Director of People", "Closed"),
    ("P22-AFI7", "PEEL 2021/22", "09/06/2022", "Area for improvement", "–",
     "Strategic planning, organisational management and value for money",
     "The constabulary should make sure that its workforce plans reflect the demand it expects in future.",
     "–", "Director of Finance", "Closed"),
]
SFK_AREAS = {  # the register's Area column, as canonical areas
    "Building, supporting and protecting the workforce": "Developing a positive workplace",
    "Strategic planning, organisational management and value for money": "Good use of resources",
}
SFK_UPDATES = {  # the Latest update column: the force's words, no item of HMICFRS
    "P25-CC1": "Review of all sex offender risk assessments under way; 70% complete.",
    "P25-R1": "All assessments now in date. Evidence pack sent to HMICFRS 20/02/2026.",
    "P25-R2": "Six offender managers recruited; two more posts advertised.",
    "P25-AFI1": "THRIVE+ training delivered to 80% of call handlers.",
    "P25-AFI2": "Allocation policy rewritten; dip sample due in April.",
    "P25-AFI3": "Monthly supervisory review in place since November.",
    "CPI-CC1": "New referral process live in the hub; compliance 88%.",
    "CPI-R1": "Daily hub meeting checks every referral sent within 24 hours.",
    "CPI-AFI1": "Force now attends every safeguarding partnership audit.",
    "P22-AFI4": "Wellbeing risk register reviewed quarterly by the People Board.",
    "P22-AFI7": "Workforce plan 2024–27 agreed; closed by Organisational Learning Board.",
}
SFK_PAGE_TWO = ("P22-AFI4", "P22-AFI7")  # the rows the table carries over, read off the PDF


def suffolk() -> tuple[bytes, dict]:
    header = ("ID", "Inspection", "Published", "Type", "Linked to", "Area", "HMICFRS wording", "Timescale",
              "Owner", "Latest update", "Status")
    rows = (tuple(f"**{h}**" for h in header),) + tuple(row[:9] + (SFK_UPDATES[row[0]], row[9]) for row in SFK_ROWS)
    blocks = [
        H("HMICFRS recommendations and areas for improvement register"),
        P("Suffolk Constabulary – Organisational Learning and Improvement. Extract of all items from the three "
          "most recent inspections; report run by the force tracking system.", size=9),
        T(rows, widths=(1.3, 1.6, 1.3, 1.5, 1.2, 2.0, 4.6, 1.4, 1.6, 3.0, 1.5), header_rows=1),
        P("Status key: Open – work continuing; Closed – evidence submitted – awaiting HMICFRS confirmation; "
          "Closed – accepted by the force's Organisational Learning Board.", size=9),
    ]
    look = PdfLook(landscape=True, margin=36, cell_size=8.5,
                   header="OFFICIAL    HMICFRS register – printed 02/03/2026 09:14 by ORG-LEARNING",
                   footer="Suffolk Constabulary – force tracking system")
    data = render_pdf(blocks, look, "HMICFRS register", "Suffolk Constabulary")
    recs, causes, afis = [], [], []
    for ref, _, _, kind, linked, area, text, timescale, _, _ in SFK_ROWS:
        page = 2 if ref in SFK_PAGE_TWO else 1
        area = SFK_AREAS.get(area, area)
        if kind == "Cause of concern":
            causes.append(afi(SUFFOLK, area, text, None, page))
        elif kind == "Recommendation":
            cause = SFK_PEEL_CAUSE if linked == "P25-CC1" else SFK_CPI_CAUSE
            recs.append(rec(SUFFOLK, cause, text, timescale, page))
        else:
            afis.append(afi(SUFFOLK, area, text, None, page))
    records = {
        "documents": [{"page": None, "file_type": "pdf", "force": SUFFOLK, "status": "ok",
                       "title": "HMICFRS recommendations and areas for improvement register",
                       "doc_kind": "force_response", "pages": 2}],
        "grades": [],
        "causes_of_concern": causes,
        "recommendations": recs,
        "areas_for_improvement": afis,
    }
    return data, records


# --- 6. PCC's question-and-answer paper to a Police and Crime Panel (new form)

LEICS = "Leicestershire Police"
LEICS_GRADES = [  # grade, printed topic, canonical area
    ("good", "working with safeguarding partners", "Working with safeguarding partners", "Good"),
    ("adequate", "leadership and management", "Child protection leadership", "Adequate"),
    ("adequate", "responding to children at risk of harm", "Responding to children at risk of harm", "Adequate"),
    ("requires improvement", "assessing risk to children and making appropriate referrals",
     "Assessing risk to children and making appropriate referrals", "Requires improvement"),
    ("requires improvement", "investigating reports of abuse, neglect and exploitation of children",
     "Investigating reports of abuse, neglect and exploitation of children", "Requires improvement"),
]
LEICS_CAUSE = ("Leicestershire Police doesn't make sure that children who go missing repeatedly are assessed "
               "for the risk of exploitation.")
LEICS_LEAD = "It recommended that, within three months, the force should:"
LEICS_RECS = [
    "make sure that a risk of exploitation assessment is completed when a child has been missing three times "
    "or more in 90 days; and",
    "make sure that return home interviews are shared with the officers investigating the child's missing "
    "episodes.",
]
LEICS_AFIS = [  # printed topic, canonical area, text
    ("Responding to children at risk of harm", "Responding to children at risk of harm",
     "The force should make sure that officers record the child's voice when they attend incidents."),
    ("Leadership and management", "Child protection leadership",
     "The force should make sure that its child protection training reaches all frontline supervisors."),
    ("Investigating reports of abuse, neglect and exploitation of children",
     "Investigating reports of abuse, neglect and exploitation of children",
     "The force should reduce delays in the forensic examination of devices in child abuse cases."),
]


def leicestershire() -> tuple[bytes, dict]:
    blocks = [
        P("**Leicester, Leicestershire and Rutland Police and Crime Panel**"),
        P("Meeting date: 15 April 2026"),
        P("Report of the Police and Crime Commissioner"),
        H("National child protection inspection of Leicestershire Police: questions and answers"),
        P("**Purpose:** to answer the Panel's questions on the inspectorate's report, so that members can "
          "scrutinise the Commissioner's response. The Panel is asked to note the report."),
        P("**Q1. What did the inspectorate look at, and when did it report?**"),
        P("HMICFRS inspected how well the force protects children in November 2025. It published its report "
          "on 10 March 2026."),
        P("**Q2. How was the force graded?**"),
        P("The inspectorate graded the force in five areas:"),
        Bul(tuple(f"{g} – {topic}" for g, topic, _, _ in LEICS_GRADES)),
        P("**Q3. How does this compare with other forces?**"),
        P("Of the 21 forces inspected so far, 7 have been judged good at working with safeguarding partners "
          "and 6 require improvement at investigating reports of abuse. At its last inspection, in 2019, the "
          "force was not graded."),
        P("**Q4. Did the inspectorate raise any causes of concern?**"),
        P("Yes. It raised one cause of concern, in investigating reports of abuse, neglect and exploitation of "
          "children:"),
        P(f"*{LEICS_CAUSE}*", indent=24),
        P(LEICS_LEAD),
        Bul(tuple(LEICS_RECS)),
        Break(),
        P("**Q5. What areas for improvement were identified?**"),
        P("Three, one in each of the following topics:"),
        T((("**Topic**", "**Area for improvement**"),) + tuple((raw, text) for raw, _, text in LEICS_AFIS),
          widths=(2, 4), header_rows=1),
        P("**Q6. What is the Commissioner doing?**"),
        P("The Commissioner has asked the Chief Constable for an improvement plan and will hold him to account "
          "for it at the Strategic Assurance Board. A first update will come to the Panel in July."),
        P("**Q7. Will the inspectorate return?**"),
        P("Yes. It will carry out a post-inspection review of the cause of concern within a year."),
    ]
    data = render_pdf(blocks, PdfLook(footer="Police and Crime Panel – 15 April 2026"),
                      "Child protection inspection – questions and answers", "OPCC")
    framework, as_of = "Child protection", "2026-03"
    records = {
        "documents": [{"page": None, "file_type": "pdf", "force": LEICS, "status": "ok",
                       "title": "National child protection inspection of Leicestershire Police: questions and "
                                "answers",
                       "doc_kind": "scrutiny_pack", "pages": 2, "meeting_date": "2026-04-15"}],
        "grades": [grade(LEICS, framework, area, raw, value, as_of, 1) for _, raw, area, value in LEICS_GRADES],
        "causes_of_concern": [afi(LEICS, "Investigating reports of abuse, neglect and exploitation of children",
                                  LEICS_CAUSE, None, 1)],
        "recommendations": [rec(LEICS, LEICS_CAUSE, text, "Within three months", 1, LEICS_LEAD)
                            for text in LEICS_RECS],
        "areas_for_improvement": [afi(LEICS, area, text, None, 2) for _, area, text in LEICS_AFIS],
    }
    return data, records


# --- 7. An HMICFRS report page printed from the browser (common, with print noise)

HUMBS = "Humberside Police"
HUMBS_COLUMNS = {  # the chart: the areas in each grade's column
    "Outstanding": ("Preventing crime", "Leadership and force management"),
    "Good": ("Police powers and public treatment", "Responding to the public", "Investigating crime",
             "Developing a positive workplace"),
    "Adequate": ("Managing offenders",),
    "Requires improvement": ("Protecting vulnerable people",),
    "Inadequate": (),
}
HUMBS_URL = "https://hmicfrs.justiceinspectorates.gov.uk/publication-html/peel-2023-25-humberside-police/"
HUMBS_PVP_AFI = "The force should make sure that it completes risk assessments for all missing children."
HUMBS_PVP_DETAIL = ("In a fifth of the missing child reports we reviewed, the risk assessment had not been "
                    "updated after the child was found, so the risk of exploitation was not reconsidered.")
HUMBS_MO_AFI = "The force should make sure that it uses ancillary orders to manage the risk from offenders."
HUMBS_MO_DETAIL = ("Offender managers didn't always consider applying for sexual harm prevention orders, and the "
                   "force had few processes to check that existing orders were being complied with.")
HUMBS_MAIN_FINDING = "The force has improved how it protects victims of domestic abuse"


def humberside() -> tuple[bytes, dict]:
    chart = T((tuple(f"**{g}**" for g in HUMBS_COLUMNS),
               tuple(tuple(areas) if areas else "" for areas in HUMBS_COLUMNS.values())),
              widths=(1, 1, 1, 1, 1), header_rows=1,
              fills={(0, c): GRADE_FILL[g] for c, g in enumerate(HUMBS_COLUMNS)})
    blocks = [
        P("Skip to main content", size=9),
        P("Home › Publications › PEEL 2023–25: Humberside Police", size=9),
        H("PEEL 2023–25: Police effectiveness, efficiency and legitimacy – An inspection of Humberside Police"),
        P("Published on: 22 January 2026"),
        P("Print this document", size=9),
        H("Contents", 2),
        Bul(("Overall summary", "HM Inspector's observations", "Protecting vulnerable people",
             "Managing offenders", "Investigating crime", "About the data")),
        H("Overall summary", 2),
        H("Our judgments", 3),
        P("Our inspection assessed how good Humberside Police is in nine areas of policing. We make graded "
          "judgments in eight of these nine areas, as follows:"),
        chart,
        P("We also inspected how effective a service Humberside Police gives to victims of crime. We don't "
          "grade this area."),
        P("Back to top", size=9),
        H("HM Inspector's observations", 2),
        P("I congratulate Humberside Police on its performance. In our 2021/22 inspection we graded it "
          "outstanding in four areas, and it has kept these high standards in most of them. But it needs to "
          "improve how it protects vulnerable people, particularly children who go missing."),
        P("Back to top", size=9),
        H("Protecting vulnerable people", 2),
        P("**Humberside Police requires improvement at protecting vulnerable people.**"),
        H("Main findings", 3),
        P(f"**{HUMBS_MAIN_FINDING}**"),
        P("Officers now complete a risk assessment at every domestic abuse incident we reviewed, and specialist "
          "staff review the high-risk cases the next working day."),
        T(((("**Area for improvement**", HUMBS_PVP_AFI),),), widths=(1,), fills={(0, 0): BOX}),
        P(HUMBS_PVP_DETAIL),
        P("Back to top", size=9),
        H("Managing offenders", 2),
        P("**Humberside Police is adequate at managing offenders and suspects.**"),
        T(((("**Area for improvement**", HUMBS_MO_AFI),),), widths=(1,), fills={(0, 0): BOX}),
        P(HUMBS_MO_DETAIL),
        P("Back to top", size=9),
        H("Investigating crime", 2),
        P("**Humberside Police is good at investigating crime.**"),
        T(((("**Innovative practice**", "**Digital case files are checked before charge**",
              "A small team reviews every digital case file before it goes to the Crown Prosecution Service, "
              "which has reduced the number of files returned for more work."),),), widths=(1,),
          fills={(0, 0): BOX}),
        P("Back to top", size=9),
        H("About the data", 2),
        P("The data in this report is from the Home Office, the Office for National Statistics and the force. "
          "We have used the most recent data available when we inspected."),
        P("Share this page: Email · LinkedIn · Facebook", size=9),
        P("**Cookies on HMICFRS.** We use some essential cookies to make this website work. We'd like to set "
          "additional cookies to understand how you use our website. Accept additional cookies · Reject "
          "additional cookies · View cookies", size=9),
    ]
    look = PdfLook(margin=40, header="22/02/2026, 10:41   PEEL 2023–25: Humberside Police – His Majesty's "
                   "Inspectorate of Constabulary and Fire & Rescue Services", footer=HUMBS_URL)
    data = render_pdf(blocks, look, "PEEL 2023–25: Humberside Police", "HMICFRS")
    framework, as_of = "PEEL 2023-25", "2026-01"
    records = {
        "documents": [{"page": None, "file_type": "pdf", "force": HUMBS, "status": "ok", "title": blocks[2].text,
                       "doc_kind": "peel_report", "pages": 2, "publication_date": "2026-01-22"}],
        "grades": [grade(HUMBS, framework, area, area, value, as_of, 1)
                   for value, areas in HUMBS_COLUMNS.items() for area in areas],
        "causes_of_concern": [],
        "recommendations": [],
        "areas_for_improvement": [afi(HUMBS, "Protecting vulnerable people", HUMBS_PVP_AFI, HUMBS_PVP_DETAIL, 1),
                                  afi(HUMBS, "Managing offenders", HUMBS_MO_AFI, HUMBS_MO_DETAIL, 2)],
        "findings": [{"page": 1, "force": HUMBS, "area": "Protecting vulnerable people", "kind": "main_finding",
                      "text": HUMBS_MAIN_FINDING},
                     {"page": 2, "force": HUMBS, "area": "Investigating crime", "kind": "innovative_practice",
                      "text": "Digital case files are checked before charge"}],
    }
    return data, records


DOCUMENTS = {
    "peel-2023-25-cambridgeshire-r19.pdf": cambridgeshire,
    "ncpi-wiltshire-r19.pdf": wiltshire,
    "peel-2021-22-hertfordshire-r19.docx": hertfordshire,
    "city-of-london-pab-peel-2026-03-26-r19.docx": city_of_london,
    "suffolk-hmicfrs-register-r19.pdf": suffolk,
    "leicestershire-pcp-ncpi-qa-r19.pdf": leicestershire,
    "peel-2023-25-humberside-web-print-r19.pdf": humberside,
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    for name, build in DOCUMENTS.items():
        data, records = build()
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        print(name, len(data))


if __name__ == "__main__":
    main()
