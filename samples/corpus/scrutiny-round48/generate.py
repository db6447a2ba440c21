"""Scrutiny round 48 (held out, then promoted): nine ordinary packs of PCC offices, written blind.

Each pack is built from one spec: a front sheet with the agenda, the notes of the previous meeting
with its questions and the PCC's assurance decision, the actions minuted, and the action tracker.
Every builder step that prints a record writes its gold record; a PDF record's page is the first
page whose pdfplumber text holds the start of its key text (the generator stops if none does).
Gold goes to gold/ (it was held out in heldout/, scored in session 13, then promoted).

Run: .venv/bin/python samples/corpus/scrutiny-round48/generate.py
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
import scrutiny_common  # noqa: E402,F401  (puts the shared render module on sys.path)
from office_pdf import docx_to_pdf  # noqa: E402
from render import Break, Bul, H, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

CHECKED = ("Written blind for held-out round 48; every record hand-checked against the rendered pages and "
           "`scrutiny inspect` (layout only) by the round's writer; the extractors were never run on it.")
GREEN, AMBER, RED = "#00b050", "#ffc000", "#ff0000"
STATUS_WORDS = {"Complete": "complete", "Completed": "complete", "Closed": "complete", "Open": "outstanding",
                "In progress": "outstanding", "Ongoing": "outstanding", "Not started": "outstanding"}
LEVELS = {"Assured": "Assured", "Partly Assured": "Partly assured", "Partly assured": "Partly assured",
          "Partially assured": "Partly assured", "Not Assured": "Not assured", "Not assured": "Not assured",
          "Limited assurance": "Partly assured", "Substantial assurance": "Assured", "Reasonable assurance": "Assured"}


@dataclass
class Q:
    label: str  # as printed ("1.", "Q2")
    number: str
    question: str
    evidence: tuple[str, ...]
    level: str  # as printed
    comment: str | None


@dataclass
class Item:
    heading: str | None  # as printed above the questions, None where the notes hold one table only
    topic: str
    questions: list[Q]
    actions: list[tuple[str, str]] = field(default_factory=list)  # (ref, text) minuted under the item


@dataclass
class Row:
    ref: str | None
    raised: str | None  # as printed
    raised_iso: str | None
    text: str
    update: str | None
    status: str  # a status word, or "complete" / "outstanding" for squares, shading and update-only
    topic: str | None = None  # a merged topic cell / the gold topic for rows of other meetings


@dataclass
class Spec:
    name: str
    kind: str  # "pdf" (reportlab), "docx", "wordpdf"
    office_print: str
    organisation: str
    force: str
    board: str
    date_print: str
    date_iso: str
    theme: str | None  # stated topic line ("Theme: …") or None
    theme_label: str
    agenda_head: tuple[str, str, str]
    agenda: list[tuple[str, str, str | None]]
    notes_heading: str
    notes_iso: str
    notes_topic: str | None
    items: list[Item]
    decision_form: str  # "table3", "table5", "lines"
    decision_head: tuple[str, ...]
    action_intro: str
    tracker_title: str
    tracker_form: str  # "column", "square", "shade", "update"
    tracker_head: tuple[str, ...]
    rows: list[Row]
    look: PdfLook = PdfLook()
    bordered: bool = True
    between: list = field(default_factory=list)  # blocks printed between the notes and the tracker
    running_header: str | None = None
    key: str | None = None  # a key sentence printed before the questions


def decisions_blocks(spec: Spec, item: Item, gold: list) -> list:
    blocks: list = []
    for q in item.questions:
        level = LEVELS[q.level]
        gold.append({"page": None, "meeting_date": spec.notes_iso, "topic": item.topic, "question_number": q.number,
                     "question": q.question, "evidence_summary": " ".join(q.evidence), "assurance": level,
                     "commentary": q.comment, "_key": q.question})
    if spec.decision_form == "lines":
        for q in item.questions:
            blocks.append(P(f"**{q.label}**"))
            blocks.append(P(f"**{q.question}**"))
            blocks.append(P("*Response:*"))
            blocks.append(Bul(q.evidence))
            blocks.append(P(f"**Assurance level:** {q.level}"))
            if q.comment:
                blocks.append(P(f"**PCC comment:** {q.comment}"))
        return blocks
    rows: list = [spec.decision_head]
    for q in item.questions:
        evidence = (Bul(q.evidence),)
        if spec.decision_form == "table3":
            decision = (f"**{q.level}**", f"*{q.comment}*") if q.comment else (f"**{q.level}**",)
            rows.append((f"**{q.label} {q.question}**", evidence, decision))
        else:
            rows.append((q.label, q.question, evidence, q.level, q.comment or ""))
    widths = (32, 45, 23) if spec.decision_form == "table3" else (6, 28, 38, 12, 20)
    # reportlab repeats a header above a row it moves whole to make room for a split one (mid-page)
    blocks.append(T(tuple(rows), widths, header_rows=1, bordered=spec.bordered, repeat_header=spec.kind != "pdf"))
    return blocks


def tracker_blocks(spec: Spec, gold: list, minuted: dict[str, tuple[str, str]]) -> list:
    blocks: list = []
    if spec.tracker_form == "square":
        blocks.append(P("{%s|■} = Action complete     {%s|■} = Action outstanding" % (GREEN, RED)))
    elif spec.tracker_form == "shade":
        blocks.append(P("Key: green – action complete; amber – in progress; red – overdue or not started."))
    head = spec.tracker_head
    rows: list = [head]
    fills: dict = {}
    spans: list = []
    topic_col = head[0] == "Topic"
    last_topic, start = None, 1
    for r, row in enumerate(spec.rows, start=1):
        cells: list = []
        if topic_col:
            if row.topic == last_topic:
                cells.append(None)
            else:
                if r - start > 1:
                    spans.append((start, 0, r - start, 1))
                last_topic, start = row.topic, r
                cells.append(row.topic or "")
        if "Ref" in head or "Ref." in head or "No." in head:
            cells.append(row.ref or "")
        if "Raised" in head or "Date raised" in head or "Meeting" in head:
            cells.append(row.raised or "")
        cells.append(row.text)
        cells.append(row.update or "")
        if spec.tracker_form == "column":
            cells.append(row.status)
            status, source = STATUS_WORDS[row.status], "status_column"
        elif spec.tracker_form == "square":
            cells.append("{%s|■}" % (GREEN if row.status == "complete" else RED))
            status, source = row.status, "glyph_colour"
        elif spec.tracker_form == "shade":
            cells.append("")
            colour = {"complete": GREEN, "amber": AMBER, "red": RED}[row.status]
            fills[(r, len(cells) - 1)] = colour
            status, source = ("complete" if row.status == "complete" else "outstanding"), "cell_shading"
        else:
            status, source = row.status, "inferred_from_update"
        rows.append(tuple(cells))
        mine = minuted.get(row.text)
        record = {"page": None, "meeting_date": row.raised_iso, "topic": row.topic, "number": row.ref,
                  "text": row.text, "update": row.update, "status": status, "status_source": source,
                  "source": "action_tracker", "_key": row.text}
        if mine is not None:
            record["topic"], record["meeting_date"] = mine[0], spec.notes_iso
            if row.ref is None:
                record["number"] = mine[1]
        gold.append(record)
    if topic_col and len(spec.rows) + 1 - start > 1:
        spans.append((start, 0, len(spec.rows) + 1 - start, 1))
    n = len(head)
    widths = {4: (18, 40, 34, 8), 5: (11, 12, 36, 31, 10), 6: (10, 11, 30, 28, 11, 10)}.get(n, (20, 40, 40))
    if spec.tracker_form == "update":
        widths = {4: (12, 14, 40, 34), 3: (14, 46, 40)}[n]
    if n == 4 and head[1] == "Raised":
        widths = (14, 14, 40, 32)
    blocks.append(T(tuple(rows), widths, header_rows=1, bordered=spec.bordered, fills=fills, spans=tuple(spans)))
    return blocks


def build(spec: Spec) -> tuple[bytes, dict]:
    records: dict = {"grades": []}
    blocks: list = [P(f"**{spec.office_print}**", size=14), H(spec.board, 1), P(f"**Date:** {spec.date_print}")]
    if spec.theme:
        blocks.append(P(f"**{spec.theme_label}** {spec.theme}"))
    blocks.append(H("Agenda", 2))
    blocks.append(T((spec.agenda_head, *[(n, t, p or "") for n, t, p in spec.agenda]), (8, 62, 30), header_rows=1,
                    bordered=spec.bordered))
    front = None if spec.kind == "docx" else 1  # a Word file has no pages (docs/gold-format.md)
    records["agenda_items"] = [{"page": front, "meeting_date": spec.date_iso, "number": n.rstrip("."), "title": t,
                                "presenter": p, "_key": t} for n, t, p in spec.agenda]
    blocks += [Break(), H(spec.notes_heading, 2)]
    records["meetings"] = [
        {"page": front, "meeting_date": spec.date_iso, "topic": spec.theme, "organisation": spec.organisation,
         "title": spec.board},
        {"page": None, "meeting_date": spec.notes_iso, "topic": spec.notes_topic, "organisation": spec.organisation,
         "title": spec.notes_heading, "_key": spec.notes_heading}]
    decisions: list = []
    minuted: dict[str, tuple[str, str]] = {}
    if spec.key:
        blocks.append(P(f"*{spec.key}*"))
    for item in spec.items:
        if item.heading:
            blocks.append(H(item.heading, 3))
        blocks += decisions_blocks(spec, item, decisions)
        if item.actions:
            blocks.append(P(f"**{spec.action_intro}**"))
            listed = []
            for i, (ref, text) in enumerate(item.actions, start=1):
                listed.append(P(text, hang=f"{ref}" if ref else f"{i}.", indent=72 if ref else 18))
                minuted[text] = (item.topic, ref or str(i))
            blocks += listed
    records["assurance_decisions"] = decisions
    blocks += spec.between
    blocks += [Break(), H(spec.tracker_title, 2)]
    actions: list = []
    blocks += tracker_blocks(spec, actions, minuted)
    records["actions"] = actions
    title = spec.board
    when = datetime.fromisoformat(spec.date_iso)
    if spec.kind == "pdf":
        look = spec.look
        data = render_pdf(blocks, look, title, spec.office_print)
    else:
        header = (spec.running_header,) if spec.running_header else ()
        data = render_docx(blocks, title=title, author=spec.office_print, when=when, header=header)
        if spec.kind == "wordpdf":
            data = docx_to_pdf(data)
    is_pdf = spec.kind != "docx"
    pages = set_pages(data, records) if is_pdf else None
    records["documents"] = [{"page": None, "file_type": "pdf" if is_pdf else "docx", "doc_kind": "scrutiny_pack",
                             "status": "ok", "publication_date": None, "title": spec.board, "force": spec.force,
                             "organisation": spec.organisation, "meeting_date": spec.date_iso}]
    if is_pdf:
        records["documents"][0]["pages"] = pages
    for kind in records.values():
        for record in kind:
            record.pop("_key", None)
    return data, records


def _flat(text: str) -> str:
    text = re.sub(r"\*\*|\*|\{#[0-9a-f]{6}\||\}", "", text)
    return re.sub(r"\s+", "", text).lower()


def set_pages(data: bytes, records: dict) -> int:
    """Each keyed PDF record's page: the first page whose table cells hold its key's start (40
    characters), or whose text lines do (16, else 10: a table's columns interleave in the page text).
    A meeting's key is its heading, found whole in the page's lines: the front sheet's agenda row may
    repeat its words in a table cell (Word->PDF), which is not where the meeting starts."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        texts = [_flat(page.extract_text() or "") for page in pdf.pages]
        cells = [_flat(" ".join(c or "" for table in page.extract_tables() for row in table for c in row))
                 for page in pdf.pages]
        count = len(pdf.pages)
    for kind, listed in records.items():
        for record in listed:
            key = record.get("_key")
            if key is None:
                continue
            flat = _flat(key)
            if kind == "meetings":
                hits = [i + 1 for i in range(count) if flat in texts[i]]
            else:
                hits = [i + 1 for i in range(count) if flat[:40] in cells[i] or flat[:16] in texts[i]]
                # a narrow borderless column: its first line holds only the key's first words
                hits = hits or [i + 1 for i in range(count) if flat[:10] in texts[i]]
            if not hits:
                raise SystemExit(f"key on no page: {key!r}")
            record["page"] = hits[0]
    return count


def write(spec: Spec) -> None:
    data, records = build(spec)
    (HERE / spec.name).write_bytes(data)
    gold = {"source_file": spec.name, "expect": "ok", "checked": CHECKED, "records": records}
    (HERE / "gold" / f"{spec.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    print(spec.name, len(data), {t: [r["page"] for r in records[t]] for t in ("assurance_decisions", "actions")})


# --- the packs ----------------------------------------------------------------
STD3 = ("Question", "Brief Summary of Evidence", "Decision of PCC")

PACKS: list[Spec] = [
    Spec(
        name="avon-somerset-pcc-pcb-2036-03-11-round48.pdf", kind="pdf",
        office_print="Avon and Somerset Police and Crime Commissioner", force="Avon and Somerset Constabulary",
        organisation="Police and Crime Commissioner for Avon and Somerset", board="Police and Crime Board",
        date_print="Tuesday 11th March 2036, 10:00 – 12:30", date_iso="2036-03-11",
        theme="Rural and wildlife crime", theme_label="Theme:",
        agenda_head=("Item", "Title", "Presented by"),
        agenda=[("1", "Welcome and apologies", "PCC"),
                ("2", "Notes of the Board held on 14 January 2036 and matters arising", "Chief of Staff"),
                ("3", "Action tracker", "Chief of Staff"),
                ("4", "Rural and wildlife crime", "Superintendent, Neighbourhood Policing"),
                ("5", "Any other business", "PCC")],
        notes_heading="Notes of the Police and Crime Board (Stalking and harassment) – 14 January 2036",
        notes_iso="2036-01-14", notes_topic="Stalking and harassment",
        items=[Item(None, "Stalking and harassment", [
            Q("1.", "1", "How many stalking protection orders has the force applied for since April, and how "
              "many were granted by the courts?",
              ("Eleven orders were applied for between April and December and nine were granted.",
               "Two applications were withdrawn after the suspects were charged and remanded.",
               "A legal adviser now reviews every draft application within five working days."),
              "Assured", "The PCC noted the steady use of orders and thanked the legal team."),
            Q("2.", "2", "What training have call handlers received to recognise a pattern of stalking in "
              "repeat calls from the same victim?",
              ("A one-hour module was added to call handler refresher training in October.",
               "About 60% of call handlers have completed it; the rest are booked before March.",
               "The control room is testing a flag on repeat callers that prompts a stalking screening question."),
              "Partly Assured", "The PCC asked to see completion rates again once the module is finished."),
            Q("3.", "3", "How does the force know whether victims of stalking are kept informed about the "
              "progress of their case, as the Victims' Code requires?",
              ("Compliance with the Victims' Code is checked by a quarterly dip sample of 20 crimes.",
               "The last sample found updates recorded in 9 of the 20 stalking cases."),
              "Not Assured", "The PCC was concerned by the sample and asked for a plan to improve updates."),
        ], [("PCB 36/02", "Provide a plan to improve the recording of victim updates in stalking cases."),
            ("PCB 36/03", "Report call handler completion of the stalking module to the next Board.")])],
        decision_form="table3", decision_head=("Question", "Brief Summary of Evidence", "PCC Decision"),
        action_intro="Actions",
        tracker_title="Police and Crime Board – Action Tracker 2035/36", tracker_form="column",
        tracker_head=("Ref", "Raised", "Action", "Update", "Status"),
        rows=[Row("PCB 35/21", "12/11/2035", "2035-11-12", "Share the draft road safety partnership strategy with the OPCC.",
                  "Draft shared on 2 December 2035.", "Complete"),
              Row("PCB 35/24", "12/11/2035", "2035-11-12", "Confirm the number of neighbourhood officers abstracted to "
                  "response duties in October.", "Figures being validated by the performance team.", "Open"),
              Row("PCB 36/02", "14/01/2036", "2036-01-14", "Provide a plan to improve the recording of victim updates "
                  "in stalking cases.", "Plan received on 20 February 2036.", "Complete"),
              Row("PCB 36/03", "14/01/2036", "2036-01-14", "Report call handler completion of the stalking module to the "
                  "next Board.", "Training finishes on 31 March; figures will follow.", "Open")],
        look=PdfLook(header="Avon and Somerset OPCC – Police and Crime Board", footer="OFFICIAL"),
    ),
    Spec(
        name="cheshire-pcc-sam-2036-04-07-round48.docx", kind="docx",
        office_print="Office of the Police and Crime Commissioner for Cheshire", force="Cheshire Constabulary",
        organisation="Police and Crime Commissioner for Cheshire", board="Scrutiny and Assurance Meeting",
        date_print="7 April 2036", date_iso="2036-04-07",
        theme=None, theme_label="",
        agenda_head=("No.", "Item", "Lead"),
        agenda=[("1", "Apologies", "Commissioner"),
                ("2", "Minutes of the meeting held on 3 February 2036", "Commissioner"),
                ("3", "Action log", "Head of Policy"),
                ("4", "Fraud and cyber crime", "Detective Chief Superintendent"),
                ("5", "Custody and detainee welfare", "Chief Superintendent, Criminal Justice"),
                ("6", "Any other business", None)],
        notes_heading="Minutes of the Scrutiny and Assurance Meeting held on 3 February 2036",
        notes_iso="2036-02-03", notes_topic="Road safety",
        items=[Item("4. Road safety", "Road safety", [
            Q("Question 1", "1", "What has been the effect of the average speed cameras installed on rural roads "
              "last spring?",
              ("Injury collisions on the four routes fell from 31 to 19 in the nine months after installation.",
               "Mean speeds fell by 4 mph on the same routes."),
              "Assured", "The Commissioner welcomed the results and supported a further scheme."),
            Q("Question 2", "2", "How quickly are reports of dangerous driving from dash-cam footage reviewed "
              "and acted on?",
              ("The average time from submission to decision is 23 days against a target of 14.",
               "Two extra staff joined the review team in January and the backlog is falling."),
              "Partially assured", "The Commissioner asked for the backlog to be reported each month until it is cleared."),
            Q("Question 3", "3", "How does the force support families bereaved by a fatal road collision?",
              ("Each family is given a trained family liaison officer within 24 hours.",
               "A feedback survey of families has not yet been introduced."),
              "Not assured", "The Commissioner asked for the feedback survey to be in place by the summer."),
        ], [("SAM 36/04", "Report the dash-cam review backlog to the Commissioner each month until it is cleared."),
            ("SAM 36/05", "Introduce a feedback survey for families bereaved by road collisions.")])],
        decision_form="lines", decision_head=(),
        action_intro="Actions arising",
        tracker_title="Action Log", tracker_form="column",
        tracker_head=("Ref", "Date raised", "Action", "Update", "Status"),
        rows=[Row("SAM 35/31", "2 Dec 2035", "2035-12-02", "Circulate the force's new missing persons policy to the OPCC.",
                  "Circulated 15 December.", "Complete"),
              Row("SAM 35/33", "2 Dec 2035", "2035-12-02", "Arrange a visit for the Commissioner to the new custody suite.",
                  None, "Not started"),
              Row("SAM 36/04", "3 Feb 2036", "2036-02-03", "Report the dash-cam review backlog to the Commissioner each "
                  "month until it is cleared.", "February and March figures sent; backlog down to 140.", "In progress"),
              Row("SAM 36/05", "3 Feb 2036", "2036-02-03", "Introduce a feedback survey for families bereaved by road "
                  "collisions.", "Survey drafted with a bereavement charity; launch planned for June.", "In progress")],
    ),
    Spec(
        name="dyfed-powys-pcc-pab-2036-05-20-round48.pdf", kind="wordpdf",
        office_print="Dyfed-Powys Police and Crime Commissioner", force="Dyfed-Powys Police",
        organisation="Police and Crime Commissioner for Dyfed-Powys", board="Policing Accountability Board",
        date_print="20 May 2036", date_iso="2036-05-20",
        theme="Violence against women and girls", theme_label="Focus of the meeting:",
        agenda_head=("Item", "Subject", "Presenter"),
        agenda=[("1", "Apologies and declarations of interest", "Commissioner"),
                ("2", "Notes of the previous meeting", "Chief Executive"),
                ("3", "Action tracker", "Chief Executive"),
                ("4", "Violence against women and girls", "Assistant Chief Constable"),
                ("5", "Date of next meeting", None)],
        notes_heading="Notes of the Policing Accountability Board – 18 March 2036",
        notes_iso="2036-03-18", notes_topic="Missing people",
        items=[Item("Item 3 – Missing people", "Missing people", [
            Q("1", "1", "How does the force grade the risk of a missing person report, and who reviews the grading?",
              ("Call handlers grade risk with a structured set of questions, and a duty inspector reviews every "
               "high and medium risk grading within an hour.",
               "An audit in January found the grading appropriate in 47 of 50 reports."),
              "Assured", "The Commissioner was reassured by the audit."),
            Q("2", "2", "How many children went missing from care homes more than three times last year, and "
              "what is done with partners to prevent it?",
              ("Forty-two children were reported missing more than three times.",
               "Return home interviews are completed by the local authorities, but only 58% are shared with the force."),
              "Partially assured", "The Commissioner will raise the sharing of interviews with the local authorities."),
            Q("3", "3", "What use does the force make of the Herbert Protocol for people living with dementia?",
              ("Around 900 forms are held; the force promotes the scheme through care providers and GP surgeries.",),
              "Assured", None),
        ], [("PAB 36/09", "Share the January audit of missing person risk gradings with the OPCC."),
            ("PAB 36/10", "Write to the local authorities on the sharing of return home interviews.")])],
        decision_form="table5", decision_head=("No.", "Question", "Response", "Outcome", "Comment"),
        action_intro="Actions",
        tracker_title="Action tracker", tracker_form="column",
        tracker_head=("Ref", "Meeting", "Action", "Progress", "Status"),
        rows=[Row("PAB 36/03", "22.01.36", "2036-01-22", "Provide the rural crime team's seizure figures for 2035.",
                  "Provided on 9 February.", "Closed"),
              Row("PAB 36/09", "18.03.36", "2036-03-18", "Share the January audit of missing person risk gradings "
                  "with the OPCC.", "Audit shared on 2 April.", "Closed"),
              Row("PAB 36/10", "18.03.36", "2036-03-18", "Write to the local authorities on the sharing of return home "
                  "interviews.", "Letter drafted; awaiting the Commissioner's signature.", "Open")],
        bordered=False,
    ),
    Spec(
        name="hertfordshire-pcc-ab-2036-02-24-round48.pdf", kind="pdf",
        office_print="Police and Crime Commissioner for Hertfordshire", force="Hertfordshire Constabulary",
        organisation="Police and Crime Commissioner for Hertfordshire", board="Accountability Board",
        date_print="24 February 2036", date_iso="2036-02-24",
        theme="Business crime and shop theft", theme_label="Theme:",
        agenda_head=("No.", "Agenda item", "Lead"),
        agenda=[("1", "Introductions and apologies", "PCC"),
                ("2", "Notes and actions of the last Board", "Head of Accountability"),
                ("3", "Business crime and shop theft", "Chief Superintendent, Local Policing"),
                ("4", "Any other business", "PCC")],
        notes_heading="Notes of the Accountability Board (Anti-social behaviour) – 16 December 2035",
        notes_iso="2035-12-16", notes_topic="Anti-social behaviour",
        items=[Item(None, "Anti-social behaviour", [
            Q("1", "1", "How has the number of anti-social behaviour incidents reported changed over the last year?",
              ("Incidents fell by 6% to 21,400 in the year to November.",
               "Two town centres saw a rise linked to street drinking."),
              "Substantial assurance", "The PCC noted the fall and the focus on the two town centres."),
            Q("2", "2", "How are repeat victims of anti-social behaviour identified and supported?",
              ("A repeat caller flag was introduced in September.",
               "Case reviews under the community trigger have risen from 4 to 15."),
              "Reasonable assurance", None),
            Q("3", "3", "What use is made of civil injunctions and closure orders against persistent offenders?",
              ("Seven closure orders were obtained in the year.",
               "No injunctions were sought; the force relies on councils to apply."),
              "Limited assurance", "The PCC asked the force to set out with councils who leads on injunctions."),
        ], [("AB 35/40", "Agree with the councils who applies for civil injunctions and report back to the Board.")])],
        decision_form="table5", decision_head=("No.", "Question", "Force response", "Level of assurance", "PCC comment"),
        action_intro="Action agreed",
        tracker_title="Accountability Board action log", tracker_form="shade",
        tracker_head=("Ref", "Raised", "Action", "Update", "RAG"),
        rows=[Row("AB 35/31", "21 Oct 2035", "2035-10-21", "Publish the force's stop and search data for Q2 on its website.",
                  "Published 4 November.", "complete"),
              Row("AB 35/35", "21 Oct 2035", "2035-10-21", "Brief the PCC on the new drone unit's deployment policy.",
                  "Briefing moved to March.", "amber"),
              Row("AB 35/40", "16 Dec 2035", "2035-12-16", "Agree with the councils who applies for civil injunctions "
                  "and report back to the Board.", "No meeting with councils arranged yet.", "red")],
        look=PdfLook(landscape=True, margin=54, footer="Hertfordshire OPCC"),
        key=("Key: Substantial and Reasonable assurance mean the PCC is assured; Limited assurance means "
             "the PCC is partly assured; No assurance means the PCC is not assured."),
    ),
]
PACKS += [
    Spec(
        name="kent-pcc-pdb-2036-06-09-round48.pdf", kind="wordpdf",
        office_print="Kent Police and Crime Commissioner", force="Kent Police",
        organisation="Police and Crime Commissioner for Kent", board="Performance and Delivery Board",
        date_print="Monday 9 June 2036", date_iso="2036-06-09",
        theme=None, theme_label="",
        agenda_head=("Item", "Title", "Presented By"),
        agenda=[("1.", "Apologies for absence", "PCC"),
                ("2.", "Draft Notes – Performance and Delivery Board (Burglary) – 14 April 2036", "PCC"),
                ("3.", "Board Actions 2035/36 – An Update", "PCC"),
                ("4.", "Drug-related harm and county lines", "Kent Police"),
                ("5.", "Any Other Business", "PCC")],
        notes_heading="DRAFT NOTES – PERFORMANCE AND DELIVERY BOARD (BURGLARY) – 14 APRIL 2036",
        notes_iso="2036-04-14", notes_topic="Burglary",
        items=[Item(None, "Burglary", [
            Q("1.", "1", "Please can the force set out how it makes sure that every residential burglary is "
              "attended and forensically examined?",
              ("Every residential burglary is attended, usually within 24 hours.",
               "Crime scene investigators examined 81% of scenes last quarter; the rest were declined by the victim "
               "or had no forensic opportunity."),
              "Assured", "The PCC thanked the force for its consistent attendance."),
            Q("2.", "2", "What is the charge rate for residential burglary and how does it compare with the force's "
              "most similar group?",
              ("The charge rate was 5.8% in the year to March against a group average of 6.4%.",
               "A burglary investigation team was formed in each division in February."),
              "Partly Assured", "The PCC will look again at the charge rate in six months."),
        ], [(None, "Report the burglary charge rate by division to the Board in October."),
            (None, "Share the crime prevention advice given to victims of burglary with the OPCC.")])],
        decision_form="table3", decision_head=STD3,
        action_intro="Actions",
        tracker_title="Board Actions 2035/36", tracker_form="square",
        tracker_head=("Topic", "Action", "Update", ""),
        rows=[Row(None, None, None, "Provide the number of hate crime third-party reporting centres in each district.",
                  "Figures provided to the OPCC in February.", "complete", "Hate crime"),
              Row(None, None, None, "Arrange for the PCC to meet the hate crime scrutiny panel.",
                  "A date will be arranged once the panel's new chair is appointed.", "outstanding", "Hate crime"),
              Row(None, None, None, "Report the burglary charge rate by division to the Board in October.",
                  "To be reported in October 2036.", "outstanding", "Burglary"),
              Row(None, None, None, "Share the crime prevention advice given to victims of burglary with the OPCC.",
                  "Leaflet and letter template shared on 2 May.", "complete", "Burglary")],
    ),
    Spec(
        name="lancashire-pcc-sb-2036-01-27-round48.pdf", kind="pdf",
        office_print="Lancashire Police and Crime Commissioner", force="Lancashire Constabulary",
        organisation="Police and Crime Commissioner for Lancashire", board="Strategic Scrutiny Board",
        date_print="27th January 2036", date_iso="2036-01-27",
        theme=None, theme_label="",
        agenda_head=("Item", "Business", "Officer"),
        agenda=[("1", "Apologies", "Commissioner"),
                ("2", "Notes of the last meeting", "Chief Executive"),
                ("3", "Serious and organised crime", "Detective Chief Superintendent"),
                ("4", "Victim services", "Head of Commissioning"),
                ("5", "Date and time of the next meeting", None)],
        notes_heading="Notes of the Strategic Scrutiny Board held on 25th November 2035",
        notes_iso="2035-11-25", notes_topic=None,
        items=[Item("3. Neighbourhood policing", "Neighbourhood policing", [
            Q("1", "1", "How much time do neighbourhood officers spend in their neighbourhoods rather than covering "
              "response shifts?",
              ("Neighbourhood officers spent 71% of their time in their areas between April and October.",
               "Abstractions rose in the summer because of events."),
              "Partly assured", "The Commissioner asked for a target for abstraction to be set."),
            Q("2", "2", "How does the force engage with communities that do not usually attend beat meetings?",
              ("Each neighbourhood team has an engagement plan and uses online surgeries.",),
              "Assured", "The Commissioner praised the online surgeries."),
        ], [("SSB 35/18", "Set a target for the abstraction of neighbourhood officers and report it to the Board.")]),
            Item("4. Contact and 101", "Contact and 101", [
            Q("1", "1", "What is the average time taken to answer a 101 call, and how many callers abandon the call?",
              ("The average answer time was 11 minutes in October, and 27% of callers abandoned the call.",
               "A call-back option went live in November."),
              "Not assured", "The Commissioner asked to see the figures for November."),
            Q("2", "2", "How is the quality of the service given on the phone checked?",
              ("Supervisors review five calls per call handler each month against a quality standard.",),
              "Assured", None),
        ], [("SSB 35/19", "Send the 101 answer times and abandonment rates for November to the Commissioner.")])],
        decision_form="table5", decision_head=("No.", "Question", "Summary of response", "Assurance",
                                               "Commissioner's comments"),
        action_intro="Action",
        tracker_title="Strategic Scrutiny Board – action log", tracker_form="update",
        tracker_head=("Ref", "Raised", "Action", "Update"),
        rows=[Row("SSB 35/11", "30 Sept 2035", "2035-09-30", "Present the results of the victim satisfaction "
                  "survey to the Board.", "Presented to the Board on 25 November 2035.", "complete"),
              Row("SSB 35/18", "25 Nov 2035", "2035-11-25", "Set a target for the abstraction of neighbourhood officers "
                  "and report it to the Board.", "The force will propose a target at the March meeting.", "outstanding"),
              Row("SSB 35/19", "25 Nov 2035", "2035-11-25", "Send the 101 answer times and abandonment rates for November "
                  "to the Commissioner.", "Figures sent on 10 December 2035.", "complete")],
        look=register_dejavu_serif(),
    ),
    Spec(
        name="surrey-pcc-pam-2036-05-06-round48.docx", kind="docx",
        office_print="Office of the Police & Crime Commissioner for Surrey", force="Surrey Police",
        organisation="Police and Crime Commissioner for Surrey", board="Performance & Accountability Meeting",
        date_print="6 May 2036", date_iso="2036-05-06",
        theme="Policing the roads", theme_label="Theme:",
        agenda_head=("Item", "Title", "Presented by"),
        agenda=[("1", "Welcome and apologies", "PCC"),
                ("2", "Notes of the meeting held on 4 March 2036", "Head of Performance"),
                ("3", "Action tracker", "Head of Performance"),
                ("4", "Policing the roads", "Chief Superintendent, Roads Policing"),
                ("5", "Any other business", "PCC")],
        notes_heading="Notes of the Performance & Accountability Meeting (Retail crime) – 4 March 2036",
        notes_iso="2036-03-04", notes_topic="Retail crime",
        items=[Item(None, "Retail crime", [
            Q("Q1", "1", "How many shop theft offences were reported in 2035 and what proportion were solved?",
              ("4,920 offences were reported, 14% more than in 2034.",
               "Eighteen per cent resulted in a charge or a community resolution."),
              "Assured", "The PCC noted the rise in the solved rate."),
            Q("Q2", "2", "How does the force work with retailers to share footage and intelligence?",
              ("An online portal lets retailers upload footage, but only three large chains use it.",
               "Small shops still send footage on discs or memory sticks."),
              "Partly assured", "The PCC asked the force to promote the portal to small shops."),
            Q("Q3", "3", "What protection is given to shop workers who are assaulted at work?",
              ("Assaults on shop workers are recorded with a flag, but the flag was missing in a third of the "
               "cases checked.",),
              "Not assured", "The PCC asked for the flag's use to be audited again."),
        ], [("PAM 36/07", "Promote the footage portal to small and independent shops."),
            ("PAM 36/08", "Repeat the audit of the shop worker assault flag and report the result.")])],
        decision_form="table3", decision_head=("Question", "Response from Surrey Police", "PCC Decision"),
        action_intro="Actions",
        tracker_title="Action tracker 2036/37", tracker_form="column",
        tracker_head=("Ref", "Meeting", "Action", "Progress", "Status"),
        rows=[Row("PAM 36/02", "13 Jan 2036", "2036-01-13", "Provide the OPCC with the response times for rural "
                  "emergency calls.", "Provided 3 February 2036.", "Completed"),
              Row("PAM 36/07", "4 Mar 2036", "2036-03-04", "Promote the footage portal to small and independent shops.",
                  "Letters sent to the business crime partnership; uptake being monitored.", "Ongoing"),
              Row("PAM 36/08", "4 Mar 2036", "2036-03-04", "Repeat the audit of the shop worker assault flag and report "
                  "the result.", "Audit completed; the flag was used in 88% of cases.", "Completed")],
    ),
    Spec(
        name="cambridgeshire-pcc-bcb-2036-03-26-round48.pdf", kind="wordpdf",
        office_print="Cambridgeshire and Peterborough Police and Crime Commissioner",
        force="Cambridgeshire Constabulary",
        organisation="Police and Crime Commissioner for Cambridgeshire and Peterborough",
        board="Business Coordination Board",
        date_print="Thursday 26 March 2036", date_iso="2036-03-26",
        theme=None, theme_label="",
        agenda_head=("Item", "Report", "Lead"),
        agenda=[("1.0", "Apologies", "Commissioner"),
                ("2.0", "Minutes of the Board of 29 January 2036", "Commissioner"),
                ("3.0", "Quarterly performance report", "Director of Performance"),
                ("4.0", "Action log", "Business Manager"),
                ("5.0", "Serious violence duty – one year on", "Superintendent, Partnerships"),
                ("6.0", "Any other business", "Commissioner")],
        notes_heading="Minutes of the Business Coordination Board held on 29 January 2036",
        notes_iso="2036-01-29", notes_topic="Domestic abuse",
        items=[Item("5.0 Domestic abuse", "Domestic abuse", [
            Q("5.1", "5.1", "How quickly are domestic abuse protection notices applied for after an arrest, and how "
              "many are breached?",
              ("Notices were applied for within 24 hours in 92% of eligible cases.",
               "One in five orders was breached; breaches are now reviewed by the domestic abuse hub."),
              "Assured", "The Commissioner welcomed the speed of applications."),
            Q("5.2", "5.2", "What proportion of domestic abuse victims withdraw support for a prosecution, and why?",
              ("Victims withdrew support in 54% of crimes; the force's survey points to fear of the offender and delay.",
               "Independent domestic violence advisers are now based in two police stations."),
              "Partially assured", "The Commissioner asked for the adviser pilot to be evaluated."),
        ], [("BCB 36/03", "Evaluate the pilot of advisers based in police stations and report to the Board.")])],
        decision_form="table5", decision_head=("No.", "Question", "Response", "Level of assurance", "Comments"),
        action_intro="Actions",
        between=[Break(), H("3.0 Quarterly performance report: October to December 2035", 2),
                 P("This paper sets out the force's performance against the Police and Crime Plan for the third "
                   "quarter. Figures are for the twelve months to the end of December unless stated."),
                 T((("Measure", "12 months to Dec 2035", "12 months to Dec 2034", "Change"),
                    ("All crime", "61,240", "63,010", "-2.8%"),
                    ("Residential burglary", "2,115", "2,390", "-11.5%"),
                    ("Violence with injury", "6,870", "6,640", "+3.5%"),
                    ("999 calls answered within 10 seconds", "91%", "88%", "+3 pts")),
                   (40, 22, 22, 16), header_rows=1),
                 P("Violence with injury rose, mostly in the night-time economy of the two cities. The force's "
                   "summer plan for the night-time economy will be presented to the Board in May."),
                 P("Emergency call answering improved after the recruitment of twelve call handlers in the autumn.")],
        tracker_title="Action log", tracker_form="column",
        tracker_head=("Ref", "Date raised", "Action", "Update", "Status"),
        rows=[Row("BCB 35/27", "27/11/2035", "2035-11-27", "Provide a breakdown of police staff vacancies by department.",
                  "Breakdown circulated 10 December 2035.", "Closed"),
              Row("BCB 35/29", "27/11/2035", "2035-11-27", "Present the estates strategy to the Board.",
                  "Deferred to the June Board.", "Open"),
              Row("BCB 36/03", "29/01/2036", "2036-01-29", "Evaluate the pilot of advisers based in police stations and "
                  "report to the Board.", "Evaluation under way; due in July.", "Open")],
        running_header="OFFICIAL – Business Coordination Board",
    ),
    Spec(
        name="suffolk-pcc-app-2036-02-13-round48.pdf", kind="pdf",
        office_print="Suffolk Police and Crime Commissioner", force="Suffolk Constabulary",
        organisation="Police and Crime Commissioner for Suffolk", board="Accountability and Performance Panel",
        date_print="Friday 13 February 2036", date_iso="2036-02-13",
        theme="Roads policing", theme_label="Topic:",
        agenda_head=("Item", "Subject", "Presented by"),
        agenda=[("1", "Apologies", "PCC"),
                ("2", "Notes of the Panel held on 12 December 2035", "Chief Executive"),
                ("3", "Action log", "Chief Executive"),
                ("4", "Roads policing", "Chief Inspector, Roads and Armed Policing"),
                ("5", "Any other business", "PCC")],
        notes_heading="Notes of the Accountability and Performance Panel – 12 December 2035",
        notes_iso="2035-12-12", notes_topic="Serious violence",
        items=[Item("Item 4: Serious violence", "Serious violence", [
            Q("1", "1", "How has the force used the serious violence duty to agree a shared strategy with partners, "
              "and what does the strategic needs assessment say about where violence happens?",
              ("The partnership's strategic needs assessment was published in January 2035.",
               "It found that half of serious violence happens in the town centres of Ipswich and Lowestoft "
               "between 9pm and 3am on Friday and Saturday nights.",
               "The shared strategy sets three priorities: the night-time economy, young people and domestic settings.",
               "Each priority has a lead agency and a delivery plan reviewed every quarter.",
               "Funding from the duty supports two youth outreach workers in each town."),
              "Assured", "The PCC welcomed the shared strategy."),
            Q("2", "2", "What has been done to reduce knife crime among young people, how are schools involved, "
              "and how does the force measure whether the work is reducing the number of young people who carry "
              "a knife?",
              ("Knife crime involving under-18s fell from 96 to 81 offences in the year to October.",
               "Officers delivered knife crime lessons in 41 secondary schools.",
               "A knife amnesty in May collected 310 blades.",
               "Weapon sweeps are carried out each month in hot spot parks.",
               "The force relies on offence numbers and does not yet survey young people about knife carrying.",
               "A partner survey of school pupils is being designed with the local authority's public health team.",
               "Results of the first survey are expected next autumn.",
               "Schools outside the two towns have asked for more lessons, and a rota is being drawn up."),
              "Partly assured", "The PCC asked for the pupil survey to be brought to the Panel when it reports."),
            Q("3", "3", "How does the force make sure that stop and search for weapons is used fairly, "
              "how are officers held to account where a search is found to have been unjustified, and what have "
              "the external scrutiny panel's reviews of body-worn footage found over the last year?",
              ("Black people were 3.1 times more likely to be searched than white people.",
               "An external scrutiny panel reviews body-worn footage of twenty searches each quarter."),
              "Not assured", "The PCC asked the force to explain the disproportionality to the Panel."),
        ], [("APP 35/22", "Bring the results of the pupil survey on knife carrying to the Panel."),
            ("APP 35/23", "Explain the disproportionality in stop and search for weapons to the Panel.")])],
        decision_form="table5", decision_head=("No.", "Question", "Response", "Outcome", "PCC comment"),
        action_intro="Actions",
        tracker_title="Action log", tracker_form="column",
        tracker_head=("Ref", "Raised", "Action", "Update", "Status"),
        rows=[Row("APP 35/17", "10 Oct 2035", "2035-10-10", "Send the PCC the force's new firearms licensing "
                  "performance figures.", "Figures sent 28 October 2035.", "Closed"),
              Row("APP 35/22", "12 Dec 2035", "2035-12-12", "Bring the results of the pupil survey on knife carrying to "
                  "the Panel.", "Survey results expected in the autumn.", "Open"),
              Row("APP 35/23", "12 Dec 2035", "2035-12-12", "Explain the disproportionality in stop and search for "
                  "weapons to the Panel.", "Analysis presented to the Panel on 13 February 2036.", "Closed")],
        look=PdfLook(header="OFFICIAL", footer="Accountability and Performance Panel"),
    ),
]


if __name__ == "__main__":
    wanted = sys.argv[1:]
    for spec in PACKS:
        if not wanted or any(w in spec.name for w in wanted):
            write(spec)
