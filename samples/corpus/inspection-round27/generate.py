"""Inspection blind round 27 (issue 3): grades and findings in HMICFRS's own publications, in layouts
no earlier round tried. Seven documents and their gold.

    .venv/bin/python samples/corpus/inspection-round27/generate.py [FILE ...]

Builds every document (or those named), writes it beside this file and its gold to gold/<file>.json.
Needs `soffice` for the two PDFs saved from Word. Deterministic: ReportLab in invariant mode, Word
files with fixed core properties and zip times, LibreOffice output pinned by office_pdf.

Gold is written here beside the text it describes. A PDF record's page is the first page whose text
holds the record's own phrase (`page_of`); every PDF was read against `scrutiny inspect`. Names,
figures, grades and wording are invented.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pdfplumber
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import (Flowable, KeepTogether, ListFlowable, ListItem, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent.parent)]  # samples/corpus and samples (generator)
from inspection_render import GRADE_FILL, fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written by hand in samples/corpus/inspection-round27/generate.py beside the text it describes, blind "
           "(no extractor code, extractor test or earlier round's generator read); PDF pages found in the PDF's "
           "own text and read against `scrutiny inspect`.")

# --------------------------------------------------------------------------------------------------
# PDF (ReportLab) helpers

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold")
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10, textColor=colors.HexColor("#555555"))
TITLE = ParagraphStyle("title", parent=BODY, fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=10,
                       textColor=colors.HexColor("#1d3c6e"))
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=10,
                    spaceAfter=6, textColor=colors.HexColor("#1d3c6e"))
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8,
                    spaceAfter=4, textColor=colors.HexColor("#1d3c6e"))
H3 = ParagraphStyle("h3", parent=BODY, fontName="Helvetica-Bold", fontSize=10.5, leading=13.5, spaceBefore=6,
                    spaceAfter=3)


def p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(text, style)


def bullets(items: list[str]) -> ListFlowable:
    return ListFlowable([ListItem(p(item), leftIndent=14, value="\u2022") for item in items], bulletType="bullet",
                        start="\u2022", leftIndent=14, bulletFontSize=9)


def box(flowables: list[Flowable], fill: str, width: float) -> Table:
    """A shaded one-cell box, as HMICFRS prints its cause-of-concern and practice boxes."""
    table = Table([[flowables]], colWidths=[width])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(fill)),
                               ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                               ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return table


def build_pdf(story: list[Flowable], title: str, footer: str) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=title, author="HMICFRS", invariant=1)

    def on_page(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(20 * mm, 10 * mm, footer)
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, str(document.page))
        canvas.restoreState()

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()


TEXT_WIDTH = A4[0] - 40 * mm


def page_of(pdf: bytes, phrase: str) -> int:
    """The first page whose text holds ``phrase`` (whitespace and hyphenation aside)."""
    squash = lambda text: re.sub(r"\s+", "", text.replace("\u2019", "'"))
    wanted = squash(phrase)[:60]
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for number, page in enumerate(document.pages, start=1):
            if wanted in squash(page.extract_text() or ""):
                return number
    raise ValueError(f"phrase not found in the PDF: {phrase!r}")


def page_count(pdf: bytes) -> int:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return len(document.pages)


# --------------------------------------------------------------------------------------------------
# Word helpers

def new_docx() -> Document:
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    core = document.core_properties
    core.author = "HMICFRS"
    core.last_modified_by = "HMICFRS"
    core.created = core.modified = dt.datetime(2026, 3, 1, 9, 0, 0)
    core.revision = 1
    return document


def shade(cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.lstrip("#").upper())
    properties.append(shading)


def bold_para(document, text: str, size: float | None = None):
    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    return paragraph


def wingdings_tick(paragraph) -> None:
    """A tick as Word's Insert > Symbol puts one: a w:sym of Wingdings character F0FC."""
    run = paragraph.add_run()
    symbol = OxmlElement("w:sym")
    symbol.set(qn("w:font"), "Wingdings")
    symbol.set(qn("w:char"), "F0FC")
    run._r.append(symbol)


def docx_bytes(document) -> bytes:
    raw = io.BytesIO()
    document.save(raw)
    return fixed_zip_times(raw.getvalue())


# --------------------------------------------------------------------------------------------------
# Gold helpers

def grade(force: str, framework: str, area: str, raw: str, value: str, as_of: str | None, page=None) -> dict:
    return {"page": page, "force": force, "framework": framework, "area": area, "area_raw": raw, "grade": value,
            "as_of": as_of}


def afi(force: str, area: str | None, text: str, detail: str | None, page=None) -> dict:
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def coc(force: str, area: str | None, text: str, detail: str | None, page=None) -> dict:
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def rec(force: str, cause: str | None, text: str, timescale: str | None, lead_in: str | None, page=None) -> dict:
    record = {"page": page, "force": force, "cause_of_concern_text": cause, "text": text, "timescale": timescale}
    if lead_in is not None:
        record["lead_in"] = lead_in
    return record


def finding(force: str, area: str | None, kind: str, text: str, page=None) -> dict:
    return {"page": page, "force": force, "area": area, "kind": kind, "text": text}


def set_pages(pdf: bytes, records: dict, phrases: dict[int, str]) -> None:
    """Page each PDF record by its own phrase (an id() -> phrase map lets a grade be paged by its line)."""
    for kind, items in records.items():
        if kind == "documents":
            continue
        for item in items:
            phrase = phrases.get(id(item)) or item.get("text") or item.get("area_raw")
            item["page"] = page_of(pdf, phrase)


# ==================================================================================================
# 1. PEEL 2023-25, Essex: "Our judgments" as a coloured band per grade, the areas listed under it.

ESSEX = "Essex Police"


def essex_grade_bands() -> tuple[bytes, dict]:
    as_of, fw = "2026-03", "PEEL 2023-25"
    bands = [
        ("Outstanding", []),
        ("Good", ["Preventing crime", "Police powers and public treatment", "Managing offenders"]),
        ("Adequate", ["Responding to the public", "Developing a positive workplace",
                      "Leadership and force management"]),
        ("Requires improvement", ["Investigating crime"]),
        ("Inadequate", ["Protecting vulnerable people"]),
    ]
    story = [
        p("PEEL 2023–25", ParagraphStyle("kicker", parent=BODY, fontSize=12, textColor=colors.HexColor("#1d3c6e"))),
        p("Police effectiveness, efficiency and legitimacy: An inspection of Essex Police", TITLE),
        p("Published: 26 March 2026"),
        p("Our judgments", H1),
        p("Our inspection assessed how good Essex Police is in eight areas of policing. We make graded judgments "
          "in these eight areas. We set out our judgments below, grouped by grade."),
    ]
    for value, areas in bands:
        text_colour = "#000000" if value == "Adequate" else "#ffffff"
        band = Table([[p(f'<font color="{text_colour}"><b>{value}</b></font>', BODY)]], colWidths=[TEXT_WIDTH])
        band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(GRADE_FILL[value])),
                                  ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        story += [band, Spacer(1, 3)]
        story += [p(area) for area in areas] or [p("<i>No areas were graded at this level.</i>")]
        story.append(Spacer(1, 4))
    story += [
        p("We also inspected how well the force provides a service to victims of crime. We don’t grade this "
          "area, but our findings are set out in the report."),
        p("HM Inspector’s observations", H1),
        p("I am pleased with some aspects of the performance of Essex Police, but it needs to improve how it "
          "protects vulnerable people. In our last inspection, in 2022, we graded the force as good at "
          "investigating crime; its performance in this area has declined since then."),
        p("The force has a clear plan for neighbourhood policing and works well with partners to prevent "
          "crime. Its officers use stop and search powers fairly, and it scrutinises their use closely. But "
          "we found that it doesn’t always assess the risk to vulnerable victims well enough, and too many "
          "investigations are not supervised effectively."),
        PageBreak(),
        p("Protecting vulnerable people", H1),
        p("This section sets out our detailed findings about how well the force protects vulnerable people."),
    ]
    cause_text = ("Essex Police doesn’t effectively identify and assess the risk to vulnerable people, which "
                  "means some victims are not protected from further harm.")
    cause_detail = ("In 23 of the 70 domestic abuse cases we reviewed, the initial risk assessment was not "
                    "completed or was completed poorly. Supervisors did not review these assessments in most "
                    "cases, and referrals to partner agencies were often delayed.")
    lead = "Within three months, Essex Police should:"
    recs = ["make sure that officers complete a risk assessment at every domestic abuse incident;",
            "make sure that supervisors review risk assessments and record their decisions; and",
            "make sure that referrals to safeguarding partners are made without delay."]
    story += [
        box([p("Cause of concern", H2), p(cause_text, BOLD), p(cause_detail), p("Recommendations", H3), p(lead),
             bullets(recs)], "#e8eef7", TEXT_WIDTH),
        Spacer(1, 8),
        p("Area for improvement", H2),
        p("The force should improve how it uses protective orders to safeguard victims of domestic abuse.", BOLD),
        p("The force applied for fewer domestic violence protection orders than we would expect for its level "
          "of demand, and officers told us they lacked confidence in the application process."),
        p("Investigating crime", H1),
        p("Area for improvement", H2),
        p("The force should make sure that investigations are allocated to officers with the right skills "
          "and are supervised effectively.", BOLD),
        p("Of the 96 investigations we reviewed, 31 had no evidence of an investigation plan, and supervision "
          "was absent or ineffective in 27 of them."),
        p("Area for improvement", H2),
        p("The force should make sure it records the victim’s wishes when a victim withdraws support for an "
          "investigation.", BOLD),
        p("Responding to the public", H1),
        p("Area for improvement", H2),
        p("The force should make sure it answers non-emergency calls promptly.", BOLD),
        p("In the year to June 2025, the force answered 58 percent of non-emergency calls within three "
          "minutes. Many callers abandoned their calls before they were answered."),
        p("Preventing crime", H1),
        box([p("Promising practice", H3), p("Street Watch volunteers working with neighbourhood teams", BOLD),
             p("The force recruited and trained volunteers to patrol with neighbourhood officers in three town "
               "centres. Reports of antisocial behaviour in those areas fell during the trial.")],
            "#eef5e9", TEXT_WIDTH),
        p("The force has a problem-solving team in each district. We reviewed 20 problem-solving plans and "
          "found that most were well researched, had clear objectives and were evaluated when they closed."),
        p("Police powers and public treatment", H1),
        p("The force scrutinises its use of stop and search and force through an independent panel that meets "
          "every quarter. Panel members review body-worn video footage and give feedback to officers. We "
          "reviewed 120 stop and search records and found that 89 percent recorded reasonable grounds."),
        p("Managing offenders", H1),
        p("The force manages registered sex offenders well. Offender managers have manageable workloads and "
          "complete risk assessments on time. It works closely with the probation service through its "
          "integrated offender management scheme."),
        p("Developing a positive workplace", H1),
        p("The force understands the wellbeing of its workforce and has a range of support available. "
          "Officers and staff told us they valued the occupational health service, though some said waiting "
          "times for counselling were too long."),
        p("Leadership and force management", H1),
        p("Area for improvement", H2),
        p("The force should make sure it understands the demand it faces and uses this understanding to plan "
          "its workforce.", BOLD),
        p("Providing a service to victims of crime", H1),
        p("We audited 90 crime reports and found the force recorded 94 percent of the crimes reported to it. "
          "It usually gives victims the chance to make a personal statement, and it generally completes "
          "needs assessments."),
        p("About the data", H2),
        p("Data in this report comes from a range of sources, including data the force provided and our "
          "inspection fieldwork.", SMALL),
    ]
    pdf = build_pdf(story, "PEEL 2023–25: An inspection of Essex Police", "PEEL 2023–25: Essex Police")
    grades = [grade(ESSEX, fw, area, area, value, as_of) for value, areas in bands for area in areas]
    cause = coc(ESSEX, "Protecting vulnerable people", cause_text, cause_detail)
    records = {
        "documents": [{"page": None, "force": ESSEX, "status": "ok", "doc_kind": "peel_report",
                       "title": "Police effectiveness, efficiency and legitimacy: An inspection of Essex Police",
                       "publication_date": "2026-03-26", "file_type": "pdf", "pages": page_count(pdf)}],
        "grades": grades,
        "causes_of_concern": [cause],
        "recommendations": [rec(ESSEX, cause_text, text, "Within three months", lead) for text in recs],
        "areas_for_improvement": [
            afi(ESSEX, "Protecting vulnerable people",
                "The force should improve how it uses protective orders to safeguard victims of domestic abuse.",
                "The force applied for fewer domestic violence protection orders than we would expect for its "
                "level of demand, and officers told us they lacked confidence in the application process."),
            afi(ESSEX, "Investigating crime",
                "The force should make sure that investigations are allocated to officers with the right skills "
                "and are supervised effectively.",
                "Of the 96 investigations we reviewed, 31 had no evidence of an investigation plan, and "
                "supervision was absent or ineffective in 27 of them."),
            afi(ESSEX, "Investigating crime",
                "The force should make sure it records the victim’s wishes when a victim withdraws support for "
                "an investigation.", None),
            afi(ESSEX, "Responding to the public",
                "The force should make sure it answers non-emergency calls promptly.",
                "In the year to June 2025, the force answered 58 percent of non-emergency calls within three "
                "minutes. Many callers abandoned their calls before they were answered."),
            afi(ESSEX, "Leadership and force management",
                "The force should make sure it understands the demand it faces and uses this understanding to "
                "plan its workforce.", None),
        ],
        "findings": [finding(ESSEX, "Preventing crime", "promising_practice",
                             "Street Watch volunteers working with neighbourhood teams")],
    }
    set_pages(pdf, records, {})
    return pdf, records


# ==================================================================================================
# 2. PEEL 2023-25, Kent: "Our judgments" infographic, area names over coloured grade chips in a grid.

KENT = "Kent Police"


class JudgmentTiles(Flowable):
    """The infographic: a grid of grey tiles, each the area's name over a coloured chip with its grade."""

    def __init__(self, tiles: list[tuple[str, str]], columns: int = 3) -> None:
        super().__init__()
        self.tiles, self.columns = tiles, columns
        self.gap, self.tile_h = 6 * mm, 30 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        rows = -(-len(self.tiles) // self.columns)
        self.height = rows * self.tile_h + (rows - 1) * self.gap
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        tile_w = (self.width - (self.columns - 1) * self.gap) / self.columns
        for index, (area, value) in enumerate(self.tiles):
            row, column = divmod(index, self.columns)
            x = column * (tile_w + self.gap)
            top = self.height - row * (self.tile_h + self.gap)
            canvas.setFillColor(colors.HexColor("#eef1f5"))
            canvas.roundRect(x, top - self.tile_h, tile_w, self.tile_h, 4, stroke=0, fill=1)
            canvas.setFillColor(colors.HexColor("#1d3c6e"))
            canvas.setFont("Helvetica-Bold", 10)
            for line_no, line in enumerate(simpleSplit(area, "Helvetica-Bold", 10, tile_w - 12)):
                canvas.drawString(x + 6, top - 14 - line_no * 12, line)
            fill = GRADE_FILL.get(value, "#8a8a8a")
            canvas.setFillColor(colors.HexColor(fill))
            canvas.roundRect(x + 6, top - self.tile_h + 5, tile_w - 12, 10 * mm, 5, stroke=0, fill=1)
            canvas.setFillColor(colors.black if value == "Adequate" else colors.white)
            canvas.setFont("Helvetica-Bold", 10)
            canvas.drawCentredString(x + tile_w / 2, top - self.tile_h + 5 + 3.6 * mm, value)


def kent_judgment_tiles() -> tuple[bytes, dict]:
    as_of, fw = "2026-04", "PEEL 2023-25"
    tiles = [("Police powers and public treatment", "Adequate"), ("Preventing crime", "Outstanding"),
             ("Responding to the public", "Requires improvement"), ("Investigating crime", "Adequate"),
             ("Protecting vulnerable people", "Good"), ("Managing offenders", "Good"),
             ("Developing a positive workplace", "Adequate"), ("Leadership and force management", "Good"),
             ("Providing a service to victims of crime", "Not graded")]
    story = [
        p("PEEL 2023–25: Police effectiveness, efficiency and legitimacy", BODY),
        p("An inspection of Kent Police", TITLE),
        p("Published on: 15 April 2026"),
        p("Our judgments", H1),
        JudgmentTiles(tiles),
        Spacer(1, 8),
        p("Grades key: outstanding, good, adequate, requires improvement, inadequate. We don’t grade the "
          "service the force provides to victims of crime.", SMALL),
        p("HM Inspector’s observations", H1),
        p("Kent Police is an outstanding force at preventing crime. Its neighbourhood teams know their "
          "communities well and work with partners to solve long-standing problems. But the force needs to "
          "improve how it responds to the public, particularly how quickly it answers and attends calls."),
        p("We did not identify any causes of concern.", BODY),
        p("About this inspection", H2),
        p("We inspected the force in September and October 2025. We reviewed 80 investigations, listened to "
          "calls in the force control room, held focus groups with officers and staff, and interviewed senior "
          "leaders. We also used data the force gave us and data from national sources."),
        p("Our judgments are based on the characteristics of good policing in our PEEL assessment framework. "
          "Where the force meets them we grade it as good; where it exceeds them, outstanding.", BODY),
        PageBreak(),
        p("Preventing crime", H1),
        p("Kent Police is outstanding at preventing crime. The force has invested in neighbourhood policing "
          "and protects the time of its neighbourhood officers, who spend most of their shifts in their "
          "communities. It uses problem-solving well and evaluates what it does, sharing what works across the "
          "county."),
        p("The force works closely with the county council and district councils to tackle antisocial "
          "behaviour, and it uses the tools and powers available to it effectively."),
        p("Responding to the public", H1),
        p("Areas for improvement", H2),
        bullets(["The force should make sure it attends emergency and priority incidents within its target "
                 "times.",
                 "The force should make sure call handlers use a structured triage process to assess risk "
                 "and vulnerability on every call."]),
        p("Investigating crime", H1),
        p("Area for improvement", H2),
        p("The force should make sure it gives victims timely updates about their investigations.", BOLD),
        p("Victims told us they were not always kept informed, and in 19 of the 80 cases we reviewed the "
          "victim had not been updated within the time set by the Victims’ Code."),
        p("Protecting vulnerable people", H1),
        p("Kent Police is good at protecting vulnerable people."),
        box([p("Innovative practice", H3), p("A joint missing-children hub with the county council", BOLD),
             p("Police staff and social workers share an office and review every report of a missing child "
               "within 24 hours, agreeing a plan for each return interview.")], "#eef5e9", TEXT_WIDTH),
        p("Developing a positive workplace", H1),
        p("Areas for improvement", H2),
        bullets(["The force should make sure that supervisors hold regular wellbeing conversations with their "
                 "staff.",
                 "The force should improve how it recruits and retains detectives."]),
        p("Police powers and public treatment", H1),
        p("Area for improvement", H2),
        p("The force should improve how it records the reasonable grounds for stop and search.", BOLD),
        p("Of the 150 stop and search records we reviewed, 24 did not record reasonable grounds well enough for "
          "us to judge whether the search was justified."),
        p("Managing offenders", H1),
        p("Kent Police is good at managing offenders. It manages the risk posed by registered sex offenders "
          "well, and its integrated offender management scheme reduces reoffending."),
        p("Leadership and force management", H1),
        p("The force has a clear understanding of the demand it faces and plans its workforce accordingly. Its "
          "leaders are visible, and the workforce told us they felt able to challenge decisions."),
        p("Providing a service to victims of crime", H1),
        p("We don’t grade this area. The force records crime accurately: we estimate it recorded 95 percent of "
          "the crimes reported to it."),
    ]
    pdf = build_pdf(story, "PEEL 2023–25: An inspection of Kent Police", "PEEL 2023–25: Kent Police")
    grades, phrases = [], {}
    for area, value in tiles:
        if value in GRADE_FILL:
            record = grade(KENT, fw, area, area, value, as_of)
            phrases[id(record)] = " ".join(area.split()[:2])  # a tile wraps its name; its first words lead
            grades.append(record)
    records = {
        "documents": [{"page": None, "force": KENT, "status": "ok", "doc_kind": "peel_report",
                       "title": "An inspection of Kent Police", "publication_date": "2026-04-15",
                       "file_type": "pdf", "pages": page_count(pdf)}],
        "grades": grades,
        "causes_of_concern": [],
        "recommendations": [],
        "areas_for_improvement": [
            afi(KENT, "Responding to the public", "The force should make sure it attends emergency and priority "
                "incidents within its target times.", None),
            afi(KENT, "Responding to the public", "The force should make sure call handlers use a structured "
                "triage process to assess risk and vulnerability on every call.", None),
            afi(KENT, "Investigating crime", "The force should make sure it gives victims timely updates about "
                "their investigations.",
                "Victims told us they were not always kept informed, and in 19 of the 80 cases we reviewed the "
                "victim had not been updated within the time set by the Victims’ Code."),
            afi(KENT, "Developing a positive workplace", "The force should make sure that supervisors hold regular "
                "wellbeing conversations with their staff.", None),
            afi(KENT, "Developing a positive workplace", "The force should improve how it recruits and retains "
                "detectives.", None),
            afi(KENT, "Police powers and public treatment", "The force should improve how it records the "
                "reasonable grounds for stop and search.",
                "Of the 150 stop and search records we reviewed, 24 did not record reasonable grounds well enough "
                "for us to judge whether the search was justified."),
        ],
        "findings": [finding(KENT, "Protecting vulnerable people", "innovative_practice",
                             "A joint missing-children hub with the county council")],
    }
    set_pages(pdf, records, phrases)
    return pdf, records


# ==================================================================================================
# 3. PEEL 2021/22, Hertfordshire, in Word: the summary table of ticks (Wingdings ticks in grade columns).

HERTS = "Hertfordshire Constabulary"
GRADES = ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]


def hertfordshire_ticks() -> tuple[bytes, dict]:
    as_of, fw = "2022-09", "PEEL 2021/22"
    rows = [
        ("Engaging with and treating the public with fairness and respect", "Police powers and public treatment",
         "Good"),
        ("Preventing and deterring crime and antisocial behaviour, and reducing vulnerability", "Preventing crime",
         "Good"),
        ("Responding to the public", "Responding to the public", "Requires improvement"),
        ("Investigating crime", "Investigating crime", "Adequate"),
        ("Protecting vulnerable people", "Protecting vulnerable people", "Adequate"),
        ("Managing offenders and suspects", "Managing offenders", "Good"),
        ("Disrupting serious organised crime", None, None),
        ("Building, supporting and protecting the workforce", "Developing a positive workplace", "Outstanding"),
        ("Strategic planning, organisational management and value for money", "Good use of resources",
         "Adequate"),
    ]
    document = new_docx()
    section = document.sections[0]
    section.header.paragraphs[0].text = "PEEL 2021/22 – Hertfordshire Constabulary"
    document.add_paragraph("PEEL 2021/22", style="Subtitle")
    document.add_paragraph("Police effectiveness, efficiency and legitimacy: An inspection of Hertfordshire "
                           "Constabulary", style="Title")
    document.add_paragraph("Published on: 9 September 2022")
    document.add_heading("Our judgments", level=1)
    document.add_paragraph("Our inspection assessed how good Hertfordshire Constabulary is in ten areas of "
                           "policing. We make graded judgments in nine of these ten areas. The table shows our "
                           "judgments; a tick marks the grade we gave.")
    table = document.add_table(rows=1 + len(rows), cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header = table.rows[0].cells
    header[0].paragraphs[0].add_run("Area of policing").bold = True
    for column, value in enumerate(GRADES, start=1):
        header[column].paragraphs[0].add_run(value).bold = True
        shade(header[column], GRADE_FILL[value])
    for index, (raw, _, value) in enumerate(rows, start=1):
        cells = table.rows[index].cells
        cells[0].paragraphs[0].text = raw
        if value is None:
            merged = cells[1].merge(cells[5])
            merged.paragraphs[0].text = "We now inspect serious and organised crime on a regional basis"
            continue
        tick_cell = cells[1 + GRADES.index(value)]
        tick_cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        wingdings_tick(tick_cell.paragraphs[0])
    document.add_paragraph("We also inspected how good Hertfordshire Constabulary is at providing a service to "
                           "victims of crime. We haven’t graded it in this area.")
    document.add_heading("HM Inspector’s observations", level=1)
    document.add_paragraph("In our 2018/19 inspection we graded the constabulary as good at effectiveness and "
                           "good at legitimacy. I am pleased that it has built on that performance, and that it "
                           "is outstanding at supporting its workforce. But I am concerned about how it responds "
                           "to the public.")
    document.add_heading("Engaging with and treating the public with fairness and respect", level=1)
    document.add_paragraph("Hertfordshire Constabulary is good at treating the public fairly and respectfully.")
    document.add_paragraph("The constabulary has an independent advisory group that reviews its use of stop and "
                           "search and force. It uses feedback from the group to train officers, and it publishes "
                           "data on its use of these powers on its website every quarter.")
    document.add_heading("Preventing and deterring crime and antisocial behaviour, and reducing vulnerability",
                         level=1)
    document.add_paragraph("Hertfordshire Constabulary is good at preventing and deterring crime and "
                           "antisocial behaviour, and reducing vulnerability.")
    document.add_paragraph("Neighbourhood teams work with councils and housing providers to solve local "
                           "problems. We saw good examples of problem-solving plans that had reduced repeat calls "
                           "about antisocial behaviour.")
    document.add_heading("Responding to the public", level=1)
    document.add_paragraph("Hertfordshire Constabulary requires improvement at responding to the public.")
    document.add_heading("Cause of concern", level=2)
    cause_text = ("Hertfordshire Constabulary isn’t answering or responding to calls from the public quickly "
                  "enough, and doesn’t always identify vulnerable callers.")
    cause_detail = ("Over the year to March 2022, the constabulary answered 71 percent of emergency calls within "
                    "ten seconds, against a national target of 90 percent. Call handlers did not use a "
                    "structured approach to assess risk in 14 of the 52 calls we listened to.")
    document.add_paragraph().add_run(cause_text).bold = True
    document.add_paragraph(cause_detail)
    bold_para(document, "Recommendations")
    lead = "Within three months, Hertfordshire Constabulary should:"
    recs = ["make sure it has enough call handlers to answer emergency calls promptly;",
            "make sure call handlers use a structured process to assess risk and vulnerability; and",
            "monitor how quickly it attends priority incidents and act on what it finds."]
    document.add_paragraph(lead)
    for text in recs:
        document.add_paragraph(text, style="List Bullet")
    document.add_heading("Investigating crime", level=1)
    document.add_paragraph("Hertfordshire Constabulary is adequate at investigating crime.")
    document.add_heading("Areas for improvement", level=2)
    afis_ic = ["The constabulary should make sure investigations are supervised effectively.",
               "The constabulary should make sure it tells victims when it decides to take no further action."]
    for text in afis_ic:
        document.add_paragraph(text, style="List Bullet")
    document.add_heading("Protecting vulnerable people", level=1)
    document.add_paragraph("Hertfordshire Constabulary is adequate at protecting vulnerable people.")
    document.add_heading("Area for improvement", level=2)
    afi_pvp = "The constabulary should improve how it shares information with partners about children at risk."
    document.add_paragraph(afi_pvp, style="List Bullet")
    document.add_heading("Managing offenders and suspects", level=1)
    document.add_paragraph("Hertfordshire Constabulary is good at managing offenders and suspects. It "
                           "arrests wanted suspects promptly and manages registered sex offenders well.")
    document.add_heading("Building, supporting and protecting the workforce", level=1)
    document.add_paragraph("Hertfordshire Constabulary is outstanding at building, supporting and protecting "
                           "its workforce. Its wellbeing service is well used and valued, and leaders act on "
                           "what their staff tell them.")
    document.add_heading("Strategic planning, organisational management and value for money", level=1)
    document.add_paragraph("Hertfordshire Constabulary is adequate at planning and managing its organisation "
                           "efficiently.")
    document.add_heading("Area for improvement", level=2)
    afi_sp = "The constabulary should make sure its workforce plan is based on a full understanding of demand."
    document.add_paragraph(afi_sp, style="List Bullet")
    data = docx_bytes(document)
    records = {
        "documents": [{"page": None, "force": HERTS, "status": "ok", "doc_kind": "peel_report",
                       "title": "Police effectiveness, efficiency and legitimacy: An inspection of Hertfordshire "
                                "Constabulary",
                       "publication_date": "2022-09-09", "file_type": "docx"}],
        "grades": [grade(HERTS, fw, area, raw, value, as_of) for raw, area, value in rows if value],
        "causes_of_concern": [coc(HERTS, "Responding to the public", cause_text, cause_detail)],
        "recommendations": [rec(HERTS, cause_text, text, "Within three months", lead) for text in recs],
        "areas_for_improvement": [afi(HERTS, "Investigating crime", text, None) for text in afis_ic]
        + [afi(HERTS, "Protecting vulnerable people", afi_pvp, None),
           afi(HERTS, "Good use of resources", afi_sp, None)],
        "findings": [],
    }
    return data, records


# ==================================================================================================
# 4. National child protection inspection, Cambridgeshire, made in Word and saved as PDF: each topic opens
#    with an "Overall judgment" box, then "Summary of findings" bullets.

CAMBS = "Cambridgeshire Constabulary"


def cambridgeshire_ncpi() -> tuple[bytes, dict]:
    as_of, fw = "2026-03", "Child protection"
    topics = [
        ("Leadership and management", "Child protection leadership", "Requires improvement",
         ["Senior leaders have made child protection a force priority, but this is not yet reflected in "
          "frontline practice.",
          "The force doesn’t make enough use of performance data to understand the quality of its work with "
          "children."]),
        ("Working with safeguarding partners", "Working with safeguarding partners", "Good",
         ["The force is an active member of the local safeguarding partnership.",
          "Information is shared quickly with children’s social care through the multi-agency safeguarding hub."]),
        ("Responding to children at risk of harm", "Responding to children at risk of harm", "Adequate",
         ["Officers usually recognise the risk to children when they attend incidents.",
          "The voice of the child is not always recorded."]),
        ("Assessing risk to children and making appropriate referrals",
         "Assessing risk to children and making appropriate referrals", "Inadequate",
         ["Too many referrals about children at risk are delayed in the safeguarding hub.",
          "Risk assessments are not reviewed by supervisors in most of the cases we examined."]),
        ("Investigating reports of abuse, neglect and exploitation of children",
         "Investigating reports of abuse, neglect and exploitation of children", "Adequate",
         ["Investigations are generally thorough, but some are delayed by high workloads.",
          "Strategy discussions with partners usually take place before children are interviewed."]),
    ]
    document = new_docx()
    document.sections[0].footer.paragraphs[0].text = "National child protection inspection: Cambridgeshire Constabulary"
    document.add_paragraph("National child protection inspection", style="Subtitle")
    title = "An inspection of Cambridgeshire Constabulary’s child protection arrangements"
    document.add_paragraph(title, style="Title")
    document.add_paragraph("Published: 19 March 2026")
    document.add_heading("Foreword", level=1)
    document.add_paragraph("We inspected Cambridgeshire Constabulary in November 2025. We last inspected the "
                           "force’s child protection work in 2019; that inspection was not graded. In this "
                           "inspection we made a judgment on each of five areas, which we set out at the start of "
                           "each chapter.")
    afis = {
        "Child protection leadership": ("Cambridgeshire Constabulary should make sure that it uses performance "
                                        "information to understand the quality of its child protection work.",
                                        "Leaders received data on the volume of referrals, but not on their "
                                        "timeliness or the outcomes for children."),
        "Responding to children at risk of harm": ("Cambridgeshire Constabulary should make sure that officers "
                                                   "record the views, wishes and feelings of children.", None),
        "Investigating reports of abuse, neglect and exploitation of children": (
            "Cambridgeshire Constabulary should make sure that investigations involving children are allocated "
            "and progressed without delay.",
            "In 9 of the 40 investigations we reviewed there were gaps of more than a month with no recorded "
            "activity."),
    }
    cause_text = ("Cambridgeshire Constabulary doesn’t assess risk to children or make referrals to partners "
                  "quickly enough, leaving some children at risk of harm.")
    cause_detail = ("On the day of our inspection, 312 referrals about children were awaiting review in the "
                    "safeguarding hub, some of them for more than two weeks.")
    immediate = "Immediately, Cambridgeshire Constabulary should:"
    immediate_recs = ["review all outstanding referrals in the safeguarding hub and prioritise them by risk."]
    three_months = "Within three months, Cambridgeshire Constabulary should:"
    three_recs = ["make sure that supervisors review the risk assessments of children referred to the hub; and",
                  "make sure the hub has enough trained staff to meet its demand."]
    for heading, area, value, found in topics:
        document.add_heading(heading, level=1)
        box_table = document.add_table(rows=1, cols=2)
        box_table.style = "Table Grid"
        box_table.cell(0, 0).paragraphs[0].add_run("Overall judgment").bold = True
        box_table.cell(0, 1).paragraphs[0].add_run(value).bold = True
        shade(box_table.cell(0, 1), GRADE_FILL[value])
        if value != "Adequate":
            box_table.cell(0, 1).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        document.add_heading("Summary of findings", level=3)
        for text in found:
            document.add_paragraph(text, style="List Bullet")
        if area == "Assessing risk to children and making appropriate referrals":
            document.add_heading("Cause of concern", level=2)
            document.add_paragraph().add_run(cause_text).bold = True
            document.add_paragraph(cause_detail)
            bold_para(document, "Recommendations")
            document.add_paragraph(immediate)
            for text in immediate_recs:
                document.add_paragraph(text, style="List Bullet")
            document.add_paragraph(three_months)
            for text in three_recs:
                document.add_paragraph(text, style="List Bullet")
        if area in afis:
            text, detail = afis[area]
            document.add_heading("Area for improvement", level=2)
            document.add_paragraph().add_run(text).bold = True
            if detail:
                document.add_paragraph(detail)
        if area == "Working with safeguarding partners":
            document.add_heading("Promising practice", level=2)
            document.add_paragraph().add_run("Education officers based in secondary schools").bold = True
            document.add_paragraph("Officers placed in schools share concerns about pupils with designated "
                                   "safeguarding leads each week.")
    document.add_heading("Next steps", level=1)
    document.add_paragraph("We will monitor the force’s progress against our recommendations and will carry "
                           "out a post-inspection review.")
    pdf = docx_to_pdf(docx_bytes(document))
    phrases = {}
    grades = []
    for heading, area, value, _ in topics:
        record = grade(CAMBS, fw, area, heading, value, as_of)
        phrases[id(record)] = f"{heading} Overall judgment"
        grades.append(record)
    records = {
        "documents": [{"page": None, "force": CAMBS, "status": "ok", "doc_kind": "child_protection_report",
                       "title": title, "publication_date": "2026-03-19", "file_type": "pdf",
                       "pages": page_count(pdf)}],
        "grades": grades,
        "causes_of_concern": [coc(CAMBS, "Assessing risk to children and making appropriate referrals", cause_text,
                                  cause_detail)],
        "recommendations": [rec(CAMBS, cause_text, text, "Immediately", immediate) for text in immediate_recs]
        + [rec(CAMBS, cause_text, text, "Within three months", three_months) for text in three_recs],
        "areas_for_improvement": [afi(CAMBS, area, text, detail) for area, (text, detail) in afis.items()],
        "findings": [finding(CAMBS, area, "main_finding", text) for _, area, _, found in topics for text in found]
        + [finding(CAMBS, "Working with safeguarding partners", "promising_practice",
                   "Education officers based in secondary schools")],
    }
    set_pages(pdf, records, phrases)
    return pdf, records


# ==================================================================================================
# 5. PEEL revisit letter to Gwent Police, in Word: causes of concern closed and grades changed
#    ("we have changed the grade from ... to ...").

GWENT = "Gwent Police"


def gwent_revisit_letter() -> tuple[bytes, dict]:
    document = new_docx()
    for line in ["HM Inspectorate of Constabulary and Fire & Rescue Services", "Wales and Western Region",
                 "2nd Floor, Temple Quay House, Bristol"]:
        document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph("Chief Constable\nGwent Police\nPolice Headquarters, Cwmbran")
    document.add_paragraph("21 April 2026")
    document.add_paragraph("Dear Chief Constable,")
    title = "PEEL 2023–25: revisit of Gwent Police’s causes of concern"
    document.add_heading(title, level=1)
    document.add_paragraph("In our PEEL 2023–25 report on Gwent Police, published in May 2025, we raised two "
                           "causes of concern: one about how the force investigates crime and one about how it "
                           "protects vulnerable people. We revisited the force in February 2026 to assess its "
                           "progress against the recommendations we made.")
    document.add_paragraph("This letter sets out what we found. It doesn’t replace our PEEL report; the force’s "
                           "other grades are unchanged.")
    cause_ic = ("Gwent Police doesn’t investigate crime effectively, and too often victims don’t receive the "
                "service they deserve.")
    lead_ic = "We recommended that, within six months, Gwent Police should:"
    recs_ic = ["make sure it allocates investigations to staff with the right skills and experience;",
               "make sure supervisors review investigations regularly and set clear direction; and",
               "make sure it records the victim’s decision when a victim withdraws support."]
    cause_pvp = ("Gwent Police isn’t managing the risk to victims of domestic abuse well enough after their first "
                 "contact with the force.")
    lead_pvp = "We recommended that, within three months, Gwent Police should:"
    recs_pvp = ["review its process for reassessing risk when circumstances change; and",
                "make sure that safeguarding referrals to partner agencies are made within 24 hours."]
    afi_text = ("The force should make sure that the improvements to investigation supervision are sustained "
                "across all its local policing areas.")
    document.add_heading("Investigating crime", level=2)
    bold_para(document, "Cause of concern")
    document.add_paragraph().add_run(cause_ic).italic = True
    document.add_paragraph(lead_ic)
    for text in recs_ic:
        document.add_paragraph(text, style="List Bullet")
    bold_para(document, "What we found")
    document.add_paragraph("The force has introduced a new investigation standards policy and trained 410 "
                           "supervisors. Of the 60 investigations we reviewed during our revisit, 52 had a clear "
                           "plan and evidence of regular supervision. Victims’ decisions were recorded in almost "
                           "every case where they withdrew their support.")
    document.add_paragraph("We are satisfied that the force has made enough progress, and we have closed this "
                           "cause of concern. As a result, we have changed the force’s grade for investigating "
                           "crime from inadequate to requires improvement.")
    document.add_paragraph("Some of the improvements are recent, and we have replaced the cause of concern with "
                           "an area for improvement:")
    document.add_paragraph().add_run(afi_text).bold = True
    document.add_heading("Protecting vulnerable people", level=2)
    bold_para(document, "Cause of concern")
    document.add_paragraph().add_run(cause_pvp).italic = True
    document.add_paragraph(lead_pvp)
    for text in recs_pvp:
        document.add_paragraph(text, style="List Bullet")
    bold_para(document, "What we found")
    document.add_paragraph("The force now reviews the risk to every high-risk domestic abuse victim daily, and "
                           "its referrals to partner agencies are almost always made on time.")
    document.add_paragraph("We have closed this cause of concern. We have also changed the force’s grade for "
                           "protecting vulnerable people from requires improvement to adequate.")
    document.add_heading("Next steps", level=2)
    document.add_paragraph("We will continue to monitor the force’s progress through our usual monitoring "
                           "arrangements. I am copying this letter to the Police and Crime Commissioner for "
                           "Gwent.")
    document.add_paragraph("Yours sincerely,")
    document.add_paragraph("Wendy Harcombe\nHM Inspector of Constabulary")
    document.add_page_break()
    document.add_heading("Annex A: progress against each recommendation", level=2)
    progress = document.add_table(rows=1, cols=3)
    progress.style = "Table Grid"
    for column, label in enumerate(["Recommendation", "What we found at our revisit", "Assessment"]):
        progress.cell(0, column).paragraphs[0].add_run(label).bold = True
    findings_by_rec = [
        "Investigations are now allocated through a crime management unit that checks the skills needed.",
        "Supervisors reviewed 52 of the 60 investigations we examined within the required period.",
        "Victims’ decisions were recorded in 27 of the 29 cases where victims withdrew support.",
        "A risk reassessment process was introduced in September 2025 and is used in most cases.",
        "Referrals were made within 24 hours in 46 of the 50 cases we reviewed.",
    ]
    for text, found in zip(recs_ic + recs_pvp, findings_by_rec):
        cells = progress.add_row().cells
        cells[0].text = text.removesuffix(" and").rstrip(";.").capitalize() + "."
        cells[1].text = found
        cells[2].text = "Met"
    data = docx_bytes(document)
    fw, as_of = "PEEL 2023-25", "2026-04"
    records = {
        "documents": [{"page": None, "force": GWENT, "status": "ok", "title": title,
                       "publication_date": "2026-04-21", "file_type": "docx"}],
        "grades": [grade(GWENT, fw, "Investigating crime", "investigating crime", "Requires improvement", as_of),
                   grade(GWENT, fw, "Protecting vulnerable people", "protecting vulnerable people", "Adequate",
                         as_of)],
        "causes_of_concern": [coc(GWENT, "Investigating crime", cause_ic, None),
                              coc(GWENT, "Protecting vulnerable people", cause_pvp, None)],
        "recommendations": [rec(GWENT, cause_ic, text, "Within six months", lead_ic) for text in recs_ic]
        + [rec(GWENT, cause_pvp, text, "Within three months", lead_pvp) for text in recs_pvp],
        "areas_for_improvement": [afi(GWENT, "Investigating crime", afi_text, None)],
        "findings": [],
    }
    return data, records


# ==================================================================================================
# 6. Accelerated cause of concern letter to Bedfordshire Police, made in Word and saved as PDF:
#    numbered paragraphs, the recommendations as lettered sub-paragraphs under two timed lead-ins.

BEDS = "Bedfordshire Police"


def bedfordshire_accelerated_letter() -> tuple[bytes, dict]:
    document = new_docx()
    for line in ["His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services",
                 "Eastern Region", "Clive House, 70 Petty France, London SW1H 9EX"]:
        document.add_paragraph(line)
    document.add_paragraph("Chief Constable\nBedfordshire Police\nWoburn Road, Kempston, Bedford")
    document.add_paragraph("11 February 2026")
    document.add_paragraph("Dear Chief Constable,")
    title = "PEEL 2023–25: accelerated cause of concern – Bedfordshire Police"
    bold_para(document, title, 13)
    cause_text = ("Bedfordshire Police isn’t responding to emergency and priority calls quickly enough, and it "
                  "doesn’t know whether vulnerable callers are kept safe while they wait.")
    cause_detail = ("Between April and December 2025 the force attended 61 percent of emergency incidents within "
                    "its target time. Of the 45 priority incidents we reviewed, 17 waited more than 12 hours "
                    "for attendance, and in 11 of these there was no record that anyone had called the person "
                    "back to check on them.")
    lead_a = "We recommend that, within one month, Bedfordshire Police:"
    recs_a = ["reviews every open priority incident that has waited more than 12 hours and makes sure the "
              "caller is safe;",
              "introduces a process for calling back people who are waiting for attendance; and"]
    recs_a.append("makes sure that a supervisor in the control room reviews the queue of incidents on every "
                  "shift.")
    lead_b = "We also recommend that, by 31 July 2026, Bedfordshire Police:"
    recs_b = ["completes a review of its response demand and the number of officers it needs to meet it; and",
              "sets attendance targets that reflect the risk to the caller and monitors its performance "
              "against them."]
    paragraphs: list[tuple[str, str | None]] = [
        ("We are carrying out our PEEL 2023–25 inspection of Bedfordshire Police. During our fieldwork in "
         "January 2026, we found a serious shortcoming in how the force responds to the public. Because of "
         "the risk to the public, I am writing to raise an accelerated cause of concern now, rather than wait "
         "for our report.", None),
        ("In our 2022 inspection we graded the force as adequate at responding to the public. We will give "
         "our graded judgments for this inspection when we publish our report later this year.", None),
        ("Cause of concern", "heading"),
        (cause_text, "bold"),
        (cause_detail, None),
        ("Recommendations", "heading"),
        (lead_a, "lead"),
        (lead_b, "lead"),
        ("We discussed our findings with your chief officer team on 30 January 2026. I welcome the steps the "
         "force has already taken, including the extra supervisors it has placed in the control room. But "
         "these steps are recent, and we could not yet see their effect.", None),
        ("We will revisit the force to assess its progress against these recommendations and will report on "
         "it in our PEEL report.", None),
        ("I am copying this letter to the Police and Crime Commissioner for Bedfordshire.", None),
    ]
    number = 0
    for text, kind in paragraphs:
        if kind == "heading":
            bold_para(document, text)
            continue
        number += 1
        paragraph = document.add_paragraph(f"{number}.\t")
        paragraph.paragraph_format.left_indent = Pt(28)
        paragraph.paragraph_format.first_line_indent = Pt(-28)
        run = paragraph.add_run(text)
        run.bold = kind == "bold"
        if kind == "lead":
            for letter, item in zip("abc", recs_a if text == lead_a else recs_b):
                sub = document.add_paragraph(f"({letter})\t{item}")
                sub.paragraph_format.left_indent = Pt(56)
                sub.paragraph_format.first_line_indent = Pt(-28)
    document.add_paragraph("Yours sincerely,")
    document.add_paragraph("Roy Pemberton\nHM Inspector of Constabulary")
    document.add_page_break()
    bold_para(document, "Annex: attendance data the force gave us")
    document.add_paragraph("The table shows the share of incidents the force attended within its target times "
                           "in each month of 2025. Emergency incidents have a target of 15 minutes in urban areas "
                           "and 20 minutes in rural areas; priority incidents have a target of one hour.")
    months = ["April", "May", "June", "July", "August", "September", "October", "November", "December"]
    emergency = [66, 64, 63, 61, 58, 59, 60, 57, 62]
    priority = [48, 45, 44, 41, 39, 40, 42, 38, 43]
    data_table = document.add_table(rows=1 + len(months), cols=3)
    data_table.style = "Table Grid"
    for column, label in enumerate(["Month (2025)", "Emergency within target", "Priority within target"]):
        data_table.cell(0, column).paragraphs[0].add_run(label).bold = True
    for row, (month, e, pr) in enumerate(zip(months, emergency, priority), start=1):
        data_table.cell(row, 0).text = month
        data_table.cell(row, 1).text = f"{e}%"
        data_table.cell(row, 2).text = f"{pr}%"
    document.add_paragraph("Source: Bedfordshire Police command and control system. Figures are the force’s own "
                           "and have not been audited by HMICFRS.")
    pdf = docx_to_pdf(docx_bytes(document))
    records = {
        "documents": [{"page": None, "force": BEDS, "status": "ok", "title": title,
                       "publication_date": "2026-02-11", "file_type": "pdf", "pages": page_count(pdf)}],
        "grades": [],
        "causes_of_concern": [coc(BEDS, None, cause_text, cause_detail)],
        "recommendations": [rec(BEDS, cause_text, text, "Within one month", lead_a) for text in recs_a]
        + [rec(BEDS, cause_text, text, "By 31 July 2026", lead_b) for text in recs_b],
        "areas_for_improvement": [],
        "findings": [],
    }
    set_pages(pdf, records, {})
    return pdf, records


# ==================================================================================================
# 7. HM Inspector's letter to the Commissioner of City of London Police before the PEEL report:
#    the judgments grouped under one lead-in per grade, two causes of concern with recommendations.

CITY = "City of London Police"


def city_of_london_hmi_letter() -> tuple[bytes, dict]:
    as_of, fw = "2026-04", "PEEL 2023-25"
    groups = [
        ("We found the force to be good at:", "Good",
         [("preventing and deterring crime and antisocial behaviour, and reducing vulnerability",
           "Preventing crime"),
          ("police powers and treating the public fairly and respectfully", "Police powers and public treatment")]),
        ("We found it to be adequate at:", "Adequate",
         [("responding to the public", "Responding to the public"),
          ("managing offenders and suspects", "Managing offenders"),
          ("building, supporting and protecting the workforce", "Developing a positive workplace")]),
        ("We found that it requires improvement at:", "Requires improvement",
         [("investigating crime", "Investigating crime"),
          ("leadership and force management", "Leadership and force management")]),
        ("And we found it to be inadequate at:", "Inadequate",
         [("protecting vulnerable people", "Protecting vulnerable people")]),
    ]
    letterhead = ParagraphStyle("lh", parent=BODY, alignment=2, fontSize=9, leading=11, spaceAfter=0)
    story = [
        p("<b>His Majesty’s Inspectorate of Constabulary and Fire &amp; Rescue Services</b>", letterhead),
        p("Eastern Region", letterhead), p("Clive House, 70 Petty France, London SW1H 9EX", letterhead),
        Spacer(1, 14),
        p("Commissioner<br/>City of London Police<br/>Guildhall Yard East, London EC2V 5AE"),
        p("10 March 2026"),
        p("Dear Commissioner,"),
        p("PEEL 2023–25: inspection of City of London Police", H2),
        p("Thank you for the help you and your staff gave us during our inspection of the force in October and "
          "November 2025. I am writing to tell you our findings before we publish our report, which we will "
          "publish on 21 April 2026."),
        p("Our judgments", H3),
    ]
    for lead, _, areas in groups:
        story += [p(lead), bullets([raw for raw, _ in areas])]
    story += [
        p("We don’t grade the service the force provides to victims of crime; our findings on it are in the "
          "report. We also identified 11 areas for improvement, which the report sets out in full."),
        p("Summary of our findings", H3),
        p("The force has a strong commitment to preventing crime in the Square Mile. It works closely with "
          "businesses and the City of London Corporation, and its officers use their powers fairly. We found "
          "that the force treats people with respect and scrutinises its use of force well."),
        p("The force’s response to the public is adequate. It answers most emergency calls promptly, though "
          "it doesn’t always assess the risk to callers in a structured way. It manages offenders adequately "
          "and has improved how it supports the wellbeing of its workforce."),
        p("The force’s investigations need to improve. Too many fraud investigations wait for allocation, and "
          "victims are not always updated. Its leaders have begun a change programme, but its plans are not "
          "yet based on a full understanding of demand."),
        p("We are most concerned about how the force protects vulnerable people. Officers don’t always "
          "recognise vulnerability, and some victims of domestic abuse have not been safeguarded."),
        p("Causes of concern", H3),
        p("We have identified two causes of concern. The force must act on these promptly.")]
    cause_pvp = ("City of London Police doesn’t consistently identify vulnerable people or take effective action "
                 "to safeguard them.")
    detail_pvp = ("Officers didn’t complete a risk assessment in 14 of the 41 domestic abuse cases we reviewed, "
                  "and referrals to the local authority were delayed in nine of them.")
    lead_pvp = "Within six months, City of London Police should:"
    recs_pvp = ["make sure that officers identify and record vulnerability at every incident they attend;",
                "make sure that supervisors review risk assessments of domestic abuse victims; and",
                "make sure that referrals to partner agencies are made without delay."]
    cause_ic = ("City of London Police isn’t making sure that investigations of fraud reported by individual "
                "victims are allocated and progressed quickly enough.")
    detail_ic = ("At the time of our inspection 118 fraud investigations were awaiting allocation, some for more "
                 "than three months.")
    lead_ic = "By 30 September 2026, City of London Police should:"
    recs_ic = ["review all unallocated fraud investigations and allocate them according to risk; and",
               "make sure victims are told who is investigating their case and how to contact them."]
    story += [
        p("Protecting vulnerable people", H3),
        p(cause_pvp, BOLD), p(detail_pvp), p(lead_pvp), bullets(recs_pvp),
        p("Investigating crime", H3),
        p(cause_ic, BOLD), p(detail_ic), p(lead_ic), bullets(recs_ic),
        p("Next steps", H3),
        p("We will ask the force to give us an action plan within six weeks of this letter. I am copying this "
          "letter to the Chair of the Police Authority Board of the City of London Corporation."),
        p("Yours sincerely,"),
        Spacer(1, 18),
        p("Martin Oyelaran<br/>HM Inspector of Constabulary"),
        PageBreak(),
        p("Annex: what our grades mean", H3),
        p("We grade each area of policing against the characteristics of good policing in our PEEL "
          "assessment framework."),
        bullets(["<b>Outstanding</b> – the force has substantially exceeded the characteristics of good "
                 "policing and performance.",
                 "<b>Good</b> – the force has demonstrated the characteristics of good policing and performance.",
                 "<b>Adequate</b> – the force has demonstrated some of the characteristics of good policing, but "
                 "there are areas it should improve.",
                 "<b>Requires improvement</b> – the force shows some characteristics of good policing, but there "
                 "are shortcomings it must address.",
                 "<b>Inadequate</b> – the force’s performance is significantly below the expected standard."]),
        p("Where we find serious shortcomings we raise a cause of concern and make recommendations. We raise "
          "areas for improvement where the force should do better but the shortcomings are less serious."),
    ]
    pdf = build_pdf(story, "PEEL 2023–25: letter to the Commissioner of City of London Police",
                    "HMICFRS – OFFICIAL")
    grades, phrases = [], {}
    for _, value, areas in groups:
        for raw, area in areas:
            record = grade(CITY, fw, area, raw, value, as_of)
            phrases[id(record)] = raw
            grades.append(record)
    records = {
        "documents": [{"page": None, "force": CITY, "status": "ok",
                       "title": "PEEL 2023–25: inspection of City of London Police", "file_type": "pdf",
                       "pages": page_count(pdf)}],
        "grades": grades,
        "causes_of_concern": [coc(CITY, "Protecting vulnerable people", cause_pvp, detail_pvp),
                              coc(CITY, "Investigating crime", cause_ic, detail_ic)],
        "recommendations": [rec(CITY, cause_pvp, text, "Within six months", lead_pvp) for text in recs_pvp]
        + [rec(CITY, cause_ic, text, "By 30 September 2026", lead_ic) for text in recs_ic],
        "areas_for_improvement": [],
        "findings": [],
    }
    set_pages(pdf, records, phrases)
    return pdf, records


DOCUMENTS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "peel-2023-25-essex-grade-bands-r27.pdf": essex_grade_bands,
    "peel-2023-25-kent-judgment-tiles-r27.pdf": kent_judgment_tiles,
    "peel-2021-22-hertfordshire-ticks-r27.docx": hertfordshire_ticks,
    "ncpi-cambridgeshire-overall-judgment-r27.pdf": cambridgeshire_ncpi,
    "gwent-peel-revisit-letter-r27.docx": gwent_revisit_letter,
    "bedfordshire-hmi-accelerated-coc-r27.pdf": bedfordshire_accelerated_letter,
    "city-of-london-hmi-peel-letter-r27.pdf": city_of_london_hmi_letter,
}


def main(names: list[str]) -> None:
    GOLD.mkdir(exist_ok=True)
    for name in names or list(DOCUMENTS):
        data, records = DOCUMENTS[name]()
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        print(name, {kind: len(items) for kind, items in records.items()})


if __name__ == "__main__":
    main(sys.argv[1:])
