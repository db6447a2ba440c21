"""Held-out scrutiny round 16 (issue 4): five fictional packs of PCC, PFCC and
mayoral offices, PDF and DOCX, with their gold in gold/ (held out when written; promoted once the extractors were fixed).

    .venv/bin/python samples/corpus/scrutiny-round16/generate.py
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
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))
from render import Break, Bul, H, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written by hand beside the text that prints it (round 16, blind, held out); PDF pages from "
           "pdfplumber's words (first page holding a record's opening six words) and checked with "
           "`scrutiny inspect`; DOCX pages null.")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _page_of(pages: list[list[str]], text: str) -> int:
    want = _words(text)[:6]
    for number, words in enumerate(pages, start=1):
        if _in_reach(words, want):
            return number
    raise ValueError(f"not printed: {text!r}")


def _in_reach(words: list[str], want: list[str], reach: int = 60) -> bool:
    """``want`` in order within ``reach`` words from its first word (a table row's cells interleave)."""
    for start, word in enumerate(words):
        if word != want[0]:
            continue
        position = start
        for needed in want[1:]:
            try:
                position = words.index(needed, position + 1, start + reach)
            except ValueError:
                break
        else:
            return True
    return False


def set_pages(data: bytes, records: dict) -> int:
    """Every PDF record's page: the first page whose words hold its opening six words."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [_words(page.extract_text() or "") for page in pdf.pages]
    key = {"assurance_decisions": "question", "actions": "text", "agenda_items": "title", "meetings": "title"}
    for kind, field in key.items():
        for record in records[kind]:
            record["page"] = _page_of(pages, record[field])
    records["documents"][0]["pages"] = len(pages)
    return len(pages)


def document(title: str, force: str, organisation: str, date: str, file_type: str) -> dict:
    return {"page": None, "file_type": file_type, "doc_kind": "scrutiny_pack", "title": title, "force": force,
            "organisation": organisation, "meeting_date": date, "publication_date": None, "status": "ok",
            "pages": None}


def meeting(date: str, topic: str | None, organisation: str, title: str) -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "organisation": organisation, "title": title}


def agenda(date: str, items: list[tuple[str, str, str]]) -> list[dict]:
    return [{"page": None, "meeting_date": date, "number": n, "title": t, "presenter": p} for n, t, p in items]


def decision(date: str, topic: str, number: str, question: str, evidence: str, level: str, comment: str) -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "question_number": number, "question": question,
            "evidence_summary": evidence, "assurance": level, "commentary": comment}


def action(date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
           status: str) -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "number": number, "text": text, "update": update,
            "status": status, "status_source": "status_column", "source": "action_tracker"}


def agenda_table(items: list[tuple[str, str, str]], heads: tuple[str, str, str] = ("Item", "Subject", "Lead")) -> T:
    return T(rows=(heads, *items), widths=(14, 100, 56), header_rows=1)


def covering_report(board: str, office: str, theme: str) -> list:
    """A covering report's page: the noise real packs carry before the notes (prose that says
    "assurance" without being a decision)."""
    return [
        Break(),
        H("Covering report", 2),
        P(f"**Report of:** Chief Executive, {office}"),
        P(f"**Subject:** {theme} – papers for the {board}"),
        H("1. Purpose", 3),
        P(f"This report introduces the papers for the {board}. The board is the main public forum in which the "
          "Chief Constable is held to account for the delivery of the police and crime plan."),
        H("2. Background", 3),
        P("Each meeting looks at one theme in depth. Questions are agreed with the force two weeks before the "
          "meeting and the force's written answers are circulated with the papers. The level of assurance given "
          "at the meeting is recorded in the notes, with the reasons for it."),
        P("The joint audit committee considered the force's risk register in March and took reasonable assurance "
          "from the controls in place. That opinion is the committee's, and is reported here only for information."),
        H("3. Recommendation", 3),
        P("The board is asked to note the report and the action tracker, and to agree the date of the next meeting."),
        H("4. Financial and equality implications", 3),
        P("There are no direct financial implications. An equality impact assessment is not required for this report."),
    ]


def figures_appendix(title: str, rows: tuple[tuple[str, str, str], ...]) -> list:
    return [Break(), H(title, 2),
            T(rows=(("Measure", "Previous year", "Latest year"), *rows), widths=(90, 40, 40), header_rows=1),
            P("Figures are provisional and may change as crimes are reclassified. Source: force performance team.")]


# ---------------------------------------------------------------- 1. reference family (common)
def northumbria() -> tuple[bytes, dict]:
    org, force, date, prev = ("Police and Crime Commissioner for Northumbria", "Northumbria Police",
                              "2026-05-12", "2026-04-14")
    items = [("1", "Welcome and apologies", "PCC"), ("2", "Notes of the previous meeting and action tracker", "PCC"),
             ("3", "Scrutiny theme: Drug-related harm", "Assistant Chief Constable"),
             ("4", "Any other business", "PCC")]
    topic = "Rape and serious sexual offences"
    decisions = [
        ("1", "How many rape investigations were closed with a charge in the last year, and how does that compare with similar forces?",
         "The force charged 7.9% of rape offences in 2025, up from 5.1%. It is third of eight in its group of similar forces. A dedicated investigation team has been in place since June.",
         "Assured", "Assured", "The PCC noted the rise and asked to see the quarterly figures for the next year."),
        ("2", "What support do victims receive while a case waits for trial?",
         "Every victim is offered an independent sexual violence adviser within five days. The average wait from charge to trial is 19 months. Around one in five victims withdraws before trial.",
         "Partly assured", "Partly Assured", "The PCC was concerned at the rate of withdrawal and will raise court delays with the local criminal justice board."),
        ("3", "Are digital devices returned to victims within the force's target of three months?",
         "Only 46% of victims' phones were returned within three months. A backlog of 310 devices awaits examination. A triage kiosk is being tested in one area command.",
         "Not assured", "Not Assured", "The PCC asked for a recovery plan with a date for clearing the backlog."),
    ]
    blocks = [
        H("POLICE AND CRIME COMMISSIONER FOR NORTHUMBRIA"), H("SCRUTINY MEETING", 2),
        P("**Date:** 12 May 2026, 10:00"), P("**Venue:** Committee Room 2, Force Headquarters"),
        H("AGENDA", 2), agenda_table(items),
        P("Papers for this meeting are published on the Commissioner's website. The notes of each meeting record the "
          "level of assurance the Commissioner takes from the answers given, following the office's scrutiny framework."),
        *covering_report("Scrutiny Meeting", "Office of the PCC", "Drug-related harm"),
        Break(),
        H(f"DRAFT NOTES – SCRUTINY MEETING ({topic.upper()}) – 14 APRIL 2026", 2),
        P("**Present:** Police and Crime Commissioner (Chair); Deputy Chief Constable; Head of Public Protection; "
          "Chief Executive, Office of the PCC; Policy Officer (notes)."),
        P("**Apologies:** Chief Constable."),
        T(rows=(("Question", "Brief Summary of Evidence", "Decision of PCC"),
                *((f"{n}. {q}", e, (f"**{printed}**", f"*{c}*")) for n, q, e, _, printed, c in decisions)),
          widths=(50, 75, 45), header_rows=1),
        Break(),
        H("ACTION TRACKER 2026/27", 2),
        T(rows=(("Topic", "Action", "Update", "Status"),
                ("Serious violence", "1. Provide the number of knife arches deployed at night-time economy venues.",
                 "Figures shared with the office on 2 April 2026.", "Complete"),
                (None, "2. Confirm funding for the violence reduction unit after March 2027.",
                 "Awaiting the Home Office settlement.", "Ongoing"),
                ("Rape and serious sexual offences", "3. Share the recovery plan for the digital forensics backlog.",
                 "", "Ongoing")),
          widths=(35, 60, 50, 25), header_rows=1, spans=((1, 0, 2, 1),)),
        P("Status key: Complete – action closed; Ongoing – work continues."),
        *figures_appendix("Appendix A – Performance summary", (("Recorded rape offences", "1,402", "1,377"),
                                                                ("Charge rate", "5.1%", "7.9%"))),
    ]
    records = {
        "documents": [document("SCRUTINY MEETING", force, org, date, "pdf")],
        "meetings": [meeting(date, None, org, "SCRUTINY MEETING"),
                     meeting(prev, topic, org, f"DRAFT NOTES – SCRUTINY MEETING ({topic.upper()}) – 14 APRIL 2026")],
        "agenda_items": agenda(date, items),
        "assurance_decisions": [decision(prev, topic, n, q, e, lvl, c) for n, q, e, lvl, _, c in decisions],
        "actions": [
            action(None, "Serious violence", "1", "Provide the number of knife arches deployed at night-time economy venues.",
                   "Figures shared with the office on 2 April 2026.", "complete"),
            action(None, "Serious violence", "2", "Confirm funding for the violence reduction unit after March 2027.",
                   "Awaiting the Home Office settlement.", "outstanding"),
            action(None, topic, "3", "Share the recovery plan for the digital forensics backlog.", None, "outstanding"),
        ],
    }
    data = render_pdf(blocks, PdfLook(), "Scrutiny Meeting 12 May 2026", "Office of the PCC for Northumbria")
    set_pages(data, records)
    return data, records


# ---------------------------------------------------------------- 2. Word minutes (common)
def avon() -> tuple[bytes, dict]:
    org, force, date, prev = ("Police and Crime Commissioner for Avon and Somerset", "Avon and Somerset Constabulary",
                              "2026-05-19", "2026-03-24")
    items = [("1", "Apologies", "Chair"), ("2", "Minutes and actions of 24 March 2026", "Chair"),
             ("3", "Anti-social behaviour", "Superintendent, Neighbourhood Policing"),
             ("4", "Complaints and misconduct", "Head of Professional Standards")]
    heading = "Minutes of the Police Accountability Board held on 24 March 2026"
    qs = [
        ("Anti-social behaviour", "1", "How does the force identify repeat victims of anti-social behaviour?",
         "Call handlers ask a set of risk questions on every report. Repeat victims are flagged after three reports in twelve months and given a named officer. The system flagged 1,260 people last year.",
         "Substantial", "Assured", "The Commissioner was assured that repeat victims are found and supported."),
        ("Anti-social behaviour", "2", "How often are community triggers used, and what do they achieve?",
         "Forty-one case reviews were requested and twenty-eight met the threshold. Outcomes are not tracked after the review meeting.",
         "Limited", "Partly assured", "The Commissioner asked the force to track outcomes with the councils."),
        ("Complaints and misconduct", "1", "Are public complaints dealt with within the force's target time?",
         "The average time to finalise a complaint is 142 working days against a target of 120. Staffing in the unit has been short for most of the year.",
         "No assurance", "Not assured", "The Commissioner will review progress at the July board."),
    ]
    blocks = [
        H("Police Accountability Board"), P("Police and Crime Commissioner for Avon and Somerset"),
        P("Tuesday 19 May 2026, 14:00, Valley Road, Portishead"),
        H("Agenda", 2), agenda_table(items, ("No.", "Item", "Presenter")),
        *covering_report("Police Accountability Board", "OPCC", "Anti-social behaviour and complaints"),
        H("Covering note", 2),
        P("The Board is the Commissioner's main way of holding the Chief Constable to account. Internal audit gave "
          "reasonable assurance on the force's complaints process in its February report; the Commissioner's own "
          "levels of assurance are recorded in the minutes below."),
        Break(),
        H(heading, 2),
        P("Present: Police and Crime Commissioner; Chief Constable; Deputy Chief Constable; Chief Executive (OPCC)."),
    ]
    current = None
    for topic, n, q, e, printed, _, c in qs:
        if topic != current:
            current = topic
            blocks.append(H(f"{'3' if topic.startswith('Anti') else '4'}. {topic}", 3))
        blocks += [P(f"**Question {n}: {q}**"), P(e), P(f"**Level of assurance: {printed}**"), P(c)]
    blocks += [
        P("ACTION: The force to report the outcomes of community triggers to the next board (PAB/26-07)."),
        H("Action log", 2),
        T(rows=(("Ref", "Date raised", "Action", "Update", "Status"),
                ("PAB/26-04", "27 January 2026", "Publish the stop and search scrutiny panel's annual report.",
                 "Published on 3 March 2026.", "Complete"),
                ("PAB/26-05", "27 January 2026", "Review the call-back times for non-emergency 101 calls.",
                 "Review under way; report due in June.", "In progress"),
                ("PAB/26-07", "24 March 2026", "Report the outcomes of community triggers to the next board.",
                 "Data requested from the six councils.", "In progress")),
          widths=(22, 28, 60, 45, 20), header_rows=1),
    ]
    records = {
        "documents": [document("Police Accountability Board", force, org, date, "docx")],
        "meetings": [meeting(date, None, org, "Police Accountability Board"), meeting(prev, None, org, heading)],
        "agenda_items": agenda(date, items),
        "assurance_decisions": [decision(prev, t, n, q, e, lvl, c) for t, n, q, e, _, lvl, c in qs],
        "actions": [
            action("2026-01-27", None, "PAB/26-04", "Publish the stop and search scrutiny panel's annual report.",
                   "Published on 3 March 2026.", "complete"),
            action("2026-01-27", None, "PAB/26-05", "Review the call-back times for non-emergency 101 calls.",
                   "Review under way; report due in June.", "outstanding"),
            action(prev, "Complaints and misconduct", "PAB/26-07", "Report the outcomes of community triggers to the next board.",
                   "Data requested from the six councils.", "outstanding"),
        ],
    }
    data = render_docx(blocks, title="Police Accountability Board 19 May 2026", author="OPCC Avon and Somerset",
                       when=datetime(2026, 5, 12, 9, 0))
    return data, records


# ---------------------------------------------------------------- 3. decision table (common)
def kent() -> tuple[bytes, dict]:
    org, force, date, prev = ("Police and Crime Commissioner for Kent", "Kent Police", "2026-05-07", "2026-03-05")
    items = [("1", "Introduction and apologies", "Chair"), ("2", "Minutes of 5 March 2026 and action log", "Chair"),
             ("3", "Road safety", "Chief Superintendent, Roads Policing"), ("4", "Date of next meeting", "Chair")]
    heading = "Minutes of the Performance and Delivery Board – 5 March 2026"
    topic = "Missing people"
    rows = [
        ("1", "How quickly are high-risk missing people found?",
         "Ninety per cent of high-risk missing people were found within 24 hours. A search adviser is on duty at all times.",
         "Assured", "Assured", "The Commissioner thanked the search teams."),
        ("2", "How many children go missing repeatedly from care homes, and what is done about it?",
         "212 children went missing three or more times in the year. Return interviews were held within 72 hours in 64% of cases.",
         "Partially Assured", "Partly assured", "The Commissioner asked for the return interview rate to be reported each quarter."),
    ]
    blocks = [
        H("Performance and Delivery Board"), P("Office of the Police and Crime Commissioner for Kent"),
        P("Thursday 7 May 2026 at 10:30, Sutton Road, Maidstone"),
        H("Agenda", 2), agenda_table(items),
        *covering_report("Performance and Delivery Board", "OPCC", "Road safety"),
        Break(),
        H(heading, 2), P("Attendees: the Commissioner, the Chief Constable, the Chief Executive and the Chief Finance Officer."),
        H(f"Item 3 – {topic}", 3),
        T(rows=(("No.", "Question", "Force response", "Assurance level", "PCC comments"),
                *((n, q, e, printed, c) for n, q, e, printed, _, c in rows)),
          widths=(10, 40, 60, 25, 35), header_rows=1),
        P("The Chief Constable agreed that the quarterly report would include the return interview rate."),
        Break(),
        H("Appendix 1 – Action log", 2),
        T(rows=(("Ref", "Meeting date", "Action", "Update", "Status"),
                ("PDB/88", "8 January 2026", "Circulate the findings of the fleet review.", "Circulated 30 January 2026.", "Complete"),
                ("PDB/91", "5 March 2026", "Add the return interview rate to the quarterly performance report.", "", "Open")),
          widths=(18, 25, 60, 45, 20), header_rows=1),
        *figures_appendix("Appendix 2 – Road safety figures", (("People killed or seriously injured", "704", "668"),
                                                               ("Drink and drug drive arrests", "1,930", "2,115"))),
    ]
    records = {
        "documents": [document("Performance and Delivery Board", force, org, date, "pdf")],
        "meetings": [meeting(date, None, org, "Performance and Delivery Board"), meeting(prev, topic, org, heading)],
        "agenda_items": agenda(date, items),
        "assurance_decisions": [decision(prev, topic, n, q, e, lvl, c) for n, q, e, _, lvl, c in rows],
        "actions": [
            action("2026-01-08", None, "PDB/88", "Circulate the findings of the fleet review.", "Circulated 30 January 2026.", "complete"),
            action(prev, topic, "PDB/91", "Add the return interview rate to the quarterly performance report.", None, "outstanding"),
        ],
    }
    data = render_pdf(blocks, PdfLook(font="Times-Roman", bold_font="Times-Bold", italic_font="Times-Italic"),
                      "Performance and Delivery Board", "OPCC Kent")
    set_pages(data, records)
    return data, records


# ---------------------------------------------------------------- 4. new: numbered scale (Word)
def west_yorkshire() -> tuple[bytes, dict]:
    org, force, date, prev = ("Deputy Mayor for Policing and Crime", "West Yorkshire Police", "2026-05-26", "2026-04-21")
    items = [("1", "Chair's opening remarks", "Deputy Mayor for Policing and Crime"),
             ("2", "Record of the April meeting and actions", "Deputy Mayor for Policing and Crime"),
             ("3", "Hate crime", "Chief Superintendent, Partnerships")]
    title = "Community Outcomes Meeting"
    heading = "Record of the Community Outcomes Meeting, 21 April 2026"
    topic = "Fraud and cyber crime"
    qs = [
        ("1", "How are victims of fraud who are vulnerable identified and supported?",
         "Action Fraud reports are screened daily and vulnerable victims are visited by the economic crime unit. 2,140 victims were contacted last year.",
         "1", "Assured", "Well-established process with good coverage."),
        ("2", "How many cyber crime investigations lead to a suspect being identified?",
         "A suspect was identified in 11% of cases. The cyber unit has four detective vacancies.",
         "2", "Partly assured", "Outcome rate is low and vacancies remain; recruitment to be reviewed in October."),
        ("3", "Does the force have enough analysts to trace cryptocurrency?",
         "The force has one trained analyst and relies on the regional unit for most cases.",
         "3", "Not assured", "Capacity is too thin for the growth in cases."),
    ]
    blocks = [
        H(title), P("West Yorkshire Combined Authority – Policing and Crime"),
        P("26 May 2026, 13:30, Wellington House, Leeds"),
        H("Agenda", 2), agenda_table(items, ("Item", "Title", "Presented by")),
        *covering_report(title, "Policing and Crime Team", "Hate crime"),
        Break(),
        H(heading, 2),
        P(f"Theme: {topic}"),
        P("Assurance scale used in this record: 1 – Assured; 2 – Partly assured; 3 – Not assured."),
    ]
    for n, q, e, score, _, c in qs:
        blocks += [H(f"Question {n}", 3), P(f"*{q}*"), P(f"Response: {e}"), P(f"**Assurance score: {score}**"),
                   P(f"Deputy Mayor's rationale: {c}")]
    blocks += [
        H("Actions", 2),
        T(rows=(("Action no.", "From meeting", "Action", "Latest position", "Status"),
                ("COM-031", "17 March 2026", "Share the results of the hate crime victim survey.", "Shared on 9 April 2026.", "Closed"),
                ("COM-034", "21 April 2026", "Present a recruitment plan for the cyber crime unit.", "Due at the October meeting.", "Open")),
          widths=(22, 28, 60, 45, 20), header_rows=1),
    ]
    records = {
        "documents": [document(title, force, org, date, "docx")],
        "meetings": [meeting(date, None, org, title), meeting(prev, topic, org, heading)],
        "agenda_items": agenda(date, items),
        "assurance_decisions": [decision(prev, topic, n, q, e, lvl, c) for n, q, e, _, lvl, c in qs],
        "actions": [
            action("2026-03-17", None, "COM-031", "Share the results of the hate crime victim survey.", "Shared on 9 April 2026.", "complete"),
            action(prev, topic, "COM-034", "Present a recruitment plan for the cyber crime unit.", "Due at the October meeting.", "outstanding"),
        ],
    }
    data = render_docx(blocks, title=title, author="West Yorkshire Combined Authority", when=datetime(2026, 5, 19, 9, 0))
    return data, records


# ---------------------------------------------------------------- 5. new: labelled paragraphs, action list (PFCC)
def essex() -> tuple[bytes, dict]:
    org, force, date, prev = ("Police, Fire and Crime Commissioner for Essex", "Essex Police", "2026-05-28", "2026-04-30")
    items = [("1", "Apologies for absence", "Chair"), ("2", "Notes and actions of the last meeting", "Chair"),
             ("3", "Domestic abuse", "Detective Chief Superintendent, Crime and Public Protection"),
             ("4", "Quarterly finance report", "Chief Finance Officer")]
    title = "Performance and Resources Scrutiny Board"
    heading = "Notes of the Performance and Resources Scrutiny Board, 30 April 2026"
    topic = "Business crime"
    qs = [
        ("1", "What has changed in the force's response to shop theft since the retail crime plan was launched?",
         "Attendance at shop theft with a suspect present rose to 81%. Charges for shop theft rose by 38% on the year.",
         "Assured", "The PFCC welcomed the improvement."),
        ("2", "How is intelligence from businesses shared with neighbourhood teams?",
         "Businesses report through an online portal, but the reports reach neighbourhood teams only once a week.",
         "Partially assured", "The PFCC asked for daily sharing to be tested in two districts."),
    ]
    look = register_dejavu_serif()
    blocks = [
        H(title), P("Police, Fire and Crime Commissioner for Essex"), P("28 May 2026 – Kelvedon Park"),
        H("Agenda", 2), agenda_table(items),
        *covering_report(title, "Office of the PFCC", "Domestic abuse"),
        Break(),
        H(heading, 2), P("Present: the PFCC (Chair), the Deputy Chief Constable, the Chief Executive and the Treasurer."),
        P(f"Focus of the meeting: {topic}"),
    ]
    for n, q, e, printed, c in qs:
        blocks += [P(f"**Q{n}.** {q}"), P(f"**Evidence heard:** {e}"), P(f"**Assurance:** {printed}"),
                   P(f"**PFCC comment:** {c}")]
    blocks += [
        H("Action list", 2),
        P("**PRSB 2026/09** (raised 26 March 2026) – Provide the vetting backlog figures for special constables. "
          "*Update:* Provided on 15 April 2026. *Status:* Complete"),
        P("**PRSB 2026/12** (raised 30 April 2026) – Test daily sharing of business crime intelligence in two districts. "
          "*Update:* Pilot starts in June. *Status:* Open"),
        *figures_appendix("Appendix – Domestic abuse figures", (("Domestic abuse crimes recorded", "31,204", "30,118"),
                                                                 ("Arrest rate", "34%", "37%"))),
        P("Internal audit has given moderate assurance on payroll controls; this is not a decision of the board."),
    ]
    records = {
        "documents": [document(title, force, org, date, "pdf")],
        "meetings": [meeting(date, None, org, title), meeting(prev, topic, org, heading)],
        "agenda_items": agenda(date, items),
        "assurance_decisions": [decision(prev, topic, n, q, e, "Assured" if p == "Assured" else "Partly assured", c)
                                for n, q, e, p, c in qs],
        "actions": [
            action("2026-03-26", None, "PRSB 2026/09", "Provide the vetting backlog figures for special constables.",
                   "Provided on 15 April 2026.", "complete"),
            action(prev, topic, "PRSB 2026/12", "Test daily sharing of business crime intelligence in two districts.",
                   "Pilot starts in June.", "outstanding"),
        ],
    }
    data = render_pdf(blocks, look, title, "Office of the PFCC for Essex")
    set_pages(data, records)
    return data, records


PACKS = {
    "northumbria-scrutiny-2026-05-12.pdf": northumbria,
    "avon-somerset-pab-2026-05-19.docx": avon,
    "kent-pdb-2026-05-07.pdf": kent,
    "west-yorkshire-com-2026-05-26.docx": west_yorkshire,
    "essex-prsb-2026-05-28.pdf": essex,
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    for name, build in PACKS.items():
        data, records = build()
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        print(name, len(data), records["documents"][0]["pages"])


if __name__ == "__main__":
    main()
