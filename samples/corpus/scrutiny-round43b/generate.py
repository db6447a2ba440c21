"""Held-out scrutiny round 43b (issue 4): nine packs of PCC offices, written blind.

Each builder call that prints a meeting heading, an agenda row, a question or an action also writes
its gold record, so the gold says what the page says. A PDF record's page is the first page whose
pdfplumber text or table cells hold the start of its key text; the run stops if a key is on no page
or a PDF table cell's words differ from the source's (a word split across cells or lines).

    .venv/bin/python samples/corpus/scrutiny-round43b/generate.py [NAME-PREFIX ...]

Gold goes to gold/ (it was held out in heldout/, scored once in session 10, then promoted).
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
from scrutiny_common import CORPUS  # noqa: E402,F401  (puts scrutiny-round3's render on sys.path)
from render import Break, Bul, H, Num, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402
from generator.model import runs  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind for held-out round 43b; every record hand-checked against the rendered pages and "
           "`scrutiny inspect` (layout only) by the round's writer; the extractors were never run on it.")
WHEN = datetime(2031, 6, 1, 9, 0, 0)
GREEN, AMBER, RED, GREY = "#00b050", "#ffc000", "#ff0000", "#bfbfbf"


def plain(text: str) -> str:
    """The words a reader sees: the inline markup removed."""
    return "".join(r.text for r in runs(text)).replace("~~", "")


@dataclass
class Pack:
    name: str
    force: str
    organisation: str
    title: str
    meeting_date: str
    publication_date: str | None = None
    blocks: list = field(default_factory=list)
    records: dict = field(default_factory=lambda: {k: [] for k in (
        "meetings", "agenda_items", "assurance_decisions", "actions")})
    keys: list = field(default_factory=list)  # (record, key text) for PDF pages

    def add(self, kind: str, record: dict, key: str) -> dict:
        record = {"page": None, **record}
        self.records[kind].append(record)
        self.keys.append((record, plain(key)))
        return record

    def meeting(self, date: str, title: str, topic: str | None) -> None:
        self.add("meetings", {"meeting_date": date, "topic": topic, "organisation": self.organisation,
                              "title": plain(title)}, title)

    def agenda(self, number: str, title: str, presenter: str | None) -> None:
        self.add("agenda_items", {"meeting_date": self.meeting_date, "number": number.rstrip("."), "title": plain(title),
                                  "presenter": presenter if presenter not in ("", "–") else None}, title)

    def decision(self, date: str, topic: str | None, number: str, question: str, evidence: str,
                 assurance: str | None, commentary: str | None) -> None:
        self.add("assurance_decisions", {"meeting_date": date, "topic": topic, "question_number": number,
                                         "question": plain(question), "evidence_summary": plain(evidence),
                                         "assurance": assurance, "commentary": commentary}, question)

    def action(self, date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
               status: str, status_source: str, source: str = "action_tracker") -> None:
        self.add("actions", {"meeting_date": date, "topic": topic, "number": number, "text": plain(text),
                             "update": plain(update) if update else None, "status": status,
                             "status_source": status_source, "source": source}, text)

    def front(self, office_lines: tuple[str, ...], extra: tuple[str, ...], theme: str | None,
              rows: list[tuple[str, str, str | None]], headers: tuple[str, str, str], presenter_blank: str = "",
              bordered: bool = True, widths: tuple[float, ...] = (1, 7, 4)) -> None:
        for line in office_lines:
            self.blocks.append(P(f"**{line}**"))
        self.blocks.append(H(self.title, 1))
        for line in extra:
            self.blocks.append(P(line))
        self.meeting(self.meeting_date, self.title, theme)
        cells = [headers]
        for number, title, presenter in rows:
            cells.append((number, title, presenter if presenter else presenter_blank))
            self.agenda(number, title, presenter)
        self.blocks.append(T(tuple(cells), widths, header_rows=1, bordered=bordered))

    def gold(self, data: bytes) -> dict:
        document = {"page": None, "file_type": "pdf" if self.name.endswith(".pdf") else "docx",
                    "doc_kind": "scrutiny_pack", "status": "ok", "publication_date": self.publication_date,
                    "title": self.title, "force": self.force, "organisation": self.organisation,
                    "meeting_date": self.meeting_date}
        if self.name.endswith(".pdf"):
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                document["pages"] = len(pdf.pages)
            set_pages(data, self.keys, self.blocks)
        return {"documents": [document], **self.records, "grades": []}


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


BULLETS = {"", "\uf0b7", "•", "o"}  # list bullets (Word's Symbol glyph, reportlab's dot) are no words


def words(text: str) -> set[str]:
    return {w.strip(".,;:()–-'\"?") for w in text.split()} - BULLETS


def set_pages(data: bytes, keys: list[tuple[dict, str]], blocks: list) -> None:
    source_words: set[str] = set()
    for block in blocks:
        if isinstance(block, T):
            for row in block.rows:
                for cell in row:
                    parts = cell if isinstance(cell, tuple) else (cell,)
                    for part in parts:
                        for item in (part.items if isinstance(part, Bul) else (part,)):
                            if item is not None:
                                source_words |= words(plain(str(item)))
    pages: list[str] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            cells = []
            for table in page.extract_tables():
                for row in table:
                    for cell in row:
                        if cell:
                            cells.append(cell)
                            stray = words(cell) - source_words
                            if stray:
                                raise SystemExit(f"p{number}: cell words not in the source {sorted(stray)[:5]}: {cell!r}")
            pages.append(squash((page.extract_text() or "") + " " + " ".join(cells)))
    for record, key in keys:
        # 45 letters, or fewer where a borderless table's first line holds less of the cell
        for size in (45, 35, 25, 18):
            found = [n for n, text in enumerate(pages, 1) if squash(key)[:size] in text]
            if found:
                break
        else:
            raise SystemExit(f"key on no page: {key!r}")
        record["page"] = found[0]


def square(colour: str) -> str:
    return "{" + colour + "|■}"


# --- 1. Essex: Word -> PDF, Common (the reference pack's form, table over a page break) ------------

def essex() -> tuple[Pack, bytes]:
    pk = Pack("essex-pfcc-psb-2031-07-15-round43b.pdf", "Essex Police",
              "Police, Fire and Crime Commissioner for Essex", "Performance and Scrutiny Board", "2031-07-15")
    pk.front(("Police, Fire and Crime Commissioner for Essex",),
             ("Tuesday 15th July 2031, 10:00, Meeting Room 2, Kelvedon Park",
              "**Theme:** Rural and wildlife crime"),
             "Rural and wildlife crime",
             [("1", "Welcome and apologies", "PFCC"),
              ("2", "Notes of the meeting held on 3rd June 2031", "Head of Performance and Scrutiny"),
              ("3", "Action tracker", "Head of Performance and Scrutiny"),
              ("4", "Rural and wildlife crime", "ACC Local Policing"),
              ("5", "Any other business", None)],
             ("Item", "Title", "Presented by"))
    pk.blocks.append(Break())
    date, topic = "2031-06-03", "Shoplifting and Retail Crime"
    heading = "DRAFT NOTES – PERFORMANCE AND SCRUTINY BOARD (SHOPLIFTING AND RETAIL CRIME) – 3RD JUNE 2031"
    pk.blocks.append(H(heading, 2))
    pk.meeting(date, heading, topic)
    pk.blocks.append(P("Present: the PFCC (chair), Deputy Chief Constable, Head of Performance and Scrutiny, "
                       "Business Crime Lead."))
    pk.blocks.append(P("The Deputy Chief Constable introduced the force's retail crime plan, which was refreshed in "
                       "March with the county's business crime partnerships. He explained that the plan sets three "
                       "aims: to make reporting easier for shop staff, to bring more offenders to justice, and to "
                       "reduce repeat victimisation of the same stores. The Business Crime Lead then answered the "
                       "questions the PFCC had sent in advance, with the PFCC's decision recorded against each."))
    qs = [
        ("1", "How has recorded shoplifting changed over the last twelve months, and how does the force compare "
              "with its most similar group?",
         ("Recorded shoplifting rose by 14% in the year to April 2031, the second highest rise in the most similar group.",
          "Two thirds of the rise is in three town centres where retailers joined the new online reporting form.",
          "Repeat offenders account for 41% of recorded offences; 62 people were responsible for more than ten offences each."),
         "Assured", "Assured", "The PFCC accepted that better reporting explains much of the rise."),
        ("2", "What proportion of shoplifting offences result in a charge or summons, and what is being done to "
              "improve it?",
         ("The charge and summons rate was 11.8% against a national rate of 17%.",
          "A retail crime desk now reviews every report within 48 hours and requests CCTV the same day.",
          "Early figures from the desk show a rate of 16% in May, though the PFCC was told the sample is small.",
          "Retailers said that stills sent through the portal are often too poor to identify suspects, and the force "
          "is piloting a short guide for store staff on the footage it needs."),
         "Partly Assured", "Partly assured",
         "The PFCC welcomed the desk but asked for a further three months of outcome data before taking assurance."),
        ("3", "How are violence and abuse against shop workers recorded and followed up?",
         ("Assaults on retail workers are flagged on the crime system, but an audit found the flag missing on 23% of "
          "eligible crimes.",
          "Officers attend 58% of reports of violence against shop workers within the hour.",
          "There is no agreed process for telling victims of the outcome when a suspect is not identified."),
         "Not Assured", "Not assured",
         "The PFCC was concerned that the flag is missing so often and asked for a re-audit."),
        ("4", "How does the force work with business crime partnerships to target prolific offenders?",
         ("Eleven partnerships share images of prolific offenders through a secure platform.",
          "Criminal behaviour orders were obtained against 19 people in the last year, up from 7.",
          "Neighbourhood inspectors attend each partnership's quarterly meeting."),
         "Assured", "Assured", "The PFCC asked that the partnerships' feedback be shared at a future Board."),
    ]
    rows = [("Question", "Brief Summary of Evidence", "Decision of PFCC")]
    for number, question, evidence, raw, level, comment in qs:
        rows.append((f"{number}. {question}", (Bul(evidence),), (f"**{raw}**", f"*{comment}*")))
        pk.decision(date, topic, number, question, " ".join(evidence), level, comment)
    pk.blocks.append(T(tuple(rows), (4, 7, 3), header_rows=1))
    pk.blocks.append(H("Actions", 3))
    minuted = [
        ("Provide the Board with three further months of charge and summons data for shoplifting.",
         "Data for June to August to be presented in September.", RED, "outstanding"),
        ("Re-audit the retail worker flag on violent crimes and report the result to the OPCC.",
         "Re-audit completed; the flag was missing on 9% of crimes.", GREEN, "complete"),
    ]
    pk.blocks.append(Num(tuple(t for t, *_ in minuted)))
    pk.blocks.append(Break())
    pk.blocks.append(H("Scrutiny Actions 2031/32", 2))
    pk.blocks.append(P(f"{square(GREEN)} = Action Complete        {square(RED)} = Action Outstanding"))
    older = [
        ("Anti-social behaviour", "Share the evaluation of the youth diversion scheme with the PFCC.",
         "Evaluation shared on 2 May 2031.", GREEN, "complete"),
        (None, "Set out how hotspot patrol hours are recorded in each district.",
         "Recording guidance is being rewritten and will be issued in August.", RED, "outstanding"),
        ("Roads policing", "Provide the number of drivers referred to speed awareness courses by camera vans.",
         "Figures provided to the OPCC on 19 May 2031.", GREEN, "complete"),
    ]
    tracker = [("Topic", "Action", "Update", "")]
    spans = [(1, 0, 2, 1)]  # the first topic cell merged over its two rows
    current = None
    for tp, text, update, colour, status in older:
        current = tp or current  # a merged topic cell carries down
        tracker.append((tp, text, update, square(colour)))
        pk.action(None, current, None, text, update, status, "glyph_colour")
    start = len(tracker)
    for n, (text, update, colour, status) in enumerate(minuted, 1):
        tracker.append(("Shoplifting and Retail Crime" if n == 1 else None, text, update, square(colour)))
        pk.action(date, topic, str(n), text, update, status, "glyph_colour")
    spans.append((start, 0, 2, 1))
    pk.blocks.append(T(tuple(tracker), (3, 6, 6, 1), header_rows=1, spans=tuple(spans)))
    docx = render_docx(pk.blocks, title=pk.title, author="OPFCC Essex", when=WHEN,
                       header=("Police, Fire and Crime Commissioner for Essex – Performance and Scrutiny Board",))
    return pk, docx_to_pdf(docx)


# --- 2. Gloucestershire: Word, Common (question headings, level and comment lines) -----------------

def gloucestershire() -> tuple[Pack, bytes]:
    pk = Pack("gloucestershire-pcc-ab-2031-08-12-round43b.docx", "Gloucestershire Constabulary",
              "Police and Crime Commissioner for Gloucestershire", "Accountability Board", "2031-08-12")
    pk.front(("Office of the Police and Crime Commissioner for Gloucestershire",),
             ("Date: 12/08/2031   Time: 14:00   Venue: Conference Room, Waterwells",
              "**Focus of the meeting:** Missing persons"),
             "Missing persons",
             [("1.", "Apologies", "Chair"),
              ("2.", "Minutes of the last meeting (24/06/2031)", "Chief Executive"),
              ("3.", "Action log", "Chief Executive"),
              ("4.", "Missing persons", "Supt Public Protection"),
              ("5.", "Any other business", "")],
             ("No.", "Item", "Lead"))
    pk.blocks.append(Break())
    date, topic = "2031-06-24", "Hate crime"
    heading = "Minutes of the Accountability Board held on 24/06/2031"
    pk.blocks.append(H(heading, 1))
    pk.meeting(date, heading, topic)
    pk.blocks.append(H("1. Apologies", 2))
    pk.blocks.append(P("Apologies were received from the Deputy Chief Constable."))
    pk.blocks.append(H("2. Minutes and action log", 2))
    pk.blocks.append(P("The minutes of 13/05/2031 were agreed. The action log is attached."))
    pk.blocks.append(H("3. Hate crime", 2))
    qs = [
        ("1", "How many hate crimes were recorded in 2030/31 and which strands rose the most?",
         ("1,184 hate crimes were recorded, 6% more than in 2029/30.",
          "Disability hate crime rose by 21%, the largest rise of any strand."),
         "Assured", "Assured", "The PCC thanked the force for a clear breakdown by strand."),
        ("2", "How are victims of hate crime kept informed about their case?",
         ("Victim contracts were completed in 71% of cases in the last quarter.",
          "A monthly dip sample found updates were late in one case in four."),
         "Partially assured", "Partly assured", "Updates need to be more timely; the PCC asked for the next dip sample."),
        ("3", "What training have call handlers received on identifying hate incidents?",
         ("A new module was launched in April; 38% of call handlers have completed it.",),
         "Not assured", "Not assured", "The PCC asked that completion be reported monthly until it reaches 90%."),
    ]
    for number, question, evidence, raw, level, comment in qs:
        pk.blocks.append(H(f"Question {number}", 3))
        pk.blocks.append(P(f"**{question}**"))
        pk.blocks.append(P("*Response:*"))
        pk.blocks.append(Bul(evidence))
        pk.blocks.append(P(f"**Level of assurance:** {raw}"))
        pk.blocks.append(P(f"**PCC comment:** {comment}"))
        pk.decision(date, topic, number, question, " ".join(evidence), level, comment)
    pk.blocks.append(H("Actions", 3))
    minuted = [("AB 31/14", "Provide the next dip sample of hate crime victim updates to the OPCC.",
                "Dip sample received on 30/07/2031.", "Complete", "complete"),
               ("AB 31/15", "Report call handler completion of the hate incident module each month.",
                "", "Not started", "outstanding")]
    for ref, text, *_ in minuted:
        pk.blocks.append(P(f"**{ref}:** {text}"))
    pk.blocks.append(H("4. Any other business", 2))
    pk.blocks.append(P("None."))
    pk.blocks.append(Break())
    pk.blocks.append(H("Action log", 1))
    rows = [("Ref", "Raised", "Action", "Owner", "Progress", "Status")]
    older = [("AB 31/09", "13/05/2031", "2031-05-13", "Circulate the drone unit's deployment figures for 2030/31.",
              "ACC Operations", "Figures circulated on 02/06/2031.", "Complete", "complete"),
             ("AB 31/11", "13/05/2031", "2031-05-13", "Confirm the date for the custody healthcare contract review.",
              "Head of Finance", "Review set for September; terms of reference in draft.", "In progress", "outstanding")]
    for ref, raised, iso, text, owner, update, raw, status in older:
        rows.append((ref, raised, text, owner, update, raw))
        pk.action(iso, None, ref, text, update, status, "status_column")
    for ref, text, update, raw, status in minuted:
        rows.append((ref, "24/06/2031", text, "Supt Public Protection", update, raw))
        pk.action(date, topic, ref, text, update or None, status, "status_column")
    pk.blocks.append(T(tuple(rows), (2, 2.2, 5, 2.6, 5, 2), header_rows=1))
    return pk, render_docx(pk.blocks, title=pk.title, author="OPCC Gloucestershire", when=WHEN)


# --- 3. Hertfordshire: reportlab, DejaVu Serif, Common (Outcome column, shaded status cells) ---------

def hertfordshire() -> tuple[Pack, bytes]:
    pk = Pack("hertfordshire-pcc-sb-2031-09-09-round43b.pdf", "Hertfordshire Constabulary",
              "Police and Crime Commissioner for Hertfordshire", "Strategic Board", "2031-09-09")
    pk.front(("Hertfordshire Police and Crime Commissioner",), ("9 September 2031, 10.00 am",), None,
             [("1", "Apologies and declarations", "Commissioner"),
              ("2", "Minutes of 22 July 2031 and action log", "Chief Executive"),
              ("3", "Violence against women and girls", "ACC Crime"),
              ("4", "Fleet and estates update", "Director of Resources"),
              ("5", "Date of next meeting", "–")],
             ("Item", "Subject", "Presenter"), bordered=False)
    pk.blocks.append(Break())
    date, topic = "2031-07-22", "Burglary"
    heading = "Minutes of the Strategic Board – 22 July 2031"
    pk.blocks.append(H(heading, 2))
    pk.meeting(date, heading, topic)
    pk.blocks.append(P("Items 1 and 2 (apologies; minutes of 10 June 2031) were taken as read."))
    pk.blocks.append(H("3. Burglary", 3))
    qs = [
        ("1", "What is the force's solved rate for residential burglary, and how has it moved since last year?",
         "The solved rate is 7.9%, up from 5.2%. Forensic attendance at every burglary since January has added "
         "about forty solved crimes.", "Assured", "Assured", "A real improvement, which the Commissioner wants sustained."),
        ("2", "Is every victim of burglary visited by an officer, and within what time?",
         "94% of victims were visited; the median time to attend was 19 hours, against a standard of 24.",
         "Partly assured", "Partly assured", "Six per cent not visited is too many; the Commissioner asked why."),
        ("3", "How does the force target handlers of stolen goods?",
         "A pawnbroker and second-hand dealer visit programme started in May; results are not yet available.",
         "Deferred", None, "Deferred to November when the first results are in."),
        ("4", "What crime prevention advice is given to repeat victims?",
         "Repeat victims are offered a home security survey; 61% took it up last quarter.",
         "Assured", "Assured", None),
    ]
    rows = [("No.", "Question", "Response", "Outcome", "Comments")]
    for number, question, evidence, raw, level, comment in qs:
        rows.append((number, question, evidence, raw, comment or ""))
        pk.decision(date, topic, number, question, evidence, level, comment)
    pk.blocks.append(T(tuple(rows), (1.2, 4, 5.4, 2.6, 4), header_rows=1))
    pk.blocks.append(P("**Actions agreed**"))
    minuted = [("SB/31/22", "Explain why six per cent of burglary victims were not visited.",
                "Explanation provided at the August briefing.", GREEN, "complete"),
               ("SB/31/23", "Report the first results of the dealer visit programme.",
                "To be reported in November.", AMBER, "outstanding")]
    pk.blocks.append(Bul(tuple(f"{ref} – {text}" for ref, text, *_ in minuted)))
    pk.blocks.append(Break())
    pk.blocks.append(H("Action log", 2))
    pk.blocks.append(P("Key: green – complete; amber – in progress, on track; red – overdue."))
    rows = [("Ref", "Date", "Action", "Update", "RAG")]
    fills = {}
    older = [("SB/31/15", "10/06/31", "2031-06-10", "Share the draft road safety partnership plan.",
              "Delayed; the partnership has not yet met.", RED, "outstanding"),
             ("SB/31/17", "10/06/31", "2031-06-10", "Confirm the start date of the new custody suite.",
              "Opens 3 November 2031.", GREEN, "complete")]
    for ref, raised, iso, text, update, colour, status in older:
        fills[(len(rows), 4)] = colour
        rows.append((ref, raised, text, update, ""))
        pk.action(iso, None, ref, text, update, status, "cell_shading")
    for ref, text, update, colour, status in minuted:
        fills[(len(rows), 4)] = colour
        rows.append((ref, "22/07/31", text, update, ""))
        pk.action(date, topic, ref, text, update, status, "cell_shading")
    pk.blocks.append(T(tuple(rows), (2.6, 2.4, 6, 6, 1.6), header_rows=1, fills=fills))
    look = register_dejavu_serif()
    return pk, render_pdf(pk.blocks, look, pk.title, "OPCC Hertfordshire")


# --- 4. Humberside: Word -> PDF, New: closed tracker rows shaded grey -------------------------------

def humberside() -> tuple[Pack, bytes]:
    pk = Pack("humberside-pcc-ab-2031-10-07-round43b.pdf", "Humberside Police",
              "Police and Crime Commissioner for Humberside", "Accountability Board", "2031-10-07")
    pk.front(("Humberside Police & Crime Commissioner",), ("Tuesday 7 October 2031 at 2pm", "**Topic:** Neighbourhood policing"),
             "Neighbourhood policing",
             [("1", "Introductions and apologies", "Commissioner"),
              ("2", "Minutes of the previous meeting and action log", "Governance Officer"),
              ("3", "Neighbourhood policing", "Chief Superintendent, Local Policing"),
              ("4", "Any other business", None)],
             ("Item", "Title", "Lead Officer"))
    pk.blocks.append(Break())
    date, topic = "2031-08-26", "Drug supply and county lines"
    heading = "Notes of the Accountability Board held on 26th August 2031"
    pk.blocks.append(H(heading, 2))
    pk.meeting(date, heading, topic)
    pk.blocks.append(H("Item 3 – Drug supply and county lines", 3))
    qs = [
        ("1", "How many county lines have been closed in the last six months?",
         ("Fourteen lines were closed, eleven with charges against the line holder.",), "Assured", "Assured",
         "Good progress recognised."),
        ("2", "How are children exploited by drug gangs identified and safeguarded?",
         ("Every child arrested for supply is referred to the exploitation hub.",
          "Return interviews are held in 68% of missing episodes involving these children."),
         "Partially Assured", "Partly assured", "The Commissioner asked for the return interview rate each quarter."),
        ("3", "What is the force doing about cannabis cultivation in rented homes?",
         ("Landlord training is planned but no date has been set.",), "Not Assured", "Not assured",
         "The Commissioner expects a plan by the next Board."),
    ]
    rows = [("Q", "Question", "Force response", "PCC Decision")]
    for number, question, evidence, raw, level, comment in qs:
        rows.append((f"Q{number}", question, (Bul(evidence),), (f"**{raw}**", comment)))
        pk.decision(date, topic, number, question, " ".join(evidence), level, comment)
    pk.blocks.append(T(tuple(rows), (0.8, 5, 6, 3.5), header_rows=1))
    pk.blocks.append(P("**Actions:**"))
    minuted = [("AB31-33", "Report the return interview rate for exploited children each quarter.",
                "First quarterly figure due at the November Board.", False, "outstanding"),
               ("AB31-34", "Present a plan to tackle cannabis cultivation in rented homes.",
                "Plan presented to the OPCC on 29 September 2031.", True, "complete")]
    pk.blocks.append(Bul(tuple(f"{text} ({ref})" for ref, text, *_ in minuted)))
    pk.blocks.append(Break())
    pk.blocks.append(H("Accountability Board – Action Log", 2))
    pk.blocks.append(P("Actions shaded grey are closed and will be removed from the next log; "
                       "unshaded actions remain open."))
    rows = [("Ref", "Date of Board", "Action", "Owner", "Update")]
    fills = {}
    older = [("AB31-27", "15.07.2031", "2031-07-15", "Circulate the force's new missing persons policy to the OPCC.",
              "ACC", "Policy circulated 4 August.", True, "complete"),
             ("AB31-29", "15.07.2031", "2031-07-15", "Arrange a visit by the Commissioner to the control room.",
              "Ch Supt Contact", "Visit being arranged for late October.", False, "outstanding"),
             ("AB31-30", "15.07.2031", "2031-07-15", "Provide a breakdown of overtime spend by department.",
              "Director of Finance", "Breakdown provided with the Q1 finance report.", True, "complete")]
    for ref, raised, iso, text, owner, update, closed, status in older:
        if closed:
            fills.update({(len(rows), c): GREY for c in range(5)})
        rows.append((ref, raised, text, owner, update))
        pk.action(iso, None, ref, text, update, status, "cell_shading")
    for ref, text, update, closed, status in minuted:
        if closed:
            fills.update({(len(rows), c): GREY for c in range(5)})
        rows.append((ref, "26.08.2031", text, "ACC Crime", update))
        pk.action(date, topic, ref, text, update, status, "cell_shading")
    pk.blocks.append(T(tuple(rows), (1.6, 1.8, 5, 2, 5), header_rows=1, fills=fills))
    docx = render_docx(pk.blocks, title=pk.title, author="Humberside OPCC", when=WHEN)
    return pk, docx_to_pdf(docx)


# --- 5. Leicestershire: reportlab, New: a rating 1-4 where 1 is the highest ------------------------

def leicestershire() -> tuple[Pack, bytes]:
    pk = Pack("leicestershire-pcc-cgb-2031-11-04-round43b.pdf", "Leicestershire Police",
              "Police and Crime Commissioner for Leicester, Leicestershire and Rutland",  # its one name in the gold
              "Corporate Governance Board", "2031-11-04")
    pk.front(("Office of the Police and Crime Commissioner for Leicestershire",),
             ("4th November 2031 · 09:30 · Force Headquarters, Enderby",), None,
             [("1", "Apologies", "Chair"),
              ("2", "Minutes of the meeting of 16th September 2031", "Chief Executive"),
              ("3", "Stop and search", "Supt Operations"),
              ("4", "Estates strategy", "Director of Finance"),
              ("5", "Any other business", "All")],
             ("Item", "Agenda item", "Presenter"))
    pk.blocks.append(Break())
    date, topic = "2031-09-16", "Contact management"
    heading = "Minutes of the Corporate Governance Board held on 16th September 2031"
    pk.blocks.append(H(heading, 2))
    pk.meeting(date, heading, topic)
    pk.blocks.append(P("**Assurance rating.** The Commissioner rates each question from 1 to 4: 1 – full assurance; "
                       "2 – substantial assurance; 3 – limited assurance; 4 – no assurance. A rating of 1 or 2 means "
                       "the Commissioner is assured, 3 that he is partly assured, and 4 that he is not assured."))
    pk.blocks.append(H("Item 3: Contact management", 3))
    qs = [
        ("3.1", "What proportion of 999 calls were answered within ten seconds in the last quarter?",
         "92.4% of 999 calls were answered within ten seconds against the national standard of 90%.",
         "1", "Assured", "Performance is above the standard."),
        ("3.2", "How long do callers to 101 wait, and how many abandon their call?",
         "The average wait was 6 minutes 40 seconds and 18% of callers abandoned.",
         "3", "Partly assured", "The Commissioner asked for the effect of the new call-back option."),
        ("3.3", "How is the quality of online crime reports checked?",
         "A team leader reviews a sample of 40 online reports each week; errors fell from 12% to 5%.",
         "2", "Assured", "Reassuring; the Commissioner noted the fall in errors."),
        ("3.4", "How does the force make sure vulnerable callers are identified at first contact?",
         "A vulnerability tool is used on 55% of calls; the force could not say how many vulnerable callers were missed.",
         "4", "Not assured", "The Commissioner wants an audit of calls where vulnerability was missed."),
    ]
    rows = [("No.", "Question", "Force response", "Rating", "Commissioner's comment")]
    for number, question, evidence, raw, level, comment in qs:
        rows.append((number, question, evidence, raw, comment))
        pk.decision(date, topic, number, question, evidence, level, comment)
    pk.blocks.append(T(tuple(rows), (1, 4.5, 6, 1.4, 4), header_rows=1))
    minuted = [("CGB 31/40", "Report the effect of the 101 call-back option on abandoned calls.",
                "Call-back went live on 6 October; data will be available in December.", "Open", "outstanding"),
               ("CGB 31/41", "Audit a sample of calls where vulnerability was missed at first contact.",
                "Audit of 200 calls completed and shared on 24 October 2031.", "Closed", "complete")]
    pk.blocks.append(P("**Actions:** " + " ".join(f"{ref} – {text}" for ref, text, *_ in minuted)))
    pk.blocks.append(Break())
    pk.blocks.append(H("Corporate Governance Board action log", 2))
    rows = [("Action No.", "Meeting", "Action", "Update", "Status")]
    older = [("CGB 31/33", "29th July 2031", "2031-07-29", "Provide the OPCC with the force's estates disposal list.",
              "List provided on 12 August 2031.", "Closed", "complete"),
             ("CGB 31/36", "29th July 2031", "2031-07-29", "Confirm how many special constables were recruited in 2030/31.",
              "Figures being validated by HR.", "Open", "outstanding")]
    for ref, raised, iso, text, update, raw, status in older:
        rows.append((ref, raised, text, update, raw))
        pk.action(iso, None, ref, text, update, status, "status_column")
    for ref, text, update, raw, status in minuted:
        rows.append((ref, "16th September 2031", text, update, raw))
        pk.action(date, topic, ref, text, update, status, "status_column")
    pk.blocks.append(T(tuple(rows), (2, 2.4, 5, 5, 1.4), header_rows=1))
    look = PdfLook(header="OPCC Leicestershire – Corporate Governance Board", footer="Official", margin=60)
    return pk, render_pdf(pk.blocks, look, pk.title, "OPCC Leicestershire")


# --- 6. Merseyside: Word, New: levels only in an assurance summary table closing the item ----------

def merseyside() -> tuple[Pack, bytes]:
    pk = Pack("merseyside-pcc-sm-2031-12-02-round43b.docx", "Merseyside Police",
              "Police and Crime Commissioner for Merseyside", "Scrutiny Meeting", "2031-12-02")
    pk.front(("Police and Crime Commissioner for Merseyside",),
             ("Meeting date: 2 Dec 2031", "**Theme:** Serious violence"), "Serious violence",
             [("1", "Welcome", "Commissioner"),
              ("2", "Notes and actions of the last meeting", "Scrutiny Manager"),
              ("3", "Serious violence duty: one year on", "Det Ch Supt Serious Crime"),
              ("4", "AOB", None)],
             ("No.", "Item", "Presenter"))
    pk.blocks.append(Break())
    date, topic = "2031-10-14", "Online child sexual abuse"
    heading = "Scrutiny Meeting – notes of the meeting held on 14 Oct 2031"
    pk.blocks.append(H(heading, 1))
    pk.meeting(date, heading, topic)
    pk.blocks.append(H("Item 3: Online child sexual abuse", 2))
    pk.blocks.append(P("The force answered the Commissioner's questions in turn. Her assurance on each is set out in "
                       "the summary at the end of this item."))
    qs = [
        ("1", "How long does it take to examine devices seized in online child abuse cases?",
         "The median wait for a full examination is 5 months; triage kiosks now give a first view within 48 hours.",
         "Partly assured", "Partly assured", "Triage helps, but five months is too long."),
        ("2", "How many referrals from the national crime agency were acted on within the target time?",
         "All 212 referrals in the last six months were risk-assessed within 24 hours and 96% visited within the target.",
         "Assured", "Assured", "A strong performance."),
        ("3", "What welfare support is given to staff who grade indecent images?",
         "Staff have six-monthly psychological screening and can opt out of grading at any time; uptake of "
         "counselling is not recorded.", "Assured", "Assured", "The Commissioner asked that uptake be recorded."),
        ("4", "How does the force work with schools to prevent online abuse?",
         "Officers have delivered sessions in 40 of 180 secondary schools; there is no plan for the rest.",
         "Not assured", "Not assured", "A plan for every school is needed."),
    ]
    for number, question, evidence, *_ in qs:
        pk.blocks.append(H(f"Q{number}. {question}", 3))
        pk.blocks.append(P(evidence))
    pk.blocks.append(P("**Summary of assurance**"))
    rows = [("Question", "Assurance level", "Commissioner's comment")]
    for number, question, evidence, raw, level, comment in qs:
        rows.append((f"Q{number}", raw, comment))
        pk.decision(date, topic, number, question, evidence, level, comment)
    pk.blocks.append(T(tuple(rows), (1.2, 2.5, 6), header_rows=1))
    pk.blocks.append(H("Actions agreed", 3))
    minuted = [("SM/31/52", "Provide a plan for prevention sessions in every secondary school.",
                "Plan drafted with the education authority; to be presented in January.", "In progress", "outstanding"),
               ("SM/31/53", "Record the uptake of counselling by staff who grade images.",
                "Recording started on 1 November 2031.", "Complete", "complete")]
    pk.blocks.append(Bul(tuple(f"{ref}: {text}" for ref, text, *_ in minuted)))
    pk.blocks.append(Break())
    pk.blocks.append(H("Scrutiny Meeting – action tracker", 1))
    rows = [("Action ref", "Raised", "Action", "Progress", "Status")]
    older = [("SM/31/44", "19 Aug 2031", "2031-08-19", "Share the knife crime hotspot evaluation.",
              "Shared 4 September.", "Complete", "complete"),
             ("SM/31/47", "19 Aug 2031", "2031-08-19", "Report on the backlog of firearms licence renewals.",
              "Backlog down to 310; a further report will follow in the new year.", "Open", "outstanding")]
    for ref, raised, iso, text, update, raw, status in older:
        rows.append((ref, raised, text, update, raw))
        pk.action(iso, None, ref, text, update, status, "status_column")
    for ref, text, update, raw, status in minuted:
        rows.append((ref, "14 Oct 2031", text, update, raw))
        pk.action(date, topic, ref, text, update, status, "status_column")
    pk.blocks.append(T(tuple(rows), (2, 2, 5, 5, 1.6), header_rows=1))
    return pk, render_docx(pk.blocks, title=pk.title, author="OPCC Merseyside", when=WHEN,
                           header=("Police and Crime Commissioner for Merseyside",))


# --- 7. Norfolk: reportlab, landscape, borderless, New: status as the word opening the update ------

def norfolk() -> tuple[Pack, bytes]:
    pk = Pack("norfolk-pcc-pam-2031-09-23-round43b.pdf", "Norfolk Constabulary",
              "Police and Crime Commissioner for Norfolk", "Police Accountability Forum", "2031-09-23")
    pk.front(("Norfolk Office of the Police and Crime Commissioner",),
             ("23/09/2031, 10:00, County Hall", "**Theme:** Victims' services"), "Victims' services",
             [("1", "Apologies", "PCC"),
              ("2", "Minutes and actions from 29/07/2031", "OPCC Chief Executive"),
              ("3", "Victims' services and the Victims' Code", "ACC Justice"),
              ("4", "Any other business", "")],
             ("Item", "Business", "Lead"), bordered=False, widths=(1, 10, 5))
    pk.blocks.append(Break())
    date, topic = "2031-07-29", "Road safety"
    heading = "Minutes – Police Accountability Forum – 29/07/2031"
    pk.blocks.append(H(heading, 2))
    pk.meeting(date, heading, topic)
    pk.blocks.append(H("3. Road safety", 3))
    qs = [
        ("1", "How many people were killed or seriously injured on Norfolk's roads in the first half of 2031?",
         "212 people were killed or seriously injured, 8% fewer than in the same period of 2030.",
         "Assured", "Assured", "The PCC welcomed the fall."),
        ("2", "What enforcement is targeted at drink and drug driving?",
         "Summer and winter campaigns continue; roadside drug tests rose by 30% but the lab backlog is eleven weeks.",
         "Partially assured", "Partly assured", "The lab backlog is a concern."),
        ("3", "How are community speed watch groups supported?",
         "Forty groups are active; each has a named officer and equipment is replaced within a month.",
         "Assured", "Assured", "The PCC thanked the volunteers."),
        ("4", "How will the force meet its casualty reduction target for motorcyclists?",
         "There is no motorcycle-specific plan; the force relies on the wider road safety partnership.",
         "Not assured", "Not assured", "The PCC asked for a motorcycle plan."),
    ]
    rows = [("No.", "Question", "Response", "Level of assurance", "PCC comment")]
    for number, question, evidence, raw, level, comment in qs:
        rows.append((number, question, evidence, raw, comment))
        pk.decision(date, topic, number, question, evidence, level, comment)
    pk.blocks.append(T(tuple(rows), (0.8, 6, 8, 2.6, 4), header_rows=1, bordered=False))
    minuted = [("PAF 31/19", "Draft a motorcycle casualty reduction plan with the partnership.",
                "ONGOING – first draft discussed with the partnership on 9 September; final version due in October."),
               ("PAF 31/20", "Provide the drug driving lab backlog figures each month.",
                "COMPLETE – monthly figures are now sent to the OPCC; the August backlog was eight weeks.")]
    pk.blocks.append(P("**Actions**"))
    pk.blocks.append(Bul(tuple(f"{ref} {text}" for ref, text, _ in minuted)))
    pk.blocks.append(Break())
    pk.blocks.append(H("Police Accountability Forum: Action Log", 2))
    rows = [("Ref", "Meeting", "Action", "Owner", "Update")]
    older = [("PAF 31/12", "10/06/2031", "2031-06-10", "Share the new rural crime strategy with the PCC.",
              "Rural Crime Lead", "COMPLETE – strategy shared on 30/06/2031.", "complete"),
             ("PAF 31/14", "10/06/2031", "2031-06-10", "Review the use of body-worn video at domestic incidents.",
              "Supt Safeguarding", "ONGOING – review fieldwork finished; the report is being written.", "outstanding"),
             ("PAF 31/15", "10/06/2031", "2031-06-10", "Confirm funding for the victim care hub beyond March 2032.",
              "OPCC Chief Executive", "CLOSED – funding confirmed in the PCC's decision of 14/07/2031.", "complete")]
    for ref, raised, iso, text, owner, update, status in older:
        rows.append((ref, raised, text, owner, update))
        pk.action(iso, None, ref, text, update, status, "inferred_from_update")
    for ref, text, update in minuted:
        rows.append((ref, "29/07/2031", text, "ACC Operations", update))
        status = "complete" if update.startswith("COMPLETE") else "outstanding"
        pk.action(date, topic, ref, text, update, status, "inferred_from_update")
    pk.blocks.append(T(tuple(rows), (1.6, 1.8, 6, 2.6, 7), header_rows=1, bordered=False))
    look = PdfLook(landscape=True, margin=50, footer="Norfolk OPCC – Police Accountability Forum")
    return pk, render_pdf(pk.blocks, look, pk.title, "Norfolk OPCC")


# --- 8. Suffolk: Word -> PDF, New: the level as an adjective in the Commissioner's own statement ---

def suffolk() -> tuple[Pack, bytes]:
    pk = Pack("suffolk-pcc-aps-2031-10-21-round43b.pdf", "Suffolk Constabulary",
              "Police and Crime Commissioner for Suffolk", "Accountability and Performance Panel", "2031-10-21")
    pk.front(("Suffolk Police and Crime Commissioner",), ("Tuesday 21st October 2031",), None,
             [("1", "Apologies for absence", "PCC"),
              ("2", "Minutes of the last meeting", "Chief Executive"),
              ("3", "Retention and wellbeing of officers", "Director of People"),
              ("4", "Financial performance", "Chief Finance Officer"),
              ("5", "Any other business", None)],
             ("Item", "Title", "Presented by"))
    pk.blocks.append(Break())
    date, topic = "2031-08-19", "Domestic abuse"
    heading = "Minutes of the Accountability and Performance Panel, 19th August 2031"
    pk.blocks.append(H(heading, 2))
    pk.meeting(date, heading, topic)
    pk.blocks.append(H("3. Domestic abuse", 3))
    pk.blocks.append(P("After each answer the Commissioner states the assurance he takes. Full and reasonable "
                       "assurance mean he is assured; limited assurance that he is partly assured; no assurance "
                       "that he is not assured."))
    qs = [
        ("1", "How many domestic abuse protection orders has the force applied for since they were introduced?",
         "The force has applied for 146 orders and 139 were granted; breaches are arrested in 88% of cases.",
         "The Commissioner has reasonable assurance that the new orders are being used well.", "Assured"),
        ("2", "How quickly are high-risk victims referred to an independent adviser?",
         "Referrals are made within 24 hours in 79% of cases; delays mostly arise at weekends.",
         "The Commissioner has limited assurance, because weekend referrals are still slow.", "Partly assured"),
        ("3", "What does the force know about why victims withdraw support for a prosecution?",
         "Withdrawal reasons are not recorded in a form that can be analysed.",
         "The Commissioner has no assurance on this question and asked for a recording change.", "Not assured"),
    ]
    for number, question, evidence, statement, level in qs:
        pk.blocks.append(P(f"**3.{number}  {question}**"))
        pk.blocks.append(P(evidence, indent=28))
        pk.blocks.append(P(f"*{statement}*", indent=28))
        pk.decision(date, topic, f"3.{number}", question, evidence, level, statement)
    pk.blocks.append(P("**Actions**"))
    minuted = [("APP/31/08", "Change how withdrawal reasons are recorded so that they can be analysed.",
                "New drop-down list added to the crime system on 1 October 2031.", "Complete", "complete"),
               ("APP/31/09", "Report weekend referral times to independent advisers.",
                "Weekend cover rota being agreed with the provider.", "Open", "outstanding")]
    pk.blocks.append(Num(tuple(f"{text} ({ref})" for ref, text, *_ in minuted)))
    pk.blocks.append(Break())
    pk.blocks.append(H("Action Tracker", 2))
    rows = [("Ref", "Meeting", "Action", "Progress", "Status")]
    older = [("APP/31/04", "24th June 2031", "2031-06-24", "Provide the vetting backlog figures for police staff.",
              "Figures given at the July briefing.", "Complete", "complete"),
             ("APP/31/06", "24th June 2031", "2031-06-24", "Arrange a demonstration of the new digital evidence system.",
              "Demonstration scheduled for November.", "Open", "outstanding")]
    for ref, raised, iso, text, update, raw, status in older:
        rows.append((ref, raised, text, update, raw))
        pk.action(iso, None, ref, text, update, status, "status_column")
    for ref, text, update, raw, status in minuted:
        rows.append((ref, "19th August 2031", text, update, raw))
        pk.action(date, topic, ref, text, update, status, "status_column")
    pk.blocks.append(T(tuple(rows), (2, 2.4, 5, 5, 1.6), header_rows=1))
    docx = render_docx(pk.blocks, title=pk.title, author="Suffolk OPCC", when=WHEN)
    return pk, docx_to_pdf(docx)


# --- 9. Thames Valley: reportlab, Common (Outcome column, ● legend, table over a page break) --------

def thames_valley() -> tuple[Pack, bytes]:
    pk = Pack("thames-valley-pcc-ppm-2031-11-18-round43b.pdf", "Thames Valley Police",
              "Police and Crime Commissioner for Thames Valley", "Performance and Policing Meeting", "2031-11-18")
    pk.front(("Police and Crime Commissioner for Thames Valley",),
             ("18 November 2031", "**Theme:** Business and rural crime"), "Business and rural crime",
             [("1", "Apologies", "PCC"),
              ("2", "Notes of the meeting of 30 September 2031", "Head of Governance"),
              ("3", "Action tracker", "Head of Governance"),
              ("4", "Business and rural crime", "ACC Local Policing"),
              ("5", "Date of next meeting", None)],
             ("Item", "Title", "Presented by"), presenter_blank="–")
    pk.blocks.append(Break())
    date, topic = "2031-09-30", "Youth justice and first-time entrants"
    heading = "Notes of the Performance and Policing Meeting – 30 September 2031"
    pk.blocks.append(H(heading, 2))
    pk.meeting(date, heading, topic)
    pk.blocks.append(P("Present: the PCC (chair), Deputy PCC, Chief Constable, ACC Justice, Head of Governance, "
                       "Youth Justice Lead for the four local authorities."))
    pk.blocks.append(H("4. Youth justice and first-time entrants", 3))
    pk.blocks.append(P("The ACC introduced the paper, which sets out the force's approach to children who come into "
                       "contact with the police and the joint work with youth offending teams. The PCC had set four "
                       "questions in advance; the evidence given and the PCC's outcome for each are recorded below."))
    long = ("The force described the out-of-court disposal panel, which meets weekly with youth offending teams "
            "from each local authority and reviews every case where a child could be diverted from court. ")
    qs = [
        ("1", "How has the number of first-time entrants to the youth justice system changed since 2029?",
         (long + "First-time entrants fell from 640 in 2029 to 498 in 2030/31.",
          "Diversion is used in 71% of eligible cases, up from 54%.",
          "Re-offending within twelve months of a diversion is 19%, lower than after a caution."),
         "Assured", "Assured", "The PCC recognised the fall and the panel's work."),
        ("2", "Are children in custody held for no longer than necessary, and is an appropriate adult always called?",
         ("Children were held for a median of 9 hours; 14% were held overnight.",
          "An appropriate adult was called in every case but arrived within two hours in only 61%.",
          "Local authority accommodation was requested for 22 children charged and refused bail; it was provided for 3.",
          "The force is working with the four local authorities on a protocol for secure and non-secure beds.",
          "Custody sergeants record why a child is kept overnight, but the reasons are not yet reviewed by an inspector."),
         "Partly assured", "Partly assured", "The PCC will raise accommodation with the local authority leaders."),
        ("3", "How does the force check that stop and search of children is fair?",
         ("Searches of children are reviewed by the scrutiny panel each quarter.",
          "Black children were 3.1 times more likely to be searched than white children, with no analysis of why.",
          "Body-worn video is reviewed for only 5% of searches of children.",
          "The youth independent advisory group has asked to review a sample of footage each quarter; the force has "
          "agreed in principle but no date has been set.",
          "Grounds recorded for searches of children were judged reasonable in 81% of the records the panel "
          "examined, against 90% for adults."),
         "Not assured", "Not assured", "The PCC asked for an analysis of the disparity."),
        ("4", "How are children who go missing from care protected from exploitation?",
         ("Return home interviews are now commissioned jointly and held within 72 hours in 83% of cases.",
          "Intelligence from interviews is shared with the exploitation team the same day.",
          "Each of the four local authorities now holds a monthly missing children's panel that the force attends.",
          "Children missing three or more times in a quarter are reviewed by a detective sergeant.",
          "Children placed in the area by authorities elsewhere are not always notified to the force; the force is "
          "asking placing authorities to use a single notification form.",
          "A pilot of trackers for children at highest risk ended in August and is being evaluated."),
         "Assured", "Assured", "Good joint working."),
    ]
    rows = [("Question", "Evidence", "Outcome")]
    for number, question, evidence, raw, level, comment in qs:
        rows.append((f"{number}. {question}", (Bul(evidence),), (f"**{raw}**", f"*{comment}*")))
        pk.decision(date, topic, number, question, " ".join(evidence), level, comment)
    pk.blocks.append(T(tuple(rows), (4, 8, 3), header_rows=1))
    pk.blocks.append(P("**Actions**"))
    minuted = [("PPM 31-27", "Analyse the disparity in stop and search of children and report to the PCC.",
                "Analysis commissioned from the force's insight team; due in January.", AMBER, "outstanding"),
               ("PPM 31-28", "Share the custody protocol with local authorities once agreed.",
                "Protocol agreed and shared on 6 November 2031.", GREEN, "complete")]
    pk.blocks.append(Num(tuple(f"{text} ({ref})" for ref, text, *_ in minuted)))
    pk.blocks.append(Break())
    pk.blocks.append(H("Action tracker", 2))
    pk.blocks.append(P(f"{square(GREEN)} Completed    {square(AMBER)} In progress    {square(RED)} Not started"))
    rows = [("Ref", "Date", "Action", "Update", "")]
    older = [("PPM 31-20", "12/08/2031", "2031-08-12", "Provide the number of rural crime officers trained in wildlife law.",
              "", RED, "outstanding"),
             ("PPM 31-22", "12/08/2031", "2031-08-12", "Circulate the business crime survey results.",
              "Results circulated on 2 October 2031.", GREEN, "complete")]
    for ref, raised, iso, text, update, colour, status in older:
        rows.append((ref, raised, text, update, square(colour)))
        pk.action(iso, None, ref, text, update or None, status, "glyph_colour")
    for ref, text, update, colour, status in minuted:
        rows.append((ref, "30/09/2031", text, update, square(colour)))
        pk.action(date, topic, ref, text, update, status, "glyph_colour")
    pk.blocks.append(T(tuple(rows), (2.4, 2.6, 6, 6, 0.8), header_rows=1))
    look = PdfLook(margin=56, footer="OPCC Thames Valley")
    return pk, render_pdf(pk.blocks, look, pk.title, "OPCC Thames Valley")


PACKS = (essex, gloucestershire, hertfordshire, humberside, leicestershire, merseyside, norfolk, suffolk, thames_valley)


def main(prefixes: list[str]) -> None:
    GOLD.mkdir(exist_ok=True)
    for build in PACKS:
        if prefixes and not any(build.__name__.replace("_", "-").startswith(p) for p in prefixes):
            continue
        pk, data = build()
        records = pk.gold(data)
        (HERE / pk.name).write_bytes(data)
        gold = {"source_file": pk.name, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD / f"{pk.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        pages = {t: [r["page"] for r in records[t]] for t in ("assurance_decisions", "actions")}
        print(f"{pk.name}: {records['documents'][0].get('pages')} pp; {pages}")


if __name__ == "__main__":
    main(sys.argv[1:])
