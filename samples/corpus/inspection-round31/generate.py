"""Inspection blind round 31 (issue 3): Word documents and their PDFs that quote a PEEL inspection's
grades in their authors' own forms (PCC annual report, police and crime panel report, force annual
report, section 55 response, PCC newsletter, joint audit committee paper, force board paper).

    .venv/bin/python samples/corpus/inspection-round31/generate.py [FILE ...]

Builds the documents named (or all) into this folder and their gold into gold/<file>.json. Needs
`soffice` for the two PDFs saved from Word (office_pdf.docx_to_pdf). Deterministic: reportlab invariant
mode, fixed Word core properties and zip times, office_pdf's fixed PDF dates.

Names, figures, grades and wording are invented. Gold is written by hand beside the text it describes;
a PDF record's page is the page whose text holds its phrase (found with pdfplumber after the section's
anchor, and checked against `scrutiny inspect`).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from datetime import datetime
from io import BytesIO
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # samples/corpus: inspection_render, office_pdf
sys.path.insert(0, str(HERE.parent.parent))  # samples: generator

from generator.docx_render import render_docx  # noqa: E402
from generator.model import Bullets, Heading, Merge, Numbered, PageBreak, Para, Table, bullets, cell  # noqa: E402
from inspection_render import fixed_zip_times, render_pdf, shade_docx  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

WHEN = datetime(2026, 4, 1, 9, 0, 0)
CHECKED = ("Written by hand in samples/corpus/inspection-round31/generate.py beside the text it describes, blind "
           "(no extractor code, extractor test or earlier round's generator read); PDF pages found from the PDF's "
           "own text after each section's anchor and checked against `scrutiny inspect`.")

# Grade words as authors colour them in running text (darker than the table fills, to stay legible).
TEXT_COLOUR = {
    "Outstanding": "#1b5e20",
    "Good": "#2e7d32",
    "Adequate": "#a07800",
    "Requires improvement": "#d35400",
    "Inadequate": "#c62828",
}
# Lighter tints for the infographic tiles.
TILE_FILL = {
    "Outstanding": "#cfe8d6",
    "Good": "#e2f0d4",
    "Adequate": "#fcf0c8",
    "Requires improvement": "#fde0c4",
    "Inadequate": "#f6cdd3",
}
RAG_FILL = {"Green": "#8fd19e", "Amber": "#ffd27f", "Red": "#f08080"}

PEEL_2023 = "PEEL 2023-25"
PEEL_2021 = "PEEL 2021/22"


def grade(force: str, framework: str, area: str, area_raw: str, grade_word: str, as_of: str | None,
          page: int | None = None) -> dict:
    return {"page": page, "force": force, "framework": framework, "area": area, "area_raw": area_raw,
            "grade": grade_word, "as_of": as_of}


def document(title: str, force: str | None, file_type: str, pages: int | None = None) -> dict:
    record = {"page": None, "status": "ok", "file_type": file_type, "title": title, "force": force}
    if pages is not None:
        record["pages"] = pages
    return record


def docx(blocks: list, title: str, author: str, fills: dict | None = None) -> bytes:
    data = render_docx(blocks, title=title, author=author, when=WHEN)
    return shade_docx(data, fills) if fills else fixed_zip_times(data)


def word_pdf(blocks: list, title: str, author: str, fills: dict | None = None) -> bytes:
    return docx_to_pdf(docx(blocks, title, author, fills))


def page_texts(pdf: bytes) -> list[str]:
    with pdfplumber.open(BytesIO(pdf)) as opened:
        return [re.sub(r"\s+", " ", page.extract_text() or "") for page in opened.pages]


def set_pages(pdf: bytes, records: dict, anchors: dict[str, str]) -> None:
    """Give each PDF record the first page, from its section's anchor on, whose text holds the first two
    words of its area_raw or text; the documents record gets the page count."""
    texts = page_texts(pdf)
    joined = ""
    starts = []
    for text in texts:
        starts.append(len(joined))
        joined += text + " "

    def page_at(offset: int) -> int:
        return max(i for i, start in enumerate(starts) if start <= offset) + 1

    for kind, items in records.items():
        if kind == "documents":
            for item in items:
                item["pages"] = len(texts)
            continue
        if not items:
            continue
        anchor = joined.find(anchors[kind])
        if anchor < 0:
            raise SystemExit(f"anchor {anchors[kind]!r} not found")
        for item in items:
            # Two words of the label: a label wraps inside a narrow tile, and tiles side by side interleave.
            phrase = " ".join((item.get("area_raw") or item["text"]).split()[:2])
            found = joined.find(phrase, anchor)
            if found < 0:
                raise SystemExit(f"{phrase!r} not found after {anchors[kind]!r}")
            item["page"] = page_at(found)


# --- 1. PCC annual report (Word): one grade per line, area – grade, the grade word bold and coloured ---

BEDS = "Bedfordshire Police"
BEDS_GRADES = [
    ("Police powers and public treatment", "Police powers and public treatment", "Good"),
    ("Preventing crime", "Preventing crime", "Good"),
    ("Responding to the public", "Responding to the public", "Adequate"),
    ("Investigating crime", "Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Protecting vulnerable people", "Adequate"),
    ("Managing offenders", "Managing offenders", "Good"),
    ("Developing a positive workplace", "Developing a positive workplace", "Adequate"),
    ("Leadership and force management", "Leadership and force management", "Good"),
]


def bedfordshire() -> tuple[bytes, dict]:
    title = "Police and Crime Commissioner for Bedfordshire: Annual Report 2025/26"
    blocks = [
        Para("**Office of the Police and Crime Commissioner for Bedfordshire**"),
        Heading(title, 1),
        Para("Published June 2026"),
        Heading("Foreword from the Commissioner", 2),
        Para("This is my annual report for the year from April 2025 to March 2026, the second year of my Police "
             "and Crime Plan. It sets out what the force and my office have delivered for the people of Luton, "
             "Bedford and Central Bedfordshire, and where there is still more to do."),
        Para("When HMICFRS last inspected the force, in 2022, it judged Bedfordshire Police inadequate at "
             "responding to the public. Call handling has been my first priority since then, and this year's "
             "inspection shows how far the force has come, although investigations still need work."),
        Heading("Performance against the Police and Crime Plan", 2),
        Para("The table shows the position at the end of March 2026 against the measures in the plan. The RAG "
             "rating is my office's own assessment of progress."),
        Table(rows=(
            (cell("**Priority**"), cell("**Measure**"), cell("**2024/25**"), cell("**2025/26**"), cell("**RAG**")),
            (cell("Fighting crime"), cell("Neighbourhood crime (offences)"), cell("9,812"), cell("9,104"),
             cell("Green")),
            (cell("Fighting crime"), cell("Charge rate, all crime"), cell("7.9%"), cell("8.4%"), cell("Amber")),
            (cell("Protecting people"), cell("Domestic abuse arrests"), cell("2,915"), cell("3,240"),
             cell("Green")),
            (cell("Responding to the public"), cell("999 calls answered within 10 seconds"), cell("71%"),
             cell("88%"), cell("Green")),
            (cell("Responding to the public"), cell("101 calls abandoned"), cell("24%"), cell("19%"),
             cell("Amber")),
            (cell("Victims first"), cell("Victims satisfied with the whole experience"), cell("68%"),
             cell("64%"), cell("Red")),
        ), widths=(2.2, 3.8, 1.2, 1.2, 1.0), header_rows=1),
        Heading("How the inspectorate rated Bedfordshire Police", 2),
        Para("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its "
             "PEEL 2023–25 inspection of Bedfordshire Police on 16 October 2025. The inspectorate graded the "
             "force in eight areas of policing:"),
        *[Para(f"{raw} – **{{{TEXT_COLOUR[g]}|{g}}}**") for _, raw, g in BEDS_GRADES],
        Para("The inspectorate also identified 11 areas for improvement and raised no cause of concern. I hold "
             "the Chief Constable to account for the force's improvement plan at my monthly Accountability "
             "Board, and the plan's progress is published on my website."),
        Heading("Other inspections and ratings", 2),
        Para("HM Inspectorate of Probation rated the Bedford Borough youth justice service good overall in its "
             "2025 inspection, and the Victim Care service I commission kept its Victim Support quality mark. "
             "The joint inspection of police custody by HMICFRS and HM Inspectorate of Prisons in 2024 was not "
             "graded; it made four recommendations, three of which the force has now completed."),
        Heading("My office's finances", 2),
        Para("The net revenue budget for 2025/26 was £152.6 million, of which £3.9 million funded my office and "
             "the services I commission. The outturn was an underspend of £0.4 million, which has been moved "
             "to the change reserve."),
    ]
    fills = {0: {(r, 4): RAG_FILL[row] for r, row in enumerate(["Green", "Amber", "Green", "Green", "Amber", "Red"],
                                                                  start=1)}}
    data = docx(blocks, title, "OPCC Bedfordshire", fills)
    records = {
        "documents": [document(title, BEDS, "docx")],
        "grades": [grade(BEDS, PEEL_2023, area, raw, g, "2025-10") for area, raw, g in BEDS_GRADES],
        "areas_for_improvement": [],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return data, records


# --- 2. Police and crime panel report (Word saved as PDF): a borderless two-column table, grade bold and
# coloured; AFIs under bold area labels ---

CAMBS = "Cambridgeshire Constabulary"
CAMBS_GRADES = [
    ("Police powers and public treatment", "Police powers and public treatment", "Adequate"),
    ("Preventing crime", "Preventing crime", "Good"),
    ("Responding to the public", "Responding to the public", "Requires improvement"),
    ("Investigating crime", "Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Protecting vulnerable people", "Requires improvement"),
    ("Managing offenders", "Managing offenders", "Good"),
    ("Developing a positive workplace", "Developing a positive workplace", "Adequate"),
    ("Leadership and force management", "Leadership and force management", "Adequate"),
]
CAMBS_AFIS = [
    ("Responding to the public", "The constabulary should make sure that it answers non-emergency calls promptly "
                                 "and that callers who abandon a call are contacted again where there is a risk."),
    ("Protecting vulnerable people", "The constabulary should make sure that officers complete a risk assessment "
                                     "at every domestic abuse incident and that supervisors review it."),
    ("Developing a positive workplace", "The constabulary should improve how it understands and supports the "
                                        "wellbeing of its detectives and call handlers."),
]


def cambridgeshire() -> tuple[bytes, dict]:
    title = "HMICFRS PEEL inspection of Cambridgeshire Constabulary"
    grade_rows = tuple((cell(raw), cell(f"**{{{TEXT_COLOUR[g]}|{g}}}**")) for _, raw, g in CAMBS_GRADES)
    blocks = [
        Para("**Cambridgeshire and Peterborough Police and Crime Panel**"),
        Para("Date: 18 March 2026"),
        Para("Agenda item: 7"),
        Para("Report of: the Police and Crime Commissioner"),
        Heading(title, 1),
        Heading("1. Purpose", 2),
        Para("1.1 This report informs the Panel of the findings of the PEEL 2023–25 inspection of Cambridgeshire "
             "Constabulary and of how the Commissioner is holding the Chief Constable to account for the "
             "improvements the inspectorate asked for."),
        Heading("2. Background", 2),
        Para("2.1 His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) assesses every "
             "force in England and Wales through its PEEL programme. The report on Cambridgeshire Constabulary "
             "was published on 4 February 2026."),
        Para("2.2 At the last inspection, in 2022, the inspectorate judged the constabulary good at preventing "
             "crime and adequate at responding to the public."),
        Heading("3. Grades awarded", 2),
        Para("3.1 The inspectorate graded the constabulary as follows."),
        Table(rows=grade_rows, widths=(4.0, 2.0), bordered=False),
        Para("3.2 The Commissioner's section 55 response was published on 1 April 2026 and is available on the "
             "Commissioner's website."),
        Heading("4. Areas for improvement", 2),
        Para("4.1 The inspectorate identified nine areas for improvement and no causes of concern. The three "
             "that the Commissioner has asked to be reported to the Panel are:"),
        *[block for area, text in CAMBS_AFIS for block in (Para(f"**{area}**"), bullets(f"- {text}"))],
        Heading("5. Performance against the Police and Crime Plan", 2),
        Table(rows=(
            (cell("**Measure**"), cell("**Target**"), cell("**Position at January 2026**"), cell("**RAG**")),
            (cell("999 calls answered within 10 seconds"), cell("90%"), cell("86%"), cell("Amber")),
            (cell("Average time to answer 101 calls"), cell("Under 5 minutes"), cell("9 minutes 40 seconds"),
             cell("Red")),
            (cell("Residential burglary positive outcomes"), cell("8%"), cell("9.1%"), cell("Green")),
        ), widths=(3.5, 1.5, 2.0, 1.0), header_rows=1),
        Heading("6. Recommendation", 2),
        Para("6.1 The Panel is recommended to note the report."),
        Para("Source documents: HMICFRS PEEL 2023–25 report on Cambridgeshire Constabulary (February 2026)."),
    ]
    fills = {1: {(1, 3): RAG_FILL["Amber"], (2, 3): RAG_FILL["Red"], (3, 3): RAG_FILL["Green"]}}
    data = word_pdf(blocks, title, "OPCC Cambridgeshire and Peterborough", fills)
    records = {
        "documents": [document(title, CAMBS, "pdf")],
        "grades": [grade(CAMBS, PEEL_2023, area, raw, g, "2026-02") for area, raw, g in CAMBS_GRADES],
        "areas_for_improvement": [{"page": None, "force": CAMBS, "area": area, "text": text, "detail": None}
                                  for area, text in CAMBS_AFIS],
        "causes_of_concern": [],
        "recommendations": [],
    }
    set_pages(data, records, {"grades": "3. Grades awarded", "areas_for_improvement": "4. Areas for improvement"})
    return data, records


# --- 3. Force annual report (reportlab): an infographic row of tiles, grade word over the area name ---

NORTHANTS = "Northamptonshire Police"
NORTHANTS_GRADES = [
    ("Police powers and public treatment", "Police powers & public treatment", "Good"),
    ("Preventing crime", "Preventing crime", "Outstanding"),
    ("Responding to the public", "Responding to the public", "Good"),
    ("Investigating crime", "Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Protecting vulnerable people", "Good"),
    ("Managing offenders", "Managing offenders & suspects", "Adequate"),
    ("Developing a positive workplace", "Developing a positive workplace", "Requires improvement"),
    ("Leadership and force management", "Leadership & force management", "Good"),
]


def tiles(items: list[tuple[str, str]], fills: list[str]) -> tuple[Table, dict[tuple[int, int], str]]:
    """Four tiles a row, the big word over its label, each tile filled; a blank column between tiles."""
    rows, fill_cells = [], {}
    for start in range(0, len(items), 4):
        row = []
        for offset, (big, label) in enumerate(items[start:start + 4]):
            if offset:
                row.append(cell(""))
            row.append((Para(f"**{big}**", align="center", size=13), Para(label, align="center")))
            fill_cells[(start // 4, offset * 2)] = fills[start + offset]
        rows.append(tuple(row))
    return Table(rows=tuple(rows), widths=(3, 0.3, 3, 0.3, 3, 0.3, 3), bordered=False), fill_cells


def northamptonshire() -> tuple[bytes, dict]:
    title = "Northamptonshire Police Annual Report 2025"
    numbers = [("148,902", "999 calls answered"), ("91%", "answered within 10 seconds"),
               ("2,417", "officers at year end"), ("6.2%", "fall in neighbourhood crime")]
    numbers_table, numbers_fills = tiles(numbers, ["#e8eef4"] * 4)
    grades_table, grades_fills = tiles([(g, raw) for _, raw, g in NORTHANTS_GRADES],
                                       [TILE_FILL[g] for _, _, g in NORTHANTS_GRADES])
    blocks = [
        Para("**Northamptonshire Police**"),
        Heading(title, 1),
        Para("January to December 2025"),
        Heading("Chief Constable's introduction", 2),
        Para("Welcome to our annual report. 2025 was a year in which we answered more emergency calls than ever "
             "before, opened two new neighbourhood bases and recruited our largest intake of detectives. It was "
             "also the year of our PEEL inspection, and I am proud of what the inspectors found."),
        Para("Back in 2022 the inspectorate told us we required improvement at investigating crime. We have "
             "rebuilt our investigation hubs since then, and we know there is more to do."),
        Heading("Our year in numbers", 2),
        numbers_table,
        Heading("Our PEEL inspection at a glance", 2),
        Para("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services published its PEEL 2023–25 "
             "report on Northamptonshire Police in July 2025. These are the grades it gave us."),
        grades_table,
        Para("The inspectors also highlighted our Early Intervention Hub as promising practice. They made eight "
             "areas for improvement, which are tracked by our Force Improvement Board and reported to the "
             "Police, Fire and Crime Commissioner."),
        PageBreak(),
        Heading("Delivering the Police, Fire and Crime Plan", 2),
        Para("Each priority of the plan is rated by the Commissioner's office each quarter. The ratings at "
             "December 2025 were:"),
        Table(rows=(
            (cell("**Priority**"), cell("**Rating**"), cell("**Comment**")),
            (cell("Prevention that keeps Northamptonshire safe"), cell("Green"),
             cell("Neighbourhood crime down 6.2% on 2024.")),
            (cell("Effective and efficient response"), cell("Green"),
             cell("Emergency response times within target in every district.")),
            (cell("Protect and support those who are vulnerable"), cell("Amber"),
             cell("Domestic abuse repeat victimisation above the 2024 level.")),
            (cell("Bringing offenders to justice"), cell("Amber"),
             cell("Charge rate improved but still below the most similar group average.")),
        ), widths=(3.0, 1.0, 4.0), header_rows=1),
        Heading("Our people", 2),
        Para("We ended the year with 2,417 officers, 1,188 staff and 212 special constables. Sickness absence "
             "fell to 4.1%, and our staff survey response rate rose to 58%."),
        Heading("Looking ahead to 2026", 2),
        bullets("""
- Open the new custody suite at Brackmills in the spring.
- Roll out the new crime recording system to every team.
- Complete the actions in our workforce wellbeing plan.
"""),
    ]
    fills = {0: numbers_fills, 1: grades_fills,
             2: {(1, 1): RAG_FILL["Green"], (2, 1): RAG_FILL["Green"], (3, 1): RAG_FILL["Amber"],
                 (4, 1): RAG_FILL["Amber"]}}
    data = render_pdf(blocks, fills, title)
    records = {
        "documents": [document(title, NORTHANTS, "pdf")],
        "grades": [grade(NORTHANTS, PEEL_2023, area, raw, g, "2025-07") for area, raw, g in NORTHANTS_GRADES],
        "areas_for_improvement": [],
        "causes_of_concern": [],
        "recommendations": [],
    }
    set_pages(data, records, {"grades": "Our PEEL inspection at a glance"})
    return data, records


# --- 4. Section 55 response (Word): a numbered list "Area: grade"; the cause of concern, its
# recommendations and AFIs quoted with the force's response ---

LINCS = "Lincolnshire Police"
LINCS_GRADES = [
    ("Police powers and public treatment", "Police powers and public treatment", "Adequate", "adequate"),
    ("Preventing crime", "Preventing crime", "Good", "good"),
    ("Responding to the public", "Responding to the public", "Adequate", "adequate"),
    ("Investigating crime", "Investigating crime", "Requires improvement", "requires improvement"),
    ("Protecting vulnerable people", "Protecting vulnerable people", "Adequate", "adequate"),
    ("Managing offenders", "Managing offenders", "Adequate", "adequate"),
    ("Developing a positive workplace", "Developing a positive workplace", "Good", "good"),
    ("Leadership and force management", "Leadership and force management", "Requires improvement",
     "requires improvement"),
]
LINCS_COC = ("Lincolnshire Police isn't making sure that investigations are allocated promptly to investigators "
             "with the right skills, or that they are supervised effectively.")
LINCS_LEAD_IN = "Within six months, Lincolnshire Police should:"
LINCS_RECS = [
    "make sure that it allocates investigations to officers and staff with the right skills and experience, in "
    "line with its crime allocation policy",
    "make sure that supervisors review investigations regularly and record clear direction for the investigator",
]
LINCS_AFIS = [
    ("Responding to the public", "The force should make sure that it identifies repeat and vulnerable callers "
                                 "when it first takes their call."),
    ("Protecting vulnerable people", "The force should make sure it applies for domestic violence protection "
                                     "orders in every case where one would protect the victim."),
    ("Leadership and force management", "The force should improve its understanding of the demand it faces so "
                                        "that it can plan its workforce for the next three years."),
]


def lincolnshire() -> tuple[bytes, dict]:
    title = "Section 55 response: HMICFRS PEEL 2023–25 inspection of Lincolnshire Police"
    blocks = [
        Para("**Police and Crime Commissioner for Lincolnshire**"),
        Heading(title, 1),
        Para("Published: 2 December 2025"),
        Heading("Introduction", 2),
        Para("Section 55 of the Police Act 1996 requires a police and crime commissioner to publish comments on "
             "any HMICFRS report on their force within 56 days of its publication. This is my response to the "
             "PEEL 2023–25 report on Lincolnshire Police, which the inspectorate published on 8 October 2025."),
        Heading("The inspectorate's judgments", 2),
        Para("The inspectorate graded the force in eight areas:"),
        Numbered(tuple(f"{raw}: {printed}" for _, raw, _, printed in LINCS_GRADES)),
        Para("I welcome the force's good grades for preventing crime and for developing a positive workplace. "
             "In 2022 the force was graded adequate at investigating crime, and I am disappointed that this "
             "area has fallen back."),
        Heading("Cause of concern: investigating crime", 2),
        Para(f"**{LINCS_COC}**"),
        Para("**Recommendations**"),
        Para(LINCS_LEAD_IN),
        bullets("\n".join(f"- {text}" for text in LINCS_RECS)),
        Para("**Commissioner's comments:** I have asked the Chief Constable to report progress on both "
             "recommendations to each meeting of my Strategic Governance Board until they are closed. The "
             "force has already moved 40 investigators into its crime allocation hub."),
        Heading("Areas for improvement", 2),
        Para("The inspectorate made seven areas for improvement. The force's response to three of them is set "
             "out below; the others are covered in the force improvement plan."),
        Table(rows=(
            (cell("**Area**"), cell("**Area for improvement**"), cell("**Chief Constable's response**")),
            (cell(LINCS_AFIS[0][0]), cell(LINCS_AFIS[0][1]),
             cell("A vulnerability flag is now set by the call handler in the first minute of every call.")),
            (cell(LINCS_AFIS[1][0]), cell(LINCS_AFIS[1][1]),
             cell("A dedicated protection orders team started in November 2025.")),
            (cell(LINCS_AFIS[2][0]), cell(LINCS_AFIS[2][1]),
             cell("The force management statement for 2026 includes a three-year workforce plan.")),
        ), widths=(2.0, 3.5, 3.5), header_rows=1),
        Heading("Conclusion", 2),
        Para("I will publish the force's progress against this report on my website every quarter. Members of "
             "the public can follow the Strategic Governance Board, which is streamed live."),
        Para("Rebecca Ashworth, Police and Crime Commissioner for Lincolnshire"),
    ]
    data = docx(blocks, title, "OPCC Lincolnshire")
    coc_area = "Investigating crime"
    records = {
        "documents": [document(title, LINCS, "docx")],
        "grades": [grade(LINCS, PEEL_2023, area, raw, g, "2025-10") for area, raw, g, _ in LINCS_GRADES],
        "causes_of_concern": [{"page": None, "force": LINCS, "area": coc_area, "text": LINCS_COC,
                               "detail": None}],
        "recommendations": [{"page": None, "force": LINCS, "text": text, "timescale": "Within six months",
                             "lead_in": LINCS_LEAD_IN, "cause_of_concern_text": LINCS_COC}
                            for text in LINCS_RECS],
        "areas_for_improvement": [{"page": None, "force": LINCS, "area": area, "text": text, "detail": None}
                                  for area, text in LINCS_AFIS],
    }
    return data, records


# --- 5. PCC newsletter saved as PDF (reportlab): a sentence per grade listing its areas; fire service
# grades beside them ---

STAFFS = "Staffordshire Police"
STAFFS_GRADES = [
    ("Good", [("Preventing crime", "preventing crime"), ("Managing offenders", "managing offenders"),
              ("Police powers and public treatment", "police powers and public treatment")]),
    ("Adequate", [("Investigating crime", "investigating crime"),
                  ("Protecting vulnerable people", "protecting vulnerable people"),
                  ("Leadership and force management", "leadership and force management")]),
    ("Requires improvement", [("Responding to the public", "responding to the public"),
                              ("Developing a positive workplace", "developing a positive workplace")]),
]


def listed(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1]


def staffordshire() -> tuple[bytes, dict]:
    title = "Community newsletter: February 2026"
    blocks = [
        Para("**Staffordshire Commissioner – Police, Fire and Rescue and Crime**"),
        Heading(title, 1),
        Heading("Message from the Commissioner", 2),
        Para("Welcome to the February edition of my newsletter. This month I want to tell you what the "
             "inspectors found when they looked at Staffordshire Police, what the fire service's inspection "
             "said, and how you can have your say on next year's policing budget."),
        Heading("What the inspectors found", 2),
        Para("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its PEEL "
             "2023–25 report on Staffordshire Police on 22 January 2026. The inspectors look at how well the "
             "force does in eight areas of policing."),
        *[Para(f"**Rated {g.lower()}:** {listed([raw for _, raw in areas])}.") for g, areas in STAFFS_GRADES],
        Para("That is real progress. In 2022 the inspectors found the force inadequate at responding to the "
             "public, and it was placed in the inspectorate's enhanced monitoring for almost a year. The force "
             "now answers nine in ten emergency calls within ten seconds."),
        Para("The report makes six areas for improvement. I will be checking the force's progress on each of "
             "them at my public Accountability Meetings."),
        Heading("Staffordshire Fire and Rescue Service", 2),
        Para("The inspectorate's third inspection of the fire and rescue service was published in November 2025. "
             "It judged the service good at understanding fire and risk and at responding to fires and "
             "emergencies, and adequate at promoting the right values and culture."),
        Heading("Have your say on the 2026/27 budget", 2),
        Para("My survey on the policing part of the council tax closes on 20 February. Last year 2,614 people "
             "took part and 63% supported an increase to fund more neighbourhood officers."),
        Heading("Funding for your community", 2),
        bullets("""
- £42,000 from the Safer Streets Fund for lighting and CCTV in Hanley town centre.
- £18,500 for a youth boxing project in Burton upon Trent.
- £9,000 for Neighbourhood Watch schemes across Stafford borough.
"""),
        Heading("Out and about", 2),
        Para("In January I joined the rural crime team on a night patrol in the Moorlands, where farm "
             "machinery thefts have fallen by a third since the team started using tracking devices. I also "
             "visited the new victims' hub in Stoke-on-Trent, which now supports more than 900 victims a month, "
             "and met volunteers from the Street Pastors scheme in Newcastle-under-Lyme."),
        Para("Each month I hold a public Accountability Meeting with the Chief Constable and the Chief Fire "
             "Officer. The next one, on 12 March, will look at the force's plan to improve how quickly it "
             "answers non-emergency calls. You can watch it live or send in a question beforehand."),
        Heading("Beware of courier fraud", 2),
        Para("Fraudsters are again phoning older residents pretending to be police officers or bank staff and "
             "asking them to hand over cash or cards to a courier. The police and your bank will never ask you "
             "to do this. If you get a call like this, hang up, wait five minutes and call 101 from another "
             "phone."),
        Heading("Home fire safety checks", 2),
        Para("Staffordshire Fire and Rescue Service carried out 11,420 safe and well visits last year. If you or "
             "someone you care for would benefit from a free visit, call the service or book online."),
        Heading("Contact the Commissioner's office", 2),
        Para("Write to us, email us or call during office hours. Our Victim Gateway can be reached on a "
             "freephone number seven days a week."),
        Para("Find out more and sign up to this newsletter at the Commissioner's website."),
    ]
    data = render_pdf(blocks, {}, title)
    records = {
        "documents": [document(title, STAFFS, "pdf")],
        "grades": [grade(STAFFS, PEEL_2023, area, raw, g, "2026-01") for g, areas in STAFFS_GRADES
                   for area, raw in areas],
        "areas_for_improvement": [],
        "causes_of_concern": [],
        "recommendations": [],
    }
    set_pages(data, records, {"grades": "What the inspectors found"})
    return data, records


# --- 6. Joint audit committee paper (Word saved as PDF): the framework and publication date in a merged
# header row over Area | Grade ---

WMP = "West Midlands Police"
WMP_GRADES = [
    ("Police powers and public treatment", "Police powers and public treatment", "Good"),
    ("Preventing crime", "Preventing crime", "Adequate"),
    ("Responding to the public", "Responding to the public", "Requires improvement"),
    ("Investigating crime", "Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Protecting vulnerable people", "Adequate"),
    ("Managing offenders", "Managing offenders", "Good"),
    ("Developing a positive workplace", "Developing a positive workplace", "Good"),
    ("Leadership and force management", "Leadership and force management", "Adequate"),
]


def west_midlands() -> tuple[bytes, dict]:
    title = "HMICFRS inspection update"
    grade_table = Table(
        rows=((cell("**PEEL 2023–25 – report published 11 September 2025**"), cell("")),
              (cell("**Area of policing**"), cell("**Grade**")),
              *[(cell(raw), cell(g)) for _, raw, g in WMP_GRADES]),
        widths=(4.5, 2.5), header_rows=2, merges=(Merge(0, 0, 1, 2),))
    blocks = [
        Para("**Joint Audit Committee**"),
        Para("Date of meeting: 27 January 2026"),
        Para("Report of: Director of Strategy, West Midlands Police"),
        Heading(title, 1),
        Heading("1. Purpose of the report", 2),
        Para("1.1 To update the Committee on the force's inspection results, on progress against the "
             "inspectorate's recommendations and areas for improvement, and on inspections due in 2026."),
        Heading("2. PEEL 2023–25", 2),
        Para("2.1 Table 1 sets out the grades of the force's PEEL 2023–25 inspection. The previous PEEL "
             "inspection, in 2022, graded the force as requiring improvement at investigating crime and at "
             "responding to the public."),
        Para("Table 1: PEEL grades"),
        grade_table,
        Para("2.2 The inspection made no causes of concern and fourteen areas for improvement. Ten are now "
             "closed by the Force Executive Team; the remaining four are on track."),
        Heading("3. Other inspection activity", 2),
        Table(rows=(
            (cell("**Inspection**"), cell("**Type**"), cell("**Published**"), cell("**Open items**"),
             cell("**Status**")),
            (cell("Police response to serious youth violence"), cell("Thematic (not graded)"),
             cell("June 2025"), cell("3 recommendations"), cell("On track")),
            (cell("Joint inspection of custody (with HMI Prisons)"), cell("Joint (not graded)"),
             cell("March 2025"), cell("2 recommendations"), cell("Outstanding")),
            (cell("Vetting and counter-corruption"), cell("Thematic (not graded)"), cell("May 2024"),
             cell("1 recommendation"), cell("Complete")),
        ), widths=(3.5, 2.0, 1.5, 2.0, 1.5), header_rows=1),
        Heading("4. Internal audit", 2),
        Para("4.1 Internal audit's review of the force's inspection tracking process, reported to the "
             "Committee in October 2025, gave a reasonable assurance opinion with two medium-priority "
             "recommendations, both since implemented."),
        Heading("5. Inspections expected in 2026", 2),
        bullets("""
- PEEL 2025–27: fieldwork expected in the autumn.
- National child protection inspection: notification expected in the first half of the year.
- Crime data integrity: the inspectorate's thematic sample in March.
"""),
        Heading("6. Recommendation", 2),
        Para("6.1 The Committee is asked to note the report."),
    ]
    data = word_pdf(blocks, title, "West Midlands Police")
    records = {
        "documents": [document(title, WMP, "pdf")],
        "grades": [grade(WMP, PEEL_2023, area, raw, g, "2025-09") for area, raw, g in WMP_GRADES],
        "areas_for_improvement": [],
        "causes_of_concern": [],
        "recommendations": [],
    }
    set_pages(data, records, {"grades": "Table 1: PEEL grades"})
    return data, records


# --- 7. Force board paper (Word): last and current grade side by side, as abbreviations with a key ---

CHESHIRE = "Cheshire Constabulary"
ABBREVIATION = {"O": "Outstanding", "G": "Good", "A": "Adequate", "RI": "Requires improvement", "I": "Inadequate"}
CHESHIRE_ROWS = [  # (area, area_raw, 2022, 2025, direction)
    ("Police powers and public treatment", "Police powers and public treatment", "G", "G", "→"),
    ("Preventing crime", "Preventing crime", "A", "G", "↑"),
    ("Responding to the public", "Responding to the public", "RI", "A", "↑"),
    ("Investigating crime", "Investigating crime", "A", "A", "→"),
    ("Protecting vulnerable people", "Protecting vulnerable people", "RI", "A", "↑"),
    ("Managing offenders", "Managing offenders", "G", "O", "↑"),
    ("Developing a positive workplace", "Developing a positive workplace", "A", "RI", "↓"),
    ("Leadership and force management", "Leadership and force management", "–", "G", "New area"),
    ("Good use of resources", "Good use of resources", "A", "–", "Not inspected"),
    ("Recording data about crime", "Recording data about crime", "G", "–", "Not inspected"),
]


def cheshire() -> tuple[bytes, dict]:
    title = "PEEL: where we were and where we are"
    blocks = [
        Para("OFFICIAL"),
        Para("**Cheshire Constabulary – Strategic Performance Board**"),
        Para("Date: 15 April 2026"),
        Para("Paper 4, presented by: Head of Corporate Services"),
        Heading(title, 1),
        Heading("Summary", 2),
        Para("This paper compares the grades of the force's two most recent PEEL inspections to show the Board "
             "where the force has improved and where it has slipped back. The PEEL 2021/22 report was "
             "published in June 2022; the PEEL 2023–25 report was published on 3 April 2025."),
        Heading("Grades compared", 2),
        Para("Key: O – Outstanding; G – Good; A – Adequate; RI – Requires improvement; I – Inadequate; "
             "– = not graded in that inspection."),
        Table(rows=(
            (cell("**Area of policing**"), cell("**2022**"), cell("**2025**"), cell("**Direction**")),
            *[(cell(raw), cell(before), cell(now), cell(direction)) for _, raw, before, now, direction in CHESHIRE_ROWS],
        ), widths=(4.0, 1.2, 1.2, 1.6), header_rows=1),
        Para("The fall in developing a positive workplace is explained by the inspectorate's new framework, "
             "which looks more closely at wellbeing and at the force's culture; the force judged itself good in "
             "this area in its own self-assessment last year."),
        Heading("Performance against the force's priorities", 2),
        Table(rows=(
            (cell("**Priority**"), cell("**Q4 2025/26**"), cell("**RAG**")),
            (cell("Answering 999 calls within 10 seconds"), cell("92%"), cell("Green")),
            (cell("Attending emergencies within target"), cell("84%"), cell("Amber")),
            (cell("Victim satisfaction"), cell("71%"), cell("Amber")),
            (cell("Charge rate for rape offences"), cell("5.8%"), cell("Red")),
        ), widths=(4.5, 1.5, 1.0), header_rows=1),
        Heading("Decision required", 2),
        Para("The Board is asked to note the comparison and to agree that the Developing a Positive Workplace "
             "Steering Group reports to its July meeting."),
    ]
    fills = {1: {(1, 2): RAG_FILL["Green"], (2, 2): RAG_FILL["Amber"], (3, 2): RAG_FILL["Amber"],
                 (4, 2): RAG_FILL["Red"]}}
    data = docx(blocks, title, "Cheshire Constabulary", fills)
    grades = []
    for area, raw, before, now, _ in CHESHIRE_ROWS:
        if now in ABBREVIATION:
            grades.append(grade(CHESHIRE, PEEL_2023, area, raw, ABBREVIATION[now], "2025-04"))
        if before in ABBREVIATION:
            grades.append(grade(CHESHIRE, PEEL_2021, area, raw, ABBREVIATION[before], "2022-06"))
    records = {
        "documents": [document(title, CHESHIRE, "docx")],
        "grades": grades,
        "areas_for_improvement": [],
        "causes_of_concern": [],
        "recommendations": [],
    }
    return data, records


DOCUMENTS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "bedfordshire-pcc-annual-report-2025-26-r31.docx": bedfordshire,
    "cambridgeshire-pcp-peel-report-2026-03-18-r31.pdf": cambridgeshire,
    "northamptonshire-police-annual-report-2025-r31.pdf": northamptonshire,
    "lincolnshire-pcc-section-55-peel-response-r31.docx": lincolnshire,
    "staffordshire-commissioner-newsletter-2026-02-r31.pdf": staffordshire,
    "west-midlands-jac-hmicfrs-update-2026-01-27-r31.pdf": west_midlands,
    "cheshire-strategic-board-peel-compared-2026-04-15-r31.docx": cheshire,
}


def main(names: list[str]) -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    for name in names or list(DOCUMENTS):
        data, records = DOCUMENTS[name]()
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (gold_dir / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        print(name, len(data), "bytes", {kind: [r["page"] for r in items] for kind, items in records.items()})


if __name__ == "__main__":
    main(sys.argv[1:])
