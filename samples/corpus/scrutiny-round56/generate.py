"""Held-out scrutiny round 56 (issue 4): nine ordinary packs of offices the project has not seen.

Each builder call that prints a meeting heading, an agenda row, a question or an action also writes
its gold record, so gold says what the page says. A PDF record's page is the first page whose
pdfplumber text or table cells hold the start of its key text; the generator stops if a key is on
no page or a table cell's words are split. Gold goes to gold/ (in heldout/ until promoted in session 17).

    .venv/bin/python samples/corpus/scrutiny-round56/generate.py [NAME-PREFIX ...]
"""

from __future__ import annotations

import io
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pdfplumber
from docx import Document
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import scrutiny_common  # noqa: E402,F401  (puts scrutiny-round3's render module on sys.path)
from office_pdf import docx_to_pdf  # noqa: E402
from render import (H, P, Bul, Num, T, Break, PdfLook, _stable_zip, register_dejavu_serif,  # noqa: E402
                    render_docx, render_pdf)

GOLD = HERE / "gold"
CHECKED = ("Written blind for held-out round 56; every record hand-checked against the rendered pages and "
           "`scrutiny inspect` (layout only) by the round's writer; the extractors were never run on it.")
GREEN, RED, AMBER = "#00a651", "#e02020", "#ffbf00"


def plain(text: str) -> str:
    """Text without the render markup (**bold**, *italic*, {#colour|...})."""
    text = re.sub(r"\{#[0-9a-fA-F]{6}\|(.*?)\}", r"\1", text)
    return text.replace("**", "").replace("*", "")


@dataclass
class Pack:
    name: str
    organisation: str
    force: str
    title: str
    meeting_date: str
    blocks: list = field(default_factory=list)
    records: dict = field(default_factory=lambda: {k: [] for k in (
        "documents", "meetings", "agenda_items", "assurance_decisions", "actions", "grades")})
    keys: list = field(default_factory=list)  # (record, key text) whose page is read from the PDF

    def add(self, *blocks) -> None:
        self.blocks.extend(blocks)

    def meeting(self, heading: H | P | None, meeting_date: str, topic: str | None, title: str) -> None:
        record = {"page": None, "meeting_date": meeting_date, "topic": topic,
                  "organisation": self.organisation, "title": title}
        self.records["meetings"].append(record)
        if heading is None:  # this meeting: its front sheet, page 1
            record["page"] = 1
        else:
            self.add(heading)
            self.keys.append((record, plain(heading.text)))

    def agenda(self, header: tuple[str, ...], rows: list[tuple[str, ...]], widths: tuple[float, ...],
               bordered: bool = True) -> None:
        """Agenda rows (number, title, presenter, then columns that are neither, such as a paper's letter)."""
        cells = [header]
        for number, title, presenter, *rest in rows:
            cells.append((number, title, presenter or "", *rest))
            record = {"page": 1, "meeting_date": self.meeting_date, "number": number or None, "title": title,
                      "presenter": presenter if presenter not in (None, "", "–") else None}
            self.records["agenda_items"].append(record)
        self.add(T(tuple(cells), widths, header_rows=1, bordered=bordered))

    def decision(self, meeting_date: str, topic: str | None, number: str | None, question: str, evidence: str,
                 level: str | None, raw: str, commentary: str | None) -> None:
        record = {"page": None, "meeting_date": meeting_date, "topic": topic, "question_number": number,
                  "question": question, "evidence_summary": evidence, "assurance": level, "assurance_raw": raw,
                  "commentary": commentary}
        self.records["assurance_decisions"].append(record)
        self.keys.append((record, question))

    def action(self, text: str, *, number: str | None, topic: str | None, meeting_date: str | None,
               update: str | None, status: str, status_source: str, source: str = "action_tracker") -> None:
        record = {"page": None, "meeting_date": meeting_date, "topic": topic, "number": number, "text": text,
                  "update": update, "status": status, "status_source": status_source, "source": source}
        self.records["actions"].append(record)
        self.keys.append((record, text))


LEVELS = {"assured": "Assured", "partially assured": "Partly assured", "partly assured": "Partly assured",
          "not assured": "Not assured", "reasonable assurance": "Assured", "limited assurance": "Partly assured",
          "substantial assurance": "Assured", "no assurance": "Not assured"}


def level_of(raw: str) -> str:
    return LEVELS[raw.lower()]


# --- page finding and split-word check ------------------------------------------------------

def _squash(text: str) -> str:
    text = text.replace("\u2013", "-").replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", "", text).lower()


def set_pages(pack: Pack, data: bytes) -> int:
    source_words = set()
    for block in pack.blocks:
        for text in _texts(block):
            source_words.update(_word(w) for w in plain(text).split())
    pages = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            cells = []
            for table in page.extract_tables():
                for row in table:
                    for cell in row:
                        if cell:
                            cells.append(cell)
                            for word in cell.split():
                                if _word(word) and _word(word) not in source_words:
                                    raise SystemExit(f"{pack.name} p{page.page_number}: split word {word!r} in {cell!r}")
            text = page.extract_text() or ""
            pages.append((_squash(text + " " + " ".join(cells)), [_word(w) for w in text.split()]))
        count = len(pdf.pages)
    for record, key in pack.keys:
        start = _squash(key)[:45]
        found = [i + 1 for i, (text, words) in enumerate(pages) if start in text or _in_order(key, words, 8)]
        if not found:  # a cell split across a page break: only its first line on the page it starts
            found = [i + 1 for i, (_, words) in enumerate(pages) if _in_order(key, words, 3)]
        if not found:
            raise SystemExit(f"{pack.name}: key on no page: {key[:60]!r}")
        record["page"] = found[0]
    return count


def _in_order(key: str, words: list[str], count: int) -> bool:
    """The key's first ``count`` words in order among the page's: a table's cells are read line by line
    across its columns, so a cell's words come interleaved with its neighbours'."""
    wanted = iter(words)
    return all(w in wanted for w in [_word(w) for w in key.split()][:count])


def _word(word: str) -> str:
    return re.sub(r"[^\w£%]", "", word.replace("\u2019", "'")).lower()


def _texts(block) -> list[str]:
    if isinstance(block, (H, P)):
        return [block.text] + ([block.hang] if block.hang else []) if isinstance(block, P) else [block.text]
    if isinstance(block, (Num, Bul)):
        return list(block.items)
    if isinstance(block, T):
        out = []
        for row in block.rows:
            for cell in row:
                for part in (cell if isinstance(cell, tuple) else (cell,)):
                    if isinstance(part, Bul):
                        out += list(part.items)
                    elif part is not None:
                        out.append(str(part))
        return out
    return []


def finish(pack: Pack, kind: str, look: PdfLook | None = None, header: tuple[str, ...] = ()) -> None:
    """Render ``pack`` as kind "pdf" (reportlab), "wordpdf" (Word then LibreOffice) or "docx"; write it and
    its gold."""
    when = datetime.fromisoformat(pack.meeting_date + "T09:00:00")
    if kind == "pdf":
        data = render_pdf(pack.blocks, look, pack.title, pack.organisation)
    else:
        data = render_docx(pack.blocks, title=pack.title, author=pack.organisation, when=when, header=header)
        data = _grid_widths(data)
        if kind == "wordpdf":
            data = docx_to_pdf(data)
    document = {"page": None, "file_type": "docx" if kind == "docx" else "pdf", "doc_kind": "scrutiny_pack",
                "status": "ok", "publication_date": None, "title": pack.title, "force": pack.force,
                "organisation": pack.organisation, "meeting_date": pack.meeting_date}
    if kind == "docx":  # a Word file has no pages
        for records in pack.records.values():
            for record in records:
                record["page"] = None
    else:
        document["pages"] = set_pages(pack, data)
    pack.records["documents"].append(document)
    (HERE / pack.name).write_bytes(data)
    GOLD.mkdir(exist_ok=True)
    gold = {"source_file": pack.name, "expect": "ok", "checked": CHECKED, "records": pack.records}
    (GOLD / f"{pack.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    print(pack.name, len(data), "bytes; pages",
          {t: [r["page"] for r in pack.records[t]] for t in ("meetings", "assurance_decisions", "actions")})


def _grid_widths(data: bytes) -> bytes:
    """Give each Word table's grid the widths of its first row's cells, as Word does when it saves: LibreOffice
    lays a table out by its grid, and python-docx leaves the grid's columns equal."""
    document = Document(io.BytesIO(data))
    for table in document.tables:
        widths = [cell.width for cell in table.rows[0].cells]
        for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            col.set(qn("w:w"), str(int(width.twips)))
    buffer = io.BytesIO()
    document.save(buffer)
    return _stable_zip(buffer.getvalue())


def long_date(d: str, ordinal: bool = False) -> str:
    day = date.fromisoformat(d)
    n = day.day
    suffix = "th" if 11 <= n <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{day:%A} {n}{suffix if ordinal else ''} {day:%B %Y}"


def short_date(d: str) -> str:
    return date.fromisoformat(d).strftime("%d/%m/%Y")


def plain_date(d: str) -> str:
    day = date.fromisoformat(d)
    return f"{day.day} {day:%B %Y}"


# --- shared builders ---------------------------------------------------------------------------

Q = tuple[str | None, str, str, str, str | None]  # number, question, evidence, printed level, comment


def question_table(pack: Pack, meeting_date: str, topic: str | None, header: tuple[str, ...],
                   questions: list[Q], widths: tuple[float, ...], *, combined: bool = False,
                   bordered: bool = True) -> None:
    """A question table: [No. |] Question | Evidence | Level [| Comment]; ``combined`` prints the level in
    bold over the italic comment in one Decision cell (the reference pack's form)."""
    rows = [header]
    numbered = len(header) == (4 if combined else 5)
    for number, question, evidence, raw, comment in questions:
        decision = f"**{raw}**" + (f"\n*{comment}*" if comment else "")
        row = (question, evidence, decision) if combined else (question, evidence, raw, comment or "")
        rows.append(((f"{number}.",) if numbered else ()) + row)
        pack.decision(meeting_date, topic, number if numbered else None, question, evidence, level_of(raw), raw,
                      comment or None)  # an empty comment cell is no commentary (gold-format: null for none)
    pack.add(T(tuple(rows), widths, header_rows=1, bordered=bordered))


def question_lines(pack: Pack, meeting_date: str, topic: str | None, questions: list[Q],
                   label: str = "Assurance level:") -> None:
    """Questions minuted as paragraphs, each closed by an assurance line and the PCC's comment."""
    for number, question, evidence, raw, comment in questions:
        pack.add(P(f"**Question {number}:** {question}"), P(evidence),
                 P(f"**{label}** {raw}"))
        if comment:
            pack.add(P(f"**Comment:** {comment}"))
        pack.decision(meeting_date, topic, number, question, evidence, level_of(raw), raw, comment)


def status_of(word: str) -> str:
    return "complete" if word.lower() in ("complete", "completed", "closed") else "outstanding"


# --- the packs ------------------------------------------------------------------------------------

def lincolnshire() -> None:
    """reportlab: the reference pack's form; a glyph tracker under a legend with merged topic cells."""
    pack = Pack("lincolnshire-pcc-ssm-2043-03-10-round56.pdf", "Police and Crime Commissioner for Lincolnshire",
                "Lincolnshire Police", "Strategic Scrutiny Meeting", "2043-03-10")
    notes, topic = "2043-01-20", "Road Safety"
    pack.add(P("**OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR LINCOLNSHIRE**", size=13),
             H("Strategic Scrutiny Meeting"),
             P(f"{long_date(pack.meeting_date, ordinal=True)}, 10:00 – 12:30, Conference Room 2, Force Headquarters"),
             P("**Theme:** Rural and wildlife crime"))
    pack.meeting(None, pack.meeting_date, "Rural and wildlife crime", "Strategic Scrutiny Meeting")
    pack.agenda(("No.", "Item", "Lead"), [
        ("1", "Welcome, introductions and apologies", "PCC"),
        ("2", "Notes and actions of the previous meeting", "Chief Executive"),
        ("3", "Rural and wildlife crime – force report", "ACC Operations"),
        ("4", "Heritage crime and the farm watch scheme", "Supt Rural Policing"),
        ("5", "Any other business", "All"),
        ("6", "Date of next meeting: 12 May 2043", "–"),
    ], (10, 70, 30))
    pack.add(Break())
    pack.meeting(H(f"DRAFT NOTES – STRATEGIC SCRUTINY MEETING ({topic.upper()}) – {plain_date(notes).upper()}", 2),
                 notes, topic, f"DRAFT NOTES – STRATEGIC SCRUTINY MEETING ({topic.upper()}) – {plain_date(notes).upper()}")
    pack.add(P("**Present:** the Police and Crime Commissioner (Chair); Chief Executive; Deputy Chief Constable; "
               "Chief Inspector, Roads Policing Unit; Policy Officer (notes)."),
             P("**Apologies:** Chief Finance Officer."))
    question_table(pack, notes, topic, ("Question", "Brief Summary of Evidence", "Decision of PCC"), [
        (None, "How is the force targeting the fatal four offences on the county's single carriageway roads, and "
               "how does it know its enforcement is reaching the right routes?",
         "Enforcement is planned each month from a collision map built with the county council's road safety "
         "team. Officers from the Roads Policing Unit carried out 1,412 stops for speeding, mobile phone use, seat "
         "belts and drink or drug driving between April and December 2042, 61% of them on the twelve routes with "
         "the most serious collisions. Two mobile camera vans were moved to evening shifts after analysis showed a "
         "rise in collisions between 18:00 and 22:00. The force is piloting a review of each fatal collision "
         "within 28 days to check whether the route had been patrolled in the month before.",
         "Assured", "The PCC welcomed the use of the collision map and asked to see the 28-day review findings."),
        (None, "What support is given to families bereaved by a road death, and how quickly is a family liaison "
               "officer deployed?",
         "A trained family liaison officer was deployed within 24 hours in 17 of the 19 fatal collisions of 2042; "
         "in the other two, deployment took 36 and 41 hours because of a shortage of trained officers over the "
         "holiday period. Eight new liaison officers were trained in November 2042. Families are referred to a "
         "national charity for bereaved road users with their consent; the force does not yet record how many "
         "families take up the referral or ask for their views on the service.",
         "Partially assured", "The PCC asked the force to start recording take-up and to seek families' feedback."),
        (None, "How does the force deal with reports of dangerous driving submitted by the public with dash-cam "
               "footage, and how long do reports wait to be reviewed?",
         "The online portal received 2,230 submissions in 2042, up 38% on 2041. A team of two staff reviews "
         "footage; the median wait was 19 days and 14% of reports passed the 14-day limit for serving a notice of "
         "intended prosecution, so no action could be taken on them. A business case for a third reviewer has "
         "been drafted but not yet approved.",
         "Not assured", "The PCC was concerned that reports were lost to the time limit and asked for a recovery plan."),
        (None, "How is the force working with partners to educate young and newly qualified drivers?",
         "Road safety officers delivered 46 sessions in sixth forms and colleges, reaching about 3,900 students. "
         "A joint campaign with the fire and rescue service ran in the autumn and the force has joined a regional "
         "evaluation of pre-driver education led by a university.",
         "Assured", None),
    ], (40, 80, 35), combined=True)
    pack.add(H("Actions", 3))
    minuted = ["That the force provide the findings of the first six 28-day fatal collision reviews.",
               "That the force present a recovery plan for the dash-cam reporting backlog, with the decision "
               "on the third reviewer."]
    pack.add(Num(tuple(minuted)))
    pack.add(Break(), H("Strategic Scrutiny Actions 2042/43", 2),
             P(f"{{{GREEN}|■}} = Action complete      {{{RED}|■}} = Action outstanding"))
    rows: list = [("Topic", "Action", "Update", "")]
    tracker = [
        ("Hate Crime", "That the force share the results of its hate crime victim satisfaction survey.",
         "The survey results were shared with the OPCC on 2 December 2042.", GREEN, None, None),
        ("Hate Crime", "That the third-party reporting centres be mapped against the areas with most reports.",
         "Mapping is under way with the community safety partnership; due April 2043.", RED, None, None),
        ("Drugs and County Lines", "That the force report on the number of closure orders obtained in 2042.",
         "Reported to the PCC's weekly meeting on 9 January 2043.", GREEN, None, None),
        (topic, minuted[0], "The first four reviews are complete; the findings of six will be shared by April.",
         RED, "1", notes),
        (topic, minuted[1], "The recovery plan was presented on 24 February 2043 and a third reviewer was approved.",
         GREEN, "2", notes),
    ]
    for i, (t, text, update, colour, number, raised) in enumerate(tracker):
        merged_below = i > 0 and tracker[i - 1][0] == t  # a merged topic cell prints once, over its rows
        rows.append((None if merged_below else t, text, update, f"{{{colour}|■}}"))
        pack.action(text, number=number, topic=t, meeting_date=raised, update=update,
                    status="complete" if colour == GREEN else "outstanding", status_source="glyph_colour")
    pack.add(T(tuple(rows), (30, 70, 70, 8), header_rows=1, spans=((1, 0, 2, 1), (4, 0, 2, 1))))
    finish(pack, "pdf", PdfLook(margin=56, footer="Lincolnshire OPCC – Strategic Scrutiny Meeting – 10 March 2043"))


def merseyside() -> None:
    """Word -> PDF, tables with their borders off: questions minuted with "Assurance level:" lines."""
    pack = Pack("merseyside-pcc-sm-2043-05-12-round56.pdf", "Police and Crime Commissioner for Merseyside",
                "Merseyside Police", "Scrutiny Meeting", "2043-05-12")
    notes, topic = "2043-02-24", "Neighbourhood policing"
    pack.add(P("**Merseyside Police and Crime Commissioner**", size=14), H("Scrutiny Meeting"),
             P(f"**Date:** {long_date(pack.meeting_date)}     **Time:** 14:00     **Venue:** Board Room, OPCC"),
             P("**Topic:** Violence against women and girls"))
    pack.meeting(None, pack.meeting_date, "Violence against women and girls", "Scrutiny Meeting")
    pack.add(H("Agenda", 2))
    pack.agenda(("Item", "Title", "Presenter"), [
        ("1", "Welcome and apologies", "Commissioner"),
        ("2", "Minutes of the meeting held on 24 February 2043 and action log", "Head of Scrutiny"),
        ("3", "Violence against women and girls: the force's delivery plan", "Detective Chief Superintendent"),
        ("4", "Any other business", ""),
    ], (12, 110, 50), bordered=False)
    pack.add(P("Date of next meeting: Tuesday 14 July 2043"), Break())
    heading = f"Minutes of the Scrutiny Meeting held on {plain_date(notes)}"
    pack.meeting(H(heading, 2), notes, topic, heading)
    pack.add(P("**Attendees:** Police and Crime Commissioner (Chair), Chief Executive, Head of Scrutiny, "
               "Assistant Chief Constable (Local Policing), Head of Neighbourhoods."),
             P("**Apologies:** Deputy Chief Constable."),
             H("1. Welcome and apologies", 3), P("The Commissioner welcomed everyone. Apologies were noted."),
             H("2. Minutes and action log", 3), P("The minutes of the meeting of 9 December 2042 were agreed."),
             H(f"3. {topic}", 3),
             P("The Assistant Chief Constable presented the paper. The Commissioner put the following questions; "
               "her level of assurance is recorded under each."))
    question_lines(pack, notes, topic, [
        ("1", "How many neighbourhood officers and PCSOs are in post against the establishment, and how often "
              "are they taken away from their wards?",
         "There are 412 officers and 188 PCSOs in post, 97% of the establishment. Abstractions to response and "
         "events averaged 11% of shifts in the last quarter, down from 16%; football fixtures cause most of them.",
         "Assured", "The Commissioner noted the fall in abstractions and wants the rate reported each quarter."),
        ("2", "How does the force know that residents' priorities set at ward meetings are acted on?",
         "Each ward sets three priorities every quarter. Progress is recorded on the force's neighbourhood "
         "system, but only 58% of priorities had an update recorded by the end of the quarter.",
         "Partially assured", "Recording must improve before the Commissioner can judge delivery."),
        ("3", "What has been done to restore the problem-solving training that was paused during 2042?",
         "The course was paused when the training team moved; it has not restarted and no date is set.",
         "Not assured", "The Commissioner asked for a restart date at the next meeting."),
    ])
    pack.add(P("**Actions arising**"))
    minuted = [("MSM 43/05", "Head of Neighbourhoods to report abstraction rates to the Commissioner each quarter."),
               ("MSM 43/06", "The force to set a date to restart problem-solving training and confirm it in writing.")]
    for ref, text in minuted:
        pack.add(P(f"**{ref}:** {text}"))
    pack.add(H("4. Any other business", 3), P("None."), Break(), H("Scrutiny Meeting – Action Log", 2))
    rows: list = [("Ref", "Date raised", "Action", "Update", "Status")]
    tracker = [
        ("MSM 42/19", "09/12/2042", "The force to share the findings of its stalking protection order review.",
         "Findings shared on 30 January 2043.", "Complete", "2042-12-09", None),
        ("MSM 42/21", "09/12/2042", "OPCC and force to agree a joint communications plan for the summer.",
         "", "Not started", "2042-12-09", None),
        (minuted[0][0], short_date(notes), minuted[0][1], "First quarterly report received in April 2043.", "Complete", notes, topic),
        (minuted[1][0], short_date(notes), minuted[1][1], "Training team recruiting two trainers; restart pencilled for September.", "In progress",
         notes, topic),
    ]
    for ref, when, text, update, status, raised, t in tracker:
        rows.append((ref, when, text, update, status))
        pack.action(text, number=ref, topic=t, meeting_date=raised, update=update or None,
                    status=status_of(status), status_source="status_column")
    pack.add(T(tuple(rows), (20, 22, 60, 55, 20), header_rows=1, bordered=False))
    pack.add(P("Signed: ……………………  Police and Crime Commissioner"))
    finish(pack, "wordpdf", header=("Merseyside PCC – Scrutiny Meeting – 12 May 2043",))


def northamptonshire() -> None:
    """reportlab, DejaVu Serif: notes of two scrutiny items, a "Level of assurance" column."""
    look = register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font, body_size=10.5,
                   cell_size=9.5, margin=60, footer="Northamptonshire OPFCC – Accountability Board")
    pack = Pack("northamptonshire-pfcc-ab-2043-04-14-round56.pdf",
                "Police, Fire and Crime Commissioner for Northamptonshire", "Northamptonshire Police",
                "Accountability Board", "2043-04-14")
    notes = "2043-02-17"
    pack.add(P("Office of the Police, Fire and Crime Commissioner for Northamptonshire"),
             H("Accountability Board"), P(f"{plain_date(pack.meeting_date)}, 13:30, Room 4, Darby House"))
    pack.meeting(None, pack.meeting_date, None, "Accountability Board")
    pack.agenda(("Agenda item", "Subject", "Lead officer"), [
        ("1.", "Apologies and declarations of interest", "PFCC"),
        ("2.", "Record of the previous Board and action log", "Monitoring Officer"),
        ("3.", "Child sexual exploitation", "Head of Public Protection"),
        ("4.", "Police estate: the custody suite refurbishment", "Director of Estates"),
        ("5.", "Any other business", None),
    ], (18, 90, 45))
    for record in pack.records["agenda_items"]:
        record["number"] = record["number"].rstrip(".")
    pack.add(Break())
    heading = f"Record of the Accountability Board – {long_date(notes)}"
    pack.meeting(H(heading, 2), notes, None, heading)
    pack.add(P("Present: Police, Fire and Crime Commissioner; Chief Constable; Chief Executive; Chief Finance "
               "Officer. Apologies: none."),
             P("Items 1 and 2 were taken as read; the record of 16 December 2042 was agreed."))
    items = [
        ("Shoplifting and retail crime", [
            ("1", "What has the force done to respond to the rise in shoplifting reported by town centre shops?",
             "Recorded shoplifting rose 22% in 2042. A retail crime officer now links with the business crime "
             "partnership and repeat offenders are flagged for the integrated offender team.",
             "Assured", "The Commissioner welcomed the partnership work."),
            ("2", "How many shoplifting reports are attended, and how quickly is footage collected?",
             "Attendance is recorded only where an offender is detained; footage collection is not timed.",
             "Partially assured", "The force should measure attendance and collection times."),
        ], [("AB 43/04", "The force to report attendance rates for shoplifting with a detained offender.")]),
        ("Police custody", [
            ("1", "How does the force make sure detainees with mental health needs are seen by a practitioner?",
             "Liaison and diversion practitioners cover the custody suite from 08:00 to 22:00; outside those "
             "hours detainees wait for the crisis team, with a median wait of 3 hours 40 minutes.",
             "Not assured", "The overnight gap is a risk the Commissioner wants closed."),
            ("2", "What progress has been made on the custody refurbishment programme?",
             "Cells in the east wing have been refitted with anti-ligature fittings; the west wing follows in "
             "the summer within the approved budget.",
             "Assured", ""),
        ], [("AB 43/05", "The force and health partners to propose overnight cover for liaison and diversion.")]),
    ]
    tracker = []
    for n, (title, questions, actions) in enumerate(items, start=3):
        pack.add(H(f"{n}. {title}", 3))
        question_table(pack, notes, title, ("No.", "Question", "Response", "Level of assurance", "Comments"),
                       [(q[0], q[1], q[2], q[3], q[4] or None) for q in questions], (8, 45, 55, 22, 35))
        pack.add(P("Actions:"))
        pack.add(Bul(tuple(f"{ref} – {text}" for ref, text in actions)))
        tracker += [(ref, plain_date(notes), text, title) for ref, text in actions]
    pack.add(H("Finance summary", 3),
             P("The Chief Finance Officer reported a forecast underspend of £0.4m on the 2042/43 policing budget, "
               "mainly from vacancies in police staff posts, and capital slippage of £1.1m on the estate programme."),
             Break(), H("Accountability Board action log", 2))
    rows: list = [("Ref", "Meeting", "Action", "Progress", "Status")]
    earlier = [("AB 42/31", "16 December 2042", "The force to publish its stop and search scrutiny panel minutes.",
                "Minutes now published monthly on the force website.", "Closed"),
               ("AB 42/33", "16 December 2042", "The OPFCC to review the victims' code compliance audit.",
                "Audit fieldwork due to finish in May.", "Open")]
    for ref, when, text, update, status in earlier:
        rows.append((ref, when, text, update, status))
        pack.action(text, number=ref, topic=None, meeting_date="2042-12-16", update=update,
                    status=status_of(status), status_source="status_column")
    updates = {"AB 43/04": ("Rates reported to the Board on 31 March 2043.", "Closed"),
               "AB 43/05": ("A proposal is being costed with the integrated care board.", "Open")}
    for ref, when, text, title in tracker:
        update, status = updates[ref]
        rows.append((ref, when, text, update, status))
        pack.action(text, number=ref, topic=title, meeting_date=notes, update=update,
                    status=status_of(status), status_source="status_column")
    pack.add(T(tuple(rows), (15, 22, 50, 50, 14), header_rows=1))
    finish(pack, "pdf", look)


def cheshire() -> None:
    """Word: an "Outcome" column; an action log with updates only (no status column)."""
    pack = Pack("cheshire-pcc-pcsm-2043-06-09-round56.docx", "Police and Crime Commissioner for Cheshire",
                "Cheshire Constabulary", "Police and Crime Scrutiny Meeting", "2043-06-09")
    notes, topic = "2043-04-07", "Missing persons"
    pack.add(P("Cheshire Police & Crime Commissioner", size=14), H("Police and Crime Scrutiny Meeting"),
             P(f"{long_date(pack.meeting_date, ordinal=True)} at 10.00am – Committee Room, Winsford"))
    pack.meeting(None, pack.meeting_date, None, "Police and Crime Scrutiny Meeting")
    pack.agenda(("", "Agenda item", "Presenter"), [
        ("1", "Apologies", "Commissioner"),
        ("2", "Notes of the last meeting and action log", "Scrutiny Officer"),
        ("3", "Serious and organised crime", "Head of Crime"),
        ("4", "Call handling and the 101 service", "Head of Contact"),
        ("5", "AOB", "All"),
    ], (8, 100, 50))
    pack.add(Break())
    heading = f"Notes: Police and Crime Scrutiny Meeting – {long_date(notes, ordinal=True).split(' ', 1)[1]}"
    pack.meeting(H(heading, 2), notes, topic, heading)
    pack.add(P(f"**Topic:** {topic}"),
             P("**In attendance:** PCC (Chair), Deputy PCC, Chief Executive, Deputy Chief Constable, Detective "
               "Superintendent (Public Protection)."), P("**Apologies:** Head of Finance."))
    question_table(pack, notes, topic, ("No.", "Question", "Evidence", "Outcome", "PCC comment"), [
        ("1", "How does the force grade the risk of each missing person report, and who reviews the grading?",
         "Call handlers grade the initial risk; a sergeant reviews it within an hour and an inspector within "
         "four hours for high-risk cases. An audit of 120 reports found the review recorded in 111.",
         "Assured", "The PCC was satisfied the review process is embedded."),
        ("2", "How are children who go missing repeatedly from care identified and protected?",
         "The force has a named officer for each children's home and holds a monthly meeting with the local "
         "authorities. Return home interviews were completed within 72 hours for 64% of episodes.",
         "Partially assured", "Return interview completion is a partnership issue the PCC will raise with the "
                              "local authorities."),
        ("3", "What use is made of the Herbert Protocol for people living with dementia?",
         "Families of 2,310 people have completed the form; officers can view it on mobile devices.",
         "Assured", ""),
    ], (12, 45, 60, 22, 40))
    pack.add(H("Actions agreed", 3))
    minuted = ["Force to share the return home interview figures by local authority area.",
               "OPCC to write to the directors of children's services about return interview timeliness."]
    pack.add(Num(tuple(minuted)))
    pack.add(Break(), H("Action log", 2))
    rows: list = [("Ref", "Meeting date", "Action", "Update")]
    tracker = [
        ("CSM 09", "10/02/2043", "Force to provide the outcome of the rural crime team review.",
         "The review report has been received by the OPCC.", "complete", "2043-02-10", None),
        ("CSM 10", "10/02/2043", "Force to brief the Deputy PCC on the new drone unit.",
         "A briefing is scheduled for 23 June 2043.", "outstanding", "2043-02-10", None),
        ("CSM 11", short_date(notes), minuted[0],
         "The figures were sent to the OPCC on 2 May 2043.", "complete", notes, topic),
        ("CSM 12", short_date(notes), minuted[1],
         "Letter drafted; it will be sent once the PCC has met the directors.", "outstanding", notes, topic),
    ]
    for ref, when, text, update, status, raised, t in tracker:
        rows.append((ref, when, text, update))
        pack.action(text, number=ref, topic=t, meeting_date=raised, update=update, status=status,
                    status_source="inferred_from_update")
    pack.add(T(tuple(rows), (14, 20, 70, 70), header_rows=1))
    pack.add(P("**Date of next meeting:** 11 August 2043"))
    finish(pack, "docx", header=("Cheshire OPCC | Police and Crime Scrutiny Meeting",))


def gloucestershire() -> None:
    """reportlab, landscape, five pages: a performance paper between the notes and an action log whose
    RAG cells are shaded under a key line."""
    pack = Pack("gloucestershire-pcc-pam-2043-05-26-round56.pdf", "Police and Crime Commissioner for Gloucestershire",
                "Gloucestershire Constabulary", "Performance and Accountability Meeting", "2043-05-26")
    notes, topic = "2043-03-24", "Fraud and economic crime"
    pack.add(H("Office of the Police and Crime Commissioner for Gloucestershire", 2),
             H("Performance and Accountability Meeting"),
             P(f"{short_date(pack.meeting_date)} – 14:00 to 16:00 – Meeting Room 1, OPCC"),
             P("**Theme:** Business and retail crime"))
    pack.meeting(None, pack.meeting_date, "Business and retail crime", "Performance and Accountability Meeting")
    pack.agenda(("Item", "Description", "Lead", "Paper"), [
        ("1", "Welcome and apologies", "PCC", ""),
        ("2", "Notes of the meeting of 24 March 2043 and action log", "Chief of Staff", "A, C"),
        ("3", "Quarterly performance summary", "Head of Performance", "B"),
        ("4", "Business and retail crime", "Superintendent, Neighbourhoods", "Verbal"),
        ("5", "Date of next meeting", "–", ""),
    ], (10, 90, 45, 20))
    pack.add(Break())
    heading = f"Paper A: Notes of the Performance and Accountability Meeting – {long_date(notes)}"
    pack.meeting(H(heading, 2), notes, topic, heading)
    pack.add(P(f"**Theme:** {topic}"),
             P("**Present:** PCC; Chief Constable; Deputy PCC; Chief of Staff; Detective Chief Inspector, "
               "Economic Crime. **Apologies:** Treasurer."),
             P("1. The notes of 27 January 2043 were agreed. 2. The PCC asked the questions below."))
    question_table(pack, notes, topic, ("Ref", "Question", "Response", "PCC Decision", "Comments"), [
        ("1", "How many fraud reports referred by the national reporting centre were investigated locally in "
              "2042, and with what outcomes?",
         "Of 1,146 referrals, 388 were investigated locally; 52 led to a charge or caution and 74 to another "
         "outcome, such as a community resolution. The rest were closed after victim contact.",
         "Assured", "The PCC welcomed the higher charge rate."),
        ("2", "What support do victims of fraud receive, especially older and vulnerable victims?",
         "The economic crime victim care unit contacts all vulnerable victims within 48 hours; 1,020 were "
         "contacted in 2042. Bank protocol calls are attended within an hour in 81% of cases.",
         "Assured", "The PCC asked that the unit's funding be considered in the budget."),
        ("3", "How does the force recover criminals' assets and return money to victims?",
         "Confiscation orders worth £412,000 were made in 2042, but only £96,000 has been collected and "
         "compensation paid to victims is not recorded separately.",
         "Partially assured", "The PCC asked for compensation paid to victims to be reported."),
        ("4", "What is the force doing to prevent romance fraud?",
         "A campaign with dating apps is planned but has not started because of a delay in the contract.",
         "Not assured", "The PCC expects the campaign to launch before the summer."),
    ], (9, 55, 70, 22, 45))
    pack.add(P("**Actions:**"),
             Bul(("PAM 43/07 – Force to report compensation paid to victims from confiscation orders each quarter.",
                  "PAM 43/08 – Force to confirm the launch date of the romance fraud campaign.")),
             Break(), H("Paper B: Quarterly performance summary (January – March 2043)", 2),
             P("The summary below sets out the Police and Crime Plan measures; figures are compared with the same "
               "quarter of 2042."))
    perf = [("Measure", "Q4 2042/43", "Q4 2041/42", "Change"),
            ("999 calls answered within 10 seconds", "91.2%", "88.5%", "+2.7 pts"),
            ("101 calls answered within 3 minutes", "63.0%", "58.4%", "+4.6 pts"),
            ("Burglary (dwelling) offences", "402", "455", "-11.6%"),
            ("Violence with injury offences", "1,318", "1,297", "+1.6%"),
            ("Positive outcome rate, all crime", "12.9%", "11.8%", "+1.1 pts"),
            ("Victim satisfaction (overall)", "74%", "76%", "-2 pts")]
    pack.add(T(tuple(perf), (80, 25, 25, 20), header_rows=1),
             P("Burglary continued to fall. Satisfaction dipped because of slower updates to victims of "
               "vehicle crime; a recovery plan is in place."), Break(),
             H("Paper C: Action log", 2),
             P("RAG key: Green – action complete; Amber – in progress; Red – not started or overdue."))
    rows: list = [("Ref", "Raised", "Action", "Update", "RAG")]
    fills = {}
    tracker = [
        ("PAM 43/02", "27/01/2043", "Force to share the knife crime surrender figures.",
         "Shared on 14 February 2043.", GREEN, "2043-01-27", None),
        ("PAM 43/03", "27/01/2043", "OPCC to commission a review of the youth diversion scheme.",
         "Tender closes in June.", AMBER, "2043-01-27", None),
        ("PAM 43/05", "27/01/2043", "Force to present its plan for a rural crime partnership.",
         "No update received.", RED, "2043-01-27", None),
        ("PAM 43/07", "24/03/2043",
         "Force to report compensation paid to victims from confiscation orders each quarter.",
         "First report provided with the Q4 performance summary.", GREEN, notes, topic),
        ("PAM 43/08", "24/03/2043", "Force to confirm the launch date of the romance fraud campaign.",
         "Contract signed; launch expected in July.", AMBER, notes, topic),
    ]
    for i, (ref, when, text, update, colour, raised, t) in enumerate(tracker, start=1):
        rows.append((ref, when, text, update, ""))
        fills[(i, 4)] = colour
        pack.action(text, number=ref, topic=t, meeting_date=raised, update=update,
                    status="complete" if colour == GREEN else "outstanding", status_source="cell_shading")
    pack.add(T(tuple(rows), (14, 16, 70, 60, 10), header_rows=1, fills=fills))
    finish(pack, "pdf", PdfLook(landscape=True, margin=50, header="OPCC Gloucestershire – Performance and "
                                "Accountability Meeting – 26 May 2043", footer="OFFICIAL"))


def sussex() -> None:
    """Word -> PDF: a "Level of assurance" table that runs over a page break, a question's response cell split
    across it; a Status column."""
    pack = Pack("sussex-pcc-pam-2043-02-17-round56.pdf", "Police and Crime Commissioner for Sussex",
                "Sussex Police", "Performance & Accountability Meeting", "2043-02-17")
    notes, topic = "2043-01-13", "Anti-social behaviour"
    pack.add(P("**Sussex Police & Crime Commissioner**", size=14), H("Performance & Accountability Meeting"),
             P(f"{long_date(pack.meeting_date)}, 10:30, held online"), P("**Focus of the meeting:** Contact and 101"))
    pack.meeting(None, pack.meeting_date, "Contact and 101", "Performance & Accountability Meeting")
    pack.agenda(("#", "Item", "Presented by"), [
        ("1", "Introduction and apologies", "Commissioner"),
        ("2", "Minutes and actions from 13 January 2043", "Head of Performance"),
        ("3", "Contact and 101: performance and improvement plan", "Chief Superintendent, Contact"),
        ("4", "Questions from the public", "Commissioner"),
        ("5", "Any other business", "Commissioner"),
    ], (8, 100, 55))
    pack.add(Break())
    heading = f"Minutes – Performance & Accountability Meeting – {short_date(notes)}"
    pack.meeting(H(heading, 2), notes, topic, heading)
    pack.add(P("**Present:** Police & Crime Commissioner; Chief Constable; Chief Executive; Head of Performance; "
               "Superintendent, Prevention."), P("**Apologies:** Deputy Chief Constable."),
             H(f"Item 3 – {topic}", 3))
    long_bullets = ("ASB incidents reported to the force fell from 24,180 in 2041 to 21,960 in 2042, a fall of 9%.",
                    "Hotspot patrols funded by the Home Office grant ran in eleven towns between April and "
                    "October; incidents in the patrolled areas fell by 17% against 6% elsewhere.",
                    "The force and the district councils share one case management system, so a repeat "
                    "victim is flagged when a second report is made to either agency.",
                    "Community triggers: 64 applications were received; 51 met the threshold and a case review "
                    "was held for each, within the 30-day standard in 46 of them.",
                    "Neighbourhood officers attended 310 residents' meetings and set local ASB priorities at "
                    "each; the priorities are published on the force website every quarter.",
                    "Dispersal orders were authorised 38 times, most often in seafront areas during the summer.")
    questions = [
        ("1", "What difference have the hotspot patrols made to anti-social behaviour, and will they continue "
              "once the grant ends?", " ".join(long_bullets), "Assured",
         "The Commissioner noted the results and will consider funding the patrols from her own budget."),
        ("2", "How quickly are community trigger case reviews held, and are victims told the outcome?",
         "Reviews are chaired by the councils. The force attends each review but does not record whether "
         "the victim was told the outcome; the councils record it in different ways.",
         "Partially assured", "The Commissioner asked for a common standard with the councils."),
        ("3", "How does the force identify and support repeat victims of anti-social behaviour who are "
              "vulnerable?",
         "A vulnerability screening tool is used by call handlers, but an audit found it completed on "
         "only 41% of repeat calls in December.",
         "Not assured", "The Commissioner wants compliance to reach 90% and will return to it in July."),
    ]
    rows: list = [("No.", "Question", "Response", "Level of assurance", "Comments")]
    for number, question, evidence, raw, comment in questions:
        response = (Bul(long_bullets),) if number == "1" else evidence
        rows.append((f"{number}.", question, response, raw, comment))
        pack.decision(notes, topic, number, question, evidence, level_of(raw), raw, comment)
    pack.add(P("The Superintendent for Prevention introduced the paper. Anti-social behaviour is the issue "
               "residents raise most often at neighbourhood meetings and in the Commissioner's annual survey, "
               "and the force's prevention strategy sets out how neighbourhood teams, councils and housing "
               "providers share the work. The paper covered the hotspot patrol programme funded by the Home "
               "Office, the community trigger, the screening of vulnerable repeat victims and the use of "
               "dispersal powers. The Chief Constable added that the summer months bring the highest demand, "
               "especially in coastal towns, and that planning for the coming summer has begun."),
             P("The Head of Performance set out the data behind the paper. Recorded incidents have fallen in "
               "each of the last three years, but the share of incidents involving a repeat victim has risen "
               "from 21% to 26%, and the number of reports made online has doubled since the new reporting "
               "form was launched. Satisfaction with the way anti-social behaviour is dealt with stands at 61%, "
               "below the 70% the Police and Crime Plan aims for. The force expects the shared case management "
               "system to improve how repeat victims are identified, and an evaluation by the councils' "
               "research team is due to report in the autumn. Members discussed how the figures compare with "
               "neighbouring forces and agreed that the comparison would be brought back with the evaluation."),
             P("The questions set for the item and the Commissioner's level of assurance on each are recorded "
               "below."), T(tuple(rows), (12, 40, 75, 24, 40), header_rows=1))
    pack.add(P("**Actions**"), Num(("Force to agree a common standard with the councils for telling victims the "
                                    "outcome of a community trigger review.",
                                    "Force to report compliance with the vulnerability screening tool each month.")))
    pack.add(P("**Date of next meeting:** 17 March 2043"), Break(), H("Action Tracker", 2))
    rows = [("Action No.", "Date", "Action", "Update", "Status")]
    tracker = [
        ("PAM 0142", "11/11/2042", "Force to publish its response times for rural areas.",
         "Published in the December performance report.", "Complete", "2042-11-11", None),
        ("PAM 0145", "11/11/2042", "OPCC to review funding for the street pastor schemes.",
         "Review under way with partners.", "Ongoing", "2042-11-11", None),
        ("PAM 0151", "13/01/2043", "Force to agree a common standard with the councils for telling victims the "
                                   "outcome of a community trigger review.",
         "Draft standard shared with the councils for comment.", "Ongoing", notes, topic),
        ("PAM 0152", "13/01/2043", "Force to report compliance with the vulnerability screening tool each month.",
         "January figure reported: 58%.", "Complete", notes, topic),
    ]
    for ref, when, text, update, status, raised, t in tracker:
        rows.append((ref, when, text, update, status))
        pack.action(text, number=ref, topic=t, meeting_date=raised, update=update,
                    status=status_of(status), status_source="status_column")
    pack.add(T(tuple(rows), (22, 28, 58, 50, 20), header_rows=1))
    finish(pack, "wordpdf", header=("Performance & Accountability Meeting – 17 February 2043",))


def thames_valley() -> None:
    """Word: the reference pack's table with a number column; a Status column in words."""
    pack = Pack("thames-valley-pcc-am-2043-04-21-round56.docx", "Police and Crime Commissioner for Thames Valley",
                "Thames Valley Police", "Accountability Meeting", "2043-04-21")
    notes, topic = "2043-03-03", "Burglary and vehicle crime"
    pack.add(P("Office of the Police and Crime Commissioner for Thames Valley", size=12),
             H("Accountability Meeting"), P(f"Held on {long_date(pack.meeting_date, ordinal=True)} at 13:00"),
             P("**Topic:** Knife crime and serious violence"))
    pack.meeting(None, pack.meeting_date, "Knife crime and serious violence", "Accountability Meeting")
    pack.agenda(("Item No.", "Item", "Presenter"), [
        ("1", "Apologies for absence", "PCC"),
        ("2", "Notes and action log of the previous meeting", "Governance Manager"),
        ("3", "Knife crime and serious violence", "Chief Superintendent, Crime"),
        ("4", "Any other business", "PCC"),
        ("5", "Date of the next meeting", "PCC"),
    ], (14, 100, 50))
    pack.add(Break())
    heading = f"Notes of the Accountability Meeting ({topic}) – {plain_date(notes)}"
    pack.meeting(H(heading, 2), notes, topic, heading)
    pack.add(P("**Attendees:** PCC; Deputy PCC; Chief Constable; Deputy Chief Constable; Governance Manager."),
             P("**Apologies:** Chief Finance Officer."))
    question_table(pack, notes, topic, ("No.", "Question", "Brief Summary of Evidence", "Decision of PCC"), [
        ("1", "What has the force done to reduce residential burglary since the last report?",
         "Residential burglary fell by 14% in 2042. A dedicated burglary team was set up in each local "
         "policing area and attendance at all burglaries is now the standard, met in 98% of cases.",
         "Assured", "The PCC thanked the team for the sustained fall."),
        ("2", "How is the force tackling the theft of catalytic converters and keyless car theft?",
         "Thefts of catalytic converters fell by half after marking kits were given out, but keyless thefts "
         "rose by 30% and the force is waiting for a national device to detect relay attacks.",
         "Partly assured", "The PCC asked the force to publish crime prevention advice on keyless cars."),
        ("3", "What proportion of burglary victims receive a crime prevention visit?",
         "Visits are offered to all victims but take-up is not recorded on the crime system.",
         "Not assured", "The force must be able to show how many visits are made."),
    ], (12, 45, 75, 45), combined=True)
    pack.add(P("**Actions**"))
    minuted = [("AM 43/11", "The force to publish crime prevention advice on keyless car theft."),
               ("AM 43/12", "The force to record crime prevention visits made to burglary victims.")]
    pack.add(Num(tuple(f"{text} ({ref})" for ref, text in minuted)))
    pack.add(Break(), H("Action log", 2))
    rows: list = [("Ref", "Meeting", "Action", "Update", "Status")]
    tracker = [
        ("AM 43/04", "13/01/2043", "The force to report the outcomes of the drug-driving operation.",
         "Report received on 10 February 2043.", "Complete", "2043-01-13", None),
        ("AM 43/06", "13/01/2043", "The OPCC to meet the youth justice boards on diversion.",
         "Meeting booked for May.", "Outstanding", "2043-01-13", None),
        (minuted[0][0], "03/03/2043", minuted[0][1], "Advice published on 20 March 2043.", "Complete", notes, topic),
        (minuted[1][0], "03/03/2043", minuted[1][1], "A new field will be added to the crime system in June.",
         "Outstanding", notes, topic),
    ]
    for ref, when, text, update, status, raised, t in tracker:
        rows.append((ref, when, text, update, status))
        pack.action(text, number=ref, topic=t, meeting_date=raised, update=update,
                    status=status_of(status), status_source="status_column")
    pack.add(T(tuple(rows), (16, 20, 60, 55, 20), header_rows=1))
    finish(pack, "docx", header=("OFFICIAL", "Thames Valley PCC – Accountability Meeting"))


def avon_somerset() -> None:
    """Word -> PDF, borderless tables: notes of two items with an "Outcome" column; the tracker's status a
    coloured square under a legend."""
    pack = Pack("avon-somerset-pcc-pcb-2043-06-16-round56.pdf", "Police and Crime Commissioner for Avon and Somerset",
                "Avon and Somerset Constabulary", "Police and Crime Board", "2043-06-16")
    notes = "2043-05-05"
    pack.add(P("Avon and Somerset Police and Crime Commissioner", size=13), H("Police and Crime Board"),
             P(f"Date: {short_date(pack.meeting_date)}    Time: 09:30 – 12:00    Location: OPCC Meeting Room"))
    pack.meeting(None, pack.meeting_date, None, "Police and Crime Board")
    pack.agenda(("Item", "Subject", "Lead"), [
        ("1", "Apologies", "PCC"),
        ("2", "Minutes of the last meeting and action tracker", "Strategic Planning Manager"),
        ("3", "Rape and serious sexual offences", "Detective Superintendent"),
        ("4", "Police staff recruitment and retention", "Director of People"),
        ("5", "Any other business", ""),
    ], (12, 100, 55), bordered=False)
    pack.add(Break())
    heading = f"Police and Crime Board – Minutes – {long_date(notes)}"
    pack.meeting(H(heading, 2), notes, None, heading)
    pack.add(P("**Present:** Police and Crime Commissioner (Chair), Chief Constable, Deputy Chief Constable, "
               "Chief of Staff, Chief Finance Officer."),
             P("**Apologies:** Assistant Chief Constable (Operations)."),
             P("1. Apologies were noted. 2. The minutes of 24 March 2043 were approved."))
    items = [
        ("Domestic abuse", [
            ("1", "How many domestic abuse protection orders has the force applied for, and how are breaches "
                  "dealt with?",
             "The force applied for 214 orders in the year; 198 were granted. Breaches are recorded as crimes "
             "and every breach is reviewed by the safeguarding hub the next working day.",
             "Assured", "The PCC welcomed the high grant rate."),
            ("2", "How long do victims wait for a specialist domestic abuse investigator?",
             "The median wait from report to allocation is six days; 19% of cases wait more than two weeks "
             "because of vacancies in the investigation teams.",
             "Partially assured", "The PCC asked for the vacancy position at the next Board."),
        ], ("PCB 43/21", "Force to report vacancies in domestic abuse investigation teams.")),
        ("Police staff recruitment", [
            ("1", "Why has the time to hire police staff increased, and what is being done about it?",
             "The average time from advert to start is 97 days, up from 71. Vetting delays account for most of "
             "the rise; a vetting recovery plan began in April.",
             "Not assured", "The PCC will review the vetting plan's progress in September."),
        ], ("PCB 43/22", "Director of People to share the vetting recovery plan with the OPCC.")),
    ]
    for n, (title, questions, (ref, text)) in enumerate(items, start=3):
        pack.add(H(f"{n}. {title}", 3))
        question_table(pack, notes, title, ("No.", "Question", "Response", "Outcome", "PCC comment"), questions,
                       (12, 45, 70, 24, 40), bordered=False)
        pack.add(P(f"**Action {ref}:** {text}"))
    pack.add(Break(), H("Action Tracker", 2),
             P(f"Key:  {{{GREEN}|■}} Complete    {{{AMBER}|■}} In progress    {{{RED}|■}} Not started"))
    rows: list = [("Ref", "Action", "Update", "Status")]
    tracker = [
        ("PCB 43/14", "Force to provide the outcome of the custody inspection action plan.",
         "Plan signed off by the Chief Officer Group on 12 April 2043.", GREEN, None, None),
        ("PCB 43/16", "OPCC to arrange a Board session on neighbourhood policing.", "Scheduled for October.",
         AMBER, None, None),
        (*items[0][2], "Vacancy figures will be tabled at this Board.", AMBER, notes, items[0][0]),
        (*items[1][2], "", RED, notes, items[1][0]),
    ]
    for ref, text, update, colour, raised, t in tracker:
        rows.append((ref, text, update, f"{{{colour}|■}}"))
        pack.action(text, number=ref, topic=t, meeting_date=raised, update=update or None,
                    status="complete" if colour == GREEN else "outstanding", status_source="glyph_colour")
    pack.add(T(tuple(rows), (22, 72, 66, 20), header_rows=1, bordered=False))
    finish(pack, "wordpdf", header=("Police and Crime Board – 16 June 2043",))


def greater_manchester() -> None:
    """reportlab: the Deputy Mayor decides; an "Outcome" column; a finance summary before the action log,
    which runs over a page break."""
    pack = Pack("gmca-dmpc-pab-2043-03-17-round56.pdf", "Deputy Mayor for Policing and Crime",
                "Greater Manchester Police", "Police Accountability Board", "2043-03-17")
    notes, topic = "2043-01-27", "Response to emergency calls"
    look = PdfLook(margin=54, body_size=10.5, cell_size=9.5, header="Greater Manchester Combined Authority – "
                   "Police Accountability Board", footer="Police Accountability Board, 17 March 2043")
    pack.add(H("Greater Manchester Combined Authority"), H("Police Accountability Board", 2),
             P(f"**Date:** {long_date(pack.meeting_date)}"),
             P("**Chair:** Deputy Mayor for Policing and Crime"),
             P("**Theme:** Tackling robbery and theft from the person"))
    pack.meeting(None, pack.meeting_date, "Tackling robbery and theft from the person", "Police Accountability Board")
    pack.agenda(("No.", "Item", "Lead"), [
        ("1", "Apologies and declarations of interest", "Deputy Mayor"),
        ("2", "Minutes of the meeting held on 27 January 2043", "Head of Police Accountability"),
        ("3", "Action log", "Head of Police Accountability"),
        ("4", "Robbery and theft from the person", "Assistant Chief Constable"),
        ("5", "Finance update", "Treasurer"),
        ("6", "Date of next meeting", ""),
    ], (10, 95, 55))
    pack.add(Break())
    heading = f"Minutes of the Police Accountability Board held on {long_date(notes)}"
    # No topic: the minutes hold two items beside standing business (4 and the Treasurer's "5. Finance update"),
    # and notes of several items give null (docs/gold-format.md; round 12 Humberside, an item and an update).
    pack.meeting(H(heading, 2), notes, None, heading)
    pack.add(P("**Present:** Deputy Mayor for Policing and Crime (Chair); Chief Constable; Deputy Chief "
               "Constable; Head of Police Accountability; Treasurer."),
             P("**Apologies:** Assistant Chief Constable (Specialist Operations)."),
             H(f"4. {topic}", 3),
             P("The force presented its report. The Deputy Mayor's decision on each line of enquiry is "
               "recorded in the Outcome column."))
    question_table(pack, notes, topic, ("No.", "Line of enquiry", "Summary of response", "Outcome", "Comments"), [
        ("1", "Is the force meeting its target to attend emergency calls in 15 minutes in urban areas?",
         "Median attendance was 10 minutes 40 seconds and 84% of emergency calls were attended within 15 "
         "minutes, against a target of 80%.",
         "Assured", "The Deputy Mayor recognised the improvement since 2041."),
        ("2", "How are priority calls managed when no patrol is free?",
         "A dispatch supervisor reviews every priority call waiting more than an hour; 6% waited longer "
         "than four hours in December.",
         "Partially assured", "The Deputy Mayor asked for a breakdown of the longest waits by district."),
        ("3", "How does the force check that call handlers grade the risk of calls correctly?",
         "A monthly dip sample of 200 calls found the grading correct in 93% of cases.",
         "Assured", None),
        ("4", "What is the force doing about the rise in abandoned 101 calls?",
         "Abandonment rose to 24% in December after the telephony system changed; a fix is awaited from the "
         "supplier and no date has been given.",
         "Not assured", "The Deputy Mayor will raise the matter with the supplier directly."),
    ], (9, 45, 65, 22, 40))
    pack.add(P("**Actions agreed:**"),
             Bul(("PAB 43/09: GMP to provide a breakdown of priority calls waiting over four hours by district.",
                  "PAB 43/10: GMP to confirm the supplier's date for the 101 telephony fix.")),
             H("5. Finance update", 3),
             P("The Treasurer reported that the policing budget for 2042/43 is forecast to underspend by £1.9m "
               "on a budget of £812.4m, with overtime £2.6m over budget offset by police staff vacancies."))
    finance = [("Budget line", "Budget £m", "Forecast £m", "Variance £m"),
               ("Police officer pay", "498.2", "497.6", "-0.6"),
               ("Police staff pay", "171.9", "167.3", "-4.6"),
               ("Overtime", "18.4", "21.0", "+2.6"),
               ("Non-pay costs", "123.9", "124.6", "+0.7"),
               ("Total", "812.4", "810.5", "-1.9")]
    pack.add(T(tuple(finance), (60, 25, 25, 25), header_rows=1), Break(), H("Action log", 2))
    rows: list = [("Action", "Board date", "Action description", "Update", "Status")]
    tracker = [
        ("PAB 42/31", "25/11/2042", "GMP to present the results of the stop and search body-worn video audit.",
         "Presented at the January Board.", "Complete", "2042-11-25", None),
        ("PAB 42/33", "25/11/2042", "GMCA to commission an independent review of custody healthcare.",
         "Review commissioned; fieldwork starts in April.", "Open", "2042-11-25", None),
        ("PAB 42/35", "25/11/2042", "GMP to share its plan for tackling vehicle crime in the city centre.",
         "Plan shared on 9 January 2043.", "Complete", "2042-11-25", None),
        ("PAB 43/02", "16/12/2042", "GMP to report the number of officers trained in domestic abuse first "
                                    "response.", "1,140 officers trained by the end of February.", "Complete",
         "2042-12-16", None),
        ("PAB 43/04", "16/12/2042", "GMCA to review the funding of the victims' services hub.",
         "Options paper due in April.", "Open", "2042-12-16", None),
        ("PAB 43/09", "27/01/2043", "GMP to provide a breakdown of priority calls waiting over four hours by "
                                    "district.", "Breakdown provided on 20 February 2043.", "Complete", notes, topic),
        ("PAB 43/10", "27/01/2043", "GMP to confirm the supplier's date for the 101 telephony fix.",
         "Supplier has not yet confirmed a date.", "Open", notes, topic),
    ]
    for ref, when, text, update, status, raised, t in tracker:
        rows.append((ref, when, text, update, status))
        pack.action(text, number=ref, topic=t, meeting_date=raised, update=update,
                    status=status_of(status), status_source="status_column")
    pack.add(T(tuple(rows), (18, 19, 55, 48, 18), header_rows=1))
    finish(pack, "pdf", look)


PACKS = [lincolnshire, merseyside, northamptonshire, cheshire, gloucestershire, sussex, thames_valley, avon_somerset,
         greater_manchester]


def main(prefixes: list[str]) -> None:
    for build in PACKS:
        if not prefixes or any(build.__name__.startswith(p) for p in prefixes):
            build()


if __name__ == "__main__":
    main(sys.argv[1:])
