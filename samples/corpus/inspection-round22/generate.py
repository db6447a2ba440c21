"""Held-out inspection round 22: six documents (three PDFs made in Word and saved by
LibreOffice, one ReportLab PDF, two Word files) and their hand-written gold in gold/ (held out in heldout/ until scored at the end of session 4).

Run: .venv/bin/python samples/corpus/inspection-round22/generate.py (needs LibreOffice's
`soffice` for the office-made PDFs). Names, figures, grades and wording are invented.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent))  # samples/, for inspection_render's `generator`
from inspection_render import GRADE_FILL, fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

CHECKED = ("Written by hand in samples/corpus/inspection-round22/generate.py next to the text it "
           "describes, blind (no extractor code or test read); PDF pages checked against `scrutiny inspect`.")
HEADER_FILL = "#D9E2F3"

# ---------------------------------------------------------------- gold records


def grade(page: int | None, force: str, framework: str, area: str, area_raw: str, value: str,
          as_of: str | None) -> dict:
    return {"page": page, "force": force, "framework": framework, "area": area, "area_raw": area_raw,
            "grade": value, "as_of": as_of}


def afi(page: int | None, force: str, area: str | None, text: str, detail: str | None = None) -> dict:
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def cause(page: int | None, force: str, area: str | None, text: str, detail: str | None = None) -> dict:
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def recommendation(page: int | None, force: str, cause_text: str | None, text: str, timescale: str | None,
                   lead_in: str | None = None) -> dict:
    record = {"page": page, "force": force, "cause_of_concern_text": cause_text, "text": text,
              "timescale": timescale}
    if lead_in is not None:
        record["lead_in"] = lead_in
    return record


def document(file_type: str, force: str, title: str, doc_kind: str, pages: int | None, **dates: str) -> dict:
    record = {"page": None, "file_type": file_type, "force": force, "status": "ok", "title": title,
              "doc_kind": doc_kind}
    if pages is not None:
        record["pages"] = pages
    record.update(dates)
    return record


# ---------------------------------------------------------------- Word helpers


def _field(paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) as Word writes it: begin, instruction, separate, result, end."""
    def char(kind: str):
        run = paragraph.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        run._r.append(element)
    char("begin")
    run = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run._r.append(text)
    char("separate")
    paragraph.add_run("1")
    char("end")


def new_word(header: str, footer: str, page_numbers: bool = True) -> Document:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10.5)
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2.0)
    section.header.paragraphs[0].text = header
    paragraph = section.footer.paragraphs[0]
    paragraph.add_run(footer)
    if page_numbers:
        paragraph.add_run("\tPage ")
        _field(paragraph, "PAGE")
        paragraph.add_run(" of ")
        _field(paragraph, "NUMPAGES")
    return doc


def rich(paragraph, text: str) -> None:
    """Runs from text with **bold** spans."""
    for index, part in enumerate(text.split("**")):
        if part:
            paragraph.add_run(part).bold = index % 2 == 1


def para(doc, text: str, style: str | None = None):
    paragraph = doc.add_paragraph(style=style)
    rich(paragraph, text)
    return paragraph


def shade(cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.lstrip("#").upper())
    properties.append(shading)


def repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    properties.append(element)


def word_table(doc, rows: list[list[str]], widths: list[float], header_fill: str = HEADER_FILL):
    """A Table Grid table, first row a shaded header marked to repeat; cells take **bold**."""
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = doc.styles["Table Grid"]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            target = table.cell(r, c)
            target.width = Cm(widths[c])
            target.paragraphs[0].text = ""
            rich(target.paragraphs[0], f"**{value}**" if r == 0 and value else value)
            if r == 0:
                shade(target, header_fill)
    repeat_header(table.rows[0])
    return table


def contents(doc, entries: list[tuple[str, int]]) -> None:
    for entry, page in entries:
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), leader=WD_TAB_LEADER.DOTS)
        paragraph.add_run(f"{entry}\t{page}")


def box(doc, lines: list[str], fill: str = "#EAF1DD") -> None:
    """A shaded one-cell table, as HMICFRS's Word reports set their boxes."""
    table = doc.add_table(rows=1, cols=1)
    table.style = doc.styles["Table Grid"]
    target = table.cell(0, 0)
    shade(target, fill)
    target.paragraphs[0].text = ""
    rich(target.paragraphs[0], lines[0])
    for line in lines[1:]:
        rich(target.add_paragraph(), line)


def word_bytes(doc) -> bytes:
    raw = io.BytesIO()
    doc.save(raw)
    return fixed_zip_times(raw.getvalue())


# ---------------------------------------------------------------- 1. PEEL 2023-25, Cheshire (Word -> PDF)

CHESHIRE = "Cheshire Constabulary"
CHESHIRE_GRADES = [
    ("Police powers and public treatment", "Good"),
    ("Preventing crime", "Outstanding"),
    ("Responding to the public", "Requires improvement"),
    ("Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Inadequate"),
    ("Managing offenders", "Good"),
    ("Developing a positive workplace", "Adequate"),
    ("Leadership and force management", "Good"),
]
CHESHIRE_CAUSE = "Cheshire Constabulary doesn’t identify and assess the risk to vulnerable people quickly enough."
CHESHIRE_LEAD_IN = "Within three months, Cheshire Constabulary should:"


def cheshire() -> tuple[bytes, dict]:
    doc = new_word("HMICFRS", "PEEL 2023–25: Cheshire Constabulary")
    doc.add_paragraph("PEEL 2023–25: An inspection of Cheshire Constabulary", style="Title")
    doc.add_paragraph("Police effectiveness, efficiency and legitimacy", style="Subtitle")
    para(doc, "Published: 20 January 2026")
    doc.add_paragraph("Contents", style="Heading 1")
    contents(doc, [("About this inspection", 2), ("Our judgments", 2), ("HM Inspector’s observations", 2),
                   ("Responding to the public", 2), ("Protecting vulnerable people", 2),
                   ("Investigating crime", 3), ("Leadership and force management", 3)])
    doc.add_paragraph("About this inspection", style="Heading 1")
    para(doc, "This report sets out what we found when we inspected Cheshire Constabulary as part of our "
              "police effectiveness, efficiency and legitimacy (PEEL) inspections for 2023–25. We inspected "
              "the force between April and July 2025.")
    para(doc, "We assess forces against the characteristics of good performance, and we set out in each "
              "section what the force does well and what it needs to do better. Our grades are our "
              "judgments of the force’s performance against those characteristics.")
    doc.add_page_break()
    doc.add_paragraph("Our judgments", style="Heading 1")
    para(doc, "Our inspection assessed how good Cheshire Constabulary is in nine areas of policing. We "
              "make graded judgments in eight of these nine areas, as follows:")
    rows = [["Area", "Grade"]] + [[area, value] for area, value in CHESHIRE_GRADES]
    rows.insert(1, ["Providing a service to victims of crime", "We don’t make a graded judgment in this area"])
    word_table(doc, rows, [10.0, 6.6])
    doc.add_paragraph("HM Inspector’s observations", style="Heading 1")
    para(doc, "I am pleased with some aspects of the constabulary’s performance, but it needs to improve "
              "how it protects vulnerable people. In our 2021/22 inspection we judged the constabulary to "
              "be adequate at protecting vulnerable people; its performance in this area has since declined.")
    para(doc, "The constabulary’s work with partners to prevent crime is among the best we have seen. It "
              "has a clear problem-solving approach and its neighbourhood teams are well trained.")
    doc.add_paragraph("Responding to the public", style="Heading 1")
    para(doc, "**Cheshire Constabulary requires improvement at responding to the public.**")
    doc.add_paragraph("Area for improvement", style="Heading 2")
    para(doc, "**The constabulary should make sure it answers emergency and non-emergency calls within "
              "national target times.**")
    para(doc, "In the year to March 2025 the constabulary answered 81 percent of emergency calls within 10 "
              "seconds, below the national standard of 90 percent. Its average time to answer a "
              "non-emergency call was more than six minutes.")
    doc.add_paragraph("Protecting vulnerable people", style="Heading 1")
    para(doc, "**Cheshire Constabulary is inadequate at protecting vulnerable people.**")
    doc.add_paragraph("Cause of concern", style="Heading 2")
    para(doc, f"**{CHESHIRE_CAUSE}**")
    cause_detail = ("Officers attending domestic abuse incidents didn’t always complete a risk assessment, "
                    "and referrals to the multi-agency safeguarding hub waited up to nine days to be reviewed.")
    para(doc, cause_detail)
    doc.add_paragraph("Recommendations", style="Heading 3")
    para(doc, CHESHIRE_LEAD_IN)
    recs = ["make sure officers complete a risk assessment at every domestic abuse incident they attend;",
            "reduce the time it takes to review referrals to the multi-agency safeguarding hub; and",
            "make sure supervisors check that safeguarding actions are completed."]
    for text in recs:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph("Investigating crime", style="Heading 1")
    para(doc, "**Cheshire Constabulary is adequate at investigating crime.**")
    doc.add_paragraph("Areas for improvement", style="Heading 2")
    afis_investigating = [
        "The constabulary should make sure that victims’ decisions to withdraw from an investigation are "
        "recorded and reviewed.",
        "The constabulary should improve how it manages digital evidence, so that devices are examined "
        "without delay.",
    ]
    for text in afis_investigating:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph("Leadership and force management", style="Heading 1")
    para(doc, "**Cheshire Constabulary is good at leadership and force management.**")
    para(doc, "The chief officer team has a clear plan for the constabulary and explains it well to the "
              "workforce. Its estates and fleet strategies are linked to the financial plan.")
    box(doc, ["**Promising practice: Shared fleet maintenance with a neighbouring force**",
              "The constabulary and a neighbouring force service their vehicles in one workshop. This "
              "has cut the time vehicles spend off the road by a third."])
    para(doc, "")
    doc.add_paragraph("Area for improvement", style="Heading 2")
    para(doc, "**The constabulary should make sure its workforce plan reflects the skills it will need for "
              "investigating online crime.**")
    data = docx_to_pdf(word_bytes(doc))
    force = CHESHIRE
    records = {
        "documents": [document("pdf", force, "PEEL 2023–25: An inspection of Cheshire Constabulary",
                               "peel_report", 3, publication_date="2026-01-20")],
        "grades": [grade(2, force, "PEEL 2023-25", area, area, value, "2026-01") for area, value in CHESHIRE_GRADES],
        "areas_for_improvement": [
            afi(2, force, "Responding to the public",
                "The constabulary should make sure it answers emergency and non-emergency calls within "
                "national target times.",
                "In the year to March 2025 the constabulary answered 81 percent of emergency calls within 10 "
                "seconds, below the national standard of 90 percent. Its average time to answer a "
                "non-emergency call was more than six minutes."),
            afi(3, force, "Investigating crime", afis_investigating[0]),
            afi(3, force, "Investigating crime", afis_investigating[1]),
            afi(3, force, "Leadership and force management",
                "The constabulary should make sure its workforce plan reflects the skills it will need for "
                "investigating online crime."),
        ],
        "causes_of_concern": [cause(2, force, "Protecting vulnerable people", CHESHIRE_CAUSE, cause_detail)],
        "recommendations": [recommendation(3, force, CHESHIRE_CAUSE, text, "Within three months", CHESHIRE_LEAD_IN)
                            for text in recs],
        "findings": [{"page": 3, "force": force, "area": "Leadership and force management",
                      "kind": "promising_practice",
                      "text": "Shared fleet maintenance with a neighbouring force"}],
    }
    return data, records


# ---------------------------------------------------------------- 2. Child protection, Durham (Word)

DURHAM = "Durham Constabulary"
DURHAM_TOPICS = [
    ("Child protection leadership", "Leadership and management", "Good"),
    ("Working with safeguarding partners", "Working with safeguarding partners", "Adequate"),
    ("Responding to children at risk of harm", "Responding to children at risk of harm", "Adequate"),
    ("Assessing risk to children and making appropriate referrals",
     "Assessing risk to children and making appropriate referrals", "Requires improvement"),
    ("Investigating reports of abuse, neglect and exploitation of children",
     "Investigating reports of abuse, neglect and exploitation of children", "Adequate"),
]
DURHAM_CAUSE = ("Durham Constabulary doesn’t make sure that referrals about children at risk are shared with "
                "children’s social care promptly.")
DURHAM_LEAD_IN = "Within six months, Durham Constabulary should:"


def durham() -> tuple[bytes, dict]:
    doc = new_word("OFFICIAL", "National child protection inspection: Durham Constabulary")
    doc.add_paragraph("National child protection inspection: Durham Constabulary", style="Title")
    para(doc, "Published on: 9 December 2025")
    doc.add_paragraph("Contents", style="Heading 2")
    for entry in ["Introduction", "Our judgments", "Responding to children at risk of harm",
                  "Assessing risk to children and making appropriate referrals",
                  "Investigating reports of abuse, neglect and exploitation of children", "Next steps"]:
        doc.add_paragraph(entry, style="List Bullet")
    doc.add_paragraph("Introduction", style="Heading 1")
    para(doc, "This inspection looked at how well Durham Constabulary protects children. We last inspected "
              "the constabulary’s child protection work in 2019; we didn’t grade forces in those inspections.")
    para(doc, "We reviewed 140 cases, spoke to officers and staff, and met the constabulary’s partners in "
              "children’s social care, health and education.")
    doc.add_paragraph("Our judgments", style="Heading 1")
    para(doc, "We graded the constabulary in five areas:")
    word_table(doc, [["Topic", "Grade"]] + [[printed, value] for _, printed, value in DURHAM_TOPICS], [11.0, 5.6])
    para(doc, "Across the forces we have inspected so far, most were adequate in working with safeguarding "
              "partners.")
    doc.add_paragraph("Responding to children at risk of harm", style="Heading 1")
    para(doc, "We judged the constabulary to be adequate in this area.")
    doc.add_paragraph("Area for improvement", style="Heading 2")
    resp_afi = ("The constabulary should make sure officers speak to children on their own and record what "
                "the child says.")
    resp_detail = ("In a third of the cases we reviewed, officers spoke only to the adults present. The "
                   "child’s own account was rarely recorded.")
    para(doc, f"**{resp_afi}**")
    para(doc, resp_detail)
    doc.add_paragraph("Assessing risk to children and making appropriate referrals", style="Heading 1")
    para(doc, "We judged the constabulary to require improvement in this area.")
    doc.add_paragraph("Cause of concern", style="Heading 2")
    para(doc, f"**{DURHAM_CAUSE}**")
    cause_detail = ("Some referrals waited more than two weeks before they were sent, and supervisors didn’t "
                    "check that urgent referrals had been received.")
    para(doc, cause_detail)
    doc.add_paragraph("Recommendations", style="Heading 3")
    para(doc, DURHAM_LEAD_IN)
    recs = ["introduce a process that makes sure every referral is sent to children’s social care within 24 "
            "hours; and",
            "make sure supervisors confirm that urgent referrals have been received."]
    for text in recs:
        doc.add_paragraph(text, style="List Number")
    doc.add_paragraph("Investigating reports of abuse, neglect and exploitation of children", style="Heading 1")
    para(doc, "We judged the constabulary to be adequate in this area.")
    doc.add_paragraph("Area for improvement", style="Heading 2")
    inv_afi = ("The constabulary should make sure that investigations of child sexual exploitation are "
               "supervised by officers trained in this work.")
    para(doc, f"**{inv_afi}**")
    doc.add_paragraph("Next steps", style="Heading 1")
    para(doc, "We will ask the constabulary for an action plan within six weeks and will review its "
              "progress against our cause of concern.")
    force = DURHAM
    records = {
        "documents": [document("docx", force, "National child protection inspection: Durham Constabulary",
                               "child_protection_report", None, publication_date="2025-12-09")],
        "grades": [grade(None, force, "Child protection", area, printed, value, "2025-12")
                   for area, printed, value in DURHAM_TOPICS],
        "areas_for_improvement": [
            afi(None, force, "Responding to children at risk of harm", resp_afi, resp_detail),
            afi(None, force, "Investigating reports of abuse, neglect and exploitation of children", inv_afi),
        ],
        "causes_of_concern": [cause(None, force, "Assessing risk to children and making appropriate referrals",
                                    DURHAM_CAUSE, cause_detail)],
        "recommendations": [recommendation(None, force, DURHAM_CAUSE, text, "Within six months", DURHAM_LEAD_IN)
                            for text in recs],
        "findings": [],
    }
    return word_bytes(doc), records


# ---------------------------------------------------------------- 3. PEEL 2021/22, Humberside (ReportLab)

HUMBERSIDE = "Humberside Police"
HUMBERSIDE_GRADES = [
    ("Police powers and public treatment", "Engaging with and treating the public with fairness and respect",
     "Good"),
    ("Preventing crime", "Preventing crime and anti-social behaviour", "Good"),
    ("Responding to the public", "Responding to the public", "Outstanding"),
    ("Investigating crime", "Investigating crime", "Good"),
    ("Protecting vulnerable people", "Protecting vulnerable people", "Adequate"),
    ("Managing offenders", "Managing offenders and suspects", "Good"),
    ("Developing a positive workplace", "Building, supporting and protecting the workforce", "Adequate"),
    ("Good use of resources", "Strategic planning, organisational management and value for money",
     "Good"),
    ("Recording data about crime", "Recording data about crime", "Outstanding"),
]

STYLES = {
    "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=10),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=5,
                         textColor=colors.HexColor("#1f3864")),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=3),
    "body": ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6, alignment=TA_LEFT),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=12),
    "small": ParagraphStyle("small", fontName="Helvetica", fontSize=8, leading=10),
}


def p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(text, STYLES[style])


def bullets(items: list[str]) -> ListFlowable:
    return ListFlowable([ListItem(p(text), leftIndent=14) for text in items], bulletType="bullet", start="•",
                        leftIndent=14)


def rl_table(rows: list[list[str]], widths: list[float], fills: dict[tuple[int, int], str] | None = None,
             spans: list[tuple[tuple[int, int], tuple[int, int]]] = ()) -> Table:
    cells = [[p(value, "cell") if isinstance(value, str) else value for value in row] for row in rows]
    table = Table(cells, colWidths=widths, repeatRows=1)
    commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEADER_FILL))]
    commands += [("BACKGROUND", (c, r), (c, r), colors.HexColor(fill)) for (r, c), fill in (fills or {}).items()]
    commands += [("SPAN", start, end) for start, end in spans]
    table.setStyle(TableStyle(commands))
    return table


def reportlab_pdf(flowables: list, title: str, author: str, footer: str, pagesize=A4) -> bytes:
    buffer = io.BytesIO()

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, 1.2 * cm, footer)
        canvas.drawRightString(pagesize[0] - 2 * cm, 1.2 * cm, str(doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title=title, author=author, creator="inspection-round22",
                            invariant=1)
    doc.build(flowables, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


def humberside() -> tuple[bytes, dict]:
    force = HUMBERSIDE
    flow = [p("PEEL 2021/22: An inspection of Humberside Police", "title"),
            p("Police effectiveness, efficiency and legitimacy"),
            p("Published on: 28 July 2022"),
            p("Overall summary", "h1"),
            p("Our judgments", "h2"),
            p("Our inspection assessed how good Humberside Police is in ten areas of policing. We make "
              "graded judgments in nine of these ten areas. We also inspected how effective a service the "
              "force gives to victims of crime; we don’t grade this area.")]
    rows = [["<b>Area</b>", "<b>Grade</b>"]] + [[printed, value] for _, printed, value in HUMBERSIDE_GRADES]
    rows.insert(7, ["Disrupting serious organised crime", "Graded in a separate regional report"])
    rows.append(["Providing a service to the victims of crime", "Not graded"])
    flow.append(rl_table(rows, [11 * cm, 6 * cm]))
    flow += [Spacer(1, 8),
             p("We set out our detailed findings about things the force is doing well and where the force "
               "should improve in the rest of this report."),
             p("HM Inspector’s observations", "h2"),
             p("In our 2018/19 inspection we graded the force good for effectiveness and good for "
               "legitimacy. I congratulate Humberside Police on its continued good performance, and in "
               "particular its outstanding performance in responding to the public and recording crime."),
             PageBreak(),
             p("Responding to the public", "h1"),
             p("<b>Humberside Police is outstanding at responding to the public.</b>"),
             p("The force answers calls quickly and its call handlers use a structured triage process to "
               "identify vulnerability. It sends officers promptly to incidents that need them."),
             p("Protecting vulnerable people", "h1"),
             p("<b>Humberside Police is adequate at protecting vulnerable people.</b>"),
             p("Areas for improvement", "h2")]
    pvp = ["The force should make sure it uses all available powers to protect victims of domestic abuse, "
           "including domestic violence protection orders.",
           "The force should improve how it records the voice of the child when officers attend incidents."]
    flow.append(bullets(pvp))
    flow += [p("Building, supporting and protecting the workforce", "h1"),
             p("<b>Humberside Police is adequate at building, supporting and protecting the workforce.</b>"),
             p("Area for improvement", "h2")]
    workforce = ("The force should make sure that supervisors have enough time to carry out wellbeing "
                 "conversations with their teams.")
    flow.append(bullets([workforce]))
    workforce_detail = ("Many of the sergeants we spoke to told us that their workload left them little time "
                        "for the wellbeing conversations the force expects them to hold.")
    flow.append(p(workforce_detail))
    flow += [p("Managing offenders and suspects", "h1"),
             p("<b>Humberside Police is good at managing offenders and suspects.</b>"),
             p("Area for improvement", "h2")]
    offenders = ("The force should reduce the number of outstanding suspects who are wanted on warrant or "
                 "circulated on the police national computer.")
    flow.append(bullets([offenders]))
    data = reportlab_pdf(flow, "PEEL 2021/22: An inspection of Humberside Police", "HMICFRS",
                         "© HMICFRS 2022 | PEEL 2021/22: Humberside Police")
    records = {
        "documents": [document("pdf", force, "PEEL 2021/22: An inspection of Humberside Police", "peel_report", 2,
                               publication_date="2022-07-28")],
        "grades": [grade(1, force, "PEEL 2021/22", area, printed, value, "2022-07")
                   for area, printed, value in HUMBERSIDE_GRADES],
        "areas_for_improvement": [
            afi(2, force, "Protecting vulnerable people", pvp[0]),
            afi(2, force, "Protecting vulnerable people", pvp[1]),
            afi(2, force, "Developing a positive workplace", workforce, workforce_detail),
            afi(2, force, "Managing offenders", offenders),
        ],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return data, records


# ---------------------------------------------------------------- 4. GMCA board paper, improvement journey (Word -> PDF)

GMP = "Greater Manchester Police"
GMP_JOURNEY = [  # area, PEEL 2021/22 grade (None: not graded then), PEEL 2023-25 grade, direction
    ("Police powers and public treatment", "Requires improvement", "Good", "Improved"),
    ("Preventing crime", "Adequate", "Good", "Improved"),
    ("Responding to the public", "Inadequate", "Adequate", "Improved"),
    ("Investigating crime", "Requires improvement", "Adequate", "Improved"),
    ("Protecting vulnerable people", "Inadequate", "Requires improvement", "Improved"),
    ("Managing offenders", "Adequate", "Adequate", "No change"),
    ("Developing a positive workplace", "Requires improvement", "Adequate", "Improved"),
    ("Leadership and force management", None, "Good", "New area in 2023–25"),
]
GMP_AFIS = [
    ("Responding to the public", "The force should make sure that it reviews the risk to callers when it "
                                 "can’t attend an incident in the time it has promised."),
    ("Protecting vulnerable people", "The force should make sure it shares information about missing "
                                     "children with partner agencies without delay."),
    ("Protecting vulnerable people", "The force should improve how it monitors the use of domestic abuse "
                                     "protection notices and orders."),
    ("Investigating crime", "The force should make sure that victims are kept updated about the progress of "
                            "their investigation."),
]


def greater_manchester() -> tuple[bytes, dict]:
    doc = new_word("OFFICIAL", "Deputy Mayor’s Policing Accountability Board | 9 April 2026")
    para(doc, "GREATER MANCHESTER COMBINED AUTHORITY")
    doc.add_paragraph("Deputy Mayor’s Policing Accountability Board", style="Heading 2")
    para(doc, "Date: 9 April 2026")
    para(doc, "Chair: Deputy Mayor for Policing, Crime, Criminal Justice and Fire")
    doc.add_paragraph("HMICFRS PEEL 2023–25: Greater Manchester Police’s improvement journey", style="Heading 1")
    para(doc, "Report of: the Chief Constable, Greater Manchester Police")
    doc.add_paragraph("1. Purpose of the report", style="Heading 2")
    para(doc, "1.1 To update the Deputy Mayor on the findings of the latest PEEL inspection and to show how "
              "the force’s grades have changed since the previous inspection.")
    doc.add_paragraph("2. Background", style="Heading 2")
    para(doc, "2.1 His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published "
              "its PEEL 2023–25 report on Greater Manchester Police on 24 February 2026.")
    para(doc, "2.2 The force’s previous PEEL inspection (PEEL 2021/22) was published in March 2022, when the "
              "force was placed in the enhanced level of monitoring. The force left enhanced monitoring in "
              "October 2024.")
    doc.add_paragraph("3. Improvement journey", style="Heading 2")
    para(doc, "3.1 The table below sets the grades of the two inspections side by side. HMICFRS has said that "
              "grades from different PEEL cycles are not directly comparable, as the characteristics of good "
              "performance have changed.")
    rows = [["PEEL area", "PEEL 2021/22 grade", "PEEL 2023–25 grade", "Direction"]]
    rows += [[area, earlier or "Not graded", current, direction] for area, earlier, current, direction in GMP_JOURNEY]
    word_table(doc, rows, [6.4, 3.6, 3.6, 3.0])
    para(doc, "")
    para(doc, "3.2 Nationally, 14 forces have so far been graded good at preventing crime in the 2023–25 cycle.")
    doc.add_paragraph("4. Areas for improvement", style="Heading 2")
    para(doc, "4.1 HMICFRS identified four areas for improvement and no causes of concern. Each has an owner "
              "at chief officer level and is tracked through the force’s HMICFRS governance board.")
    rows = [["PEEL area", "Area for improvement", "Owner", "Progress"]]
    owners = ["ACC Operations", "ACC Public Protection", "ACC Public Protection", "ACC Crime"]
    progress = ["On track", "On track", "At risk", "On track"]
    rows += [[area, text, owner, state] for (area, text), owner, state in zip(GMP_AFIS, owners, progress)]
    word_table(doc, rows, [4.0, 7.6, 2.8, 2.2])
    para(doc, "")
    doc.add_paragraph("5. Recommendation", style="Heading 2")
    para(doc, "5.1 The Deputy Mayor is asked to note the report and the progress made against the areas for "
              "improvement.")
    data = docx_to_pdf(word_bytes(doc))
    force = GMP
    grades = [grade(1, force, "PEEL 2023-25", area, area, current, "2026-02") for area, _, current, _ in GMP_JOURNEY]
    grades += [grade(1, force, "PEEL 2021/22", area, area, earlier, "2022-03")
               for area, earlier, _, _ in GMP_JOURNEY if earlier]
    records = {
        "documents": [document("pdf", force, "HMICFRS PEEL 2023–25: Greater Manchester Police’s improvement journey",
                               "scrutiny_pack", 2, meeting_date="2026-04-09",
                               organisation="Deputy Mayor for Policing, Crime, Criminal Justice and Fire")],
        "grades": grades,
        "areas_for_improvement": [afi(2, force, area, text) for area, text in GMP_AFIS],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return data, records


# ---------------------------------------------------------------- 5. Force plan with graded banner rows (Word)

MERSEYSIDE = "Merseyside Police"
MERSEYSIDE_BANNERS = [
    ("Police powers and public treatment", "Good"),
    ("Preventing crime", "Good"),
    ("Responding to the public", "Adequate"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Inadequate"),
    ("Managing offenders", "Adequate"),
    ("Developing a positive workplace", "Good"),
    ("Leadership and force management", "Adequate"),
]
MERSEYSIDE_CAUSE = ("The force isn’t doing enough to make sure that victims of domestic abuse are safeguarded "
                    "when a suspect is released from custody.")
MERSEYSIDE_ROWS = {  # area -> rows (ref, type, finding, action, owner, due, status)
    "Responding to the public": [
        ("AFI 1", "AFI", "The force should make sure its control room staff record the vulnerability of "
                         "callers.", "Refresher training for all call handlers", "Supt Contact", "30/06/2026",
         "On track"),
    ],
    "Investigating crime": [
        ("AFI 2", "AFI", "The force should make sure investigations are supervised effectively and that "
                         "supervisors record their direction.", "Supervision standard issued; dip sampling",
         "DCS Crime", "31/07/2026", "On track"),
        ("AFI 3", "AFI", "The force should make sure it meets the requirements of the Victims’ Code of "
                         "Practice.", "Victim contact contracts in the crime system", "DCS Crime",
         "30/09/2026", "Behind"),
    ],
    "Protecting vulnerable people": [
        ("CoC 1", "Cause of concern", MERSEYSIDE_CAUSE, "See R1 and R2", "ACC Protect", "", ""),
        ("R1", "Recommendation", "Within three months, the force should make sure that a risk assessment is "
                                 "completed for the victim before a domestic abuse suspect is released.",
         "Custody release checklist", "ACC Protect", "31/03/2026", "Complete"),
        ("R2", "Recommendation", "Within six months, the force should make sure it uses bail conditions "
                                 "and protective orders where they are needed to safeguard victims.",
         "Bail review in daily management meeting", "ACC Protect", "30/06/2026", "On track"),
        ("AFI 4", "AFI", "The force should improve how it refers children at risk to partner agencies.",
         "Referral pathway agreed with local authorities", "Det Supt PVP", "31/05/2026", "On track"),
    ],
    "Managing offenders": [
        ("AFI 5", "AFI", "The force should make sure it manages the risk posed by registered sex offenders "
                         "who live in the community.", "Caseload review of offender managers", "Det Supt PVP",
         "31/08/2026", "On track"),
    ],
    "Leadership and force management": [
        ("AFI 6", "AFI", "The force should make sure it understands the demand it faces, so that it can plan "
                         "its workforce.", "Demand profile in force management statement", "Director of "
                                                                                            "Resources",
         "31/10/2026", "On track"),
    ],
}


def merseyside() -> tuple[bytes, dict]:
    doc = new_word("OFFICIAL", "Merseyside Police – HMICFRS PEEL improvement plan", page_numbers=False)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    para(doc, "**Merseyside Police – HMICFRS PEEL 2023–25 improvement plan**")
    para(doc, "Version 4 | Owner: Deputy Chief Constable | Last updated: 2 March 2026")
    para(doc, "HMICFRS published its PEEL 2023–25 report on Merseyside Police on 16 December 2025. This plan "
              "lists every cause of concern, recommendation and area for improvement in the report under the "
              "PEEL area it sits in. Each area’s row shows the grade HMICFRS awarded.")
    header = ["Ref", "Type", "HMICFRS finding", "Activity", "Owner", "Due", "Status"]
    body: list[tuple] = []
    for area, value in MERSEYSIDE_BANNERS:
        body.append(("banner", f"{area} – Grade: {value}", value))
        rows = MERSEYSIDE_ROWS.get(area)
        if rows:
            body += [("row", row) for row in rows]
        else:
            body.append(("none", "No cause of concern or area for improvement in this area."))
    table = doc.add_table(rows=1 + len(body), cols=len(header))
    table.style = doc.styles["Table Grid"]
    widths = [1.6, 3.0, 9.0, 5.2, 2.8, 2.2, 2.0]
    for c, value in enumerate(header):
        target = table.cell(0, c)
        target.paragraphs[0].text = ""
        target.paragraphs[0].add_run(value).bold = True
        shade(target, HEADER_FILL)
    repeat_header(table.rows[0])
    for r, entry in enumerate(body, start=1):
        for c, width in enumerate(widths):
            table.cell(r, c).width = Cm(width)
        if entry[0] == "banner":
            merged = table.cell(r, 0).merge(table.cell(r, len(header) - 1))
            merged.paragraphs[0].text = ""
            merged.paragraphs[0].add_run(entry[1]).bold = True
            shade(merged, GRADE_FILL[entry[2]])
        elif entry[0] == "none":
            merged = table.cell(r, 0).merge(table.cell(r, len(header) - 1))
            merged.paragraphs[0].text = entry[1]
        else:
            for c, value in enumerate(entry[1]):
                table.cell(r, c).paragraphs[0].text = value
    force = MERSEYSIDE
    afis, causes, recs = [], [], []
    for area, rows in MERSEYSIDE_ROWS.items():
        for ref, kind, finding, *_ in rows:
            if kind == "AFI":
                afis.append(afi(None, force, area, finding))
            elif kind == "Cause of concern":
                causes.append(cause(None, force, area, finding))
            else:
                timescale = finding.split(",")[0]
                recs.append(recommendation(None, force, MERSEYSIDE_CAUSE, finding, timescale))
    records = {
        "documents": [document("docx", force, "Merseyside Police – HMICFRS PEEL 2023–25 improvement plan",
                               "force_response", None)],
        "grades": [grade(None, force, "PEEL 2023-25", area, area, value, "2025-12") for area, value in MERSEYSIDE_BANNERS],
        "areas_for_improvement": afis,
        "causes_of_concern": causes,
        "recommendations": recs,
    }
    return word_bytes(doc), records


# ---------------------------------------------------------------- 6. BTPA committee paper (ReportLab, landscape-free A4)

BTP = "British Transport Police"
BTP_GRADES = [
    ("Police powers and public treatment", "Adequate",
     "Officers use stop and search fairly, but the force should record the grounds more fully."),
    ("Preventing crime", "Good", "The force works well with train operators to design out crime at stations."),
    ("Responding to the public", "Adequate",
     "Text 61016 is well used, but some callers waited too long for officers to attend."),
    ("Investigating crime", "Requires improvement",
     "Too many investigations were closed without all reasonable lines of enquiry being followed."),
    ("Protecting vulnerable people", "Good",
     "The force identifies vulnerable people on the network and refers them to partners."),
    ("Managing offenders", "Adequate", "The force manages wanted suspects well but has a backlog of bail cases."),
    ("Developing a positive workplace", "Good", "The workforce told us they feel valued and well supported."),
    ("Leadership and force management", "Adequate",
     "The force’s plans do not yet reflect the demand it will face from network growth."),
]
BTP_AFIS = [
    ("Investigating crime", "The force should make sure that investigations are allocated to officers with "
                            "the skills to carry them out."),
    ("Investigating crime", "The force should make sure supervisors review investigations before they are "
                            "closed."),
    ("Responding to the public", "The force should make sure it attends incidents within the times it sets "
                                 "for each priority."),
    ("Leadership and force management", "The force should make sure its workforce plan reflects the demand "
                                        "it expects from the growth of the rail network."),
]


def btpa() -> tuple[bytes, dict]:
    force = BTP
    flow = [p("British Transport Police Authority", "h2"),
            p("Strategy, Planning and Performance Committee", "title"),
            p("Date: 12 March 2026 &nbsp;&nbsp; Agenda item: 7 &nbsp;&nbsp; Classification: Official"),
            p("Subject: HMICFRS PEEL 2023–25 inspection of British Transport Police", "h1"),
            p("Sponsor: Chief Constable &nbsp;&nbsp; Author: Head of Inspection and Assurance"),
            p("1. Purpose", "h2"),
            p("1.1 To inform members of the outcome of the PEEL 2023–25 inspection of British Transport "
              "Police (BTP) and of the force’s plan to address the areas for improvement."),
            p("2. Background", "h2"),
            p("2.1 HMICFRS inspected BTP between March and June 2025 and published its report on 29 January "
              "2026. There were no causes of concern."),
            p("3. Findings", "h2"),
            p("3.1 The grade awarded in each area, with a summary of what HMICFRS found, is set out below.")]
    rows = [["<b>PEEL area</b>", "<b>Grade and summary of findings</b>"]]
    rows += [[area, f"<b>{value}</b> – {summary}"] for area, value, summary in BTP_GRADES]
    flow.append(rl_table(rows, [5.5 * cm, 11.5 * cm]))
    flow += [Spacer(1, 6),
             p("3.2 HMICFRS noted that BTP’s grades compare well with those of the territorial forces "
               "inspected in the same period."),
             PageBreak(),
             p("4. Areas for improvement", "h2"),
             p("4.1 HMICFRS made four areas for improvement (AFIs). Each is shown with the PEEL area it "
               "relates to:")]
    items = [f"<b>AFI {n} ({area}):</b> {text}" for n, (area, text) in enumerate(BTP_AFIS, start=1)]
    flow += [p(item) for item in items]
    flow += [p("5. Recommendation", "h2"),
             p("5.1 Members are asked to note the report and to receive a progress update at the committee’s "
               "meeting in September 2026.")]
    data = reportlab_pdf(flow, "HMICFRS PEEL 2023–25 inspection of British Transport Police",
                         "British Transport Police Authority", "British Transport Police Authority – Official")
    records = {
        "documents": [document("pdf", force, "HMICFRS PEEL 2023–25 inspection of British Transport Police",
                               "scrutiny_pack", 2, meeting_date="2026-03-12")],
        "grades": [grade(1, force, "PEEL 2023-25", area, area, value, "2026-01") for area, value, _ in BTP_GRADES],
        "areas_for_improvement": [afi(2, force, area, text) for area, text in BTP_AFIS],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return data, records


# ---------------------------------------------------------------- 7. PCC round-up of inspection reports to a panel (Word -> PDF)

NORTHUMBRIA = "Northumbria Police"
NORTHUMBRIA_TOPICS = [
    ("Child protection leadership", "Leadership and management", "adequate"),
    ("Working with safeguarding partners", "Working with safeguarding partners", "good"),
    ("Responding to children at risk of harm", "Responding to children at risk of harm", "adequate"),
    ("Assessing risk to children and making appropriate referrals",
     "Assessing risk to children and making appropriate referrals", "adequate"),
    ("Investigating reports of abuse, neglect and exploitation of children",
     "Investigating reports of abuse, neglect and exploitation of children", "requires improvement"),
]
NORTHUMBRIA_AFIS = [
    "The force should make sure that officers record the voice of the child when they attend domestic abuse "
    "incidents.",
    "The force should make sure that investigations into the sexual abuse of children are allocated to "
    "suitably trained investigators.",
    "The force should improve the quality of its referrals to children’s social care.",
]


def northumbria() -> tuple[bytes, dict]:
    doc = new_word("", "Northumbria Police and Crime Panel – 24 March 2026")
    para(doc, "**NORTHUMBRIA POLICE AND CRIME PANEL**")
    para(doc, "Date of meeting: 24 March 2026")
    para(doc, "Agenda item: 8")
    doc.add_paragraph("HMICFRS inspection reports requiring the Commissioner’s comment", style="Heading 1")
    para(doc, "Report of the Police and Crime Commissioner for Northumbria")
    doc.add_paragraph("1. Purpose", style="Heading 2")
    para(doc, "1.1 Under section 55 of the Police Act 1996 the Commissioner must publish comments on each "
              "HMICFRS report about the force within 56 days of its publication. This report tells the panel "
              "about the reports published since its last meeting and the Commissioner’s comments on them.")
    doc.add_paragraph("2. Reports published since the last meeting", style="Heading 2")
    word_table(doc, [["Report", "Published", "Type", "Commissioner’s comments published"],
                     ["National child protection inspection: Northumbria Police", "3 February 2026",
                      "Force-specific (graded)", "27 March 2026 (due)"],
                     ["An inspection of how well the police tackle fraud", "15 January 2026",
                      "National thematic", "10 March 2026"],
                     ["Police custody inspection: Northumbria Police", "8 December 2025",
                      "Joint inspection with HMIP", "2 February 2026"]],
               [6.2, 3.2, 3.6, 3.6])
    doc.add_paragraph("3. National child protection inspection", style="Heading 2")
    para(doc, "3.1 HMICFRS inspected the force’s child protection work in September 2025. It graded the force "
              "in five areas, as follows:")
    for _, printed, value in NORTHUMBRIA_TOPICS:
        doc.add_paragraph(f"{printed}: {value}", style="List Bullet")
    para(doc, "3.2 There were no causes of concern. HMICFRS made three areas for improvement:")
    for text in NORTHUMBRIA_AFIS:
        doc.add_paragraph(text, style="List Number")
    para(doc, "3.3 The Commissioner welcomes the finding that the force works well with its safeguarding "
              "partners and will ask the Chief Constable for a progress report on the areas for improvement "
              "at her Business Meeting in June 2026.")
    doc.add_paragraph("4. National thematic: fraud", style="Heading 2")
    para(doc, "4.1 This inspection looked at how well forces across England and Wales respond to fraud. "
              "Northumbria Police was not one of the forces visited. HMICFRS made recommendations to all "
              "chief constables, which the force has included in its improvement plan. No grades were given.")
    doc.add_paragraph("5. Police custody inspection", style="Heading 2")
    para(doc, "5.1 The joint inspection with HM Inspectorate of Prisons found that detainees were treated "
              "respectfully. Custody inspections are not graded. The report’s recommendations are addressed "
              "in the Commissioner’s published comments.")
    doc.add_paragraph("6. Recommendation", style="Heading 2")
    para(doc, "6.1 The panel is asked to note the report.")
    data = docx_to_pdf(word_bytes(doc))
    force = NORTHUMBRIA
    records = {
        "documents": [document("pdf", force, "HMICFRS inspection reports requiring the Commissioner’s comment",
                               "scrutiny_pack", 2, meeting_date="2026-03-24")],
        "grades": [grade(1, force, "Child protection", area, printed, value.capitalize(), "2026-02")
                   for area, printed, value in NORTHUMBRIA_TOPICS],
        "areas_for_improvement": [afi(1, force, None, text) for text in NORTHUMBRIA_AFIS],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return data, records


# ---------------------------------------------------------------- 8. PFCC's panel paper, "2025 grade | 2022 grade" (ReportLab)

NORTH_YORKSHIRE = "North Yorkshire Police"
NORTH_YORKSHIRE_GRADES = [  # area, 2025 grade, 2022 grade (None: a dash)
    ("Police powers and public treatment", "Adequate", "Requires improvement"),
    ("Preventing crime", "Good", "Adequate"),
    ("Responding to the public", "Requires improvement", "Requires improvement"),
    ("Investigating crime", "Adequate", "Requires improvement"),
    ("Protecting vulnerable people", "Adequate", "Adequate"),
    ("Managing offenders", "Good", "Adequate"),
    ("Developing a positive workplace", "Adequate", "Good"),
    ("Leadership and force management", "Good", None),
]
NORTH_YORKSHIRE_AFIS = [
    ("Responding to the public", "The force should make sure it answers non-emergency calls promptly."),
    ("Responding to the public", "The force should make sure that repeat callers are identified so that "
                                 "their risk can be assessed."),
    ("Investigating crime", "The force should make sure that investigations are supervised and that the "
                            "supervision is recorded."),
]


def north_yorkshire() -> tuple[bytes, dict]:
    force = NORTH_YORKSHIRE
    flow = [p("North Yorkshire Police, Fire and Crime Panel", "h2"),
            p("26 February 2026"),
            p("Report of the Police, Fire and Crime Commissioner: HMICFRS PEEL inspection of North Yorkshire "
              "Police", "title"),
            p("1. Summary", "h2"),
            p("1.1 His Majesty’s Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS) "
              "published its PEEL 2023–25 report on North Yorkshire Police on 15 January 2026. This paper "
              "summarises its findings and compares them with the force’s previous PEEL inspection."),
            p("2. Grades", "h2"),
            p("2.1 The table shows the grade given in each area in the latest inspection beside the grade "
              "given in the previous one. Leadership and force management was not graded in the previous "
              "inspection.")]
    rows = [["<b>PEEL area</b>", "<b>2025 grade</b>", "<b>2022 grade</b>"]]
    rows += [[area, current, earlier or "–"] for area, current, earlier in NORTH_YORKSHIRE_GRADES]
    fills = {(r, 1): GRADE_FILL[current] for r, (_, current, _) in enumerate(NORTH_YORKSHIRE_GRADES, start=1)}
    fills |= {(r, 2): GRADE_FILL[earlier] for r, (_, _, earlier) in enumerate(NORTH_YORKSHIRE_GRADES, start=1)
              if earlier}
    flow += [rl_table(rows, [8.5 * cm, 4.2 * cm, 4.2 * cm], fills), Spacer(1, 6),
             p("2.2 The force has improved in four areas and kept its grade in two. Its grade for developing a "
               "positive workplace has fallen, which the Commissioner will scrutinise at her Public "
               "Accountability Meeting in April 2026."),
             p("2.3 HMICFRS has said that grades from different PEEL cycles cannot always be compared "
               "directly, because the characteristics of good performance were revised for 2023–25."),
             PageBreak(),
             p("3. Areas for improvement", "h2"),
             p("3.1 HMICFRS gave the force three areas for improvement and no causes of concern. The force’s "
               "plan to address them is at Appendix A (not reproduced here).")]
    for area in dict.fromkeys(area for area, _ in NORTH_YORKSHIRE_AFIS):
        flow.append(p(f"<i>{area}</i>"))
        flow.append(bullets([text for a, text in NORTH_YORKSHIRE_AFIS if a == area]))
    flow += [p("4. Recommendation", "h2"),
             p("4.1 The panel is asked to note the report.")]
    data = reportlab_pdf(flow, "HMICFRS PEEL inspection of North Yorkshire Police",
                         "Office of the Police, Fire and Crime Commissioner for North Yorkshire",
                         "North Yorkshire Police, Fire and Crime Panel – 26 February 2026")
    grades = [grade(1, force, "PEEL 2023-25", area, area, current, "2026-01")
              for area, current, _ in NORTH_YORKSHIRE_GRADES]
    grades += [grade(1, force, "PEEL 2021/22", area, area, earlier, None)
               for area, _, earlier in NORTH_YORKSHIRE_GRADES if earlier]
    records = {
        "documents": [document("pdf", force, "Report of the Police, Fire and Crime Commissioner: HMICFRS PEEL "
                                             "inspection of North Yorkshire Police", "scrutiny_pack", 2,
                               meeting_date="2026-02-26")],
        "grades": grades,
        "areas_for_improvement": [afi(2, force, area, text) for area, text in NORTH_YORKSHIRE_AFIS],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return data, records


# ---------------------------------------------------------------- writing

DOCUMENTS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "peel-2023-25-cheshire-r22.pdf": cheshire,
    "ncpi-durham-r22.docx": durham,
    "peel-2021-22-humberside-r22.pdf": humberside,
    "greater-manchester-dmpab-peel-journey-2026-04-09-r22.pdf": greater_manchester,
    "merseyside-peel-plan-graded-banners-r22.docx": merseyside,
    "btpa-sppc-peel-2026-03-12-r22.pdf": btpa,
    "northumbria-pcp-hmicfrs-reports-2026-03-24-r22.pdf": northumbria,
    "north-yorkshire-pfcp-peel-2026-02-26-r22.pdf": north_yorkshire,
}


def main() -> None:
    only = set(sys.argv[1:])
    for name, build in DOCUMENTS.items():
        if only and name not in only:
            continue
        data, records = build()
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (HERE / "gold" / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        print(name, len(data))


if __name__ == "__main__":
    main()
