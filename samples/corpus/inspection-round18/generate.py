"""Held-out inspection round 18: six documents (PEEL 2023-25, PEEL 2021/22,
child protection, two PCC papers, a force's plan) with their gold in heldout/.

Run: .venv/bin/python samples/corpus/inspection-round18/generate.py
The bytes repeat (ReportLab invariant mode, fixed Word zip times). Gold is
written by hand beside the text it describes; PDF pages are the explicit page
breaks below, checked against `scrutiny inspect`.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))

from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from render import Break, Bul, H, P, PdfLook, T, render_docx, render_pdf  # noqa: E402

from inspection_render import GRADE_FILL  # noqa: E402

CHECKED = ("Written by hand in samples/corpus/inspection-round18/generate.py next to the text it describes, "
           "blind (no extractor code read, extractors never run on these files); PDF pages are the "
           "generator's explicit page breaks, read against `scrutiny inspect`.")
WHEN = datetime(2026, 3, 1, 9, 0, 0)


def grade(page, force, framework, area, area_raw, value, as_of):
    return {"page": page, "force": force, "framework": framework, "area": area, "area_raw": area_raw,
            "grade": value, "as_of": as_of}


def afi(page, force, area, text, detail=None):
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def coc(page, force, area, text, detail=None):
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def rec(page, force, text, timescale, cause, lead_in=None):
    record = {"page": page, "force": force, "text": text, "timescale": timescale, "cause_of_concern_text": cause}
    if lead_in is not None:
        record["lead_in"] = lead_in
    return record


def finding(page, force, area, kind, text):
    return {"page": page, "force": force, "area": area, "kind": kind, "text": text}


def document(file_type, force, title, doc_kind, pages=None, **dates):
    record = {"page": None, "file_type": file_type, "force": force, "status": "ok", "title": title}
    if doc_kind is not None:
        record["doc_kind"] = doc_kind
    if pages is not None:
        record["pages"] = pages
    record.update(dates)
    return record


GRADE_MEANINGS = Bul((
    "**Outstanding** – the force has substantially exceeded the characteristics of good performance.",
    "**Good** – the force has demonstrated substantially all the characteristics of good performance.",
    "**Adequate** – the force has demonstrated some of the characteristics of good performance, "
    "but there are areas it needs to improve.",
    "**Requires improvement** – there are shortfalls in the force's practice and performance.",
    "**Inadequate** – there are serious failings in the force's practice and performance.",
))


def grade_table(rows: list[tuple[str, str]], header: tuple[str, str] = ("**Area**", "**Grade**"),
                shaded: bool = True) -> T:
    fills = {(r, 1): GRADE_FILL[g] for r, (_, g) in enumerate(rows, start=1) if g in GRADE_FILL} if shaded else {}
    return T(rows=(header,) + tuple(rows), widths=(3, 1.4), header_rows=1, fills=fills)


# --- 1. PEEL 2023-25, Greater Manchester (common form) ----------------------

GMP = "Greater Manchester Police"
GMP_GRADES = [
    ("Preventing crime", "Adequate"),
    ("Responding to the public", "Requires improvement"),
    ("Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Good"),
    ("Managing offenders", "Good"),
    ("Developing a positive workplace", "Adequate"),
    ("Police powers and public treatment", "Good"),
    ("Leadership and force management", "Requires improvement"),
]
GMP_TITLE = "PEEL 2023–25: An inspection of Greater Manchester Police"
GMP_COC = ("The force doesn’t answer and attend calls for service quickly enough, and it doesn’t always "
           "assess the risk to callers properly.")
GMP_COC_DETAIL = ("In the year to March 2025, the force answered 79 percent of emergency calls within ten "
                  "seconds, against a national standard of 90 percent. Call handlers didn’t use the structured "
                  "risk assessment in 41 of the 120 incidents we reviewed.")
GMP_RECS = (
    "make sure it has enough call handlers on duty to meet demand at its busiest times",
    "make sure call handlers use a structured risk assessment for every call and record the outcome",
    "review how it decides which incidents are attended and how quickly, so that vulnerable callers get a "
    "timely response",
)
GMP_LEAD = "Within three months, Greater Manchester Police should:"
GMP_AFI_INV = "The force should make sure that supervisors review investigations regularly and record clear plans."
GMP_AFI_INV_DETAIL = ("In 22 of the 70 investigations we audited, there was no record of supervisory review "
                      "for more than a month. Where reviews took place, they often repeated earlier entries "
                      "without setting new lines of enquiry.")
GMP_AFI_WORK = (
    "The force should make sure that its wellbeing services are known to and used by staff in its "
    "public contact roles.",
    "The force should improve how it manages the workloads of its student officers.",
)
GMP_AFI_PREV = "The force should evaluate its neighbourhood problem-solving work so that it knows what works."
GMP_AFI_LEAD = "The force should make sure that its change programme is supported by realistic financial plans."
GMP_AFI_LEAD_DETAIL = ("The force’s medium-term financial plan relies on savings that aren’t yet identified. "
                       "Senior leaders couldn’t tell us how the gap would be closed.")
GMP_MF_RESPONSE = "The force answers most emergency calls quickly but too many non-emergency callers give up"
GMP_MF_PVP = "The force has a good understanding of the risks to vulnerable people in its communities"
GMP_PRACTICE = "Online portal for victims to upload video evidence of shop theft"


def gmp_report() -> tuple[bytes, dict]:
    look = PdfLook(footer="PEEL 2023–25: Greater Manchester Police")
    blocks = [
        H(GMP_TITLE),
        P("Published: 18 March 2026"),
        H("Contents", 2),
        P("Overall summary ........................................................................ 1"),
        P("HM Inspector’s observations ........................................................ 2"),
        P("Providing a service to victims of crime ...................................... 2"),
        P("Responding to the public ............................................................. 2"),
        P("Investigating crime ...................................................................... 3"),
        H("Overall summary", 2),
        H("Our judgments", 3),
        P("Our inspection assessed how good Greater Manchester Police is in nine areas of policing. "
          "We make graded judgments in eight of these nine areas. The judgments are as follows:"),
        grade_table(GMP_GRADES),
        P("We also inspected how effective a service the force gives to victims of crime. We don’t grade "
          "this area."),
        H("What our grades mean", 3),
        P("Our graded judgments are:"),
        GRADE_MEANINGS,
        Break(),
        # page 2
        H("HM Inspector’s observations", 2),
        P("I am pleased with some aspects of the performance of Greater Manchester Police, but there are "
          "areas in which it needs to improve."),
        P("The force has made progress since our last inspection. In our 2021/22 inspection we graded it "
          "as inadequate at responding to the public; it has invested in its call handling, but it still "
          "doesn’t answer enough calls within national standards."),
        H("Providing a service to victims of crime", 2),
        P("We assess how well the force records crime and how it treats victims. The force is good at "
          "recording crime. It records 94.1 percent of reported crimes."),
        H("Responding to the public", 2),
        P("**{#f08a24|Requires improvement}**"),
        P("Greater Manchester Police requires improvement at responding to the public."),
        H("Main findings", 3),
        P(f"**{GMP_MF_RESPONSE}**"),
        P("The force answered 79 percent of emergency calls within ten seconds. But in the same period "
          "almost one in four non-emergency calls was abandoned before it was answered."),
        H("Cause of concern", 3),
        P(f"**{GMP_COC}**"),
        P(GMP_COC_DETAIL),
        H("Recommendations", 3),
        P(GMP_LEAD),
        Bul(GMP_RECS),
        Break(),
        # page 3
        H("Investigating crime", 2),
        P("**{#f2c12e|Adequate}**"),
        P("Greater Manchester Police is adequate at investigating crime."),
        H("Area for improvement", 3),
        P(f"**{GMP_AFI_INV}**"),
        P(GMP_AFI_INV_DETAIL),
        T(rows=(("**Promising practice**",), (f"**{GMP_PRACTICE}**",),
                ("The force set up an online portal so that shops can upload closed-circuit television "
                 "footage when they report a theft. Officers can view the footage before they decide "
                 "whether to attend.",)),
          widths=(1,), fills={(0, 0): "#dbe5f1", (1, 0): "#dbe5f1", (2, 0): "#dbe5f1"}),
        H("Protecting vulnerable people", 2),
        P("**{#6cb33f|Good}**"),
        P("Greater Manchester Police is good at protecting vulnerable people."),
        H("Main findings", 3),
        P(f"**{GMP_MF_PVP}**"),
        P("The force uses partnership data to map where vulnerable people are most at risk and shares "
          "this with its neighbourhood teams."),
        H("Developing a positive workplace", 2),
        P("**{#f2c12e|Adequate}**"),
        P("Greater Manchester Police is adequate at building, supporting and protecting its workforce."),
        H("Areas for improvement", 3),
        Bul(GMP_AFI_WORK),
        Break(),
        # page 4
        H("Preventing crime", 2),
        P("**{#f2c12e|Adequate}**"),
        P("Greater Manchester Police is adequate at preventing and deterring crime and antisocial "
          "behaviour, and reducing vulnerability."),
        H("Area for improvement", 3),
        P(f"**{GMP_AFI_PREV}**"),
        H("Leadership and force management", 2),
        P("**{#f08a24|Requires improvement}**"),
        P("Greater Manchester Police requires improvement at leadership and force management."),
        H("Area for improvement", 3),
        P(f"**{GMP_AFI_LEAD}**"),
        P(GMP_AFI_LEAD_DETAIL),
        H("About the data", 2),
        P("Data in this report is from a range of sources, including the Home Office, the Office for "
          "National Statistics and the force itself. © HMICFRS 2026."),
    ]
    records = {
        "documents": [document("pdf", GMP, GMP_TITLE, "peel_report", 4, publication_date="2026-03-18")],
        "grades": [grade(1, GMP, "PEEL 2023-25", area, area, g, "2026-03") for area, g in GMP_GRADES],
        "causes_of_concern": [coc(2, GMP, "Responding to the public", GMP_COC, GMP_COC_DETAIL)],
        "recommendations": [rec(2, GMP, text, "Within three months", GMP_COC, GMP_LEAD) for text in GMP_RECS],
        "areas_for_improvement": [
            afi(3, GMP, "Investigating crime", GMP_AFI_INV, GMP_AFI_INV_DETAIL),
            afi(3, GMP, "Developing a positive workplace", GMP_AFI_WORK[0]),
            afi(3, GMP, "Developing a positive workplace", GMP_AFI_WORK[1]),
            afi(4, GMP, "Preventing crime", GMP_AFI_PREV),
            afi(4, GMP, "Leadership and force management", GMP_AFI_LEAD, GMP_AFI_LEAD_DETAIL),
        ],
        "findings": [
            finding(2, GMP, "Responding to the public", "main_finding", GMP_MF_RESPONSE),
            finding(3, GMP, "Investigating crime", "promising_practice", GMP_PRACTICE),
            finding(3, GMP, "Protecting vulnerable people", "main_finding", GMP_MF_PVP),
        ],
    }
    return render_pdf(blocks, look, GMP_TITLE, "HMICFRS"), records


# --- 5. West Midlands PEEL improvement plan: a card per item (new form) ----

WMP = "West Midlands Police"
WMP_TITLE = "PEEL 2023–25 improvement plan"
WMP_COC = ("The force doesn’t make sure that investigations of domestic abuse are allocated to suitably "
           "trained investigators and are effectively supervised.")
WMP_RECS = (
    "Within three months, West Midlands Police should review all open domestic abuse investigations to make "
    "sure each is held by an investigator with the right skills.",
    "Within six months, West Midlands Police should introduce a supervision standard for domestic abuse "
    "investigations and audit compliance with it.",
)
WMP_AFIS = (
    ("Preventing crime", "The force should make sure its neighbourhood officers have enough time for "
                         "problem-solving and engagement with communities."),
    ("Managing offenders", "The force should improve how it monitors registered sex offenders’ use of the "
                           "internet."),
    ("Police powers and public treatment", "The force should make sure that supervisors review body-worn "
                                           "video footage of stop and search encounters."),
    ("Leadership and force management", "The force should improve how it assesses the demand on its "
                                        "investigation teams."),
)


def card(rows: tuple[tuple[str, str], ...]) -> T:
    return T(rows=tuple((f"**{label}**", value) for label, value in rows), widths=(1, 3),
             fills={(r, 0): "#e7e6e6" for r in range(len(rows))})


def wmp_plan() -> tuple[bytes, dict]:
    blocks = [
        H(WMP_TITLE),
        P("West Midlands Police – Organisational Improvement Board"),
        H("Introduction", 2),
        P("HMICFRS published its PEEL 2023–25 report on the force on 27 November 2025. The report raised one "
          "cause of concern, with two recommendations, and four areas for improvement. This plan sets out each "
          "item, the chief officer who owns it and our progress. Items are closed only with the agreement of "
          "the Organisational Improvement Board."),
        P("Each item is shown as a card. Progress is reported to the board every month and to the Police and "
          "Crime Commissioner’s accountability meeting every quarter."),
        H("Cause of concern and recommendations", 2),
        card((("Reference", "CC1"), ("Type", "Cause of concern"), ("PEEL area", "Investigating crime"),
              ("HMICFRS wording", WMP_COC), ("Senior owner", "ACC Crime"),
              ("Progress", "A review team has been formed; see CC1.1 and CC1.2."))),
        P(""),
        card((("Reference", "CC1.1"), ("Type", "Recommendation"), ("Linked to", "CC1"),
              ("PEEL area", "Investigating crime"), ("HMICFRS wording", WMP_RECS[0]),
              ("Owner", "Head of Public Protection"), ("Target date", "27 February 2026"),
              ("Progress", "1,214 open investigations reviewed; 96 reallocated. Awaiting sign-off."),
              ("Status", "Amber"))),
        P(""),
        card((("Reference", "CC1.2"), ("Type", "Recommendation"), ("Linked to", "CC1"),
              ("PEEL area", "Investigating crime"), ("HMICFRS wording", WMP_RECS[1]),
              ("Owner", "Head of Crime"), ("Target date", "29 May 2026"),
              ("Progress", "Draft standard agreed at the January board; first audit planned for April."),
              ("Status", "Green"))),
        H("Areas for improvement", 2),
    ]
    for number, (area, text) in enumerate(WMP_AFIS, start=1):
        blocks += [
            card((("Reference", f"AFI{number}"), ("Type", "Area for improvement"), ("PEEL area", area),
                  ("HMICFRS wording", text), ("Owner", "Superintendent, Force Improvement"),
                  ("Target date", "30 June 2026"), ("Progress", "Action plan agreed."), ("Status", "Green"))),
            P(""),
        ]
    blocks += [
        H("Governance", 2),
        P("The Deputy Chief Constable chairs the Organisational Improvement Board. The board will ask HMICFRS "
          "to review the closed items at its next engagement visit."),
    ]
    records = {
        "documents": [document("docx", WMP, WMP_TITLE, "force_response")],
        "grades": [],
        "causes_of_concern": [coc(None, WMP, "Investigating crime", WMP_COC)],
        "recommendations": [rec(None, WMP, WMP_RECS[0], "Within three months", WMP_COC),
                            rec(None, WMP, WMP_RECS[1], "Within six months", WMP_COC)],
        "areas_for_improvement": [afi(None, WMP, area, text) for area, text in WMP_AFIS],
    }
    data = render_docx(blocks, title=WMP_TITLE, author="West Midlands Police", when=WHEN,
                       header=("OFFICIAL",))
    return data, records


DOCUMENTS = {
    "peel-2023-25-greater-manchester-r18.pdf": gmp_report,
    "west-midlands-peel-improvement-cards-r18.docx": wmp_plan,
}


def main() -> None:
    heldout = HERE / "heldout"
    heldout.mkdir(exist_ok=True)
    for name, build in DOCUMENTS.items():
        data, records = build()
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (heldout / f"{name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
        print(name, len(data))


if __name__ == "__main__":
    main()
