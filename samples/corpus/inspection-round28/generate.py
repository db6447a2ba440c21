"""Inspection blind round 28 (issue 3): ordinary documents full of look-alikes.

Seven documents that hold a few real records (or none) among the things real
papers carry that look like records and are not: performance tables by area
with RAG cells and arrows, "Outstanding" meaning not done, internal audit
opinions, risk-register ratings, grade definitions, glossaries, contents
lists of areas, grades recalled in sentences, a force's self-assessment.

    .venv/bin/python samples/corpus/inspection-round28/generate.py [FILE ...]

Builds every document (or the ones named) and its gold in gold/. Needs
`soffice` for the two Word-made PDFs. Deterministic: reportlab invariant
mode, fixed zip times, office_pdf's pinned bytes.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent))

import pdfplumber  # noqa: E402

from generator.docx_render import render_docx  # noqa: E402
from generator.model import Bullets, Heading, Numbered, PageBreak, Para, Table, cell  # noqa: E402
from inspection_render import GRADE_FILL, render_pdf, shade_docx  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402

WHEN = datetime(2026, 4, 20, 9, 0, 0)
CHECKED = ("Written by hand in samples/corpus/inspection-round28/generate.py beside the text it describes, blind "
           "(no extractor code, extractor test or earlier round's generator read); PDF pages are the first page "
           "whose text holds the record's phrase, read against `scrutiny inspect`.")
RED, AMBER, GREEN = "#e06666", "#ffd966", "#93c47d"
BOX_FILL = "#e8eef4"
RAG = {"Red": RED, "Amber": AMBER, "Green": GREEN}
INSPECTION_TYPES = ("grades", "areas_for_improvement", "causes_of_concern", "recommendations", "findings")


def table(rows: list[list[str]], widths: tuple[float, ...], header_rows: int = 1) -> Table:
    return Table(tuple(tuple(cell(text) for text in row) for row in rows), widths, header_rows=header_rows)


def box(*content: str | Bullets) -> Table:
    """A one-cell shaded box, as reports print practice notes and AFIs."""
    return Table(((cell(*content),),), (1.0,))


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def page_of(pdf: bytes, phrase: str) -> int:
    """The first page whose text holds the phrase's opening (a table cell wraps after a few words)."""
    needle = words(phrase)[:24]
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for number, page in enumerate(document.pages, start=1):
            if needle in words(page.extract_text() or ""):
                return number
    raise ValueError(f"phrase not printed: {phrase!r}")


def grade_table(grades: list[tuple[str, str]], header: tuple[str, str] = ("Area of policing", "Grade")
                ) -> tuple[Table, dict[tuple[int, int], str]]:
    rows = [[f"**{header[0]}**", f"**{header[1]}**"]] + [[area, grade] for area, grade in grades]
    fills = {(r, 1): GRADE_FILL[grade] for r, (_, grade) in enumerate(grades, start=1)}
    return table(rows, (3, 2)), fills


class Doc:
    """A document's blocks, the fills of its tables and its gold records."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.blocks: list = []
        self.fills: dict[int, dict[tuple[int, int], str]] = {}
        self.records: dict[str, list[dict]] = {kind: [] for kind in INSPECTION_TYPES}
        self.phrases: list[tuple[dict, str]] = []  # (record, phrase that finds its page)

    def add(self, *blocks) -> None:
        self.blocks.extend(blocks)

    def add_table(self, block: Table, fills: dict[tuple[int, int], str] | None = None) -> None:
        if fills:
            self.fills[sum(isinstance(b, Table) for b in self.blocks)] = fills
        self.blocks.append(block)

    def add_box(self, block: Table) -> None:
        self.add_table(block, {(0, 0): BOX_FILL})

    def record(self, record_type: str, phrase: str, **fields) -> None:
        """A gold record; ``phrase`` finds its page in a PDF (a table row's reference where its text wraps)."""
        record = {"page": None, **fields}
        self.records[record_type].append(record)
        self.phrases.append((record, phrase))

    def gold(self, data: bytes, document: dict) -> dict:
        if self.name.endswith(".pdf"):
            for record, phrase in self.phrases:
                record["page"] = page_of(data, phrase)
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                document = {**document, "pages": len(pdf.pages)}
        file_type = self.name.rsplit(".", 1)[1]
        return {"source_file": self.name, "expect": "ok", "checked": CHECKED,
                "records": {"documents": [{"page": None, "file_type": file_type, "status": "ok", **document}],
                            **self.records}}

    def pdf(self, title: str) -> bytes:
        return render_pdf(self.blocks, self.fills, title)

    def docx(self, title: str, author: str) -> bytes:
        return shade_docx(render_docx(self.blocks, title, author, WHEN), self.fills)


# --- 1. Audit committee: internal audit progress report (reportlab) -----------------------------

def wiltshire_audit_committee() -> tuple[bytes, dict]:
    doc = Doc("wiltshire-jiac-internal-audit-progress-2026-03-r28.pdf")
    doc.add(
        Para("Wiltshire Police and Police and Crime Commissioner for Wiltshire and Swindon"),
        Para("Joint Independent Audit Committee – 18 March 2026 – Agenda item 7"),
        Heading("Internal Audit Progress Report 2025/26", 1),
        Para("Report of: Head of Internal Audit, Southern Internal Audit Partnership"),
        Para("Status: For information. Security classification: OFFICIAL."),
        Heading("1. Purpose", 2),
        Para("This report updates the committee on the delivery of the 2025/26 internal audit plan, the assurance "
             "opinions issued since the last meeting and the follow-up of agreed management actions. It also sets "
             "out, for context, the external inspection activity reported to the Chief Constable's Force "
             "Assurance Board."),
        Heading("2. Audit opinions issued since the last meeting", 2),
    )
    opinions = [("Payroll and expenses", "Reasonable assurance", "0", "2", "3"),
                ("Seized and found property", "Limited assurance", "2", "4", "1"),
                ("Fleet management", "Substantial assurance", "0", "0", "2"),
                ("Vetting and re-vetting", "Limited assurance", "1", "3", "0"),
                ("Firearms licensing", "Reasonable assurance", "0", "3", "2")]
    opinion_fill = {"Substantial assurance": GREEN, "Reasonable assurance": GREEN, "Limited assurance": AMBER}
    doc.add_table(table([["**Audit**", "**Opinion**", "**Priority 1**", "**Priority 2**", "**Priority 3**"]]
                        + [list(row) for row in opinions], (3, 2.4, 1, 1, 1)),
                  {(r, 1): opinion_fill[row[1]] for r, row in enumerate(opinions, start=1)})
    doc.add(
        Para("The seized and found property review found good practice in the use of barcoded bags at the "
             "Gablecross store, but the recording of disposals requires improvement at two of the four stores "
             "visited. Management have agreed all seven actions, and the two priority 1 actions are due by 30 "
             "June 2026."),
        Para("The vetting review gave limited assurance because 212 officers and staff were past their re-vetting "
             "date at the time of testing. The force has since cut this to 96."),
        Heading("3. Follow-up of agreed management actions", 2),
    )
    follow_up = [["**Audit year**", "**Actions agreed**", "**Implemented**", "**Outstanding**", "**Overdue**"],
                 ["2023/24", "31", "29", "2", "2"], ["2024/25", "44", "35", "9", "4"],
                 ["2025/26 (to date)", "27", "11", "16", "1"], ["**Total**", "**102**", "**75**", "**27**", "**7**"]]
    doc.add_table(table(follow_up, (2, 1.5, 1.5, 1.5, 1.5)), {(1, 4): AMBER, (2, 4): RED, (3, 4): GREEN})
    doc.add(
        Para("Outstanding actions: 27, of which 20 are not yet due. Overdue actions are reported to the Force "
             "Assurance Board each month; the committee asked at its last meeting for the two oldest to be "
             "explained, and the owners will attend in June."),
        Heading("4. External inspection activity (for context)", 2),
        Para("When HMICFRS last graded the force before its current programme, in the PEEL 2021/22 inspection, it "
             "graded it good at preventing crime and adequate at investigating crime. The PEEL 2023–25 report was "
             "published in May 2025. The force's improvement tracker holds 11 open areas for "
             "improvement and no causes of concern; the tracker itself is scrutinised by the Commissioner's "
             "Performance and Accountability Board and is not reproduced here."),
        Para("HMICFRS has told the force that the next PEEL fieldwork will take place in spring 2027."),
        Heading("5. Assurance opinions: definitions", 2),
    )
    doc.add_table(table([["**Opinion**", "**Definition**"],
                         ["Substantial", "A sound framework of internal control is in place and operating "
                                         "effectively. No risks to the achievement of objectives were found."],
                         ["Reasonable", "There is a generally sound system of governance, risk management and "
                                        "control in place. Some issues or non-compliance were found which may put "
                                        "the achievement of objectives at risk."],
                         ["Limited", "Significant gaps, weaknesses or non-compliance were found. Improvement is "
                                     "required to the system of governance, risk management and control."],
                         ["No", "Immediate action is required to address fundamental gaps, weaknesses or "
                                "non-compliance."]], (1, 4)))
    doc.add(
        Heading("6. Recommendation", 2),
        Para("The committee is recommended to note the progress made in delivering the 2025/26 internal audit "
             "plan and the status of agreed management actions."),
    )
    doc.add(
        Para("Resolved: That the report be noted."),
        PageBreak(),
        Heading("Appendix A: Delivery of the 2025/26 plan", 2),
    )
    plan = [("Payroll and expenses", "Q1", "Final report", "Reasonable"), ("Fleet management", "Q1", "Final report",
             "Substantial"), ("Seized and found property", "Q2", "Final report", "Limited"),
            ("Vetting and re-vetting", "Q2", "Final report", "Limited"), ("Firearms licensing", "Q3", "Final report",
             "Reasonable"), ("Core financial systems", "Q3", "Fieldwork", "–"),
            ("Crime data integrity", "Q4", "Planning", "–"), ("Stop and search governance", "Q4", "Deferred to 2026/27",
             "–"), ("Collaboration: regional organised crime unit", "Q4", "Planning", "–")]
    doc.add_table(table([["**Audit**", "**Quarter**", "**Status**", "**Opinion**"]] + [list(row) for row in plan],
                        (3.5, 1, 2, 1.5)))
    doc.add(
        Para("Seven of the 31 planned audits are complete, 9 are in fieldwork and 15 are planned. The stop and "
             "search governance audit has been deferred at the force's request because HMICFRS is inspecting the "
             "same area in its thematic programme."),
        Heading("Appendix B: Overdue management actions", 2),
    )
    overdue = [("2023/24 Procurement cards", "Monthly review of card statements by budget holders", "2",
                "Head of Finance", "31/03/2025", "30/06/2026", "Outstanding"),
               ("2023/24 Business continuity", "Test the plan for loss of the control room building", "1",
                "ACC Operations", "30/09/2025", "31/05/2026", "Outstanding"),
               ("2024/25 Overtime", "Report overtime by department to Chief Officer Group quarterly", "2",
                "Head of HR", "31/12/2025", "30/04/2026", "Outstanding"),
               ("2024/25 Information security", "Remove leavers' system access within one working day", "1",
                "Head of Digital", "31/10/2025", "31/03/2026", "In progress")]
    doc.add_table(table([["**Audit**", "**Agreed action**", "**Priority**", "**Owner**", "**Original date**",
                          "**Revised date**", "**Status**"]] + [list(row) for row in overdue],
                        (2, 3.2, 0.9, 1.4, 1.2, 1.2, 1.2)))
    doc.add(Para("Priority 1: a fundamental control weakness needing urgent management attention. Priority 2: an "
                 "important control weakness. Priority 3: good practice that would improve the control framework."))
    data = doc.pdf("Internal Audit Progress Report 2025/26")
    return data, doc.gold(data, {"title": "Internal Audit Progress Report 2025/26"})


# --- 2. PCC performance board paper with the PEEL grades (Word) ---------------------------------

GLOUCESTERSHIRE_GRADES = [("Police powers and public treatment", "Good"), ("Preventing crime", "Good"),
                          ("Responding to the public", "Requires improvement"), ("Investigating crime", "Adequate"),
                          ("Protecting vulnerable people", "Adequate"), ("Managing offenders", "Good"),
                          ("Developing a positive workplace", "Adequate"),
                          ("Leadership and force management", "Requires improvement")]


def gloucestershire_performance_board() -> tuple[bytes, dict]:
    doc = Doc("gloucestershire-pcc-performance-board-2026-02-10-r28.docx")
    force = "Gloucestershire Constabulary"
    doc.add(
        Para("Office of the Police and Crime Commissioner for Gloucestershire"),
        Para("Accountability and Performance Board – 10 February 2026"),
        Heading("Quarterly Performance Report: Quarter 3 2025/26", 1),
        Para("Author: Head of Performance and Analysis, Gloucestershire Constabulary"),
        Heading("Contents", 2),
        Numbered(("Crime and outcomes", "Responding to the public", "Investigating crime",
                  "Protecting vulnerable people", "HMICFRS PEEL update", "Actions from the last board")),
        Heading("1. Crime and outcomes", 2),
        Para("Table 1 shows recorded crime by local policing area for October to December 2025 against the same "
             "quarter of 2024/25. The arrows show the direction of change; red shading marks an increase of more "
             "than 5%."),
    )
    areas = [("Cheltenham", "3,412", "28.9", "-4.1%", "↓", "Green"), ("Gloucester", "4,905", "37.2", "+6.3%", "↑", "Red"),
             ("Stroud", "1,688", "13.9", "+1.2%", "↑", "Amber"), ("Forest of Dean", "1,204", "13.6", "-2.7%", "↓", "Green"),
             ("Cotswolds", "1,011", "11.4", "+0.4%", "→", "Amber"), ("Tewkesbury", "1,297", "13.3", "-0.9%", "↓", "Green")]
    doc.add_table(table([["**Local policing area**", "**Crimes (Q3)**", "**Rate per 1,000**", "**Change**",
                          "**Direction**"]] + [list(row[:5]) for row in areas], (3, 1.5, 1.5, 1.2, 1.2)),
                  {(r, 4): RAG[row[5]] for r, row in enumerate(areas, start=1)})
    doc.add(Para("Table 2 compares the force with its most similar group (MSG) of forces over the 12 months to "
                 "December 2025."))
    msg = [("All crime per 1,000 population", "71.4", "76.0", "Better than MSG average", "Green"),
           ("Violence with injury per 1,000", "6.1", "5.6", "Worse than MSG average", "Red"),
           ("Residential burglary per 1,000 households", "3.2", "3.3", "In line with MSG average", "Amber"),
           ("Charge/summons rate (all crime)", "7.9%", "7.1%", "Better than MSG average", "Green"),
           ("Outstanding suspects (wanted or circulated)", "418", "502", "Better than MSG average", "Green")]
    doc.add_table(table([["**Measure**", "**Force**", "**MSG average**", "**Position**"]]
                        + [list(row[:4]) for row in msg], (3.5, 1, 1.2, 2.3)),
                  {(r, 3): RAG[row[4]] for r, row in enumerate(msg, start=1)})
    doc.add(
        Heading("2. Responding to the public", 2),
        Para("The force answered 88.2% of 999 calls within 10 seconds (national standard 90%) and 71% of 101 calls "
             "within its three-minute target. The Assistant Chief Constable told the board that call handling has "
             "improved since the inspection and that, on its own measures, the force would now grade itself good "
             "in this area. The Commissioner asked for evidence from the next quarter before agreeing."),
        Heading("3. Investigating crime", 2),
        Para("The file quality pass rate at first submission to the Crown Prosecution Service was 61% against a "
             "target of 70%. The Head of Crime said file quality still requires improvement on the response "
             "teams, and supervisors' reviews are being audited monthly."),
        Heading("4. Protecting vulnerable people", 2),
        Para("Domestic abuse arrests rose by 9%. The board noted good practice in the Stroud neighbourhood "
             "team's joint problem-solving with the housing authority, which has been shared with the other "
             "local policing areas."),
        Heading("5. HMICFRS PEEL update", 2),
        Para("HMICFRS published its PEEL 2023–25 report on Gloucestershire Constabulary on 19 November 2025. It "
             "graded the force in eight areas:"),
    )
    grades, fills = grade_table(GLOUCESTERSHIRE_GRADES)
    doc.add_table(grades, fills)
    for area, grade in GLOUCESTERSHIRE_GRADES:
        doc.record("grades", area, force=force, framework="PEEL 2023-25", area=area, area_raw=area, grade=grade,
                   as_of="2025-11")
    doc.add(
        Para("The report also made nine areas for improvement and raised no cause of concern. The force's "
             "improvement plan, with an update on each area for improvement, will come to the May board."),
        Heading("6. Actions from the last board", 2),
    )
    actions = [("APB 41", "Report call abandonment by hour of day", "ACC Operations", "Complete", "Green"),
               ("APB 42", "Explain the rise in violence with injury in Gloucester", "Supt Gloucester LPA",
                "Outstanding", "Amber"),
               ("APB 43", "Share the victim satisfaction survey results", "Head of Performance", "Outstanding",
                "Amber")]
    doc.add_table(table([["**Ref**", "**Action**", "**Owner**", "**Status**"]] + [list(row[:4]) for row in actions],
                        (1, 4, 2, 1.5)), {(r, 3): RAG[row[4]] for r, row in enumerate(actions, start=1)})
    doc.add(Para("Outstanding actions: 2. Completed since the last board: 1."))
    data = doc.docx("Quarterly Performance Report: Quarter 3 2025/26", "OPCC Gloucestershire")
    return data, doc.gold(data, {"title": "Quarterly Performance Report: Quarter 3 2025/26"})


# --- 3. Force strategic risk register (Word saved as PDF) ---------------------------------------

CUMBRIA_AFIS = [
    ("Responding to the public", "The force should make sure it answers emergency and non-emergency calls within "
                                 "its target times."),
    ("Investigating crime", "The force should make sure that supervisors review investigations regularly and "
                            "record clear direction."),
    ("Leadership and force management", "The force should improve how it understands the demand it faces so that "
                                        "it can plan its workforce."),
]


def cumbria_risk_register() -> tuple[bytes, dict]:
    doc = Doc("cumbria-strategic-risk-register-q4-2025-26-r28.pdf")
    force = "Cumbria Constabulary"
    doc.add(
        Para("Cumbria Constabulary – OFFICIAL"),
        Heading("Strategic Risk Register: Quarter 4 2025/26", 1),
        Para("Presented to the Joint Audit Committee, 25 March 2026, by the Chief Finance Officer"),
        Heading("1. Summary", 2),
        Para("The register holds 9 strategic risks: 2 rated red, 5 amber and 2 green after controls. One risk "
             "(SR09) is new this quarter. The control effectiveness column records the risk owner's own view of "
             "how well the controls work; it is not an inspection judgment."),
        Heading("2. Strategic risks", 2),
    )
    risks = [
        ("SR01", "Demand in the Command and Control Room exceeds capacity, leading to delayed answering of calls",
         "16", "Red", "↑", "Requires improvement"),
        ("SR02", "Failure to recruit and retain detectives", "12", "Amber", "→", "Adequate"),
        ("SR03", "Loss of a critical ICT system (records management)", "10", "Amber", "↓", "Good"),
        ("SR04", "The revenue budget is not balanced in the medium term", "15", "Red", "→", "Adequate"),
        ("SR05", "Vetting backlog increases the risk of unsuitable people joining", "8", "Amber", "↓", "Good"),
        ("SR06", "Poor data quality undermines crime recording compliance", "8", "Amber", "→", "Adequate"),
        ("SR07", "HMICFRS finds that the force has not addressed its areas for improvement", "9", "Amber", "↓",
         "Good"),
        ("SR08", "Estates condition prevents safe use of custody suites", "6", "Green", "↓", "Good"),
        ("SR09", "Severe weather and flooding overwhelm rural response", "6", "Green", "new", "Outstanding"),
    ]
    doc.add_table(table([["**Ref**", "**Risk**", "**Score**", "**RAG**", "**Trend**", "**Control effectiveness**"]]
                        + [list(row) for row in risks], (0.8, 4, 0.8, 0.9, 0.8, 1.8)),
                  {(r, 3): RAG[row[3]] for r, row in enumerate(risks, start=1)})
    doc.add(
        Para("Control effectiveness key: Outstanding – controls fully embedded and tested; Good – controls in "
             "place and working; Adequate – controls in place with gaps; Requires improvement – controls not "
             "yet effective."),
        Heading("3. HMICFRS findings linked to strategic risks", 2),
        Para("The PEEL 2023–25 report (published 4 September 2025) made eight areas for improvement. The three "
             "below bear on strategic risks and are tracked on this register as well as in the force's PEEL "
             "improvement plan."),
    )
    afi_rows = [["**Risk**", "**PEEL area**", "**HMICFRS area for improvement**", "**Mitigation**"]]
    links = {"Responding to the public": ("SR01", "Call handling review; 14 additional call handlers from May 2026."),
             "Investigating crime": ("SR02", "Supervisor dip-sampling; investigative standards training."),
             "Leadership and force management": ("SR07", "Force management statement demand model refreshed.")}
    for area, text in CUMBRIA_AFIS:
        afi_rows.append([links[area][0], area, text, links[area][1]])
        doc.record("areas_for_improvement", f"{links[area][0]} {area.split()[0]}", force=force, area=area,
                   text=text, detail=None)
    doc.add_table(table(afi_rows, (0.8, 2, 4, 3)))
    doc.add(
        Heading("4. Risk appetite", 2),
        Para("**Averse**"),
        Bullets(((0, "Risks to the safety of the public and of officers and staff."),
                 (0, "Risks of non-compliance with the law."))),
        Para("**Cautious**"),
        Bullets(((0, "Financial risks where value for money is uncertain."),
                 (0, "Reputational risks from change programmes."))),
        Para("**Open**"),
        Bullets(((0, "Innovation in technology that could improve outcomes for victims."),)),
        Heading("5. Recommendation", 2),
        Para("The committee is asked to note the register and the movement of risks this quarter."),
    )
    docx = doc.docx("Strategic Risk Register: Quarter 4 2025/26", "Cumbria Constabulary")
    data = docx_to_pdf(docx)
    return data, doc.gold(data, {"title": "Strategic Risk Register: Quarter 4 2025/26", "force": force})


# --- 4. HMICFRS thematic inspection (reportlab) --------------------------------------------------

def thematic_stalking() -> tuple[bytes, dict]:
    doc = Doc("hmicfrs-thematic-stalking-response-2026-r28.pdf")
    title = "Behind the doorstep: An inspection of how the police respond to stalking"
    doc.add(
        Para("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"),
        Heading(title, 1),
        Para("Published: 14 April 2026"),
        Heading("Contents", 2),
        Bullets(((0, "Summary"), (0, "Recommendations"), (0, "About this inspection"),
                 (0, "Identifying and recording stalking"), (0, "Investigating crime: stalking cases"),
                 (0, "Protecting vulnerable people: protection orders"), (0, "Annex A: Data"))),
        Heading("Summary", 2),
        Para("Stalking is a serious crime that too often escalates before the police act. We inspected five forces "
             "and reviewed 250 case files. We found that forces recognise stalking more often than when we last "
             "looked, but the service victims receive still requires improvement in too many cases. Officers "
             "often record the behaviour as harassment, and victims wait too long for protection."),
        Para("We found some good practice: two forces had a specialist stalking clinic that brings the police, "
             "health services and victim advocates together. We did not grade the forces we inspected; this "
             "inspection was not a PEEL inspection."),
        Heading("Recommendations", 2),
        Para("**Recommendation 1**"),
    )
    rec1 = ("By 31 December 2026, chief constables should make sure that every report of stalking or harassment "
            "is reviewed by a supervisor within 24 hours to confirm the crime type.")
    doc.add(Para(rec1))
    doc.record("recommendations", rec1, force=None, cause_of_concern_text=None, text=rec1,
               timescale="By 31 December 2026", lead_in=None)
    lead_in = "By 30 September 2026, chief constables should:"
    bullets = ["make sure that officers consider applying for a stalking protection order in every case where the "
               "legal test is met; and",
               "make sure that victims of stalking are referred to a specialist advocacy service with their consent."]
    doc.add(Para("**Recommendation 2**"), Para(lead_in), Bullets(tuple((0, text) for text in bullets)))
    for text in bullets:
        doc.record("recommendations", text, force=None, cause_of_concern_text=None, text=text,
                   timescale="By 30 September 2026", lead_in=lead_in)
    rec3 = ("By 31 March 2027, the College of Policing should update its authorised professional practice on "
            "stalking to include guidance on the use of stalking clinics.")
    doc.add(Para("**Recommendation 3**"), Para(rec3))
    doc.record("recommendations", rec3, force=None, cause_of_concern_text=None, text=rec3,
               timescale="By 31 March 2027", lead_in=None)
    doc.add(
        Heading("About this inspection", 2),
        Para("We carried out fieldwork in five forces between September and November 2025. We chose them to "
             "reflect a range of sizes, types of area and recorded stalking rates."),
    )
    doc.add_table(table([["**Force**", "**Fieldwork dates**", "**Case files reviewed**"],
                         ["Merseyside Police", "15–19 September 2025", "50"],
                         ["South Yorkshire Police", "29 September – 3 October 2025", "50"],
                         ["West Midlands Police", "13–17 October 2025", "50"],
                         ["Wiltshire Police", "3–7 November 2025", "50"],
                         ["Dyfed-Powys Police", "17–21 November 2025", "50"]], (3, 3, 1.5)))
    doc.add(
        Heading("Identifying and recording stalking", 2),
        Para("In 78 of the 250 cases, the behaviour met the definition of stalking but was recorded as "
             "harassment or malicious communications. One force had outstanding recording queries on 140 "
             "incidents at the time of our fieldwork. In our 2024 PEEL inspection of one of these forces, we "
             "graded it as requires improvement at recording crime data; it has since invested in its crime "
             "registrar team."),
        Heading("Investigating crime: stalking cases", 2),
        Para("Investigations were generally well supervised, but victims were not always told when a suspect was "
             "released on bail or under investigation. Good practice was seen where officers used a stalking "
             "screening tool at the first contact."),
        Para("**Case study**"),
    )
    doc.add_box(box("A victim reported 23 incidents over four months. The call handler used the screening "
                      "questions, the case was recorded as stalking and a stalking protection order was granted "
                      "within three weeks."))
    doc.add(Para("Victims told us that they were often asked to keep a diary of incidents for weeks before "
                 "officers acted. Several said they felt they had to prove they were at risk. In 41 of the cases we "
                 "reviewed, the victim had reported more than five incidents before a crime was recorded. Where "
                 "forces had trained call handlers to ask the screening questions, this happened far less often."),
            Para("Supervisors in all five forces told us that their teams carried too many investigations. In one "
                 "force, each response officer had, on average, 19 outstanding investigations at the time of our "
                 "visit."),
            Heading("Protecting vulnerable people: protection orders", 2),
            Para("The five forces applied for 61 stalking protection orders in the year to March 2025. Applications "
                 "were often delayed because officers were unsure of the process."))
    afi = ("Forces should make sure that officers who apply for stalking protection orders have access to legal "
           "advice at the time they need it.")
    doc.add_box(box("**Area for improvement**", afi))
    doc.record("areas_for_improvement", afi, force=None, area=None, text=afi, detail=None)
    doc.add(
        Heading("Annex A: Data", 2),
        Para("Stalking crimes recorded by the forces we inspected, year ending March 2025 (source: Home Office "
             "police recorded crime). Rates are per 1,000 population. These figures are given for context and "
             "are not judgments."),
    )
    doc.add_table(table([["**Force**", "**Stalking crimes**", "**Rate per 1,000**", "**Charge/summons rate**",
                          "**Compared with England and Wales**"],
                         ["Merseyside Police", "4,112", "2.9", "4.1%", "Better"],
                         ["South Yorkshire Police", "5,870", "4.3", "2.8%", "Worse"],
                         ["West Midlands Police", "9,640", "3.2", "3.0%", "In line"],
                         ["Wiltshire Police", "1,318", "1.8", "5.2%", "Better"],
                         ["Dyfed-Powys Police", "702", "1.4", "3.6%", "In line"],
                         ["**England and Wales**", "**172,505**", "**2.9**", "**3.4%**", "–"]],
                        (2.6, 1.4, 1.2, 1.4, 1.6)))
    doc.add(
        Heading("Annex B: Methodology", 2),
        Para("In each force we reviewed 50 case files chosen at random from crimes recorded as stalking or "
             "harassment between April and June 2025, held focus groups with call handlers, response officers, "
             "investigators and supervisors, and interviewed senior leaders. We also spoke to 31 victims through "
             "two national advocacy charities."),
        Para("Our 2024 report on the police response to violence against women and girls made seven "
             "recommendations. Five have now been achieved and two are in progress; we do not repeat them here."),
        Heading("Annex C: Glossary", 2),
    )
    doc.add_table(table([["**Term**", "**Meaning**"],
                         ["Stalking protection order (SPO)", "A civil order, applied for by the police, that can "
                                                             "ban a suspect from contacting a victim and require "
                                                             "them to attend treatment."],
                         ["Stalking clinic", "A meeting of the police, health services and advocates that reviews "
                                             "high-risk stalking cases."],
                         ["Screening questions", "A short set of questions call handlers ask to spot stalking "
                                                 "behaviour at first contact."],
                         ["Outstanding suspect", "A suspect who has been identified but not yet arrested or "
                                                 "interviewed."],
                         ["Good practice", "Practice we saw that we think other forces should consider; it is not "
                                           "a graded judgment."]], (2.2, 5)))
    data = doc.pdf(title)
    return data, doc.gold(data, {"title": title, "doc_kind": "inspection_report", "force": None,
                                 "publication_date": "2026-04-14"})


# --- 5. PEEL report with contents, annexes of grade definitions and a glossary (reportlab) --------

NORTHANTS_GRADES = [("Police powers and public treatment", "Adequate"), ("Preventing crime", "Good"),
                    ("Responding to the public", "Adequate"), ("Investigating crime", "Inadequate"),
                    ("Protecting vulnerable people", "Requires improvement"), ("Managing offenders", "Adequate"),
                    ("Developing a positive workplace", "Good"), ("Leadership and force management", "Adequate")]


def peel_northamptonshire() -> tuple[bytes, dict]:
    doc = Doc("peel-2023-25-northamptonshire-annexes-r28.pdf")
    force = "Northamptonshire Police"
    title = ("PEEL 2023–25: Police effectiveness, efficiency and legitimacy – An inspection of "
             "Northamptonshire Police")
    doc.add(
        Heading(title, 1),
        Para("Published: 21 January 2026"),
        Heading("Contents", 2),
        Bullets(tuple((0, area) for area, _ in NORTHANTS_GRADES)
                + ((0, "Annex A: About our grades"), (0, "Annex B: Glossary of PEEL areas"))),
        Heading("Overall summary", 2),
        Para("Our judgments"),
    )
    grades, fills = grade_table(NORTHANTS_GRADES)
    doc.add_table(grades, fills)
    for area, grade in NORTHANTS_GRADES:
        doc.record("grades", area, force=force, framework="PEEL 2023-25", area=area, area_raw=area, grade=grade,
                   as_of="2026-01")
    doc.add(
        Para("We don't grade the service the force gives to victims of crime."),
        Heading("HM Inspector's observations", 2),
        Para("In our 2022 inspection, we graded the force as requires improvement at responding to the public and "
             "good at investigating crime. Since then, the force's response times have improved, but the quality "
             "of its investigations has fallen. Outstanding investigations per officer have risen by a third, and "
             "I have raised a cause of concern."),
        Heading("Investigating crime", 2),
        Para("**Northamptonshire Police is inadequate at investigating crime.**"),
    )
    cause = "Northamptonshire Police doesn't make sure that its investigations are effective or timely."
    cause_detail = ("In 31 of the 110 investigations we reviewed, there were unreasonable delays, and in 27 the "
                    "supervisor had not recorded any direction.")
    lead = "Within six months, the force should:"
    recs = ["make sure that investigations are allocated to officers with the skills and capacity to carry them "
            "out; and",
            "make sure that supervisors review open investigations and record clear direction."]
    doc.add_box(box("**Cause of concern**", f"**{cause}**", cause_detail, "**Recommendations**", lead,
                      Bullets(tuple((0, text) for text in recs))))
    doc.record("causes_of_concern", cause, force=force, area="Investigating crime", text=cause, detail=cause_detail)
    for text in recs:
        doc.record("recommendations", text, force=force, cause_of_concern_text=cause, text=text,
                   timescale="Within six months", lead_in=lead)
    afi_ic = "The force should make sure it keeps victims updated on the progress of their case."
    doc.add_box(box("**Area for improvement**", f"**{afi_ic}**"))
    doc.record("areas_for_improvement", afi_ic, force=force, area="Investigating crime", text=afi_ic, detail=None)
    doc.add(
        Para("We saw good practice in the force's use of body-worn video to capture evidence at domestic abuse "
             "incidents, which investigators told us helped them charge suspects without the victim's support."),
        Heading("Protecting vulnerable people", 2),
        Para("**Northamptonshire Police requires improvement at protecting vulnerable people.**"),
    )
    afi_pvp = "The force should make sure it completes child protection referrals without delay."
    afi_pvp_detail = ("Of the 40 referrals we reviewed, 14 were sent to children's social care more than 48 hours "
                      "after the incident.")
    doc.add_box(box("**Area for improvement**", f"**{afi_pvp}**", afi_pvp_detail))
    doc.record("areas_for_improvement", afi_pvp, force=force, area="Protecting vulnerable people", text=afi_pvp,
               detail=afi_pvp_detail)
    practice = "Early help hub with the county's children's services"
    doc.add_box(box("**Promising practice**", f"**{practice}**",
                      "The force and the county council share a hub where officers and social workers review "
                      "every child concern notification together each morning."))
    doc.record("findings", practice, force=force, area="Protecting vulnerable people", kind="promising_practice",
               text=practice)
    doc.add(
        Heading("Developing a positive workplace", 2),
        Para("**Northamptonshire Police is good at building, supporting and protecting its workforce.**"),
        Para("The force's wellbeing offer is well used. Staff surveys show that 74% of officers feel valued, "
             "compared with 61% in 2022."),
        Heading("Leadership and force management", 2),
        Para("**Northamptonshire Police is adequate at leadership and force management.**"),
    )
    afi_lead = "The force should improve how it uses data to plan its workforce against future demand."
    doc.add_box(box("**Area for improvement**", f"**{afi_lead}**"))
    doc.record("areas_for_improvement", afi_lead, force=force, area="Leadership and force management",
               text=afi_lead, detail=None)
    doc.add(
        PageBreak(),
        Heading("Annex A: About our grades", 2),
        Para("We grade forces on a five-point scale. The grades mean:"),
        Para("**Outstanding**"),
        Bullets(((0, "The force has substantially exceeded the characteristics of good policing and has "
                     "demonstrated innovative practice."),)),
        Para("**Good**"),
        Bullets(((0, "The force has demonstrated substantially all the characteristics of good policing."),)),
        Para("**Adequate**"),
        Bullets(((0, "The force has demonstrated some of the characteristics of good policing, and some areas "
                     "should be improved."),)),
        Para("**Requires improvement**"),
        Bullets(((0, "The force has demonstrated few of the characteristics of good policing, and there are "
                     "several areas for improvement."),)),
        Para("**Inadequate**"),
        Bullets(((0, "The force has demonstrated very few of the characteristics of good policing, and there "
                     "are causes of concern."),)),
        Heading("Annex B: Glossary of PEEL areas", 2),
    )
    doc.add_table(table([["**Area**", "**What we inspect**"],
                         ["Police powers and public treatment", "How fairly the force uses stop and search and "
                                                                "force, and how it treats the public."],
                         ["Preventing crime", "How well the force prevents and deters crime and antisocial "
                                              "behaviour."],
                         ["Responding to the public", "How quickly and well the force answers calls and attends "
                                                      "incidents."],
                         ["Investigating crime", "How effectively the force investigates crime and gets "
                                                 "outcomes for victims."],
                         ["Protecting vulnerable people", "How well the force identifies and safeguards "
                                                          "vulnerable people."],
                         ["Managing offenders", "How the force manages suspects and registered offenders."],
                         ["Developing a positive workplace", "How the force supports and protects its "
                                                             "workforce."],
                         ["Leadership and force management", "How well the force is led and plans for the "
                                                              "future."]], (2.5, 5)))
    data = doc.pdf(title)
    return data, doc.gold(data, {"title": title, "doc_kind": "peel_report", "force": force,
                                 "publication_date": "2026-01-21"})


# --- 6. Force self-assessment beside its last PEEL grades (Word) ----------------------------------

DURHAM_2022 = [("Treatment of the public", "Police powers and public treatment", "Good", "Good"),
               ("Preventing crime", "Preventing crime", "Outstanding", "Outstanding"),
               ("Responding to the public", "Responding to the public", "Good", "Adequate"),
               ("Investigating crime", "Investigating crime", "Good", "Good"),
               ("Protecting vulnerable people", "Protecting vulnerable people", "Good", "Good"),
               ("Managing offenders", "Managing offenders", "Adequate", "Good"),
               ("Developing a positive workplace", "Developing a positive workplace", "Good", "Good"),
               ("Good use of resources", "Good use of resources", "Adequate", "Adequate"),
               ("Recording data about crime", "Recording data about crime", "Good", "Good")]


def durham_self_assessment() -> tuple[bytes, dict]:
    doc = Doc("durham-peel-self-assessment-2026-r28.docx")
    force = "Durham Constabulary"
    title = "PEEL Self-Assessment 2026"
    doc.add(
        Para("Durham Constabulary – OFFICIAL SENSITIVE – Draft for Chief Officer Group"),
        Heading(title, 1),
        Para("Prepared by the Strategic Planning and Inspection Team, March 2026"),
        Heading("1. Introduction", 2),
        Para("HMICFRS will inspect the force again under the PEEL 2025–27 programme. This paper sets our own "
             "assessment of each area beside the grades HMICFRS gave us in our last PEEL inspection, whose report "
             "was published in September 2022. The self-assessment is ours alone: it is a tool for planning, "
             "not a prediction of HMICFRS's judgments."),
        Para("Overall we would grade ourselves good, with two areas where the evidence is weaker than it was."),
        Heading("2. Grades and self-assessment", 2),
    )
    rows = [["**PEEL area**", "**HMICFRS grade (PEEL 2021/22)**", "**Self-assessment 2026**", "**Confidence**"]]
    fills: dict[tuple[int, int], str] = {}
    for r, (raw, area, grade, own) in enumerate(DURHAM_2022, start=1):
        rows.append([raw, grade, own, "High" if grade == own else "Medium"])
        fills[(r, 1)] = GRADE_FILL[grade]
        fills[(r, 2)] = GRADE_FILL[own]
        doc.record("grades", raw, force=force, framework="PEEL 2021/22", area=area, area_raw=raw, grade=grade,
                   as_of="2022-09")
    rows.append(["Disrupting serious organised crime", "Inspected regionally", "Good", "Low"])
    doc.add_table(table(rows, (3, 2, 2, 1.2)), fills)
    doc.add(
        Heading("3. Areas in more detail", 2),
        Heading("Responding to the public", 3),
        Para("**Strengths**"),
        Bullets(((0, "Emergency response times met in 92% of cases."),
                 (0, "The rural response model has been reviewed and approved."))),
        Para("**Risks**"),
        Bullets(((0, "101 abandonment rose to 14% in January during the system migration."),
                 (0, "Outstanding incident logs peaked at 310 on New Year's Day."))),
        Para("We would grade ourselves adequate in this area until the new telephony is bedded in."),
        Heading("Managing offenders", 3),
        Para("**Strengths**"),
        Bullets(((0, "No overdue visits to high-risk registered sex offenders since October 2025."),)),
        Para("**Good practice we want to share**"),
        Bullets(((0, "The integrated offender management team's joint tasking with probation."),
                 (0, "Use of electronic monitoring for prolific burglars."))),
        Heading("Investigating crime", 3),
        Para("**Next steps**"),
        Bullets(((0, "Complete investigative standards training for all response sergeants."),
                 (0, "Re-audit file quality in June 2026."))),
        Para("The 2022 report made three areas for improvement on investigations. Two are closed and one is "
             "outstanding; its evidence will be reviewed at the April Inspection Board."),
        Heading("4. Inspection programme", 2),
        Para("HMICFRS has shared the following indicative dates. They may change."),
    )
    doc.add_table(table([["**Inspection**", "**Area**", "**Document request**", "**Fieldwork**"],
                         ["PEEL 2025–27", "All PEEL areas", "June 2026", "12–23 October 2026"],
                         ["Custody (joint with HMI Prisons)", "Police detention", "Unannounced", "Unannounced"],
                         ["Child protection", "Responding to children at risk of harm", "September 2026",
                          "November 2026"],
                         ["Vetting and counter-corruption (thematic)", "Developing a positive workplace",
                          "May 2026", "July 2026"]], (2.6, 2.6, 1.5, 1.8)))
    data = doc.docx(title, "Durham Constabulary")
    return data, doc.gold(data, {"title": title, "force": force})


# --- 7. PCC scrutiny paper: the force's progress on its AFIs (Word saved as PDF) ------------------

MERSEYSIDE_AFIS = [
    ("MP-AFI-01", "Responding to the public", "The force should make sure that it answers non-emergency calls "
                                              "promptly and that callers do not abandon them.", "Outstanding", "Red"),
    ("MP-AFI-02", "Investigating crime", "The force should make sure that victims are told the outcome of their "
                                         "case and that this is recorded.", "Complete", "Green"),
    ("MP-AFI-03", "Protecting vulnerable people", "The force should improve how it records the voice of the child "
                                                  "when officers attend incidents.", "On track", "Amber"),
    ("MP-AFI-04", "Developing a positive workplace", "The force should make sure that its officers and staff "
                                                     "receive the wellbeing support they need after traumatic "
                                                     "incidents.", "Outstanding", "Amber"),
]


def merseyside_scrutiny_paper() -> tuple[bytes, dict]:
    doc = Doc("merseyside-pcc-scrutiny-peel-progress-2026-04-r28.pdf")
    force = "Merseyside Police"
    title = "Force progress against the HMICFRS PEEL areas for improvement"
    doc.add(
        Para("Police and Crime Commissioner for Merseyside – Scrutiny Meeting, 14 April 2026 – Item 4"),
        Heading(title, 1),
        Para("Report of the Chief Constable. Security marking: OFFICIAL."),
        Heading("1. Background", 2),
        Para("In its previous PEEL inspection (2021/22), HMICFRS graded the force outstanding at preventing crime "
             "and good in five other areas. Its PEEL 2023–25 report, published in March 2025, set out nine areas "
             "for improvement. This paper reports progress against the four that the Commissioner asked to follow "
             "at this meeting; the other five are reported to the Force Inspection Board."),
        Heading("2. Neighbourhood crime by borough", 2),
        Para("The table gives neighbourhood crime (burglary, vehicle crime, robbery and theft from the person) "
             "for the year to March 2026, with the change on the previous year."),
    )
    boroughs = [("Liverpool North", "4,210", "-6%", "↓", "Green"), ("Liverpool South", "3,975", "-2%", "↓", "Green"),
                ("Sefton", "2,640", "+4%", "↑", "Amber"), ("Knowsley", "1,902", "+9%", "↑", "Red"),
                ("Wirral", "3,118", "-1%", "→", "Amber"), ("St Helens", "1,733", "-8%", "↓", "Green")]
    doc.add_table(table([["**Borough**", "**Neighbourhood crime**", "**Change**", "**Trend**"]]
                        + [list(row[:4]) for row in boroughs], (2.5, 2, 1.2, 1)),
                  {(r, 3): RAG[row[4]] for r, row in enumerate(boroughs, start=1)})
    doc.add(
        Para("Knowsley's rise is driven by vehicle crime on two retail parks. The borough commander described "
             "the partnership response as good practice that other boroughs will adopt."),
        Heading("3. Areas for improvement followed by the Commissioner", 2),
    )
    rows = [["**Ref**", "**PEEL area**", "**Area for improvement**", "**Lead**", "**Status**"]]
    fills = {}
    for r, (ref, area, text, status, rag) in enumerate(MERSEYSIDE_AFIS, start=1):
        rows.append([ref, area, text, "ACC", status])
        fills[(r, 4)] = RAG[rag]
        doc.record("areas_for_improvement", ref, force=force, area=area, text=text, detail=None)
    doc.add_table(table(rows, (1.2, 1.8, 4, 0.8, 1.3)), fills)
    doc.add(
        Para("Status summary: Outstanding 2, On track 1, Complete 1."),
        Para("Outstanding means that the improvement is not yet evidenced; it does not mean overdue."),
        Heading("4. Commentary", 2),
        Para("Non-emergency calls: abandonment fell from 19% to 11%, but the force's own view is that the service "
             "still requires improvement until the new contact platform is live in July."),
        Para("Victim updates: an audit of 200 crimes found that 91% of victims were told the outcome. The force "
             "considers this area for improvement complete and has asked HMICFRS to review the evidence."),
        Para("Wellbeing: the trauma risk management scheme now covers all response teams."),
        Heading("5. Recommendation", 2),
        Para("The Commissioner is asked to note the progress made and to seek a further update in October 2026."),
    )
    doc.add(
        PageBreak(),
        Heading("Appendix A: Police and crime plan measures", 2),
    )
    measures = [("999 calls answered within 10 seconds", "90%", "86.4%", "↑", "Amber"),
                ("Attendance at emergency incidents within 10 minutes (urban)", "85%", "88.1%", "↑", "Green"),
                ("Victim satisfaction with the whole experience", "75%", "69.0%", "↓", "Red"),
                ("Domestic abuse arrest rate", "40%", "44.7%", "→", "Green"),
                ("Outstanding warrants older than 28 days", "< 250", "312", "↑", "Red"),
                ("Knife crime offences (year to date)", "Reduce", "-7%", "↓", "Green")]
    doc.add_table(table([["**Measure**", "**Target**", "**Year to date**", "**Trend**"]]
                        + [list(row[:4]) for row in measures], (4, 1.2, 1.4, 1)),
                  {(r, 2): RAG[row[4]] for r, row in enumerate(measures, start=1)})
    doc.add(
        Para("RAG: green – on or better than target; amber – within 5% of target; red – more than 5% from target."),
        Heading("Appendix B: Forthcoming HMICFRS inspections", 2),
    )
    doc.add_table(table([["**Inspection**", "**Area**", "**Expected**"],
                         ["PEEL 2025–27", "All PEEL areas", "Autumn 2026"],
                         ["Joint inspection of custody", "Police detention", "Unannounced"],
                         ["Thematic: neighbourhood policing", "Preventing crime", "January 2027"]], (3, 3, 2)))
    docx = doc.docx(title, "Merseyside Police")
    data = docx_to_pdf(docx)
    return data, doc.gold(data, {"title": title, "force": force})


DOCUMENTS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "wiltshire-jiac-internal-audit-progress-2026-03-r28.pdf": wiltshire_audit_committee,
    "gloucestershire-pcc-performance-board-2026-02-10-r28.docx": gloucestershire_performance_board,
    "cumbria-strategic-risk-register-q4-2025-26-r28.pdf": cumbria_risk_register,
    "hmicfrs-thematic-stalking-response-2026-r28.pdf": thematic_stalking,
    "peel-2023-25-northamptonshire-annexes-r28.pdf": peel_northamptonshire,
    "durham-peel-self-assessment-2026-r28.docx": durham_self_assessment,
    "merseyside-pcc-scrutiny-peel-progress-2026-04-r28.pdf": merseyside_scrutiny_paper,
}


def main(names: list[str]) -> None:
    gold_dir = HERE / "gold"
    gold_dir.mkdir(exist_ok=True)
    for name in names or list(DOCUMENTS):
        data, gold = DOCUMENTS[name]()
        (HERE / name).write_bytes(data)
        (gold_dir / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        print(name)


if __name__ == "__main__":
    main(sys.argv[1:])
