"""Inspection blind round 17 (issue 3): seven documents of the inspection
family and their hand-written gold, written to gold/ (staged in pending/
until the extractors were fixed for it, then promoted).

Run: .venv/bin/python samples/corpus/inspection-round17/generate.py
The bytes repeat (ReportLab invariant mode, fixed Word zip times). Rendered
by scrutiny-round3's render.py; grade colours from inspection_render.py.
Names, figures, grades and wording are invented; the forms follow published
HMICFRS reports, PCC panel papers, force trackers and HMI letters.

Gold is written by hand beside the text it describes. PDF pages are the
explicit page breaks (Break()), checked against `scrutiny inspect`.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
sys.path.insert(0, str(CORPUS))
sys.path.insert(0, str(CORPUS.parent))
sys.path.insert(0, str(CORPUS / "scrutiny-round3"))

from generator.model import plain  # noqa: E402
from inspection_render import GRADE_FILL  # noqa: E402
from render import Break, Bul, H, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written by hand in samples/corpus/inspection-round17/generate.py next to the text it describes, "
           "blind (no extractor code read, extractors never run on these files before the gold was written); "
           "PDF pages are the generator's explicit page breaks, read against `scrutiny inspect`.")
WHEN = datetime(2026, 3, 20, 9, 0, 0)

GRADE_DEFINITIONS = (
    "**Outstanding** – the force has substantially exceeded the characteristics of good performance.",
    "**Good** – the force has demonstrated substantially all the characteristics of good performance.",
    "**Adequate** – the force has demonstrated some of the characteristics of good performance, but we have "
    "identified areas where it should improve.",
    "**Requires improvement** – there are shortcomings in the force's performance.",
    "**Inadequate** – the force's performance is substantially below what we would expect.",
)


def grade(page, force, framework, area, raw, value, as_of):
    return {"page": page, "force": force, "framework": framework, "area": area, "area_raw": raw,
            "grade": value, "as_of": as_of}


def afi(page, force, area, text, detail=None):
    return {"page": page, "force": force, "area": area, "text": plain(text), "detail": detail and plain(detail)}


def cause(page, force, area, text, detail=None):
    return {"page": page, "force": force, "area": area, "text": plain(text), "detail": detail and plain(detail)}


def rec(page, force, cause_text, text, timescale, lead_in="omit"):
    record = {"page": page, "force": force, "cause_of_concern_text": plain(cause_text), "text": plain(text),
              "timescale": timescale}
    if lead_in != "omit":
        record["lead_in"] = lead_in and plain(lead_in)
    return record


# ---------------------------------------------------------------------------
# 1. PEEL 2023-25 report (common form), Surrey Police, 4 pages
# ---------------------------------------------------------------------------

def surrey() -> tuple[bytes, dict]:
    force, fw, as_of = "Surrey Police", "PEEL 2023-25", "2026-03"
    title = "PEEL 2023–25 Police effectiveness, efficiency and legitimacy: An inspection of Surrey Police"
    grades = [
        ("Police powers and public treatment", "Good"),
        ("Preventing crime", "Good"),
        ("Responding to the public", "Requires improvement"),
        ("Investigating crime", "Adequate"),
        ("Protecting vulnerable people", "Adequate"),
        ("Managing offenders", "Outstanding"),
        ("Developing a positive workplace", "Requires improvement"),
        ("Leadership and force management", "Adequate"),
    ]
    rows = [("**Area**", "**Grade**")] + list(grades) + [
        ("Providing a service to victims of crime", "This area is not graded")]
    fills = {(r, 1): GRADE_FILL[g] for r, (_, g) in enumerate(grades, start=1)}
    coc = "Surrey Police doesn't answer and attend emergency and priority calls quickly enough."
    coc_detail = ("In the year to September 2025, the force answered 81 percent of 999 calls within ten seconds. "
                  "The national standard is 90 percent. Response officers attended 64 percent of priority "
                  "incidents within the force's own target of one hour.")
    lead = "Within three months, Surrey Police should:"
    recs = ["make sure it has enough call handlers available to meet demand at peak times; and",
            "make sure that supervisors review every priority incident that is not attended within the target time."]
    afi_rtp = "The force should make sure that call handlers record the vulnerability of callers."
    afi_rtp_d = ("In 23 of the 96 calls we reviewed, the call handler didn't use the structured assessment "
                 "to identify whether the caller was vulnerable.")
    afi_inv = ["The force should make sure that investigation plans are recorded and reviewed by supervisors.",
               "The force should make sure that victims are updated regularly about their investigation."]
    afi_pvp = "The force should improve how it identifies and responds to repeat victims of domestic abuse."
    afi_pvp_d = ("The force's systems don't always flag that a victim has reported abuse before, so officers "
                 "attending an incident may not know the history.")
    afi_dpw = "The force should make sure it understands and responds to the wellbeing needs of its workforce."
    afi_dpw_d = ("Only 31 percent of the workforce completed the force's last wellbeing survey, and the force "
                 "couldn't show us what it had changed as a result.")
    afi_lfm = "The force should make sure its plans for future demand are based on a full understanding of it."
    pp_title = "A shared triage desk for reports of missing children"
    blocks = [
        H(title, 1),
        P("Published: 10 March 2026"),
        H("Contents", 2),
        P("About this inspection ........................................ 2"),
        P("Our judgments ................................................ 2"),
        P("HM Inspector's observations .................................. 3"),
        P("About the data ............................................... 3"),
        P("Responding to the public ..................................... 4"),
        P("Investigating crime .......................................... 4"),
        P("Protecting vulnerable people ................................. 5"),
        P("Developing a positive workplace .............................. 5"),
        P("Leadership and force management .............................. 5"),
        Break(),
        H("About this inspection", 2),
        P("This inspection assesses how good Surrey Police is in nine areas of policing. We make graded "
          "judgments in eight of these nine areas. We don't grade the force's service to victims of crime; "
          "we assess it separately."),
        H("Our judgments", 2),
        T(tuple(rows), (3, 2), header_rows=1, fills=fills),
        H("What our grades mean", 3),
        Bul(GRADE_DEFINITIONS),
        Break(),
        H("HM Inspector's observations", 2),
        P("I am pleased with some aspects of Surrey Police's performance, but there are areas in which it "
          "needs to improve. In our 2022 inspection, we graded the force as requiring improvement at "
          "investigating crime; it has made progress and is now adequate in this area."),
        P("The force is outstanding at managing offenders. Its work with partners to manage registered sex "
          "offenders is among the best we have seen."),
        T(((("**National findings**", "Across the forces we inspected in 2025, we found that many didn't "
             "have enough trained detectives. We have made a recommendation to all forces in our State of "
             "Policing report, and we don't repeat it here."),),), (1,), fills={(0, 0): "#e7eef6"}),
        H("About the data", 2),
        P("Data in this report comes from a range of sources, including the Home Office, the Office for "
          "National Statistics and our own data collection. Where we refer to a force's performance against "
          "the national average, the figures are for the year to 30 September 2025."),
        Break(),
        H("Responding to the public", 2),
        P("**Surrey Police requires improvement at responding to the public.**"),
        H("Cause of concern", 3),
        P(f"**{coc}**"),
        P(coc_detail),
        H("Recommendations", 3),
        P(lead),
        Bul(tuple(recs)),
        H("Area for improvement", 3),
        P(f"**{afi_rtp}**"),
        P(afi_rtp_d),
        H("Investigating crime", 2),
        P("**Surrey Police is adequate at investigating crime.**"),
        H("Areas for improvement", 3),
        Bul(tuple(afi_inv)),
        P("The force has improved the quality of its investigations since our last inspection."),
        Break(),
        H("Protecting vulnerable people", 2),
        P("**Surrey Police is adequate at protecting vulnerable people.**"),
        H("Area for improvement", 3),
        P(f"**{afi_pvp}**"),
        P(afi_pvp_d),
        T((((f"**Promising practice**", f"**{pp_title}**",
             "Officers and local authority staff sit together to triage every report of a missing child, so "
             "that the response reflects what each agency knows about the child."),),), (1,),
          fills={(0, 0): "#eef5e9"}),
        H("Developing a positive workplace", 2),
        P("**Surrey Police requires improvement at developing a positive workplace.**"),
        H("Area for improvement", 3),
        P(f"**{afi_dpw}**"),
        P(afi_dpw_d),
        H("Leadership and force management", 2),
        P("**Surrey Police is adequate at leadership and force management.**"),
        H("Area for improvement", 3),
        P(f"**{afi_lfm}**"),
    ]
    data = render_pdf(blocks, PdfLook(footer="© HMICFRS 2026"), title, "HMICFRS")
    records = {
        "documents": [{"page": None, "file_type": "pdf", "force": force, "status": "ok", "title": title,
                       "doc_kind": "peel_report", "pages": 5, "publication_date": "2026-03-10"}],
        "grades": [grade(2, force, fw, a, a, g, as_of) for a, g in grades],
        "causes_of_concern": [cause(4, force, "Responding to the public", coc, coc_detail)],
        "recommendations": [rec(4, force, coc, r, "Within three months", lead) for r in recs],
        "areas_for_improvement": [
            afi(4, force, "Responding to the public", afi_rtp, afi_rtp_d),
            afi(4, force, "Investigating crime", afi_inv[0]),
            afi(4, force, "Investigating crime", afi_inv[1]),
            afi(5, force, "Protecting vulnerable people", afi_pvp, afi_pvp_d),
            afi(5, force, "Developing a positive workplace", afi_dpw, afi_dpw_d),
            afi(5, force, "Leadership and force management", afi_lfm),
        ],
        "findings": [{"page": 5, "force": force, "area": "Protecting vulnerable people",
                      "kind": "promising_practice", "text": pp_title}],
    }
    return data, records


# ---------------------------------------------------------------------------
# 2. PEEL 2021/22 report in Word (common form), Kent Police
# ---------------------------------------------------------------------------

def kent() -> tuple[bytes, dict]:
    force, fw, as_of = "Kent Police", "PEEL 2021/22", "2022-09"
    title = "PEEL 2021/22: An inspection of the effectiveness, efficiency and legitimacy of Kent Police"
    chart = {
        "Outstanding": [],
        "Good": ["Recording data about crime", "Preventing crime", "Managing offenders"],
        "Adequate": ["Treatment of the public", "Responding to the public", "Protecting vulnerable people",
                     "Developing a positive workplace"],
        "Requires improvement": ["Investigating crime", "Good use of resources"],
        "Inadequate": [],
    }
    canonical = {"Treatment of the public": "Police powers and public treatment"}
    header = tuple(f"**{g}**" for g in chart)
    body = tuple(tuple(areas) if areas else "" for areas in chart.values())
    fills = {(0, c): GRADE_FILL[g] for c, g in enumerate(chart)}
    coc = ("Kent Police needs to improve how it supervises investigations, so that victims receive a "
           "consistent service.")
    coc_detail = ("We found that supervisors reviewed only 58 of the 90 investigations we examined, and few "
                  "reviews set out what the investigator should do next.")
    lead = "Within six months, the force should:"
    recs = ["make sure that supervisors review investigations at regular intervals and record their directions; and",
            "make sure that investigators have the time and training to carry out those directions."]
    afi_inv = "The force should make sure it seeks and records victims' views before finalising investigations."
    afi_pvp = ["The force should improve how it shares information with partner agencies about vulnerable people.",
               "The force should make sure it completes domestic abuse risk assessments on every occasion."]
    afi_top = "The force should improve how it scrutinises its use of force."
    afi_res = "The force should make sure its workforce plan reflects the demand it expects to face."
    blocks = [
        H(title, 1),
        P("Published: 9 September 2022"),
        H("Contents", 2),
        Bul(("Overall summary", "Our judgments", "Treatment of the public", "Investigating crime",
             "Protecting vulnerable people", "Good use of resources")),
        H("Our judgments", 2),
        P("Our inspection assessed how good Kent Police is in ten areas of policing. We make graded "
          "judgments in nine of these ten as follows:"),
        T((header, body), (1, 1, 1, 1, 1), header_rows=1, fills=fills),
        P("We also inspected how effective the force is at disrupting serious organised crime. We will "
          "publish our findings and the force's grade in a separate regional report."),
        P("We don't grade the force's service to victims of crime; we assess it separately."),
        H("Overall summary", 2),
        P("In our 2018/19 inspection we judged the force to be good at effectiveness and good at efficiency. "
          "Since then, demand has risen and the force has recruited many new officers."),
        H("Treatment of the public", 2),
        P("Kent Police is adequate at treating the public fairly and respectfully."),
        H("Area for improvement", 3),
        Bul((afi_top,)),
        H("Investigating crime", 2),
        P("Kent Police requires improvement at investigating crime."),
        H("Cause of concern", 3),
        P(coc),
        P(coc_detail),
        H("Recommendations", 3),
        P(lead),
        Bul(tuple(recs)),
        H("Area for improvement", 3),
        Bul((afi_inv,)),
        H("Protecting vulnerable people", 2),
        P("Kent Police is adequate at protecting vulnerable people."),
        H("Areas for improvement", 3),
        Bul(tuple(afi_pvp)),
        H("Good use of resources", 2),
        P("Kent Police requires improvement at making good use of its resources."),
        H("Area for improvement", 3),
        Bul((afi_res,)),
    ]
    data = render_docx(blocks, title=title, author="HMICFRS", when=WHEN)
    records = {
        "documents": [{"page": None, "file_type": "docx", "force": force, "status": "ok", "title": title,
                       "doc_kind": "peel_report", "publication_date": "2022-09-09"}],
        "grades": [grade(None, force, fw, canonical.get(a, a), a, g, as_of)
                   for g, areas in chart.items() for a in areas],
        "causes_of_concern": [cause(None, force, "Investigating crime", coc, coc_detail)],
        "recommendations": [rec(None, force, coc, r, "Within six months", lead) for r in recs],
        "areas_for_improvement": [
            afi(None, force, "Police powers and public treatment", afi_top),
            afi(None, force, "Investigating crime", afi_inv),
            afi(None, force, "Protecting vulnerable people", afi_pvp[0]),
            afi(None, force, "Protecting vulnerable people", afi_pvp[1]),
            afi(None, force, "Good use of resources", afi_res),
        ],
    }
    return data, records


# ---------------------------------------------------------------------------
# 3. National child protection inspection (common form), South Yorkshire, 3 pages
# ---------------------------------------------------------------------------

LEAD_CP = "Child protection leadership"
PARTNERS = "Working with safeguarding partners"
RESPOND = "Responding to children at risk of harm"
ASSESS = "Assessing risk to children and making appropriate referrals"
INVESTIGATE = "Investigating reports of abuse, neglect and exploitation of children"


def south_yorkshire() -> tuple[bytes, dict]:
    force, fw, as_of = "South Yorkshire Police", "Child protection", "2026-03"
    title = "National child protection inspection: South Yorkshire Police"
    topics = [
        ("Leadership and management", LEAD_CP, "Adequate"),
        (PARTNERS, PARTNERS, "Good"),
        (RESPOND, RESPOND, "Requires improvement"),
        (ASSESS, ASSESS, "Adequate"),
        (INVESTIGATE, INVESTIGATE, "Inadequate"),
    ]
    rows = [("**Topic**", "**Grade**")] + [(raw, g) for raw, _, g in topics]
    fills = {(r, 1): GRADE_FILL[g] for r, (_, _, g) in enumerate(topics, start=1)}
    coc = "South Yorkshire Police doesn't investigate reports of child abuse and exploitation effectively."
    coc_detail = ("In 19 of the 44 investigations we reviewed, there were unexplained delays, and in many "
                  "the force didn't take early opportunities to secure evidence.")
    lead_now = "Immediately, South Yorkshire Police should:"
    rec_now = "make sure that every investigation into child abuse has an investigation plan that a supervisor has reviewed."
    lead_six = "Within six months, South Yorkshire Police should:"
    recs_six = ["make sure that investigators have the training they need to investigate child sexual exploitation; and",
                "review how investigations are allocated, so that complex cases go to specialist teams."]
    afi_lead = "The force should make sure its leaders use performance data to understand the quality of child protection work."
    afi_lead_d = ("Leaders receive a large amount of data but it mostly measures volumes. It tells them little "
                  "about outcomes for children.")
    afi_resp = "The force should make sure that officers record the child's voice when they attend incidents."
    blocks = [
        H(title, 1),
        P("Published on: 3 March 2026"),
        H("Contents", 2),
        Bul(("About this inspection", "Our judgments", "Leadership and management", RESPOND, INVESTIGATE)),
        H("About this inspection", 2),
        P("We inspect how well police forces protect children. Our inspections cover five topics:"),
        Bul(("leadership and management", "working with safeguarding partners",
             "responding to children at risk of harm",
             "assessing risk to children and making appropriate referrals",
             "investigating reports of abuse, neglect and exploitation of children.")),
        P("We last inspected the force's child protection work in 2019. We didn't grade forces at that time."),
        H("Our judgments", 2),
        T(tuple(rows), (4, 2), header_rows=1, fills=fills),
        P("An adequate grade means the force has shown some of the characteristics of good performance, "
          "but there are areas where it should improve."),
        Break(),
        H("Leadership and management", 2),
        P("We judged the force to be adequate in this area."),
        H("Area for improvement", 3),
        P(f"**{afi_lead}**"),
        P(afi_lead_d),
        H(RESPOND, 2),
        P("We judged the force to require improvement in this area."),
        H("Area for improvement", 3),
        P(f"**{afi_resp}**"),
        Break(),
        H(INVESTIGATE, 2),
        P("We judged the force to be inadequate in this area."),
        H("Cause of concern", 3),
        P(f"**{coc}**"),
        P(coc_detail),
        H("Recommendations", 3),
        P(lead_now),
        Bul((rec_now,)),
        P(lead_six),
        Bul(tuple(recs_six)),
        H("Next steps", 2),
        P("We will ask the force for an action plan and will carry out a post-inspection review. In six "
          "of the forces we inspected in 2025, we found problems with how investigations were allocated."),
    ]
    data = render_pdf(blocks, PdfLook(footer="South Yorkshire Police – national child protection inspection"),
                      title, "HMICFRS")
    records = {
        "documents": [{"page": None, "file_type": "pdf", "force": force, "status": "ok", "title": title,
                       "doc_kind": "child_protection_report", "pages": 3, "publication_date": "2026-03-03"}],
        "grades": [grade(1, force, fw, area, raw, g, as_of) for raw, area, g in topics],
        "causes_of_concern": [cause(3, force, INVESTIGATE, coc, coc_detail)],
        "recommendations": [rec(3, force, coc, rec_now, "Immediately", lead_now)]
        + [rec(3, force, coc, r, "Within six months", lead_six) for r in recs_six],
        "areas_for_improvement": [
            afi(2, force, LEAD_CP, afi_lead, afi_lead_d),
            afi(2, force, RESPOND, afi_resp),
        ],
    }
    return data, records


# ---------------------------------------------------------------------------
# 4. PCC's report to the Police and Crime Panel (common form), Nottinghamshire, 2 pages
# ---------------------------------------------------------------------------

def nottinghamshire() -> tuple[bytes, dict]:
    force, fw, as_of = "Nottinghamshire Police", "PEEL 2023-25", "2026-02"
    title = "HMICFRS PEEL 2023–25 inspection of Nottinghamshire Police"
    grades = [
        ("Police powers and public treatment", "Good"),
        ("Preventing crime", "Adequate"),
        ("Responding to the public", "Good"),
        ("Investigating crime", "Requires improvement"),
        ("Protecting vulnerable people", "Requires improvement"),
        ("Managing offenders", "Adequate"),
        ("Developing a positive workplace", "Good"),
        ("Leadership and force management", "Adequate"),
    ]
    rows = [("**PEEL area**", "**Grade**")] + list(grades) + [
        ("Providing a service to victims of crime", "Not graded")]
    coc = ("The force doesn't always identify and respond to risk when vulnerable people, including "
           "children, are reported missing.")
    rec_text = ("Within three months, Nottinghamshire Police should make sure that every missing person report "
                "has a risk assessment that a supervisor has reviewed.")
    afis = [
        ("1", "Investigating crime",
         "The force should make sure that investigations are allocated to officers with the right skills and experience.",
         "A new allocation policy was introduced in March 2026."),
        ("2", "Investigating crime",
         "The force should make sure it complies with the Code of Practice for Victims of Crime.",
         "Compliance audits now run every quarter."),
        ("3", "Protecting vulnerable people",
         "The force should improve how it uses protective orders to safeguard victims of domestic abuse.",
         "Training for response officers is under way."),
        ("4", "Leadership and force management",
         "The force should make sure it has an effective plan to develop its leaders.",
         "A leadership programme will start in September 2026."),
    ]
    blocks = [
        P("**Nottinghamshire Police and Crime Panel – 20 April 2026**"),
        P("Report of the Police and Crime Commissioner"),
        H(title, 1),
        H("1. Purpose of the report", 2),
        P("1.1 To inform the Panel of the findings of HMICFRS's PEEL inspection of Nottinghamshire Police "
          "and of the Commissioner's oversight of the force's response."),
        H("2. Recommendation", 2),
        P("2.1 The Panel is recommended to note the report and the progress the force has made."),
        H("3. Background", 2),
        P("3.1 HMICFRS published its PEEL 2023–25 report on Nottinghamshire Police on 24 February 2026. "
          "The inspectorate graded the force in eight areas:"),
        T(tuple(rows), (3, 2), header_rows=1),
        P("3.2 In the previous PEEL inspection, in 2022, the force was graded adequate at responding to the "
          "public; its grade has improved. Nationally, 11 forces were graded good at responding to the "
          "public in this cycle."),
        Break(),
        H("4. Cause of concern", 2),
        P("4.1 HMICFRS identified one cause of concern, in protecting vulnerable people:"),
        P(f"*{coc}*", indent=24),
        P("4.2 The inspectorate made one recommendation:"),
        P(f"*{rec_text}*", indent=24),
        P("4.3 The force has put in place a daily review of missing person reports, and the Commissioner "
          "receives a monthly update at the Strategic Resources and Performance meeting."),
        H("5. Areas for improvement", 2),
        P("5.1 The report identified 11 areas for improvement. Those the Commissioner is monitoring most "
          "closely, with the force's update, are:"),
        T((("**No.**", "**PEEL area**", "**Area for improvement**", "**Force update**"),)
          + tuple(afis), (1, 3, 6, 5), header_rows=1),
        H("6. Financial implications", 2),
        P("6.1 There are no financial implications arising from this report."),
        P("Contact officer: Head of Strategy and Performance, Office of the Police and Crime Commissioner"),
    ]
    data = render_pdf(blocks, PdfLook(), title, "Office of the Police and Crime Commissioner for Nottinghamshire")
    records = {
        "documents": [{"page": None, "file_type": "pdf", "force": force, "status": "ok", "title": title,
                       "doc_kind": "scrutiny_pack", "pages": 2, "meeting_date": "2026-04-20"}],
        "grades": [grade(1, force, fw, a, a, g, as_of) for a, g in grades],
        "causes_of_concern": [cause(2, force, "Protecting vulnerable people", coc)],
        "recommendations": [rec(2, force, coc, rec_text, "Within three months")],
        "areas_for_improvement": [afi(2, force, area, text) for _, area, text, _ in afis],
    }
    return data, records


# ---------------------------------------------------------------------------
# 5. NEW FORM: force tracker in Word, one two-column card per HMICFRS item
# ---------------------------------------------------------------------------

def gloucestershire() -> tuple[bytes, dict]:
    force, fw, as_of = "Gloucestershire Constabulary", "PEEL 2023-25", "2026-01"
    title = "HMICFRS PEEL 2023–25: recommendations and areas for improvement – progress report"
    coc = "The constabulary isn't managing the risk posed by registered sex offenders effectively."
    recs = [("PEEL-R1", "Within three months, Gloucestershire Constabulary should make sure that every "
                        "registered sex offender has an up-to-date risk assessment.", "Within three months"),
            ("PEEL-R2", "By 31 July 2026, Gloucestershire Constabulary should make sure it has enough trained "
                        "staff to manage the number of registered sex offenders in the county.", "By 31 July 2026")]
    afis = [
        ("PEEL-A1", "Responding to the public",
         "The constabulary should make sure it answers non-emergency calls promptly."),
        ("PEEL-A2", "Investigating crime",
         "The constabulary should make sure that victims' needs are assessed and recorded at the start of an investigation."),
        ("PEEL-A3", "Developing a positive workplace",
         "The constabulary should make sure that its supervisors have the skills to support their teams."),
    ]

    def card(ref: str, kind: str, linked: str, area: str, wording: str, lead: str, due: str, update: str,
             status: str) -> T:
        return T((("**Reference**", f"**{ref}**"), ("Inspection", "PEEL 2023–25 (published 15 January 2026)"),
                  ("Type", kind), ("Linked to", linked), ("PEEL area", area), ("HMICFRS wording", wording),
                  ("Lead", lead), ("Target date", due), ("Progress update", update), ("Status", status)),
                 (1, 3), fills={(0, 0): "#dbe5f1", (0, 1): "#dbe5f1"})

    blocks = [
        H(title, 1),
        P("Gloucestershire Constabulary – Force Assurance Board, March 2026"),
        H("Introduction", 2),
        P("HMICFRS published its PEEL 2023–25 report on the constabulary on 15 January 2026. Inspectors "
          "judged the constabulary to be good at preventing crime and at police powers and public treatment; "
          "adequate at investigating crime, protecting vulnerable people and leadership and force management; "
          "and to require improvement at responding to the public and developing a positive workplace. "
          "The constabulary was judged inadequate at managing offenders."),
        P("The report raised one cause of concern, with two recommendations, and identified nine areas for "
          "improvement. This report tracks each item on a card; the six areas for improvement not shown "
          "here were closed at the February board."),
        H("Cause of concern and recommendations", 2),
        card("PEEL-C1", "Cause of concern", "–", "Managing offenders", coc, "Head of Public Protection",
             "–", "A review of every registered sex offender's risk assessment began in February.", "Open"),
        P(""),
        *[x for ref, text, _ in recs for x in (
            card(ref, "Recommendation", "PEEL-C1", "Managing offenders", text, "Head of Public Protection",
                 "April 2026" if ref.endswith("1") else "July 2026",
                 "Backlog reduced from 212 to 64 assessments." if ref.endswith("1")
                 else "Eight additional offender managers recruited; training booked.",
                 "On track"), P(""))],
        H("Areas for improvement", 2),
        *[x for ref, area, text in afis for x in (
            card(ref, "Area for improvement", "–", area, text, "Assistant Chief Constable", "September 2026",
                 "Action plan agreed; first update due at the June board.", "Open"), P(""))],
    ]
    data = render_docx(blocks, title=title, author="Gloucestershire Constabulary", when=WHEN,
                       header=("OFFICIAL",))
    records = {
        "documents": [{"page": None, "file_type": "docx", "force": force, "status": "ok", "title": title,
                       "doc_kind": "force_response"}],
        "grades": [grade(None, force, fw, a, raw, g, as_of) for a, raw, g in [
            ("Preventing crime", "preventing crime", "Good"),
            ("Police powers and public treatment", "police powers and public treatment", "Good"),
            ("Investigating crime", "investigating crime", "Adequate"),
            ("Protecting vulnerable people", "protecting vulnerable people", "Adequate"),
            ("Leadership and force management", "leadership and force management", "Adequate"),
            ("Responding to the public", "responding to the public", "Requires improvement"),
            ("Developing a positive workplace", "developing a positive workplace", "Requires improvement"),
            ("Managing offenders", "managing offenders", "Inadequate"),
        ]],
        "causes_of_concern": [cause(None, force, "Managing offenders", coc)],
        "recommendations": [rec(None, force, coc, text, timescale) for _, text, timescale in recs],
        "areas_for_improvement": [afi(None, force, area, text) for _, area, text in afis],
    }
    return data, records


# ---------------------------------------------------------------------------
# 6. NEW FORM: HM Inspector's post-inspection review letter (child protection), Merseyside, 3 pages
# ---------------------------------------------------------------------------

def merseyside() -> tuple[bytes, dict]:
    force = "Merseyside Police"
    title = "National child protection inspection: post-inspection review of Merseyside Police"
    coc1 = "Merseyside Police doesn't always respond quickly enough to children who are at risk of harm."
    lead1 = "Within three months, Merseyside Police should:"
    recs1 = ["make sure that calls about children at risk are graded according to the risk they present; and",
             "make sure that officers attend incidents involving children within the times the force sets."]
    coc2 = "Merseyside Police doesn't share information with safeguarding partners promptly enough."
    rec2 = ("By 30 November 2025, Merseyside Police should make sure that all referrals about children are "
            "sent to children's social care within 24 hours.")
    new_afi = "The force should make sure that officers understand when to use police protection powers."
    look = register_dejavu_serif()
    blocks = [
        P("HM Inspectorate of Constabulary and Fire & Rescue Services"),
        P("Chief Constable, Merseyside Police", size=10),
        P("12 March 2026", size=10),
        H(title, 1),
        P("Dear Chief Constable,"),
        P("In our inspection report published in May 2025, we judged the force to be inadequate at "
          "responding to children at risk of harm and to require improvement at working with safeguarding "
          "partners. We identified two causes of concern and made three recommendations."),
        P("We returned to the force in January 2026 to review its progress. We don't give graded "
          "judgments in post-inspection reviews. This letter sets out what we found."),
        Break(),
        H(f"Cause of concern 1: {RESPOND}", 2),
        T(((f"*{coc1}*",),), (1,), fills={(0, 0): "#f2f2f2"}),
        H("Recommendations", 3),
        P(lead1),
        Bul(tuple(recs1)),
        H("What we found", 3),
        P("The force has introduced a new grading policy for calls about children, and attendance times have "
          "improved. In 31 of the 35 incidents we reviewed, officers attended within the force's target."),
        P("**Our assessment:** the force has made sufficient progress against this cause of concern."),
        Break(),
        H(f"Cause of concern 2: {PARTNERS}", 2),
        T(((f"*{coc2}*",),), (1,), fills={(0, 0): "#f2f2f2"}),
        H("Recommendation", 3),
        P(rec2),
        H("What we found", 3),
        P("Referrals are now sent through a single team, but we found that 14 percent were still sent after "
          "more than 24 hours."),
        P("**Our assessment:** the force hasn't yet made sufficient progress against this cause of concern."),
        H("Other findings", 2),
        P("During the review we found one further matter that the force should address."),
        P(f"**Area for improvement:** {new_afi}"),
        P("Yours sincerely,"),
        P("HM Inspector of Constabulary"),
    ]
    data = render_pdf(blocks, look, title, "HMICFRS")
    records = {
        "documents": [{"page": None, "file_type": "pdf", "force": force, "status": "ok", "title": title,
                       "doc_kind": "child_protection_report", "pages": 3}],
        "grades": [],
        "causes_of_concern": [cause(2, force, RESPOND, coc1), cause(3, force, PARTNERS, coc2)],
        "recommendations": [rec(2, force, coc1, r, "Within three months", lead1) for r in recs1]
        + [rec(3, force, coc2, rec2, "By 30 November 2025", None)],
        "areas_for_improvement": [afi(3, force, None, new_afi)],
    }
    return data, records


# ---------------------------------------------------------------------------
# 7. NEW FORM: PCC's section 55 response in Word, "What HMICFRS said | What we are doing",
#    each quoted item opening with a bold label whose brackets give its timescale or topic
# ---------------------------------------------------------------------------

def hampshire() -> tuple[bytes, dict]:
    force, fw, as_of = "Hampshire and Isle of Wight Constabulary", "Child protection", "2026-01"
    office = "Police and Crime Commissioner for Hampshire and the Isle of Wight"
    title = "Section 55 response: national child protection inspection of Hampshire and Isle of Wight Constabulary"
    topics = [
        ("Leadership and management", LEAD_CP, "Adequate"),
        (PARTNERS, PARTNERS, "Good"),
        (RESPOND, RESPOND, "Adequate"),
        (ASSESS, ASSESS, "Requires improvement"),
        (INVESTIGATE, INVESTIGATE, "Requires improvement"),
    ]
    coc = "The constabulary doesn't always carry out thorough and timely investigations of child abuse."
    recs = [("immediately", "Immediately",
             "The constabulary should make sure that a supervisor reviews every child abuse investigation within seven days."),
            ("within six months", "Within six months",
             "The constabulary should make sure that officers who investigate child abuse have completed specialist training.")]
    afis = [("assessing risk and making referrals", ASSESS,
             "The constabulary should make sure its referrals to children's social care give partners the information they need."),
            ("leadership and management", LEAD_CP,
             "The constabulary should make sure it understands the demand it faces from online child abuse.")]
    said = [(f"**Cause of concern (investigating reports of abuse, neglect and exploitation of children):** {coc}",
             "The Chief Constable has set up a review team for child abuse investigations. I will scrutinise "
             "its findings at my Accountability Board in May.")]
    said += [(f"**Recommendation ({label}):** {text}",
              "Completed. Supervisors now review every new investigation within seven days, and compliance is "
              "reported weekly." if timescale == "Immediately" else
              "A training programme began in February 2026; 140 of 210 investigators have completed it.")
             for label, timescale, text in recs]
    said += [(f"**Area for improvement ({label}):** {text}",
              "A new referral template was agreed with the four local authorities in March 2026."
              if area == ASSESS else "The constabulary is commissioning an analysis of online child abuse demand.")
             for label, area, text in afis]
    blocks = [
        P("**Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight**"),
        H(title, 1),
        T((("Report title", "National child protection inspection: Hampshire and Isle of Wight Constabulary"),
           ("Date of publication", "27 January 2026"),
           ("Response by", "Police and Crime Commissioner"),
           ("Date of response", "24 March 2026")), (2, 5)),
        H("Commissioner's response", 2),
        P("I welcome this report. I am pleased that inspectors recognised the constabulary's strong work with "
          "partners, but I am concerned by what they found about the quality of investigations. When HMICFRS "
          "last inspected this work, in 2018, it did not give grades."),
        P("HMICFRS graded the constabulary in five topics:"),
        T((("**Topic**", "**Grade**"),) + tuple((raw, g) for raw, _, g in topics), (4, 2), header_rows=1),
        P("I have asked the Chief Constable for the constabulary's response to the cause of concern, the "
          "recommendations and the areas for improvement. It is set out below with my comments."),
        T((("**What HMICFRS said**", "**What we are doing**"),) + tuple(said), (1, 1), header_rows=1),
        P("I will continue to monitor progress through my Accountability Board and will publish updates on "
          "my website."),
        P("Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    ]
    data = render_docx(blocks, title=title, author="OPCC Hampshire and the Isle of Wight", when=WHEN)
    records = {
        "documents": [{"page": None, "file_type": "docx", "force": force, "status": "ok", "title": title,
                       "doc_kind": "force_response", "organisation": office, "publication_date": "2026-03-24"}],
        "grades": [grade(None, force, fw, area, raw, g, as_of) for raw, area, g in topics],
        "causes_of_concern": [cause(None, force, INVESTIGATE, coc)],
        "recommendations": [rec(None, force, coc, text, timescale) for _, timescale, text in recs],
        "areas_for_improvement": [afi(None, force, area, text) for _, area, text in afis],
    }
    return data, records


DOCUMENTS = {
    "peel-2023-25-surrey-r17.pdf": surrey,
    "peel-2021-22-kent-r17.docx": kent,
    "ncpi-south-yorkshire-r17.pdf": south_yorkshire,
    "nottinghamshire-pcp-peel-r17.pdf": nottinghamshire,
    "gloucestershire-hmicfrs-tracker-r17.docx": gloucestershire,
    "ncpi-pir-letter-merseyside-r17.pdf": merseyside,
    "hampshire-pcc-s55-ncpi-r17.docx": hampshire,
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    for name, build in DOCUMENTS.items():
        data, records = build()
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        print(name, len(data), "bytes")


if __name__ == "__main__":
    main()
