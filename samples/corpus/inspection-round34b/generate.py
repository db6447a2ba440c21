"""Held-out inspection round 34b (issue 3): southern, eastern and Welsh forces.

    .venv/bin/python samples/corpus/inspection-round34b/generate.py [FILE ...]

builds every document (or those named) and writes its gold to gold/<file>.json. Reportlab PDFs are drawn in
invariant mode; Word files get fixed zip times; the Word-made PDFs go through LibreOffice
(office_pdf.docx_to_pdf, needs `soffice`). Every PDF record's page is written by hand or found in the PDF's own
text, and the generator fails unless the record's words are on that page.

Written blind: no extractor code or extractor test was read and the extractors were never run on these files.
Forces are real; every person, figure, grade, date and sentence is invented.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROUND = Path(__file__).resolve().parent
sys.path.insert(0, str(ROUND.parent))  # samples/corpus: inspection_render, office_pdf
sys.path.insert(0, str(ROUND.parent.parent))  # samples: the generator package

import pdfplumber  # noqa: E402
from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Inches, Pt  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, TableStyle  # noqa: E402

from generator import docx_render, pdf_render  # noqa: E402
from generator.model import Heading, Merge, PageBreak, Para, Table, bullets, cell  # noqa: E402
from inspection_render import GRADE_FILL, fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

GOLD = ROUND / "gold"
CHECKED = ("Written by hand in samples/corpus/inspection-round34b/generate.py beside the text it describes, blind "
           "(no extractor code or extractor test read, extractors never run on these files); PDF pages checked "
           "against the PDF's own text by the generator and read against `scrutiny inspect`.")
HEADER_FILL = "#d9d9d9"
PLAN_HEADER_FILL = "#d9e2f3"
RAG = {"Complete": "#70ad47", "On track": "#ffc000", "Off track": "#ff0000"}
TYPES = ("grades", "areas_for_improvement", "causes_of_concern", "recommendations", "findings")

PEEL = "PEEL 2023-25"
PEEL_2122 = "PEEL 2021/22"
CP = "Child protection"

# ---------------------------------------------------------------------------------------------------------------
# Rendering


def render_reportlab(blocks: list, fills: dict[int, dict[tuple[int, int], str]], *, title: str,
                     header: str = "", footer: str = "", wide: bool = False) -> bytes:
    """The shared renderer's layout with shaded cells and a running header and page-numbered footer."""
    pdf_render._register_symbol_font()
    size = landscape(A4) if wide else A4
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=size, leftMargin=pdf_render.MARGIN, rightMargin=pdf_render.MARGIN,
                            topMargin=pdf_render.MARGIN, bottomMargin=pdf_render.MARGIN, title=title,
                            author="samples", creator="samples/generate.py", invariant=1)

    def furniture(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if header:
            canvas.drawString(pdf_render.MARGIN, size[1] - 40, header)
        canvas.drawString(pdf_render.MARGIN, 36, footer.replace("{page}", str(document.page)))
        canvas.restoreState()

    flowables = []
    table_index = 0
    for block in blocks:
        if isinstance(block, Table):
            table = pdf_render._table(block, doc.width)
            commands = [("BACKGROUND", (c, r), (c, r), colors.HexColor(fill))
                        for (r, c), fill in fills.get(table_index, {}).items()]
            if commands:
                table.setStyle(TableStyle(commands))
            flowables.append(table)
            table_index += 1
        else:
            flowables += pdf_render._flowables([block], doc.width)
    doc.build(flowables, onFirstPage=furniture, onLaterPages=furniture)
    return buffer.getvalue()


def _page_field(paragraph) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _fit_grid(table, scale: float) -> None:
    """Word lays a table out by its cells' widths, LibreOffice by the grid's: give the grid the cells' widths
    (scaled to a landscape page's text width)."""
    width_attr = qn("w:w")  # twips, read and written raw: python-docx gives the two elements different units
    widths = [round(int(tc.tcPr.tcW.get(width_attr)) * scale) for tc in table.rows[0]._tr.tc_lst]
    for grid_col, width in zip(table._tbl.tblGrid.gridCol_lst, widths):
        grid_col.set(width_attr, str(width))
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.tcPr.tcW.set(width_attr, str(sum(widths[col:col + span])))
            col += span


def render_word(blocks: list, fills: dict[int, dict[tuple[int, int], str]], *, title: str, author: str,
                header: str, footer: str, when: datetime, wide: bool = False) -> bytes:
    """A Word file typed in Word's own styles: the title line in the Title style, Table Grid tables with shaded
    cells, a running header and a footer with a PAGE field; fixed zip times."""
    document = Document(io.BytesIO(docx_render.render_docx(blocks, title, author, when)))
    for paragraph in document.paragraphs:
        if paragraph.text == title:
            paragraph.style = document.styles["Title"]
            for run in paragraph.runs:
                run.font.size = Pt(22)
            break
    else:
        raise ValueError(f"no title line {title!r}")
    section = document.sections[0]
    if wide:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    scale = (section.page_width - section.left_margin - section.right_margin) / Inches(docx_render.TEXT_WIDTH_INCHES)
    for table in document.tables:
        _fit_grid(table, scale)
    section.header.paragraphs[0].text = header
    footer_paragraph = section.footer.paragraphs[0]
    footer_paragraph.text = footer + "    Page "
    _page_field(footer_paragraph)
    for table_index, cells in fills.items():
        table = document.tables[table_index]
        for (r, c), fill in cells.items():
            tc_pr = table.cell(r, c)._tc.get_or_add_tcPr()
            shading = OxmlElement("w:shd")
            shading.set(qn("w:val"), "clear")
            shading.set(qn("w:color"), "auto")
            shading.set(qn("w:fill"), fill.lstrip("#").upper())
            tc_pr.append(shading)
    raw = io.BytesIO()
    document.save(raw)
    return fixed_zip_times(raw.getvalue())


def header_fills(columns: int, fill: str = HEADER_FILL) -> dict[tuple[int, int], str]:
    return {(0, c): fill for c in range(columns)}


# ---------------------------------------------------------------------------------------------------------------
# Gold


def grade(force: str, framework: str, area: str, raw: str, value: str, as_of: str | None, page: int | None) -> dict:
    return {"page": page, "force": force, "framework": framework, "area": area, "area_raw": raw, "grade": value,
            "as_of": as_of}


def afi(force: str, area: str | None, text: str, detail: str | None, page: int | None = None) -> dict:
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def concern(force: str, area: str | None, text: str, detail: str | None, page: int | None = None) -> dict:
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def recommendation(force: str, text: str, timescale: str | None, lead_in: str | None, cause: str | None,
                   page: int | None = None) -> dict:
    return {"page": page, "force": force, "text": text, "timescale": timescale, "lead_in": lead_in,
            "cause_of_concern_text": cause}


def finding(force: str, area: str | None, kind: str, text: str, page: int | None = None) -> dict:
    return {"page": page, "force": force, "area": area, "kind": kind, "text": text}


def _squash(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", "", text).lower()


def _holds(page_text: str, phrase: str, strictness: int = 3) -> bool:
    """The page holds the phrase (strictness 3), its opening 48 characters (2), or, for a narrow table cell whose
    lines interleave with its neighbours', its first word and its five longest words (1), or, for a row split
    by a page break, its opening 24 characters (0)."""
    squashed = _squash(phrase)
    if squashed in page_text or (strictness <= 2 and squashed[:48] in page_text):
        return True
    if strictness > 1:
        return False
    words = [_squash(w.strip(".,;:()")) for w in phrase.split()]
    longest = sorted(words, key=len, reverse=True)[:5]
    if words[0] in page_text and all(w in page_text for w in longest):
        return True
    return strictness == 0 and squashed[:24] in page_text


def _find(pages: list[str], phrase: str, floor: int) -> int | None:
    """The first page, from ``floor``, that holds the phrase at the strictest level any page does."""
    for strictness in (3, 2, 1, 0):
        for number in range(floor, len(pages) + 1):
            if _holds(pages[number - 1], phrase, strictness):
                return number
    return None


def check_pages(name: str, data: bytes, records: dict) -> None:
    """Every PDF record stands on its page: hand-written pages are checked, missing ones found (the first page,
    at or after the previous record's, whose text holds the record's opening words)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [_squash(page.extract_text() or "") for page in pdf.pages]
    records["documents"][0]["pages"] = len(pages)
    for kind in TYPES:
        floor = 1
        for record in records[kind]:
            phrase = record.pop("_key", None) or (record["area_raw"] if kind == "grades" else record["text"])
            if record["page"] is None:
                found = _find(pages, phrase, floor)
                if found is None:
                    raise SystemExit(f"{name}: {kind} {phrase!r} not found in the PDF")
                record["page"] = found
            elif not _holds(pages[record["page"] - 1], phrase, 0):
                raise SystemExit(f"{name}: {kind} {phrase!r} not on page {record['page']}")
            floor = record["page"]


def write(name: str, data: bytes, records: dict) -> None:
    for kind in TYPES:
        records.setdefault(kind, [])
    if name.endswith(".pdf"):
        check_pages(name, data, records)
    GOLD.mkdir(exist_ok=True)
    (ROUND / name).write_bytes(data)
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
    (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
    counts = {kind: len(records[kind]) for kind in TYPES}
    print(f"{name}: {len(data)} bytes; {counts}")


def grade_table(rows: list[tuple[str, str]], head: tuple[str, str] = ("Area of policing", "Grade"),
                widths: tuple[float, float] = (3, 2)) -> tuple[Table, dict[tuple[int, int], str]]:
    table = Table(rows=((cell(f"**{head[0]}**"), cell(f"**{head[1]}**")),)
                  + tuple((cell(area), cell(value)) for area, value in rows), widths=widths, header_rows=1)
    fills = header_fills(2) | {(r, 1): GRADE_FILL[value] for r, (_, value) in enumerate(rows, 1) if value in GRADE_FILL}
    return table, fills


# ---------------------------------------------------------------------------------------------------------------
# 1. HMICFRS PEEL 2023-25 report, whole, with its usual noise (reportlab).

SURREY = "Surrey Police"


def surrey_peel() -> tuple[bytes, dict]:
    f = SURREY
    judgments = [("Police powers and public treatment", "Good"), ("Preventing crime", "Outstanding"),
                 ("Responding to the public", "Requires improvement"), ("Investigating crime", "Adequate"),
                 ("Protecting vulnerable people", "Adequate"), ("Managing offenders", "Good"),
                 ("Developing a positive workplace", "Good"), ("Leadership and force management", "Adequate")]
    table, fills = grade_table(judgments)
    coc = "Surrey Police doesn’t answer emergency and non-emergency calls quickly enough."
    coc_detail = ("In the year to March 2025, the force answered 79.2 percent of emergency calls within ten seconds, "
                  "against a national standard of 90 percent. Callers to the non-emergency number waited more than "
                  "six minutes on average, and almost a quarter of them abandoned the call.")
    lead = "Within three months, Surrey Police should:"
    recs = ["review how many call handlers it needs at each hour of the day and week, and roster them to match "
            "demand;",
            "make sure that supervisors in the contact centre monitor call answering times in real time; and",
            "call back every caller who abandons a non-emergency call where a crime or risk may be involved."]
    rtp_afi = "The force should make sure it gives callers accurate advice about when officers will attend."
    rtp_afi_detail = ("In 22 of the 70 incidents we reviewed, the force didn’t attend within the time it had told "
                      "the caller, and it didn’t tell the caller about the delay.")
    ic_afis = ["The force should make sure that investigation plans are recorded and reviewed by supervisors",
               "The force should make sure that it seeks and records the views of victims before it closes an "
               "investigation"]
    pvp_afi = ("The force should improve how it shares information about children at risk with safeguarding "
               "partners.")
    pvp_afi_detail = ("Referrals to children’s social care were sometimes delayed by several days. Some referrals "
                      "we reviewed didn’t record what the officer had seen or heard, which means partners can’t "
                      "assess the risk properly.")
    dpw_afi = "The force should make sure that it gives its workforce timely occupational health support."
    lfm_afi = "The force should make sure that it understands the demand on its investigation teams."
    lfm_afi_detail = ("The force’s demand analysis doesn’t yet include investigations that are held by "
                      "neighbourhood officers. This means it can’t be confident that it has placed investigators "
                      "where they are most needed.")
    mf = {
        "pppt": "The force uses stop and search fairly and records the grounds for searches well.",
        "pc": "The force works with partners to prevent crime and antisocial behaviour.",
        "rtp": "Officers attending incidents identify vulnerable people well.",
        "ic": "The force is improving the quality of its investigations, but too many are delayed.",
        "mo": "The force manages registered sex offenders well.",
    }
    innovative = "Neighbourhood problem-solving clinics open to residents"
    promising = "Joint review of missing children reports with children’s services"
    blocks = [
        Para("Police effectiveness, efficiency and legitimacy", size=12),
        Heading("PEEL 2023–25: An inspection of Surrey Police", 1),
        Para("Published: 3 December 2025"),
        Heading("Contents", 2),
        Para("About this inspection ........................................ 2\n"
             "Overall summary ............................................... 2\n"
             "Police powers and public treatment ..................... 3\n"
             "Preventing crime ................................................ 3\n"
             "Responding to the public ..................................... 3\n"
             "Investigating crime ............................................ 4\n"
             "Protecting vulnerable people ............................... 4\n"
             "Managing offenders ............................................ 5\n"
             "Developing a positive workplace ........................... 5\n"
             "Leadership and force management ....................... 5"),
        PageBreak(),
        Heading("About this inspection", 2),
        Para("This inspection assessed how good Surrey Police is in the areas of policing we cover in PEEL. We "
             "carried out fieldwork in the force in April and May 2025. We reviewed case files, held focus groups "
             "and observed officers and staff at work."),
        Heading("Overall summary", 2),
        Heading("Our judgments", 3),
        Para("Our inspection assessed how good Surrey Police is in eight areas of policing. We make graded "
             "judgments in these eight areas, as follows:"),
        table,
        Para("We also inspected how effective a service Surrey Police gives to victims of crime. We don’t grade "
             "this victim service assessment, but it does influence the grades we give for the areas of policing "
             "above."),
        Heading("HM Inspector’s observations", 3),
        Para("I am pleased with many aspects of the force’s performance. In our last inspection, in 2022, we "
             "judged the force to be inadequate at responding to the public. It has made progress since then, but "
             "it still takes too long to answer calls, and I have identified a cause of concern about this."),
        Para("The force is good at recording crime, and it understands the communities it serves."),
        PageBreak(),
        Heading("Police powers and treating the public fairly and respectfully", 2),
        Para("**{#6cb33f|Good}**"),
        Para("Surrey Police is good at treating people fairly and respectfully, and at using its powers."),
        Heading("Main findings", 3),
        Para(f"**{mf['pppt']}**"),
        Para("Of the 180 stop and search records we reviewed, we found reasonable grounds recorded in 168. "
             "Body-worn video is used in almost every search."),
        Heading("Preventing and deterring crime and antisocial behaviour, and reducing vulnerability", 2),
        Para("**{#1f6f3f|Outstanding}**"),
        Para("Surrey Police is outstanding at preventing and deterring crime and antisocial behaviour."),
        Heading("Main findings", 3),
        Para(f"**{mf['pc']}**"),
        Para("Neighbourhood teams use problem-solving plans that set out clear aims, and they review them with "
             "partners every month."),
        Table(rows=((cell("**Innovative practice**", f"**{innovative}**",
                          "Each neighbourhood team holds a monthly clinic where residents bring local problems. "
                          "Officers agree a plan with them and report back at the next clinic."),),),
              widths=(1,), bordered=True),
        Heading("Responding to the public", 2),
        Para("**{#f08a24|Requires improvement}**"),
        Para("Surrey Police requires improvement at responding to the public."),
        Heading("Cause of concern", 3),
        Para(f"**{coc}**"),
        Para(coc_detail),
        Heading("Recommendations", 4),
        Para(lead),
        bullets("\n".join(f"- {r}" for r in recs)),
        Heading("Area for improvement", 3),
        Para(f"**{rtp_afi}**"),
        Para(rtp_afi_detail),
        Heading("Main findings", 3),
        Para(f"**{mf['rtp']}**"),
        Para("Call handlers use a structured risk assessment, and officers we spoke to understood how to look "
             "for signs of vulnerability."),
        Heading("Investigating crime", 2),
        Para("**{#f2c12e|Adequate}**"),
        Para("Surrey Police is adequate at investigating crime."),
        Heading("Areas for improvement", 3),
        bullets("\n".join(f"- {a}" for a in ic_afis)),
        Heading("Main findings", 3),
        Para(f"**{mf['ic']}**"),
        Para("The force has introduced a new investigation standards team. But in 31 of the 120 cases we "
             "reviewed, there were delays that the force could have avoided."),
        Heading("Protecting vulnerable people", 2),
        Para("**{#f2c12e|Adequate}**"),
        Para("Surrey Police is adequate at protecting vulnerable people."),
        Heading("Area for improvement", 3),
        Para(f"**{pvp_afi}**"),
        Para(pvp_afi_detail),
        Table(rows=((cell("**Promising practice**", f"**{promising}**",
                          "Each week, a detective sergeant and a social worker review every report of a missing "
                          "child together and agree who will follow it up."),),),
              widths=(1,), bordered=True),
        Heading("Managing offenders and suspects", 2),
        Para("**{#6cb33f|Good}**"),
        Para("Surrey Police is good at managing offenders and suspects."),
        Heading("Main findings", 3),
        Para(f"**{mf['mo']}**"),
        Para("Offender managers’ workloads are manageable, and risk assessments are up to date."),
        Heading("Building, supporting and protecting the workforce", 2),
        Para("**{#6cb33f|Good}**"),
        Para("Surrey Police is good at building, supporting and protecting its workforce."),
        Heading("Area for improvement", 3),
        Para(f"**{dpw_afi}**"),
        Heading("Leadership and force management", 2),
        Para("**{#f2c12e|Adequate}**"),
        Para("Surrey Police is adequate at leadership and force management."),
        Heading("Area for improvement", 3),
        Para(f"**{lfm_afi}**"),
        Para(lfm_afi_detail),
        Heading("About the data", 3),
        Para("Data in this report comes from a range of sources, including the Home Office and the force itself. "
             "Where we collected data directly from the force, we took reasonable steps to check it."),
    ]
    table_fills = {0: fills, 1: {(0, 0): "#e2efda"}, 2: {(0, 0): "#e2efda"}}
    data = render_reportlab(blocks, table_fills, title="PEEL 2023–25: An inspection of Surrey Police",
                            header="PEEL 2023–25: An inspection of Surrey Police",
                            footer="© HMICFRS 2025                                                    {page}")
    records = {
        "documents": [{"page": None, "force": f, "status": "ok", "title": "PEEL 2023–25: An inspection of Surrey Police",
                       "doc_kind": "peel_report", "publication_date": "2025-12-03", "file_type": "pdf"}],
        "grades": [grade(f, PEEL, area, area, value, "2025-12", 2) for area, value in judgments],
        "causes_of_concern": [concern(f, "Responding to the public", coc, coc_detail)],
        "recommendations": [recommendation(f, r, "Within three months", lead, coc) for r in recs],
        "areas_for_improvement": [
            afi(f, "Responding to the public", rtp_afi, rtp_afi_detail),
            *[afi(f, "Investigating crime", a, None) for a in ic_afis],
            afi(f, "Protecting vulnerable people", pvp_afi, pvp_afi_detail),
            afi(f, "Developing a positive workplace", dpw_afi, None),
            afi(f, "Leadership and force management", lfm_afi, lfm_afi_detail),
        ],
        "findings": [
            finding(f, "Police powers and public treatment", "main_finding", mf["pppt"]),
            finding(f, "Preventing crime", "main_finding", mf["pc"]),
            finding(f, "Preventing crime", "innovative_practice", innovative),
            finding(f, "Responding to the public", "main_finding", mf["rtp"]),
            finding(f, "Investigating crime", "main_finding", mf["ic"]),
            finding(f, "Protecting vulnerable people", "promising_practice", promising),
            finding(f, "Managing offenders", "main_finding", mf["mo"]),
        ],
    }
    return data, records


# ---------------------------------------------------------------------------------------------------------------
# 2. National child protection inspection, Word saved as PDF.

SOUTH_WALES = "South Wales Police"
CP_AREAS = {
    "Leadership and management": "Child protection leadership",
    "Working with safeguarding partners": "Working with safeguarding partners",
    "Responding to children at risk of harm": "Responding to children at risk of harm",
    "Assessing risk to children and making appropriate referrals":
        "Assessing risk to children and making appropriate referrals",
    "Investigating reports of abuse, neglect and exploitation of children":
        "Investigating reports of abuse, neglect and exploitation of children",
}


def south_wales_ncpi() -> tuple[bytes, dict]:
    f = SOUTH_WALES
    title = "National child protection inspection: South Wales Police"
    judgments = [("Leadership and management", "Adequate"), ("Working with safeguarding partners", "Good"),
                 ("Responding to children at risk of harm", "Requires improvement"),
                 ("Assessing risk to children and making appropriate referrals", "Adequate"),
                 ("Investigating reports of abuse, neglect and exploitation of children", "Requires improvement")]
    table, fills = grade_table(judgments, head=("Inspection area", "Grade"), widths=(4, 2))
    lm_afi = "The force should make sure its leaders have accurate information about the quality of its child protection work."
    lm_afi_detail = ("The force’s audits of child protection cases are infrequent and small. Leaders told us they "
                     "rely on performance data that counts referrals but says little about the quality of the "
                     "response children receive.")
    practice = "A shared daily briefing with the multi-agency safeguarding hub"
    coc1 = ("South Wales Police doesn’t consistently recognise and respond to risk when children go missing from "
            "home or care.")
    coc1_detail = ("In 19 of the 48 missing children cases we audited, the initial risk grading was too low. "
                   "Officers didn’t always search the child’s home or speak to carers, and return home interviews "
                   "were often late.")
    lead1 = "Within six months, South Wales Police should:"
    recs1 = ["make sure that officers and staff grade the risk to missing children in line with national guidance;",
             "make sure that supervisors review the risk grading of every missing child report within two hours; "
             "and",
             "work with local authorities so that return home interviews take place within 72 hours."]
    rtr_afis = ["The force should make sure that officers speak to children at incidents and record what they say",
                "The force should make sure that it records the voice of the child in domestic abuse risk assessments"]
    ar_afi = "The force should make sure that referrals to children’s social care set out the risks it has identified."
    ar_afi_detail = ("Many referrals we reviewed described the incident but didn’t say why the officer was "
                     "worried about the child. This means partners have to ask for more information before they "
                     "can decide what to do.")
    coc2 = "The force doesn’t investigate reports of child sexual abuse quickly enough."
    coc2_detail = ("Almost half of the child sexual abuse investigations we reviewed had delays of more than a "
                   "month between the first report and the first interview of the suspect.")
    lead2 = "Within three months, South Wales Police should:"
    recs2 = ["review the workloads of its child abuse investigation teams; and",
             "make sure that supervisors set and review investigation plans for every child sexual abuse case."]
    blocks = [
        Heading(title, 1),
        Para("Published: 20 January 2026"),
        Heading("Introduction", 1),
        Para("This inspection examined how well South Wales Police protects children. We inspected the force in "
             "July and August 2025, and we audited 160 child protection cases."),
        Heading("Summary of our judgments", 1),
        Para("We graded the force’s performance in five areas of child protection:"),
        table,
        Para("We last inspected the force’s child protection arrangements in 2017. That inspection was not "
             "graded, so we can’t compare grades."),
        Heading("Leadership and management", 1),
        Para("South Wales Police is adequate in its leadership and management of child protection."),
        Heading("Area for improvement", 2),
        Para(f"**{lm_afi}**"),
        Para(lm_afi_detail),
        Heading("Working with safeguarding partners", 1),
        Para("The force works well with partners in its five local authority areas."),
        Heading("Promising practice", 2),
        Para(f"**{practice}**"),
        Para("Every morning, police, social workers and health staff review the previous day’s referrals "
             "together and agree which children need a strategy discussion."),
        Heading("Responding to children at risk of harm", 1),
        Para("South Wales Police requires improvement at responding to children at risk of harm."),
        Heading("Cause of concern", 2),
        Para(f"**{coc1}**"),
        Para(coc1_detail),
        Heading("Recommendations", 3),
        Para(lead1),
        bullets("\n".join(f"- {r}" for r in recs1)),
        Heading("Areas for improvement", 2),
        bullets("\n".join(f"- {a}" for a in rtr_afis)),
        Heading("Assessing risk to children and making appropriate referrals", 1),
        Heading("Area for improvement", 2),
        Para(f"**{ar_afi}**"),
        Para(ar_afi_detail),
        Heading("Investigating reports of abuse, neglect and exploitation of children", 1),
        Heading("Cause of concern", 2),
        Para(f"**{coc2}**"),
        Para(coc2_detail),
        Heading("Recommendations", 3),
        Para(lead2),
        bullets("\n".join(f"- {r}" for r in recs2)),
        Heading("Next steps", 1),
        Para("The force should prepare an action plan in response to this report. We will monitor its progress "
             "through our usual monitoring processes."),
    ]
    docx = render_word(blocks, {0: fills}, title=title, author="HMICFRS",
                       header="National child protection inspection – South Wales Police",
                       footer="© HMICFRS 2026", when=datetime(2026, 1, 20, 9, 0))
    records = {
        "documents": [{"page": None, "force": f, "status": "ok", "title": title,
                       "doc_kind": "child_protection_report", "publication_date": "2026-01-20",
                       "file_type": "pdf"}],
        "grades": [grade(f, CP, CP_AREAS[area], area, value, "2026-01", 1) for area, value in judgments],
        "areas_for_improvement": [
            afi(f, "Child protection leadership", lm_afi, lm_afi_detail),
            *[afi(f, "Responding to children at risk of harm", a, None) for a in rtr_afis],
            afi(f, "Assessing risk to children and making appropriate referrals", ar_afi, ar_afi_detail),
        ],
        "causes_of_concern": [
            concern(f, "Responding to children at risk of harm", coc1, coc1_detail),
            concern(f, "Investigating reports of abuse, neglect and exploitation of children", coc2, coc2_detail),
        ],
        "recommendations": [
            *[recommendation(f, r, "Within six months", lead1, coc1) for r in recs1],
            *[recommendation(f, r, "Within three months", lead2, coc2) for r in recs2],
        ],
        "findings": [finding(f, "Working with safeguarding partners", "promising_practice", practice)],
    }
    return docx_to_pdf(docx), records


# ---------------------------------------------------------------------------------------------------------------
# 3. Police and crime panel report by the PCC (Word): an improvement journey whose grade cells hold a coloured dot
#    before the grade word, and a key line of dots.

NORFOLK = "Norfolk Constabulary"


def dot(value: str) -> str:
    return f"{{{GRADE_FILL[value]}|●}} {value}" if value in GRADE_FILL else value


def norfolk_panel() -> tuple[bytes, dict]:
    f = NORFOLK
    title = "HMICFRS PEEL 2023–25 inspection of Norfolk Constabulary"
    journey = [("Police powers and public treatment", "Good", "Good"),
               ("Preventing crime", "Good", "Adequate"),
               ("Responding to the public", "Adequate", "Requires improvement"),
               ("Investigating crime", "Requires improvement", "Requires improvement"),
               ("Protecting vulnerable people", "Adequate", "Good"),
               ("Managing offenders", "Good", "Good"),
               ("Developing a positive workplace", "Adequate", "Adequate"),
               ("Leadership and force management", "Good", "Not graded"),
               ("Good use of resources", "Not graded", "Good")]
    grades_table = Table(
        rows=((cell("**Area of policing**"), cell("**2025 grade**"), cell("**2022 grade**")),)
        + tuple((cell(area), cell(dot(now)), cell(dot(then))) for area, now, then in journey),
        widths=(4, 2.2, 2.2), header_rows=1)
    afis = [("Responding to the public",
             "The force should make sure that it answers non-emergency calls within its own target times."),
            ("Investigating crime",
             "The force should make sure that victims are kept informed about the progress of their cases."),
            ("Investigating crime",
             "The force should make sure that investigations are allocated to officers with the right skills."),
            ("Protecting vulnerable people",
             "The force should improve how it manages the risk posed by people who breach domestic abuse protection "
             "orders.")]
    afi_table = Table(
        rows=((cell("**PEEL area**"), cell("**Area for improvement**"), cell("**Force lead**"), cell("**Update**")),)
        + ((cell(afis[0][0]), cell(afis[0][1]), cell("Superintendent, Contact and Control Room"),
            cell("A new call-back service started in December 2025.")),
           (cell(afis[1][0]), cell(afis[1][1]), cell("Detective Chief Superintendent, Crime"),
            cell("Victim updates are now checked in monthly audits.")),
           (cell(afis[2][0]), cell(afis[2][1]), cell("Detective Chief Superintendent, Crime"),
            cell("An allocation policy is being drafted.")),
           (cell(afis[3][0]), cell(afis[3][1]), cell("Head of Safeguarding"),
            cell("The force is reviewing every open order."))),
        widths=(2.2, 4, 2.2, 3), header_rows=1)
    blocks = [
        Para("**Norfolk Police and Crime Panel**"),
        Para("10 February 2026"),
        Para("Item 7"),
        Heading(title, 1),
        Para("Report by the Police and Crime Commissioner for Norfolk"),
        Heading("1. Purpose of this report", 2),
        Para("1.1 This report tells the panel about the outcome of the latest PEEL inspection of Norfolk "
             "Constabulary and how the Commissioner is holding the Chief Constable to account for the force’s "
             "response."),
        Heading("2. Background", 2),
        Para("2.1 HMICFRS published its PEEL 2023–25 report on the force on 18 November 2025. The force’s "
             "previous PEEL report, under the 2021/22 framework, was published in June 2022."),
        Heading("3. The inspection’s grades", 2),
        Para("3.1 The table below sets the 2025 grades beside those of 2022. Leadership and force management was "
             "not graded in 2022, and good use of resources is no longer graded."),
        grades_table,
        Para(f"Key: {dot('Outstanding')}   {dot('Good')}   {dot('Adequate')}   {dot('Requires improvement')}   "
             f"{dot('Inadequate')}", size=9),
        Para("3.2 The Commissioner welcomes the improvement in preventing crime and in responding to the public, "
             "and has asked the Chief Constable for a plan to improve investigations."),
        Heading("4. Areas for improvement", 2),
        Para("4.1 HMICFRS identified nine areas for improvement and no causes of concern. The areas the "
             "Commissioner will monitor most closely are:"),
        afi_table,
        Heading("5. Recommendation", 2),
        Para("5.1 The panel is asked to note this report."),
    ]
    docx = render_word(blocks, {0: header_fills(3), 1: header_fills(4)}, title=title,
                       author="Office of the Police and Crime Commissioner for Norfolk",
                       header="Norfolk Police and Crime Panel – 10 February 2026",
                       footer="OPCC for Norfolk", when=datetime(2026, 1, 30, 12, 0))
    grades = []
    for area, now, then in journey:
        if now in GRADE_FILL:
            grades.append(grade(f, PEEL, area, area, now, "2025-11", None))
        if then in GRADE_FILL:
            grades.append(grade(f, PEEL_2122, area, area, then, "2022-06", None))
    records = {
        "documents": [{"page": None, "force": f, "status": "ok", "title": title, "meeting_date": "2026-02-10",
                       "file_type": "docx"}],
        "grades": grades,
        "areas_for_improvement": [afi(f, area, text, None) for area, text in afis],
    }
    return docx, records


# ---------------------------------------------------------------------------------------------------------------
# 4. Force PEEL improvement plan, Word saved as PDF (landscape): no grade table; each area opens with a banner row
#    merged across the plan, "Area – HMICFRS grade: X", over its rows.

HIOW = "Hampshire and Isle of Wight Constabulary"


def hiow_plan() -> tuple[bytes, dict]:
    f = HIOW
    title = "PEEL 2023–25 improvement plan"
    coc = "The constabulary doesn’t make sure that crimes are investigated effectively, and too many victims don’t get the outcome they should."
    recs = ["Within six months, the constabulary should make sure that every investigation has a plan that a "
            "supervisor reviews.",
            "Within six months, the constabulary should make sure that it has enough trained detectives to "
            "investigate serious and complex crime."]
    sections: list[tuple[str, str, list[tuple[str, str, str, str, str, str]]]] = [
        ("Police powers and public treatment", "Good", [
            ("AFI 1", "The constabulary should improve how it scrutinises the use of force, including the use of "
                      "handcuffs on children.", "Add use of force on children to the quarterly scrutiny panel.",
             "Chief Inspector, Professional Standards", "Mar 2026", "On track")]),
        ("Preventing crime", "Good", []),
        ("Responding to the public", "Adequate", [
            ("AFI 2", "The constabulary should make sure that it assesses the risk of repeat callers.",
             "Add a repeat caller flag to the command and control system.", "Head of Contact Management",
             "Feb 2026", "Complete"),
            ("AFI 3", "The constabulary should make sure that it attends incidents within its target times.",
             "Review the deployment model in the two busiest districts.", "Chief Superintendent, Response",
             "Jun 2026", "Off track")]),
        ("Investigating crime", "Inadequate", [
            ("CoC 1", f"Cause of concern: {coc}", "Investigation improvement board chaired by the Deputy Chief "
             "Constable.", "Deputy Chief Constable", "Apr 2026", "On track"),
            ("R 1.1", recs[0], "Introduce a supervision template in the crime system.", "Head of Crime",
             "Apr 2026", "On track"),
            ("R 1.2", recs[1], "Run two further detective training courses.", "Head of Learning and Development",
             "Apr 2026", "Off track"),
            ("AFI 4", "The constabulary should make sure that it updates victims in line with the Victims’ Code.",
             "Automated text updates for victims.", "Head of Victim Services", "May 2026", "On track")]),
        ("Protecting vulnerable people", "Requires improvement", [
            ("AFI 5", "The constabulary should make sure that officers complete risk assessments at every domestic "
                      "abuse incident.", "Risk assessment audit each month.", "Head of Public Protection",
             "Mar 2026", "On track"),
            ("AFI 6", "The constabulary should improve how it identifies children at risk of criminal "
                      "exploitation.", "New exploitation screening tool.", "Head of Public Protection",
             "Jul 2026", "On track")]),
        ("Managing offenders and suspects", "Adequate", [
            ("AFI 7", "The constabulary should make sure that it manages the risk posed by wanted suspects.",
             "Daily review of wanted persons by district inspectors.", "Chief Superintendent, Operations",
             "Mar 2026", "Complete")]),
        ("Developing a positive workplace", "Good", []),
        ("Leadership and force management", "Requires improvement", [
            ("AFI 8", "The constabulary should make sure that its workforce plans are based on an accurate "
                      "understanding of demand.", "Commission an independent demand review.", "Chief Financial "
                      "Officer", "Sep 2026", "On track")]),
    ]
    rows = [tuple(cell(f"**{h}**") for h in ("Ref", "HMICFRS finding", "Our action", "Lead", "Due", "Status"))]
    merges, fills = [], header_fills(6, PLAN_HEADER_FILL)
    for area, value, items in sections:
        r = len(rows)
        rows.append((cell(f"**{area} – HMICFRS grade: {value}**"),) + (cell(),) * 5)
        merges.append(Merge(r, 0, cols=6))
        fills[(r, 0)] = "#f2f2f2"
        if not items:
            r = len(rows)
            rows.append((cell("No areas for improvement were identified in this area."),) + (cell(),) * 5)
            merges.append(Merge(r, 0, cols=6))
        for ref, text, action, lead, due, status in items:
            fills[(len(rows), 5)] = RAG[status]
            rows.append(tuple(cell(x) for x in (ref, text, action, lead, due, status)))
    plan = Table(rows=tuple(rows), widths=(1, 5, 4, 2.6, 1.2, 1.4), header_rows=1, merges=tuple(merges))
    blocks = [
        Heading(title, 1),
        Para("Hampshire and Isle of Wight Constabulary | Version 1.2 | January 2026"),
        Heading("Introduction", 2),
        Para("HMICFRS published its PEEL 2023–25 report on the constabulary on 14 October 2025. It identified one "
             "cause of concern, with two recommendations, and eight areas for improvement. This plan sets out "
             "what we are doing about each of them. The Chief Constable’s Performance Board reviews it every "
             "month, and the Police and Crime Commissioner receives it quarterly."),
        Para("Status key: Complete – the action is done; On track – the action will be done by its due date; "
             "Off track – the action is at risk of missing its due date."),
        plan,
        Para("Owner of this plan: Assistant Chief Constable, Organisational Improvement."),
    ]
    docx = render_word(blocks, {0: fills}, title=title, author="Hampshire and Isle of Wight Constabulary",
                       header="OFFICIAL", footer="PEEL 2023–25 improvement plan – version 1.2",
                       when=datetime(2026, 1, 15, 9, 0), wide=True)
    data = docx_to_pdf(docx)
    canonical = {"Managing offenders and suspects": "Managing offenders"}
    afis, grades_found = [], []
    for area, value, items in sections:
        grades_found.append(grade(f, PEEL, canonical.get(area, area), area, value, "2025-10", None))
        for ref, text, *_ in items:
            if ref.startswith("AFI"):
                afis.append(afi(f, canonical.get(area, area), text, None))
    records = {
        "documents": [{"page": None, "force": f, "status": "ok", "title": title, "doc_kind": "force_response",
                       "file_type": "pdf"}],
        "grades": grades_found,
        "areas_for_improvement": afis,
        "causes_of_concern": [concern(f, "Investigating crime", coc, None)],
        "recommendations": [recommendation(f, r, "Within six months", None, coc) for r in recs],
    }
    return data, records


# ---------------------------------------------------------------------------------------------------------------
# 5. OPCC paper comparing the region's forces: a row per force with its "Report published" month (reportlab,
#    landscape); one force not yet inspected.

REGION = [
    ("Bedfordshire", "Bedfordshire Police", "Sep 2025", "2025-09",
     ["Good", "Adequate", "Requires improvement", "Adequate", "Good", "Good", "Adequate", "Adequate"]),
    ("Cambridgeshire", "Cambridgeshire Constabulary", "Mar 2025", "2025-03",
     ["Adequate", "Good", "Good", "Adequate", "Adequate", "Good", "Good", "Good"]),
    ("Essex", "Essex Police", "Jul 2025", "2025-07",
     ["Good", "Outstanding", "Adequate", "Requires improvement", "Adequate", "Good", "Adequate", "Good"]),
    ("Hertfordshire", "Hertfordshire Constabulary", "Jun 2024", "2024-06",
     ["Good", "Good", "Adequate", "Adequate", "Requires improvement", "Adequate", "Good", "Adequate"]),
    ("Norfolk", "Norfolk Constabulary", "Nov 2025", "2025-11",
     ["Good", "Good", "Adequate", "Requires improvement", "Adequate", "Good", "Adequate", "Good"]),
]
AREAS_8 = ["Police powers and public treatment", "Preventing crime", "Responding to the public",
           "Investigating crime", "Protecting vulnerable people", "Managing offenders",
           "Developing a positive workplace", "Leadership and force management"]


def bedfordshire_comparison() -> tuple[bytes, dict]:
    title = "PEEL 2023–25: Bedfordshire Police compared with the Eastern region forces"
    head = tuple(cell(f"**{h}**") for h in ["Force", "Report published", *AREAS_8])
    rows = [head]
    fills = header_fills(10)
    for short, _, month, _, values in REGION:
        r = len(rows)
        label = f"**{short}**" if short == "Bedfordshire" else short
        rows.append((cell(label), cell(month), *[cell(v) for v in values]))
        fills |= {(r, c): GRADE_FILL[v] for c, v in enumerate(values, 2)}
    rows.append((cell("Suffolk"), cell("Not yet published"), *[cell("–") for _ in AREAS_8]))
    grid = Table(rows=tuple(rows), widths=(1.6, 1.4, *[1.35] * 8), header_rows=1)
    blocks = [
        Para("**Office of the Police and Crime Commissioner for Bedfordshire**"),
        Para("Accountability and Performance Board – 27 January 2026 – Agenda item 5"),
        Heading(title, 1),
        Heading("1. Purpose", 2),
        Para("To show the Commissioner how the force’s PEEL 2023–25 grades compare with those of the other forces "
             "in the Eastern region, so that the board can agree where to seek assurance."),
        Heading("2. Regional comparison", 2),
        Para("The grades below are taken from each force’s published PEEL 2023–25 report. Suffolk Constabulary’s "
             "report is due to be published in spring 2026."),
        grid,
        Para("Source: HMICFRS PEEL 2023–25 force reports.", size=9),
        Heading("3. Observations", 2),
        Para("Bedfordshire is the only force in the region to require improvement at responding to the public. "
             "Essex is the only force graded outstanding in any area. Two forces, Essex and Norfolk, require "
             "improvement at investigating crime."),
        Para("The force’s own plan to address its nine areas for improvement is reported to this board "
             "separately."),
        Heading("4. Recommendation", 2),
        Para("The board is asked to note the comparison and to seek assurance from the Chief Constable on "
             "call handling at the next meeting."),
    ]
    data = render_reportlab(blocks, {0: fills}, title=title, wide=True,
                            header="OFFICIAL – Accountability and Performance Board",
                            footer="OPCC Bedfordshire                                          Page {page}")
    # the areas head the grid's columns, wrapped; each grade is checked by its row's force name
    grades_found = [grade(force, PEEL, area, area, value, as_of, 1) | {"_key": short}
                    for short, force, _, as_of, values in REGION for area, value in zip(AREAS_8, values)]
    records = {
        "documents": [{"page": None, "force": "Bedfordshire Police", "status": "ok", "title": title,
                       "meeting_date": "2026-01-27", "file_type": "pdf"}],
        "grades": grades_found,
    }
    return data, records


# ---------------------------------------------------------------------------------------------------------------
# 6. PCC's news article printed from the web: the grades as bold grade labels over semicolon-separated areas.

AVON = "Avon and Somerset Constabulary"


def avon_news() -> tuple[bytes, dict]:
    title = "Commissioner responds to PEEL report on Avon and Somerset Police"
    by_grade = [("Good", ["preventing crime", "managing offenders and suspects", "developing a positive workplace"]),
                ("Adequate", ["police powers and public treatment", "protecting vulnerable people",
                              "leadership and force management"]),
                ("Requires improvement", ["responding to the public", "investigating crime"])]
    canonical = {"preventing crime": "Preventing crime", "managing offenders and suspects": "Managing offenders",
                 "developing a positive workplace": "Developing a positive workplace",
                 "police powers and public treatment": "Police powers and public treatment",
                 "protecting vulnerable people": "Protecting vulnerable people",
                 "leadership and force management": "Leadership and force management",
                 "responding to the public": "Responding to the public",
                 "investigating crime": "Investigating crime"}
    blocks = [
        Para("Skip to main content", size=8),
        Para("Home    About the Commissioner    Police and Crime Plan    Get involved    News    Contact us", size=9),
        Para("Home › News › 2025", size=9),
        Heading(title, 1),
        Para("*Posted on 21 November 2025*", size=9),
        Para("His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its PEEL "
             "report on Avon and Somerset Police on 20 November 2025. Inspectors graded the force in eight areas "
             "of policing:"),
        *[Para(f"**{value}:** " + "; ".join(areas)) for value, areas in by_grade],
        Para("The inspectors also found two areas for improvement in how the force handles non-emergency calls, "
             "and they praised its work with schools."),
        Para("The Commissioner said: *“I am pleased that the inspectors have recognised the hard work of officers "
             "and staff. When the force was last inspected, in 2022, investigating crime was judged inadequate, "
             "and it is good to see real progress. But victims still wait too long for updates, and I will hold "
             "the Chief Constable to account for that.”*"),
        Para("The Commissioner will publish her formal response to the report within 56 days, as the law "
             "requires."),
        Para("Read the full report on the HMICFRS website."),
        Heading("Notes to editors", 3),
        Para("PEEL stands for police effectiveness, efficiency and legitimacy. HMICFRS inspects every police force "
             "in England and Wales under PEEL. For each area of policing it gives one of five grades:"),
        bullets("- Outstanding – the force has substantially exceeded the characteristics of good performance\n"
                "- Good – the force has demonstrated substantially all the characteristics of good performance\n"
                "- Adequate – the force has demonstrated some of the characteristics of good performance\n"
                "- Requires improvement – the force has demonstrated few, if any, of the characteristics of good "
                "performance\n"
                "- Inadequate – the inspectorate has causes of concern and has made recommendations"),
        Para("The Police and Crime Commissioner for Avon and Somerset is elected to hold the Chief Constable to "
             "account for the policing of Bath and North East Somerset, Bristol, North Somerset, Somerset and "
             "South Gloucestershire."),
        Para("For media enquiries, please contact the Office of the Police and Crime Commissioner’s "
             "communications team."),
        Heading("Related news", 3),
        bullets("- Commissioner launches consultation on the police budget for 2026/27\n"
                "- New funding for rural crime teams across Somerset\n"
                "- Independent scrutiny panel publishes its annual report"),
        Para("Share this page:  Facebook   X   LinkedIn   Email", size=9),
        Para("We use cookies to make this website work. Accept all cookies   Reject optional cookies", size=8),
    ]
    data = render_reportlab(blocks, {}, title=title,
                            header="21/11/2025, 14:07            Commissioner responds to PEEL report | Avon and "
                                   "Somerset PCC",
                            footer="https://www.avonandsomerset-pcc.gov.uk/news/commissioner-responds-to-peel-report/"
                                   "          {page}/2")
    grades_found = [grade(AVON, PEEL, canonical[a], a, value, "2025-11", 1) for value, areas in by_grade for a in areas]
    records = {
        "documents": [{"page": None, "force": AVON, "status": "ok", "title": title, "file_type": "pdf"}],
        "grades": grades_found,
    }
    return data, records


# ---------------------------------------------------------------------------------------------------------------
# 7. PCC's section 55 response to a child protection inspection (Word): judgments table, the cause of concern
#    quoted outside any area section, AFIs in a table with the Commissioner's progress column.

GLOUCESTERSHIRE = "Gloucestershire Constabulary"


def gloucestershire_s55() -> tuple[bytes, dict]:
    f = GLOUCESTERSHIRE
    title = ("Police and Crime Commissioner’s response to the HMICFRS national child protection inspection of "
             "Gloucestershire Constabulary")
    judgments = [("Leadership and management", "Requires improvement"),
                 ("Working with safeguarding partners", "Adequate"),
                 ("Responding to children at risk of harm", "Inadequate"),
                 ("Assessing risk to children and making appropriate referrals", "Requires improvement"),
                 ("Investigating reports of abuse, neglect and exploitation of children", "Adequate")]
    table, fills = grade_table(judgments, head=("Inspection area", "HMICFRS judgment"), widths=(4, 2))
    coc = ("Gloucestershire Constabulary doesn’t make sure that children at risk of harm are identified and "
           "protected when officers first respond.")
    lead = "Within three months, Gloucestershire Constabulary should:"
    recs = ["make sure that officers speak to every child present at a domestic abuse incident;",
            "make sure that officers use protective powers, such as police protection, when the law allows and "
            "the risk requires it; and",
            "make sure that supervisors review the initial response to every incident involving a child at risk."]
    afis = [("Leadership and management",
             "The force should make sure that its leaders understand the quality of the service children receive."),
            ("Assessing risk to children and making appropriate referrals",
             "The force should make sure that it shares information about children at risk with partners without "
             "delay."),
            ("Assessing risk to children and making appropriate referrals",
             "The force should make sure that repeat incidents involving the same child are identified."),
            ("Working with safeguarding partners",
             "The force should make sure that it takes part in all strategy discussions about children at risk.")]
    afi_table = Table(
        rows=((cell("**Inspection area**"), cell("**Area for improvement**"), cell("**Progress reported to the "
                                                                                    "Commissioner**")),)
        + ((cell(afis[0][0]), cell(afis[0][1]), cell("A quarterly audit of child protection cases has started.")),
           (cell(afis[1][0]), cell(afis[1][1]), cell("Referral times are now reported to the Commissioner "
                                                     "each month.")),
           (cell(afis[2][0]), cell(afis[2][1]), cell("A repeat-child flag was added to the incident system in "
                                                     "January.")),
           (cell(afis[3][0]), cell(afis[3][1]), cell("Attendance is monitored by the safeguarding partnership."))),
        widths=(3, 4, 3.5), header_rows=1)
    blocks = [
        Heading(title, 1),
        Para("Date: 2 February 2026"),
        Heading("Introduction", 2),
        Para("Under section 55 of the Police Act 1996, I must respond to any HMICFRS report about Gloucestershire "
             "Constabulary within 56 days of its publication. HMICFRS published its report of the national child "
             "protection inspection of the constabulary on 9 December 2025."),
        Para("The inspectorate made the following judgments:"),
        table,
        Para("I am disappointed with these judgments. Protecting children is a priority of my Police and Crime "
             "Plan, and I have asked the Chief Constable to report to me each month on the constabulary’s "
             "progress."),
        Heading("Cause of concern", 2),
        Para("The inspectorate identified one cause of concern:"),
        Para(f"*{coc}*"),
        Para("It made three recommendations:"),
        Para(lead),
        bullets("\n".join(f"- {r}" for r in recs)),
        Para("The Chief Constable has set up a child protection improvement board, which I attend. All officers "
             "in response teams will have completed refresher training by the end of March 2026."),
        Heading("Areas for improvement", 2),
        Para("The inspectorate also identified four areas for improvement. The table below shows the progress the "
             "Chief Constable has reported to me."),
        afi_table,
        Heading("Conclusion", 2),
        Para("I will continue to scrutinise the constabulary’s response through my accountability board and will "
             "publish updates on my website."),
        Para("Martin Ashcombe\nPolice and Crime Commissioner for Gloucestershire"),
    ]
    docx = render_word(blocks, {0: fills, 1: header_fills(3)}, title=title,
                       author="Office of the Police and Crime Commissioner for Gloucestershire",
                       header="OFFICIAL", footer="OPCC Gloucestershire – section 55 response",
                       when=datetime(2026, 2, 2, 10, 0))
    records = {
        "documents": [{"page": None, "force": f, "status": "ok", "title": title, "file_type": "docx"}],
        "grades": [grade(f, CP, CP_AREAS[area], area, value, "2025-12", None) for area, value in judgments],
        "causes_of_concern": [concern(f, None, coc, None)],
        "recommendations": [recommendation(f, r, "Within three months", lead, coc) for r in recs],
        "areas_for_improvement": [afi(f, CP_AREAS[area], text, None) for area, text in afis],
    }
    return docx, records


# ---------------------------------------------------------------------------------------------------------------
# 8. HMICFRS PEEL 2021/22 report (reportlab): the chart a column per grade, the long 2021/22 area names listed
#    under their grade, empty Outstanding and Inadequate columns.

GWENT = "Gwent Police"
LONG_2122 = {
    "Recording data about crime": "Recording data about crime",
    "Preventing crime and anti-social behaviour": "Preventing crime",
    "Managing offenders and suspects": "Managing offenders",
    "Engaging with and treating the public with fairness and respect": "Police powers and public treatment",
    "Protecting vulnerable people": "Protecting vulnerable people",
    "Building, supporting and protecting the workforce": "Developing a positive workplace",
    "Responding to the public": "Responding to the public",
    "Investigating crime": "Investigating crime",
    "Strategic planning, organisational management and value for money": "Good use of resources",
}


def gwent_peel_2122() -> tuple[bytes, dict]:
    f = GWENT
    title = "PEEL 2021/22: An inspection of Gwent Police"
    chart = {"Outstanding": [],
             "Good": ["Recording data about crime", "Preventing crime and anti-social behaviour",
                      "Managing offenders and suspects"],
             "Adequate": ["Engaging with and treating the public with fairness and respect",
                          "Protecting vulnerable people", "Building, supporting and protecting the workforce"],
             "Requires improvement": ["Responding to the public", "Investigating crime",
                                      "Strategic planning, organisational management and value for money"],
             "Inadequate": []}
    grid = Table(rows=(tuple(cell(f"**{g}**") for g in chart),
                       tuple(cell(*areas) if areas else cell("") for areas in chart.values())),
                 widths=(1, 1, 1, 1.2, 1), header_rows=1)
    fills = {(0, c): GRADE_FILL[g] for c, g in enumerate(chart)}
    rtp_afis = ["The force should make sure it answers non-emergency calls quickly enough",
                "The force should make sure that call handlers give callers appropriate advice on preserving "
                "evidence"]
    ic_afi = "The force should make sure that it carries out investigations in a timely way."
    ic_afi_detail = ("Of the 75 investigations we reviewed, 18 had unexplained periods of inactivity. Victims in "
                     "these cases were less likely to support further police action.")
    pvp_afi = "The force should improve how it manages the risk from people wanted for domestic abuse offences."
    gur_afi = "The force should make sure that its savings plans are realistic and based on evidence."
    gur_afi_detail = ("The force’s medium-term financial plan depends on savings that it hasn’t yet identified. "
                      "It should make sure its change programme is costed.")
    innovative = "Rural crime volunteers trained as community speed watch leads"
    blocks = [
        Para("Police effectiveness, efficiency and legitimacy", size=12),
        Heading(title, 1),
        Para("Published: 11 August 2022"),
        Heading("Contents", 2),
        Para("Overall summary\nProviding a service to the victims of crime\nEngaging with and treating the public "
             "with fairness and respect\nPreventing crime and anti-social behaviour\nResponding to the public\n"
             "Investigating crime\nProtecting vulnerable people\nManaging offenders and suspects\nBuilding, "
             "supporting and protecting the workforce\nStrategic planning, organisational management and value "
             "for money"),
        PageBreak(),
        Heading("Overall summary", 2),
        Heading("Our judgments", 3),
        Para("Our inspection assessed how good Gwent Police is in ten areas of policing. We make graded "
             "judgments in nine of these ten as follows:"),
        grid,
        Para("We also inspected how effective a service the force gives to the victims of crime. We don’t make a "
             "graded judgment in this area."),
        Para("We set out our detailed findings about things the force is doing well and where the force should "
             "improve in the rest of this report."),
        Heading("Providing a service to the victims of crime", 2),
        Para("We found that the force records crime well and that victims are usually kept informed, but too "
             "many victims wait a long time for the police to attend."),
        Heading("Engaging with and treating the public with fairness and respect", 2),
        Para("**Gwent Police is adequate at treating the public fairly and respectfully.**"),
        Para("The force has a good understanding of its communities, and it uses an independent panel to "
             "scrutinise its use of stop and search."),
        Heading("Preventing crime and anti-social behaviour", 2),
        Para("**Gwent Police is good at preventing crime and anti-social behaviour.**"),
        Heading("Innovative practice", 3),
        Para(f"**{innovative}**"),
        Para("The force trained rural crime volunteers to run speed checks in villages, which residents told us "
             "was their main concern."),
        Heading("Responding to the public", 2),
        Para("**Gwent Police requires improvement at responding to the public.**"),
        Heading("Areas for improvement", 3),
        bullets("\n".join(f"- {a}" for a in rtp_afis)),
        Heading("Investigating crime", 2),
        Para("**Gwent Police requires improvement at investigating crime.**"),
        Heading("Area for improvement", 3),
        Para(f"**{ic_afi}**"),
        Para(ic_afi_detail),
        Heading("Protecting vulnerable people", 2),
        Para("**Gwent Police is adequate at protecting vulnerable people.**"),
        Heading("Area for improvement", 3),
        Para(f"**{pvp_afi}**"),
        Heading("Managing offenders and suspects", 2),
        Para("**Gwent Police is good at managing offenders and suspects.**"),
        Para("The force manages the risk posed by registered sex offenders well, and it uses its powers to "
             "protect the public."),
        Heading("Building, supporting and protecting the workforce", 2),
        Para("**Gwent Police is adequate at building, supporting and protecting its workforce.**"),
        Para("The force has a clear wellbeing strategy, and most of the workforce told us they feel supported."),
        Heading("Strategic planning, organisational management and value for money", 2),
        Para("**Gwent Police requires improvement at strategic planning, organisational management and value for "
             "money.**"),
        Heading("Area for improvement", 3),
        Para(f"**{gur_afi}**"),
        Para(gur_afi_detail),
    ]
    data = render_reportlab(blocks, {0: fills}, title=title, header="PEEL 2021/22: Gwent Police",
                            footer="© HMICFRS 2022                                                    {page}")
    grades_found = [grade(f, PEEL_2122, LONG_2122[a], a, g, "2022-08", 2) for g, areas in chart.items() for a in areas]
    records = {
        "documents": [{"page": None, "force": f, "status": "ok", "title": title, "doc_kind": "peel_report",
                       "publication_date": "2022-08-11", "file_type": "pdf"}],
        "grades": grades_found,
        "areas_for_improvement": [
            *[afi(f, "Responding to the public", a, None) for a in rtp_afis],
            afi(f, "Investigating crime", ic_afi, ic_afi_detail),
            afi(f, "Protecting vulnerable people", pvp_afi, None),
            afi(f, "Good use of resources", gur_afi, gur_afi_detail),
        ],
        "findings": [finding(f, "Preventing crime", "innovative_practice", innovative)],
    }
    return data, records


DOCUMENTS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "peel-2023-25-surrey-report-round34b.pdf": surrey_peel,
    "ncpi-south-wales-word-pdf-round34b.pdf": south_wales_ncpi,
    "norfolk-pcp-peel-2026-02-10-round34b.docx": norfolk_panel,
    "hampshire-iow-peel-improvement-plan-round34b.pdf": hiow_plan,
    "bedfordshire-opcc-eastern-peel-comparison-round34b.pdf": bedfordshire_comparison,
    "avon-somerset-pcc-peel-news-web-round34b.pdf": avon_news,
    "gloucestershire-pcc-s55-ncpi-response-round34b.docx": gloucestershire_s55,
    "peel-2021-22-gwent-report-round34b.pdf": gwent_peel_2122,
}


def main(names: list[str]) -> None:
    for name in names or list(DOCUMENTS):
        data, records = DOCUMENTS[name]()
        write(name, data, records)


if __name__ == "__main__":
    main(sys.argv[1:])
