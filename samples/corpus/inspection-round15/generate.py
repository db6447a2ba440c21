"""Inspection round 15 (issue 3; held out until scored): seven documents and
their hand-written gold in gold/ (heldout/ until the round was scored; see
README.md).

Run: .venv/bin/python samples/corpus/inspection-round15/generate.py
The bytes repeat (ReportLab invariant mode, fixed Word zip times). Rendered by
scrutiny-round3's render.py. Names, figures, grades and wording are invented.
Gold is written here by hand next to the text it describes; PDF pages are the
pages the text is placed on (explicit page breaks), checked with `scrutiny inspect`.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import scrutiny_common  # noqa: E402,F401  (puts render.py on sys.path)
from inspection_render import GRADE_FILL  # noqa: E402
from render import Break, Bul, H, P, PdfLook, T, render_docx, render_pdf  # noqa: E402

CHECKED = ("Written by hand in samples/corpus/inspection-round15/generate.py next to the text it "
           "describes, blind (no extractor code read, extractors never run on these files); PDF pages "
           "are the generator's explicit page breaks, read against `scrutiny inspect`.")
WHEN = datetime(2026, 3, 2, 9, 0, 0)
PEEL = "PEEL 2023-25"
CP = "Child protection"


def grade(page, force, framework, area, area_raw, value, as_of):
    return {"page": page, "force": force, "framework": framework, "area": area, "area_raw": area_raw,
            "grade": value, "as_of": as_of}


def afi(page, force, area, text, detail=None):
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def cause(page, force, area, text, detail=None):
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def rec(page, force, cause_text, text, timescale, lead_in):
    return {"page": page, "force": force, "cause_of_concern_text": cause_text, "text": text,
            "timescale": timescale, "lead_in": lead_in}


def document(file_type, force, title, doc_kind, pages=None, **extra):
    record = {"page": None, "file_type": file_type, "force": force, "status": "ok", "title": title}
    if doc_kind is not None:  # None: the document is none of the contract's kinds, so the kind is not scored
        record["doc_kind"] = doc_kind
    if pages is not None:
        record["pages"] = pages
    record.update(extra)
    return record


# 1. Common form: a whole PEEL 2023-25 report (PDF, 4 pages) -----------------

def lincolnshire():
    force = "Lincolnshire Police"
    title = "PEEL 2023–25 Police effectiveness, efficiency and legitimacy: An inspection of Lincolnshire Police"
    table = [("Preventing crime", "Good"), ("Responding to the public", "Requires improvement"),
             ("Investigating crime", "Adequate"), ("Protecting vulnerable people", "Adequate"),
             ("Managing offenders", "Good"), ("Developing a positive workplace", "Adequate"),
             ("Police powers and public treatment", "Good"), ("Leadership and force management", "Adequate")]
    rows = [("**Area**", "**Grade**")] + [(a, g) for a, g in table] + [
        ("Providing a service to victims of crime", "This area is not graded")]
    fills = {(r, 1): GRADE_FILL[g] for r, (_, g) in enumerate(table, start=1)}
    cause_text = "Lincolnshire Police needs to answer emergency and non-emergency calls more quickly."
    cause_detail = ("In the year to March 2025 the force answered 79 percent of emergency calls within ten "
                    "seconds, against a national standard of 90 percent. Callers to 101 waited a median of "
                    "eleven minutes, and one in four abandoned the call.")
    lead = "Within six months, Lincolnshire Police should:"
    recs = ["make sure it has enough trained call handlers at times of peak demand;",
            "make sure that the risk to repeat and vulnerable callers is assessed on every call; and",
            "monitor abandoned calls and call back those who may be at risk."]
    afi1 = "The force should make sure investigations are allocated to officers with the right skills."
    afi1_detail = ("Some complex investigations, including those of stalking, were held by officers without "
                   "the training to investigate them. Supervisors didn't always review these allocations.")
    afi2 = "The force should improve how it records the reasons for stop and search."
    afi3 = "The force should make sure it understands the wellbeing needs of its workforce."
    blocks = [
        H(title, 1), P("Published: 12 February 2026"),
        H("Contents", 2),
        P("Our judgments 1"), P("Responding to the public 2"),
        P("Investigating crime 3"), P("Police powers and public treatment 3"),
        P("Developing a positive workplace 4"),
        H("Our judgments", 2),
        P("Our inspection assessed how good Lincolnshire Police is in nine areas of policing. We make "
          "graded judgments in eight of these nine areas:"),
        T(tuple(rows), (250, 200), fills=fills),
        P("We didn’t make a graded judgment in the area of providing a service to victims of crime; we "
          "assess this through our crime data integrity work."),
        Break(),
        H("What our grades mean", 2),
        Bul(("**Outstanding** – the force has substantially exceeded our expectations.",
             "**Good** – the force has demonstrated strengths in several aspects of this area.",
             "**Adequate** – the force has demonstrated some strengths, but also areas for improvement.",
             "**Requires improvement** – there are shortcomings in the force’s performance.",
             "**Inadequate** – the force’s performance is substantially below what we expect.")),
        P("In our 2021/22 PEEL inspection we graded the force as good at responding to the public. Its "
          "performance has since declined."),
        H("Responding to the public", 2),
        P("Lincolnshire Police requires improvement at responding to the public."),
        H("Cause of concern", 3),
        P(f"**{cause_text}**"), P(cause_detail),
        H("Recommendations", 3), P(lead), Bul(tuple(recs)),
        Break(),
        H("Investigating crime", 2),
        P("Lincolnshire Police is adequate at investigating crime."),
        H("Area for improvement", 3), P(f"**{afi1}**"), P(afi1_detail),
        H("Innovative practice", 3),
        P("**Digital evidence upload for victims of fraud**"),
        P("Victims can upload screenshots and bank statements through a secure link, which saves "
          "officers time and spares victims a visit to a station."),
        H("Police powers and public treatment", 2),
        P("Lincolnshire Police is good at using its powers and treating people fairly and respectfully."),
        H("Area for improvement", 3), P(f"**{afi2}**"),
        P("We reviewed 120 stop and search records and found that 14 did not record reasonable grounds "
          "clearly enough for us to judge them."),
        Break(),
        H("Developing a positive workplace", 2),
        P("Lincolnshire Police is adequate at building, supporting and protecting the workforce."),
        H("Area for improvement", 3), P(f"**{afi3}**"),
        P("The force’s wellbeing survey had a low response rate and leaders couldn’t say how they had used "
          "its results."),
        P("© HMICFRS 2026. www.hmicfrs.justiceinspectorates.gov.uk"),
    ]
    data = render_pdf(blocks, PdfLook(footer="PEEL 2023–25 Lincolnshire Police"), title, "HMICFRS")
    records = {
        "documents": [document("pdf", force, title, "peel_report", 4, publication_date="2026-02-12")],
        "grades": [grade(1, force, PEEL, a, a, g, "2026-02") for a, g in table],
        "causes_of_concern": [cause(2, force, "Responding to the public", cause_text, cause_detail)],
        "recommendations": [rec(2, force, cause_text, r, "Within six months", lead) for r in recs],
        "areas_for_improvement": [afi(3, force, "Investigating crime", afi1, afi1_detail),
                                  afi(3, force, "Police powers and public treatment", afi2,
                                      "We reviewed 120 stop and search records and found that 14 did not "
                                      "record reasonable grounds clearly enough for us to judge them."),
                                  afi(4, force, "Developing a positive workplace", afi3,
                                      "The force’s wellbeing survey had a low response rate and leaders "
                                      "couldn’t say how they had used its results.")],
        "findings": [{"page": 3, "force": force, "area": "Investigating crime", "kind": "innovative_practice",
                      "text": "Digital evidence upload for victims of fraud"}],
    }
    return data, records


# 2. Common form: a PEEL 2021/22 report in Word -------------------------------

def suffolk():
    force = "Suffolk Constabulary"
    title = "PEEL 2021/22: An inspection of Suffolk Constabulary"
    table = [("Engaging with and treating the public with fairness and respect", "Police powers and public treatment", "Good"),
             ("Preventing crime and anti-social behaviour", "Preventing crime", "Outstanding"),
             ("Responding to the public", "Responding to the public", "Adequate"),
             ("Investigating crime", "Investigating crime", "Good"),
             ("Protecting vulnerable people", "Protecting vulnerable people", "Good"),
             ("Managing offenders and suspects", "Managing offenders", "Adequate"),
             ("Building, supporting and protecting the workforce", "Developing a positive workplace", "Requires improvement"),
             ("Strategic planning, organisational management and value for money", "Good use of resources", "Good")]
    rows = [("**Area**", "**Grade**")] + [(raw, g) for raw, _, g in table] + [
        ("Providing a service to the victims of crime", "Not graded"),
        ("Tackling serious and organised crime", "Graded in a separate regional report")]
    fills = {(r, 1): GRADE_FILL[g] for r, (_, _, g) in enumerate(table, start=1)}
    afi_resp = "The constabulary should make sure that it attends incidents within its published response times."
    afi_off = "The constabulary should improve how it manages registered sex offenders who are awaiting a home visit."
    afi_work1 = "The constabulary should make sure that its occupational health unit can meet demand."
    afi_work2 = "The constabulary should understand why officers and staff are leaving in their first two years."
    blocks = [
        H(title, 1), P("Published: 9 September 2022"),
        H("Our judgments", 2),
        P("Our inspection assessed how good Suffolk Constabulary is in ten areas of policing. We make "
          "graded judgments in eight of the ten, as follows:"),
        T(tuple(rows), (110, 60), header_rows=1, fills=fills),
        P("In 2018/19 we judged the constabulary to be good at effectiveness. We set out our detailed "
          "findings about things the constabulary is doing well and where it should improve below."),
        H("Responding to the public", 2),
        P("Suffolk Constabulary is adequate at responding to the public."),
        H("Areas for improvement", 3), Bul((afi_resp,)),
        H("Managing offenders and suspects", 2),
        P("Suffolk Constabulary is adequate at managing offenders and suspects."),
        H("Areas for improvement", 3), Bul((afi_off,)),
        H("Building, supporting and protecting the workforce", 2),
        P("Suffolk Constabulary requires improvement at building, supporting and protecting the workforce."),
        H("Areas for improvement", 3), Bul((afi_work1, afi_work2)),
    ]
    data = render_docx(blocks, title=title, author="HMICFRS", when=WHEN)
    records = {
        "documents": [document("docx", force, title, "peel_report", publication_date="2022-09-09")],
        "grades": [grade(None, force, "PEEL 2021/22", area, raw, g, "2022-09") for raw, area, g in table],
        "areas_for_improvement": [afi(None, force, "Responding to the public", afi_resp),
                                  afi(None, force, "Managing offenders", afi_off),
                                  afi(None, force, "Developing a positive workplace", afi_work1),
                                  afi(None, force, "Developing a positive workplace", afi_work2)],
        "causes_of_concern": [], "recommendations": [],
    }
    return data, records


# 3. Common form: a national child protection inspection (PDF, 3 pages) -------

def bedfordshire():
    force = "Bedfordshire Police"
    title = "National child protection inspection: Bedfordshire Police"
    table = [("Leadership and management", "Child protection leadership", "Requires improvement"),
             ("Working with safeguarding partners", "Working with safeguarding partners", "Adequate"),
             ("Responding to children at risk of harm", "Responding to children at risk of harm", "Inadequate"),
             ("Assessing risk to children and making appropriate referrals",
              "Assessing risk to children and making appropriate referrals", "Requires improvement"),
             ("Investigating reports of abuse, neglect and exploitation of children",
              "Investigating reports of abuse, neglect and exploitation of children", "Adequate")]
    rows = [("**Topic**", "**Grade**")] + [(raw, g) for raw, _, g in table]
    fills = {(r, 1): GRADE_FILL[g] for r, (_, _, g) in enumerate(table, start=1)}
    cause_text = ("The force doesn’t make sure that children at risk of harm are safeguarded when officers "
                  "first attend an incident.")
    cause_detail = ("In 17 of the 42 cases we examined, officers didn’t speak to the child or record their "
                    "views, and in nine of these the child was left at risk overnight.")
    lead1 = "Immediately, Bedfordshire Police should:"
    rec1 = "make sure that officers speak to every child present at a domestic abuse incident and record the child’s views."
    lead2 = "Within three months, Bedfordshire Police should:"
    rec2a = "review its training for first responders so that it covers the signs of neglect; and"
    rec2b = "make sure supervisors check the safeguarding actions taken at each incident involving a child."
    afi1 = "The force should improve how it shares information with partners at strategy discussions."
    afi2 = "The force should make sure that its leaders understand the quality of child protection investigations."
    afi2_detail = ("Leaders relied on volume figures and had no audit of how well investigations were supervised.")
    blocks = [
        H(title, 1), P("Published on: 21 January 2026"),
        H("Summary of findings", 2),
        P("We inspected how well Bedfordshire Police protects children at risk of harm. We graded its "
          "performance in five topics:"),
        T(tuple(rows), (300, 150), header_rows=1, fills=fills),
        P("Our last inspection of the force’s child protection work, in 2019, was not graded."),
        Break(),
        H("Responding to children at risk of harm", 2),
        P("We judged the force to be inadequate in this area."),
        H("Cause of concern", 3), P(f"**{cause_text}**"), P(cause_detail),
        H("Recommendations", 3), P(lead1), Bul((rec1,)), P(lead2), Bul((rec2a, rec2b)),
        Break(),
        H("Working with safeguarding partners", 2),
        P("We judged the force to be adequate in this area."),
        H("Area for improvement", 3), P(f"**{afi1}**"),
        H("Leadership and management", 2),
        P("We judged the force to require improvement in this area."),
        H("Area for improvement", 3), P(f"**{afi2}**"), P(afi2_detail),
    ]
    data = render_pdf(blocks, PdfLook(), title, "HMICFRS")
    records = {
        "documents": [document("pdf", force, title, "child_protection_report", 3, publication_date="2026-01-21")],
        "grades": [grade(1, force, CP, area, raw, g, "2026-01") for raw, area, g in table],
        "causes_of_concern": [cause(2, force, "Responding to children at risk of harm", cause_text, cause_detail)],
        "recommendations": [rec(2, force, cause_text, rec1, "Immediately", lead1),
                            rec(2, force, cause_text, rec2a, "Within three months", lead2),
                            rec(2, force, cause_text, rec2b, "Within three months", lead2)],
        "areas_for_improvement": [afi(3, force, "Working with safeguarding partners", afi1),
                                  afi(3, force, "Child protection leadership", afi2, afi2_detail)],
    }
    return data, records


# 4. Common form: a PCC panel paper with a grade table and an AFI table -------

def essex():
    force = "Essex Police"
    title = "Police, Fire and Crime Panel: HMICFRS PEEL inspection of Essex Police"
    table = [("Preventing crime", "Good"), ("Responding to the public", "Adequate"),
             ("Investigating crime", "Requires improvement"), ("Protecting vulnerable people", "Good"),
             ("Managing offenders", "Good"), ("Developing a positive workplace", "Adequate"),
             ("Police powers and public treatment", "Adequate"), ("Leadership and force management", "Good")]
    previous = dict(zip((a for a, _ in table), ("Good", "Requires improvement", "Adequate", "Good",
                                                 "Adequate", "Good", "Good", "n/a")))
    rows = [("**PEEL area**", "**2025 grade**", "**2022 grade**")] + [(a, g, previous[a]) for a, g in table]
    afis = [("Investigating crime", "The force should make sure that victims are updated on the progress of their case.",
             "New victim contact plan live; compliance 71%"),
            ("Investigating crime", "The force should make sure that investigation plans are set and reviewed by supervisors.",
             "Supervision audit due June 2026"),
            ("Police powers and public treatment", "The force should improve the recording of its use of force.",
             "Body-worn video review panel started")]
    arows = [("**Area**", "**Area for improvement**", "**Progress**")] + afis
    blocks = [
        P("Essex Police, Fire and Crime Panel – 14 April 2026"), P("Agenda item 6"),
        H(title, 1),
        H("1. Purpose", 2),
        P("1.1 To inform the Panel of the findings of the HMICFRS PEEL 2023–25 inspection of Essex Police, "
          "published on 5 March 2026, and of the force’s progress."),
        H("2. Grades", 2),
        P("2.1 The grades given in the report are set out below beside those of the 2021/22 inspection."),
        T(tuple(rows), (200, 120, 120), header_rows=1),
        P("2.2 Nationally, five forces were graded outstanding in at least one area. The Commissioner’s "
          "ambition is for the force to be good or better in every area by 2027."),
        H("3. Areas for improvement", 2),
        P("3.1 The report gave the force six areas for improvement; those under scrutiny are below."),
        T(tuple(arows), (120, 230, 130), header_rows=1),
        H("4. Recommendation", 2),
        P("4.1 The Panel is asked to note the report."),
    ]
    data = render_pdf(blocks, PdfLook(footer="Essex Police, Fire and Crime Panel"), title, "PFCC for Essex")
    records = {
        "documents": [document("pdf", force, title, "scrutiny_pack", 1, meeting_date="2026-04-14")],
        # both columns are inspections' grades (an improvement journey): the "2022 grade" column is PEEL
        # 2021/22's, undated (the paper gives no month for that inspection); "n/a" is no grade
        "grades": [grade(1, force, PEEL, a, a, g, "2026-03") for a, g in table]
        + [grade(1, force, "PEEL 2021/22", a, a, g, None) for a, g in previous.items() if g != "n/a"],
        "areas_for_improvement": [afi(1, force, area, text) for area, text, _ in afis],
        "causes_of_concern": [], "recommendations": [],
    }
    return data, records


# 5. New form: a force's action plan in Word (landscape), grades across one row

def wiltshire():
    force = "Wiltshire Police"
    title = "Wiltshire Police: PEEL 2023–25 improvement plan"
    table = [("Preventing crime", "Adequate"), ("Responding to the public", "Good"),
             ("Investigating crime", "Requires improvement"), ("Protecting vulnerable people", "Adequate"),
             ("Managing offenders", "Inadequate"), ("Developing a positive workplace", "Good"),
             ("Police powers and public treatment", "Adequate"), ("Leadership and force management", "Requires improvement")]
    grade_rows = (tuple(f"**{a}**" for a, _ in table), tuple(g for _, g in table))
    fills = {(1, c): GRADE_FILL[g] for c, (_, g) in enumerate(table)}
    cause_text = ("The force isn’t managing the risk posed by registered sex offenders effectively.")
    rec_a = ("Within three months, Wiltshire Police should make sure that every registered sex offender has "
             "an up-to-date risk assessment.")
    rec_b = ("Within six months, Wiltshire Police should make sure it has enough trained staff to manage "
             "the number of registered sex offenders in the county.")
    afi1 = "The force should make sure it records and acts on vulnerability when it first responds to a crime."
    afi2 = "The force should make sure that investigations are supervised effectively."
    afi3 = "The force should improve how it uses the views of communities to set its priorities."
    plan = [("**Ref**", "**Area**", "**HMICFRS finding**", "**Lead**", "**Our action**", "**Due**", "**Status**"),
            ("CoC1", "Managing offenders", f"Cause of concern: {cause_text}", "ACC Crime",
             "Offender management review board set up", "Jan 2026", "Complete"),
            ("R1.1", "Managing offenders", rec_a, "D/Supt PPU", "Backlog of 212 assessments cleared", "Feb 2026", "Complete"),
            ("R1.2", "Managing offenders", rec_b, "D/Supt PPU", "Eight posts advertised", "May 2026", "On track"),
            ("AFI1", "Protecting vulnerable people", afi1, "Supt Response", "THRIVE refresher training", "Jun 2026", "On track"),
            ("AFI2", "Investigating crime", afi2, "Det Ch Supt", "Supervision standard published", "Apr 2026", "Delayed"),
            ("AFI3", "Preventing crime", afi3, "Supt Neighbourhoods", "Community priority surveys", "Sep 2026", "Not started")]
    blocks = [
        P("OFFICIAL"),
        H(title, 1),
        P("HMICFRS published its PEEL 2023–25 report on Wiltshire Police on 18 November 2025. The "
          "inspectorate graded the force as follows:"),
        T(grade_rows, tuple([32] * 8), fills=fills),
        P("The report raised one cause of concern, with two recommendations, and eleven areas for "
          "improvement. This plan tracks each of them; the areas for improvement for which the force has "
          "already closed its actions are reported separately."),
        T(tuple(plan), (14, 30, 80, 22, 45, 16, 18), header_rows=1),
        P("Version 3 – 2 March 2026. Owner: Head of Strategic Planning."),
    ]
    data = render_docx(blocks, title=title, author="Wiltshire Police", when=WHEN, header=("OFFICIAL",),
                       landscape_pages=True)
    records = {
        "documents": [document("docx", force, title, "force_response")],
        "grades": [grade(None, force, PEEL, a, a, g, "2025-11") for a, g in table],
        "causes_of_concern": [cause(None, force, "Managing offenders", cause_text)],
        "recommendations": [{"page": None, "force": force, "cause_of_concern_text": cause_text, "text": rec_a,
                             "timescale": "Within three months"},
                            {"page": None, "force": force, "cause_of_concern_text": cause_text, "text": rec_b,
                             "timescale": "Within six months"}],
        "areas_for_improvement": [afi(None, force, "Protecting vulnerable people", afi1),
                                  afi(None, force, "Investigating crime", afi2),
                                  afi(None, force, "Preventing crime", afi3)],
    }
    return data, records


# 6. New form: HM Inspector's covering letter to a chief constable (PDF) -------

def dyfed_powys():
    force = "Dyfed-Powys Police"
    title = "PEEL 2023–25: letter to the Chief Constable of Dyfed-Powys Police"
    listed = [("preventing and deterring crime and antisocial behaviour, and reducing vulnerability",
               "Preventing crime", "good"),
              ("responding to the public", "Responding to the public", "adequate"),
              ("investigating crime", "Investigating crime", "adequate"),
              ("protecting vulnerable people", "Protecting vulnerable people", "good"),
              ("managing offenders and suspects", "Managing offenders", "outstanding"),
              ("building, supporting and protecting the workforce", "Developing a positive workplace",
               "requires improvement"),
              ("police powers and treating the public fairly and respectfully",
               "Police powers and public treatment", "good"),
              ("leadership and force management", "Leadership and force management", "good")]
    blocks = [
        P("His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services"),
        P("Chief Constable, Dyfed-Powys Police"),
        P("27 January 2026"),
        H(title, 1),
        P("Dear Chief Constable,"),
        P("I enclose our report on the effectiveness, efficiency and legitimacy of Dyfed-Powys Police, "
          "which we will publish on 3 February 2026. I am grateful to you and your officers and staff for "
          "the help they gave us during the inspection."),
        P("My colleagues and I have made the following graded judgments:"),
        Bul(tuple(f"{raw} – {g}" for raw, _, g in listed)),
        P("We did not grade the force’s service to victims of crime. In our last inspection we judged the "
          "force to be adequate at managing offenders; I am pleased to see how far it has come."),
        P("The report sets out seven areas for improvement. I ask that you send me your plan to address "
          "them within three months of publication."),
        P("Yours sincerely,"),
        P("HM Inspector of Constabulary"),
    ]
    data = render_pdf(blocks, PdfLook(font="Times-Roman", bold_font="Times-Bold", italic_font="Times-Italic"),
                      title, "HMICFRS")
    records = {
        "documents": [document("pdf", force, title, None, 1)],
        "grades": [grade(1, force, PEEL, area, raw, g.capitalize(), "2026-02") for raw, area, g in listed],
        "areas_for_improvement": [], "causes_of_concern": [], "recommendations": [],
    }
    return data, records


# 7. New form: a PCC scrutiny pack on a child protection inspection, grades
#    across one row and recommendations in a tracker with a timescale column --

def kent():
    force = "Kent Police"
    title = "HMICFRS national child protection inspection of Kent Police: update on recommendations"
    topics = [("Leadership and management", "Child protection leadership", "Adequate"),
              ("Working with safeguarding partners", "Working with safeguarding partners", "Good"),
              ("Responding to children at risk of harm", "Responding to children at risk of harm", "Requires improvement"),
              ("Assessing risk to children and making appropriate referrals",
               "Assessing risk to children and making appropriate referrals", "Inadequate"),
              ("Investigating reports of abuse, neglect and exploitation of children",
               "Investigating reports of abuse, neglect and exploitation of children", "Requires improvement")]
    grade_rows = (tuple(f"**{raw}**" for raw, _, _ in topics), tuple(g for _, _, g in topics))
    fills = {(1, c): GRADE_FILL[g] for c, (_, _, g) in enumerate(topics)}
    cause_text = ("Kent Police doesn’t make referrals to children’s social care quickly enough, and the "
                  "referrals it makes often lack the information partners need.")
    recs = [("Kent Police should make sure that referrals are sent to children’s social care within 24 hours "
             "of an incident.", "Immediately", "Daily referral report in place since 1 April", "Green"),
            ("Kent Police should make sure that every referral includes the child’s views and the officer’s "
             "assessment of risk.", "Within three months", "New referral form piloted in two districts", "Amber"),
            ("Kent Police should give its public protection unit the capacity to review all referrals.",
             "Within six months", "Business case goes to Chief Officer Group in June", "Red")]
    rec_rows = [("**No.**", "**Recommendation**", "**Timescale**", "**Force update**", "**RAG**")] + [
        (str(i), text, when, update, rag) for i, (text, when, update, rag) in enumerate(recs, start=1)]
    rag_fill = {"Green": "#00b050", "Amber": "#ffc000", "Red": "#ff0000"}
    rec_fills = {(i, 4): rag_fill[rag] for i, (*_, rag) in enumerate(recs, start=1)}
    afis = [("Working with safeguarding partners",
             "The force should make sure it attends every initial child protection conference."),
            ("Leadership and management",
             "The force should make sure that its child protection training reaches staff in the control room.")]
    blocks = [
        P("Office of the Police and Crime Commissioner for Kent"),
        P("Performance and Delivery Scrutiny Meeting – 7 May 2026"),
        H(title, 1),
        H("Introduction", 2),
        P("HMICFRS published its national child protection inspection of Kent Police on 24 March 2026. "
          "It graded the force in five topics:"),
        T(grade_rows, tuple([90] * 5), fills=fills),
        P("Across the forces inspected so far, most were graded adequate for leadership and management. "
          "The Commissioner has asked the Chief Constable to report on progress at each meeting."),
        Break(),
        H("Cause of concern", 2),
        P("The inspectorate raised one cause of concern, about assessing risk and making referrals:"),
        P(f"*{cause_text}*", indent=18),
        H("Recommendations", 2),
        T(tuple(rec_rows), (24, 180, 70, 140, 40), header_rows=1, fills=rec_fills),
        H("Areas for improvement", 2),
        T((("**Topic**", "**Area for improvement**"),) + tuple(afis), (160, 290), header_rows=1),
        H("Question for the Chief Constable", 2),
        P("How will the force know that referrals have improved before the inspectorate revisits?"),
    ]
    data = render_pdf(blocks, PdfLook(landscape=True, footer="OPCC Kent – OFFICIAL"), title, "OPCC Kent")
    records = {
        "documents": [document("pdf", force, title, "scrutiny_pack", 2, meeting_date="2026-05-07")],
        "grades": [grade(1, force, CP, area, raw, g, "2026-03") for raw, area, g in topics],
        "causes_of_concern": [cause(2, force, "Assessing risk to children and making appropriate referrals",
                                    cause_text)],
        "recommendations": [{"page": 2, "force": force, "cause_of_concern_text": cause_text, "text": text,
                             "timescale": when} for text, when, _, _ in recs],
        "areas_for_improvement": [afi(2, force, "Working with safeguarding partners", afis[0][1]),
                                  afi(2, force, "Child protection leadership", afis[1][1])],
    }
    return data, records


DOCUMENTS = {
    "peel-2023-25-lincolnshire.pdf": lincolnshire,
    "peel-2021-22-suffolk.docx": suffolk,
    "ncpi-bedfordshire-2026.pdf": bedfordshire,
    "essex-pfcp-peel-2026-04-14.pdf": essex,
    "wiltshire-peel-improvement-plan-2026-03.docx": wiltshire,
    "hmi-letter-peel-dyfed-powys-2026.pdf": dyfed_powys,
    "kent-opcc-ncpi-scrutiny-2026-05-07.pdf": kent,
}


def main() -> None:
    for name, build in DOCUMENTS.items():
        data, records = build()
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (HERE / "gold" / f"{name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
