"""Held-out inspection round 22b: six documents of the inspection family with their gold.

Run: .venv/bin/python samples/corpus/inspection-round22b/generate.py
(needs LibreOffice's `soffice` on PATH for the two PDFs made in Word).

Written blind (no extractor code or test read). Names, figures, grades and wording are invented.
Gold goes to gold/<file>.json (held out in heldout/ until scored at the end of session 4), beside the text it describes here; a PDF record's page is the
first page whose text holds the record's anchor (read back with pdfplumber), so pages follow the
layout the PDF really has.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pdfplumber
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (KeepTogether, ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[1]))  # samples/, for the shared generator package

from inspection_render import GRADE_FILL, fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written by hand in samples/corpus/inspection-round22b/generate.py next to the text it describes, blind "
           "(no extractor code or test read); PDF pages found from the PDF's own text and checked against "
           "`scrutiny inspect`. Held out: not scored by CI.")
P23 = "PEEL 2023-25"
P21 = "PEEL 2021/22"
CP = "Child protection"


# ---------------------------------------------------------------- gold records

def grade(force: str, framework: str, area: str, raw: str, value: str, as_of: str | None, anchor: str) -> dict:
    return {"page": anchor, "force": force, "framework": framework, "area": area, "area_raw": raw,
            "grade": value, "as_of": as_of}


def afi(force: str, area: str | None, text: str, detail: str | None, anchor: str | None = None) -> dict:
    """``anchor``: a text the record's page holds, where its own words wrap inside a table cell."""
    return {"page": anchor or text, "force": force, "area": area, "text": text, "detail": detail}


def cause(force: str, area: str | None, text: str, detail: str | None) -> dict:
    return {"page": text, "force": force, "area": area, "text": text, "detail": detail}


def rec(force: str, text: str, timescale: str | None, lead_in: str | None, cause_text: str | None) -> dict:
    record = {"page": text, "force": force, "text": text, "timescale": timescale,
              "cause_of_concern_text": cause_text}
    if lead_in is not None:
        record["lead_in"] = lead_in
    return record


def finding(force: str, area: str | None, kind: str, text: str) -> dict:
    return {"page": text, "force": force, "area": area, "kind": kind, "text": text}


def _squash(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", "", text).lower()


def set_pages(data: bytes | None, records: dict) -> None:
    """Each record's page anchor (a text it starts with) becomes the first page holding it;
    a Word file's records get page null."""
    pages: list[str] = []
    if data is not None:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [_squash(page.extract_text() or "") for page in pdf.pages]
    for kind, items in records.items():
        if kind == "documents":
            continue
        for record in items:
            anchor = record["page"]
            if data is None:
                record["page"] = None
                continue
            key = _squash(anchor)[:60]
            found = [number for number, text in enumerate(pages, start=1) if key in text]
            if not found:
                raise SystemExit(f"anchor not found in PDF: {anchor!r}")
            record["page"] = found[0]


def write(name: str, data: bytes, records: dict) -> None:
    set_pages(data if name.endswith(".pdf") else None, records)
    if name.endswith(".pdf"):
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            records["documents"][0]["pages"] = len(pdf.pages)
    (HERE / name).write_bytes(data)
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
    (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    counts = {kind: len(items) for kind, items in records.items()}
    print(f"{name}: {len(data)} bytes; {counts}")


def document_record(file_type: str, doc_kind: str | None, force: str, title: str, **fields: str | None) -> dict:
    """``doc_kind`` None: left out of the gold (not scored)."""
    record = {"page": None, "file_type": file_type, "status": "ok", "doc_kind": doc_kind, "force": force,
              "title": title, **fields}
    if doc_kind is None:
        del record["doc_kind"]
    return record


# ---------------------------------------------------------------- Word helpers

def new_word(font: str = "Arial") -> Document:
    document = Document()
    properties = document.core_properties
    properties.author = "Office"
    properties.last_modified_by = "Office"
    properties.created = properties.modified = datetime(2026, 1, 5, 9, 0, 0)
    properties.revision = 1
    normal = document.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(11)
    rfonts = normal.element.rPr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), font)
    for section in document.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin = section.right_margin = Cm(2.2)
        section.top_margin = section.bottom_margin = Cm(2.2)
    return document


def rich(paragraph, text: str) -> None:
    """``**bold**`` and ``*italic*`` runs."""
    for part in re.split(r"(\*\*[^*]+\*\*|\*[^*]+\*)", text):
        if not part:
            continue
        if part.startswith("**"):
            paragraph.add_run(part[2:-2]).bold = True
        elif part.startswith("*"):
            paragraph.add_run(part[1:-1]).italic = True
        else:
            paragraph.add_run(part)


def para(document, text: str, style: str | None = None):
    paragraph = document.add_paragraph(style=style)
    rich(paragraph, text)
    return paragraph


def bullets(document, items: list[str], style: str = "List Bullet") -> None:
    for item in items:
        para(document, item, style)


def shade(cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.lstrip("#").upper())
    properties.append(shading)


def repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    properties.append(marker)


def word_table(document, rows: list[list[str]], widths: list[float], header_fill: str | None = "#1f3864",
               header_colour: str = "FFFFFF", size: float = 10):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = table.cell(r, c)
            cell.width = Cm(widths[c])
            paragraph = cell.paragraphs[0]
            rich(paragraph, value)
            for run in paragraph.runs:
                run.font.size = Pt(size)
                if r == 0 and header_fill:
                    run.bold = True
                    run.font.color.rgb = RGBColor.from_string(header_colour)
            if r == 0 and header_fill:
                shade(cell, header_fill)
    if header_fill:
        repeat_header(table.rows[0])
    return table


def field_run(paragraph, instruction: str) -> None:
    """A PAGE / NUMPAGES field, as Word writes it."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = instruction
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(text)
    run._r.append(end)


def footer(document, text: str, numbered: bool = True) -> None:
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.add_run(text)
    if numbered:
        paragraph.add_run("Page ")
        field_run(paragraph, "PAGE")
        paragraph.add_run(" of ")
        field_run(paragraph, "NUMPAGES")
    for run in paragraph.runs:
        run.font.size = Pt(9)


def header(document, text: str) -> None:
    paragraph = document.sections[0].header.paragraphs[0]
    paragraph.add_run(text).bold = True


def page_break(document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def word_bytes(document) -> bytes:
    raw = io.BytesIO()
    document.save(raw)
    return fixed_zip_times(raw.getvalue())


# ---------------------------------------------------------------- ReportLab helpers

pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold")
SMALL = ParagraphStyle("small", parent=BODY, fontSize=9.5, leading=12, spaceAfter=0)
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=10)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=8, spaceAfter=6)
H3 = ParagraphStyle("h3", parent=BODY, fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=4, spaceAfter=4)


def rl_markup(text: str) -> str:
    text = text.replace("&", "&amp;")
    text = re.sub(r"\*\*([^*]+)\*\*", r"<b>\1</b>", text)
    return re.sub(r"\*([^*]+)\*", r"<i>\1</i>", text)


def rl_para(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(rl_markup(text), style)


def rl_bullets(items: list[str], numbered: bool = False) -> ListFlowable:
    return ListFlowable([ListItem(rl_para(item), leftIndent=14) for item in items],
                        bulletType="1" if numbered else "bullet", start=None if numbered else "\u2022",
                        bulletFormat="%s." if numbered else None,
                        bulletFontName="Helvetica", leftIndent=14, bulletFontSize=9)


def rl_pdf(flowables: list, title: str, author: str, running_head: str, running_foot: str) -> bytes:
    buffer = io.BytesIO()

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8.5)
        if running_head:
            canvas.drawString(20 * mm, A4[1] - 12 * mm, running_head)
        canvas.drawString(20 * mm, 10 * mm, running_foot)
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, str(doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=title, author=author, creator="Microsoft Word",
                            invariant=1)
    doc.build(flowables, onFirstPage=furniture, onLaterPages=furniture)
    return buffer.getvalue()


def rl_table(rows: list[list], widths: list[float], commands: list, header: bool = True) -> Table:
    cells = [[rl_para(value, SMALL) if isinstance(value, str) else value for value in row] for row in rows]
    table = Table(cells, colWidths=[w * mm for w in widths], repeatRows=1 if header else 0)
    base = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f7f7f")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    table.setStyle(TableStyle(base + commands))
    return table


# ---------------------------------------------------------------- 1. Gwent: whole PEEL 2023-25 report, made in Word

def gwent_peel() -> tuple[bytes, dict]:
    force = "Gwent Police"
    published = "2026-01"
    document = new_word()
    footer(document, "PEEL 2023–25: Gwent Police        ")
    document.add_paragraph("PEEL 2023–25: An inspection of Gwent Police", style="Title")
    para(document, "Police effectiveness, efficiency and legitimacy", "Subtitle")
    para(document, "Published: 15 January 2026")
    document.add_heading("Contents", level=1)
    for entry in ("Overall summary", "How we inspect", "Police powers and public treatment", "Responding to the public",
                  "Investigating crime", "Protecting vulnerable people", "Developing a positive workplace",
                  "About the data"):
        para(document, entry)
    page_break(document)

    document.add_heading("Overall summary", level=1)
    document.add_heading("Our judgments", level=2)
    para(document, "Our inspection assessed how good Gwent Police is in nine areas of policing. We make graded "
                   "judgments in eight of these nine areas as follows:")
    judged = [("Police powers and public treatment", "Adequate"), ("Preventing crime", "Good"),
              ("Responding to the public", "Requires improvement"), ("Investigating crime", "Adequate"),
              ("Protecting vulnerable people", "Good"), ("Managing offenders", "Adequate"),
              ("Developing a positive workplace", "Requires improvement"),
              ("Leadership and force management", "Adequate")]
    rows = [["Area", "Grade"]] + [[area, value] for area, value in judged]
    rows.append(["Serious and organised crime", "We inspect this area in a separate regional report."])
    table = word_table(document, rows, [9.5, 6.5])
    for r, (_, value) in enumerate(judged, start=1):
        shade(table.cell(r, 1), GRADE_FILL[value])
    para(document, "")
    para(document, "We set out our detailed findings about things the force is doing well and where it should "
                   "improve in the rest of this report.")
    document.add_heading("HM Inspector’s observations", level=2)
    para(document, "I am pleased with some aspects of the performance of Gwent Police, but the force needs to "
                   "improve how quickly it answers and attends calls for service. When we last inspected the "
                   "force in 2022 we graded it as inadequate at responding to the public, and although it has "
                   "made progress since then, the gains are not yet secure.")
    para(document, "The force has a stable leadership team and a clear plan. It works well with partners to "
                   "prevent crime, and officers we spoke to were committed to protecting vulnerable people.")
    document.add_heading("How we inspect", level=2)
    para(document, "Our reports contain four types of finding: causes of concern, areas for improvement, "
                   "promising practice and innovative practice. A cause of concern is a serious or critical "
                   "shortcoming; we will always make recommendations to address it. An area for improvement "
                   "is something the force should do better; we do not make a recommendation for it.")
    page_break(document)

    document.add_heading("Police powers and public treatment", level=1)
    para(document, "**Gwent Police is adequate at treating the public fairly and respectfully.**")
    document.add_heading("Area for improvement", level=3)
    afi1 = "The force should improve how it records the reasons for using force."
    afi1_detail = ("In a sample of 60 use of force records, we found that a quarter did not explain why force "
                   "was needed. Supervisors did not routinely check these records.")
    para(document, f"**{afi1}**")
    para(document, afi1_detail)
    document.add_heading("Responding to the public", level=1)
    para(document, "**Gwent Police requires improvement at responding to the public.**")
    document.add_heading("Cause of concern", level=3)
    coc = "The force doesn’t answer emergency and non-emergency calls quickly enough."
    coc_detail = ("Between April and September, the force answered 79 percent of emergency calls within ten "
                  "seconds, below the national standard of 90 percent. Callers to the non-emergency number "
                  "waited more than five minutes on average, and one in five abandoned the call.")
    para(document, f"**{coc}**")
    para(document, coc_detail)
    document.add_heading("Recommendations", level=3)
    lead = "Within six months, Gwent Police should:"
    para(document, lead)
    recs = ["make sure it answers emergency calls within the national standard; and",
            "reduce the number of non-emergency calls that callers abandon."]
    bullets(document, recs)
    document.add_heading("Areas for improvement", level=3)
    afi2 = "The force should make sure it assesses the vulnerability of callers using a structured process."
    afi2_detail = ("Call handlers used the THRIVE model in only some of the calls we reviewed, and repeat "
                   "victims were not always identified.")
    para(document, f"**{afi2}**")
    para(document, afi2_detail)
    afi3 = "The force should attend incidents within the times it sets itself."
    para(document, f"**{afi3}**")
    afi3_detail = "Priority incidents waited longer than the force’s target of one hour in 42 percent of cases."
    para(document, afi3_detail)
    page_break(document)

    document.add_heading("Investigating crime", level=1)
    para(document, "**Gwent Police is adequate at investigating crime.**")
    document.add_heading("Area for improvement", level=3)
    afi4 = "The force should make sure that supervisors review investigations regularly and record their direction."
    afi4_detail = ("In 31 of the 80 investigations we reviewed, there was no record of supervision for more than "
                   "a month.")
    para(document, f"**{afi4}**")
    para(document, afi4_detail)
    document.add_heading("Protecting vulnerable people", level=1)
    para(document, "**Gwent Police is good at protecting vulnerable people.**")
    para(document, "The force has a well-trained public protection unit, and it works closely with local "
                   "safeguarding partners.")
    document.add_heading("Promising practice", level=3)
    practice = "A daily safeguarding meeting with partners reviews every domestic abuse arrest"
    para(document, f"**{practice}**")
    para(document, "Officers, health workers and independent advisers meet each morning to agree safety plans "
                   "for the victims of the previous day’s arrests.")
    document.add_heading("Developing a positive workplace", level=1)
    para(document, "**Gwent Police requires improvement at building, supporting and protecting the workforce.**")
    document.add_heading("Areas for improvement", level=3)
    afi5 = "The force should make sure its wellbeing services meet the needs of its workforce."
    afi6 = "The force should improve how it develops and promotes its leaders."
    bullets(document, [afi5, afi6])
    document.add_heading("About the data", level=1)
    para(document, "Data in this report is from a range of sources, including the Home Office and the force "
                   "itself. Where we refer to national rates, these are for England and Wales.")
    data = docx_to_pdf(word_bytes(document))

    grades = [grade(force, P23, area, area, value, published, "Our inspection assessed how good Gwent")
              for area, value in judged]
    records = {
        "documents": [document_record("pdf", "peel_report", force, "PEEL 2023–25: An inspection of Gwent Police",
                                      publication_date="2026-01-15")],
        "grades": grades,
        "areas_for_improvement": [
            afi(force, "Police powers and public treatment", afi1, afi1_detail),
            afi(force, "Responding to the public", afi2, afi2_detail),
            afi(force, "Responding to the public", afi3, afi3_detail),
            afi(force, "Investigating crime", afi4, afi4_detail),
            afi(force, "Developing a positive workplace", afi5, None),
            afi(force, "Developing a positive workplace", afi6, None)],
        "causes_of_concern": [cause(force, "Responding to the public", coc, coc_detail)],
        "recommendations": [rec(force, text, "Within six months", lead, coc) for text in recs],
        "findings": [finding(force, "Protecting vulnerable people", "promising_practice", practice)],
    }
    return data, records


# ---------------------------------------------------------------- 2. Northamptonshire: national child protection inspection (ReportLab)

def northamptonshire_ncpi() -> tuple[bytes, dict]:
    force = "Northamptonshire Police"
    published = "2025-12"
    judged = [("Child protection leadership", "Requires improvement"),
              ("Working with safeguarding partners", "Adequate"),
              ("Responding to children at risk of harm", "Requires improvement"),
              ("Assessing risk to children and making appropriate referrals", "Inadequate"),
              ("Investigating reports of abuse, neglect and exploitation of children", "Adequate")]
    story: list = [
        rl_para("National child protection inspection: Northamptonshire Police", H1),
        rl_para("Published on: 4 December 2025"),
        rl_para("Contents", H2),
        rl_para("Introduction<br/>Our judgments<br/>Summary of findings<br/>Responding to children at risk of harm"
                "<br/>Assessing risk to children and making appropriate referrals<br/>Child protection leadership"
                "<br/>Next steps"),
        rl_para("Introduction", H2),
        rl_para("This report sets out the findings of our inspection of how well Northamptonshire Police protects "
                "children. We carried out the fieldwork in July 2025. We examined 120 case files and spoke to "
                "more than 90 officers, staff and partners. Our previous inspection of the force’s child "
                "protection arrangements, in 2019, was not graded."),
        rl_para("Our judgments", H2),
        rl_para("We graded the force’s performance in five areas of its work to protect children:"),
    ]
    rows = [["**Area inspected**", "**Grade**"]] + [[area, value] for area, value in judged]
    story.append(rl_table(rows, [120, 50], [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3"))]))
    story += [
        Spacer(1, 8),
        rl_para("Across the inspections we have carried out since 2023, we have graded 11 forces as inadequate "
                "at assessing risk to children. Our grade descriptions are on our website."),
        rl_para("Summary of findings", H2),
        rl_para("Officers we spoke to were committed to protecting children, but the force doesn’t always "
                "recognise risk when officers first attend. Too many children were left at risk because "
                "officers didn’t complete the force’s child welfare form or share it with children’s services."),
        PageBreak(),
        rl_para("Responding to children at risk of harm", H2),
        rl_para("We judged the force to require improvement at responding to children at risk of harm."),
        rl_para("Area for improvement", H3),
    ]
    afi1 = "The force should make sure officers speak to children when they attend domestic abuse incidents."
    afi1_detail = ("In 14 of the 32 domestic abuse cases we reviewed where a child was present, officers did not "
                   "record the child’s views or behaviour.")
    story += [rl_para(f"**{afi1}**"), rl_para(afi1_detail),
              rl_para("Assessing risk to children and making appropriate referrals", H2),
              rl_para("We judged the force to be inadequate at assessing risk to children and making "
                      "appropriate referrals."),
              rl_para("Cause of concern", H3)]
    coc = ("Northamptonshire Police doesn’t consistently identify, assess and share information about risks to "
           "children.")
    coc_detail = ("Officers completed a child welfare referral in only 58 percent of the cases where one was "
                  "needed. Referrals that were made often lacked the information partners need to decide what "
                  "to do next, and supervisors rarely corrected this.")
    lead = "We recommend that, within three months, Northamptonshire Police should:"
    recs = ["make sure officers complete a child welfare referral whenever they identify a child at risk;",
            "make sure supervisors review the quality of each referral before it is shared; and",
            "introduce a way of auditing referrals with the local authority so that it knows how well it is doing."]
    story += [rl_para(f"**{coc}**"), rl_para(coc_detail), rl_para("Recommendations", H3), rl_para(lead),
              rl_bullets(recs), Spacer(1, 6), rl_para("Areas for improvement", H3)]
    afi2 = "The force should improve how it records the ethnicity and needs of the children it refers."
    afi3 = "The force should make sure children in custody have an appropriate adult without delay."
    afi3_detail = "On average, children waited more than four hours for an appropriate adult to arrive."
    story += [rl_para(f"**{afi2}**"), rl_para(f"**{afi3}**"), rl_para(afi3_detail),
              rl_para("Child protection leadership", H2),
              rl_para("We judged the force to require improvement in its child protection leadership."),
              rl_para("Area for improvement", H3)]
    afi4 = "The force should make sure its leaders understand the quality of its child protection work."
    afi4_detail = ("The force’s performance framework counts referrals but does not measure whether they led to "
                   "children being safer.")
    story += [rl_para(f"**{afi4}**"), rl_para(afi4_detail),
              rl_para("Next steps", H2),
              rl_para("We will ask the force to send us an action plan within six weeks, and we will revisit the "
                      "force within a year to check its progress against our recommendations.")]
    data = rl_pdf(story, "National child protection inspection: Northamptonshire Police", "HMICFRS", "",
                  "National child protection inspection: Northamptonshire Police")
    records = {
        "documents": [document_record("pdf", "child_protection_report", force,
                                      "National child protection inspection: Northamptonshire Police",
                                      publication_date="2025-12-04")],
        "grades": [grade(force, CP, area, area, value, published, "We graded the force’s performance in five")
                   for area, value in judged],
        "areas_for_improvement": [
            afi(force, "Responding to children at risk of harm", afi1, afi1_detail),
            afi(force, "Assessing risk to children and making appropriate referrals", afi2, None),
            afi(force, "Assessing risk to children and making appropriate referrals", afi3, afi3_detail),
            afi(force, "Child protection leadership", afi4, afi4_detail)],
        "causes_of_concern": [cause(force, "Assessing risk to children and making appropriate referrals", coc,
                                    coc_detail)],
        "recommendations": [rec(force, text, "Within three months", lead, coc) for text in recs],
    }
    return data, records


# ---------------------------------------------------------------- 3. South Wales: PEEL 2021/22 report in Word, grade-column table

def south_wales_peel_2021() -> tuple[bytes, dict]:
    force = "South Wales Police"
    published = "2022-09"
    document = new_word()
    footer(document, "PEEL 2021/22 – South Wales Police        ")
    document.add_paragraph("PEEL 2021/22: An inspection of South Wales Police", style="Title")
    para(document, "Police effectiveness, efficiency and legitimacy", "Subtitle")
    para(document, "Published on: 27 September 2022")
    document.add_heading("Our judgments", level=1)
    para(document, "Our inspection assessed how good South Wales Police is in ten areas of policing. We make "
                   "graded judgments in nine of these ten areas as follows:")
    by_grade = {
        "Outstanding": [],
        "Good": ["Preventing crime and anti-social behaviour", "Protecting vulnerable people",
                 "Recording data about crime"],
        "Adequate": ["Engaging with and treating the public with fairness and respect", "Investigating crime",
                     "Managing offenders and suspects",
                     "Strategic planning, organisational management and value for money"],
        "Requires improvement": ["Responding to the public", "Building, supporting and protecting the workforce"],
        "Inadequate": [],
    }
    table = document.add_table(rows=2, cols=5)
    table.style = "Table Grid"
    for c, (value, areas) in enumerate(by_grade.items()):
        head = table.cell(0, c)
        head.paragraphs[0].add_run(value).bold = True
        shade(head, GRADE_FILL[value])
        body = table.cell(1, c)
        for i, area in enumerate(areas):
            paragraph = body.paragraphs[0] if i == 0 else body.add_paragraph()
            paragraph.add_run(area).font.size = Pt(9.5)
    repeat_header(table.rows[0])
    para(document, "")
    para(document, "We also inspected how effective the force is at providing a service to the victims of crime. "
                   "We don’t grade this area.")
    para(document, "Disrupting serious organised crime is now inspected in a separate regional report.")
    document.add_heading("HM Inspector’s observations", level=2)
    para(document, "In our 2018/19 inspection we judged the force to be good at effectiveness and at legitimacy. "
                   "This inspection shows that the force has kept many of those strengths, although it needs to "
                   "do more to answer calls and to support its workforce.")
    document.add_heading("Responding to the public", level=1)
    para(document, "Requires improvement")
    document.add_heading("Areas for improvement", level=2)
    afi1 = "The force needs to reduce the time it takes to answer non-emergency calls."
    afi1_detail = ("The average wait for a 101 call was more than eight minutes during the period we examined. "
                   "The force has plans to introduce a call-back service, but these were not in place.")
    afi2 = "The force should make sure repeat victims are identified when they call."
    bullets(document, [afi1])
    para(document, afi1_detail)
    bullets(document, [afi2])
    document.add_heading("Investigating crime", level=1)
    para(document, "Adequate")
    document.add_heading("Area for improvement", level=2)
    afi3 = "The force should make sure it records victims’ wishes when they withdraw support for an investigation."
    bullets(document, [afi3])
    document.add_heading("Building, supporting and protecting the workforce", level=1)
    para(document, "Requires improvement")
    document.add_heading("Areas for improvement", level=2)
    afi4 = "The force should make sure that supervisors have the time and training to support their teams."
    afi5 = "The force should improve how it monitors the workload of investigators."
    bullets(document, [afi4, afi5])
    document.add_heading("Strategic planning, organisational management and value for money", level=1)
    para(document, "Adequate")
    para(document, "The force has a good understanding of the demand it faces and has a realistic financial plan. "
                   "We found no areas for improvement in this section.")
    data = word_bytes(document)
    anchor = "Our inspection assessed how good South Wales"
    canonical = {"Preventing crime and anti-social behaviour": "Preventing crime",
                 "Protecting vulnerable people": "Protecting vulnerable people",
                 "Recording data about crime": "Recording data about crime",
                 "Engaging with and treating the public with fairness and respect": "Police powers and public treatment",
                 "Investigating crime": "Investigating crime",
                 "Managing offenders and suspects": "Managing offenders",
                 "Strategic planning, organisational management and value for money": "Good use of resources",
                 "Responding to the public": "Responding to the public",
                 "Building, supporting and protecting the workforce": "Developing a positive workplace"}
    grades = [grade(force, P21, canonical[raw], raw, value, published, anchor)
              for value, areas in by_grade.items() for raw in areas]
    records = {
        "documents": [document_record("docx", "peel_report", force,
                                      "PEEL 2021/22: An inspection of South Wales Police",
                                      publication_date="2022-09-27")],
        "grades": grades,
        "areas_for_improvement": [
            afi(force, "Responding to the public", afi1, afi1_detail),
            afi(force, "Responding to the public", afi2, None),
            afi(force, "Investigating crime", afi3, None),
            afi(force, "Developing a positive workplace", afi4, None),
            afi(force, "Developing a positive workplace", afi5, None)],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return data, records


# ---------------------------------------------------------------- 4. Hertfordshire: PCC's section 55 response in Word, grades as "Area: grade" bullets

def hertfordshire_s55() -> tuple[bytes, dict]:
    force = "Hertfordshire Constabulary"
    published = "2025-11"
    document = new_word()
    header(document, "OFFICIAL")
    footer(document, "Hertfordshire Police and Crime Commissioner        ")
    para(document, "**Office of the Police and Crime Commissioner for Hertfordshire**")
    title = "Response to the HMICFRS PEEL 2023–25 inspection of Hertfordshire Constabulary"
    document.add_heading(title, level=1)
    para(document, "Section 55 of the Police Act 1996 requires me to publish a response to each report HM "
                   "Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) publishes about my force, "
                   "within 56 days of its publication.")
    para(document, "Date of response: 13 January 2026")
    document.add_heading("Summary of the report", level=2)
    para(document, "HMICFRS published its PEEL report on Hertfordshire Constabulary on 20 November 2025. The "
                   "inspectorate graded the force in eight areas:")
    judged = [("Police powers and public treatment", "Good"), ("Preventing crime", "Outstanding"),
              ("Responding to the public", "Adequate"), ("Investigating crime", "Good"),
              ("Protecting vulnerable people", "Adequate"), ("Managing offenders", "Good"),
              ("Developing a positive workplace", "Good"), ("Leadership and force management", "Good")]
    bullets(document, [f"{area}: {value.lower()}" for area, value in judged])
    para(document, "I am pleased that the force has kept the outstanding grade for preventing crime it was given "
                   "in 2022, and that no causes of concern were found.")
    document.add_heading("Areas for improvement and the force’s response", level=2)
    para(document, "The report identified four areas for improvement. I set out each below with the Chief "
                   "Constable’s response and how I will hold the force to account for it.")
    items = [
        ("Responding to the public", "The force should make sure it answers non-emergency calls promptly.",
         "A new online reporting service went live in December, and call-handler recruitment has been brought "
         "forward. I will review call answering times at my quarterly accountability board."),
        ("Protecting vulnerable people",
         "The force should make sure it gives victims of domestic abuse timely updates on their cases.",
         "The force is introducing a victim contact standard, checked by supervisors each week."),
        ("Protecting vulnerable people",
         "The force should improve its use of Domestic Violence Protection Orders.",
         "A specialist team now reviews every eligible case. Applications rose by a third in the last quarter."),
        ("Investigating crime",
         "The force should make sure investigation plans are recorded for all crimes it investigates.",
         "Guidance has been reissued and compliance is checked in the monthly crime audit."),
    ]
    current = None
    for area, text, response in items:
        if area != current:
            document.add_heading(area, level=3)
            current = area
        para(document, f"**Area for improvement:** *{text}*")
        para(document, f"**Response:** {response}")
    document.add_heading("Conclusion", level=2)
    para(document, "I welcome this report. I will publish an update on the force’s progress on my website.")
    para(document, "Police and Crime Commissioner for Hertfordshire")
    data = word_bytes(document)
    anchor = "The inspectorate graded the force in eight areas"
    records = {
        "documents": [document_record("docx", "force_response", force, title,
                                      organisation="Police and Crime Commissioner for Hertfordshire",
                                      publication_date="2026-01-13")],
        "grades": [grade(force, P23, area, area, value, published, anchor) for area, value in judged],
        "areas_for_improvement": [afi(force, area, text, None) for area, text, _ in items],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return data, records


# ---------------------------------------------------------------- 5. Surrey: paper to the PCC's accountability meeting, made in Word

def surrey_paper() -> tuple[bytes, dict]:
    force = "Surrey Police"
    document = new_word()
    header(document, "OFFICIAL")
    footer(document, "OFFICIAL        ")
    title = "HMICFRS PEEL 2023–25 inspection: grades and progress on areas for improvement"
    cover = [["Meeting:", "Police and Crime Commissioner’s Performance and Accountability Meeting"],
             ["Date of meeting:", "10 March 2026"],
             ["Title of report:", title],
             ["Report by:", "Assistant Chief Constable, Local Policing"],
             ["Agenda item:", "5"],
             ["Protective marking:", "OFFICIAL"]]
    table = word_table(document, cover, [4.5, 12.0], header_fill=None)
    for r in range(len(cover)):
        shade(table.cell(r, 0), "#D9D9D9")
        for run in table.cell(r, 0).paragraphs[0].runs:
            run.bold = True
    document.add_heading("1. Purpose", level=2)
    para(document, "1.1 To inform the Police and Crime Commissioner of the outcome of the PEEL inspection and of "
                   "the force’s progress against the inspectorate’s findings.")
    document.add_heading("2. Background", level=2)
    para(document, "2.1 HMICFRS published its PEEL 2023–25 report on Surrey Police on 5 February 2026. The "
                   "previous PEEL report on the force was published in July 2022.")
    para(document, "2.2 The table below sets the grades of the two inspections side by side.")
    journey = [("Police powers and public treatment", "Good", "Adequate"),
               ("Preventing crime", "Good", "Good"),
               ("Responding to the public", "Adequate", "Requires improvement"),
               ("Investigating crime", "Requires improvement", "Adequate"),
               ("Protecting vulnerable people", "Adequate", "Adequate"),
               ("Managing offenders", "Good", "Adequate"),
               ("Developing a positive workplace", "Adequate", "Good"),
               ("Leadership and force management", "Good", "Not inspected")]
    rows = [["PEEL area", "PEEL 2023–25 grade", "PEEL 2021/22 grade"]] + [list(row) for row in journey]
    table = word_table(document, rows, [7.0, 4.7, 4.7])
    for r, (_, now, before) in enumerate(journey, start=1):
        shade(table.cell(r, 1), GRADE_FILL[now])
        if before in GRADE_FILL:
            shade(table.cell(r, 2), GRADE_FILL[before])
    para(document, "")
    para(document, "2.3 The report made no causes of concern. It identified five areas for improvement, which "
                   "the force has added to its improvement plan (section 3).")
    document.add_heading("3. Progress against the areas for improvement", level=2)
    plan = [("AFI 1", "Investigating crime",
             "The force should make sure that investigations are allocated to staff with the right skills.",
             "Allocation policy rewritten; crime screening team in place since January.", "Green"),
            ("AFI 2", "Investigating crime",
             "The force should improve the supervision of investigations.",
             "Supervision audit shows 71% compliance against a target of 90%.", "Amber"),
            ("AFI 3", "Responding to the public",
             "The force should make sure it records the vulnerability of callers accurately.",
             "Training for call handlers to be completed by May.", "Amber"),
            ("AFI 4", "Protecting vulnerable people",
             "The force should make sure it shares information about vulnerable people with partners promptly.",
             "Daily partnership meeting started; referral backlog cleared.", "Green"),
            ("AFI 5", "Developing a positive workplace",
             "The force should make sure it understands why officers leave the organisation.",
             "Exit interview process under review; no data yet.", "Red")]
    rows = [["Ref", "PEEL area", "Area for improvement", "Progress", "RAG"]] + [list(row) for row in plan]
    table = word_table(document, rows, [1.6, 3.2, 5.6, 4.6, 1.6], size=9)
    rag = {"Green": "#92D050", "Amber": "#FFC000", "Red": "#FF0000"}
    for r, row in enumerate(plan, start=1):
        shade(table.cell(r, 4), rag[row[4]])
    para(document, "")
    document.add_heading("4. Recommendation", level=2)
    para(document, "4.1 The Commissioner is asked to note the grades and the progress made.")
    data = docx_to_pdf(word_bytes(document))

    anchor = "PEEL area PEEL 2023"
    grades = [grade(force, P23, area, area, now, "2026-02", anchor) for area, now, _ in journey]
    grades += [grade(force, P21, area, area, before, "2022-07", anchor) for area, _, before in journey
               if before in GRADE_FILL]
    records = {
        "documents": [document_record("pdf", "scrutiny_pack", force, title, meeting_date="2026-03-10",
                                      organisation="Police and Crime Commissioner for Surrey")],
        "grades": grades,
        "areas_for_improvement": [afi(force, area, text, None, ref) for ref, area, text, _, _ in plan],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return data, records


# ---------------------------------------------------------------- 6. Thames Valley: Police and Crime Panel report, grades as a tick matrix (ReportLab)

def thames_valley_panel() -> tuple[bytes, dict]:
    force = "Thames Valley Police"
    grades_order = ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]
    judged = [("Police powers and public treatment", "Adequate"), ("Preventing crime", "Good"),
              ("Responding to the public", "Inadequate"), ("Investigating crime", "Requires improvement"),
              ("Protecting vulnerable people", "Requires improvement"), ("Managing offenders", "Adequate"),
              ("Developing a positive workplace", "Adequate"), ("Leadership and force management", "Adequate")]
    tick = Paragraph('<font name="DejaVuSans">\u2714</font>', ParagraphStyle("tick", parent=SMALL,
                                                                              alignment=TA_CENTER))
    story: list = [
        rl_para("Thames Valley Police and Crime Panel", H2),
        rl_para("Report title: HMICFRS PEEL inspection of Thames Valley Police", BOLD),
        rl_para("Date of meeting: 6 February 2026<br/>Author: Scrutiny Officer, Thames Valley Police and Crime "
                "Panel<br/>Status: For information"),
        rl_para("1. Purpose of the report", H3),
        rl_para("1.1 To brief the Panel on the findings of the PEEL 2023–25 inspection of Thames Valley Police, "
                "which HMICFRS published on 27 November 2025, so that Members can question the Police and "
                "Crime Commissioner on how he is holding the Chief Constable to account for the force’s response."),
        rl_para("2. Recommendation", H3),
        rl_para("2.1 That the Panel notes the report and agrees the lines of questioning in section 5."),
        rl_para("3. The inspection grades", H3),
        rl_para("3.1 The inspectorate graded the force in eight areas of policing as shown below."),
    ]
    rows: list[list] = [["**PEEL area**"] + [f"**{value}**" for value in grades_order]]
    for area, value in judged:
        rows.append([area] + [tick if value == column else "" for column in grades_order])
    story.append(rl_table(rows, [52, 22, 22, 22, 30, 22],
                          [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e7e6e6")),
                           ("VALIGN", (1, 1), (-1, -1), "MIDDLE")]))
    story += [
        Spacer(1, 8),
        rl_para("3.2 Nationally, the inspectorate has so far graded four forces as inadequate at responding to "
                "the public. In the previous inspection, in 2022, Thames Valley Police was graded as requires "
                "improvement in that area."),
        rl_para("4. Cause of concern and areas for improvement", H3),
        rl_para("4.1 HMICFRS raised one cause of concern:"),
    ]
    coc = "The force is not answering emergency calls or attending incidents quickly enough."
    lead = "The report recommends that, within three months, the force should:"
    recs = ["make sure it has enough call handlers on duty to meet demand at peak times; and",
            "review how it grades incidents so that those needing an emergency response get one."]
    story += [rl_para(f"<i>{coc}</i>"), rl_para("4.2 " + lead), rl_bullets(recs), Spacer(1, 6),
              rl_para("4.3 The report also listed the following areas for improvement:")]
    afis = ["The force should make sure that officers record the reasons for stop and search clearly.",
            "The force should improve the quality of its investigations of domestic abuse.",
            "The force should make sure its processes for managing registered sex offenders are effective.",
            "The force should improve the supervision of crime investigations."]
    story += [rl_bullets(afis, numbered=True), Spacer(1, 6),
              rl_para("5. Suggested lines of questioning", H3),
              rl_bullets(["How is the Commissioner assured that call answering times are improving?",
                          "What additional funding, if any, has the force asked for to respond to the report?",
                          "When does the Commissioner expect the cause of concern to be closed?"]),
              rl_para("6. Background papers", H3),
              rl_para("HMICFRS, PEEL 2023–25: An inspection of Thames Valley Police (November 2025).")]
    data = rl_pdf(story, "HMICFRS PEEL inspection of Thames Valley Police", "Thames Valley Police and Crime Panel",
                  "Thames Valley Police and Crime Panel – 6 February 2026", "Thames Valley Police and Crime Panel")
    anchor = "3.1 The inspectorate graded the force in eight"
    records = {
        "documents": [document_record("pdf", "scrutiny_pack", force,
                                      "HMICFRS PEEL inspection of Thames Valley Police", meeting_date="2026-02-06")],
        "grades": [grade(force, P23, area, area, value, "2025-11", anchor) for area, value in judged],
        "areas_for_improvement": [afi(force, None, text, None) for text in afis],
        "causes_of_concern": [cause(force, None, coc, None)],
        "recommendations": [rec(force, text, "Within three months", lead, coc) for text in recs],
    }
    return data, records


# ---------------------------------------------------------------- 7. Dorset: HMI letter raising an accelerated cause of concern, made in Word

def dorset_letter() -> tuple[bytes, dict]:
    force = "Dorset Police"
    document = new_word()
    footer(document, "HMICFRS        ")
    para(document, "**His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services**")
    para(document, "Office of HM Inspector of Constabulary")
    para(document, "Chief Constable\nDorset Police\nForce Headquarters\nWinfrith\nDorchester")
    para(document, "3 March 2026")
    para(document, "Dear Chief Constable,")
    document.add_heading("PEEL 2023–25: accelerated cause of concern – Dorset Police", level=1)
    para(document, "As you know, we are inspecting Dorset Police as part of our PEEL 2023–25 programme. During "
                   "our fieldwork in January and February 2026 we found a serious shortcoming in how the force "
                   "manages the risk posed by registered sex offenders. I do not think it should wait for our "
                   "full report, so I am writing to tell you that we have identified a cause of concern and to "
                   "make recommendations now. Our full report, with the force’s grades, will follow later in "
                   "the year.")
    document.add_heading("Cause of concern", level=2)
    coc = "Dorset Police isn’t managing the risk posed by registered sex offenders effectively."
    para(document, f"**{coc}**")
    document.add_heading("What we found", level=2)
    detail = ("We found a backlog of 187 overdue risk assessments and 64 overdue home visits. Offender "
              "managers each held between 90 and 110 cases, well above the national guidance. Supervisors "
              "were aware of the backlog but had no plan to reduce it, and the force was not monitoring the "
              "use of ancillary orders. The force has recently recruited additional staff, but most were still "
              "in training and not yet managing cases.")
    para(document, detail)
    document.add_heading("Recommendations", level=2)
    lead1 = "By 30 April 2026, Dorset Police should:"
    recs1 = ["complete all overdue risk assessments of registered sex offenders; and",
             "put in place a plan, with milestones, to bring offender managers’ caseloads within national "
             "guidance."]
    lead2 = "Within six months, Dorset Police should:"
    recs2 = ["make sure supervisors review every risk management plan at least once every three months;",
             "make sure it makes full use of ancillary orders to manage risk; and",
             "report on its progress to its police and crime commissioner each month."]
    para(document, lead1)
    bullets(document, recs1, "List Number")
    para(document, lead2)
    bullets(document, recs2, "List Number")
    document.add_heading("Next steps", level=2)
    para(document, "I will publish this letter on our website. We will revisit the force to check its progress "
                   "on these recommendations, and we will report on it in our full PEEL report.")
    para(document, "I am copying this letter to the Police and Crime Commissioner for Dorset.")
    para(document, "Yours sincerely,")
    para(document, "HM Inspector of Constabulary")
    data = docx_to_pdf(word_bytes(document))
    records = {
        # doc_kind left out: a letter is none of the report kinds for sure.
        "documents": [document_record("pdf", None, force,
                                      "PEEL 2023–25: accelerated cause of concern – Dorset Police",
                                      publication_date="2026-03-03")],
        "grades": [],
        "areas_for_improvement": [],
        "causes_of_concern": [cause(force, None, coc, detail)],
        "recommendations": ([rec(force, text, "By 30 April 2026", lead1, coc) for text in recs1]
                            + [rec(force, text, "Within six months", lead2, coc) for text in recs2]),
    }
    return data, records


# ---------------------------------------------------------------- 8. Leicestershire: force action plan after a child protection inspection, in Word

def leicestershire_plan() -> tuple[bytes, dict]:
    force = "Leicestershire Police"
    document = new_word()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    header(document, "OFFICIAL – SENSITIVE")
    footer(document, "Leicestershire Police – child protection improvement plan – version 3        ")
    title = "National child protection inspection: Leicestershire Police improvement plan"
    document.add_paragraph(title, style="Title")
    para(document, "Owner: Head of Public Protection        Version 3, updated 20 January 2026")
    document.add_heading("Inspection outcome", level=1)
    para(document, "HMICFRS published its national child protection inspection report on the force on "
                   "9 October 2025. The inspectorate graded the force as follows.")
    judged = [("Leadership and management", "Adequate", "Child protection leadership"),
              ("Partnership working", "Good", "Working with safeguarding partners"),
              ("Initial response", "Requires improvement", "Responding to children at risk of harm"),
              ("Risk assessment and referral", "Requires improvement",
               "Assessing risk to children and making appropriate referrals"),
              ("Investigation", "Inadequate", "Investigating reports of abuse, neglect and exploitation of children")]
    rows = [["Inspection area", "Grade"]] + [[raw, value] for raw, value, _ in judged]
    word_table(document, rows, [10.0, 6.0], header_fill="#D9E2F3", header_colour="000000")
    para(document, "")
    para(document, "The report contained one cause of concern, with two recommendations, and three areas for "
                   "improvement. Progress against each is set out below. Status: Complete, On track, At risk.")
    document.add_heading("Improvement plan", level=1)
    coc = "The force doesn’t investigate reports of child abuse and exploitation thoroughly or quickly enough."
    plan = [
        ("1", "Cause of concern", "Investigation", coc,
         "Investigation review team set up; all open child abuse investigations reviewed.", "DCI Public Protection",
         "Mar 2026", "On track"),
        ("1.1", "Recommendation", "Investigation",
         "Within three months, the force should make sure every child abuse investigation has a documented "
         "plan that a supervisor has reviewed.",
         "Plan template in the crime system made mandatory from November.", "DI Child Abuse Investigation",
         "Jan 2026", "Complete"),
        ("1.2", "Recommendation", "Investigation",
         "Within six months, the force should reduce the time it takes to start investigations into online "
         "child sexual abuse referrals.",
         "Two more investigators posted to the online team; backlog down from 96 to 41.", "DCI Public Protection",
         "Apr 2026", "At risk"),
        ("2", "Area for improvement", "Initial response",
         "The force should make sure officers record the voice of the child at incidents.",
         "Body-worn video prompt and a new question set in the attendance form.", "Superintendent, Response",
         "Feb 2026", "On track"),
        ("3", "Area for improvement", "Risk assessment and referral",
         "The force should make sure referrals to children’s services contain enough information to decide "
         "on the next steps.",
         "Referral quality audit with the local authority each month.", "Head of Multi-Agency Hub", "Mar 2026",
         "On track"),
        ("4", "Area for improvement", "Leadership and management",
         "The force should improve how it uses data to understand its child protection performance.",
         "Child protection dashboard in development.", "Head of Performance", "Jun 2026", "At risk"),
    ]
    rows = [["No.", "Type", "Area", "HMICFRS finding", "Action taken", "Lead", "Target", "Status"]]
    rows += [list(row) for row in plan]
    table = word_table(document, rows, [1.1, 2.6, 2.6, 6.8, 5.8, 3.0, 1.8, 1.8], header_fill="#D9E2F3",
                       header_colour="000000", size=9)
    fill = {"Complete": "#92D050", "On track": "#FFC000", "At risk": "#FF0000"}
    for r, row in enumerate(plan, start=1):
        shade(table.cell(r, 7), fill[row[7]])
    para(document, "")
    para(document, "The plan is reviewed each month at the Public Protection Board and reported to the Police "
                   "and Crime Commissioner’s Strategic Assurance Board each quarter.")
    data = word_bytes(document)
    canonical = {raw: area for raw, _, area in judged}
    anchor = "The inspectorate graded the force as follows"
    afis = [row for row in plan if row[1] == "Area for improvement"]
    records = {
        "documents": [document_record("docx", "force_response", force, title)],
        "grades": [grade(force, CP, area, raw, value, "2025-10", anchor) for raw, value, area in judged],
        "areas_for_improvement": [afi(force, canonical[row[2]], row[3], None) for row in afis],
        "causes_of_concern": [cause(force, canonical["Investigation"], coc, None)],
        "recommendations": [rec(force, row[3], row[3].split(",")[0], None, coc)
                            for row in plan if row[1] == "Recommendation"],
    }
    return data, records


DOCUMENTS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "peel-2023-25-gwent-r22b.pdf": gwent_peel,
    "ncpi-northamptonshire-r22b.pdf": northamptonshire_ncpi,
    "peel-2021-22-south-wales-r22b.docx": south_wales_peel_2021,
    "hertfordshire-pcc-s55-peel-r22b.docx": hertfordshire_s55,
    "surrey-pam-peel-2026-03-10-r22b.pdf": surrey_paper,
    "thames-valley-pcp-peel-2026-02-06-r22b.pdf": thames_valley_panel,
    "dorset-hmi-accelerated-coc-r22b.pdf": dorset_letter,
    "leicestershire-ncpi-improvement-plan-r22b.docx": leicestershire_plan,
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    only = set(sys.argv[1:])
    for name, build in DOCUMENTS.items():
        if not only or name in only:
            data, records = build()
            write(name, data, records)


if __name__ == "__main__":
    main()
