"""Nine inspection documents of forces the inspection extractors were not
written against, and their gold:

    .venv/bin/python samples/corpus/inspection-round5/generate.py

writes the documents here and their gold to samples/gold/<file>.json. Names,
grades and wording are invented; the forms follow published HMICFRS reports
and letters, forces' action plans and PCCs' papers (see README.md). The gold
is written by hand below, next to the text it describes, never from the
pipeline's output; a PDF record's page is the first page (from a stated
page on) of the generated PDF that holds its anchor words. Output is
deterministic (reportlab invariant mode, fixed DOCX times).

1. peel-2023-25-bedfordshire.pdf: PEEL 2023-25 as HMICFRS prints it: cover
   with the month only, contents, "Our judgments" chart (a column per grade,
   the n-th area of each grade on the n-th row), each area's judgment in
   another of HMICFRS's forms, two causes of concern with recommendations
   under "Within N months, ... should:" lead-ins, AFIs as bold statements
   with explanations, main findings, a promising practice box, running
   header.
2. revisit-bedfordshire-causes-of-concern.pdf: the accelerated causes of
   concern revisit letter: letterhead, date line, subject line, both causes
   and their recommendations quoted, one discharged ("we are satisfied the
   cause of concern has been addressed"), one not.
3. peel-2023-25-ministry-of-defence-police.pdf: a non-territorial force:
   areas of its own beside PEEL's, the chart as a bulleted list, "Our overall
   judgment: X" in each section, numbered "Area for improvement N" headings.
4. thematic-missing-adults.pdf: a national thematic inspection naming the
   forces it visited, recommendations to chief constables and national
   bodies as "Recommendation N" headings and as bullets under a dated
   lead-in, one area for improvement for all forces.
5. west-midlands-domestic-abuse-inspection.pdf: "An inspection of West
   Midlands Police's response to ...": areas for improvement only, as
   "Area for improvement N:" bold labels in sections that are not PEEL
   areas.
6. surrey-peel-action-plan.docx: a force's Word action plan, Ref | PEEL
   area | Recommendation or AFI | Action | Owner | Target date | Status,
   the type told only by the reference ("CoC 1", "Rec 1.1", "AFI 3").
7. nottinghamshire-ncpi-action-plan.docx: another force's Word action plan,
   landscape, HMICFRS finding | Type | Inspection area | No. | Lead |
   Update | RAG (the text first, its type and area after it).
8. peel-2021-22-sussex.docx: PEEL 2021/22 as a Word document: no chart,
   every grade in a sentence of one of HMICFRS's forms (several areas in
   one sentence in the summary), an area not graded, a cause of concern,
   bulleted AFIs, a running header.
9. cambridgeshire-bcb-2025-06-04.docx: a PCC's paper quoting the grades of
   the previous (2021/22) and the current (2023-25) PEEL inspections in
   prose, and the numbers of AFIs (not the AFIs themselves).

Decisions on the contract (also in README.md): a cause of concern quoted in
a revisit letter is a causes_of_concern record, discharged or not (the
record says what HMICFRS raised; the contract has no status for it); an
area that a non-territorial force is graded on is an area under its printed
name; an AFI in a section that is no inspection area (a single-topic
inspection, a thematic) has no area; national recommendations and AFIs have
no force; a letter's date line is its publication date.
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
GOLD = HERE.parents[1] / "gold"
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))

from render import Break, Bul, H, P, PdfLook, T, render_docx, render_pdf  # noqa: E402

CHECKED = ("Written by hand in samples/corpus/inspection-round5/generate.py, next to the text it describes, "
           "before the extractors were run on the document; PDF pages found in the generated PDF's own text.")
WHEN = datetime(2025, 7, 1, 9, 0, 0)

GRADE_FILLS = {"Outstanding": "#1d6b3a", "Good": "#6cb33f", "Adequate": "#f6c343",
               "Requires improvement": "#f08a24", "Inadequate": "#c8102e"}
GRADE_ORDER = tuple(GRADE_FILLS)


# --- gold helpers ------------------------------------------------------------------------------------------

def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\*+", "", text)).strip().lower()


class PageFinder:
    """The page of a generated PDF that holds some words (None for DOCX)."""

    def __init__(self, pdf: bytes | None) -> None:
        self.pages: list[str] = []
        if pdf is not None:
            with pdfplumber.open(io.BytesIO(pdf)) as doc:
                self.pages = [_flat(page.extract_text() or "") for page in doc.pages]

    def __call__(self, anchor: str, start: int = 1) -> int | None:
        if not self.pages:
            return None
        words = _flat(anchor)[:70]
        for number in range(start, len(self.pages) + 1):
            if words in self.pages[number - 1]:
                return number
        raise SystemExit(f"gold anchor not found from page {start}: {anchor!r}")


def document_record(file_type: str, pages: int | None, doc_kind: str, title: str, force: str | None,
                    organisation: str | None = None, meeting_date: str | None = None,
                    publication_date: str | None = None) -> dict:
    return {"page": None, "file_type": file_type, "pages": pages, "doc_kind": doc_kind, "title": title,
            "force": force, "organisation": organisation, "meeting_date": meeting_date,
            "publication_date": publication_date, "status": "ok"}


def pdf_pages(pdf: bytes) -> int:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return len(doc.pages)


def write(name: str, data: bytes, records: dict) -> None:
    (HERE / name).write_bytes(data)
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
    (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def chart(grades: list[tuple[str, str]]) -> T:
    """HMICFRS's judgments chart: a column per grade, the n-th area of each
    grade on the n-th row."""
    columns = {grade: [area for area, g in grades if g == grade] for grade in GRADE_ORDER}
    depth = max(len(v) for v in columns.values())
    rows = [tuple(f"**{g}**" for g in GRADE_ORDER)]
    for i in range(depth):
        rows.append(tuple(columns[g][i] if i < len(columns[g]) else "" for g in GRADE_ORDER))
    fills = {(0, c): GRADE_FILLS[g] for c, g in enumerate(GRADE_ORDER)}
    return T(rows=tuple(rows), widths=(1, 1, 1, 1, 1), fills=fills)


# --- 1. Bedfordshire: PEEL 2023-25 with two causes of concern -------------------------------------------------

BEDS = "Bedfordshire Police"
BEDS_GRADES = [  # (area as in the chart, grade)
    ("Police powers and public treatment", "Adequate"),
    ("Preventing crime", "Good"),
    ("Responding to the public", "Adequate"),
    ("Investigating crime", "Inadequate"),
    ("Protecting vulnerable people", "Inadequate"),
    ("Managing offenders", "Good"),
    ("Developing a positive workplace", "Adequate"),
    ("Leadership and force management", "Requires improvement"),
]
BEDS_COC1 = ("Bedfordshire Police doesn't supervise its investigations well enough, so victims don't always "
             "receive the service they deserve.")
BEDS_COC1_DETAIL = ("In 41 of the 110 investigations we reviewed, there was no record that a supervisor had "
                    "reviewed the investigation plan. Supervisors told us that they have too many "
                    "investigations to oversee and not enough time to do so.")
BEDS_COC1_LEAD = "Within six months, Bedfordshire Police should:"
BEDS_COC1_RECS = [
    "make sure that supervisors review every investigation plan within seven days of a crime being recorded;",
    "make sure that victims are told of the progress of their investigation and updated at agreed intervals; and",
    "make sure that supervisors have the time, training and data they need to oversee investigations.",
]
BEDS_COC2 = "The force doesn't always identify and respond to the risks faced by victims of domestic abuse."
BEDS_COC2_DETAIL = ("Officers completed a risk assessment in only 58 of the 80 domestic abuse incidents we "
                    "reviewed. Where the risk was high, referrals to the multi-agency risk assessment conference "
                    "were sometimes delayed by more than two weeks.")
BEDS_COC2_LEAD = "Within three months, the force should make sure that:"
BEDS_COC2_RECS = [
    "officers complete a risk assessment at every domestic abuse incident they attend;",
    "high-risk cases are referred to the multi-agency risk assessment conference without delay.",
]
BEDS_AFIS = [  # (area, text, detail)
    ("Police powers and public treatment",
     "The force should make sure that officers record the grounds for every stop and search they carry out.",
     "We reviewed 190 stop and search records. The grounds were not recorded, or were too weak to justify a "
     "search, in 22 of them."),
    ("Responding to the public",
     "The force should answer non-emergency calls more quickly.",
     "In the year ending 31 March 2024, the average time to answer a 101 call was more than five minutes."),
    ("Responding to the public",
     "The force should make sure its call handlers use a structured risk assessment for every call.", None),
    ("Investigating crime",
     "The force should make sure that it records the reasons when a victim withdraws support for a prosecution.",
     None),
    ("Leadership and force management",
     "The force should understand the demand it faces so that it can match its resources to it.",
     "The force hasn't completed a force management statement that uses its own data on demand. It cannot be "
     "confident that its resources are where they are most needed."),
]
BEDS_FINDINGS = [  # (area, kind, text)
    ("Preventing crime", "main_finding",
     "The force gives neighbourhood officers the time they need to solve local problems"),
    ("Preventing crime", "main_finding",
     "The force works well with partner organisations to tackle antisocial behaviour"),
    ("Preventing crime", "promising_practice",
     "Safer Streets Partnership: designing out crime on town-centre routes"),
    ("Managing offenders", "main_finding",
     "The force manages registered sex offenders well and keeps their risk under review"),
]


def bedfordshire() -> None:
    g = dict(BEDS_GRADES)
    blocks = [
        P("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", size=10),
        H("PEEL 2023–25", 1),
        H("Police effectiveness, efficiency and legitimacy", 2),
        H("An inspection of Bedfordshire Police", 2),
        P("March 2025"),
        Break(),
        H("Contents", 2),
        P("Overall summary 3"), P("Police powers and public treatment 4"), P("Preventing crime 4"),
        P("Responding to the public 5"), P("Investigating crime 5"), P("Protecting vulnerable people 6"),
        P("Managing offenders 7"), P("Developing a positive workplace 7"), P("Leadership and force management 7"),
        Break(),
        H("Overall summary", 1),
        H("Our judgments", 2),
        P("Our inspection assessed how good Bedfordshire Police is in nine areas of policing. We make graded "
          "judgments in eight of these nine areas as follows:"),
        chart(BEDS_GRADES),
        P("We also inspected how effective a service Bedfordshire Police gives to victims of crime. We don't make "
          "a graded judgment in this overall area."),
        P("We set out our detailed findings about things the force is doing well and where the force should "
          "improve in the rest of this report."),
        H("HM Inspector's observations", 2),
        P("I am concerned about how Bedfordshire Police investigates crime and protects vulnerable people. The "
          "force has improved some aspects of its performance since our 2021/22 inspection, when we graded it as "
          "requires improvement at investigating crime, but it must now act quickly on the causes of concern we "
          "set out in this report."),
        Break(),
        H("Police powers and public treatment", 1),
        P(f"**Bedfordshire Police is {g['Police powers and public treatment'].lower()} at treating the public "
          "fairly and respectfully, and at using its powers.**"),
        H("Area for improvement", 3),
        P(f"**{BEDS_AFIS[0][1]}**"), P(BEDS_AFIS[0][2]),
        H("Preventing crime", 1),
        P("**The force is good at preventing and deterring crime and antisocial behaviour, and reducing "
          "vulnerability.**"),
        H("Main findings", 3),
        P(f"**{BEDS_FINDINGS[0][2]}**"),
        P("Neighbourhood officers are rarely taken away from their duties to support response teams."),
        P(f"**{BEDS_FINDINGS[1][2]}**"),
        P("Community safety partnerships share data and plan joint patrols in hotspots."),
        T(rows=(("**Promising practice**",), (f"**{BEDS_FINDINGS[2][2]}**",),
                ("The force and two councils redesigned lighting and sightlines on routes between bars and taxi "
                 "ranks. Reports of violence on those routes fell by a quarter.",)),
          widths=(1,), fills={(0, 0): "#dbe9f6", (1, 0): "#dbe9f6", (2, 0): "#dbe9f6"}),
        H("Responding to the public", 1),
        P("We found the force's performance in responding to the public to be adequate."),
        H("Areas for improvement", 3),
        P(f"**{BEDS_AFIS[1][1]}**"), P(BEDS_AFIS[1][2]),
        P(f"**{BEDS_AFIS[2][1]}**"),
        H("Investigating crime", 1),
        P("**Bedfordshire Police is inadequate at investigating crime.**"),
        H("Cause of concern", 3),
        P(f"**{BEDS_COC1}**"), P(BEDS_COC1_DETAIL),
        H("Recommendations", 3),
        P(BEDS_COC1_LEAD), Bul(tuple(BEDS_COC1_RECS)),
        H("Area for improvement", 3),
        P(f"**{BEDS_AFIS[3][1]}**"),
        H("Protecting vulnerable people", 1),
        P("**We graded the force as inadequate at protecting vulnerable people.**"),
        H("Cause of concern", 3),
        P(f"**{BEDS_COC2}**"), P(BEDS_COC2_DETAIL),
        H("Recommendations", 3),
        P(BEDS_COC2_LEAD), Bul(tuple(BEDS_COC2_RECS)),
        H("Managing offenders", 1),
        P("**The force is good at managing offenders and suspects.**"),
        H("Main findings", 3),
        P(f"**{BEDS_FINDINGS[3][2]}**"),
        P("Offender managers visit registered sex offenders at the intervals their risk level requires."),
        H("Developing a positive workplace", 1),
        P("**Our overall judgment: Adequate**"),
        P("The force understands the wellbeing needs of its workforce and has improved its occupational health "
          "service."),
        H("Leadership and force management", 1),
        P("**Bedfordshire Police requires improvement in leadership and force management.**"),
        H("Area for improvement", 3),
        P(f"**{BEDS_AFIS[4][1]}**"), P(BEDS_AFIS[4][2]),
    ]
    pdf = render_pdf(blocks, PdfLook(header="PEEL 2023–25: Bedfordshire Police", footer="PEEL 2023–25"),
                     "PEEL 2023–25 Bedfordshire Police", "HMICFRS")
    page = PageFinder(pdf)
    chart_page = page("Our judgments", 3)
    grades = [{"page": chart_page, "force": BEDS, "framework": "PEEL 2023-25", "area": area, "area_raw": area,
               "grade": grade, "as_of": "2025-03"} for area, grade in BEDS_GRADES]
    causes = [{"page": page(text), "force": BEDS, "area": area, "text": text, "detail": detail}
              for area, text, detail in (("Investigating crime", BEDS_COC1, BEDS_COC1_DETAIL),
                                         ("Protecting vulnerable people", BEDS_COC2, BEDS_COC2_DETAIL))]
    recs = [{"page": page(text), "force": BEDS, "cause_of_concern_text": cause, "text": text,
             "timescale": timescale, "lead_in": lead}
            for cause, lead, timescale, items in ((BEDS_COC1, BEDS_COC1_LEAD, "Within six months", BEDS_COC1_RECS),
                                                  (BEDS_COC2, BEDS_COC2_LEAD, "Within three months", BEDS_COC2_RECS))
            for text in items]
    afis = [{"page": page(text), "force": BEDS, "area": area, "text": text, "detail": detail}
            for area, text, detail in BEDS_AFIS]
    findings = [{"page": page(text), "force": BEDS, "area": area, "kind": kind, "text": text}
                for area, kind, text in BEDS_FINDINGS]
    write("peel-2023-25-bedfordshire.pdf", pdf, {
        "documents": [document_record("pdf", pdf_pages(pdf), "peel_report",
                                      "PEEL 2023–25 Police effectiveness, efficiency and legitimacy An inspection "
                                      "of Bedfordshire Police", BEDS)],
        "grades": grades, "causes_of_concern": causes, "recommendations": recs,
        "areas_for_improvement": afis, "findings": findings})


# --- 2. Bedfordshire: the accelerated causes of concern revisit letter -------------------------------------------

REVISIT_TITLE = "Bedfordshire Police: PEEL 2023–25 causes of concern revisit"


def bedfordshire_revisit() -> None:
    blocks = [
        P("**His Majesty's Inspectorate of Constabulary and Fire & Rescue Services**", size=10),
        P("Fourth floor, Globe House\n89 Eccleston Square\nLondon SW1V 1PN", size=9),
        P("Chief Constable\nBedfordshire Police\nWoburn Road\nKempston\nBedford MK43 9AX"),
        P("18 September 2025"),
        P(f"**{REVISIT_TITLE}**"),
        P("Dear Chief Constable,"),
        P("In our PEEL 2023–25 report on Bedfordshire Police, published in March 2025, we identified two causes of "
          "concern. We revisited the force in August 2025 to assess its progress against the recommendations we "
          "made. This letter sets out what we found."),
        H("Investigating crime", 2),
        H("Cause of concern", 3),
        P(f"*{BEDS_COC1}*"),
        H("Recommendations", 3),
        P(BEDS_COC1_LEAD), Bul(tuple(BEDS_COC1_RECS)),
        H("Our findings", 3),
        P("Since our inspection, the force has created a team of investigation supervisors and introduced a daily "
          "review of new investigations. In the 60 investigations we reviewed during our revisit, a supervisor "
          "had reviewed the investigation plan within seven days in 57."),
        P("We are satisfied the cause of concern has been addressed. We will continue to monitor the force's "
          "progress through our routine monitoring."),
        H("Protecting vulnerable people", 2),
        H("Cause of concern", 3),
        P(f"*{BEDS_COC2}*"),
        H("Recommendations", 3),
        P(BEDS_COC2_LEAD), Bul(tuple(BEDS_COC2_RECS)),
        H("Our findings", 3),
        P("The force has trained its response officers in the domestic abuse risk assessment, and completion rates "
          "have risen. But referrals to the multi-agency risk assessment conference are still delayed in some "
          "cases. We are not yet satisfied that this cause of concern has been addressed, and we will revisit "
          "the force again in early 2026."),
        P("Yours sincerely,"),
        P("His Majesty's Inspector of Constabulary"),
    ]
    pdf = render_pdf(blocks, PdfLook(), REVISIT_TITLE, "HMICFRS")
    page = PageFinder(pdf)
    causes = [{"page": page(text), "force": BEDS, "area": area, "text": text, "detail": None}
              for area, text in (("Investigating crime", BEDS_COC1), ("Protecting vulnerable people", BEDS_COC2))]
    recs = [{"page": page(text), "force": BEDS, "cause_of_concern_text": cause, "text": text,
             "timescale": timescale, "lead_in": lead}
            for cause, lead, timescale, items in ((BEDS_COC1, BEDS_COC1_LEAD, "Within six months", BEDS_COC1_RECS),
                                                  (BEDS_COC2, BEDS_COC2_LEAD, "Within three months", BEDS_COC2_RECS))
            for text in items]
    write("revisit-bedfordshire-causes-of-concern.pdf", pdf, {
        "documents": [document_record("pdf", pdf_pages(pdf), "inspection_report", REVISIT_TITLE, BEDS,
                                      publication_date="2025-09-18")],
        "grades": [], "causes_of_concern": causes, "recommendations": recs, "areas_for_improvement": []})


# --- 3. Ministry of Defence Police: a non-territorial force, its own areas, the chart as a list ---------------

MDP = "Ministry of Defence Police"
MDP_GRADES = [
    ("Police powers and public treatment", "Good"),
    ("Protecting defence sites", "Adequate"),
    ("Armed policing", "Requires improvement"),
    ("Investigating crime", "Adequate"),
    ("Developing a positive workplace", "Requires improvement"),
    ("Leadership and force management", "Good"),
]
MDP_AFIS = [
    ("Armed policing",
     "The force should make sure that its authorised firearms officers complete their refresher training on "
     "time.",
     "At the time of our inspection, 14 percent of the force's authorised firearms officers were overdue their "
     "refresher training."),
    ("Armed policing",
     "The force should review how it deploys armed officers between sites so that minimum staffing levels are "
     "always met.", None),
    ("Developing a positive workplace",
     "The force should improve how it supports the wellbeing of officers posted to remote sites.",
     "Officers at remote sites told us that they have little contact with supervisors and limited access to "
     "occupational health services."),
]
MDP_FINDINGS = [
    ("Protecting defence sites", "innovative_practice",
     "Joint patrol planning with site security teams"),
]


def ministry_of_defence_police() -> None:
    afi_blocks = {}
    for number, (area, text, detail) in enumerate(MDP_AFIS, start=1):
        afi_blocks.setdefault(area, []).extend(
            [H(f"Area for improvement {number}", 3), P(text)] + ([P(detail)] if detail else []))
    sections = []
    for area, grade in MDP_GRADES:
        if area in ("Police powers and public treatment", "Armed policing"):
            sections.append(Break())
        sections += [H(area, 1), P(f"**Our overall judgment: {grade}**")]
        if area == "Protecting defence sites":
            sections += [
                P("The force protects the defence estate effectively and works well with site security teams."),
                T(rows=(("**Innovative practice**",), (f"**{MDP_FINDINGS[0][2]}**",),
                        ("Site security managers and force commanders agree a weekly patrol plan, so that armed "
                         "and unarmed patrols are not duplicated.",)),
                  widths=(1,), fills={(0, 0): "#e8e8e8", (1, 0): "#e8e8e8", (2, 0): "#e8e8e8"})]
        sections += afi_blocks.get(area, [])
    blocks = [
        H("PEEL 2023–25", 1),
        H("Police effectiveness, efficiency and legitimacy", 2),
        H("An inspection of the Ministry of Defence Police", 2),
        P("Published: 27 February 2025"),
        Break(),
        H("About the Ministry of Defence Police", 2),
        P("The Ministry of Defence Police is a national civilian police force. It provides armed policing for the "
          "defence estate across the United Kingdom. Because of its role, we assessed it against some of our "
          "PEEL areas and two areas specific to the force."),
        H("Our judgments", 2),
        P("We graded the Ministry of Defence Police as follows:"),
        Bul(tuple(f"{area}: {grade}" for area, grade in MDP_GRADES)),
        P("We didn't inspect preventing crime, responding to the public, protecting vulnerable people or managing "
          "offenders, because the force's role makes them less relevant."),
    ] + sections
    pdf = render_pdf(blocks, PdfLook(footer="Ministry of Defence Police – PEEL 2023–25"),
                     "PEEL 2023–25 Ministry of Defence Police", "HMICFRS")
    page = PageFinder(pdf)
    chart_page = page("We graded the Ministry of Defence Police as follows")
    grades = [{"page": chart_page, "force": MDP, "framework": "PEEL 2023-25", "area": area, "area_raw": area,
               "grade": grade, "as_of": "2025-02"} for area, grade in MDP_GRADES]
    afis = [{"page": page(text), "force": MDP, "area": area, "text": text, "detail": detail}
            for area, text, detail in MDP_AFIS]
    findings = [{"page": page(text), "force": MDP, "area": area, "kind": kind, "text": text}
                for area, kind, text in MDP_FINDINGS]
    write("peel-2023-25-ministry-of-defence-police.pdf", pdf, {
        "documents": [document_record("pdf", pdf_pages(pdf), "peel_report",
                                      "PEEL 2023–25 Police effectiveness, efficiency and legitimacy An inspection "
                                      "of the Ministry of Defence Police", MDP, publication_date="2025-02-27")],
        "grades": grades, "areas_for_improvement": afis, "causes_of_concern": [], "recommendations": [],
        "findings": findings})


# --- 4. A national thematic inspection: recommendations to chief constables and national bodies ---------------

THEMATIC_TITLE = "Lost and found: An inspection of how well the police respond to reports of missing adults"
THEMATIC_RECS = [  # (heading number or None for bullets, text, timescale)
    ("1", "By 31 March 2026, chief constables should make sure that every report of a missing adult is "
          "risk-assessed by a trained supervisor within one hour of the report being made.", "By 31 March 2026"),
    ("2", "By 30 September 2026, chief constables should agree with their local health partners how they will "
          "share information about missing adults who have mental ill health.", "By 30 September 2026"),
    ("3", "By 31 December 2025, the National Police Chiefs' Council lead for missing persons should publish "
          "guidance on how forces should record the outcome of return home interviews.", "By 31 December 2025"),
    ("4", "By 31 March 2026, the College of Policing should update its authorised professional practice on "
          "missing persons to reflect the findings of this inspection.", "By 31 March 2026"),
]
THEMATIC_LEAD = "By 30 June 2026, chief constables should:"
THEMATIC_BULLETS = [
    "review the training they give to call handlers on missing adults;",
    "make sure that their missing person coordinators have access to partner agencies' records; and",
    "publish the number of missing adult reports they receive each year.",
]
THEMATIC_AFI = ("Forces should make sure that they record why an adult went missing, so that they can prevent it "
                "from happening again.")


def thematic() -> None:
    rec_blocks = []
    for number, text, _ in THEMATIC_RECS:
        rec_blocks += [H(f"Recommendation {number}", 3), P(text)]
    blocks = [
        P("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", size=10),
        H("Lost and found", 1),
        H("An inspection of how well the police respond to reports of missing adults", 2),
        P("Published: 9 July 2025"),
        Break(),
        H("Summary", 1),
        P("We inspected six forces: Essex Police, Norfolk Constabulary, Thames Valley Police, West Midlands Police, "
          "Humberside Police and South Yorkshire Police. We also reviewed 240 missing person records from those "
          "forces."),
        P("We found that forces respond quickly to reports of missing children, but that reports of missing "
          "adults, particularly those with mental ill health, are often given a lower priority than the risk "
          "warrants."),
        H("Recommendations", 1),
        P("We have made seven recommendations: two to chief constables with dates of their own, one to the "
          "National Police Chiefs' Council, one to the College of Policing and three further recommendations to "
          "chief constables."),
    ] + rec_blocks + [
        H("Further recommendations to chief constables", 3),
        P(THEMATIC_LEAD), Bul(tuple(THEMATIC_BULLETS)),
        H("Area for improvement", 1),
        P(f"**{THEMATIC_AFI}**"),
        P("In 96 of the 240 records we reviewed, the reason the adult had gone missing was not recorded."),
        H("Methodology", 1),
        P("We carried out fieldwork in each of the six forces between October 2024 and January 2025."),
    ]
    pdf = render_pdf(blocks, PdfLook(footer="Lost and found – HMICFRS"), THEMATIC_TITLE, "HMICFRS")
    page = PageFinder(pdf)
    recs = [{"page": page(text), "force": None, "cause_of_concern_text": None, "text": text,
             "timescale": timescale, "lead_in": None} for _, text, timescale in THEMATIC_RECS]
    recs += [{"page": page(text), "force": None, "cause_of_concern_text": None, "text": text,
              "timescale": "By 30 June 2026", "lead_in": THEMATIC_LEAD} for text in THEMATIC_BULLETS]
    write("thematic-missing-adults.pdf", pdf, {
        "documents": [document_record("pdf", pdf_pages(pdf), "inspection_report", THEMATIC_TITLE, None,
                                      publication_date="2025-07-09")],
        "grades": [], "causes_of_concern": [], "recommendations": recs,
        "areas_for_improvement": [{"page": page(THEMATIC_AFI), "force": None, "area": None, "text": THEMATIC_AFI,
                                   "detail": "In 96 of the 240 records we reviewed, the reason the adult had gone "
                                             "missing was not recorded."}]})


# --- 5. West Midlands: an inspection of a force's response to one crime type, AFIs only --------------------------

WMP = "West Midlands Police"
WMP_TITLE = "An inspection of West Midlands Police's response to domestic abuse"
WMP_SECTIONS = [  # (section heading, [(AFI text, detail)])
    ("Answering calls and attending incidents", [
        ("The force should make sure that call handlers ask about children and weapons at every domestic abuse "
         "call.", "Call handlers asked about children in the household in only two thirds of the calls we "
         "listened to."),
    ]),
    ("Investigating domestic abuse", [
        ("The force should make sure that officers wearing body-worn video record their attendance at every "
         "domestic abuse incident.", None),
        ("The force should improve how often it seeks evidence-led prosecutions when a victim withdraws support.",
         "We found few examples of officers building a case that did not rely on the victim's evidence."),
    ]),
    ("Keeping victims safe", [
        ("The force should make sure that domestic violence protection notices are considered in every "
         "high-risk case.", None),
    ]),
]


def west_midlands() -> None:
    blocks = [
        P("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", size=10),
        H(WMP_TITLE, 1),
        P("Published: 22 May 2025"),
        H("Contents", 2),
        P("Introduction 2\nAnswering calls and attending incidents 2\nInvestigating domestic abuse 3\n"
          "Keeping victims safe 3"),
        Break(),
        H("Introduction", 1),
        P("The Home Secretary commissioned us to inspect West Midlands Police's response to domestic abuse. We "
          "didn't grade the force in this inspection. We found four areas for improvement, which we set out in "
          "the sections below."),
        P("The force is good at recognising domestic abuse when officers attend, and its specialist teams are "
          "skilled and committed."),
    ]
    number = 0
    for heading, afis in WMP_SECTIONS:
        blocks += [H(heading, 1), P("This section sets out what we found.")]
        for text, detail in afis:
            number += 1
            blocks.append(P(f"**Area for improvement {number}:** {text}"))
            if detail:
                blocks.append(P(detail))
    pdf = render_pdf(blocks, PdfLook(header=WMP_TITLE), WMP_TITLE, "HMICFRS")
    page = PageFinder(pdf)
    afis = [{"page": page(text, 2), "force": WMP, "area": None, "text": text, "detail": detail}
            for _, items in WMP_SECTIONS for text, detail in items]
    write("west-midlands-domestic-abuse-inspection.pdf", pdf, {
        "documents": [document_record("pdf", pdf_pages(pdf), "inspection_report", WMP_TITLE, WMP,
                                      publication_date="2025-05-22")],
        "grades": [], "causes_of_concern": [], "recommendations": [], "areas_for_improvement": afis})


# --- 6. Surrey: a force's Word action plan, the type told by the reference -------------------------------------

SURREY = "Surrey Police"
SURREY_TITLE = "Surrey Police PEEL 2023–25 improvement plan"
SURREY_ROWS = [  # (ref, area, text, action, owner, target, status)
    ("CoC 1", "Responding to the public",
     "The force isn't answering emergency and non-emergency calls quickly enough, and this means that it "
     "can't always identify vulnerable callers.",
     "Contact centre recovery plan agreed; 32 call handlers recruited.", "ACC Local Policing", "March 2026",
     "In progress"),
    ("Rec 1.1", "Responding to the public",
     "Within three months, Surrey Police should make sure that it answers emergency calls within ten seconds, "
     "in line with national standards.",
     "Performance at 88% within ten seconds in June 2025.", "Head of Contact", "September 2025", "In progress"),
    ("Rec 1.2", "Responding to the public",
     "By 31 December 2025, Surrey Police should reduce the number of non-emergency calls that are abandoned.",
     "Online reporting promoted; call-back service introduced.", "Head of Contact", "December 2025",
     "In progress"),
    ("AFI 1", "Investigating crime",
     "The force should make sure that investigation plans are recorded and reviewed by supervisors.",
     "Supervisor review added to the crime recording system.", "Head of Crime", "October 2025", "Complete"),
    ("AFI 2", "Protecting vulnerable people",
     "The force should improve how it uses Clare's Law disclosures to protect people at risk of domestic abuse.",
     "Dedicated disclosure team in place.", "Head of Public Protection", "November 2025", "In progress"),
    ("AFI 3", "Developing a positive workplace",
     "The force should make sure that its wellbeing support reaches officers and staff on night shifts.",
     "Out-of-hours occupational health line launched.", "Director of People", "August 2025", "Complete"),
    ("AFI 4", "Leadership and force management",
     "The force should make sure it understands the demand it faces and plans its workforce to meet it.",
     "Force management statement refreshed with demand modelling.", "Director of Change", "January 2026",
     "Not started"),
]


def surrey() -> None:
    header = ("**Ref**", "**PEEL area**", "**HMICFRS recommendation or area for improvement**",
              "**Action taken or planned**", "**Owner**", "**Target date**", "**Status**")
    blocks = [
        P(f"**{SURREY_TITLE}**", size=16),
        P("Last updated: 30 June 2025"),
        P("This plan sets out the force's response to the cause of concern, recommendations and areas for "
          "improvement in HMICFRS's PEEL 2023–25 report on Surrey Police. Progress is reviewed monthly by the "
          "Force Improvement Board."),
        T(rows=(header,) + tuple(SURREY_ROWS), widths=(0.7, 1.2, 2.6, 2.0, 1.0, 0.9, 0.9), header_rows=1),
    ]
    docx = render_docx(blocks, title=SURREY_TITLE, author="Surrey Police", when=WHEN,
                       header=("OFFICIAL",), landscape_pages=True)
    coc = SURREY_ROWS[0]
    write("surrey-peel-action-plan.docx", docx, {
        "documents": [document_record("docx", None, "force_response", SURREY_TITLE, SURREY)],
        "grades": [],
        "causes_of_concern": [{"page": None, "force": SURREY, "area": coc[1], "text": coc[2], "detail": None}],
        "recommendations": [{"page": None, "force": SURREY, "cause_of_concern_text": coc[2], "text": row[2],
                             "timescale": timescale, "lead_in": None}
                            for row, timescale in ((SURREY_ROWS[1], "Within three months"),
                                                   (SURREY_ROWS[2], "By 31 December 2025"))],
        "areas_for_improvement": [{"page": None, "force": SURREY, "area": row[1], "text": row[2], "detail": None}
                                  for row in SURREY_ROWS[3:]]})


# --- 7. Nottinghamshire: another Word action plan, the text before its type and area ----------------------------

NOTTS = "Nottinghamshire Police"
NOTTS_TITLE = "National child protection inspection: Nottinghamshire Police action plan"
NOTTS_ROWS = [  # (finding, type, area, number, lead, update, RAG)
    ("Nottinghamshire Police doesn't consistently recognise when children are at risk of exploitation, or "
     "share information about that risk with partner agencies.", "Cause of concern",
     "Responding to children at risk of harm", "1", "Det Supt Safeguarding",
     "Exploitation screening tool rolled out to all response teams in May 2025.", "Amber"),
    ("Immediately, the force should make sure that officers complete an exploitation screening tool for every "
     "child reported missing.", "Recommendation", "Responding to children at risk of harm", "1.1",
     "Det Supt Safeguarding", "Completion monitored daily; 93% in June 2025.", "Green"),
    ("Within three months, the force should make sure that it shares information about exploited children with "
     "children's social care within 24 hours.", "Recommendation", "Working with safeguarding partners", "1.2",
     "Head of MASH", "Information-sharing agreement signed by all three local authorities.", "Green"),
    ("The force should make sure that officers speak to children on their own and record what they say.",
     "Area for improvement", "Assessing risk to children and making appropriate referrals", "2",
     "Ch Insp Public Protection", "Voice of the child training delivered to 640 officers.", "Amber"),
    ("The force should improve the supervision of child abuse investigations.", "Area for improvement",
     "Investigating reports of abuse, neglect and exploitation of children", "3", "Det Supt Public Protection",
     "Supervisory review template introduced.", "Green"),
]


def nottinghamshire() -> None:
    header = ("**HMICFRS finding**", "**Type**", "**Inspection area**", "**No.**", "**Lead**",
              "**Progress update**", "**RAG**")
    rag = {"Green": "#00b050", "Amber": "#ffc000", "Red": "#ff0000"}
    fills = {(r, 6): rag[row[6]] for r, row in enumerate(NOTTS_ROWS, start=1)}
    blocks = [
        H(NOTTS_TITLE, 1),
        P("Owner: Assistant Chief Constable, Crime and Safeguarding"),
        P("The national child protection inspection of Nottinghamshire Police was published by HMICFRS in "
          "February 2025. The table below sets out each finding the force must act on and the progress made."),
        T(rows=(header,) + tuple(NOTTS_ROWS), widths=(3.0, 1.2, 1.6, 0.5, 1.2, 2.4, 0.6), header_rows=1,
          fills=fills),
    ]
    docx = render_docx(blocks, title=NOTTS_TITLE, author="Nottinghamshire Police", when=WHEN,
                       landscape_pages=True)
    coc = NOTTS_ROWS[0]
    write("nottinghamshire-ncpi-action-plan.docx", docx, {
        "documents": [document_record("docx", None, "force_response", NOTTS_TITLE, NOTTS)],
        "grades": [],
        "causes_of_concern": [{"page": None, "force": NOTTS, "area": coc[2], "text": coc[0], "detail": None}],
        "recommendations": [{"page": None, "force": NOTTS, "cause_of_concern_text": coc[0], "text": row[0],
                             "timescale": timescale, "lead_in": None}
                            for row, timescale in ((NOTTS_ROWS[1], "Immediately"),
                                                   (NOTTS_ROWS[2], "Within three months"))],
        "areas_for_improvement": [{"page": None, "force": NOTTS, "area": row[2], "text": row[0], "detail": None}
                                  for row in NOTTS_ROWS[3:]]})


# --- 8. Sussex: PEEL 2021/22 as a Word document, every grade in a sentence ---------------------------------------

SUSSEX = "Sussex Police"
SUSSEX_TITLE = "PEEL 2021/22 Police effectiveness, efficiency and legitimacy An inspection of Sussex Police"
# (canonical area, as printed where first graded, grade)
SUSSEX_GRADES = [
    ("Protecting vulnerable people", "protecting vulnerable people", "Good"),
    ("Managing offenders", "managing offenders and suspects", "Good"),
    ("Responding to the public", "responding to the public", "Inadequate"),
    ("Police powers and public treatment", "engaging with and treating the public with fairness and respect",
     "Good"),
    ("Preventing crime", "preventing crime and anti-social behaviour", "Adequate"),
    ("Investigating crime", "investigating crime", "Requires improvement"),
    ("Providing a service to victims of crime", "providing a service to the victims of crime",
     "Requires improvement"),
    ("Developing a positive workplace", "Building, supporting and protecting the workforce", "Adequate"),
    ("Good use of resources", "Strategic planning, organisational management and value for money", "Adequate"),
]
SUSSEX_COC = "The force doesn't answer emergency calls quickly enough, or assess the risk to callers consistently."
SUSSEX_COC_DETAIL = ("In the year ending 30 June 2022, the force answered 71 percent of emergency calls within "
                     "ten seconds, against a national standard of 90 percent.")
SUSSEX_LEAD = "Within three months, Sussex Police should:"
SUSSEX_RECS = [
    "make sure it has enough call handlers to answer emergency calls within ten seconds; and",
    "make sure that call handlers use a structured risk assessment on every call.",
]
SUSSEX_AFIS = [
    ("Responding to the public", "The force should make sure that it attends incidents within its published "
                                 "attendance times."),
    ("Investigating crime", "The force should make sure that investigations are allocated to officers with the "
                            "right skills."),
    ("Investigating crime", "The force should make sure that victims' needs assessments are completed and "
                            "recorded."),
    ("Providing a service to victims of crime", "The force should record crimes within 24 hours of a report."),
]


def sussex() -> None:
    afis = {}
    for area, text in SUSSEX_AFIS:
        afis.setdefault(area, []).append(text)

    def afi_blocks(area: str) -> list:
        items = afis.get(area, [])
        return [H("Areas for improvement", 3), Bul(tuple(items))] if items else []

    blocks = [
        H("PEEL 2021/22", 1),
        H("Police effectiveness, efficiency and legitimacy", 2),
        H("An inspection of Sussex Police", 2),
        P("Published: 10 November 2022"),
        H("Overall summary", 1),
        P("Sussex Police is good at protecting vulnerable people and managing offenders and suspects. But the "
          "force is inadequate at responding to the public, and it needs to improve how quickly it answers "
          "emergency calls."),
        P("We inspected how well the force disrupts serious organised crime separately. Our findings will be "
          "published in our report on the South East regional organised crime unit."),
        H("Providing a service to the victims of crime", 1),
        P("**The force requires improvement at providing a service to the victims of crime.**"),
        P("We reviewed 130 case files and 20 incidents of anti-social behaviour."),
    ] + afi_blocks("Providing a service to victims of crime") + [
        H("Engaging with and treating the public with fairness and respect", 1),
        P("**We found the force's performance in engaging with and treating the public with fairness and respect "
          "to be good.**"),
        H("Preventing crime and anti-social behaviour", 1),
        P("**Sussex Police is adequate at preventing crime and anti-social behaviour.**"),
        H("Responding to the public", 1),
        P("**Sussex Police is inadequate at responding to the public.**"),
        H("Cause of concern", 3),
        P(f"**{SUSSEX_COC}**"), P(SUSSEX_COC_DETAIL),
        H("Recommendations", 3),
        P(SUSSEX_LEAD), Bul(tuple(SUSSEX_RECS)),
    ] + afi_blocks("Responding to the public") + [
        H("Investigating crime", 1),
        P("**Sussex Police requires improvement in investigating crime.**"),
    ] + afi_blocks("Investigating crime") + [
        H("Protecting vulnerable people", 1),
        P("The force works well with partners to protect vulnerable people."),
        H("Managing offenders and suspects", 1),
        P("The force manages registered sex offenders well."),
        H("Building, supporting and protecting the workforce", 1),
        P("**Our overall judgment: Adequate**"),
        H("Strategic planning, organisational management and value for money", 1),
        P("**Our overall judgment: Adequate**"),
    ]
    docx = render_docx(blocks, title="PEEL 2021/22 Sussex Police", author="HMICFRS", when=WHEN,
                       header=("PEEL 2021/22 – Sussex Police",))
    evidence_free = [{"page": None, "force": SUSSEX, "framework": "PEEL 2021/22", "area": area, "area_raw": raw,
                      "grade": grade, "as_of": "2022-11"} for area, raw, grade in SUSSEX_GRADES]
    write("peel-2021-22-sussex.docx", docx, {
        "documents": [document_record("docx", None, "peel_report", SUSSEX_TITLE, SUSSEX,
                                      publication_date="2022-11-10")],
        "grades": evidence_free,
        "causes_of_concern": [{"page": None, "force": SUSSEX, "area": "Responding to the public", "text": SUSSEX_COC,
                               "detail": SUSSEX_COC_DETAIL}],
        "recommendations": [{"page": None, "force": SUSSEX, "cause_of_concern_text": SUSSEX_COC, "text": text,
                             "timescale": "Within three months", "lead_in": SUSSEX_LEAD} for text in SUSSEX_RECS],
        "areas_for_improvement": [{"page": None, "force": SUSSEX, "area": area, "text": text, "detail": None}
                                  for area, text in SUSSEX_AFIS]})


# --- 9. Cambridgeshire: a PCC's paper quoting two inspections' grades in prose ---------------------------------

CAMBS = "Cambridgeshire Constabulary"
CAMBS_ORG = "Police and Crime Commissioner for Cambridgeshire and Peterborough"
CAMBS_TITLE = "HMICFRS PEEL 2023–25 inspection of Cambridgeshire Constabulary"
CAMBS_2122 = [  # (canonical area, as printed, grade)
    ("Preventing crime", "preventing crime and anti-social behaviour", "Good"),
    ("Protecting vulnerable people", "protecting vulnerable people", "Good"),
    ("Police powers and public treatment", "engaging with and treating the public with fairness and respect",
     "Adequate"),
    ("Managing offenders", "managing offenders and suspects", "Adequate"),
    ("Developing a positive workplace", "building, supporting and protecting the workforce", "Adequate"),
    ("Good use of resources", "strategic planning, organisational management and value for money", "Adequate"),
    ("Responding to the public", "responding to the public", "Requires improvement"),
    ("Investigating crime", "investigating crime", "Requires improvement"),
    ("Providing a service to victims of crime", "providing a service to the victims of crime",
     "Requires improvement"),
]
CAMBS_2325 = [
    ("Preventing crime", "preventing crime", "Outstanding"),
    ("Police powers and public treatment", "police powers and public treatment", "Good"),
    ("Protecting vulnerable people", "protecting vulnerable people", "Good"),
    ("Managing offenders", "managing offenders", "Good"),
    ("Responding to the public", "responding to the public", "Adequate"),
    ("Developing a positive workplace", "developing a positive workplace", "Adequate"),
    ("Leadership and force management", "leadership and force management", "Adequate"),
    ("Investigating crime", "investigating crime", "Requires improvement"),
]


def cambridgeshire() -> None:
    def listed(items: list[str]) -> str:
        return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]

    def by_grade(grades, grade: str) -> str:
        return listed([raw for _, raw, g in grades if g == grade])

    blocks = [
        P("**Business Coordination Board**"),
        P("Date of meeting: 4 June 2025"),
        P(f"**{CAMBS_ORG}**"),
        H(CAMBS_TITLE, 1),
        H("1. Purpose", 2),
        P("1.1 This paper informs the Board of the findings of HMICFRS's PEEL 2023–25 inspection of Cambridgeshire "
          "Constabulary and of the progress the force has made since the previous inspection."),
        H("2. Background", 2),
        P("2.1 In its PEEL 2021/22 inspection, published in September 2022, HMICFRS found the force to be good at "
          f"{by_grade(CAMBS_2122, 'Good')}. It graded the force as adequate at "
          f"{by_grade(CAMBS_2122, 'Adequate')}."),
        P("2.2 The force was found to require improvement in "
          f"{by_grade(CAMBS_2122, 'Requires improvement')}."),
        H("3. The PEEL 2023–25 inspection", 2),
        P("3.1 HMICFRS published its PEEL 2023–25 report on Cambridgeshire Constabulary on 3 April 2025. It graded "
          f"the force as outstanding at {by_grade(CAMBS_2325, 'Outstanding')}, the first such grade the force "
          f"has received. The force was judged good at {by_grade(CAMBS_2325, 'Good')}."),
        P(f"3.2 HMICFRS found the force adequate in {by_grade(CAMBS_2325, 'Adequate')}, and it requires "
          f"improvement in {by_grade(CAMBS_2325, 'Requires improvement')}."),
        P("3.3 The report identified no causes of concern and seven areas for improvement, down from twelve in "
          "2021/22. The force's response to each will be reported to the Board in September 2025."),
        H("4. Recommendation", 2),
        P("4.1 The Board is asked to note the report."),
    ]
    docx = render_docx(blocks, title=CAMBS_TITLE, author="OPCC Cambridgeshire and Peterborough", when=WHEN)
    grades = [{"page": None, "force": CAMBS, "framework": framework, "area": area, "area_raw": raw, "grade": grade,
               "as_of": as_of}
              for framework, as_of, items in (("PEEL 2021/22", "2022-09", CAMBS_2122),
                                              ("PEEL 2023-25", "2025-04", CAMBS_2325))
              for area, raw, grade in items]
    write("cambridgeshire-bcb-2025-06-04.docx", docx, {
        "documents": [document_record("docx", None, "scrutiny_pack", CAMBS_TITLE, CAMBS, CAMBS_ORG,
                                      meeting_date="2025-06-04")],
        "grades": grades, "areas_for_improvement": [], "causes_of_concern": [], "recommendations": []})


if __name__ == "__main__":
    bedfordshire()
    bedfordshire_revisit()
    ministry_of_defence_police()
    thematic()
    west_midlands()
    surrey()
    nottinghamshire()
    sussex()
    cambridgeshire()
