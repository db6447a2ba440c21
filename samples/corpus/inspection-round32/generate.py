"""Inspection blind round 32 (issue 3): inspection reports as analysts get them from the web.

HMICFRS publication-html pages printed to PDF from a browser (print header and footer, skip link,
breadcrumbs, cookie banner, contents sidebar, "Back to top", download links, grade icons), a force's
and a PCC's web page about the inspection printed the same way, pages saved as Word from the
browser (one kept as DOCX, one exported to PDF by LibreOffice), and four printed pages of a long
web report whose section starts mid-way. Names, figures, grades and wording are invented.

    .venv/bin/python samples/corpus/inspection-round32/generate.py

writes the documents beside this file and their gold into gold/. Deterministic: reportlab's
invariant mode for the PDFs, fixed zip times for the Word files, office_pdf for the Word-made PDF.
Gold pages of PDFs are found in the PDF's own text (pypdf) and were read against `scrutiny inspect`.
"""

from __future__ import annotations

import copy
import io
import json
import re
import sys
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak, NextPageTemplate, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parents[1])]
from inspection_render import GRADE_FILL, fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

CHECKED = ("Written by hand in samples/corpus/inspection-round32/generate.py beside the text it describes, blind "
           "(no extractor code, extractor test or earlier round's generator read); PDF pages found in the PDF's own "
           "text and read against `scrutiny inspect`.")
P23 = "PEEL 2023-25"
P21 = "PEEL 2021/22"
CP = "Child protection"
CANONICAL = {
    "Police powers and public treatment": "Police powers and public treatment",
    "Preventing crime": "Preventing crime",
    "Responding to the public": "Responding to the public",
    "Investigating crime": "Investigating crime",
    "Protecting vulnerable people": "Protecting vulnerable people",
    "Managing offenders": "Managing offenders",
    "Developing a positive workplace": "Developing a positive workplace",
    "Leadership and force management": "Leadership and force management",
    "Leadership and management": "Child protection leadership",
    "Working with safeguarding partners": "Working with safeguarding partners",
    "Responding to children at risk of harm": "Responding to children at risk of harm",
    "Assessing risk to children and making appropriate referrals":
        "Assessing risk to children and making appropriate referrals",
    "Investigating reports of abuse, neglect and exploitation of children":
        "Investigating reports of abuse, neglect and exploitation of children",
}

# --------------------------------------------------------------------------- browser print rendering

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10, textColor=colors.HexColor("#505a5f"))
LINK = ParagraphStyle("link", parent=BODY, textColor=colors.HexColor("#1d70b8"))
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=19, leading=23, spaceAfter=8,
                    textColor=colors.HexColor("#0b0c0c"))
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=8,
                    spaceAfter=6)
H3 = ParagraphStyle("h3", parent=BODY, fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=4,
                    spaceAfter=4)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold")
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=14, bulletIndent=4, spaceAfter=3)


def p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(text, style)


def bullets(items: list[str], style: ParagraphStyle = BULLET) -> list[Paragraph]:
    return [Paragraph(item, style, bulletText="\u2022") for item in items]


def link(text: str) -> Paragraph:
    return p(f"<u>{text}</u>", LINK)


def back_to_top() -> Paragraph:
    return p("<u>\u2191 Back to top</u>", ParagraphStyle("top", parent=LINK, fontSize=8.5, spaceAfter=10))


def box(flowables: list[Flowable], width: float, fill: str = "#f3f2f1", rule: str = "#1d70b8") -> Table:
    """A shaded box with a coloured left rule, as the site styles AFI and practice boxes."""
    table = Table([[flowables]], colWidths=[width])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(fill)),
                               ("LINEBEFORE", (0, 0), (0, -1), 4, colors.HexColor(rule)),
                               ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                               ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return table


class GradeIcon(Flowable):
    """The site's grade icon: a coloured disc with the grade's initial (an image with alt text on the web)."""

    def __init__(self, grade: str, size: float = 12) -> None:
        super().__init__()
        self.grade, self.size = grade, size
        self.width = self.height = size

    def draw(self) -> None:
        self.canv.setFillColor(colors.HexColor(GRADE_FILL[self.grade]))
        self.canv.circle(self.size / 2, self.size / 2, self.size / 2, stroke=0, fill=1)


def icon_cell(grade: str) -> Table:
    inner = Table([[GradeIcon(grade), p(grade)]], colWidths=[16, None])
    inner.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return inner


def site_table(rows: list[list], widths: list[float]) -> Table:
    """A table as the site styles it: bold header, a rule under each row, no verticals."""
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.HexColor("#b1b4b6")),
                               ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.HexColor("#0b0c0c")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def cookie_banner(width: float, site: str) -> Table:
    return box([p(f"<b>Cookies on {site}</b>", BODY),
                p("We use some essential cookies to make this website work. We would also like to set analytics "
                  "cookies to understand how you use the site. <u>Accept analytics cookies</u>   "
                  "<u>Reject analytics cookies</u>   <u>View cookies</u>", SMALL)], width, "#f3f2f1", "#f3f2f1")


def browser_pdf(story: list[Flowable], *, page_title: str, url: str, printed: str, sidebar: list[Flowable] | None = None,
                first_page: int = 1, total: int | None = None) -> bytes:
    """A web page as a browser prints it: date, time and page title at the top of every page; URL and
    "N/M" at the foot. ``first_page``/``total`` print a range of a longer page (pages 5-7 of 12)."""

    def build(pages: int) -> tuple[bytes, int]:
        buffer = io.BytesIO()
        doc = BaseDocTemplate(buffer, pagesize=A4, leftMargin=1.4 * cm, rightMargin=1.4 * cm, topMargin=1.6 * cm,
                              bottomMargin=1.6 * cm, title=page_title, author="", creator="Mozilla/5.0 print",
                              invariant=1)
        width, height = A4

        def furniture(canvas, document) -> None:
            canvas.saveState()
            canvas.setFont("Helvetica", 7.5)
            canvas.drawString(1 * cm, height - 0.8 * cm, printed)
            canvas.drawCentredString(width / 2 + 1.5 * cm, height - 0.8 * cm, page_title)
            canvas.drawString(1 * cm, 0.7 * cm, url)
            canvas.drawRightString(width - 1 * cm, 0.7 * cm, f"{document.page + first_page - 1}/{total or pages}")
            canvas.restoreState()

        full = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="full")
        templates = [PageTemplate("later", [full], onPage=furniture)]
        if sidebar:
            side_width = 4.6 * cm
            side = Frame(doc.leftMargin, doc.bottomMargin, side_width, doc.height, id="side")
            main = Frame(doc.leftMargin + side_width + 0.4 * cm, doc.bottomMargin,
                         doc.width - side_width - 0.4 * cm, doc.height, id="main")
            templates.insert(0, PageTemplate("first", [side, main], onPage=furniture))
            flow = [NextPageTemplate("later"), *sidebar, FrameBreak(), *story]
        else:
            flow = story
        flow = copy.deepcopy(flow)  # platypus consumes what it lays out; each pass lays out a fresh copy
        doc.addPageTemplates(templates)
        doc.build(flow)
        return buffer.getvalue(), doc.page

    _, pages = build(1)
    data, _ = build(pages)
    return data


def main_width(sidebar: bool = False) -> float:
    width = A4[0] - 2.8 * cm
    return width - 5.0 * cm if sidebar else width


def header_block(width: float, site: str, nav: str, crumbs: str) -> list[Flowable]:
    return [p("<u>Skip to main content</u>", LINK), cookie_banner(width, site), Spacer(1, 6),
            p(f"<b>{site}</b>      {nav}", SMALL), p(crumbs, SMALL)]


# --------------------------------------------------------------------------- gold helpers

def pdf_pages(data: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages]


def page_of(pages: list[str] | None, snippet: str, after: int = 1) -> int | None:
    """First page from ``after`` whose text holds ``snippet`` (None for a Word file)."""
    if pages is None:
        return None
    wanted = re.sub(r"\s+", " ", snippet)
    for number, text in enumerate(pages, start=1):
        if number >= after and wanted in text:
            return number
    raise ValueError(f"not found in the PDF: {snippet!r}")


def grade(force: str, framework: str, area_raw: str, grade_word: str, as_of: str | None, page: int | None) -> dict:
    return {"page": page, "force": force, "framework": framework, "area": CANONICAL[area_raw], "area_raw": area_raw,
            "grade": grade_word, "as_of": as_of}


def afi(force: str, area: str | None, text: str, detail: str | None, page: int | None) -> dict:
    return {"page": page, "force": force, "area": CANONICAL[area] if area else None, "text": text, "detail": detail}


def gold_file(name: str, document: dict, records: dict) -> None:
    data = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": {"documents": [document], **records}}
    (HERE / "gold" / f"{name}.json").write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")


# --------------------------------------------------------------------------- 1. Northumbria, contents sidebar

NORTHUMBRIA = "Northumbria Police"
N_GRADES = [("Police powers and public treatment", "Good"), ("Preventing crime", "Good"),
            ("Responding to the public", "Requires improvement"), ("Investigating crime", "Adequate"),
            ("Protecting vulnerable people", "Adequate"), ("Managing offenders", "Good"),
            ("Developing a positive workplace", "Adequate"), ("Leadership and force management", "Good")]
N_COC = ("Northumbria Police needs to improve how quickly it answers and attends calls from the public, so that "
         "people who need help get it when they need it.")
N_COC_DETAIL = ("In the year to March 2025, the force answered 71 percent of emergency calls within ten seconds, "
                "against a national standard of 90 percent. Attendance at calls graded as priority took longer than "
                "the force's own target in more than a third of cases.")
N_RECS = ["review its call-handling demand and make sure it has enough trained staff to answer emergency and "
          "non-emergency calls promptly;",
          "make sure that call handlers use a structured risk assessment on every call and record it; and",
          "make sure that supervisors in the control room monitor calls waiting for attendance and act when "
          "attendance is delayed."]
N_LEAD = "Within three months, Northumbria Police should:"
N_SECTIONS = [
    ("Responding to the public", "Northumbria Police requires improvement at responding to the public.", [
        ("The force should make sure it gives accurate advice to callers about what to do if their situation "
         "changes while they wait.",
         "In 19 of the 90 calls we reviewed, the caller was not told to call back if things got worse.")]),
    ("Investigating crime", "Northumbria Police is adequate at investigating crime.", [
        ("The force should make sure that investigation plans are recorded and reviewed by supervisors.",
         "Supervisors reviewed the plan in fewer than half of the investigations we examined. Where they did, "
         "they rarely gave the investigator any direction."),
        ("The force should make sure it records the victim's wishes when a victim withdraws support for a "
         "prosecution.", None)]),
    ("Protecting vulnerable people", "Northumbria Police is adequate at protecting vulnerable people.", [
        ("The force should improve how it shares information about vulnerable people with partner agencies "
         "through its multi-agency safeguarding hub.",
         "Referrals to the hub waited on average four days before partners saw them.")]),
    ("Developing a positive workplace", "Northumbria Police is adequate at building, supporting and protecting "
     "the workforce.", [
        ("The force should make sure it understands the wellbeing needs of its workforce and acts on them.",
         "The force had not analysed the results of its 2024 staff survey, and sickness absence among "
         "call handlers has risen.")]),
]
N_PRACTICE = ("Protecting vulnerable people", "Promising practice",
              "Night-time safety hubs run with the universities help protect young people",
              "The force runs two hubs in the city centre on Friday and Saturday nights with student volunteers and "
              "paramedics. Officers take vulnerable people there rather than leave them alone.")


def northumbria() -> tuple[bytes, dict, dict]:
    width = main_width(sidebar=True)
    sidebar = [p("<b>Contents</b>", H3)] + [link(t) for t in [
        "Overall summary", "About this inspection", "Our judgments", "HM Inspector's observations",
        "Providing a service to victims of crime", "Police powers and public treatment", "Preventing crime",
        "Responding to the public", "Investigating crime", "Protecting vulnerable people", "Managing offenders",
        "Developing a positive workplace", "Leadership and force management", "About the data"]] + [
        Spacer(1, 10), link("Download the report (PDF)"), link("Print this document")]
    story = header_block(width, "HMICFRS", "Home   Our work   Publications   News   About us",
                         "Home \u203a Publications \u203a PEEL 2023\u201325: An inspection of Northumbria Police")
    story += [p("PEEL 2023\u201325: An inspection of Northumbria Police", H1),
              p("Published on: 22 January 2026", SMALL),
              p("<b>Police effectiveness, efficiency and legitimacy</b>"),
              p("Our judgments", H2),
              p("Our inspectors assess forces against the characteristics of good performance and we grade them. "
                "This year we have graded Northumbria Police in these areas:")]
    rows = [["Area of policing", "Grade"]] + [[area, icon_cell(g)] for area, g in N_GRADES]
    story += [site_table(rows, [width * 0.62, width * 0.38]), Spacer(1, 6),
              p("We also inspected how effective the force is at providing a service to victims of crime. We don't "
                "make a graded judgment in this area."), back_to_top(),
              p("HM Inspector's observations", H2),
              p("I am pleased with several aspects of the force's performance. In our last inspection, we graded the "
                "force as good at responding to the public, so this result is a disappointment and I have raised a "
                "cause of concern."),
              p("The force has a clear plan for neighbourhood policing and its officers know their communities."),
              back_to_top(),
              p("Police powers and public treatment", H2),
              p("Northumbria Police is good at treating people fairly and respectfully."),
              p("The force makes sure that its use of stop and search is fair and recorded. Body-worn video is used in "
                "almost every encounter."), back_to_top()]
    for area, opening, afis in N_SECTIONS:
        story += [p(area, H2), p(f"<b>{opening}</b>")]
        if area == "Responding to the public":
            story += [box([p("Cause of concern", H3), p(f"<b>{N_COC}</b>"), p(N_COC_DETAIL),
                           p("<b>Recommendations</b>"), p(N_LEAD), *bullets(N_RECS)], width, "#fdf0f0", "#d4351c")]
            story.append(Spacer(1, 6))
        for text, detail in afis:
            story += [box([p("Area for improvement", H3), p(f"<b>{text}</b>")] + ([p(detail)] if detail else []),
                          width), Spacer(1, 4)]
        if area == N_PRACTICE[0]:
            story += [box([p(N_PRACTICE[1], H3), p(f"<b>{N_PRACTICE[2]}</b>"), p(N_PRACTICE[3])], width,
                          "#eef7ee", "#00703c")]
        story.append(back_to_top())
    story += [p("Share this page", H3), p("<u>Email</u>   <u>Facebook</u>   <u>LinkedIn</u>   <u>X</u>", LINK),
              p("\u00a9 Crown copyright. All content is available under the Open Government Licence v3.0, except "
                "where otherwise stated.", SMALL)]
    data = browser_pdf(story, page_title="PEEL 2023\u201325: An inspection of Northumbria Police | HMICFRS",
                       url="https://hmicfrs.justiceinspectorates.gov.uk/publication-html/peel-2023-25-northumbria-police/",
                       printed="23/01/2026, 09:41", sidebar=sidebar)
    pages = pdf_pages(data)
    grades = [grade(NORTHUMBRIA, P23, a, g, "2026-01", page_of(pages, "Area of policing")) for a, g in N_GRADES]
    afis = [afi(NORTHUMBRIA, area, t, d, page_of(pages, t[:60])) for area, _, items in N_SECTIONS for t, d in items]
    coc_page = page_of(pages, N_COC[:60])
    records = {
        "grades": grades, "areas_for_improvement": afis,
        "causes_of_concern": [{"page": coc_page, "force": NORTHUMBRIA, "area": "Responding to the public",
                               "text": N_COC, "detail": N_COC_DETAIL}],
        "recommendations": [{"page": page_of(pages, r[:50]), "force": NORTHUMBRIA, "cause_of_concern_text": N_COC,
                             "text": r, "timescale": "Within three months", "lead_in": N_LEAD} for r in N_RECS],
        "findings": [{"page": page_of(pages, N_PRACTICE[2][:50]), "force": NORTHUMBRIA, "kind": "promising_practice",
                      "area": N_PRACTICE[0], "text": N_PRACTICE[2]}],
    }
    document = {"page": None, "force": NORTHUMBRIA, "status": "ok", "doc_kind": "peel_report",
                "title": "PEEL 2023\u201325: An inspection of Northumbria Police", "publication_date": "2026-01-22",
                "file_type": "pdf"}
    return data, document, records


# --------------------------------------------------------------------------- 2. Avon and Somerset, pages 5-7 of 12

AVON = "Avon and Somerset Constabulary"
A_ORPHAN = ("The force should make sure that officers record the reasons for their decisions when they close an "
            "investigation with no further action.",
            "In 14 of the 60 closed investigations we reviewed, there was no record of why the investigation "
            "had ended. Victims were not always told.")
A_SECTIONS = [
    ("Protecting vulnerable people", "Adequate", "Avon and Somerset Constabulary is adequate at protecting "
     "vulnerable people.", [
        ("The force should make sure that its response to missing children takes account of the risks of "
         "exploitation.", "Return home interviews were not always completed, and information from them was not "
         "passed to the exploitation team."),
        ("The force should improve the quality of the risk assessments its officers complete at domestic abuse "
         "incidents.", None)]),
    ("Managing offenders", "Good", "Avon and Somerset Constabulary is good at managing offenders and suspects.", [
        ("The force should make sure it has enough trained staff to manage the risk posed by registered sex "
         "offenders.", "Each offender manager was responsible for 68 offenders, above the level the force's own "
         "review recommended.")]),
    ("Developing a positive workplace", "Requires improvement", "Avon and Somerset Constabulary requires "
     "improvement at building, supporting and protecting its workforce.", [
        ("The force should make sure that its vetting decisions are recorded and that it reviews vetting "
         "clearance when an officer's circumstances change.", "We found 27 files in which a change of "
         "circumstances had been reported but no review had taken place."),
        ("The force should make sure that supervisors have the time and training to support their teams.",
         None)]),
    ("Leadership and force management", "Good", "Avon and Somerset Constabulary is good at leadership and force "
     "management.", [
        ("The force should make sure it understands the demand it faces and plans its workforce to meet it.",
         "The force's last demand assessment was completed in 2023 and does not reflect current call volumes.")]),
]
A_PRACTICE = ("Managing offenders", "Innovative practice",
              "Offender managers use a shared dashboard with the probation service",
              "The dashboard shows each registered offender's risk level, conditions and visits in one place, "
              "and both agencies update it the same day.")


A_NARRATIVE = {
    "Protecting vulnerable people": [
        ("The force identifies vulnerability well at first contact", [
            "Call handlers use a structured assessment to identify vulnerability, and they did so in almost every "
            "call we reviewed. Officers attending incidents complete a vulnerability form and share it with the "
            "multi-agency safeguarding hub.",
            "The hub is well staffed and partners work together in the same building. Decisions about referrals are "
            "made quickly, and the rationale is recorded."]),
        ("The force needs to improve its response to missing children", [
            "Officers do not always consider whether a child who goes missing is at risk of exploitation. In 11 of "
            "the 30 missing child cases we reviewed, the link to possible exploitation was not recorded.",
            "The force has trained its neighbourhood officers in child exploitation, but the training has not yet "
            "reached response officers."])],
    "Managing offenders": [
        ("The force manages registered sex offenders well, but its teams are stretched", [
            "Visits to registered sex offenders are usually completed on time, and risk management plans are of a "
            "good standard. Offender managers understand the risks their offenders pose.",
            "However, caseloads have risen by a fifth in two years, and managers told us that they have little time "
            "for unannounced visits."]),
        ("The force pursues suspects effectively", [
            "The force has reduced the number of outstanding suspects by a third since our last inspection. A daily "
            "meeting reviews wanted people and allocates them to teams."])],
    "Developing a positive workplace": [
        ("The force's vetting arrangements need to improve", [
            "The vetting unit has a backlog of renewals, and some officers were working in sensitive posts with "
            "expired clearance. The force has recruited more staff to the unit and expects the backlog to be "
            "cleared by the end of 2026.",
            "The force does not routinely check whether a change in an officer's circumstances should lead to a "
            "review of their vetting."]),
        ("Supervisors are not always able to support their teams", [
            "Many sergeants are in temporary posts and have not had training for the role. Officers told us that "
            "they valued their supervisors but that supervisors were too busy to give them time."])],
    "Leadership and force management": [
        ("Leaders set a clear direction", [
            "The chief officer team has a clear plan, which officers and staff understand. Leaders are visible and "
            "are well regarded across the force.",
            "The force manages its finances well and has a balanced budget for the next two years."]),
        ("The force needs to understand its future demand", [
            "The force's planning relies on a demand assessment that is now out of date. It has started work on a "
            "new assessment but this was not complete at the time of our inspection."])],
}
A_CLOSING = {
    "Protecting vulnerable people": "The force works well with its partners to protect vulnerable people, and we "
                                    "saw good joint working in the domestic abuse teams.",
    "Managing offenders": "Overall, the force is effective at managing offenders and suspects and protecting the "
                          "public from the harm they might cause.",
    "Developing a positive workplace": "The force has plans to improve its wellbeing support and we will review them "
                                       "at our next inspection.",
    "Leadership and force management": "The force is well led and its plans are realistic, but it must complete its "
                                       "demand work to make sure that its workforce plan is sound.",
}


def avon_somerset() -> tuple[bytes, dict, dict]:
    width = main_width()
    story = [p("of the cases we reviewed, officers had recorded a clear investigation plan. Too many investigations "
               "were still allocated to officers without the right skills, and the force told us it plans to "
               "review its allocation policy by the end of 2025."),
             p("Supervision was better in the specialist teams than in the neighbourhood teams, where sergeants "
               "supervised large teams and had little time to review each case."),
             box([p("Area for improvement", H3), p(f"<b>{A_ORPHAN[0]}</b>"), p(A_ORPHAN[1])], width), Spacer(1, 4),
             back_to_top()]
    for area, _, opening, afis in A_SECTIONS:
        story += [p(area, H2), p(f"<b>{opening}</b>")]
        for subheading, paragraphs in A_NARRATIVE[area]:
            story += [p(subheading, H3)] + [p(text) for text in paragraphs]
        for text, detail in afis:
            story += [box([p("Area for improvement", H3), p(f"<b>{text}</b>")] + ([p(detail)] if detail else []),
                          width), Spacer(1, 4)]
        if area == A_PRACTICE[0]:
            story += [box([p(A_PRACTICE[1], H3), p(f"<b>{A_PRACTICE[2]}</b>"), p(A_PRACTICE[3])], width,
                          "#eef7ee", "#00703c"), Spacer(1, 4)]
        story += [p(A_CLOSING[area]), back_to_top()]
    story += [p("About the data", H2),
              p("Data in this report comes from a range of sources, including the Home Office, the Office for "
                "National Statistics and the force itself. Where we collected data directly from forces, we took "
                "reasonable steps to agree the design of the data collection with them."),
              p("When we compare the force with others, we use its most similar group: the forces that are most "
                "like it in their demography, social and economic circumstances, and crime.")]
    data = browser_pdf(story, page_title="PEEL 2023\u201325: An inspection of Avon and Somerset Constabulary | HMICFRS",
                       url="https://hmicfrs.justiceinspectorates.gov.uk/publication-html/peel-2023-25-avon-and-"
                           "somerset-constabulary/", printed="03/03/2026, 16:12", first_page=5, total=12)
    pages = pdf_pages(data)
    afis = [afi(AVON, None, A_ORPHAN[0], A_ORPHAN[1], page_of(pages, A_ORPHAN[0][:60]))]
    grades = []
    for area, g, opening, items in A_SECTIONS:
        grades.append(grade(AVON, P23, area, g, None, page_of(pages, opening[:60])))
        afis += [afi(AVON, area, t, d, page_of(pages, t[:60])) for t, d in items]
    for record in grades:  # graded in a sentence under the section heading: no area as printed in a grade cell
        del record["area_raw"]
    records = {"grades": grades, "areas_for_improvement": afis, "causes_of_concern": [], "recommendations": [],
               "findings": [{"page": page_of(pages, A_PRACTICE[2][:50]), "force": AVON, "kind": "innovative_practice",
                             "area": A_PRACTICE[0], "text": A_PRACTICE[2]}]}
    document = {"page": None, "force": AVON, "status": "ok", "file_type": "pdf", "publication_date": None}
    return data, document, records


# --------------------------------------------------------------------------- 3. Nottinghamshire Police's own page

NOTTS = "Nottinghamshire Police"
NT_GRADES = [("Police powers and public treatment", "Adequate", [], "We use our powers fairly. The inspectorate "
              "found that our scrutiny panels review stop and search and use of force every month."),
             ("Preventing crime", "Good", [], "Neighbourhood teams work with councils to solve local problems."),
             ("Responding to the public", "Requires improvement", [
                 "The force should answer non-emergency calls more quickly and reduce the number of callers who "
                 "abandon their call.",
                 "The force should make sure it attends incidents within the times it sets itself."],
              "We answer emergency calls quickly, but too many people wait too long on 101."),
             ("Investigating crime", "Adequate", [
                 "The force should make sure that it updates victims regularly about their investigation."],
              "Our investigations are generally thorough and well supervised."),
             ("Protecting vulnerable people", "Good", [], "We identify vulnerability well in the calls we receive."),
             ("Managing offenders", "Adequate", [
                 "The force should reduce the backlog of visits to registered sex offenders."],
              "We manage dangerous offenders well but some visits are overdue."),
             ("Developing a positive workplace", "Good", [], "Our officers and staff feel supported."),
             ("Leadership and force management", "Adequate", [
                 "The force should make sure its workforce plan reflects the demand it expects over the next three "
                 "years."], "Our leaders have a clear plan, and we need to understand demand better.")]


def nottinghamshire() -> tuple[bytes, dict, dict]:
    width = main_width()
    story = header_block(width, "Nottinghamshire Police", "Report   Apply   Contact us   Advice   News",
                         "Home \u203a About us \u203a Inspections \u203a Our PEEL inspection results")
    story += [p("Our PEEL inspection results", H1), p("Last updated: 15 December 2025", SMALL),
              p("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) inspects every "
                "police force in England and Wales. Its PEEL inspection looks at how effective, efficient and "
                "legitimate a force is."),
              p("HMICFRS published its PEEL 2023\u201325 report on Nottinghamshire Police on 11 December 2025."),
              p("In the previous inspection, in 2022, the inspectorate found the force to be adequate in most areas."),
              link("Download the full report (PDF, 1.8MB) on the HMICFRS website"),
              p("What the inspectorate found", H2),
              p("Select a heading to read more.      <u>Show all sections</u>", SMALL)]
    for area, g, items, summary in NT_GRADES:
        head = Table([[p(f"<b>{area}: {g}</b>", BODY), p("<b>\u2212</b>", BODY)]], colWidths=[width - 20, 20])
        head.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.HexColor("#b1b4b6")),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story += [head, p(summary)]
        if items:
            story += [p("What HMICFRS said we need to improve:")] + bullets(items)
        story.append(Spacer(1, 4))
    story += [p("What happens next", H2),
              p("We have an improvement plan for every area for improvement, and the Police and Crime Commissioner "
                "holds the Chief Constable to account for it at public meetings."), back_to_top(),
              p("Was this page helpful?   <u>Yes</u>   <u>No</u>", SMALL),
              p("Accessibility   Cookies   Privacy notice   \u00a9 Nottinghamshire Police", SMALL)]
    data = browser_pdf(story, page_title="Our PEEL inspection results | Nottinghamshire Police",
                       url="https://www.nottinghamshire.police.uk/about-us/inspections/peel-inspection-results",
                       printed="16/12/2025, 11:05")
    pages = pdf_pages(data)
    grades = [grade(NOTTS, P23, a, g, "2025-12", page_of(pages, f"{a}: {g}")) for a, g, _, _ in NT_GRADES]
    afis = [afi(NOTTS, a, t, None, page_of(pages, t[:60])) for a, _, items, _ in NT_GRADES for t in items]
    records = {"grades": grades, "areas_for_improvement": afis, "causes_of_concern": [], "recommendations": [],
               "findings": []}
    document = {"page": None, "force": NOTTS, "status": "ok", "title": "Our PEEL inspection results",
                "file_type": "pdf"}
    return data, document, records


# --------------------------------------------------------------------------- 4. Lancashire PCC's page, grade journey

LANCS = "Lancashire Constabulary"
L_GRADES = [("Police powers and public treatment", "Good", "Good"), ("Preventing crime", "Outstanding", "Good"),
            ("Responding to the public", "Adequate", "Requires improvement"),
            ("Investigating crime", "Requires improvement", "Adequate"),
            ("Protecting vulnerable people", "Good", "Good"), ("Managing offenders", "Good", "Adequate"),
            ("Developing a positive workplace", "Adequate", "Good"),
            ("Leadership and force management", "Good", None)]
L_AFIS = ["The force should make sure that it allocates investigations to officers with the right skills and "
          "experience.",
          "The force should improve how it records and reviews its use of force.",
          "The force should make sure that officers complete a risk assessment at every domestic abuse incident."]


def lancashire() -> tuple[bytes, dict, dict]:
    width = main_width()
    story = header_block(width, "Lancashire Police and Crime Commissioner",
                         "About   Police and Crime Plan   Holding to account   News   Contact",
                         "Home \u203a Holding to account \u203a HMICFRS inspections")
    story += [p("HMICFRS inspections of Lancashire Constabulary", H1),
              p("The Commissioner has a duty to hold the Chief Constable to account for the performance of the "
                "constabulary. Reports from His Majesty's Inspectorate of Constabulary and Fire & Rescue Services "
                "(HMICFRS) are one of the ways the Commissioner does this."),
              p("PEEL 2023\u201325", H2),
              p("The inspectorate's latest PEEL report on Lancashire Constabulary was published on 6 November 2025. "
                "The table below shows its grades beside those of the previous PEEL inspection, whose report was "
                "published in August 2022."),
              link("Download the PEEL 2023\u201325 report (PDF) from the HMICFRS website"),
              link("Read the Commissioner's response to the report")]
    rows = [["Area of policing", "2025 grade", "2022 grade"]]
    for area, now, before in L_GRADES:
        rows.append([area, icon_cell(now), icon_cell(before) if before else p("Not graded", SMALL)])
    story += [site_table(rows, [width * 0.46, width * 0.27, width * 0.27]),
              p("Grade icons: dark green outstanding, green good, yellow adequate, orange requires improvement, red "
                "inadequate.", SMALL),
              p("Areas for improvement", H2),
              p("The inspectorate set out nine areas for improvement. Among them, it said:")] + bullets(L_AFIS) + [
              p("The constabulary's improvement plan for every area for improvement is reported to the "
                "Commissioner's Strategic Scrutiny Board."), back_to_top(),
              p("Other inspections", H2),
              p("The inspectorate also inspects themes across several forces. The Commissioner responds to every "
                "report that includes Lancashire, and the responses are published here."),
              site_table([["Report", "Published", "Commissioner's response"],
                          [p("National fraud inspection"), "October 2025", p("<u>Read the response</u>", LINK)],
                          [p("Custody inspection: Lancashire"), "June 2025", p("<u>Read the response</u>", LINK)],
                          [p("Vetting and misconduct thematic"), "March 2025", p("<u>Read the response</u>", LINK)],
                          [p("Race and policing: a review"), "December 2024", p("<u>Read the response</u>", LINK)]],
                         [width * 0.5, width * 0.2, width * 0.3]),
              p("The national reports do not grade individual forces. The custody inspection reports findings "
                "against expectations and does not give graded judgments."),
              p("Previous PEEL reports", H2)] + [link(t) for t in [
                  "PEEL 2021/22: An inspection of Lancashire Constabulary (PDF)",
                  "PEEL 2018/19: Lancashire Constabulary (PDF)", "PEEL 2017: Effectiveness (PDF)",
                  "PEEL 2017: Efficiency (PDF)", "PEEL 2017: Legitimacy (PDF)"]] + [
              p("Contact us", H2),
              p("If you have a question about an inspection, you can contact the Commissioner's office by email or "
                "by telephone. We aim to reply within ten working days."),
              back_to_top(),
              p("Follow us   <u>Facebook</u>   <u>Instagram</u>   <u>X</u>", LINK),
              p("Office of the Police and Crime Commissioner for Lancashire \u00b7 Accessibility \u00b7 Privacy", SMALL)]
    data = browser_pdf(story, page_title="HMICFRS inspections | Lancashire Police and Crime Commissioner",
                       url="https://www.lancashire-pcc.gov.uk/holding-to-account/hmicfrs-inspections/",
                       printed="12/01/2026, 14:30")
    pages = pdf_pages(data)
    gp = page_of(pages, "2025 grade")
    grades = [grade(LANCS, P23, a, now, "2025-11", gp) for a, now, _ in L_GRADES]
    grades += [grade(LANCS, P21, a, before, "2022-08", gp) for a, _, before in L_GRADES if before]
    afis = [afi(LANCS, None, t, None, page_of(pages, t[:60])) for t in L_AFIS]
    records = {"grades": grades, "areas_for_improvement": afis, "causes_of_concern": [], "recommendations": [],
               "findings": []}
    document = {"page": None, "force": LANCS, "status": "ok",
                "title": "HMICFRS inspections of Lancashire Constabulary", "file_type": "pdf"}
    return data, document, records


# --------------------------------------------------------------------------- Word saves of web pages

def hyperlink(paragraph, text: str, url: str) -> None:
    """A real Word hyperlink run, as a browser's "Save as Word" keeps the page's links."""
    part = paragraph.part
    r_id = part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
                          is_external=True)
    element = OxmlElement("w:hyperlink")
    element.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    for tag, value in (("w:color", "1D70B8"), ("w:u", "single")):
        item = OxmlElement(tag)
        item.set(qn("w:val"), value)
        props.append(item)
    run.append(props)
    text_element = OxmlElement("w:t")
    text_element.text = text
    text_element.set(qn("xml:space"), "preserve")
    run.append(text_element)
    element.append(run)
    paragraph._p.append(element)


def link_para(document, text: str, url: str, style: str | None = None) -> None:
    hyperlink(document.add_paragraph(style=style), text, url)


def shade(cell, fill: str) -> None:
    props = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.lstrip("#").upper())
    props.append(shading)


def bold_para(document, text: str, style: str | None = None):
    paragraph = document.add_paragraph(style=style)
    paragraph.add_run(text).bold = True
    return paragraph


def word_box(document, label: str, lines: list[tuple[str, bool]], fill: str = "F3F2F1") -> None:
    """An HTML box saved as Word: a one-cell table, shaded, holding the label and its paragraphs."""
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    shade(cell, fill)
    cell.paragraphs[0].add_run(label).bold = True
    for text, is_bold in lines:
        cell.add_paragraph().add_run(text).bold = is_bold
    document.add_paragraph()


def web_word_header(document, site_url: str, crumbs: list[str]) -> None:
    link_para(document, "Skip to main content", site_url + "#main")
    document.add_paragraph("Cookies on HMICFRS. We use some essential cookies to make this website work. "
                           "Accept analytics cookies | Reject analytics cookies")
    for item in ["Home", "Our work", "Publications", "News", "About us"]:
        link_para(document, item, site_url, "List Bullet")
    paragraph = document.add_paragraph()
    for index, crumb in enumerate(crumbs):
        hyperlink(paragraph, crumb, site_url)
        if index < len(crumbs) - 1:
            paragraph.add_run(" > ")


# --------------------------------------------------------------------------- 5. Surrey child protection, saved as Word

SURREY = "Surrey Police"
S_GRADES = [("Leadership and management", "Adequate"), ("Working with safeguarding partners", "Good"),
            ("Responding to children at risk of harm", "Requires improvement"),
            ("Assessing risk to children and making appropriate referrals", "Adequate"),
            ("Investigating reports of abuse, neglect and exploitation of children", "Requires improvement")]
S_SECTIONS = {
    "Leadership and management": [
        ("Surrey Police should make sure its leaders use performance information about outcomes for children, "
         "not only the volume of referrals.", "The force's performance meeting looks at numbers of referrals and "
         "arrests but rarely at what happened to the children concerned.")],
    "Responding to children at risk of harm": [
        ("Surrey Police should make sure that officers speak to children and record what they say when they attend "
         "incidents where children are present.", "In 23 of the 58 incidents we reviewed, officers did not speak "
         "to the child or record the child's views."),
        ("Surrey Police should make sure that call handlers identify children linked to an incident.", None)],
    "Assessing risk to children and making appropriate referrals": [
        ("Surrey Police should make sure that referrals to children's social care are made without delay.",
         "Some referrals took more than a week to reach social care.")],
}
S_COC = ("Surrey Police does not investigate reports of child abuse and exploitation thoroughly enough, and too many "
         "investigations are delayed.")
S_COC_DETAIL = ("In 31 of the 70 investigations we reviewed, there were unexplained delays, and in 19 the "
                "investigation was not supervised effectively.")
S_LEAD = "Within six months, Surrey Police should:"
S_RECS = ["make sure that investigations of child abuse are allocated to officers with the right skills;",
          "make sure that supervisors review these investigations at set intervals and record their direction; and",
          "make sure that it seeks the views of the child throughout the investigation."]
S_PRACTICE = ("Working with safeguarding partners",
              "A joint screening team reviews every referral about exploitation the day it is made",
              "Police, social care and health staff sit together and agree the next steps for each child.")


def surrey() -> tuple[bytes, dict, dict]:
    document = Document()
    site = "https://hmicfrs.justiceinspectorates.gov.uk/"
    web_word_header(document, site, ["Home", "Publications", "An inspection of the Surrey Police response to "
                                                             "child protection"])
    document.add_heading("An inspection of the Surrey Police response to child protection", 1)
    document.add_paragraph("National child protection inspection")
    document.add_paragraph("Published on: 4 February 2026")
    link_para(document, "Download the report (PDF)", site + "wp-content/uploads/ncpi-surrey.pdf")
    link_para(document, "Print this document", site)
    document.add_heading("Contents", 2)
    for item, level in [("Foreword", 1), ("Summary of our judgments", 1), ("Our findings", 1),
                        ("Leadership and management", 2), ("Working with safeguarding partners", 2),
                        ("Responding to children at risk of harm", 2), ("Assessing risk to children", 2),
                        ("Investigating reports of abuse", 2), ("Next steps", 1)]:
        link_para(document, item, site, "List Bullet" if level == 1 else "List Bullet 2")
    document.add_heading("Foreword", 2)
    document.add_paragraph("We inspected Surrey Police in September 2025. The force's previous child protection "
                           "inspection, in 2019, was not graded. This report sets out what we found and what the "
                           "force must do to improve.")
    link_para(document, "Back to top", site + "#top")
    document.add_heading("Summary of our judgments", 2)
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].paragraphs[0].add_run("Inspection area").bold = True
    table.rows[0].cells[1].paragraphs[0].add_run("Judgment").bold = True
    for area, g in S_GRADES:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = area, g
        shade(cells[1], GRADE_FILL[g])
    link_para(document, "Back to top", site + "#top")
    document.add_heading("Our findings", 2)
    for area, g in S_GRADES:
        document.add_heading(area, 3)
        document.add_paragraph(f"Our judgment: {g}")
        document.add_paragraph("We reviewed cases, spoke to officers, staff and partners, and looked at the force's "
                               "records in this area.")
        for text, detail in S_SECTIONS.get(area, []):
            word_box(document, "Area for improvement", [(text, True)] + ([(detail, False)] if detail else []))
        if area == S_PRACTICE[0]:
            word_box(document, "Promising practice", [(S_PRACTICE[1], True), (S_PRACTICE[2], False)], "EEF7EE")
        if area.startswith("Investigating"):
            document.add_heading("Cause of concern", 4)
            bold_para(document, S_COC)
            document.add_paragraph(S_COC_DETAIL)
            bold_para(document, "Recommendations")
            document.add_paragraph(S_LEAD, style="List Bullet")
            for rec in S_RECS:
                document.add_paragraph(rec, style="List Bullet 2")
        link_para(document, "Back to top", site + "#top")
    document.add_heading("Next steps", 2)
    document.add_paragraph("We will ask the force for an action plan and monitor its progress.")
    document.add_paragraph("\u00a9 Crown copyright 2026. Open Government Licence v3.0.")
    raw = io.BytesIO()
    document.save(raw)
    data = fixed_zip_times(raw.getvalue())
    grades = [grade(SURREY, CP, a, g, "2026-02", None) for a, g in S_GRADES]
    afis = [afi(SURREY, a, t, d, None) for a, items in S_SECTIONS.items() for t, d in items]
    inv = S_GRADES[-1][0]
    records = {"grades": grades, "areas_for_improvement": afis,
               "causes_of_concern": [{"page": None, "force": SURREY, "area": CANONICAL[inv], "text": S_COC,
                                      "detail": S_COC_DETAIL}],
               "recommendations": [{"page": None, "force": SURREY, "cause_of_concern_text": S_COC, "text": r,
                                    "timescale": "Within six months", "lead_in": S_LEAD} for r in S_RECS],
               "findings": [{"page": None, "force": SURREY, "kind": "promising_practice",
                             "area": CANONICAL[S_PRACTICE[0]], "text": S_PRACTICE[1]}]}
    doc_record = {"page": None, "force": SURREY, "status": "ok", "doc_kind": "child_protection_report",
                  "title": "An inspection of the Surrey Police response to child protection",
                  "publication_date": "2026-02-04", "file_type": "docx"}
    return data, doc_record, records


# --------------------------------------------------------------------------- 6. Humberside, saved as Word then PDF

HUMBER = "Humberside Police"
H_GRADES = [("Police powers and public treatment", "Adequate"), ("Preventing crime", "Good"),
            ("Responding to the public", "Good"), ("Investigating crime", "Requires improvement"),
            ("Protecting vulnerable people", "Good"), ("Managing offenders", "Adequate"),
            ("Developing a positive workplace", "Good"), ("Leadership and force management", "Adequate")]
H_SECTIONS = {
    "Police powers and public treatment": [
        ("The force should make sure that officers record the grounds for every stop and search clearly.",
         "Of the 200 records we reviewed, 24 did not show reasonable grounds.")],
    "Investigating crime": [
        ("The force should make sure that it carries out timely examinations of digital devices.",
         "At the time of our inspection, 870 devices were waiting to be examined, some for more than six months."),
        ("The force should make sure that victims are given a needs assessment and kept updated.", None)],
    "Managing offenders": [
        ("The force should make sure it manages the risk from people wanted on warrant or circulated as wanted.",
         "The force had 410 outstanding wanted people, and there was no clear process for prioritising them.")],
}
H_COC = "Humberside Police is not making sure that crimes are investigated effectively and in good time."
H_COC_DETAIL = ("Investigations were often delayed, and supervisors did not always give direction. Victims "
                "were not always told how their case was progressing.")
H_LEAD = "Within six months, Humberside Police should:"
H_RECS = ["make sure that investigations are allocated promptly to officers with the right skills;",
          "make sure that supervisors review investigations and record direction; and",
          "make sure that victims are updated in line with the Victims' Code."]


def humberside() -> tuple[bytes, dict, dict]:
    document = Document()
    site = "https://hmicfrs.justiceinspectorates.gov.uk/"
    web_word_header(document, site, ["Home", "Publications", "PEEL 2023\u201325: An inspection of Humberside Police"])
    document.add_heading("PEEL 2023\u201325: An inspection of Humberside Police", 1)
    document.add_paragraph("Published on: 27 November 2025")
    link_para(document, "Download the report (PDF)", site + "peel-humberside.pdf")
    document.add_heading("Contents", 2)
    for item, level in [("About this inspection", 1), ("Our judgments", 1), ("Our findings", 1),
                        ("Police powers and public treatment", 2), ("Investigating crime", 2),
                        ("Managing offenders", 2), ("About the data", 1)]:
        link_para(document, item, site, "List Bullet" if level == 1 else "List Bullet 2")
    document.add_heading("Our judgments", 2)
    document.add_paragraph("Our inspectors assess forces against the characteristics of good performance. We "
                           "graded Humberside Police in these areas:")
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].paragraphs[0].add_run("Area of policing").bold = True
    table.rows[0].cells[1].paragraphs[0].add_run("Grade").bold = True
    for area, g in H_GRADES:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = area, g
        shade(cells[1], GRADE_FILL[g])
    document.add_paragraph("We don't make a graded judgment on the service the force gives to victims of crime.")
    link_para(document, "Back to top", site + "#top")
    document.add_heading("Our findings", 2)
    for area, g in H_GRADES:
        if area not in H_SECTIONS:
            continue
        document.add_heading(area, 3)
        article = "requires improvement at" if g == "Requires improvement" else f"is {g.lower()} at"
        bold_para(document, f"Humberside Police {article} {area[0].lower() + area[1:]}.")
        if area == "Investigating crime":
            word_box(document, "Cause of concern", [(H_COC, True), (H_COC_DETAIL, False)], "FDF0F0")
            bold_para(document, "Recommendations")
            document.add_paragraph(H_LEAD)
            for rec in H_RECS:
                document.add_paragraph(rec, style="List Bullet")
        for text, detail in H_SECTIONS[area]:
            word_box(document, "Area for improvement", [(text, True)] + ([(detail, False)] if detail else []))
        link_para(document, "Back to top", site + "#top")
    document.add_heading("About the data", 2)
    document.add_paragraph("Data in this report comes from a range of sources, including the Home Office and the "
                           "force itself.")
    raw = io.BytesIO()
    document.save(raw)
    data = docx_to_pdf(fixed_zip_times(raw.getvalue()))
    pages = pdf_pages(data)
    gp = page_of(pages, "Area of policing")
    grades = [grade(HUMBER, P23, a, g, "2025-11", page_of(pages, a, gp)) for a, g in H_GRADES]
    afis = [afi(HUMBER, a, t, d, page_of(pages, t[:60])) for a, items in H_SECTIONS.items() for t, d in items]
    records = {"grades": grades, "areas_for_improvement": afis,
               "causes_of_concern": [{"page": page_of(pages, H_COC[:50]), "force": HUMBER,
                                      "area": "Investigating crime", "text": H_COC, "detail": H_COC_DETAIL}],
               "recommendations": [{"page": page_of(pages, r[:50]), "force": HUMBER, "cause_of_concern_text": H_COC,
                                    "text": r, "timescale": "Within six months", "lead_in": H_LEAD} for r in H_RECS],
               "findings": []}
    doc_record = {"page": None, "force": HUMBER, "status": "ok", "doc_kind": "peel_report",
                  "title": "PEEL 2023\u201325: An inspection of Humberside Police", "publication_date": "2025-11-27",
                  "file_type": "pdf"}
    return data, doc_record, records


# --------------------------------------------------------------------------- 7. British Transport Police, grade cards

BTP = "British Transport Police"
B_GRADES = [("Police powers and public treatment", "Good"), ("Preventing crime", "Adequate"),
            ("Responding to the public", "Adequate"), ("Investigating crime", "Requires improvement"),
            ("Protecting vulnerable people", "Good"), ("Managing offenders", "Requires improvement"),
            ("Developing a positive workplace", "Good"), ("Leadership and force management", "Adequate")]
B_SECTIONS = [
    ("Investigating crime", [
        ("The force should make sure that investigations of crimes that happen across several force areas are "
         "owned by one investigator.", "Victims of crime on trains that pass through several areas were passed "
         "between teams, and some investigations stalled."),
        ("The force should make better use of CCTV from train operators in its investigations.", None)]),
    ("Managing offenders", [
        ("The force should make sure it identifies and manages repeat offenders on the rail network.",
         "The force does not have a process for identifying the people who commit most offences on its network.")]),
]
B_PRACTICE = ("Protecting vulnerable people", "Innovative practice",
              "Rail staff are trained to spot and refer people at risk of suicide",
              "Working with a charity, the force has trained more than 9,000 rail staff to start a conversation with "
              "a person in crisis.")


def british_transport_police() -> tuple[bytes, dict, dict]:
    width = main_width()
    story = header_block(width, "HMICFRS", "Home   Our work   Publications   News   About us",
                         "Home \u203a Publications \u203a PEEL 2023\u201325: An inspection of British Transport Police")
    story += [p("PEEL 2023\u201325: An inspection of British Transport Police", H1),
              p("Published on: 3 March 2026", SMALL),
              p("<u>Download the report (PDF)</u>     <u>Print this document</u>", LINK),
              p("Our judgments", H2),
              p("This is how we graded British Transport Police in each area of policing:")]
    cards = []
    for area, g in B_GRADES:
        cards.append([GradeIcon(g, 18), p(f"<b>{g}</b><br/>{area}")])
    rows = [cards[i] + cards[i + 1] for i in range(0, len(cards), 2)]
    grid = Table(rows, colWidths=[26, width / 2 - 26, 26, width / 2 - 26])
    grid.setStyle(TableStyle([("BOX", (0, 0), (1, -1), 0.6, colors.HexColor("#b1b4b6")),
                              ("BOX", (2, 0), (3, -1), 0.6, colors.HexColor("#b1b4b6")),
                              ("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.HexColor("#b1b4b6")),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [grid, Spacer(1, 6),
              p("Grade icon key: dark green outstanding; green good; yellow adequate; orange requires improvement; "
                "red inadequate.", SMALL),
              p("We also inspected how effective the force is at providing a service to victims of crime, but we "
                "don't grade this area."), back_to_top(),
              p("HM Inspector's observations", H2),
              p("British Transport Police polices a national rail network that crosses the boundaries of every "
                "territorial force. In our last inspection we graded it as adequate at investigating crime; it has "
                "not kept pace with the rise in demand since then."), back_to_top()]
    for area, afis in B_SECTIONS:
        g = dict(B_GRADES)[area]
        verb = "requires improvement at" if g == "Requires improvement" else f"is {g.lower()} at"
        story += [p(area, H2), p(f"<b>British Transport Police {verb} {area.lower()}.</b>")]
        for text, detail in afis:
            story += [box([p("Area for improvement", H3), p(f"<b>{text}</b>")] + ([p(detail)] if detail else []),
                          width), Spacer(1, 4)]
        story.append(back_to_top())
    story += [p(B_PRACTICE[0], H2), p("<b>British Transport Police is good at protecting vulnerable people.</b>"),
              box([p(B_PRACTICE[1], H3), p(f"<b>{B_PRACTICE[2]}</b>"), p(B_PRACTICE[3])], width, "#eef7ee",
                  "#00703c"), back_to_top(),
              p("Share this page   <u>Email</u>   <u>LinkedIn</u>", LINK),
              p("\u00a9 Crown copyright. All content is available under the Open Government Licence v3.0.", SMALL)]
    data = browser_pdf(story, page_title="PEEL 2023\u201325: An inspection of British Transport Police | HMICFRS",
                       url="https://hmicfrs.justiceinspectorates.gov.uk/publication-html/peel-2023-25-british-"
                           "transport-police/", printed="05/03/2026, 08:57")
    pages = pdf_pages(data)
    grades = [grade(BTP, P23, a, g, "2026-03", page_of(pages, f"{g} {a}")) for a, g in B_GRADES]
    afis = [afi(BTP, a, t, d, page_of(pages, t[:60])) for a, items in B_SECTIONS for t, d in items]
    records = {"grades": grades, "areas_for_improvement": afis, "causes_of_concern": [], "recommendations": [],
               "findings": [{"page": page_of(pages, B_PRACTICE[2][:50]), "force": BTP, "kind": "innovative_practice",
                             "area": B_PRACTICE[0], "text": B_PRACTICE[2]}]}
    document = {"page": None, "force": BTP, "status": "ok", "doc_kind": "peel_report",
                "title": "PEEL 2023\u201325: An inspection of British Transport Police",
                "publication_date": "2026-03-03", "file_type": "pdf"}
    return data, document, records


DOCUMENTS = {
    "peel-2023-25-northumbria-web-sidebar-r32i.pdf": northumbria,
    "peel-2023-25-avon-somerset-web-pages-5-7-r32i.pdf": avon_somerset,
    "nottinghamshire-police-peel-results-web-r32i.pdf": nottinghamshire,
    "lancashire-pcc-hmicfrs-inspections-web-r32i.pdf": lancashire,
    "ncpi-surrey-web-saved-as-word-r32i.docx": surrey,
    "peel-2023-25-humberside-web-word-pdf-r32i.pdf": humberside,
    "peel-2023-25-btp-web-grade-cards-r32i.pdf": british_transport_police,
}


def main(names: list[str]) -> None:
    (HERE / "gold").mkdir(exist_ok=True)
    for name in names or DOCUMENTS:
        data, document, records = DOCUMENTS[name]()
        (HERE / name).write_bytes(data)
        gold_file(name, document, records)
        print(name)


if __name__ == "__main__":
    main(sys.argv[1:])
