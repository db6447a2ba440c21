"""Scrutiny round 48b (held out, then promoted; issue 4): nine packs of PCC and mayoral offices, written blind.

Each builder call that prints an agenda row, a meeting heading, a question or an action row also
writes its gold record, so the gold says what the page says. Gold goes to ``gold/`` (it was held out
in ``heldout/``, scored in session 13, then promoted). A PDF record's page is the first page whose
pdfplumber text or table cells hold the start of its key text; the run stops if a key is on no page or
a PDF table cell's words are split.

    .venv/bin/python samples/corpus/scrutiny-round48b/generate.py [NAME-PREFIX ...]
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from office_pdf import docx_to_pdf  # noqa: E402
import scrutiny_common  # noqa: E402,F401  (puts scrutiny-round3 on sys.path)
from render import Break, Bul, H, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind for held-out round 48b; every record hand-checked against the rendered pages and "
           "`scrutiny inspect` (layout only) by the round's writer; the extractors were never run on it.")
KEYS = {"agenda_items": "title", "meetings": "title", "assurance_decisions": "question", "actions": "text"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def iso(text: str) -> str:
    """'14 July 2036' -> '2036-07-14'."""
    day, month, year = text.split()[-3:]
    return f"{year}-{MONTHS.index(month) + 1:02d}-{int(day):02d}"


@dataclass
class Pack:
    """Blocks of one pack and its gold records, written side by side."""

    force: str
    organisation: str
    title: str
    meeting_date: str
    blocks: list = field(default_factory=list)
    records: dict = field(default_factory=lambda: {t: [] for t in
                                                   ("meetings", "agenda_items", "assurance_decisions", "actions")})
    publication_date: str | None = None
    strips: list[tuple[float, float]] = field(default_factory=list)  # borderless columns' x ranges (PDF points)

    def add(self, *blocks) -> None:
        self.blocks.extend(blocks)

    def meeting(self, title: str, date: str, topic: str | None, page: int) -> None:
        self.records["meetings"].append({"page": page, "meeting_date": date, "topic": topic,
                                         "organisation": self.organisation, "title": title})

    def agenda(self, number: str | None, title: str, presenter: str | None) -> None:
        self.records["agenda_items"].append({"page": 1, "meeting_date": self.meeting_date, "number": number,
                                             "title": title, "presenter": presenter})

    def decision(self, number: str | None, question: str, evidence: str | None, raw: str | None,
                 level: str | None, comment: str | None, topic: str | None, date: str) -> None:
        self.records["assurance_decisions"].append({
            "page": None, "meeting_date": date, "topic": topic, "question_number": number, "question": question,
            "evidence_summary": evidence, "assurance": level, "assurance_raw": raw, "commentary": comment})

    def action(self, number: str | None, text: str, update: str | None, status: str, status_source: str,
               topic: str | None, date: str | None, source: str = "action_tracker", key: str | None = None) -> None:
        record = {"page": None, "meeting_date": date, "topic": topic, "number": number, "text": text,
                  "update": update, "status": status, "status_source": status_source, "source": source}
        if key:
            record["_key"] = key  # where the action is first printed, if in other words than the tracker's
        self.records["actions"].append(record)


def norm(text: str) -> str:
    text = re.sub(r"\*\*|\*|\{#[0-9a-fA-F]{6}\|([^}]*)\}", lambda m: m.group(1) or "", text)
    text = text.replace("’", "'").replace("–", "-").replace("‘", "'")
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def source_words(blocks: list) -> set[str]:
    words: set[str] = set()

    def take(content: object) -> None:
        if content is None:
            return
        if isinstance(content, tuple):
            for part in content:
                take(part)
        elif isinstance(content, Bul):
            for item in content.items:
                take(item)
        else:
            for word in str(content).split():  # a hyphenated word may wrap at its hyphen
                words.update(norm(w) for w in [word, *re.split(r"[-–/]", word)])

    for block in blocks:
        if isinstance(block, T):
            for row in block.rows:
                for cell in row:
                    take(cell)
    return words


def set_pages(data: bytes, pack: Pack) -> None:
    """Each record's page: the first page whose text or table cells hold the start of its key; stops
    if a key is on no page or a table cell holds a word the source never printed (a split word)."""
    words = source_words(pack.blocks)
    pages: list[str] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            texts = [page.extract_text() or ""]
            for table in page.extract_tables():
                for row in table:
                    for cell in row:
                        if not cell:
                            continue
                        texts.append(cell)
                        for word in cell.split():
                            if norm(word) and norm(word) not in words:
                                raise SystemExit(f"page {number}: table cell word {word!r} split ({cell[:60]!r})")
            # a borderless table's columns, read as strips of the page (keys only: no split check)
            for left, right in pack.strips:
                texts.append(page.crop((left, 0, right, page.height)).extract_text() or "")
            pages.append("|".join(norm(t) for t in texts))
    for kind in ("assurance_decisions", "actions"):
        for record in pack.records[kind]:
            key = norm(record.pop("_key", None) or record[KEYS[kind]])[:45]
            found = [i for i, text in enumerate(pages, 1) if key in text]
            if not found:
                raise SystemExit(f"{kind} key on no page: {record[KEYS[kind]][:60]!r}")
            record["page"] = found[0]
    pack.pages = len(pages)


def finish(pack: Pack, name: str, data: bytes) -> None:
    is_pdf = name.endswith(".pdf")
    if is_pdf:
        set_pages(data, pack)
    else:
        for record in pack.records["actions"]:
            record.pop("_key", None)
        for kind in pack.records:
            for record in pack.records[kind]:
                record["page"] = None
    document = {"page": None, "file_type": "pdf" if is_pdf else "docx", "doc_kind": "scrutiny_pack",
                "status": "ok", "publication_date": pack.publication_date, "title": pack.title,
                "force": pack.force, "organisation": pack.organisation, "meeting_date": pack.meeting_date}
    if is_pdf:
        document["pages"] = pack.pages
    records = {"documents": [document], **pack.records, "grades": []}
    (HERE / name).write_bytes(data)
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
    (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    print(f"{name}: {len(data)} bytes; decisions p{[r['page'] for r in records['assurance_decisions']]} "
          f"actions p{[r['page'] for r in records['actions']]}")


WHEN = datetime(2036, 6, 1, 9, 0, 0)


def as_pdf(pack: Pack, look: PdfLook) -> bytes:
    return render_pdf(pack.blocks, look, pack.title, pack.organisation)


def as_docx(pack: Pack, header: tuple[str, ...] = (), landscape: bool = False) -> bytes:
    return render_docx(pack.blocks, title=pack.title, author=pack.organisation, when=WHEN, header=header,
                       landscape_pages=landscape)


def agenda_table(pack: Pack, head: tuple[str, str, str], rows: list[tuple[str, str, str | None]],
                 widths=(10, 60, 30), bordered: bool = True) -> None:
    out = [head]
    for number, title, presenter in rows:
        out.append((number, title, presenter or ""))
        pack.agenda(number, title, presenter if presenter not in (None, "–") else None)
    pack.add(T(tuple(out), widths, header_rows=1, bordered=bordered))


# --- 1. Essex: Word -> PDF, Common (the reference pack's table) ---------------------------------

def essex() -> tuple[bytes, Pack]:
    org = "Police, Fire and Crime Commissioner for Essex"
    pack = Pack("Essex Police", org, "Performance and Resources Scrutiny Board", "2036-07-22")
    pack.add(P("**Police, Fire and Crime Commissioner for Essex**"),
             H("Performance and Resources Scrutiny Board"),
             P("Tuesday 22 July 2036, 10:00, Kelvedon Park"),
             P("**Theme:** Neighbourhood policing and town centres"))
    pack.meeting("Performance and Resources Scrutiny Board", "2036-07-22", "Neighbourhood policing and town centres", 1)
    pack.add(H("Agenda", 2))
    agenda_table(pack, ("Item", "Subject", "Presented by"), [
        ("1", "Welcome and apologies", "PFCC"),
        ("2", "Notes of the meeting held on 17 June 2036 and action log", "Head of Performance"),
        ("3", "Neighbourhood policing and town centres", "ACC Local Policing"),
        ("4", "Police and Crime Plan performance report, quarter 1", "Head of Performance"),
        ("5", "Any other business", "PFCC")])
    pack.add(Break())
    title = "Notes of the Performance and Resources Scrutiny Board (Retail crime) – 17 June 2036"
    pack.meeting(title, "2036-06-17", "Retail crime", 2)
    pack.add(H(title, 2), P("Present: the PFCC (chair), the Deputy Chief Constable, the Chief Executive (OPCC)."),
             P("**3. Retail crime**"))
    topic, date = "Retail crime", "2036-06-17"
    qs = [
        ("1", "How has the Force changed its response to shop theft reported by retailers since the retail partnership was signed?",
         "All shop theft reports are now assessed within 24 hours. Attendance at incidents with a detained suspect rose from 61% to 88%. Retailers upload footage through a single portal.",
         "Assured", "The PFCC welcomed the higher attendance and asked that it be sustained over the summer."),
        ("2", "What is the Force doing about violence and abuse towards shop workers?",
         "Assaults on shop workers are flagged on the crime system. A named officer has been appointed in each district, but the charge rate for these offences remains below 20%.",
         "Partly Assured", "The PFCC asked for a breakdown of outcomes by district at the next Board."),
        ("3", "How are prolific retail offenders managed with partners?",
         "A list of prolific offenders exists in two districts only. There is no agreed approach with probation across the county.",
         "Not Assured", "The PFCC expects a county-wide offender plan within three months."),
    ]
    rows = [("Question", "Brief Summary of Evidence", "Decision of PFCC")]
    for n, q, ev, raw, com in qs:
        rows.append((f"{n}. {q}", ev, (f"**{raw}**", f"*{com}*")))
        pack.decision(n, q, ev, raw, raw.replace("Assured", "assured").capitalize() if raw != "Assured" else "Assured",
                      com, topic, date)
    pack.add(T(tuple(rows), (32, 40, 28), header_rows=1))
    pack.add(P("**Actions**"))
    minuted = [
        ("PRSB 36/14", "Provide a breakdown of shop worker assault outcomes by district.",
         "Breakdown circulated to Board members on 4 July 2036.", "Complete"),
        ("PRSB 36/15", "Produce a county-wide plan for managing prolific retail offenders with probation.",
         "Draft plan being agreed with probation; due September 2036.", "In progress"),
    ]
    pack.add(Bul(tuple(f"{ref} – {text}" for ref, text, _, _ in minuted)))
    pack.add(Break(), H("Action Log 2036/37", 2))
    rows = [("Ref", "Meeting", "Action", "Update", "Status")]
    older = [
        ("PRSB 36/09", "13 May 2036", "Report the number of special constables deployed on town centre patrols.",
         "Reported to the June Board: 42 specials deployed each weekend.", "Complete"),
        ("PRSB 36/11", "13 May 2036", "Review the 101 call-back process for non-urgent crime reports.",
         "Review started; findings expected in August 2036.", "Open"),
    ]
    for ref, meet, text, upd, st in older:
        rows.append((ref, meet, text, upd, st))
        pack.action(ref, text, upd, "complete" if st == "Complete" else "outstanding", "status_column", None, iso(meet))
    for ref, text, upd, st in minuted:
        rows.append((ref, "17 June 2036", text, upd, st))
        pack.action(ref, text, upd, "complete" if st == "Complete" else "outstanding", "status_column", topic, date)
    pack.add(T(tuple(rows), (13, 13, 30, 30, 14), header_rows=1))
    return docx_to_pdf(as_docx(pack, header=("Essex PFCC – Performance and Resources Scrutiny Board",))), pack


# --- 2. Greater Manchester: reportlab, New: questions grouped under level headings ----------------

def greater_manchester() -> tuple[bytes, Pack]:
    org = "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"
    pack = Pack("Greater Manchester Police", org, "Police Accountability Board", "2036-09-16")
    pack.add(P("**Greater Manchester Combined Authority**"), H("Police Accountability Board"),
             P("**Chair:** Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
             P("Date: 16 September 2036 · Venue: Tootal Buildings, Manchester"))
    pack.meeting("Police Accountability Board", "2036-09-16", None, 1)
    agenda_table(pack, ("No.", "Item", "Lead"), [
        ("1", "Apologies and declarations of interest", "Chair"),
        ("2", "Notes of the last meeting and action tracker", "Chair"),
        ("3", "Response to missing people", "ACC Specialist Operations"),
        ("4", "Police-recorded hate crime", "ACC Neighbourhoods"),
        ("5", "Date of next meeting", "–")], widths=(8, 62, 30))
    pack.add(Break())
    title = "Police Accountability Board – notes of the meeting held on 15 July 2036"
    pack.meeting(title, "2036-07-15", "Rape and serious sexual offences", 2)
    topic, date = "Rape and serious sexual offences", "2036-07-15"
    pack.add(H(title, 2), P("Items 1 and 2 (apologies; notes of 10 June 2036) were taken as read."),
             H("Item 3: Rape and serious sexual offences", 3),
             P("The Deputy Mayor put five questions to the Force. Following the Board's practice, the notes group the "
               "questions by the assurance the Deputy Mayor took from the answers: **Assured** (no further work "
               "sought), **Further assurance required** (partly assured; the Force reports back) and **Not "
               "assured**."))
    groups = [
        ("Assured", "Assured", [
            ("Q1", "How quickly are victims of rape offered an appointment with an independent sexual violence adviser?",
             "Every victim is offered a referral at first report; 94% are contacted by an adviser within two working days."),
            ("Q4", "How does the Force make sure that investigators specialising in rape receive continuing training?",
             "All 180 specialist investigators completed the national learning programme; refresher days run each quarter."),
        ]),
        ("Further assurance required", "Partly assured", [
            ("Q2", "What has been done to reduce the number of victims who withdraw support for a prosecution?",
             "Withdrawal fell from 48% to 41% over the year. Early evidence kits are in use in two of ten districts only."),
            ("Q5", "How long does it take to return digital devices to victims after download?",
             "The median return time is 12 days, against a target of seven; a new triage process starts in October."),
        ]),
        ("Not assured", "Not assured", [
            ("Q3", "How many rape cases are awaiting a charging decision for more than six months, and why?",
             "The Force could not give a figure at the meeting and undertook to provide one in writing."),
        ]),
    ]
    for heading, level, items in groups:
        pack.add(P(f"**{heading}**", size=12))
        for n, q, ev in items:
            pack.add(P(f"**{n}.** {q}", indent=14), P(f"*Response:* {ev}", indent=14))
            pack.decision(n.removeprefix("Q"), q, ev, heading, level, None, topic, date)
    pack.add(P("**Actions agreed:** PAB 36/21 and PAB 36/22 (set out in the tracker)."))
    pack.add(Break(), H("Action tracker", 2))
    rows = [("Ref", "Date", "Action", "Update", "Status")]
    data = [
        ("PAB 36/17", "10 June 2036", "Share the revised missing-from-home risk assessment with the GMCA.",
         "Shared on 2 July 2036.", "Closed", None, "2036-06-10"),
        ("PAB 36/19", "10 June 2036", "Report repeat missing episodes of looked-after children by borough.",
         "Data being cleansed with the ten councils.", "Open", None, "2036-06-10"),
        ("PAB 36/21", "15 July 2036", "Provide the number of rape cases awaiting a charging decision for more than six months.",
         "Figure provided on 29 July 2036: 57 cases.", "Closed", topic, date),
        ("PAB 36/22", "15 July 2036", "Report the roll-out plan for early evidence kits to all districts.",
         "Plan due at the November Board.", "Open", topic, date),
    ]
    for ref, d, text, upd, st, tp, md in data:
        rows.append((ref, d, text, upd, st))
        pack.action(ref, text, upd, "complete" if st == "Closed" else "outstanding", "status_column", tp, md)
    pack.add(T(tuple(rows), (12, 14, 34, 28, 10), header_rows=1))
    return as_pdf(pack, PdfLook(margin=56)), pack


# --- 3. MOPAC: Word file, Common ("Assurance level:" lines) ----------------------------------------

def mopac() -> tuple[bytes, Pack]:
    org = "Deputy Mayor for Policing and Crime"
    pack = Pack("Metropolitan Police Service", org, "Oversight Board", "2036-10-08")
    pack.add(P("**MAYOR OF LONDON OFFICE FOR POLICING AND CRIME**"), H("Oversight Board"),
             P("**Chair:** Deputy Mayor for Policing and Crime"), P("8 October 2036, City Hall"),
             P("**Focus of the meeting:** Stop and search"))
    pack.meeting("Oversight Board", "2036-10-08", "Stop and search", 1)
    agenda_table(pack, ("Item", "Title", "Presenter"), [
        ("1", "Minutes and actions of the previous meeting", "MOPAC Secretariat"),
        ("2", "Stop and search: use, outcomes and community monitoring", "Commander, Frontline Policing"),
        ("3", "Any other business", None)])
    pack.add(H("Minutes of the Oversight Board held on 3 September 2036", 2))
    pack.meeting("Minutes of the Oversight Board held on 3 September 2036", "2036-09-03", "Violence in the night-time economy", None)
    topic, date = "Violence in the night-time economy", "2036-09-03"
    pack.add(P("1. The minutes of 6 August 2036 were agreed."), H("2. Violence in the night-time economy", 3))
    qs = [
        ("1", "How is the Met deploying officers to the busiest late-night areas at weekends?",
         ("Weekend deployments are set by a harm map refreshed monthly.", "Fourteen areas receive dedicated patrols from 22:00 to 04:00."),
         "Assured", "The Deputy Mayor noted the clear link between the harm map and deployment."),
        ("2", "What is being done with licensing authorities to tackle premises linked to repeated violence?",
         ("Reviews were requested for six premises in the year.", "Only three boroughs share licensing data with the Met."),
         "Partially assured", "Data sharing should cover every borough by the spring."),
        ("3", "How is the Met measuring the effect of the women's safety patrols?",
         ("Patrol hours are recorded, but no outcome measure has been agreed.",),
         "Not assured", "The Deputy Mayor asked for an evaluation framework."),
    ]
    for n, q, ev, raw, com in qs:
        pack.add(H(f"Question {n}", 3), P(f"**{q}**"), P("*Response:*"), Bul(ev),
                 P(f"**Assurance level:** {raw}"), P(f"**DMPC comment:** {com}"))
        pack.decision(n, q, " ".join(ev), raw, {"Partially assured": "Partly assured"}.get(raw, raw), com, topic, date)
    pack.add(P("**Actions arising**"), P("**OB 36/31:** Share licensing data with all 32 boroughs."),
             P("**OB 36/32:** Bring an evaluation framework for women's safety patrols to the Board."))
    pack.add(Break(), H("Action log", 2))
    rows = [("Ref", "Date raised", "Action", "Owner", "Update", "Status")]
    data = [
        ("OB 36/27", "6 August 2036", "Publish quarterly stop and search outcome data by borough.", "Met Performance",
         "First release published on 1 September 2036.", "Complete", None, "2036-08-06"),
        ("OB 36/31", "3 September 2036", "Share licensing data with all 32 boroughs.", "Commander, Frontline Policing",
         "Agreements signed with 21 boroughs.", "In progress", topic, date),
        ("OB 36/32", "3 September 2036", "Bring an evaluation framework for women's safety patrols to the Board.",
         "MOPAC Evidence and Insight", "", "Not started", topic, date),
    ]
    for ref, d, text, owner, upd, st, tp, md in data:
        rows.append((ref, d, text, owner, upd, st))
        pack.action(ref, text, upd or None, "complete" if st == "Complete" else "outstanding", "status_column", tp, md)
    pack.add(T(tuple(rows), (12, 14, 28, 16, 20, 10), header_rows=1))
    return as_docx(pack), pack


# --- 4. Northumbria: Word -> PDF, Common; a question table over a page break ------------------------

def northumbria() -> tuple[bytes, Pack]:
    org = "Mayor of the North East"
    pack = Pack("Northumbria Police", org, "Business Meeting", "2036-11-05")
    pack.add(P("**North East Combined Authority – Policing and Crime**"), H("Business Meeting"),
             P("**Chair:** Mayor of the North East"), P("Wednesday 5 November 2036, 14:00"),
             P("**Theme:** Road safety"))
    pack.meeting("Business Meeting", "2036-11-05", "Road safety", 1)
    agenda_table(pack, ("No.", "Item", "Lead"), [
        ("1", "Apologies", "Chair"), ("2", "Minutes of the meeting of 1 October 2036", "Chair"),
        ("3", "Action log", "Head of Policy"), ("4", "Road safety and fatal collisions", "Chief Superintendent, Operations"),
        ("5", "Any other business", "Chair")])
    pack.add(Break())
    title = "Minutes of the Business Meeting held on 1 October 2036"
    topic, date = "Antisocial behaviour", "2036-10-01"
    pack.meeting(title, date, topic, 2)
    pack.add(H(title, 2), P("**Theme:** Antisocial behaviour"), P("4. Antisocial behaviour"))
    long_ev = ("Calls about antisocial behaviour fell by 9% in the year to August 2036. Each neighbourhood team has "
               "a named problem-solving lead and problem-solving plans are reviewed monthly by inspectors. Hotspot "
               "patrols funded by the grant ran in 31 wards over the summer, with visible patrol time logged by GPS. "
               "Surveys in those wards found that 58% of residents felt antisocial behaviour had reduced, against "
               "44% the previous summer. The Force is yet to publish ward-level results, which it plans to do "
               "from January 2037 alongside the council partnerships' own figures. Housing providers now join "
               "the monthly tasking meetings in all six local authority areas, and closure orders were obtained "
               "for eleven premises during the year, four more than in the previous year.")
    qs = [
        ("1", "How does the Force make sure that antisocial behaviour reports receive a proportionate response?",
         "A risk questionnaire is completed at first contact. Repeat and vulnerable callers are flagged and get a visit within 48 hours; an audit found 87% compliance.",
         "Assured", "The Mayor noted the improved compliance."),
        ("2", "What difference have the funded hotspot patrols made in the wards where they ran?", long_ev,
         "Partially assured", "The Mayor asked for ward-level results to be shared before publication."),
        ("3", "How are victims of persistent antisocial behaviour supported when several agencies are involved?",
         "The community trigger was used 23 times. Case reviews found that lead agency roles were unclear in a third of cases.",
         "Not assured", "The Mayor asked the Force and councils to agree a single lead-agency protocol."),
        ("4", "How are young people diverted from antisocial behaviour at an early stage?",
         "Detached youth work runs in 12 wards. The referral scheme was paused in July while its funding is renewed.",
         "Deferred", "The Mayor will take a view once the referral scheme's funding is settled."),
    ]
    rows = [("No.", "Question", "Response", "Level of assurance", "Comments")]
    level = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured", "Deferred": None}
    for n, q, ev, raw, com in qs:
        rows.append((n, q, ev, raw, com))
        pack.decision(n, q, ev, raw, level[raw], com, topic, date)
    pack.add(T(tuple(rows), (6, 28, 40, 12, 20), header_rows=1))
    pack.add(P("Question 4 was deferred; no level was given at this meeting."), P("**Actions**"))
    minuted = [("Share ward-level hotspot patrol results with the Mayor before publication.", "NBM 36/40"),
               ("Agree a single lead-agency protocol for persistent antisocial behaviour cases with the six councils.", "NBM 36/41")]
    pack.add(Bul(tuple(t for t, _ in minuted)))
    pack.add(Break(), H("Action log", 2), P("RAG key: green – complete; amber – in progress; red – overdue."))
    rows = [("Ref", "Raised", "Action", "Update", "RAG")]
    fills = {}
    data = [
        ("NBM 36/33", "3 September 2036", "Report the clearance rate for vehicle crime by area command.",
         "Reported at the October meeting.", "#00b050", None, "2036-09-03"),
        ("NBM 36/35", "3 September 2036", "Confirm the date for the new custody suite to open.",
         "Opening delayed; the contractor has not confirmed a date.", "#ff0000", None, "2036-09-03"),
        ("NBM 36/40", "1 October 2036", minuted[0][0], "Results shared on 24 October 2036.", "#00b050", topic, date),
        ("NBM 36/41", "1 October 2036", minuted[1][0], "Draft protocol with council legal teams.", "#ffc000", topic, date),
    ]
    for i, (ref, d, text, upd, fill, tp, md) in enumerate(data, 1):
        rows.append((ref, d, text, upd, ""))
        fills[(i, 4)] = fill
        pack.action(ref, text, upd, "complete" if fill == "#00b050" else "outstanding", "cell_shading", tp, md)
    pack.add(T(tuple(rows), (12, 16, 36, 30, 6), header_rows=1, fills=fills))
    return docx_to_pdf(as_docx(pack)), pack


# --- 5. South Wales: reportlab landscape, Common (Outcome column, bilingual titles) --------------

def south_wales() -> tuple[bytes, Pack]:
    org = "Police and Crime Commissioner for South Wales"
    pack = Pack("South Wales Police", org, "Strategic Assurance Board", "2036-08-19")
    pack.add(P("**Comisiynydd Heddlu a Throseddu De Cymru / South Wales Police and Crime Commissioner**"),
             H("Bwrdd Sicrwydd Strategol / Strategic Assurance Board"),
             P("19 August 2036 – Police Headquarters, Bridgend"))
    pack.meeting("Strategic Assurance Board", "2036-08-19", None, 1)  # a bilingual title by its English side
    pack.title = "Strategic Assurance Board"
    agenda_table(pack, ("Eitem / Item", "Teitl / Title", "Arweinydd / Lead"), [
        ("1", "Apologies", "Commissioner"), ("2", "Notes and actions of 15 July 2036", "Chief of Staff"),
        ("3", "Custody and detainee welfare", "Chief Superintendent, Criminal Justice"),
        ("4", "Serious violence duty: annual review", "Assistant Chief Constable"),
        ("5", "Date of next meeting", "–")], widths=(12, 58, 30))
    pack.add(Break())
    title = "Notes of the Strategic Assurance Board – 15 July 2036"
    topic, date = "Online child sexual abuse", "2036-07-15"
    pack.meeting(title, date, topic, 2)
    pack.add(H(title, 2), P("**Topic:** Online child sexual abuse"))
    qs = [
        ("1", "How long are devices seized in child abuse image investigations waiting for examination?",
         "The backlog fell from 310 to 190 devices after two examiners were recruited; the average wait is 14 weeks.",
         "Partly assured", "The Commissioner asked for the backlog to be reported each quarter."),
        ("2", "How does the Force safeguard children identified in indecent images?",
         "A safeguarding referral is made the same day in every case; a dip sample of 40 cases found all referrals made.",
         "Assured", "The Commissioner welcomed the dip sample."),
        ("3", "How is the Force working with schools to prevent online exploitation?",
         "Schools input is given by two officers covering 400 schools; no evaluation exists.",
         "Not assured", "The Commissioner asked for a prevention plan with the four local authorities."),
    ]
    rows = [("Cwestiwn / Question", "Crynodeb / Summary of response", "Canlyniad / Outcome", "Sylwadau / Comments")]
    for n, q, ev, raw, com in qs:
        rows.append((f"{n}. {q}", ev, raw, com))
        pack.decision(n, q, ev, raw, raw, com, topic, date)
    pack.add(T(tuple(rows), (30, 36, 12, 22), header_rows=1))
    pack.add(P("**Camau gweithredu / Actions:** SAB 36/12 – Report the device examination backlog each quarter. "
               "SAB 36/13 – Produce an online safety prevention plan with the four local authorities."))
    pack.add(Break(), H("Log Gweithredu / Action Log", 2))
    rows = [("Cyf / Ref", "Cyfarfod / Meeting", "Cam gweithredu / Action", "Diweddariad / Update", "Statws / Status")]
    data = [
        ("SAB 36/08", "17 June 2036", "Publish the custody independent visitors' annual report.",
         "Published on 30 June 2036.", "Complete", None, "2036-06-17"),
        ("SAB 36/12", "15 July 2036", "Report the device examination backlog each quarter.",
         "First report due in October 2036.", "Open", topic, date),
        ("SAB 36/13", "15 July 2036", "Produce an online safety prevention plan with the four local authorities.",
         "Plan agreed by the safeguarding partnership on 6 August 2036.", "Complete", topic, date),
    ]
    for ref, d, text, upd, st, tp, md in data:
        rows.append((ref, d, text, upd, st))
        pack.action(ref, text, upd, "complete" if st == "Complete" else "outstanding", "status_column", tp, md,
                    key=f"{ref} – {text}" if tp else None)
    pack.add(T(tuple(rows), (10, 14, 36, 28, 12), header_rows=1))
    return as_pdf(pack, PdfLook(landscape=True, margin=50)), pack


# --- 6. York and North Yorkshire: Word file, New: "Assured?" and "Further assurance sought?" ---------

def york_north_yorkshire() -> tuple[bytes, Pack]:
    org = "Deputy Mayor for Policing, Fire and Crime"
    pack = Pack("North Yorkshire Police", org, "Public Accountability Meeting", "2036-12-02")
    pack.add(P("**York and North Yorkshire Combined Authority – Policing, Fire and Crime**"),
             H("Public Accountability Meeting"), P("**Chair:** Deputy Mayor for Policing, Fire and Crime"),
             P("Tuesday 2 December 2036, 10.30am, Harrogate"))
    pack.meeting("Public Accountability Meeting", "2036-12-02", None, None)
    agenda_table(pack, ("#", "Item", "Lead"), [
        ("1", "Welcome and apologies", "Deputy Mayor"), ("2", "Notes of 21 October 2036 and action log", "Deputy Mayor"),
        ("3", "Business crime", "Superintendent, Partnerships"), ("4", "Call handling and 101", "Head of Contact"),
        ("5", "Any other business", "Deputy Mayor")])
    title = "Notes of the Public Accountability Meeting – 21 October 2036"
    topic, date = "Rural crime", "2036-10-21"
    pack.meeting(title, date, topic, None)
    pack.add(H(title, 2), P("Item 3: Rural crime"),
             P("Each question is recorded with two answers: **Assured?** (Yes / No) and **Further assurance sought?** "
               "(Yes / No). Yes and No means the Deputy Mayor is assured; Yes and Yes that she is partly assured "
               "and the Force returns with more; No means she is not assured."))
    qs = [
        ("3.1", "How is the Force tackling the theft of farm machinery and GPS units?",
         "Thefts fell by 17%. The rural taskforce recovered equipment worth £1.2m, working with the national "
         "construction and agricultural theft unit.", "Yes", "No", "Assured"),
        ("3.2", "What is being done about wildlife crime, including raptor persecution?",
         "Two wildlife crime officers cover the county. Three prosecutions were brought, but reports from the "
         "uplands are not recorded consistently.", "Yes", "Yes", "Partly assured"),
        ("3.3", "How quickly are calls from rural areas answered and attended?",
         "Attendance times in the most rural beats average 58 minutes against a target of 30; no improvement "
         "plan was presented.", "No", "Yes", "Not assured"),
    ]
    rows = [("No.", "Question", "Response", "Assured?", "Further assurance sought?")]
    for n, q, ev, a, f, level in qs:
        rows.append((n, q, ev, a, f))
        pack.decision(n, q, ev, f"{a} / {f}", level, None, topic, date)
    pack.add(T(tuple(rows), (8, 30, 40, 10, 12), header_rows=1))
    pack.add(P("**Actions:** see the action log, PAM 36/27 to PAM 36/28."))
    pack.add(H("Action log", 2))
    rows = [("Ref", "Date of meeting", "Action", "Progress", "Status")]
    data = [
        ("PAM 36/24", "16 September 2036", "Provide the clear-up rate for burglary of outbuildings.",
         "Provided on 30 September 2036.", "Closed", None, "2036-09-16"),
        ("PAM 36/27", "21 October 2036", "Set out how wildlife crime reports from the uplands will be recorded consistently.",
         "New recording guidance issued to the uplands teams on 12 November 2036.", "Closed", topic, date),
        ("PAM 36/28", "21 October 2036", "Bring an improvement plan for rural attendance times.",
         "Plan being drafted with the contact centre.", "Open", topic, date),
    ]
    for ref, d, text, upd, st, tp, md in data:
        rows.append((ref, d, text, upd, st))
        pack.action(ref, text, upd, "complete" if st == "Closed" else "outstanding", "status_column", tp, md)
    pack.add(T(tuple(rows), (12, 16, 34, 28, 10), header_rows=1))
    return as_docx(pack, header=("York and North Yorkshire Combined Authority",)), pack


# --- 7. Bedfordshire: reportlab DejaVu Serif, Common (reference pack; coloured squares) ---------

def bedfordshire() -> tuple[bytes, Pack]:
    org = "Police and Crime Commissioner for Bedfordshire"
    pack = Pack("Bedfordshire Police", org, "Scrutiny Meeting", "2036-10-14")
    pack.add(P("**Police and Crime Commissioner for Bedfordshire**"), H("SCRUTINY MEETING"),
             P("Tuesday 14 October 2036 at 10:00"))
    pack.title = "Scrutiny Meeting"
    pack.meeting("SCRUTINY MEETING", "2036-10-14", None, 1)
    agenda_table(pack, ("Item", "Title", "Presenter"), [
        ("1", "Apologies for Absence", "PCC"),
        ("2", "Draft Notes – Scrutiny Meeting (Fraud) – 9 September 2036", "PCC"),
        ("3", "Scrutiny Actions 2036/37 – An Update", "PCC"),
        ("4", "Hate Crime", "Bedfordshire Police"), ("5", "Any Other Business", "PCC")])
    pack.add(Break())
    title = "DRAFT NOTES – SCRUTINY MEETING (FRAUD) – 9 SEPTEMBER 2036"
    topic, date = "Fraud", "2036-09-09"
    pack.meeting(title, date, topic, 2)
    pack.add(H(title, 2))
    qs = [
        ("1", "How are victims of fraud contacted after they report to the national reporting centre?",
         "Every vulnerable victim receives a call from the economic crime unit within five days. 1,240 calls were made in the year.",
         "Assured", "The PCC welcomed the contact rate."),
        ("2", "What use does the Force make of the powers to recover the proceeds of fraud?",
         "Confiscation orders worth £640,000 were obtained; only two financial investigators are in post against an establishment of four.",
         "Partly Assured", "The PCC asked for an update on recruitment."),
        ("3", "How is the Force protecting older people from courier and romance fraud?",
         "Bank protocol calls prevented 58 losses. Awareness sessions reached 900 residents.",
         "Assured", "The PCC asked the Force to share the bank protocol figures with partners."),
    ]
    rows = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    for n, q, ev, raw, com in qs:
        rows.append((f"{n}. {q}", ev, (f"**{raw}**", com)))
        pack.decision(n, q, ev, raw, "Partly assured" if raw == "Partly Assured" else raw, com, topic, date)
    pack.add(T(tuple(rows), (34, 42, 24), header_rows=1))
    pack.add(P("**Actions**"))
    minuted = ["That the Force report on recruitment of financial investigators.",
               "That the bank protocol figures be shared with the community safety partnerships."]
    pack.add(P("1. " + minuted[0], indent=14), P("2. " + minuted[1], indent=14))
    pack.add(Break(), H("Scrutiny Actions 2036/37", 2),
             P("{#00a050|■} = Action Complete     {#e02020|■} = Action Outstanding"))
    rows = [("Topic", "Action", "Update", "")]
    data = [
        ("Violence Against Women and Girls", "That the Force share its perpetrator programme evaluation.",
         "Evaluation received by the OPCC on 14 August 2036.", True, None, None, None),
        ("Violence Against Women and Girls", "That the Force report the use of domestic abuse protection orders.",
         "Report due at the November meeting.", False, None, None, None),
        ("Fraud", minuted[0], "Two investigators appointed; both start in November 2036.", False, "1", topic, date),
        ("Fraud", minuted[1], "Figures shared with all three partnerships on 30 September 2036.", True, "2", topic, date),
    ]
    for top, text, upd, done, num, tp, md in data:
        rows.append((top, text, upd, "{#00a050|■}" if done else "{#e02020|■}"))
        pack.action(num, text, upd, "complete" if done else "outstanding", "glyph_colour", tp or top, md)
    pack.add(T(tuple(rows), (20, 38, 36, 6), header_rows=1, spans=((1, 0, 2, 1), (3, 0, 2, 1))))
    look = register_dejavu_serif()
    return as_pdf(pack, look), pack


# --- 8. Warwickshire: reportlab, borderless, New: a "Date completed" column decides the status ---

def warwickshire() -> tuple[bytes, Pack]:
    org = "Police and Crime Commissioner for Warwickshire"
    pack = Pack("Warwickshire Police", org, "Performance Accountability Meeting", "2036-11-18")
    pack.add(P("**Office of the Warwickshire Police and Crime Commissioner**"), H("Performance Accountability Meeting"),
             P("18 November 2036, 14:00, Leek Wootton"), P("**Theme:** Burglary"))
    pack.meeting("Performance Accountability Meeting", "2036-11-18", "Burglary", 1)
    agenda_table(pack, ("Item", "Business", "Lead"), [
        ("1", "Apologies", "PCC"), ("2", "Notes of the meeting held on 14 October 2036", "PCC"),
        ("3", "Action log", "Policy Officer"), ("4", "Burglary and the response to victims", "Superintendent, Investigations"),
        ("5", "Date of next meeting", "–")], bordered=False)
    pack.add(Break())
    title = "Notes of the Performance Accountability Meeting held on 14 October 2036"
    topic, date = "Domestic abuse", "2036-10-14"
    pack.meeting(title, date, topic, 2)
    pack.add(H(title, 2), P("**Item 4 – Domestic abuse**"))
    qs = [
        ("1", "How are domestic abuse risk assessments quality assured?",
         "A sergeant reviews every high-risk assessment within 24 hours; a monthly audit found 91% of assessments complete.",
         "Assured", "Assured", None),
        ("2", "What is the Force doing to increase the use of domestic violence protection notices?",
         "Notices rose from 88 to 131 in the year, but one in five breaches was not followed up.",
         "Partially assured", "Partly assured", "The PCC asked for the breaches to be reviewed."),
        ("3", "How does the Force know that victims are satisfied with the service?",
         "A victim survey ran in 2035 only; the Force has no current measure.",
         "Not assured", "Not assured", "The PCC asked for the survey to be repeated."),
    ]
    rows = [("No.", "Question", "Response", "PCC Decision", "Comment")]
    for n, q, ev, raw, level, com in qs:
        rows.append((n, q, ev, f"**{raw}**", com or ""))
        pack.decision(n, q, ev, raw, level, com, topic, date)
    widths = (6, 30, 38, 12, 14)
    pack.add(T(tuple(rows), widths, header_rows=1, bordered=False))
    edges = [60 + (595.27 - 120) * sum(widths[:i]) / sum(widths) for i in range(len(widths) + 1)]
    pack.strips = list(zip(edges, edges[1:]))
    pack.add(P("Actions arising: PAM/36/18 and PAM/36/19 (see the action log)."))
    pack.add(Break(), H("Action log", 2),
             P("An action is closed when the date it was completed is entered; rows with no completion date are open."))
    rows = [("Ref", "Meeting", "Action", "Progress", "Date completed")]
    data = [
        ("PAM/36/12", "9 September 2036", "Report response times to burglary in progress by district.",
         "Reported to the October meeting.", "14/10/2036", None, "2036-09-09"),
        ("PAM/36/15", "9 September 2036", "Publish the burglary prevention leaflet in five community languages.",
         "Translations in progress; two languages done.", "", None, "2036-09-09"),
        ("PAM/36/18", "14 October 2036", "Review breaches of domestic violence protection notices that were not followed up.",
         "Review complete; findings sent to the PCC.", "7 Nov 2036", topic, date),
        ("PAM/36/19", "14 October 2036", "Repeat the domestic abuse victim survey.",
         "Survey questions agreed; fieldwork starts in January 2037.", "", topic, date),
    ]
    for ref, d, text, upd, done, tp, md in data:
        rows.append((ref, d, text, upd, done))
        pack.action(ref, text, upd, "complete" if done else "outstanding", "status_column", tp, md)
    widths = (11, 15, 34, 28, 12)
    pack.add(T(tuple(rows), widths, header_rows=1, bordered=False))
    edges = [60 + (595.27 - 120) * sum(widths[:i]) / sum(widths) for i in range(len(widths) + 1)]
    pack.strips += list(zip(edges, edges[1:]))
    return as_pdf(pack, PdfLook(margin=60)), pack


# --- 9. Lincolnshire: Word -> PDF, New: a log whose Due column says Achieved or the date still due ---

def lincolnshire() -> tuple[bytes, Pack]:
    org = "Police and Crime Commissioner for Lincolnshire"
    pack = Pack("Lincolnshire Police", org, "Police Accountability Meeting", "2036-12-16")
    pack.add(P("**Lincolnshire Police and Crime Commissioner**"), H("Police Accountability Meeting"),
             P("Tuesday 16 December 2036, Nettleham"))
    pack.meeting("Police Accountability Meeting", "2036-12-16", None, 1)
    agenda_table(pack, ("No.", "Item", "Presenter"), [
        ("1", "Apologies", "PCC"), ("2", "Minutes and actions of 11 November 2036", "Chief Executive"),
        ("3", "Drug-driving and roads policing", "Chief Inspector, Roads Policing"),
        ("4", "Police and Crime Plan delivery report", "Chief Executive"),
        ("5", "Any other business", "PCC")])
    pack.add(Break())
    title = "Minutes of the Police Accountability Meeting held on 11 November 2036"
    topic, date = "Missing people", "2036-11-11"
    pack.meeting(title, date, topic, 2)
    pack.add(H(title, 2), P("**3. Missing people**"),
             P("The PCC records an assurance level against each question using the office's scale: "
               "**Green** – assured; **Amber** – partially assured, further information required; "
               "**Red** – not assured, the matter returns to a future meeting."))
    qs = [
        ("a", "How does the Force grade the risk of people reported missing?",
         "The national risk approach is used; grades are reviewed by an inspector every eight hours.", "Green", "Assured"),
        ("b", "How many return home interviews for missing children are completed within 72 hours?",
         "Councils complete 64% within 72 hours; the Force could not say how intelligence from them is used.", "Amber", "Partly assured"),
        ("c", "How does the Force find people who go missing repeatedly from care homes?",
         "A Philomena protocol is in place with 70% of homes; the rest have not signed up.", "Amber", "Partly assured"),
    ]
    rows = [("Ref", "Question", "Summary of response", "Assurance level")]
    for n, q, ev, raw, level in qs:
        rows.append((f"3{n}", q, ev, raw))
        pack.decision(f"3{n}", q, ev, raw, level, None, topic, date)
    pack.add(T(tuple(rows), (7, 33, 44, 16), header_rows=1))
    pack.add(P("**Actions:**"), Bul(("PAM 36/44 – Report how intelligence from return home interviews is used.",
                                     "PAM 36/45 – Write to the care homes that have not signed the protocol.")))
    pack.add(Break(), H("Action log", 2),
             P("Actions shown as Achieved in the Due column are closed and will be removed from the log at the next "
               "meeting; a date is the date an open action is due."))
    rows = [("Ref", "Raised", "Action", "Update", "Due")]
    data = [
        ("PAM 36/38", "7 October 2036", "Provide figures for drink-driving arrests over the summer campaign.",
         "Figures provided on 20 October 2036.", "Achieved", None, "2036-10-07"),
        ("PAM 36/44", "11 November 2036", "Report how intelligence from return home interviews is used.",
         "The Force is mapping the process with the two councils.", "31 January 2037", topic, date),
        ("PAM 36/45", "11 November 2036", "Write to the care homes that have not signed the protocol.",
         "Letters sent on 25 November 2036.", "Achieved", topic, date),
    ]
    for ref, d, text, upd, due, tp, md in data:
        rows.append((ref, d, text, upd, due))
        pack.action(ref, text, upd, "complete" if due == "Achieved" else "outstanding", "status_column", tp, md)
    pack.add(T(tuple(rows), (12, 16, 32, 28, 12), header_rows=1))
    return docx_to_pdf(as_docx(pack)), pack


PACKS = {
    "essex-pfcc-prsb-2036-07-22-round48b.pdf": essex,
    "greater-manchester-dmpc-pab-2036-09-16-round48b.pdf": greater_manchester,
    "mopac-dmpc-ob-2036-10-08-round48b.docx": mopac,
    "northumbria-mayor-bm-2036-11-05-round48b.pdf": northumbria,
    "south-wales-pcc-sab-2036-08-19-round48b.pdf": south_wales,
    "york-north-yorkshire-dmpfc-pam-2036-12-02-round48b.docx": york_north_yorkshire,
    "bedfordshire-pcc-sm-2036-10-14-round48b.pdf": bedfordshire,
    "warwickshire-pcc-pam-2036-11-18-round48b.pdf": warwickshire,
    "lincolnshire-pcc-pam-2036-12-16-round48b.pdf": lincolnshire,
}


def main(prefixes: list[str]) -> None:
    GOLD.mkdir(exist_ok=True)
    for name, build in PACKS.items():
        if prefixes and not any(name.startswith(p) for p in prefixes):
            continue
        data, pack = build()
        finish(pack, name, data)


if __name__ == "__main__":
    main(sys.argv[1:])
