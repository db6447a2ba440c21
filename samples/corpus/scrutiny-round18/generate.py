"""Scrutiny packs of the eighteenth round (held out): seven packs of PCC, PFCC and
mayoral offices, written blind, with their gold in gold/ (held out when written; scored once, then fixed for and promoted).

Every name, figure and sentence is invented. Gold records are built from the same
tuples that print each pack; a PDF record's page is the first page whose
pdfplumber words hold the record's opening six words in order.

    .venv/bin/python samples/corpus/scrutiny-round18/generate.py
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pdfplumber
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))
from render import Break, Bul, H, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written by hand beside the text that prints it (round 18, blind, held out); PDF pages from "
           "pdfplumber's words and checked with `scrutiny inspect`; DOCX pages null.")
GREEN, RED = "#00b050", "#ff0000"
LEVEL_WORDS = {"Assured": "Assured", "Partly assured": "Partly assured", "Not assured": "Not assured"}


# --- gold record builders ---------------------------------------------------

def document(title: str, organisation: str, force: str, meeting_date: str, file_type: str) -> dict:
    return {"page": None, "file_type": file_type, "doc_kind": "scrutiny_pack", "title": title, "force": force,
            "organisation": organisation, "meeting_date": meeting_date, "publication_date": None,
            "status": "ok", "pages": None}


def meeting(meeting_date: str, topic: str | None, organisation: str, title: str, page: int | None = None) -> dict:
    return {"page": page, "meeting_date": meeting_date, "topic": topic, "organisation": organisation,
            "title": title, "_key": title}


def agenda_item(meeting_date: str, number: str, title: str, presenter: str | None) -> dict:
    return {"page": 1, "meeting_date": meeting_date, "number": number, "title": title, "presenter": presenter}


def decision(meeting_date: str, topic: str | None, number: str, question: str, evidence: str, level: str,
             commentary: str | None) -> dict:
    return {"page": None, "meeting_date": meeting_date, "topic": topic, "question_number": number,
            "question": question, "evidence_summary": evidence, "assurance": level, "commentary": commentary,
            "_key": question}


def action(meeting_date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
           status: str, status_source: str, source: str, key: str | None = None) -> dict:
    return {"page": None, "meeting_date": meeting_date, "topic": topic, "number": number, "text": text,
            "update": update, "status": status, "status_source": status_source, "source": source,
            "_key": key or text}


# --- pages --------------------------------------------------------------------

def _words(text: str) -> list[str]:
    text = text.replace("’", "'").replace("–", "-")
    return [w for w in (re.sub(r"[^\w']", "", t).lower() for t in text.split()) if w]


def _page_of(pages: list[list[str]], key: str) -> int:
    """The first page whose words hold the key's opening six words in order (within 60 words)."""
    wanted = _words(key)[:6]
    for number, words in enumerate(pages, start=1):
        for start, word in enumerate(words):
            if word != wanted[0]:
                continue
            at, found = start, 1
            for w in wanted[1:]:
                try:
                    at = words.index(w, at + 1, start + 60)
                except ValueError:
                    break
                found += 1
            if found == len(wanted):
                return number
    raise ValueError(f"no page holds {wanted}")


def finish_records(records: dict, data: bytes | None) -> dict:
    """Set PDF pages (front-sheet agenda stays on page 1) or null them for Word; drop the page keys."""
    pages = None
    if data is not None:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [_words(" ".join(w["text"] for w in page.extract_words())) for page in pdf.pages]
        records["documents"][0]["pages"] = len(pages)
    for kind, items in records.items():
        for record in items:
            key = record.pop("_key", None)
            if kind == "documents":
                continue
            if pages is None:
                record["page"] = None
            elif key is not None and record["page"] is None:
                record["page"] = _page_of(pages, key)
    return records


def write(name: str, data: bytes, records: dict) -> None:
    (HERE / name).write_bytes(data)
    GOLD.mkdir(exist_ok=True)
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
    (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    counts = {k: len(v) for k, v in records.items()}
    print(f"{name}: {len(data)} bytes, {counts}")


# --- 1. Warwickshire: the reference family (common) ---------------------------

def warwickshire() -> tuple[bytes, dict]:
    org, force, day, prev = ("Police and Crime Commissioner for Warwickshire", "Warwickshire Police",
                             "2026-06-10", "2026-04-08")
    topic = "Business and Retail Crime"
    notes_title = "DRAFT NOTES - SCRUTINY MEETING (BUSINESS AND RETAIL CRIME) - 8 APRIL 2026"
    agenda = [
        ("1", "Apologies for Absence", "PCC"),
        ("2", "Draft Notes - Scrutiny Meeting (Business and Retail Crime) - 8 April 2026", "PCC"),
        ("3", "Scrutiny Actions 2026/27 - An Update", "PCC"),
        ("4", "Road Safety and the Fatal Four", "Warwickshire Police"),
        ("5", "Any Other Business", "PCC"),
        ("6", "Date of the next meeting: Tuesday 14 July 2026 Topic: Cyber-enabled Fraud", "PCC"),
    ]
    questions = [
        ("1", "What has the Force done since last year to improve its attendance at, and investigation of, "
              "shoplifting offences reported by retailers?",
         ("The Force now attends every shoplifting report where a suspect is detained, violence has been used or "
          "the offender is known to be prolific.",
          "Attendance within the target time rose from 38% in 2024/25 to 61% in 2025/26.",
          "A retail crime investigation desk reviews every report within 24 hours for CCTV and forensic "
          "opportunities.",
          "The charge rate for shoplifting rose from 11% to 17% over the same period, although it remains below "
          "the rate of the most similar forces."),
         "Partly Assured",
         "The PCC welcomed the rise in attendance and charges but asked the Force to close the gap with similar "
         "forces, and will look again at performance in six months."),
        ("2", "How is the Force working with the Business Crime Reduction Partnership and retailers to share "
              "intelligence and identify prolific offenders?",
         ("Retailers submit intelligence through the partnership's shared reporting platform, which is reviewed "
          "daily by the Force's intelligence unit.",
          "The twenty most prolific offenders each have a named officer and a management plan.",
          "Eight criminal behaviour orders were obtained in 2025/26, compared with two the year before."),
         "Assured",
         "The PCC was pleased with the joint working and the use of criminal behaviour orders against prolific "
         "offenders."),
        ("3", "What support is offered to retail staff who are victims of violence or abuse at work, and how does "
              "the Force know whether they are satisfied with the service?",
         ("Retail staff who are victims are referred to the victim support service in the same way as other "
          "victims.",
          "The Force does not yet survey retail staff separately and could not say how satisfied they are.",
          "A short survey of retail victims is being designed with the partnership."),
         "Not Assured",
         "The PCC was concerned that the Force cannot yet show how satisfied retail staff are with the service "
         "they receive and asked for the survey results to be brought back."),
    ]
    list_actions = [
        ("1", "That the Force shares its retail crime problem profile with the PCC/OPCC once it is finalised.",
         "The problem profile is in draft and is expected to be finalised in July 2026.", False),
        ("2", "That the results of the retail staff victim survey be reported to the PCC when this topic is "
              "next reviewed.",
         "The survey went live on 1 May 2026 and 212 responses had been received by the end of the month. The "
         "results will be reported at the next review.", False),
    ]
    older = [
        ("Rural Crime", "That the Force provides the PCC with the number of officers trained in wildlife and "
                        "heritage crime investigation.",
         "Figures were provided to the OPCC on 3 March 2026: fourteen officers are now trained.", True),
        ("Rural Crime", "That the topic of Rural Crime be revisited at a Scrutiny Meeting in early 2027.",
         "To be scheduled in the 2027 forward plan.", False),
        ("Stop and Search", "That the OPCC be given access to the Force's stop and search dashboard to support "
                            "the independent scrutiny panel.",
         "Access was granted to two OPCC officers on 16 February 2026.", True),
    ]

    def square(done: bool) -> str:
        return f"{{{GREEN if done else RED}|■}}"

    blocks = [
        P("**Police and Crime Commissioner for Warwickshire**"),
        P("Office of the Police and Crime Commissioner, 3 Market Walk, Warwick"),
        P("Email: opcc@warwickshire-pcc.example.org.uk"),
        H("Police and Crime Commissioner for Warwickshire", 2),
        H("Scrutiny Meeting", 3),
        P("**Date: Wednesday 10 June 2026**"),
        P("**Time: 2:00pm - 3:30pm**"),
        P("**Venue: OPCC Meeting Room / Microsoft Teams**"),
        H("Agenda", 3),
        T((("", "**Item**", "**Presented By**"),) + tuple((f"{n}.", t, p) for n, t, p in agenda),
          widths=(8, 70, 22), bordered=False),
        Break(),
        P(f"**{notes_title}**"),
        P("Present: Police and Crime Commissioner (Chair); Chief Executive, OPCC; Deputy Chief Constable; "
          "Superintendent, Neighbourhood Policing; Scrutiny and Governance Officer (notes)."),
        T((("**Question**", "**Brief Summary of Evidence**", "**Decision of PCC**"),)
          + tuple((f"**{n}. {q}**", (Bul(ev),), (f"**{lvl}**", f"*{comment}*"))
                  for n, q, ev, lvl, comment in questions),
          widths=(30, 45, 25), header_rows=1),
        P("**Actions**"),
        T(tuple((n, text) for n, text, _, _ in list_actions), widths=(6, 94), bordered=False),
        Break(),
        P("**ACTION TRACKER 2026/27**"),
        T((("**Topic**", "**Action**", "**Update**", "**Status**"),)
          + ((f"**{older[0][0]}**", older[0][1], older[0][2], square(older[0][3])),
             (None, older[1][1], older[1][2], square(older[1][3])),
             (f"**{older[2][0]}**", older[2][1], older[2][2], square(older[2][3])),
             (f"**{topic}**", list_actions[0][1], list_actions[0][2], square(list_actions[0][3])),
             (None, list_actions[1][1], list_actions[1][2], square(list_actions[1][3]))),
          widths=(18, 36, 36, 10), header_rows=1, spans=((1, 0, 2, 1), (4, 0, 2, 1))),
        P(f"{{{GREEN}|■}} = Action Complete"),
        P(f"{{{RED}|■}} = Action Outstanding"),
        Break(),
        P("**Scrutiny Meeting**"),
        P("**10 June 2026**"),
        T((("**Report Title**", "**Road Safety and the Fatal Four**"),
           ("**Meeting Date**", "**Wednesday 10 June 2026**")), widths=(30, 70)),
        P("**Rationale for Questions**"),
        P("Road deaths in the county rose in 2025 after three years of decline. The Police and Crime Plan commits "
          "the PCC to making roads safer, and the PCC will be looking to understand how the Force targets the "
          "'fatal four' offences: speeding, drink and drug driving, mobile phone use and not wearing a seatbelt."),
        P("**Questions to the Chief Constable**"),
        P("How does the Force decide where to deploy its roads policing officers and safety cameras?", hang="1."),
        P("What has been the outcome of the winter drink and drug driving campaign?", hang="2."),
        P("How is the Force working with the local authorities to improve the routes with the most collisions?",
          hang="3."),
        P("**OPCC Background Information**"),
        P("The table below shows the number of people killed or seriously injured on the county's roads, taken "
          "from the road safety partnership's annual report. The figures for 2025 are provisional."),
        T((("**Year**", "**Killed**", "**Seriously injured**", "**Total**"),
           ("2022", "24", "301", "325"), ("2023", "21", "287", "308"),
           ("2024", "19", "279", "298"), ("2025", "27", "284", "311")), widths=(25, 25, 25, 25), header_rows=1),
        P("The OPCC funds a community speed watch coordinator. Internal audit's review of the road safety grant "
          "gave reasonable assurance over the way the grant is managed."),
    ]
    data = render_pdf(blocks, PdfLook(font="Helvetica"), title="Scrutiny Meeting 10 June 2026",
                      author="OPCC Warwickshire")
    records = {
        "documents": [document("Scrutiny Meeting", org, force, day, "pdf")],
        # The notes' heading repeats agenda item 2's words, so its page (2) is given, not searched for.
        "meetings": [meeting(day, None, org, "Scrutiny Meeting", page=1), meeting(prev, topic, org, notes_title,
                                                                                  page=2)],
        "agenda_items": [agenda_item(day, n, t, p) for n, t, p in agenda],
        "assurance_decisions": [decision(prev, topic, n, q, "\n".join(ev), LEVEL_WORDS[lvl.capitalize()], comment)
                                for n, q, ev, lvl, comment in questions],
        "actions": [action(prev, topic, n, text, update, "complete" if done else "outstanding", "glyph_colour",
                           "action_tracker") for n, text, update, done in list_actions]
                   + [action(None, t, None, text, update, "complete" if done else "outstanding", "glyph_colour",
                             "action_tracker") for t, text, update, done in older],
    }
    return data, finish_records(records, data)



# --- 2. Cumbria: Word minutes with "Level of assurance" lines (common) --------

ASSURANCE_SCALE = {"Substantial": "Assured", "Reasonable": "Assured", "Limited": "Partly assured",
                   "No assurance": "Not assured"}


def cumbria() -> tuple[bytes, dict]:
    org, force, day, prev = ("Police, Fire and Crime Commissioner for Cumbria", "Cumbria Constabulary",
                             "2026-06-25", "2026-04-23")
    title = "Public Accountability Conference"
    minutes_title = "Minutes of the Public Accountability Conference held on 23 April 2026"
    agenda = [
        ("1", "Welcome and apologies", "Commissioner"),
        ("2", "Minutes of the meeting held on 23 April 2026 and action log", "Commissioner"),
        ("3", "Fire: On-call availability", "Chief Fire Officer"),
        ("4", "Police: Domestic abuse and stalking", "Assistant Chief Constable"),
        ("5", "Police: Provisional revenue outturn 2025/26", "Chief Finance Officer"),
        ("6", "Any other business", "Commissioner"),
    ]
    items = [
        ("3", "Neighbourhood policing", [
            ("1", "How many hours do neighbourhood officers spend on neighbourhood duties, and how often are they "
                  "taken away to cover response shifts?",
             ("The Assistant Chief Constable reported that neighbourhood officers spent 71% of their time on "
              "neighbourhood duties in the last quarter, against a target of 80%.",
              "Abstractions to cover response shifts had fallen from 340 shifts in the autumn to 190 over the "
              "winter, after twelve student officers joined response teams."),
             "Substantial",
             "The Commissioner was satisfied that abstraction was falling and that the force was monitoring it "
             "closely."),
            ("2", "How does the force know whether neighbourhood teams are working on the problems that matter "
                  "most to each community?",
             ("Each neighbourhood has a priority set at a public meeting, but only half of the priorities set in "
              "2025 had a written problem-solving plan.",
              "The force is introducing a single template and a monthly review by the neighbourhood inspector."),
             "Limited",
             "The Commissioner asked that every neighbourhood priority has a problem-solving plan by the end of "
             "September."),
        ], [("PAC/26/09", "Report the proportion of neighbourhood priorities with a problem-solving plan to the "
                          "Commissioner each quarter.",
             "First quarterly figure due in July 2026.", "Open")]),
        ("4", "Missing people", [
            ("1", "How quickly are missing person reports risk assessed, and who reviews the assessment?",
             ("Every report is risk assessed by the control room within an hour and reviewed by a duty inspector.",
              "An audit of 60 reports in February found the risk level right in 55 of them."),
             "Reasonable",
             "The Commissioner noted the audit and asked to see the next one."),
            ("2", "What is the force doing to reduce the number of children who repeatedly go missing from care?",
             ("Eleven children accounted for a third of all missing episodes in 2025/26.",
              "Return home interviews were completed in 42% of episodes, and the force could not yet show that "
              "the information from them was used to plan prevention with the local authority."),
             "No assurance",
             "The Commissioner was concerned by the low rate of return home interviews and asked for a joint plan "
             "with the local authority."),
        ], [("PAC/26/10", "Share the results of the next missing person risk assessment audit with the "
                          "Commissioner.",
             "Audit completed in May 2026; results shared with the OPCC on 2 June 2026.", "Complete"),
            ("PAC/26/11", "Present a joint plan with the local authority to increase return home interviews and "
                          "use them in prevention planning.",
             None, "Not started")]),
    ]
    older = [
        ("PAC/26/04", "26/02/2026", "2026-02-26", "Circulate the rural crime team's seasonal operations plan to "
                                                  "the Commissioner.",
         "Plan circulated on 10 March 2026.", "Complete"),
        ("PAC/26/07", "26/02/2026", "2026-02-26", "Provide a breakdown of 101 call abandonment by hour of the day.",
         "Data being validated by the performance team; expected in July.", "In progress"),
    ]
    blocks: list = [
        P("**Police, Fire and Crime Commissioner for Cumbria**"),
        H(title, 1),
        P("**Date:** Thursday 25 June 2026"),
        P("**Time:** 10.00am to 12.30pm"),
        P("**Venue:** Conference Room, Carleton Hall, and online"),
        H("Agenda", 2),
        T((("**No.**", "**Item**", "**Lead**"),) + tuple(agenda), widths=(8, 62, 30), header_rows=1),
        P("The Public Accountability Conference is where the Commissioner holds the Chief Constable and the Chief "
          "Fire Officer to account in public. The Joint Audit Committee gives the Commissioner separate assurance "
          "on governance and risk: internal audit's 2025/26 opinion was one of reasonable assurance."),
        Break(),
        H(minutes_title, 1),
        P("**Present:** Police, Fire and Crime Commissioner (Chair); Chief Executive, OPFCC; Chief Constable; "
          "Assistant Chief Constable; Chief Fire Officer; Governance Officer (minutes)."),
        H("1. Welcome and apologies", 2),
        P("The Commissioner welcomed those present. Apologies were received from the Deputy Chief Constable."),
        H("2. Minutes and action log", 2),
        P("The minutes of the meeting held on 26 February 2026 were agreed. The action log was reviewed; see the "
          "log at the end of these minutes."),
    ]
    decisions, log_actions = [], []
    for number, item_title, qs, acts in items:
        blocks.append(H(f"{number}. {item_title}", 2))
        for q_number, question, answers, level, comment in qs:
            blocks.append(P(f"**Question {q_number}: {question}**"))
            blocks += [P(a) for a in answers]
            blocks.append(P(f"**Level of assurance: {level}**"))
            blocks.append(P(comment))
            decisions.append(decision(prev, item_title, q_number, question, "\n".join(answers),
                                      ASSURANCE_SCALE[level], comment))
        for ref, text, update, status in acts:
            blocks.append(P(f"**ACTION:** {text} ({ref})"))
            log_actions.append((ref, "23/04/2026", prev, text, update, status, item_title))
    blocks += [H("5. Any other business", 2), P("There was no other business."),
               H("Action log", 2)]
    rows = [(ref, raised, text, update or "", status) for ref, raised, _, text, update, status in older]
    rows += [(ref, raised, text, update or "", status) for ref, raised, _, text, update, status, _ in log_actions]
    blocks.append(T((("**Ref**", "**Date raised**", "**Action**", "**Update**", "**Status**"),) + tuple(rows),
                    widths=(13, 14, 33, 28, 12), header_rows=1))
    done = {"Complete": "complete"}
    data = render_docx(blocks, title=title, author="OPFCC Cumbria", when=datetime(2026, 6, 17, 9, 0))
    records = {
        "documents": [document(title, org, force, day, "docx")],
        "meetings": [meeting(day, None, org, title), meeting(prev, None, org, minutes_title)],
        "agenda_items": [agenda_item(day, n, t, p) for n, t, p in agenda],
        "assurance_decisions": decisions,
        "actions": [action(iso, None, ref, text, update, done.get(status, "outstanding"), "status_column",
                           "action_tracker") for ref, _, iso, text, update, status in older]
                   + [action(iso, topic, ref, text, update, done.get(status, "outstanding"), "status_column",
                             "action_tracker") for ref, _, iso, text, update, status, topic in log_actions],
    }
    return data, finish_records(records, None)



# --- 3. Devon and Cornwall: a decision table under one item heading (common) ---

def devon_cornwall() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"
    force, day, prev = "Devon and Cornwall Police", "2026-06-30", "2026-05-12"
    title = "Performance and Accountability Board"
    notes_title = "Notes of the Performance and Accountability Board held on 12 May 2026"
    topic = "Drug-related harm"
    agenda = [
        ("1", "Apologies", "Chair"),
        ("2", "Notes of the meeting held on 12 May 2026 and action log", "OPCC Head of Governance"),
        ("3", "Contact services: 101 and online reporting", "Assistant Chief Constable"),
        ("4", "Quarter 4 performance report", "OPCC Head of Performance"),
        ("5", "Any other business", "Chair"),
    ]
    questions = [
        ("1", "How does the force identify and disrupt the county lines operating into the peninsula, and what "
              "has the effect been over the last year?",
         "Sixty-two county lines were closed in 2025/26, up from 48. Each line is mapped by the regional "
         "organised crime unit and tasked to a named team. Referrals of exploited children to the national "
         "referral mechanism rose by a fifth.",
         "Assured",
         "The PCC recognised the increase in lines closed and thanked the teams involved."),
        ("2", "What is the force doing to divert people found in possession of drugs away from the criminal "
              "justice system and into treatment?",
         "A diversion scheme runs in two of the four local policing areas. 410 people were referred in 2025/26 "
         "and 58% attended their first appointment. The force has not yet measured reoffending among those "
         "referred.",
         "Partially Assured",
         "The PCC supports the scheme but wants to see evidence of its effect on reoffending before it is "
         "extended."),
        ("3", "How are drug-related deaths reviewed with partners, and what has been learned from the reviews "
              "completed so far?",
         "The force takes part in the local drug-related death panels in each area. Attendance has been "
         "inconsistent, and the force could not describe any change to practice that had followed a review.",
         "Not Assured",
         "The PCC asked the force to make sure it is represented at every panel and to report what it has "
         "learned."),
        ("4", "How does the force use the proceeds of crime from drug investigations to support local "
              "communities?",
         "£1.2 million was confiscated in 2025/26. The force's share of the incentive scheme funds a "
         "community grants round run with the OPCC; fourteen grants were made in the last round.",
         "Assured",
         "The PCC welcomed the grants and asked that the next round is promoted more widely."),
    ]
    log = [
        ("PAB 25/41", "17/03/2026", "2026-03-17", None, "Provide the number of officers trained to use naloxone.",
         "312 officers trained; figures sent to the OPCC on 2 April 2026.", "Complete"),
        ("PAB 25/44", "17/03/2026", "2026-03-17", None, "Review the wording of the online crime reporting form "
                                                      "with the victims' panel.",
         "Panel session held in April; changes to be made in the summer release.", "In progress"),
        ("PAB 26/03", "12/05/2026", prev, topic, "Report on reoffending among people referred to the drugs "
                                                "diversion scheme.",
         "Analysis commissioned from the university partner.", "In progress"),
        ("PAB 26/04", "12/05/2026", prev, topic, "Confirm the force's representative on each drug-related death "
                                                "panel.",
         "Representatives named for all four panels on 28 May 2026.", "Complete"),
        ("PAB 26/05", "12/05/2026", prev, topic, "Share the learning from completed drug-related death reviews "
                                                "with the PCC.",
         "", "Open"),
    ]
    look = PdfLook(font="Times-Roman", bold_font="Times-Bold", italic_font="Times-Italic", body_size=12,
                   cell_size=10.5, margin=62)
    blocks = [
        P("Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
        H(title, 1),
        P("Tuesday 30 June 2026, 14:00 – 16:00, Alderson Room, Police Headquarters and by video link"),
        H("Agenda", 2),
        T((("**Item**", "**Subject**", "**Lead**"),) + tuple(agenda), widths=(9, 61, 30), header_rows=1),
        H("About the Board", 2),
        P("The Board is the PCC's main formal meeting for holding the Chief Constable to account for the "
          "performance of the force against the Police and Crime Plan. The PCC also receives assurance on "
          "financial controls from the Joint Audit Committee; the latest internal audit report on overtime gave "
          "moderate assurance."),
        P("Questions for each item are set by the PCC in advance. After the meeting the PCC records, for each "
          "question, whether he is assured, partially assured or not assured."),
        Break(),
        H(notes_title, 1),
        P("**Present:** Police and Crime Commissioner (Chair); Chief Executive, OPCC; Deputy Chief Constable; "
          "Detective Chief Superintendent, Serious and Organised Crime; OPCC Head of Governance."),
        P("**Apologies:** Chief Constable."),
        H(f"Item 3 – {topic}", 2),
        T((("**No.**", "**Question**", "**Force response**", "**Assurance level**", "**PCC comments**"),)
          + tuple((n, q, ev, f"**{lvl}**", c) for n, q, ev, lvl, c in questions),
          widths=(6, 24, 34, 14, 22), header_rows=1),
        P("The next Board will consider contact services and the quarter 4 performance report."),
        Break(),
        H("Appendix 1 – Action log", 2),
        T((("**Ref**", "**Meeting date**", "**Action**", "**Update**", "**Status**"),)
          + tuple((ref, raised, text, update, status) for ref, raised, _, _, text, update, status in log),
          widths=(12, 13, 33, 30, 12), header_rows=1),
        H("Appendix 2 – Drug-related harm indicators", 2),
        T((("**Indicator**", "**2024/25**", "**2025/26**"),
           ("County lines closed", "48", "62"), ("Drug trafficking offences charged", "711", "764"),
           ("Diversion scheme referrals", "260", "410"), ("Cash seized under POCA (£000)", "890", "1,200")),
          widths=(50, 25, 25), header_rows=1),
    ]
    data = render_pdf(blocks, look, title=title, author="OPCC Devon and Cornwall")
    levels = {"Assured": "Assured", "Partially Assured": "Partly assured", "Not Assured": "Not assured"}
    records = {
        "documents": [document(title, org, force, day, "pdf")],
        "meetings": [meeting(day, None, org, title, page=1), meeting(prev, topic, org, notes_title)],
        "agenda_items": [agenda_item(day, n, t, p) for n, t, p in agenda],
        "assurance_decisions": [decision(prev, topic, n, q, ev, levels[lvl], c) for n, q, ev, lvl, c in questions],
        "actions": [action(iso, t, ref, text, update or None,
                           "complete" if status == "Complete" else "outstanding", "status_column", "action_tracker")
                    for ref, _, iso, t, text, update, status in log],
    }
    return data, finish_records(records, data)



# --- 4. York and North Yorkshire: a borderless decision table and dated statuses (new) ---

def york_north_yorkshire() -> tuple[bytes, dict]:
    org = "Deputy Mayor for Policing, Fire and Crime"
    force, day, prev = "North Yorkshire Police", "2026-06-18", "2026-05-21"
    title = "Public Accountability Meeting"
    notes_title = "Summary of the Public Accountability Meeting – 21 May 2026"
    topic = "Serious and organised crime"
    agenda = [
        ("1", "Welcome and introductions", "Deputy Mayor"),
        ("2", "Summary of the meeting of 21 May 2026 and action tracker", "Head of Delivery and Assurance"),
        ("3", "Police: Neighbourhood policing and anti-social behaviour", "Assistant Chief Constable"),
        ("4", "Fire: Prevention and Safe and Well visits", "Area Manager, Prevention"),
        ("5", "Questions from the public", "Deputy Mayor"),
    ]
    questions = [
        ("1", "How well does the force understand the organised crime groups operating in York and North "
              "Yorkshire, and how is that understanding kept up to date?",
         "The force has mapped 23 organised crime groups, each with a lead responsible officer and a 4P plan. "
         "The maps are refreshed every quarter with partners, including the two local authorities and trading "
         "standards.",
         "Assured",
         "The Deputy Mayor was reassured by the mapping and the partnership involvement."),
        ("2", "What is the force doing to tackle the exploitation of children by organised crime groups in "
              "rural market towns?",
         "A new exploitation team started in January 2026. Early work has focused on three towns. The force "
         "could give examples of children safeguarded but not yet the numbers.",
         "Partially assured",
         "The Deputy Mayor asked for the numbers of children identified and safeguarded to be reported at the "
         "next meeting."),
        ("3", "How quickly are assets seized from organised criminals returned to communities through the "
              "community fund?",
         "The community fund has not made any awards since 2024 because of a dispute over the administration "
         "of the fund. About £180,000 is waiting to be allocated.",
         "Not assured",
         "The Deputy Mayor was disappointed that the money had not reached communities and asked the force and "
         "her office to agree a way forward within a month."),
    ]
    tracker = [
        ("PAM-027", "19/03/2026", "2026-03-19", None, "Publish the results of the rural crime survey.",
         "Results published on the force website on 2 June 2026.", "Completed 02/06/2026", "complete"),
        ("PAM-029", "19/03/2026", "2026-03-19", None, "Provide a breakdown of 999 answer times by day of the week.",
         "Data requested from the control room; delayed by the new telephony system.",
         "Overdue – was due 30/04/2026", "outstanding"),
        ("PAM-031", "21/05/2026", prev, topic, "Report the number of children identified and safeguarded by the "
                                              "exploitation team.",
         "Figures to be presented at the July meeting.", "Due 16/07/2026", "outstanding"),
        ("PAM-032", "21/05/2026", prev, topic, "Agree with the force a way forward for the community fund.",
         "Meeting held on 4 June 2026; new terms of reference agreed and the first awards will be made in "
         "September.", "Completed 04/06/2026", "complete"),
    ]
    look = PdfLook(font="Helvetica", body_size=10.5, cell_size=9.5, margin=56,
                   header="York and North Yorkshire Combined Authority – Policing, Fire and Crime",
                   footer="Public Accountability Meeting – 18 June 2026")
    blocks = [
        P("**York and North Yorkshire Combined Authority**", size=12),
        P("Office of the Deputy Mayor for Policing, Fire and Crime"),
        H(title, 1),
        P("Thursday 18 June 2026 at 2.00pm – held online and streamed live"),
        H("Agenda", 2),
    ]
    blocks += [P(f"{t} ({p})", hang=f"{n}.", indent=18) for n, t, p in agenda]
    blocks += [
        P("Members of the public can send questions in advance through the Deputy Mayor's website. The meeting is "
          "chaired by the Deputy Mayor for Policing, Fire and Crime, who holds the Chief Constable and the Chief "
          "Fire Officer to account on behalf of the Mayor."),
        Break(),
        H(notes_title, 2),
        P(f"**Theme:** {topic}"),
        P("Attending: Deputy Mayor for Policing, Fire and Crime (Chair); Chief Constable; Detective Chief "
          "Superintendent, Crime; Head of Delivery and Assurance. Questions are set by the Deputy Mayor and "
          "answered by the force; the outcome column records the Deputy Mayor's view of the answer."),
        # No rules and no fill: the header row is only bold words, as a designer's layout prints it.
        T((("**No.**", "**Question**", "**What we heard**", "**Outcome**"),)
          + tuple((n, f"**{q}**", ev, (f"**{lvl}**", c)) for n, q, ev, lvl, c in questions),
          widths=(6, 30, 38, 26), bordered=False),
        P("Questions from the public taken at the meeting are answered separately on the website."),
        Break(),
        H("Action tracker", 2),
        T((("**Ref**", "**Raised**", "**Action**", "**Update**", "**Status**"),)
          + tuple((ref, raised, text, update, status) for ref, raised, _, _, text, update, status, _ in tracker),
          widths=(11, 12, 30, 30, 17), header_rows=1, bordered=False),
        H("Fire and rescue: prevention summary", 2),
        T((("**Measure**", "**2024/25**", "**2025/26**"),
           ("Safe and Well visits completed", "9,840", "11,205"),
           ("Accidental dwelling fires", "297", "281"),
           ("Smoke alarms fitted", "4,112", "4,630")), widths=(50, 25, 25), header_rows=1),
    ]
    data = render_pdf(blocks, look, title=title, author="York and North Yorkshire Combined Authority")
    levels = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}
    records = {
        "documents": [document(title, org, force, day, "pdf")],
        "meetings": [meeting(day, None, org, title, page=1), meeting(prev, topic, org, notes_title)],
        "agenda_items": [agenda_item(day, n, t, p) for n, t, p in agenda],
        "assurance_decisions": [decision(prev, topic, n, q, ev, levels[lvl], c) for n, q, ev, lvl, c in questions],
        "actions": [action(iso, t, ref, text, update, status, "status_column", "action_tracker")
                    for ref, _, iso, t, text, update, _, status in tracker],
    }
    return data, finish_records(records, data)



# --- 5. Hertfordshire: Word drop-down content controls for level and status (new) ---

ZIP_TIME = (2026, 6, 9, 9, 0, 0)


def fixed_zip(data: bytes) -> bytes:
    """The Word archive with every member dated alike, so the bytes repeat."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def drop_down_cells(data: bytes, cells: dict[int, tuple[str, str, tuple[str, ...], list[tuple[int, int]]]]) -> bytes:
    """Wrap the runs of given table cells in a Word drop-down content control (w:sdt), as an office's
    template does: the chosen entry is the control's content. ``cells`` maps a table's index to
    (alias, tag, choices, [(row, col), ...])."""
    document = Document(io.BytesIO(data))
    control_id = 4100
    for table_index, (alias, tag, choices, places) in cells.items():
        table = document.tables[table_index]
        for row, col in places:
            paragraph = table.cell(row, col).paragraphs[0]._p
            runs_ = paragraph.findall(qn("w:r"))
            sdt, pr, content = OxmlElement("w:sdt"), OxmlElement("w:sdtPr"), OxmlElement("w:sdtContent")
            for name, value in (("w:alias", alias), ("w:tag", tag), ("w:id", str(control_id))):
                element = OxmlElement(name)
                element.set(qn("w:val"), value)
                pr.append(element)
            control_id += 1
            drop_down = OxmlElement("w:dropDownList")
            placeholder = OxmlElement("w:listItem")
            placeholder.set(qn("w:value"), "Choose an item.")
            drop_down.append(placeholder)
            for choice in choices:
                item = OxmlElement("w:listItem")
                item.set(qn("w:displayText"), choice)
                item.set(qn("w:value"), choice)
                drop_down.append(item)
            pr.append(drop_down)
            sdt.append(pr)
            for run in runs_:
                paragraph.remove(run)
                content.append(run)
            sdt.append(content)
            paragraph.append(sdt)
    out = io.BytesIO()
    document.save(out)
    return fixed_zip(out.getvalue())


def hertfordshire() -> tuple[bytes, dict]:
    org, force, day, prev = ("Police and Crime Commissioner for Hertfordshire", "Hertfordshire Constabulary",
                             "2026-06-16", "2026-04-14")
    title = "Scrutiny Board"
    notes_title = "Notes of the Scrutiny Board – 14 April 2026"
    topic = "Violence against women and girls"
    agenda = [
        ("1", "Apologies and declarations of interest", "Chair"),
        ("2", "Notes and action log of the meeting held on 14 April 2026", "Chief Executive, OPCC"),
        ("3", "Fraud and cyber crime", "Detective Chief Superintendent, Serious Crime"),
        ("4", "Estates strategy: progress report", "Director of Estates"),
        ("5", "Any other business", "Chair"),
    ]
    levels = ("Assured", "Partially assured", "Not assured")
    questions = [
        ("1", "How has the force's response to reports of stalking changed since the stalking protection order "
              "guidance was revised?",
         "Every stalking report is now reviewed by the public protection unit within 24 hours. 37 stalking "
         "protection orders were applied for in 2025/26, compared with 12 the year before, and 33 were granted.",
         "Assured",
         "The Commissioner welcomed the large rise in protection orders."),
        ("2", "What proportion of rape investigations now reach a charge, and how long do victims wait for a "
              "decision?",
         "The charge rate for rape was 9.4% in the year to March 2026. The median time from report to charge "
         "was 298 days, longer than the year before because of delays in obtaining digital evidence.",
         "Partially assured",
         "The Commissioner recognised the higher charge rate but was concerned by the time victims wait and "
         "asked for a plan to reduce the digital backlog."),
        ("3", "How does the force make sure that officers accused of violence against women and girls are dealt "
              "with quickly and fairly?",
         "Allegations are assessed by the professional standards department within five working days. Eleven "
         "cases were open at the end of March; four had been open for more than a year.",
         "Partially assured",
         "The Commissioner asked for the four long-running cases to be reviewed by a senior officer."),
        ("4", "How are the views of women and girls used to shape the force's VAWG delivery plan?",
         "The force held two engagement events in 2025. It could not show what had changed in the plan as a "
         "result, and there is no survey of women's feelings of safety.",
         "Not assured",
         "The Commissioner asked the force to work with the OPCC on a survey of women's safety to report in the "
         "autumn."),
    ]
    statuses = ("Complete", "In progress", "Not started", "Overdue")
    log = [
        ("SB/26/05", "17/02/2026", "2026-02-17", None, "Circulate the evaluation of the domestic abuse "
                                                      "perpetrator programme.", "Chief Inspector, Safeguarding",
         "Evaluation circulated on 3 March 2026.", "Complete"),
        ("SB/26/06", "17/02/2026", "2026-02-17", None, "Provide figures on repeat victims of domestic abuse by "
                                                      "district.", "Head of Performance",
         "Awaiting the new crime data warehouse.", "Overdue"),
        ("SB/26/09", "14/04/2026", prev, topic, "Present a plan to reduce the digital forensic backlog in rape "
                                               "investigations.", "Head of Digital Forensics",
         "Draft plan written; to be presented in July.", "In progress"),
        ("SB/26/10", "14/04/2026", prev, topic, "Review the four misconduct cases open for more than a year.",
         "Head of Professional Standards", "Reviews completed by the Deputy Chief Constable on 6 May 2026.",
         "Complete"),
        ("SB/26/11", "14/04/2026", prev, topic, "Agree the scope of a survey of women's feelings of safety with "
                                               "the OPCC.", "OPCC Policy Officer", "", "Not started"),
    ]
    blocks = [
        P("**Police and Crime Commissioner for Hertfordshire**"),
        H(title, 1),
        P("Tuesday 16 June 2026, 10.00am, Police Headquarters and Microsoft Teams"),
        H("Agenda", 2),
        T((("**Item**", "**Title**", "**Presenter**"),) + tuple(agenda), widths=(8, 57, 35), header_rows=1),
        P("Papers for item 4 will be circulated separately."),
        Break(),
        H(notes_title, 1),
        P(f"**Topic:** {topic}"),
        P("**Present:** Police and Crime Commissioner (Chair); Chief Executive, OPCC; Deputy Chief Constable; "
          "Detective Superintendent, Public Protection; Head of Professional Standards."),
        P("The level of assurance is chosen from the Board's standard list (Assured, Partially assured, Not "
          "assured) and recorded with the Commissioner's comment."),
        T((("**No.**", "**Question**", "**Response**", "**Assurance level**", "**Commissioner's comment**"),)
          + tuple((n, q, ev, lvl, c) for n, q, ev, lvl, c in questions),
          widths=(5, 25, 35, 13, 22), header_rows=1),
        H("Action log", 2),
        T((("**Ref**", "**Raised**", "**Action**", "**Owner**", "**Update**", "**Status**"),)
          + tuple((ref, raised, text, owner, update, status) for ref, raised, _, _, text, owner, update, status
                  in log), widths=(10, 11, 28, 16, 23, 12), header_rows=1),
    ]
    data = render_docx(blocks, title=title, author="OPCC Hertfordshire", when=datetime(2026, 6, 9, 9, 0),
                       landscape_pages=True)
    data = drop_down_cells(data, {
        1: ("Assurance level", "assurance", levels, [(r, 3) for r in range(1, len(questions) + 1)]),
        2: ("Status", "status", statuses, [(r, 5) for r in range(1, len(log) + 1)]),
    })
    level_of = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}
    records = {
        "documents": [document(title, org, force, day, "docx")],
        "meetings": [meeting(day, None, org, title), meeting(prev, topic, org, notes_title)],
        "agenda_items": [agenda_item(day, n, t, p) for n, t, p in agenda],
        "assurance_decisions": [decision(prev, topic, n, q, ev, level_of[lvl], c) for n, q, ev, lvl, c in questions],
        "actions": [action(iso, t, ref, text, update or None, "complete" if status == "Complete" else "outstanding",
                           "status_column", "action_tracker")
                    for ref, _, iso, t, text, _, update, status in log],
    }
    return data, finish_records(records, None)



# --- 6. West Midlands: lines of enquiry grouped under their level (new) -------

def west_midlands() -> tuple[bytes, dict]:
    # the office's one name in the gold (gold-format.md): its police area, printed here as "the West Midlands"
    org, force, day, prev = ("Police and Crime Commissioner for West Midlands", "West Midlands Police",
                             "2026-06-23", "2026-05-19")
    title = "Strategic Policing and Crime Board"
    notes_title = "Notes of the Strategic Policing and Crime Board – 19 May 2026"
    topic = "Knife crime and serious youth violence"
    agenda = [
        ("1", "Apologies", "Chair"),
        ("2", "Notes of the last meeting and matters arising", "Chair"),
        ("3", "Neighbourhood policing: visibility and public confidence", "Assistant Chief Constable, Local Policing"),
        ("4", "Police and Crime Plan: annual report", "OPCC Strategic Policy Lead"),
        ("5", "Forward plan", "Board Secretary"),
    ]
    # (number, question, response, comment) grouped by the level the PCC reached
    groups = [
        ("Lines of enquiry on which the PCC was assured", "Assured", [
            ("1", "How does the force target its knife crime patrols, and what has the effect been on knife-enabled "
                  "robbery?",
             "Patrols are directed to the fifteen wards with the most knife crime, using a weekly analysis. "
             "Knife-enabled robbery in those wards fell by 14% in 2025/26, against 6% across the force area.",
             "The PCC was assured that patrols are targeted and are having an effect."),
            ("4", "How is the force using knife arches and weapons sweeps with schools and transport operators?",
             "Twenty-two operations were held with schools and the bus and tram operators in 2025/26, finding 61 "
             "weapons. Each operation is followed by an assembly or a session on the risks of carrying a knife.",
             "The PCC welcomed the joint operations and the follow-up work with young people."),
        ]),
        ("Lines of enquiry on which the PCC was partially assured", "Partly assured", [
            ("2", "How many young people are referred to the violence reduction partnership's diversion "
                  "programmes after arrest, and how many take part?",
             "1,140 young people were referred after arrest in 2025/26. Take-up was 46%, and the force does not "
             "record why the remainder decline.",
             "The PCC asked the force to record the reasons young people decline and to report them at the next "
             "Board."),
        ]),
        ("Lines of enquiry on which the PCC was not assured", "Not assured", [
            ("3", "How quickly are knives seized in stop and search destroyed or retained as evidence, and is the "
                  "property store able to cope?",
             "The property store holds about 4,300 bladed articles, and there is no regular destruction run. The "
             "force could not say how many were still needed as evidence.",
             "The PCC was not assured that seized knives are being managed safely and asked for a plan for "
             "disposal."),
        ]),
    ]
    tracker = [
        ("SPCB 25/71", "17/03/2026", "2026-03-17", None, "Share the results of the public confidence survey by "
                                                        "local policing area.",
         "Results shared with Board members on 14 April 2026.", "Closed"),
        ("SPCB 25/74", "17/03/2026", "2026-03-17", None, "Report on the use of Section 60 authorisations over the "
                                                        "last year.",
         "Report drafted; awaiting legal review.", "Open"),
        ("SPCB 26/08", "19/05/2026", prev, topic, "Record and report the reasons young people decline diversion "
                                                 "programmes after arrest.",
         "Field added to the custody referral form from 1 June 2026.", "Open"),
        ("SPCB 26/09", "19/05/2026", prev, topic, "Present a plan for the disposal of seized knives held in the "
                                                 "property store.",
         "Plan agreed by the Chief Officer Team on 10 June 2026; destruction runs to take place monthly.",
         "Closed"),
    ]
    look = register_dejavu_serif()
    blocks = [
        P("**Police and Crime Commissioner for the West Midlands**"),
        H(title, 1),
        P("**Date:** Tuesday 23 June 2026   **Time:** 10:00   **Place:** Lloyd House and online"),
        H("Agenda", 2),
        T((("**Agenda item**", "**Title**", "**Lead**"),) + tuple(agenda), widths=(14, 52, 34), header_rows=1),
        P("The Board meets in public each month. The Commissioner's Joint Audit Committee separately reviews "
          "internal audit reports, which this year gave substantial assurance on payroll and limited assurance "
          "on the management of seized property."),
        Break(),
        H(notes_title, 2),
        P(f"**Theme:** {topic}"),
        P("**Present:** Police and Crime Commissioner (Chair); Deputy PCC; Chief Constable; Assistant Chief "
          "Constable, Crime; Director of the Violence Reduction Partnership; Board Secretary."),
        P("The lines of enquiry were sent to the force before the meeting. They are set out below grouped by the "
          "level of assurance the PCC reached on each, with the force's response and the PCC's comment."),
    ]
    decisions = []
    for heading, level, items in groups:
        blocks.append(H(heading, 2))
        for number, question, response, comment in items:
            blocks += [P(f"**Line of enquiry {number}:** {question}"), P(f"**Response:** {response}"),
                       P(f"*PCC comment:* {comment}")]
            decisions.append(decision(prev, topic, number, question, response, level, comment))
    blocks += [
        H("Matters arising", 2),
        P("The Board noted the updated action tracker below."),
        H("Action tracker", 2),
        T((("**Ref**", "**Meeting**", "**Action**", "**Update**", "**Status**"),)
          + tuple((ref, raised, text, update, status) for ref, raised, _, _, text, update, status in tracker),
          widths=(13, 13, 32, 30, 12), header_rows=1),
        H("Knife crime in figures", 2),
        T((("**Measure**", "**2024/25**", "**2025/26**"),
           ("Knife crime offences", "5,412", "5,018"), ("Knife-enabled robbery", "2,233", "2,009"),
           ("Under-25 victims of knife injury", "604", "571")), widths=(50, 25, 25), header_rows=1),
    ]
    data = render_pdf(blocks, look, title=title, author="OPCC West Midlands")
    records = {
        "documents": [document(title, org, force, day, "pdf")],
        "meetings": [meeting(day, None, org, title, page=1), meeting(prev, topic, org, notes_title)],
        "agenda_items": [agenda_item(day, n, t, p) for n, t, p in agenda],
        "assurance_decisions": decisions,
        "actions": [action(iso, t, ref, text, update, "complete" if status == "Closed" else "outstanding",
                           "status_column", "action_tracker") for ref, _, iso, t, text, update, status in tracker],
    }
    return data, finish_records(records, data)



# --- 7. South Yorkshire: theme rows across the decision table, a "Closed on" log (new) ---

def south_yorkshire() -> tuple[bytes, dict]:
    org, force, day, prev = "Mayor of South Yorkshire", "South Yorkshire Police", "2026-06-11", "2026-04-16"
    title = "Public Accountability Board"
    notes_title = "Public Accountability Board – notes of the meeting held on 16 April 2026"
    agenda = [
        ("1", "Welcome, apologies and declarations of interest", "Mayor"),
        ("2", "Notes of the meeting held on 16 April 2026", "Mayor"),
        ("3", "Action log", "Head of Governance"),
        ("4", "Theme: Anti-social behaviour", "Assistant Chief Constable"),
        ("5", "Theme: Workforce wellbeing", "Director of People"),
        ("6", "Public questions", "Mayor"),
    ]
    themes = [
        ("Theme 1: Burglary and vehicle crime", "Burglary and vehicle crime", [
            ("BV1", "What proportion of residential burglaries are attended by an officer, and how quickly?",
             "Officers attended 96% of residential burglaries in 2025/26, with a median time of 3 hours 10 "
             "minutes. Crime scene investigators attended 71%.",
             "Assured", "The Mayor was pleased that nearly every burglary victim receives a visit."),
            ("BV2", "How is the force tackling the theft of catalytic converters and keyless vehicles?",
             "Thefts of keyless vehicles rose by 18%. The force is working with the regional vehicle crime unit, "
             "but has not yet agreed data sharing with the main insurers.",
             "Partially assured", "The Mayor asked for progress on the data-sharing agreement with insurers."),
        ]),
        ("Theme 2: Road safety", "Road safety", [
            ("RS1", "How does the force choose the sites for mobile speed enforcement?",
             "Sites are chosen by the safer roads partnership from collision data and community concerns, and "
             "the list is reviewed every six months.",
             "Assured", "The Mayor noted the clear process and the role of communities."),
            ("RS2", "What is being done to reduce the number of young drivers killed or seriously injured?",
             "Young drivers were involved in a quarter of fatal and serious collisions. An education programme "
             "reaches some colleges, but there is no plan to reach young people not in education.",
             "Not assured", "The Mayor asked the force and the partnership to develop a plan that reaches all "
                            "young drivers."),
        ]),
    ]
    log = [
        ("PAB 26/02", "12/02/2026", "2026-02-12", "Circulate the neighbourhood policing survey results by district.",
         "Head of Engagement", "27/03/2026"),
        ("PAB 26/04", "12/02/2026", "2026-02-12", "Report the number of mental health calls handed to health "
                                                 "partners under the new protocol.", "Head of Contact", ""),
        ("PAB 26/07", "16/04/2026", prev, "Report progress on data sharing with vehicle insurers.",
         "Detective Superintendent, Acquisitive Crime", ""),
        ("PAB 26/08", "16/04/2026", prev, "Develop a plan with the safer roads partnership to reach young drivers "
                                         "not in education.", "Chief Inspector, Roads Policing", "02/06/2026"),
    ]
    rows: list[tuple] = [("**Ref**", "**Question**", "**Force response**", "**Mayor's assessment**")]
    spans = []
    decisions = []
    for heading, topic, questions in themes:
        spans.append((len(rows), 0, 1, 4))
        rows.append((f"**{heading}**", None, None, None))
        for ref, question, response, level, comment in questions:
            rows.append((ref, question, response, (f"**{level}**", comment)))
            decisions.append(decision(prev, topic, ref, question, response,
                                      {"Assured": "Assured", "Partially assured": "Partly assured",
                                       "Not assured": "Not assured"}[level], comment))
    blocks = [
        P("**South Yorkshire Mayoral Combined Authority**"),
        P("Policing and crime functions of the Mayor of South Yorkshire"),
        H(title, 1),
        P("Thursday 11 June 2026, 10.00am – 12.00pm, Broad Street West, Sheffield"),
        H("Agenda", 2),
        T((("**Item**", "**Business**", "**Lead**"),) + tuple(agenda), widths=(8, 62, 30), header_rows=1),
        P("The Board is the Mayor's main public meeting for holding the Chief Constable to account. Members of "
          "the public may submit questions up to three working days before the meeting."),
        Break(),
        H(notes_title, 1),
        P("**Present:** Mayor of South Yorkshire (Chair); Chief Constable; Deputy Chief Constable; Chief Executive "
          "of the Combined Authority; Head of Governance."),
        P("Questions were sent to the force in advance. The Mayor's assessment of each answer is recorded against "
          "the question."),
        T(tuple(rows), widths=(8, 28, 36, 28), header_rows=1, spans=tuple(spans),
          fills={(r, 0): "#f2f2f2" for r, _, _, _ in spans}),
        H("Public questions", 2),
        P("Two questions from residents were answered by the Chief Constable; the answers are published on the "
          "Combined Authority's website."),
        H("Action log", 2),
        T((("**Ref**", "**Raised**", "**Action**", "**Owner**", "**Closed on**"),) + tuple(
            (ref, raised, text, owner, closed) for ref, raised, _, text, owner, closed in log),
          widths=(12, 12, 40, 22, 14), header_rows=1),
        P("Actions with a date in the \"Closed on\" column were closed by the Board on that date; the others "
          "remain open."),
    ]
    data = render_docx(blocks, title=title, author="SYMCA", when=datetime(2026, 6, 3, 9, 0))
    data = fixed_zip(data)
    records = {
        "documents": [document(title, org, force, day, "docx")],
        "meetings": [meeting(day, None, org, title), meeting(prev, None, org, notes_title)],
        "agenda_items": [agenda_item(day, n, t, p) for n, t, p in agenda],
        "assurance_decisions": decisions,
        "actions": [action(iso, None, ref, text, None, "complete" if closed else "outstanding", "status_column",
                           "action_tracker") for ref, _, iso, text, _, closed in log],
    }
    return data, finish_records(records, None)


PACKS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "warwickshire-scrutiny-2026-06-10.pdf": warwickshire,
    "cumbria-pac-2026-06-25.docx": cumbria,
    "devon-cornwall-pab-2026-06-30.pdf": devon_cornwall,
    "york-north-yorkshire-pam-2026-06-18.pdf": york_north_yorkshire,
    "hertfordshire-sb-2026-06-16.docx": hertfordshire,
    "west-midlands-spcb-2026-06-23.pdf": west_midlands,
    "south-yorkshire-pab-2026-06-11.docx": south_yorkshire,
}


def main() -> None:
    for name, build in PACKS.items():
        data, records = build()
        write(name, data, records)


if __name__ == "__main__":
    main()
