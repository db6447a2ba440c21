"""Scrutiny round 15 (blind; held out until scored): six packs of PCC, PFCC and mayoral
offices, each with a front sheet and agenda, a covering report, the notes of
the previous meeting with its assurance decisions, an action tracker and an
appendix. Gold is written beside the tuples that print each pack and kept in
gold/ (heldout/ until the round was scored; see README.md). Names, figures and wording are fictional.

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
    chair: str | None = None  # the office-holder who chairs, where the letterhead names another office


@dataclass(frozen=True)
class Decision:
    number: str
    question: str
    evidence: str
    level: str  # key of LEVELS
    printed: str  # the level as the pack prints it
    commentary: str
    topic: str | None = None  # the item heading over it, where the notes hold several items


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
                       "title": pack.title, "force": pack.force, "organisation": pack.chair or pack.organisation,
                       "meeting_date": pack.date, "publication_date": None, "status": "ok", "pages": None}],
        "meetings": [
            {"page": 1, "meeting_date": pack.date, "topic": None, "organisation": pack.chair or pack.organisation,
             "title": pack.title},
            {"page": None, "meeting_date": pack.notes_date, "topic": pack.topic,
             "organisation": pack.chair or pack.organisation, "title": pack.notes_title, "_find": pack.notes_title},
        ],
        "agenda_items": [{"page": 1, "meeting_date": pack.date, "number": n, "title": plain(t), "presenter": who}
                         for n, t, who in agenda],
        "assurance_decisions": [
            {"page": None, "meeting_date": pack.notes_date, "topic": d.topic or pack.topic, "question_number": d.number,
             "question": plain(d.question), "evidence_summary": plain(d.evidence), "assurance": LEVELS[d.level],
             "commentary": plain(d.commentary) or None, "_find": plain(d.question)} for d in decisions],
        "actions": [
            {"page": None, "meeting_date": a.raised, "topic": a.topic, "number": a.number, "text": plain(a.text),
             "update": plain(a.update) if a.update else None, "status": a.status,
             "status_source": status_source if a.status != "unknown" or status_source == "none" else "none",
             "source": source, "_find": plain(a.text)} for a in actions],
    }


def holds(page_words: list[str], probe: list[str], window: int = 80) -> bool:
    """Whether the probe's words occur in order within ``window`` words of the page (a narrow
    table cell's lines are interleaved with its neighbours' in reading order)."""
    for start, word in enumerate(page_words):
        if word != probe[0]:
            continue
        found = 1
        for later in page_words[start + 1:start + window]:
            if found < len(probe) and later == probe[found]:
                found += 1
        if found == len(probe):
            return True
    return False


def set_pages(data: bytes | None, records: dict) -> None:
    """PDF: a record's page is the first page whose words hold its opening six words in order
    (within a table row's reach); DOCX: null. The front sheet's records keep page 1."""
    pages: list[list[str]] = []
    if data is not None:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [[w["text"] for w in page.extract_words()] for page in pdf.pages]
        records["documents"][0]["pages"] = len(pages)
    for kind in ("meetings", "assurance_decisions", "actions", "agenda_items"):
        for record in records[kind]:
            find = record.pop("_find", None)
            if data is None:
                record["page"] = None
                continue
            if find is None:
                continue
            probe = find.split()[:6]
            hits = [i + 1 for i, page_words in enumerate(pages) if holds(page_words, probe)]
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
    (HERE / "gold" / f"{pack.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
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


# --- 2. common: Word minutes (PCC for Sussex, Accountability and Performance Board) -------

def sussex() -> None:
    pack = Pack("sussex-apb-2026-03-13.docx", "Police and Crime Commissioner for Sussex", "Sussex Police",
                "Accountability and Performance Board", "2026-03-13",
                "Minutes of the Accountability and Performance Board held on 16 January 2026", "2026-01-16", None)
    agenda = [("1", "Apologies and declarations of interest", "Chair"),
              ("2", "Minutes of 16 January 2026 and action log", "Chair"),
              ("3", "Rural and wildlife crime", "Chief Superintendent, Neighbourhoods"),
              ("4", "Finance: month 10 revenue and capital", "Chief Finance Officer"),
              ("5", "Date of next meeting", "Chair")]
    road, retail = "Road safety", "Shoplifting"
    decisions = [
        Decision("1", "What has been the effect of the additional roads policing patrols on the number of people "
                 "killed or seriously injured?", "The force reported 612 people killed or seriously injured in "
                 "2025, down from 655. Patrol hours on the twelve highest-risk routes rose by 30%. Analysts "
                 "cautioned that one year is too short to show a trend.", "A", "Substantial",
                 "The Commissioner welcomed the fall and asked that the evaluation continue for a second year.",
                 road),
        Decision("2", "How quickly are speed camera offences processed, and is there a backlog?", "The "
                 "processing unit holds a backlog of 4,100 offences, about five weeks of work. Two vacancies "
                 "have been filled and the backlog is expected to clear by May.", "P", "Limited",
                 "The Commissioner noted the plan but was concerned that offences could be lost to the "
                 "six-month time limit.", road),
        Decision("1", "How does the force decide which reports of shoplifting are attended?", "All reports with "
                 "a detained suspect, violence or threats are attended. Other reports are assessed against "
                 "CCTV availability. Attendance rose from 41% to 58% in the last six months.", "A", "Substantial",
                 "The Commissioner was assured by the clear policy and the improvement in attendance.", retail),
        Decision("2", "What is being done about repeat offenders who target the same stores?", "The force "
                 "could name its twenty most prolific offenders but had no joint plan with the business crime "
                 "partnership. Criminal behaviour orders had been sought in three cases.", "N", "No assurance",
                 "The Commissioner asked for a joint plan with retailers to be presented at the next board.",
                 retail),
    ]
    actions = [
        Action("APB/17", "2025-11-14", "Share the results of the summer drink-drive campaign.",
               "Results circulated to members on 2 December 2025.", "complete", "Complete"),
        Action("APB/18", "2025-11-14", "Review the wording of the public survey on neighbourhood visibility.",
               "Revised survey to go live in April 2026.", "outstanding", "In progress"),
        Action("APB/19", "2026-01-16", "Report monthly progress on the speed camera backlog.",
               "February figure: 3,350 offences outstanding.", "outstanding", "In progress", road),
        Action("APB/20", "2026-01-16", "Present a joint plan with retailers on prolific shoplifters.",
               None, "outstanding", "Open", retail),
    ]
    by_ref = {a.number: a for a in actions}
    item_blocks: list = []
    for n, heading, qs in (("3", road, decisions[:2]), ("4", retail, decisions[2:])):
        item_blocks.append(H(f"{n}. {heading}", 2))
        for d in qs:
            item_blocks += [P(f"**Question {d.number}: {d.question}**"), P(d.evidence),
                            P(f"**Level of assurance: {d.printed}**"), P(d.commentary)]
        ref = "APB/19" if heading == road else "APB/20"
        item_blocks.append(P(f"**ACTION:** {by_ref[ref].text} ({ref})"))
    blocks = front_sheet(pack, "Sackville House, Lewes, and by video link", agenda) + covering(
        "Covering report", [
            "The Board is the Commissioner's main public forum for holding the Chief Constable to account. "
            "Minutes record a level of assurance for each question, using the scale in the appendix.",
            "The Chief Finance Officer's month 10 report forecasts an underspend of £1.2m, mainly on police "
            "staff pay. Internal audit has given moderate assurance on payroll controls."]) + [
        Break(),
        H(pack.notes_title, 1),
        P("Present: Police and Crime Commissioner; Chief Constable; Deputy Chief Constable; Chief Executive "
          "(OPCC); Chief Finance Officer."),
        H("1. Welcome and apologies", 2),
        P("Apologies were received from the Assistant Chief Constable, Operations."),
        H("2. Minutes and action log", 2),
        P("The minutes of 14 November 2025 were agreed. Progress on the action log was noted."),
        *item_blocks,
        H("5. Any other business", 2),
        P("None."),
        Break(),
        H("Action log", 1),
        T(rows=(("Ref", "Date raised", "Action", "Owner", "Update", "Status"),
                *((a.number, short_date(a.raised), a.text, "DCC" if i % 2 else "OPCC", a.update or "", a.printed)
                  for i, a in enumerate(actions))), widths=(16, 20, 50, 14, 50, 18), header_rows=1),
        H("Appendix: levels of assurance", 2),
        T(rows=(("Level", "Meaning"),
                ("Substantial", "The response fully answers the question and performance is where it should be."),
                ("Limited", "Some of the question is answered or improvement is still to be shown."),
                ("No assurance", "The question was not answered or performance is poor with no plan.")),
          widths=(30, 120), header_rows=1),
    ]
    records = gold_records(pack, agenda, decisions, actions, "action_tracker", "status_column")
    data = render_docx(blocks, title=pack.title, author=pack.organisation, when=WHEN)
    write(pack, data, records, False)


# --- 3. common: a decision table (PCC for Hampshire and Isle of Wight) ------------------

def hampshire() -> None:
    pack = Pack("hampshire-pab-2026-03-10.pdf", "Police and Crime Commissioner for Hampshire and Isle of Wight",
                "Hampshire and Isle of Wight Constabulary", "Performance and Accountability Board", "2026-03-10",
                "Notes of the Performance and Accountability Board – 13 January 2026", "2026-01-13",
                "Neighbourhood policing")
    agenda = [("1", "Welcome, introductions and apologies", "Commissioner"),
              ("2", "Notes and actions of 13 January 2026", "Chief of Staff"),
              ("3", "Serious violence duty: annual update", "ACC Crime and Justice"),
              ("4", "Force management statement", "Deputy Chief Constable")]
    decisions = [
        Decision("1", "How many neighbourhood officers were abstracted to response duties in the last quarter, "
                 "and how is this monitored?", "Neighbourhood officers lost 9% of their hours to abstraction, "
                 "against a force limit of 10%. Abstraction is reviewed weekly by district commanders.", "A",
                 "Assured", "The Commissioner thanked the force for the clear data."),
        Decision("2", "How are local priorities agreed with communities and reported back to them?", "Each "
                 "ward holds a quarterly priority-setting meeting. Attendance is low in urban wards and only "
                 "half of wards published a 'you said, we did' update in 2025.", "P", "Partially Assured",
                 "The Commissioner asked that every ward publishes an update each quarter."),
        Decision("3", "What training have police community support officers received on tackling anti-social "
                 "behaviour with the new powers?", "The force could not say how many officers had completed the "
                 "course; the training record system is being replaced.", "N", "Not Assured",
                 "The Commissioner asked for completion figures within a month."),
    ]
    actions = [
        Action("PAB/101", "2025-11-11", "Provide the results of the victim satisfaction survey by district.",
               "Provided on 8 December 2025.", "complete", "Complete"),
        Action("PAB/102", "2025-11-11", "Brief the Commissioner on the new custody healthcare contract.",
               "Briefing held on 5 January 2026.", "complete", "Complete"),
        Action("PAB/103", "2026-01-13", "Publish a quarterly 'you said, we did' update for every ward.",
               "Template agreed; first updates due in April.", "outstanding", "In progress",
               "Neighbourhood policing"),
        Action("PAB/104", "2026-01-13", "Provide PCSO training completion figures.", None, "outstanding",
               "Overdue", "Neighbourhood policing"),
    ]
    blocks = front_sheet(pack, "St George's Chambers, Winchester", agenda) + covering(
        "Introduction", [
            "The Board meets every two months. Its notes, with the Commissioner's level of assurance for each "
            "question put to the force, are published on the Commissioner's website.",
            "Assurance in this sense is the Commissioner's judgement on the answer given. It is separate from the "
            "assurance the Joint Audit Committee takes from internal and external audit."]) + [
        Break(),
        H(pack.notes_title, 1),
        P("Attendees: Commissioner (Chair); Chief Constable; Chief of Staff; Head of Performance."),
        P("The notes of 11 November 2025 were agreed. The Board reviewed the action log (Appendix 1)."),
        H("Item 3 – Neighbourhood policing", 2),
        T(rows=(("No.", "Question", "Force response", "Assurance level", "PCC comments"),
                *decision_rows(decisions, lambda d: d.printed)), widths=(10, 45, 60, 25, 40), header_rows=1),
        H("Item 4 – Any other business", 2),
        P("No other business was raised."),
        Break(),
        H("Appendix 1 – Action log", 1),
        T(rows=(("Ref", "Meeting date", "Action", "Owner", "Update", "Status"),
                *((a.number, short_date(a.raised), a.text, "Force", a.update or "", a.printed) for a in actions)),
          widths=(18, 20, 50, 15, 50, 18), header_rows=1),
        Break(),
        H("Appendix 2 – Neighbourhood policing figures", 1),
        T(rows=(("District", "Neighbourhood officers", "Abstraction", "Wards with published update"),
                ("Northern", "112", "8%", "14 of 26"), ("Eastern", "98", "11%", "9 of 22"),
                ("Western", "121", "9%", "12 of 24"), ("Isle of Wight", "44", "6%", "10 of 15")),
          widths=(40, 40, 30, 50), header_rows=1),
    ]
    records = gold_records(pack, agenda, decisions, actions, "action_tracker", "status_column")
    # The office's one name (docs/gold-format.md): its area as the office styles it, not as this pack prints it.
    for record in records["documents"] + records["meetings"]:
        record["organisation"] = "Police and Crime Commissioner for Hampshire and the Isle of Wight"
    data = render_pdf(blocks, PdfLook(font="Times-Roman", bold_font="Times-Bold", italic_font="Times-Italic"),
                      pack.title, pack.organisation)
    write(pack, data, records, True)


# --- 4. new: a summary-of-assurance table after the prose answers (Mayor of Greater Manchester) ---

def greater_manchester() -> None:
    pack = Pack("greater-manchester-pam-2026-03-19.docx", "Mayor of Greater Manchester",
                "Greater Manchester Police", "Police Accountability Meeting", "2026-03-19",
                "Notes of the Police Accountability Meeting, 22 January 2026", "2026-01-22", "Burglary",
                # "Present: Deputy Mayor (Chair)", named in full in the introduction
                "Deputy Mayor for Policing, Crime, Criminal Justice and Fire")
    agenda = [("1", "Welcome and introductions", "Deputy Mayor"),
              ("2", "Notes and actions from 22 January 2026", "Head of Police Accountability"),
              ("3", "Vehicle crime", "Chief Superintendent, Crime"),
              ("4", "Police and Crime Plan: quarter 3 performance", "Head of Performance"),
              ("5", "Close", "Deputy Mayor")]
    decisions = [
        Decision("1", "Is every report of residential burglary attended, and how quickly?", "Every residential "
                 "burglary has been attended since April 2025. The median time to attend was 2 hours 40 minutes, "
                 "and 93% were attended within 24 hours.", "A", "Assured",
                 "Attendance is consistent and evidenced by district-level data."),
        Decision("2", "Why has the burglary charge rate fallen in two districts while it has risen elsewhere?",
                 "The force said both districts lost experienced detectives to the major crime unit. A "
                 "mentoring scheme started in December; it is too early to see its effect.", "P", "Partial",
                 "The cause is understood but the fix is not yet proven."),
        Decision("3", "How does the force use forensic results to link burglaries into series?", "Forensic "
                 "submissions are reviewed daily. The force could not show how many series had been identified "
                 "or how long results took to reach investigators.", "N", "Not assured",
                 "No data was offered to support the answer."),
    ]
    actions = [
        Action("PAM 25-31", "2025-11-20", "Share the retail crime partnership's terms of reference.",
               "Shared on 1 December 2025.", "complete", "Closed"),
        Action("PAM 25-32", "2025-11-20", "Report the number of officers trained in the new crime recording "
               "standard.", "412 of 560 trained; report to follow in April.", "outstanding", "Open"),
        Action("PAM 26-01", "2026-01-22", "Provide the number of burglary series identified from forensic results "
               "and the time taken to reach investigators.", "Data request with the forensic service.",
               "outstanding", "Open", "Burglary"),
        Action("PAM 26-02", "2026-01-22", "Report the effect of the detective mentoring scheme on charge rates.",
               "Due July 2026.", "outstanding", "Open", "Burglary"),
    ]
    blocks = front_sheet(pack, "Tootal Buildings, Manchester", agenda) + covering(
        "About this meeting", [
            "The Mayor holds the Chief Constable to account through the Deputy Mayor for Policing, Crime, "
            "Criminal Justice and Fire. Each meeting takes one theme of the Police and Crime Plan.",
            "After each meeting the Deputy Mayor records whether she is assured by the force's answers. The "
            "summary of assurance is published with the notes.",
            "The Greater Manchester Fire and Rescue Service is held to account at a separate meeting."]) + [
        Break(),
        H(pack.notes_title, 1),
        P("**Theme:** Burglary"),
        P("**Present:** Deputy Mayor (Chair); Deputy Chief Constable; Head of Police Accountability; "
          "Burglary Lead, Specialist Crime."),
        P("The Deputy Mayor welcomed attendees and reminded them that the notes would be published."),
        *(block for d in decisions for block in (H(f"Question {d.number}", 3), P(f"*{d.question}*"),
                                                  P(d.evidence))),
        H("Summary of assurance", 2),
        T(rows=(("No.", "Assurance", "Reason"), *((d.number, d.printed, d.commentary) for d in decisions)),
          widths=(12, 30, 120), header_rows=1),
        H("Actions agreed", 2),
        P("Two actions were agreed (PAM 26-01 and PAM 26-02); they appear on the action log."),
        Break(),
        H("Action log", 1),
        T(rows=(("Ref", "Raised", "Action", "Update", "Status"),
                *((a.number, long_date(a.raised), a.text, a.update or "", a.printed) for a in actions)),
          widths=(20, 25, 55, 50, 15), header_rows=1),
        H("Appendix: burglary by district, April to December 2025", 2),
        T(rows=(("District", "Burglaries", "Charge rate"), ("North", "1,104", "6.8%"), ("South", "987", "4.1%"),
                ("East", "1,230", "7.5%"), ("West", "1,016", "3.9%")), widths=(50, 40, 40), header_rows=1),
    ]
    records = gold_records(pack, agenda, decisions, actions, "action_tracker", "status_column")
    data = render_docx(blocks, title=pack.title, author=pack.organisation, when=WHEN)
    write(pack, data, records, False)


# --- 5. new: a tick in one of three assurance columns (PFCC for Staffordshire) --------------

def staffordshire() -> None:
    pack = Pack("staffordshire-sgb-2026-03-26.pdf", "Staffordshire Commissioner for Police, Fire and Rescue and Crime",
                "Staffordshire Police", "Strategic Governance Board", "2026-03-26",
                "Strategic Governance Board – notes of the meeting on 29 January 2026", "2026-01-29",
                "Child criminal exploitation")
    agenda = [("1", "Apologies", "Commissioner"),
              ("2", "Notes of 29 January 2026 and action log", "Governance Manager"),
              ("3", "Police budget monitoring, quarter 3", "Director of Finance"),
              ("4", "Policing Plan delivery report", "Deputy Chief Constable"),
              ("5", "Any other business", "Commissioner")]
    decisions = [
        Decision("1", "How many children were referred to the exploitation hub in 2025, and how many were "
                 "supported by a trusted adult?", "The hub received 346 referrals. 201 children were offered a "
                 "trusted adult worker and 164 accepted.", "A", "✓", "Clear figures, shared with partners."),
        Decision("2", "How does the force identify adults who recruit children into county lines?", "Intelligence "
                 "from missing episodes is mapped weekly. The force described its approach but could not say how "
                 "many recruiters had been charged.", "P", "✓", "Outcome data to be added to the delivery report."),
        Decision("3", "Are return home interviews shared with investigating officers?", "Interviews are held by "
                 "the two local authorities. Officers do not have routine access and the information-sharing "
                 "agreement has lapsed.", "N", "✓", "A lapsed agreement is a risk to children."),
    ]
    actions = [
        Action("1", "2025-11-27", "Circulate the rural crime strategy to board members.", "Circulated.",
               "complete", "✓"),
        Action("2", "2026-01-29", "Add recruiter charge and conviction figures to the delivery report.",
               "Included in the quarter 3 report (item 4).", "complete", "✓", "Child criminal exploitation"),
        Action("3", "2026-01-29", "Renew the information-sharing agreement on return home interviews.",
               "Draft with both local authorities' legal teams.", "outstanding", "✗", "Child criminal exploitation"),
    ]
    columns = ("A", "P", "N")
    blocks = front_sheet(pack, "Governance Suite, Weston Road, Stafford", agenda) + covering(
        "Purpose of the Board", [
            "The Strategic Governance Board is where the Commissioner holds the Chief Constable to account for "
            "delivery of the Police and Crime Plan. The fire and rescue service reports to a separate board.",
            "For each question the Commissioner's view is marked in one of three columns: assured, partly "
            "assured or not assured. Where a mark is partly or not assured an action is usually set.",
            "The Ethics, Transparency and Audit Panel gives independent assurance on governance; its annual "
            "report is due in June."]) + [
        Break(),
        H(pack.notes_title, 1),
        P("**Subject:** Child criminal exploitation"),
        P("Present: Commissioner; Chief Constable; Chief Executive; Detective Chief Superintendent, "
          "Public Protection."),
        T(rows=(("No.", "Question", "Response summary", "Assured", "Partly assured", "Not assured", "Comment"),
                *((d.number, d.question, d.evidence,
                   *("✓" if d.level == c else "" for c in columns), d.commentary) for d in decisions)),
          widths=(8, 55, 70, 17, 17, 17, 45), header_rows=1),
        Break(),
        H("Action log", 1),
        P("✓ = complete; ✗ = not yet complete"),
        T(rows=(("No.", "Date", "Action", "Update", "Done"),
                *((a.number, short_date(a.raised), a.text, a.update or "", a.printed) for a in actions)),
          widths=(10, 22, 70, 70, 14), header_rows=1),
        Break(),
        H("Appendix: exploitation hub referrals by source", 2),
        T(rows=(("Source", "Referrals"), ("Police", "158"), ("Children's social care", "97"), ("Schools", "61"),
                ("Health", "30")), widths=(60, 30), header_rows=1),
    ]
    records = gold_records(pack, agenda, decisions, actions, "action_tracker", "status_column")
    data = render_pdf(blocks, PdfLook(landscape=True, margin=50), pack.title, pack.organisation)
    write(pack, data, records, True)


# --- 6. new: a card per question with a RAG word (Mayor's Office for Policing and Crime) ----

def london() -> None:
    pack = Pack("mopac-oversight-2026-03-17.pdf", "Mayor's Office for Policing and Crime",
                "Metropolitan Police Service", "MOPAC Oversight Board", "2026-03-17",
                "Oversight Board: summary of the meeting of 20 January 2026", "2026-01-20",
                "Violence against women and girls")
    agenda = [("1", "Apologies and minutes", "Deputy Mayor"),
              ("2", "Summary of 20 January 2026 and actions", "Director of Strategy"),
              ("3", "Met performance: quarter 3", "Deputy Commissioner"),
              ("4", "Custody and detention", "Commander, Met Detention")]
    decisions = [
        Decision("1", "How many officers have completed the sexual offences investigation training in the last "
                 "year?", "1,842 officers completed the course, 88% of the target. Places have been added for "
                 "the remaining officers in the spring.", "A", "Green",
                 "Good progress; the Deputy Mayor asked for the spring figures."),
        Decision("2", "How long does it take for rape victims' mobile phones to be returned?", "The median "
                 "return time fell from 43 to 19 days. Eight per cent of phones are still kept more than three "
                 "months.", "P", "Amber",
                 "Median is better, but the long tail remains a concern for victims."),
        Decision("3", "What is the Met doing about officers who are subject to repeated complaints of "
                 "domestic abuse?", "The Met reviewed 160 officers and staff. The results of the review and "
                 "the actions taken were not available to the Board.", "N", "Red",
                 "The Deputy Mayor expects the review results at the next Board."),
    ]
    actions = [
        Action("OB-044", "2025-11-18", "Publish the stop and search community monitoring report.",
               "Published on 15 December 2025.", "complete", "Closed"),
        Action("OB-045", "2026-01-20", "Share the spring training figures for the sexual offences course.",
               "Due after the April cohort.", "outstanding", "Open – on track", "Violence against women and girls"),
        Action("OB-046", "2026-01-20", "Present the results of the review of officers with repeated domestic "
               "abuse complaints.", "Review report delayed by legal advice.", "outstanding", "Open – delayed",
               "Violence against women and girls"),
    ]
    card_rows: list = []
    spans: list = []
    fills: dict = {}
    colour = {"A": GREEN, "P": AMBER, "N": RED}
    for d in decisions:
        r = len(card_rows)
        card_rows += [(f"Question {d.number}", d.question), ("What we heard", d.evidence),
                      ("Rating", f"**{d.printed}**"), ("Deputy Mayor's view", d.commentary)]
        fills[(r + 2, 1)] = colour[d.level]
    look = register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font,
                   header="MOPAC Oversight Board – OFFICIAL", footer="Mayor's Office for Policing and Crime")
    blocks = front_sheet(pack, "City Hall, Kamal Chunchie Way, London", agenda) + covering(
        "Covering note", [
            "The Oversight Board is the Deputy Mayor's main formal meeting with the Met's senior leaders. "
            "This pack holds the summary of the last Board and the action tracker.",
            "Ratings: Green – the Deputy Mayor is assured; Amber – partially assured; Red – not assured.",
            "The Audit Panel's latest report gave limited assurance on the Met's management of seized property; "
            "that is reported separately and is not a Board rating."]) + [
        Break(),
        H(pack.notes_title, 1),
        P("Focus: Violence against women and girls"),
        P("Attending: Deputy Mayor for Policing and Crime (Chair); Deputy Commissioner; Director of Strategy."),
        P("Key: Green – assured; Amber – partially assured; Red – not assured.", size=9),
        T(rows=tuple(card_rows), widths=(35, 130), fills=fills),
        Break(),
        H("Action tracker", 1),
        T(rows=(("Ref", "Board", "Action", "Progress", "Status"),
                *((a.number, short_date(a.raised), a.text, a.update or "", a.printed) for a in actions)),
          widths=(18, 22, 60, 50, 25), header_rows=1),
        H("Annex: quarter 3 headline measures", 2),
        T(rows=(("Measure", "Q2", "Q3"), ("Rape offences charged", "212", "238"),
                ("Domestic abuse arrests", "5,910", "6,044")), widths=(70, 25, 25), header_rows=1),
    ]
    records = gold_records(pack, agenda, decisions, actions, "action_tracker", "status_column")
    # As the promoted MOPAC gold: the office holder the notes name holds the meetings (gold corrected after
    # the held-out score; first written as the office's name).
    for record in records["documents"] + records["meetings"]:
        record["organisation"] = "Deputy Mayor for Policing and Crime"
    data = render_pdf(blocks, look, pack.title, pack.organisation)
    write(pack, data, records, True)


def main() -> None:
    (HERE / "gold").mkdir(exist_ok=True)
    for build in (nottinghamshire, sussex, hampshire, greater_manchester, staffordshire, london):
        build()


if __name__ == "__main__":
    main()
