"""Inspection round 13 (held out until scored): eight documents of the inspection family and
their hand-written gold, written blind (before reading any extractor code,
extractor test or earlier round's generator).

Run `.venv/bin/python samples/corpus/inspection-round13/generate.py`; the
bytes repeat (ReportLab invariant mode, fixed Word zip times). The gold goes
to `gold/<file>.json` beside the documents (in `heldout/` until the round was
scored; see README.md). Each
record below is written next to the text it describes; PDF pages are the pages
the explicit page breaks put the text on, and the script checks each PDF
record's text against its page's own text before writing.

Forms (names, grades and wording invented; forces seen before in other forms):

- peel-2023-25-cambridgeshire.pdf: a whole PEEL 2023-25 report as HMICFRS
  prints it (cover with the month only, contents, column-per-grade chart,
  grade definitions, a 2021/22 grade recalled, the ungraded victim service
  with a "good at" sentence, the grade word alone under each heading, main
  findings, "Area for improvement N" headings, a cause with a timed lead-in
  over bullets, a promising practice box, a page-numbered footer).
- peel-2021-22-bedfordshire.docx: a whole PEEL 2021/22 report in Word (chart
  of the short names as a Word table, ten areas, eight graded plus victim
  service and serious organised crime ungraded, 2018/19 pillar recalled, long
  section names with "Bedfordshire Police is X at ..." sentences, bulleted
  AFIs, a cause with a timed lead-in).
- ncpi-north-yorkshire.pdf: a graded national child protection inspection
  (Topic | Grade table of the long topic names, the 2019 inspection recalled,
  "We judged the force to be X in this area." restatements, numbered AFIs, a
  cause with two timed lead-ins).
- avon-somerset-pcp-ncpi-2026-02-19.pdf (new form): a PCC's report to the
  Police and Crime Panel on a child protection inspection: judgments as a tick
  in one of five grade columns; another force's grade and national counts in
  passing; the cause quoted after "in <area>:"; its recommendations in a
  Recommendation | HMICFRS timescale | Progress table; AFIs in a Topic | AFI
  table.
- leicestershire-peel-improvement-register.docx (new form): a force's
  landscape Word register: grades in Area | Grade awarded | Target grade
  (2027) (the target is no grade); one register table whose rows are tied to
  their cause only by a "Parent" reference column (CoC1 / R1.1 / AFI1).
- lancashire-pcp-peel-2026-03-16.pdf (new form): a PCC's panel report in a
  serif face with each area a sub-heading "Area – Grade", three of them
  followed by the 2022 grade in brackets ("(2022: requires improvement)");
  AFIs bulleted under each; no causes of concern.
- peel-2023-25-at-a-glance-cheshire.pdf (new form): a landscape two-page
  "at a glance" summary: a 3 x 3 grid of tiles shaded in the grade colour,
  each tile the area over its grade word, the ninth tile the victim service
  "Not graded"; AFIs numbered with their area in brackets at the end.
- west-mercia-pcc-peel-response-2026-03-04.pdf: a PCC's section 55 response
  letter: every grade in one sentence grouping the areas in brackets after
  each grade ("good in two areas (preventing crime, and police powers and
  public treatment)"); a 2022 grade recalled; AFIs as "AFI N – <area>" labels
  over the italic AFI, the Chief Constable's response and the PCC's comment.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))  # the shared block renderer, render.py

from pypdf import PdfReader  # noqa: E402
from render import Break, Bul, H, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD_DIR = HERE / "gold"
CHECKED = ("Written by hand in samples/corpus/inspection-round13/generate.py, next to the text it describes, "
           "blind (before any extractor code was read) and before any extractor was run; PDF pages are the "
           "pages the explicit page breaks put the text on, checked against each page's text by the generator.")

GRADE_FILL = {"Outstanding": "#1f6f3f", "Good": "#6cb33f", "Adequate": "#f2c12e",
              "Requires improvement": "#f08a24", "Inadequate": "#c8102e"}
GRADES = ("Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate")
WHEN = datetime(2026, 3, 2, 9, 0, 0)


# --- gold record builders -------------------------------------------------

def document(file_type: str, pages: int | None, kind: str, title: str, force: str, *,
             publication: str | None = None, meeting: str | None = None, organisation: bool = True) -> dict:
    record = {"page": None, "file_type": file_type, "pages": pages, "doc_kind": kind, "title": title,
              "force": force, "organisation": None, "meeting_date": meeting, "publication_date": publication,
              "status": "ok"}
    if not organisation:  # a panel paper's issuing body is not scored (earlier rounds' convention)
        del record["organisation"]
    return record


def grade(page: int | None, force: str, framework: str, area: str, raw: str, value: str, as_of: str) -> dict:
    return {"page": page, "force": force, "framework": framework, "area": area, "area_raw": raw,
            "grade": value, "as_of": as_of}


def afi(page: int | None, force: str, area: str | None, text: str, detail: str | None = None) -> dict:
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def cause(page: int | None, force: str, area: str | None, text: str, detail: str | None = None) -> dict:
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def rec(page: int | None, force: str, cause_text: str | None, text: str, timescale: str | None,
        lead_in: str | None) -> dict:
    return {"page": page, "force": force, "cause_of_concern_text": cause_text, "text": text,
            "timescale": timescale, "lead_in": lead_in}


def finding(page: int | None, force: str, area: str, kind: str, text: str) -> dict:
    return {"page": page, "force": force, "area": area, "kind": kind, "text": text}


def chart(placed: dict[str, tuple[str, ...]]) -> T:
    """HMICFRS's "Our judgments" chart: a column per grade, each graded area a
    line in its grade's cell."""
    header = tuple(f"**{g}**" for g in GRADES)
    body = tuple(tuple(placed.get(g, ())) or "" for g in GRADES)
    fills = {(0, c): GRADE_FILL[g] for c, g in enumerate(GRADES)}
    return T(rows=(header, body), widths=(1, 1, 1, 1.1, 1), fills=fills, repeat_header=False)


# --- 1. PEEL 2023-25, whole report (common form) --------------------------

def cambridgeshire() -> tuple[bytes, dict]:
    force, fw, as_of = "Cambridgeshire Constabulary", "PEEL 2023-25", "2026-03"
    cause_text = ("Cambridgeshire Constabulary isn't assessing and managing the risk to victims of domestic "
                  "abuse well enough.")
    cause_detail = ("In 26 of the 80 domestic abuse cases we reviewed, officers didn't complete a risk "
                    "assessment at the scene, and supervisors didn't review the risk in 19 of those cases.")
    lead = "Within three months, Cambridgeshire Constabulary should:"
    recs = ("make sure that officers complete a risk assessment at every domestic abuse incident they attend;",
            "make sure that supervisors review those assessments before the officers go off duty; and",
            "introduce a way of checking the quality of risk assessments and acting on what it finds.")
    afis = {
        "ppt": ("The force should make sure that officers record the reason for every use of force.",
                "Officers recorded a reason in only 61 percent of the use of force forms we reviewed."),
        "rp1": ("The force should answer emergency calls within ten seconds.",
                "In the year to March 2025, the force answered 79 percent of emergency calls within ten "
                "seconds, below the national standard of 90 percent."),
        "rp2": ("The force should make sure that call handlers identify repeat and vulnerable callers.",
                "Call handlers didn't check previous contact with the caller in 14 of the 50 calls we "
                "listened to."),
        "ic": ("The force should make sure that it gives victims the right to review when it closes an "
               "investigation.",
               "We found that victims were told of their right to review in only half of the cases where it "
               "applied."),
        "pvp": ("The force should improve how it shares information with partners about children at risk.",
                "Referrals to children's services were delayed by more than three days in 11 of the cases we "
                "reviewed."),
        "dpw": ("The force should make sure that its wellbeing support is available to staff who work night "
                "shifts.", None),
        "lfm": ("The force should make sure it understands the demand it faces in its control room.",
                "The force's demand analysis was three years old and didn't reflect the rise in calls about "
                "mental health."),
    }
    look = PdfLook(footer="PEEL 2023–25 – Cambridgeshire Constabulary")
    blocks = [
        P("PEEL 2023–25", size=20), P("Police effectiveness, efficiency and legitimacy", size=16),
        P("An inspection of Cambridgeshire Constabulary", size=16), P("March 2026"),
        P(""), H("Contents", 2),
        P("Overall summary ........ 2"), P("Our judgments ........ 2"),
        P("Providing a service to victims of crime ........ 3"), P("Police powers and public treatment ........ 3"),
        P("Preventing crime and antisocial behaviour ........ 4"), P("Responding to the public ........ 4"),
        P("Investigating crime ........ 5"), P("Protecting vulnerable people ........ 5"),
        P("Managing offenders and suspects ........ 6"), P("Developing a positive workplace ........ 6"),
        P("Leadership and force management ........ 6"), P("About the data ........ 6"),
        Break(),
        # page 2
        H("Overall summary"), H("Our judgments", 2),
        P("Our inspection assessed how good Cambridgeshire Constabulary is in nine areas of policing. We make "
          "graded judgments in eight of these nine areas. These are set out below."),
        chart({"Good": ("Preventing crime", "Managing offenders"),
               "Adequate": ("Police powers and public treatment", "Investigating crime",
                            "Developing a positive workplace", "Leadership and force management"),
               "Requires improvement": ("Responding to the public",),
               "Inadequate": ("Protecting vulnerable people",)}),
        P("We also inspected how effective the force's service is for victims of crime. We don't grade this "
          "area."),
        P("Our grades mean:"),
        Bul(("Outstanding – the force has substantially exceeded the characteristics of good performance.",
             "Good – the force has shown substantially all the characteristics of good performance.",
             "Adequate – the force has shown some of the characteristics of good performance, but we have "
             "identified areas where it should improve.",
             "Requires improvement – the force has shown few, if any, of the characteristics of good "
             "performance, and there are a substantial number of areas where it needs to improve.",
             "Inadequate – we have causes of concern and have made recommendations to the force to address "
             "them.")),
        H("HM Inspector's observations", 2),
        P("I am pleased with some aspects of the constabulary's performance, but it needs to improve how it "
          "protects vulnerable people. In our 2021/22 inspection, we judged the force to be inadequate at "
          "responding to the public. It has made progress since then, but it still doesn't answer enough "
          "emergency calls quickly."),
        P("The constabulary works well with its communities to prevent crime, and it manages registered sex "
          "offenders effectively."),
        Break(),
        # page 3
        H("Providing a service to victims of crime"),
        P("We assess how well the force records crime and how it supports victims. We don't grade this area."),
        P("The force is good at recording crime. It records 94 percent of reported crimes correctly."),
        H("Police powers and public treatment"),
        P("**{#f2c12e|Adequate}**"),
        H("Main findings", 3),
        P("**The force uses stop and search fairly.**"),
        P("Its own scrutiny panel reviews body-worn video of searches every month, and the reasons officers "
          "record are mostly clear."),
        H("Area for improvement 1", 3),
        P(f"**{afis['ppt'][0]}**"), P(afis["ppt"][1]),
        Break(),
        # page 4
        H("Preventing crime and antisocial behaviour"),
        P("**{#6cb33f|Good}**"),
        H("Main findings", 3),
        P("**The force works well with partners to solve problems in neighbourhoods.**"),
        P("Neighbourhood teams use a structured problem-solving approach and record what works."),
        T(rows=(("**Promising practice**",), ("**Rural crime volunteers trained to record evidence**",),
                ("The force trained 40 volunteers to record evidence of farm thefts, and arrests rose as a "
                 "result.",)), widths=(1,), fills={(0, 0): "#dbe8f5", (1, 0): "#dbe8f5", (2, 0): "#dbe8f5"},
          bordered=False, repeat_header=False),
        H("Responding to the public"),
        P("**{#f08a24|Requires improvement}**"),
        H("Area for improvement 1", 3), P(f"**{afis['rp1'][0]}**"), P(afis["rp1"][1]),
        H("Area for improvement 2", 3), P(f"**{afis['rp2'][0]}**"), P(afis["rp2"][1]),
        Break(),
        # page 5
        H("Investigating crime"),
        P("**{#f2c12e|Adequate}**"),
        H("Area for improvement 1", 3), P(f"**{afis['ic'][0]}**"), P(afis["ic"][1]),
        H("Protecting vulnerable people"),
        P("**{#c8102e|Inadequate}**"),
        H("Cause of concern", 3),
        P(f"**{cause_text}**"), P(cause_detail),
        H("Recommendations", 3), P(lead), Bul(recs),
        H("Area for improvement 1", 3), P(f"**{afis['pvp'][0]}**"), P(afis["pvp"][1]),
        Break(),
        # page 6
        H("Managing offenders and suspects"),
        P("**{#6cb33f|Good}**"),
        P("We didn't identify any areas for improvement in this area."),
        H("Developing a positive workplace"),
        P("**{#f2c12e|Adequate}**"),
        H("Area for improvement 1", 3), P(f"**{afis['dpw'][0]}**"),
        H("Leadership and force management"),
        P("**{#f2c12e|Adequate}**"),
        H("Area for improvement 1", 3), P(f"**{afis['lfm'][0]}**"), P(afis["lfm"][1]),
        H("About the data", 2),
        P("Data in this report is from a range of sources, including the force's own data and Home Office "
          "data for the year to March 2025."),
    ]
    records = {
        "documents": [document("pdf", 6, "peel_report",
                               "PEEL 2023–25 Police effectiveness, efficiency and legitimacy An inspection of "
                               "Cambridgeshire Constabulary", force)],
        "grades": [
            grade(2, force, fw, "Preventing crime", "Preventing crime", "Good", as_of),
            grade(2, force, fw, "Managing offenders", "Managing offenders", "Good", as_of),
            grade(2, force, fw, "Police powers and public treatment", "Police powers and public treatment",
                  "Adequate", as_of),
            grade(2, force, fw, "Investigating crime", "Investigating crime", "Adequate", as_of),
            grade(2, force, fw, "Developing a positive workplace", "Developing a positive workplace", "Adequate",
                  as_of),
            grade(2, force, fw, "Leadership and force management", "Leadership and force management", "Adequate",
                  as_of),
            grade(2, force, fw, "Responding to the public", "Responding to the public", "Requires improvement",
                  as_of),
            grade(2, force, fw, "Protecting vulnerable people", "Protecting vulnerable people", "Inadequate",
                  as_of),
        ],
        "areas_for_improvement": [
            afi(3, force, "Police powers and public treatment", *afis["ppt"]),
            afi(4, force, "Responding to the public", *afis["rp1"]),
            afi(4, force, "Responding to the public", *afis["rp2"]),
            afi(5, force, "Investigating crime", *afis["ic"]),
            afi(5, force, "Protecting vulnerable people", *afis["pvp"]),
            afi(6, force, "Developing a positive workplace", *afis["dpw"]),
            afi(6, force, "Leadership and force management", *afis["lfm"]),
        ],
        "causes_of_concern": [cause(5, force, "Protecting vulnerable people", cause_text, cause_detail)],
        "recommendations": [rec(5, force, cause_text, r, "Within three months", lead) for r in recs],
        "findings": [
            finding(3, force, "Police powers and public treatment", "main_finding",
                    "The force uses stop and search fairly."),
            finding(4, force, "Preventing crime", "main_finding",
                    "The force works well with partners to solve problems in neighbourhoods."),
            finding(4, force, "Preventing crime", "promising_practice",
                    "Rural crime volunteers trained to record evidence"),
        ],
    }
    return render_pdf(blocks, look, "PEEL 2023–25: Cambridgeshire Constabulary", "HMICFRS"), records


# --- 2. PEEL 2021/22 in Word (common form) --------------------------------

def bedfordshire() -> tuple[bytes, dict]:
    force, fw, as_of = "Bedfordshire Police", "PEEL 2021/22", "2022-10"
    cause_text = "Bedfordshire Police doesn't always identify vulnerable people when they first contact it."
    cause_detail = ("The force's call handlers didn't use its structured risk assessment in 23 of the 70 calls "
                    "we reviewed that involved a vulnerable person.")
    lead = "Within six months, Bedfordshire Police should:"
    recs = ("make sure that call handlers use the structured risk assessment for every call; and",
            "make sure that supervisors in the control room check the quality of those assessments.")
    afis = {
        "rp1": "The force should make sure that it attends incidents within the times it sets.",
        "rp2": "The force should improve how it records the reasons it changes the priority of a call.",
        "ic": "The force should make sure that victims are updated about their investigations.",
        "pvp": "The force should make sure that it uses domestic violence protection orders whenever they "
               "are needed.",
        "dpw1": "The force should make sure its wellbeing plan reaches officers in response teams.",
        "dpw2": "The force should improve how it identifies and develops talented officers and staff.",
    }
    blocks = [
        P("**PEEL 2021/22**", size=20), P("Police effectiveness, efficiency and legitimacy", size=16),
        P("An inspection of Bedfordshire Police", size=16), P("Published: 6 October 2022"),
        H("Contents", 2),
        P("Overall summary"), P("Providing a service to the victims of crime"),
        P("Engaging with and treating the public with fairness and respect"),
        P("Preventing and deterring crime and antisocial behaviour, and reducing vulnerability"),
        P("Responding to the public"), P("Investigating crime"), P("Protecting vulnerable people"),
        P("Managing offenders and suspects"), P("Building, supporting and protecting the workforce"),
        P("Strategic planning, organisational management and value for money"),
        P("Recording data about crime"),
        H("Overall summary", 2),
        H("Our judgments", 2),
        P("Our inspection assessed how good Bedfordshire Police is in ten areas of policing. We make graded "
          "judgments in eight of these ten areas. These are set out in the table below."),
        chart({"Good": ("Treatment of the public", "Recording data about crime"),
               "Adequate": ("Preventing crime", "Investigating crime", "Managing offenders",
                            "Good use of resources"),
               "Requires improvement": ("Responding to the public", "Protecting vulnerable people",
                                        "Developing a positive workplace")}),
        P("We also inspected how effective the force's service is for victims of crime. We don't grade this "
          "area. We will assess the force's ability to disrupt serious organised crime in a separate "
          "inspection, and we will publish that grade later."),
        P("We set out what each grade means in our PEEL assessment framework: good means the force has shown "
          "substantially all the characteristics of good performance, and requires improvement means it has "
          "shown few, if any, of them."),
        H("Bedfordshire Police in numbers", 3),
        T(rows=(("", "**Bedfordshire Police**", "**England and Wales**"),
                ("999 calls answered within 10 seconds", "71.4%", "71.0%"),
                ("Crimes recorded per 1,000 people", "82.1", "87.6"),
                ("Police officers per 1,000 people", "1.9", "2.3")),
          widths=(3, 1.5, 1.5), header_rows=1),
        P("We have changed our grades since our 2018/19 inspection, so they can't be compared directly. In "
          "2018/19 we judged Bedfordshire Police to require improvement in its effectiveness."),
        H("Providing a service to the victims of crime", 2),
        P("The force is good at recording crime, but it doesn't always tell victims why an investigation has "
          "been closed."),
        H("Engaging with and treating the public with fairness and respect", 2),
        P("Bedfordshire Police is good at treating the public fairly and respectfully."),
        P("The force's stop and search panel includes young people, and it reviews footage of searches."),
        H("Preventing and deterring crime and antisocial behaviour, and reducing vulnerability", 2),
        P("Bedfordshire Police is adequate at preventing crime and antisocial behaviour."),
        H("Responding to the public", 2),
        P("Bedfordshire Police requires improvement at responding to the public."),
        H("Cause of concern", 3), P(f"**{cause_text}**"), P(cause_detail),
        H("Recommendations", 3), P(lead), Bul(recs),
        H("Areas for improvement", 3), Bul((afis["rp1"], afis["rp2"])),
        H("Investigating crime", 2),
        P("Bedfordshire Police is adequate at investigating crime."),
        H("Areas for improvement", 3), Bul((afis["ic"],)),
        H("Protecting vulnerable people", 2),
        P("Bedfordshire Police requires improvement at protecting vulnerable people."),
        H("Areas for improvement", 3), Bul((afis["pvp"],)),
        H("Managing offenders and suspects", 2),
        P("Bedfordshire Police is adequate at managing offenders and suspects."),
        H("Building, supporting and protecting the workforce", 2),
        P("Bedfordshire Police requires improvement at building, supporting and protecting the workforce."),
        H("Areas for improvement", 3), Bul((afis["dpw1"], afis["dpw2"])),
        H("Strategic planning, organisational management and value for money", 2),
        P("Bedfordshire Police is adequate at making the best use of its resources."),
        H("Recording data about crime", 2),
        P("Bedfordshire Police is good at recording data about crime. It records 95.1 percent of reported "
          "crimes."),
    ]
    data = render_docx(blocks, title="PEEL 2021/22: Bedfordshire Police", author="HMICFRS", when=WHEN,
                       header=("PEEL 2021/22 – Bedfordshire Police",))
    records = {
        "documents": [document("docx", None, "peel_report",
                               "PEEL 2021/22 Police effectiveness, efficiency and legitimacy An inspection of "
                               "Bedfordshire Police", force, publication="2022-10-06")],
        "grades": [
            grade(None, force, fw, "Police powers and public treatment", "Treatment of the public", "Good", as_of),
            grade(None, force, fw, "Recording data about crime", "Recording data about crime", "Good", as_of),
            grade(None, force, fw, "Preventing crime", "Preventing crime", "Adequate", as_of),
            grade(None, force, fw, "Investigating crime", "Investigating crime", "Adequate", as_of),
            grade(None, force, fw, "Managing offenders", "Managing offenders", "Adequate", as_of),
            grade(None, force, fw, "Good use of resources", "Good use of resources", "Adequate", as_of),
            grade(None, force, fw, "Responding to the public", "Responding to the public", "Requires improvement",
                  as_of),
            grade(None, force, fw, "Protecting vulnerable people", "Protecting vulnerable people",
                  "Requires improvement", as_of),
            grade(None, force, fw, "Developing a positive workplace", "Developing a positive workplace",
                  "Requires improvement", as_of),
        ],
        "areas_for_improvement": [
            afi(None, force, "Responding to the public", afis["rp1"]),
            afi(None, force, "Responding to the public", afis["rp2"]),
            afi(None, force, "Investigating crime", afis["ic"]),
            afi(None, force, "Protecting vulnerable people", afis["pvp"]),
            afi(None, force, "Developing a positive workplace", afis["dpw1"]),
            afi(None, force, "Developing a positive workplace", afis["dpw2"]),
        ],
        "causes_of_concern": [cause(None, force, "Responding to the public", cause_text, cause_detail)],
        "recommendations": [rec(None, force, cause_text, r, "Within six months", lead) for r in recs],
    }
    return data, records


# --- 3. National child protection inspection (common form) ----------------

def north_yorkshire() -> tuple[bytes, dict]:
    force, fw, as_of = "North Yorkshire Police", "Child protection", "2026-02"
    cause_text = ("North Yorkshire Police doesn't investigate reports of abuse and exploitation of children "
                  "quickly or thoroughly enough.")
    cause_detail = ("In 21 of the 56 investigations we reviewed, there were unexplained delays of more than a "
                    "month, and in 15 of them officers hadn't spoken to the child.")
    lead_now = "Immediately, North Yorkshire Police should:"
    lead_six = "Within six months, North Yorkshire Police should:"
    rec_now = ("make sure that every investigation involving a child has a plan that a supervisor has "
               "reviewed.",)
    recs_six = ("make sure that it has enough trained investigators to manage the number of child abuse "
                "investigations it receives; and",
                "work with its safeguarding partners to make sure that joint investigations start promptly.")
    afis = {
        "lead": ("The force should make sure that its leaders use performance information to understand the "
                 "quality of child protection work."),
        "resp": ("The force should make sure that officers record the child's views and behaviour when they "
                 "attend incidents."),
        "risk": ("The force should make sure that referrals to children's social care explain the risks "
                 "officers have identified."),
        "inv": "The force should make sure that it updates children and their families about investigations.",
    }
    look = PdfLook(footer="National child protection inspection – North Yorkshire Police")
    blocks = [
        P("**North Yorkshire Police: National child protection inspection**", size=18),
        P("Published on: 24 February 2026"),
        H("Contents", 2),
        P("1. Overall summary"), P("2. Leadership and management"), P("3. Working with safeguarding partners"),
        P("4. Responding to children at risk of harm"),
        P("5. Assessing risk to children and making appropriate referrals"),
        P("6. Investigating reports of abuse, neglect and exploitation of children"), P("7. Next steps"),
        H("1. Overall summary", 2),
        P("We last inspected North Yorkshire Police's child protection arrangements in 2019. We made nine "
          "recommendations in that report, and we found that the force has acted on seven of them."),
        P("Our judgments in this inspection are set out below."),
        T(rows=(("**Topic**", "**Grade**"),
                ("Leadership and management", "Adequate"),
                ("Working with safeguarding partners", "Good"),
                ("Responding to children at risk of harm", "Requires improvement"),
                ("Assessing risk to children and making appropriate referrals", "Adequate"),
                ("Investigating reports of abuse, neglect and exploitation of children", "Inadequate")),
          widths=(3, 1.3), header_rows=1,
          fills={(1, 1): GRADE_FILL["Adequate"], (2, 1): GRADE_FILL["Good"],
                 (3, 1): GRADE_FILL["Requires improvement"], (4, 1): GRADE_FILL["Adequate"],
                 (5, 1): GRADE_FILL["Inadequate"]}),
        P("We have one cause of concern and have made three recommendations. We have also identified four "
          "areas for improvement."),
        Break(),
        # page 2
        H("2. Leadership and management", 2),
        P("We judged the force to be adequate in this area."),
        P("The force's leaders have made child protection a priority, and there is a clear governance "
          "structure for it."),
        H("Area for improvement", 3), P(f"1. {afis['lead']}"),
        H("3. Working with safeguarding partners", 2),
        P("We judged the force to be good in this area."),
        P("The force is a committed partner in the local safeguarding arrangements and shares information "
          "promptly."),
        H("4. Responding to children at risk of harm", 2),
        P("We judged the force to require improvement in this area."),
        H("Area for improvement", 3), P(f"2. {afis['resp']}"),
        H("5. Assessing risk to children and making appropriate referrals", 2),
        P("We judged the force to be adequate in this area."),
        H("Area for improvement", 3), P(f"3. {afis['risk']}"),
        Break(),
        # page 3
        H("6. Investigating reports of abuse, neglect and exploitation of children", 2),
        P("We judged the force to be inadequate in this area."),
        H("Cause of concern", 3), P(f"**{cause_text}**"), P(cause_detail),
        H("Recommendations", 3),
        P(lead_now), Bul(rec_now),
        P(lead_six), Bul(recs_six),
        H("Area for improvement", 3), P(f"4. {afis['inv']}"),
        H("7. Next steps", 2),
        P("We will ask the force to send us an action plan within six weeks of the publication of this "
          "report. We will then review its progress against our recommendations."),
    ]
    records = {
        "documents": [document("pdf", 3, "child_protection_report",
                               "North Yorkshire Police: National child protection inspection", force,
                               publication="2026-02-24")],
        "grades": [
            grade(1, force, fw, "Child protection leadership", "Leadership and management", "Adequate", as_of),
            grade(1, force, fw, "Working with safeguarding partners", "Working with safeguarding partners", "Good",
                  as_of),
            grade(1, force, fw, "Responding to children at risk of harm", "Responding to children at risk of harm",
                  "Requires improvement", as_of),
            grade(1, force, fw, "Assessing risk to children and making appropriate referrals",
                  "Assessing risk to children and making appropriate referrals", "Adequate", as_of),
            grade(1, force, fw, "Investigating reports of abuse, neglect and exploitation of children",
                  "Investigating reports of abuse, neglect and exploitation of children", "Inadequate", as_of),
        ],
        "areas_for_improvement": [
            afi(2, force, "Child protection leadership", afis["lead"]),
            afi(2, force, "Responding to children at risk of harm", afis["resp"]),
            afi(2, force, "Assessing risk to children and making appropriate referrals", afis["risk"]),
            afi(3, force, "Investigating reports of abuse, neglect and exploitation of children", afis["inv"]),
        ],
        "causes_of_concern": [cause(3, force, "Investigating reports of abuse, neglect and exploitation of children",
                                    cause_text, cause_detail)],
        "recommendations": [rec(3, force, cause_text, rec_now[0], "Immediately", lead_now)]
        + [rec(3, force, cause_text, r, "Within six months", lead_six) for r in recs_six],
    }
    return render_pdf(blocks, look, "National child protection inspection: North Yorkshire Police", "HMICFRS"), records


# --- 4. PCC report to the panel on a child protection inspection (new) ---

def avon_somerset() -> tuple[bytes, dict]:
    force, fw, as_of = "Avon and Somerset Constabulary", "Child protection", "2026-01"
    topics = (("Leadership and management", "Child protection leadership", "Good"),
              ("Working with safeguarding partners", "Working with safeguarding partners", "Good"),
              ("Responding to children at risk of harm", "Responding to children at risk of harm", "Adequate"),
              ("Assessing risk to children and making appropriate referrals",
               "Assessing risk to children and making appropriate referrals", "Requires improvement"),
              ("Investigating reports of abuse, neglect and exploitation of children",
               "Investigating reports of abuse, neglect and exploitation of children", "Requires improvement"))
    cause_area = "Assessing risk to children and making appropriate referrals"
    cause_text = ("The constabulary doesn't consistently assess the risk to children when officers attend "
                  "domestic abuse incidents, and it refers too few of these children to partners.")
    recs = (("The constabulary should make sure that officers complete a child risk assessment at every "
             "domestic abuse incident where a child lives at the address.", "Within three months"),
            ("The constabulary should review how its central referral unit prioritises referrals, so that "
             "urgent cases reach children's social care the same day.", "Within six months"))
    afis = (("Responding to children at risk of harm",
             "The constabulary should make sure that officers use body-worn video to record what they see "
             "of children at incidents."),
            ("Investigating reports of abuse, neglect and exploitation of children",
             "The constabulary should make sure that supervisors review child abuse investigations at regular "
             "intervals."),
            ("Investigating reports of abuse, neglect and exploitation of children",
             "The constabulary should improve how it keeps children and their carers informed of the progress "
             "of investigations."))
    tick = "✓"
    header = ("**Inspection area**",) + tuple(f"**{g}**" for g in GRADES)
    chart_rows = tuple((topic,) + tuple(tick if g == value else "" for g in GRADES)
                       for topic, _, value in topics)
    look = PdfLook(footer="Avon and Somerset Police and Crime Panel")
    blocks = [
        P("Avon and Somerset Police and Crime Panel – 19 February 2026"),
        P("**HMICFRS national child protection inspection of Avon and Somerset Constabulary**", size=14),
        P("Report of the Police and Crime Commissioner"),
        H("1. Purpose of the report", 2),
        P("1.1 To inform the Panel of the findings of His Majesty's Inspectorate of Constabulary and Fire & "
          "Rescue Services (HMICFRS) in its inspection of the constabulary's child protection work, and of how "
          "the Commissioner is holding the Chief Constable to account for the response."),
        H("2. Background", 2),
        P("2.1 HMICFRS inspected the constabulary in September 2025 and published its report on 13 January "
          "2026. It is one of the first forces to be graded under the new inspection programme."),
        P("2.2 The inspectorate's judgments are shown below."),
        T(rows=(header,) + chart_rows, widths=(2.2, 1.45, 1, 1.2, 1.55, 1.4), header_rows=1),
        P("2.3 Nationally, two of the eleven forces inspected so far were judged inadequate at investigating "
          "reports of abuse. Gloucestershire Constabulary, a neighbouring force, was judged good at assessing "
          "risk to children."),
        Break(),
        # page 2
        H("3. Cause of concern and recommendations", 2),
        P("3.1 HMICFRS identified one cause of concern, in assessing risk to children and making appropriate "
          "referrals:"),
        P(f"*{cause_text}*", indent=18),
        P("3.2 It made two recommendations to address it. The constabulary's progress is set out below."),
        T(rows=(("**Recommendation**", "**HMICFRS timescale**", "**Progress**", "**Commissioner's view**"),
                (recs[0][0], recs[0][1],
                 "A child risk assessment has been added to the domestic abuse form. Compliance was 88 percent "
                 "in January.", "On track; the Commissioner will ask for the February audit."),
                (recs[1][0], recs[1][1],
                 "The review has begun and is due to report in April 2026.", "Too early to judge.")),
          widths=(3, 1.2, 2.4, 1.8), header_rows=1),
        H("4. Areas for improvement", 2),
        P("4.1 HMICFRS also identified three areas for improvement."),
        T(rows=(("**Topic**", "**Area for improvement**"),) + tuple((a, t) for a, t in afis),
          widths=(2, 4), header_rows=1),
        H("5. Recommendation", 2),
        P("5.1 The Panel is asked to note the report and the Commissioner's oversight of the constabulary's "
          "response."),
    ]
    records = {
        "documents": [document("pdf", 2, "scrutiny_pack",
                               "HMICFRS national child protection inspection of Avon and Somerset Constabulary",
                               force, meeting="2026-02-19", organisation=False)],
        "grades": [grade(1, force, fw, area, raw, value, as_of) for raw, area, value in topics],
        "causes_of_concern": [cause(2, force, cause_area, cause_text)],
        "recommendations": [rec(2, force, cause_text, text, timescale, None) for text, timescale in recs],
        "areas_for_improvement": [afi(2, force, area, text) for area, text in afis],
        "findings": [],
    }
    return render_pdf(blocks, look, "HMICFRS national child protection inspection", "OPCC"), records


# --- 5. Force improvement register in landscape Word (new) ----------------

def leicestershire() -> tuple[bytes, dict]:
    force, fw, as_of = "Leicestershire Police", "PEEL 2023-25", "2025-12"
    grades = (("Preventing crime", "Good", "Outstanding"),
              ("Responding to the public", "Requires improvement", "Good"),
              ("Investigating crime", "Inadequate", "Adequate"),
              ("Protecting vulnerable people", "Adequate", "Good"),
              ("Managing offenders", "Good", "Good"),
              ("Police powers and public treatment", "Good", "Good"),
              ("Developing a positive workplace", "Adequate", "Good"),
              ("Leadership and force management", "Adequate", "Good"))
    cause_text = ("The force isn't investigating crime effectively: too many investigations are poorly planned "
                  "and supervised, and victims are let down as a result.")
    recs = (("R1.1", "Within three months, the force should make sure that every investigation has a plan that "
                     "a supervisor has reviewed.", "Within three months"),
            ("R1.2", "By 30 June 2026, the force should make sure that it has enough trained investigators in "
                     "its investigation hubs.", "By 30 June 2026"))
    afis = (("AFI1", "Responding to the public",
             "The force should make sure that it answers non-emergency calls promptly."),
            ("AFI2", "Protecting vulnerable people",
             "The force should improve its use of Domestic Violence Protection Orders."),
            ("AFI3", "Developing a positive workplace",
             "The force should make sure that its workforce understands how to raise concerns."),
            ("AFI4", "Leadership and force management",
             "The force should make sure that its change programme has the resources it needs."))
    header = ("**Ref**", "**Type**", "**Parent**", "**PEEL area**", "**HMICFRS wording**", "**Lead**",
              "**Due**", "**Progress**", "**Status**")
    register = [header,
                ("CoC1", "Cause of concern", "–", "Investigating crime", cause_text, "ACC Crime", "–",
                 "Tracked through R1.1 and R1.2.", "Open")]
    register += [(ref, "Recommendation", "CoC1", "Investigating crime", text, "D/Supt Investigations",
                  due, update, status)
                 for (ref, text, _), due, update, status in zip(
                     recs, ("31/03/2026", "30/06/2026"),
                     ("Plan template live; audit shows 84% compliance.", "41 investigators in training."),
                     ("On track", "On track"))]
    register += [(ref, "Area for improvement", "–", area, text, "Head of Department", "30/09/2026",
                  "Action plan agreed.", "On track") for ref, area, text in afis]
    blocks = [
        P("**Leicestershire Police – PEEL 2023–25 improvement register**", size=16),
        P("This register tracks the force's response to the HMICFRS PEEL 2023–25 report, published on "
          "9 December 2025. It is reviewed monthly at the Strategic Change Board and shared with the Office of "
          "the Police and Crime Commissioner."),
        H("1. Grades awarded", 2),
        T(rows=(("**PEEL area**", "**Grade awarded**", "**Target grade (2027)**"),)
              + tuple((a, g, t) for a, g, t in grades),
          widths=(3, 2, 2), header_rows=1),
        H("2. Register", 2),
        P("Recommendations are linked to their cause of concern in the Parent column."),
        T(rows=tuple(register), widths=(0.7, 1.3, 0.8, 1.5, 4.2, 1.3, 1, 2.2, 1), header_rows=1),
    ]
    data = render_docx(blocks, title="PEEL 2023–25 improvement register", author="Leicestershire Police",
                       when=WHEN, header=("OFFICIAL",), landscape_pages=True)
    doc = document("docx", None, "force_response", "Leicestershire Police – PEEL 2023–25 improvement register",
                   force)
    del doc["publication_date"]  # the register is undated; the date it gives is the report's
    records = {
        "documents": [doc],
        "grades": [grade(None, force, fw, a, a, g, as_of) for a, g, _ in grades],
        "causes_of_concern": [cause(None, force, "Investigating crime", cause_text)],
        "recommendations": [rec(None, force, cause_text, text, timescale, None) for _, text, timescale in recs],
        "areas_for_improvement": [afi(None, force, area, text) for _, area, text in afis],
        "findings": [],
    }
    return data, records


# --- 6. PCC's panel report, "Area – Grade (2022: ...)" headings (new) ----

def lancashire() -> tuple[bytes, dict]:
    force, fw, as_of = "Lancashire Constabulary", "PEEL 2023-25", "2026-02"
    sections = (
        ("Preventing crime", "Good", None, "Neighbourhood teams work closely with councils and schools.", ()),
        ("Responding to the public", "Adequate", "requires improvement",
         "Emergency calls are answered promptly, but non-emergency waiting times remain long.",
         ("The constabulary should reduce the time callers wait on its non-emergency number.",)),
        ("Investigating crime", "Adequate", "requires improvement",
         "Investigations are better supervised than in 2022.",
         ("The constabulary should make sure that it records why victims withdraw their support for a "
          "prosecution.",)),
        ("Protecting vulnerable people", "Requires improvement", "adequate",
         "The inspectorate found delays in safeguarding referrals.",
         ("The constabulary should make sure that it safeguards victims of stalking at the first contact.",
          "The constabulary should make sure that its missing persons investigations are reviewed by a "
          "supervisor within the set times.")),
        ("Managing offenders", "Good", None, "The constabulary manages registered sex offenders well.", ()),
        ("Police powers and public treatment", "Outstanding", None,
         "The inspectorate praised the constabulary's external scrutiny of stop and search.", ()),
        ("Developing a positive workplace", "Adequate", None, "Wellbeing support is valued by the workforce.",
         ("The constabulary should make sure that it understands why staff leave.",)),
        ("Leadership and force management", "Good", None, "The constabulary plans well for future demand.", ()),
    )
    look = register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font,
                   footer="Lancashire Police and Crime Panel – 16 March 2026")
    blocks = [
        P("Lancashire Police and Crime Panel – 16 March 2026"),
        P("**HMICFRS PEEL 2023–25 inspection of Lancashire Constabulary**", size=15),
        P("Report of the Police and Crime Commissioner for Lancashire"),
        H("1. Purpose", 2),
        P("1.1 This report summarises the findings of the HMICFRS PEEL 2023–25 inspection of Lancashire "
          "Constabulary, published on 10 February 2026, and the Commissioner's oversight of the response."),
        H("2. Summary", 2),
        P("2.1 The inspectorate graded the constabulary in eight areas. It did not identify any causes of "
          "concern, and it identified five areas for improvement. Where the constabulary's grade has changed "
          "since the last inspection in 2022, the earlier grade is shown in brackets."),
        H("3. Findings by area", 2),
    ]
    gold_grades, gold_afis = [], []
    for number, (area, value, earlier, summary, items) in enumerate(sections, start=1):
        page = 1 if number <= 3 else 2
        if number == 4:
            blocks.append(Break())
        heading = f"3.{number} {area} – {value}"
        if earlier:
            heading += f" (2022: {earlier})"
        blocks += [H(heading, 3), P(summary)]
        if items:
            blocks += [P("Areas for improvement identified:" if len(items) > 1 else "Area for improvement "
                         "identified:"), Bul(items)]
        gold_grades.append(grade(1 if number <= 3 else 2, force, fw, area, area, value, as_of))
        gold_afis += [afi(page, force, area, text) for text in items]
    blocks += [
        H("4. Recommendation", 2),
        P("4.1 That the Panel notes the report."),
    ]
    records = {
        "documents": [document("pdf", 2, "scrutiny_pack",
                               "HMICFRS PEEL 2023–25 inspection of Lancashire Constabulary", force,
                               meeting="2026-03-16", organisation=False)],
        "grades": gold_grades,
        "areas_for_improvement": gold_afis,
        "causes_of_concern": [],
        "recommendations": [],
    }
    return render_pdf(blocks, look, "PEEL 2023–25 inspection of Lancashire Constabulary", "OPCC"), records


# --- 7. PEEL "at a glance" summary, tiles (new) ---------------------------

def cheshire() -> tuple[bytes, dict]:
    force, fw, as_of = "Cheshire Constabulary", "PEEL 2023-25", "2026-01"
    tiles = (("Police powers and public treatment", "Good"), ("Preventing crime", "Outstanding"),
             ("Responding to the public", "Requires improvement"), ("Investigating crime", "Adequate"),
             ("Protecting vulnerable people", "Adequate"), ("Managing offenders", "Good"),
             ("Developing a positive workplace", "Good"), ("Leadership and force management", "Adequate"),
             ("Providing a service to victims of crime", None))
    rows, fills = [], {}
    for index, (area, value) in enumerate(tiles):
        r, c = divmod(index, 3)
        if c == 0:
            rows.append([])
        rows[r].append((f"**{area}**", value or "Not graded"))
        fills[(r, c)] = GRADE_FILL[value] if value else "#d9d9d9"
    afis = (("Responding to the public",
             "The constabulary should make sure that it assesses the risk to callers using the THRIVE model "
             "in every call."),
            ("Responding to the public",
             "The constabulary should make sure that it attends priority incidents within its target times."),
            ("Investigating crime",
             "The constabulary should make sure that it carries out all reasonable lines of enquiry."),
            ("Leadership and force management",
             "The constabulary should make sure it has a workforce plan that matches its demand."))
    look = PdfLook(landscape=True, footer="HMICFRS – PEEL 2023–25 at a glance")
    blocks = [
        P("**PEEL 2023–25 at a glance: Cheshire Constabulary**", size=18),
        P("Published 26 January 2026"),
        P("This is a summary of our full PEEL report on Cheshire Constabulary. Each tile shows the area we "
          "inspected and our grade."),
        T(rows=tuple(tuple(r) for r in rows), widths=(1, 1, 1), fills=fills, bordered=True, repeat_header=False),
        P("We don't grade the service the constabulary gives to victims of crime."),
        Break(),
        # page 2
        H("What the constabulary needs to improve", 2),
        P("We didn't identify any causes of concern. We identified four areas for improvement:"),
    ] + [P(f"{text} ({area})", hang=f"{n}.", indent=18) for n, (area, text) in enumerate(afis, start=1)] + [
        P("Read the full report on our website."),
    ]
    records = {
        "documents": [document("pdf", 2, "peel_report", "PEEL 2023–25 at a glance: Cheshire Constabulary", force,
                               publication="2026-01-26")],
        "grades": [grade(1, force, fw, area, area, value, as_of) for area, value in tiles if value],
        "areas_for_improvement": [afi(2, force, area, text) for area, text in afis],
        "causes_of_concern": [],
        "recommendations": [],
        "findings": [],
    }
    return render_pdf(blocks, look, "PEEL 2023–25 at a glance: Cheshire Constabulary", "HMICFRS"), records


# --- 8. PCC's section 55 response letter (common form, grades grouped) ---

def west_mercia() -> tuple[bytes, dict]:
    force, fw, as_of = "West Mercia Police", "PEEL 2023-25", "2026-01"
    grouped = (("Managing offenders", "managing offenders", "Outstanding"),
               ("Preventing crime", "preventing crime", "Good"),
               ("Police powers and public treatment", "police powers and public treatment", "Good"),
               ("Investigating crime", "investigating crime", "Adequate"),
               ("Developing a positive workplace", "developing a positive workplace", "Adequate"),
               ("Leadership and force management", "leadership and force management", "Adequate"),
               ("Responding to the public", "responding to the public", "Requires improvement"),
               ("Protecting vulnerable people", "protecting vulnerable people", "Requires improvement"))
    afis = (("Responding to the public",
             "The force should make sure that it answers emergency calls within the national standard.",
             "Additional call handlers started in January, and 86 percent of emergency calls were answered "
             "within ten seconds in February.",
             "I will monitor call answering at each Performance and Accountability Board."),
            ("Responding to the public",
             "The force should make sure that it attends incidents within its published response times.",
             "A new deployment model is being tested in Telford and will be in place across the force by June.",
             "I have asked for the results of the pilot."),
            ("Investigating crime",
             "The force should make sure that supervisors regularly review investigations and record their "
             "direction.",
             "A supervisory review template has been introduced, and compliance is checked every month.",
             "I welcome this, and will ask for the audit results in the summer."),
            ("Protecting vulnerable people",
             "The force should make sure that it completes risk assessments for victims of stalking and "
             "harassment.",
             "Stalking risk assessments are now mandatory on the crime recording system.",
             "I am assured that the change has been made; its effect will be seen over the coming months."),
            ("Developing a positive workplace",
             "The force should make sure that it gives its front-line supervisors the time to develop their "
             "teams.",
             "The force is reviewing supervisor workloads as part of its workforce plan.",
             "I have asked to see the workforce plan before it is approved."))
    look = PdfLook(footer="Office of the Police and Crime Commissioner for West Mercia")
    blocks = [
        P("**Office of the Police and Crime Commissioner for West Mercia**", size=12),
        P("Hindlip Park, Worcester"),
        P("Date: 4 March 2026"),
        P("**Response of the Police and Crime Commissioner for West Mercia to the HMICFRS PEEL 2023–25 "
          "inspection of West Mercia Police**", size=13),
        P("This response is published in line with section 55 of the Police Act 1996."),
        P("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services published its PEEL 2023–25 "
          "report on West Mercia Police on 20 January 2026. The force was graded outstanding in one area "
          "(managing offenders), good in two areas (preventing crime, and police powers and public "
          "treatment), adequate in three areas (investigating crime, developing a positive workplace, and "
          "leadership and force management) and requires improvement in two areas (responding to the public, "
          "and protecting vulnerable people)."),
        P("This is real progress since 2022, when the force was judged inadequate at responding to the public. "
          "HMICFRS did not identify any causes of concern."),
        P("The report identified five areas for improvement. The Chief Constable's response to each is set out "
          "below, followed by my comments."),
    ]
    for number, (area, text, response, comment) in enumerate(afis, start=1):
        if number == 3:
            blocks.append(Break())
        blocks += [P(f"**AFI {number} – {area}**"), P(f"*{text}*"),
                   P(f"Chief Constable's response: {response}"), P(f"PCC comment: {comment}")]
    blocks += [P("I will continue to hold the Chief Constable to account for progress against each area for "
                 "improvement through my Performance and Accountability Board."),
               P("Yours sincerely,"), P("Helen Ashdown"), P("Police and Crime Commissioner for West Mercia")]
    records = {
        "documents": [{**document("pdf", 2, "force_response",
                                  "Response of the Police and Crime Commissioner for West Mercia to the HMICFRS "
                                  "PEEL 2023–25 inspection of West Mercia Police", force, publication="2026-03-04"),
                       "organisation": "Police and Crime Commissioner for West Mercia"}],
        "grades": [grade(1, force, fw, area, raw, value, as_of) for area, raw, value in grouped],
        "areas_for_improvement": [afi(1 if n < 3 else 2, force, area, text)
                                  for n, (area, text, _, _) in enumerate(afis, start=1)],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return render_pdf(blocks, look, "Section 55 response: PEEL 2023–25", "OPCC for West Mercia"), records


DOCUMENTS = {
    "peel-2023-25-cambridgeshire.pdf": cambridgeshire,
    "peel-2021-22-bedfordshire.docx": bedfordshire,
    "ncpi-north-yorkshire.pdf": north_yorkshire,
    "avon-somerset-pcp-ncpi-2026-02-19.pdf": avon_somerset,
    "leicestershire-peel-improvement-register.docx": leicestershire,
    "lancashire-pcp-peel-2026-03-16.pdf": lancashire,
    "peel-2023-25-at-a-glance-cheshire.pdf": cheshire,
    "west-mercia-pcc-peel-response-2026-03-04.pdf": west_mercia,
}


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("’", "'").lower()


def check_pdf_pages(data: bytes, records: dict) -> None:
    """Every paged record's text (or area, for grades) starts on the page its
    gold gives, and the page count is right."""
    pages = [_squash(page.extract_text() or "") for page in PdfReader(BytesIO(data)).pages]
    for doc in records.get("documents", []):
        assert doc["pages"] == len(pages), (doc["pages"], len(pages))
    for kind, items in records.items():
        for record in items:
            if kind == "documents":
                continue
            probe = _squash(record.get("text") or record.get("area_raw"))[:45]
            assert probe in pages[record["page"] - 1], (kind, record["page"], probe)


def main() -> None:
    GOLD_DIR.mkdir(exist_ok=True)
    for name, build in DOCUMENTS.items():
        data, records = build()
        if name.endswith(".pdf"):
            check_pdf_pages(data, records)
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD_DIR / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        print(name, len(data), "bytes;", {k: len(v) for k, v in records.items()})


if __name__ == "__main__":
    main()
