"""Round 51 of scrutiny packs (issue 4, held out, then promoted): nine ordinary packs of offices the project has not seen.

Every builder call that prints a question, an action row, an agenda row or a meeting heading also writes
its gold record, so gold says what the page says. A PDF record's page is the first page whose pdfplumber
text or table cells hold the first 45 letters of its key text (or, where no page does because a borderless
table's wrapped cells interleave in the page text, every word of that opening); the generator stops if a key is on no page,
and stops if a word of a bordered PDF table cell is no word of the source (a word split across lines).
Gold goes to gold/ (it was held out in heldout/, scored in session 14, then promoted).

    .venv/bin/python samples/corpus/scrutiny-round51/generate.py [NAME-PREFIX ...]
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))
from office_pdf import docx_to_pdf  # noqa: E402
import render  # noqa: E402
from render import Break, Bul, H, Num, P, PdfLook, T, register_dejavu_serif, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind for held-out round 51; every record hand-checked against the rendered pages and "
           "`scrutiny inspect` (layout only) by the round's writer; the extractors were never run on it.")
TYPES = ("documents", "meetings", "agenda_items", "assurance_decisions", "actions")
LEVELS = {"assured": "Assured", "partly assured": "Partly assured", "partially assured": "Partly assured",
          "not assured": "Not assured", "assessment deferred": None}
GREEN, RED, AMBER = "#00b050", "#ff0000", "#ffc000"
SQUARE = {"complete": f"{{{GREEN}|■}}", "outstanding": f"{{{RED}|■}}"}


def long_date(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d:%A} {d.day} {d:%B %Y}"


def day_month(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day} {d:%B %Y}"


def ordinal_date(iso: str) -> str:
    d = date.fromisoformat(iso)
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix} {d:%B %Y}"


def slash_date(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d:%d/%m/%Y}"


def plain(text: str) -> str:
    """The words of inline markup (bold, italic, colour) as printed."""
    text = re.sub(r"\{#[0-9a-fA-F]{6}\|(.*?)\}", r"\1", text)
    return text.replace("**", "").replace("*", "")


def letters(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", plain(text).lower())


class Pack:
    """A pack's blocks and the gold records its builder calls print."""

    def __init__(self, name: str, title: str, iso: str, organisation: str, force: str) -> None:
        self.name, self.title, self.iso, self.organisation, self.force = name, title, iso, organisation, force
        self.blocks: list = []
        self.records: dict[str, list[dict]] = {t: [] for t in TYPES}
        self.keys: list[tuple[dict, str, int]] = []  # record, key text, first page it may be on

    def add(self, *blocks) -> None:
        self.blocks += blocks

    def _record(self, kind: str, key: str, record: dict, first_page: int = 1) -> dict:
        record = {"page": None, **record}
        self.records[kind].append(record)
        self.keys.append((record, key, first_page))
        return record

    def meeting(self, title: str, iso: str, topic: str | None) -> str:
        """A meeting by its heading; the heading of notes (any meeting but this one) is looked for after the
        front sheet, whose agenda row may repeat its words."""
        self._record("meetings", title, {"meeting_date": iso, "topic": topic, "organisation": self.organisation,
                                         "title": title}, first_page=1 if iso == self.iso else 2)
        return title

    def agenda(self, number: str | None, title: str, presenter: str | None) -> tuple[str, str, str]:
        self._record("agenda_items", title, {"meeting_date": self.iso, "number": number, "title": title,
                                             "presenter": presenter})
        return number or "", title, presenter or ""

    def decision(self, iso: str, topic: str | None, number: str | None, question: str, evidence: list[str],
                 level: str, commentary: str | None) -> None:
        self._record("assurance_decisions", question, {
            "meeting_date": iso, "topic": topic, "question_number": number, "question": question,
            "evidence_summary": " ".join(evidence), "assurance": LEVELS[level.lower()], "commentary": commentary})

    def action(self, text: str, *, iso: str | None, topic: str | None, number: str | None, update: str | None,
               status: str, status_source: str, key: str | None = None) -> str:
        """One action; ``key`` is where it is first printed (its minuted line) when that is not its text."""
        self._record("actions", key or text, {
            "meeting_date": iso, "topic": topic, "number": number, "text": text, "update": update,
            "status": status, "status_source": status_source, "source": "action_tracker"})
        return text


def _vocabulary(blocks: list) -> set[str]:
    words: set[str] = set()

    def walk(item: object) -> None:
        if isinstance(item, str):
            for token in plain(item).split():
                words.add(letters(token))
                words.update(letters(part) for part in re.split(r"[-/–]", token))
        elif isinstance(item, (tuple, list)):
            for part in item:
                walk(part)
        elif isinstance(item, (Bul, Num)):
            walk(item.items)
        elif isinstance(item, T):
            walk(item.rows)
        elif isinstance(item, (H, P)):
            walk(item.text)

    walk(blocks)
    return words


def set_pdf_pages(pack: Pack, data: bytes) -> int:
    vocabulary = _vocabulary(pack.blocks)
    pages: list[str] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            cells = [cell or "" for table in page.extract_tables() for row in table for cell in row]
            for cell in cells:
                for token in cell.split():
                    if letters(token) and letters(token) not in vocabulary:
                        raise SystemExit(f"{pack.name} p{number}: table cell word {token!r} is split")
            text = (page.extract_text() or "") + " " + " ".join(cells)
            pages.append((letters(text), {letters(word) for word in text.split()}))
    for record, key, first_page in pack.keys:
        start = letters(key)[:45]
        # a borderless table's wrapped cells interleave in the page text: its words then stand for it
        opening, length = [], 0
        for word in plain(key).split():
            if length >= 45:
                break
            opening.append(letters(word))
            length += len(letters(word))
        candidates = list(enumerate(pages, 1))[first_page - 1:]
        found = [n for n, (text, _) in candidates if start in text]
        found = found or [n for n, (_, words) in candidates if all(w in words for w in opening if w)]
        if not found:
            raise SystemExit(f"{pack.name}: {key[:60]!r} is on no page")
        record["page"] = found[0]
    return len(pages)


def write(pack: Pack, data: bytes) -> None:
    is_pdf = pack.name.endswith(".pdf")
    document = {"page": None, "file_type": "pdf" if is_pdf else "docx", "doc_kind": "scrutiny_pack", "status": "ok",
                "publication_date": None, "title": pack.title, "force": pack.force,
                "organisation": pack.organisation, "meeting_date": pack.iso}
    if is_pdf:
        document["pages"] = set_pdf_pages(pack, data)
    pack.records["documents"] = [document]
    (HERE / pack.name).write_bytes(data)
    gold = {"source_file": pack.name, "expect": "ok", "checked": CHECKED, "records": {**pack.records, "grades": []}}
    (GOLD / f"{pack.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    paged = {t: [r["page"] for r in pack.records[t]] for t in ("assurance_decisions", "actions")}
    print(f"{pack.name}: {len(data)} bytes, {document.get('pages', '-')} pages; {paged}")


def render_docx(blocks: list, **options) -> bytes:
    """render.render_docx with each table's grid set to its cells' widths, as Word saves it (python-docx
    leaves equal grid columns, which LibreOffice lays out in place of the cell widths)."""
    with zipfile.ZipFile(io.BytesIO(render.render_docx(blocks, **options))) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}

    def grid(table: re.Match) -> str:
        first_row = re.search(r"<w:tr>.*?</w:tr>", table.group(0), re.S).group(0)
        cells = re.findall(r'<w:tcW w:type="dxa" w:w="(\d+)"/>', first_row)
        columns = "".join(f'<w:gridCol w:w="{width}"/>' for width in cells)
        return re.sub(r"<w:tblGrid>.*?</w:tblGrid>", f"<w:tblGrid>{columns}</w:tblGrid>", table.group(0), count=1)

    xml = parts["word/document.xml"].decode()
    parts["word/document.xml"] = re.sub(r"<w:tbl>.*?</w:tbl>", grid, xml, flags=re.S).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(zipfile.ZipInfo(name, date_time=render.ZIP_TIME), data, zipfile.ZIP_DEFLATED)
    return render._stable_zip(out.getvalue())


def when(iso: str) -> datetime:
    return datetime.fromisoformat(iso + "T09:00:00")


def question_cell(number: str, question: str) -> str:
    return f"**{number}. {question}**"


# --- Cleveland: the reference pack's own form (Word -> PDF) --------------------------------------------

def cleveland() -> tuple[Pack, bytes]:
    iso, prev = "2038-03-17", "2038-02-03"
    pk = Pack("cleveland-pcc-sm-2038-03-17-round51.pdf", "Scrutiny Meeting", iso,
              "Police and Crime Commissioner for Cleveland", "Cleveland Police")
    pk.add(P("**Police and Crime Commissioner for Cleveland**\n**c/o Ashdown House**\n**Meadow Court**\n**Middlesbrough**"),
           P("Email: office@example-opcc.invalid     Tel: 01642 000000", size=9))
    pk.add(H("Police and Crime Commissioner for Cleveland", 1))
    pk.meeting("Scrutiny Meeting", iso, None)
    pk.add(H("Scrutiny Meeting", 2), P(f"**Date: {long_date(iso)}**"), P("**Time: 10:00am - 11:30am**"),
           P("**Venue: PCC Office/Teams**"), H("Agenda", 2))
    rows = [("Item", "", "Presented By"),
            pk.agenda("1.", "Apologies for Absence", "PCC"),
            pk.agenda("2.", f"Draft Notes - Scrutiny Meeting (Road Safety) - {day_month(prev)}", "PCC"),
            pk.agenda("3.", "Scrutiny Actions 2037/38 - An Update", "PCC"),
            pk.agenda("4.", "Fraud and Economic Crime", "Cleveland Police"),
            pk.agenda("5.", "Any Other Business", "PCC"),
            pk.agenda("6.", f"Date of the next meeting: {long_date('2038-04-21')} Topic: Hate Crime", "PCC")]
    pk.add(T(tuple(rows), (10, 70, 20), header_rows=1, bordered=False), Break())
    topic = "Road Safety"
    pk.add(H(pk.meeting(f"DRAFT NOTES - SCRUTINY MEETING (ROAD SAFETY) - {day_month(prev).upper()}", prev, topic), 3))
    questions = [
        ("1", "What progress has the Force made in reducing the number of people killed or seriously injured on "
              "Cleveland's roads, and how does it work with the four local authorities and the fire service to "
              "target the routes with the highest casualty rates?",
         ["Killed or seriously injured casualties fell from 212 in 2036 to 187 in 2037, a reduction of 12%.",
          "A joint casualty reduction partnership meets monthly and shares collision data with each local authority.",
          "The partnership has agreed a list of fifteen high-harm routes, reviewed every quarter.",
          "Engineering changes have been made on four of the routes, including new crossings and lower speed limits.",
          "The Roads Policing Unit carries out targeted patrols on the high-harm routes on Friday and Saturday evenings.",
          "Motorcyclists account for one in five of the seriously injured, and a rider skills course is offered free of charge.",
          "The fire service leads education sessions in sixth forms on the risks faced by young drivers and passengers."],
         "Assured", "The PCC welcomed the fall in casualties and the joint work on the high-harm routes."),
        ("2", "How is the Force using the speed camera vans, the community speed watch groups and the reports "
              "submitted by the public with dashcam footage to change the behaviour of drivers who speed, and how "
              "does it know whether these approaches are working?",
         ["Three camera vans are deployed to sites chosen from collision data and from community concerns.",
          "Twenty-two community speed watch groups are active, and letters are sent to the keepers of vehicles they record.",
          "The dashcam portal received 1,430 submissions in 2037; 61% led to a warning letter, a course or a prosecution.",
          "The Force has not yet evaluated whether repeat speeding falls after a warning letter.",
          "A review of van deployment is under way and will compare speeds before and after each deployment.",
          "Officers acknowledged that the portal's backlog reached eight weeks in the autumn and that extra staff have been moved to clear it.",
          "The backlog stood at three weeks at the end of January, and the aim is to bring it under ten days by the summer.",
          "Drivers caught by a speed watch group for a second time are visited by a neighbourhood officer.",
          "Speed watch volunteers are trained by the Roads Policing Unit and use equipment funded by the PCC.",
          "The Force is working with the safety camera partnership to publish the sites used by the vans each month.",
          "Residents' complaints about speeding are the most common issue raised at neighbourhood meetings."],
         "Partly Assured", "The PCC asked to see the results of the deployment review and will return to the backlog."),
        ("3", "What action is the Force taking against drivers who use a mobile phone at the wheel, and how many "
              "offences were detected by the Roads Policing Unit and by neighbourhood officers in 2037?",
         ["Enforcement days are run jointly with the neighbouring forces each quarter.",
          "The number of offences detected fell by a third in 2037 because fewer officers were available."],
         "Not Assured", "The PCC was concerned at the fall in enforcement and expects a plan to restore it."),
    ]
    rows = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    for number, question, evidence, level, comment in questions:
        pk.decision(prev, topic, number, question, evidence, level, comment)
        rows.append((question_cell(number, question), (Bul(tuple(evidence)),), (f"**{level}**", f"*{comment}*")))
    pk.add(T(tuple(rows), (30, 48, 22), header_rows=1))
    minuted = [
        ("That a copy of the speed camera van deployment review be sent to the PCC/OPCC once complete.",
         "The review is due to conclude in May 2038 and will then be shared.", "outstanding"),
        ("That the topic of Road Safety be revisited in twelve months' time, with casualty data by district.",
         "A Scrutiny Meeting, to re-examine this topic, will be held in 2039.", "outstanding"),
    ]
    pk.add(P("**Actions**"), Num(tuple(text for text, _, _ in minuted)), Break())
    pk.add(H("Scrutiny Actions 2037/38", 2))
    rows = [("Topic", "Action", "Update", "")]
    tracker = [
        ("Retail Crime", "That the Force shares its shop theft problem profile with the PCC/OPCC.",
         "The problem profile was received by the OPCC on 12 January 2038.", "complete"),
        ("Retail Crime", "That the PCC convenes a business crime forum with town centre retailers.",
         "The OPCC will arrange the forum for the summer of 2038.", "outstanding"),
        ("Stalking", "That data on the use of stalking protection orders be provided to the PCC each quarter.",
         "Quarterly data has been included in the performance report since December 2037.", "complete"),
    ]
    shown = None  # a merged topic cell prints its topic once, over the rows under it
    for topic_cell, text, update, status in tracker:
        pk.action(text, iso=None, topic=topic_cell, number=None, update=update, status=status,
                  status_source="glyph_colour")
        rows.append((None if topic_cell == shown else f"**{topic_cell}**", text, update, SQUARE[status]))
        shown = topic_cell
    for n, (text, update, status) in enumerate(minuted, 1):
        pk.action(text, iso=prev, topic=topic, number=str(n), update=update, status=status,
                  status_source="glyph_colour")
        rows.append((None if n > 1 else f"**{topic}**", text, update, SQUARE[status]))
    pk.add(T(tuple(rows), (20, 40, 34, 6), header_rows=1, spans=((1, 0, 2, 1), (4, 0, 2, 1))),
           P(f"{SQUARE['complete']} = Action Complete"), P(f"{SQUARE['outstanding']} = Action Outstanding"))
    data = docx_to_pdf(render_docx(pk.blocks, title="Scrutiny Meeting", author="OPCC Cleveland", when=when(iso)))
    return pk, data


# --- Gloucestershire: notes of two items, "Assurance level:" lines (reportlab, DejaVu Serif) ----------

def gloucestershire() -> tuple[Pack, bytes]:
    iso, prev = "2038-04-14", "2038-02-10"
    pk = Pack("gloucestershire-pcc-ab-2038-04-14-round51.pdf", "Accountability Board", iso,
              "Police and Crime Commissioner for Gloucestershire", "Gloucestershire Constabulary")
    pk.add(P("Office of the Police and Crime Commissioner for Gloucestershire", size=10))
    pk.add(H(pk.meeting("Accountability Board", iso, "Rural and wildlife crime"), 1))
    pk.add(P(f"{long_date(iso)}, 2.00pm, Conference Room 2"), P("**Theme:** Rural and wildlife crime"), H("Agenda", 2))
    rows = [("No.", "Item", "Lead"),
            pk.agenda("1", "Welcome and apologies", "Commissioner"),
            pk.agenda("2", f"Notes and actions of the meeting held on {day_month(prev)}", "Chief Executive"),
            pk.agenda("3", "Rural and wildlife crime", "Assistant Chief Constable"),
            pk.agenda("4", "Any other business", "Commissioner")]
    pk.add(T(tuple(rows), (8, 62, 30), header_rows=1, bordered=False), Break())
    pk.add(H(pk.meeting(f"Notes of the Accountability Board held on {day_month(prev)}", prev, None), 2))
    pk.add(P("Present: the Commissioner, the Chief Executive, the Chief Constable and the Assistant Chief Constable."),
           P("Items 1 and 2: apologies were noted and the notes of the previous meeting were agreed."))
    items = [
        ("3", "Violence against women and girls", [
            ("1", "How has the Constabulary improved the time taken to charge rape offences over the last year?",
             ["The average time from report to charge fell from 412 days to 338 days.",
              "A dedicated investigation team of eighteen officers was formed in June 2037."],
             "Assured", "The Commissioner recognised the progress made by the team."),
            ("2", "What support is offered to victims who withdraw from an investigation?",
             ["Victims who withdraw are contacted again after four weeks by an independent adviser.",
              "The Constabulary could not yet say how many return to the process."],
             "Partially assured", "The Commissioner asked for the return rate at the next Board.")],
         ("AB 38/05", "Report the number of victims who re-engage after withdrawing from an investigation.",
          "Data is being collated by the performance team.", "In progress", "outstanding")),
        ("4", "Call handling and 101", [
            ("1", "Why has the average time to answer 101 calls risen since the autumn?",
             ["Vacancies in the control room reached 14% in November.",
              "A recruitment campaign has filled eleven posts, with training due to finish in March."],
             "Partially assured", "The Commissioner will review the answer times again in six months."),
            ("2", "How are calls abandoned before they are answered followed up?",
             ["No call-back is made to abandoned 101 calls.",
              "The Constabulary has no plan to introduce one."],
             "Not assured", "The Commissioner asked the Constabulary to consider call-backs for repeat callers.")],
         ("AB 38/06", "Provide the monthly 101 answer times to the Commissioner.",
          "Monthly figures have been provided since March 2038.", "Complete", "complete")),
    ]
    minuted = []
    for number, title, questions, action in items:
        pk.add(H(f"Item {number}: {title}", 3))
        for q_number, question, evidence, level, comment in questions:
            pk.decision(prev, title, q_number, question, evidence, level, comment)
            pk.add(P(f"**Question {q_number}:** {question}"), P("*Response:*"), Bul(tuple(evidence)),
                   P(f"**Assurance level:** {level}"), P(f"**Commissioner's comment:** {comment}"))
        ref, text, update, printed, status = action
        pk.add(P(f"**Action {ref}:** {text}"))
        minuted.append((title, *action))
    pk.add(Break(), H("Action log", 2))
    rows = [("Ref", "Board date", "Action", "Update", "Status")]
    for ref, board, text, update, printed, status in [
            ("AB 37/41", "2037-12-09", "Share the evaluation of the rural crime volunteers scheme with the Commissioner.",
             "Evaluation shared on 15 January 2038.", "Complete", "complete"),
            ("AB 37/44", "2037-12-09", "Present the heritage crime plan to a future Board.",
             "Planned for the July 2038 Board.", "Open", "outstanding")]:
        pk.action(text, iso=board, topic=None, number=ref, update=update, status=status, status_source="status_column")
        rows.append((ref, slash_date(board), text, update, printed))
    for title, ref, text, update, printed, status in minuted:
        pk.action(text, iso=prev, topic=title, number=ref, update=update, status=status, status_source="status_column")
        rows.append((ref, slash_date(prev), text, update, printed))
    pk.add(T(tuple(rows), (12, 15, 33, 27, 13), header_rows=1))
    look = register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font, body_size=10.5,
                   cell_size=9.5, margin=60, footer="Accountability Board")
    return pk, render_pdf(pk.blocks, look, "Accountability Board", "OPCC Gloucestershire")


# --- Humberside: Word tables with their borders off ---------------------------------------------------

def humberside() -> tuple[Pack, bytes]:
    iso, prev = "2038-05-19", "2038-03-12"
    pk = Pack("humberside-pcc-psm-2038-05-19-round51.docx", "Performance Scrutiny Meeting", iso,
              "Police and Crime Commissioner for Humberside", "Humberside Police")
    pk.add(P("**HUMBERSIDE POLICE AND CRIME COMMISSIONER**"))
    pk.add(H(pk.meeting("Performance Scrutiny Meeting", iso, None), 1))
    pk.add(P(f"Date: {slash_date(iso)}"), P("Time: 9.30am"), P("Venue: Commissioner's Office, Beverley"))
    rows = [("No.", "Item", "Lead"),
            pk.agenda("1", "Apologies", "Commissioner"),
            pk.agenda("2", "Minutes of the previous meeting and action tracker", "Head of Scrutiny"),
            pk.agenda("3", "Road safety and the fatal four", "Chief Superintendent, Operations"),
            pk.agenda("4", "Date of next meeting", None)]
    pk.add(T(tuple(rows), (8, 62, 30), header_rows=1, bordered=False), Break())
    topic = "Anti-social behaviour"
    pk.add(H(pk.meeting(f"Minutes of the Performance Scrutiny Meeting – {ordinal_date(prev)}", prev, topic), 2))
    pk.add(P("1. Apologies were received from the Deputy Chief Constable."),
           P("2. The minutes of the meeting of 14 January 2038 were agreed."), H("3. Anti-social behaviour", 3))
    questions = [
        ("1", "How many repeat victims of anti-social behaviour were identified last year, and how are they supported?",
         ["312 repeat victims were identified.", "Each is offered a named officer and a risk assessment."],
         "Assured", "The Commissioner was pleased with the named officer approach."),
        ("2", "How are the new powers to close problem premises being used?",
         ["Eleven closure orders were obtained in 2037.", "Partners asked for faster decisions on applications."],
         "Partially assured", "The Commissioner asked that partners be consulted on the process."),
        ("3", "What has been done to reduce off-road bike nuisance in the summer months?",
         ["A dedicated team seized 64 bikes.", "Reports to 101 fell by a fifth."],
         "Assured", None),
        ("4", "How does the Force know whether its tasking of neighbourhood teams reduces anti-social behaviour?",
         ["An internal audit of tasking is under way and reports in May."],
         "Assessment deferred", "The Commissioner will decide once the audit has reported."),
    ]
    rows = [("No.", "Question", "Response", "Level of assurance", "Comments")]
    for number, question, evidence, level, comment in questions:
        pk.decision(prev, topic, number, question, evidence, level, comment)
        rows.append((number, question, (Bul(tuple(evidence)),), level, comment or ""))
    pk.add(T(tuple(rows), (6, 28, 32, 14, 20), header_rows=1, bordered=False))
    minuted = [("PSM 38/09", "Consult partners on the process for applying for closure orders.",
                "Partners consulted at the April community safety partnership.", "Complete", "complete"),
               ("PSM 38/10", "Share the internal audit of tasking with the Commissioner.", None, "Not started", "outstanding")]
    pk.add(P("**Actions**"), Bul(tuple(f"{ref} – {text}" for ref, text, *_ in minuted)), Break(),
           H("Action tracker", 2))
    rows = [("Ref", "Date raised", "Action", "Owner", "Progress", "Status")]
    for ref, raised, text, owner, update, printed, status in [
            ("PSM 37/31", "2037-11-05", "Report the victim satisfaction rate for burglary by area.", "Head of Performance",
             "Rates by area are included in the quarterly report.", "Complete", "complete"),
            ("PSM 38/02", "2038-01-14", "Review the use of dispersal orders in the town centres.", "Chief Inspector",
             "Review ongoing; due to report in June.", "Ongoing", "outstanding")]:
        pk.action(text, iso=raised, topic=None, number=ref, update=update, status=status, status_source="status_column")
        rows.append((ref, slash_date(raised), text, owner, update, printed))
    for ref, text, update, printed, status in minuted:
        pk.action(text, iso=prev, topic=topic, number=ref, update=update, status=status,
                  status_source="status_column", key=f"{ref} – {text}")
        rows.append((ref, slash_date(prev), text, "Head of Scrutiny", update or "", printed))
    pk.add(T(tuple(rows), (11, 11, 28, 14, 24, 12), header_rows=1, bordered=False))
    return pk, render_docx(pk.blocks, title="Performance Scrutiny Meeting", author="OPCC Humberside", when=when(iso))


# --- Sussex: an Outcome column and an update-only action log (reportlab, landscape) ------------------

def sussex() -> tuple[Pack, bytes]:
    iso, prev = "2038-06-09", "2038-03-24"
    pk = Pack("sussex-pcc-pam-2038-06-09-round51.pdf", "Performance & Accountability Meeting", iso,
              "Police and Crime Commissioner for Sussex", "Sussex Police")
    pk.add(P("**Sussex Police & Crime Commissioner**"))
    pk.add(H(pk.meeting("Performance & Accountability Meeting", iso, "Roads policing"), 1))
    pk.add(P(f"{long_date(iso)} – 10.00am – Webcast"), P("**Topic:** Roads policing"))
    rows = [("Item", "Title", "Presenter"),
            pk.agenda("1", "Welcome and introductions", "PCC"),
            pk.agenda("2", "Notes and action log of the last meeting", "Chief Executive"),
            pk.agenda("3", "Roads policing", "Chief Constable"),
            pk.agenda("4", "Public questions", "PCC"),
            pk.agenda("5", "Any other business", "PCC")]
    pk.add(T(tuple(rows), (8, 60, 32), header_rows=1), Break())
    topic = "Neighbourhood policing"
    pk.add(H(pk.meeting(f"Performance & Accountability Meeting – Notes – {day_month(prev)}", prev, topic), 2),
           P("**Topic:** Neighbourhood policing"), H("2. Neighbourhood policing", 3))
    questions = [
        ("NP1", "How many neighbourhood officers were taken away from their wards to cover response duties last year?",
         ["On average 9% of neighbourhood shifts were spent on response duties.", "The aim is to bring this below 5%."],
         "Partially assured", "The PCC will look at abstraction again in the autumn."),
        ("NP2", "How are residents told who their local officers are?",
         ["Every ward has a page on the force website and a monthly newsletter."],
         "Assured", "The PCC welcomed the newsletters."),
        ("NP3", "What is being done to answer the public's emails to local teams within five working days?",
         ["Only 58% of emails were answered within five days.", "No owner has been named for the standard."],
         "Not assured", "The PCC asked for an owner and a plan."),
        ("NP4", "How are special constables used in rural neighbourhoods?",
         ["Special constables gave 21,000 hours to rural teams in 2037."],
         "Assured", "The PCC thanked the special constables."),
    ]
    rows = [("Ref", "Question", "Summary of response", "Outcome", "PCC commentary")]
    for number, question, evidence, level, comment in questions:
        pk.decision(prev, topic, number, question, evidence, level, comment)
        rows.append((number, question, " ".join(evidence), level, comment))
    pk.add(T(tuple(rows), (6, 30, 34, 12, 18), header_rows=1))
    minuted = [("PAM 38/11", "Provide a quarterly dashboard of neighbourhood abstraction to the OPCC.",
                "The first quarterly dashboard has been received by the OPCC.", "complete"),
               ("PAM 38/12", "Name an owner for the email response standard and share the plan.",
                "An owner will be named once the contact review has concluded.", "outstanding")]
    pk.add(P("**Actions agreed:**"), Bul(tuple(f"{ref}: {text}" for ref, text, *_ in minuted)), Break(),
           H("Action log", 2))
    rows = [("Ref", "Meeting", "Action", "Update")]
    for ref, raised, text, update, status in [
            ("PAM 37/52", "2037-11-25", "Review how the tasking of neighbourhood teams is recorded.",
             "The review was completed and its findings were shared with the PCC on 5 February 2038.", "complete"),
            ("PAM 38/02", "2038-01-27", "Train call handlers on the new rural crime flag.",
             "Training is scheduled for July 2038.", "outstanding")]:
        pk.action(text, iso=raised, topic=None, number=ref, update=update, status=status,
                  status_source="inferred_from_update")
        rows.append((ref, day_month(raised), text, update))
    for ref, text, update, status in minuted:
        pk.action(text, iso=prev, topic=topic, number=ref, update=update, status=status,
                  status_source="inferred_from_update", key=f"{ref}: {text}")
        rows.append((ref, day_month(prev), text, update))
    pk.add(T(tuple(rows), (10, 14, 38, 38), header_rows=1))
    look = PdfLook(landscape=True, margin=50, header="Sussex Police & Crime Commissioner – Performance & Accountability Meeting")
    return pk, render_pdf(pk.blocks, look, "Performance & Accountability Meeting", "OPCC Sussex")


# --- West Midlands: a Deputy Mayor's board, notes of two items, RAG cell shading (Word) ---------------

def west_midlands() -> tuple[Pack, bytes]:
    iso, prev = "2038-05-26", "2038-03-31"
    pk = Pack("west-midlands-dmpc-pab-2038-05-26-round51.docx", "Policing Accountability Board", iso,
              "Deputy Mayor for Policing and Crime", "West Midlands Police")
    pk.add(P("**Mayor of the West Midlands – Policing and Crime**"))
    pk.add(H(pk.meeting("Policing Accountability Board", iso, None), 1))
    pk.add(P("**Chair:** Deputy Mayor for Policing and Crime"), P(f"**Date:** {long_date(iso)}"))
    rows = [("Item", "Title", "Lead"),
            pk.agenda("1", "Apologies and declarations of interest", "Deputy Mayor"),
            pk.agenda("2", "Notes of the last meeting and action tracker", "Head of Policy"),
            pk.agenda("3", "Youth diversion", "Assistant Chief Constable"),
            pk.agenda("4", "Hate crime", "Assistant Chief Constable"),
            pk.agenda("5", "Any other business", "Deputy Mayor")]
    pk.add(T(tuple(rows), (8, 60, 32), header_rows=1), Break())
    pk.add(H(pk.meeting(f"Notes of the Policing Accountability Board – {day_month(prev)}", prev, None), 2),
           P("Items 1 and 2 were taken as standing business."))
    items = [
        ("3", "Knife crime", [
            ("1", "How many knives were taken off the streets through the surrender bins and weapon sweeps?",
             ["1,240 knives were surrendered in 2037.", "Weapon sweeps in parks found 86 knives."],
             "Assured", "The Deputy Mayor thanked the partners who host the bins."),
            ("2", "How is the Force working with schools to prevent young people carrying knives?",
             ["Schools officers visited 140 schools.", "Only a third of secondary schools have had a session."],
             "Partially assured", "The Deputy Mayor asked for every secondary school to be offered a session.")],
         ("PAB 38/14", "Offer a knife crime session to every secondary school by the end of the school year.",
          "Sessions have been offered to all secondary schools.", GREEN, "complete")),
        ("4", "Investigation standards", [
            ("1", "What proportion of investigations are reviewed by a supervisor within the set time?",
             ["71% were reviewed within seven days, against a target of 90%."],
             "Not assured", "The Deputy Mayor was concerned by the gap and will return to it."),
            ("2", "How are investigators trained in the use of digital evidence?",
             ["A new course has trained 400 investigators.", "Demand on the digital unit has fallen by 10%."],
             "Assured", "The Deputy Mayor welcomed the training.")],
         ("PAB 38/15", "Report supervisory review rates by local policing area.",
          "Data will be available from the new performance system in July.", AMBER, "outstanding")),
    ]
    minuted = []
    for number, title, questions, action in items:
        pk.add(H(f"{number}. {title}", 3))
        rows = [("No.", "Question", "Evidence", "Level of assurance", "Deputy Mayor's comments")]
        for q_number, question, evidence, level, comment in questions:
            pk.decision(prev, title, q_number, question, evidence, level, comment)
            rows.append((q_number, question, (Bul(tuple(evidence)),), level, comment))
        pk.add(T(tuple(rows), (6, 28, 32, 14, 20), header_rows=1))
        ref, text, *_ = action
        pk.add(P(f"**Action {ref}:** {text}"))
        minuted.append((title, *action))
    pk.add(Break(), H("Action tracker", 2),
           P("RAG key: Green – action complete; Amber – in progress; Red – not started or overdue."))
    rows = [("Ref", "Meeting date", "Action", "Update", "RAG")]
    fills = {}
    for ref, raised, text, update, fill, status in [
            ("PAB 37/48", "2037-12-17", "Share the evaluation of the violence reduction summer programme.",
             "Evaluation shared with the Deputy Mayor in February.", GREEN, "complete"),
            ("PAB 38/03", "2038-01-28", "Present a plan to reduce the backlog of digital devices awaiting examination.",
             "Plan not yet drafted.", RED, "outstanding")]:
        pk.action(text, iso=raised, topic=None, number=ref, update=update, status=status, status_source="cell_shading")
        fills[(len(rows), 4)] = fill
        rows.append((ref, slash_date(raised), text, update, ""))
    for title, ref, text, update, fill, status in minuted:
        pk.action(text, iso=prev, topic=title, number=ref, update=update, status=status,
                  status_source="cell_shading", key=f"Action {ref}: {text}")
        fills[(len(rows), 4)] = fill
        rows.append((ref, slash_date(prev), text, update, ""))
    pk.add(T(tuple(rows), (12, 14, 36, 30, 8), header_rows=1, fills=fills))
    return pk, render_docx(pk.blocks, title="Policing Accountability Board", author="WMCA Policing and Crime",
                           when=when(iso), header=("Policing Accountability Board",))


# --- Norfolk: a long pack with a performance paper between the notes and the tracker (Word -> PDF) ----

def norfolk() -> tuple[Pack, bytes]:
    iso, prev = "2038-04-28", "2038-01-27"
    pk = Pack("norfolk-pcc-paf-2038-04-28-round51.pdf", "Police Accountability Forum", iso,
              "Police and Crime Commissioner for Norfolk", "Norfolk Constabulary")
    pk.add(P("**Office of the Police and Crime Commissioner for Norfolk**"))
    pk.add(H(pk.meeting("Police Accountability Forum", iso, "Serious violence"), 1))
    pk.add(P(f"Date: {long_date(iso)}"), P("Time: 10.00am"), P("Topic: Serious violence"), H("Agenda", 2))
    rows = [("No", "Item", "Presenter"),
            pk.agenda("1", "Apologies", "PCC"),
            pk.agenda("2", f"Notes of the meeting held on {ordinal_date(prev)}", "PCC"),
            pk.agenda("3", "Performance report", "Chief Constable"),
            pk.agenda("4", "Serious violence", "Deputy Chief Constable"),
            pk.agenda("5", "Action tracker", "OPCC Chief Executive"),
            pk.agenda("6", "Any other business", "PCC")]
    pk.add(T(tuple(rows), (8, 62, 30), header_rows=1), Break())
    topic = "Domestic abuse"
    pk.add(H(pk.meeting(f"Police Accountability Forum – notes of the meeting held on {ordinal_date(prev)}",
                        prev, topic), 2),
           P("Present: PCC, Chief Constable, Deputy Chief Constable, OPCC Chief Executive."),
           P("1. Apologies: none. 2. The notes of the previous meeting were agreed."), H("3. Domestic abuse", 3))
    questions = [
        ("1", "How quickly does the Constabulary respond to the highest-risk domestic abuse calls, and what has been "
              "done to keep attendance times within the standard when demand is high at weekends?",
         ["The median attendance time for the highest-risk calls was 11 minutes in 2037.",
          "At weekends the median rose to 14 minutes, above the 12-minute standard.",
          "Two extra response cars are now on duty on Friday and Saturday nights.",
          "Early figures for January show the weekend median back at 12 minutes.",
          "The control room flags repeat addresses so that the nearest unit is sent."],
         "Partially assured", "The PCC wants to see the weekend figures sustained before being fully assured."),
        ("2", "How is the Constabulary making use of domestic abuse protection orders since they became available "
              "across the county, and how are breaches dealt with?",
         ["86 orders were granted in the first nine months.",
          "Breaches are treated as priority calls and every breach is reviewed by a sergeant.",
          "Fourteen breaches led to arrest and twelve to a charge.",
          "A guide for officers has been issued with the Crown Prosecution Service."],
         "Assured", "The PCC noted the good use made of the new orders."),
        ("3", "What feedback have victims given on the service they received?",
         ["The victim survey found that 79% were satisfied with the initial contact.",
          "Satisfaction with being kept informed was lower, at 61%.",
          "Victims said they were not always told when a suspect was released."],
         "Not assured", "The PCC asked that victims always be told when a suspect is released."),
        ("4", "How is the Constabulary supporting officers who are themselves victims of domestic abuse?",
         ["A staff support network and a named welfare lead are in place.",
          "Eleven officers used the service in 2037."],
         "Assured", "The PCC thanked the network's volunteers."),
    ]
    rows = [("No", "Question", "Response", "Assurance level", "Comments")]
    for number, question, evidence, level, comment in questions:
        pk.decision(prev, topic, number, question, evidence, level, comment)
        rows.append((number, question, (Bul(tuple(evidence)),), level, comment))
    pk.add(T(tuple(rows), (7, 26, 33, 15, 19), header_rows=1))
    minuted = [("PAF 38/03", "Introduce a check that victims are told when a suspect is released.",
                "A check was added to the custody release process on 1 March 2038.", "Complete", "complete"),
               ("PAF 38/04", "Report the weekend attendance times for the highest-risk calls for the next quarter.",
                "Figures for February and March are being validated.", "Ongoing", "outstanding")]
    pk.add(P("**Actions agreed:**"), Num(tuple(text for _, text, *_ in minuted)), Break())
    pk.add(H("Item 3: Performance report – quarter 4 2037/38", 2),
           P("This paper gives the Constabulary's performance against the Police and Crime Plan measures for the "
             "quarter to 31 March 2038. Figures are provisional."),
           T((("Measure", "2036/37", "2037/38", "Change"),
              ("All recorded crime", "58,410", "56,920", "-2.6%"),
              ("Burglary of a dwelling", "1,930", "1,702", "-11.8%"),
              ("Violence with injury", "6,870", "6,655", "-3.1%"),
              ("999 calls answered within 10 seconds", "91.2%", "93.0%", "+1.8 pts"),
              ("Victim satisfaction (overall)", "76%", "78%", "+2 pts")), (40, 20, 20, 20), header_rows=1),
           P("Recorded crime continued to fall across the county. Burglary fell for the third year in a row. The "
             "answer rate for 999 calls was the best recorded, helped by a full control room establishment."),
           P("Violence with injury fell slightly, although the night-time economy in the city centre remains the "
             "main source of demand on Friday and Saturday nights. The serious violence item at this Forum "
             "covers the work with partners in more detail."),
           P("The Constabulary's charge rate for all crime was 13.4%, above the national average. The rate for "
             "rape offences rose to 7.1%."), Break())
    pk.add(H("Action tracker", 2))
    rows = [("Ref", "Action", "Lead", "Progress", "Status")]
    for ref, text, lead, update, printed, status in [
            ("PAF 37/19", "Share the night-time economy problem profile with the OPCC.", "Supt Operations",
             "Profile shared on 9 December 2037.", "Complete", "complete"),
            ("PAF 37/23", "Review the support offered to victims of fraud aged over 75.", "Head of Crime",
             "Review under way, due to finish in May.", "Ongoing", "outstanding")]:
        pk.action(text, iso=None, topic=None, number=ref, update=update, status=status, status_source="status_column")
        rows.append((ref, text, lead, update, printed))
    for ref, text, update, printed, status in minuted:
        pk.action(text, iso=prev, topic=topic, number=ref, update=update, status=status, status_source="status_column")
        rows.append((ref, text, "Deputy Chief Constable", update, printed))
    pk.add(T(tuple(rows), (12, 36, 16, 24, 12), header_rows=1))
    header = (f"Police Accountability Forum – {day_month(iso)}",)
    docx = render_docx(pk.blocks, title="Police Accountability Forum", author="OPCC Norfolk", when=when(iso), header=header)
    return pk, docx_to_pdf(docx)


# --- Derbyshire: borderless tables, the decision cell as the reference pack's, squares (reportlab) -----

def derbyshire() -> tuple[Pack, bytes]:
    iso, prev = "2038-02-24", "2038-01-13"
    pk = Pack("derbyshire-pcc-spab-2038-02-24-round51.pdf", "Strategic Priorities Assurance Board", iso,
              "Police and Crime Commissioner for Derbyshire", "Derbyshire Constabulary")
    pk.add(P("Police and Crime Commissioner for Derbyshire", size=12))
    pk.add(H(pk.meeting("Strategic Priorities Assurance Board", iso, None), 1))
    pk.add(P(f"Meeting date: {day_month(iso)}"), H("Agenda", 2))
    rows = [("Item", "Subject", "Lead"),
            pk.agenda("1", "Apologies for absence", "PCC"),
            pk.agenda("2", "Notes of the previous meeting", "PCC"),
            pk.agenda("3", "Business crime", "Chief Superintendent"),
            pk.agenda("4", "Action log", "OPCC"),
            pk.agenda("5", "Any other business", "PCC")]
    pk.add(T(tuple(rows), (8, 62, 30), header_rows=1, bordered=False), Break())
    topic = "Rural crime"
    pk.add(H(pk.meeting(f"Strategic Priorities Assurance Board – {day_month(prev)} – Notes", prev, topic), 2),
           H("Item 3 – Rural crime", 3))
    questions = [
        ("1", "How many farm and machinery thefts were recorded in 2037, and how many were solved?",
         ["389 thefts were recorded, 7% fewer than in 2036.", "The solved rate was 9%."],
         "Partly Assured", "The PCC wants a higher solved rate and will ask again in the summer."),
        ("2", "How does the rural crime team work with the farming community?",
         ["The team runs a farm watch scheme with 1,150 members.", "Alerts are sent by text within an hour of a theft."],
         "Assured", "The PCC praised the farm watch scheme."),
        ("3", "How is wildlife crime investigated when the rural team is not on duty?",
         ["Response officers are not trained in wildlife crime.", "There is no on-call wildlife officer at night."],
         "Not Assured", "The PCC asked for cover to be arranged."),
    ]
    rows = [("Q", "Question", "Force response", "PCC Decision")]
    for number, question, evidence, level, comment in questions:
        pk.decision(prev, topic, number, question, evidence, level, comment)
        rows.append((f"Q{number}", f"**{question}**", (Bul(tuple(evidence)),), (f"**{level}**", f"*{comment}*")))
    pk.add(T(tuple(rows), (6, 32, 38, 24), header_rows=1, bordered=False))
    minuted = [("SPAB 38/01", "Arrange on-call cover for wildlife crime outside the rural team's hours.",
                "A rota of six trained officers will start in April.", "outstanding")]
    pk.add(P("**Action:** SPAB 38/01 – Arrange on-call cover for wildlife crime outside the rural team's hours."),
           Break(), H("Action log", 2),
           P(f"{SQUARE['complete']} Complete     {SQUARE['outstanding']} Open"))
    rows = [("Ref", "Raised", "Action", "Update", "")]
    for ref, raised, text, update, status in [
            ("SPAB 37/20", "2037-10-21", "Share the drone team's deployment figures with the PCC.",
             "Figures shared in November.", "complete"),
            ("SPAB 37/26", "2037-11-25", "Publish the rural crime strategy.", "Draft with the Chief Officer Team.",
             "outstanding"),
            ("SPAB 37/27", "2037-11-25", "Add rural crime to the force's public dashboard.",
             "Added in December.", "complete")]:
        pk.action(text, iso=raised, topic=None, number=ref, update=update, status=status, status_source="glyph_colour")
        rows.append((ref, slash_date(raised), text, update, SQUARE[status]))
    for ref, text, update, status in minuted:
        pk.action(text, iso=prev, topic=topic, number=ref, update=update, status=status, status_source="glyph_colour",
                  key=f"SPAB 38/01 – {text}")
        rows.append((ref, slash_date(prev), text, update, SQUARE[status]))
    pk.add(T(tuple(rows), (13, 12, 36, 33, 6), header_rows=1, bordered=False))
    look = PdfLook(body_size=10.5, cell_size=9.5, margin=56, footer="Strategic Priorities Assurance Board")
    return pk, render_pdf(pk.blocks, look, "Strategic Priorities Assurance Board", "OPCC Derbyshire")


# --- North Wales: a PCC Decision column; a tracker with no references (Word) ---------------------------

def north_wales() -> tuple[Pack, bytes]:
    iso, prev = "2038-03-24", "2038-01-20"
    pk = Pack("north-wales-pcc-seb-2038-03-24-round51.docx", "Strategic Executive Board", iso,
              "Police and Crime Commissioner for North Wales", "North Wales Police")
    pk.add(P("**Police and Crime Commissioner for North Wales**"))
    pk.add(H(pk.meeting("Strategic Executive Board", iso, None), 1))
    pk.add(P(f"{long_date(iso)} at 10:00, Police Headquarters, Colwyn Bay"))
    rows = [("Item", "Agenda item", "Presenter"),
            pk.agenda("1", "Apologies", "Chair"),
            pk.agenda("2", "Notes of the previous meeting", "Chair"),
            pk.agenda("3", "Cyber crime", "Detective Superintendent"),
            pk.agenda("4", "Action tracker", "Chief of Staff"),
            pk.agenda("5", "Any other business", "Chair")]
    pk.add(T(tuple(rows), (8, 62, 30), header_rows=1), Break())
    topic = "Missing people"
    pk.add(H(pk.meeting(f"Notes of the Strategic Executive Board held on {day_month(prev)}", prev, topic), 2),
           P("Apologies were noted and the notes of the previous meeting agreed."), H("3. Missing people", 3))
    questions = [
        ("1", "How many people were reported missing last year, and how many were children?",
         ["2,104 reports were made, 58% of them about children.", "Nine in ten were found within 24 hours."],
         "Assured", "The Commissioner noted the quick return of most missing people."),
        ("2", "How are return home interviews used to prevent children going missing again?",
         ["Interviews are carried out by the local authorities.", "The force receives the results in only half of cases."],
         "Partially assured", "The Commissioner asked the force to raise this with the local authorities."),
        ("3", "How does the force search rural and coastal areas at night?",
         ["Search teams use a drone with a thermal camera.", "The coastguard and mountain rescue teams are called in."],
         "Assured", "The Commissioner thanked the volunteer rescue teams."),
    ]
    rows = [("No.", "Question", "Evidence", "PCC Decision")]
    for number, question, evidence, level, comment in questions:
        pk.decision(prev, topic, number, question, evidence, level, comment)
        rows.append((number, f"**{question}**", (Bul(tuple(evidence)),), (f"**{level}**", comment)))
    pk.add(T(tuple(rows), (6, 30, 40, 24), header_rows=1))
    minuted = [("Raise the sharing of return home interview results with the local authorities.",
                "Raised at the regional safeguarding board in February.", "Complete", "complete"),
               ("Report the number of return home interviews shared with the force each quarter.",
                "First figures are due in April.", "In progress", "outstanding")]
    pk.add(P("**Actions**"), Num(tuple(text for text, *_ in minuted)), Break(), H("Action tracker", 2))
    rows = [("Meeting", "Action", "Owner", "Progress", "Status")]
    for raised, text, owner, update, printed, status in [
            ("2037-11-18", "Provide the response times for rural emergency calls by county.", "Head of Contact",
             "Figures provided in December.", "Complete", "complete"),
            ("2037-11-18", "Present the force's plan for the new custody suite.", "Head of Estates", None,
             "Not started", "outstanding")]:
        pk.action(text, iso=raised, topic=None, number=None, update=update, status=status,
                  status_source="status_column")
        rows.append((day_month(raised), text, owner, update or "", printed))
    for n, (text, update, printed, status) in enumerate(minuted, 1):
        pk.action(text, iso=prev, topic=topic, number=str(n), update=update, status=status,
                  status_source="status_column")
        rows.append((day_month(prev), text, "Head of Public Protection", update, printed))
    pk.add(T(tuple(rows), (14, 36, 16, 22, 12), header_rows=1))
    return pk, render_docx(pk.blocks, title="Strategic Executive Board", author="OPCC North Wales", when=when(iso))


# --- Kent: an Outcome column with a deferred level; a running header (Word -> PDF) ---------------------

def kent() -> tuple[Pack, bytes]:
    iso, prev = "2038-06-16", "2038-03-16"
    pk = Pack("kent-pcc-pab-2038-06-16-round51.pdf", "Performance and Accountability Board", iso,
              "Police and Crime Commissioner for Kent", "Kent Police")
    pk.add(P("**Kent Police and Crime Commissioner**"))
    pk.add(H(pk.meeting("Performance and Accountability Board", iso, None), 1))
    pk.add(P(f"**Date:** {ordinal_date(iso)}"), P("**Venue:** Kent Police Headquarters, Maidstone"), H("Agenda", 2))
    rows = [("Item", "Title", "Presented by"),
            pk.agenda("1", "Introduction and apologies", "PCC"),
            pk.agenda("2", "Minutes and actions of the previous meeting", "Chief Executive"),
            pk.agenda("3", "Tackling drug supply and county lines", "Chief Constable"),
            pk.agenda("4", "Delivering an effective service to victims", "Chief Constable"),
            pk.agenda("5", "Any other business", "PCC")]
    pk.add(T(tuple(rows), (8, 62, 30), header_rows=1), Break())
    topic = "Victims' services"
    pk.add(H(pk.meeting(f"Minutes – Performance and Accountability Board – {day_month(prev)}", prev, topic), 2),
           P("Items 1 and 2 were noted."), H("3. Victims' services", 3))
    questions = [
        ("1", "How does the Force make sure victims are contacted within the times set by the Victims' Code, and "
              "what checks are made on the quality of that contact by supervisors and by the victim care unit?",
         ["Compliance with the Victims' Code contact times was 87% in the last quarter.",
          "Supervisors check a sample of ten cases per team each month.",
          "The victim care unit calls back one in twenty victims to ask about their experience.",
          "The results are reported to the Force's victims board every month.",
          "Most complaints about contact concern delays in updates on investigations."],
         "Partially assured", "The PCC asked the Force to report compliance by district."),
        ("2", "What support is available to victims of fraud, and how are the most vulnerable identified?",
         ["A fraud victim support team contacts every victim aged over 70.",
          "Vulnerable victims receive a home visit within seven days."],
         "Assured", "The PCC welcomed the home visits."),
        ("3", "How will the Force know whether the new victim updates system has improved victims' experience?",
         ["The system went live in February and no survey results are available yet."],
         "Assessment deferred", "The PCC will reach a view once the first survey results are available."),
        ("4", "How are victims told about the outcome of their case when no further action is taken?",
         ["Letters are sent, but many victims are not called.", "Victims said the letters were hard to understand."],
         "Not assured", "The PCC asked for the letters to be rewritten with victims' help."),
    ]
    rows = [("No.", "Question", "Response", "Outcome", "Commissioner's remarks")]
    for number, question, evidence, level, comment in questions:
        pk.decision(prev, topic, number, question, evidence, level, comment)
        rows.append((number, question, (Bul(tuple(evidence)),), f"**{level}**", comment))
    pk.add(T(tuple(rows), (6, 26, 31, 18, 19), header_rows=1))
    minuted = [("PAB 38/07", "Report Victims' Code compliance by district at the next Board.",
                "Compliance by district was reported to the June Board.", "Closed", "complete"),
               ("PAB 38/08", "Rewrite the no further action letters with the help of victims.",
                "Victims' panel sessions are booked for July.", "Open", "outstanding")]
    pk.add(P("**Actions**"), Bul(tuple(f"{ref}: {text}" for ref, text, *_ in minuted)), Break(), H("Action log", 2))
    rows = [("Ref", "Date", "Action", "Update", "Status")]
    for ref, raised, text, update, printed, status in [
            ("PAB 37/33", "2037-12-09", "Share the force's plan for the summer night-time economy.",
             "Plan shared in May.", "Closed", "complete"),
            ("PAB 38/02", "2038-01-20", "Report the outcome of the knife arches pilot at stations.",
             "Pilot extended until September.", "Open", "outstanding")]:
        pk.action(text, iso=raised, topic=None, number=ref, update=update, status=status, status_source="status_column")
        rows.append((ref, slash_date(raised), text, update, printed))
    for ref, text, update, printed, status in minuted:
        pk.action(text, iso=prev, topic=topic, number=ref, update=update, status=status,
                  status_source="status_column", key=f"{ref}: {text}")
        rows.append((ref, slash_date(prev), text, update, printed))
    pk.add(T(tuple(rows), (12, 15, 34, 27, 12), header_rows=1))
    header = ("Kent Police and Crime Commissioner", "Performance and Accountability Board")
    docx = render_docx(pk.blocks, title="Performance and Accountability Board", author="OPCC Kent", when=when(iso),
                       header=header)
    return pk, docx_to_pdf(docx)


PACKS: list[Callable[[], tuple[Pack, bytes]]] = [cleveland, gloucestershire, humberside, sussex, west_midlands,
                                                  norfolk, derbyshire, north_wales, kent]


def main(prefixes: list[str]) -> None:
    GOLD.mkdir(exist_ok=True)
    for build in PACKS:
        pack, data = build()
        if prefixes and not any(pack.name.startswith(p) for p in prefixes):
            continue
        write(pack, data)


if __name__ == "__main__":
    main(sys.argv[1:])
