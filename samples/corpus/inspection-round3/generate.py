"""Inspection documents of the third round, written before the extractors' code
was read, and their gold.

    .venv/bin/python samples/corpus/inspection-round3/generate.py

Seven forces, seven layouts, modelled on HMICFRS publications and the papers
PCCs put to their panels (the grades, findings and recommendations here are
invented; structure and wording follow the published reports):

- peel-2023-25-dorset.pdf: PEEL 2023-25; title page with a month only,
  contents with page numbers, "Our judgments" as a two-column table
  (Area | Grade) whose grade cells are shaded in the grade's colour, an
  earlier grade recalled ("In our 2021/22 PEEL inspection, we graded the
  force as inadequate at ..."), ungraded sections, "Areas for improvement"
  as bulleted "The force should ..." lists and a singular "Area for
  improvement" heading over a paragraph, a promising practice box.
- peel-2021-22-gwent.pdf: PEEL 2021/22; no chart: each area heading is
  followed by a graded sentence of its own form ("The force is adequate at
  investigating crime.", "Gwent requires improvement at ...", "Gwent Police
  requires improvement in how it protects vulnerable people."), the force
  named "Gwent" for short, two ungraded areas, "Cause of concern" headings
  over a "The force needs to ..." paragraph, "Recommendations" with
  "Within three months, the force should:" bullets, "Area for improvement"
  labels over paragraphs.
- peel-2023-25-btp.pdf: British Transport Police, called "BTP" throughout;
  two text columns; judgments as a bulleted list under "We found that BTP
  is:"; areas for improvement inline ("Area for improvement 1: BTP should
  ...") and as shaded "AFI 2" boxes.
- peel-2018-19-warwickshire.pdf: an integrated PEEL assessment 2018/19:
  pillar grades as "Effectiveness: Good" lines in a shaded box, each pillar's
  question headings ungraded, last year's pillar grade recalled, areas for
  improvement as bullets, a cause of concern with "we recommend that, within
  six months, the force should:" bullets.
- ncpi-hertfordshire.pdf: national child protection inspection; "Summary of
  our judgments" as an unshaded Topic | Judgment table with the framework's
  short topic names, numbered topic headings, two numbered causes of concern
  each with "Recommendation N" headings whose sentences open with their
  timescale ("Immediately,", "Within six months of the publication of this
  report,", "By 30 September 2025,"), a recommendation under no cause of
  concern, areas for improvement, a promising practice box.
- dyfed-powys-panel-peel-2024-11-14.docx: a paper to a Police and Crime
  Panel quoting a PEEL 2023-25 report: the grade chart as a Word table with
  one column per grade (areas as separate paragraphs in each cell, one empty
  column), the areas for improvement as a PEEL area | Area for improvement
  table, the force called "Dyfed-Powys" for short, an earlier grade recalled.
- peel-2023-25-gloucestershire.pdf: PEEL 2023-25 whose judgments are
  sentences in the summary ("We found the force's performance was good in
  preventing crime and managing offenders.") repeated in each section's
  opening sentence under the long section names (one record per area: the
  summary's), earlier grades recalled in four forms, a cause of concern with
  "Within six months, the force should:" bullets, "Area for improvement N"
  headings, an innovative practice box.

Gold (samples/gold/<file>.json) is written here by hand from the content the
documents print, never from the pipeline's output; a PDF record's page is
found by searching the generated PDF's text for the record's own words, and
was checked by reading `scrutiny inspect`. Output is deterministic
(reportlab invariant; fixed zip timestamps and core properties).
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

import pdfplumber
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent.parent / "gold"

# The colours HMICFRS's charts give each grade.
GRADE_FILL = {
    "Outstanding": "#00703c",
    "Good": "#85c17e",
    "Adequate": "#ffdd00",
    "Requires improvement": "#f7a541",
    "Inadequate": "#d4351c",
}
BOX_FILL = "#e8eef6"

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold")
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=16, bulletIndent=4, spaceAfter=3)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=10, leading=12.5, spaceAfter=2)
CELL_BULLET = ParagraphStyle("cellbullet", parent=CELL, leftIndent=14, bulletIndent=3)
CELL_BOLD = ParagraphStyle("cellbold", parent=CELL, fontName="Helvetica-Bold")
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=24, leading=30, spaceAfter=12)
SUBTITLE = ParagraphStyle("subtitle", fontName="Helvetica", fontSize=15, leading=20, spaceAfter=10)
HEADINGS = {
    1: ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=18, leading=23, spaceBefore=6, spaceAfter=8,
                      textColor=colors.HexColor("#1d3a6e")),
    2: ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=8, spaceAfter=6,
                      textColor=colors.HexColor("#1d3a6e")),
    3: ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=6, spaceAfter=4),
}


# --- PDF building -------------------------------------------------------------------------------------------


@dataclass
class Pdf:
    """A report's flowables, rendered in one or two text columns with a running
    header and a page number in the footer."""

    title: str
    running_header: str
    columns: int = 1
    story: list = field(default_factory=list)

    def h(self, text: str, level: int) -> None:
        self.story.append(Paragraph(text, HEADINGS[level]))

    def p(self, text: str, style: ParagraphStyle = BODY) -> None:
        self.story.append(Paragraph(text, style))

    def bullets(self, *items: str) -> None:
        for item in items:
            self.story.append(Paragraph(item, BULLET, bulletText="\u2022"))
        self.story.append(Spacer(1, 4))

    def box(self, *paragraphs: str, fill: str = BOX_FILL, width: float | None = None) -> None:
        """A shaded single-cell box; paragraphs in <b> are bold, those opening "• " are bullets."""
        content = [Paragraph(text[2:], CELL_BULLET, bulletText="\u2022") if text.startswith("\u2022 ")
                   else Paragraph(text, CELL) for text in paragraphs]
        table = Table([[content]], colWidths=[width or self.frame_width])
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(fill)),
            ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))
        self.story += [KeepTogether(table), Spacer(1, 8)]

    def table(self, rows: list[list[str]], widths: list[float], fills: dict[tuple[int, int], str] | None = None,
              header: bool = True) -> None:
        total = sum(widths)
        data = [[Paragraph(text, CELL_BOLD if header and r == 0 else CELL) for text in row]
                for r, row in enumerate(rows)]
        commands = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ]
        for (r, c), fill in (fills or {}).items():
            commands.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(fill)))
        table = Table(data, colWidths=[self.frame_width * w / total for w in widths],
                      repeatRows=1 if header else 0)
        table.setStyle(TableStyle(commands))
        self.story += [table, Spacer(1, 8)]

    def page_break(self) -> None:
        self.story.append(PageBreak())

    @property
    def frame_width(self) -> float:
        usable = A4[0] - 40 * mm
        return usable if self.columns == 1 else (usable - 8 * mm) / 2

    def render(self) -> bytes:
        buffer = io.BytesIO()
        width, height = A4
        doc = BaseDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                              bottomMargin=20 * mm, title=self.title, author="HMICFRS", creator="inspection-round3",
                              invariant=1)
        frames = [Frame(doc.leftMargin + i * (self.frame_width + 8 * mm), doc.bottomMargin, self.frame_width,
                        doc.height, id=f"col{i}") for i in range(self.columns)]
        header = self.running_header

        def furniture(canvas, document) -> None:
            canvas.saveState()
            canvas.setFont("Helvetica", 8)
            canvas.drawString(20 * mm, height - 12 * mm, header)
            canvas.drawRightString(width - 20 * mm, 10 * mm, str(document.page))
            canvas.restoreState()

        doc.addPageTemplates([PageTemplate(id="body", frames=frames, onPage=furniture)])
        doc.build(self.story)
        return buffer.getvalue()


def cover(pdf: Pdf, *lines: str) -> None:
    pdf.story.append(Spacer(1, 60 * mm))
    pdf.p(lines[0], TITLE)
    for line in lines[1:]:
        pdf.p(line, SUBTITLE)
    pdf.page_break()


# --- Gold ---------------------------------------------------------------------------------------------------


def page_texts(data: bytes) -> list[str]:
    """Each page's text, read whole and then by half page (so that a two-column page reads column by column)."""
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            half = page.width / 2
            parts = [page, page.crop((0, 0, half, page.height)), page.crop((half, 0, page.width, page.height))]
            out.append(" | ".join(re.sub(r"\s+", " ", part.extract_text() or "") for part in parts))
    return out


def page_of(pages: list[str], anchor: str) -> int:
    """The first page whose text holds ``anchor`` (whitespace collapsed)."""
    wanted = re.sub(r"\s+", " ", anchor)
    for number, text in enumerate(pages, start=1):
        if wanted in text:
            return number
    raise SystemExit(f"anchor not found in the PDF: {anchor!r}")


def locate(records: dict[str, list[dict[str, Any]]], pages: list[str] | None) -> dict[str, list[dict[str, Any]]]:
    """Replace each record's ``_anchor`` (words it starts from) by its page; DOCX: page null."""
    out: dict[str, list[dict[str, Any]]] = {}
    for record_type, items in records.items():
        out[record_type] = []
        for item in items:
            item = dict(item)
            if "_page" in item:
                out[record_type].append({"page": item.pop("_page"), **item})
                continue
            anchor = item.pop("_anchor", None) or item.get("text") or item.get("evidence")
            item = {"page": page_of(pages, anchor) if pages is not None else None, **item}
            out[record_type].append(item)
    return out


def write_gold(name: str, records: dict[str, list[dict[str, Any]]], pages: list[str] | None, checked: str) -> None:
    gold = {"source_file": name, "expect": "ok", "checked": checked, "records": locate(records, pages)}
    (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


CHECKED = ("Written by hand from the document's printed content before the extractors were run on it; pages found "
           "by searching the rendered PDF's text and checked against `scrutiny inspect`.")


def grade(force: str, framework: str, area: str, area_raw: str, value: str, as_of: str | None, evidence: str,
          anchor: str | None = None) -> dict[str, Any]:
    record = {"force": force, "framework": framework, "area": area, "area_raw": area_raw, "grade": value,
              "as_of": as_of, "evidence": evidence}
    if anchor:
        record["_anchor"] = anchor
    return record


def afi(force: str, area: str | None, text: str, detail: str | None = None, anchor: str | None = None) -> dict:
    record = {"force": force, "area": area, "text": text, "detail": detail}
    if anchor:
        record["_anchor"] = anchor
    return record


def rec(force: str, text: str, timescale: str | None, lead_in: str | None, cause: str | None,
        anchor: str | None = None) -> dict:
    record = {"force": force, "text": text, "timescale": timescale, "lead_in": lead_in,
              "cause_of_concern_text": cause}
    if anchor:
        record["_anchor"] = anchor
    return record


def finding(force: str, area: str | None, kind: str, text: str) -> dict:
    return {"force": force, "area": area, "kind": kind, "text": text}


def document(file_type: str, pages: int | None, **fields: Any) -> dict:
    """The documents row; DOCX has no page count."""
    return {"_page": None, "file_type": file_type, "pages": pages, "status": "ok", **fields}


# --- peel-2023-25-dorset.pdf ---------------------------------------------------------------------------------


def dorset() -> None:
    name, force, framework, as_of = "peel-2023-25-dorset.pdf", "Dorset Police", "PEEL 2023-25", "2024-06"
    pdf = Pdf("PEEL 2023-25: An inspection of Dorset Police", "PEEL 2023–25 – Dorset Police")
    cover(pdf, "PEEL 2023–25", "Police effectiveness, efficiency and legitimacy", "An inspection of Dorset Police",
          "June 2024")
    pdf.h("Contents", 1)
    for line in ("About this inspection ... 2", "Overall summary ... 2", "Our judgments ... 2",
                 "Responding to the public ... 3", "Investigating crime ... 3", "Preventing crime ... 4",
                 "Police powers and public treatment ... 4", "Developing a positive workplace ... 4"):
        pdf.p(line)
    pdf.page_break()
    pdf.h("About this inspection", 1)
    pdf.p("Our PEEL inspections assess the performance of police forces in England and Wales. We use inspection "
          "findings, data and our professional judgment to decide how well each force performs in each area of "
          "policing. We then grade each area as outstanding, good, adequate, requires improvement or inadequate.")
    pdf.h("Overall summary", 1)
    pdf.h("Our judgments", 2)
    pdf.p("Our inspection assessed how good Dorset Police is in nine areas of policing. We make graded judgments "
          "in eight of these nine areas. They are as follows:")
    judgments = [
        ("Leadership and force management", "Good"),
        ("Police powers and public treatment", "Adequate"),
        ("Preventing crime", "Good"),
        ("Responding to the public", "Requires improvement"),
        ("Investigating crime", "Adequate"),
        ("Protecting vulnerable people", "Good"),
        ("Managing offenders", "Outstanding"),
        ("Developing a positive workplace", "Adequate"),
    ]
    pdf.table([["Area", "Grade"], *[[area, value] for area, value in judgments]], [3, 2],
              fills={(row, 1): GRADE_FILL[value] for row, (_, value) in enumerate(judgments, start=1)})
    pdf.p("We also inspected how effective a service Dorset Police gives to victims of crime. We don't make a "
          "graded judgment in this area.")
    pdf.p("In our 2021/22 PEEL inspection, we graded the force as inadequate at investigating crime. It has made "
          "real progress since then. We will monitor its progress against the areas for improvement in this report.")
    pdf.page_break()
    pdf.h("Responding to the public", 1)
    pdf.p("The force answers most emergency calls promptly. But too many people who call the non-emergency number "
          "wait a long time, and many of them end the call before it is answered.")
    pdf.h("Areas for improvement", 2)
    pdf.bullets(
        "The force should make sure it answers non-emergency calls promptly, so that fewer callers abandon them.",
        "The force should make sure that call handlers identify repeat victims when they call.",
    )
    pdf.h("Investigating crime", 1)
    pdf.p("Investigations are generally thorough and effective. Supervisors don't always record their reviews, so "
          "the force can't be sure that every investigation gets the oversight it needs.")
    pdf.h("Area for improvement", 2)
    pdf.p("The force should make sure that supervisors review investigations regularly and record their reviews.")
    pdf.p("In some of the cases we reviewed, there was no record of any supervisory review for several weeks.")
    pdf.h("Preventing crime", 1)
    pdf.p("The force works well with partner organisations to prevent crime and antisocial behaviour.")
    pdf.box("<b>Promising practice</b>",
            "<b>Neighbourhood teams use problem-solving plans to reduce repeat antisocial behaviour</b>",
            "Each neighbourhood team keeps a plan for every location that generates repeated calls. The plans are "
            "reviewed each month with the local council.")
    pdf.h("Police powers and public treatment", 1)
    pdf.p("The force uses stop and search fairly. It could do more to understand why people of some ethnicities "
          "are more likely to have force used on them.")
    pdf.h("Area for improvement", 2)
    pdf.p("The force should improve how it records and analyses its use of force, so that it can identify and "
          "explain any disproportionality.")
    pdf.h("Developing a positive workplace", 1)
    pdf.p("The workforce feels valued. Wellbeing services are well used, but the force doesn't fully understand "
          "the demands on its detectives.")
    pdf.h("Areas for improvement", 2)
    pdf.bullets("The force should make sure it understands the workload and wellbeing of its investigators.")
    data = pdf.render()
    (HERE / name).write_bytes(data)
    pages = page_texts(data)
    grades = [grade(force, framework, area, area, value, as_of, f"{area} | {value}", anchor=f"{area} {value}")
              for area, value in judgments]
    afis = [
        afi(force, "Responding to the public",
            "The force should make sure it answers non-emergency calls promptly, so that fewer callers abandon them."),
        afi(force, "Responding to the public",
            "The force should make sure that call handlers identify repeat victims when they call."),
        afi(force, "Investigating crime",
            "The force should make sure that supervisors review investigations regularly and record their reviews.",
            "In some of the cases we reviewed, there was no record of any supervisory review for several weeks."),
        afi(force, "Police powers and public treatment",
            "The force should improve how it records and analyses its use of force, so that it can identify and "
            "explain any disproportionality."),
        afi(force, "Developing a positive workplace",
            "The force should make sure it understands the workload and wellbeing of its investigators."),
    ]
    findings = [finding(force, "Preventing crime", "promising_practice",
                        "Neighbourhood teams use problem-solving plans to reduce repeat antisocial behaviour")]
    documents = [document("pdf", len(pages), doc_kind="peel_report", force=force,
                          title="PEEL 2023–25 Police effectiveness, efficiency and legitimacy An inspection of "
                                "Dorset Police")]
    write_gold(name, {"grades": grades, "areas_for_improvement": afis, "causes_of_concern": [],
                      "recommendations": [], "findings": findings, "documents": documents}, pages, CHECKED)


# --- peel-2021-22-gwent.pdf ----------------------------------------------------------------------------------


def gwent() -> None:
    name, force, framework, as_of = "peel-2021-22-gwent.pdf", "Gwent Police", "PEEL 2021/22", "2022-03"
    pdf = Pdf("PEEL 2021/22: An inspection of Gwent Police", "PEEL 2021/22 – Gwent Police")
    cover(pdf, "PEEL: Police effectiveness, efficiency and legitimacy 2021/22", "An inspection of Gwent Police",
          "March 2022")
    pdf.h("Overall summary", 1)
    pdf.p("We inspected how well Gwent Police keeps people safe, investigates crime and treats the public. Gwent is "
          "a force that understands its communities well, but it needs to improve how it responds to calls from "
          "the public and how it protects vulnerable people.")
    pdf.p("We have found two causes of concern. We set out our findings for each area of policing below.")

    sections: list[tuple[str, str | None]] = [
        ("Providing a service to the victims of crime",
         "We don't grade this area. We audited 130 crime reports to assess how the force treats victims."),
        ("Engaging with and treating the public with fairness and respect",
         "Gwent Police is good at treating people fairly and with respect."),
        ("Preventing crime and anti-social behaviour",
         "The force is outstanding at preventing crime and anti-social behaviour."),
        ("Responding to the public", "Gwent requires improvement at responding to the public."),
    ]
    afi_records: list[dict] = []
    cause_records: list[dict] = []
    rec_records: list[dict] = []
    grade_records: list[dict] = []

    def section(heading: str, sentence: str, area: str | None, value: str | None) -> None:
        pdf.h(heading, 1)
        pdf.p(sentence)
        if value:
            grade_records.append(grade(force, framework, area, heading, value, as_of, sentence))

    section(*sections[0], None, None)
    pdf.p("Most victims we spoke to were satisfied with how officers treated them.")
    section(*sections[1], "Police powers and public treatment", "Good")
    pdf.p("The force explains its use of stop and search to its communities and its scrutiny panels.")
    pdf.p("<b>Area for improvement</b>")
    text = "The force should make sure that officers record the grounds for every stop and search."
    pdf.p(text)
    afi_records.append(afi(force, "Police powers and public treatment", text))
    section(*sections[2], "Preventing crime", "Outstanding")
    pdf.p("Neighbourhood officers have the time and training to solve local problems with partners.")
    section(*sections[3], "Responding to the public", "Requires improvement")
    pdf.p("Too many calls are abandoned and the force is slow to attend some incidents.")
    pdf.h("Cause of concern", 2)
    cause_1 = ("The force needs to answer emergency and non-emergency calls within national standards and attend "
               "incidents within its own target times.")
    pdf.p(cause_1)
    cause_records.append(afi(force, "Responding to the public", cause_1))
    pdf.h("Recommendations", 2)
    lead_in = "Within six months, Gwent Police should:"
    pdf.p(lead_in)
    items = ["make sure it has enough call handlers at times of peak demand; and",
             "review how it decides the priority of incidents so that attendance matches the risk."]
    pdf.bullets(*items)
    rec_records += [rec(force, item, "Within six months", lead_in, cause_1) for item in items]

    pdf.h("Investigating crime", 1)
    sentence = "The force is adequate at investigating crime."
    pdf.p(sentence)
    grade_records.append(grade(force, framework, "Investigating crime", "Investigating crime", "Adequate", as_of,
                               sentence))
    pdf.p("Investigations are mostly of a good standard, but some are delayed while evidence is examined.")
    for text in ("The force should reduce the time it takes to examine digital devices.",
                 "The force should make sure victims are updated on the progress of their case."):
        pdf.p("<b>Area for improvement</b>")
        pdf.p(text)
        afi_records.append(afi(force, "Investigating crime", text))

    pdf.h("Protecting vulnerable people", 1)
    sentence = "Gwent Police requires improvement in how it protects vulnerable people."
    pdf.p(sentence)
    grade_records.append(grade(force, framework, "Protecting vulnerable people", "Protecting vulnerable people",
                               "Requires improvement", as_of, sentence))
    pdf.h("Cause of concern", 2)
    cause_2 = ("The force needs to improve how it identifies vulnerable people when they first contact it and how "
               "it shares safeguarding information with partner organisations.")
    pdf.p(cause_2)
    detail = ("We found that call handlers didn't always use the force's structured risk assessment, and that "
              "referrals to children's services were sometimes made days after an incident.")
    pdf.p(detail)
    cause_records.append(afi(force, "Protecting vulnerable people", cause_2, detail))
    pdf.h("Recommendations", 2)
    lead_in = "Within three months, the force should:"
    pdf.p(lead_in)
    items = ["make sure call handlers use the structured risk assessment for every call;",
             "make sure safeguarding referrals are sent to partner organisations within 24 hours; and",
             "introduce supervisory checks of incidents involving children and vulnerable adults."]
    pdf.bullets(*items)
    rec_records += [rec(force, item, "Within three months", lead_in, cause_2) for item in items]

    pdf.h("Managing offenders and suspects", 1)
    sentence = "The force is good at managing offenders and suspects."
    pdf.p(sentence)
    grade_records.append(grade(force, framework, "Managing offenders", "Managing offenders and suspects", "Good",
                               as_of, sentence))
    pdf.p("Offender managers visit registered sex offenders regularly and record the risks they find.")
    pdf.h("Disrupting serious organised crime", 1)
    pdf.p("We will publish our assessment of how the force disrupts serious and organised crime in a separate "
          "report.")
    pdf.h("Building, supporting and protecting the workforce", 1)
    sentence = "Gwent Police is adequate at building, supporting and protecting the workforce."
    pdf.p(sentence)
    grade_records.append(grade(force, framework, "Developing a positive workplace",
                               "Building, supporting and protecting the workforce", "Adequate", as_of, sentence))
    pdf.p("<b>Area for improvement</b>")
    text = "The force should make sure that supervisors have the training they need to support their teams' wellbeing."
    pdf.p(text)
    afi_records.append(afi(force, "Developing a positive workplace", text))
    pdf.h("Strategic planning, organisational management and value for money", 1)
    sentence = "The force is good at strategic planning, organisational management and value for money."
    pdf.p(sentence)
    grade_records.append(grade(force, framework, "Good use of resources",
                               "Strategic planning, organisational management and value for money", "Good", as_of,
                               sentence))
    pdf.p("Gwent has a realistic plan for its finances and understands the demand it faces.")

    data = pdf.render()
    (HERE / name).write_bytes(data)
    pages = page_texts(data)
    documents = [document("pdf", len(pages), doc_kind="peel_report", force=force,
                          title="PEEL: Police effectiveness, efficiency and legitimacy 2021/22 An inspection of "
                                "Gwent Police")]
    write_gold(name, {"grades": grade_records, "areas_for_improvement": afi_records,
                      "causes_of_concern": cause_records, "recommendations": rec_records, "findings": [],
                      "documents": documents}, pages, CHECKED)


# --- peel-2023-25-btp.pdf ------------------------------------------------------------------------------------


def btp() -> None:
    name, force, framework, as_of = "peel-2023-25-btp.pdf", "British Transport Police", "PEEL 2023-25", "2025-02"
    pdf = Pdf("PEEL 2023-25: An inspection of British Transport Police", "PEEL 2023–25 – BTP", columns=2)
    pdf.p("PEEL 2023–25", TITLE)
    pdf.p("Police effectiveness, efficiency and legitimacy", SUBTITLE)
    pdf.p("An inspection of British Transport Police", SUBTITLE)
    pdf.p("Published: 20 February 2025")
    pdf.h("Overall summary", 1)
    pdf.p("British Transport Police (BTP) polices the railways of England, Wales and Scotland. We inspected it in "
          "the same way as the territorial forces, in the areas of policing that apply to it.")
    pdf.p("We found that BTP is:")
    judgments = [
        ("good at preventing crime;", "Preventing crime", "Good"),
        ("adequate at responding to the public;", "Responding to the public", "Adequate"),
        ("requires improvement at investigating crime;", "Investigating crime", "Requires improvement"),
        ("adequate at protecting vulnerable people; and", "Protecting vulnerable people", "Adequate"),
        ("good at developing a positive workplace.", "Developing a positive workplace", "Good"),
    ]
    pdf.bullets(*(line for line, _, _ in judgments))
    grade_records = [grade(force, framework, area, area, value, as_of, line) for line, area, value in judgments]
    pdf.p("We didn't inspect how BTP manages offenders, because other forces manage most of the offenders it "
          "arrests.")
    afi_records: list[dict] = []

    pdf.h("Preventing crime", 1)
    pdf.p("BTP uses its analysis of crime on the network to target patrols at the stations and trains where "
          "offences are most likely. It works closely with train operators.")
    text = "BTP should make sure that its neighbourhood teams record the outcomes of their problem-solving work."
    pdf.p(f"<b>Area for improvement 1:</b> {text}")
    afi_records.append(afi(force, "Preventing crime", text, anchor="Area for improvement 1:"))
    pdf.h("Responding to the public", 1)
    pdf.p("The force control room answers calls and texts from the public. Most emergency calls reach BTP through "
          "the territorial forces' control rooms, which can delay its response.")
    text = ("BTP should agree with territorial forces how emergency calls about the railway are passed to it "
            "without delay.")
    pdf.p(f"<b>Area for improvement 2:</b> {text}")
    afi_records.append(afi(force, "Responding to the public", text, anchor="Area for improvement 2:"))
    pdf.h("Investigating crime", 1)
    pdf.p("Investigations of crimes on the railway often depend on closed-circuit television, which BTP doesn't "
          "always obtain quickly enough. Victims aren't always told when an investigation is closed.")
    pdf.p("BTP has trained more detectives this year. It will need to keep them.")
    box_afis = [
        ("AFI 3", "BTP should make sure that officers obtain closed-circuit television footage promptly."),
        ("AFI 4", "BTP should make sure that victims are told when their case is closed and why."),
    ]
    for label, text in box_afis:
        pdf.box(f"<b>{label}</b>", text, fill="#dbe7d3")
        afi_records.append(afi(force, "Investigating crime", text))
    pdf.h("Protecting vulnerable people", 1)
    pdf.p("Officers recognise people at risk of suicide on the railway and work with partners to support them. The "
          "force identifies children who are being exploited to carry drugs on the network.")
    text = "BTP should make sure that it shares information about exploited children with the forces where they live."
    pdf.p(f"<b>Area for improvement 5:</b> {text}")
    afi_records.append(afi(force, "Protecting vulnerable people", text, anchor="Area for improvement 5:"))
    pdf.h("Developing a positive workplace", 1)
    pdf.p("The workforce told us that they feel supported by their supervisors. BTP has improved its occupational "
          "health service and its wellbeing support.")

    data = pdf.render()
    (HERE / name).write_bytes(data)
    pages = page_texts(data)
    documents = [document("pdf", len(pages), doc_kind="peel_report", force=force, publication_date="2025-02-20",
                          title="PEEL 2023–25 Police effectiveness, efficiency and legitimacy An inspection of "
                                "British Transport Police")]
    write_gold(name, {"grades": grade_records, "areas_for_improvement": afi_records, "causes_of_concern": [],
                      "recommendations": [], "findings": [], "documents": documents}, pages, CHECKED)


# --- peel-2018-19-warwickshire.pdf ---------------------------------------------------------------------------


def warwickshire() -> None:
    name, force, framework, as_of = "peel-2018-19-warwickshire.pdf", "Warwickshire Police", "PEEL 2018/19", "2019-05"
    pdf = Pdf("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Warwickshire Police",
              "PEEL 2018/19 – Warwickshire Police")
    cover(pdf, "PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
          "An inspection of Warwickshire Police", "May 2019")
    pdf.h("Contents", 1)
    for line in ("What this report contains ... 2", "Force in numbers ... 2", "Overview – How good is the force? ... 3",
                 "Effectiveness ... 3", "Efficiency ... 4", "Legitimacy ... 5"):
        pdf.p(line)
    pdf.page_break()
    pdf.h("What this report contains", 1)
    pdf.p("This report is structured in four parts: our overall assessment of the force's 2018/19 performance; our "
          "judgments and summaries of how effectively, efficiently and legitimately the force keeps people safe "
          "and reduces crime; our judgments and any areas for improvement and causes of concern for each "
          "component of our inspection; and our detailed findings for each component.")
    pdf.h("Force in numbers", 1)
    pdf.table([["Measure", "Force", "England and Wales"],
               ["Calls for assistance per 1,000 population", "381", "468"],
               ["Recorded crime per 1,000 population", "71", "86"],
               ["Cost per person per day", "55p", "58p"]], [4, 1.5, 2])
    pdf.h("Overview – How good is the force?", 1)
    pillars = [("Effectiveness", "Good"), ("Efficiency", "Requires improvement"), ("Legitimacy", "Good")]
    pdf.box(*(f"<b>{pillar}:</b> {value}" for pillar, value in pillars))
    pdf.p("Warwickshire Police's effectiveness at keeping people safe and reducing crime is good. This is the same "
          "as last year. Its efficiency has declined: last year we judged the force to be good at operating "
          "efficiently.")
    grade_records = [grade(force, framework, pillar, pillar, value, as_of, f"{pillar}: {value}")
                     for pillar, value in pillars]
    afi_records: list[dict] = []
    rec_records: list[dict] = []

    pdf.h("Effectiveness", 1)
    pdf.h("How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?", 3)
    pdf.p("We did not inspect this question in 2018/19. Our findings from 2017 remain in place.")
    pdf.h("How effective is the force at investigating crime and reducing re-offending?", 3)
    pdf.p("The force investigates crime well. Its officers carry out thorough initial investigations and supervise "
          "them effectively.")
    pdf.h("Areas for improvement", 2)
    items = ["The force should make sure that it has enough trained detectives to investigate serious crimes.",
             "The force should improve how it manages suspects who are released under investigation."]
    pdf.bullets(*items)
    afi_records += [afi(force, "Effectiveness", item) for item in items]

    pdf.h("Efficiency", 1)
    pdf.h("How well does the force use its resources to meet the demand it faces?", 3)
    pdf.p("The force has ended its strategic alliance with a neighbouring force and must now provide many services "
          "on its own. It doesn't yet understand the demand it will face.")
    cause = ("The force doesn't have a clear plan for providing the services it shared under its former alliance, "
             "and it doesn't understand the demand for them.")
    lead_in = "To address this cause of concern, we recommend that, within six months, the force should:"
    items = ["carry out a thorough assessment of the demand for the services it now provides alone; and",
             "publish a plan that sets out how it will provide those services and what they will cost."]
    pdf.box("<b>Cause of concern</b>", cause, "<b>Recommendations</b>", lead_in, *(f"\u2022 {item}" for item in items))
    cause_records = [afi(force, "Efficiency", cause)]
    rec_records += [rec(force, item, "Within six months", lead_in, cause) for item in items]
    pdf.h("How well does the force plan for the future?", 3)
    pdf.p("The force's financial plans are realistic, but its workforce plans are not yet complete.")
    pdf.h("Area for improvement", 2)
    text = "The force should complete its workforce plan, so that it has the skills it needs in future."
    pdf.bullets(text)
    afi_records.append(afi(force, "Efficiency", text))

    pdf.h("Legitimacy", 1)
    pdf.h("To what extent does the force treat all of the people it serves with fairness and respect?", 3)
    pdf.p("The force treats the public fairly. It uses stop and search fairly and explains its use to the public.")
    pdf.h("How well does the force ensure that its workforce behaves ethically and lawfully?", 3)
    pdf.p("The force's counter-corruption unit has the capacity it needs.")
    pdf.h("Area for improvement", 2)
    text = "The force should make sure that all its staff have been vetted to the level their role needs."
    pdf.bullets(text)
    afi_records.append(afi(force, "Legitimacy", text))

    data = pdf.render()
    (HERE / name).write_bytes(data)
    pages = page_texts(data)
    documents = [document("pdf", len(pages), doc_kind="peel_report", force=force,
                          title="PEEL: Police effectiveness, efficiency and legitimacy 2018/19 An inspection of "
                                "Warwickshire Police")]
    write_gold(name, {"grades": grade_records, "areas_for_improvement": afi_records,
                      "causes_of_concern": cause_records, "recommendations": rec_records, "findings": [],
                      "documents": documents}, pages, CHECKED)


# --- ncpi-hertfordshire.pdf ----------------------------------------------------------------------------------


def hertfordshire() -> None:
    name, force, framework, as_of = "ncpi-hertfordshire.pdf", "Hertfordshire Constabulary", "Child protection", "2025-03"
    pdf = Pdf("National child protection inspection: Hertfordshire Constabulary",
              "National child protection inspection – Hertfordshire Constabulary")
    cover(pdf, "National child protection inspection", "Hertfordshire Constabulary", "18 March 2025")
    pdf.h("Summary", 1)
    pdf.p("This inspection assessed how well Hertfordshire Constabulary protects children who are at risk of harm. "
          "We make graded judgments on five topics.")
    pdf.h("Summary of our judgments", 2)
    judgments = [
        ("Leadership and management", "Child protection leadership", "Adequate"),
        ("Partnership working", "Working with safeguarding partners", "Good"),
        ("Initial response", "Responding to children at risk of harm", "Requires improvement"),
        ("Risk assessment and referral", "Assessing risk to children and making appropriate referrals", "Inadequate"),
        ("Investigation", "Investigating reports of abuse, neglect and exploitation of children",
         "Requires improvement"),
    ]
    pdf.table([["Inspection topic", "Our judgment"], *[[raw, value] for raw, _, value in judgments]], [3, 2])
    grade_records = [grade(force, framework, area, raw, value, as_of, f"{raw} | {value}", anchor=f"{raw} {value}")
                     for raw, area, value in judgments]
    pdf.p("We found two causes of concern and made seven recommendations. We also found three areas for "
          "improvement.")
    pdf.p("In our 2019 inspection, we found that the force's work with partners required improvement. It has "
          "improved since then.")
    pdf.page_break()
    afi_records: list[dict] = []
    cause_records: list[dict] = []
    rec_records: list[dict] = []

    def recommendation(number: int, sentence: str, timescale: str | None, cause: str | None) -> None:
        pdf.h(f"Recommendation {number}", 3)
        pdf.p(sentence)
        rec_records.append(rec(force, sentence, timescale, None, cause))

    pdf.h("1. Leadership and management", 1)
    pdf.p("Chief officers have made child protection a priority and have invested in more specialist staff.")
    pdf.h("Area for improvement", 3)
    text = ("The force should make sure its performance framework tells leaders how well it protects children, not "
            "only how many cases it deals with.")
    pdf.p(text)
    afi_records.append(afi(force, "Child protection leadership", text))
    pdf.h("2. Partnership working", 1)
    pdf.p("The force is a committed member of the local safeguarding partnership.")
    pdf.box("<b>Promising practice</b>",
            "<b>The force and its partners meet every day to review children who have gone missing</b>",
            "Officers, social workers and health staff agree at the meeting what each will do for each child.")
    pdf.h("3. Initial response", 1)
    pdf.p("Control room staff don't always research the history of a child before officers are sent.")
    recommendation(6, "Within three months of the publication of this report, the force should review how its control "
                      "room researches the history of children before officers attend.", "Within three months", None)
    pdf.h("Area for improvement", 3)
    text = "The force should make sure that officers speak to children on their own when it is safe to do so."
    pdf.p(text)
    afi_records.append(afi(force, "Responding to children at risk of harm", text))
    pdf.h("4. Risk assessment and referral", 1)
    pdf.p("Officers don't assess the risk to every child present at a domestic abuse incident.")
    pdf.h("Cause of concern 1", 2)
    cause_1 = ("Hertfordshire Constabulary doesn't consistently assess the risk to children or share information "
               "with partner agencies when it should.")
    pdf.p(cause_1)
    cause_records.append(afi(force, "Assessing risk to children and making appropriate referrals", cause_1))
    recommendation(1, "Immediately, the force should make sure that officers complete a risk assessment for every child "
                      "present at a domestic abuse incident.", "Immediately", cause_1)
    recommendation(2, "Within six months of the publication of this report, the force should make sure that officers "
                      "refer a child to children's social care whenever they identify a risk to them.",
                   "Within six months", cause_1)
    recommendation(3, "By 30 September 2025, the force should introduce a quality assurance process for its child "
                      "protection referrals.", "By 30 September 2025", cause_1)
    pdf.h("5. Investigation", 1)
    pdf.p("Too many investigations of crimes against children are delayed or poorly supervised.")
    pdf.h("Cause of concern 2", 2)
    cause_2 = ("The force doesn't investigate crimes against children promptly or supervise those investigations "
               "effectively.")
    pdf.p(cause_2)
    detail = ("In 31 of the 60 cases we audited, there were delays that weren't explained, and supervisors rarely "
              "set investigation plans.")
    pdf.p(detail)
    cause_records.append(afi(force, "Investigating reports of abuse, neglect and exploitation of children", cause_2,
                             detail))
    recommendation(4, "Within six months of the publication of this report, the force should make sure that every "
                      "investigation of a crime against a child has a supervised investigation plan.",
                   "Within six months", cause_2)
    recommendation(5, "By 31 December 2025, the force should reduce the delays in examining digital devices in child "
                      "protection investigations.", "By 31 December 2025", cause_2)
    recommendation(7, "Immediately, the force should review every child protection investigation that has been open "
                      "for more than six months.", "Immediately", cause_2)
    pdf.h("Area for improvement", 3)
    text = "The force should make sure that investigators record the child's views in every investigation."
    pdf.p(text)
    afi_records.append(afi(force, "Investigating reports of abuse, neglect and exploitation of children", text))

    data = pdf.render()
    (HERE / name).write_bytes(data)
    pages = page_texts(data)
    findings = [finding(force, "Working with safeguarding partners", "promising_practice",
                        "The force and its partners meet every day to review children who have gone missing")]
    documents = [document("pdf", len(pages), doc_kind="child_protection_report", force=force,
                          publication_date="2025-03-18",
                          title="National child protection inspection Hertfordshire Constabulary")]
    write_gold(name, {"grades": grade_records, "areas_for_improvement": afi_records,
                      "causes_of_concern": cause_records, "recommendations": rec_records, "findings": findings,
                      "documents": documents}, pages, CHECKED)


# --- dyfed-powys-panel-peel-2024-11-14.docx ------------------------------------------------------------------


def _shade(cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.lstrip("#").upper())
    cell._tc.get_or_add_tcPr().append(shading)


def _cell_paragraphs(cell, texts: list[str], bold: bool = False) -> None:
    """Each text a paragraph of its own in the cell (the cell's first, empty paragraph used first)."""
    for i, text in enumerate(texts):
        paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = bold
        run.font.size = Pt(10)


def _fixed_zip(data: bytes) -> bytes:
    """The same package with fixed member timestamps, so the bytes are deterministic."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def dyfed_powys() -> None:
    name, force, framework, as_of = ("dyfed-powys-panel-peel-2024-11-14.docx", "Dyfed-Powys Police", "PEEL 2023-25",
                                     "2024-10")
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    for level in (1, 2):
        style = doc.styles[f"Heading {level}"]
        style.font.name = "Arial"
        style.font.color.rgb = RGBColor(0, 0, 0)
    letterhead = doc.add_paragraph()
    letterhead.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    letterhead.add_run("Heddlu Dyfed-Powys Police and Crime Panel").bold = True
    doc.add_paragraph("Report of the Police and Crime Commissioner")
    doc.add_paragraph("Date of meeting: 14 November 2024")
    doc.add_paragraph("Agenda item: 7")
    doc.add_heading("HMICFRS PEEL 2023–25 inspection of Dyfed-Powys Police", level=1)
    doc.add_heading("1. Purpose of the report", level=2)
    doc.add_paragraph("To inform the Panel of the findings of His Majesty's Inspectorate of Constabulary and Fire & "
                      "Rescue Services (HMICFRS) following its PEEL inspection of Dyfed-Powys Police, and of how the "
                      "Commissioner will hold the Chief Constable to account for the force's response.")
    doc.add_heading("2. Background", level=2)
    doc.add_paragraph("HMICFRS published its PEEL 2023–25 report on Dyfed-Powys in October 2024. The inspectorate "
                      "graded the force in eight areas of policing.")
    doc.add_heading("3. The inspectorate's judgments", level=2)
    doc.add_paragraph("The grades the report gives are set out in the table below, which reproduces the chart on "
                      "page 3 of the report.")
    columns = {
        "Outstanding": [],
        "Good": ["Preventing crime", "Managing offenders"],
        "Adequate": ["Police powers and public treatment", "Investigating crime", "Developing a positive workplace"],
        "Requires improvement": ["Responding to the public", "Protecting vulnerable people",
                                 "Leadership and force management"],
        "Inadequate": [],
    }
    table = doc.add_table(rows=2, cols=len(columns))
    table.style = doc.styles["Table Grid"]
    for col, (value, areas) in enumerate(columns.items()):
        _cell_paragraphs(table.cell(0, col), [value], bold=True)
        _shade(table.cell(0, col), GRADE_FILL[value])
        if areas:
            _cell_paragraphs(table.cell(1, col), areas)
    grade_records = [grade(force, framework, area, area, value, as_of, f"{value}: {area}")
                     for value, areas in columns.items() for area in areas]
    doc.add_paragraph("The force's grade for responding to the public is lower than at the previous inspection, "
                      "when the force was graded as adequate at responding to the public.")
    doc.add_heading("4. Areas for improvement", level=2)
    doc.add_paragraph("The report identifies the following areas for improvement, set out by PEEL area:")
    afi_rows = [
        ("Responding to the public", "Dyfed-Powys should make sure it answers emergency calls within the national "
                                     "standard."),
        ("Responding to the public", "Dyfed-Powys should make sure that call handlers give callers appropriate "
                                     "advice on preserving evidence."),
        ("Protecting vulnerable people", "The force should make sure that it completes risk assessments for victims "
                                         "of domestic abuse promptly."),
        ("Leadership and force management", "The force should improve how it uses data to understand the demand "
                                            "on its workforce."),
    ]
    afi_table = doc.add_table(rows=1 + len(afi_rows), cols=2)
    afi_table.style = doc.styles["Table Grid"]
    _cell_paragraphs(afi_table.cell(0, 0), ["PEEL area"], bold=True)
    _cell_paragraphs(afi_table.cell(0, 1), ["Area for improvement"], bold=True)
    for row, (area, text) in enumerate(afi_rows, start=1):
        _cell_paragraphs(afi_table.cell(row, 0), [area])
        _cell_paragraphs(afi_table.cell(row, 1), [text])
    for row in afi_table.rows:
        row.cells[0].width, row.cells[1].width = Inches(1.8), Inches(4.4)
    afi_records = [afi(force, area, text) for area, text in afi_rows]
    doc.add_paragraph("The report does not identify any causes of concern.")
    doc.add_heading("5. Commissioner's oversight", level=2)
    doc.add_paragraph("The Commissioner will seek assurance on the force's progress against each area for "
                      "improvement at his Policing Accountability Board, and will report to the Panel in six months.")
    doc.add_heading("6. Recommendation", level=2)
    doc.add_paragraph("That the Panel notes the report.")
    props = doc.core_properties
    when = datetime(2024, 11, 1, 9, 0, 0)
    props.title, props.author, props.last_modified_by = "PEEL inspection report to the Panel", "OPCC", "OPCC"
    props.created = props.modified = props.last_printed = when
    props.revision = 1
    buffer = io.BytesIO()
    doc.save(buffer)
    (HERE / name).write_bytes(_fixed_zip(buffer.getvalue()))
    documents = [document("docx", None, force=force, meeting_date="2024-11-14",
                          title="HMICFRS PEEL 2023–25 inspection of Dyfed-Powys Police")]
    write_gold(name, {"grades": grade_records, "areas_for_improvement": afi_records, "causes_of_concern": [],
                      "recommendations": [], "findings": [], "documents": documents}, None, CHECKED)


# --- peel-2023-25-gloucestershire.pdf ------------------------------------------------------------------------


def gloucestershire() -> None:
    name, force, framework, as_of = ("peel-2023-25-gloucestershire.pdf", "Gloucestershire Constabulary",
                                     "PEEL 2023-25", "2024-11")
    pdf = Pdf("PEEL 2023-25: An inspection of Gloucestershire Constabulary",
              "PEEL 2023–25 – Gloucestershire Constabulary")
    cover(pdf, "PEEL 2023–25", "Police effectiveness, efficiency and legitimacy",
          "An inspection of Gloucestershire Constabulary", "November 2024")
    pdf.h("Overall summary", 1)
    pdf.h("Our judgments", 2)
    summary = [
        "Our inspection assessed how good Gloucestershire Constabulary is in nine areas of policing. We make graded "
        "judgments in eight of these nine areas.",
        "We found the force's performance was good in preventing crime and managing offenders.",
        "It was adequate in police powers and public treatment, investigating crime and developing a positive "
        "workplace.",
        "The force requires improvement in responding to the public and protecting vulnerable people.",
        "We found the force's performance was inadequate in leadership and force management.",
    ]
    pdf.p(" ".join(summary[:2]))
    pdf.p(" ".join(summary[2:]))
    judged = [
        ("Preventing crime", "preventing crime", "Good", summary[1]),
        ("Managing offenders", "managing offenders", "Good", summary[1]),
        ("Police powers and public treatment", "police powers and public treatment", "Adequate", summary[2]),
        ("Investigating crime", "investigating crime", "Adequate", summary[2]),
        ("Developing a positive workplace", "developing a positive workplace", "Adequate", summary[2]),
        ("Responding to the public", "responding to the public", "Requires improvement", summary[3]),
        ("Protecting vulnerable people", "protecting vulnerable people", "Requires improvement", summary[3]),
        ("Leadership and force management", "leadership and force management", "Inadequate", summary[4]),
    ]
    grade_records = [grade(force, framework, area, raw, value, as_of, evidence, anchor=evidence)
                     for area, raw, value, evidence in judged]
    pdf.h("How the force's performance has changed", 2)
    pdf.p("Since our 2021/22 inspection, when we graded the force as requires improvement at investigating crime, "
          "the quality of its investigations has improved.")
    pdf.p("Previously graded as good, the force's leadership has declined. This is a decline from the outstanding "
          "grade it received in 2019 for its use of resources.")
    pdf.p("The force's grade for protecting vulnerable people is unchanged from our last inspection.")
    pdf.page_break()
    afi_records: list[dict] = []
    rec_records: list[dict] = []
    number = 0

    def section(heading: str, opening: str, area: str, afis: list[str]) -> None:
        nonlocal number
        pdf.h(heading, 1)
        pdf.p(opening)
        for text in afis:
            number += 1
            pdf.h(f"Area for improvement {number}", 3)
            pdf.p(text)
            afi_records.append(afi(force, area, text))

    section("Police powers and treating the public fairly and respectfully",
            "Gloucestershire Constabulary is adequate at police powers and treating the public fairly and "
            "respectfully.", "Police powers and public treatment",
            ["The force should make sure that officers wear and switch on body-worn video when they use force."])
    section("Preventing and deterring crime and antisocial behaviour, and reducing vulnerability",
            "Gloucestershire Constabulary is good at preventing and deterring crime and antisocial behaviour, and "
            "reducing vulnerability.", "Preventing crime", [])
    section("Responding to the public",
            "Gloucestershire Constabulary requires improvement at responding to the public.",
            "Responding to the public",
            ["The force should make sure it assesses the risk to callers with a structured process.",
             "The force should make sure it attends emergency incidents within its target times."])
    section("Investigating crime", "Gloucestershire Constabulary is adequate at investigating crime.",
            "Investigating crime", [])
    section("Protecting vulnerable people",
            "Gloucestershire Constabulary requires improvement at protecting vulnerable people.",
            "Protecting vulnerable people",
            ["The force should make sure that officers apply for domestic violence protection orders whenever "
             "they are needed."])
    section("Managing offenders and suspects", "Gloucestershire Constabulary is good at managing offenders and "
                                               "suspects.", "Managing offenders", [])
    pdf.box("<b>Innovative practice</b>",
            "<b>The force uses a risk tool to prioritise arrests of wanted domestic abuse suspects</b>",
            "The tool ranks outstanding suspects by the risk they pose, and a daily meeting allocates the highest "
            "risk arrests first.")
    section("Building, supporting and protecting the workforce",
            "Gloucestershire Constabulary is adequate at building, supporting and protecting the workforce.",
            "Developing a positive workplace", [])
    section("Leadership and force management",
            "Gloucestershire Constabulary is inadequate at leadership and force management.",
            "Leadership and force management",
            ["The force should make sure that its change programme has the resources it needs."])
    pdf.h("Cause of concern", 2)
    cause = ("The force needs to improve how it plans and manages its workforce, its finances and its change "
             "programme, so that it can provide the service the public needs.")
    pdf.p(cause)
    pdf.h("Recommendations", 3)
    lead_in = "Within six months, the force should:"
    pdf.p(lead_in)
    items = ["produce a workforce plan that matches its officers' skills to the demand it faces;",
             "make sure its medium-term financial plan is balanced; and",
             "give its change programme clear governance, with chief officers accountable for each project."]
    pdf.bullets(*items)
    rec_records += [rec(force, item, "Within six months", lead_in, cause) for item in items]
    cause_records = [afi(force, "Leadership and force management", cause)]

    data = pdf.render()
    (HERE / name).write_bytes(data)
    pages = page_texts(data)
    findings = [finding(force, "Managing offenders", "innovative_practice",
                        "The force uses a risk tool to prioritise arrests of wanted domestic abuse suspects")]
    documents = [document("pdf", len(pages), doc_kind="peel_report", force=force,
                          title="PEEL 2023–25 Police effectiveness, efficiency and legitimacy An inspection of "
                                "Gloucestershire Constabulary")]
    write_gold(name, {"grades": grade_records, "areas_for_improvement": afi_records,
                      "causes_of_concern": cause_records, "recommendations": rec_records, "findings": findings,
                      "documents": documents}, pages, CHECKED)


def main() -> int:
    for build in (dorset, gwent, btp, warwickshire, hertfordshire, dyfed_powys, gloucestershire):
        build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
