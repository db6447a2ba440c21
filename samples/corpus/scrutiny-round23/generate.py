"""Round 23 scrutiny packs (blind, issue 4): six packs of PCC and mayoral offices written
with python-docx in Word's own styles; four saved as PDF by LibreOffice (as offices make
their papers), two kept as Word files. Gold goes to gold/ (staged in pending/ until the extractors were fixed).

Regenerate (byte for byte; needs LibreOffice, see ../office_pdf.py):

    .venv/bin/python samples/corpus/scrutiny-round23/generate.py

Names, figures and wording are invented.
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pdfplumber
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))
from office_pdf import docx_to_pdf  # noqa: E402

ZIP_TIME = (2026, 9, 1, 9, 0, 0)
SAVED = datetime(2026, 9, 1, 9, 0, 0)
CHECKED = ("Written blind for round 23; every record hand-checked against the rendered "
           "document and `scrutiny inspect` by the round's writer.")

GREEN, AMBER, RED, GREY, HEAD = "#92D050", "#FFC000", "#FF0000", "#D9D9D9", "#DCE6F1"


# --- a small Word writer in Word's own styles -------------------------------------------

class Word:
    """A python-docx document with the furniture offices put on their papers."""

    def __init__(self, header: str, footer: str = "", author: str = "OPCC") -> None:
        self.doc = Document()
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Mm(20))
        section.top_margin = section.bottom_margin = Mm(18)
        style = self.doc.styles["Normal"]
        style.font.name, style.font.size = "Arial", Pt(10.5)
        self.doc.core_properties.author = author
        self.doc.core_properties.last_modified_by = author
        self.doc.core_properties.created = SAVED
        self.doc.core_properties.modified = SAVED
        self.doc.core_properties.revision = 1
        section.header.paragraphs[0].text = header
        paragraph = section.footer.paragraphs[0]
        if footer:
            paragraph.add_run(footer + "    ")
        paragraph.add_run("Page ")
        _field(paragraph, "PAGE")
        paragraph.add_run(" of ")
        _field(paragraph, "NUMPAGES")

    def title(self, text: str) -> None:
        self.doc.add_paragraph(text, style="Title")

    def heading(self, text: str, level: int = 1) -> None:
        self.doc.add_heading(text, level)

    def para(self, text: str, style: str | None = None, size: float | None = None) -> None:
        """A paragraph; **...** is bold and _..._ italic."""
        paragraph = self.doc.add_paragraph(style=style)
        _runs(paragraph, text, size)

    def table(self, rows: list[list[str]], widths_mm: list[float], header: bool = True,
              fills: dict[tuple[int, int], str] | None = None, borders: bool = True) -> None:
        table = self.doc.add_table(rows=len(rows), cols=len(widths_mm))
        table.style = "Table Grid" if borders else None
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for c, width in enumerate(widths_mm):
            table.columns[c].width = Mm(width)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = table.cell(r, c)
                cell.width = Mm(widths_mm[c])
                lines = text.split("\n")
                _runs(cell.paragraphs[0], lines[0], 9.5, bold=header and r == 0)
                for line in lines[1:]:
                    _runs(cell.add_paragraph(), line, 9.5)
                fill = (fills or {}).get((r, c)) or (HEAD if header and r == 0 and borders else None)
                if fill:
                    _shade(cell, fill)
        if header:
            tr_pr = table.rows[0]._tr.get_or_add_trPr()
            repeat = OxmlElement("w:tblHeader")
            repeat.set(qn("w:val"), "true")
            tr_pr.append(repeat)
        self.doc.add_paragraph()

    def landscape(self) -> None:
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)

    def page_break(self) -> None:
        self.doc.add_page_break()

    def bytes(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        return _stable_zip(out.getvalue())


def _runs(paragraph, text: str, size: float | None = None, bold: bool = False) -> None:
    for part in re.split(r"(\*\*.+?\*\*|__.+?__)", text):
        if not part:
            continue
        if part.startswith("**"):
            run = paragraph.add_run(part[2:-2])
            run.bold = True
        elif part.startswith("__"):
            run = paragraph.add_run(part[2:-2])
            run.italic = True
        else:
            run = paragraph.add_run(part)
            run.bold = bold or None
        if size:
            run.font.size = Pt(size)


def _field(paragraph, code: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), code)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _shade(cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill[1:].upper())
    cell._tc.get_or_add_tcPr().append(shd)


def _stable_zip(data: bytes) -> bytes:
    """The same archive with every member's time fixed (python-docx stamps the time of saving)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


# --- gold record builders -----------------------------------------------------------------

def document(file_type: str, title: str, force: str, organisation: str, meeting_date: str) -> dict:
    return {"page": None, "file_type": file_type, "pages": None, "doc_kind": "scrutiny_pack",
            "title": title, "force": force, "organisation": organisation,
            "meeting_date": meeting_date, "publication_date": None, "status": "ok"}


def meeting(date: str, topic: str | None, organisation: str, title: str, page: int | None = 1) -> dict:
    """``page`` 1 for the front sheet; None: found in the PDF from the title (notes heading)."""
    return {"page": page, "meeting_date": date, "topic": topic, "organisation": organisation, "title": title}


def agenda(date: str, items: list[tuple[str | None, str, str | None]]) -> list[dict]:
    return [{"page": 1, "meeting_date": date, "number": number, "title": title, "presenter": presenter}
            for number, title, presenter in items]


def decision(date: str, topic: str | None, number: str | None, question: str, evidence: str | None,
             assurance: str | None, commentary: str | None) -> dict:
    record = {"page": None, "meeting_date": date, "topic": topic, "question_number": number,
              "question": question, "evidence_summary": evidence, "assurance": assurance,
              "commentary": commentary}
    return record


def action(date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
           status: str, status_source: str | None, source: str = "action_tracker") -> dict:
    record = {"page": None, "meeting_date": date, "topic": topic, "number": number, "text": text,
              "update": update, "status": status, "status_source": status_source, "source": source}
    if status_source is None:  # no status column or key: not scored (see README)
        del record["status_source"]
    return record


def _squash(text: str) -> str:
    text = text.replace("\u2013", "-").replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", "", text).lower()


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.replace("\u2019", "'").lower())


def set_pdf_pages(data: bytes, records: dict) -> None:
    """A record's page: the first page whose text holds its opening words (five, joined
    without spaces, as wraps fall anywhere); a notes meeting's page the first page after
    the front sheet printing its heading."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        texts = [_squash(page.extract_text() or "") for page in pdf.pages]
        page_words = [set(_words(page.extract_text() or "")) for page in pdf.pages]
        records["documents"][0]["pages"] = len(pdf.pages)
    keyed = [(r, "title", 1) for r in records["meetings"] if r["page"] is None]
    keyed += [(r, "question", 0) for r in records["assurance_decisions"]]
    keyed += [(r, "text", 0) for r in records["actions"]]
    for record, key, first_page in keyed:
        words = record[key].split()
        wanted = _squash(" ".join(words if key == "title" else words[:5]))
        found = [i + 1 for i, text in enumerate(texts) if i >= first_page and wanted in text]
        if not found and key != "title":  # in a table cell the lines interleave with other columns
            opening = set(_words(" ".join(words[:6])))
            found = [i + 1 for i, have in enumerate(page_words) if opening <= have]
        if not found:
            raise SystemExit(f"not found in the PDF: {record[key]!r}")
        record["page"] = found[0]


# --- the packs ----------------------------------------------------------------------------
# Each builder returns (Word, gold records).

CHESHIRE_ORG = "Police and Crime Commissioner for Cheshire"


def cheshire() -> tuple[Word, dict]:
    """Common: Word minutes with an assurance line after each question, a deferred decision,
    ACTION lines printed again in a landscape action log with status words."""
    w = Word("OFFICIAL", "Cheshire Police and Crime Commissioner – Scrutiny and Accountability Meeting")
    w.para("**Cheshire Police and Crime Commissioner**", size=12)
    w.title("Scrutiny and Accountability Meeting")
    w.para("Tuesday 17 November 2026, 10:00 – 12:30")
    w.para("Venue: Conference Room 2, Police Headquarters, Winsford, and via Microsoft Teams")
    w.para("Chair: Police and Crime Commissioner")
    w.heading("Agenda", 1)
    items = [("1", "Welcome, introductions and apologies", "Chair"),
             ("2", "Notes of the meeting held on 15 September 2026", "Head of Governance, OPCC"),
             ("3", "Action log", "Head of Governance, OPCC"),
             ("4", "Roads policing and fatal collisions", "ACC Local Policing"),
             ("5", "Stop and search: quarterly data", "Ch Supt Operations"),
             ("6", "Any other business", "Chair"),
             ("7", "Date of next meeting", "Chair")]
    w.table([["No.", "Item", "Lead"]] + [list(i) for i in items], [14, 110, 46])
    w.para("Papers for items 4 and 5 are provided by Cheshire Constabulary. The Commissioner will "
           "seek assurance on the questions set out in each paper's covering note.")
    w.page_break()

    notes_title = "Notes of the Scrutiny and Accountability Meeting held on 15 September 2026"
    w.heading(notes_title, 1)
    w.para("**Present:** Police and Crime Commissioner (Chair); Deputy Police and Crime Commissioner; "
           "Chief Executive, OPCC; Deputy Chief Constable; Detective Chief Superintendent, Public "
           "Protection; Head of Governance, OPCC (notes).")
    w.para("__Levels of assurance used in these notes: Substantial – the Commissioner is confident the "
           "risk is well managed; Reasonable – some improvement is needed; Limited – significant "
           "improvement is needed; No assurance – the Commissioner has serious concerns.__")
    w.heading("1. Welcome and apologies", 2)
    w.para("Apologies were received from the Chief Constable, represented by the Deputy Chief Constable.")
    w.heading("2. Notes of the last meeting and action log", 2)
    w.para("The notes of 14 July 2026 were agreed. The Commissioner accepted that action 26/31 was "
           "complete; the remaining actions are shown in the log.")
    w.heading("3. Missing people", 2)
    w.para("The Detective Chief Superintendent presented the Force's paper on its response to people "
           "reported missing. The Commissioner put the following questions.")
    q1 = ("How many people were reported missing between April and June 2026, and how many of them "
          "were children in care?")
    e1 = ("There were 1,164 missing episodes in the quarter, involving 702 people. 418 episodes related "
          "to 96 children in care, most of them placed from outside the county. Repeat episodes fell by "
          "6% on the same quarter last year.")
    c1 = ("The Commissioner noted the fall in repeat episodes and asked for the out-of-area placements "
          "to be raised with the local authorities.")
    w.para(f"**Question 1:** {q1}")
    w.para(e1)
    w.para("**Assurance level: Reasonable**")
    w.para(f"Commissioner's comment: {c1}")
    q2 = "Are return home interviews being offered within 72 hours, and what happens to what they find?"
    e2 = ("Only 61% of interviews took place within 72 hours. The findings are recorded by the local "
          "authorities and shared with the missing-from-home team, but the Force could not show how often "
          "they led to a change in a safety plan.")
    c2 = ("The Commissioner was concerned that the findings of interviews are not routinely used and "
          "asked for the revised timescales to be shared.")
    w.para(f"**Question 2:** {q2}")
    w.para(e2)
    w.para("**Assurance level: Limited**")
    w.para(f"Commissioner's comment: {c2}")
    a44 = "The Force to share the revised return home interview timescales agreed with the local authorities."
    w.para(f"**ACTION 26/44:** {a44}")
    q3 = "How does the Force grade the risk to a missing person, and is the grading reviewed?"
    e3 = ("Every report is graded by a supervisor using the national risk matrix and reviewed by an "
          "inspector every six hours. A dip sample of 50 reports by the OPCC found the grading "
          "recorded and reviewed in 48.")
    c3 = "The Commissioner was reassured by the dip sample results."
    w.para(f"**Question 3:** {q3}")
    w.para(e3)
    w.para("**Assurance level: Substantial**")
    w.para(f"Commissioner's comment: {c3}")
    q4 = ("What has the Force learned from the two missing person investigations referred to the IOPC "
          "this year?")
    e4 = "The Force said both referrals are still open and it could not comment on the detail."
    c4 = "the Commissioner will give a level once the IOPC has concluded both investigations."
    w.para(f"**Question 4:** {q4}")
    w.para(e4)
    w.para(f"**Assurance level: Deferred** – {c4}")
    a45 = "The Force to report to the next meeting on the pilot of the new missing person app."
    w.para(f"**ACTION 26/45:** {a45}")
    w.heading("4. Any other business", 2)
    w.para("None. The Commissioner would seek assurance on roads policing at the November meeting.")

    w.landscape()
    w.heading("Action log – November 2026", 1)
    log = [
        ["Ref", "Meeting", "Action", "Owner", "Update", "Status"],
        ["26/22", "12/05/2026", "Review the rural crime team's shift pattern and report the outcome.",
         "Supt Rural", "Review delayed by summer demand; now due in January 2027.", "Carried forward"],
        ["26/31", "14/07/2026", "Provide the outcome of the custody dip sample to the Commissioner.",
         "Ch Insp Custody", "Dip sample shared with the OPCC on 20 August 2026.", "Closed"],
        ["26/33", "14/07/2026", "Present the draft neighbourhood policing plan to the meeting.",
         "ACC Local Policing", "Consultation with partners extended; plan not yet received.", "Open – overdue"],
        ["26/44", "15/09/2026", a44, "D/Ch Supt PP", "Timescales agreed and sent to the OPCC on 2 October 2026.",
         "Complete"],
        ["26/45", "15/09/2026", a45, "D/Ch Supt PP", "Pilot running in the western area; report due at the "
         "January meeting.", "Open – on track"],
    ]
    w.table(log, [16, 22, 80, 30, 80, 29])

    org, topic, d = CHESHIRE_ORG, "Missing people", "2026-09-15"
    records = {
        "documents": [document("pdf", "Scrutiny and Accountability Meeting", "Cheshire Constabulary", org, "2026-11-17")],
        "meetings": [meeting("2026-11-17", None, org, "Scrutiny and Accountability Meeting"),
                     meeting(d, topic, org, notes_title, None)],
        "agenda_items": agenda("2026-11-17", items),
        "assurance_decisions": [
            decision(d, topic, "1", q1, e1, "Assured", c1),
            decision(d, topic, "2", q2, e2, "Partly assured", c2),
            decision(d, topic, "3", q3, e3, "Assured", c3),
            decision(d, topic, "4", q4, e4, None, c4),
        ],
        "actions": [
            action("2026-05-12", None, "26/22", log[1][2], log[1][4], "outstanding", "status_column"),
            action("2026-07-14", None, "26/31", log[2][2], log[2][4], "complete", "status_column"),
            action("2026-07-14", None, "26/33", log[3][2], log[3][4], "outstanding", "status_column"),
            action(d, topic, "26/44", a44, log[4][4], "complete", "status_column"),
            action(d, topic, "26/45", a45, log[5][4], "outstanding", "status_column"),
        ],
    }
    return w, records


GLOS_ORG = "Police and Crime Commissioner for Gloucestershire"


def gloucestershire() -> tuple[Word, dict]:
    """Common: a decision table under a "Theme:" line (one row not reached), "Actions" as a
    Word-numbered list printed again in a tracker whose RAG cell is shading only."""
    w = Word("OFFICIAL – Accountability and Assurance Board", "Office of the Police and Crime Commissioner for Gloucestershire")
    w.para("**Office of the Police and Crime Commissioner for Gloucestershire**", size=12)
    w.title("Accountability and Assurance Board")
    w.para("Thursday 10 December 2026 at 14:00, Commissioner's Office, Quedgeley")
    w.para("**Theme: Violence against women and girls**")
    w.heading("Agenda", 1)
    items = [("1", "Apologies and declarations of interest", "PCC"),
             ("2", "Minutes of the meeting on 22 October 2026", "OPCC Chief Executive"),
             ("3", "Action tracker", "OPCC Governance Officer"),
             ("4", "Violence against women and girls", "ACC Crime and Justice"),
             ("5", "Forward plan 2027", "OPCC Chief Executive"),
             ("6", "Any other business", "PCC")]
    w.table([["Item", "Title", "Presenter"]] + [list(i) for i in items], [16, 104, 50])
    w.heading("Questions for this Board", 2)
    for question in ("How many domestic abuse protection orders has the Constabulary applied for since "
                     "they were introduced, and how many were breached?",
                     "What proportion of officers have completed the violence against women and girls "
                     "training, and how is its effect measured?"):
        w.para(question, style="List Bullet")
    w.page_break()

    notes_title = "Minutes – Accountability and Assurance Board – 22 October 2026"
    topic, d = "Neighbourhood crime and burglary", "2026-10-22"
    w.heading(notes_title, 1)
    w.para(f"**Theme: {topic}**")
    w.para("Attendees: PCC (Chair), OPCC Chief Executive, Chief Constable, ACC Local Policing, "
           "Superintendent Neighbourhoods, OPCC Governance Officer (minutes).")
    w.heading("1. Apologies", 2)
    w.para("Apologies from the Deputy PCC.")
    w.heading("2. Minutes and action tracker", 2)
    w.para("The minutes of 10 September 2026 were agreed. Progress on the tracker was noted.")
    w.heading(f"3. {topic}", 2)
    w.para("The ACC introduced the paper. The PCC's questions, the response and her assessment are "
           "recorded below.")
    rows = [
        ("1", "How has the burglary solved rate changed over the last twelve months, and what explains the change?",
         "The solved rate rose from 4.9% to 6.8%. A dedicated burglary team was formed in March and forensic "
         "attendance at every home burglary was restored.",
         "Assured", "The PCC welcomed the improvement and asked that it is sustained through the winter."),
        ("2", "How many neighbourhood officers were taken off their beats to cover response shifts in the quarter?",
         "Neighbourhood officers lost 3,240 hours to abstraction, 21% of their time, against a local limit of 10%.",
         "Partially assured", "The PCC asked for a plan to bring abstraction back within the limit."),
        ("3", "How are victims of burglary kept informed of the progress of their case?",
         "The Constabulary could not give figures for compliance with the Victims' Code for burglary; a "
         "manual audit has been requested.",
         "Not assured", "The PCC was concerned that compliance is not measured."),
        ("4", "What has been the effect of the summer shed-burglary campaign in rural areas?",
         "Not taken: time ran out. The Constabulary will answer in writing.",
         "Not reached", "To be taken at the December Board."),
    ]
    w.table([["No.", "Question", "Force response", "Assurance level", "PCC comments"]] + [list(r) for r in rows],
            [12, 44, 52, 24, 38])
    w.para("**Actions**")
    a1 = "Provide a plan to reduce neighbourhood abstraction to below 10% by March 2027."
    a2 = "Share the results of the manual audit of Victims' Code compliance for burglary."
    w.para(a1, style="List Number")
    w.para(a2, style="List Number")
    w.heading("4. Any other business", 2)
    w.para("The PCC noted that internal audit had given reasonable assurance on the management of seized "
           "property. No other business.")

    w.landscape()
    w.heading("Action tracker – December 2026", 1)
    w.table([["Key", ""], ["", "Complete"], ["", "In progress and on track"], ["", "Overdue or at risk"]],
            [14, 70], fills={(1, 0): GREEN, (2, 0): AMBER, (3, 0): RED})
    log = [
        ["Ref", "Meeting", "Action", "Owner", "Update", "RAG"],
        ["AAB 26-12", "10/09/2026", "Confirm the date the new rural crime vehicles enter service.", "Head of Fleet",
         "Vehicles in service from 1 October 2026.", ""],
        ["AAB 26-14", "10/09/2026", "Present the review of the firearms licensing backlog.", "Supt Licensing",
         "Review not yet presented; the backlog has grown to 412 applications.", ""],
        ["AAB 26-19", "22/10/2026", a1, "ACC Local Policing",
         "Draft plan shared with the OPCC on 30 November; final version due in January.", ""],
        ["AAB 26-20", "22/10/2026", a2, "Head of Victim Care", "", ""],
    ]
    w.table(log, [24, 24, 86, 34, 86, 16], fills={(1, 5): GREEN, (2, 5): RED, (3, 5): AMBER, (4, 5): RED})

    org, front = GLOS_ORG, "2026-12-10"
    levels = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured",
              "Not reached": None}
    records = {
        "documents": [document("pdf", "Accountability and Assurance Board", "Gloucestershire Constabulary", org, front)],
        "meetings": [meeting(front, "Violence against women and girls", org, "Accountability and Assurance Board"),
                     meeting(d, topic, org, notes_title, None)],
        "agenda_items": agenda(front, items),
        "assurance_decisions": [decision(d, topic, n, q, e, levels[lvl], c) for n, q, e, lvl, c in rows],
        "actions": [
            action("2026-09-10", None, "AAB 26-12", log[1][2], log[1][4], "complete", "cell_shading"),
            action("2026-09-10", None, "AAB 26-14", log[2][2], log[2][4], "outstanding", "cell_shading"),
            action(d, topic, "AAB 26-19", a1, log[3][4], "outstanding", "cell_shading"),
            action(d, topic, "AAB 26-20", a2, None, "outstanding", "cell_shading"),
        ],
    }
    return w, records


WY_ORG = "Deputy Mayor for Policing and Crime"


def scale_row(w: Word, chosen: str) -> None:
    """The four-point scale as a one-row table, the Deputy Mayor's option shaded."""
    options = ["Full assurance", "Reasonable assurance", "Partial assurance", "No assurance"]
    w.table([[f"**{o}**" if o == chosen else o for o in options]], [42, 42, 42, 42], header=False,
            fills={(0, options.index(chosen)): "#A6A6A6"})


def west_yorkshire() -> tuple[Word, dict]:
    """New: a four-point scale after each answer with the chosen option shaded; open actions and
    actions completed since the last meeting in two tables, no status column."""
    w = Word("West Yorkshire Combined Authority – Policing and Crime", "OFFICIAL")
    w.para("**Mayor of West Yorkshire – Policing and Crime**", size=12)
    w.title("Community Outcomes Meeting")
    w.para("Wednesday 25 November 2026, 13:30 – 15:30, Wellington House, Leeds")
    w.para("Chair: Deputy Mayor for Policing and Crime")
    w.para("Focus of the meeting: Hate crime")
    w.heading("Agenda", 1)
    items = [("1", "Welcome and introductions", "Deputy Mayor for Policing and Crime"),
             ("2", "Summary notes and actions of the meeting on 23 September 2026", "Head of Policing and Crime"),
             ("3", "Hate crime", "ACC Specialist Crime"),
             ("4", "Questions from the public", "Deputy Mayor for Policing and Crime"),
             ("5", "Any other business", "Deputy Mayor for Policing and Crime")]
    w.table([["Item", "Title", "Presenter"]] + [list(i) for i in items], [14, 96, 60])
    w.page_break()

    notes_title = "Community Outcomes Meeting – Summary notes – 23 September 2026"
    topic, d = "Retail crime", "2026-09-23"
    w.heading(notes_title, 1)
    w.para(f"Focus of the meeting: {topic}")
    w.para("Present: Deputy Mayor for Policing and Crime (Chair); Chief Constable; ACC Local Policing; "
           "Chief Inspector Business Crime; Head of Policing and Crime; Policy Officer (notes).")
    w.para("__The Deputy Mayor's assessment after each answer is shown by the shaded option on the "
           "four-point scale: Full assurance, Reasonable assurance, Partial assurance, No assurance.__")
    qs = [
        ("1", "How many shoplifting offences were recorded in the year to August 2026, and what share were solved?",
         "Recorded shoplifting rose by 14% to 27,905 offences. The charge rate improved from 12% to 17% after "
         "the retail crime unit began collecting CCTV from stores within 48 hours.",
         "Reasonable assurance", "The Deputy Mayor welcomed the higher charge rate but noted the rise in offences."),
        ("2", "How quickly does the Force attend when store staff have detained a suspect?",
         "Average attendance was 71 minutes. In a third of cases officers did not attend and the suspect was "
         "released; the Force is reviewing how these calls are graded.",
         "Partial assurance", "Attendance times are too long; the grading review must report back."),
        ("3", "What is being done about violence and abuse towards shop workers?",
         "Assaults on shop workers are flagged on every report and reviewed daily by the business crime team. "
         "Every flagged assault was allocated to an investigator within 24 hours.",
         "Full assurance", "The Deputy Mayor thanked the team for the daily review."),
        ("4", "How does the Force share intelligence with the business crime reduction partnerships?",
         "The data-sharing agreement with the partnerships lapsed in June and has not been renewed; "
         "images of offenders are not being exchanged.",
         "No assurance", "The Deputy Mayor asked for the agreement to be renewed as a priority."),
    ]
    for n, q, e, lvl, c in qs:
        w.heading(f"Question {n}", 3)
        w.para(q)
        w.para(f"**Response:** {e}")
        scale_row(w, lvl)
        w.para(f"Deputy Mayor's comment: {c}")
    w.heading("Actions", 2)
    a31 = "Report the outcome of the review of how detained-suspect calls are graded."
    a32 = "Renew the data-sharing agreement with the business crime reduction partnerships."
    w.para(f"**DM/26/31** – {a31}")
    w.para(f"**DM/26/32** – {a32}")

    w.landscape()
    w.heading("Action tracker", 1)
    w.para("**Open actions**")
    open_rows = [
        ["Ref", "Raised", "Action", "Lead", "Update", "Due date"],
        ["DM/26/25", "22/07/2026", "Publish the refreshed hate crime third-party reporting centre list.",
         "Supt Partnerships", "Twelve of the nineteen centres confirmed; list due for publication in December.",
         "31/12/2026"],
        ["DM/26/31", "23/09/2026", a31, "ACC Local Policing",
         "Review under way in the control room; findings expected in January.", "29/01/2027"],
    ]
    w.table(open_rows, [26, 24, 72, 36, 72, 26])
    w.para("**Actions completed since the last meeting**")
    closed_rows = [
        ["Ref", "Raised", "Action", "Lead", "Date completed"],
        ["DM/26/27", "22/07/2026", "Circulate the evaluation of the violence against women and girls "
         "night-time economy patrols.", "Ch Insp Licensing", "04/09/2026"],
        ["DM/26/32", "23/09/2026", a32, "Head of Intelligence", "14/10/2026"],
    ]
    w.table(closed_rows, [26, 24, 110, 36, 30])

    org, front = WY_ORG, "2026-11-25"
    levels = {"Full assurance": "Assured", "Reasonable assurance": "Assured",
              "Partial assurance": "Partly assured", "No assurance": "Not assured"}
    records = {
        "documents": [document("pdf", "Community Outcomes Meeting", "West Yorkshire Police", org, front)],
        "meetings": [meeting(front, "Hate crime", org, "Community Outcomes Meeting"),
                     meeting(d, topic, org, notes_title, None)],
        "agenda_items": agenda(front, items),
        "assurance_decisions": [decision(d, topic, n, q, e, levels[lvl], c) for n, q, e, lvl, c in qs],
        "actions": [
            action("2026-07-22", None, "DM/26/25", open_rows[1][2], open_rows[1][4], "outstanding", None),
            action(d, topic, "DM/26/31", a31, open_rows[2][4], "outstanding", None),
            action("2026-07-22", None, "DM/26/27", closed_rows[1][2], None, "complete", None),
            action(d, topic, "DM/26/32", a32, None, "complete", None),
        ],
    }
    return w, records


SOUTH_WALES_ORG = "Police and Crime Commissioner for South Wales"


def south_wales() -> tuple[Word, dict]:
    """New: bilingual headings; per item a table whose assurance rating is a RAG colour word on
    its shading, read against a key (one row not rated); a tracker with no status column but a
    "Date completed" column, one action carried across three meetings."""
    w = Word("Comisiynydd Heddlu a Throseddu De Cymru / South Wales Police and Crime Commissioner",
             "SWYDDOGOL / OFFICIAL")
    w.title("Cyfarfod Perfformiad ac Atebolrwydd / Performance and Accountability Meeting")
    w.para("Dydd Mawrth 1 Rhagfyr 2026 / Tuesday 1 December 2026, 10:00")
    w.para("Police Headquarters, Bridgend, and online")
    w.heading("Agenda", 1)
    items = [("1", "Welcome and apologies", "Commissioner"),
             ("2", "Notes of the meeting held on 6 October 2026", "Chief of Staff"),
             ("3", "Action tracker", "Chief of Staff"),
             ("4", "Serious violence duty: first year", "ACC Crime"),
             ("5", "Police and Crime Plan delivery: quarter 2", "Director of Commissioning"),
             ("6", "Any other business", "Commissioner")]
    w.table([["Item", "Title", "Lead"]] + [list(i) for i in items], [16, 106, 48])
    w.page_break()

    notes_title = "Notes – Performance and Accountability Meeting – 6 October 2026"
    d = "2026-10-06"
    w.heading(f"Nodiadau / {notes_title}", 1)
    w.para("Present: Police and Crime Commissioner (Chair); Deputy Commissioner; Chief Constable; DCC; "
           "ACC Crime; ACC Operations; Chief of Staff, OPCC; Scrutiny Officer (notes).")
    w.heading("1. Welcome and apologies", 2)
    w.para("The Commissioner welcomed everyone. There were no apologies.")
    w.heading("2. Notes and action tracker", 2)
    w.para("The notes of 7 July 2026 were agreed. Action PAM 26/38 remains open and is carried forward.")
    w.para("Each question below is given an assurance rating from the key:")
    w.table([["Rating", "Meaning"],
             ["Green", "Assured – the response fully answers the question and the Commissioner is content."],
             ["Amber", "Partially assured – further information or improvement is needed."],
             ["Red", "Not assured – the Commissioner has significant concerns."],
             ["Grey", "Not rated – the question was not reached or the evidence is awaited."]],
            [24, 146], fills={(1, 0): GREEN, (2, 0): AMBER, (3, 0): RED, (4, 0): GREY})
    da = [
        ("DA1", "How many domestic abuse arrests were made in the quarter, and how many led to a charge?",
         "1,902 arrests were made; 512 led to a charge, a rate of 27% against 22% a year earlier.",
         "Green", "The Commissioner recognised the improvement in charging."),
        ("DA2", "How often are Clare's Law disclosures made within the 35-day target?",
         "68% of right-to-ask applications were completed within 35 days; a backlog built up in the "
         "summer and extra staff have been moved into the unit.",
         "Amber", "The Commissioner asked to see the backlog fall in the next quarter."),
        ("DA3", "What does the victim survey tell the Force about the first response to domestic abuse?",
         "The autumn survey results are not yet analysed.",
         "Grey", "Evidence awaited: to return in February 2027."),
    ]
    ch = [
        ("CH1", "How many 999 calls were answered within ten seconds in the quarter?",
         "92.4% of 999 calls were answered within ten seconds, above the 90% national standard.",
         "Green", "The Commissioner thanked the call handlers."),
        ("CH2", "What is the abandonment rate for 101 calls, and what is being done about it?",
         "Abandonment rose to 29% in August. The Force could not say when the new call-back system will "
         "go live.",
         "Red", "The Commissioner was not assured and asked for a recovery plan."),
    ]
    topics = ("Domestic abuse", "999 and 101 call handling")
    fills = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Grey": GREY}
    header = ["Ref", "Question", "Summary of response", "Assurance rating", "Commissioner's comments"]
    a51 = "Provide a recovery plan for 101 abandonment, with monthly milestones."
    a52 = "Report the Clare's Law backlog figures monthly until it is cleared."
    for number, (topic, rows) in enumerate(zip(topics, (da, ch)), start=3):
        w.heading(f"{number}. {topic}", 2)
        w.table([header] + [list(r) for r in rows], [13, 43, 54, 22, 38],
                fills={(i + 1, 3): fills[r[3]] for i, r in enumerate(rows)})
        w.para(f"**Action PAM 26/{51 if number == 4 else 52}:** {a51 if number == 4 else a52}")
    w.heading("5. Any other business", 2)
    w.para("None.")

    w.landscape()
    w.heading("Traciwr Camau Gweithredu / Action tracker", 1)
    w.para("An action is closed when a date is entered under Date completed.")
    log = [
        ["Ref", "Meeting", "Action", "Owner", "Target date", "Date completed", "Progress notes"],
        ["PAM 26/38", "07/07/2026 (carried forward 06/10/2026)",
         "Set out the plan to replace the custody CCTV at the Cardiff Bay suite.", "Head of Estates",
         "30/11/2026", "", "Contract awarded; installation now expected in January 2027."],
        ["PAM 26/41", "07/07/2026", "Share the results of the stop and search scrutiny panel's review of "
         "body-worn video.", "Ch Supt Operations", "30/09/2026", "22/09/2026", "Results shared and discussed "
         "with the panel chair."],
        ["PAM 26/51", "06/10/2026", a51, "ACC Operations", "01/12/2026", "", "Draft plan received; milestones "
         "still being agreed with the contact centre."],
        ["PAM 26/52", "06/10/2026", a52, "D/Supt Public Protection", "Monthly", "18/11/2026",
         "Backlog cleared by 12 November; figures circulated."],
    ]
    w.table(log, [22, 30, 60, 28, 24, 26, 67])

    org, front = SOUTH_WALES_ORG, "2026-12-01"
    levels = {"Green": "Assured", "Amber": "Partly assured", "Red": "Not assured", "Grey": None}
    decisions = [decision(d, topic, n, q, e, levels[lvl], c)
                 for topic, rows in zip(topics, (da, ch)) for n, q, e, lvl, c in rows]
    records = {
        "documents": [document("pdf", "Performance and Accountability Meeting", "South Wales Police", org, front)],
        "meetings": [meeting(front, None, org, "Performance and Accountability Meeting"),
                     meeting(d, None, org, notes_title, None)],
        "agenda_items": agenda(front, items),
        "assurance_decisions": decisions,
        "actions": [
            action("2026-07-07", None, "PAM 26/38", log[1][2], log[1][6], "outstanding", "status_column"),
            action("2026-07-07", None, "PAM 26/41", log[2][2], log[2][6], "complete", "status_column"),
            action(d, topics[1], "PAM 26/51", a51, log[3][6], "outstanding", "status_column"),
            action(d, topics[0], "PAM 26/52", a52, log[4][6], "complete", "status_column"),
        ],
    }
    return w, records


MERSEYSIDE_ORG = "Police and Crime Commissioner for Merseyside"


def merseyside() -> tuple[Word, dict]:
    """New: a timed agenda with no item numbers; the levels only in a "Summary of assurance"
    table closing the scrutiny item; numbered "Actions arising" printed again in a log with the
    office's status words. Word file."""
    w = Word("Merseyside Police and Crime Commissioner – Public Scrutiny Meeting")
    w.para("**Merseyside Police and Crime Commissioner**", size=12)
    w.title("Public Scrutiny Meeting")
    w.para("Tuesday 8 December 2026, 10:00, Mann Island, Liverpool – streamed live")
    w.para("Focus: Roads policing and road safety")
    w.heading("Agenda", 1)
    items = [(None, "Welcome and apologies", "Police Commissioner"),
             (None, "Minutes of the meeting held on 15 September 2026 and action log", "Chief Executive, OPCC"),
             (None, "Roads policing and road safety", "ACC Operations"),
             (None, "Questions submitted by the public", "Police Commissioner"),
             (None, "Any other business", "Police Commissioner")]
    times = ["10:00", "10:05", "10:15", "11:30", "11:55"]
    w.table([["Time", "Item", "Presenter"]] + [[t, i[1], i[2]] for t, i in zip(times, items)], [18, 100, 52])
    w.page_break()

    notes_title = "Public Scrutiny Meeting – Minutes – 15 September 2026"
    topic, d = "Serious and organised crime", "2026-09-15"
    w.heading(notes_title, 1)
    w.para(f"Focus: {topic}")
    w.para("Present: Police Commissioner (Chair); Deputy Police Commissioner; Chief Constable; ACC Crime; "
           "Chief Executive, OPCC; Performance Manager, OPCC (minutes).")
    w.heading("Welcome and apologies", 2)
    w.para("The Commissioner opened the meeting, which was streamed live. Apologies from the Chief Finance Officer.")
    w.heading("Minutes and action log", 2)
    w.para("The minutes of 9 June 2026 were agreed as a true record. The log is attached.")
    w.heading(topic, 2)
    w.para("The ACC Crime presented the Force's quarterly report on serious and organised crime.")
    qs = [
        ("1", "How many organised crime groups are being actively disrupted, and how is their threat assessed?",
         "62 groups are mapped, 41 of them under active disruption. Each is scored with the national "
         "MoRiLE method every quarter and reviewed at the monthly tasking meeting.",
         "Assured", "Clear evidence of a managed approach."),
        ("2", "How many firearms discharges were there this year, and how many have led to a charge?",
         "There were 19 discharges, 4 fewer than last year. Charges have followed in 7 cases; the others "
         "remain under investigation.",
         "Partially assured", "Progress made, but most cases remain unresolved."),
        ("3", "What is being done to stop children being drawn into county lines?",
         "The Force referred 87 children to the national referral mechanism. It could not say how many "
         "were offered support by the youth diversion scheme, which is commissioned by the OPCC.",
         "Not assured", "The Commissioner has asked for the referral data to be matched with the scheme's."),
    ]
    for n, q, e, _, _ in qs:
        w.para(f"**Q{n}. {q}**")
        w.para(e)
    w.para("**Summary of assurance**")
    w.table([["Question", "Assurance", "Commissioner's comment"]] + [[f"Q{n}", lvl, c] for n, _, _, lvl, c in qs],
            [22, 40, 108])
    w.para("**Actions arising**")
    a1 = "Match the national referral mechanism data with the youth diversion scheme's referrals."
    a2 = "Brief the Commissioner on the outstanding firearms discharge investigations."
    w.para(a1, style="List Number")
    w.para(a2, style="List Number")
    w.heading("Questions submitted by the public", 2)
    w.para("The Commissioner put two further questions from residents on speeding in residential streets; the "
           "ACC Operations answered both and will return to them in December.")
    w.heading("Any other business", 2)
    w.para("None.")

    w.heading("Action log", 1)
    log = [
        ["Ref", "Date set", "Action", "Owner", "Progress", "Status"],
        ["PSM 26-06", "03/03/2026", "Publish the Force's response to the HMICFRS report on vetting.",
         "DCC", "Carried at the June and September meetings; response to be published with the new "
         "vetting policy.", "In hand"],
        ["PSM 26-11", "09/06/2026", "Provide the figures for knife arches deployed at events.",
         "Supt Events", "Figures provided in July.", "Achieved"],
        ["PSM 26-14", "15/09/2026", a1, "Head of Commissioning", "", "Not yet started"],
        ["PSM 26-15", "15/09/2026", a2, "ACC Crime", "Briefing given to the Commissioner on 3 November 2026.",
         "Achieved"],
    ]
    w.table(log, [20, 20, 46, 22, 40, 22])

    org, front = MERSEYSIDE_ORG, "2026-12-08"
    levels = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}
    records = {
        "documents": [document("docx", "Public Scrutiny Meeting", "Merseyside Police", org, front)],
        "meetings": [meeting(front, "Roads policing and road safety", org, "Public Scrutiny Meeting"),
                     meeting(d, topic, org, notes_title)],
        "agenda_items": agenda(front, items),
        "assurance_decisions": [decision(d, topic, n, q, e, levels[lvl], c) for n, q, e, lvl, c in qs],
        "actions": [
            action("2026-03-03", None, "PSM 26-06", log[1][2], log[1][4], "outstanding", "status_column"),
            action("2026-06-09", None, "PSM 26-11", log[2][2], log[2][4], "complete", "status_column"),
            action(d, topic, "PSM 26-14", a1, None, "outstanding", "status_column"),
            action(d, topic, "PSM 26-15", a2, log[4][4], "complete", "status_column"),
        ],
    }
    return w, records


WILTSHIRE_ORG = "Police and Crime Commissioner for Wiltshire and Swindon"


def wiltshire() -> tuple[Word, dict]:
    """New: minutes under minute-numbered headings, "Assurance: Assurance provided / Partial /
    Assurance not provided" after each line of enquiry; a tracker with no status column whose
    updates say in their own words whether the action is done. Word file."""
    w = Word("OFFICIAL – Office of the Police and Crime Commissioner for Wiltshire and Swindon")
    w.para("**Police and Crime Commissioner for Wiltshire and Swindon**", size=12)
    w.title("Commissioner's Monitoring Board")
    w.para("Thursday 19 November 2026, 09:30, London Road, Devizes")
    w.heading("Agenda", 1)
    items = [("1", "Apologies", "Chair"),
             ("2", "Minutes of the meeting held on 22 October 2026", "Chair"),
             ("3", "Action tracker", "Head of Governance"),
             ("4", "Vetting and professional standards", "DCC"),
             ("5", "Finance: mid-year position", "Chief Finance Officer"),
             ("6", "Any other business", "Chair")]
    for number, title, lead in items:
        w.para(f"{number}.\t{title} ({lead})")
    w.page_break()

    notes_title = "Commissioner's Monitoring Board – Minutes of the meeting held on 22 October 2026"
    topic, d = "Rural and wildlife crime", "2026-10-22"
    w.heading(notes_title, 1)
    w.para("Present: Police and Crime Commissioner (Chair); Chief Executive, OPCC; Chief Constable; "
           "ACC; Inspector, Rural Crime Team; Head of Governance (minutes).")
    w.heading("26/61 Apologies", 2)
    w.para("Apologies were received from the Deputy Chief Constable.")
    w.heading("26/62 Minutes and action tracker", 2)
    w.para("The minutes of 17 September 2026 were agreed. The tracker was reviewed; see the annex.")
    w.heading(f"26/63 {topic}", 2)
    w.para("The Inspector for the Rural Crime Team presented the paper.")
    qs = [
        ("1", "How has the number of rural crimes reported changed since the Rural Crime Team was enlarged?",
         "Reports rose by 11% in the year to September, which the Force attributes to greater confidence "
         "in reporting. Thefts of farm machinery fell by a quarter.",
         "Assurance provided", None),
        ("2", "How many wildlife crime investigations were closed without a suspect being identified?",
         "Of 64 investigations, 39 were closed with no suspect. Only two officers hold the wildlife crime "
         "qualification.",
         "Partial", "the Commissioner asked for a plan to train more wildlife crime officers."),
        ("3", "Is the Force meeting its commitment to attend every report of livestock worrying within a day?",
         "The Force does not record attendance times for livestock worrying separately and could not answer.",
         "Assurance not provided", "the Commissioner asked for attendance to be recorded from November."),
    ]
    for n, q, e, lvl, c in qs:
        w.para(f"**Line of enquiry {n}:** {q}")
        w.para(e)
        w.para(f"**Assurance:** {lvl}." if c is None else f"**Assurance:** {lvl} – {c}")
    a19 = "Provide a plan to train more wildlife crime officers by April 2027."
    a20 = "Record attendance times for livestock worrying from 1 November 2026 and report them in January."
    w.para(f"Action (CMB/A/26/19): {a19}")
    w.para(f"Action (CMB/A/26/20): {a20}")
    w.heading("26/64 Any other business", 2)
    w.para("The Chief Finance Officer reported that internal audit had given substantial assurance on payroll.")

    w.heading("Annex – Action tracker", 1)
    log = [
        ["Ref", "Raised", "Discussed at", "Action", "Lead", "Latest update"],
        ["CMB/A/26/08", "16/04/2026", "May, July, September and October 2026",
         "Review how the Force records crimes against people with a learning disability.", "ACC",
         "Still awaiting the Force's review; chased again on 3 November."],
        ["CMB/A/26/14", "17/09/2026", "October 2026", "Share the revised drone deployment policy.",
         "Supt Operations", "Policy shared with the OPCC on 30 September; no further action needed."],
        ["CMB/A/26/19", "22/10/2026", "–", a19, "ACC",
         "Training plan drafted; costs being agreed with the Chief Finance Officer."],
        ["CMB/A/26/20", "22/10/2026", "–", a20, "Insp Rural Crime Team",
         "Done: a new closure code went live on 1 November and the first month's figures are attached."],
    ]
    w.table(log, [24, 18, 24, 40, 20, 44])

    org, front = WILTSHIRE_ORG, "2026-11-19"
    levels = {"Assurance provided": "Assured", "Partial": "Partly assured", "Assurance not provided": "Not assured"}
    records = {
        "documents": [document("docx", "Commissioner's Monitoring Board", "Wiltshire Police", org, front)],
        "meetings": [meeting(front, None, org, "Commissioner's Monitoring Board"),
                     meeting(d, topic, org, notes_title)],
        "agenda_items": agenda(front, [(n, t, lead) for n, t, lead in items]),
        "assurance_decisions": [decision(d, topic, n, q, e, levels[lvl], c) for n, q, e, lvl, c in qs],
        "actions": [
            action("2026-04-16", None, "CMB/A/26/08", log[1][3], log[1][5], "outstanding", "inferred_from_update"),
            action("2026-09-17", None, "CMB/A/26/14", log[2][3], log[2][5], "complete", "inferred_from_update"),
            action(d, topic, "CMB/A/26/19", a19, log[3][5], "outstanding", "inferred_from_update"),
            action(d, topic, "CMB/A/26/20", a20, log[4][5], "complete", "inferred_from_update"),
        ],
    }
    return w, records


PACKS: dict[str, tuple[Callable[[], tuple[Word, dict]], str]] = {
    "cheshire-pcc-sam-2026-11-17.pdf": (cheshire, "pdf"),
    "gloucestershire-pcc-aab-2026-12-10.pdf": (gloucestershire, "pdf"),
    "west-yorkshire-mca-com-2026-11-25.pdf": (west_yorkshire, "pdf"),
    "south-wales-pcc-pam-2026-12-01.pdf": (south_wales, "pdf"),
    "merseyside-pcc-psm-2026-12-08.docx": (merseyside, "docx"),
    "wiltshire-pcc-cmb-2026-11-19.docx": (wiltshire, "docx"),
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    only = set(sys.argv[1:])
    for name, (build, kind) in PACKS.items():
        if only and name not in only:
            continue
        word, records = build()
        data = word.bytes()
        if kind == "pdf":
            data = docx_to_pdf(data)
            set_pdf_pages(data, records)
        else:  # Word has no pages
            for record_type, rows in records.items():
                for record in rows:
                    record["page"] = None
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        pages = {t: [r["page"] for r in records[t]] for t in ("meetings", "assurance_decisions", "actions")}
        print(f"{name}: {len(data)} bytes; pages {pages}")


if __name__ == "__main__":
    main()
