"""Round 19b (blind, issue 4): six scrutiny packs of PCC, PFCC and mayoral offices
with their hand-written gold in gold/ (staged in pending/ until the extractors were fixed).

Regenerate byte for byte (reportlab invariant mode, Word archives with fixed times):

    .venv/bin/python samples/corpus/scrutiny-round19b/generate.py

Names, figures and wording are invented. Each pack's gold is written beside the
blocks that print it, from the same strings, so text and gold cannot drift apart.
PDF pages are found in the rendered PDF: the first page whose pdfplumber words hold
the record's opening six words in order.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))
from render import Break, Bul, H, Num, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written by hand beside the text that prints it (round 19b, blind); PDF pages from pdfplumber's "
           "words (first page holding a record's opening six words in order) and checked with `scrutiny inspect`; "
           "DOCX pages null.")
GREEN, RED, AMBER = "#00b050", "#ff0000", "#ffc000"


# --- gold builders -----------------------------------------------------------

def document(file_type: str, title: str, force: str, organisation: str, meeting_date: str) -> dict:
    return {"page": None, "file_type": file_type, "pages": None, "doc_kind": "scrutiny_pack", "title": title,
            "force": force, "organisation": organisation, "meeting_date": meeting_date,
            "publication_date": None, "status": "ok"}


def meeting(date: str, title: str, organisation: str, topic: str | None, page: int | None = None) -> dict:
    return {"page": page, "meeting_date": date, "topic": topic, "organisation": organisation, "title": title}


def agenda(date: str, number: str, title: str, presenter: str | None, page: int | None = None) -> dict:
    return {"page": page, "meeting_date": date, "number": number, "title": title, "presenter": presenter}


def decision(date: str, topic: str | None, number: str, question: str, evidence: str, assurance: str,
             commentary: str | None) -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "question_number": number, "question": question,
            "evidence_summary": evidence, "assurance": assurance, "commentary": commentary}


def action(date: str | None, topic: str | None, number: str | None, text: str, update: str | None, status: str,
           status_source: str | None, source: str, find: str | None = None) -> dict:
    """``find``: the words that locate the record's page where they differ from its text
    (a log row whose action is minuted, in other words, on an earlier page)."""
    record = {"page": None, "meeting_date": date, "topic": topic, "number": number, "text": text, "update": update,
              "status": status, "status_source": status_source, "source": source}
    if status_source is None:
        del record["status_source"]  # not scored: the pack gives the status by the table it is in
    if find:
        record["_find"] = find
    return record


def plain(text: str) -> str:
    """The printed words of a marked-up string."""
    text = re.sub(r"\{#[0-9a-fA-F]{6}\|(.*?)\}", r"\1", text)
    return text.replace("**", "").replace("~~", "").replace("*", "")


# --- pages -------------------------------------------------------------------

def _words(text: str, keep_case: bool) -> list[str]:
    out = []
    for word in text.split():
        word = re.sub(r"[^\w%£/'’-]", "", word)
        word = word.replace("’", "'")
        if word:
            out.append(word if keep_case else word.lower())
    return out


def _first_page(pages: list[list[str]], text: str, keep_case: bool = False) -> int:
    wanted = _words(text, keep_case)[:6]
    for number, words in enumerate(pages, start=1):
        for start, word in enumerate(words):
            if word != wanted[0]:
                continue
            at, ok = start, True
            for target in wanted[1:]:
                window = words[at + 1: at + 61]
                if target not in window:
                    ok = False
                    break
                at = at + 1 + window.index(target)
            if ok:
                return number
    raise ValueError(f"not found in the PDF: {text!r}")


def set_pdf_pages(data: bytes, records: dict) -> None:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page_words = [[w["text"] for w in page.extract_words()] for page in pdf.pages]
        records["documents"][0]["pages"] = len(pdf.pages)
    keep = [_words(" ".join(words), True) for words in page_words]
    lower = [[w.lower() for w in words] for words in keep]
    for record in records["assurance_decisions"]:
        record["page"] = _first_page(lower, record["question"])
    for record in records["actions"]:
        record["page"] = _first_page(lower, record.pop("_find", None) or record["text"])
    for record in records["meetings"]:
        if record["page"] is None:
            record["page"] = _heading_page(keep, record["title"])


def _heading_page(pages: list[list[str]], title: str) -> int:
    """The first page that prints the notes' heading word for word, in its own case (the agenda
    names the notes in other words)."""
    wanted = " ".join(_words(title, True))
    for number, words in enumerate(pages, start=1):
        if wanted in " ".join(words):
            return number
    raise ValueError(f"heading not found in the PDF: {title!r}")


def finish_docx(records: dict) -> None:
    records["documents"][0]["pages"] = None
    for record in records["actions"]:
        record.pop("_find", None)


def write(name: str, data: bytes, records: dict) -> None:
    (HERE / name).write_bytes(data)
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    print(name, len(data), "bytes")


# --- 1. Durham: the reference family ------------------------------------------

def durham() -> tuple[bytes, dict]:
    org = "Police, Crime and Victims' Commissioner for County Durham and Darlington"
    force = "Durham Constabulary"
    date, prev = "2026-07-14", "2026-06-09"
    notes_title = "DRAFT NOTES – SCRUTINY MEETING (ANTI-SOCIAL BEHAVIOUR) – 9 JUNE 2026"
    topic = "Anti-Social Behaviour"
    items = [("1", "Apologies for Absence", "PCVC"),
             ("2", "Draft Notes – Scrutiny Meeting (Anti-Social Behaviour) – 9 June 2026", "PCVC"),
             ("3", "Action Tracker 2026/27 – An Update", "PCVC"),
             ("4", "Neighbourhood Policing and Town Centre Patrols", "Durham Constabulary"),
             ("5", "Any Other Business", "PCVC")]
    questions = [
        ("How has the number of repeat anti-social behaviour incidents at the same address changed since the "
         "problem-solving hubs were set up?",
         ("Each of the three local policing areas now runs a fortnightly problem-solving hub with the councils and "
          "housing providers.",
          Bul(("Repeat incidents at the same address fell from 1,184 to 962 in the year to March 2026.",
               "Twenty-seven community protection notices were served, twice the number of the year before.")),),
         "Partly Assured",
         "The PCVC welcomed the fall but asked how the Force knows the hubs, rather than the wet spring, caused it."),
        ("How are victims of persistent anti-social behaviour told about the community trigger, and how many "
         "reviews were held?",
         ("Officers give victims a leaflet at the third report and the trigger is on the Force and council "
          "websites.",
          Bul(("Fourteen reviews were held in 2025/26; nine met the threshold.",)),),
         "Assured",
         "The PCVC was content that victims are told and that reviews are held within the statutory time."),
        ("What use has the Force made of dispersal orders in town centres, and how is their use scrutinised?",
         ("Dispersal orders were authorised 41 times. No external panel reviews them; the Force said an "
          "internal audit was planned.",),
         "Not Assured",
         "The PCVC asked that the use of dispersal powers be added to the remit of the independent scrutiny "
         "panel."),
    ]
    actions_list = [
        "That the Force provides the PCVC with the evaluation plan for the problem-solving hubs.",
        "That the Force reports the use of dispersal orders to the independent scrutiny panel each quarter.",
    ]
    tracker = [  # topic, action, update, complete?
        ("Drug Harm", "That the Force shares the results of the naloxone pilot with the PCVC.",
         "Results shared on 19 May 2026 and discussed with the drugs partnership.", True),
        ("Drug Harm", "That a closure order case study is presented to a future meeting.",
         "Proposed for closure: the case study will be taken at the July Neighbourhood Policing item instead.",
         False),
        ("Road Safety", "That the PCVC receives the number of drivers offered the speed awareness course.",
         "Figures received; 6,412 drivers offered a course in 2025/26.", True),
        ("Victim Care", "That the Force confirms when Victim Needs Assessments will be audited.",
         "Audit scheduled for September 2026.", False),
        ("Victim Care", "That the victim satisfaction survey results are broken down by crime type.",
         "", False),
    ]
    look = PdfLook(footer="OFFICIAL – Scrutiny Meeting 14 July 2026")
    blocks: list = [
        P("**Police, Crime and Victims' Commissioner for County Durham and Darlington**"),
        H("Scrutiny Meeting", 1),
        P("Tuesday 14 July 2026 at 10:00am, Meeting Room 2, Police Headquarters"),
        H("AGENDA", 2),
        T(((("**Item**", "**Title**", "**Presented By**")),) + tuple((n, t, p) for n, t, p in items),
          widths=(1, 6, 3), bordered=False),
        P("Papers are published on the PCVC's website after the meeting. The internal audit of the OPCVC's "
          "commissioning gave reasonable assurance over grant management."),
        Break(),
        H(notes_title, 3),
        P("Present: PCVC (Chair); Chief Executive OPCVC; Deputy Chief Constable; Superintendent, Neighbourhoods."),
        T((("**Question**", "**Brief Summary of Evidence**", "**Decision of PCVC**"),)
          + tuple((f"{i}. **{q}**", ev, (f"**{lvl}**", f"*{com}*")) for i, (q, ev, lvl, com) in
                  enumerate(questions, 1)),
          widths=(3, 5, 3), header_rows=1),
        H("Actions", 3),
        Num(tuple(actions_list)),
        Break(),
        H("ACTION TRACKER 2026/27", 3),
        P(f"{{{GREEN}|■}} = Action Complete    {{{RED}|■}} = Action Outstanding"),
        T((("**Topic**", "**Action**", "**Update**", "**Status**"),)
          + tuple((tp if i in (0, 2, 3) else None, a, u, f"{{{GREEN if ok else RED}|■}}")
                  for i, (tp, a, u, ok) in enumerate(tracker)),
          widths=(2, 5, 5, 1), header_rows=1, spans=((1, 0, 2, 1), (4, 0, 2, 1))),
        H("Report to the Scrutiny Meeting", 3),
        T((("Report Title", "Neighbourhood Policing and Town Centre Patrols"), ("Meeting Date", "14 July 2026"),
           ("Report of", "Chief Constable")), widths=(1, 3)),
        P("**Questions to the Chief Constable**"),
        Num(("How many hours of town centre patrol were delivered each week in the summer of 2026?",
             "How does the Force decide where to place its neighbourhood officers?")),
        P("The PCVC will be seeking assurance that patrol hours are targeted at the places of most harm."),
    ]
    data = render_pdf(blocks, look, "Scrutiny Meeting", "OPCVC")
    records = {
        "documents": [document("pdf", "Scrutiny Meeting", force, org, date)],
        "meetings": [meeting(date, "Scrutiny Meeting", org, None, 1),
                     meeting(prev, notes_title, org, topic)],
        "agenda_items": [agenda(date, n, t, p, 1) for n, t, p in items],
        "assurance_decisions": [
            decision(prev, topic, str(i), q, " ".join(plain(x) if isinstance(x, str) else " ".join(x.items)
                                                      for x in ev), lvl.replace("Partly Assured", "Partly assured")
                     .replace("Not Assured", "Not assured"), com)
            for i, (q, ev, lvl, com) in enumerate(questions, 1)],
        "actions": [action(prev, topic, str(i), a, None, "unknown", "none", "action_list")
                    for i, a in enumerate(actions_list, 1)]
        + [action(None, tp, None, a, u or None, "complete" if ok else "outstanding", "glyph_colour",
                  "action_tracker") for tp, a, u, ok in tracker],
    }
    set_pdf_pages(data, records)
    return data, records


# --- 2. Hertfordshire: Word minutes, a log with the office's own status words ----

def _level(line: str) -> str:
    return {"Substantial": "Assured", "Reasonable": "Assured", "Limited": "Partly assured",
            "No assurance": "Not assured"}[line]


def hertfordshire() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for Hertfordshire"
    force = "Hertfordshire Constabulary"
    date, prev = "2026-07-07", "2026-05-12"
    notes_title = "Minutes of the Accountability Board held on Tuesday 12 May 2026"
    items = [("1", "Welcome and apologies", "Chair"),
             ("2", "Minutes of the meeting held on 12 May 2026 and action log", "Chief Executive, OPCC"),
             ("3", "Public contact and the 101 service", "ACC Operations"),
             ("4", "Finance: provisional outturn 2025/26", "Chief Finance Officer"),
             ("5", "Any other business", "Chair")]
    vawg, estates = "Violence against women and girls", "Fleet and estates"
    questions = [
        (vawg, "How many domestic abuse protection orders has the Force applied for since they came into force, "
               "and how many breaches were charged?",
         "The Detective Superintendent said that 58 orders had been applied for and 51 granted. Nineteen breaches "
         "had been reported and fourteen charged.", "Substantial",
         "The Commissioner welcomed the early use of the new orders and the high charge rate for breaches."),
        (vawg, "What has the Force done to make the night-time economy safer for women, and how does it know it "
               "has worked?",
         "Licensed premises staff in three towns have been trained in bystander intervention. A survey of women "
         "visiting the town centres at night was run in March and will be repeated in the autumn.", "Limited",
         "The Commissioner asked for the survey results before she could judge whether the work had made a "
         "difference."),
        (estates, "When will the new custody suite open, and is the project within its budget?",
         "The Head of Estates reported that the building is weathertight and fitting out has begun. Opening has "
         "moved from October to December 2026; the forecast cost is £1.2m above the approved budget because of "
         "steel prices.", "No assurance",
         "The Commissioner was concerned that the overspend had not been reported to her earlier and asked for a "
         "revised business case."),
    ]
    minuted = {  # the ACTION lines as the minutes word them, and the log's own wording
        "AB/26/14": (vawg, "The Force to share the results of the night-time economy survey with the OPCC once "
                           "the autumn survey is complete.",
                     "Share the results of the night-time economy survey with the OPCC after the autumn survey.",
                     "Autumn survey runs from 1 to 30 October 2026.", "Open"),
        "AB/26/15": (estates, "The Head of Estates to bring a revised business case for the custody suite to the "
                              "Commissioner.",
                     "Bring a revised business case for the custody suite to the Commissioner.",
                     "Revised business case presented to the Commissioner on 23 June 2026; decision published "
                     "(PCC/D/26/31).", "Closed – see decision PCC/D/26/31"),
    }
    log = [
        ("AB/26/03", "10/03/2026", "Provide the 101 abandonment rate for each month of 2025/26.", "ACC Operations",
         "Figures circulated to members on 2 April 2026.", "Closed – see minute 2.3", "complete"),
        ("AB/26/05", "10/03/2026", "Review the wording of the victim update letters with the Victims' Hub.",
         "Head of Victim Services", "Letters redrafted with the Hub and in use from 1 June 2026.",
         "Proposed for closure", "outstanding"),
        ("AB/26/06", "10/03/2026", "Report on the use of the Force's drones at night.", "ACC Operations",
         "Replaced by a wider report on drone use requested at the May Board.", "Superseded by AB/26/13",
         "complete"),
        ("AB/26/09", "10/03/2026", "Confirm the date for the estates strategy refresh.", "Head of Estates",
         "", "Open – carried forward", "outstanding"),
        ("AB/26/13", "12/05/2026", "Provide a report on the use of drones, including at night and at "
                                   "protests.", "ACC Operations",
         "Report in draft; due to the September Board.", "In progress", "outstanding"),
    ]
    blocks: list = [
        P("Office of the Police and Crime Commissioner for Hertfordshire", size=10),
        H("Accountability Board", 1),
        P("**Date:** Tuesday 7 July 2026    **Time:** 14:00    **Venue:** Conference Room, OPCC, Welwyn Garden City"),
        H("Agenda", 2),
        T((("**No.**", "**Item**", "**Lead**"),) + tuple(items), widths=(1, 6, 3), header_rows=1),
        P("The Board is the Commissioner's main public meeting for holding the Chief Constable to account. "
          "Internal audit's annual opinion gave reasonable assurance on the OPCC's governance."),
        Break(),
        H(notes_title, 2),
        P("Present: Police and Crime Commissioner (Chair); Chief Constable; Deputy Chief Constable; Chief "
          "Executive, OPCC; Chief Finance Officer, OPCC."),
        H("1. Welcome and apologies", 3),
        P("1.1 Apologies were received from the Director of Finance."),
        H("2. Minutes and action log", 3),
        P("2.1 The minutes of the meeting held on 10 March 2026 were agreed as a true record."),
        P("2.2 The Board reviewed the action log; the updates are recorded in the log."),
        P("2.3 The 101 figures asked for in AB/26/03 had been circulated; the Board agreed to close the action."),
        H("3. " + vawg, 3),
    ]
    for i, (topic, q, ev, lvl, com) in enumerate(questions, 1):
        if i == 3:
            blocks += [P("**ACTION: " + minuted["AB/26/14"][1] + " (AB/26/14)**"), H("4. " + estates, 3)]
        blocks += [P(f"**Question {i}: {q}**"), P(ev), P(f"**Level of assurance: {lvl}**"), P(com)]
    blocks += [P("**ACTION: " + minuted["AB/26/15"][1] + " (AB/26/15)**"),
               H("5. Any other business", 3), P("There was no other business."),
               Break(),
               H("Accountability Board – action log", 2),
               P("Actions are closed only when the Board agrees. \"Proposed for closure\" means the lead believes "
                 "the action is done and the Board is asked to close it."),
               T((("**Ref**", "**Date raised**", "**Action**", "**Owner**", "**Update**", "**Status**"),)
                 + tuple(r[:6] for r in log[:4])
                 + tuple((ref, "12/05/2026", m[2], "Head of Estates" if ref.endswith("15") else "ACC Operations",
                          m[3], m[4]) for ref, m in minuted.items()) + (log[4][:6],),
                 widths=(2, 2, 5, 2, 5, 2), header_rows=1)]
    data = render_docx(blocks, title="Accountability Board 7 July 2026", author="OPCC Hertfordshire",
                       when=datetime(2026, 7, 1, 9, 0), header=("OFFICIAL",))
    records = {
        "documents": [document("docx", "Accountability Board", force, org, date)],
        "meetings": [meeting(date, "Accountability Board", org, None),
                     meeting(prev, notes_title, org, None)],
        "agenda_items": [agenda(date, n, t, p) for n, t, p in items],
        "assurance_decisions": [decision(prev, topic, str(i), q, ev, _level(lvl), com)
                                for i, (topic, q, ev, lvl, com) in enumerate(questions, 1)],
        "actions": [action("2026-03-10" if raised == "10/03/2026" else prev, None, ref, text, update or None,
                           status, "status_column", "action_tracker")
                    for ref, raised, text, _, update, _, status in log[:4]]
        + [action(prev, m[0], ref, m[2], m[3], "complete" if m[4].startswith("Closed") else "outstanding",
                  "status_column", "action_tracker") for ref, m in minuted.items()]
        + [action(prev, None, log[4][0], log[4][2], log[4][4], log[4][6], "status_column", "action_tracker")],
    }
    finish_docx(records)
    return data, records


# --- 3. North Wales: a decision table and a log spanning several meetings ------

def north_wales() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for North Wales"
    force = "North Wales Police"
    date, prev = "2026-07-21", "2026-06-16"
    notes_title = "Notes of the Strategic Executive Board held on 16 June 2026"
    item = "Rural and wildlife crime"
    items = [("1", "Apologies", "Chair"), ("2", "Notes of the last meeting and action log", "Chief Executive"),
             ("3", "Neighbourhood policing and community confidence", "ACC"),
             ("4", "HMICFRS inspection update", "Head of Corporate Services"), ("5", "Any other business", "Chair")]
    questions = [
        ("How many rural crimes were recorded in 2025/26, and what share were thefts of farm vehicles and "
         "equipment?", "The Rural Crime Team recorded 1,046 rural crimes, 8% fewer than the year before. Thefts "
         "of quad bikes, trailers and tools were 31% of the total.", "Assured",
         "The PCC was pleased with the fall and the clear breakdown of the figures."),
        ("How does the Force respond to reports of sheep worrying by dogs, and how many owners were prosecuted?",
         "Reports are attended by a rural crime officer within 48 hours. Sixty-two incidents were reported and "
         "five owners were prosecuted under the new powers.", "Partially Assured",
         "The PCC asked why most incidents were closed without a suspect identified."),
        ("What is the Force doing about the illegal persecution of birds of prey in the uplands?",
         "The Force has two wildlife crime officers and works with the RSPB. No charges have been brought in the "
         "last three years.", "Not Assured",
         "The PCC wants a plan with partners and measures of success at the next Board."),
    ]
    minuted = [  # the ACTION lines after the table, printed again in the log
        ("SEB/26/11", "The Force to report the outcomes of sheep worrying incidents by division.",
         "Outcome data collated; to be presented at the September Board.", "In progress", "outstanding"),
        ("SEB/26/12", "The Force to bring a joint plan with partners on raptor persecution to the next Board.",
         "Plan agreed with the RSPB and Natural Resources Wales on 3 July 2026.", "Complete (03/07/2026)",
         "complete"),
    ]
    older = [
        ("SEB/26/02", "17/03/2026", "2026-03-17", "Provide the number of 999 calls answered within ten seconds "
         "for each month of the year.", "Figures circulated to members on 2 April 2026.", "Complete", "complete"),
        ("SEB/26/05", "17/03/2026", "2026-03-17", "Share the refreshed strategic assessment for serious and "
         "organised crime.", "Delayed by the national threat assessment; now due in August 2026.", "Overdue",
         "outstanding"),
        ("SEB/26/08", "21/04/2026", "2026-04-21", "Report on the take-up of the new victim care app.",
         "", "Not yet due", "outstanding"),
    ]
    look = replace(register_dejavu_serif(), footer="Swyddogol / Official")
    blocks: list = [
        P("**Comisiynydd Heddlu a Throseddu Gogledd Cymru / Police and Crime Commissioner for North Wales**"),
        H("Strategic Executive Board", 1),
        P("Tuesday 21 July 2026, 10:00, Conference Room 1, Police Headquarters, Colwyn Bay"),
        T((("**Item**", "**Subject**", "**Lead**"),) + tuple(items), widths=(1, 6, 3), header_rows=1),
        Break(),
        H(notes_title, 2),
        P("Present: Police and Crime Commissioner (Chair); Deputy Police and Crime Commissioner; Chief Constable; "
          "Assistant Chief Constable; Chief Executive, OPCC."),
        H("Item 1 – Welcome and apologies", 3),
        P("Apologies were received from the Chief Finance Officer."),
        H("Item 2 – " + item, 3),
        T((("**No.**", "**Question**", "**Force response**", "**Assurance level**", "**PCC comments**"),)
          + tuple((str(i), q, ev, lvl, com) for i, (q, ev, lvl, com) in enumerate(questions, 1)),
          widths=(1, 4, 5, 2, 4), header_rows=1),
    ]
    blocks += [P(f"**ACTION {ref}:** {text}") for ref, text, *_ in minuted]
    blocks += [H("Item 3 – Any other business", 3), P("None."), Break(),
               H("Appendix 1 – Action log", 2),
               T((("**Ref**", "**Meeting date**", "**Action**", "**Update**", "**Status**"),)
                 + tuple((ref, raised, text, upd, st) for ref, raised, _, text, upd, st, _ in older)
                 + tuple((ref, "16/06/2026", text, upd, st) for ref, text, upd, st, _ in minuted),
                 widths=(2, 2, 5, 5, 2), header_rows=1),
               H("Appendix 2 – Rural crime figures", 3),
               T((("**Offence**", "**2024/25**", "**2025/26**"), ("Theft of farm vehicles", "212", "188"),
                  ("Livestock theft", "64", "51"), ("Sheep worrying", "71", "62")), widths=(4, 2, 2),
                 header_rows=1)]
    data = render_pdf(blocks, look, "Strategic Executive Board", "OPCC North Wales")
    records = {
        "documents": [document("pdf", "Strategic Executive Board", force, org, date)],
        "meetings": [meeting(date, "Strategic Executive Board", org, None, 1),
                     meeting(prev, notes_title, org, item)],
        "agenda_items": [agenda(date, n, t, p, 1) for n, t, p in items],
        "assurance_decisions": [decision(prev, item, str(i), q, ev, {"Partially Assured": "Partly assured",
                                                                    "Not Assured": "Not assured"}.get(lvl, lvl), com)
                                for i, (q, ev, lvl, com) in enumerate(questions, 1)],
        "actions": [action(iso, None, ref, text, upd or None, status, "status_column", "action_tracker")
                    for ref, _, iso, text, upd, _, status in older]
        + [action(prev, item, ref, text, upd, status, "status_column", "action_tracker")
           for ref, text, upd, _, status in minuted],
    }
    set_pdf_pages(data, records)
    return data, records


# --- 4. Northamptonshire: a log grouped by meeting, BRAG letters -----------------

def northamptonshire() -> tuple[bytes, dict]:
    org = "Police, Fire and Crime Commissioner for Northamptonshire"
    force = "Northamptonshire Police"
    date, prev, older_date = "2026-07-16", "2026-06-18", "2026-03-19"
    notes_title = "Accountability Board – Notes of the meeting held on 18 June 2026"
    item = "Rape and serious sexual offences"
    items = [("1", "Welcome, apologies and declarations of interest", "PFCC"),
             ("2", "Notes of the meeting on 18 June 2026", "PFCC"),
             ("3", "Action log", "Head of Governance"),
             ("4", "Road safety and the Fatal Four", "ACC Operations"),
             ("5", "Date of next meeting", "PFCC")]
    questions = [
        ("KLOE 1", "What is the Force's charge rate for adult rape, and how does it compare with similar forces?",
         "The charge rate for adult rape was 7.9% in the year to March 2026, up from 5.1%, and second highest in "
         "the most similar group.", "Reasonable assurance",
         "The PFCC recognised the improvement and the work of the Operation Soteria team."),
        ("KLOE 2", "How long do victims wait between reporting and a charging decision?",
         "The median time from report to charge is 412 days. Most of the delay sits with digital forensic "
         "examination of phones.", "Limited assurance",
         "The PFCC was concerned about the effect of delay on victims withdrawing support."),
    ]
    agreed = [  # as the notes word them; as the log words them; update; BRAG letter
        ("The Force will present a breakdown of the digital forensic backlog by device type.",
         "Present the digital forensic backlog by device type.", "Breakdown circulated to Board members on 7 July 2026.", "B"),
        ("The OPFCC and the Force will review how victims are kept updated while they wait for a decision.",
         "Joint review of how victims are updated while awaiting a charging decision.",
         "Terms of reference agreed; review starts in August.", "G"),
    ]
    march = [
        ("1", "Provide the number of speeding offences detected by the new average speed cameras.",
         "Figures provided on 14 April 2026.", "B"),
        ("2", "Report on the use of Right Care Right Person in mental health calls.",
         "The report was deferred by the Force twice; no new date has been offered.", "R"),
        ("3", "Confirm the funding for the youth diversion scheme in 2026/27.",
         "Funding bid submitted; decision expected in September 2026.", "A"),
    ]
    status_of = {"B": "complete", "G": "outstanding", "A": "outstanding", "R": "outstanding"}
    blocks: list = [
        P("**Northamptonshire Police, Fire and Crime Commissioner**"),
        H("Accountability Board", 1),
        P("Thursday 16 July 2026, 14:00 – Darby House, Wellingborough Road, Northampton"),
        H("Agenda", 2),
        T(tuple((n, t, p) for n, t, p in items), widths=(1, 6, 3), bordered=False),
        Break(),
        H(notes_title, 2),
        P("Attendees: PFCC (Chair); Chief Constable; Deputy Chief Constable; Head of Governance, OPFCC."),
        P("**Item 1: Welcome and apologies.** Apologies from the Chief Finance Officer."),
        H(f"Item 2: {item}", 3),
        T((("**Ref**", "**Key line of enquiry**", "**Summary of response**", "**Assurance**",
            "**PFCC comment**"),) + tuple(questions), widths=(1, 4, 5, 2, 4), header_rows=1),
        P("**Actions agreed**"),
        Num(tuple(a[0] for a in agreed)),
        Break(),
        H("Action log", 2),
        P("BRAG: **B** – complete and closed; **G** – on track; **A** – at risk of missing its date; "
          "**R** – overdue or off track."),
        T((("**No.**", "**Action**", "**Update**", "**BRAG**"),
           ("**Accountability Board – 19 March 2026**", None, None, None))
          + tuple((n, a, u, f"**{b}**") for n, a, u, b in march)
          + (("**Accountability Board – 18 June 2026**", None, None, None),)
          + tuple((str(i), a[1], a[2], f"**{a[3]}**") for i, a in enumerate(agreed, 1)),
          widths=(1, 6, 6, 1), header_rows=1, spans=((1, 0, 1, 4), (5, 0, 1, 4)),
          fills={(1, 0): "#f2f2f2", (5, 0): "#f2f2f2"}),
        P("Actions marked B are removed from the log after the meeting at which they are reported."),
    ]
    data = render_pdf(blocks, PdfLook(header="Accountability Board – 16 July 2026"),
                      "Accountability Board", "OPFCC Northamptonshire")
    records = {
        "documents": [document("pdf", "Accountability Board", force, org, date)],
        "meetings": [meeting(date, "Accountability Board", org, None, 1),
                     meeting(prev, notes_title, org, item)],
        "agenda_items": [agenda(date, n, t, p, 1) for n, t, p in items],
        "assurance_decisions": [decision(prev, item, ref.removeprefix("KLOE "), q, ev,  # "KLOE 1" is question 1
                                         "Assured" if lvl.startswith("Reasonable") else "Partly assured", com)
                                for ref, q, ev, lvl, com in questions],
        "actions": [action(older_date, None, n, a, u, status_of[b], "status_column", "action_tracker")
                    for n, a, u, b in march]
        + [action(prev, item, str(i), a[1], a[2], status_of[a[3]], "status_column", "action_tracker", find=a[0])
           for i, a in enumerate(agreed, 1)],
    }
    set_pdf_pages(data, records)
    return data, records


# --- 5. MOPAC: open actions and closed actions in two tables --------------------

def mopac() -> tuple[bytes, dict]:
    org = "Deputy Mayor for Policing and Crime"
    force = "Metropolitan Police Service"
    date, prev = "2026-07-22", "2026-06-10"
    notes_title = "MOPAC Oversight Board – Summary note of the meeting held on 10 June 2026"
    item = "Custody and detention"
    items = [("1", "Welcome and declarations", "DMPC"), ("2", "Summary note and actions from 10 June 2026", "MOPAC"),
             ("3", "Public contact: 999 and 101 performance", "MPS Met Operations"),
             ("4", "Police and Crime Plan quarterly performance", "MOPAC Evidence and Insight"),
             ("5", "Any other business", "DMPC")]
    questions = [
        ("How many detainees were held for more than 24 hours before charge or release in the last quarter?",
         "The MPS reported 1,318 detentions over 24 hours, 6% of the total, most of them for serious violence "
         "and drugs supply offences awaiting forensic results.", "Partially assured",
         "The DMPC asked for the cases to be broken down by custody suite and offence."),
        ("How does the MPS make sure that children are not held overnight in police custody?",
         "Every child held after midnight is reviewed by an inspector, and local authorities are asked for "
         "accommodation. Only 4 of 212 transfer requests were met.", "Not assured",
         "The DMPC will raise the lack of local authority accommodation with the London boroughs."),
    ]
    minuted = {
        "OB/26/17": "MPS to provide over-24-hour detentions broken down by custody suite and offence.",
        "OB/26/18": "MOPAC to write to London Councils about local authority accommodation for children "
                    "charged and refused bail.",
    }
    open_rows = [
        ("OB/26/06", "11/03/2026", "2026-03-11", None, "MPS to share the evaluation of the new neighbourhood "
         "beat model.", "Met Operations", "Evaluation report received 2 July 2026; proposed to close at this Board.",
         "July 2026"),
        ("OB/26/11", "15/04/2026", "2026-04-15", None, "MOPAC to publish the quarterly stop and search "
         "dashboard with the new ethnicity breakdown.", "MOPAC", "Dashboard redesign delayed by data quality "
         "checks.", "September 2026"),
        ("OB/26/17", "10/06/2026", prev, item, minuted["OB/26/17"], "Met Operations",
         "Data requested from the custody system; due end of July.", "July 2026"),
    ]
    closed_rows = [
        ("OB/26/04", "11/03/2026", "2026-03-11", None, "MPS to provide the number of officers trained in "
         "trauma-informed practice.", "Figures provided in the June performance pack.", "10/06/2026"),
        ("OB/26/18", "10/06/2026", prev, item, minuted["OB/26/18"], "Letter sent 24 June 2026; reply received.",
         "08/07/2026"),
    ]
    blocks: list = [
        P("MAYOR OF LONDON – OFFICE FOR POLICING AND CRIME", size=9),
        H("MOPAC Oversight Board", 1),
        P("Wednesday 22 July 2026, 10.00–12.00, City Hall (Kamal Chunchie Way)"),
        P("Chair: Deputy Mayor for Policing and Crime"),
        H("Agenda", 2),
        Num(tuple(f"{t} ({pr})" for _, t, pr in items)),
        Break(),
        H(notes_title, 2),
        P("Attendees: Deputy Mayor for Policing and Crime (Chair); Chief Executive, MOPAC; Deputy Commissioner; "
          "Assistant Commissioner, Met Operations."),
        H("1. Welcome", 3),
        P("The DMPC welcomed attendees. There were no declarations of interest."),
        H("2. " + item, 3),
        T((("**Question**", "**MPS response**", "**DMPC assurance**"),)
          + tuple((f"**Q{i}.** {q}", ev, (f"**{lvl}**", com)) for i, (q, ev, lvl, com) in enumerate(questions, 1)),
          widths=(4, 5, 4), header_rows=1),
    ]
    blocks += [P(f"**Action {ref}:** {text}") for ref, text in minuted.items()]
    blocks += [H("3. Any other business", 3), P("None raised."), Break(),
               H("Actions", 2),
               P("**Open actions**"),
               T((("**Ref**", "**Raised**", "**Action**", "**Owner**", "**Update**", "**Target date**"),)
                 + tuple((r[0], r[1], r[4], r[5], r[6], r[7]) for r in open_rows), widths=(2, 2, 5, 2, 5, 2),
                 header_rows=1),
               P("**Actions closed since the last Board**"),
               T((("**Ref**", "**Raised**", "**Action**", "**How closed**", "**Date closed**"),)
                 + tuple((r[0], r[1], r[4], r[5], r[6]) for r in closed_rows), widths=(2, 2, 5, 5, 2),
                 header_rows=1)]
    data = render_docx(blocks, title="MOPAC Oversight Board 22 July 2026", author="MOPAC",
                       when=datetime(2026, 7, 15, 9, 0), header=("MOPAC | MAYOR OF LONDON OFFICE FOR POLICING AND CRIME",))
    records = {
        "documents": [document("docx", "MOPAC Oversight Board", force, org, date)],
        "meetings": [meeting(date, "MOPAC Oversight Board", org, None),
                     meeting(prev, notes_title, org, item)],
        "agenda_items": [agenda(date, n, t, pr) for n, t, pr in items],
        "assurance_decisions": [decision(prev, item, str(i), q, ev, "Partly assured" if lvl.startswith("Part")
                                         else "Not assured", com) for i, (q, ev, lvl, com) in enumerate(questions, 1)],
        "actions": [action(iso, topic, ref, text, upd, "outstanding", None, "action_tracker")
                    for ref, _, iso, topic, text, _, upd, _ in open_rows]
        + [action(iso, topic, ref, text, upd, "complete", None, "action_tracker")
           for ref, _, iso, topic, text, upd, _ in closed_rows],
    }
    finish_docx(records)
    return data, records


# --- 6. Leicestershire: dated update rows under each action --------------------

def leicestershire() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"
    force = "Leicestershire Police"
    date, prev = "2026-07-30", "2026-06-25"
    notes_title = "Strategic Assurance Board – Minutes of the meeting held on 25 June 2026"
    items = [("1", "Apologies and declarations of interest", "Chair"),
             ("2", "Minutes of the meeting held on 25 June 2026", "Chair"),
             ("3", "Action tracker", "OPCC Governance Officer"),
             ("4", "Serious violence and the Violence Reduction Network", "Chief Superintendent, Crime"),
             ("5", "Any other business", "Chair")]
    shop = "Retail crime"
    questions = [
        (shop, "What has the Force done to raise the number of shoplifting offences solved since the retail "
               "crime plan was launched?",
         "5.2 The positive outcome rate for shoplifting rose from 11% to 17%. A dedicated team now reviews "
         "CCTV from the forty most affected stores.", "Substantial",
         "5.4 The PCC welcomed the improvement and the work with the city centre Business Improvement District."),
        (shop, "How are repeat offenders who steal to fund drug use diverted into treatment?",
         "5.6 Eighteen offenders were referred to the drug intervention scheme; four completed treatment.",
         "Limited",
         "5.8 The PCC noted the low completion rate and asked for the scheme to be reviewed with the "
         "treatment provider."),
    ]
    # ref, raised, iso, topic, action, lead, dated updates, status cell, status, source
    tracker = [
        ("SAB 26/03", "19/03/2026", "2026-03-19", None, "Report on the use of live facial recognition vans in the "
         "city centre.", "ACC", ("23/04/2026: Deployment data collated.",
                                  "25/06/2026: Report presented to the Board; members content."),
         "Closed", "complete", "status_column"),
        ("SAB 26/07", "23/04/2026", "2026-04-23", None, "Confirm the recruitment plan for 30 additional PCSOs.",
         "Head of HR", ("25/06/2026: Recruitment campaign opened 1 June.",
                        "20/07/2026: 19 appointed; second campaign in September."),
         "Carried forward", "outstanding", "status_column"),
        ("SAB 26/08", "23/04/2026", "2026-04-23", None, "Share the audit of crime recording for rape with the "
         "OPCC.", "Force Crime Registrar", ("25/06/2026: Audit fieldwork under way.",
                                               "20/07/2026: Audit report shared with the OPCC on 14 July; action "
                                               "discharged."),
         "", "complete", "inferred_from_update"),
        ("SAB 26/12", "25/06/2026", prev, shop, "Review the drug intervention scheme with the treatment provider "
         "and report back.", "Chief Superintendent, Crime", ("20/07/2026: Meeting with the provider set for 12 "
                                                              "August.",),
         "Open", "outstanding", "status_column"),
    ]
    rows: list = [("**Ref**", "**Raised**", "**Action**", "**Lead**", "**Status**")]
    spans, fills = [], {}
    for ref, raised, _, _, text, lead, updates, cell, *_ in tracker:
        rows.append((f"**{ref}**", raised, text, lead, cell))
        rows.append((tuple(f"*Update {u}*" for u in updates), None, None, None, None))
        spans.append((len(rows) - 1, 0, 1, 5))
    blocks: list = [
        P("**Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland**"),
        H("Strategic Assurance Board", 1),
        P("Thursday 30 July 2026 at 10.00am, Force Headquarters, Enderby"),
        H("Agenda", 2),
        T((("**Item**", "**Subject**", "**Presenter**"),) + tuple(items), widths=(1, 6, 3), header_rows=1),
        P("The PCC's Joint Audit, Risk and Assurance Panel will receive the internal audit report on "
          "collaboration, which gave limited assurance, in September."),
        Break(),
        H(notes_title, 2),
        P("Present: Police and Crime Commissioner (Chair); Chief Constable; Deputy Chief Constable; OPCC Chief "
          "Executive; OPCC Chief Finance Officer."),
        H("4. Apologies and minutes", 3),
        P("4.1 Apologies were received from the ACC. The minutes of 23 April 2026 were agreed."),
        H("5. " + shop, 3),
    ]
    for i, (_, q, ev, lvl, com) in enumerate(questions):
        n = 1 + 4 * i
        blocks += [P(f"5.{n} **Question {i + 1}:** {q}"), P(ev), P(f"5.{n + 2} **Level of assurance: {lvl}**"),
                   P(com)]
    blocks += [P(f"5.9 **Action SAB 26/12:** {tracker[3][4]}"),
               H("6. Any other business", 3),
               P("6.1 The Chief Finance Officer reported that the medium-term financial plan would come to the "
                 "September Board."),
               Break(),
               H("Action tracker – July 2026", 2),
               T(tuple(rows), widths=(2, 2, 6, 3, 2), header_rows=1, spans=tuple(spans), fills=fills)]
    data = render_pdf(blocks, PdfLook(footer="OPCC Leicester, Leicestershire and Rutland – Strategic Assurance Board"),
                      "Strategic Assurance Board", "OPCC LLR")
    records = {
        "documents": [document("pdf", "Strategic Assurance Board", force, org, date)],
        "meetings": [meeting(date, "Strategic Assurance Board", org, None, 1),
                     meeting(prev, notes_title, org, shop)],
        "agenda_items": [agenda(date, n, t, pr, 1) for n, t, pr in items],
        "assurance_decisions": [decision(prev, topic, str(i), q, ev.split(" ", 1)[1], _level(lvl),
                                         com.split(" ", 1)[1]) for i, (topic, q, ev, lvl, com) in
                                enumerate(questions, 1)],
        "actions": [action(iso, topic, ref, text, " ".join(f"Update {u}" for u in updates), status, source,
                           "action_tracker", find=text if topic is None else f"Action SAB 26/12: {text}")
                    for ref, _, iso, topic, text, _, updates, _, status, source in tracker],
    }
    set_pdf_pages(data, records)
    return data, records


# --- 7. Thames Valley: the status only as the update's capitalised opening word --

def thames_valley() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for Thames Valley"
    force = "Thames Valley Police"
    date, prev = "2026-07-28", "2026-06-30"
    notes_title = "Level 1 Public Accountability Meeting – Notes – 30 June 2026"
    item = "Contact management"
    items = [("1", "Apologies", "Chair"), ("2", "Notes of the meeting on 30 June 2026", "Chair"),
             ("3", "Matters arising and action log", "Head of Governance and Compliance"),
             ("4", "Knife crime and serious violence", "ACC Local Policing"),
             ("5", "Public questions", "Chair")]
    questions = [
        ("What proportion of 999 calls were answered within ten seconds in May 2026, and how does that compare "
         "with the national standard?",
         "The Force answered 88% of 999 calls within ten seconds in May, against the national standard of 90%. "
         "Performance dipped on Saturday evenings when staffing was lowest.", "Partially assured",
         "The PCC asked the Force to set out how weekend staffing will be changed."),
        ("How many 101 calls were abandoned, and what is being done to move callers to online reporting?",
         "Abandonment fell to 11%. The online reporting service now takes a third of non-emergency reports and a "
         "call-back option was launched in April.", "Assured",
         "The PCC was pleased with the progress and the take-up of the call-back option."),
    ]
    # number, raised, iso, topic, action, owner, update; status read from the update's opening word
    log = [
        ("26/21", "30/06/2026", prev, item, "Set out how weekend staffing in the contact centre will be changed.",
         "Head of Contact Management", "ONGOING – Staffing model being consulted on; report to the September "
         "meeting.", "outstanding"),
        ("26/22", "30/06/2026", prev, item, "Share the call-back option's first three months of data.",
         "Head of Contact Management", "COMPLETE – Data circulated to the OPCC on 15 July 2026.", "complete"),
        ("26/14", "28/04/2026", "2026-04-28", None, "Publish the Force's policy on the use of drones.",
         "ACC Operations", "CLOSED – Policy published on the Force website on 2 June 2026.", "complete"),
        ("26/16", "28/04/2026", "2026-04-28", None, "Report the number of officers trained in the new stalking "
         "protection order process.", "Head of Public Protection", "PROPOSED TO CLOSE – 412 officers trained; "
         "figures in the June performance pack.", "outstanding"),
        ("25/58", "25/11/2025", "2025-11-25", None, "Provide an update on the replacement of the command and "
         "control system.", "Chief Information Officer", "ONGOING – Go-live moved to spring 2027; carried "
         "forward.", "outstanding"),
    ]
    blocks: list = [
        P("Office of the Police and Crime Commissioner for Thames Valley", size=10),
        H("Level 1 Public Accountability Meeting", 1),
        P("Tuesday 28 July 2026 at 10:30am – OPCC Offices, Kidlington (also broadcast online)"),
        H("Agenda", 2),
        T((("**No.**", "**Item**", "**Lead**"),) + tuple(items), widths=(1, 6, 3), header_rows=1, bordered=False),
        Break(),
        H(notes_title, 2),
        P("Present: Police and Crime Commissioner; Chief Constable; Deputy Chief Constable; Chief Executive, OPCC."),
        H("1. Apologies", 3),
        P("Apologies were received from the Chief Finance Officer."),
        H("2. Matters arising", 3),
        P("The Head of Governance and Compliance reported that action 26/14 had been completed since the papers "
          "were circulated; the updates on other actions are in the action log."),
        H("3. " + item, 3),
    ]
    for i, (q, ev, lvl, com) in enumerate(questions, 1):
        blocks += [P(f"**Q{i}. {q}**"), P(ev), P(f"**PCC's assessment:** {lvl}. {com}")]
    blocks += [P(f"**Action {ref}:** {text}") for ref, _, _, topic, text, *_ in log if topic]
    blocks += [H("4. Public questions", 3),
               P("A resident asked about speeding in villages. The PCC said he would seek assurance from the Force "
                 "on the Community Speed Watch scheme and reply in writing."),
               Break(),
               H("Level 1 action log – July 2026", 2),
               P("The status of each action is the first word of its update."),
               T((("**No.**", "**Raised**", "**Action**", "**Owner**", "**Update**"),)
                 + tuple((n, r, a, o, u) for n, r, _, _, a, o, u, _ in log), widths=(1, 2, 5, 3, 5), header_rows=1)]
    data = render_docx(blocks, title="Level 1 Public Accountability Meeting 28 July 2026", author="OPCC Thames Valley",
                       when=datetime(2026, 7, 20, 9, 0))
    records = {
        "documents": [document("docx", "Level 1 Public Accountability Meeting", force, org, date)],
        "meetings": [meeting(date, "Level 1 Public Accountability Meeting", org, None),
                     meeting(prev, notes_title, org, item)],
        "agenda_items": [agenda(date, n, t, pr) for n, t, pr in items],
        "assurance_decisions": [decision(prev, item, str(i), q, ev, "Partly assured" if lvl.startswith("Part")
                                         else "Assured", com) for i, (q, ev, lvl, com) in enumerate(questions, 1)],
        "actions": [action(iso, topic, n, a, u, status, "inferred_from_update", "action_tracker")
                    for n, _, iso, topic, a, _, u, status in log],
    }
    finish_docx(records)
    return data, records


PACKS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "durham-scrutiny-2026-07-14.pdf": durham,
    "hertfordshire-ab-2026-07-07.docx": hertfordshire,
    "north-wales-seb-2026-07-21.pdf": north_wales,
    "northamptonshire-ab-2026-07-16.pdf": northamptonshire,
    "mopac-oversight-2026-07-22.docx": mopac,
    "leicestershire-sab-2026-07-30.pdf": leicestershire,
    "thames-valley-l1-2026-07-28.docx": thames_valley,
}


def main() -> None:
    for name, build in PACKS.items():
        data, records = build()
        write(name, data, records)


if __name__ == "__main__":
    main()
