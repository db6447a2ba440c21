"""Inspection round 17b (issue 3): blind documents and their gold.

Run `.venv/bin/python samples/corpus/inspection-round17b/generate.py`; the
bytes repeat (ReportLab invariant mode, fixed Word zip times). Rendered by
scrutiny-round3's `render.py`. Names, figures, grades and wording are
invented. Gold is written by hand beside the text it describes and goes to
`gold/<file>.json` (it waited in `pending/` until the extractors were
fixed for it; CI scores every `gold/` folder).

Documents 1-3 are in the commonest forms (a whole PEEL 2023-25 report, a
PEEL 2021/22 report in Word, a graded child protection inspection); 4-6 in
forms no earlier README lists (a PCC's section 55 response printed from the
commissioner's web page; a child protection post-inspection review in Word
with a progress table; a force's action plan in Word whose one cell holds a
cause of concern with its lead-in and recommendation bullets).
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))

from render import Break, Bul, H, P, PdfLook, T, render_docx, render_pdf  # noqa: E402

GRADE_FILL = {
    "Outstanding": "#1f6f3f",
    "Good": "#6cb33f",
    "Adequate": "#f2c12e",
    "Requires improvement": "#f08a24",
    "Inadequate": "#c8102e",
}
CHECKED = ("Written by hand in samples/corpus/inspection-round17b/generate.py next to the text it describes, "
           "blind (no extractor code, extractor test or earlier round's generator read); PDF pages are the "
           "generator's explicit page breaks, read against `scrutiny inspect`.")
WHEN = datetime(2026, 3, 1, 9, 0, 0)


def grade(page, force, framework, area, area_raw, value, as_of):
    return {"page": page, "force": force, "framework": framework, "area": area, "area_raw": area_raw,
            "grade": value, "as_of": as_of}


def afi(page, force, area, text, detail=None):
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def cause(page, force, area, text, detail=None, *, with_detail=True):
    record = {"page": page, "force": force, "area": area, "text": text}
    if with_detail:
        record["detail"] = detail
    return record


def rec(page, force, cause_text, text, timescale, lead_in=None, *, with_lead_in=True):
    record = {"page": page, "force": force, "cause_of_concern_text": cause_text, "text": text,
              "timescale": timescale}
    if with_lead_in:
        record["lead_in"] = lead_in
    return record


def finding(page, force, area, kind, text):
    return {"page": page, "force": force, "area": area, "kind": kind, "text": text}


def grade_table(rows: list[tuple[str, str]], header=("Area", "Grade")) -> T:
    fills = {(r, 1): GRADE_FILL[g] for r, (_, g) in enumerate(rows, start=1) if g in GRADE_FILL}
    return T(rows=(header, *rows), widths=(3, 2), header_rows=1, fills=fills)


# --- 1. PEEL 2023-25 report (common form) ------------------------------------

def derbyshire() -> tuple[bytes, dict]:
    force = "Derbyshire Constabulary"
    fw, as_of = "PEEL 2023-25", "2026-02"
    title = "PEEL 2023–25 Police effectiveness, efficiency and legitimacy: An inspection of Derbyshire Constabulary"
    grades = [
        ("Police powers and public treatment", "Good"),
        ("Preventing crime", "Good"),
        ("Responding to the public", "Adequate"),
        ("Investigating crime", "Adequate"),
        ("Protecting vulnerable people", "Requires improvement"),
        ("Managing offenders", "Adequate"),
        ("Developing a positive workplace", "Good"),
        ("Leadership and force management", "Adequate"),
    ]
    table = grade_table(grades + [("Providing a service to victims of crime", "Not graded")])
    coc = ("Derbyshire Constabulary needs to improve how it responds to and safeguards children who go missing "
           "from home or care.")
    coc_detail = ("In 19 of the 40 missing children cases we reviewed, the risk to the child was assessed as lower "
                  "than the circumstances showed. Return home interviews were often late, and information from "
                  "them was not used to plan for the next time the child went missing.")
    lead = "Within three months, Derbyshire Constabulary should:"
    recs = [
        "make sure that the risk to every missing child is assessed using all the information it holds;",
        "make sure that supervisors review the risk assessment of every high-risk missing child case; and",
        "work with local authorities so that information from return home interviews is shared and used.",
    ]
    afis = [
        (3, "Responding to the public", "The force should make sure it answers non-emergency calls promptly.",
         "In the year to March 2025, callers to 101 waited an average of nine minutes, and 18 percent of calls "
         "were abandoned."),
        (3, "Investigating crime", "The force should make sure that investigations are supervised effectively.",
         None),
        (4, "Protecting vulnerable people",
         "The force should make sure that officers record the voice of the child when they attend incidents.",
         None),
        (4, "Managing offenders",
         "The force should make sure it completes home visits to registered sex offenders on time.",
         "At the time of our inspection, 74 visits were overdue, some by more than three months."),
        (4, "Leadership and force management",
         "The force should make sure it understands the demand it faces in its control room.",
         None),
    ]
    blocks = [
        H(title),
        P("Published: 12 February 2026"),
        H("Contents", 2),
        P("About this inspection .......... 1"),
        P("Our judgments .......... 1"),
        P("HM Inspector’s observations .......... 2"),
        P("Providing a service to victims of crime .......... 2"),
        P("Our findings by area .......... 2"),
        P("About the data .......... 5"),
        H("About this inspection", 2),
        P("We have adopted an approach of continuous assessment of police forces, and we gather evidence about "
          "each force throughout the inspection cycle. This report sets out our assessment of how well "
          "Derbyshire Constabulary performs in nine areas of policing."),
        H("Our judgments", 2),
        table,
        H("What our grades mean", 3),
        Bul(("**Outstanding** – the force has substantially exceeded the characteristics of good performance.",
             "**Good** – the force has demonstrated substantially all the characteristics of good performance.",
             "**Adequate** – the force has demonstrated some of the characteristics of good performance, but we "
             "have identified areas where it should improve.",
             "**Requires improvement** – the force has demonstrated few, if any, of the characteristics of good "
             "performance and there are a substantial number of areas where it needs to improve.",
             "**Inadequate** – we have causes of concern and have made recommendations to the force to address "
             "them.")),
        Break(),
        # page 2
        H("HM Inspector’s observations", 2),
        P("I am pleased with some aspects of the performance of Derbyshire Constabulary. In our 2022 "
          "inspection we graded the force as requires improvement at investigating crime; it has made progress "
          "and we now judge it to be adequate in this area."),
        P("But I have concerns about how the force protects vulnerable people, and in particular children who "
          "go missing. I have set out a cause of concern below."),
        H("Providing a service to victims of crime", 2),
        P("We inspected how well Derbyshire Constabulary provides a service to victims of crime. This area is "
          "not graded. The force is good at recording crime: we estimate that it records 94.1 percent of "
          "reported crime."),
        H("Police powers and public treatment", 2),
        P("Derbyshire Constabulary is good at using police powers and treating the public fairly and "
          "respectfully."),
        H("Preventing crime", 2),
        P("Derbyshire Constabulary is good at preventing and deterring crime and antisocial behaviour, and "
          "reducing vulnerability."),
        H("Main findings", 3),
        P("**The force works well with partners to solve problems in its neighbourhoods.**"),
        P("Neighbourhood teams use a recognised problem-solving model and record their plans on a shared "
          "system. We saw good examples of plans to reduce antisocial behaviour around retail parks."),
        P("**The force understands its communities and how crime affects them.**"),
        P("Neighbourhood profiles are kept up to date and are used to decide where patrols are needed."),
        H("Responding to the public", 2),
        P("Derbyshire Constabulary is adequate at responding to the public."),
        Break(),
        # page 3
        H("Area for improvement", 3),
        P("**" + afis[0][2] + "**"),
        P(afis[0][3]),
        H("Investigating crime", 2),
        P("Derbyshire Constabulary is adequate at investigating crime."),
        H("Areas for improvement", 3),
        Bul((afis[1][2],)),
        T(rows=(("**Our national findings**\nAcross our PEEL inspections in 2023–25 we found that, in many "
                 "forces, supervisors did not record a clear plan for investigations. We will say more about "
                 "this in our annual assessment of policing.",),),
          widths=(1,), fills={(0, 0): "#e8eef7"}),
        H("Protecting vulnerable people", 2),
        P("Derbyshire Constabulary requires improvement at protecting vulnerable people."),
        H("Cause of concern", 3),
        P("**" + coc + "**"),
        P(coc_detail),
        H("Recommendations", 3),
        P(lead),
        Bul(tuple(recs)),
        Break(),
        # page 4
        H("Area for improvement", 3),
        P("**" + afis[2][2] + "**"),
        H("Managing offenders", 2),
        P("Derbyshire Constabulary is adequate at managing offenders and suspects."),
        H("Area for improvement", 3),
        P("**" + afis[3][2] + "**"),
        P(afis[3][3]),
        H("Developing a positive workplace", 2),
        P("Derbyshire Constabulary is good at building, supporting and protecting the workforce."),
        T(rows=(("**Promising practice**",), ("**A peer support network for new student officers**\nThe force "
                 "has trained 40 experienced officers to mentor students in their first year. Fewer students "
                 "left the force in 2024 than in the year before.",)),
          widths=(1,), fills={(0, 0): "#dfe9d6", (1, 0): "#f3f7ef"}),
        H("Leadership and force management", 2),
        P("Derbyshire Constabulary is adequate at leadership and force management."),
        H("Area for improvement", 3),
        P("**" + afis[4][2] + "**"),
        Break(),
        # page 5
        H("About the data", 2),
        P("Data in this report comes from a range of sources, including the Home Office, the Office for "
          "National Statistics and data we collect directly from all 43 police forces in England and Wales."),
        P("Where we have collected data directly from police forces, we have taken reasonable steps to agree "
          "the design of the data collection with forces. We have given forces several opportunities to "
          "validate the data they have submitted."),
        P("Figures in this report may differ from those published by the force, because they cover different "
          "periods or use different counting rules."),
        P("© HMICFRS 2026"),
    ]
    data = render_pdf(blocks, PdfLook(footer="PEEL 2023–25 – Derbyshire Constabulary"), title, "HMICFRS")
    records = {
        "documents": [{"page": None, "file_type": "pdf", "pages": 5, "doc_kind": "peel_report", "title": title,
                       "force": force, "organisation": None, "meeting_date": None,
                       "publication_date": "2026-02-12", "status": "ok"}],
        "grades": [grade(1, force, fw, a, a, g, as_of) for a, g in grades],
        "causes_of_concern": [cause(3, force, "Protecting vulnerable people", coc, coc_detail)],
        "recommendations": [rec(3, force, coc, r, "Within three months", lead) for r in recs],
        "areas_for_improvement": [afi(p, force, a, t, d) for p, a, t, d in afis],
        "findings": [
            finding(2, force, "Preventing crime", "main_finding",
                    "The force works well with partners to solve problems in its neighbourhoods."),
            finding(2, force, "Preventing crime", "main_finding",
                    "The force understands its communities and how crime affects them."),
            finding(4, force, "Developing a positive workplace", "promising_practice",
                    "A peer support network for new student officers"),
        ],
    }
    return data, records


# --- 2. PEEL 2021/22 report in Word (common form) ------------------------------

def staffordshire() -> tuple[bytes, dict]:
    force = "Staffordshire Police"
    fw, as_of = "PEEL 2021/22", "2022-09"
    title = "PEEL 2021/22 Police effectiveness, efficiency and legitimacy: An inspection of Staffordshire Police"
    rows = [
        ("Engaging with and treating the public with fairness and respect", "Police powers and public treatment",
         "Good"),
        ("Preventing crime and anti-social behaviour", "Preventing crime", "Adequate"),
        ("Responding to the public", "Responding to the public", "Requires improvement"),
        ("Investigating crime", "Investigating crime", "Requires improvement"),
        ("Protecting vulnerable people", "Protecting vulnerable people", "Adequate"),
        ("Managing offenders and suspects", "Managing offenders", "Good"),
        ("Building, supporting and protecting the workforce", "Developing a positive workplace", "Adequate"),
        ("Strategic planning, organisational management and value for money", "Good use of resources", "Adequate"),
        ("Recording data about crime", "Recording data about crime", "Good"),
    ]
    table_rows = [(raw, g) for raw, _, g in rows] + [
        ("Disrupting serious organised crime", "Graded in a separate regional report"),
        ("Providing a service to victims of crime", "Not graded"),
    ]
    coc = "The force needs to answer emergency and non-emergency calls more quickly."
    coc_detail = ("The force answers too few emergency calls within ten seconds. Many callers to 101 abandon "
                  "their call, and the force does not know whether some of them are vulnerable.")
    lead = "Within six months, Staffordshire Police should:"
    recs = [
        "make sure it has enough call handlers on duty to meet demand at peak times;",
        "call back callers who abandon a 999 call; and",
        "assess the risk to callers whose calls it cannot answer promptly.",
    ]
    afis = [
        ("Responding to the public",
         "The force should make sure that repeat victims are identified when they call."),
        ("Investigating crime", "The force should make sure that investigation plans are recorded and reviewed."),
        ("Investigating crime", "The force should improve how it keeps victims informed of progress."),
        ("Protecting vulnerable people",
         "The force should make sure that domestic abuse risk assessments are reviewed by trained staff."),
        ("Developing a positive workplace",
         "The force should understand why officers with less than two years’ service are leaving."),
    ]
    blocks = [
        H(title),
        P("Published: 22 September 2022"),
        H("Contents", 2),
        P("Overall summary\tPage 1"),
        P("Providing a service to victims of crime\tPage 2"),
        P("Our findings\tPage 2"),
        H("Overall summary", 2),
        H("Our judgments", 3),
        P("Our inspection assessed how good Staffordshire Police is in ten areas of policing. We make graded "
          "judgments in nine of these ten as follows:"),
        grade_table(table_rows),
        P("We also inspected how well Staffordshire Police gives victims an appropriate service. We do not "
          "make a graded judgment in this area."),
        P("In 2018/19 we judged the force to be good at effectiveness and to require improvement in efficiency. "
          "These judgments are not comparable with this year’s grades."),
        H("HM Inspector’s observations", 3),
        P("I have a cause of concern about how quickly Staffordshire Police answers calls from the public. "
          "Otherwise I am encouraged by the force’s work in managing offenders and in treating the public "
          "fairly."),
        H("Providing a service to victims of crime", 2),
        P("The force is good at recording crime. Victims of crime usually receive an appropriate service."),
        H("Treatment of the public", 2),
        P("Staffordshire Police is good at treating the public fairly and respectfully."),
        H("Preventing crime and anti-social behaviour", 2),
        P("Staffordshire Police is adequate at preventing crime and anti-social behaviour."),
        H("Responding to the public", 2),
        P("Staffordshire Police requires improvement at responding to the public."),
        H("Cause of concern", 3),
        P("**" + coc + "**"),
        P(coc_detail),
        H("Recommendations", 3),
        P(lead),
        Bul(tuple(recs)),
        H("Area for improvement", 3),
        Bul((afis[0][1],)),
        H("Investigating crime", 2),
        P("Staffordshire Police requires improvement at investigating crime."),
        H("Areas for improvement", 3),
        Bul((afis[1][1], afis[2][1])),
        H("Protecting vulnerable people", 2),
        P("Staffordshire Police is adequate at protecting vulnerable people."),
        H("Area for improvement", 3),
        Bul((afis[3][1],)),
        H("Managing offenders and suspects", 2),
        P("Staffordshire Police is good at managing offenders and suspects."),
        H("Disrupting serious organised crime", 2),
        P("We assessed how well the force tackles serious and organised crime in a separate report on the "
          "regional organised crime unit."),
        H("Building, supporting and protecting the workforce", 2),
        P("Staffordshire Police is adequate at building, supporting and protecting its workforce."),
        H("Area for improvement", 3),
        Bul((afis[4][1],)),
        H("Strategic planning, organisational management and value for money", 2),
        P("Staffordshire Police is adequate at planning and managing its organisation efficiently."),
    ]
    data = render_docx(blocks, title=title, author="HMICFRS", when=WHEN,
                       header=("PEEL 2021/22 – Staffordshire Police",))
    records = {
        "documents": [{"page": None, "file_type": "docx", "doc_kind": "peel_report", "title": title,
                       "force": force, "organisation": None, "meeting_date": None,
                       "publication_date": "2022-09-22", "status": "ok"}],
        "grades": [grade(None, force, fw, area, raw, g, as_of) for raw, area, g in rows],
        "causes_of_concern": [cause(None, force, "Responding to the public", coc, coc_detail)],
        "recommendations": [rec(None, force, coc, r, "Within six months", lead) for r in recs],
        "areas_for_improvement": [afi(None, force, a, t) for a, t in afis],
    }
    return data, records


# --- 3. Child protection inspection (common form) ------------------------------

def nottinghamshire() -> tuple[bytes, dict]:
    force = "Nottinghamshire Police"
    fw, as_of = "Child protection", "2026-03"
    title = "National child protection inspection: Nottinghamshire Police"
    rows = [
        ("Leadership and management", "Child protection leadership", "Adequate"),
        ("Working with safeguarding partners", "Working with safeguarding partners", "Good"),
        ("Responding to children at risk of harm", "Responding to children at risk of harm",
         "Requires improvement"),
        ("Assessing risk to children and making appropriate referrals",
         "Assessing risk to children and making appropriate referrals", "Inadequate"),
        ("Investigating reports of abuse, neglect and exploitation of children",
         "Investigating reports of abuse, neglect and exploitation of children", "Requires improvement"),
    ]
    coc = ("Nottinghamshire Police doesn’t consistently identify the risk to children or share information with "
           "safeguarding partners when it should.")
    coc_detail = ("We found that officers didn’t complete a risk assessment in 14 of the 52 cases we reviewed in "
                  "which one was needed. Referrals to children’s social care were sometimes made days after the "
                  "incident.")
    rec_now = ("make sure that officers complete a risk assessment for every child at risk of harm they come "
               "into contact with.")
    lead_now = "Immediately, Nottinghamshire Police should:"
    lead_3m = "Within three months, Nottinghamshire Police should:"
    recs_3m = [
        "review how its public protection unit screens referrals so that they are shared with partners promptly; "
        "and",
        "give supervisors the training they need to check the quality of risk assessments.",
    ]
    afis = [
        (2, "Responding to children at risk of harm",
         "The force should make sure that officers speak to children and record their views when they attend "
         "incidents.",
         "In many of the domestic abuse incidents we reviewed, officers didn’t speak to the children present."),
        (3, "Investigating reports of abuse, neglect and exploitation of children",
         "The force should make sure that investigations involving children are allocated to officers with the "
         "right skills.", None),
    ]
    blocks = [
        H(title),
        P("Published on: 10 March 2026"),
        H("Contents", 2),
        P("Introduction – 1"),
        P("Our judgments – 1"),
        P("Findings by topic – 2"),
        H("Introduction", 2),
        P("This inspection assessed how well Nottinghamshire Police protects children. We last inspected the "
          "force’s child protection work in 2019; that inspection did not give graded judgments."),
        H("Our judgments", 2),
        T(rows=(("Topic", "Grade"), *((raw, g) for raw, _, g in rows)), widths=(3, 2), header_rows=1,
          fills={(r, 1): GRADE_FILL[g] for r, (_, _, g) in enumerate(rows, start=1)}),
        P("Nationally, we have judged four forces to be inadequate at assessing risk to children since this "
          "inspection programme began to grade forces in 2024."),
        Break(),
        # page 2
        H("Leadership and management", 2),
        P("We judged the force to be adequate in this area."),
        H("Working with safeguarding partners", 2),
        P("We judged the force to be good in this area."),
        H("Promising practice", 3),
        P("**Joint screening of missing children reports**"),
        P("Police and social care staff screen every report of a missing child together each morning, so that "
          "decisions about the risk to the child are made jointly."),
        H("Responding to children at risk of harm", 2),
        P("We judged the force to require improvement in this area."),
        H("Area for improvement", 3),
        P("**" + afis[0][2] + "**"),
        P(afis[0][3]),
        Break(),
        # page 3
        H("Assessing risk to children and making appropriate referrals", 2),
        P("We judged the force to be inadequate in this area."),
        H("Cause of concern", 3),
        P("**" + coc + "**"),
        P(coc_detail),
        H("Recommendations", 3),
        P(lead_now),
        Bul((rec_now,)),
        P(lead_3m),
        Bul(tuple(recs_3m)),
        H("Investigating reports of abuse, neglect and exploitation of children", 2),
        P("We judged the force to require improvement in this area."),
        H("Area for improvement", 3),
        P("**" + afis[1][2] + "**"),
        H("Next steps", 2),
        P("We will ask the force for an action plan within six weeks and will review its progress against the "
          "cause of concern in a post-inspection review."),
    ]
    data = render_pdf(blocks, PdfLook(footer="National child protection inspection – Nottinghamshire Police"),
                      title, "HMICFRS")
    coc_area = "Assessing risk to children and making appropriate referrals"
    records = {
        "documents": [{"page": None, "file_type": "pdf", "pages": 3, "doc_kind": "child_protection_report",
                       "title": title, "force": force, "organisation": None, "meeting_date": None,
                       "publication_date": "2026-03-10", "status": "ok"}],
        "grades": [grade(1, force, fw, area, raw, g, as_of) for raw, area, g in rows],
        "causes_of_concern": [cause(3, force, coc_area, coc, coc_detail)],
        "recommendations": [rec(3, force, coc, rec_now, "Immediately", lead_now)]
        + [rec(3, force, coc, r, "Within three months", lead_3m) for r in recs_3m],
        "areas_for_improvement": [afi(p, force, a, t, d) for p, a, t, d in afis],
        "findings": [finding(2, force, "Working with safeguarding partners", "promising_practice",
                             "Joint screening of missing children reports")],
    }
    return data, records


# --- 4. PCC's section 55 response printed from the web page (new form) ---------

def surrey() -> tuple[bytes, dict]:
    force = "Surrey Police"
    fw, as_of = "PEEL 2023-25", "2026-01"
    title = "Response to the HMICFRS PEEL 2023–25 inspection of Surrey Police"
    grades = [
        ("Police powers and public treatment", "police powers and public treatment", "good", "Good"),
        ("Preventing crime", "preventing crime", "good", "Good"),
        ("Responding to the public", "responding to the public", "requires improvement", "Requires improvement"),
        ("Investigating crime", "investigating crime", "adequate", "Adequate"),
        ("Protecting vulnerable people", "protecting vulnerable people", "adequate", "Adequate"),
        ("Managing offenders", "managing offenders", "good", "Good"),
        ("Developing a positive workplace", "developing a positive workplace", "adequate", "Adequate"),
        ("Leadership and force management", "leadership and force management", "adequate", "Adequate"),
    ]
    coc = "Surrey Police isn’t answering emergency calls quickly enough, and callers are left at risk."
    lead = "The inspectorate recommended that, within three months, Surrey Police should:"
    recs = [
        "make sure that it has enough call handlers to answer 999 calls within ten seconds;",
        "identify and call back vulnerable callers who abandon their calls.",
    ]
    afis = [
        ("Responding to the public",
         "The force should make sure that it attends incidents within the times it has set."),
        ("Investigating crime",
         "The force should make sure that victim needs assessments are completed in every case."),
        ("Protecting vulnerable people",
         "The force should improve how it uses Clare’s Law to protect people at risk of domestic abuse."),
        ("Developing a positive workplace",
         "The force should make sure that its officers and staff receive regular wellbeing conversations."),
    ]
    responses = [
        ("The force has set up a response review team and now reports attendance times to me every month.",
         "I will keep this under review at my Performance and Accountability meetings."),
        ("A new investigation standards unit checks a sample of crimes each week.",
         "I am reassured by the early results."),
        ("Disclosure applications are now handled by a dedicated team.",
         "I will ask for an update in June."),
        ("Wellbeing conversations are now part of every officer’s performance review.",
         "I welcome this change."),
    ]
    blocks = [
        P("Skip to main content"),
        P("Home  ›  Transparency  ›  HMICFRS inspections  ›  PEEL 2023–25", size=9),
        H(title),
        P("Published: 24 March 2026", size=9),
        P("Section 55 of the Police Act 1996 requires me to respond to HMICFRS reports on Surrey Police. This "
          "page is my response to the PEEL 2023–25 report, which HMICFRS published on 29 January 2026."),
        H("What the inspectorate found", 2),
        P("HMICFRS graded the force in eight areas:"),
        Bul(tuple(f"{raw[0].upper() + raw[1:]}: {word}" for _, raw, word, _ in grades)),
        P("This is an improvement on 2022, when the force was judged to require improvement in three areas. "
          "Most similar forces were graded adequate in responding to the public."),
        H("Cause of concern", 2),
        P("The report identified one cause of concern, in responding to the public:"),
        P("*" + coc + "*", indent=24),
        P(lead),
        Bul(tuple(recs)),
        P("The Chief Constable has given me a plan to address this cause of concern. Call answering times are "
          "reported to me weekly, and I will publish the results on this website."),
        H("Areas for improvement", 2),
        P("The report also identified four areas for improvement. The force’s response to each, and my "
          "comment, are below."),
    ]
    for (area, text), (response, comment) in zip(afis, responses, strict=True):
        blocks += [H(area, 3), P("**" + text + "**"), P("Force response: " + response), P("My comment: " + comment)]
    blocks += [
        H("Next steps", 2),
        P("I will hold the Chief Constable to account for progress through my Performance and Accountability "
          "meetings, which are held in public."),
        P("Dominic Fairweather, Police and Crime Commissioner for Surrey"),
        P("Share this page: Facebook  X  LinkedIn  Email", size=9),
        P("We use cookies to make this website work. Accept all cookies | Reject optional cookies", size=9),
    ]
    look = PdfLook(body_size=10.0, margin=40.0,
                   header="24/03/2026, 10:14        Response to the HMICFRS PEEL 2023–25 inspection | Office of "
                          "the Police and Crime Commissioner for Surrey",
                   footer="https://www.surrey-pcc.gov.uk/transparency/hmicfrs-inspections/peel-2023-25-response/")
    data = render_pdf(blocks, look, title, "Office of the Police and Crime Commissioner for Surrey")
    records = {
        "documents": [{"page": None, "file_type": "pdf", "pages": 2, "doc_kind": "force_response", "title": title,
                       "force": force, "organisation": "Police and Crime Commissioner for Surrey",
                       "meeting_date": None, "publication_date": "2026-03-24", "status": "ok"}],
        "grades": [grade(1, force, fw, area, raw[0].upper() + raw[1:], g, as_of) for area, raw, _, g in grades],
        "causes_of_concern": [cause(1, force, "Responding to the public", coc, None)],
        "recommendations": [rec(1, force, coc, r, "Within three months", lead) for r in recs],
        # the web page runs on: the fourth AFI is the first thing on page 2
        "areas_for_improvement": [afi(p, force, a, t) for p, (a, t) in zip((1, 1, 1, 2), afis, strict=True)],
        "findings": [],
    }
    return data, records


# --- 5. Child protection post-inspection review in Word (new form) -------------

def kent() -> tuple[bytes, dict]:
    force = "Kent Police"
    title = "National child protection post-inspection review: Kent Police"
    coc1_area = "Assessing risk to children and making appropriate referrals"
    coc1 = ("Kent Police doesn’t always recognise the risk to children or refer them to safeguarding partners "
            "promptly.")
    lead1 = "Within three months, Kent Police should:"
    recs1 = [
        "make sure that officers complete a child risk assessment at every domestic abuse incident where "
        "children live; and",
        "make sure that referrals to children’s social care are made within 24 hours.",
    ]
    coc2_area = "Investigating reports of abuse, neglect and exploitation of children"
    coc2 = "Kent Police’s investigations of child sexual abuse are not always timely or well supervised."
    rec2 = ("By 31 October 2025, Kent Police should make sure that every investigation of child sexual abuse "
            "has a recorded plan that a supervisor reviews every 28 days.")
    new_afi = ("The force should make sure that information about children from its missing persons system is "
               "shared with the multi-agency safeguarding hub.")
    new_afi_detail = ("We found that the force’s missing persons records and its safeguarding referrals are held "
                      "on separate systems, and staff in the hub could not always see a child’s missing history.")
    blocks = [
        H(title),
        P("Published: 10 March 2026"),
        H("Introduction", 2),
        P("In June 2025 we published our national child protection inspection of Kent Police. We judged the "
          "force to be inadequate at assessing risk to children and making referrals, and to require "
          "improvement at investigating reports of abuse. We identified two causes of concern."),
        P("In this post-inspection review we assessed the progress the force has made. We don’t grade forces "
          "in post-inspection reviews."),
        H("Cause of concern 1: Assessing risk to children and making appropriate referrals", 2),
        P("**" + coc1 + "**"),
        H("Recommendations", 3),
        P(lead1),
        Bul(tuple(recs1)),
        H("What we found", 3),
        P("The force has introduced a new risk assessment form and trained all response officers to use it. In "
          "the cases we reviewed, a risk assessment was completed in 46 of 50. Referrals were made within 24 "
          "hours in most cases."),
        H("Cause of concern 2: Investigating reports of abuse, neglect and exploitation of children", 2),
        P("**" + coc2 + "**"),
        H("Recommendation", 3),
        P(rec2),
        H("What we found", 3),
        P("Investigation plans were recorded in most of the cases we reviewed, but supervisors did not review "
          "them every 28 days. The force needs to do more."),
        H("Summary of progress", 2),
        T(rows=(("Recommendation", "Our assessment"),
                ("Cause of concern 1, recommendation 1", "Discharged"),
                ("Cause of concern 1, recommendation 2", "Discharged"),
                ("Cause of concern 2, recommendation 1", "Not discharged – further progress needed")),
          widths=(3, 3), header_rows=1),
        H("New area for improvement", 2),
        P("**" + new_afi + "**"),
        P(new_afi_detail),
        H("Next steps", 2),
        P("We will continue to monitor the force’s progress against the remaining recommendation through our "
          "usual monitoring process."),
    ]
    data = render_docx(blocks, title=title, author="HMICFRS", when=WHEN)
    records = {
        "documents": [{"page": None, "file_type": "docx", "doc_kind": "child_protection_report", "title": title,
                       "force": force, "organisation": None, "meeting_date": None,
                       "publication_date": "2026-03-10", "status": "ok"}],
        "grades": [],
        "causes_of_concern": [cause(None, force, coc1_area, coc1, with_detail=False),
                              cause(None, force, coc2_area, coc2, with_detail=False)],
        "recommendations": [rec(None, force, coc1, r, "Within three months", lead1) for r in recs1]
        + [rec(None, force, coc2, rec2, "By 31 October 2025", with_lead_in=False)],
        "areas_for_improvement": [afi(None, force, None, new_afi, new_afi_detail)],
    }
    return data, records


# --- 6. Force action plan in Word, a cause and its bullets in one cell (new form)

def norfolk() -> tuple[bytes, dict]:
    force = "Norfolk Constabulary"
    fw, as_of = "Child protection", "2026-01"
    title = "Norfolk Constabulary: child protection inspection action plan"
    grades = [
        ("Leadership and management", "Child protection leadership", "Good"),
        ("Working with safeguarding partners", "Working with safeguarding partners", "Good"),
        ("Responding to children at risk of harm", "Responding to children at risk of harm", "Adequate"),
        ("Assessing risk to children and making appropriate referrals",
         "Assessing risk to children and making appropriate referrals", "Adequate"),
        ("Investigating reports of abuse, neglect and exploitation of children",
         "Investigating reports of abuse, neglect and exploitation of children", "Requires improvement"),
    ]
    inv = "Investigating reports of abuse, neglect and exploitation of children"
    coc = "The constabulary doesn’t always investigate online child sexual abuse offences promptly."
    lead = "Within six months, Norfolk Constabulary should:"
    recs = [
        "reduce the time it takes to act on referrals about online child sexual abuse; and",
        "make sure that a supervisor reviews the risk to children in every such case while it waits.",
    ]
    afis = [
        ("Responding to children at risk of harm",
         "The constabulary should make sure that the voice of the child is recorded in its records of "
         "incidents."),
        ("Assessing risk to children and making appropriate referrals",
         "The constabulary should make sure that its referrals to children’s social care explain the risk to "
         "the child."),
        (inv, "The constabulary should make sure that victims are kept informed during investigations."),
    ]
    plan = T(
        rows=(
            ("Ref", "Inspection area", "HMICFRS finding", "Lead", "Action taken / planned", "Target date",
             "Status"),
            ("CoC 1", inv,
             ("**Cause of concern:** " + coc, "**Recommendations:** " + lead, Bul(tuple(recs))),
             "Det Supt, Public Protection",
             "Extra staff moved into the online abuse team; a weekly triage meeting reviews every waiting "
             "referral.", "31/07/2026", "In progress"),
            ("AFI 1", afis[0][0], afis[0][1], "Ch Supt, Local Policing",
             "Body-worn video guidance updated; dip sampling each month.", "30/06/2026", "Complete"),
            ("AFI 2", afis[1][0], afis[1][1], "Det Supt, Public Protection",
             "Referral template revised with children’s services.", "30/06/2026", "In progress"),
            ("AFI 3", afis[2][0], afis[2][1], "Det Supt, Crime",
             "Victim contact plans added to the crime system.", "30/09/2026", "Not started"),
        ),
        widths=(1.2, 3, 6, 2.4, 4, 1.8, 1.8), header_rows=1,
        fills={(1, 6): "#ffc000", (2, 6): "#92d050", (3, 6): "#ffc000", (4, 6): "#ff0000"},
    )
    blocks = [
        P("OFFICIAL"),
        H(title),
        P("Version 3 – updated 2 March 2026"),
        H("1. Background", 2),
        P("HMICFRS published its national child protection inspection of Norfolk Constabulary on 27 January "
          "2026. The constabulary was graded as follows:"),
        T(rows=(("Inspection area", "Grade"), *((raw, g) for raw, _, g in grades)), widths=(4, 2),
          header_rows=1),
        P("The inspection identified one cause of concern, with two recommendations, and three areas for "
          "improvement. This plan sets out how the constabulary is responding to each."),
        H("2. Action plan", 2),
        plan,
        P("RAG: Complete (green), In progress (amber), Not started (red)."),
    ]
    data = render_docx(blocks, title=title, author="Norfolk Constabulary", when=WHEN, header=("OFFICIAL",),
                       landscape_pages=True)
    records = {
        "documents": [{"page": None, "file_type": "docx", "doc_kind": "force_response", "title": title,
                       "force": force, "organisation": None, "meeting_date": None, "status": "ok"}],
        "grades": [grade(None, force, fw, area, raw, g, as_of) for raw, area, g in grades],
        "causes_of_concern": [cause(None, force, inv, coc, None)],
        "recommendations": [rec(None, force, coc, r, "Within six months", lead) for r in recs],
        "areas_for_improvement": [afi(None, force, a, t) for a, t in afis],
        "findings": [],
    }
    return data, records


# --- 7. PFCC accountability board pack quoting a PEEL report (common form) -------

def northamptonshire() -> tuple[bytes, dict]:
    force = "Northamptonshire Police"
    organisation = "Police, Fire and Crime Commissioner for Northamptonshire"
    fw, as_of = "PEEL 2023-25", "2026-02"
    meeting_date = "2026-04-14"
    title = "Accountability Board"
    agenda = [
        ("1", "Welcome and apologies", "PFCC"),
        ("2", "Notes and actions of the meeting held on 10 March 2026", "Chief Executive, OPFCC"),
        ("3", "HMICFRS PEEL 2023–25 inspection of Northamptonshire Police", "Deputy Chief Constable"),
        ("4", "Quarterly performance report", "Assistant Chief Constable"),
        ("5", "Any other business", "PFCC"),
    ]
    by_grade = {
        "Outstanding": [],
        "Good": ["Managing offenders", "Developing a positive workplace"],
        "Adequate": ["Police powers and public treatment", "Preventing crime", "Investigating crime",
                     "Leadership and force management"],
        "Requires improvement": ["Responding to the public", "Protecting vulnerable people"],
        "Inadequate": [],
    }
    chart = T(rows=(tuple(by_grade), tuple("\n".join(areas) for areas in by_grade.values())),
              widths=(1, 1, 1, 1.3, 1), header_rows=1,
              fills={(0, c): GRADE_FILL[g] for c, g in enumerate(by_grade)})
    afis = [
        ("Responding to the public", "The force should make sure it answers 999 calls within the national standard."),
        ("Responding to the public", "The force should make sure it assesses the risk to callers consistently."),
        ("Investigating crime", "The force should make sure that victims are updated on the progress of their case."),
        ("Protecting vulnerable people",
         "The force should make sure that officers use body-worn video at domestic abuse incidents."),
        ("Protecting vulnerable people",
         "The force should review how it manages its backlog of online child abuse referrals."),
    ]
    blocks = [
        P("**Office of the Police, Fire and Crime Commissioner for Northamptonshire**"),
        H(title),
        P("Tuesday 14 April 2026, 10:00–12:00, Darby House, Northampton"),
        H("Agenda", 2),
        T(rows=(("Item", "Title", "Presented by"), *agenda), widths=(0.7, 5, 2.3), header_rows=1),
        P("Attendees: Police, Fire and Crime Commissioner; Chief Constable; Deputy Chief Constable; Chief "
          "Executive, OPFCC; Chief Finance Officer."),
        Break(),
        # page 2
        T(rows=(("**Report title**", "HMICFRS PEEL 2023–25 inspection of Northamptonshire Police"),
                ("**Meeting date**", "14 April 2026"),
                ("**Agenda item**", "3"),
                ("**Author**", "Head of Strategic Planning, Northamptonshire Police")),
          widths=(1, 3)),
        H("1. Purpose", 2),
        P("To update the Commissioner on the findings of the PEEL 2023–25 inspection and the force’s plan to "
          "address them."),
        H("2. Background", 2),
        P("HMICFRS inspected the force in the autumn of 2025 and published its report on 19 February 2026. The "
          "inspectorate graded the force in eight areas, as shown below."),
        chart,
        P("In the 2021/22 inspection the force was graded inadequate at responding to the public, so the new "
          "grade is an improvement. No causes of concern were identified."),
        H("3. Areas for improvement", 2),
        P("HMICFRS identified five areas for improvement. The force has assigned a chief officer lead to each."),
    ]
    current = None
    for area, text in afis:
        if area != current:
            blocks.append(H(area, 3))
            current = area
        blocks.append(Bul((text,)))
    blocks += [
        H("4. Questions for the Chief Constable", 2),
        P("4.1 How will the force sustain the improvement in call answering over the summer?"),
        P("4.2 When does the force expect the online child abuse referral backlog to be cleared?"),
        H("5. Recommendation", 2),
        P("The Commissioner is asked to note the report and the force’s plan."),
    ]
    data = render_pdf(blocks, PdfLook(footer="Accountability Board – 14 April 2026"), title, "OPFCC Northamptonshire")
    records = {
        "documents": [{"page": None, "file_type": "pdf", "pages": 3, "doc_kind": "scrutiny_pack", "title": title,
                       "force": force, "organisation": organisation, "meeting_date": meeting_date,
                       "status": "ok"}],
        "meetings": [{"page": 1, "meeting_date": meeting_date, "topic": None, "organisation": organisation,
                      "title": title}],
        "agenda_items": [{"page": 1, "meeting_date": meeting_date, "number": n, "title": t, "presenter": who}
                         for n, t, who in agenda],
        "grades": [grade(2, force, fw, area, area, g, as_of) for g, areas in by_grade.items() for area in areas],
        "causes_of_concern": [],
        "recommendations": [],
        "areas_for_improvement": [afi(2, force, a, t) for a, t in afis],
        "assurance_decisions": [],
        "actions": [],
    }
    return data, records


DOCUMENTS = {
    "peel-2023-25-derbyshire-r17b.pdf": derbyshire,
    "peel-2021-22-staffordshire-r17b.docx": staffordshire,
    "ncpi-nottinghamshire-r17b.pdf": nottinghamshire,
    "surrey-pcc-peel-s55-webpage-r17b.pdf": surrey,
    "ncpi-post-inspection-review-kent-r17b.docx": kent,
    "norfolk-ncpi-action-plan-r17b.docx": norfolk,
    "northamptonshire-pfcc-ab-2026-04-14-r17b.pdf": northamptonshire,
}


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    for name, build in DOCUMENTS.items():
        data, records = build()
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (gold_dir / f"{name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
        print(name, len(data), {k: len(v) for k, v in records.items()})


if __name__ == "__main__":
    main()
