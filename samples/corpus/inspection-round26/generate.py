"""Held-out inspection round 26: six documents of the inspection family and their gold.

    .venv/bin/python samples/corpus/inspection-round26/generate.py [file ...]

Builds every document (or the ones named) into this folder and its gold into gold/. Word files
are made with python-docx in Word's own styles and get fixed core properties and zip times; two of
them are saved as PDF by LibreOffice (../office_pdf.py, needs `soffice`); the rest are ReportLab
PDFs in invariant mode. Gold is written by hand beside the text it describes; a PDF record's page is
the first page whose text holds the record's own phrase (`find`), read back with pdfplumber.
Names of people, figures, grades and wording are invented.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pdfplumber
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ROUND = Path(__file__).resolve().parent
sys.path.insert(0, str(ROUND.parent))
sys.path.insert(0, str(ROUND.parent.parent))  # samples/, for inspection_render's `generator` import

from inspection_render import GRADE_FILL, fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

GOLD = ROUND / "gold"
CHECKED = ("Written by hand in samples/corpus/inspection-round26/generate.py beside the text it describes, blind "
           "(no extractor code or extractor test read); PDF pages found from the PDF's own text and checked against "
           "`scrutiny inspect`. Held out: not scored by CI.")
GREY = "#D9D9D9"

# ---------------------------------------------------------------------------------------------
# Word kit


def word_document(wide: bool = False, title: str = "") -> Document:
    document = Document()
    properties = document.core_properties
    fixed = dt.datetime(2026, 1, 1, 9, 0, 0)
    properties.author = "OPCC"
    properties.last_modified_by = "OPCC"
    properties.created = fixed
    properties.modified = fixed
    properties.last_printed = fixed
    properties.revision = 1
    properties.title = title
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    if wide:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.0))
    section.top_margin = section.bottom_margin = Cm(2.0)
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    return document


def _field(paragraph, instruction: str) -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, text, separate, shown, end):
        run._r.append(element)


def header_footer(document: Document, header: str | None, footer: str, page_numbers: bool = True) -> None:
    section = document.sections[0]
    if header:
        paragraph = section.header.paragraphs[0]
        paragraph.text = header
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph = section.footer.paragraphs[0]
    paragraph.add_run(footer)
    if page_numbers:
        paragraph.add_run("    Page ")
        _field(paragraph, "PAGE")
        paragraph.add_run(" of ")
        _field(paragraph, "NUMPAGES")


def runs(paragraph, text: str, size: float | None = None, colour: str | None = None, italic: bool = False) -> None:
    """Text with **bold** spans."""
    for index, piece in enumerate(re.split(r"\*\*", text)):
        if not piece:
            continue
        run = paragraph.add_run(piece)
        run.bold = index % 2 == 1 or None
        run.italic = italic or None
        if size:
            run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour.lstrip("#"))


def para(document, text: str, style: str | None = None, **options) -> None:
    paragraph = document.add_paragraph(style=style)
    runs(paragraph, text, **options)


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


def word_table(document, rows: list[list[str]], widths: list[float], fills: dict[tuple[int, int], str] | None = None,
               header: bool = True, size: float = 10) -> object:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = Cm(width)  # the grid LibreOffice lays out by
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.width = Cm(widths[c])
            lines = text.split("\n")
            cell.paragraphs[0].text = ""
            runs(cell.paragraphs[0], f"**{lines[0]}**" if header and r == 0 and lines[0] else lines[0], size=size)
            for line in lines[1:]:
                runs(cell.add_paragraph(), line, size=size)
            if header and r == 0:
                shade(cell, GREY)
    if header:
        repeat_header(table.rows[0])
    for (r, c), fill in (fills or {}).items():
        shade(table.cell(r, c), fill)
    document.add_paragraph()
    return table


def word_bytes(document: Document) -> bytes:
    raw = io.BytesIO()
    document.save(raw)
    return fixed_zip_times(raw.getvalue())


# ---------------------------------------------------------------------------------------------
# ReportLab kit

STYLES = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=STYLES["BodyText"], fontName="Helvetica", fontSize=10, leading=13, alignment=TA_LEFT)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=9, leading=11)
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=4)
H3 = ParagraphStyle("h3", parent=BODY, fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=3)


def rl_bold(text: str) -> str:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", escaped)


def p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(rl_bold(text), style)


def rl_bullets(items: list[str]) -> ListFlowable:
    return ListFlowable([ListItem(p(item), leftIndent=14) for item in items], bulletType="bullet", start="•",
                        leftIndent=14, bulletFontSize=9)


def rl_table(rows: list[list[str]], widths: list[float], fills: dict[tuple[int, int], str] | None = None,
             size: float = 9, header: bool = True) -> Table:
    """A ruled table; with `header`, its first row bold on grey and repeated on each page, else its
    first column bold on grey (a label | value table)."""
    style = ParagraphStyle("cell", parent=BODY, fontSize=size, leading=size + 2.5)
    labelled = (lambda r, c: r == 0) if header else (lambda r, c: c == 0)
    data = [[Paragraph(rl_bold(f"**{text}**" if labelled(r, c) else text).replace("\n", "<br/>"), style)
             for c, text in enumerate(row)] for r, row in enumerate(rows)]
    table = Table(data, colWidths=[w * cm for w in widths], repeatRows=1 if header else 0)
    commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f7f7f")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0) if header else (0, -1), colors.HexColor(GREY))]
    commands += [("BACKGROUND", (c, r), (c, r), colors.HexColor(fill)) for (r, c), fill in (fills or {}).items()]
    table.setStyle(TableStyle(commands))
    return table


def rl_pdf(flowables: list, title: str, header: str, footer: str, wide: bool = False) -> bytes:
    buffer = io.BytesIO()
    size = landscape(A4) if wide else A4

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, size[1] - 1.2 * cm, header)
        canvas.drawString(2 * cm, 1.0 * cm, footer)
        canvas.drawRightString(size[0] - 2 * cm, 1.0 * cm, f"Page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(buffer, pagesize=size, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title=title, author="", creator="samples/corpus/inspection-round26",
                            invariant=1)
    doc.build(flowables, onFirstPage=furniture, onLaterPages=furniture)
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# Gold kit


def squash(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    for old, new in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-")):
        text = text.replace(old, new)
    return "".join(text.split()).lower()


def set_pages(data: bytes, records: dict) -> None:
    """Each PDF record's page: the first page whose text holds its `find` phrase (or its text)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [squash(page.extract_text() or "") for page in pdf.pages]
        count = len(pdf.pages)
    for kind, items in records.items():
        for record in items:
            phrase = record.pop("find", None)
            if kind == "documents":
                record["pages"] = count
                continue
            phrase = squash(phrase or record["text"])[:70]
            hits = [number for number, text in enumerate(pages, start=1) if phrase in text]
            if not hits:
                raise SystemExit(f"{kind}: phrase not found in the PDF: {phrase!r}")
            record["page"] = hits[0]


def drop_finds(records: dict) -> None:
    for items in records.values():
        for record in items:
            record.pop("find", None)


def grade(force: str, framework: str, area: str, raw: str, value: str, as_of: str | None, find: str | None = None) -> dict:
    return {"page": None, "force": force, "framework": framework, "area": area, "area_raw": raw, "grade": value,
            "as_of": as_of, "find": find or f"{raw} {value}"}


def afi(force: str, area: str | None, text: str, detail: str | None, find: str | None = None) -> dict:
    record = {"page": None, "force": force, "area": area, "text": text, "detail": detail}
    if find:
        record["find"] = find
    return record


def cause(force: str, area: str | None, text: str, detail: str | None) -> dict:
    return {"page": None, "force": force, "area": area, "text": text, "detail": detail}


def recommendation(force: str, text: str, timescale: str, cause_text: str | None, lead_in: str | None) -> dict:
    record = {"page": None, "force": force, "text": text, "timescale": timescale, "cause_of_concern_text": cause_text}
    if lead_in is not None:
        record["lead_in"] = lead_in
    return record


def finding(force: str, area: str | None, kind: str, text: str) -> dict:
    return {"page": None, "force": force, "area": area, "kind": kind, "text": text}


def write(name: str, data: bytes, records: dict) -> None:
    if name.endswith(".pdf"):
        set_pages(data, records)
    else:
        drop_finds(records)
    (ROUND / name).write_bytes(data)
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    counts = {kind: len(items) for kind, items in records.items()}
    print(f"{name}: {len(data)} bytes {counts}")


# ---------------------------------------------------------------------------------------------
# 1. Whole PEEL 2023-25 report made in Word and saved as PDF (common form)

NOTTS = "Nottinghamshire Police"
PEEL = "PEEL 2023-25"


def peel_nottinghamshire() -> tuple[bytes, dict]:
    as_of = "2026-03"
    document = word_document(title="PEEL 2023–25: Police effectiveness, efficiency and legitimacy")
    header_footer(document, None, "PEEL 2023–25: Nottinghamshire Police   © HMICFRS 2026")
    para(document, "PEEL 2023–25: An inspection of Nottinghamshire Police", "Title")
    para(document, "Police effectiveness, efficiency and legitimacy", "Subtitle")
    para(document, "Published: 5 March 2026")
    para(document, "Contents", "Heading 1")
    for line in ("About this inspection", "Our judgments", "HM Inspector’s observations", "Providing a service to victims of crime",
                 "Police powers and public treatment", "Preventing and deterring crime and antisocial behaviour, and reducing vulnerability",
                 "Responding to the public", "Investigating crime",
                 "Protecting vulnerable people", "Managing offenders and suspects",
                 "Building, supporting and protecting the workforce", "Leadership and force management", "About the data"):
        para(document, line)
    para(document, "About this inspection", "Heading 1")
    para(document, "This report sets out our findings on how well Nottinghamshire Police keeps people safe and reduces "
                   "crime. We carried out fieldwork in the force in September and October 2025. We graded the force in "
                   "eight areas of policing on a five-point scale: outstanding, good, adequate, requires improvement and "
                   "inadequate.")

    grades = [("Police powers and public treatment", "Good"), ("Preventing crime", "Adequate"),
              ("Responding to the public", "Requires improvement"), ("Investigating crime", "Adequate"),
              ("Protecting vulnerable people", "Good"), ("Managing offenders", "Good"),
              ("Developing a positive workplace", "Adequate"), ("Leadership and force management", "Adequate")]
    para(document, "Our judgments", "Heading 1")
    para(document, "Our inspection assessed how good Nottinghamshire Police is in eight areas of policing. We make "
                   "graded judgments in all eight areas as follows:")
    rows = [["Area of policing", "Grade"]] + [[area, value] for area, value in grades]
    rows.append(["Providing a service to victims of crime", "We don’t grade this area"])
    word_table(document, rows, [10.0, 6.0], {(r, 1): GRADE_FILL[value] for r, (_, value) in enumerate(grades, start=1)})
    para(document, "We set out our detailed findings about things the force is doing well and where it should improve "
                   "in the rest of this report.")

    para(document, "HM Inspector’s observations", "Heading 1")
    para(document, "I am pleased with some aspects of the performance of Nottinghamshire Police, but the force needs to "
                   "improve how it responds to the public. In our 2022 inspection we graded the force as requires "
                   "improvement at investigating crime; it has made real progress since then. Its treatment of "
                   "vulnerable people is a clear strength, and the force manages registered sex offenders well.")
    para(document, "However, too many emergency calls are still not answered within ten seconds, and the force does "
                   "not always attend incidents within its target times. I have therefore identified a cause of concern "
                   "in this area.")
    para(document, "Michelle Garrow")
    para(document, "His Majesty’s Inspector of Constabulary")

    para(document, "Providing a service to victims of crime", "Heading 1")
    para(document, "We assess how well forces record crime and the service they give victims. We don’t grade this "
                   "area. The force recorded 93.4 percent of reported crime, and it usually told victims when it "
                   "closed their case.")

    para(document, "Police powers and public treatment", "Heading 1")
    para(document, "**Nottinghamshire Police is good at police powers and public treatment.**")
    para(document, "The force uses stop and search fairly. Supervisors review every search, and an external panel "
                   "looks at a sample each quarter, including body-worn video footage.")

    para(document, "Preventing and deterring crime and antisocial behaviour, and reducing vulnerability", "Heading 1")
    para(document, "**Nottinghamshire Police is adequate at preventing and deterring crime and antisocial behaviour, "
                   "and reducing vulnerability.**")
    para(document, "The force works well with partners on problem-solving plans, but neighbourhood officers are often "
                   "taken away from their areas to cover response shifts.")

    para(document, "Responding to the public", "Heading 1")
    para(document, "**Nottinghamshire Police requires improvement at responding to the public.**")
    para(document, "Cause of concern", "Heading 2")
    coc = "The force doesn’t answer emergency calls quickly enough, and it doesn’t attend incidents within its own target times."
    coc_detail = ("Between April and September 2025 the force answered 81 percent of 999 calls within ten seconds, "
                  "against a national standard of 90 percent. It attended 64 percent of priority incidents within its "
                  "target of one hour, and callers were not always told when officers would arrive.")
    para(document, f"**{coc}**")
    para(document, coc_detail)
    para(document, "Recommendations", "Heading 3")
    lead = "Within three months, Nottinghamshire Police should:"
    para(document, lead)
    recs = ["make sure it has enough call handlers on duty to answer emergency calls within the national standard; and",
            "review its attendance targets and how it tells callers when officers will arrive."]
    bullets(document, recs)
    para(document, "Area for improvement", "Heading 2")
    afi_respond = "The force should make sure that call handlers use a structured process to assess risk, and record it, on every call."
    afi_respond_detail = ("In 31 of the 120 calls we reviewed, call handlers did not record a risk assessment. Repeat "
                          "callers were not always identified as such.")
    para(document, f"**{afi_respond}**")
    para(document, afi_respond_detail)

    para(document, "Investigating crime", "Heading 1")
    para(document, "**Nottinghamshire Police is adequate at investigating crime.**")
    para(document, "Investigations are generally well planned, and supervisors review most of them. The force has "
                   "reduced the number of investigations each detective holds since 2022.")
    para(document, "Areas for improvement", "Heading 2")
    afi_inv1 = "The force should make sure that it completes victim needs assessments and meets its obligations under the Victims’ Code."
    afi_inv1_detail = ("We found that a victim needs assessment had been completed in only 52 of the 90 cases we "
                       "examined where one was required.")
    afi_inv2 = "The force should make sure it records the reasons when a victim withdraws their support for a prosecution."
    afi_inv2_detail = ("In a quarter of the cases we reviewed there was no record of whether an evidence-led "
                       "prosecution had been considered.")
    for text, detail in ((afi_inv1, afi_inv1_detail), (afi_inv2, afi_inv2_detail)):
        para(document, f"**{text}**")
        para(document, detail)

    para(document, "Protecting vulnerable people", "Heading 1")
    para(document, "**Nottinghamshire Police is good at protecting vulnerable people.**")
    para(document, "The force understands the nature and scale of vulnerability in its area. Officers identify "
                   "vulnerable people at the first point of contact and make effective safeguarding referrals.")
    para(document, "Promising practice", "Heading 2")
    practice = "A joint triage desk screens every missing child report with children’s services"
    para(document, f"**{practice}**")
    para(document, "Police staff and social workers sit together and review each report of a missing child within two "
                   "hours. The force told us that repeat missing episodes fell by 18 percent in the first year.")

    para(document, "Managing offenders and suspects", "Heading 1")
    para(document, "**Nottinghamshire Police is good at managing offenders and suspects.**")
    para(document, "The force pursues wanted people and suspects quickly, and it manages the risk posed by registered "
                   "sex offenders effectively. Its integrated offender management scheme is well established.")

    para(document, "Building, supporting and protecting the workforce", "Heading 1")
    para(document, "**Nottinghamshire Police is adequate at building, supporting and protecting the workforce.**")
    para(document, "Area for improvement", "Heading 2")
    afi_work = "The force should make sure its supervisors have the time and training to hold wellbeing conversations with their teams."
    para(document, f"**{afi_work}**")

    para(document, "Leadership and force management", "Heading 1")
    para(document, "**Nottinghamshire Police is adequate at leadership and force management.**")
    para(document, "Area for improvement", "Heading 2")
    afi_lead = "The force should improve how it evaluates the benefits of its change programmes."
    afi_lead_detail = ("The force has invested in several change programmes, but it could not show us how it "
                       "measured whether they had achieved what was intended.")
    para(document, f"**{afi_lead}**")
    para(document, afi_lead_detail)

    para(document, "About the data", "Heading 1")
    para(document, "Data in this report is from a range of sources, including the Home Office, the Office for National "
                   "Statistics and the force itself. Where we have used it, we give the period the data covers.")
    data = docx_to_pdf(word_bytes(document))

    grade_records = [grade(NOTTS, PEEL, area, area, value, as_of) for area, value in grades]
    records = {
        "documents": [{"page": None, "file_type": "pdf", "status": "ok", "doc_kind": "peel_report", "force": NOTTS,
                       "title": "PEEL 2023–25: An inspection of Nottinghamshire Police", "publication_date": "2026-03-05"}],
        "grades": grade_records,
        "areas_for_improvement": [
            afi(NOTTS, "Responding to the public", afi_respond, afi_respond_detail),
            afi(NOTTS, "Investigating crime", afi_inv1, afi_inv1_detail),
            afi(NOTTS, "Investigating crime", afi_inv2, afi_inv2_detail),
            afi(NOTTS, "Developing a positive workplace", afi_work, None),
            afi(NOTTS, "Leadership and force management", afi_lead, afi_lead_detail),
        ],
        "causes_of_concern": [cause(NOTTS, "Responding to the public", coc, coc_detail)],
        "recommendations": [recommendation(NOTTS, text, "Within three months", coc, lead) for text in recs],
        "findings": [finding(NOTTS, "Protecting vulnerable people", "promising_practice", practice)],
    }
    return data, records


# ---------------------------------------------------------------------------------------------
# 2. National child protection inspection, ReportLab (common form)

MERCIA = "West Mercia Police"
CP = "Child protection"


def ncpi_west_mercia() -> tuple[bytes, dict]:
    as_of = "2026-02"
    topics = [("Leadership and management", "Child protection leadership", "Requires improvement"),
              ("Working with safeguarding partners", "Working with safeguarding partners", "Adequate"),
              ("Responding to children at risk of harm", "Responding to children at risk of harm", "Adequate"),
              ("Assessing risk to children and making appropriate referrals",
               "Assessing risk to children and making appropriate referrals", "Requires improvement"),
              ("Investigating reports of abuse, neglect and exploitation of children",
               "Investigating reports of abuse, neglect and exploitation of children", "Inadequate")]
    story: list = [
        p("National child protection inspection", SMALL),
        p("An inspection of the West Mercia Police response to child protection", H1),
        p("Published on: 11 February 2026"),
        Spacer(1, 6),
        p("Contents", H3),
        rl_bullets(["Foreword", "Summary of our judgments", "Leadership and management", "Working with safeguarding partners",
                    "Responding to children at risk of harm", "Assessing risk to children and making appropriate referrals",
                    "Investigating reports of abuse, neglect and exploitation of children", "Next steps"]),
        p("Foreword", H2),
        p("We inspected West Mercia Police in October 2025 as part of our programme of national child protection "
          "inspections. We last inspected the force’s child protection work in 2019; that inspection was not graded."),
        p("Children told us that they did not always feel listened to by officers. Too often, the force’s response "
          "depended on which officer attended rather than on the needs of the child."),
        p("Summary of our judgments", H2),
        p("We graded the force’s performance in five areas:"),
        rl_table([["Inspection area", "Judgment"]] + [[raw, value] for raw, _, value in topics], [11.0, 5.0],
                 {(r, 1): GRADE_FILL[value] for r, (_, _, value) in enumerate(topics, start=1)}),
        Spacer(1, 6),
        p("Across the 27 forces we have inspected so far, we have judged nine to be inadequate at investigating "
          "reports of abuse, neglect and exploitation of children."),
    ]
    coc = "West Mercia Police doesn’t investigate reports of child abuse and exploitation well enough."
    coc_detail = ("Investigations were delayed in 22 of the 58 cases we reviewed, and supervisors did not always set "
                  "clear lines of enquiry. Children were sometimes left without a plan to keep them safe while the "
                  "investigation went on.")
    lead_now = "Immediately, West Mercia Police should:"
    recs_now = ["make sure every open child abuse investigation has a supervisor’s review and an up-to-date "
                "investigation plan."]
    lead_three = "Within three months, West Mercia Police should:"
    recs_three = ["make sure that officers investigating child abuse have the training they need; and",
                  "review how it allocates investigations of child exploitation so that they go to officers with the "
                  "right skills."]
    afi_lead = "West Mercia Police should make sure its leaders understand the quality of its child protection work."
    afi_lead_detail = ("The force’s performance reports counted activity but told leaders little about the outcomes "
                       "for children. Few audits of child protection cases had been carried out since 2023.")
    afi_respond = "West Mercia Police should make sure officers speak to children and record their views when they attend incidents."
    afi_respond_detail = ("In 19 of the 64 incidents we reviewed, officers did not speak to the children present or "
                          "record what the children had said.")
    afi_assess = "West Mercia Police should make sure that referrals to children’s social care are made without delay."
    story += [
        p("Leadership and management", H2),
        p("We judged the force to require improvement in this area."),
        p("The force has a clear child-centred policing strategy, and senior leaders meet regularly with the "
          "safeguarding partnership."),
        p("Area for improvement", H3), p(f"**{afi_lead}**"), p(afi_lead_detail),
        p("Working with safeguarding partners", H2),
        p("We judged the force to be adequate in this area."),
        p("The force is an active member of the three safeguarding partnerships in its area. It shares information "
          "with partners promptly, and partners told us they valued its contribution."),
        p("Responding to children at risk of harm", H2),
        p("We judged the force to be adequate in this area."),
        p("Call handlers generally identified children at risk, and officers were usually sent quickly."),
        p("Area for improvement", H3), p(f"**{afi_respond}**"), p(afi_respond_detail),
        p("Assessing risk to children and making appropriate referrals", H2),
        p("We judged the force to require improvement in this area."),
        p("Officers completed risk assessments for most children, but the quality of the assessments varied."),
        p("Area for improvement", H3), p(f"**{afi_assess}**"),
        p("Investigating reports of abuse, neglect and exploitation of children", H2),
        p("We judged the force to be inadequate in this area."),
        p("Cause of concern", H3), p(f"**{coc}**"), p(coc_detail),
        p("Recommendations", H3),
        p(lead_now), rl_bullets(recs_now),
        p(lead_three), rl_bullets(recs_three),
        p("Next steps", H2),
        p("We will ask the force to give us an action plan within three months of publication, and we will review its "
          "progress against the cause of concern."),
    ]
    data = rl_pdf(story, "An inspection of the West Mercia Police response to child protection",
                  "National child protection inspection: West Mercia Police", "© HMICFRS 2026")
    recs = ([recommendation(MERCIA, text, "Immediately", coc, lead_now) for text in recs_now]
            + [recommendation(MERCIA, text, "Within three months", coc, lead_three) for text in recs_three])
    records = {
        "documents": [{"page": None, "file_type": "pdf", "status": "ok", "doc_kind": "child_protection_report",
                       "force": MERCIA, "title": "An inspection of the West Mercia Police response to child protection",
                       "publication_date": "2026-02-11"}],
        "grades": [grade(MERCIA, CP, area, raw, value, as_of) for raw, area, value in topics],
        "areas_for_improvement": [
            afi(MERCIA, "Child protection leadership", afi_lead, afi_lead_detail),
            afi(MERCIA, "Responding to children at risk of harm", afi_respond, afi_respond_detail),
            afi(MERCIA, "Assessing risk to children and making appropriate referrals", afi_assess, None),
        ],
        "causes_of_concern": [cause(MERCIA, "Investigating reports of abuse, neglect and exploitation of children", coc,
                                    coc_detail)],
        "recommendations": recs,
        "findings": [],
    }
    return data, records



# ---------------------------------------------------------------------------------------------
# 3. PEEL 2021/22 report as a Word file (common form)

NORFOLK = "Norfolk Constabulary"
PEEL_2122 = "PEEL 2021/22"


def peel_2021_22_norfolk() -> tuple[bytes, dict]:
    as_of = "2022-09"
    document = word_document(title="PEEL 2021/22: An inspection of Norfolk Constabulary")
    header_footer(document, "PEEL 2021/22 – Norfolk Constabulary", "© HMICFRS 2022")
    para(document, "PEEL 2021/22: An inspection of Norfolk Constabulary", "Title")
    para(document, "Police effectiveness, efficiency and legitimacy", "Subtitle")
    para(document, "Published on: 16 September 2022")
    para(document, "Contents", "Heading 1")
    bullets(document, ["Overall summary", "Providing a service to the victims of crime",
                       "Engaging with and treating the public with fairness and respect",
                       "Preventing crime and anti-social behaviour", "Responding to the public", "Investigating crime",
                       "Protecting vulnerable people", "Managing offenders and suspects",
                       "Building, supporting and protecting the workforce",
                       "Strategic planning, organisational management and value for money"])
    para(document, "Overall summary", "Heading 1")
    para(document, "Our judgments", "Heading 2")
    para(document, "Our inspection assessed how good Norfolk Constabulary is in ten areas of policing. We make graded "
                   "judgments in nine of these ten areas as follows:")
    grades = [("Engaging with and treating the public with fairness and respect", "Police powers and public treatment", "Good"),
              ("Preventing crime and anti-social behaviour", "Preventing crime", "Outstanding"),
              ("Responding to the public", "Responding to the public", "Adequate"),
              ("Investigating crime", "Investigating crime", "Good"),
              ("Protecting vulnerable people", "Protecting vulnerable people", "Good"),
              ("Managing offenders and suspects", "Managing offenders", "Adequate"),
              ("Building, supporting and protecting the workforce", "Developing a positive workplace", "Good"),
              ("Strategic planning, organisational management and value for money", "Good use of resources", "Adequate")]
    rows = [["Area", "Grade"]] + [[raw, value] for raw, _, value in grades]
    rows.insert(6, ["Disrupting serious organised crime", "Graded in a separate regional report"])
    rows.insert(1, ["Providing a service to the victims of crime", "Not graded"])
    fills = {(r, 1): GRADE_FILL[row[1]] for r, row in enumerate(rows) if row[1] in GRADE_FILL}
    word_table(document, rows, [11.0, 5.5], fills)
    para(document, "We also inspected how effective the force is at disrupting serious organised crime. We will publish "
                   "our findings and graded judgment for this area in a separate report on the region’s forces.")
    para(document, "In our 2018/19 inspection, Norfolk Constabulary was graded as good at effectiveness and good at "
                   "legitimacy. This report is not directly comparable, because we now grade forces against "
                   "different areas.")
    para(document, "HM Inspector’s observations", "Heading 2")
    para(document, "I am satisfied with most aspects of the performance of Norfolk Constabulary. Its work to prevent "
                   "crime is excellent, but the force needs to improve how quickly it answers non-emergency calls. We "
                   "did not identify any causes of concern.")
    para(document, "Roy Ashcombe, His Majesty’s Inspector of Constabulary")

    para(document, "Providing a service to the victims of crime", "Heading 1")
    para(document, "We don’t give a grade for this area. The force records 94.1 percent of reported crime, and it "
                   "generally gives victims a good service.")

    para(document, "Engaging with and treating the public with fairness and respect", "Heading 1")
    para(document, "Norfolk Constabulary is good at treating people fairly and with respect.")
    para(document, "Officers explain their use of stop and search well, and the force publishes its data each month.")

    para(document, "Preventing crime and anti-social behaviour", "Heading 1")
    para(document, "Norfolk Constabulary is outstanding at preventing and deterring crime and anti-social behaviour, "
                   "and keeping people safe.")
    para(document, "Innovative practice", "Heading 3")
    practice = "Problem-solving coaches on every neighbourhood team"
    para(document, f"**{practice}**")
    para(document, "The force trained 40 officers as problem-solving coaches. Each coach supports neighbourhood teams to "
                   "plan, run and evaluate their problem-solving work.")

    para(document, "Responding to the public", "Heading 1")
    para(document, "Norfolk Constabulary is adequate at responding to the public.")
    para(document, "Areas for improvement", "Heading 3")
    afis_respond = ["The force should make sure it answers non-emergency calls promptly, and it should reduce the number of calls that are abandoned.",
                    "The force should make sure that it identifies repeat callers and vulnerable callers when they first call."]
    bullets(document, afis_respond)

    para(document, "Investigating crime", "Heading 1")
    para(document, "Norfolk Constabulary is good at investigating crime.")
    para(document, "Area for improvement", "Heading 3")
    afi_inv = "The force should make sure that investigations are supervised and that the supervision is recorded."
    afi_inv_detail = ("We found that supervisors had reviewed 71 percent of the investigations we looked at, but in "
                      "many cases there was no record of what they had directed.")
    para(document, afi_inv)
    para(document, afi_inv_detail)

    para(document, "Protecting vulnerable people", "Heading 1")
    para(document, "Norfolk Constabulary is good at protecting vulnerable people.")
    para(document, "The force works closely with partners, and its multi-agency safeguarding hub is well run.")

    para(document, "Managing offenders and suspects", "Heading 1")
    para(document, "Norfolk Constabulary is adequate at managing offenders and suspects.")
    para(document, "Area for improvement", "Heading 3")
    afi_off = "The force should make sure that it manages the risk posed by registered sex offenders with the right number of staff."
    afi_off_detail = ("Offender managers each supervised more than 70 offenders, above the national guidance, and some "
                      "home visits were overdue.")
    para(document, afi_off)
    para(document, afi_off_detail)

    para(document, "Building, supporting and protecting the workforce", "Heading 1")
    para(document, "Norfolk Constabulary is good at building, supporting and protecting its workforce.")
    para(document, "The force understands the wellbeing needs of its workforce and has invested in occupational health.")

    para(document, "Strategic planning, organisational management and value for money", "Heading 1")
    para(document, "Norfolk Constabulary is adequate at planning and managing its organisation efficiently, making sure "
                   "it achieves value for money, now and in the future.")
    para(document, "Areas for improvement", "Heading 3")
    afis_plan = ["The force should make sure its workforce plan is linked to its financial plan."]
    bullets(document, afis_plan)
    para(document, "© HMICFRS 2022   www.justiceinspectorates.gov.uk/hmicfrs")
    data = word_bytes(document)

    records = {
        "documents": [{"page": None, "file_type": "docx", "status": "ok", "doc_kind": "peel_report", "force": NORFOLK,
                       "title": "PEEL 2021/22: An inspection of Norfolk Constabulary",
                       "publication_date": "2022-09-16"}],
        "grades": [grade(NORFOLK, PEEL_2122, area, raw, value, as_of) for raw, area, value in grades],
        "areas_for_improvement": (
            [afi(NORFOLK, "Responding to the public", text, None) for text in afis_respond]
            + [afi(NORFOLK, "Investigating crime", afi_inv, afi_inv_detail),
               afi(NORFOLK, "Managing offenders", afi_off, afi_off_detail)]
            + [afi(NORFOLK, "Good use of resources", text, None) for text in afis_plan]),
        "causes_of_concern": [],
        "recommendations": [],
        "findings": [finding(NORFOLK, "Preventing crime", "innovative_practice", practice)],
    }
    return data, records



# ---------------------------------------------------------------------------------------------
# 4. Joint audit committee paper made in Word, landscape, saved as PDF (new form: one long-format
#    grade table Inspection | Published | Area | Grade holding two inspections, each dated by its
#    own merged Published cell)

CAMBS = "Cambridgeshire Constabulary"


def merge_down(table, column: int, first: int, last: int, text: str) -> None:
    for r in range(first + 1, last + 1):
        table.cell(r, column).paragraphs[0].text = ""
    merged = table.cell(first, column).merge(table.cell(last, column))
    for extra in merged.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    merged.paragraphs[0].text = ""
    runs(merged.paragraphs[0], text, size=10)


def cambridgeshire_jac() -> tuple[bytes, dict]:
    document = word_document(wide=True, title="HMICFRS inspection activity and recommendations update")
    header_footer(document, "OFFICIAL", "Joint Audit Committee – 25 March 2026")
    para(document, "**Cambridgeshire Police and Crime Commissioner and Cambridgeshire Constabulary**")
    para(document, "**Joint Audit Committee**")
    word_table(document, [["Date:", "25 March 2026"], ["Agenda item:", "9"],
                          ["Report of:", "Head of Corporate Development, Cambridgeshire Constabulary"],
                          ["Security classification:", "Not protectively marked"]], [6.0, 14.0], header=False)
    title = "HMICFRS inspection activity and recommendations update"
    para(document, title, "Heading 1")
    para(document, "1. Purpose", "Heading 2")
    para(document, "1.1 This report updates the Committee on inspections of the force by His Majesty’s Inspectorate "
                   "of Constabulary and Fire and Rescue Services (HMICFRS) and on the force’s progress against the "
                   "recommendations and areas for improvement still open.")
    para(document, "2. Recommendation", "Heading 2")
    para(document, "2.1 The Committee is asked to note the report.")
    para(document, "3. Graded inspections", "Heading 2")
    para(document, "3.1 The force has received two graded inspection reports in the last twelve months. Table 1 "
                   "sets out the grades awarded in each.")
    para(document, "Table 1: grades awarded", "Caption")
    peel = [("Police powers and public treatment", "Police powers and public treatment", "Good"),
            ("Preventing crime", "Preventing crime", "Good"),
            ("Responding to the public", "Responding to the public", "Adequate"),
            ("Investigating crime", "Investigating crime", "Requires improvement"),
            ("Protecting vulnerable people", "Protecting vulnerable people", "Adequate"),
            ("Managing offenders", "Managing offenders", "Good"),
            ("Developing a positive workplace", "Developing a positive workplace", "Adequate"),
            ("Leadership and force management", "Leadership and force management", "Good")]
    child = [("Leadership and management", "Child protection leadership", "Adequate"),
             ("Working with safeguarding partners", "Working with safeguarding partners", "Good"),
             ("Responding to children at risk of harm", "Responding to children at risk of harm", "Adequate"),
             ("Assessing risk and making referrals", "Assessing risk to children and making appropriate referrals",
              "Adequate"),
             ("Investigating abuse, neglect and exploitation of children",
              "Investigating reports of abuse, neglect and exploitation of children", "Requires improvement")]
    rows = [["Inspection", "Published", "Area", "Grade"]]
    rows += [["", "", raw, value] for raw, _, value in peel + child]
    fills = {(r, 3): GRADE_FILL[row[3]] for r, row in enumerate(rows) if row[3] in GRADE_FILL}
    table = word_table(document, rows, [6.5, 3.5, 11.0, 4.5], fills)
    merge_down(table, 0, 1, len(peel), "PEEL 2023–25")
    merge_down(table, 1, 1, len(peel), "January 2026")
    merge_down(table, 0, len(peel) + 1, len(peel) + len(child), "National child protection inspection")
    merge_down(table, 1, len(peel) + 1, len(peel) + len(child), "September 2025")
    para(document, "3.2 The force’s PEEL grades have improved in two areas since 2022. Across the region, two other "
                   "forces were graded good at investigating crime in this round of inspections.")

    para(document, "4. Open recommendations and areas for improvement", "Heading 2")
    para(document, "4.1 Table 2 counts the items still open from each inspection. Table 3 lists the items from the two "
                   "graded inspections, with the lead officer and the position at 1 March 2026.")
    para(document, "Table 2: open items by inspection", "Caption")
    word_table(document, [["Inspection", "Causes of concern", "Recommendations", "Areas for improvement", "Closed since last report"],
                          ["PEEL 2023–25", "0", "0", "3", "1"],
                          ["National child protection inspection", "1", "2", "1", "2"],
                          ["Custody suites (joint inspection)", "0", "4", "6", "3"]], [7.5, 4.0, 4.5, 4.5, 5.0])
    para(document, "Table 3: items from the graded inspections", "Caption")
    coc = ("Cambridgeshire Constabulary doesn’t make sure that its investigations of child abuse and exploitation are "
           "supervised effectively.")
    rec1 = ("Within three months, Cambridgeshire Constabulary should make sure that every child abuse investigation "
            "has an investigation plan that a supervisor has reviewed.")
    rec2 = ("Within six months, Cambridgeshire Constabulary should review the workloads of its child abuse "
            "investigation teams and make sure they have the capacity to investigate effectively.")
    afi_cp = "The force should make sure that officers record the views and feelings of children when they attend incidents."
    afi_p1 = "The force should make sure that victims are kept updated throughout their investigation."
    afi_p2 = "The force should improve how it uses body-worn video at domestic abuse incidents."
    afi_p3 = "The force should make sure it understands the skills and capacity of its workforce."
    inv_cp = "Investigating abuse, neglect and exploitation of children"
    items = [["CP-C1", "Child protection", "Cause of concern", inv_cp, coc, "D/Supt Public Protection", "–", "In progress"],
             ["CP-C1.1", "Child protection", "Recommendation", inv_cp, rec1, "D/Supt Public Protection", "31/12/2025", "Complete"],
             ["CP-C1.2", "Child protection", "Recommendation", inv_cp, rec2, "D/Supt Public Protection", "31/03/2026", "In progress"],
             ["CP-A1", "Child protection", "Area for improvement", "Responding to children at risk of harm", afi_cp,
              "Supt Response", "30/06/2026", "In progress"],
             ["P-A1", "PEEL 2023–25", "Area for improvement", "Investigating crime", afi_p1, "D/Supt Crime", "30/06/2026", "In progress"],
             ["P-A2", "PEEL 2023–25", "Area for improvement", "Protecting vulnerable people", afi_p2, "D/Supt Public Protection",
              "30/09/2026", "Not started"],
             ["P-A3", "PEEL 2023–25", "Area for improvement", "Leadership and force management", afi_p3, "Director of People",
              "31/12/2026", "In progress"]]
    status_fill = {"Complete": "#C6EFCE", "In progress": "#FFEB9C", "Not started": "#FFC7CE"}
    rows = [["Ref", "Inspection", "Type", "Area", "HMICFRS wording", "Lead", "Due", "Status"]] + items
    word_table(document, rows, [1.8, 2.4, 3.0, 3.8, 7.4, 2.6, 2.3, 2.3],
               {(r, 7): status_fill[row[7]] for r, row in enumerate(rows) if row[7] in status_fill}, size=9)
    para(document, "5. Inspections expected in 2026/27", "Heading 2")
    para(document, "5.1 HMICFRS has told the force that it expects to begin fieldwork for the next PEEL inspection in "
                   "the autumn. The force will report the outcome to the Committee.")
    data = docx_to_pdf(word_bytes(document))

    grade_records = ([grade(CAMBS, PEEL, area, raw, value, "2026-01") for raw, area, value in peel]
                     + [grade(CAMBS, CP, area, raw, value, "2025-09") for raw, area, value in child])
    records = {
        "documents": [{"page": None, "file_type": "pdf", "status": "ok", "doc_kind": "scrutiny_pack", "force": CAMBS,
                       "title": title, "meeting_date": "2026-03-25"}],
        "grades": grade_records,
        "areas_for_improvement": [
            afi(CAMBS, "Responding to children at risk of harm", afi_cp, None, find="CP-A1 Child"),
            afi(CAMBS, "Investigating crime", afi_p1, None, find="P-A1 PEEL"),
            afi(CAMBS, "Protecting vulnerable people", afi_p2, None, find="P-A2 PEEL"),
            afi(CAMBS, "Leadership and force management", afi_p3, None, find="P-A3 PEEL"),
        ],
        "causes_of_concern": [dict(cause(CAMBS, "Investigating reports of abuse, neglect and exploitation of children", coc,
                                         None), find="CP-C1 Child")],
        "recommendations": [dict(recommendation(CAMBS, rec1, "Within three months", coc, None), find="CP-C1.1 Child"),
                            dict(recommendation(CAMBS, rec2, "Within six months", coc, None), find="CP-C1.2 Child")],
        "findings": [],
    }
    return data, records



# ---------------------------------------------------------------------------------------------
# 5. PCC annual report as a Word file (new form: the grades as bullets "Area (grade)")

LINCS = "Lincolnshire Police"


def lincolnshire_annual_report() -> tuple[bytes, dict]:
    document = word_document(title="Annual Report 2025–26")
    header_footer(document, None, "Police and Crime Commissioner for Lincolnshire – Annual Report 2025–26")
    para(document, "Police and Crime Commissioner for Lincolnshire", size=12)
    para(document, "Annual Report 2025–26", "Title")
    para(document, "Published: 26 June 2026")
    para(document, "Contents", "Heading 1")
    for line in ("Foreword", "Delivering the Police and Crime Plan", "Holding the Chief Constable to account",
                 "Inspections of Lincolnshire Police", "Commissioning and grants", "Finance"):
        para(document, line)
    para(document, "Foreword", "Heading 1")
    para(document, "This is my annual report for the year from 1 April 2025 to 31 March 2026. It sets out what has been "
                   "achieved against the priorities of the Police and Crime Plan, and how I have held the Chief "
                   "Constable to account for the policing of Lincolnshire.")
    para(document, "Over the year the force recruited 96 new officers, opened two new neighbourhood bases and answered "
                   "more emergency calls within ten seconds than in any year since 2019.")
    para(document, "Delivering the Police and Crime Plan", "Heading 1")
    para(document, "Table 1 compares the plan’s main measures with the previous year.")
    para(document, "Table 1: Police and Crime Plan measures", "Caption")
    word_table(document, [["Measure", "2024/25", "2025/26"],
                          ["999 calls answered within 10 seconds", "84%", "91%"],
                          ["101 calls answered within 3 minutes", "58%", "71%"],
                          ["Victims satisfied with the service received", "74%", "76%"],
                          ["Charge and summons rate (all crime)", "9.8%", "11.2%"],
                          ["Rural crime offences recorded", "1,412", "1,288"]], [9.0, 3.5, 3.5])
    para(document, "Holding the Chief Constable to account", "Heading 1")
    para(document, "I hold the Chief Constable to account in public at my monthly Accountability Board, and through "
                   "weekly meetings with the Chief Constable. Papers and minutes of the board are published on my "
                   "website.")
    para(document, "Inspections of Lincolnshire Police", "Heading 1")
    para(document, "PEEL inspection", "Heading 2")
    para(document, "His Majesty’s Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) published its "
                   "PEEL 2023–25 report on Lincolnshire Police in December 2025. The inspectorate graded the force in "
                   "eight areas of policing:")
    grades = [("Police powers and public treatment", "Police powers and public treatment", "good"),
              ("Preventing crime", "Preventing crime", "good"),
              ("Responding to the public", "Responding to the public", "adequate"),
              ("Investigating crime", "Investigating crime", "adequate"),
              ("Protecting vulnerable people", "Protecting vulnerable people", "requires improvement"),
              ("Managing offenders and suspects", "Managing offenders", "good"),
              ("Developing a positive workplace", "Developing a positive workplace", "adequate"),
              ("Leadership and force management", "Leadership and force management", "good")]
    bullets(document, [f"{raw} ({value})" for raw, _, value in grades])
    para(document, "This is real progress. In the previous inspection, in 2022, the force had been judged inadequate "
                   "at responding to the public, and I am pleased that the work to improve call handling has been "
                   "recognised.")
    para(document, "The report identified no causes of concern and nine areas for improvement. I have asked the Chief "
                   "Constable to report progress on each of them to my Accountability Board. Table 2 shows three of "
                   "them.")
    para(document, "Table 2: progress on selected areas for improvement", "Caption")
    afis = [("Protecting vulnerable people",
             "The force should make sure that it applies for domestic abuse protection orders in all appropriate cases.",
             "A specialist team now reviews every high-risk case. Applications have doubled since January."),
            ("Investigating crime",
             "The force should make sure it records an investigation plan for every investigation that needs one.",
             "New guidance issued in February 2026; an audit is planned for the summer."),
            ("Developing a positive workplace",
             "The force should make sure that its officers and staff receive regular, good-quality supervision.",
             "Supervisor training has started; 40% of sergeants have completed it.")]
    word_table(document, [["PEEL area", "Area for improvement", "Progress at 31 March 2026"]]
               + [list(row) for row in afis], [4.0, 7.0, 6.0])
    para(document, "Other inspections", "Heading 2")
    para(document, "HMICFRS and HM Inspectorate of Prisons also carried out a joint inspection of police custody in "
                   "Lincolnshire in 2025. Custody inspections are not graded. The report made four recommendations, "
                   "and the force has completed two of them.")
    para(document, "Commissioning and grants", "Heading 1")
    para(document, "In 2025/26 I awarded £1.9 million to 41 organisations that support victims, divert young people from "
                   "crime and make communities safer.")
    para(document, "Finance", "Heading 1")
    para(document, "Table 3: revenue budget 2025/26", "Caption")
    word_table(document, [["Budget line", "£m"], ["Police officer pay", "98.4"], ["Police staff pay", "41.2"],
                          ["Premises and transport", "12.7"], ["Commissioner’s office and commissioning", "3.6"],
                          ["Total", "155.9"]], [9.0, 3.0])
    data = word_bytes(document)

    records = {
        "documents": [{"page": None, "file_type": "docx", "status": "ok", "force": LINCS,
                       "organisation": "Police and Crime Commissioner for Lincolnshire",
                       "title": "Annual Report 2025–26", "publication_date": "2026-06-26"}],
        "grades": [grade(LINCS, PEEL, area, raw, value.capitalize(), "2025-12") for raw, area, value in grades],
        "areas_for_improvement": [afi(LINCS, area, text, None) for area, text, _ in afis],
        "causes_of_concern": [],
        "recommendations": [],
        "findings": [],
    }
    return data, records


# ---------------------------------------------------------------------------------------------
# 6. PCC's section 55 response to a child protection inspection, ReportLab (new form: the
#    judgments in a table with the judgment first, "Judgment | Inspection area")

BEDS = "Bedfordshire Police"


def bedfordshire_s55_ncpi() -> tuple[bytes, dict]:
    title = "Response to the HMICFRS national child protection inspection of Bedfordshire Police"
    judgments = [("Good", "Working with safeguarding partners", "Working with safeguarding partners"),
                 ("Adequate", "Leadership and management", "Child protection leadership"),
                 ("Adequate", "Responding to children at risk of harm", "Responding to children at risk of harm"),
                 ("Requires improvement", "Assessing risk to children and making appropriate referrals",
                  "Assessing risk to children and making appropriate referrals"),
                 ("Requires improvement", "Investigating reports of abuse, neglect and exploitation of children",
                  "Investigating reports of abuse, neglect and exploitation of children")]
    coc = ("Bedfordshire Police doesn’t assess the risk to children well enough when it receives reports of concern, "
           "and it doesn’t always share information with children’s social care without delay.")
    rec1 = ("Within three months, Bedfordshire Police should make sure that every child at risk has a recorded risk "
            "assessment, reviewed by a supervisor.")
    rec2 = ("Within six months, Bedfordshire Police should work with its safeguarding partners to make sure that "
            "referrals reach children’s social care within 24 hours.")
    afis = [("Child protection leadership",
             "Bedfordshire Police should make sure that it uses audits to understand the quality of its child protection work."),
            ("Responding to children at risk of harm",
             "Bedfordshire Police should make sure that officers speak to children and record their views at every incident they attend."),
            ("Investigating reports of abuse, neglect and exploitation of children",
             "Bedfordshire Police should make sure that strategy discussions take place before children are interviewed.")]
    quote = ParagraphStyle("quote", parent=BODY, fontName="Helvetica-Oblique", leftIndent=18)
    story: list = [
        p("Police and Crime Commissioner for Bedfordshire", SMALL),
        p(title, H1),
        rl_table([["Report", "An inspection of the Bedfordshire Police response to child protection"],
                  ["Published", "17 February 2026"],
                  ["Response from", "Police and Crime Commissioner for Bedfordshire"],
                  ["Date of response", "14 April 2026"]], [4.5, 12.0], header=False),
        p("Introduction", H2),
        p("I welcome this report. Section 55 of the Police Act 1996 requires me to publish a response to any report "
          "HMICFRS makes on the force. The inspection took place in November 2025, and the report was published on "
          "17 February 2026. The last inspection of the force’s child protection work, in 2019, was not graded."),
        p("What the inspectorate found", H2),
        p("HMICFRS judged the force’s performance in five areas, as follows:"),
        rl_table([["Judgment", "Inspection area"]] + [[value, raw] for value, raw, _ in judgments], [5.0, 11.5],
                 {(r, 0): GRADE_FILL[value] for r, (value, _, _) in enumerate(judgments, start=1)}),
        Spacer(1, 6),
        p("Nationally, 11 of the 29 forces inspected so far require improvement at assessing risk to children. I have "
          "asked the Chief Constable for a plan that brings every area to at least adequate by the next inspection."),
        p("Cause of concern", H2),
        p("The inspectorate identified one cause of concern:"),
        p(coc, quote),
        p("It made two recommendations to address it:"),
        p("**Recommendation 1**"), p(rec1, quote),
        p("**Recommendation 2**"), p(rec2, quote),
        p("**My response:** the Chief Constable has created a child risk assessment hub, which I am funding for two "
          "years. I will review progress at my Accountability and Performance Panel in June and September 2026."),
        p("Areas for improvement", H2),
        p("The report also set out three areas for improvement. I have grouped them below by the inspection area in "
          "which HMICFRS raised them."),
    ]
    responses = ["The force has started a programme of monthly case audits, and the results will come to my panel.",
                 "New guidance and a short training film on the voice of the child were issued to all officers in March.",
                 "The force and the local authorities have agreed a joint protocol for strategy discussions."]
    for (area, text), response in zip(afis, responses):
        heading = {"Child protection leadership": "Leadership and management"}.get(area, area)
        story += [p(heading, H3), p(text, quote), p(f"**My response:** {response}")]
    story += [p("Next steps", H2),
              p("I will publish this response on my website and send it to the Home Secretary and to HMICFRS.")]
    data = rl_pdf(story, title, "Police and Crime Commissioner for Bedfordshire", "Section 55 response – OFFICIAL")

    records = {
        "documents": [{"page": None, "file_type": "pdf", "status": "ok", "doc_kind": "force_response", "force": BEDS,
                       "organisation": "Police and Crime Commissioner for Bedfordshire", "title": title,
                       "publication_date": "2026-04-14"}],
        "grades": [grade(BEDS, CP, area, raw, value, "2026-02", find=f"{value} {raw}") for value, raw, area in judgments],
        "areas_for_improvement": [afi(BEDS, area, text, None) for area, text in afis],
        "causes_of_concern": [cause(BEDS, None, coc, None)],
        "recommendations": [recommendation(BEDS, rec1, "Within three months", coc, None),
                            recommendation(BEDS, rec2, "Within six months", coc, None)],
        "findings": [],
    }
    return data, records



# ---------------------------------------------------------------------------------------------
# 7. Commissioner's report to a Police, Fire and Crime Panel, made in Word and saved as PDF (new
#    form: each grade word a heading with the areas it was given bulleted under it)

ESSEX = "Essex Police"


def essex_pfcp_peel() -> tuple[bytes, dict]:
    title = "HMICFRS PEEL 2023–25 inspection of Essex Police"
    document = word_document(title=title)
    header_footer(document, "OFFICIAL", "Essex Police, Fire and Crime Panel – 23 April 2026")
    para(document, "**Essex Police, Fire and Crime Panel**", size=13)
    word_table(document, [["Date of meeting:", "23 April 2026"], ["Agenda item:", "6"],
                          ["Report by:", "Police, Fire and Crime Commissioner for Essex"],
                          ["Enquiries to:", "Head of Performance and Scrutiny, PFCC’s office"]], [5.0, 11.0], header=False)
    para(document, title, "Heading 1")
    para(document, "1. Purpose of the report", "Heading 2")
    para(document, "1.1 To inform the Panel of the findings of the latest PEEL inspection of Essex Police and of how the "
                   "Commissioner is holding the Chief Constable to account for the improvements it calls for.")
    para(document, "2. Background", "Heading 2")
    para(document, "2.1 His Majesty’s Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) published its "
                   "PEEL 2023–25 report on Essex Police on 12 March 2026. The fieldwork took place in October and "
                   "November 2025.")
    para(document, "3. The inspectorate’s judgments", "Heading 2")
    para(document, "3.1 HMICFRS graded the force in eight areas. The grades are shown below, grouped by grade.")
    by_grade = [("Outstanding", []),
                ("Good", ["Preventing crime", "Managing offenders", "Police powers and public treatment"]),
                ("Adequate", ["Responding to the public", "Protecting vulnerable people", "Leadership and force management"]),
                ("Requires improvement", ["Investigating crime", "Developing a positive workplace"]),
                ("Inadequate", [])]
    for value, areas in by_grade:
        para(document, value, "Heading 3")
        if areas:
            bullets(document, areas)
        else:
            para(document, "None")
    para(document, "3.2 The force was last inspected under PEEL 2021/22, in a report published in May 2022. In that "
                   "inspection it was graded good at preventing crime and adequate at investigating crime, so the "
                   "grade for investigating crime has fallen.")
    para(document, "3.3 Of the 33 forces graded so far under PEEL 2023–25, 14 require improvement at investigating "
                   "crime.")
    para(document, "4. Causes of concern", "Heading 2")
    para(document, "4.1 HMICFRS did not identify any causes of concern.")
    para(document, "5. Areas for improvement", "Heading 2")
    para(document, "5.1 The report identified four areas for improvement, listed here under the PEEL area in which they "
                   "were raised. The force’s plan for each is overseen at the Commissioner’s Performance and Resources "
                   "Scrutiny Programme.")
    afis = [("Responding to the public", ["The force should make sure it answers non-emergency calls promptly."]),
            ("Investigating crime", ["The force should make sure that investigations are allocated to officers with "
                                     "the right skills and experience.",
                                     "The force should make sure it keeps victims updated about the progress of their "
                                     "investigation, in line with the Victims’ Code."]),
            ("Developing a positive workplace", ["The force should make sure it understands why officers leave the "
                                                 "force in their first two years of service."])]
    for area, texts in afis:
        para(document, area, "Heading 3")
        bullets(document, texts, "List Number")
    para(document, "6. Recommendation", "Heading 2")
    para(document, "6.1 The Panel is asked to note the report and the Commissioner’s approach to scrutinising the "
                   "force’s progress.")
    data = docx_to_pdf(word_bytes(document))

    records = {
        "documents": [{"page": None, "file_type": "pdf", "status": "ok", "doc_kind": "scrutiny_pack", "force": ESSEX,
                       "title": title, "meeting_date": "2026-04-23"}],
        "grades": [grade(ESSEX, PEEL, area, area, value, "2026-03", find=area)
                   for value, areas in by_grade for area in areas],
        "areas_for_improvement": [afi(ESSEX, area, text, None) for area, texts in afis for text in texts],
        "causes_of_concern": [],
        "recommendations": [],
        "findings": [],
    }
    return data, records


DOCUMENTS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "peel-2023-25-nottinghamshire-r26i.pdf": peel_nottinghamshire,
    "ncpi-west-mercia-r26i.pdf": ncpi_west_mercia,
    "peel-2021-22-norfolk-r26i.docx": peel_2021_22_norfolk,
    "cambridgeshire-jac-hmicfrs-2026-03-25-r26i.pdf": cambridgeshire_jac,
    "lincolnshire-pcc-annual-report-2025-26-r26i.docx": lincolnshire_annual_report,
    "bedfordshire-pcc-s55-ncpi-r26i.pdf": bedfordshire_s55_ncpi,
    "essex-pfcp-peel-2026-04-23-r26i.pdf": essex_pfcp_peel,
}


def main(names: list[str]) -> None:
    for name in names or list(DOCUMENTS):
        data, records = DOCUMENTS[name]()
        write(name, data, records)


if __name__ == "__main__":
    main(sys.argv[1:])
