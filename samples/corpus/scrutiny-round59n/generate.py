"""Held-out scrutiny round 59n (issue 4): nine packs of 2047 whose ordinary scrutiny records stand among
papers a real office's pack carries, where words of decisions, levels and statuses mean no decision, no
action and no status of the board (an internal auditor's opinions, a scorecard, a glossary, a blank
decision form, complaint reviews, an improvement plan, an ethics committee's minutes, custody visitors'
findings, a partnership plan, commissioned services' outcomes, a panel's views, out-of-court case reviews).

Written blind. Each builder call that prints a question, an action row, an agenda row or a meeting
heading also writes its gold record; gold goes to ``heldout/`` (not scored by CI).

    .venv/bin/python samples/corpus/scrutiny-round59n/generate.py [NAME-PREFIX ...]
"""

from __future__ import annotations

import io
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import pdfplumber  # noqa: E402

from office_pdf import docx_to_pdf  # noqa: E402
from scrutiny_common import CORPUS  # noqa: E402,F401  (puts scrutiny-round3 on sys.path)
from render import (Break, Bul, H, Num, P, PdfLook, T, register_dejavu_serif, render_docx,  # noqa: E402
                    render_pdf)

HELDOUT = HERE / "heldout"
CHECKED = ("Written blind for held-out round 59n; every record written by the builder call that prints it, "
           "PDF pages found in the PDF's own pdfplumber text; the extractors were never run on it.")

GREEN, AMBER, RED = "#00b050", "#ffc000", "#ff0000"


def plain(text: str) -> str:
    """Text without the inline markup."""
    text = re.sub(r"\{#[0-9a-fA-F]{6}\|(.*?)\}", r"\1", text)
    return text.replace("***", "").replace("**", "").replace("*", "")


@dataclass
class Pack:
    name: str
    organisation: str
    force: str
    title: str
    meeting_date: str
    blocks: list = field(default_factory=list)
    records: dict = field(default_factory=lambda: {"documents": [], "meetings": [], "agenda_items": [],
                                                   "assurance_decisions": [], "actions": [], "grades": []})
    keys: list = field(default_factory=list)  # (record, key text) pairs whose page is found in the PDF

    def add(self, *blocks) -> None:
        self.blocks.extend(blocks)

    def keyed(self, kind: str, record: dict, key: str | None) -> None:
        record = {"page": None, **record}
        self.records[kind].append(record)
        if key is not None:
            self.keys.append((record, key))

    # --- front sheet -------------------------------------------------------

    def front_meeting(self, topic: str | None) -> None:
        self.records["meetings"].append({"page": 1, "meeting_date": self.meeting_date, "topic": topic,
                                         "organisation": self.organisation, "title": self.title})

    def agenda(self, header: tuple[str, ...], rows: list[tuple[str, str, str | None]], widths: tuple,
               bordered: bool = True) -> None:
        """Rows of (number, title, presenter cell as printed); '–' or '' gives a null presenter."""
        table = [header] + [(n, t, p or "") for n, t, p in rows]
        self.add(T(tuple(table), widths, header_rows=1, bordered=bordered))
        for n, t, p in rows:
            self.records["agenda_items"].append({
                "page": 1, "meeting_date": self.meeting_date, "number": n, "title": plain(t),
                "presenter": None if p in (None, "", "–") else plain(p)})

    # --- notes -------------------------------------------------------------

    def notes_heading(self, text: str, date: str, topic: str | None, level: int = 1) -> None:
        self.add(H(text, level))
        self.keyed("meetings", {"meeting_date": date, "topic": topic, "organisation": self.organisation,
                                "title": plain(text)}, plain(text))

    def decision(self, date: str, topic: str | None, number: str | None, question: str, evidence: str,
                 assurance: str | None, commentary: str | None) -> None:
        self.keyed("assurance_decisions", {
            "meeting_date": date, "topic": topic, "question_number": number, "question": plain(question),
            "evidence_summary": plain(evidence), "assurance": assurance,
            "commentary": plain(commentary) if commentary else None}, plain(question))

    def action(self, key: str | None, *, number: str | None, text: str, update: str | None, status: str,
               status_source: str, date: str | None, topic: str | None) -> None:
        """``key`` is the text as first printed (the minute, else the tracker row)."""
        self.keyed("actions", {
            "meeting_date": date, "topic": topic, "number": number, "text": plain(text),
            "update": plain(update) if update else None, "status": status, "status_source": status_source,
            "source": "action_tracker"}, plain(key or text))

    def document(self, file_type: str, pages: int | None) -> dict:
        record = {"page": None, "file_type": file_type, "doc_kind": "scrutiny_pack", "status": "ok",
                  "publication_date": None, "title": self.title, "force": self.force,
                  "organisation": self.organisation, "meeting_date": self.meeting_date}
        if pages is not None:
            record["pages"] = pages
        return record


# --- page finding and checks ---------------------------------------------------

def _norm(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def _tokens(text: str) -> set[str]:
    return {t for t in (w.strip(".,;:()[]'\"?!–-/") for w in _norm(text).split()) if t}


def source_tokens(blocks: list) -> set[str]:
    out: set[str] = set()

    def walk(obj) -> None:
        if isinstance(obj, str):
            words = _tokens(plain(obj))
            out.update(words)
            out.update(part for w in words for part in w.split("-") if part)  # a line may break at a hyphen
        elif isinstance(obj, (tuple, list)):
            for o in obj:
                walk(o)
        elif isinstance(obj, (H, P)):
            walk(obj.text)
            if isinstance(obj, P) and obj.hang:
                walk(obj.hang)
        elif isinstance(obj, (Bul, Num)):
            walk(obj.items)
        elif isinstance(obj, T):
            walk(obj.rows)

    walk(blocks)
    return out


def _join_hyphens(text: str) -> str:
    """A line broken after a hyphen ("non-" / "emergency") read as the one word it prints."""
    return re.sub(r"(\w)-\n(\w)", r"\1-\2", text)


def set_pages(pack: Pack, data: bytes) -> int:
    """Each keyed record's page: the first page whose text or table cells hold the start of its key.
    Stops if a key is on no page, or a table cell holds a word no source text has (a split word)."""
    known = source_tokens(pack.blocks)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        texts = []
        for number, page in enumerate(pdf.pages, 1):
            cells = []
            for table in page.extract_tables():
                for row in table:
                    for cell in row:
                        if not cell:
                            continue
                        cells.append(_norm(_join_hyphens(cell)))
                        bad = _tokens(cell) - known
                        if bad:
                            raise SystemExit(f"{pack.name} p{number}: split or unknown words {sorted(bad)} in {cell!r}")
            texts.append((_norm(_join_hyphens(page.extract_text() or "")), cells))
        pages = len(pdf.pages)
    for record, key in pack.keys:
        words = _norm(key).split()
        for n in (8, 6, 4):
            prefix = " ".join(words[:n])
            found = [i for i, (text, cells) in enumerate(texts, 1)
                     if prefix in text or any(c.startswith(prefix) or prefix in c for c in cells)]
            if found:
                record["page"] = found[0]
                break
        else:
            raise SystemExit(f"{pack.name}: key on no page: {key!r}")
    return pages


def write(pack: Pack, data: bytes, pages: int | None) -> None:
    file_type = "pdf" if pack.name.endswith(".pdf") else "docx"
    pack.records["documents"] = [pack.document(file_type, pages)]
    (HERE / pack.name).write_bytes(data)
    HELDOUT.mkdir(exist_ok=True)
    gold = {"source_file": pack.name, "expect": "ok", "checked": CHECKED, "records": pack.records}
    (HELDOUT / f"{pack.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    print(f"{pack.name}: {len(data)} bytes, pages {pages}; "
          f"decisions {[r['page'] for r in pack.records['assurance_decisions']]}, "
          f"actions {[r['page'] for r in pack.records['actions']]}")


def when(date: str) -> datetime:
    return datetime.fromisoformat(date + "T09:00:00")


def finish_pdf(pack: Pack, data: bytes) -> None:
    write(pack, data, set_pages(pack, data))


def finish_word_pdf(pack: Pack) -> None:
    docx = render_docx(pack.blocks, title=pack.title, author=pack.organisation, when=when(pack.meeting_date))
    finish_pdf(pack, docx_to_pdf(docx))


def finish_docx(pack: Pack, header: tuple[str, ...] = ()) -> None:
    for kind in pack.records:
        for record in pack.records[kind]:
            record["page"] = None  # a Word file has no pages
    data = render_docx(pack.blocks, title=pack.title, author=pack.organisation, when=when(pack.meeting_date),
                       header=header)
    write(pack, data, None)


# --- shared printed forms ------------------------------------------------------

STATUS = {"Complete": "complete", "Closed": "complete", "Open": "outstanding", "In progress": "outstanding",
          "Ongoing": "outstanding", "Not started": "outstanding"}


def numbered_question_table(pack: Pack, date: str, topic: str | None, header: tuple[str, ...],
                            rows: list[tuple[str, str, str, str, str | None, str | None]],
                            widths=(5, 28, 40, 12, 25), bordered: bool = True) -> None:
    """No. | Question | Response | Level | Comments; rows of (number, question, response, printed level,
    gold level, comment)."""
    table = [header]
    for n, q, resp, printed, level, comment in rows:
        table.append((n, q, resp, printed, comment or ""))
        pack.decision(date, topic, n.rstrip("."), q, resp, level, comment)
    pack.add(T(tuple(table), widths, header_rows=1, bordered=bordered))


def tracker(pack: Pack, header: tuple[str, ...], rows: list[dict], widths, fills: dict | None = None,
            bordered: bool = True) -> None:
    """Ref | Meeting | Action | Update | Status rows; each row dict holds ref, meeting (as printed), date,
    text, update, status (as printed), topic, key (the minute's text where minuted) and an optional
    fill (the status cell's shading; the cell then prints nothing)."""
    table = [header]
    cell_fills = {}
    for i, row in enumerate(rows, 1):
        status_cell = "" if row.get("fill") else row["status"]
        table.append((row["ref"], row["meeting"], row["text"], row["update"] or "", status_cell))
        if row.get("fill"):
            cell_fills[(i, 4)] = row["fill"]
        pack.action(row.get("key"), number=row["ref"], text=row["text"], update=row["update"],
                    status=row["gold_status"], status_source=row.get("source", "status_column"),
                    date=row["date"], topic=row.get("topic"))
    pack.add(T(tuple(table), widths, header_rows=1, fills={**cell_fills, **(fills or {})}, bordered=bordered))


def row(ref, meeting, date, text, update, status, topic=None, key=None, fill=None, gold_status=None,
        source="status_column") -> dict:
    return {"ref": ref, "meeting": meeting, "date": date, "text": text, "update": update, "status": status,
            "topic": topic, "key": key, "fill": fill, "gold_status": gold_status or STATUS.get(status),
            "source": source}


# === 1. Avon and Somerset: reportlab, landscape ===================================

def avon_somerset() -> None:
    org = "Police and Crime Commissioner for Avon and Somerset"
    pack = Pack("avon-somerset-pcc-pab-2047-05-20-round59n.pdf", org, "Avon and Somerset Constabulary",
                "Performance and Accountability Board", "2047-05-20")
    notes_date, topic = "2047-03-18", "Shoplifting and business crime"
    pack.add(P("**Office of the Avon and Somerset Police and Crime Commissioner**"),
             H("Performance and Accountability Board"),
             P("Monday 20th May 2047, 10:00 – 12:30, Valley Road Conference Room"),
             P("**Theme:** Neighbourhood policing and local priorities"),
             H("Agenda", 2))
    pack.front_meeting("Neighbourhood policing and local priorities")
    pack.agenda(("Item", "Title", "Lead"), [
        ("1", "Welcome, apologies and declarations of interest", "PCC"),
        ("2", "Notes of the Board held on 18 March 2047 and matters arising", "Head of Scrutiny"),
        ("3", "Action tracker", "Head of Scrutiny"),
        ("4", "Neighbourhood policing and local priorities", "Assistant Chief Constable, Local Policing"),
        ("5", "Internal audit progress report (for information)", "Chief Finance Officer"),
        ("6", "Any other business", "–"),
    ], (8, 62, 30))
    pack.add(Break())
    pack.notes_heading("Notes of the Performance and Accountability Board – 18 March 2047", notes_date, topic)
    pack.add(P("**Present:** the Police and Crime Commissioner (Chair); the Chief Constable; the Deputy Chief "
               "Constable; the OPCC Chief Executive; the Head of Scrutiny."),
             P("**1. Welcome and apologies.** Apologies were received from the Chief Finance Officer."),
             P("**2. Notes and action tracker.** The notes of 21 January 2047 were agreed."),
             H("3. Shoplifting and business crime", 2))
    numbered_question_table(pack, notes_date, topic, ("No.", "Question", "Response", "Assurance level", "Comments"), [
        ("1", "How has recorded shoplifting changed over the last twelve months, and how much of the rise does the force attribute to better reporting by retailers?",
         "Recorded shoplifting rose by 17% to 9,412 offences. The force estimates that about a third of the rise follows the online reporting form launched with the retail crime partnership in June.",
         "Assured", "Assured", "The PCC welcomed the analysis and asked that it be repeated at the year end."),
        ("2", "What proportion of shoplifting offences with a named suspect reach a charge or caution, and how is the force improving it?",
         "Of offences with a named suspect, 23% ended in a charge or caution against 29% a year earlier. A central team now reviews every case that closes with a named suspect and no outcome.",
         "Partially assured", "Partly assured", "The central review is new; the PCC wants to see its effect on outcomes by September."),
        ("3", "How does the force support small independent retailers who are repeat victims of business crime?",
         "There is no list of repeat business victims. Neighbourhood teams visit shops when a call is made but no follow-up is recorded.",
         "Not assured", "Not assured", "The PCC asked the force to identify repeat business victims and to set out a support offer."),
    ], widths=(5, 28, 40, 12, 25))
    pack.add(P("**Actions agreed under this item:**"),
             P("PAB 47/06 – Identify the 50 businesses most often victims of crime in the last year and set out the support offered to each.", indent=12),
             P("PAB 47/07 – Report the effect of the central case review on shoplifting outcomes to the September Board.", indent=12),
             P("**4. Any other business.** None."),
             Break())
    # near miss: the internal auditor's progress report
    pack.add(H("Item 5: Internal audit progress report 2046/47 – for information", 2),
             P("The report is presented by the joint internal auditors to the Joint Audit Committee and is "
               "included here for information. The opinions below are the auditors' opinions on the "
               "controls of each system reviewed; they are not decisions of this Board. Opinions: "
               "Substantial, Reasonable, Limited or No assurance."),
             T((("Audit", "Auditor's opinion", "Recommendations (priority 1 / 2 / 3)", "Summary"),
                ("Seized property and cash", "Limited", "1 / 3 / 2", "Cash held beyond the retention period in two stores; reconciliations not signed off."),
                ("Payroll and overtime", "Reasonable", "0 / 2 / 1", "Controls generally sound; overtime claims approved after payment in a sample of cases."),
                ("Fleet management", "Substantial", "0 / 0 / 2", "Good controls over servicing and fuel cards."),
                ("Victim services grant", "Reasonable", "0 / 1 / 1", "Grant conditions met; quarterly returns received late.")),
               (28, 14, 18, 40), header_rows=1),
             H("Agreed management actions – implementation status", 3),
             T((("Audit", "Management action", "Owner", "Due", "Status"),
                ("Seized property and cash", "Return or bank cash held beyond the retention period.", "Head of Criminal Justice", "30/04/2047", "Overdue"),
                ("Seized property and cash", "Monthly reconciliation to be signed off by an inspector.", "Head of Criminal Justice", "31/03/2047", "Implemented"),
                ("Payroll and overtime", "Overtime to be approved before it is paid.", "Head of HR Services", "31/07/2047", "Not yet due"),
                ("Victim services grant", "Remind providers of the quarterly return deadline.", "OPCC Commissioning Manager", "28/02/2047", "Implemented")),
               (22, 40, 18, 10, 10), header_rows=1),
             P("The Joint Audit Committee was satisfied with progress at its meeting of 26 March 2047."),
             Break())
    # near miss 2: outcomes of misconduct hearings, published by the force
    pack.add(H("Appendix – misconduct hearings concluded, January to March 2047", 2),
             P("Hearings are held by independent legally qualified chairs; outcomes are published by the force's "
               "Professional Standards Department. They are reported for information."),
             T((("Case", "Rank", "Allegation", "Finding", "Outcome"),
                ("PSD-47-003", "Police constable", "Failure to disclose a business interest", "Misconduct proven", "Final written warning"),
                ("PSD-47-007", "Sergeant", "Discreditable conduct off duty", "Gross misconduct proven", "Dismissed without notice"),
                ("PSD-47-011", "Police staff", "Unauthorised access to records", "Not proven", "No further action")),
               (14, 16, 32, 20, 18), header_rows=1),
             P("Learning from each case is shared through the force's reflective practice process."),
             Break())
    pack.add(H("Action tracker – Performance and Accountability Board", 2))
    tracker(pack, ("Ref", "Meeting", "Action", "Update", "Status"), [
        row("PAB 47/01", "21 Jan 2047", "2047-01-21", "Share the custody healthcare contract's performance report with the OPCC.",
            "Report shared on 14 February 2047.", "Closed"),
        row("PAB 47/02", "21 Jan 2047", "2047-01-21", "Brief the PCC on the new call-handling triage model.",
            "Briefing booked for 2 June 2047.", "Open"),
        row("PAB 47/03", "21 Jan 2047", "2047-01-21", "Provide figures on officers released from custody escort duties.",
            "Figures provided at the March Board.", "Closed"),
        row("PAB 47/06", "18 Mar 2047", notes_date, "Identify the 50 businesses most often victims of crime in the last year and set out the support offered to each.",
            "List drawn up; support offer to be agreed with the retail crime partnership in June.", "Open", topic=topic),
        row("PAB 47/07", "18 Mar 2047", notes_date, "Report the effect of the central case review on shoplifting outcomes to the September Board.",
            None, "Open", topic=topic),
    ], (10, 11, 38, 31, 10))
    look = PdfLook(landscape=True, margin=50, footer="Avon and Somerset OPCC – Performance and Accountability Board, 20 May 2047")
    finish_pdf(pack, render_pdf(pack.blocks, look, pack.title, org))


# === 2. Essex: Word -> PDF ===========================================================

def essex() -> None:
    org = "Police, Fire and Crime Commissioner for Essex"
    pack = Pack("essex-pfcc-prsb-2047-04-24-round59n.pdf", org, "Essex Police",
                "Performance and Resources Scrutiny Board", "2047-04-24")
    notes_date, topic = "2047-02-27", "Road Safety"
    pack.add(P("**Essex Police, Fire & Crime Commissioner**"),
             H("Performance and Resources Scrutiny Board"),
             P("Date: 24/04/2047     Time: 14:00     Venue: Kelvedon Park, Room 2"),
             H("Agenda", 2))
    pack.front_meeting(None)
    pack.agenda(("No.", "Item", "Presented by"), [
        ("1", "Apologies and declarations", "PFCC"),
        ("2", "Minutes and actions of the meeting of 27 February 2047", "Strategic Head of Performance"),
        ("3", "Violence against women and girls", "Detective Chief Superintendent, Public Protection"),
        ("4", "Balanced scorecard – quarter 4 2046/47", "Corporate Performance Analyst"),
        ("5", "Estates strategy update", "Director of Estates"),
        ("6", "Any other business", ""),
    ], (8, 60, 32))
    pack.add(Break())
    pack.notes_heading("DRAFT NOTES – PERFORMANCE AND RESOURCES SCRUTINY BOARD (ROAD SAFETY) – 27 FEBRUARY 2047",
                       notes_date, topic, level=2)
    pack.add(P("Present: Police, Fire and Crime Commissioner (Chair); Deputy Chief Constable; Chief Finance Officer (PFCC); Strategic Head of Performance."))
    table = [("Question", "Brief Summary of Evidence", "Decision of PFCC")]
    for q, ev, printed, level, comment in [
        ("How many people were killed or seriously injured on Essex roads in 2046, and how does this compare with the casualty reduction target?",
         "There were 871 people killed or seriously injured in 2046, 4% fewer than in 2045 but above the trajectory needed to meet the 2050 target. Motorcyclists were 21% of the total.",
         "Partly Assured", "Partly assured", "The PFCC noted the fall but asked how the force would close the gap to the trajectory."),
        ("How does the force decide where to deploy average speed and mobile safety cameras?",
         "Sites are chosen by the safety camera partnership on collision data for the last three years, reviewed every six months. Community concerns are logged and assessed against the same criteria.",
         "Assured", "Assured", "The PFCC was content with the published site criteria."),
        ("What has the roads policing unit achieved against drink and drug driving since the summer campaign?",
         "Drug-driving arrests rose by 38% and drink-driving arrests by 6%. Blood sample results still take an average of eleven weeks, so many cases wait for a charge.",
         "Partly Assured", "Partly assured", "The PFCC asked for the forensic turnaround to be raised with the regional provider."),
    ]:
        table.append((q, ev, (f"**{printed}**", f"*{comment}*")))
        pack.decision(notes_date, topic, None, q, ev, level, comment)
    pack.add(T(tuple(table), (30, 45, 25), header_rows=1))
    pack.add(H("Actions", 3),
             Num(("The force to write to the regional forensic provider about blood sample turnaround times and share the reply with the PFCC.",
                  "The Strategic Head of Performance to add killed or seriously injured casualties by road user type to the scorecard.")),
             Break())
    # near miss 1: the balanced scorecard
    pack.add(H("Item 4 – Balanced scorecard, quarter 4 2046/47", 2),
             P("The scorecard is the force's self-assessment and is presented to the Board for noting. Grades "
               "are set by the force's Performance Board. Direction: ▲ improving, ▼ deteriorating, ► stable."),
             T((("Measure", "Q4 result", "Target", "Direction", "Grade"),
                ("Emergency calls answered in 10 seconds", "91.2%", "90%", "▲", "On track"),
                ("Burglary solved rate", "6.8%", "9%", "►", "Off track"),
                ("Victim satisfaction (all crime)", "71%", "75%", "▼", "Off track"),
                ("Officers in neighbourhood teams", "1,108", "1,100", "▲", "On track"),
                ("Sickness absence (days per officer)", "9.4", "8.5", "▼", "Requires attention")),
               (40, 14, 12, 12, 22), header_rows=1),
             P("The Board noted the scorecard. No assurance level is given on performance reports."),
             Break())
    # near miss 2: glossary
    pack.add(H("Appendix – glossary of terms used in this pack", 2),
             T((("Term", "Meaning"),
                ("Assured", "The PFCC is satisfied with the answer given and needs nothing further on the question."),
                ("Partly assured", "The PFCC is satisfied with some of the answer but wants more evidence or progress."),
                ("Not assured", "The PFCC is not satisfied with the answer and the question returns to a later meeting."),
                ("KSI", "Killed or seriously injured in a road traffic collision."),
                ("Balanced scorecard", "The force's own grading of its performance against its plan.")),
               (25, 75), header_rows=1),
             Break())
    pack.add(H("Scrutiny Actions 2047/48", 2),
             P("{#00b050|■} = Action Complete     {#ff0000|■} = Action Outstanding"))
    rows = [
        ("Stop and search", "Publish the quarterly stop and search dashboard on the PFCC website.", "Dashboard published in January.", GREEN, None, None),
        ("Stop and search", "Arrange for the Board to observe a community scrutiny panel.", "Observation to be arranged for the June panel.", RED, None, None),
        ("Road Safety", "The force to write to the regional forensic provider about blood sample turnaround times and share the reply with the PFCC.", "Letter sent 12 March; reply received and shared on 9 April.", GREEN, "1", notes_date),
        ("Road Safety", "The Strategic Head of Performance to add killed or seriously injured casualties by road user type to the scorecard.", "Will appear from the quarter 1 scorecard.", RED, "2", notes_date),
    ]
    table = [("Topic", "Action", "Update", "")]
    for i, (tp, text, update, colour, number, date) in enumerate(rows, 1):
        table.append((tp if i in (1, 3) else None, text, update, f"{{{colour}|■}}"))
        pack.action(text, number=number, text=text, update=update,
                    status="complete" if colour == GREEN else "outstanding", status_source="glyph_colour",
                    date=date, topic=tp)
    pack.add(T(tuple(table), (18, 40, 34, 8), header_rows=1, spans=((1, 0, 2, 1), (3, 0, 2, 1))))
    finish_word_pdf(pack)


# === 3. Hampshire and the Isle of Wight: Word ========================================

def hampshire() -> None:
    org = "Police and Crime Commissioner for Hampshire and the Isle of Wight"
    pack = Pack("hampshire-iow-pcc-pab-2047-06-12-round59n.docx", org, "Hampshire and Isle of Wight Constabulary",
                "Police Accountability Board", "2047-06-12")
    notes_date, topic = "2047-04-10", "Rural and wildlife crime"
    pack.add(P("**Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight**"),
             H("Police Accountability Board"),
             P("Wednesday 12 June 2047 at 10.00am"),
             P("**Focus of the meeting:** Missing children and young people"),
             H("Agenda", 2))
    pack.front_meeting("Missing children and young people")
    pack.agenda(("No.", "Item", "Lead"), [
        ("1", "Welcome and apologies", "PCC"),
        ("2", "Minutes of the meeting held on 10 April 2047", "Head of Governance"),
        ("3", "Missing children and young people", "Chief Superintendent, Public Protection"),
        ("4", "Complaint reviews – quarterly summary", "OPCC Complaints Review Manager"),
        ("5", "Action log", "Head of Governance"),
        ("6", "Any other business", ""),
    ], (8, 62, 30))
    pack.add(Break())
    pack.notes_heading("Minutes of the Police Accountability Board held on 10 April 2047", notes_date, topic)
    pack.add(P("**1. Welcome and apologies.** The PCC welcomed members. There were no apologies."),
             P("**2. Minutes of the last meeting.** The minutes of 13 February 2047 were agreed as a true record."),
             H("3. Rural and wildlife crime", 2))
    for n, q, resp, printed, level, comment in [
        ("1", "How many rural crimes were recorded in 2046/47, and which offences rose most?",
         "Recorded rural crime fell by 3% to 2,318 offences. Theft of farm machinery and quad bikes rose by 22%, mostly in the New Forest and the north of the county.",
         "Assured", "Assured", "The PCC thanked the Country Watch team for a clear picture."),
        ("2", "How does the force tackle hare coursing and other wildlife crime across force borders?",
         "The force belongs to a regional operation with five neighbouring forces, sharing intelligence on vehicles. Seizure powers have been used 14 times, but two trained wildlife officers left this year.",
         "Partially assured", "Partly assured", "The PCC asked how the two wildlife officer posts would be filled."),
        ("3", "What does the force know about rural victims' confidence in reporting?",
         "No survey of rural victims has been carried out since 2043. The force relies on the farming unions for feedback.",
         "Not assured", "Not assured", "The PCC asked for a rural victims survey before the autumn."),
    ]:
        pack.add(H(f"Question {n}", 3), P(f"**{q}**"), P("*Response:*"), P(resp),
                 P(f"**Assurance level:** {printed}"), P(f"**PCC comment:** {comment}"))
        pack.decision(notes_date, topic, n, q, resp, level, comment)
    pack.add(P("**Actions arising**"),
             P("**PAB 47/11:** Set out how and when the two wildlife crime officer posts will be filled."),
             P("**PAB 47/12:** Commission a survey of rural victims' confidence in reporting, to report by October 2047."),
             P("**4. Any other business.** None."))
    # near miss 1: blank decision form for the next meeting
    pack.add(Break(), H("Decision record – Police Accountability Board, 12 June 2047 (to be completed at the meeting)", 2),
             P("This template is completed by the Head of Governance during the meeting and published with the minutes."),
             T((("Question", "Summary of response", "Level of assurance", "PCC comment"),
                ("Question 1", "", "Choose an item.", ""),
                ("Question 2", "", "Choose an item.", ""),
                ("Question 3", "", "[Assured / Partly assured / Not assured]", "")),
               (15, 40, 20, 25), header_rows=1))
    # near miss 2: complaint reviews
    pack.add(Break(), H("Item 4 – Complaint reviews: quarterly summary (January to March 2047)", 2),
             P("The OPCC reviews the outcome of complaints at the complainant's request. A review is upheld where "
               "the outcome was not reasonable and proportionate; the OPCC may then recommend that the force "
               "reconsider. These are outcomes of reviews, reported for information."),
             T((("Review ref.", "Nature of complaint", "Review outcome", "Recommendation to the force", "Force response"),
                ("CR-47-014", "Delay in returning seized phone", "Upheld", "Return the device and apologise for the delay.", "Accepted; device returned"),
                ("CR-47-019", "Rudeness at a front counter", "Not upheld", "None", "–"),
                ("CR-47-023", "Handling of a burglary report", "Upheld", "Review the investigation plan with the complainant.", "Under consideration"),
                ("CR-47-027", "Use of force during an arrest", "Not upheld", "None", "–")),
               (14, 24, 14, 28, 20), header_rows=1),
             P("Of 31 reviews completed in the quarter, 9 were upheld (29%)."))
    pack.add(Break(), H("Action log", 2))
    tracker(pack, ("Ref", "Date raised", "Action", "Update", "Status"), [
        row("PAB 47/04", "13/02/2047", "2047-02-13", "Provide the PCC with the number of missing episodes involving children in care.",
            "Provided on 3 March 2047.", "Complete"),
        row("PAB 47/05", "13/02/2047", "2047-02-13", "Confirm the date of the joint review of the missing persons policy.",
            "Review moved to July at the request of the local authorities.", "In progress"),
        row("PAB 47/11", "10/04/2047", notes_date, "Set out how and when the two wildlife crime officer posts will be filled.",
            "One post filled from 1 May; the second advertised.", "In progress", topic=topic),
        row("PAB 47/12", "10/04/2047", notes_date, "Commission a survey of rural victims' confidence in reporting, to report by October 2047.",
            None, "Not started", topic=topic),
    ], (12, 13, 35, 28, 12))
    finish_docx(pack, header=("OFFICIAL",))


# === 4. Kent: reportlab, DejaVu Serif ===============================================

def kent() -> None:
    org = "Police and Crime Commissioner for Kent"
    pack = Pack("kent-pcc-pdb-2047-05-06-round59n.pdf", org, "Kent Police", "Performance and Delivery Board",
                "2047-05-06")
    notes_date, topic = "2047-03-04", "Victims of fraud"
    pack.add(P("**Kent Police and Crime Commissioner**"),
             H("Performance and Delivery Board"),
             P("6 May 2047, 2pm, Sutton Road, Maidstone"),
             P("**Theme:** HMICFRS areas for improvement – progress"),
             H("Agenda", 2))
    pack.front_meeting("HMICFRS areas for improvement – progress")
    pack.agenda(("Item", "Subject", "Lead"), [
        ("1", "Introduction and apologies", "Commissioner"),
        ("2", "Minutes of 4 March 2047 and action log", "Chief Executive, OPCC"),
        ("3", "HMICFRS areas for improvement – progress", "Deputy Chief Constable"),
        ("4", "Date of the next meeting", "–"),
    ], (8, 62, 30))
    pack.add(P("The Commissioner's assurance framework, with a worked example, is at the back of this pack."),
             Break())
    pack.notes_heading("Minutes: Performance and Delivery Board, 4 March 2047", notes_date, topic)
    pack.add(P("Present: Police and Crime Commissioner; Chief Constable; Deputy Chief Constable; Chief Executive, OPCC."),
             P("1. Apologies were received from the Assistant Chief Officer."),
             P("2. The minutes of 14 January 2047 were agreed; the action log was noted."),
             H("3. Victims of fraud", 2))
    numbered_question_table(pack, notes_date, topic, ("No.", "Question", "Response", "Level of assurance", "Comments"), [
        ("1", "How quickly are fraud victims contacted after Action Fraud passes a report to the force?",
         "The Economic Crime Unit contacted 88% of vulnerable victims within 72 hours, against a standard of 95%. Other victims receive a letter within ten days.",
         "Partially assured", "Partly assured", "The Commissioner asked for the 72-hour standard to be met by the summer."),
        ("2", "How many fraud investigations led to funds being frozen or returned to victims?",
         "Funds were frozen in 61 cases and £1.9 million was returned to victims, up from £1.2 million in the previous year.",
         "Assured", "Assured", "The Commissioner welcomed the rise in funds returned."),
        ("3", "How does the force protect older people from courier and romance fraud?",
         "Banking protocol calls rose by 40%. Prevention talks reached 3,200 older people. The force awaits a national evaluation of its prevention approach.",
         "Not assessed", None, "To be assessed when the national evaluation is published in June."),
    ], widths=(7, 26, 37, 16, 24))
    pack.add(P("Actions agreed:"),
             Bul(("PDB 47/08 – Report progress towards the 72-hour contact standard for vulnerable fraud victims.",
                  "PDB 47/09 – Share the national evaluation of fraud prevention with the Commissioner on publication.")),
             Break())
    # near miss 1: the force's improvement plan against HMICFRS areas for improvement
    pack.add(H("Item 3 – Force improvement plan: HMICFRS areas for improvement", 2),
             P("The plan is the force's. RAG is the force's own rating of delivery: Green on track, Amber at risk, "
               "Red off track, Blue complete. The Board is asked to note progress."),
             T((("AFI", "Area for improvement (summary)", "Force lead", "% complete", "RAG"),
                ("AFI 1", "Answer non-emergency calls more quickly.", "Head of Contact", "60%", "Amber"),
                ("AFI 2", "Record crimes reported through social media.", "Force Crime Registrar", "100%", "Blue"),
                ("AFI 3", "Supervise investigations of lower-level crime.", "Head of Crime", "45%", "Red"),
                ("AFI 4", "Understand the wellbeing needs of the workforce.", "Director of People", "80%", "Green")),
               (10, 40, 20, 16, 14), header_rows=1,
               fills={(1, 4): AMBER, (2, 4): "#9dc3e6", (3, 4): RED, (4, 4): GREEN}),
             P("The Deputy Chief Constable will report progress again in November."),
             Break())
    # near miss 2: the assurance framework with a worked example
    pack.add(H("The Commissioner's assurance framework", 2),
             P("At each Board the Commissioner puts questions to the Chief Constable and records a level of "
               "assurance for each: Assured, Partially assured or Not assured. A question may be left Not "
               "assessed where evidence is awaited."),
             P("**Worked example (illustrative only; not a question put to the force).**"),
             T((("Example question", "Example response", "Example level", "Why"),
                ("How many neighbourhood officers were abstracted to other duties last month?",
                 "Abstraction fell from 14% to 9%; the target is 8%.", "Partially assured",
                 "Progress is shown but the target is not yet met.")),
               (30, 30, 15, 25), header_rows=1),
             Break())
    pack.add(H("Action log", 2),
             P("RAG key: green = complete; amber = in progress; red = overdue."))
    tracker(pack, ("Ref", "Meeting", "Action", "Update", "RAG"), [
        row("PDB 47/02", "14 January 2047", "2047-01-14", "Circulate the force's new policy on the use of drones in searches.",
            "Circulated on 30 January.", None, fill=GREEN, gold_status="complete", source="cell_shading"),
        row("PDB 47/03", "14 January 2047", "2047-01-14", "Provide the number of officers trained in neighbourhood problem solving.",
            "Training records being checked; due at the May Board.", None, fill=RED, gold_status="outstanding", source="cell_shading"),
        row("PDB 47/08", "4 March 2047", notes_date, "Report progress towards the 72-hour contact standard for vulnerable fraud victims.",
            "91% in April; on course for the summer.", None, fill=AMBER, gold_status="outstanding", source="cell_shading", topic=topic),
        row("PDB 47/09", "4 March 2047", notes_date, "Share the national evaluation of fraud prevention with the Commissioner on publication.",
            "Publication delayed nationally to July.", None, fill=AMBER, gold_status="outstanding", source="cell_shading", topic=topic),
    ], (11, 14, 37, 30, 8))
    look = register_dejavu_serif()
    finish_pdf(pack, render_pdf(pack.blocks, look, pack.title, org))


# === 5. Merseyside: Word -> PDF =====================================================

def merseyside() -> None:
    org = "Police and Crime Commissioner for Merseyside"
    pack = Pack("merseyside-pcc-sm-2047-06-03-round59n.pdf", org, "Merseyside Police", "Scrutiny Meeting",
                "2047-06-03")
    notes_date, topic = "2047-04-01", "Serious violence"
    pack.add(P("**Merseyside Police and Crime Commissioner**"),
             H("Scrutiny Meeting"),
             P("Monday, 3rd June 2047 – 1.30pm – Canning Place"),
             H("Agenda", 2))
    pack.front_meeting(None)
    pack.agenda(("Item", "Agenda item", "Presenter"), [
        ("1", "Apologies", "Commissioner"),
        ("2", "Minutes of the meeting of 1st April 2047", "Head of Policy"),
        ("3", "Neighbourhood crime", "Chief Superintendent, Communities"),
        ("4", "Workforce representation", "Director of People"),
        ("5", "Ethics Committee – minutes of 6th May 2047 (for information)", "Head of Policy"),
        ("6", "Action log", "Head of Policy"),
    ], (8, 62, 30))
    pack.add(Break())
    pack.notes_heading("Minutes of the Scrutiny Meeting held on 1st April 2047", notes_date, topic)
    pack.add(P("Present: Police and Crime Commissioner (Chair), Chief Constable, Deputy Chief Constable, Head of Policy (OPCC)."),
             P("**Item 1 – Apologies.** None."),
             H("Item 2 – Serious violence", 2))
    for n, q, ans, printed, level, comment in [
        ("1", "How many knife-enabled offences were recorded in the year to February, and in which areas did they rise?",
         "There were 1,146 knife-enabled offences, 7% fewer than the year before. Offences rose in two Liverpool city centre wards linked to the night-time economy.",
         "Assured", "Assured", "The Commissioner welcomed the fall and the focus on the city centre."),
        ("2", "How is the force using its serious violence duty partnership to prevent violence among young people?",
         "The partnership's strategy was agreed in January. Eight schools host youth workers; an evaluation will report next year.",
         "Partially assured", "Partly assured", "The Commissioner wants to see which schools were chosen and why."),
        ("3", "How does the force make sure that weapons sweeps lead to intelligence and arrests?",
         "Sweeps found 212 weapons last year. The force does not record whether a sweep led to intelligence.",
         "Not assured", "Not assured", None),
    ]:
        pack.add(P(f"**Question {n}:** {q}"), P(ans),
                 P(f"**Assurance level:** {printed}." + (f" {comment}" if comment else "")))
        pack.decision(notes_date, topic, n, q, ans, level, comment)
    pack.add(P("**Actions**"),
             Bul(("SM 47/14 – Provide the list of schools hosting youth workers and the reasons for their selection.",
                  "SM 47/15 – Start recording whether each weapons sweep produced intelligence or an arrest.")),
             Break())
    # near miss: another body's minutes quoted as an appendix
    pack.add(H("Appendix A – Ethics Committee: minutes of the meeting held on 6th May 2047", 2),
             P("These minutes are the independent Ethics Committee's and are shared for information. The "
               "Committee advises the Commissioner and the Chief Constable; it holds no one to account."),
             P("**Present:** Independent Chair; four independent members; Professional Standards representative."),
             P("**Dilemma 1: Use of facial recognition at a football stadium.** Members asked whether the "
               "watch-list criteria had been published and how long images were kept."),
             P("**Committee's view:** Partly assured. Members want the retention period reduced and published."),
             P("**Dilemma 2: Officers' use of personal phones for evidential photographs.** Members heard that "
               "a secure app is being rolled out to all frontline officers by August."),
             P("**Committee's view:** Assured."),
             P("**Committee actions**"),
             T((("No.", "Action", "Owner", "Status"),
                ("EC 1", "Professional Standards to return with the facial recognition retention policy.", "Head of PSD", "Open"),
                ("EC 2", "Circulate the guidance on personal phones to members.", "Committee Secretary", "Complete")),
               (8, 55, 20, 17), header_rows=1),
             Break())
    # near miss 2: anti-social behaviour case reviews (Community Trigger), a partnership's process
    pack.add(H("Appendix B – ASB case reviews (Community Trigger), 2046/47", 2),
             P("Case reviews are convened by the community safety partnership when a victim asks for one and the "
               "threshold is met. The recommendations are the partnership's, made to its member agencies."),
             T((("Review", "District", "Threshold met?", "What partners agreed", "Progress"),
                ("CT 46-05", "Wirral", "Yes", "Housing provider to fit noise monitoring; police to share patrol logs.", "Completed"),
                ("CT 46-08", "Sefton", "No", "–", "–"),
                ("CT 46-11", "Knowsley", "Yes", "Council to mediate between neighbours; police to review call grading.", "In progress"),
                ("CT 47-01", "St Helens", "Yes", "Landlord to enforce tenancy conditions.", "In progress")),
               (12, 14, 15, 42, 17), header_rows=1),
             P("The Commissioner's office monitors the number of reviews; it does not make or track their recommendations."),
             Break())
    pack.add(H("Action log", 2))
    tracker(pack, ("Ref", "Meeting", "Action", "Progress", "Status"), [
        row("SM 47/09", "4th Feb 2047", "2047-02-04", "Provide the results of the test purchase operation on knife sales.",
            "Results provided; 3 of 20 retailers sold to a test purchaser.", "Complete"),
        row("SM 47/10", "4th Feb 2047", "2047-02-04", "Arrange a visit for the Commissioner to the violence reduction unit.",
            "Visit arranged for 24 June.", "Ongoing"),
        row("SM 47/14", "1st Apr 2047", notes_date, "Provide the list of schools hosting youth workers and the reasons for their selection.",
            "List provided on 22nd April.", "Complete", topic=topic),
        row("SM 47/15", "1st Apr 2047", notes_date, "Start recording whether each weapons sweep produced intelligence or an arrest.",
            "New field added to the sweep form from 1st May.", "Complete", topic=topic),
    ], (11, 13, 38, 27, 11))
    finish_word_pdf(pack)


# === 6. Norfolk: reportlab, borderless tables =========================================

def norfolk() -> None:
    org = "Police and Crime Commissioner for Norfolk"
    pack = Pack("norfolk-pcc-paf-2047-04-15-round59n.pdf", org, "Norfolk Constabulary",
                "Police Accountability Forum", "2047-04-15")
    notes_date, topic = "2047-02-11", "Custody and detention"
    pack.add(P("**Office of the Police and Crime Commissioner for Norfolk (OPCCN)**"),
             H("Police Accountability Forum"),
             P("Monday 15 April 2047, 10:00, Jubilee House, Wymondham"),
             H("Agenda", 2))
    pack.front_meeting(None)
    pack.agenda(("Item", "Title", "Lead"), [
        ("1", "Apologies", "PCC"),
        ("2", "Notes of the Forum of 11 February 2047", "Chief Executive"),
        ("3", "Domestic abuse", "Detective Superintendent, Safeguarding"),
        ("4", "Independent custody visiting – quarterly report", "Scheme Manager"),
        ("5", "Rural crime partnership action plan", "Inspector, Operation Randall"),
        ("6", "Forum action tracker", "Chief Executive"),
    ], (8, 62, 30), bordered=False)
    pack.add(Break())
    pack.notes_heading("Notes of the Police Accountability Forum – 11 February 2047", notes_date, topic)
    pack.add(P("In attendance: Police and Crime Commissioner; Chief Constable; Assistant Chief Constable; Chief Executive (OPCCN)."),
             P("1. Apologies – the Deputy Chief Constable."),
             P("2. The notes of 14 January 2047 were agreed."),
             H("3. Custody and detention", 2))
    numbered_question_table(pack, notes_date, topic, ("Q", "Question", "Response", "Assurance", "Comments"), [
        ("1", "How long on average are children held in custody after charge, and how often is local authority accommodation found?",
         "Children charged and refused bail waited an average of 9 hours for a transfer; local authority accommodation was found in 4 of 26 requests.",
         "Not assured", "Not assured", "The PCC will raise the shortage of accommodation with the county council."),
        ("2", "What checks does the force make on the use of force in custody suites?",
         "Every use of force is recorded and reviewed by an inspector; a monthly sample of footage is viewed by the custody manager.",
         "Assured", "Assured", "The PCC thanked the custody manager for the sampling regime."),
        ("3", "How is the force meeting the healthcare needs of detainees with mental ill health?",
         "Liaison and diversion staff now cover both suites from 8am to 10pm. Overnight cover depends on the on-call clinician.",
         "Partially assured", "Partly assured", "Overnight cover remains a gap."),
    ], widths=(5, 28, 40, 12, 25), bordered=False)
    pack.add(P("**Actions agreed:** PAF 47/03 – Report how many detainees with mental ill health are held overnight without a "
               "liaison and diversion assessment; PAF 47/04 – Provide the number of requests for local authority "
               "accommodation for charged children in 2046 and their outcomes."),
             Break())
    # near miss 1: custody visitors' report
    pack.add(H("Item 4 – Independent custody visiting: quarterly report, October to December 2046", 2),
             P("Independent custody visitors are volunteers who make unannounced visits in pairs. Their findings "
               "are reported to the PCC; issues are raised with the custody inspector at the visit."),
             T((("Suite", "Visits", "Detainees seen", "Conditions", "Issues raised", "Resolved?"),
                ("Wymondham", "12", "41", "Satisfactory", "Broken cell call bell", "Yes"),
                ("Aylsham", "11", "29", "Satisfactory", "Shortage of replacement clothing", "Partly"),
                ("King's Lynn", "9", "33", "Unsatisfactory", "Graffiti in two cells; shower out of use", "No"),
                ("Great Yarmouth", "10", "24", "Satisfactory", "None", "–")),
               (16, 9, 12, 15, 32, 16), header_rows=1, bordered=False),
             P("The Scheme Manager will follow up the King's Lynn issues with the custody manager."),
             Break())
    # near miss 2: a partnership's action plan
    pack.add(H("Item 5 – Rural Crime Partnership action plan 2047", 2),
             P("The plan belongs to the Rural Crime Partnership (police, farming unions, parish councils and the "
               "Environment Agency) and is shared for information."),
             T((("Ref", "Partnership action", "Owner", "Target date", "Status"),
                ("RCP 1", "Run a farm machinery marking event in each district.", "Operation Randall", "June 2047", "On track"),
                ("RCP 2", "Publish a rural crime newsletter every quarter.", "Parish councils' forum", "Quarterly", "Complete"),
                ("RCP 3", "Map fly-tipping hotspots with the Environment Agency.", "Environment Agency", "March 2047", "Delayed"),
                ("RCP 4", "Recruit 20 more rural watch volunteers.", "Farming unions", "December 2047", "Not started")),
               (9, 45, 20, 13, 13), header_rows=1, bordered=False),
             Break())
    pack.add(H("Forum action tracker", 2))
    tracker(pack, ("Ref", "Meeting", "Action", "Update", "Status"), [
        row("PAF 47/01", "14 Jan 2047", "2047-01-14", "Share the force's plan for replacing body-worn video cameras.",
            "Plan shared 20 January.", "Complete"),
        row("PAF 47/02", "14 Jan 2047", "2047-01-14", "Provide the outcome of the review of front counter opening hours.",
            "Review extended to include two new sites.", "Open"),
        row("PAF 47/03", "11 Feb 2047", notes_date, "Report how many detainees with mental ill health are held overnight without a liaison and diversion assessment.",
            "Data cleansed; report to the June Forum.", "Open", topic=topic),
        row("PAF 47/04", "11 Feb 2047", notes_date, "Provide the number of requests for local authority accommodation for charged children in 2046 and their outcomes.",
            "Provided on 2 March: 61 requests, 9 met.", "Complete", topic=topic),
    ], (11, 12, 38, 28, 11), bordered=False)
    look = PdfLook(font="Times-Roman", bold_font="Times-Bold", italic_font="Times-Italic",
                   footer="OPCCN – Police Accountability Forum – 15 April 2047")
    finish_pdf(pack, render_pdf(pack.blocks, look, pack.title, org))


# === 7. Nottinghamshire: Word ===========================================================

def nottinghamshire() -> None:
    org = "Police and Crime Commissioner for Nottinghamshire"
    pack = Pack("nottinghamshire-pcc-srpm-2047-05-27-round59n.docx", org, "Nottinghamshire Police",
                "Strategic Resources and Performance Meeting", "2047-05-27")
    notes_date, topic = "2047-03-25", "Anti-social behaviour"
    pack.add(P("**Nottinghamshire Office of the Police and Crime Commissioner**"),
             H("Strategic Resources and Performance Meeting"),
             P("27 May 2047 – 10:00 – Sherwood Lodge"),
             P("**Topic:** Commissioned victim services"),
             H("Agenda", 2))
    pack.front_meeting("Commissioned victim services")
    pack.agenda(("Item", "Title", "Presenter"), [
        ("1", "Apologies", "PCC"),
        ("2", "Minutes of the meeting of 25 March 2047", "Chief Executive"),
        ("3", "Commissioned victim services", "Head of Commissioning"),
        ("4", "Stop and search community scrutiny panel – feedback", "Panel Chair"),
        ("5", "Any other business", "–"),
    ], (8, 62, 30))
    pack.add(Break())
    pack.notes_heading("Minutes of the Strategic Resources and Performance Meeting – 25 March 2047", notes_date, topic)
    pack.add(P("**1. Apologies:** the Chief Finance Officer."),
             P("**2. Minutes:** the minutes of 28 January 2047 were approved."),
             H("3. Anti-social behaviour", 2))
    numbered_question_table(pack, notes_date, topic, ("No.", "Question", "Force response", "Assurance level", "PCC comments"), [
        ("1", "How has the number of anti-social behaviour incidents reported to the force changed since the hotspot patrols began?",
         "Incidents in the 20 hotspot areas fell by 14% over six months, compared with 5% elsewhere in the county.",
         "Assured", "Assured", "The PCC welcomed the result and the evaluation that supports it."),
        ("2", "How does the force identify and support repeat victims of anti-social behaviour?",
         "A repeat caller flag exists but is applied inconsistently. A case review is triggered after three reports in six months.",
         "Partially assured", "Partly assured", "The PCC asked for an audit of the repeat caller flag."),
        ("3", "How many community protection notices were issued, and how many were breached?",
         "The force cannot yet report breaches because councils hold the records for notices they issue.",
         "Not assured", "Not assured", "Data sharing with the councils should be agreed."),
    ], widths=(6, 28, 38, 13, 25))
    pack.add(P("**Actions**"),
             P("SRPM 47/07 – Audit the use of the repeat caller flag and report the results."),
             P("SRPM 47/08 – Agree a data-sharing arrangement with district councils on community protection notice breaches."))
    # near miss 1: commissioned services' outcomes
    pack.add(Break(), H("Item 3 – Commissioned victim services: outcomes monitoring, 2046/47", 2),
             P("Providers report against the outcomes in their contracts. 'Met', 'Partly met' and 'Not met' are the "
               "commissioning team's assessment of each outcome; they are contract monitoring, not a decision of "
               "this meeting."),
             T((("Service", "Contract outcome", "Result", "Assessment"),
                ("Victim Care hub", "80% of victims contacted within 2 working days", "84%", "Met"),
                ("Sexual violence support", "Counselling within 8 weeks of referral", "61% within 8 weeks", "Partly met"),
                ("Young victims service", "90% of young people report feeling safer", "72%", "Not met"),
                ("Restorative justice", "150 conferences a year", "156", "Met")),
               (25, 35, 20, 20), header_rows=1))
    # near miss 2: another panel's feedback
    pack.add(Break(), H("Item 4 – Stop and search community scrutiny panel: feedback", 2),
             P("The independent panel reviews a sample of body-worn video of searches each quarter. The panel's "
               "judgements are its own."),
             T((("Search sampled", "Grounds recorded", "Panel's view", "Panel's comment"),
                ("Drugs search, city centre", "Smell of cannabis only", "Not reasonable", "Smell alone should not be the sole ground."),
                ("Weapons search, Arnold", "Intelligence report", "Reasonable", "Well explained to the person searched."),
                ("Stolen goods search, Mansfield", "Matched a description", "Reasonable with learning", "Officer did not give the shoulder number."),
                ("Drugs search, Bulwell", "Seen passing an item", "Reasonable", "–")),
               (25, 25, 18, 32), header_rows=1),
             P("The panel asked the force to issue a reminder on grounds for search. This is the panel's request, "
               "recorded in its own log."))
    pack.add(Break(), H("Action tracker", 2))
    tracker(pack, ("Ref", "Meeting", "Action", "Update", "Status"), [
        row("SRPM 47/02", "28 January 2047", "2047-01-28", "Provide the cost of the drone unit's first year.",
            "Cost provided: £412,000.", "Complete"),
        row("SRPM 47/03", "28 January 2047", "2047-01-28", "Present the revised estates disposal plan.",
            "To come to the July meeting.", "Open"),
        row("SRPM 47/07", "25 March 2047", notes_date, "Audit the use of the repeat caller flag and report the results.",
            "Audit under way; 400 records sampled.", "In progress", topic=topic),
        row("SRPM 47/08", "25 March 2047", notes_date, "Agree a data-sharing arrangement with district councils on community protection notice breaches.",
            "Agreement signed by six of seven councils on 30 April.", "In progress", topic=topic),
    ], (12, 14, 36, 28, 10))
    finish_docx(pack)


# === 8. Staffordshire: Word -> PDF =======================================================

def staffordshire() -> None:
    org = "Staffordshire Commissioner for Police, Fire and Rescue and Crime"
    pack = Pack("staffordshire-pfcc-sgb-2047-06-24-round59n.pdf", org, "Staffordshire Police",
                "Strategic Governance Board", "2047-06-24")
    notes_date, topic = "2047-04-29", "Call handling"
    pack.add(P("**Staffordshire Commissioner – Police, Fire and Rescue and Crime**"),
             H("Strategic Governance Board"),
             P("Monday 24 June 2047 | 09:30 | Weston Road, Stafford"),
             H("Agenda", 2))
    pack.front_meeting(None)
    pack.agenda(("No.", "Item", "Lead"), [
        ("1", "Welcome and apologies", "Commissioner"),
        ("2", "Notes of 29 April 2047", "Head of Governance"),
        ("3", "Neighbourhood policing", "Assistant Chief Constable"),
        ("4", "Police, Fire and Crime Panel – report on the Commissioner's annual report", "Head of Governance"),
        ("5", "Annual Governance Statement – action plan", "Chief Finance Officer"),
        ("6", "Actions", "Head of Governance"),
    ], (8, 62, 30))
    pack.add(Break())
    pack.notes_heading("Notes of the Strategic Governance Board held on 29 April 2047", notes_date, topic)
    pack.add(P("Attendees: the Commissioner (Chair); the Chief Constable; the Deputy Chief Constable; the Head of Governance."),
             P("1. Apologies were noted from the Chief Finance Officer."),
             P("2. The notes of 25 February 2047 were agreed."),
             H("3. Call handling", 2))
    long_response = (
        "Average answer time for 101 calls was 6 minutes 40 seconds in March, against 4 minutes a year earlier. "
        "The force has lost 23 call handlers since September; 18 trainees will start in June and be ready to take "
        "calls alone from August. A call-back option was introduced in February and is used by 31% of callers. "
        "Abandonment rose to 19%. The force has added online reporting for low-level crime and a web chat that is "
        "staffed from 8am to 8pm. Demand analysis shows that Monday mornings and Friday evenings are the peaks; "
        "rotas are being redrawn to match them from July. The force expects answer times to fall below 5 minutes "
        "by the autumn once the trainees are in post.")
    numbered_question_table(pack, notes_date, topic, ("No.", "Question", "Response", "Level of assurance", "Comments"), [
        ("1", "How quickly are emergency calls answered, and how does the force compare nationally?",
         "92% of 999 calls were answered within ten seconds, above the national standard of 90% and in the top quartile of forces.",
         "Assured", "Assured", "The Commissioner congratulated the control room."),
        ("2", "Why have non-emergency answer times risen, and what is the force doing to bring them down?",
         long_response, "Partially assured", "Partly assured",
         "The recovery plan is credible but depends on the trainees; the Commissioner will review it in September."),
        ("3", "How does the force learn from calls where a caller's vulnerability was missed?",
         "Twelve cases were referred for review in the year. The lessons have not yet been shared with call handlers.",
         "Not assured", "Not assured", "Lessons must reach call handlers before the next Board."),
        ("4", "What is the force's plan for the replacement of the command and control system?",
         "The procurement is on time; the contract will be awarded in July and the system live in 2049.",
         "Assured", "Assured", None),
    ], widths=(6, 26, 44, 12, 20))
    pack.add(P("Actions:"),
             Bul(("SGB 47/10 – Share the learning from missed-vulnerability reviews with all call handlers and confirm when done.",
                  "SGB 47/11 – Provide monthly 101 answer times to the Commissioner until they fall below 5 minutes.")),
             Break())
    # near miss 1: the Panel's report with its own conclusions on the Commissioner
    pack.add(H("Item 4 – Police, Fire and Crime Panel: report on the Commissioner's annual report 2046/47", 2),
             P("The Panel reviewed the annual report on 12 May 2047. The Panel's conclusions below are on the "
               "Commissioner's own work; they are recorded in the Panel's minutes and are reproduced for information."),
             T((("Panel's question to the Commissioner", "Commissioner's answer (summary)", "Panel's conclusion"),
                ("Does the annual report show progress against every priority of the plan?", "Four of five priorities have measures; the fifth is being developed.", "Partly assured"),
                ("Has the Commissioner met the Panel's earlier recommendation on reporting fire performance?", "Fire performance now appears in every quarterly report.", "Assured")),
               (40, 40, 20), header_rows=1),
             P("Panel recommendation 1: the Commissioner to publish the measures for the fifth priority. "
               "Commissioner's response: Accepted."),
             Break())
    # near miss 2: Annual Governance Statement action plan
    pack.add(H("Item 5 – Annual Governance Statement 2046/47: significant governance issues", 2),
             T((("Issue", "Action planned", "Lead", "Progress"),
                ("Fire and rescue estates backlog", "Agree a five-year maintenance plan.", "Director of Estates", "Complete"),
                ("Data protection training", "Raise completion to 95% of staff.", "Information Manager", "Ongoing – 88%"),
                ("Collaboration agreements", "Review all agreements older than five years.", "Head of Governance", "Not started")),
               (28, 36, 20, 16), header_rows=1),
             P("The Chief Finance Officer gives reasonable assurance that governance arrangements are sound."),
             Break())
    pack.add(H("Actions", 2))
    tracker(pack, ("Ref", "Meeting", "Action", "Update", "Status"), [
        row("SGB 47/05", "25/02/47", "2047-02-25", "Report the number of fire service premises inspections completed.",
            "Reported in March: 1,406.", "Closed"),
        row("SGB 47/06", "25/02/47", "2047-02-25", "Review the cost of the joint fleet workshop.",
            "Review under way; due September.", "Open"),
        row("SGB 47/10", "29/04/47", notes_date, "Share the learning from missed-vulnerability reviews with all call handlers and confirm when done.",
            "Briefings delivered to all four teams by 30 May.", "Closed", topic=topic),
        row("SGB 47/11", "29/04/47", notes_date, "Provide monthly 101 answer times to the Commissioner until they fall below 5 minutes.",
            "May: 5 minutes 55 seconds.", "Open", topic=topic),
    ], (11, 11, 38, 30, 10))
    finish_word_pdf(pack)


# === 9. Thames Valley: reportlab =========================================================

def thames_valley() -> None:
    org = "Police and Crime Commissioner for Thames Valley"
    pack = Pack("thames-valley-pcc-pppm-2047-05-13-round59n.pdf", org, "Thames Valley Police",
                "Policy, Planning and Performance Meeting", "2047-05-13")
    notes_date, topic = "2047-03-11", "Domestic Abuse"
    pack.add(P("**Office of the Police & Crime Commissioner for Thames Valley**"),
             H("Policy, Planning and Performance Meeting"),
             P("13 May 2047 at 2.00pm, Kidlington"),
             P("**Theme:** Out of court resolutions"),
             H("Agenda", 2))
    pack.front_meeting("Out of court resolutions")
    pack.agenda(("Item", "Agenda item", "Presented by"), [
        ("1", "Apologies", "PCC"),
        ("2", "Notes of the meeting of 11 March 2047", "Chief Executive, OPCC"),
        ("3", "Out of court resolutions", "Head of Criminal Justice"),
        ("4", "Out of Court Resolutions Scrutiny Panel – annual report", "Panel Chair"),
        ("5", "Victims' Code compliance audit", "Victims Lead, OPCC"),
        ("6", "Action tracker", "Chief Executive, OPCC"),
    ], (8, 62, 30))
    pack.add(Break())
    pack.notes_heading("Draft notes – Policy, Planning and Performance Meeting (Domestic Abuse) – 11 March 2047",
                       notes_date, topic)
    table = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    for q, ev, printed, level, comment in [
        ("What share of domestic abuse arrests result in a charge, and how has it changed?",
         "The charge rate after arrest was 27% in 2046, up from 22%. Evidence-led prosecutions rose to 41 cases.",
         "Assured", "Assured", "The PCC welcomed the growth in evidence-led cases."),
        ("How are domestic abuse protection orders being used?",
         "The force applied for 212 orders and obtained 190. Breaches are not yet monitored centrally.",
         "Partially Assured", "Partly assured", "The PCC asked for central monitoring of breaches."),
        ("How quickly do high-risk victims receive an independent domestic violence adviser?",
         "Referral to an adviser takes an average of 6 days against a standard of 2. The commissioned service has four vacancies.",
         "Not Assured", "Not assured", "The PCC will discuss the vacancies with the provider."),
    ]:
        table.append((q, ev, (f"**{printed}**", f"*{comment}*")))
        pack.decision(notes_date, topic, None, q, ev, level, comment)
    pack.add(T(tuple(table), (30, 45, 25), header_rows=1))
    pack.add(P("**Actions**"),
             Num(("Monitor breaches of domestic abuse protection orders centrally and report the first quarter's figures.",
                  "Agree with the commissioned provider a plan to fill adviser vacancies.")),
             Break())
    # near miss 1: the scrutiny panel's case reviews
    pack.add(H("Item 4 – Out of Court Resolutions Scrutiny Panel: annual report 2046", 2),
             P("The independent panel of magistrates and partners reviews a sample of cases resolved out of court. "
               "Each case is given one of the panel's outcomes: Appropriate; Appropriate with observations; "
               "Inappropriate. Its findings go to the force's Criminal Justice Board."),
             T((("Theme reviewed", "Cases", "Appropriate", "Appropriate with observations", "Inappropriate"),
                ("Domestic abuse (non-intimate)", "12", "7", "4", "1"),
                ("Hate crime", "10", "6", "3", "1"),
                ("Youth violence", "14", "11", "3", "0")),
               (32, 10, 16, 26, 16), header_rows=1),
             P("Panel recommendations to the force: record the victim's view in every case; refresh guidance on "
               "hate crime conditions. Status of each is reported to the Criminal Justice Board."),
             Break())
    # near miss 2: Victims' Code compliance audit
    pack.add(H("Item 5 – Victims' Code compliance audit, quarter 4", 2),
             T((("Right under the Code", "Cases audited", "Compliance", "Rating"),
                ("Right 1: to understand and be understood", "50", "96%", "Compliant"),
                ("Right 4: to be referred to support services", "50", "78%", "Partially compliant"),
                ("Right 6: to be informed about the investigation", "50", "58%", "Not compliant"),
                ("Right 7: to make a Victim Personal Statement", "50", "64%", "Partially compliant")),
               (40, 16, 18, 26), header_rows=1),
             P("Ratings: Compliant 90% and above; Partially compliant 60-89%; Not compliant below 60%."),
             Break())
    pack.add(H("Action Tracker 2047/48", 2))
    tracker(pack, ("Ref", "Raised", "Action", "Update", "Status"), [
        row("PPP 47/01", "14.01.47", "2047-01-14", "Provide the number of repeat missing episodes for children in care.",
            "Provided in February.", "Complete"),
        row("PPP 47/02", "14.01.47", "2047-01-14", "Review the police staff vacancy rate in the control rooms.",
            "Review will report in June.", "In progress"),
        row("PPP 47/05", "11.03.47", notes_date, "Monitor breaches of domestic abuse protection orders centrally and report the first quarter's figures.",
            "Central log set up in April; first figures due in July.", "In progress", topic=topic,
            key="Monitor breaches of domestic abuse protection orders centrally and report the first quarter's figures."),
        row("PPP 47/06", "11.03.47", notes_date, "Agree with the commissioned provider a plan to fill adviser vacancies.",
            "Plan agreed on 3 April; two advisers appointed.", "Complete", topic=topic,
            key="Agree with the commissioned provider a plan to fill adviser vacancies."),
    ], (12, 12, 34, 29, 13))
    look = PdfLook(header="Policy, Planning and Performance Meeting – 13 May 2047",
                   footer="OPCC Thames Valley")
    finish_pdf(pack, render_pdf(pack.blocks, look, pack.title, org))


PACKS = {"avon-somerset": avon_somerset, "essex": essex, "hampshire": hampshire, "kent": kent,
         "merseyside": merseyside, "norfolk": norfolk, "nottinghamshire": nottinghamshire,
         "staffordshire": staffordshire, "thames-valley": thames_valley}

if __name__ == "__main__":
    wanted = sys.argv[1:]
    for prefix, build in PACKS.items():
        if not wanted or any(prefix.startswith(w) for w in wanted):
            build()
