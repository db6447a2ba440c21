"""Scrutiny round 27 (blind, issue 4): assurance decisions printed in forms no earlier round tried.

Seven packs of PCC, PFCC and mayoral offices:

- kent-pcc-pdb-2027-02-10.pdf (reportlab): the PCC's letter to the Chief Constable after the
  meeting, the assurance per question in the first person ("I am partially assured that ...").
- bedfordshire-pcc-pam-2027-01-26.docx (Word): Word's legacy check-box form fields
  (FORMCHECKBOX), the ticked one marked only by <w:checked/> in the field's data.
- cambridgeshire-pcc-bcb-2027-02-02.pdf (Word saved as PDF): a level per key line of enquiry
  (the audit scale, keyed by the pack's own definitions) and an overall level for the item.
- essex-pfcc-prsb-2027-01-28.docx (Word): a Wingdings tick (<w:sym w:font="Wingdings"
  w:char="F0FC"/>) under the column of the level.
- hertfordshire-pcc-sb-2027-02-04.pdf (Word saved as PDF): no level column; each question's
  whole row shaded green / amber / red, read against a key line under the table.
- lincolnshire-pcc-ssm-2027-01-21.pdf (reportlab, landscape): a transposed decision table,
  one column per question (Q1, Q2, Q3) and rows Question / Response / Assurance / Comment.
- west-yorkshire-dmpc-pam-2027-02-16.pdf (reportlab): the decisions only in the minutes'
  narrative, in reported speech ("The Deputy Mayor said she was partly assured that ...").

Deterministic: reportlab in invariant mode, Word files with fixed zip times, Word-made PDFs
through ../office_pdf.py. Run: .venv/bin/python samples/corpus/scrutiny-round27/generate.py
"""

from __future__ import annotations

import datetime
import io
import json
import re
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent))  # inspection_render imports samples/generator
from inspection_render import fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

GOLD = HERE / "gold"
FIXED_TIME = datetime.datetime(2026, 12, 1, 9, 0, 0)
CHECKED = ("Written blind for round 27; every record hand-checked against the rendered document "
           "and `scrutiny inspect` by the round's writer.")
LEVELS = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured",
          "Substantial": "Assured", "Reasonable": "Assured", "Limited": "Partly assured",
          "No assurance": "Not assured", "assured": "Assured", "partially assured": "Partly assured",
          "partly assured": "Partly assured", "not assured": "Not assured"}

# ---------------------------------------------------------------- reportlab

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
for face, file in (("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"), ("DV-I", "DejaVuSans-Oblique.ttf"),
                   ("DV-BI", "DejaVuSans-BoldOblique.ttf"), ("DVS", "DejaVuSerif.ttf"),
                   ("DVS-B", "DejaVuSerif-Bold.ttf"), ("DVS-I", "DejaVuSerif-Italic.ttf"),
                   ("DVS-BI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(face, str(FONT_DIR / file)))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-BI")
pdfmetrics.registerFontFamily("DVS", normal="DVS", bold="DVS-B", italic="DVS-I", boldItalic="DVS-BI")


def styles(face: str) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=face, fontSize=10, leading=13.5, spaceAfter=6, alignment=TA_LEFT)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=2),
        "h1": ParagraphStyle("h1", parent=body, fontName=f"{face}-B", fontSize=15, leading=19, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=body, fontName=f"{face}-B", fontSize=12, leading=15, spaceBefore=6,
                             spaceAfter=6),
        "h3": ParagraphStyle("h3", parent=body, fontName=f"{face}-B", fontSize=10.5, leading=14, spaceBefore=4),
        "right": ParagraphStyle("right", parent=body, alignment=2),
    }


def build_pdf(flowables: list, title: str, footer: str, face: str, pagesize=A4) -> bytes:
    buffer = io.BytesIO()

    def on_page(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(face, 8)
        canvas.drawString(2 * cm, 1.2 * cm, footer)
        canvas.drawRightString(pagesize[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title=title, author="OPCC", creator="scrutiny-round27",
                            invariant=1)
    doc.build(flowables, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()


def grid(rows: list[list], widths: list[float], face: str, header: bool = True, extra: list | None = None) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), face)]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")))
    table.setStyle(TableStyle(commands + (extra or [])))
    return table


def P(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text, style)


# ---------------------------------------------------------------- Word

def new_docx(font: str = "DejaVu Sans", size: int = 10, landscape_page: bool = False) -> Document:
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        document.styles[name].font.name = font
        document.styles[name].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    section = document.sections[0]
    if landscape_page:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    return document


def add_runs(paragraph, text: str) -> None:
    """**bold** and *italic* spans of ``text`` as runs."""
    for part in re.split(r"(\*\*[^*]+\*\*|\*[^*]+\*)", text):
        if not part:
            continue
        if part.startswith("**"):
            paragraph.add_run(part[2:-2]).bold = True
        elif part.startswith("*"):
            paragraph.add_run(part[1:-1]).italic = True
        else:
            paragraph.add_run(part)


def para(document, text: str, style: str | None = None):
    paragraph = document.add_paragraph(style=style)
    add_runs(paragraph, text)
    return paragraph


def set_cell(cell, text: str) -> None:
    cell.text = ""
    lines = text.split("\n")
    add_runs(cell.paragraphs[0], lines[0])
    for line in lines[1:]:
        add_runs(cell.add_paragraph(), line)


def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    tc_pr.append(shading)


def word_table(document, rows: list[list[str]], widths: list[float], header: bool = True):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.width = Cm(widths[c])
            set_cell(cell, f"**{text}**" if header and r == 0 and text else text)
            if header and r == 0:
                shade(cell, "D9D9D9")
    set_grid(table, widths)
    return table


def set_grid(table, widths: list[float]) -> None:
    """Fixed column widths in the table grid too, which LibreOffice and Word lay out by."""
    table.autofit = False
    for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        column.set(qn("w:w"), str(int(width * 567)))


def docx_bytes(document) -> bytes:
    raw = io.BytesIO()
    document.core_properties.author = "OPCC"
    document.core_properties.created = FIXED_TIME
    document.core_properties.modified = FIXED_TIME
    document.core_properties.last_modified_by = "OPCC"
    document.save(raw)
    return fixed_zip_times(raw.getvalue())


def checkbox_run_xml(checked: bool, name: str) -> list:
    """Word's legacy check-box form field (Developer > Legacy tools): the state is only in the
    field data, the field has no text of its own."""
    state = "<w:checked/>" if checked else ""
    return [
        parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/>'
                  f'<w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{state}'
                  f'</w:checkBox></w:ffData></w:fldChar></w:r>'),
        parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'),
        parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'),
    ]


def wingdings_tick(paragraph) -> None:
    """Insert > Symbol > Wingdings 252: Word stores it as <w:sym>, no character in the text."""
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:sym {nsdecls("w")} w:font="Wingdings" w:char="F0FC"/>'))


# ---------------------------------------------------------------- gold

def decision(page_find: str, meeting_date: str, topic: str | None, number: str | None, question: str, evidence: str,
             printed: str, commentary: str | None) -> dict:
    return {"_find": page_find, "page": None, "meeting_date": meeting_date, "topic": topic,
            "question_number": number, "question": question, "evidence_summary": evidence,
            "assurance": LEVELS[printed], "commentary": commentary}


def action(page_find: str, meeting_date: str | None, topic: str | None, number: str, text: str, update: str | None,
           status: str, source: str = "action_tracker", status_source: str = "status_column") -> dict:
    return {"_find": page_find, "page": None, "meeting_date": meeting_date, "topic": topic, "number": number,
            "text": text, "update": update, "status": status, "status_source": status_source, "source": source}


def agenda(meeting_date: str, items: list[tuple[str, str, str | None]]) -> list[dict]:
    return [{"_find": title, "page": None, "meeting_date": meeting_date, "number": number, "title": title,
             "presenter": presenter} for number, title, presenter in items]


def squash(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def set_pages(data: bytes, records: dict) -> None:
    """Each paged record's page: the first page whose text holds its snippet (searched from the
    previous record's page of the same type on, so repeated wording finds the right copy)."""
    pages = [squash(page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages]
    for kind, items in records.items():
        start = 0
        for record in items:
            find = record.pop("_find", None)
            if find is None or kind == "documents":
                continue
            needle = squash(find)[:60]
            hits = [i for i in range(start, len(pages)) if needle in pages[i]]
            if not hits:
                raise SystemExit(f"{kind}: snippet not found in PDF: {find!r}")
            record["page"] = hits[0] + 1
            if kind in ("assurance_decisions", "agenda_items"):
                start = hits[0]


def strip_finds(records: dict) -> None:
    for items in records.values():
        for record in items:
            record.pop("_find", None)


def document_record(file_type: str, pages: int | None, title: str, force: str, organisation: str,
                    meeting_date: str) -> dict:
    record = {"page": None, "file_type": file_type, "doc_kind": "scrutiny_pack", "title": title, "force": force,
              "organisation": organisation, "meeting_date": meeting_date, "publication_date": None,
              "status": "ok"}
    if pages is not None:
        record["pages"] = pages
    return record


def meeting(find: str, meeting_date: str, topic: str | None, organisation: str, title: str) -> dict:
    return {"_find": find, "page": None, "meeting_date": meeting_date, "topic": topic,
            "organisation": organisation, "title": title}


# ---------------------------------------------------------------- 1. Kent: the PCC's letter

def kent() -> tuple[bytes, dict]:
    s = styles("DVS")
    org, force, date = "Police and Crime Commissioner for Kent", "Kent Police", "2027-02-10"
    prev = "2026-12-09"
    items = [("1", "Welcome and apologies", "PCC"),
             ("2", "Letter to the Chief Constable following the Board of 9 December 2026", "Chief Executive"),
             ("3", "Action log", "Head of Performance, OPCC"),
             ("4", "Fraud and economic crime", "Detective Chief Superintendent, Crime Command"),
             ("5", "Any other business", "PCC")]
    topics = [
        ("Missing children", [
            ("How quickly are children who go missing from care found, and how is the risk to them reviewed "
             "while they are away?",
             "Your officers told the Board that 1,318 episodes of children missing from care were recorded in "
             "the year to October, and that 71 per cent of children were found within 24 hours. The risk "
             "grading is reviewed by a sergeant at every change of shift.",
             "partially assured",
             "I am partially assured that the risk to missing children is reviewed often enough. The figures "
             "for children placed in Kent by other local authorities were not available, and I would like to "
             "see them."),
            ("What proportion of return home interviews are completed within 72 hours, and how is what the "
             "child says shared with the force?",
             "The Board heard that the interviews are carried out by the county council's service; 64 per cent "
             "were completed within 72 hours, and a weekly list of the information they contain now reaches "
             "the Missing Person Coordinators.",
             "assured",
             "I am assured that the information from return home interviews is now reaching the officers who "
             "need it, and I welcome the weekly list."),
        ]),
        ("Stop and search", [
            ("How does the force make sure that the grounds recorded for each stop and search are reasonable?",
             "Supervisors review every record within seven days, and the Professional Standards team dip-samples "
             "a further 60 records each month. The last external panel found the grounds weak in 14 of 120 "
             "records it read.",
             "partially assured",
             "I am partially assured. The review rate is good, but one record in nine judged weak by the panel "
             "is too many, and I have asked for the learning from those records."),
            ("Why are Black people searched at a higher rate than White people in Kent, and what is being done "
             "about it?",
             "The force described the disproportionality ratio as 3.9 and said that work with the community "
             "scrutiny panel had begun, but it could not yet explain the rise since last year.",
             "not assured",
             "I am not assured that the force understands the causes of the disproportionality in its use of "
             "the power. I expect a full analysis at the Board in April."),
        ]),
    ]
    minuted = {"Missing children": ("PDB 26/41", "Provide the number of children placed in Kent by other local "
                                    "authorities who went missing in the last year, with the time taken to "
                                    "find them."),
               "Stop and search": ("PDB 26/42", "Present an analysis of the causes of disproportionality in stop "
                                   "and search to the Board in April 2027.")}
    log = [("PDB 26/33", "14/10/2026", "Share the evaluation of the rural crime drone pilot with the OPCC.",
            "Evaluation shared on 3 November 2026.", "Complete"),
           ("PDB 26/36", "14/10/2026", "Report the outcome of the 101 call-back trial to the Board.",
            "Trial extended to January 2027; report to follow.", "Open"),
           ("PDB 26/41", "09/12/2026", minuted["Missing children"][1],
            "Figures requested from the placing authorities; due March 2027.", "Open"),
           ("PDB 26/42", "09/12/2026", minuted["Stop and search"][1],
            "Analysis commissioned from the force's performance team.", "Open")]

    f: list = [P("<b>Office of the Kent Police and Crime Commissioner</b>", s["body"]),
               P("Performance and Delivery Board", s["h1"]),
               P("<b>Date:</b> Wednesday 10 February 2027", s["body"]),
               P("<b>Time:</b> 10:00 – 12:00", s["body"]),
               P("<b>Venue:</b> Kent Police Headquarters, Maidstone, and Microsoft Teams", s["body"]),
               P("<b>Theme:</b> Fraud and economic crime", s["body"]), Spacer(1, 8),
               P("Agenda", s["h2"])]
    f.append(grid([[P("<b>No.</b>", s["cell"]), P("<b>Item</b>", s["cell"]), P("<b>Lead</b>", s["cell"])]] +
                  [[P(n, s["cell"]), P(t, s["cell"]), P(l, s["cell"])] for n, t, l in items],
                  [1.5 * cm, 9.5 * cm, 6 * cm], "DVS"))
    f.append(Spacer(1, 10))
    f.append(P("After each Board the Commissioner writes to the Chief Constable to record his assessment of "
               "the answers given and the actions agreed. The letter following the Board of 9 December 2026 is "
               "at item 2; the action log is at item 3.", s["small"]))
    f.append(PageBreak())
    f += [P("<b>Office of the Kent Police and Crime Commissioner</b>", s["right"]),
          P("Sessions House, County Hall, Maidstone ME14 1XQ", s["right"]),
          P("16 December 2026", s["body"]), Spacer(1, 6),
          P("Chief Constable A. Whitcombe<br/>Kent Police Headquarters<br/>Sutton Road<br/>Maidstone", s["body"]),
          Spacer(1, 6), P("Dear Chief Constable,", s["body"]),
          P("<b>Performance and Delivery Board – 9 December 2026</b>", s["body"]),
          P("Thank you to you and your officers for attending the Board on 9 December. This letter sets out "
            "my assessment of the answers given to each of the questions the Board put on the two topics we "
            "covered, and the actions we agreed.", s["body"])]
    records_dec, records_act = [], []
    number = 0
    for topic, questions in topics:
        f.append(P(f"<b>{topic}</b>", s["h3"]))
        for question, evidence, level, comment in questions:
            number += 1
            f.append(P(f"<i>Question {number}: {question}</i>", s["body"]))
            f.append(P(evidence, s["body"]))
            f.append(P(comment, s["body"]))
            # a sentence that only states the level is the level, no commentary: the gold keeps the words after it
            records_dec.append(decision(question, prev, topic, str(number), question, evidence, level,
                                        comment.removeprefix("I am partially assured. ")))
        ref, text = minuted[topic]
        f.append(P(f"We agreed the following action ({ref}): {text}", s["body"]))
    f += [P("I will publish this letter on my website with the papers for the next Board.", s["body"]),
          Spacer(1, 4), P("Yours sincerely,", s["body"]), Spacer(1, 14),
          P("Matthew Ashdown<br/>Kent Police and Crime Commissioner", s["body"]), PageBreak(),
          P("Performance and Delivery Board – Action log", s["h2"]),
          P("Status: Complete – the action is done; Open – work continues.", s["small"])]
    rows = [[P(f"<b>{h}</b>", s["cell"]) for h in ("Ref", "Meeting", "Action", "Update", "Status")]]
    rows += [[P(c, s["cell"]) for c in row] for row in log]
    f.append(grid(rows, [2.2 * cm, 2.3 * cm, 5.7 * cm, 4.8 * cm, 2 * cm], "DVS"))
    data = build_pdf(f, "Performance and Delivery Board – 10 February 2027", "Kent OPCC – Performance and "
                     "Delivery Board", "DVS")
    letter_topic = {ref: topic for topic, (ref, _) in minuted.items()}
    for ref, raised, text, update, status in log:
        iso = f"{raised[6:]}-{raised[3:5]}-{raised[:2]}"
        find = f"({ref}): {text}" if ref in letter_topic else ref
        records_act.append(action(find, iso, letter_topic.get(ref), ref, text, update,
                                  "complete" if status == "Complete" else "outstanding"))
    records = {
        "documents": [document_record("pdf", len(PdfReader(io.BytesIO(data)).pages), "Performance and Delivery Board",
                                      force, org, date)],
        "meetings": [meeting("Performance and Delivery Board", date, "Fraud and economic crime", org,
                             "Performance and Delivery Board"),
                     meeting("Performance and Delivery Board – 9 December 2026", prev, None, org,
                             "Performance and Delivery Board – 9 December 2026")],
        "agenda_items": agenda(date, items),
        "assurance_decisions": records_dec,
        "actions": records_act,
        "grades": [],
    }
    return data, records


# ---------------------------------------------------------------- 2. Bedfordshire: legacy check boxes

def bedfordshire() -> tuple[bytes, dict]:
    org, force, date, prev = "Police and Crime Commissioner for Bedfordshire", "Bedfordshire Police", "2027-01-26", \
        "2026-11-24"
    items = [("1", "Apologies and declarations of interest", None),
             ("2", "Notes of the meeting held on 24 November 2026", "Chief Executive"),
             ("3", "Action log", "Chief Executive"),
             ("4", "Serious violence and knife crime", "Assistant Chief Constable"),
             ("5", "Date of the next meeting", None)]
    topic = "Road safety"
    questions = [
        ("How many people were killed or seriously injured on Bedfordshire's roads in the last twelve months, "
         "and how does this compare with the previous year?",
         "The force reported 212 people killed or seriously injured in the twelve months to September 2026, "
         "eleven fewer than the year before. The M1 and the A6 accounted for a third of the collisions.",
         "Assured", "The Commissioner welcomed the reduction and asked that the figures be published quarterly."),
        ("What has the force done with the footage sent in by the public through the dash-cam portal?",
         "Around 2,400 submissions were received; 61 per cent led to a warning letter or a course, but a backlog "
         "of 540 submissions built up over the summer because of vacancies in the Road Safety Unit.",
         "Partially assured", "The Commissioner is concerned about the backlog and wants a date by which it "
         "will be cleared."),
        ("How are the Fatal Four offences being enforced outside the summer campaign?",
         "Enforcement is planned only around the national campaigns; the force could not give the number of "
         "seat belt and mobile phone offences detected outside them.",
         "Not assured", "The Commissioner was not satisfied that enforcement is continuous and asked for a "
         "year-round plan."),
    ]
    minuted = [("PAM/26/19", "Set out the date by which the dash-cam portal backlog will be cleared."),
               ("PAM/26/20", "Provide a year-round enforcement plan for the Fatal Four offences.")]
    log = [("PAM/26/14", "22/09/2026", "Circulate the hate crime victim survey results.", "Business Support",
            "Circulated to members on 5 October 2026.", "Complete"),
           ("PAM/26/19", "24/11/2026", minuted[0][1], "Head of Roads Policing",
            "Backlog to be cleared by 31 January 2027; two staff seconded.", "In progress"),
           ("PAM/26/20", "24/11/2026", minuted[1][1], "Head of Roads Policing",
            "Plan presented to the Commissioner on 14 January 2027.", "Complete")]

    d = new_docx("DejaVu Sans", 10)
    para(d, "**OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR BEDFORDSHIRE**")
    d.add_heading("Performance and Accountability Meeting", 1)
    para(d, "**Date:** Tuesday 26 January 2027")
    para(d, "**Time:** 14:00")
    para(d, "**Venue:** Police Headquarters, Kempston")
    para(d, "**Topic:** Serious violence and knife crime")
    d.add_heading("Agenda", 2)
    word_table(d, [["No.", "Item", "Presenter"]] + [[n, t, p or ""] for n, t, p in items], [1.5, 10, 5])
    d.add_page_break()
    d.add_heading("Notes of the Performance and Accountability Meeting held on 24 November 2026", 2)
    para(d, f"**Topic:** {topic}")
    para(d, "Present: the Police and Crime Commissioner (Chair), the Chief Executive, the Deputy Chief Constable, "
            "the Head of Roads Policing.")
    para(d, "*The Commissioner's level of assurance is shown by the ticked box on each question's form.*")
    records_dec = []
    for number, (question, response, level, comment) in enumerate(questions, start=1):
        table = d.add_table(rows=4, cols=2)
        table.style = "Table Grid"
        set_cell(table.cell(0, 0), f"**Question {number}**")
        set_cell(table.cell(0, 1), question)
        set_cell(table.cell(1, 0), "**Response**")
        set_cell(table.cell(1, 1), response)
        set_cell(table.cell(2, 0), "**Assurance**")
        cell_paragraph = table.cell(2, 1).paragraphs[0]
        for i, option in enumerate(("Assured", "Partially assured", "Not assured")):
            for run in checkbox_run_xml(option == level, f"Check{number}{i}"):
                cell_paragraph._p.append(run)
            cell_paragraph.add_run(f" {option}    ")
        set_cell(table.cell(3, 0), "**Commissioner's comment**")
        set_cell(table.cell(3, 1), comment)
        set_grid(table, [4, 13])
        for row in table.rows:
            row.cells[0].width, row.cells[1].width = Cm(4), Cm(13)
            shade(row.cells[0], "E7EEF7")
        d.add_paragraph()
        records_dec.append(decision(question, prev, topic, str(number), question, response, level, comment))
    d.add_heading("Actions", 3)
    for ref, text in minuted:
        para(d, f"**{ref}** – {text}")
    d.add_page_break()
    d.add_heading("Action log", 2)
    word_table(d, [["Ref", "Date raised", "Action", "Owner", "Update", "Status"]] + [list(r) for r in log],
               [2.2, 2.2, 4.6, 2.6, 3.8, 2])
    data = docx_bytes(d)
    records_act = [action(ref, f"{raised[6:]}-{raised[3:5]}-{raised[:2]}",
                          topic if raised == "24/11/2026" else None, ref, text, update,
                          "complete" if status == "Complete" else "outstanding")
                   for ref, raised, text, _, update, status in log]
    records = {
        "documents": [document_record("docx", None, "Performance and Accountability Meeting", force, org, date)],
        "meetings": [meeting("", date, "Serious violence and knife crime", org, "Performance and Accountability Meeting"),
                     meeting("", prev, topic, org,
                             "Notes of the Performance and Accountability Meeting held on 24 November 2026")],
        "agenda_items": agenda(date, items),
        "assurance_decisions": records_dec,
        "actions": records_act,
        "grades": [],
    }
    strip_finds(records)
    return data, records


# ---------------------------------------------------------------- 3. Cambridgeshire: KLOEs and an overall level

def cambridgeshire() -> tuple[bytes, dict]:
    org, force = "Police and Crime Commissioner for Cambridgeshire and Peterborough", "Cambridgeshire Constabulary"
    date, prev = "2027-02-02", "2026-12-01"
    items = [("1", "Apologies for absence", "Chair"),
             ("2", "Minutes of the meeting held on 1 December 2026", "Chair"),
             ("3", "Action log", "Governance Officer"),
             ("4", "Rural and wildlife crime", "Chief Inspector, Rural Crime Action Team"),
             ("5", "Any other business", "Chair")]
    topic = "Domestic abuse"
    kloes = [
        ("How many domestic abuse protection orders has the force applied for since the pilot began, and how "
         "many were granted?",
         "Since April 2026 the force has applied for 96 orders and the courts granted 88. Eleven breaches were "
         "prosecuted.", "Substantial",
         "The PCC noted the high success rate and the early use of the new orders."),
        ("How does the force make sure that the DASH risk assessment is completed at every domestic abuse "
         "incident?",
         "Completion rose to 91 per cent in October. Body-worn video is checked in a monthly sample of 40 "
         "incidents, but the quality of the answers is not yet audited.", "Reasonable",
         "The PCC asked that the next update include the quality audit."),
        ("What is the average time victims wait for a call back from the Domestic Abuse Investigation and "
         "Safeguarding Unit?",
         "The unit's average wait for a standard-risk call back was six days in November against a target of "
         "two, because of sickness and the move to the new case system.", "Limited",
         "The PCC was concerned that victims are waiting too long and wants to see the recovery plan."),
    ]
    minuted = ("BCB 26/58", "Provide the recovery plan for call-back times in the Domestic Abuse Investigation and "
                            "Safeguarding Unit.")
    log = [("BCB 26/51", "06/10/2026", "Share the evaluation of the knife amnesty bins.",
            "Shared with the PCC on 20 October 2026.", "Closed"),
           ("BCB 26/55", "06/10/2026", "Report on the use of the new online crime reporting form.",
            "Report delayed until the new form has run for a full quarter.", "Open"),
           ("BCB 26/58", "01/12/2026", minuted[1], "Recovery plan received on 12 January 2027.", "Closed")]

    d = new_docx("DejaVu Sans Condensed", 10)
    para(d, "**Police and Crime Commissioner for Cambridgeshire and Peterborough**")
    d.add_heading("Business Coordination Board", 1)
    para(d, "Tuesday 2 February 2027, 10:00, Police Headquarters, Huntingdon")
    para(d, "**Theme:** Rural and wildlife crime")
    d.add_heading("Agenda", 2)
    word_table(d, [["Item", "Title", "Presenter"]] + [list(i) for i in items], [1.5, 9, 6.5])
    para(d, "")
    d.add_heading("Assurance levels used by the Board", 3)
    word_table(d, [["Level", "What it means"],
                   ["Substantial", "The answers show that arrangements are sound and working; no further action."],
                   ["Reasonable", "Arrangements are mostly sound; some points need attention."],
                   ["Limited", "Significant weaknesses; the PCC expects an improvement plan."],
                   ["No assurance", "Arrangements are not in place or not working; urgent action needed."]],
               [3.5, 13.5])
    d.add_page_break()
    d.add_heading("Minutes of the Business Coordination Board held on 1 December 2026", 2)
    para(d, "Present: Police and Crime Commissioner (Chair); Deputy PCC; Chief Executive; Deputy Chief "
            "Constable; Detective Superintendent, Public Protection.")
    para(d, "**1. Apologies for absence**")
    para(d, "Apologies were received from the Chief Finance Officer.")
    para(d, "**2. Minutes and action log**")
    para(d, "The minutes of 6 October 2026 were agreed. The action log was noted.")
    para(d, f"**3. {topic}**")
    para(d, "The PCC put three key lines of enquiry to the force. The level of assurance for each, and the "
            "overall level for the item, are recorded below.")
    rows = [["KLOE", "Key line of enquiry", "Summary of response", "Assurance"]]
    for number, (question, response, level, comment) in enumerate(kloes, start=1):
        rows.append([f"KLOE {number}", question, response, f"**{level}**\n*{comment}*"])
    word_table(d, rows, [1.6, 5, 6.4, 4])
    overall = d.add_table(rows=1, cols=1)
    overall.style = "Table Grid"
    set_cell(overall.cell(0, 0), "**Overall assurance for this item: Reasonable.** The PCC recognised the "
                                 "progress made with protection orders but will return to call-back times "
                                 "at the Board in April.")
    shade(overall.cell(0, 0), "DEEAF6")
    para(d, "")
    para(d, f"**ACTION {minuted[0]}:** {minuted[1]}")
    para(d, "**4. Any other business**")
    para(d, "None.")
    d.add_page_break()
    d.add_heading("Action log", 2)
    word_table(d, [["Ref", "Raised", "Action", "Update", "Status"]] + [list(r) for r in log], [2.2, 2.5, 5, 4.9, 2.4])
    data = docx_to_pdf(docx_bytes(d))
    records_dec = [decision(q, prev, topic, str(n), q, r, lvl, c)
                   for n, (q, r, lvl, c) in enumerate(kloes, start=1)]
    records_act = [action(f"ACTION {ref}" if ref == minuted[0] else ref, f"{raised[6:]}-{raised[3:5]}-{raised[:2]}",
                          topic if ref == minuted[0] else None, ref, text, update,
                          "complete" if status == "Closed" else "outstanding") for ref, raised, text, update, status in log]
    records = {
        "documents": [document_record("pdf", len(PdfReader(io.BytesIO(data)).pages), "Business Coordination Board",
                                      force, org, date)],
        "meetings": [meeting("Business Coordination Board", date, "Rural and wildlife crime", org,
                             "Business Coordination Board"),
                     meeting("Minutes of the Business Coordination Board held on 1 December 2026", prev, topic, org,
                             "Minutes of the Business Coordination Board held on 1 December 2026")],
        "agenda_items": agenda(date, items),
        "assurance_decisions": records_dec,
        "actions": records_act,
        "grades": [],
    }
    set_pages(data, records)
    return data, records


# ---------------------------------------------------------------- 4. Essex: a Wingdings tick under the level

def essex() -> tuple[bytes, dict]:
    org, force = "Police, Fire and Crime Commissioner for Essex", "Essex Police"
    date, prev = "2027-01-28", "2026-11-26"
    items = [("1", "Welcome, introductions and apologies", "PFCC"),
             ("2", "Notes and actions of the meeting of 26 November 2026", "Head of Performance and Scrutiny"),
             ("3", "Domestic burglary", "Chief Superintendent, Local Policing"),
             ("4", "Essex County Fire and Rescue Service: prevention performance", "Chief Fire Officer"),
             ("5", "Any other business", "PFCC")]
    topic = "Hate crime"
    questions = [
        ("How has the number of hate crimes reported to Essex Police changed over the last year?",
         "Reports rose by 4 per cent to 3,106. Racially aggravated offences make up two thirds; disability hate "
         "crime rose by 18 per cent after the awareness campaign in the spring.",
         "Assured", "The PFCC welcomed the rise in disability reports as a sign of confidence."),
        ("What proportion of hate crime victims are satisfied with the service they received?",
         "The victim survey shows 69 per cent satisfied, below the 78 per cent for all crime. Victims said "
         "they were not kept informed.", "Partially assured",
         "The PFCC asked the force to set a target for keeping victims updated."),
        ("How many hate crimes end in a charge or summons, and what is being done to raise the rate?",
         "The charge rate is 7 per cent. The force has started a review of its hate crime investigations but "
         "has no findings yet.", "Not assured",
         "The PFCC is not assured that the charge rate will improve without a clear plan."),
    ]
    minuted = [("PRSB/26/61", "Set a target for updating hate crime victims and report progress against it."),
               ("PRSB/26/62", "Present the findings of the hate crime investigation review.")]
    log = [("PRSB/26/55", "24/09/2026", "Circulate the drone deployment figures for the summer.",
            "Circulated on 2 October 2026.", "Complete"),
           ("PRSB/26/61", "26/11/2026", minuted[0][1], "Target of 85 per cent agreed; first figures in March.",
            "Complete"),
           ("PRSB/26/62", "26/11/2026", minuted[1][1], "Review to report in March 2027.", "Outstanding")]

    d = new_docx("DejaVu Serif", 10, landscape_page=True)
    para(d, "**Police, Fire and Crime Commissioner for Essex**")
    d.add_heading("Performance and Resources Scrutiny Board", 1)
    para(d, "Thursday 28 January 2027 at 10:00 – Kelvedon Park and Microsoft Teams")
    para(d, "**Focus of the meeting:** Domestic burglary")
    d.add_heading("Agenda", 2)
    word_table(d, [["Item", "Subject", "Presenter"]] + [list(i) for i in items], [1.5, 14, 9])
    d.add_page_break()
    d.add_heading("Notes of the Performance and Resources Scrutiny Board – 26 November 2026", 2)
    para(d, f"**Focus:** {topic}")
    para(d, "The PFCC's decision on each question is shown by a tick in the column of the level of assurance.")
    header = ["No.", "Question", "Summary of response", "Assured", "Partially assured", "Not assured", "PFCC comment"]
    widths = [1.1, 5.2, 6.6, 2.5, 2.6, 2.5, 5.2]
    table = word_table(d, [header] + [[str(n), q, r, "", "", "", c]
                                      for n, (q, r, _, c) in enumerate(questions, start=1)], widths)
    records_dec = []
    for number, (question, response, level, comment) in enumerate(questions, start=1):
        column = 3 + ("Assured", "Partially assured", "Not assured").index(level)
        cell_paragraph = table.cell(number, column).paragraphs[0]
        cell_paragraph.alignment = 1
        wingdings_tick(cell_paragraph)
        records_dec.append(decision(question, prev, topic, str(number), question, response, level, comment))
    para(d, "")
    for ref, text in minuted:
        para(d, f"**Action {ref}:** {text}")
    d.add_heading("Action log", 2)
    word_table(d, [["Ref", "Date", "Action", "Update", "Status"]] + [list(r) for r in log], [3, 2.5, 8.5, 7.5, 3])
    data = docx_bytes(d)
    records_act = [action(ref, f"{raised[6:]}-{raised[3:5]}-{raised[:2]}", topic if raised == "26/11/2026" else None,
                          ref, text, update, "complete" if status == "Complete" else "outstanding")
                   for ref, raised, text, update, status in log]
    records = {
        "documents": [document_record("docx", None, "Performance and Resources Scrutiny Board", force, org, date)],
        "meetings": [meeting("", date, "Domestic burglary", org, "Performance and Resources Scrutiny Board"),
                     meeting("", prev, topic, org,
                             "Notes of the Performance and Resources Scrutiny Board – 26 November 2026")],
        "agenda_items": agenda(date, items),
        "assurance_decisions": records_dec,
        "actions": records_act,
        "grades": [],
    }
    strip_finds(records)
    return data, records


# ---------------------------------------------------------------- 5. Hertfordshire: whole rows shaded by level

ROW_FILL = {"Assured": "C6EFCE", "Partially assured": "FFEB9C", "Not assured": "FFC7CE"}


def hertfordshire() -> tuple[bytes, dict]:
    org, force = "Police and Crime Commissioner for Hertfordshire", "Hertfordshire Constabulary"
    date, prev = "2027-02-04", "2026-12-03"
    items = [("1", "Apologies", None),
             ("2", "Notes of the Scrutiny Board of 3 December 2026 and action log", "OPCC"),
             ("3", "Neighbourhood policing", "Superintendent, Community Safety"),
             ("4", "Police staff vacancies", "Director of People"),
             ("5", "Any other business", None)]
    sections = [
        ("Rural crime", [
            ("How many thefts of farm machinery and vehicles were reported this year, and how many were solved?",
             "There were 184 thefts, mostly of quad bikes and GPS units; 19 were solved, and equipment worth "
             "£410,000 was recovered.", "Assured",
             "The Commissioner was pleased with the recoveries made with the farm watch schemes."),
            ("How is the Rural Operational Support Team deployed at night and at weekends?",
             "The team works a day shift only; at night, rural calls go to response officers who have not had "
             "the rural crime training.", "Partially assured",
             "The Commissioner asked for options to extend the team's hours."),
        ], ("SB 26/71", "Set out options for extending the hours of the Rural Operational Support Team.")),
        ("Vetting and professional standards", [
            ("How many officers and staff are working without up-to-date vetting?",
             "Forty-two people are waiting for renewal; none works in a designated post. The backlog should be "
             "cleared by March.", "Assured",
             "The Commissioner accepted the plan to clear the renewals."),
            ("How long do gross misconduct investigations take, and why?",
             "The average is 412 days. The force said that delays in criminal proceedings account for some of "
             "this but could not say how many cases were affected.", "Not assured",
             "The Commissioner expects a breakdown of the causes of delay at the next Board."),
        ], ("SB 26/72", "Provide a breakdown of the causes of delay in gross misconduct investigations.")),
    ]
    log = [("SB 26/64", "08/10/2026", "Publish the stop and search scrutiny panel's annual report.",
            "Published on 30 October 2026.", "Complete"),
           ("SB 26/71", "03/12/2026", sections[0][2][1], "Options paper due at the February Board.", "Open"),
           ("SB 26/72", "03/12/2026", sections[1][2][1], "Breakdown sent to the Commissioner on 8 January 2027.",
            "Complete")]

    d = new_docx("DejaVu Sans", 10)
    para(d, "**Hertfordshire Police and Crime Commissioner**")
    d.add_heading("Scrutiny Board", 1)
    para(d, "**Date:** Thursday 4 February 2027    **Time:** 13:30    **Venue:** Police Headquarters, Welwyn "
            "Garden City")
    d.add_heading("Agenda", 2)
    word_table(d, [["No.", "Item", "Lead"]] + [[n, t, p or ""] for n, t, p in items], [1.5, 10, 5.5])
    d.add_page_break()
    d.add_heading("Notes of the Scrutiny Board held on 3 December 2026", 2)
    para(d, "Present: Police and Crime Commissioner (Chair); Chief Executive; Chief Constable; Deputy Chief "
            "Constable; Head of Professional Standards.")
    para(d, "**1. Apologies** – none.")
    para(d, "**2. Notes and action log** – the notes of 8 October 2026 were agreed.")
    records_dec, number = [], 0
    for item_number, (title, questions, (ref, text)) in enumerate(sections, start=3):
        para(d, f"**{item_number}. {title}**")
        rows = [["No.", "Question", "Force response", "Commissioner's comment"]]
        rows += [[f"{item_number}.{n}", q, r, c] for n, (q, r, _, c) in enumerate(questions, start=1)]
        table = word_table(d, rows, [1.4, 5, 6.4, 4.2])
        for n, (question, response, level, comment) in enumerate(questions, start=1):
            for cell in table.rows[n].cells:
                shade(cell, ROW_FILL[level])
            records_dec.append(decision(question, prev, title, f"{item_number}.{n}", question, response, level,
                                        comment))
        para(d, "*Key: each question's row is shaded to show the Commissioner's level of assurance – green: "
                "assured; amber: partially assured; red: not assured.*")
        para(d, f"**Action {ref}:** {text}")
    para(d, "**5. Any other business** – none.")
    d.add_heading("Action log", 2)
    word_table(d, [["Ref", "Raised", "Action", "Update", "Status"]] + [list(r) for r in log], [2.2, 2.5, 5, 4.9, 2.4])
    data = docx_to_pdf(docx_bytes(d))
    topic_of = {ref: title for title, _, (ref, _) in sections}
    records_act = [action(f"Action {ref}:" if ref in topic_of else ref, f"{raised[6:]}-{raised[3:5]}-{raised[:2]}",
                          topic_of.get(ref), ref, text, update,
                          "complete" if status == "Complete" else "outstanding")
                   for ref, raised, text, update, status in log]
    records = {
        "documents": [document_record("pdf", len(PdfReader(io.BytesIO(data)).pages), "Scrutiny Board", force, org,
                                      date)],
        "meetings": [meeting("Scrutiny Board", date, None, org, "Scrutiny Board"),
                     meeting("Notes of the Scrutiny Board held on 3 December 2026", prev, None, org,
                             "Notes of the Scrutiny Board held on 3 December 2026")],
        "agenda_items": agenda(date, items),
        "assurance_decisions": records_dec,
        "actions": records_act,
        "grades": [],
    }
    set_pages(data, records)
    return data, records


# ---------------------------------------------------------------- 6. Lincolnshire: one column per question

def lincolnshire() -> tuple[bytes, dict]:
    s = styles("DV")
    org, force = "Police and Crime Commissioner for Lincolnshire", "Lincolnshire Police"
    date, prev = "2027-01-21", "2026-11-19"
    items = [("1", "Welcome and apologies", "PCC"),
             ("2", "Summary of the meeting held on 19 November 2026", "Chief Executive"),
             ("3", "Action tracker", "Chief Executive"),
             ("4", "Violence against women and girls", "Detective Chief Superintendent"),
             ("5", "Any other business", "PCC")]
    topic = "Neighbourhood policing"
    questions = [
        ("How many neighbourhood officers were taken away from their wards to cover response shifts in the "
         "last quarter?",
         "Neighbourhood officers lost 1,950 hours to response cover, 14 per cent of their time, down from 22 "
         "per cent a year ago.", "Partially assured",
         "Better, but still too high; the PCC wants the figure by district."),
        ("How does the force know whether the public's local priorities are being dealt with?",
         "Each ward sets three priorities at its public meeting; progress is reported on the force website "
         "and reviewed monthly by the district inspector.", "Assured",
         "The PCC was content with the arrangements."),
        ("Are the new community support officers staying in post?",
         "Eleven of the 40 PCSOs recruited in 2025 have left. The force has not yet held exit interviews with "
         "all of them.", "Not assured",
         "The PCC asked for the results of the exit interviews."),
    ]
    minuted = [("SSM 26/14", "Provide the hours lost to response cover by district."),
               ("SSM 26/15", "Report the results of the PCSO exit interviews.")]
    log = [("SSM 26/09", "17/09/2026", "Publish the rural crime strategy.", "Published 9 October 2026.",
            "Complete"),
           ("SSM 26/14", "19/11/2026", minuted[0][1], "Figures provided by district on 2 December 2026.",
            "Complete"),
           ("SSM 26/15", "19/11/2026", minuted[1][1], "Exit interviews being arranged.", "Ongoing")]

    f: list = [P("Lincolnshire Police and Crime Commissioner", s["body"]),
               P("Strategic Scrutiny Meeting", s["h1"]),
               P("Thursday 21 January 2027, 10:00 – Police Headquarters, Nettleham", s["body"]),
               P("<b>Theme:</b> Violence against women and girls", s["body"]), P("Agenda", s["h2"])]
    f.append(grid([[P(f"<b>{h}</b>", s["cell"]) for h in ("Item", "Title", "Presented by")]] +
                  [[P(n, s["cell"]), P(t, s["cell"]), P(p, s["cell"])] for n, t, p in items],
                  [1.5 * cm, 15 * cm, 8 * cm], "DV"))
    f += [PageBreak(), P("Strategic Scrutiny Meeting – Summary of the meeting held on 19 November 2026", s["h2"]),
          P(f"<b>Theme:</b> {topic}", s["body"]),
          P("The questions the PCC put to the force, the answers and the PCC's assurance are set out below, one "
            "column for each question.", s["body"])]
    label = lambda text: P(f"<b>{text}</b>", s["cell"])  # noqa: E731
    rows = [[label("")] + [label(f"Q{n}") for n in range(1, len(questions) + 1)],
            [label("Question")] + [P(q, s["cell"]) for q, _, _, _ in questions],
            [label("Response")] + [P(r, s["cell"]) for _, r, _, _ in questions],
            [label("Assurance")] + [P(f"<b>{lvl}</b>", s["cell"]) for _, _, lvl, _ in questions],
            [label("Comment")] + [P(c, s["cell"]) for _, _, _, c in questions]]
    f.append(grid(rows, [3 * cm] + [7.2 * cm] * 3, "DV",
                  extra=[("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#d9d9d9"))]))
    f += [Spacer(1, 8), P("Actions agreed", s["h3"])]
    f += [P(f"{ref} – {text}", s["body"]) for ref, text in minuted]
    f += [PageBreak(), P("Action tracker", s["h2"])]
    rows = [[P(f"<b>{h}</b>", s["cell"]) for h in ("Ref", "Raised", "Action", "Update", "Status")]]
    rows += [[P(c, s["cell"]) for c in row] for row in log]
    f.append(grid(rows, [2.5 * cm, 2.5 * cm, 9 * cm, 8.5 * cm, 3 * cm], "DV"))
    data = build_pdf(f, "Strategic Scrutiny Meeting", "Lincolnshire OPCC – Strategic Scrutiny Meeting", "DV",
                     pagesize=landscape(A4))
    minuted_refs = dict(minuted)
    records_dec = [decision(q, prev, topic, str(n), q, r, lvl, c) for n, (q, r, lvl, c) in enumerate(questions, 1)]
    records_act = [action(f"{ref} – {text}" if ref in minuted_refs else ref, f"{raised[6:]}-{raised[3:5]}-{raised[:2]}",
                          topic if ref in minuted_refs else None, ref, text, update,
                          "complete" if status == "Complete" else "outstanding")
                   for ref, raised, text, update, status in log]
    records = {
        "documents": [document_record("pdf", len(PdfReader(io.BytesIO(data)).pages), "Strategic Scrutiny Meeting",
                                      force, org, date)],
        "meetings": [meeting("Strategic Scrutiny Meeting", date, "Violence against women and girls", org,
                             "Strategic Scrutiny Meeting"),
                     meeting("Strategic Scrutiny Meeting – Summary of the meeting held on 19 November 2026", prev,
                             topic, org,
                             "Strategic Scrutiny Meeting – Summary of the meeting held on 19 November 2026")],
        "agenda_items": agenda(date, items),
        "assurance_decisions": records_dec,
        "actions": records_act,
        "grades": [],
    }
    set_pages(data, records)
    return data, records


# ---------------------------------------------------------------- 7. West Yorkshire: decisions in the narrative

def west_yorkshire() -> tuple[bytes, dict]:
    s = styles("DVS")
    org, force = "Deputy Mayor for Policing and Crime", "West Yorkshire Police"
    date, prev = "2027-02-16", "2026-12-15"
    items = [("1", "Apologies and declarations of interest", "Deputy Mayor"),
             ("2", "Minutes of the meeting held on 15 December 2026", "Deputy Mayor"),
             ("3", "Action log", "Head of Policing and Crime"),
             ("4", "Road safety and the Vision Zero partnership", "Chief Superintendent, Operations Support"),
             ("5", "Any other business", "Deputy Mayor")]
    topic = "Shoplifting and retail crime"
    questions = [
        ("How has shoplifting changed across the five districts over the last year?",
         "The Assistant Chief Constable said that recorded shoplifting had risen by 9 per cent to 21,480 "
         "offences, with the largest rise in Leeds city centre. Repeat offenders were responsible for almost "
         "a third of the offences.",
         "The Deputy Mayor said she was assured that the force understood where and by whom the offences were "
         "being committed."),
        ("What proportion of retailers' reports are attended, and how quickly?",
         "The force attends where an offender is detained or violence is used; in other cases retailers upload "
         "footage through the online portal. Attendance times were not yet reported by district.",
         "The Deputy Mayor said she was partly assured that the attendance policy was being applied the same "
         "way in every district, and asked for attendance times by district."),
        ("How many retail workers were assaulted, and how many of those cases led to a charge?",
         "There were 612 assaults on retail workers. The force could not say how many had led to a charge "
         "because the offences were not flagged consistently.",
         "The Deputy Mayor said she was not assured that assaults on shop workers were being recorded and "
         "followed up properly."),
    ]
    levels = ["assured", "partly assured", "not assured"]
    minuted = [("PAM 26/44", "Provide attendance times at retail crime reports by district."),
               ("PAM 26/45", "Report how assaults on retail workers are flagged, with the number charged.")]
    log = [("PAM 26/38", "20/10/2026", "Share the results of the knife crime surrender week.",
            "Results shared on 6 November 2026.", "Complete"),
           ("PAM 26/44", "15/12/2026", minuted[0][1], "Figures to be presented in February 2027.", "In progress"),
           ("PAM 26/45", "15/12/2026", minuted[1][1], "Flag added to the crime system on 4 January 2027; "
            "figures shared.", "Complete")]

    f: list = [P("West Yorkshire Combined Authority – Mayor of West Yorkshire", s["body"]),
               P("Policing Accountability Meeting", s["h1"]),
               P("<b>Chair:</b> Deputy Mayor for Policing and Crime", s["body"]),
               P("<b>Date:</b> Tuesday 16 February 2027, 14:00, Wellington House, Leeds", s["body"]),
               P("<b>Theme:</b> Road safety", s["body"]), P("Agenda", s["h2"])]
    f.append(grid([[P(f"<b>{h}</b>", s["cell"]) for h in ("No.", "Item", "Presenter")]] +
                  [[P(n, s["cell"]), P(t, s["cell"]), P(p, s["cell"])] for n, t, p in items],
                  [1.5 * cm, 9.5 * cm, 6 * cm], "DVS"))
    f += [PageBreak(), P("Minutes of the Policing Accountability Meeting held on 15 December 2026", s["h2"]),
          P("Present: Deputy Mayor for Policing and Crime (Chair); Assistant Chief Constable, Local Policing; "
            "Head of Policing and Crime; Business Crime Reduction Partnership manager.", s["body"]),
          P("<b>1. Apologies</b>", s["h3"]), P("Apologies were received from the Chief Constable.", s["body"]),
          P("<b>2. Minutes and action log</b>", s["h3"]),
          P("The minutes of 20 October 2026 were agreed. The action log was noted.", s["body"]),
          P(f"<b>3. {topic}</b>", s["h3"]),
          P("The Deputy Mayor had put the following questions to the force before the meeting:", s["body"])]
    f += [P(f"{n}. {q}", s["body"]) for n, (q, _, _) in enumerate(questions, start=1)]
    f.append(P("The discussion is summarised below.", s["body"]))
    for n, (_, answer, conclusion) in enumerate(questions, start=1):
        f.append(P(f"3.{n + 1} {answer} {conclusion}", s["body"]))
    f.append(P("Actions:", s["h3"]))
    f += [P(f"{ref}: {text}", s["body"]) for ref, text in minuted]
    f += [P("<b>4. Any other business</b>", s["h3"]), P("There was none.", s["body"]), PageBreak(),
          P("Action log", s["h2"])]
    rows = [[P(f"<b>{h}</b>", s["cell"]) for h in ("Ref", "Raised", "Action", "Update", "Status")]]
    rows += [[P(c, s["cell"]) for c in row] for row in log]
    f.append(grid(rows, [2.3 * cm, 2.3 * cm, 5.5 * cm, 4.9 * cm, 2 * cm], "DVS"))
    data = build_pdf(f, "Policing Accountability Meeting", "Mayor of West Yorkshire – Policing Accountability "
                     "Meeting", "DVS")
    minuted_refs = dict(minuted)
    records_dec = [decision(q, prev, topic, str(n), q, answer, levels[n - 1], conclusion)
                   for n, (q, answer, conclusion) in enumerate(questions, start=1)]
    records_act = [action(f"{ref}: {text}" if ref in minuted_refs else ref, f"{raised[6:]}-{raised[3:5]}-{raised[:2]}",
                          topic if ref in minuted_refs else None, ref, text, update,
                          "complete" if status == "Complete" else "outstanding")
                   for ref, raised, text, update, status in log]
    records = {
        "documents": [document_record("pdf", len(PdfReader(io.BytesIO(data)).pages), "Policing Accountability Meeting",
                                      force, org, date)],
        "meetings": [meeting("Policing Accountability Meeting", date, "Road safety", org,
                             "Policing Accountability Meeting"),
                     meeting("Minutes of the Policing Accountability Meeting held on 15 December 2026", prev, topic,
                             org, "Minutes of the Policing Accountability Meeting held on 15 December 2026")],
        "agenda_items": agenda(date, items),
        "assurance_decisions": records_dec,
        "actions": records_act,
        "grades": [],
    }
    set_pages(data, records)
    return data, records


PACKS = {
    "kent-pcc-pdb-2027-02-10.pdf": kent,
    "bedfordshire-pcc-pam-2027-01-26.docx": bedfordshire,
    "cambridgeshire-pcc-bcb-2027-02-02.pdf": cambridgeshire,
    "essex-pfcc-prsb-2027-01-28.docx": essex,
    "hertfordshire-pcc-sb-2027-02-04.pdf": hertfordshire,
    "lincolnshire-pcc-ssm-2027-01-21.pdf": lincolnshire,
    "west-yorkshire-dmpc-pam-2027-02-16.pdf": west_yorkshire,
}


def main(names: list[str]) -> None:
    GOLD.mkdir(exist_ok=True)
    for name, build in PACKS.items():
        if names and name not in names:
            continue
        data, records = build()
        if name.endswith(".pdf") and "_find" in json.dumps(records):
            set_pages(data, records)
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        print(f"{name}: {len(data)} bytes; decisions {len(records['assurance_decisions'])}, "
              f"actions {len(records['actions'])}")


if __name__ == "__main__":
    main(sys.argv[1:])
