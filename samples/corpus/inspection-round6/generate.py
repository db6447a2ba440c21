"""Seven inspection documents of forces the inspection extractors were not
written against, and their gold:

    .venv/bin/python samples/corpus/inspection-round6/generate.py

writes the documents here and their gold to samples/gold/<file>.json. Names,
grades and wording are invented; the forms follow published HMICFRS reports,
thematic inspections, PCCs' papers and forces' action plans (see README.md).
The gold is written by hand below, next to the text it describes, never from
the pipeline's output; every PDF page is closed by an explicit page break, so
a record's page is the page its text is placed on here. Output is
deterministic (reportlab invariant mode, fixed DOCX zip times).

1. peel-2023-25-essex.pdf: PEEL 2023-25: cover with the publication date,
   "Our judgments" chart (a column per grade), "Essex Police is good at ..."
   sentences under each area heading, a cause of concern with a "Within
   three months, Essex Police should:" lead-in, "Area for improvement"
   headings with explanations, main findings as bold statements, a
   promising practice box drawn as a one-cell table.
2. peel-2021-22-norfolk.pdf: PEEL 2021/22: an Area | Grade table of the long
   section names, "The constabulary is adequate at ..." sentences,
   bulleted AFIs under "Areas for improvement", no practice.
3. ncpi-thames-valley.pdf: national child protection inspection: judgments
   only as a bulleted list under "We found that Thames Valley Police is:",
   a cause of concern with two timescales, AFIs as numbered paragraphs.
4. peel-2023-25-civil-nuclear-constabulary.pdf: a non-territorial force with
   two graded areas of its own ("Protecting civil nuclear sites",
   "Responding to security incidents") beside three of PEEL's, a chart with
   a column per grade, AFIs in its own areas, an innovative practice box as
   a one-column table of label, title and text rows.
5. thematic-misconduct-allegations.pdf: a national thematic: recommendations
   to chief constables, to a named force and to national bodies under
   "Recommendation N" headings, bullets under "By 31 March 2026, chief
   constables should:" in a chapter (no "Recommendations" heading above),
   an area for improvement for all forces.
6. humberside-pcc-peel-paper-2025-10-06.docx: a PCC's accountability board
   paper quoting PEEL 2023-25: grades as a Word table (Area | Grade), the
   AFIs quoted as bullets under area sub-headings, the force's update.
7. northamptonshire-peel-action-plan.docx: a force's Word action plan whose
   table groups its rows under merged rows ("Cause of concern 1: ...",
   "Areas for improvement"), columns No. | Recommendation / AFI | Owner |
   Deadline | Progress | RAG.

Decisions on the contract (also in README.md): an area a force is graded
on that no framework knows is an area under its printed name (as in round
5); a thematic's recommendation to one named force has that force, those to
all chief constables or national bodies have none; a PCC paper quoting a
report is a scrutiny_pack; an action plan is a force_response with no
organisation.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent.parent / "gold"
CHECKED = (
    "Written by hand in samples/corpus/inspection-round6/generate.py, next to the text it "
    "describes, before the extractors were run on the document; PDF pages are the pages "
    "the generator places the text on (explicit page breaks)."
)

GRADE_COLOURS = {
    "Outstanding": colors.HexColor("#1b5e20"),
    "Good": colors.HexColor("#2e7d32"),
    "Adequate": colors.HexColor("#f9a825"),
    "Requires improvement": colors.HexColor("#ef6c00"),
    "Inadequate": colors.HexColor("#c62828"),
}
GRADES = list(GRADE_COLOURS)

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold")
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=14, bulletIndent=4)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=10, spaceBefore=6)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=8, spaceBefore=6)
H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceAfter=6, spaceBefore=4)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=24, leading=30, spaceAfter=14)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
CELL_BOLD = ParagraphStyle("cellbold", parent=CELL, fontName="Helvetica-Bold")


def pdf_bytes(story: list[Any], header: str | None = None) -> bytes:
    buffer = io.BytesIO()

    def furniture(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if header and doc.page > 1:
            canvas.drawString(20 * mm, A4[1] - 12 * mm, header)
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, str(doc.page))
        canvas.restoreState()

    template = SimpleDocTemplate(
        buffer, pagesize=A4, invariant=1, leftMargin=20 * mm, rightMargin=20 * mm,
        topMargin=20 * mm, bottomMargin=18 * mm, title="", author="",
    )
    template.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return buffer.getvalue()


def bullets(items: list[str], style: ParagraphStyle = BULLET) -> list[Any]:
    return [Paragraph(item, style, bulletText="\u2022") for item in items]


def grade_chart(by_grade: dict[str, list[str]]) -> Table:
    """HMICFRS's chart: a column per grade, the areas of each grade beneath it."""
    header = [Paragraph(grade, CELL_BOLD) for grade in GRADES]
    depth = max(len(areas) for areas in by_grade.values())
    rows = [header]
    for index in range(depth):
        rows.append([
            Paragraph(by_grade.get(grade, [])[index], CELL) if index < len(by_grade.get(grade, [])) else ""
            for grade in GRADES
        ])
    table = Table(rows, colWidths=[34 * mm] * 5)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for column, grade in enumerate(GRADES):
        style.append(("BACKGROUND", (column, 0), (column, 0), GRADE_COLOURS[grade]))
    table.setStyle(TableStyle(style))
    return table


def practice_box(flowables: list[Any]) -> Table:
    """A practice note as HMICFRS draws it: a shaded box, one column."""
    table = Table([[flowables]], colWidths=[170 * mm])
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e3f2fd")),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1565c0")),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def docx_bytes(document: Any) -> bytes:
    """Save with fixed core properties and zip times, so the bytes never change."""
    import datetime

    fixed = datetime.datetime(2025, 1, 1)
    properties = document.core_properties
    properties.created = fixed
    properties.modified = fixed
    properties.last_printed = fixed
    properties.author = ""
    properties.last_modified_by = ""
    properties.revision = 1
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in sorted(source.infolist(), key=lambda info: info.filename != "[Content_Types].xml"):
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(item.filename))
    return out.getvalue()


def shade(cell: Any, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def cell_text(cell: Any, text: str, bold: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    run = paragraph.add_run(text)
    run.bold = bold
    run.font.size = Pt(9)


def document_record(file_type: str, pages: int | None, **fields: Any) -> dict[str, Any]:
    record = {"page": None, "file_type": file_type, "pages": pages}
    record.update(fields)
    record["status"] = "ok"
    return record


def write(name: str, data: bytes, records: dict[str, Any]) -> None:
    (HERE / name).write_bytes(data)
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
    (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# 1 ---------------------------------------------------------------------------

def essex() -> None:
    force = "Essex Police"
    cause = "Essex Police isn't identifying and safeguarding vulnerable people quickly enough when they first contact the force."
    cause_detail = "In 31 of the 90 incidents we reviewed, the force didn't complete a risk assessment when it first took the call."
    lead_in = "Within three months, Essex Police should:"
    recs = [
        "make sure that call handlers complete a structured risk assessment for every call that involves a vulnerable person;",
        "introduce supervisory checks of the quality of those risk assessments; and",
        "make sure that officers attending incidents have the information they need about the vulnerable people involved.",
    ]
    afis = [
        ("The force should make sure that it records crime accurately when it first receives a report.",
         "We found that 1 in 12 reports of violent crime were not recorded as crimes within 24 hours.", 3, "Investigating crime"),
        ("The force should improve how it supervises investigations of serious sexual offences.",
         "Supervisors didn't review investigation plans in 14 of the 40 cases we examined.", 3, "Investigating crime"),
        ("The force should make sure that its officers understand how to use stop and search powers fairly.",
         "Officers we spoke to couldn't always explain the grounds they needed for a search.", 4, "Police powers and public treatment"),
    ]
    story: list[Any] = [
        Paragraph("PEEL 2023–25", H2),
        Paragraph("Police effectiveness, efficiency and legitimacy", H2),
        Paragraph("An inspection of Essex Police", TITLE),
        Paragraph("Published: 16 September 2025", BODY),
        PageBreak(),
        Paragraph("Overall summary", H1),
        Paragraph("Our judgments", H2),
        Paragraph("Our inspection assessed how good Essex Police is in nine areas of policing. "
                  "We make graded judgments in eight of these nine as follows:", BODY),
        grade_chart({
            "Outstanding": [],
            "Good": ["Investigating crime", "Managing offenders and suspects", "Leadership and force management"],
            "Adequate": ["Preventing crime", "Police powers and public treatment", "Developing a positive workplace"],
            "Requires improvement": ["Protecting vulnerable people", "Responding to the public"],
            "Inadequate": [],
        }),
        Spacer(1, 8),
        Paragraph("We also inspected how effective the force is at providing a service to victims of crime. "
                  "We don't make a graded judgment in this area.", BODY),
        Paragraph("Protecting vulnerable people", H1),
        Paragraph("Essex Police requires improvement at protecting vulnerable people.", BODY),
        Paragraph("Cause of concern", H2),
        Paragraph(cause, BOLD),
        Paragraph(cause_detail, BODY),
        Paragraph("Recommendations", H3),
        Paragraph(lead_in, BODY),
        *bullets(recs),
        PageBreak(),
        Paragraph("Investigating crime", H1),
        Paragraph("Essex Police is good at investigating crime.", BODY),
        Paragraph("Main findings", H3),
        Paragraph("The force carries out thorough investigations that are well supervised.", BOLD),
        Paragraph("Most investigations we reviewed were allocated to officers with the right skills.", BODY),
        Paragraph("The force keeps victims informed of the progress of their cases.", BOLD),
        Paragraph("Victims told us they were updated regularly and in the way they had asked.", BODY),
        Paragraph("Areas for improvement", H2),
    ]
    for text, detail, page, _area in afis[:2]:
        story += [Paragraph("Area for improvement", H3), Paragraph(text, BOLD), Paragraph(detail, BODY)]
    story += [
        practice_box([
            Paragraph("Promising practice", CELL_BOLD),
            Paragraph("A single digital file for every domestic abuse investigation", CELL_BOLD),
            Paragraph("The force has introduced a single digital case file that officers, supervisors and "
                      "prosecutors can all see, so that evidence is not lost between teams.", CELL),
        ]),
        PageBreak(),
        Paragraph("Police powers and public treatment", H1),
        Paragraph("Essex Police is adequate at treating the public fairly and respectfully.", BODY),
        Paragraph("Area for improvement", H3),
        Paragraph(afis[2][0], BOLD),
        Paragraph(afis[2][1], BODY),
        PageBreak(),
    ]
    grades = [
        ("Investigating crime", "Investigating crime", "Good"),
        ("Managing offenders", "Managing offenders and suspects", "Good"),
        ("Leadership and force management", "Leadership and force management", "Good"),
        ("Preventing crime", "Preventing crime", "Adequate"),
        ("Police powers and public treatment", "Police powers and public treatment", "Adequate"),
        ("Developing a positive workplace", "Developing a positive workplace", "Adequate"),
        ("Protecting vulnerable people", "Protecting vulnerable people", "Requires improvement"),
        ("Responding to the public", "Responding to the public", "Requires improvement"),
    ]
    records = {
        "documents": [document_record(
            "pdf", 4, doc_kind="peel_report",
            title="PEEL 2023–25 Police effectiveness, efficiency and legitimacy An inspection of Essex Police",
            force=force, organisation=None, meeting_date=None, publication_date="2025-09-16")],
        "grades": [
            {"page": 2, "force": force, "framework": "PEEL 2023-25", "area": area, "area_raw": raw,
             "grade": grade, "as_of": "2025-09"}
            for area, raw, grade in grades
        ],
        "causes_of_concern": [
            {"page": 2, "force": force, "area": "Protecting vulnerable people", "text": cause, "detail": cause_detail}
        ],
        "recommendations": [
            {"page": 2, "force": force, "cause_of_concern_text": cause, "text": rec,
             "timescale": "Within three months", "lead_in": lead_in}
            for rec in recs
        ],
        "areas_for_improvement": [
            {"page": page, "force": force, "area": area, "text": text, "detail": detail}
            for text, detail, page, area in afis
        ],
        "findings": [
            {"page": 3, "force": force, "area": "Investigating crime", "kind": "main_finding",
             "text": "The force carries out thorough investigations that are well supervised."},
            {"page": 3, "force": force, "area": "Investigating crime", "kind": "main_finding",
             "text": "The force keeps victims informed of the progress of their cases."},
            {"page": 3, "force": force, "area": "Investigating crime", "kind": "promising_practice",
             "text": "A single digital file for every domestic abuse investigation"},
        ],
    }
    write("peel-2023-25-essex.pdf", pdf_bytes(story, "PEEL 2023–25: Essex Police"), records)


# 2 ---------------------------------------------------------------------------

def norfolk() -> None:
    force = "Norfolk Constabulary"
    table_rows = [
        ("Engaging with and treating the public with fairness and respect", "Police powers and public treatment", "Good"),
        ("Preventing crime and anti-social behaviour", "Preventing crime", "Good"),
        ("Responding to the public", "Responding to the public", "Adequate"),
        ("Investigating crime", "Investigating crime", "Adequate"),
        ("Protecting vulnerable people", "Protecting vulnerable people", "Adequate"),
        ("Managing offenders and suspects", "Managing offenders", "Good"),
        ("Disrupting serious organised crime", "Disrupting serious organised crime", "Good"),
        ("Building, supporting and protecting the workforce", "Developing a positive workplace", "Requires improvement"),
        ("Strategic planning, organisational management and value for money", "Good use of resources", "Adequate"),
    ]
    chart = Table(
        [[Paragraph("Area", CELL_BOLD), Paragraph("Grade", CELL_BOLD)]]
        + [[Paragraph(raw, CELL), Paragraph(grade, CELL)] for raw, _area, grade in table_rows],
        colWidths=[120 * mm, 45 * mm],
    )
    chart.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9"))]))
    afis = [
        "The constabulary should make sure that it answers non-emergency calls within its own target time.",
        "The constabulary should make sure that repeat callers are identified so that their needs are met.",
    ]
    workforce_afis = [
        "The constabulary should improve how it understands the wellbeing of its workforce.",
        "The constabulary should make sure that supervisors have time to carry out their development reviews.",
    ]
    story: list[Any] = [
        Paragraph("PEEL 2021/22", H2),
        Paragraph("An inspection of Norfolk Constabulary", TITLE),
        Paragraph("Police effectiveness, efficiency and legitimacy", H3),
        Paragraph("Published 24 May 2022", BODY),
        PageBreak(),
        Paragraph("Our judgments", H1),
        Paragraph("This table shows the grades we gave Norfolk Constabulary in each of the areas of policing we inspected.", BODY),
        chart,
        Spacer(1, 8),
        Paragraph("Providing a service to the victims of crime is not graded.", BODY),
        PageBreak(),
        Paragraph("Responding to the public", H1),
        Paragraph("The constabulary is adequate at responding to the public.", BODY),
        Paragraph("Areas for improvement", H3),
        *bullets(afis),
        Paragraph("Building, supporting and protecting the workforce", H1),
        Paragraph("The constabulary requires improvement at building, supporting and protecting the workforce.", BODY),
        Paragraph("Areas for improvement", H3),
        *bullets(workforce_afis),
        PageBreak(),
    ]
    records = {
        "documents": [document_record(
            "pdf", 3, doc_kind="peel_report",
            # the subtitle set right under the title is part of it, as in the earlier rounds' gold
            title="PEEL 2021/22 An inspection of Norfolk Constabulary Police effectiveness, efficiency and legitimacy",
            force=force, organisation=None, meeting_date=None, publication_date="2022-05-24")],
        "grades": [
            {"page": 2, "force": force, "framework": "PEEL 2021/22", "area": area, "area_raw": raw,
             "grade": grade, "as_of": "2022-05"}
            for raw, area, grade in table_rows
        ],
        "causes_of_concern": [],
        "recommendations": [],
        "areas_for_improvement": [
            {"page": 3, "force": force, "area": "Responding to the public", "text": text, "detail": None}
            for text in afis
        ] + [
            {"page": 3, "force": force, "area": "Developing a positive workplace", "text": text, "detail": None}
            for text in workforce_afis
        ],
        "findings": [],
    }
    write("peel-2021-22-norfolk.pdf", pdf_bytes(story, "Norfolk Constabulary: PEEL 2021/22"), records)


# 3 ---------------------------------------------------------------------------

def thames_valley() -> None:
    force = "Thames Valley Police"
    judgments = [
        ("leadership and management", "Child protection leadership", "Good"),
        ("working with safeguarding partners", "Working with safeguarding partners", "Good"),
        ("responding to children at risk of harm", "Responding to children at risk of harm", "Requires improvement"),
        ("assessing risk to children and making appropriate referrals", "Assessing risk to children and making appropriate referrals", "Adequate"),
        ("investigating reports of abuse, neglect and exploitation of children", "Investigating reports of abuse, neglect and exploitation of children", "Adequate"),
    ]
    cause = "The force doesn't always identify and respond to the risks to children when officers attend incidents."
    cause_detail = "In 17 of the 60 cases we reviewed, officers didn't speak to the children present or record what they saw."
    immediate_lead = "Immediately, Thames Valley Police should:"
    immediate = ["make sure that officers attending incidents speak to every child present and record their views."]
    later_lead = "Within six months, Thames Valley Police should:"
    later = [
        "review the training it gives to response officers about recognising harm to children; and",
        "introduce audits of the quality of the records officers make about children at incidents.",
    ]
    afis = [
        ("The force should make sure that referrals to children's social care include the child's own account.", "Assessing risk to children and making appropriate referrals", 3),
        ("The force should make sure that investigations into child sexual exploitation are supervised regularly.", "Investigating reports of abuse, neglect and exploitation of children", 3),
    ]
    story: list[Any] = [
        Paragraph("National child protection inspection", H2),
        Paragraph("Thames Valley Police", TITLE),
        Paragraph("Publication date: 3 June 2025", BODY),
        Paragraph("Summary", H1),
        Paragraph("We found that Thames Valley Police is:", BODY),
        *bullets([f"{grade.lower()} at {raw};" if grade != "Requires improvement" else f"requires improvement at {raw};"
                  for raw, _area, grade in judgments]),
        PageBreak(),
        Paragraph("Responding to children at risk of harm", H1),
        Paragraph("Cause of concern", H2),
        Paragraph(cause, BOLD),
        Paragraph(cause_detail, BODY),
        Paragraph("Recommendations", H3),
        Paragraph(immediate_lead, BODY),
        *bullets(immediate),
        Paragraph(later_lead, BODY),
        *bullets(later),
        PageBreak(),
        Paragraph("Assessing risk to children and making appropriate referrals", H1),
        Paragraph("Areas for improvement", H3),
        Paragraph(f"1. {afis[0][0]}", BODY),
        Paragraph("Investigating reports of abuse, neglect and exploitation of children", H1),
        Paragraph("Areas for improvement", H3),
        Paragraph(f"1. {afis[1][0]}", BODY),
        PageBreak(),
    ]
    records = {
        "documents": [document_record(
            "pdf", 3, doc_kind="child_protection_report",
            title="National child protection inspection Thames Valley Police",
            force=force, organisation=None, meeting_date=None, publication_date="2025-06-03")],
        "grades": [
            {"page": 1, "force": force, "framework": "Child protection", "area": area, "area_raw": raw,
             "grade": grade, "as_of": "2025-06"}
            for raw, area, grade in judgments
        ],
        "causes_of_concern": [
            {"page": 2, "force": force, "area": "Responding to children at risk of harm", "text": cause, "detail": cause_detail}
        ],
        "recommendations": [
            {"page": 2, "force": force, "cause_of_concern_text": cause, "text": text,
             "timescale": "Immediately", "lead_in": immediate_lead}
            for text in immediate
        ] + [
            {"page": 2, "force": force, "cause_of_concern_text": cause, "text": text,
             "timescale": "Within six months", "lead_in": later_lead}
            for text in later
        ],
        "areas_for_improvement": [
            {"page": page, "force": force, "area": area, "text": text, "detail": None} for text, area, page in afis
        ],
    }
    write("ncpi-thames-valley.pdf", pdf_bytes(story, "National child protection inspection: Thames Valley Police"), records)


# 4 ---------------------------------------------------------------------------

def civil_nuclear() -> None:
    force = "Civil Nuclear Constabulary"
    chart = {
        "Outstanding": [],
        "Good": ["Protecting civil nuclear sites", "Police powers and public treatment"],
        "Adequate": ["Leadership and force management", "Developing a positive workplace"],
        "Requires improvement": ["Responding to security incidents"],
        "Inadequate": [],
    }
    afi_sites = ("The constabulary should make sure that its site security plans are reviewed every year.",
                 "Eight of the 13 site plans we examined had not been reviewed for more than two years.")
    afi_incidents = ("The constabulary should make sure that its officers exercise their response to a security incident with site operators.",
                     "Joint exercises had not taken place at four sites in the last year.")
    story: list[Any] = [
        Paragraph("PEEL 2023–25", H2),
        Paragraph("An inspection of the Civil Nuclear Constabulary", TITLE),
        Paragraph("Published: 11 March 2025", BODY),
        PageBreak(),
        Paragraph("Our judgments", H1),
        Paragraph("We assessed how good the Civil Nuclear Constabulary is in five areas. The constabulary "
                  "has a national role, so two of the areas are particular to it.", BODY),
        grade_chart(chart),
        PageBreak(),
        Paragraph("Protecting civil nuclear sites", H1),
        Paragraph("The Civil Nuclear Constabulary is good at protecting civil nuclear sites.", BODY),
        Paragraph("Area for improvement", H3),
        Paragraph(afi_sites[0], BOLD),
        Paragraph(afi_sites[1], BODY),
        Table([[Paragraph("Innovative practice", CELL_BOLD)],
               [Paragraph("Drone detection shared with site operators", CELL_BOLD)],
               [Paragraph("The constabulary shares the alerts from its drone detection system with the operators "
                          "of each site in real time, so both can act at once.", CELL)]],
              colWidths=[170 * mm],
              style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fff3e0")),
                                ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#e65100"))])),
        PageBreak(),
        Paragraph("Responding to security incidents", H1),
        Paragraph("The constabulary requires improvement at responding to security incidents.", BODY),
        Paragraph("Area for improvement", H3),
        Paragraph(afi_incidents[0], BOLD),
        Paragraph(afi_incidents[1], BODY),
        PageBreak(),
    ]
    grades = [("Protecting civil nuclear sites", "Good"), ("Police powers and public treatment", "Good"),
              ("Leadership and force management", "Adequate"), ("Developing a positive workplace", "Adequate"),
              ("Responding to security incidents", "Requires improvement")]
    records = {
        "documents": [document_record(
            "pdf", 4, doc_kind="peel_report", title="PEEL 2023–25 An inspection of the Civil Nuclear Constabulary",
            force=force, organisation=None, meeting_date=None, publication_date="2025-03-11")],
        "grades": [
            {"page": 2, "force": force, "framework": "PEEL 2023-25", "area": area, "area_raw": area,
             "grade": grade, "as_of": "2025-03"}
            for area, grade in grades
        ],
        "causes_of_concern": [],
        "recommendations": [],
        "areas_for_improvement": [
            {"page": 3, "force": force, "area": "Protecting civil nuclear sites", "text": afi_sites[0], "detail": afi_sites[1]},
            {"page": 4, "force": force, "area": "Responding to security incidents", "text": afi_incidents[0], "detail": afi_incidents[1]},
        ],
        "findings": [
            {"page": 3, "force": force, "area": "Protecting civil nuclear sites", "kind": "innovative_practice",
             "text": "Drone detection shared with site operators"},
        ],
    }
    write("peel-2023-25-civil-nuclear-constabulary.pdf", pdf_bytes(story, "PEEL 2023–25: Civil Nuclear Constabulary"), records)


# 5 ---------------------------------------------------------------------------

def thematic() -> None:
    numbered = [
        (1, "By 31 January 2026, chief constables should make sure that every allegation of misconduct is assessed by a trained professional standards officer within five working days.", None, "By 31 January 2026"),
        (2, "By 30 April 2026, the Metropolitan Police Service should complete its review of the misconduct cases it closed without investigation since April 2023.", "Metropolitan Police Service", "By 30 April 2026"),
        (3, "By 31 July 2026, the College of Policing should publish guidance on how forces should support the people who make allegations against officers.", None, "By 31 July 2026"),
    ]
    lead_in = "By 31 March 2026, chief constables should:"
    chapter = [
        "tell complainants how their allegation will be handled within ten working days;",
        "record the reasons for every decision not to investigate an allegation; and",
        "make sure that their appropriate authorities receive training every year.",
    ]
    afi = ("Forces should make sure that they record the protected characteristics of people who make allegations.",
           "Only 38 percent of the records we reviewed showed the complainant's ethnicity.")
    story: list[Any] = [
        Paragraph("Held to account", TITLE),
        Paragraph("An inspection of how police forces handle allegations of misconduct against their officers", H2),
        Paragraph("Publication date: 18 June 2025", BODY),
        Paragraph("About this inspection", H1),
        Paragraph("We inspected four forces: Derbyshire Constabulary, Leicestershire Police, North Yorkshire "
                  "Police and West Mercia Police. We also reviewed 400 misconduct files from the Metropolitan "
                  "Police Service.", BODY),
        Paragraph("Recommendations", H1),
    ]
    for number, text, _force, _timescale in numbered:
        story += [Paragraph(f"Recommendation {number}", H3), Paragraph(text, BODY)]
    story += [
        PageBreak(),
        Paragraph("Assessing allegations", H1),
        Paragraph("Forces took too long to decide how to handle allegations. Complainants were often not told "
                  "what was happening.", BODY),
        Paragraph(lead_in, BODY),
        *bullets(chapter),
        Paragraph("Area for improvement", H3),
        Paragraph(afi[0], BOLD),
        Paragraph(afi[1], BODY),
        PageBreak(),
    ]
    records = {
        "documents": [document_record(
            "pdf", 2, doc_kind="inspection_report",
            title="Held to account: An inspection of how police forces handle allegations of misconduct against their officers",
            force=None, organisation=None, meeting_date=None, publication_date="2025-06-18")],
        "grades": [],
        "causes_of_concern": [],
        "recommendations": [
            {"page": 1, "force": force, "cause_of_concern_text": None, "text": text, "timescale": timescale, "lead_in": None}
            for _number, text, force, timescale in numbered
        ] + [
            {"page": 2, "force": None, "cause_of_concern_text": None, "text": text,
             "timescale": "By 31 March 2026", "lead_in": lead_in}
            for text in chapter
        ],
        "areas_for_improvement": [
            {"page": 2, "force": None, "area": None, "text": afi[0], "detail": afi[1]},
        ],
    }
    write("thematic-misconduct-allegations.pdf", pdf_bytes(story, "Held to account"), records)


# 6 ---------------------------------------------------------------------------

def humberside() -> None:
    force = "Humberside Police"
    document = Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    document.add_paragraph("Police and Crime Commissioner for Humberside")
    document.add_paragraph("Accountability Board – 6 October 2025")
    document.add_heading("HMICFRS PEEL inspection 2023–25: Humberside Police", level=0)
    document.add_heading("1. Purpose", level=1)
    document.add_paragraph(
        "To update the Commissioner on the force's response to HMICFRS's PEEL inspection report, "
        "published on 19 August 2025.")
    document.add_heading("2. Grades", level=1)
    document.add_paragraph("HMICFRS graded the force as follows. The grades of the 2021/22 inspection are shown for comparison.")
    rows = [
        ("Police powers and public treatment", "Good", "Good"),
        ("Preventing crime", "Outstanding", "Good"),
        ("Responding to the public", "Good", "Requires improvement"),
        ("Investigating crime", "Good", "Adequate"),
        ("Protecting vulnerable people", "Adequate", "Adequate"),
        ("Managing offenders", "Good", "Good"),
        ("Developing a positive workplace", "Adequate", "Good"),
        ("Leadership and force management", "Good", None),
    ]
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, heading in zip(table.rows[0].cells, ("Area", "2023–25 grade", "2021/22 grade")):
        cell_text(cell, heading, bold=True)
    for area, current, previous in rows:
        cells = table.add_row().cells
        cell_text(cells[0], area)
        cell_text(cells[1], current)
        cell_text(cells[2], previous or "Not inspected")
    document.add_heading("3. Areas for improvement", level=1)
    document.add_paragraph("HMICFRS identified four areas for improvement:")
    afis = {
        "Investigating crime": [
            "The force should make sure that victims' needs assessments are completed and recorded in every case.",
        ],
        "Protecting vulnerable people": [
            "The force should make sure that it responds to reports of missing children at the right priority.",
            "The force should improve how it monitors the conditions of domestic abuse protection orders.",
        ],
        "Developing a positive workplace": [
            "The force should make sure that its wellbeing support reaches officers working in response teams.",
        ],
    }
    for area, texts in afis.items():
        document.add_heading(area, level=2)
        for text in texts:
            document.add_paragraph(text, style="List Bullet")
    document.add_heading("4. Force update", level=1)
    document.add_paragraph(
        "The force has put in place an improvement plan for each area for improvement, overseen by the "
        "Deputy Chief Constable. Progress will be reported to the Board every quarter.")
    records = {
        "documents": [document_record(
            "docx", None, doc_kind="scrutiny_pack",
            title="HMICFRS PEEL inspection 2023–25: Humberside Police", force=force,
            organisation="Police and Crime Commissioner for Humberside", meeting_date="2025-10-06",
            publication_date=None)],
        "grades": [
            {"page": None, "force": force, "framework": "PEEL 2023-25", "area": area, "area_raw": area,
             "grade": current, "as_of": "2025-08"}
            for area, current, _previous in rows
        ] + [
            {"page": None, "force": force, "framework": "PEEL 2021/22", "area": area, "area_raw": area,
             "grade": previous}
            for area, _current, previous in rows if previous
        ],
        "causes_of_concern": [],
        "recommendations": [],
        "areas_for_improvement": [
            {"page": None, "force": force, "area": area, "text": text, "detail": None}
            for area, texts in afis.items() for text in texts
        ],
    }
    write("humberside-pcc-peel-paper-2025-10-06.docx", docx_bytes(document), records)


# 7 ---------------------------------------------------------------------------

def northamptonshire() -> None:
    force = "Northamptonshire Police"
    document = Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(10)
    title = document.add_paragraph()
    title_run = title.add_run("Northamptonshire Police HMICFRS PEEL 2023–25 action plan")
    title_run.bold = True
    title_run.font.size = Pt(16)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("Version 3, updated for the Chief Officer Group.")
    cause = "The force isn't managing the risk posed by registered sex offenders well enough."
    recs = [
        "Within three months, the force should make sure that every registered sex offender has an up-to-date risk assessment.",
        "Within six months, the force should make sure that it has enough trained staff to manage registered sex offenders.",
    ]
    afis = {
        "Responding to the public": [
            ("AFI 1", "The force should make sure that it answers non-emergency calls promptly."),
        ],
        "Investigating crime": [
            ("AFI 2", "The force should improve how it records and reviews investigation plans."),
            ("AFI 3", "The force should make sure that victims are told when their case is closed."),
        ],
    }
    columns = ("No.", "Recommendation / AFI", "Owner", "Deadline", "Progress", "RAG")
    table = document.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    for cell, heading in zip(table.rows[0].cells, columns):
        cell_text(cell, heading, bold=True)
        shade(cell, "D9D9D9")

    def group_row(text: str) -> None:
        cells = table.add_row().cells
        merged = cells[0].merge(cells[-1])
        cell_text(merged, text, bold=True)
        shade(merged, "DEEAF6")

    def item_row(number: str, text: str, owner: str, deadline: str, progress: str, rag: str, fill: str) -> None:
        cells = table.add_row().cells
        for cell, value in zip(cells, (number, text, owner, deadline, progress, rag)):
            cell_text(cell, value)
        shade(cells[-1], fill)

    group_row("Cause of concern 1 – Managing offenders")
    item_row("CoC 1", cause, "Det Supt Public Protection", "", "Reviewed by the PEEL board monthly.", "Amber", "FFC000")
    item_row("1.1", recs[0], "Det Supt Public Protection", "30/11/2025", "All assessments now current.", "Green", "00B050")
    item_row("1.2", recs[1], "Head of HR", "28/02/2026", "Recruitment under way.", "Amber", "FFC000")
    for area, items in afis.items():
        group_row(f"Areas for improvement – {area}")
        for number, text in items:
            item_row(number, text, "Ch Supt", "31/03/2026", "Plan agreed.", "Amber", "FFC000")
    records = {
        "documents": [document_record(
            "docx", None, doc_kind="force_response",
            title="Northamptonshire Police HMICFRS PEEL 2023–25 action plan", force=force,
            organisation=None, meeting_date=None, publication_date=None)],
        "causes_of_concern": [
            {"page": None, "force": force, "area": "Managing offenders", "text": cause, "detail": None},
        ],
        "recommendations": [
            {"page": None, "force": force, "cause_of_concern_text": cause, "text": text,
             "timescale": timescale, "lead_in": None}
            for text, timescale in zip(recs, ("Within three months", "Within six months"))
        ],
        "areas_for_improvement": [
            {"page": None, "force": force, "area": area, "text": text, "detail": None}
            for area, items in afis.items() for _number, text in items
        ],
    }
    write("northamptonshire-peel-action-plan.docx", docx_bytes(document), records)


if __name__ == "__main__":
    essex()
    norfolk()
    thames_valley()
    civil_nuclear()
    thematic()
    humberside()
    northamptonshire()
