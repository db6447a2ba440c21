"""Held-out scrutiny round 41 (issue 4): nine packs of PCC and mayoral offices, written blind.

    .venv/bin/python samples/corpus/scrutiny-round41/generate.py [NAME-PREFIX ...]

Each builder call that prints an agenda row, a meeting heading, a question or an action also
writes its gold record, so the gold says what the page says. Gold goes to ``gold/`` (it was held
out in ``heldout/``, scored once in session 10, then promoted). A PDF record's ``page`` is the first
page whose pdfplumber text or table cells hold the start of its key text; the generator stops if a
key is on no page, or if a word printed in a table cell comes out of the PDF split. Needs
LibreOffice (``soffice``), ``taskset`` and ``setarch`` for the Word->PDF packs (``../office_pdf.py``).
"""

from __future__ import annotations

import io
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pdfplumber
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))
from office_pdf import docx_to_pdf  # noqa: E402
from render import (  # noqa: E402
    Break, Bul, H, Num, P, PdfLook, T, _stable_zip, register_dejavu_serif, render_docx, render_pdf,
)

GOLD = HERE / "gold"
CHECKED = ("Written blind for held-out round 41; every record written by the builder call that prints it and "
           "checked against page images and `scrutiny inspect` (layout only) by the round's writer; the "
           "extractors were never run on it.")
GREEN, AMBER, RED, GREY = "#00b050", "#ffc000", "#ff0000", "#a6a6a6"
WHEN = datetime(2029, 1, 8, 9, 0, 0)


def plain(text: str) -> str:
    """The words of a marked-up string as a reader sees them."""
    text = re.sub(r"\{#[0-9a-fA-F]{6}\|(.*?)\}", r"\1", text)
    return text.replace("**", "").replace("~~", "").replace("*", "")


def squash(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Pack:
    """One pack: its blocks and its gold records, written by the same calls."""

    name: str
    force: str
    organisation: str
    title: str
    meeting_date: str
    publication_date: str | None = None
    blocks: list = field(default_factory=list)
    records: dict = field(default_factory=lambda: {t: [] for t in (
        "documents", "meetings", "agenda_items", "assurance_decisions", "actions", "grades")})
    footer: str | None = None
    keys: list = field(default_factory=list)  # (record, key text) for PDF pages
    cells: list = field(default_factory=list)  # every table cell's words, for the split-word check

    def add(self, *blocks) -> None:
        for block in blocks:
            if isinstance(block, T):
                for row in block.rows:
                    for content in row:
                        for part in (content if isinstance(content, tuple) else (content,)):
                            if part is None:
                                continue
                            items = part.items if isinstance(part, Bul) else (str(part),)
                            self.cells += [plain(i) for i in items]
            self.blocks.append(block)

    def texts(self) -> list[str]:
        """Every string the pack prints (blocks, table cells, the running footer)."""
        out = list(self.cells) + [plain(self.footer or "")]
        for block in self.blocks:
            if isinstance(block, (H, P)):
                out.append(plain(block.text))
            elif isinstance(block, (Bul, Num)):
                out += [plain(i) for i in block.items]
        return out

    def _keyed(self, kind: str, record: dict, key: str) -> dict:
        self.records[kind].append(record)
        self.keys.append((record, plain(key)))
        return record

    def meeting(self, heading: str, date: str, topic: str | None, title: str | None = None) -> str:
        """A meeting heading (this meeting's board name, or the notes' heading): printed text back."""
        self._keyed("meetings", {"page": None, "meeting_date": date, "topic": topic,
                                 "organisation": self.organisation, "title": title or plain(heading)}, heading)
        return heading

    def agenda(self, number: str, title: str, presenter: str | None, *, printed: str | None = None) -> str:
        """An agenda row's gold; returns the title as printed."""
        printed = printed or title
        self._keyed("agenda_items", {"page": None, "meeting_date": self.meeting_date, "number": number,
                                     "title": title, "presenter": presenter}, printed)
        return printed

    def decision(self, *, date: str, topic: str | None, number: str | None, question: str, evidence: str | None,
                 assurance: str | None, commentary: str | None) -> str:
        record = {"page": None, "meeting_date": date, "topic": topic, "question_number": number,
                  "question": plain(question), "assurance": assurance, "commentary": commentary}
        if evidence is not None:
            record["evidence_summary"] = plain(evidence)
        self._keyed("assurance_decisions", record, question)
        return question

    def action(self, *, number: str | None, text: str, update: str | None, status: str, status_source: str,
               date: str | None, topic: str | None, source: str = "action_tracker", key: str | None = None) -> dict:
        """An action's gold; ``key`` is where it is first printed (its minuted line) when not its text."""
        return self._keyed("actions", {"page": None, "meeting_date": date, "topic": topic, "number": number,
                                       "text": plain(text), "update": update, "status": status,
                                       "status_source": status_source, "source": source}, key or text)

    def document(self, file_type: str, pages: int | None) -> None:
        record = {"page": None, "file_type": file_type, "doc_kind": "scrutiny_pack", "status": "ok",
                  "publication_date": self.publication_date, "title": self.title, "force": self.force,
                  "organisation": self.organisation, "meeting_date": self.meeting_date}
        if pages is not None:
            record["pages"] = pages
        self.records["documents"].insert(0, record)


# --- PDF pages and the split-word check ------------------------------------------------------------

def _page_texts(data: bytes) -> list[list[str]]:
    """Per page: the page's text and each table cell's text, whitespace collapsed."""
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            texts = [squash(page.extract_text() or "")]
            for table in page.extract_tables():
                texts += [squash(c) for row in table for c in row if c]
            out.append(texts)
    return out


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9']+", squash(text))


def set_pages(pack: Pack, data: bytes) -> int:
    pages = _page_texts(data)
    for record, key in pack.keys:
        words = _words(key)
        found = None
        for n in range(min(len(words), 8), min(len(words), 3) - 1, -1):  # the longest start a page holds
            pattern = r"\W+".join(re.escape(w) for w in words[:n])
            hits = [i for i, texts in enumerate(pages, 1) if any(re.search(pattern, t) for t in texts)]
            if hits:
                found = hits[0]
                break
        if found is None:
            raise SystemExit(f"{pack.name}: key on no page: {key[:60]!r}")
        record["page"] = found
    printed = {w for text in pack.texts() for w in _words(text)}
    split = sorted({w for texts in pages for w in _words(texts[0]) if not w.isdigit() and w not in printed})
    if split:
        raise SystemExit(f"{pack.name}: words split on the page (fragments not in the source): {split[:12]}")
    return len(pages)


def grid_widths(data: bytes, tables: list[T], text_width_mm: float) -> bytes:
    """Give each Word table its grid widths (render_docx sets only the cells'), so LibreOffice and Word
    keep the columns as drawn."""
    document = Document(io.BytesIO(data))
    for out, table in zip(document.tables, tables, strict=True):
        total = sum(table.widths)
        grid = out._tbl.tblGrid
        for col, width in zip(grid.findall(qn("w:gridCol")), table.widths, strict=True):
            col.set(qn("w:w"), str(round(text_width_mm * width / total * 56.6929)))
        layout = OxmlElement("w:tblLayout")
        layout.set(qn("w:type"), "fixed")
        out._tbl.tblPr.append(layout)
    buffer = io.BytesIO()
    document.save(buffer)
    return _stable_zip(buffer.getvalue())


def build_docx(pack: Pack, header: tuple[str, ...] = (), landscape: bool = False) -> bytes:
    data = render_docx(pack.blocks, title=pack.title, author=pack.organisation, when=WHEN, header=header,
                       landscape_pages=landscape)
    return grid_widths(data, [b for b in pack.blocks if isinstance(b, T)], (297 if landscape else 210) - 40)


def write(pack: Pack, data: bytes) -> None:
    if pack.name.endswith(".pdf"):
        pack.document("pdf", set_pages(pack, data))
    else:
        pack.document("docx", None)
    (HERE / pack.name).write_bytes(data)
    gold = {"source_file": pack.name, "expect": "ok", "checked": CHECKED, "records": pack.records}
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{pack.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    pages = {t: [r["page"] for r in pack.records[t]] for t in ("assurance_decisions", "actions")}
    print(f"{pack.name}: {len(data)} bytes; pages {pages}")


def sq(colour: str, glyph: str = "■") -> str:
    return f"{{{colour}|{glyph}}}"


# --- 1. Merseyside: the reference pack's form (Word -> PDF) ------------------------------------------

def merseyside() -> tuple[Pack, bytes]:
    pk = Pack("merseyside-pcc-sm-2029-03-14-round41.pdf", "Merseyside Police",
              "Police and Crime Commissioner for Merseyside", "Scrutiny Meeting", "2029-03-14")
    pk.add(P("**Police and Crime Commissioner for Merseyside**"),
           P("OPCC, Canning Place, Liverpool"),
           H(pk.meeting("Scrutiny Meeting", "2029-03-14", None)),
           P("**Date:** Wednesday 14 March 2029"), P("**Time:** 10:00am – 12:00pm"),
           P("**Venue:** OPCC Boardroom / Microsoft Teams"), H("Agenda", 2))
    rows = [("**Item**", "", "**Presented By**")]
    for n, title, who in (
            ("1", "Apologies for Absence", "PCC"),
            ("2", "Draft Notes – Scrutiny Meeting (Burglary and Robbery) – 17 January 2029", "PCC"),
            ("3", "Scrutiny Actions 2028/29 – An Update", "Head of Scrutiny and Performance"),
            ("4", "Road Safety and Roads Policing", "Chief Superintendent, Operational Support"),
            ("5", "Any Other Business", "PCC"),
            ("6", "Date of the next meeting: Wednesday 9 May 2029 Topic: Tackling Violence against Women "
                  "and Girls", "PCC")):
        rows.append((f"{n}.", pk.agenda(n, title, who), who))
    pk.add(T(tuple(rows), (10, 62, 28)), Break())

    date, topic = "2029-01-17", "Burglary and Robbery"
    pk.add(H(pk.meeting("DRAFT NOTES – SCRUTINY MEETING (BURGLARY AND ROBBERY) – 17 JANUARY 2029", date, topic), 2),
           P("**Present:**"),
           Bul(("Police and Crime Commissioner (Chair)", "Chief Executive, OPCC",
                "Head of Scrutiny and Performance, OPCC", "Assistant Chief Constable, Crime",
                "Detective Chief Superintendent, Investigations", "Chief Inspector, Neighbourhood Crime")),
           P("The PCC thanked officers for the report and the evidence pack, which had been circulated a week "
             "before the meeting. The notes below record the PCC's questions, a summary of the evidence "
             "given and the PCC's decision on each."))
    questions = (
        ("How has the Force's response to residential burglary changed since the attendance pledge was "
         "introduced, and what difference has it made to victims?",
         ("Every reported home burglary has been attended since April 2028; the median time to attend is "
          "now 2 hours 40 minutes.",
          "Scenes of crime officers attended 96% of burglaries in the last quarter, up from 81% a year "
          "earlier.",
          "Victim satisfaction with the initial response rose from 72% to 84% in the force's own survey.",
          "A burglary problem-solving plan is in place in each of the four local policing areas."),
         "Assured", "The PCC welcomed the consistent attendance and asked that the survey results are "
                    "published each quarter."),
        ("What is the Force doing to raise the charge rate for personal robbery, and how are victims kept "
         "informed while an investigation is open?",
         ("The charge rate for personal robbery was 11.2% in the year to December 2028, against 9.8% the "
          "year before.",
          "A dedicated robbery team was formed in the north of the force area in October 2028 and works "
          "alongside the local neighbourhood teams.",
          "Forensic submissions for robbery are now fast-tracked where a weapon was shown or used.",
          "Each robbery investigation is reviewed by a detective sergeant within seven days of report.",
          "Victim updates are recorded in 68% of open robbery investigations; the Victims' Code requires "
          "them in every case.",
          "The Force has started a dip sample of 50 robbery cases each month to check the quality of "
          "victim contact.",
          "Officers have been reminded of the duty to offer a victim personal statement at the point of "
          "charge.",
          "The Force expects every open investigation to carry a recorded update by June 2029.",
          "A new automated text message service for victims is being tested in one local policing area "
          "and, if it works, will be used across the force from the autumn.",
          "The robbery team's performance is reviewed monthly at the Force Crime Board, chaired by the "
          "Assistant Chief Constable.",
          "Repeat victims of robbery are flagged on the crime system so that contact can be tailored to "
          "their needs."),
         "Partly Assured", "The PCC recognised the improved charge rate but is concerned that a third of "
                           "victims are not kept informed."),
        ("How does the Force make sure that stolen property seized in burglary and robbery investigations is "
         "returned to its owners?",
         ("Property held in the force's stores has grown by 18% in a year.",
          "There is no force-wide measure of how long property is held before it is returned.",
          "A review of property handling will report in the summer."),
         "Not Assured", "The PCC asked for a plan, with dates, to reduce the property held and to measure "
                        "return times."),
    )
    rows = [("**Question**", "**Brief Summary of Evidence**", "**Decision of PCC**")]
    for i, (q, evidence, level, comment) in enumerate(questions, 1):
        canonical = {"Assured": "Assured", "Partly Assured": "Partly assured", "Not Assured": "Not assured"}[level]
        pk.decision(date=date, topic=topic, number=str(i), question=q, evidence=" ".join(evidence),
                    assurance=canonical, commentary=comment)
        rows.append((f"**{i}. {q}**", (Bul(evidence),), (f"**{level}**", f"*{comment}*")))
    pk.add(T(tuple(rows), (30, 48, 22), header_rows=1))

    minuted = (
        ("Force to share the victim survey results for burglary with the OPCC each quarter.",
         "The quarter 3 results were shared with the OPCC on 20 February 2029.", GREEN, "complete"),
        ("Force to provide a plan, with dates, for reducing the property held in stores and for measuring "
         "how long it is held.", "The property review will report in July 2029; the plan will follow.",
         RED, "outstanding"),
    )
    pk.add(P("**Actions**"), Num(tuple(text for text, *_ in minuted)), Break())
    pk.add(H("Scrutiny Actions 2028/29", 2),
           P(f"{sq(RED)} = Action Outstanding"), P(f"{sq(GREEN)} = Action Complete"))
    rows = [("**Topic**", "**Action**", "**Update**", "")]
    older = (
        ("Force to confirm how many neighbourhood officers were abstracted to response duties in the autumn.",
         "Figures were provided to the PCC on 30 November 2028.", GREEN, "complete"),
        ("Force to set out its plan for neighbourhood policing contact points in rural wards.",
         "A draft plan is being consulted on with the four local authorities and will be finalised in "
         "April 2029.", RED, "outstanding"),
    )
    for text, update, colour, status in older:
        pk.action(number=None, text=text, update=update, status=status, status_source="glyph_colour", date=None,
                  topic="Neighbourhood Policing")
        rows.append(("Neighbourhood Policing" if len(rows) == 1 else None, text, update, sq(colour)))
    for i, (text, update, colour, status) in enumerate(minuted, 1):
        pk.action(number=str(i), text=text, update=update, status=status, status_source="glyph_colour",
                  date=date, topic=topic)
        rows.append((topic if i == 1 else None, text, update, sq(colour)))
    pk.add(T(tuple(rows), (20, 38, 34, 8), header_rows=1, spans=((1, 0, 2, 1), (3, 0, 2, 1))))
    data = docx_to_pdf(build_docx(pk))
    return pk, data


# --- 2. Kent: a level column, a deferral and a question for information (reportlab) ---------------------

def kent() -> tuple[Pack, bytes]:
    pk = Pack("kent-pcc-pdb-2029-04-24-round41.pdf", "Kent Police", "Police and Crime Commissioner for Kent",
              "Performance and Delivery Board", "2029-04-24")
    theme = "Public confidence and victim satisfaction"
    pk.add(P("Kent Police and Crime Commissioner", size=14),
           H(pk.meeting("Performance and Delivery Board", "2029-04-24", theme)),
           P("Tuesday 24th April 2029, 10.00am, Sutton Road, Maidstone (streamed live)"),
           P(f"**Theme:** {theme}"), H("Agenda", 2))
    rows = [("No.", "Item", "Lead")]
    for n, title, who in (
            ("1", "Introduction and apologies", "Police and Crime Commissioner"),
            ("2", "Minutes and action log of the meeting held on 6th February 2029", "Chief Executive, OPCC"),
            ("3", theme, "Deputy Chief Constable"),
            ("4", "Quarterly performance report", "Assistant Chief Constable, Local Policing"),
            ("5", "Questions from the public", "Police and Crime Commissioner"),
            ("6", "Any other business", None)):
        rows.append((n, pk.agenda(n, title, who), who or ""))
    pk.add(T(tuple(rows), (8, 60, 32), header_rows=1), Break())

    date, topic = "2029-02-06", "Rural and wildlife crime"
    pk.add(H(pk.meeting("Minutes of the Performance and Delivery Board held on 6th February 2029", date, topic), 2))
    pk.add(P("Present: the Police and Crime Commissioner (Chair), the Chief Executive, the Chief Constable, the "
             "Deputy Chief Constable and the Head of Rural Policing."),
           P("**1. Introduction and apologies.** Apologies were received from the Chief Finance Officer."),
           P("**2. Minutes of the last meeting.** The minutes of 7th November 2028 were agreed."),
           P(f"**3. {topic}**"))
    questions = (
        ("How many officers in the rural task force are trained in wildlife and heritage crime, and how is "
         "that cover kept up when officers move on?",
         "Twenty-two of the task force's twenty-eight officers are trained. New members take the national "
         "wildlife crime course within six months of joining, and two trained officers are kept on each shift.",
         "Assured", "The Commissioner thanked the task force for its work with farming communities."),
        ("What has been done to reduce the theft of agricultural vehicles and machinery, and is it working?",
         "Thefts of tractors and quad bikes fell by 14% in 2028. Marking events have been held at six "
         "livestock markets and a number plate recognition camera plan for farm access roads has been "
         "agreed with landowners. Recoveries remain low at one in five vehicles.",
         "Partially assured", "The Commissioner asked for recovery rates to be reported with the next "
         "quarterly update."),
        ("How does the force make sure that victims of rural crime in the most remote parishes get the same "
         "service as victims in towns?",
         "Average attendance times in the most remote parishes are 31 minutes longer than in towns for "
         "priority calls. The force does not yet measure victim satisfaction by rurality. Neighbourhood "
         "officers hold surgeries in village halls, but the number held fell in the autumn because officers "
         "were moved to cover response shifts. The force is considering a rural victims' survey, using the "
         "national survey questions so that results can be compared with towns, and has asked the OPCC for "
         "help in reaching farming and equestrian groups. A review of the rural shift pattern is under way; "
         "it will look at whether task force officers should be given a smaller area to cover on each "
         "shift, and at the use of volunteers to keep parish surgeries running. The force told the Board "
         "that no decision has been made on either option and that the review will not report before the "
         "summer. In the meantime the task force will publish its patrol plan for each parish on the force "
         "website every month, and the rural crime line will stay open in the evenings until the end of "
         "the lambing season.",
         "Not assured", "The Commissioner asked that satisfaction is measured by rurality and that the "
         "shift review is brought to the Board."),
        ("How reliable is the recording of wildlife crime, given the differences between the force's figures "
         "and those of the national wildlife crime unit?",
         "The force's review of wildlife crime recording started in January and is due to finish in April.",
         "Deferred", "Deferred to the May Board, when the force's review of wildlife crime recording is complete."),
    )
    rows = [("No.", "Question", "Response", "Level of assurance", "Comments")]
    for i, (q, answer, level, comment) in enumerate(questions, 1):
        canonical = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured",
                     "Deferred": None}[level]
        pk.decision(date=date, topic=topic, number=str(i), question=q, evidence=answer, assurance=canonical,
                    commentary=comment)
        rows.append((str(i), q, answer, level, comment))
    rows.append(("5", "How many calls to the rural crime line were received in 2028?",
                 "The line received 1,146 calls, 40% of them outside office hours.", "Not sought",
                 "Asked for information only; no level of assurance was sought."))
    pk.add(T(tuple(rows), (6, 25, 35, 14, 20), header_rows=1))
    minuted = (
        ("PDB 29/04", "Report recovery rates for stolen agricultural vehicles with the next quarterly update.",
         "Recovery rates are included in the quarter 4 performance report (item 4).", "Complete", "complete"),
        ("PDB 29/05", "Bring the review of the rural shift pattern, with a measure of victim satisfaction by "
         "rurality, to the Board.", "The review is due to report in July 2029.", "Open", "outstanding"),
    )
    for ref, text, *_ in minuted:
        pk.add(P(f"**Action {ref}** – {text}"))
    pk.add(P("**4. Any other business.** There was none."), H("Action log", 2))
    rows = [("Ref", "Raised", "Action", "Update", "Status")]
    for ref, raised, iso, text, update, status, state in (
            ("PDB 28/31", "07.11.28", "2028-11-07", "Share the evaluation of the knife arch deployments at "
             "railway stations with the OPCC.", "Evaluation shared on 12th December 2028.", "Complete", "complete"),
            ("PDB 28/33", "07.11.28", "2028-11-07", "Set out the plan for reducing the backlog of digital "
             "devices awaiting examination.", "Backlog down from 610 to 402 devices; the plan runs to "
             "September 2029.", "In progress", "outstanding")):
        pk.action(number=ref, text=text, update=update, status=state, status_source="status_column", date=iso,
                  topic=None)
        rows.append((ref, raised, text, update, status))
    for ref, text, update, status, state in minuted:
        pk.action(number=ref, text=text, update=update, status=state, status_source="status_column", date=date,
                  topic=topic, key=f"Action {ref} – {text}")
        rows.append((ref, "06.02.29", text, update, status))
    pk.add(T(tuple(rows), (12, 11, 35, 30, 12), header_rows=1))
    pk.footer = "Kent Police and Crime Commissioner – Performance and Delivery Board"
    data = render_pdf(pk.blocks, PdfLook(footer=pk.footer), pk.title, pk.organisation)
    return pk, data


# --- 3. Avon and Somerset: an "Outcome" column; a log with merged topics (Word) ---------------------------

def avon_somerset() -> tuple[Pack, bytes]:
    pk = Pack("avon-somerset-pcc-pab-2029-05-30-round41.docx", "Avon and Somerset Constabulary",
              "Police and Crime Commissioner for Avon and Somerset", "Performance and Accountability Board",
              "2029-05-30")
    focus = "Neighbourhood policing and anti-social behaviour"
    pk.add(H(pk.meeting("Performance and Accountability Board", "2029-05-30", focus)),
           P("Wednesday 30 May 2029, 1.00pm – 3.00pm, Police Headquarters, Portishead"),
           P(f"**Focus of the meeting:** {focus}"), H("Agenda", 2))
    rows = [("No.", "Item", "Presented by")]
    for n, title, who in (
            ("1", "Welcome, introductions and apologies", "PCC"),
            ("2", "Notes of the last meeting and the action log", "OPCC Head of Governance"),
            ("3", focus, "Chief Superintendent, Neighbourhood and Partnerships"),
            ("4", "Police and Crime Plan performance: quarter 4", "Director of Performance"),
            ("5", "Any other business", "PCC")):
        rows.append((n, pk.agenda(n, title, who), who))
    pk.add(T(tuple(rows), (8, 62, 30), header_rows=1), Break())

    date, topic = "2029-03-28", "Stop and search and use of force"
    pk.add(H(pk.meeting("Notes of the Performance and Accountability Board held on 28 March 2029", date, topic)),
           H("1. Welcome and apologies", 2),
           P("The PCC welcomed those present. Apologies were received from the Deputy Chief Constable."),
           H("2. Notes of the last meeting and action log", 2),
           P("The notes of 25 January 2029 were agreed. Progress on the action log was noted."),
           H(f"3. {topic}", 2),
           P("The Assistant Chief Constable presented the force's report. The PCC put four questions."))
    questions = (
        ("What proportion of stop and searches in the last quarter found the item searched for, and how "
         "does that compare across ethnic groups?",
         "The find rate was 31% overall. It was 29% for Black people searched and 32% for white people "
         "searched, a gap that has narrowed since last year.",
         "Assured", "The PCC welcomed the narrowing of the gap and the publication of the data by area."),
        ("How are supervisors reviewing body-worn video of searches, and what do the reviews find?",
         "Supervisors review one search per officer each month. Of 412 reviews, 38 found the grounds poorly "
         "recorded; those officers have had feedback. The independent scrutiny panel reviews a further "
         "sample each quarter.",
         "Partly assured", "The PCC asked that the poorly recorded grounds are followed up in training."),
        ("How many uses of force involved a child under 18, and what is the force learning from them?",
         "There were 214 uses of force on children in the quarter, most of them handcuffing. The force has "
         "not yet analysed why handcuffs were used or whether other options were tried.",
         "Not assured", None),
        ("When will the new use of force recording form be in use across the force?",
         "The form went live in February 2029 and is now used by all response teams.",
         "Assured", "The PCC noted that recording has improved since the form was introduced."),
    )
    rows = [("Question", "Force response", "Outcome", "PCC comment")]
    for i, (q, answer, level, comment) in enumerate(questions, 1):
        pk.decision(date=date, topic=topic, number=str(i), question=q, evidence=answer, assurance=level,
                    commentary=comment)
        rows.append((f"{i}. {q}", answer, f"**{level}**", comment or ""))
    pk.add(T(tuple(rows), (30, 36, 12, 22), header_rows=1))
    minuted = (
        ("PAB/29/11", "Analyse the uses of force on children in quarter 3, including the alternatives "
         "considered, and report to the PCC.", "Analysis under way with the force's use of force lead; due "
         "June 2029.", "Ongoing", "outstanding"),
        ("PAB/29/12", "Include the poorly recorded grounds for search in the next officer safety training "
         "refresher.", "Added to the refresher from 1 April 2029.", "Complete", "complete"),
    )
    pk.add(P("**Actions agreed**"), Bul(tuple(f"{ref} – {text}" for ref, text, *_ in minuted)),
           H("4. Any other business", 2), P("None."), Break())
    pk.add(H("Action log"))
    rows = [("Topic", "Ref", "Meeting", "Action", "Progress", "Status")]
    older = (
        ("PAB/29/03", "Explain the fall in referrals to the Lighthouse victim service in December.",
         "The fall followed a change to the referral form, since reversed.", "Complete", "complete"),
        ("PAB/29/04", "Provide the number of victims offered a needs assessment within 48 hours.", None,
         "Not started", "outstanding"),
    )
    for k, (ref, text, update, status, state) in enumerate(older):
        pk.action(number=ref, text=text, update=update, status=state, status_source="status_column",
                  date="2029-01-25", topic="Victim care")
        rows.append(("Victim care" if k == 0 else None, ref, "25/01/2029", text, update or "", status))
    for k, (ref, text, update, status, state) in enumerate(minuted):
        pk.action(number=ref, text=text, update=update, status=state, status_source="status_column", date=date,
                  topic=topic, key=f"{ref} – {text}")
        rows.append((topic if k == 0 else None, ref, "28/03/2029", text, update, status))
    pk.add(T(tuple(rows), (14, 11, 12, 28, 24, 11), header_rows=1, spans=((1, 0, 2, 1), (3, 0, 2, 1))))
    return pk, build_docx(pk, header=("Avon & Somerset Police and Crime Commissioner",))


# --- 4. North Wales: bilingual headings and levels, borderless tables (reportlab) ----------------------------

def north_wales() -> tuple[Pack, bytes]:
    pk = Pack("north-wales-pcc-seb-2029-06-12-round41.pdf", "North Wales Police",
              "Police and Crime Commissioner for North Wales", "Strategic Executive Board", "2029-06-12")
    theme = "Rural crime"
    pk.add(P("**Comisiynydd Heddlu a Throseddu Gogledd Cymru / Police and Crime Commissioner for North Wales**"),
           H(pk.meeting("Bwrdd Gweithredol Strategol / Strategic Executive Board", "2029-06-12", theme,
                        title="Strategic Executive Board")),
           P("Dydd Mawrth 12 Mehefin 2029 / Tuesday 12 June 2029, 10:00, Pencadlys yr Heddlu / Police "
             "Headquarters, Bae Colwyn / Colwyn Bay"),
           P(f"**Thema / Theme:** Troseddau cefn gwlad / {theme}"), H("Agenda", 2))
    rows = [("Eitem / Item", "Teitl / Title", "Arweinydd / Lead")]
    for n, welsh, title, who in (
            ("1", "Croeso ac ymddiheuriadau", "Welcome and apologies", "Commissioner"),
            ("2", "Cofnodion a log gweithredu", "Minutes and action log", "Chief Executive"),
            ("3", "Troseddau cefn gwlad", theme, "Superintendent, Rural Crime Team"),
            ("4", "Adroddiad perfformiad", "Performance report", "Assistant Chief Constable"),
            ("5", "Unrhyw fater arall", "Any other business", "Commissioner")):
        rows.append((n, pk.agenda(n, title, who, printed=f"{welsh} / {title}"), who))
    pk.add(T(tuple(rows), (14, 56, 30), header_rows=1, bordered=False), Break())

    date, topic = "2029-04-10", "Hate crime"
    heading = "Cofnodion y Bwrdd Gweithredol Strategol – 10 Ebrill 2029 / Minutes of the Strategic Executive " \
              "Board – 10 April 2029"
    pk.add(H(pk.meeting(heading, date, topic, title="Minutes of the Strategic Executive Board – 10 April 2029"), 2),
           P("**1. Croeso ac ymddiheuriadau / Welcome and apologies.** The Commissioner welcomed members; there "
             "were no apologies."),
           P("**2. Cofnodion / Minutes.** The minutes of 13 February 2029 were agreed as a true record."),
           P(f"**3. Troseddau casineb / {topic}**"))
    levels = {"Assured": "Sicr / Assured", "Partly assured": "Sicr yn rhannol / Partly assured",
              "Not assured": "Heb ei sicrhau / Not assured"}
    questions = (
        ("How many hate crimes were reported in 2028/29, and which strands rose?",
         "Reports rose by 6% to 1,312. Disability and transgender hate crime rose the most, from small "
         "numbers.", "Assured", "The Commissioner noted the rise in reporting as a sign of confidence."),
        ("How does the force support victims of hate crime who do not want to give a statement?",
         "Victims are referred to the commissioned support service whether or not they give a statement. "
         "Referral rates are not yet reported by strand.",
         "Partly assured", "The Commissioner asked for referral rates by strand."),
        ("What proportion of online hate crime reports reach a charge or other positive outcome?",
         "Four per cent of online hate crime reports ended in a positive outcome, compared with 14% of "
         "offline reports. Few officers are trained in obtaining evidence from social media platforms.",
         "Not assured", "The Commissioner asked the force to improve training for investigators."),
    )
    rows = [("Rhif / No.", "Cwestiwn / Question", "Ymateb / Response", "Lefel sicrwydd / Level of assurance",
             "Sylwadau / Comments")]
    for i, (q, answer, level, comment) in enumerate(questions, 1):
        pk.decision(date=date, topic=topic, number=str(i), question=q, evidence=answer, assurance=level,
                    commentary=comment)
        rows.append((str(i), q, answer, levels[level], comment))
    pk.add(T(tuple(rows), (9, 25, 32, 16, 18), header_rows=1, bordered=False))
    minuted = (
        ("SEB 29/14", "Report referral rates to the hate crime support service by strand.",
         "Rates by strand were reported to the Commissioner on 8 May 2029.", "Cwblhawyd / Complete", "complete"),
        ("SEB 29/15", "Set out a training plan for investigators of online hate crime.",
         "The plan is being written with the regional cyber crime unit.", "Ar agor / Open", "outstanding"),
    )
    pk.add(P("**Camau gweithredu / Actions:**"), Bul(tuple(f"{ref} – {text}" for ref, text, *_ in minuted)),
           P("**4. Unrhyw fater arall / Any other business.** None."), Break(),
           H("Log Gweithredu / Action log", 2))
    rows = [("Cyf / Ref", "Dyddiad / Date", "Cam gweithredu / Action", "Diweddariad / Update", "Statws / Status")]
    for ref, raised, iso, text, update, status, state in (
            ("SEB 29/03", "13/02/2029", "2029-02-13", "Share the findings of the review of the 101 call-back "
             "service.", "Findings shared with the Commissioner on 2 March 2029.", "Cwblhawyd / Complete",
             "complete"),
            ("SEB 29/06", "13/02/2029", "2029-02-13", "Confirm the date for the rural crime team's new "
             "vehicles to enter service.", "Vehicles delayed by the supplier; a new date is awaited.",
             "Ar agor / Open", "outstanding")):
        pk.action(number=ref, text=text, update=update, status=state, status_source="status_column", date=iso,
                  topic=None)
        rows.append((ref, raised, text, update, status))
    for ref, text, update, status, state in minuted:
        pk.action(number=ref, text=text, update=update, status=state, status_source="status_column", date=date,
                  topic=topic, key=f"{ref} – {text}")
        rows.append((ref, "10/04/2029", text, update, status))
    pk.add(T(tuple(rows), (12, 14, 30, 28, 16), header_rows=1, bordered=False))
    return pk, render_pdf(pk.blocks, PdfLook(), pk.title, pk.organisation)


# --- 5. Humberside: the inspectorate's grade words as the assurance scale; a shaded log (Word -> PDF) --------

def humberside() -> tuple[Pack, bytes]:
    pk = Pack("humberside-pcc-ab-2029-02-27-round41.pdf", "Humberside Police",
              "Police and Crime Commissioner for Humberside", "Accountability Board", "2029-02-27")
    pk.add(P("**Police and Crime Commissioner for Humberside**"),
           H(pk.meeting("Accountability Board", "2029-02-27", None)),
           P("**Date:** 27/02/2029    **Time:** 14:00    **Location:** Police Headquarters, Hessle"),
           H("Agenda", 2))
    rows = [("Item", "Subject", "Lead Officer")]
    for n, title, who in (
            ("1", "Apologies and declarations of interest", "Chief Executive, OPCC"),
            ("2", "Notes and action log of the meeting on 16/01/2029", "Governance Manager"),
            ("3", "Delivery: neighbourhood crime", "Assistant Chief Constable (Local Policing)"),
            ("4", "Inspections, audits and reviews: custody", "Chief Superintendent, Criminal Justice"),
            ("5", "Finance: quarter 3 forecast", "Chief Finance Officer"),
            ("6", "Current and significant issues", "Chief Constable")):
        rows.append((n, pk.agenda(n, title, who), who))
    pk.add(T(tuple(rows), (8, 56, 36), header_rows=1), Break())

    date, topic = "2029-01-16", "Call handling and 101"
    pk.add(H(pk.meeting("Notes of the Accountability Board held on 16 January 2029", date, topic), 2),
           P("**1. Apologies.** None were received."),
           P("**2. Notes and action log.** The notes of 12 December 2028 were agreed; the action log is at the "
             "end of these notes."),
           P(f"**3. {topic}**"),
           P("The Commissioner uses the Inspectorate's words for his assessment of each answer: **Good** – the "
             "Commissioner is assured; **Requires improvement** – the Commissioner is partly assured and "
             "expects further work; **Inadequate** – the Commissioner is not assured."))
    questions = (
        ("CH1", "How quickly are 999 calls answered, and how does the force compare with the national "
                "standard?",
         "In December 2028, 93% of 999 calls were answered within ten seconds against the national standard "
         "of 90%.", "Good", "Assured", "The Commissioner commended the control room staff."),
        ("CH2", "What is the average wait for the 101 non-emergency number, and how many callers abandon "
                "the call?",
         "The average wait was 9 minutes and 12% of callers abandoned. Online reporting has grown, and a call "
         "back option was added in November.", "Requires improvement", "Partly assured",
         "The Commissioner wants the abandonment rate below 8% by the summer."),
        ("CH3", "How does the force check that callers who are vulnerable are identified at first contact?",
         "A THRIVE assessment is recorded on 78% of incidents. The quality of the assessment is not audited "
         "and vulnerable callers are not flagged consistently.", "Inadequate", "Not assured",
         "The Commissioner asked for an audit of THRIVE assessments."),
        ("CH4", "What is the force doing to recruit and keep call handlers?",
         "Twenty-four call handlers joined in 2028 and attrition fell from 21% to 13% after the new shift "
         "pattern was introduced.", "Good", "Assured", None),
    )
    rows = [("Ref", "Question", "Force response", "Assessment", "Rationale")]
    for ref, q, answer, word, level, comment in questions:
        pk.decision(date=date, topic=topic, number=ref, question=q, evidence=answer, assurance=level,
                    commentary=comment)
        rows.append((ref, q, answer, f"**{word}**", comment or ""))
    pk.add(T(tuple(rows), (8, 25, 31, 18, 18), header_rows=1))
    minuted = (
        ("AB/29/03", "Audit a sample of THRIVE assessments in the control room and report the findings.",
         "Audit of 200 incidents completed; findings to the March Board.", AMBER, "outstanding"),
        ("AB/29/04", "Report the 101 abandonment rate to the Commissioner each month.",
         "Monthly reporting started in February 2029.", GREEN, "complete"),
    )
    pk.add(P("**Actions**"), *(P(f"{ref}: {text}") for ref, text, *_ in minuted), Break(),
           H("Accountability Board – Action Log", 2),
           P("Status key: green – complete; amber – in progress, on schedule; red – overdue."))
    rows = [("Ref", "Date of Board", "Action", "Owner", "Update", "Status")]
    fills = {}
    for ref, raised, iso, text, owner, update, colour, state in (
            ("AB/28/19", "10/10/2028", "2028-10-10", "Provide the number of custody detainees seen by a "
             "liaison and diversion worker.", "Head of Custody", "Figures provided on 4 November 2028.",
             GREEN, "complete"),
            ("AB/28/22", "12/12/2028", "2028-12-12", "Report on the use of the new fleet telematics system.",
             "Head of Fleet", "Report delayed while the supplier fixes data faults.", RED, "outstanding")):
        pk.action(number=ref, text=text, update=update, status=state, status_source="cell_shading", date=iso,
                  topic=None)
        fills[(len(rows), 5)] = colour
        rows.append((ref, raised, text, owner, update, ""))
    for ref, text, update, colour, state in minuted:
        pk.action(number=ref, text=text, update=update, status=state, status_source="cell_shading", date=date,
                  topic=topic, key=f"{ref}: {text}")
        fills[(len(rows), 5)] = colour
        rows.append((ref, "16/01/2029", text, "Head of Contact Management", update, ""))
    pk.add(T(tuple(rows), (11, 13, 28, 15, 24, 9), header_rows=1, fills=fills))
    return pk, docx_to_pdf(build_docx(pk))


# --- 6. Leicestershire: the last Board recorded as a decision log (Word) --------------------------------------

def leicestershire() -> tuple[Pack, bytes]:
    pk = Pack("leicestershire-pcc-cgb-2029-04-17-round41.docx", "Leicestershire Police",
              "Police and Crime Commissioner for Leicester, Leicestershire and Rutland", "Corporate Governance Board",
              "2029-04-17")
    pk.add(H(pk.meeting("Corporate Governance Board", "2029-04-17", None)),
           P("Tuesday 17th April 2029 at 10:00, Force Headquarters, Enderby"), H("Agenda", 2))
    rows = [("Item", "Title", "Owner")]
    for n, title, who in (
            ("1", "Apologies", "Chair"),
            ("2", "Decision log and actions of 20th February 2029", "Governance Officer"),
            ("3", "Finance update", "Chief Finance Officer"),
            ("4", "Neighbourhood policing", "ACC Local Policing"),
            ("5", "Serious violence", "Det Ch Supt, Crime and Intelligence"),
            ("6", "Any other business", "Chair")):
        rows.append((n, pk.agenda(n, title, who), who))
    pk.add(T(tuple(rows), (8, 60, 32), header_rows=1), Break())

    date = "2029-02-20"
    pk.add(H(pk.meeting("Corporate Governance Board – Decision log – 20th February 2029", date, None)),
           P("This log records each question the Police and Crime Commissioner put to the Force, the Force's "
             "response, the PCC's decision and any action set. Standing items (apologies, finance) are not "
             "logged."),
           P("**PCC decision:** **Assured**; **Assured with caveats** – the PCC is partly assured and sets out "
             "the caveats; **Not assured**; **Further report required** – no decision was reached and the "
             "matter returns to a later Board."))
    items = (
        ("4. Missing children", "Missing children", (
            ("How many children were reported missing more than three times in the last quarter, and does "
             "each have a plan?",
             "Forty-one children were reported missing more than three times. Each has a multi-agency plan "
             "reviewed at the monthly missing panel.", "Assured", "Assured", None, None),
            ("Are return home interviews carried out within 72 hours?",
             "Interviews were held within 72 hours for 64% of children; the local authorities carry them out "
             "and share the results with the Force.", "Assured with caveats – the PCC wants the interview "
             "rate reported each quarter and a plan to raise it.", "Partly assured",
             "the PCC wants the interview rate reported each quarter and a plan to raise it.", "CGB 29/07"))),
        ("5. Drug-related harm", "Drug-related harm", (
            ("How many people were diverted to treatment after arrest for possession of drugs?",
             "Ninety-three people were referred; the Force does not know how many started treatment.",
             "Not assured – the Force cannot show whether referrals lead to treatment.", "Not assured",
             "the Force cannot show whether referrals lead to treatment.", "CGB 29/08"),
            ("What has the drug-testing on arrest pilot found?",
             "The pilot ended in January; its evaluation is being written.",
             "Further report required – the Force will bring the evaluation of the pilot to June's Board.",
             None, "the Force will bring the evaluation of the pilot to June's Board.", None))),
    )
    actions = {
        "CGB 29/07": ("Report the return home interview rate each quarter, with a plan to raise it.",
                      "The first quarterly report is due in April 2029.", "Open", "outstanding"),
        "CGB 29/08": ("Find out how many people referred after arrest went on to start treatment.",
                      "Data sharing agreed with the treatment provider; first figures received on 2 April "
                      "2029.", "Completed", "complete"),
    }
    rows = [("Item", "Question", "Force response", "PCC decision", "Action arising")]
    spans = []
    for heading, topic, questions in items:
        spans.append((len(rows), 0, len(questions), 1))
        for k, (q, answer, printed, level, comment, ref) in enumerate(questions):
            pk.decision(date=date, topic=topic, number=heading.split(".")[0], question=q, evidence=answer,
                        assurance=level, commentary=comment)
            action = f"{ref} – {actions[ref][0]}" if ref else "None"
            rows.append((heading if k == 0 else None, q, answer, printed, action))
    pk.add(T(tuple(rows), (13, 24, 27, 18, 18), header_rows=1, spans=tuple(spans)), Break())
    pk.add(H("Action tracker"))
    rows = [("Ref", "Date of Board", "Action", "Owner", "Update", "Status")]
    for ref, raised, iso, text, owner, update, status, state in (
            ("CGB 28/41", "12/12/28", "2028-12-12", "Review the use of overtime in the control room.",
             "Chief Finance Officer", "Review complete; overtime fell by 9% in quarter 3.", "Completed",
             "complete"),
            ("CGB 28/44", "12/12/28", "2028-12-12", "Produce a plan for replacing the custody CCTV system.",
             "Head of Estates", "The plan was due in February and has not been received.", "Overdue",
             "outstanding")):
        pk.action(number=ref, text=text, update=update, status=state, status_source="status_column", date=iso,
                  topic=None)
        rows.append((ref, raised, text, owner, update, status))
    for (heading, topic, _), ref in zip(items, ("CGB 29/07", "CGB 29/08"), strict=True):
        text, update, status, state = actions[ref]
        pk.action(number=ref, text=text, update=update, status=state, status_source="status_column", date=date,
                  topic=topic)
        rows.append((ref, "20/02/29", text, "ACC Local Policing" if ref.endswith("07") else "Det Ch Supt",
                     update, status))
    pk.add(T(tuple(rows), (12, 12, 28, 14, 24, 10), header_rows=1))
    return pk, build_docx(pk, header=("Office of the Police and Crime Commissioner for Leicester, Leicestershire "
                                      "and Rutland",), landscape=True)


# --- 7. Norfolk: a five-step RAG rating as the level; a BRAG-letter tracker (reportlab, DejaVu Serif) -----------

def norfolk() -> tuple[Pack, bytes]:
    pk = Pack("norfolk-pcc-pam-2029-06-26-round41.pdf", "Norfolk Constabulary",
              "Police and Crime Commissioner for Norfolk", "PCC Accountability Meeting", "2029-06-26")
    pk.add(P("**Police and Crime Commissioner for Norfolk**"),
           H(pk.meeting("PCC Accountability Meeting", "2029-06-26", None)),
           P("Purpose: for the Commissioner to hold the Chief Constable to account, in public."),
           P("Tuesday 26th June 2029, 10:30am – 12:30pm, OPCCN meeting room, Wymondham"),
           H("A G E N D A", 2))
    rows = []
    for n, title, page in (
            ("1", "Attendance and apologies for absence", ""),
            ("2", "Declarations of personal and/or prejudicial interests", ""),
            ("3", "To confirm the minutes of the meeting held on 3rd April 2029", "Page 3"),
            ("4", "Police and Crime Plan theme: Supporting victims and reducing vulnerability", "Page 5"),
            ("5", "Professional standards: complaints update (Constabulary owned)", "Page 11"),
            ("6", "Emerging operational and organisational risks", "Oral update"),
            ("7", "Date of next meeting: Tuesday 25th September 2029", "")):
        rows.append((f"{n}.", pk.agenda(n, title, None), page))
    pk.add(T(tuple(rows), (7, 75, 18), bordered=False), Break())

    date, topic = "2029-04-03", "Domestic abuse and stalking"
    pk.add(H(pk.meeting("Minutes of the PCC Accountability Meeting held on 3rd April 2029", date, topic), 2),
           P("**1. Attendance and apologies.** Present: the Commissioner, the Chief Executive, the Chief Constable "
             "and the Assistant Chief Constable. Apologies: the Chief Finance Officer."),
           P("**2. Declarations of interest.** None."),
           P("**3. Minutes.** The minutes of 13th February 2029 were confirmed."),
           P(f"**4. {topic}**"),
           P("Assurance rating key: **Green** – the PCC is assured; **Amber/Green** – assured, with minor points "
             "to follow up; **Amber** – partly assured; **Amber/Red** – partly assured, with significant "
             "concerns; **Red** – not assured.", size=9.5))
    questions = (
        ("How many domestic abuse arrests were made in the last year, and how many led to a charge?",
         "There were 3,912 arrests; 1,204 led to a charge, a rate of 31%, up from 26%.",
         "Green", "Assured", "The PCC welcomed the rise in the charge rate."),
        ("How often are domestic violence protection orders applied for, and are breaches acted on?",
         "Applications rose to 188. All breaches reported in the quarter were arrested, but breach data is "
         "recorded by hand.", "Amber/Green", "Assured", "The PCC asked that breach recording is automated."),
        ("How quickly are stalking protection orders sought once stalking is identified?",
         "Eleven orders were sought in the year. The median time from report to application was 41 days, "
         "and legal advice is a bottleneck.", "Amber/Red", "Partly assured",
         "The PCC is concerned about the delay and asked for a plan to shorten it."),
        ("How does the Constabulary follow up high-risk victims who decline support from the independent "
         "advisers?",
         "There is no set follow-up; it is left to the officer in the case.", "Red", "Not assured",
         "The PCC asked for a follow-up process to be agreed with the advisers' service."),
    )
    rows = [("Q", "Question", "Constabulary response", "Assurance rating", "PCC comment")]
    for i, (q, answer, rag, level, comment) in enumerate(questions, 1):
        pk.decision(date=date, topic=topic, number=str(i), question=q, evidence=answer, assurance=level,
                    commentary=comment)
        rows.append((f"Q{i}", q, answer, f"**{rag}**", comment))
    pk.add(T(tuple(rows), (6, 25, 28, 21, 20), header_rows=1))
    minuted = (
        ("29/09", "Agree a follow-up process for high-risk victims who decline support.",
         "Process agreed with the advisers' service on 30th April 2029.", "B", "complete"),
        ("29/10", "Set out a plan to shorten the time taken to apply for stalking protection orders.",
         "Legal services are drafting the plan; due at the September meeting.", "G", "outstanding"),
    )
    pk.add(*(P(f"**ACTION {ref}:** {text}") for ref, text, *_ in minuted), Break(),
           H("Action tracker", 2),
           P("Status (BRAG): **B** – complete; **G** – on track; **A** – at risk of missing its date; "
             "**R** – overdue."))
    rows = [("No.", "Meeting", "Action", "Update", "BRAG")]
    for ref, raised, iso, text, update, brag, state in (
            ("28/31", "12.12.28", "2028-12-12", "Report the number of officers trained in the new custody "
             "risk assessment.", "Training is 60% complete against a plan of 80% by now.", "A", "outstanding"),
            ("29/02", "13.02.29", "2029-02-13", "Provide the cost of the mounted section's move to the new "
             "stables.", "The business case is overdue while the site survey is repeated.", "R",
             "outstanding")):
        pk.action(number=ref, text=text, update=update, status=state, status_source="status_column", date=iso,
                  topic=None)
        rows.append((ref, raised, text, update, brag))
    for ref, text, update, brag, state in minuted:
        pk.action(number=ref, text=text, update=update, status=state, status_source="status_column", date=date,
                  topic=topic, key=f"ACTION {ref}: {text}")
        rows.append((ref, "03.04.29", text, update, brag))
    pk.add(T(tuple(rows), (9, 15, 35, 30, 11), header_rows=1))
    look = register_dejavu_serif()
    return pk, render_pdf(pk.blocks, look, pk.title, pk.organisation)


# --- 8. South Yorkshire: the Mayor's levels in a closing "RESOLVED" (reportlab, landscape) -------------------

def south_yorkshire() -> tuple[Pack, bytes]:
    pk = Pack("south-yorkshire-mayor-pab-2029-05-15-round41.pdf", "South Yorkshire Police",
              "Mayor of South Yorkshire", "Public Accountability Board", "2029-05-15")
    pk.add(P("South Yorkshire Mayoral Combined Authority – Policing and Crime"),
           P("8 May 2029"),
           P("To: Members of the Public Accountability Board"),
           P("Dear Colleague,"),
           P("You are invited to attend the next meeting of the Public Accountability Board, chaired by the "
             "Mayor of South Yorkshire, on Tuesday 15 May 2029 at 10.00 am at Carbrook House, Sheffield. The "
             "agenda and papers are attached."),
           P("Yours sincerely, Head of Governance, Policing and Crime"),
           H(pk.meeting("PUBLIC ACCOUNTABILITY BOARD", "2029-05-15", None, title="Public Accountability Board"),
             2))
    rows = [("Item", "Title", "Presenter", "Page")]
    for n, title, who, page in (
            ("1", "Welcome and apologies", "Mayor", "–"),
            ("2", "Minutes of the meeting held on 13 March 2029", "Mayor", "3"),
            ("3", "Action log", "Head of Governance", "7"),
            ("4", "Neighbourhood crime: burglary and vehicle crime", "ACC Local Policing", "9"),
            ("5", "Public questions", "Mayor", "–"),
            ("6", "Any other business", "Mayor", "–")):
        rows.append((n, pk.agenda(n, title, who), who, page))
    pk.add(T(tuple(rows), (8, 60, 22, 10), header_rows=1), Break())

    date, topic = "2029-03-13", "Mental health and policing"
    pk.add(H(pk.meeting("MINUTES OF THE PUBLIC ACCOUNTABILITY BOARD HELD ON 13 MARCH 2029", date, topic), 2),
           P("**PAB 29/08  Welcome and apologies** – The Mayor welcomed those present. Apologies were received "
             "from the Deputy Chief Constable."),
           P("**PAB 29/09  Minutes** – The minutes of the meeting held on 16 January 2029 were agreed."),
           P(f"**PAB 29/10  {topic}**"),
           P("The Assistant Chief Constable presented the report. The Mayor put the following questions to the "
             "Chief Constable."))
    questions = (
        ("How much officer time was spent on mental health incidents in 2028, and how has it changed since "
         "the force began handing calls to health services?",
         "Officers spent 38,400 hours on mental health incidents in 2028, 22% fewer than in 2027. Calls where "
         "there is no risk to life are now passed to the crisis line.",
         "Assured", None),
        ("How long do people detained under section 136 wait for a health-based place of safety?",
         "The average wait was 5 hours 50 minutes. Officers stayed with the person for the whole wait in most "
         "cases; the health trust has opened two more assessment rooms.",
         "Partly assured", "the Mayor asked to see the health trust's figures for the first quarter."),
        ("What training have call handlers and officers had on the new way of working?",
         "Call handlers have all been trained. Refresher training for response officers has reached 41% of "
         "them.", "Not assured", "too few response officers have had the refresher training."),
    )
    for i, (q, answer, level, comment) in enumerate(questions, 1):
        pk.add(P(f"**Question {i}:** {pk.decision(date=date, topic=topic, number=str(i), question=q, evidence=answer, assurance=level, commentary=comment)}"),
               P(answer))
    clauses = []
    for i, (_, _, level, comment) in enumerate(questions, 1):
        clauses.append(f"({'i' * i if i < 4 else 'iv'}) Question {i} – {level.lower()}"
                       + (f": {comment}" if comment else "."))
    pk.add(P("**RESOLVED –** That the Mayor's assurance be recorded as follows:"),
           *(P(c, indent=18) for c in clauses),
           P("(iv) That actions PAB 29/06 and PAB 29/07 be added to the action log.", indent=18),
           P("**PAB 29/11  Any other business** – None."), Break(),
           H("Action log", 2))
    rows = [("Ref", "Meeting", "Action", "Lead", "Update")]
    for ref, raised, iso, text, who, update, state, tpc in (
            ("PAB 28/41", "14 Nov 2028", "2028-11-14", "Provide a breakdown of burglary outcomes by district.",
             "Head of Performance", "The breakdown was circulated to Board members on 5 December 2028.",
             "complete", None),
            ("PAB 29/02", "16 Jan 2029", "2029-01-16", "Report on the use of drones in missing person searches.",
             "Chief Superintendent, Operations", "The report will be brought to the July meeting.",
             "outstanding", None),
            ("PAB 29/06", "13 Mar 2029", date, "Share the health trust's section 136 waiting time figures for "
             "quarter 1.", "ACC Specialist Operations", "The figures were received from the trust and shared "
             "with the Mayor on 18 April 2029.", "complete", topic),
            ("PAB 29/07", "13 Mar 2029", date, "Set out when all response officers will have completed the "
             "refresher training.", "ACC Specialist Operations", "Further sessions are being scheduled for "
             "June and July.", "outstanding", topic)):
        pk.action(number=ref, text=text, update=update, status=state, status_source="inferred_from_update",
                  date=iso, topic=tpc)
        rows.append((ref, raised, text, who, update))
    pk.add(T(tuple(rows), (10, 11, 33, 16, 30), header_rows=1))
    return pk, render_pdf(pk.blocks, PdfLook(landscape=True, margin=54), pk.title, pk.organisation)


# --- 9. West Yorkshire: the level as a coloured dot against a legend (Word -> PDF) ---------------------------

def west_yorkshire() -> tuple[Pack, bytes]:
    pk = Pack("west-yorkshire-dmpc-com-2029-03-27-round41.pdf", "West Yorkshire Police",
              "Deputy Mayor for Policing and Crime", "Community Outcomes Meeting", "2029-03-27")
    theme = "Safer roads"
    pk.add(P("**West Yorkshire Combined Authority – Policing and Crime**"),
           H(pk.meeting("Community Outcomes Meeting", "2029-03-27", theme)),
           P("**Chair:** Deputy Mayor for Policing and Crime"),
           P("**Date:** Tuesday 27th March 2029, 14:00 – 16:00, Wellington House, Leeds"),
           P(f"**Theme:** {theme}"), H("Agenda", 2))
    rows = [("Item", "Title", "Lead")]
    for n, title, who in (
            ("1", "Welcome and apologies", "Deputy Mayor"),
            ("2", "Notes and action log of 30th January 2029", "Head of Partnerships"),
            ("3", "Safer roads: fatal and serious collisions", "Chief Superintendent, Roads Policing"),
            ("4", "Community safety partnership funding", "Director of Policing and Crime"),
            ("5", "Any other business", "Deputy Mayor")):
        rows.append((n, pk.agenda(n, title, who), who))
    pk.add(T(tuple(rows), (8, 60, 32), header_rows=1), Break())

    date, topic = "2029-01-30", "Serious violence and knife crime"
    pk.add(H(pk.meeting("Notes of the Community Outcomes Meeting held on 30th January 2029", date, topic), 2),
           P("**1. Welcome and apologies.** The Deputy Mayor welcomed those present."),
           H(f"2. {topic}", 3),
           P(f"**Assurance:**  {sq(GREEN, '●')} Assured   {sq(AMBER, '●')} Partly assured   "
             f"{sq(RED, '●')} Not assured   {sq(GREY, '●')} Not yet assessed"))
    questions = (
        ("SV1", "How has knife crime changed in the last year, and where is it concentrated?",
         "Knife crime fell by 8% to 2,140 offences. Half of it is in eleven wards, all of them in Leeds and "
         "Bradford.", GREEN, "Assured", "The Deputy Mayor welcomed the fall and the focus on the eleven wards."),
        ("SV2", "How many young people referred by the Violence Reduction Unit completed a programme?",
         "Of 612 referrals, 388 young people completed a programme. The force does not yet know whether they "
         "reoffended.", AMBER, "Partly assured", "The Deputy Mayor asked for reoffending data."),
        ("SV3", "How is the force using knife arches and weapons sweeps around schools and colleges?",
         "Sweeps are held near twelve schools each month, but schools are not told the results.", RED,
         "Not assured", "The Deputy Mayor asked that results are shared with schools."),
        ("SV4", "What effect has the serious violence duty had on partners' data sharing?",
         "Health data sharing began in January; the first joint analysis is due in April.", GREY, None,
         "To be assessed when the joint analysis is available."),
    )
    rows = [("Ref", "Question", "Response", "Assurance", "Deputy Mayor's comments")]
    for ref, q, answer, colour, level, comment in questions:
        pk.decision(date=date, topic=topic, number=ref, question=q, evidence=answer, assurance=level,
                    commentary=comment)
        rows.append((ref, q, answer, sq(colour, "●"), comment))
    pk.add(T(tuple(rows), (7, 26, 32, 14, 21), header_rows=1))
    minuted = (
        ("COM 29/03", "Provide reoffending data for young people who completed a Violence Reduction Unit "
         "programme.", "Data requested from the Youth Justice Service.", "Open – on track", "outstanding"),
        ("COM 29/04", "Agree with the local authorities how the results of weapons sweeps are shared with "
         "schools.", "Protocol agreed and in use from 1st March 2029.", "Closed", "complete"),
    )
    pk.add(P("**Actions agreed**"), Num(tuple(text for _, text, *_ in minuted)),
           P("**3. Any other business.** None."), Break(), H("Action log", 2))
    rows = [("Ref", "Meeting", "Action", "Update", "Status")]
    for ref, raised, iso, text, update, status, state in (
            ("COM 28/27", "29/11/2028", "2028-11-29", "Share the evaluation of the night-time economy "
             "marshals with the Deputy Mayor.", "Evaluation shared on 15th January 2029.", "Closed", "complete"),
            ("COM 28/29", "29/11/2028", "2028-11-29", "Report how many domestic abuse victims were referred "
             "to the new perpetrator programme.", "Referral data held up by a system change.",
             "Open – delayed", "outstanding")):
        pk.action(number=ref, text=text, update=update, status=state, status_source="status_column", date=iso,
                  topic=None)
        rows.append((ref, raised, text, update, status))
    for ref, text, update, status, state in minuted:
        pk.action(number=ref, text=text, update=update, status=state, status_source="status_column", date=date,
                  topic=topic)
        rows.append((ref, "30/01/2029", text, update, status))
    pk.add(T(tuple(rows), (13, 14, 35, 26, 12), header_rows=1))
    return pk, docx_to_pdf(build_docx(pk))


PACKS: dict[str, Callable[[], tuple[Pack, bytes]]] = {
    "merseyside": merseyside, "kent": kent, "avon-somerset": avon_somerset, "north-wales": north_wales,
    "humberside": humberside, "leicestershire": leicestershire, "norfolk": norfolk,
    "south-yorkshire": south_yorkshire, "west-yorkshire": west_yorkshire,
}


def main(prefixes: list[str]) -> None:
    for key, build in PACKS.items():
        if not prefixes or any(key.startswith(p) for p in prefixes):
            write(*build())


if __name__ == "__main__":
    main(sys.argv[1:])
