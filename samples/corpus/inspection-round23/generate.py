"""Blind inspection round 23 (issue 3): eight documents made in Word with python-docx in Word's own
styles; five are saved as PDF by LibreOffice (samples/corpus/office_pdf.py), as offices make their
papers, three stay Word files. Gold is written by hand beside the text it describes and lands in gold/
(staged in pending/ until the extractors were fixed).

Run: .venv/bin/python samples/corpus/inspection-round23/generate.py  (needs `soffice` on PATH)

A PDF record's page is the first page whose text holds the record's `at` snippet (a phrase unique to
where the record is printed); every page was checked by hand against `scrutiny inspect`.
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
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ROUND = Path(__file__).resolve().parent
sys.path[:0] = [str(ROUND.parent), str(ROUND.parents[1])]  # samples/corpus and samples (the shared renderer)
from inspection_render import GRADE_FILL, fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

CHECKED = ("Written by hand in samples/corpus/inspection-round23/generate.py beside the text it describes, "
           "blind (no extractor code, extractor test or earlier round's generator read); PDF pages checked "
           "against `scrutiny inspect`.")
HEADER_GREY = "D9D9D9"


# --------------------------------------------------------------------------- Word building

class Paper:
    """A Word document in Word's own styles, with the few office habits the documents need."""

    def __init__(self, header: str | None = None, footer: str | None = None, landscape: bool = False,
                 font: str = "Arial") -> None:
        self.doc = Document()
        normal = self.doc.styles["Normal"]
        normal.font.name = font
        normal.font.size = Pt(11)
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = section.page_height, section.page_width
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Cm(2.2))
        if header:
            section.header.paragraphs[0].text = header
        if footer is not None:
            paragraph = section.footer.paragraphs[0]
            paragraph.add_run(footer)
            _field(paragraph, "PAGE")

    def text_width(self) -> int:
        section = self.doc.sections[-1]
        return section.page_width - section.left_margin - section.right_margin

    def para(self, text: str = "", style: str | None = None, bold: bool = False, italic: bool = False):
        """A paragraph; '**...**' spans are bold."""
        paragraph = self.doc.add_paragraph(style=style)
        for i, part in enumerate(re.split(r"\*\*", text)):
            if part:
                run = paragraph.add_run(part)
                run.bold = bold or i % 2 == 1
                run.italic = italic
        return paragraph

    def heading(self, text: str, level: int = 1):
        return self.doc.add_heading(text, level=level)

    def bullets(self, items: list[str], style: str = "List Bullet") -> None:
        for item in items:
            self.para(item, style=style)

    def contents(self, lines: list[tuple[str, int]]) -> None:
        """Contents lines with Word's dotted tab leader before the page number."""
        for title, page in lines:
            paragraph = self.doc.add_paragraph(f"{title}\t{page}")
            paragraph.paragraph_format.tab_stops.add_tab_stop(self.text_width(), WD_TAB_ALIGNMENT.RIGHT,
                                                              WD_TAB_LEADER.DOTS)

    def table(self, rows: list[list[str]], header_rows: int = 1, widths: list[float] | None = None,
              fills: dict[tuple[int, int], str] | None = None):
        table = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                cell.text = ""
                paragraph = cell.paragraphs[0]
                for i, part in enumerate(re.split(r"\*\*", value)):
                    if part:
                        paragraph.add_run(part).bold = r < header_rows or i % 2 == 1
                if r < header_rows:
                    shade(cell, HEADER_GREY)
                if widths:
                    cell.width = Cm(widths[c])
            if r < header_rows:
                tr_pr = table.rows[r]._tr.get_or_add_trPr()
                repeat = OxmlElement("w:tblHeader")
                repeat.set(qn("w:val"), "true")
                tr_pr.append(repeat)
        if widths:  # LibreOffice lays a table out by its grid columns, Word by its cells: set both
            table.autofit = False
            for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
                column.set(qn("w:w"), str(int(Cm(width).twips)))
        for (r, c), fill in (fills or {}).items():
            shade(table.cell(r, c), fill)
        return table

    def box(self, lines: list[str], fill: str = "E7EEF7") -> None:
        """A shaded one-cell table: the report's boxed text."""
        table = self.doc.add_table(rows=1, cols=1)
        table.style = "Table Grid"
        cell = table.cell(0, 0)
        shade(cell, fill)
        cell.text = ""
        for i, line in enumerate(lines):
            paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            for j, part in enumerate(re.split(r"\*\*", line)):
                if part:
                    paragraph.add_run(part).bold = j % 2 == 1
        self.doc.add_paragraph()

    def page_break(self) -> None:
        self.doc.add_page_break()

    def docx(self) -> bytes:
        raw = io.BytesIO()
        self.doc.save(raw)
        return fixed_zip_times(raw.getvalue())


def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.lstrip("#").upper())
    tc_pr.append(shading)


def _field(paragraph, code: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), code)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def grade_fill(grade: str) -> str:
    return GRADE_FILL[grade.capitalize() if grade.lower() != "requires improvement" else "Requires improvement"]


# --------------------------------------------------------------------------- gold

class Gold:
    def __init__(self, force: str) -> None:
        self.force = force
        self.records: dict[str, list[dict]] = {}

    def add(self, record_type: str, at: str | None, **fields) -> dict:
        record = {"page": None, "force": self.force, **fields, "_at": at}
        self.records.setdefault(record_type, []).append(record)
        return record

    def grade(self, area: str, area_raw: str, grade: str, as_of: str | None, framework: str, at: str) -> None:
        self.add("grades", at, framework=framework, area=area, area_raw=area_raw, grade=grade, as_of=as_of)

    def afi(self, area: str | None, text: str, detail: str | None = None, at: str | None = None) -> None:
        self.add("areas_for_improvement", at or text, area=area, text=text, detail=detail)

    def cause(self, area: str | None, text: str, detail: str | None = None) -> str:
        self.add("causes_of_concern", text, area=area, text=text, detail=detail)
        return text

    def rec(self, cause: str | None, text: str, timescale: str | None, lead_in: str | None | bool = False,
            at: str | None = None) -> None:
        fields = {"cause_of_concern_text": cause, "text": text, "timescale": timescale}
        if lead_in is not False:  # False: left out (the timescale opens the recommendation's own sentence)
            fields["lead_in"] = lead_in
        self.add("recommendations", at or text, **fields)

    def finding(self, area: str | None, kind: str, text: str, at: str) -> None:
        self.add("findings", at, area=area, kind=kind, text=text)

    def empty(self, *kinds: str) -> None:
        for kind in kinds:
            self.records.setdefault(kind, [])

    def document(self, **fields) -> None:
        self.records["documents"] = [{"page": None, "force": self.force, "status": "ok", **fields}]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("\u2019", "'").lower()


def set_pdf_pages(data: bytes, gold: Gold) -> int:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [_squash(page.extract_text() or "") for page in pdf.pages]
    for kind, records in gold.records.items():
        if kind == "documents":
            continue
        for record in records:
            snippet = _squash(record["_at"])
            found = [n for n, text in enumerate(pages, start=1) if snippet in text]
            if not found:
                raise SystemExit(f"{kind}: snippet not found in the PDF: {record['_at']!r}")
            record["page"] = found[0]
    return len(pages)


def finish(gold: Gold) -> dict:
    for records in gold.records.values():
        for record in records:
            record.pop("_at", None)
    return gold.records


# --------------------------------------------------------------------------- documents

P2325 = "PEEL 2023-25"
P2122 = "PEEL 2021/22"
CP = "Child protection"


def peel_gloucestershire() -> tuple[Paper, Gold]:
    """Whole PEEL 2023-25 report made in Word (the commonest form): contents, about, Area | Grade table
    with shaded grade cells, grade definitions, HM Inspector's observations recalling the 2022 grades, a
    national findings box, sections opening with the grade alone, AFIs, a cause with recommendations, an
    innovative practice box, 'About the data'."""
    force = "Gloucestershire Constabulary"
    gold, as_of = Gold(force), "2026-01"
    p = Paper(footer="PEEL 2023–25: Gloucestershire Constabulary    © HMICFRS 2026    Page ")
    p.para("PEEL 2023–25: An inspection of Gloucestershire Constabulary", style="Title")
    p.para("Police effectiveness, efficiency and legitimacy", style="Subtitle")
    p.para("Published: 22 January 2026")
    p.heading("Contents", 1)
    p.contents([("About this inspection", 1), ("Overall summary", 1), ("Our judgments", 1),
                ("HM Inspector’s observations", 2), ("Providing a service to victims of crime", 2),
                ("Police powers and public treatment", 2), ("Preventing crime", 3), ("Responding to the public", 3),
                ("Investigating crime", 3), ("Protecting vulnerable people", 4), ("Managing offenders", 4),
                ("Developing a positive workplace", 5), ("Leadership and force management", 5),
                ("About the data", 5)])
    p.heading("About this inspection", 1)
    p.para("We carried out our fieldwork in Gloucestershire Constabulary in May and June 2025. This report sets "
           "out what we found, using the PEEL assessment framework for 2023–25. We judge how good the force is "
           "in each area and explain our reasons. Some of our findings relate to causes of concern, which are "
           "serious shortcomings that need to be put right, and to areas for improvement.")
    p.heading("Overall summary", 1)
    p.heading("Our judgments", 2)
    p.para("Our inspection assessed how good Gloucestershire Constabulary is in nine areas of policing. We make "
           "graded judgments in eight of these nine areas, as follows:")
    judged = [("Police powers and public treatment", "Good"), ("Preventing crime", "Good"),
              ("Responding to the public", "Requires improvement"), ("Investigating crime", "Adequate"),
              ("Protecting vulnerable people", "Requires improvement"), ("Managing offenders", "Adequate"),
              ("Developing a positive workplace", "Good"), ("Leadership and force management", "Adequate")]
    p.table([["Area", "Grade"]] + [[a, g] for a, g in judged], widths=[10, 6],
            fills={(r, 1): GRADE_FILL[g] for r, (_, g) in enumerate(judged, start=1)})
    for area, grade in judged:
        gold.grade(area, area, grade, as_of, P2325, at=f"{area} {grade}")
    p.para("")
    p.para("We also inspected how effective the force’s service is for victims of crime. We don’t grade this "
           "area; our findings are set out in its own section.")
    p.heading("What our grades mean", 3)
    p.bullets(["Outstanding: the force has substantially exceeded the characteristics of good performance.",
               "Good: the force has demonstrated the characteristics of good performance in most of the area.",
               "Adequate: the force has demonstrated some of the characteristics of good performance, but we have "
               "identified areas where it should improve.",
               "Requires improvement: there are shortcomings in the force’s performance.",
               "Inadequate: the force’s performance is of serious concern and needs to improve urgently."])
    p.heading("HM Inspector’s observations", 1)
    p.para("I am pleased with some aspects of the constabulary’s performance, but it needs to improve in others. "
           "When we last inspected the force, in 2022, we found that it was adequate at preventing crime and "
           "required improvement at investigating crime. It has made progress in both areas since then.")
    p.para("The constabulary has a clear plan for responding to the public, but it has not yet reduced the time "
           "callers wait. My report sets out one cause of concern and seven areas for improvement.")
    p.box(["**National findings**",
           "Across the 2023–25 inspections, we have found that forces are often good at preventing crime and "
           "antisocial behaviour, but many require improvement at responding to the public. We have graded seven "
           "forces as inadequate at investigating crime. These findings are not judgments of any one force."])
    p.heading("Providing a service to victims of crime", 1)
    p.para("We assess how well the force provides a service to victims, from the report of a crime to the outcome. "
           "The constabulary records crime accurately: it recorded an estimated 93.8 percent of reported crime. "
           "Victims were not always told about the Victims’ Code of Practice.")
    p.heading("Police powers and public treatment", 1)
    p.para("Good", bold=True)
    p.para("Gloucestershire Constabulary is good at using its powers and treating the public fairly and "
           "respectfully. Officers recorded the grounds for stop and search clearly in the records we reviewed.")
    p.heading("Preventing crime", 1)
    p.para("Good", bold=True)
    p.para("Gloucestershire Constabulary is good at preventing and deterring crime and antisocial behaviour, and "
           "reducing vulnerability. Neighbourhood teams use problem-solving plans that partners help to review.")
    p.box(["**Innovative practice: Drone support for rural missing person searches**",
           "The force’s drone unit flies searches with local volunteer teams across the Forest of Dean and the "
           "Cotswolds, and has shortened the average search by two hours."])
    gold.finding("Preventing crime", "innovative_practice",
                 "Drone support for rural missing person searches", at="Drone support for rural missing person")
    p.heading("Responding to the public", 1)
    p.para("Requires improvement", bold=True)
    p.para("Gloucestershire Constabulary requires improvement at responding to the public.")
    p.heading("Areas for improvement", 3)
    text = "The constabulary should answer emergency and non-emergency calls within national standards."
    detail = ("In the year to March 2025, the force answered 81.4 percent of 999 calls within ten seconds, "
              "against a national standard of 90 percent. Non-emergency callers waited an average of nine minutes.")
    p.para(f"**{text}**")
    p.para(detail)
    gold.afi("Responding to the public", text, detail)
    text = "The constabulary should make sure that call handlers identify repeat and vulnerable callers."
    detail = ("Call handlers used a structured risk assessment in most calls we reviewed, but they did not "
              "check the force’s systems for earlier contact in 17 of the 60 calls.")
    p.para(f"**{text}**")
    p.para(detail)
    gold.afi("Responding to the public", text, detail)
    p.heading("Investigating crime", 1)
    p.para("Adequate", bold=True)
    p.para("Gloucestershire Constabulary is adequate at investigating crime.")
    p.heading("Area for improvement", 3)
    text = "The constabulary should make sure that investigations are supervised effectively."
    detail = ("Supervisors had not reviewed 22 of the 75 investigations we looked at within the force’s own "
              "timescale, and reviews seldom set clear actions.")
    p.para(f"**{text}**")
    p.para(detail)
    gold.afi("Investigating crime", text, detail)
    p.heading("Protecting vulnerable people", 1)
    p.para("Requires improvement", bold=True)
    p.para("Gloucestershire Constabulary requires improvement at protecting vulnerable people.")
    p.heading("Cause of concern", 3)
    cause_text = ("Gloucestershire Constabulary doesn’t make sure that safeguarding referrals for vulnerable "
                  "adults are sent and acted on promptly.")
    cause_detail = ("In 14 of the 40 cases we reviewed, more than a week passed before a referral reached the "
                    "local authority, and in three cases no referral was made.")
    p.para(f"**{cause_text}**")
    p.para(cause_detail)
    cause = gold.cause("Protecting vulnerable people", cause_text, cause_detail)
    p.heading("Recommendations", 4)
    lead_in = "Within six months, Gloucestershire Constabulary should:"
    p.para(lead_in)
    for bullet in ["introduce supervisory checks so that every safeguarding referral is sent within 24 hours; and",
                   "agree with the local authority how both organisations will follow up referrals that are not "
                   "acknowledged."]:
        p.para(bullet, style="List Bullet")
        gold.rec(cause, bullet, "Within six months", lead_in)
    p.heading("Area for improvement", 3)
    text = "The constabulary should improve how it records the voice of the child in domestic abuse incidents."
    p.para(f"**{text}**")
    gold.afi("Protecting vulnerable people", text, None)
    p.heading("Managing offenders", 1)
    p.para("Adequate", bold=True)
    p.para("Gloucestershire Constabulary is adequate at managing offenders and suspects.")
    p.heading("Area for improvement", 3)
    text = "The constabulary should make sure that outstanding suspects are arrested promptly."
    detail = ("At the time of our inspection, 412 suspects were recorded as wanted, and 96 of these had been "
              "outstanding for more than three months.")
    p.para(f"**{text}**")
    p.para(detail)
    gold.afi("Managing offenders", text, detail)
    p.heading("Developing a positive workplace", 1)
    p.para("Good", bold=True)
    p.para("Gloucestershire Constabulary is good at building, supporting and protecting its workforce. Staff "
           "told us they felt able to challenge decisions.")
    p.heading("Leadership and force management", 1)
    p.para("Adequate", bold=True)
    p.para("Gloucestershire Constabulary is adequate at leadership and force management.")
    p.heading("Area for improvement", 3)
    text = "The constabulary should make sure its workforce plan matches the demand it expects."
    p.para(f"**{text}**")
    gold.afi("Leadership and force management", text, None)
    p.heading("About the data", 1)
    p.para("Data in this report is from a range of sources, including the Home Office, the Office for National "
           "Statistics and our own data collections. Where we collected data directly from the force, we took "
           "reasonable steps to agree the design of the collection and to check the data.")
    gold.empty("areas_for_improvement", "causes_of_concern", "recommendations", "findings")
    gold.document(doc_kind="peel_report", title="PEEL 2023–25: An inspection of Gloucestershire Constabulary", publication_date="2026-01-22")
    return p, gold


def peel_2122_northamptonshire() -> tuple[Paper, Gold]:
    """PEEL 2021/22 report in Word: the judgments table under a merged title row ('Our judgments'
    across both columns), the long 2021/22 names with shaded grade cells, a row not graded and one
    graded in a regional report; the 2018/19 pillar grades recalled; bulleted AFIs, one followed by a
    paragraph that explains it."""
    force = "Northamptonshire Police"
    gold, as_of = Gold(force), "2022-07"
    p = Paper(header="PEEL 2021/22 – Northamptonshire Police", footer="Page ")
    p.para("PEEL 2021/22: An inspection of Northamptonshire Police", style="Title")
    p.para("Police effectiveness, efficiency and legitimacy", style="Subtitle")
    p.para("Date of publication: 14 July 2022")
    p.heading("Contents", 1)
    p.contents([("Overall summary", 2), ("Our judgments", 2), ("HM Inspector’s observations", 3),
                ("Engaging with and treating the public with fairness and respect", 4),
                ("Preventing crime and anti-social behaviour", 5), ("Responding to the public", 6),
                ("Investigating crime", 7), ("Protecting vulnerable people", 8),
                ("Managing offenders and suspects", 9), ("Building, supporting and protecting the workforce", 10),
                ("Strategic planning, organisational management and value for money", 11)])
    p.heading("Overall summary", 1)
    p.para("Our inspection assessed how good Northamptonshire Police is in ten areas of policing. We make graded "
           "judgments in nine of these ten areas. We also inspected how effective the force’s service is for "
           "victims of crime, which we don’t grade.")
    judged = [("Engaging with and treating the public with fairness and respect", "Good"),
              ("Preventing crime and anti-social behaviour", "Adequate"),
              ("Responding to the public", "Requires improvement"),
              ("Investigating crime", "Adequate"),
              ("Protecting vulnerable people", "Adequate"),
              ("Managing offenders and suspects", "Good"),
              ("Building, supporting and protecting the workforce", "Good"),
              ("Strategic planning, organisational management and value for money", "Adequate"),
              ("Recording data about crime", "Good")]
    canonical = ["Police powers and public treatment", "Preventing crime", "Responding to the public",
                 "Investigating crime", "Protecting vulnerable people", "Managing offenders",
                 "Developing a positive workplace", "Good use of resources", "Recording data about crime"]
    rows = [["Our judgments", ""], ["Area", "Grade"]] + [[a, g] for a, g in judged]
    rows += [["Disrupting serious organised crime", "Graded in a separate regional report"],
             ["Providing a service to the victims of crime", "Not graded"]]
    table = p.table(rows, header_rows=2, widths=[11, 5.5],
                    fills={(r, 1): GRADE_FILL[g] for r, (_, g) in enumerate(judged, start=2)})
    table.cell(0, 0).merge(table.cell(0, 1))
    for (raw, grade), area in zip(judged, canonical):
        gold.grade(area, raw, grade, as_of, P2122, at=raw)
    p.para("")
    p.para("You can find out what our grades mean on our website.", italic=True)
    p.heading("HM Inspector’s observations", 1)
    p.para("In our 2018/19 inspection we judged Northamptonshire Police to be good at legitimacy and to require "
           "improvement in effectiveness and efficiency. Since then, the force has improved how it treats the "
           "public, but it still has work to do in answering calls.")
    p.heading("Engaging with and treating the public with fairness and respect", 1)
    p.para("Northamptonshire Police is good at treating the public with fairness and respect.")
    p.heading("Preventing crime and anti-social behaviour", 1)
    p.para("Northamptonshire Police is adequate at preventing crime and anti-social behaviour.")
    p.heading("Areas for improvement", 3)
    text = "The force should evaluate its problem-solving plans so that it knows which tactics work."
    p.para(text, style="List Bullet")
    gold.afi("Preventing crime", text, None)
    p.heading("Responding to the public", 1)
    p.para("Northamptonshire Police requires improvement at responding to the public.")
    p.heading("Areas for improvement", 3)
    afis = ["The force should reduce the number of non-emergency calls that are abandoned.",
            "The force should make sure it attends incidents within the times it sets itself."]
    p.bullets(afis)
    for text in afis:
        gold.afi("Responding to the public", text, None)
    p.heading("Investigating crime", 1)
    p.para("Northamptonshire Police is adequate at investigating crime.")
    p.heading("Area for improvement", 3)
    text = "The force should make sure that victims’ decisions to withdraw support are recorded."
    detail = ("In 11 of the 38 cases we reviewed where the victim withdrew support, the force had not recorded "
              "the reason or whether evidence-led prosecution had been considered.")
    p.para(text, style="List Bullet")
    p.para(detail)
    gold.afi("Investigating crime", text, detail)
    p.heading("Protecting vulnerable people", 1)
    p.para("Northamptonshire Police is adequate at protecting vulnerable people.")
    p.heading("Managing offenders and suspects", 1)
    p.para("Northamptonshire Police is good at managing offenders and suspects.")
    p.heading("Building, supporting and protecting the workforce", 1)
    p.para("Northamptonshire Police is good at building, supporting and protecting the workforce.")
    p.heading("Strategic planning, organisational management and value for money", 1)
    p.para("Northamptonshire Police is adequate at strategic planning, organisational management and value "
           "for money.")
    p.heading("Areas for improvement", 3)
    afis = ["The force should complete its force management statement with partners’ demand data.",
            "The force should make sure its change programme is costed before it is approved."]
    p.bullets(afis)
    for text in afis:
        gold.afi("Good use of resources", text, None)
    gold.empty("causes_of_concern", "recommendations")
    gold.document(doc_kind="peel_report", title="PEEL 2021/22: An inspection of Northamptonshire Police",
                  publication_date="2022-07-14")
    return p, gold


def ncpi_norfolk() -> tuple[Paper, Gold]:
    """National child protection inspection made in Word with no judgments table: each topic's heading
    carries its grade after a colon; the ungraded earlier inspection and a national count as noise; a
    cause with an 'Immediately' and a 'Within three months' lead-in; AFIs in three topics."""
    force = "Norfolk Constabulary"
    gold, as_of = Gold(force), "2026-02"
    p = Paper(footer="National child protection inspection: Norfolk Constabulary – Page ")
    p.para("National child protection inspection: Norfolk Constabulary", style="Title")
    p.para("Published: 10 February 2026")
    p.heading("Introduction", 1)
    p.para("We inspected Norfolk Constabulary in October 2025 as part of our national child protection "
           "inspection programme. We last inspected the force’s child protection work in 2019, when our "
           "inspections of this kind were not graded.")
    p.para("We now grade forces in five areas. This report gives our grade for each area in its heading, followed "
           "by what we found. So far we have inspected 16 forces under this framework, and we have judged five of "
           "them inadequate at investigating reports of abuse, neglect and exploitation of children.")
    topics = [("Child protection leadership", "Leadership and management", "adequate"),
              ("Working with safeguarding partners", "Working with safeguarding partners", "good"),
              ("Responding to children at risk of harm", "Responding to children at risk of harm",
               "requires improvement"),
              ("Assessing risk to children and making appropriate referrals",
               "Assessing risk to children and making appropriate referrals", "adequate"),
              ("Investigating reports of abuse, neglect and exploitation of children",
               "Investigating reports of abuse, neglect and exploitation of children", "inadequate")]
    grade_word = {"adequate": "Adequate", "good": "Good", "requires improvement": "Requires improvement",
                  "inadequate": "Inadequate"}

    def topic(index: int) -> None:
        area, raw, word = topics[index]
        p.heading(f"{raw}: {word}", 1)
        gold.grade(area, raw, grade_word[word], as_of, CP, at=f"{raw}: {word}")

    topic(0)
    p.para("Senior leaders have made child protection a priority in the force’s control strategy, and a chief "
           "superintendent leads the work. Leaders don’t yet have good enough information about the quality of "
           "the work done by frontline officers.")
    text = "The force should improve the performance information available to its leaders about child protection."
    p.para(f"**Area for improvement:** {text}")
    gold.afi("Child protection leadership", text, None, at="Area for improvement: The force should improve the performance")
    topic(1)
    p.para("The force works well with the three safeguarding partners. It shares information at daily meetings in "
           "the multi-agency safeguarding hub, and partners spoke positively about its contribution.")
    topic(2)
    p.para("Officers attending incidents involving children didn’t always speak to the children or record their "
           "views. Some officers didn’t recognise exploitation when it was present.")
    text = "The force should make sure that officers speak to children and record their views and behaviour."
    detail = ("In 21 of the 62 incidents we reviewed, officers did not record whether they had spoken to the "
              "children present.")
    p.para(f"**Area for improvement:** {text}")
    p.para(detail)
    gold.afi("Responding to children at risk of harm", text, detail, at="Area for improvement: The force should make sure that officers speak")
    topic(3)
    p.para("Officers complete a risk assessment for every child they come across, and most referrals reach the "
           "local authority within a day.")
    text = "The force should make sure its referrals to children’s social care contain the information partners need."
    p.para(f"**Area for improvement:** {text}")
    gold.afi("Assessing risk to children and making appropriate referrals", text, None,
             at="Area for improvement: The force should make sure its referrals")
    topic(4)
    p.para("Investigations of child abuse are often delayed and poorly supervised. Too many cases were closed "
           "without the suspect being interviewed.")
    p.heading("Cause of concern", 2)
    cause_text = ("Norfolk Constabulary doesn’t investigate reports of child abuse and exploitation promptly or "
                  "supervise these investigations well enough.")
    cause_detail = ("In 19 of the 45 investigations we reviewed, there had been no supervisory review for more "
                    "than a month, and in eight the suspect had not been interviewed.")
    p.para(cause_text, bold=True)
    p.para(cause_detail)
    cause = gold.cause("Investigating reports of abuse, neglect and exploitation of children", cause_text,
                       cause_detail)
    p.heading("Recommendations", 3)
    lead_in = "Immediately, Norfolk Constabulary should:"
    p.para(lead_in)
    bullet = "review all open child abuse investigations that have had no supervisory review for 28 days."
    p.para(bullet, style="List Bullet")
    gold.rec(cause, bullet, "Immediately", lead_in)
    lead_in = "Within three months, Norfolk Constabulary should:"
    p.para(lead_in)
    for bullet in ["set and monitor a standard for how often supervisors review child abuse investigations; and",
                   "make sure that suspects in child abuse investigations are interviewed without delay."]:
        p.para(bullet, style="List Bullet")
        gold.rec(cause, bullet, "Within three months", lead_in)
    p.heading("About the data", 1)
    p.para("We reviewed 150 cases chosen at random from the force’s records of the previous six months, and we "
           "interviewed officers, staff and partners.")
    gold.empty("areas_for_improvement", "findings")
    gold.document(doc_kind="child_protection_report",
                  title="National child protection inspection: Norfolk Constabulary", publication_date="2026-02-10")
    return p, gold


def suffolk_annual_report() -> tuple[Paper, Gold]:
    """A PCC's annual report made in Word (new form): the inspection told in a section among the year's
    business; 'inspected in' and 'published in' months in a sentence; the grades in a table of this and
    the last inspection with a direction-of-travel arrow column (both columns graded: the earlier one
    PEEL 2021/22, undated); a new area with no earlier grade; a partner force's grade recalled; a budget
    table as noise."""
    force = "Suffolk Constabulary"
    gold = Gold(force)
    p = Paper(footer="Police and Crime Commissioner for Suffolk – Annual Report 2025/26 – ")
    p.para("Police and Crime Commissioner for Suffolk")
    p.para("Annual Report 2025/26", style="Title")
    p.para("Published: 25 June 2026")
    p.heading("Contents", 1)
    p.contents([("Foreword", 1), ("Delivering the Police and Crime Plan", 1), ("Holding the Chief Constable to account", 2),
                ("Inspection of Suffolk Constabulary", 2), ("Finance", 3)])
    p.heading("Foreword", 1)
    p.para("This is my third annual report as your Police and Crime Commissioner. It explains what the constabulary "
           "and my office have done over the last year to deliver the Police and Crime Plan, how I have held the "
           "Chief Constable to account, and how your money has been spent.")
    p.para("Crime in Suffolk fell by 4 percent over the year, and the constabulary recruited 62 new officers. "
           "I remain concerned about how long some victims wait for their cases to reach court.")
    p.heading("Delivering the Police and Crime Plan", 1)
    p.para("The plan has four priorities: preventing crime and keeping people safe, supporting victims, tackling "
           "violence against women and girls, and an efficient and effective police service. Rural crime "
           "officers now cover every district, and the number of neighbourhood watch schemes rose to 1,340.")
    p.bullets(["3,912 victims were supported by the commissioned victim care service.",
               "£410,000 was awarded through the community fund to 58 local projects.",
               "Two new youth diversion schemes began in Ipswich and Lowestoft."])
    p.heading("Holding the Chief Constable to account", 1)
    p.para("I hold the Chief Constable to account at public Accountability and Performance Panels every two months. "
           "Papers and recordings are published on my website. This year the panels looked at stalking, road "
           "safety, the 101 service and the constabulary’s response to its inspection.")
    p.heading("Inspection of Suffolk Constabulary", 1)
    p.para("His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) inspected the "
           "constabulary in March 2025 under its PEEL programme and published its report in September 2025. "
           "The table below sets the grades beside those of the previous inspection.")
    p.para("Table 2: PEEL grades for Suffolk Constabulary, 2025 compared with 2022", style="Caption")
    rows = [("Police powers and public treatment", "Good", "Good", "↔"),
            ("Preventing crime", "Good", "Adequate", "↑"),
            ("Responding to the public", "Adequate", "Requires improvement", "↑"),
            ("Investigating crime", "Requires improvement", "Adequate", "↓"),
            ("Protecting vulnerable people", "Adequate", "Adequate", "↔"),
            ("Managing offenders", "Good", "Good", "↔"),
            ("Developing a positive workplace", "Adequate", "Good", "↓"),
            ("Leadership and force management", "Good", "Not assessed in 2022", "–")]
    p.table([["PEEL area", "2025 grade", "2022 grade", "Direction of travel"]] + [list(r) for r in rows],
            widths=[7, 3.5, 4, 2.5])
    for area, now, before, _ in rows:
        gold.grade(area, area, now, "2025-09", P2325, at="Table 2: PEEL grades")
        if before in GRADE_FILL:
            gold.grade(area, area, before, None, P2122, at="Table 2: PEEL grades")
    p.para("")
    p.para("Key: ↑ improved  ↔ no change  ↓ declined", italic=True)
    p.para("The inspectorate found that the constabulary had improved how it answers calls from the public, but "
           "that investigations were not always supervised well. Its report made 11 areas for improvement and no "
           "causes of concern. I have asked the Chief Constable to report progress on each of them to my "
           "Accountability and Performance Panel.")
    p.para("Norfolk Constabulary, with which Suffolk shares many specialist teams, was graded good at investigating "
           "crime in its own inspection in 2025. The two forces are now comparing how they supervise "
           "investigations.")
    p.heading("Finance", 1)
    p.para("The net revenue budget for 2025/26 was £164.2 million. The table below shows how it was spent.")
    p.table([["Spending", "2025/26 (£m)", "2024/25 (£m)"],
             ["Police officer pay", "98.6", "94.1"], ["Police staff pay", "38.9", "37.2"],
             ["Premises and transport", "14.3", "13.8"], ["Supplies and services", "12.4", "12.9"],
             ["Total", "164.2", "158.0"]], widths=[8, 4, 4])
    gold.empty("areas_for_improvement", "causes_of_concern")
    gold.document(title="Annual Report 2025/26", publication_date="2026-06-25")
    return p, gold


def north_yorkshire_panel_report() -> tuple[Paper, Gold]:
    """A commissioner's report to a Police, Fire and Crime Panel made in Word (new form): cover lines
    (panel, date of meeting, report of, subject), numbered paragraphs; each grade in a paragraph that
    opens with the area and grade in bold as a run-in heading ('4.2 Preventing crime: good. ...'); the
    2022 grade recalled in one of them; the cause of concern mentioned but not quoted; the AFIs in an
    appendix table whose first column gives the area."""
    force = "North Yorkshire Police"
    gold, as_of = Gold(force), "2026-01"
    p = Paper(header="OFFICIAL", footer="Page ")
    p.para("North Yorkshire Police, Fire and Crime Panel", bold=True)
    p.para("Date of meeting: 12 March 2026")
    p.para("Report of the Police, Fire and Crime Commissioner")
    p.para("Subject: HMICFRS PEEL inspection of North Yorkshire Police 2023–25", style="Heading 1")
    p.heading("1. Purpose of the report", 2)
    p.para("1.1 To inform the panel of the outcome of the PEEL inspection of North Yorkshire Police, published by "
           "HMICFRS on 29 January 2026, and of how the Commissioner is overseeing the force’s response.")
    p.heading("2. Recommendation", 2)
    p.para("2.1 That the panel notes the report and the Commissioner’s oversight arrangements.")
    p.heading("3. Background", 2)
    p.para("3.1 HMICFRS inspects every force in England and Wales under its PEEL programme. Inspectors were in "
           "the force in September 2025. The inspectorate grades eight areas of policing on a five-point scale "
           "from outstanding to inadequate, and reports on the service to victims without grading it.")
    p.heading("4. The inspectorate’s findings", 2)
    paragraphs = [
        ("Police powers and public treatment", "good", "Good",
         "Officers use stop and search fairly, and the force scrutinises its use of force with community "
         "members."),
        ("Preventing crime", "good", "Good",
         "Neighbourhood teams work well with partners to solve local problems. In 2022 the force was graded "
         "adequate in this area."),
        ("Responding to the public", "adequate", "Adequate",
         "The force answers most emergency calls quickly, but too many non-emergency callers abandon their calls."),
        ("Investigating crime", "requires improvement", "Requires improvement",
         "Investigations are not always allocated to staff with the right skills, and victims are not kept "
         "updated."),
        ("Protecting vulnerable people", "requires improvement", "Requires improvement",
         "The inspectorate raised a cause of concern about how the force manages the risk of domestic abuse "
         "perpetrators, with two recommendations."),
        ("Managing offenders", "adequate", "Adequate",
         "The force manages registered sex offenders well, but has a backlog of outstanding suspects."),
        ("Developing a positive workplace", "adequate", "Adequate",
         "The workforce feels supported, though sickness absence among call handlers remains high."),
        ("Leadership and force management", "good", "Good",
         "Leaders understand demand and have a realistic plan to meet it."),
    ]
    for n, (area, word, grade, reason) in enumerate(paragraphs, start=1):
        p.para(f"4.{n} **{area}: {word}.** {reason}")
        gold.grade(area, area, grade, as_of, P2325, at=f"4.{n} {area}: {word}.")
    p.para("4.9 The service to victims of crime is not graded. The inspectorate found that the force records "
           "crime accurately.")
    p.heading("5. Oversight by the Commissioner", 2)
    p.para("5.1 The Chief Constable has set up a PEEL improvement board. The Commissioner will scrutinise "
           "progress at the public accountability meetings in May and September 2026, and will report back to "
           "the panel in the autumn.")
    p.para("5.2 The areas for improvement are listed in Appendix A with the force’s first response.")
    p.heading("Appendix A: Areas for improvement", 2)
    afis = [("Responding to the public", "The force should reduce the number of abandoned non-emergency calls.",
             "A new online reporting form went live in February 2026."),
            ("Investigating crime", "The force should make sure investigations are allocated to staff with the "
             "right skills and experience.", "An allocation policy is being rewritten."),
            ("Investigating crime", "The force should make sure victims are updated in line with the Victims’ "
             "Code of Practice.", "Compliance is now checked in monthly audits."),
            ("Protecting vulnerable people", "The force should improve how it uses Domestic Violence Protection "
             "Orders.", "Training for inspectors is planned for April 2026."),
            ("Managing offenders", "The force should reduce the number of outstanding suspects.",
             "Weekly arrest days began in January 2026."),
            ("Developing a positive workplace", "The force should understand and reduce sickness absence in its "
             "control room.", "An occupational health review has started.")]
    p.table([["PEEL area", "Area for improvement", "Force response"]] + [list(a) for a in afis], widths=[4, 7, 6])
    for area, text, _ in afis:
        gold.afi(area, text, None, at="Appendix A: Areas for improvement")
    gold.empty("causes_of_concern", "recommendations")
    gold.document(doc_kind="scrutiny_pack", title="HMICFRS PEEL inspection of North Yorkshire Police 2023–25",
                  meeting_date="2026-03-12")
    return p, gold


def dorset_improvement_tracker() -> tuple[Paper, Gold]:
    """A force's PEEL improvement tracker in Word, landscape, 'OFFICIAL' header (new form): a grade
    journey table whose header is two rows with merged cells ('PEEL area' down both, 'Grade' across two
    columns over the two inspections, each named with its publication month), both columns graded; a
    new area 'Not graded' in the earlier one; then one tracker table per area under its own heading
    (Ref | Area for improvement | Lead | Update | Status); the cause of concern and its recommendations in
    a table of their own under a heading naming the area."""
    force = "Dorset Police"
    gold = Gold(force)
    p = Paper(header="OFFICIAL", footer="Dorset Police – PEEL improvement tracker – page ", landscape=True)
    p.para("**Dorset Police**")
    p.para("**HMICFRS PEEL improvement tracker – position at 31 March 2026**")
    p.para("Prepared for the Chief Constable’s Strategic Change Board. Owner: Head of Organisational Learning.")
    p.heading("1. Grade journey", 2)
    p.para("The grades of our two most recent PEEL inspections are shown below. The 2023–25 report was "
           "published on 6 November 2025 following fieldwork in June 2025.")
    rows = [("Police powers and public treatment", "Good", "Good"),
            ("Preventing crime", "Adequate", "Good"),
            ("Responding to the public", "Inadequate", "Requires improvement"),
            ("Investigating crime", "Requires improvement", "Requires improvement"),
            ("Protecting vulnerable people", "Adequate", "Requires improvement"),
            ("Managing offenders", "Good", "Adequate"),
            ("Developing a positive workplace", "Adequate", "Adequate"),
            ("Leadership and force management", "Not graded", "Good")]
    table = p.table([["PEEL area", "Grade", ""],
                     ["", "PEEL 2021/22 (published October 2022)", "PEEL 2023–25 (published November 2025)"]]
                    + [list(r) for r in rows], header_rows=2, widths=[9, 7, 7])
    table.cell(0, 0).merge(table.cell(1, 0))
    table.cell(0, 1).merge(table.cell(0, 2))
    for area, before, now in rows:
        gold.grade(area, area, now, "2025-11", P2325, at=None)
        if before in GRADE_FILL:
            gold.grade(area, area, before, "2022-10", P2122, at=None)
    p.heading("2. Cause of concern – Protecting vulnerable people", 2)
    cause_text = ("Dorset Police doesn’t assess the risk to victims of domestic abuse consistently when they "
                  "first contact the force.")
    recs = ["By 31 May 2026, Dorset Police should make sure that call handlers complete a structured risk "
            "assessment for every domestic abuse call.",
            "By 31 August 2026, Dorset Police should introduce audits of domestic abuse risk assessments and act "
            "on what they find."]
    p.table([["Ref", "HMICFRS text", "Lead", "Update", "Status"],
             ["CoC 1", cause_text, "ACC Protect", "Risk assessment training delivered to 90% of call handlers.",
              "Amber"],
             ["CoC 1 R1", recs[0], "Supt Contact", "New assessment form in use since 2 February 2026.", "Green"],
             ["CoC 1 R2", recs[1], "DCI Safeguarding", "Audit plan drafted; first audit due May 2026.", "Amber"]],
            widths=[2.2, 9, 3, 7, 2])
    cause = gold.cause("Protecting vulnerable people", cause_text, None)
    gold.rec(cause, recs[0], "By 31 May 2026")
    gold.rec(cause, recs[1], "By 31 August 2026")
    p.heading("3. Areas for improvement", 2)
    sections = [("Responding to the public", [
                    ("AFI 1", "The force should improve how quickly it answers non-emergency calls.",
                     "Supt Contact", "Average wait down from 11 to 7 minutes.", "Amber"),
                    ("AFI 2", "The force should make sure that it attends incidents within the times it has set.",
                     "Supt Response", "Attendance within target rose to 78%.", "Amber")]),
                ("Investigating crime", [
                    ("AFI 3", "The force should make sure that supervisors review investigations and set clear "
                              "actions.", "D/Supt Crime", "Supervision standard published January 2026.", "Green"),
                    ("AFI 4", "The force should make sure that victims’ needs assessments are completed.",
                     "D/Supt Crime", "Compliance 64%; dip sampling weekly.", "Red")]),
                ("Managing offenders", [
                    ("AFI 5", "The force should reduce the number of wanted and outstanding suspects.",
                     "Supt Offender Management", "Outstanding suspects down by 18%.", "Green")])]
    for area, items in sections:
        p.heading(area, 3)
        p.table([["Ref", "Area for improvement", "Lead", "Update", "Status"]] + [list(i) for i in items],
                widths=[2.2, 9, 3, 7, 2])
        for _, text, *_ in items:
            gold.afi(area, text, None)
    gold.document(doc_kind="force_response",
                  title="HMICFRS PEEL improvement tracker – position at 31 March 2026")
    return p, gold


def lancashire_inspection_update() -> tuple[Paper, Gold]:
    """A PCC's quarterly inspection update to a scrutiny meeting made in Word (new form): cover lines,
    numbered paragraphs; a register of graded inspections, Inspection | Published | Area | Grade, the
    inspection and date cells merged down over their rows, so that one table holds two frameworks
    each with its own date; this quarter's national reports (ungraded) and counts of open items as
    noise."""
    force = "Lancashire Constabulary"
    gold = Gold(force)
    p = Paper(header="OFFICIAL", footer="Strategic Scrutiny Meeting – 23 April 2026 – Page ")
    p.para("Police and Crime Commissioner for Lancashire")
    p.para("Strategic Scrutiny Meeting – 23 April 2026")
    p.para("Agenda item 6: HMICFRS inspection activity – quarterly update", style="Heading 1")
    p.para("Report of: Chief Constable, Lancashire Constabulary")
    p.heading("1. Purpose", 2)
    p.para("1.1 This paper updates the Commissioner on inspection activity in the quarter to 31 March 2026 and "
           "on the force’s progress against the recommendations and areas for improvement it has received.")
    p.heading("2. Graded inspections", 2)
    p.para("2.1 The force’s current grades from HMICFRS are set out below. They come from the two graded "
           "inspections the force has received under the current inspection programme.")
    peel = [("Police powers and public treatment", "Good"), ("Preventing crime", "Outstanding"),
            ("Responding to the public", "Good"), ("Investigating crime", "Adequate"),
            ("Protecting vulnerable people", "Good"), ("Managing offenders", "Adequate"),
            ("Developing a positive workplace", "Adequate"), ("Leadership and force management", "Good")]
    child = [("Child protection leadership", "Leadership and management", "Good"),
             ("Working with safeguarding partners", "Working with safeguarding partners", "Good"),
             ("Responding to children at risk of harm", "Responding to children at risk of harm", "Adequate"),
             ("Assessing risk to children and making appropriate referrals", "Assessing risk and making referrals",
              "Requires improvement"),
             ("Investigating reports of abuse, neglect and exploitation of children",
              "Investigating abuse, neglect and exploitation of children", "Adequate")]
    rows = [["Inspection", "Published", "Area", "Grade"]]
    rows += [["PEEL 2023–25" if i == 0 else "", "12 March 2025" if i == 0 else "", a, g]
             for i, (a, g) in enumerate(peel)]
    rows += [["National child protection inspection" if i == 0 else "", "9 December 2025" if i == 0 else "", raw, g]
             for i, (_, raw, g) in enumerate(child)]
    table = p.table(rows, widths=[4.2, 3.3, 6.5, 3.5])
    first_child = 1 + len(peel)
    for column in (0, 1):
        table.cell(1, column).merge(table.cell(len(peel), column))
        table.cell(first_child, column).merge(table.cell(first_child + len(child) - 1, column))
    for area, grade in peel:
        gold.grade(area, area, grade, "2025-03", P2325, at="2.1 The force’s current grades")
    for area, raw, grade in child:
        gold.grade(area, raw, grade, "2025-12", CP, at="2.1 The force’s current grades")
    p.para("")
    p.para("2.2 The force is not due another PEEL inspection until 2027. HMICFRS graded the force outstanding at "
           "preventing crime, one of only three forces to receive that grade nationally.")
    p.heading("3. National inspections published this quarter", 2)
    p.para("3.1 HMICFRS published two national reports in the quarter. Neither grades individual forces.")
    p.bullets(["An inspection of how well the police tackle stalking and harassment (February 2026): four "
               "recommendations for all chief constables.",
               "An inspection of vetting and counter-corruption (March 2026): six recommendations for all chief "
               "constables, one of them for completion by 30 September 2026."])
    p.heading("4. Progress against open items", 2)
    p.table([["Source", "Open", "Closed this quarter", "Overdue"],
             ["PEEL 2023–25 areas for improvement", "5", "2", "0"],
             ["Child protection causes of concern and recommendations", "3", "1", "1"],
             ["National recommendations", "14", "4", "2"]], widths=[8, 2.5, 4, 2.5])
    p.para("")
    p.para("4.1 The overdue child protection recommendation concerns the timeliness of strategy discussions. The "
           "force expects to close it by the end of June 2026.")
    p.heading("5. Recommendation", 2)
    p.para("5.1 The Commissioner is asked to note the report.")
    gold.empty("areas_for_improvement", "causes_of_concern", "recommendations")
    gold.document(doc_kind="scrutiny_pack", title="HMICFRS inspection activity – quarterly update",
                  meeting_date="2026-04-23")
    return p, gold


def cumbria_s55_response() -> tuple[Paper, Gold]:
    """A PFCC's section 55 response in Word: office line, title, a details table; the grades in a table
    whose grade cells carry a direction arrow after the word ('Good ▲') with a key below (the earlier
    grades are not stated, so they give no record); the cause of concern in Word's Quote style with its
    recommendations as a numbered list; the AFIs as bullets under area sub-headings."""
    force = "Cumbria Constabulary"
    gold, as_of = Gold(force), "2026-02"
    p = Paper(header="OFFICIAL")
    p.para("Office of the Police, Fire and Crime Commissioner for Cumbria")
    p.heading("Response to HMICFRS PEEL 2023–25 inspection of Cumbria Constabulary", 1)
    p.table([["Report", "PEEL 2023–25: An inspection of Cumbria Constabulary"],
             ["Published", "19 February 2026"],
             ["Response from", "Police, Fire and Crime Commissioner for Cumbria"],
             ["Date of response", "16 April 2026"]], header_rows=0, widths=[4.5, 12])
    p.para("")
    p.para("Section 55 of the Police Act 1996 requires me to publish comments on any HMICFRS report about "
           "Cumbria Constabulary. I welcome this report and the Chief Constable’s response to it.")
    p.heading("The inspectorate’s grades", 2)
    grades = [("Police powers and public treatment", "Good", "▲"), ("Preventing crime", "Good", "▬"),
              ("Responding to the public", "Adequate", "▲"), ("Investigating crime", "Adequate", "▬"),
              ("Protecting vulnerable people", "Requires improvement", "▼"), ("Managing offenders", "Good", "▲"),
              ("Developing a positive workplace", "Adequate", "▬"),
              ("Leadership and force management", "Adequate", "")]
    p.table([["PEEL area", "Grade"]] + [[a, f"{g} {arrow}".strip()] for a, g, arrow in grades], widths=[10, 6])
    for area, grade, _ in grades:
        gold.grade(area, area, grade, as_of, P2325, at=None)
    p.para("Key: ▲ better than the 2022 inspection; ▬ the same; ▼ worse. Leadership and force management was "
           "not graded in 2022.", italic=True)
    p.para("I am disappointed that the constabulary’s grade for protecting vulnerable people has fallen, and I "
           "will scrutinise the improvement plan at each of my public accountability meetings.")
    p.heading("Cause of concern", 2)
    cause_text = ("Cumbria Constabulary doesn’t manage the risk posed by registered sex offenders well enough, "
                  "because home visits are not always completed on time.")
    p.para(cause_text, style="Quote")
    cause = gold.cause(None, cause_text, None)  # under 'Cause of concern', outside any area section
    p.para("The inspectorate recommended that:")
    recs = ["Within three months, the constabulary should complete every overdue home visit to registered sex "
            "offenders.",
            "Within six months, the constabulary should make sure it has enough trained staff to visit offenders "
            "as often as their risk requires."]
    for text in recs:
        p.para(text, style="List Number")
    gold.rec(cause, recs[0], "Within three months")
    gold.rec(cause, recs[1], "Within six months")
    p.para("The Chief Constable tells me that all overdue visits were completed by the end of March 2026.")
    p.heading("Areas for improvement", 2)
    afis = [("Responding to the public", ["The constabulary should reduce the time non-emergency callers wait."]),
            ("Investigating crime", ["The constabulary should make sure investigation plans are set and reviewed.",
                                     "The constabulary should improve the quality of its files to the Crown "
                                     "Prosecution Service."]),
            ("Protecting vulnerable people", ["The constabulary should make sure that referrals for vulnerable "
                                              "adults are assessed within 24 hours."]),
            ("Developing a positive workplace", ["The constabulary should understand why officers leave in their "
                                                 "first two years."])]
    for area, items in afis:
        p.heading(area, 3)
        p.bullets(items)
        for text in items:
            gold.afi(area, text, None)
    p.para("I will publish the constabulary’s progress against these areas on my website every six months.")
    gold.document(doc_kind="force_response",
                  title="Response to HMICFRS PEEL 2023–25 inspection of Cumbria Constabulary",
                  organisation="Police, Fire and Crime Commissioner for Cumbria", publication_date="2026-04-16")
    return p, gold


DOCUMENTS: dict[str, Callable[[], tuple[Paper, Gold]]] = {
    "peel-2023-25-gloucestershire-r23.pdf": peel_gloucestershire,
    "peel-2021-22-northamptonshire-r23.docx": peel_2122_northamptonshire,
    "ncpi-norfolk-r23.pdf": ncpi_norfolk,
    "suffolk-pcc-annual-report-2025-26-r23.pdf": suffolk_annual_report,
    "north-yorkshire-pfcp-peel-2026-03-12-r23.pdf": north_yorkshire_panel_report,
    "dorset-peel-improvement-tracker-r23.docx": dorset_improvement_tracker,
    "lancashire-pcc-inspection-update-2026-04-23-r23.pdf": lancashire_inspection_update,
    "cumbria-pfcc-s55-peel-r23.docx": cumbria_s55_response,
}


def main() -> None:
    gold_folder = ROUND / "gold"
    gold_folder.mkdir(exist_ok=True)
    for name, build in DOCUMENTS.items():
        paper, gold = build()
        data = paper.docx()
        if name.endswith(".pdf"):
            data = docx_to_pdf(data)
            pages = set_pdf_pages(data, gold)
            gold.records["documents"][0].update(file_type="pdf", pages=pages)
        else:
            gold.records["documents"][0].update(file_type="docx")
        (ROUND / name).write_bytes(data)
        record = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": finish(gold)}
        (gold_folder / f"{name}.json").write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n")
        counts = {kind: len(records) for kind, records in record["records"].items()}
        print(name, len(data), counts)


if __name__ == "__main__":
    main()
