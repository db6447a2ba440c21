"""Held-out inspection round 30b: seven ordinary inspection documents and their hand-written gold.

    .venv/bin/python samples/corpus/inspection-round30b/generate.py [FILE ...]

Builds every document (or those named) beside this file and writes its gold to gold/<file>.json (held out in session 6, promoted in session 7).
reportlab PDFs use inspection_render.render_pdf (invariant mode); Word files are built with python-docx in
Word's own styles and fixed zip times; the Word-made PDFs pass those through office_pdf.docx_to_pdf (needs
soffice). Gold records are written beside the text they describe; a PDF record's page is the first page
(at or after its table or section) whose text holds its anchor phrase.
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
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # samples/corpus: the shared rendering helpers
sys.path.insert(0, str(HERE.parent.parent))  # samples: the generator package

from generator.model import Bullets, Heading, Merge, PageBreak, Para, Table, cell, runs  # noqa: E402
from inspection_render import GRADE_FILL, fixed_zip_times, render_pdf  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written by hand in samples/corpus/inspection-round30b/generate.py beside the text it describes, blind "
           "(no extractor code or extractor test read, extractors never run on these files); PDF pages found in the "
           "PDF's own text and read against `scrutiny inspect`.")
WHEN = datetime(2026, 1, 15, 9, 0, 0)


# ---------------------------------------------------------------- gold records

def grade(force: str, framework: str, area: str, area_raw: str, value: str, as_of: str | None,
          anchor_after: str) -> dict:
    """A grade; on a PDF its page is the first page holding ``area_raw`` at or after ``anchor_after``."""
    return {"page": None, "force": force, "framework": framework, "area": area, "area_raw": area_raw,
            "grade": value, "as_of": as_of, "_anchor": area_raw, "_after": anchor_after}


def _words(text: str, length: int) -> str:
    """The text's opening whole words, about ``length`` characters."""
    return text[:length].rsplit(" ", 1)[0]


def afi(force: str, area: str | None, text: str, detail: str | None, after: str | None = None) -> dict:
    return {"page": None, "force": force, "area": area, "text": text, "detail": detail,
            "_anchor": _words(text, 80), "_after": after}


def cause(force: str, area: str | None, text: str, detail: str | None) -> dict:
    return {"page": None, "force": force, "area": area, "text": text, "detail": detail, "_anchor": _words(text, 80)}


def recommendation(force: str | None, text: str, timescale: str | None, lead_in: str | None,
                   cause_text: str | None, after: str | None = None) -> dict:
    return {"page": None, "force": force, "cause_of_concern_text": cause_text, "text": text,
            "timescale": timescale, "lead_in": lead_in, "_anchor": _words(text, 70), "_after": after}


def finding(force: str, area: str, kind: str, text: str) -> dict:
    return {"page": None, "force": force, "kind": kind, "area": area, "text": text, "_anchor": _words(text, 70)}


def _page_texts(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [re.sub(r"\s+", " ", page.extract_text() or "") for page in pdf.pages]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _holds(page_text: str, anchor: str, table_cell: bool) -> bool:
    """The anchor as one phrase, or, for a table cell (whose wrapped lines interleave with its neighbours'; found
    at or after its table's caption), all its words on the page."""
    return _squash(anchor) in page_text or (table_cell and _tokens(anchor) <= _tokens(page_text))


def _tokens(text: str) -> set[str]:
    """Words without punctuation, split at hyphens (a narrow cell may break "non-emergency" at its hyphen)."""
    return set(re.findall(r"[a-z0-9']+", text.lower()))


def resolve_pages(name: str, data: bytes, records: dict) -> None:
    """Set each record's page (PDF) or null (DOCX), and drop the anchors."""
    texts = _page_texts(data) if name.endswith(".pdf") else []
    for kind, items in records.items():
        for record in items:
            anchor, after = record.pop("_anchor", None), record.pop("_after", None)
            if not texts or kind == "documents":
                continue
            start = 0
            if after:
                start = next((i for i, t in enumerate(texts) if _squash(after) in t), None)
                if start is None:
                    raise SystemExit(f"{name}: table or section anchor {after!r} not found")
            page = next((i for i in range(start, len(texts)) if _holds(texts[i], anchor, bool(after))), None)
            if page is None:
                raise SystemExit(f"{name}: {kind} anchor {anchor!r} not found")
            record["page"] = page + 1
    if texts:
        records["documents"][0]["pages"] = len(texts)


# ---------------------------------------------------------------- Word documents

class WordDoc:
    """A Word document typed as an office types it: Word's Title, Heading and List styles, Table Grid
    tables with a shaded header row, merged cells, a running header and a footer with the page number."""

    def __init__(self, title: str, author: str, header: str, footer: str, landscape: bool = False) -> None:
        self.document = Document()
        section = self.document.sections[0]
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Mm(297), Mm(210)
        else:
            section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(22))
        normal = self.document.styles["Normal"]
        normal.font.name = "Arial"
        normal.font.size = Pt(11)
        rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(attr), "Arial")
        section.header.paragraphs[0].text = header
        footer_paragraph = section.footer.paragraphs[0]
        footer_paragraph.text = f"{footer}    Page "
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE")
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        footer_paragraph._p.append(field)
        props = self.document.core_properties
        props.title, props.author, props.last_modified_by = title, author, author
        props.created = props.modified = props.last_printed = WHEN
        props.revision = 1

    @staticmethod
    def _write(paragraph, text: str, bold: bool = False, size: float | None = None) -> None:
        for part in runs(text):
            out = paragraph.add_run(part.text)
            out.bold = part.bold or bold or None
            out.italic = part.italic or None
            if size:
                out.font.size = Pt(size)
            if part.colour:
                out.font.color.rgb = RGBColor.from_string(part.colour[1:].upper())

    def title(self, text: str) -> None:
        self._write(self.document.add_paragraph(style="Title"), text)

    def heading(self, text: str, level: int) -> None:
        self._write(self.document.add_paragraph(style=f"Heading {level}"), text)

    def para(self, text: str, bold: bool = False) -> None:
        self._write(self.document.add_paragraph(), text, bold)

    def bullets(self, items: list[str]) -> None:
        for item in items:
            self._write(self.document.add_paragraph(style="List Bullet"), item)

    def numbered(self, items: list[str]) -> None:
        for item in items:
            self._write(self.document.add_paragraph(style="List Number"), item)

    def page_break(self) -> None:
        self.document.add_page_break()

    def table(self, rows: list[list[str | list[str]]], widths: list[float], header_rows: int = 1,
              header_fill: str = "D9D9D9", fills: dict[tuple[int, int], str] | None = None,
              merges: list[tuple[int, int, int, int]] = ()) -> None:
        """``rows[r][c]``: a cell's text (or its paragraphs); cells covered by a merge (r0, c0, r1, c1) are ignored."""
        table = self.document.add_table(rows=len(rows), cols=len(widths))
        table.style = self.document.styles["Table Grid"]
        table.autofit = False
        section = self.document.sections[0]
        usable = section.page_width - section.left_margin - section.right_margin
        for row in table.rows:
            for c, width in enumerate(widths):
                row.cells[c].width = int(usable * width / sum(widths))
        covered = set()
        for r0, c0, r1, c1 in merges:
            table.cell(r0, c0).merge(table.cell(r1, c1))
            covered |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)} - {(r0, c0)}
        for r in range(header_rows):
            tr_pr = table.rows[r]._tr.get_or_add_trPr()
            repeat = OxmlElement("w:tblHeader")
            repeat.set(qn("w:val"), "true")
            tr_pr.append(repeat)
        shading = {(r, c): header_fill for r in range(header_rows) for c in range(len(widths))}
        shading.update(fills or {})
        for r, row in enumerate(rows):
            for c, content in enumerate(row):
                if (r, c) in covered:
                    continue
                target = table.cell(r, c)
                paragraphs = content if isinstance(content, list) else [content]
                for i, text in enumerate(paragraphs):
                    paragraph = target.paragraphs[0] if i == 0 else target.add_paragraph()
                    self._write(paragraph, text, bold=r < header_rows, size=10)
                if (r, c) in shading:
                    shd = OxmlElement("w:shd")
                    shd.set(qn("w:val"), "clear")
                    shd.set(qn("w:color"), "auto")
                    shd.set(qn("w:fill"), shading[(r, c)].lstrip("#").upper())
                    target._tc.get_or_add_tcPr().append(shd)
        self.document.add_paragraph()

    def bytes(self) -> bytes:
        raw = io.BytesIO()
        self.document.save(raw)
        return fixed_zip_times(raw.getvalue())


def fill(value: str) -> str:
    return GRADE_FILL[value].lstrip("#").upper()


# ---------------------------------------------------------------- 1. PEEL 2023-25 report (reportlab)

HERTS = "Hertfordshire Constabulary"
HERTS_GRADES = [
    ("Police powers and public treatment", "Police powers and public treatment", "Good"),
    ("Preventing crime", "Preventing crime", "Good"),
    ("Responding to the public", "Responding to the public", "Adequate"),
    ("Investigating crime", "Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Protecting vulnerable people", "Good"),
    ("Managing offenders", "Managing offenders", "Adequate"),
    ("Developing a positive workplace", "Developing a positive workplace", "Adequate"),
    ("Leadership and force management", "Leadership and force management", "Good"),
]


def hertfordshire() -> tuple[bytes, dict]:
    f = HERTS
    afi_response = ("The force should make sure that it assesses the risk to callers accurately, using a "
                    "structured method, when it first receives a call for service.")
    afi_response_detail = ("In 19 of the 96 calls we listened to, call handlers did not use the structured risk "
                           "method. In seven of these, the risk to the caller was assessed as lower than the "
                           "circumstances justified.")
    coc = ("Hertfordshire Constabulary doesn't always carry out effective investigations, and too many victims "
           "don't get the outcome they deserve.")
    coc_detail = ("Of the 120 investigations we reviewed, 31 were not effective. Supervisors seldom set "
                  "investigation plans, and in 22 cases reasonable lines of enquiry were not followed.")
    lead = "Within six months, the force should:"
    recs = ["make sure that supervisors review every investigation allocated to their teams and set a plan;",
            "make sure that all reasonable lines of enquiry are identified and completed; and",
            "make sure that investigating officers have the training and time they need to manage their "
            "caseloads."]
    afi_invest = ("The force should make sure that it records the reasons when a victim withdraws their support "
                  "for an investigation, and considers evidence-led prosecutions.")
    afi_invest_detail = ("We found that the victim's reasons were recorded in only 14 of the 33 relevant "
                         "cases we reviewed.")
    practice = "Community speed watch volunteers linked to neighbourhood teams"
    afis_offenders = ["The force should improve how it manages the risk posed by registered sex offenders who "
                      "are waiting for a risk assessment.",
                      "The force should make sure it records the details of bail conditions accurately on its "
                      "systems."]
    afi_leadership = ("The force should make sure that its new performance framework gives leaders information "
                      "about the quality of service, not just its volume.")
    afi_leadership_detail = ("Most measures leaders receive count demand and activity. Few show whether victims "
                             "were kept informed or whether investigations were of a good standard.")

    table_rows, fills = _grade_table([(raw, g) for _, raw, g in HERTS_GRADES], "Area of policing")
    blocks = [
        Para("{#5b2c6f|**PEEL 2023–25**}"),
        Heading("Police effectiveness, efficiency and legitimacy: An inspection of Hertfordshire Constabulary", 1),
        Para("Published 4 December 2025"),
        Heading("Contents", 3),
        Para("About this inspection\nOverall summary\nHM Inspector's observations\nResponding to the public\n"
             "Investigating crime\nProtecting vulnerable people\nManaging offenders\nLeadership and force "
             "management"),
        Heading("About this inspection", 2),
        Para("This inspection assessed how good Hertfordshire Constabulary is in nine areas of policing. We "
             "make graded judgments in eight of these nine as follows: outstanding, good, adequate, requires "
             "improvement or inadequate. We also inspected how effective the force is at tackling serious "
             "and organised crime; this is done through a regional inspection and is reported separately."),
        Heading("Overall summary", 2),
        Para("Our judgments"),
        Table(table_rows, (3, 2), header_rows=1),
        Para("We don't grade the force on the service it gives to victims of crime. We give our findings in the "
             "victim service assessment."),
        Heading("HM Inspector's observations", 2),
        Para("I am pleased with some aspects of the performance of Hertfordshire Constabulary. In our last "
             "inspection we graded the force as good at responding to the public, and it has since faced a "
             "large rise in demand from calls for service."),
        Para("The force's investigations are a concern. I have set out the action it should take below, and I "
             "will monitor its progress."),
        PageBreak(),
        Heading("Responding to the public", 2),
        Para("**Hertfordshire Constabulary is adequate at responding to the public.**"),
        Heading("Area for improvement", 3),
        Para(f"**{afi_response}**"),
        Para(afi_response_detail),
        Para("The force answers most emergency calls within ten seconds. It answered 91 per cent of them within "
             "this time in the year to March 2025."),
        Heading("Investigating crime", 2),
        Para("**Hertfordshire Constabulary requires improvement at investigating crime.**"),
        Heading("Cause of concern", 3),
        Para(f"**{coc}**"),
        Para(coc_detail),
        Heading("Recommendations", 3),
        Para(lead),
        Bullets(tuple((0, r) for r in recs)),
        Heading("Area for improvement", 3),
        Para(f"**{afi_invest}**"),
        Para(afi_invest_detail),
        Heading("Protecting vulnerable people", 2),
        Para("**Hertfordshire Constabulary is good at protecting vulnerable people.**"),
        Para("The force has a good understanding of the nature and scale of vulnerability in its area."),
        Heading("Promising practice", 3),
        Para(f"**{practice}**"),
        Para("The force has linked its volunteers to neighbourhood teams so that speeding reported by residents "
             "leads to visits to repeat offenders."),
        Heading("Managing offenders", 2),
        Para("**Hertfordshire Constabulary is adequate at managing offenders and suspects.**"),
        Heading("Areas for improvement", 3),
        Bullets(tuple((0, a) for a in afis_offenders)),
        Heading("Leadership and force management", 2),
        Para("**Hertfordshire Constabulary is good at building, supporting and protecting the workforce and at "
             "leading and managing the force.**"),
        Heading("Area for improvement", 3),
        Para(f"**{afi_leadership}**"),
        Para(afi_leadership_detail),
    ]
    data = render_pdf(blocks, {0: fills}, "PEEL 2023–25 Hertfordshire Constabulary")
    records = {
        "documents": [{"page": None, "force": f, "status": "ok", "doc_kind": "peel_report",
                       "title": "Police effectiveness, efficiency and legitimacy: An inspection of Hertfordshire "
                                "Constabulary",
                       "publication_date": "2025-12-04", "file_type": "pdf"}],
        "grades": [grade(f, "PEEL 2023-25", area, raw, g, "2025-12", "Our judgments")
                   for area, raw, g in HERTS_GRADES],
        "areas_for_improvement": [
            afi(f, "Responding to the public", afi_response, afi_response_detail),
            afi(f, "Investigating crime", afi_invest, afi_invest_detail),
            *(afi(f, "Managing offenders", a, None) for a in afis_offenders),
            afi(f, "Leadership and force management", afi_leadership, afi_leadership_detail),
        ],
        "causes_of_concern": [cause(f, "Investigating crime", coc, coc_detail)],
        "recommendations": [recommendation(f, r, "Within six months", lead, coc) for r in recs],
        "findings": [finding(f, "Protecting vulnerable people", "promising_practice", practice)],
    }
    return data, records


def _grade_table(rows: list[tuple[str, str]], area_header: str) -> tuple[tuple, dict[tuple[int, int], str]]:
    table_rows = [(cell(f"**{area_header}**"), cell("**Grade**"))]
    table_rows += [(cell(area), cell(g)) for area, g in rows]
    fills = {(r, 1): GRADE_FILL[g] for r, (_, g) in enumerate(rows, start=1)}
    return tuple(table_rows), fills


# ---------------------------------------------------------------- 2. child protection inspection (Word -> PDF)

DEVON = "Devon and Cornwall Police"
DEVON_GRADES = [
    ("Child protection leadership", "Leadership and management", "Adequate"),
    ("Working with safeguarding partners", "Working with safeguarding partners", "Good"),
    ("Responding to children at risk of harm", "Responding to children at risk of harm", "Adequate"),
    ("Assessing risk to children and making appropriate referrals",
     "Assessing risk to children and making appropriate referrals", "Requires improvement"),
    ("Investigating reports of abuse, neglect and exploitation of children",
     "Investigating reports of abuse, neglect and exploitation of children", "Adequate"),
    ("Child protection decision-making", "Child protection decision-making", "Requires improvement"),
]


def devon_cornwall() -> tuple[bytes, dict]:
    f = DEVON
    coc = ("Devon and Cornwall Police doesn't always recognise the risks to children when officers attend "
           "incidents of domestic abuse, and it doesn't share information with partners quickly enough.")
    coc_detail = ("In 28 of the 70 domestic abuse incidents we reviewed where children lived at the address, "
                  "officers did not speak to the children or record their presence. Referrals to children's "
                  "social care were made, on average, four days after the incident.")
    lead = "Within three months, Devon and Cornwall Police should:"
    recs = ["make sure that officers attending domestic abuse incidents speak to and record every child present;",
            "make sure that it shares information about children at risk with the local authority within 24 "
            "hours; and",
            "make sure that supervisors check the quality of child referrals before they are sent."]
    afi_risk = ("Devon and Cornwall Police should improve the quality of its referrals so that they describe "
                "the child's lived experience.")
    afi_risk_detail = ("Many referrals we saw listed the incident but said nothing about what daily life was "
                       "like for the child.")
    afi_decision = ("Devon and Cornwall Police should make sure that decisions about children in strategy "
                    "discussions are recorded and acted on.")
    afi_decision_detail = ("In 11 of the 36 strategy discussions we reviewed, the agreed actions for the "
                           "police were not recorded on the force's systems, and in four of them the actions "
                           "had not been completed.")
    afi_leadership = ("Devon and Cornwall Police should make sure that its leaders understand the quality of "
                      "child protection work across the force area.")
    practice = "Safeguarding hubs in every custody centre"
    doc = WordDoc("An inspection of the Devon and Cornwall Police response to child protection", "HMICFRS",
                  "National child protection inspection – Devon and Cornwall Police", "© HMICFRS 2026")
    doc.para("National child protection inspection")
    doc.title("An inspection of the Devon and Cornwall Police response to child protection")
    doc.para("Published 12 February 2026")
    doc.heading("Summary", 1)
    doc.para("We inspected how well Devon and Cornwall Police protects children at risk of harm. We spoke to "
             "officers, staff and partners, and we reviewed 214 case records.")
    doc.heading("Our judgments", 2)
    doc.table([["Inspection area", "Grade"]] + [[raw, g] for _, raw, g in DEVON_GRADES], [3, 1.3],
              fills={(r, 1): fill(g) for r, (_, _, g) in enumerate(DEVON_GRADES, start=1)})
    doc.para("Our previous inspection of the force's child protection work, in 2019, was not graded.")
    doc.heading("Child protection leadership", 1)
    doc.para("Leaders are committed to protecting children, and child protection is a priority in the "
             "police and crime plan.")
    doc.heading("Area for improvement", 2)
    doc.para(afi_leadership, bold=True)
    doc.heading("Assessing risk to children and making appropriate referrals", 1)
    doc.para("Officers generally identify children who are at immediate risk, but they don't always look "
             "beyond the incident in front of them.")
    doc.heading("Cause of concern", 2)
    doc.para(coc, bold=True)
    doc.para(coc_detail)
    doc.heading("Recommendations", 3)
    doc.para(lead)
    doc.bullets(recs)
    doc.heading("Area for improvement", 2)
    doc.para(afi_risk, bold=True)
    doc.para(afi_risk_detail)
    doc.heading("Working with safeguarding partners", 1)
    doc.para("The force works well with the four local safeguarding partnerships in its area.")
    doc.heading("Promising practice", 2)
    doc.para(practice, bold=True)
    doc.para("Social workers are based in each custody centre, so that every child brought into custody is "
             "seen by a social worker before release.")
    doc.heading("Child protection decision-making", 1)
    doc.para("Decisions about children are made by the right people, but not always recorded.")
    doc.heading("Area for improvement", 2)
    doc.para(afi_decision, bold=True)
    doc.para(afi_decision_detail)
    doc.heading("Next steps", 1)
    doc.para("We will ask the force to produce an action plan within six weeks and will revisit it to "
             "check its progress against the recommendations.")
    data = docx_to_pdf(doc.bytes())
    records = {
        "documents": [{"page": None, "force": f, "status": "ok", "doc_kind": "child_protection_report",
                       "title": "An inspection of the Devon and Cornwall Police response to child protection",
                       "publication_date": "2026-02-12", "file_type": "pdf"}],
        "grades": [grade(f, "Child protection", area, raw, g, "2026-02", "Our judgments")
                   for area, raw, g in DEVON_GRADES],
        "areas_for_improvement": [
            afi(f, "Child protection leadership", afi_leadership, None),
            afi(f, "Assessing risk to children and making appropriate referrals", afi_risk, afi_risk_detail),
            afi(f, "Child protection decision-making", afi_decision, afi_decision_detail),
        ],
        "causes_of_concern": [cause(f, "Assessing risk to children and making appropriate referrals", coc,
                                    coc_detail)],
        "recommendations": [recommendation(f, r, "Within three months", lead, coc) for r in recs],
        "findings": [finding(f, "Working with safeguarding partners", "promising_practice", practice)],
    }
    return data, records


# ---------------------------------------------------------------- 3. panel report, improvement journey (Word -> PDF)

KENT = "Kent Police"
# (canonical area, printed area, 2025 grade or None, 2022 grade or None)
KENT_GRADES = [
    ("Police powers and public treatment", "Police powers and public treatment", "Good", "Good"),
    ("Preventing crime", "Preventing crime", "Good", "Outstanding"),
    ("Responding to the public", "Responding to the public", "Requires improvement", "Adequate"),
    ("Investigating crime", "Investigating crime", "Adequate", "Requires improvement"),
    ("Protecting vulnerable people", "Protecting vulnerable people", "Adequate", "Adequate"),
    ("Managing offenders", "Managing offenders", "Good", "Adequate"),
    ("Developing a positive workplace", "Developing a positive workplace", "Adequate", "Good"),
    ("Leadership and force management", "Leadership and force management", "Good", None),
    ("Good use of resources", "Good use of resources", None, "Adequate"),
]


def kent() -> tuple[bytes, dict]:
    f = KENT
    afis = [
        ("1", "Responding to the public", "The force should make sure it answers non-emergency calls promptly, "
         "and that callers who abandon their call are called back.", "Amber"),
        ("2", "Responding to the public", "The force should make sure that officers attend incidents within "
         "the times it has set, and that it updates callers when attendance is delayed.", "Red"),
        ("3", "Investigating crime", "The force should make sure that investigations are supervised and that "
         "supervisors record their reviews.", "Green"),
        ("4", "Developing a positive workplace", "The force should make sure that officers and staff receive "
         "regular, meaningful wellbeing conversations with their supervisors.", "Amber"),
    ]
    rag = {"Red": "FF0000", "Amber": "FFC000", "Green": "92D050"}

    def change(new: str | None, old: str | None) -> str:
        if new is None or old is None:
            return "–"
        order = ["Inadequate", "Requires improvement", "Adequate", "Good", "Outstanding"]
        diff = order.index(new) - order.index(old)
        return "Improved" if diff > 0 else "Declined" if diff < 0 else "No change"

    doc = WordDoc("PEEL inspection of Kent Police: outcome and progress", "Kent and Medway Police and Crime Panel",
                  "Kent and Medway Police and Crime Panel – 22 January 2026 – Item 6", "Kent and Medway PCP")
    doc.para("**Kent and Medway Police and Crime Panel**")
    doc.para("Meeting date: 22 January 2026")
    doc.title("PEEL inspection of Kent Police: outcome and progress")
    doc.para("Report of the Police and Crime Commissioner")
    doc.heading("1. Purpose", 1)
    doc.para("This report sets out the outcome of His Majesty's Inspectorate of Constabulary and Fire & Rescue "
             "Services' (HMICFRS) PEEL 2023–25 inspection of Kent Police and the Commissioner's oversight of the "
             "force's response. The Panel is asked to note the report.")
    doc.heading("2. Background", 1)
    doc.para("HMICFRS published its PEEL 2023–25 report on Kent Police on 16 October 2025. The previous PEEL "
             "report, from the 2021/22 programme, was published in May 2022. The table below sets the grades of "
             "the two inspections side by side.")
    doc.para("**Table 1: PEEL grades**")
    rows = [["Area of policing", "HMICFRS grade", "", "Change"], ["", "2025", "2022", ""]]
    fills: dict[tuple[int, int], str] = {}
    for r, (_, raw, new, old) in enumerate(KENT_GRADES, start=2):
        rows.append([raw, new or "Not graded", old or "Not graded", change(new, old)])
        if new:
            fills[(r, 1)] = fill(new)
        if old:
            fills[(r, 2)] = fill(old)
    doc.table(rows, [3, 1.6, 1.6, 1.2], header_rows=2, fills=fills,
              merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3)])
    doc.para("Leadership and force management was a new graded area in 2023–25, and good use of resources "
             "was no longer graded.")
    doc.heading("3. Areas for improvement", 1)
    doc.para("HMICFRS identified four areas for improvement and no causes of concern. The force reports its "
             "progress on each to the Commissioner's Performance and Delivery Board.")
    doc.table([["No.", "PEEL area", "Area for improvement", "RAG"]] + [[n, area, text, status] for n, area, text, status in afis],
              [0.5, 1.8, 4.2, 0.9], fills={(r, 3): rag[a[3]] for r, a in enumerate(afis, start=1)})
    doc.para("RAG: Green – complete; Amber – on track; Red – behind plan.")
    doc.heading("4. Commissioner's oversight", 1)
    doc.para("The Commissioner holds the Chief Constable to account for progress at the quarterly Performance "
             "and Delivery Board. He has welcomed the improvement in investigating crime but remains concerned "
             "about the time taken to answer 101 calls.")
    doc.heading("5. Recommendation", 1)
    doc.para("The Panel is asked to note this report.")
    data = docx_to_pdf(doc.bytes())
    grades = []
    for area, raw, new, old in KENT_GRADES:
        if new:
            grades.append(grade(f, "PEEL 2023-25", area, raw, new, "2025-10", "Table 1"))
        if old:
            grades.append(grade(f, "PEEL 2021/22", area, raw, old, "2022-05", "Table 1"))
    records = {
        "documents": [{"page": None, "force": f, "status": "ok",
                       "title": "PEEL inspection of Kent Police: outcome and progress",
                       "meeting_date": "2026-01-22", "file_type": "pdf"}],
        "grades": grades,
        "areas_for_improvement": [afi(f, area, text, None, after="3. Areas for improvement")
                                  for _, area, text, _ in afis],
        "causes_of_concern": [],
        "recommendations": [],
        "findings": [],
    }
    return data, records


# ---------------------------------------------------------------- 4. section 55 response (DOCX)

ESSEX = "Essex Police"
ESSEX_GRADES = [
    ("Police powers and public treatment", "Police powers and public treatment", "Adequate"),
    ("Preventing crime", "Preventing crime", "Good"),
    ("Responding to the public", "Responding to the public", "Inadequate"),
    ("Investigating crime", "Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Protecting vulnerable people", "Requires improvement"),
    ("Managing offenders", "Managing offenders", "Good"),
    ("Developing a positive workplace", "Developing a positive workplace", "Good"),
    ("Leadership and force management", "Leadership and force management", "Adequate"),
]


def essex() -> tuple[bytes, dict]:
    f = ESSEX
    coc = ("Essex Police doesn't answer emergency and non-emergency calls quickly enough, and it doesn't "
           "always assess the risk to callers when they first contact the force.")
    lead = "Within six months, Essex Police should:"
    recs = ["make sure that it answers emergency calls within ten seconds, in line with national standards;",
            "reduce the number of non-emergency calls that callers abandon; and",
            "make sure that call handlers use a structured risk assessment for every call for service."]
    afis = [
        ("Protecting vulnerable people", "The force should improve how it uses civil orders to protect "
         "victims of domestic abuse and stalking.", "Civil orders co-ordinator appointed in October 2025; "
         "applications have risen by a third."),
        ("Protecting vulnerable people", "The force should make sure it completes risk assessments for "
         "missing children before the end of the first shift.", "New missing persons unit live from "
         "January 2026."),
        ("Police powers and public treatment", "The force should make sure that officers record the grounds "
         "for each stop and search clearly.", "Monthly dip sampling by the stop and search board; "
         "training delivered to all response teams."),
        ("Leadership and force management", "The force should improve its understanding of the demand it "
         "faces, so that it can plan its workforce.", "Demand review commissioned; report to the "
         "Commissioner's performance board in March 2026."),
    ]
    doc = WordDoc("Response of the Police, Fire and Crime Commissioner for Essex to the HMICFRS PEEL 2023–25 "
                  "inspection of Essex Police", "Essex PFCC",
                  "Police, Fire and Crime Commissioner for Essex", "Section 55 response")
    doc.title("Response of the Police, Fire and Crime Commissioner for Essex to the HMICFRS PEEL 2023–25 "
              "inspection of Essex Police")
    doc.para("Date of response: 20 January 2026")
    doc.heading("Introduction", 1)
    doc.para("Section 55 of the Police Act 1996 requires a local policing body to publish its comments on every "
             "HMICFRS report about its force within 56 days. This is my response to the PEEL 2023–25 "
             "inspection report on Essex Police, which HMICFRS published on 27 November 2025. I have sought the "
             "Chief Constable's comments and they are included below.")
    doc.heading("The inspection's grades", 1)
    doc.para("HMICFRS graded Essex Police as follows:")
    doc.bullets([f"{raw}: {g.lower()}" for _, raw, g in ESSEX_GRADES])
    doc.para("In its last inspection, in 2022, HMICFRS graded the force good at responding to the public. I am "
             "therefore very disappointed with this judgment, and I have made it my first priority.")
    doc.heading("Responding to the public", 1)
    doc.heading("Cause of concern", 2)
    doc.para(coc, bold=True)
    doc.heading("Recommendations", 3)
    doc.para(lead)
    doc.bullets(recs)
    doc.heading("Chief Constable's comments", 3)
    doc.para("The force has recruited 40 additional call handlers and is introducing a new telephony system. "
             "Emergency calls answered within ten seconds rose from 71 per cent in September to 84 per cent "
             "in December 2025.")
    doc.heading("Areas for improvement", 1)
    doc.para("The report sets out four areas for improvement. The force's response to each is given below.")
    rows = [["Area", "HMICFRS area for improvement", "Force response"]]
    merges = []
    for area, text, response in afis:
        rows.append([area, text, response])
    # The two rows of one area share a merged area cell, as Word users merge repeated values.
    merges.append((1, 0, 2, 0))
    doc.table(rows, [1.6, 3.2, 2.6], merges=merges)
    doc.heading("Conclusion", 1)
    doc.para("I will monitor the force's progress through my Performance and Resources Scrutiny Board and "
             "report publicly on it.")
    doc.para("Dana Whitcombe\nPolice, Fire and Crime Commissioner for Essex")
    data = doc.bytes()
    records = {
        "documents": [{"page": None, "force": f, "status": "ok",
                       "title": "Response of the Police, Fire and Crime Commissioner for Essex to the HMICFRS PEEL "
                                "2023–25 inspection of Essex Police", "file_type": "docx"}],
        "grades": [grade(f, "PEEL 2023-25", area, raw, g, "2025-11", "") for area, raw, g in ESSEX_GRADES],
        "areas_for_improvement": [afi(f, area, text, None) for area, text, _ in afis],
        "causes_of_concern": [cause(f, "Responding to the public", coc, None)],
        "recommendations": [recommendation(f, r, "Within six months", lead, coc) for r in recs],
        "findings": [],
    }
    return data, records


# ---------------------------------------------------------------- 5. PEEL 2021/22 report, grades in columns (reportlab)

WILTS = "Wiltshire Police"
WILTS_GRADES = [
    ("Police powers and public treatment", "Treatment of the public", "Good"),
    ("Preventing crime", "Preventing crime", "Good"),
    ("Managing offenders", "Managing offenders", "Good"),
    ("Protecting vulnerable people", "Protecting vulnerable people", "Adequate"),
    ("Developing a positive workplace", "Developing a positive workplace", "Adequate"),
    ("Good use of resources", "Good use of resources", "Adequate"),
    ("Recording data about crime", "Recording data about crime", "Adequate"),
    ("Responding to the public", "Responding to the public", "Requires improvement"),
    ("Investigating crime", "Investigating crime", "Requires improvement"),
]
SCALE = ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]


def wiltshire() -> tuple[bytes, dict]:
    f = WILTS
    afis_response = ["The force should make sure that it answers non-emergency calls promptly.",
                     "The force should make sure that repeat and vulnerable callers are identified when they "
                     "first contact the force."]
    afi_invest_1 = "The force needs to make sure that investigations are allocated to officers with the right skills."
    afi_invest_1_detail = ("We found complex investigations, including some of serious sexual offences, held by "
                           "officers who had not completed the relevant training.")
    afi_invest_2 = "The force should make sure it keeps victims updated throughout their investigation."
    afi_invest_2_detail = ("Victims were not updated in line with the victims' code in 27 of the 82 cases we "
                           "reviewed.")
    afi_workplace = "The force should improve how it identifies and supports officers and staff who may be at risk of burnout."
    practice = "A problem-solving academy for neighbourhood officers"
    practice_text = ("The force runs a five-day course in problem-solving for all new neighbourhood officers, "
                     "followed by a mentored project in their own area.")
    columns = [[raw for _, raw, g in WILTS_GRADES if g == level] for level in SCALE]
    header = tuple(cell(f"**{level}**") for level in SCALE)
    body = tuple(cell(*areas) if areas else cell("") for areas in columns)
    fills = {(0, c): GRADE_FILL[level] for c, level in enumerate(SCALE)}
    blocks = [
        Para("PEEL 2021/22"),
        Heading("Police effectiveness, efficiency and legitimacy: An inspection of Wiltshire Police", 1),
        Para("Published 8 July 2022"),
        Heading("Contents", 3),
        Para("Overall summary\nProviding a service to victims of crime\nTreatment of the public\nPreventing "
             "crime\nResponding to the public\nInvestigating crime\nProtecting vulnerable people\nManaging "
             "offenders\nDeveloping a positive workplace\nGood use of resources"),
        Heading("Overall summary", 2),
        Heading("Our judgments", 3),
        Para("Our inspection assessed how good Wiltshire Police is in ten areas of policing. We make graded "
             "judgments in nine of these ten as follows:"),
        Table((header, body), (1, 1, 1, 1, 1), header_rows=1),
        Para("We also inspected how effective the force is at tackling serious and organised crime. We will "
             "publish this report separately."),
        Para("We set out our detailed findings about things the force is doing well and where it should improve "
             "in the rest of this report."),
        Heading("Providing a service to victims of crime", 2),
        Para("We audit how well the force records crime. We don't grade this victim service assessment, but "
             "its findings inform the grades we give for recording data about crime and investigating crime."),
        Para("Wiltshire Police is adequate at recording data about crime. The force records 92.8 per cent of "
             "the crime reported to it."),
        PageBreak(),
        Heading("Preventing crime", 2),
        Para("**Wiltshire Police is good at preventing and deterring crime and antisocial behaviour, and reducing "
             "vulnerability.**"),
        Heading("Innovative practice", 3),
        Para(f"**{practice}**"),
        Para(practice_text),
        Heading("Responding to the public", 2),
        Para("**Wiltshire Police requires improvement at responding to the public.**"),
        Heading("Areas for improvement", 3),
        Bullets(tuple((0, a) for a in afis_response)),
        Para("The force's abandonment rate for non-emergency calls was 24 per cent in the year to March 2022."),
        Heading("Investigating crime", 2),
        Para("**Wiltshire Police requires improvement at investigating crime.**"),
        Heading("Area for improvement", 3),
        Para(f"**{afi_invest_1}**"),
        Para(afi_invest_1_detail),
        Heading("Area for improvement", 3),
        Para(f"**{afi_invest_2}**"),
        Para(afi_invest_2_detail),
        Heading("Developing a positive workplace", 2),
        Para("**Wiltshire Police is adequate at developing a positive workplace.**"),
        Heading("Area for improvement", 3),
        Para(f"**{afi_workplace}**"),
        Heading("Good use of resources", 2),
        Para("**Wiltshire Police is adequate at planning and managing its organisation efficiently, making sure it "
             "achieves value for money, now and in the future.**"),
    ]
    data = render_pdf(blocks, {0: fills}, "PEEL 2021/22 Wiltshire Police")
    records = {
        "documents": [{"page": None, "force": f, "status": "ok", "doc_kind": "peel_report",
                       "title": "Police effectiveness, efficiency and legitimacy: An inspection of Wiltshire Police",
                       "publication_date": "2022-07-08", "file_type": "pdf"}],
        "grades": [grade(f, "PEEL 2021/22", area, raw, g, "2022-07", "judgments in nine")
                   for area, raw, g in WILTS_GRADES],
        "areas_for_improvement": [
            *(afi(f, "Responding to the public", a, None) for a in afis_response),
            afi(f, "Investigating crime", afi_invest_1, afi_invest_1_detail),
            afi(f, "Investigating crime", afi_invest_2, afi_invest_2_detail),
            afi(f, "Developing a positive workplace", afi_workplace, None),
        ],
        "causes_of_concern": [],
        "recommendations": [],
        "findings": [finding(f, "Preventing crime", "innovative_practice", practice)],
    }
    return data, records


# ---------------------------------------------------------------- 6. force improvement plan (DOCX, landscape)

TVP = "Thames Valley Police"
TVP_GRADES = [
    ("Police powers and public treatment", "Police powers and public treatment", "Good"),
    ("Preventing crime", "Preventing crime", "Adequate"),
    ("Responding to the public", "Responding to the public", "Good"),
    ("Investigating crime", "Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Protecting vulnerable people", "Adequate"),
    ("Managing offenders", "Managing offenders", "Adequate"),
    ("Developing a positive workplace", "Developing a positive workplace", "Good"),
    ("Leadership and force management", "Leadership and force management", "Adequate"),
]


def thames_valley() -> tuple[bytes, dict]:
    f = TVP
    plan = [  # ref, area, AFI, action, owner, date, status
        ("AFI 1", "Preventing crime", "The force should make sure that neighbourhood officers are not "
         "routinely taken away from their duties to cover response shortfalls.", "Abstraction policy revised; "
         "abstraction reported monthly to the neighbourhood board.", "Supt, Neighbourhoods", "Mar 2026", "On track"),
        ("AFI 2", "Investigating crime", "The force should make sure that it completes investigations of "
         "a good standard, with effective supervision.", "Investigation standards team created; 400 "
         "investigations audited each quarter.", "Det Ch Supt, Crime", "Jun 2026", "On track"),
        ("AFI 3", "Investigating crime", "The force should make sure that it uses out-of-court resolutions "
         "appropriately and records the victim's views.", "Scrutiny panel reviews a sample every quarter.",
         "Ch Insp, Criminal Justice", "Dec 2025", "Complete"),
        ("AFI 4", "Investigating crime", "The force should improve how it manages its backlog of digital "
         "devices awaiting examination.", "Triage kiosks installed at four sites; outsourcing contract "
         "extended.", "Head of Digital Forensics", "Sep 2026", "Outstanding"),
        ("AFI 5", "Protecting vulnerable people", "The force should make sure that it reviews domestic abuse "
         "risk assessments made by first responders.", "Daily review meeting in each local policing area.",
         "Det Supt, Public Protection", "Mar 2026", "On track"),
    ]
    status_fill = {"On track": "FFC000", "Complete": "92D050", "Outstanding": "FF0000"}
    doc = WordDoc("HMICFRS PEEL 2023–25 improvement plan", "Thames Valley Police",
                  "Thames Valley Police – OFFICIAL", "Improvement plan v3 – January 2026", landscape=True)
    doc.title("HMICFRS PEEL 2023–25 improvement plan")
    doc.para("Thames Valley Police · Version 3 · January 2026 · Owner: Deputy Chief Constable")
    doc.heading("Inspection outcome", 1)
    doc.para("HMICFRS published its PEEL 2023–25 report on Thames Valley Police on 9 September 2025. It graded "
             "the force in eight areas:")
    doc.table([[raw for _, raw, _ in TVP_GRADES], [g for _, _, g in TVP_GRADES]], [1] * 8,
              fills={(1, c): fill(g) for c, (_, _, g) in enumerate(TVP_GRADES)})
    doc.para("HMICFRS raised no cause of concern. It identified five areas for improvement, which this plan "
             "tracks. The plan is reviewed monthly at the Organisational Improvement Board and reported to the "
             "Police and Crime Commissioner.")
    doc.heading("Improvement plan", 1)
    rows = [["Ref", "PEEL area", "HMICFRS area for improvement", "Action", "Owner", "Target date", "Status"]]
    rows += [list(row) for row in plan]
    doc.table(rows, [0.7, 1.5, 3.4, 3.0, 1.5, 1.0, 1.0], merges=[(2, 1, 4, 1)],
              fills={(r, 6): status_fill[row[6]] for r, row in enumerate(plan, start=1)})
    doc.para("Status key: Complete – action delivered and evidence accepted; On track – within target date; "
             "Outstanding – target date at risk.")
    doc.heading("Governance", 1)
    doc.bullets(["Each area for improvement has a chief officer sponsor.",
                 "Evidence of completion is reviewed by the Organisational Improvement Board before an area for "
                 "improvement is closed.",
                 "HMICFRS's force liaison lead receives the plan every quarter."])
    data = doc.bytes()
    records = {
        "documents": [{"page": None, "force": f, "status": "ok", "doc_kind": "force_response",
                       "title": "HMICFRS PEEL 2023–25 improvement plan", "file_type": "docx"}],
        "grades": [grade(f, "PEEL 2023-25", area, raw, g, "2025-09", "") for area, raw, g in TVP_GRADES],
        "areas_for_improvement": [afi(f, area, text, None) for _, area, text, *_ in plan],
        "causes_of_concern": [],
        "recommendations": [],
        "findings": [],
    }
    return data, records


# ---------------------------------------------------------------- 7. PCC annual report, bilingual labels (Word -> PDF)

DYFED = "Dyfed-Powys Police"
DYFED_GRADES = [
    ("Police powers and public treatment", "Police powers and public treatment", "Good"),
    ("Preventing crime", "Preventing crime", "Good"),
    ("Responding to the public", "Responding to the public", "Adequate"),
    ("Investigating crime", "Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Protecting vulnerable people", "Requires improvement"),
    ("Managing offenders", "Managing offenders", "Good"),
    ("Developing a positive workplace", "Developing a positive workplace", "Outstanding"),
    ("Leadership and force management", "Leadership and force management", "Good"),
]


def dyfed_powys() -> tuple[bytes, dict]:
    f = DYFED
    doc = WordDoc("Annual Report 2024–25", "Office of the Police and Crime Commissioner for Dyfed-Powys",
                  "Comisiynydd Heddlu a Throseddu Dyfed-Powys / Dyfed-Powys Police and Crime Commissioner",
                  "Adroddiad Blynyddol / Annual Report 2024–25")
    doc.title("Adroddiad Blynyddol 2024–25 / Annual Report 2024–25")
    doc.para("Comisiynydd Heddlu a Throseddu Dyfed-Powys / Police and Crime Commissioner for Dyfed-Powys")
    doc.para("Published June 2025")
    doc.heading("Rhagair / Foreword", 1)
    doc.para("This is my annual report for 2024–25, the last year of my police and crime plan. It describes what "
             "the force and my office have done towards the plan's four priorities, and how I have held the "
             "Chief Constable to account.")
    doc.heading("Blaenoriaethau'r cynllun / Plan priorities", 1)
    doc.numbered(["Victims are supported", "Harm is prevented", "Communities are safer",
                  "The criminal justice system is efficient and effective"])
    doc.para("Crime fell by 4 per cent during the year, and 999 calls answered within ten seconds rose to 93 per "
             "cent.")
    doc.heading("Arolygiadau / Inspections", 1)
    doc.para("HMICFRS published its PEEL 2023–25 inspection report on Dyfed-Powys Police in March 2025. Its "
             "grades are set out below.")
    doc.table([["Maes plismona / Area of policing", "Gradd / Grade"]] + [[raw, g] for _, raw, g in DYFED_GRADES],
              [3, 1.5], header_fill="1F3864",
              fills={(r, 1): fill(g) for r, (_, _, g) in enumerate(DYFED_GRADES, start=1)})
    doc.para("The report set out eight areas for improvement and no causes of concern. The Chief Constable "
             "reports progress against each of them to my Policing Accountability Board, and I publish the "
             "minutes.")
    doc.para("HMICFRS and HM Inspectorate of Prisons also inspected the force's custody suites in the autumn of "
             "2024. That joint inspection is not graded; it made four recommendations, which the force has "
             "accepted.")
    doc.heading("Cyllid / Finance", 1)
    doc.table([["Budget line", "2024–25 (£m)"], ["Police officers and staff", "98.4"],
               ["Premises and transport", "11.2"], ["Commissioning", "3.1"], ["Total", "112.7"]], [3, 1.5])
    doc.heading("Edrych ymlaen / Looking ahead", 1)
    doc.para("My new police and crime plan will be published in the autumn after consultation with the public.")
    data = docx_to_pdf(doc.bytes())
    records = {
        "documents": [{"page": None, "force": f, "status": "ok", "title": "Annual Report 2024–25",
                       "file_type": "pdf"}],
        "grades": [grade(f, "PEEL 2023-25", area, raw, g, "2025-03", "Maes plismona")
                   for area, raw, g in DYFED_GRADES],
        "areas_for_improvement": [],
        "causes_of_concern": [],
        "recommendations": [],
        "findings": [],
    }
    return data, records


# ---------------------------------------------------------------- 8. OPCC paper, most similar group by column (reportlab)

PEEL_AREAS = ["Police powers and public treatment", "Preventing crime", "Responding to the public",
              "Investigating crime", "Protecting vulnerable people", "Managing offenders",
              "Developing a positive workplace", "Leadership and force management"]
ABBREVIATION = {"Outstanding": "O", "Good": "G", "Adequate": "A", "Requires improvement": "RI", "Inadequate": "I"}
# force (official name), column label as printed, "Report published" cell, its month, grades in PEEL_AREAS order
MSG = [
    ("Sussex Police", "Sussex", "June 2025", "2025-06",
     ["Good", "Adequate", "Requires improvement", "Adequate", "Adequate", "Good", "Adequate", "Good"]),
    ("Surrey Police", "Surrey", "February 2025", "2025-02",
     ["Adequate", "Good", "Good", "Adequate", "Requires improvement", "Adequate", "Good", "Adequate"]),
    ("Hampshire and Isle of Wight Constabulary", "Hampshire and Isle of Wight", "November 2024", "2024-11",
     ["Good", "Good", "Adequate", "Requires improvement", "Adequate", "Adequate", "Adequate", "Requires improvement"]),
    ("Thames Valley Police", "Thames Valley", "September 2025", "2025-09", [g for _, _, g in TVP_GRADES]),
    ("Kent Police", "Kent", "October 2025", "2025-10", [new for _, _, new, _ in KENT_GRADES if new]),
]


def sussex_msg() -> tuple[bytes, dict]:
    header = (cell("**Area of policing**"), *(cell(f"**{label}**") for _, label, *_ in MSG))
    published = (cell("*Report published*"), *(cell(f"*{when}*") for _, _, when, _, _ in MSG))
    body = [(cell(area), *(cell(ABBREVIATION[grades[i]]) for *_, grades in MSG)) for i, area in enumerate(PEEL_AREAS)]
    fills = {(r, c): GRADE_FILL[MSG[c - 1][4][r - 2]] for r in range(2, 2 + len(PEEL_AREAS))
             for c in range(1, 1 + len(MSG))}
    sussex_afis = [
        ("Responding to the public", "The force should make sure that it answers non-emergency calls within "
         "its own target times.", "In progress"),
        ("Investigating crime", "The force should make sure that victims are updated in line with the "
         "victims' code.", "In progress"),
        ("Protecting vulnerable people", "The force should improve how it uses Clare's law to protect people "
         "at risk of domestic abuse.", "Closed"),
    ]
    blocks = [
        Para("{#00594f|**Office of the Sussex Police and Crime Commissioner**}"),
        Heading("Performance and Accountability Meeting", 2),
        Para("Date: 6 February 2026 · Agenda item 4 · Public paper"),
        Heading("PEEL 2023–25: how Sussex Police compares with its most similar forces", 1),
        Heading("1. Purpose", 3),
        Para("This paper sets the force's PEEL 2023–25 grades beside those of the forces HMICFRS has inspected "
             "in the South East, so that the Commissioner can ask the Chief Constable where the force lags its "
             "peers. The grades are taken from the published reports."),
        Heading("2. Grades", 3),
        Para("**Table 1: PEEL 2023–25 grades, South East forces**"),
        Table((header, published, *body), (2.4, 1, 1, 1.3, 1, 1), header_rows=1),
        Para("Key: O – Outstanding; G – Good; A – Adequate; RI – Requires improvement; I – Inadequate."),
        Para("Sussex Police is the only force of the five that requires improvement at responding to the public. "
             "Two of its neighbours are good in that area."),
        Heading("3. Progress on areas for improvement", 3),
        Para("HMICFRS set Sussex Police three areas for improvement. The force reported their status in January "
             "2026:"),
        Table(((cell("**PEEL area**"), cell("**Area for improvement**"), cell("**Status**")),
               *((cell(a), cell(t), cell(st)) for a, t, st in sussex_afis)), (1.6, 3.6, 1), header_rows=1),
        Heading("4. Questions for the Chief Constable", 3),
        Para("What is the force's plan to reach the standard of its neighbours in answering non-emergency "
             "calls, and by when?"),
    ]
    data = render_pdf(blocks, {0: fills}, "PEEL 2023-25 most similar forces")
    grades = [grade(force, "PEEL 2023-25", area, area, g, month, "Table 1")
              for force, _, _, month, grades_ in MSG for area, g in zip(PEEL_AREAS, grades_)]
    f = "Sussex Police"
    records = {
        "documents": [{"page": None, "force": f, "status": "ok",
                       "title": "PEEL 2023–25: how Sussex Police compares with its most similar forces",
                       "meeting_date": "2026-02-06", "file_type": "pdf"}],
        "grades": grades,
        "areas_for_improvement": [afi(f, a, t, None, after="3. Progress") for a, t, _ in sussex_afis],
        "causes_of_concern": [],
        "recommendations": [],
        "findings": [],
    }
    return data, records


# ---------------------------------------------------------------- 9. PEEL 2023-25 report, a grade badge per section (reportlab)

LEICS = "Leicestershire Police"
# canonical area, section heading as printed, grade, AFIs (text, detail)
LEICS_SECTIONS = [
    ("Police powers and public treatment", "Police powers and treating the public fairly and respectfully", "Good",
     []),
    ("Preventing crime", "Preventing and deterring crime and antisocial behaviour, and reducing vulnerability",
     "Outstanding", []),
    ("Responding to the public", "Responding to the public", "Adequate",
     [("The force should make sure that it records the needs of vulnerable callers and takes them into "
       "account when it decides how to respond.", "Call handlers recorded whether the caller was vulnerable in "
       "only 58 of the 81 relevant calls we reviewed.")]),
    ("Investigating crime", "Investigating crime", "Requires improvement",
     [("The force should make sure that crimes are allocated to investigators promptly.",
       "Some crimes waited more than 20 days to be allocated."),
      ("The force should make sure it seeks and records victims' views before it closes an investigation "
       "with an outcome that needs their support.", None)]),
    ("Protecting vulnerable people", "Protecting vulnerable people", "Adequate", []),
    ("Managing offenders", "Managing offenders and suspects", "Good", []),
    ("Developing a positive workplace", "Building, supporting and protecting the workforce", "Adequate",
     [("The force should make sure that its officers and staff have the time to complete their mandatory "
       "training.", None)]),
    ("Leadership and force management", "Leadership and force management", "Good", []),
]


def leicestershire() -> tuple[bytes, dict]:
    f = LEICS
    practice = "Crime prevention design officers in the planning process"
    blocks: list = [
        Para("{#1d4f91|PEEL 2023–25}"),
        Heading("Police effectiveness, efficiency and legitimacy: An inspection of Leicestershire Police", 1),
        Para("Published 15 January 2026"),
        Heading("About this report", 2),
        Para("This report sets out our findings in each area of policing we inspected, with the grade we gave "
             "under each heading. We don't grade the service the force gives to victims of crime, and we inspect "
             "serious and organised crime regionally."),
        Heading("HM Inspector's summary", 2),
        Para("I congratulate the force on its work to prevent crime, which is among the best we have seen. I am "
             "concerned, though, that crimes wait too long to be allocated to investigators."),
    ]
    fills: dict[int, dict[tuple[int, int], str]] = {}
    afis = []
    for index, (area, heading, value, items) in enumerate(LEICS_SECTIONS):
        blocks += [Heading(heading, 2), Table(((cell(f"**{value}**"),),), (1,), bordered=False)]
        fills[index] = {(0, 0): GRADE_FILL[value]}
        if area == "Preventing crime":
            blocks += [Para("The force has a long-standing commitment to problem-solving with its partners."),
                       Heading("Innovative practice", 3), Para(f"**{practice}**"),
                       Para("Designing out crime officers comment on every major planning application, and the "
                            "councils adopt their advice as planning conditions.")]
        else:
            blocks.append(Para("Our detailed findings for this area are set out below."))
        for text, detail in items:
            blocks += [Heading("Area for improvement", 3), Para(f"**{text}**")]
            if detail:
                blocks.append(Para(detail))
            afis.append(afi(f, area, text, detail))
    data = render_pdf(blocks, fills, "PEEL 2023-25 Leicestershire Police")
    records = {
        "documents": [{"page": None, "force": f, "status": "ok", "doc_kind": "peel_report",
                       "title": "Police effectiveness, efficiency and legitimacy: An inspection of Leicestershire "
                                "Police", "publication_date": "2026-01-15", "file_type": "pdf"}],
        "grades": [grade(f, "PEEL 2023-25", area, heading, value, "2026-01", "HM Inspector's summary")
                   for area, heading, value, _ in LEICS_SECTIONS],
        "areas_for_improvement": afis,
        "causes_of_concern": [],
        "recommendations": [],
        "findings": [finding(f, "Preventing crime", "innovative_practice", practice)],
    }
    return data, records


# ---------------------------------------------------------------- writing

DOCUMENTS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "peel-2023-25-hertfordshire-round30b.pdf": hertfordshire,
    "ncpi-devon-cornwall-word-round30b.pdf": devon_cornwall,
    "kent-pcp-peel-outcome-2026-01-22-round30b.pdf": kent,
    "essex-pfcc-section-55-peel-response-round30b.docx": essex,
    "peel-2021-22-wiltshire-grade-columns-round30b.pdf": wiltshire,
    "thames-valley-peel-improvement-plan-round30b.docx": thames_valley,
    "dyfed-powys-pcc-annual-report-2024-25-round30b.pdf": dyfed_powys,
    "sussex-opcc-peel-peer-comparison-2026-02-06-round30b.pdf": sussex_msg,
    "peel-2023-25-leicestershire-grade-badges-round30b.pdf": leicestershire,
}


def main(names: list[str]) -> None:
    GOLD.mkdir(exist_ok=True)
    for name, build in DOCUMENTS.items():
        if names and name not in names:
            continue
        data, records = build()
        resolve_pages(name, data, records)
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
        print(name, len(data), "bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
