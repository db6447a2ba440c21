"""Inspection blind round 35 (issue 3): documents that quote an inspection's grades and areas for
improvement in layouts of their own (a semicolon list by grade, a grade-by-year table, grades in
sentence lists, abbreviation tiles on a slide, a two-force comparison, short theme names, dot
ratings against a key, a bar chart with grade labels).

    .venv/bin/python samples/corpus/inspection-round35/generate.py [FILE ...]

builds every document (or those named) beside this file and writes its gold to gold/<file>.json.
Needs `soffice` for the three Word-made PDFs (../office_pdf.py). Deterministic: reportlab in
invariant mode, fixed zip times for Word files, office_pdf's fixed PDF metadata.

Forces are real; every name, figure, grade, date and sentence is invented.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pdfplumber
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent.parent)]  # samples/corpus, samples (generator)

from inspection_render import GRADE_FILL, fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written by hand in samples/corpus/inspection-round35/generate.py beside the text it describes, blind "
           "(no extractor code, extractor test or earlier generator read); PDF pages read against `scrutiny inspect`.")
P23, P21, CP = "PEEL 2023-25", "PEEL 2021/22", "Child protection"

# ---------------------------------------------------------------- gold records


def grade(page, force, framework, area, raw, value, as_of):
    return {"page": page, "force": force, "framework": framework, "area": area, "area_raw": raw,
            "grade": value, "as_of": as_of}


def afi(page, force, area, text, detail=None):
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def document(force, title, file_type, **more):
    return {"page": None, "force": force, "status": "ok", "title": title, "file_type": file_type, **more}


def gold(name: str, records: dict) -> dict:
    base = {"documents": [], "grades": [], "areas_for_improvement": [], "causes_of_concern": [],
            "recommendations": [], "findings": []}
    base.update(records)
    return {"source_file": name, "expect": "ok", "checked": CHECKED, "records": base}


# ---------------------------------------------------------------- page finding


def page_texts(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        return [page.extract_text() or "" for page in opened.pages]


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower().replace("’", "'"))


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))


def page_of(texts: list[str], phrase: str, after: int = 1) -> int:
    """The first page at or after ``after`` holding the phrase. A table cell wraps its text into
    lines that interleave with the neighbouring cells' lines, so a cell's phrase is found by its first
    four words in a row and most of its other words on the same page."""
    key = _squash(phrase)[:40]
    for number in range(after, len(texts) + 1):
        if key in _squash(texts[number - 1]):
            return number
    words = _words(phrase)
    for number in range(after, len(texts) + 1):
        page_words = _words(texts[number - 1])
        opening = " ".join(words[:4])
        present = sum(word in set(page_words) for word in set(words))
        if opening in " ".join(page_words) and present >= 0.85 * len(set(words)):
            return number
    raise ValueError(f"not found in the PDF: {phrase!r}")


def set_pages(records: dict, pdf: bytes, anchors: dict[str, str]) -> None:
    """Fill each record's page (it holds the text to look for under "page") from the PDF's text,
    at or after the page of the anchor phrase named for its type."""
    texts = page_texts(pdf)
    for kind, items in records.items():
        start = page_of(texts, anchors[kind]) if kind in anchors else 1
        for item in items:
            if isinstance(item.get("page"), str):
                item["page"] = page_of(texts, item["page"], start)


# ---------------------------------------------------------------- Word


class Word:
    """A Word file typed as an office types it: Arial, Word's own heading, title and list styles,
    Table Grid tables with a shaded header row, a running header."""

    def __init__(self, header: str, landscape_pages: bool = False) -> None:
        self.doc = Document()
        normal = self.doc.styles["Normal"]
        normal.font.name = "Arial"
        normal.font.size = Pt(11)
        rfonts = normal.element.rPr.get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(attr), "Arial")
        for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
            style = self.doc.styles[name]
            style.font.name = "Arial"
            style.font.color.rgb = RGBColor(0x1F, 0x2A, 0x44)
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        if landscape_pages:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Mm(297), Mm(210)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(20))
        section.header.paragraphs[0].text = header

    def title(self, text: str) -> None:
        self.doc.add_paragraph(text, style="Title")

    def heading(self, text: str, level: int = 1) -> None:
        self.doc.add_heading(text, level=level)

    def para(self, text: str = "", bold: bool = False, size: float | None = None, style: str | None = None) -> None:
        """A paragraph; **...** marks bold runs."""
        paragraph = self.doc.add_paragraph(style=style)
        for i, part in enumerate(re.split(r"\*\*", text)):
            if part:
                run = paragraph.add_run(part)
                run.bold = bold or i % 2 == 1
                if size:
                    run.font.size = Pt(size)

    def bullet(self, text: str) -> None:
        self.para(text, style="List Bullet")

    def numbered(self, text: str) -> None:
        self.para(text, style="List Number")

    def table(self, rows: list[list[str]], widths_mm: list[float], fills: dict[tuple[int, int], str] | None = None,
              header_fill: str = "D9E2F3", bold_first_column: bool = False) -> None:
        """Rows of cells; a cell's lines (split on newline) are paragraphs of their own."""
        table = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        table.autofit = False
        for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
            column.set(qn("w:w"), str(round(width * 56.7)))  # twentieths of a point, as Word lays out its grid
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = table.cell(r, c)
                cell.width = Mm(widths_mm[c])
                lines = text.split("\n")
                cell.paragraphs[0].text = ""
                for i, line in enumerate(lines):
                    paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    run = paragraph.add_run(line)
                    run.font.size = Pt(10)
                    run.bold = r == 0 or (bold_first_column and c == 0)
                fill = header_fill if r == 0 else (fills or {}).get((r, c))
                if fill:
                    shading = OxmlElement("w:shd")
                    shading.set(qn("w:val"), "clear")
                    shading.set(qn("w:color"), "auto")
                    shading.set(qn("w:fill"), fill.lstrip("#").upper())
                    cell._tc.get_or_add_tcPr().append(shading)
        header_row = table.rows[0]._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        header_row.append(repeat)
        self.doc.add_paragraph()

    def bytes(self) -> bytes:
        raw = io.BytesIO()
        self.doc.save(raw)
        return fixed_zip_times(raw.getvalue())


# ---------------------------------------------------------------- reportlab

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11, spaceAfter=3)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11.5, spaceAfter=0)
CELL_BOLD = ParagraphStyle("cellbold", parent=CELL, fontName="Helvetica-Bold")
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=17, leading=21, spaceAfter=10,
                    textColor=colors.HexColor("#1f2a44"))
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=8,
                    spaceAfter=5, textColor=colors.HexColor("#1f2a44"))
H3 = ParagraphStyle("h3", parent=BODY, fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=4,
                    spaceAfter=4)


def reportlab_pdf(flowables: list, title: str, author: str, page_size=A4, footer: str = "") -> bytes:
    buffer = io.BytesIO()

    def furniture(canvas, doc) -> None:
        if footer:
            canvas.saveState()
            canvas.setFont("Helvetica", 8)
            canvas.drawString(doc.leftMargin, 10 * mm, footer)
            canvas.drawRightString(page_size[0] - doc.rightMargin, 10 * mm, f"Page {doc.page}")
            canvas.restoreState()

    doc = SimpleDocTemplate(buffer, pagesize=page_size, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=title, author=author,
                            creator="samples/corpus/inspection-round35/generate.py",
                            invariant=1)
    doc.build(flowables, onFirstPage=furniture, onLaterPages=furniture)
    return buffer.getvalue()


def bullets(items: list[str], style: ParagraphStyle = BODY) -> ListFlowable:
    return ListFlowable([ListItem(Paragraph(item, style), leftIndent=12) for item in items], bulletType="bullet",
                        start="•", leftIndent=12, bulletFontSize=8)


def grid(rows: list[list], widths: list[float], header: bool = True, extra: list | None = None) -> Table:
    cells = [[item if not isinstance(item, str) else Paragraph(item, CELL_BOLD if header and r == 0 else CELL)
              for item in row] for r, row in enumerate(rows)]
    table = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8c8c8c")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce3ee")))
    table.setStyle(TableStyle(style + (extra or [])))
    return table


# ==== 1. Gwent: "Grade: areas; ..." list (Word)

GWENT = "Gwent Police"
GWENT_NAME = "gwent-opcc-jac-peel-summary-2026-03-r35i.docx"
GWENT_AFIS = [
    ("GP-PEEL-03", "Responding to the public", "The force should answer non-emergency calls more quickly and "
     "reduce the number of callers who abandon them.", "Open – on track"),
    ("GP-PEEL-04", "Responding to the public", "The force should make sure its call handlers use a structured "
     "risk assessment with every caller and record it.", "Closed – evidence submitted to HMICFRS"),
    ("GP-PEEL-06", "Investigating crime", "The force should make sure victims are told when their case is "
     "closed and why.", "Open – behind plan"),
    ("GP-PEEL-09", "Leadership and force management", "The force should understand the demand it faces well "
     "enough to plan its workforce for the next three years.", "Open – on track"),
]


def gwent() -> tuple[bytes, dict]:
    w = Word("OFFICIAL")
    w.para("Office of the Police and Crime Commissioner for Gwent", bold=True)
    w.para("Joint Audit Committee – 12 March 2026 – Agenda item 9")
    w.title("HMICFRS PEEL 2023–25 inspection: summary for the committee")
    w.heading("1. Purpose", 2)
    w.para("This paper tells the committee what the inspectorate found in its latest PEEL inspection of Gwent "
           "Police and how the Commissioner is holding the Chief Constable to account for the areas for "
           "improvement.")
    w.heading("2. The inspection", 2)
    w.para("HMICFRS inspected the force in the spring of 2025 and published its report on 14 October 2025. The "
           "inspectorate graded eight areas of policing. The victim service assessment is not graded.")
    w.para("The grades awarded were: Outstanding: none; Good: police powers and public treatment, and managing "
           "offenders; Adequate: preventing crime, protecting vulnerable people, developing a positive workplace "
           "and leadership and force management; Requires improvement: responding to the public and "
           "investigating crime; Inadequate: none.")
    w.para("By comparison, the 2022 inspection had judged the force good in three areas and found no area "
           "inadequate. The inspectorate raised no cause of concern this time.")
    w.para("The inspectorate found that the force understands its communities well and that its neighbourhood "
           "teams work closely with partners to solve local problems. It was less positive about the force's "
           "contact centre, where too many non-emergency callers give up before their call is answered, and "
           "about the supervision of volume crime investigations.")
    w.para("The Commissioner wrote to the Home Secretary with his section 55 response on 5 December 2025. The "
           "response is published on the OPCC website.")
    w.heading("3. Areas for improvement", 2)
    w.para("The report set out eleven areas for improvement. The force has given each a reference in its PEEL "
           "improvement plan. The four that the committee asked to follow are below; the rest are reported to "
           "the Commissioner's Strategic Performance Board.")
    w.table([["Ref", "Area", "Area for improvement", "Status at 28 February 2026"]]
            + [list(row) for row in GWENT_AFIS], [22, 38, 75, 35])
    w.para("Progress is reported to the Commissioner's Strategic Performance Board each quarter. The internal "
           "auditors will test the evidence behind two closed areas for improvement in their 2026–27 plan, so "
           "that the committee can take assurance that closure reflects a lasting change.")
    w.heading("4. Risks", 2)
    w.para("The main risk is that the contact centre's recruitment does not keep pace with leavers. The force "
           "has recorded this on its strategic risk register, and the OPCC risk register refers to it.")
    w.heading("5. Recommendation", 2)
    w.para("The committee is asked to note the report and the progress made on the areas for improvement.")
    w.para("Author: Head of Assurance, OPCC Gwent")
    records = {
        "documents": [document(GWENT, "HMICFRS PEEL 2023–25 inspection: summary for the committee", "docx",
                               meeting_date="2026-03-12")],
        "grades": [grade(None, GWENT, P23, area, raw, value, "2025-10") for area, raw, value in [
            ("Police powers and public treatment", "police powers and public treatment", "Good"),
            ("Managing offenders", "managing offenders", "Good"),
            ("Preventing crime", "preventing crime", "Adequate"),
            ("Protecting vulnerable people", "protecting vulnerable people", "Adequate"),
            ("Developing a positive workplace", "developing a positive workplace", "Adequate"),
            ("Leadership and force management", "leadership and force management", "Adequate"),
            ("Responding to the public", "responding to the public", "Requires improvement"),
            ("Investigating crime", "investigating crime", "Requires improvement")]],
        "areas_for_improvement": [afi(None, GWENT, area, text) for _, area, text, _ in GWENT_AFIS],
    }
    return w.bytes(), gold(GWENT_NAME, records)


# ==== 2. West Midlands: rows = grades, columns = years (Word -> PDF)

WMP = "West Midlands Police"
WMP_NAME = "west-midlands-spcb-peel-grades-by-year-2026-02-17-r35i.pdf"
WMP_2025 = {
    "Outstanding": [],
    "Good": ["Managing offenders", "Police powers and public treatment", "Preventing crime"],
    "Adequate": ["Protecting vulnerable people", "Developing a positive workplace", "Leadership and force management"],
    "Requires improvement": ["Responding to the public", "Investigating crime"],
    "Inadequate": [],
}
WMP_2022 = {
    "Outstanding": [],
    "Good": ["Preventing crime", "Good use of resources"],
    "Adequate": ["Treatment of the public", "Managing offenders", "Developing a positive workplace"],
    "Requires improvement": ["Investigating crime", "Protecting vulnerable people"],
    "Inadequate": ["Responding to the public"],
}
CANON_2022 = {"Treatment of the public": "Police powers and public treatment"}
WMP_AFIS = [
    ("Responding to the public", "The force should make sure it answers emergency calls within the national "
     "standard."),
    ("Responding to the public", "The force should make sure that officers attend incidents within the times it "
     "has set, and tell callers when they will be delayed."),
    ("Investigating crime", "The force should make sure that supervisors review investigations regularly and "
     "record clear direction."),
    ("Investigating crime", "The force should make sure it seeks and records the views of victims before it "
     "closes an investigation with an out-of-court resolution."),
    ("Protecting vulnerable people", "The force should improve how it shares information about vulnerable "
     "children with its partners."),
]


def west_midlands() -> tuple[bytes, dict]:
    w = Word("OFFICIAL")
    w.para("West Midlands Police and Crime Commissioner", bold=True)
    w.para("Strategic Policing and Crime Board")
    w.para("Date of meeting: 17 February 2026")
    w.para("Agenda item: 6")
    w.title("PEEL 2023–25: outcome of the inspection of West Midlands Police")
    w.heading("1. Purpose of the report", 2)
    w.para("To brief the Board on the grades the force received in its PEEL inspection and on the force's plan "
           "for the areas for improvement.")
    w.heading("2. Background", 2)
    w.para("HMICFRS published its PEEL 2023–25 report on West Midlands Police on 27 November 2025. The previous "
           "PEEL report on the force was published in September 2022, under the 2021/22 framework.")
    w.para("Table 1 shows the grades of both inspections, grouped by grade. The two frameworks do not match "
           "exactly: good use of resources was graded in 2022 only, and leadership and force management in 2025 "
           "only.")
    w.para("Table 1: PEEL grades by inspection year", bold=True)
    rows = [["Grade", "2025", "2022"]]
    fills = {}
    for r, value in enumerate(WMP_2025, start=1):
        rows.append([value, "\n".join(WMP_2025[value]) or "None", "\n".join(WMP_2022[value]) or "None"])
        fills[(r, 0)] = GRADE_FILL[value]
    w.table(rows, [40, 65, 65], fills, bold_first_column=True)
    w.para("The force improved in responding to the public, which had been inadequate in 2022, and in treating "
           "the public fairly. Protecting vulnerable people also improved by one grade.")
    w.heading("3. Areas for improvement", 2)
    w.para("The report sets out nine areas for improvement. Those in the three areas graded requires improvement "
           "or below in either year are listed in Appendix A. The force's plan gives each an owner at chief "
           "officer level.")
    w.heading("4. Recommendation", 2)
    w.para("The Board is asked to note the report.")
    w.heading("Appendix A: Areas for improvement", 2)
    current = None
    for area, text in WMP_AFIS:
        if area != current:
            w.para(area, bold=True)
            current = area
        w.numbered(text)
    w.para("Contact: Policy Officer, Office of the Police and Crime Commissioner")
    pdf = docx_to_pdf(w.bytes())
    grades = []
    for year, table, framework, as_of in (("2025", WMP_2025, P23, "2025-11"), ("2022", WMP_2022, P21, "2022-09")):
        for value, areas in table.items():
            for raw in areas:
                grades.append(grade("Table 1: PEEL grades by inspection year", WMP, framework,
                                    CANON_2022.get(raw, raw), raw, value, as_of))
    records = {
        "documents": [document(WMP, "PEEL 2023–25: outcome of the inspection of West Midlands Police", "pdf",
                               meeting_date="2026-02-17")],
        "grades": grades,
        "areas_for_improvement": [afi(text, WMP, area, text) for area, text in WMP_AFIS],
    }
    set_pages(records, pdf, {"areas_for_improvement": "Appendix A: Areas for improvement"})
    return pdf, gold(WMP_NAME, records)


# ==== 3. Humberside: grades in sentence lists (reportlab)

HUM = "Humberside Police"
HUM_NAME = "humberside-pcc-s55-child-protection-sentences-r35i.pdf"
HUM_CAUSE = ("Humberside Police does not make sure that investigations into the abuse and exploitation of "
             "children are allocated promptly and supervised effectively.")
HUM_LEAD = "Within six months, Humberside Police should:"
HUM_RECS = [
    "make sure every investigation involving a child is allocated to an officer with the right skills within "
    "an agreed time;",
    "make sure supervisors review these investigations at set points and record their direction; and",
    "check, through regular audit, that children's views are recorded and acted on during investigations.",
]
HUM_AFIS = [
    ("Responding to children at risk of harm", "Officers attending incidents should speak to children and record "
     "their views and behaviour."),
    ("Assessing risk to children and making appropriate referrals", "The force should make sure its referrals to "
     "children's social care set out the risk clearly and are made without delay."),
    ("Leadership and management", "Leaders should use information about the outcomes for children, not only "
     "the volume of referrals, to understand performance."),
    ("Police detention of children", "The force should make sure that an appropriate adult attends promptly "
     "whenever a child is detained overnight."),
]
# The table prints the report's own heading; the framework's leadership area is called by its canonical name.
CP_AREA = {"Leadership and management": "Child protection leadership"}


def humberside() -> tuple[bytes, dict]:
    story = [
        Paragraph("Office of the Police and Crime Commissioner for Humberside", SMALL),
        Paragraph("Response to the HMICFRS national child protection inspection of Humberside Police", H1),
        Paragraph("Section 55 response of the Police and Crime Commissioner – published 29 January 2026", SMALL),
        Spacer(1, 6),
        Paragraph("Introduction", H2),
        Paragraph("Under section 55 of the Police Act 1996 I must respond to any HMICFRS report on the force I "
                  "oversee within 56 days. This is my response to the inspectorate's national child protection "
                  "inspection of Humberside Police, published on 3 December 2025.", BODY),
        Paragraph("What the inspectorate found", H2),
        Paragraph("The inspectorate judged the force to be good in two areas: working with safeguarding "
                  "partners and police detention of children.", BODY),
        Paragraph("It judged the force adequate in three areas: leadership and management, responding to "
                  "children at risk of harm, and assessing risk to children and making appropriate referrals.",
                  BODY),
        Paragraph("It found that investigating reports of abuse, neglect and exploitation of children requires "
                  "improvement.", BODY),
        Paragraph("The force's previous child protection inspection, in 2019, was not graded, so these grades "
                  "cannot be compared with it. I am nonetheless encouraged that the inspectorate found the "
                  "force to be good at working with partners, something the 2019 report had asked it to improve.",
                  BODY),
        Paragraph("Cause of concern: investigating reports of abuse, neglect and exploitation of children", H2),
        Paragraph("The inspectorate raised one cause of concern:", BODY),
        Paragraph(f"<b>{HUM_CAUSE}</b>", BODY),
        Paragraph("It made the following recommendations.", BODY),
        Paragraph(HUM_LEAD, BODY),
        bullets(HUM_RECS),
        Spacer(1, 4),
        Paragraph("The Chief Constable has set up a dedicated team to review every open child abuse investigation "
                  "by the end of February 2026, and I will receive monthly reports on its progress at my "
                  "Performance and Accountability Board.", BODY),
        Paragraph("Areas for improvement", H2),
        Paragraph("The inspectorate also identified four areas for improvement. The force's response to each is "
                  "summarised below.", BODY),
    ]
    responses = [
        "Body-worn video guidance and a short training module for response officers were issued in January "
        "2026.",
        "A new referral template agreed with the four local authorities will be in use from April 2026.",
        "An outcomes dashboard is being built for the Vulnerability Board.",
        "Custody sergeants now escalate any wait over two hours to the duty inspector.",
    ]
    story.append(grid([["Inspection area", "Area for improvement", "Force response"]]
                      + [[area, text, response] for (area, text), response in zip(HUM_AFIS, responses)],
                      [45 * mm, 65 * mm, 64 * mm]))
    story += [
        Spacer(1, 8),
        Paragraph("Conclusion", H2),
        Paragraph("I will publish an update on the force's progress against the cause of concern and the areas "
                  "for improvement in my annual report.", BODY),
        Paragraph("Police and Crime Commissioner for Humberside", BODY),
    ]
    pdf = reportlab_pdf(story, "Section 55 response – child protection inspection", "OPCC Humberside",
                        footer="OPCC Humberside – section 55 response")
    as_of = "2025-12"
    records = {
        "documents": [document(HUM, "Response to the HMICFRS national child protection inspection of Humberside "
                                    "Police", "pdf")],
        "grades": [grade("What the inspectorate found", HUM, CP, area, raw, value, as_of) for area, raw, value in [
            ("Working with safeguarding partners", "working with safeguarding partners", "Good"),
            ("Police detention of children", "police detention of children", "Good"),
            ("Child protection leadership", "leadership and management", "Adequate"),
            ("Responding to children at risk of harm", "responding to children at risk of harm", "Adequate"),
            ("Assessing risk to children and making appropriate referrals",
             "assessing risk to children and making appropriate referrals", "Adequate"),
            ("Investigating reports of abuse, neglect and exploitation of children",
             "investigating reports of abuse, neglect and exploitation of children", "Requires improvement")]],
        "areas_for_improvement": [afi(text, HUM, CP_AREA.get(area, area), text) for area, text in HUM_AFIS],
        "causes_of_concern": [{"page": HUM_CAUSE, "force": HUM,
                               "area": "Investigating reports of abuse, neglect and exploitation of children",
                               "text": HUM_CAUSE, "detail": None}],
        "recommendations": [{"page": text, "force": HUM, "cause_of_concern_text": HUM_CAUSE, "text": text,
                             "timescale": "Within six months", "lead_in": HUM_LEAD} for text in HUM_RECS],
    }
    set_pages(records, pdf, {"areas_for_improvement": "Areas for improvement"})
    return pdf, gold(HUM_NAME, records)


# ==== 4. Hertfordshire: slide deck, abbreviation tiles (reportlab)

HERTS = "Hertfordshire Constabulary"
HERTS_NAME = "hertfordshire-peel-briefing-slides-2026-03-10-r35i.pdf"
HERTS_TILES = [
    ("Police powers and public treatment", "G"), ("Preventing crime", "O"), ("Responding to the public", "A"),
    ("Investigating crime", "RI"), ("Protecting vulnerable people", "A"), ("Managing offenders", "G"),
    ("Developing a positive workplace", "G"), ("Leadership and force management", "A"),
]
ABBREVIATION = {"O": "Outstanding", "G": "Good", "A": "Adequate", "RI": "Requires improvement", "I": "Inadequate"}
HERTS_AFIS = {
    "Investigating crime": [
        "The force should make sure investigations are allocated to officers with the skills and capacity to "
        "complete them.",
        "The force should improve how it records the reasons a victim withdraws support for a prosecution.",
    ],
    "Protecting vulnerable people": [
        "The force should make sure officers complete a risk assessment at every domestic abuse incident.",
    ],
    "Responding to the public": [
        "The force should reduce the time it takes to answer non-emergency calls.",
        "The force should make sure repeat and vulnerable callers are identified when they call.",
    ],
}
SLIDE_TITLE = ParagraphStyle("slide", parent=H1, fontSize=22, leading=26, textColor=colors.white, spaceAfter=0)
TILE = ParagraphStyle("tile", parent=BODY, fontName="Helvetica-Bold", fontSize=12, leading=15, alignment=TA_CENTER)
TILE_GRADE = ParagraphStyle("tilegrade", parent=TILE, fontSize=20, leading=24)


def slide_title(text: str) -> Table:
    bar = Table([[Paragraph(text, SLIDE_TITLE)]], colWidths=[261 * mm], rowHeights=[18 * mm])
    bar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#00335f")),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 10)]))
    return bar


def hertfordshire() -> tuple[bytes, dict]:
    story = [
        Spacer(1, 40 * mm),
        Paragraph("Hertfordshire Constabulary", ParagraphStyle("k", parent=H2, fontSize=16, alignment=TA_CENTER)),
        Paragraph("PEEL 2023–25: what the inspectorate found",
                  ParagraphStyle("t", parent=H1, fontSize=30, leading=36, alignment=TA_CENTER)),
        Paragraph("Briefing to the Police and Crime Commissioner's Accountability Board – 10 March 2026",
                  ParagraphStyle("s", parent=BODY, fontSize=13, alignment=TA_CENTER)),
        Paragraph("Deputy Chief Constable", ParagraphStyle("s2", parent=BODY, fontSize=12, alignment=TA_CENTER)),
        PageBreak(),
        slide_title("Our grades at a glance"),
        Spacer(1, 8 * mm),
    ]
    cells, commands = [], []
    for row in range(2):
        line = []
        for col in range(4):
            area, letters = HERTS_TILES[row * 4 + col]
            line.append([Paragraph(area, TILE), Spacer(1, 4), Paragraph(letters, TILE_GRADE)])
            commands.append(("BACKGROUND", (col, row), (col, row), colors.HexColor(GRADE_FILL[ABBREVIATION[letters]])))
        cells.append(line)
    tiles = Table(cells, colWidths=[63 * mm] * 4, rowHeights=[42 * mm] * 2)
    tiles.setStyle(TableStyle(commands + [("GRID", (0, 0), (-1, -1), 4, colors.white),
                                          ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [tiles, Spacer(1, 6 * mm),
              Paragraph("Key: O = Outstanding   G = Good   A = Adequate   RI = Requires improvement   "
                        "I = Inadequate", BODY),
              Paragraph("Source: HMICFRS PEEL 2023–25 report on Hertfordshire Constabulary, published 9 December "
                        "2025. Victim service assessment not graded.", SMALL),
              PageBreak(),
              slide_title("Areas for improvement (1 of 2)"),
              Spacer(1, 8 * mm)]
    two = [list(HERTS_AFIS)[:2]]
    two.append([bullets(HERTS_AFIS[area], ParagraphStyle("sb", parent=BODY, fontSize=13, leading=17))
                for area in two[0]])
    two[0] = [Paragraph(area, ParagraphStyle("sh", parent=H2, fontSize=15)) for area in two[0]]
    columns = Table(two, colWidths=[128 * mm, 128 * mm])
    columns.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LINEBELOW", (0, 0), (-1, 0), 1.5, colors.HexColor("#00335f"))]))
    story += [columns, PageBreak(), slide_title("Areas for improvement (2 of 2) and next steps"), Spacer(1, 8 * mm)]
    story.append(Paragraph("Responding to the public", ParagraphStyle("sh2", parent=H2, fontSize=15)))
    story.append(bullets(HERTS_AFIS["Responding to the public"],
                         ParagraphStyle("sb2", parent=BODY, fontSize=13, leading=17)))
    story += [Spacer(1, 6 * mm), Paragraph("Next steps", ParagraphStyle("sh3", parent=H2, fontSize=15)),
              bullets(["PEEL improvement board chaired by the Deputy Chief Constable meets monthly",
                       "Progress reported to the Commissioner each quarter",
                       "Contact management recovery plan in place from April 2026"],
                      ParagraphStyle("sb3", parent=BODY, fontSize=13, leading=17))]
    pdf = reportlab_pdf(story, "PEEL 2023-25 briefing", "Hertfordshire Constabulary", page_size=landscape(A4),
                        footer="Hertfordshire Constabulary – OFFICIAL")
    records = {
        "documents": [document(HERTS, "PEEL 2023–25: what the inspectorate found", "pdf",
                               meeting_date="2026-03-10")],
        "grades": [grade("Our grades at a glance", HERTS, P23, area, area, ABBREVIATION[letters], "2025-12")
                   for area, letters in HERTS_TILES],
        "areas_for_improvement": [afi(text, HERTS, area, text) for area, texts in HERTS_AFIS.items()
                                  for text in texts],
    }
    set_pages(records, pdf, {"areas_for_improvement": "Areas for improvement (1 of 2)"})
    return pdf, gold(HERTS_NAME, records)


# ==== 5. Suffolk and Norfolk: two-force comparison (Word -> PDF)

SUF, NOR = "Suffolk Constabulary", "Norfolk Constabulary"
SUF_NAME = "suffolk-pcc-app-peel-two-forces-2026-01-29-r35i.pdf"
TWO_FORCES = [
    ("Police powers and public treatment", "Good", "Good"),
    ("Preventing crime", "Good", "Adequate"),
    ("Responding to the public", "Adequate", "Requires improvement"),
    ("Investigating crime", "Requires improvement", "Adequate"),
    ("Protecting vulnerable people", "Adequate", "Adequate"),
    ("Managing offenders", "Good", "Good"),
    ("Developing a positive workplace", "Adequate", "Good"),
    ("Leadership and force management", "Good", "Adequate"),
]
SUF_AFIS = [
    ("Investigating crime", "The force should make sure that investigation plans are set and followed for "
     "every crime it investigates.", "Yes"),
    ("Investigating crime", "The force should make sure it gives victims the support they need throughout an "
     "investigation.", "No"),
    ("Responding to the public", "The force should make sure call handlers give callers advice on keeping "
     "evidence safe.", "Yes"),
]

NOR_AFIS = [
    ("Responding to the public", "The force should make sure it attends emergency incidents within the times it "
     "has set."),
    ("Responding to the public", "The force should make sure it keeps callers informed when attendance is "
     "delayed."),
]


def suffolk() -> tuple[bytes, dict]:
    w = Word("OFFICIAL")
    w.para("Police and Crime Commissioner for Suffolk", bold=True)
    w.para("Accountability and Performance Panel – 29 January 2026")
    w.title("PEEL 2023–25: Suffolk and Norfolk compared")
    w.heading("1. Introduction", 2)
    w.para("Suffolk and Norfolk constabularies share many of their support services and some operational teams. "
           "HMICFRS inspected both forces under the PEEL 2023–25 framework within a few months of each other. "
           "This paper sets the grades side by side so that the panel can see where shared services may explain "
           "a difference.")
    w.heading("2. Grades", 2)
    rows = [["Area of policing", "Suffolk", "Norfolk"], ["Report published", "18 September 2025", "6 November 2025"]]
    fills = {}
    for r, (area, suffolk_grade, norfolk_grade) in enumerate(TWO_FORCES, start=2):
        rows.append([area, suffolk_grade, norfolk_grade])
        fills[(r, 1)] = GRADE_FILL[suffolk_grade]
        fills[(r, 2)] = GRADE_FILL[norfolk_grade]
    w.table(rows, [70, 50, 50], fills)
    w.para("Suffolk's grades are higher than Norfolk's in three areas and lower in two. Both forces were found "
           "good at managing offenders, which relies on the joint offender management unit.")
    w.heading("3. Suffolk's areas for improvement", 2)
    w.para("Suffolk received seven areas for improvement. The three that touch shared services are below; the "
           "last column says whether Norfolk received the same one.")
    w.table([["PEEL area", "Area for improvement", "Also for Norfolk?"]] + [list(row) for row in SUF_AFIS],
            [45, 100, 25])
    w.heading("4. Where the forces differ", 2)
    w.para("Responding to the public is the clearest difference. Both forces answer calls through the joint "
           "contact centre, but Suffolk's attendance times are shorter, which the inspectorate linked to its "
           "smaller area and its response model.")
    w.para("Investigating crime runs the other way. Norfolk introduced its investigation standards a year "
           "earlier, and Suffolk's supervisors told the inspectorate that they had too little time to review "
           "investigations.")
    w.para("Leadership and force management reflects Suffolk's settled chief officer team and its better "
           "understanding of future demand.")
    w.heading("5. Recommendation", 2)
    w.para("The panel is asked to note the comparison and to ask the Chief Constable to report on the joint "
           "contact centre's plan at its next meeting.")
    w.doc.add_page_break()
    w.heading("Appendix: Norfolk's areas for improvement in the same areas", 2)
    w.para("For reference, the areas for improvement Norfolk received in the two areas that differ most.")
    w.table([["PEEL area", "Norfolk area for improvement"]] + [list(row) for row in NOR_AFIS], [45, 125])
    pdf = docx_to_pdf(w.bytes())
    grades = []
    for force, column, as_of in ((SUF, 1, "2025-09"), (NOR, 2, "2025-11")):
        grades += [grade("Report published", force, P23, row[0], row[0], row[column], as_of) for row in TWO_FORCES]
    records = {
        "documents": [document(SUF, "PEEL 2023–25: Suffolk and Norfolk compared", "pdf", meeting_date="2026-01-29")],
        "grades": grades,
        "areas_for_improvement": [afi(text, SUF, area, text) for area, text, _ in SUF_AFIS]
                                 + [afi(text, NOR, area, text) for area, text in NOR_AFIS],
    }
    set_pages(records, pdf, {"areas_for_improvement": "Suffolk's areas for improvement"})
    return pdf, gold(SUF_NAME, records)


# ==== 6. North Wales: force management statement, short themes (Word)

NWP = "North Wales Police"
NWP_NAME = "north-wales-fms-2026-inspection-chapter-r35i.docx"
NWP_THEMES = [
    ("Fair treatment of the public", "Police powers and public treatment", "Good"),
    ("Prevention and deterrence", "Preventing crime", "Good"),
    ("Response", "Responding to the public", "Adequate"),
    ("Investigations", "Investigating crime", "Adequate"),
    ("Vulnerability", "Protecting vulnerable people", "Requires improvement"),
    ("Offender management", "Managing offenders", "Good"),
    ("Workforce", "Developing a positive workplace", "Adequate"),
    ("Leadership", "Leadership and force management", "Good"),
]
NWP_AFIS = [
    ("NWP-HMI-014", "PEEL 2025 AFI 1", "Vulnerability", "Protecting vulnerable people",
     "The force should make sure that safeguarding referrals for vulnerable adults are made and shared "
     "without delay.", "In progress"),
    ("NWP-HMI-015", "PEEL 2025 AFI 2", "Vulnerability", "Protecting vulnerable people",
     "The force should improve how it uses its powers to protect victims of domestic abuse, including "
     "protection orders.", "In progress"),
    ("NWP-HMI-016", "PEEL 2025 AFI 3", "Investigations", "Investigating crime",
     "The force should make sure investigations are supervised and that supervisors record their reviews.",
     "Complete"),
    ("NWP-HMI-017", "PEEL 2025 AFI 4", "Response", "Responding to the public",
     "The force should make sure it attends incidents within its published times.", "Not started"),
    ("NWP-HMI-018", "PEEL 2025 AFI 5", "Workforce", "Developing a positive workplace",
     "The force should make sure supervisors have the training and time to carry out their wellbeing "
     "responsibilities.", "In progress"),
]


def north_wales() -> tuple[bytes, dict]:
    w = Word("OFFICIAL – North Wales Police Force Management Statement 2026")
    w.para("North Wales Police", bold=True)
    w.title("Force Management Statement 2026")
    w.heading("Chapter 9: Inspection, audit and assurance", 1)
    w.heading("9.1 External inspection", 2)
    w.para("The force's most recent PEEL inspection report was published by HMICFRS on 4 November 2025. The "
           "grades are summarised in Table 9.1 under the themes this statement uses; the inspectorate's own area "
           "names are given in Annex C.")
    w.para("Table 9.1: HMICFRS PEEL 2023–25 grades by FMS theme", bold=True)
    w.table([["FMS theme", "PEEL grade"]] + [[theme, value] for theme, _, value in NWP_THEMES], [80, 60],
            {(r, 1): GRADE_FILL[value] for r, (_, _, value) in enumerate(NWP_THEMES, start=1)})
    w.para("Vulnerability is the theme on which the force's grade fell furthest behind its own assessment in last "
           "year's statement, and it is the main risk carried into 2026–27.")
    w.heading("9.2 Tracking inspection findings", 2)
    w.para("Every recommendation and area for improvement the force receives is given a reference in the "
           "inspection tracker and an owner. Table 9.2 lists the open PEEL items at 31 January 2026, with their "
           "theme.")
    w.para("Table 9.2: Inspection tracker extract – PEEL 2025", bold=True)
    status_fill = {"Complete": "C6EFCE", "In progress": "FFEB9C", "Not started": "FFC7CE"}
    w.table([["Tracker ref", "Source", "FMS theme", "Requirement", "Status"]]
            + [[ref, source, theme, text, status] for ref, source, theme, _, text, status in NWP_AFIS],
            [25, 27, 25, 75, 20],
            {(r, 4): status_fill[row[5]] for r, row in enumerate(NWP_AFIS, start=1)})
    w.para("Each owner reports progress monthly to the force's Organisational Learning Board. An item is closed "
           "only when the Board has seen evidence that the change is embedded, and the force then tells "
           "HMICFRS so that the inspectorate can test it at its next visit.")
    w.heading("9.3 Internal audit", 2)
    w.para("The joint internal audit plan for 2025–26 gave substantial assurance on four of its six reviews; "
           "the two limited assurance reviews concern fleet management and overtime.")
    w.para("Management actions from internal audit are tracked in the same system as inspection findings and "
           "reported to the Joint Audit Committee at each meeting.")
    w.heading("9.4 Future demand on assurance", 2)
    w.para("The force expects two further HMICFRS inspections in 2026–27: a joint inspection of custody and the "
           "national child protection inspection. It has set aside analyst time to prepare the data these "
           "inspections will ask for.")
    records = {
        "documents": [document(NWP, "Force Management Statement 2026", "docx")],
        "grades": [grade(None, NWP, P23, area, theme, value, "2025-11") for theme, area, value in NWP_THEMES],
        "areas_for_improvement": [afi(None, NWP, area, text) for _, _, _, area, text, _ in NWP_AFIS],
    }
    return w.bytes(), gold(NWP_NAME, records)


# ==== 7. Gloucestershire: dot ratings and tracker (Word -> PDF)

GLOS = "Gloucestershire Constabulary"
GLOS_NAME = "gloucestershire-peel-tracker-dot-ratings-2026-02-r35i.pdf"
DOTS = {"Outstanding": "●●●●●", "Good": "●●●●○", "Adequate": "●●●○○", "Requires improvement": "●●○○○",
        "Inadequate": "●○○○○"}
GLOS_GRADES = [
    ("Police powers and public treatment", "Adequate"), ("Preventing crime", "Good"),
    ("Responding to the public", "Requires improvement"), ("Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Adequate"), ("Managing offenders", "Good"),
    ("Developing a positive workplace", "Requires improvement"), ("Leadership and force management", "Adequate"),
]
GLOS_AFIS = [
    ("GC-P25-01", "Responding to the public", "The force should improve the speed with which it answers 101 "
     "calls.", "Contact centre staffing model approved; 14 call handlers recruited.", "In progress"),
    ("GC-P25-02", "Responding to the public", "The force should make sure that it prioritises calls correctly "
     "using a structured assessment of threat, harm and risk.", "Revised triage tool live from December 2025.",
     "Complete"),
    ("GC-P25-03", "Developing a positive workplace", "The force should make sure that it understands and meets "
     "the wellbeing needs of its workforce.", "Wellbeing survey closed; results to People Board in March.",
     "In progress"),
    ("GC-P25-04", "Police powers and public treatment", "The force should improve how it records the grounds "
     "for stop and search.", "Monthly dip-sample by the scrutiny panel.", "In progress"),
    ("GC-P25-05", "Investigating crime", "The force should make sure that investigations are allocated to "
     "staff with the right skills and experience.", "Allocation policy rewritten.", "Complete"),
]


def gloucestershire() -> tuple[bytes, dict]:
    w = Word("OFFICIAL", landscape_pages=True)
    w.para("Gloucestershire Constabulary", bold=True)
    w.title("PEEL 2023–25 improvement tracker")
    w.para("Position at 31 January 2026 – for the Police and Crime Commissioner's Accountability and "
           "Governance Board")
    w.heading("Inspection outcome", 2)
    w.para("HMICFRS published its PEEL 2023–25 report on the force on 2 October 2025. The force's rating in each "
           "area is shown below.")
    w.para("Rating key:  ●●●●● Outstanding   ●●●●○ Good   ●●●○○ Adequate   ●●○○○ Requires improvement   "
           "●○○○○ Inadequate")
    w.table([["Area of policing", "Rating"]] + [[area, DOTS[value]] for area, value in GLOS_GRADES], [90, 40])
    w.heading("Areas for improvement", 2)
    w.para("Status: Complete – the action is done and the evidence is with HMICFRS; In progress – the action is "
           "under way.")
    status_fill = {"Complete": "C6EFCE", "In progress": "FFEB9C"}
    w.table([["Ref", "PEEL area", "Area for improvement", "Update", "Status"]] + [list(row) for row in GLOS_AFIS],
            [24, 48, 90, 70, 25], {(r, 4): status_fill[row[4]] for r, row in enumerate(GLOS_AFIS, start=1)})
    w.para("Owner: Head of Strategic Planning and Change")
    pdf = docx_to_pdf(w.bytes())
    records = {
        "documents": [document(GLOS, "PEEL 2023–25 improvement tracker", "pdf")],
        "grades": [grade("Rating key", GLOS, P23, area, area, value, "2025-10") for area, value in GLOS_GRADES],
        "areas_for_improvement": [afi(text, GLOS, area, text) for _, area, text, _, _ in GLOS_AFIS],
    }
    set_pages(records, pdf, {"areas_for_improvement": "Areas for improvement"})
    return pdf, gold(GLOS_NAME, records)


# ==== 8. Leicestershire: bar chart with grade labels (reportlab)

LEICS = "Leicestershire Police"
LEICS_NAME = "leicestershire-opcc-annual-report-peel-chart-2025-26-r35i.pdf"
LEVEL = {"Inadequate": 1, "Requires improvement": 2, "Adequate": 3, "Good": 4, "Outstanding": 5}
LEICS_GRADES = [
    ("Police powers and public treatment", "Good"), ("Preventing crime", "Outstanding"),
    ("Responding to the public", "Good"), ("Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Good"), ("Managing offenders", "Adequate"),
    ("Developing a positive workplace", "Good"), ("Leadership and force management", "Good"),
]
LEICS_AFIS = [
    "The force should make sure that its investigations are supervised effectively.",
    "The force should make sure that it manages registered sex offenders within the timescales set by national "
    "guidance.",
    "The force should make sure victims receive the updates they are entitled to under the victims' code.",
]


def grade_chart() -> Drawing:
    drawing = Drawing(170 * mm, 95 * mm)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 62 * mm, 14 * mm, 80 * mm, 76 * mm
    ordered = list(reversed(LEICS_GRADES))  # the chart draws its first category at the bottom
    chart.data = [[LEVEL[value] for _, value in ordered]]
    chart.categoryAxis.categoryNames = [area for area, _ in ordered]
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 5, 1
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = colors.HexColor("#3d6fb6")
    chart.barWidth = 6
    drawing.add(chart)
    for index, (_, value) in enumerate(ordered):  # the data label at the end of each bar, as office charts print it
        y = chart.y + chart.height * (index + 0.5) / len(ordered) - 3
        x = chart.x + chart.width * LEVEL[value] / 5 + 3
        drawing.add(String(x, y, value, fontName="Helvetica-Bold", fontSize=8))
    drawing.add(String(chart.x, 4 * mm, "Grade scale: 1 Inadequate – 5 Outstanding", fontName="Helvetica",
                       fontSize=7))
    return drawing


def leicestershire() -> tuple[bytes, dict]:
    story = [
        Paragraph("Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland", SMALL),
        Paragraph("Annual Report 2025–26", H1),
        Paragraph("Published: 30 June 2026", SMALL),
        Paragraph("Foreword", H2),
        Paragraph("This has been a year of steady progress. Leicestershire Police has recruited more neighbourhood "
                  "officers than at any time in the last decade, and the inspectorate's view of the force is "
                  "the strongest it has been since the PEEL programme began.", BODY),
        Paragraph("Holding the Chief Constable to account", H2),
        Paragraph("I hold the Chief Constable to account at my Strategic Assurance Board, which meets in public "
                  "and met six times this year, and through regular one-to-one meetings. "
                  "The Board looked at contact management, the response to violence against women and girls, "
                  "and the force's finances.", BODY),
        Paragraph("Inspection", H2),
        Paragraph("HMICFRS published its PEEL 2023–25 report on Leicestershire Police on 15 January 2026. "
                  "Figure 3 shows the grade the inspectorate gave in each area of policing.", BODY),
        Paragraph("Figure 3: HMICFRS PEEL 2023–25 grades, Leicestershire Police", H3),
        grade_chart(),
        Paragraph("Preventing crime was graded outstanding for the first time. The report also set out six areas "
                  "for improvement; among them, the inspectorate said:", BODY),
        bullets(LEICS_AFIS),
        Paragraph("I will follow the force's progress on each at my Strategic Assurance Board.", BODY),
        Paragraph("Finance", H2),
        Paragraph("The net revenue budget for 2025–26 was £262.4 million, of which £4.1 million was held by my "
                  "office for commissioned services. The year closed with an underspend of £0.6 million.", BODY),
        Paragraph("Commissioning", H2),
        Paragraph("My office funded 31 services for victims this year, including a new independent stalking "
                  "advocacy service for the city and the county.", BODY),
    ]
    pdf = reportlab_pdf(story, "Annual Report 2025-26", "OPCC Leicestershire",
                        footer="OPCC Leicester, Leicestershire and Rutland – Annual Report 2025–26")
    records = {
        "documents": [document(LEICS, "Annual Report 2025–26", "pdf")],
        "grades": [grade("Figure 3: HMICFRS PEEL 2023–25 grades", LEICS, P23, area, area, value, "2026-01")
                   for area, value in LEICS_GRADES],
        "areas_for_improvement": [afi(text, LEICS, None, text) for text in LEICS_AFIS],
    }
    set_pages(records, pdf, {})
    return pdf, gold(LEICS_NAME, records)


# ==== build

DOCUMENTS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    GWENT_NAME: gwent,
    WMP_NAME: west_midlands,
    HUM_NAME: humberside,
    HERTS_NAME: hertfordshire,
    SUF_NAME: suffolk,
    NWP_NAME: north_wales,
    GLOS_NAME: gloucestershire,
    LEICS_NAME: leicestershire,
}


def main(names: list[str]) -> None:
    GOLD.mkdir(exist_ok=True)
    for name in names or DOCUMENTS:
        data, annotations = DOCUMENTS[name]()
        (HERE / name).write_bytes(data)
        (GOLD / f"{name}.json").write_text(json.dumps(annotations, indent=2, ensure_ascii=False) + "\n")
        print(name)


if __name__ == "__main__":
    main(sys.argv[1:])
