"""Two scrutiny packs of other offices, in other layouts, and their gold:

    .venv/bin/python samples/corpus/scrutiny/generate.py

- ``pfcc-accountability-board-2025-04-01.docx``: a Police, Fire and Crime
  Commissioner's board. Agenda table "No. | Agenda Item | Lead"; minutes
  headed "Minutes of the ... held on 4th March 2025" with a "Topic:" line;
  a four-column "Question | Response | Level of assurance | Comments" table
  with a level per question; "Actions arising"; an action log whose status
  is only the shading of its cells, read against a shaded key table; this
  meeting's minutes with an "Outcome" cell merged over both questions.
- ``pcc-scrutiny-panel-2025-05-21.pdf``: a PCC's panel with numeric dates
  ("21/05/2025"), a numbered agenda whose lines end with the presenter,
  a "PCC Decision" table whose first question's row breaks across a page,
  and a tracker with a text Status column and merged topic cells.

The packs are fictional; their wording follows published packs. Gold is
written from the same definitions (never from the pipeline's output), with
PDF pages found in the generated PDF's text. Output is deterministic.
"""

from __future__ import annotations

import io
import json
import sys
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parents[1]
GOLD = SAMPLES / "gold"
sys.path.insert(0, str(SAMPLES))

from generator.docx_render import render_docx  # noqa: E402
from generator.model import Bullets, Heading, Merge, Numbered, PageBreak, Para, Table, bullets, cell, plain  # noqa: E402
from generator.pdf_render import render_pdf  # noqa: E402
from generate import stable_zip  # noqa: E402  (the reference samples' fixed zip timestamps)

CHECKED = ("Written from the pack definitions in samples/corpus/scrutiny/generate.py, not from pipeline output; "
           "PDF pages found in the generated PDF's text; every record read against `scrutiny inspect` by the "
           "scrutiny extractor engineer.")
GREEN, AMBER = "c6efce", "ffeb9c"

# --- the PFCC board (DOCX, cell-shaded action log) ----------------------------

PFCC = "Police, Fire and Crime Commissioner for Staffordshire"
# the office's one name in the gold (docs/gold-format.md): the name it styles itself by
OFFICE = "Staffordshire Commissioner for Police, Fire and Rescue and Crime"
BOARD_QUESTIONS = [
    ("1", "How is the Force reducing the number of people killed or seriously injured on the county's roads?",
     ["Killed or seriously injured casualties fell by 9% in 2024.",
      "Enforcement is targeted at the routes with the most collisions.",
      "A joint education programme runs with the fire and rescue service."],
     "Reasonable assurance", "The PFCC welcomed the fall in casualties."),
    ("2", "What enforcement has taken place against drivers using mobile phones?",
     ["Officers issued 412 fixed penalty notices in 2024.",
      "Outcome data is not yet split by road type."],
     "Limited assurance", "The PFCC asked for clearer data on outcomes."),
    ("3", "How are community speed watch volunteers supported?",
     ["There are 31 active schemes.", "Volunteer numbers have fallen since 2023."],
     "No assurance", "The PFCC was concerned that volunteer numbers have fallen."),
]
BOARD_ACTIONS = [
    "That the Force provides casualty data by district to the Office of the PFCC.",
    "That a briefing on mobile phone enforcement outcomes be given to the PFCC.",
    "That the Force reviews support for community speed watch volunteers.",
]
# (ref, meeting, topic or None under a merge, action, update, shading, status)
BOARD_LOG = [
    ("AL1", "14/01/2025", "Fleet", "That the fleet replacement plan be shared with the PFCC.",
     "The plan was shared on 3 February 2025.", GREEN, "complete"),
    ("AL2", "14/01/2025", None, "That the cost of electric vehicle charging be reported.",
     "A report will be presented in June 2025.", AMBER, "outstanding"),
    ("AL3", "04/03/2025", "Road Safety", BOARD_ACTIONS[0],
     "Data for all districts has been received.", GREEN, "complete"),
    ("AL4", "04/03/2025", None, BOARD_ACTIONS[1], "The briefing is scheduled for May 2025.", AMBER, "outstanding"),
    ("AL5", "04/03/2025", None, BOARD_ACTIONS[2], "A review has started; the Force will report back in July.",
     AMBER, "outstanding"),
]
OWN_QUESTIONS = [
    ("1", "How many neighbourhood officers are abstracted to response duties each week?",
     ["On average 14 officers a week were abstracted in the last quarter.",
      "Abstractions are approved by a superintendent."]),
    ("2", "How does the Force measure public confidence in neighbourhood teams?",
     ["A quarterly survey of 1,500 residents.", "Results are published by district."]),
]
OWN_DECISION = ("Partially assured", "The PFCC will review neighbourhood staffing again in the autumn.")
OWN_ACTIONS = ["That abstraction figures be published quarterly."]
AGENDA_BOARD = [
    ("1", "Welcome and apologies", "PFCC"),
    ("2", "Minutes of the previous meeting (Road Safety) - 4 March 2025", "PFCC"),
    ("3", "Action log", "Chief of Staff"),
    ("4", "Neighbourhood Policing", "Chief Constable"),
    ("5", "Any other business", "PFCC"),
]
BOARD_NOTES_TITLE = "Minutes of the Public Accountability Board held on 4th March 2025"
OWN_NOTES_TITLE = "Minutes of the Public Accountability Board (Neighbourhood Policing) - 1st April 2025"


def board_blocks() -> list:
    question_rows = [
        (cell(f"**{n}. {q}**"), cell(bullets("\n".join(f"- {e}" for e in evidence))),
         cell(f"**{level}**"), cell(f"*{comment}*"))
        for n, q, evidence, level, comment in BOARD_QUESTIONS
    ]
    log_rows = [(cell(ref), cell(meeting), cell(f"**{topic}**") if topic else (), cell(action), cell(update))
                for ref, meeting, topic, action, update, _, _ in BOARD_LOG]
    own_rows = [(cell(f"**{n}. {q}**"), cell(bullets("\n".join(f"- {e}" for e in evidence))), ())
                for n, q, evidence in OWN_QUESTIONS]
    own_rows[0] = (*own_rows[0][:2], cell(f"**{OWN_DECISION[0]}**", f"*{OWN_DECISION[1]}*"))
    return [
        Para(f"**{PFCC}**"),
        Heading("Public Accountability Board", 2),
        Para("**Date: Tuesday 1st April 2025**"),
        Para("**Venue: Conference Room 2, Headquarters**"),
        Heading("Agenda", 3),
        Table(rows=(tuple(cell(f"**{h}**") for h in ("No.", "Agenda Item", "Lead")),
                    *((cell(f"{n}."), cell(t), cell(p)) for n, t, p in AGENDA_BOARD)),
              widths=(1, 6, 2), header_rows=1, bordered=False),
        PageBreak(),
        Para(f"**{BOARD_NOTES_TITLE}**"),
        Para("Topic: Road Safety"),
        Table(rows=(tuple(cell(f"**{h}**") for h in ("Question", "Response", "Level of assurance", "Comments")),
                    *question_rows),
              widths=(3, 4, 2, 2), header_rows=1),
        Heading("Actions arising", 4),
        Numbered(tuple(BOARD_ACTIONS)),
        PageBreak(),
        Heading("Action Log", 3),
        Para("Key:"),
        Table(rows=((cell("Complete"),), (cell("In progress"),)), widths=(1,)),
        Para(""),
        Table(rows=(tuple(cell(f"**{h}**") for h in ("Ref", "Meeting", "Topic", "Action", "Progress update")),
                    *log_rows),
              widths=(1, 2, 2, 4, 4), header_rows=1,
              merges=(Merge(1, 2, rows=2), Merge(3, 2, rows=3))),
        PageBreak(),
        Para(f"**{OWN_NOTES_TITLE}**"),
        Table(rows=(tuple(cell(f"**{h}**") for h in ("Question", "Evidence", "Outcome")), *own_rows),
              widths=(3, 4, 3), header_rows=1, merges=(Merge(1, 2, rows=2),)),
        Heading("Actions", 4),
        Numbered(tuple(OWN_ACTIONS)),
    ]


def _shade(cell_element, fill: str) -> None:
    properties = cell_element._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def shade_board(data: bytes) -> bytes:
    """The key's cells and each log row's Ref and Progress cells shaded."""
    document = Document(io.BytesIO(data))
    key = next(t for t in document.tables if t.cell(0, 0).text == "Complete")
    _shade(key.cell(0, 0), GREEN)
    _shade(key.cell(1, 0), AMBER)
    log = next(t for t in document.tables if t.cell(0, 0).text == "Ref")
    for row, (*_, fill, _status) in enumerate(BOARD_LOG, start=1):
        _shade(log.cell(row, 0), fill)
        _shade(log.cell(row, 4), fill)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def board_gold() -> dict:
    own, previous = "2025-04-01", "2025-03-04"
    records = {
        "meetings": [
            {"page": None, "meeting_date": previous, "topic": "Road Safety", "organisation": OFFICE,
             "title": BOARD_NOTES_TITLE},
            {"page": None, "meeting_date": own, "topic": "Neighbourhood Policing", "organisation": OFFICE,
             "title": OWN_NOTES_TITLE},
        ],
        "agenda_items": [{"page": None, "meeting_date": own, "number": n, "title": t, "presenter": p}
                         for n, t, p in AGENDA_BOARD],
        "assurance_decisions": [
            {"page": None, "meeting_date": previous, "topic": "Road Safety", "question_number": n, "question": q,
             "evidence_summary": "\n".join(evidence), "assurance": level_of(level), "assurance_raw": level,
             "commentary": comment}
            for n, q, evidence, level, comment in BOARD_QUESTIONS
        ] + [
            {"page": None, "meeting_date": own, "topic": "Neighbourhood Policing", "question_number": n,
             "question": q, "evidence_summary": "\n".join(evidence), "assurance": "Partly assured",
             "assurance_raw": OWN_DECISION[0], "commentary": OWN_DECISION[1]}
            for n, q, evidence in OWN_QUESTIONS
        ],
        "actions": [],
    }
    topic = None
    for ref, meeting, row_topic, action, update, _fill, status in BOARD_LOG:
        topic = row_topic or topic
        listed = action in BOARD_ACTIONS
        records["actions"].append({
            "page": None, "meeting_date": previous if listed else iso(meeting), "topic": topic,
            "number": ref, "text": action, "update": update,
            "status": status, "status_source": "cell_shading", "source": "action_tracker"})
    # a listed action's topic is that of the meeting that set it
    records["actions"] += [{"page": None, "meeting_date": own, "topic": "Neighbourhood Policing", "number": str(i),
                            "text": text, "update": None, "status": "unknown", "status_source": "none", "source": "action_list"}
                           for i, text in enumerate(OWN_ACTIONS, start=1)]
    return records


# --- the PCC panel (PDF, text Status column) ----------------------------------

PCC = "Police and Crime Commissioner for Hertfordshire"
PANEL_AGENDA = [
    ("1", "Apologies for absence", "PCC"),
    ("2", "Draft minutes of the Scrutiny Panel held on 16/04/2025", "PCC"),
    ("3", "Action tracker", "Chief Executive"),
    ("4", "Victims' services", "Chief Constable"),
    ("5", "Any other business", None),
]
PANEL_NOTES_TITLE = "DRAFT MINUTES - SCRUTINY PANEL (HATE CRIME) - 16/04/2025"
LONG_EVIDENCE = [f"Hate crime evidence point {i}: the Force reported progress on its plan for strand {i}, "
                 f"including training, victim contact and partnership work across the county."
                 for i in range(1, 27)]
PANEL_QUESTIONS = [
    ("1", "How has the Force improved its response to victims of hate crime since the last inspection?",
     LONG_EVIDENCE, "Assured", "The PCC recognised the progress made and the commitment of the team."),
    ("2", "How many hate crimes reach a charge or summons, and how does this compare nationally?",
     ["The charge rate is 7%, below the national average.", "A review of outcomes is under way."],
     "Not Assured", "The PCC asked for an outcomes improvement plan."),
    ("3", "How does the Force encourage reporting by under-represented communities?",
     ["Third-party reporting centres operate in four towns.", "The centres are being reviewed."],
     "Partly assured", "The PCC asked to see the review's findings."),
]
PANEL_ACTIONS = [
    "That hate crime outcome rates be reported to the panel each quarter.",
    "That the Force shares its third-party reporting review with the OPCC.",
]
# (date, topic or None under a merge, action, update, status as printed, status)
PANEL_TRACKER = [
    ("12/02/2025", "Rural Crime", "That rural crime figures be broken down by district.",
     "Figures were provided on 3 March 2025.", "Complete", "complete"),
    ("12/02/2025", None, "That the PCC visits the rural crime team.", "A visit is planned for June 2025.",
     "Open", "outstanding"),
    ("16/04/2025", "Hate Crime", PANEL_ACTIONS[0], "The first quarterly report will be presented in July 2025.",
     "Ongoing", "outstanding"),
    ("16/04/2025", None, PANEL_ACTIONS[1], "The review was shared on 2 May 2025.", "Closed", "complete"),
]


def panel_blocks() -> list:
    question_rows = [
        (cell(f"**{n}. {q}**"), cell(bullets("\n".join(f"- {e}" for e in evidence))),
         cell(f"**{level}**", f"*{comment}*"))
        for n, q, evidence, level, comment in PANEL_QUESTIONS
    ]
    tracker_rows = [(cell(d), cell(f"**{topic}**") if topic else (), cell(a), cell(u), cell(s))
                    for d, topic, a, u, s, _ in PANEL_TRACKER]
    return [
        Heading(PCC, 2),
        Heading("Scrutiny Panel", 3),
        Para("**Date: 21/05/2025**"),
        Para("**Time: 10:00 - 12:00**"),
        Heading("Agenda", 3),
        Numbered(tuple(f"{t} \u2013 {p}" if p else t for _, t, p in PANEL_AGENDA)),
        PageBreak(),
        Para(f"**{PANEL_NOTES_TITLE}**"),
        Table(rows=(tuple(cell(f"**{h}**") for h in ("Question", "Summary of evidence", "PCC Decision")),
                    *question_rows),
              widths=(3, 5, 2), header_rows=1),
        Para("**Actions**"),
        Numbered(tuple(PANEL_ACTIONS)),
        PageBreak(),
        Heading("Action Tracker", 3),
        Table(rows=(tuple(cell(f"**{h}**") for h in ("Date", "Topic", "Action", "Update", "Status")),
                    *tracker_rows),
              widths=(2, 2, 4, 4, 2), header_rows=1, merges=(Merge(1, 1, rows=2), Merge(3, 1, rows=2))),
    ]


def panel_gold(pdf: bytes) -> dict:
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]

    def page_of(text: str) -> int:
        probe = " ".join(plain(text).split())[:40]
        return next(i for i, page in enumerate(pages, start=1) if probe in page)

    own, previous = "2025-05-21", "2025-04-16"
    records = {
        "meetings": [
            {"page": 1, "meeting_date": own, "topic": None, "organisation": PCC, "title": "Scrutiny Panel"},
            {"page": page_of(PANEL_NOTES_TITLE), "meeting_date": previous, "topic": "Hate Crime",
             "organisation": PCC, "title": PANEL_NOTES_TITLE},
        ],
        "agenda_items": [{"page": 1, "meeting_date": own, "number": n, "title": t, "presenter": p}
                         for n, t, p in PANEL_AGENDA],
        "assurance_decisions": [
            {"page": page_of(q), "meeting_date": previous, "topic": "Hate Crime", "question_number": n,
             "question": q, "evidence_summary": "\n".join(evidence), "assurance": level_of(level),
             "assurance_raw": level, "commentary": comment}
            for n, q, evidence, level, comment in PANEL_QUESTIONS
        ],
        "actions": [],
    }
    topic = None
    for meeting, row_topic, action, update, _printed, status in PANEL_TRACKER:
        topic = row_topic or topic
        listed = action in PANEL_ACTIONS
        records["actions"].append({
            "page": page_of(action), "meeting_date": iso(meeting), "topic": topic,
            "number": str(PANEL_ACTIONS.index(action) + 1) if listed else None, "text": action, "update": update,
            "status": status, "status_source": "status_column", "source": "action_tracker"})
    return records


# --- shared -------------------------------------------------------------------

def level_of(printed: str) -> str:
    """The canonical level, written out here by hand (not by the extractor's vocabulary)."""
    return {"Reasonable assurance": "Assured", "Limited assurance": "Partly assured", "No assurance": "Not assured",
            "Assured": "Assured", "Not Assured": "Not assured", "Partly assured": "Partly assured"}[printed]


def iso(numeric: str) -> str:
    day, month, year = numeric.split("/")
    return f"{year}-{month}-{day}"


def write_gold(name: str, records: dict) -> None:
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
    (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> int:
    board_name = "pfcc-accountability-board-2025-04-01.docx"
    board = stable_zip(shade_board(render_docx(board_blocks(), "Public Accountability Board", PFCC,
                                               datetime(2025, 3, 28, 9, 0, 0))))
    (HERE / board_name).write_bytes(board)
    write_gold(board_name, board_gold())

    panel_name = "pcc-scrutiny-panel-2025-05-21.pdf"
    panel = render_pdf(panel_blocks(), "Scrutiny Panel", f"Office of the {PCC}")
    (HERE / panel_name).write_bytes(panel)
    write_gold(panel_name, panel_gold(panel))
    for name in (board_name, panel_name):
        print(f"wrote samples/corpus/scrutiny/{name} and samples/gold/{name}.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
