"""Scrutiny round 10b (issue 4): a second batch of three full-length PCC packs, written
blind like round 10 and built with its helpers (../scrutiny-round10/generate.py: gold
record builders, PDF page finding, the merged-column table). Gold in ./gold/.

    .venv/bin/python samples/corpus/scrutiny-round10b/generate.py
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("round10_generate", HERE.parent / "scrutiny-round10" / "generate.py")
r10 = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = r10  # dataclasses look their module up while the module loads
_spec.loader.exec_module(r10)

H, P, Bul, Num, T, Break = r10.H, r10.P, r10.Bul, r10.Num, r10.T, r10.Break
GREEN, AMBER, RED = r10.GREEN, r10.AMBER, r10.RED
GREEN_FILL, AMBER_FILL, RED_FILL = r10.GREEN_FILL, r10.AMBER_FILL, r10.RED_FILL
decision, action, agenda, document, meeting = r10.decision, r10.action, r10.agenda, r10.document, r10.meeting


def iso(day_month_year: str) -> str:
    """"dd/mm/yyyy" as an ISO date."""
    return f"{day_month_year[6:]}-{day_month_year[3:5]}-{day_month_year[:2]}"


# ---------------------------------------------------------------------------
# 1. Derbyshire: a Strategic Priorities Assurance Board pack (Word). The earlier
# Derbyshire pack (round 3) was an upper-case PDF of minutes with "RESOLVED:"
# sentences and coloured dots; this one is Word: Question | Response | PCC Decision
# cells opening "PCC Decision: <level>" over the PCC's comment, and a log whose RAG
# cell is shading only under a key.
# ---------------------------------------------------------------------------

def derbyshire() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for Derbyshire"
    date, prev = "2026-01-19", "2025-11-17"
    topic = "Drugs and Organised Crime"
    notes_title = "Strategic Priorities Assurance Board - Notes of meeting held on 17 November 2025"
    agenda_rows = [
        ("1", "Apologies", "PCC"),
        ("2", "Declarations of interest", "All"),
        ("3", "Notes and actions of the meeting held on 17 November 2025", "PCC"),
        ("4", "Neighbourhood crime: burglary, robbery and vehicle crime", "Derbyshire Constabulary"),
        ("5", "Police and Crime Plan delivery dashboard", "Head of Strategy"),
        ("6", "Any other business", "PCC"),
    ]
    blocks: list = [
        P("**Office of the Police and Crime Commissioner for Derbyshire**"),
        P("Butterley Hall, Ripley, Derbyshire DE5 3RS", size=9),
        H("Strategic Priorities Assurance Board", 1),
        P("Monday 19 January 2026, 2.00pm, Conference Room 1, Butterley Hall"),
        H("Agenda", 2),
        T(rows=(("Item", "Subject", "Lead"),) + tuple(agenda_rows), widths=(10, 64, 26), header_rows=1),
        H("Cover report - item 3", 2),
        P("**Recommendation:** the Commissioner is asked to approve the notes of the meeting held on 17 "
          "November 2025 and to note the status of actions."),
        P("Under the Board's terms of reference the Commissioner records one of the following decisions on "
          "each question: **Assured** (the response and evidence give confidence that the matter is being "
          "managed effectively); **Partially assured** (some confidence, with further work or information "
          "needed); **Not assured** (little or no confidence; the matter will be revisited)."),
        P("Members of the public can be assured that the notes are an accurate summary; the full recording of "
          "the meeting is available on the Commissioner's website."),
        H(notes_title, 2),
        P("Present: Police and Crime Commissioner (Chair); Deputy PCC; Chief Executive; Chief Constable; "
          "Assistant Chief Constable (Crime and Operations); Detective Superintendent, Serious and Organised "
          "Crime Unit."),
        P("Topic: Drugs and Organised Crime"),
    ]
    questions = [
        ("1", "How does the Constabulary identify and disrupt county lines operating into Derbyshire?",
         ["Forty-one county lines were identified in 2025; twenty-six were closed, with 58 arrests.",
          "The Constabulary uses the regional organised crime unit's intelligence and carries out joint "
          "operations with neighbouring forces during national intensification weeks."],
         "assured", "Assured",
         "The Commissioner commended the number of lines closed and the joint working with neighbouring "
         "forces."),
        ("2", "What support is given to children exploited by drug gangs, and how is this coordinated with "
         "the local authorities?",
         ["Children found in county lines are referred through the National Referral Mechanism; 37 referrals "
          "were made in 2025.",
          "A multi-agency exploitation hub is being planned with the city and county councils but has no "
          "start date."],
         "partly", "Partially assured",
         "The Commissioner asked for a timetable for the exploitation hub and the number of children "
         "supported after referral."),
        ("3", "How is the Constabulary using the proceeds of crime legislation against organised crime "
         "groups?",
         ["Confiscation orders worth £1.2m were obtained in 2024/25. The financial investigation unit has "
          "four vacancies out of fourteen posts.",
          "Cash seizures fell by 30% compared with the previous year."],
         "not", "Not assured",
         "The Commissioner was concerned at the vacancies in the financial investigation unit and the fall "
         "in cash seizures, and asked for a recovery plan."),
    ]
    rows = [("No.", "Question", "Response", "PCC Decision")]
    records_d = []
    for number, question, evidence, level, printed, comment in questions:
        rows.append((number, question, (Bul(tuple(evidence)),), (f"**PCC Decision: {printed}**", comment)))
        records_d.append(decision(prev, topic, number, question, evidence, level, comment))
    blocks.append(T(rows=tuple(rows), widths=(6, 28, 40, 26), header_rows=1))
    log = [
        ("SPAB 41", "15/09/2025", "Constabulary to present the results of the rural crime survey.",
         "Presented to the November Board.", GREEN_FILL, "complete"),
        ("SPAB 42", "15/09/2025", "OPCC to review funding of the Safer Roads partnership.",
         "Review in progress; due March 2026.", AMBER_FILL, "outstanding"),
        ("SPAB 45", "17/11/2025", "Constabulary to provide a timetable for the multi-agency exploitation "
         "hub.", "Draft timetable shared with the councils; awaiting agreement.", AMBER_FILL, "outstanding"),
        ("SPAB 46", "17/11/2025", "Constabulary to report the number of children supported after a National "
         "Referral Mechanism referral.", "Figures provided on 12 December 2025.", GREEN_FILL, "complete"),
        ("SPAB 47", "17/11/2025", "Constabulary to present a recovery plan for the financial investigation "
         "unit.", "Not started; due to the March 2026 Board.", RED_FILL, "outstanding"),
    ]
    l_rows = [("Ref", "Date raised", "Action", "Update", "RAG")]
    fills = {}
    records_a = []
    for r, (ref, raised, text, update, fill, status) in enumerate(log, 1):
        l_rows.append((ref, raised, text, update, ""))
        fills[(r, 4)] = fill
        records_a.append(action(text, meeting_date=iso(raised), topic=topic if iso(raised) == prev else None,
                                number=ref, update=update, status=status, status_source="cell_shading",
                                source="action_tracker"))
    blocks += [
        Break(),
        H("Action log", 2),
        T(rows=tuple(l_rows), widths=(12, 13, 35, 30, 10), header_rows=1, fills=fills),
        T(rows=(("Key", "Complete", "In progress", "Not started / overdue"),), widths=(16, 28, 28, 28),
          fills={(0, 1): GREEN_FILL, (0, 2): AMBER_FILL, (0, 3): RED_FILL}),
        Break(),
        H("Item 4: Neighbourhood crime", 2),
        P("The Commissioner will seek assurance on the following questions, which have been shared with the "
          "Chief Constable:"),
        Num(("What has been the effect of the burglary reduction operation in the city?",
             "How are victims of vehicle crime kept informed?",
             "How does the Constabulary target repeat robbery offenders?")),
        H("Item 5: Police and Crime Plan delivery dashboard", 2),
        P("The dashboard shows progress against each priority of the Police and Crime Plan. The RAG status is "
          "the Constabulary's self-assessment."),
        r10.performance_table([
            ("Stronger focus on rural crime", "On track", "Green"),
            ("Tackling violence against women and girls", "Some delays in recruitment", "Amber"),
            ("Fighting organised crime", "Financial investigation vacancies", "Red"),
            ("Supporting victims", "On track", "Green"),
        ], ("Priority", "Commentary", "RAG"), 2, (44, 40, 16)),
    ]
    data = r10.render_docx(blocks, title="Strategic Priorities Assurance Board - 19 January 2026",
                           author="OPCC Derbyshire", when=datetime(2026, 1, 12, 9, 0, 0))
    records = {
        "documents": [document("docx", "Strategic Priorities Assurance Board", "Derbyshire Constabulary", org, date)],
        "meetings": [meeting(None, date, None, org, "Strategic Priorities Assurance Board"),
                     meeting(None, prev, topic, org, notes_title)],
        "agenda_items": [dict(a, page=None) for a in agenda(date, agenda_rows)],
        "assurance_decisions": records_d,
        "actions": records_a,
    }
    return data, records


# ---------------------------------------------------------------------------
# 2. Gloucestershire: an Accountability Board pack (PDF). The earlier pack (round 6)
# was the reference family; this one minutes the meeting in paragraphs with a bold
# "Level of assurance:" line and the PCC's comment after it, and a log whose status is
# only in the update's words, running over a page break.
# ---------------------------------------------------------------------------

def gloucestershire() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for Gloucestershire"
    date, prev = "2026-02-10", "2025-12-09"
    topic = "Missing Persons"
    notes_title = "MINUTES - ACCOUNTABILITY BOARD - 9 DECEMBER 2025"
    finds: dict[int, str] = {}
    agenda_rows = [
        ("1", "Welcome and apologies", "PCC"),
        ("2", "Minutes of the previous meeting and matters arising", "PCC"),
        ("3", "Action log", "Chief Executive"),
        ("4", "Custody and detention", "Gloucestershire Constabulary"),
        ("5", "Quarterly performance report", "Gloucestershire Constabulary"),
        ("6", "Any other business", "PCC"),
    ]
    blocks: list = [
        P("**Gloucestershire Police and Crime Commissioner**"),
        H("Accountability Board", 1),
        P("Tuesday 10 February 2026 at 10:00, Waterwells Drive, Quedgeley"),
        H("Agenda", 2),
        T(rows=(("Item", "Business", "Lead"),) + tuple(agenda_rows), widths=(10, 60, 30), header_rows=1),
        P("**Recommendation:** the PCC is asked to note the minutes and the updates in the action log."),
        H("Terms of reference: assurance levels", 3),
        P("Substantial - the Constabulary has provided strong evidence of effective arrangements. Partial - "
          "arrangements are in place but evidence of their effectiveness is incomplete. None - the evidence "
          "provided does not demonstrate effective arrangements."),
        Break(),
        H(notes_title, 2),
        P("**Theme:** Missing Persons"),
        P("Present: PCC; Deputy PCC; Chief Executive; Chief Constable; Superintendent, Public Protection."),
        H("1. Welcome and apologies", 3),
        P("Apologies were received from the Deputy Chief Constable."),
        H("2. Missing Persons", 3),
    ]
    questions = [
        ("2.1", "How many people were reported missing in 2025, and how does the Constabulary decide the "
         "level of risk?",
         ["There were 2,930 missing person reports in 2025, of which 58% concerned children. Risk is graded "
          "by the control room and reviewed by an inspector within the first hour.",
          "An audit in October found the risk grading was appropriate in 94 of 100 cases."],
         "assured", "Substantial",
         "The PCC was reassured by the audit findings and thanked the public protection team."),
        ("2.2", "How are return home interviews for children used to reduce repeat missing episodes?",
         ["Return home interviews are completed by the county council. The Constabulary receives the "
          "interview within 72 hours in about 60% of cases.",
          "Information from the interviews is not yet routinely added to police systems."],
         "partly", "Partial",
         "The PCC asked the Constabulary to agree with the council how interview information is shared and "
         "recorded."),
        ("2.3", "What is being done about children who repeatedly go missing from care homes placed in "
         "Gloucestershire by other authorities?",
         ["The Constabulary does not know how many children placed by other authorities live in the county's "
          "care homes.",
          "Notifications from placing authorities are inconsistent."],
         "not", "None",
         "The PCC will raise the lack of notifications with the Children's Commissioner and asked for the "
         "matter to return to the Board."),
    ]
    records_d = []
    for number, question, evidence, level, printed, comment in questions:
        blocks.append(P(f"{number} The PCC asked: {question}"))
        blocks += [P(e) for e in evidence]
        blocks.append(P(f"**Level of assurance: {printed}**"))
        blocks.append(P(comment))
        rec = decision(prev, topic, number, question, evidence, level, comment)
        finds[id(rec)] = question[:40]
        records_d.append(rec)
    blocks += [H("3. Any other business", 3), P("There was no other business.")]
    log = [
        ("AB 25/19", "08/07/2025", "Constabulary to share the Right Care Right Person evaluation.",
         "Complete. Evaluation shared on 14 August 2025.", "complete"),
        ("AB 25/20", "08/07/2025", "OPCC to review the commissioning of restorative justice services.",
         "Completed in October 2025; new contract awarded.", "complete"),
        ("AB 25/24", "14/10/2025", "Constabulary to report on the use of drones in searches for missing "
         "people.", "Report to be presented in April 2026.", "outstanding"),
        ("AB 25/25", "14/10/2025", "Constabulary to provide the number of officers trained in the new stop "
         "and search module.", "Training figures were provided on 2 December 2025.", "complete"),
        ("AB 25/27", "09/12/2025", "Constabulary and the county council to agree how return home interview "
         "information is shared and recorded.", "A meeting with the council is planned for February 2026.",
         "outstanding"),
        ("AB 25/28", "09/12/2025", "PCC to write to the Children's Commissioner about notifications from "
         "placing authorities.", "Letter sent on 19 December 2025.", "complete"),
        ("AB 25/29", "09/12/2025", "Missing persons to return to the Board in June 2026.",
         "Scheduled for the June 2026 Board.", "outstanding"),
    ]
    l_rows = [("Ref", "Date", "Action", "Update")]
    records_a = []
    for ref, raised, text, update, status in log:
        l_rows.append((ref, raised, text, update))
        rec = action(text, meeting_date=iso(raised), topic=topic if iso(raised) == prev else None, number=ref,
                     update=update, status=status, status_source="inferred_from_update", source="action_tracker")
        finds[id(rec)] = text[:40]
        records_a.append(rec)
    blocks += [
        H("Action log", 2),
        P("The log lists open actions and those closed since the last Board."),
        T(rows=tuple(l_rows), widths=(12, 13, 40, 35), header_rows=1),
        Break(),
        H("Item 5: Quarterly performance report", 2),
        P("The table shows performance against the Police and Crime Plan measures. The Constabulary's "
          "ratings are shown for information and do not represent the PCC's assurance."),
        r10.performance_table([
            ("Missing person reports", "742", "701", "Green"),
            ("Missing children found within 24 hours", "88%", "85%", "Amber"),
            ("Custody: detainees seen by a nurse within 1 hour", "71%", "64%", "Red"),
            ("Stop and search: positive outcome rate", "31%", "33%", "Green"),
        ], ("Measure", "Q2", "Q3", "Rating"), 3, (52, 16, 16, 16)),
        H("Item 4: Custody and detention - questions", 2),
        Num(("How does the Constabulary make sure detainees are seen promptly by a healthcare professional?",
             "What has changed since the last independent custody visitors' report?")),
    ]
    data = r10.render_pdf(blocks, r10.PdfLook(margin=66.0, footer="Accountability Board - 10 February 2026"),
                          title="Accountability Board - 10 February 2026", author="OPCC Gloucestershire")
    records = {
        "documents": [document("pdf", "Accountability Board", "Gloucestershire Constabulary", org, date)],
        "meetings": [meeting(1, date, None, org, "Accountability Board"),
                     meeting(None, prev, topic, org, notes_title)],
        "agenda_items": agenda(date, agenda_rows),
        "assurance_decisions": records_d,
        "actions": records_a,
    }
    finds[id(records["meetings"][1])] = notes_title
    r10.set_pdf_pages(data, records, finds)
    return data, records


# ---------------------------------------------------------------------------
# 3. Hampshire: a Performance and Accountability Board pack (PDF). The earlier pack
# (round 5) was Word minutes with "Assurance Level:" lines; this one is the
# reference family's table with an "Outcome" column whose decision cell is merged
# over two questions, running over a page break, and a Topic | Action | Update |
# Status tracker in words.
# ---------------------------------------------------------------------------

def hampshire() -> tuple[bytes, dict]:
    org = "Police and Crime Commissioner for Hampshire and the Isle of Wight"
    date, prev = "2026-03-03", "2026-01-13"
    topic = "Rural Crime"
    notes_title = "DRAFT NOTES - PERFORMANCE AND ACCOUNTABILITY BOARD (RURAL CRIME) - 13 JANUARY 2026"
    finds: dict[int, str] = {}
    agenda_rows = [
        ("1", "Apologies", "PCC"),
        ("2", "Draft notes - Performance and Accountability Board (Rural Crime) - 13 January 2026", "PCC"),
        ("3", "Action tracker 2025/26", "OPCC"),
        ("4", "Victims' Code compliance", "Hampshire and Isle of Wight Constabulary"),
        ("5", "Any other business", "PCC"),
    ]
    blocks: list = [
        P("**Police and Crime Commissioner for Hampshire and the Isle of Wight**"),
        P("St George's Chambers, St George's Street, Winchester SO23 8AJ", size=9),
        H("Performance and Accountability Board", 1),
        P("Tuesday 3 March 2026, 10.00am - 12.00pm, Winchester and online"),
        H("Agenda", 2),
        T(rows=(("Item", "", "Presented By"),) + tuple(agenda_rows), widths=(8, 64, 28), header_rows=1),
        P("The Board's outcomes are recorded as Assured, Partially Assured or Not Assured. An outcome applies "
          "to the question or questions beside it."),
        Break(),
        H(notes_title, 2),
    ]
    questions = [
        ("1", "How is the Constabulary tackling the theft of farm machinery and equipment, including "
         "organised theft for export?",
         ["Thefts of tractors, quad bikes and GPS units rose by 12% in 2025.",
          "The Country Watch team works with the National Vehicle Crime Intelligence Service; four "
          "containers of stolen machinery were recovered at Southampton docks.",
          "Property marking events were held at eleven farms and two agricultural shows."]),
        ("2", "How are rural communities kept informed of crime and prevention advice?",
         ["Country Watch newsletters go to 3,100 subscribers each month; a WhatsApp group for farmers was "
          "launched in September.",
          "Surveys show that rural residents' confidence is lower than urban residents'."]),
        ("3", "How is wildlife crime investigated, including hare coursing and the poisoning of birds of prey?",
         ["Hare coursing reports fell by 40% following the use of new powers under the Police, Crime, "
          "Sentencing and Courts Act 2022.",
          "Only two officers hold the wildlife crime qualification, and investigations of poisoning depend "
          "on them.",
          "No poisoning case has reached charge in three years."]),
    ]
    outcome_12 = ("**Partially Assured**", "*The PCC welcomed the recoveries and the newsletter, but asked "
                  "for a plan to raise rural confidence and for the results of the next survey.*")
    outcome_3 = ("**Not Assured**", "*The PCC was concerned about resilience in wildlife crime "
                 "investigation and asked for a training plan.*")
    rows = [("Question", "Brief Summary of Evidence", "Outcome")]
    for number, question, evidence in questions:
        rows.append((f"**{number}. {question}**", (Bul(tuple(evidence)),),
                     outcome_12 if number == "1" else (None if number == "2" else outcome_3)))
    levels = {"1": ("partly", outcome_12), "2": ("partly", outcome_12), "3": ("not", outcome_3)}
    records_d = []
    for number, question, evidence in questions:
        level, outcome = levels[number]
        rec = decision(prev, topic, number, question, evidence, level, outcome[1])
        finds[id(rec)] = question[:40]
        records_d.append(rec)
    blocks.append(T(rows=tuple(rows), widths=(32, 46, 22), header_rows=1, spans=((1, 2, 2, 1),)))
    list_actions = [
        "That the Constabulary presents a plan to raise rural residents' confidence.",
        "That the results of the next rural survey be shared with the PCC.",
        "That a training plan for wildlife crime investigators be presented to the Board.",
    ]
    blocks += [H("Actions", 3), Num(tuple(list_actions))]
    records_a = []
    for i, text in enumerate(list_actions, 1):
        rec = action(text, meeting_date=prev, topic=topic, number=str(i), update=None, status="unknown",
                     status_source="none", source="action_list")
        finds[id(rec)] = text[:50]
        records_a.append(rec)
    tracker = [
        ("Road Safety", "That the Constabulary shares its Fatal Four enforcement figures by district.",
         "Figures shared on 3 November 2025.", "Complete", "complete"),
        ("Road Safety", "That speed camera van deployments be reviewed with the road safety partnership.",
         "Review meeting held; new deployment plan in place from January 2026.", "Complete", "complete"),
        ("Road Safety", "That the PCC writes to the Department for Transport about the funding of average "
         "speed cameras on rural A roads.", "Letter sent on 21 November 2025; reply awaited.", "In progress",
         "outstanding"),
        ("Online Fraud", "That the OPCC maps fraud prevention messages across partners.",
         "Not started.", "Not started", "outstanding"),
        ("Online Fraud", "That the Constabulary reports the number of fraud victims referred to the victim "
         "care service.", "Figures provided on 9 January 2026: 1,412 referrals in 2025.", "Complete",
         "complete"),
        ("Stalking", "That the Constabulary reports on the use of stalking protection orders.",
         "Report to be presented in May 2026.", "In progress", "outstanding"),
        ("Stalking", "That victims' feedback on the stalking advocacy service be shared.",
         "Awaiting data from the provider.", "In progress", "outstanding"),
        ("Stalking", "That stalking training for call handlers be included in the 2026 training plan.",
         "Included in the plan approved in December 2025.", "Complete", "complete"),
    ]
    t_rows = [("Topic", "Action", "Update", "Status")]
    starts = []
    for i, (top, text, update, word, status) in enumerate(tracker):
        first = i == 0 or tracker[i - 1][0] != top
        if first:
            starts.append(len(t_rows))
        t_rows.append((f"**{top}**" if first else "", text, update, word))
        rec = action(text, meeting_date=None, topic=top, number=None, update=update, status=status,
                     status_source="status_column", source="action_tracker")
        finds[id(rec)] = text[:40]
        records_a.append(rec)
    blocks += [
        H("Action Tracker 2025/26", 2),
        P("Completed actions remain on the tracker until the end of the financial year.", size=9),
        r10.MergedColumnT(rows=tuple(t_rows), widths=(18, 38, 32, 12), header_rows=1, group_starts=tuple(starts)),
        Break(),
        H("Item 4: Victims' Code compliance", 2),
        T(rows=(("Report Title", "Victims' Code compliance"), ("Meeting Date", "Tuesday 3 March 2026")),
          widths=(30, 70)),
        H("Questions to the Chief Constable", 3),
        Num(("How does the Constabulary monitor compliance with the Victims' Code?",
             "What proportion of victims are offered a needs assessment?",
             "How are victims told when their case is closed?")),
        H("Compliance audit summary", 3),
        r10.performance_table([
            ("Needs assessment offered", "81%", "Amber"),
            ("Victim personal statement offered", "64%", "Red"),
            ("Updated within agreed timescales", "90%", "Green"),
        ], ("Right under the Code", "Compliance", "RAG"), 2, (60, 20, 20)),
        P("The Constabulary is assured that compliance with the Code is improving, with the needs assessment "
          "figure up from 72% a year ago."),
    ]
    data = r10.render_pdf(blocks, r10.PdfLook(margin=62.0, cell_size=9.5),
                          title="Performance and Accountability Board - 3 March 2026", author="OPCC HIOW")
    records = {
        "documents": [document("pdf", "Performance and Accountability Board",
                               "Hampshire and Isle of Wight Constabulary", org, date)],
        "meetings": [meeting(1, date, None, org, "Performance and Accountability Board"),
                     meeting(None, prev, topic, org, notes_title)],
        "agenda_items": agenda(date, agenda_rows),
        "assurance_decisions": records_d,
        "actions": records_a,
    }
    finds[id(records["meetings"][1])] = notes_title
    r10.set_pdf_pages(data, records, finds)
    return data, records


PACKS = {
    "derbyshire-spab-2026-01-19.docx": derbyshire,
    "gloucestershire-ab-2026-02-10.pdf": gloucestershire,
    "hampshire-pab-2026-03-03.pdf": hampshire,
}


def main() -> None:
    for name, build in PACKS.items():
        data, records = build()
        r10.write(HERE, name, data, records)


if __name__ == "__main__":
    main()
