"""Held-out inspection round 37c: eight documents and their hand-written gold.

Run: .venv/bin/python samples/corpus/inspection-round37c/generate.py [FILE ...]
Writes each document beside this file and its gold to gold/<file>.json. Needs `soffice` for the
three PDFs saved from Word (../office_pdf.py). Deterministic: reportlab invariant mode, fixed zip times.

Every record is written by hand beside the text it describes. A PDF record's page is the page on
which its key words (a grade's printed area, an item's first words) stand in the PDF's own text;
the generator stops if they are on no page, so a layout change cannot silently move gold.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent))  # samples/, for inspection_render's `generator`

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, RGBColor  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate,  # noqa: E402
                                Spacer, Table, TableStyle)

from inspection_render import GRADE_FILL, fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

CHECKED = ("Written by hand in samples/corpus/inspection-round37c/generate.py beside the text it describes, blind "
           "(no extractor code, extractor test or earlier generator read); PDF pages found from the PDF's own text "
           "and checked against `scrutiny inspect`.")
PEEL = "PEEL 2023-25"
CP = "Child protection"

# ---------------------------------------------------------------- gold helpers

def grade(force: str, area: str, raw: str, value: str, as_of: str | None, framework: str = PEEL,
          find: str | None = None) -> dict:
    return {"page": None, "force": force, "framework": framework, "area": area, "grade": value, "as_of": as_of,
            "area_raw": raw, "_find": find or raw}


def afi(force: str, area: str | None, text: str, detail: str | None = None) -> dict:
    return {"page": None, "force": force, "area": area, "text": text, "detail": detail, "_find": text}


def cause(force: str, area: str | None, text: str, detail: str | None = None) -> dict:
    return {"page": None, "force": force, "area": area, "text": text, "detail": detail, "_find": text}


def recs(force: str, cause_text: str, timescale: str, lead_in: str, texts: list[str]) -> list[dict]:
    return [{"page": None, "force": force, "text": t, "timescale": timescale, "lead_in": lead_in,
             "cause_of_concern_text": cause_text, "_find": t} for t in texts]


def document(force: str, title: str, file_type: str, pages: int | None = None,
             meeting_date: str | None = None) -> dict:
    record = {"page": 1 if file_type == "pdf" else None, "force": force, "status": "ok", "file_type": file_type,
              "title": title, "_find": title}
    if pages is not None:
        record["pages"] = pages
    if meeting_date is not None:
        record["meeting_date"] = meeting_date
    return record


def _words(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-").replace("\u00ad", "")
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def set_pages(name: str, data: bytes, records: dict) -> None:
    """Each PDF record's page: the first page holding its key words (the first eight)."""
    pages = [_words(p.extract_text() or "") for p in PdfReader(io.BytesIO(data)).pages]
    for kind, items in records.items():
        for item in items:
            key = _words(" ".join(item["_find"].split()[:8]))
            found = [i for i, text in enumerate(pages, start=1) if key in text]
            if not found:
                raise SystemExit(f"{name}: {kind} key {item['_find'][:60]!r} on no page")
            item["page"] = found[0]
    if "documents" in records:
        records["documents"][0]["pages"] = len(pages)


def write(name: str, data: bytes, records: dict) -> None:
    if name.endswith(".pdf"):
        set_pages(name, data, records)
    for items in records.values():
        for item in items:
            item.pop("_find", None)
    (HERE / name).write_bytes(data)
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
    (HERE / "gold" / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    print(name, len(data), {k: [r["page"] for r in v] for k, v in records.items() if k != "documents"})


def records(doc: dict, grades: list, afis: list = (), causes: list = (), recommendations: list = ()) -> dict:
    return {"documents": [doc], "grades": list(grades), "areas_for_improvement": list(afis),
            "causes_of_concern": list(causes), "recommendations": list(recommendations), "findings": []}

# ---------------------------------------------------------------- Word helpers

def new_docx(header: str | None = None, footer: str | None = None) -> Document:
    document = Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    return document


def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.lstrip("#").upper())
    tc_pr.append(shading)


def set_cell(cell, text: str, bold: bool = False, fill: str | None = None, white: bool = False) -> None:
    lines = text.split("\n")
    cell.paragraphs[0].text = ""
    run = cell.paragraphs[0].add_run(lines[0])
    run.bold = bold
    if white:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for line in lines[1:]:
        paragraph = cell.add_paragraph()
        extra = paragraph.add_run(line)
        extra.bold = bold
    if fill:
        shade(cell, fill)


def word_table(document: Document, rows: list[list[str]], header_fill: str = "#1F3864",
               fills: dict[tuple[int, int], str] | None = None):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for row in table.rows:  # Word's "allow row to break across pages" off, as most offices leave it
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))  # "repeat as header row"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if r == 0:
                set_cell(table.cell(r, c), text, bold=True, fill=header_fill, white=True)
            else:
                set_cell(table.cell(r, c), text, fill=(fills or {}).get((r, c)))
    return table


def docx_bytes(document: Document) -> bytes:
    raw = io.BytesIO()
    document.save(raw)
    return fixed_zip_times(raw.getvalue())

# ---------------------------------------------------------------- reportlab helpers

STYLES = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=STYLES["BodyText"], fontName="Helvetica", fontSize=10, leading=13,
                      spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=10.5, spaceAfter=0)
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=16, leading=20, spaceBefore=8,
                    spaceAfter=8, textColor=colors.HexColor("#1d2a4d"))
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8,
                    spaceAfter=4, textColor=colors.HexColor("#1d2a4d"))
H3 = ParagraphStyle("h3", parent=BODY, fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6,
                    spaceAfter=3)
TITLE = ParagraphStyle("title", parent=H1, fontSize=22, leading=27, spaceAfter=14)


def rl_pdf(flowables: list, title: str, author: str, pagesize=A4, footer: str | None = None) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=title, author=author,
                            creator="samples/corpus/inspection-round37c/generate.py", invariant=1)

    def page_footer(canvas, document):
        if footer:
            canvas.setFont("Helvetica", 8)
            canvas.drawString(20 * mm, 10 * mm, footer)
            canvas.drawRightString(pagesize[0] - 20 * mm, 10 * mm, str(document.page))

    doc.build(flowables, onFirstPage=page_footer, onLaterPages=page_footer)
    return buffer.getvalue()


def rl_table(rows: list[list], widths: list[float], fills: dict[tuple[int, int], str] | None = None,
             header_fill: str = "#1d2a4d") -> Table:
    cells = [[Paragraph(text, SMALL if r else ParagraphStyle("th", parent=SMALL, fontName="Helvetica-Bold",
                                                               textColor=colors.white))
              if isinstance(text, str) else text for text in row] for r, row in enumerate(rows)]
    table = Table(cells, colWidths=widths, repeatRows=1)
    commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a8a8a")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(header_fill)),
                ("VALIGN", (0, 0), (-1, -1), "TOP")]
    commands += [("BACKGROUND", (c, r), (c, r), colors.HexColor(f)) for (r, c), f in (fills or {}).items()]
    table.setStyle(TableStyle(commands))
    return table


def bullets(items: list[str], numbered: bool = False) -> ListFlowable:
    return ListFlowable([ListItem(Paragraph(t, BODY), leftIndent=14) for t in items],
                        bulletType="1" if numbered else "bullet", start=None if numbered else "\u2022",
                        leftIndent=14, bulletFontSize=9)

# ---------------------------------------------------------------- A. Humberside: PEEL 2023-25 report (reportlab)

def humberside() -> tuple[bytes, dict]:
    force = "Humberside Police"
    as_of = "2025-07"
    title = "PEEL 2023–25: Police effectiveness, efficiency and legitimacy – An inspection of Humberside Police"
    table = [("Police powers and public treatment", "Good"), ("Preventing crime", "Good"),
             ("Responding to the public", "Requires improvement"), ("Investigating crime", "Adequate"),
             ("Protecting vulnerable people", "Adequate"), ("Managing offenders and suspects", "Good"),
             ("Developing a positive workplace", "Adequate"), ("Leadership and force management", "Good")]
    canonical = {"Managing offenders and suspects": "Managing offenders"}
    grade_rows = [["Area of policing", "Grade"]] + [[a, g] for a, g in table]
    fills = {(r, 1): GRADE_FILL[g] for r, (_, g) in enumerate(table, start=1)}
    cause_text = ("The force doesn’t answer emergency and non-emergency calls quickly enough, and it doesn’t "
                  "always assess the risk to callers when they first make contact.")
    cause_detail = ("In the year to March 2025, the force answered 79.4 percent of emergency calls within ten "
                    "seconds, against a national standard of 90 percent. Non-emergency callers waited on average "
                    "more than eleven minutes, and many abandoned their calls.")
    lead = "Within six months, Humberside Police should:"
    rec_texts = ["make sure it has enough trained call handlers on duty to meet predicted demand at peak times;",
                 "use a structured risk assessment for every call and record it on the incident log; and",
                 "monitor abandoned non-emergency calls and call back those whose callers may be vulnerable."]
    afi_pi = "The force should make sure that suspects are updated on the progress of investigations."
    afi_pi_detail = ("We found that in 14 of the 60 cases we reviewed, there was no record that the suspect had been "
                     "told of a decision to extend bail or to release them under investigation.")
    afi_pvp = "The force should improve how it shares information with partners about children at risk."
    afi_pvp_detail = ("Referrals to children’s social care were not always made on the day the risk was "
                      "identified, and some lacked the detail partners need to act.")
    afi_wp = "The force should better understand the wellbeing needs of officers working in public protection."
    afi_wp_detail = None
    story = [
        Paragraph("His Majesty’s Inspectorate of Constabulary and Fire &amp; Rescue Services", SMALL),
        Spacer(1, 30 * mm),
        Paragraph(title, TITLE),
        Paragraph("Published: 15 July 2025", BODY),
        Spacer(1, 8 * mm),
        Paragraph("Contents", H3),
        Paragraph("Overall summary . . . 1<br/>Our judgments . . . 1<br/>Responding to the public . . . 2<br/>"
                  "Investigating crime . . . 2<br/>Protecting vulnerable people . . . 3<br/>"
                  "Developing a positive workplace . . . 3", BODY),
        Paragraph("Overall summary", H1),
        Paragraph("Our judgments", H2),
        Paragraph("Our inspection assessed how good Humberside Police is in nine areas of policing. We make graded "
                  "judgments in eight of these nine as follows:", BODY),
        rl_table(grade_rows, [100 * mm, 50 * mm], fills),
        Spacer(1, 4 * mm),
        Paragraph("We also inspected how effective the service the force gives to victims is. We don’t grade this "
                  "area.", BODY),
        PageBreak(),
        Paragraph("His Majesty’s Inspector’s observations", H2),
        Paragraph("I am pleased with some aspects of the force’s performance, but it needs to improve how it "
                  "answers calls from the public. In our 2021/22 inspection we graded the force as good at "
                  "responding to the public; its performance has since declined. The force aims to be graded good "
                  "in every area at its next inspection.", BODY),
        Paragraph("Responding to the public", H1),
        Paragraph("<b>Requires improvement</b>", BODY),
        Paragraph("Cause of concern", H2),
        Paragraph(cause_text, BODY),
        Paragraph(cause_detail, BODY),
        Paragraph("Recommendations", H3),
        Paragraph(lead, BODY),
        bullets(rec_texts),
        Paragraph("Investigating crime", H1),
        Paragraph("<b>Adequate</b>", BODY),
        Paragraph("Area for improvement", H2),
        Paragraph(afi_pi, BODY),
        Paragraph(afi_pi_detail, BODY),
        PageBreak(),
        Paragraph("Protecting vulnerable people", H1),
        Paragraph("<b>Adequate</b>", BODY),
        Paragraph("Area for improvement", H2),
        Paragraph(afi_pvp, BODY),
        Paragraph(afi_pvp_detail, BODY),
        Paragraph("Developing a positive workplace", H1),
        Paragraph("<b>Adequate</b>", BODY),
        Paragraph("Area for improvement", H2),
        Paragraph(afi_wp, BODY),
        Paragraph("About the data", H2),
        Paragraph("Data in this report is from a range of sources, including the Home Office and the force. "
                  "Figures are correct as at 31 March 2025.", BODY),
    ]
    data = rl_pdf(story, title, "HMICFRS", footer="PEEL 2023–25 – Humberside Police")
    gold = records(
        document(force, title, "pdf"),
        [grade(force, canonical.get(a, a), a, g, as_of) for a, g in table],
        [afi(force, "Investigating crime", afi_pi, afi_pi_detail),
         afi(force, "Protecting vulnerable people", afi_pvp, afi_pvp_detail),
         afi(force, "Developing a positive workplace", afi_wp, afi_wp_detail)],
        [cause(force, "Responding to the public", cause_text, cause_detail)],
        recs(force, cause_text, "Within six months", lead, rec_texts))
    return data, gold

# ---------------------------------------------------------------- B. Gwent: PCC's section 55 response (Word)

def gwent() -> tuple[bytes, dict]:
    force = "Gwent Police"
    as_of = "2025-08"
    title = "Response of the Police and Crime Commissioner for Gwent to the HMICFRS PEEL 2023–25 inspection of Gwent Police"
    document_ = new_docx(header="Swyddfa Comisiynydd yr Heddlu a Throseddu Gwent | Office of the Police and Crime "
                                "Commissioner for Gwent", footer="OFFICIAL")
    document_.add_paragraph(title, style="Title")
    document_.add_heading("Introduction", level=1)
    document_.add_paragraph("Section 55 of the Police Act 1996 requires me to publish my comments on any HMICFRS "
                            "report about Gwent Police within 56 days. HMICFRS published its PEEL 2023–25 report on "
                            "the force on 21 August 2025. This is my response, with the Chief Constable’s comments.")
    document_.add_heading("The inspectorate’s grades", level=1)
    table = [("Police powers and public treatment", "Adequate"), ("Preventing crime", "Good"),
             ("Responding to the public", "Good"), ("Investigating crime", "Requires improvement"),
             ("Protecting vulnerable people", "Adequate"), ("Managing offenders and suspects", "Adequate"),
             ("Developing a positive workplace", "Good"), ("Leadership and force management", "Adequate")]
    rows = [["Area", "Grade"]] + [[a, g] for a, g in table]
    word_table(document_, rows, fills={(r, 1): GRADE_FILL[g] for r, (_, g) in enumerate(table, start=1)})
    document_.add_paragraph("")
    document_.add_paragraph("I am encouraged that the force was graded good in three areas. Neighbouring Dyfed-Powys "
                            "Police was graded good in the same number. I want the force to be good or better in "
                            "every area by the time of the next inspection.")
    document_.add_heading("Areas for improvement", level=1)
    document_.add_paragraph("The inspectorate identified five areas for improvement. The force’s progress against "
                            "each is set out below and will be reviewed at my Strategic Scrutiny Board.")
    afis = [("Police powers and public treatment",
             "The force should make sure that its officers record the grounds for stop and search correctly."),
            ("Investigating crime",
             "The force should make sure investigations are allocated to staff with the right skills and experience."),
            ("Investigating crime",
             "The force should make sure that victims’ needs assessments are completed and their decisions recorded."),
            ("Protecting vulnerable people",
             "The force should improve its use of Domestic Violence Protection Orders."),
            ("Leadership and force management",
             "The force should better understand the demand it faces in its control room and plan for it.")]
    updates = ["New scrutiny panel in place; dip sampling monthly.", "Investigation allocation policy revised.",
               "Compliance at 84 percent in July.", "Dedicated DVPO officer appointed.",
               "Demand analysis commissioned; due December."]
    rows = [["Area", "Area for improvement", "Force update"]] + [[a, t, u] for (a, t), u in zip(afis, updates)]
    word_table(document_, rows)
    document_.add_heading("Conclusion", level=1)
    document_.add_paragraph("I will continue to hold the Chief Constable to account for the force’s progress.")
    document_.add_paragraph("Police and Crime Commissioner for Gwent")
    data = docx_bytes(document_)
    canonical = {"Managing offenders and suspects": "Managing offenders"}
    gold = records(document(force, title, "docx"),
                   [grade(force, canonical.get(a, a), a, g, as_of) for a, g in table],
                   [afi(force, a, t) for a, t in afis])
    return data, gold

# ---------------------------------------------------------------- C. Staffordshire: child protection inspection (Word saved as PDF)

def staffordshire() -> tuple[bytes, dict]:
    force = "Staffordshire Police"
    as_of = "2025-12"
    title = "National child protection inspection: Staffordshire Police"
    document_ = new_docx(footer="National child protection inspection – Staffordshire Police")
    intro = document_.add_paragraph("His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services")
    intro.runs[0].italic = True
    document_.add_paragraph(title, style="Title")
    document_.add_paragraph("Published 4 December 2025")
    document_.add_heading("Introduction", level=1)
    document_.add_paragraph("We carried out this inspection as part of our programme of national child protection "
                            "inspections. We assessed how well the force protects children at risk of harm, and "
                            "how well it works with its safeguarding partners.")
    document_.add_heading("Summary of our judgments", level=1)
    document_.add_paragraph("We graded the force’s performance in each area we inspected as follows.")
    table = [("Leadership and management", "Child protection leadership", "Requires improvement"),
             ("Working with safeguarding partners", "Working with safeguarding partners", "Good"),
             ("Responding to children at risk of harm", "Responding to children at risk of harm", "Adequate"),
             ("Assessing risk to children and making appropriate referrals",
              "Assessing risk to children and making appropriate referrals", "Adequate"),
             ("Investigating reports of abuse, neglect and exploitation of children",
              "Investigating reports of abuse, neglect and exploitation of children", "Requires improvement"),
             ("Managing those who pose a risk to children", "Managing those who pose a risk to children", "Good"),
             ("Police detention of children", "Police detention of children", "Inadequate")]
    rows = [["Inspection area", "Judgment"]] + [[raw, g] for raw, _, g in table]
    word_table(document_, rows, header_fill="#4B2C5E",
               fills={(r, 1): GRADE_FILL[g] for r, (_, _, g) in enumerate(table, start=1)})
    document_.add_paragraph("")
    document_.add_paragraph("The force was last inspected on child protection in 2019, when we found that it "
                            "needed to improve in most of the areas we looked at.")
    document_.add_heading("Cause of concern", level=1)
    cause_text = ("Children who are detained in police custody are kept there for too long, and the force doesn’t "
                  "do enough to find them alternative accommodation.")
    cause_detail = ("In the 12 months before our inspection, 61 children were held overnight after being charged. "
                    "The force requested alternative accommodation for only 9 of them.")
    document_.add_paragraph(cause_text)
    document_.add_paragraph(cause_detail)
    document_.add_heading("Recommendations", level=2)
    lead = "Within three months, Staffordshire Police should:"
    rec_texts = ["review the cases of all children held overnight after charge and identify the reasons they "
                 "weren’t transferred;",
                 "agree with the local authorities a protocol for requesting accommodation out of hours; and",
                 "make sure custody officers record every request for alternative accommodation and its outcome."]
    document_.add_paragraph(lead)
    for text in rec_texts:
        document_.add_paragraph(text, style="List Bullet")
    afis = [("Leadership and management", "Child protection leadership",
             "The force should make sure its leaders have a clear picture of the demand from child protection "
             "work and of how well officers respond to it."),
            ("Investigating reports of abuse, neglect and exploitation of children",
             "Investigating reports of abuse, neglect and exploitation of children",
             "The force should make sure that investigations involving children are supervised and reviewed "
             "regularly."),
            ("Investigating reports of abuse, neglect and exploitation of children",
             "Investigating reports of abuse, neglect and exploitation of children",
             "The force should improve the timeliness of its investigations into online child sexual abuse."),
            ("Responding to children at risk of harm", "Responding to children at risk of harm",
             "The force should make sure officers speak to children and record their views when they attend "
             "domestic abuse incidents.")]
    for heading in ["Leadership and management", "Responding to children at risk of harm",
                    "Investigating reports of abuse, neglect and exploitation of children"]:
        document_.add_heading(heading, level=1)
        value = next(g for raw, _, g in table if raw == heading)
        paragraph = document_.add_paragraph()
        paragraph.add_run(value).bold = True
        document_.add_paragraph("We looked at cases and spoke with officers, staff and partners about this area of "
                                "the force’s work.")
        for raw, _, text in afis:
            if raw == heading:
                document_.add_heading("Area for improvement", level=2)
                document_.add_paragraph(text)
    data = docx_to_pdf(docx_bytes(document_))
    gold = records(document(force, title, "pdf"),
                   [grade(force, area, raw, g, as_of, CP, find=f"{raw} {g}") for raw, area, g in table],
                   [afi(force, area, text) for _, area, text in afis],
                   [cause(force, None, cause_text, cause_detail)],
                   recs(force, cause_text, "Within three months", lead, rec_texts))
    return data, gold

# ---------------------------------------------------------------- D. Cheshire: panel report, this grade beside last (Word saved as PDF)

def cheshire() -> tuple[bytes, dict]:
    force = "Cheshire Constabulary"
    title = "HMICFRS PEEL inspection 2025: outcome and the force’s progress since 2022"
    document_ = new_docx(header="Cheshire Police and Crime Panel", footer="Agenda item 7")
    cover = word_table(document_, [["Meeting", "Cheshire Police and Crime Panel"],
                                   ["Date", "26 September 2025"],
                                   ["Report of", "Police and Crime Commissioner for Cheshire"],
                                   ["Agenda item", "7"]], header_fill="#DDE4EE")
    for r in range(4):
        cover.cell(r, 0).paragraphs[0].runs[0].font.color.rgb = RGBColor(0, 0, 0)
    cover.cell(0, 1).paragraphs[0].runs[0].font.color.rgb = RGBColor(0, 0, 0)
    document_.add_paragraph(title, style="Title")
    document_.add_heading("1. Purpose of the report", level=1)
    document_.add_paragraph("1.1 To inform the panel of the grades the inspectorate gave Cheshire Constabulary in "
                            "its PEEL 2023–25 report and how they compare with the force’s 2021/22 grades.")
    document_.add_heading("2. Recommendation", level=1)
    document_.add_paragraph("2.1 That the panel notes the report.")
    document_.add_heading("3. Background", level=1)
    document_.add_paragraph("3.1 HMICFRS published its PEEL 2023–25 report on the force on 19 June 2025. The "
                            "previous PEEL report, under the 2021/22 framework, was published in March 2022.")
    document_.add_paragraph("3.2 The table below sets the 2025 grades beside those of 2022.")
    table = [("Police powers and public treatment", "Good", "Good", "No change"),
             ("Preventing crime", "Outstanding", "Good", "Improved"),
             ("Responding to the public", "Adequate", "Requires improvement", "Improved"),
             ("Investigating crime", "Good", "Adequate", "Improved"),
             ("Protecting vulnerable people", "Adequate", "Adequate", "No change"),
             ("Managing offenders and suspects", "Good", "Good", "No change"),
             ("Developing a positive workplace", "Requires improvement", "Adequate", "Declined"),
             ("Leadership and force management", "Good", "Not graded", "New area")]
    rows = [["Area", "2025 grade", "2022 grade", "Change"]] + [list(row) for row in table]
    fills = {}
    for r, (_, now, before, _) in enumerate(table, start=1):
        fills[(r, 1)] = GRADE_FILL[now]
        if before in GRADE_FILL:
            fills[(r, 2)] = GRADE_FILL[before]
    word_table(document_, rows, fills=fills)
    document_.add_paragraph("")
    document_.add_paragraph("3.3 The force was graded good or outstanding in five areas. Merseyside Police, in "
                            "its report of the same month, was graded good at investigating crime.")
    document_.add_heading("4. Areas for improvement", level=1)
    document_.add_paragraph("4.1 The report gives the force seven areas for improvement. The Commissioner will "
                            "scrutinise progress on them at the quarterly accountability meetings; a full update "
                            "will come to the panel in January.")
    document_.add_heading("5. Financial implications", level=1)
    document_.add_paragraph("5.1 There are no financial implications arising from this report.")
    data = docx_to_pdf(docx_bytes(document_))
    canonical = {"Managing offenders and suspects": "Managing offenders"}
    grades = [grade(force, canonical.get(a, a), a, now, "2025-06") for a, now, _, _ in table]
    grades += [grade(force, canonical.get(a, a), a, before, "2022-03", "PEEL 2021/22")
               for a, _, before, _ in table if before in GRADE_FILL]
    gold = records(document(force, title, "pdf", meeting_date="2025-09-26"), grades)
    return data, gold

# ---------------------------------------------------------------- E. Derbyshire: OPCC grid of its most similar forces (reportlab, landscape)

AREAS_8 = ["Police powers and public treatment", "Preventing crime", "Responding to the public",
           "Investigating crime", "Protecting vulnerable people", "Managing offenders and suspects",
           "Developing a positive workplace", "Leadership and force management"]
CANONICAL = {"Managing offenders and suspects": "Managing offenders"}
ABBREVIATION = {"O": "Outstanding", "G": "Good", "A": "Adequate", "RI": "Requires improvement",
                "I": "Inadequate"}
MONTHS = {"Jan": "01", "Feb": "02", "Mar": "03", "Apr": "04", "May": "05", "Jun": "06", "Jul": "07",
          "Aug": "08", "Sep": "09", "Oct": "10", "Nov": "11", "Dec": "12"}


def derbyshire() -> tuple[bytes, dict]:
    title = "Derbyshire and its most similar forces: PEEL 2023–25 grades compared"
    grid = [("Derbyshire Constabulary", "Sep 2025", "G A A RI A G G A"),
            ("Cheshire Constabulary", "Jun 2025", "G O A G A G RI G"),
            ("Nottinghamshire Police", "Jan 2025", "A G RI A RI A G RI"),
            ("Leicestershire Police", "Nov 2024", "G G G A A G A G"),
            ("Northamptonshire Police", "Feb 2025", "A G G A RI G A G"),
            ("Lincolnshire Police", "Not yet published", "– – – – – – – –")]
    afis = [("Investigating crime", "The force should make sure that investigations are allocated promptly and "
                                    "to officers with the right skills.", "New allocation policy from November"),
            ("Investigating crime", "The force should improve how it keeps victims informed about the progress of "
                                    "their cases.", "Victim contact audit under way"),
            ("Responding to the public", "The force should make sure that it assesses the risk to callers using a "
                                         "structured approach.", "THRIVE training 78 percent complete")]
    header = ["Force", "Report published"] + AREAS_8 + ["Good or better (of 8)"]
    rows = [header]
    fills: dict[tuple[int, int], str] = {}
    for r, (force, published, cells) in enumerate(grid, start=1):
        values = cells.split()
        better = sum(v in ("O", "G") for v in values)
        rows.append([force, published] + values + ["–" if values[0] == "–" else str(better)])
        for c, value in enumerate(values, start=2):
            if value in ABBREVIATION:
                fills[(r, c)] = GRADE_FILL[ABBREVIATION[value]]
    story = [
        Paragraph("Office of the Police and Crime Commissioner for Derbyshire", SMALL),
        Paragraph("Strategic Priorities Assurance Board – 14 October 2025 – Item 5", SMALL),
        Paragraph(title, H1),
        Paragraph("1. This paper compares the force’s PEEL 2023–25 grades with those of the forces in its most "
                  "similar group (MSG), as published by HMICFRS. One force in the group has not yet received its "
                  "report.", BODY),
        rl_table(rows, [32 * mm, 20 * mm] + [24 * mm] * 8 + [13 * mm], fills),
        Spacer(1, 3 * mm),
        Paragraph("Key: O = Outstanding; G = Good; A = Adequate; RI = Requires improvement; I = Inadequate.", SMALL),
        Spacer(1, 4 * mm),
        Paragraph("2. The force is graded good or better in three of the eight areas, against an MSG average of "
                  "four. Investigating crime remains the force’s only area graded requires improvement; the "
                  "Commissioner’s target is for no area to be below adequate by the next inspection.", BODY),
        Paragraph("3. In its 2021/22 inspection the force was graded adequate at investigating crime, so this "
                  "area has declined.", BODY),
        Paragraph("4. The Board is asked to note the comparison.", BODY),
        PageBreak(),
        Paragraph("Appendix: Derbyshire’s areas for improvement and progress", H2),
        Paragraph("The force’s own report gave seven areas for improvement; the three the Board asked to follow "
                  "are below.", BODY),
        rl_table([["Area", "Area for improvement", "Progress reported by the force"]]
                 + [[area, text, progress] for area, text, progress in afis], [60 * mm, 120 * mm, 70 * mm]),
    ]
    data = rl_pdf(story, title, "OPCC Derbyshire", pagesize=landscape(A4), footer="OFFICIAL")
    grades = []
    for force, published, cells in grid:
        month = published.split()
        as_of = f"{month[1]}-{MONTHS[month[0]]}" if month[0] in MONTHS else None
        for area, value in zip(AREAS_8, cells.split()):
            if value in ABBREVIATION:
                grades.append(grade(force, CANONICAL.get(area, area), area, ABBREVIATION[value], as_of,
                                    find=force))
    gold = records(document("Derbyshire Constabulary", title, "pdf", meeting_date="2025-10-14"), grades,
                   [afi("Derbyshire Constabulary", area, text) for area, text, _ in afis])
    return data, gold

# ---------------------------------------------------------------- F. Warwickshire: force improvement plan by area (Word)

def warwickshire() -> tuple[bytes, dict]:
    force = "Warwickshire Police"
    as_of = "2025-10"
    title = "PEEL 2023–25 improvement plan: progress at December 2025"
    document_ = new_docx(header="Warwickshire Police – OFFICIAL", footer="PEEL improvement plan v1.4")
    document_.add_paragraph(title, style="Title")
    document_.add_paragraph("Owner: Deputy Chief Constable. Reviewed monthly at the Force Improvement Board.")
    document_.add_heading("Background", level=1)
    document_.add_paragraph("HMICFRS published its PEEL 2023–25 report on Warwickshire Police on 2 October 2025. "
                            "This plan sets out, area by area, the inspectorate’s judgement and the force’s actions "
                            "against each area for improvement and the recommendations. RAG status: G on track, "
                            "A at risk, R off track, B complete.")
    plan = [
        ("Police powers and public treatment", "Good", []),
        ("Preventing crime", "Adequate",
         [("The force should make sure its neighbourhood teams use problem-solving to tackle local priorities.",
           "Problem-solving training for all neighbourhood sergeants", "Supt Local Policing", "Mar 2026", "G")]),
        ("Responding to the public", "Inadequate", []),
        ("Investigating crime", "Requires improvement",
         [("The force should make sure that investigation plans are set and reviewed by supervisors.",
           "Supervisory review template in the crime system", "Head of Crime", "Jan 2026", "A"),
          ("The force should make sure that it seeks and records victims’ wishes when it closes an "
           "investigation.", "Victim closure letter and audit", "Head of Crime", "Feb 2026", "G")]),
        ("Protecting vulnerable people", "Adequate",
         [("The force should improve the quality of its risk assessments for missing children.",
           "Missing persons coordinator reviewing all high-risk cases", "Head of Public Protection", "Dec 2025",
           "B")]),
        ("Managing offenders and suspects", "Good", []),
        ("Developing a positive workplace", "Good", []),
        ("Leadership and force management", "Adequate",
         [("The force should make sure it understands the skills of its workforce so that it can plan for "
           "future demand.", "Skills audit through the HR system", "Head of People", "Apr 2026", "A")]),
    ]
    cause_text = ("The force isn’t answering emergency calls quickly enough, and too many callers to the "
                  "non-emergency number abandon their calls before they are answered.")
    lead = "By 31 January 2026, Warwickshire Police should:"
    rec_texts = ["carry out a review of its contact centre staffing and shift patterns against demand;",
                 "make sure that abandoned calls are reviewed and vulnerable callers are called back; and",
                 "report its call answering performance monthly to its chief officer team."]
    for area, judgement, items in plan:
        document_.add_heading(area, level=2)
        paragraph = document_.add_paragraph()
        paragraph.add_run("HMICFRS judgement: ").bold = True
        paragraph.add_run(judgement)
        if area == "Responding to the public":
            document_.add_heading("Cause of concern", level=3)
            document_.add_paragraph(cause_text)
            document_.add_paragraph(lead)
            rows = [["Ref", "Recommendation", "Action", "Lead", "RAG"]]
            rows += [[f"R{i}", text, action, "Head of Contact", rag] for i, (text, action, rag) in enumerate(
                zip(rec_texts, ["Demand review commissioned", "Call-back team in place",
                                "Added to monthly performance pack"], ["A", "G", "B"]), start=1)]
            word_table(document_, rows, header_fill="#00395D")
        elif items:
            rows = [["Ref", "Area for improvement", "Action", "Lead", "Due", "RAG"]]
            rows += [[f"AFI{plan.index((area, judgement, items)) + 1}.{i}", *item]
                     for i, item in enumerate(items, start=1)]
            word_table(document_, rows, header_fill="#00395D")
        else:
            document_.add_paragraph("No areas for improvement were identified in this area.")
    document_.add_heading("Next review", level=1)
    document_.add_paragraph("The plan will next be reviewed by the Force Improvement Board in January 2026. The "
                            "force’s aim remains to be graded good in every area.")
    data = docx_bytes(document_)
    gold = records(document(force, title, "docx"),
                   [grade(force, CANONICAL.get(a, a), a, g, as_of) for a, g, _ in plan],
                   [afi(force, CANONICAL.get(a, a), item[0]) for a, _, items in plan for item in items],
                   [cause(force, "Responding to the public", cause_text)],
                   recs(force, cause_text, "By 31 January 2026", lead, rec_texts))
    return data, gold

# ---------------------------------------------------------------- G. Northamptonshire: PFCC annual report, areas listed under grade columns (Word saved as PDF)

def northamptonshire() -> tuple[bytes, dict]:
    force = "Northamptonshire Police"
    as_of = "2025-02"
    title = "Annual Report 2024/25"
    document_ = new_docx(header="Police, Fire and Crime Commissioner for Northamptonshire",
                         footer="Annual Report 2024/25")
    for side in ("left_margin", "right_margin"):  # 2 cm margins, so the grade names fit their columns
        setattr(document_.sections[0], side, Pt(57))
    kicker = document_.add_paragraph("Police, Fire and Crime Commissioner for Northamptonshire")
    kicker.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document_.add_paragraph(title, style="Title")
    document_.add_heading("Foreword", level=1)
    document_.add_paragraph("This report sets out what has been achieved in the second year of my Police, Fire and "
                            "Crime Plan. Recorded crime fell by 4 percent and 999 calls were answered within ten "
                            "seconds 91 percent of the time.")
    document_.add_heading("Holding the Chief Constable to account", level=1)
    document_.add_paragraph("HMICFRS published its PEEL 2023–25 report on Northamptonshire Police on 20 February "
                            "2025. The grades it gave the force are shown below.")
    columns = ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]
    listed = {"Outstanding": [],
              "Good": ["Preventing crime", "Responding to the public", "Managing offenders and suspects",
                       "Leadership and force management"],
              "Adequate": ["Police powers and public treatment", "Investigating crime",
                           "Developing a positive workplace"],
              "Requires improvement": ["Protecting vulnerable people"],
              "Inadequate": []}
    table = document_.add_table(rows=2, cols=5)
    table.style = "Table Grid"
    for c, column in enumerate(columns):
        set_cell(table.cell(0, c), column, bold=True, fill=GRADE_FILL[column], white=column != "Adequate")
        areas = listed[column]
        set_cell(table.cell(1, c), areas[0] if areas else "–")
        if areas:
            table.cell(1, c).paragraphs[0].style = document_.styles["List Bullet"]
        for area in areas[1:]:
            table.cell(1, c).add_paragraph(area, style="List Bullet")
        for paragraph in table.cell(1, c).paragraphs:  # smaller type and indent, so names fit the narrow columns
            paragraph.paragraph_format.left_indent = Pt(10)
            paragraph.paragraph_format.first_line_indent = Pt(-8)
            for run in paragraph.runs:
                run.font.size = Pt(9)
    document_.add_paragraph("")
    document_.add_paragraph("The inspectorate set out eleven areas for improvement. I have asked the Chief Constable "
                            "to give priority to two of them:")
    afi_texts = ["The force should make sure that safeguarding referrals are made promptly when officers identify "
                 "a child at risk.",
                 "The force should make sure that officers record the grounds for stop and search correctly."]
    for text in afi_texts:
        document_.add_paragraph(text, style="List Bullet")
    document_.add_paragraph("Northamptonshire Fire and Rescue Service was inspected in the same year and was judged "
                            "good at understanding the risk of fire and other emergencies. My ambition is for the "
                            "police to be graded good or better in every area at the next inspection.")
    document_.add_heading("Finance", level=1)
    document_.add_paragraph("The policing budget for 2024/25 was £182.6 million, of which £2.1 million was "
                            "invested in the force control room.")
    data = docx_to_pdf(docx_bytes(document_))
    gold = records(document(force, title, "pdf"),
                   [grade(force, CANONICAL.get(a, a), a, column, as_of)
                    for column in columns for a in listed[column]],
                   [afi(force, None, text) for text in afi_texts])
    return data, gold

# ---------------------------------------------------------------- H. Hertfordshire: HMI letter with annexes (reportlab)

def hertfordshire() -> tuple[bytes, dict]:
    force = "Hertfordshire Constabulary"
    as_of = "2025-11"
    title = "PEEL 2023–25: inspection of Hertfordshire Constabulary"
    grades_ = [("Police powers and public treatment", "Good"), ("Preventing crime", "Outstanding"),
               ("Responding to the public", "Good"), ("Investigating crime", "Adequate"),
               ("Protecting vulnerable people", "Good"), ("Managing offenders and suspects", "Adequate"),
               ("Developing a positive workplace", "Good"), ("Leadership and force management", "Good")]
    afis = [("Investigating crime", "The force should make sure that evidence-led prosecutions are pursued when "
                                    "victims of domestic abuse withdraw their support."),
            ("Investigating crime", "The force should reduce the number of investigations closed with outcome 16 "
                                    "without a supervisor’s review."),
            ("Managing offenders and suspects", "The force should make sure it reviews the risk posed by registered "
                                                "sex offenders within the required timescales.")]
    leader = ParagraphStyle("leader", parent=BODY, spaceAfter=2)
    story = [
        Paragraph("<b>His Majesty’s Inspectorate of Constabulary and Fire &amp; Rescue Services</b>", BODY),
        Paragraph("Gwen Farraday, His Majesty’s Inspector of Constabulary<br/>5th Floor, Globe House, "
                  "89 Eccleston Square, London SW1V 1PN", SMALL),
        Spacer(1, 8 * mm),
        Paragraph("Chief Constable<br/>Hertfordshire Constabulary<br/>Stanborough Road<br/>Welwyn Garden City", BODY),
        Paragraph("13 November 2025", BODY),
        Paragraph("Dear Chief Constable,", BODY),
        Paragraph(title, H2),
        Paragraph("We published our PEEL 2023–25 report on Hertfordshire Constabulary on 11 November 2025. I am "
                  "writing to thank you and your officers and staff for their help during the inspection, and to "
                  "summarise its outcome.", BODY),
        Paragraph("The force’s performance is strong. It is outstanding at preventing crime, and I was impressed by "
                  "its neighbourhood teams’ work with partners. In 2022 we graded the force as good at preventing "
                  "crime. The grades we have given the force are in annex A; the areas for improvement are in annex "
                  "B. I will write to the Police and Crime Commissioner separately.", BODY),
        Paragraph("Yours sincerely,", BODY),
        Paragraph("Gwen Farraday<br/>His Majesty’s Inspector of Constabulary", BODY),
        PageBreak(),
        Paragraph("Annex A: grades", H2),
    ]
    for area, value in grades_:
        story.append(Paragraph(f"{area} {'. ' * (58 - len(area))}<b>{value}</b>", leader))
    story += [
        Spacer(1, 4 * mm),
        Paragraph("We also assessed the service the force gives to victims of crime; we do not grade it.", BODY),
        Paragraph("Annex B: areas for improvement", H2),
    ]
    for number, (area, text) in enumerate(afis, start=1):
        story.append(Paragraph(f"<b>AFI {number} ({area}):</b> {text}", BODY))
    data = rl_pdf(story, title, "HMICFRS", footer="OFFICIAL")
    gold = records(document(force, title, "pdf"),
                   [grade(force, CANONICAL.get(a, a), a, g, as_of, find=f"{a} {g}") for a, g in grades_],
                   [afi(force, CANONICAL.get(a, a), text) for a, text in afis])
    return data, gold

# ---------------------------------------------------------------- I. South Yorkshire: PEEL 2021/22 report (reportlab)

def south_yorkshire() -> tuple[bytes, dict]:
    force = "South Yorkshire Police"
    as_of = "2022-04"
    framework = "PEEL 2021/22"
    title = "PEEL 2021/22: An inspection of South Yorkshire Police"
    table = [("Engaging with and treating the public with fairness and respect", "Police powers and public treatment",
              "Good"),
             ("Preventing crime and anti-social behaviour", "Preventing crime", "Adequate"),
             ("Responding to the public", "Responding to the public", "Requires improvement"),
             ("Investigating crime", "Investigating crime", "Adequate"),
             ("Protecting vulnerable people", "Protecting vulnerable people", "Good"),
             ("Managing offenders and suspects", "Managing offenders", "Adequate"),
             ("Building, supporting and protecting the workforce", "Developing a positive workplace", "Good"),
             ("Strategic planning, organisational management and value for money", "Good use of resources",
              "Adequate"),
             ("Recording data about crime", "Recording data about crime", "Good")]
    rows = [["Area", "Grade"]] + [[raw, g] for raw, _, g in table]
    fills = {(r, 1): GRADE_FILL[g] for r, (_, _, g) in enumerate(table, start=1)}
    afis = [("Responding to the public", "Responding to the public",
             "The force needs to make sure it answers non-emergency calls within a reasonable time.",
             "During our inspection, the average time to answer a non-emergency call was more than six minutes, "
             "and one in five callers abandoned the call."),
            ("Responding to the public", "Responding to the public",
             "The force should make sure repeat and vulnerable callers are identified when they first call.",
             None),
            ("Investigating crime", "Investigating crime",
             "The force should make sure it records a rationale when it closes an investigation.",
             "In a third of the closed cases we reviewed, there was no record of why the case had been closed.")]
    story = [
        Paragraph("His Majesty’s Inspectorate of Constabulary and Fire &amp; Rescue Services", SMALL),
        Spacer(1, 25 * mm),
        Paragraph(title, TITLE),
        Paragraph("Published: 28 April 2022", BODY),
        Paragraph("Important changes to PEEL", H2),
        Paragraph("In 2014, we introduced our police effectiveness, efficiency and legitimacy (PEEL) inspections. In "
                  "2021/22 we have moved to a more intelligence-led, continual assessment approach, and we have "
                  "changed our graded judgments. We now use five grades: outstanding, good, adequate, requires "
                  "improvement and inadequate. This means the grades in this report are not directly comparable "
                  "with those of our 2018/19 inspection, in which the force was graded good for effectiveness.",
                  BODY),
        Paragraph("Overall summary", H1),
        Paragraph("Our judgments", H2),
        Paragraph("Our inspection assessed how good South Yorkshire Police is in ten areas of policing. We make "
                  "graded judgments in nine of these ten as follows:", BODY),
        rl_table(rows, [115 * mm, 45 * mm], fills),
        Spacer(1, 3 * mm),
        Paragraph("We inspected how well the force tackles serious and organised crime separately, as part of a "
                  "regional inspection; we don’t give a grade for it here.", BODY),
        PageBreak(),
        Paragraph("HM Inspector’s observations", H2),
        Paragraph("I am satisfied with most aspects of the force’s performance, but it needs to improve how quickly "
                  "it answers calls. Neighbouring West Yorkshire Police was graded good at responding to the "
                  "public.", BODY),
        Paragraph("Responding to the public", H1),
        Paragraph("<b>Requires improvement</b>", BODY),
        Paragraph("Areas for improvement", H2),
        Paragraph(afis[0][2], H3),
        Paragraph(afis[0][3], BODY),
        Paragraph(afis[1][2], H3),
        Paragraph("Investigating crime", H1),
        Paragraph("<b>Adequate</b>", BODY),
        Paragraph("Area for improvement", H2),
        Paragraph(afis[2][2], H3),
        Paragraph(afis[2][3], BODY),
        Paragraph("Protecting vulnerable people", H1),
        Paragraph("<b>Good</b>", BODY),
        Paragraph("South Yorkshire Police is good at protecting vulnerable people. We found no areas for "
                  "improvement.", BODY),
    ]
    data = rl_pdf(story, title, "HMICFRS", footer="PEEL 2021/22 – South Yorkshire Police")
    gold = records(document(force, title, "pdf"),
                   [grade(force, area, raw, g, as_of, framework, find=f"{raw} {g}") for raw, area, g in table],
                   [afi(force, area, text, detail) for _, area, text, detail in afis])
    return data, gold

# ---------------------------------------------------------------- main

DOCUMENTS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "humberside-peel-2023-25-report-r37c.pdf": humberside,
    "gwent-pcc-s55-peel-response-r37c.docx": gwent,
    "staffordshire-ncpi-report-2025-r37c.pdf": staffordshire,
    "cheshire-pcp-peel-grades-then-and-now-2025-09-26-r37c.pdf": cheshire,
    "derbyshire-opcc-msg-peel-grid-2025-10-14-r37c.pdf": derbyshire,
    "warwickshire-peel-improvement-plan-2025-12-r37c.docx": warwickshire,
    "northamptonshire-pfcc-annual-report-2024-25-r37c.pdf": northamptonshire,
    "hertfordshire-hmi-peel-letter-2025-11-r37c.pdf": hertfordshire,
    "south-yorkshire-peel-2021-22-report-r37c.pdf": south_yorkshire,
}


def main(names: list[str]) -> None:
    for name, build in DOCUMENTS.items():
        if not names or name in names:
            data, gold = build()
            write(name, data, gold)


if __name__ == "__main__":
    main(sys.argv[1:])
