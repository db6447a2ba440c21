"""Six scrutiny packs of offices the scrutiny extractors were not written
against (fourth round, assurance decisions and action status), and their gold:

    .venv/bin/python samples/corpus/scrutiny-round4b/generate.py

writes the packs here and their gold to samples/gold/<file>.json. Names,
figures and wording are fictional; the layouts follow published papers (see
README.md). The gold is written by hand below, next to the text it describes,
never from the pipeline's output; a PDF record's page is the page of the
generated PDF whose text holds the record's first words. Output is
deterministic (fixed metadata dates, fixed zip times).

Rendering reuses samples/corpus/scrutiny-round3 (render.py for blocks, its
generate.py for the gold record builders and PDF page finding); the one thing
added here is strike-through in Word (``~~text~~`` as a whole run).
"""

from __future__ import annotations

import io
import re
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pdfplumber
from docx import Document

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from scrutiny_common import round3, write_pack  # noqa: E402
from render import Break, H, P, PdfLook, T, _stable_zip, render_docx, render_pdf  # noqa: E402

action, agenda, decision, document, meeting, iso = (round3.action, round3.agenda, round3.decision, round3.document,
                                                    round3.meeting, round3.iso)

GREEN, AMBER, RED, GREY = "#00b050", "#ffc000", "#ff0000", "#808080"
CHECKED = ("Written by hand in samples/corpus/scrutiny-round4b/generate.py, next to the text it describes, before "
           "the extractors were run on the pack; PDF pages found in the generated PDF's own text; levels and "
           "statuses mapped to the canonical vocabulary by hand (conventions in README.md).")


def struck(text: str) -> str:
    return f"~~{text}~~"


def strike_marked_runs(data: bytes) -> bytes:
    """The Word file with every run written as ``~~text~~`` struck through
    (render.py knows bold, italic and colour only)."""
    document_ = Document(io.BytesIO(data))
    paragraphs = list(document_.paragraphs)
    for table in document_.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs += cell.paragraphs
    for paragraph in paragraphs:
        for run in paragraph.runs:
            if run.text.startswith("~~") and run.text.endswith("~~"):
                run.text = run.text[2:-2]
                run.font.strike = True
    buffer = io.BytesIO()
    document_.save(buffer)
    return _stable_zip(buffer.getvalue())


# --- 1. Suffolk: "Assurance rating" column Substantial/Adequate/Limited/Unsatisfactory, "% complete" tracker -------

SF_ORG = "Police and Crime Commissioner for Suffolk"
SF_DATE = "2025-06-26"
SF_TITLE = "Accountability and Performance Panel"
SF_AGENDA = [
    ("1", "Welcome, introductions and apologies", "PCC"),
    ("2", "Minutes of the last meeting and action log", "Head of Performance and Scrutiny"),
    ("3", "Performance exception report (May 2025)", "Deputy Chief Constable"),
    ("4", "Drug-driving enforcement", "Chief Superintendent, Roads Policing"),
    ("5", "Anti-social behaviour hotspot patrols", "Chief Superintendent, Local Policing"),
    ("6", "Finance and budget monitoring, month 2", "Chief Finance Officer"),
    ("7", "Any other business", "PCC"),
]
SF_RATINGS = {"Substantial": "Assured", "Adequate": "Assured", "Limited": "Partly assured",
              "Unsatisfactory": "Not assured"}
SF_SCRUTINY = [
    ("1", "Drug-driving",
     "How many roadside drug tests were carried out in the quarter, and how does the positive rate compare with "
     "last year?",
     "4,212 tests were carried out, 18% more than a year earlier; 41% were positive against 44% last year. "
     "Laboratory turnaround has fallen to 23 days.", "Substantial"),
    ("2", "Drug-driving",
     "How long are suspects waiting for blood sample results, and are any cases lost because of delays?",
     "The laboratory backlog was cleared in April. No case has been discontinued for delay this year, but six "
     "files were sent to the Crown Prosecution Service after the agreed date.", "Adequate"),
    ("3", "Anti-social behaviour",
     "Are hotspot patrols being completed in the places and at the times the analysis identified?",
     "Patrol compliance was 71% against a plan of 90%. Evening patrols were missed most often, because officers "
     "were diverted to calls for service.", "Limited"),
    ("4", "Finance",
     "What is the forecast overspend on overtime, and what is being done to bring it back within budget?",
     "Overtime is forecast to exceed its budget by £1.9m. The force has not yet agreed a plan to reduce it.",
     "Unsatisfactory"),
]
SF_TRACKER = [
    # (ref, raised, action, owner, update, % complete, status)
    ("APP/24/31", "28/11/2024", "Provide a breakdown of positive drug-driving tests by drug type.",
     "Ch Supt Roads Policing", "Breakdown included in the performance exception report.", "100%", "complete"),
    ("APP/25/04", "27/02/2025", "Review the deployment of hotspot patrols in the evening.",
     "Ch Supt Local Policing", "Review under way; findings due in August 2025.", "40%", "outstanding"),
    ("APP/25/09", "24/04/2025", "Report the number of vehicles seized for no insurance by district.",
     "Ch Supt Roads Policing", "Figures shared with the PCC's office on 2 June 2025.", "100%", "complete"),
    ("APP/25/11", "24/04/2025", "Set out a plan to reduce overtime spending in the second half of the year.",
     "Chief Finance Officer", "Not started: awaiting the outcome of the shift pattern review.", "0%", "outstanding"),
    ("APP/25/12", "24/04/2025", "Publish the anti-social behaviour hotspot map on the force website.",
     "Head of Corporate Communications", "Map drafted; publication planned after the summer.", "75%",
     "outstanding"),
]


def suffolk() -> tuple[bytes, dict]:
    look = PdfLook(margin=60.0, body_size=10.5, cell_size=9.0, footer="OFFICIAL – Accountability and "
                                                                      "Performance Panel")
    scrutiny_rows = [("No.", "Theme", "Question", "Summary of response", "Assurance rating")]
    scrutiny_rows += [(number, theme, question, response, rating)
                      for number, theme, question, response, rating in SF_SCRUTINY]
    tracker_rows = [("Ref", "Date raised", "Action", "Owner", "Progress update", "% complete")]
    tracker_rows += [(ref, raised, text, owner, update, percent)
                     for ref, raised, text, owner, update, percent, _s in SF_TRACKER]
    blocks = [
        P(f"**{SF_ORG}**", size=12),
        H(SF_TITLE, 1),
        P("Thursday 26 June 2025, 10:00 – 12:30, Police Headquarters, Martlesham Heath"),
        H("Agenda", 2),
        T((("Item", "Subject", "Lead officer"),) + tuple(SF_AGENDA), (0.7, 5, 2.6), header_rows=1),
        H("Record of scrutiny", 2),
        P("The PCC's questions on the themes of this meeting, a summary of the force's response and the rating "
          "the PCC gave after the meeting."),
        P("**Assurance ratings:** **Substantial** – a sound system of control, consistently applied; **Adequate** – "
          "a generally sound system with some weaknesses; **Limited** – significant weaknesses put objectives at "
          "risk; **Unsatisfactory** – fundamental weaknesses, objectives are not being met."),
        T(tuple(scrutiny_rows), (0.5, 1.3, 3.2, 3.6, 1.4), header_rows=1),
        Break(),
        H("Action log", 2),
        T(tuple(tracker_rows), (1.3, 1.1, 3, 1.5, 3, 1), header_rows=1),
    ]
    data = render_pdf(blocks, look, SF_TITLE, "OPCC Suffolk")
    records = {
        "documents": [document("pdf", None, SF_TITLE, "Suffolk Constabulary", SF_ORG, SF_DATE)],
        "meetings": [meeting(SF_DATE, SF_TITLE, SF_ORG, page=1)],
        "agenda_items": [agenda(SF_DATE, number, title, lead, page=1) for number, title, lead in SF_AGENDA],
        "assurance_decisions": [decision(SF_DATE, theme, number, question, response, SF_RATINGS[rating], None)
                                for number, theme, question, response, rating in SF_SCRUTINY],
        "actions": [action(iso(raised), None, ref, text, update, status, "status_column", "action_tracker")
                    for ref, raised, text, _o, update, _p, status in SF_TRACKER],
    }
    return data, records


# --- 2. Cheshire: "Assurance: Reasonable" after each response (no table), struck-through completed actions -------

CH_ORG = "Police and Crime Commissioner for Cheshire"
CH_DATE = "2025-07-18"
CH_TITLE = "Scrutiny Board"
CH_AGENDA = [
    ("1", "Welcome and apologies", "Police and Crime Commissioner"),
    ("2", "Rape and serious sexual offences", "Assistant Chief Constable"),
    ("3", "Summer policing of town centres", "Chief Superintendent, Local Policing"),
    ("4", "Police officer recruitment and retention", "Deputy Chief Constable"),
    ("5", "Action log", "Chief Executive, OPCC"),
    ("6", "Any other business", "Police and Crime Commissioner"),
]
CH_LEVELS = {"Reasonable": "Assured", "Substantial": "Assured", "Limited": "Partly assured",
             "Minimal": "Not assured"}
CH_QUESTIONS = [
    # (agenda number, theme, question, response paragraphs, level word)
    ("2", "Rape and serious sexual offences",
     "How has the time taken to charge rape offences changed since the specialist investigation teams were "
     "formed?",
     ("The average time from report to charge has fallen from 412 days to 298 days over eighteen months. Every "
      "investigation now has a named detective sergeant who reviews it each month.",
      "Cases that wait longest are those where digital evidence is examined; the force has bought two more "
      "extraction kiosks to shorten that wait."), "Reasonable"),
    ("2", "Rape and serious sexual offences",
     "What support do victims receive while they wait for a charging decision?",
     ("Every victim is offered an independent sexual violence adviser, but only 58% of victims were contacted "
      "by their investigator at the agreed interval in the quarter.",
      "The force has written to every investigator about the contact standard and will check compliance each "
      "month."), "Limited"),
    ("3", "Summer policing of town centres",
     "Are there enough officers on duty in town centres on the busiest summer weekends?",
     ("Minimum staffing was met on every weekend in June, with mutual aid from neighbouring districts on three "
      "of them. Anti-social behaviour in the night-time economy fell by 12% compared with last summer.",), "Substantial"),
    ("4", "Police officer recruitment and retention",
     "Why are more student officers leaving before the end of their probation than last year?",
     ("Leavers in the first two years rose from 9% to 14%. The force has not yet analysed the exit interviews "
      "and could not say which reasons are most common.",), "Minimal"),
]
CH_LOG = [
    # (number, meeting, action, owner, update, struck through)
    ("SB 25/14", "16/05/2025", "Share the results of the rape victim survey with the OPCC.", "ACC",
     "Survey results shared on 11 June 2025.", True),
    ("SB 25/17", "20/06/2025", "Provide the number of officers leaving in their first two years of service, "
     "by reason.", "DCC", "Data being validated; to be provided by September 2025.", False),
    ("SB 25/18", "20/06/2025", "Set out the summer policing plan for town centres.", "Ch Supt Local Policing",
     "Plan presented at this meeting.", True),
    ("SB 25/19", "20/06/2025", "Confirm the launch date of the updated online crime reporting form.", "ACC",
     "Launch delayed by the supplier; new date to be confirmed.", False),
]


def cheshire() -> tuple[bytes, dict]:
    blocks = [
        P("**Office of the Police and Crime Commissioner for Cheshire**"),
        H(CH_TITLE, 1),
        P("**Date:** Friday 18 July 2025    **Time:** 10:00 – 12:00    **Venue:** Clemonds Hey, Winsford"),
        P("*These minutes are not verbatim; the webcast forms the complete and official record.*"),
        H("Agenda", 2),
        T((("No.", "Theme", "Presenter"),) + tuple(CH_AGENDA), (0.6, 4.5, 2.5), header_rows=1),
        H("1. Welcome and apologies", 2),
        P("The Commissioner welcomed those present. Apologies were received from the Chief Finance Officer."),
    ]
    theme_done = set()
    for number, theme, question, response, level in CH_QUESTIONS:
        if number not in theme_done:
            theme_done.add(number)
            blocks.append(H(f"{number}. {theme}", 2))
        blocks += [P(f"**PCC question:** {question}"), P("**Chief Constable's response:**"),
                   *[P(paragraph) for paragraph in response], P(f"**Assurance:** {level}")]
    log_rows = [("No.", "Meeting", "Action", "Owner", "Update")]
    log_rows += [(number, meeting_date, struck(text) if done else text, owner, struck(update) if done else update)
                 for number, meeting_date, text, owner, update, done in CH_LOG]
    blocks += [
        H("5. Action log", 2),
        P("Completed actions are shown struck through and will be removed from the log at the next meeting."),
        T(tuple(log_rows), (1.3, 1.3, 4, 1.4, 3.4), header_rows=1),
        H("6. Any other business", 2),
        P("There was no other business. The next meeting will be held on 19 September 2025."),
    ]
    data = strike_marked_runs(render_docx(blocks, title=CH_TITLE, author="OPCC Cheshire",
                                          when=datetime(2025, 7, 25, 9, 0)))
    records = {
        "documents": [document("docx", None, CH_TITLE, "Cheshire Constabulary", CH_ORG, CH_DATE)],
        "meetings": [meeting(CH_DATE, CH_TITLE, CH_ORG)],
        "agenda_items": [agenda(CH_DATE, number, title, lead) for number, title, lead in CH_AGENDA],
        # A question with no number of its own takes its item's (the earlier rounds' convention).
        "assurance_decisions": [decision(CH_DATE, theme, number, question, "\n".join(response), CH_LEVELS[level],
                                         None)
                                for number, theme, question, response, level in CH_QUESTIONS],
        # The log's key: struck through is complete, the rest is open (read from the look of the text).
        "actions": [action(iso(meeting_date), None, number, text, update, "complete" if done else "outstanding",
                           "glyph_colour", "action_tracker")
                    for number, meeting_date, text, _o, update, done in CH_LOG],
    }
    return data, records


# --- 3. South Yorkshire: one assurance summary for the whole meeting, six status words -----------------------

SYK_ORG = "Police and Crime Commissioner for South Yorkshire"
SYK_DATE = "2024-03-14"
SYK_TITLE = "Public Accountability Board"
SYK_AGENDA = [
    ("1", "Welcome and apologies", "PCC"),
    ("2", "Announcements", "PCC"),
    ("3", "Public questions", "PCC"),
    ("4", "Minutes of the meeting held on 15 February 2024 and action log", "OPCC Chief Executive"),
    ("5", "Protecting vulnerable people: child criminal exploitation", "Detective Chief Superintendent"),
    ("6", "Tackling crime and anti-social behaviour: neighbourhood crime", "Chief Superintendent"),
    ("7", "Treating people fairly: stop and search", "Assistant Chief Constable"),
    ("8", "Summary of assurance", "PCC"),
]
SYK_ITEMS = [
    ("5", "Protecting vulnerable people: child criminal exploitation", [
        ("1", "How many children were referred to the exploitation hub in the last quarter, and how quickly were "
              "they seen?",
         "142 children were referred, and 88% were seen by a hub worker within five working days. Referrals from "
         "schools have doubled since the hub began taking them directly."),
        ("2", "How is the force disrupting the adults who exploit children to run drugs?",
         "Eleven adults were charged with trafficking offences in the quarter and four county lines were closed. "
         "Two cases are awaiting trial."),
    ]),
    ("6", "Tackling crime and anti-social behaviour: neighbourhood crime", [
        ("3", "Why has the solved rate for residential burglary fallen in two of the four districts?",
         "Forensic submissions were delayed by a backlog at the regional laboratory, which has now been cleared. "
         "The force expects solved rates to recover by the summer."),
    ]),
    ("7", "Treating people fairly: stop and search", [
        ("4", "What proportion of searches found the item searched for, and how does this differ by ethnicity?",
         "The find rate was 31% overall; for Black people it was 24%. The independent scrutiny panel is reviewing "
         "a sample of searches where nothing was found."),
        ("5", "Are body-worn video recordings reviewed for every search of a child?",
         "Recordings are reviewed for every search of a child under 16, but not yet for 16 and 17 year olds."),
    ]),
]
SYK_SUMMARY = ("Having considered the reports and the answers to his questions, the PCC was partially assured "
               "that the force is making progress against the priorities of the Police and Crime Plan. He asked "
               "that the next report on stop and search includes the findings of the independent scrutiny panel.")
SYK_LEVEL = "Partly assured"
# Status words, mapped with a reader's eye: an action stays open until the Board closes it, so "Proposed for
# closure" and "Complete (awaiting evidence)" are outstanding; "Superseded" needs no further work (complete).
SYK_STATUS = {"Closed": "complete", "Superseded": "complete", "Open - on track": "outstanding",
              "Open - overdue": "outstanding", "Proposed for closure": "outstanding",
              "Complete (awaiting evidence)": "outstanding"}
SYK_TRACKER = [
    ("PAB 23/41", "14/12/2023", "Provide the number of children referred to the exploitation hub by district.",
     "DCS Public Protection", "15/02/2024", "Figures included in this month's report.", "Closed"),
    ("PAB 23/44", "14/12/2023", "Report on the use of dispersal orders in the city centre.", "Ch Supt Sheffield",
     "14/03/2024", "Report being finalised for the April meeting.", "Open - overdue"),
    ("PAB 24/02", "18/01/2024", "Review the process for returning seized property to victims.", "ACC",
     "16/05/2024", "Review started; terms of reference agreed.", "Open - on track"),
    ("PAB 24/03", "18/01/2024", "Present the business case for a mobile police station.", "ACC", "15/02/2024",
     "Replaced by action PAB 24/07 after the estates review.", "Superseded"),
    ("PAB 24/05", "15/02/2024", "Publish stop and search data by ethnicity on the force website each month.",
     "ACC", "14/03/2024", "First monthly publication on 1 March 2024.", "Proposed for closure"),
    ("PAB 24/07", "15/02/2024", "Report the results of the estates review to the Board.", "Director of Resources",
     "14/03/2024", "Review complete; the OPCC has asked for the final report.", "Complete (awaiting evidence)"),
]


def south_yorkshire() -> tuple[bytes, dict]:
    look = PdfLook(margin=54.0, body_size=10.5, cell_size=9.0, footer="South Yorkshire PCC – Public "
                                                                      "Accountability Board")
    blocks = [
        P("**South Yorkshire Police and Crime Commissioner**", size=12),
        H(SYK_TITLE.upper(), 1),
        P("Thursday 14 March 2024, 10:00 am, Carbrook House, Sheffield"),
        H("Agenda", 2),
        T((("Item", "Subject", "Presenter"),) + tuple(SYK_AGENDA), (0.7, 5.3, 2.5), header_rows=1),
        Break(),
        H("Notes of the meeting", 1),
    ]
    for number, heading, questions in SYK_ITEMS:
        blocks.append(H(f"{number}. {heading}", 2))
        blocks.append(P("The report was presented and taken as read."))
        for q_number, question, response in questions:
            blocks += [P(f"**Question {q_number}:** {question}"), P(f"**Response:** {response}")]
    blocks += [H("8. Summary of assurance", 2), P(SYK_SUMMARY), Break(), H("Action log", 2)]
    rows = [("Ref", "Meeting", "Action", "Lead", "Due date", "Update", "Status")]
    rows += list(SYK_TRACKER)
    blocks.append(T(tuple(rows), (1.1, 1.1, 2.8, 1.3, 1.1, 2.6, 1.3), header_rows=1))
    data = render_pdf(blocks, look, SYK_TITLE, "OPCC South Yorkshire")
    records = {
        "documents": [document("pdf", None, SYK_TITLE.upper(), "South Yorkshire Police", SYK_ORG, SYK_DATE)],
        "meetings": [meeting(SYK_DATE, SYK_TITLE.upper(), SYK_ORG, page=1)],
        "agenda_items": [agenda(SYK_DATE, number, title, lead, page=1) for number, title, lead in SYK_AGENDA],
        # One level for the whole meeting: every question of the meeting takes it, with the summary as commentary.
        "assurance_decisions": [decision(SYK_DATE, heading, q_number, question, response, SYK_LEVEL, SYK_SUMMARY)
                                for _n, heading, questions in SYK_ITEMS
                                for q_number, question, response in questions],
        "actions": [action(iso(raised), None, ref, text, update, SYK_STATUS[word], "status_column",
                           "action_tracker")
                    for ref, raised, text, _l, _d, update, word in SYK_TRACKER],
    }
    return data, records


# --- 4. Nottinghamshire: levels in bold inside the minute, numbered actions over a page break, dated updates ---

NT_ORG = "Police and Crime Commissioner for Nottinghamshire"
NT_DATE = "2025-03-12"
NT_TITLE = "STRATEGIC RESOURCES AND PERFORMANCE MEETING"
NT_ITEMS = [
    ("3", "KNIFE CRIME AND SERIOUS VIOLENCE",
     "The Chief Superintendent presented the report. Knife-enabled offences fell by 9% in the year, and the "
     "custody navigators of the violence reduction unit met 640 young people after their arrest.",
     "How many of the young people referred by custody navigators engaged with support after leaving custody?",
     "The Chief Superintendent said that 52% engaged for at least one session, but the force does not yet "
     "record engagement by district.",
     "The Commissioner was **partly assured** and asked for engagement figures by district at the next "
     "meeting.", "Partly assured"),
    ("4", "RURAL AND WILDLIFE CRIME",
     "The Inspector for rural crime presented the report. Thefts of farm machinery fell by a fifth after the "
     "force began marking equipment at markets and shows.",
     "Are rural crime reports attended by officers trained in rural and wildlife crime?",
     "All rural crime reports are reviewed by the rural crime team within a day, and 78% were attended by a "
     "trained officer in the quarter.",
     "The Commissioner was **assured** by the progress made and thanked the team for its work with farmers.",
     "Assured"),
    ("5", "POLICE AND CRIME PLAN DELIVERY: QUARTER 3 2024/25",
     "The Deputy Chief Constable presented the delivery report against the Police and Crime Plan, which shows "
     "38 of 45 activities on track.",
     "Why are four of the seven delayed activities about support for victims?",
     "The Deputy Chief Constable explained that the delays followed the change of victim care provider and "
     "could not say when the activities would be back on track.",
     "The Commissioner was **not assured** that the delays are understood and asked for a recovery plan.",
     "Not assured"),
]
NT_ACTIONS = [
    "The Chief Superintendent to report engagement with custody navigators by district at the next meeting.",
    "The Inspector for rural crime to share the equipment marking schedule for the summer shows with the OPCC.",
    "The Deputy Chief Constable to present a recovery plan for the delayed victim support activities.",
    "The Chief Executive of the OPCC to agree with the force how delivery against the Police and Crime Plan will "
    "be reported from April 2025, including the measures to be used for each priority, the frequency of "
    "reporting to this meeting and to the Police and Crime Panel, and how the views of victims and of the "
    "public will be included in each report.",
    "The Chief Finance Officer to circulate the revised capital programme before the May meeting.",
]
NT_NOTED = [  # items noted without questions (their length puts action 4 across the page break)
    ("7. FINANCE: REVENUE AND CAPITAL POSITION AT QUARTER 3", (
        "The Chief Finance Officer presented the revenue and capital monitoring report for the third quarter. The "
        "force forecasts an underspend of £0.6m on a net budget of £290m, mainly from police staff vacancies, "
        "offset in part by overtime for the policing of public order events in the summer.",
        "The capital programme is forecast to spend £14.2m against a budget of £19.8m. The slippage is in the "
        "estates programme, where the tender for the refurbishment of two stations was returned without a "
        "compliant bid and will be run again in the spring.",
        "The Commissioner asked that the revised capital programme is circulated before the May meeting so that "
        "the effect of the slippage on next year's borrowing can be considered. The Chief Finance Officer agreed, and "
        "said that the reserves strategy will be refreshed at the same time to reflect the final grant settlement "
        "and the outcome of the pay award for police officers and staff.")),
    ("8. HMICFRS INSPECTION ACTIVITY", (
        "The Deputy Chief Constable reported that the inspectorate's fieldwork for the force's PEEL inspection "
        "will take place in June. The force has prepared a self-assessment against each area of the assessment "
        "framework and shared it with the OPCC, and will brief the Commissioner on its findings in advance.",
        "Progress on the areas for improvement from the last inspection is reviewed monthly by the chief officer "
        "team; eleven of the fourteen areas have been closed by the force and are awaiting the inspectorate's "
        "review. The three that remain open concern the supervision of investigations, the recording of "
        "vulnerability at first contact and the wellbeing of officers in the public protection unit, and each has "
        "a named chief officer responsible for its delivery.")),
    ("9. WORK PROGRAMME", (
        "The work programme for the rest of the year was noted. Reports on road safety, the force's response to "
        "missing people and the victims' code of practice will be presented at the May meeting, and the annual "
        "report on complaints against the police at the July meeting. The Commissioner asked that the July "
        "meeting also considers the force's estates strategy.",)),
    ("10. ANY OTHER BUSINESS", (
        "There was no other business. The Commissioner thanked the Chief Constable and officers for their reports, "
        "and the meeting closed at 12.05 pm.",)),
]
NT_PREVIOUS = [
    # (no., meeting, action, owner, update, status): read from the update against the meeting's date
    ("11/24", "13/11/2024", "Provide a breakdown of knife-enabled robbery by the age of the victim.",
     "Head of Analysis", "Completed 28 February 2025 – breakdown circulated to the OPCC.", "complete"),
    ("12/24", "13/11/2024", "Deliver trauma-informed training to all custody sergeants.", "Ch Insp Custody",
     "Completed by 30 April 2025 – training dates booked for every sergeant.", "outstanding"),
    ("01/25", "15/01/2025", "Publish the rural crime partnership's annual report.", "Insp Rural Crime",
     "Complete – 31/03/2025.", "outstanding"),
    ("02/25", "15/01/2025", "Review the use of drones in searches for missing people.", "Supt Operations",
     "Review completed and presented to the chief officer team on 4 March 2025.", "complete"),
    ("03/25", "15/01/2025", "Confirm the funding for custody navigators after March 2025.",
     "OPCC Chief Finance Officer", "Ongoing: awaiting the Home Office grant letter.", "outstanding"),
]


def nottinghamshire() -> tuple[bytes, dict]:
    look = PdfLook(font="Times-Roman", bold_font="Times-Bold", italic_font="Times-Italic", margin=64.0,
                   body_size=11.0, cell_size=9.5)
    blocks = [
        P("**NOTTINGHAMSHIRE POLICE AND CRIME COMMISSIONER**"),
        P("Arnot Hill House, Arnot Hill Park, Arnold, Nottingham"),
        H(NT_TITLE, 1),
        P("MINUTES OF THE MEETING HELD ON WEDNESDAY 12TH MARCH 2025 COMMENCING AT 10.00 AM"),
        P("**MEMBERSHIP** Police and Crime Commissioner; Chief Executive, OPCC; Chief Finance Officer, OPCC; Chief "
          "Constable; Deputy Chief Constable. **OTHERS PRESENT** Chief Superintendent, Public Protection; "
          "Inspector, Rural Crime; Democratic Services Officer."),
        H("1. APOLOGIES FOR ABSENCE", 2),
        P("Apologies were received from the Assistant Chief Constable."),
        H("2. MINUTES OF THE PREVIOUS MEETING", 2),
        P("The minutes of the meeting held on 15th January 2025 were agreed as a true record. Progress on earlier "
          "actions is set out in the appendix."),
    ]
    for number, heading, presented, question, response, sentence, _level in NT_ITEMS:
        blocks += [H(f"{number}. {heading}", 2), P(presented), P(f"The Commissioner asked: {question}"),
                   P(response), P(sentence)]
    blocks += [
        H("6. CHIEF CONSTABLE'S UPDATE", 2),
        P("The Chief Constable updated the meeting on the force's preparations for the summer, including the "
          "policing of two large music festivals and a county show, the recruitment of 40 police community "
          "support officers, and the opening of the new custody suite, which remains on schedule for the autumn. "
          "The Commissioner noted the update."),
        *[block for heading, paragraphs in NT_NOTED for block in (H(heading, 2), *map(P, paragraphs))],
        H("ACTIONS ARISING", 2),
        *[P(f"{i}. {text}", indent=12) for i, text in enumerate(NT_ACTIONS, start=1)],
        Break(),
        H("APPENDIX: PROGRESS ON PREVIOUS ACTIONS", 2),
        T((("No.", "Meeting", "Action", "Owner", "Update"),) + tuple(row[:5] for row in NT_PREVIOUS),
          (0.7, 1.1, 3.2, 1.5, 3.5), header_rows=1),
    ]
    data = render_pdf(blocks, look, NT_TITLE.title(), "OPCC Nottinghamshire")
    records = {
        "documents": [document("pdf", None, NT_TITLE, "Nottinghamshire Police", NT_ORG, NT_DATE)],
        "meetings": [meeting(NT_DATE, NT_TITLE, NT_ORG, page=1)],
        "agenda_items": [],
        # The evidence is the item's discussion: the report as presented and the answer to the question.
        "assurance_decisions": [decision(NT_DATE, heading, number, question, f"{presented}\n{response}", level,
                                         sentence.replace("**", ""))
                                for number, heading, presented, question, response, sentence, level in NT_ITEMS],
        "actions": [action(NT_DATE, None, str(i), text, None, "unknown", "none", "action_list")
                    for i, text in enumerate(NT_ACTIONS, start=1)]
        + [action(iso(raised), None, number, text, update, status, "inferred_from_update", "action_tracker")
           for number, raised, text, _o, update, status in NT_PREVIOUS],
    }
    return data, records


# --- 5. Leicestershire: assessment cells holding only GREEN/AMBER/RED (key at the end), RAG shading vs status --

LC_ORG = "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"
LC_DATE = "2025-04-22"
LC_TITLE = "Corporate Governance Board"
LC_AGENDA = [
    ("1", "Apologies for absence", None),
    ("2", "Notes of the last meeting and action tracker", None),
    ("3", "Chief Constable's report on performance against the Police and Crime Plan", "Chief Constable"),
    ("4", "Retail crime", "Assistant Chief Constable"),
    ("5", "Road safety", "Assistant Chief Constable"),
    ("6", "Any other business", None),
]
LC_KEY = {"GREEN": "Assured", "AMBER": "Partly assured", "RED": "Not assured"}
LC_QUESTIONS = [
    ("Retail crime", "How many shop theft reports with CCTV evidence were allocated for investigation within a "
                     "day?",
     "93% in the quarter, against 61% a year earlier; charges for shop theft rose by a third.", "GREEN"),
    ("Retail crime", "Are retailers told the outcome of their reports?",
     "Outcome letters are sent for investigated cases only; the force cannot yet say how many retailers received "
     "one.", "AMBER"),
    ("Road safety", "Why has the number of people killed or seriously injured on rural roads risen this year?",
     "The force has not completed its analysis of the rise; enforcement on the routes concerned has fallen "
     "because of vacancies in the roads policing unit.", "RED"),
    ("Road safety", "When will the new average speed camera sites be in use?",
     "Four of the six sites will be live by June; the other two are waiting for highway works.", "AMBER"),
]
LC_TRACKER_MEETING = "2025-01-21"
LC_TRACKER = [
    # (no., action, owner, update, RAG shading, status word, status): the Status column is the OPCC's and wins
    ("CGB 24/19", "Share the retail crime problem profile with the OPCC.", "ACC", "Shared in January 2025.",
     GREEN, "Complete", "complete"),
    ("CGB 24/22", "Report on the use of body-worn video at domestic abuse incidents.", "ACC",
     "Report presented at this meeting.", RED, "Complete", "complete"),
    ("CGB 25/01", "Set out the plan to recruit call handlers for the summer.", "DCC",
     "Recruitment campaign delayed to May.", AMBER, "Open", "outstanding"),
    ("CGB 25/03", "Provide road safety enforcement figures by local policing area.", "Supt Roads Policing",
     "Figures requested from the analysts.", GREEN, "Open", "outstanding"),
    ("CGB 25/04", "Confirm the timetable for replacing the control room software.", "Director of IT",
     "Supplier selected; timetable to follow.", AMBER, "In progress", "outstanding"),
]


def leicestershire() -> tuple[bytes, dict]:
    question_rows = [("Topic", "Question", "Response", "Assessment")]
    question_rows += list(LC_QUESTIONS)
    tracker_rows = [("No.", "Action", "Owner", "Update", "RAG", "Status")]
    fills = {}
    for r, (number, text, owner, update, fill, word, _s) in enumerate(LC_TRACKER, start=1):
        tracker_rows.append((number, text, owner, update, "", word))
        fills[(r, 4)] = fill
    blocks = [
        P("**Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland**"),
        H(LC_TITLE, 1),
        P("Tuesday 22 April 2025, 10:00 to 12:00, Force Headquarters, Enderby"),
        H("Agenda", 2),
        *[P(f"{number}. {title}" + (f" ({lead})" if lead else "")) for number, title, lead in LC_AGENDA],
        H("Questions to the Chief Constable", 2),
        P("The PCC's questions, the force's response and the PCC's assessment. The assessment key is at the end of "
          "these notes."),
        T(tuple(question_rows), (1.4, 3.2, 4.2, 1.3), header_rows=1),
        H("Actions from the meeting of 21 January 2025", 2),
        T(tuple(tracker_rows), (1.2, 3.4, 1.3, 3.2, 0.7, 1.2), header_rows=1, fills=fills),
        H("Notes", 2),
        P("**Assessment key:** GREEN – the PCC is assured; AMBER – the PCC is partly assured; RED – the PCC is not "
          "assured."),
        P("The RAG column of the action tracker is the action owner's view of progress; the Status column records "
          "the OPCC's decision on whether the action is closed."),
    ]
    data = render_docx(blocks, title=LC_TITLE, author="OPCC Leicestershire", when=datetime(2025, 4, 29, 9, 0))
    records = {
        "documents": [document("docx", None, LC_TITLE, "Leicestershire Police", LC_ORG, LC_DATE)],
        "meetings": [meeting(LC_DATE, LC_TITLE, LC_ORG)],
        "agenda_items": [agenda(LC_DATE, number, title, lead) for number, title, lead in LC_AGENDA],
        "assurance_decisions": [decision(LC_DATE, topic, None, question, response, LC_KEY[word], None)
                                for topic, question, response, word in LC_QUESTIONS],
        "actions": [action(LC_TRACKER_MEETING, None, number, text, update, status, "status_column", "action_tracker")
                    for number, text, _o, update, _f, _w, status in LC_TRACKER],
    }
    return data, records


# --- 6. Cumbria: "Assured with caveats" / "Not yet assured" outcomes, completed actions in grey text ----------

CU_ORG = "Police, Fire and Crime Commissioner for Cumbria"
CU_DATE = "2025-02-27"
CU_TITLE = "Public Accountability Conference"
CU_AGENDA = [
    ("1", "Welcome and apologies", "PCC"),
    ("2", "Declarations of interest", "All"),
    ("3", "Action log", "OPFCC Chief Executive"),
    ("4", "Chief Constable's update", "Chief Constable"),
    ("5", "Violence against women and girls", "Assistant Chief Constable"),
    ("6", "Public confidence survey results", "Head of Performance, OPFCC"),
    ("7", "Any other business", "PCC"),
]
# "Assured with caveats" grants assurance only with reservations the forum follows up: Partly assured.
CU_OUTCOMES = {"Assured": "Assured", "Assured with caveats": "Partly assured", "Not yet assured": "Not assured"}
CU_SCRUTINY = [
    ("5", "Violence against women and girls", [
        ("PAC1", "How many domestic abuse suspects were arrested within 24 hours of the report?",
         "71% of named suspects were arrested within 24 hours, up from 63%; the rest were circulated as wanted.",
         "Assured", "No further action."),
        ("PAC2", "How does the force check the quality of stalking risk assessments?",
         "A detective sergeant reviews every high-risk assessment; a force-wide audit of medium-risk cases began "
         "in January.", "Assured with caveats", "Audit results to be reported in May."),
        ("PAC3", "Are victims of rape offered an independent sexual violence adviser at first contact?",
         "Officers are told to make the offer at first contact, but the crime system does not record whether it "
         "was made.", "Assured with caveats", "Force to confirm how the offer will be recorded."),
    ]),
    ("6", "Public confidence survey results", [
        ("PAC4", "What has changed since the survey showed confidence falling in rural areas?",
         "Rural engagement events were paused over the winter, and the force has no plan yet to restart them.",
         "Not yet assured", "A rural engagement plan is required before the next conference."),
    ]),
]
CU_LOG = [
    # (ref, date, action, owner, update, complete: printed in grey)
    ("AL/24/15", "28/11/2024", "Provide the number of rural crime reports attended within the target time.",
     "Supt Rural", "Figures provided on 9 January 2025.", True),
    ("AL/24/17", "28/11/2024", "Present the findings of the stalking risk assessment audit.", "DCI Public Protection",
     "Audit fieldwork to finish in April 2025.", False),
    ("AL/25/02", "30/01/2025", "Share the public confidence survey questionnaire with the OPFCC.",
     "Head of Performance", "Questionnaire shared with the OPFCC.", True),
    ("AL/25/03", "30/01/2025", "Confirm the number of independent sexual violence advisers in post.",
     "OPFCC Commissioning Lead", "Update to follow.", False),
]


def cumbria() -> tuple[bytes, dict]:
    look = PdfLook(margin=66.0, body_size=10.5, cell_size=9.0, header="OPFCC – Public Accountability Conference",
                   footer="OFFICIAL")

    def grey(text: str, done: bool) -> str:
        return f"{{{GREY}|{text}}}" if done else text

    log_rows = [("Ref", "Date", "Action", "Owner", "Update")]
    log_rows += [tuple(grey(cell, done) for cell in (ref, date, text, owner, update))
                 for ref, date, text, owner, update, done in CU_LOG]
    blocks = [
        P("**Office of the Police, Fire and Crime Commissioner for Cumbria (OPFCC)**"),
        H(CU_TITLE, 1),
        P("Thursday 27 February 2025, 10:00 am, Carleton Hall, Penrith"),
        H("Agenda", 2),
        T((("Item", "Title", "Lead"),) + tuple(CU_AGENDA), (0.7, 5, 2.6), header_rows=1),
        H("3. Action log", 2),
        T(tuple(log_rows), (1.1, 1.4, 3.5, 1.7, 3), header_rows=1),
        H("Scrutiny outcomes", 2),
        P("For each question the Commissioner records whether he is assured, assured with caveats, or not yet "
          "assured; caveats are followed up through the action log."),
    ]
    for number, heading, questions in CU_SCRUTINY:
        rows = [("Ref", "Question", "Force response", "Outcome", "Follow-up")]
        rows += list(questions)
        blocks += [H(f"{number}. {heading}", 3), T(tuple(rows), (0.8, 3, 3.6, 1.4, 2.2), header_rows=1)]
    data = render_pdf(blocks, look, CU_TITLE, "OPFCC Cumbria")
    records = {
        "documents": [document("pdf", None, CU_TITLE, "Cumbria Constabulary", CU_ORG, CU_DATE)],
        "meetings": [meeting(CU_DATE, CU_TITLE, CU_ORG, page=1)],
        "agenda_items": [agenda(CU_DATE, number, title, lead, page=1) for number, title, lead in CU_AGENDA],
        "assurance_decisions": [decision(CU_DATE, heading, ref, question, response, CU_OUTCOMES[outcome], follow_up)
                                for _n, heading, questions in CU_SCRUTINY
                                for ref, question, response, outcome, follow_up in questions],
        "actions": [action(iso(date), None, ref, text, update, "complete" if done else "outstanding", "glyph_colour",
                           "action_tracker")
                    for ref, date, text, _o, update, done in CU_LOG],
    }
    return data, records


# --- output -----------------------------------------------------------------------------------------------

PACKS = {
    "suffolk-app-2025-06-26.pdf": suffolk,
    "cheshire-sb-2025-07-18.docx": cheshire,
    "south-yorkshire-pab-2024-03-14.pdf": south_yorkshire,
    "nottinghamshire-srpm-2025-03-12.pdf": nottinghamshire,
    "leicestershire-cgb-2025-04-22.docx": leicestershire,
    "cumbria-pac-2025-02-27.pdf": cumbria,
}


def _set_pdf_pages(data: bytes, records: dict) -> None:
    """Each decision's and action's page: the first page whose text runs on
    with its first eight words, else whose words include them (a table
    cell's lines sit among other columns' words); four words, as round 3
    looks, would find an action's "The Inspector for rural crime" in the
    minute above it."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        texts = [re.sub(r"\s+", "", page.extract_text() or "").lower() for page in pdf.pages]
        pages = [round3._words(page.extract_text() or "") for page in pdf.pages]
        records["documents"][0]["pages"] = len(pdf.pages)
    for record_type, field in (("assurance_decisions", "question"), ("actions", "text")):
        for record in records[record_type]:
            opening = record[field].split()[:8]
            joined, first = "".join(opening).lower(), round3._words(" ".join(opening))
            found = ([i + 1 for i, text in enumerate(texts) if joined in text]
                     or [i + 1 for i, words in enumerate(pages) if first <= words])
            if not found:
                raise SystemExit(f"not found in the PDF: {record[field]!r}")
            record["page"] = found[0]


def _check_split_action(data: bytes) -> None:
    """The Nottinghamshire pack must break its fourth action over a page."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        texts = [" ".join((page.extract_text() or "").split()) for page in pdf.pages]
    opening, ending = "4. The Chief Executive of the OPCC", "public will be included in each report."
    starts = [i for i, text in enumerate(texts) if opening in text]
    ends = [i for i, text in enumerate(texts) if ending in text]
    if not starts or not ends or ends[0] != starts[0] + 1:
        raise SystemExit(f"action 4 is not split over a page break (starts {starts}, ends {ends})")


def main() -> None:
    for name, build in PACKS.items():
        data, records = build()
        if name.endswith(".pdf"):
            _set_pdf_pages(data, records)
        if name.startswith("nottinghamshire"):
            _check_split_action(data)
        write_pack(HERE, name, data, records, CHECKED)


if __name__ == "__main__":
    main()
