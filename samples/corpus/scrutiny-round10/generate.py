"""Scrutiny round 10 (issue 4): five full-length PCC packs as offices publish them,
written blind (before the extractors' code was read), each with its hand-written gold
in ./gold/<file>.json (staged gold: the fixers promote it to samples/gold).

Each pack is a whole pack: a front sheet and agenda, a covering report whose
"Recommendation: the PCC is asked to note ..." and terms of reference (the
assurance scale defined) are no decisions, the notes of the previous meeting with
their decisions and actions, an action tracker that still lists actions closed at
earlier meetings and runs over a page break, a performance appendix of RAG-rated
figures that are no assurance decisions, and this meeting's questions (not yet
decided). Names, figures and wording are fictional.

    .venv/bin/python samples/corpus/scrutiny-round10/generate.py

Deterministic bytes: reportlab's invariant mode (render.py) and fixed zip times.
"""

from __future__ import annotations

import io
import json
import re
import sys
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))
sys.path.insert(0, str(HERE.parents[1]))

from generator.model import plain  # noqa: E402
from pypdf import PdfReader  # noqa: E402
import render  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.platypus import TableStyle  # noqa: E402
from render import H, P, Bul, Num, T, Break, PdfLook, render_pdf, render_docx  # noqa: E402

CHECKED = ("Written by hand in samples/corpus/scrutiny-round10/generate.py next to the text it describes, "
           "blind (before the extractors' code was read); PDF pages found in the generated PDF's own text and "
           "checked with `scrutiny inspect`; levels and statuses mapped by hand (conventions in README.md).")

GREEN, AMBER, RED, BLUE = "#00b050", "#ffc000", "#ff0000", "#0070c0"
GREEN_FILL, AMBER_FILL, RED_FILL = "#92d050", "#ffc000", "#ff5050"

LEVELS = {"assured": "Assured", "partly": "Partly assured", "not": "Not assured"}


@dataclass(frozen=True)
class MergedColumnT(T):
    """A table whose first column is merged down over each group of rows, drawn as Word
    draws a merged cell the PDF cannot hold as one: the text in the group's first row and
    no rule between the group's rows in that column, so that reportlab may break the page
    inside a group (a reportlab SPAN never breaks), the topic cell carrying on blank."""

    group_starts: tuple[int, ...] = ()


def _pdf_table(table: T, look: PdfLook, width: float):
    if not isinstance(table, MergedColumnT):
        return _plain_pdf_table(table, look, width)
    out = _plain_pdf_table(replace(table, bordered=False), look, width)
    n_rows, n_cols = len(table.rows), len(table.widths)
    lines = [("BOX", (0, 0), (-1, -1), 0.5, colors.black),
             ("INNERGRID", (1, 0), (-1, -1), 0.5, colors.black),
             ("LINEAFTER", (0, 0), (0, -1), 0.5, colors.black)]
    lines += [("LINEABOVE", (0, r), (0, r), 0.5, colors.black)
              for r in range(1, n_rows) if r <= table.header_rows or r in table.group_starts]
    out.setStyle(TableStyle(lines))
    return out


_plain_pdf_table = render._pdf_table
render._pdf_table = _pdf_table


def decision(meeting_date: str, topic: str | None, number: str | None, question: str, evidence: list[str],
             level: str, commentary: str | None) -> dict:
    return {"page": None, "meeting_date": meeting_date, "topic": topic, "question_number": number,
            "question": plain(question), "evidence_summary": "\n".join(plain(e) for e in evidence),
            "assurance": LEVELS[level], "commentary": plain(commentary) if commentary else None}


def action(text: str, *, meeting_date: str | None, topic: str | None, number: str | None, update: str | None,
           status: str, status_source: str, source: str) -> dict:
    return {"page": None, "meeting_date": meeting_date, "topic": topic, "number": number, "text": plain(text),
            "update": plain(update) if update else None, "status": status, "status_source": status_source,
            "source": source}


def agenda(meeting_date: str, rows: list[tuple[str, str, str]]) -> list[dict]:
    return [{"page": 1, "meeting_date": meeting_date, "number": n, "title": plain(t), "presenter": p}
            for n, t, p in rows]


def _norm(text: str) -> str:
    """Whitespace collapsed, case kept: an agenda line may repeat a notes heading in other case."""
    return re.sub(r"\s+", " ", text).strip()


def set_pdf_pages(data: bytes, records: dict, finds: dict[int, str]) -> None:
    """Each record's page: the first page whose text holds its find string (the
    question's or action's opening words), so the gold follows the PDF as rendered."""
    pages = [_norm(page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages]
    records["documents"][0]["pages"] = len(pages)
    for kind, items in records.items():
        for item in items:
            key = finds.get(id(item))
            if key is None:
                continue
            needle = _norm(key)
            hits = [i + 1 for i, text in enumerate(pages) if needle in text]
            if not hits:
                raise SystemExit(f"{kind}: {key!r} not found in the PDF's text")
            item["page"] = hits[0]


def write(directory: Path, name: str, data: bytes, records: dict) -> None:
    """The pack into ``directory`` and its gold into ``directory``/gold."""
    (directory / name).write_bytes(data)
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED.replace("scrutiny-round10/", directory.name + "/"),
            "records": records}
    (directory / "gold").mkdir(exist_ok=True)
    (directory / "gold" / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    counts = {k: len(v) for k, v in records.items()}
    pages = {k: [r["page"] for r in records[k]] for k in ("assurance_decisions", "actions")}
    print(f"{name}: {len(data)} bytes; {counts}; pages {pages}")


def document(file_type: str, title: str, force: str, organisation: str, meeting_date: str) -> dict:
    return {"page": None, "file_type": file_type, "pages": None, "doc_kind": "scrutiny_pack", "title": title,
            "force": force, "organisation": organisation, "meeting_date": meeting_date,
            "publication_date": None, "status": "ok"}


def meeting(page: int | None, meeting_date: str, topic: str | None, organisation: str, title: str) -> dict:
    return {"page": page, "meeting_date": meeting_date, "topic": topic, "organisation": organisation,
            "title": plain(title)}


# ---------------------------------------------------------------------------
# 1. Lancashire: an Accountability Board pack (PDF). The earlier Lancashire pack
# (scrutiny-unseen) used a No. | Question | Evidence provided | Assurance table;
# this one minutes the previous meeting in paragraphs, each question closed by a
# bold "PCC decision:" line and the PCC's paragraph; Ref | Date raised | Topic |
# Action | Owner | Update | Status log with status words.
# ---------------------------------------------------------------------------

def lancashire() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for Lancashire"
    date, prev = "2025-10-14", "2025-09-09"
    topic = "Serious Violence"
    finds: dict[int, str] = {}
    agenda_rows = [
        ("1", "Welcome and apologies", "PCC"),
        ("2", "Notes of the meeting held on 9 September 2025 and action log", "Chief of Staff"),
        ("3", "Neighbourhood Policing", "Lancashire Constabulary"),
        ("4", "Performance report - Quarter 2 2025/26", "Head of Performance"),
        ("5", "Any other business", "PCC"),
        ("6", "Date of next meeting: Tuesday 11 November 2025", "PCC"),
    ]
    blocks: list = [
        P("**Police and Crime Commissioner for Lancashire**", size=13),
        P("County Hall, Preston PR1 0LD  |  commissioner@lancashire-pcc.example.gov.uk  |  01772 000000", size=9),
        H("ACCOUNTABILITY BOARD", 1),
        P("**Date:** Tuesday 14 October 2025"),
        P("**Time:** 10:00am - 12:30pm"),
        P("**Venue:** Committee Room C, County Hall, and Microsoft Teams"),
        H("Agenda", 2),
        T(rows=(("Item", "Title", "Lead"),) + tuple(agenda_rows), widths=(10, 64, 26), header_rows=1),
        P("Papers for items 2 to 4 are attached. The notes are published on the Commissioner's website once "
          "they have been agreed at the following Board.", size=9),
        Break(),
        H("Agenda item 2", 2),
        T(rows=(("Report to:", "Accountability Board"),
                ("Date:", "14 October 2025"),
                ("Subject:", "Notes of the meeting held on 9 September 2025 and action log"),
                ("Author:", "Chief of Staff, Office of the Police and Crime Commissioner")),
          widths=(25, 75)),
        H("1. Purpose", 3),
        P("To present the draft notes of the Accountability Board held on 9 September 2025, which considered "
          "serious violence, and the updated action log at Appendix A."),
        H("2. Recommendation", 3),
        P("**Recommendation:** the PCC is asked to note the draft notes of the meeting held on 9 September 2025, "
          "to agree them as an accurate record, and to note the progress reported on the action log."),
        H("3. Background", 3),
        P("The Accountability Board is the main formal meeting at which the Commissioner holds the Chief "
          "Constable to account for the delivery of the Police and Crime Plan. The Board's terms of reference "
          "require the Commissioner to record, after each question put to the Constabulary, one of three "
          "levels of assurance:"),
        Bul(("**Assured** - the Constabulary has shown that it understands the issue, has effective plans in "
             "place and can evidence their impact;",
             "**Partially assured** - plans are in place but their impact cannot yet be evidenced, or there "
             "are gaps the Commissioner expects to be addressed;",
             "**Not assured** - the Commissioner is not satisfied that the issue is understood or being "
             "addressed, and will return to it.")),
        P("Giving the public assurance that the Constabulary is held to account is one of the Commissioner's "
          "statutory duties, and the notes of each Board are published for that reason. Actions are closed "
          "only when the Commissioner is satisfied that they have been discharged; closed actions stay on the "
          "log for one further meeting so that members of the public can see how they were resolved."),
        H("4. Financial and risk implications", 3),
        P("There are no financial implications arising from this report. The Joint Audit Committee receives "
          "an annual summary of the Board's work as part of its assurance on governance."),
        Break(),
        H("NOTES OF THE ACCOUNTABILITY BOARD - 9 SEPTEMBER 2025", 2),
        P("**Topic:** Serious Violence"),
        P("**Present:** Police and Crime Commissioner (Chair); Chief of Staff; Chief Finance Officer; "
          "Deputy Chief Constable; Assistant Chief Constable (Local Policing); Detective Chief "
          "Superintendent (Crime); Head of Performance, Lancashire Constabulary; Policy Officer (notes)."),
        P("**Apologies:** Chief Constable."),
        H("1. Welcome and apologies", 3),
        P("The PCC welcomed everyone to the meeting. Apologies were noted. There were no declarations of "
          "interest."),
        H("2. Serious Violence", 3),
        P("The Deputy Chief Constable introduced the Constabulary's paper on the response to the Serious "
          "Violence Duty and the work of the Violence Reduction Network."),
    ]
    questions = [
        ("How is the Constabulary using its serious violence problem profile to direct patrols to the places "
         "and times where violence is most likely?",
         ["The problem profile was refreshed in June 2025 and identifies fourteen hotspot areas, eleven of "
          "them in town centres with a night-time economy. Each hotspot has a named inspector and a patrol "
          "plan reviewed every four weeks.",
          "Hotspot patrols have been funded through the Grip programme since April. Violence with injury in "
          "the hotspot areas fell by 17% in the first quarter against the same quarter of 2024, while it "
          "rose by 2% elsewhere in the county."],
         "assured",
         "The PCC was encouraged by the results in the hotspot areas and asked that the quarterly "
         "performance report continue to show them separately from the rest of the county."),
        ("What is the Constabulary doing to reduce knife crime among young people, and how does it know "
         "whether the interventions work?",
         ["Knife possession offences by under-18s rose by 9% in the year to June 2025. Weapons sweeps and "
          "knife arches are used at events and in schools on request.",
          "The Constabulary funds two youth diversion schemes with the Violence Reduction Network. Referral "
          "numbers are known, but the schemes have not yet been evaluated and reoffending by the young "
          "people referred is not tracked.",
          "The Detective Chief Superintendent said the Constabulary took some assurance from the fall in "
          "hospital admissions for stab wounds, although the numbers are small."],
         "partly",
         "The PCC recognised the work under way but was concerned that the impact of the diversion schemes "
         "cannot yet be shown, and asked for an evaluation plan to come back to the Board."),
        ("How well are the Constabulary and its partners sharing data under the Serious Violence Duty?",
         ["A data-sharing agreement with the four community safety partnerships was signed in May 2025, but "
          "hospital emergency department data has not been received since March because of a change of "
          "system at two trusts.",
          "The strategic needs assessment due in July has been delayed until the data is available, and no "
          "date has been agreed with the trusts."],
         "not",
         "The PCC was not satisfied that the delay in sharing hospital data was being escalated and will "
         "raise it with the chairs of the integrated care boards. The topic will return to the Board in "
         "January 2026."),
    ]
    labels = {"assured": "Assured", "partly": "Partially assured", "not": "Not assured"}
    records_d = []
    for i, (question, evidence, level, comment) in enumerate(questions, 1):
        blocks.append(P(f"**Question {i}:** {question}"))
        blocks += [P(e) for e in evidence]
        blocks.append(P(f"**PCC decision: {labels[level]}**"))
        blocks.append(P(comment))
        rec = decision(prev, topic, str(i), question, evidence, level, comment)
        finds[id(rec)] = question[:60]
        records_d.append(rec)
    list_actions = [
        "The Constabulary to bring an evaluation plan for the two youth diversion schemes to the January 2026 "
        "Board.",
        "The OPCC to write to the chairs of the integrated care boards about the sharing of emergency "
        "department data.",
        "The Constabulary to report violence with injury in the hotspot areas separately in the quarterly "
        "performance report.",
    ]
    blocks += [H("Actions arising", 3), Num(tuple(list_actions)),
               H("3. Any other business", 3),
               P("The Chief Finance Officer reminded the Board that the precept consultation opens in November. "
                 "There was no other business."),
               P("The meeting closed at 12:20pm.")]
    records_a = []
    for i, text in enumerate(list_actions, 1):
        rec = action(text, meeting_date=prev, topic=topic, number=str(i), update=None, status="unknown",
                     status_source="none", source="action_list")
        finds[id(rec)] = text[:50]
        records_a.append(rec)
    # Appendix A: the log; no status colour, a Status column in words.
    log = [
        ("A31", "11/03/2025", "Road Safety", "The Constabulary to share its speed enforcement plan for the "
         "routes with the most serious collisions.", "ACC Local Policing", "Plan shared with the OPCC on "
         "2 April 2025.", "Closed", "complete", "2025-03-11"),
        ("A32", "11/03/2025", "Road Safety", "The OPCC to invite the Road Safety Partnership to present "
         "its casualty reduction strategy.", "Chief of Staff", "Presented to the Board on 8 July 2025.",
         "Closed", "complete", "2025-03-11"),
        ("A35", "13/05/2025", "Rural Crime", "The Constabulary to report the number of rural crime "
         "specialists trained in each division.", "DCS Crime", "Figures provided in the rural crime "
         "update of 30 June 2025: 42 officers trained.", "Complete", "complete", "2025-05-13"),
        ("A36", "13/05/2025", "Rural Crime", "The Constabulary to consider a rural crime community "
         "messaging service.", "ACC Local Policing", "Options paper being prepared; due December 2025.",
         "Ongoing", "outstanding", "2025-05-13"),
        ("A37", "13/05/2025", "Rural Crime", "The OPCC to explore match funding for farm watch "
         "equipment with the National Farmers' Union.", "Commissioning Manager", "Meeting held with the "
         "NFU; a joint bid will be submitted in the new year.", "Ongoing", "outstanding", "2025-05-13"),
        ("A38", "08/07/2025", "Victim Services", "The Constabulary to audit compliance with the Victims' "
         "Code for crimes closed without a suspect.", "Head of Performance", "Audit of 200 crimes "
         "completed; results reported to the Victims' Board on 2 October 2025.", "Complete", "complete",
         "2025-07-08"),
        ("A39", "08/07/2025", "Victim Services", "The OPCC to review the referral pathway to the victims' "
         "hub for victims of fraud.", "Commissioning Manager", "Review scheduled for November 2025.",
         "Open", "outstanding", "2025-07-08"),
        ("A40", "08/07/2025", "Victim Services", "The Constabulary to provide the number of victim "
         "personal statements taken for burglary.", "DCS Crime", "Not yet started; the data is not "
         "recorded in a form that can be searched.", "Not started", "outstanding", "2025-07-08"),
    ]
    blocks += [Break(), H("Appendix A - Accountability Board action log (as at 30 September 2025)", 2),
               P("Actions closed at the last Board remain on the log for one meeting and will then be removed.",
                 size=9)]
    rows = [("Ref", "Date raised", "Topic", "Action", "Owner", "Update", "Status")]
    for ref, raised, top, text, owner, update, status_word, status, iso in log:
        rows.append((ref, raised, top, text, owner, update, status_word))
        rec = action(text, meeting_date=iso, topic=top, number=ref, update=update, status=status,
                     status_source="status_column", source="action_tracker")
        finds[id(rec)] = text[:40]
        records_a.append(rec)
    blocks.append(T(rows=tuple(rows), widths=(7, 12, 11, 25, 11, 23, 11), header_rows=1))
    # Item 3: this meeting's questions, not yet decided.
    blocks += [
        Break(),
        H("Agenda item 3: Neighbourhood Policing", 2),
        T(rows=(("Report Title", "Neighbourhood Policing"), ("Meeting Date", "Tuesday 14 October 2025"),
                ("Presented by", "Assistant Chief Constable (Local Policing)")), widths=(30, 70)),
        H("Rationale for questions", 3),
        P("The Neighbourhood Policing Guarantee commits forces to named, contactable officers for every "
          "neighbourhood and to visible patrols at peak times. Residents' survey results show that confidence "
          "in local policing has fallen in two of the three divisions. The Commissioner is seeking assurance "
          "that the guarantee will be delivered in every neighbourhood."),
        H("Questions to the Chief Constable", 3),
        Num(("How many neighbourhood officers and PCSOs are abstracted to response duties each month, and what "
             "is being done to reduce this?",
             "How will residents know who their named neighbourhood officer is, and how quickly are their "
             "messages answered?",
             "What does the Constabulary expect the new funding for neighbourhood patrols to deliver by March "
             "2026?")),
        H("OPCC background information", 3),
        P("The OPCC's community engagement team attended 46 community meetings between April and September. "
          "Antisocial behaviour and speeding were raised most often. Complaints about neighbourhood policing "
          "to the OPCC rose from 12 to 19 over the same period."),
    ]
    # Item 4: performance appendix with RAG ratings that are no assurance decisions.
    perf = [
        ("999 calls answered within 10 seconds", "91.2%", "89.4%", "90%", "Amber", "Down"),
        ("101 calls: average wait (minutes)", "6.1", "4.8", "5.0", "Green", "Up"),
        ("Emergency attendance within 15 minutes (urban)", "82%", "84%", "85%", "Amber", "Up"),
        ("Violence with injury: change on last year", "-4%", "-6%", "Reduction", "Green", "Up"),
        ("Residential burglary: charge/summons rate", "5.2%", "4.1%", "7%", "Red", "Down"),
        ("Victim satisfaction: whole experience", "71%", "73%", "75%", "Amber", "Up"),
        ("Domestic abuse arrest rate", "38%", "41%", "40%", "Green", "Up"),
    ]
    fill = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
    blocks += [
        Break(),
        H("Agenda item 4: Performance report - Quarter 2 2025/26", 2),
        P("This report sets out performance against the measures in the Police and Crime Plan for July to "
          "September 2025. RAG ratings compare performance with the target only: Green - on or better than "
          "target; Amber - within 5% of target; Red - more than 5% from target. They are not levels of "
          "assurance."),
        T(rows=(("Measure", "Q1", "Q2", "Target", "RAG", "Trend"),) + tuple(perf), widths=(44, 11, 11, 12, 11, 11),
          header_rows=1, fills={(r, 4): fill[row[4]] for r, row in enumerate(perf, 1)}),
        P("**Recommendation:** the PCC is asked to note the performance report and to raise any matters of "
          "concern with the Chief Constable."),
        P("The Commissioner's office is assured that the figures have been produced in line with the Home "
          "Office counting rules; the Constabulary's data quality team checks each measure before publication.",
          size=10),
    ]
    data = render_pdf(blocks, PdfLook(margin=54.0, cell_size=9.0, footer="Accountability Board - 14 October 2025"),
                      title="Accountability Board - 14 October 2025", author="OPCC Lancashire")
    records = {
        "documents": [document("pdf", "Accountability Board", "Lancashire Constabulary", org, date)],
        "meetings": [meeting(1, date, None, org, "Accountability Board"),
                     meeting(None, prev, topic, org, "NOTES OF THE ACCOUNTABILITY BOARD - 9 SEPTEMBER 2025")],
        "agenda_items": agenda(date, agenda_rows),
        "assurance_decisions": records_d,
        "actions": records_a,
    }
    finds[id(records["meetings"][1])] = "NOTES OF THE ACCOUNTABILITY BOARD - 9 SEPTEMBER 2025"
    set_pdf_pages(data, records, finds)
    return data, records



def performance_table(rows: list[tuple[str, ...]], header: tuple[str, ...], rag_col: int,
                      widths: tuple[float, ...]) -> T:
    """A performance appendix table whose RAG column is shaded and says its colour in words."""
    fill = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
    return T(rows=(header,) + tuple(rows), widths=widths, header_rows=1,
             fills={(r, rag_col): fill[row[rag_col]] for r, row in enumerate(rows, 1)})


# ---------------------------------------------------------------------------
# 2. Dyfed-Powys: a Policing Accountability Board pack (PDF). The earlier Dyfed-Powys
# pack (round 3) was Word minutes with decisions stated in sentences and a C/O
# action log; this one is a Word-made PDF with a bilingual letterhead, draft notes in
# a Question | Brief Summary of Evidence | Decision of the Commissioner table (bold
# level over an italic comment), and a Topic | Action | Update | Status tracker of
# green/red squares under a legend, whose merged topic cell runs over a page break.
# ---------------------------------------------------------------------------

def dyfed_powys() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for Dyfed-Powys"
    date, prev = "2025-11-18", "2025-09-23"
    topic = "Violence Against Women and Girls"
    notes_title = "DRAFT NOTES - POLICING ACCOUNTABILITY BOARD (VIOLENCE AGAINST WOMEN AND GIRLS) - 23 SEPTEMBER 2025"
    finds: dict[int, str] = {}
    agenda_rows = [
        ("1", "Apologies for absence / Ymddiheuriadau", "Commissioner"),
        ("2", "Draft notes - Policing Accountability Board (Violence Against Women and Girls) - 23 September 2025",
         "Commissioner"),
        ("3", "Policing Accountability Board actions 2025/26 - update", "Head of Policy and Scrutiny"),
        ("4", "Road safety and roads policing", "Dyfed-Powys Police"),
        ("5", "Quarterly performance overview", "Dyfed-Powys Police"),
        ("6", "Any other business", "Commissioner"),
    ]
    blocks: list = [
        P("**Comisiynydd Heddlu a Throseddu Dyfed-Powys**"),
        P("**Dyfed-Powys Police and Crime Commissioner**"),
        P("Blwch Post 99, Llangynnwr, Caerfyrddin SA31 2PF  /  PO Box 99, Llangunnor, Carmarthen SA31 2PF", size=9),
        P("Ffôn / Tel: 01267 000000   E-bost / Email: opcc@dyfed-powys.example.police.uk", size=9),
        H("Policing Accountability Board", 1),
        P("**Bwrdd Atebolrwydd Plismona**"),
        P("**Date / Dyddiad:** Tuesday 18 November 2025, 10:00 - 12:30"),
        P("**Venue / Lleoliad:** Police Headquarters, Carmarthen, and Microsoft Teams"),
        H("Agenda / Agenda", 2),
        T(rows=(("Item", "", "Presented by"),) + tuple(agenda_rows), widths=(8, 66, 26), header_rows=1),
        P("This pack is available in Welsh on request. Mae'r pecyn hwn ar gael yn Gymraeg ar gais.", size=9),
        Break(),
        H("Cover report: purpose of the Board", 2),
        P("The Policing Accountability Board is the Commissioner's principal forum for holding the Chief "
          "Constable to account in public. Each Board considers a theme chosen from the Police and Crime Plan. "
          "Questions are sent to the force three weeks before the meeting, and the force provides a written "
          "response which is summarised in the notes."),
        P("After hearing the response to each question, the Commissioner records a decision using the "
          "following scale, which was adopted in the Board's terms of reference in April 2024:"),
        T(rows=(("Decision", "Meaning"),
                ("Assured", "The force has demonstrated that it is delivering an effective service and "
                 "understands where improvement is needed."),
                ("Partially Assured", "The force has demonstrated progress, but the Commissioner requires "
                 "further evidence or an update before being satisfied."),
                ("Not Assured", "The Commissioner is not satisfied with the response and will escalate or "
                 "revisit the matter.")),
          widths=(25, 75), header_rows=1),
        P("**Recommendation:** the Commissioner is asked to note the draft notes of the Board held on 23 "
          "September 2025 and the update on actions, and to approve the closure of the actions marked as "
          "complete."),
        P("The Commissioner's Joint Audit Committee gains assurance on the Board's arrangements through the "
          "annual governance statement; it does not review individual decisions."),
        Break(),
        H(notes_title, 2),
    ]
    questions = [
        ("1", "What progress has the force made in implementing the national VAWG framework, and how is "
         "progress reported to the Chief Officer Group?",
         ["The force's VAWG delivery plan was refreshed in May 2025 against the national framework and has "
          "38 actions, of which 26 are complete.",
          "Progress is reported monthly to the VAWG Gold Group, chaired by the Assistant Chief Constable, "
          "and quarterly to the Chief Officer Group.",
          "A VAWG problem profile covering the four counties was completed in July 2025."],
         "assured", "Assured",
         "The Commissioner welcomed the clear governance and the progress made against the delivery plan."),
        ("2", "How is the force improving the timeliness and quality of investigations into rape and serious "
         "sexual offences?",
         ["The force has adopted the Operation Soteria model. Specialist investigators in the rape and "
          "serious sexual offences team have risen from 18 to 27.",
          "The average time from report to charge remains 412 days, above the all-Wales average.",
          "A supervisory review framework was introduced in August 2025; its first audit is due in "
          "December."],
         "partly", "Partially Assured",
         "The Commissioner recognised the investment in specialist investigators but remains concerned about "
         "the time taken to reach a charging decision, and asked for the audit results to be shared."),
        ("3", "What support is available to victims of stalking across the force area, and how is the use of "
         "stalking protection orders monitored?",
         ["Victims of stalking are referred to the commissioned advocacy service; 214 referrals were made in "
          "2024/25.",
          "Six stalking protection orders were applied for in 2024/25. The force could not say how many "
          "cases met the threshold for an order but were not considered for one.",
          "Breaches of orders are not recorded in a way that can be reported."],
         "not", "Not Assured",
         "The Commissioner was not satisfied that the use of stalking protection orders is understood or "
         "monitored and asked for a report to the next Board."),
    ]
    rows = [("Question", "Brief Summary of Evidence", "Decision of the Commissioner")]
    records_d = []
    for number, question, evidence, level, printed, comment in questions:
        rows.append((f"**{number}. {question}**", (Bul(tuple(evidence)),), (f"**{printed}**", f"*{comment}*")))
        rec = decision(prev, topic, number, question, evidence, level, comment)
        finds[id(rec)] = question[:40]
        records_d.append(rec)
    blocks.append(T(rows=tuple(rows), widths=(30, 45, 25), header_rows=1))
    list_actions = [
        "That the results of the December audit of rape investigations be shared with the Commissioner.",
        "That a report on the use and monitoring of stalking protection orders be presented to the next Board.",
    ]
    blocks += [H("Actions", 3), Num(tuple(list_actions))]
    records_a = []
    for i, text in enumerate(list_actions, 1):
        rec = action(text, meeting_date=prev, topic=topic, number=str(i), update=None, status="unknown",
                     status_source="none", source="action_list")
        finds[id(rec)] = text[:50]
        records_a.append(rec)
    # The tracker: Topic | Action | Update | Status, a square per row.
    done, open_ = f"{{{GREEN}|■}}", f"{{{RED}|■}}"
    tracker = [
        ("Neighbourhood Policing", [
            ("That the force provides data on PCSO abstraction by local policing area.",
             "Abstraction data for April to June 2025 was shared with the OPCC on 15 July 2025.", True),
            ("That the OPCC and the force review the community engagement calendar for Ceredigion and Powys.",
             "A joint review took place on 2 September 2025 and the calendar has been published.", True),
            ("That the force reports on the use of the community trigger in each county.",
             "The report will be presented at the February 2026 Board.", False),
            ("That the Commissioner's youth forum be consulted on neighbourhood priorities.",
             "The youth forum met on 9 October 2025 and its views were shared with local inspectors.", True),
            ("That neighbourhood policing be revisited in twelve months to assess the impact of the new "
             "model.", "A Board will be scheduled for summer 2026.", False),
        ]),
        ("Rural and Wildlife Crime", [
            ("That the force reports the number of rural crime officers trained in wildlife crime.",
             "Figures were provided to the OPCC on 4 April 2025: 31 officers trained.", True),
            ("That the Commissioner writes to the Home Office about the theft of farm machinery.",
             "Letter sent on 28 March 2025; reply received on 12 May 2025.", True),
            ("That the force explores a shared rural crime team with a neighbouring force.",
             "Discussions are continuing; a proposal will be taken to the Chief Officer Group in January "
             "2026.", False),
        ]),
        ("Custody", [
            ("That the force shares the action plan following the custody inspection.",
             "The action plan was received by the OPCC on 30 June 2025.", True),
            ("That the independent custody visitors' findings on access to interpreters be reported to the "
             "Board.", "The findings will be reported once the next quarter's visits are complete.", False),
        ]),
    ]
    t_rows = [("Topic", "Action", "Update", "Status")]
    starts = []
    for top, items in tracker:
        starts.append(len(t_rows))
        for i, (text, update, complete) in enumerate(items):
            t_rows.append((f"**{top}**" if i == 0 else "", text, update, done if complete else open_))
            rec = action(text, meeting_date=None, topic=top, number=None, update=update,
                         status="complete" if complete else "outstanding", status_source="glyph_colour",
                         source="action_tracker")
            finds[id(rec)] = text[:40]
            records_a.append(rec)
    blocks += [
        H("Policing Accountability Board - Action Tracker 2025/26", 2),
        P("Actions agreed at the September Board are added to the tracker once the notes have been approved.",
          size=9),
        MergedColumnT(rows=tuple(t_rows), widths=(18, 36, 36, 10), header_rows=1, group_starts=tuple(starts)),
        P(f"{done} = Action Complete"),
        P(f"{open_} = Action Outstanding"),
    ]
    # Item 4: this meeting's questions (not yet decided); item 5: performance.
    blocks += [
        Break(),
        H("Policing Accountability Board - 18 November 2025", 2),
        T(rows=(("Report Title", "Road safety and roads policing"), ("Meeting Date", "Tuesday 18 November 2025")),
          widths=(30, 70)),
        H("Rationale for questions", 3),
        P("The number of people killed or seriously injured on the roads of the force area rose in 2024, with "
          "motorcyclists over-represented on rural routes. The Commissioner will be seeking assurance that the "
          "force's roads policing resources are directed at the routes and behaviours that cause most harm."),
        H("Questions to the Chief Constable", 3),
        Num(("How does the force decide where to deploy its roads policing unit, and how is this reviewed?",
             "What is the force doing, with partners, to reduce collisions involving motorcyclists?",
             "How are reports from the public submitted through the dash-cam portal being dealt with?")),
        H("Quarterly performance overview (July - September 2025)", 2),
        P("The table below is the force's own performance summary. The RAG rating shows performance against "
          "the force's target (Green: target met; Amber: within tolerance; Red: outside tolerance) and is "
          "not the Commissioner's assessment of assurance."),
        performance_table([
            ("Emergency calls answered within 10 seconds", "94.1%", "93.5%", "Green"),
            ("Non-emergency calls abandoned", "9.8%", "12.4%", "Red"),
            ("Crime recording compliance (audit)", "92%", "94%", "Green"),
            ("Positive outcome rate: all crime", "14.2%", "13.1%", "Amber"),
            ("Rural crime: positive outcome rate", "9.6%", "10.9%", "Amber"),
            ("Victim satisfaction: kept informed", "68%", "71%", "Amber"),
        ], ("Measure", "Q1", "Q2", "RAG"), 3, (52, 16, 16, 16)),
        P("**Recommendation:** the Commissioner is asked to note the performance overview."),
    ]
    data = render_pdf(blocks, PdfLook(margin=60.0, cell_size=9.5, footer="Policing Accountability Board / Bwrdd Atebolrwydd Plismona"),
                      title="Policing Accountability Board - 18 November 2025", author="OPCC Dyfed-Powys")
    records = {
        "documents": [document("pdf", "Policing Accountability Board", "Dyfed-Powys Police", org, date)],
        "meetings": [meeting(1, date, None, org, "Policing Accountability Board"),
                     meeting(None, prev, topic, org, notes_title)],
        # a bilingual title is read by its English side (docs/gold-format.md, Conventions)
        "agenda_items": agenda(date, [(n, t.split(" / ")[0], p) for n, t, p in agenda_rows]),
        "assurance_decisions": records_d,
        "actions": records_a,
    }
    finds[id(records["meetings"][1])] = notes_title
    set_pdf_pages(data, records, finds)
    return data, records



# ---------------------------------------------------------------------------
# 3. Kent: a Performance and Delivery Board pack (PDF). The earlier Kent pack
# (round 4) was Word with a Question | Evidence | Decision table; this one gives the
# level only by the RAG shading of the Level of assurance cell, which holds the
# PCC's comment, read against a key; the action log's Status cell is shading only
# under a second key; the performance appendix is RAG-shaded too (no decisions).
# ---------------------------------------------------------------------------

def kent() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for Kent"
    date, prev = "2025-12-03", "2025-09-24"
    topic = "Public Contact"
    notes_title = "Performance and Delivery Board - Minutes of the meeting held on 24 September 2025"
    finds: dict[int, str] = {}
    agenda_rows = [
        ("1", "Introduction and apologies", "PCC"),
        ("2", "Minutes of the meeting held on 24 September 2025", "PCC"),
        ("3", "Action log", "Head of Performance and Scrutiny"),
        ("4", "Tackling Violence Against Women and Girls", "Kent Police"),
        ("5", "Finance: revenue and capital monitoring", "Chief Finance Officer"),
        ("6", "Any other business", "PCC"),
    ]
    blocks: list = [
        P("**Office of the Kent Police and Crime Commissioner**"),
        P("Sessions House, County Road, Maidstone ME14 1XQ", size=9),
        H("Performance and Delivery Board", 1),
        P("Wednesday 3 December 2025 at 10.00am"),
        P("Kent Police Headquarters, Sutton Road, Maidstone (public and press may attend, or watch the "
          "webcast)"),
        H("AGENDA", 2),
        T(rows=(("No.", "Agenda item", "Lead"),) + tuple(agenda_rows), widths=(8, 62, 30), header_rows=1),
        P("The Board is the PCC's formal means of holding the Chief Constable to account. The PCC's decisions "
          "are published in the minutes of each meeting.", size=9),
        Break(),
        H(notes_title, 2),
        P("**Present:** Police and Crime Commissioner (Chair), Chief Executive, Chief Finance Officer, Head of "
          "Performance and Scrutiny (OPCC); Chief Constable, Deputy Chief Constable, Chief Superintendent "
          "(Contact Management), Director of Finance (Kent Police)."),
        P("**Theme:** Public Contact"),
        H("1. Introduction and apologies", 3),
        P("The PCC welcomed those present and members of the public watching the webcast. No apologies had "
          "been received."),
        H("2. Public Contact", 3),
        P("The Chief Superintendent presented the force's paper. The PCC put the questions below, which had "
          "been shared with the force in advance. The PCC's level of assurance is shown by the colour of the "
          "final column, in line with the key beneath the table."),
    ]
    questions = [
        ("How is the force performing against the national standard for answering 999 calls, and what is "
         "being done in the summer months when demand is highest?",
         "In the year to August 2025, 89.2% of 999 calls were answered within ten seconds against the 90% "
         "standard. Demand in July and August was 14% above the annual average. Twenty additional call "
         "handlers completed training in June and a summer resourcing plan was used for the first time.",
         "assured", GREEN_FILL,
         "The PCC noted that performance was now close to the national standard despite record demand, and "
         "thanked the control room staff."),
        ("What is the average time taken to answer 101 calls, and how many callers abandon the call before "
         "it is answered?",
         "The average wait for 101 was 7 minutes 40 seconds in the quarter, and 21% of callers abandoned. A "
         "call-back option was introduced in September. The force expects the online reporting service to "
         "take demand away from 101 over the next year, but has not yet set a target.",
         "partly", AMBER_FILL,
         "The PCC recognised the call-back option but asked for a target and a trajectory for 101 "
         "performance to be reported to the next Board."),
        ("How does the force make sure that vulnerable callers are identified and their calls prioritised?",
         "Call handlers use the THRIVE model to assess each call. A dip sample of 100 calls in July found "
         "that vulnerability was recorded correctly in 71 cases. Refresher training is planned, but no date "
         "has been set and the sample has not been repeated.",
         "not", RED_FILL,
         "The PCC was concerned by the result of the dip sample and asked that training be delivered and the "
         "sample repeated before the topic returns to the Board."),
    ]
    rows = [("No.", "Question", "Force response", "Level of assurance")]
    fills = {}
    records_d = []
    for i, (question, evidence, level, fill, comment) in enumerate(questions, 1):
        rows.append((f"2.{i}", question, evidence, comment))
        fills[(i, 3)] = fill
        rec = decision(prev, topic, f"2.{i}", question, [evidence], level, comment)
        finds[id(rec)] = question[:40]
        records_d.append(rec)
    blocks += [
        T(rows=tuple(rows), widths=(7, 28, 38, 27), header_rows=1, fills=fills),
        T(rows=(("Key:", "Assured", "Partially assured", "Not assured"),), widths=(13, 29, 29, 29),
          fills={(0, 1): GREEN_FILL, (0, 2): AMBER_FILL, (0, 3): RED_FILL}),
        P("The Chief Constable said the force was assured that the new telephony platform, due in spring "
          "2026, would allow call-back for all non-emergency calls."),
        H("3. Finance", 3),
        P("The Chief Finance Officer reported a forecast underspend of 0.4% of the revenue budget. The PCC "
          "noted the report."),
        H("4. Any other business", 3),
        P("None. The next Board will consider violence against women and girls."),
    ]
    # The action log: No. | Meeting | Action | Owner | Update | Status (shading only).
    key_fill = {"complete": GREEN_FILL, "progress": AMBER_FILL, "overdue": RED_FILL}
    log = [
        ("14", "26/03/2025", "Kent Police to share the results of the rural burglary operation with the "
         "Rural Crime Forum.", "ACC", "Results presented at the forum on 29 April 2025.", "complete"),
        ("15", "26/03/2025", "OPCC to review the criteria for the Safer Streets small grants scheme.",
         "OPCC", "Criteria revised and published in June 2025.", "complete"),
        ("17", "25/06/2025", "Kent Police to report on the use of Clare's Law by district.", "DCC",
         "Report received on 5 August 2025.", "complete"),
        ("18", "25/06/2025", "Kent Police to provide an update on recruitment of detectives.", "DCC",
         "Recruitment campaign under way; update to the March 2026 Board.", "progress"),
        ("19", "24/09/2025", "Kent Police to set a target and trajectory for 101 call answering.",
         "CC", "To be reported to the December Board.", "progress"),
        ("20", "24/09/2025", "Kent Police to deliver refresher training on identifying vulnerable callers "
         "and repeat the dip sample.", "CC", "Training dates not yet confirmed.", "overdue"),
        ("21", "24/09/2025", "OPCC to publish a summary of public contact performance on its website.",
         "OPCC", "Published on 10 October 2025.", "complete"),
    ]
    status_of = {"complete": "complete", "progress": "outstanding", "overdue": "outstanding"}
    l_rows = [("No.", "Meeting", "Action", "Owner", "Update", "Status")]
    l_fills = {}
    records_a = []
    for r, (no, raised, text, owner, update, state) in enumerate(log, 1):
        l_rows.append((no, raised, text, owner, update, ""))
        l_fills[(r, 5)] = key_fill[state]
        iso = f"{raised[6:]}-{raised[3:5]}-{raised[:2]}"
        rec = action(text, meeting_date=iso, topic=topic if iso == prev else None, number=no, update=update,
                     status=status_of[state], status_source="cell_shading", source="action_tracker")
        finds[id(rec)] = text[:40]
        records_a.append(rec)
    blocks += [
        Break(),
        H("Item 3: Action log", 2),
        P("**Recommendation:** the PCC is asked to note the progress against actions and to agree that "
          "completed actions be removed from the log after this meeting."),
        T(rows=tuple(l_rows), widths=(6, 13, 33, 9, 29, 10), header_rows=1, fills=l_fills),
        T(rows=(("Status key:", "Complete", "In progress", "Overdue / not started"),), widths=(16, 28, 28, 28),
          fills={(0, 1): GREEN_FILL, (0, 2): AMBER_FILL, (0, 3): RED_FILL}),
    ]
    # Item 4: this meeting's paper, with questions and an appendix of RAG-shaded performance.
    blocks += [
        Break(),
        H("Item 4: Tackling Violence Against Women and Girls", 2),
        T(rows=(("Report to", "Performance and Delivery Board"), ("Date", "3 December 2025"),
                ("Author", "Kent Police, Public Protection"),
                ("Recommendation", "The PCC is asked to note the report and to raise questions with the "
                 "Chief Constable.")), widths=(25, 75)),
        H("Questions from the PCC", 3),
        Num(("How has the force used the findings of the VAWG problem profile to target offenders?",
             "How many domestic abuse protection orders have been made since their introduction, and how "
             "are breaches dealt with?",
             "What are victims telling the force about their experience of reporting?")),
        H("Summary", 3),
        P("Kent Police recorded 31,480 domestic abuse-related crimes in the year to September 2025, 3% fewer "
          "than the previous year. The arrest rate rose to 42%. The force has 64 officers trained in the "
          "domestic abuse matters programme and plans to train a further 120 by March 2026."),
        P("Reassurance patrols in the night-time economy of five town centres were funded through the Safer "
          "Streets programme. Women's feelings of safety in the town centres are measured by the force's "
          "confidence survey; the next results are due in January."),
        H("Appendix: VAWG performance summary", 3),
        P("RAG: Green - better than the previous year; Amber - similar (within 2%); Red - worse than the "
          "previous year.", size=9),
        performance_table([
            ("Domestic abuse arrest rate", "39%", "42%", "Green"),
            ("Domestic abuse charge rate", "11.2%", "11.0%", "Amber"),
            ("Rape: charge/summons rate", "6.1%", "7.4%", "Green"),
            ("Stalking: positive outcomes", "8.3%", "6.9%", "Red"),
            ("DVPN applications granted", "412", "436", "Green"),
            ("Victims offered a referral to support", "88%", "87%", "Amber"),
        ], ("Measure", "2024 (12 months)", "2025 (12 months)", "RAG"), 3, (46, 18, 18, 18)),
        Break(),
        H("Item 5: Finance - revenue and capital monitoring (Quarter 2)", 2),
        P("**Recommendation:** the PCC is asked to note the forecast outturn and the capital programme "
          "position at the end of September 2025."),
        P("The forecast outturn is an underspend of £1.4m (0.4%) on a net revenue budget of £383.9m. The "
          "variance is mainly in police staff pay, where vacancies in the control room and the digital "
          "forensics unit have taken longer to fill than planned. The PCC's Chief Finance Officer is assured "
          "that the forecast is robust."),
        performance_table([
            ("Police officer pay", "248.6", "248.9", "+0.3", "Amber"),
            ("Police staff pay", "92.1", "90.2", "-1.9", "Green"),
            ("Overtime", "9.4", "10.6", "+1.2", "Red"),
            ("Premises", "14.8", "14.7", "-0.1", "Green"),
            ("Supplies and services", "19.0", "19.1", "+0.1", "Green"),
        ], ("Budget line (£m)", "Budget", "Forecast", "Variance", "RAG"), 4, (40, 15, 15, 15, 15)),
        P("The capital programme is forecast to spend £21.3m of the £24.0m budget; the remainder relates to the "
          "replacement of the telephony platform, which has moved into 2026/27."),
    ]
    data = render_pdf(blocks, PdfLook(margin=60.0, cell_size=9.0, header="Performance and Delivery Board",
                                      footer="OFFICIAL"),
                      title="Performance and Delivery Board - 3 December 2025", author="Kent OPCC")
    records = {
        "documents": [document("pdf", "Performance and Delivery Board", "Kent Police", org, date)],
        "meetings": [meeting(1, date, None, org, "Performance and Delivery Board"),
                     meeting(None, prev, topic, org, notes_title)],
        "agenda_items": agenda(date, agenda_rows),
        "assurance_decisions": records_d,
        "actions": records_a,
    }
    finds[id(records["meetings"][1])] = notes_title
    set_pdf_pages(data, records, finds)
    return data, records



# ---------------------------------------------------------------------------
# 4. Northumbria: a Scrutiny Meeting pack (Word). The earlier Northumbria pack
# (round 5) was the reference family in Word with a decision cell of the PCC and a
# Status column of squares; this one has a Ref | Question | Summary of response |
# Outcome table (the outcome in bold over the PCC's comment), and an action log
# with no status column: the status is only in the update's words.
# ---------------------------------------------------------------------------

def northumbria() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for Northumbria"
    date, prev = "2025-11-25", "2025-10-14"
    topic = "Retail Crime"
    notes_title = "NOTES OF THE SCRUTINY MEETING - RETAIL CRIME - 14 OCTOBER 2025"
    agenda_rows = [
        ("1", "Welcome, introductions and apologies", "PCC"),
        ("2", "Notes of the Scrutiny Meeting held on 14 October 2025 (Retail Crime)", "PCC"),
        ("3", "Action log", "Director of Scrutiny"),
        ("4", "Anti-Social Behaviour - Immediate Justice and hotspot response", "Northumbria Police"),
        ("5", "Any other business", "All"),
    ]
    blocks: list = [
        P("**Northumbria Police and Crime Commissioner**"),
        P("Second Floor, Victoria House, Gallowgate, Newcastle upon Tyne NE1 4XX", size=9),
        H("Scrutiny Meeting", 1),
        P("**Date:** Tuesday 25 November 2025"),
        P("**Time:** 1.30pm - 3.30pm"),
        P("**Venue:** Middle Engine Lane, Wallsend"),
        H("Agenda", 2),
        T(rows=(("Item", "Business", "Lead"),) + tuple(agenda_rows), widths=(10, 65, 25), header_rows=1),
        H("About the Scrutiny Meeting", 2),
        P("The Scrutiny Meeting is held in public every six weeks. The PCC chooses a theme from the Police and "
          "Crime Plan and sends written questions to the Chief Constable beforehand. At the end of the "
          "discussion of each question the PCC records an outcome:"),
        Bul(("Assured: the PCC is satisfied with the response and requires no further information;",
             "Partially assured: the PCC is satisfied with some aspects of the response but requires further "
             "information or action;",
             "Not assured: the PCC is not satisfied and will return to the matter.")),
        P("**Recommendation:** the PCC is asked to note the notes of the meeting held on 14 October 2025 and "
          "the action log, and to agree the outcomes recorded."),
        H(notes_title, 2),
        P("Present: PCC (Chair); Deputy PCC; Director of Scrutiny; Chief Constable; ACC Local Policing; "
          "Superintendent, Business Crime Lead."),
        P("The PCC thanked the retailers' representatives from the Business Crime Partnership who observed the "
          "meeting. The ACC introduced the force's response, which had been circulated with the agenda."),
    ]
    questions = [
        ("R1", "Shop theft has risen across the force area. What is the force's plan to reduce it and to "
         "improve the proportion of offences that are solved?",
         ["Shop theft rose by 18% in the twelve months to August 2025; 26% of offences now result in a charge "
          "or summons, up from 17%.",
          "Each neighbourhood area has a named business crime officer, and the 40 most prolific offenders are "
          "managed through an integrated offender management cohort.",
          "CCTV from retailers is now submitted through a digital evidence portal."],
         "assured", "Assured",
         "The PCC welcomed the improvement in charge rates and the use of the digital evidence portal."),
        ("R2", "How is the force responding to violence and abuse against shop workers?",
         ["Assaults on shop workers are flagged on the crime system and attendance is prioritised. Attendance "
          "within the target time was 76% in the quarter.",
          "The force could not say how many incidents are not reported by shop workers; a survey with the "
          "Union of Shop, Distributive and Allied Workers is planned."],
         "partly", "Partially assured",
         "The PCC asked for the results of the shop worker survey and for attendance times to be reported "
         "to the next meeting on this theme."),
        ("R3", "How are small independent retailers supported to report crime and protect their premises?",
         ["Crime prevention advice is available on the force website. Visits by crime prevention officers are "
          "offered on request, but take-up has been low and the force has no figures by business size.",
          "The Business Crime Partnership covers the larger retailers in town centres only."],
         "not", "Not assured",
         "The PCC was not assured that independent retailers are reached and asked the force to work with "
         "the OPCC on an outreach plan."),
    ]
    rows = [("Ref", "Question", "Summary of response", "Outcome")]
    records_d = []
    for ref, question, evidence, level, printed, comment in questions:
        rows.append((ref, question, (Bul(tuple(evidence)),), (f"**{printed}**", comment)))
        records_d.append(decision(prev, topic, ref, question, evidence, level, comment))
    blocks.append(T(rows=tuple(rows), widths=(8, 27, 43, 22), header_rows=1))
    blocks.append(P("The PCC thanked the Chief Constable and noted that the Business Crime Partnership takes "
                    "assurance from the force's new digital evidence portal."))
    log = [
        ("SM/25/08", "03/06/2025", "Force to share the evaluation of the Operation Safe Streets summer "
         "initiative.", "Complete - evaluation received on 1 August 2025 and published.", "complete"),
        ("SM/25/09", "03/06/2025", "OPCC to consider funding for additional knife arches.",
         "Completed. Two knife arches purchased through the Violence Reduction Unit in July 2025.", "complete"),
        ("SM/25/11", "15/07/2025", "Force to provide data on the use of Immediate Justice referrals by "
         "district.", "Data to be provided for the November meeting; work ongoing.", "outstanding"),
        ("SM/25/12", "15/07/2025", "Force to review the process for updating victims of antisocial "
         "behaviour.", "Review underway, due to conclude in January 2026.", "outstanding"),
        ("SM/25/14", "14/10/2025", "Force to report the results of the shop worker survey and attendance "
         "times for assaults on shop workers.", "The survey closes on 30 November; results to follow.",
         "outstanding"),
        ("SM/25/15", "14/10/2025", "Force and OPCC to agree an outreach plan for small independent "
         "retailers.", "Outreach plan agreed at a meeting on 6 November 2025 and shared with the Business "
         "Crime Partnership.", "complete"),
        ("SM/25/16", "14/10/2025", "OPCC to invite the Business Crime Partnership to contribute to the "
         "retail crime strategy.", "Invitation to be sent in January 2026, when the strategy consultation opens.",
         "outstanding"),
    ]
    l_rows = [("Ref", "Date", "Action", "Update")]
    records_a = []
    for ref, raised, text, update, status in log:
        l_rows.append((ref, raised, text, update))
        iso = f"{raised[6:]}-{raised[3:5]}-{raised[:2]}"
        records_a.append(action(text, meeting_date=iso, topic=topic if iso == prev else None, number=ref,
                                update=update, status=status, status_source="inferred_from_update",
                                source="action_tracker"))
    blocks += [
        Break(),
        H("Scrutiny Meeting - Action Log", 2),
        P("Actions are removed from the log once they have been reported as complete at a meeting."),
        T(rows=tuple(l_rows), widths=(14, 14, 36, 36), header_rows=1),
        Break(),
        H("Item 4: Anti-Social Behaviour - Immediate Justice and hotspot response", 2),
        P("**Purpose:** to set out the force's response to anti-social behaviour (ASB) in the hotspot areas "
          "funded by the Home Office, and the use of Immediate Justice."),
        H("Questions to the Chief Constable", 3),
        Num(("What difference have the hotspot patrols made to ASB in the areas where they operate?",
             "How many people have been referred to Immediate Justice, and how many completed their "
             "reparation?",
             "How are residents told what action has been taken after they report ASB?")),
        H("Performance information", 3),
        P("The figures below are provided by the force. The rating compares the latest quarter with the same "
          "quarter last year and is included for information only."),
        performance_table([
            ("ASB incidents (all)", "12,904", "11,377", "Green"),
            ("ASB incidents in hotspot areas", "3,116", "2,402", "Green"),
            ("Repeat ASB callers", "1,208", "1,233", "Amber"),
            ("Immediate Justice referrals", "n/a", "214", "Green"),
            ("Victims updated within 7 days", "64%", "58%", "Red"),
        ], ("Measure", "Q2 2024/25", "Q2 2025/26", "Rating"), 3, (46, 18, 18, 18)),
        P("Residents' confidence that the police deal with ASB was 61% in the latest survey. The PCC has "
          "asked for this to be reported at each meeting on this theme."),
    ]
    data = render_docx(blocks, title="Scrutiny Meeting - 25 November 2025", author="Northumbria OPCC",
                       when=datetime(2025, 11, 18, 9, 0, 0))
    records = {
        "documents": [document("docx", "Scrutiny Meeting", "Northumbria Police", org, date)],
        "meetings": [meeting(None, date, None, org, "Scrutiny Meeting"),
                     meeting(None, prev, topic, org, notes_title)],
        "agenda_items": [dict(a, page=None) for a in agenda(date, agenda_rows)],
        "assurance_decisions": records_d,
        "actions": records_a,
    }
    return data, records


# ---------------------------------------------------------------------------
# 5. Surrey: a Performance & Accountability Meeting pack (Word). The earlier Surrey
# pack (round 3) was a PDF whose level was only the decision cell's shading; this
# one has No. | Question | Evidence | Level of assurance | PCC comment with the
# level in words, and a tracker whose Status column is coloured squares under a
# three-colour key, with earlier closed actions still listed.
# ---------------------------------------------------------------------------

def surrey() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for Surrey"
    date, prev = "2025-12-09", "2025-10-21"
    topic = "Road Safety"
    notes_title = "Notes of the Performance & Accountability Meeting - Road Safety - 21 October 2025"
    agenda_rows = [
        ("1", "Apologies and declarations of interest", "PCC"),
        ("2", "Notes of the previous meeting (21 October 2025)", "PCC"),
        ("3", "Action tracker", "Head of Performance and Governance"),
        ("4", "Neighbourhood Policing and Community Engagement", "Surrey Police"),
        ("5", "Force performance report - Quarter 2", "Surrey Police"),
        ("6", "Any other business", "PCC"),
    ]
    blocks: list = [
        P("**Office of the Police and Crime Commissioner for Surrey**"),
        H("Performance & Accountability Meeting", 1),
        P("Tuesday 9 December 2025, 10:00 - 12:00, Surrey Police Headquarters, Guildford (livestreamed)"),
        H("Agenda", 2),
        T(rows=(("Item", "Subject", "Presenter"),) + tuple(agenda_rows), widths=(10, 62, 28), header_rows=1),
        H("Terms of reference (extract)", 2),
        P("The Performance & Accountability Meeting enables the Commissioner to hold the Chief Constable to "
          "account in public. For each question the Commissioner gives a level of assurance: Assured (the "
          "response fully answers the question and the evidence supports it), Partially Assured (further "
          "information or progress is needed) or Not Assured (the response does not provide the evidence "
          "the Commissioner needs)."),
        H(notes_title, 2),
        P("Attendees: Police and Crime Commissioner; Deputy Police and Crime Commissioner; Chief Executive; "
          "Chief Constable; Assistant Chief Constable; Chief Inspector, Roads Policing Unit."),
        P("The Commissioner noted that the meeting had been livestreamed and that the questions had been "
          "published in advance."),
    ]
    questions = [
        ("1", "How is Surrey Police contributing to the Vision Zero road safety strategy, and what has the "
         "impact been on people killed or seriously injured?",
         ["Surrey Police is a partner in the Vision Zero partnership with the county council. 412 people "
          "were killed or seriously injured on Surrey's roads in 2024, 6% fewer than in 2023.",
          "Roads policing officers took part in eleven partnership operations in the last quarter."],
         "assured", "Assured",
         "The Commissioner welcomed the fall in casualties and the joint operations."),
        ("2", "What is the force doing about the increase in complaints about anti-social driving and "
         "modified vehicles?",
         ["Complaints about anti-social driving rose by 22% in 2025. The force has used Section 59 warnings "
          "1,140 times this year and seized 96 vehicles.",
          "A dedicated operation runs on summer weekends only; the force has not assessed whether it should "
          "run all year."],
         "partly", "Partially Assured",
         "The Commissioner asked for an assessment of whether the operation should run all year round."),
        ("3", "How quickly are reports from the public of dangerous driving, submitted with dash-cam "
         "footage, reviewed and acted upon?",
         ["The force received 6,300 dash-cam submissions in the year to September. The backlog stood at 2,100 "
          "submissions in October and the average time to review was 31 days, beyond the 14-day limit for a "
          "notice of intended prosecution in most cases."],
         "not", "Not Assured",
         "The Commissioner was concerned that offences were going unprosecuted because of the backlog and "
         "asked for a recovery plan."),
    ]
    rows = [("No.", "Question", "Evidence", "Level of assurance", "PCC comment")]
    records_d = []
    for number, question, evidence, level, printed, comment in questions:
        rows.append((number, question, tuple(evidence), f"**{printed}**", comment))
        records_d.append(decision(prev, topic, number, question, evidence, level, comment))
    blocks.append(T(rows=tuple(rows), widths=(6, 22, 38, 14, 20), header_rows=1))
    blocks.append(P("Actions from the meeting have been added to the action tracker (item 3)."))
    done, progress, not_started = f"{{{GREEN}|■}}", f"{{{AMBER}|■}}", f"{{{RED}|■}}"
    tracker = [
        ("PAM 25/01", "04/03/2025", "Force to share the Right Care Right Person benefits review.",
         "Review shared with the OPCC on 3 June 2025.", done, "complete"),
        ("PAM 25/04", "29/04/2025", "Force to report on 101 call abandonment by time of day.",
         "Report provided on 11 June 2025 and discussed at the July meeting.", done, "complete"),
        ("PAM 25/07", "15/07/2025", "OPCC to review victims' services contract performance for stalking "
         "advocacy.", "Contract review meeting arranged for January 2026.", progress, "outstanding"),
        ("PAM 25/08", "15/07/2025", "Force to publish stop and search data by ethnicity on its website "
         "each quarter.", "First quarterly publication made in September 2025.", done, "complete"),
        ("PAM 25/10", "21/10/2025", "Force to assess whether the anti-social driving operation should run "
         "all year.", "Assessment in progress; to be reported in February 2026.", progress, "outstanding"),
        ("PAM 25/11", "21/10/2025", "Force to present a recovery plan for the dash-cam submissions backlog.",
         "Not yet started.", not_started, "outstanding"),
    ]
    t_rows = [("Ref", "Date of meeting", "Action", "Update", "Status")]
    records_a = []
    for ref, raised, text, update, glyph, status in tracker:
        t_rows.append((ref, raised, text, update, glyph))
        iso = f"{raised[6:]}-{raised[3:5]}-{raised[:2]}"
        records_a.append(action(text, meeting_date=iso, topic=topic if iso == prev else None, number=ref,
                                update=update, status=status, status_source="glyph_colour",
                                source="action_tracker"))
    blocks += [
        Break(),
        H("3. Action tracker", 2),
        T(rows=tuple(t_rows), widths=(13, 13, 32, 32, 10), header_rows=1),
        P(f"Key:  {done} Complete    {progress} In progress    {not_started} Not started"),
        P("Completed actions are shown for one further meeting before being archived."),
        Break(),
        H("4. Neighbourhood Policing and Community Engagement", 2),
        P("**Recommendation:** the Commissioner is asked to note the report and to consider the questions "
          "below with the Chief Constable."),
        H("Questions for this meeting", 3),
        Num(("How many neighbourhood officers are abstracted from their teams each month?",
             "How does the force use the results of its public confidence survey in each borough?",
             "What progress has been made with the new Safer Neighbourhood Team model?")),
        H("5. Force performance report - Quarter 2 (July to September 2025)", 2),
        P("The table summarises the force's performance framework. Ratings are the force's own assessment "
          "against its targets."),
        performance_table([
            ("Positive outcome rate (all crime)", "15.8%", "17%", "Amber"),
            ("Residential burglary solved", "9.4%", "8%", "Green"),
            ("999 calls answered in 10 seconds", "81.5%", "90%", "Red"),
            ("Public confidence (survey)", "78%", "80%", "Amber"),
            ("Officer numbers (FTE)", "2,271", "2,263", "Green"),
        ], ("Measure", "Q2", "Target", "RAG"), 3, (52, 16, 16, 16)),
        P("The Commissioner will not give a level of assurance on the performance report, which is for "
          "information."),
    ]
    data = render_docx(blocks, title="Performance & Accountability Meeting - 9 December 2025",
                       author="OPCC for Surrey", when=datetime(2025, 12, 1, 9, 0, 0))
    records = {
        "documents": [document("docx", "Performance & Accountability Meeting", "Surrey Police", org, date)],
        "meetings": [meeting(None, date, None, org, "Performance & Accountability Meeting"),
                     meeting(None, prev, topic, org, notes_title)],
        "agenda_items": [dict(a, page=None) for a in agenda(date, agenda_rows)],
        "assurance_decisions": records_d,
        "actions": records_a,
    }
    return data, records


PACKS = {
    "lancashire-ab-2025-10-14.pdf": lancashire,
    "dyfed-powys-pab-2025-11-18.pdf": dyfed_powys,
    "kent-pdb-2025-12-03.pdf": kent,
    "northumbria-scrutiny-2025-11-25.docx": northumbria,
    "surrey-pam-2025-12-09.docx": surrey,
}


def main() -> None:
    for name, build in PACKS.items():
        data, records = build()
        write(HERE, name, data, records)


if __name__ == "__main__":
    main()
