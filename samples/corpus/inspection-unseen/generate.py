"""Inspection documents the extractors were not written against, and their gold.

    .venv/bin/python samples/corpus/inspection-unseen/generate.py

Five forces, five layouts, modelled on HMICFRS and PCC publications (the
forces' grades and findings here are invented; the structure and wording
follow the published reports):

- peel-2023-25-kent.pdf: a PEEL 2023-25 report as HMICFRS prints it: title
  page, contents with page numbers, "Our judgments" chart (one column per
  grade, the areas listed under it), "HM Inspector's summary", one section per
  area with its grade on a line of its own, "Areas for improvement" with
  numbered "Area for improvement 1" headings, a cause of concern with
  "Within six months" recommendations, main findings as bold statements,
  an "Innovative practice" box, page numbers in the footer. The force is
  named in the title and summary, "the force" elsewhere.
- peel-2021-22-lancashire.pdf: a PEEL 2021/22 report: the judgments as
  "Area: Grade" lines (one area "not graded"), each section's grade in a
  coloured box, causes of concern and areas for improvement in shaded boxes
  ("Within three months, the force should:" bullets; dated and
  "Within six months" recommendation sentences), an earlier inspection's
  grade recalled.
- ncpi-lincolnshire.pdf: a national child protection inspection: the
  judgments as bulleted sentences in the summary, the five topics as section
  headings ("Initial response", "Investigation"), two causes of concern each
  followed by "Recommendations" with "Within six months", "By <date>",
  "With immediate effect" and "Within three months" lead-ins, a promising
  practice box, a 2019 finding recalled.
- response-avon-and-somerset.docx: a PCC's published response: the office's
  name above the title, grades summarised only as counts, and a table
  (No. | HMICFRS area | Type | What HMICFRS said | Lead | Progress | Status)
  quoting the cause of concern, its recommendations and the areas for
  improvement, "the constabulary" for "the force".
- peel-2023-25-devon-cornwall-landscape.pdf: awkward: landscape A4 in two
  text columns, upper-case numbered headings ("3 FINDINGS BY AREA") over
  numbered area headings ("3.2 Investigating crime"), grades only in running
  sentences ("We graded the force as requiring improvement in ..."), two
  grades in one sentence, "anti-social" in one place and "antisocial" in
  another, earlier judgments recalled ("In 2022 we graded the force as
  inadequate ...") that are no grade of this report, numbered areas for
  improvement.

Gold is written here from the same content the documents print (never from
the pipeline's output); each PDF record's page is found by searching the
generated PDF's text for the record's own words, then checked by reading
`scrutiny inspect`. Output is deterministic (reportlab invariant; fixed zip
timestamps and core properties).
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pdfplumber
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[1] / "gold"
ZIP_TIME = (2025, 3, 28, 9, 0, 0)

PEEL_23 = "PEEL 2023-25"
PEEL_21 = "PEEL 2021/22"
CHILD = "Child protection"


def style(name: str, font: str = "Helvetica", size: float = 11, **extra: Any) -> ParagraphStyle:
    extra.setdefault("leading", round(size * 1.3, 1))
    extra.setdefault("spaceAfter", 6)
    return ParagraphStyle(name, fontName=font, fontSize=size, **extra)


@dataclass
class Report:
    """A document being written: its flowables and the gold records they carry.

    Each record keeps a `find` text: words of the record as printed, searched
    for in the generated PDF to give the record's page."""

    name: str
    force: str
    story: list = field(default_factory=list)
    records: dict[str, list[dict]] = field(default_factory=dict)
    finds: list[tuple[str, dict, str]] = field(default_factory=list)

    def add(self, *flowables: Any) -> None:
        self.story.extend(flowables)

    def record(self, record_type: str, find: str | None, **fields: Any) -> dict:
        record = {"page": None, "force": self.force, **fields}
        self.records.setdefault(record_type, []).append(record)
        if find:
            self.finds.append((record_type, record, find))
        return record


def words(text: str) -> str:
    """Text reduced to its letters and digits, for finding it in extracted PDF text."""
    return re.sub(r"[^a-z0-9]", "", text.lower().replace("\u2019", "'"))


def page_texts(data: bytes, columns: int = 1) -> list[str]:
    """Each page's text, read column by column where the page has several."""
    texts = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            width = float(page.width)
            parts = [page.crop((width * i / columns, 0, width * (i + 1) / columns, float(page.height)))
                     .extract_text() or "" for i in range(columns)]
            texts.append(words(" ".join(parts)))
    return texts


def locate(report: Report, data: bytes, columns: int = 1) -> None:
    """Give every record the first page that prints its `find` words (after
    the previous record's page where the same words come earlier, as in a
    contents list)."""
    texts = page_texts(data, columns)
    for kind, record, find in report.finds:
        key = words(find)[:60]
        pages = [number for number, text in enumerate(texts, start=1) if key in text]
        if not pages:
            raise SystemExit(f"{report.name}: {kind} text not found in the PDF: {find!r}")
        record["page"] = pages[-1] if kind == "section" else pages[0]


def write_gold(report: Report, document: dict, scored: tuple[str, ...]) -> None:
    records: dict[str, Any] = {"documents": [document]}
    for kind in scored:
        records[kind] = report.records.get(kind, [])
    gold = {
        "source_file": report.name,
        "expect": "ok",
        "checked": "Written from the generator's content (samples/corpus/inspection-unseen/generate.py), not from "
                   "the pipeline's output; PDF pages found by searching the generated PDF's text, then read "
                   "against `scrutiny inspect`.",
        "records": records,
    }
    (GOLD / f"{report.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


SCORED = ("grades", "areas_for_improvement", "causes_of_concern", "recommendations", "findings")


def doc_record(report: Report, *, file_type: str, pages: int | None, doc_kind: str, title: str,
               organisation: str | None, publication_date: str | None) -> dict:
    return {"page": None, "file_type": file_type, "pages": pages, "doc_kind": doc_kind, "title": title,
            "force": report.force, "organisation": organisation, "meeting_date": None,
            "publication_date": publication_date, "status": "ok"}


def pdf_pages(data: bytes) -> int:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return len(pdf.pages)


# --- (a) PEEL 2023-25, Kent Police ---------------------------------------------------------------

KENT = "Kent Police"
PURPLE = "#4b2e83"
A_BODY = style("a-body")
A_BOLD = style("a-bold", "Helvetica-Bold")
A_H1 = style("a-h1", "Helvetica-Bold", 20, textColor=PURPLE, spaceBefore=6, spaceAfter=10, keepWithNext=1)
A_H2 = style("a-h2", "Helvetica-Bold", 15, textColor=PURPLE, spaceBefore=8, keepWithNext=1)
A_H3 = style("a-h3", "Helvetica-Bold", 12.5, spaceBefore=6, keepWithNext=1)
A_GRADE = style("a-grade", "Helvetica-Bold", 13, textColor="#1d5c8c", spaceAfter=10)
A_BULLET = style("a-bullet", leftIndent=18, bulletIndent=6, spaceAfter=3, bulletFontName="Symbol")
A_CELL = style("a-cell", size=10, spaceAfter=2)
A_CELL_HEAD = style("a-cell-head", "Helvetica-Bold", 10, spaceAfter=2, textColor=colors.white)

KENT_GRADES = {  # grade -> areas as the chart prints them
    "Outstanding": [],
    "Good": ["Preventing crime", "Managing offenders"],
    "Adequate": ["Police powers and public treatment", "Protecting vulnerable people",
                 "Developing a positive workplace", "Leadership and force management"],
    "Requires improvement": ["Investigating crime"],
    "Inadequate": ["Responding to the public"],
}
KENT_SECTIONS = ["Overall summary", "Providing a service to victims of crime", "Police powers and public treatment",
                 "Preventing crime", "Responding to the public", "Investigating crime", "Protecting vulnerable people",
                 "Managing offenders", "Developing a positive workplace", "Leadership and force management"]


def kent_afis(report: Report, area: str, afis: list[tuple[str, list[str]]]) -> None:
    report.add(Paragraph("Areas for improvement", A_H2))
    for number, (text, detail) in enumerate(afis, start=1):
        report.add(Paragraph(f"Area for improvement {number}", A_H3), Paragraph(escape(text), A_BODY),
                   *[Paragraph(escape(p), A_BODY) for p in detail])
        report.record("areas_for_improvement", text, area=area, text=text, detail="\n\n".join(detail) or None)


def kent_findings(report: Report, area: str, findings: list[tuple[str, str]]) -> None:
    report.add(Paragraph("Main findings", A_H2))
    for statement, explanation in findings:
        report.add(Paragraph(escape(statement), A_BOLD), Paragraph(escape(explanation), A_BODY))
        report.record("findings", statement, area=area, kind="main_finding", text=statement)


def kent_section(report: Report, area: str, grade: str | None) -> None:
    report.add(PageBreak(), Paragraph(area, A_H1))
    if grade:
        report.add(Paragraph(grade, A_GRADE))


def kent_story(contents_pages: dict[str, int]) -> Report:
    report = Report("peel-2023-25-kent.pdf", KENT)
    report.add(Spacer(1, 150), Paragraph("PEEL 2023–25", style("t1", "Helvetica-Bold", 34, textColor=PURPLE,
                                                               leading=40, spaceAfter=18)),
               Paragraph("Police effectiveness, efficiency and legitimacy", style("t2", size=18, leading=24)),
               Paragraph("An inspection of Kent Police", style("t3", "Helvetica-Bold", 18, leading=24)),
               Spacer(1, 40), Paragraph("March 2025", style("t4", size=13)), PageBreak())
    contents = Table([[Paragraph(title, A_BODY), Paragraph(str(contents_pages.get(title, 0)), A_BODY)]
                      for title in KENT_SECTIONS], colWidths=[380, 60], hAlign="LEFT")
    report.add(Paragraph("Contents", A_H1), contents, PageBreak())
    for title in KENT_SECTIONS:
        report.record("section", title, title=title)

    report.add(Paragraph("Overall summary", A_H1), Paragraph("Our judgments", A_H2),
               Paragraph("Our inspection assessed how good Kent Police is in nine areas of policing. We make graded "
                         "judgments in eight of these nine as follows:", A_BODY))
    fills = {"Outstanding": "#0b6e4f", "Good": "#4f9d2d", "Adequate": "#d89b00", "Requires improvement": "#d35f00",
             "Inadequate": "#b00020"}
    header = [Paragraph(grade, A_CELL_HEAD) for grade in KENT_GRADES]
    body = [[Paragraph(area, A_CELL) for area in areas] for areas in KENT_GRADES.values()]
    chart = Table([header, body], colWidths=[94] * 5, hAlign="LEFT")
    chart.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, "#999999"),
                               *[("BACKGROUND", (col, 0), (col, 0), fill) for col, fill in enumerate(fills.values())]]))
    report.add(chart, Spacer(1, 10))
    for grade, areas in KENT_GRADES.items():
        for area in areas:
            report.record("grades", "Our inspection assessed how good Kent Police", framework=PEEL_23, area=area,
                          area_raw=area, grade=grade, as_of="2025-03")
    report.add(
        Paragraph("We also inspected how effective a service Kent Police gives to victims of crime. We don’t make a "
                  "graded judgment for this area.", A_BODY),
        Paragraph("We set out our detailed findings about things the force is doing well and where the force should "
                  "improve in the rest of this report.", A_BODY),
        Paragraph("HM Inspector’s summary", A_H2),
        Paragraph("I am pleased with some aspects of the performance of Kent Police in keeping people safe and "
                  "reducing crime, but the force needs to improve in several areas.", A_BODY),
        Paragraph("Since our 2021/22 inspection, when we found the force needed to improve how it answered calls, "
                  "demand in the control room has risen. I have serious concerns about how quickly the force "
                  "answers calls from the public, and I have set out my concerns and recommendations below.", A_BODY),
        Paragraph("The force has a well-established approach to preventing crime, and it works well with partner "
                  "organisations to manage offenders in the community.", A_BODY),
    )

    kent_section(report, "Providing a service to victims of crime", None)
    report.add(Paragraph("We assess how well the force provides a service to victims of crime, from when they first "
                         "contact the police until the end of the investigation. We audited 110 cases as part of "
                         "this assessment.", A_BODY))
    kent_findings(report, "Providing a service to victims of crime", [
        ("The force records most crimes it should, but it doesn’t always record crimes reported with antisocial "
         "behaviour", "We found that 14 of the 38 antisocial behaviour incidents we reviewed included a crime that "
         "the force had not recorded."),
    ])

    kent_section(report, "Police powers and public treatment", "Adequate")
    report.add(Paragraph("The force generally uses its powers fairly, and it is improving how it explains its use of "
                         "stop and search to communities.", A_BODY))
    kent_afis(report, "Police powers and public treatment", [
        ("The force should make sure officers record the grounds for every stop and search they carry out",
         ["We reviewed 150 stop and search records. In 21 of them, the grounds recorded were not reasonable.",
          "Supervisors rarely reviewed the records, so the force missed opportunities to correct poor practice."]),
    ])

    kent_section(report, "Preventing crime", "Good")
    kent_findings(report, "Preventing crime", [
        ("The force prioritises preventing crime and antisocial behaviour",
         "Neighbourhood teams have clear priorities agreed with communities and partner organisations."),
        ("The force uses problem-solving well", "Officers use a recognised problem-solving model and record their "
         "plans so that others can build on them."),
    ])
    box = Table([[Paragraph("Innovative practice", style("ip-h", "Helvetica-Bold", 12, textColor=PURPLE))],
                 [Paragraph("The force uses a mobile app to keep neighbourhood watch members informed", A_BOLD)],
                 [Paragraph("Volunteers receive local crime alerts and prevention advice, and can report concerns "
                            "straight to their neighbourhood team.", A_BODY)]], colWidths=[440], hAlign="LEFT")
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), "#efeaf7"), ("BOX", (0, 0), (-1, -1), 1, PURPLE)]))
    report.add(box)
    report.record("findings", "The force uses a mobile app to keep neighbourhood watch members informed",
                  area="Preventing crime", kind="innovative_practice",
                  text="The force uses a mobile app to keep neighbourhood watch members informed")

    kent_section(report, "Responding to the public", "Inadequate")
    cause = ("The force doesn’t answer calls from the public quickly enough, and it doesn’t identify vulnerable "
             "callers well enough")
    cause_detail = [
        "In the year to 30 June 2024, the force answered 62 percent of emergency calls within ten seconds. The "
        "national standard is 90 percent.",
        "Call handlers didn’t use a structured process to assess risk in 19 of the 80 calls we reviewed. This means "
        "that vulnerable callers may not get the help they need.",
    ]
    report.add(Paragraph("Cause of concern", A_H2), Paragraph(escape(cause), A_BOLD),
               *[Paragraph(escape(p), A_BODY) for p in cause_detail],
               Paragraph("Recommendations", A_H3),
               Paragraph("Within six months, the force should:", A_BODY))
    report.record("causes_of_concern", cause, area="Responding to the public", text=cause,
                  detail="\n\n".join(cause_detail))
    lead = "Within six months, the force should:"
    for text in ("make sure it has enough trained call handlers to meet demand at peak times",
                 "make sure call handlers use a structured triage process to assess risk on every call",
                 "improve how supervisors oversee calls that are waiting to be answered."):
        report.add(Paragraph(escape(text), A_BULLET, bulletText="\u2022"))
        report.record("recommendations", text, cause_of_concern_text=cause, text=text,
                      timescale="Within six months", lead_in=lead)
    kent_afis(report, "Responding to the public", [
        ("The force should make sure it attends incidents within the times it has set", [
            "The force attended 58 percent of priority incidents within its target time of one hour."]),
    ])

    kent_section(report, "Investigating crime", "Requires improvement")
    kent_afis(report, "Investigating crime", [
        ("The force should make sure investigations are supervised effectively", [
            "In 31 of the 90 investigations we reviewed, supervisors did not review the investigation plan or set "
            "clear lines of enquiry.",
            "Without effective supervision, investigations can be delayed and evidence lost."]),
        ("The force needs to make sure it records the reasons when victims withdraw their support for a prosecution",
         ["Officers recorded a reason in only half of the cases we examined. The force can’t tell whether it could "
          "have done more to support these victims."]),
    ])
    kent_findings(report, "Investigating crime", [
        ("The force is reducing the number of investigations waiting to be allocated",
         "A new investigation hub now reviews every crime within 24 hours of it being recorded."),
    ])

    kent_section(report, "Protecting vulnerable people", "Adequate")
    kent_afis(report, "Protecting vulnerable people", [
        ("The force should improve how it uses the domestic violence disclosure scheme", [
            "The force took an average of 61 days to complete a disclosure, against the national guidance of 35 "
            "days."]),
    ])

    kent_section(report, "Managing offenders", "Good")
    kent_findings(report, "Managing offenders", [
        ("The force manages registered sex offenders effectively",
         "Offender managers complete risk assessments on time and visit offenders as often as their risk requires."),
    ])

    kent_section(report, "Developing a positive workplace", "Adequate")
    kent_afis(report, "Developing a positive workplace", [
        ("The force should make sure that all officers and staff have a meaningful annual development review", [
            "Only 41 percent of officers and staff told us their last review had helped them develop."]),
    ])

    kent_section(report, "Leadership and force management", "Adequate")
    kent_afis(report, "Leadership and force management", [
        ("The force should improve its understanding of the demand it faces and the resources it needs to meet it", [
            "The force’s demand analysis does not include the time officers spend on safeguarding work after an "
            "incident."]),
        ("The force should make sure its change programme has clear measures of success", []),
    ])
    return report


def footer(canvas: Any, doc: Any) -> None:
    if doc.page > 1:
        canvas.setFont("Helvetica", 9)
        canvas.drawCentredString(A4[0] / 2, 30, str(doc.page))


def build_pdf(report: Report, **template: Any) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1, leftMargin=65, rightMargin=65, topMargin=60,
                            bottomMargin=60, **template)
    doc.build(list(report.story), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def kent() -> bytes:
    # Two passes: the contents page lists the pages the sections fall on.
    first = kent_story({})
    data = build_pdf(first, title="PEEL 2023–25: An inspection of Kent Police", author="HMICFRS")
    locate(first, data)
    report = kent_story({r["title"]: r["page"] for r in first.records["section"]})
    data = build_pdf(report, title="PEEL 2023–25: An inspection of Kent Police", author="HMICFRS")
    locate(report, data)
    write_gold(report, doc_record(
        report, file_type="pdf", pages=pdf_pages(data), doc_kind="peel_report",
        title="PEEL 2023–25 Police effectiveness, efficiency and legitimacy: An inspection of Kent Police",
        organisation=None, publication_date=None), SCORED)  # the cover gives the month only
    return data


# --- (b) PEEL 2021/22, Lancashire Constabulary ------------------------------------------------------

LANCASHIRE = "Lancashire Constabulary"
B_BODY = style("b-body", size=11.5, leading=15)
B_BOLD = style("b-bold", "Helvetica-Bold", 11.5, leading=15)
B_H1 = style("b-h1", "Helvetica-Bold", 18, textColor="#003b5c", spaceBefore=10, spaceAfter=8, keepWithNext=1)
B_BULLET = style("b-bullet", size=11.5, leading=15, leftIndent=20, bulletIndent=8, spaceAfter=3,
                 bulletFontName="Symbol")
LANCASHIRE_GRADES = [  # area as printed, canonical area, grade
    ("Engaging with and treating the public with fairness and respect", "Police powers and public treatment", "Good"),
    ("Preventing crime and anti-social behaviour", "Preventing crime", "Good"),
    ("Responding to the public", "Responding to the public", "Inadequate"),
    ("Investigating crime", "Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Protecting vulnerable people", "Requires improvement"),
    ("Managing offenders and suspects", "Managing offenders", "Adequate"),
    ("Building, supporting and protecting the workforce", "Developing a positive workplace", "Adequate"),
    ("Strategic planning, organisational management and value for money", "Good use of resources", "Good"),
    ("Recording data about crime", "Recording data about crime", "Adequate"),
]
GRADE_FILLS = {"Outstanding": "#0b6e4f", "Good": "#4f9d2d", "Adequate": "#b07d00", "Requires improvement": "#c75300",
               "Inadequate": "#a0001c"}


def shaded_box(rows: list[Any], fill: str = "#e6eef3") -> Table:
    box = Table([[row] for row in rows], colWidths=[450], hAlign="LEFT")
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), fill), ("BOX", (0, 0), (-1, -1), 0.75, "#003b5c"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10)]))
    return box


def lancashire_section(report: Report, area_raw: str, grade: str) -> None:
    label = Table([[Paragraph(grade, style("b-grade", "Helvetica-Bold", 12, textColor=colors.white))]],
                  colWidths=[170], hAlign="LEFT")
    label.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GRADE_FILLS[grade])]))
    report.add(PageBreak(), Paragraph(escape(area_raw), B_H1), label, Spacer(1, 8))


def lancashire() -> bytes:
    report = Report("peel-2021-22-lancashire.pdf", LANCASHIRE)
    report.add(Spacer(1, 120),
               Paragraph("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
                         style("lt1", "Helvetica-Bold", 24, leading=30, textColor="#003b5c")),
               Paragraph("An inspection of Lancashire Constabulary", style("lt2", size=20, leading=26)),
               Spacer(1, 30), Paragraph("Published: 17 November 2022", B_BODY), PageBreak(),
               Paragraph("Overall summary", B_H1),
               Paragraph("Our judgments", style("b-h2", "Helvetica-Bold", 14, spaceBefore=6)),
               Paragraph("Our inspection assessed how good Lancashire Constabulary is in ten areas of policing. We "
                         "make graded judgments in nine of these ten as follows:", B_BODY))
    for area_raw, area, grade in LANCASHIRE_GRADES:
        line = f"{area_raw}: {grade}"
        report.add(Paragraph(escape(line), B_BODY))
        report.record("grades", line, framework=PEEL_21, area=area, area_raw=area_raw, grade=grade,
                      as_of="2022-11")
    report.add(Paragraph("Providing a service to the victims of crime: not graded", B_BODY),
               Paragraph("We set out our detailed findings about things the force is doing well and where it should "
                         "improve in the rest of this report.", B_BODY))

    lancashire_section(report, "Engaging with and treating the public with fairness and respect", "Good")
    report.add(Paragraph("The force makes sure its officers and staff understand the importance of treating people "
                         "fairly and with respect. It has an effective external scrutiny panel for stop and search "
                         "and use of force.", B_BODY))

    lancashire_section(report, "Preventing crime and anti-social behaviour", "Good")
    report.add(Paragraph("The force has made tackling anti-social behaviour a priority and works well with councils "
                         "and housing providers.", B_BODY))
    report.add(shaded_box([Paragraph("Promising practice", B_BOLD),
                           Paragraph("Youth diversion scheme reduces repeat offending among young people", B_BOLD),
                           Paragraph("The scheme offers young people who commit low-level offences a mentor and "
                                     "activities instead of prosecution.", B_BODY)], "#eef5e9"))
    report.record("findings", "Youth diversion scheme reduces repeat offending", area="Preventing crime",
                  kind="promising_practice", text="Youth diversion scheme reduces repeat offending among young people")

    lancashire_section(report, "Responding to the public", "Inadequate")
    cause = ("The force isn’t responding to calls for service quickly enough. This means it isn’t always "
             "identifying and assessing risk effectively.")
    lead = "Within three months, the force should:"
    recs = ["make sure it answers emergency calls within national standards",
            "make sure call handlers identify repeat and vulnerable callers and record this on the incident log",
            "make sure it has enough staff in the control room to meet demand."]
    report.add(shaded_box([Paragraph("Cause of concern", B_BOLD), Paragraph(escape(cause), B_BODY),
                           Paragraph("Recommendations", B_BOLD), Paragraph(lead, B_BODY),
                           *[Paragraph(escape(r), B_BULLET, bulletText="\u2022") for r in recs]]))
    report.record("causes_of_concern", "The force isn’t responding to calls for service quickly enough",
                  area="Responding to the public", text=cause, detail=None)
    for text in recs:
        report.record("recommendations", text, cause_of_concern_text=cause, text=text,
                      timescale="Within three months", lead_in=lead)
    report.add(Spacer(1, 10),
               Paragraph("In the year to March 2022, the force answered 71 percent of emergency calls within ten "
                         "seconds. Many callers abandoned non-emergency calls before they were answered.", B_BODY))
    afi = "The force should make sure it gives callers appropriate advice on preserving evidence"
    report.add(shaded_box([Paragraph("Area for improvement", B_BOLD), Paragraph(escape(afi), B_BODY)]))
    report.record("areas_for_improvement", afi, area="Responding to the public", text=afi, detail=None)

    lancashire_section(report, "Investigating crime", "Requires improvement")
    afis = ["The force should make sure that investigation plans are recorded and supervised",
            "The force should make sure it seeks and records victims’ views when finalising investigations",
            "The force should improve its use of bail and released under investigation"]
    report.add(shaded_box([Paragraph("Areas for improvement", B_BOLD),
                           *[Paragraph(escape(a), B_BULLET, bulletText="\u2022") for a in afis]]))
    for text in afis:
        report.record("areas_for_improvement", text, area="Investigating crime", text=text, detail=None)
    report.add(Spacer(1, 10), Paragraph("Investigations were generally thorough, but a third of the files we "
                                        "reviewed had no investigation plan.", B_BODY))

    lancashire_section(report, "Protecting vulnerable people", "Requires improvement")
    report.add(Paragraph("In our 2018/19 inspection, we judged the force to be good at protecting vulnerable "
                         "people. The force has since restructured its public protection teams.", B_BODY))
    cause = "The force doesn’t always identify and safeguard vulnerable children effectively"
    dated = ("By 31 March 2023, the force should make sure that all officers understand how to identify and record "
             "the risks to children present at domestic abuse incidents.")
    within = ("Within six months, the force should review how it allocates investigations involving child "
              "exploitation.")
    report.add(shaded_box([Paragraph("Cause of concern", B_BOLD), Paragraph(escape(cause), B_BODY),
                           Paragraph("Recommendations", B_BOLD), Paragraph(escape(dated), B_BODY),
                           Paragraph(escape(within), B_BODY)]))
    report.record("causes_of_concern", cause, area="Protecting vulnerable people", text=cause, detail=None)
    report.record("recommendations", dated, cause_of_concern_text=cause, text=dated, timescale="By 31 March 2023",
                  lead_in=None)
    report.record("recommendations", within, cause_of_concern_text=cause, text=within, timescale="Within six months",
                  lead_in=None)

    lancashire_section(report, "Managing offenders and suspects", "Adequate")
    afi = "The force should make sure it completes visits to registered sex offenders on time"
    report.add(shaded_box([Paragraph("Area for improvement", B_BOLD), Paragraph(escape(afi), B_BODY)]))
    report.record("areas_for_improvement", afi, area="Managing offenders", text=afi, detail=None)

    lancashire_section(report, "Building, supporting and protecting the workforce", "Adequate")
    afi = "The force should make sure it understands the wellbeing needs of its workforce"
    report.add(shaded_box([Paragraph("Area for improvement", B_BOLD), Paragraph(escape(afi), B_BODY)]))
    report.record("areas_for_improvement", afi, area="Developing a positive workplace", text=afi, detail=None)

    lancashire_section(report, "Strategic planning, organisational management and value for money", "Good")
    report.add(Paragraph("The force has a good understanding of the demand it faces and plans its finances well.",
                         B_BODY))
    data = build_pdf(report, title="PEEL 2021/22: An inspection of Lancashire Constabulary", author="HMICFRS")
    locate(report, data)
    write_gold(report, doc_record(
        report, file_type="pdf", pages=pdf_pages(data), doc_kind="peel_report",
        title="PEEL: Police effectiveness, efficiency and legitimacy 2021/22 An inspection of Lancashire Constabulary",
        organisation=None, publication_date="2022-11-17"), SCORED)
    return data


# --- (c) National child protection inspection, Lincolnshire Police ---------------------------------------

LINCOLNSHIRE = "Lincolnshire Police"
C_BODY = style("c-body", "Times-Roman", 11.5, leading=15)
C_BOLD = style("c-bold", "Times-Bold", 11.5, leading=15)
C_H1 = style("c-h1", "Helvetica-Bold", 17, textColor="#005a70", spaceBefore=10, spaceAfter=8, keepWithNext=1)
C_H2 = style("c-h2", "Helvetica-Bold", 13.5, textColor="#005a70", spaceBefore=8, keepWithNext=1)
C_H3 = style("c-h3", "Helvetica-Bold", 12, spaceBefore=6, keepWithNext=1)
C_BULLET = style("c-bullet", "Times-Roman", 11.5, leading=15, leftIndent=20, bulletIndent=8, spaceAfter=3,
                 bulletFontName="Symbol")
LINCOLNSHIRE_JUDGMENTS = [  # sentence, area as printed in it, canonical area, grade
    ("The force’s leadership of child protection is adequate.", "leadership of child protection",
     "Child protection leadership", "Adequate"),
    ("The force is good at working with safeguarding partners.", "working with safeguarding partners",
     "Working with safeguarding partners", "Good"),
    ("The force’s initial response to children at risk requires improvement.", "initial response to children at risk",
     "Responding to children at risk of harm", "Requires improvement"),
    ("The force is adequate at assessing risk to children and making referrals.",
     "assessing risk to children and making referrals", "Assessing risk to children and making appropriate referrals",
     "Adequate"),
    ("The force is inadequate at investigating reports of abuse, neglect and exploitation of children.",
     "investigating reports of abuse, neglect and exploitation of children",
     "Investigating reports of abuse, neglect and exploitation of children", "Inadequate"),
]


def lincolnshire_cause(report: Report, area: str, cause: str, detail: list[str],
                       groups: list[tuple[str, str, list[str]]]) -> None:
    report.add(Paragraph("Cause of concern", C_H3), Paragraph(escape(cause), C_BOLD),
               *[Paragraph(escape(p), C_BODY) for p in detail], Paragraph("Recommendations", C_H3))
    report.record("causes_of_concern", cause, area=area, text=cause, detail="\n\n".join(detail))
    for lead, timescale, items in groups:
        report.add(Paragraph(escape(lead), C_BODY), *[Paragraph(escape(i), C_BULLET, bulletText="\u2022")
                                                      for i in items])
        for text in items:
            report.record("recommendations", text, cause_of_concern_text=cause, text=text, timescale=timescale,
                          lead_in=lead)


def lincolnshire_afi(report: Report, area: str, text: str, detail: list[str]) -> None:
    report.add(Paragraph("Area for improvement", C_H3), Paragraph(escape(text), C_BOLD),
               *[Paragraph(escape(p), C_BODY) for p in detail])
    report.record("areas_for_improvement", text, area=area, text=text, detail="\n\n".join(detail))


def lincolnshire() -> bytes:
    report = Report("ncpi-lincolnshire.pdf", LINCOLNSHIRE)
    report.add(Spacer(1, 140),
               Paragraph("National child protection inspection", style("ct1", "Helvetica-Bold", 26, leading=32,
                                                                     textColor="#005a70")),
               Paragraph("Lincolnshire Police", style("ct2", "Helvetica", 22, leading=28)),
               Spacer(1, 30), Paragraph("12 June 2025", C_BODY), PageBreak(),
               Paragraph("Summary", C_H1),
               Paragraph("We inspected how well Lincolnshire Police protects children at risk of harm. We looked at "
                         "five areas of its work.", C_BODY),
               Paragraph("Our judgments", C_H2))
    for sentence, area_raw, area, grade in LINCOLNSHIRE_JUDGMENTS:
        report.add(Paragraph(escape(sentence), C_BULLET, bulletText="\u2022"))
        report.record("grades", sentence, framework=CHILD, area=area, area_raw=area_raw, grade=grade, as_of="2025-06")
    report.add(Paragraph("Our 2019 inspection found the force’s response to missing children to be inadequate. The "
                         "force has made some progress since then, but we still have concerns.", C_BODY),
               PageBreak())

    report.add(Paragraph("Leadership", C_H1),
               Paragraph("Senior leaders are committed to protecting children, and a chief officer chairs the "
                         "force’s vulnerability board. But leaders do not have enough information about the quality "
                         "of the service children receive.", C_BODY))
    report.add(Paragraph("Partnership working", C_H1),
               Paragraph("The force is an active member of the local safeguarding children partnership.", C_BODY))
    box = Table([[Paragraph("Promising practice", style("pp", "Helvetica-Bold", 11.5, textColor="#005a70"))],
                 [Paragraph("Daily meetings with partners to share information about missing children", C_BOLD)],
                 [Paragraph("Police, social care and health staff meet every morning to review children reported "
                            "missing overnight and agree who will follow up.", C_BODY)]],
                colWidths=[440], hAlign="LEFT")
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, "#005a70"), ("BACKGROUND", (0, 0), (-1, -1), "#e8f3f5")]))
    report.add(box)
    report.record("findings", "Daily meetings with partners to share information", area="Working with safeguarding "
                  "partners", kind="promising_practice",
                  text="Daily meetings with partners to share information about missing children")

    report.add(PageBreak(), Paragraph("Initial response", C_H1),
               Paragraph("Call handlers generally recognise when a child is at risk, but officers attending incidents "
                         "do not always speak to the children present.", C_BODY))
    lincolnshire_cause(
        report, "Responding to children at risk of harm",
        "The force doesn’t consistently respond to children who go missing from home or care in a way that keeps "
        "them safe",
        ["In 9 of the 20 missing children cases we reviewed, the force graded the risk as lower than it should have "
         "been.",
         "Officers completed return home interviews by telephone in most cases, and often did not ask where the "
         "child had been or who they had been with."],
        [("Within six months, Lincolnshire Police should:", "Within six months",
          ["make sure that risk assessments for missing children take account of the risk of exploitation",
           "make sure that officers see every child in person when they return"]),
         ("By 31 December 2025, the force should make sure that:", "By 31 December 2025",
          ["supervisors review the risk grading of every missing child incident",
           "information from return home interviews is shared with partners."])])
    lincolnshire_afi(report, "Responding to children at risk of harm",
                     "The force should make sure officers attending incidents speak to children and record their "
                     "views", ["Officers recorded the child’s views in only 11 of the 35 cases where they could have "
                               "done so."])

    report.add(PageBreak(), Paragraph("Risk assessment and referral", C_H1),
               Paragraph("The force’s central referral unit assesses most referrals promptly.", C_BODY))
    lincolnshire_afi(report, "Assessing risk to children and making appropriate referrals",
                     "The force should improve the quality of the referrals it makes to children’s social care",
                     ["Many referrals did not explain what the officer had seen or why they were concerned.",
                      "Social workers told us they often had to contact the officer to find out more."])

    report.add(PageBreak(), Paragraph("Investigation", C_H1),
               Paragraph("For these reasons, we have graded the force as inadequate for investigation.", C_BODY))
    lincolnshire_cause(
        report, "Investigating reports of abuse, neglect and exploitation of children",
        "The force isn’t investigating crimes against children effectively or quickly enough",
        ["Investigations were delayed in 14 of the 30 cases we reviewed, and supervisors rarely set lines of "
         "enquiry."],
        [("With immediate effect, the force should:", "With immediate effect",
          ["review all open investigations of child sexual abuse to make sure they are allocated to trained officers",
           "make sure digital devices are seized and examined promptly"]),
         ("Within three months, the force should:", "Within three months",
          ["introduce a process for supervisors to review child abuse investigations every 28 days."])])
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1, leftMargin=70, rightMargin=70, topMargin=70,
                            bottomMargin=70, title="National child protection inspection: Lincolnshire Police",
                            author="HMICFRS")
    doc.build(list(report.story), onFirstPage=footer, onLaterPages=footer)
    data = buffer.getvalue()
    locate(report, data)
    write_gold(report, doc_record(
        report, file_type="pdf", pages=pdf_pages(data), doc_kind="child_protection_report",
        title="National child protection inspection: Lincolnshire Police", organisation=None,
        publication_date="2025-06-12"), SCORED)
    return data


# --- (d) PCC response, Avon and Somerset Constabulary (DOCX) ------------------------------------------

AVON = "Avon and Somerset Constabulary"
AVON_CAUSE = "The constabulary isn’t answering emergency and non-emergency calls quickly enough"
AVON_ROWS = [  # number, area as printed, canonical area, type, text, lead, progress, status
    ("1", "Responding to the public", "Responding to the public", "Cause of concern", AVON_CAUSE,
     "ACC Operations", "Call handler recruitment is complete; 40 new call handlers started in January.", "Amber"),
    ("1.1", "Responding to the public", "Responding to the public", "Recommendation",
     "Within six months, the constabulary should make sure it answers emergency calls within ten seconds, in line "
     "with national standards", "ACC Operations", "94 percent of emergency calls answered within ten seconds in "
     "February.", "Green"),
    ("1.2", "Responding to the public", "Responding to the public", "Recommendation",
     "By 30 September 2025, the constabulary should reduce the number of non-emergency calls that callers abandon",
     "Head of Contact", "Abandonment rate down from 24 percent to 15 percent.", "Amber"),
    ("2", "Investigating crime", "Investigating crime", "AFI",
     "The constabulary should make sure investigations are allocated to staff with the right skills and experience",
     "Head of Crime", "New allocation policy agreed; audit due in June.", "Amber"),
    ("3", "Protecting vulnerable people", "Protecting vulnerable people", "AFI",
     "The constabulary needs to improve how quickly it makes disclosures under the domestic violence disclosure "
     "scheme", "Head of Public Protection", "Average time to disclosure now 29 days.", "Green"),
    ("4", "Police powers and treating the public fairly and respectfully", "Police powers and public treatment", "AFI",
     "The constabulary should make sure supervisors review their officers’ use of force records", "Head of "
     "Professional Standards", "Dip sampling introduced; quarterly report to the scrutiny panel.", "Green"),
    ("5", "Developing a positive workplace", "Developing a positive workplace", "AFI",
     "The constabulary should improve how it supports the wellbeing of officers and staff in its control room",
     "Director of People", "Wellbeing survey of control room staff planned for May.", "Red"),
]


def _cell_fill(cell: Any, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def stable_docx(data: bytes) -> bytes:
    """The same DOCX with fixed zip timestamps and core-property dates."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-03-28T09:00:00Z", body)
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, body)
    return out.getvalue()


def avon() -> bytes:
    report = Report("response-avon-and-somerset.docx", AVON)
    document = Document()
    properties = document.core_properties
    properties.title, properties.author = "PCC response to HMICFRS PEEL 2023-25", "OPCC Avon and Somerset"
    properties.created = properties.modified = datetime(2025, 3, 28, 9, 0, 0)
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    letterhead = document.styles.add_style("Letterhead", WD_STYLE_TYPE.PARAGRAPH)
    letterhead.font.name, letterhead.font.size = "Arial", Pt(12)
    letterhead.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    document.add_paragraph("Office of the Police and Crime Commissioner for Avon and Somerset", style="Letterhead")
    title = ("Police and Crime Commissioner’s response to the HMICFRS PEEL 2023–25 inspection of Avon and Somerset "
             "Constabulary")
    document.add_heading(title, 1)
    document.add_paragraph("Date: 28 March 2025")
    document.add_heading("Introduction", 2)
    document.add_paragraph("HMICFRS published its PEEL report on the constabulary on 6 February 2025. It graded the "
                           "constabulary as good in two areas, adequate in four and as requiring improvement in "
                           "three.")
    document.add_paragraph("Section 55 of the Police Act 1996 requires me to publish a response to the report. I "
                           "have asked the Chief Constable for his views, and I will hold him to account for "
                           "progress through my Performance and Accountability Board.")
    document.add_heading("Progress against the report’s findings", 2)
    header = ("No.", "HMICFRS area", "Type", "What HMICFRS said", "Lead", "Progress", "Status")
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        cell.paragraphs[0].add_run(text).bold = True
        _cell_fill(cell, "D9D9D9")
    fills = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}
    for number, area_raw, area, kind, text, lead, progress, status in AVON_ROWS:
        cells = table.add_row().cells
        for cell, value in zip(cells, (number, area_raw, kind, text, lead, progress, status)):
            cell.paragraphs[0].add_run(value)
        _cell_fill(cells[-1], fills[status])
        if kind == "Cause of concern":
            report.record("causes_of_concern", None, area=area, text=text, detail=None)
        elif kind == "Recommendation":
            timescale = re.match(r"(Within \w+ months|By \d+ \w+ \d{4})", text).group(1)
            report.record("recommendations", None, cause_of_concern_text=AVON_CAUSE, text=text, timescale=timescale,
                          lead_in=None)
        else:
            report.record("areas_for_improvement", None, area=area, text=text, detail=None)
    document.add_paragraph("")
    document.add_paragraph("I will publish a further update when the constabulary’s next PEEL inspection begins.")
    buffer = io.BytesIO()
    document.save(buffer)
    data = stable_docx(buffer.getvalue())
    report.records["grades"] = []
    report.records["findings"] = []
    write_gold(report, doc_record(report, file_type="docx", pages=None, doc_kind="force_response", title=title,
                                  organisation="Police and Crime Commissioner for Avon and Somerset",
                                  publication_date="2025-03-28"), SCORED)
    return data


# --- (e) PEEL 2023-25, Devon and Cornwall Police: landscape, two columns --------------------------------

DEVON = "Devon and Cornwall Police"
E_BODY = style("e-body", "Times-Roman", 10.5, leading=13.5)
E_BOLD = style("e-bold", "Times-Bold", 10.5, leading=13.5)
E_H1 = style("e-h1", "Helvetica-Bold", 14, spaceBefore=8, spaceAfter=6, keepWithNext=1)
E_H2 = style("e-h2", "Helvetica-Bold", 12, spaceBefore=6, spaceAfter=4, keepWithNext=1)
E_CAPS = style("e-caps", "Helvetica-Bold", 10.5, spaceBefore=4, spaceAfter=3, keepWithNext=1)
E_NUMBERED = style("e-num", "Times-Roman", 10.5, leading=13.5, leftIndent=18, bulletIndent=4, spaceAfter=3)
E_BULLET = style("e-bullet", "Times-Roman", 10.5, leading=13.5, leftIndent=18, bulletIndent=6, spaceAfter=3,
                 bulletFontName="Symbol")
DEVON_SUMMARY = [  # sentence, [(area as printed, canonical area, grade)]
    ("We graded the force as requiring improvement in investigating crime and in responding to the public.",
     [("investigating crime", "Investigating crime", "Requires improvement"),
      ("responding to the public", "Responding to the public", "Requires improvement")]),
    ("The force is good at preventing crime and anti-social behaviour.",
     [("preventing crime and anti-social behaviour", "Preventing crime", "Good")]),
    ("We found it to be adequate at protecting vulnerable people.",
     [("protecting vulnerable people", "Protecting vulnerable people", "Adequate")]),
    ("It is also adequate at managing offenders and suspects.",
     [("managing offenders and suspects", "Managing offenders", "Adequate")]),
    ("The force is good at developing a positive workplace.",
     [("developing a positive workplace", "Developing a positive workplace", "Good")]),
    ("The force is outstanding at using police powers and treating the public fairly.",
     [("using police powers and treating the public fairly", "Police powers and public treatment", "Outstanding")]),
    ("Leadership and force management is adequate.",
     [("Leadership and force management", "Leadership and force management", "Adequate")]),
]


def devon_story() -> Report:
    report = Report("peel-2023-25-devon-cornwall-landscape.pdf", DEVON)
    report.add(Paragraph("PEEL 2023–25: an inspection of Devon and Cornwall Police",
                         style("et", "Helvetica-Bold", 22, leading=28, spaceAfter=4)),
               Paragraph("Published 5 December 2024", E_BODY), NextPageTemplate("columns"), FrameBreak())
    report.add(Paragraph("1 SUMMARY", E_H1))
    sentences = " ".join(sentence for sentence, _ in DEVON_SUMMARY)
    report.add(Paragraph(escape(sentences), E_BODY))
    for sentence, grades in DEVON_SUMMARY:
        for area_raw, area, grade in grades:
            report.record("grades", sentence, framework=PEEL_23, area=area, area_raw=area_raw, grade=grade,
                          as_of="2024-12", evidence=sentence)
    report.add(Paragraph("In 2022 we graded the force as inadequate at responding to the public. In our previous "
                         "inspection the force was judged to be good at investigating crime; this is no longer the "
                         "case.", E_BODY),
               Paragraph("2 ABOUT THIS INSPECTION", E_H1),
               Paragraph("We inspected the force between March and June 2024. We reviewed 120 case files, held focus "
                         "groups with officers and staff, and spoke to partner organisations across both counties. "
                         "We also surveyed the workforce, and 1,850 officers and staff replied.", E_BODY),
               Paragraph("The force covers the largest geographic area of any force in England, with a population "
                         "that more than doubles in the summer months.", E_BODY),
               Paragraph("3 FINDINGS BY AREA", E_H1))

    report.add(Paragraph("3.1 Responding to the public", E_H2),
               Paragraph("The force requires improvement in responding to the public. It answers most emergency "
                         "calls quickly, but callers to the non-emergency number often wait too long.", E_BODY),
               Paragraph("AREAS FOR IMPROVEMENT", E_CAPS))
    afis = ["The force should reduce the time it takes to answer non-emergency calls",
            "The force needs to make sure it records the vulnerability of callers on incident logs",
            "The force should make sure it attends incidents within its published target times"]
    for number, text in enumerate(afis, start=1):
        report.add(Paragraph(escape(text), E_NUMBERED, bulletText=f"{number}."))
        report.record("areas_for_improvement", text, area="Responding to the public", text=text, detail=None)

    report.add(Paragraph("3.2 Investigating crime", E_H2),
               Paragraph("Investigations are too often delayed, and victims are not kept informed.", E_BODY),
               Paragraph("CAUSE OF CONCERN", E_CAPS))
    cause = "The force doesn’t investigate crime effectively enough to achieve good outcomes for victims"
    detail = ["In 38 of the 90 investigations we reviewed, the force didn’t carry out all reasonable lines of "
              "enquiry. Only 5 percent of crimes resulted in a charge or summons in the year to March 2024."]
    report.add(Paragraph(escape(cause), E_BOLD), *[Paragraph(escape(p), E_BODY) for p in detail],
               Paragraph("RECOMMENDATIONS", E_CAPS))
    report.record("causes_of_concern", cause, area="Investigating crime", text=cause, detail="\n\n".join(detail))
    lead = "Within three months, the force should:"
    recs = ["make sure every investigation has a plan that a supervisor has reviewed",
            "make sure victims are updated in line with the Code of Practice for Victims of Crime",
            "review the workloads of its investigators."]
    report.add(Paragraph(lead, E_BODY), *[Paragraph(escape(r), E_BULLET, bulletText="\u2022") for r in recs])
    for text in recs:
        report.record("recommendations", text, cause_of_concern_text=cause, text=text,
                      timescale="Within three months", lead_in=lead)

    report.add(Paragraph("3.3 Preventing crime and antisocial behaviour", E_H2),
               Paragraph("The force works well with partners to prevent crime. Neighbourhood officers understand the "
                         "antisocial behaviour problems in their areas and use problem-solving to tackle them.",
                         E_BODY),
               Paragraph("PROMISING PRACTICE", E_CAPS),
               Paragraph("Rural crime officers work with farmers to prevent machinery theft", E_BOLD),
               Paragraph("A dedicated team marks farm machinery and shares intelligence with neighbouring forces.",
                         E_BODY))
    report.record("findings", "Rural crime officers work with farmers", area="Preventing crime",
                  kind="promising_practice", text="Rural crime officers work with farmers to prevent machinery theft")

    report.add(Paragraph("3.4 Protecting vulnerable people", E_H2),
               Paragraph("The force identifies vulnerable people well, and its multi-agency safeguarding hubs work "
                         "effectively.", E_BODY),
               Paragraph("AREA FOR IMPROVEMENT", E_CAPS))
    afi = "The force should make sure that officers consider the use of protective orders in domestic abuse cases"
    afi_detail = ["Officers considered a domestic violence protection notice in only 6 of the 24 cases where one "
                  "could have been used."]
    report.add(Paragraph(escape(afi), E_BODY), *[Paragraph(escape(p), E_BODY) for p in afi_detail])
    report.record("areas_for_improvement", afi, area="Protecting vulnerable people", text=afi,
                  detail="\n\n".join(afi_detail))

    report.add(Paragraph("3.5 Managing offenders and suspects", E_H2),
               Paragraph("The force manages registered sex offenders well, but it has a backlog of suspects who are "
                         "wanted for arrest.", E_BODY),
               Paragraph("AREA FOR IMPROVEMENT", E_CAPS))
    afi = "The force should reduce the number of outstanding suspects it has not yet arrested"
    report.add(Paragraph(escape(afi), E_BODY))
    report.record("areas_for_improvement", afi, area="Managing offenders", text=afi, detail=None)

    report.add(Paragraph("3.6 Developing a positive workplace", E_H2),
               Paragraph("Officers and staff told us they feel valued. The force has invested in wellbeing services "
                         "and its leaders are visible.", E_BODY),
               Paragraph("3.7 Leadership and force management", E_H2),
               Paragraph("The force has a clear plan for the future, but it should improve how it understands "
                         "demand.", E_BODY),
               Paragraph("AREA FOR IMPROVEMENT", E_CAPS))
    afi = "The force should improve its understanding of the demand it faces in the summer months"
    report.add(Paragraph(escape(afi), E_BODY))
    report.record("areas_for_improvement", afi, area="Leadership and force management", text=afi, detail=None)
    return report


def devon() -> bytes:
    report = devon_story()
    size = landscape(A4)
    margin, gutter = 40, 24
    column = (size[0] - 2 * margin - gutter) / 2
    height = size[1] - 2 * margin
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=size, invariant=1, title="PEEL 2023-25 Devon and Cornwall Police",
                          author="HMICFRS")
    first = [Frame(margin, size[1] - margin - 70, size[0] - 2 * margin, 70, id="title"),
             Frame(margin, margin, column, height - 80, id="left1"),
             Frame(margin + column + gutter, margin, column, height - 80, id="right1")]
    columns = [Frame(margin, margin, column, height, id="left"),
               Frame(margin + column + gutter, margin, column, height, id="right")]

    def page_number(canvas: Any, doc: Any) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(size[0] - margin, 20, f"Page {doc.page}")

    doc.addPageTemplates([PageTemplate("first", first, onPage=page_number),
                          PageTemplate("columns", columns, onPage=page_number)])
    doc.build(list(report.story))
    data = buffer.getvalue()
    locate(report, data, columns=2)
    write_gold(report, doc_record(
        report, file_type="pdf", pages=pdf_pages(data), doc_kind="peel_report",
        title="PEEL 2023–25: an inspection of Devon and Cornwall Police", organisation=None,
        publication_date="2024-12-05"), SCORED)
    return data


def build() -> dict[str, bytes]:
    """File name -> bytes of every document (the gold is written as they are made)."""
    return {
        "peel-2023-25-kent.pdf": kent(),
        "peel-2021-22-lancashire.pdf": lancashire(),
        "ncpi-lincolnshire.pdf": lincolnshire(),
        "response-avon-and-somerset.docx": avon(),
        "peel-2023-25-devon-cornwall-landscape.pdf": devon(),
    }


def main() -> int:
    for name, data in build().items():
        (HERE / name).write_bytes(data)
        print(f"wrote {name} ({len(data):,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
