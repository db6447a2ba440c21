"""Inspection blind round 12: forms no earlier round tried.

Run `.venv/bin/python samples/corpus/inspection-round12/generate.py`; the
bytes are deterministic (reportlab invariant mode, fixed zip times). Each
document's gold is written by hand next to the text it describes and saved to
gold/<file>.json. Names, figures, grades and wording are invented.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent))

from inspection_render import GRADE_FILL, fixed_zip_times, render_pdf  # noqa: E402
from generator.docx_render import render_docx  # noqa: E402
from generator.model import Bullets, Heading, Merge, Numbered, PageBreak, Para, Table, cell  # noqa: E402

CHECKED = ("Written by hand in samples/corpus/inspection-round12/generate.py, next to the text it describes, "
           "before the extractors were run; PDF pages are the pages the generator places the text on "
           "(explicit page breaks), read against `scrutiny inspect`.")
WHEN = datetime(2026, 1, 1)


def colour(grade: str) -> str:
    return GRADE_FILL[grade]


def grade(page, force, framework, area, area_raw, value, as_of):
    return {"page": page, "force": force, "framework": framework, "area": area, "area_raw": area_raw,
            "grade": value, "as_of": as_of}


def afi(page, force, area, text, detail=None):
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def rec(page, force, cause, text, timescale, lead_in=None):
    return {"page": page, "force": force, "cause_of_concern_text": cause, "text": text,
            "timescale": timescale, "lead_in": lead_in}


def finding(page, force, area, kind, text):
    return {"page": page, "force": force, "area": area, "kind": kind, "text": text}


def document(file_type, pages, kind, title, force, **extra):
    return {"page": None, "file_type": file_type, "pages": pages, "doc_kind": kind, "title": title,
            "force": force, "status": "ok", **extra}


# ---------------------------------------------------------------- 1
def hertfordshire():
    """PEEL 2023-25 report: the chart a table with the grade words as row
    labels (areas listed in the row's second cell); 'Graded: X' banner line in
    the grade's colour under each heading; a cause with three numbered
    recommendations each with its own timescale; AFIs as numbered paragraphs
    after 'We found the following areas for improvement:'; main findings as
    bold statements; an innovative practice box."""
    force, fw, as_of = "Hertfordshire Constabulary", "PEEL 2023-25", "2026-01"
    cause = ("The constabulary doesn't answer emergency and non-emergency calls quickly enough, "
             "and call handlers don't always identify repeat and vulnerable callers.")
    r1 = ("Immediately, Hertfordshire Constabulary should make sure that every emergency call abandoned "
          "before it is answered is called back.")
    r2 = ("Within three months, the constabulary should review the risk assessment its call handlers "
          "complete, so that repeat and vulnerable callers are identified.")
    r3 = ("By 31 March 2026, the constabulary should have enough trained call handlers in its force "
          "control room to meet the national standards for answering calls.")
    a1 = ("The constabulary should make sure that supervisors review investigations regularly and "
          "record clear direction for investigating officers.")
    a2 = "The constabulary should make sure that it records the reasons when a victim withdraws support for a prosecution."
    a3 = ("The constabulary should make sure that supervisors have the time and training to hold meaningful "
          "wellbeing conversations with their teams.")
    mf1 = "The constabulary takes too long to answer calls from the public."
    mf2 = "The constabulary's wellbeing offer is well promoted, but not all staff can make use of it."
    ip = "Neighbourhood officers and district councils share one problem-solving tracker"
    blocks = [
        Para("PEEL 2023–25", size=20),
        Heading("Police effectiveness, efficiency and legitimacy", 1),
        Para("An inspection of Hertfordshire Constabulary", size=14),
        Para("January 2026"),
        Heading("Our judgments", 2),
        Para("Our inspection assessed how good Hertfordshire Constabulary is in nine areas of policing. We made "
             "graded judgments in eight of these nine areas. The table below sets out our judgments, from "
             "outstanding to inadequate."),
        Table(rows=(
            (cell("**Grade**"), cell("**Areas**")),
            (cell("Outstanding"), cell("No areas")),
            (cell("Good"), cell("Police powers and public treatment", "Managing offenders")),
            (cell("Adequate"), cell("Preventing crime", "Protecting vulnerable people",
                                    "Leadership and force management")),
            (cell("Requires improvement"), cell("Investigating crime", "Developing a positive workplace")),
            (cell("Inadequate"), cell("Responding to the public")),
        ), widths=(1, 2), header_rows=1),
        Para("We also inspected how well the constabulary provides a service to victims of crime. We don't "
             "grade this area."),
        Heading("HM Inspector's observations", 2),
        Para("I am concerned about how long the public wait for their calls to be answered. Elsewhere, the "
             "constabulary manages offenders well and treats the public fairly."),
        PageBreak(),
        Heading("Responding to the public", 2),
        Para(f"**Graded: {{{colour('Inadequate')}|Inadequate}}**"),
        Heading("Main findings", 3),
        Para(f"**{mf1}**"),
        Para("In the year to June 2025, only 71 percent of emergency calls were answered within ten seconds."),
        Heading("Cause of concern", 3),
        Para(f"**{cause}**"),
        Para("Call handlers used the structured triage tool in fewer than half of the calls we reviewed."),
        Heading("Recommendations", 3),
        Numbered((r1, r2, r3)),
        Heading("Investigating crime", 2),
        Para(f"**Graded: {{{colour('Requires improvement')}|Requires improvement}}**"),
        Para("We found the following areas for improvement:"),
        Numbered((a1, a2)),
        PageBreak(),
        Heading("Preventing crime", 2),
        Para(f"**Graded: {{{colour('Adequate')}|Adequate}}**"),
        Table(rows=((cell("**Innovative practice**", f"**{ip}**",
                          "Each neighbourhood team and its district council record antisocial behaviour "
                          "problems in the same tracker, so that both can see what has been tried."),),),
              widths=(1,)),
        Heading("Developing a positive workplace", 2),
        Para(f"**Graded: {{{colour('Requires improvement')}|Requires improvement}}**"),
        Heading("Main findings", 3),
        Para(f"**{mf2}**"),
        Para("Staff on shifts told us that they can't attend the sessions, which are held in office hours."),
        Para("We found the following area for improvement:"),
        Para(a3),
        Heading("Managing offenders", 2),
        Para(f"**Graded: {{{colour('Good')}|Good}}**"),
        Para("The constabulary's offender managers know their cases well."),
    ]
    fills = {0: {(1, 0): colour("Outstanding"), (2, 0): colour("Good"), (3, 0): colour("Adequate"),
                 (4, 0): colour("Requires improvement"), (5, 0): colour("Inadequate")}}
    data = render_pdf(blocks, fills, "PEEL 2023-25 Hertfordshire Constabulary")
    chart = [("Police powers and public treatment", "Good"), ("Managing offenders", "Good"),
             ("Preventing crime", "Adequate"), ("Protecting vulnerable people", "Adequate"),
             ("Leadership and force management", "Adequate"), ("Investigating crime", "Requires improvement"),
             ("Developing a positive workplace", "Requires improvement"), ("Responding to the public", "Inadequate")]
    records = {
        "documents": [document("pdf", 3, "peel_report",
                               "PEEL 2023–25 Police effectiveness, efficiency and legitimacy An inspection of "
                               "Hertfordshire Constabulary", force)],
        "grades": [grade(1, force, fw, area, area, value, as_of) for area, value in chart],
        "causes_of_concern": [{"page": 2, "force": force, "area": "Responding to the public", "text": cause,
                               "detail": "Call handlers used the structured triage tool in fewer than half of "
                                         "the calls we reviewed."}],
        "recommendations": [rec(2, force, cause, r1, "Immediately"), rec(2, force, cause, r2, "Within three months"),
                            rec(2, force, cause, r3, "By 31 March 2026")],
        "areas_for_improvement": [afi(2, force, "Investigating crime", a1), afi(2, force, "Investigating crime", a2),
                                  afi(3, force, "Developing a positive workplace", a3)],
        "findings": [finding(2, force, "Responding to the public", "main_finding", mf1),
                     finding(3, force, "Preventing crime", "innovative_practice", ip),
                     finding(3, force, "Developing a positive workplace", "main_finding", mf2)],
    }
    return data, records


# ---------------------------------------------------------------- 2
def nottinghamshire():
    """PEEL 2021/22 in Word: an 'Area | Judgment' table with a full-width
    heading row per pillar; sections stating the grade as 'The force's
    performance in X is Y' and as 'X: requires improvement'; a cause of
    concern with two recommendations of different timescales; AFIs after
    'We found the following areas for improvement:' and, for two areas, only
    in an annex table whose area is a column."""
    force, fw, as_of = "Nottinghamshire Police", "PEEL 2021/22", "2022-05"
    cause = "The force isn't answering non-emergency calls quickly enough, and too many callers hang up."
    r1 = "Within three months, the force should publish a plan to reduce the time taken to answer non-emergency calls."
    r2 = "By 31 December 2022, the force should use its online reporting to relieve demand on the 101 line."
    a1 = "The force should make sure that it attends incidents within the times it has set."
    a2 = "The force should make sure that call handlers give callers crime prevention advice."
    a3 = "The force should improve how it records the risk assessments of missing children."
    a4 = "The force should make sure that reports of antisocial behaviour that are crimes are recorded as crimes."
    rows = [
        ("Legitimacy", None),
        ("Engaging with and treating the public with fairness and respect", "Good"),
        ("Building, supporting and protecting the workforce", "Adequate"),
        ("Effectiveness", None),
        ("Preventing crime and anti-social behaviour", "Good"),
        ("Responding to the public", "Requires improvement"),
        ("Investigating crime", "Adequate"),
        ("Protecting vulnerable people", "Adequate"),
        ("Managing offenders and suspects", "Good"),
        ("Recording data about crime", "Adequate"),
        ("Efficiency", None),
        ("Strategic planning, organisational management and value for money", "Adequate"),
    ]
    table_rows = [(cell("**Area**"), cell("**Judgment**"))]
    merges = []
    for i, (label, value) in enumerate(rows, start=1):
        if value is None:
            table_rows.append((cell(f"**{label}**"), ()))
            merges.append(Merge(i, 0, 1, 2))
        else:
            table_rows.append((cell(label), cell(value)))
    blocks = [
        Heading("PEEL 2021/22: An inspection of Nottinghamshire Police", 1),
        Para("Police effectiveness, efficiency and legitimacy"),
        Para("Published: May 2022"),
        Heading("Summary of judgments", 2),
        Table(rows=tuple(table_rows), widths=(3, 1), header_rows=1, merges=tuple(merges)),
        Heading("Responding to the public", 2),
        Para("Responding to the public: requires improvement"),
        Para("The force answers most emergency calls promptly, but callers to the non-emergency number often "
             "wait too long."),
        Heading("Cause of concern", 3),
        Para(f"**{cause}**"),
        Heading("Recommendations", 3),
        Bullets(((0, r1), (0, r2))),
        Heading("Areas for improvement", 3),
        Para("We found the following areas for improvement:"),
        Numbered((a1, a2)),
        Heading("Investigating crime", 2),
        Para("The force's performance in investigating crime is adequate."),
        Para("Investigations are usually allocated to officers with the right skills."),
        Heading("Managing offenders and suspects", 2),
        Para("The force's performance in managing offenders and suspects is good."),
        Heading("Annex: further areas for improvement", 2),
        Table(rows=(
            (cell("**Area**"), cell("**Area for improvement**")),
            (cell("Protecting vulnerable people"), cell(a3)),
            (cell("Recording data about crime"), cell(a4)),
        ), widths=(1, 3), header_rows=1),
    ]
    data = fixed_zip_times(render_docx(blocks, "PEEL 2021/22 Nottinghamshire Police", "HMICFRS", WHEN))
    canon = {"Engaging with and treating the public with fairness and respect": "Police powers and public treatment",
             "Building, supporting and protecting the workforce": "Developing a positive workplace",
             "Preventing crime and anti-social behaviour": "Preventing crime",
             "Managing offenders and suspects": "Managing offenders",
             "Strategic planning, organisational management and value for money": "Good use of resources"}
    records = {
        "documents": [document("docx", None, "peel_report", "PEEL 2021/22: An inspection of Nottinghamshire Police",
                               force)],
        "grades": [grade(None, force, fw, canon.get(label, label), label, value, as_of)
                   for label, value in rows if value],
        "causes_of_concern": [{"page": None, "force": force, "area": "Responding to the public", "text": cause,
                               "detail": None}],
        "recommendations": [rec(None, force, cause, r1, "Within three months"),
                            rec(None, force, cause, r2, "By 31 December 2022")],
        "areas_for_improvement": [afi(None, force, "Responding to the public", a1),
                                  afi(None, force, "Responding to the public", a2),
                                  afi(None, force, "Protecting vulnerable people", a3),
                                  afi(None, force, "Recording data about crime", a4)],
    }
    return data, records


# ---------------------------------------------------------------- 3
def derbyshire():
    """National child protection inspection: summary sentences 'We judged the
    force to be X at ...'; the Topic | Judgment chart split over two pages
    (the header repeated under a '(continued)' line); a cause of concern whose
    recommendations are bullets under one lead-in, each opening with its own
    timescale; AFIs as numbered paragraphs under their topic headings."""
    force, fw, as_of = "Derbyshire Constabulary", "Child protection", "2026-03"
    cause = ("The force doesn't always respond quickly enough when children are reported missing or are "
             "found in circumstances that suggest they are at risk of exploitation.")
    lead = "To address this cause of concern, we recommend that Derbyshire Constabulary:"
    b1 = "immediately makes sure that a supervisor reviews the risk grading of every report of a missing child;"
    b2 = "within three months, makes sure that officers record the child's views when they find a missing child; and"
    b3 = ("by 30 September 2026, works with its safeguarding partners to agree how information about "
          "children at risk of exploitation is shared out of hours.")
    a1 = "The force should make sure that its referrals to children's social care explain why officers are worried about the child."
    a2 = "The force should make sure that investigations involving children are supervised at regular intervals."
    blocks = [
        Heading("National child protection inspection: Derbyshire Constabulary", 1),
        Para("Published March 2026"),
        Heading("Summary", 2),
        Para("We judged the force to be good at working with safeguarding partners and adequate at leadership "
             "and management. We judged it to require improvement at responding to children at risk of harm, "
             "at assessing risk to children and making appropriate referrals, and at investigating reports of "
             "abuse, neglect and exploitation of children."),
        Para("We found one cause of concern and two areas for improvement. Our judgments are set out below."),
        Para("The force has made progress since our last inspection, in 2021, but too many children still wait "
             "too long for a police response. Officers we spoke to were committed to protecting children, and "
             "partners told us that the force is a reliable member of the safeguarding arrangements."),
        Para("Senior leaders know where the service needs to improve. The force has invested in more staff for "
             "its multi-agency safeguarding hub, and it has a plan to reduce the time children wait for an "
             "assessment."),
        Para("Our judgments", size=13),
        Table(rows=(
            (cell("**Topic**"), cell("**Judgment**")),
            (cell("Leadership and management"), cell("Adequate")),
            (cell("Working with safeguarding partners"), cell("Good")),
        ), widths=(3, 1), header_rows=1),
        PageBreak(),
        Para("Our judgments (continued)", size=13),
        Table(rows=(
            (cell("**Topic**"), cell("**Judgment**")),
            (cell("Responding to children at risk of harm"), cell("Requires improvement")),
            (cell("Assessing risk to children and making appropriate referrals"), cell("Requires improvement")),
            (cell("Investigating reports of abuse, neglect and exploitation of children"),
             cell("Requires improvement")),
        ), widths=(3, 1), header_rows=1),
        Heading("Cause of concern: responding to children at risk of harm", 2),
        Para(f"**{cause}**"),
        Para("In 14 of the 40 cases we reviewed, officers didn't attend within the time the risk required."),
        Para(lead),
        Bullets(((0, b1), (0, b2), (0, b3))),
        PageBreak(),
        Heading("Assessing risk to children and making appropriate referrals", 2),
        Para("We found the following areas for improvement:"),
        Numbered((a1,)),
        Heading("Investigating reports of abuse, neglect and exploitation of children", 2),
        Numbered((a2,)),
    ]
    fills = {0: {(1, 1): colour("Adequate"), (2, 1): colour("Good")},
             1: {(r, 1): colour("Requires improvement") for r in (1, 2, 3)}}
    data = render_pdf(blocks, fills, "National child protection inspection Derbyshire Constabulary")
    records = {
        "documents": [document("pdf", 3, "child_protection_report",
                               "National child protection inspection: Derbyshire Constabulary", force)],
        "grades": [
            grade(1, force, fw, "Child protection leadership", "Leadership and management", "Adequate", as_of),
            grade(1, force, fw, "Working with safeguarding partners", "Working with safeguarding partners", "Good", as_of),
            grade(2, force, fw, "Responding to children at risk of harm", "Responding to children at risk of harm",
                  "Requires improvement", as_of),
            grade(2, force, fw, "Assessing risk to children and making appropriate referrals",
                  "Assessing risk to children and making appropriate referrals", "Requires improvement", as_of),
            grade(2, force, fw, "Investigating reports of abuse, neglect and exploitation of children",
                  "Investigating reports of abuse, neglect and exploitation of children", "Requires improvement", as_of),
        ],
        "causes_of_concern": [{"page": 2, "force": force, "area": "Responding to children at risk of harm",
                               "text": cause, "detail": "In 14 of the 40 cases we reviewed, officers didn't attend "
                                                         "within the time the risk required."}],
        "recommendations": [rec(2, force, cause, b1, "Immediately", lead),
                            rec(2, force, cause, b2, "Within three months", lead),
                            rec(2, force, cause, b3, "By 30 September 2026", lead)],
        "areas_for_improvement": [
            afi(3, force, "Assessing risk to children and making appropriate referrals", a1),
            afi(3, force, "Investigating reports of abuse, neglect and exploitation of children", a2)],
    }
    return data, records


# ---------------------------------------------------------------- 4
def warwickshire():
    """PEEL 2023-25 summary page printed from the web: the chart's grade
    icons replaced by their words, in the left column of a borderless two
    column table (grade word, then area); main findings bulleted under area
    sub-headings; AFIs and causes given by count only."""
    force, fw, as_of = "Warwickshire Police", "PEEL 2023-25", "2026-02"
    chart = [("Good", "Police powers and public treatment"), ("Good", "Preventing crime"),
             ("Adequate", "Responding to the public"), ("Adequate", "Managing offenders"),
             ("Adequate", "Leadership and force management"), ("Requires improvement", "Investigating crime"),
             ("Requires improvement", "Protecting vulnerable people"),
             ("Inadequate", "Developing a positive workplace")]
    mf = [("Preventing crime", "The force works well with partners to reduce antisocial behaviour in town centres"),
          ("Investigating crime", "Investigations are often delayed because of the high workloads of investigators"),
          ("Investigating crime", "The force doesn't always keep victims updated about their cases"),
          ("Developing a positive workplace", "Too many officers are not receiving the training they need")]
    blocks = [
        Heading("Warwickshire Police: PEEL 2023–25 inspection summary", 1),
        Para("Published on 11 February 2026"),
        Para("This is a summary of our PEEL inspection of Warwickshire Police. The full report is available on "
             "our website."),
        Heading("How we graded the force", 2),
        Table(rows=tuple((cell(f"**{g}**"), cell(a)) for g, a in chart), widths=(1, 3), bordered=False),
        Para("We didn't grade the force on how well it provides a service to victims of crime."),
        Heading("What we found", 2),
    ]
    area_seen = None
    for area, text in mf:
        if area != area_seen:
            blocks.append(Heading(area, 3))
            area_seen = area
        blocks.append(Bullets(((0, text),)))
    blocks += [
        Heading("Areas for improvement and causes of concern", 2),
        Para("We identified nine areas for improvement. We didn't identify any causes of concern. You can read "
             "the areas for improvement in the full report."),
    ]
    data = render_pdf(blocks, {}, "Warwickshire Police PEEL 2023-25 summary")
    records = {
        "documents": [document("pdf", 1, "peel_report", "Warwickshire Police: PEEL 2023–25 inspection summary",
                               force, publication_date="2026-02-11")],
        "grades": [grade(1, force, fw, a, a, g, as_of) for g, a in chart],
        "causes_of_concern": [],
        "recommendations": [],
        "areas_for_improvement": [],
        "findings": [finding(1, force, area, "main_finding", text) for area, text in mf],
    }
    return data, records


# ---------------------------------------------------------------- 5
def norfolk():
    """PCC accountability board paper in Word quoting a PEEL 2023-25 report:
    grades as 'Area: grade' lines with the grade in lower case under 'The
    inspectorate's judgments were:'; a quoted cause of concern whose
    recommendations carry their timescale in brackets at the end; AFIs in a
    table 'Area for improvement | PEEL area | Force update' (area only in the
    column); a quoted innovative practice."""
    force, fw, as_of = "Norfolk Constabulary", "PEEL 2023-25", "2025-11"
    lines = [("Police powers and public treatment", "good"), ("Preventing crime", "outstanding"),
             ("Responding to the public", "adequate"), ("Investigating crime", "requires improvement"),
             ("Protecting vulnerable people", "adequate"), ("Managing offenders", "good"),
             ("Developing a positive workplace", "good"), ("Leadership and force management", "adequate")]
    cause = ("The constabulary doesn't make sure that investigations are allocated to officers with the "
             "right skills and are supervised effectively.")
    r1 = ("Norfolk Constabulary should review how it allocates investigations so that complex cases go to "
          "trained detectives (within three months).")
    r2 = ("Norfolk Constabulary should make sure that supervisors review open investigations at set "
          "intervals (within six months).")
    a1 = "The constabulary should make sure that it answers non-emergency calls within its own target times."
    a2 = "The constabulary should improve how it shares information about children at risk with schools."
    a3 = "The constabulary should make sure that its workforce plan includes the detectives it will need."
    ip = "Farm watch volunteers using a shared messaging app"
    blocks = [
        Para("Police Accountability Board – 22 January 2026"),
        Heading("HMICFRS PEEL 2023–25 inspection of Norfolk Constabulary", 1),
        Para("Report of the Chief Constable"),
        Heading("1. Purpose", 2),
        Para("To update the Police and Crime Commissioner on the constabulary's response to the PEEL report "
             "published by HMICFRS in November 2025."),
        Heading("2. Grades", 2),
        Para("The inspectorate's judgments were:"),
    ] + [Para(f"{area}: {value}") for area, value in lines] + [
        Heading("3. Cause of concern", 2),
        Para("HMICFRS identified one cause of concern, in investigating crime:"),
        Para(f"*{cause}*"),
        Para("It made two recommendations:"),
        Numbered((r1, r2)),
        Para("The constabulary has set up an investigation standards board, chaired by the Deputy Chief "
             "Constable, to oversee this work."),
        Heading("4. Areas for improvement", 2),
        Table(rows=(
            (cell("**Area for improvement**"), cell("**PEEL area**"), cell("**Force update**")),
            (cell(a1), cell("Responding to the public"),
             cell("A new call-back service started in December 2025.")),
            (cell(a2), cell("Protecting vulnerable people"),
             cell("An information-sharing agreement with the county council is being drafted.")),
            (cell(a3), cell("Leadership and force management"),
             cell("The plan will be presented to the Chief Officer Group in March 2026.")),
        ), widths=(3, 1.4, 2), header_rows=1),
        Heading("5. Innovative practice", 2),
        Para(f"HMICFRS highlighted one example of innovative practice, in preventing crime: **{ip}**. The "
             "constabulary is sharing the approach with other rural forces."),
        Heading("6. Recommendation", 2),
        Para("The Commissioner is asked to note this report."),
    ]
    data = fixed_zip_times(render_docx(blocks, "HMICFRS PEEL 2023-25 inspection of Norfolk Constabulary",
                                       "Norfolk Constabulary", WHEN))
    records = {
        "documents": [document("docx", None, "scrutiny_pack", "HMICFRS PEEL 2023–25 inspection of Norfolk Constabulary",
                               force, meeting_date="2026-01-22")],
        "grades": [grade(None, force, fw, area, area, value.capitalize(), as_of) for area, value in lines],
        "causes_of_concern": [{"page": None, "force": force, "area": "Investigating crime", "text": cause,
                               "detail": None}],
        "recommendations": [rec(None, force, cause, r1, "Within three months"),
                            rec(None, force, cause, r2, "Within six months")],
        "areas_for_improvement": [afi(None, force, "Responding to the public", a1),
                                  afi(None, force, "Protecting vulnerable people", a2),
                                  afi(None, force, "Leadership and force management", a3)],
        "findings": [finding(None, force, "Preventing crime", "innovative_practice", ip)],
    }
    return data, records


# ---------------------------------------------------------------- 6
def gwent():
    """Child protection re-inspection in Word: 'Inspection area | 2024
    judgment | 2026 judgment' table (only the re-inspection's judgments are
    this report's grades); a cause of concern carried over, its
    recommendations as sentences ending in their timescale; one AFI as a bold
    label and sentence."""
    force, fw, as_of = "Gwent Police", "Child protection", "2026-02"
    table = [("Leadership and management", "Child protection leadership", "Requires improvement", "Adequate"),
             ("Working with safeguarding partners", "Working with safeguarding partners", "Adequate", "Good"),
             ("Responding to children at risk of harm", "Responding to children at risk of harm",
              "Inadequate", "Requires improvement"),
             ("Assessing risk to children and making appropriate referrals",
              "Assessing risk to children and making appropriate referrals", "Requires improvement", "Adequate"),
             ("Investigating reports of abuse, neglect and exploitation of children",
              "Investigating reports of abuse, neglect and exploitation of children", "Inadequate",
              "Requires improvement")]
    cause = ("Gwent Police doesn't consistently investigate reports of child sexual abuse and exploitation "
             "thoroughly or quickly enough.")
    r1 = ("Gwent Police should make sure that every investigation of child sexual abuse is allocated to a "
          "trained investigator immediately.")
    r2 = ("Gwent Police should review the workloads of its child abuse investigation teams and report the "
          "outcome to its safeguarding partners by 31 March 2026.")
    a1 = ("The force should make sure that officers record the voice of the child in every domestic abuse "
          "incident they attend.")
    blocks = [
        Heading("National child protection re-inspection: Gwent Police", 1),
        Para("Published: 17 February 2026"),
        Heading("Introduction", 2),
        Para("We first inspected Gwent Police's child protection work in 2024. We returned in October 2025 to "
             "find out how much the force had improved. The table shows the judgments from both inspections."),
        Table(rows=((cell("**Inspection area**"), cell("**2024 judgment**"), cell("**2026 judgment**")),)
              + tuple((cell(label), cell(old), cell(new)) for label, _, old, new in table),
              widths=(3, 1.3, 1.3), header_rows=1),
        Para("The force has made progress in every area. One cause of concern from 2024 remains."),
        Heading("Cause of concern", 2),
        Para(f"**{cause}**"),
        Para("Recommendations", size=12),
        Para(r1),
        Para(r2),
        Heading("Responding to children at risk of harm", 2),
        Para(f"**Area for improvement:** {a1}"),
    ]
    data = fixed_zip_times(render_docx(blocks, "National child protection re-inspection Gwent Police",
                                       "HMICFRS", WHEN))
    records = {
        "documents": [document("docx", None, "child_protection_report",
                               "National child protection re-inspection: Gwent Police", force,
                               publication_date="2026-02-17")],
        # both judgment columns are inspections' grades (an improvement journey, the convention settled after
        # this round): the 2024 column undated (the report gives only its year)
        "grades": [grade(None, force, fw, area, label, new, as_of) for label, area, _, new in table]
        + [grade(None, force, fw, area, label, old, None) for label, area, old, _ in table],
        # A cause under a bare heading outside any area's section: no area in gold (not scored).
        "causes_of_concern": [{"page": None, "force": force, "text": cause, "detail": None}],
        "recommendations": [rec(None, force, cause, r1, "Immediately"), rec(None, force, cause, r2, "By 31 March 2026")],
        "areas_for_improvement": [afi(None, force, "Responding to children at risk of harm", a1)],
    }
    return data, records


# ---------------------------------------------------------------- 7
def lincolnshire():
    """Minutes of a PCC's accountability meeting, numbered paragraphs: the
    Chief Constable's report of the PEEL grades in reported speech over two
    paragraphs ('had judged the force to be ...'; 'its performance in X had
    been judged adequate'); another force's grade in passing; no AFI quoted."""
    force, fw, as_of = "Lincolnshire Police", "PEEL 2023-25", "2025-12"
    blocks = [
        Heading("Police and Crime Commissioner for Lincolnshire", 2),
        Heading("Strategic Accountability Meeting – minutes", 1),
        Para("Meeting held on 27 January 2026 at Police Headquarters, Nettleham"),
        Para("**Present:** the Police and Crime Commissioner (Chair); the Chief Constable; the Deputy Chief "
             "Constable; the Chief Executive, OPCC; the Chief Finance Officer, OPCC"),
        Heading("1. Apologies", 2),
        Para("1.1 Apologies were received from the Assistant Chief Constable."),
        Heading("2. Minutes of the previous meeting", 2),
        Para("2.1 The minutes of the meeting held on 25 November 2025 were agreed as a true record."),
        Heading("3. HMICFRS PEEL inspection", 2),
        Para("3.1 The Chief Constable introduced the report of HMICFRS's PEEL inspection, published in December "
             "2025."),
        Para("3.2 He reported that the inspectorate had judged the force to be good at preventing crime, at "
             "managing offenders and at police powers and public treatment. It had found the force adequate at "
             "investigating crime and at leadership and force management."),
        Para("3.3 The force's performance in responding to the public and in protecting vulnerable people had "
             "been judged to require improvement, and developing a positive workplace had been graded "
             "inadequate. The Chief Constable noted that Humberside Police had been graded good at developing a "
             "positive workplace and that the force would learn from its approach."),
        Para("3.4 The Commissioner asked how the eleven areas for improvement would be monitored. The Deputy "
             "Chief Constable explained that each had an owner and would be reported to this meeting quarterly."),
        Para("3.5 **Action:** the Deputy Chief Constable to bring the PEEL improvement plan to the March meeting."),
        Heading("4. Any other business", 2),
        Para("4.1 There was no other business."),
    ]
    data = render_pdf(blocks, {}, "Strategic Accountability Meeting minutes 27 January 2026")
    graded = [("Preventing crime", "preventing crime", "Good"), ("Managing offenders", "managing offenders", "Good"),
              ("Police powers and public treatment", "police powers and public treatment", "Good"),
              ("Investigating crime", "investigating crime", "Adequate"),
              ("Leadership and force management", "leadership and force management", "Adequate"),
              ("Responding to the public", "responding to the public", "Requires improvement"),
              ("Protecting vulnerable people", "protecting vulnerable people", "Requires improvement"),
              ("Developing a positive workplace", "developing a positive workplace", "Inadequate")]
    records = {
        "documents": [document("pdf", 1, "scrutiny_pack", "Strategic Accountability Meeting – minutes", force,
                               meeting_date="2026-01-27")],
        "grades": [grade(1, force, fw, area, raw, value, as_of) for area, raw, value in graded],
        "areas_for_improvement": [],
    }
    return data, records


DOCUMENTS = {
    "peel-2023-25-hertfordshire.pdf": hertfordshire,
    "peel-2021-22-nottinghamshire.docx": nottinghamshire,
    "ncpi-derbyshire.pdf": derbyshire,
    "peel-2023-25-summary-warwickshire.pdf": warwickshire,
    "norfolk-pab-peel-2026-01-22.docx": norfolk,
    "ncpi-reinspection-gwent.docx": gwent,
    "lincolnshire-sam-minutes-2026-01-27.pdf": lincolnshire,
}


def main() -> None:
    (HERE / "gold").mkdir(exist_ok=True)
    for name, make in DOCUMENTS.items():
        data, records = make()
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (HERE / "gold" / f"{name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
        print(name)


if __name__ == "__main__":
    main()
