"""Round 40b (blind, issue 4): eight scrutiny packs as real offices publish them.

Four packs in the ordinary forms most offices use (Question | Evidence | Decision, an "Assurance level" column, an
action log with a Status column), with the noise real packs carry: cover sheets and contents pages, "OFFICIAL"
running headers, "Page x of y" footers, Part 2 / exempt items, presenters as job titles, dates in several written
forms, a question with two sub-questions, a level with a qualifying note, a deferred decision, footnotes, and a
grid that runs over pages with its header repeated and a question cell split across the break.

Four packs in forms of the office's own choosing: a four-word scale (Substantial / Reasonable / Limited / No
assurance) in a key at the front with the levels only in a closing summary by item number; a "Commissioner's
assessment:" line after each numbered minute ("HTA 28/05") on a Fully / Mostly / Partly / Not scale; two meetings in
one pack, the last meeting's decisions and actions in a "Decisions and actions" box, and a tracker by "% complete"
with meetings in merged rows; a 1-4 numbered rating read through a key, and a tracker by coloured cell.

Deterministic: reportlab invariant mode, fixed zip times, LibreOffice output fixed by ../office_pdf.py.
Gold goes to gold/ (see README.md). Run: .venv/bin/python samples/corpus/scrutiny-round40b/generate.py
"""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import datetime
from pathlib import Path

import pdfplumber
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))
from office_pdf import docx_to_pdf  # noqa: E402
from render import Break, Bul, H, P, PdfLook, T, _stable_zip, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind in round 40b; every record checked by hand against the rendered pages and "
           "`scrutiny inspect`.")
WHEN = datetime(2028, 1, 5, 9, 0, 0)


class Gold:
    """The gold records of one pack, written beside the builder call that prints them."""

    def __init__(self, file_type: str, title: str, org: str, force: str, meeting_date: str,
                 publication_date: str | None = None) -> None:
        self.file_type, self.org = file_type, org
        self.records: dict[str, list] = {
            "documents": [{"page": None, "status": "ok", "doc_kind": "scrutiny_pack", "title": title, "force": force,
                           "organisation": org, "meeting_date": meeting_date,
                           "publication_date": publication_date, "file_type": file_type, "pages": None}],
            "meetings": [], "agenda_items": [], "assurance_decisions": [], "actions": [], "grades": []}

    def meeting(self, page: int | None, date: str, topic: str | None, title: str) -> None:
        self.records["meetings"].append({"page": page, "meeting_date": date, "topic": topic,
                                         "organisation": self.org, "title": title})

    def agenda(self, page: int | None, date: str, number: str, title: str, presenter: str | None) -> None:
        self.records["agenda_items"].append({"page": page, "meeting_date": date, "number": number,
                                             "title": title, "presenter": presenter})

    def decision(self, date: str, topic: str | None, number: str | None, question: str, evidence: str | None,
                 assurance: str | None, commentary: str | None) -> None:
        self.records["assurance_decisions"].append({
            "page": None, "meeting_date": date, "topic": topic, "question_number": number, "question": question,
            "evidence_summary": evidence, "assurance": assurance, "commentary": commentary})

    def action(self, date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
               status: str, status_source: str, source: str, page: int | None = None) -> None:
        self.records["actions"].append({
            "page": page, "meeting_date": date, "topic": topic, "number": number, "text": text, "update": update,
            "status": status, "status_source": status_source, "source": source})


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def _words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.lower())


def set_pdf_pages(data: bytes, gold: Gold) -> None:
    """A decision's or action's page: the first page whose text holds the start of its key text (or, in a narrow column where the words
    sit on different lines, its first six words) (an action
    minuted and then repeated in the log starts where it is minuted). Meetings and agenda items carry the page
    written by hand."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        texts = [_squash(page.extract_text() or "") for page in pdf.pages]
        word_sets = [set(_words(page.extract_text() or "")) for page in pdf.pages]
        gold.records["documents"][0]["pages"] = len(pdf.pages)
    for kind, key in (("assurance_decisions", "question"), ("actions", "text")):
        for record in gold.records[kind]:
            if record["page"] is not None:  # written by hand: a log row whose first words also sit elsewhere
                continue
            opening = _squash(" ".join(record[key].split()[:5]))
            first_words = set(_words(" ".join(record[key].split()[:6])))
            found = ([i + 1 for i, text in enumerate(texts) if opening in text]
                     or [i + 1 for i, words in enumerate(word_sets) if first_words <= words])
            if not found:
                raise SystemExit(f"not found in the PDF: {record[key]!r}")
            record["page"] = found[0]


def add_footer(docx_bytes: bytes, lead: str, header: str | None = None) -> bytes:
    """Word's page furniture: a centred running header and a footer "lead   Page x of y" with PAGE and NUMPAGES
    fields, as offices' templates have."""
    document = Document(io.BytesIO(docx_bytes))
    section = document.sections[0]
    if header:
        paragraph = section.header.paragraphs[0]
        paragraph.text = header
        paragraph.alignment = 1
    footer = section.footer.paragraphs[0]
    footer.add_run(f"{lead}    Page ").font.size = Pt(8)
    for i, code in enumerate(("PAGE", "NUMPAGES")):
        if i:
            footer.add_run(" of ").font.size = Pt(8)
        run = footer.add_run()
        run.font.size = Pt(8)
        for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"), ("end", None)):
            if kind:
                element = OxmlElement("w:fldChar")
                element.set(qn("w:fldCharType"), kind)
            else:
                element = OxmlElement("w:instrText" if text == code else "w:t")
                element.set(qn("xml:space"), "preserve")
                element.text = text
            run._r.append(element)
    buffer = io.BytesIO()
    document.save(buffer)
    return _stable_zip(buffer.getvalue())


# --- 1. Essex: Word-made PDF, cover sheet and contents, Question | Evidence | Decision over pages -------------

def essex() -> tuple[bytes, Gold]:
    org = "Police, Fire and Crime Commissioner for Essex"
    date, last = "2028-04-11", "2028-02-14"
    g = Gold("pdf", "Performance and Resources Scrutiny Board", org, "Essex Police", date, "2028-04-03")
    g.meeting(1, date, None, "Performance and Resources Scrutiny Board")
    blocks: list = [
        P("**Police, Fire and Crime Commissioner for Essex**"),
        H("Performance and Resources Scrutiny Board", 1),
        P("Tuesday 11th April 2028, 10.00am – 12.30pm"),
        P("Committee Room 2, Kelvedon Park, Rivenhall, Witham"),
        P("Published: 3rd April 2028"),
        H("Contents", 2),
        T((("Section", "Page"), ("Agenda", "2"), ("Item 4 – Stalking and harassment: scrutiny report", "3"),
           ("Item 5 – Police staff vacancies: scrutiny report", "4"), ("Appendix A – Action log", "5")),
          (120, 20), header_rows=1, bordered=False),
        P("*This pack is published in line with the Elected Local Policing Bodies (Specified Information) Order "
          "2011. Item 7 is exempt from publication under paragraph 3 of Part 1 of Schedule 12A to the Local "
          "Government Act 1972.*", size=9),
        Break(),
        H("Agenda", 2),
    ]
    agenda = [("1", "Welcome and apologies", "PFCC"), ("2", "Declarations of interest", "PFCC"),
              ("3", "Minutes of the meeting held on 14 February 2028 and action log",
               "Head of Performance and Scrutiny"),
              ("4", "Stalking and harassment", "Detective Chief Superintendent, Head of Public Protection"),
              ("5", "Police staff vacancies", "Director of People and Development"),
              ("6", "Any other business", "PFCC"),
              ("7", "Estates disposal programme", "Director of Estates")]
    rows = [("Item", "Title", "Presenter", "Paper")]
    for number, title, presenter in agenda:
        paper = "Part 2 – exempt" if number == "7" else ("Verbal" if number in ("1", "2", "6") else "Attached")
        rows.append((number, title, presenter, paper))
        g.agenda(2, date, number, title, presenter)
    blocks += [T(tuple(rows), (12, 70, 60, 25), header_rows=1),
               P("Part 2: the press and public are likely to be excluded from the meeting for item 7, as it "
                 "would disclose information about the financial or business affairs of a third party.", size=9),
               Break()]
    topic = "Stalking and harassment"
    blocks += [H("Item 4 – Stalking and harassment", 2),
               P("Report of the Detective Chief Superintendent, Head of Public Protection. The Commissioner set "
                 "four questions at the February meeting. The evidence below is a summary of the force's "
                 "written response and of the discussion at the Board; the decision is the Commissioner's."),]
    sh = [
        ("1", "How has the number of recorded stalking offences changed since the new crime recording guidance "
              "came in, and what share of reports are now recorded as stalking rather than harassment?",
         "Recorded stalking offences rose from 1,412 in 2026 to 2,087 in 2027, an increase of 48%. Over the same "
         "period harassment offences fell by 11%. The force Crime Registrar's audit of 300 harassment reports in "
         "the autumn found 41 that should have been recorded as stalking, down from 78 in the previous audit. "
         "Training for the crime bureau was repeated in January and a monthly dip sample now runs in each "
         "district. The force expects the share of reports correctly classified at first recording to reach "
         "95% by the summer.",
         "Assured", None),
        ("2", "How many stalking protection orders has the force applied for and obtained, and how does the "
              "force decide when an application should be made?",
         "Thirty-eight applications were made in 2027 and 33 orders granted, against 19 applications in 2026. "
         "Every high-risk case is now reviewed by the stalking clinic within seven days and a decision on an "
         "order is recorded on the crime record. The clinic has not yet been extended to medium-risk cases, "
         "and the force accepts that the number of interim orders remains low compared with similar forces. A "
         "review of the application process by the force's legal services team is due to report in June.",
         "Partly assured", "subject to the outcome of the legal services review in June 2028."),
        ("3", "(a) What proportion of victims are referred to a specialist advocate within 48 hours of "
              "reporting? (b) How does the force know whether victims are satisfied with the service?",
         "(a) 61% of victims were referred within 48 hours in the last quarter, up from 44%; the target is 80%. "
         "(b) The force does not yet survey stalking victims separately; the victim satisfaction survey groups "
         "them with other domestic abuse victims, so no separate figure can be given.¹",
         "Not assured", "The PFCC asked for a separate measure of victim satisfaction for stalking."),
        ("4", "What is the charge rate for stalking offences, and how does it compare with the national rate?",
         "The charge rate for 2027 was 9.8% against a national figure of 7.4%. Outcomes are reviewed monthly at "
         "the public protection performance meeting.",
         "Assured", "The PFCC noted the improvement and thanked the team."),
    ]
    rows = [("No.", "Question", "Evidence", "Decision")]
    for number, question, evidence, level, note in sh:
        rows.append((number, question, evidence, f"{level} – {note}" if note and level == "Partly assured"
                     else (level if not note else (level, note))))
        g.decision(date, topic, number, question, evidence, level, note)
    blocks += [T(tuple(rows), (8, 48, 80, 34), header_rows=1),
               P("¹ The 2028/29 victim survey will add a separate stalking sample from July 2028.", size=8),
               P("**Actions agreed:** PRSB 28/09 and PRSB 28/10 (see Appendix A).")]
    blocks += [H("Item 5 – Police staff vacancies", 2),
               P("Report of the Director of People and Development.")]
    topic5 = "Police staff vacancies"
    ps = [("1", "What is the vacancy rate among police staff in the contact centre and the crime bureau, and "
                "how long does it take to fill a post?",
           "The contact centre vacancy rate was 14% in February and the crime bureau's 9%. It takes on average "
           "97 days from advert to start, down from 121.",
           "Partly assured", "Vacancy rates remain above the 8% tolerance."),
          ("2", "What is the force doing to keep new call handlers beyond their first year?",
           "A new mentoring scheme began in March; there is no data yet on its effect.",
           None, "Decision deferred – the Board will return to this question in July 2028.")]
    rows = [("No.", "Question", "Evidence", "Decision")]
    for number, question, evidence, level, note in ps:
        rows.append((number, question, evidence, (level, note) if level else note))
        g.decision(date, topic5, number, question, evidence, level, note)
    blocks += [T(tuple(rows), (8, 48, 80, 34), header_rows=1),
               P("**Action agreed:** PRSB 28/11 (see Appendix A)."), Break()]
    blocks += [H("Appendix A – Action log", 2),
               P("Status: Complete – action done and closed by the Board; Open – in progress; Overdue – past its "
                 "due date.", size=9)]
    log = [("PRSB 27/31", "09/11/2027", "2027-11-09", "Burglary",
            "Share the results of the burglary repeat victim pilot with the Board.",
            "Shared with members on 2 December 2027.", "Complete", "complete"),
           ("PRSB 28/03", "14/02/2028", last, "Road safety",
            "Provide the number of speed enforcement hours by district for 2027.",
            "Figures being checked by the Roads Policing Unit; due by 30 April.", "Overdue", "outstanding"),
           ("PRSB 28/04", "14/02/2028", last, "Road safety",
            "Confirm the date the community speed watch data-sharing agreement will be signed.",
            "Signed on 20 March 2028.", "Complete", "complete"),
           ("PRSB 28/09", "11/04/2028", date, topic,
            "Head of Public Protection to report the outcome of the legal services review of stalking "
            "protection order applications.", "Due July 2028.", "Open", "outstanding"),
           ("PRSB 28/10", "11/04/2028", date, topic,
            "Head of Performance and Scrutiny to agree a separate victim satisfaction measure for stalking with "
            "the force.", None, "Open", "outstanding"),
           ("PRSB 28/11", "11/04/2028", date, topic5,
            "Director of People and Development to bring first-year retention figures for call handlers.",
            None, "Open", "outstanding")]
    rows = [("Ref", "Date raised", "Topic", "Action", "Update", "Status")]
    for ref, printed, iso, tp, text, update, status, canon in log:
        rows.append((ref, printed, tp, text, update or "", status))
        g.action(iso, tp, ref, text, update, canon, "status_column", "action_tracker", page=5)
    blocks.append(T(tuple(rows), (18, 19, 20, 55, 45, 17), header_rows=1))
    docx = render_docx(blocks, title="Performance and Resources Scrutiny Board", author="PFCC Essex", when=WHEN)
    docx = add_footer(docx, "Performance and Resources Scrutiny Board – 11 April 2028", "OFFICIAL")
    return docx_to_pdf(docx), g



# --- 2. Cheshire: Word, Ref | Question | Response | Assurance level, a deferred level, an item for information ----

def cheshire() -> tuple[bytes, Gold]:
    org = "Police and Crime Commissioner for Cheshire"
    date = "2028-03-21"
    g = Gold("docx", "Scrutiny Board", org, "Cheshire Constabulary", date)
    g.meeting(None, date, None, "Scrutiny Board")
    blocks: list = [
        P("OFFICIAL", size=9),
        H("Scrutiny Board", 1),
        P("**Police and Crime Commissioner for Cheshire**"),
        P("Date: 21.03.2028    Time: 14:00    Venue: Clemonds Hey, Winsford (and via Teams)"),
        H("Agenda", 2),
    ]
    agenda = [("1", "Introductions and apologies", None),
              ("2", "Notes and actions of the previous meeting (18 January 2028)", "Policy and Scrutiny Manager"),
              ("3", "Roads policing and the fatal four", "Chief Inspector, Roads and Armed Policing"),
              ("4", "Custody detention times", "Superintendent, Criminal Justice and Custody"),
              ("5", "Any other business", None)]
    rows = [("No.", "Agenda item", "Presented by")]
    for number, title, presenter in agenda:
        rows.append((number, title, presenter or "–"))
        g.agenda(None, date, number, title, presenter)
    blocks += [T(tuple(rows), (10, 100, 60), header_rows=1), Break()]
    topic = "Roads policing and the fatal four"
    blocks += [H("3. Roads policing and the fatal four", 2),
               P("The Commissioner asked the questions below in advance. The level of assurance for each is "
                 "recorded in the final column: Assured, Partially assured or Not assured.")]
    qs = [("RP1", "How many people were killed or seriously injured on Cheshire's roads in 2027, and how does "
                  "this compare with the three-year average?",
           "212 people were killed or seriously injured, against a three-year average of 236.",
           "Assured", "Assured"),
          ("RP2", "What enforcement has the force carried out against drink and drug driving, and with what "
                  "result?",
           "3,904 roadside tests were carried out, up 22%; positive drug tests rose by 31%. Lab results for "
           "drug driving are taking up to 14 weeks.",
           "Partly assured", "Partially assured – the Commissioner wants the forensic backlog raised with "
                                "the regional provider."),
          ("RP3", "How is the force using the footage submitted by the public through the online dashcam "
                  "portal?",
           "1,140 submissions were received; 38% led to a warning letter or further action. The portal team "
           "has two vacancies.",
           "Not assured", "Not assured"),
          ("RP4", "What will the new speed enforcement vans add to the force's capacity?",
           "The vans are due to be delivered in May 2028.",
           None, "Deferred – to be assessed once the vans are in service"),]
    rows = [("Ref", "Question", "Response", "Assurance level")]
    for ref, q, ev, level, printed in qs:
        rows.append((ref, q, ev, printed))
        comment = printed.split(" – ", 1)[1] if " – " in printed else None
        if level is None:
            comment = printed
        g.decision(date, topic, ref, q, ev, level, comment)
    blocks += [T(tuple(rows), (12, 60, 70, 35), header_rows=1)]
    blocks += [P("Action: the Chief Inspector, Roads and Armed Policing to set out a recruitment plan for the "
                 "dashcam portal team (SB/28/06)."),
               H("4. Custody detention times", 2),
               P("This item was presented for information; no assurance level was sought. The Superintendent "
                 "reported that the average detention time was 14 hours 12 minutes in February."),
               H("5. Any other business", 2), P("None."), Break(),
               H("Action log – Scrutiny Board", 2)]
    log = [("SB/27/19", "12.10.27", "2027-10-12", "Review the use of Section 60 authorisations in the county.",
            "Report received and circulated.", "Complete", "complete"),
           ("SB/28/02", "18.01.28", "2028-01-18", "Provide the rural crime team's staffing figures.",
            "Awaiting HR data.", "In progress", "outstanding"),
           ("SB/28/03", "18.01.28", "2028-01-18", "Share the business crime survey with the Commissioner.",
            None, "Not started", "outstanding"),
           ("SB/28/06", "21.03.28", date, "The Chief Inspector, Roads and Armed Policing to set out a "
            "recruitment plan for the dashcam portal team.", None, "New", "outstanding")]
    rows = [("Action no.", "Meeting", "Action", "Update", "Status")]
    for ref, printed, iso, text, update, status, canon in log:
        rows.append((ref, printed, text, update or "", status))
        g.action(iso, topic if iso == date else None, ref, text, update, canon, "status_column", "action_tracker")
    blocks.append(T(tuple(rows), (18, 16, 70, 45, 20), header_rows=1))
    blocks.append(P("Produced by the Office of the Police and Crime Commissioner for Cheshire. Page numbers "
                    "are not used in this pack.", size=8))
    return render_docx(blocks, title="Scrutiny Board", author="OPCC Cheshire", when=WHEN,
                       header=("OFFICIAL – Scrutiny Board – 21 March 2028",)), g


# --- 3. Kent: reportlab, a long Question | Evidence | Decision grid with a question cell split across a page ------

def kent() -> tuple[bytes, Gold]:
    org = "Police and Crime Commissioner for Kent"  # the office by its one name, however printed
    date = "2028-02-08"
    g = Gold("pdf", "Performance and Delivery Board", org, "Kent Police", date)
    g.meeting(1, date, "Violence against women and girls", "Performance and Delivery Board")
    blocks: list = [
        P("**Kent Police and Crime Commissioner**"),
        H("Performance and Delivery Board", 1),
        P("Tuesday, 8 February 2028 at 10:00 | Kent Police Headquarters, Maidstone"),
        P("**Theme:** Violence against women and girls"),
    ]
    agenda = [("10:00", "1", "Welcome, apologies and declarations", "Chair"),
              ("10:05", "2", "Minutes and action log", "OPCC Chief Executive"),
              ("10:15", "3", "Violence against women and girls", "Assistant Chief Constable, Crime and Public "
                                                                   "Protection"),
              ("11:30", "4", "Any other business", "Chair"),
              ("11:40", "5", "Operational matters (exempt – not for publication)", "Deputy Chief Constable")]
    rows = [("Time", "Item", "Subject", "Lead")]
    for time, number, title, lead in agenda:
        rows.append((time, number, title, lead))
        g.agenda(1, date, number, title, lead)
    blocks += [T(tuple(rows), (12, 10, 80, 60), header_rows=1), Break()]
    topic = "Violence against women and girls"
    blocks += [H("Item 3: Violence against women and girls", 2),
               P("The Commissioner's questions, the force's evidence and the Commissioner's decision on each are "
                 "set out below.")]
    portal = ("Reports made online arrive in the crime bureau queue and are triaged by a detective sergeant, who "
              "sets a risk level and allocates the report. Since October the queue has been watched around the "
              "clock, and reports from a repeat victim or naming a known offender are flagged for review within "
              "four hours. The bureau's supervisors check a sample of 40 reports a month against the standard, and "
              "the results go to the VAWG delivery board, which meets every six weeks and reports to the chief "
              "officer group. The force told the Board that most of the delays arise at weekends, when reports "
              "made late on a Friday wait for the Monday allocation meeting; a weekend allocation rota began in "
              "January. The audit of December's reports found that every delayed report had been risk assessed "
              "by the end of the second day, and none of the victims concerned had been harmed in the meantime. "
              "Two further dip samples are planned before the summer, one by the force's professional standards "
              "department. The force also described the guidance issued to call handlers in November, which tells "
              "them to offer a callback from a specialist officer to anyone who mentions a sexual offence while "
              "reporting another matter online, and the new leaflet given to victims at first contact. Members "
              "asked how the standard is applied to reports made by a third party, such as a teacher or a GP; "
              "the force said these are treated in the same way once the victim has been identified. ")
    programme = ("The programme is delivered with two commissioned providers and works with perpetrators who have "
                 "been assessed as medium or high risk. Each perpetrator has a case worker and an offender manager; "
                 "the victim is offered support from an independent advocate throughout. Funding for the current "
                 "year was confirmed in the autumn, but the grant for 2029 has not yet been announced, and the "
                 "providers have been told to plan on the present level. In the west division referrals depend on "
                 "two officers who have other duties, and the force intends to train the neighbourhood sergeants "
                 "there to refer directly. ")
    qs = [("1", "What has the force done to make sure that every report of a sexual offence made through the "
                "online reporting portal is assessed for risk within 24 hours, and how is compliance checked?",
           portal + "Compliance with the 24-hour standard was 88% in the last quarter.",
           "Partly assured", "The 24-hour standard is not yet met in one in eight reports."),
          ("2", "How many domestic abuse perpetrators have been managed through the force's perpetrator "
                "programme in 2027, how many of them went on to reoffend within six months, and how does the "
                "force plan to widen the programme to the west of the county, where referrals are lowest, over "
                "the coming year while the funding from the Home Office remains uncertain?",
           programme + "Of 164 perpetrators managed, 29 reoffended within six months (18%). Referrals from "
           "the west division are a third of those from the north.",
           "Assured", None),
          ("3", "What training have officers received on coercive control since the last inspection?",
           "All response officers completed the Domestic Abuse Matters refresher by December 2027; 71% of "
           "neighbourhood officers have done so.",
           "Not assured", "Neighbourhood officers must complete the training by June."),
          ("4", "How does the force use the views of women and girls to shape its plans?",
           "A VAWG public survey of 2,300 people ran in the autumn; the results are with the analysts.",
           "Partly assured", "The Commissioner wants to see how the survey changes the plan.")]
    rows = [("No.", "Question", "Evidence", "Decision")]
    for number, q, ev, level, note in qs:
        rows.append((number, q, ev, f"**{level}**" if not note else (f"**{level}**", note)))
        g.decision(date, topic, number, q, ev, level, note)
    blocks += [T(tuple(rows), (9, 45, 75, 30), header_rows=1)]
    blocks += [P("**Action 28/04:** The ACC to report neighbourhood officers' completion of coercive control "
                 "training to the April Board."), Break(), H("Action log", 2),
               P("Open actions are reviewed at each Board. A closed action shows the date it was closed.")]
    g.action(date, topic, "28/04", "The ACC to report neighbourhood officers' completion of coercive control "
             "training to the April Board.", None, "outstanding", "status_column", "action_tracker")
    log = [("27/22", "14 Sept 2027", "2027-09-14", "Provide a breakdown of 999 call answer times by hour.",
            "Provided at the November Board.", "Closed", "16/11/2027", "complete"),
           ("27/27", "16 Nov 2027", "2027-11-16", "Explain the fall in neighbourhood patrol hours in Swale.",
            "Report expected in March.", "Open", "", "outstanding"),
           ("27/28", "16 Nov 2027", "2027-11-16", "Publish the stop and search panel's findings.",
            "Published on the Commissioner's website.", "Closed", "05/01/2028", "complete")]
    rows = [("No.", "Raised", "Action", "Update", "Open/Closed", "Date closed")]
    for ref, printed, iso, text, update, status, closed, canon in log:
        rows.append((ref, printed, text, update, status, closed))
        g.action(iso, None, ref, text, update, canon, "status_column", "action_tracker")
    rows.insert(1, ("28/04", "8 Feb 2028", "The ACC to report neighbourhood officers' completion of coercive "
                    "control training to the April Board.", "", "Open", ""))
    blocks.append(T(tuple(rows), (14, 18, 55, 42, 24, 22), header_rows=1))
    look = PdfLook(header="OFFICIAL", footer="Kent PCC | Performance and Delivery Board | 8 February 2028")
    return render_pdf(blocks, look, "Performance and Delivery Board", "Kent OPCC"), g


# --- 4. Sussex: Word-made PDF, contents page, Assurance level with notes, two meetings' actions ------------------

def sussex() -> tuple[bytes, Gold]:
    org = "Police and Crime Commissioner for Sussex"  # the office by its one name, however printed
    date = "2028-01-26"
    g = Gold("pdf", "Performance & Accountability Meeting", org, "Sussex Police", date)
    g.meeting(1, date, "Neighbourhood policing", "Performance & Accountability Meeting")
    blocks: list = [
        P("Sussex Police & Crime Commissioner", size=14),
        H("Performance & Accountability Meeting", 1),
        P("26 January 2028 (webcast)"),
        P("**Focus of the meeting:** Neighbourhood policing"),
        H("Contents", 2),
        P("1.  Agenda .......................................... 1", size=10),
        P("2.  Questions and assurance record ................ 2", size=10),
        P("3.  Notes ............................................... 3", size=10),
        P("4.  Outstanding actions .............................. 3", size=10),
        H("1. Agenda", 2),
    ]
    agenda = [("1", "Welcome", "Police & Crime Commissioner"),
              ("2", "Neighbourhood policing: visibility and response", "Chief Constable"),
              ("3", "Public questions", "Police & Crime Commissioner"),
              ("4", "Close", None)]
    rows = [("", "Item", "Lead")]
    for number, title, lead in agenda:
        rows.append((number, title, lead or ""))
        g.agenda(1, date, number, title, lead)
    blocks += [T(tuple(rows), (8, 100, 55), header_rows=1), Break(),
               H("2. Questions and assurance record", 2),
               H("Item 2 – Neighbourhood policing: visibility and response", 3)]
    topic = "Neighbourhood policing: visibility and response"
    qs = [("1", "How many police community support officers and neighbourhood constables are in post "
                "against the establishment?",
           "There are 301 PCSOs against an establishment of 330 and 212 constables against 220.",
           "Partially assured (note 1)", "Partly assured"),
          ("2", "How often are neighbourhood officers taken away from their areas to cover response?",
           "In the last quarter 17% of neighbourhood shifts were abstracted, against a target of 10%.",
           "Not assured", "Not assured"),
          ("3", "How does the force tell residents what it has done about the priorities they raised?",
           "Each ward has a 'You said, we did' page, updated monthly, and 46 street meetings were held.",
           "Assured", "Assured"),
          ("4", "What has the force done to answer non-emergency calls about antisocial behaviour sooner?",
           "The 101 answer time has fallen from 12 to 6 minutes since the new online form was launched.",
           "Assured (note 2)", "Assured")]
    rows = [("Q", "Question from the PCC", "Response from the force", "Assurance level")]
    notes = {"1": "The PCC is assured about PCSO numbers but not yet about constables' numbers.",
             "4": "Subject to the 101 figures holding through the summer."}
    for number, q, ev, printed, level in qs:
        rows.append((number, q, ev, printed))
        g.decision(date, topic, number, q, ev, level, notes.get(number))
    blocks += [T(tuple(rows), (6, 55, 70, 30), header_rows=1),
               P("Note 1: The PCC is assured about PCSO numbers but not yet about constables' numbers.", size=9),
               P("Note 2: Subject to the 101 figures holding through the summer.", size=9),
               Break(), H("3. Notes", 2),
               P("The PCC thanked residents for the 23 public questions submitted. The force agreed to publish "
                 "the abstraction figures each quarter (action PAM 47)."),
               H("4. Outstanding actions", 2)]
    log = [("PAM 41", "Tuesday 12 October 2027", "2027-10-12", "Set out the cost of the new rural crime "
            "team's vehicles.", "Costs provided to the OSPCC.", "Completed", "complete"),
           ("PAM 44", "Tuesday 12 October 2027", "2027-10-12", "Report the number of drone deployments by "
            "division.", "Data being collated.", "Ongoing", "outstanding"),
           ("PAM 47", "Wednesday 26 January 2028", date, "Publish neighbourhood abstraction figures each "
            "quarter.", "First figures due in April.", "Not yet due", "outstanding")]
    rows = [("Ref", "Meeting", "Action", "Update", "Status")]
    for ref, printed, iso, text, update, status, canon in log:
        rows.append((ref, printed, text, update, status))
        g.action(iso, "Neighbourhood policing" if iso == date else None, ref, text, update, canon,
                 "status_column", "action_tracker")
    blocks.append(T(tuple(rows), (14, 26, 55, 40, 18), header_rows=1))
    docx = render_docx(blocks, title="Performance & Accountability Meeting", author="OSPCC", when=WHEN)
    return docx_to_pdf(add_footer(docx, "OFFICIAL – Performance & Accountability Meeting")), g



# --- 5. Hertfordshire: reportlab landscape, a Substantial / Reasonable / Limited / No assurance key at the front,
#        the levels only in a closing summary by item number; a tracker by coloured cell against a legend --------

def hertfordshire() -> tuple[bytes, Gold]:
    org = "Police and Crime Commissioner for Hertfordshire"
    date = "2028-03-02"
    g = Gold("pdf", "Strategic Accountability Board", org, "Hertfordshire Constabulary", date)
    g.meeting(1, date, None, "Strategic Accountability Board")
    blocks: list = [
        P("**Police and Crime Commissioner for Hertfordshire**"),
        H("Strategic Accountability Board", 1),
        P("Thursday 2nd March 2028 – Police Headquarters, Welwyn Garden City"),
        H("How the Commissioner records assurance", 3),
        T((("Rating", "What it means"),
           ("Substantial", "The Commissioner is assured: the evidence shows the force is delivering."),
           ("Reasonable", "The Commissioner is assured, with minor points the force is asked to pick up."),
           ("Limited", "The Commissioner is partly assured: there are gaps and the item will come back."),
           ("No assurance", "The Commissioner is not assured and will escalate the matter.")),
          (25, 120), header_rows=1),
        H("Agenda", 3),
    ]
    agenda = [("1", "Apologies", None), ("2", "Minutes of 7 December 2027", None),
              ("4", "Burglary and robbery", "T/Detective Superintendent, Serious Acquisitive Crime"),
              ("5", "Contact centre performance", "Head of Contact Management"),
              ("6", "Summary of assurance and actions", "OPCC Head of Performance")]
    rows = [("Item", "Subject", "Presenter")]
    for number, title, lead in agenda:
        rows.append((number, title, lead or ""))
        g.agenda(1, date, number, title, lead)
    rows.insert(3, ("3", "Chief Constable's update (verbal, Part 2)", ""))
    g.records["agenda_items"].insert(2, {"page": 1, "meeting_date": date, "number": "3",
                                         "title": "Chief Constable's update (verbal, Part 2)",
                                         "presenter": None})
    blocks += [T(tuple(rows), (10, 90, 80), header_rows=1), Break()]
    items = {
        "Burglary and robbery": [
            ("4.1", "How quickly does the force attend residential burglaries, and are all of them attended?",
             "All residential burglaries were attended; the median time was 19 hours, against 26 a year ago.",
             "Good progress; keep the attendance standard under review.", "Reasonable", "Assured"),
            ("4.2", "Why has the solved rate for robbery of personal property fallen?",
             "The solved rate fell from 11% to 8%; the force links this to the loss of two detective sergeants "
             "and a rise in phone snatches where the offender is never seen.",
             "The Commissioner wants a recovery plan.", "Limited", "Partly assured")],
        "Contact centre performance": [
            ("5.1", "What share of 999 calls were answered within ten seconds in the last quarter?",
             "93.1% of 999 calls were answered within ten seconds, above the national standard of 90%.",
             "Well above standard.", "Substantial", "Assured"),
            ("5.2", "How long do callers wait for the 101 service at the busiest times?",
             "Average waits on Monday evenings exceeded 22 minutes; a call-back option is not yet in place.",
             "Unacceptable waits for the public.", "No assurance", "Not assured"),
            ("5.3", "How many abandoned 101 calls were followed up?",
             "The force cannot yet report this figure.", "", "Limited", "Partly assured")],
    }
    number = 4
    ratings = []
    for title, qs in items.items():
        blocks += [H(f"Item {number}: {title}", 2)]
        rows = [("No.", "Question", "What the force told us", "Commissioner's view")]
        for ref, q, ev, view, printed, level in qs:
            rows.append((ref, q, ev, view))
            g.decision(date, title, ref, q, ev, level, view or None)
            ratings.append((ref, printed))
        blocks += [T(tuple(rows), (11, 70, 110, 60), header_rows=1)]
        number += 1
    blocks += [Break(), H("Item 6: Summary of assurance and actions", 2),
               P("The Commissioner's rating for each question, on the scale set out on the front page:"),
               T((("Question",) + tuple(r for r, _ in ratings), ("Rating",) + tuple(p for _, p in ratings)),
                 (20,) + (18,) * len(ratings), header_rows=1),
               H("Action tracker", 3),
               P("Status is shown by the colour of the final cell. Key: green – complete; amber – in progress; "
                 "red – overdue; grey – not yet due.", size=9)]
    log = [("SAB-31", "07/12/2027", "2027-12-07", None, "Share the findings of the burglary victim survey.",
            "Shared on 9 January.", "#00b050", "complete"),
           ("SAB-33", "07/12/2027", "2027-12-07", None, "Report on the use of the new mobile fingerprint "
            "devices.", "Report delayed by supplier issues.", "#ff0000", "outstanding"),
           ("SAB-36", "02/03/2028", date, "Burglary and robbery", "Bring a robbery recovery plan to the June "
            "Board.", "", "#bfbfbf", "outstanding"),
           ("SAB-37", "02/03/2028", date, "Contact centre performance", "Report the number of abandoned 101 "
            "calls followed up, by week.", "Head of Contact Management is building the report.", "#ffc000",
            "outstanding")]
    rows = [("Ref", "Raised", "Item", "Action", "Update", "Status")]
    fills = {}
    for i, (ref, printed, iso, tp, text, update, colour, canon) in enumerate(log, start=1):
        rows.append((ref, printed, tp or "", text, update, ""))
        fills[(i, 5)] = colour
        g.action(iso, tp, ref, text, update or None, canon, "cell_shading", "action_tracker")
    blocks.append(T(tuple(rows), (16, 22, 40, 80, 70, 16), header_rows=1, fills=fills))
    look = PdfLook(landscape=True, margin=48, header="OFFICIAL SENSITIVE – NOT FOR WIDER CIRCULATION",
                   footer="Strategic Accountability Board, 2 March 2028")
    return render_pdf(blocks, look, "Strategic Accountability Board", "OPCC Hertfordshire"), g


# --- 6. West Mercia: Word, minutes numbered per meeting ("HTA 28/05"), a "Commissioner's assessment:" line after
#        each minute on a Fully / Mostly / Partly / Not scale, actions only in "Action:" lines -------------------

def west_mercia() -> tuple[bytes, Gold]:
    org = "Police and Crime Commissioner for West Mercia"
    date = "2028-02-15"
    g = Gold("docx", "Holding to Account Meeting", org, "West Mercia Police", date)
    g.meeting(None, date, None, "Holding to Account Meeting")
    blocks: list = [
        H("Holding to Account Meeting", 1),
        P("**Minutes** of the meeting of the Police and Crime Commissioner for West Mercia with the Chief "
          "Constable, held on 15 February 2028 at Hindlip Park, Worcester."),
        P("Present: the Police and Crime Commissioner (chair); the Chief Constable; the Deputy Chief Constable; "
          "the Assistant Chief Constable (Local Policing); the OPCC Chief Executive; the Head of Assurance."),
        P("*The Commissioner gives an assessment on each scrutiny item: **Fully** – assured; **Mostly** – "
          "assured, with minor follow-up; **Partly** – partly assured; **Not** – not assured.*", size=9),
    ]
    agenda = [("1", "Apologies", None), ("2", "Minutes and matters arising", None),
              ("3", "Rural and business crime", "ACC (Local Policing)"),
              ("4", "Online child sexual abuse", "Head of Digital Forensics"),
              ("5", "Use of force", "Deputy Chief Constable"), ("6", "Any other business", None)]
    rows = [("No.", "Item", "Lead")]
    for number, title, lead in agenda:
        rows.append((number, title, lead or ""))
        g.agenda(None, date, number, title, lead)
    blocks += [H("Agenda", 3), T(tuple(rows), (10, 100, 60), header_rows=1), H("Minutes", 2)]
    minutes = [
        ("HTA 28/01", "Apologies", None, None),
        ("HTA 28/02", "Minutes and matters arising", None,
         "The minutes of 14 December 2027 were agreed as a true record."),
        ("HTA 28/03", "Rural and business crime",
         ("The Commissioner sought assurance that rural crime reports receive the same investigative standard "
          "as those in towns.",
          "The ACC described the rural crime team's 14 officers and the farm watch scheme; rural burglary "
          "outcomes were at 9%, in line with urban areas.",
          "Mostly assured.", "Assured", "The Commissioner asked for the farm watch membership to be reported next "
          "time."),
         "the ACC (Local Policing) to report farm watch membership by policing area."),
        ("HTA 28/04", "Online child sexual abuse",
         ("The Commissioner sought assurance that the backlog of devices awaiting examination for indecent "
          "images is falling.",
          "The backlog stands at 412 devices, down from 480; the average wait is 7 months.",
          "Partly assured.", "Partly assured", "The waits remain too long for victims."),
         "the Head of Digital Forensics to provide a trajectory for clearing the backlog."),
        ("HTA 28/05", "Use of force",
         ("The Commissioner sought assurance that use of force is recorded by all officers and reviewed.",
          "Recording compliance is 76% against body-worn video triggers; the scrutiny panel found three "
          "reports lacking a rationale.",
          "Not assured.", "Not assured", "The Commissioner expects compliance above 90% by the summer."),
         None),
        ("HTA 28/06", "Any other business", None, "None."),
    ]
    for ref, title, scrutiny, extra in minutes:
        blocks.append(H(f"{ref}  {title}", 3))
        if scrutiny is None:
            if extra:
                blocks.append(P(extra))
            continue
        request, discussion, printed, level, comment = scrutiny
        blocks += [P(request), P(discussion), P(f"**Commissioner's assessment:** {printed} {comment}")]
        g.decision(date, title, ref, request, discussion, level, comment)
        if extra:
            blocks.append(P(f"**Action:** {extra[0].upper() + extra[1:]}"))
            g.action(date, title, None, extra[0].upper() + extra[1:], None, "unknown", "none", "action_list")
    blocks += [P("Date of next meeting: Tuesday 18th April 2028.")]
    return render_docx(blocks, title="Holding to Account Meeting", author="OPCC West Mercia", when=WHEN,
                       header=("West Mercia PCC – OFFICIAL",)), g


# --- 7. Cambridgeshire: Word-made PDF, two meetings in one pack; last meeting's "Decisions and actions" boxes and a
#        tracker by "% complete" with meetings in merged rows and topics in merged cells --------------------------

def cambridgeshire() -> tuple[bytes, Gold]:
    org = "Police and Crime Commissioner for Cambridgeshire and Peterborough"
    date, last = "2028-03-28", "2028-01-24"
    g = Gold("pdf", "Business Coordination Board", org, "Cambridgeshire Constabulary", date)
    g.meeting(1, date, None, "Business Coordination Board")
    blocks: list = [
        P("**Police and Crime Commissioner for Cambridgeshire and Peterborough**"),
        H("Business Coordination Board", 1),
        P("To be held on 28 March 2028 at 14:00, Police Headquarters, Huntingdon"),
        H("Agenda", 2),
    ]
    agenda = [("1.0", "Apologies for absence", None),
              ("2.0", "Notes of the meeting held on 24 January 2028", "Chair"),
              ("3.0", "Action log", "Governance Officer"),
              ("4.0", "Knife crime and serious violence", "Chief Superintendent, Head of Crime"),
              ("5.0", "Quarterly finance report", "Chief Finance Officer"),
              ("6.0", "Forward plan", "Governance Officer")]
    rows = [("No.", "Item", "Lead")]
    for number, title, lead in agenda:
        rows.append((number, title, lead or ""))
        g.agenda(1, date, number, title, lead)
    blocks += [T(tuple(rows), (10, 100, 60), header_rows=1), Break()]
    title = "Notes of the Business Coordination Board held on 24 January 2028"
    g.meeting(2, last, None, title)
    blocks += [H(title, 2),
               P("Present: Police and Crime Commissioner (Chair), Deputy Police and Crime Commissioner, Chief "
                 "Constable, Deputy Chief Constable, Chief Executive, Chief Finance Officer."),
               H("1. Apologies", 3), P("Apologies were received from the Assistant Chief Constable."),
               H("2. Notes of the previous meeting", 3), P("The notes of 22 November 2027 were agreed.")]
    items = [
        ("3", "Hate crime",
         "The Head of Crime presented a report on hate crime. Reports rose by 6% in the year; 14% of cases "
         "reached a positive outcome. The third-party reporting centres took 41 reports.",
         "The Commissioner was assured that hate crime reports are recorded and investigated properly, and "
         "asked that third-party reporting be promoted at the spring community events.",
         "Assured", "Is the force recording and investigating hate crime properly?",
         "BCB/24/01", "Head of Crime to promote third-party reporting at the spring community events."),
        ("4", "Roads policing",
         "The Superintendent, Roads Policing presented a report. Killed or seriously injured casualties fell "
         "by 4% but speed enforcement hours fell by 20% because of officer vacancies.",
         "The Commissioner was partly assured: casualties are falling, but enforcement must recover.",
         "Partly assured", "Is the force doing enough to reduce road casualties?",
         "BCB/24/02", "Superintendent, Roads Policing to bring an enforcement recovery plan."),
    ]
    for number, topic, discussion, decision, level, question, ref, action in items:
        blocks += [H(f"{number}. {topic}", 3), P(f"**Question:** {question}"), P(discussion),
                   T(((("**Decisions and actions**", f"Decision: {decision}", f"Action {ref}: {action}"),),),
                     (170,), fills={(0, 0): "#f2f2f2"})]
        g.decision(last, topic, number, question, discussion, level, decision)
    blocks += [H("5. Any other business", 3), P("None."), Break(), H("3.0 Action log", 2)]
    rows: list = [("Ref", "Topic", "Action", "Progress", "% complete")]
    spans = []
    fills = {}
    groups = [("Actions from the meeting of 22 November 2027", "2027-11-22", [
        ("BCB/22/03", "Drug-related harm", "Share the county lines closures for the year.",
         "Figures shared with the Board.", "100%"),
        ("BCB/22/04", "Drug-related harm", "Confirm funding for the drug testing on arrest scheme.",
         "Bid submitted; decision due in April.", "50%")]),
              ("Actions from the meeting of 24 January 2028", last, [
        ("BCB/24/01", "Hate crime", "Head of Crime to promote third-party reporting at the spring community "
         "events.", "Events booked for April and May.", "25%"),
        ("BCB/24/02", "Roads policing", "Superintendent, Roads Policing to bring an enforcement recovery plan.",
         "Plan presented to the Chief Officer Group.", "100%")])]
    for heading, iso, entries in groups:
        spans.append((len(rows), 0, 1, 5))
        fills[(len(rows), 0)] = "#dbe5f1"
        rows.append((f"**{heading}**", None, None, None, None))
        first = len(rows)
        for i, (ref, tp, text, progress, pct) in enumerate(entries):
            same = i and entries[i - 1][1] == tp
            rows.append((ref, None if same else tp, text, progress, pct))
            g.action(iso, tp, ref, text, progress, "complete" if pct == "100%" else "outstanding",
                     "status_column", "action_tracker")
        if entries[0][1] == entries[-1][1]:
            spans.append((first, 1, len(entries), 1))
    blocks.append(T(tuple(rows), (20, 30, 60, 50, 18), header_rows=1, spans=tuple(spans), fills=fills))
    docx = render_docx(blocks, title="Business Coordination Board", author="OPCC Cambridgeshire", when=WHEN)
    return docx_to_pdf(add_footer(docx, "Business Coordination Board – 28/03/2028")), g


# --- 8. Nottinghamshire: reportlab (DejaVu Serif), a 1-4 numbered rating read through a key; a RAG word tracker ---

def nottinghamshire() -> tuple[bytes, Gold]:
    org = "Police and Crime Commissioner for Nottinghamshire"  # the office by its one name, however printed
    date = "2028-04-04"
    g = Gold("pdf", "Strategic Resources and Performance Meeting", org, "Nottinghamshire Police", date)
    g.meeting(1, date, "Serious violence", "Strategic Resources and Performance Meeting")
    blocks: list = [
        P("**Nottinghamshire Police and Crime Commissioner**"),
        H("Strategic Resources and Performance Meeting", 1),
        P("4th April 2028, 2.00 pm, Sherwood Lodge, Arnold"),
        P("Topic: Serious violence"),
        H("Agenda", 3),
    ]
    agenda = [("1", "Apologies", None), ("2", "Minutes of the last meeting", None),
              ("3", "Serious violence duty and knife crime", "Chief Superintendent, Head of Operations"),
              ("4", "Action tracker", "Performance Officer"), ("5", "AOB", None)]
    for number, title, lead in agenda:
        blocks.append(P(f"{number}.  {title}" + (f" – *{lead}*" if lead else "")))
        g.agenda(1, date, number, title, lead)
    blocks += [Break(), H("3. Serious violence duty and knife crime", 2),
               P("The Commissioner rates each answer from 1 to 4. **Rating key: 4** – fully assured; **3** – "
                 "assured, some further work; **2** – partly assured; **1** – not assured.", size=9)]
    topic = "Serious violence duty and knife crime"
    qs = [("Q1", "How has knife crime changed in the last twelve months?",
           "Knife crime offences fell by 9%, to 1,038; knife-enabled robbery fell by 15%.", "4", "Assured", None),
          ("Q2", "How is the violence reduction unit's data shared with partners?",
           "A shared dashboard went live in January; two district councils do not yet have access.",
           "3", "Assured", "Access for the remaining councils by May."),
          ("Q3", "What is the force doing in schools to prevent knife carrying?",
           "Schools officers reached 61 of 93 secondary schools; the rest are planned for the summer term.",
           "2", "Partly assured", "Coverage is incomplete."),
          ("Q4", "How many knife arches and test purchases were carried out, and with what result?",
           "Eleven test purchase operations took place; four retailers sold to a child. The force has not "
           "followed up with trading standards.", "1", "Not assured", "Follow-up with trading standards "
           "is needed."),
          ("Q5", "What difference has the hotspot patrol funding made?",
           "The evaluation by the university will report in June.", "n/r", None, "Not rated until the "
           "evaluation is published.")]
    rows = [("Q", "Question", "Answer", "Rating", "Comments")]
    for ref, q, ev, printed, level, comment in qs:
        rows.append((ref, q, ev, printed, comment or ""))
        g.decision(date, topic, ref.lstrip("Q"), q, ev, level, comment)
    blocks += [T(tuple(rows), (8, 50, 70, 12, 40), header_rows=1),
               P("n/r – not rated.", size=8), Break(), H("4. Action tracker", 2),
               P("RAG: Blue – complete; Green – on track; Amber – some slippage; Red – overdue.", size=9)]
    log = [("SRP-12", "1 Nov 2027", "2027-11-01", "Provide the outcome of the custody healthcare tender.",
            "Contract awarded.", "Blue", "complete"),
           ("SRP-15", "7 Feb 2028", "2028-02-07", "Brief the PCC on the new neighbourhood model.",
            "Briefing arranged for 20 April.", "Green", "outstanding"),
           ("SRP-16", "7 Feb 2028", "2028-02-07", "Send the PCC the stop and search disproportionality figures.",
            "Data quality issue found; resubmission due.", "Amber", "outstanding"),
           ("SRP-17", "7 Feb 2028", "2028-02-07", "Report the cost of agency staff in the control room.",
            "", "Red", "outstanding")]
    rows = [("Ref", "Date set", "Action", "Update", "RAG")]
    for ref, printed, iso, text, update, rag, canon in log:
        rows.append((ref, printed, text, update, rag))
        g.action(iso, None, ref, text, update or None, canon, "status_column", "action_tracker")
    blocks.append(T(tuple(rows), (14, 18, 60, 50, 12), header_rows=1))
    look = register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font,
                   header="Nottinghamshire OPCC – OFFICIAL", footer="SRPM 04.04.2028")
    return render_pdf(blocks, look, "Strategic Resources and Performance Meeting", "Nottinghamshire OPCC"), g


PACKS = {
    "essex-pfcc-prsb-2028-04-11-r40b.pdf": essex,
    "cheshire-pcc-sb-2028-03-21-r40b.docx": cheshire,
    "kent-pcc-pdb-2028-02-08-r40b.pdf": kent,
    "sussex-pcc-pam-2028-01-26-r40b.pdf": sussex,
    "hertfordshire-pcc-sab-2028-03-02-r40b.pdf": hertfordshire,
    "west-mercia-pcc-hta-2028-02-15-r40b.docx": west_mercia,
    "cambridgeshire-pcc-bcb-2028-03-28-r40b.pdf": cambridgeshire,
    "nottinghamshire-pcc-srpm-2028-04-04-r40b.pdf": nottinghamshire,
}


def main(names: list[str]) -> None:
    GOLD.mkdir(exist_ok=True)
    for name, build in PACKS.items():
        if names and not any(n in name for n in names):
            continue
        data, gold = build()
        if name.endswith(".pdf"):
            set_pdf_pages(data, gold)
        (HERE / name).write_bytes(data)
        out = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": gold.records}
        (GOLD / f"{name}.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
        pages = {t: [r["page"] for r in gold.records[t]] for t in ("assurance_decisions", "actions")}
        print(f"{name}: {len(data)} bytes; pages {pages}")


if __name__ == "__main__":
    main(sys.argv[1:])
