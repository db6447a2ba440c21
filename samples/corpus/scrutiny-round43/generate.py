"""Held-out scrutiny round 43 (issue 4): nine packs of offices the project has not seen, in the forms
real offices print most often, each in its own office's template. Written blind (see README.md).

Each builder call that prints a meeting heading, an agenda row, a question or an action also writes its
gold record. A PDF record's page is the first page whose pdfplumber text or table cells hold the start of
its key text; the generator stops if a key is on no page. Gold goes to ``gold/`` (it was held out in
``heldout/``, scored once in session 10, then promoted).

    .venv/bin/python samples/corpus/scrutiny-round43/generate.py [NAME-PREFIX ...]
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import scrutiny_common  # noqa: E402,F401  (puts scrutiny-round3's render module on sys.path)
from office_pdf import docx_to_pdf  # noqa: E402
from render import Break, Bul, H, Num, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind for held-out round 43; every record hand-checked against the rendered pages and "
           "`scrutiny inspect` (layout only) by the round's writer; the extractors were never run on it.")
TYPES = ("documents", "meetings", "agenda_items", "assurance_decisions", "actions")
# the printed level -> the contract's level; without a key the word decides (gold-format.md)
LEVELS = {"assured": "Assured", "partly assured": "Partly assured", "partially assured": "Partly assured",
          "not assured": "Not assured", "not assessed": None, "assessment deferred": None}
GREEN, AMBER, RED = "#00b050", "#ffc000", "#ff0000"
MARKUP = re.compile(r"\*\*|\*|\{#[0-9a-fA-F]{6}\||\}")


def plain(text: str) -> str:
    """The words a reader sees: markup gone, whitespace collapsed."""
    return " ".join(MARKUP.sub("", text).split())


class Pack:
    """The blocks of one pack and the gold records its builder calls write."""

    def __init__(self, name: str, force: str, org: str) -> None:
        self.name, self.force, self.org = name, force, org
        self.blocks: list = []
        self.records: dict[str, list[dict]] = {t: [] for t in TYPES}
        self.records["grades"] = []
        self.word = name.endswith(".docx")
        self.furniture: list[str] = []  # running headers and footers

    def add(self, *blocks: object) -> None:
        self.blocks += blocks

    def _rec(self, kind: str, key: str, **fields: object) -> dict:
        record = {"page": None, **fields, "_key": plain(key)}
        self.records[kind].append(record)
        return record

    def document(self, title: str, date: str) -> None:
        record = {"page": None, "file_type": "docx" if self.word else "pdf", "doc_kind": "scrutiny_pack",
                  "status": "ok", "publication_date": None, "title": title, "force": self.force,
                  "organisation": self.org, "meeting_date": date}
        self.records["documents"].append(record)

    def meeting(self, heading: str, date: str, topic: str | None, title: str | None = None) -> None:
        """A meeting whose heading (or front-sheet title) is printed; ``title`` where it differs."""
        self._rec("meetings", heading, meeting_date=date, topic=topic, organisation=self.org,
                  title=title or plain(heading))

    def agenda(self, date: str, header: tuple[str, ...], rows: list[tuple[str, str, str | None]],
               widths: tuple[float, ...], number_fmt: str = "{}", bordered: bool = True,
               presenter_blank: str = "") -> None:
        """An agenda table: number, title, presenter (None prints ``presenter_blank``)."""
        printed = [header]
        for number, title, presenter in rows:
            printed.append((number_fmt.format(number), title, presenter or presenter_blank))
            self._rec("agenda_items", title, meeting_date=date, number=number, title=plain(title),
                      presenter=presenter)
        self.add(T(tuple(printed), widths, header_rows=1, bordered=bordered))

    def decision(self, date: str, topic: str | None, number: str, question: str, evidence: str,
                 level: str, comment: str | None) -> None:
        self._rec("assurance_decisions", question, meeting_date=date, topic=topic, question_number=number,
                  question=plain(question), evidence_summary=plain(evidence),
                  assurance=LEVELS[plain(level).lower()], commentary=plain(comment) if comment else None)

    def action(self, text: str, *, date: str | None, topic: str | None, number: str | None,
               update: str | None, status: str, status_source: str) -> None:
        self._rec("actions", text, meeting_date=date, topic=topic, number=number, text=plain(text),
                  update=plain(update) if update else None, status=status, status_source=status_source,
                  source="action_tracker")


# --- pages and writing ------------------------------------------------------------------------------------

def _norm(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split()).lower()


def _words(text: str) -> list[str]:
    return [w.strip(".,;:()–-?'\"’“”").lower() for w in text.split()]


def set_pages(data: bytes, records: dict[str, list[dict]], blocks: list, furniture: list[str]) -> int:
    """Each record's page: the first page holding the start (45 letters) of its key text, or, where a
    borderless table interleaves its columns, its first eight words in order. Returns the page count;
    stops on a key found on no page and on a word split over two lines (a fragment that is no word of
    the source)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages, words = [], []
        for page in pdf.pages:
            cells = [" ".join(c or "" for c in row) for table in page.extract_tables() for row in table]
            text = (page.extract_text() or "") + " " + " ".join(cells)
            pages.append(_norm(text))
            words.append(_words(text))
        count = len(pdf.pages)
    printed = set(_words(" ".join(_block_texts(blocks) + furniture)))
    split = sorted({w for page in words for w in page if any(c.isalpha() for c in w) and w not in printed})
    if split:
        raise SystemExit(f"words split over two lines (no word of the source): {split}")
    for kind in TYPES:
        for record in records[kind]:
            key = record.get("_key")
            if key is None:
                continue
            start, first = _norm(key)[:45], _words(key)[:8]
            found = [i + 1 for i, text in enumerate(pages) if start in text]
            found = found or [i + 1 for i, page in enumerate(words) if _in_order(first, page)]
            if not found:
                raise SystemExit(f"key on no page: {kind} {key[:60]!r}")
            record["page"] = found[0]
    return count


def _block_texts(blocks: list) -> list[str]:
    """Every string the blocks print, markup gone."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, T):
            for row in block.rows:
                for cell in row:
                    for part in cell if isinstance(cell, tuple) else (cell,):
                        out += part.items if isinstance(part, Bul) else [str(part or "")]
        elif isinstance(block, (Num, Bul)):
            out += block.items
        elif isinstance(block, (H, P)):
            out.append(block.text)
    return [plain(text) for text in out]


def _in_order(wanted: list[str], page: list[str]) -> bool:
    rest = iter(page)
    return all(any(w == got for got in rest) for w in wanted)


def finish(pack: Pack, data: bytes) -> None:
    records = pack.records
    if pack.name.endswith(".pdf"):
        records["documents"][0]["pages"] = set_pages(data, records, pack.blocks, pack.furniture)
    for kind in TYPES:
        for record in records[kind]:
            record.pop("_key", None)
    (HERE / pack.name).write_bytes(data)
    GOLD.mkdir(exist_ok=True)
    gold = {"source_file": pack.name, "expect": "ok", "checked": CHECKED, "records": records}
    (GOLD / f"{pack.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    paged = {t: [r["page"] for r in records[t]] for t in ("assurance_decisions", "actions")}
    print(f"{pack.name}: {len(data)} bytes; pages {paged}")


def as_pdf(pack: Pack, look: PdfLook, title: str) -> bytes:
    pack.furniture += [text for text in (look.header, look.footer) if text]
    return render_pdf(pack.blocks, look, title, pack.org)


def as_docx(pack: Pack, title: str, when: datetime, header: tuple[str, ...] = (), landscape: bool = False) -> bytes:
    pack.furniture += header
    return render_docx(pack.blocks, title=title, author=pack.org, when=when, header=header,
                       landscape_pages=landscape)


# --- the packs --------------------------------------------------------------------------------------------

def northumbria() -> tuple[Pack, bytes]:
    """reportlab, the reference pack's form: Decision of PCC column, a table over a page break with a
    question's cell split, a tracker with a merged Topic and coloured squares under a legend."""
    pack = Pack("northumbria-pcc-sm-2031-03-18-round43.pdf", "Northumbria Police",
                "Police and Crime Commissioner for Northumbria")
    date, prev, topic = "2031-03-18", "2031-01-28", "Rural and Wildlife Crime"
    pack.document("Scrutiny Meeting", date)
    pack.add(P("**Northumbria Police and Crime Commissioner**"), H("Scrutiny Meeting", 1),
             P("**Date:** Tuesday 18 March 2031"), P("**Time:** 10:00am – 12:00 noon"),
             P("**Venue:** Conference Room 2, Middle Engine Lane and Microsoft Teams"))
    pack.meeting("Scrutiny Meeting", date, None)
    pack.add(H("Agenda", 2))
    pack.agenda(date, ("Item", "", "Presented By"), [
        ("1", "Apologies for Absence", "PCC"),
        ("2", "Draft Notes – Scrutiny Meeting (Rural and Wildlife Crime) – 28 January 2031", "PCC"),
        ("3", "Scrutiny Actions 2030/31 – An Update", "Chief of Staff"),
        ("4", "Contact Centre Performance and Call Handling", "Northumbria Police"),
        ("5", "Any Other Business", "PCC"),
        ("6", "Date of the next meeting: Tuesday 22 April 2031 Topic: Retail crime", "PCC")],
        (8, 70, 22), number_fmt="{}.")
    heading = "DRAFT NOTES – SCRUTINY MEETING (RURAL AND WILDLIFE CRIME) – 28 JANUARY 2031"
    pack.add(H(heading, 2))  # straight under the agenda: the questions' table runs over the page break
    pack.meeting(heading, prev, topic)
    pack.add(P("Present: Police and Crime Commissioner (Chair); Chief of Staff; Head of Performance and "
               "Scrutiny; Assistant Chief Constable (Local Policing); Chief Superintendent, Northern Area "
               "Command; Rural Crime Coordinator."),
             P("The Commissioner explained that the meeting would examine how the force protects rural "
               "communities, farms and protected wildlife, following the concerns raised at the autumn "
               "rural crime forums in the north and west of the force area. Each question below was sent to "
               "the force in advance; the force's written answer was taken as read and summarised at the "
               "meeting, and the Commissioner's decision on the level of assurance is recorded against it."),
             P("The decisions use three levels: Assured, Partly Assured and Not Assured."))
    rows = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    qs = [
        ("1", "How many rural crimes were reported in 2030, how does this compare with 2029, and which "
              "offence types account for the change?",
         ("Reported rural crime fell by 6% in 2030, to 1,412 offences.",
          "Theft of quad bikes and trailers fell by a third after the joint operation with two "
          "neighbouring forces.",
          "Theft of fuel and heating oil rose by 14%, concentrated in the last quarter of the year.",
          "Livestock worrying offences were broadly unchanged at 61."),
         "Assured", "The PCC welcomed the fall in vehicle theft and asked that the fuel theft trend be kept "
                    "under review."),
        ("2", "What is the force doing to raise the low rate of positive outcomes for wildlife crime, "
              "and how are officers trained to recognise and record it? Please include the number of "
              "wildlife crime officers, how their time is protected, the training given to call handlers, "
              "and any joint work with partner agencies on raptor persecution and hare coursing.",
         ("The force has 14 trained wildlife crime officers, but their wildlife duties are not protected "
          "and most abstraction happens at weekends.",
          "Positive outcomes for wildlife crime were 7% in 2030, against 9% in 2029.",
          "Call handlers completed a new recording module in November; a check of 100 calls found 81 "
          "correctly classified.",
          "A joint operation on hare coursing with the national wildlife unit and landowners ran from "
          "September to December and led to 12 arrests.",
          "Raptor persecution cases are reviewed by a detective sergeant before they are filed."),
         "Partly Assured", "The PCC recognised the training given to call handlers but was concerned that the "
                           "outcome rate has fallen and that wildlife officers' time is not protected."),
        ("3", "How are victims of rural crime kept informed about their case, and how satisfied are they "
              "with the service they receive?",
         ("The force has no separate measure of rural victims' satisfaction.",
          "Victim updates are recorded in 58% of rural crime investigations, against 74% force-wide."),
         "Not Assured", "The PCC asked for a plan to measure and improve the service to rural victims to come "
                        "to the next meeting on this topic."),
    ]
    for number, question, evidence, level, comment in qs:
        rows.append((f"**{number}. {question}**", (Bul(evidence),), (f"**{level}**", f"*{comment}*")))
        pack.decision(prev, topic, number, question, " ".join(evidence), level, comment)
    pack.add(T(tuple(rows), (34, 44, 22), header_rows=1))
    pack.add(H("Actions", 3))
    minuted = [
        ("That the force share its analysis of fuel and heating oil thefts with the OPCC.",
         "Analysis shared on 3 March 2031.", GREEN),
        ("That the force set out how wildlife crime officers' time will be protected.",
         "Proposal to go to the Chief Officer Team in April 2031.", RED),
        ("That the force bring a plan to measure rural victims' satisfaction to the next rural crime meeting.",
         "Survey questions being drafted with the victims' service.", RED)]
    pack.add(Num(tuple(text for text, _, _ in minuted)))
    pack.add(Break(), H("Scrutiny Actions 2030/31", 2),
             P(f"{{{GREEN}|■}} = Action Complete        {{{RED}|■}} = Action Outstanding"))
    tracker = [("Topic", "Action", "Update", "")]
    older = [
        ("Neighbourhood Policing", "Provide the PCC with the ward-level results of the neighbourhood survey.",
         "Results provided on 10 December 2030.", GREEN),
        ("Neighbourhood Policing", "Confirm when the new neighbourhood abstraction policy will take effect.",
         "The policy takes effect from 1 April 2031.", GREEN),
        ("Neighbourhood Policing", "Report the number of PCSO vacancies in each area command.",
         "Vacancy figures to follow after the spring recruitment round.", RED),
    ]
    for t, text, update, colour in older:
        tracker.append((t, text, update, f"{{{colour}|■}}"))
        pack.action(text, date=None, topic=t, number=None, update=update,
                    status="complete" if colour == GREEN else "outstanding", status_source="glyph_colour")
    for i, (text, update, colour) in enumerate(minuted, 1):
        tracker.append((topic, text, update, f"{{{colour}|■}}"))
        pack.action(text, date=prev, topic=topic, number=str(i), update=update,
                    status="complete" if colour == GREEN else "outstanding", status_source="glyph_colour")
    pack.add(T(tuple(tracker), (18, 40, 34, 8), header_rows=1, spans=((1, 0, 3, 1), (4, 0, 3, 1))))
    look = PdfLook(font="Helvetica", bold_font="Helvetica-Bold", italic_font="Helvetica-Oblique", margin=60)
    return pack, as_pdf(pack, look, "Scrutiny Meeting 18 March 2031")


def avon_somerset() -> tuple[Pack, bytes]:
    """Word->PDF: 'Question N' headings, 'Assurance level:' and 'PCC comment:' lines, actions minuted as
    'PAB 31/07:' lines and printed again in the action log (Status column)."""
    pack = Pack("avon-somerset-pcc-pab-2031-05-13-round43.pdf", "Avon and Somerset Constabulary",
                "Police and Crime Commissioner for Avon and Somerset")
    date, prev, topic = "2031-05-13", "2031-03-11", "Missing people"
    pack.document("Police Accountability Board", date)
    pack.add(P("Avon & Somerset Police & Crime Commissioner"), H("Police Accountability Board", 1),
             P("13 May 2031, 2pm – 4.30pm, Valley Road, Portishead"),
             P("**Theme:** Anti-social behaviour and town centres"))
    pack.meeting("Police Accountability Board", date, "Anti-social behaviour and town centres")
    pack.agenda(date, ("No.", "Item", "Lead"), [
        ("1", "Welcome, introductions and apologies", "PCC"),
        ("2", "Minutes of the meeting held on 11 March 2031", "Strategic Planning and Performance Officer"),
        ("3", "Action log", "Strategic Planning and Performance Officer"),
        ("4", "Anti-social behaviour and town centres", "Chief Superintendent, Neighbourhood Policing"),
        ("5", "Any other business", None)], (8, 60, 32))
    heading = "Minutes of the Police Accountability Board held on 11 March 2031"
    pack.add(Break(), H(heading, 1))
    pack.meeting(heading, prev, topic)
    pack.add(H("1. Welcome and apologies", 2), P("Apologies were received from the Deputy Chief Constable."),
             H("2. Minutes and action log", 2),
             P("The minutes of the meeting held on 14 January 2031 were agreed. The action log was reviewed."),
             H("3. Missing people", 2),
             P("The Head of Public Protection presented the force's paper. The Commissioner's assurance level "
               "is recorded under each question."))
    qs = [
        ("1", "How many people were reported missing in the last twelve months, and how many were children "
              "who went missing more than three times?",
         ("There were 3,960 missing person reports in the year to February 2031, of which 2,210 were "
          "children.", "Ninety-four children went missing more than three times; each has a named "
          "coordinator and a multi-agency plan."),
         "Assured", "The Commissioner welcomed the coordinator model for children who go missing often."),
        ("2", "How does the force make sure that the risk assessment of a missing person is reviewed as the "
              "case goes on?",
         ("Risk is reviewed by an inspector at each handover; an audit of 60 cases found the review "
          "recorded in 47.", "A new prompt in the case system will be introduced in June 2031."),
         "Partially assured", "The Commissioner asked to see the results of the next audit once the "
                              "prompt is in use."),
        ("3", "What return home interviews are offered to children, and how quickly do they take place?",
         ("Return home interviews are carried out by the local authorities under a commissioned contract; "
          "the force does not hold data on how quickly they take place.",),
         "Not assured", "The Commissioner asked the force to agree a shared data set with the local "
                        "authorities."),
    ]
    for number, question, evidence, level, comment in qs:
        pack.add(H(f"Question {number}", 3), P(f"**{question}**"), P("*Response:*"), Bul(evidence),
                 P(f"**Assurance level:** {level}"), P(f"**PCC comment:** {comment}"))
        pack.decision(prev, topic, number, question, " ".join(evidence), level, comment)
    pack.add(H("Actions arising", 3))
    minuted = [
        ("PAB 31/07", "Share the audit of missing person risk reviews once the new prompt has been in use for "
                      "three months.", "Prompt goes live in June 2031; audit to follow in September.",
         "In progress"),
        ("PAB 31/08", "Agree a shared data set on return home interviews with the local authorities.",
         "Data set agreed with four of the five authorities on 30 April 2031.", "Complete")]
    for ref, text, _, _ in minuted:
        pack.add(P(f"**{ref}:** {text}"))
    pack.add(H("4. Any other business", 2), P("There was no other business."))
    pack.add(Break(), H("Police Accountability Board – Action Log", 1))
    rows = [("Ref", "Date raised", "Action", "Owner", "Update", "Status")]
    older = [
        ("PAB 30/41", "12/11/2030", "2030-11-12", "Circulate the evaluation of the drone pilot.",
         "Head of Operations", "Evaluation circulated on 9 January 2031.", "Complete"),
        ("PAB 31/02", "14/01/2031", "2031-01-14", "Report the number of officers trained on the new victim "
                                                 "interview course.", "Head of Learning",
         "", "Not started"),
        ("PAB 31/03", "14/01/2031", "2031-01-14", "Confirm the date of the new custody suite opening.",
         "Head of Estates", "Opening confirmed for 2 June 2031.", "Complete")]
    for ref, shown, iso, text, owner, update, status in older:
        rows.append((ref, shown, text, owner, update, status))
        pack.action(text, date=iso, topic=None, number=ref, update=update or None,
                    status="complete" if status == "Complete" else "outstanding", status_source="status_column")
    for ref, text, update, status in minuted:
        rows.append((ref, "11/03/2031", text, "Head of Public Protection", update, status))
        pack.action(text, date=prev, topic=topic, number=ref, update=update,
                    status="complete" if status == "Complete" else "outstanding", status_source="status_column")
    pack.add(T(tuple(rows), (11, 12, 30, 15, 22, 10), header_rows=1))
    return pack, docx_to_pdf(as_docx(pack, "Police Accountability Board", datetime(2031, 5, 6, 9, 0)))


def cheshire() -> tuple[Pack, bytes]:
    """Word: No. | Question | Response | Outcome | Comments; a deferred level; a tracker with a Status
    column (Complete / Ongoing)."""
    pack = Pack("cheshire-pcc-sb-2031-02-24-round43.docx", "Cheshire Constabulary",
                "Police and Crime Commissioner for Cheshire")
    date, prev, topic = "2031-02-24", "2031-01-13", "Serious and organised crime"
    pack.document("Scrutiny Board", date)
    pack.add(P("**Office of the Police & Crime Commissioner for Cheshire**"), H("Scrutiny Board", 1),
             P("Monday 24 February 2031 at 1.30pm, Clemonds Hey, Winsford"))
    pack.meeting("Scrutiny Board", date, None)
    pack.add(H("Agenda", 2))
    pack.agenda(date, ("Item", "Title", "Presenter"), [
        ("1", "Apologies", "Chair"),
        ("2", "Notes of the previous meeting and action tracker", "Head of Policy"),
        ("3", "Roads policing and fatal collisions", "Superintendent, Roads Policing"),
        ("4", "Stop and search", "Chief Inspector, Equality and Inclusion"),
        ("5", "Date of next meeting", None)], (10, 60, 30), presenter_blank="–")
    heading = "Notes of the Scrutiny Board – 13 January 2031"
    pack.add(Break(), H(heading, 1))
    pack.meeting(heading, prev, topic)
    pack.add(P("**Item 3 – Serious and organised crime**"),
             P("The Detective Chief Superintendent presented the force's response. The Commissioner's outcome "
               "is one of Assured, Partially assured or Not assured."))
    rows = [("No.", "Question", "Response", "Outcome", "Comments")]
    qs = [
        ("1", "How many organised crime groups are mapped in Cheshire, and how has this changed over the "
              "year?", "Thirty-one groups are mapped, down from 36; five were dismantled after county lines "
                       "investigations.", "Assured", "The Commissioner noted the work to dismantle the groups."),
        ("2", "How is the force using ancillary orders to disrupt offenders once they leave prison?",
         "Eleven serious crime prevention orders were obtained in 2030. Offender managers review each order "
         "monthly, but breaches are not yet reported centrally.", "Partially assured",
         "The Commissioner asked for a central record of breaches."),
        ("3", "How much criminal property was recovered under the Proceeds of Crime Act in 2030?",
         "Figures for the year are being reconciled with the regional asset recovery team and will be "
         "available in March.", "Not assessed", "The Commissioner will decide when the reconciled figures "
                                                  "are received."),
    ]
    for number, question, response, level, comment in qs:
        rows.append((number + ".", question, response, level, comment))
        pack.decision(prev, topic, number, question, response, level, comment)
    pack.add(T(tuple(rows), (6, 28, 34, 12, 20), header_rows=1))
    pack.add(P("**Actions agreed**"))
    minuted = [("SB/31/01", "Set up a central record of breaches of serious crime prevention orders.",
                "Record created on the case system; first report due in April.", "Ongoing"),
               ("SB/31/02", "Provide the reconciled Proceeds of Crime Act figures for 2030.",
                "Figures sent to the OPCC on 14 February 2031.", "Complete")]
    pack.add(Bul(tuple(f"{ref} – {text}" for ref, text, _, _ in minuted)))
    pack.add(Break(), H("Scrutiny Board action tracker", 1))
    rows = [("Ref", "Meeting", "Action", "Progress", "Status")]
    older = [("SB/30/19", "9 Dec 2030", "2030-12-09", "Share the findings of the hate crime audit.",
              "Audit findings shared on 20 January 2031.", "Complete"),
             ("SB/30/20", "9 Dec 2030", "2030-12-09", "Explain the rise in theft from shops in Crewe.",
              "Analysis under way with the retail crime team.", "Ongoing")]
    for ref, shown, iso, text, update, status in older:
        rows.append((ref, shown, text, update, status))
        pack.action(text, date=iso, topic=None, number=ref, update=update,
                    status="complete" if status == "Complete" else "outstanding", status_source="status_column")
    for ref, text, update, status in minuted:
        rows.append((ref, "13 Jan 2031", text, update, status))
        pack.action(text, date=prev, topic=topic, number=ref, update=update,
                    status="complete" if status == "Complete" else "outstanding", status_source="status_column")
    pack.add(T(tuple(rows), (11, 13, 34, 30, 12), header_rows=1))
    return pack, as_docx(pack, "Scrutiny Board", datetime(2031, 2, 17, 9, 0))


def cumbria() -> tuple[Pack, bytes]:
    """reportlab landscape: a 'Level of assurance' column; the tracker's RAG cell shaded under a key line."""
    pack = Pack("cumbria-pfcc-pab-2031-04-29-round43.pdf", "Cumbria Constabulary",
                "Police, Fire and Crime Commissioner for Cumbria")
    date, prev, topic = "2031-04-29", "2031-02-25", "Drug-related harm"
    pack.document("Public Accountability Conference", date)
    pack.add(P("**Cumbria Police, Fire & Crime Commissioner**"), H("Public Accountability Conference", 1),
             P("Tuesday 29th April 2031, 10.30am, Carleton Hall, Penrith"),
             P("**Theme:** Road safety"))
    pack.meeting("Public Accountability Conference", date, "Road safety")
    pack.agenda(date, ("Item", "Agenda item", "Lead"), [
        ("1", "Apologies and declarations of interest", "Commissioner"),
        ("2", "Notes of the meeting of 25 February 2031", "Governance Manager"),
        ("3", "Road safety and roads policing", "Superintendent, Operational Support"),
        ("4", "Action log", "Governance Manager"),
        ("5", "Any other business", "Commissioner")], (8, 62, 30))
    heading = "Notes of the Public Accountability Conference held on 25th February 2031"
    pack.add(Break(), H(heading, 2))
    pack.meeting(heading, prev, topic)
    pack.add(P("**Agenda item 3: Drug-related harm**"),
             P("The Detective Superintendent introduced the report. Questions were submitted in advance; "
               "the Commissioner gave a level of assurance on each."))
    rows = [("No.", "Question", "Force response", "Level of assurance", "Commissioner's comments")]
    qs = [
        ("1", "How has the force's response to drug supply in the county's market towns changed since the "
              "last review?", "Three dedicated teams now cover the west coast, Carlisle and the Eden valley. "
                              "Warrants executed rose from 88 to 131 in the year.", "Assured",
         "The Commissioner was pleased to see the increase in warrants."),
        ("2", "How many people were referred to treatment through the drug diversion scheme, and how many "
              "completed it?", "Four hundred and twelve people were referred; completion is recorded by "
                               "the provider and was not available for the meeting.", "Partly assured",
         "The Commissioner asked for completion figures from the provider."),
        ("3", "What is the force doing to reduce drug-related deaths?",
         "Officers in two areas carry naloxone; the roll-out to the rest of the county is paused while "
         "funding is agreed.", "Not assured", "The Commissioner will raise the funding with partners."),
    ]
    for number, question, response, level, comment in qs:
        rows.append((number, question, response, level, comment))
        pack.decision(prev, topic, number, question, response, level, comment)
    pack.add(T(tuple(rows), (5, 26, 33, 12, 24), header_rows=1))
    pack.add(P("**Actions**"))
    minuted = [("PAC-31-04", "Obtain completion figures for the drug diversion scheme from the provider.",
                "Figures received for the first two quarters.", AMBER),
               ("PAC-31-05", "Confirm the funding and timetable for carrying naloxone across the county.",
                "Funding agreed with public health; roll-out completed on 14 April.", GREEN)]
    pack.add(Bul(tuple(f"{ref}: {text}" for ref, text, _, _ in minuted)))
    pack.add(Break(), H("Action log", 2),
             P("RAG key: green – complete; amber – in progress; red – overdue."))
    rows = [("Ref", "Date", "Action", "Update", "RAG")]
    fills = {}
    older = [("PAC-30-22", "26.11.30", "2030-11-26", "Share the results of the rural speed survey.",
              "Survey results shared in January.", GREEN),
             ("PAC-31-01", "21.01.31", "2031-01-21", "Provide the number of officers trained in "
                                                    "vulnerability awareness.", "Training records being "
                                                                                "checked.", RED)]
    for ref, shown, iso, text, update, colour in older:
        fills[(len(rows), 4)] = colour
        rows.append((ref, shown, text, update, ""))
        pack.action(text, date=iso, topic=None, number=ref, update=update,
                    status="complete" if colour == GREEN else "outstanding", status_source="cell_shading")
    for ref, text, update, colour in minuted:
        fills[(len(rows), 4)] = colour
        rows.append((ref, "25.02.31", text, update, ""))
        pack.action(text, date=prev, topic=topic, number=ref, update=update,
                    status="complete" if colour == GREEN else "outstanding", status_source="cell_shading")
    pack.add(T(tuple(rows), (12, 10, 38, 32, 8), header_rows=1, fills=fills))
    look = PdfLook(landscape=True, margin=50, header="Cumbria Police, Fire & Crime Commissioner – Public "
                                                     "Accountability Conference")
    return pack, as_pdf(pack, look, "Public Accountability Conference")


def derbyshire() -> tuple[Pack, bytes]:
    """reportlab, DejaVu Serif, borderless tables: notes of two items, and an update-only action log."""
    pack = Pack("derbyshire-pcc-sam-2031-06-10-round43.pdf", "Derbyshire Constabulary",
                "Police and Crime Commissioner for Derbyshire")
    date, prev = "2031-06-10", "2031-04-08"
    pack.document("Strategic Assurance Meeting", date)
    pack.add(P("**Derbyshire Police and Crime Commissioner**"), H("Strategic Assurance Meeting", 1),
             P("10 June 2031 – 9.30am – Butterley Hall, Ripley"))
    pack.meeting("Strategic Assurance Meeting", date, None)
    pack.agenda(date, ("", "Item", "Officer"), [
        ("1", "Apologies", "Commissioner"),
        ("2", "Notes and action log of the meeting of 8 April 2031", "Head of Governance"),
        ("3", "Fraud and economic crime", "Detective Chief Inspector, Economic Crime"),
        ("4", "Use of force and body-worn video", "Superintendent, Professional Standards"),
        ("5", "Any other business", "Commissioner")], (6, 60, 34), number_fmt="{}.", bordered=False)
    heading = "Notes of the Strategic Assurance Meeting – 8 April 2031"
    pack.add(Break(), H(heading, 2))
    pack.meeting(heading, prev, None)
    pack.add(P("Items 1 and 2 (apologies; the notes of 11 February 2031) were taken as read."))
    items = [
        ("3", "Domestic abuse", [
            ("3.1", "How many domestic abuse protection orders has the force applied for since they became "
                    "available, and how many were granted?",
             "The force applied for 118 orders and 109 were granted; 14 breaches led to arrest.",
             "Assured", "The Commissioner welcomed the high grant rate."),
            ("3.2", "How does the force check the quality of risk assessments made by response officers?",
             "Supervisors review every high-risk assessment; a dip sample of medium-risk cases is planned.",
             "Partly assured", "The Commissioner asked for the dip sample results.")]),
        ("4", "Retail crime", [
            ("4.1", "How has shop theft changed in Derby city centre over the last year?",
             "Recorded shop theft rose 19%; a business crime officer was appointed in January.",
             "Partly assured", "The Commissioner asked how repeat offenders are being managed."),
            ("4.2", "How quickly are shop theft reports with CCTV attended?",
             "Median attendance was 26 hours; no target has been set.", "Not assured",
             "The Commissioner asked the force to set a target.")]),
    ]
    for number, title, qs in items:
        pack.add(H(f"{number}. {title}", 3))
        rows = [("No.", "Question", "Response", "Assurance", "Comment")]
        for qn, question, response, level, comment in qs:
            rows.append((qn, question, response, level, comment))
            pack.decision(prev, title, qn, question, response, level, comment)
        pack.add(T(tuple(rows), (6, 27, 30, 16, 21), header_rows=1, bordered=False))
    pack.add(P("**Actions:** the actions agreed are recorded in the action log below (SAM 31/09 – SAM 31/11)."))
    pack.add(Break(), H("Action log", 2))
    rows = [("Ref", "Date", "Action", "Update")]
    log = [
        ("SAM 31/02", "11 Feb 31", "2031-02-11", "Circulate the force's new missing persons "
                                                      "policy.", "Policy circulated on 3 March 2031.",
         "complete"),
        ("SAM 31/09", "8 Apr 31", "2031-04-08", "Report the results of the dip sample of "
                                                                  "medium-risk assessments.",
         "Dip sample under way; results expected in July.", "outstanding"),
        ("SAM 31/10", "8 Apr 31", "2031-04-08", "Explain how repeat shop theft offenders are "
                                                                "managed.",
         "Completed – briefing note sent to the Commissioner on 2 May 2031.", "complete"),
        ("SAM 31/11", "8 Apr 31", "2031-04-08", "Set a target for attending shop theft "
                                                                "reports with CCTV.",
         "A target will be proposed to the force's performance board in June.", "outstanding")]
    for ref, shown, iso, text, update, status in log:
        rows.append((ref, shown, text, update))
        # the log prints no topic; the notes cover two items, so the rows of that meeting take none
        pack.action(text, date=iso, topic=None, number=ref, update=update, status=status,
                    status_source="inferred_from_update")
    pack.add(T(tuple(rows), (13, 11, 38, 38), header_rows=1, bordered=False))
    look = register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font, body_size=10.5,
                   cell_size=9.5, margin=64)
    return pack, as_pdf(pack, look, "Strategic Assurance Meeting")


def kent() -> tuple[Pack, bytes]:
    """Word->PDF, long pack: a PCC Decision column, a performance paper between the notes and the
    tracker, a tracker with Progress and Status columns."""
    pack = Pack("kent-pcc-pab-2031-01-22-round43.pdf", "Kent Police", "Police and Crime Commissioner for Kent")
    date, prev, topic = "2031-01-22", "2030-11-20", "Violence against women and girls"
    pack.document("Performance and Accountability Board", date)
    pack.add(P("**Kent Police and Crime Commissioner**"), H("Performance and Accountability Board", 1),
             P("Wednesday 22 January 2031, 10:00, Sutton Road, Maidstone"))
    pack.meeting("Performance and Accountability Board", date, None)
    pack.agenda(date, ("Item", "Title", "Presenter"), [
        ("1", "Apologies for absence", "Commissioner"),
        ("2", "Minutes of the meeting held on 20 November 2030", "Commissioner"),
        ("3", "Quarterly performance report", "Head of Performance"),
        ("4", "Call handling and response times", "Chief Superintendent, Contact Management"),
        ("5", "Action tracker", "Head of Performance"),
        ("6", "Any other business", "Commissioner")], (8, 62, 30))
    heading = "Minutes of the Performance and Accountability Board – 20 November 2030"
    pack.add(Break(), H(heading, 1))
    pack.meeting(heading, prev, topic)
    pack.add(P("**Present:** Police and Crime Commissioner; Chief Constable; Deputy Chief Constable; Chief "
               "Executive, OPCC."),
             H("1. Apologies", 2), P("None received."),
             H("2. Violence against women and girls", 2),
             P("The Assistant Chief Constable presented the paper. The Commissioner's decision on each "
               "question is recorded in the table."))
    rows = [("Q", "Question", "Summary of response", "PCC Decision")]
    qs = [
        ("1", "How many stalking protection orders did the force obtain in the year, and how are they "
              "monitored?", "Forty-four orders were obtained, up from 27. A dedicated officer checks "
                            "compliance with each order every fortnight.", "Assured",
         "The Commissioner noted the rise in orders."),
        ("2", "What is the force doing to increase the charge rate for rape?",
         "The charge rate rose from 5% to 7%. A joint team with the Crown Prosecution Service now reviews "
         "cases at an early stage, and victim attrition is tracked weekly.", "Partly Assured",
         "The Commissioner recognised the progress but the rate remains low."),
        ("3", "How does the force make sure that complaints of misconduct against officers involving "
              "violence against women are investigated independently?",
         "Cases are referred to the Independent Office for Police Conduct where the criteria are met; "
         "the force could not say how many had been referred this year.", "Not Assured",
         "The Commissioner asked for the referral figures."),
        ("4", "How many officers have completed the new training on coercive control?",
         "Eighty-two per cent of frontline officers have completed it.", "Assured", ""),
    ]
    for number, question, response, level, comment in qs:
        decision = (f"**{level}**", f"*{comment}*") if comment else f"**{level}**"
        rows.append((number, question, response, decision))
        pack.decision(prev, topic, number, question, response, level, comment or None)
    pack.add(T(tuple(rows), (5, 33, 40, 22), header_rows=1))
    pack.add(P("**Actions**"))
    minuted = [("PAB148", "Provide the number of misconduct referrals to the Independent Office for Police "
                          "Conduct involving violence against women.",
                "Figures provided to the OPCC on 12 December 2030.", "Complete"),
               ("PAB149", "Share the weekly victim attrition report for rape cases with the OPCC.",
                "The OPCC now receives the report each Monday.", "Complete"),
               ("PAB150", "Present an update on the joint review team at a future meeting.",
                "Scheduled for the March 2031 meeting.", "Open")]
    pack.add(Num(tuple(text for _, text, _, _ in minuted)))
    pack.add(H("3. Any other business", 2), P("There was no other business."))
    pack.add(Break(), H("Quarterly performance report – quarter 3, 2030/31", 1),
             P("This report sets out the force's performance against the measures in the Police and Crime "
               "Plan. Figures are for the twelve months to 31 December 2030 unless stated."),
             T((("Measure", "Twelve months to Dec 2029", "Twelve months to Dec 2030", "Change"),
                ("Total recorded crime", "171,240", "166,815", "-2.6%"),
                ("Victim-based crime", "150,112", "146,390", "-2.5%"),
                ("Emergency calls answered within 10 seconds", "88.4%", "91.2%", "+2.8 pts"),
                ("Non-emergency calls answered within 5 minutes", "61.0%", "70.5%", "+9.5 pts"),
                ("Emergency attendance within target (urban)", "79.3%", "81.0%", "+1.7 pts"),
                ("Positive outcome rate (all crime)", "11.9%", "12.6%", "+0.7 pts")),
               (40, 20, 20, 20), header_rows=1),
             P("Call answering has improved after the recruitment of 40 call handlers in the summer. The fall "
               "in recorded crime is led by vehicle offences and burglary; violence with injury is stable."),
             P("The force expects to meet the non-emergency call target of 75% by the end of the year."))
    pack.add(Break(), H("Performance and Accountability Board – Action Tracker", 1))
    rows = [("Ref", "Date", "Action", "Progress", "Status")]
    older = [("PAB141", "18/09/30", "2030-09-18", "Confirm when the new rural crime team will be fully "
                                                 "staffed.", "Fully staffed from 4 November 2030.",
              "Complete"),
             ("PAB145", "18/09/30", "2030-09-18", "Report on the use of drones in missing person searches.",
              "Report delayed until the new flight records system is in place.", "Open")]
    for ref, shown, iso, text, update, status in older:
        rows.append((ref, shown, text, update, status))
        pack.action(text, date=iso, topic=None, number=ref, update=update,
                    status="complete" if status == "Complete" else "outstanding", status_source="status_column")
    for ref, text, update, status in minuted:
        rows.append((ref, "20/11/30", text, update, status))
        pack.action(text, date=prev, topic=topic, number=ref, update=update,
                    status="complete" if status == "Complete" else "outstanding", status_source="status_column")
    pack.add(T(tuple(rows), (10, 10, 38, 30, 12), header_rows=1))
    return pack, docx_to_pdf(as_docx(pack, "Performance and Accountability Board", datetime(2031, 1, 15, 9, 0),
                                     header=("Kent Police and Crime Commissioner – Performance and "
                                             "Accountability Board",)))


def lancashire() -> tuple[Pack, bytes]:
    """Word with a running header: numbered minute paragraphs, 'Assurance level:' lines, a question put
    for information, and an action log with a Status column (Closed / Open)."""
    pack = Pack("lancashire-pcc-sab-2031-03-04-round43.docx", "Lancashire Constabulary",
                "Police and Crime Commissioner for Lancashire")
    date, prev, topic = "2031-03-04", "2031-01-21", "Neighbourhood policing"
    pack.document("Strategic Scrutiny Board", date)
    pack.add(H("Strategic Scrutiny Board", 1), P("Police and Crime Commissioner for Lancashire"),
             P("Date: 4th March 2031   Time: 2.00pm   Venue: County Hall, Preston"),
             P("**Focus of the meeting:** Serious violence"))
    pack.meeting("Strategic Scrutiny Board", date, "Serious violence")
    pack.agenda(date, ("No.", "Agenda Item", "Lead Officer"), [
        ("1", "Welcome and apologies", "Commissioner"),
        ("2", "Minutes of the last meeting (21 January 2031)", "Chief Executive"),
        ("3", "Serious violence", "Detective Chief Superintendent, Crime"),
        ("4", "Action log", "Chief Executive"),
        ("5", "Any other business", "Commissioner")], (8, 62, 30))
    heading = "Minutes of the Strategic Scrutiny Board held on 21st January 2031"
    pack.add(Break(), H(heading, 1))
    pack.meeting(heading, prev, topic)
    pack.add(P("**Present:** Police and Crime Commissioner (Chair); Chief Constable; Chief Executive; Chief "
               "Finance Officer."),
             H("1. Apologies", 2), P("Apologies were received from the Deputy Chief Constable."),
             H("2. Neighbourhood policing", 2),
             P("The Chief Superintendent for Local Policing presented the report."))
    qs = [
        ("1", "How many neighbourhood officers and PCSOs are in post against the establishment?",
         "There are 612 officers and 281 PCSOs in post, against an establishment of 640 and 300. The gap is "
         "expected to close by September.", "Partially assured",
         "The Commissioner asked for the gap to be reported each quarter."),
        ("2", "How often are neighbourhood officers taken away from their wards to cover response duties?",
         "Abstraction fell from 23% to 15% of shifts since the new policy in October.", "Assured",
         "The Commissioner welcomed the fall in abstraction."),
        ("3", "How many ward surgeries were held in the last quarter?",
         "Four hundred and six surgeries were held across the county.", None, None),
    ]
    for number, question, response, level, comment in qs:
        pack.add(P(f"2.{number}  **Question {number}: {question}**"), P(response))
        if level is None:
            # asked for information; the minutes say no level was sought: no record
            pack.add(P("*This question was asked for information; no assurance level was sought.*"))
            continue
        pack.add(P(f"**Assurance level:** {level}"), P(f"**Commissioner's comment:** {comment}"))
        pack.decision(prev, topic, number, question, response, level, comment)
    pack.add(P("**Actions**"))
    minuted = [("SSB 01/31", "Report the gap between neighbourhood posts and the establishment each quarter.",
                "Added to the quarterly performance report from April 2031.", "Open"),
               ("SSB 02/31", "Share the abstraction figures for each district.",
                "Figures shared on 6 February 2031.", "Closed")]
    pack.add(Bul(tuple(f"{ref} – {text}" for ref, text, _, _ in minuted)))
    pack.add(H("3. Any other business", 2), P("None."))
    pack.add(Break(), H("Strategic Scrutiny Board – action log", 1))
    rows = [("Action No.", "Meeting date", "Action", "Owner", "Update", "Status")]
    older = [("SSB 14/30", "3rd December 2030", "2030-12-03", "Circulate the evaluation of the knife crime "
                                                              "surrender week.", "Head of Partnerships",
              "Evaluation circulated on 10 January 2031.", "Closed")]
    for ref, shown, iso, text, owner, update, status in older:
        rows.append((ref, shown, text, owner, update, status))
        pack.action(text, date=iso, topic=None, number=ref, update=update,
                    status="complete" if status == "Closed" else "outstanding", status_source="status_column")
    for ref, text, update, status in minuted:
        rows.append((ref, "21st January 2031", text, "Chief Superintendent, Local Policing", update, status))
        pack.action(text, date=prev, topic=topic, number=ref, update=update,
                    status="complete" if status == "Closed" else "outstanding", status_source="status_column")
    pack.add(T(tuple(rows), (11, 14, 29, 16, 20, 10), header_rows=1))
    return pack, as_docx(pack, "Strategic Scrutiny Board", datetime(2031, 2, 25, 9, 0),
                         header=("OFFICIAL", "Police and Crime Commissioner for Lancashire"))


def surrey() -> tuple[Pack, bytes]:
    """reportlab with a cover page and running footer: the agenda on page 2, an Assurance column with
    Q-numbers, and a tracker with a Status column (Complete / In progress)."""
    pack = Pack("surrey-pcc-pam-2031-02-11-round43.pdf", "Surrey Police", "Police and Crime Commissioner for Surrey")
    date, prev, topic = "2031-02-11", "2030-12-09", "Contact and 101"
    pack.document("Performance and Accountability Meeting", date)
    pack.add(P("Office of the Police and Crime Commissioner for Surrey", size=14),
             H("Performance and Accountability Meeting", 1), P("11 February 2031", size=14),
             P("Meeting papers"), Break(), H("Agenda", 2),
             P("Tuesday 11 February 2031, 10am – 12pm, Mount Browne, Guildford"),
             P("**Theme:** Rural crime"))
    pack.meeting("Performance and Accountability Meeting", date, "Rural crime")
    pack.agenda(date, ("Item", "Title", "Presented by"), [
        ("1", "Welcome and apologies", "PCC"),
        ("2", "Notes of the meeting of 9 December 2030 and matters arising", "Head of Performance and Governance"),
        ("3", "Rural crime", "Chief Inspector, Rural Crime"),
        ("4", "Action tracker", "Head of Performance and Governance"),
        ("5", "Any other business", "PCC")], (8, 60, 32))
    heading = "Notes – Performance and Accountability Meeting (Contact and 101) – 9 December 2030"
    pack.add(Break(), H(heading, 2))
    pack.meeting(heading, prev, topic)
    pack.add(P("The PCC's assurance on each question is recorded in the final column."))
    rows = [("No.", "Question", "Response", "Assurance")]
    qs = [
        ("1", "How long do callers to 101 wait for an answer, and how has this changed since the summer?",
         "The average wait fell from 9 minutes in July to 4 minutes in November after the digital desk "
         "opened.", "Assured"),
        ("2", "What proportion of 101 callers abandon the call, and what happens to them?",
         "Abandonment was 14% in November; callers who abandon are not called back.", "Partly assured"),
        ("3", "How are online reports triaged and how quickly is the reporter contacted?",
         "Online reports are triaged within 24 hours but the force does not measure when the reporter is "
         "first contacted.", "Not assured"),
    ]
    for number, question, response, level in qs:
        rows.append((f"Q{number}", question, response, level))
        pack.decision(prev, topic, number, question, response, level, None)
    pack.add(T(tuple(rows), (7, 35, 40, 18), header_rows=1))
    pack.add(P("**Actions**"))
    minuted = [("PAM 30/22", "Consider calling back 101 callers who abandon their call.",
                "A call-back trial begins in March 2031.", "In progress"),
               ("PAM 30/23", "Measure the time taken to first contact people who report online.",
                "Measure added to the contact dashboard in January 2031.", "Complete")]
    pack.add(Bul(tuple(f"{ref}: {text}" for ref, text, _, _ in minuted)))
    pack.add(Break(), H("Action tracker 2030/31", 2))
    rows = [("Ref", "Raised", "Action", "Update", "Status")]
    older = [("PAM 30/15", "Oct 2030", None, "Provide the outcome of the fleet review.",
              "Review reported to the PCC on 28 November 2030.", "Complete"),
             ("PAM 30/18", "Oct 2030", None, "Share the plan for the new Guildford custody suite.",
              "Plan to be shared once the design is approved.", "In progress")]
    for ref, shown, iso, text, update, status in older:
        rows.append((ref, shown, text, update, status))
        # a month with no day is no date: meeting_date null
        pack.action(text, date=iso, topic=None, number=ref, update=update,
                    status="complete" if status == "Complete" else "outstanding", status_source="status_column")
    for ref, text, update, status in minuted:
        rows.append((ref, "Dec 2030", text, update, status))
        pack.action(text, date=prev, topic=topic, number=ref, update=update,
                    status="complete" if status == "Complete" else "outstanding", status_source="status_column")
    pack.add(T(tuple(rows), (12, 11, 35, 30, 12), header_rows=1))
    look = PdfLook(margin=66, footer="Surrey OPCC – Performance and Accountability Meeting – 11 February 2031")
    return pack, as_pdf(pack, look, "Performance and Accountability Meeting")


def west_midlands() -> tuple[Pack, bytes]:
    """Word->PDF: a mayoral office chaired by the Deputy Mayor; merged topic rows in the decisions table,
    a 'Level of assurance' column, and a tracker of coloured squares under a legend."""
    pack = Pack("west-midlands-dmpc-pab-2031-06-03-round43.pdf", "West Midlands Police",
                "Deputy Mayor for Policing and Crime")
    date, prev, topic = "2031-06-03", "2031-04-01", "Knife crime"
    pack.document("Police Accountability Board", date)
    pack.add(P("**West Midlands Combined Authority – Mayor of the West Midlands**"),
             H("Police Accountability Board", 1),
             P("**Chair:** Deputy Mayor for Policing and Crime"),
             P("Tuesday 3 June 2031, 11.00am, Lloyd House, Birmingham"))
    pack.meeting("Police Accountability Board", date, None)
    pack.agenda(date, ("Item", "Subject", "Lead"), [
        ("1", "Apologies", "Deputy Mayor"),
        ("2", "Notes of the meeting held on 1 April 2031", "Deputy Mayor"),
        ("3", "Action tracker", "Head of Accountability"),
        ("4", "Road harm and speeding", "Chief Superintendent, Roads Policing"),
        ("5", "Youth justice and out-of-court resolutions", "Assistant Chief Constable"),
        ("6", "Any other business", "Deputy Mayor")], (8, 60, 32))
    heading = "Notes of the Police Accountability Board – 1 April 2031"
    pack.add(Break(), H(heading, 1))
    pack.meeting(heading, prev, topic)
    pack.add(P("Attendees: Deputy Mayor for Policing and Crime (Chair); Chief Constable; Head of "
               "Accountability; Assistant Chief Constable, Crime."),
             H("Item 3 – Knife crime", 2))
    rows = [("Ref", "Question", "Summary of response", "Level of assurance")]
    spans = [(1, 0, 1, 4)]
    rows.append(("**Prevention and early intervention**", None, None, None))
    qs = [
        ("KC1", "How many young people were referred to the violence reduction partnership's mentoring "
                "scheme, and what happened after?", "Three hundred and forty young people were referred; "
                                                     "71% had no further police contact in six months.",
         "Assured"),
        ("KC2", "How does the force work with schools to identify children at risk of carrying a knife?",
         "School liaison officers cover 62 of 110 secondary schools; the force is bidding for funding to "
         "cover the rest.", "Partly assured"),
        ("KC3", "How many knife crime prevention orders have been applied for since the pilot began?",
         "Nineteen orders were applied for and 17 granted; the force has not yet evaluated their effect.",
         "Partly assured"),
        ("KC4", "How quickly are robberies of young people with a knife investigated and charged?",
         "The median time to charge was 96 days, against 61 days a year ago.", "Not assured"),
    ]
    for i, (ref, question, response, level) in enumerate(qs):
        if i == 2:
            spans.append((len(rows), 0, 1, 4))
            rows.append(("**Enforcement**", None, None, None))
        rows.append((ref, question, response, f"**{level}**"))
        pack.decision(prev, topic, ref, question, response, level, None)
    pack.add(T(tuple(rows), (8, 38, 38, 16), header_rows=1, spans=tuple(spans)))
    pack.add(P("**Actions agreed**"))
    minuted = [("PAB/31/06", "Provide the evaluation plan for knife crime prevention orders.",
                "Evaluation plan agreed with the university partner in May.", GREEN),
               ("PAB/31/07", "Explain the rise in the time taken to charge robberies with a knife.",
                "Report being prepared for the July board.", AMBER)]
    pack.add(Num(tuple(f"{ref} {text}" for ref, text, _, _ in minuted)))
    pack.add(Break(), H("Police Accountability Board – action tracker", 1),
             P(f"Key: {{{GREEN}|■}} Complete   {{{AMBER}|■}} In progress   {{{RED}|■}} Not started"))
    rows = [("No.", "Date agreed", "Action", "Update", "RAG")]
    older = [("PAB/31/02", "4 February 2031", "2031-02-04", "Share the findings of the stop and search "
                                                           "scrutiny panel.", "Findings shared on 2 March.",
              GREEN),
             ("PAB/31/03", "4 February 2031", "2031-02-04", "Set out the plan for the new Digbeth custody "
                                                           "block.", "", RED)]
    for ref, shown, iso, text, update, colour in older:
        rows.append((ref, shown, text, update, f"{{{colour}|■}}"))
        pack.action(text, date=iso, topic=None, number=ref, update=update or None,
                    status="complete" if colour == GREEN else "outstanding", status_source="glyph_colour")
    for ref, text, update, colour in minuted:
        rows.append((ref, "1 April 2031", text, update, f"{{{colour}|■}}"))
        pack.action(text, date=prev, topic=topic, number=ref, update=update,
                    status="complete" if colour == GREEN else "outstanding", status_source="glyph_colour")
    pack.add(T(tuple(rows), (12, 14, 36, 30, 8), header_rows=1))
    return pack, docx_to_pdf(as_docx(pack, "Police Accountability Board", datetime(2031, 5, 27, 9, 0)))


PACKS: list[Callable[[], tuple[Pack, bytes]]] = [
    northumbria, avon_somerset, cheshire, cumbria, derbyshire, kent, lancashire, surrey, west_midlands]


def main(prefixes: list[str]) -> None:
    for build in PACKS:
        pack, data = build()
        if prefixes and not any(pack.name.startswith(p) for p in prefixes):
            continue
        finish(pack, data)


if __name__ == "__main__":
    main(sys.argv[1:])
