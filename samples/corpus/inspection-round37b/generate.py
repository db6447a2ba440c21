"""Held-out inspection round 37b: eight documents about northern, midland and Welsh forces' inspections,
with their hand-written gold in gold/ (held out and scored in session 8, then promoted in session 9).

    .venv/bin/python samples/corpus/inspection-round37b/generate.py [FILE ...]

Builds every document (or those named) and writes its gold to gold/<file>.json. Reportlab PDFs are drawn in
invariant mode, Word files get fixed zip times, and the two Word-made PDFs go through LibreOffice
(../office_pdf.py, needs `soffice`). Every PDF record's page is found in the PDF's own text from a probe written
beside the record (the first page, at or after the previous record's of its type, that holds the probe); the run
fails when a probe is on no page, and grade pages are also checked against the page written by hand.
"""

from __future__ import annotations

import io
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent))

from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

from inspection_render import GRADE_FILL, fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written by hand in samples/corpus/inspection-round37b/generate.py beside the text it describes, blind "
           "(no extractor code, extractor test or earlier generator read); PDF pages found in the PDF's own text by "
           "the generator and read against `scrutiny inspect`. Held out: never scored by its author.")
P23, P21, CP = "PEEL 2023-25", "PEEL 2021/22", "Child protection"


# ---------------------------------------------------------------------------------------------- gold records

def grade(force: str, framework: str, area: str, raw: str | None, value: str, as_of: str | None,
          page: int | None = None, probe: str | None = None) -> dict:
    record = {"page": page, "force": force, "framework": framework, "area": area, "area_raw": raw,
              "grade": value, "as_of": as_of, "_probe": probe or raw or area}
    if raw is None:
        del record["area_raw"]  # an abbreviation or a grid's own label: not scored
    return record


def afi(force: str, area: str | None, text: str, detail: str | None = None) -> dict:
    return {"page": None, "force": force, "area": area, "text": text, "detail": detail}


def cause(force: str, area: str | None, text: str, detail: str | None = None) -> dict:
    return {"page": None, "force": force, "area": area, "text": text, "detail": detail}


def rec(force: str, text: str, timescale: str, lead_in: str | None, cause_text: str | None) -> dict:
    return {"page": None, "force": force, "text": text, "timescale": timescale, "lead_in": lead_in,
            "cause_of_concern_text": cause_text}


def finding(force: str, kind: str, area: str | None, text: str) -> dict:
    return {"page": None, "force": force, "kind": kind, "area": area, "text": text}


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                                         "\u2013": "-", "\u2014": "-", "\u00a0": " "}))
    return re.sub(r"\s+", "", text).lower()


def probe_of(record: dict) -> str:
    if "_probe" in record:
        return record["_probe"]
    words = re.sub(r"[*_]", "", record["text"]).split()
    return " ".join(words[:12])


def set_pdf_pages(data: bytes, records: dict) -> None:
    """Each record's page: the first page, at or after the previous record's of its type, holding its probe."""
    pages = [normalise(page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages]
    for kind, items in records.items():
        if kind == "documents":
            continue
        start = 0
        for record in items:
            probe = normalise(probe_of(record))
            if kind == "grades" and record["page"] is not None:
                start = record["page"] - 1  # written by hand: the probe must be on that very page
            found = next((n for n in range(start, len(pages)) if probe in pages[n]), None)
            if found is None:
                raise SystemExit(f"{kind}: {probe_of(record)!r} on no page at or after {start + 1}")
            if kind == "grades" and record["page"] is not None and record["page"] != found + 1:
                raise SystemExit(f"grade {record['area']}: written on page {record['page']}, found on {found + 1}")
            record["page"] = found + 1
            start = found


def clean(records: dict) -> dict:
    return {kind: [{k: v for k, v in r.items() if not k.startswith("_")} for r in items]
            for kind, items in records.items()}


def write(name: str, data: bytes, records: dict) -> None:
    if name.endswith(".pdf"):
        set_pdf_pages(data, records)
        records["documents"][0]["pages"] = len(PdfReader(io.BytesIO(data)).pages)
    else:
        for items in records.values():
            for record in items:
                record["page"] = None
    (HERE / name).write_bytes(data)
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": clean(records)}
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    counts = {k: len(v) for k, v in records.items()}
    print(f"{name}: {len(data)} bytes; {counts}")


def records(document: dict, grades=(), afis=(), causes=(), recs=(), findings=()) -> dict:
    document = {"page": None, "status": "ok", **document}
    return {"documents": [document], "grades": list(grades), "areas_for_improvement": list(afis),
            "causes_of_concern": list(causes), "recommendations": list(recs), "findings": list(findings)}


# ---------------------------------------------------------------------------------------------- reportlab

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11, spaceAfter=3)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9.5, leading=12, spaceAfter=0)
CELL_C = ParagraphStyle("cellc", parent=CELL, alignment=TA_CENTER)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=18, bulletIndent=6, spaceAfter=3)
HEAD = {1: ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=17, leading=21, spaceBefore=6,
                          spaceAfter=8, keepWithNext=1),
        2: ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=13.5, leading=17, spaceBefore=8,
                          spaceAfter=6, keepWithNext=1),
        3: ParagraphStyle("h3", parent=BODY, fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=6,
                          spaceAfter=4, keepWithNext=1)}


def md(text: str) -> str:
    """**bold** and _italic_ to reportlab markup (text is plain, so only & and < need escaping)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    return re.sub(r"(?<![\w])_(.+?)_(?![\w])", r"<i>\1</i>", text)


def h(level: int, text: str) -> Paragraph:
    return Paragraph(md(text), HEAD[level])


def p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(md(text), style)


def bullets(items: list[str]) -> list[Paragraph]:
    return [Paragraph(md(item), BULLET, bulletText="\u2022") for item in items]


def table(rows: list[list], widths: list[float], fills: dict[tuple[int, int], str] | None = None,
          header: bool = True, spans: list[tuple] = (), centre_from: int | None = None) -> Table:
    cells = []
    for r, row in enumerate(rows):
        line = []
        for c, value in enumerate(row):
            style = CELL_C if centre_from is not None and c >= centre_from and r > 0 else CELL
            if isinstance(value, str):
                text = f"<b>{md(value)}</b>" if header and r == 0 else md(value)
                line.append(Paragraph(text, style))
            else:
                line.append(value)
        cells.append(line)
    commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f7f7f")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")))
    for (r, c), fill in (fills or {}).items():
        commands.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(fill)))
    for span in spans:
        commands.append(("SPAN",) + span)
    return Table(cells, colWidths=widths, repeatRows=1 if header else 0, style=TableStyle(commands),
                 hAlign="LEFT", spaceAfter=8, spaceBefore=2)


def box(flowables: list, fill: str, width: float) -> Table:
    """A one-cell shaded box, as the inspectorate prints its practice notes."""
    return Table([[flowables]], colWidths=[width], hAlign="LEFT", spaceAfter=8,
                 style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(fill)),
                                   ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor(fill)),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))


def build_pdf(flowables: list, title: str, author: str, header: str, footer: str,
              pagesize=A4, margin: float = 2.2 * cm) -> bytes:
    """``footer`` may hold {page}."""
    buffer = io.BytesIO()
    width, height = pagesize

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.HexColor("#595959"))
        if header:
            canvas.drawString(margin, height - margin * 0.55, header)
        canvas.drawString(margin, margin * 0.45, footer.format(page=doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin, title=title, author=author, creator="samples/corpus/inspection-round37b/generate.py", invariant=1)
    doc.build(flowables, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


FRAME = A4[0] - 4.4 * cm


# ---------------------------------------------------------------------------------------------- python-docx

def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.lstrip("#").upper())
    tc_pr.append(shading)


def add_runs(paragraph, text: str) -> None:
    """**bold** and _italic_ runs."""
    for part in re.split(r"(\*\*.+?\*\*|(?<![\w])_.+?_(?![\w]))", text):
        if not part:
            continue
        if part.startswith("**"):
            paragraph.add_run(part[2:-2]).bold = True
        elif part.startswith("_") and part.endswith("_") and len(part) > 2:
            paragraph.add_run(part[1:-1]).italic = True
        else:
            paragraph.add_run(part)


def dpara(document, text: str, style: str | None = None):
    paragraph = document.add_paragraph(style=style)
    add_runs(paragraph, text)
    return paragraph


def page_field(paragraph) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def new_docx(header: str, footer: str, landscape_page: bool = False):
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    if landscape_page:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.2))
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    section.header.paragraphs[0].text = header
    foot = section.footer.paragraphs[0]
    foot.text = footer
    page_field(foot)
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    core = document.core_properties
    core.author = "Author"
    core.last_modified_by = "Author"
    return document


def dtable(document, rows: list[list[str]], widths_cm: list[float], fills: dict[tuple[int, int], str] | None = None,
           header: bool = True):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    table.autofit = False
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.width = Cm(widths_cm[c])
            paragraph = cell.paragraphs[0]
            add_runs(paragraph, f"**{value}**" if header and r == 0 and value else value)
    if header:  # shaded and repeated on every page, as Word's header rows are
        for c in range(len(rows[0])):
            shade(table.cell(0, c), "#D9E2F3")
        table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for (r, c), fill in (fills or {}).items():
        shade(table.cell(r, c), fill)
    grid = table._tbl.tblGrid
    for c, col in enumerate(grid.findall(qn("w:gridCol"))):
        col.set(qn("w:w"), str(int(widths_cm[c] * 567)))
    return table


def save_docx(document) -> bytes:
    raw = io.BytesIO()
    document.save(raw)
    return fixed_zip_times(raw.getvalue())


# ---------------------------------------------------------------------------------------------- documents

NORTHUMBRIA = "Northumbria Police"


def northumbria_peel_report() -> tuple[bytes, dict]:
    """Common form: a whole HMICFRS PEEL 2023-25 report with an Area of policing | Grade table."""
    force, as_of = NORTHUMBRIA, "2026-01"
    table_grades = [("Police powers and public treatment", "Good"), ("Preventing crime", "Adequate"),
                    ("Responding to the public", "Requires improvement"), ("Investigating crime", "Adequate"),
                    ("Protecting vulnerable people", "Adequate"), ("Managing offenders", "Good"),
                    ("Developing a positive workplace", "Adequate"), ("Leadership and force management", "Good")]
    grades = [grade(force, P23, area, area, value, as_of, page=2) for area, value in table_grades]
    coc_text = ("Northumbria Police doesn\u2019t answer emergency and non-emergency calls quickly enough, and it "
                "doesn\u2019t always assess the risk to callers.")
    coc_detail = ("In the year to June 2025, the force answered 81 percent of 999 calls within ten seconds. Callers to "
                  "101 waited on average more than six minutes, and one in five hung up before being answered. In 17 "
                  "of the 90 incidents we reviewed, the call handler didn\u2019t complete a structured risk assessment.")
    lead = "Within six months, Northumbria Police should:"
    rec_texts = ["make sure it has enough trained call handlers at the times of highest demand;",
                 "make sure call handlers complete a structured risk assessment for every call; and",
                 "call back people who abandon non-emergency calls where there may be a risk."]
    afis = [
        afi(force, "Responding to the public",
            "The force should make sure that it keeps victims informed when it can\u2019t attend at the time it "
            "promised.",
            "We found that victims were often not told when an appointment was cancelled or delayed. In 12 of the 40 "
            "cases we reviewed, the victim had no update for more than a day."),
        afi(force, "Investigating crime",
            "The force should make sure that supervisors review investigation plans regularly and record their "
            "direction.",
            "In 23 of the 75 investigations we reviewed, there was no record of a supervisor reviewing the "
            "investigation after it was allocated."),
        afi(force, "Protecting vulnerable people",
            "The force should improve how it uses Clare\u2019s Law to protect people at risk of domestic abuse."),
        afi(force, "Developing a positive workplace",
            "The force should make sure it understands why officers and staff leave in their first two years."),
        afi(force, "Developing a positive workplace",
            "The force should give first-line supervisors the time and training to support the wellbeing of their "
            "teams."),
    ]
    findings = [finding(force, "promising_practice", "Protecting vulnerable people",
                        "A joint triage desk for missing children")]

    header, footer = "PEEL 2023\u201325 Police effectiveness, efficiency and legitimacy: Northumbria Police", \
        "\u00a9 HMICFRS 2026          Page {page}"
    flow = [
        p("Police effectiveness, efficiency and legitimacy",
          ParagraphStyle("kicker", parent=BODY, fontName="Helvetica-Bold", textColor=colors.HexColor("#1d3c6e"))),
        Paragraph("PEEL 2023\u201325: An inspection of Northumbria Police",
                  ParagraphStyle("title", parent=HEAD[1], fontSize=22, leading=27)),
        p("Published: 15 January 2026"),
        h(2, "Contents"),
        table([["About this inspection", "1"], ["Overall summary", "2"], ["Responding to the public", "3"],
               ["Investigating crime", "3"], ["Protecting vulnerable people", "4"],
               ["Developing a positive workplace", "4"]], [FRAME * 0.8, FRAME * 0.2], header=False),
        h(2, "About this inspection"),
        p("We inspect every police force in England and Wales as part of our PEEL inspections. We assess how good "
          "forces are in several areas of policing and we make graded judgments in each of them."),
        p("Our judgments use five grades: outstanding, good, adequate, requires improvement and inadequate. We also "
          "set out causes of concern, with recommendations, and areas for improvement where a force could do "
          "better."),
        p("This inspection took place between March and July 2025. The data in this report is the latest available "
          "to us at the time of the fieldwork."),
        PageBreak(),
        h(1, "Overall summary"),
        h(2, "Our judgments"),
        p("Our inspection assessed how good Northumbria Police is in nine areas of policing. We make graded "
          "judgments in eight of these nine areas. We make a judgment about how good the force is at providing a "
          "service to victims of crime, but we don\u2019t grade it."),
        table([["Area of policing", "Grade"]] + [[a, g] for a, g in table_grades], [FRAME * 0.68, FRAME * 0.32],
              fills={(r, 1): GRADE_FILL[g] for r, (_, g) in enumerate(table_grades, start=1)}),
        h(2, "HM Inspector\u2019s observations"),
        p("I am pleased with some aspects of Northumbria Police\u2019s performance, but the force needs to improve "
          "how it responds to the public. In our 2022 inspection we graded the force as good at responding to the "
          "public, and its performance has since declined."),
        p("The force\u2019s leaders have a clear plan, and the workforce is proud of the service it gives. I will "
          "monitor the force\u2019s progress against the cause of concern in this report."),
        PageBreak(),
        h(1, "Responding to the public"),
        p("**Northumbria Police requires improvement at responding to the public.**"),
        h(3, "Cause of concern"),
        p(f"**{coc_text}**"),
        p(coc_detail),
        h(3, "Recommendations"),
        p(lead), *bullets(rec_texts),
        h(3, "Area for improvement"),
        p(f"**{afis[0]['text']}**"), p(afis[0]["detail"]),
        h(1, "Investigating crime"),
        p("**Northumbria Police is adequate at investigating crime.**"),
        p("The force achieves a charge or summons outcome for a higher proportion of crimes than most forces."),
        h(3, "Area for improvement"),
        p(f"**{afis[1]['text']}**"), p(afis[1]["detail"]),
        PageBreak(),
        h(1, "Protecting vulnerable people"),
        p("**Northumbria Police is adequate at protecting vulnerable people.**"),
        h(3, "Area for improvement"),
        p(f"**{afis[2]['text']}**"),
        box([p("**Promising practice**", SMALL), p(f"**{findings[0]['text']}**"),
             p("The force, the local authorities and the health service staff a shared desk that reviews every "
               "report of a missing child within two hours. It has cut the number of children reported missing "
               "more than three times in a year.")], "#e2efd9", FRAME),
        h(1, "Developing a positive workplace"),
        p("**Northumbria Police is adequate at developing a positive workplace.**"),
        h(3, "Areas for improvement"),
        *bullets([afis[3]["text"], afis[4]["text"]]),
        h(2, "About the data"),
        p("Data in this report comes from a range of sources, including the Home Office and data the force gave us.",
          SMALL),
    ]
    data = build_pdf(flow, "PEEL 2023-25: Northumbria Police", "HMICFRS", header, footer)
    return data, records(
        {"force": force, "title": "PEEL 2023\u201325: An inspection of Northumbria Police",
         "doc_kind": "peel_report", "publication_date": "2026-01-15", "file_type": "pdf"},
        grades=grades, afis=afis,
        causes=[cause(force, "Responding to the public", coc_text, coc_detail)],
        recs=[rec(force, t, "Within six months", lead, coc_text) for t in rec_texts],
        findings=findings)



HUMBERSIDE = "Humberside Police"


def humberside_peel_2021_22() -> tuple[bytes, dict]:
    """Common 2021/22 form: the chart with a column per grade, long area names listed under their grade."""
    force, as_of = HUMBERSIDE, "2022-05"
    chart = {
        "Outstanding": [],
        "Good": [("Recording data about crime", "Recording data about crime"),
                 ("Engaging with and treating the public with fairness and respect", "Police powers and public treatment"),
                 ("Managing offenders and suspects", "Managing offenders")],
        "Adequate": [("Preventing crime and anti-social behaviour", "Preventing crime"),
                     ("Responding to the public", "Responding to the public"),
                     ("Protecting vulnerable people", "Protecting vulnerable people"),
                     ("Strategic planning, organisational management and value for money", "Good use of resources")],
        "Requires improvement": [("Investigating crime", "Investigating crime"),
                                 ("Building, supporting and protecting the workforce", "Developing a positive workplace")],
        "Inadequate": [],
    }
    grades = [grade(force, P21, area, raw, value, as_of, page=2, probe=raw.split(",")[0])
              for value, items in chart.items() for raw, area in items]
    column_width = FRAME / 5
    header_row = list(chart)
    listed = ParagraphStyle("listed", parent=CELL, spaceAfter=7)
    body_row = [[p(raw, listed) for raw, _ in items] or [p("", CELL)] for items in chart.values()]
    chart_table = table([header_row, body_row], [column_width] * 5,
                        fills={(0, c): GRADE_FILL[g] for c, g in enumerate(chart)})
    coc_text = ("Humberside Police doesn\u2019t always investigate crime effectively, and too many investigations "
                "are closed without a suspect being identified when there were lines of enquiry to follow.")
    coc_detail = ("In 21 of the 62 investigations we reviewed, officers didn\u2019t complete all the reasonable lines "
                  "of enquiry. Supervision was recorded in fewer than half of the investigations we looked at.")
    lead = "By 31 October 2022, Humberside Police should:"
    rec_texts = ["make sure that investigations are allocated to officers with the right skills and experience;",
                 "make sure supervisors review investigations regularly and record their direction; and",
                 "make sure that victims\u2019 wishes are recorded when an investigation is closed."]
    afis = [
        afi(force, "Responding to the public",
            "The force needs to make sure that it answers non-emergency calls in a timely manner.",
            "Callers to the 101 number waited more than four minutes on average, and around one in six calls was "
            "abandoned."),
        afi(force, "Investigating crime",
            "The force needs to make sure it uses body-worn video in every domestic abuse investigation where it "
            "would help."),
        afi(force, "Developing a positive workplace",
            "The force needs to improve how it records and acts on the wellbeing needs of its workforce."),
        afi(force, "Developing a positive workplace",
            "The force needs to make sure that its performance development reviews are meaningful."),
    ]
    findings = [finding(force, "innovative_practice", "Preventing crime",
                        "Problem-solving hubs in every neighbourhood policing team")]
    flow = [
        p("PEEL 2021/22", ParagraphStyle("kick", parent=BODY, fontName="Helvetica-Bold", textColor=colors.HexColor("#1d3c6e"))),
        Paragraph("Police effectiveness, efficiency and legitimacy: An inspection of Humberside Police",
                  ParagraphStyle("title2", parent=HEAD[1], fontSize=20, leading=25)),
        p("Published: 26 May 2022"),
        h(2, "Contents"),
        p("Overall summary ............ 2<br/>Preventing crime and anti-social behaviour ............ 3<br/>"
          "Responding to the public ............ 3<br/>Investigating crime ............ 3<br/>"
          "Building, supporting and protecting the workforce ............ 4"),
        h(2, "About this report"),
        p("This report sets out the findings of our PEEL inspection of Humberside Police. We graded the force in nine "
          "areas of policing, and we report on how well it serves the victims of crime without grading it."),
        p("Our inspection of the force\u2019s work to disrupt serious and organised crime is reported separately."),
        PageBreak(),
        h(1, "Overall summary"),
        h(2, "Our judgments"),
        p("Our inspection assessed how good Humberside Police is in ten areas of policing. We make graded judgments "
          "in nine of these ten as follows:"),
        chart_table,
        p("We also inspected how effective the force is at providing a service to the victims of crime. We don\u2019t "
          "grade this area."),
        h(2, "HM Inspector\u2019s observations"),
        p("In our 2018/19 PEEL inspection, we graded the force as good at effectiveness. I am pleased that the force "
          "has kept many of its strengths, but it needs to improve how it investigates crime."),
        PageBreak(),
        h(1, "Preventing crime and anti-social behaviour"),
        p("**Humberside Police is adequate at preventing crime and anti-social behaviour.**"),
        box([p("**Innovative practice**", SMALL), p(f"**{findings[0]['text']}**"),
             p("Each neighbourhood team has a hub where officers, council staff and housing providers meet weekly to "
               "agree plans for the problems local people report most.")], "#deebf7", FRAME),
        h(1, "Responding to the public"),
        p("**Humberside Police is adequate at responding to the public.**"),
        h(3, "Area for improvement"),
        p(f"**{afis[0]['text']}**"), p(afis[0]["detail"]),
        h(1, "Investigating crime"),
        p("**Humberside Police requires improvement at investigating crime.**"),
        h(3, "Cause of concern"),
        p(f"**{coc_text}**"), p(coc_detail),
        h(3, "Recommendations"),
        p(lead), *bullets(rec_texts),
        h(3, "Area for improvement"),
        p(f"**{afis[1]['text']}**"),
        h(1, "Building, supporting and protecting the workforce"),
        p("**Humberside Police requires improvement at building, supporting and protecting the workforce.**"),
        h(3, "Areas for improvement"),
        *bullets([afis[2]["text"], afis[3]["text"]]),
    ]
    data = build_pdf(flow, "PEEL 2021/22: Humberside Police", "HMICFRS",
                     "PEEL 2021/22 \u2013 Humberside Police", "Page {page}")
    return data, records(
        {"force": force, "title": "Police effectiveness, efficiency and legitimacy: An inspection of Humberside Police",
         "doc_kind": "peel_report", "publication_date": "2022-05-26", "file_type": "pdf"},
        grades=grades, afis=afis, causes=[cause(force, "Investigating crime", coc_text, coc_detail)],
        recs=[rec(force, t, "By 31 October 2022", lead, coc_text) for t in rec_texts], findings=findings)


def west_mercia_letter() -> tuple[bytes, dict]:
    """New form: an HMI's letter raising an accelerated cause of concern before the report; no grades, a grade
    recalled in a sentence, the cause outside any area section."""
    force = "West Mercia Police"
    coc_text = ("West Mercia Police doesn\u2019t always recognise the risk to people who go missing, and it "
                "doesn\u2019t search for high-risk missing people quickly enough.")
    coc_detail = ("We reviewed 54 reports of missing people. In 16 of them, the force assessed the person as lower "
                  "risk than the circumstances showed, and in 9 of the 22 high-risk cases an inspector didn\u2019t "
                  "take charge of the search within the first hour.")
    lead = "By 30 June 2026, West Mercia Police should:"
    rec_texts = ["make sure that call handlers and supervisors assess the risk to every missing person using all "
                 "the information available to the force;",
                 "make sure an inspector takes charge of every search for a high-risk missing person without delay; "
                 "and",
                 "make sure it learns from reviews of cases where a missing person came to serious harm."]
    letter = ParagraphStyle("letter", parent=BODY, fontSize=10.5, leading=14.5, spaceAfter=8)
    flow = [
        p("**His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services**",
          ParagraphStyle("lh", parent=BODY, fontSize=12, textColor=colors.HexColor("#1d3c6e"))),
        p("Pippa Langridge<br/>His Majesty\u2019s Inspector of Constabulary", SMALL),
        Spacer(1, 10),
        p("Chief Constable<br/>West Mercia Police<br/>Police Headquarters<br/>Worcester", letter),
        p("12 March 2026", letter),
        p("Dear Chief Constable,", letter),
        p("**Accelerated cause of concern: the response to missing people**", letter),
        p("As you know, we inspected West Mercia Police in January and February 2026 as part of our PEEL 2025\u201327 "
          "programme. We will publish our full report, with our graded judgments, later this year.", letter),
        p("During the fieldwork we found a serious shortcoming in how the force responds to reports of missing "
          "people. Because of the risk to the public, I am writing now to tell you that we have identified a cause "
          "of concern and to set out our recommendations, rather than waiting for the report.", letter),
        p("In our previous PEEL inspection, published in 2024, we graded the force as adequate at protecting "
          "vulnerable people. What we have found this time is more worrying.", letter),
        h(3, "Cause of concern"),
        p(f"**{coc_text}**", letter),
        p(coc_detail, letter),
        h(3, "Recommendations"),
        p(lead, letter), *bullets(rec_texts),
        p("I would be grateful if you would send me your plan for meeting these recommendations by 10 April 2026. "
          "We will revisit the force in the summer to see what progress it has made, and we will report on it.",
          letter),
        p("I am copying this letter to the Police and Crime Commissioner for West Mercia, who must publish comments "
          "on it under section 55 of the Police Act 1996.", letter),
        p("Yours sincerely,", letter),
        Spacer(1, 16),
        p("Pippa Langridge<br/>His Majesty\u2019s Inspector of Constabulary", letter),
        p("cc: Police and Crime Commissioner for West Mercia", SMALL),
        PageBreak(),
        h(3, "Annex: how we identified this cause of concern"),
        p("We reviewed a random sample of reports of missing people made to the force between August and December "
          "2025. We listened to calls, read the force\u2019s records and interviewed call handlers, supervisors, "
          "inspectors and staff of the missing persons team.", letter),
        p("We raise an accelerated cause of concern when we find a shortcoming during an inspection that puts the "
          "public at risk and that we think the force should start to put right before our report is published. "
          "The cause of concern and its recommendations will also appear in the report.", letter),
    ]
    data = build_pdf(flow, "Letter to the Chief Constable of West Mercia Police", "HMICFRS", "",
                     "HMICFRS, Clive House, 70 Petty France, London SW1H 9EX          {page}")
    return data, records(
        {"force": force, "title": "Accelerated cause of concern: the response to missing people", "file_type": "pdf"},
        causes=[cause(force, None, coc_text, coc_detail)],
        recs=[rec(force, t, "By 30 June 2026", lead, coc_text) for t in rec_texts])


def warwickshire_neighbours_grid() -> tuple[bytes, dict]:
    """New form: a grid with a column per force (not a row), a 'Report published' row, grade letters spelled out
    by a key under the table."""
    forces = [("Warwickshire", "Warwickshire Police", "Oct 2025", "2025-10"),
              ("West Mercia", "West Mercia Police", "Jul 2025", "2025-07"),
              ("Staffordshire", "Staffordshire Police", "Mar 2025", "2025-03"),
              ("West Midlands", "West Midlands Police", "Not yet published", None)]
    letters = {"O": "Outstanding", "G": "Good", "A": "Adequate", "RI": "Requires improvement", "I": "Inadequate"}
    areas = ["Police powers and public treatment", "Preventing crime", "Responding to the public",
             "Investigating crime", "Protecting vulnerable people", "Managing offenders",
             "Developing a positive workplace", "Leadership and force management"]
    cells = {"Warwickshire": ["G", "A", "A", "RI", "A", "G", "A", "G"],
             "West Mercia": ["A", "G", "RI", "A", "RI", "A", "G", "A"],
             "Staffordshire": ["G", "O", "A", "A", "A", "G", "RI", "A"],
             "West Midlands": ["\u2013"] * 8}
    rows = [["Area of policing"] + [short for short, *_ in forces],
            ["Report published"] + [published for _, _, published, _ in forces]]
    fills = {}
    for r, area in enumerate(areas, start=2):
        rows.append([area] + [cells[short][r - 2] for short, *_ in forces])
        for c, (short, *_) in enumerate(forces, start=1):
            mark = cells[short][r - 2]
            if mark in letters:
                fills[(r, c)] = GRADE_FILL[letters[mark]]
    grades = [grade(official, P23, area, area, letters[cells[short][i]], as_of, page=1)
              for short, official, _, as_of in forces if as_of
              for i, area in enumerate(areas)]
    home = "Warwickshire Police"
    afis = [
        afi(home, "Investigating crime",
            "The force should make sure that it gives victims updates on their investigations as often as the "
            "Victims\u2019 Code requires."),
        afi(home, "Investigating crime",
            "The force should reduce the time it takes to examine digital devices."),
        afi(home, "Responding to the public",
            "The force should make sure it records the vulnerability of callers accurately."),
    ]
    width = landscape(A4)[0] - 4 * cm
    grid = table(rows, [width * 0.32] + [width * 0.17] * 4, fills=fills, centre_from=1)
    flow = [
        p("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR WARWICKSHIRE", SMALL),
        table([["Meeting", "Performance and Accountability Board"], ["Date of meeting", "24 February 2026"],
               ["Report of", "Head of Policy and Scrutiny"], ["Agenda item", "6"]],
              [width * 0.25, width * 0.5], header=False),
        h(1, "PEEL 2023\u201325: how Warwickshire compares with its neighbouring forces"),
        h(2, "1. Grades of the region\u2019s forces"),
        p("The table shows the grades HMICFRS gave each force in the region in its PEEL 2023\u201325 inspection, "
          "with the month each report was published."),
        grid,
        p("Key: O = Outstanding; G = Good; A = Adequate; RI = Requires improvement; I = Inadequate; "
          "\u2013 = report not yet published. Source: HMICFRS PEEL 2023\u201325 force reports.", SMALL),
        PageBreak(),
        h(2, "2. Observations"),
        p("Warwickshire is one of three forces in the region graded good for police powers and public treatment, "
          "and Staffordshire remains the only one graded outstanding in any area. No force in the region was graded "
          "inadequate."),
        p("West Midlands Police expects its report in the spring. This paper will be updated when it is published."),
        h(2, "3. Warwickshire Police\u2019s open areas for improvement"),
        table([["PEEL area", "Area for improvement", "Lead", "Status"]] +
              [[a["area"], a["text"], lead, status] for a, lead, status in
               zip(afis, ["ACC Crime", "ACC Crime", "Chief Supt Contact"], ["On track", "Off track", "On track"])],
              [width * 0.2, width * 0.5, width * 0.15, width * 0.15]),
        h(2, "4. Recommendation"),
        p("The Board is asked to note the report."),
    ]
    data = build_pdf(flow, "PEEL 2023-25 regional comparison", "OPCC Warwickshire", "OFFICIAL",
                     "Performance and Accountability Board \u2013 24 February 2026 \u2013 page {page}",
                     pagesize=landscape(A4), margin=2 * cm)
    return data, records(
        {"force": home, "title": "PEEL 2023\u201325: how Warwickshire compares with its neighbouring forces",
         "meeting_date": "2026-02-24", "file_type": "pdf"},
        grades=grades, afis=afis)



def durham_child_protection() -> tuple[bytes, dict]:
    """Common form, Word saved as PDF: a national child protection inspection report."""
    force, as_of = "Durham Constabulary", "2026-02"
    judgments = [("Leadership and management", "Child protection leadership", "Adequate"),
                 ("Working with safeguarding partners", "Working with safeguarding partners", "Good"),
                 ("Responding to children at risk of harm", "Responding to children at risk of harm",
                  "Requires improvement"),
                 ("Assessing risk to children and making appropriate referrals",
                  "Assessing risk to children and making appropriate referrals", "Adequate"),
                 ("Investigating reports of abuse, neglect and exploitation of children",
                  "Investigating reports of abuse, neglect and exploitation of children", "Requires improvement")]
    grades = [grade(force, CP, area, raw, value, as_of, page=1) for raw, area, value in judgments]
    coc1 = ("Durham Constabulary doesn\u2019t always recognise when children are at risk of harm when it first "
            "responds to an incident, so it doesn\u2019t always act to protect them.")
    coc1_detail = ("In 14 of the 48 incidents we reviewed, the officers who attended didn\u2019t speak to the child or "
                   "record the child\u2019s views. Children who were present at domestic abuse incidents were often "
                   "recorded only as names on the incident log.")
    lead1 = "Within three months, Durham Constabulary should:"
    recs1 = ["make sure that officers speak to children at incidents and record what they say and how they appear;",
             "make sure that officers record every child present at a domestic abuse incident; and",
             "make sure supervisors check that officers have assessed the risk to each child."]
    coc2 = ("Durham Constabulary doesn\u2019t investigate reports of child sexual exploitation quickly or thoroughly "
            "enough.")
    coc2_detail = ("Several investigations we reviewed had gaps of more than a month without any action, and in "
                   "some the suspect wasn\u2019t arrested or interviewed when there was enough evidence to do so.")
    lead2 = "Within six months, Durham Constabulary should:"
    recs2 = ["make sure that investigations of child sexual exploitation are allocated to trained investigators; and",
             "make sure that supervisors review these investigations at least every 28 days."]
    afis = [
        afi(force, "Assessing risk to children and making appropriate referrals",
            "The force should make sure it shares information about children with children\u2019s social care on "
            "the day it becomes aware of the risk.",
            "In 9 of the 40 referrals we examined, the force sent the referral more than two days after the "
            "incident."),
        afi(force, "Investigating reports of abuse, neglect and exploitation of children",
            "The force should make sure that achieving best evidence interviews are planned with the child\u2019s "
            "needs in mind."),
        afi(force, "Investigating reports of abuse, neglect and exploitation of children",
            "The force should make sure that it tells children and their families how their investigation is "
            "progressing."),
        afi(force, "Child protection leadership",
            "The force should make sure its leaders understand the quality of its child protection work, not only "
            "its volume.",
            "The force\u2019s performance reports count referrals and arrests, but they give leaders little "
            "information about the outcomes for children."),
    ]
    findings = [finding(force, "promising_practice", "Working with safeguarding partners",
                        "Daily multi-agency meetings about children reported missing")]
    doc = new_docx("National child protection inspection: Durham Constabulary", "\u00a9 HMICFRS 2026    Page ")
    doc.add_paragraph("National child protection inspection of Durham Constabulary", style="Title")
    dpara(doc, "Published: 3 February 2026")
    doc.add_paragraph("Summary of our judgments", style="Heading 1")
    dpara(doc, "We inspected how well Durham Constabulary protects children in five areas, and we graded each of "
               "them.")
    dtable(doc, [["Inspection area", "Grade"]] + [[raw, value] for raw, _, value in judgments], [11.0, 5.6],
           fills={(r, 1): GRADE_FILL[value] for r, (_, _, value) in enumerate(judgments, start=1)})
    dpara(doc, "Our previous inspection of the force\u2019s child protection work, in 2018, was not graded.")
    doc.add_paragraph("Leadership and management", style="Heading 1")
    dpara(doc, "Our judgment: Durham Constabulary is adequate at leading its child protection work.")
    doc.add_paragraph("Area for improvement", style="Heading 2")
    dpara(doc, f"**{afis[3]['text']}**")
    dpara(doc, afis[3]["detail"])
    doc.add_paragraph("Working with safeguarding partners", style="Heading 1")
    dpara(doc, "Our judgment: Durham Constabulary is good at working with safeguarding partners.")
    doc.add_paragraph("Promising practice", style="Heading 2")
    dpara(doc, f"**{findings[0]['text']}**")
    dpara(doc, "The force, the three local authorities and health partners meet each morning to review every child "
               "reported missing in the previous 24 hours and agree who will do what.")
    doc.add_paragraph("Responding to children at risk of harm", style="Heading 1")
    dpara(doc, "Our judgment: Durham Constabulary requires improvement at responding to children at risk of harm.")
    doc.add_paragraph("Cause of concern", style="Heading 2")
    dpara(doc, f"**{coc1}**")
    dpara(doc, coc1_detail)
    doc.add_paragraph("Recommendations", style="Heading 3")
    dpara(doc, lead1)
    for text in recs1:
        dpara(doc, text, "List Bullet")
    doc.add_paragraph("Assessing risk to children and making appropriate referrals", style="Heading 1")
    dpara(doc, "Our judgment: Durham Constabulary is adequate at assessing risk to children and making "
               "appropriate referrals.")
    doc.add_paragraph("Area for improvement", style="Heading 2")
    dpara(doc, f"**{afis[0]['text']}**")
    dpara(doc, afis[0]["detail"])
    doc.add_paragraph("Investigating reports of abuse, neglect and exploitation of children", style="Heading 1")
    dpara(doc, "Our judgment: Durham Constabulary requires improvement at investigating reports of abuse, neglect "
               "and exploitation of children.")
    doc.add_paragraph("Cause of concern", style="Heading 2")
    dpara(doc, f"**{coc2}**")
    dpara(doc, coc2_detail)
    doc.add_paragraph("Recommendations", style="Heading 3")
    dpara(doc, lead2)
    for text in recs2:
        dpara(doc, text, "List Bullet")
    doc.add_paragraph("Areas for improvement", style="Heading 2")
    for item in afis[1:3]:
        dpara(doc, item["text"], "List Bullet")
    doc.add_paragraph("Next steps", style="Heading 1")
    dpara(doc, "We will ask the force to send us its plan to address the causes of concern, and we will monitor "
               "its progress.")
    data = docx_to_pdf(save_docx(doc))
    return data, records(
        {"force": force, "title": "National child protection inspection of Durham Constabulary",
         "doc_kind": "child_protection_report", "publication_date": "2026-02-03", "file_type": "pdf"},
        grades=grades, afis=[afis[3], afis[0], afis[1], afis[2]],
        causes=[cause(force, "Responding to children at risk of harm", coc1, coc1_detail),
                cause(force, "Investigating reports of abuse, neglect and exploitation of children", coc2,
                      coc2_detail)],
        recs=[rec(force, t, "Within three months", lead1, coc1) for t in recs1] +
             [rec(force, t, "Within six months", lead2, coc2) for t in recs2],
        findings=findings)


def merseyside_annual_report() -> tuple[bytes, dict]:
    """New form, Word saved as PDF: a PCC's annual report giving the grades as a lead-in sentence per grade over a
    bulleted list of its areas."""
    force, as_of = "Merseyside Police", "2025-10"
    by_grade = [("The force was graded **outstanding** in one area:", "Outstanding", ["Preventing crime"]),
                ("It was graded **good** in four areas:", "Good",
                 ["Police powers and public treatment", "Responding to the public", "Managing offenders",
                  "Leadership and force management"]),
                ("It was graded **adequate** in two areas:", "Adequate",
                 ["Investigating crime", "Developing a positive workplace"]),
                ("And it **requires improvement** in one area:", "Requires improvement",
                 ["Protecting vulnerable people"])]
    grades = [grade(force, P23, area, area, value, as_of, page=2) for _, value, areas in by_grade for area in areas]
    afis = [afi(force, None, "The force should make sure it assesses the risk to domestic abuse victims "
                             "accurately at the first contact."),
            afi(force, None, "The force should reduce the backlog of digital devices waiting to be examined."),
            afi(force, None, "The force should make sure that officers are trained to recognise neglect.")]
    doc = new_docx("Police and Crime Commissioner for Merseyside", "Annual Report 2025/26    ")
    doc.add_paragraph("Annual Report 2025/26", style="Title")
    dpara(doc, "Police and Crime Commissioner for Merseyside")
    doc.add_paragraph("Commissioner\u2019s foreword", style="Heading 1")
    dpara(doc, "This report sets out what my office and Merseyside Police have done over the last year to deliver "
               "the Police and Crime Plan, and how I have held the Chief Constable to account on your behalf.")
    dpara(doc, "It has been a year of real progress. Neighbourhood teams are back to full strength, knife crime has "
               "fallen for the third year running and more victims are telling us they were kept informed.")
    doc.add_paragraph("Our year in figures", style="Heading 1")
    dtable(doc, [["Measure", "2024/25", "2025/26"], ["999 calls answered within 10 seconds", "88%", "92%"],
                 ["Neighbourhood officers", "610", "655"], ["Victims referred to support services", "21,400", "23,050"],
                 ["Community grants awarded", "112", "126"]], [8.6, 4.0, 4.0])
    doc.add_paragraph("Holding the force to account", style="Heading 1")
    dpara(doc, "I hold a public Scrutiny Meeting with the Chief Constable every quarter. This year the meetings "
               "looked at violence against women and girls, call handling, and the use of stop and search.")
    doc.add_page_break()
    doc.add_paragraph("What the inspectors found", style="Heading 1")
    dpara(doc, "His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its "
               "PEEL 2023\u201325 inspection of Merseyside Police on 14 October 2025. HMICFRS grades forces on a "
               "five-point scale, from outstanding to inadequate.")
    for sentence, _, areas in by_grade:
        dpara(doc, sentence)
        for area in areas:
            dpara(doc, area, "List Bullet")
    dpara(doc, "This is a strong result. In 2022 the force was graded adequate at preventing crime, and the "
               "inspectors now judge its work with communities to be among the best in the country.")
    dpara(doc, "The inspectors identified six areas for improvement. The three I will follow most closely at my "
               "Scrutiny Meetings are:")
    for item in afis:
        dpara(doc, item["text"], "List Number")
    dpara(doc, "I have published my full response to the report on my website, as the law requires.")
    doc.add_paragraph("Commissioning services for victims", style="Heading 1")
    dpara(doc, "Victim Care Merseyside supported more than 23,000 people this year. We also opened a new "
               "independent sexual violence advisers\u2019 service for young people.")
    doc.add_paragraph("Finance", style="Heading 1")
    dpara(doc, "The policing budget for 2025/26 was \u00a3452.6 million. The force ended the year within its budget.")
    data = docx_to_pdf(save_docx(doc))
    return data, records({"force": force, "title": "Annual Report 2025/26", "file_type": "pdf"},
                         grades=grades, afis=afis)



def lancashire_panel_report() -> tuple[bytes, dict]:
    """Common form (Word): a police and crime panel report by the PCC with an improvement journey table
    (2025 grade | 2022 grade) and a direction-of-travel column, which grades nothing."""
    force = "Lancashire Constabulary"
    journey = [("Police powers and public treatment", "Good", "Adequate", "Improved"),
               ("Preventing crime", "Good", "Good", "No change"),
               ("Responding to the public", "Adequate", "Requires improvement", "Improved"),
               ("Investigating crime", "Requires improvement", "Adequate", "Declined"),
               ("Protecting vulnerable people", "Adequate", "Adequate", "No change"),
               ("Managing offenders", "Good", "Adequate", "Improved"),
               ("Developing a positive workplace", "Adequate", "Good", "Declined"),
               ("Leadership and force management", "Good", "Not graded", "\u2013")]
    grades = []
    for area, now, before, _ in journey:
        grades.append(grade(force, P23, area, area, now, "2025-12"))
        if before in GRADE_FILL:
            grades.append(grade(force, P21, area, area, before, "2022-07"))
    afis = [afi(force, "Investigating crime",
                "The force should make sure that investigations are supervised effectively and that supervisors "
                "record their reviews."),
            afi(force, "Investigating crime",
                "The force should make sure that it obtains victims\u2019 consent before it closes an investigation "
                "with an outcome of evidential difficulties."),
            afi(force, "Protecting vulnerable people",
                "The force should improve its understanding of the demand from missing children."),
            afi(force, "Developing a positive workplace",
                "The force should make sure its officers and staff can get occupational health support quickly.")]
    doc = new_docx("Lancashire Police and Crime Panel", "Page ")
    dtable(doc, [["Meeting", "Lancashire Police and Crime Panel"], ["Date", "3 February 2026"],
                 ["Report of", "Police and Crime Commissioner for Lancashire"], ["Agenda item", "7"]],
           [4.5, 12.1], header=False)
    doc.add_paragraph("HMICFRS PEEL inspection of Lancashire Constabulary", style="Title")
    doc.add_paragraph("1. Purpose of the report", style="Heading 1")
    dpara(doc, "To inform the Panel of the findings of His Majesty\u2019s Inspectorate of Constabulary and Fire & "
               "Rescue Services (HMICFRS) in its PEEL 2023\u201325 inspection of Lancashire Constabulary, and of how "
               "the Commissioner is holding the Chief Constable to account for the force\u2019s response.")
    doc.add_paragraph("2. Background", style="Heading 1")
    dpara(doc, "HMICFRS published its PEEL 2023\u201325 report on Lancashire Constabulary on 9 December 2025. The "
               "force\u2019s previous PEEL inspection, under the 2021/22 programme, was published in July 2022.")
    dpara(doc, "The table below compares the grades of the two inspections. Leadership and force management was not "
               "graded in 2021/22.")
    fills = {}
    for r, (_, now, before, _) in enumerate(journey, start=1):
        fills[(r, 1)] = GRADE_FILL[now]
        if before in GRADE_FILL:
            fills[(r, 2)] = GRADE_FILL[before]
    dtable(doc, [["Area of policing", "2025 grade", "2022 grade", "Direction of travel"]] +
           [list(row) for row in journey], [6.4, 3.6, 3.6, 3.0], fills=fills)
    doc.add_paragraph("3. Areas for improvement", style="Heading 1")
    dpara(doc, "HMICFRS identified nine areas for improvement and no causes of concern. The Commissioner\u2019s "
               "Accountability Board receives an update on each of them every quarter. Those most relevant to the "
               "Panel are:")
    dtable(doc, [["PEEL area", "Area for improvement", "Force update (January 2026)"]] +
           [[a["area"], a["text"], update] for a, update in zip(afis, [
               "A new supervisory review template went live in December 2025.",
               "Guidance issued to all investigators; compliance is checked monthly.",
               "A missing children problem profile is being written with partners.",
               "A new occupational health provider starts in April 2026."])], [3.6, 7.0, 6.0])
    doc.add_paragraph("4. Commissioner\u2019s comments", style="Heading 1")
    dpara(doc, "I welcome the improvement in five areas, and in particular that the force is now good at managing "
               "offenders. I am disappointed that investigating crime now requires improvement, and I have asked "
               "the Chief Constable to report to my Accountability Board on it in March.")
    doc.add_paragraph("5. Recommendation", style="Heading 1")
    dpara(doc, "The Panel is asked to note the report.")
    return save_docx(doc), records(
        {"force": force, "title": "HMICFRS PEEL inspection of Lancashire Constabulary", "meeting_date": "2026-02-03",
         "file_type": "docx"},
        grades=grades, afis=afis)


def cumbria_improvement_plan() -> tuple[bytes, dict]:
    """New form (Word, landscape): a force's PEEL improvement plan whose rows are typed (Cause of concern,
    Recommendation, AFI), the PEEL area cell merged down over a cause and its recommendations, and a grade summary
    with a count column that grades nothing."""
    force, as_of = "Cumbria Constabulary", "2025-11"
    summary = [("Police powers and public treatment", "Good", "1"), ("Preventing crime", "Good", "0"),
               ("Responding to the public", "Adequate", "2"), ("Investigating crime", "Adequate", "2"),
               ("Protecting vulnerable people", "Inadequate", "3"), ("Managing offenders", "Adequate", "1"),
               ("Developing a positive workplace", "Requires improvement", "2"),
               ("Leadership and force management", "Adequate", "1")]
    grades = [grade(force, P23, area, area, value, as_of) for area, value, _ in summary]
    coc = ("Cumbria Constabulary doesn\u2019t effectively manage the risk posed by registered sex offenders, and "
           "too many visits to them are overdue.")
    rec_rows = [("R1.1", "Within six months, Cumbria Constabulary should make sure it has enough trained offender "
                         "managers to complete risk assessments and visits on time."),
                ("R1.2", "Within six months, Cumbria Constabulary should make sure that supervisors review the "
                         "workload of every offender manager each month.")]
    afis = [afi(force, "Protecting vulnerable people",
                "The force should make sure that officers complete a risk assessment at every domestic abuse "
                "incident."),
            afi(force, "Responding to the public",
                "The force should reduce the number of non-emergency calls that are abandoned."),
            afi(force, "Investigating crime",
                "The force should make sure that investigation plans are recorded and followed."),
            afi(force, "Developing a positive workplace",
                "The force should make sure it understands the wellbeing needs of its workforce.")]
    doc = new_docx("OFFICIAL", "Cumbria Constabulary PEEL improvement plan \u2013 version 3 \u2013 page ",
                   landscape_page=True)
    doc.add_paragraph("PEEL 2023\u201325 improvement plan", style="Title")
    dpara(doc, "Cumbria Constabulary \u2013 version 3, January 2026")
    doc.add_paragraph("Introduction", style="Heading 1")
    dpara(doc, "HMICFRS published its PEEL 2023\u201325 report on Cumbria Constabulary on 18 November 2025. This "
               "plan sets out how the force will respond to the cause of concern, its recommendations and the areas "
               "for improvement. The plan is reviewed monthly by the Deputy Chief Constable\u2019s Improvement Board "
               "and reported to the Police, Fire and Crime Commissioner.")
    doc.add_paragraph("Grades awarded", style="Heading 2")
    dtable(doc, [["PEEL area", "Grade awarded", "Areas for improvement"]] + [list(row) for row in summary],
           [9.0, 5.5, 5.0], fills={(r, 1): GRADE_FILL[value] for r, (_, value, _) in enumerate(summary, start=1)})
    doc.add_paragraph("Improvement plan", style="Heading 2")
    plan = [["Ref", "Type", "HMICFRS finding", "PEEL area", "Owner", "Target date", "Status"],
            ["CoC1", "Cause of concern", coc, "Protecting vulnerable people", "D/Supt Public Protection", "May 2026",
             "On track"]]
    plan += [[ref, "Recommendation", text, "", owner, "May 2026", status]
             for (ref, text), owner, status in zip(rec_rows, ["D/Supt Public Protection", "DCI MOSOVO"],
                                                   ["On track", "Complete"])]
    plan += [[f"AFI{n}", "Area for improvement", a["text"], a["area"], owner, due, status]
             for n, (a, owner, due, status) in enumerate(zip(afis, [
                 "D/Supt Public Protection", "Supt Contact Management", "D/Supt Crime", "Head of People"], [
                 "March 2026", "April 2026", "June 2026", "September 2026"], [
                 "Complete", "Off track", "On track", "On track"]), start=1)]
    status_fill = {"Complete": "#C6EFCE", "On track": "#FFEB9C", "Off track": "#FFC7CE"}
    table = dtable(doc, plan, [1.4, 2.8, 8.4, 3.6, 3.6, 2.4, 2.2],
                   fills={(r, 6): status_fill[row[6]] for r, row in enumerate(plan[1:], start=1)})
    table.cell(1, 3).merge(table.cell(3, 3))  # the area cell spans the cause and its recommendations
    dpara(doc, "Status: Complete \u2013 the action is done and evidenced; On track \u2013 expected by the target "
               "date; Off track \u2013 at risk of missing the target date.")
    doc.add_paragraph("Governance", style="Heading 1")
    dpara(doc, "Each owner reports progress to the Improvement Board. Evidence of completed actions is sent to "
               "HMICFRS\u2019s force liaison lead before the board asks for an action to be closed.")
    return save_docx(doc), records(
        {"force": force, "title": "PEEL 2023\u201325 improvement plan", "file_type": "docx"},
        grades=grades, afis=afis, causes=[cause(force, "Protecting vulnerable people", coc, None)],
        recs=[rec(force, text, "Within six months", None, coc) for _, text in rec_rows])



def north_wales_bilingual_response() -> tuple[bytes, dict]:
    """New form (Word): a PCC's section 55 response printed in Welsh and English, the grade table's every cell a
    Welsh line over its English line."""
    force, as_of = "North Wales Police", "2025-12"
    welsh_grade = {"Outstanding": "Rhagorol", "Good": "Da", "Adequate": "Digonol",
                   "Requires improvement": "Angen gwella", "Inadequate": "Annigonol"}
    table_grades = [("Pwerau\u2019r heddlu a thrin y cyhoedd", "Police powers and public treatment", "Good"),
                    ("Atal troseddu", "Preventing crime", "Good"),
                    ("Ymateb i\u2019r cyhoedd", "Responding to the public", "Adequate"),
                    ("Ymchwilio i droseddau", "Investigating crime", "Adequate"),
                    ("Diogelu pobl agored i niwed", "Protecting vulnerable people", "Requires improvement"),
                    ("Rheoli troseddwyr", "Managing offenders", "Good"),
                    ("Datblygu gweithle cadarnhaol", "Developing a positive workplace", "Adequate"),
                    ("Arweinyddiaeth a rheoli\u2019r heddlu", "Leadership and force management", "Good")]
    grades = [grade(force, P23, english, english, value, as_of) for _, english, value in table_grades]
    afis = [afi(force, "Protecting vulnerable people",
                "The force should make sure that it refers children at risk to children\u2019s services without "
                "delay."),
            afi(force, "Protecting vulnerable people",
                "The force should improve how it manages the risk posed by people who breach protective orders."),
            afi(force, "Investigating crime",
                "The force should make sure victims are updated in line with the Victims\u2019 Code.")]
    doc = new_docx("Comisiynydd Heddlu a Throsedd Gogledd Cymru | North Wales Police and Crime Commissioner",
                   "Tudalen | Page ")
    doc.add_paragraph("Ymateb y Comisiynydd i arolygiad PEEL HMICFRS / Commissioner\u2019s response to the HMICFRS "
                      "PEEL inspection", style="Title")
    doc.add_paragraph("Cefndir / Background", style="Heading 1")
    dpara(doc, "Cyhoeddodd HMICFRS ei arolygiad PEEL 2023\u201325 o Heddlu Gogledd Cymru ar 2 Rhagfyr 2025. Mae "
               "adran 55 o Ddeddf yr Heddlu 1996 yn gofyn i\u2019r Comisiynydd gyhoeddi sylwadau ar yr adroddiad.")
    dpara(doc, "HMICFRS published its PEEL 2023\u201325 inspection of North Wales Police on 2 December 2025. Section "
               "55 of the Police Act 1996 requires the Commissioner to publish comments on the report.")
    doc.add_paragraph("Graddau / Grades", style="Heading 1")
    table = dtable(doc, [["Maes plismona / Area of policing", "Gradd / Grade"]] +
                   [[f"{welsh}", f"{welsh_grade[value]}"] for welsh, _, value in table_grades], [11.0, 5.6],
                   fills={(r, 1): GRADE_FILL[value] for r, (_, _, value) in enumerate(table_grades, start=1)})
    for r, (_, english, value) in enumerate(table_grades, start=1):
        for c, text in ((0, english), (1, value)):
            line = table.cell(r, c).add_paragraph()
            line.add_run(text).italic = True
    doc.add_paragraph("Sylwadau\u2019r Comisiynydd / Commissioner\u2019s comments", style="Heading 1")
    dpara(doc, "Rwy\u2019n falch bod yr heddlu yn dda mewn pedwar maes. Byddaf yn craffu ar y gwaith i ddiogelu pobl "
               "agored i niwed drwy fy Mwrdd Atebolrwydd.")
    dpara(doc, "I am pleased that the force is good in four areas. I will scrutinise the work to protect vulnerable "
               "people through my Accountability Board, and I have asked the Chief Constable for a plan by the end "
               "of January.")
    doc.add_paragraph("Meysydd i\u2019w gwella / Areas for improvement", style="Heading 1")
    dpara(doc, "Nododd HMICFRS naw maes i\u2019w gwella. / HMICFRS identified nine areas for improvement. The "
               "Chief Constable\u2019s response to those I monitor most closely is below.")
    dtable(doc, [["Maes / Area", "Maes i\u2019w wella / Area for improvement", "Ymateb y Prif Gwnstabl / "
                  "Chief Constable\u2019s response"]] +
           [[a["area"], a["text"], response] for a, response in zip(afis, [
               "A daily referral review by the public protection unit began in January 2026.",
               "Breaches of orders are now flagged on the command and control system.",
               "Victim updates are now checked in every supervisory review."])], [3.8, 7.0, 5.8])
    dpara(doc, "Mererid Parry")
    dpara(doc, "Comisiynydd Heddlu a Throsedd Gogledd Cymru / North Wales Police and Crime Commissioner")
    dpara(doc, "Ionawr 2026 / January 2026")
    return save_docx(doc), records(
        {"force": force, "title": "Commissioner\u2019s response to the HMICFRS PEEL inspection", "file_type": "docx"},
        grades=grades, afis=afis)


DOCUMENTS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "peel-2023-25-northumbria-report-round37b.pdf": northumbria_peel_report,
    "peel-2021-22-humberside-report-round37b.pdf": humberside_peel_2021_22,
    "west-mercia-hmi-letter-missing-people-round37b.pdf": west_mercia_letter,
    "warwickshire-opcc-peel-neighbours-2026-02-24-round37b.pdf": warwickshire_neighbours_grid,
    "ncpi-durham-word-pdf-round37b.pdf": durham_child_protection,
    "merseyside-pcc-annual-report-2025-26-round37b.pdf": merseyside_annual_report,
    "lancashire-pcp-peel-2026-02-03-round37b.docx": lancashire_panel_report,
    "cumbria-constabulary-peel-improvement-plan-round37b.docx": cumbria_improvement_plan,
    "north-wales-pcc-s55-peel-bilingual-round37b.docx": north_wales_bilingual_response,
}


def main(names: list[str]) -> None:
    for name, build in DOCUMENTS.items():
        if names and name not in names:
            continue
        data, gold = build()
        write(name, data, gold)


if __name__ == "__main__":
    main(sys.argv[1:])
