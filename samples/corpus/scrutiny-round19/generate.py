"""Blind round 19 (scrutiny): six packs of PCC and mayoral offices, written to
this folder, with their hand-checked gold in gold/ (staged in pending/ until the
extractors were fixed for them).

Run: .venv/bin/python samples/corpus/scrutiny-round19/generate.py
"""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import datetime
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import scrutiny_common  # noqa: E402,F401  (puts the round-3 renderer on sys.path)
from render import Break, Bul, H, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind in round 19 (session 3); every record checked by hand against the rendered "
           "document and `scrutiny inspect`.")
GREEN, AMBER, RED, BLUE, YELLOW = "#92d050", "#ffc000", "#ff0000", "#9dc3e6", "#ffff00"


# --- gold helpers -------------------------------------------------------------

def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))


def _page_of(pages: list[list[str]], text: str) -> int:
    """The first page whose words hold the text's opening six words in order, within 60 words."""
    wanted = _words(text)[:6]
    for number, words in enumerate(pages, 1):
        for start, word in enumerate(words):
            if word != wanted[0]:
                continue
            at, found = start, 1
            for target in wanted[1:]:
                try:
                    at = words.index(target, at + 1, start + 60)
                except ValueError:
                    break
                found += 1
            if found == len(wanted):
                return number
    raise ValueError(f"not found in the PDF: {text[:60]!r}")


def _set_pages(data: bytes, records: dict) -> None:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [_words(" ".join(w["text"] for w in page.extract_words())) for page in pdf.pages]
        records["documents"][0]["pages"] = len(pdf.pages)
    for kind, key in (("assurance_decisions", "question"), ("actions", "text")):
        for record in records[kind]:
            record["page"] = _page_of(pages, record[key])
    for record in records["meetings"]:
        if record["page"] is None:  # the notes' heading, after the front sheet that names them in its agenda
            record["page"] = 1 + _page_of(pages[1:], record["title"])


def document(file_type: str, title: str, force: str, organisation: str, meeting_date: str) -> dict:
    return {"page": None, "file_type": file_type, "pages": None, "doc_kind": "scrutiny_pack", "title": title,
            "force": force, "organisation": organisation, "meeting_date": meeting_date,
            "publication_date": None, "status": "ok"}


def meeting(date: str, topic: str | None, organisation: str, title: str, page: int | None) -> dict:
    return {"page": page, "meeting_date": date, "topic": topic, "organisation": organisation, "title": title}


def agenda(date: str, page: int | None, items: list[tuple[str, str, str | None]]) -> list[dict]:
    return [{"page": page, "meeting_date": date, "number": n, "title": t, "presenter": p} for n, t, p in items]


def decision(date: str, topic: str | None, number: str | None, question: str, evidence: str, assurance: str,
             commentary: str | None) -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "question_number": number, "question": question,
            "evidence_summary": evidence, "assurance": assurance, "commentary": commentary}


def action(date: str | None, topic: str | None, number: str | None, text: str, update: str | None, status: str,
           status_source: str, source: str) -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "number": number, "text": text, "update": update,
            "status": status, "status_source": status_source, "source": source}


def write(name: str, data: bytes, records: dict) -> None:
    if name.endswith(".pdf"):
        _set_pages(data, records)
    (HERE / name).write_bytes(data)
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
    (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    print(name, len(data), "bytes;", {k: [r["page"] for r in v] for k, v in records.items() if k != "documents"})


# --- 1. Gloucestershire: the reference family (common) -------------------------

def gloucestershire() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for Gloucestershire"
    force = "Gloucestershire Constabulary"
    date, prev, topic = "2026-07-07", "2026-05-12", "Fraud and Cyber Crime"
    items = [("1.", "Apologies for Absence", "PCC"),
             ("2.", "Draft Notes - Scrutiny Meeting (Fraud and Cyber Crime) - 12 May 2026", "PCC"),
             ("3.", "Scrutiny Actions 2026/27 - Update", "Head of Governance"),
             ("4.", "Domestic Abuse: Victim Care and Outcomes", "Gloucestershire Constabulary"),
             ("5.", "Any Other Business", "PCC"),
             ("6.", "Date of the next meeting: Tuesday 8 September 2026 Topic: Roads Policing", "PCC")]
    qs = [
        ("How many fraud and cyber crime reports did the Force receive from Action Fraud in 2025/26, and what "
         "proportion were allocated for investigation?",
         ("The Force received 2,914 disseminations from Action Fraud in 2025/26, up 6% on the year before.",
          "412 (14%) were allocated for investigation; the remainder received protect advice and were "
          "closed with a letter.",
          "The Economic Crime Unit reviews every dissemination within five working days."),
         "Assured", "The PCC was content with the volumes and the triage process described."),
        ("What support is given to vulnerable victims of fraud, and how does the Force know that it makes a "
         "difference?",
         ("Two Economic Crime Victim Care Officers contact every victim assessed as vulnerable within 72 hours.",
          "1,106 victims were contacted in the year; 89% said they felt safer afterwards.",
          "The Force has not yet measured repeat victimisation among those supported."),
         "Partially Assured", "The PCC asked for repeat victimisation to be tracked so that the effect "
         "of the service can be shown."),
        ("How is the Force using asset recovery powers against fraud offenders?",
         ("Confiscation orders worth £1.3m were obtained in 2025/26, against £2.1m the year before.",
          "Two financial investigator posts have been vacant since October 2025."),
         "Not Assured", "The PCC was concerned at the fall in confiscation orders and the vacancies, and "
         "asked for a recovery plan."),
    ]
    blocks = [
        P("**Office of the Police and Crime Commissioner for Gloucestershire**"),
        P("Police Headquarters, No. 1 Waterwells, Quedgeley, Gloucester GL2 2AN"),
        H("Police and Crime Commissioner for Gloucestershire", 1), H("Scrutiny Meeting", 2),
        P("**Date: Tuesday 7 July 2026**"), P("**Time: 10:00am - 12:00pm**"),
        P("**Venue: Conference Room 2, Waterwells / Microsoft Teams**"), H("Agenda", 2),
        T(((None, "Item", "Presented By"),) + tuple((n, t, p) for n, t, p in items), (8, 70, 30),
          header_rows=1, bordered=False),
        Break(),
        P("**DRAFT NOTES - SCRUTINY MEETING (FRAUD AND CYBER CRIME) - 12 MAY 2026**"),
        P("Present: Police and Crime Commissioner (Chair); Chief Executive; Deputy Chief Constable; "
          "Detective Superintendent, Economic Crime; Head of Governance (notes)."),
        T((("Question", "Brief Summary of Evidence", "Decision of PCC"),)
          + tuple((f"**{i}. {q}**", Bul(ev), f"**{level}**\n{comment}")
                  for i, (q, ev, level, comment) in enumerate(qs, 1)),
          (34, 46, 20), header_rows=1),
        Break(),
        P("**SCRUTINY ACTIONS 2026/27 - AN UPDATE**"),
        T((("No.", "Meeting", "Action", "Owner", "Update", "Status"),
           ("26/01", "10/03/26", "Provide the PCC with the number of officers trained in the new domestic "
            "abuse risk assessment.", "ACC", "1,042 officers trained by 30 April 2026.", "Complete"),
           ("26/02", "12/05/26", "Track repeat victimisation among vulnerable fraud victims supported by the "
            "Victim Care Officers.", "D/Supt ECU", "Measure agreed; first figures due in August 2026.", "Open"),
           ("26/03", "12/05/26", "Bring an asset recovery plan, including recruitment to the financial "
            "investigator posts, to the September meeting.", "D/Supt ECU",
            "One post filled from 1 June 2026; plan in preparation.", "Open"),
           ("25/14", "14/01/26", "Publish the Force's response to the HMICFRS fraud inspection on its website.",
            "Head of Corporate Services", "Published 3 February 2026.", "Complete")),
          (8, 10, 34, 13, 25, 10), header_rows=1),
    ]
    data = render_pdf(blocks, PdfLook(), "Scrutiny Meeting 7 July 2026", org)
    prev_title = "Draft Notes - Scrutiny Meeting (Fraud and Cyber Crime) - 12 May 2026"
    records = {
        "documents": [document("pdf", "Scrutiny Meeting", force, org, date)],
        "meetings": [meeting(date, None, org, "Scrutiny Meeting", 1),
                     meeting(prev, topic, org, prev_title, None)],
        "agenda_items": agenda(date, 1, [(n.rstrip("."), t, p) for n, t, p in items]),
        "assurance_decisions": [decision(prev, topic, str(i), q, "\n".join(ev), {"Assured": "Assured",
                                         "Partially Assured": "Partly assured", "Not Assured": "Not assured"}[lv], c)
                                for i, (q, ev, lv, c) in enumerate(qs, 1)],
        "actions": [
            action("2026-03-10", None, "26/01", "Provide the PCC with the number of officers trained in the new "
                   "domestic abuse risk assessment.", "1,042 officers trained by 30 April 2026.", "complete",
                   "status_column", "action_tracker"),
            action("2026-05-12", topic, "26/02", "Track repeat victimisation among vulnerable fraud victims "
                   "supported by the Victim Care Officers.", "Measure agreed; first figures due in August 2026.",
                   "outstanding", "status_column", "action_tracker"),
            action("2026-05-12", topic, "26/03", "Bring an asset recovery plan, including recruitment to the "
                   "financial investigator posts, to the September meeting.",
                   "One post filled from 1 June 2026; plan in preparation.", "outstanding", "status_column",
                   "action_tracker"),
            action("2026-01-14", None, "25/14", "Publish the Force's response to the HMICFRS fraud inspection on "
                   "its website.", "Published 3 February 2026.", "complete", "status_column", "action_tracker"),
        ],
    }
    # the log's "Meeting" column in dd/mm/yy is the meeting that set each action
    return data, records


# --- 2. Suffolk: Word minutes with "Level of assurance:" lines (common) --------

def suffolk() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for Suffolk"
    force = "Suffolk Constabulary"
    date, prev, item = "2026-07-10", "2026-05-15", "Neighbourhood policing and anti-social behaviour"
    agenda_rows = [("1", "Welcome and apologies", "Chair"),
                   ("2", "Minutes of the meeting held on 15 May 2026 and action log", "Chair"),
                   ("3", "Road safety and the Fatal Four", "ACC Operations"),
                   ("4", "Force performance report - quarter 1", "Head of Performance"),
                   ("5", "Any other business", "Chair")]
    qs = [
        ("How many dedicated neighbourhood officers and PCSOs are in post against the establishment, and how "
         "often are they abstracted to response duties?",
         ("The Chief Superintendent reported 148 neighbourhood officers and 96 PCSOs in post, against an "
          "establishment of 152 and 104.",
          "Abstraction to response duties averaged 7% of neighbourhood shifts in the year to March 2026, "
          "down from 11%. The Force now records every abstraction in the duty system."),
         "Substantial", "The PCC welcomed the fall in abstraction and the recording of it."),
        ("How does the Force use problem-solving to reduce anti-social behaviour in the areas of highest "
         "demand?",
         ("Each of the 14 highest-demand wards has a problem-solving plan reviewed monthly. Anti-social "
          "behaviour incidents fell by 9% across these wards.",
          "Internal audit reviewed problem-solving governance in February 2026 and gave a limited assurance "
          "opinion, finding that a third of plans had no recorded review; the recommendations are being "
          "implemented."),
         "Reasonable", "The PCC noted the audit findings and asked to see the audit recommendations closed."),
        ("How are victims of persistent anti-social behaviour supported, and how is the community trigger "
         "(ASB case review) publicised?",
         ("Victims assessed as high risk are referred to the ASB victim support service. 38 case reviews "
          "were requested in 2025/26 and 11 met the threshold.",
          "The Force accepted that the case review is not well known and that its web page had not been "
          "updated since 2023."),
         "Limited", "The PCC asked for the case review to be publicised with the councils and for "
         "referral figures to be reported."),
    ]
    blocks = [
        P("**Police and Crime Commissioner for Suffolk**"),
        H("Accountability and Performance Panel", 1),
        P("Friday 10 July 2026, 10:00 – 12:30, Endeavour House, Ipswich and Microsoft Teams"),
        H("Agenda", 2),
        T((("Item", "Subject", "Lead"),) + tuple(agenda_rows), (10, 65, 25), header_rows=1),
        P("Assurance levels used by the Panel: **Substantial** – controls and performance are sound; "
          "**Reasonable** – generally sound with some improvement needed; **Limited** – significant "
          "improvement needed; **No assurance** – fundamental weaknesses."),
        Break(),
        H("Minutes of the Accountability and Performance Panel held on 15 May 2026", 2),
        P("Present: Police and Crime Commissioner (Chair), Chief Executive, Chief Finance Officer, "
          "Deputy Chief Constable, Chief Superintendent (Local Policing)."),
        H("1. Welcome and apologies", 3),
        P("Apologies were received from the Chief Constable."),
        H("2. Minutes and action log", 3),
        P("The minutes of 13 March 2026 were agreed as a true record. The action log was reviewed and "
          "updated as shown at the end of these minutes."),
        H(f"3. {item[0].upper()}{item[1:]}", 3),
    ]
    for i, (q, answer, level, comment) in enumerate(qs, 1):
        blocks.append(P(f"**Question {i}: {q}**"))
        blocks += [P(a) for a in answer]
        blocks.append(P(f"**Level of assurance: {level}.** {comment}"))
    blocks += [
        P("ACTION: The Force to report the number of ASB case review requests by district at the next "
          "meeting."),
        H("4. Any other business", 3), P("None."),
        H("Action log", 2),
        T((("No.", "Action", "Owner", "Update", "Status"),
           ("APP/26/03", "Provide a breakdown of PCSO vacancies by district.", "Ch Supt Local Policing",
            "20/04/26 – Breakdown circulated to Panel members.", "Closed"),
           ("APP/26/05", "Share the internal audit action plan on problem-solving governance.", "DCC",
            "02/06/26 – Four of six recommendations complete; remainder due September 2026.", "Open"),
           ("APP/26/06", "Update the ASB case review page on the Force website and share it with the "
            "district councils.", "Head of Corporate Communications",
            "18/06/26 – Page redrafted; awaiting council comments.", "Open")),
          (14, 38, 16, 22, 10), header_rows=1),
    ]
    data = render_docx(blocks, title="Accountability and Performance Panel", author=org,
                       when=datetime(2026, 7, 1, 9, 0))
    records = {
        "documents": [document("docx", "Accountability and Performance Panel", force, org, date)],
        "meetings": [meeting(date, None, org, "Accountability and Performance Panel", None),
                     meeting(prev, item, org,
                             "Minutes of the Accountability and Performance Panel held on 15 May 2026", None)],
        "agenda_items": agenda(date, None, agenda_rows),
        "assurance_decisions": [decision(prev, item, str(i), q, "\n".join(a),
                                         {"Substantial": "Assured", "Reasonable": "Assured",
                                          "Limited": "Partly assured"}[lv], c)
                                for i, (q, a, lv, c) in enumerate(qs, 1)],
        "actions": [
            action(prev, item, None, "The Force to report the number of ASB case review requests by district at "
                   "the next meeting.", None, "unknown", "none", "action_list"),
            action(None, None, "APP/26/03", "Provide a breakdown of PCSO vacancies by district.",
                   "20/04/26 – Breakdown circulated to Panel members.", "complete", "status_column",
                   "action_tracker"),
            action(None, None, "APP/26/05", "Share the internal audit action plan on problem-solving governance.",
                   "02/06/26 – Four of six recommendations complete; remainder due September 2026.",
                   "outstanding", "status_column", "action_tracker"),
            action(None, None, "APP/26/06", "Update the ASB case review page on the Force website and share it "
                   "with the district councils.", "18/06/26 – Page redrafted; awaiting council comments.",
                   "outstanding", "status_column", "action_tracker"),
        ],
    }
    return data, records


# --- 3. Humberside: a decision table with RAG-rated assurance (common) ---------

def humberside() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for Humberside"
    force = "Humberside Police"
    date, prev, item = "2026-07-15", "2026-05-20", "Missing children"
    agenda_rows = [("1", "Apologies", "Chair"),
                   ("2", "Notes and action tracker of the meeting on 20 May 2026", "Governance Officer"),
                   ("3", "Serious violence duty – annual review", "Superintendent, Partnerships"),
                   ("4", "Any other business", "Chair")]
    qs = [
        ("How many children were reported missing in 2025/26, and how many went missing three or more times?",
         "1,862 episodes involving 731 children; 164 children went missing three or more times, 41% of them "
         "looked after by the local authority.", "GREEN", GREEN,
         "The Commissioner was assured by the analysis of repeat episodes."),
        ("What proportion of return home interviews are completed within 72 hours, and how is the information "
         "shared?",
         "Return home interviews are commissioned from the four local authorities. Completion within 72 hours "
         "ranged from 48% to 81%. Information is shared through the missing coordinators.",
         "AMBER", AMBER, "Completion varies too much between the local authorities for the Commissioner to "
         "be fully assured."),
        ("How does the Force identify children at risk of criminal exploitation when they go missing?",
         "A screening tool is used on every episode, but an internal review found it had been completed on "
         "only 57% of episodes in the last quarter.", "RED", RED,
         "The Commissioner asked for compliance to be reported monthly."),
    ]
    perf = (("Measure", "2025/26", "Target", "RAG"),
            ("Missing episodes – children", "1,862", "–", "AMBER"),
            ("Repeat missing children (3+)", "164", "< 150", "RED"),
            ("Return home interviews offered", "96%", "95%", "GREEN"))
    blocks = [
        P("**Humberside Police and Crime Commissioner**"),
        H("Accountability Board", 1),
        P("Wednesday 15 July 2026 at 2.00pm, Commissioner's Office, Hull"),
        H("Agenda", 2),
        T((("Item", "Title", "Lead"),) + tuple(agenda_rows), (10, 60, 30), header_rows=1),
        Break(),
        H("Item 3 – Serious violence duty: annual review", 2),
        P("**Report of the Superintendent, Partnerships**"),
        P("**1. Purpose**"),
        P("1.1 To update the Commissioner on the Force's work under the serious violence duty in its second "
          "full year, and on the spending of the Home Office grant held by the Commissioner."),
        P("**2. Background**"),
        P("2.1 The duty requires the police, councils, health and youth justice to work together to prevent "
          "serious violence. The Commissioner convenes the four local partnerships across the Humber."),
        P("2.2 Knife-enabled offences fell by 6% in 2025/26; hospital admissions for assault with a sharp "
          "object were stable. The strategic needs assessment was refreshed in March 2026."),
        P("2.3 The joint internal audit of partnership governance (March 2026) gave a reasonable assurance "
          "opinion with two medium-priority recommendations on grant monitoring."),
        P("**3. Recommendation**"),
        P("3.1 The Commissioner is asked to note the report and to consider what assurance it gives about "
          "the Force's contribution to the duty."),
        Break(),
        H("Notes of the Accountability Board – 20 May 2026", 2),
        P("**Item 3 – Missing children**"),
        P("Performance summary presented by the Force (the Force's own RAG against target):"),
        T(perf, (46, 18, 18, 18), header_rows=1, fills={(1, 3): AMBER, (2, 3): RED, (3, 3): GREEN}),
        P("**Assurance rating key:** GREEN – the Commissioner is assured; AMBER – the Commissioner is "
          "partially assured; RED – the Commissioner is not assured."),
        T((("No.", "Question", "Force response", "Assurance rating", "Commissioner's comments"),)
          + tuple((str(i), q, r, rag, c) for i, (q, r, rag, _fill, c) in enumerate(qs, 1)),
          (6, 28, 34, 12, 20), header_rows=1,
          fills={(i, 3): fill for i, (_q, _r, _rag, fill, _c) in enumerate(qs, 1)}),
        P("The Commissioner thanked the officers for a candid paper."),
        H("Action tracker", 2),
        P("Key: BLUE – complete; GREEN – on track; AMBER – at risk; RED – overdue."),
        T((("Ref", "Date raised", "Action", "Owner", "Progress", "RAG"),
           ("AB/087", "18/03/2026", "Provide the number of stop and search encounters reviewed by the scrutiny "
            "panel.", "Supt Standards", "Figures provided to the May Board.", "BLUE"),
           ("AB/091", "20/05/2026", "Report compliance with the exploitation screening tool monthly.",
            "D/Supt Safeguarding", "First monthly report received in June; 64% compliance.", "GREEN"),
           ("AB/092", "20/05/2026", "Meet the four local authorities on return home interview timeliness.",
            "ACC Local Policing", "Meeting not yet arranged.", "RED")),
          (9, 13, 32, 14, 24, 8), header_rows=1, fills={(1, 5): BLUE, (2, 5): GREEN, (3, 5): RED}),
    ]
    data = render_pdf(blocks, PdfLook(footer="OFFICIAL – Accountability Board 15 July 2026"),
                      "Accountability Board 15 July 2026", org)
    records = {
        "documents": [document("pdf", "Accountability Board", force, org, date)],
        "meetings": [meeting(date, None, org, "Accountability Board", 1),
                     meeting(prev, item, org, "Notes of the Accountability Board – 20 May 2026", None)],
        "agenda_items": agenda(date, 1, agenda_rows),
        "assurance_decisions": [decision(prev, item, str(i), q, r, {"GREEN": "Assured", "AMBER": "Partly assured",
                                                                    "RED": "Not assured"}[rag], c)
                                for i, (q, r, rag, _f, c) in enumerate(qs, 1)],
        "actions": [
            action("2026-03-18", None, "AB/087", "Provide the number of stop and search encounters reviewed by the "
                   "scrutiny panel.", "Figures provided to the May Board.", "complete", "status_column",
                   "action_tracker"),
            action("2026-05-20", item, "AB/091", "Report compliance with the exploitation screening tool monthly.",
                   "First monthly report received in June; 64% compliance.", "outstanding", "status_column",
                   "action_tracker"),
            action("2026-05-20", item, "AB/092", "Meet the four local authorities on return home interview "
                   "timeliness.", "Meeting not yet arranged.", "outstanding", "status_column", "action_tracker"),
        ],
    }
    return data, records


# --- 4. South Yorkshire: conclusions at the end of the notes (new) -------------

def south_yorkshire() -> tuple[bytes, dict]:
    org = "Deputy Mayor for Policing and Crime"
    force = "South Yorkshire Police"
    date, prev = "2026-07-16", "2026-06-04"
    topic = "Violence against women and girls"
    agenda_rows = [("1", "Welcome and apologies", "Deputy Mayor"),
                   ("2", "Notes of the meeting on 4 June 2026", "Deputy Mayor"),
                   ("3", "Action log", "Head of Governance"),
                   ("4", "Theme: Shop theft and business crime", "ACC Local Policing"),
                   ("5", "Any other business", "Deputy Mayor")]
    qs = [
        ("What progress has the Force made against its violence against women and girls delivery plan?",
         "The ACC reported that 34 of the plan's 41 actions were complete. Walk and talk patrols now run in "
         "all four districts, and a perpetrator-focused unit began work in April 2026."),
        ("How is the Force improving charge rates for rape and serious sexual offences?",
         "The charge rate for adult rape rose from 5.1% to 7.4% over the year. Operation Soteria practices "
         "are embedded, but investigator vacancies in the public protection units stand at 14%."),
        ("How are victims kept informed when their case is delayed at court?",
         "The Force relies on the witness care unit's letters. It could not say how many victims were "
         "updated within the Victims' Code timescales, as the data is not recorded."),
    ]
    blocks = [
        P("South Yorkshire Mayoral Combined Authority"),
        P("**Deputy Mayor for Policing and Crime**"),
        H("Public Accountability Board", 1),
        P("Thursday 16 July 2026, 10am, Broad Street West, Sheffield"),
        H("Agenda", 2),
        T((("No.", "Item", "Presenter"),) + tuple(agenda_rows), (8, 62, 30), header_rows=1),
        Break(),
        H("Public Accountability Board – Notes of the meeting held on 4 June 2026", 2),
        P("Theme: Violence against women and girls"),
        P("Attendees: Deputy Mayor for Policing and Crime (Chair); Chief Constable; ACC Specialist Operations; "
          "Chief Executive, Policing and Crime; Head of Governance."),
        H("1. Apologies", 3), P("None received."),
        H("2. Questions and responses", 3),
    ]
    for i, (q, a) in enumerate(qs, 1):
        blocks += [P(f"**Q{i}.** {q}"), P(a)]
    conclusions = [
        ("Fully assured", "The delivery plan is on track and the Force's reporting is thorough."),
        ("Partially assured", "The improvement is welcome, but the vacancies put it at risk."),
        ("Not assured", "The Force must begin recording victim updates and report back in September."),
    ]
    blocks += [
        H("3. Conclusions", 3),
        P("At the close of the item the Deputy Mayor gave the following assurance levels (the Board uses "
          "Fully assured, Partially assured and Not assured):"),
    ]
    for i, (level, comment) in enumerate(conclusions, 1):
        blocks.append(P(f"Q{i} – **{level}**. {comment}"))
    blocks += [
        H("4. Actions", 3),
        T((("Ref", "Action", "Owner", "Due"),
           ("PAB 26/11", "Report investigator vacancy rates in the public protection units to each Board.",
            "ACC Specialist Operations", "September 2026"),
           ("PAB 26/12", "Set out how and when victim updates on delayed cases will be recorded.",
            "Head of Criminal Justice", "September 2026")),
          (14, 52, 20, 14), header_rows=1),
        Break(),
        H("Action log – open and recently closed actions", 2),
        T((("Ref", "Date of meeting", "Action", "Update", "Status"),
           ("PAB 26/07", "16 April 2026", "Share the results of the public confidence survey by district.",
            "Shared on 2 May 2026.", "Closed"),
           ("PAB 26/09", "16 April 2026", "Provide the timeline for the new crime recording system.",
            "Go-live moved to November 2026; timeline to follow.", "Carried forward")),
          (12, 16, 34, 26, 12), header_rows=1),
    ]
    data = render_docx(blocks, title="Public Accountability Board", author="South Yorkshire MCA",
                       when=datetime(2026, 7, 8, 9, 0))
    levels = {"Fully assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}
    records = {
        "documents": [document("docx", "Public Accountability Board", force, org, date)],
        "meetings": [meeting(date, None, org, "Public Accountability Board", None),
                     meeting(prev, topic, org, "Public Accountability Board – Notes of the meeting held on "
                             "4 June 2026", None)],
        "agenda_items": agenda(date, None, agenda_rows),
        "assurance_decisions": [
            decision(prev, topic, str(i), q, a, levels[lv], c)
            for i, ((q, a), (lv, c)) in enumerate(zip(qs, conclusions), 1)],
        "actions": [
            action(prev, topic, "PAB 26/11", "Report investigator vacancy rates in the public protection units to "
                   "each Board.", None, "unknown", "none", "action_list"),
            action(prev, topic, "PAB 26/12", "Set out how and when victim updates on delayed cases will be "
                   "recorded.", None, "unknown", "none", "action_list"),
            action("2026-04-16", None, "PAB 26/07", "Share the results of the public confidence survey by "
                   "district.", "Shared on 2 May 2026.", "complete", "status_column", "action_tracker"),
            action("2026-04-16", None, "PAB 26/09", "Provide the timeline for the new crime recording system.",
                   "Go-live moved to November 2026; timeline to follow.", "outstanding", "status_column",
                   "action_tracker"),
        ],
    }
    return data, records


# --- 5. Wiltshire: the assurance record in an appendix (new) -------------------

def wiltshire() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for Wiltshire and Swindon"
    force = "Wiltshire Police"
    date, prev, item = "2026-07-22", "2026-06-10", "Custody"
    agenda_rows = [("1", "Apologies and declarations of interest", "Chair"),
                   ("2", "Minutes of the meeting held on 10 June 2026 (Appendix A: assurance record)", "Chair"),
                   ("3", "Action log", "Governance Officer"),
                   ("4", "Call handling and the 101 service", "Superintendent, Contact"),
                   ("5", "Any other business", "Chair")]
    qs = [
        ("How has the time detainees wait for a custody sergeant's authorisation changed since the custody "
         "suites were reorganised?",
         "Median time to authorisation fell from 38 to 24 minutes between the two halves of the year.",
         "Substantial", "Clear, sustained improvement shown by the data."),
        ("How does the Force assure itself that detainees' welfare checks are carried out at the intervals "
         "set?",
         "Dip sampling found welfare checks on time in 91% of records. Internal audit's custody review "
         "(reasonable assurance opinion) recommended automated alerts, now live in one suite.",
         "Reasonable", "Alerts to be extended to the other two suites."),
        ("What is the Force doing to reduce the time children spend in custody overnight?",
         "17 children were held overnight in 2025/26; in 12 cases no alternative accommodation was "
         "requested from the local authority.", "Limited",
         "Requests for accommodation must be made in every case."),
    ]
    blocks = [
        P("**Office of the Police and Crime Commissioner for Wiltshire and Swindon**"),
        H("Commissioner's Monitoring Board", 1),
        P("Wednesday 22 July 2026, 09:30 – 11:30, Police Headquarters, Devizes"),
        H("Agenda", 2),
        T((("Item", "Subject", "Lead"),) + tuple(agenda_rows), (8, 64, 28), header_rows=1),
        Break(),
        H("Minutes of the Commissioner's Monitoring Board held on 10 June 2026", 2),
        P("**1. Apologies** – none."),
        P(f"**2. {item}**"),
        P("2.1 The Chief Inspector (Custody) presented the custody performance paper. The Commissioner "
          "put the three questions set in advance; the answers are summarised below and the Commissioner's "
          "assurance levels are recorded at Appendix A."),
    ]
    for i, (q, a, _lv, _c) in enumerate(qs, 1):
        blocks += [P(f"2.{i + 1} **Question {i}:** {q}"), P(a, indent=18)]
    blocks += [
        P("2.5 The Commissioner noted that the Independent Custody Visitors' annual report would come to the "
          "September Board."),
        P("**3. Any other business** – none."),
        Break(),
        H("Appendix A – Assurance record, 10 June 2026", 2),
        T((("Level", "Meaning"),
           ("Substantial", "A sound system with performance at or above expectation."),
           ("Reasonable", "Largely sound; some improvements needed."),
           ("Limited", "Weaknesses that put outcomes at risk."),
           ("No assurance", "Fundamental weaknesses; urgent action required.")),
          (20, 80), header_rows=1),
        T((("Ref", "Question", "Assurance level", "Rationale"),)
          + tuple((f"Q{i}", q, lv, c) for i, (q, _a, lv, c) in enumerate(qs, 1)),
          (7, 45, 16, 32), header_rows=1),
        H("Action log", 2),
        T((("No.", "Action", "Owner", "Status"),
           ("CMB/26/14", "Schedule the Independent Custody Visitors' annual report for the September "
            "Board.", "Governance Officer", "Green"),
           ("CMB/26/10", "Extend automated welfare check alerts to all custody suites.", "Ch Insp Custody",
            "Amber"),
           ("CMB/26/07", "Report the number of detainees transferred to hospital under the Mental Health Act.",
            "Ch Insp Custody", "Red")),
          (18, 50, 20, 12), header_rows=1, fills={(1, 3): GREEN, (2, 3): AMBER, (3, 3): RED}),
        P("Status key: **Green** – action achieved, no further monitoring needed; **Amber** – acceptable "
          "progress made; **Red** – little or no progress, the Board to be updated."),
    ]
    data = render_pdf(blocks, register_dejavu_serif(), "Commissioner's Monitoring Board 22 July 2026", org)
    levels = {"Substantial": "Assured", "Reasonable": "Assured", "Limited": "Partly assured"}
    records = {
        "documents": [document("pdf", "Commissioner's Monitoring Board", force, org, date)],
        "meetings": [meeting(date, None, org, "Commissioner's Monitoring Board", 1),
                     meeting(prev, item, org,
                             "Minutes of the Commissioner's Monitoring Board held on 10 June 2026", None)],
        "agenda_items": agenda(date, 1, agenda_rows),
        "assurance_decisions": [decision(prev, item, str(i), q, a, levels[lv], c)
                                for i, (q, a, lv, c) in enumerate(qs, 1)],
        "actions": [
            action(None, None, "CMB/26/14", "Schedule the Independent Custody Visitors' annual report for the "
                   "September Board.", None, "complete", "status_column", "action_tracker"),
            action(None, None, "CMB/26/10", "Extend automated welfare check alerts to all custody suites.", None,
                   "outstanding", "status_column", "action_tracker"),
            action(None, None, "CMB/26/07", "Report the number of detainees transferred to hospital under the "
                   "Mental Health Act.", None, "outstanding", "status_column", "action_tracker"),
        ],
    }
    return data, records


# --- 6. Norfolk: the chosen level highlighted among the options (new) ----------

def norfolk() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for Norfolk"
    force = "Norfolk Constabulary"
    date, prev, topic = "2026-07-28", "2026-06-02", "Rural and wildlife crime"
    agenda_rows = [("1", "Apologies", "PCC"),
                   ("2", "Summary of the meeting on 2 June 2026", "PCC"),
                   ("3", "Action tracker", "OPCC Policy Officer"),
                   ("4", "Contact and call handling", "Chief Superintendent, Contact and Control Room"),
                   ("5", "Any other business", "PCC")]
    qs = [
        ("How many rural crimes were recorded in 2025/26, and what share were solved?",
         "2,240 rural crimes were recorded, 3% fewer than the year before; 11% ended in a charge or "
         "community resolution, against 8% the year before.", 0,
         "The Operation Randall team's results were clearly presented."),
        ("How is the Force tackling hare coursing during the season?",
         "Seizure powers were used 31 times in the 2025/26 season. Cross-border work with Lincolnshire and "
         "Cambridgeshire continues, but the Force could not say how many offenders were prosecuted.", 1,
         "Prosecution outcomes must be reported for the next season."),
        ("How are farm and equine thefts being prevented?",
         "Farm watch membership rose to 1,350. Marking kits were issued at nine agricultural shows.", 0, None),
    ]
    options = ("Assured", "Partially assured", "Not assured")
    blocks = [
        P("**Norfolk Police and Crime Commissioner**"),
        H("Police Accountability Forum", 1),
        P("Tuesday 28 July 2026, 14:00, County Hall, Norwich (public meeting, streamed live)"),
        H("Agenda", 2),
        T((("Item", "Business", "Presenter"),) + tuple(agenda_rows), (8, 62, 30), header_rows=1),
        Break(),
        H("Police Accountability Forum – summary of the meeting held on 2 June 2026", 2),
        P("Topic: Rural and wildlife crime"),
        P("The PCC's assurance is shown by the highlighted cell in each question's table."),
    ]
    for i, (q, r, chosen, comment) in enumerate(qs, 1):
        rows = ((f"**Question {i}**", q, None, None), ("Response", r, None, None),
                ("Assurance",) + options, ("Comment", comment or "None.", None, None))
        blocks.append(T(rows, (18, 28, 28, 26), spans=((0, 1, 1, 3), (1, 1, 1, 3), (3, 1, 1, 3)),
                        fills={(2, 1 + chosen): YELLOW}))
    blocks += [
        P("The PCC noted that the Constabulary's wildlife crime officers are all volunteers and thanked them."),
        Break(),
        H("Item 4 – Contact and call handling: questions for the Chief Constable", 2),
        P("The PCC has set the following questions for this meeting. The Chief Constable's written answers "
          "will be published with the summary, with the PCC's level of assurance on each."),
        P("1. What proportion of 999 calls were answered within ten seconds in each month of 2025/26?"),
        P("2. How long do callers to 101 wait on average, and how many abandon the call?"),
        P("3. What is the Constabulary doing to move non-emergency demand to online reporting?"),
        T((("Measure", "Q1 2026/27", "National target", "Position"),
           ("999 calls answered within 10 seconds", "88.6%", "90%", "Below target"),
           ("101 average wait", "4m 12s", "–", "Improving"),
           ("101 abandonment rate", "17%", "–", "Deteriorating")),
          (40, 18, 20, 22), header_rows=1, fills={(1, 3): AMBER, (2, 3): GREEN, (3, 3): RED}),
        H("Action tracker", 2),
        T((("Action no.", "Date", "Action", "Latest update", "Status"),
           ("PAF 25/31", "03/12/2025", "Publish the rural crime strategy refresh.", "Published March 2026.",
            "Complete"),
           ("PAF 26/08", "02/06/2026", "Report hare coursing prosecution outcomes after the 2026/27 season.",
            "Season begins in August.", "Not yet due"),
           ("PAF 26/09", "02/06/2026", "Share the farm watch membership figures by district.",
            "Figures shared on 19 June 2026.", "Complete")),
          (12, 12, 36, 26, 14), header_rows=1),
    ]
    data = render_pdf(blocks, PdfLook(font="Times-Roman", bold_font="Times-Bold", italic_font="Times-Italic"),
                      "Police Accountability Forum 28 July 2026", org)
    records = {
        "documents": [document("pdf", "Police Accountability Forum", force, org, date)],
        "meetings": [meeting(date, None, org, "Police Accountability Forum", 1),
                     meeting(prev, topic, org, "Police Accountability Forum – summary of the meeting held on "
                             "2 June 2026", None)],
        "agenda_items": agenda(date, 1, agenda_rows),
        "assurance_decisions": [decision(prev, topic, str(i), q, r, ("Assured", "Partly assured",
                                                                     "Not assured")[chosen], c)
                                for i, (q, r, chosen, c) in enumerate(qs, 1)],
        "actions": [
            action("2025-12-03", None, "PAF 25/31", "Publish the rural crime strategy refresh.",
                   "Published March 2026.", "complete", "status_column", "action_tracker"),
            action("2026-06-02", topic, "PAF 26/08", "Report hare coursing prosecution outcomes after the 2026/27 "
                   "season.", "Season begins in August.", "outstanding", "status_column", "action_tracker"),
            action("2026-06-02", topic, "PAF 26/09", "Share the farm watch membership figures by district.",
                   "Figures shared on 19 June 2026.", "complete", "status_column", "action_tracker"),
        ],
    }
    return data, records


PACKS = {
    "gloucestershire-pcc-scrutiny-2026-07-07-r19.pdf": gloucestershire,
    "suffolk-pcc-app-2026-07-10-r19.docx": suffolk,
    "humberside-pcc-ab-2026-07-15-r19.pdf": humberside,
    "south-yorkshire-mca-pab-2026-07-16-r19.docx": south_yorkshire,
    "wiltshire-pcc-cmb-2026-07-22-r19.pdf": wiltshire,
    "norfolk-pcc-paf-2026-07-28-r19.pdf": norfolk,
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    for name, build in PACKS.items():
        data, records = build()
        write(name, data, records)


if __name__ == "__main__":
    main()
