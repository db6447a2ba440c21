"""Held-out scrutiny round 41b (issue 4): nine packs of PCC / PFCC / PCVC offices, written blind.

Each builder call that prints a meeting heading, an agenda row, a question or an action row also
writes its gold record, so the gold says what the page says. Gold goes to ``gold/`` (it was held out
in ``heldout/``, scored once in session 10, then promoted). A PDF record's page is the first page
(from its section's page on) whose pdfplumber text, table cells or column strips hold the first
letters of its key text; the generator stops if a key is on no page, or if the PDF holds a word that
is in none of the source's texts (a word split in a narrow cell or hyphenated by the layout).

    .venv/bin/python samples/corpus/scrutiny-round41b/generate.py [NAME-PREFIX ...]

Needs LibreOffice (``soffice``), ``taskset`` and ``setarch`` for the Word->PDF packs.
"""

from __future__ import annotations

import io
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

import pdfplumber
from docx import Document
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import scrutiny_common  # noqa: E402,F401  (puts scrutiny-round3 on sys.path for `render`)
from inspection_render import fixed_zip_times  # noqa: E402
import office_pdf  # noqa: E402
from render import Break, Bul, H, Num, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

from generator.model import plain  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind for held-out round 41b; every record written by the builder call that prints it and "
           "checked against the rendered pages (pdfplumber text, page images) and `scrutiny inspect` (layout "
           "only) by the round's writer; the extractors were never run on it.")
WHEN = datetime(2029, 6, 1, 9, 0, 0)
KEY_LETTERS = 40

# the three levels as most packs print them, without a key
LEVEL = {"Assured": "Assured", "Partly Assured": "Partly assured", "Partly assured": "Partly assured",
         "Partially assured": "Partly assured", "Partially Assured": "Partly assured", "Not Assured": "Not assured",
         "Not assured": "Not assured"}
GREEN, AMBER, RED, GREY, BLUE = "#00b050", "#ffc000", "#e0302a", "#bfbfbf", "#2f75b5"


def alnum(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", unicodedata.normalize("NFKC", plain(text)).lower())


def tokens(text: str) -> set[str]:
    return {t for t in re.split(r"[^0-9a-z]+", unicodedata.normalize("NFKC", text).lower()) if t}


@dataclass
class Pack:
    """A pack being built: its blocks and its gold records, with the key each PDF record's page is
    found by."""

    name: str
    document: dict
    blocks: list = field(default_factory=list)
    records: dict = field(default_factory=lambda: {t: [] for t in (
        "documents", "meetings", "agenda_items", "assurance_decisions", "actions", "grades")})
    keys: list = field(default_factory=list)  # (record, key text, first page to search from)
    extra_words: list = field(default_factory=list)  # page furniture (headers, footers) for the word check

    def __post_init__(self) -> None:
        self.records["documents"].append(self.document)

    @property
    def org(self) -> str:
        return self.document["organisation"]

    def add(self, *blocks) -> None:
        self.blocks.extend(blocks)

    def _keep(self, record: dict, key: str, from_page: int) -> dict:
        self.keys.append((record, key, from_page))
        return record

    def meeting(self, heading: str, date: str, topic: str | None, from_page: int = 1, title: str | None = None) -> None:
        """A meeting record titled by its heading as printed, or by ``title`` (a bilingual heading's English
        side); the heading itself is added by the caller."""
        self.records["meetings"].append(self._keep(
            {"page": None, "meeting_date": date, "topic": topic, "organisation": self.org,
             "title": title or plain(heading)}, heading, from_page))

    def agenda(self, date: str, items: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
        """Agenda records of (number, title, presenter as printed) rows; "–" or an empty presenter is
        none. Returns the rows for the caller's table or paragraphs."""
        for number, title, presenter in items:
            self.records["agenda_items"].append(self._keep(
                {"page": None, "meeting_date": date, "number": number, "title": plain(title),
                 "presenter": None if presenter in ("–", "") else plain(presenter)}, title, 1))
        return items

    def decision(self, date: str, topic: str, number: str, question: str, evidence: str | list[str],
                 assurance: str | None, commentary: str | None, from_page: int = 2) -> None:
        evidence_text = " ".join(evidence) if isinstance(evidence, list) else evidence
        self.records["assurance_decisions"].append(self._keep(
            {"page": None, "meeting_date": date, "topic": topic, "question_number": number,
             "question": plain(question), "evidence_summary": plain(evidence_text), "assurance": assurance,
             "commentary": plain(commentary) if commentary else None}, question, from_page))

    def action(self, *, text: str, update: str | None, status: str, status_source: str, source: str,
               number: str | None, topic: str | None, date: str | None, key: str | None = None,
               from_page: int = 2) -> None:
        """One action record; ``key`` is the text the page is found by where it differs from ``text`` (an
        action minuted in other words before the tracker prints it)."""
        self.records["actions"].append(self._keep(
            {"page": None, "meeting_date": date, "topic": topic, "number": number, "text": plain(text),
             "update": plain(update) if update else None, "status": status, "status_source": status_source,
             "source": source}, key or text, from_page))


# --- checks and pages of a PDF -----------------------------------------------------------------


def _source_texts(pack: Pack) -> list[str]:
    out = list(pack.extra_words)
    for block in pack.blocks:
        if isinstance(block, (H, P)):
            out += [block.text] + ([block.hang] if isinstance(block, P) and block.hang else [])
        elif isinstance(block, (Bul, Num)):
            out += list(block.items)
        elif isinstance(block, T):
            for row in block.rows:
                for content in row:
                    for part in (content if isinstance(content, tuple) else (content,)):
                        if isinstance(part, Bul):
                            out += list(part.items)
                        elif part is not None:
                            out.append(str(part))
    return [plain(t) for t in out]


def _column_bands(pack: Pack, page_width: float, margin: float) -> list[tuple[float, float]]:
    """The x-ranges of every table column, so that a cell's text can be read down its own column."""
    width = page_width - 2 * margin
    bands = []
    for block in pack.blocks:
        if isinstance(block, T):
            x, total = margin, sum(block.widths)
            for w in block.widths:
                bands.append((x, x + width * w / total))
                x += width * w / total
    return bands


def set_pdf_pages(pack: Pack, data: bytes, margin: float) -> None:
    vocabulary = set().union(*(tokens(t) for t in _source_texts(pack)))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pack.document["pages"] = len(pdf.pages)
        vocabulary |= {str(n) for n in range(1, len(pdf.pages) + 1)}
        pages: list[list[str]] = []
        strange: set[str] = set()
        for page in pdf.pages:
            texts = [page.extract_text() or ""]
            texts += [cell for table in page.extract_tables() for row in table for cell in row if cell]
            for x0, x1 in _column_bands(pack, float(page.width), margin):
                texts.append(page.crop((max(x0 - 1, 0), 0, min(x1 + 1, float(page.width)), page.height)).extract_text() or "")
            pages.append([alnum(t) for t in texts])
            for word in page.extract_words():
                strange |= tokens(word["text"]) - vocabulary
    if strange:
        raise SystemExit(f"{pack.name}: words in the PDF that no source text holds (split or hyphenated?): "
                         f"{sorted(strange)}")
    for record, key, from_page in pack.keys:
        wanted = alnum(key)[:KEY_LETTERS]
        found = next((n for n in range(from_page, len(pages) + 1) if any(wanted in t for t in pages[n - 1])), None)
        if found is None:
            raise SystemExit(f"{pack.name}: key {key[:60]!r} is on no page from {from_page}")
        record["page"] = found


def split_across_pages(pack: Pack, data: bytes, text: str) -> None:
    """Stop unless the cell ``text`` starts on one page and ends on the next (a row split by a page break)."""
    head, tail = alnum(text)[:KEY_LETTERS], alnum(text)[-25:]
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        strips = [[alnum(page.crop((x0, 0, x1, page.height)).extract_text() or "")
                   for x0, x1 in _column_bands(pack, float(page.width), 72.0)] for page in pdf.pages]
    first = next(n for n, page in enumerate(strips) if any(head in t for t in page))
    last = next(n for n, page in enumerate(strips) if any(tail in t for t in page))
    if last != first + 1:
        raise SystemExit(f"{pack.name}: the cell {text[:40]!r} is not split across a page break ({first + 1}, {last + 1})")


# --- rendering ---------------------------------------------------------------------------------


def docx_bytes(pack: Pack, header: tuple[str, ...] = (), landscape_pages: bool = False) -> bytes:
    """The pack as a Word file, with each table's grid set to its cells' widths (as Word writes it)."""
    data = render_docx(pack.blocks, title=pack.document["title"], author=pack.org, when=WHEN, header=header,
                       landscape_pages=landscape_pages)
    document = Document(io.BytesIO(data))
    for table in document.tables:
        first = table.rows[0]._tr
        widths = [tc.find(qn("w:tcPr")).find(qn("w:tcW")).get(qn("w:w")) for tc in first.iter(qn("w:tc"))]
        grid = table._tbl.find(qn("w:tblGrid"))
        columns = grid.findall(qn("w:gridCol"))
        if len(columns) == len(widths):
            for column, width in zip(columns, widths):
                column.set(qn("w:w"), width)
    out = io.BytesIO()
    document.save(out)
    pack.extra_words += list(header)
    return fixed_zip_times(out.getvalue())


def word_pdf(pack: Pack, header: tuple[str, ...] = ()) -> bytes:
    data = office_pdf.docx_to_pdf(docx_bytes(pack, header))
    set_pdf_pages(pack, data, margin=20 * 72 / 25.4)
    return data


def reportlab_pdf(pack: Pack, look: PdfLook) -> bytes:
    data = render_pdf(pack.blocks, look, title=pack.document["title"], author=pack.org)
    pack.extra_words += [look.header or "", look.footer or ""]
    set_pdf_pages(pack, data, margin=look.margin)
    return data


def word_file(pack: Pack, header: tuple[str, ...] = ()) -> bytes:
    data = docx_bytes(pack, header)
    pack.document.pop("pages", None)
    return data


def write(pack: Pack, data: bytes) -> None:
    (HERE / pack.name).write_bytes(data)
    GOLD.mkdir(exist_ok=True)
    gold = {"source_file": pack.name, "expect": "ok", "checked": CHECKED, "records": pack.records}
    (GOLD / f"{pack.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    counts = {t: len(r) for t, r in pack.records.items() if t != "documents"}
    pages = {t: [r["page"] for r in pack.records[t]] for t in ("assurance_decisions", "actions")}
    print(f"{pack.name}: {len(data)} bytes; {counts}; pages {pages}")


def new_pack(name: str, *, title: str, force: str, organisation: str, meeting_date: str,
             publication_date: str | None = None) -> Pack:
    file_type = "pdf" if name.endswith(".pdf") else "docx"
    document = {"page": None, "file_type": file_type, "doc_kind": "scrutiny_pack", "status": "ok",
                "publication_date": publication_date, "title": title, "force": force,
                "organisation": organisation, "meeting_date": meeting_date}
    if file_type == "pdf":
        document["pages"] = None
    return Pack(name, document)


# --- the packs ---------------------------------------------------------------------------------


def bedfordshire() -> tuple[Pack, bytes]:
    """Word->PDF, Common: the reference pack's form (Question | Brief Summary of Evidence | Decision of
    PCC; numbered actions; a tracker of merged topics with a coloured square against a legend)."""
    this, last = "2029-10-17", "2029-09-05"
    pack = new_pack("bedfordshire-pcc-sm-2029-10-17-round41b.pdf", title="Scrutiny Meeting",
                    force="Bedfordshire Police", organisation="Police and Crime Commissioner for Bedfordshire",
                    meeting_date=this)
    pack.add(P("**Police and Crime Commissioner for Bedfordshire**"), P("Unit 4, Priory Wharf, Bedford MK40 9QT"),
             P("Email: opcc.enquiries@bedfordshire.example.org"), H("Scrutiny Meeting", 1))
    pack.meeting("Scrutiny Meeting", this, None)
    pack.add(P("**Date:** Wednesday 17 October 2029"), P("**Time:** 10:00am – 11:30am"),
             P("**Venue:** OPCC Boardroom / Microsoft Teams"), H("Agenda", 2))
    rows = pack.agenda(this, [
        ("1", "Apologies for Absence", "PCC"),
        ("2", "Draft Notes – Scrutiny Meeting (Fraud and Cyber Crime) – 5 September 2029", "PCC"),
        ("3", "Scrutiny Actions 2029/30 – An Update", "PCC"),
        ("4", "Missing Children and Young People", "Bedfordshire Police"),
        ("5", "Any Other Business", "PCC"),
        ("6", "Date of the next meeting: Wednesday 21 November 2029 Topic: Rural Crime", "PCC")])
    rows = [(f"{n}.", title, lead) for n, title, lead in rows]
    pack.add(T((("Item", "", "Presented By"), *rows), (12, 110, 40), header_rows=1), Break())

    heading = "**Draft Notes – Scrutiny Meeting (Fraud and Cyber Crime) – 5 September 2029**"
    pack.add(P(heading))
    pack.meeting(heading, last, "Fraud and Cyber Crime", from_page=2)
    topic = "Fraud and Cyber Crime"
    questions = [
        ("1", "How does the Force identify and support repeat and vulnerable victims of fraud, and how quickly are they contacted after a report is received from Action Fraud?",
         ["The Economic Crime Unit receives a weekly download of Action Fraud reports for Bedfordshire, around 420 a month.",
          "Every report is triaged within two working days; victims aged over 75 or flagged as vulnerable are contacted by a Victim Care Officer within five working days.",
          "In the quarter to June 2029, 91% of vulnerable victims were contacted within five working days, against 78% a year earlier.",
          "Repeat victims are referred to the Safer Bedfordshire scam prevention partnership, which fitted 64 call blockers in the quarter."],
         "Assured", "The PCC welcomed the faster contact with vulnerable victims and will keep the measure in the quarterly performance report."),
        ("2", "What progress has been made in recruiting and training officers to investigate cyber-dependent crime, and what is the current backlog of devices awaiting examination?",
         ["The Cyber Crime Unit has 11 of its 14 posts filled; three detective constables are in training and will be in post by January 2030.",
          "All neighbourhood officers completed the online cyber awareness package by July 2029.",
          "The digital forensics backlog stood at 212 devices in August 2029, down from 305 in March, but the oldest device had waited 141 days.",
          "An outsourcing contract for lower-priority devices starts in November 2029."],
         "Partly Assured", "The PCC noted the falling backlog but remains concerned about the time the oldest devices wait and asked for the figures at each meeting until the backlog falls below 100."),
        ("3", "How is the Force measuring the outcomes of its fraud prevention campaigns, and what evidence is there that they reduce victimisation?",
         ["The Force runs four campaigns a year with partners, most recently on courier fraud.",
          "Reach is measured by social media impressions and the number of talks given to community groups.",
          "The Force has not yet measured whether the campaigns change the number of people who become victims; an evaluation approach is being discussed with the university."],
         "Not Assured", "The PCC was not assured that the campaigns make a difference and asked that an evaluation be agreed before the next campaign is launched."),
    ]
    grid = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    for number, question, evidence, level, comment in questions:
        grid.append((f"**{number}. {question}**", (Bul(tuple(evidence)),), (f"**{level}**", f"*{comment}*")))
        pack.decision(last, topic, number, question, evidence, LEVEL[level], comment)
    pack.add(T(tuple(grid), (34, 50, 24), header_rows=1))

    minuted = [("That the Force provide the digital forensics backlog figures, including the age of the oldest device, at each Scrutiny Meeting until the backlog falls below 100 devices.",
                "The figures for September 2029 were provided: 187 devices, the oldest waiting 118 days.", "outstanding"),
               ("That an evaluation of the fraud prevention campaigns be agreed with the OPCC before the next campaign is launched.",
                "The evaluation approach was agreed at a meeting with the OPCC on 2 October 2029.", "complete")]
    pack.add(P("**Actions**"), Num(tuple(text for text, _, _ in minuted)), Break())
    pack.add(P("**Scrutiny Actions 2029/30**"))
    older = [("Violence Against Women and Girls", "That the Force share the results of its survey of women's feelings of safety in Bedford town centre with the OPCC.",
              "The survey results were shared with the OPCC on 16 August 2029.", "complete"),
             ("Violence Against Women and Girls", "That the topic of VAWG be revisited at a future Scrutiny Meeting to consider the impact of the new stalking clinic.",
              "A Scrutiny Meeting, to re-examine this topic, will be held in early 2030.", "outstanding"),
             ("Contact Management", "That the OPCC be sent the monthly 101 call abandonment rates for the rest of 2029.",
              "Monthly rates for July and August have been received; the rest will follow.", "outstanding")]
    square = {"complete": f"{{{GREEN}|■}}", "outstanding": f"{{{RED}|■}}"}
    tracker = [("Topic", "Action", "Update", "")]
    for topic_cell, text, update, status in older:
        tracker.append((f"**{topic_cell}**", text, update, square[status]))
        pack.action(text=text, update=update, status=status, status_source="glyph_colour", source="action_tracker",
                    number=None, topic=topic_cell, date=None, from_page=3)
    for i, (text, update, status) in enumerate(minuted, start=1):
        tracker.append((f"**{topic}**", text, update, square[status]))
        pack.action(text=text, update=update, status=status, status_source="glyph_colour", source="action_tracker",
                    number=str(i), topic=topic, date=last)
    spans = ((1, 0, 2, 1), (4, 0, 2, 1))
    rows = [list(r) for r in tracker]
    rows[2][0] = rows[5][0] = None
    pack.add(T(tuple(tuple(r) for r in rows), (26, 60, 60, 6), header_rows=1, spans=spans),
             P(f"{square['complete']} = Action Complete"), P(f"{square['outstanding']} = Action Outstanding"))
    return pack, word_pdf(pack)



def grid_table(header: tuple[str, ...], rows: list[tuple], widths: tuple[float, ...], **kw) -> T:
    return T((header, *rows), widths, header_rows=1, **kw)


def cheshire() -> tuple[Pack, bytes]:
    """Word, Common: two scrutiny items, each with an Assurance level column (one "Deferred"); the
    actions minuted under each item by reference and text; an action log with a Status column."""
    this, last = "2029-11-08", "2029-09-13"
    pack = new_pack("cheshire-pcc-sb-2029-11-08-round41b.docx", title="Scrutiny Board", force="Cheshire Constabulary",
                    organisation="Police and Crime Commissioner for Cheshire", meeting_date=this)
    pack.add(P("**Police and Crime Commissioner for Cheshire**"), H("Scrutiny Board", 1))
    pack.meeting("Scrutiny Board", this, "Neighbourhood policing and visibility")
    pack.add(P("Date: Thursday 8th November 2029, 2.00pm – 4.00pm"), P("Venue: Clemonds Hey, Winsford (room 2)"),
             P("**Theme:** Neighbourhood policing and visibility"), H("Agenda", 2))
    rows = pack.agenda(this, [
        ("1", "Welcome and apologies", "Commissioner"),
        ("2", "Minutes and action log of the meeting held on 13 September 2029", "Head of Governance"),
        ("3", "Ward officer abstraction and visible patrol", "Assistant Chief Constable (Local Policing)"),
        ("4", "Public confidence survey: autumn results", "Head of Performance and Insight"),
        ("5", "Any other business", "–")])
    pack.add(grid_table(("No.", "Agenda item", "Presented by"), rows, (10, 100, 55)), Break())

    heading = "Minutes of the Scrutiny Board held on 13 September 2029"
    pack.add(H(heading, 1))
    pack.meeting(heading, last, None)
    pack.add(P("Present: the Commissioner (chair); Chief Constable; Deputy Chief Constable; Assistant Chief Constable "
               "(Crime); Chief of Staff; Head of Governance; Performance Analyst."),
             H("1. Apologies", 2), P("Apologies were received from the Assistant Chief Officer."),
             H("2. Minutes of the last meeting and action log", 2),
             P("The minutes of the meeting held on 12 July 2029 were agreed. The action log was reviewed (see below)."))
    header = ("No.", "Question", "Response", "Level of assurance", "PCC comment")
    widths = (8, 38, 58, 22, 40)
    items = [
        ("3. Serious violence and knife crime", "Serious violence and knife crime", [
            ("1", "How has the serious violence problem profile changed the way patrols are directed in Warrington and Chester town centres?",
             "Patrol plans are now set each week from the problem profile's hotspot map. Hotspot patrols rose from 310 hours a month to 540 hours, and violence with injury in the two town centres fell by 9% between April and August.",
             "Assured", "The Commissioner welcomed the use of the profile and will follow the figures in the quarterly report."),
            ("2", "How many young people referred to the Navigator mentoring scheme have been arrested again within six months?",
             "Of 88 young people referred in 2028/29, 17 were arrested again within six months. The force could not yet say how this compares with young people not referred.",
             "Partially assured", "The Commissioner asked for a comparison group to be agreed with the Youth Justice Service."),
            ("3", "What has the knife arch trial at the night-time economy venues found?",
             "The trial ran at six venues over twelve weekends and found 14 knives. The evaluation by the university will report in December 2029.",
             "Deferred", "To be assessed when the evaluation of the knife arch trial reports in December."),
        ], [("SB/29/17", "Agree a comparison group for the Navigator mentoring scheme with the Youth Justice Service and report the results to the Board.")]),
        ("4. Hate crime", "Hate crime", [
            ("1", "Are victims of hate crime contacted within the timescales of the Victims' Code?",
             "An audit of 120 hate crimes in July 2029 found that 71% of victims were contacted within the Code's timescales. A new reminder on the crime recording system went live in August.",
             "Not assured", "The Commissioner expects to see a marked improvement at the next audit."),
            ("2", "How does the force share hate crime information with local authorities and community groups?",
             "A monthly hate crime bulletin goes to the four local authorities and to the Independent Advisory Group, which also reviews a sample of closed cases each quarter.",
             "Assured", "No further comment."),
        ], [("SB/29/18", "Repeat the audit of victim contact in hate crime cases and report the results to the January Board.")]),
    ]
    for item_heading, topic, questions, actions in items:
        pack.add(H(item_heading, 2))
        rows = []
        for number, question, response, level, comment in questions:
            rows.append((number, question, response, level, comment))
            pack.decision(last, topic, number, question, response, LEVEL.get(level),
                          None if comment == "No further comment." else comment)
        pack.add(grid_table(header, rows, widths))
        pack.add(P("**Actions agreed:**"), *(P(f"{ref} – {text}") for ref, text in actions))
    pack.add(H("5. Any other business", 2), P("There was no other business."))

    pack.add(H("Action log", 2))
    log = [
        ("SB/29/09", "12.07.29", "Share the results of the rural crime survey with the OPCC.",
         "Results shared with the OPCC on 30 July 2029.", "Complete", None, None),
        ("SB/29/11", "12.07.29", "Report the number of special constables deployed on neighbourhood patrol each month.",
         "Figures for July and August provided; a monthly return is being built into the performance pack.", "In progress", None, None),
        ("SB/29/17", "13.09.29", items[0][3][0][1],
         "The Youth Justice Service has agreed to provide a matched group; first results are due in February 2030.", "In progress",
         items[0][1], items[0][3][0][0]),
        ("SB/29/18", "13.09.29", items[1][3][0][1], "", "Not started", items[1][1], items[1][3][0][0]),
    ]
    status = {"Complete": "complete", "In progress": "outstanding", "Not started": "outstanding"}
    rows = []
    for ref, raised, text, update, word, topic, minuted in log:
        rows.append((ref, raised, text, update, word))
        pack.action(text=text, update=update or None, status=status[word], status_source="status_column",
                    source="action_tracker", number=ref, topic=topic, date="2029-07-12" if raised == "12.07.29" else last)
    pack.add(grid_table(("Action no.", "Meeting", "Action", "Update", "Status"), rows, (18, 16, 55, 55, 20)))
    return pack, word_file(pack, header=("OFFICIAL – Scrutiny Board",))


def essex() -> tuple[Pack, bytes]:
    """Word->PDF, Common: a PFCC's board; a "Level of assurance" cell holding the level and a remark; a
    question taken for information (no record); actions minuted as a list and again in the log."""
    this, last = "2029-12-04", "2029-10-02"
    pack = new_pack("essex-pfcc-pcpb-2029-12-04-round41b.pdf", title="Police and Crime Performance Board",
                    force="Essex Police", organisation="Police, Fire and Crime Commissioner for Essex",
                    meeting_date=this, publication_date="2029-11-26")
    pack.add(P("**Police, Fire and Crime Commissioner for Essex**", size=13), H("Police and Crime Performance Board", 1))
    pack.meeting("Police and Crime Performance Board", this, None)
    pack.add(P("Tuesday 4th December 2029, 10.00am – 12.00pm"), P("Kelvedon Park, Rivenhall, and online"),
             P("Published: 26th November 2029"), H("Agenda", 2))
    rows = pack.agenda(this, [
        ("1", "Welcome, introductions and apologies", "PFCC"),
        ("2", "Minutes of the meeting held on 2nd October 2029 and action log", "Head of Performance and Scrutiny"),
        ("3", "Road safety and the fatal four", "Chief Superintendent, Head of Roads Policing"),
        ("4", "Stop and search: use and community scrutiny", "Assistant Chief Constable, Local Policing"),
        ("5", "Any other business", "PFCC")])
    pack.add(grid_table(("Item", "Title", "Presenter"), rows, (13, 92, 60)), Break())

    heading = "Minutes of the Police and Crime Performance Board held on 2nd October 2029"
    pack.add(H(heading, 1))
    pack.meeting(heading, last, "Anti-social behaviour")
    pack.add(P("Attendees: Police, Fire and Crime Commissioner (chair); Chief Constable; Deputy Chief Constable; "
               "Head of Performance and Scrutiny; Strategic Head of Policy; Performance Manager."),
             H("Items 1 and 2 – Welcome, apologies, minutes and action log", 2),
             P("Apologies were noted from the Chief Finance Officer. The minutes of 7th August 2029 were agreed, and the "
               "action log was reviewed; progress is shown in Appendix A."),
             H("Item 3 – Anti-social behaviour", 2),
             P("The Commissioner put three questions to the force. The third was asked for information only, and no "
               "level of assurance was sought on it."))
    topic = "Anti-social behaviour"
    questions = [
        ("1", "How is the force using the new powers of the Anti-social Behaviour, Crime and Policing Act, and how many closure orders were obtained in the last six months?",
         ["Community protection notices rose from 96 to 151 in the six months to September 2029.",
          "Nine closure orders were obtained, seven of them on premises linked to drug supply; every one was supported by the district council.",
          "A legal adviser now reviews every application before it goes to court."],
         ("**Assured**", "The Commissioner thanked the district teams for their work with councils."), "Assured",
         "The Commissioner thanked the district teams for their work with councils."),
        ("2", "How quickly does the force respond to repeat callers reporting anti-social behaviour, and how are they kept informed?",
         ["A repeat caller is flagged after the third call in 28 days and is assigned to a named neighbourhood officer.",
          "In August 2029, 64% of flagged callers were contacted by their officer within 72 hours; the force's target is 90%.",
          "Callers receive a text message when their case is reviewed."],
         ("**Partially assured**", "The Commissioner was encouraged by the flagging process but asked for contact within 72 hours to reach the target by March 2030."),
         "Partly assured", "The Commissioner was encouraged by the flagging process but asked for contact within 72 hours to reach the target by March 2030."),
        ("3", "How many anti-social behaviour case reviews were requested in the last year?",
         ["Fourteen case reviews were requested, and eleven met the threshold. The force described the outcomes of each."],
         ("For information – no level of assurance was sought.",), None, None),
    ]
    rows = []
    for number, question, evidence, cell, level, comment in questions:
        rows.append((number, question, (Bul(tuple(evidence)),), cell))
        if cell[0].startswith("For information"):
            continue  # asked for information, no level sought: no decision
        pack.decision(last, topic, number, question, evidence, level, comment)
    pack.add(grid_table(("No.", "Question", "Evidence", "Level of assurance"), rows, (11, 45, 68, 41)))
    minuted = [("PCPB 29/22", "Report monthly the percentage of flagged repeat callers contacted within 72 hours until March 2030.",
                "September figure reported: 69%. The October figure will follow with the monthly pack.", "Open"),
               ("PCPB 29/23", "Share the guidance for district teams on applying for closure orders with the OPCC.",
                "Guidance shared with the OPCC on 16th October 2029.", "Complete")]
    pack.add(P("**Actions agreed**"), Num(tuple(text for _, text, _, _ in minuted)),
             H("Item 4 – Any other business", 2), P("There was no other business."), Break())
    pack.add(H("Appendix A – Action log", 2))
    log = [("PCPB 29/15", "7th August 2029", "Provide the number of speed enforcement hours by district for 2028/29.",
            "Figures provided to the OPCC on 20th August 2029.", "Complete"),
           ("PCPB 29/17", "7th August 2029", "Bring the evaluation of the domestic abuse perpetrator programme to the Board.",
            "The evaluation is delayed until the end of January 2030 while the final data is cleaned.", "Open")]
    status = {"Complete": "complete", "Open": "outstanding"}
    rows = []
    for ref, raised, text, update, word in log:
        rows.append((ref, raised, text, update, word))
        pack.action(text=text, update=update, status=status[word], status_source="status_column", source="action_tracker",
                    number=ref, topic=None, date="2029-08-07")
    for ref, text, update, word in minuted:
        rows.append((ref, "2nd October 2029", text, update, word))
        pack.action(text=text, update=update, status=status[word], status_source="status_column", source="action_tracker",
                    number=ref, topic=topic, date=last)
    pack.add(grid_table(("Ref", "Date raised", "Action", "Progress", "Status"), rows, (20, 22, 50, 52, 22)))
    return pack, word_pdf(pack, header=("OFFICIAL",))



def hertfordshire() -> tuple[Pack, bytes]:
    """reportlab, DejaVu Serif, Common: questions as "Question N:" paragraphs with a "Level of assurance:"
    line (one "Not assessed"), the actions as bulleted references, and a log with no status column."""
    this, last = "2029-11-19", "2029-09-24"
    pack = new_pack("hertfordshire-pcc-pam-2029-11-19-round41b.pdf", title="Police Accountability Meeting",
                    force="Hertfordshire Constabulary", organisation="Police and Crime Commissioner for Hertfordshire",
                    meeting_date=this)
    pack.add(P("**Police and Crime Commissioner for Hertfordshire**", size=13), H("Police Accountability Meeting", 1))
    pack.meeting("Police Accountability Meeting", this, "Violence against women and girls")
    pack.add(P("Monday 19 November 2029 at 2pm, Harpenden Room, Welwyn Garden City"),
             P("**Focus of the meeting:** Violence against women and girls"), H("Agenda", 2))
    rows = pack.agenda(this, [
        ("1", "Apologies", "Chair"),
        ("2", "Record of the last meeting and actions", "OPCC"),
        ("3", "Violence against women and girls: the force's delivery plan", "Detective Chief Superintendent, Public Protection"),
        ("4", "Mid-year finance position", "Chief Finance Officer"),
        ("5", "Any other business", "–")])
    pack.add(grid_table(("No.", "Item", "Lead"), rows, (9, 90, 60)), Break())

    heading = "Record of the Police Accountability Meeting held on 24 September 2029"
    pack.add(H(heading, 1))
    pack.meeting(heading, last, "Burglary and vehicle crime", from_page=2)
    topic = "Burglary and vehicle crime"
    pack.add(P("**Focus of the meeting:** Burglary and vehicle crime"),
             P("**Present:** the Commissioner; the Deputy Chief Constable; the Assistant Chief Constable (Crime); the "
               "OPCC Chief Executive; the Head of Policy."),
             H("1. Apologies and 2. Record of the last meeting", 2),
             P("There were no apologies. The record of the meeting of 23 July 2029 was agreed."),
             H("3. Burglary and vehicle crime", 2))
    questions = [
        ("1", "Is every residential burglary attended, and how quickly?",
         "Every residential burglary reported between April and August 2029 was attended: 97% within 24 hours and the rest within 48 hours. Crime scene investigators attended 88%.",
         "Assured", "The Commissioner noted that attendance is now close to the force's own standard."),
        ("2", "What has the force done to reduce thefts of catalytic converters and keyless car thefts in the south of the county?",
         "Operation Latch targeted two organised groups, leading to nine arrests. Keyless thefts fell by 14%, but thefts of catalytic converters rose again over the summer.",
         "Partially assured", "The Commissioner asked for the summer rise to be explained at the next meeting."),
        ("3", "How many burglaries result in a charge or summons, and how does this compare with similar forces?",
         "The charge rate for residential burglary was 4.1% in the year to August 2029; the average of the most similar forces was 6.3%. The force has started a review of its investigation standards.",
         "Not assured", "The Commissioner was concerned that the charge rate has not improved in two years."),
        ("4", "How are victims of burglary referred to the Beacon victim care centre?",
         "Referrals are now automatic from the crime recording system; the force's audit of the new process will finish in November 2029.",
         "Not assessed", "Not assessed until the audit of the referral process is complete."),
    ]
    for number, question, response, level, comment in questions:
        pack.add(P(f"**Question {number}:** {question}"), P(f"*Response:* {response}"),
                 P(f"**Level of assurance:** {level}"), P(f"**Commissioner's comment:** {comment}"))
        pack.decision(last, topic, number, question, response, LEVEL.get(level), comment)
    actions = [("PAM 29/31", "Provide the charge rates for residential burglary for each of the last eight quarters, with those of the most similar forces."),
               ("PAM 29/32", "Explain the summer rise in thefts of catalytic converters at the next meeting.")]
    pack.add(P("**Actions**"), Bul(tuple(f"{ref} – {text}" for ref, text in actions)),
             H("4. Any other business", 2), P("None."))
    pack.add(H("Action log", 2))
    log = [("PAM 29/24", "23.07.29", "Issue revised guidance to response teams on preserving evidence at burglary scenes.",
            "The revised guidance was issued to all response teams on 2 August 2029.", "complete", None, "2029-07-23"),
           ("PAM 29/26", "23.07.29", "Present the findings of the review of rural burglary patrols.",
            "The review is under way and will be presented to the December meeting.", "outstanding", None, "2029-07-23"),
           (actions[0][0], "24.09.29", actions[0][1], "The quarterly figures have been received and circulated to the Commissioner.",
            "complete", topic, last),
           (actions[1][0], "24.09.29", actions[1][1], "An explanation will be given at the 19 November meeting.",
            "outstanding", topic, last)]
    rows = []
    for ref, raised, text, update, status, row_topic, date in log:
        rows.append((ref, raised, text, update))
        pack.action(text=text, update=update, status=status, status_source="inferred_from_update",
                    source="action_tracker", number=ref, topic=row_topic, date=date)
    pack.add(grid_table(("Ref", "Date raised", "Action", "Progress"), rows, (20, 21, 58, 58)))
    look = replace(register_dejavu_serif(), header="Police and Crime Commissioner for Hertfordshire – Police Accountability Meeting",
                   footer="OFFICIAL")
    return pack, reportlab_pdf(pack, look)


def gwent() -> tuple[Pack, bytes]:
    """reportlab, Common: bilingual front sheet; a Question | Evidence | PCC Decision grid running over a
    page break with the second question's own cell split across it; numbered actions; a log whose status
    is a shaded cell read through a key line."""
    this, last = "2029-12-13", "2029-10-11"
    pack = new_pack("gwent-pcc-sab-2029-12-13-round41b.pdf", title="Strategic Accountability Board",
                    force="Gwent Police", organisation="Police and Crime Commissioner for Gwent", meeting_date=this)
    pack.add(P("**Comisiynydd Heddlu a Throseddu Gwent / Police and Crime Commissioner for Gwent**", size=12),
             H("Bwrdd Atebolrwydd Strategol / Strategic Accountability Board", 1))
    pack.meeting("Bwrdd Atebolrwydd Strategol / Strategic Accountability Board", this, "Custody and detainee care",
                 title="Strategic Accountability Board")
    pack.add(P("Dydd Iau 13 Rhagfyr 2029 / Thursday 13 December 2029, 10:00"),
             P("**Theme:** Custody and detainee care"), H("Agenda", 2))
    rows = pack.agenda(this, [
        ("1", "Welcome and apologies", "Chair"),
        ("2", "Minutes of the meeting of 11 October 2029 and action log", "Head of Strategy"),
        ("3", "Custody: detention times and health care", "Chief Superintendent, Criminal Justice"),
        ("4", "Welsh language standards: annual compliance", "Head of Corporate Services"),
        ("5", "Any other business", "Chair")])
    pack.add(grid_table(("Item", "Title", "Lead"), rows, (13, 88, 60)), Break())

    heading = "Minutes of the Strategic Accountability Board – 11 October 2029"
    pack.add(H(heading, 1))
    pack.meeting(heading, last, "Drug-related harm and county lines", from_page=2)
    topic = "Drug-related harm and county lines"
    pack.add(P("**Present:** Police and Crime Commissioner (chair); Deputy Police and Crime Commissioner; Chief "
               "Constable; Deputy Chief Constable; Chief Superintendent (Crime); Chief Executive, OPCC; Chief Finance "
               "Officer, OPCC; Head of Strategy, OPCC; Head of Performance, Gwent Police; Board Secretary."),
             P("Items 1 and 2 (apologies, minutes and action log) were taken together; the minutes of 9 August 2029 "
               "were agreed."), H("3. Drug-related harm and county lines", 2),
             P("The Chief Superintendent (Crime) presented the force's paper. The PCC's decision on each question is "
               "recorded in the table."))
    questions = [
        ("1", "How many county lines has the force closed in the last twelve months, and how many of the people exploited by them were referred for support?",
         ["Thirty-one county lines were closed in the year to September 2029, against 24 the year before.",
          "Fifty-eight young people and 19 adults exploited by the lines were referred to the regional rescue and response service or to the National Referral Mechanism.",
          "Every line holder charged was remanded or bailed with conditions, and there were 44 charges in total.",
          "The force works with the British Transport Police at the four main railway stations on two days of action each month.",
          "Intelligence from the regional organised crime unit now reaches the neighbourhood teams within a day of a line being identified.",
          "Safeguarding visits are made to every address identified as used for cuckooing within 72 hours, jointly with housing providers."],
         "Assured", "The PCC commended the joint work with the British Transport Police."),
        ("2", "The PCC asked the force to set out how it works with the health boards, the local authorities and the drug and alcohol services to reduce drug-related deaths in Gwent, how it learns from each death, how officers are equipped to respond to overdoses, including the carrying of naloxone, and what evidence it has that these arrangements are reducing the number of deaths across the five local authority areas.",
         ["The force sits on the area planning board's drug-related death review panel, which reviews every suspected drug-related death within eight weeks.",
          "In 2028, there were 47 suspected drug-related deaths in Gwent; 29 reviews were completed in the year and 18 are in progress.",
          "Learning from the reviews is shared with neighbourhood teams through a quarterly bulletin and through briefings at each of the five local authority community safety partnerships.",
          "Three hundred and twelve officers have been trained to carry naloxone, and it was given 23 times between January and August 2029.",
          "The force shares information about high-risk users with the health boards and the drug and alcohol services under an information sharing agreement signed in March 2029.",
          "Outreach workers from the drug and alcohol services now attend the custody suites at Ystrad Mynach and Newport on weekdays.",
          "The force could not yet show whether the arrangements are reducing deaths: the number of deaths in 2028 was close to that of 2027, and the figures for 2029 will not be known until the coroner's inquests conclude.",
          "The force proposed a joint outcomes framework with the area planning board, to be agreed by March 2030."],
         "Partially Assured", "The PCC welcomed the naloxone programme but asked the force to agree the outcomes framework so that the effect of the arrangements can be measured."),
        ("3", "How does the force make sure that drug testing on arrest leads to referral to treatment?",
         ["Drug testing on arrest is carried out at both custody suites for trigger offences.",
          "In the six months to September 2029, 612 people tested positive; 244 attended the required assessment and 41 entered treatment.",
          "The force does not know why most people who were assessed did not enter treatment."],
         "Not Assured", "The PCC asked for a joint review with the drug and alcohol services of why so few people enter treatment."),
    ]
    rows = []
    for number, question, evidence, level, comment in questions:
        rows.append((f"**{number}. {question}**", (Bul(tuple(evidence)),), (f"**{level}**", f"*{comment}*")))
        pack.decision(last, topic, number, question, evidence, LEVEL[level], comment)
    pack.add(grid_table(("Question", "Evidence", "PCC Decision"), rows, (36, 62, 30), repeat_header=False))
    minuted = [("SAB/29/44", "Agree a joint outcomes framework for drug-related deaths with the area planning board and bring it to the Board.",
                "A first draft was discussed with the area planning board on 20 November 2029.", "amber"),
               ("SAB/29/45", "Carry out a joint review with the drug and alcohol services of why people who test positive on arrest do not enter treatment.",
                "The review has not started; the services have asked to begin in January 2030.", "red")]
    pack.add(P("**Actions**"), Num(tuple(text for _, text, _, _ in minuted)),
             H("4. Any other business", 2), P("There was no other business."), Break())
    pack.add(H("Action log", 2),
             P("Status key: green – complete; amber – in progress; red – overdue or not started."))
    log = [("SAB/29/31", "14.06.29", "Provide the number of officers trained in the new stop and search standards.",
            "All 1,140 response and neighbourhood officers had been trained by the end of August 2029.", "green"),
           ("SAB/29/36", "09.08.29", "Share the results of the custody health care contract review with the OPCC.",
            "The review has been shared in draft; the final version is due in December 2029.", "amber")]
    fill = {"green": GREEN, "amber": AMBER, "red": RED}
    status = {"green": "complete", "amber": "outstanding", "red": "outstanding"}
    rows, fills = [], {}
    for ref, raised, text, update, colour in log:
        rows.append((ref, raised, text, update, ""))
        fills[(len(rows), 4)] = fill[colour]
        date = {"14.06.29": "2029-06-14", "09.08.29": "2029-08-09"}[raised]
        pack.action(text=text, update=update, status=status[colour], status_source="cell_shading",
                    source="action_tracker", number=ref, topic=None, date=date)
    for ref, text, update, colour in minuted:
        rows.append((ref, "11.10.29", text, update, ""))
        fills[(len(rows), 4)] = fill[colour]
        pack.action(text=text, update=update, status=status[colour], status_source="cell_shading",
                    source="action_tracker", number=ref, topic=topic, date=last)
    pack.add(grid_table(("Ref", "Meeting", "Action", "Update", "Status"), rows, (25, 19, 50, 50, 14), fills=fills))
    look = PdfLook(header="OFFICIAL", footer="Strategic Accountability Board – 13 December 2029")
    data = reportlab_pdf(pack, look)
    split_across_pages(pack, data, questions[1][1])
    return pack, data



def derbyshire() -> tuple[Pack, bytes]:
    """Word->PDF, New: the decision as an outcome code of the office's own (A1 / A2 / P / N) in an
    "Outcome" column, mapped by a code table printed above the grid; A2 ("assured, further information
    requested") is assured. Tracker: merged topics, a coloured ● against a three-colour legend."""
    this, last = "2029-11-14", "2029-09-12"
    pack = new_pack("derbyshire-pcc-spab-2029-11-14-round41b.pdf", title="Strategic Priorities Assurance Board",
                    force="Derbyshire Constabulary", organisation="Police and Crime Commissioner for Derbyshire",
                    meeting_date=this)
    pack.add(P("**Police and Crime Commissioner for Derbyshire**", size=13), H("Strategic Priorities Assurance Board", 1))
    pack.meeting("Strategic Priorities Assurance Board", this, None)
    pack.add(P("Date: Wednesday 14 November 2029"), P("Time: 9.30am"), P("Place: Butterley Hall, Ripley"), H("Agenda", 2))
    items = pack.agenda(this, [
        ("1", "Apologies and declarations of interest", "Chair"),
        ("2", "Notes of the meeting of 12 September 2029 and action tracker", "OPCC Governance Officer"),
        ("3", "Rural crime and wildlife crime", "Superintendent, Rural Crime"),
        ("4", "Stop and search: disproportionality", "Assistant Chief Constable"),
        ("5", "Any other business", "Chair")])
    papers = {"2": "A", "3": "B", "4": "C"}
    rows = [(n, t, lead, papers.get(n, "–")) for n, t, lead in items]
    pack.add(grid_table(("Item", "Subject", "Lead officer", "Paper"), rows, (13, 80, 55, 15)), Break())

    heading = "Paper A: Notes of the Strategic Priorities Assurance Board held on 12 September 2029"
    pack.add(H(heading, 1))
    pack.meeting(heading, last, "Roads policing and the fatal four", from_page=2)
    topic = "Roads policing and the fatal four"
    pack.add(P("Present: the Commissioner (chair); the Deputy Chief Constable; the Chief Superintendent (Operations); "
               "the OPCC Chief Executive; the OPCC Governance Officer."),
             H("1. Apologies and 2. Notes and action tracker", 2),
             P("Apologies were received from the Chief Constable. The notes of 11 July 2029 were agreed."),
             H("3. Roads policing and the fatal four", 2),
             P("The Commissioner records an outcome for each question, using the codes below."),
             grid_table(("Code", "Outcome"), [
                 ("**A1**", "Assured – no further information needed."),
                 ("**A2**", "Assured – further information requested for the Commissioner's file."),
                 ("**P**", "Partially assured – the question returns to a later Board."),
                 ("**N**", "Not assured – the Commissioner will raise it at her formal meeting with the Chief Constable.")],
                 (14, 120)))
    key = {"A1": "Assured", "A2": "Assured", "P": "Partly assured", "N": "Not assured"}
    questions = [
        ("1", "How many people were killed or seriously injured on Derbyshire's roads in the first half of 2029, and how does this compare with 2028?",
         "Two hundred and four people were killed or seriously injured between January and June 2029, against 231 in the same period of 2028. Motorcyclists accounted for a quarter of the total.",
         "A1", "The Commissioner noted the fall and the force's focus on motorcyclists."),
        ("2", "How is the force using the speed camera vans, and how are sites chosen?",
         "Six vans are deployed across 140 sites, chosen by collision history and community concern. Community Speedwatch groups refer sites, and 22 sites were added in 2029.",
         "A2", "The Commissioner asked for the list of sites added in 2029 and the reasons for each."),
        ("3", "What is the force doing to tackle drink and drug driving, and how many roadside drug tests were carried out over the summer?",
         "The summer campaign carried out 1,312 roadside drug tests, of which 38% were positive. The force has 90 officers trained in drug wipe testing but only half of them are on response teams.",
         "P", "The Commissioner wants more response officers trained and will return to this in the new year."),
        ("4", "How quickly are fatal collision files submitted to the Crown Prosecution Service?",
         "The average time from a fatal collision to a file being submitted was 11 months in 2028/29, against a national average of 8 months. Two investigators posts are vacant.",
         "N", "The Commissioner was not assured that families are being given a timely service."),
    ]
    rows = []
    for number, question, response, code, remark in questions:
        rows.append((number, question, response, f"**{code}**", remark))
        pack.decision(last, topic, number, question, response, key[code], remark)
    pack.add(grid_table(("No.", "Question", "Summary of response", "Outcome", "Commissioner's remarks"), rows,
                        (10, 40, 54, 22, 44)))
    minuted = [("SPAB 29/27", "Send the Commissioner the list of speed camera van sites added in 2029, with the reason for each.",
                "The list was sent to the OPCC on 26 September 2029.", "green"),
               ("SPAB 29/28", "Set out a plan to train more response officers in drug wipe testing.",
                "A training plan is being drafted with the learning and development team.", "amber")]
    pack.add(P("**Actions**"), Num(tuple(text for _, text, _, _ in minuted)),
             H("4. Any other business", 2), P("None."), Break())
    pack.add(H("Paper A (continued): Action tracker 2029/30", 2))
    glyph = {c: f"{{{hexa}|●}}" for c, hexa in (("green", GREEN), ("amber", AMBER), ("red", RED))}
    status = {"green": "complete", "amber": "outstanding", "red": "outstanding"}
    older = [("Hate crime", "SPAB 29/14", "Report the outcome of the third-party reporting centres review.",
              "The review was reported to the Commissioner on 8 August 2029.", "green"),
             ("Hate crime", "SPAB 29/15", "Provide quarterly figures for hate crimes resolved by community resolution.",
              "The first quarterly figures are due with the October performance pack.", "amber"),
             ("Hate crime", "SPAB 29/19", "Arrange for the Commissioner to meet the independent advisory group.",
              "", "red")]
    rows = [("Topic", "Ref", "Action", "Progress", "")]
    for topic_cell, ref, text, update, colour in older:
        rows.append((f"**{topic_cell}**", ref, text, update, glyph[colour]))
        pack.action(text=text, update=update or None, status=status[colour], status_source="glyph_colour",
                    source="action_tracker", number=ref, topic=topic_cell, date=None, from_page=3)
    for ref, text, update, colour in minuted:
        rows.append((f"**{topic}**", ref, text, update, glyph[colour]))
        pack.action(text=text, update=update, status=status[colour], status_source="glyph_colour",
                    source="action_tracker", number=ref, topic=topic, date=last)
    cells = [list(r) for r in rows]
    cells[2][0] = cells[3][0] = cells[5][0] = None
    pack.add(T(tuple(tuple(r) for r in cells), (30, 23, 55, 55, 7), header_rows=1, spans=((1, 0, 3, 1), (4, 0, 2, 1))),
             P(f"{glyph['green']} Complete    {glyph['amber']} In progress    {glyph['red']} Not started"))
    return pack, word_pdf(pack)


def durham() -> tuple[Pack, bytes]:
    """reportlab landscape, New: council-style minutes whose levels are recorded in the numbered
    resolutions that close the item ("(ii) that, on question 2, the Commissioner be recorded as partially
    assured, …"); an action minuted in a resolution in its own words; a log whose status words include
    "Proposed for closure", defined by a key sentence as reported complete."""
    this, last = "2029-10-09", "2029-08-14"
    pack = new_pack("durham-pcvc-sab-2029-10-09-round41b.pdf", title="Strategic Accountability Board",
                    force="Durham Constabulary",
                    organisation="Police, Crime and Victims' Commissioner for County Durham and Darlington",
                    meeting_date=this)
    pack.add(P("**Police, Crime and Victims' Commissioner for County Durham and Darlington**", size=13),
             H("Strategic Accountability Board", 1))
    pack.meeting("Strategic Accountability Board", this, None)
    pack.add(P("Tuesday 9th October 2029 at 10.00 a.m., Aykley Heads, Durham"), H("Agenda", 2))
    items = pack.agenda(this, [
        ("1", "Apologies for absence", "Chair"),
        ("2", "Minutes of the meeting held on 14 August 2029", "Chair"),
        ("3", "Quarterly performance report", "Head of Performance"),
        ("4", "Tackling retail crime", "Chief Inspector, Business Crime"),
        ("5", "Action log", "OPCC Governance Manager"),
        ("6", "Any other business", "")])
    times = {"1": "10.00", "2": "10.05", "3": "10.10", "4": "10.40", "5": "11.20", "6": "11.30"}
    rows = [(n, t, lead, times[n]) for n, t, lead in items]
    pack.add(grid_table(("Item", "Business", "Officer", "Time"), rows, (10, 100, 60, 15)), Break())

    heading = "Minutes of the Strategic Accountability Board held on Tuesday 14th August 2029"
    pack.add(H(heading, 1))
    pack.meeting(heading, last, "Rural and wildlife crime", from_page=2)
    topic = "Rural and wildlife crime"
    pack.add(P("**Present:** the Commissioner (in the chair); the Chief Constable; the Deputy Chief Constable; the "
               "Assistant Chief Constable; the Chief Executive and the Governance Manager (OPCC)."),
             H("1. Apologies for absence", 3), P("There were no apologies."),
             H("2. Minutes", 3), P("**RESOLVED** – that the minutes of the meeting held on 10th July 2029 be agreed as a correct record."),
             H("3. Rural and wildlife crime", 3),
             P("The Assistant Chief Constable presented a paper on the force's rural and wildlife crime work. The "
               "Commissioner put three questions to the force."))
    questions = [
        ("1", "How many thefts of farm machinery and quad bikes were reported in the last year, and how many were recovered?",
         "There were 186 thefts of machinery and quad bikes in the year to June 2029, down from 214. Forty-one items were recovered, many through tracking devices fitted under the force's subsidised scheme.",
         "assured", None),
        ("2", "Is the rural crime team staffed to the level promised in the Police and Crime Plan?",
         "The team has eight of its twelve posts filled. Four officers will join from the next intake in November 2029; until then rural patrols are covered by neighbourhood teams.",
         "partially assured", "until the rural crime team is at full strength"),
        ("3", "How many repeat thefts from farms have there been, and what support do repeat victims get?",
         "The force does not yet record repeat victims of farm theft separately and could not give a figure. Crime prevention visits are offered to every farm that reports a theft.",
         "not assured", "as no figures for repeat thefts from farms were available"),
    ]
    for number, question, answer, level, remark in questions:
        pack.add(P(f"**Question {number}:** {question}"), P(answer, indent=18))
    numerals = ["(i)", "(ii)", "(iii)", "(iv)"]
    resolutions = []
    for (number, question, answer, level, remark), numeral in zip(questions, numerals):
        words = f"that, on question {number}, the Commissioner be recorded as {level}" + (f", {remark}" if remark else "")
        resolutions.append(words + ";")
        pack.decision(last, topic, number, question, answer, {"assured": "Assured", "partially assured": "Partly assured",
                                                             "not assured": "Not assured"}[level], remark)
    resolutions[-1] = resolutions[-1][:-1] + "; and"
    minuted = "that the Assistant Chief Constable report figures for repeat thefts from farms to the December Board (action SAB 29/31)."
    resolutions.append(minuted)
    pack.add(P("**RESOLVED** –"), *(P(text, indent=36, hang=numeral) for numeral, text in zip(numerals, resolutions)),
             H("4. Any other business", 3), P("There was no other business."))

    pack.add(H("Action log", 2),
             P("Status: **Open** – work continues; **Proposed for closure** – the lead reports the action complete and asks "
               "the Board to close it; **Closed** – closed by the Board."))
    log = [("SAB 29/22", "10/07/2029", "Provide the number of shop thefts resolved by community resolution in 2028/29.",
            "Chief Inspector, Business Crime", "Figures were provided to the Board on 14 August 2029 and the Board closed the action.", "Closed", None, "2029-07-10"),
           ("SAB 29/24", "10/07/2029", "Share the force's new guidance on retail crime evidence packs with the OPCC.",
            "Head of Crime", "The guidance was shared with the OPCC on 29 August 2029.", "Proposed for closure", None, "2029-07-10"),
           ("SAB 29/27", "10/07/2029", "Report on the use of the new drone unit in searches for missing people.",
            "Superintendent, Operations", "The report will come to the December Board.", "Open", None, "2029-07-10"),
           ("SAB 29/31", "14/08/2029", "Report figures for repeat thefts from farms to the December Board.",
            "Assistant Chief Constable", "A repeat victim marker was added to the crime system in September; figures will be reported in December.",
            "Open", topic, last)]
    status = {"Closed": "complete", "Proposed for closure": "complete", "Open": "outstanding"}
    rows = []
    for ref, raised, text, lead, update, word, row_topic, date in log:
        rows.append((ref, raised, text, lead, update, word))
        pack.action(text=text, update=update, status=status[word], status_source="status_column", source="action_tracker",
                    number=ref, topic=row_topic, date=date, key=minuted if row_topic else None)
    pack.add(grid_table(("Ref", "Meeting", "Action", "Lead", "Update", "Status"), rows, (16, 18, 55, 32, 60, 22)))
    look = PdfLook(landscape=True, margin=56, footer="Strategic Accountability Board – 9 October 2029")
    return pack, reportlab_pdf(pack, look)



def nottinghamshire() -> tuple[Pack, bytes]:
    """reportlab, borderless tables, New: the level as a RAG letter in a shaded cell (G / A / R, and NR for
    not yet rated) read through a key line, where "A" is amber (partially assured), not "Assured"; the
    actions cited by reference; a log with no status column, its rows grouped under "Open actions" and
    "Actions completed since the last Board"."""
    this, last = "2029-10-25", "2029-07-26"
    pack = new_pack("nottinghamshire-pcc-ccab-2029-10-25-round41b.pdf", title="Chief Constable's Accountability Board",
                    force="Nottinghamshire Police", organisation="Police and Crime Commissioner for Nottinghamshire",
                    meeting_date=this)
    pack.add(P("**Nottinghamshire Police and Crime Commissioner**", size=13), H("Chief Constable's Accountability Board", 1))
    pack.meeting("Chief Constable's Accountability Board", this, "Public contact and 101")
    pack.add(P("25th October 2029, 1.30 pm, Sherwood Lodge"), P("**Topic:** Public contact and 101"), H("Agenda", 2))
    rows = pack.agenda(this, [
        ("1", "Apologies", "Chair"),
        ("2", "Notes of the last Board and action log", "OPCC Head of Strategy"),
        ("3", "Public contact: 101, 999 and online reporting", "Head of Contact Management"),
        ("4", "Chief Constable's update", "Chief Constable"),
        ("5", "Any other business", "–")])
    pack.add(T((("**No.**", "**Item**", "**Lead**"), *rows), (10, 95, 55), bordered=False))
    pack.add(Break())

    heading = "Notes of the Chief Constable's Accountability Board – 26th July 2029"
    pack.add(H(heading, 1))
    pack.meeting(heading, last, "Knife crime and serious violence", from_page=2)
    topic = "Knife crime and serious violence"
    pack.add(P("Items 1 and 2 were taken as read. Apologies were received from the Deputy Chief Constable."),
             H("3. Knife crime and serious violence", 2),
             P("The Commissioner's rating of each question is shown by colour. **Assurance rating key:** **G** (green) – "
               "assured; **A** (amber) – partially assured; **R** (red) – not assured; **NR** (grey) – not yet rated, "
               "to be rated at a later Board."))
    rating = {"G": ("Assured", GREEN), "A": ("Partly assured", AMBER), "R": ("Not assured", RED), "NR": (None, GREY)}
    questions = [
        ("KC1", "How has knife crime changed in Nottingham city centre since the start of Operation Sycamore?",
         "Knife crime in the city centre fell by 17% in the twelve months to June 2029, and knife-enabled robbery by 23%. Weapon sweeps are carried out every weekend with the city council's wardens.",
         "G", "The Commissioner welcomed the results of the operation."),
        ("KC2", "How many young people have been referred to the violence reduction unit's custody navigators, and with what result?",
         "Ninety-seven young people were referred between January and June 2029; 61 engaged with a navigator. Reoffending has not yet been measured.",
         "A", "The Commissioner asked that reoffending be measured from the autumn."),
        ("KC3", "How long do knife crime cases take to reach a charging decision?",
         "The median time from arrest to a charging decision was 74 days, against 52 days a year earlier. The force links the rise to the backlog in digital forensics.",
         "R", "The Commissioner was concerned at the delay for victims and witnesses."),
        ("KC4", "What has the schools knife crime education programme achieved?",
         "The programme reached 41 secondary schools in 2028/29. Its evaluation by the university is due in November 2029.",
         "NR", "To be rated when the evaluation reports."),
    ]
    rows, fills = [], {}
    for ref, question, response, letter, comment in questions:
        rows.append((ref, question, response, f"**{letter}**", comment))
        fills[(len(rows), 3)] = rating[letter][1]
        pack.decision(last, topic, ref, question, response, rating[letter][0], comment)
    pack.add(T((("Ref", "Question", "Force response", "Rating", "Comment"), *rows), (12, 40, 57, 16, 39),
               header_rows=1, bordered=False, fills=fills))
    pack.add(P("Actions agreed: CCAB 29/44 and CCAB 29/45 (see the action log)."),
             H("4. Any other business", 2), P("There was no other business."), Break())

    pack.add(H("Action log", 2))
    groups = [
        ("Open actions", "outstanding", [
            ("CCAB 29/38", "24th May 2029", "Present the 101 call-back pilot evaluation to the Board.",
             "The pilot ends in October; the evaluation will come to the December Board.", None, "2029-05-24"),
            ("CCAB 29/44", "26th July 2029", "Measure the reoffending of young people referred to the custody navigators from the autumn.",
             "Measurement started on 1 October 2029; first figures in January 2030.", topic, last),
            ("CCAB 29/45", "26th July 2029", "Report the median time to a charging decision in knife crime cases each quarter.",
             "", topic, last)]),
        ("Actions completed since the last Board", "complete", [
            ("CCAB 29/35", "24th May 2029", "Share the stop and search scrutiny panel's annual report with the OPCC.",
             "Shared on 3 June 2029.", None, "2029-05-24"),
            ("CCAB 29/41", "24th May 2029", "Give the Commissioner a briefing on the new online crime reporting form.",
             "The briefing was given on 14 August 2029.", None, "2029-05-24")]),
    ]
    rows, spans = [], []
    for group, status, entries in groups:
        rows.append((f"**{group}**", None, None, None))
        spans.append((len(rows), 0, 1, 4))
        for ref, raised, text, update, row_topic, date in entries:
            rows.append((ref, raised, text, update))
            pack.action(text=text, update=update or None, status=status, status_source="status_column",
                        source="action_tracker", number=ref, topic=row_topic, date=date, from_page=3)
    pack.add(T((("Ref", "Raised", "Action", "Update"), *rows), (20, 22, 60, 60), header_rows=1, bordered=False,
               spans=tuple(spans)))
    look = PdfLook(footer="Chief Constable's Accountability Board")
    return pack, reportlab_pdf(pack, look)


def lincolnshire() -> tuple[Pack, bytes]:
    """Word, New: a revisited topic printed with the level of the first visit beside the level now (only
    "Level now" is the decision; the earlier column is history); an action log with a "Date completed"
    column and no status column."""
    this, last = "2029-12-04", "2029-10-16"
    pack = new_pack("lincolnshire-pcc-pam-2029-12-04-round41b.docx", title="Public Accountability Meeting",
                    force="Lincolnshire Police", organisation="Police and Crime Commissioner for Lincolnshire",
                    meeting_date=this)
    pack.add(P("**Police and Crime Commissioner for Lincolnshire**"), H("Public Accountability Meeting", 1))
    pack.meeting("Public Accountability Meeting", this, None)
    pack.add(P("Date: 04/12/2029   Time: 14:00   Venue: Deepdale Lane, Nettleham"), H("Agenda", 2))
    rows = pack.agenda(this, [
        ("1", "Welcome and apologies", "Commissioner"),
        ("2", "Notes of the meeting of 16 October 2029 and action log", "OPCC Chief Executive"),
        ("3", "Roads policing", "Chief Superintendent, Operations"),
        ("4", "Victims' Code compliance", "Head of Criminal Justice"),
        ("5", "Any other business", "Commissioner")])
    pack.add(grid_table(("Item", "Subject", "Presenter"), rows, (12, 95, 60)), Break())

    heading = "Notes of the Public Accountability Meeting held on 16 October 2029"
    pack.add(H(heading, 1))
    pack.meeting(heading, last, "Domestic abuse")
    topic = "Domestic abuse"
    pack.add(P("Present: the Commissioner; the Chief Constable; the Assistant Chief Constable; the OPCC Chief Executive; "
               "the OPCC Policy Officer."),
             H("1. Welcome and apologies", 2), P("There were no apologies."),
             H("2. Notes of the last meeting and action log", 2), P("The notes of 10 July 2029 were agreed."),
             H("3. Domestic abuse", 2),
             P("The Commissioner returned to the questions she put on domestic abuse on 10 July 2029, and asked one new "
               "question. The table shows the level she gave in July beside her level now."))
    questions = [
        ("1", "How quickly are domestic abuse incidents graded as high risk attended?",
         "In August and September 2029, 94% of high-risk incidents were attended within the one-hour target, against 81% in the spring.",
         "Partially assured", "Assured", "The improvement since July is welcome."),
        ("2", "How many domestic abuse protection orders has the force applied for since they were introduced in the county?",
         "Twenty-six orders have been applied for and 24 granted. A specialist lawyer now supports officers with each application.",
         "Not assured", "Partially assured", "The Commissioner wants to see more applications in the rural districts."),
        ("3", "How are victims kept informed when a suspect is released on bail or under investigation?",
         "Victims are told by their officer on the day of release in most cases, but an audit found 19 of 60 victims were not told within 24 hours.",
         "Partially assured", "Partially assured", "No change since July; the audit will be repeated."),
        ("4", "What is the force doing to reduce repeat victimisation among older victims of domestic abuse?",
         "The force could not yet identify older repeat victims in its data. A review with the county council's adult safeguarding team has been proposed.",
         "–", "Not assured", "A new question at this meeting."),
    ]
    rows = []
    for number, question, response, before, now, comment in questions:
        rows.append((number, question, response, before, now, comment))
        pack.decision(last, topic, number, question, response, LEVEL[now], comment)
    pack.add(grid_table(("No.", "Question", "Force response", "Level in July 2029", "Level now", "Commissioner's comment"),
                        rows, (9, 38, 50, 22, 22, 34)))
    minuted = [("PAM 29/52", "Repeat the audit of victims informed of a suspect's release and report the results to the Commissioner.",
                "The audit is planned for November 2029.", ""),
               ("PAM 29/53", "Agree with the adult safeguarding team a way to identify older repeat victims of domestic abuse.",
                "Agreed at a meeting on 6 November 2029; the first data will be shared in January.", "06/11/2029")]
    pack.add(P("**Actions**"), *(P(f"**{ref}** – {text}") for ref, text, _, _ in minuted),
             H("4. Any other business", 2), P("None."))
    pack.add(H("Action log", 2))
    log = [("PAM 29/41", "10/07/2029", "Provide the Commissioner with the attendance times for high-risk domestic abuse incidents each month.",
            "Monthly figures are now in the performance pack.", "21/08/2029", None),
           ("PAM 29/43", "10/07/2029", "Arrange for the Commissioner to visit the new domestic abuse hub.",
            "The visit is being arranged for January 2030.", "", None)]
    rows = []
    for ref, raised, text, update, done, row_topic in log:
        rows.append((ref, raised, text, update, done))
        pack.action(text=text, update=update, status="complete" if done else "outstanding", status_source="status_column",
                    source="action_tracker", number=ref, topic=row_topic, date="2029-07-10")
    for ref, text, update, done in minuted:
        rows.append((ref, "16/10/2029", text, update, done))
        pack.action(text=text, update=update, status="complete" if done else "outstanding", status_source="status_column",
                    source="action_tracker", number=ref, topic=topic, date=last)
    pack.add(grid_table(("Action no.", "Date of meeting", "Action", "Update", "Date completed"), rows, (18, 20, 55, 50, 22)))
    return pack, word_file(pack, header=("OFFICIAL – Police and Crime Commissioner for Lincolnshire",))


PACKS: dict[str, Callable[[], tuple[Pack, bytes]]] = {}


def main(prefixes: list[str]) -> None:
    for name, build in PACKS.items():
        if not prefixes or any(name.startswith(p) for p in prefixes):
            pack, data = build()
            write(pack, data)


if __name__ == "__main__":
    PACKS.update({f.__name__: f for f in (bedfordshire, cheshire, essex, hertfordshire, gwent, derbyshire, durham,
                                            nottinghamshire, lincolnshire)})
    main(sys.argv[1:])
