"""Round 27b (blind, issue 4): seven whole packs of PCC, PFCC and mayoral offices whose assurance
decisions are printed in forms no earlier round tried. Writes the packs here and their gold to
pending/ (promoted to gold/ once the extractors read them).

    .venv/bin/python samples/corpus/scrutiny-round27b/generate.py

Deterministic: reportlab's invariant mode, fixed zip times, and office_pdf's fixed LibreOffice
bytes. Names, figures and wording are invented.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from render27b import Pack, drop_finds, page_count, render_docx, render_pdf, set_pages, word_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind for round 27b; every record hand-checked against the rendered document and "
           "`scrutiny inspect` by the round's writer.")

LEVEL = {"Assured": "Assured", "Partially assured": "Partly assured", "Partly assured": "Partly assured",
         "Not assured": "Not assured"}


class Gold:
    """The gold records of one pack, written beside its content."""

    def __init__(self) -> None:
        self.records: dict[str, list[dict]] = {
            "documents": [], "meetings": [], "agenda_items": [], "assurance_decisions": [], "actions": [],
            "grades": []}

    def document(self, file_type: str, title: str, force: str, organisation: str, meeting_date: str) -> None:
        self.records["documents"].append({
            "page": None, "file_type": file_type, "doc_kind": "scrutiny_pack", "title": title, "force": force,
            "organisation": organisation, "meeting_date": meeting_date, "publication_date": None, "status": "ok"})

    def meeting(self, meeting_date: str, topic: str | None, organisation: str, title: str, find: str) -> None:
        self.records["meetings"].append({"_find": find, "meeting_date": meeting_date, "topic": topic,
                                         "organisation": organisation, "title": title})

    def agenda(self, meeting_date: str, items: list[tuple[str, str, str | None]], find: str) -> None:
        for number, title, presenter in items:
            self.records["agenda_items"].append({"_find": find, "meeting_date": meeting_date, "number": number,
                                                 "title": title, "presenter": presenter})

    def decision(self, meeting_date: str, topic: str | None, number: str | None, question: str, evidence: str,
                 level: str, commentary: str | None, find: str | None = None) -> None:
        self.records["assurance_decisions"].append({
            "_find": find or question, "meeting_date": meeting_date, "topic": topic, "question_number": number,
            "question": question, "evidence_summary": evidence, "assurance": LEVEL[level],
            "commentary": commentary})

    def action(self, meeting_date: str, topic: str | None, number: str, text: str, update: str | None,
               status: str, find: str) -> None:
        self.records["actions"].append({
            "_find": find, "meeting_date": meeting_date, "topic": topic, "number": number, "text": text,
            "update": update, "status": status, "status_source": "status_column", "source": "action_tracker"})


def finish_pdf(gold: Gold, data: bytes) -> tuple[bytes, dict]:
    set_pages(data, gold.records)
    gold.records["documents"][0]["pages"] = page_count(data)
    return data, gold.records


def finish_docx(gold: Gold, data: bytes) -> tuple[bytes, dict]:
    drop_finds(gold.records)
    return data, gold.records


# ============================================================ 1. Leicestershire: a numbered 1-5 scale

def leicestershire() -> tuple[bytes, dict]:
    """Minutes in paragraphs; each question closes with "Assurance rating: N – Word" on the pack's
    five-point scale; a timed agenda with presenters in brackets; an Open / Closed / Superseded /
    Ongoing log."""
    org = "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"
    title = "Performance Scrutiny Board"
    date, previous, earlier = "2027-03-02", "2027-01-12", "2026-11-10"
    gold, pack = Gold(), Pack()
    gold.document("pdf", title, "Leicestershire Police", org, date)

    pack.p("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR LEICESTER, LEICESTERSHIRE AND RUTLAND", size=9)
    pack.h(title)
    pack.p("Tuesday 2 March 2027, 10:00 to 12:30")
    pack.p("Conference Room 2, Force Headquarters, Enderby")
    pack.p("**Chair:** Police and Crime Commissioner")
    pack.p("**Theme:** Drug supply and county lines")
    gold.meeting(date, "Drug supply and county lines", org, title, "Tuesday 2 March 2027, 10:00 to 12:30")
    pack.h("Agenda", 2)
    agenda = [
        ("10:00", "1", "Welcome, apologies and declarations of interest", None),
        ("10:05", "2", "Minutes of the meeting held on 12 January 2027 and action log", "Head of Governance"),
        ("10:20", "3", "Drug supply and county lines", "Detective Superintendent, Serious and Organised Crime"),
        ("11:30", "4", "Force performance summary", "Head of Performance and Insight"),
        ("12:10", "5", "Any other business", None),
        ("12:25", "6", "Date of next meeting: 11 May 2027", None),
    ]
    pack.table([["**Time**", "**Item**", "**Business**"]]
               + [[time, number, f"{text} ({who})" if who else text] for time, number, text, who in agenda],
               [0.12, 0.08, 0.80])
    gold.agenda(date, [(n, t, w) for _, n, t, w in agenda], "Welcome, apologies and declarations of interest")
    pack.h("The Board's assurance ratings", 2)
    pack.p("The Commissioner rates each question put to the Force on a five-point scale:", size=9)
    pack.table([["**Rating**", "**Meaning**"],
                ["5 – Full", "The Commissioner is assured: the Force's arrangements are effective and well evidenced."],
                ["4 – Substantial", "The Commissioner is assured: arrangements are effective, with minor improvements."],
                ["3 – Reasonable", "The Commissioner is assured that arrangements are in place, though some "
                                   "improvements are needed."],
                ["2 – Limited", "The Commissioner is partially assured: there are significant gaps to close."],
                ["1 – None", "The Commissioner is not assured."]], [0.2, 0.8], size=9)
    pack.page_break()

    minutes_title = "Minutes of the Performance Scrutiny Board held on 12 January 2027"
    topic = "Serious violence"
    pack.h(minutes_title, 2)
    gold.meeting(previous, topic, org, minutes_title, minutes_title)
    pack.p("**Present:** Police and Crime Commissioner (Chair); Chief Executive, OPCC; Deputy Chief Constable; "
           "T/Chief Superintendent, Local Policing; Head of Governance (minutes).")
    pack.h("1. Welcome and apologies", 3)
    pack.p("The Commissioner welcomed those present. Apologies were received from the Chief Finance Officer.")
    pack.h("2. Minutes and action log", 3)
    pack.p("The minutes of 10 November 2026 were agreed. The action log was reviewed; updates are shown below.")
    pack.h("3. Serious violence", 3)
    pack.p("The T/Chief Superintendent presented the Force's report on its work under the serious violence duty, "
           "which had been circulated with the papers. The Commissioner put four questions to the Force.")
    questions = [
        ("1", "How is the Force using the serious violence duty funding to reduce knife crime among people under 25?",
         "Funding pays for two youth intervention workers in the custody suites and a schools programme in six "
         "secondary schools. Knife crime involving under-25s fell by 11 per cent in the year to November.",
         "4 – Substantial", "Assured",
         "The Commissioner welcomed the fall and asked that the schools programme be evaluated before it is extended."),
        ("2", "How quickly are hospital admissions for assault with a sharp object shared with the Force?",
         "The data-sharing agreement with the two acute trusts is signed, but only one trust is sending data, and "
         "monthly rather than weekly.",
         "2 – Limited", "Partially assured",
         "The Commissioner will raise the second trust's data with the Violence Reduction Network board."),
        ("3", "What has the hotspot patrol pilot in the city centre achieved?",
         "Violent crime in the eight patrolled hotspots fell by 17 per cent against the previous summer, with no "
         "sign of displacement to neighbouring streets.",
         "3 – Reasonable", "Assured",
         "The Commissioner asked for the pilot's costs to be set out when the Force proposes to continue it."),
        ("4", "How does the Force know that its serious violence problem profile is up to date?",
         "The profile was last refreshed in 2024. The analyst post that maintains it has been vacant since the spring.",
         "1 – None", "Not assured",
         "The Commissioner asked for a refreshed profile and a plan to fill the analyst post."),
    ]
    for number, question, response, rating, level, comment in questions:
        pack.p(f"**Question {number}:** {question}")
        pack.p(f"**Response:** {response}")
        pack.p(f"**Assurance rating:** {rating}")
        pack.p(f"**PCC's comment:** {comment}")
        gold.decision(previous, topic, number, question, response, level, comment)
    minuted = {
        "PSB 27/02": "Provide the Commissioner with the evaluation plan for the schools programme.",
        "PSB 27/03": "Present a refreshed serious violence problem profile and a plan to fill the analyst post.",
    }
    for ref, text in minuted.items():
        pack.p(f"**Action {ref}:** {text}")
    pack.h("4. Any other business", 3)
    pack.p("None.")
    pack.page_break()

    pack.h("Action log – Performance Scrutiny Board", 2)
    log = [
        ("PSB 26/31", "10/11/2026", earlier, None, "Share the results of the neighbourhood confidence survey with "
         "community safety partnerships.", "Head of Performance", "Shared with all partnerships in December.", "Closed",
         "complete"),
        ("PSB 26/33", "10/11/2026", earlier, None, "Report on the analyst capacity of the serious violence team.",
         "T/Chief Superintendent", "Superseded by PSB 27/03.", "Superseded", "complete"),
        ("PSB 26/34", "10/11/2026", earlier, None, "Review how the force control room records repeat calls about "
         "anti-social behaviour.", "Head of Contact", "Review under way; findings due in April.", "Ongoing",
         "outstanding"),
        ("PSB 27/02", "12/01/2027", previous, topic, minuted["PSB 27/02"], "T/Chief Superintendent",
         "Evaluation plan drafted with the university; to be shared in March.", "Open", "outstanding"),
        ("PSB 27/03", "12/01/2027", previous, topic, minuted["PSB 27/03"], "Deputy Chief Constable",
         "Profile refreshed in February and analyst appointed.", "Closed", "complete"),
    ]
    pack.table([["**Ref**", "**Meeting**", "**Action**", "**Owner**", "**Update**", "**Status**"]]
               + [[ref, shown, text, owner, update, status] for ref, shown, _, _, text, owner, update, status, _ in log],
               [0.11, 0.12, 0.30, 0.14, 0.22, 0.11], size=9)
    for ref, _, meeting, item, text, _, update, _, status in log:
        find = f"Action {ref}:" if ref in minuted else f"{ref} "
        gold.action(meeting, item, ref, text, update, status, find)
    return finish_pdf(gold, render_pdf(pack, title, "OPCC", footer="Performance Scrutiny Board – page {page}"))


# ============================================================ 2. Northamptonshire: colour words, police and fire

def northamptonshire() -> tuple[bytes, dict]:
    """Minutes of a PFCC's Accountability Board covering police and fire; each question's
    "Assurance statement: AMBER." keyed by the pack's colour definitions; a log whose status column
    is a RAG word keyed the same way."""
    org = "Police, Fire and Crime Commissioner for Northamptonshire"
    title = "Accountability Board"
    date, previous, earlier = "2027-02-23", "2026-12-15", "2026-10-13"
    gold, pack = Gold(), Pack()
    gold.document("docx", title, "Northamptonshire Police", org, date)
    pack.p("Police, Fire and Crime Commissioner for Northamptonshire")
    pack.h(title)
    pack.p("Tuesday 23 February 2027 at 14:00, Darby House, Northampton")
    gold.meeting(date, None, org, title, "")
    agenda = [
        ("1", "Welcome and introductions", "PFCC"),
        ("2", "Previous minutes and action log", "Head of Governance"),
        ("3", "Police: Road safety and the fatal four", "Assistant Chief Constable"),
        ("4", "Fire: Business fire safety audits", "Assistant Chief Fire Officer"),
        ("5", "Joint estates and collaboration update", "Chief Finance Officer"),
        ("6", "Any other business", "PFCC"),
    ]
    pack.table([["**Item**", "**Subject**", "**Lead**"]] + [list(row) for row in agenda], [0.1, 0.6, 0.3])
    gold.agenda(date, agenda, "")
    pack.p("**Assurance key:** GREEN – the Commissioner is assured; AMBER – the Commissioner is partially "
           "assured and further work is needed; RED – the Commissioner is not assured.")
    pack.page_break()

    minutes_title = "ACCOUNTABILITY BOARD – Minutes – 15th December 2026"
    pack.h(minutes_title, 2)
    gold.meeting(previous, None, org, minutes_title, "")
    pack.p("**1. Welcome and introductions**")
    pack.p("Attendees:")
    for who in ("PFCC Rachel Okafor (RO)", "Deputy PFCC Tom Levens (TL)", "Chief Executive Helen Marsh (HM)",
                "ACC Daniel Rees (DR)", "ACFO Priya Nandra (PN)", "Head of Governance Lucy Brett (LB)"):
        pack.bullet(who)
    pack.p("RO welcomed everyone to the meeting. Apologies were received from the Chief Constable.")
    pack.p("**2. Previous minutes and action log**")
    pack.bullet("The minutes of 13 October 2026 were agreed. Outstanding actions have been updated on the log.")
    items = [
        ("3. Police: Violence against women and girls", "Police: Violence against women and girls",
         "The Commissioner requires a report that sets out the Force's progress against its violence against women "
         "and girls delivery plan.",
         [("1", "How many stalking protection orders has the Force applied for this year, and how many were granted?",
           ["DR reported 14 applications since April, of which 11 were granted.",
            "A specialist stalking advocate now sits with the public protection unit."],
           "GREEN", "The Commissioner was assured by the rise in orders and thanked the team."),
          ("2", "How does the Force check that officers follow up bail conditions in domestic abuse cases?",
           ["Bail checks are recorded on the custody system, but a dip sample found a third had no record of contact "
            "with the victim."],
           "AMBER", "The Commissioner was partially assured and asked for the dip sample to be repeated in three months.")],
         [("AB/26/51", "Repeat the dip sample of bail checks in domestic abuse cases and report the results.")]),
        ("4. Fire: Home fire safety visits", "Fire: Home fire safety visits",
         "The Commissioner requires a report on the Fire and Rescue Service's prevention work with people most at risk "
         "of fire in the home.",
         [("3", "How does the Service target home fire safety visits at the people most at risk?",
           ["PN explained that referrals from adult social care now make up 38 per cent of visits.",
            "The risk model is refreshed each quarter with health data."],
           "GREEN", "The Commissioner was assured that visits reach the people most at risk."),
          ("4", "Why has the backlog of high-risk visits grown since the summer?",
           ["The backlog stands at 412 visits, up from 160 in June, because of vacancies among prevention staff.",
            "Recruitment to four posts has started but no date was given to clear the backlog."],
           "RED", "The Commissioner was not assured and asked for a recovery plan with dates.")],
         [("AB/26/52", "Provide a recovery plan, with dates, for the backlog of high-risk home fire safety visits.")]),
    ]
    actions_by_ref: dict[str, tuple[str, str]] = {}
    for heading, topic, intro, questions, actions in items:
        pack.p(f"**{heading}**")
        pack.p(intro)
        for number, question, bullets, colour, comment in questions:
            pack.p(f"**Question {number}:** {question}")
            for line in bullets:
                pack.bullet(line)
            pack.p(f"**Assurance statement: {colour}.** {comment}")
            level = {"GREEN": "Assured", "AMBER": "Partially assured", "RED": "Not assured"}[colour]
            gold.decision(previous, topic, number, question, " ".join(bullets), level, comment)
        for ref, text in actions:
            pack.p(f"Action – {ref}: {text}")
            actions_by_ref[ref] = (topic, text)
    pack.p("**5. Any other business**")
    pack.bullet("None.")
    pack.page_break(landscape=True)

    pack.h("Accountability Board – Action log", 2)
    pack.p("RAG status: GREEN – complete; AMBER – in progress and on track; RED – overdue.")
    log = [
        ("AB/26/44", "13/10/2026", earlier, None, "Share the custody healthcare contract's performance figures.",
         "Chief Executive", "Figures shared on 2 November 2026.", "GREEN", "complete"),
        ("AB/26/45", "13/10/2026", earlier, None, "Report on the use of fire stations as community safety hubs.",
         "ACFO", "Report delayed; now due in March 2027.", "RED", "outstanding"),
        ("AB/26/51", "15/12/2026", previous, *actions_by_ref["AB/26/51"], "DR",
         "Dip sample under way; results due at the April Board.", "AMBER", "outstanding"),
        ("AB/26/52", "15/12/2026", previous, *actions_by_ref["AB/26/52"], "PN",
         "Recovery plan received on 20 January 2027.", "GREEN", "complete"),
    ]
    pack.table([["**Ref**", "**Date raised**", "**Action**", "**Owner**", "**Update**", "**RAG**"]]
               + [[ref, shown, text, owner, update, rag] for ref, shown, _, _, text, owner, update, rag, _ in log],
               [0.1, 0.12, 0.34, 0.12, 0.24, 0.08])
    for ref, _, meeting, topic, text, _, update, _, status in log:
        gold.action(meeting, topic, ref, text, update, status, "")
    return finish_docx(gold, render_docx(pack, title, "OPFCC Northamptonshire"))


# ============================================================ 3. Thames Valley: decision record sheets

def thames_valley() -> tuple[bytes, dict]:
    """Notes that refer the decisions to an annex of "Scrutiny Decision Record No. ..." sheets, one per
    question, each a label | value table with a Decision field."""
    org = "Police and Crime Commissioner for Thames Valley"
    title = "Performance and Accountability Meeting"
    date, previous, earlier = "2027-02-09", "2026-12-08", "2026-10-13"
    gold, pack = Gold(), Pack()
    gold.document("pdf", title, "Thames Valley Police", org, date)
    pack.p("Office of the Police and Crime Commissioner for Thames Valley")
    pack.h(title)
    pack.p("Tuesday 9 February 2027, 10:30 – 12:30, Conference Room 1, Police Headquarters South, Kidlington")
    pack.p("**Focus:** Rural crime")
    gold.meeting(date, "Rural crime", org, title, "Tuesday 9 February 2027, 10:30")
    agenda = [
        ("1", "Apologies for absence", None),
        ("2", "Notes of the last meeting and action log", "Governance Manager"),
        ("3", "Rural crime", "Assistant Chief Constable, Local Policing"),
        ("4", "Quarterly performance report", "Head of Performance"),
        ("5", "Any other business", None),
    ]
    pack.table([["**No.**", "**Item**", "**Presenter**"]] + [[n, t, w or ""] for n, t, w in agenda], [0.1, 0.55, 0.35])
    gold.agenda(date, agenda, "Quarterly performance report")
    pack.page_break()

    notes_title = "Performance and Accountability Meeting – Notes of the meeting held on 8 December 2026"
    topic = "Contact management"
    pack.h(notes_title, 2)
    gold.meeting(previous, topic, org, notes_title, notes_title)
    pack.p("**Present:** Police and Crime Commissioner; Deputy PCC; Chief Executive; Chief Constable; Assistant Chief "
           "Constable, Contact and Response; Head of Contact Management; Governance Manager (notes).")
    pack.h("1. Apologies for absence", 3)
    pack.p("Apologies were received from the Chief Finance Officer.")
    pack.h("2. Notes of the last meeting and action log", 3)
    pack.p("The notes of 13 October 2026 were agreed as a true record. The action log was noted.")
    pack.h("3. Contact management", 3)
    pack.p("The Assistant Chief Constable presented the Force's report on 999 and 101 call handling and the online "
           "reporting service. The PCC put three questions to the Force. His decision on each is recorded in the "
           "Scrutiny Decision Records at Annex A.")
    minuted = {"PAM 26/61": "Share the 101 call-back pilot evaluation with the PCC's office.",
               "PAM 26/62": "Provide a plan for reducing abandoned 101 calls, with monthly milestones."}
    pack.p("**Actions agreed:**")
    for ref, text in minuted.items():
        pack.p(f"{ref} – {text}")
    pack.h("4. Any other business", 3)
    pack.p("There was no other business.")
    pack.page_break()

    pack.h("Action log", 2)
    log = [
        ("PAM 26/48", "13/10/2026", earlier, None, "Circulate the rural crime taskforce's annual report.",
         "Head of Rural Crime", "Circulated on 28 October 2026.", "Complete", "complete"),
        ("PAM 26/61", "08/12/2026", previous, topic, minuted["PAM 26/61"], "Head of Contact Management",
         "Evaluation shared on 12 January 2027.", "Complete", "complete"),
        ("PAM 26/62", "08/12/2026", previous, topic, minuted["PAM 26/62"], "ACC Contact and Response",
         "Draft plan under review by the Chief Officer Group.", "In progress", "outstanding"),
    ]
    pack.table([["**Ref**", "**Raised**", "**Action**", "**Lead**", "**Update**", "**Status**"]]
               + [[ref, shown, text, lead, update, status] for ref, shown, _, _, text, lead, update, status, _ in log],
               [0.11, 0.12, 0.3, 0.16, 0.19, 0.12], size=9)
    for ref, _, meeting, item, text, _, update, _, status in log:
        gold.action(meeting, item, ref, text, update, status, f"{ref} – {text[:20]}" if ref in minuted else f"{ref} 13/10")
    records = [
        ("SDR 26/19", "1", "What proportion of 999 calls were answered within ten seconds in each of the last six months?",
         "The Force's call handling report for June to November 2026: between 86 and 91 per cent of 999 calls were "
         "answered within ten seconds, against the national standard of 90 per cent.",
         "Partially assured",
         "Performance met the national standard in only two of the six months. The PCC will review it again in June."),
        ("SDR 26/20", "2", "How is the Force reducing the number of abandoned 101 calls?",
         "The report and the Head of Contact Management's presentation: 24 per cent of 101 calls were abandoned in "
         "November. A call-back pilot has started, but no target or timetable was given for reducing abandonment.",
         "Not assured",
         "Without a plan and milestones the PCC cannot judge whether abandonment will fall. Action PAM 26/62 was agreed."),
        ("SDR 26/21", "3", "How does the Force make sure that reports made online are assessed for risk as quickly as "
                            "calls?",
         "The online reporting dashboard: every online report is triaged by the same team within four hours, and "
         "reports that mention a risk to a person are flagged for review within thirty minutes.",
         "Assured",
         "The PCC was satisfied that online reports are assessed as quickly as calls."),
    ]
    pack.page_break()
    pack.h("Annex A – Scrutiny Decision Records", 2)
    for index, (number, question_number, question, considered, decision, reasons) in enumerate(records):
        if index:
            pack.page_break()
        pack.h(f"Scrutiny Decision Record No. {number}", 3)
        pack.table([
            ["**Meeting**", "Performance and Accountability Meeting, 8 December 2026"],
            ["**Agenda item**", "3. Contact management"],
            ["**Question number**", question_number],
            ["**Question**", question],
            ["**Information considered**", considered],
            ["**Decision**", decision],
            ["**Reasons for the decision**", reasons],
            ["**Signed**", "Police and Crime Commissioner for Thames Valley\nDate: 15 December 2026"],
        ], [0.3, 0.7], header=False)
        gold.decision(previous, topic, question_number, question, considered, decision, reasons)
    return finish_pdf(gold, word_pdf(pack, title, "OPCC Thames Valley"))


# ============================================================ 4. Avon and Somerset: assurance per recommendation

def avon_somerset() -> tuple[bytes, dict]:
    """The Board tracks the recommendations of a joint custody inspection, and the Commissioner gives
    her level of assurance on each recommendation in the tracker table."""
    org = "Police and Crime Commissioner for Avon and Somerset"
    title = "Governance and Scrutiny Board"
    date, previous, earlier = "2027-03-09", "2027-01-19", "2026-11-17"
    gold, pack = Gold(), Pack()
    gold.document("pdf", title, "Avon and Somerset Constabulary", org, date)
    pack.p("Police and Crime Commissioner for Avon and Somerset")
    pack.h(title)
    pack.p("Tuesday 9 March 2027 at 13:30, Valley Road, Portishead, and online")
    pack.p("**Topic:** Neighbourhood policing and community confidence")
    gold.meeting(date, "Neighbourhood policing and community confidence", org, title, "Tuesday 9 March 2027 at 13:30")
    agenda = [
        ("1", "Apologies and declarations of interest", "Chair", "–"),
        ("2", "Notes of the meeting on 19 January 2027 and action log", "Governance Lead", "Paper A"),
        ("3", "Neighbourhood policing and community confidence", "Chief Superintendent, Neighbourhood Policing",
         "Paper B"),
        ("4", "Custody inspection recommendations: update", "Superintendent, Custody", "Paper C"),
        ("5", "Any other business", "Chair", "–"),
    ]
    pack.table([["**Item**", "**Title**", "**Presenter**", "**Paper**"]] + [list(row) for row in agenda],
               [0.08, 0.47, 0.33, 0.12])
    gold.agenda(date, [(n, t, w) for n, t, w, _ in agenda], "Custody inspection recommendations: update")
    pack.page_break()

    notes_title = "Governance and Scrutiny Board – Notes – 19 January 2027"
    topic = "Custody inspection recommendations"
    pack.h(notes_title, 2)
    gold.meeting(previous, topic, org, notes_title, notes_title)
    pack.p("**Attendees:** Police and Crime Commissioner (Chair); Deputy Chief Constable; Chief Executive, OPCC; "
           "Superintendent, Custody; Head of Criminal Justice; Governance Lead (notes).")
    pack.h("1. Apologies and declarations of interest", 3)
    pack.p("Apologies were received from the Chief Constable. No interests were declared.")
    pack.h("2. Notes of the meeting on 17 November 2026 and action log", 3)
    pack.p("The notes were agreed. The action log is attached.")
    pack.h(f"3. {topic}", 3)
    pack.p("The joint inspection of the Constabulary's custody suites by HMICFRS and HM Inspectorate of Prisons, "
           "published in June 2026, made four recommendations. The Board tracks the Constabulary's progress on each. "
           "For each recommendation the Commissioner records whether she is assured that it has been met, using the "
           "levels Assured, Partially assured and Not assured.")
    recommendations = [
        ("R1", "The force should make sure that detainees' risk assessments are reviewed by a custody sergeant at "
               "every change of shift.",
         "Shift handover now includes a review of every risk assessment, recorded on the custody system. An audit in "
         "December found a review recorded for 97 per cent of detainees.",
         "Assured", "The Commissioner considers this recommendation met."),
        ("R2", "The force should make sure that children are not held in custody overnight unless it is unavoidable, "
               "and that the reasons are recorded.",
         "Overnight detentions of children fell from 41 to 23 in the last six months. Alternative accommodation is "
         "requested every time, but the local authority has accommodation for only two children.",
         "Partially assured", "Progress is clear, but the Commissioner will raise the shortage of accommodation with the "
                              "local authorities."),
        ("R3", "The force should improve the recording of the use of force in custody so that it can be monitored.",
         "A new use of force form for custody goes live in April 2027. Until then recording is on paper and not "
         "collated.",
         "Not assured", "No monitoring is possible until the form is live; the Commissioner asked for a date for "
                        "the first monitoring report."),
        ("R4", "The force should make sure that all detainees are offered a copy of PACE Code C in a language they "
               "understand.",
         "Translated copies are held in all custody suites. A dip sample found the offer recorded in 88 per cent of "
         "cases.",
         "Partially assured", "The Commissioner asked for the offer to be made a mandatory field."),
    ]
    pack.table([["**Rec.**", "**Recommendation**", "**Force update**", "**Commissioner's assurance**", "**Comment**"]]
               + [[ref, rec, update, f"**{level}**", comment] for ref, rec, update, level, comment in recommendations],
               [0.07, 0.26, 0.3, 0.14, 0.23], size=8.5)
    for ref, rec, update, level, comment in recommendations:
        gold.decision(previous, topic, ref, rec, update, level, comment)
    minuted = {"GSB 27/04": "Provide a date for the first report monitoring the use of force in custody.",
               "GSB 27/05": "Make the offer of PACE Code C a mandatory field on the custody system."}
    for ref, text in minuted.items():
        pack.p(f"**Action {ref}:** {text}")
    pack.h("4. Any other business", 3)
    pack.p("None.")
    pack.page_break()

    pack.h("Action log", 2)
    log = [
        ("GSB 26/29", "17/11/2026", earlier, "Victims' services", "Share the victim satisfaction survey results by "
         "local policing area.", "Results shared on 4 December 2026.", "Complete", "complete"),
        ("GSB 26/30", "17/11/2026", earlier, "Victims' services", "Report on compliance with the Victims' Code "
         "in the witness care unit.", "Due at the May Board.", "Not yet due", "outstanding"),
        ("GSB 27/04", "19/01/2027", previous, topic, minuted["GSB 27/04"],
         "First report to be presented in July 2027.", "Complete", "complete"),
        ("GSB 27/05", "19/01/2027", previous, topic, minuted["GSB 27/05"],
         "Change requested from the system supplier.", "Open", "outstanding"),
    ]
    pack.table([["**Ref**", "**Raised**", "**Topic**", "**Action**", "**Update**", "**Status**"]]
               + [[ref, shown, item, text, update, status] for ref, shown, _, item, text, update, status, _ in log],
               [0.11, 0.11, 0.16, 0.3, 0.2, 0.12], size=9)
    for ref, _, meeting, item, text, update, _, status in log:
        gold.action(meeting, item, ref, text, update, status, f"Action {ref}:" if ref in minuted else f"{ref} ")
    return finish_pdf(gold, render_pdf(pack, title, "OPCC Avon and Somerset", family="DejaVuSerif"))


# ============================================================ 5. Cheshire: numbered minute paragraphs

def cheshire() -> tuple[bytes, dict]:
    """Minutes numbered as paragraphs (13.1, 13.2, ...) with the level in a bold run-in label; a log
    whose only status is a "Date completed" column."""
    org = "Police and Crime Commissioner for Cheshire"
    title = "Accountability and Scrutiny Board"
    date, previous = "2027-02-17", "2026-12-09"
    gold, pack = Gold(), Pack()
    gold.document("docx", title, "Cheshire Constabulary", org, date)
    pack.p("POLICE AND CRIME COMMISSIONER FOR CHESHIRE")
    pack.h(title)
    pack.p("Wednesday 17 February 2027, 10:00, Clemonds Hey, Winsford")
    pack.p("**Theme:** Missing people")
    gold.meeting(date, "Missing people", org, title, "")
    agenda = [
        ("1", "Apologies and declarations of interest", None, "10:00"),
        ("2", "Minutes of the last meeting and action log", "Head of Business Services", "10:05"),
        ("3", "Missing people", "Detective Chief Inspector, Public Protection", "10:15"),
        ("4", "Estates strategy update", "Director of Resources", "11:15"),
        ("5", "Any other business", None, "11:45"),
    ]
    pack.table([["**Item**", "**Title**", "**Presenter**", "**Time**"]] + [[n, t, w or "", tm] for n, t, w, tm in agenda],
               [0.08, 0.47, 0.33, 0.12])
    gold.agenda(date, [(n, t, w) for n, t, w, _ in agenda], "")
    pack.page_break()

    minutes_title = "Minutes of the Accountability and Scrutiny Board held on Wednesday 9 December 2026"
    topic = "Neighbourhood policing and anti-social behaviour"
    pack.h(minutes_title, 2)
    gold.meeting(previous, topic, org, minutes_title, "")
    pack.p("**Present:** Police and Crime Commissioner (Chair), Chief Executive, Deputy Chief Constable, "
           "Chief Superintendent Local Policing, Head of Business Services (minutes).")
    pack.h("11. Apologies and declarations of interest", 3)
    pack.p("11.1 Apologies were received from the Chief Constable. There were no declarations of interest.")
    pack.h("12. Minutes of the last meeting and action log", 3)
    pack.p("12.1 The minutes of the meeting held on 14 October 2026 were approved as a correct record.")
    pack.p("12.2 The action log was reviewed and updated.")
    pack.h(f"13. {topic}", 3)
    pack.p("13.1 The Chief Superintendent Local Policing introduced the report, which set out the Constabulary's "
           "neighbourhood policing model and its response to anti-social behaviour.")
    questions = [
        ("1", "How many neighbourhood officers were abstracted to response duties in the last quarter?",
         "The Chief Superintendent said that abstractions fell to 6 per cent of neighbourhood shifts in the quarter, "
         "from 14 per cent a year earlier, after the new abstraction policy.",
         "Assured", "The PCC was assured that the abstraction policy is working and asked that the figure stay on the "
                    "performance report."),
        ("2", "How does the Constabulary identify repeat victims of anti-social behaviour?",
         "Repeat callers are flagged by the control room system after three calls in 28 days. The flag is not yet "
         "shared with the council's anti-social behaviour teams.",
         "Partially assured", "The PCC was partially assured and asked that the flag be shared with the councils."),
        ("3", "What use has been made of the new closure powers in the last six months?",
         "Two closure orders were obtained. The Constabulary could not say how many premises had been considered "
         "for closure.",
         "Not assured", "The PCC was not assured that the powers are being considered where they could help, and "
                        "asked for a review."),
    ]
    paragraph = 2
    for number, question, response, level, comment in questions:
        pack.p(f"13.{paragraph} **Question {number}** – {question}")
        pack.p(f"13.{paragraph + 1} {response}")
        pack.p(f"13.{paragraph + 2} **Assurance – {level}.** {comment}")
        gold.decision(previous, topic, number, question, response, level, comment)
        paragraph += 3
    minuted = {"ASB 26/38": "Share the repeat-caller flag with the councils' anti-social behaviour teams.",
               "ASB 26/39": "Review the use of closure powers across the local policing units."}
    for ref, text in minuted.items():
        pack.p(f"13.{paragraph} **Action {ref}:** {text}")
        paragraph += 1
    pack.h("14. Any other business", 3)
    pack.p("14.1 There was no other business.")
    pack.page_break(landscape=True)

    pack.h("Action log", 2)
    log = [
        ("ASB 26/31", "8.3", None, "Publish the stop and search scrutiny panel's findings.", "Head of Business Services",
         "30/11/2026", "04/11/2026", "complete"),
        ("ASB 26/33", "9.4", None, "Report the results of the rural crime survey.", "Chief Superintendent",
         "31/01/2027", "", "outstanding"),
        ("ASB 26/38", "13.11", previous, minuted["ASB 26/38"], "Chief Superintendent", "31/01/2027", "22/01/2027",
         "complete"),
        ("ASB 26/39", "13.12", previous, minuted["ASB 26/39"], "Chief Superintendent", "31/03/2027", "",
         "outstanding"),
    ]
    pack.table([["**Ref**", "**Minute**", "**Action**", "**Owner**", "**Due date**", "**Date completed**"]]
               + [[ref, minute, text, owner, due, done] for ref, minute, _, text, owner, due, done, _ in log],
               [0.1, 0.1, 0.4, 0.16, 0.12, 0.12])
    # The log dates no row: a minute number of this meeting's minutes (13.x) dates it; the earlier
    # minutes (8.3, 9.4) are not in the pack, so those rows' meeting is unknown.
    for ref, _, meeting, text, _, _, _, status in log:
        gold.action(meeting, topic if meeting == previous else None, ref, text, None, status, "")
    return finish_docx(gold, render_docx(pack, title, "OPCC Cheshire"))


# ============================================================ 6. Gwent: Welsh and English side by side

def gwent() -> tuple[bytes, dict]:
    """A bilingual pack laid out in two columns, Welsh on the left and English on the right, the
    level a bold run-in label on both sides; a log whose cells hold both languages."""
    org = "Police and Crime Commissioner for Gwent"
    title = "Strategy and Performance Board"
    date, previous, earlier = "2027-02-25", "2026-12-10", "2026-10-22"
    gold, pack = Gold(), Pack()
    gold.document("pdf", title, "Gwent Police", org, date)
    pack.table([
        ["Comisiynydd Heddlu a Throseddu Gwent", "Police and Crime Commissioner for Gwent"],
        ["**Bwrdd Strategaeth a Pherfformiad**", "**Strategy and Performance Board**"],
        ["Dydd Iau 25 Chwefror 2027, 10:00, Pencadlys yr Heddlu, Cwmbrân",
         "Thursday 25 February 2027, 10:00, Police Headquarters, Cwmbran"],
        ["**Thema:** Troseddau casineb", "**Theme:** Hate crime"],
    ], [0.5, 0.5], header=False, borders=False)
    gold.meeting(date, "Hate crime", org, title, "Thursday 25 February 2027, 10:00")
    agenda = [
        ("1", "Croeso ac ymddiheuriadau", "Welcome and apologies", "Comisiynydd", "Commissioner"),
        ("2", "Nodiadau'r cyfarfod diwethaf a'r log gweithredu", "Notes of the last meeting and action log",
         "Rheolwr Llywodraethu", "Governance Manager"),
        ("3", "Troseddau casineb", "Hate crime", "Prif Uwch-arolygydd", "Chief Superintendent"),
        ("4", "Adroddiad perfformiad chwarterol", "Quarterly performance report", "Pennaeth Perfformiad",
         "Head of Performance"),
        ("5", "Unrhyw fater arall", "Any other business", "Comisiynydd", "Commissioner"),
    ]
    pack.table([["**Eitem / Item**", "**Teitl**", "**Title**", "**Cyflwynydd / Presenter**"]]
               + [[n, cy, en, f"{who_cy} / {who_en}"] for n, cy, en, who_cy, who_en in agenda],
               [0.12, 0.3, 0.3, 0.28])
    gold.agenda(date, [(n, en, who) for n, _, en, _, who in agenda], "Cyflwynydd / Presenter")
    pack.page_break()

    notes_title = "Notes of the Strategy and Performance Board – 10 December 2026"
    topic = "Roads policing"
    gold.meeting(previous, topic, org, notes_title, notes_title)
    rows = [
        [f"**Nodiadau'r Bwrdd Strategaeth a Pherfformiad – 10 Rhagfyr 2026**", f"**{notes_title}**"],
        ["**1. Croeso ac ymddiheuriadau**", "**1. Welcome and apologies**"],
        ["Croesawodd y Comisiynydd bawb. Cafwyd ymddiheuriadau gan y Prif Gwnstabl.",
         "The Commissioner welcomed everyone. Apologies were received from the Chief Constable."],
        ["**2. Nodiadau'r cyfarfod diwethaf a'r log gweithredu**", "**2. Notes of the last meeting and action log**"],
        ["Cytunwyd ar nodiadau 22 Hydref 2026.", "The notes of 22 October 2026 were agreed."],
        ["**3. Plismona'r ffyrdd**", f"**3. {topic}**"],
        ["Cyflwynodd y Prif Arolygydd adroddiad yr Heddlu ar blismona'r ffyrdd. Gofynnodd y Comisiynydd dri "
         "chwestiwn.",
         "The Chief Inspector presented the Force's report on roads policing. The Commissioner asked three questions."],
    ]
    questions = [
        ("1",
         "Sut mae'r Heddlu yn targedu'r ffyrdd lle mae'r nifer fwyaf o bobl yn cael eu lladd neu eu hanafu'n "
         "ddifrifol?",
         "How is the Force targeting the roads where most people are killed or seriously injured?",
         "Mae'r Heddlu yn defnyddio data gwrthdrawiadau i ddewis 12 llwybr blaenoriaeth. Mae patrolau ar y llwybrau "
         "hyn wedi dyblu.",
         "The Force uses collision data to choose 12 priority routes. Patrols on these routes have doubled since "
         "the summer.",
         "Sicr", "Assured", "Roedd y Comisiynydd yn fodlon bod y gwaith wedi'i dargedu'n dda.",
         "The Commissioner was satisfied that the work is well targeted."),
        ("2", "Faint o yrwyr a brofwyd am gyffuriau yn ystod ymgyrch y Nadolig?",
         "How many drivers were tested for drugs during the Christmas campaign?",
         "Profwyd 318 o yrwyr; roedd 96 yn bositif. Mae'r labordy yn cymryd hyd at wyth wythnos i gadarnhau "
         "canlyniadau.",
         "318 drivers were tested and 96 were positive. The laboratory is taking up to eight weeks to confirm results.",
         "Sicr yn rhannol", "Partially assured",
         "Gofynnodd y Comisiynydd am gynllun i leihau'r oedi yn y labordy.",
         "The Commissioner asked for a plan to reduce the laboratory delays."),
        ("3", "Sut mae'r Heddlu yn defnyddio lluniau camera gan y cyhoedd?",
         "How is the Force using camera footage submitted by the public?",
         "Mae 1,240 o gyflwyniadau yn aros i gael eu hadolygu. Nid oes gan yr uned staff i'w clirio.",
         "1,240 submissions are waiting to be reviewed. The unit does not have the staff to clear them.",
         "Ddim yn sicr", "Not assured",
         "Nid oedd y Comisiynydd yn sicr y gall yr uned ymdopi, a gofynnodd am adolygiad o'r staffio.",
         "The Commissioner was not assured that the unit can cope, and asked for a review of its staffing."),
    ]
    for number, q_cy, q_en, r_cy, r_en, level_cy, level_en, c_cy, c_en in questions:
        rows += [[f"**Cwestiwn {number}:** {q_cy}", f"**Question {number}:** {q_en}"],
                 [f"**Ymateb:** {r_cy}", f"**Response:** {r_en}"],
                 [f"**Lefel sicrwydd: {level_cy}.** {c_cy}", f"**Level of assurance: {level_en}.** {c_en}"]]
        gold.decision(previous, topic, number, q_en, r_en, level_en, c_en)
    minuted = {
        "SPB 26/22": ("Cyflwyno cynllun i leihau'r oedi wrth gadarnhau profion cyffuriau.",
                      "Present a plan to reduce delays in confirming drug test results."),
        "SPB 26/23": ("Adolygu staffio'r uned sy'n adolygu lluniau camera gan y cyhoedd.",
                      "Review the staffing of the unit that reviews camera footage from the public."),
    }
    for ref, (cy, en) in minuted.items():
        rows.append([f"**Cam gweithredu {ref}:** {cy}", f"**Action {ref}:** {en}"])
    rows += [["**4. Unrhyw fater arall**", "**4. Any other business**"], ["Dim.", "None."]]
    pack.table(rows, [0.5, 0.5], header=False, borders=False)
    pack.page_break()

    pack.table([["**Log gweithredu**", "**Action log**"]], [0.5, 0.5], header=False, borders=False)
    log = [
        ("SPB 26/17", "22/10/2026", earlier, None,
         "Rhannu canlyniadau'r arolwg hyder cymunedol.", "Share the results of the community confidence survey.",
         "Rhannwyd ar 5 Tachwedd 2026.", "Shared on 5 November 2026.", "Cwblhawyd / Complete", "complete"),
        ("SPB 26/22", "10/12/2026", previous, topic, *minuted["SPB 26/22"],
         "Cynllun wedi dod i law ar 2 Chwefror 2027.", "Plan received on 2 February 2027.", "Cwblhawyd / Complete",
         "complete"),
        ("SPB 26/23", "10/12/2026", previous, topic, *minuted["SPB 26/23"],
         "Adolygiad ar y gweill.", "Review under way.", "Ar agor / Open", "outstanding"),
    ]
    pack.table([["**Cyf. / Ref**", "**Dyddiad / Raised**", "**Cam gweithredu / Action**", "**Diweddariad / Update**",
                 "**Statws / Status**"]]
               + [[ref, shown, f"{text_cy}\n{text_en}", f"{upd_cy}\n{upd_en}", status]
                  for ref, shown, _, _, text_cy, text_en, upd_cy, upd_en, status, _ in log],
               [0.11, 0.13, 0.34, 0.28, 0.14], size=9)
    for ref, _, meeting, item, _, text_en, _, upd_en, _, status in log:
        gold.action(meeting, item, ref, text_en, upd_en, status,
                    f"Action {ref}:" if ref in minuted else f"{ref} ")
    return finish_pdf(gold, word_pdf(pack, title, "OPCC Gwent", size=10))


# ============================================================ 7. York and North Yorkshire: a webcast transcript

def york_north_yorkshire() -> tuple[bytes, dict]:
    """A mayor's Public Accountability Meeting published as an edited transcript of its webcast, with
    timestamps and speaker labels; the Mayor gives her level after each question's answer."""
    org = "Mayor of York and North Yorkshire"
    title = "Public Accountability Meeting"
    date, previous, earlier = "2027-03-11", "2027-01-21", "2026-11-19"
    gold, pack = Gold(), Pack()
    gold.document("pdf", title, "North Yorkshire Police", org, date)
    pack.p("York and North Yorkshire Combined Authority", size=9)
    pack.h(f"{title} – Policing")
    pack.p("Thursday 11 March 2027, 10:00, broadcast live on the Combined Authority's YouTube channel")
    pack.p("**Chair:** Mayor of York and North Yorkshire")
    pack.p("**Theme:** Business and retail crime")
    gold.meeting(date, "Business and retail crime", org, f"{title} – Policing", "Thursday 11 March 2027, 10:00")
    agenda = [
        ("1", "Welcome and introductions", "Mayor"),
        ("2", "Transcript of the last meeting and action log", "Head of Policing Policy"),
        ("3", "Business and retail crime", "Assistant Chief Constable"),
        ("4", "Questions from the public", "Mayor"),
        ("5", "Close", "Mayor"),
    ]
    for number, text, who in agenda:
        pack.p(f"{number}. {text} ({who})")
    gold.agenda(date, agenda, "Welcome and introductions")
    gold.records["documents"][0]["title"] = f"{title} – Policing"
    pack.page_break()

    heading = "Public Accountability Meeting – transcript of the webcast, 21 January 2027"
    topic = "Anti-social behaviour"
    pack.h(heading, 2)
    gold.meeting(previous, topic, org, heading, heading)
    pack.p("*This is an edited transcript of the meeting's webcast. Times refer to the recording. The Mayor gives her "
           "level of assurance on each question when its discussion ends: assured, partially assured or not assured.*",
           size=9)
    turns = [
        ("00:00:12", "MAYOR", "Good morning and welcome to this Public Accountability Meeting. I'm joined by the Chief "
                              "Constable and Assistant Chief Constable Dale. The theme today is anti-social behaviour. "
                              "I have three questions for the Force."),
        ("00:01:40", "MAYOR", "First, the notes of the last meeting and the action log. The log is published with the "
                              "papers and I'm content with the updates."),
    ]
    questions = [
        ("1", "How many anti-social behaviour hotspots has the Force identified, and how are they being patrolled?",
         "We have 31 hotspots across the county, chosen from calls and council data. Each has a named neighbourhood "
         "sergeant and a patrol plan, and reports in those areas are down 14 per cent since the summer.",
         "Assured", "Thank you. On question one I'm assured. The patrol plans are clearly working and I'd like to see "
                    "the hotspot list shared with the district councils."),
        ("2", "How quickly does the Force respond when a victim reports anti-social behaviour for the third time?",
         "Repeat victims are flagged on the third call and should get a visit within 48 hours. In December 62 per cent "
         "did. The rural areas are where we fall short.",
         "Partially assured", "On question two I'm partially assured. Sixty-two per cent is not good enough for "
                              "people who have called us three times, and I'll want that figure at the next meeting."),
        ("3", "What is the Force doing about off-road bikes causing nuisance on the moors?",
         "We have two off-road bikes and trained riders, but they were out on only nine days last quarter because of "
         "abstractions. We don't yet have a plan to change that.",
         "Not assured", "On question three I'm not assured. I'd like a plan for the off-road team before the spring."),
    ]
    times = iter(["00:03:05", "00:03:31", "00:07:48", "00:09:02", "00:09:30", "00:14:11", "00:15:40", "00:16:02",
                  "00:20:37"])
    words = {"1": "one", "2": "two", "3": "three"}
    for number, question, answer, level, verdict in questions:
        turns.append((next(times), "MAYOR", f"Question {words[number]}. {question}"))
        turns.append((next(times), "ACC DALE", answer))
        turns.append((next(times), "MAYOR", verdict))
        gold.decision(previous, topic, number, question, answer, level, verdict)
    minuted = {"PAM 27/03": "Share the list of anti-social behaviour hotspots with the district councils.",
               "PAM 27/04": "Provide a plan for the off-road bike team before the spring."}
    turns.append(("00:21:15", "HEAD OF POLICING POLICY", "For the record, the actions I have are these. "
                  + " ".join(f"{ref}: {text}" for ref, text in minuted.items())))
    turns.append(("00:21:50", "MAYOR", "Thank you. That closes the meeting. The next meeting is on 11 March."))
    for time, speaker, text in turns:
        pack.p(f"[{time}] **{speaker}:** {text}")
    pack.page_break()

    pack.h("Action log – Public Accountability Meeting (Policing)", 2)
    log = [
        ("PAM 26/41", "19/11/2026", earlier, None, "Publish the Force's response times by district.",
         "Published on the Force website in December 2026.", "Closed", "complete"),
        ("PAM 27/03", "21/01/2027", previous, topic, minuted["PAM 27/03"], "Shared on 3 February 2027.", "Closed",
         "complete"),
        ("PAM 27/04", "21/01/2027", previous, topic, minuted["PAM 27/04"], "Plan being drafted.", "Open",
         "outstanding"),
    ]
    pack.table([["**Ref**", "**Meeting**", "**Action**", "**Update**", "**Status**"]]
               + [[ref, shown, text, update, status] for ref, shown, _, _, text, update, status, _ in log],
               [0.12, 0.13, 0.4, 0.23, 0.12], size=9)
    for ref, _, meeting, item, text, update, _, status in log:
        gold.action(meeting, item, ref, text, update, status,
                    "For the record, the actions" if ref in minuted else f"{ref} ")
    return finish_pdf(gold, render_pdf(pack, title, "York and North Yorkshire Combined Authority",
                                       footer="Page {page}"))


PACKS = {
    "leicestershire-opcc-psb-2027-03-02.pdf": leicestershire,
    "northamptonshire-pfcc-ab-2027-02-23.docx": northamptonshire,
    "thames-valley-pcc-pam-2027-02-09.pdf": thames_valley,
    "avon-somerset-pcc-gsb-2027-03-09.pdf": avon_somerset,
    "cheshire-pcc-asb-2027-02-17.docx": cheshire,
    "gwent-pcc-spb-2027-02-25.pdf": gwent,
    "york-north-yorkshire-mayor-pam-2027-03-11.pdf": york_north_yorkshire,
}


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    only = set(sys.argv[1:])
    for name, build in PACKS.items():
        if only and name not in only:
            continue
        data, records = build()
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        print(f"{name}: {len(data)} bytes; {', '.join(f'{t} {len(r)}' for t, r in records.items())}")


if __name__ == "__main__":
    main()
