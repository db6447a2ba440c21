"""Scrutiny round 15 (held out, blind): six packs of PCC, PFCC and mayoral
offices, each with a front sheet and agenda, a covering report, the notes of
the previous meeting with its assurance decisions, an action tracker and an
appendix. Gold is written beside the tuples that print each pack and kept in
heldout/. Names, figures and wording are fictional.

    .venv/bin/python samples/corpus/scrutiny-round15/generate.py
"""

from __future__ import annotations

import io
import json
import re
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))
from render import Break, Bul, H, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GREEN, AMBER, RED = "#00b050", "#ffc000", "#ff0000"
LEVELS = {"A": "Assured", "P": "Partly assured", "N": "Not assured"}


@dataclass(frozen=True)
class Pack:
    name: str
    organisation: str
    force: str
    title: str  # the front sheet's heading: the document's and the front meeting's title
    date: str  # ISO date of the meeting the pack is for
    notes_title: str  # the heading of the previous meeting's notes
    notes_date: str
    topic: str | None  # the notes' topic line


@dataclass(frozen=True)
class Decision:
    number: str
    question: str
    evidence: str
    level: str  # key of LEVELS
    printed: str  # the level as the pack prints it
    commentary: str


@dataclass(frozen=True)
class Action:
    number: str
    raised: str | None  # ISO date of the meeting that set it
    text: str
    update: str | None
    status: str  # complete / outstanding / unknown
    printed: str  # the status as printed (word, colour name or "")
    topic: str | None = None


def long_date(iso: str) -> str:
    d = datetime.strptime(iso, "%Y-%m-%d")
    return f"{d.day} {d.strftime('%B %Y')}"


def short_date(iso: str) -> str:
    return datetime.strptime(iso, "%Y-%m-%d").strftime("%d/%m/%Y")


def plain(text: str) -> str:
    """Markup removed, as the reader sees the text."""
    text = re.sub(r"\{#[0-9a-fA-F]{6}\|(.*?)\}", r"\1", text)
    return text.replace("**", "").replace("*", "")


# --- gold -------------------------------------------------------------------

def gold_records(pack: Pack, agenda: list[tuple[str, str, str]], decisions: list[Decision],
                 actions: list[Action], source: str, status_source: str) -> dict:
    return {
        "documents": [{"page": None, "file_type": pack.name.rsplit(".", 1)[1], "doc_kind": "scrutiny_pack",
                       "title": pack.title, "force": pack.force, "organisation": pack.organisation,
                       "meeting_date": pack.date, "publication_date": None, "status": "ok", "pages": None}],
        "meetings": [
            {"page": 1, "meeting_date": pack.date, "topic": None, "organisation": pack.organisation,
             "title": pack.title},
            {"page": None, "meeting_date": pack.notes_date, "topic": pack.topic, "organisation": pack.organisation,
             "title": pack.notes_title, "_find": pack.notes_title},
        ],
        "agenda_items": [{"page": 1, "meeting_date": pack.date, "number": n, "title": plain(t), "presenter": who}
                         for n, t, who in agenda],
        "assurance_decisions": [
            {"page": None, "meeting_date": pack.notes_date, "topic": pack.topic, "question_number": d.number,
             "question": plain(d.question), "evidence_summary": plain(d.evidence), "assurance": LEVELS[d.level],
             "commentary": plain(d.commentary) or None, "_find": plain(d.question)} for d in decisions],
        "actions": [
            {"page": None, "meeting_date": a.raised, "topic": a.topic, "number": a.number, "text": plain(a.text),
             "update": plain(a.update) if a.update else None, "status": a.status,
             "status_source": status_source if a.status != "unknown" or status_source == "none" else "none",
             "source": source, "_find": plain(a.text)} for a in actions],
    }


def words(text: str, n: int) -> str:
    return " ".join(re.sub(r"\s+", " ", text).split(" ")[:n])


def set_pages(data: bytes | None, records: dict) -> None:
    """PDF: a record's page is the first page whose text holds its opening three words
    (they sit on one line even in a narrow cell); DOCX: null. The front sheet's records keep page 1."""
    pages: list[str] = []
    if data is not None:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [re.sub(r"\s+", " ", page.extract_text() or "") for page in pdf.pages]
        records["documents"][0]["pages"] = len(pages)
    for kind in ("meetings", "assurance_decisions", "actions", "agenda_items"):
        for record in records[kind]:
            find = record.pop("_find", None)
            if data is None:
                record["page"] = None
                continue
            if find is None:
                continue
            probe = words(find, 3)
            hits = [i + 1 for i, text in enumerate(pages) if probe in text]
            if not hits:
                raise SystemExit(f"not found in the PDF: {probe!r}")
            record["page"] = hits[0]


# --- the packs' shared parts -------------------------------------------------

def front_sheet(pack: Pack, venue: str, agenda: list[tuple[str, str, str]], widths=(16, 110, 50)) -> list:
    return [
        P(f"**{pack.organisation.upper()}**", size=10),
        H(pack.title, 1),
        P(f"{long_date(pack.date)}, 10:00 – 12:30"),
        P(venue),
        H("AGENDA", 2),
        T(rows=(("Item", "Subject", "Lead"), *agenda), widths=widths, header_rows=1),
        P("Papers are published seven days before the meeting. Exempt papers are not included in this pack.",
          size=9),
    ]


def covering(heading: str, paragraphs: list[str]) -> list:
    """A covering report: the noise that opens most packs after the agenda."""
    return [Break(), H(heading, 2), *(P(text) for text in paragraphs)]


def decision_rows(decisions: list[Decision], level_cell) -> tuple:
    return tuple((d.number, d.question, d.evidence, level_cell(d), d.commentary) for d in decisions)


def write(pack: Pack, data: bytes, records: dict, is_pdf: bool) -> None:
    set_pages(data if is_pdf else None, records)
    (HERE / pack.name).write_bytes(data)
    gold = {"source_file": pack.name, "expect": "ok",
            "checked": "Written by hand beside the text that prints it (round 15, blind, held out); PDF pages "
                       "from pdfplumber's words and checked with `scrutiny inspect`; DOCX pages null.",
            "records": records}
    (HERE / "heldout" / f"{pack.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    print(pack.name, len(data), "bytes", records["documents"][0]["pages"], "pages")


WHEN = datetime(2026, 3, 2, 9, 0, 0)


# --- 1. common: the reference family (PCC for Nottinghamshire, Scrutiny Meeting) ---------

def nottinghamshire() -> None:
    pack = Pack("nottinghamshire-scrutiny-2026-03-04.pdf", "Police and Crime Commissioner for Nottinghamshire",
                "Nottinghamshire Police", "SCRUTINY MEETING", "2026-03-04",
                "DRAFT NOTES – SCRUTINY MEETING (STALKING) – 4 FEBRUARY 2026", "2026-02-04", "Stalking")
    agenda = [("1", "Welcome and apologies", "PCC"),
              ("2", "Notes of the previous meeting and action tracker", "Head of Scrutiny"),
              ("3", "Drug-related harm: force update", "ACC Local Policing"),
              ("4", "Any other business", "PCC")]
    decisions = [
        Decision("1", "How does the force make sure that stalking is recognised and recorded correctly when a "
                 "report is first taken?", "The control room uses a screening question set for every harassment "
                 "report. A monthly audit of 60 incidents found 84% were correctly flagged as stalking. Call "
                 "handlers received refresher input in November 2025.", "A", "Assured",
                 "The PCC was pleased that recording accuracy had improved by eleven points since the last audit."),
        Decision("2", "What proportion of stalking protection orders applied for were granted in 2025, and how "
                 "are breaches enforced?", "Nineteen orders were applied for and sixteen granted. Breaches are "
                 "flagged to the neighbourhood inspector. Four breaches led to arrest, but the force could not yet "
                 "report how many breaches were recorded overall.", "P", "Partly Assured",
                 "The PCC asked for breach data to be reported from the next quarter."),
        Decision("3", "How are victims of stalking kept informed when the suspect is released on bail or "
                 "under investigation?", "Officers are expected to update the victim within 24 hours of a "
                 "release decision. A dip sample showed this happened in 9 of 20 cases. Two victims told the "
                 "victims' service they had learned of the release from the suspect.", "N", "Not Assured",
                 "The PCC was concerned that fewer than half of victims were told in time and asked for a "
                 "recovery plan."),
    ]
    actions = [
        Action("1", None, "Circulate the revised missing persons protocol to partners.",
               "Circulated on 12 January 2026.", "complete", "Complete", "Missing Persons"),
        Action("2", None, "Report the number of return home interviews completed within 72 hours.",
               "Figures to follow in the Q4 performance report.", "outstanding", "Ongoing", "Missing Persons"),
        Action("3", None, "Provide quarterly breach data for stalking protection orders.",
               None, "outstanding", "Ongoing", "Stalking"),
        Action("4", None, "Present a recovery plan for keeping stalking victims informed of release decisions.",
               "Plan drafted; to be presented in April 2026.", "outstanding", "Ongoing", "Stalking"),
    ]
    blocks = front_sheet(pack, "Arnot Hill House, Arnold", agenda) + covering("Report of the Head of Scrutiny", [
        "This pack holds the draft notes of the last scrutiny meeting and the action tracker. The Commissioner's "
        "decisions of assurance are recorded against each question in the notes.",
        "The force has provided a written update on drug-related harm for item 3. The update covers the second "
        "and third quarters of 2025/26 and the results of the county lines intensification week.",
        "Internal audit gave reasonable assurance on the force's management of seized drugs in its January "
        "report; the findings will go to the Joint Audit and Scrutiny Panel in March.",
        "Recommendation: that the notes of 4 February 2026 are agreed as a true record."]) + [
        Break(),
        H(pack.notes_title, 2),
        P("Present: Police and Crime Commissioner (Chair); Chief Executive; Head of Scrutiny; Detective "
          "Superintendent, Public Protection; Victims' Services Manager."),
        P("The Head of Scrutiny explained that the PCC would give a view of assurance for each question. This "
          "does not replace the formal assurance the Joint Audit and Scrutiny Panel provides on the force's "
          "internal controls."),
        T(rows=(("Question", "Brief Summary of Evidence", "Decision of PCC"),
                *((f"{d.number}. {d.question}", d.evidence, (f"**{d.printed}**", f"*{d.commentary}*"))
                  for d in decisions)), widths=(55, 75, 45), header_rows=1),
        P("**Actions**"),
        P("The actions from this meeting have been added to the tracker below."),
        Break(),
        H("ACTION TRACKER 2025/26", 2),
        T(rows=(("Topic", "Action", "Update", "Status"),
                *((a.topic if i % 2 == 0 else None, f"{a.number}. {a.text}", a.update or "", a.printed)
                  for i, a in enumerate(actions))),
          widths=(30, 60, 55, 25), header_rows=1, spans=((1, 0, 2, 1), (3, 0, 2, 1))),
        Break(),
        H("Appendix A – Stalking data, calendar year 2025", 2),
        T(rows=(("Measure", "2024", "2025"), ("Stalking crimes recorded", "1,412", "1,587"),
                ("Charge or summons", "8.1%", "9.4%"), ("Protection orders granted", "11", "16")),
          widths=(80, 30, 30), header_rows=1),
    ]
    records = gold_records(pack, agenda, decisions, actions, "action_tracker", "status_column")
    data = render_pdf(blocks, PdfLook(), pack.title, pack.organisation)
    write(pack, data, records, True)
