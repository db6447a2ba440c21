"""Held-out round 59b: nine scrutiny packs of PCC (and mayoral) offices in 2046, written blind.

Each builder call that prints a question, an action row, an agenda row or a meeting heading also writes its
gold record, so the gold says what the page says. A PDF record's page is the first page whose pdfplumber text
holds the start of its key text; the generator stops if a key is on no page, or if a table cell's key words
are split so that the start of its key is on no page.

Run: .venv/bin/python samples/corpus/scrutiny-round59b/generate.py (needs LibreOffice for the Word->PDF packs).
Gold goes to heldout/ (not gold/: the round is held out and unscored by CI).
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
import scrutiny_common  # noqa: E402,F401  (puts scrutiny-round3's render module on sys.path)
from office_pdf import docx_to_pdf  # noqa: E402
from render import H, P, T, Bul, Num, Break, PdfLook, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

HELDOUT = HERE / "heldout"
CHECKED = ("Written blind for held-out round 59b; every record hand-checked against the rendered pages and "
           "`scrutiny inspect` (layout only) by the round's writer; the extractors were never run on it.")


def plain(text: str) -> str:
    """The words of a marked-up string (no **bold**, *italic*, {#colour|...})."""
    text = re.sub(r"\{#[0-9a-fA-F]{6}\|(.*?)\}", r"\1", text)
    return text.replace("**", "").replace("*", "").replace("~~", "")


@dataclass
class Pack:
    name: str
    office: str  # organisation, one name per office
    force: str
    title: str  # the board's name on the front sheet
    date: str  # ISO date of this meeting
    publication_date: str | None = None
    blocks: list = field(default_factory=list)
    recs: dict = field(default_factory=lambda: {"documents": [], "meetings": [], "agenda_items": [],
                                                "assurance_decisions": [], "actions": [], "grades": []})
    keys: dict = field(default_factory=dict)  # id(record) -> text whose start fixes the record's page

    def add(self, *blocks) -> None:
        self.blocks.extend(blocks)

    def meeting(self, date: str, title: str, topic: str | None, key: str | None = None) -> None:
        rec = {"page": None, "meeting_date": date, "topic": topic, "organisation": self.office, "title": title}
        self.recs["meetings"].append(rec)
        self.keys[id(rec)] = key or title

    def agenda(self, number: str | None, title: str, presenter: str | None) -> None:
        rec = {"page": None, "meeting_date": self.date, "number": number, "title": plain(title),
               "presenter": presenter}
        self.recs["agenda_items"].append(rec)
        self.keys[id(rec)] = plain(title)

    def decision(self, date: str, topic: str | None, number: str | None, question: str, evidence: str | None,
                 assurance: str | None, commentary: str | None, raw: str | None = None) -> None:
        rec = {"page": None, "meeting_date": date, "topic": topic, "question_number": number,
               "question": plain(question), "evidence_summary": evidence and plain(evidence),
               "assurance": assurance, "commentary": commentary and plain(commentary)}
        self.recs["assurance_decisions"].append(rec)
        self.keys[id(rec)] = plain(question)

    def action(self, date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
               status: str, status_source: str, source: str = "action_tracker", key: str | None = None) -> None:
        """``key``: where the action is minuted (its page), when that is not the tracker row."""
        rec = {"page": None, "meeting_date": date, "topic": topic, "number": number, "text": plain(text),
               "update": update and plain(update), "status": status, "status_source": status_source,
               "source": source}
        self.recs["actions"].append(rec)
        self.keys[id(rec)] = plain(key or text)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def _pdf_pages(data: bytes) -> list[str]:
    """Each page's text and, apart, each table cell's text (a wrapped cell's lines interleave with its
    neighbours' in the page text)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [_squash((page.extract_text() or "") + "|" + "|".join(
            cell or "" for table in page.extract_tables() for row in table for cell in row)) for page in pdf.pages]


def set_pdf_pages(pack: Pack, data: bytes) -> int:
    """Each record's page: the first page holding the start of its key text (its first eight words, spacing
    ignored, so a ruled table's wrapped cell still matches; else its first three, the first line of a
    borderless table's cell, whose lines interleave with its neighbours'); stop if a key is on no page (a
    cell whose opening words a page break split)."""
    pages = _pdf_pages(data)
    for kind in ("meetings", "agenda_items", "assurance_decisions", "actions"):
        for rec in pack.recs[kind]:
            key = pack.keys[id(rec)]
            found = []
            for words in (8, 3):
                start = _squash(" ".join(key.split()[:words]))
                found = found or [i + 1 for i, text in enumerate(pages) if start in text]
            if not found:
                raise SystemExit(f"{pack.name}: key not on any page: {key[:60]!r}")
            rec["page"] = found[0]
    return len(pages)


def finish(pack: Pack, data: bytes, pdf: bool) -> None:
    doc = {"page": None, "file_type": "pdf" if pdf else "docx", "doc_kind": "scrutiny_pack", "status": "ok",
           "publication_date": pack.publication_date, "title": pack.title, "force": pack.force,
           "organisation": pack.office, "meeting_date": pack.date}
    if pdf:
        doc["pages"] = set_pdf_pages(pack, data)
    pack.recs["documents"] = [doc]
    (HERE / pack.name).write_bytes(data)
    HELDOUT.mkdir(exist_ok=True)
    gold = {"source_file": pack.name, "expect": "ok", "checked": CHECKED, "records": pack.recs}
    (HELDOUT / f"{pack.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    print(pack.name, len(data), "bytes; pages", {k: [r["page"] for r in pack.recs[k]]
                                                  for k in ("assurance_decisions", "actions")})


def build_pdf(pack: Pack, look: PdfLook) -> None:
    finish(pack, render_pdf(pack.blocks, look, title=pack.title, author=pack.office), True)


def build_word(pack: Pack, when: datetime, header: tuple[str, ...] = (), to_pdf: bool = False,
               landscape: bool = False) -> None:
    data = render_docx(pack.blocks, title=pack.title, author=pack.office, when=when, header=header,
                       landscape_pages=landscape)
    finish(pack, docx_to_pdf(data) if to_pdf else data, to_pdf)


GREEN, AMBER, RED = "#00b050", "#ffc000", "#ff0000"


def derbyshire() -> None:
    """Word->PDF, Common: the reference pack's question table with a "PCC Decision" column, Word list numbering
    for the actions, a tracker with a Status column."""
    p = Pack("derbyshire-pcc-sab-2046-09-16-round59b.pdf", "Police and Crime Commissioner for Derbyshire",
             "Derbyshire Constabulary", "Strategic Assurance Board", "2046-09-16")
    p.add(P("**Office of the Police and Crime Commissioner for Derbyshire**", size=13),
          H("Strategic Assurance Board", 1),
          P("16 September 2046, 10:00 – 12:00, Committee Room 2, Force Headquarters"),
          P("**Theme:** Rural and wildlife crime"))
    p.meeting("2046-09-16", "Strategic Assurance Board", "Rural and wildlife crime")
    rows = [("No.", "Item", "Lead")]
    for n, title, lead in (("1", "Welcome and apologies", "Chair"),
                           ("2", "Notes of the meeting held on 15 July 2046 and action tracker", "OPCC Governance Manager"),
                           ("3", "Rural and wildlife crime", "Assistant Chief Constable (Local Policing)"),
                           ("4", "Quarterly performance report", "Head of Performance"),
                           ("5", "Any other business", "All")):
        rows.append((n, title, lead))
        p.agenda(n, title, lead)
    p.add(H("Agenda", 2), T(tuple(rows), (8, 60, 32), header_rows=1), Break())
    notes = "Notes of the Strategic Assurance Board held on 15 July 2046"
    p.add(H(notes, 2), P("Present: the Commissioner (chair); the Chief Constable; the Deputy Chief Constable; "
                         "OPCC Chief Executive; OPCC Governance Manager (notes)."),
          H("1. Apologies", 3), P("Apologies were received from the Head of Finance."),
          H("2. Notes and actions of the last meeting", 3),
          P("The notes of the meeting held on 20 May 2046 were agreed. The tracker was reviewed under item 2."),
          H("3. Neighbourhood policing", 3))
    p.meeting("2046-07-15", notes, "Neighbourhood policing")
    topic = "Neighbourhood policing"
    qs = (("1", "How many neighbourhood officers were taken away from their wards to cover response shifts "
                "between April and June, and what is being done to reduce this?",
           ("Abstractions averaged 14% of neighbourhood shifts, against a target of 10%.",
            "A new minimum staffing rule for each ward starts in August."),
           "Partly assured", "The Commissioner asked to see abstraction figures by ward at the next Board."),
          ("2", "What evidence is there that ward priorities set with residents are being acted on?",
           ("Each ward now publishes three priorities every quarter and reports back on them at its beat surgery.",
            "An OPCC dip sample of twelve wards found updates posted in eleven."),
           "Assured", "The Commissioner welcomed the dip sample and thanked the ward teams."),
          ("3", "How is the force making sure that Police Community Support Officers have the training and "
                "equipment they need for their role?",
           ("A refreshed PCSO training plan is being written; no date has yet been set.",
            "Body-worn video is not yet issued to every PCSO."),
           "Not assured", "The Commissioner expects a costed plan for PCSO equipment before the end of October."))
    rows = [("No.", "Question", "Summary of evidence", "PCC Decision")]
    for n, q, ev, level, comment in qs:
        rows.append((n, q, (Bul(ev),), (f"**{level}**", f"*{comment}*")))
        p.decision("2046-07-15", topic, n, q, " ".join(ev), level, comment)
    p.add(T(tuple(rows), (6, 30, 38, 26), header_rows=1))
    minuted = (("SAB 46/21", "Provide abstraction figures for every ward for April to September.",
                "Figures are being collated; due for the November Board.", "Ongoing"),
               ("SAB 46/22", "Present a costed plan for issuing body-worn video to all PCSOs.",
                "Plan approved by the Chief Officer Group on 2 September 2046.", "Complete"))
    p.add(P("**Actions**"), Num(tuple(m[1] for m in minuted)),
          H("4. Any other business", 3), P("None."), Break())
    rows = [("Ref", "Date raised", "Action", "Progress", "Status")]
    earlier = (("SAB 46/11", "18/03/2046", "Share the rural crime survey results with the OPCC.",
                "Shared on 14 April 2046.", "Complete"),
               ("SAB 46/15", "20/05/2046", "Report on the use of drones in rural search operations.",
                "Report in draft; to come to the October Board.", "Ongoing"),
               ("SAB 46/17", "20/05/2046", "Confirm the number of farm watch schemes active in the county.",
                "Forty-one schemes confirmed at 30 June.", "Complete"))
    for ref, raised, text, update, status in earlier:
        rows.append((ref, raised, text, update, status))
        p.action("2046-05-20" if raised == "20/05/2046" else "2046-03-18", None, ref, text, update,
                 "complete" if status == "Complete" else "outstanding", "status_column")
    for ref, text, update, status in minuted:
        rows.append((ref, "15/07/2046", text, update, status))
        p.action("2046-07-15", topic, ref, text, update, "complete" if status == "Complete" else "outstanding",
                 "status_column", key=text)
    p.add(H("Action tracker 2046/47", 2), T(tuple(rows), (12, 13, 33, 30, 12), header_rows=1))
    build_word(p, datetime(2046, 9, 9, 9, 0), header=("OPCC Derbyshire – Strategic Assurance Board – 16 September 2046",),
               to_pdf=True)


def suffolk() -> None:
    """Word, Common: notes of two scrutiny items, each question under its own heading with labelled lines,
    actions as "Action APP ...:" lines, a tracker in a Word table with its borders off."""
    p = Pack("suffolk-pcc-app-2046-10-07-round59b.docx", "Police and Crime Commissioner for Suffolk",
             "Suffolk Constabulary", "Accountability and Performance Panel", "2046-10-07")
    p.add(P("**Suffolk Police and Crime Commissioner**", size=14),
          H("Accountability and Performance Panel", 1),
          P("Date: 7th October 2046    Time: 10.30am    Venue: Landmark House, Ipswich"))
    p.meeting("2046-10-07", "Accountability and Performance Panel", None)
    rows = [("Item", "Business", "Presented by")]
    for n, title, lead in (("1", "Apologies for absence", "–"),
                           ("2", "Minutes of the Panel of 5th August 2046 and action log", "Chief Executive"),
                           ("3", "Hate crime", "Detective Superintendent, Safeguarding"),
                           ("4", "Custody and detention", "Chief Inspector, Criminal Justice"),
                           ("5", "Date of next meeting", "–")):
        rows.append((n, title, lead))
        p.agenda(n, title, None if lead == "–" else lead)
    p.add(T(tuple(rows), (10, 55, 35), header_rows=1), Break())
    notes = "Minutes of the Accountability and Performance Panel held on 5th August 2046"
    p.add(H(notes, 2), P("Attendees: Police and Crime Commissioner; Chief Constable; Deputy Chief Constable; "
                         "Chief Executive (OPCC)."),
          H("1. Apologies for absence", 3), P("There were none."),
          H("2. Minutes and action log", 3), P("The minutes of 3rd June 2046 were approved."))
    p.meeting("2046-08-05", notes, None)

    def item(heading: str, topic: str, qs: tuple, acts: tuple) -> None:
        p.add(H(heading, 3))
        for n, q, resp, level, comment in qs:
            p.add(P(f"**Question {n}**"), P(f"**{q}**"), P(f"*Response:* {resp}"),
                  P(f"**Level of assurance:** {level}"), P(f"**PCC comment:** {comment}"))
            p.decision("2046-08-05", topic, n, q, resp, {"Partially assured": "Partly assured"}.get(level, level), comment)
        for ref, text, *_ in acts:
            p.add(P(f"**Action {ref}:** {text}"))

    dv = (("1", "How many domestic abuse protection orders has the force applied for since March, and how "
                "many were granted?",
           "Thirty-eight applications were made and thirty-one granted; the remainder were withdrawn after the "
           "victim moved out of the county.", "Assured", "The PCC was content with the use of the new orders."),
          ("2", "How does the force check that officers complete the risk assessment at every domestic incident?",
           "Supervisors review each assessment within 24 hours. Compliance in June was 87%, below the 95% target.",
           "Partially assured", "The PCC wants compliance figures reported monthly until the target is met."))
    dv_acts = (("APP 46/31", "Report monthly risk assessment compliance to the OPCC until it reaches 95%.",
                "July and August figures sent: 89% and 92%.", "Open"),)
    rs = (("1", "Why did killed and seriously injured casualties on rural roads rise in the first half of 2046?",
           "Analysis is not complete. Early data suggest more motorcycle collisions on weekend afternoons.",
           "Not assured", "The PCC asked for the analysis to be finished and shared before the next Panel."),
          ("2", "How are speed enforcement vans deployed to the routes residents report most often?",
           "Deployment is planned monthly against collision data and community speed watch reports.",
           "Assured", "No further comment."))
    rs_acts = (("APP 46/32", "Complete the analysis of rural road casualties and share it with the OPCC.",
                "Analysis shared on 16th September 2046.", "Closed"),
               ("APP 46/33", "Brief the Panel on the motorcycle safety campaign planned for spring 2047.",
                "Briefing to follow once the campaign partners have agreed the budget.", "Open"))
    item("3. Domestic abuse", "Domestic abuse", dv, dv_acts)
    item("4. Road safety", "Road safety", rs, rs_acts)
    p.add(H("5. Date of next meeting", 3), P("7th October 2046."), Break())
    rows = [("Ref", "Meeting", "Action", "Update", "Status")]
    for ref, met, iso, text, update, status in (
            ("APP 46/19", "3rd June 2046", "2046-06-03", "Provide the number of stalking protection orders in force.",
             "Twelve orders in force at 31st July 2046.", "Closed"),
            ("APP 46/24", "3rd June 2046", "2046-06-03", "Arrange for the PCC to visit the new custody suite at Martlesham.",
             None, "Open")):
        rows.append((ref, met, text, update or "", status))
        p.action(iso, None, ref, text, update, "complete" if status == "Closed" else "outstanding", "status_column")
    for topic, acts in (("Domestic abuse", dv_acts), ("Road safety", rs_acts)):
        for ref, text, update, status in acts:
            rows.append((ref, "5th August 2046", text, update, status))
            p.action("2046-08-05", topic, ref, text, update, "complete" if status == "Closed" else "outstanding",
                     "status_column", key=text)
    p.add(H("Action log", 2), T(tuple(rows), (12, 16, 34, 28, 10), header_rows=1, bordered=False))
    build_word(p, datetime(2046, 9, 30, 14, 0))


def west_mercia() -> None:
    """reportlab landscape, Common: notes headed with the item in brackets, Question | Force response | Level of
    assurance | Comments, "Actions agreed" bullets, a tracker whose status is the cell's shading under a key."""
    p = Pack("west-mercia-pcc-hta-2046-11-12-round59b.pdf", "Police and Crime Commissioner for West Mercia",
             "West Mercia Police", "Holding to Account Meeting", "2046-11-12")
    p.add(P("**West Mercia Police and Crime Commissioner**", size=14), H("Holding to Account Meeting", 1),
          P("Monday 12 November 2046, Hindlip Park, Worcester"), P("**Theme:** Public contact and 101"))
    p.meeting("2046-11-12", "Holding to Account Meeting", "Public contact and 101")
    rows = [("Item", "Title", "Presented by")]
    for n, title, lead in (("1", "Introductions and apologies", "PCC"),
                           ("2", "Notes of the meeting of 10 September 2046", "OPCC Business Manager"),
                           ("3", "Action log", "OPCC Business Manager"),
                           ("4", "Public contact and 101", "Head of Contact Management"),
                           ("5", "Any other business", "")):
        rows.append((n, title, lead))
        p.agenda(n, title, lead or None)
    p.add(T(tuple(rows), (8, 62, 30), header_rows=1), Break())
    notes = "Notes of the Holding to Account Meeting (Serious violence) – 10 September 2046"
    p.add(H(notes, 2), P("The notes of the July meeting were agreed. Apologies: Director of Commissioning."))
    p.meeting("2046-09-10", notes, "Serious violence")
    topic = "Serious violence"
    qs = (("1", "What has the violence reduction partnership achieved with its funding this year?",
           "Four mentoring schemes run in Telford, Hereford, Worcester and Shrewsbury, reaching 212 young people. "
           "Hospital admissions for assault with a sharp object fell by 9%.", "Assured",
           "The PCC praised the partnership's work with the hospitals."),
          ("2", "How is the force using knife-arch and test purchase operations in the night-time economy?",
           "Twelve operations ran between April and August. Two retailers failed test purchases and were referred "
           "to trading standards.", "Partially assured",
           "The PCC asked for a plan showing which towns will be covered over the winter."),
          ("3", "How quickly are serious violence offenders brought to court?",
           "The median time from charge to first hearing is 41 days. The force could not yet say how this compares "
           "with other forces in the region.", "Not assured",
           "The PCC will raise court delays with the Local Criminal Justice Board."))
    rows = [("No.", "Question", "Force response", "Level of assurance", "Comments")]
    for n, q, resp, level, comment in qs:
        rows.append((f"{n}.", q, resp, level, comment))
        p.decision("2046-09-10", topic, n, q, resp, {"Partially assured": "Partly assured"}.get(level, level), comment)
    p.add(T(tuple(rows), (5, 27, 34, 12, 22), header_rows=1))
    minuted = (("HTA 46/14", "Share the winter plan for knife-arch and test purchase operations with the OPCC.",
                "Plan shared on 3 October 2046.", "c"),
               ("HTA 46/15", "Compare charge-to-hearing times for serious violence with the other forces in the region.",
                "Regional data requested; awaiting two forces' returns.", "a"))
    p.add(P("**Actions agreed**"), Bul(tuple(f"{r} – {t}" for r, t, *_ in minuted)), Break())
    fills = {"c": GREEN, "a": AMBER, "r": RED}
    rows = [("Ref", "Raised", "Action", "Update", "RAG")]
    shades = {}
    earlier = (("HTA 46/06", "9 Jul 2046", "2046-07-09", "Publish 101 call answer times on the PCC's website each month.",
                "Published monthly since August 2046.", "c"),
               ("HTA 46/08", "9 Jul 2046", "2046-07-09", "Review the web chat service's opening hours.",
                "Review not yet started owing to staff vacancies.", "r"))
    for ref, raised, iso, text, update, rag in earlier:
        shades[(len(rows), 4)] = fills[rag]
        rows.append((ref, raised, text, update, ""))
        p.action(iso, None, ref, text, update, "complete" if rag == "c" else "outstanding", "cell_shading")
    for ref, text, update, rag in minuted:
        shades[(len(rows), 4)] = fills[rag]
        rows.append((ref, "10 Sep 2046", text, update, ""))
        p.action("2046-09-10", topic, ref, text, update, "complete" if rag == "c" else "outstanding",
                 "cell_shading", key=text)
    p.add(H("Action log", 2),
          P("Key: green – complete; amber – in progress; red – not started or overdue.", size=9),
          T(tuple(rows), (10, 10, 38, 36, 6), header_rows=1, fills=shades))
    build_pdf(p, PdfLook(landscape=True, margin=50, header="OFFICIAL – West Mercia PCC – Holding to Account",
                         footer="Holding to Account Meeting – 12 November 2046"))



def dorset() -> None:
    """reportlab, DejaVu Serif, borderless tables, Common: "Outcome" column (Assured / Partially assured / Not
    assured / deferred; a question put for information with no outcome sought), actions typed in the notes, a
    log whose status stands only in the update's words."""
    p = Pack("dorset-pcc-ab-2046-12-03-round59b.pdf", "Police and Crime Commissioner for Dorset", "Dorset Police",
             "Accountability Board", "2046-12-03")
    p.add(P("**Office of the Dorset Police & Crime Commissioner**", size=13), H("Accountability Board", 1),
          P("3rd December 2046 | 2.00pm | Winfrith"), P("**Focus of the meeting:** Business and retail crime"))
    p.meeting("2046-12-03", "Accountability Board", "Business and retail crime")
    rows = [("No.", "Item", "Lead", "Paper")]
    for n, title, lead, paper in (("1", "Apologies and declarations", "Chair", "–"),
                                  ("2", "Notes of the Board of 1st October 2046", "Head of Governance", "A"),
                                  ("3", "Action log", "Head of Governance", "B"),
                                  ("4", "Business and retail crime", "Superintendent, Neighbourhood Policing", "C"),
                                  ("5", "Any other business", "–", "–")):
        rows.append((n, title, lead, paper))
        p.agenda(n, title, None if lead == "–" else lead)
    p.add(T(tuple(rows), (8, 52, 30, 10), header_rows=1, bordered=False), Break())
    notes = "Paper A: Notes of the Accountability Board held on 1st October 2046"
    p.add(H(notes, 2), P("1. Apologies were received from the Chief Finance Officer. No declarations were made."),
          P("2. The notes of 6th August 2046 were agreed as a true record."), H("Item 3: Drug-related harm", 3))
    p.meeting("2046-10-01", notes, "Drug-related harm")
    topic = "Drug-related harm"
    qs = (("Q1", "How many county lines has the force closed in 2046, and how many of them were run from outside Dorset?",
           "Nineteen lines were closed, fifteen of them run from London or the West Midlands.", "Assured",
           "The PCC thanked the team for the closures."),
          ("Q2", "What support is offered to children exploited by drug dealing gangs after an arrest?",
           "Every child is referred to the exploitation hub within a day. Places on the youth worker scheme are "
           "limited to twenty a year.", "Partially assured", "The PCC will look at funding more youth worker places."),
          ("Q3", "How well does the drug testing on arrest scheme steer people into treatment?",
           "Of 310 positive tests, 122 people attended a first treatment appointment. The force could not say how "
           "many stayed in treatment.", "Not assured", "Retention in treatment must be measured."),
          ("Q4", "Has the force acted on the recommendations of the 2045 review of drug seizures?",
           "An internal audit of the recommendations is due in January 2047.", "Deferred until the audit reports",
           "The PCC will decide once the audit is published."),
          ("Q5", "How many drug-related deaths were recorded in Dorset last year?",
           "The force reported 41 deaths, in line with the previous year.", "For information – no outcome sought", ""))
    rows = [("Ref", "Question", "What the Board heard", "Outcome", "PCC comment")]  # Outcome wide enough for "information"
    for n, q, resp, level, comment in qs:
        rows.append((n, q, resp, f"**{level}**", f"*{comment}*" if comment else ""))
        if n == "Q5":
            continue  # asked for information: no level sought, no decision
        level_of = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}
        p.decision("2046-10-01", topic, n[1:], q, resp, level_of.get(level), comment)
    p.add(T(tuple(rows), (6, 25, 29, 19, 21), header_rows=1, bordered=False))
    minuted = (("AB 46/40", "Set out the cost of twenty further youth worker places for 2047/48.",
                "Costs sent to the PCC on 4th November 2046; decision made to fund ten places.", "complete"),
               ("AB 46/41", "Report how many people referred by drug testing on arrest remain in treatment after three months.",
                "Treatment provider is collecting the data; first figures expected in February 2047.", "outstanding"))
    p.add(P("**Actions:** " + " ".join(f"{r} – {t}" for r, t, *_ in minuted)), Break())
    rows = [("Ref", "Board", "Action", "Update")]
    for ref, board, iso, text, update, status in (
            ("AB 46/29", "6th Aug 2046", "2046-08-06", "Provide figures on shoplifting repeat offenders in Bournemouth town centre.",
             "Figures provided to the OPCC on 2nd September 2046. Closed.", "complete"),
            ("AB 46/33", "6th Aug 2046", "2046-08-06", "Agree a data sharing protocol with the business crime partnership.",
             "Protocol drafted and with the partnership for comment; signature expected in January.", "outstanding")):
        rows.append((ref, board, text, update))
        p.action(iso, None, ref, text, update, status, "inferred_from_update")
    for ref, text, update, status in minuted:
        rows.append((ref, "1st Oct 2046", text, update))
        p.action("2046-10-01", topic, ref, text, update, status, "inferred_from_update", key=text)
    p.add(H("Paper B: Action log", 2), T(tuple(rows), (12, 14, 38, 36), header_rows=1, bordered=False))
    look = register_dejavu_serif()
    build_pdf(p, PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font, body_size=10.5,
                         cell_size=9.5, margin=60, footer="Dorset OPCC – Accountability Board"))


def devon_cornwall() -> None:
    """Word->PDF, Common: a published pack whose question table carries two items in merged topic cells and runs
    over a page break, a question's cell split across it; an action tracker of coloured squares and a legend."""
    p = Pack("devon-cornwall-pcc-pab-2046-08-19-round59b.pdf",
             "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly", "Devon and Cornwall Police",
             "Performance and Accountability Board", "2046-08-19", publication_date="2046-08-12")
    p.add(P("**Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly**"),
          H("Performance and Accountability Board", 1), P("Meeting date: 19 August 2046"), P("Published: 12 August 2046"),
          P("**Theme:** Victims' experience of the justice system"))
    p.meeting("2046-08-19", "Performance and Accountability Board", "Victims' experience of the justice system")
    rows = [("Agenda item", "Title", "Presenter")]
    for n, title, lead in (("1", "Welcome, apologies and declarations of interest", "Commissioner"),
                           ("2", "Minutes of the Board held on 8 July 2046", "Chief of Staff"),
                           ("3", "Action tracker", "Chief of Staff"),
                           ("4", "Victims' experience of the justice system", "Head of Criminal Justice"),
                           ("5", "Any other business", "All")):
        rows.append((n, title, lead))
        p.agenda(n, title, lead)
    p.add(T(tuple(rows), (14, 56, 30), header_rows=1), Break())
    notes = "Minutes of the Performance and Accountability Board held on 8 July 2046"
    p.add(H(notes, 2), P("Apologies were noted from the Deputy Chief Constable. The minutes of the Board held on "
                         "3 June 2046 were agreed. Two scrutiny items were taken, recorded in the table below."))
    p.meeting("2046-07-08", notes, None)
    long = ("The force set out its summer plan in detail. Extra patrols run in eleven resort towns from June to "
            "September, funded by the seasonal policing grant. Special constables from the Isles of Scilly and "
            "north Cornwall are rostered on Friday and Saturday nights. Licensing officers visit every late-night "
            "venue before the season opens and again in August. Calls to the 101 line rose by 23% last summer and "
            "answer times fell; the force has recruited twenty seasonal call handlers and opened a web chat for "
            "non-urgent reports. ")
    qs = (("Tourism season demand", "1", "How is the force preparing for the extra demand of the summer tourist season "
           "in coastal towns?", long, "Partially Assured",
           "The Commissioner asked for 101 answer times to be reported weekly over the summer."),
          ("Tourism season demand", "2", "What is being done to protect seasonal workers from labour exploitation?",
           "Joint visits with the Gangmasters and Labour Abuse Authority were made to nine farms and four hotels. No "
           "victims were identified, but two employers were referred for unpaid wages.", "Assured",
           "The Commissioner thanked the modern slavery team."),
          ("Marine and coastal crime", "3", "How does the force patrol harbours and the coast against theft of boats "
           "and outboard engines?", "Marine unit patrols cover Plymouth and Falmouth only; other harbours rely on "
           "neighbourhood teams and harbour masters.", "Not Assured",
           "The Commissioner wants a plan that covers the north coast harbours."),
          ("Marine and coastal crime", "4", "How are reports of disturbance to seals and dolphins investigated?",
           "Wildlife crime officers attended 34 reports; four cases were sent to the CPS.", "Assured",
           "No further comment."))
    rows = [("Topic", "Q", "Question", "Response", "Level of assurance", "Commissioner's comment")]
    spans = []
    for i, (topic, n, q, resp, level, comment) in enumerate(qs):
        first = i == 0 or qs[i - 1][0] != topic
        if first:
            span = sum(1 for x in qs if x[0] == topic)
            spans.append((len(rows), 0, span, 1))
        rows.append((topic if first else None, n, q, resp, level, comment))
        p.decision("2046-07-08", topic, n, q, resp, {"Partially Assured": "Partly assured", "Not Assured": "Not assured"}.get(level, level), comment)
    p.add(T(tuple(rows), (14, 5, 20, 33, 12, 16), header_rows=1, spans=tuple(spans)))
    minuted = (("PAB 46/52", "Report 101 answer times weekly to the OPCC from July to September.",
                "Weekly reports received since 14 July 2046.", GREEN),
               ("PAB 46/53", "Bring a plan for patrolling the north coast harbours to the October Board.",
                "Plan being drafted with the harbour authorities.", RED))
    p.add(P("**Actions**"), Bul(tuple(f"{r}: {t}" for r, t, *_ in minuted)), Break())
    rows = [("Ref", "Topic", "Action", "Update", "Status")]
    for i, (ref, iso, text, update, colour) in enumerate((
            ("PAB 46/41", "2046-06-03", "Publish the rural crime survey results.",
             "Published on the force website on 30 June 2046.", GREEN),
            ("PAB 46/44", "2046-06-03", "Review how farm equipment thefts are recorded.",
             "Review under way; findings expected in September.", RED))):
        rows.append((ref, None if i else "Rural crime", text, update, f"{{{colour}|■}}"))
        # no Raised column: the date is the minutes' of 3 June, which the pack does not hold
        p.action(None, "Rural crime", ref, text, update, "complete" if colour == GREEN else "outstanding",
                 "glyph_colour")
    spans = [(1, 1, 2, 1)]  # "Rural crime" merged over its two rows
    for (ref, text, update, colour), topic in zip(minuted, ("Tourism season demand", "Marine and coastal crime")):
        rows.append((ref, topic, text, update, f"{{{colour}|■}}"))
        p.action("2046-07-08", topic, ref, text, update, "complete" if colour == GREEN else "outstanding",
                 "glyph_colour", key=f"{ref}: {text}")
    p.add(H("Action tracker", 2), P(f"{{{GREEN}|■}} Complete    {{{RED}|■}} Outstanding"),
          T(tuple(rows), (12, 18, 32, 30, 8), header_rows=1, spans=tuple(spans)))
    build_word(p, datetime(2046, 8, 12, 9, 0), header=("Performance and Accountability Board – 19 August 2046",),
               to_pdf=True)




def northumbria() -> None:
    """Word, New: each line of enquiry's row carries the action it gave rise to, in an "Action required"
    column beside the Deputy Mayor's assurance (Cleveland's published scrutiny outcomes pair each outcome with
    the action it calls for); the tracker prints those actions again."""
    p = Pack("northumbria-dmpc-pab-2046-11-04-round59b.docx", "Deputy Mayor for Policing and Crime",
             "Northumbria Police", "Police Accountability Board", "2046-11-04")
    p.add(P("**North East Combined Authority – Policing and Crime**", size=13), H("Police Accountability Board", 1),
          P("**Chair:** Deputy Mayor for Policing and Crime"), P("4 November 2046, 1pm, Newcastle upon Tyne"))
    p.meeting("2046-11-04", "Police Accountability Board", None)
    rows = [("#", "Agenda item", "Lead officer")]
    for n, title, lead in (("1", "Apologies", ""), ("2", "Minutes of 2 September 2046 and action tracker", "Head of Policy"),
                           ("3", "Neighbourhood crime", "Chief Superintendent, Operations"),
                           ("4", "Violence against women and girls", "Detective Chief Superintendent, Safeguarding"),
                           ("5", "Any other business", "")):
        rows.append((n, title, lead))
        p.agenda(n, title, lead or None)
    p.add(T(tuple(rows), (6, 60, 34), header_rows=1), Break())
    notes = "Minutes of the Police Accountability Board – 2 September 2046"
    p.add(H(notes, 2), P("Present: Deputy Mayor for Policing and Crime (Chair); Chief Constable; Assistant Chief "
                         "Constable; OPCC Head of Policy."),
          H("1. Apologies", 3), P("None received."), H("2. Minutes and action tracker", 3),
          P("The minutes of 1 July 2046 were agreed."), H("3. Retail crime", 3),
          P("The Deputy Mayor recorded her assurance against each line of enquiry and the action, if any, that "
            "each outcome requires."))
    p.meeting("2046-09-02", notes, "Retail crime")
    topic = "Retail crime"
    qs = (("RC1", "How has the force responded to the rise in shop theft reported by city centre retailers?",
           ("Shop theft reports rose 18% year on year.", "A retail crime unit of eight officers started in June."),
           "Partially assured", "The Deputy Mayor wants to see the unit's first results.",
           ("PAB 46/27", "Report the retail crime unit's arrests and charges for its first six months.",
            "Report due at the January Board.", "Open")),
          ("RC2", "How are violence and abuse against shop workers recorded and followed up?",
           ("Offences against retail staff are now flagged on the crime system.",
            "Every flagged offence is reviewed by a sergeant within 48 hours."),
           "Assured", "The Deputy Mayor welcomed the flag.", None),
          ("RC3", "What use is made of retailers' CCTV and facial images in investigations?",
           ("Retailers upload footage through a new portal.",
            "The force has no policy yet on comparing images with its custody database."),
           "Not assured", "A written policy is needed before any wider use.",
           ("PAB 46/28", "Publish the force's policy on using retailers' images in investigations.",
            "Policy published on the force website on 20 October 2046.", "Closed")))
    rows = [("Ref", "Line of enquiry", "Response", "Deputy Mayor's assurance", "Action required")]
    tracked = []
    for ref, q, ev, level, comment, act in qs:
        rows.append((ref, q, (Bul(ev),), (f"**{level}**", comment),
                     f"**{act[0]}** – {act[1]}" if act else "None"))
        p.decision("2046-09-02", topic, ref, q, " ".join(ev),
                   {"Partially assured": "Partly assured"}.get(level, level), comment)
        if act:
            tracked.append(act)
    p.add(T(tuple(rows), (7, 24, 28, 19, 22), header_rows=1))
    p.add(H("4. Any other business", 3), P("No other business was raised."), Break())
    rows = [("Action no.", "Board date", "Action", "Update", "Status")]
    for ref, when, iso, text, update, status in (
            ("PAB 46/15", "06/05/46", "2046-05-06", "Circulate the results of the rural crime survey to Board members.",
             "Circulated on 2 June 2046.", "Closed"),
            ("PAB 46/21", "01/07/46", "2046-07-01", "Set out how many officers have been trained in stalking risk assessment.",
             "Training figures requested from Learning and Development.", "Open")):
        rows.append((ref, when, text, update, status))
        p.action(iso, None, ref, text, update, "complete" if status == "Closed" else "outstanding", "status_column")
    for ref, text, update, status in tracked:
        rows.append((ref, "02/09/46", text, update, status))
        p.action("2046-09-02", topic, ref, text, update, "complete" if status == "Closed" else "outstanding",
                 "status_column")
    p.add(H("Action tracker", 2), T(tuple(rows), (13, 12, 35, 28, 12), header_rows=1))
    build_word(p, datetime(2046, 10, 28, 10, 0), header=("NECA – Police Accountability Board",))


def _register_dejavu_sans() -> PdfLook:
    """A look in DejaVu Sans, whose face carries the part-filled circles of a progress key."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, file in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
                       ("DejaVuSans-Oblique", "DejaVuSans-Oblique.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, f"/usr/share/fonts/truetype/dejavu/{file}"))
    pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold",
                                  italic="DejaVuSans-Oblique", boldItalic="DejaVuSans-Bold")
    return PdfLook(font="DejaVuSans", bold_font="DejaVuSans-Bold", italic_font="DejaVuSans-Oblique",
                   body_size=10, cell_size=9, margin=56)


def cumbria() -> None:
    """reportlab, New: the tracker's progress as Harvey balls (full, half, empty circle) under a key line, as
    programme highlight reports print delivery; the question table with a "Level of assurance" column."""
    p = Pack("cumbria-pfcc-pam-2046-10-21-round59b.pdf", "Police, Fire and Crime Commissioner for Cumbria",
             "Cumbria Constabulary", "Police Accountability Meeting", "2046-10-21")
    p.add(P("**Cumbria Police, Fire and Crime Commissioner**", size=13), H("Police Accountability Meeting", 1),
          P("21/10/2046 – Carleton Hall, Penrith"), P("**Topic:** Rural and farm crime"))
    p.meeting("2046-10-21", "Police Accountability Meeting", "Rural and farm crime")
    rows = [("Item", "Subject", "Lead")]
    for n, title, lead in (("1", "Apologies", "Chair"), ("2", "Notes of the last meeting (19/08/2046)", "Governance Officer"),
                           ("3", "Action log", "Governance Officer"), ("4", "Rural and farm crime", "Superintendent, Rural Policing"),
                           ("5", "AOB", "Chair")):
        rows.append((n, title, lead))
        p.agenda(n, title, lead)
    p.add(T(tuple(rows), (10, 58, 32), header_rows=1), Break())
    notes = "Notes of the Police Accountability Meeting, 19 August 2046"
    p.add(H(notes, 2), P("1. Apologies: Chief Fire Officer. 2. The notes of 17 June 2046 were approved."),
          H("3. Missing people", 3))
    p.meeting("2046-08-19", notes, "Missing people")
    topic = "Missing people"
    qs = (("1", "How many people were reported missing more than three times in the last year, and what is done "
                "to stop them going missing again?",
           "Sixty-four people, forty of them children in care. Return home interviews are now done within 72 "
           "hours for every child.", "Assured", "The PFCC thanked the missing persons coordinator."),
          ("2", "How does the force search the fells and lakes when a vulnerable person is missing?",
           "Searches are led by trained search advisers with mountain rescue teams. Drone cover is available "
           "only in daylight.", "Partially assured", "The PFCC asked whether night-time drone cover can be funded."),
          ("3", "How are care homes encouraged to use the Herbert Protocol?",
           "Take-up has not been measured since 2044.", "Not assured", "Take-up must be measured this year."))
    rows = [("No.", "Question", "Response", "Level of assurance", "PFCC comment")]
    for n, q, resp, level, comment in qs:
        rows.append((n, q, resp, level, comment))
        p.decision("2046-08-19", topic, n, q, resp, {"Partially assured": "Partly assured"}.get(level, level), comment)
    p.add(T(tuple(rows), (6, 28, 32, 14, 20), header_rows=1))
    minuted = (("PAM 46-19", "Cost night-time drone cover for fell and lake searches.",
                "Costs obtained from two suppliers; a business case is being written.", "◐"),
               ("PAM 46-20", "Survey care homes on their use of the Herbert Protocol.",
                "Survey not yet started.", "○"))
    p.add(P("**Actions**"), Bul(tuple(f"{r} {t}" for r, t, *_ in minuted)), Break())
    state = {"●": "complete", "◐": "outstanding", "○": "outstanding"}
    rows = [("Ref", "Meeting", "Action", "Update", "Progress")]
    for ref, met, iso, text, update, ball in (
            ("PAM 46-11", "17/06/2046", "2046-06-17", "Share the rural crime team's annual report with the PFCC.",
             "Shared on 1 August 2046.", "●"),
            ("PAM 46-14", "17/06/2046", "2046-06-17", "Review the use of trail cameras to protect livestock.",
             "Twelve cameras loaned to farms; review of results under way.", "◐"),
            ("PAM 46-16", "17/06/2046", "2046-06-17", "Give the PFCC the number of quad bikes stolen and recovered in 2045/46.",
             "Thirty-one stolen and nine recovered; figures sent on 30 June.", "●")):
        rows.append((ref, met, text, update, ball))
        p.action(iso, None, ref, text, update, state[ball], "glyph_colour")
    for ref, text, update, ball in minuted:
        rows.append((ref, "19/08/2046", text, update, ball))
        p.action("2046-08-19", topic, ref, text, update, state[ball], "glyph_colour", key=f"{ref} {text}")
    p.add(H("Action log", 2), P("Progress: ● complete   ◐ in progress   ○ not started"),
          T(tuple(rows), (12, 13, 31, 31, 13), header_rows=1))
    build_pdf(p, _register_dejavu_sans())


def north_yorkshire() -> None:
    """reportlab, New: the Deputy Mayor's assurance as a RAG word whose key is printed only in the running
    footer of each page, as offices' templates carry a standing key at the foot of the page."""
    p = Pack("york-north-yorkshire-dmpfc-psm-2046-12-10-round59b.pdf", "Deputy Mayor for Policing, Fire and Crime",
             "North Yorkshire Police", "Policing Scrutiny Meeting", "2046-12-10")
    p.add(P("**York and North Yorkshire Combined Authority – Policing, Fire and Crime**"),
          H("Policing Scrutiny Meeting", 1), P("**Chair:** Deputy Mayor for Policing, Fire and Crime"),
          P("Monday 10th December 2046, 10am, Northallerton"))
    p.meeting("2046-12-10", "Policing Scrutiny Meeting", None)
    rows = [("No.", "Item", "Presenter")]
    for n, title, lead in (("1", "Welcome and apologies", "Deputy Mayor"),
                           ("2", "Notes and actions from 8th October 2046", "Head of Governance"),
                           ("3", "Roads policing", "Head of Roads Policing"),
                           ("4", "Complaints and conduct", "Head of Professional Standards"),
                           ("5", "Any other business", "–")):
        rows.append((n, title, lead))
        p.agenda(n, title, None if lead == "–" else lead)
    p.add(T(tuple(rows), (8, 60, 32), header_rows=1), Break())
    notes = "Notes of the Policing Scrutiny Meeting held on 8th October 2046"
    p.add(H(notes, 2), P("Present: Deputy Mayor for Policing, Fire and Crime (chair); Chief Constable; Chief "
                         "Executive, Policing, Fire and Crime; Governance Officer (notes)."),
          P("1. Apologies were received from the Deputy Chief Constable."),
          P("2. The notes of 13th August 2046 were agreed."),
          H("3. Anti-social behaviour", 3))
    p.meeting("2046-10-08", notes, "Anti-social behaviour")
    topic = "Anti-social behaviour"
    qs = (("3.1", "How has the force used dispersal orders in Scarborough and Whitby this summer?",
           "Nineteen orders were authorised; each was reviewed by an inspector and published on the force website.",
           "Green", "The Deputy Mayor was satisfied that the orders were used lawfully and sparingly."),
          ("3.2", "How quickly are repeat victims of anti-social behaviour contacted after a report?",
           "Repeat victims are flagged, but contact within 48 hours was made in only 61% of cases.",
           "Amber", "Contact times should be reported at the next meeting."),
          ("3.3", "How are community triggers handled with the district councils?",
           "The force could not say how many community trigger reviews had been held since April.",
           "Red", "The Deputy Mayor expects a joint report with the councils."))
    rows = [("No.", "Question", "Response", "RAG", "Deputy Mayor's comment")]
    fills = {}
    rag_fill = {"Green": "#92d050", "Amber": "#ffc000", "Red": "#ff6666"}
    level_of = {"Green": "Assured", "Amber": "Partly assured", "Red": "Not assured"}
    for n, q, resp, rag, comment in qs:
        fills[(len(rows), 3)] = rag_fill[rag]
        rows.append((n, q, resp, rag, comment))
        p.decision("2046-10-08", topic, n, q, resp, level_of[rag], comment)
    p.add(T(tuple(rows), (6, 28, 34, 9, 23), header_rows=1, fills=fills))
    minuted = (("PSM/46/33", "Report contact times for repeat victims of anti-social behaviour for October and November.",
                "October: 70% within 48 hours. November's figure to follow.", "Ongoing"),
               ("PSM/46/34", "Bring a joint report with the district councils on community trigger reviews.",
                "Report received and circulated on 25th November 2046.", "Completed"))
    p.add(P("Actions agreed:"), Bul(tuple(f"{t} ({r})" for r, t, *_ in minuted)), Break())
    rows = [("Action ref", "Date of meeting", "Action", "Update", "Status")]
    for ref, met, iso, text, update, status in (
            ("PSM/46/21", "11th June 2046", "2046-06-11", "Report the number of officers trained in drone operation.",
             "Fourteen pilots trained; figures sent 2nd July 2046.", "Completed"),
            ("PSM/46/27", "13th August 2046", "2046-08-13", "Set out the timetable for replacing the mobile speed camera vans.",
             "Procurement paused until the new financial year.", "Ongoing")):
        rows.append((ref, met, text, update, status))
        p.action(iso, None, ref, text, update, "complete" if status == "Completed" else "outstanding", "status_column")
    for ref, text, update, status in minuted:
        rows.append((ref, "8th October 2046", text, update, status))
        p.action("2046-10-08", topic, ref, text, update, "complete" if status == "Completed" else "outstanding",
                 "status_column", key=text)
    p.add(H("Action tracker", 2), T(tuple(rows), (12, 15, 33, 28, 12), header_rows=1))
    build_pdf(p, PdfLook(margin=54, header="York and North Yorkshire Combined Authority – Policing Scrutiny Meeting",
                         footer="RAG (Deputy Mayor's assurance): Green – assured; Amber – partly assured; Red – not assured"))


def durham() -> None:
    """Word->PDF, New: the Commissioner's assurance as a percentage score banded by a key sentence, as offices
    print compliance and assurance scores in per cent; a log with a Status column."""
    p = Pack("durham-pcc-ab-2046-07-29-round59b.pdf", "Police and Crime Commissioner for County Durham and Darlington",
             "Durham Constabulary", "Accountability Board", "2046-07-29")
    p.add(P("**Office of the Police and Crime Commissioner for County Durham and Darlington**"),
          H("Accountability Board", 1), P("Date: 29.07.2046   Venue: Aykley Heads, Durham"),
          P("**Theme:** Reducing reoffending"))
    p.meeting("2046-07-29", "Accountability Board", "Reducing reoffending")
    rows = [("Item No.", "Agenda Item", "Lead")]
    for n, title, lead in (("1", "Apologies", "Chair"), ("2", "Minutes of 10.07.2046 and action log", "Governance Lead"),
                           ("3", "Reducing reoffending", "Head of Offender Management"),
                           ("4", "Date of next Board", "Chair")):
        rows.append((n, title, lead))
        p.agenda(n, title, lead)
    p.add(T(tuple(rows), (12, 58, 30), header_rows=1), Break())
    notes = "Minutes of the Accountability Board held on 10 July 2046"
    p.add(H(notes, 2), P("Present: Commissioner (Chair), Chief Constable, Chief Executive (OPCC)."),
          H("1. Apologies", 3), P("The Deputy Chief Constable sent apologies."),
          H("2. Previous minutes", 3), P("Agreed."), H("3. Stop and search", 3),
          P("The Commissioner scores her assurance on each question as a percentage: 75% or more – assured; "
            "40% to 74% – partly assured; below 40% – not assured."))
    p.meeting("2046-07-10", notes, "Stop and search")
    topic = "Stop and search"
    qs = (("1", "What proportion of stop and searches found an item, and how does this vary by the grounds recorded?",
           "The find rate was 31%; drug searches found items in 28% and weapon searches in 22%.", "80%",
           "Find rates are in line with similar forces.", "Assured"),
          ("2", "How is body-worn video of searches reviewed by supervisors?",
           "Supervisors review one in ten searches; the scrutiny panel reviews a further sample each quarter.", "55%",
           "The Commissioner would like the panel to see more footage of searches of children.", "Partly assured"),
          ("3", "Why are people from Black and minority ethnic groups still more likely to be searched?",
           "The force is commissioning independent research; no findings are yet available.", "30%",
           "A timetable for the research is needed.", "Not assured"),
          ("4", "How are complaints about searches used to improve practice?",
           "Eleven complaints were received in 2045/46; lessons are shared in a monthly bulletin.", "75%",
           "", "Assured"))
    rows = [("Q", "Question", "Response", "Assurance score", "Commissioner's comment")]
    for n, q, resp, score, comment, level in qs:
        rows.append((n, q, resp, score, comment))
        p.decision("2046-07-10", topic, n, q, resp, level, comment or None)
    p.add(T(tuple(rows), (5, 28, 35, 11, 21), header_rows=1))
    minuted = (("AB46/18", "Share body-worn video footage of searches of children with the scrutiny panel.",
                "Footage shown at the panel on 17.07.2046.", "Closed"),
               ("AB46/19", "Provide a timetable for the independent research on disproportionality.",
                "Research brief out to tender; timetable to follow.", "Open"))
    p.add(P("**Actions arising:**"), Num(tuple(f"{r} – {t}" for r, t, *_ in minuted)),
          H("4. Date of next Board", 3), P("29 July 2046."), Break())
    rows = [("Ref", "Date", "Action", "Owner", "Update", "Status")]
    for ref, met, iso, text, owner, update, status in (
            ("AB46/09", "12.05.2046", "2046-05-12", "Report the outcome of the integrated offender management review.",
             "ACC", "Review reported to the Board on 10 July 2046.", "Closed"),
            ("AB46/12", "12.05.2046", "2046-05-12", "Set up a joint panel with probation on prolific offenders.",
             "Supt", "First panel meeting planned for September.", "Open")):
        rows.append((ref, met, text, owner, update, status))
        p.action(iso, None, ref, text, update, "complete" if status == "Closed" else "outstanding", "status_column")
    for ref, text, update, status in minuted:
        rows.append((ref, "10.07.2046", text, "ACC", update, status))
        p.action("2046-07-10", topic, ref, text, update, "complete" if status == "Closed" else "outstanding",
                 "status_column", key=f"{ref} – {text}")
    p.add(H("Action log", 2), T(tuple(rows), (11, 12, 30, 9, 28, 10), header_rows=1))
    build_word(p, datetime(2046, 7, 22, 9, 0), header=("Accountability Board – 29.07.2046",), to_pdf=True)



PACKS = (derbyshire, suffolk, west_mercia, dorset, devon_cornwall, northumbria, cumbria, north_yorkshire, durham)

if __name__ == "__main__":
    for build in PACKS:
        build()
