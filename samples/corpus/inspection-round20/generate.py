"""Inspection blind round 20 (issue 3): blind documents and their gold (staged in pending/ until the extractors were fixed).

Run: .venv/bin/python samples/corpus/inspection-round20/generate.py
The bytes repeat (ReportLab invariant mode, fixed Word zip times). Rendered
by scrutiny-round3's render.py; grade colours from inspection_render.py.
Names, figures, grades and wording are invented. Gold is written by hand
beside the text it describes.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))
from inspection_render import GRADE_FILL  # noqa: E402
from render import Break, Bul, H, P, PdfLook, T, render_docx, render_pdf  # noqa: E402

CHECKED = ("Written by hand in samples/corpus/inspection-round20/generate.py next to the text it describes, "
           "blind (no extractor code or test read); PDF pages checked against `scrutiny inspect`.")
WHEN = datetime(2026, 3, 2, 9, 0, 0)


def doc_record(file_type: str, pages: int | None, **fields) -> dict:
    record = {"page": None, "file_type": file_type, "status": "ok"}
    if pages is not None:
        record["pages"] = pages
    record.update(fields)
    return record


def grade(page, force, framework, area, area_raw, value, as_of) -> dict:
    return {"page": page, "force": force, "framework": framework, "area": area, "area_raw": area_raw,
            "grade": value, "as_of": as_of}


def afi(page, force, area, text, detail) -> dict:
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def rec(page, force, cause, text, timescale, lead_in) -> dict:
    return {"page": page, "force": force, "cause_of_concern_text": cause, "text": text, "timescale": timescale,
            "lead_in": lead_in}


# --- 1. PEEL 2023-25, whole report (common form) ------------------------------

LANCS = "Lancashire Constabulary"
L_CAUSE = "The constabulary doesn't answer emergency and non-emergency calls quickly enough."
L_CAUSE_DETAIL = ("In the twelve months to September 2025, only 71 percent of emergency calls were answered within "
                  "ten seconds. Around one in five non-emergency callers abandoned the call before it was answered.")
L_RECS = ("review its call-handling demand and make sure it has enough trained staff to meet it; and",
          "make sure that abandoned calls from vulnerable callers are identified and returned promptly.")
L_LEAD = "Within six months, Lancashire Constabulary should:"
L_AFI1 = "The constabulary should improve how it records the outcome of stop and search encounters."
L_AFI1_D = ("Of the 120 records we reviewed, 19 did not say what was found or what happened next. Supervisors "
            "were not always checking these records.")
L_AFI2 = "The constabulary should make sure that investigations are allocated to officers with the right skills."
L_AFI2_D = ("Some complex fraud and stalking cases were held by response officers who had not been trained for "
            "them, and progress was slow.")
L_AFI3 = "The constabulary should make sure victims are kept informed about the progress of their cases."
L_AFI4 = "The constabulary should improve its understanding of the wellbeing needs of its workforce."
L_AFI4_D = "Its last staff survey was three years old and fewer than a third of officers took part."
L_PRACTICE = "Officers use a shared tasking app to solve repeat antisocial behaviour problems"


def lancashire() -> tuple[bytes, dict]:
    f = LANCS
    table = T(rows=(("Area", "Grade"),
                    ("Police powers and public treatment", "Good"),
                    ("Preventing crime", "Good"),
                    ("Responding to the public", "Inadequate"),
                    ("Investigating crime", "Requires improvement"),
                    ("Protecting vulnerable people", "Adequate"),
                    ("Managing offenders", "Adequate"),
                    ("Developing a positive workplace", "Requires improvement"),
                    ("Leadership and force management", "Adequate"),
                    ("Providing a service to victims of crime", "We don't grade this area")),
              widths=(3, 2), header_rows=1,
              fills={(r, 1): GRADE_FILL[g] for r, g in ((1, "Good"), (2, "Good"), (3, "Inadequate"),
                                                         (4, "Requires improvement"), (5, "Adequate"),
                                                         (6, "Adequate"), (7, "Requires improvement"),
                                                         (8, "Adequate"))})
    blocks = [
        H("PEEL 2023–25: Police effectiveness, efficiency and legitimacy – An inspection of Lancashire Constabulary"),
        P("Published: 24 February 2026"),
        H("Contents", 2),
        P("About this inspection ........................................ 1"),
        P("Our judgments .................................................... 1"),
        P("HM Inspector’s observations ................................. 2"),
        P("Responding to the public ..................................... 2"),
        P("Areas for improvement ........................................ 3"),
        P("About the data .................................................... 3"),
        H("About this inspection", 2),
        P("We inspected Lancashire Constabulary in September and October 2025. This report sets out our "
          "judgments of the constabulary’s performance in eight areas of policing."),
        H("Our judgments", 2),
        table,
        P("*What our grades mean:* **Outstanding** – the force has substantially exceeded the characteristics of "
          "good performance. **Adequate** – the force has met some of the characteristics of good performance. "
          "**Inadequate** – the force’s performance is substantially below the characteristics of good performance."),
        Break(),
        H("HM Inspector’s observations", 2),
        P("I am pleased that the constabulary has maintained its good performance in preventing crime. In our "
          "2021/22 inspection we found it to be adequate at responding to the public; its performance has since "
          "declined. We found the constabulary to be good at police powers and public treatment."),
        T(rows=(("**Our national findings**\nAcross the forces we inspected in 2025, 14 were graded requires "
                 "improvement at responding to the public and 3 were inadequate. Call handling is under strain "
                 "nationally.",),), widths=(1,), fills={(0, 0): "#e8eef5"}),
        H("Responding to the public", 2),
        P("Lancashire Constabulary is inadequate at responding to the public."),
        H("Cause of concern", 3),
        P(f"**{L_CAUSE}**"),
        P(L_CAUSE_DETAIL),
        H("Recommendations", 3),
        P(L_LEAD),
        Bul(L_RECS),
        H("Police powers and public treatment", 2),
        P("The constabulary is good at police powers and public treatment."),
        H("Area for improvement", 3),
        P(f"**{L_AFI1}**"),
        P(L_AFI1_D),
        Break(),
        H("Preventing crime", 2),
        P("The constabulary is good at preventing crime."),
        T(rows=((f"**Promising practice**\n**{L_PRACTICE}**\nNeighbourhood teams log each problem in the app, and "
                 "partner agencies can see and update the plan.",),), widths=(1,), fills={(0, 0): "#eaf4e4"}),
        H("Investigating crime", 2),
        P("The constabulary requires improvement at investigating crime."),
        H("Areas for improvement", 3),
        Bul((L_AFI2,)),
        P(L_AFI2_D),
        Bul((L_AFI3,)),
        H("Developing a positive workplace", 2),
        P("The constabulary requires improvement at developing a positive workplace."),
        H("Area for improvement", 3),
        P(f"**{L_AFI4}**"),
        P(L_AFI4_D),
        H("About the data", 2),
        P("Data in this report comes from a range of sources, including the Home Office and data the "
          "constabulary gave us. Figures may not add to 100 percent because of rounding."),
    ]
    look = PdfLook(footer="© HMICFRS 2026")
    data = render_pdf(blocks, look, "PEEL 2023–25 Lancashire Constabulary", "HMICFRS")
    fw, asof = "PEEL 2023-25", "2026-02"
    grades = [grade(1, f, fw, a, a, g, asof) for a, g in (
        ("Police powers and public treatment", "Good"), ("Preventing crime", "Good"),
        ("Responding to the public", "Inadequate"), ("Investigating crime", "Requires improvement"),
        ("Protecting vulnerable people", "Adequate"), ("Managing offenders", "Adequate"),
        ("Developing a positive workplace", "Requires improvement"),
        ("Leadership and force management", "Adequate"))]
    gold = {
        "documents": [doc_record("pdf", 3, doc_kind="peel_report", force=f, publication_date="2026-02-24",
                                 title="PEEL 2023–25: Police effectiveness, efficiency and legitimacy – An inspection "
                                       "of Lancashire Constabulary")],
        "grades": grades,
        "causes_of_concern": [afi(2, f, "Responding to the public", L_CAUSE, L_CAUSE_DETAIL)],
        "recommendations": [rec(2, f, L_CAUSE, t, "Within six months", L_LEAD) for t in L_RECS],
        "areas_for_improvement": [
            afi(2, f, "Police powers and public treatment", L_AFI1, L_AFI1_D),
            afi(3, f, "Investigating crime", L_AFI2, L_AFI2_D),
            afi(3, f, "Investigating crime", L_AFI3, None),
            afi(3, f, "Developing a positive workplace", L_AFI4, L_AFI4_D)],
        "findings": [{"page": 3, "force": f, "area": "Preventing crime", "kind": "promising_practice",
                      "text": L_PRACTICE}],
    }
    return data, gold


# --- 2. National child protection inspection in Word (common form) -----------

DORSET = "Dorset Police"
D_CAUSE = "Dorset Police doesn't make sure that children are safeguarded when they are taken into police custody."
D_CAUSE_D = ("Custody records showed that appropriate adults arrived, on average, more than six hours after a child "
             "was booked in, and local authority accommodation was requested in only two of 18 cases.")
D_IMM = "Immediately, Dorset Police should:"
D_REC1 = "make sure that an appropriate adult is called as soon as a child arrives in custody."
D_3M = "Within three months, Dorset Police should:"
D_REC2 = "agree with the local authorities a protocol for alternative accommodation for children charged and refused bail."
D_AFI1 = "The force should make sure that the voice of the child is recorded in every child protection referral."
D_AFI1_D = "In many of the referrals we reviewed, officers recorded what adults said but not what the child said."
D_AFI2 = "The force should improve the supervision of child abuse investigations."


def dorset() -> tuple[bytes, dict]:
    f = DORSET
    topics = (("Leadership and management", "Good"),
              ("Working with safeguarding partners", "Adequate"),
              ("Responding to children at risk of harm", "Adequate"),
              ("Assessing risk to children and making appropriate referrals", "Requires improvement"),
              ("Investigating reports of abuse, neglect and exploitation of children", "Requires improvement"),
              ("Police detention of children", "Inadequate"))
    blocks = [
        H("National child protection inspection: Dorset Police"),
        P("Published on: 12 January 2026"),
        H("Contents", 2),
        Bul(("Introduction", "Our judgments", "Causes of concern and recommendations", "Areas for improvement")),
        H("Introduction", 2),
        P("We last inspected Dorset Police’s child protection work in 2020. We didn’t grade forces in that "
          "inspection. This time, we graded the force in six topics."),
        H("Our judgments", 2),
        T(rows=(("Topic", "Grade"),) + topics, widths=(4, 2), header_rows=1,
          fills={(r, 1): GRADE_FILL[g] for r, (_, g) in enumerate(topics, start=1)}),
        P("Nationally, 9 of the 20 forces we have inspected so far were judged inadequate at police detention of "
          "children."),
        H("Police detention of children", 2),
        P("We judged the force to be inadequate in this area."),
        H("Cause of concern", 3),
        P(f"**{D_CAUSE}**"),
        P(D_CAUSE_D),
        H("Recommendations", 3),
        P(D_IMM),
        Bul((D_REC1,)),
        P(D_3M),
        Bul((D_REC2,)),
        H("Assessing risk to children and making appropriate referrals", 2),
        P("We judged the force to require improvement in this area."),
        H("Area for improvement", 3),
        P(f"**{D_AFI1}**"),
        P(D_AFI1_D),
        H("Investigating reports of abuse, neglect and exploitation of children", 2),
        P("We judged the force to require improvement in this area."),
        H("Area for improvement", 3),
        P(f"**{D_AFI2}**"),
        H("Next steps", 2),
        P("We will ask the force to send us an action plan within eight weeks, and we will revisit it in 2027."),
    ]
    data = render_docx(blocks, title="National child protection inspection: Dorset Police", author="HMICFRS",
                       when=WHEN)
    gold = {
        "documents": [doc_record("docx", None, doc_kind="child_protection_report", force=f,
                                 publication_date="2026-01-12",
                                 title="National child protection inspection: Dorset Police")],
        "grades": [grade(None, f, "Child protection",
                         "Child protection leadership" if a == "Leadership and management" else a, a, g, "2026-01")
                   for a, g in topics],
        "causes_of_concern": [afi(None, f, "Police detention of children", D_CAUSE, D_CAUSE_D)],
        "recommendations": [rec(None, f, D_CAUSE, D_REC1, "Immediately", D_IMM),
                            rec(None, f, D_CAUSE, D_REC2, "Within three months", D_3M)],
        "areas_for_improvement": [
            afi(None, f, "Assessing risk to children and making appropriate referrals", D_AFI1, D_AFI1_D),
            afi(None, f, "Investigating reports of abuse, neglect and exploitation of children", D_AFI2, None)],
        "findings": [],
    }
    return data, gold


# --- 3. PEEL 2021/22 (common form) ------------------------------------------

WY = "West Yorkshire Police"
W_AFI1 = "The force should make sure it understands the demand on its control room at busy times."
W_AFI2 = "The force should improve how it records crimes reported by vulnerable victims."
W_AFI3 = "The force should make sure its neighbourhood officers are not routinely taken away to respond to calls."
W_AFI4 = "The force should make sure it has a workforce plan that sets out the skills it will need."


def west_yorkshire() -> tuple[bytes, dict]:
    f = WY
    long_names = (
        ("Engaging with and treating the public with fairness and respect", "Good", "Police powers and public treatment"),
        ("Preventing crime and anti-social behaviour", "Outstanding", "Preventing crime"),
        ("Responding to the public", "Requires improvement", "Responding to the public"),
        ("Investigating crime", "Good", "Investigating crime"),
        ("Protecting vulnerable people", "Good", "Protecting vulnerable people"),
        ("Managing offenders and suspects", "Adequate", "Managing offenders"),
        ("Building, supporting and protecting the workforce", "Adequate", "Developing a positive workplace"),
        ("Strategic planning, organisational management and value for money", "Good", "Good use of resources"),
        ("Recording data about crime", "Requires improvement", "Recording data about crime"),
    )
    rows = (("Area", "Grade"),) + tuple((a, g) for a, g, _ in long_names) + (
        ("Disrupting serious organised crime", "Graded in a separate regional report"),
        ("Providing a service to victims of crime", "Not graded"))
    blocks = [
        H("PEEL 2021/22: An inspection of West Yorkshire Police"),
        P("Published on: 29 June 2022"),
        H("Overall summary", 2),
        P("In our 2018/19 inspection, we judged the force good at effectiveness and good at efficiency. The "
          "grades below are from this inspection."),
        T(rows=rows, widths=(4, 2), header_rows=1,
          fills={(r, 1): GRADE_FILL[g] for r, (_, g, _) in enumerate(long_names, start=1)}),
        P("*Grade definitions:* a force is **good** where it has met all the characteristics of good "
          "performance, and **requires improvement** where it has not met some of them."),
        H("Responding to the public", 2),
        P("West Yorkshire Police requires improvement at responding to the public."),
        H("Areas for improvement", 3),
        Bul((W_AFI1,)),
        H("Recording data about crime", 2),
        P("The force requires improvement at recording data about crime. It recorded an estimated 91.2 percent "
          "of reported crime (excluding fraud)."),
        H("Area for improvement", 3),
        Bul((W_AFI2,)),
        Break(),
        H("Preventing crime and anti-social behaviour", 2),
        P("The force is outstanding at preventing and deterring crime and anti-social behaviour, and reducing "
          "vulnerability."),
        H("Area for improvement", 3),
        Bul((W_AFI3,)),
        H("Building, supporting and protecting the workforce", 2),
        P("The force is adequate at building, supporting and protecting the workforce."),
        H("Area for improvement", 3),
        Bul((W_AFI4,)),
    ]
    data = render_pdf(blocks, PdfLook(footer="PEEL 2021/22 West Yorkshire Police"),
                      "PEEL 2021/22 West Yorkshire Police", "HMICFRS")
    gold = {
        "documents": [doc_record("pdf", 2, doc_kind="peel_report", force=f, publication_date="2022-06-29",
                                 title="PEEL 2021/22: An inspection of West Yorkshire Police")],
        "grades": [grade(1, f, "PEEL 2021/22", area, raw, g, "2022-06") for raw, g, area in long_names],
        "causes_of_concern": [],
        "recommendations": [],
        "areas_for_improvement": [
            afi(1, f, "Responding to the public", W_AFI1, None),
            afi(1, f, "Recording data about crime", W_AFI2, None),
            afi(2, f, "Preventing crime", W_AFI3, None),
            afi(2, f, "Developing a positive workplace", W_AFI4, None)],
    }
    return data, gold


# --- 4. New form: PCC panel report with a tick matrix and a national table -----

MERS = "Merseyside Police"
M_AFIS = (("Responding to the public", "The force should make sure that it answers non-emergency calls promptly."),
          ("Responding to the public", "The force should improve how it prioritises incidents that involve "
                                       "vulnerable people."),
          ("Investigating crime", "The force should make sure that suspects are arrested or interviewed without "
                                  "unnecessary delay."),
          ("Leadership and force management", "The force should make sure it has a clear plan for its estate "
                                              "and vehicles."))


def merseyside() -> tuple[bytes, dict]:
    f = MERS
    grades_ = (("Police powers and public treatment", "Good"), ("Preventing crime", "Outstanding"),
               ("Responding to the public", "Requires improvement"), ("Investigating crime", "Adequate"),
               ("Protecting vulnerable people", "Good"), ("Managing offenders", "Good"),
               ("Developing a positive workplace", "Good"), ("Leadership and force management", "Adequate"))
    cols = ("Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate")
    matrix = (("PEEL area",) + cols,) + tuple(
        (a,) + tuple("✓" if c == g else "" for c in cols) for a, g in grades_)
    national = (("Grade", "Forces (of 43)"), ("Outstanding", "11"), ("Good", "96"), ("Adequate", "108"),
                ("Requires improvement", "84"), ("Inadequate", "19"))
    blocks = [
        P("Merseyside Police and Crime Panel"),
        P("Date of meeting: 19 March 2026"),
        H("Report of the Police and Crime Commissioner: HMICFRS PEEL inspection of Merseyside Police"),
        H("1. Purpose", 2),
        P("1.1 To inform the Panel of the outcome of the PEEL 2023–25 inspection of Merseyside Police, which "
          "HMICFRS published on 5 February 2026."),
        H("2. Recommendation", 2),
        P("2.1 The Panel is asked to note the report."),
        H("3. The inspectorate’s judgments", 2),
        P("3.1 The table below shows the grade HMICFRS gave in each area (a tick in the grade awarded)."),
        T(rows=matrix, widths=(3.2, 1.3, 1, 1.1, 1.6, 1.2), header_rows=1),
        P("3.2 For comparison, the grades HMICFRS has given all forces so far in this PEEL cycle are:"),
        T(rows=national, widths=(3, 2), header_rows=1),
        P("3.3 In the previous inspection (2021/22) the force was graded requires improvement at investigating "
          "crime; it is now adequate."),
        Break(),
        H("4. Areas for improvement", 2),
        P("4.1 HMICFRS identified four areas for improvement and no causes of concern:"),
        H("Responding to the public (two areas for improvement)", 3),
        Bul(tuple(t for a, t in M_AFIS if a == "Responding to the public")),
        H("Investigating crime (one area for improvement)", 3),
        Bul(tuple(t for a, t in M_AFIS if a == "Investigating crime")),
        H("Leadership and force management (one area for improvement)", 3),
        Bul(tuple(t for a, t in M_AFIS if a == "Leadership and force management")),
        H("5. Scrutiny by the Commissioner", 2),
        P("5.1 The Commissioner will scrutinise the force’s progress at her quarterly accountability meetings."),
        P("Contact officer: Head of Performance, Office of the Police and Crime Commissioner"),
    ]
    look = PdfLook(footer="Merseyside Police and Crime Panel – 19 March 2026")
    data = render_pdf(blocks, look, "PEEL report to the Panel", "OPCC")
    gold = {
        "documents": [doc_record("pdf", 2, doc_kind="scrutiny_pack", force=f, meeting_date="2026-03-19",
                                 title="Report of the Police and Crime Commissioner: HMICFRS PEEL inspection of "
                                       "Merseyside Police")],
        "grades": [grade(1, f, "PEEL 2023-25", a, a, g, "2026-02") for a, g in grades_],
        "causes_of_concern": [],
        "recommendations": [],
        "areas_for_improvement": [afi(2, f, a, t, None) for a, t in M_AFIS],
    }
    return data, gold


# --- 5. New form: PCC section 55 response in Word, sentence grades, bracketed areas ---

DEVON = "Devon and Cornwall Police"
DC_AFIS = (("Protecting vulnerable people", "The force should make sure that officers complete risk assessments "
                                            "accurately when they attend domestic abuse incidents."),
           ("Managing offenders", "The force should make sure it manages registered sex offenders in line with "
                                  "national guidance."),
           ("Developing a positive workplace", "The force should improve the way it supports officers and staff "
                                               "who have been assaulted."))


def devon_cornwall() -> tuple[bytes, dict]:
    f = DEVON
    blocks = [
        P("Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
        P("Date: 23 April 2026"),
        H("Response of the Police and Crime Commissioner to the HMICFRS report: PEEL 2023–25 – An inspection of "
          "Devon and Cornwall Police"),
        P("This is my response under section 55 of the Police Act 1996 to the PEEL 2023–25 report on Devon and "
          "Cornwall Police, which HMICFRS published on 4 March 2026."),
        H("The inspectorate’s findings", 2),
        P("I welcome the inspectorate’s finding that the force’s performance in preventing crime is good. The "
          "force’s performance in protecting vulnerable people is adequate, and its performance in responding to "
          "the public is also adequate."),
        P("The inspectorate found the force to be good at police powers and public treatment and at leadership "
          "and force management. It requires improvement at managing offenders and at developing a positive "
          "workplace. The force was not graded on investigating crime in this inspection, which was examined in "
          "a separate crime data integrity inspection."),
        P("When HMICFRS last inspected the force, in 2022, it judged it inadequate at responding to the public, "
          "so this is a real improvement. Across England and Wales, more than half of forces have been graded "
          "requires improvement or inadequate in at least one area."),
        H("Areas for improvement", 2),
        P("HMICFRS identified three areas for improvement. I have asked the Chief Constable to report to my "
          "Accountability Board on each:"),
        Bul(tuple(f"({a}) {t}" for a, t in DC_AFIS)),
        H("Next steps", 2),
        P("My office will publish the force’s progress on its website every quarter."),
        P("Police and Crime Commissioner"),
    ]
    data = render_docx(blocks, title="Section 55 response PEEL 2023-25", author="OPCC", when=WHEN)
    asof = "2026-03"
    gr = (("Preventing crime", "Good"), ("Protecting vulnerable people", "Adequate"),
          ("Responding to the public", "Adequate"), ("Police powers and public treatment", "Good"),
          ("Leadership and force management", "Good"), ("Managing offenders", "Requires improvement"),
          ("Developing a positive workplace", "Requires improvement"))
    gold = {
        "documents": [doc_record("docx", None, doc_kind="force_response", force=f,
                                 title="Response of the Police and Crime Commissioner to the HMICFRS report: PEEL "
                                       "2023–25 – An inspection of Devon and Cornwall Police")],
        "grades": [grade(None, f, "PEEL 2023-25", a, a, g, asof) for a, g in gr],
        "causes_of_concern": [],
        "recommendations": [],
        "areas_for_improvement": [afi(None, f, a, t, None) for a, t in DC_AFIS],
    }
    return data, gold


# --- 6. New form: a force's board presentation printed to PDF (slides) --------

NORTHUMBRIA = "Northumbria Police"
N_AFIS = (("Protecting vulnerable people", "The force should make sure that it reviews missing children "
                                           "episodes promptly and shares information with partners."),
          ("Protecting vulnerable people", "The force should improve how it uses protective orders to "
                                           "safeguard victims of domestic abuse."),
          ("Investigating crime", "The force should make sure that victims' needs assessments are completed "
                                  "and recorded."),
          ("Managing offenders", "The force should make sure that it manages the risk posed by registered "
                                 "sex offenders in a timely way."))


def northumbria() -> tuple[bytes, dict]:
    f = NORTHUMBRIA
    gr = (("Police powers and public treatment", "Adequate"), ("Preventing crime", "Good"),
          ("Responding to the public", "Good"), ("Investigating crime", "Adequate"),
          ("Protecting vulnerable people", "Requires improvement"), ("Managing offenders", "Adequate"),
          ("Developing a positive workplace", "Good"), ("Leadership and force management", "Good"))
    icon_rows = tuple((f"{{{GRADE_FILL[g]}|■}} {g}", a) for a, g in gr)
    afi_rows = [("Area", "HMICFRS area for improvement", "Lead", "RAG")]
    spans = []
    current = None
    for a, t in N_AFIS:
        if a == current:
            afi_rows.append((None, t, "Det Supt", "Amber"))
            spans[-1] = (spans[-1][0], 0, spans[-1][2] + 1, 1)
        else:
            spans.append((len(afi_rows), 0, 1, 1))
            afi_rows.append((a, t, "Ch Supt", "Green"))
            current = a
    blocks = [
        P("Northumbria Police"),
        H("PEEL 2023–25 inspection: findings and our response"),
        P("Presentation to the Police and Crime Commissioner’s Business Meeting"),
        P("11 May 2026"),
        P("Slide 1 of 3"),
        Break(),
        H("Our PEEL grades", 2),
        P("HMICFRS published its report on 14 April 2026."),
        T(rows=(("Grade", "Area"),) + icon_rows, widths=(2.2, 4), header_rows=1, bordered=False),
        P("Key: ■ the grade’s colour on the HMICFRS scale. Previous grades (2022) are in the appendix."),
        P("Slide 2 of 3"),
        Break(),
        H("Areas for improvement and progress", 2),
        T(rows=tuple(afi_rows), widths=(2.3, 5, 1.3, 1), header_rows=1, spans=tuple(s for s in spans if s[2] > 1)),
        P("No causes of concern were identified."),
        P("Slide 3 of 3"),
    ]
    look = PdfLook(landscape=True, footer="Northumbria Police – OFFICIAL")
    data = render_pdf(blocks, look, "PEEL presentation", "Northumbria Police")
    gold = {
        "documents": [doc_record("pdf", 3, doc_kind="scrutiny_pack", force=f, meeting_date="2026-05-11",
                                 title="PEEL 2023–25 inspection: findings and our response")],
        "grades": [grade(2, f, "PEEL 2023-25", a, a, g, "2026-04") for a, g in gr],
        "causes_of_concern": [],
        "recommendations": [],
        "areas_for_improvement": [afi(3, f, a, t, None) for a, t in N_AFIS],
    }
    return data, gold


# --- 7. New form: PCC board paper comparing the force with its most similar group ---

HIOW = "Hampshire and Isle of Wight Constabulary"
H_AFIS = (("Responding to the public", "The constabulary should make sure that repeat callers are identified "
                                       "when they contact the force."),
          ("Investigating crime", "The constabulary should make sure that supervisors review investigations "
                                  "regularly and record their direction."),
          ("Developing a positive workplace", "The constabulary should make sure that its occupational health "
                                              "provision meets demand."))


def hampshire() -> tuple[bytes, dict]:
    f = HIOW
    areas = ("Police powers and public treatment", "Preventing crime", "Responding to the public",
             "Investigating crime", "Protecting vulnerable people", "Managing offenders",
             "Developing a positive workplace", "Leadership and force management")
    short = {"G": "Good", "A": "Adequate", "RI": "Requires improvement", "O": "Outstanding", "I": "Inadequate"}
    msg = ((f, "G A RI RI G A RI G"),
           ("Thames Valley Police", "G G A A RI G A G"),
           ("Kent Police", "A G G A A G G A"),
           ("Essex Police", "G O A G A A G G"),
           ("Avon and Somerset Constabulary", "A A RI A G G A A"))
    rows = [("Force",) + areas]
    fills = {}
    for r, (force, codes) in enumerate(msg, start=1):
        grades_ = [short[c] for c in codes.split()]
        rows.append((f"**{force}**" if force == f else force,) + tuple(grades_))
        fills.update({(r, c): GRADE_FILL[g] for c, g in enumerate(grades_, start=1)})
    blocks = [
        P("Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight"),
        H("Performance and Accountability Board – 27 January 2026"),
        H("Agenda item 5: HMICFRS PEEL 2023–25 report – how the constabulary compares", 2),
        P("1. HMICFRS published its PEEL 2023–25 report on Hampshire and Isle of Wight Constabulary on "
          "10 December 2025. This paper sets the constabulary’s grades beside those of the forces in its most "
          "similar group (MSG), whose reports were published between March 2024 and November 2025."),
        P("2. Table 1: PEEL 2023–25 grades of the most similar group (the constabulary in bold)."),
        T(rows=tuple(rows), widths=(2.6,) + (1.3,) * 8, header_rows=1, fills=fills),
        P("3. The constabulary’s grades are in the first row. Nationally, 31 forces have been graded requires "
          "improvement or inadequate at investigating crime in this cycle."),
        Break(),
        P("4. HMICFRS identified three areas for improvement; the area each sits in is shown in brackets:"),
        Bul(tuple(f"{t} ({a})" for a, t in H_AFIS)),
        P("5. There were no causes of concern. The Commissioner is asked to note the report and the "
          "constabulary’s improvement plan, which will come to the board in April 2026."),
    ]
    look = PdfLook(landscape=True, margin=48, footer="OPCC Hampshire and Isle of Wight – Performance and "
                                                     "Accountability Board")
    data = render_pdf(blocks, look, "PEEL comparison", "OPCC")
    gold = {
        "documents": [doc_record("pdf", 2, doc_kind="scrutiny_pack", force=f, meeting_date="2026-01-27")],
        # every row is its force's grades (round 27b's convention, superseding this round's first one of the
        # paper's own row only); another force's row is undated, the paper giving no month for its report
        "grades": [grade(1, force, "PEEL 2023-25", a, a, short[c], "2025-12" if force == f else None)
                   for force, codes in msg for a, c in zip(areas, codes.split())],
        "causes_of_concern": [],
        "recommendations": [],
        "areas_for_improvement": [afi(2, f, a, t, None) for a, t in H_AFIS],
    }
    return data, gold


DOCUMENTS = {
    "peel-2023-25-lancashire-r20.pdf": lancashire,
    "ncpi-dorset-r20.docx": dorset,
    "peel-2021-22-west-yorkshire-r20.pdf": west_yorkshire,
    "merseyside-pcp-peel-2026-03-19-r20.pdf": merseyside,
    "devon-cornwall-pcc-s55-peel-r20.docx": devon_cornwall,
    "northumbria-peel-slides-2026-05-11-r20.pdf": northumbria,
    "hampshire-iow-pab-peel-msg-2026-01-27-r20.pdf": hampshire,
}


def main() -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    for name, make in DOCUMENTS.items():
        data, records = make()
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (gold_dir / f"{name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
        print(name)


if __name__ == "__main__":
    main()
