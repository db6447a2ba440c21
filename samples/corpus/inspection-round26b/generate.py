"""Held-out inspection round 26b: six ordinary documents of the inspection family (HMICFRS
reports, a PCC's panel paper, a force action plan, a PCC's section 55 response) with their
hand-written gold in heldout/.

    .venv/bin/python samples/corpus/inspection-round26b/generate.py [FILE ...]

Builds every document (or the ones named) and writes it with its gold. Needs `soffice` for the two
Word files saved as PDF. Deterministic: ReportLab invariant mode, fixed Word zip times and core
properties, office_pdf's pinned LibreOffice bytes. Names, figures, grades and wording are invented.
"""

from __future__ import annotations

import datetime
import io
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pdfplumber
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent))  # samples/, for inspection_render's generator package
from inspection_render import GRADE_FILL, fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

HELDOUT = HERE / "heldout"
CHECKED = ("Written by hand in samples/corpus/inspection-round26b/generate.py beside the text it describes, "
           "blind (no extractor code, extractor test or earlier round's generator read); PDF pages found from "
           "each record's own phrase in the PDF's text and checked against `scrutiny inspect`; held out, unscored.")
FIXED_CORE_DATE = datetime.datetime(2026, 1, 1, 9, 0, 0)

# ---------------------------------------------------------------------------------------------
# Gold records. A PDF record carries "_find": the phrase whose first page is the record's page.


def grade(force: str, framework: str, area: str, area_raw: str, value: str, as_of: str | None,
          find: str | None = None) -> dict:
    return {"_find": find or area_raw, "force": force, "framework": framework, "area": area,
            "area_raw": area_raw, "grade": value, "as_of": as_of}


def afi(force: str, area: str | None, text: str, detail: str | None = None) -> dict:
    return {"_find": text[:60], "force": force, "area": area, "text": text, "detail": detail}


def cause(force: str, area: str | None, text: str, detail: str | None = None) -> dict:
    return {"_find": text[:60], "force": force, "area": area, "text": text, "detail": detail}


def recommendation(force: str, cause_text: str | None, text: str, timescale: str | None,
                   lead_in: str | None) -> dict:
    record = {"_find": text[:60], "force": force, "cause_of_concern_text": cause_text, "text": text,
              "timescale": timescale}
    if lead_in is not None:
        record["lead_in"] = lead_in
    return record


def finding(force: str, area: str | None, kind: str, text: str) -> dict:
    return {"_find": text, "force": force, "area": area, "kind": kind, "text": text}


def _squash(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", "", text).lower()


def set_pdf_pages(data: bytes, records: dict) -> None:
    """Each PDF record's page: the first page whose text holds its phrase (spaces ignored)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [_squash(page.extract_text() or "") for page in pdf.pages]
        records["documents"][0]["pages"] = len(pages)
    for kind, rows in records.items():
        for row in rows:
            if kind == "documents":
                row["page"] = None
                continue
            key = _squash(row.pop("_find"))
            found = [number for number, text in enumerate(pages, start=1) if key in text]
            if not found:
                raise ValueError(f"{kind}: phrase not found in the PDF: {key!r}")
            row["page"] = found[0]


def set_docx_pages(records: dict) -> None:
    for kind, rows in records.items():
        for row in rows:
            row.pop("_find", None)
            row["page"] = None


def ordered(record: dict) -> dict:
    return {"page": record.pop("page"), **record}


# ---------------------------------------------------------------------------------------------
# ReportLab rendering (HMICFRS's own PDFs).

BASE = ParagraphStyle("base", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6, alignment=TA_LEFT)
STYLES = {
    "title": ParagraphStyle("title", parent=BASE, fontName="Helvetica-Bold", fontSize=22, leading=27, spaceAfter=10,
                            textColor=colors.HexColor("#00205b")),
    "h1": ParagraphStyle("h1", parent=BASE, fontName="Helvetica-Bold", fontSize=16, leading=20, spaceBefore=10,
                         spaceAfter=8, textColor=colors.HexColor("#00205b")),
    "h2": ParagraphStyle("h2", parent=BASE, fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=8,
                         spaceAfter=5, textColor=colors.HexColor("#00205b")),
    "p": BASE,
    "b": ParagraphStyle("b", parent=BASE, fontName="Helvetica-Bold"),
    "bullet": ParagraphStyle("bullet", parent=BASE, leftIndent=14, bulletIndent=3, spaceAfter=3),
    "small": ParagraphStyle("small", parent=BASE, fontSize=8.5, leading=11),
    "cell": ParagraphStyle("cell", parent=BASE, fontSize=9.5, leading=12, spaceAfter=0),
    "cellb": ParagraphStyle("cellb", parent=BASE, fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceAfter=0),
}


def para(kind: str, text: str) -> Paragraph:
    if kind == "bullet":
        return Paragraph(text, STYLES["bullet"], bulletText="\u2022")
    return Paragraph(text, STYLES[kind])


def box(label: str, lines: list[tuple[str, str]], fill: str = "#e8eef7") -> Table:
    """A shaded one-cell box as HMICFRS prints its areas for improvement and practice notes."""
    content = [para("b", label)] + [para(kind, text) for kind, text in lines]
    table = Table([[content]], colWidths=[170 * mm])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(fill)),
                               ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                               ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return table


def grid(rows: list[list], widths: list[float], fills: dict[tuple[int, int], str] | None = None,
         header_fill: str = "#00205b") -> Table:
    def cell(value, row):
        if isinstance(value, str):
            return para("cellb" if row == 0 else "cell", value)
        return value
    data = [[cell(value, r) for value in row] for r, row in enumerate(rows)]
    table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f7f7f")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(header_fill))]
    if header_fill.lower() in ("#00205b",):
        commands.append(("TEXTCOLOR", (0, 0), (-1, 0), colors.white))
    for (r, c), fill in (fills or {}).items():
        commands.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(fill)))
    table.setStyle(TableStyle(commands))
    return table


def header_cell(text: str) -> Paragraph:
    return Paragraph(f'<font color="#ffffff">{text}</font>', STYLES["cellb"])


def render_reportlab(flowables: list, title: str, footer: str) -> bytes:
    buffer = io.BytesIO()

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(20 * mm, 10 * mm, footer)
        canvas.drawRightString(190 * mm, 10 * mm, str(doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, title=title, author="HMICFRS", invariant=1)
    doc.build(flowables, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# Word rendering.


def new_word(landscape: bool = False, header: str | None = None, footer: str | None = None) -> Document:
    document = Document()
    document.core_properties.created = FIXED_CORE_DATE
    document.core_properties.modified = FIXED_CORE_DATE
    document.core_properties.last_printed = FIXED_CORE_DATE
    document.core_properties.author = "Office"
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = Cm(2.2)
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        paragraph = section.footer.paragraphs[0]
        paragraph.text = footer + "   Page "
        _page_field(paragraph)
    return document


def _page_field(paragraph) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.lstrip("#").upper())
    tc_pr.append(shading)


def bold_para(document, text: str, size: float | None = None):
    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    return paragraph


def word_table(document, rows: list[list[str]], widths: list[float], header_fill: str = "1F3864",
               fills: dict[tuple[int, int], str] | None = None, bold_header: bool = True):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.width = Cm(widths[c])
            run = cell.paragraphs[0].add_run(value)
            if r == 0 and bold_header:
                run.bold = True
                if header_fill.upper() in ("1F3864", "00205B"):
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                shade(cell, header_fill)
    for (r, c), fill in (fills or {}).items():
        shade(table.cell(r, c), fill)
    return table


def word_bytes(document) -> bytes:
    raw = io.BytesIO()
    document.save(raw)
    return fixed_zip_times(raw.getvalue())


# ---------------------------------------------------------------------------------------------
# 1. Whole PEEL 2023-25 report (ReportLab, HMICFRS's own layout).

KENT = "Kent Police"
KENT_GRADES = [
    ("Police powers and public treatment", "Good"),
    ("Preventing crime", "Good"),
    ("Responding to the public", "Requires improvement"),
    ("Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Adequate"),
    ("Managing offenders", "Good"),
    ("Developing a positive workplace", "Adequate"),
    ("Leadership and force management", "Good"),
]
KENT_COC = ("Kent Police isn\u2019t answering calls from the public quickly enough, and it doesn\u2019t always "
            "assess the risk to callers well enough when it does.")
KENT_COC_DETAIL = ("In the 12 months to June 2025, the force answered 68 percent of emergency calls within ten "
                   "seconds, well below the national standard of 90 percent. One in five non-emergency calls was "
                   "abandoned before it was answered. In 14 of the 60 calls we listened to, the call handler didn\u2019t "
                   "use the structured risk assessment.")
KENT_LEAD = "Within six months, Kent Police should:"
KENT_RECS = [
    "make sure it has enough trained call handlers on duty to meet demand at peak times;",
    "make sure that call handlers complete a structured risk assessment on every call and record it; and",
    "make sure it understands why non-emergency callers abandon their calls, and act on what it finds.",
]
KENT_AFIS = [
    ("Responding to the public", "The force should make sure that officers attend incidents within the "
     "times set by its own attendance policy.", None),
    ("Investigating crime", "The force should improve how supervisors review investigations, so that "
     "investigation plans are recorded and followed.",
     "In 31 of the 92 investigations we reviewed, there was no evidence that a supervisor had reviewed the "
     "investigation or set a plan for it. Some victims waited weeks for a first contact from an investigator."),
    ("Investigating crime", "The force should make sure it records the victim\u2019s wishes when a victim "
     "doesn\u2019t support a prosecution.", None),
    ("Protecting vulnerable people", "The force should make sure officers consider applying for domestic "
     "violence protection orders in every appropriate case.",
     "The force used fewer orders than most forces of its size. Officers we spoke to weren\u2019t confident "
     "about when an order could be used."),
    ("Developing a positive workplace", "The force should make sure it understands why student officers "
     "leave in their first two years of service.",
     "The force has lost 14 percent of its student officers before the end of their probation. Exit interviews "
     "are offered but are seldom completed, so the reasons are not well understood."),
]
KENT_PRACTICE = "Coastal towns partnership problem-solving teams"


def kent_peel() -> tuple[bytes, dict]:
    published = "Published: 27 January 2026"
    story: list = [
        Spacer(1, 30 * mm),
        para("title", "PEEL 2023\u201325: An inspection of Kent Police"),
        para("h2", "Police effectiveness, efficiency and legitimacy"),
        para("p", published),
        Spacer(1, 10 * mm),
        para("h2", "Contents"),
    ]
    for line in ["About this inspection", "Overall summary", "HM Inspector\u2019s observations",
                 "Police powers and public treatment", "Preventing crime", "Responding to the public",
                 "Investigating crime", "Protecting vulnerable people", "Managing offenders",
                 "Developing a positive workplace", "Leadership and force management"]:
        story.append(para("p", line))
    story += [PageBreak(), para("h1", "About this inspection"),
              para("p", "This report sets out our findings for Kent Police. We inspected the force as part of "
                        "our PEEL 2023\u201325 programme. Our inspection assessed how good the force is in eight areas "
                        "of policing, and we made graded judgments in each of them."),
              para("p", "We also reviewed how the force provides a service to victims of crime. This section is "
                        "not graded."),
              para("h1", "Overall summary"),
              para("h2", "Our judgments"),
              para("p", "Our inspection assessed how good Kent Police is in eight areas of policing. We make "
                        "graded judgments in these areas as follows:")]
    rows = [[header_cell("Area of policing"), header_cell("Grade")]]
    fills = {}
    for number, (area, value) in enumerate(KENT_GRADES, start=1):
        rows.append([area, value])
        fills[(number, 1)] = GRADE_FILL[value]
    rows.append(["Providing a service to victims of crime", "We don\u2019t grade this area"])
    story += [grid(rows, [110, 60], fills),
              Spacer(1, 4 * mm),
              para("p", "We set out our detailed findings about things the force is doing well and where the force "
                        "should improve in the rest of this report."),
              para("h1", "HM Inspector\u2019s observations"),
              para("p", "I am pleased with some aspects of the performance of Kent Police, but the force needs to "
                        "improve how it responds to the public. In our 2022 inspection we graded the force as "
                        "adequate at responding to the public, and the position has worsened since then."),
              para("p", "The force works well with its partners to prevent crime, and it manages registered sex "
                        "offenders effectively. Its leaders have a clear understanding of the demand the force "
                        "faces and have plans to meet it."),
              PageBreak()]

    def section(title: str, value: str, sentence: str) -> None:
        story.extend([para("h1", title), para("b", value), para("p", sentence)])

    section("Police powers and public treatment", "Good",
            "Kent Police is good at treating people fairly and respectfully.")
    story.append(para("p", "Officers understand the importance of treating people with fairness and respect. The "
                           "force\u2019s external scrutiny panel reviews body-worn video of stop and search each month."))
    section("Preventing crime", "Good", "Kent Police is good at preventing and deterring crime and antisocial "
                                        "behaviour, and reducing vulnerability.")
    story += [para("p", "Neighbourhood teams use problem-solving plans and work with councils and housing "
                        "providers to tackle local problems."),
              box("Promising practice", [("b", KENT_PRACTICE),
                                         ("p", "Small teams of officers, council staff and youth workers work in "
                                               "six coastal towns to reduce antisocial behaviour. Reports fell by a "
                                               "quarter in the first year.")], "#e6f2e6")]
    section("Responding to the public", "Requires improvement",
            "Kent Police requires improvement at responding to the public.")
    story += [box("Cause of concern", [("b", KENT_COC), ("p", KENT_COC_DETAIL), ("b", "Recommendations"),
                                       ("p", KENT_LEAD)] + [("bullet", text) for text in KENT_RECS], "#fbe5e5"),
              Spacer(1, 3 * mm)]
    by_area: dict[str, list] = {}
    for area, text, detail in KENT_AFIS:
        by_area.setdefault(area, []).append((text, detail))

    def afi_boxes(area: str) -> None:
        for text, detail in by_area.get(area, []):
            lines = [("b", text)] + ([("p", detail)] if detail else [])
            story.extend([box("Area for improvement", lines), Spacer(1, 3 * mm)])

    afi_boxes("Responding to the public")
    section("Investigating crime", "Adequate", "Kent Police is adequate at investigating crime.")
    afi_boxes("Investigating crime")
    section("Protecting vulnerable people", "Adequate", "Kent Police is adequate at protecting vulnerable people.")
    afi_boxes("Protecting vulnerable people")
    section("Managing offenders", "Good", "Kent Police is good at managing offenders and suspects.")
    story.append(para("p", "The force manages the risk posed by registered sex offenders well, and its integrated "
                           "offender management scheme is well led."))
    section("Developing a positive workplace", "Adequate",
            "Kent Police is adequate at building, supporting and protecting the workforce.")
    afi_boxes("Developing a positive workplace")
    section("Leadership and force management", "Good", "Kent Police is good at leadership and force management.")
    story += [para("p", "Chief officers have a good understanding of current and future demand. The force\u2019s "
                        "plans link its workforce, its finances and its estate."),
              Spacer(1, 6 * mm),
              para("small", "\u00a9 HMICFRS 2026. hmicfrs.justiceinspectorates.gov.uk")]
    data = render_reportlab(story, "PEEL 2023\u201325: An inspection of Kent Police",
                            "PEEL 2023\u201325: Kent Police | " + published)
    grades = [grade(KENT, "PEEL 2023-25", area, area, value, "2026-01", f"{area} {value}")
              for area, value in KENT_GRADES]
    records = {
        "documents": [{"force": KENT, "status": "ok", "doc_kind": "peel_report",
                       "title": "PEEL 2023\u201325: An inspection of Kent Police", "publication_date": "2026-01-27",
                       "file_type": "pdf"}],
        "grades": grades,
        "areas_for_improvement": [afi(KENT, area, text, detail) for area, text, detail in KENT_AFIS],
        "causes_of_concern": [cause(KENT, "Responding to the public", KENT_COC, KENT_COC_DETAIL)],
        "recommendations": [recommendation(KENT, KENT_COC, text, "Within six months", KENT_LEAD)
                            for text in KENT_RECS],
        "findings": [finding(KENT, "Preventing crime", "promising_practice", KENT_PRACTICE)],
    }
    return data, records


# ---------------------------------------------------------------------------------------------
# 2. PEEL 2021/22 report (ReportLab): the judgments chart a column per grade, the long 2021/22 names.

HAMPSHIRE = "Hampshire and Isle of Wight Constabulary"
# (printed name, canonical area, grade)
HAMPSHIRE_GRADES = [
    ("Recording data about crime", "Recording data about crime", "Good"),
    ("Preventing crime and anti-social behaviour", "Preventing crime", "Good"),
    ("Building, supporting and protecting the workforce", "Developing a positive workplace", "Good"),
    ("Treatment of the public", "Police powers and public treatment", "Adequate"),
    ("Responding to the public", "Responding to the public", "Adequate"),
    ("Investigating crime", "Investigating crime", "Adequate"),
    ("Managing offenders and suspects", "Managing offenders", "Adequate"),
    ("Strategic planning, organisational management and value for money", "Good use of resources", "Adequate"),
    ("Protecting vulnerable people", "Protecting vulnerable people", "Requires improvement"),
]
HAMPSHIRE_AFIS = [
    ("Investigating crime", "The force should make sure that investigations are allocated to officers with "
     "the right skills and experience."),
    ("Investigating crime", "The force should make sure it gives victims the information they need under the "
     "Code of Practice for Victims of Crime."),
    ("Protecting vulnerable people", "The force should improve how it identifies and records repeat victims of "
     "domestic abuse."),
    ("Protecting vulnerable people", "The force should make sure that officers record the voice of the child "
     "when they attend incidents where children are present."),
    ("Protecting vulnerable people", "The force should reduce the time taken to complete referrals to "
     "children\u2019s social care."),
    ("Managing offenders", "The force should make sure that it manages its backlog of digital devices seized "
     "from suspects."),
]
HAMPSHIRE_PRACTICE = "Digital evidence kiosks in every custody suite"


CHART_CELL = ParagraphStyle("chart", parent=STYLES["cell"], spaceAfter=7)  # one area a line, apart


def hampshire_peel() -> tuple[bytes, dict]:
    published = "Published on: 22 September 2022"
    columns = ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]
    story: list = [
        para("title", "PEEL 2021/22: An inspection of Hampshire and Isle of Wight Constabulary"),
        para("h2", "Police effectiveness, efficiency and legitimacy"),
        para("p", published),
        para("h1", "Overall summary"),
        para("p", "In our 2018/19 inspection, we judged the force to be good in effectiveness, good in efficiency "
                  "and good in legitimacy. This inspection uses a different framework, so the grades are not "
                  "directly comparable."),
        para("h2", "Our judgments"),
        para("p", "Our inspection assessed how good Hampshire and Isle of Wight Constabulary is in ten areas of "
                  "policing. We make graded judgments in nine of these ten as follows:"),
    ]
    cells = []
    for value in columns:
        names = [name for name, _, g in HAMPSHIRE_GRADES if g == value]
        cells.append([Paragraph(name, CHART_CELL) for name in names] or [para("cell", "")])
    header = [Paragraph(value, STYLES["cellb"]) for value in columns]
    table = Table([header, cells], colWidths=[34 * mm] * 5)
    commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f7f7f")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for c, value in enumerate(columns):
        commands.append(("BACKGROUND", (c, 0), (c, 0), colors.HexColor(GRADE_FILL[value])))
    table.setStyle(TableStyle(commands))
    story += [table, Spacer(1, 4 * mm),
              para("p", "We also inspected how effective the force is at disrupting serious organised crime. We "
                        "now inspect serious and organised crime on a regional basis, and we will publish our "
                        "findings in a separate report."),
              para("p", "We also reviewed how the force provides a service to victims of crime. This is not a "
                        "graded area."),
              para("h1", "HM Inspector\u2019s observations"),
              para("p", "I am satisfied with most aspects of the force\u2019s performance, but there are areas in "
                        "which it needs to improve. The force needs to improve how it protects vulnerable people, "
                        "and in particular how it responds to children at risk."),
              PageBreak()]

    def section(title: str, value: str, sentence: str, afis_of: str | None, text: str | None = None) -> None:
        story.extend([para("h1", title), para("b", value), para("p", sentence)])
        if text:
            story.append(para("p", text))
        items = [t for a, t in HAMPSHIRE_AFIS if a == afis_of]
        if items:
            story.append(para("h2", "Areas for improvement"))
            story.extend(para("bullet", t) for t in items)

    section("Engaging with and treating the public with fairness and respect", "Adequate",
            "Hampshire and Isle of Wight Constabulary is adequate at treating the public fairly and respectfully.",
            None, "The force has an independent panel that reviews the use of force and stop and search.")
    section("Preventing crime and anti-social behaviour", "Good",
            "Hampshire and Isle of Wight Constabulary is good at preventing crime and anti-social behaviour.",
            None, "Neighbourhood officers know their communities and use problem-solving well.")
    section("Responding to the public", "Adequate",
            "Hampshire and Isle of Wight Constabulary is adequate at responding to the public.", None,
            "The force answers most emergency calls promptly, but some callers wait too long on the "
            "non-emergency number.")
    section("Investigating crime", "Adequate",
            "Hampshire and Isle of Wight Constabulary is adequate at investigating crime.", "Investigating crime")
    section("Protecting vulnerable people", "Requires improvement",
            "Hampshire and Isle of Wight Constabulary requires improvement at protecting vulnerable people.",
            "Protecting vulnerable people")
    section("Managing offenders and suspects", "Adequate",
            "Hampshire and Isle of Wight Constabulary is adequate at managing offenders and suspects.",
            "Managing offenders")
    story += [box("Innovative practice", [("b", HAMPSHIRE_PRACTICE),
                                          ("p", "Custody staff can download evidence from a suspect\u2019s phone "
                                                "with consent while the suspect is still in custody.")],
                  "#e6f2e6")]
    section("Building, supporting and protecting the workforce", "Good",
            "Hampshire and Isle of Wight Constabulary is good at building, supporting and protecting the "
            "workforce.", None, "The force has a well-used wellbeing service.")
    section("Strategic planning, organisational management and value for money", "Adequate",
            "Hampshire and Isle of Wight Constabulary is adequate at strategic planning, organisational "
            "management and value for money.", None,
            "The force\u2019s plans are affordable, but it doesn\u2019t yet understand all the demand it faces.")
    story += [para("h1", "Recording data about crime"),
              para("p", "We published our findings on the force\u2019s crime recording in a separate report. The "
                        "force\u2019s grade for this area is shown in the judgments table above."),
              Spacer(1, 6 * mm), para("small", "\u00a9 HMICFRS 2022")]
    data = render_reportlab(story, "PEEL 2021/22: An inspection of Hampshire and Isle of Wight Constabulary",
                            "\u00a9 HMICFRS 2022 | PEEL 2021/22 Hampshire and Isle of Wight Constabulary")
    records = {
        "documents": [{"force": HAMPSHIRE, "status": "ok", "doc_kind": "peel_report",
                       "title": "PEEL 2021/22: An inspection of Hampshire and Isle of Wight Constabulary",
                       "publication_date": "2022-09-22", "file_type": "pdf"}],
        "grades": [grade(HAMPSHIRE, "PEEL 2021/22", area, name, value, "2022-09", "Our judgments")
                   for name, area, value in HAMPSHIRE_GRADES],
        "areas_for_improvement": [afi(HAMPSHIRE, area, text) for area, text in HAMPSHIRE_AFIS],
        "causes_of_concern": [],
        "recommendations": [],
        "findings": [finding(HAMPSHIRE, "Managing offenders", "innovative_practice", HAMPSHIRE_PRACTICE)],
    }
    return data, records


DOCUMENTS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "peel-2023-25-kent-r26b.pdf": kent_peel,
    "peel-2021-22-hampshire-r26b.pdf": hampshire_peel,
}


def write(name: str, data: bytes, records: dict) -> None:
    if name.endswith(".pdf"):
        set_pdf_pages(data, records)
    else:
        set_docx_pages(records)
    (HERE / name).write_bytes(data)
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED,
            "records": {kind: [ordered(row) for row in rows] for kind, rows in records.items()}}
    HELDOUT.mkdir(exist_ok=True)
    (HELDOUT / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    print(name, len(data), "bytes")


def main(names: list[str]) -> None:
    for name in names or list(DOCUMENTS):
        data, records = DOCUMENTS[name]()
        write(name, data, records)


if __name__ == "__main__":
    main(sys.argv[1:])
