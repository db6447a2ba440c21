"""Scrutiny packs of the eleventh round: the assurance decision and the actions
in the forms other offices use (see README.md). Deterministic bytes.

    .venv/bin/python samples/corpus/scrutiny-round11/generate.py

Writes the packs next to this file and their gold into ./gold/ (staged gold:
the fixers promote it to samples/gold/). Blocks and renderers are
../scrutiny-round3/render.py's; gold records are written by hand beside the
text they describe. PDF pages are found in the generated PDF's own text.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from datetime import datetime
from io import BytesIO
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))
from render import Break, Bul, H, Num, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD_DIR = HERE / "gold"
CHECKED = ("Written by hand in samples/corpus/scrutiny-round11/generate.py beside the text it describes, "
           "before the extractors were run on the pack; PDF pages found in the generated PDF's own text and "
           "checked with `scrutiny inspect`; levels and statuses mapped to the canonical vocabulary by hand "
           "(conventions in README.md).")

GREEN, YELLOW, AMBER, RED, BLUE = "#92d050", "#ffff00", "#ffc000", "#ff0000", "#00b0f0"


# --- gold helpers ---------------------------------------------------------

def document(file_type: str, title: str, force: str, organisation: str, meeting_date: str) -> dict:
    return {"page": 1 if file_type == "pdf" else None, "file_type": file_type, "doc_kind": "scrutiny_pack",
            "title": title, "force": force, "organisation": organisation, "meeting_date": meeting_date,
            "publication_date": None, "status": "ok"}


def meeting(meeting_date: str, title: str, organisation: str, topic: str | None) -> dict:
    return {"page": title, "meeting_date": meeting_date, "topic": topic, "organisation": organisation,
            "title": title}


def agenda(meeting_date: str, number: str, title: str, presenter: str | None) -> dict:
    return {"page": title, "meeting_date": meeting_date, "number": number, "title": title, "presenter": presenter}


def decision(meeting_date: str, topic: str | None, number: str | None, question: str, evidence: str,
             assurance: str | None, commentary: str | None) -> dict:
    return {"page": question, "meeting_date": meeting_date, "topic": topic, "question_number": number,
            "question": question, "evidence_summary": evidence, "assurance": assurance, "commentary": commentary}


def action(meeting_date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
           status: str, status_source: str, source: str, page: int | None = None) -> dict:
    """``page``: the page of the notes' action list, for a tracker row that repeats one of its actions."""
    return {"page": text if page is None else page, "meeting_date": meeting_date, "topic": topic,
            "number": number, "text": text, "update": update, "status": status, "status_source": status_source,
            "source": source}


def _squash(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("–", "-")
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def set_pdf_pages(data: bytes, records: dict) -> None:
    """Each record's ``page`` holds the text it starts with; replace it by the 1-based page whose
    text holds that text's first words (tracker rows by the last such page). A page already given as a
    number (a tracker row repeating an action of the notes' list, at the list's page) is checked to hold
    the text's first words."""
    with pdfplumber.open(BytesIO(data)) as pdf:
        # a table cell's wrapped lines are read apart from the cells beside them
        pages = [_squash(" ".join([page.extract_text() or ""]
                                  + [cell or "" for table in page.extract_tables() for row in table for cell in row]))
                 for page in pdf.pages]
    for type_name, rows in records.items():
        for row in rows:
            if type_name == "documents":
                row["pages"] = len(pages)
                continue
            if isinstance(row["page"], int):
                if _squash(" ".join(row["text"].split()[:4])) not in pages[row["page"] - 1]:
                    raise SystemExit(f"{type_name}: {row['text']!r} not found on page {row['page']}")
                continue
            key = _squash(" ".join(str(row["page"]).split()[:4]))
            hits = [i + 1 for i, text in enumerate(pages) if key in text]
            if not hits:
                raise SystemExit(f"{type_name}: {row['page']!r} not found in the PDF")
            last = type_name == "actions" and row["source"] == "action_tracker"
            row["page"] = hits[-1] if last else hits[0]


def set_docx_pages(records: dict) -> None:
    for type_name, rows in records.items():
        for row in rows:
            row["page"] = None
            if type_name == "documents":
                row["pages"] = None


def write(name: str, data: bytes, records: dict) -> None:
    if name.endswith(".pdf"):
        set_pdf_pages(data, records)
    else:
        set_docx_pages(records)
    (HERE / name).write_bytes(data)
    GOLD_DIR.mkdir(exist_ok=True)
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
    (GOLD_DIR / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    print(f"{name}: {len(data)} bytes; "
          + "; ".join(f"{t} {[r['page'] for r in rows]}" for t, rows in records.items() if t != "documents"))


# --- Surrey: the level in the question's heading --------------------------

def surrey() -> tuple[bytes, dict]:
    org, force, day = "Police and Crime Commissioner for Surrey", "Surrey Police", "2026-02-03"
    notes_day, topic = "2025-10-14", "Neighbourhood Policing"
    notes_title = "NOTES – PERFORMANCE & ACCOUNTABILITY MEETING (NEIGHBOURHOOD POLICING) – 14 OCTOBER 2025"
    items = [
        ("1", "Welcome and apologies", "Police and Crime Commissioner"),
        ("2", "Notes of the meeting held on 14 October 2025", "Head of Performance and Governance"),
        ("3", "Action tracker", "Head of Performance and Governance"),
        ("4", "Rural and wildlife crime", "Assistant Chief Constable, Local Policing"),
        ("5", "Any other business", "Police and Crime Commissioner"),
    ]
    questions = [
        ("1", "Assured",
         "How many neighbourhood officers and PCSOs were taken away from their wards to cover response "
         "shifts in the last quarter, and how is this monitored?",
         ["Abstraction of neighbourhood officers fell from 14% in the first quarter to 9% in the second. "
          "Each abstraction is now logged on the duty system with a reason code.",
          "The three divisional commanders review the figures weekly and the Chief Superintendent for Local "
          "Policing reports them to the monthly performance board."],
         "The Commissioner welcomed the fall in abstraction and asked for the figures by borough to stay in "
         "the quarterly performance report."),
        ("2", "Partly Assured",
         "Are neighbourhood teams using problem-solving plans for the locations that generate the most "
         "anti-social behaviour calls?",
         ["There are 61 open problem-solving plans across the county. An internal review found that a third "
          "had no review date and several had not been updated since the spring.",
          "A problem-solving lead has been appointed in each division and training for sergeants is planned "
          "for the new year."],
         "The Commissioner recognised the work under way but noted that plans without reviews give little "
         "assurance that the problems are being solved. She asked to see the results of the next review."),
        ("3", "Not Assured",
         "How does the Force make sure that people who contact their neighbourhood team by email receive a "
         "reply?",
         ["Each team has a shared mailbox but there is no common standard for replies and no record of how "
          "long replies take. The Force was unable to say how many emails go unanswered."],
         "The Commissioner asked the Force to set a response standard and to report against it at the next "
         "meeting."),
        ("4", "Partially Assured",
         "What progress has been made on recruiting and keeping PCSOs since the last report?",
         ["PCSO numbers have risen from 88 to 97 full-time equivalents. Leavers in the first year of service "
          "remain high at 21%, and exit interviews point to shift patterns and pay."],
         "The Commissioner was encouraged by the recruitment figures but asked for a plan to reduce early "
         "leavers."),
    ]
    listed = [
        "Surrey Police to include abstraction figures by borough in the quarterly performance report.",
        "Surrey Police to share the results of the next review of problem-solving plans with the OPCC.",
        "Surrey Police to set a response standard for emails to neighbourhood teams and report against it.",
    ]
    blocks = [
        P("**Office of the Police and Crime Commissioner for Surrey**", size=10),
        P("PO Box 412, Guildford, Surrey · 01483 630200 · www.surrey-pcc.gov.uk", size=9),
        H("Performance & Accountability Meeting", 1),
        P("**Date:** Tuesday 3 February 2026<br/>**Time:** 10:00 – 12:00<br/>"
          "**Venue:** Force Headquarters, Mount Browne, and Microsoft Teams".replace("<br/>", "\n")),
        H("Agenda", 2),
        T(rows=(("Item", "Title", "Lead"),) + tuple(items), widths=(10, 60, 30), header_rows=1),
        H("Covering report", 2),
        P("**Purpose:** This pack supports the Commissioner's public Performance & Accountability Meeting, at "
          "which she holds the Chief Constable to account for the delivery of the Police and Crime Plan. "
          "Questions are agreed with the Force two weeks before the meeting."),
        P("**How decisions are recorded:** After each question the Commissioner states whether she is "
          "assured, partly assured or not assured by the answer. The level is shown in the heading of each "
          "question in the notes. Actions agreed at the meeting are added to the action tracker, which is "
          "reviewed at every meeting."),
        P("**Recommendation:** The Commissioner is asked to approve the notes of the meeting held on 14 "
          "October 2025 and to note the updates on the action tracker."),
        Break(),
        H(notes_title, 2),
        P("**Present:** Police and Crime Commissioner (Chair); Deputy Police and Crime Commissioner; Chief "
          "Executive, OPCC; Chief Constable; Assistant Chief Constable, Local Policing; Head of Performance "
          "and Governance (notes)."),
        P("**Apologies:** Chief Finance Officer, OPCC."),
    ]
    decisions = []
    for number, level, question, evidence, comment in questions:
        blocks += [H(f"Question {number} – {level}", 3), P(f"**{question}**")]
        blocks += [P(line) for line in evidence]
        blocks.append(P(f"*Commissioner's comment:* {comment}"))
        assurance = {"Assured": "Assured", "Not Assured": "Not assured"}.get(level, "Partly assured")
        decisions.append(decision(notes_day, topic, number, question, "\n".join(evidence), assurance, comment))
    blocks += [H("Actions", 3), Num(tuple(listed))]
    blocks += [
        Break(),
        H("Action tracker", 2),
        P("Actions from earlier meetings and their current position. Closed actions are removed after they "
          "have been reported once."),
    ]
    # the last two fields: the list number (the gold takes the ref: the tracker's own wins) and page of the notes' action list, for an action repeated from it
    tracker = [
        ("PAM/25/15", "19/08/2025", "Provide the number of speeding offences detected by the community "
         "speed watch vans since April.", "ACC Operations", "14/10/2025",
         "Figures circulated to the OPCC on 2 October 2025.", "Closed", "2025-08-19", None, "complete", None, None),
        ("PAM/25/16", "19/08/2025", "Report on the use of drones to find missing people in rural areas.",
         "Head of Operations", "14/10/2025", "Report delayed by the procurement of new equipment; now due "
         "in February.", "Carried forward", "2025-08-19", None, "outstanding", None, None),
        ("PAM/25/21", "14/10/2025", listed[0], "Ch Supt Local Policing", "03/02/2026",
         "Borough figures are in the Q2 report at item 4.", "Complete", notes_day, topic, "complete", "1", 2),
        ("PAM/25/22", "14/10/2025", listed[1], "Ch Supt Local Policing", "03/03/2026",
         "Review under way; results expected in February.", "Ongoing", notes_day, topic, "outstanding", "2", 2),
        ("PAM/25/23", "14/10/2025", listed[2], "Head of Contact", "03/02/2026",
         "Replaced by the wider review of digital contact agreed at the Force Change Board (see PAM/25/26).",
         "Superseded", notes_day, topic, "complete", "3", 3),
    ]
    blocks.append(T(rows=(("Action No.", "Date raised", "Action", "Owner", "Due", "Update", "Status"),)
                    + tuple(row[:7] for row in tracker),
                    widths=(12, 12, 22, 13, 12, 17, 12), header_rows=1))
    blocks += [
        Break(),
        H("Item 4: Rural and wildlife crime", 2),
        P("**Paper by the Assistant Chief Constable, Local Policing**"),
        P("The Force's Rural Crime Team of one sergeant and six constables works with the Country Land and "
          "Business Association and the National Farmers' Union. Thefts of farm machinery and quad bikes "
          "fell in the year, but hare coursing reports rose during the autumn."),
        T(rows=(("Offence type", "2024/25", "2025/26 (Apr–Oct)"),
                ("Theft of farm machinery", "74", "31"),
                ("Hare coursing reports", "58", "49"),
                ("Livestock worrying", "41", "27"),
                ("Fly-tipping referred by councils", "112", "70")),
          widths=(50, 25, 25), header_rows=1),
        P("The Commissioner's questions for this item have been agreed with the Force. The notes of this "
          "meeting, with the Commissioner's assurance on each question, will be published with the next "
          "pack."),
    ]
    records = {
        "documents": [document("pdf", "Performance & Accountability Meeting", force, org, day)],
        "meetings": [meeting(day, "Performance & Accountability Meeting", org, None),
                     meeting(notes_day, notes_title, org, topic)],
        "agenda_items": [agenda(day, *item) for item in items],
        "assurance_decisions": decisions,
        "actions": [action(row[7], row[8], row[0], row[2], row[5], row[9], "status_column",
                           "action_tracker", row[11]) for row in tracker],
    }
    look = PdfLook(margin=54, cell_size=9, footer="OPCC Surrey – Performance & Accountability Meeting – 3 February 2026")
    data = render_pdf(blocks, look, title="Performance & Accountability Meeting 3 February 2026",
                      author="OPCC Surrey")
    return data, records


# --- Derbyshire: a label | value table per question; status only in the update

DERBY_LEVELS = {"Substantial": "Assured", "Reasonable": "Assured", "Limited": "Partly assured",
                "Minimal": "Not assured"}


def derbyshire() -> tuple[bytes, dict]:
    org, force, day = "Police and Crime Commissioner for Derbyshire", "Derbyshire Constabulary", "2025-12-15"
    notes_day, topic = "2025-10-20", "Violence Against Women and Girls"
    notes_title = "Notes of the Strategic Priorities Assurance Board held on 20 October 2025"
    items = [
        ("1", "Apologies", "Chair"),
        ("2", "Notes and actions of the meeting held on 20 October 2025", "Governance Officer"),
        ("3", "Road safety and the Fatal Four", "Superintendent, Roads Policing"),
        ("4", "Quarter 2 performance report", "Head of Performance"),
        ("5", "Any other business", "Chair"),
    ]
    questions = [
        ("1", "How many domestic abuse protection notices were issued in the pilot's first six months, and "
              "how many became orders?", "Detective Chief Superintendent, Public Protection",
         "The Force issued 212 notices between April and September; 187 were granted as orders by the "
         "magistrates. Breaches are flagged to the response sergeant on the same shift.",
         "Substantial",
         "The PCC thanked the public protection team for a clear report and for the pace of the roll-out."),
        ("2", "Is the Force meeting the victims' code by updating victims of rape within the agreed "
              "timescales?", "Detective Superintendent, Rape and Serious Sexual Offences",
         "Compliance with the victim update timescales was 81% in the quarter, up from 68%. Independent "
         "sexual violence advisers now attend the weekly case review.",
         "Reasonable",
         "The PCC was content with the improvement and asked that compliance is kept under review by the "
         "Force's Victims' Code group."),
        ("3", "What is being done to reduce the time taken to charge stalking offences?",
         "Detective Chief Inspector, Stalking and Harassment Unit",
         "The average time from report to charge is 94 days. A new early advice route with the CPS started "
         "in September but it is too early to show results.",
         "Limited",
         "The PCC noted that the new route has not yet been tested and asked for the charge times to be "
         "reported again in the spring."),
        ("4", "How is the Force gathering the views of women and girls about feeling safe in the night-time "
              "economy?", "Chief Inspector, Partnerships",
         "There has been no survey since 2023. The Force intends to use the county council's residents' "
         "survey but the questions have not yet been agreed.",
         "Minimal",
         "The PCC said she could take little assurance from plans that had not been agreed and asked for a "
         "date for the first survey."),
    ]
    blocks = [
        P("**STRATEGIC PRIORITIES ASSURANCE BOARD**"),
        P("Monday 15 December 2025, 14:00 – 16:00\nConference Room 2, Police Headquarters, Ripley"),
        H("Agenda", 2),
        # typed numbers, so that Word's list numbering of the actions below starts again at 1
        *(P(f"{title} ({lead})", indent=18, hang=f"{number}.") for number, title, lead in items),
        H("Purpose of the Board", 2),
        P("The Strategic Priorities Assurance Board is the Police and Crime Commissioner's formal meeting "
          "for holding the Chief Constable to account. Each meeting takes one priority of the Police and "
          "Crime Plan in depth. For each question the Board records the evidence heard and the level of "
          "assurance the PCC takes from it, on the scale Substantial, Reasonable, Limited or Minimal."),
        Break(),
        H(notes_title, 2),
        P("Present: Police and Crime Commissioner (Chair), Chief Executive, Deputy Chief Constable, Assistant "
          "Chief Constable (Crime), Governance Officer (notes)."),
        H(f"Item 3: {topic}", 3),
        P("The Deputy Chief Constable introduced the report, which sets out the Force's delivery plan "
          "against the national framework. The PCC's questions and the answers given are recorded below."),
    ]
    decisions = []
    for number, question, lead, evidence, level, comment in questions:
        blocks.append(T(rows=((f"**Question {number}**", question), ("**Lead**", lead),
                              ("**Summary of evidence**", evidence), ("**Assurance level**", f"**{level}**"),
                              ("**PCC comments**", comment)),
                        widths=(28, 72)))
        blocks.append(P(""))
        decisions.append(decision(notes_day, topic, number, question, evidence, DERBY_LEVELS[level], comment))
    listed = [
        "The Force to share the domestic abuse protection notice breach figures by division.",
        "The Force to report stalking charge times to the Board in April 2026.",
        "The Force to confirm the date of the first night-time economy survey.",
    ]
    blocks += [H("Actions agreed", 3), Num(tuple(listed))]
    blocks += [
        Break(),
        H("Action log", 2),
        P("Open actions and those completed since the last Board. The log has no status column: the update "
          "says where each action stands."),
    ]
    # the last field: the number in the notes' action list, for an action repeated from it (no pages in Word)
    log = [
        ("SPAB 09/25", "15/09/2025", "Provide the number of rural crime officers trained in wildlife crime.",
         "Rural Crime Team", "Completed – figures sent to the OPCC on 30 September 2025.",
         "2025-09-15", None, "complete", None),
        ("SPAB 10/25", "15/09/2025", "Review the firearms licensing backlog and confirm the recovery plan.",
         "Head of Firearms Licensing", "Recovery plan drafted; awaiting sign-off by the Chief Officer Group "
         "in January.", "2025-09-15", None, "outstanding", None),
        ("SPAB 11/25", "20/10/2025", listed[0], "Head of Public Protection",
         "Figures by division circulated with the Q2 performance pack.", notes_day, topic, "complete", "1"),
        ("SPAB 12/25", "20/10/2025", listed[1], "DCI Stalking and Harassment Unit",
         "Not yet due – on the April 2026 agenda.", notes_day, topic, "outstanding", "2"),
        ("SPAB 13/25", "20/10/2025", listed[2], "Chief Inspector, Partnerships",
         "The county council has agreed to add the questions; the survey opens on 12 January 2026. No "
         "further action required.", notes_day, topic, "complete", "3"),
    ]
    blocks.append(T(rows=(("Ref", "Meeting", "Action", "Lead", "Update"),) + tuple(row[:5] for row in log),
                    widths=(12, 13, 30, 17, 28), header_rows=1))
    records = {
        "documents": [document("docx", "STRATEGIC PRIORITIES ASSURANCE BOARD", force, org, day)],
        "meetings": [meeting(day, "STRATEGIC PRIORITIES ASSURANCE BOARD", org, None),
                     meeting(notes_day, notes_title, org, "Violence Against Women and Girls")],
        "agenda_items": [agenda(day, *item) for item in items],
        "assurance_decisions": decisions,
        "actions": [action(row[5], row[6], row[0], row[2], row[4], row[7], "inferred_from_update",
                           "action_tracker") for row in log],
    }
    data = render_docx(blocks, title="Strategic Priorities Assurance Board 15 December 2025",
                       author="OPCC Derbyshire", when=datetime(2025, 12, 8, 9, 0),
                       header=("Police and Crime Commissioner for Derbyshire",))
    return data, records


# --- Gwent: the level in a shaded cell read against a colour key; a BRAG log

def gwent() -> tuple[bytes, dict]:
    org, force, day = "Police and Crime Commissioner for Gwent", "Gwent Police", "2025-11-25"
    topic = "Anti-social behaviour"
    items = [
        ("1", "Welcome and apologies", "Commissioner"),
        ("2", "Minutes and action log of the previous meeting", "Chief of Staff"),
        ("3", "Anti-social behaviour", "Assistant Chief Constable"),
        ("4", "Finance report – Quarter 2", "Chief Finance Officer"),
        ("5", "Any other business", "Commissioner"),
    ]
    # (question, response, level word printed in the cell or "" where only the colour is given, fill,
    #  canonical level, comment)
    questions = [
        ("How has the Force used the extra hotspot patrol funding to reduce anti-social behaviour in town "
         "centres?",
         "Patrols ran in 18 hotspot areas from May to September. Reports of anti-social behaviour in those "
         "areas fell by 23% compared with the same months last year, against 6% across the Force area.",
         "Substantial", GREEN, "Assured",
         "The Commissioner welcomed the results and asked that the evaluation is shared with the community "
         "safety partnerships."),
        ("Are victims of repeated anti-social behaviour told about the ASB case review and how to use it?",
         "Thirty-two case reviews were requested in the year. Neighbourhood officers now give a leaflet at "
         "the third report, but the Force accepts the scheme is not widely known.",
         "Limited", AMBER, "Partly assured",
         "The Commissioner asked for the case review to be promoted on the Force website and social media."),
        ("How are dispersal orders recorded and reviewed, and who checks that they are used "
         "proportionately?",
         "Dispersal orders are authorised by an inspector. The Force could not yet provide figures on the "
         "age or ethnicity of the people dispersed because the record does not hold them.",
         "No assurance", RED, "Not assured",
         "The Commissioner asked the Force to change the record so that these details are captured."),
        ("What is the Force doing with partners to tackle off-road bikes in the valleys?",
         "A joint operation with two local authorities and Natural Resources Wales seized 41 bikes in the "
         "summer. A dedicated off-road bike team is being considered in the 2026/27 budget.",
         "", YELLOW, "Assured",
         "The Commissioner was pleased with the joint operation and will consider the case for a dedicated "
         "team when setting the budget."),
    ]
    blocks = [
        P("**Swyddfa Comisiynydd yr Heddlu a Throseddu Gwent / Office of the Police and Crime Commissioner "
          "for Gwent**", size=10),
        H("Strategy and Performance Board", 1),
        P("Tuesday 25 November 2025, 10.00am\nConference Room 1, Police Headquarters, Cwmbran"),
        H("Agenda", 2),
        T(rows=(("Item", "Subject", "Lead"),) + tuple(items), widths=(10, 60, 30), header_rows=1),
        P("The Board is the Commissioner's main way of holding the Chief Constable to account. Members of "
          "the public may submit questions to the Office in advance; the Commissioner's assurance on each "
          "question is recorded in the table below and published with the minutes."),
        Break(),
        H(f"Item 3: {topic}", 2),
        P("The Assistant Chief Constable presented the report on anti-social behaviour, which covers the "
          "hotspot patrol funding, the ASB case review and work with partners."),
        H("Level of assurance key", 3),
    ]
    key_rows = (("Substantial", "The Commissioner is assured that the Force's arrangements are effective."),
                ("Reasonable", "The Commissioner is assured; some improvements are expected."),
                ("Limited", "The Commissioner is partly assured; further work is needed and will be followed "
                            "up."),
                ("No assurance", "The Commissioner is not assured and requires a further report."))
    blocks.append(T(rows=key_rows, widths=(20, 80),
                    fills={(0, 0): GREEN, (1, 0): YELLOW, (2, 0): AMBER, (3, 0): RED}))
    rows = [("No.", "Question", "Force response", "Level of assurance", "Commissioner's comments")]
    fills = {}
    decisions = []
    for i, (question, response, word, fill, level, comment) in enumerate(questions, start=1):
        rows.append((f"3.{i}", question, response, f"**{word}**" if word else "", comment))
        fills[(i, 3)] = fill
        decisions.append(decision(day, topic, f"3.{i}", question, response, level, comment))
    blocks.append(T(rows=tuple(rows), widths=(7, 26, 31, 13, 23), header_rows=1, fills=fills))
    blocks += [
        Break(),
        H("Action log", 2),
        P("BRAG status: **Blue** – complete; **Green** – on track; **Amber** – at risk of missing the target "
          "date; **Red** – overdue."),
    ]
    log = [
        ("SPB 25/31", "Provide the figures for stop and search of children by ward.", "Supt Operations",
         "30/09/2025", "Figures provided to the Office on 24 September 2025.", BLUE, "complete"),
        ("SPB 25/32", "Review the use of body-worn video at domestic abuse incidents.", "Supt Public "
         "Protection", "31/01/2026", "Audit of 200 incidents under way; on schedule.", GREEN, "outstanding"),
        ("SPB 25/33", "Report on the wait for digital forensic examination of phones.", "Head of Forensic "
         "Services", "25/11/2025", "New kiosks delayed by the supplier; report moved to February.", AMBER,
         "outstanding"),
        ("SPB 25/34", "Set out the plan to fill vacancies in the Force control room.", "Head of Contact",
         "28/10/2025", "No update received.", RED, "outstanding"),
        ("SPB 25/35", "Share the Welsh language compliance report with the Commissioner.", "Head of "
         "Corporate Services", "31/10/2025", "Shared on 15 October 2025.", BLUE, "complete"),
    ]
    log_fills = {(r, 5): row[5] for r, row in enumerate(log, start=1)}
    blocks.append(T(rows=(("Ref", "Action", "Owner", "Target date", "Progress update", "BRAG"),)
                    + tuple(row[:5] + ("",) for row in log),
                    widths=(12, 30, 16, 12, 22, 8), header_rows=1, fills=log_fills))
    records = {
        "documents": [document("docx", "Strategy and Performance Board", force, org, day)],
        "meetings": [meeting(day, "Strategy and Performance Board", org, None)],
        "agenda_items": [agenda(day, *item) for item in items],
        "assurance_decisions": decisions,
        "actions": [action(None, None, row[0], row[1], row[4], row[6], "cell_shading", "action_tracker")
                    for row in log],
    }
    data = render_docx(blocks, title="Strategy and Performance Board 25 November 2025",
                       author="OPCC Gwent", when=datetime(2025, 11, 18, 9, 0))
    return data, records


# --- Kent: minutes with "Assurance level:" lines; actions minuted and logged again

KENT_LEVELS = {"Substantial": "Assured", "Reasonable": "Assured", "Limited": "Partly assured",
               "No assurance": "Not assured"}


def kent() -> tuple[bytes, dict]:
    org, force, day = "Police and Crime Commissioner for Kent", "Kent Police", "2025-12-17"
    title = "Performance and Delivery Board"
    items = [
        ("1", "Introduction and apologies", "Police and Crime Commissioner"),
        ("2", "Minutes of the meeting held on 24 September 2025 and matters arising", "Chief Executive, OPCC"),
        ("3", "Victims and witnesses", "Assistant Chief Constable, Crime"),
        ("4", "Road safety", "Chief Superintendent, Roads Policing Unit"),
        ("5", "Action log", "Chief Executive, OPCC"),
        ("6", "Any other business", "Police and Crime Commissioner"),
    ]
    minutes_title = "Minutes of the Performance and Delivery Board held on Wednesday 17 December 2025"
    # (item heading, [(question, discussion paragraphs, level, PCC's paragraph)])
    minuted = [
        ("3. Victims and witnesses", [
            ("How many victims were offered a needs assessment within five days of reporting a crime?",
             ["The ACC presented Paper C. Needs assessments offered within five days rose to 78% in the "
              "quarter. The Victim Support Unit now calls every victim of a violent crime the day after the "
              "report.",
              "The PCC asked about victims who decline. The Force said it does not yet record the reason and "
              "will add it to the form in January."],
             "Reasonable",
             "The PCC thanked the unit for the improvement and asked that the reasons for declining are "
             "reported once recorded."),
            ("Are witnesses kept informed when a trial date is moved?",
             ["The Witness Care Unit is notified of changes by the court, but 30% of changes reach the unit "
              "less than two days before the original date. The Force is discussing this with HMCTS."],
             "Limited",
             "The PCC said that she would raise the late notifications with the Local Criminal Justice Board "
             "and wished to hear the outcome of the Force's discussions."),
        ]),
        ("4. Road safety", [
            ("What has been the effect of the summer drink and drug driving campaign?",
             ["The Chief Superintendent presented Paper D. 1,204 drivers were tested and 236 arrested, 19% "
              "more than last summer. Roadside drug tests were used in 61% of stops, up from 44%."],
             "Substantial",
             "The PCC was content with the results and commended the Roads Policing Unit."),
            ("How quickly are speeding reports from Community Speedwatch groups followed up?",
             ["Letters are sent within 28 days in most cases, but there is a backlog of 1,900 reports from "
              "the summer and some groups had received no feedback since June.",
              "The Force has no plan yet to clear the backlog."],
             "No assurance",
             "The PCC asked for a plan to clear the backlog and to restore feedback to the groups to be "
             "brought to the next Board."),
        ]),
    ]
    listed = [
        "Record the reasons victims decline a needs assessment and report them to the Board.",
        "Share the outcome of the discussions with HMCTS on late changes to trial dates.",
        "Bring a plan to clear the Community Speedwatch backlog to the next Board.",
    ]
    blocks = [
        P("**Police and Crime Commissioner for Kent**", size=10),
        H(title, 1),
        P("Wednesday 17 December 2025 at 10:00, Kent Police College, Maidstone\nThis meeting is webcast."),
        H("Agenda", 2),
        T(rows=(("No.", "Item", "Lead"),) + tuple(items), widths=(8, 60, 32), header_rows=1),
        P("Papers for items 3 and 4 are published with this agenda. The Commissioner uses the Board to seek "
          "assurance on the Force's performance against the Police and Crime Plan; the Board is not a "
          "decision-making body for operational matters."),
        Break(),
        H(minutes_title, 2),
        P("**Present:** Police and Crime Commissioner (Chair), Chief Executive, Chief Finance Officer, Chief "
          "Constable, Deputy Chief Constable, Assistant Chief Constable (Crime), Chief Superintendent "
          "(Roads Policing Unit)."),
        H("1. Introduction and apologies", 3),
        P("Apologies were received from the Deputy PCC."),
        H("2. Minutes and matters arising", 3),
        P("The minutes of the meeting held on 24 September 2025 were agreed. The Chief Executive said the "
          "internal audit of the Force's performance data had given reasonable assurance on the way the "
          "figures in the Board's papers are produced."),
    ]
    decisions = []
    for heading, asked in minuted:
        blocks.append(H(heading, 3))
        topic = heading.split(". ", 1)[1]
        for question, discussion, level, paragraph in asked:
            blocks.append(P(f"**Question:** {question}"))
            blocks += [P(line) for line in discussion]
            blocks.append(P(f"**Assurance level: {level}**"))
            blocks.append(P(paragraph))
            decisions.append(decision(day, topic, "3" if topic.startswith("Victims") else "4", question,
                                      "\n".join(discussion), KENT_LEVELS[level], paragraph))
    blocks += [H("5. Action log", 3),
               P("The Board noted the action log. Two actions from September were agreed as discharged."),
               H("6. Any other business", 3), P("There was none."),
               H("Actions arising", 3), Num(tuple(listed)),
               Break(),
               H("Performance and Delivery Board – Action log", 2)]
    # the last two fields: the list number (the gold takes the ref: the tracker's own wins) and page of the notes' action list, for an action repeated from it;
    # the list follows items 3 and 4 and sits under neither, so those actions have no topic
    log = [
        ("PDB 25/17", "24/09/2025", "Report on the number of stalking protection orders applied for by "
         "each division.", "ACC Crime", "17/12/2025", "Report circulated 2 December 2025.", "Discharged",
         "2025-09-24", None, "complete", None, None),
        ("PDB 25/18", "24/09/2025", "Provide an update on recruitment to the Force control room.",
         "Head of Contact", "17/12/2025", "Recruitment of 30 call handlers completed in November.",
         "Complete", "2025-09-24", None, "complete", None, None),
        ("PDB 25/19", "24/09/2025", "Review the firearms licensing backlog and set a recovery date.",
         "Head of Licensing", "18/03/2026", "Backlog down from 1,100 to 640 applications; recovery expected "
         "by the end of March.", "Open", "2025-09-24", None, "outstanding", None, None),
        ("PDB 25/20", "17/12/2025", listed[0], "ACC Crime", "18/03/2026", "New action.", "Open",
         day, None, "outstanding", "1", 3),
        ("PDB 25/21", "17/12/2025", listed[1], "ACC Crime", "18/03/2026", "New action.", "Open",
         day, None, "outstanding", "2", 3),
        ("PDB 25/22", "17/12/2025", listed[2], "Ch Supt Roads Policing", "18/03/2026", "New action.", "Open",
         day, None, "outstanding", "3", 3),
    ]
    blocks.append(T(rows=(("Action No.", "Date raised", "Action", "Owner", "Due", "Update", "Status"),)
                    + tuple(row[:7] for row in log),
                    widths=(12, 12, 24, 13, 12, 15, 12), header_rows=1))
    records = {
        "documents": [document("pdf", title, force, org, day)],
        "meetings": [meeting(day, minutes_title, org, None)],
        "agenda_items": [agenda(day, *item) for item in items],
        "assurance_decisions": decisions,
        "actions": [action(row[7], row[8], row[0], row[2], row[5], row[9], "status_column",
                           "action_tracker", row[11]) for row in log],
    }
    look = PdfLook(font="Times-Roman", bold_font="Times-Bold", italic_font="Times-Italic", margin=60, cell_size=9.5)
    data = render_pdf(blocks, look, title=f"{title} 17 December 2025", author="OPCC Kent")
    return data, records


# --- West Yorkshire: the levels only in a summary table closing the notes --

WY_LEVELS = {"Substantial assurance": "Assured", "Reasonable assurance": "Assured",
             "Limited assurance": "Partly assured", "No assurance": "Not assured"}


def west_yorkshire() -> tuple[bytes, dict]:
    # the Deputy Mayor chairs ("Attendees: Deputy Mayor for Policing and Crime (Chair)"), so holds the meeting
    org, force, day = "Deputy Mayor for Policing and Crime", "West Yorkshire Police", "2025-11-27"
    title = "Policing and Crime Accountability Meeting"
    notes_day, topic = "2025-09-25", "Retail crime and town centres"
    notes_title = f"Notes of the {title} – 25 September 2025"
    items = [
        ("1", "Apologies and declarations of interest", "Deputy Mayor for Policing and Crime"),
        ("2", "Notes and summary of assurance from the meeting on 25 September 2025", "Head of Policing and "
                                                                                       "Crime"),
        ("3", "Action log", "Head of Policing and Crime"),
        ("4", "Serious violence and knife crime", "Assistant Chief Constable"),
        ("5", "Any other business", "Deputy Mayor for Policing and Crime"),
    ]
    questions = [
        ("1", "How many shop theft offences were reported in the last six months and what proportion led to "
              "a charge?",
         ["Reported shop thefts rose by 9% to 11,840. The charge rate improved from 14% to 19%, helped by the "
          "new online evidence portal for retailers."],
         "Substantial assurance", "None."),
        ("2", "How is the Force working with business improvement districts to target prolific offenders?",
         ["Each district has a named inspector for retail crime and a list of its top ten offenders. Joint "
          "patrols with BID rangers take place in Leeds and Bradford but not yet in the other districts."],
         "Reasonable assurance", "Report the roll-out of joint patrols to the remaining districts."),
        ("3", "Are shop workers who are assaulted being updated on their case?",
         ["The Force could not say how many assaulted shop workers had been given a victim update, as the "
          "victim is often recorded as the company. A change to recording is being considered."],
         "Limited assurance", "Record the employee as the victim and report update rates."),
        ("4", "What has been the effect of the summer town centre operation on anti-social behaviour?",
         ["The evaluation of the operation has not been completed and no figures were available for the "
          "meeting."],
         "No assurance", "Bring the evaluation to the next meeting."),
    ]
    blocks = [
        P("**West Yorkshire Combined Authority – Mayor of West Yorkshire**", size=10),
        H(title, 1),
        P("Thursday 27 November 2025, 2.00pm\nWellington House, Leeds"),
        H("Agenda", 2),
        T(rows=(("Item", "Business", "Lead"),) + tuple(items), widths=(8, 60, 32), header_rows=1,
          bordered=False),
        H("Introduction", 2),
        P("The Accountability Meeting is where the Deputy Mayor for Policing and Crime, on behalf of the "
          "Mayor, holds the Chief Constable to account for the performance of West Yorkshire Police. "
          "Questions are sent to the Force in advance. The notes record the discussion; the level of "
          "assurance the Deputy Mayor took from each answer is set out in the summary of assurance at the "
          "end of the notes, together with any follow-up."),
        Break(),
        H(notes_title, 2),
        P("**Topic:** Retail crime and town centres"),
        P("**Attendees:** Deputy Mayor for Policing and Crime (Chair); Chief Constable; Assistant Chief "
          "Constable, Local Policing; Head of Policing and Crime; Policy Officer (notes)."),
    ]
    decisions = []
    for number, question, discussion, level, follow_up in questions:
        blocks.append(P(f"**Question {number}:** {question}"))
        blocks += [P(line) for line in discussion]
        decisions.append(decision(notes_day, topic, number, question, "\n".join(discussion), WY_LEVELS[level],
                                  None if follow_up == "None." else follow_up))
    blocks.append(P("The Deputy Mayor thanked officers for their attendance. She noted that the Force had "
                    "given assurance on the charge rate but that more work was needed on victims who are "
                    "shop workers."))
    blocks += [H("Summary of assurance", 3),
               T(rows=(("No.", "Question", "Level of assurance", "Follow-up"),)
                 + tuple((n, q, level, f) for n, q, _, level, f in questions),
                 widths=(6, 48, 20, 26), header_rows=1)]
    blocks += [Break(), H("Action log", 2)]
    log = [
        ("AM/25/09", "24/07/2025", "Provide the number of knife arches deployed at secondary schools this term.",
         "ACC Local Policing", "Figures provided on 12 September 2025.", "Closed", "2025-07-24", None, "complete"),
        ("AM/25/10", "24/07/2025", "Report on the use of dispersal orders in Leeds city centre.", "ACC Local Policing",
         "Report drafted; moved to the January meeting.", "Carried forward", "2025-07-24", None, "outstanding"),
        ("AM/25/11", "25/09/2025", questions[1][4], "Chief Inspector, Retail Crime",
         "Joint patrols agreed in Calderdale; Kirklees and Wakefield to follow.", "Ongoing",
         notes_day, topic, "outstanding"),
        ("AM/25/12", "25/09/2025", questions[2][4], "Head of Crime Recording",
         "Recording change approved; update rates to be reported from January.", "Open",
         notes_day, topic, "outstanding"),
        ("AM/25/13", "25/09/2025", questions[3][4], "ACC Local Policing",
         "Evaluation on the agenda for this meeting (item 4).", "Discharged", notes_day, topic, "complete"),
    ]
    blocks.append(T(rows=(("Ref", "Meeting", "Action", "Owner", "Update", "Status"),) + tuple(row[:6] for row in log),
                    widths=(12, 15, 26, 13, 21, 13), header_rows=1))
    blocks += [
        Break(),
        H("Item 4: Serious violence and knife crime", 2),
        P("**Report of the Assistant Chief Constable, Local Policing**"),
        P("This report updates the Deputy Mayor on the Force's response to serious violence, the work of the "
          "Violence Reduction Partnership and the use of knife arches and test purchase operations since "
          "April. It is intended to give the meeting assurance that the funding for hotspot policing is "
          "being used where harm is greatest."),
        T(rows=(("Measure", "Apr–Sep 2024", "Apr–Sep 2025", "Change"),
                ("Knife crime offences", "1,412", "1,288", "−8.8%"),
                ("Hospital admissions for assault with a sharp object", "96", "81", "−15.6%"),
                ("Weapons surrendered or seized", "644", "902", "+40.1%"),
                ("Test purchase operations (failures)", "38 (9)", "52 (7)", "–")),
          widths=(46, 18, 18, 18), header_rows=1),
        P("The Force will present the first evaluation of the hotspot patrols in January. The Deputy Mayor is "
          "asked to note the report and agree the questions for the next meeting."),
    ]
    records = {
        "documents": [document("pdf", title, force, org, day)],
        "meetings": [meeting(day, title, org, None), meeting(notes_day, notes_title, org, topic)],
        "agenda_items": [agenda(day, *item) for item in items],
        "assurance_decisions": decisions,
        "actions": [action(row[6], row[7], row[0], row[2], row[4], row[8], "status_column", "action_tracker")
                    for row in log],
    }
    look = register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font, body_size=10.5,
                   cell_size=9.5, margin=60, footer="Mayor of West Yorkshire – Policing and Crime")
    data = render_pdf(blocks, look, title=f"{title} 27 November 2025", author="WYCA Policing and Crime")
    return data, records


PACKS = {
    "surrey-pam-2026-02-03.pdf": surrey,
    "derbyshire-spab-2025-12-15.docx": derbyshire,
    "gwent-spb-2025-11-25.docx": gwent,
    "kent-pdb-2025-12-17.pdf": kent,
    "west-yorkshire-pcam-2025-11-27.pdf": west_yorkshire,
}

if __name__ == "__main__":
    for name, build in PACKS.items():
        write(name, *build())
