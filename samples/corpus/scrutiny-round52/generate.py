"""Blind fix round 52 of scrutiny packs (issue 4, promoted): nine packs of nine offices, seven in forms no
earlier round printed. Every builder call that prints a meeting heading, an agenda row, a question
or an action row also writes its gold record; gold goes to gold/ (in pending/, as a blind round's gold,
until every record was right).

    .venv/bin/python samples/corpus/scrutiny-round52/generate.py [NAME-PREFIX ...]
"""

from __future__ import annotations

import io
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pdfplumber
from docx import Document
from docx.shared import Twips

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import scrutiny_common  # noqa: E402,F401  (puts scrutiny-round3 on sys.path)
from office_pdf import docx_to_pdf  # noqa: E402
from render import _stable_zip as stable_zip  # noqa: E402
from render import Break, Bul, H, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind for fix round 52; every record written by the builder call that prints it and "
           "checked against the rendered pages (pdfplumber text, layout only) before the extractors were run on it.")
WHEN = datetime(2039, 1, 5, 9, 0, 0)


@dataclass
class Pack:
    """A pack's blocks and the gold records its builder calls write."""

    name: str
    title: str
    force: str
    organisation: str
    meeting_date: str
    blocks: list = field(default_factory=list)
    meetings: list = field(default_factory=list)
    agenda: list = field(default_factory=list)
    decisions: list = field(default_factory=list)
    actions: list = field(default_factory=list)

    def add(self, *blocks) -> None:
        self.blocks += blocks

    def meeting(self, heading: str, date: str, topic: str | None, title: str | None = None, level: int = 1) -> None:
        """Print a meeting heading; the meeting's title is the heading as printed unless given."""
        self.add(H(heading, level))
        self.meetings.append({"page": None, "meeting_date": date, "topic": topic, "organisation": self.organisation,
                              "title": title or re.sub(r"\*", "", heading), "_key": re.sub(r"\*", "", heading)})

    def agenda_table(self, header: tuple[str, ...], rows: list[tuple[str, str, str | None]], widths: tuple,
                     bordered: bool, number_label: str = "{}.", header_rows: int = 1) -> None:
        """Rows (number, title, presenter); the presenter cell prints "" for None."""
        table = [header] + [(number_label.format(n), t, p or "") for n, t, p in rows]
        self.add(T(tuple(table), widths, header_rows=header_rows, bordered=bordered))
        for n, t, p in rows:
            self.agenda.append({"page": None, "meeting_date": self.meeting_date, "number": n, "title": t,
                                "presenter": p, "_key": t})

    def decision(self, date: str, topic: str | None, number: str | None, question: str, evidence: str,
                 assurance: str | None, commentary: str | None) -> None:
        self.decisions.append({"page": None, "meeting_date": date, "topic": topic, "question_number": number,
                               "question": question, "evidence_summary": evidence, "assurance": assurance,
                               "commentary": commentary, "_key": question})

    def action(self, date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
               status: str, source: str = "status_column") -> None:
        self.actions.append({"page": None, "meeting_date": date, "topic": topic, "number": number, "text": text,
                             "update": update, "status": status, "status_source": source,
                             "source": "action_tracker", "_key": text})

    def records(self, file_type: str, pages: int | None) -> dict:
        document = {"page": None, "file_type": file_type, "doc_kind": "scrutiny_pack", "status": "ok",
                    "publication_date": None, "title": self.title, "force": self.force,
                    "organisation": self.organisation, "meeting_date": self.meeting_date}
        if pages is not None:
            document["pages"] = pages
        strip = lambda rs: [{k: v for k, v in r.items() if k != "_key"} for r in rs]
        return {"documents": [document], "meetings": strip(self.meetings), "agenda_items": strip(self.agenda),
                "assurance_decisions": strip(self.decisions), "actions": strip(self.actions), "grades": []}


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def set_pdf_pages(data: bytes, pack: Pack) -> int:
    """Each record's page: the first page whose text or table cells hold the first 45 letters of its
    key. Stops if a key is on no page, or a word of a question or action text is on no page (split)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        texts, page_words = [], []
        for page in pdf.pages:
            cells = " ".join(c or "" for table in page.extract_tables() for row in table for c in row)
            texts.append(_squash((page.extract_text() or "") + " " + cells))
            page_words.append({_squash(w["text"]) for w in page.extract_words()})
        words = set().union(*page_words)
        pages = len(pdf.pages)
    for kind in ("meetings", "agenda", "decisions", "actions"):
        for record in getattr(pack, kind):
            key = _squash(re.sub(r"\*", "", record["_key"]))[:45]
            found = [i + 1 for i, t in enumerate(texts) if key in t]
            if not found:  # a borderless table's cell: its lines interleave with the next cells', so its first words
                # ... so the first page holding every word of the key
                keywords = {_squash(w) for w in re.sub(r"\*", "", record["_key"]).split()} - {""}
                found = [i + 1 for i, ws in enumerate(page_words) if keywords <= ws]
            if not found:
                raise SystemExit(f"{pack.name}: {kind} key on no page: {record['_key']!r}")
            record["page"] = found[0]
            if kind in ("decisions", "actions"):
                split = [w for w in record["_key"].split() if _squash(w) and _squash(w) not in words
                         and not any(_squash(w) in x for x in words)]
                if split:
                    raise SystemExit(f"{pack.name}: words split or missing {split} in {record['_key']!r}")
    return pages


def write(pack: Pack, data: bytes) -> None:
    if pack.name.endswith(".pdf"):
        pages = set_pdf_pages(data, pack)
        records = pack.records("pdf", pages)
    else:
        records = pack.records("docx", None)
    (HERE / pack.name).write_bytes(data)
    GOLD.mkdir(exist_ok=True)
    gold = {"source_file": pack.name, "expect": "ok", "checked": CHECKED, "records": records}
    (GOLD / f"{pack.name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
    print(pack.name, len(data), "bytes;", {t: [r["page"] for r in records[t]]
                                          for t in ("assurance_decisions", "actions")})


def word_grid(data: bytes) -> bytes:
    """Set each table's grid columns to its cells' widths, as Word does on saving (python-docx leaves the
    grid even, and LibreOffice lays the table out by the grid)."""
    document = Document(io.BytesIO(data))
    for table in document.tables:
        widths = [tc.tcPr.tcW.w for tc in table.rows[0]._tr.tc_lst]
        for col, width in zip(table._tbl.tblGrid.gridCol_lst, widths):
            col.w = Twips(width)  # tcW reads in twips
    out = io.BytesIO()
    document.save(out)
    return stable_zip(out.getvalue())


def level_cell(level: str, comment: str | None) -> tuple:
    """A level in bold over an italic comment, as offices' Word templates print it."""
    return (f"**{level}**",) + ((f"*{comment}*",) if comment else ())


def bold_row(*cells: str) -> tuple:
    return tuple(f"**{c}**" if c else "" for c in cells)


# --- Cheshire: reportlab, no grid. New: a reversed digit rating (1 best) under a key sentence, Q1 in its own
# narrow column, a question table running over a page break unrepeated; a tracker grouped by owner rows.

def cheshire() -> tuple[Pack, bytes]:
    p = Pack("cheshire-pcc-sb-2039-03-18-round52.pdf", "Scrutiny Board", "Cheshire Constabulary",
             "Police and Crime Commissioner for Cheshire", "2039-03-18")
    p.add(P("**Police and Crime Commissioner for Cheshire**", size=14))
    p.meeting("Scrutiny Board", "2039-03-18", "Rural and wildlife crime")
    p.add(P("Wednesday 18 March 2039, 10.00am, Committee Room 2, Force Headquarters"),
          P("**Theme:** Rural and wildlife crime"), H("Agenda", 2))
    p.agenda_table(bold_row("No.", "Item", "Lead"), [
        ("1", "Welcome and apologies", "Chair"),
        ("2", "Notes and action tracker of the last Board", "Head of Scrutiny"),
        ("3", "Rural and wildlife crime", "ACC Local Policing"),
        ("4", "Any other business", "All")], (8, 60, 32), bordered=False, header_rows=0)
    p.add(P("Papers are published five working days before the Board. Members of the public may submit a "
            "question to the Commissioner's office in advance."), Break())
    date, topic = "2039-02-11", "Use of drones"
    p.meeting("Notes of the Scrutiny Board held on 11 February 2039", date, topic)
    p.add(P("Present: the Commissioner (Chair), the Chief Constable, the Deputy Chief Constable, the Head of "
            "Scrutiny and the Chief Finance Officer."),
          P("**1. Welcome and apologies.** Apologies were received from the Deputy Commissioner."),
          P("**2. Notes of the last Board.** The notes of 14 January 2039 were agreed."),
          P("**3. Use of drones**"),
          P("The Chief Superintendent for Operations presented the paper on the drone unit, which has flown "
            "since 2036 from three bases and now has eleven aircraft and twenty-two trained pilots. Members "
            "discussed the weather limits on flying, the training of new pilots and the sharing of footage "
            "with the fire service, and noted that the unit's hours are to be extended from April. The "
            "Commissioner thanked the unit for its work during the winter floods."),
          P("The Commissioner rates the assurance given on each question on a scale of three: "
            "1 – full assurance; 2 – partial assurance; 3 – no assurance."))
    qs = [
        ("1", "How many drone deployments were made in the last year, and for what purposes?",
         "There were 1,214 deployments: 46 per cent for missing people, 31 per cent for pursuits and searches "
         "for suspects, and the rest for public order and road collisions.", "1",
         "The figures were clear and broken down by purpose.", "Assured"),
        ("2", "How does the force make sure each flight is lawful and recorded?",
         "Every flight is logged by the pilot and reviewed by a sergeant within 48 hours; a sample of ten per "
         "cent is audited each quarter. The last audit found nine logs incomplete.", "2",
         "The Commissioner asked for the next audit to report on the nine incomplete logs.", "Partly assured"),
        ("3", "What do communities know about when and why drones are flown over them?",
         "The force publishes a yearly summary but has no page for local flights and has held no engagement "
         "events on drones since the programme began.", "3",
         "The Commissioner asked for an engagement plan for rural communities.", "Not assured"),
        ("4", "What will the planned increase in the fleet cost over the next three years?",
         "The business case is with the Chief Finance Officer and is due to be completed after the spring "
         "budget review; no figures were given at the Board.", "Not rated",
         "Deferred until the business case is presented in May.", None),
    ]
    rows = [bold_row("", "Question", "Response from the force", "Rating")]
    for n, q, e, r, c, level in qs:
        rows.append((f"Q{n}", q, e, level_cell(r, c)))
        p.decision(date, topic, n, q, e, level, c)
    p.add(T(tuple(rows), (7, 33, 40, 20), bordered=False, repeat_header=False))
    acts = [
        ("SB 39/09", "Report the findings of the next drone log audit to the Board.",
         "Audit under way; findings due in April.", "Open"),
        ("SB 39/10", "Prepare an engagement plan on drone use for rural communities.",
         "Draft plan shared with the Head of Scrutiny on 2 March.", "Complete"),
    ]
    p.add(P("**Actions**"))
    for ref, text, _, _ in acts:
        p.add(P(text, hang=ref, indent=60))
    p.add(P("**4. Any other business.** None."), Break(), H("Action tracker", 2),
          P("Open actions and those closed since the last Board, grouped by the officer who owns them."))
    owners = [
        ("Owner: Superintendent, Operations", [
            ("SB 39/09", "11/02/2039", *acts[0][1:], date, topic),
            ("SB 39/02", "14/01/2039", "Set out the cost of the mobile rural crime unit for 2039/40.",
             "Costs set out in the budget paper of 28 January.", "Complete", "2039-01-14", None),
        ]),
        ("Owner: Head of Corporate Communications", [
            ("SB 39/10", "11/02/2039", *acts[1][1:], date, topic),
            ("SB 39/04", "14/01/2039", "Publish the farm watch newsletter online each month.",
             "The first issue is with the designers.", "Open", "2039-01-14", None),
        ]),
    ]
    rows = [bold_row("Status", "Ref", "Raised", "Action", "Update")]
    spans = []
    for owner, items in owners:
        spans.append((len(rows), 0, 1, 5))
        rows.append((f"**{owner}**", None, None, None, None))
        for ref, raised, text, update, status, mdate, mtopic in items:
            rows.append((status, ref, raised, text, update))
            p.action(mdate, mtopic, ref, text, update, status.lower().replace("open", "outstanding"))
    p.add(T(tuple(rows), (14, 11, 14, 33, 28), bordered=False, spans=tuple(spans)))
    return p, render_pdf(p.blocks, PdfLook(), "Scrutiny Board", "OPCC Cheshire")


# --- Essex: Word->PDF, borders off. New: "Assurance gained" Full / Some / None under a key sentence; a tracker
# whose status is a tick in one of three columns (Complete / Ongoing / Not started).

def essex() -> tuple[Pack, bytes]:
    org = "Police, Fire and Crime Commissioner for Essex"
    p = Pack("essex-pfcc-prsb-2039-04-22-round52.pdf", "Performance and Resources Scrutiny Board",
             "Essex Police", org, "2039-04-22")
    p.add(P("**Essex Police, Fire and Crime Commissioner**", size=14))
    p.meeting("Performance and Resources Scrutiny Board", "2039-04-22", "Road casualty reduction")
    p.add(P("Date: 22 April 2039    Time: 14.00    Venue: Meeting Room 1, Kelvedon Park"),
          P("**Focus of the meeting:** Road casualty reduction"))
    p.agenda_table(bold_row("Item", "Subject", "Presenting officer"), [
        ("1", "Apologies for absence", "Chair"),
        ("2", "Minutes and action log of 19 February 2039", "Scrutiny Manager"),
        ("3", "Road casualty reduction", "Chief Superintendent, Roads Policing"),
        ("4", "Force finance report, quarter four", "Chief Finance Officer"),
        ("5", "Any other business", None)], (10, 55, 35), bordered=False)
    p.add(Break())
    date, topic = "2039-02-19", "Retail crime"
    p.meeting("Minutes of the Performance and Resources Scrutiny Board, 19 February 2039", date, topic)
    p.add(P("1. Apologies were received from the Deputy Chief Constable."),
          P("2. The minutes of 15 January 2039 were agreed as a true record."),
          P("**3. Retail crime**"),
          P("The Commissioner records the assurance gained on each question as Full (the Commissioner is "
            "assured), Some (partly assured) or None (not assured)."))
    qs = [
        ("3.1", "What share of shop theft reports were attended or followed up within a week?",
         "Seventy-two per cent were followed up within a week; attendance is now prioritised where the "
         "offender is detained by staff.", "Full", "The Commissioner welcomed the rise from 55 per cent."),
        ("3.2", "How is the force working with the business crime partnership on repeat offenders?",
         "A named officer meets the partnership monthly and shares a list of the twenty most prolific "
         "offenders, though two town centres have no partnership yet.", "Some",
         "The Commissioner asked for plans for the two town centres without a partnership."),
        ("3.3", "How many shop workers assaulted at work saw a charge brought?",
         "The force could not yet separate assaults on shop workers from other assaults in its records.",
         "None", "The Commissioner asked for the records to be changed by the summer."),
    ]
    rows = [bold_row("", "Question", "What the force told us", "Assurance gained")]
    for n, q, e, level, c in qs:
        rows.append((n, q, e, level_cell(level, c)))
        p.decision(date, topic, n, q, e, {"Full": "Assured", "Some": "Partly assured", "None": "Not assured"}[level], c)
    p.add(T(tuple(rows), (7, 30, 38, 25), bordered=False))
    acts = [("PRSB 39/06", "Set out plans for partnership working in the two town centres without one.",
             "Meetings arranged with both councils in March.", "Ongoing"),
            ("PRSB 39/07", "Change crime recording so that assaults on shop workers can be counted.",
             None, "Not started")]
    p.add(P("**Actions agreed**"))
    for ref, text, _, _ in acts:
        p.add(P(f"{ref}  {text}"))
    p.add(P("4. No other business was raised."), Break(), H("Action log", 2),
          P("A tick shows where each action stands."))
    rows = [bold_row("Ref", "Meeting", "Action", "Update", "Complete", "Ongoing", "Not started")]
    tracker = [("PRSB 39/02", "15/01/39", "Share the knife crime surrender figures by district.",
                "Shared with the Board on 30 January.", "Complete", "2039-01-15", None),
               ("PRSB 39/03", "15/01/39", "Review the response times to rural burglary calls.",
                "Review started; due in May.", "Ongoing", "2039-01-15", None)]
    tracker += [(ref, "19/02/39", text, update, status, date, topic) for ref, text, update, status in acts]
    for ref, meeting, text, update, status, mdate, mtopic in tracker:
        ticks = tuple("✓" if s == status else "" for s in ("Complete", "Ongoing", "Not started"))
        rows.append((ref, meeting, text, update or "", *ticks))
        p.action(mdate, mtopic, ref, text, update, "complete" if status == "Complete" else "outstanding")
    p.add(T(tuple(rows), (11, 13, 24, 19, 13, 13, 13), bordered=False, header_rows=0))
    docx = render_docx(p.blocks, title=p.title, author="Essex PFCC", when=WHEN)
    return p, docx_to_pdf(word_grid(docx))


# --- Gwent: Word. New: a label | value table per question (Question / Response / Commissioner's assessment /
# Reason) with Assurance given / given in part / not given; tracker "Outcome" Closed – completed / Remains open.

def gwent() -> tuple[Pack, bytes]:
    org = "Police and Crime Commissioner for Gwent"
    p = Pack("gwent-pcc-spb-2039-05-13-round52.docx", "Strategy and Performance Board", "Gwent Police", org,
             "2039-05-13")
    p.add(P("**Office of the Police and Crime Commissioner for Gwent**", size=14))
    p.meeting("Strategy and Performance Board", "2039-05-13", None)
    p.add(P("Tuesday 13 May 2039 at 10.30, Police Headquarters"), H("Agenda", 2))
    p.agenda_table(bold_row("No.", "Item", "Presenter"), [
        ("1", "Welcome and apologies", "Commissioner"),
        ("2", "Minutes and actions of the last meeting", "Chief of Staff"),
        ("3", "Anti-social behaviour", "Temporary ACC"),
        ("4", "Vetting and professional standards", "Head of Professional Standards"),
        ("5", "Any other business", "All")], (8, 62, 30), bordered=True)
    p.add(Break())
    date, topic = "2039-03-25", "Stalking"
    p.meeting("Minutes of the Strategy and Performance Board held on 25 March 2039", date, topic)
    p.add(P("Item 1: Apologies were noted from the Chief Finance Officer."),
          P("Item 2: The minutes were agreed."),
          H("Item 3: Stalking", 2),
          P("For each question the Commissioner's assessment is one of: Assurance given; Assurance given in "
            "part; Assurance not given."))
    qs = [
        ("1", "How quickly are stalking protection orders applied for once a risk is identified?",
         "Applications now take a median of nine days, against 21 days a year ago.", "Assurance given",
         "The improvement was clear and sustained.", "Assured"),
        ("2", "Are victims of stalking referred to the specialist advocacy service?",
         "Eighty per cent of high-risk victims were referred; medium-risk victims are not referred as a matter "
         "of course.", "Assurance given in part", "The Commissioner asked for medium-risk referrals to be reviewed.",
         "Partly assured"),
        ("3", "How are breaches of stalking protection orders recorded and acted on?",
         "Breaches are recorded as new crimes but the force could not say how many led to an arrest.",
         "Assurance not given", "The Commissioner asked for breach outcomes at the next Board.", "Not assured"),
    ]
    for n, q, e, level, c, canon in qs:
        p.add(T(((f"**Question {n}**", q), ("**Response**", e), ("**Commissioner's assessment**", f"**{level}**"),
                 ("**Reason**", c)), (28, 72), bordered=True), P(""))
        p.decision(date, topic, n, q, e, canon, c)
    acts = [("SPB 39/14", "Review whether medium-risk stalking victims should be referred for advocacy.",
             "Review agreed with the advocacy service; report due in June.", "Remains open"),
            ("SPB 39/15", "Report the outcomes of breaches of stalking protection orders.",
             "Reported to the Board on 22 April.", "Closed – completed")]
    p.add(P("**Actions**"), Bul(tuple(f"{ref} – {text}" for ref, text, _, _ in acts)),
          P("Item 4: No other business."), Break(), H("Action log", 2))
    rows = [bold_row("Ref", "Raised", "Action", "Update", "Outcome")]
    tracker = [("SPB 39/08", "11 February 2039", "Publish the force's vetting refusal rates by protected characteristic.",
                "Published on the force website.", "Closed – completed", "2039-02-11", None)]
    tracker += [(ref, "25 March 2039", text, update, status, date, topic) for ref, text, update, status in acts]
    for ref, raised, text, update, status, mdate, mtopic in tracker:
        rows.append((ref, raised, text, update, status))
        p.action(mdate, mtopic, ref, text, update, "complete" if status.startswith("Closed") else "outstanding")
    p.add(T(tuple(rows), (12, 15, 30, 28, 15), header_rows=1, bordered=True))
    return p, word_grid(render_docx(p.blocks, title=p.title, author="OPCC Gwent", when=WHEN))


# --- Surrey: reportlab, no grid. Common decisions (bold level over italic comment); New: the tracker's status
# as a progress band (100% / 50–99% / 0–49%) under a key line, status last.

def surrey() -> tuple[Pack, bytes]:
    org = "Police and Crime Commissioner for Surrey"
    p = Pack("surrey-pcc-pam-2039-06-09-round52.pdf", "Performance and Accountability Meeting", "Surrey Police",
             org, "2039-06-09")
    p.add(P("**Office of the Police and Crime Commissioner for Surrey**", size=14))
    p.meeting("Performance and Accountability Meeting", "2039-06-09", "Neighbourhood policing")
    p.add(P("Tuesday 9 June 2039, 14.00, Mount Browne"), P("**Theme:** Neighbourhood policing"))
    p.agenda_table(bold_row("Item", "Title", "Presented by"), [
        ("1", "Apologies", "PCC"),
        ("2", "Notes and action tracker of the last meeting", "Head of Performance"),
        ("3", "Neighbourhood policing", "Chief Superintendent, Local Policing"),
        ("4", "Any other business", "All")], (10, 55, 35), bordered=False)
    p.add(Break())
    date, topic = "2039-04-14", "Violence against women and girls"
    p.meeting("Draft notes – Performance and Accountability Meeting (Violence against women and girls) – "
              "14 April 2039", date, topic)
    qs = [
        ("How many reports of spiking were received, and how many led to a charge?",
         "Ninety-four reports were received in the year; four led to a charge and 31 are still being "
         "investigated.", "Partly assured", "The PCC asked for the outcomes of the open cases."),
        ("Is the safer streets patrol plan in place for the summer?",
         "The plan was signed off in March and patrols start on 1 May in six town centres.", "Assured",
         "The PCC thanked officers for the plan."),
        ("How long do rape investigations take from report to charge?",
         "The median was 412 days; the force has no target and no plan to reduce it.", "Not assured",
         "The PCC asked for a plan with a target."),
    ]
    rows = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    for q, e, level, c in qs:
        rows.append((q, e, level_cell(level, c)))
        p.decision(date, topic, None, q, e, level, c)
    p.add(T(tuple(rows), (35, 40, 25), header_rows=1, bordered=False))
    acts = [("PAM 39/21", "Report the outcomes of open spiking investigations.", "Two further charges; report due in July.", "50–99%"),
            ("PAM 39/22", "Produce a plan with a target to reduce the time to charge in rape cases.", None, "0–49%")]
    p.add(P("**Actions**"))
    for i, (_, text, _, _) in enumerate(acts, 1):
        p.add(P(text, hang=f"{i}.", indent=18))
    p.add(Break(), H("Action Tracker 2039/40", 2),
          P("Progress bands: 100% – complete; 50–99% – well advanced; 0–49% – started or not yet started."))
    rows = [("Ref", "Raised", "Action", "Update", "Progress")]
    tracker = [("PAM 39/11", "17 Feb 2039", "Publish neighbourhood officer contact details for every ward.",
                "Published on 1 March.", "100%", "2039-02-17", None),
               ("PAM 39/12", "17 Feb 2039", "Review the use of volunteers at front counters.",
                "Review has begun.", "0–49%", "2039-02-17", None)]
    tracker += [(ref, "14 Apr 2039", text, update, band, date, topic) for ref, text, update, band in acts]
    for ref, raised, text, update, band, mdate, mtopic in tracker:
        rows.append((ref, raised, text, update or "", band))
        p.action(mdate, mtopic, ref, text, update, "complete" if band == "100%" else "outstanding")
    p.add(T(tuple(rows), (12, 14, 34, 28, 12), header_rows=1, bordered=False))
    return p, render_pdf(p.blocks, PdfLook(), "Performance and Accountability Meeting", "OPCC Surrey")


# --- Suffolk: Word->PDF, borders off, 4 pp. New: Demonstrated / Partly demonstrated / Not demonstrated under a key
# sentence, decimal numbers in a narrow unheaded column, the table run over a page break without its header;
# status last, and a signature block after the actions.

def suffolk() -> tuple[Pack, bytes]:
    org = "Police and Crime Commissioner for Suffolk"
    p = Pack("suffolk-pcc-app-2039-05-28-round52.pdf", "Accountability and Performance Panel",
             "Suffolk Constabulary", org, "2039-05-28")
    p.add(P("**Suffolk Police and Crime Commissioner**", size=14))
    p.meeting("Accountability and Performance Panel", "2039-05-28", None)
    p.add(P("Friday 28 May 2039, 10.00, Endeavour House"))
    p.agenda_table(bold_row("", "Agenda item", "Lead"), [
        ("1", "Apologies", "Chair"),
        ("2", "Minutes and actions of 16 April 2039", "Chief Executive"),
        ("3", "Serious violence duty", "ACC Protective Services"),
        ("4", "Call handling and 101", "Head of Contact"),
        ("5", "Any other business", "All")], (8, 62, 30), bordered=False, header_rows=0)
    p.add(Break())
    date, topic = "2039-04-16", "Child sexual exploitation"
    p.meeting("Minutes of the Accountability and Performance Panel held on 16 April 2039", date, topic)
    p.add(P("Present: the Police and Crime Commissioner (Chair), the Chief Constable, the Chief Executive and "
            "the Assistant Chief Constable."),
          P("1. Apologies were received from the Chief Finance Officer."),
          P("2. The minutes of 12 March 2039 were agreed and the action log noted."),
          P("**3. Child sexual exploitation**"),
          P("The Commissioner records, for each question, whether assurance was demonstrated, partly "
            "demonstrated or not demonstrated, in bold, with her comment below in italics."))
    long = (" The force explained that the figures had been checked against the partnership's records and "
            "that the safeguarding hub had reviewed each case in the quarter before the Panel.")
    qs = [
        ("3.1", "How many children were identified as at risk of exploitation this year, and how many were "
         "referred to the partnership panel?", "Two hundred and six children were identified and 188 were "
         "referred; the other 18 were already known to children's services." + long,
         "Demonstrated", "The Commissioner was content with the referral rate."),
        ("3.2", "How are children who go missing from care returned and interviewed afterwards?",
         "Return interviews are carried out by the county council within 72 hours in 64 per cent of cases; "
         "the force does not receive the interview notes in every case." + long,
         "Partly demonstrated", "The Commissioner asked for the sharing of return interview notes to be agreed."),
        ("3.3", "How does the force disrupt people who exploit children through hotels and taxis?",
         "Training has been given to 40 hotels and the taxi licensing team; no disruption orders have been "
         "sought in the year." + long, "Not demonstrated",
         "The Commissioner asked for the use of disruption orders to be reviewed."),
        ("3.4", "Are officers trained to recognise exploitation when children are arrested?",
         "All custody sergeants and 70 per cent of response officers have completed the training module; "
         "the rest will complete it by September." + long, "Partly demonstrated",
         "The Commissioner asked to see completion figures in September."),
        ("3.5", "What support is offered to parents of exploited children?",
         "A parent support worker is funded by the Commissioner's office and worked with 52 families.",
         "Demonstrated", None),
    ]
    rows = [bold_row("", "Question", "Response", "Assurance")]
    canon = {"Demonstrated": "Assured", "Partly demonstrated": "Partly assured", "Not demonstrated": "Not assured"}
    for n, q, e, level, c in qs:
        rows.append((n, q, e, level_cell(level, c)))
        p.decision(date, topic, n, q, e, canon[level], c)
    p.add(T(tuple(rows), (7, 30, 43, 20), bordered=False, repeat_header=False))
    acts = [("APP 39/17", "Agree with the county council how return interview notes are shared with the force.",
             "Agreement signed on 9 May.", "Complete"),
            ("APP 39/18", "Review the use of disruption orders against those who exploit children.", None, "Ongoing")]
    p.add(P("**Actions**"))
    for ref, text, _, _ in acts:
        p.add(P(f"{ref}: {text}"))
    p.add(P("4. There was no other business."), P(""),
          P("Signed: ........................................  Chair        Date: ....................."),
          Break(), H("Action log", 2))
    rows = [bold_row("Ref", "Panel", "Action", "Update", "Status")]
    tracker = [("APP 39/11", "12 March 2039", "Share the domestic abuse arrest rate by district.",
                "Shared on 20 March.", "Complete", "2039-03-12", None),
               ("APP 39/12", "12 March 2039", "Bring the fleet replacement plan to a future Panel.",
                "Scheduled for the July Panel.", "Ongoing", "2039-03-12", None)]
    tracker += [(ref, "16 April 2039", text, update, status, date, topic) for ref, text, update, status in acts]
    for ref, panel, text, update, status, mdate, mtopic in tracker:
        rows.append((ref, panel, text, update or "", status))
        p.action(mdate, mtopic, ref, text, update, "complete" if status == "Complete" else "outstanding")
    p.add(T(tuple(rows), (12, 15, 35, 26, 12), bordered=False))
    docx = render_docx(p.blocks, title=p.title, author="OPCC Suffolk", when=WHEN)
    return p, docx_to_pdf(word_grid(docx))


# --- Nottinghamshire: reportlab, no grid. New: the level stated in the minutes' narrative after each question
# ("The Commissioner was partly assured ..."); a BRAG text column first (Blue = complete) under a key line.

def nottinghamshire() -> tuple[Pack, bytes]:
    org = "Police and Crime Commissioner for Nottinghamshire"
    p = Pack("nottinghamshire-pcc-sab-2039-02-24-round52.pdf", "Strategic Assurance Board", "Nottinghamshire Police",
             org, "2039-02-24")
    p.add(P("**Nottinghamshire Office of the Police and Crime Commissioner**", size=14))
    p.meeting("Strategic Assurance Board", "2039-02-24", None)
    p.add(P("24 February 2039, 13.30, Sherwood Lodge"))
    p.agenda_table(bold_row("Item", "Business", "Officer"), [
        ("1", "Apologies and declarations of interest", "Chair"),
        ("2", "Notes and action log of 20 January 2039", "Head of Strategy"),
        ("3", "Firearms licensing", "Head of Licensing"),
        ("4", "Youth justice and diversion", "ACC Crime"),
        ("5", "Any other business", "All")], (10, 58, 32), bordered=False)
    p.add(Break())
    date, topic = "2039-01-20", "Hate crime"
    p.meeting("Notes of the Strategic Assurance Board – 20 January 2039", date, topic)
    p.add(P("**1. Apologies and declarations of interest.** None were declared."),
          P("**2. Notes of the last meeting** were agreed."),
          P("**3. Hate crime**"),
          P("The Deputy Chief Constable presented the report. The Commissioner put three questions."))
    qs = [
        ("1", "How many hate crimes were recorded in the year, and is under-reporting being tackled?",
         "The force recorded 2,140 hate crimes, up eight per cent, and has opened four new third-party "
         "reporting centres.", "assured", "The rise was judged to reflect better reporting."),
        ("2", "How quickly are hate crime victims contacted after they report?",
         "Eighty-one per cent are contacted within 24 hours; the rest are delayed by the backlog in the "
         "investigation hub.", "partly assured", "The Commissioner asked for the backlog to be cleared by April."),
        ("3", "What share of hate crimes end in a charge or caution?",
         "Eleven per cent; the force has no plan to improve it.", "not assured",
         "The Commissioner asked for a plan to raise it."),
    ]
    for n, q, e, level, c in qs:
        p.add(P(f"**Question {n}:** {q}"), P(e), P(f"The Commissioner was {level}. {c}"))
        p.decision(date, topic, n, q, e, level[0].upper() + level[1:], c)
    acts = [("SAB 39/05", "Clear the backlog of hate crime victim contacts in the investigation hub.",
             "Backlog down from 140 to 35.", "Green"),
            ("SAB 39/06", "Produce a plan to raise the charge and caution rate for hate crime.",
             "Plan drafted and seen by the Commissioner.", "Blue")]
    p.add(P("**Actions:**"))
    for ref, text, _, _ in acts:
        p.add(P(f"{ref} – {text}"))
    p.add(P("**4. Any other business.** None."), Break(), H("Action log", 2),
          P("BRAG: Blue – complete; Green – on track; Amber – at risk; Red – overdue."))
    rows = [("BRAG", "Ref", "Meeting", "Action", "Update")]
    tracker = [("SAB 39/01", "9 Dec 2038", "Report knife arch deployments at the city's events.",
                "No report yet; due last month.", "Red", "2038-12-09", None),
               ("SAB 39/02", "9 Dec 2038", "Share the custody detention times for children.",
                "Shared on 5 January.", "Blue", "2038-12-09", None),
               ("SAB 39/03", "9 Dec 2038", "Review the number of officers trained in mental health first aid.",
                "Review delayed by the training team's vacancies.", "Amber", "2038-12-09", None)]
    tracker += [(ref, "20 Jan 2039", text, update, brag, date, topic) for ref, text, update, brag in acts]
    for ref, meeting, text, update, brag, mdate, mtopic in tracker:
        rows.append((brag, ref, meeting, text, update))
        p.action(mdate, mtopic, ref, text, update, "complete" if brag == "Blue" else "outstanding")
    p.add(T(tuple(rows), (10, 12, 14, 34, 30), header_rows=1, bordered=False))
    return p, render_pdf(p.blocks, register_dejavu_serif(), "Strategic Assurance Board", "Nottinghamshire OPCC")


# --- West Yorkshire: Word->PDF, borders off. New: the Deputy Mayor's conclusion Reassured / Partly reassured /
# Not reassured under a key sentence, "LOE1" in a narrow column; the tracker's status last.

def west_yorkshire() -> tuple[Pack, bytes]:
    org = "Deputy Mayor for Policing and Crime"
    p = Pack("west-yorkshire-dmpc-pcam-2039-03-31-round52.pdf", "Police and Crime Accountability Meeting",
             "West Yorkshire Police", org, "2039-03-31")
    p.add(P("**West Yorkshire Combined Authority – Policing and Crime**", size=14))
    p.meeting("Police and Crime Accountability Meeting", "2039-03-31", "Neighbourhood crime")
    p.add(P("**Chair:** Deputy Mayor for Policing and Crime"), P("31 March 2039, 10.00, Wellington House"),
          P("**Topic:** Neighbourhood crime"))
    p.agenda_table(bold_row("No.", "Item", "Lead"), [
        ("1", "Welcome and apologies", "Deputy Mayor"),
        ("2", "Notes and actions of the last meeting", "Head of Policing and Crime"),
        ("3", "Neighbourhood crime", "ACC Local Policing"),
        ("4", "Any other business", "All")], (8, 60, 32), bordered=False)
    p.add(Break())
    date, topic = "2039-02-10", "Road harm"
    p.meeting("Notes of the Police and Crime Accountability Meeting held on 10 February 2039", date, topic)
    p.add(P("1. The Deputy Mayor welcomed those present. Apologies were received from the Chief Constable."),
          P("2. The notes of the meeting of 13 January 2039 were agreed."),
          P("**3. Road harm**"),
          P("For each line of enquiry the Deputy Mayor states whether she was reassured, partly reassured or "
            "not reassured by the response."))
    qs = [
        ("1", "How many people were killed or seriously injured on the roads of the county in 2038?",
         "Nine hundred and twelve, down six per cent on 2037; speed was a factor in a third.", "Reassured",
         "The Deputy Mayor noted the fall."),
        ("2", "How is the force using average speed cameras on the roads with the most collisions?",
         "Cameras cover four of the ten worst routes; the other six await highway funding.", "Partly reassured",
         "The Deputy Mayor asked for a timetable for the other six routes."),
        ("3", "Are drivers caught using mobile phones being prosecuted?",
         "The force could not give the number prosecuted, as the court results are not yet linked.",
         "Not reassured", "The Deputy Mayor asked for the figures at the next meeting."),
    ]
    rows = [bold_row("", "Line of enquiry", "Police response", "Deputy Mayor's conclusion")]
    canon = {"Reassured": "Assured", "Partly reassured": "Partly assured", "Not reassured": "Not assured"}
    for n, q, e, level, c in qs:
        rows.append((f"LOE{n}", q, e, level_cell(level, c)))
        p.decision(date, topic, n, q, e, canon[level], c)
    p.add(T(tuple(rows), (8, 32, 35, 25), bordered=False))
    acts = [("PCAM 39/07", "Set out a timetable for average speed cameras on the remaining six routes.",
             "Timetable agreed with the highway authorities.", "Complete"),
            ("PCAM 39/08", "Report the number of drivers prosecuted for using a mobile phone.",
             "Court results to be linked by April.", "In progress")]
    p.add(P("**Actions**"))
    for ref, text, _, _ in acts:
        p.add(P(f"{ref} – {text}"))
    p.add(Break(), H("Action tracker", 2))
    rows = [bold_row("Ref", "Date", "Action", "Owner", "Update", "Status")]
    tracker = [("PCAM 39/03", "13/01/39", "Publish the neighbourhood priorities for each ward.",
                "Chief Inspector", "Priorities published for all but eight wards.", "In progress", "2039-01-13", None)]
    tracker += [(ref, "10/02/39", text, "ACC Local Policing", update, status, date, topic)
                for ref, text, update, status in acts]
    for ref, when, text, owner, update, status, mdate, mtopic in tracker:
        rows.append((ref, when, text, owner, update, status))
        p.action(mdate, mtopic, ref, text, update, "complete" if status == "Complete" else "outstanding")
    p.add(T(tuple(rows), (12, 13, 27, 14, 22, 12), bordered=False))
    docx = render_docx(p.blocks, title=p.title, author="WYCA", when=WHEN)
    return p, docx_to_pdf(word_grid(docx))


# --- Bedfordshire: Word. Common (the reference pack's form).

def bedfordshire() -> tuple[Pack, bytes]:
    org = "Police and Crime Commissioner for Bedfordshire"
    p = Pack("bedfordshire-pcc-sm-2039-06-16-round52.docx", "Scrutiny Meeting", "Bedfordshire Police", org,
             "2039-06-16")
    p.add(P("**Police and Crime Commissioner for Bedfordshire**", size=14))
    p.meeting("Scrutiny Meeting", "2039-06-16", "Burglary")
    p.add(P("16 June 2039"), P("**Focus of the meeting:** Burglary"))
    p.agenda_table(bold_row("Item", "Title", "Presenter"), [
        ("1", "Apologies", "PCC"),
        ("2", "Notes and actions of 12 May 2039", "OPCC"),
        ("3", "Burglary", "Detective Chief Superintendent"),
        ("4", "Any other business", "All")], (10, 55, 35), bordered=True)
    p.add(Break())
    date, topic = "2039-05-12", "Modern slavery"
    p.meeting("Draft notes – Scrutiny Meeting (Modern slavery) – 12 May 2039", date, topic)
    qs = [("1", "How many modern slavery crimes were recorded this year?", "One hundred and four, up from 77.",
           "Assured", "The PCC accepted the figures."),
          ("2", "How many victims entered the national referral mechanism?",
           "Sixty-one; the force could not say how many declined.", "Partly Assured",
           "The PCC asked for the number who declined."),
          ("3", "Are car washes and nail bars being visited?", "No visits were made this year.", "Not Assured",
           "The PCC asked for a programme of visits.")]
    rows = [("Question", "Brief summary of evidence", "Decision of the PCC")]
    for n, q, e, level, c in qs:
        rows.append((f"{n}. {q}", e, level_cell(level, c)))
        p.decision(date, topic, n, q, e, level.capitalize(), c)
    p.add(T(tuple(rows), (40, 35, 25), header_rows=1, bordered=True))
    p.add(P("**Actions**"))
    text = "Agree a programme of visits to car washes and nail bars."
    p.add(P(text, hang="1.", indent=18), Break(), H("Action tracker", 2))
    rows = [("Ref", "Date", "Action", "Update", "Status")]
    tracker = [("SM 39/04", "14/04/2039", "Share the trafficking victim support contract.", "Shared.", "Complete",
                "2039-04-14", None),
               ("SM 39/07", "12/05/2039", text, "Programme being drafted.", "Open", date, topic)]
    for ref, when, t, update, status, mdate, mtopic in tracker:
        rows.append((ref, when, t, update, status))
        p.action(mdate, mtopic, ref, t, update, "complete" if status == "Complete" else "outstanding")
    p.add(T(tuple(rows), (12, 14, 34, 28, 12), header_rows=1, bordered=True))
    return p, word_grid(render_docx(p.blocks, title=p.title, author="OPCC Bedfordshire", when=WHEN))


# --- Lancashire: reportlab, ruled. Common.

def lancashire() -> tuple[Pack, bytes]:
    org = "Police and Crime Commissioner for Lancashire"
    p = Pack("lancashire-pcc-ssm-2039-04-08-round52.pdf", "Strategic Scrutiny Meeting", "Lancashire Constabulary",
             org, "2039-04-08")
    p.add(P("**Police and Crime Commissioner for Lancashire**", size=14))
    p.meeting("Strategic Scrutiny Meeting", "2039-04-08", "Organised crime")
    p.add(P("8 April 2039"), P("**Theme:** Organised crime"))
    p.agenda_table(("Item", "Title", "Lead"), [
        ("1", "Apologies", "PCC"),
        ("2", "Notes and actions of the last meeting", "Chief Executive"),
        ("3", "Organised crime", "ACC Crime"),
        ("4", "Any other business", "All")], (10, 55, 35), bordered=True)
    p.add(Break())
    date, topic = "2039-03-04", "Shoplifting"
    p.meeting("Draft notes – Strategic Scrutiny Meeting (Shoplifting) – 4 March 2039", date, topic)
    qs = [("How many shoplifting offences were recorded?", "Eleven thousand, up nine per cent.", "Assured",
           "The PCC accepted the figures."),
          ("How many offenders were charged?", "Twenty-two per cent of identified offenders.", "Partially assured",
           "The PCC asked for the charge rate by district."),
          ("Is footage from shops collected promptly?", "No standard for collection exists.", "Not assured",
           "The PCC asked for a standard to be set.")]
    rows = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    for q, e, level, c in qs:
        rows.append((q, e, level_cell(level, c)))
        p.decision(date, topic, None, q, e, "Partly assured" if level.startswith("Partially") else level, c)
    p.add(T(tuple(rows), (40, 35, 25), header_rows=1, bordered=True))
    text = "Set a standard for collecting footage from shops."
    p.add(P("**Actions**"), P(text, hang="1.", indent=18), Break(), H("Action tracker 2039/40", 2))
    rows = [("Ref", "Raised", "Action", "Update", "Status")]
    tracker = [("SSM 39/02", "04/02/2039", "Publish the county lines closure figures.", "Published.", "Complete",
                "2039-02-04", None),
               ("SSM 39/05", "04/03/2039", text, "Standard drafted with retailers.", "Open", date, topic)]
    for ref, when, t, update, status, mdate, mtopic in tracker:
        rows.append((ref, when, t, update, status))
        p.action(mdate, mtopic, ref, t, update, "complete" if status == "Complete" else "outstanding")
    p.add(T(tuple(rows), (12, 14, 34, 28, 12), header_rows=1, bordered=True))
    return p, render_pdf(p.blocks, PdfLook(), "Strategic Scrutiny Meeting", "OPCC Lancashire")


PACKS = (cheshire, essex, gwent, surrey, suffolk, nottinghamshire, west_yorkshire, bedfordshire, lancashire)

if __name__ == "__main__":
    prefixes = tuple(sys.argv[1:])
    for build in PACKS:
        if prefixes and not build.__name__.replace("_", "-").startswith(prefixes):
            continue
        pack, data = build()
        write(pack, data)
