"""Blind round 21 (inspection, issue 3): Word documents as offices make them,
most saved as PDF by LibreOffice.

Each document is built with python-docx in Word's own styles (Title,
Heading 1-3, List Bullet / List Number, Table Grid with shaded header rows,
merged cells, headers and footers with PAGE fields, dotted tab leaders,
landscape sections), then converted with LibreOffice
(`apt-get install libreoffice-writer-nogui`). The PDF's creation date and
document ID are overwritten with fixed values of the same length, so the
xref offsets stay right and two runs give the same bytes.

Gold is written by hand beside the text it describes and lands in
gold/<file>.json (staged in pending/ until the extractors were fixed). Names, figures, grades and wording are invented.

    .venv/bin/python samples/corpus/inspection-round21/generate.py
"""
from __future__ import annotations

import io
import json
import re
import subprocess
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
ZIP_TIME = (2026, 1, 1, 0, 0, 0)
FIXED_WHEN = datetime(2026, 1, 1, 0, 0, 0)
CHECKED = ("Written by hand in samples/corpus/inspection-round21/generate.py next to the text it "
           "describes, blind (no extractor code or test read); PDF pages checked against `scrutiny inspect`.")

GRADE_FILL = {"Outstanding": "1F6E43", "Good": "7DB544", "Adequate": "F2C500",
              "Requires improvement": "F08A24", "Inadequate": "C8102E"}


# ---------------------------------------------------------------- Word helpers

def new_document(*, header: str | None, footer: str, author: str, landscape: bool = False) -> Document:
    document = Document()
    props = document.core_properties
    props.author = author
    props.last_modified_by = author
    props.created = FIXED_WHEN
    props.modified = FIXED_WHEN
    props.revision = 1
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.0))
    section.top_margin = section.bottom_margin = Cm(2.0)
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    if header:
        paragraph = section.header.paragraphs[0]
        paragraph.text = header
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.runs[0].bold = True
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(footer + "   Page ")
    _field(paragraph, "PAGE")
    paragraph.add_run(" of ")
    _field(paragraph, "NUMPAGES")
    return document


def _field(paragraph, code: str) -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = code
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    text = OxmlElement("w:t")
    text.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, instr, separate, text, end):
        run._r.append(element)


def para(document, text: str = "", *, style: str | None = None, bold: bool = False,
         italic: bool = False, size: float | None = None):
    paragraph = document.add_paragraph(style=style)
    _runs(paragraph, text, bold=bold, italic=italic, size=size)
    return paragraph


def _runs(paragraph, text: str, *, bold: bool = False, italic: bool = False, size: float | None = None) -> None:
    """`**x**` marks bold spans inside a paragraph."""
    for index, piece in enumerate(text.split("**")):
        if not piece:
            continue
        run = paragraph.add_run(piece)
        run.bold = bold or index % 2 == 1
        run.italic = italic
        if size:
            run.font.size = Pt(size)


def contents(document, entries: list[tuple[str, int]]) -> None:
    para(document, "Contents", style="Heading 1")
    for title, page in entries:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        paragraph.add_run(f"{title}\t{page}")


def page_break(document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def cell_text(cell, text: str, *, bold: bool = False, italic: bool = False, colour: str | None = None) -> None:
    lines = text.split("\n")
    first = cell.paragraphs[0]
    for index, line in enumerate(lines):
        paragraph = first if index == 0 else cell.add_paragraph()
        _runs(paragraph, line, bold=bold, italic=italic)
        if colour:
            for run in paragraph.runs:
                run.font.color.rgb = RGBColor.from_string(colour)


def repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    properties.append(marker)


def table(document, header: list[str], rows: list[list[str]], *, widths: list[float],
          header_fill: str = "1F3864", header_colour: str = "FFFFFF"):
    grid = document.add_table(rows=1 + len(rows), cols=len(header))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    for column, label in enumerate(header):
        cell = grid.rows[0].cells[column]
        cell_text(cell, label, bold=True, colour=header_colour)
        shade(cell, header_fill)
    repeat_header(grid.rows[0])
    for row_index, row in enumerate(rows, start=1):
        for column, value in enumerate(row):
            cell_text(grid.rows[row_index].cells[column], value)
    for row in grid.rows:
        for column, width in enumerate(widths):
            row.cells[column].width = Cm(width)
    return grid


def boxed(document, lines: list[str], fill: str = "E7EEF7") -> None:
    """A one-cell shaded table: how Word users draw a call-out box."""
    box = document.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.rows[0].cells[0]
    cell_text(cell, "\n".join(lines))
    shade(cell, fill)
    document.add_paragraph()


def stable_docx(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def to_pdf(docx_bytes: bytes) -> bytes:
    """Save as PDF with LibreOffice, then pin the bytes it varies per run."""
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        (folder / "doc.docx").write_bytes(docx_bytes)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{folder}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(folder), str(folder / "doc.docx")],
                       check=True, capture_output=True, timeout=180)
        data = (folder / "doc.pdf").read_bytes()
    data = re.sub(rb"/CreationDate\(D:[^)]*\)",
                  lambda m: b"/CreationDate(D:" + b"20260101000000+00'00'".ljust(len(m.group(0)) - 17, b" ")[: len(m.group(0)) - 17] + b")",
                  data)
    data = re.sub(rb"/ModDate\(D:[^)]*\)",
                  lambda m: b"/ModDate(D:" + b"20260101000000+00'00'".ljust(len(m.group(0)) - 12, b" ")[: len(m.group(0)) - 12] + b")",
                  data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    data = re.sub(rb"<xmp:CreateDate>[^<]*</xmp:CreateDate>",
                  lambda m: b"<xmp:CreateDate>" + b"2026-01-01T00:00:00".ljust(len(m.group(0)) - 33, b"0")[: len(m.group(0)) - 33] + b"</xmp:CreateDate>", data)
    return data


def write(name: str, data: bytes, records: dict) -> None:
    (HERE / name).write_bytes(data)
    GOLD.mkdir(exist_ok=True)
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
    (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def doc_record(name: str, *, force: str, title: str, kind: str, pages: int | None, **extra) -> dict:
    record = {"page": None, "file_type": "pdf" if name.endswith(".pdf") else "docx", "force": force,
              "status": "ok", "title": title, "doc_kind": kind}
    if pages is not None:
        record["pages"] = pages
    record.update(extra)
    return record


def grade(page, force, framework, area, area_raw, value, as_of) -> dict:
    return {"page": page, "force": force, "framework": framework, "area": area, "area_raw": area_raw,
            "grade": value, "as_of": as_of}


def afi(page, force, area, text, detail=None) -> dict:
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def rec(page, force, cause, text, timescale, lead_in=None) -> dict:
    record = {"page": page, "force": force, "cause_of_concern_text": cause, "text": text, "timescale": timescale}
    if lead_in is not None:
        record["lead_in"] = lead_in
    return record


# ---------------------------------------------------------------- 1. PEEL 2023-25, Word report saved as PDF

def staffordshire_peel() -> tuple[str, bytes, dict]:
    force = "Staffordshire Police"
    fw, as_of = "PEEL 2023-25", "2026-03"
    d = new_document(header=None, footer="© HMICFRS 2026", author="HMICFRS")
    title = "PEEL 2023–25: An inspection of Staffordshire Police"
    para(d, title, style="Title")
    para(d, "Police effectiveness, efficiency and legitimacy", style="Subtitle")
    para(d, "Published: 11 March 2026")
    contents(d, [("Overall summary", 2), ("HM Inspector’s observations", 3), ("Responding to the public", 3),
                 ("Leadership and force management", 3), ("Investigating crime", 4), ("About the data", 4)])
    page_break(d)
    para(d, "Overall summary", style="Heading 1")
    para(d, "Our judgments", style="Heading 2")
    para(d, "Our inspection assessed how good Staffordshire Police is in nine areas of policing. "
            "We make graded judgments in eight of these nine areas, as follows:")
    table(d, ["Area", "Grade"], [
        ["Police powers and public treatment", "Good"],
        ["Preventing crime", "Good"],
        ["Responding to the public", "Requires improvement"],
        ["Investigating crime", "Adequate"],
        ["Protecting vulnerable people", "Adequate"],
        ["Managing offenders", "Good"],
        ["Developing a positive workplace", "Adequate"],
        ["Leadership and force management", "Requires improvement"],
        ["Providing a service to victims of crime", "We don’t make a graded judgment in this area"],
    ], widths=[9.5, 6.5], header_fill="D9E2F3", header_colour="000000")
    grades = [grade(2, force, fw, area, area, value, as_of) for area, value in [
        ("Police powers and public treatment", "Good"), ("Preventing crime", "Good"),
        ("Responding to the public", "Requires improvement"), ("Investigating crime", "Adequate"),
        ("Protecting vulnerable people", "Adequate"), ("Managing offenders", "Good"),
        ("Developing a positive workplace", "Adequate"),
        ("Leadership and force management", "Requires improvement")]]
    para(d, "")
    para(d, "We also inspected how effectively forces disrupt serious and organised crime. "
            "We report on this separately, in a regional report.")
    para(d, "What our grades mean", style="Heading 3")
    for line in ["**Outstanding** – the force has substantially exceeded the characteristics of good policing.",
                 "**Good** – the force has demonstrated the characteristics of good policing.",
                 "**Adequate** – the force has demonstrated some of the characteristics of good policing.",
                 "**Requires improvement** – there are some shortcomings in the force’s performance.",
                 "**Inadequate** – there are serious shortcomings in the force’s performance."]:
        para(d, line, style="List Bullet")
    page_break(d)
    para(d, "HM Inspector’s observations", style="Heading 1")
    para(d, "I am pleased that the force has kept the progress it made since our 2022 inspection, when we "
            "judged it to be inadequate at responding to the public. It is now much better at answering "
            "emergency calls, although it still requires improvement at responding to the public.")
    boxed(d, ["**National findings**",
              "Across the 43 forces, we graded 11 as good at managing offenders and 6 as inadequate at "
              "responding to the public. Our State of Policing report sets out these findings in full."])
    para(d, "Responding to the public", style="Heading 1")
    para(d, "**Staffordshire Police requires improvement at responding to the public.**")
    para(d, "Area for improvement", style="Heading 2")
    t1 = "The force should make sure it answers non-emergency calls promptly, so that callers do not abandon them."
    dt1 = ("In the year to September 2025 the force abandoned 24 percent of its non-emergency calls. "
           "Callers we spoke to said they had given up and reported online instead.")
    para(d, t1, bold=True)
    para(d, dt1)
    para(d, "Leadership and force management", style="Heading 1")
    para(d, "**The force requires improvement at leadership and force management.**")
    para(d, "Cause of concern", style="Heading 2")
    cause = "Staffordshire Police doesn’t understand the demand it faces well enough to plan its workforce."
    cause_detail = ("Its most recent force management statement was not used to set budgets, and the force "
                    "couldn’t tell us how many investigators it would need over the next three years.")
    para(d, cause, bold=True)
    para(d, cause_detail)
    para(d, "Recommendations", style="Heading 3")
    lead = "Within six months, Staffordshire Police should:"
    para(d, lead)
    r1 = "complete an assessment of the demand it faces that links its workforce plan to its budget; and"
    r2 = "make sure its chief officers review the workforce plan at least every quarter."
    para(d, r1, style="List Bullet")
    para(d, r2, style="List Bullet")
    para(d, "Areas for improvement", style="Heading 2")
    t2 = "The force should improve how it evaluates the projects it funds, so that it knows which give value for money."
    t3 = "The force should make sure its change programme has enough people with the right skills to deliver it."
    para(d, t2, style="List Bullet")
    para(d, t3, style="List Bullet")
    page_break(d)
    para(d, "Investigating crime", style="Heading 1")
    para(d, "**Staffordshire Police is adequate at investigating crime.**")
    para(d, "Area for improvement", style="Heading 2")
    t4 = "The force should make sure that supervisors review investigations regularly and record their direction."
    dt4 = ("In 31 of the 90 investigations we reviewed, we found no record of supervision after the first "
           "week. Some investigations had drifted for months as a result.")
    para(d, t4, bold=True)
    para(d, dt4)
    boxed(d, ["**Promising practice: Victim updates by text message**",
              "The force sends victims an automated text message whenever the status of their case changes. "
              "Victims we spoke to valued knowing what was happening."], fill="E2EFD9")
    para(d, "About the data", style="Heading 1")
    para(d, "Data in this report comes from a range of sources, including data the force gave us and our "
            "inspection fieldwork. Where we compare the force with others, we use the most recent national "
            "data available.")
    data = to_pdf(stable_docx(d))
    name = "peel-2023-25-staffordshire-r21.pdf"
    records = {
        "documents": [doc_record(name, force=force, title=title, kind="peel_report", pages=4,
                                 publication_date="2026-03-11")],
        "grades": grades,
        "areas_for_improvement": [
            afi(3, force, "Responding to the public", t1, dt1),
            afi(3, force, "Leadership and force management", t2),
            afi(3, force, "Leadership and force management", t3),
            afi(4, force, "Investigating crime", t4, dt4)],
        "causes_of_concern": [{"page": 3, "force": force, "area": "Leadership and force management",
                               "text": cause, "detail": cause_detail}],
        "recommendations": [rec(3, force, cause, r1, "Within six months", lead),
                            rec(3, force, cause, r2, "Within six months", lead)],
        "findings": [{"page": 4, "force": force, "area": "Investigating crime", "kind": "promising_practice",
                      "text": "Victim updates by text message"}],
    }
    return name, data, records


# ---------------------------------------------------------------- 2. National child protection inspection

def warwickshire_ncpi() -> tuple[str, bytes, dict]:
    force = "Warwickshire Police"
    fw, as_of = "Child protection", "2026-02"
    d = new_document(header=None, footer="© HMICFRS 2026", author="HMICFRS")
    para(d, "National child protection inspection: Warwickshire Police", style="Title")
    para(d, "Published on: 17 February 2026")
    contents(d, [("Summary", 1), ("Responding to children at risk of harm", 2),
                 ("Investigating reports of abuse, neglect and exploitation of children", 2), ("Next steps", 2)])
    para(d, "Summary", style="Heading 1")
    para(d, "We last inspected Warwickshire Police’s child protection work in 2020. That inspection was not graded.")
    para(d, "We graded the force’s performance across five topics:")
    rows = [("Leadership and management", "Child protection leadership", "Adequate"),
            ("Working with safeguarding partners", "Working with safeguarding partners", "Good"),
            ("Responding to children at risk of harm", "Responding to children at risk of harm", "Requires improvement"),
            ("Assessing risk to children and making appropriate referrals",
             "Assessing risk to children and making appropriate referrals", "Adequate"),
            ("Investigating reports of abuse, neglect and exploitation of children",
             "Investigating reports of abuse, neglect and exploitation of children", "Requires improvement")]
    table(d, ["Topic", "Grade"], [[raw, value] for raw, _, value in rows], widths=[11, 5],
          header_fill="D9E2F3", header_colour="000000")
    grades = [grade(1, force, fw, area, raw, value, as_of) for raw, area, value in rows]
    para(d, "")
    para(d, "Nationally, we have judged four forces to be inadequate at responding to children at risk of harm.")
    page_break(d)
    para(d, "Responding to children at risk of harm", style="Heading 1")
    para(d, "We judged the force to require improvement in this area.")
    para(d, "Cause of concern", style="Heading 2")
    cause = "Warwickshire Police doesn’t always take children to a place of safety when officers find them at risk."
    cause_detail = ("In 9 of the 32 cases we reviewed, officers left a child at an address where the risk had "
                    "not been assessed, and no supervisor was told.")
    para(d, cause, bold=True)
    para(d, cause_detail)
    para(d, "Recommendations", style="Heading 3")
    lead = "Within three months, Warwickshire Police should:"
    para(d, lead)
    r1 = "make sure officers record why they decide a child can stay where they were found; and"
    r2 = "make sure a supervisor reviews every such decision before the end of the shift."
    para(d, r1, style="List Number")
    para(d, r2, style="List Number")
    para(d, "Investigating reports of abuse, neglect and exploitation of children", style="Heading 1")
    para(d, "We judged the force to require improvement in this area.")
    para(d, "Areas for improvement", style="Heading 2")
    t1 = "The force should make sure it keeps children and their carers informed about the progress of investigations."
    t2 = "The force should make sure that investigations of online child abuse are allocated within 28 days."
    dt2 = "We found referrals that had waited more than three months before an investigator was assigned."
    para(d, t1, bold=True)
    para(d, t2, bold=True)
    para(d, dt2)
    para(d, "Next steps", style="Heading 1")
    para(d, "We will ask the force to send us an action plan within six weeks and will review its progress.")
    data = to_pdf(stable_docx(d))
    name = "ncpi-warwickshire-r21.pdf"
    records = {
        "documents": [doc_record(name, force=force, title="National child protection inspection: Warwickshire Police",
                                 kind="child_protection_report", pages=2, publication_date="2026-02-17")],
        "grades": grades,
        "areas_for_improvement": [
            afi(2, force, "Investigating reports of abuse, neglect and exploitation of children", t1),
            afi(2, force, "Investigating reports of abuse, neglect and exploitation of children", t2, dt2)],
        "causes_of_concern": [{"page": 2, "force": force, "area": "Responding to children at risk of harm",
                               "text": cause, "detail": cause_detail}],
        "recommendations": [rec(2, force, cause, r1, "Within three months", lead),
                            rec(2, force, cause, r2, "Within three months", lead)],
        "findings": [],
    }
    return name, data, records


# ---------------------------------------------------------------- 3. PEEL 2021/22, grade cells in grade colours

def derbyshire_peel_2021() -> tuple[str, bytes, dict]:
    force = "Derbyshire Constabulary"
    fw, as_of = "PEEL 2021/22", "2022-06"
    d = new_document(header=None, footer="© HMICFRS 2022", author="HMICFRS")
    para(d, "PEEL 2021/22: An inspection of Derbyshire Constabulary", style="Title")
    para(d, "Published on: 9 June 2022")
    para(d, "Our judgments", style="Heading 1")
    para(d, "In our 2018/19 inspection the constabulary was judged good for effectiveness, efficiency and legitimacy. "
            "Our PEEL 2021/22 judgments are:")
    rows = [("Engaging with and treating the public with fairness and respect", "Police powers and public treatment", "Good"),
            ("Preventing crime and anti-social behaviour", "Preventing crime", "Outstanding"),
            ("Responding to the public", "Responding to the public", "Adequate"),
            ("Investigating crime", "Investigating crime", "Good"),
            ("Protecting vulnerable people", "Protecting vulnerable people", "Good"),
            ("Managing offenders and suspects", "Managing offenders", "Adequate"),
            ("Building, supporting and protecting the workforce", "Developing a positive workplace", "Requires improvement"),
            ("Strategic planning, organisational management and value for money", "Good use of resources", "Good"),
            ("Recording data about crime", "Recording data about crime", "Adequate")]
    grid = table(d, ["Area", "Grade"], [[raw, value] for raw, _, value in rows] + [
        ["Disrupting serious organised crime", "Graded in a separate regional report"],
        ["Providing a service to the victims of crime", "Not graded"]], widths=[11, 5])
    for index, (_, _, value) in enumerate(rows, start=1):
        shade(grid.rows[index].cells[1], GRADE_FILL[value])
    grades = [grade(1, force, fw, area, raw, value, as_of) for raw, area, value in rows]
    page_break(d)
    para(d, "Responding to the public", style="Heading 1")
    para(d, "Derbyshire Constabulary is adequate at responding to the public.")
    para(d, "Area for improvement", style="Heading 2")
    t1 = "The constabulary should make sure that call handlers use a structured process to assess risk."
    para(d, t1, style="List Bullet")
    para(d, "Managing offenders and suspects", style="Heading 1")
    para(d, "Derbyshire Constabulary is adequate at managing offenders and suspects.")
    para(d, "Areas for improvement", style="Heading 2")
    t2 = "The constabulary should reduce the number of outstanding wanted persons."
    t3 = "The constabulary should make sure it manages registered sex offenders in line with national guidance."
    para(d, t2, style="List Bullet")
    para(d, t3, style="List Bullet")
    para(d, "Building, supporting and protecting the workforce", style="Heading 1")
    para(d, "Derbyshire Constabulary requires improvement at building, supporting and protecting the workforce.")
    para(d, "Area for improvement", style="Heading 2")
    t4 = "The constabulary should make sure that its wellbeing support reaches officers on the front line."
    para(d, t4, style="List Bullet")
    dt4 = "Fewer than half of the response officers we surveyed knew how to get occupational health support."
    para(d, dt4)
    data = to_pdf(stable_docx(d))
    name = "peel-2021-22-derbyshire-r21.pdf"
    records = {
        "documents": [doc_record(name, force=force, title="PEEL 2021/22: An inspection of Derbyshire Constabulary",
                                 kind="peel_report", pages=2, publication_date="2022-06-09")],
        "grades": grades,
        "areas_for_improvement": [
            afi(2, force, "Responding to the public", t1),
            afi(2, force, "Managing offenders", t2),
            afi(2, force, "Managing offenders", t3),
            afi(2, force, "Developing a positive workplace", t4, dt4)],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return name, data, records


# ---------------------------------------------------------------- 4. PCC section 55 response, kept in Word

def lincolnshire_s55() -> tuple[str, bytes, dict]:
    force = "Lincolnshire Police"
    office = "Police and Crime Commissioner for Lincolnshire"
    fw, as_of = "PEEL 2023-25", "2026-02"
    d = new_document(header="OFFICIAL", footer=office, author="OPCC Lincolnshire")
    para(d, office, bold=True, size=12)
    para(d, "Deepdale Lane, Nettleham, Lincoln")
    title = "Section 55 response to the HMICFRS PEEL 2023–25 inspection of Lincolnshire Police"
    para(d, title, style="Heading 1")
    details = d.add_table(rows=3, cols=2)
    details.style = "Table Grid"
    for row, (label, value) in zip(details.rows, [("Report published", "20 February 2026"),
                                                  ("Response by", "Police and Crime Commissioner"),
                                                  ("Date of response", "2 April 2026")]):
        cell_text(row.cells[0], label, bold=True)
        shade(row.cells[0], "F2F2F2")
        cell_text(row.cells[1], value)
    para(d, "")
    para(d, "Commissioner’s response", style="Heading 2")
    para(d, "Section 55 of the Police Act 1996 requires me to respond to reports of His Majesty’s Inspectorate "
            "of Constabulary and Fire & Rescue Services about the force I oversee. I welcome the report, which "
            "recognises real improvement since the inspectorate last graded the force as requiring improvement "
            "at investigating crime in 2022.")
    para(d, "The inspectorate graded the force as follows:")
    rows = [("Police powers and public treatment", "Adequate"), ("Preventing crime", "Good"),
            ("Responding to the public", "Good"), ("Investigating crime", "Adequate"),
            ("Protecting vulnerable people", "Requires improvement"), ("Managing offenders", "Adequate"),
            ("Developing a positive workplace", "Good"), ("Leadership and force management", "Adequate")]
    table(d, ["PEEL area", "Grade awarded"], [[a, g] for a, g in rows], widths=[10, 6],
          header_fill="4472C4")
    grades = [grade(None, force, fw, area, area, value, as_of) for area, value in rows]
    para(d, "")
    para(d, "Areas for improvement and the force’s response", style="Heading 2")
    para(d, "The report gave the force four areas for improvement. The Chief Constable has told me how each is "
            "being addressed, and my office will track them through my Accountability Board.")
    items = [
        ("Protecting vulnerable people",
         "The force should make sure it reviews the risk to victims of domestic abuse when a suspect is released on bail.",
         "A bail risk review is now built into the custody release process."),
        ("Protecting vulnerable people",
         "The force should improve how it shares information about children with partner agencies.",
         "A new referral form was agreed with the safeguarding partnership in March."),
        ("Investigating crime",
         "The force should make sure victims are kept updated in line with the Code of Practice for Victims of Crime.",
         "Victim update compliance is reported to me monthly."),
        ("Managing offenders",
         "The force should make sure it completes home visits to registered sex offenders when they are due.",
         "The backlog of overdue visits has fallen from 48 to 12."),
    ]
    grid = d.add_table(rows=1 + len(items), cols=3)
    grid.style = "Table Grid"
    for column, label in enumerate(["PEEL area", "HMICFRS area for improvement", "Force response"]):
        cell_text(grid.rows[0].cells[column], label, bold=True, colour="FFFFFF")
        shade(grid.rows[0].cells[column], "4472C4")
    for index, (area, text, response) in enumerate(items, start=1):
        cells = grid.rows[index].cells
        cell_text(cells[1], text)
        cell_text(cells[2], response)
        if index == 1 or items[index - 2][0] != area:
            cell_text(cells[0], area)
    # the two protecting vulnerable people rows share one area cell, merged down as offices do
    merged = grid.rows[1].cells[0].merge(grid.rows[2].cells[0])
    for extra in merged.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    para(d, "")
    para(d, "I am satisfied with the force’s plans and will publish an update on my website in the autumn.")
    para(d, "Marcus Eaton", bold=True)
    para(d, office)
    data = stable_docx(d)
    name = "lincolnshire-pcc-s55-peel-r21.docx"
    records = {
        "documents": [doc_record(name, force=force, title=title, kind="force_response", pages=None,
                                 organisation=office, publication_date="2026-04-02")],
        "grades": grades,
        "areas_for_improvement": [afi(None, force, area, text) for area, text, _ in items],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return name, data, records


# ---------------------------------------------------------------- 5. Force paper to the PCC's board: cover table,
# a this-grade / last-grade table, and a landscape improvement plan whose area rows are merged banners

def landscape_section(document):
    section = document.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    return section


def west_mercia_plan() -> tuple[str, bytes, dict]:
    force = "West Mercia Police"
    fw, as_of = "PEEL 2023-25", "2026-02"
    d = new_document(header="OFFICIAL", footer="OFFICIAL", author="West Mercia Police")
    cover = d.add_table(rows=6, cols=2)
    cover.style = "Table Grid"
    title = "HMICFRS PEEL 2023–25: grades and improvement plan"
    for row, (label, value) in zip(cover.rows, [
            ("Report to:", "Police and Crime Commissioner’s Assurance and Accountability Board"),
            ("Title of Report:", title),
            ("Agenda Item No.", "4"),
            ("Report from:", "West Mercia Police"),
            ("Date of Meeting:", "28th April 2026"),
            ("Author on behalf of Chief Officer:", "Head of Strategic Planning")]):
        cell_text(row.cells[0], label, bold=True)
        shade(row.cells[0], "DEEAF6")
        cell_text(row.cells[1], value)
    para(d, "")
    para(d, "1.0 Purpose of Report", style="Heading 2")
    para(d, "To inform the Board of the grades HMICFRS gave the force in its PEEL 2023–25 inspection, published "
            "on 26 February 2026, and of the plan to address its findings.")
    para(d, "2.0 Recommendations", style="Heading 2")
    para(d, "The Board is asked to note the report and the improvement plan at Appendix A.")
    para(d, "3.0 Grades", style="Heading 2")
    para(d, "The table sets the new grades beside those of the PEEL 2021/22 inspection.")
    rows = [("Police powers and public treatment", "Good", "Adequate"),
            ("Preventing crime", "Good", "Good"),
            ("Responding to the public", "Adequate", "Requires improvement"),
            ("Investigating crime", "Requires improvement", "Requires improvement"),
            ("Protecting vulnerable people", "Adequate", "Adequate"),
            ("Managing offenders", "Inadequate", "Adequate"),
            ("Developing a positive workplace", "Adequate", "Adequate"),
            ("Leadership and force management", "Good", "Not inspected")]
    table(d, ["PEEL area", "PEEL 2023–25 grade", "PEEL 2021/22 grade"], [list(r) for r in rows],
          widths=[8, 4.5, 4.5], header_fill="DEEAF6", header_colour="000000")
    # both columns are inspections' grades (an improvement journey); the paper states no month for the
    # 2021/22 inspection, so its column's as_of is null; "Not inspected" is no grade
    grades = [grade(1, force, fw, area, area, new, as_of) for area, new, _ in rows] + [
        grade(1, force, "PEEL 2021/22", area, area, old, None) for area, _, old in rows if old != "Not inspected"]
    para(d, "")
    para(d, "3.1 HMICFRS raised one cause of concern, about managing registered sex offenders, with two "
            "recommendations, and five areas for improvement. Each is in the plan at Appendix A, grouped by area.")
    landscape_section(d)
    para(d, "Appendix A – HMICFRS improvement plan", style="Heading 2")
    plan = [
        ("Managing offenders", [
            ("CoC1", "Cause of concern",
             "The force isn’t managing the risk posed by registered sex offenders effectively.",
             "Risk assessment review of all cases", "D/Supt Public Protection", "31/07/2026", "Amber"),
            ("CoC1 R1", "Recommendation",
             "Within three months, the force should make sure that every registered sex offender has an up-to-date risk assessment.",
             "Backlog team in place since March", "D/Supt Public Protection", "31/05/2026", "Amber"),
            ("CoC1 R2", "Recommendation",
             "Within six months, the force should make sure it has enough trained offender managers for its caseload.",
             "Six posts advertised", "Head of HR", "31/08/2026", "Green"),
            ("AFI1", "Area for improvement",
             "The force should make sure it uses ancillary orders to manage the risk from violent offenders.",
             "Guidance to be issued", "Supt Offender Management", "30/06/2026", "Green")]),
        ("Investigating crime", [
            ("AFI2", "Area for improvement",
             "The force should make sure investigations are allocated to officers with the right skills and experience.",
             "Allocation policy rewritten", "D/Supt Crime", "30/06/2026", "Amber"),
            ("AFI3", "Area for improvement",
             "The force should improve the quality of its investigation plans.",
             "Plan template in testing", "D/Supt Crime", "31/07/2026", "Red")]),
        ("Responding to the public", [
            ("AFI4", "Area for improvement",
             "The force should make sure it attends incidents within its published response times.",
             "Demand review under way", "Supt Contact", "30/09/2026", "Amber"),
            ("AFI5", "Area for improvement",
             "The force should make sure call handlers record the vulnerability of callers.",
             "Refresher training complete", "Supt Contact", "30/04/2026", "Green")])]
    header = ["Ref", "Type", "HMICFRS finding", "Activity", "Owner", "Due", "RAG"]
    widths = [1.6, 3.0, 9.0, 5.2, 3.6, 2.2, 1.6]
    count = 1 + sum(1 + len(items) for _, items in plan)
    grid = d.add_table(rows=count, cols=len(header))
    grid.style = "Table Grid"
    for column, label in enumerate(header):
        cell_text(grid.rows[0].cells[column], label, bold=True, colour="FFFFFF")
        shade(grid.rows[0].cells[column], "1F3864")
    repeat_header(grid.rows[0])
    rag_fill = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050"}
    index = 1
    afis, causes, recs = [], [], []
    on_page_three = {"AFI3", "AFI4", "AFI5"}  # read from the converted PDF: AFI2's row breaks onto page 3
    for area, items in plan:
        banner = grid.rows[index].cells[0].merge(grid.rows[index].cells[len(header) - 1])
        cell_text(banner, f"PEEL area: {area}", bold=True)
        shade(banner, "D9D9D9")
        index += 1
        for ref, kind, text, activity, owner, due, rag in items:
            cells = grid.rows[index].cells
            for column, value in enumerate([ref, kind, text, activity, owner, due, rag]):
                cell_text(cells[column], value)
            shade(cells[6], rag_fill[rag])
            index += 1
            page = 3 if ref in on_page_three else 2
            if kind == "Cause of concern":
                causes.append({"page": page, "force": force, "area": area, "text": text, "detail": None})
            elif kind == "Recommendation":
                timescale = text.split(",")[0]
                recs.append({"page": page, "force": force, "cause_of_concern_text": causes[-1]["text"],
                             "text": text, "timescale": timescale})
            else:
                afis.append(afi(page, force, area, text))
    for row in grid.rows:
        for column, width in enumerate(widths):
            row.cells[column].width = Cm(width)
    docx_bytes = stable_docx(d)
    name = "west-mercia-aab-peel-plan-2026-04-28-r21.pdf"
    records = {
        "documents": [doc_record(name, force=force, title=title, kind="scrutiny_pack", pages=3,
                                 meeting_date="2026-04-28")],
        "grades": grades,
        "areas_for_improvement": afis,
        "causes_of_concern": causes,
        "recommendations": recs,
    }
    return name, docx_bytes, records


def as_word_copy(records: dict) -> dict:
    """The same paper's Word file: no pages, so every page is null."""
    copy = json.loads(json.dumps(records))
    for items in copy.values():
        for record in items:
            record["page"] = None
    document = copy["documents"][0]
    document["file_type"] = "docx"
    document.pop("pages", None)
    return copy


# ---------------------------------------------------------------- 6. Police and Crime Panel minutes: grades
# grouped by grade in bullets ("A, B and C - adequate"), as panels' minute-takers write them

def dyfed_powys_panel_minutes() -> tuple[str, bytes, dict]:
    force = "Dyfed-Powys Police"
    fw, as_of = "PEEL 2023-25", "2026-03"
    d = new_document(header=None, footer="Dyfed-Powys Police and Crime Panel – minutes", author="Panel Support Officer")
    title = "Minutes of the meeting of the Dyfed-Powys Police and Crime Panel"
    para(d, title, style="Title")
    para(d, "Held at County Hall, Carmarthen and remotely on Friday, 17 April 2026 at 10.00 am")
    para(d, "Present: Councillor H. Rees (Chair); Councillors A. Bowen, G. Lloyd, M. Price and T. Vaughan; "
            "Mr R. Jenkins (independent member).")
    para(d, "Also present: the Police and Crime Commissioner; the Chief Executive of the Commissioner’s office.")
    para(d, "1. Apologies for absence", style="Heading 2")
    para(d, "Apologies were received from Councillor S. Morgan.")
    para(d, "2. Declarations of interest", style="Heading 2")
    para(d, "There were no declarations of interest.")
    para(d, "3. Minutes of the previous meeting", style="Heading 2")
    para(d, "RESOLVED that the minutes of the meeting held on 23 January 2026 be confirmed as a correct record.")
    para(d, "4. His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) PEEL 2023–25 "
            "inspection report: Dyfed-Powys Police", style="Heading 2")
    para(d, "The Commissioner introduced the report, which summarised the inspectorate’s findings on the force "
            "(published March 2026). HMICFRS assessed the force in nine areas of policing and graded eight of "
            "them, as follows:")
    bullets = ["Preventing crime and managing offenders – good",
               "Police powers and public treatment, responding to the public and leadership and force management – adequate",
               "Investigating crime, protecting vulnerable people and developing a positive workplace – requires improvement"]
    for line in bullets:
        para(d, line, style="List Bullet")
    grouped = [("Preventing crime", "Preventing crime", "Good"), ("Managing offenders", "managing offenders", "Good"),
               ("Police powers and public treatment", "Police powers and public treatment", "Adequate"),
               ("Responding to the public", "responding to the public", "Adequate"),
               ("Leadership and force management", "leadership and force management", "Adequate"),
               ("Investigating crime", "Investigating crime", "Requires improvement"),
               ("Protecting vulnerable people", "protecting vulnerable people", "Requires improvement"),
               ("Developing a positive workplace", "developing a positive workplace", "Requires improvement")]
    grades = [grade(1, force, fw, area, raw, value, as_of) for area, raw, value in grouped]
    para(d, "The Commissioner noted that in the 2021/22 inspection the force had been judged good at investigating "
            "crime, and that the inspectorate had changed how it assessed that area.")
    para(d, "During the discussion the following main points were made:")
    for line in ["A member asked how the force would respond to the cause of concern about the supervision of "
                 "investigations. The Commissioner explained that the force had set up an investigations "
                 "improvement board, which he attended.",
                 "In answer to a question about the areas for improvement, the Commissioner said that each had "
                 "an owner in the force’s plan and that his office would check progress every quarter.",
                 "Members asked that the panel receive the force’s improvement plan at its next meeting."]:
        para(d, line, style="List Bullet")
    para(d, "RESOLVED that the report be noted and that the force’s improvement plan be brought to the panel’s "
            "meeting in July 2026.")
    para(d, "5. Complaints update", style="Heading 2")
    para(d, "The panel noted that no complaints had been received about the Commissioner since the last meeting.")
    para(d, "6. Date of the next meeting", style="Heading 2")
    para(d, "The next meeting will be held on 10 July 2026.")
    data = to_pdf(stable_docx(d))
    name = "dyfed-powys-pcp-minutes-2026-04-17-r21.pdf"
    records = {
        "documents": [doc_record(name, force=force, title=title, kind="scrutiny_pack", pages=2,
                                 meeting_date="2026-04-17")],
        "grades": grades,
        "areas_for_improvement": [],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return name, data, records


def main() -> None:
    for build in (staffordshire_peel, warwickshire_ncpi, derbyshire_peel_2021, lincolnshire_s55,
                  dyfed_powys_panel_minutes):
        write(*build())
    name, plan_docx, plan_records = west_mercia_plan()
    write(name, to_pdf(plan_docx), plan_records)
    word_name = "west-mercia-aab-peel-plan-word-r21.docx"
    write(word_name, plan_docx, as_word_copy(plan_records))


if __name__ == "__main__":
    main()
