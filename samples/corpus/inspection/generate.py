"""Inspection test documents of other forces in other layouts, and their gold.

    .venv/bin/python samples/corpus/inspection/generate.py

- peel-2021-22-northumbria.pdf: a PEEL 2021/22 report excerpt: an Area |
  Grade table, "Grade:" lines, numbered "Area for improvement 1" sentences
  with explanatory paragraphs, innovative practice, a sentence recalling an
  earlier inspection's grade (not a grade of this report). Times, serif.
- ncpi-staffordshire.pdf: a national child protection inspection excerpt:
  judgment sentences, AFIs as bold italic headings with paragraphs, a cause
  of concern whose recommendation list runs over a page break, "Within six
  months" and dated lead-ins.
- response-west-yorkshire.docx: a force response table (Ref | Area |
  Recommendation or AFI | Response | Owner | Target date | Status).

The gold is written from the same content as the documents (the text each
record must carry), with pages fixed by explicit page breaks. Wording is
modelled on published HMICFRS reports; the forces' grades here are invented.
Output is deterministic.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[1] / "gold"

BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14, spaceAfter=6)
TITLE = ParagraphStyle("title", parent=BODY, fontName="Times-Bold", fontSize=20, leading=24, spaceAfter=12)
H1 = ParagraphStyle("h1", parent=BODY, fontName="Times-Bold", fontSize=16, leading=20, spaceBefore=10)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Times-Bold", fontSize=13, leading=16, spaceBefore=6)
BOLD_ITALIC = ParagraphStyle("bi", parent=BODY, fontName="Times-BoldItalic", fontSize=12, leading=15)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=18, bulletIndent=6, bulletFontName="Symbol")
DASH = ParagraphStyle("dash", parent=BULLET, bulletFontName="Times-Roman")


def bullet(text: str) -> Paragraph:
    """A bullet as Word prints it, in the Symbol font."""
    return Paragraph(text, BULLET, bulletText="\u2022")


def dash(text: str, marker: str = "\u2013") -> Paragraph:
    """A list item marked by a dash or a letter ("a)") in the text font."""
    return Paragraph(text, DASH, bulletText=marker)


def pdf(path: Path, pages: list[list]) -> None:
    story: list = []
    for number, page in enumerate(pages):
        if number:
            story.append(PageBreak())
        story.extend(page)
    doc = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=path.stem,
                            leftMargin=60, rightMargin=60, topMargin=60, bottomMargin=60)
    doc.build(story)


def gold(name: str, records: dict[str, list[dict]]) -> None:
    document = {"source_file": name, "expect": "ok",
                "checked": "Written from the generator's content; pages checked against `scrutiny inspect`.",
                "records": records}
    (GOLD / f"{name}.json").write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# --- PEEL 2021/22, Northumbria Police -------------------------------------------

NORTHUMBRIA = "Northumbria Police"
P21 = "PEEL 2021/22"
NORTHUMBRIA_GRADES = [  # area as printed, canonical area, grade
    ("Engaging with and treating the public with fairness and respect", "Police powers and public treatment", "Good"),
    ("Preventing crime and anti-social behaviour", "Preventing crime", "Outstanding"),
    ("Responding to the public", "Responding to the public", "Requires improvement"),
    ("Investigating crime", "Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Protecting vulnerable people", "Adequate"),
    ("Managing offenders and suspects", "Managing offenders", "Good"),
    ("Building, supporting and protecting the workforce", "Developing a positive workplace", "Adequate"),
    ("Strategic planning, organisational management and value for money", "Good use of resources", "Good"),
]
RESPONDING_AFIS = [
    ("The force should make sure it answers emergency calls within national standards.",
     ["In the year to March 2022, the force answered 79 percent of emergency calls within ten seconds.",
      "Callers who wait too long may abandon their call, and the force may miss the chance to help them."]),
    ("The force should make sure call handlers give victims advice on preserving evidence.",
     ["In 14 of the 60 calls we reviewed, call handlers did not give this advice."]),
]
INVESTIGATING_AFIS = [
    "The force should make sure investigations are allocated to officers with the right skills",
    "The force should improve how supervisors oversee investigations",
]


def northumbria() -> None:
    name = "peel-2021-22-northumbria.pdf"
    grade_table = Table([["Area", "Grade"], *[[raw, grade] for raw, _, grade in NORTHUMBRIA_GRADES]],
                        colWidths=[320, 140])
    grade_table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#666666"),
                                     ("FONTNAME", (0, 0), (-1, 0), "Times-Bold"),
                                     ("FONTNAME", (0, 1), (-1, -1), "Times-Roman")]))
    page1 = [
        Paragraph("PEEL 2021/22: An inspection of Northumbria Police", TITLE),
        Paragraph("Published on: 14 October 2022", BODY),
        Paragraph("Our judgments", H1),
        Paragraph("Our inspection assessed how good Northumbria Police is in ten areas of policing. "
                  "We make graded judgments in eight of these as follows:", BODY),
        grade_table,
        Spacer(1, 10),
        Paragraph("In our 2018/19 inspection, we graded the force as good at investigating crime. "
                  "Northumbria Police was outstanding at preventing crime in our previous inspection.", BODY),
    ]
    afi_blocks: list = []
    for number, (sentence, detail) in enumerate(RESPONDING_AFIS, start=1):
        afi_blocks += [Paragraph(f"Area for improvement {number}", H2), Paragraph(sentence, BODY),
                       *[Paragraph(d, BODY) for d in detail]]
    page2 = [
        Paragraph("Responding to the public", H1),
        Paragraph("Grade: Requires improvement", H2),
        Paragraph("Northumbria Police requires improvement at responding to the public.", BODY),
        *afi_blocks,
    ]
    page3 = [
        Paragraph("Preventing crime and anti-social behaviour", H1),
        Paragraph("Grade: Outstanding", H2),
        Paragraph("Innovative practice", H2),
        Paragraph("Using drones to find missing people", BOLD_ITALIC),
        Paragraph("The force uses drones with thermal cameras to search open ground for missing people, "
                  "which has shortened searches.", BODY),
        Paragraph("Investigating crime", H1),
        Paragraph("Grade: Adequate", H2),
        Paragraph("Areas for improvement", H2),
        *[bullet(a) for a in INVESTIGATING_AFIS],
        Paragraph("Main findings", H2),
        bullet("The force has a clear investigation policy"),
        bullet("Victims are kept updated in most cases"),
    ]
    pdf(HERE / name, [page1, page2, page3])
    gold(name, {
        "grades": [{"page": 1, "force": NORTHUMBRIA, "framework": P21, "area": area, "area_raw": raw,
                    "grade": grade, "as_of": "2022-10"} for raw, area, grade in NORTHUMBRIA_GRADES],
        "areas_for_improvement": [
            *[{"page": 2, "force": NORTHUMBRIA, "area": "Responding to the public", "text": s,
               "detail": "\n\n".join(d)} for s, d in RESPONDING_AFIS],
            *[{"page": 3, "force": NORTHUMBRIA, "area": "Investigating crime", "text": t, "detail": None}
              for t in INVESTIGATING_AFIS]],
        "causes_of_concern": [],
        "recommendations": [],
        "findings": [
            {"page": 3, "force": NORTHUMBRIA, "area": "Preventing crime", "kind": "innovative_practice",
             "text": "Using drones to find missing people"},
            {"page": 3, "force": NORTHUMBRIA, "area": "Investigating crime", "kind": "main_finding",
             "text": "The force has a clear investigation policy"},
            {"page": 3, "force": NORTHUMBRIA, "area": "Investigating crime", "kind": "main_finding",
             "text": "Victims are kept updated in most cases"},
        ],
    })


# --- National child protection inspection, Staffordshire Police ---------------------

STAFFORDSHIRE = "Staffordshire Police"
CP = "Child protection"
CAUSE = "The force does not investigate reports of child abuse thoroughly or promptly enough"
CAUSE_DETAIL = [
    "In 11 of the 30 cases we reviewed, investigations were delayed without good reason.",
    "Supervisors did not always set clear lines of enquiry, and some evidence was lost.",
]
LEAD_IN_1 = "Within six months, Staffordshire Police should make sure that:"
RECS_1 = [  # as printed, as recorded
    ("all child abuse investigations are allocated to officers with the right skills;",
     "all child abuse investigations are allocated to officers with the right skills"),
    ("supervisors set and review clear lines of enquiry;", "supervisors set and review clear lines of enquiry"),
    ("digital devices are seized and examined promptly; and", "digital devices are seized and examined promptly"),
    ("victims and their families are kept informed.", "victims and their families are kept informed."),
]
LEAD_IN_2 = "By 31 March 2026, the force should:"
RECS_2 = [("review its child abuse investigation policy.", "review its child abuse investigation policy.")]
AFI = "The force needs to make sure the voice of the child is recorded in every referral"
AFI_DETAIL = ["Officers recorded the views of children in only 19 of the 40 referrals we examined.",
              "Without them, partners cannot fully understand what life is like for the child."]


def staffordshire() -> None:
    name = "ncpi-staffordshire.pdf"
    page1 = [
        Paragraph("National child protection inspection: Staffordshire Police", TITLE),
        Paragraph("Published on: 3 June 2025", BODY),
        Paragraph("Leadership and management", H1),
        Paragraph("Staffordshire Police's leadership and management is good.", BODY),
        Paragraph("Working with safeguarding partners", H1),
        Paragraph("Staffordshire Police is good at working with safeguarding partners.", BODY),
        Paragraph("Promising practice", H2),
        Paragraph("The force funds a youth worker in each local policing area to support children "
                  "at risk of exploitation.", BODY),
        Paragraph("Assessing risk to children and making appropriate referrals", H1),
        Paragraph("Staffordshire Police requires improvement at assessing risk to children and making "
                  "appropriate referrals.", BODY),
        Paragraph("Area for improvement", H2),
        Paragraph(AFI, BOLD_ITALIC),
        *[Paragraph(d, BODY) for d in AFI_DETAIL],
    ]
    page2 = [
        Paragraph("Investigating reports of abuse, neglect and exploitation of children", H1),
        Paragraph("Staffordshire Police is inadequate at investigating reports of abuse, neglect and "
                  "exploitation of children.", BODY),
        Paragraph("Cause of concern", H2),
        Paragraph(CAUSE, BOLD_ITALIC),
        *[Paragraph(d, BODY) for d in CAUSE_DETAIL],
        Paragraph("Recommendations", H2),
        Paragraph(LEAD_IN_1, BODY),
        *[dash(printed, f"{letter})") for letter, (printed, _) in zip("ab", RECS_1[:2])],
    ]
    page3 = [
        *[dash(printed, f"{letter})") for letter, (printed, _) in zip("cd", RECS_1[2:])],
        Paragraph(LEAD_IN_2, BODY),
        *[dash(printed, "a)") for printed, _ in RECS_2],
        Paragraph("Main findings", H2),
        dash("Specialist officers carry out good investigations"),
        dash("Some investigations are poorly supervised"),
        Paragraph("Next steps", H1),
        Paragraph("Within eight weeks of this report's publication, the force should tell us how it "
                  "intends to address the cause of concern and the recommendations.", BODY),
    ]
    pdf(HERE / name, [page1, page2, page3])
    investigating = "Investigating reports of abuse, neglect and exploitation of children"
    assessing = "Assessing risk to children and making appropriate referrals"
    recs = [(2 if i < 2 else 3, text, LEAD_IN_1, "Within six months") for i, (_, text) in enumerate(RECS_1)]
    recs += [(3, text, LEAD_IN_2, "By 31 March 2026") for _, text in RECS_2]
    gold(name, {
        "grades": [
            {"page": 1, "force": STAFFORDSHIRE, "framework": CP, "area": "Child protection leadership",
             "area_raw": "Leadership and management", "grade": "Good", "as_of": "2025-06"},
            {"page": 1, "force": STAFFORDSHIRE, "framework": CP, "area": "Working with safeguarding partners",
             "area_raw": "Working with safeguarding partners", "grade": "Good", "as_of": "2025-06"},
            {"page": 1, "force": STAFFORDSHIRE, "framework": CP, "area": assessing, "area_raw": assessing,
             "grade": "Requires improvement", "as_of": "2025-06"},
            {"page": 2, "force": STAFFORDSHIRE, "framework": CP, "area": investigating, "area_raw": investigating,
             "grade": "Inadequate", "as_of": "2025-06"},
        ],
        "areas_for_improvement": [{"page": 1, "force": STAFFORDSHIRE, "area": assessing, "text": AFI,
                                   "detail": "\n\n".join(AFI_DETAIL)}],
        "causes_of_concern": [{"page": 2, "force": STAFFORDSHIRE, "area": investigating, "text": CAUSE,
                               "detail": "\n\n".join(CAUSE_DETAIL)}],
        "recommendations": [{"page": page, "force": STAFFORDSHIRE, "cause_of_concern_text": CAUSE, "text": text,
                             "timescale": timescale, "lead_in": lead_in} for page, text, lead_in, timescale in recs],
        "findings": [
            {"page": 1, "force": STAFFORDSHIRE, "area": "Working with safeguarding partners",
             "kind": "promising_practice",
             "text": "The force funds a youth worker in each local policing area to support children at risk of exploitation."},
            {"page": 3, "force": STAFFORDSHIRE, "area": investigating, "kind": "main_finding",
             "text": "Specialist officers carry out good investigations"},
            {"page": 3, "force": STAFFORDSHIRE, "area": investigating, "kind": "main_finding",
             "text": "Some investigations are poorly supervised"},
        ],
    })


# --- Force response, West Yorkshire Police (DOCX) -------------------------------

WEST_YORKSHIRE = "West Yorkshire Police"
RESPONSE_ROWS = [  # ref, area as printed, canonical area, text, response, owner, target, status
    ("CoC 1", "Protecting vulnerable people", "Protecting vulnerable people",
     "The force does not always identify and respond to risk in domestic abuse cases",
     "A domestic abuse improvement board now meets monthly.", "ACC Crime", "", "Open"),
    ("Rec 1.1", "", None,
     "Within three months, the force should make sure that risk assessments are reviewed by a supervisor",
     "Supervisor review is mandatory on the records system.", "Supt Safeguarding", "30/09/2025", "Complete"),
    ("Rec 1.2", "", None,
     "By 31 December 2025, the force should train all response officers in domestic abuse risk assessment",
     "82 percent of response officers trained so far.", "Head of Learning", "31/12/2025", "On track"),
    ("AFI 1", "Investigating crime", "Investigating crime",
     "The force should make sure it completes a victim needs assessment when appropriate",
     "Needs assessments are now checked at each supervisor review.", "Det Supt", "31/03/2026", "On track"),
    ("AFI 2", "Responding to the public", "Responding to the public",
     "The force needs to answer non-emergency calls more quickly",
     "Additional call handlers recruited; online reporting expanded.", "Head of Contact", "31/03/2026", "Ongoing"),
    ("AFI 3", "Leadership and force management", "Leadership and force management",
     "The force should better understand the demand it faces",
     "A demand modelling team is in place.", "Director of Strategy", "30/06/2026", "Ongoing"),
]


def west_yorkshire() -> None:
    name = "response-west-yorkshire.docx"
    document = Document()
    document.core_properties.title = "Force response"
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(10)
    document.add_heading("West Yorkshire Police: response to HMICFRS PEEL 2023-25 recommendations and areas for improvement", 1)
    document.add_paragraph("This table sets out the force's response to each cause of concern, recommendation "
                           "and area for improvement in the inspection report.")
    header = ("Ref", "Area", "Recommendation or AFI", "Response", "Owner", "Target date", "Status")
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        cell.paragraphs[0].add_run(text).bold = True
    for ref, area_raw, _, text, response, owner, target, status in RESPONSE_ROWS:
        cells = table.add_row().cells
        for cell, value in zip(cells, (ref, area_raw, text, response, owner, target, status)):
            cell.paragraphs[0].add_run(value)
    buffer = io.BytesIO()
    document.save(buffer)
    (HERE / name).write_bytes(_fixed_zip(buffer.getvalue()))
    cause = RESPONSE_ROWS[0]
    gold(name, {
        "grades": [],
        "areas_for_improvement": [{"page": None, "force": WEST_YORKSHIRE, "area": area, "text": text, "detail": None}
                                  for ref, _, area, text, *_ in RESPONSE_ROWS if ref.startswith("AFI")],
        "causes_of_concern": [{"page": None, "force": WEST_YORKSHIRE, "area": cause[2], "text": cause[3],
                               "detail": None}],
        "recommendations": [{"page": None, "force": WEST_YORKSHIRE, "cause_of_concern_text": cause[3], "text": text,
                             "timescale": timescale, "lead_in": None}
                            for (ref, _, _, text, *_), timescale in zip(RESPONSE_ROWS[1:3],
                                                                        ("Within three months", "By 31 December 2025"))],
        "findings": [],
    })


def _fixed_zip(data: bytes) -> bytes:
    """The same DOCX with fixed timestamps, so regenerating gives the same bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _fixed_core(body)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, body)
    return out.getvalue()


def _fixed_core(xml: bytes) -> bytes:
    return re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-01-01T00:00:00Z", xml)


if __name__ == "__main__":
    northumbria()
    staffordshire()
    west_yorkshire()
