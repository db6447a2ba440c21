"""Held-out inspection round 16: five small documents (PDF and Word) and
their hand-written gold in gold/ (held out when written). Deterministic: ReportLab invariant mode
and fixed Word zip times (scrutiny-round3's render.py). Names, figures,
grades and wording are invented.

    .venv/bin/python samples/corpus/inspection-round16/generate.py
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[1]))
from inspection_render import GRADE_FILL  # noqa: E402
from render import Break, Bul, H, P, PdfLook, T, render_docx, render_pdf  # noqa: E402

CHECKED = ("Written by hand in samples/corpus/inspection-round16/generate.py next to the text it describes, "
           "blind (no extractor code read, extractors never run on these files); PDF pages are the "
           "generator's explicit page breaks, read against `scrutiny inspect`.")
WHEN = datetime(2026, 3, 2, 9, 0, 0)


def grade(page, force, framework, area, raw, value, as_of):
    return {"page": page, "force": force, "framework": framework, "area": area, "area_raw": raw,
            "grade": value, "as_of": as_of}


def gold(name: str, document: dict, **records: list) -> None:
    body = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": {"documents": [document], **records}}
    (HERE / "gold" / f"{name}.json").write_text(json.dumps(body, indent=1, ensure_ascii=False) + "\n")


# 1. PEEL 2023-25 report (PDF, 3 pages): the commonest form.
def peel_northumbria() -> bytes:
    force = "Northumbria Police"
    name = "peel-2023-25-northumbria-r16.pdf"
    title = "PEEL 2023–25: Police effectiveness, efficiency and legitimacy – An inspection of Northumbria Police"
    grades = [("Police powers and public treatment", "Police powers and public treatment", "Good"),
              ("Preventing crime and antisocial behaviour", "Preventing crime", "Adequate"),
              ("Responding to the public", "Responding to the public", "Requires improvement"),
              ("Investigating crime", "Investigating crime", "Adequate"),
              ("Protecting vulnerable people", "Protecting vulnerable people", "Good"),
              ("Managing offenders and suspects", "Managing offenders", "Good"),
              ("Building, supporting and protecting the workforce", "Developing a positive workplace", "Adequate"),
              ("Leadership and force management", "Leadership and force management", "Good")]
    rows = [("**Area**", "**Grade**")] + [(raw, g) for raw, _, g in grades] + [
        ("Providing a service to victims of crime", "This area is not graded")]
    fills = {(r, 1): GRADE_FILL[g] for r, (_, _, g) in enumerate(grades, start=1)}
    cause = "The force isn’t answering emergency and non-emergency calls quickly enough."
    cause_detail = ("In the year to March 2025, the force answered 81.4 percent of 999 calls within ten seconds, "
                    "below the national standard of 90 percent, and one in four 101 callers abandoned the call.")
    recs = ["reduce the time it takes to answer emergency calls so that it meets the national standard",
            "make sure it understands why 101 callers abandon their calls and acts to reduce the abandonment rate",
            "review its call-handling staffing model against current demand"]
    afis = [("Investigating crime", "The force should make sure that investigations are supervised effectively.",
             "In 22 of the 80 investigations we reviewed, supervisors had not set or reviewed investigation plans."),
            ("Preventing crime", "The force should improve how it evaluates its problem-solving work.", None),
            ("Developing a positive workplace",
             "The force should make sure it understands the wellbeing needs of its workforce.",
             "Its last staff survey had a response rate of 19 percent and the results had not been analysed.")]
    blocks = [
        P("HMICFRS", size=9),
        H(title, 1),
        P("Published: 4 March 2026"),
        H("Contents", 2),
        P("About this report ........ 1"), P("Overall summary ........ 1"), P("Responding to the public ........ 2"),
        P("Investigating crime ........ 3"),
        H("Overall summary", 2),
        P("Our judgments", size=12),
        T(tuple(rows), (3, 2), header_rows=1, fills=fills),
        H("What our grades mean", 3),
        Bul(("**Outstanding**: the force has substantially exceeded the characteristics of good performance.",
             "**Good**: the force has demonstrated substantially all the characteristics of good performance.",
             "**Adequate**: the force has demonstrated some of the characteristics of good performance.",
             "**Requires improvement**: the force has demonstrated few of the characteristics of good performance.",
             "**Inadequate**: the force has demonstrated none of the characteristics of good performance.")),
        P("In our 2021/22 inspection, we graded the force as good at responding to the public. "
          "Its performance in this area has since declined."),
        Break(),
        H("Responding to the public", 2),
        P("Northumbria Police requires improvement at responding to the public."),
        H("Cause of concern", 3),
        P(f"**{cause}**"),
        P(cause_detail),
        H("Recommendations", 3),
        P("Within six months, Northumbria Police should:"),
        Bul(tuple(recs)),
        Break(),
        H("Investigating crime", 2),
        P("Northumbria Police is adequate at investigating crime."),
        H("Areas for improvement", 3),
    ]
    for _, text, detail in afis:
        blocks.append(P(f"**{text}**"))
        if detail:
            blocks.append(P(detail))
    data = render_pdf(blocks, PdfLook(), title, "HMICFRS")
    gold(name,
         {"page": None, "file_type": "pdf", "force": force, "status": "ok", "title": title, "doc_kind": "peel_report",
          "pages": 3, "publication_date": "2026-03-04"},
         grades=[grade(1, force, "PEEL 2023-25", area, raw, g, "2026-03") for raw, area, g in grades],
         causes_of_concern=[{"page": 2, "force": force, "area": "Responding to the public", "text": cause,
                             "detail": cause_detail}],
         recommendations=[{"page": 2, "force": force, "cause_of_concern_text": cause, "text": r,
                           "timescale": "Within six months",
                           "lead_in": "Within six months, Northumbria Police should:"} for r in recs],
         areas_for_improvement=[{"page": 3, "force": force, "area": a, "text": t, "detail": d} for a, t, d in afis])
    return data


# 2. PEEL 2021/22 report in Word: common form.
def peel_gwent() -> bytes:
    force = "Gwent Police"
    name = "peel-2021-22-gwent-r16.docx"
    title = "PEEL 2021/22: An inspection of Gwent Police"
    grades = [("Treatment of the public", "Police powers and public treatment", "Good"),
              ("Preventing crime and anti-social behaviour", "Preventing crime", "Outstanding"),
              ("Responding to the public", "Responding to the public", "Adequate"),
              ("Investigating crime", "Investigating crime", "Requires improvement"),
              ("Protecting vulnerable people", "Protecting vulnerable people", "Adequate"),
              ("Managing offenders and suspects", "Managing offenders", "Good"),
              ("Developing a positive workplace", "Developing a positive workplace", "Good"),
              ("Good use of resources", "Good use of resources", "Adequate")]
    rows = [("Area", "Grade")] + [(raw, g) for raw, _, g in grades] + [
        ("Providing a service to the victims of crime", "Not graded"),
        ("Disrupting serious organised crime", "Graded in a separate regional report")]
    fills = {(r, 1): GRADE_FILL[g] for r, (_, _, g) in enumerate(grades, start=1)}
    afis = [("Investigating crime", "The force should make sure that victims’ wishes are recorded when an investigation is closed."),
            ("Investigating crime", "The force should improve the quality of its initial investigations."),
            ("Protecting vulnerable people", "The force should make sure that repeat victims of domestic abuse are identified."),
            ("Good use of resources", "The force should improve how it plans for future demand.")]
    blocks = [
        H(title, 1),
        P("Published: 9 September 2022"),
        H("Our judgments", 2),
        P("Our inspection assessed how good Gwent Police is in ten areas of policing. We make graded judgments in "
          "eight of these ten as follows:"),
        T(tuple(rows), (3, 2), header_rows=1, fills=fills),
        P("In our 2018/19 inspection the force was judged good at effectiveness."),
        H("Investigating crime", 2),
        P("Gwent Police requires improvement at investigating crime."),
        H("Areas for improvement", 3),
        Bul(tuple(t for a, t in afis[:2])),
        H("Protecting vulnerable people", 2),
        H("Area for improvement", 3),
        Bul((afis[2][1],)),
        H("Good use of resources", 2),
        H("Area for improvement", 3),
        Bul((afis[3][1],)),
    ]
    data = render_docx(blocks, title=title, author="HMICFRS", when=WHEN)
    gold(name,
         {"page": None, "file_type": "docx", "force": force, "status": "ok", "title": title, "doc_kind": "peel_report",
          "publication_date": "2022-09-09"},
         grades=[grade(None, force, "PEEL 2021/22", area, raw, g, "2022-09") for raw, area, g in grades],
         causes_of_concern=[], recommendations=[],
         areas_for_improvement=[{"page": None, "force": force, "area": a, "text": t, "detail": None} for a, t in afis])
    return data


# 3. National child protection inspection (PDF, 2 pages): common form.
def ncpi_cumbria() -> bytes:
    force = "Cumbria Constabulary"
    name = "ncpi-cumbria-r16.pdf"
    title = "National child protection inspection: Cumbria Constabulary"
    grades = [("Leadership and management", "Child protection leadership", "Adequate"),
              ("Working with safeguarding partners", "Working with safeguarding partners", "Good"),
              ("Responding to children at risk of harm", "Responding to children at risk of harm", "Requires improvement"),
              ("Assessing risk to children and making appropriate referrals",
               "Assessing risk to children and making appropriate referrals", "Adequate"),
              ("Investigating reports of abuse, neglect and exploitation of children",
               "Investigating reports of abuse, neglect and exploitation of children", "Requires improvement")]
    rows = [("**Topic**", "**Grade**")] + [(raw, g) for raw, _, g in grades]
    fills = {(r, 1): GRADE_FILL[g] for r, (_, _, g) in enumerate(grades, start=1)}
    cause = "The force doesn’t investigate child sexual exploitation cases thoroughly or quickly enough."
    cause_detail = "Of the 25 exploitation investigations we audited, 11 had unexplained delays of more than a month."
    immediate = ["make sure every child sexual exploitation investigation has a documented plan reviewed by a supervisor"]
    three = ["carry out a review of all open child exploitation investigations to identify and remove avoidable delay",
             "provide specialist training for officers who investigate child exploitation"]
    # Outside any area section, so no area (the settled convention).
    afis = [("The force should make sure that officers record the voice of the child at incidents.",
             "Body-worn video showed that officers spoke to the child in fewer than half of the incidents we reviewed."),
            ("The force should improve its use of performance data on child protection.", None)]
    blocks = [
        H(title, 1),
        P("Published on: 18 February 2026"),
        H("Summary of findings", 2),
        T(tuple(rows), (4, 2), header_rows=1, fills=fills),
        P("We last inspected the force’s child protection arrangements in 2018. That inspection was not graded."),
        H("Cause of concern", 2),
        P(f"**{cause}**"),
        P(cause_detail),
        H("Recommendations", 3),
        P("Immediately, Cumbria Constabulary should:"),
        Bul(tuple(immediate)),
        P("Within three months, Cumbria Constabulary should:"),
        Bul(tuple(three)),
        Break(),
        H("Areas for improvement", 2),
    ]
    for text, detail in afis:
        blocks.append(P(f"**{text}**"))
        if detail:
            blocks.append(P(detail))
    data = render_pdf(blocks, PdfLook(), title, "HMICFRS")
    recs = ([{"page": 1, "text": r, "timescale": "Immediately", "lead_in": "Immediately, Cumbria Constabulary should:"}
             for r in immediate]
            + [{"page": 1, "text": r, "timescale": "Within three months",
                "lead_in": "Within three months, Cumbria Constabulary should:"} for r in three])
    gold(name,
         {"page": None, "file_type": "pdf", "force": force, "status": "ok", "title": title,
          "doc_kind": "child_protection_report", "pages": 2, "publication_date": "2026-02-18"},
         grades=[grade(1, force, "Child protection", area, raw, g, "2026-02") for raw, area, g in grades],
         causes_of_concern=[{"page": 1, "force": force,
                             "area": None, "text": cause, "detail": cause_detail}],
         recommendations=[{**r, "force": force, "cause_of_concern_text": cause} for r in recs],
         areas_for_improvement=[{"page": 2, "force": force, "area": None, "text": t, "detail": d}
                                for t, d in afis])
    return data


# 4. PCC accountability board paper in Word (new form): the grades as a
# three-column table "Area | Grade | Direction" with arrows against the last
# inspection, and the AFIs as a numbered list in prose.
def pcc_paper_durham() -> bytes:
    force = "Durham Constabulary"
    name = "durham-pcc-accountability-board-r16.docx"
    title = "HMICFRS PEEL inspection 2025: outcome and response"
    grades = [("Police powers and public treatment", "Police powers and public treatment", "Good", "↔"),
              ("Preventing crime", "Preventing crime", "Outstanding", "↑"),
              ("Responding to the public", "Responding to the public", "Good", "↔"),
              ("Investigating crime", "Investigating crime", "Good", "↔"),
              ("Protecting vulnerable people", "Protecting vulnerable people", "Adequate", "↓"),
              ("Managing offenders and suspects", "Managing offenders", "Good", "↔"),
              ("Building, supporting and protecting the workforce", "Developing a positive workplace", "Good", "↑"),
              ("Leadership and force management", "Leadership and force management", "Outstanding", "n/a")]
    rows = [("Area", "Grade", "Direction since 2022")] + [(raw, g, d) for raw, _, g, d in grades]
    fills = {(r, 1): GRADE_FILL[g] for r, (_, _, g, _) in enumerate(grades, start=1)}
    afis = [("Protecting vulnerable people",
             "The force should improve how it manages the risk posed by registered sex offenders."),
            ("Protecting vulnerable people",
             "The force should make sure that domestic abuse risk assessments are completed accurately.")]
    blocks = [
        P("Police and Crime Commissioner for County Durham and Darlington"),
        P("Accountability Board – 12 March 2026"),
        H(title, 1),
        P("Report of the Chief Constable"),
        H("1. Purpose", 2),
        P("1.1 To inform the Commissioner of the outcome of the force’s PEEL inspection, published by HMICFRS "
          "on 27 January 2026, and of the force’s plans in response."),
        H("2. Inspection outcome", 2),
        P("2.1 The inspectorate graded the force in eight areas, set out below with the direction of travel "
          "against the 2021/22 inspection."),
        T(tuple(rows), (4, 2, 2), header_rows=1, fills=fills),
        P("2.2 Leadership and force management was not assessed in the previous inspection, so no direction "
          "of travel is given. Providing a service to victims of crime was not graded."),
        P("2.3 No causes of concern were identified. The inspectorate identified two areas for improvement, both "
          "about protecting vulnerable people:"),
        P("(a) " + afis[0][1]),
        P("(b) " + afis[1][1]),
        H("3. Recommendation", 2),
        P("3.1 The Commissioner is asked to note the report."),
    ]
    data = render_docx(blocks, title=title, author="Durham Constabulary", when=WHEN)
    gold(name,
         {"page": None, "file_type": "docx", "force": force, "status": "ok", "title": title,
          "doc_kind": "scrutiny_pack", "meeting_date": "2026-03-12"},
         grades=[grade(None, force, "PEEL 2023-25", area, raw, g, "2026-01") for raw, area, g, _ in grades],
         causes_of_concern=[], recommendations=[],
         areas_for_improvement=[{"page": None, "force": force, "area": a, "text": t, "detail": None} for a, t in afis])
    return data


# 5. Force action plan (PDF, landscape, 2 pages; new form): one table of
# every HMICFRS item with a Type column (CoC / Rec / AFI) and a "Parent" ref.
def action_plan_dorset() -> bytes:
    force = "Dorset Police"
    name = "dorset-hmicfrs-action-plan-r16.pdf"
    title = "Dorset Police – HMICFRS child protection inspection: action plan"
    cause = "The force doesn’t consistently share information with safeguarding partners when a child is at risk."
    recs = [("Within three months, Dorset Police should make sure that every referral to children’s social care "
             "includes the officer’s assessment of risk.", "Within three months"),
            ("Within six months, Dorset Police should review the work of its multi-agency safeguarding hub "
             "to remove delays in sharing information.", "Within six months")]
    afis = [("Child protection leadership", "The force should make sure that leaders understand the demand from child protection work."),
            ("Police detention of children", "The force should reduce the number of children held in custody overnight."),
            ("Investigating reports of abuse, neglect and exploitation of children",
             "The force should improve the supervision of child abuse investigations.")]
    header = ("Ref", "Type", "HMICFRS finding", "Parent", "Lead", "Target date", "Status")
    rows = [header,
            ("1", "CoC", cause, "–", "Head of Public Protection", "Sept 2026", "Open"),
            ("1.1", "Rec", recs[0][0], "1", "MASH manager", "June 2026", "Complete"),
            ("1.2", "Rec", recs[1][0], "1", "Head of Public Protection", "Sept 2026", "On track"),
            ("2", "AFI", afis[0][1], "–", "ACC Protect", "Dec 2026", "On track"),
            ("3", "AFI", afis[1][1], "–", "Custody lead", "Dec 2026", "Not started"),
            ("4", "AFI", afis[2][1], "–", "Det Supt, PVP", "Oct 2026", "On track")]
    fills = {(2, 6): "#6cb33f", (3, 6): "#f2c12e", (5, 6): "#c8102e", (4, 6): "#f2c12e", (6, 6): "#f2c12e"}
    blocks = [
        P("OFFICIAL", size=9),
        H(title, 1),
        P("Version 3 – updated 30 April 2026. The inspection report was published on 10 March 2026. "
          "The inspectorate made one cause of concern, two recommendations and three areas for improvement. "
          "Grades are reported separately to the Police and Crime Commissioner."),
        Break(),
        T(tuple(rows), (1, 1, 8, 1, 3, 2, 2), header_rows=1, fills=fills),
    ]
    data = render_pdf(blocks, PdfLook(landscape=True), title, "Dorset Police")
    gold(name,
         {"page": None, "file_type": "pdf", "force": force, "status": "ok", "title": title,
          "doc_kind": "force_response", "pages": 2},
         grades=[],
         causes_of_concern=[{"page": 2, "force": force, "area": "Working with safeguarding partners",
                             "text": cause, "detail": None}],
         recommendations=[{"page": 2, "force": force, "cause_of_concern_text": cause, "text": t, "timescale": ts}
                          for t, ts in recs],
         areas_for_improvement=[{"page": 2, "force": force, "area": a, "text": t, "detail": None} for a, t in afis])
    return data


DOCUMENTS = {
    "peel-2023-25-northumbria-r16.pdf": peel_northumbria,
    "peel-2021-22-gwent-r16.docx": peel_gwent,
    "ncpi-cumbria-r16.pdf": ncpi_cumbria,
    "durham-pcc-accountability-board-r16.docx": pcc_paper_durham,
    "dorset-hmicfrs-action-plan-r16.pdf": action_plan_dorset,
}

if __name__ == "__main__":
    (HERE / "gold").mkdir(exist_ok=True)
    for file_name, make in DOCUMENTS.items():
        (HERE / file_name).write_bytes(make())
        print(file_name)
