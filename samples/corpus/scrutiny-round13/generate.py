"""Scrutiny round 13 (held out until scored): six packs of PCC and PFCC offices (four PDF, two
DOCX) and their hand-written gold, written blind (see README.md).

    .venv/bin/python samples/corpus/scrutiny-round13/generate.py

Deterministic: reportlab invariant mode, Word archives with fixed times. The
gold goes to ``gold/`` beside this file (``heldout/`` until the round was
scored; see README.md). Each record is written by hand beside the text
it describes; a PDF record's page is the first page whose text, as the PDF
backend reads it (`scrutiny inspect --json`, layout only), holds the record's
opening words.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))  # the shared block renderers
from render import (  # noqa: E402
    Break, Bul, H, Num, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf,
)

GOLD_DIR = HERE / "gold"
CHECKED = ("Written by hand in samples/corpus/scrutiny-round13/generate.py beside the text it describes, "
           "blind (held-out round 13: no extractor code, extractor tests or earlier generate.py read; the "
           "extractors never run on these packs); PDF pages found in the generated PDF's own text and "
           "checked with `scrutiny inspect`; levels and statuses mapped to the canonical vocabulary by "
           "hand (conventions in README.md).")

GREEN, RED, AMBER = "#00b050", "#ff0000", "#ffc000"


# --- gold record builders ----------------------------------------------------
# ``_find`` is the text whose opening words locate a PDF record's page; it is
# dropped before the gold is written.

def document(title: str, force: str, organisation: str, meeting_date: str, file_type: str) -> dict:
    return {"page": 1 if file_type == "pdf" else None, "file_type": file_type, "doc_kind": "scrutiny_pack",
            "title": title, "force": force, "organisation": organisation, "meeting_date": meeting_date,
            "publication_date": None, "status": "ok", "pages": None}


def meeting(date: str, topic: str | None, organisation: str, title: str) -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "organisation": organisation, "title": title,
            "_find": title}


def agenda(date: str, items: list[tuple[str, str, str | None]]) -> list[dict]:
    return [{"page": None, "meeting_date": date, "number": number, "title": title, "presenter": presenter,
             "_find": title} for number, title, presenter in items]


def decision(date: str, topic: str | None, number: str | None, question: str, evidence: str | None,
             assurance: str, commentary: str | None) -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "question_number": number, "question": question,
            "evidence_summary": evidence, "assurance": assurance, "commentary": commentary, "_find": question}


def action(date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
           status: str, status_source: str, source: str) -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "number": number, "text": text, "update": update,
            "status": status, "status_source": status_source, "source": source, "_find": text}


def _words(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    return " ".join(re.sub(r"[*]", "", text).lower().split())


def _pdf_pages(path: Path) -> list[str]:
    """Each page's text as the PDF backend reads it (`scrutiny inspect --json`: every paragraph, heading,
    list item and table cell's block, in reading order), so that a table row split across a page break
    or a wrapped cell still shows its opening words on the page where it starts."""
    scrutiny = Path(sys.executable).parent / "scrutiny"
    layout = json.loads(subprocess.run([str(scrutiny), "inspect", str(path), "--json"], check=True,
                                       capture_output=True, text=True).stdout)
    pages: list[list[str]] = [[] for _ in layout["pages"]]

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if "spans" in node and node.get("prov"):
                pages[node["prov"]["page"] - 1].append("".join(span["text"] for span in node["spans"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(layout["blocks"])
    return [_words(" ".join(texts)) for texts in pages]


def finish(name: str, data: bytes, records: dict) -> None:
    """Set the pages of a PDF's records from its own text, write the pack and its gold."""
    (HERE / name).write_bytes(data)
    if name.endswith(".pdf"):
        pages = _pdf_pages(HERE / name)
        records["documents"][0]["pages"] = len(pages)
    for kind, items in records.items():
        for record in items:
            key = record.pop("_find", None)
            if key is None or not name.endswith(".pdf"):
                continue
            # ten words tell apart questions that open alike; six find a question split by a page break
            for length in (10, 6):
                opening = " ".join(_words(key).split()[:length])
                found = [i + 1 for i, text in enumerate(pages) if opening in text]
                if found:
                    break
            if not found:
                raise SystemExit(f"{name}: {kind} record not found in the PDF: {opening!r}")
            record["page"] = found[0]
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
    (GOLD_DIR / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    summary = {k: [r["page"] for r in v] for k, v in records.items() if k in ("assurance_decisions", "actions")}
    print(f"{name}: {len(data)} bytes; pages {summary}")


def plain(cell: object) -> str:
    """A cell's or paragraph list's text as printed, markup removed, parts joined by a space."""
    parts = cell if isinstance(cell, tuple) else (cell,)
    out = []
    for part in parts:
        out += list(part.items) if isinstance(part, Bul) else [str(part)]
    return " ".join(re.sub(r"\*+", "", p) for p in out)


# --- 1. Cheshire: the reference family (common form) -------------------------

def cheshire() -> tuple[bytes, dict]:
    org, force, day = "Police and Crime Commissioner for Cheshire", "Cheshire Constabulary", "2026-03-11"
    notes_day, notes_topic = "2026-01-14", "Hate crime"
    notes_title = "DRAFT NOTES \u2013 SCRUTINY MEETING (HATE CRIME) \u2013 14 JANUARY 2026"
    items = [("1", "Welcome, introductions and apologies", "PCC"),
             ("2", "Draft notes of the meeting held on 14 January 2026 and action tracker", "Head of Scrutiny, OPCC"),
             ("3", "Rural and wildlife crime", "Chief Superintendent, Local Policing"),
             ("4", "Quarter 3 performance against the Police and Crime Plan", "Head of Performance"),
             ("5", "Any other business", "PCC")]
    q = [
        ("How many hate crimes were recorded in the last twelve months, and how does the outcome rate compare "
         "with the previous year?",
         ("1,486 hate crimes were recorded in the twelve months to November 2025, a rise of 6%.",
          Bul(("Racially aggravated offences remain the largest group (58%).",
               "Disability-related hate crime rose by 21%, which the Force links to better recording by call handlers.")),
          "The charge or summons rate is 11.2%, up from 9.8%."),
         "**Assured**", "*The PCC welcomed the improved outcome rate and the better recording of disability hate crime.*"),
        ("What support is offered to victims of hate crime, and how does the Force know it is working?",
         ("Every victim is offered a referral to the commissioned hate crime advocacy service.",
          Bul(("Take-up of the referral is 34%.",
               "Satisfaction surveys are sent to a sample of victims each month, but the response rate is low (12%).")),
          "The Force accepted that it cannot yet show whether victims who decline the referral receive any "
          "follow-up contact."),
         "**Partly Assured**", "*The PCC asked the Force to show what happens to victims who decline support "
         "and to raise the survey response rate.*"),
        ("How are hate incidents that are not crimes recorded and reviewed?",
         ("Non-crime hate incidents are recorded under the national guidance revised in 2023.",
          Bul(("No review of these records has been carried out since the guidance changed.",)),),
         "**Not Assured**", "*The PCC was concerned that no review had taken place and asked for one to be "
         "completed before the next meeting.*"),
        ("How does the Force work with partners to prevent hate crime and build the confidence of communities "
         "to report it?",
         ("The Force chairs the Cheshire Hate Crime Partnership with the four local authorities.",
          Bul(("Third-party reporting centres have been opened in 23 locations, including libraries, mosques and "
               "a Pride charity; 61 reports were made through them in the year.",
               "Neighbourhood teams have attended 48 community events since April, and the Force has run a "
               "campaign on buses and at railway stations over the summer.",
               "An independent advisory group of community members reviews the Force's response to "
               "significant incidents and meets every two months.")),
          "The Force accepted that it does not yet measure whether confidence to report has improved; a "
          "question will be added to the quarterly public confidence survey from April.",
          Bul(("The Force is also working with the universities on a campaign for students.",), level=1)),
         "**Partly Assured**", "*The PCC recognised the breadth of partnership work but wants to see a measure "
         "of confidence to report before he can be assured.*"),
    ]
    notes_actions = ["Provide the number of hate crime victims who declined a referral and the contact made "
                     "with them afterwards.",
                     "Complete a review of non-crime hate incident records against the revised guidance and "
                     "report the findings."]
    tracker = [  # topic, action, update, complete?
        ("Rural crime", "Share the results of the farm watch membership survey with the PCC.",
         "Survey results shared with the OPCC on 3 November 2025.", True),
        ("Rural crime", "Confirm the number of rural crime team officers trained in wildlife crime.",
         "Training figures will be provided once the spring course has run.", False),
        ("Road safety", "Provide a breakdown of speeding offences detected by the community speed watch scheme.",
         "Breakdown provided and circulated with the November performance report.", True),
        ("Road safety", "Arrange a briefing for the PCC on the fatal four enforcement campaign.",
         "Briefing to be arranged for April 2026.", False),
        ("Stalking", "Report on the use of stalking protection orders in the last year.",
         "Report received at the December meeting; 17 orders were granted.", True),
    ]
    blocks = [
        P("**Office of the Police and Crime Commissioner for Cheshire**", size=9),
        H("SCRUTINY MEETING", 1),
        P("Wednesday 11 March 2026 at 10.00am, Conference Room 2, Police Headquarters, Winsford"),
        P("The PCC holds the Chief Constable to account at a monthly scrutiny meeting. At each meeting the PCC "
          "decides whether the evidence given gives him assurance on each question asked; the decision is "
          "recorded in the notes of the meeting."),
        H("Agenda", 2),
        T(rows=(("Item", "Title", "Presented by"),) + tuple(items), widths=(12, 60, 40), header_rows=1),
        P("Apologies should be sent to the OPCC Scrutiny Officer by Monday 9 March 2026.", size=9),
        Break(),
        H(notes_title, 2),
        P("Present: Police and Crime Commissioner (Chair); Deputy Chief Constable; Head of Scrutiny, OPCC; "
          "Detective Superintendent, Public Protection; Hate Crime Coordinator."),
        T(rows=(("Question", "Brief Summary of Evidence", "Decision of PCC"),)
              + tuple((f"{i + 1}. {text}", evidence, (level, comment)) for i, (text, evidence, level, comment) in enumerate(q)),
          widths=(30, 50, 30), header_rows=1),
        H("Actions", 3),
        Num(tuple(notes_actions)),
        Break(),
        H("ACTION TRACKER 2025/26", 2),
        P("{#00b050|\u25a0} = Action Complete      {#ff0000|\u25a0} = Action Outstanding"),
        T(rows=(("Topic", "Action", "Update", "Status"),)
              + tuple((topic if i in (0, 2, 4) else None, text, update, "{%s|\u25a0}" % (GREEN if done else RED))
                      for i, (topic, text, update, done) in enumerate(tracker)),
          widths=(20, 40, 40, 10), header_rows=1, spans=((1, 0, 2, 1), (3, 0, 2, 1))),
        Break(),
        H("PCC SCRUTINY MEETING \u2013 REPORT COVER", 2),
        T(rows=(("Report Title", "Rural and wildlife crime"), ("Meeting Date", "11 March 2026"),
                ("Report of", "Chief Superintendent, Local Policing")), widths=(30, 70)),
        H("Rationale", 3),
        P("Rural communities have told the PCC that they do not always see the police when they report "
          "crime. This item gives the PCC an opportunity to seek assurance on how the Force responds to "
          "rural and wildlife crime, and on the work of the Rural Crime Team."),
        H("Questions to the Chief Constable", 3),
        Num(("How many rural crimes were reported in 2025, and what proportion were attended within the "
             "target time?",
             "How does the Force work with farmers and landowners to prevent machinery theft?",
             "What training do call handlers receive in recognising wildlife crime?")),
        H("OPCC background", 3),
        P("The Rural Crime Team was expanded in 2024 with funding from the PCC. The table below sets out the "
          "figures the Force has provided in advance of the meeting."),
        T(rows=(("Measure", "2024", "2025"), ("Rural crimes recorded", "2,114", "2,031"),
                ("Machinery thefts", "188", "149"), ("Wildlife crimes recorded", "96", "121"),
                ("Attended within target", "78%", "83%")), widths=(50, 25, 25), header_rows=1),
    ]
    data = render_pdf(blocks, PdfLook(), title="Scrutiny Meeting 11 March 2026", author="OPCC Cheshire")
    records = {
        "documents": [document("SCRUTINY MEETING", force, org, day, "pdf")],
        "meetings": [meeting(day, None, org, "SCRUTINY MEETING"), meeting(notes_day, notes_topic, org, notes_title)],
        "agenda_items": agenda(day, items),
        "assurance_decisions": [
            decision(notes_day, notes_topic, str(i + 1), text, plain(evidence), level.strip("*").replace(
                "Partly Assured", "Partly assured").replace("Not Assured", "Not assured"), comment.strip("*"))
            for i, (text, evidence, level, comment) in enumerate(q)],
        "actions": [action(notes_day, notes_topic, str(i + 1), text, None, "unknown", "none", "action_list")
                    for i, text in enumerate(notes_actions)]
                   + [action(None, topic, None, text, update, "complete" if done else "outstanding",
                             "glyph_colour", "action_tracker") for topic, text, update, done in tracker],
    }
    return data, records


# --- 2. Wiltshire: minutes with "Level of assurance:" lines (common form) ------

def wiltshire() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for Wiltshire and Swindon"
    force, day, minutes_day = "Wiltshire Police", "2026-02-26", "2025-12-15"
    minutes_title = "Minutes of the Commissioner's Monitoring Board held on 15 December 2025"
    items = [("1", "Apologies and declarations of interest", "Chair"),
             ("2", "Minutes of the meeting held on 15 December 2025, matters arising and action log", "Chief of Staff"),
             ("3", "Neighbourhood policing: quarterly report", "Assistant Chief Constable"),
             ("4", "Estates strategy: update", "Director of Estates"),
             ("5", "Any other business", "Chair")]
    asb, custody = "Anti-social behaviour", "Custody"
    # (topic, number, question, answer paragraphs, level as printed, canonical, commentary, action or None)
    minuted = [
        (asb, "1", "How many anti-social behaviour incidents were reported in the quarter, and how many "
         "were repeat locations?",
         ("The Superintendent reported 3,204 incidents in the quarter, 9% fewer than a year earlier. 412 came "
          "from 37 locations with three or more reports, all of which have a problem-solving plan.",),
         "Substantial", "Assured",
         "The Commissioner was pleased that every repeat location now has a plan, and asked that the "
         "reduction is reported by community area in future.", None),
        (asb, "2", "How are victims of persistent anti-social behaviour identified and supported?",
         ("Call handlers complete a vulnerability assessment on every anti-social behaviour call. Victims "
          "assessed as high risk are referred to the community safety partnership's case review.",
          "The Force could not say how many case reviews had been requested by victims in the last year, as "
          "the figures are held by the councils."),
         "Limited", "Partly assured",
         "The Commissioner asked that the Force and the councils agree a shared record of case reviews.",
         "The Force to agree with Wiltshire Council and Swindon Borough Council a shared record of "
         "anti-social behaviour case reviews."),
        (custody, "3", "Are detainees seen by a healthcare professional within the agreed time?",
         ("The custody healthcare provider met the one-hour target for 91% of referrals in the quarter, against "
          "a contract standard of 95%. Staff vacancies at the Melksham suite accounted for most of the "
          "delays.",),
         "Reasonable", "Assured",
         "The Commissioner noted that recruitment to the vacant posts is under way and that performance "
         "is improving month on month.",
         "The OPCC commissioning lead to report healthcare response times for each custody suite at the "
         "next Board."),
        (custody, "4", "How many detainees were held for more than 24 hours, and why?",
         ("The Chief Inspector was unable to give the figure at the meeting, as the custody system report "
          "had not been run.",),
         "No assurance", "Not assured",
         "The Commissioner was disappointed that the information was not available and asked for it in "
         "writing within two weeks.",
         "Provide the number of detainees held for more than 24 hours in the quarter, with reasons."),
    ]
    log = [  # ref, raised, action, owner, update, status word, canonical, topic
        ("CMB 25/27", "16/10/2025", "Circulate the neighbourhood policing survey results.", "Head of Performance",
         "Circulated to Board members on 30 October 2025.", "Complete", "complete", None, "2025-10-16"),
        ("CMB 25/28", "16/10/2025", "Provide the number of officers abstracted from neighbourhood teams to "
         "response duties.", "Assistant Chief Constable", "Figures to follow with the quarter 3 report.", "Open",
         "outstanding", None, "2025-10-16"),
        ("CMB 25/29", "15/12/2025", minuted[1][7], "Superintendent, Community Safety",
         "Meeting with both councils arranged for 4 March 2026.", "Ongoing", "outstanding", asb, minutes_day),
        ("CMB 25/30", "15/12/2025", minuted[2][7], "OPCC Commissioning Lead",
         "On the agenda for this meeting (item 2).", "Open", "outstanding", custody, minutes_day),
        ("CMB 25/31", "15/12/2025", minuted[3][7], "Chief Inspector, Custody",
         "Provided on 23 December 2025: 14 detainees, the reasons summarised in the custody report.", "Closed",
         "complete", custody, minutes_day),
    ]
    blocks = [
        H("COMMISSIONER'S MONITORING BOARD", 1),
        P("Thursday 26 February 2026, 2.00pm, Police Headquarters, Devizes"),
        P("The Commissioner's Monitoring Board is the main meeting at which the Police and Crime Commissioner "
          "holds the Chief Constable to account. Papers are published once the Board has met. The Board's "
          "work is complemented by the Joint Independent Audit Committee, which gives reasonable assurance "
          "on the governance framework."),
        H("Agenda", 2),
        T(rows=(("No.", "Item", "Lead"),) + tuple(items), widths=(10, 60, 30), header_rows=1),
        Break(),
        H(minutes_title, 2),
        P("Present: Police and Crime Commissioner (Chair); Chief Constable; Deputy Chief Constable; Chief of "
          "Staff, OPCC; Chief Finance Officer, OPCC; Superintendent, Community Safety; Chief Inspector, Custody."),
        H("1. Apologies", 3),
        P("1.1 Apologies were received from the Assistant Chief Constable."),
        H("2. Minutes and matters arising", 3),
        P("2.1 The minutes of the meeting held on 16 October 2025 were agreed. The action log was reviewed; "
          "see the log at the end of these minutes."),
    ]
    heading_done: set[str] = set()
    paragraph_no = {asb: 0, custody: 0}
    item_no = {asb: "3", custody: "4"}
    introductions = {asb: "The Superintendent, Community Safety presented the quarterly anti-social behaviour report.",
                     custody: "The Chief Inspector, Custody presented the custody performance report."}
    for topic, number, question, answers, printed, _canonical, comment, follow_up in minuted:
        if topic not in heading_done:
            heading_done.add(topic)
            blocks.append(H(f"{item_no[topic]}. {topic}", 3))
            paragraph_no[topic] += 1
            blocks.append(P(f"{item_no[topic]}.{paragraph_no[topic]} {introductions[topic]}"))
        blocks.append(P(f"**Question {number}: {question}**"))
        for answer in answers:
            paragraph_no[topic] += 1
            blocks.append(P(f"{item_no[topic]}.{paragraph_no[topic]} {answer}"))
        blocks.append(P(f"**Level of assurance: {printed}**"))
        blocks.append(P(comment))
        if follow_up:
            blocks.append(P(f"**ACTION:** {follow_up}"))
    blocks += [
        H("5. Any other business", 3),
        P("5.1 There was no other business. The next meeting will be held on 26 February 2026."),
        Break(),
        H("Action log", 2),
        T(rows=(("Ref", "Date raised", "Action", "Owner", "Update", "Status"),)
              + tuple(row[:6] for row in log),
          widths=(12, 13, 30, 15, 30, 10), header_rows=1),
        Break(),
        H("Appendix: neighbourhood policing measures", 2),
        T(rows=(("Measure", "Q2 2025/26", "Q3 2025/26"), ("Neighbourhood officers in post", "312", "318"),
                ("Anti-social behaviour incidents", "3,521", "3,204"),
                ("Community meetings attended", "146", "171")), widths=(50, 25, 25), header_rows=1),
    ]
    data = render_docx(blocks, title="Commissioner's Monitoring Board 26 February 2026", author="OPCC Wiltshire",
                       when=datetime(2026, 2, 19, 9, 0, 0),
                       header=("Police and Crime Commissioner for Wiltshire and Swindon",))
    records = {
        "documents": [document("COMMISSIONER'S MONITORING BOARD", force, org, day, "docx")],
        "meetings": [meeting(day, None, org, "COMMISSIONER'S MONITORING BOARD"),
                     meeting(minutes_day, None, org, minutes_title)],
        "agenda_items": agenda(day, items),
        "assurance_decisions": [decision(minutes_day, topic, number, question, " ".join(answers), canonical, comment)
                                for topic, number, question, answers, _p, canonical, comment, _a in minuted],
        "actions": [action(date, topic, ref, text, update, canonical, "status_column", "action_tracker")
                    for ref, _r, text, _o, update, _s, canonical, topic, date in log],
    }
    return data, records


# --- 3. Thames Valley: a decision table with level and comments columns (common form)

def thames_valley() -> tuple[bytes, dict]:
    org, force = "Police and Crime Commissioner for Thames Valley", "Thames Valley Police"
    day, notes_day, topic = "2026-03-17", "2026-01-20", "Contact management"
    notes_title = "Level 1 Meeting \u2013 notes of the meeting held on 20 January 2026"
    items = [("1", "Notes of the Level 1 meeting held on 20 January 2026 and action log", "Governance Officer"),
             ("2", "Force performance report: quarter 3", "Deputy Chief Constable"),
             ("3", "Violence against women and girls: delivery plan", "Assistant Chief Constable, Crime"),
             ("4", "Capital programme monitoring", "Chief Finance Officer"),
             ("5", "HMICFRS inspection update", "Head of Strategic Governance"),
             ("6", "Any other business", "Chair")]
    rows = [  # number, question, response, level printed, canonical, comment
        ("1", "What is the average time taken to answer 999 calls, and how does it compare with the national "
         "standard?",
         "In December 2025, 92.4% of 999 calls were answered within ten seconds, above the national standard "
         "of 90%. Performance dipped to 86% over the Christmas period when two shifts were short-staffed.",
         "Assured", "Assured", "The PCC recognised the sustained improvement since the new shift pattern began."),
        ("2", "How long do callers to 101 wait, and how many abandon the call?",
         "The average wait for 101 was 6 minutes 40 seconds; 18% of callers abandoned. Online reporting now "
         "takes 31% of non-emergency contact, and the Force expects the new call-back option to reduce "
         "abandonment. The call-back option lets a caller keep their place in the queue and be rung back when "
         "a call handler is free; it was tested in the Milton Keynes area in the autumn, where abandonment fell "
         "from 21% to 12% over six weeks. The Force also plans to move eight call handlers from the day shift to "
         "the evening, when demand on 101 is highest, once the consultation with staff has finished. The "
         "Head of Contact Management said that the abandonment figure includes callers who hang up after the "
         "recorded message directs them to online reporting, which the Force regards as a good outcome, but "
         "she could not say how many of the 18% this accounted for.",
         "Partially Assured", "Partly assured",
         "The PCC asked for the effect of the call-back option to be reported once it has run for three months."),
        ("3", "How does the Force check the quality of the service given by call handlers?",
         "Supervisors review five calls per call handler each month using a national quality framework that "
         "scores courtesy, the accuracy of the risk assessment and whether the caller was told what would "
         "happen next. The results are meant to be recorded on a spreadsheet held by each team, but the "
         "spreadsheets are not brought together. The Force could not say how many reviews were completed in "
         "the quarter or what they found.",
         "Not Assured", "Not assured",
         "Without the results of the quality reviews the PCC cannot judge whether callers receive a good service."),
        ("4", "What is being done to reduce sickness absence in the contact centre?",
         "Sickness absence in the contact centre is 6.1%, against 4.3% across police staff. A wellbeing lead "
         "has been appointed and return-to-work interviews are now held within three days.",
         "Partially Assured", "Partly assured",
         "The PCC welcomed the new wellbeing role but noted absence remains well above the Force average."),
    ]
    log = [  # ref, meeting date printed, iso, action, owner, update, status printed, canonical, topic
        ("L1/25/41", "18/11/2025", "2025-11-18", "Provide the detection rate for residential burglary by local "
         "policing area.", "Head of Crime", "Provided 2 December 2025.", "Complete", "complete", None),
        ("L1/25/42", "18/11/2025", "2025-11-18", "Confirm the date the new crime recording audit will start.",
         "Force Crime Registrar", "Audit delayed until April 2026 because of staff changes.", "Overdue",
         "outstanding", None),
        ("L1/26/01", "20/01/2026", "2026-01-20", "Report the effect of the 101 call-back option after three "
         "months.", "Head of Contact Management", "Option went live on 2 February 2026; report due in May.",
         "In progress", "outstanding", topic),
        ("L1/26/02", "20/01/2026", "2026-01-20", "Provide the number and findings of call quality reviews "
         "completed in quarter 3.", "Head of Contact Management", "Figures provided on 9 February 2026: 1,310 "
         "reviews completed.", "Complete", "complete", topic),
        ("L1/26/03", "20/01/2026", "2026-01-20", "Share the contact centre wellbeing plan with the OPCC.",
         "Head of People", None, "Not started", "outstanding", topic),
    ]
    blocks = [
        P("**Police and Crime Commissioner for Thames Valley**", size=9),
        H("Level 1 Meeting", 1),
        P("Tuesday 17 March 2026, 10.30am, Thames Valley Police Headquarters, Kidlington"),
        P("You are requested to attend a Level 1 meeting of the Police and Crime Commissioner and the Chief "
          "Constable on the date shown above. The Level 1 meeting is the formal public forum at which the PCC "
          "holds the Chief Constable to account for the delivery of the Police and Crime Plan."),
        H("Agenda", 2),
        T(rows=(("Item", "Subject", "Lead"),) + tuple(items), widths=(10, 60, 35), header_rows=1),
        Break(),
        H(notes_title, 2),
        P("Present: Police and Crime Commissioner (Chair); Chief Constable; Deputy Chief Constable; Chief "
          "Executive, OPCC; Head of Contact Management; Governance Officer (notes)."),
        H("Item 3 \u2013 Contact management", 3),
        P("The Head of Contact Management presented the paper on 999 and 101 performance. The PCC put the "
          "following questions to the Force."),
        T(rows=(("No.", "Question", "Force response", "Assurance level", "PCC comments"),)
              + tuple(r[:4] + (r[5],) for r in rows),
          widths=(6, 24, 36, 14, 26), header_rows=1),
        P("Other items were noted. The PCC thanked officers for the papers."),
        Break(),
        H("Action log", 2),
        T(rows=(("Ref", "Meeting date", "Action", "Owner", "Update", "Status"),)
              + tuple((ref, printed, text, owner, update or "", status) for ref, printed, _d, text, owner, update,
                      status, _c, _t in log),
          widths=(12, 12, 30, 16, 30, 11), header_rows=1),
        P("Status: Complete; In progress; Not started; Overdue.", size=9),
        Break(),
        H("Item 2 \u2013 Force performance report: quarter 3 (summary)", 2),
        P("The table summarises the measures in the Police and Crime Plan. The Force's internal audit of the "
          "performance data gave substantial assurance on the way the figures are produced."),
        T(rows=(("Measure", "Target", "Q3 2025/26", "Direction"),
                ("999 calls answered within 10 seconds", "90%", "92.4%", "Improving"),
                ("Residential burglary detection rate", "10%", "8.7%", "Stable"),
                ("Victim satisfaction (all crime)", "75%", "71%", "Declining"),
                ("Police officer strength", "5,077", "5,102", "Stable")),
          widths=(45, 15, 20, 20), header_rows=1),
    ]
    data = render_pdf(blocks, PdfLook(footer="Level 1 Meeting \u2013 17 March 2026"),
                      title="Level 1 Meeting 17 March 2026", author="OPCC Thames Valley")
    records = {
        "documents": [document("Level 1 Meeting", force, org, day, "pdf")],
        "meetings": [meeting(day, None, org, "Level 1 Meeting"), meeting(notes_day, "Contact management", org, notes_title)],
        "agenda_items": agenda(day, items),
        "assurance_decisions": [decision(notes_day, topic, n, question, response, canonical, comment)
                                for n, question, response, _p, canonical, comment in rows],
        "actions": [action(iso, t, ref, text, update, canonical, "status_column", "action_tracker")
                    for ref, _p, iso, text, _o, update, _s, canonical, t in log],
    }
    return data, records


# --- 4. North Yorkshire: a tick-box assurance row per question; a Y/N tracker (new forms)

def north_yorkshire() -> tuple[bytes, dict]:
    org = "Police, Fire and Crime Commissioner for North Yorkshire"
    force, day, notes_day, topic = "North Yorkshire Police", "2026-02-24", "2025-12-02", "Serious violence"
    notes_title = "Public Accountability Meeting \u2013 notes of the meeting held on 2 December 2025"
    items = [("1", "Welcome and apologies", "Commissioner"),
             ("2", "Notes of the meeting held on 2 December 2025 and action tracker", "Head of Accountability"),
             ("3", "Police: neighbourhood policing and rural crime", "Deputy Chief Constable"),
             ("4", "Fire and rescue: prevention and protection performance", "Chief Fire Officer"),
             ("5", "Public questions", "Commissioner"),
             ("6", "Any other business", "Commissioner")]
    levels = ("Assured", "Partially assured", "Not assured")
    questions = [  # number, question, response, ticked level index, comment
        ("1", "How many knife crime offences were recorded in the last six months, and where?",
         "There were 214 offences involving a knife or sharp instrument between May and October 2025, 8% fewer "
         "than in the same period of 2024. Just over half were in York and Scarborough, where the Force has run "
         "weapons sweeps and test purchase operations with trading standards.",
         0, "The Commissioner was satisfied with the reduction and the targeted work in the two towns."),
        ("2", "How is the Force meeting its duties under the Serious Violence Duty with partners?",
         "The Force leads the strategic needs assessment with the councils, health and probation. The response "
         "strategy was published in January 2025. A data-sharing agreement with the hospital trusts is still "
         "being negotiated, so emergency department data on assaults is not yet used.",
         1, "The Commissioner asked for a date by which hospital data will be shared, as without it the needs "
         "assessment is incomplete."),
        ("3", "What difference have the violence reduction interventions in schools made?",
         "Sessions have been delivered in 41 secondary schools. The Force has not evaluated the sessions and "
         "could not show any change in pupils' attitudes or in offending.",
         2, "The Commissioner will not fund a further year of the programme without an evaluation."),
    ]
    tracker = [  # no., meeting printed, iso, action, lead, update, Y/N, topic
        ("PAM 61", "30/09/2025", "2025-09-30", "Publish the rural crime strategy refresh on the Force website.",
         "Superintendent, Rural", "Published 20 October 2025.", "Y", None),
        ("PAM 62", "30/09/2025", "2025-09-30", "Provide the fire and rescue service's home fire safety visit "
         "backlog by district.", "Area Manager, Prevention", "Backlog figures to be included in the March "
         "report.", "N", None),
        ("PAM 63", "02/12/2025", "2025-12-02", "Confirm the date by which hospital assault data will be shared "
         "with the Force.", "Superintendent, Partnerships", "Agreement with York and Scarborough trust signed "
         "on 28 January 2026; South Tees trust still in discussion.", "N", topic),
        ("PAM 64", "02/12/2025", "2025-12-02", "Commission an independent evaluation of the schools violence "
         "reduction programme.", "Head of Commissioning, OPFCC", "Evaluation commissioned from the university; "
         "contract signed 15 January 2026.", "Y", topic),
    ]

    def ticks(chosen: int) -> str:
        return "      ".join(("\u2612 " if i == chosen else "\u2610 ") + level for i, level in enumerate(levels))

    blocks = [
        H("Public Accountability Meeting", 1),
        P("Tuesday 24 February 2026, 10.00am, held in public and streamed online"),
        P("The Public Accountability Meeting is where the Commissioner holds the Chief Constable and the Chief "
          "Fire Officer to account for the delivery of the Police and Crime Plan and the Fire and Rescue Plan. "
          "Members of the public may submit questions in advance."),
        H("Agenda", 2),
        T(rows=(("Item", "Title", "Presenter"),) + tuple(items), widths=(10, 62, 28), header_rows=1),
        Break(),
        H("Item 2: Notes of the previous meeting and action tracker – covering report", 2),
        P("**Purpose.** To present the notes of the Public Accountability Meeting held on 2 December 2025 for "
          "agreement, and the action tracker for review."),
        P("**Background.** Each meeting considers one theme in depth. The Commissioner sets questions in "
          "advance and, after hearing the response, records whether the answer gives assurance. The "
          "Commissioner's assurance framework, agreed with the Chief Constable in 2024, also draws on the "
          "internal audit programme, HMICFRS inspections and the independent ethics panel."),
        P("**Recommendation.** That the notes are agreed as a true record and that actions marked Y in the "
          "tracker are closed."),
        P("**Contact.** Head of Accountability, Office of the Police, Fire and Crime Commissioner."),
        Break(),
        H(notes_title, 2),
        P("Theme: Serious violence"),
        P("Present: Police, Fire and Crime Commissioner; Deputy Chief Constable; Chief Executive, OPFCC; Head "
          "of Accountability, OPFCC; Detective Chief Superintendent, Crime."),
        P("The Commissioner had asked three questions in advance. For each question the Commissioner's decision "
          "is marked below."),
    ]
    for number, question, response, chosen, comment in questions:
        blocks.append(T(rows=((f"Question {number}", question), ("Response", response),
                              ("Assurance", ticks(chosen)), ("Commissioner's comments", comment)),
                        widths=(25, 75), fills={(0, 0): "#dbe5f1", (0, 1): "#dbe5f1"}))
        blocks.append(P(""))
    blocks += [
        H("Actions", 3),
        P("New actions from this meeting are recorded in the action tracker (PAM 63 and PAM 64)."),
        Break(),
        H("Action tracker", 2),
        T(rows=(("No.", "Meeting", "Action", "Lead", "Update", "Complete (Y/N)"),)
              + tuple((no, printed, text, lead, update, yn) for no, printed, _i, text, lead, update, yn, _t in tracker),
          widths=(10, 12, 28, 16, 26, 10), header_rows=1),
        Break(),
        H("Public questions received", 2),
        P("Two questions were received from members of the public for this meeting. The first asks about "
          "response times to rural burglaries in Ryedale; the second about the closure of the front counter at "
          "Selby. Answers will be published with the notes of this meeting."),
        H("Fire and rescue: prevention measures", 3),
        T(rows=(("Measure", "2024/25", "2025/26 to date"), ("Home fire safety visits", "11,420", "8,905"),
                ("Accidental dwelling fires", "312", "221"), ("Business fire safety audits", "1,044", "790")),
          widths=(50, 25, 25), header_rows=1),
    ]
    data = render_docx(blocks, title="Public Accountability Meeting 24 February 2026", author="OPFCC North Yorkshire",
                       when=datetime(2026, 2, 17, 9, 0, 0),
                       header=("Police, Fire and Crime Commissioner for North Yorkshire",))
    records = {
        "documents": [document("Public Accountability Meeting", force, org, day, "docx")],
        "meetings": [meeting(day, None, org, "Public Accountability Meeting"),
                     meeting(notes_day, topic, org, notes_title)],
        "agenda_items": agenda(day, items),
        "assurance_decisions": [decision(notes_day, topic, number, question, response,
                                         ("Assured", "Partly assured", "Not assured")[chosen], comment)
                                for number, question, response, chosen, comment in questions],
        "actions": [action(iso, t, no, text, update, "complete" if yn == "Y" else "outstanding", "status_column",
                           "action_tracker") for no, _p, iso, text, _l, update, yn, t in tracker],
    }
    return data, records


# --- 5. West Mercia: a boxed PCC assessment after each answer; a tracker grouped by meeting (new forms)

def west_mercia() -> tuple[bytes, dict]:
    org, force = "Police and Crime Commissioner for West Mercia", "West Mercia Police"
    day, notes_day = "2026-01-29", "2025-11-27"
    notes_title = "Holding to Account meeting \u2013 notes of the meeting held on 27 November 2025"
    retail, victims = "Retail crime", "Victim services"
    items = [("1", "Notes of the previous meeting and action tracker", "PCC's Chief Executive"),
             ("2", "Theme: Neighbourhood crime", "Assistant Chief Constable, Local Policing"),
             ("3", "Theme: Workforce wellbeing", "Director of People"),
             ("4", "Any other business", "PCC")]
    # theme, number, question, answer paragraphs, printed level, canonical, commentary, action text or None
    questions = [
        (retail, "1", "How many shoplifting offences were reported in 2025, and what proportion led to a charge?",
         ("Shoplifting reports rose to 9,870, an increase of 14% on 2024. The charge rate rose from 12% to 17% "
          "after the Force introduced a single point of contact for the larger retailers.",),
         "Full assurance", "Assured", "The PCC was encouraged by the rise in the charge rate.", None),
        (retail, "2", "How does the Force decide which shoplifting reports are attended?",
         ("Reports are attended where an offender is detained, violence is used or threatened, or there is "
          "evidence such as CCTV that is likely to identify a suspect. Other reports are reviewed by the "
          "investigation hub.",
          "The Force does not yet record how many reports with CCTV were closed without the footage being "
          "viewed."),
         "Partial assurance", "Partly assured",
         "The PCC asked the Force to record and report how many CCTV reports are closed without review.",
         "Record and report the number of shoplifting reports with CCTV closed without the footage being viewed."),
        (victims, "3", "Are victims receiving the updates required by the Victims' Code?",
         ("An audit of 200 crimes found that 64% of victims had a needs assessment and 58% were updated within "
          "the Code's timescales. The Force has issued new guidance to officers and will repeat the audit in "
          "March.",),
         "No assurance", "Not assured",
         "Compliance is too low; the PCC will return to this at the March meeting.",
         "Share the results of the repeat Victims' Code compliance audit."),
        (victims, "4", "How is the Force working with the victim support service the PCC commissions?",
         ("Referrals to the commissioned service are made automatically for victims of violent crime and "
          "burglary. The service's caseworkers have access to the Force's crime system.",),
         "Full assurance", "Assured", "The PCC noted the strong joint working.", None),
    ]
    groups = [
        ("Actions from the meeting of 30 September 2025", "2025-09-30", [
            ("HTA 25/14", "Provide the number of rural burglaries in the last quarter by district.", "Head of "
             "Analysis", "Figures provided 14 October 2025.", "Achieved", "complete", None),
            ("HTA 25/15", "Confirm the roll-out date of body-worn video for special constables.", "Chief "
             "Inspector, Operations", "Delayed by supplier; new date not yet confirmed.",
             "Not achieved \u2013 carried forward", "outstanding", None),
        ]),
        ("Actions from the meeting of 27 November 2025", notes_day, [
            ("HTA 25/19", questions[1][7], "Superintendent, Investigations", "New field added to the crime "
             "system in January; first figures due in February.", "Partly achieved", "outstanding", retail),
            ("HTA 25/20", questions[2][7], "Head of Victim Services", "Repeat audit scheduled for March 2026.",
             "Not achieved \u2013 carried forward", "outstanding", victims),
        ]),
    ]
    blocks = [
        P("**West Mercia Police and Crime Commissioner**", size=9),
        H("Holding to Account meeting", 1),
        P("Thursday 29 January 2026, 1.30pm, Hindlip Park, Worcester"),
        P("The Police and Crime Commissioner holds the Chief Constable to account at a series of themed "
          "meetings. The notes below record the questions asked and the PCC's assessment of the answers."),
        H("Agenda", 2),
        T(rows=(("", "Item", "Lead"),) + tuple(items), widths=(8, 60, 35), header_rows=1),
        Break(),
        H(notes_title, 2),
        P("Attendees: Police and Crime Commissioner; Deputy Chief Constable; PCC's Chief Executive; Head of "
          "Policy; Superintendent, Investigations; Head of Victim Services."),
    ]
    theme_no = {retail: 1, victims: 2}
    seen: set[str] = set()
    for theme, number, question, answers, printed, _c, comment, follow_up in questions:
        if theme not in seen:
            seen.add(theme)
            blocks.append(H(f"Theme {theme_no[theme]}: {theme}", 3))
        blocks.append(P(f"**Q{number}. {question}**"))
        blocks += [P(answer) for answer in answers]
        blocks.append(T(rows=(("**PCC assessment**",), (f"**{printed}.** {comment}",)), widths=(100,),
                        fills={(0, 0): "#e2efd9", (1, 0): "#f2f2f2"}))
        if follow_up:
            blocks.append(P(f"*Action:* {follow_up}"))
    tracker_rows: list[tuple] = [("No.", "Action", "Owner", "Update", "Outcome")]
    spans = []
    for label, _iso, rows in groups:
        spans.append((len(tracker_rows), 0, 1, 5))
        tracker_rows.append((f"**{label}**", None, None, None, None))
        tracker_rows += [row[:5] for row in rows]
    blocks += [
        Break(),
        H("Action tracker", 2),
        T(rows=tuple(tracker_rows), widths=(12, 32, 16, 28, 14), header_rows=1, spans=tuple(spans),
          fills={(r, 0): "#f2f2f2" for r, _c, _n, _w in spans}),
        P("Outcome: Achieved \u2013 the action is closed; Partly achieved or Not achieved \u2013 the action "
          "stays on the tracker.", size=9),
        Break(),
        H("Theme: Neighbourhood crime \u2013 briefing note", 2),
        P("The Force's paper for item 2 will be circulated separately. The figures below are taken from the "
          "PCC's performance framework."),
        T(rows=(("Measure", "Oct\u2013Dec 2024", "Oct\u2013Dec 2025"), ("Residential burglary", "1,104", "987"),
                ("Vehicle crime", "2,211", "2,306"), ("Personal robbery", "143", "128")),
          widths=(50, 25, 25), header_rows=1),
    ]
    look = PdfLook(font="Times-Roman", bold_font="Times-Bold", italic_font="Times-Italic", body_size=11.5)
    data = render_pdf(blocks, look, title="Holding to Account meeting 29 January 2026", author="OPCC West Mercia")
    records = {
        "documents": [document("Holding to Account meeting", force, org, day, "pdf")],
        "meetings": [meeting(day, None, org, "Holding to Account meeting"),
                     meeting(notes_day, None, org, notes_title)],
        "agenda_items": agenda(day, items),
        "assurance_decisions": [decision(notes_day, theme, number, question, " ".join(answers), canonical, comment)
                                for theme, number, question, answers, _p, canonical, comment, _a in questions],
        "actions": [action(iso, t, no, text, update, canonical, "status_column", "action_tracker")
                    for _l, iso, rows in groups for no, text, _o, update, _s, canonical, t in rows],
    }
    return data, records


# --- 6. Avon and Somerset: a numbered assurance rating under a key; open and closed action tables (new forms)

def avon_somerset() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for Avon and Somerset"
    force, day, notes_day, topic = "Avon and Somerset Constabulary", "2026-03-24", "2026-01-27", "Police use of force"
    notes_title = "Performance and Accountability Board \u2013 record of the meeting held on 27 January 2026"
    items = [("1", "Welcome and apologies", "PCC"),
             ("2", "Record of the meeting on 27 January 2026 and actions", "Strategic Planning Officer"),
             ("3", "Quarterly performance report", "Director of Performance"),
             ("4", "Stop and search scrutiny panel: annual report", "Chair of the Scrutiny Panel"),
             ("5", "Medium term financial plan", "Chief Finance Officer"),
             ("6", "Any other business", "PCC")]
    rating_names = {4: "Assured", 3: "Assured", 2: "Partly assured", 1: "Not assured"}
    kloes = [  # number, question, response, rating, comment
        ("1", "How many use of force incidents were recorded in the quarter, and is recording complete?",
         "Officers recorded 4,382 use of force incidents. A comparison with body-worn video activations found "
         "that 96% of incidents where force was shown on video had a form completed.",
         4, "Recording compliance is high and regularly checked."),
        ("2", "Is use of force applied fairly across ethnic groups?",
         "Black people were 4.1 times more likely than white people to have force used on them, down from 4.9 "
         "times. The Force has commissioned the university to look at the reasons and the report is due in "
         "the summer.",
         2, "The disparity has narrowed but remains high; the PCC wants to see the research findings and the "
         "Force's response to them."),
        ("3", "How is the use of Taser overseen?",
         "Every Taser discharge is reviewed by the Use of Force lead, and a sample of drawn-but-not-fired "
         "incidents is reviewed by the independent scrutiny panel each quarter.",
         3, "The PCC was reassured by the panel's involvement."),
        ("4", "What happens when the scrutiny panel finds a use of force was not proportionate?",
         "The Force described the referral route to Professional Standards but could not give the number of "
         "panel referrals or their outcomes.",
         1, "The PCC expects the Force to track every panel referral to its outcome."),
    ]
    open_actions = [  # ref, raised printed, iso, action, owner, due, update, topic
        ("PAB 26/03", "27/01/2026", notes_day, "Share the university's research on disparity in use of force "
         "when it is published.", "Use of Force lead", "July 2026", "Research under way; interim findings "
         "expected in May.", topic),
        ("PAB 26/04", "27/01/2026", notes_day, "Set up a record of scrutiny panel referrals to Professional "
         "Standards and their outcomes.", "Head of Professional Standards", "April 2026", "Record being built "
         "in the complaints system.", topic),
        ("PAB 25/38", "25/11/2025", "2025-11-25", "Provide the number of missing person reports closed within "
         "24 hours by area.", "Head of Public Protection", "January 2026", "Overdue: data quality issues being "
         "resolved.", None),
    ]
    closed_actions = [  # ref, raised printed, iso, action, closed, note, topic
        ("PAB 25/36", "25/11/2025", "2025-11-25", "Circulate the revised neighbourhood policing model to Board "
         "members.", "12/12/2025", "Circulated with the December newsletter.", None),
        ("PAB 26/01", "27/01/2026", notes_day, "Report body-worn video activation rates for use of force "
         "incidents by district.", "20/02/2026", "Report provided; all districts above 94%.", topic),
    ]
    blocks = [
        P("**Avon and Somerset Police and Crime Commissioner**", size=9),
        H("Performance and Accountability Board", 1),
        P("Tuesday 24 March 2026, 9.30am, Police Headquarters, Portishead"),
        H("Agenda", 2),
        T(rows=(("Item", "Title", "Presented by"),) + tuple(items), widths=(10, 60, 35), header_rows=1),
        H("Covering note", 2),
        P("The Board receives the record of the previous meeting with the key lines of enquiry (KLOEs) the "
          "Commissioner set and the rating the Commissioner gave each answer. The rating scale is shown under "
          "the table. The Board also notes that the internal auditors gave substantial assurance on the "
          "Force's performance data in their 2025 review."),
        Break(),
        H(notes_title, 2),
        P("Topic: Police use of force"),
        P("Present: PCC (Chair); Chief Constable; Deputy Chief Constable; Chief Executive, OPCC; Use of Force "
          "lead; Head of Professional Standards; Strategic Planning Officer."),
        T(rows=(("KLOE", "Key line of enquiry", "Summary of response", "Rating", "Comment"),)
              + tuple((n, q, r, str(rating), c) for n, q, r, rating, c in kloes),
          widths=(10, 26, 36, 11, 26), header_rows=1),
        P("Assurance rating: 4 \u2013 Full assurance; 3 \u2013 Substantial assurance; 2 \u2013 Limited "
          "assurance; 1 \u2013 No assurance.", size=9),
        Break(),
        H("Actions", 2),
        H("Open actions", 3),
        T(rows=(("Ref", "Raised", "Action", "Owner", "Due", "Update"),)
              + tuple((ref, raised, text, owner, due, update)
                      for ref, raised, _i, text, owner, due, update, _t in open_actions),
          widths=(13, 14, 27, 19, 12, 24), header_rows=1),
        H("Actions closed since the last Board", 3),
        T(rows=(("Ref", "Raised", "Action", "Closed", "Closure note"),)
              + tuple((ref, raised, text, closed, note) for ref, raised, _i, text, closed, note, _t in closed_actions),
          widths=(13, 14, 35, 14, 26), header_rows=1),
        Break(),
        H("Appendix: use of force figures", 2),
        T(rows=(("Quarter", "Incidents", "Taser drawn", "Taser fired", "Forms completed"),
                ("Apr\u2013Jun 2025", "4,105", "612", "58", "94%"),
                ("Jul\u2013Sep 2025", "4,298", "640", "61", "95%"),
                ("Oct\u2013Dec 2025", "4,382", "655", "52", "96%")),
          widths=(20, 20, 20, 20, 20), header_rows=1),
        P("Source: Force use of force returns. Figures are provisional."),
    ]
    data = render_pdf(blocks, register_dejavu_serif(), title="Performance and Accountability Board 24 March 2026",
                      author="OPCC Avon and Somerset")
    records = {
        "documents": [document("Performance and Accountability Board", force, org, day, "pdf")],
        "meetings": [meeting(day, None, org, "Performance and Accountability Board"),
                     meeting(notes_day, topic, org, notes_title)],
        "agenda_items": agenda(day, items),
        "assurance_decisions": [decision(notes_day, topic, n, q, r, rating_names[rating], c)
                                for n, q, r, rating, c in kloes],
        "actions": [action(iso, t, ref, text, update, "outstanding", "status_column", "action_tracker")
                    for ref, _r, iso, text, _o, _d, update, t in open_actions]
                   + [action(iso, t, ref, text, note, "complete", "status_column", "action_tracker")
                      for ref, _r, iso, text, _c, note, t in closed_actions],
    }
    return data, records


PACKS = {
    "cheshire-scrutiny-2026-03-11.pdf": cheshire,
    "wiltshire-cmb-2026-02-26.docx": wiltshire,
    "thames-valley-level1-2026-03-17.pdf": thames_valley,
    "north-yorkshire-pam-2026-02-24.docx": north_yorkshire,
    "west-mercia-hta-2026-01-29.pdf": west_mercia,
    "avon-somerset-pab-2026-03-24.pdf": avon_somerset,
}


def main() -> None:
    GOLD_DIR.mkdir(exist_ok=True)
    for name, build in PACKS.items():
        data, records = build()
        finish(name, data, records)


if __name__ == "__main__":
    main()
