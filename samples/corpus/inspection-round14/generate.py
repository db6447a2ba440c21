"""Inspection blind round 14 (issue 3): grades above all.

Run `.venv/bin/python samples/corpus/inspection-round14/generate.py`; the
bytes are deterministic (reportlab invariant mode, fixed zip times), rendered
by scrutiny-round3's `render.py`. Each document's gold is written by hand next
to the text it describes and saved to gold/<file>.json. Names, figures,
grades and wording are invented.

Three documents in the commonest forms (a PEEL 2023-25 report's chart and
sections, a PEEL 2021/22 report in Word with its grade table, a child
protection report's topic table), one PCC board paper quoting the grades in a
sentence, and three in forms no earlier README lists: a PCC news release
quoting the grades in inverted commas ("rated ... ‘good’ for ...", as press releases do), a force's
response in Word giving each area an "HMICFRS grade:" line beside its previous
grade and its target, and an audit committee paper whose grade table carries
AFI counts and a RAG column beside the grade. Every document carries noise that
must give no grade: grade definitions, recalled earlier grades, other forces'
grades, target grades, RAG ratings, counts of areas per grade.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent))

from inspection_render import GRADE_FILL  # noqa: E402
from render import Break, Bul, H, P, PdfLook, T, render_docx, render_pdf  # noqa: E402

CHECKED = ("Written by hand in samples/corpus/inspection-round14/generate.py, next to the text it describes, "
           "before the extractors were run; PDF pages are the pages the generator places the text on "
           "(explicit page breaks), read against `scrutiny inspect`.")
WHEN = datetime(2026, 3, 1)
P2325, P2122, CP = "PEEL 2023-25", "PEEL 2021/22", "Child protection"
GRADES = ("Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate")


def grade(page, force, framework, area, area_raw, value, as_of):
    return {"page": page, "force": force, "framework": framework, "area": area, "area_raw": area_raw,
            "grade": value, "as_of": as_of}


def afi(page, force, area, text, detail=None):
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def cause(page, force, area, text, detail=None):
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def rec(page, force, cause_text, text, timescale, lead_in=None):
    return {"page": page, "force": force, "cause_of_concern_text": cause_text, "text": text,
            "timescale": timescale, "lead_in": lead_in}


def document(file_type, pages, force, kind=None, **extra):
    out = {"page": None, "file_type": file_type, "force": force, "status": "ok"}
    if file_type == "pdf":
        out["pages"] = pages
    if kind:
        out["doc_kind"] = kind
    out.update(extra)
    return out


def pdf_look(footer: str) -> PdfLook:
    return PdfLook(footer=footer)


# --- 1. common: a PEEL 2023-25 report -------------------------------------

def south_wales():
    force, as_of = "South Wales Police", "2026-01"
    chart = T(
        rows=(GRADES,
              ("", ("Preventing crime", "Managing offenders"),
               ("Police powers and public treatment", "Investigating crime", "Leadership and force management"),
               ("Responding to the public", "Protecting vulnerable people", "Developing a positive workplace"), "")),
        widths=(1, 1, 1, 1, 1), header_rows=1,
        fills={(0, i): GRADE_FILL[g] for i, g in enumerate(GRADES)})
    coc = ("The force doesn't answer emergency and non-emergency calls quickly enough, and it doesn't always "
           "assess the risk to vulnerable callers.")
    coc_detail = ("In the year to March 2025, the force answered 78 percent of emergency calls within ten "
                  "seconds, against a national standard of 90 percent.")
    lead = "Within three months, South Wales Police should:"
    recs = ("make sure that call handlers use a structured risk assessment for every call that involves a "
            "vulnerable person; and",
            "review its call-handling demand and staffing so that it meets the national standard for "
            "answering emergency calls.")
    afi1 = "The force should make sure it attends incidents within the times it has set itself."
    afi1_detail = "In 11 of the 50 incidents we reviewed, officers arrived later than the force's own target."
    afi2 = ("The force should make sure that supervisors review investigations regularly and record "
            "their reviews.")
    afi3 = "The force should make sure victims are updated throughout their investigation, as the victims' code requires."
    afi4 = "The force should improve how it supports the wellbeing of officers in investigation teams."
    afi4_detail = "Too many investigators told us they hadn't had a wellbeing conversation in the last year."
    blocks = [
        H("PEEL 2023–25 Police effectiveness, efficiency and legitimacy"),
        H("An inspection of South Wales Police", 2),
        P("Published: 21 January 2026"),
        H("Our judgments", 2),
        P("Our inspection assessed how good South Wales Police is in nine areas of policing. We make graded "
          "judgments in eight of these nine areas. They are as follows:"),
        chart,
        P("We also inspected how effective the force is at providing a service to victims of crime. We don't "
          "grade this area."),
        P("What our grades mean:", size=10),
        Bul(("**Outstanding** – the force has substantially exceeded the characteristics of good performance.",
             "**Good** – the force has demonstrated the characteristics of good performance.",
             "**Adequate** – the force has met some of the characteristics of good performance.",
             "**Requires improvement** – the force needs to make improvements.",
             "**Inadequate** – we have causes of concern and have made recommendations to the force.")),
        H("HM Inspector's observations", 2),
        P("I am pleased with some aspects of the performance of South Wales Police, but it needs to improve how "
          "it answers calls from the public. In our 2021/22 inspection we graded the force as good at "
          "responding to the public, so its performance in this area has declined."),
        P("Other forces in Wales face the same difficulty: Gwent Police was graded as requires improvement at "
          "responding to the public in its 2024 inspection."),
        Break(),
        H("Responding to the public", 2),
        P("South Wales Police requires improvement at responding to the public."),
        H("Cause of concern", 3),
        P(f"**{coc}**"),
        P(coc_detail),
        P(lead),
        Bul(recs),
        H("Area for improvement", 3),
        P(f"**{afi1}**"),
        P(afi1_detail),
        H("Investigating crime", 2),
        P("South Wales Police is adequate at investigating crime."),
        H("Areas for improvement", 3),
        Bul((afi2, afi3)),
        H("Developing a positive workplace", 2),
        P("South Wales Police requires improvement at developing a positive workplace."),
        H("Area for improvement", 3),
        P(f"**{afi4}**"),
        P(afi4_detail),
    ]
    pdf = render_pdf(blocks, pdf_look("PEEL 2023–25 South Wales Police"), "PEEL 2023–25 South Wales Police",
                     "HMICFRS")
    chart_grades = [("Preventing crime", "Good"), ("Managing offenders", "Good"),
                    ("Police powers and public treatment", "Adequate"), ("Investigating crime", "Adequate"),
                    ("Leadership and force management", "Adequate"), ("Responding to the public", "Requires improvement"),
                    ("Protecting vulnerable people", "Requires improvement"),
                    ("Developing a positive workplace", "Requires improvement")]
    gold = {
        "documents": [document("pdf", 2, force, "peel_report", publication_date="2026-01-21",
                               title="PEEL 2023–25 Police effectiveness, efficiency and legitimacy An inspection of "
                               "South Wales Police")],
        "grades": [grade(1, force, P2325, a, a, g, as_of) for a, g in chart_grades],
        "areas_for_improvement": [afi(2, force, "Responding to the public", afi1, afi1_detail),
                                  afi(2, force, "Investigating crime", afi2),
                                  afi(2, force, "Investigating crime", afi3),
                                  afi(2, force, "Developing a positive workplace", afi4, afi4_detail)],
        "causes_of_concern": [cause(2, force, "Responding to the public", coc, coc_detail)],
        "recommendations": [rec(2, force, coc, r, "Within three months", lead) for r in recs],
    }
    return "peel-2023-25-south-wales.pdf", pdf, gold


# --- 2. common: a PEEL 2021/22 report in Word, grade table with AFI counts --

def durham():
    force, as_of = "Durham Constabulary", "2022-06"
    rows = [("Providing a service to the victims of crime", "Not graded", "–", None),
            ("Recording data about crime", "Good", "0", "Recording data about crime"),
            ("Treatment of the public", "Good", "1", "Police powers and public treatment"),
            ("Preventing crime", "Outstanding", "0", "Preventing crime"),
            ("Responding to the public", "Adequate", "2", "Responding to the public"),
            ("Investigating crime", "Good", "1", "Investigating crime"),
            ("Protecting vulnerable people", "Good", "1", "Protecting vulnerable people"),
            ("Managing offenders", "Adequate", "1", "Managing offenders"),
            ("Disrupting serious organised crime", "Graded in a separate regional report", "–", None),
            ("Developing a positive workplace", "Requires improvement", "2", "Developing a positive workplace"),
            ("Good use of resources", "Good", "0", "Good use of resources")]
    table = T(rows=(("Area", "Grade", "Areas for improvement"),) + tuple(r[:3] for r in rows),
              widths=(3, 2, 1.2), header_rows=1)
    afis_resp = ("The constabulary should make sure it answers non-emergency calls within its own target times.",
                 "The constabulary should make sure that repeat callers are identified when they call.")
    afis_work = ("The constabulary should make sure that its officers and staff have the time to complete "
                 "mandatory training.",
                 "The constabulary should understand why so many student officers leave before completing "
                 "their training.")
    blocks = [
        H("PEEL 2021/22 An inspection of Durham Constabulary"),
        P("Published: 9 June 2022"),
        H("Our judgments", 2),
        P("This table summarises our judgments in each area of policing we inspected, and how many areas for "
          "improvement we identified in each."),
        table,
        P("In total, we graded the constabulary outstanding in one area, good in five, adequate in two and "
          "requires improvement in one. We identified eight areas for improvement and no causes of concern."),
        P("The constabulary has told us that its aim is to be graded outstanding at investigating crime by its "
          "next inspection."),
        H("Responding to the public", 2),
        P("Durham Constabulary is adequate at responding to the public."),
        H("Areas for improvement", 3),
        Bul(afis_resp),
        H("Building, supporting and protecting the workforce", 2),
        P("Durham Constabulary requires improvement at building, supporting and protecting the workforce. In our "
          "2018/19 inspection, we graded its legitimacy as good."),
        H("Areas for improvement", 3),
        Bul(afis_work),
    ]
    docx = render_docx(blocks, title="PEEL 2021/22 Durham Constabulary", author="HMICFRS", when=WHEN)
    gold = {
        "documents": [document("docx", None, force, "peel_report", publication_date="2022-06-09",
                               title="PEEL 2021/22 An inspection of Durham Constabulary")],
        "grades": [grade(None, force, P2122, area, raw, g, as_of) for raw, g, _, area in rows if area],
        "areas_for_improvement": [afi(None, force, "Responding to the public", t) for t in afis_resp]
        + [afi(None, force, "Developing a positive workplace", t) for t in afis_work],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return "peel-2021-22-durham.docx", docx, gold


# --- 3. common: a child protection report, Topic | Grade table ------------

def staffordshire():
    force, as_of = "Staffordshire Police", "2026-03"
    topics = [("Leadership and management", "Adequate", "Child protection leadership"),
              ("Working with safeguarding partners", "Good", "Working with safeguarding partners"),
              ("Responding to children at risk of harm", "Inadequate", "Responding to children at risk of harm"),
              ("Assessing risk to children and making appropriate referrals", "Requires improvement",
               "Assessing risk to children and making appropriate referrals"),
              ("Investigating reports of abuse, neglect and exploitation of children", "Adequate",
               "Investigating reports of abuse, neglect and exploitation of children")]
    table = T(rows=(("Topic", "Grade"),) + tuple((t, g) for t, g, _ in topics), widths=(4, 1.6), header_rows=1,
              fills={(i, 1): GRADE_FILL[g] for i, (_, g, _) in enumerate(topics, start=1)})
    coc = ("The force doesn't always respond quickly enough when a child is reported missing from home "
           "or care.")
    lead1 = "Immediately, Staffordshire Police should:"
    rec1 = "make sure that a supervisor reviews the risk assessment of every missing child report within one hour."
    lead2 = "Within three months, Staffordshire Police should:"
    rec2 = ("make sure that officers attending reports of missing children have been trained to recognise "
            "signs of exploitation.")
    afi1 = ("The force should make sure that referrals to children's social care are made within one working "
            "day.")
    afi2 = "The force should make sure that its leaders use performance information about child protection."
    blocks = [
        H("National child protection inspection: Staffordshire Police"),
        P("Published on: 4 March 2026"),
        H("Our judgments", 2),
        P("We graded the force in five topics. Our grades are on a scale from outstanding to inadequate; in "
          "child protection inspections, adequate means the force is meeting most of the expectations of good "
          "practice."),
        table,
        P("Our last inspection of the force's child protection work, in 2020, didn't give grades."),
        P("Of the eleven forces inspected in this programme so far, three were graded inadequate at responding "
          "to children at risk of harm."),
        Break(),
        H("Responding to children at risk of harm", 2),
        P("We judged the force to be inadequate in this area."),
        H("Cause of concern", 3),
        P(f"**{coc}**"),
        P(lead1),
        Bul((rec1,)),
        P(lead2),
        Bul((rec2,)),
        H("Assessing risk to children and making appropriate referrals", 2),
        P("We judged the force to require improvement in this area."),
        H("Area for improvement", 3),
        P(f"**{afi1}**"),
        H("Leadership and management", 2),
        P("We judged the force to be adequate in this area."),
        H("Area for improvement", 3),
        P(f"**{afi2}**"),
    ]
    pdf = render_pdf(blocks, pdf_look("National child protection inspection – Staffordshire Police"),
                     "National child protection inspection: Staffordshire Police", "HMICFRS")
    gold = {
        "documents": [document("pdf", 2, force, "child_protection_report", publication_date="2026-03-04",
                               title="National child protection inspection: Staffordshire Police")],
        "grades": [grade(1, force, CP, area, raw, g, as_of) for raw, g, area in topics],
        "areas_for_improvement": [
            afi(2, force, "Assessing risk to children and making appropriate referrals", afi1),
            afi(2, force, "Child protection leadership", afi2)],
        "causes_of_concern": [cause(2, force, "Responding to children at risk of harm", coc)],
        "recommendations": [rec(2, force, coc, rec1, "Immediately", lead1),
                            rec(2, force, coc, rec2, "Within three months", lead2)],
    }
    return "ncpi-staffordshire-2026.pdf", pdf, gold


# --- 4. common: a PCC board paper quoting the grades in one sentence -------

def dorset():
    force, as_of = "Dorset Police", "2026-01"
    afis = [("Responding to the public", "The force should make sure that it answers 101 calls more quickly.",
             "A new call-handling model goes live in April 2026."),
            ("Developing a positive workplace", "The force should make sure that it understands the workloads "
             "of its investigators.", "A workload review is under way."),
            ("Investigating crime", "The force should make sure that victims' needs are assessed at the start of "
             "every investigation.", "Complete; audited in February 2026.")]
    blocks = [
        P("**Office of the Police and Crime Commissioner for Dorset**"),
        P("Joint Performance Board – 24 February 2026"),
        H("HMICFRS PEEL 2023–25 inspection of Dorset Police"),
        H("1. Purpose", 2),
        P("This paper updates the Board on the force's PEEL inspection and the progress made against the areas "
          "for improvement."),
        H("2. The inspection outcome", 2),
        P("HMICFRS published its PEEL 2023–25 report on Dorset Police on 29 January 2026. It graded the force "
          "as good at preventing crime, at managing offenders and at police powers and public treatment; "
          "adequate at investigating crime, protecting vulnerable people and leadership and force management; "
          "and as requiring improvement at responding to the public and at developing a positive workplace."),
        P("Nationally, 34 forces have now been inspected under the 2023–25 framework, and six of them were "
          "graded outstanding in at least one area. Devon and Cornwall Police, our most similar force, was "
          "graded adequate at responding to the public."),
        H("3. Delivery", 2),
        T(rows=(("Workstream", "Lead", "RAG"), ("Contact management", "ACC Local Policing", "Amber"),
                ("Workforce wellbeing", "Director of People", "Green"),
                ("Investigation standards", "Head of Crime", "Red")),
          widths=(3, 2, 1), header_rows=1),
        H("4. Areas for improvement", 2),
        T(rows=(("Area", "Area for improvement", "Progress"),) + tuple(afis), widths=(2, 4, 3), header_rows=1),
        H("5. Recommendation", 2),
        P("The Board is asked to note the report."),
    ]
    pdf = render_pdf(blocks, pdf_look("OPCC Dorset – Joint Performance Board"), "HMICFRS PEEL inspection",
                     "OPCC Dorset")
    sentence = [("preventing crime", "Preventing crime", "Good"), ("managing offenders", "Managing offenders", "Good"),
                ("police powers and public treatment", "Police powers and public treatment", "Good"),
                ("investigating crime", "Investigating crime", "Adequate"),
                ("protecting vulnerable people", "Protecting vulnerable people", "Adequate"),
                ("leadership and force management", "Leadership and force management", "Adequate"),
                ("responding to the public", "Responding to the public", "Requires improvement"),
                ("developing a positive workplace", "Developing a positive workplace", "Requires improvement")]
    gold = {
        "documents": [document("pdf", 1, force, "scrutiny_pack", meeting_date="2026-02-24",
                               title="HMICFRS PEEL 2023–25 inspection of Dorset Police")],
        "grades": [grade(1, force, P2325, area, raw, g, as_of) for raw, area, g in sentence],
        "areas_for_improvement": [afi(1, force, a, t) for a, t, _ in afis],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return "dorset-pcc-peel-paper-2026-02-24.pdf", pdf, gold


# --- 5. new form: a PCC news release, grades in inverted commas -------------

def west_midlands():
    force, as_of = "West Midlands Police", "2026-01"
    blocks = [
        P("**West Midlands Police and Crime Commissioner**"),
        P("News release – 3 February 2026"),
        H("Commissioner responds to police inspection report"),
        P("The Police and Crime Commissioner has responded to His Majesty's Inspectorate of Constabulary and Fire "
          "& Rescue Services' (HMICFRS) PEEL 2023–25 report on West Midlands Police, published on 29 January "
          "2026."),
        P("Inspectors rated West Midlands Police ‘good’ for managing offenders and ‘good’ for police powers and "
          "public treatment. The force was rated ‘adequate’ for preventing crime, investigating crime and "
          "leadership and force management. It was told it ‘requires improvement’ at responding to the public, "
          "protecting vulnerable people and developing a positive workplace."),
        P("The report identified 14 areas for improvement and no causes of concern."),
        P("The Commissioner said: \"I welcome the recognition of the work officers do to manage the most "
          "dangerous offenders. But the public must be able to get through when they call, and I want the force "
          "to be rated ‘good’ in every area when inspectors return.\""),
        P("At the last inspection, in 2022, the force was rated ‘adequate’ for responding to the public. "
          "Neighbouring Staffordshire Police was rated ‘inadequate’ for responding to the public last year."),
        P("The Commissioner will hold the Chief Constable to account for the force's improvement plan at the "
          "Accountability and Governance Board in March."),
        P("Ends", size=9),
    ]
    docx = render_docx(blocks, title="Commissioner responds to police inspection report", author="OPCC",
                       when=WHEN)
    quoted = [("managing offenders", "Managing offenders", "Good"),
              ("police powers and public treatment", "Police powers and public treatment", "Good"),
              ("preventing crime", "Preventing crime", "Adequate"),
              ("investigating crime", "Investigating crime", "Adequate"),
              ("leadership and force management", "Leadership and force management", "Adequate"),
              ("responding to the public", "Responding to the public", "Requires improvement"),
              ("protecting vulnerable people", "Protecting vulnerable people", "Requires improvement"),
              ("developing a positive workplace", "Developing a positive workplace", "Requires improvement")]
    gold = {
        "documents": [document("docx", None, force, title="Commissioner responds to police inspection report")],
        "grades": [grade(None, force, P2325, area, raw, g, as_of) for raw, area, g in quoted],
        "areas_for_improvement": [],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return "west-midlands-pcc-peel-news-release-2026-02-03.docx", docx, gold


# --- 6. new form: a force response, "HMICFRS grade:" beside previous and target

def humberside():
    force, as_of = "Humberside Police", "2025-11"
    sections = [
        ("Preventing crime", "Outstanding", "Good", "Outstanding", None),
        ("Responding to the public", "Good", "Requires improvement", "Good",
         "The force should make sure it records the outcome of every call-back to a vulnerable caller."),
        ("Investigating crime", "Good", "Good", "Outstanding", None),
        ("Protecting vulnerable people", "Adequate", "Adequate", "Good",
         "The force should make sure that domestic abuse risk assessments are reviewed by a supervisor."),
        ("Managing offenders", "Good", "Good", "Good", None),
        ("Developing a positive workplace", "Requires improvement", "Adequate", "Good",
         "The force should improve how it monitors the wellbeing of its officers and staff."),
        ("Police powers and public treatment", "Good", "Adequate", "Good", None),
        ("Leadership and force management", "Adequate", "Not graded", "Good",
         "The force should make sure its workforce plan reflects the demand it faces."),
    ]
    blocks = [
        P("OFFICIAL"),
        H("Humberside Police response to the HMICFRS PEEL 2023–25 inspection"),
        P("HMICFRS published its PEEL 2023–25 report on Humberside Police in November 2025. This document sets "
          "out, area by area, the grade the force received, how it compares with our previous inspection and "
          "the grade we are working towards, with our response to each area for improvement."),
    ]
    afis = []
    for area, now, before, target, text in sections:
        blocks += [H(area, 2), P(f"**HMICFRS grade:** {now}"),
                   P(f"Previous grade (PEEL 2021/22): {before}"), P(f"Our ambition for 2027: {target}")]
        if text:
            blocks += [P(f"**Area for improvement:** {text}"),
                       P("Our response: a named lead has been appointed and progress is reported monthly to the "
                         "Force Performance Board.")]
            afis.append(afi(None, force, area, text))
    docx = render_docx(blocks, title="Humberside Police PEEL response", author="Humberside Police", when=WHEN,
                       header=("OFFICIAL",))
    gold = {
        "documents": [document("docx", None, force, "force_response",
                               title="Humberside Police response to the HMICFRS PEEL 2023–25 inspection")],
        "grades": [grade(None, force, P2325, area, area, now, as_of) for area, now, *_ in sections],
        "areas_for_improvement": afis,
        "causes_of_concern": [],
        "recommendations": [],
    }
    return "humberside-peel-response.docx", docx, gold


# --- 7. new form: an audit committee table, grade beside AFI count and RAG --

def norfolk():
    force, as_of = "Norfolk Constabulary", "2025-10"
    rows = [("Preventing crime", "Good", "1", "Green"),
            ("Responding to the public", "Requires improvement", "3", "Amber"),
            ("Investigating crime", "Adequate", "2", "Amber"),
            ("Protecting vulnerable people", "Adequate", "2", "Green"),
            ("Managing offenders", "Good", "0", "–"),
            ("Developing a positive workplace", "Requires improvement", "2", "Red"),
            ("Police powers and public treatment", "Good", "1", "Green"),
            ("Leadership and force management", "Adequate", "1", "Amber")]
    rag = {"Green": "#92d050", "Amber": "#ffc000", "Red": "#ff0000"}
    table = T(rows=(("PEEL area", "Grade (2025)", "AFIs", "Progress RAG"),) + tuple(rows),
              widths=(3, 1.8, 0.8, 1.2), header_rows=1,
              fills={(i, 3): rag[r[3]] for i, r in enumerate(rows, start=1) if r[3] in rag})
    profile = T(rows=(("Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"),
                      ("0", "3", "3", "2", "0")), widths=(1, 1, 1, 1, 1), header_rows=1)
    blocks = [
        P("**Norfolk Police and Crime Commissioner and Norfolk Constabulary**"),
        P("Joint Audit Committee – 12 March 2026"),
        H("HMICFRS PEEL inspection: progress against areas for improvement"),
        H("1. Summary", 2),
        P("HMICFRS published its PEEL 2023–25 report on Norfolk Constabulary in October 2025. The table below "
          "gives the grade for each area, the number of areas for improvement in it and the force's own "
          "assessment of its progress (RAG)."),
        table,
        P("Grade profile (number of areas at each grade):"),
        profile,
        P("The constabulary's target is to reach at least good in every area by the next inspection. In its "
          "2021/22 inspection it was graded inadequate at responding to the public."),
        H("2. Recommendation", 2),
        P("The Committee is asked to note progress."),
    ]
    pdf = render_pdf(blocks, pdf_look("Joint Audit Committee – 12 March 2026"), "PEEL progress", "OPCC Norfolk")
    gold = {
        "documents": [document("pdf", 1, force, meeting_date="2026-03-12",
                               title="HMICFRS PEEL inspection: progress against areas for improvement")],
        "grades": [grade(1, force, P2325, a, a, g, as_of) for a, g, _, _ in rows],
        "areas_for_improvement": [],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return "norfolk-jac-peel-2026-03-12.pdf", pdf, gold


# --- 8. new form: a briefing note, each topic the subject of "was judged" --

def cumbria():
    force, as_of = "Cumbria Constabulary", "2026-02"
    judged = [("Leadership and management", "Child protection leadership", "Adequate",
               "Leadership and management was judged to be adequate."),
              ("work with safeguarding partners", "Working with safeguarding partners", "Good",
               "The constabulary's work with safeguarding partners was judged to be good."),
              ("response to children at risk of harm", "Responding to children at risk of harm", "Inadequate",
               "Its response to children at risk of harm was judged to be inadequate."),
              ("Assessing risk to children and making appropriate referrals",
               "Assessing risk to children and making appropriate referrals", "Requires improvement",
               "Assessing risk to children and making appropriate referrals was judged to require improvement."),
              ("Investigating reports of abuse, neglect and exploitation of children",
               "Investigating reports of abuse, neglect and exploitation of children", "Requires improvement",
               "Investigating reports of abuse, neglect and exploitation of children was also judged to require "
               "improvement.")]
    coc = ("The constabulary doesn't make sure that officers who respond to children at risk of harm "
           "understand and record the child's voice and circumstances.")
    recommendation = ("Within three months, Cumbria Constabulary should make sure that every officer who attends "
                      "an incident involving a child records the child's views and circumstances.")
    afi1 = ("The constabulary should make sure that strategy discussions are held promptly when a child is "
            "at risk of significant harm.")
    blocks = [
        P("**Office of the Police, Fire and Crime Commissioner for Cumbria**"),
        P("Public Accountability Conference – 18 March 2026"),
        H("Briefing note: HMICFRS national child protection inspection of Cumbria Constabulary"),
        H("1. Background", 2),
        P("1.1 HMICFRS published its national child protection inspection report on Cumbria Constabulary on "
          "10 February 2026. The inspection graded the constabulary in five topics."),
        H("2. Judgments", 2),
    ] + [P(f"2.{i} {sentence}") for i, (_, _, _, sentence) in enumerate(judged, start=1)] + [
        P("2.6 For comparison, Cheshire Constabulary was judged to be outstanding at working with safeguarding "
          "partners in its inspection last year. The Commissioner expects the constabulary to reach good in "
          "every topic by the time of its next inspection."),
        H("3. Cause of concern and recommendation", 2),
        P(f"3.1 The inspectorate raised one cause of concern, in responding to children at risk of harm: "
          f"*{coc}*"),
        P(f"3.2 It made one recommendation: {recommendation}"),
        H("4. Areas for improvement", 2),
        P("4.1 The report identified three areas for improvement, two of them in the topic graded inadequate. "
          "The one in assessing risk to children and making appropriate referrals is:"),
        P(f"*{afi1}*", indent=18),
        H("5. Recommendation", 2),
        P("5.1 The Conference is asked to note the briefing."),
    ]
    pdf = render_pdf(blocks, pdf_look("OPFCC Cumbria – Public Accountability Conference"), "Briefing note",
                     "OPFCC Cumbria")
    gold = {
        "documents": [document("pdf", 1, force, "scrutiny_pack", meeting_date="2026-03-18",
                               title="Briefing note: HMICFRS national child protection inspection of Cumbria "
                               "Constabulary")],
        "grades": [grade(1, force, CP, area, raw, g, as_of) for raw, area, g, _ in judged],
        "areas_for_improvement": [afi(1, force, "Assessing risk to children and making appropriate referrals", afi1)],
        "causes_of_concern": [cause(1, force, "Responding to children at risk of harm", coc)],
        # "It made one recommendation:" introduces the sentence but is no lead-in of the kind the contract
        # means (a sentence the bullets hang from): lead_in is left out of gold, not scored
        "recommendations": [{k: v for k, v in rec(1, force, coc, recommendation, "Within three months").items()
                             if k != "lead_in"}],
    }
    return "cumbria-pfcc-ncpi-briefing-2026-03-18.pdf", pdf, gold


def main() -> None:
    (HERE / "gold").mkdir(exist_ok=True)
    for make in (south_wales, durham, staffordshire, dorset, west_midlands, humberside, norfolk, cumbria):
        name, data, records = make()
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (HERE / "gold" / f"{name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
