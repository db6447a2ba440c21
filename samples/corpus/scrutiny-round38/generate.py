"""Scrutiny round 38 (blind, issue 4): assurance decisions and actions in forms real offices choose
for themselves. Eight packs (three reportlab PDFs, three Word-made PDFs, two Word files) and their
gold (staged in pending/ until the extractors were fixed), written together: the call that writes a paragraph or row also writes its gold record.

    .venv/bin/python samples/corpus/scrutiny-round38/generate.py [PACK ...]   (a builder's name: leicestershire, north_yorkshire, ...)

Deterministic: reportlab invariant mode, fixed zip times (scrutiny-round3/render.py), LibreOffice
with fixed dates (../office_pdf.py). Names, people, figures and wording are invented.
"""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import datetime
from pathlib import Path

import pdfplumber
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))
from office_pdf import docx_to_pdf  # noqa: E402
from render import H, P, T, Break, Bul, PdfLook, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

CHECKED = ("Written blind for round 38; every record hand-checked against the rendered document and "
           "`scrutiny inspect` by the round's writer.")
TYPES = ("documents", "meetings", "agenda_items", "assurance_decisions", "actions", "grades")
GREEN, AMBER, RED, BLUE, GREY = "#92d050", "#ffc000", "#ff0000", "#00b0f0", "#bfbfbf"


class Pack:
    """A pack's blocks and its gold, built side by side."""

    def __init__(self, name: str, *, title: str, force: str, organisation: str, meeting_date: str,
                 publication_date: str | None = None) -> None:
        self.name, self.title, self.organisation = name, title, organisation
        self.blocks: list = []
        self.gold: dict[str, list[dict]] = {t: [] for t in TYPES}
        self.document = {"page": None, "status": "ok", "doc_kind": "scrutiny_pack", "title": title, "force": force,
                         "organisation": organisation, "meeting_date": meeting_date,
                         "publication_date": publication_date,
                         "file_type": "docx" if name.endswith(".docx") else "pdf"}

    def add(self, *blocks) -> None:
        self.blocks += blocks

    def meeting(self, date: str, title: str, topic: str | None, key: str | None = None) -> None:
        """``key``: the text that starts the meeting's page, where the title is printed earlier too."""
        self.gold["meetings"].append({"_key": key or title, "meeting_date": date, "topic": topic,
                                      "organisation": self.organisation, "title": title})

    def agenda(self, date: str, number: str | None, title: str, presenter: str | None) -> None:
        self.gold["agenda_items"].append({"_key": title, "meeting_date": date, "number": number, "title": title,
                                          "presenter": presenter})

    def decision(self, date: str, topic: str | None, number: str | None, question: str, evidence: str | None,
                 assurance: str | None, commentary: str | None) -> None:
        self.gold["assurance_decisions"].append({
            "_key": question, "meeting_date": date, "topic": topic, "question_number": number, "question": question,
            "evidence_summary": evidence, "assurance": assurance, "commentary": commentary})

    def action(self, date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
               status: str, status_source: str, source: str) -> None:
        self.gold["actions"].append({"_key": text, "meeting_date": date, "topic": topic, "number": number,
                                     "text": text, "update": update, "status": status,
                                     "status_source": status_source, "source": source})


def _squash(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def _set_pages(data: bytes, gold: dict[str, list[dict]]) -> int:
    """Each record's page: the first page whose text holds the start of its key text."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        # a table cell's lines are interleaved with its neighbours' in the page text, so its own text too
        pages = [_squash(page.extract_text() or "") + "|" + "|".join(
            _squash(cell or "") for table in page.extract_tables() for row in table for cell in row)
            for page in pdf.pages]
    for records in gold.values():
        for record in records:
            if "_key" not in record:
                continue
            key = _squash(re.sub(r"\*|\{#\w+\||\}", "", record["_key"]))[:30]
            found = [i + 1 for i, text in enumerate(pages) if key in text]
            if not found:
                raise SystemExit(f"no page holds {record['_key']!r}")
            record["page"] = found[0]
    return len(pages)


def check_widths(blocks: list, look: PdfLook, page_width: float) -> None:
    """Refuse a reportlab table column too narrow for one of its words: a real pack never splits a word."""
    for block in blocks:
        if not isinstance(block, T):
            continue
        total = sum(block.widths)
        for r, row in enumerate(block.rows):
            font = look.bold_font if r < block.header_rows else look.font
            for c, content in enumerate(row):
                if not isinstance(content, str):
                    continue
                room = (page_width - 2 * look.margin) * block.widths[c] / total - 8
                for part in re.sub(r"\*|\{#\w+\||\}", "", content).split():
                    if stringWidth(part, font, look.cell_size) > room:
                        raise SystemExit(f"column {c} too narrow for {part!r}")


def pdf(pack: Pack, look: PdfLook) -> bytes:
    check_widths(pack.blocks, look, 595.27)
    return render_pdf(pack.blocks, look, pack.title, pack.organisation)


def finish(pack: Pack, data: bytes) -> None:
    gold = pack.gold
    if pack.name.endswith(".pdf"):
        pack.document["pages"] = _set_pages(data, gold)
    else:
        for records in gold.values():
            for record in records:
                record["page"] = None
    for records in gold.values():
        for record in records:
            record.pop("_key", None)
    for kind in ("meetings", "agenda_items", "assurance_decisions", "actions"):
        gold[kind] = [{"page": r.pop("page"), **r} for r in gold[kind]]
    gold["documents"] = [pack.document]
    (HERE / pack.name).write_bytes(data)
    out = {"source_file": pack.name, "expect": "ok", "checked": CHECKED,
           "records": {t: gold[t] for t in TYPES}}
    (HERE / "gold" / f"{pack.name}.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    print(f"{pack.name}: {len(data)} bytes; " + ", ".join(f"{t} {len(gold[t])}" for t in TYPES))


def word(pack: Pack, header: tuple[str, ...] = (), landscape: bool = False) -> bytes:
    when = datetime(2028, 1, 4, 9, 0, 0)
    return render_docx(pack.blocks, title=pack.title, author=pack.organisation, when=when, header=header,
                       landscape_pages=landscape)


def agenda_table(pack: Pack, date: str, heading: tuple[str, ...], rows: list[tuple], widths: tuple[float, ...],
                 number_col: int, title_col: int, presenter_col: int | None, **table) -> T:
    """An agenda table; rows whose number cell is empty are no items."""
    for row in rows:
        number = row[number_col]
        if not number:
            continue
        presenter = row[presenter_col] if presenter_col is not None else None
        pack.agenda(date, number.rstrip("."), row[title_col], presenter if presenter and presenter != "–" else None)
    return T(rows=(heading, *rows), widths=widths, header_rows=1, **table)


# --- 1. Leicestershire: "Met / Partially met / Not met", BRAG letters -----------------------------

def leicestershire() -> tuple[Pack, bytes]:
    pack = Pack("leicestershire-pcc-sab-2028-02-08-r38.pdf", title="Strategic Assurance Board",
                force="Leicestershire Police",
                organisation="Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
                meeting_date="2028-02-08")
    this, last = "2028-02-08", "2027-12-07"
    pack.meeting(this, "Strategic Assurance Board", "Stalking and harassment")
    pack.add(
        P("Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland", size=9),
        H("Strategic Assurance Board"),
        P("**Date:** Tuesday 8 February 2028, 10.00am – 12.30pm"),
        P("**Venue:** Meeting Room 2, Force Headquarters, Enderby"),
        P("**Theme:** Stalking and harassment"),
        H("Agenda", 2),
        agenda_table(pack, this, ("No.", "Item", "Lead", "Paper"), [
            ("1", "Welcome, introductions and apologies", "Chair", "–"),
            ("2", "Declarations of interest", "Chair", "–"),
            ("3", "Notes and actions of the meeting held on 7 December 2027", "Head of Governance", "A"),
            ("4", "Stalking and harassment: response to victims", "Detective Chief Superintendent, Public Protection", "B"),
            ("5", "Force performance report – quarter 3", "Head of Performance", "C"),
            ("6", "HMICFRS recommendations tracker", "Deputy Chief Constable", "D"),
            ("7", "Any other business", "All", "–"),
        ], (8, 50, 34, 10), 0, 1, 2),
        P("Papers marked A to D are attached. Restricted papers are not published.", size=9),
        Break(),
        H("Notes of the Strategic Assurance Board held on 7 December 2027", 2),
    )
    pack.meeting(last, "Notes of the Strategic Assurance Board held on 7 December 2027", "Drug-related harm")
    pack.add(
        P("**Present:** Police and Crime Commissioner (Chair); Chief Executive, OPCC; Chief Constable; Deputy "
          "Chief Constable; Head of Governance (notes)."),
        H("1. Apologies", 3),
        P("Apologies were received from the Chief Finance Officer."),
        H("2. Notes of the last meeting and action log", 3),
        P("The notes of 12 October 2027 were agreed. The action log was reviewed; see Appendix 1."),
        H("3. Drug-related harm", 3),
        P("The Detective Superintendent for Serious and Organised Crime introduced the paper. The Commissioner "
          "had set four questions in advance. For each question the Board records whether the Commissioner's "
          "expectation was met: *Met* – the Commissioner is assured; *Partially met* – the Commissioner is "
          "partly assured and expects further work; *Not met* – the Commissioner is not assured."),
    )
    topic = "Drug-related harm"
    qs = [
        ("3.1", "How many county lines have been closed in the last twelve months, and how does that compare with the previous year?",
         "Forty-one lines were closed against 33 the year before; 58 people were charged.", "Met",
         "The Commissioner welcomed the increase."),
        ("3.2", "What is done to safeguard children found in possession of drugs linked to a line?",
         "Each child is referred through the National Referral Mechanism; return interviews are offered within 72 hours but were completed in only 61% of cases.",
         "Partially met", "Return interviews need to be completed more consistently."),
        ("3.3", "How does the force measure the effect of its drug testing on arrest scheme?",
         "No evaluation has yet been made; the scheme's data is held in two systems.", "Not met",
         "An evaluation plan is needed before the scheme is extended."),
        ("3.4", "How are partners told about closures so that treatment services can follow up?",
         "Closures are shared weekly with the treatment provider through the combating drugs partnership.",
         "Met", None),
    ]
    levels = {"Met": "Assured", "Partially met": "Partly assured", "Not met": "Not assured"}
    rows = []
    for ref, q, r, level, comment in qs:
        rows.append((ref, q, r, level, comment or ""))
        pack.decision(last, topic, ref, q, r, levels[level], comment)
    pack.add(T(rows=(("Ref", "Question", "Response", "Expectation met?", "Commissioner's comment"), *rows),
               widths=(7, 29, 31, 14, 19), header_rows=1))
    pack.add(
        P("**ACTION:** Provide the return interview completion rate for children linked to county lines each month "
          "until it exceeds 85%. (SAB 27/61)"),
        P("**ACTION:** Bring an evaluation plan for the drug testing on arrest scheme to the February Board. (SAB 27/62)"),
        H("4. Any other business", 3),
        P("None."),
        Break(),
        H("Appendix 1 – Action log", 2),
        P("Key: **B** – complete (blue); **G** – on track; **A** – at risk of slipping; **R** – overdue.", size=9),
    )
    log = [
        ("SAB 27/48", "12/10/2027", "Share the stalking protection order guidance issued to supervisors.",
         "Guidance circulated 3 November.", "B", "complete", None),
        ("SAB 27/52", "12/10/2027", "Confirm the date for the neighbourhood policing review to report.",
         "Review to report in March 2028.", "G", "outstanding", None),
        ("SAB 27/55", "12/10/2027", "Report how many officers hold the domestic abuse matters training.",
         "Figures held by Learning and Development; not yet received.", "R", "outstanding", None),
        ("SAB 27/61", "07/12/2027", "Provide the return interview completion rate for children linked to county lines each month until it exceeds 85%.",
         "December rate 68%; January figures awaited.", "A", "outstanding", topic),
        ("SAB 27/62", "07/12/2027", "Bring an evaluation plan for the drug testing on arrest scheme to the February Board.",
         "Plan drafted; on the agenda for this meeting as part of Paper C.", "G", "outstanding", topic),
    ]
    rows = []
    for ref, raised, text, update, brag, status, item_topic in log:
        rows.append((ref, raised, text, update, brag))
        date = "2027-10-12" if raised == "12/10/2027" else last
        pack.action(date, item_topic, ref, text, update, status, "status_column", "action_tracker")
    fills = {(i + 1, 4): {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}[row[4]] for i, row in enumerate(rows)}
    pack.add(T(rows=(("Ref", "Raised", "Action", "Update", "BRAG"), *rows), widths=(12, 12, 38, 30, 8),
               header_rows=1, fills=fills))
    look = PdfLook(footer="Strategic Assurance Board – 8 February 2028", body_size=10.5, cell_size=9, margin=56)
    return pack, pdf(pack, look)


# --- 2. Derbyshire: "Assurance statement" prose per item, "Action –" lines only ---------------------

def derbyshire() -> tuple[Pack, bytes]:
    org = "Police and Crime Commissioner for Derbyshire"
    pack = Pack("derbyshire-pcc-hta-2028-01-18-r38.pdf", title="Holding to Account Meeting", force="Derbyshire Constabulary",
                organisation=org, meeting_date="2028-01-18")
    this, last = "2028-01-18", "2027-11-16"
    pack.meeting(this, "Holding to Account Meeting", None)
    pack.add(
        P("Police and Crime Commissioner for Derbyshire", size=10),
        H("Holding to Account Meeting"),
        P("Tuesday 18 January 2028 at 2.00pm, Butterley Hall, Ripley"),
        H("Agenda", 2),
    )
    items = [("1", "Welcome and apologies", None), ("2", "Minutes of the previous meeting and action log", None),
             ("3", "Neighbourhood policing and visibility", "Chief Superintendent, Local Policing"),
             ("4", "Police complaints: timeliness", "Head of Professional Standards"),
             ("5", "Any other business", None)]
    for number, title, lead in items:
        pack.agenda(this, number, title, lead)
        pack.add(P(f"**{number}.\t{title}**" + (f"\n*{lead}*" if lead else "")))
    pack.add(P("Date of next meeting: Tuesday 21 March 2028"), Break(),
             H("Holding to Account Meeting", 2), H("Minutes", 2), P("16 November 2027"))
    pack.meeting(last, "Holding to Account Meeting", None, key="Minutes 16 November 2027")
    pack.add(
        H("1. Welcome and introductions", 3),
        P("Attendees: Police and Crime Commissioner (PCC); Chief Executive; Chief Constable (CC); Deputy Chief "
          "Constable (DCC); Head of Contact Management; Head of Finance."),
        H("2. Previous minutes and action log", 3),
        P("The minutes were agreed as a true record. Open actions are carried on the action log."),
        H("3. 101 and online contact", 3),
    )
    q3 = ("The Commissioner requires a report on the force's handling of non-emergency contact, including average "
          "101 answer times, abandonment rates and the take-up of online reporting over the last 12 months.")
    e3 = ("The Head of Contact Management said the average 101 answer time had fallen from 9 minutes 40 seconds "
          "to 4 minutes 15 seconds since the new call-back facility went live in June, and abandonment from 28% "
          "to 14%. Online reports now make up a fifth of non-emergency contact.")
    s3 = ("The Commissioner was assured that the improvements in 101 performance were being sustained and "
          "thanked the team for their work. He asked that abandonment continue to be reported quarterly.")
    pack.add(P(q3), P(e3), P("Assurance statement:"), P(s3))
    pack.decision(last, "101 and online contact", "3", q3, e3, "Assured", s3)
    pack.add(P("Action – Head of Contact Management to include 101 abandonment rates in the quarterly performance report."))
    pack.action(last, "101 and online contact", None,
                "Head of Contact Management to include 101 abandonment rates in the quarterly performance report.",
                None, "unknown", "none", "action_list")
    pack.add(H("4. Budget conditions letter – half-year update", 3))
    q4 = ("The Commissioner requires an update on progress against the conditions set in the budget letter for "
          "2027/28, in particular officer recruitment, PCSO numbers and the savings plan.")
    e4 = ("The Head of Finance reported that officer numbers were on track to reach the 2,120 establishment by "
          "March. PCSO numbers stood at 142 against a plan of 160, and £1.1m of the £2.4m savings had been "
          "identified.")
    s4 = ("The Commissioner was partly assured. He accepted that officer recruitment was on track but was "
          "concerned about PCSO numbers and the savings still to be found, and these will be tracked on the "
          "action log until he is satisfied.")
    pack.add(P(q4), P(e4), P("Assurance statement:"), P(s4))
    # a sentence that only states the level is the level, no commentary: the gold keeps the words after it
    pack.decision(last, "Budget conditions letter – half-year update", "4", q4, e4, "Partly assured",
                  s4.removeprefix("The Commissioner was partly assured. "))
    texts = ["Head of Finance to provide the remaining savings plan, with named schemes, before the January meeting.",
             "DCC to set out the PCSO recruitment plan for the next two intakes."]
    for text in texts:
        pack.add(P(f"Action – {text}"))
        pack.action(last, "Budget conditions letter – half-year update", None, text, None, "unknown", "none",
                    "action_list")
    pack.add(H("5. Use of force recording", 3))
    q5 = ("The Commissioner requires assurance that use of force forms are completed for every use of force, "
          "and an explanation of the drop in recorded uses of force since April.")
    e5 = ("The DCC explained that the fall of 23% reflected the change to the new recording app, which does not "
          "yet prompt officers to complete the form when body-worn video is activated. An audit of 200 incidents "
          "found no form for 31 of them.")
    s5 = ("The Commissioner was not assured that use of force is being recorded fully and asked the DCC to "
          "return to the March meeting with the audit's findings and a plan to close the gap.")
    pack.add(P(q5), P(e5), P("Assurance statement:"), P(s5))
    pack.decision(last, "Use of force recording", "5", q5, e5, "Not assured", s5)
    pack.add(H("6. Any other business", 3), P("There was no other business."))
    data = docx_to_pdf(word(pack))
    return pack, data


# --- 3. Lincolnshire: levels per sub-question, statuses of the office's own ------------------------

def lincolnshire() -> tuple[Pack, bytes]:
    org = "Police and Crime Commissioner for Lincolnshire"
    pack = Pack("lincolnshire-pcc-pam-2028-02-15-r38.docx", title="Performance and Accountability Meeting",
                force="Lincolnshire Police", organisation=org, meeting_date="2028-02-15")
    this, last = "2028-02-15", "2027-12-14"
    pack.meeting(this, "Performance and Accountability Meeting", "Rural crime")
    pack.add(
        H("Performance and Accountability Meeting"),
        P("Tuesday 15 February 2028, 10:00, Police Headquarters, Nettleham"),
        P("**Topic:** Rural crime"),
        agenda_table(pack, this, ("Item", "Title", "Presenter"), [
            ("1", "Apologies", "–"),
            ("2", "Minutes and action tracker", "OPCC Governance Officer"),
            ("3", "Rural crime: the Commissioner's questions", "Assistant Chief Constable"),
            ("4", "Victim satisfaction survey results", "Head of Business Improvement"),
            ("5", "Any other business", "–"),
        ], (10, 60, 30), 0, 1, 2),
        Break(),
        H("Minutes of the Performance and Accountability Meeting – 14 December 2027", 2),
    )
    pack.meeting(last, "Minutes of the Performance and Accountability Meeting – 14 December 2027", "Vehicle crime")
    topic = "Vehicle crime"
    pack.add(
        P("**Topic:** Vehicle crime"),
        H("1. Apologies", 3), P("None."),
        H("2. Minutes and action tracker", 3), P("Agreed. The tracker is at Annex A."),
        H("3. Vehicle crime", 3),
        P("The Commissioner's questions were answered in a written paper. Where a question had parts, the "
          "Commissioner gave a level for each part."),
    )
    rows = [("No.", "Question", "Response", "Assurance", "Comment")]
    spans = []
    decisions = [
        ("1", "What has been the trend in theft of and from vehicles over the last two years?",
         "Theft of vehicles is down 8%; theft from vehicles is up 11%, driven by catalytic converter thefts.",
         "Partially assured", "Partly assured", "Thefts from vehicles remain too high."),
        ("2", None, None, None, None, "How effective is the force's response to vehicle crime series?"),
        ("2a", "How quickly are series identified by the analysts?",
         "A series is flagged within five working days in 80% of cases.", "Assured", "Assured", None),
        ("2b", "How many series led to a suspect being charged?",
         "Seven of 23 series led to a charge.", "Partially assured", "Partly assured",
         "Series outcomes to be reported again in June."),
        ("3", None, None, None, None, "How is the force working with partners to prevent vehicle crime?"),
        ("3a", "What use is made of the rural and farm watch schemes?",
         "Farm Watch has 1,400 members; alerts are sent within an hour of a report.", "Assured", "Assured", None),
        ("3b", "What has been done with car park operators on the high-risk sites?",
         "No work has started with car park operators.", "Not assured", "Not assured",
         "The Commissioner asked for a plan by March."),
    ]
    for entry in decisions:
        if entry[1] is None:
            rows.append((entry[0], entry[5], None, None, None))
            spans.append((len(rows) - 1, 1, 1, 4))
            continue
        number, q, r, printed, level, comment = entry
        rows.append((number, q, r, printed, comment or ""))
        pack.decision(last, topic, number, q, r, level, comment)
    pack.add(T(rows=tuple(rows), widths=(8, 30, 34, 12, 16), header_rows=1, spans=tuple(spans)))
    pack.add(P("Actions arising: LPAM 27/40 and LPAM 27/41 (see Annex A)."),
             H("4. Any other business", 3), P("None."), Break(), H("Annex A – Action tracker", 2),
             P("Status key: Open; Ongoing; Overdue (past its due date); Closed; Closed – superseded (replaced by a "
               "later action).", size=9))
    log = [
        ("LPAM 27/31", "12/10/2027", "Publish the rural crime action plan on the OPCC website.", "Published 1 November.",
         "Closed", "complete", None),
        ("LPAM 27/33", "12/10/2027", "Review the vehicle crime problem profile for the coast.",
         "Replaced by LPAM 27/41.", "Closed – superseded", "complete", None),
        ("LPAM 27/35", "12/10/2027", "Report the number of stop checks at ports.", "Awaiting data from Border Force.",
         "Overdue", "outstanding", None),
        ("LPAM 27/40", "14/12/2027", "Report vehicle crime series outcomes to the June meeting.",
         "Scheduled for June.", "Ongoing", "outstanding", topic),
        ("LPAM 27/41", "14/12/2027", "Agree a plan with car park operators on the high-risk sites.",
         "", "Open", "outstanding", topic),
    ]
    rows = [("Ref", "Date raised", "Action", "Update", "Status")]
    for ref, raised, text, update, printed, status, item_topic in log:
        rows.append((ref, raised, text, update, printed))
        date = "2027-10-12" if raised == "12/10/2027" else last
        pack.action(date, item_topic, ref, text, update or None, status, "status_column", "action_tracker")
    pack.add(T(rows=tuple(rows), widths=(14, 13, 35, 26, 12), header_rows=1))
    return pack, word(pack, header=("Police and Crime Commissioner for Lincolnshire",))


# --- 4. Staffordshire: scorecard, level as a coloured cell only ---------------------------------------

def staffordshire() -> tuple[Pack, bytes]:
    org = "Staffordshire Commissioner for Police, Fire and Rescue and Crime"
    pack = Pack("staffordshire-pfcc-sam-2028-01-25-r38.pdf", title="Strategic Assurance Meeting",
                force="Staffordshire Police", organisation=org, meeting_date="2028-01-25")
    this, last = "2028-01-25", "2027-11-23"
    pack.meeting(this, "Strategic Assurance Meeting", "Roads policing")
    pack.add(
        P("Staffordshire Commissioner for Police, Fire and Rescue and Crime", size=9),
        H("Strategic Assurance Meeting"),
        P("25 January 2028 | 13:30 | Commissioner's Office, Block 9, Weston Road, Stafford"),
        P("**Focus:** Roads policing"),
        agenda_table(pack, this, ("Time", "No.", "Item", "Presenter"), [
            ("13:30", "1", "Apologies and notes of the last meeting", "Chair"),
            ("13:35", "2", "Action log", "Governance Lead"),
            ("13:45", "3", "Roads policing and the fatal four", "Superintendent, Roads Policing"),
            ("14:30", "4", "Custody: detainee safety", "Chief Inspector, Custody"),
            ("15:00", "5", "Any other business", "Chair"),
        ], (10, 7, 53, 30), 1, 2, 3, bordered=False),
        Break(),
        H("Strategic Assurance Meeting – Notes – 23 November 2027", 2),
    )
    pack.meeting(last, "Strategic Assurance Meeting – Notes – 23 November 2027", "Youth violence")
    topic = "Youth violence"
    pack.add(
        P("**Item 3: Youth violence.** The Chief Superintendent for Partnerships presented the paper. Discussion "
          "covered the violence reduction alliance, school liaison and knife arches at events. The Commissioner's "
          "findings on each question are recorded in the scorecard below."),
        H("Scorecard", 3),
        P("Legend: green – satisfied, no further scrutiny; amber – satisfied in part, the question returns to a "
          "later meeting; red – not satisfied, escalated to the Commissioner's Strategic Governance Board.",
          size=9),
    )
    qs = [
        ("YV1", "What does the force know about where and when young people are most at risk of violence?",
         "Hotspot analysis is refreshed monthly and shared with schools.", GREEN, "Assured",
         "Good use of the partnership data."),
        ("YV2", "How many weapons were recovered through the school liaison scheme?",
         "31 bladed articles since April; no breakdown by school.", AMBER, "Partly assured",
         "Figures by school and age wanted for March."),
        ("YV3", "How are young people referred to diversion after a first offence?",
         "Referral pathway still being designed with the youth offending service.", RED, "Not assured",
         "No pathway yet in place a year after it was promised."),
        ("YV4", "How is the impact of knife arches at events measured?",
         "Arches were used at nine events; four knives were found.", GREEN, "Assured", None),
    ]
    rows = [("Ref", "Question", "Evidence", "Rating", "Comment")]
    fills = {}
    for ref, q, e, colour, level, comment in qs:
        rows.append((ref, q, e, "", comment or ""))
        fills[(len(rows) - 1, 3)] = colour
        pack.decision(last, topic, ref, q, e, level, comment)
    pack.add(T(rows=tuple(rows), widths=(8, 34, 30, 9, 24), header_rows=1, fills=fills))
    pack.add(P("Actions agreed: SAM 27/30 and SAM 27/31 (see log)."), Break(), H("Action log", 2))
    log = [
        ("SAM 27/22", "21/09/2027", "Share the revised drink-drive campaign plan.", "Shared 2 October.", "Complete", "complete", None),
        ("SAM 27/26", "21/09/2027", "Provide speed camera van deployment figures by district.", "Figures due February.", "Ongoing", "outstanding", None),
        ("SAM 27/30", "23/11/2027", "Report weapons recovered through school liaison by school and age group.", "To be reported in March.", "Ongoing", "outstanding", topic),
        ("SAM 27/31", "23/11/2027", "Present the youth diversion referral pathway.", "Pathway not yet agreed; due date passed 15 January.", "Overdue", "outstanding", topic),
    ]
    rows = [("Ref", "Raised", "Action", "Update", "Status")]
    for ref, raised, text, update, printed, status, item_topic in log:
        rows.append((ref, raised, text, update, printed))
        date = "2027-09-21" if raised == "21/09/2027" else last
        pack.action(date, item_topic, ref, text, update, status, "status_column", "action_tracker")
    pack.add(T(rows=tuple(rows), widths=(13, 15, 37, 24, 11), header_rows=1))
    look = register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font, body_size=10,
                   cell_size=9, margin=54, footer="OFFICIAL")
    return pack, pdf(pack, look)


# --- 5. Norfolk: five-point words, levels only in a closing summary list ---------------------------

def norfolk() -> tuple[Pack, bytes]:
    org = "Police and Crime Commissioner for Norfolk"
    pack = Pack("norfolk-pcc-pap-2028-02-22-r38.pdf", title="Police Accountability Forum", force="Norfolk Constabulary",
                organisation=org, meeting_date="2028-02-22", publication_date="2028-02-15")
    this, last = "2028-02-22", "2027-12-13"
    pack.meeting(this, "Police Accountability Forum", None)
    pack.add(
        P("Office of the Police and Crime Commissioner for Norfolk", size=10),
        H("Police Accountability Forum"),
        P("Tuesday 22 February 2028, 10:00am, OPCC Meeting Room, Jubilee House, Wymondham"),
        P("Published: 15 February 2028"),
        H("Agenda", 2),
    )
    agenda = [("1", "Apologies", None), ("2", "Declarations of interest", None),
              ("3", "Minutes of the meeting held on 13 December 2027 and action log", "Chief Executive"),
              ("4", "Serious violence duty", "Assistant Chief Constable"),
              ("5", "Public contact performance", "Head of Contact and Control Room"),
              ("6", "Capital programme update", "Director of Finance"),
              ("7", "Date of next meeting", None)]
    rows = [("Item", "Title", "Lead")]
    for n, t, lead in agenda:
        rows.append((n, t, lead or ""))
        pack.agenda(this, n, t, lead)
    pack.add(T(rows=tuple(rows), widths=(10, 60, 30), header_rows=1), Break(),
             H("Minutes of the Police Accountability Forum held on 13 December 2027", 2))
    pack.meeting(last, "Minutes of the Police Accountability Forum held on 13 December 2027", "Rape and serious sexual offences")
    topic = "Rape and serious sexual offences"
    pack.add(
        H("1. Apologies", 3), P("Apologies were received from the Deputy Chief Constable."),
        H("2. Minutes and action log", 3), P("The minutes of 11 October 2027 were approved."),
        H("3. Rape and serious sexual offences", 3),
    )
    qs = [
        ("1", "How has the time from report to charge for rape changed over the last year?",
         "The median fell from 412 to 338 days. The number of cases charged rose from 46 to 61.",
         "Substantial", "Assured", "Steady improvement noted."),
        ("2", "How many victims withdraw support before charge, and why?",
         "Around 55% withdraw; the force does not yet record the reasons in a form that can be analysed.",
         "Limited", "Not assured", "Reasons for withdrawal must be captured."),
        ("3", "How are specially trained officers deployed to rape investigations?",
         "Every rape is allocated to a trained investigator within 24 hours; 12 posts are vacant.",
         "Moderate", "Partly assured", "Vacancies to be filled by the summer."),
        ("4", "What support do independent sexual violence advisers report they receive from the force?",
         "The advisers' survey was positive on communication and mixed on updates after charge.",
         "Moderate", "Partly assured", None),
    ]
    for n, q, r, _, _, _ in qs:
        pack.add(P(f"**Question {n}:** {q}"), P(f"**Response:** {r}"))
    pack.add(
        H("Summary of assurance", 3),
        P("The Commissioner rates each question on a five-point scale: Full or Substantial (he is assured), "
          "Moderate (partly assured), Limited or None (not assured)."),
        Bul(tuple(f"Question {n} – {word_}. {c}" if c else f"Question {n} – {word_}." for n, _, _, word_, _, c in qs)),
    )
    for n, q, r, _, level, c in qs:
        pack.decision(last, topic, n, q, r, level, c)
    pack.add(H("Actions", 3))
    actions = [("PAF 27/44", "Capture the reasons victims withdraw support in the crime recording system.",
                "Change request raised with the system supplier; go-live April.", "Ongoing", "outstanding"),
               ("PAF 27/45", "Report progress in filling the specially trained officer vacancies.",
                "Seven of twelve posts filled.", "Ongoing", "outstanding")]
    for ref, text, *_ in actions:
        pack.add(P(f"ACTION {ref}: {text}"))
    pack.add(H("4. Date of next meeting", 3), P("22 February 2028."), Break(), H("Action log", 2))
    rows = [("Ref", "Meeting", "Action", "Owner", "Update", "Status")]
    earlier = [("PAF 27/36", "Provide the repeat victim figures for domestic burglary.", "Provided 30 October.",
                "Closed", "complete"),
               ("PAF 27/39", "Publish the stop and search scrutiny panel's annual report.",
                "Superseded – the panel's report is now part of the OPCC annual report.", "Closed – superseded",
                "complete"),
               ("PAF 27/41", "Arrange a briefing on the new crime recording audit.", "Briefing not yet arranged.",
                "Overdue", "outstanding")]
    for ref, text, update, printed, status in earlier:
        rows.append((ref, "11/10/2027", text, "Chief Executive", update, printed))
        pack.action("2027-10-11", None, ref, text, update, status, "status_column", "action_tracker")
    for ref, text, update, printed, status in actions:
        rows.append((ref, "13/12/2027", text, "ACC", update, printed))
        pack.action(last, topic, ref, text, update, status, "status_column", "action_tracker")
    pack.add(T(rows=tuple(rows), widths=(12, 12, 32, 12, 22, 12), header_rows=1))
    data = docx_to_pdf(word(pack))
    return pack, data


# --- 6. North Yorkshire: numbered minutes 12/27..., level in a sentence, one question for information --

def north_yorkshire() -> tuple[Pack, bytes]:
    org = "Police, Fire and Crime Commissioner for North Yorkshire"
    pack = Pack("north-yorkshire-pfcc-pam-2028-03-07-r38.docx", title="Public Accountability Meeting",
                force="North Yorkshire Police", organisation=org, meeting_date="2028-03-07")
    this, last = "2028-03-07", "2028-01-11"
    pack.meeting(this, "Public Accountability Meeting", None)
    pack.add(
        H("Public Accountability Meeting"),
        P("Tuesday 7 March 2028 at 10.00am, Alverton Court, Northallerton"),
        H("Agenda", 2),
    )
    for n, t, lead in [("1", "Apologies and declarations", None),
                       ("2", "Minutes of the meeting held on 11 January 2028", None),
                       ("3", "Action tracker", "Head of Governance"),
                       ("4", "Anti-social behaviour", "Chief Superintendent, Local Policing"),
                       ("5", "Workforce wellbeing", "Director of People"),
                       ("6", "Any other business", None)]:
        pack.agenda(this, n, t, lead)
        pack.add(P(f"{n}.\t{t}" + (f" – {lead}" if lead else "")))
    pack.add(Break(), H("Public Accountability Meeting – Minutes of the meeting held on 11 January 2028", 2))
    pack.meeting(last, "Public Accountability Meeting – Minutes of the meeting held on 11 January 2028",
                 "Rural and wildlife crime")
    topic = "Rural and wildlife crime"
    pack.add(
        H("12/27 Apologies and declarations", 3), P("Apologies: Deputy Chief Constable. No declarations."),
        H("12/28 Minutes of the last meeting", 3), P("The minutes of 9 November 2027 were approved."),
        H("12/29 Rural and wildlife crime", 3),
        P("The Inspector for the Rural Taskforce presented the report and answered the Commissioner's questions."),
    )
    qs = [
        ("1", "How many rural crimes were reported in 2027 and how many were solved?",
         "1,870 rural crimes were reported and 11% led to a charge or summons, up from 8%.",
         "The Commissioner said she was assured by the improvement in outcomes and by the taskforce's plans for the spring.",
         "Assured"),
        ("2", "How is the force tackling hare coursing?",
         "Seizure powers under the new Act were used 14 times and 22 dogs were seized.",
         "The Commissioner was partially assured; she wanted to see how many cases reached court before she would be fully assured.",
         "Partly assured"),
        ("3", "What is the current strength of the Rural Taskforce?",
         "The taskforce has 21 officers and 4 staff, as planned.",
         "This question was taken for information and no assurance level was sought.", None),
        ("4", "How does the force support farmers who are repeat victims?",
         "There is no process to identify repeat victims in the farming community.",
         "The Commissioner was not assured and asked for a proposal at the next meeting.", "Not assured"),
    ]
    for n, q, r, sentence, level in qs:
        pack.add(P(f"**Question {n}:** {q}"), P(r), P(sentence))
        if n != "3":
            pack.decision(last, topic, n, q, r, level, sentence)
    texts = [("PAM 28/03", "Report how many hare coursing cases reached court in 2027.", "Court data requested from HMCTS.", "Ongoing", "outstanding"),
             ("PAM 28/04", "Bring a proposal to identify and support repeat victims in the farming community.", "", "Open", "outstanding")]
    for ref, text, *_ in texts:
        pack.add(P(f"**ACTION {ref}:** {text}"))
    pack.add(H("12/30 Any other business", 3), P("None."), Break(), H("Action tracker", 2))
    rows = [("Ref", "Minute", "Action", "Update", "Status")]
    earlier = [("PAM 27/41", "11/29", "Circulate the road safety partnership's funding bid.", "Circulated 20 November.", "Complete", "complete"),
               ("PAM 27/43", "11/30", "Review the call-back times for the rural crime line.", "Merged into the contact review; see PAM 28/01.", "Closed – superseded", "complete"),
               ("PAM 27/44", "11/30", "Provide the wellbeing survey results by department.", "Survey results delayed by the supplier.", "Overdue", "outstanding")]
    for ref, minute, text, update, printed, status in earlier:
        rows.append((ref, minute, text, update, printed))
        pack.action(None, None, ref, text, update, status, "status_column", "action_tracker")
    for ref, text, update, printed, status in texts:
        rows.append((ref, "12/29", text, update, printed))
        pack.action(last, topic, ref, text, update or None, status, "status_column", "action_tracker")
    pack.add(T(rows=tuple(rows), widths=(14, 10, 40, 24, 12), header_rows=1))
    return pack, word(pack, header=("Police, Fire and Crime Commissioner for North Yorkshire",))


# --- 7. Warwickshire: a narrow "Assurance given (Full / Part / None)" column ----------------------------

def warwickshire() -> tuple[Pack, bytes]:
    org = "Police and Crime Commissioner for Warwickshire"
    pack = Pack("warwickshire-pcc-pab-2028-02-01-r38.pdf", title="Performance and Accountability Board",
                force="Warwickshire Police", organisation=org, meeting_date="2028-02-01")
    this, last = "2028-02-01", "2027-11-30"
    pack.meeting(this, "Performance and Accountability Board", "Violence against women and girls")
    pack.add(
        P("Office of the Police and Crime Commissioner for Warwickshire", size=10),
        H("Performance and Accountability Board"),
        P("1 February 2028, 09:30, Leek Wootton"),
        P("**Theme:** Violence against women and girls"),
        agenda_table(pack, this, ("No.", "Item", "Owner", "Purpose"), [
            ("1", "Apologies", "–", "–"),
            ("2", "Minutes of 30 November 2027", "Chair", "Approval"),
            ("3", "Action log", "OPCC Business Manager", "Assurance"),
            ("4", "Violence against women and girls delivery plan", "Detective Superintendent, Safeguarding", "Assurance"),
            ("5", "Vetting backlog", "Head of Professional Standards", "Information"),
            ("6", "Any other business", "–", "–"),
        ], (8, 50, 30, 12), 0, 1, 2),
        Break(),
        H("Minutes of the Performance and Accountability Board held on 30 November 2027", 2),
    )
    pack.meeting(last, "Minutes of the Performance and Accountability Board held on 30 November 2027", None)
    pack.add(P("1. Apologies: none.  2. Minutes of 28 September 2027: approved.  3. Action log: see Annex."))
    items = [
        ("4. Missing children", "Missing children", ["PAB 27/71: Report return home interview completion rates quarterly."], [
            ("1", "How many children went missing more than three times in the last six months?",
             "118 children accounted for 41% of missing episodes.", "Full", "Assured", "Clear analysis."),
            ("2", "Are return home interviews offered to every child?", "Offered in 94% of cases and held in 70%.",
             "Part", "Partly assured", "Completion rate to be reported."),
        ]),
        ("5. Body-worn video", "Body-worn video",
         ["PAB 27/72: Set up a monthly review of body-worn video footage from domestic abuse incidents."], [
            ("3", "How often is body-worn video switched on at domestic abuse incidents?",
             "Footage was captured at 63% of attended domestic abuse incidents.", "Part", "Partly assured",
             "Below the 90% standard."),
            ("4", "How is footage reviewed for learning?", "No routine review takes place.", "None", "Not assured",
             "A review process is required."),
            ("5", "How long is footage retained?", "31 days unless marked as evidence.", "Full", "Assured", None),
        ]),
    ]
    for heading, topic, actions, qs in items:
        pack.add(H(heading, 3))
        rows = [("No.", "Question", "Response", "Assurance given (Full / Part / None)", "Comment")]
        for n, q, r, printed, level, comment in qs:
            rows.append((n, q, r, printed, comment or ""))
            pack.decision(last, topic, n, q, r, level, comment)
        pack.add(T(rows=tuple(rows), widths=(6, 31, 31, 12, 20), header_rows=1),
                 P("Full – the Board is assured; Part – partly assured; None – not assured.", size=8))
        for line in actions:
            ref, text = line.split(": ", 1)
            pack.add(P(f"**Action {ref}:** {text}"))
    pack.add(Break(), H("Annex – Action log", 2))
    log = [
        ("PAB 27/64", "28/09/2027", "Provide the vetting backlog trajectory.", "On the agenda for February.", "Open – on track", "outstanding", None),
        ("PAB 27/66", "28/09/2027", "Confirm funding for the second sexual assault referral centre worker.", "Funding confirmed 12 October.", "Complete", "complete", None),
        ("PAB 27/71", "30/11/2027", "Report return home interview completion rates quarterly.", "First report due March.", "Open – on track", "outstanding", "Missing children"),
        ("PAB 27/72", "30/11/2027", "Set up a monthly review of body-worn video footage from domestic abuse incidents.", "Not yet started; owner on leave.", "Open – overdue", "outstanding", "Body-worn video"),
    ]
    rows = [("Ref", "Raised", "Action", "Progress", "Status")]
    for ref, raised, text, update, printed, status, topic in log:
        rows.append((ref, raised, text, update, printed))
        date = "2027-09-28" if raised == "28/09/2027" else last
        pack.action(date, topic, ref, text, update, status, "status_column", "action_tracker")
    pack.add(T(rows=tuple(rows), widths=(12, 12, 40, 24, 12), header_rows=1))
    look = PdfLook(body_size=10.5, cell_size=9, margin=60, header="Warwickshire OPCC – OFFICIAL")
    return pack, pdf(pack, look)


# --- 8. Humberside: RAG words with the office's own meaning, shaded -------------------------------------

def humberside() -> tuple[Pack, bytes]:
    org = "Police and Crime Commissioner for Humberside"
    pack = Pack("humberside-pcc-ab-2028-03-14-r38.pdf", title="Accountability Board", force="Humberside Police",
                organisation=org, meeting_date="2028-03-14")
    this, last = "2028-03-14", "2028-01-10"
    pack.meeting(this, "Accountability Board", None)
    pack.add(
        P("Police and Crime Commissioner for Humberside", size=10),
        H("Accountability Board"),
        P("Date: 14 March 2028    Time: 14:00    Venue: Priory Road, Hull"),
        agenda_table(pack, this, ("Item", "Subject", "Lead"), [
            ("1", "Apologies", "–"),
            ("2", "Minutes of the last meeting and action log", "Head of Assurance"),
            ("3", "Firearms licensing", "Head of Firearms Licensing"),
            ("4", "Hate crime", "Chief Inspector, Diversity and Inclusion"),
            ("5", "Any other business", "–"),
        ], (10, 60, 30), 0, 1, 2),
        Break(),
        H("Accountability Board – Minutes – 10 January 2028", 2),
    )
    topic = "Domestic abuse"
    pack.meeting(last, "Accountability Board – Minutes – 10 January 2028", topic)
    pack.add(
        H("1. Apologies", 3), P("The Chief Finance Officer."),
        H("2. Minutes and action log", 3), P("Agreed."),
        H("3. Domestic abuse", 3),
        P("The Detective Chief Inspector for Safeguarding presented the report. The Commissioner's rating of each "
          "answer follows the office's key:"),
        T(rows=(("Rating", "Meaning"),
                ("Green", "The Commissioner is assured."),
                ("Amber", "The Commissioner is partly assured and will keep the matter under review."),
                ("Red", "The Commissioner is not assured; the matter returns to the next Board.")),
          widths=(15, 85), header_rows=1, fills={(1, 0): GREEN, (2, 0): AMBER, (3, 0): RED}),
        # a paragraph between the tables, else Word joins them into one
        P("The questions, the force's answers and the Commissioner's ratings were:"),
    )
    qs = [
        ("1", "How many domestic abuse arrests were made within 24 hours of the report?",
         "62% of suspects were arrested within 24 hours, up from 51%.", "Green", "Assured", "Good progress."),
        ("2", "How are Domestic Violence Protection Orders used and breached?",
         "140 orders were granted; 38 were breached and 30 of the breaches were charged.", "Amber",
         "Partly assured", "Breach outcomes to be monitored."),
        ("3", "What proportion of victims are referred to an independent domestic violence adviser?",
         "Referral rates are not recorded consistently across the three divisions.", "Red", "Not assured",
         "Referral data is needed at the next Board."),
        ("4", "How is the Domestic Abuse Matters training being refreshed?",
         "Refresher training begins in April for all response officers.", "Green", "Assured", None),
    ]
    rows = [("No.", "Question", "Response", "Rating", "Commissioner's comment")]
    fills = {}
    for n, q, r, colour_word, level, comment in qs:
        rows.append((n, q, r, colour_word, comment or ""))
        fills[(len(rows) - 1, 3)] = {"Green": GREEN, "Amber": AMBER, "Red": RED}[colour_word]
        pack.decision(last, topic, n, q, r, level, comment)
    pack.add(T(rows=tuple(rows), widths=(6, 32, 32, 10, 20), header_rows=1, fills=fills),
             P("Actions: AB 28/02 and AB 28/03 were agreed (see action log)."),
             H("4. Any other business", 3), P("None."), Break(), H("Action log", 2))
    log = [
        ("AB 27/58", "08/11/2027", "Publish the custody independent visitors' annual report.", "Published 28 November.", "Complete", "complete", None),
        ("AB 27/60", "08/11/2027", "Report the backlog of digital forensic examinations.", "Backlog report due April.", "On track", "outstanding", None),
        ("AB 27/61", "08/11/2027", "Review the ASB case review process.", "Replaced by the national ASB case review guidance work.", "Closed – superseded", "complete", None),
        ("AB 28/02", "10/01/2028", "Monitor DVPO breach outcomes and report in May.", "Scheduled for May.", "On track", "outstanding", topic),
        ("AB 28/03", "10/01/2028", "Provide independent domestic violence adviser referral data by division.", "Data not yet provided.", "Overdue", "outstanding", topic),
    ]
    rows = [("Ref", "Raised", "Action", "Update", "Status")]
    for ref, raised, text, update, printed, status, item_topic in log:
        rows.append((ref, raised, text, update, printed))
        date = "2027-11-08" if raised == "08/11/2027" else last
        pack.action(date, item_topic, ref, text, update, status, "status_column", "action_tracker")
    pack.add(T(rows=tuple(rows), widths=(12, 12, 38, 26, 12), header_rows=1))
    data = docx_to_pdf(word(pack))
    return pack, data


PACKS = {f.__name__: f for f in (leicestershire, derbyshire, lincolnshire, staffordshire, norfolk, north_yorkshire,
                                 warwickshire, humberside)}


def main(names: list[str]) -> None:
    for name, build in PACKS.items():
        if not names or name in names:
            finish(*build())


if __name__ == "__main__":
    main(sys.argv[1:])
