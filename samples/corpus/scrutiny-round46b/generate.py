"""Scrutiny round 46b (held out, then promoted; issue 4): nine packs of PCC offices, written blind.

Each builder call that prints a question, an action row, an agenda row or a meeting heading
also writes its gold record, so the gold says what the page says. A PDF record's page is the
first page whose pdfplumber text or table cells hold the start of its key text; the generator
stops if a key is on no page, or if a word of a PDF table cell is split (not found whole among
the page's words). Gold goes to gold/ (it was held out in heldout/, scored once in session 12, then
promoted).

    .venv/bin/python samples/corpus/scrutiny-round46b/generate.py [NAME-PREFIX ...]
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
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))

import render  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402
from render import Break, Bul, H, Num, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

sys.path.insert(0, str(HERE.parents[1]))
from generator.model import plain  # noqa: E402

render.GLYPHS.update("◐○")  # Staffordshire's part-filled circles, drawn in DejaVu Sans like the others

ROUND = "round46b"
CHECKED = ("Written blind for held-out round 46b; every record hand-checked against the rendered pages and "
           "`scrutiny inspect` (layout only) by the round's writer; the extractors were never run on it.")
GREEN, AMBER, RED, GREY = "#00a651", "#ffc000", "#e3001b", "#bfbfbf"
TYPES = ("documents", "meetings", "agenda_items", "assurance_decisions", "actions")


class Gold:
    """The gold records of one pack, each with the text that locates its page."""

    def __init__(self) -> None:
        self.records: dict[str, list[dict]] = {t: [] for t in TYPES}
        self.keys: list[tuple[dict, str]] = []

    def add(self, kind: str, key: str | None, **fields: object) -> None:
        record = {"page": None, **fields}
        self.records[kind].append(record)
        if key is not None:
            self.keys.append((record, plain(key)))

    def meeting(self, title: str, date: str, topic: str | None, organisation: str) -> None:
        self.add("meetings", title, meeting_date=date, topic=topic, organisation=organisation, title=plain(title))

    def agenda(self, date: str, number: str, title: str, presenter: str | None) -> None:
        self.add("agenda_items", title, meeting_date=date, number=number, title=plain(title), presenter=presenter)

    def decision(self, date: str, topic: str | None, number: str, question: str, evidence: str,
                 assurance: str | None, commentary: str | None) -> None:
        self.add("assurance_decisions", question, meeting_date=date, topic=topic, question_number=number,
                 question=plain(question), evidence_summary=plain(evidence), assurance=assurance,
                 commentary=plain(commentary) if commentary else None)

    def action(self, date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
               status: str, status_source: str) -> None:
        self.add("actions", text, meeting_date=date, topic=topic, number=number, text=plain(text),
                 update=plain(update) if update else None, status=status, status_source=status_source,
                 source="action_tracker")


def _squash(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", "", text).lower()


def _texts(blocks: list) -> list[str]:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, (H, P)):
            out += [block.text] + ([block.hang] if isinstance(block, P) and block.hang else [])
        elif isinstance(block, (Num, Bul)):
            out += list(block.items)
        elif isinstance(block, T):
            for row in block.rows:
                for content in row:
                    parts = content if isinstance(content, tuple) else (content,)
                    out += [t for p in parts if p is not None for t in (p.items if isinstance(p, Bul) else (str(p),))]
    return out


def _tokens(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W_]+", text) if not w.isdigit()]


def set_pages(data: bytes, gold: Gold, blocks: list, furniture: tuple[str, ...] = ()) -> int:
    """Give each keyed record the first page holding its key's start; stop if a word on a page is no word
    of the source (a word split in a table cell, or across a page)."""
    vocabulary = {w for t in _texts(blocks) + list(furniture) for w in _tokens(plain(t))}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = []
        for number, page in enumerate(pdf.pages, start=1):
            cells = " ".join(c or "" for t in page.extract_tables() for row in t for c in row)
            pages.append(_squash((page.extract_text() or "") + " " + cells))
            broken = [w for token in page.extract_words() for w in _tokens(token["text"]) if w not in vocabulary]
            if broken:
                raise SystemExit(f"page {number}: words split or not in the source: {broken}")
        count = len(pdf.pages)
    for record, key in gold.keys:
        # a borderless table's cell wraps among its neighbours in the page text: its first line is enough
        found = next(([i for i, text in enumerate(pages, start=1) if _squash(key)[:n] in text] for n in (40, 20)
                      if any(_squash(key)[:n] in text for text in pages)), [])
        if not found:
            raise SystemExit(f"key on no page: {key!r}")
        record["page"] = found[0]
    return count


def document(gold: Gold, *, file_type: str, title: str, force: str, organisation: str, date: str,
             pages: int | None = None, published: str | None = None) -> None:
    record = {"file_type": file_type, "doc_kind": "scrutiny_pack", "status": "ok", "publication_date": published,
              "title": title, "force": force, "organisation": organisation, "meeting_date": date}
    if pages is not None:
        record["pages"] = pages
    gold.records["documents"].insert(0, {"page": None, **record})


WHEN = datetime(2034, 7, 1, 9, 0, 0)


def build_pdf(blocks: list, look: PdfLook, title: str, author: str, gold: Gold) -> tuple[bytes, int]:
    data = render_pdf(blocks, look, title, author)
    return data, set_pages(data, gold, blocks, (look.header or "", look.footer or ""))


def build_word_pdf(blocks: list, title: str, author: str, gold: Gold, header: tuple[str, ...] = (),
                   landscape: bool = False) -> tuple[bytes, int]:
    data = docx_to_pdf(render_docx(blocks, title=title, author=author, when=WHEN, header=header,
                                   landscape_pages=landscape))
    return data, set_pages(data, gold, blocks, header)


def agenda_table(gold: Gold, date: str, header: tuple[str, ...], rows: list[tuple[str, str, str | None]],
                 widths: tuple[float, ...], bordered: bool = True, extra: dict[str, str] | None = None,
                 blank: str = "–") -> T:
    """An agenda of (number, title, presenter) rows; a None presenter prints ``blank`` and is no presenter.
    ``extra`` adds a last column (a paper) by number."""
    out = [tuple(f"**{h}**" if not bordered else h for h in header)]
    for number, title, presenter in rows:
        gold.agenda(date, number, title, presenter)
        row = (number, title, presenter if presenter else blank)
        if extra is not None:
            row += (extra.get(number, ""),)
        out.append(row)
    return T(tuple(out), widths, header_rows=1 if bordered else 0, bordered=bordered)


# --- 1. Norfolk: reportlab, Common -------------------------------------------------------------------

def norfolk() -> tuple[bytes, dict]:
    g = Gold()
    org, board, date, notes_date = "Police and Crime Commissioner for Norfolk", "Police Accountability Forum", "2034-10-13", "2034-08-18"
    g.meeting(board, date, "Rural and wildlife crime", org)
    b: list = [P("**Police and Crime Commissioner for Norfolk**", size=13), H(board, 1),
               P("Tuesday 13 October 2034, 10.00am – 12.00pm, Committee Room 2, Police Headquarters"),
               P("**Theme:** Rural and wildlife crime"), H("Agenda", 2),
               agenda_table(g, date, ("Item", "Business", "Lead"), [
                   ("1", "Welcome and apologies", "Police and Crime Commissioner"),
                   ("2", "Minutes and action log of the meeting of 18 August 2034", "Chief Executive"),
                   ("3", "Rural and wildlife crime", "Assistant Chief Constable, Local Policing"),
                   ("4", "Quarterly performance summary", "Head of Performance"),
                   ("5", "Any other business", None),
                   ("6", "Date of next meeting", None)], (8, 60, 32)),
               P("Papers for items 3 and 4 are attached. Members of the public may attend; the meeting is also "
                 "streamed on the Commissioner's website."),
               Break()]
    notes = "Minutes – Police Accountability Forum – 18/08/2034"
    g.meeting(notes, notes_date, "Retail crime", org)
    topic = "Retail crime"
    qs = [
        ("1", "How has the number of shop theft reports changed since the business crime hub opened?",
         ("Reports rose by 14% in the year to June, which the force puts down to the new online reporting form.",
          "Charge rates for offenders with three or more thefts rose from 9% to 15%."),
         "Assured", "Clear figures. The Commissioner welcomed the online reporting route."),
        ("2", "What is the force doing about violence and abuse against shop workers?",
         ("Every reported assault on a shop worker is now reviewed by a sergeant within a day.",
          "Body-worn cameras have been lent to staff at 22 stores under a trial with two retailers."),
         "Partially assured", "The Commissioner wants to know how many assaults reach court."),
        ("3", "How are prolific shop thieves managed across the county and with the neighbouring forces?",
         ("Each district keeps its own list of prolific offenders, reviewed at the fortnightly tasking meeting.",
          "Offenders who travel across the county border are discussed case by case with the neighbouring "
          "force's intelligence unit, but there is no joint list and no shared system for flagging them.",
          "The force has proposed a regional problem-solving group for retail crime."),
         "Not assured", "No shared list of prolific offenders exists yet; the Commissioner asked for one."),
        ("4", "How will the force judge whether the town-centre patrol pilot has worked?",
         ("An evaluation plan has been drafted with the university; results are expected in November.",),
         "Not assessed", "Deferred until the pilot's evaluation is published."),
    ]
    rows = [("No.", "Question", "Response", "Level of assurance", "PCC comment")]
    for n, q, ev, level, comment in qs:
        g.decision(notes_date, topic, n, q, " ".join(ev),
                   None if level == "Not assessed" else {"Partially assured": "Partly assured"}.get(level, level), comment)
        rows.append((n, q, (Bul(ev),), f"**{level}**", comment))
    b += [H(notes, 1),
          P("**Present:** Police and Crime Commissioner (chair); Chief Constable; Deputy Chief Constable; Chief "
            "Executive, OPCC; Head of Performance, OPCC."),
          P("**1. Welcome and apologies.** Apologies were received from the Chief Finance Officer."),
          P("**2. Minutes and action log.** The minutes of the meeting held on 14 July 2034 were agreed as a "
            "correct record. The action log was noted."),
          P("The Forum received the force's paper on shop theft, the business crime hub and the retail "
            "partnership. The Assistant Chief Constable introduced the paper and took questions. The figures in "
            "the paper cover the twelve months to the end of June 2034 and were checked by the OPCC's "
            "performance team before the meeting."),
          H("3. Retail crime", 2),
          P("The Commissioner put four questions. The level of assurance he gave is recorded against each."),
          T(tuple(rows), (5, 25, 38, 14, 18), header_rows=1)]
    acts = [("PAF 34/21", "Provide the number of assaults on shop workers that reached court in 2033/34.",
             "Figures sent on 2 September: 41 cases charged, 29 heard at court.", "Complete", "complete"),
            ("PAF 34/22", "Draft a shared prolific offender list with the two neighbouring forces.",
             "Scoping meeting held; first list due in December.", "In progress", "outstanding")]
    b += [P("**Actions**"), Bul(tuple(f"{ref} – {text}" for ref, text, *_ in acts)),
          H("4. Any other business", 2), P("None."), Break()]
    log = [("PAF 34/15", "14/07/2034", "Circulate the results of the rural crime survey to Forum members.",
            "Chief Executive", "Circulated on 30 July.", "Complete", "complete", None),
           ("PAF 34/17", "14/07/2034", "Report on the use of drones in wildlife crime investigations.",
            "ACC Local Policing", "On the agenda for October under item 3.", "Open", "outstanding", None)]
    rows = [("Ref", "Meeting", "Action", "Owner", "Update", "Status")]
    for ref, raised, text, owner, update, status, canon, _ in log:
        g.action("2034-07-14", None, ref, text, update, canon, "status_column")
        rows.append((ref, raised, text, owner, update, status))
    owners = {"PAF 34/21": "ACC Local Policing", "PAF 34/22": "Head of Intelligence"}
    for ref, text, update, status, canon in acts:
        g.action(notes_date, topic, ref, text, update, canon, "status_column")
        rows.append((ref, "18/08/2034", text, owners[ref], update, status))
    b += [H("Police Accountability Forum: Action Log", 1), T(tuple(rows), (12, 13, 28, 13, 22, 12), header_rows=1)]
    data, pages = build_pdf(b, PdfLook(margin=50), board, "OPCC Norfolk", g)
    document(g, file_type="pdf", title=board, force="Norfolk Constabulary", organisation=org, date=date, pages=pages)
    return data, g.records


# --- 2. Suffolk: Word -> PDF, Common (the reference pack's form) ------------------------------------

def suffolk() -> tuple[bytes, dict]:
    g = Gold()
    org, board, date, notes_date = "Police and Crime Commissioner for Suffolk", "Accountability and Performance Panel", "2034-11-20", "2034-09-18"
    g.meeting(board, date, None, org)
    b: list = [P("**Suffolk Police and Crime Commissioner**", size=14), H(board.upper(), 1),
               P("**Date:** Monday 20th November 2034"), P("**Time:** 10:00 – 12:00"),
               P("**Venue:** Conference Room 3, Police Headquarters"),
               agenda_table(g, date, ("Item", "Title", "Presented by"), [
                   ("1", "Welcome and apologies", "PCC"),
                   ("2", "Draft notes of the meeting held on 18 September 2034", "OPCC Scrutiny Officer"),
                   ("3", "Action tracker", "OPCC Scrutiny Officer"),
                   ("4", "Children missing from home", "Detective Superintendent, Safeguarding"),
                   ("5", "Any other business", None),
                   ("6", "Date of the next meeting: 18 December 2034 – Topic: Fraud against older people", None)],
                   (8, 62, 30), blank=""),
               Break()]
    notes = "DRAFT NOTES – ACCOUNTABILITY AND PERFORMANCE PANEL (SERIOUS VIOLENCE) – 18 SEPTEMBER 2034"
    topic = "Serious violence"
    g.meeting(notes, notes_date, topic, org)
    qs = [("1", "What difference has the knife-arch deployment made to weapons carried in the night-time economy?",
           ("Arches were used on 19 nights in two towns.", "Eleven bladed articles were found, against 4 in the "
            "same months last year.", "Door staff report fewer weapons handed in at venues."),
           "Assured", "The PCC was content that deployment is targeted and asked that it continue."),
          ("2", "How is the serious violence duty plan being delivered with partners?",
           ("The plan was agreed by all specified authorities in May.", "Two of the six work streams have "
            "no named lead from the health partners.", "The strategic needs assessment was refreshed in July and "
            "now includes hospital admissions data for assaults with a sharp object.", "Funding for the second "
            "year has been confirmed, but the youth diversion work stream has spent only a fifth of its budget.",
            "Partners described the governance as clear, but the community safety partnerships said that they "
            "receive the performance data too late to act on it.", "The force will share a quarterly dashboard "
            "with every partnership from October.", "Schools in the two towns with the highest rates have not yet "
            "been offered the prevention sessions."),
           "Partly Assured", "The PCC will raise the missing health leads at the partnership board."),
          ("3", "How many hospital referrals of young people with knife injuries led to a follow-up visit?",
           ("The force could not give a figure: referrals are held by the violence reduction unit and the data "
            "sharing agreement is not yet signed.",),
           "Not Assured", "The PCC expects the agreement to be signed before the next Panel."),
          ("4", "How is the force working with schools to stop under-18s carrying knives?",
           ("Every secondary school has a named schools officer, who visits at least once a fortnight.",
            "Forty-two knife crime lessons were delivered in the summer term, reaching about 6,000 pupils.",
            "Head teachers in one district asked for the lessons to start in the last year of primary school; "
            "the force is piloting this in four schools.", "Searches on school sites found three knives in the "
            "year, all in the same town.", "The force could not yet show whether pupils who took part carry "
            "knives less often; a survey with the university will report in the spring."),
           "Assured", "The PCC welcomed the primary school pilot and asked to see the survey when it reports.")]
    rows = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    for n, q, ev, level, comment in qs:
        g.decision(notes_date, topic, n, q, " ".join(ev), {"Partly Assured": "Partly assured",
                                                             "Not Assured": "Not assured"}.get(level, level), comment)
        rows.append((f"**{n}. {q}**", (Bul(ev),), (f"**{level}**", f"*{comment}*")))
    b += [H(notes, 2),
          P("Present: Police and Crime Commissioner; Chief Constable; Assistant Chief Constable (Crime); Chief "
            "Executive, OPCC; Scrutiny Officer, OPCC."),
          T(tuple(rows), (30, 45, 25), header_rows=1)]
    minuted = ["Share the knife-arch deployment schedule for the winter with the OPCC.",
               "Report the outcome of the violence reduction unit's review of hospital referrals."]
    b += [P("**Actions**"), Num(tuple(minuted)), Break()]
    tracker = [("Hate crime", "Publish the hate crime third-party reporting centres on the force website.",
                "Published on 4 August 2034.", GREEN, "complete", None),
               (None, "Report the number of hate crimes with a positive outcome by strand.",
                "Figures being validated; due at the December Panel.", RED, "outstanding", None),
               (topic, minuted[0], "Schedule shared on 2 October 2034.", GREEN, "complete", "1"),
               (None, minuted[1], "Review delayed until the data sharing agreement is signed.", RED, "outstanding", "2")]
    rows = [("Topic", "Action", "Update", "Status")]
    spans = []
    current = None
    for i, (cell_topic, text, update, colour, canon, number) in enumerate(tracker, start=1):
        if cell_topic is not None:
            current = cell_topic
            spans.append((i, 0, 2, 1))
        g.action(notes_date if number else None, current, number, text, update, canon, "glyph_colour")
        rows.append((cell_topic, text, update, f"{{{colour}|■}}"))
    b += [H("Panel Action Tracker 2034/35", 2),
          P(f"{{{GREEN}|■}} = Action Complete          {{{RED}|■}} = Action Outstanding"),
          T(tuple(rows), (18, 40, 32, 10), header_rows=1, spans=tuple(spans))]
    data, pages = build_word_pdf(b, board, "OPCC Suffolk", g)
    document(g, file_type="pdf", title=board, force="Suffolk Constabulary", organisation=org, date=date, pages=pages)
    return data, g.records


# --- 3. Thames Valley: Word, Common ----------------------------------------------------------------

def thames_valley() -> tuple[bytes, dict]:
    g = Gold()
    org, board, date, notes_date = "Police and Crime Commissioner for Thames Valley", "Public Accountability Meeting", "2034-12-08", "2034-10-13"
    g.meeting(board, date, "Neighbourhood policing", org)
    b: list = [P("**Office of the Police and Crime Commissioner for Thames Valley**"), H(board, 1),
               P("Date: 08/12/2034"), P("**Focus of the meeting:** Neighbourhood policing"),
               agenda_table(g, date, ("No.", "Item", "Lead"), [
                   ("1", "Apologies and declarations of interest", "PCC"),
                   ("2", "Minutes of 13 October 2034 and action log", "Head of Governance"),
                   ("3", "Neighbourhood policing", "Deputy Chief Constable"),
                   ("4", "Finance update: mid-year position", "Chief Finance Officer"),
                   ("5", "Any other business", None)], (8, 62, 30))]
    notes = "Minutes of the Public Accountability Meeting held on 13th October 2034"
    topic = "Fraud and cyber crime"
    g.meeting(notes, notes_date, topic, org)
    b += [H(notes, 2), H("1. Apologies", 3), P("Apologies were received from the Assistant Chief Constable (Crime)."),
          H("2. Minutes of the last meeting", 3), P("The minutes of the meeting held on 11 August 2034 were agreed."),
          H("3. Fraud and cyber crime", 3)]
    qs = [("1", "How many victims of fraud were contacted by the force within 48 hours in the last quarter?",
           ("84% of victims referred by the national reporting centre were contacted within 48 hours.",
            "The remainder were contacted within five days."), "Assured",
           "The PCC noted the improvement from 61% a year ago."),
          ("2", "What support is given to repeat victims of romance fraud?",
           ("Repeat victims are offered a home visit by a protect officer.", "The force could not say how many "
            "visits took place, as they are not recorded separately."), "Not assured",
           "The PCC asked for visits to be recorded and reported."),
          ("3", "How many officers have completed the new cyber crime training?",
           ("412 officers and staff have completed it, 58% of the target group.",), None, None),
          ("4", "How does the force work with banks to stop payments to fraudsters?",
           ("A banking protocol is in place with the five main banks.", "Two smaller building societies have "
            "not yet joined."), "Partially assured", "The PCC will write to the two building societies.")]
    for n, q, ev, level, comment in qs:
        b += [P(f"**Question {n}:** {q}"), P("*Response:*"), Bul(ev)]
        if level is None:
            b.append(P("**Assurance level:** Not sought – the question was put for information only."))
            continue
        canon = {"Partially assured": "Partly assured"}.get(level, level)
        g.decision(notes_date, topic, n, q, " ".join(ev), canon, comment)
        b += [P(f"**Assurance level:** {level}"), P(f"**PCC comment:** {comment}")]
    acts = [("PAM 34/31", "Start recording home visits to repeat victims of romance fraud and report the figures.",
             "Recording started on 1 November; first figures due in January.", "In progress", "outstanding"),
            ("PAM 34/32", "Send the PCC the list of banks and building societies in the banking protocol.",
             "List sent on 20 October 2034.", "Complete", "complete")]
    b += [P("**Actions arising**")] + [P(f"**{ref}:** {text}") for ref, text, *_ in acts]
    b += [H("4. Any other business", 3), P("None raised."), H("Action log", 2)]
    rows = [("Ref", "Date raised", "Action", "Owner", "Update", "Status")]
    for ref, raised, text, owner, update, status, canon in [
            ("PAM 34/24", "11.08.34", "Publish the neighbourhood team contact details for every ward.", "ACC Local Policing",
             "Published for all wards on 5 September.", "Complete", "complete"),
            ("PAM 34/26", "11.08.34", "Review the 101 call-back pilot and report the findings.", "Head of Contact",
             "", "Not started", "outstanding")]:
        g.action("2034-08-11", None, ref, text, update or None, canon, "status_column")
        rows.append((ref, raised, text, owner, update, status))
    owners = {"PAM 34/31": "Head of Economic Crime", "PAM 34/32": "Head of Economic Crime"}
    for ref, text, update, status, canon in acts:
        g.action(notes_date, topic, ref, text, update, canon, "status_column")
        rows.append((ref, "13.10.34", text, owners[ref], update, status))
    b.append(T(tuple(rows), (11, 10, 30, 15, 22, 12), header_rows=1))
    data = render_docx(b, title=board, author="OPCC Thames Valley", when=WHEN,
                       header=("Office of the Police and Crime Commissioner for Thames Valley",))
    document(g, file_type="docx", title=board, force="Thames Valley Police", organisation=org, date=date)
    return data, g.records


# --- 4. West Yorkshire: reportlab, landscape, borderless, Common -----------------------------------

def west_yorkshire() -> tuple[bytes, dict]:
    g = Gold()
    org, board, date, notes_date = "Deputy Mayor for Policing and Crime", "Community Outcomes Meeting", "2034-11-04", "2034-09-02"
    g.meeting(board, date, "Anti-social behaviour", org)
    b: list = [P("**West Yorkshire Combined Authority – Policing and Crime**", size=13), H(board, 1),
               P("**Chair:** Deputy Mayor for Policing and Crime"), P("Wednesday 4 November 2034, 2.00pm, Committee Room A"),
               P("**Theme:** Anti-social behaviour"),
               agenda_table(g, date, ("Item", "Title", "Lead"), [
                   ("1", "Welcome and introductions", "Deputy Mayor"),
                   ("2", "Notes and action log of 2 September 2034", "Head of Policing Oversight"),
                   ("3", "Anti-social behaviour and nuisance off-road bikes", "Chief Superintendent, Neighbourhoods"),
                   ("4", "Any other business", None)], (8, 60, 32), bordered=False),
               Break()]
    notes = "Notes of the Community Outcomes Meeting held on 2 September 2034"
    g.meeting(notes, notes_date, None, org)
    b += [H(notes, 1), P("**1. Welcome.** The Deputy Mayor welcomed the Chief Constable and partners.")]
    items = [("2. Hate crime", "Hate crime", [
        ("1", "How many hate crimes reported online were recorded within a day?",
         "93% were recorded within 24 hours; the rest within three days.", "Assured", "Good progress since March."),
        ("2", "How are victims of disability hate crime kept informed?",
         "Victims get a named officer, but the victim survey shows a third were not updated monthly.",
         "Partly assured", "The Deputy Mayor wants the monthly updates checked.")],
        ("COM 34/17", "Check monthly updates to victims of disability hate crime and report compliance.",
         "Dip sample done; compliance 88%.", GREEN, "complete")),
        ("3. Missing people", "Missing people", [
        ("1", "How many children reported missing three or more times had a return interview?",
         "The force could not separate repeat episodes from single ones in its figures.", "Not assured",
         "Figures must be split by repeat episodes."),
        ("2", "What has the force learned from the review of high-risk missing adults?",
         "The review is still being finalised.", "Not assessed",
         "Deferred to the November meeting, when the return interview audit is complete.")],
        ("COM 34/18", "Provide return interview figures for children missing three or more times.",
         "Data split agreed with the children's services; first figures due in November.", AMBER, "outstanding"))]
    cited = []
    for heading, topic, qs, act in items:
        rows = [("**Q**", "**Question**", "**Response**", "**Level of assurance**", "**Deputy Mayor's comments**")]
        for n, q, ev, level, comment in qs:
            g.decision(notes_date, topic, n, q, ev, None if level == "Not assessed" else level, comment)
            rows.append((n, q, ev, level, comment))
        b += [H(heading, 2), T(tuple(rows), (4, 28, 36, 12, 20), bordered=False),
              P(f"Action agreed: {act[0]} (see the action log).")]
        cited.append((topic, act))
    b += [Break(), H("Action log", 1), P("RAG key: green – complete; amber – on track; red – overdue.")]
    rows = [("**Ref**", "**Date**", "**Action**", "**Update**", "**RAG**")]
    fills = {}
    log = [("COM 34/11", "1 Jul 34", "Share the off-road bike seizure figures by district.", "Shared on 20 July.",
            GREEN, "complete", None),
           ("COM 34/12", "1 Jul 34", "Arrange a joint visit with the fire service to the Bradford ASB hub.",
            "Not yet arranged; diaries being checked.", RED, "outstanding", None)]
    log += [(ref, "2 Sep 34", text, update, colour, canon, topic) for topic, (ref, text, update, colour, canon) in cited]
    for i, (ref, raised, text, update, colour, canon, topic) in enumerate(log, start=1):
        g.action(notes_date if topic else "2034-07-01", topic, ref, text, update, canon, "cell_shading")
        rows.append((ref, raised, text, update, ""))
        fills[(i, 4)] = colour
    b.append(T(tuple(rows), (10, 9, 38, 35, 8), bordered=False, fills=fills))
    look = PdfLook(landscape=True, margin=50)
    data, pages = build_pdf(b, look, board, "West Yorkshire Combined Authority", g)
    document(g, file_type="pdf", title=board, force="West Yorkshire Police", organisation=org, date=date, pages=pages)
    return data, g.records


# --- 5. Wiltshire: Word -> PDF, Common: a log whose status is only in the progress words ------------

def wiltshire() -> tuple[bytes, dict]:
    g = Gold()
    org, board, date, notes_date = ("Police and Crime Commissioner for Wiltshire and Swindon", "Commissioner's Monitoring Board",
                                    "2034-11-12", "2034-09-10")
    g.meeting(board, date, "Contact management and 101", org)
    b: list = [P("**Police and Crime Commissioner for Wiltshire and Swindon**", size=13), H(board, 1),
               P("Thursday 12th November 2034, 2pm"), P("**Topic:** Contact management and 101"),
               agenda_table(g, date, ("Item", "Title", "Presenter"), [
                   ("1", "Apologies", "PCC"),
                   ("2", "Notes and action log of the last Board", "Head of Scrutiny"),
                   ("3", "Contact management and 101", "Superintendent, Contact Management"),
                   ("4", "Any other business", None)], (8, 60, 32)),
               Break()]
    notes = "Notes of the Commissioner's Monitoring Board – 10th September 2034"
    topic = "Burglary and vehicle crime"
    g.meeting(notes, notes_date, topic, org)
    b += [H(notes, 2), P("Attendees: the Commissioner, the Chief Constable, the Deputy Chief Constable, the OPCC Chief "
                         "Executive and the Head of Scrutiny."),
          P("**1. Apologies** – none. **2. Notes of the last Board** – agreed."), H("3. Burglary and vehicle crime", 3)]
    qs = [("1", "What share of home burglaries were attended within the force's target time?",
           "91% of home burglaries were attended within 24 hours; every scene was examined by a crime scene investigator.",
           "Assured", "The Commissioner thanked the teams."),
          ("2", "Why has theft from vehicles risen in Swindon this year?",
           "The force linked the rise to two groups now charged, but had no plan for the car parks most affected.",
           "Partly assured", "A car park plan is needed before the spring."),
          ("3", "How many keyless car thefts were there in the year?", "There were 212, up from 160.", None,
           "For information – no level of assurance sought."),
          ("4", "How are burglary victims told the outcome of their case?",
           "Outcome letters are not sent when no suspect is found; victims must ring 101.", "Not assured",
           "Every victim should be told the outcome in writing.")]
    rows = [("Question", "Summary of response", "PCC Decision")]
    for n, q, ev, level, comment in qs:
        if level is None:
            rows.append((f"**Q{n}.** {q}", ev, f"*{comment}*"))
            continue
        g.decision(notes_date, topic, n, q, ev, level, comment)
        rows.append((f"**Q{n}.** {q}", ev, (f"**{level}**", f"*{comment}*")))
    minuted = ["Draw up a plan for the car parks most affected by theft from vehicles.",
               "Send every burglary victim a written outcome letter, suspect found or not."]
    b += [T(tuple(rows), (35, 40, 25), header_rows=1), P("**Actions**"), Num(tuple(minuted)), Break(),
          H("Action log", 2),
          P("Actions are removed from the log once the Board has seen them completed.")]
    rows = [("Action No.", "Date", "Action", "Progress")]
    log = [("CMB/34/11", "09/07/34", "Publish the 101 call-back performance on the Commissioner's website.",
            "The first monthly figures were published on 1 August and the page is now updated each month.", "complete", None),
           ("CMB/34/12", "09/07/34", "Review the repeat caller list with the mental health triage team.",
            "A first meeting has been held; the review will report to the December Board.", "outstanding", None),
           ("CMB/34/19", "10/09/34", minuted[0],
            "Work has started with the council's parking team; a draft plan will come to the January Board.",
            "outstanding", topic),
           ("CMB/34/20", "10/09/34", minuted[1],
            "The new outcome letter was introduced on 1 October and is now sent to all victims.", "complete", topic)]
    for ref, raised, text, update, canon, t in log:
        g.action(notes_date if t else "2034-07-09", t, ref, text, update, canon, "inferred_from_update")
        rows.append((ref, raised, text, update))
    b.append(T(tuple(rows), (14, 10, 36, 40), header_rows=1))
    data, pages = build_word_pdf(b, board, "OPCC Wiltshire", g)
    document(g, file_type="pdf", title=board, force="Wiltshire Police", organisation=org, date=date, pages=pages)
    return data, g.records


# --- 6. Staffordshire: reportlab, DejaVu Serif, New: the level as a full / half / empty circle --------

def staffordshire() -> tuple[bytes, dict]:
    g = Gold()
    org, board, date, notes_date = ("Staffordshire Commissioner for Police, Fire and Rescue and Crime", "Strategic Governance Board",
                                    "2034-12-15", "2034-10-13")
    g.meeting(board, date, "Drug-related harm", org)
    b: list = [P("**Staffordshire Commissioner – Police, Fire and Rescue and Crime**", size=13), H(board, 1),
               P("Friday 15 December 2034, 9.30am"), P("**Theme:** Drug-related harm"),
               agenda_table(g, date, ("#", "Item", "Lead"), [
                   ("1", "Apologies", "Commissioner"),
                   ("2", "Notes and actions of 13 October 2034", "Governance Manager"),
                   ("3", "Drug-related harm", "Chief Superintendent, Public Protection"),
                   ("4", "Any other business", None)], (6, 62, 32), bordered=False),
               Break()]
    notes = "Notes of the Strategic Governance Board – 13 October 2034"
    topic = "Road safety"
    g.meeting(notes, notes_date, topic, org)
    b += [H(notes, 2), P("Items 1 and 2 (apologies; notes and actions of the last Board) were taken together and "
                         "the notes agreed."),
          H("3. Road safety", 3),
          P("**Assurance key:** ● assured (full circle); ◐ partially assured (half circle); ○ not assured "
            "(empty circle); – not yet assessed.")]
    qs = [("RS1", "How many drivers were stopped for drink or drug driving over the summer campaign?",
           "1,140 drivers were tested; 213 failed or refused. Drug wipes ran short for a week in August.", "●",
           "Assured", "The Commissioner welcomed the scale of the campaign."),
          ("RS2", "How does the force decide where to put its speed enforcement vans?",
           "Sites are chosen from casualty data, but community concerns are logged separately and not yet mapped.",
           "◐", "Partly assured", "Community concerns should feed the site choice."),
          ("RS3", "What follow-up do families bereaved in road deaths receive?",
           "Family liaison ends at the inquest; no referral to support services is made.", "○", "Not assured",
           "The Commissioner will fund a referral route if the force designs one."),
          ("RS4", "Has the motorcycle safety course reduced casualties among young riders?",
           "Casualty data for the quarter are still being validated.", "–", None,
           "Deferred until the validated data are available.")]
    rows = [("Ref", "Question", "Response", "Assurance", "Commissioner's comment")]
    for n, q, ev, glyph, level, comment in qs:
        g.decision(notes_date, topic, n, q, ev, level, comment)
        rows.append((n, q, ev, glyph, comment))
    acts = [("SGB 34/40", "Map community concerns about speeding against the speed van sites.",
             "Mapping done; sites revised from 1 December.", "Closed", "complete"),
            ("SGB 34/41", "Design a referral route to support services for families bereaved by road deaths.",
             "Draft route with victim services; due to the February Board.", "Open", "outstanding")]
    b += [T(tuple(rows), (7, 24, 31, 16, 22), header_rows=1),
          P("**Actions**"), Bul(tuple(f"{ref} – {text}" for ref, text, *_ in acts)), Break(), H("Action log", 2)]
    rows = [("Ref", "Raised", "Action", "Update", "Status")]
    for ref, text, update, status, canon in [
            ("SGB 34/31", "Report the number of drug driving cases waiting for toxicology results.",
             "Reported on 30 August: 96 cases waiting.", "Closed", "complete")]:
        g.action("2034-08-11", None, ref, text, update, canon, "status_column")
        rows.append((ref, "11.08.2034", text, update, status))
    for ref, text, update, status, canon in acts:
        g.action(notes_date, topic, ref, text, update, canon, "status_column")
        rows.append((ref, "13.10.2034", text, update, status))
    b.append(T(tuple(rows), (12, 12, 36, 30, 10), header_rows=1))
    look = register_dejavu_serif()
    data, pages = build_pdf(b, look, board, "Staffordshire Commissioner's Office", g)
    document(g, file_type="pdf", title=board, force="Staffordshire Police", organisation=org, date=date, pages=pages)
    return data, g.records


# --- 7. West Midlands: Word -> PDF, New: lettered sub-questions with levels of their own -----------

def west_midlands() -> tuple[bytes, dict]:
    g = Gold()
    org, board, date, notes_date = "Deputy Mayor for Policing and Crime", "Strategic Policing and Crime Board", "2034-12-01", "2034-10-06"
    g.meeting(board, date, None, org)
    b: list = [P("**Mayor of the West Midlands – Policing and Crime**", size=13), H(board, 1),
               P("**Chair:** Deputy Mayor for Policing and Crime"), P("Tuesday 1 December 2034, 10.00am"),
               agenda_table(g, date, ("Item", "Title", "Lead", "Paper"), [
                   ("1", "Apologies and declarations", "Deputy Mayor"),
                   ("2", "Notes of 6 October 2034 and action tracker", "Board Secretary"),
                   ("3", "Business crime", "ACC Local Policing"),
                   ("4", "Custody and detainee welfare", "Chief Superintendent, Custody"),
                   ("5", "Any other business", None)], (8, 50, 30, 12), extra={"2": "A", "3": "B", "4": "C"}),
               Break()]
    notes = "Notes of the Strategic Policing and Crime Board – 6 October 2034"
    topic = "Violence against women and girls"
    g.meeting(notes, notes_date, topic, org)
    b += [H(notes, 2), P("Items 1 and 2 were taken as read."), H("Item 3 – Violence against women and girls", 3),
          P("Where a question was put in parts, the Deputy Mayor gave a level of assurance on each part.")]
    rows = [("No.", "Question", "Force response", "Level of assurance", "Deputy Mayor's comment")]
    qs = [("1", "How many rape investigations now have a specialist officer from the first day?",
           "All rape investigations have been led by the specialist team since June.", "Assured",
           "Clear and consistent."),
          ("2", "What does the force know about repeat perpetrators of stalking?", "See 2a and 2b.", None, None),
          ("2a", "How many repeat stalking perpetrators are subject to a stalking protection order?",
           "Nineteen orders are in force; the force could not say how many repeat perpetrators have none.",
           "Partly assured", "The Deputy Mayor asked for the list of repeat perpetrators without an order."),
          ("2b", "How many stalking perpetrators were arrested again within a year of a first report?",
           "The figure is not held, as reports are not linked to earlier ones.", "Not assured",
           "Reports must be linked so that repeat offending can be seen."),
          ("3", "How are women who report harassment on public transport kept updated?",
           "Updates are sent by text within five days of the report.", "Assured", "")]
    for n, q, ev, level, comment in qs:
        if level is not None:
            g.decision(notes_date, topic, n, q, ev, level, comment or None)
        rows.append((n, q, ev, level or "–", comment or ""))
    minuted = [("SPCB 34/52", "Provide the list of repeat stalking perpetrators without a protection order."),
               ("SPCB 34/53", "Set out how stalking reports will be linked to earlier reports about the same person.")]
    b += [T(tuple(rows), (6, 30, 30, 14, 20), header_rows=1), P("**Actions**"),
          Num(tuple(f"{text} ({ref})" for ref, text in minuted)), Break(), H("Action tracker", 2)]
    rows = [("Ref", "Meeting", "Action", "Update", "Status")]
    log = [("SPCB 34/44", "4 August 2034", "Publish the business crime charter signatories.", "Published 1 Sept.",
            "Complete", "complete", None),
           ("SPCB 34/47", "4 August 2034", "Report custody waiting times for mental health assessments.",
            "On the agenda as item 4 today.", "On track", "outstanding", None),
           (minuted[0][0], "6 October 2034", minuted[0][1], "List shared with the Deputy Mayor on 24 October.",
            "Complete", "complete", topic),
           (minuted[1][0], "6 October 2034", minuted[1][1], "Records system change not yet scheduled.", "Overdue",
            "outstanding", topic)]
    for ref, raised, text, update, status, canon, t in log:
        g.action(notes_date if t else "2034-08-04", t, ref, text, update, canon, "status_column")
        rows.append((ref, raised, text, update, status))
    b.append(T(tuple(rows), (13, 14, 35, 26, 12), header_rows=1))
    data, pages = build_word_pdf(b, board, "West Midlands Combined Authority", g)
    document(g, file_type="pdf", title=board, force="West Midlands Police", organisation=org, date=date, pages=pages)
    return data, g.records


# --- 8. Gwent: reportlab, New: actions minuted inside the decision cell; a dated status word ---------

def gwent() -> tuple[bytes, dict]:
    g = Gold()
    org, board, date, notes_date = "Police and Crime Commissioner for Gwent", "Strategy and Performance Board", "2034-11-17", "2034-09-15"
    g.meeting(board, date, "Serious violence", org)
    b: list = [P("**Office of the Police and Crime Commissioner for Gwent**", size=13), H(board, 1),
               P("Date: 17/11/2034"), P("**Theme:** Serious violence"),
               agenda_table(g, date, ("Item", "Title", "Lead officer"), [
                   ("1", "Welcome and apologies", "PCC"),
                   ("2", "Minutes of 15 September 2034", "Chief of Staff"),
                   ("3", "Action tracker", "Chief of Staff"),
                   ("4", "Serious violence", "Detective Chief Superintendent"),
                   ("5", "Any other business", None)], (8, 60, 32)),
               Break()]
    notes = "Minutes of the Strategy and Performance Board – 15th September 2034"
    topic = "Domestic abuse"
    g.meeting(notes, notes_date, topic, org)
    b += [H(notes, 2), P("Items 1 to 3 (welcome and apologies, the minutes of 14 July 2034 and the action tracker) "
                         "were taken together; the minutes were agreed and the tracker noted."),
          H("4. Domestic abuse", 3)]
    qs = [("1", "How many domestic abuse arrests led to a charge in the last six months?",
           ("Of 1,906 arrests, 31% led to a charge, up from 26%.",), "Assured",
           "The PCC noted the improvement.", None),
          ("2", "How quickly are Clare's Law disclosure applications completed?",
           ("The average is 41 days against a 35-day target.", "A backlog built up over the summer."),
           "Partly assured", "The PCC wants the backlog cleared by the end of the year.",
           ("SPB 34/27", "Provide a monthly count of open disclosure applications until the backlog is cleared.",
            "Monthly counts sent since October; 64 open at the end of October.", "Open – due 31/12/2034", "outstanding")),
          ("3", "What checks are made that domestic abuse risk assessments are completed at the scene?",
           ("Supervisors review a sample, but the force could not give the completion rate.",), "Not assured",
           "The completion rate must be measured.",
           ("SPB 34/28", "Report the rate of risk assessments completed at the scene, by district.",
            "Rates reported on 6 October: 87% overall, lowest 79%.", "Closed 06/10/2034", "complete"))]
    rows = [("Question", "Summary of evidence", "PCC decision")]
    acts = []
    for n, q, ev, level, comment, act in qs:
        g.decision(notes_date, topic, n, q, " ".join(ev), level, comment)
        cell: tuple = (f"**{level}**", f"*{comment}*")
        if act:
            cell += (f"**Action {act[0]}:** {act[1]}",)
            acts.append(act)
        rows.append((f"**{n}. {q}**", (Bul(ev),) if len(ev) > 1 else ev[0], cell))
    b += [P("The PCC's decision on each question is recorded with any action set."),
          T(tuple(rows), (30, 38, 32), header_rows=1), H("5. Any other business", 3), P("None."), Break(),
          H("Action tracker", 2),
          P("Status shows the date an action was closed, or the date an open action is due.")]
    rows = [("Ref", "Board", "Action", "Update", "Status")]
    for ref, text, update, status, canon in [
            ("SPB 34/19", "Share the serious violence duty strategic needs assessment with the PCC.",
             "Shared on 29 July 2034.", "Closed 29/07/2034", "complete"),
            ("SPB 34/21", "Report stop and search outcomes for knife possession by ethnicity.",
             "Analysis under way with the scrutiny panel.", "Open – due 17/11/2034", "outstanding")]:
        g.action("2034-07-14", None, ref, text, update, canon, "status_column")
        rows.append((ref, "14 July 2034", text, update, status))
    for ref, text, update, status, canon in acts:
        g.action(notes_date, topic, ref, text, update, canon, "status_column")
        rows.append((ref, "15 Sept 2034", text, update, status))
    b.append(T(tuple(rows), (11, 13, 34, 28, 14), header_rows=1))
    look = PdfLook(margin=60, footer="Strategy and Performance Board – 17 November 2034")
    data, pages = build_pdf(b, look, board, "OPCC Gwent", g)
    document(g, file_type="pdf", title=board, force="Gwent Police", organisation=org, date=date, pages=pages)
    return data, g.records


# --- 9. Dorset: Word, New: a Trend column beside the level; the action log as paragraphs per action ---

def dorset() -> tuple[bytes, dict]:
    g = Gold()
    org, board, date, notes_date = "Police and Crime Commissioner for Dorset", "Accountability Board", "2034-12-09", "2034-10-14"
    g.meeting(board, date, "Rural crime", org)
    b: list = [P("**Dorset Police and Crime Commissioner**"), H(board, 1), P("Wednesday 9 December 2034"),
               P("**Theme:** Rural crime"),
               agenda_table(g, date, ("No.", "Item", "Lead"), [
                   ("1", "Apologies", "PCC"),
                   ("2", "Minutes of 14 October 2034", "Chief Executive"),
                   ("3", "Action log", "Chief Executive"),
                   ("4", "Rural crime", "Superintendent, Rural Crime Team"),
                   ("5", "Any other business", None)], (8, 62, 30))]
    notes = "Minutes of the Accountability Board held on 14 October 2034"
    topic = "Roads policing and the fatal four"
    g.meeting(notes, notes_date, topic, org)
    b += [H(notes, 2), P("**1. Apologies.** None. **2. Minutes.** The minutes of 12 August 2034 were agreed."),
          H("3. Roads policing and the fatal four", 3),
          P("The Trend column shows the direction of the force's performance on each question since the Board last "
            "looked at it; the Assurance column gives the Commissioner's level.")]
    qs = [("1", "How many people were killed or seriously injured on Dorset roads this summer?",
           "87, against 102 last summer.", "Improving", "Assured", "The Commissioner noted the fall."),
          ("2", "How many mobile phone offences were detected by the camera van?",
           "Detections fell as the van was off the road for six weeks.", "Declining", "Partly assured",
           "A back-up van should be found."),
          ("3", "Are seatbelt offences followed up with education courses?",
           "Courses are offered, but take-up is not recorded.", "No change", "Not assured",
           "Take-up must be recorded."),
          ("4", "How quickly are fatal collision files passed to the coroner?",
           "All files went within the agreed twelve weeks.", "Declining", "Assured", "")]
    rows = [("No.", "Question", "Response", "Trend", "Assurance", "Comments")]
    for n, q, ev, trend, level, comment in qs:
        g.decision(notes_date, topic, n, q, ev, level, comment or None)
        rows.append((n, q, ev, trend, level, comment))
    acts = [("ACB 34/33", "Find a back-up camera van for mobile phone enforcement.",
             "A van has been borrowed from the safety camera partnership. The Board agreed the action can be closed.",
             "complete"),
            ("ACB 34/34", "Record take-up of seatbelt education courses and report it.",
             "Recording starts in January. The Board agreed the action remains open.", "outstanding")]
    b += [T(tuple(rows), (6, 28, 30, 11, 12, 13), header_rows=1), P("**Actions**"),
          Bul(tuple(f"{ref} – {text}" for ref, text, *_ in acts)),
          H("4. Any other business", 3), P("None."), H("Action log – progress since the last Board", 2)]
    log = [("ACB 34/21", "12 August 2034", "Publish the rural crime partnership plan.",
            "The plan was published on 9 September. The Board agreed the action can be closed.", "complete", None),
           ("ACB 34/24", "12 August 2034", "Report on the use of the new livestock worrying powers.",
            "Guidance is still awaited from the Home Office. The Board agreed the action remains open.", "outstanding", None)]
    log += [(ref, "14 October 2034", text, update, canon, topic) for ref, text, update, canon in acts]
    for ref, raised, text, update, canon, t in log:
        g.action(notes_date if t else "2034-08-12", t, ref, text, update, canon, "inferred_from_update")
        b += [P(f"**{ref}** (raised {raised}) – {text}"), P(f"*Update:* {update}", indent=18)]
    data = render_docx(b, title=board, author="OPCC Dorset", when=WHEN)
    document(g, file_type="docx", title=board, force="Dorset Police", organisation=org, date=date)
    return data, g.records


PACKS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    f"norfolk-pcc-paf-2034-10-13-{ROUND}.pdf": norfolk,
    f"suffolk-pcc-app-2034-11-20-{ROUND}.pdf": suffolk,
    f"thames-valley-pcc-pam-2034-12-08-{ROUND}.docx": thames_valley,
    f"west-yorkshire-dmpc-com-2034-11-04-{ROUND}.pdf": west_yorkshire,
    f"wiltshire-pcc-cmb-2034-11-12-{ROUND}.pdf": wiltshire,
    f"staffordshire-pfcc-sgb-2034-12-15-{ROUND}.pdf": staffordshire,
    f"west-midlands-dmpc-spcb-2034-12-01-{ROUND}.pdf": west_midlands,
    f"gwent-pcc-spb-2034-11-17-{ROUND}.pdf": gwent,
    f"dorset-pcc-acb-2034-12-09-{ROUND}.docx": dorset,
}


def main(prefixes: list[str]) -> None:
    for name, build in PACKS.items():
        if prefixes and not any(name.startswith(p) for p in prefixes):
            continue
        data, records = build()
        records["grades"] = []
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (HERE / "gold" / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        pages = {t: [r["page"] for r in records[t]] for t in ("assurance_decisions", "actions")}
        print(f"{name}: {len(data)} bytes; pages {pages}")


if __name__ == "__main__":
    main(sys.argv[1:])
