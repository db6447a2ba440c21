"""Round 42 (blind fix round, issue 4): nine scrutiny packs of PCC and mayoral offices in forms the corpus has
not tried, each with its gold in gold/ (written blind with its gold in pending/, promoted in session 10
once the extractors passed on it).

    .venv/bin/python samples/corpus/scrutiny-round42/generate.py [NAME-PREFIX ...]

Each builder call that prints a question, an action, an agenda row or a meeting heading also writes its gold
record. A PDF record's `page` is the first page whose pdfplumber text (of the page, or of its left or right half,
for two-column pages) or table cells hold the first 45 letters and digits of its key text; the generator stops
if a key is on no page, or if a word of a PDF table cell is not a word of the source (a word split in a cell).
Needs LibreOffice (`soffice`), `taskset` and `setarch` for the three Word->PDF packs.
"""

from __future__ import annotations

import io
import json
import re
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pdfplumber
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # office_pdf
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))  # render (and samples/ for generator.model)

import office_pdf  # noqa: E402
from render import (GLYPH_FONT, HEADING_SIZES, Break, Bul, H, Num, P, PdfLook, T, _markup, _pdf_table,  # noqa: E402
                    _register_ttf, _style, register_dejavu_serif, render_docx, render_pdf)

from generator.model import plain  # noqa: E402

GOLD = HERE / "gold"
TYPES = ("documents", "meetings", "agenda_items", "assurance_decisions", "actions", "grades")
CHECKED = ("Written blind for fix round 42 (session 10) before any extractor was run on it; every record written by "
           "the builder call that prints it and checked against page images and pdfplumber text by the round's writer.")
WHEN = datetime(2030, 6, 1, 9, 0, 0)
GREEN, AMBER, RED, GREY = "#00a651", "#ffc000", "#e03c31", "#a6a6a6"


def long_date(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.strftime('%A')} {d.day} {d.strftime('%B %Y')}"


def day_month(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


class Gold:
    """The gold records of one pack, each with the text that finds its page."""

    def __init__(self, name: str, org: str, force: str) -> None:
        self.name, self.org, self.force = name, org, force
        self.records: dict[str, list[dict]] = {t: [] for t in TYPES}
        self.keys: list[tuple[dict, str, int]] = []
        self.floor = 1  # the first page a key is looked for on: the notes' records are never on the front sheet

    def _add(self, kind: str, record: dict, key: str | None) -> dict:
        self.records[kind].append(record)
        if key is not None:
            self.keys.append((record, key, self.floor))
        return record

    def document(self, title: str, meeting_date: str, publication_date: str | None = None) -> None:
        self.records["documents"].append({
            "page": None, "file_type": "pdf" if self.name.endswith(".pdf") else "docx", "doc_kind": "scrutiny_pack",
            "status": "ok", "publication_date": publication_date, "title": title, "force": self.force,
            "organisation": self.org, "meeting_date": meeting_date})

    def meeting(self, meeting_date: str, title: str, topic: str | None, key: str | None = None) -> None:
        self._add("meetings", {"page": None, "meeting_date": meeting_date, "topic": topic, "organisation": self.org,
                               "title": plain(title)}, plain(key or title))

    def agenda(self, meeting_date: str, number: str, title: str, presenter: str | None) -> None:
        self._add("agenda_items", {"page": None, "meeting_date": meeting_date, "number": number, "title": title,
                                   "presenter": presenter}, title)

    def decision(self, meeting_date: str, topic: str | None, number: str | None, question: str,
                 evidence: str | None, assurance: str | None, commentary: str | None) -> None:
        self._add("assurance_decisions", {
            "page": None, "meeting_date": meeting_date, "topic": topic, "question_number": number,
            "question": question, "evidence_summary": evidence, "assurance": assurance, "commentary": commentary},
            question)

    def action(self, meeting_date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
               status: str, status_source: str, source: str = "action_tracker") -> None:
        self._add("actions", {"page": None, "meeting_date": meeting_date, "topic": topic, "number": number,
                              "text": text, "update": update, "status": status, "status_source": status_source,
                              "source": source}, text)


# --- pages and split words -------------------------------------------------------------------------------

def _letters(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def _words(text: str) -> set[str]:
    out = set()
    for word in plain(text).split():
        word = word.strip(".,;:()[]'\"‘’“”?!–-/")
        if word:
            out.add(word.lower())
            out.update(part.lower() for part in re.split(r"[-/–]", word) if part)
    return out


def _source_words(blocks: list) -> set[str]:
    words: set[str] = set()

    def add(content: object) -> None:
        if content is None:
            return
        if isinstance(content, tuple):
            for part in content:
                add(part)
        elif isinstance(content, Bul | Num):
            for item in content.items:
                words.update(_words(item))
        else:
            words.update(_words(str(content)))

    for block in blocks:
        if isinstance(block, H | P):
            words.update(_words(block.text))
        elif isinstance(block, Bul | Num):
            add(block)
        elif isinstance(block, T):
            for row in block.rows:
                for content in row:
                    add(content)
    return words


def set_pdf_pages(data: bytes, gold: Gold, blocks: list) -> int:
    """Set every keyed record's page from the PDF's own text; stop on a key on no page or a split cell word."""
    source = _source_words(blocks)
    texts: list[str] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            parts = [page.extract_text() or ""]
            half = page.width / 2
            parts.append(page.crop((0, 0, half, page.height)).extract_text() or "")
            parts.append(page.crop((half, 0, page.width, page.height)).extract_text() or "")
            for table in page.extract_tables():
                for row in table:
                    for cell in row:
                        if not cell:
                            continue
                        parts.append(cell)
                        for word in cell.split():
                            bare = word.strip(".,;:()[]'\"‘’“”?!–-/").lower()
                            if bare and bare not in source and not re.fullmatch(r"[\W\d]+", bare):
                                raise SystemExit(f"{gold.name} p{page.page_number}: cell word {word!r} is split "
                                                 f"or not in the source ({cell!r})")
            texts.append("\n".join(_letters(p) for p in parts))
        pages = len(pdf.pages)
    for record, key, floor in gold.keys:
        needle = _letters(plain(key))[:45]
        found = next((i + 1 for i, text in enumerate(texts) if i + 1 >= floor and needle in text), None)
        if found is None:
            raise SystemExit(f"{gold.name}: key {key[:60]!r} is on no page")
        record["page"] = found
    gold.records["documents"][0]["pages"] = pages
    return pages


# --- writing ---------------------------------------------------------------------------------------------

def write(gold: Gold, data: bytes, blocks: list) -> None:
    if gold.name.endswith(".pdf"):
        set_pdf_pages(data, gold, blocks)
    (HERE / gold.name).write_bytes(data)
    GOLD.mkdir(exist_ok=True)
    doc = {"source_file": gold.name, "expect": "ok", "checked": CHECKED, "records": gold.records}
    (GOLD / f"{gold.name}.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    counts = {t: len(gold.records[t]) for t in TYPES if t != "documents"}
    pages = {t: [r["page"] for r in gold.records[t]] for t in ("assurance_decisions", "actions")}
    print(f"{gold.name}: {len(data)} bytes; {counts}; pages {pages}")


def agenda_table(gold: Gold, meeting_date: str, header: tuple[str, ...], rows: list[tuple[str, ...]],
                 widths: tuple[float, ...], presenter_col: int | None = 2, title_col: int = 1,
                 english=lambda s: s) -> T:
    """An agenda table; each row an agenda item (number in column 0)."""
    for row in rows:
        presenter = row[presenter_col] if presenter_col is not None else None
        presenter = english(presenter) if presenter and presenter.strip() not in {"–", "-"} else None
        gold.agenda(meeting_date, row[0].rstrip("."), english(row[title_col]), presenter)
    return T(rows=(tuple(f"**{h}**" for h in header),) + tuple(rows), widths=widths, header_rows=1)


def docx_pack(blocks: list, title: str, header: tuple[str, ...] = (), landscape_pages: bool = False) -> bytes:
    return render_docx(blocks, title=title, author="OPCC", when=WHEN, header=header, landscape_pages=landscape_pages)


# --- 1. Surrey: reportlab, Common (an Assurance level column; a Status column tracker) ----------------------

def surrey() -> None:
    name = "surrey-pcc-pam-2030-10-15-round42.pdf"
    g = Gold(name, "Police and Crime Commissioner for Surrey", "Surrey Police")
    this, notes, earlier = "2030-10-15", "2030-08-13", "2030-07-09"
    board = "Performance and Accountability Meeting"
    g.document(board, this)
    g.meeting(this, board, "Rural and wildlife crime")
    blocks: list = [
        P("**Office of the Police and Crime Commissioner for Surrey**"),
        H(board),
        P(f"**Date:** {long_date(this)}\n**Time:** 10.00 – 12.00\n**Venue:** Committee Room 2, Force Headquarters"),
        P("**Theme:** Rural and wildlife crime"),
        H("Agenda", 2),
        agenda_table(g, this, ("Item", "Title", "Presented by"), [
            ("1", "Welcome and apologies", "Police and Crime Commissioner"),
            ("2", f"Notes of the meeting held on {day_month(notes)}", "Head of Performance, OPCC"),
            ("3", "Action tracker", "Head of Performance, OPCC"),
            ("4", "Rural and wildlife crime", "Assistant Chief Constable, Local Policing"),
            ("5", "Any other business", "–"),
        ], (1, 6, 4)),
        Break(),
    ]
    g.floor = 2
    heading = f"Notes of the Performance and Accountability Meeting held on {day_month(notes)}"
    topic = "Hate crime reporting and outcomes"
    g.meeting(notes, heading, topic)
    blocks += [H(heading, 2), P(f"**Theme:** {topic}"),
               P("**1. Apologies.** Apologies were received from the Deputy Chief Constable. **2. Notes and actions.** "
                 "The notes of the July meeting were agreed; the action tracker is below."),
               H(f"3. {topic}", 3)]
    questions = [
        ("1", "How many hate crimes were reported in the last quarter, and how does that compare with a year ago?",
         "412 hate crimes were recorded, 6% more than a year ago; the rise is mostly in online reports.",
         "Assured", "Assured", "The Commissioner welcomed the clearer recording of online reports."),
        ("2", "What share of hate crimes end with a charge or summons?",
         "8% of cases ended in a charge or summons; victims withdrew support in a third of the rest.",
         "Partially assured", "Partly assured", "The Commissioner wants the reasons for withdrawal analysed."),
        ("3", "Are third-party reporting centres still open in every borough?",
         "Four of the eleven centres closed when funding ended in March.",
         "Not assured", "Not assured", "The Commissioner asked for a plan to reopen the centres."),
        ("4", "Has the new hate crime training reached every response officer?",
         "The training started in July; completion figures will be ready in October.",
         "Not assessed", None, "To be assessed at the October meeting, when the completion figures are ready."),
    ]
    rows = [("**No.**", "**Question**", "**Response**", "**Assurance level**", "**Commissioner's comment**")]
    for number, question, response, printed, level, comment in questions:
        rows.append((number, question, response, printed, comment))
        g.decision(notes, topic, number, question, response, level, comment)
    blocks.append(T(rows=tuple(rows), widths=(0.7, 2.8, 3.1, 1.8, 2.6), header_rows=1))
    minuted = [("PAM 30/21", "Analyse why victims of hate crime withdraw their support for a prosecution.",
                "Analysis presented to the OPCC on 24 September 2030.", "Complete", "complete"),
               ("PAM 30/22", "Bring a plan to reopen the closed third-party reporting centres.",
                "Two centres have agreed to reopen; talks with the others continue.", "Open", "outstanding")]
    blocks.append(P("**Actions**"))
    blocks += [P(f"**{ref}** – {text}") for ref, text, *_ in minuted]
    blocks += [Break(), H("Action tracker 2030/31", 2)]
    tracker = [("PAM 30/14", earlier, "Publish the rural crime team's quarterly results on the force website.",
                "Results for April to June published on 2 August 2030.", "Complete", "complete", None),
               ("PAM 30/17", earlier, "Review the number of wildlife crime officers in each division.",
                "Review under way; findings due at the December meeting.", "In progress", "outstanding", None)]
    tracker += [(ref, notes, text, update, word, status, topic) for ref, text, update, word, status in minuted]
    rows = [("**Ref**", "**Raised**", "**Action**", "**Update**", "**Status**")]
    for ref, raised, text, update, word, status, row_topic in tracker:
        rows.append((ref, date.fromisoformat(raised).strftime("%d/%m/%Y"), text, update, word))
        g.action(raised, row_topic, ref, text, update, status, "status_column")
    blocks.append(T(rows=tuple(rows), widths=(1.2, 1.2, 3.6, 3.4, 1.3), header_rows=1))
    look = PdfLook(header="OFFICIAL", footer="Performance and Accountability Meeting")
    write(g, render_pdf(blocks, look, board, "OPCC Surrey"), blocks)


# --- 2. Gloucestershire: Word->PDF, Common (the reference pack's form) ------------------------------------

def gloucestershire() -> None:
    name = "gloucestershire-pcc-ab-2030-09-24-round42.pdf"
    g = Gold(name, "Police and Crime Commissioner for Gloucestershire", "Gloucestershire Constabulary")
    this, notes = "2030-09-24", "2030-07-23"
    board = "Accountability Board"
    g.document(board, this)
    g.meeting(this, board, None)
    blocks: list = [
        H("Police and Crime Commissioner for Gloucestershire"), H(board, 2),
        P(f"**Date: {long_date(this)}**"), P("**Time: 2.00pm – 4.00pm**"), P("**Venue: OPCC Boardroom / Teams**"),
        H("Agenda", 2),
        agenda_table(g, this, ("Item", "Title", "Presented By"), [
            ("1.", "Apologies for Absence", "PCC"),
            ("2.", f"Draft Notes – Accountability Board (Drug-Related Harm) – {day_month(notes)}", "PCC"),
            ("3.", "Accountability Board Actions 2030/31 – An Update", "PCC"),
            ("4.", "Custody and Detainee Welfare", "Gloucestershire Constabulary"),
            ("5.", "Any Other Business", "PCC"),
            ("6.", "Date of the next meeting: Tuesday 26 November 2030 Topic: Road Safety", "PCC"),
        ], (0.6, 6, 2.4)),
        Break(),
    ]
    topic = "Drug-Related Harm"
    g.floor = 2
    heading = f"DRAFT NOTES – ACCOUNTABILITY BOARD (DRUG-RELATED HARM) – {day_month(notes).upper()}"
    g.meeting(notes, heading, topic)
    blocks.append(P(f"**{heading}**"))
    questions = [
        ("1", "How has the force changed its approach to drug-related deaths since the local review in March?",
         ("Every drug-related death is now reviewed by a panel within 28 days.",
          "Naloxone is carried by 240 trained officers, up from 60.",
          "The force shares a weekly list of repeat overdoses with treatment services."),
         "Assured", "Assured", "The PCC welcomes the wider carrying of naloxone."),
        ("2", "What does the force know about the supply routes into the county's two largest towns?",
         ("Six county lines were active in June, against eleven a year ago.",
          "The intelligence picture on supply through parcels and couriers is incomplete."),
         "Partly Assured", "Partly assured", "The PCC asks for the parcel supply picture at the next Board."),
        ("3", "How many referrals to drug treatment did officers make from custody?",
         ("Referrals fell from 310 to 190 in the year after the custody contract changed.",
          "No data is yet held on how many people started treatment."),
         "Not Assured", "Not assured", "The PCC expects the referral scheme to be restored by December."),
    ]
    rows = [("**Question**", "**Brief Summary of Evidence**", "**Decision of PCC**")]
    for number, question, evidence, printed, level, comment in questions:
        rows.append((f"**{number}. {question}**", (Bul(evidence),), (f"**{printed}**", f"*{comment}*")))
        g.decision(notes, topic, number, question, " ".join(evidence), level, comment)
    blocks.append(T(rows=tuple(rows), widths=(3, 4.5, 2.5), header_rows=1))
    minuted = [("AB 30/09", "Present the intelligence picture on drug supply by parcel and courier.",
                "Briefing given to the PCC on 2 September 2030.", "Complete", "complete"),
               ("AB 30/10", "Restore custody referrals to drug treatment and report starts of treatment.",
                "New provider in place from October; first figures in January.", "Outstanding", "outstanding")]
    blocks += [P("**Actions**"), Num(tuple(text for _, text, *_ in minuted)), Break(),
               P("**Accountability Board Actions 2030/31**")]
    earlier_topic = "Neighbourhood Policing"
    tracker = [(earlier_topic, "AB 30/05", "Publish ward-level neighbourhood team contact details online.",
                "Contact details published for every ward in June.", "Complete", "complete"),
               (earlier_topic, "AB 30/06", "Report on abstraction of neighbourhood officers to response duties.",
                "Report being drafted; due at the November Board.", "Outstanding", "outstanding")]
    tracker += [(topic, ref, text, update, word, status) for ref, text, update, word, status in minuted]
    rows = [("**Topic**", "**Ref**", "**Action**", "**Update**", "**Status**")]
    for i, (row_topic, ref, text, update, word, status) in enumerate(tracker):
        rows.append((row_topic if i % 2 == 0 else None, ref, text, update, word))
        is_minuted = row_topic == topic
        g.action(notes if is_minuted else None, row_topic, ref, text, update, status, "status_column")
    blocks.append(T(rows=tuple(rows), widths=(1.8, 1.3, 3.4, 3.4, 1.5), header_rows=1,
                    spans=((1, 0, 2, 1), (3, 0, 2, 1))))
    data = office_pdf.docx_to_pdf(docx_pack(blocks, board, header=("Police and Crime Commissioner for Gloucestershire",)))
    write(g, data, blocks)


# --- 3. Thames Valley: Word->PDF, New (numbered questions, the level in brackets after each answer) --------

def thames_valley() -> None:
    name = "thames-valley-pcc-pam-2030-11-19-round42.pdf"
    g = Gold(name, "Police and Crime Commissioner for Thames Valley", "Thames Valley Police")
    this, notes, earlier = "2030-11-19", "2030-09-17", "2030-07-16"
    board = "Public Accountability Meeting"
    g.document(board, this)
    g.meeting(this, board, "Serious violence and knife crime")
    blocks: list = [
        P("**Office of the Police and Crime Commissioner for Thames Valley**"), H(board),
        P(f"{long_date(this)}, 10.30am, Kidlington and online"),
        P("**Theme:** Serious violence and knife crime"),
        agenda_table(g, this, ("Item", "Agenda item", "Lead"), [
            ("1", "Apologies", "PCC"),
            ("2", f"Minutes of the meeting held on {day_month(notes)}", "Chief Executive, OPCC"),
            ("3", "Action log", "Chief Executive, OPCC"),
            ("4", "Serious violence and knife crime", "Deputy Chief Constable"),
            ("5", "Any other business", ""),
        ], (0.7, 5, 3)),
        Break(),
    ]
    g.floor = 2
    heading = f"Minutes of the Public Accountability Meeting held on {day_month(notes)}"
    topic = "Roads policing"
    g.meeting(notes, heading, topic)
    blocks += [H(heading, 2), P("**Present:** PCC (chair), Chief Executive, Chief Constable, Head of Roads Policing."),
               H("1. Apologies", 3), P("There were no apologies."),
               H("2. Minutes and action log", 3), P("The minutes of the July meeting were agreed as a true record."),
               H(f"3. {topic}", 3),
               P("The Chief Constable was asked the questions below. The PCC's level of assurance follows each answer "
                 "in brackets.")]
    questions = [
        ("How many people were killed or seriously injured on the roads of the force area this year?",
         "318 people were killed or seriously injured by August, 4% fewer than last year.",
         "Assured", "Assured", None),
        ("How quickly are reports of dangerous driving sent in with dashcam footage dealt with?",
         "Most are reviewed within ten days, but a backlog of 900 built up in the summer.",
         "Partly assured", "Partly assured", "The PCC asked for the backlog to be cleared by the end of the year."),
        ("How many drink and drug driving tests were made during the summer campaign?",
         "1,240 breath and drug tests were made, 30% fewer than in the last summer campaign.",
         "Not assured", "Not assured", "The PCC expects the December campaign to test more drivers."),
        ("Has the road safety partnership agreed its new casualty reduction target?",
         "The partnership meets in October to agree the target.",
         "Not assessed", None, "The PCC will assess this once the partnership has agreed the target."),
    ]
    for number, (question, answer, printed, level, comment) in enumerate(questions, start=1):
        blocks.append(Num((f"**{question}**",)))
        blocks.append(P(f"{answer} ({printed})", indent=18))
        if comment:
            blocks.append(P(f"*PCC comment: {comment}*", indent=18))
        g.decision(notes, topic, str(number), question, answer, level, comment)
    minuted = [("PAM 30/31", "Clear the backlog of dashcam reports of dangerous driving.",
                "Backlog down to 120 reports; cleared by December.", "N", "outstanding"),
               ("PAM 30/32", "Share the plan for the December drink and drug driving campaign.",
                "Plan shared with the OPCC on 30 October 2030.", "Y", "complete")]
    blocks += [H("4. Any other business", 3), P("None."), P("**Actions agreed**"),
               Bul(tuple(f"{ref}: {text}" for ref, text, *_ in minuted)), Break(), H("Action log", 2),
               P("Closed (Y/N): Y – the action is closed; N – the action remains open.")]
    tracker = [("PAM 30/24", earlier, "Report the number of roads policing officers trained in collision investigation.",
                "Figures reported in August: 46 officers trained.", "Y", "complete", None),
               ("PAM 30/26", earlier, "Bring the rural speed camera review to a future meeting.",
                "Review will come to the January meeting.", "N", "outstanding", None)]
    tracker += [(ref, notes, text, update, yn, status, topic) for ref, text, update, yn, status in minuted]
    rows = [("**Ref**", "**Meeting**", "**Action**", "**Update**", "**Closed (Y/N)**")]
    for ref, raised, text, update, yn, status, row_topic in tracker:
        rows.append((ref, day_month(raised), text, update, yn))
        g.action(raised, row_topic, ref, text, update, status, "status_column")
    blocks.append(T(rows=tuple(rows), widths=(1.3, 1.6, 3.4, 3.4, 1.2), header_rows=1))
    write(g, office_pdf.docx_to_pdf(docx_pack(blocks, board)), blocks)


# --- 4. MOPAC: Word->PDF, New (the level in each question's heading; a tracker split by meeting) ---------

def mopac() -> None:
    name = "mopac-dmpc-oab-2030-12-12-round42.pdf"
    g = Gold(name, "Deputy Mayor for Policing and Crime", "Metropolitan Police Service")
    this, notes, earlier = "2030-12-12", "2030-10-10", "2030-08-15"
    board = "Oversight and Accountability Board"
    g.document(board, this)
    g.meeting(this, board, None)
    blocks: list = [
        P("**MAYOR OF LONDON OFFICE FOR POLICING AND CRIME**"), H(board),
        P(f"**Date:** {long_date(this)}, 14:00"), P("**Chair:** Deputy Mayor for Policing and Crime"),
        agenda_table(g, this, ("No.", "Item", "Lead"), [
            ("1", "Welcome and apologies", "DMPC"),
            ("2", f"Minutes of the meeting of {day_month(notes)} and action tracker", "MOPAC Secretariat"),
            ("3", "Neighbourhood policing and town centre teams", "Assistant Commissioner, Met Operations"),
            ("4", "Stop and search: community monitoring", "Commander, Territorial Policing"),
            ("5", "Any other business", "DMPC"),
        ], (0.6, 5.5, 3.5)),
        Break(),
    ]
    g.floor = 2
    heading = f"Oversight and Accountability Board – minutes of the meeting held on {day_month(notes)}"
    topic = "Violence against women and girls"
    g.meeting(notes, heading, topic)
    blocks += [H(heading, 2),
               P("**Present:** Deputy Mayor for Policing and Crime (Chair); MOPAC Chief Executive; Deputy Commissioner."),
               H("1. Welcome and apologies", 3), P("Apologies were received from the Commissioner."),
               H("2. Minutes and actions", 3), P("The minutes of the August meeting were agreed."),
               H(f"3. {topic}", 3),
               P("The DMPC's judgement on each question is given in its heading.")]
    questions = [
        ("1", "Partially assured", "Partly assured",
         "How many officers facing allegations of violence against women are on restricted duties?",
         "All 212 officers with open allegations are on restricted duties; 40 cases are older than a year.",
         "The DMPC wants the older cases concluded faster."),
        ("2", "Assured", "Assured",
         "Has the specialist rape investigation model reached every borough?",
         "The model has been in every borough since June; charge rates for rape rose from 5% to 8%.", None),
        ("3", "Not assured", "Not assured",
         "How many stalking protection orders were applied for this year?",
         "Eleven orders were applied for, against a target of sixty.",
         "The DMPC asked for a plan to increase applications."),
        ("4", "Not assessed", None,
         "What has the independent review of the Met's vetting of new recruits found?",
         "The review will report in November.",
         "To be assessed when the review has reported."),
    ]
    for number, printed, level, question, response, comment in questions:
        blocks += [H(f"Question {number} – {printed}", 3), P(f"**{question}**"), P(f"*MPS response:* {response}")]
        if comment:
            blocks.append(P(f"*DMPC comment:* {comment}"))
        g.decision(notes, topic, number, question, response, level, comment)
    minuted = [("OAB 30/40", "Report how long misconduct cases about violence against women take to conclude.",
                "Report received on 20 November 2030.", "Closed", "complete"),
               ("OAB 30/41", "Bring a plan to increase applications for stalking protection orders.",
                "Plan in draft with the Legal Services team.", "Open", "outstanding")]
    blocks += [P("**Actions**")] + [P(f"{ref} – {text}") for ref, text, *_ in minuted]
    blocks += [H("4. Any other business", 3), P("There was no other business."), Break(), H("Action tracker", 2)]
    groups = [(earlier, None, [
        ("OAB 30/31", "Share the evaluation of the town centre patrol pilot.",
         "Evaluation shared with MOPAC on 3 September 2030.", "Closed", "complete"),
        ("OAB 30/33", "Provide the numbers of officers in safer neighbourhood teams by borough.",
         "Data being checked; to follow in January.", "Open", "outstanding")]),
        (notes, topic, minuted)]
    for raised, row_topic, rows_in in groups:
        blocks.append(H(f"Actions from the Board of {day_month(raised)}", 3))
        rows = [("**Ref**", "**Action**", "**Update**", "**Status**")]
        for ref, text, update, word, status in rows_in:
            rows.append((ref, text, update, word))
            g.action(raised, row_topic, ref, text, update, status, "status_column")
        blocks.append(T(rows=tuple(rows), widths=(1.3, 4, 3.7, 1.2), header_rows=1))
    write(g, office_pdf.docx_to_pdf(docx_pack(blocks, board, header=("MOPAC – OFFICIAL",))), blocks)


# --- 5. Lancashire: Word, New (levels only in a closing sentence; dated updates in the tracker) ----------

def lancashire() -> None:
    name = "lancashire-pcc-ab-2030-11-05-round42.docx"
    g = Gold(name, "Police and Crime Commissioner for Lancashire", "Lancashire Constabulary")
    this, notes, earlier = "2030-11-05", "2030-09-03", "2030-07-09"
    board = "Accountability Board"
    g.document(board, this)
    g.meeting(this, board, "Fraud and economic crime")
    blocks: list = [
        P("**Police and Crime Commissioner for Lancashire**"), H(board),
        P(f"**Date:** {long_date(this)}   **Time:** 1.30pm   **Venue:** Hutton, Conference Room 1"),
        P("**Focus of the meeting:** Fraud and economic crime"),
        agenda_table(g, this, ("No.", "Item", "Lead"), [
            ("1", "Apologies", "Commissioner"),
            ("2", f"Notes of the Board held on {day_month(notes)} and action log", "Chief of Staff"),
            ("3", "Fraud and economic crime", "Detective Chief Superintendent, Economic Crime"),
            ("4", "Any other business", "–"),
        ], (0.6, 5.5, 3.5)),
        Break(),
    ]
    g.floor = 2
    heading = f"Notes of the Accountability Board held on {day_month(notes)}"
    topic = "Anti-social behaviour on public transport"
    g.meeting(notes, heading, topic)
    blocks += [H(heading), H("1. Apologies", 2), P("Apologies were received from the Deputy Chief Constable."),
               H("2. Notes and action log", 2), P("The notes of 9 July were agreed. The action log is below."),
               H(f"3. {topic}", 2),
               P("The Commissioner put five questions to the force; the answers are summarised below and his "
                 "assurance is recorded at the end of the item.")]
    questions = [
        ("How many incidents of anti-social behaviour on buses and trains were reported this year?",
         "1,870 incidents were reported to the end of July, 12% more than a year ago, most on evening buses."),
        ("Are officers patrolling the bus and rail stations named as hotspots?",
         "Patrols cover four of the six hotspot stations; two are covered only at weekends."),
        ("How does the force share information with the bus and rail operators?",
         "A shared incident log has been in use with all operators since May."),
        ("How many dispersal orders were used at stations, and with what result?",
         "Dispersal orders were used 14 times, but the force could not say whether incidents fell afterwards."),
    ]
    for number, (question, answer) in enumerate(questions, start=1):
        blocks += [P(f"**Q{number}** {question}"), P(answer)]
    blocks += [P("**Q5** How many staff does each operator employ on its own security team?"),
               P("The force will write to the operators; the question was put for information and no assurance "
                 "was sought on it.")]
    levels = {1: "Assured", 2: "Partly assured", 3: "Assured", 4: "Not assured"}
    for number, (question, answer) in enumerate(questions, start=1):
        g.decision(notes, topic, str(number), question, answer, levels[number], None)
    blocks += [H("Summary of assurance", 3),
               P("Having heard the answers, the Commissioner was assured on questions 1 and 3, partly assured on "
                 "question 2 and not assured on question 4.")]
    minuted = [("AB 30/11", "Agree a joint patrol plan with the bus and rail operators for the hotspot stations.",
                ("10/09: Meeting with the operators arranged for late September.",
                 "01/10: Meeting held; the joint patrol plan was agreed and is in place.")),
               ("AB 30/12", "Show whether dispersal orders at stations reduce incidents.",
                ("12/09: Briefing note on the data completed.",
                 "14/10: The analysis will be presented at the January Board."))]
    blocks += [P("**Actions**")] + [P(f"**{ref}** – {text}") for ref, text, _ in minuted]
    blocks += [H("4. Any other business", 2), P("None."), Break(), H("Action log", 2)]
    tracker = [("AB 30/04", earlier, "Launch the business crime reporting scheme in every district.",
                ("15/07: Draft scheme sent to partners.", "20/08: Scheme launched in all three districts."),
                "complete", None),
               ("AB 30/07", earlier, "Map repeat shoplifting offenders across the county.",
                ("22/07: Analyst assigned.", "28/08: Mapping delayed by access to data; now expected in November."),
                "outstanding", None),
               ("AB 30/11", notes, minuted[0][1], minuted[0][2], "complete", topic),
               ("AB 30/12", notes, minuted[1][1], minuted[1][2], "outstanding", topic)]
    rows = [("**Ref**", "**Raised**", "**Action**", "**Updates**")]
    for ref, raised, text, updates, status, row_topic in tracker:
        rows.append((ref, date.fromisoformat(raised).strftime("%d/%m/%Y"), text, updates))
        g.action(raised, row_topic, ref, text, " ".join(updates), status, "inferred_from_update")
    blocks.append(T(rows=tuple(rows), widths=(1.2, 1.3, 3.5, 4.5), header_rows=1))
    write(g, docx_pack(blocks, board, header=("Office of the Police and Crime Commissioner for Lancashire",)), blocks)


# --- 6. North Yorkshire: Word, New (a coloured dot against a legend; a Done column of check boxes) --------

def north_yorkshire() -> None:
    name = "north-yorkshire-dmpc-pam-2030-10-22-round42.docx"
    g = Gold(name, "Deputy Mayor for Policing, Fire and Crime", "North Yorkshire Police")
    this, notes, earlier = "2030-10-22", "2030-08-27", "2030-07-02"
    board = "Public Accountability Meeting"
    g.document(board, this)
    g.meeting(this, board, "Missing children")
    blocks: list = [
        P("**York and North Yorkshire Combined Authority – Policing, Fire and Crime**"), H(board),
        P("**Chair:** Deputy Mayor for Policing, Fire and Crime"),
        P(f"**Date:** {long_date(this)}, 10.00am"), P("**Theme:** Missing children"),
        agenda_table(g, this, ("Item", "Business", "Lead"), [
            ("1", "Apologies and declarations of interest", "Deputy Mayor"),
            ("2", f"Notes of the meeting held on {day_month(notes)}", "Head of Accountability"),
            ("3", "Action log", "Head of Accountability"),
            ("4", "Missing children", "Superintendent, Safeguarding"),
            ("5", "Any other business", "Deputy Mayor"),
        ], (0.6, 5.5, 3.5)),
        Break(),
    ]
    g.floor = 2
    heading = f"Notes of the Public Accountability Meeting held on {day_month(notes)}"
    topic = "Domestic abuse: arrests and outcomes"
    g.meeting(notes, heading, topic)
    blocks += [H(heading), H("1. Apologies", 2), P("Apologies from the Assistant Chief Constable."),
               H("2. Notes and actions", 2), P("The notes of 2 July were agreed."),
               H(f"3. {topic}", 2),
               P(f"**Assurance key:** {{{GREEN}|●}} the Deputy Mayor is assured   {{{AMBER}|●}} the Deputy Mayor is "
                 f"partly assured   {{{RED}|●}} the Deputy Mayor is not assured   {{{GREY}|●}} not yet assessed")]
    questions = [
        ("DA1", "What is the arrest rate for domestic abuse crimes, and how has it changed?",
         "The arrest rate is 41%, up from 33% a year ago, after a change to the response model.",
         GREEN, "Assured", "The Deputy Mayor praised the rise in arrests."),
        ("DA2", "How many domestic abuse cases end in a charge?",
         "12% end in a charge; in a quarter of the others the victim did not support a prosecution.",
         AMBER, "Partly assured", "The Deputy Mayor wants more evidence-led prosecutions."),
        ("DA3", "Are domestic violence protection notices followed by an order in court?",
         "Only 58% of notices were followed by an application for an order, against 85% nationally.",
         RED, "Not assured", "The Deputy Mayor asked for the reasons to be reported."),
        ("DA4", "What do victims say about the service they received?",
         "The victim survey closes in September; results will be ready in October.",
         GREY, None, None),
    ]
    rows = [("**Ref**", "**Question**", "**Force response**", "**Assurance**", "**Deputy Mayor's comment**")]
    for ref, question, response, colour, level, comment in questions:
        rows.append((ref, question, response, f"{{{colour}|●}}", comment or ""))
        g.decision(notes, topic, ref, question, response, level, comment)
    blocks.append(T(rows=tuple(rows), widths=(0.7, 3, 3.3, 1.2, 2.6), header_rows=1))
    minuted = [("PAM 30/31", "Increase the number of evidence-led domestic abuse prosecutions.",
                "Evidence-led prosecution guide issued to all investigators in September.", "☑", "complete"),
               ("PAM 30/32", "Report why notices are not followed by applications for an order.",
                "Review started; report due at the December meeting.", "☐", "outstanding")]
    blocks += [P("**Actions agreed**")] + [P(f"{ref} – {text}") for ref, text, *_ in minuted]
    blocks += [H("4. Any other business", 2), P("None."), Break(), H("Action log", 2),
               P("☑ = done   ☐ = not yet done")]
    tracker = [("PAM 30/20", earlier, "Publish response times for emergency calls in rural areas.",
                "Published on the combined authority website in August.", "☑", "complete", None),
               ("PAM 30/23", earlier, "Review the use of body-worn video at domestic abuse incidents.",
                "Dip sample of 200 incidents under way.", "☐", "outstanding", None)]
    tracker += [(ref, notes, text, update, box, status, topic) for ref, text, update, box, status in minuted]
    rows = [("**Ref**", "**Meeting**", "**Action**", "**Update**", "**Done**")]
    for ref, raised, text, update, box, status, row_topic in tracker:
        rows.append((ref, day_month(raised), text, update, box))
        g.action(raised, row_topic, ref, text, update, status, "status_column")
    blocks.append(T(rows=tuple(rows), widths=(1.2, 1.6, 3.5, 3.5, 0.9), header_rows=1))
    write(g, docx_pack(blocks, board), blocks)


# --- 7. Devon and Cornwall: reportlab, New (empty RAG cells against a colour key; Done / Overdue / Due) ---

def devon_cornwall() -> None:
    name = "devon-cornwall-pcc-ssb-2030-12-03-round42.pdf"
    org = "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"
    g = Gold(name, org, "Devon and Cornwall Police")
    this, notes, earlier = "2030-12-03", "2030-10-01", "2030-08-06"
    board = "Strategic Scrutiny Board"
    g.document(board, this, publication_date="2030-11-26")
    g.meeting(this, board, "Drug supply and county lines")
    blocks: list = [
        P(f"**Office of the {org}**"), H(board),
        P(f"{long_date(this)}, 09.30, Middlemoor"), P("Published: 26 November 2030"),
        P("**Theme:** Drug supply and county lines"),
        agenda_table(g, this, ("No.", "Item", "Lead", "Paper"), [
            ("1", "Apologies", "Commissioner", "–"),
            ("2", f"Record of the Board held on {day_month(notes)}", "Head of Scrutiny", "A"),
            ("3", "Action log", "Head of Scrutiny", "B"),
            ("4", "Drug supply and county lines", "Detective Superintendent, Serious and Organised Crime", "C"),
            ("5", "Any other business", "", "–"),
        ], (0.6, 4.3, 4, 0.8)),
        Break(),
    ]
    g.floor = 2
    heading = f"Paper A – Record of the Strategic Scrutiny Board held on {day_month(notes)}"
    topic = "Fraud against older people"
    g.meeting(notes, heading, topic)
    blocks += [H(heading, 2),
               P("Items 1 and 2 (apologies; the record of 6 August) were taken as read."),
               H(f"3. {topic}", 3),
               P("The Commissioner's assurance on each question is shown by the colour of the RAG cell:"),
               T(rows=(("**Colour**", "**What it means**"),
                       ("Green", "The Commissioner is assured."),
                       ("Amber", "The Commissioner is partly assured and expects further work."),
                       ("Red", "The Commissioner is not assured."),
                       ("Grey", "Not yet assessed.")),
                 widths=(1.2, 6), header_rows=1,
                 fills={(1, 0): GREEN, (2, 0): AMBER, (3, 0): RED, (4, 0): GREY})]
    questions = [
        ("1", "How many older victims of fraud received a visit from the economic crime team?",
         "All 164 victims over 75 who reported fraud were visited within five days.",
         GREEN, "Assured", "The Commissioner thanked the team."),
        ("2", "How much money was returned to victims of courier fraud?",
         "£310,000 of £1.2 million lost was returned; recovery depends on banks acting quickly.",
         AMBER, "Partly assured", "The Commissioner will raise recovery with the banks."),
        ("3", "How is the force working with banks to stop payments to fraudsters?",
         "A banking protocol is used in branches, but only two of six banks share alerts by phone.",
         AMBER, "Partly assured", None),
        ("4", "How many fraud reports from older people are investigated locally?",
         "Only 9% of reports sent back by the national centre were investigated.",
         RED, "Not assured", "The Commissioner asked for an investigation standard."),
        ("5", "Has the fraud prevention campaign for care homes been evaluated?",
         "The evaluation is due in December.",
         GREY, None, "To be assessed when the evaluation is available."),
    ]
    rows = [("**No.**", "**Question**", "**Force response**", "**RAG**", "**Commissioner's comments**")]
    fills = {}
    for i, (number, question, response, colour, level, comment) in enumerate(questions, start=1):
        rows.append((number, question, response, "", comment or ""))
        fills[(i, 3)] = colour
        g.decision(notes, topic, number, question, response, level, comment)
    blocks.append(T(rows=tuple(rows), widths=(0.7, 3.2, 3.5, 0.7, 2.6), header_rows=1, fills=fills))
    minuted = [("SSB 30/41", "Agree a standard for investigating fraud reports from older people",
                "Standard agreed by the force executive on 4 November 2030.", "Done", "complete"),
               ("SSB 30/42", "Report the evaluation of the care home fraud prevention campaign",
                "Evaluation report expected at the December Board.", "Due", "outstanding")]
    blocks += [P("**Actions:**"), Bul(tuple(f"{text} ({ref})" for ref, text, *_ in minuted)), Break(),
               H("Paper B – Action log", 2),
               P("**Status:** Done – completed; Overdue – open and past its target date; Due – open, within its "
                 "target date.")]
    tracker = [("SSB 30/31", earlier, "Report on the use of closure orders at drug houses",
                "Report given to the Commissioner in September.", "Done", "complete", None),
               ("SSB 30/33", earlier, "Review call handling for reports of exploitation of children",
                "Review not yet started; target date was 30 September.", "Overdue", "outstanding", None)]
    tracker += [(ref, notes, text, update, word, status, topic) for ref, text, update, word, status in minuted]
    rows = [("**Ref**", "**Board**", "**Action**", "**Update**", "**Target date**", "**Status**")]
    targets = iter(("30/09/2030", "30/09/2030", "30/11/2030", "31/12/2030"))
    for ref, raised, text, update, word, status, row_topic in tracker:
        rows.append((ref, date.fromisoformat(raised).strftime("%d/%m/%Y"), text, update, next(targets), word))
        g.action(raised, row_topic, ref, text, update, status, "status_column")
    blocks.append(T(rows=tuple(rows), widths=(1.1, 1.2, 2.8, 2.8, 1.3, 1.3), header_rows=1))
    look = PdfLook(margin=60, footer="Strategic Scrutiny Board")
    write(g, render_pdf(blocks, look, board, "OPCC Devon and Cornwall"), blocks)


# --- 8. South Wales: reportlab, New (every label, level and status in Welsh and English) ------------------

def south_wales() -> None:
    name = "south-wales-pcc-sb-2030-10-08-round42.pdf"
    g = Gold(name, "Police and Crime Commissioner for South Wales", "South Wales Police")
    this, notes, earlier = "2030-10-08", "2030-08-20", "2030-07-09"
    board = "Scrutiny Board"
    english = lambda s: s.split(" / ")[-1]  # noqa: E731  the English side of a bilingual cell
    g.document(board, this)
    g.meeting(this, board, "Neighbourhood policing")
    blocks: list = [
        P("**Comisiynydd Heddlu a Throseddu De Cymru / Police and Crime Commissioner for South Wales**"),
        H("Bwrdd Craffu / Scrutiny Board"),
        P("**Dyddiad / Date:** Dydd Mawrth 8 Hydref 2030 / Tuesday 8 October 2030"),
        P("**Thema / Theme:** Plismona yn y gymdogaeth / Neighbourhood policing"),
        agenda_table(g, this, ("Eitem / Item", "Teitl / Title", "Arweinydd / Lead"), [
            ("1", "Ymddiheuriadau / Apologies", "Comisiynydd / Commissioner"),
            ("2", "Cofnodion y cyfarfod diwethaf / Minutes of the last meeting", "Prif Weithredwr / Chief Executive"),
            ("3", "Log gweithredu / Action log", "Prif Weithredwr / Chief Executive"),
            ("4", "Plismona yn y gymdogaeth / Neighbourhood policing", "Prif Gwnstabl Cynorthwyol / Assistant Chief Constable"),
            ("5", "Unrhyw fater arall / Any other business", "–"),
        ], (1.3, 5, 3.7), english=english),
        Break(),
    ]
    g.floor = 2
    heading = f"Minutes of the Scrutiny Board held on {day_month(notes)}"
    topic = "Hate crime"
    g.meeting(notes, heading, topic)
    blocks += [H(f"Cofnodion y Bwrdd Craffu a gynhaliwyd ar 20 Awst 2030 / {heading}", 2),
               P("**1–2.** Ymddiheuriadau a chofnodion / Apologies and minutes: the minutes of 9 July were agreed."),
               H("3. Troseddau casineb / Hate crime", 3)]
    questions = [
        ("1", "How many hate crimes were reported in the first half of the year?",
         "640 hate crimes were reported, 3% fewer than in the same months last year.",
         "Wedi'i sicrhau / Assured", "Assured", "The Commissioner noted the steady figures."),
        ("2", "How many victims of hate crime were referred to the victim support service?",
         "71% of victims were referred; the rest declined or could not be contacted.",
         "Wedi'i sicrhau'n rhannol / Partly assured", "Partly assured", "The Commissioner asked for follow-up of those not contacted."),
        ("3", "Does the force record the language a victim chose to report in?",
         "The language of choice is not yet recorded in the crime system.",
         "Heb ei sicrhau / Not assured", "Not assured", "The Commissioner expects this to be recorded from January."),
        ("4", "How many hate crimes in the night-time economy involved door staff?",
         "The force will report this once licensing data has been matched.",
         "Heb ei asesu / Not assessed", None, "To be assessed at the October Board."),
    ]
    rows = [("**Rhif / No.**", "**Cwestiwn / Question**", "**Ymateb / Response**", "**Lefel sicrwydd / Level of assurance**",
             "**Sylw'r Comisiynydd / Commissioner's comment**")]
    for number, question, response, printed, level, comment in questions:
        rows.append((f"C{number} / Q{number}", question, response, printed, comment))
        g.decision(notes, topic, number, question, response, level, comment)
    blocks.append(T(rows=tuple(rows), widths=(1, 2.9, 2.9, 1.8, 2.4), header_rows=1))
    minuted = [("SB 30/15", "Follow up victims of hate crime who were not referred to victim support.",
                "Follow-up calls made to all 190 victims in September.", "Wedi'i gwblhau / Complete", "complete"),
               ("SB 30/16", "Record the victim's language of choice in the crime system.",
                "Change requested from the system supplier; due in January.", "Ar agor / Open", "outstanding")]
    blocks += [P("**Camau gweithredu / Actions**")] + [P(f"**{ref}:** {text}") for ref, text, *_ in minuted]
    blocks += [Break(), H("Log gweithredu / Action log", 2)]
    tracker = [("SB 30/09", earlier, "Share the results of the rural crime survey.",
                "Results shared with the Board in August.", "Wedi'i gwblhau / Complete", "complete", None),
               ("SB 30/11", earlier, "Report on the use of Welsh in 101 calls.",
                "Call recordings being sampled.", "Ar y gweill / In progress", "outstanding", None)]
    tracker += [(ref, notes, text, update, word, status, topic) for ref, text, update, word, status in minuted]
    rows = [("**Cyf. / Ref**", "**Dyddiad / Date raised**", "**Cam gweithredu / Action**", "**Diweddariad / Update**",
             "**Statws / Status**")]
    for ref, raised, text, update, word, status, row_topic in tracker:
        rows.append((ref, date.fromisoformat(raised).strftime("%d.%m.%Y"), text, update, word))
        g.action(raised, row_topic, ref, text, update, status, "status_column")
    blocks.append(T(rows=tuple(rows), widths=(1.3, 1.5, 3.1, 3.1, 1.8), header_rows=1))
    look = register_dejavu_serif()
    write(g, render_pdf(blocks, look, "Scrutiny Board", "OPCC South Wales"), blocks)


# --- 9. West Midlands: reportlab, New (minutes in two columns on landscape pages; Proposed for closure) ---

@dataclass(frozen=True)
class Columns:
    """Switch the page template: "one" column or "two" from the next page on."""

    template: str


def render_columns(blocks: list, look: PdfLook, title: str) -> bytes:
    """render.py's blocks on landscape pages, some set in two columns (a BaseDocTemplate with two frames)."""
    _register_ttf(GLYPH_FONT, "DejaVuSans.ttf")
    size = landscape(A4)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=size, leftMargin=look.margin, rightMargin=look.margin,
                          topMargin=look.margin, bottomMargin=look.margin, title=title, author="WMCA",
                          creator="samples/corpus/scrutiny-round42/generate.py", invariant=1)
    gap = 24
    column = (doc.width - gap) / 2
    one = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="one")
    left = Frame(doc.leftMargin, doc.bottomMargin, column, doc.height, id="left")
    right = Frame(doc.leftMargin + column + gap, doc.bottomMargin, column, doc.height, id="right")
    doc.addPageTemplates([PageTemplate(id="one", frames=[one]), PageTemplate(id="two", frames=[left, right])])
    flow: list = []
    width = doc.width
    for block in blocks:
        if isinstance(block, Columns):
            flow.append(NextPageTemplate(block.template))
            width = doc.width if block.template == "one" else column
        elif isinstance(block, H):
            style = _style(look, HEADING_SIZES[block.level], after=6, bold=True)
            style.keepWithNext = 1
            flow.append(Paragraph(_markup(block.text, look), style))
        elif isinstance(block, P):
            flow.append(Paragraph(_markup(block.text, look), _style(look, look.body_size)))
        elif isinstance(block, Bul):
            flow += [Paragraph(_markup(t, look), _style(look, look.body_size, indent=18, after=2), bulletText="•")
                     for t in block.items]
            flow.append(Spacer(1, 4))
        elif isinstance(block, T):
            flow.append(_pdf_table(block, look, width))
        elif isinstance(block, Break):
            flow.append(PageBreak())
    doc.build(flow)
    return buffer.getvalue()


def west_midlands() -> None:
    name = "west-midlands-dmpc-pacb-2030-11-27-round42.pdf"
    g = Gold(name, "Deputy Mayor for Policing and Crime", "West Midlands Police")
    this, notes, earlier = "2030-11-27", "2030-09-25", "2030-07-24"
    board = "Police Accountability and Challenge Board"
    g.document(board, this)
    g.meeting(this, board, None)
    blocks: list = [
        P("**Mayor of the West Midlands – Policing and Crime**"), H(board),
        P(f"**Date:** {long_date(this)}, 2.00pm   **Chair:** Deputy Mayor for Policing and Crime"),
        agenda_table(g, this, ("Item", "Title", "Lead"), [
            ("1", "Apologies and declarations", "Deputy Mayor"),
            ("2", f"Notes of the Board of {day_month(notes)}", "Head of Scrutiny"),
            ("3", "Action tracker", "Head of Scrutiny"),
            ("4", "Response times in Birmingham and the Black Country", "Assistant Chief Constable, Operations"),
            ("5", "Organised immigration crime", "Detective Chief Superintendent, Serious and Organised Crime"),
            ("6", "Any other business", "Deputy Mayor"),
        ], (0.6, 6, 4)),
        Columns("two"), Break(),
    ]
    g.floor = 2
    heading = f"Notes of the Police Accountability and Challenge Board – {day_month(notes)}"
    topic = "Knife crime and youth violence"
    g.meeting(notes, heading, topic)
    blocks += [H(heading, 2),
               P("**1. Apologies.** Apologies were received from the Chief Constable; the Deputy Chief Constable "
                 "attended in his place."),
               P("**2. Notes and actions.** The notes of 24 July were agreed and the tracker was reviewed."),
               H(f"3. {topic}", 3),
               P("The Board records one of three decisions on each question: Assured; Assured with conditions; "
                 "Not assured.")]
    questions = [
        ("How many knife offences involving under-18s were recorded this year?",
         "412 offences involved under-18s, 9% fewer than last year; most were in three town centres.",
         "Assured", "Assured", "The Board welcomed the fall."),
        ("How many young people were diverted from court by the youth offer?",
         "230 young people were diverted; the scheme covers only four of the seven local authorities.",
         "Assured with conditions", "Partly assured", "The force must extend the scheme to the three others."),
        ("Are knife arches and search operations at schools evaluated?",
         "Operations are logged, but their effect on carrying knives has not been evaluated.",
         "Not assured", "Not assured", "An evaluation plan is to come to the next Board."),
        ("How quickly are victims of knife crime under 25 contacted by the violence reduction partnership?",
         "Victims are contacted within two days in 80% of cases, against a standard of 90%.",
         "Assured with conditions", "Partly assured", None),
    ]
    for number, (question, response, printed, level, comment) in enumerate(questions, start=1):
        blocks += [P(f"**Q{number}.** {question}"), P(f"*Force response:* {response}"),
                   P(f"**Board decision:** {printed}." + (f" {comment}" if comment else ""))]
        g.decision(notes, topic, str(number), question, response, level, comment)
    minuted = [("PACB 30/51", "Extend the youth diversion scheme to the remaining three local authorities.",
                "Scheme running in all seven local authorities from 1 November 2030.", "Proposed for closure",
                "complete"),
               ("PACB 30/52", "Bring an evaluation plan for knife arch and school search operations.",
                "Evaluation partner being procured.", "Open", "outstanding")]
    blocks += [P("**Actions**")] + [P(f"{ref} – {text}") for ref, text, *_ in minuted]
    blocks += [P("**4. Any other business.** None."), Columns("one"), Break(), H("Action tracker", 2),
               P("**Status key:** Closed – closed by the Board; Proposed for closure – the force reports the action "
                 "done and asks the Board to close it; Open – work continues.")]
    tracker = [("PACB 30/40", earlier, "Publish response times by local policing area each month.",
                "Published monthly from August 2030.", "Closed", "complete", None),
               ("PACB 30/43", earlier, "Report on vacancies in the public protection unit.",
                "Vacancies down from 41 to 26; recruitment continues.", "Open", "outstanding", None)]
    tracker += [(ref, notes, text, update, word, status, topic) for ref, text, update, word, status in minuted]
    rows = [("**Ref**", "**Raised**", "**Action**", "**Update**", "**Status**")]
    for ref, raised, text, update, word, status, row_topic in tracker:
        rows.append((ref, day_month(raised), text, update, word))
        g.action(raised, row_topic, ref, text, update, status, "status_column")
    blocks.append(T(rows=tuple(rows), widths=(1.3, 1.6, 4, 4, 1.8), header_rows=1))
    look = PdfLook(margin=48, body_size=10, cell_size=9.5)
    write(g, render_columns(blocks, look, board), blocks)


PACKS = {"surrey": surrey, "gloucestershire": gloucestershire, "thames-valley": thames_valley, "mopac": mopac,
         "lancashire": lancashire, "north-yorkshire": north_yorkshire, "devon-cornwall": devon_cornwall,
         "south-wales": south_wales, "west-midlands": west_midlands}


def main(prefixes: list[str]) -> None:
    for key, build in PACKS.items():
        if not prefixes or any(key.startswith(p) for p in prefixes):
            build()


if __name__ == "__main__":
    main(sys.argv[1:])
