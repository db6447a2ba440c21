"""Scrutiny blind round 14 (issue 4): six PCC packs whose assurance decisions
and action statuses are written in common and in new forms.

Each pack's gold records are built from the same data that prints the pack,
next to it, so the gold says what the page says. A PDF record's page is the
first page whose text (pdfplumber words, in reading order) holds the record's
opening words; DOCX records have page null.

    .venv/bin/python samples/corpus/scrutiny-round14/generate.py
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
CHECKED = ("Written by hand beside the text that prints it (round 14, blind); every PDF record's page "
           "checked against pdfplumber's words and `scrutiny inspect`; DOCX pages null.")

GREEN, AMBER, RED = "#00b050", "#ffc000", "#ff0000"


def plain(text: str) -> str:
    """The printed words of a marked-up text."""
    text = re.sub(r"\{#[0-9a-fA-F]{6}\|(.*?)\}", r"\1", text)
    return text.replace("**", "").replace("*", "")


def decision(page_hint: str, meeting_date: str, topic: str | None, number: str, question: str,
             evidence: str, assurance: str, commentary: str) -> dict:
    return {"page": page_hint, "meeting_date": meeting_date, "topic": topic, "question_number": number,
            "question": question, "evidence_summary": evidence, "assurance": assurance, "commentary": commentary}


def action(meeting_date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
           status: str, status_source: str, source: str) -> dict:
    return {"page": text, "meeting_date": meeting_date, "topic": topic, "number": number, "text": text,
            "update": update, "status": status, "status_source": status_source, "source": source}


# --- pages ------------------------------------------------------------------

def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9£%]+", plain(text).lower())


def _holds(page_words: list[str], wanted: list[str]) -> bool:
    """``wanted`` appears in order in ``page_words``, each next word within a few words
    of the last (table cells wrap beside other cells)."""
    for start, word in enumerate(page_words):
        if word != wanted[0]:
            continue
        at, ok = start, True
        for w in wanted[1:]:
            window = page_words[at + 1: at + 40]
            if w not in window:
                ok = False
                break
            at = at + 1 + window.index(w)
        if ok:
            return True
    return False


def set_pdf_pages(data: bytes, records: dict) -> None:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [_words(page.extract_text() or "") for page in pdf.pages]
    for items in records.values():
        for record in items:
            wanted = _words(record["page"])[:6]
            found = [n for n, words in enumerate(pages, 1) if _holds(words, wanted)]
            if not found:
                raise SystemExit(f"no page holds {wanted}")
            record["page"] = found[0]


def set_docx_pages(records: dict) -> None:
    for items in records.values():
        for record in items:
            record["page"] = None


def write(name: str, data: bytes, records: dict) -> None:
    if name.endswith(".pdf"):
        set_pdf_pages(data, records)
    else:
        set_docx_pages(records)
    (HERE / name).write_bytes(data)
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
    (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    print(name, len(data), {t: [r["page"] for r in rs] for t, rs in records.items()})


def evidence_cell(evidence: str) -> tuple:
    """A response cell: its lines, those starting '- ' as bullets."""
    parts: list = []
    for line in evidence.split("\n"):
        if line.startswith("- "):
            if parts and isinstance(parts[-1], Bul):
                parts[-1] = Bul(parts[-1].items + (line[2:],))
            else:
                parts.append(Bul((line[2:],)))
        else:
            parts.append(line)
    return tuple(parts)


def gold_evidence(evidence: str) -> str:
    return "\n".join(line.removeprefix("- ") for line in evidence.split("\n"))


# --- 1. common: the reference family (Lancashire) ------------------------------

def lancashire() -> tuple[bytes, dict]:
    held = "2026-01-21"
    topic = "Road Safety"
    qs = [
        ("1", "How is the Constabulary using its casualty data to decide where and when to deploy roads policing resources?",
         "The Constabulary's road safety analyst produces a monthly profile of killed and seriously injured (KSI) collisions by district, time of day and road user.\n"
         "Deployments of the Roads Policing Unit are now set against the ten routes with the highest KSI rates, which account for 38% of KSI collisions.\n"
         "- Tasking is reviewed fortnightly at the Operational Delivery Meeting.\n"
         "- Mobile camera vans are deployed on the same routes, with 1,214 hours of enforcement in the third quarter.",
         "Assured", "The PCC was assured that deployments follow the data and asked that the route profile be shared with the Lancashire Road Safety Partnership."),
        ("2", "What progress has been made on reducing the backlog of Notice of Intended Prosecution (NIP) cases from safety cameras?",
         "The backlog stood at 6,950 cases in September 2025 and had reduced to 4,120 by the end of December.\n"
         "Two temporary staff have joined the Central Ticket Office and an automated letter process went live in November.\n"
         "The Constabulary expects to clear the backlog by June 2026, but 312 cases have already passed the 14-day time limit for issuing a notice.",
         "Partly Assured", "The PCC recognised the reduction but was concerned that offences are being lost to the time limit and asked for a recovery plan with monthly milestones."),
        ("3", "How does the Constabulary support families bereaved by a fatal road collision, and how is their experience monitored?",
         "Every family is offered a trained Family Liaison Officer within 24 hours of a fatal collision.\n"
         "The Constabulary does not currently collect feedback from bereaved families once the investigation closes, and no survey has been carried out since 2022.",
         "Not Assured", "The PCC was not assured that the Constabulary understands families' experience and asked that a feedback process be agreed with the Victims' Services team."),
    ]
    tracker = [
        ("Rural crime", "Force to report on the number of farm machinery thefts recovered through the tracker scheme.",
         "Figures presented to the November meeting: 41 recoveries in 2024/25.", GREEN, "complete"),
        (None, "Force to confirm when the second rural crime team will be fully staffed.",
         "Recruitment for two PC posts remains open; update due at the April meeting.", RED, "outstanding"),
        ("Stop and search", "Force to share the results of the body-worn video dip sampling with the Independent Advisory Group.",
         "Shared with the group on 4 December 2025.", GREEN, "complete"),
        (None, "Force to explain the rise in searches of under-18s in the Burnley area.",
         "Analysis under way; a paper will be brought to the next meeting.", RED, "outstanding"),
    ]
    notes_actions = [
        "The Constabulary to provide a recovery plan for the NIP backlog, with monthly milestones, to the Office of the PCC by 28 February 2026.",
        "The Constabulary to agree a feedback process for bereaved families with the Victims' Services team and report back in June 2026.",
    ]
    blocks = [
        H("Police and Crime Commissioner for Lancashire"),
        H("Scrutiny Meeting – Wednesday 18 March 2026, 10.00am", 2),
        P("Venue: Committee Room 2, County Hall, Preston, and via Microsoft Teams"),
        H("Agenda", 2),
        P("1. Apologies and declarations of interest"),
        P("2. Notes of the meeting held on 21 January 2026 and action tracker"),
        P("3. Theme: Serious violence (report of the Chief Constable)"),
        P("4. Any other business"),
        P("5. Date of the next meeting: 20 May 2026"),
        H("Scrutiny framework", 2),
        P("The PCC holds the Chief Constable to account through a programme of themed scrutiny meetings. Questions are "
          "sent to the Constabulary four weeks before each meeting and the PCC records a decision on each answer. The "
          "Joint Audit Committee separately considers the internal auditors' opinions, which this year gave reasonable "
          "assurance over the Constabulary's control framework; that opinion is not part of this meeting."),
        Break(),
        H("DRAFT NOTES – SCRUTINY MEETING (ROAD SAFETY) – 21 JANUARY 2026", 2),
        P("Present: Police and Crime Commissioner (Chair); Deputy Chief Constable; Chief Superintendent, Roads Policing; "
          "Chief Executive, Office of the PCC; Policy Officer (notes)."),
        P("Apologies: Chief Finance Officer."),
        T(rows=((("Question", "Brief Summary of Evidence", "Decision of PCC"),)
                + tuple((f"{n}. {q}", evidence_cell(e), (f"**{a}**", f"*{c}*")) for n, q, e, a, c in qs)),
          widths=(30, 50, 25), header_rows=1),
        H("Actions", 3),
        P("1. " + notes_actions[0]),
        P("2. " + notes_actions[1]),
        Break(),
        H("ACTION TRACKER 2025/26", 2),
        P("{#00b050|■} = Action Complete    {#ff0000|■} = Action Outstanding"),
        T(rows=(("Topic", "Action", "Update", "Status"),)
              + tuple((t, a, u, f"{{{c}|■}}") for t, a, u, c, _ in tracker),
          widths=(18, 40, 40, 10), header_rows=1, spans=((1, 0, 2, 1), (3, 0, 2, 1))),
        Break(),
        H("Questions for the meeting on 18 March 2026 – Serious violence", 2),
        P("The following questions have been sent to the Constabulary. Answers will be presented at the meeting and the "
          "PCC's decision recorded in the notes."),
        P("1. How has the Constabulary used the Serious Violence Duty funding in 2025/26, and what has changed as a result?"),
        P("2. What is known about the use of knives in robbery offences in the county's town centres?"),
        P("3. How are young people referred from custody to the violence reduction network's navigators?"),
    ]
    data = render_pdf(blocks, PdfLook(footer="OFFICIAL – Lancashire PCC Scrutiny Meeting 18 March 2026"),
                      "Scrutiny Meeting 18 March 2026", "Office of the PCC for Lancashire")
    records = {
        "assurance_decisions": [decision(q, held, topic, n, q, gold_evidence(e), a.replace("Partly Assured", "Partly assured").replace("Not Assured", "Not assured"), c)
                                for n, q, e, a, c in qs],
        "actions": [action(held, topic, str(i), text, None, "unknown", "none", "action_list")
                    for i, text in enumerate(notes_actions, 1)]
        + [action(None, "Rural crime" if i < 2 else "Stop and search", None, a, u, s, "glyph_colour", "action_tracker")
           for i, (_, a, u, _c, s) in enumerate(tracker)],
    }
    return data, records


# --- 2. common: Word minutes with a "Level of assurance" line (Dorset) --------

def dorset() -> tuple[bytes, dict]:
    held = "2025-12-11"
    items = [
        ("Violence against women and girls", [
            ("1", "How is the Force making sure that domestic abuse victims receive a Domestic Abuse, Stalking and Harassment (DASH) risk assessment at the first attendance?",
             "Compliance with completing the DASH assessment at first attendance was 91% in October 2025, up from 84% a year earlier.\n"
             "Supervisors review every high-risk assessment within 24 hours, and the Public Protection Unit audits a sample of 50 standard-risk cases each month.",
             "Substantial", "The Commissioner was pleased with the improvement and asked that the audit findings be shared with the domestic abuse partnership board."),
            ("2", "What is the Force doing to increase the charge rate for stalking offences?",
             "The charge rate for stalking was 7% in the year to October 2025, against 9% for the most similar group of forces.\n"
             "A stalking advocate has been funded for twelve months and investigators have received refresher training, but only 40% of investigators have completed it.",
             "Limited", "The Commissioner felt the charge rate remained too low and wants to see the training completed before the next board."),
        ]),
        ("Custody", [
            ("3", "How does the Force assure itself that detained children are transferred to local authority accommodation when charged and refused bail?",
             "Of 37 children charged and refused bail between April and September 2025, 9 were transferred to local authority accommodation.\n"
             "The Force has raised the shortage of secure beds with both local authorities, and a joint protocol is being drafted.",
             "No assurance", "The Commissioner was not assured and will write to the directors of children's services about the availability of accommodation."),
        ]),
    ]
    log = [
        ("AB/41", "11/12/2025", held, "Violence against women and girls", "Share the DASH audit findings with the domestic abuse partnership board.",
         "Head of Public Protection", "Findings presented to the partnership board on 22 January 2026.", "Complete", "complete"),
        ("AB/42", "11/12/2025", held, "Violence against women and girls", "Report on completion of stalking refresher training at the next board.",
         "Head of Crime", "78% of investigators trained by the end of January; remainder booked for February.", "In progress", "outstanding"),
        ("AB/43", "11/12/2025", held, "Custody", "Commissioner to write to the directors of children's services on secure accommodation.",
         "Chief Executive, OPCC", "", "Open", "outstanding"),
        ("AB/37", "16/10/2025", "2025-10-16", None, "Provide the 999 call answering figures for the summer period by hour of day.",
         "Head of Contact", "Figures circulated to board members on 3 November 2025.", "Complete", "complete"),
    ]
    minuted = {"AB/41": 0, "AB/42": 1, "AB/43": 2}
    blocks = [
        H("Police and Crime Commissioner for Dorset"),
        H("Accountability Board", 2),
        P("Thursday 19 February 2026, 14:00, Force Headquarters, Winfrith"),
        H("Agenda", 2),
        P("1. Welcome and apologies"),
        P("2. Minutes and action log of the meeting of 11 December 2025"),
        P("3. Neighbourhood policing and anti-social behaviour"),
        P("4. Finance: quarter 3 revenue monitoring"),
        P("5. Any other business"),
        H("Minutes of the Accountability Board held on 11 December 2025", 2),
        P("Present: the Police and Crime Commissioner (Chair), the Chief Constable, the Deputy Chief Constable, the OPCC "
          "Chief Executive, the OPCC Chief Finance Officer and the Head of Governance (minutes)."),
        H("1. Apologies and minutes of the last meeting", 3),
        P("1.1 No apologies were received. The minutes of 16 October 2025 were agreed as a correct record."),
    ]
    minute = 2
    for title, questions in items:
        blocks.append(H(f"{minute}. {title}", 3))
        blocks.append(P(f"{minute}.1 The Chief Constable introduced the report, which had been circulated in advance."))
        for n, q, e, level, c in questions:
            blocks.append(P(f"**Question {n}: {q}**"))
            for para in e.split("\n"):
                blocks.append(P(para))
            blocks.append(P(f"**Level of assurance: {level}**"))
            blocks.append(P(c))
        for ref, idx in minuted.items():
            if log[idx][3] == title:
                blocks.append(P(f"**ACTION:** {log[idx][4]}"))
        minute += 1
    blocks += [
        P("The meeting closed at 16:05."),
        Break(),
        H("Action log", 2),
        T(rows=(("Ref", "Date raised", "Action", "Owner", "Update", "Status"),)
              + tuple((r, d, a, o, u, s) for r, d, _h, _t, a, o, u, s, _ in log),
          widths=(10, 14, 34, 16, 34, 12), header_rows=1),
        H("Appendix: assurance levels", 3),
        P("Substantial – the response fully answers the question and the Commissioner is satisfied. Reasonable – most of "
          "the question is answered, with minor gaps. Limited – significant gaps remain. No assurance – the response does "
          "not answer the question or shows serious weaknesses."),
    ]
    level_map = {"Substantial": "Assured", "Reasonable": "Assured", "Limited": "Partly assured", "No assurance": "Not assured"}
    data = render_docx(blocks, title="Accountability Board 19 February 2026", author="OPCC Dorset",
                       when=datetime(2026, 2, 12, 9, 0), header=("OFFICIAL",))
    records = {
        "assurance_decisions": [decision(q, held, title, n, q, e, level_map[level], c)
                                for title, qs in items for n, q, e, level, c in qs],
        "actions": [action(h, t, r, a, u or None, st, "status_column", "action_tracker")
                    for r, _d, h, t, a, _o, u, _s, st in log],
    }
    return data, records


# --- 3. common: a decision table and a RAG-shaded tracker (Derbyshire) --------

def derbyshire() -> tuple[bytes, dict]:
    held = "2025-12-09"
    topic = "Neighbourhood policing"
    qs = [
        ("1", "How many neighbourhood officers and PCSOs were abstracted to other duties in the last six months, and what is the Force doing to protect neighbourhood time?",
         "Neighbourhood officers were abstracted for 11.4% of their rostered hours between May and October 2025, mainly to cover response shifts and public order events. "
         "A new abstraction policy, signed off in September, requires superintendent approval for any abstraction longer than one shift.",
         "Partially assured", "The PCC welcomed the new policy but wants to see the abstraction rate fall below 8% before being fully assured."),
        ("2", "How are local priorities set with communities, and how are residents told what has been done?",
         "Each safer neighbourhood team holds a quarterly priority-setting meeting and publishes a 'You said, we did' update on the Force website. "
         "Attendance at the meetings has risen by 20% since online attendance was introduced.",
         "Assured", "The PCC was assured that priorities are set with communities and asked that the updates also be shared through the local councils' newsletters."),
        ("3", "What evidence is there that problem-solving plans are reducing repeat anti-social behaviour locations?",
         "There are 64 live problem-solving plans across the county. The Force could not yet show the change in demand at the locations covered by plans, as the evaluation tool is still being built.",
         "Not assured", "The PCC was not assured and asked for the evaluation to be reported to the March meeting."),
    ]
    tracker = [
        ("PAC/118", "07/10/2025", "2025-10-07", "Provide the response times for rural areas by district.",
         "Response time figures by district circulated with the papers for this meeting.", GREEN, "complete"),
        ("PAC/119", "07/10/2025", "2025-10-07", "Confirm the date the new crime recording audit will start.",
         "Audit scheduled to start in April 2026 once the new auditor is in post.", AMBER, "outstanding"),
        ("PAC/123", "09/12/2025", held, "Bring the evaluation of problem-solving plans to the March meeting.",
         "Evaluation tool in testing; on track for March.", AMBER, "outstanding"),
        ("PAC/124", "09/12/2025", held, "Share the 'You said, we did' updates with district and borough councils.",
         "Not yet actioned – communications team lacking capacity.", RED, "outstanding"),
    ]
    rows = (("No.", "Question", "Force response", "Assurance level", "PCC comments"),) + tuple(
        (n, q, e, f"**{a}**", c) for n, q, e, a, c in qs)
    blocks = [
        H("Police and Crime Commissioner for Derbyshire"),
        H("Strategic Priorities Assurance Board – 10 February 2026", 2),
        P("Agenda item 2: Notes of the previous meeting and action tracker"),
        P("Report of the Chief Executive of the Office of the PCC. The Board is asked to note the notes of the meeting "
          "of 9 December 2025, and the progress made against outstanding actions. The Board provides the PCC with "
          "assurance that the Chief Constable delivers the priorities of the Police and Crime Plan; the PCC's "
          "decisions on each question are recorded in the notes."),
        H("Notes of the meeting held on 9 December 2025", 2),
        P("Attendees: Police and Crime Commissioner; Deputy Chief Constable; Assistant Chief Constable (Local Policing); "
          "Head of Performance; OPCC Chief Executive; OPCC Performance Manager."),
        H("Item 3 – Neighbourhood policing", 3),
        P("The ACC presented a report on neighbourhood policing; the PCC's questions and the Force's responses are summarised below."),
        T(rows=rows, widths=(6, 26, 40, 14, 30), header_rows=1),
        H("Item 4 – Any other business", 3),
        P("The Head of Performance gave notice that the quarter 3 performance report will be published in February."),
        Break(),
        H("Action tracker", 2),
        P("RAG key: Green – complete; Amber – in progress / on track; Red – overdue or not started."),
        T(rows=(("Ref", "Meeting date", "Action", "Update", "RAG"),)
              + tuple((r, d, a, u, "") for r, d, _h, a, u, _c, _s in tracker),
          widths=(12, 14, 36, 38, 8), header_rows=1,
          fills={(i, 4): c for i, (_r, _d, _h, _a, _u, c, _s) in enumerate(tracker, 1)}),
        H("Appendix – Neighbourhood policing figures", 2),
        T(rows=(("Measure", "2024/25", "2025/26 (Apr–Oct)"),
                ("Anti-social behaviour incidents", "21,406", "11,982"),
                ("Neighbourhood abstraction rate", "13.1%", "11.4%"),
                ("Live problem-solving plans", "48", "64")),
          widths=(50, 20, 25), header_rows=1),
        Break(),
        H("Agenda item 3: Contact management – questions for this meeting", 2),
        P("The Force has been asked the questions below. Its responses will be taken at the meeting and the PCC's "
          "assurance level recorded in the notes."),
        T(rows=(("No.", "Question", "Force response", "Assurance level", "PCC comments"),
                ("1", "What are the current average answer times for 999 and 101 calls, and how do they compare with the national standard?", "", "", ""),
                ("2", "How many 101 calls were abandoned in the last quarter, and what is being done to reduce this?", "", "", ""),
                ("3", "How is the Force making sure that online reports receive the same quality of risk assessment as telephone calls?", "", "", "")),
          widths=(6, 26, 40, 14, 30), header_rows=1),
    ]
    data = render_pdf(blocks, PdfLook(font="Times-Roman", bold_font="Times-Bold", italic_font="Times-Italic",
                                      footer="Derbyshire PCC – Strategic Priorities Assurance Board"),
                      "Strategic Priorities Assurance Board", "OPCC Derbyshire")
    norm = {"Partially assured": "Partly assured", "Assured": "Assured", "Not assured": "Not assured"}
    records = {
        "assurance_decisions": [decision(q, held, topic, n, q, e, norm[a], c) for n, q, e, a, c in qs],
        "actions": [action(h, topic if h == held else None, r, a, u, s, "cell_shading", "action_tracker")
                    for r, _d, h, a, u, _c, s in tracker],
    }
    return data, records


# --- 4. new: "Is the Commissioner assured?" Yes/Partly/No; status only in the progress wording (Northumbria, DOCX)

def northumbria() -> tuple[bytes, dict]:
    held = "2026-01-14"
    topic = "Hate crime"
    qs = [
        ("1", "How has the number of hate crimes reported changed over the last two years, and what does the Force understand about under-reporting?",
         "Recorded hate crime rose by 6% in 2025, with racially aggravated offences the largest group. The Force commissioned a survey with two community organisations, which found that three in five victims had not reported their most recent incident.",
         "Yes", "The Commissioner is assured that the Force understands the pattern of reporting and the reasons for under-reporting."),
        ("2", "What proportion of hate crime victims are referred to specialist support, and how quickly?",
         "Referral rates to Victims First Northumbria were 58% in the quarter, below the 75% target. Referrals are made within two working days in 89% of cases.",
         "Partly", "The Commissioner is assured about the speed of referral but not the proportion of victims referred, and asked for the reasons victims decline to be analysed."),
        ("3", "How does the Force use third-party reporting centres, and how many reports do they generate?",
         "There are 23 third-party reporting centres. The Force could not say how many reports were received through them in 2025, as they are not flagged on the crime recording system.",
         "No", "The Commissioner is not assured that the centres are used or monitored, and asked for a review of the scheme."),
    ]
    tracker = [
        ("1", "14/01/2026", held, topic, "Force to analyse why hate crime victims decline referral to support services.",
         "T/Supt Partnerships", "March 2026", "Analysis of 200 declined referrals under way; findings due in March.", "outstanding"),
        ("2", "14/01/2026", held, topic, "Force to review the third-party reporting scheme and the flagging of reports.",
         "Head of Crime Standards", "April 2026", "Not yet started – awaiting the new crime system release.", "outstanding"),
        ("3", "12/11/2025", "2025-11-12", None, "OPCC to publish the summary of the youth diversion evaluation.",
         "OPCC Policy Lead", "December 2025", "Completed – summary published on the Commissioner's website on 5 December 2025.", "complete"),
        ("4", "12/11/2025", "2025-11-12", None, "Force to circulate the firearms licensing backlog figures to board members.",
         "Head of Firearms Licensing", "January 2026", "Figures circulated on 9 January 2026. No further action.", "complete"),
        ("5", "17/09/2025", "2025-09-17", None, "Force to present the results of the domestic abuse victim survey.",
         "Head of Safeguarding", "November 2025", "Survey closed late; results will now be presented in March 2026.", "outstanding"),
    ]
    blocks = [
        H("Northumbria Police and Crime Commissioner"),
        H("Scrutiny and Accountability Meeting", 2),
        P("Wednesday 11 March 2026 at 10.30am, Middlemarch Centre, Newcastle upon Tyne"),
        H("Agenda", 2),
        P("1. Apologies"),
        P("2. Notes and action log from 14 January 2026"),
        P("3. Focus area: Serious and organised crime"),
        P("4. Budget update 2026/27"),
        P("5. Any other business"),
        P("Members of the public can watch the meeting on the Commissioner's YouTube channel. The Commissioner's "
          "Scrutiny Framework sets out how the Chief Constable is held to account; the Joint Independent Audit Committee "
          "gives separate assurance on governance and risk."),
        H("Notes of the Scrutiny and Accountability Meeting, 14 January 2026", 2),
        P("Focus area: Hate crime"),
        P("Present: Police and Crime Commissioner (Chair), Chief Constable, Assistant Chief Constable (Communities), "
          "Chief of Staff OPCC, Head of Policy OPCC. Apologies: Deputy Police and Crime Commissioner."),
        P("The questions were sent to the Force on 10 December 2025. The Force's answers and the Commissioner's view are recorded below."),
        T(rows=(("Q", "Question", "Force response", "Is the Commissioner assured?"),)
              + tuple((n, q, e, f"**{a}** – {c}") for n, q, e, a, c in qs),
          widths=(5, 30, 40, 30), header_rows=1),
        P("The Chief Constable thanked the community organisations that had taken part in the survey."),
        H("Action log", 2),
        P("Actions are removed from the log at the meeting after they are reported complete."),
        T(rows=(("No.", "Date", "Action", "Lead", "Due", "Progress"),)
              + tuple((n, d, a, l, due, u) for n, d, _h, _t, a, l, due, u, _s in tracker),
          widths=(6, 13, 34, 16, 12, 34), header_rows=1),
        H("Forward plan", 3),
        T(rows=(("Meeting", "Focus area"), ("13 May 2026", "Road safety"), ("8 July 2026", "Contact and 101"),
                ("16 September 2026", "Violence against women and girls")), widths=(30, 60), header_rows=1),
    ]
    norm = {"Yes": "Assured", "Partly": "Partly assured", "No": "Not assured"}
    data = render_docx(blocks, title="Scrutiny and Accountability Meeting 11 March 2026", author="Northumbria OPCC",
                       when=datetime(2026, 3, 4, 12, 0), landscape_pages=True)
    records = {
        "assurance_decisions": [decision(q, held, topic, n, q, e, norm[a], c) for n, q, e, a, c in qs],
        "actions": [action(h, t, n, a, u, s, "inferred_from_update", "action_tracker")
                    for n, _d, h, t, a, _l, _due, u, s in tracker],
    }
    return data, records


# --- 5. new: a coloured dot for the decision against a key; "Discharged"/"Live" (Essex) ---

def essex() -> tuple[bytes, dict]:
    held = "2026-01-22"
    topic = "Rural and wildlife crime"
    colour = {"Assured": GREEN, "Partly assured": AMBER, "Not assured": RED}
    qs = [
        ("1", "What has been the impact of the Rural Engagement Team's operation against hare coursing this season?",
         "Reports of hare coursing fell from 412 to 268 between the 2024/25 and 2025/26 seasons. Seven dispersal orders and 19 seizures of dogs and vehicles were made under the Police, Crime, Sentencing and Courts Act 2022 powers.",
         "Assured", "Clear evidence of impact; the Commissioner asked that the results be shared with the National Farmers' Union."),
        ("2", "How is the force tackling the theft of GPS units and other farm equipment?",
         "There were 86 thefts of GPS units in 2025. The force has joined the national agricultural machinery working group and marks equipment at farm watch events, but only 12% of thefts led to an identified suspect.",
         "Partly assured", "Good prevention work, but the detection rate remains low; further detail on investigative approach requested."),
        ("3", "How many officers have completed wildlife crime training, and how is specialist advice made available to response officers out of hours?",
         "Fourteen wildlife crime officers are trained. There is no out-of-hours rota and response officers rely on calling an officer at home.",
         "Not assured", "The Commissioner is concerned about out-of-hours cover and expects a rota proposal at the next board."),
    ]
    actions = [
        ("PRSB 25/61", "Share the hare coursing results with the National Farmers' Union and Country Land and Business Association.",
         "Briefing sent to both organisations on 3 February 2026.", "Discharged", "complete", held, topic),
        ("PRSB 25/62", "Provide detail of the investigative approach to GPS and farm equipment thefts.",
         "Paper being prepared by the Rural Engagement Team; due at the March board.", "Live", "outstanding", held, topic),
        ("PRSB 25/63", "Bring a proposal for an out-of-hours wildlife crime advice rota.",
         "", "Live", "outstanding", held, topic),
        ("PRSB 25/48", "Report on the use of the new drones fleet for missing person searches.",
         "Report taken at the December board. Action discharged.", "Discharged", "complete", "2025-11-27", None),
        ("PRSB 25/51", "Confirm the timetable for replacing the custody CCTV at Colchester.",
         "Procurement delayed to Q1 2026/27; revised date to be confirmed by Estates.", "Live – overdue", "outstanding", "2025-11-27", None),
    ]
    look = register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font,
                   header="Essex Police, Fire and Crime Commissioner", footer="Performance and Resources Scrutiny Board")
    blocks = [
        H("Performance and Resources Scrutiny Board"),
        P("Thursday 12 March 2026, 10:00 – Kelvedon Park, Rivenhall"),
        H("Agenda", 2),
        P("1. Apologies for absence"),
        P("2. Minutes of the meeting held on 22 January 2026"),
        P("3. Action log"),
        P("4. Focus report: Fraud and cyber crime"),
        P("5. Forward plan"),
        H("Minutes of the meeting held on 22 January 2026", 2),
        P("Present: Police, Fire and Crime Commissioner (PFCC), Deputy PFCC, Chief Constable, Deputy Chief Constable, "
          "Strategic Head of Performance and Scrutiny. The Essex County Fire and Rescue Service items were taken at the "
          "fire scrutiny board and are not recorded here."),
        H(f"Focus report: {topic}", 3),
        P("The Chief Inspector, Rural Engagement Team, presented the report. The PFCC's assessment of each response is "
          "shown by the coloured marker in the Assurance column."),
        P("Key: {#00b050|●} Assured   {#ffc000|●} Partially assured   {#ff0000|●} Not assured"),
        T(rows=(("#", "Question", "Summary of response", "Assurance", "Comments"),)
              + tuple((n, q, e, f"{{{colour[a]}|●}}", c) for n, q, e, a, c in qs),
          widths=(5, 28, 38, 14, 26), header_rows=1),
        H("Finance", 3),
        P("The Chief Finance Officer reported a forecast underspend of £0.4m. Internal audit's report on payroll gave a "
          "moderate assurance opinion with three medium-priority recommendations."),
        Break(),
        H("Action log", 2),
        P("Discharged actions are shown once and then removed from the log."),
        T(rows=(("Ref", "Raised", "Action", "Update", "Status"),)
              + tuple((r, "/".join(reversed(h.split("-"))), a, u, s) for r, a, u, s, _st, h, _t in actions),
          widths=(14, 13, 36, 36, 13), header_rows=1),
        H("Forward plan", 2),
        T(rows=(("Board", "Focus report"), ("14 May 2026", "Roads policing"), ("9 July 2026", "Custody")),
          widths=(30, 60), header_rows=1),
    ]
    data = render_pdf(blocks, look, "Performance and Resources Scrutiny Board 12 March 2026", "Essex PFCC")
    records = {
        "assurance_decisions": [decision(q, held, topic, n, q, e, a, c) for n, q, e, a, c in qs],
        "actions": [action(h, t, r, a, u or None, st, "status_column", "action_tracker")
                    for r, a, u, _s, st, h, t in actions],
    }
    return data, records


# --- 6. new: High/Medium/Low assurance in prose; a "% complete" column (Kent) ---

def kent() -> tuple[bytes, dict]:
    held = "2026-01-28"
    topic = "Missing children"
    norm = {"High": "Assured", "Medium": "Partly assured", "Low": "Not assured"}
    qs = [
        ("1", "How quickly are missing children assessed for risk and allocated to an investigating officer?",
         "All missing reports are risk-assessed by the control room at the first call. In December 2025, 96% of high-risk cases were allocated to an investigating officer within one hour.",
         "High", "The Commissioner was satisfied with the timeliness of risk assessment and allocation."),
        ("2", "How does the Force share information about children who go missing repeatedly with children's services and schools?",
         "A daily missing children meeting is held with Kent County Council and Medway Council. Schools are not yet included, and return home interviews are completed within 72 hours in only 52% of cases.",
         "Medium", "Information sharing with the councils is good but the gap with schools and the low rate of timely return interviews need attention."),
        ("3", "What is the Force doing to identify children at risk of exploitation through county lines when they go missing?",
         "The Force has drafted an exploitation screening tool, but it is not yet in use. No data was provided on how many missing children were screened for exploitation.",
         "Low", "The Commissioner could not take assurance without data and asked for the screening tool to be in use by April."),
    ]
    actions = [
        ("01/26", held, topic, "Force to set out a plan to include schools in the daily missing children meeting.",
         "Plan agreed with the education safeguarding leads; first school representatives attend from 2 March.", "100%", "complete"),
        ("02/26", held, topic, "Force to report return home interview timeliness monthly to the OPCC.",
         "January figures provided; February figures awaited from the councils.", "50%", "outstanding"),
        ("03/26", held, topic, "Force to confirm the go-live date of the exploitation screening tool.",
         "Tool under testing with the Missing Persons Unit.", "25%", "outstanding"),
        ("19/25", "2025-11-26", None, "OPCC to arrange a visit for the Commissioner to the new Medway custody suite.",
         "Visit took place on 15 December 2025.", "100%", "complete"),
        ("21/25", "2025-11-26", None, "Force to provide the vetting backlog by vetting level.",
         "", "0%", "outstanding"),
    ]
    blocks = [
        H("Kent Police and Crime Commissioner"),
        H("Performance and Delivery Board", 2),
        P("Wednesday 25 March 2026, 10:00, Kent Police Headquarters, Maidstone"),
        H("Agenda", 2),
        P("1. Introduction and apologies"),
        P("2. Notes of the meeting on 28 January 2026 and the action log"),
        P("3. Delivery of the Police and Crime Plan: Protecting people from exploitation and abuse"),
        P("4. Force performance report, quarter 3"),
        P("5. Questions from the public"),
        H("About the Board", 3),
        P("The Board is the Commissioner's main way of holding the Chief Constable to account. After each answer the "
          "Commissioner states the assurance taken: high, medium or low. This is separate from the Joint Audit "
          "Committee, whose internal auditors give their own levels of assurance on the Force's controls."),
        Break(),
        H("Notes of the Performance and Delivery Board, 28 January 2026", 2),
        P("Attendees: Police and Crime Commissioner; Deputy Chief Constable; Assistant Chief Constable (Protective Services); "
          "Chief Executive, OPCC; Head of Performance, OPCC (notes)."),
        H(f"Item 3: {topic}", 3),
    ]
    for n, q, e, a, c in qs:
        blocks += [P(f"**Question {n}.** {q}"), P(e), P(f"**Commissioner's assurance: {a}.** {c}")]
    blocks += [
        H("Item 4: Public questions", 3),
        P("One question had been received about speeding in rural villages and was answered in writing."),
        Break(),
        H("Action log", 2),
        P("Progress is shown as a percentage; actions at 100% are closed at the next meeting."),
        T(rows=(("No.", "Raised", "Action", "Update", "% complete"),)
              + tuple((n, "/".join(reversed(h.split("-"))), a, u, p) for n, h, _t, a, u, p, _s in actions),
          widths=(9, 14, 36, 36, 11), header_rows=1),
        H("Appendix: missing children figures", 2),
        T(rows=(("Measure", "Oct", "Nov", "Dec"), ("Missing child reports", "412", "398", "377"),
                ("High-risk cases", "31", "27", "29"), ("Return home interviews within 72 hours", "49%", "55%", "52%")),
          widths=(50, 15, 15, 15), header_rows=1),
    ]
    data = render_pdf(blocks, PdfLook(font="Helvetica", body_size=10.5, footer="Kent PCC – Performance and Delivery Board"),
                      "Performance and Delivery Board 25 March 2026", "Kent OPCC")
    records = {
        "assurance_decisions": [decision(q, held, topic, n, q, e, norm[a], c) for n, q, e, a, c in qs],
        "actions": [action(h, t, n, a, u or None, s, "status_column", "action_tracker")
                    for n, h, t, a, u, _p, s in actions],
    }
    return data, records


# --- 7. new: RAG letters on shading for the decision, shaded status cells (Gwent, DOCX) ---

def gwent() -> tuple[bytes, dict]:
    held = "2025-12-02"
    rag = {"G": ("Assured", GREEN), "A": ("Partly assured", AMBER), "R": ("Not assured", RED)}
    themes = [
        ("Serious violence", [
            ("SV1", "How has the Force used the Serious Violence Duty partnership data to target hotspots in Newport and Cardiff Road?",
             "A shared problem profile was agreed with the partnership in July 2025. Patrols are now directed to eight hotspots, where violence with injury fell by 14% in the following four months.",
             "G", "Good use of shared data. The Commissioner asked for the hotspot results to be published."),
            ("SV2", "What is the Force doing to reduce knife-enabled robbery involving young people?",
             "Knife-enabled robbery rose by 9% in the year. School liaison officers deliver knife crime sessions, but no evaluation of the sessions has been done.",
             "A", "Activity is in place but its effect is not known; an evaluation plan was requested."),
        ]),
        ("Youth diversion", [
            ("YD1", "How many children were offered an out-of-court resolution with a diversion activity, and how many completed it?",
             "The Force could not report how many children completed their diversion activity, as the youth offending services record completion on their own systems and the data has not been shared.",
             "R", "The Commissioner was not assured and asked the Force to agree a data-sharing arrangement with the youth offending services."),
        ]),
    ]
    log = [
        ("SPB-58", "02/12/2025", held, None, "Publish the hotspot patrol results on the Commissioner's website.",
         "Published 15 January 2026.", GREEN, "complete"),
        ("SPB-59", "02/12/2025", held, None, "Provide an evaluation plan for school knife crime sessions.",
         "Draft plan with the Violence Prevention Team; due March.", AMBER, "outstanding"),
        ("SPB-60", "02/12/2025", held, None, "Agree a data-sharing arrangement with the youth offending services on diversion outcomes.",
         "No progress reported.", RED, "outstanding"),
        ("SPB-52", "07/10/2025", "2025-10-07", None, "Report the number of officers trained in trauma-informed practice.",
         "312 officers trained to date; figures provided to the OPCC on 20 November 2025.", GREEN, "complete"),
    ]
    blocks = [
        H("Police and Crime Commissioner for Gwent"),
        H("Strategy and Performance Board", 2),
        P("Tuesday 3 March 2026, 13:30, Police Headquarters, Llantarnam"),
        H("Agenda", 2),
        P("1. Apologies"),
        P("2. Minutes of the previous meeting and action log"),
        P("3. Police and Crime Plan delivery: neighbourhood policing"),
        P("4. Welsh language standards: annual compliance report"),
        P("5. Any other business"),
        H("Minutes of the Strategy and Performance Board, 2 December 2025", 2),
        P("Present: Police and Crime Commissioner (Chair); Chief Constable; Deputy Chief Constable; OPCC Chief Executive; "
          "OPCC Head of Strategy; Joint Chief Finance Officer. Translation was available in Welsh."),
        P("The Commissioner's assurance on each response is shown by a RAG rating. Key: G = assured; A = partially "
          "assured; R = not assured."),
    ]
    for title, qs in themes:
        blocks.append(H(f"Theme: {title}", 3))
        blocks.append(T(rows=(("Ref", "Question", "Response", "RAG", "Commissioner's comment"),)
                             + tuple((ref, q, e, f"**{g}**", c) for ref, q, e, g, c in qs),
                        widths=(8, 28, 40, 7, 27), header_rows=1,
                        fills={(i, 3): rag[g][1] for i, (_r, _q, _e, g, _c) in enumerate(qs, 1)}))
    blocks += [
        P("The Joint Chief Finance Officer noted that the internal audit of overtime had given reasonable assurance."),
        Break(),
        H("Action log", 2),
        P("Status key: Green – complete, to be closed; Amber – in progress; Red – no progress or overdue."),
        T(rows=(("Ref", "Date", "Action", "Update", "Status"),)
              + tuple((r, d, a, u, "") for r, d, _h, _t, a, u, _c, _s in log),
          widths=(11, 13, 38, 38, 10), header_rows=1,
          fills={(i, 4): c for i, (*_rest, c, _s) in enumerate(log, 1)}),
    ]
    data = render_docx(blocks, title="Strategy and Performance Board 3 March 2026", author="OPCC Gwent",
                       when=datetime(2026, 2, 24, 10, 0))
    records = {
        "assurance_decisions": [decision(q, held, title, ref, q, e, rag[g][0], c)
                                for title, qs in themes for ref, q, e, g, c in qs],
        "actions": [action(h, t, r, a, u, s, "cell_shading", "action_tracker") for r, _d, h, t, a, u, _c, s in log],
    }
    return data, records


PACKS = {
    "lancashire-scrutiny-2026-03-18.pdf": lancashire,
    "dorset-ab-2026-02-19.docx": dorset,
    "derbyshire-spab-2026-02-10.pdf": derbyshire,
    "northumbria-sam-2026-03-11.docx": northumbria,
    "essex-prsb-2026-03-12.pdf": essex,
    "kent-pdb-2026-03-25.pdf": kent,
    "gwent-spb-2026-03-03.docx": gwent,
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    for name, build in PACKS.items():
        data, records = build()
        write(name, data, records)


if __name__ == "__main__":
    main()
