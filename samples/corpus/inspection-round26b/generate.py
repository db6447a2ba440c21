"""Held-out inspection round 26b: eight ordinary documents of the inspection family (HMICFRS
reports, an HMI letter, a PCC's panel paper, annual report and section 55 response, a force action plan) with their
hand-written gold in gold/ (held out and scored in session 5, then promoted).

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

GOLD = HERE / "gold"
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


def afi(force: str, area: str | None, text: str, detail: str | None = None, page: int | None = None) -> dict:
    """``page`` is given by hand where the AFI sits in a table cell whose text wraps (read off `scrutiny
    inspect`): the wrapped cell's words are interleaved with the next column's in the page text."""
    record = {"_find": text[:60], "force": force, "area": area, "text": text, "detail": detail}
    if page is not None:
        record["_page"] = page
    return record


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
            if "_page" in row:
                row.pop("_find")
                row["page"] = row.pop("_page")
                continue
            key = _squash(row.pop("_find"))
            # A phrase wrapped in a table cell is interleaved with the next column's text: try its
            # first words, and say so, so that the page is checked by eye against `scrutiny inspect`.
            for length in [len(key), *range(len(key) - 5, 15, -5)]:
                found = [number for number, text in enumerate(pages, start=1) if key[:length] in text]
                if found:
                    break
            else:
                raise ValueError(f"{kind}: phrase not found in the PDF: {key!r}")
            if length < len(key):
                print(f"  check by eye: {kind} {key[:length]!r} on page {found[0]}")
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


# ---------------------------------------------------------------------------------------------
# 3. National child protection inspection made in Word and saved as PDF.

SUSSEX = "Sussex Police"
# (printed name, canonical area, grade)
SUSSEX_GRADES = [
    ("Leadership and management", "Child protection leadership", "Adequate"),
    ("Working with safeguarding partners to protect children", "Working with safeguarding partners", "Good"),
    ("Responding to children at risk of harm", "Responding to children at risk of harm", "Adequate"),
    ("Assessing risk to children and making appropriate referrals",
     "Assessing risk to children and making appropriate referrals", "Requires improvement"),
    ("Investigating reports of abuse, neglect and exploitation of children",
     "Investigating reports of abuse, neglect and exploitation of children", "Adequate"),
]
SUSSEX_AFIS = [
    ("Child protection leadership", "Sussex Police should make sure its leaders have the information they need "
     "to understand the quality of the force\u2019s child protection work.",
     "The force\u2019s performance reports count referrals and arrests but say little about what happens to "
     "the children concerned."),
    ("Responding to children at risk of harm", "Sussex Police should make sure that officers speak to children, "
     "and record their views, when they attend incidents.", None),
    ("Investigating reports of abuse, neglect and exploitation of children", "Sussex Police should make sure "
     "that strategy discussions take place promptly when a child may be at risk of significant harm.",
     "In 11 of the 40 cases we reviewed, the strategy discussion took place more than a day after the referral "
     "was made."),
]
SUSSEX_COC = ("Sussex Police doesn\u2019t always identify and assess the risk to children when officers attend "
              "incidents, and it doesn\u2019t always share information with partner agencies when it should.")
SUSSEX_COC_DETAIL = ("We reviewed 60 cases in which officers attended an incident where a child was present. In 17 "
                     "of them, officers didn\u2019t complete a child concern notification, and in nine the referral "
                     "reached children\u2019s social care more than three days later.")
SUSSEX_RECS = [
    ("Within three months, Sussex Police should:", "Within three months",
     "make sure officers complete a child concern notification whenever they attend an incident where a child "
     "is present; and"),
    ("Within three months, Sussex Police should:", "Within three months",
     "make sure supervisors check the quality of these notifications before they are shared."),
    ("Within six months, Sussex Police should:", "Within six months",
     "work with its safeguarding partners to agree how quickly referrals should reach children\u2019s social "
     "care, and monitor whether this happens."),
]
SUSSEX_PRACTICE = "A joint missing children hub with three local authorities"


def sussex_ncpi() -> tuple[bytes, dict]:
    document = new_word(header="HMICFRS", footer="National child protection inspection: Sussex Police")
    document.add_paragraph("National child protection inspection: Sussex Police", style="Title")
    document.add_paragraph("An inspection of the police response to child protection", style="Subtitle")
    document.add_paragraph("Published on: 12 March 2026")
    document.add_heading("Introduction", level=1)
    document.add_paragraph("This report sets out what we found when we inspected how well Sussex Police protects "
                           "children. Our last child protection inspection of the force, in 2019, was not graded. "
                           "Since then the force has changed how its public protection teams are organised.")
    document.add_heading("Summary of our judgments", level=1)
    document.add_paragraph("We judged the force\u2019s performance in each of the five areas we inspected:")
    rows = [["Inspection area", "Grade"]] + [[name, value] for name, _, value in SUSSEX_GRADES]
    fills = {(r, 1): GRADE_FILL[value] for r, (_, _, value) in enumerate(SUSSEX_GRADES, start=1)}
    word_table(document, rows, [11.5, 4.5], fills=fills)
    document.add_paragraph()
    document.add_paragraph("The force works well with its safeguarding partners, but it needs to improve how it "
                           "assesses risk and makes referrals. We have found a cause of concern in this area.")
    for name, area, value in SUSSEX_GRADES:
        document.add_heading(name, level=1)
        document.add_paragraph("We judged that the force requires improvement in this area."
                               if value == "Requires improvement"
                               else f"We judged the force to be {value.lower()} in this area.")
        if area == "Working with safeguarding partners":
            document.add_paragraph("The force has strong links with the three local safeguarding partnerships, and "
                                   "senior officers attend their boards.")
            document.add_heading("Promising practice", level=3)
            bold_para(document, SUSSEX_PRACTICE)
            document.add_paragraph("Police officers and social workers share one office and review every missing "
                                   "child report together on the day it is made.")
        if area == "Assessing risk to children and making appropriate referrals":
            document.add_heading("Cause of concern", level=3)
            bold_para(document, SUSSEX_COC)
            document.add_paragraph(SUSSEX_COC_DETAIL)
            document.add_heading("Recommendations", level=3)
            lead = None
            for lead_in, _, text in SUSSEX_RECS:
                if lead_in != lead:
                    document.add_paragraph(lead_in)
                    lead = lead_in
                document.add_paragraph(text, style="List Bullet")
        for afi_area, text, detail in SUSSEX_AFIS:
            if afi_area == area:
                document.add_heading("Area for improvement", level=3)
                bold_para(document, text)
                if detail:
                    document.add_paragraph(detail)
    document.add_heading("Next steps", level=1)
    document.add_paragraph("We will ask the force to tell us how it will respond to the cause of concern and "
                           "recommendations, and we will monitor its progress.")
    data = docx_to_pdf(word_bytes(document))
    records = {
        "documents": [{"force": SUSSEX, "status": "ok", "doc_kind": "child_protection_report",
                       "title": "National child protection inspection: Sussex Police",
                       "publication_date": "2026-03-12", "file_type": "pdf"}],
        "grades": [grade(SUSSEX, "Child protection", area, name, value, "2026-03", "Summary of our judgments")
                   for name, area, value in SUSSEX_GRADES],
        "areas_for_improvement": [afi(SUSSEX, area, text, detail) for area, text, detail in SUSSEX_AFIS],
        "causes_of_concern": [cause(SUSSEX, "Assessing risk to children and making appropriate referrals",
                                    SUSSEX_COC, SUSSEX_COC_DETAIL)],
        "recommendations": [recommendation(SUSSEX, SUSSEX_COC, text, timescale, lead_in)
                            for lead_in, timescale, text in SUSSEX_RECS],
        "findings": [finding(SUSSEX, "Working with safeguarding partners", "promising_practice", SUSSEX_PRACTICE)],
    }
    return data, records


# ---------------------------------------------------------------------------------------------
# 4. PCC's report to the Police and Crime Panel, made in Word and saved as PDF: this grade beside
#    the last inspection's, each column dated by its month in the header.

SURREY = "Surrey Police"
# (area, grade February 2026, grade October 2022 or None where not graded then)
SURREY_GRADES = [
    ("Police powers and public treatment", "Good", "Adequate"),
    ("Preventing crime", "Good", "Good"),
    ("Responding to the public", "Adequate", "Requires improvement"),
    ("Investigating crime", "Requires improvement", "Adequate"),
    ("Protecting vulnerable people", "Adequate", "Adequate"),
    ("Managing offenders", "Good", "Good"),
    ("Developing a positive workplace", "Adequate", "Good"),
    ("Leadership and force management", "Good", None),
]
SURREY_AFIS = [
    ("Responding to the public", "The force should make sure it answers non-emergency calls promptly."),
    ("Investigating crime", "The force should make sure that investigations are supervised effectively."),
    ("Investigating crime", "The force should improve the quality and frequency of the updates it gives victims."),
    ("Protecting vulnerable people", "The force should improve how it manages the risk posed by people who "
     "breach domestic abuse protection orders."),
    ("Developing a positive workplace", "The force should make sure its wellbeing support reaches staff in the "
     "contact centre."),
]


def surrey_pcp() -> tuple[bytes, dict]:
    document = new_word(header="OFFICIAL", footer="Surrey Police and Crime Panel \u2013 5 March 2026 \u2013 Item 7")
    bold_para(document, "SURREY POLICE AND CRIME PANEL", 12)
    document.add_paragraph("Date of meeting: 5 March 2026")
    document.add_paragraph("HMICFRS PEEL 2023\u201325 inspection of Surrey Police", style="Title")
    document.add_paragraph("Report of the Police and Crime Commissioner for Surrey")
    document.add_heading("1. Summary", level=1)
    document.add_paragraph("This report sets out the findings of His Majesty\u2019s Inspectorate of Constabulary and "
                           "Fire & Rescue Services (HMICFRS) in its latest PEEL inspection of Surrey Police, and how "
                           "I will hold the Chief Constable to account for the force\u2019s response.")
    document.add_heading("2. The inspection", level=1)
    document.add_paragraph("HMICFRS published its PEEL 2023\u201325 report on Surrey Police on 4 February 2026. The "
                           "previous PEEL inspection, under the 2021/22 framework, was published in October 2022. "
                           "The table below sets the grades of the two inspections side by side.")
    rows = [["Area of policing", "Grade (February 2026)", "Grade (October 2022)"]]
    for area, now, then in SURREY_GRADES:
        rows.append([area, now, then or "Not graded in 2022"])
    rows.append(["Providing a service to victims of crime", "Not graded", ""])
    table = word_table(document, rows, [8.5, 4, 4])
    table.cell(len(rows) - 1, 1).merge(table.cell(len(rows) - 1, 2))
    document.add_paragraph()
    document.add_paragraph("I am pleased that the force has improved in three areas, including responding to the "
                           "public. The fall in the grade for investigating crime is a concern to me and I have "
                           "asked the Chief Constable for a plan to address it.")
    document.add_heading("3. Areas for improvement", level=1)
    document.add_paragraph("HMICFRS identified five areas for improvement. I will monitor the force\u2019s progress "
                           "on each through my Performance and Accountability Meetings.")
    oversight = ["Quarterly contact centre report", "Investigation standards deep dive, June 2026",
                 "Victim satisfaction survey results", "Domestic abuse scrutiny panel", "People board report"]
    rows = [["Area", "Area for improvement", "How I will oversee it"]]
    rows += [[area, text, how] for (area, text), how in zip(SURREY_AFIS, oversight)]
    word_table(document, rows, [4.2, 7.8, 4.5])
    document.add_heading("4. Causes of concern", level=1)
    document.add_paragraph("HMICFRS did not identify any causes of concern in this inspection.")
    document.add_heading("5. Recommendation", level=1)
    document.add_paragraph("That the Panel notes the findings of the inspection and the Commissioner\u2019s "
                           "arrangements for overseeing the force\u2019s response.")
    document.add_paragraph("Contact: Head of Performance and Scrutiny, Office of the Police and Crime Commissioner "
                           "for Surrey")
    data = docx_to_pdf(word_bytes(document))
    grades = []
    for area, now, then in SURREY_GRADES:
        grades.append(grade(SURREY, "PEEL 2023-25", area, area, now, "2026-02", "Grade (February 2026)"))
        if then:
            grades.append(grade(SURREY, "PEEL 2021/22", area, area, then, "2022-10", "Grade (February 2026)"))
    records = {
        "documents": [{"force": SURREY, "status": "ok",
                       "title": "HMICFRS PEEL 2023\u201325 inspection of Surrey Police",
                       "meeting_date": "2026-03-05", "file_type": "pdf"}],
        "grades": grades,
        "areas_for_improvement": [afi(SURREY, area, text, page=page)
                                  for (area, text), page in zip(SURREY_AFIS, [1, 2, 2, 2, 2])],
        "causes_of_concern": [],
        "recommendations": [],
        "findings": [],
    }
    return data, records


# ---------------------------------------------------------------------------------------------
# 5. Force's PEEL action plan in Word: each area a heading with its grade in brackets.

THAMES_VALLEY = "Thames Valley Police"
TV_GRADES = [
    ("Police powers and public treatment", "Good"),
    ("Preventing crime", "Adequate"),
    ("Responding to the public", "Good"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Adequate"),
    ("Managing offenders", "Adequate"),
    ("Developing a positive workplace", "Good"),
    ("Leadership and force management", "Adequate"),
]
TV_AFIS = [
    ("Preventing crime", "AFI 1", "The force should evaluate its problem-solving work so that it knows what works "
     "and shares it.", "Evaluation toolkit issued to neighbourhood teams; first reviews due in March.",
     "Supt Neighbourhoods", "31/03/2026"),
    ("Investigating crime", "AFI 2", "The force should make sure it obtains and records the victim\u2019s wishes "
     "when a victim withdraws support for an investigation.", "Form changed on the crime system; audit in May.",
     "DCI Crime Standards", "31/05/2026"),
    ("Protecting vulnerable people", "AFI 3", "The force should make sure that a supervisor reviews every domestic "
     "abuse risk assessment.", "Supervisor review added to the workflow; compliance at 81%.", "Supt Public Protection",
     "30/04/2026"),
    ("Managing offenders", "AFI 4", "The force should reduce the backlog of home visits to registered sex "
     "offenders.", "Backlog down from 212 to 96 visits.", "DCI Offender Management", "30/06/2026"),
    ("Leadership and force management", "AFI 5", "The force should make sure it understands the demand on its "
     "control room and plans its workforce to meet it.", "Demand modelling commissioned.", "Head of Contact",
     "30/09/2026"),
]
TV_COC = ("Thames Valley Police doesn\u2019t make sure that investigations are properly supervised and completed "
          "in a timely way.")
TV_LEAD = "HMICFRS recommended that, within six months, the force should:"
TV_RECS = ["make sure that supervisors review every investigation and record their direction; and",
           "make sure it has enough trained detectives to meet the demand it faces."]


def thames_valley_plan() -> tuple[bytes, dict]:
    document = new_word(landscape=True, header="OFFICIAL", footer="Thames Valley Police \u2013 PEEL action plan")
    document.add_paragraph("Thames Valley Police: PEEL 2023\u201325 action plan", style="Title")
    document.add_paragraph("Owner: Deputy Chief Constable    Version 3, 12 January 2026")
    document.add_paragraph("HMICFRS published its PEEL 2023\u201325 report on Thames Valley Police on 18 November "
                           "2025. This plan sets out how the force is responding to the cause of concern, the "
                           "recommendations and the areas for improvement in the report. Each heading gives the "
                           "grade HMICFRS awarded in brackets.")
    for area, value in TV_GRADES:
        document.add_heading(f"{area} ({value})", level=2)
        if area == "Investigating crime":
            bold_para(document, "Cause of concern")
            document.add_paragraph(TV_COC)
            document.add_paragraph(TV_LEAD)
            for text in TV_RECS:
                document.add_paragraph(text, style="List Number")
            document.add_paragraph("Progress: a supervision standard was launched in December 2025 and 40 detective "
                                   "posts are being filled through a direct-entry scheme.")
        items = [row for row in TV_AFIS if row[0] == area]
        if items:
            rows = [["No.", "Area for improvement", "Our response", "Lead", "Due"]]
            rows += [[number, text, response, lead, due] for _, number, text, response, lead, due in items]
            word_table(document, rows, [1.6, 9, 8, 3.8, 2.4])
        elif area != "Investigating crime":
            document.add_paragraph("HMICFRS identified no areas for improvement in this area.")
    document.add_paragraph()
    document.add_paragraph("The plan is reviewed each month by the Force Performance Board and reported to the "
                           "Police and Crime Commissioner\u2019s Level 1 meeting each quarter.")
    data = word_bytes(document)
    records = {
        "documents": [{"force": THAMES_VALLEY, "status": "ok", "doc_kind": "force_response",
                       "title": "Thames Valley Police: PEEL 2023\u201325 action plan", "file_type": "docx"}],
        "grades": [grade(THAMES_VALLEY, "PEEL 2023-25", area, area, value, "2025-11") for area, value in TV_GRADES],
        "areas_for_improvement": [afi(THAMES_VALLEY, area, text) for area, _, text, *_ in TV_AFIS],
        "causes_of_concern": [cause(THAMES_VALLEY, "Investigating crime", TV_COC)],
        "recommendations": [recommendation(THAMES_VALLEY, TV_COC, text, "Within six months", TV_LEAD)
                            for text in TV_RECS],
        "findings": [],
    }
    return data, records


# ---------------------------------------------------------------------------------------------
# 6. PCC's bilingual section 55 response in Word: the grades as dotted-leader lines.

DYFED_POWYS = "Dyfed-Powys Police"
DP_GRADES = [
    ("Police powers and public treatment", "Good"),
    ("Preventing crime", "Good"),
    ("Responding to the public", "Adequate"),
    ("Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Requires improvement"),
    ("Managing offenders", "Good"),
    ("Developing a positive workplace", "Adequate"),
    ("Leadership and force management", "Adequate"),
]
# (Welsh heading, English area, AFI, commissioner's response)
DP_AFIS = [
    ("Ymateb i\u2019r cyhoedd", "Responding to the public",
     "The force should make sure that calls are answered within national targets at busy times.",
     "The force has recruited 12 more call handlers and I receive a weekly report on answer times."),
    ("Diogelu pobl agored i niwed", "Protecting vulnerable people",
     "The force should make sure that officers complete a risk assessment at every domestic abuse incident.",
     "My office will audit a sample of cases each quarter with the force\u2019s public protection unit."),
    ("Diogelu pobl agored i niwed", "Protecting vulnerable people",
     "The force should improve how it shares information about children at risk with partner agencies.",
     "I have raised this with the four regional safeguarding boards."),
    ("Datblygu gweithle cadarnhaol", "Developing a positive workplace",
     "The force should make sure that its workforce can get occupational health support within a reasonable "
     "time.", "A new occupational health contract starts in April 2026."),
    ("Arweinyddiaeth a rheoli\u2019r heddlu", "Leadership and force management",
     "The force should make sure it has a clear plan for replacing its ageing information technology.",
     "The digital strategy will come to my Policing Accountability Board in March."),
]


def dyfed_powys_s55() -> tuple[bytes, dict]:
    document = new_word(footer="Comisiynydd Heddlu a Throseddu Dyfed-Powys / Dyfed-Powys Police and Crime "
                               "Commissioner")
    bold_para(document, "Comisiynydd Heddlu a Throseddu Dyfed-Powys / Dyfed-Powys Police and Crime Commissioner")
    document.add_paragraph("Ymateb Adran 55 i adroddiad PEEL / Section 55 response to the PEEL report", style="Title")
    document.add_paragraph("Dyddiad / Date: 20 January 2026")
    document.add_heading("Cyflwyniad / Introduction", level=1)
    document.add_paragraph("His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) "
                           "published its PEEL 2023\u201325 report on Dyfed-Powys Police on 25 November 2025. "
                           "Section 55 of the Police Act 1996 requires me to publish my comments on the report and to "
                           "send them to the Home Secretary. I have discussed the report with the Chief Constable.")
    document.add_heading("Graddau / Grades", level=1)
    document.add_paragraph("HMICFRS graded the force as follows:")
    for area, value in DP_GRADES:
        paragraph = document.add_paragraph(f"{area}\t{value}")
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        paragraph.paragraph_format.space_after = Pt(2)
    document.add_paragraph()
    document.add_paragraph("In its previous inspection HMICFRS graded the force good at protecting vulnerable people, "
                           "so the grade in this area is a disappointment. The Chief Constable has assured me that "
                           "it is the force\u2019s first priority.")
    document.add_heading("Meysydd i\u2019w gwella / Areas for improvement", level=1)
    document.add_paragraph("HMICFRS identified five areas for improvement. I set out each below with my response.")
    heading = None
    for welsh, area, text, response in DP_AFIS:
        if area != heading:
            document.add_heading(f"{welsh} / {area}", level=2)
            heading = area
        paragraph = document.add_paragraph()
        paragraph.add_run(text).italic = True
        response_paragraph = document.add_paragraph()
        response_paragraph.add_run("Ymateb y Comisiynydd / Commissioner\u2019s response: ").bold = True
        response_paragraph.add_run(response)
    document.add_heading("Achosion pryder / Causes of concern", level=1)
    document.add_paragraph("HMICFRS did not identify any causes of concern.")
    document.add_paragraph("Comisiynydd Heddlu a Throseddu / Police and Crime Commissioner")
    data = word_bytes(document)
    records = {
        "documents": [{"force": DYFED_POWYS, "status": "ok", "title": "Section 55 response to the PEEL report",
                       "file_type": "docx"}],
        "grades": [grade(DYFED_POWYS, "PEEL 2023-25", area, area, value, "2025-11") for area, value in DP_GRADES],
        "areas_for_improvement": [afi(DYFED_POWYS, area, text) for _, area, text, _ in DP_AFIS],
        "causes_of_concern": [],
        "recommendations": [],
        "findings": [],
    }
    return data, records


# ---------------------------------------------------------------------------------------------
# 7. PCC's annual report (ReportLab): the PEEL grades as a tick matrix, a column per grade.

DEVON_CORNWALL = "Devon and Cornwall Police"
DC_GRADES = [
    ("Police powers and public treatment", "Good"),
    ("Preventing crime", "Good"),
    ("Responding to the public", "Requires improvement"),
    ("Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Adequate"),
    ("Managing offenders", "Adequate"),
    ("Developing a positive workplace", "Good"),
    ("Leadership and force management", "Adequate"),
]
DC_AFIS = [
    "The force should make sure it answers 101 calls within a reasonable time.",
    "The force should improve how it records and reviews the risk to repeat victims of antisocial behaviour.",
    "The force should make sure it has enough trained investigators for the crimes it records.",
]
TICK_FONT = "DejaVuSans"


def devon_cornwall_annual_report() -> tuple[bytes, dict]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if TICK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(TICK_FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    tick = ParagraphStyle("tick", parent=STYLES["cell"], fontName=TICK_FONT, alignment=1)
    columns = ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]
    story: list = [
        para("small", "Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
        Spacer(1, 20 * mm),
        para("title", "Annual Report 2025\u201326"),
        para("h2", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
        para("p", "Published: 24 June 2026"),
        Spacer(1, 8 * mm),
        para("h1", "Foreword"),
        para("p", "This report looks back on the second year of my Police and Crime Plan. It sets out what has been "
                  "achieved against the plan\u2019s four priorities \u2013 violence, antisocial behaviour, drugs and "
                  "road safety \u2013 and how I have held the Chief Constable to account for the performance of the "
                  "force on behalf of the public."),
        para("p", "Recorded crime fell by 3 percent over the year, and the number of people killed or seriously "
                  "injured on our roads fell for the second year running. But too many people still wait too long "
                  "when they call the police, and this remains my first concern."),
        para("h1", "Our priorities"),
    ]
    measures = [["Measure", "2024\u201325", "2025\u201326"],
                ["Total recorded crime", "118,204", "114,660"],
                ["Antisocial behaviour incidents", "31,870", "29,115"],
                ["Killed or seriously injured on roads", "842", "806"],
                ["999 calls answered within 10 seconds", "71%", "78%"]]
    story += [para("p", "Table 1: performance against the plan\u2019s measures"),
              grid(measures, [90, 40, 40], header_fill="#d9d9d9"),
              PageBreak(),
              para("h1", "Holding the Chief Constable to account"),
              para("p", "I hold the Chief Constable to account at my monthly Accountability Board, and I publish its "
                        "papers and minutes on my website."),
              para("h2", "HMICFRS PEEL inspection"),
              para("p", "His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services published its PEEL "
                        "2023\u201325 report on Devon and Cornwall Police in March 2025. The grades it awarded are "
                        "shown below."),
              para("p", "Table 2: PEEL 2023\u201325 grades")]
    small_bold = ParagraphStyle("tickhead", parent=STYLES["cellb"], fontSize=8.5, leading=10.5)
    rows = [[para("cellb", "Area")] + [Paragraph(value, small_bold) for value in columns]]
    for area, value in DC_GRADES:
        rows.append([para("cell", area)] + [Paragraph("\u2713" if value == c else "", tick) for c in columns])
    table = Table(rows, colWidths=[50 * mm] + [24 * mm] * 5)
    commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f7f7f")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for c, value in enumerate(columns, start=1):
        commands.append(("BACKGROUND", (c, 0), (c, 0), colors.HexColor(GRADE_FILL[value])))
    table.setStyle(TableStyle(commands))
    story += [table, Spacer(1, 4 * mm),
              para("p", "The grade for responding to the public reflects the long waits on the 101 service. I have "
                        "funded 30 additional call handlers, and answer times have improved since the inspection."),
              para("p", "HMICFRS raised no causes of concern. It identified areas for improvement, including that:"),
              ] + [para("bullet", text) for text in DC_AFIS] + [
              para("p", "I receive a report on the force\u2019s progress against each area for improvement at every "
                        "Accountability Board."),
              para("h1", "Finance"),
              para("p", "The net revenue budget for 2025\u201326 was \u00a3412.6 million, of which \u00a3401.9 million was "
                        "spent. The underspend has been set aside for the replacement of the control room systems."),
              ]
    data = render_reportlab(story, "Annual Report 2025\u201326",
                            "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly \u2013 "
                            "Annual Report 2025\u201326")
    records = {
        "documents": [{"force": DEVON_CORNWALL, "status": "ok", "title": "Annual Report 2025\u201326",
                       "file_type": "pdf"}],
        "grades": [grade(DEVON_CORNWALL, "PEEL 2023-25", area, area, value, "2025-03", "Table 2: PEEL")
                   for area, value in DC_GRADES],
        "areas_for_improvement": [afi(DEVON_CORNWALL, None, text) for text in DC_AFIS],
        "causes_of_concern": [],
        "recommendations": [],
        "findings": [],
    }
    return data, records


# ---------------------------------------------------------------------------------------------
# 8. HM Inspector's letter to the Commissioner before publication (ReportLab, Times): the grades in
#    a borderless two-column table, a cause of concern under a heading that names its area.

MET = "Metropolitan Police Service"
MET_GRADES = [
    ("Police powers and public treatment", "Adequate"),
    ("Preventing crime", "Good"),
    ("Responding to the public", "Adequate"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Inadequate"),
    ("Managing offenders", "Adequate"),
    ("Developing a positive workplace", "Requires improvement"),
    ("Leadership and force management", "Adequate"),
]
MET_COC = ("The Metropolitan Police Service isn\u2019t doing enough to protect children who go missing from home or "
           "care, or who are at risk of exploitation.")
MET_COC_DETAIL = ("In too many of the cases we examined, officers classified children as absent rather than missing "
                  "and didn\u2019t consider the risk of exploitation. Return home interviews were often late, and "
                  "information from them wasn\u2019t used to plan the force\u2019s response.")
MET_LEAD = "Within three months, the Metropolitan Police Service should:"
MET_RECS = [
    "make sure that officers assess the risk of exploitation every time a child is reported missing;",
    "make sure that information from return home interviews is recorded on its systems and used; and",
    "review how its missing persons units are staffed across its basic command units.",
]


def met_hmi_letter() -> tuple[bytes, dict]:
    serif = ParagraphStyle("serif", parent=BASE, fontName="Times-Roman", fontSize=11.5, leading=15, spaceAfter=8)
    serif_bold = ParagraphStyle("serifb", parent=serif, fontName="Times-Bold")
    serif_right = ParagraphStyle("serifr", parent=serif, alignment=2, spaceAfter=2)
    bullet = ParagraphStyle("serifbullet", parent=serif, leftIndent=16, bulletIndent=4, spaceAfter=4)
    story: list = [para("b", "His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services"),
                   Paragraph("HM Inspector of Constabulary", serif_right),
                   Paragraph("10 South Colonnade, London E14 4PU", serif_right),
                   Spacer(1, 6 * mm),
                   Paragraph("Commissioner of Police of the Metropolis<br/>New Scotland Yard<br/>London", serif),
                   Paragraph("16 January 2026", serif),
                   Paragraph("Dear Commissioner,", serif),
                   Paragraph("PEEL 2023\u201325 inspection of the Metropolitan Police Service", serif_bold),
                   Paragraph("I am writing to tell you the outcome of our recent PEEL inspection of the Metropolitan "
                             "Police Service, ahead of the publication of our report, which we will publish on "
                             "10 February 2026. I am grateful to you and your officers and staff for the help they "
                             "gave my team.", serif),
                   Paragraph("Our graded judgments for the eight areas we inspected are as follows:", serif)]
    rows = [[Paragraph(area, serif), Paragraph(value, serif_bold)] for area, value in MET_GRADES]
    table = Table(rows, colWidths=[100 * mm, 60 * mm])
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    story += [table, Spacer(1, 3 * mm),
              Paragraph("The force has improved in some areas since our last inspection, but I have serious concerns "
                        "about how it protects vulnerable children. I have therefore identified a cause of concern, "
                        "which I set out below so that you can begin to address it before the report is published.",
                        serif),
              Paragraph("Cause of concern \u2013 Protecting vulnerable people", serif_bold),
              Paragraph(MET_COC, serif), Paragraph(MET_COC_DETAIL, serif),
              Paragraph("Recommendations", serif_bold), Paragraph(MET_LEAD, serif)]
    story += [Paragraph(text, bullet, bulletText="\u2022") for text in MET_RECS]
    story += [Paragraph("Our report will also set out nine areas for improvement and the things the force does well. "
                        "My team will discuss the report\u2019s findings with your chief officer team before "
                        "publication.", serif),
              Paragraph("I am copying this letter to the Mayor\u2019s Office for Policing and Crime.", serif),
              Paragraph("Yours sincerely,", serif), Spacer(1, 10 * mm),
              Paragraph("HM Inspector of Constabulary", serif)]
    data = render_reportlab(story, "PEEL 2023\u201325 inspection of the Metropolitan Police Service",
                            "OFFICIAL \u2013 not for publication before 10 February 2026")
    records = {
        "documents": [{"force": MET, "status": "ok",
                       "title": "PEEL 2023\u201325 inspection of the Metropolitan Police Service", "file_type": "pdf"}],
        "grades": [grade(MET, "PEEL 2023-25", area, area, value, "2026-02", "Our graded judgments")
                   for area, value in MET_GRADES],
        "areas_for_improvement": [],
        "causes_of_concern": [cause(MET, "Protecting vulnerable people", MET_COC, MET_COC_DETAIL)],
        "recommendations": [recommendation(MET, MET_COC, text, "Within three months", MET_LEAD) for text in MET_RECS],
        "findings": [],
    }
    return data, records


DOCUMENTS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "peel-2023-25-kent-r26b.pdf": kent_peel,
    "peel-2021-22-hampshire-r26b.pdf": hampshire_peel,
    "ncpi-sussex-r26b.pdf": sussex_ncpi,
    "surrey-pcp-peel-2026-03-05-r26b.pdf": surrey_pcp,
    "thames-valley-peel-action-plan-r26b.docx": thames_valley_plan,
    "dyfed-powys-pcc-s55-peel-r26b.docx": dyfed_powys_s55,
    "devon-cornwall-pcc-annual-report-2025-26-r26b.pdf": devon_cornwall_annual_report,
    "met-hmi-letter-peel-2026-01-16-r26b.pdf": met_hmi_letter,
}


def write(name: str, data: bytes, records: dict) -> None:
    if name.endswith(".pdf"):
        set_pdf_pages(data, records)
    else:
        set_docx_pages(records)
    (HERE / name).write_bytes(data)
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED,
            "records": {kind: [ordered(row) for row in rows] for kind, rows in records.items()}}
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    print(name, len(data), "bytes")


def main(names: list[str]) -> None:
    for name in names or list(DOCUMENTS):
        data, records = DOCUMENTS[name]()
        write(name, data, records)


if __name__ == "__main__":
    main(sys.argv[1:])
