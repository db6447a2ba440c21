"""Held-out inspection round 18b: six documents of the inspection family and
their hand-written gold (in gold/: held out when written, scored once, then fixed for and promoted).

Run: .venv/bin/python samples/corpus/inspection-round18b/generate.py
The bytes repeat (ReportLab invariant mode, fixed Word zip times). Gold is
written beside the text it describes; a PDF record's page is found in the
PDF's own text from an anchor phrase the record names.
"""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import datetime
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))  # the shared render module
from render import Break, Bul, H, P, PdfLook, T, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written by hand in generate.py beside the text; PDF pages found from each record's anchor "
           "phrase in the PDF's own text and checked with `scrutiny inspect`; held out, never scored here.")
GRADE_FILL = {"Outstanding": "#1f6f3f", "Good": "#6cb33f", "Adequate": "#f2c12e",
              "Requires improvement": "#f08a24", "Inadequate": "#c8102e"}
WHEN = datetime(2026, 4, 1, 9, 0, 0)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text.replace("’", "'").replace("–", "-")).lower()


def set_pages(data: bytes, records: dict) -> None:
    """Replace each PDF record's ``anchor`` with the page whose text holds it."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [_squash(page.extract_text() or "") for page in pdf.pages]
    for items in records.values():
        for record in items:
            anchor = record.pop("anchor", None)
            if anchor is None:
                continue
            hits = [n for n, text in enumerate(pages, start=1) if _squash(anchor) in text]
            if not hits:
                raise SystemExit(f"anchor not found: {anchor!r}")
            record["page"] = hits[0]


def strip_anchors(records: dict) -> None:
    for items in records.values():
        for record in items:
            record.pop("anchor", None)
            record["page"] = None


def grade_table(rows: list[tuple[str, str]], header: tuple[str, str] = ("Area", "Grade")) -> T:
    fills = {(r, 1): GRADE_FILL[g] for r, (_, g) in enumerate(rows, start=1) if g in GRADE_FILL}
    return T(rows=(header, *rows), widths=(3, 1.4), header_rows=1, fills=fills)


# --- 1. PEEL 2023-25, North Wales, PDF (common form) --------------------------------------

def north_wales() -> tuple[bytes, dict]:
    force = "North Wales Police"
    fw, as_of = "PEEL 2023-25", "2026-04"
    title = "PEEL 2023–25 Police effectiveness, efficiency and legitimacy: An inspection of North Wales Police"
    grades = [
        ("Police powers and public treatment", "Good"),
        ("Preventing crime", "Good"),
        ("Responding to the public", "Adequate"),
        ("Investigating crime", "Requires improvement"),
        ("Protecting vulnerable people", "Adequate"),
        ("Managing offenders", "Good"),
        ("Developing a positive workplace", "Adequate"),
        ("Leadership and force management", "Good"),
    ]
    coc = "The force doesn’t always carry out effective investigations or keep victims updated."
    coc_detail = ("In too many of the cases we reviewed, investigations were allocated to officers who lacked "
                  "the skills or time to complete them. Supervisors didn’t routinely set or review lines of "
                  "enquiry, and victims weren’t told when their case was closed.")
    lead = "Within six months, North Wales Police should:"
    recs = [
        "make sure investigations are allocated to officers with the right skills and capacity, and supervised "
        "throughout;",
        "make sure that victims are updated in line with the Code of Practice for Victims of Crime; and",
        "make sure it records the reasons when a victim withdraws support for an investigation.",
    ]
    afi_inv = [
        "The force should make sure it uses outcome 16 only where there is a clear record that the victim "
        "doesn’t support action.",
        "The force should improve how it identifies and seizes digital evidence early in an investigation.",
    ]
    afi_resp = "The force should answer non-emergency calls more quickly."
    afi_resp_detail = ("In the 12 months to March 2025, the force answered 61 percent of non-emergency calls "
                       "within three minutes. Many callers abandoned their call before it was answered.")
    afi_pvp = "The force should make sure officers record the voice of the child when they attend incidents."
    afi_pvp_detail = ("Officers attending domestic abuse incidents often didn’t speak to children who were "
                      "present, or record how the children appeared and what they said.")
    afi_work = "The force should make sure its occupational health unit can meet demand."
    mf1 = "The force treats people fairly when it uses stop and search."
    mf2 = "The force has a clear plan to reduce serious violence in its towns."
    pp = "A joint patrol scheme with rail partners on the coastal line"

    look = PdfLook(footer="PEEL 2023–25: North Wales Police  |  Published: 15 April 2026")
    blocks = [
        H(title, 1),
        P("Contents"),
        P("About this inspection ........ 1"),
        P("Overall summary ........ 1"),
        P("Responding to the public ........ 2"),
        P("Investigating crime ........ 2"),
        P("Protecting vulnerable people ........ 3"),
        P("About the data ........ 4"),
        H("About this inspection", 2),
        P("We inspected how good North Wales Police is in eight areas of policing. We make graded judgments "
          "in seven of these eight as follows. We also inspected how effective a service the force gives to "
          "victims of crime. We don’t make a graded judgment in this area."),
        H("Overall summary", 2),
        P("Our judgments"),
        T(rows=(("**Area**", "**Grade**"), *grades, ("Providing a service to victims of crime", "Not graded")),
          widths=(3, 1.4), header_rows=1,
          fills={(r, 1): GRADE_FILL[g] for r, (_, g) in enumerate(grades, start=1)}),
        P("**HM Inspector’s observations**"),
        P("I am pleased with some aspects of the performance of North Wales Police, but there are areas in "
          "which the force needs to improve. In our 2022 inspection we judged the force adequate at "
          "investigating crime; its performance in this area has fallen since then."),
        Break(),
        H("Responding to the public", 2),
        P("North Wales Police is adequate at responding to the public."),
        P("**Area for improvement**"),
        P(f"**{afi_resp}**"),
        P(afi_resp_detail),
        H("Police powers and public treatment", 2),
        P("North Wales Police is good at treating people fairly and respectfully."),
        P("**Main findings**"),
        P(f"**{mf1}**"),
        P("Officers understand the grounds needed for a search and record them well. The force’s "
          "independent panel reviews body-worn video footage each month."),
        H("Investigating crime", 2),
        P("North Wales Police requires improvement at investigating crime."),
        P("**Cause of concern**"),
        P(f"**{coc}**"),
        P(coc_detail),
        P("**Recommendations**"),
        P(lead),
        Bul(tuple(recs)),
        P("**Areas for improvement**"),
        Bul(tuple(afi_inv)),
        Break(),
        H("Protecting vulnerable people", 2),
        P("North Wales Police is adequate at protecting vulnerable people."),
        P("**Area for improvement**"),
        P(f"**{afi_pvp}**"),
        P(afi_pvp_detail),
        T(rows=((("**Promising practice**", f"**{pp}**",
                  "Officers from the force and British Transport Police patrol together at weekends on the "
                  "coastal line, sharing intelligence about young people at risk of exploitation."),),),
          widths=(1,), fills={(0, 0): "#e7eef6"}),
        H("Preventing crime", 2),
        P("North Wales Police is good at preventing crime."),
        P("**Main findings**"),
        P(f"**{mf2}**"),
        P("The force works with councils and health partners in each of its six counties."),
        H("Developing a positive workplace", 2),
        P("North Wales Police is adequate at developing a positive workplace."),
        P("**Area for improvement**"),
        P(f"**{afi_work}**"),
        Break(),
        H("About the data", 2),
        P("Data in this report comes from a range of sources, including data the force provides, the Home "
          "Office and our own inspection work. Where we compare forces, we use the most recent data available."),
    ]
    data = render_pdf(blocks, look, title, "HMICFRS")
    g = lambda a, grade: {"anchor": "Our judgments", "force": force, "framework": fw, "area": a,  # noqa: E731
                          "area_raw": a, "grade": grade, "as_of": as_of}
    afi = lambda area, text, detail: {"anchor": text[:60], "force": force, "area": area,  # noqa: E731
                                      "text": text, "detail": detail}
    records = {
        "documents": [{"page": None, "file_type": "pdf", "pages": 4, "doc_kind": "peel_report", "title": title,
                       "force": force, "organisation": None, "meeting_date": None,
                       "publication_date": "2026-04-15", "status": "ok"}],
        "grades": [g(a, grade) for a, grade in grades],
        "causes_of_concern": [{"anchor": coc[:60], "force": force, "area": "Investigating crime", "text": coc,
                               "detail": coc_detail}],
        "recommendations": [{"anchor": r[:50], "force": force, "text": r, "timescale": "Within six months",
                             "lead_in": lead, "cause_of_concern_text": coc} for r in recs],
        "areas_for_improvement": [
            afi("Responding to the public", afi_resp, afi_resp_detail),
            *[afi("Investigating crime", t, None) for t in afi_inv],
            afi("Protecting vulnerable people", afi_pvp, afi_pvp_detail),
            afi("Developing a positive workplace", afi_work, None),
        ],
        "findings": [
            {"anchor": mf1, "force": force, "area": "Police powers and public treatment", "kind": "main_finding",
             "text": mf1},
            {"anchor": pp, "force": force, "area": "Protecting vulnerable people", "kind": "promising_practice",
             "text": pp},
            {"anchor": mf2, "force": force, "area": "Preventing crime", "kind": "main_finding", "text": mf2},
        ],
    }
    set_pages(data, records)
    return data, records


# --- 2. PEEL 2021/22, Thames Valley, Word (common form) -----------------------------------

def thames_valley() -> tuple[bytes, dict]:
    force = "Thames Valley Police"
    fw, as_of = "PEEL 2021/22", "2022-10"
    title = "PEEL 2021/22 Police effectiveness, efficiency and legitimacy: An inspection of Thames Valley Police"
    grades = [
        ("Engaging with and treating the public with fairness and respect", "Good", "Police powers and public treatment"),
        ("Preventing crime and anti-social behaviour", "Adequate", "Preventing crime"),
        ("Responding to the public", "Requires improvement", "Responding to the public"),
        ("Investigating crime", "Adequate", "Investigating crime"),
        ("Protecting vulnerable people", "Adequate", "Protecting vulnerable people"),
        ("Managing offenders and suspects", "Good", "Managing offenders"),
        ("Building, supporting and protecting the workforce", "Good", "Developing a positive workplace"),
        ("Strategic planning, organisational management and value for money", "Adequate", "Good use of resources"),
        ("Recording data about crime", "Good", "Recording data about crime"),
    ]
    coc = "The force needs to improve how quickly it answers and attends calls from the public."
    coc_detail = ("The force isn’t meeting its own targets for attending incidents graded as requiring a "
                  "prompt response, and too many 101 calls are abandoned.")
    lead = "Within three months, Thames Valley Police should:"
    recs = [
        "review its call handling demand so that it can answer emergency and non-emergency calls within "
        "national standards;",
        "make sure that call handlers use a structured risk assessment for every call; and",
        "make sure that repeat callers and vulnerable people are identified when they call.",
    ]
    afi_resp = ["The force should make sure that it gives callers appropriate crime prevention advice.",
                "The force should make sure it manages its response to calls that are delayed."]
    afi_inv = "The force should make sure that investigations are allocated to the right officers."
    afi_pvp = "The force should improve how it shares information about vulnerable people with partners."
    afi_res = "The force should improve how it plans its workforce to meet future demand."
    header = ("OFFICIAL", "PEEL 2021/22 – Thames Valley Police")
    blocks = [
        P(title, size=18),
        P("Published: 6 October 2022"),
        H("Contents", 2),
        P("Overall summary\t1"), P("Responding to the public\t2"), P("Investigating crime\t3"),
        H("Overall summary", 1),
        H("Our judgments", 2),
        P("Our inspection assessed how good Thames Valley Police is in ten areas of policing. We make graded "
          "judgments in nine of these ten areas. We haven’t graded the force on its service to victims this year."),
        T(rows=(("Area", "Grade"), *[(a, gr) for a, gr, _ in grades],
                ("Disrupting serious organised crime", "Graded in a separate regional report"),
                ("Providing a service to the victims of crime", "Not graded")),
          widths=(3, 1.6), header_rows=1,
          fills={(r, 1): GRADE_FILL[gr] for r, (_, gr, _) in enumerate(grades, start=1)}),
        P("In our 2018/19 integrated PEEL assessment we judged the force good at effectiveness and good at "
          "legitimacy."),
        H("Responding to the public", 1),
        P("Thames Valley Police requires improvement at responding to the public."),
        H("Cause of concern", 3),
        P(f"**{coc}**"),
        P(coc_detail),
        H("Recommendations", 3),
        P(lead),
        Bul(tuple(recs)),
        H("Areas for improvement", 3),
        Bul(tuple(afi_resp)),
        H("Investigating crime", 1),
        P("Thames Valley Police is adequate at investigating crime."),
        H("Area for improvement", 3),
        Bul((afi_inv,)),
        H("Protecting vulnerable people", 1),
        P("Thames Valley Police is adequate at protecting vulnerable people."),
        H("Area for improvement", 3),
        Bul((afi_pvp,)),
        H("Strategic planning, organisational management and value for money", 1),
        P("Thames Valley Police is adequate at planning and managing its organisation efficiently."),
        H("Area for improvement", 3),
        Bul((afi_res,)),
    ]
    data = render_docx(blocks, title=title, author="HMICFRS", when=WHEN, header=header)
    afi = lambda area, text: {"force": force, "area": area, "text": text, "detail": None}  # noqa: E731
    records = {
        "documents": [{"page": None, "file_type": "docx", "doc_kind": "peel_report", "title": title,
                       "force": force, "organisation": None, "meeting_date": None,
                       "publication_date": "2022-10-06", "status": "ok"}],
        "grades": [{"force": force, "framework": fw, "area": canon, "area_raw": raw, "grade": gr, "as_of": as_of}
                   for raw, gr, canon in grades],
        "causes_of_concern": [{"force": force, "area": "Responding to the public", "text": coc,
                               "detail": coc_detail}],
        "recommendations": [{"force": force, "text": r, "timescale": "Within three months", "lead_in": lead,
                             "cause_of_concern_text": coc} for r in recs],
        "areas_for_improvement": [*[afi("Responding to the public", t) for t in afi_resp],
                                  afi("Investigating crime", afi_inv), afi("Protecting vulnerable people", afi_pvp),
                                  afi("Good use of resources", afi_res)],
    }
    strip_anchors(records)
    return data, records


# --- 3. National child protection inspection, City of London, PDF (common form) -----------

def city_of_london() -> tuple[bytes, dict]:
    force = "City of London Police"
    fw, as_of = "Child protection", "2026-02"
    title = "National child protection inspection: City of London Police"
    grades = [
        ("Leadership and management", "Adequate", "Child protection leadership"),
        ("Working with safeguarding partners", "Good", "Working with safeguarding partners"),
        ("Responding to children at risk of harm", "Adequate", "Responding to children at risk of harm"),
        ("Assessing risk to children and making appropriate referrals", "Requires improvement",
         "Assessing risk to children and making appropriate referrals"),
        ("Investigating reports of abuse, neglect and exploitation of children", "Adequate",
         "Investigating reports of abuse, neglect and exploitation of children"),
    ]
    coc = ("The force doesn’t always recognise the risks to children who come into contact with its officers "
           "in the night-time economy, or refer them to children’s social care.")
    coc_detail = ("We found cases where officers dealt with intoxicated or missing children in licensed premises "
                  "without completing a child concern notification. Supervisors didn’t always spot these omissions.")
    lead_now = "Immediately, City of London Police should:"
    rec_now = "make sure officers complete a child concern notification whenever a child is found at risk in the night-time economy."
    lead_3m = "Within three months, City of London Police should:"
    recs_3m = [
        "give its officers training in recognising the signs of child exploitation in licensed premises; and",
        "review how supervisors check that referrals have been made to the relevant local authority.",
    ]
    afi_lead = "The force should make sure its child protection performance data covers every child it deals with."
    afi_lead_detail = ("Leaders receive data about children who are arrested or reported missing, but not about "
                       "children who are victims or witnesses of crime.")
    afi_inv = "The force should make sure that the views and wishes of children are recorded in investigations."
    pp = "Shared training with the British Transport Police on children travelling alone"
    look = PdfLook(header="OFFICIAL", footer="National child protection inspection: City of London Police")
    blocks = [
        H(title, 1),
        P("Published on: 24 February 2026"),
        H("Contents", 2),
        P("Introduction\t1"), P("Our judgments\t1"), P("Summary of findings\t2"), P("Next steps\t3"),
        H("Introduction", 2),
        P("This inspection looked at how well City of London Police protects children. We last inspected the "
          "force’s child protection work in 2018, when we didn’t grade forces. The force serves a small "
          "resident population but a large number of children who visit or travel through its area each day."),
        H("Our judgments", 2),
        P("We graded the force in five areas of its child protection work."),
        T(rows=(("**Topic**", "**Grade**"), *[(raw, gr) for raw, gr, _ in grades]), widths=(3.2, 1.4),
          header_rows=1, fills={(r, 1): GRADE_FILL[gr] for r, (_, gr, _) in enumerate(grades, start=1)}),
        P("Of the 26 forces we have inspected since 2023, 11 were graded good at working with safeguarding "
          "partners."),
        Break(),
        H("Summary of findings", 2),
        H("Leadership and management", 3),
        P("We judged the force to be adequate in this area."),
        P("**Area for improvement**"),
        P(f"**{afi_lead}**"),
        P(afi_lead_detail),
        H("Working with safeguarding partners", 3),
        P("We judged the force to be good in this area."),
        P("**Promising practice**"),
        P(f"**{pp}**"),
        P("Officers from both forces attend the same training on children who travel alone through the main "
          "rail stations, and share a referral route into children’s social care."),
        H("Assessing risk to children and making appropriate referrals", 3),
        P("We judged the force to require improvement in this area."),
        P("**Cause of concern**"),
        P(f"**{coc}**"),
        P(coc_detail),
        P("**Recommendations**"),
        P(lead_now),
        Bul((rec_now,)),
        P(lead_3m),
        Bul(tuple(recs_3m)),
        H("Investigating reports of abuse, neglect and exploitation of children", 3),
        P("We judged the force to be adequate in this area."),
        P("**Area for improvement**"),
        P(f"**{afi_inv}**"),
        H("Next steps", 2),
        P("We will ask the force to send us an action plan within six weeks, and we will return to review its "
          "progress against the cause of concern."),
    ]
    data = render_pdf(blocks, look, title, "HMICFRS")
    records = {
        "documents": [{"page": None, "file_type": "pdf", "pages": 3, "doc_kind": "child_protection_report",
                       "title": title, "force": force, "organisation": None, "meeting_date": None,
                       "publication_date": "2026-02-24", "status": "ok"}],
        "grades": [{"anchor": "We graded the force in five areas", "force": force, "framework": fw, "area": canon,
                    "area_raw": raw, "grade": gr, "as_of": as_of} for raw, gr, canon in grades],
        "causes_of_concern": [{"anchor": coc[:60], "force": force,
                               "area": "Assessing risk to children and making appropriate referrals", "text": coc,
                               "detail": coc_detail}],
        "recommendations": [
            {"anchor": rec_now[:50], "force": force, "text": rec_now, "timescale": "Immediately",
             "lead_in": lead_now, "cause_of_concern_text": coc},
            *[{"anchor": r[:50], "force": force, "text": r, "timescale": "Within three months", "lead_in": lead_3m,
               "cause_of_concern_text": coc} for r in recs_3m],
        ],
        "areas_for_improvement": [
            {"anchor": afi_lead[:60], "force": force, "area": "Child protection leadership", "text": afi_lead,
             "detail": afi_lead_detail},
            {"anchor": afi_inv[:60], "force": force,
             "area": "Investigating reports of abuse, neglect and exploitation of children", "text": afi_inv,
             "detail": None},
        ],
        "findings": [{"anchor": pp, "force": force, "area": "Working with safeguarding partners",
                      "kind": "promising_practice", "text": pp}],
    }
    set_pages(data, records)
    return data, records


# --- 4. A PCC's section 55 letter on a child protection inspection, PDF (new form) --------

def cambridgeshire() -> tuple[bytes, dict]:
    force = "Cambridgeshire Constabulary"
    title = "Response to HMICFRS: National child protection inspection of Cambridgeshire Constabulary"
    grades = [
        ("Leadership and management", "Good", "Child protection leadership"),
        ("Working with safeguarding partners", "Good", "Working with safeguarding partners"),
        ("Responding to children at risk of harm", "Requires improvement", "Responding to children at risk of harm"),
        ("Investigating reports of abuse, neglect and exploitation of children", "Adequate",
         "Investigating reports of abuse, neglect and exploitation of children"),
    ]
    coc = ("Cambridgeshire Constabulary doesn’t consistently respond to reports of missing children in a way "
           "that reflects the risk to them.")
    recs = [
        "Within three months, Cambridgeshire Constabulary should review how its control room grades the risk "
        "to children reported missing, so that officers attend in time.",
        "Within six months, Cambridgeshire Constabulary should make sure that every child who returns from a "
        "missing episode is offered an independent return interview.",
    ]
    afis = [
        "The constabulary should make sure that officers use body-worn video when they attend incidents "
        "involving children.",
        "The constabulary should improve the supervision of investigations into child sexual exploitation.",
    ]
    look = PdfLook(font="Times-Roman", bold_font="Times-Bold", italic_font="Times-Italic", body_size=11.5,
                   footer="Office of the Police and Crime Commissioner for Cambridgeshire and Peterborough  |  "
                          "www.cambs-pcc.example.gov.uk")
    blocks = [
        P("**Office of the Police and Crime Commissioner for Cambridgeshire and Peterborough**"),
        P("Hinchingbrooke Park, Huntingdon"),
        P("Our ref: AH/HMI/0326"),
        P("18 March 2026"),
        P("HM Chief Inspector of Constabulary\nHM Inspectorate of Constabulary and Fire & Rescue Services"),
        P("Copy: The Home Secretary"),
        P("Dear Chief Inspector,"),
        P(f"**{title}**"),
        P("As Police and Crime Commissioner (the local policing body), I am writing under section 55 of the "
          "Police Act 1996 to give my comments on your report ‘National child protection inspection: "
          "Cambridgeshire Constabulary’, published on 4 February 2026. I have asked the Chief Constable for "
          "his views, and they are reflected below."),
        P("I welcome the report. The inspectorate graded the constabulary’s work in four areas:"),
        T(rows=(("**Inspection area**", "**Grade**"), *[(raw, gr) for raw, gr, _ in grades]), widths=(3.2, 1.4),
          header_rows=1),
        P("I note that when the constabulary was last inspected, in 2019, its response to missing children "
          "was also a cause for concern."),
        P("**Cause of concern and recommendations**"),
        P("The report identified one cause of concern:"),
        P(f"*{coc}*", indent=24),
        P("To address it, the inspectorate made two recommendations:"),
        P(recs[0], indent=24, hang="1."),
        P(recs[1], indent=24, hang="2."),
        P("The Chief Constable has told me that a new risk grading procedure for missing children has been in "
          "place in the control room since 2 March 2026, and that the constabulary is agreeing a return "
          "interview service with both local authorities. I will hold him to account for this at my Business "
          "Coordination Board."),
        P("**Areas for improvement**"),
        P("The report also identified two areas for improvement:"),
        P(afis[0], indent=24, hang="a)"),
        P(afis[1], indent=24, hang="b)"),
        P("Both are included in the constabulary’s child protection improvement plan, which my office will "
          "scrutinise each quarter."),
        P("Yours sincerely,"),
        P("Anita Holloway"),
        P("Police and Crime Commissioner for Cambridgeshire and Peterborough"),
    ]
    data = render_pdf(blocks, look, title, "OPCC")
    records = {
        "documents": [{"page": None, "file_type": "pdf", "pages": 2, "doc_kind": "force_response", "title": title,
                       "force": force,
                       "organisation": "Police and Crime Commissioner for Cambridgeshire and Peterborough",
                       "meeting_date": None, "status": "ok"}],
        "grades": [{"anchor": "graded the constabulary’s work in four areas", "force": force,
                    "framework": "Child protection", "area": canon, "area_raw": raw, "grade": gr, "as_of": "2026-02"}
                   for raw, gr, canon in grades],
        "causes_of_concern": [{"anchor": coc[:60], "force": force, "area": None, "text": coc, "detail": None}],
        "recommendations": [{"anchor": r[:50], "force": force, "text": r,
                             "timescale": "Within three months" if n == 0 else "Within six months",
                             "cause_of_concern_text": coc} for n, r in enumerate(recs)],
        "areas_for_improvement": [{"anchor": t[:60], "force": force, "area": None, "text": t, "detail": None}
                                  for t in afis],
        "findings": [],
    }
    set_pages(data, records)
    return data, records


# --- 5. A force's PEEL areas-for-improvement tracker, Word, landscape (new form) ---------

def south_wales() -> tuple[bytes, dict]:
    force = "South Wales Police"
    title = "HMICFRS PEEL 2023–25: areas for improvement – progress tracker"
    rag = {"Green": "#92d050", "Amber": "#ffc000", "Red": "#ff0000"}
    # (area as printed in the merged column, canonical area, AFI, lead, update, RAG)
    rows = [
        ("Responding to the public", "Responding to the public",
         "The force should make sure it answers 101 calls within a reasonable time.",
         "Head of Public Contact", "A new triage line went live in February. Average answer time for 101 calls "
         "has fallen to four minutes.", "Green"),
        ("Responding to the public", "Responding to the public",
         "The force should make sure that vulnerability is identified on every call, using a structured "
         "assessment.", "Head of Public Contact", "THRIVE+ refresher training is booked for all call "
         "handlers by June.", "Amber"),
        ("Investigating crime", "Investigating crime",
         "The force should make sure that supervisors review investigations regularly and record their "
         "direction.", "Head of Crime", "Supervisory review compliance rose from 58% to 71% in the last "
         "quarter.", "Amber"),
        ("Investigating crime", "Investigating crime",
         "The force should improve its use of out-of-court resolutions so that they are used appropriately.",
         "Head of Criminal Justice", "A scrutiny panel with the magistracy now reviews a sample each month.",
         "Green"),
        ("Investigating crime", "Investigating crime",
         "The force should reduce the backlog of digital devices waiting to be examined.",
         "Head of Digital Forensics", "Backlog stands at 640 devices; extra kiosks are being procured.", "Red"),
        ("Protecting vulnerable people", "Protecting vulnerable people",
         "The force should make sure that it applies for domestic abuse protection orders wherever they "
         "would protect victims.", "Head of Public Protection", "Applications have doubled since the new "
         "orders team was set up.", "Green"),
        ("Developing a positive workforce", "Developing a positive workplace",
         "The force should understand why officers and staff with protected characteristics leave.",
         "Director of People", "Exit interviews have been redesigned and are now offered to every leaver.",
         "Amber"),
    ]
    table_rows = [("**Area**", "**Ref**", "**Area for improvement**", "**Lead**", "**Progress update**",
                   "**RAG**")]
    spans = []
    fills = {}
    last_area = None
    for n, (printed, _, afi, lead, update, status) in enumerate(rows, start=1):
        if printed != last_area:
            span_rows = sum(1 for r in rows if r[0] == printed)
            spans.append((n, 0, span_rows, 1))
            area_cell = printed
            last_area = printed
        else:
            area_cell = None
        table_rows.append((area_cell, f"AFI {n}", afi, lead, update, status))
        fills[(n, 5)] = rag[status]
    blocks = [
        P(f"**{title}**", size=15),
        P("South Wales Police  |  Strategic Change Board  |  Position at 30 April 2026"),
        P("HMICFRS published its PEEL 2023–25 report on South Wales Police on 22 January 2026. The report made "
          "no causes of concern and set seven areas for improvement (AFIs). The table below gives the progress "
          "of each AFI against the plan agreed with the Police and Crime Commissioner. Grades are reported "
          "separately."),
        P("RAG: Green – on track or complete; Amber – some delay; Red – at risk."),
        T(rows=tuple(table_rows), widths=(1.6, 0.7, 3.2, 1.4, 3.2, 0.7), header_rows=1, fills=fills,
          spans=tuple(spans)),
        P("Closure of an AFI is agreed by the Strategic Change Board and confirmed with HMICFRS’s force "
          "liaison lead."),
    ]
    data = render_docx(blocks, title=title, author="South Wales Police", when=WHEN,
                       header=("OFFICIAL", "South Wales Police"), landscape_pages=True)
    records = {
        "documents": [{"page": None, "file_type": "docx", "doc_kind": "force_response", "title": title,
                       "force": force, "organisation": None, "meeting_date": None, "status": "ok"}],
        "grades": [],
        "causes_of_concern": [],
        "recommendations": [],
        "areas_for_improvement": [{"force": force, "area": canon, "text": afi, "detail": None}
                                  for _, canon, afi, *_ in rows],
        "findings": [],
    }
    strip_anchors(records)
    return data, records


# --- 6. A PCC's performance and accountability meeting pack, PDF (new form) --------------

def sussex() -> tuple[bytes, dict]:
    force = "Sussex Police"
    office = "Police and Crime Commissioner for Sussex"
    meeting_title = "Performance & Accountability Meeting"
    date = "2026-05-08"
    agenda = [
        ("1", "Welcome and apologies", "PCC"),
        ("2", "Minutes and actions of the meeting held on 10 April 2026", "Chief Executive, OPCC"),
        ("3", "HMICFRS PEEL 2023–25 inspection of Sussex Police", "Chief Constable"),
        ("4", "Quarterly performance report", "Deputy Chief Constable"),
        ("5", "Any other business", "PCC"),
    ]
    grades = [  # (area as printed, grade 2022, grade now, canonical)
        ("Police powers and public treatment", "Good", "Adequate", "Police powers and public treatment"),
        ("Preventing crime", "Adequate", "Good", "Preventing crime"),
        ("Responding to the public", "Requires improvement", "Requires improvement", "Responding to the public"),
        ("Investigating crime", "Requires improvement", "Adequate", "Investigating crime"),
        ("Protecting vulnerable people", "Adequate", "Adequate", "Protecting vulnerable people"),
        ("Managing offenders", "Good", "Good", "Managing offenders"),
        ("Developing a positive workplace", "Adequate", "Good", "Developing a positive workplace"),
        ("Leadership and force management", "Not graded", "Adequate", "Leadership and force management"),
    ]
    order = ["Inadequate", "Requires improvement", "Adequate", "Good", "Outstanding"]

    def change(old: str, new: str) -> str:
        if old not in order:
            return "New area"
        return {-1: "Down", 0: "No change", 1: "Up"}[(order.index(new) > order.index(old)) - (order.index(new) < order.index(old))]

    afis = [
        ("Police powers and public treatment", "Police powers and public treatment",
         "The force should make sure that officers record the reasons for using handcuffs."),
        ("Responding to the public", "Responding to the public",
         "The force should make sure it attends incidents within its target times."),
        ("Responding to the public", "Responding to the public",
         "The force should make sure that repeat victims are identified when they call."),
        ("Leadership and force management", "Leadership and force management",
         "The force should make sure its workforce plan matches the demand it faces."),
    ]
    look = PdfLook(body_size=10.5, cell_size=9.5, margin=60,
                   footer="Sussex OPCC – Performance & Accountability Meeting – 8 May 2026")
    table_rows = [("**Area**", "**2022 grade**", "**2026 grade**", "**Change**")]
    fills = {}
    for r, (raw, old, new, _) in enumerate(grades, start=1):
        table_rows.append((raw, old, new, change(old, new)))
        fills[(r, 2)] = GRADE_FILL[new]
    blocks = [
        P(f"**Office of the {office}**", size=12),
        P(f"**{meeting_title}**", size=16),
        P("Friday 8 May 2026, 10:00 – 12:00, Sackville House, Lewes (also broadcast online)"),
        P("Theme of the meeting: Inspection outcomes"),
        H("Agenda", 2),
        T(rows=(("**Item**", "**Title**", "**Lead**"), *agenda), widths=(0.6, 4, 1.8), header_rows=1),
        Break(),
        H("Item 3: HMICFRS PEEL 2023–25 inspection of Sussex Police", 2),
        T(rows=(("Report author", "Head of Performance and Scrutiny, OPCC"),
                ("Purpose", "To hold the Chief Constable to account for the force’s response to the inspection."),
                ("Security classification", "OFFICIAL")), widths=(1.4, 4)),
        H("Background", 3),
        P("HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its PEEL 2023–25 "
          "report on Sussex Police on 26 March 2026. The table compares the grades with those of the force’s "
          "previous inspection, published in 2022."),
        T(rows=tuple(table_rows), widths=(3, 1.5, 1.5, 1.1), header_rows=1, fills=fills),
        P("The inspectorate identified no causes of concern. It set four areas for improvement, listed below by "
          "the area in which they were made."),
        H("Areas for improvement", 3),
    ]
    last = None
    for printed, _, text in afis:
        if printed != last:
            blocks.append(P(f"*{printed}*"))
            last = printed
        blocks.append(Bul((text,)))
    blocks += [
        H("Questions for the Chief Constable", 3),
        P("How will the force improve its attendance times before the next inspection?", hang="1.", indent=18),
        P("What has the force learned from the fall in its grade for police powers and public treatment?",
          hang="2.", indent=18),
        H("Recommendation", 3),
        P("The Commissioner is asked to note the report and the force’s plans."),
    ]
    data = render_pdf(blocks, look, f"{meeting_title} 8 May 2026", "Sussex OPCC")
    records = {
        "documents": [{"page": None, "file_type": "pdf", "pages": 2, "doc_kind": "scrutiny_pack",
                       "title": meeting_title, "force": force, "organisation": office, "meeting_date": date,
                       "status": "ok"}],
        "meetings": [{"anchor": "Theme of the meeting", "meeting_date": date, "topic": "Inspection outcomes",
                      "organisation": office, "title": meeting_title}],
        "agenda_items": [{"anchor": "Welcome and apologies", "meeting_date": date, "number": n, "title": t,
                          "presenter": lead} for n, t, lead in agenda],
        # both grade columns are inspections' grades (an improvement journey, the convention settled after this
        # round): the "2022 grade" column is PEEL 2021/22's, undated (only its year is given); "Not graded" none
        "grades": [{"anchor": "previous inspection, published in 2022", "force": force, "framework": "PEEL 2023-25",
                    "area": canon, "area_raw": raw, "grade": new, "as_of": "2026-03"}
                   for raw, _, new, canon in grades]
        + [{"anchor": "previous inspection, published in 2022", "force": force, "framework": "PEEL 2021/22",
            "area": canon, "area_raw": raw, "grade": old, "as_of": None}
           for raw, old, _, canon in grades if old != "Not graded"],
        "causes_of_concern": [],
        "recommendations": [],
        "areas_for_improvement": [{"anchor": text[:50], "force": force, "area": canon, "text": text,
                                   "detail": None} for _, canon, text in afis],
        "findings": [],
        "assurance_decisions": [],
        "actions": [],
    }
    set_pages(data, records)
    return data, records


DOCUMENTS = {
    "peel-2023-25-north-wales-r18b.pdf": north_wales,
    "peel-2021-22-thames-valley-r18b.docx": thames_valley,
    "ncpi-city-of-london-r18b.pdf": city_of_london,
    "cambridgeshire-pcc-s55-ncpi-letter-r18b.pdf": cambridgeshire,
    "south-wales-peel-afi-tracker-r18b.docx": south_wales,
    "sussex-pcc-pam-2026-05-08-r18b.pdf": sussex,
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    for name, build in DOCUMENTS.items():
        data, records = build()
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        print(name, len(data), {t: [r["page"] for r in v] for t, v in records.items() if t != "documents"})


if __name__ == "__main__":
    main()
