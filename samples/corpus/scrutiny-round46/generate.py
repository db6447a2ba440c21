"""Scrutiny round 46 (held out, then promoted): nine ordinary packs of offices the project had not scored
(issue 4).

Written blind (see README.md). Every builder call that prints a question, an action row, an agenda
row or a meeting heading also writes its gold record, so gold says what the page says. Gold goes to
``gold/`` (it was held out in ``heldout/``, scored once in session 12, then promoted).

    .venv/bin/python samples/corpus/scrutiny-round46/generate.py [NAME-PREFIX ...]

Needs LibreOffice (`soffice`), `taskset` and `setarch` for the three Word->PDF packs.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pdfplumber
from docx import Document
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import scrutiny_common  # noqa: E402,F401  (puts scrutiny-round3's render module on sys.path)
from inspection_render import fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402
from render import H, P, Break, Bul, Num, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind for held-out round 46; every record written by the builder call that prints it, "
           "PDF pages found in the rendered PDF's own text; the extractors were never run on it.")
GREEN, AMBER, RED = "#2e9e44", "#f2a900", "#d0021b"
MARKUP = re.compile(r"\{#[0-9a-fA-F]{6}\|(.*?)\}")


def plain(text: str) -> str:
    """The words a reader sees: inline markup dropped, whitespace collapsed."""
    text = MARKUP.sub(r"\1", text).replace("**", "").replace("*", "")
    return " ".join(text.split())


def long_date(iso: str, ordinal: bool = False) -> str:
    d = date.fromisoformat(iso)
    day = f"{d.day}{'th' if 11 <= d.day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')}" if ordinal else str(d.day)
    return f"{d:%A} {day} {d:%B %Y}"


def short_date(iso: str) -> str:
    return f"{date.fromisoformat(iso):%d/%m/%Y}"


def day_month(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day} {d:%B %Y}"


class Pack:
    """A pack's blocks and the gold records its builder calls write."""

    def __init__(self, name: str, *, org: str, force: str, title: str, meeting_date: str,
                 publication_date: str | None = None, office: str | None = None) -> None:
        """``office``: the gold's name of the office where the pack prints its area otherwise (gold-format.md)."""
        self.name, self.org, self.force, self.title = name, org, force, title
        self.office = office or org
        self.meeting_date, self.publication_date = meeting_date, publication_date
        self.blocks: list = []
        self.records: dict[str, list[dict]] = {t: [] for t in
                                               ("meetings", "agenda_items", "assurance_decisions", "actions")}
        self.keys: list[tuple[dict, str]] = []  # (record, the text whose start finds its page)
        self.words: set[str] = set()  # every word the pack prints, to catch split cells

    def add(self, *blocks) -> None:
        for block in blocks:
            self.blocks.append(block)
            for text in _texts(block):
                self.words.update(plain(text).split())

    def _record(self, kind: str, record: dict, key: str) -> dict:
        record = {"page": None, **record}
        self.records[kind].append(record)
        self.keys.append((record, plain(key)))
        return record

    def meeting(self, block, *, meeting_date: str, topic: str | None, title: str | None = None) -> None:
        """A meeting heading (or the front sheet's board title) printed as ``block``."""
        self.add(block)
        title = title or plain(block.text)
        self._record("meetings", {"meeting_date": meeting_date, "topic": topic, "organisation": self.office,
                                  "title": title}, title)

    def agenda(self, header: tuple[str, ...], rows: list[tuple[str, str, str]], widths: tuple[float, ...],
               **table) -> None:
        """An agenda table No. | Title | Presenter; "–" or "" gives no presenter."""
        cells = [tuple(f"**{h}**" if h else "" for h in header)]
        for number, title, presenter in rows:
            cells.append((number, title, presenter))
            self._record("agenda_items", {"meeting_date": self.meeting_date, "number": number.rstrip("."),
                                          "title": plain(title),
                                          "presenter": plain(presenter) if plain(presenter) not in ("", "–") else None},
                         title)
        self.add(T(tuple(cells), widths, header_rows=1, **table))

    def decision(self, *, meeting_date: str, topic: str | None, number: str | None, question: str,
                 evidence: tuple[str, ...] | str, assurance: str | None, commentary: str | None) -> None:
        evidence = (evidence,) if isinstance(evidence, str) else evidence
        self._record("assurance_decisions", {
            "meeting_date": meeting_date, "topic": topic, "question_number": number, "question": plain(question),
            "evidence_summary": " ".join(plain(e) for e in evidence), "assurance": assurance,
            "commentary": plain(commentary) if commentary else None}, question)

    def action(self, *, text: str, update: str | None, status: str, status_source: str, number: str | None,
               meeting_date: str | None, topic: str | None) -> None:
        self._record("actions", {"meeting_date": meeting_date, "topic": topic, "number": number,
                                 "text": plain(text), "update": plain(update) if update else None,
                                 "status": status, "status_source": status_source, "source": "action_tracker"},
                     text)

    def gold(self, file_type: str, pages: int | None) -> dict:
        document = {"page": None, "file_type": file_type, "doc_kind": "scrutiny_pack", "status": "ok",
                    "publication_date": self.publication_date, "title": self.title, "force": self.force,
                    "organisation": self.office, "meeting_date": self.meeting_date}
        if pages is not None:
            document["pages"] = pages
        return {"documents": [document], **self.records, "grades": []}


def _texts(block) -> list[str]:
    if isinstance(block, (H, P)):
        return [block.text] + ([block.hang] if isinstance(block, P) and block.hang else [])
    if isinstance(block, (Bul, Num)):
        return list(block.items)
    if isinstance(block, T):
        out = []
        for row in block.rows:
            for content in row:
                for part in content if isinstance(content, tuple) else (content,):
                    if isinstance(part, Bul):
                        out += part.items
                    elif part is not None:
                        out.append(str(part))
        return out
    return []


# --- PDF pages and split cells ---------------------------------------------------------------

def _column_streams(page) -> list[str]:
    """The page's text read down each column start: lines cut where a gap wider than a word space
    separates words, then the pieces that start at one x joined top to bottom, so that a wrapped
    cell of a borderless table reads as one text."""
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    lines: dict[int, list] = {}
    for word in words:
        lines.setdefault(round(word["top"]), []).append(word)
    columns: dict[int, list[str]] = {}
    for top in sorted(lines):
        line = sorted(lines[top], key=lambda w: w["x0"])
        start, piece, last = line[0]["x0"], [line[0]["text"]], line[0]["x1"]
        for word in line[1:]:
            if word["x0"] - last > 6:
                columns.setdefault(round(start), []).append(" ".join(piece))
                start, piece = word["x0"], []
            piece.append(word["text"])
            last = word["x1"]
        columns.setdefault(round(start), []).append(" ".join(piece))
    return [" ".join(parts) for parts in columns.values()]


def set_pdf_pages(pack: Pack, data: bytes) -> int:
    """Each record's page: the first page whose text, table cells or column text hold the first 45
    letters of its key. Stops on a key found on no page and on a table cell word the pack never
    printed (a word split between pages or lines)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        texts = []
        for page in pdf.pages:
            found = [" ".join((page.extract_text() or "").split())] + _column_streams(page)
            for table in page.find_tables():
                for row in table.extract():
                    for content in row:
                        if content:
                            cell = " ".join(content.split())
                            found.append(cell)
                            bad = [w for w in cell.split() if w not in pack.words and not w.isdigit()
                                   and w not in ("•", "o", "■", "\uf0b7")]
                            if bad:
                                raise SystemExit(f"{pack.name} p{page.page_number}: split cell words {bad}")
            texts.append(found)
        for record, key in pack.keys:
            probe = key[:45]
            pages = [n for n, found in enumerate(texts, start=1) if any(probe in t for t in found)]
            if not pages:
                raise SystemExit(f"{pack.name}: key on no page: {probe!r}")
            record["page"] = pages[0]
        return len(pdf.pages)


def write(pack: Pack, data: bytes) -> None:
    pages = set_pdf_pages(pack, data) if pack.name.endswith(".pdf") else None
    (HERE / pack.name).write_bytes(data)
    gold = {"source_file": pack.name, "expect": "ok", "checked": CHECKED,
            "records": pack.gold("pdf" if pages else "docx", pages)}
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{pack.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    counts = {k: [r["page"] for r in v] for k, v in pack.records.items() if k in ("assurance_decisions", "actions")}
    print(f"{pack.name}: {len(data)} bytes, {pages} pages; {counts}")


def docx_bytes(pack: Pack, when: str, header: tuple[str, ...] = (), landscape: bool = False) -> bytes:
    data = render_docx(pack.blocks, title=pack.title, author=pack.org,
                       when=datetime.fromisoformat(when + "T09:00:00"), header=header, landscape_pages=landscape)
    return grid_widths(data)


def grid_widths(data: bytes) -> bytes:
    """Each table's grid set to its cells' widths, as Word saves it: LibreOffice lays a table out by
    its grid, and python-docx leaves the grid columns equal."""
    document = Document(io.BytesIO(data))
    for table in document.tables:
        widths = [tc.tcPr.find(qn("w:tcW")).get(qn("w:w")) for tc in table.rows[0]._tr.tc_lst]
        for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            col.set(qn("w:w"), width)
    out = io.BytesIO()
    document.save(out)
    return fixed_zip_times(out.getvalue())


# --- 1. Merseyside: the reference pack's form, Word -> PDF -------------------------------------

def merseyside() -> tuple[Pack, bytes]:
    d, prev = "2034-05-17", "2034-03-15"
    pk = Pack("merseyside-pcc-sm-2034-05-17-round46.pdf", org="Police and Crime Commissioner for Merseyside",
              force="Merseyside Police", title="Scrutiny Meeting", meeting_date=d)
    pk.add(P("**Police and Crime Commissioner for Merseyside**"))
    pk.meeting(H("Scrutiny Meeting", 1), meeting_date=d, topic="Retail Crime and Shop Theft")
    pk.add(P(f"**Date:** {long_date(d)}"), P("**Time:** 10:00 – 12:00"), P("**Venue:** Conference Room 2, OPCC Offices"),
           P("**Theme:** Retail Crime and Shop Theft"), H("Agenda", 2))
    pk.agenda(("Item", "", "Presented By"), [
        ("1", "Apologies for Absence", "PCC"),
        ("2", f"Draft Notes – Scrutiny Meeting (Road Safety) – {day_month(prev)}", "PCC"),
        ("3", "Scrutiny Action Tracker 2033/34", "Head of Scrutiny"),
        ("4", "Retail Crime and Shop Theft", "Assistant Chief Constable (Local Policing)"),
        ("5", "Any Other Business", "All"),
        ("6", "Date of the next meeting: 12 July 2034", "–"),
    ], (8, 62, 30))
    pk.add(Break())
    topic = "Road Safety"
    pk.meeting(H(f"DRAFT NOTES – SCRUTINY MEETING (ROAD SAFETY) – {day_month(prev).upper()}", 2),
               meeting_date=prev, topic=topic)
    pk.add(P("Present: Police and Crime Commissioner (Chair); Deputy Chief Constable; Chief Superintendent, "
             "Roads Policing; Head of Scrutiny, OPCC; Scrutiny Officer, OPCC."))
    rows = [("**Question**", "**Brief Summary of Evidence**", "**Decision of PCC**")]
    qs = [
        ("How is the Force using its collision data to decide where roads policing patrols and speed "
         "enforcement are deployed?",
         ("The Force maps killed and seriously injured collisions each quarter with the local authorities' highway teams.",
          "Patrol plans for the twelve highest-harm routes are refreshed monthly from that mapping.",
          "Mobile speed enforcement sites were reduced from 64 to 41 so that effort follows the collision data."),
         "Assured", "The PCC welcomed the joint mapping with highway teams and asked that it is shared with the community road safety partnership."),
        ("What progress has been made in reducing the backlog of dashcam and helmet-camera footage "
         "submitted by the public?",
         ("Submissions rose by 38% in 2033 and the backlog peaked at 1,900 in October.",
          "Three additional staff were moved to the unit in December and the backlog stood at 1,150 in February.",
          "An online triage form is being tested which will reject footage outside the time limit automatically."),
         "Partly Assured", "The PCC recognised the extra staff but noted that the backlog remains high and asked for a further update once the triage form is live."),
        ("How does the Force support families bereaved in fatal road traffic collisions, and how is "
         "their feedback used?",
         ("Every bereaved family is offered a trained family liaison officer within 24 hours.",
          "A national charity provides independent support and a feedback survey six months after the collision.",
          "Only eleven surveys were returned in 2033, so the Force cannot yet show what changed as a result."),
         "Partly Assured", "The PCC asked the Force to work with the charity to increase the number of families giving feedback."),
        ("Is the Force confident that officers driving in response to emergencies are trained and "
         "authorised to the national standard?",
         ("All response drivers hold the national driving standard and records are checked monthly against the fleet system.",
          "Seven officers whose authorisation lapsed in 2033 were taken off driving duties until re-tested.",
          "Telematics are fitted to every marked vehicle and reviewed after each pursuit.",
          "The Professional Standards Department reviewed twelve collisions involving police vehicles and found no pattern of concern."),
         "Assured", "The PCC was assured by the monthly checks and the use of telematics."),
        ("How is the Force working with partners to reduce the number of young and newly qualified drivers "
         "killed or seriously injured on Merseyside's roads?",
         ("Drivers aged 17 to 24 were involved in 29% of serious collisions in 2033.",
          "A pre-driver education session is delivered in sixth forms with the fire and rescue service, reaching 4,100 students.",
          "The Force has no way yet to tell whether the sessions change how young people drive.",
          "A joint evaluation with a university has been proposed but not funded."),
         "Not Assured", "The PCC was not assured that the education sessions are making a difference and asked the partnership to agree how their impact will be measured."),
        ("What has the Force done to increase the number of drink and drug driving tests carried out at "
         "the roadside, and with what result?",
         ("Roadside drug tests rose from 2,300 in 2032 to 3,050 in 2033, after every response vehicle was given test kits.",
          "The proportion of positive tests stayed at around 45%, which the Force reads as good targeting.",
          "The wait for blood sample results from the laboratory averages eleven weeks, which delays charging decisions.",
          "A December campaign with licensed premises ran for four weeks and led to 96 arrests."),
         "Partly Assured", "The PCC welcomed the rise in testing but asked the Force to raise the laboratory delays with the national lead."),
    ]
    for i, (q, ev, level, comment) in enumerate(qs, start=1):
        rows.append((f"**{i}. {q}**", (Bul(ev),), (f"**{level}**", f"*{comment}*")))
        pk.decision(meeting_date=prev, topic=topic, number=str(i), question=q, evidence=ev,
                    assurance={"Assured": "Assured", "Partly Assured": "Partly assured", "Not Assured": "Not assured"}[level], commentary=comment)
    pk.add(T(tuple(rows), (30, 45, 25), header_rows=1))
    minuted = ["That the Force share its quarterly collision mapping with the community road safety partnership.",
               "That the PCC receives an update on the footage backlog once the online triage form is live."]
    pk.add(H("Actions", 3), Num(tuple(minuted)))
    pk.add(Break(), H("Scrutiny Action Tracker 2033/34", 2),
           P(f"{{{GREEN}|■}} = Action Complete"), P(f"{{{RED}|■}} = Action Outstanding"))
    trk = [
        ("Burglary", "That the Force provide the OPCC with the results of the burglary repeat-victim pilot.",
         "The pilot evaluation was received by the OPCC on 2 February 2034.", True, None, None),
        ("Burglary", "That the PCC's community safety team is invited to the next burglary problem solving forum.",
         "Invitation accepted; the forum will be held on 4 June 2034.", False, None, None),
        ("Hate Crime", "That a briefing on hate crime reporting centres is presented to the independent advisory group.",
         "The briefing was delivered to the advisory group on 19 January 2034.", True, None, None),
        (topic, minuted[0], "The first quarterly mapping was shared with the partnership on 10 April 2034.", True, "1", prev),
        (topic, minuted[1], "The triage form is still being tested; an update will follow in the summer.", False, "2", prev),
    ]
    rows = [("**Topic**", "**Action**", "**Update**", "")]
    fills_spans = []
    for i, (t, text, update, done, number, md) in enumerate(trk, start=1):
        first = i == 1 or trk[i - 2][0] != t
        rows.append((t if first else None, text, update, f"{{{GREEN if done else RED}|■}}"))
        pk.action(text=text, update=update, status="complete" if done else "outstanding", status_source="glyph_colour",
                  number=number, meeting_date=md, topic=t)
    start = 1
    for i in range(2, len(trk) + 2):
        if i == len(trk) + 1 or trk[i - 1][0] != trk[start - 1][0]:
            if i - start > 1:
                fills_spans.append((start, 0, i - start, 1))
            start = i
    pk.add(T(tuple(rows), (18, 40, 36, 6), header_rows=1, spans=tuple(fills_spans)))
    return pk, docx_to_pdf(docx_bytes(pk, "2034-05-10"))


# --- 2. Derbyshire: "Assurance level:" lines, notes of two items; reportlab, DejaVu Serif, borderless

def derbyshire() -> tuple[Pack, bytes]:
    d, prev, older = "2034-05-09", "2034-03-07", "2034-01-10"
    pk = Pack("derbyshire-pcc-sam-2034-05-09-round46.pdf", org="Police and Crime Commissioner for Derbyshire",
              force="Derbyshire Constabulary", title="Strategic Assurance Meeting", meeting_date=d)
    pk.add(P("**Derbyshire Police and Crime Commissioner**", size=13))
    pk.meeting(H("Strategic Assurance Meeting", 1), meeting_date=d, topic=None)
    pk.add(P(long_date(d, ordinal=True) + ", 14:00, Butterley Room, Police Headquarters"))
    pk.agenda(("No.", "Item", "Lead"), [
        ("1", "Welcome and apologies", "Commissioner"),
        ("2", f"Notes of the meeting held on {long_date(prev, ordinal=True)}", "Commissioner"),
        ("3", "Action log", "Governance Officer"),
        ("4", "Rural and wildlife crime", "Superintendent, Rural Crime Team"),
        ("5", "Call handling and 101", "Head of Contact Management"),
        ("6", "Any other business", "–"),
    ], (8, 60, 32), bordered=False)
    pk.add(Break())
    pk.meeting(H(f"Notes of the Strategic Assurance Meeting held on {long_date(prev, ordinal=True)}", 2),
               meeting_date=prev, topic=None)
    pk.add(P("Items 1 and 2: apologies were noted and the notes of the previous meeting were agreed."))
    items = [
        ("3. Neighbourhood policing", "Neighbourhood policing", [
            ("How many neighbourhood officers and PCSOs were taken away from their wards to cover response "
             "shifts in the last quarter, and how is this monitored?",
             "Abstraction averaged 14% of planned hours, against a local limit of 10%. Inspectors now report abstraction "
             "weekly and the Superintendent reviews any ward above the limit.",
             "Partially assured", "The Commissioner asked that abstraction is reported to this meeting each quarter until it is below the limit."),
            ("How does the Force know that ward priorities set with residents are being acted on?",
             "Each ward publishes three priorities after its public meeting, and progress is reviewed at the monthly "
             "tasking meeting. An audit of twenty wards found plans in place for all but one priority.",
             "Assured", "The Commissioner welcomed the audit."),
        ], [("SAM 34/09", "That the Force reports neighbourhood abstraction to each Strategic Assurance Meeting until it is below 10%.",
             "Abstraction figures for March and April are included in the performance pack.", "Complete")]),
        ("4. Stalking and harassment", "Stalking and harassment", [
            ("What proportion of stalking reports lead to a stalking protection order being applied for, and why "
             "is the figure lower than in similar forces?",
             "Applications were made in 6% of cases in 2033. The Force has identified that officers are unsure of "
             "the evidence needed, and a legal adviser now reviews every high-risk case.",
             "Not assured", "The Commissioner was concerned at the low use of orders and will revisit this topic in the autumn."),
            ("How are victims of stalking kept informed of the progress of their case?",
             "Victims are contacted every 28 days under the victims' code, and compliance was 81% in the last audit. "
             "A specialist advocate is funded by the Commissioner for the highest-risk victims.",
             "Partially assured", "The Commissioner asked for the next compliance audit to be shared with the OPCC."),
        ], [("SAM 34/10", "That the Force provides a briefing on the use of stalking protection orders, with a comparison against similar forces.",
             "The briefing is being prepared and will be ready for the June meeting.", "Ongoing"),
            ("SAM 34/11", "That the next victims' code compliance audit for stalking cases is shared with the OPCC.",
             "The audit is scheduled for July 2034.", "Not started")]),
    ]
    levels = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}
    tracker = [
        ("SAM 34/02", short_date(older), older, "That the Force sets out how it will reduce the time taken to attend rural burglaries.",
         "A plan was presented to the Rural Crime Board on 14 February 2034.", "Complete"),
        ("SAM 34/04", short_date(older), older, "That the OPCC and the Force agree the measures used in the quarterly performance pack.",
         "Draft measures have been shared and are being discussed with the Force.", "Ongoing"),
    ]
    for heading, topic, questions, actions in items:
        pk.add(H(heading, 3))
        for i, (q, response, level, comment) in enumerate(questions, start=1):
            pk.add(P(f"**Question {i}: {q}**"), P(f"*Response:* {response}"),
                   P(f"**Assurance level:** {level}"), P(f"**Commissioner's comment:** {comment}"))
            pk.decision(meeting_date=prev, topic=topic, number=str(i), question=q, evidence=response,
                        assurance=levels[level], commentary=comment)
        for ref, text, *_ in actions:
            pk.add(P(f"**Action {ref}:** {text}"))
        tracker += [(ref, short_date(prev), prev, text, update, status, topic) for ref, text, update, status in actions]
    pk.add(Break(), H("Action log – Strategic Assurance Meeting", 2))
    rows = [("**Ref**", "**Raised**", "**Action**", "**Update**", "**Status**")]
    for ref, raised, md, text, update, status, *topic in tracker:
        rows.append((ref, raised, text, update, status))
        pk.action(text=text, update=update, status="complete" if status == "Complete" else "outstanding",
                  status_source="status_column", number=ref, meeting_date=md, topic=topic[0] if topic else None)
    pk.add(T(tuple(rows), (12, 12, 34, 30, 12), header_rows=1, bordered=False))
    look = register_dejavu_serif()
    return pk, render_pdf(pk.blocks, look, pk.title, pk.org)


# --- 3. Devon and Cornwall: a Level of assurance column, a deferred level, RAG shading; landscape

def devon_cornwall() -> tuple[Pack, bytes]:
    d, prev, older = "2034-04-25", "2034-02-28", "2034-01-10"
    org = "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"
    pk = Pack("devon-cornwall-pcc-pab-2034-04-25-round46.pdf", org=org, force="Devon and Cornwall Police",
              title="Performance and Accountability Board", meeting_date=d)
    pk.add(P("**Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly**"))
    pk.meeting(H("Performance and Accountability Board", 1), meeting_date=d, topic="Rural and coastal crime")
    pk.add(P(f"**Date:** {short_date(d)}   **Time:** 09:30   **Venue:** Middlemoor, Exeter"),
           P("**Focus of the meeting:** Rural and coastal crime"))
    pk.agenda(("No.", "Item", "Lead"), [
        ("1", "Welcome, introductions and apologies", "Commissioner"),
        ("2", f"Minutes of the meeting of {day_month(prev)} and action log", "Chief Executive, OPCC"),
        ("3", "Rural and coastal crime", "Assistant Chief Constable"),
        ("4", "Force performance summary", "Head of Performance"),
        ("5", "Any other business", ""),
    ], (8, 62, 30))
    pk.add(Break())
    topic = "Missing people"
    pk.meeting(H(f"Minutes of the Performance and Accountability Board held on {day_month(prev)}", 2),
               meeting_date=prev, topic=topic)
    pk.add(P("1. Apologies were received from the Deputy Chief Constable. 2. The minutes of the previous meeting "
             "were agreed and the action log was reviewed."), P("**3. Missing people**"))
    qs = [
        ("1", "How quickly are reports of missing children risk-assessed, and how does the Force check that the "
              "risk grading is right?",
         "Reports are graded by the control room within 30 minutes in 92% of cases. A detective sergeant in each "
         "area reviews every medium and high-risk grading within four hours, and a monthly dip sample of 50 low-risk "
         "reports found four that should have been graded higher. Those findings were fed back to the staff "
         "concerned and the guidance for call handlers has been rewritten with the children's services teams.",
         "Partially assured", "The Commissioner asked that the next dip sample results are shared with the OPCC."),
        ("2", "What is the Force doing to reduce the number of times the same children go missing from care homes?",
         "A missing-from-care protocol was agreed with the three local authorities in 2033. Each home has a named "
         "neighbourhood officer, and return-home interviews are now shared with the Force within 72 hours. The number "
         "of repeat missing episodes from care fell by 17% in the last six months compared with the same period a "
         "year before, although two homes still account for a quarter of all episodes and a joint visit plan has "
         "been put in place for both of them with the registered managers. The Force also pointed to its work with "
         "the Isles of Scilly community officers, where arrangements differ because there are no care homes on the "
         "islands and children placed from the islands live on the mainland. The Board heard that information "
         "about those children is now passed to the receiving area on the day of the placement, so that the named "
         "officer knows of them before they first go missing. The Force intends to extend the named-officer model "
         "to supported accommodation for sixteen and seventeen year olds during 2034, subject to agreement with the "
         "providers, and has asked the local authorities to include the police in their quality visits. A "
         "review of the twenty children who went missing most often in 2033 found that twelve had a named "
         "officer they trusted, and the Force will use the review to train new neighbourhood officers. Data "
         "on repeat episodes will be reported to the Board every quarter from the summer. The Force added that "
         "its missing persons coordinators now meet each care home manager every month, that the first "
         "meetings had already led to changes in two homes' evening routines, and that the local "
         "authorities had agreed to share their own data on children placed from outside the area.",
         "Assured", "The Commissioner welcomed the reduction and the joint work with the local authorities."),
        ("3", "How does the Force make sure that adults reported missing who have dementia are found quickly?",
         "The Force uses a Herbert Protocol form held by families and care homes, but only a third of care homes "
         "have completed forms for their residents. A campaign with the care home association is planned.",
         "Not assured", "The Commissioner was not assured that the protocol is used widely enough and will raise it at her next meeting with the Chief Constable."),
        ("4", "What will the new national missing persons guidance mean for the Force's demand?",
         "The Force is still assessing the guidance and expects to report its findings in the summer.",
         "Not assessed", "The Commissioner deferred her decision until the Force's assessment is complete."),
    ]
    levels = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured", "Not assessed": None}
    rows = [("**No.**", "**Question**", "**Force response**", "**Level of assurance**", "**Comments**")]
    for number, q, response, level, comment in qs:
        rows.append((number, q, response, f"**{level}**", comment))
        pk.decision(meeting_date=prev, topic=topic, number=number, question=q, evidence=response,
                    assurance=levels[level], commentary=comment)
    pk.add(T(tuple(rows), (5, 25, 40, 12, 18), header_rows=1))
    minuted = [("PAB 34/06", "That the Force shares the next missing children dip sample results with the OPCC.",
                "The March dip sample was shared with the OPCC on 4 April 2034.", GREEN),
               ("PAB 34/07", "That the Force reports on the uptake of the Herbert Protocol in care homes.",
                "The campaign with the care home association starts in May; figures will follow.", AMBER)]
    pk.add(H("Actions", 3), Bul(tuple(f"{ref} – {text}" for ref, text, *_ in minuted)))
    pk.add(Break(), H("Action log", 2),
           P(f"RAG key: green – complete; amber – in progress; red – overdue."))
    tracker = [("PAB 34/01", short_date(older), older, "That the Force sets out its plan for policing the summer visitor season.",
                "The summer plan was presented to the OPCC on 20 February 2034.", GREEN, None),
               ("PAB 34/03", short_date(older), older, "That the OPCC receives the results of the rural crime survey.",
                "The survey results were due in March and have not yet been received.", RED, None)]
    tracker += [(ref, short_date(prev), prev, text, update, colour, topic) for ref, text, update, colour in minuted]
    rows = [("**Ref**", "**Raised**", "**Action**", "**Update**", "**RAG**")]
    fills = {}
    for r, (ref, raised, md, text, update, colour, t) in enumerate(tracker, start=1):
        rows.append((ref, raised, text, update, ""))
        fills[(r, 4)] = colour
        pk.action(text=text, update=update, status="complete" if colour == GREEN else "outstanding",
                  status_source="cell_shading", number=ref, meeting_date=md, topic=t)
    pk.add(T(tuple(rows), (10, 10, 38, 36, 6), header_rows=1, fills=fills))
    look = PdfLook(landscape=True, margin=50)
    return pk, render_pdf(pk.blocks, look, pk.title, pk.org)


# --- 4. Gloucestershire: a "PCC Decision" column; a Progress | Status log; Word -----------------

def gloucestershire() -> tuple[Pack, bytes]:
    d, prev, older = "2034-05-16", "2034-03-21", "2034-01-17"
    pk = Pack("gloucestershire-pcc-ab-2034-05-16-round46.docx", org="Police and Crime Commissioner for Gloucestershire",
              force="Gloucestershire Constabulary", title="Accountability Board", meeting_date=d)
    pk.add(P("**Office of the Police and Crime Commissioner for Gloucestershire**"))
    pk.meeting(H("Accountability Board", 1), meeting_date=d, topic="Drug-related harm")
    pk.add(P(f"Date: {short_date(d)}   Time: 10:00   Location: Conference Room 1, Waterwells"),
           P("**Theme:** Drug-related harm"), H("Agenda", 2))
    pk.agenda(("Item", "Business", "Presented by"), [
        ("1", "Apologies", "Chief Executive"),
        ("2", f"Minutes of the Accountability Board – {day_month(prev)}", "Chief Executive"),
        ("3", "Action log", "Accountability Officer"),
        ("4", "Drug-related harm and county lines", "Detective Chief Superintendent"),
        ("5", "Quarterly finance report", "Chief Finance Officer"),
        ("6", "Any other business", "–"),
    ], (8, 62, 30))
    pk.add(Break())
    topic = "Road safety"
    pk.meeting(H(f"Minutes of the Accountability Board held on {day_month(prev)}", 2), meeting_date=prev, topic=topic)
    pk.add(P("Present: the Police and Crime Commissioner (Chair), the Deputy Police and Crime Commissioner, the Chief "
             "Constable, the Assistant Chief Constable and the OPCC Chief Executive."),
           P("1. Apologies were received from the Chief Finance Officer. 2. The minutes of 17 January were agreed. "
             "3. The action log was noted."),
           H("4. Road safety", 3))
    qs = [
        ("How is the Force working with the county's road safety partnership to reduce the number of people killed "
         "or seriously injured?",
         ("Casualties fell from 301 in 2032 to 274 in 2033.",
          "The partnership's delivery plan was refreshed in January with shared targets for each district."),
         "Assured", "The PCC noted the fall in casualties and the shared targets."),
        ("What use is being made of the average speed cameras funded by the PCC on the A-roads?",
         ("The cameras on two routes went live in October 2033; a third route is delayed by roadworks.",
          "Average speeds on the live routes have fallen by 6 mph, but collision data will not be meaningful until 2035."),
         "Partially assured", "The PCC asked for the delayed route to be brought into use as soon as the roadworks end."),
        ("How does the Force support the public to report dangerous driving online?",
         ("The national online portal is used, with 1,420 submissions in 2033.",
          "Officers review each submission within 14 days, but only 48% received an outcome letter."),
         "Not assured", "The PCC was concerned that half of those reporting hear nothing back."),
    ]
    levels = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}
    rows = [("**Q**", "**Question**", "**Summary of response**", "**PCC Decision**")]
    for i, (q, ev, level, comment) in enumerate(qs, start=1):
        rows.append((f"Q{i}", q, (Bul(ev),), (f"**{level}**", comment)))
        pk.decision(meeting_date=prev, topic=topic, number=str(i), question=q, evidence=ev,
                    assurance=levels[level], commentary=comment)
    pk.add(T(tuple(rows), (6, 30, 40, 24), header_rows=1))
    minuted = [("AB/34/08", "The Force to confirm the date the third average speed camera route will go live.",
                "The roadworks finish in June; the route will go live on 1 July 2034.", "In progress"),
               ("AB/34/09", "The Force to report on the outcome letters sent to people reporting dangerous driving.",
                "Outcome letters are now sent automatically; 97% were sent in April.", "Complete")]
    pk.add(H("Actions agreed", 3))
    for ref, text, *_ in minuted:
        pk.add(P(f"{ref}: {text}"))
    pk.add(Break(), H("Accountability Board action log", 2))
    tracker = [("AB/34/02", older, "The Force to present its county lines disruption figures to the next Board.",
                "Figures were presented at the March Board.", "Complete", None),
               ("AB/34/04", older, "The OPCC to arrange a visit for the PCC to the force control room.",
                "A date is being arranged with the control room.", "Open", None)]
    tracker += [(ref, prev, text, update, status, topic) for ref, text, update, status in minuted]
    rows = [("**Ref**", "**Date raised**", "**Action**", "**Progress**", "**Status**")]
    for ref, md, text, update, status, t in tracker:
        rows.append((ref, day_month(md), text, update, status))
        pk.action(text=text, update=update, status="complete" if status == "Complete" else "outstanding",
                  status_source="status_column", number=ref, meeting_date=md, topic=t)
    pk.add(T(tuple(rows), (11, 14, 33, 30, 12), header_rows=1))
    return pk, docx_bytes(pk, "2034-05-09", header=("Office of the Police and Crime Commissioner for Gloucestershire",))


# --- 5. Humberside: a long pack, borders off, a performance paper, an update-only log; Word -> PDF

def humberside() -> tuple[Pack, bytes]:
    d, prev, older = "2034-05-23", "2034-03-21", "2034-01-24"
    pk = Pack("humberside-pcc-ab-2034-05-23-round46.pdf", org="Police and Crime Commissioner for Humberside",
              force="Humberside Police", title="Accountability Board", meeting_date=d)
    pk.add(P("**Humberside Police and Crime Commissioner**"))
    pk.meeting(H("Accountability Board", 1), meeting_date=d, topic="Anti-social behaviour")
    pk.add(P(f"Date: {short_date(d)}"), P("Venue: Priory Road, Hull"), P("**Topic:** Anti-social behaviour"))
    pk.agenda(("Item", "Title", "Lead Officer"), [
        ("1", "Apologies and declarations of interest", "Commissioner"),
        ("2", f"Notes of the Accountability Board of {short_date(prev)}", "Commissioner"),
        ("3", "Anti-social behaviour: the Force's response", "Chief Superintendent, Neighbourhoods"),
        ("4", "Performance report – quarter 4 2033/34", "Head of Performance and Analysis"),
        ("5", "Action log", "Head of Governance"),
        ("6", "Any other business", "–"),
    ], (8, 60, 32), bordered=False)
    pk.add(Break())
    topic = "Violence against women and girls"
    pk.meeting(H(f"Notes of the Accountability Board held on {day_month(prev)}", 2), meeting_date=prev, topic=topic)
    pk.add(P("Items 1 and 2 (apologies; notes of the last Board) were taken as read."),
           H("Item 3 – Violence against women and girls", 3))
    qs = [
        ("What has changed for victims since the Force adopted the national framework for violence against women "
         "and girls?",
         ("A delivery plan with 42 actions was agreed in 2033; 30 are complete.",
          "Victim satisfaction with being kept informed rose from 71% to 78%.",
          "A scrutiny panel of survivors now reviews closed cases twice a year."),
         "Assured", "The Commissioner welcomed the survivor panel and asked to see its first report."),
        ("How is the Force tackling the low charge rate for rape offences?",
         ("The charge rate was 6.1% in 2033, below the national figure.",
          "A joint action plan with the Crown Prosecution Service has reduced file rejections by a third.",
          "Investigators' caseloads remain high, at an average of 14 investigations each."),
         "Partially assured", "The Commissioner recognised the joint work but remains concerned at investigators' caseloads."),
        ("How does the Force make sure that officers' own conduct towards women is challenged?",
         ("All officers have completed active bystander training.",
          "Reports to the confidential line rose from 19 to 44, which the Force sees as growing confidence.",
          "Vetting of all staff has been repeated against the national databases."),
         "Assured", "The Commissioner was assured by the training and by the rise in reports."),
    ]
    levels = {"Assured": "Assured", "Partially assured": "Partly assured"}
    rows = [("**No.**", "**Question**", "**Evidence**", "**PCC Decision**")]
    for i, (q, ev, level, comment) in enumerate(qs, start=1):
        rows.append((f"{i}.", q, (Bul(ev),), (f"**{level}**", f"*{comment}*")))
        pk.decision(meeting_date=prev, topic=topic, number=str(i), question=q, evidence=ev,
                    assurance=levels[level], commentary=comment)
    pk.add(T(tuple(rows), (6, 30, 42, 22), header_rows=1, bordered=False))
    minuted = [("AB 34/05", "Share the survivor scrutiny panel's first report with the Commissioner.",
                "The panel's first report was sent to the Commissioner on 30 April 2034."),
               ("AB 34/06", "Provide a breakdown of rape investigators' caseloads by team.",
                "The breakdown is being compiled and will be provided for the July Board.")]
    pk.add(H("Actions", 3), Bul(tuple(f"{ref} – {text}" for ref, text, _ in minuted)))
    pk.add(Break(), H("Performance report – quarter 4 2033/34", 2),
           P("This paper summarises the Force's performance against the measures in the Police and Crime Plan for "
             "the year to 31 March 2034. Figures are provisional and may change once data quality checks finish."),
           T((("**Measure**", "**2033/34**", "**2032/33**", "**Change**"),
              ("Total recorded crime", "88,214", "91,530", "-3.6%"),
              ("Residential burglary", "3,912", "4,480", "-12.7%"),
              ("Anti-social behaviour incidents", "21,604", "23,950", "-9.8%"),
              ("999 calls answered in 10 seconds", "91%", "87%", "+4 points"),
              ("Victims satisfied with the whole experience", "74%", "73%", "+1 point")),
             (40, 20, 20, 20), header_rows=1, bordered=False),
           P("Burglary fell in all four local authority areas. The rise in 999 performance follows the recruitment "
             "of 24 call handlers in the autumn. Satisfaction is broadly stable; the largest gap remains in being "
             "kept informed after the first contact, which is the focus of the victims' improvement plan."),
           P("The Board is asked to note the report."))
    pk.add(Break(), H("Accountability Board – action log", 2))
    tracker = [("AB 34/01", older, "Present the neighbourhood policing model review to the Board.",
                "The review was presented to the Board in March and its recommendations were accepted.", None),
               ("AB 34/02", older, "Arrange a briefing for the Commissioner on the new custody suite in Grimsby.",
                "The briefing will take place once the building contract is signed.", None)]
    tracker += [(ref, prev, text, update, topic) for ref, text, update in minuted]
    rows = [("**Ref**", "**Date of Board**", "**Action**", "**Update**")]
    for ref, md, text, update, t in tracker:
        rows.append((ref, short_date(md), text, update))
        done = any(w in update for w in ("was presented", "was sent"))
        pk.action(text=text, update=update, status="complete" if done else "outstanding",
                  status_source="inferred_from_update", number=ref, meeting_date=md, topic=t)
    pk.add(T(tuple(rows), (12, 14, 37, 37), header_rows=1, bordered=False))
    header = ("OFFICIAL – Humberside Police and Crime Commissioner – Accountability Board",)
    return pk, docx_to_pdf(docx_bytes(pk, "2034-05-16", header=header))


# --- 6. Leicestershire: cover page, "Assurance level:" lines, coloured squares; reportlab -------

def leicestershire() -> tuple[Pack, bytes]:
    d, prev, older = "2034-06-13", "2034-04-18", "2034-02-14"
    pk = Pack("leicestershire-pcc-cgb-2034-06-13-round46.pdf", org="Police and Crime Commissioner for Leicestershire",
              force="Leicestershire Police", title="Corporate Governance Board", meeting_date=d,
              office="Police and Crime Commissioner for Leicester, Leicestershire and Rutland")
    pk.add(P("**Office of the Police and Crime Commissioner for Leicestershire**", size=14))
    pk.meeting(H("Corporate Governance Board", 1), meeting_date=d, topic="Contact management")
    pk.add(P("Meeting papers", size=14), P(long_date(d)), P("**Theme:** Contact management"), Break(),
           H("Agenda", 2))
    pk.agenda(("Item", "Title", "Presenter"), [
        ("1", "Apologies", "PCC"),
        ("2", "Notes and actions of the last Board", "Chief Executive"),
        ("3", "Contact management: 999, 101 and digital contact", "Chief Superintendent, Contact Management"),
        ("4", "Estates strategy update", "Director of Finance"),
        ("5", "Any other business", "–"),
    ], (8, 62, 30))
    pk.add(Break())
    topic = "Serious violence"
    pk.meeting(H(f"Notes of the Corporate Governance Board – {day_month(prev)}", 2), meeting_date=prev, topic=topic)
    pk.add(P("Apologies were noted and the notes of the last Board were agreed."), H("3. Serious violence", 3))
    qs = [
        ("How is the Force meeting its duties under the serious violence duty with its partners?",
         "The strategic needs assessment was refreshed in January with all partners. A joint problem profile "
         "for the city centre night-time economy is being written with the violence reduction network.",
         "Assured", "The PCC thanked the Force and partners for the refreshed assessment."),
        ("What impact have the hot-spot patrols funded last year had on violence in public places?",
         "Violence with injury in the twenty patrolled hot spots fell by 11%, against 3% elsewhere in the county. "
         "Patrol hours fell short of the plan in December because of abstraction.",
         "Partially assured", "The PCC asked that patrol hours are protected over the summer."),
        ("How are young people who carry knives diverted away from the criminal justice system?",
         "A diversion scheme with the youth offending service has taken 64 referrals, but no evaluation has yet been "
         "commissioned and re-offending is not tracked.",
         "Not assured", "The PCC was not assured that the scheme's impact is known and asked for an evaluation plan."),
    ]
    levels = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}
    for i, (q, response, level, comment) in enumerate(qs, start=1):
        pk.add(P(f"**Q{i}. {q}**"), P(response), P(f"Assurance level: **{level}**"), P(f"*Comment: {comment}*"))
        pk.decision(meeting_date=prev, topic=topic, number=str(i), question=q, evidence=response,
                    assurance=levels[level], commentary=comment)
    minuted = [("CGB 19", "Force to protect hot-spot patrol hours over the summer and report the hours delivered.",
                "Patrol hours for May were delivered in full and reported to the OPCC.", GREEN),
               ("CGB 20", "Force to provide an evaluation plan for the knife crime diversion scheme.",
                "An evaluation partner has been approached; the plan is due in July.", AMBER)]
    pk.add(P("**Actions**"))
    pk.add(Bul(tuple(f"{text} ({ref})" for ref, text, *_ in minuted)))
    pk.add(Break(), H("Action tracker", 2),
           P(f"Status: {{{GREEN}|■}} Complete   {{{AMBER}|■}} In progress   {{{RED}|■}} Overdue"))
    tracker = [("CGB 14", older, "Force to brief the PCC on the replacement of the command and control system.",
                "Briefing given to the PCC on 12 March 2034.", GREEN, None),
               ("CGB 16", older, "OPCC to publish the Board's notes within four weeks of each meeting.",
                "The notes of February were published late; a new timetable is being agreed.", RED, None)]
    tracker += [(ref, prev, text, update, colour, topic) for ref, text, update, colour in minuted]
    rows = [("**No.**", "**Board**", "**Action**", "**Update**", "**Status**")]
    for ref, md, text, update, colour, t in tracker:
        rows.append((ref, short_date(md), text, update, f"{{{colour}|■}}"))
        pk.action(text=text, update=update, status="complete" if colour == GREEN else "outstanding",
                  status_source="glyph_colour", number=ref, meeting_date=md, topic=t)
    pk.add(T(tuple(rows), (10, 15, 33, 30, 12), header_rows=1))
    look = PdfLook(header="Police and Crime Commissioner for Leicestershire – Corporate Governance Board",
                   footer=f"Corporate Governance Board – {day_month(d)}", margin=60)
    return pk, render_pdf(pk.blocks, look, pk.title, pk.org)


# --- 7. Nottinghamshire: notes of two items, an Assurance column, a Topic column in the log; Word

def nottinghamshire() -> tuple[Pack, bytes]:
    d, prev, older = "2034-04-11", "2034-02-07", "2034-01-10"
    pk = Pack("nottinghamshire-pcc-ccab-2034-04-11-round46.docx", org="Police and Crime Commissioner for Nottinghamshire",
              force="Nottinghamshire Police", title="Chief Constable's Accountability Board", meeting_date=d)
    pk.add(P("**Nottinghamshire Police and Crime Commissioner**"))
    pk.meeting(H("Chief Constable's Accountability Board", 1), meeting_date=d, topic=None)
    pk.add(P(f"{long_date(d)} at 13:30, Sherwood Lodge"), H("Agenda", 2))
    pk.agenda(("No.", "Agenda item", "Lead officer"), [
        ("1.", "Apologies", "Commissioner"),
        ("2.", "Minutes and action log", "Head of Strategy"),
        ("3.", "Retail crime", "Chief Inspector, Business Crime"),
        ("4.", "Police use of stop and search", "Superintendent, Professional Standards"),
        ("5.", "Any other business", ""),
    ], (8, 62, 30))
    pk.add(Break())
    pk.meeting(H(f"Minutes of the Chief Constable's Accountability Board – {long_date(prev)}", 2),
               meeting_date=prev, topic=None)
    pk.add(P("1. Apologies: none. 2. The minutes of the last Board were approved and the action log noted."))
    items = [
        ("3. Knife crime", "Knife crime", [
            ("How has the knife crime surrender scheme been used since it was extended to schools?",
             "Surrender bins are now in 12 schools and 310 blades were handed in during the autumn term.",
             "Assured", "Assured"),
            ("Why has knife possession by under-18s risen in the county while falling in the city?",
             "The Force believes county lines activity has moved into market towns. A problem profile is being written and will be finished in April.",
             "Partly assured", "Partly assured"),
        ]),
        ("4. Fraud against older people", "Fraud against older people", [
            ("How many older victims of fraud receive a visit from the Force's fraud protect officers?",
             "All victims over 75 are offered a visit; 89% accepted in 2033.",
             "Assured", "Assured"),
            ("How does the Force work with banks to stop payments before money is lost?",
             "A banking protocol is in place with the main banks, but call handlers were not using it consistently and refresher training has only just begun.",
             "Not assured", "Not assured"),
        ]),
    ]
    for heading, topic, questions in items:
        pk.add(H(heading, 3))
        rows = [("**Question**", "**Response**", "**Assurance**")]
        for q, response, printed, level in questions:
            rows.append((q, response, printed))
            # a table's unnumbered rows under the item's heading have no number (docs/gold-format.md; rounds 6-9)
            pk.decision(meeting_date=prev, topic=topic, number=None, question=q, evidence=response,
                        assurance=level, commentary=None)
        pk.add(T(tuple(rows), (35, 45, 20), header_rows=1))
    minuted = [("CCAB 34/04", "Knife crime", "Share the knife crime problem profile for the market towns with the OPCC.",
                "The problem profile was shared with the OPCC on 28 March 2034.", "Complete"),
               ("CCAB 34/05", "Fraud against older people", "Report the use of the banking protocol by call handlers after the refresher training.",
                "Training will be complete by the end of May.", "In progress")]
    pk.add(H("Actions", 3), Bul(tuple(f"{ref}: {text}" for ref, _, text, *_ in minuted)))
    pk.add(Break(), H("Action log 2034", 2))
    tracker = [("CCAB 34/01", older, "Neighbourhood policing", "Provide the results of the neighbourhood survey by ward.",
                "Results by ward were provided in February.", "Complete"),
               ("CCAB 34/02", older, "Neighbourhood policing", "Review the times of beat surgeries in rural wards.",
                "Not yet started; the review is planned for the summer.", "Not started")]
    tracker += [(ref, prev, topic, text, update, status) for ref, topic, text, update, status in minuted]
    rows = [("**Ref**", "**Meeting**", "**Topic**", "**Action**", "**Update**", "**Status**")]
    for ref, md, topic, text, update, status in tracker:
        rows.append((ref, short_date(md), topic, text, update, status))
        pk.action(text=text, update=update, status="complete" if status == "Complete" else "outstanding",
                  status_source="status_column", number=ref, meeting_date=md, topic=topic)
    pk.add(T(tuple(rows), (11, 11, 15, 27, 24, 12), header_rows=1))
    return pk, docx_bytes(pk, "2034-04-04", header=("Nottinghamshire Police and Crime Commissioner",))


# --- 8. North Wales: bilingual titles, borderless tables, a Level of assurance column; reportlab

def north_wales() -> tuple[Pack, bytes]:
    d, prev = "2034-06-20", "2034-04-25"
    pk = Pack("north-wales-pcc-seb-2034-06-20-round46.pdf", org="Police and Crime Commissioner for North Wales",
              force="North Wales Police", title="Strategic Executive Board", meeting_date=d)
    pk.add(P("**Comisiynydd Heddlu a Throseddu Gogledd Cymru / Police and Crime Commissioner for North Wales**"))
    pk.meeting(H("Bwrdd Gweithredol Strategol / Strategic Executive Board", 1), meeting_date=d,
               topic="Roads policing", title="Strategic Executive Board")
    pk.add(P(f"**Date:** {day_month(d)}   **Venue:** OPCC, Llangefni"), P("**Theme:** Roads policing"))
    pk.agenda(("No.", "Item", "Presenter"), [
        ("1", "Apologies", "Commissioner"),
        ("2", "Minutes of the last meeting", "Chief Executive"),
        ("3", "Roads policing and the A55", "Superintendent, Roads Policing"),
        ("4", "Action log", "Governance Manager"),
        ("5", "Date of next meeting", ""),
    ], (8, 62, 30), bordered=False)
    pk.add(Break())
    topic = "Rural crime"
    pk.meeting(H(f"Minutes of the Strategic Executive Board held on {day_month(prev)}", 2), meeting_date=prev, topic=topic)
    pk.add(P("Present: Police and Crime Commissioner; Deputy Chief Constable; Chief Executive, OPCC."),
           H("3. Rural crime", 3))
    qs = [
        ("What has the Rural Crime Team achieved against its plan for 2033/34?",
         "Thefts of farm machinery fell by 22%. The team ran 14 operations with farming unions and trained 40 officers in wildlife crime.",
         "Assured", "The Commissioner praised the team's work with farming unions."),
        ("How does the Force tackle livestock worrying by dogs?",
         "Reports rose to 181 last year. Officers now use new powers to seize dogs, and signs were placed on 60 footpaths with the national park.",
         "Partially assured", "The Commissioner asked for an update once the new powers have been in use for six months."),
        ("How are victims of rural crime in remote areas kept informed?",
         "Victims are contacted by the team, but the victims' code audit found only 64% compliance in rural cases.",
         "Not assured", "The Commissioner asked for a plan to raise compliance."),
    ]
    levels = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}
    rows = [("**No.**", "**Question**", "**Evidence**", "**Level of assurance**", "**Commissioner's comment**")]
    for i, (q, ev, level, comment) in enumerate(qs, start=1):
        rows.append((f"3.{i}", q, ev, level, comment))
        pk.decision(meeting_date=prev, topic=topic, number=f"3.{i}", question=q, evidence=ev,
                    assurance=levels[level], commentary=comment)
    pk.add(T(tuple(rows), (6, 26, 34, 14, 20), header_rows=1, bordered=False))
    minuted = [("SEB 34/11", "Provide an update on the use of the new powers to seize dogs.",
                "Update provided to the OPCC on 6 June 2034.", "Complete"),
               ("SEB 34/12", "Produce a plan to raise victims' code compliance in rural cases.",
                "Plan in draft; due for sign-off in July.", "Open")]
    pk.add(P("**Actions:**"), Bul(tuple(f"{text} [{ref}]" for ref, text, *_ in minuted)))
    pk.add(Break(), H("Log Gweithredu / Action log", 2))
    tracker = [("SEB 34/05", None, "Brief the Commissioner on the force's drone unit.", "Briefing held on 8 March 2034.", "Complete", None),
               ("SEB 34/07", None, "Publish the outcome of the custody independent visitors' review.", "Awaiting the panel's final report.", "Open", None)]
    tracker += [(ref, prev, text, update, status, topic) for ref, text, update, status in minuted]
    rows = [("**Ref**", "**Action**", "**Owner**", "**Update**", "**Status**")]
    for ref, md, text, update, status, t in tracker:
        rows.append((ref, text, "DCC" if t is None else "Supt Rural Crime", update, status))
        pk.action(text=text, update=update, status="complete" if status == "Complete" else "outstanding",
                  status_source="status_column", number=ref, meeting_date=md, topic=t)
    pk.add(T(tuple(rows), (12, 34, 14, 28, 12), header_rows=1, bordered=False))
    look = PdfLook(margin=56, cell_size=9.5)
    return pk, render_pdf(pk.blocks, look, pk.title, pk.org)


# --- 9. Cumbria: an Outcome column, a tracker with merged topics over a page break; Word -> PDF

def cumbria() -> tuple[Pack, bytes]:
    d, prev = "2034-06-27", "2034-04-26"
    pk = Pack("cumbria-pfcc-pac-2034-06-27-round46.pdf", org="Police, Fire and Crime Commissioner for Cumbria",
              force="Cumbria Constabulary", title="Public Accountability Conference", meeting_date=d)
    pk.add(P("**Cumbria Police, Fire & Crime Commissioner**"))
    pk.meeting(H("Public Accountability Conference", 1), meeting_date=d, topic="Domestic abuse")
    pk.add(P(f"{long_date(d, ordinal=True)}, 10:00, Carleton Hall, Penrith"), P("**Theme:** Domestic abuse"),
           H("Agenda", 2))
    pk.agenda(("Item", "Agenda item", "Lead"), [
        ("1", "Apologies and declarations of interest", "Commissioner"),
        ("2", f"Notes of the last Conference ({day_month(prev)})", "Commissioner"),
        ("3", "Domestic abuse", "Detective Superintendent, Safeguarding"),
        ("4", "Action tracker", "Executive Support Officer"),
        ("5", "Any other business", "–"),
    ], (8, 62, 30))
    pk.add(Break())
    topic = "Neighbourhood policing"
    pk.meeting(H(f"Notes of the Public Accountability Conference – {day_month(prev)}", 2), meeting_date=prev, topic=topic)
    pk.add(P("1. Apologies were received from the Chief Finance Officer. 2. The notes of the last Conference were agreed."),
           H("3. Neighbourhood policing", 3))
    qs = [
        ("How visible are neighbourhood teams in the towns and villages of the county, and how does the Constabulary "
         "measure this?",
         ("Foot patrol hours are recorded through officers' devices and averaged 410 hours a week in the quarter.",
          "The county survey found 41% of residents had seen an officer on foot in the last month, up from 35%.",
          "Patrol plans are now shared with parish councils each month."),
         "Assured", "The Commissioner welcomed the rise in visibility and the monthly plans for parishes."),
        ("How does the Constabulary respond to concerns raised by residents at community meetings?",
         ("Concerns are logged as ward priorities and reviewed at the daily management meeting.",
          "An audit found that residents were told of the outcome in only half of the cases reviewed."),
         "Partially assured", "The Commissioner asked that residents are always told what was done."),
        ("What is the Constabulary doing to keep PCSOs in post?",
         ("PCSO leavers fell from 31 to 18 in the year.",
          "Exit interviews show that pay and shift patterns are the main reasons for leaving.",
          "A new shift pattern was trialled in the west of the county and will be evaluated in the summer."),
         "Assured", "The Commissioner was assured by the fall in leavers."),
    ]
    levels = {"Assured": "Assured", "Partially assured": "Partly assured"}
    rows = [("**No.**", "**Question**", "**Constabulary response**", "**Outcome**", "**Commissioner's comments**")]
    for i, (q, ev, level, comment) in enumerate(qs, start=1):
        rows.append((str(i), q, (Bul(ev),), level, comment))
        pk.decision(meeting_date=prev, topic=topic, number=str(i), question=q, evidence=ev,
                    assurance=levels[level], commentary=comment)
    pk.add(T(tuple(rows), (7, 25, 35, 13, 20), header_rows=1))
    minuted = ["Report to the Commissioner how residents are told the outcome of concerns raised at community meetings.",
               "Share the evaluation of the PCSO shift pattern trial with the Commissioner."]
    pk.add(H("Actions", 3), Num(tuple(minuted)))
    pk.add(Break(), H("Public Accountability Conference – action tracker", 2))
    trk = [
        ("Road safety", "PAC 34/03", None, "Provide data on speeding offences detected by community speed watch groups.",
         "Data provided to the OPCC on 15 March 2034.", "Complete"),
        ("Road safety", "PAC 34/04", None, "Arrange for the Commissioner to join a roads policing patrol on the A66.",
         "Patrol arranged for 2 August 2034.", "Open"),
        ("Road safety", "PAC 34/05", None, "Set out the Constabulary's plan for the summer motorcycle safety campaign.",
         "The campaign plan was presented to the Commissioner in May.", "Complete"),
        ("Custody", "PAC 34/06", None, "Share the findings of the independent custody visitors' annual report with the Constabulary.",
         "Findings shared and discussed with the custody inspector in March.", "Complete"),
        (topic, "PAC 34/09", prev, minuted[0],
         "A standard reply to residents has been agreed and is used from 1 June 2034.", "Complete"),
        (topic, "PAC 34/10", prev, minuted[1], "The evaluation will be completed in September 2034.", "Open"),
    ]
    rows = [("**Topic**", "**Ref**", "**Action**", "**Progress**", "**Status**")]
    spans = []
    start = 1
    for i, (t, ref, md, text, update, status) in enumerate(trk, start=1):
        rows.append((t if i == 1 or trk[i - 2][0] != t else None, ref, text, update, status))
        pk.action(text=text, update=update, status="complete" if status == "Complete" else "outstanding",
                  status_source="status_column", number=ref, meeting_date=md, topic=t)
    for i in range(2, len(trk) + 2):
        if i == len(trk) + 1 or trk[i - 1][0] != trk[start - 1][0]:
            if i - start > 1:
                spans.append((start, 0, i - start, 1))
            start = i
    pk.add(T(tuple(rows), (21, 13, 30, 24, 12), header_rows=1, spans=tuple(spans)))
    return pk, docx_to_pdf(docx_bytes(pk, "2034-06-20", header=("Cumbria Police, Fire & Crime Commissioner",)))


PACKS: dict[str, Callable[[], tuple[Pack, bytes]]] = {
    "merseyside": merseyside, "derbyshire": derbyshire, "devon-cornwall": devon_cornwall,
    "gloucestershire": gloucestershire, "humberside": humberside, "leicestershire": leicestershire,
    "nottinghamshire": nottinghamshire, "north-wales": north_wales, "cumbria": cumbria,
}


def main(prefixes: list[str]) -> None:
    for key, build in PACKS.items():
        if not prefixes or any(key.startswith(p) for p in prefixes):
            pack, data = build()
            write(pack, data)


if __name__ == "__main__":
    main(sys.argv[1:])
