"""Round 26 (held out, issue 4): six scrutiny packs of PCC, PCVC and mayoral offices of the north and
Wales, and their hand-checked gold in gold/ (held out and scored in session 5, released).

    .venv/bin/python samples/corpus/scrutiny-round26/generate.py [FILE ...]

Word files are written with python-docx in Word's own styles (wordkit.py); four of them are saved
as PDF by LibreOffice (../office_pdf.py), as offices publish their packs. A PDF record's page is
found from the PDF's own text (pypdf): the first page holding the record's anchor. Names, figures
and wording are invented.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))  # its render.py draws the one reportlab pack

from pypdf import PdfReader  # noqa: E402

from office_pdf import docx_to_pdf  # noqa: E402
from render import Break, H, P, PdfLook, T, render_pdf  # noqa: E402
from wordkit import Word  # noqa: E402

CHECKED = ("Written blind for held-out round 26; every record hand-checked against the rendered document "
           "(and `scrutiny inspect`, layout only) by the round's writer. The extractors were not run.")
GREEN, RED, AMBER = "00B050", "FF0000", "FFC000"


# ---------------------------------------------------------------- gold record builders

def document(file_type: str, title: str, force: str, organisation: str, meeting_date: str) -> dict:
    return {"page": None, "file_type": file_type, "doc_kind": "scrutiny_pack", "title": title,
            "force": force, "organisation": organisation, "meeting_date": meeting_date,
            "publication_date": None, "status": "ok"}


def meeting(date: str, topic: str | None, organisation: str, title: str, anchor: str) -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "organisation": organisation,
            "title": title, "_anchor": anchor}


def agenda(date: str, items: list[tuple[str, str, str | None]]) -> list[dict]:
    return [{"page": None, "meeting_date": date, "number": number, "title": title, "presenter": presenter,
             "_anchor": "AGENDA"} for number, title, presenter in items]


def decision(date: str, topic: str | None, number: str | None, question: str, evidence: list[str],
             assurance: str | None, commentary: str | None) -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "question_number": number,
            "question": question, "evidence_summary": "\n".join(evidence), "assurance": assurance,
            "commentary": commentary, "_anchor": question[:45]}


def action(date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
           status: str, status_source: str, source: str = "action_tracker") -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "number": number, "text": text,
            "update": update, "status": status, "status_source": status_source, "source": source,
            "_anchor": text[:45]}


# ---------------------------------------------------------------- pages and writing

def _squash(text: str) -> str:
    return re.sub(r"[\s\u00ad]+", "", text).replace("\u2019", "'").lower()


def set_pages(data: bytes, records: dict) -> None:
    """Each paged record's page: the first page whose text holds its anchor ("AGENDA": page 1)."""
    pages = [_squash(page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages]
    records["documents"][0]["pages"] = len(pages)
    for kind, items in records.items():
        for record in items:
            anchor = record.get("_anchor")
            if anchor is None:
                continue
            if anchor == "AGENDA":
                record["page"] = 1
                continue
            found = [n for n, text in enumerate(pages, start=1) if _squash(anchor) in text]
            if not found:
                raise SystemExit(f"anchor not found in the PDF ({kind}): {anchor!r}")
            record["page"] = found[0]


def write(name: str, build: Callable[[], tuple[Word | bytes, dict]]) -> None:
    """Build one pack (a Word document, saved as PDF where the name says so, or a PDF drawn with
    reportlab), set its gold pages and write both."""
    made, records = build()
    data = made if isinstance(made, bytes) else made.data()
    if name.endswith(".pdf"):
        if not isinstance(made, bytes):
            data = docx_to_pdf(data)
        set_pages(data, records)
    for items in records.values():
        for record in items:
            record.pop("_anchor", None)
    (HERE / name).write_bytes(data)
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
    (HERE / "gold" / f"{name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
    pages = {kind: [r["page"] for r in items] for kind, items in records.items() if kind != "documents"}
    print(f"{name}: {len(data)} bytes; pages {pages}")


# ---------------------------------------------------------------- 1. Northumbria (Word saved as PDF)
# The reference family: Question | Brief Summary of Evidence | Decision of PCC, numbered actions
# (List Number), a tracker with a merged Topic column and a coloured square per row under a legend.

def northumbria() -> tuple[Word, dict]:
    org = "Police and Crime Commissioner for Northumbria"
    date, previous = "2027-02-10", "2026-12-09"
    w = Word(font="Arial", header="Office of the Police and Crime Commissioner for Northumbria",
             footer="Page {PAGE} of {NUMPAGES}", heading_colour="1F3864")
    w.title("Business and Scrutiny Meeting")
    w.para("**Date:** Wednesday 10 February 2027, 10.00am")
    w.para("**Venue:** Conference Room 2, Force Headquarters")
    w.para("**Chair:** Police and Crime Commissioner for Northumbria")
    w.para("**Topic:** Road safety and casualty reduction")
    w.heading("Agenda", 1)
    items = [("1", "Welcome and apologies", "Police and Crime Commissioner"),
             ("2", "Declarations of interest", "All"),
             ("3", "Notes of the meeting held on 9 December 2026 and action tracker", "Head of Scrutiny, OPCC"),
             ("4", "Road safety and casualty reduction", "Assistant Chief Constable (Operations)"),
             ("5", "Revenue and capital monitoring, quarter 3", "Chief Finance Officer"),
             ("6", "Any other business", "Police and Crime Commissioner")]
    w.table([["Item", "Title", "Presented by"]] + [list(i) for i in items], [15, 100, 55])
    w.para("Papers are published on the Commissioner's website a week before the meeting. The notes of "
           "this meeting will be published once they have been agreed.")

    w.page_break()
    notes_title = "Notes of the Business and Scrutiny Meeting held on 9 December 2026"
    w.heading(notes_title, 1)
    w.para("**Topic:** Missing people")
    w.para("**Present:** Police and Crime Commissioner (Chair); Chief Executive, OPCC; Head of Scrutiny, "
           "OPCC; Deputy Chief Constable; Assistant Chief Constable (Crime); Head of Public Protection.")
    w.heading("1. Welcome and apologies", 2)
    w.para("Apologies were received from the Chief Constable.")
    w.heading("2. Notes of the previous meeting", 2)
    w.para("The notes of the meeting of 14 October 2026 were agreed as a true record.")
    w.heading("3. Missing people", 2)
    w.para("The PCC put three questions to the force. The table records the evidence given and the PCC's "
           "decision on each.")
    topic = "Missing people"
    q = [("How many children were reported missing more than three times in the last year, and what is "
          "done to reduce repeat episodes?",
          ["412 children were reported missing more than three times, 61 per cent of them from children's homes.",
           "Each repeat episode now triggers a return home interview within 72 hours; 84 per cent were completed on time.",
           "A multi-agency panel meets every fortnight to review the twenty children with the most episodes."],
          "Assured", "The PCC was encouraged by the work of the panel and asked to see its results in the spring."),
         ("How does the force decide the level of risk when a person is first reported missing?",
          ["Call handlers use a structured set of questions, and a supervisor confirms the risk level within an hour.",
           "An audit of 150 reports found that the risk level had been recorded correctly in 118 of them.",
           "Refresher training for control room supervisors is planned but has not yet been scheduled."],
          "Partly Assured", "The PCC asked for the refresher training to be given dates and for the audit to be repeated."),
         ("What use is made of the Herbert Protocol for people living with dementia?",
          ["1,930 forms are held; the number grew by a third after a campaign with care homes.",
           "Officers cannot yet open the forms on their handheld devices, so they rely on the control room to read them out."],
          "Not Assured", "The PCC was concerned that officers on patrol cannot see the forms and wants a date for mobile access.")]
    rows = [["Question", "Brief Summary of Evidence", "Decision of PCC"]]
    for n, (question, evidence, level, comment) in enumerate(q, start=1):
        rows.append([f"{n}. {question}", [f"- {line}" for line in evidence], [f"**{level}**", f"*{comment}*"]])
    w.table(rows, [50, 80, 40])
    w.heading("4. Action tracker", 2)
    w.para("The tracker was reviewed and the updates noted.")
    w.heading("5. Any other business", 2)
    w.para("There was no other business.")
    w.heading("Actions", 2)
    minuted = ["Head of Public Protection to bring the results of the repeat missing panel to the spring meeting.",
               "Assistant Chief Constable (Crime) to confirm dates for refresher training on missing person risk "
               "assessment for control room supervisors.",
               "Head of Digital Policing to give a date when officers will be able to view Herbert Protocol forms "
               "on handheld devices."]
    w.bullets(minuted, numbered=True)

    w.section(landscape=True, header="Office of the Police and Crime Commissioner for Northumbria",
              footer="Page {PAGE} of {NUMPAGES}")
    w.heading("Action Tracker 2026/27", 1)
    w.para(f"{{#{GREEN}|■}} = Action complete        {{#{RED}|■}} = Action outstanding")
    tracker = [("BSM 26/21", "14/10/2026", "Hate crime",
                "Circulate the results of the hate crime victim satisfaction survey to the Chief Executive.",
                "Results circulated on 30 October 2026.", GREEN),
               ("BSM 26/22", "14/10/2026", None,
                "Arrange for the Independent Advisory Group to review a sample of closed hate crime cases.",
                "The group will review 25 cases at its March 2027 meeting.", RED),
               ("BSM 26/27", "09/12/2026", topic, minuted[0],
                "Panel results are on the agenda for the spring meeting.", RED),
               ("BSM 26/28", "09/12/2026", None, minuted[1],
                "Sessions booked for January and February 2027; the first was held on 14 January.", RED),
               ("BSM 26/29", "09/12/2026", None, minuted[2],
                "Mobile access to the forms went live on 2 February 2027.", GREEN)]
    rows = [["Ref", "Meeting", "Topic", "Action", "Update", "Status"]]
    for ref, when, subject, text, update, colour in tracker:
        rows.append([ref, when, subject or None, text, update, f"{{#{colour}|■}}"])
    w.table(rows, [22, 24, 30, 85, 80, 16], merges=[(1, 2, 2, 2), (3, 2, 5, 2)], size=9)

    w.section(landscape=False, header="Agenda item 4", footer="Page {PAGE} of {NUMPAGES}")
    w.heading("Road safety and casualty reduction", 1)
    w.para("**Report of:** Assistant Chief Constable (Operations)")
    w.heading("1. Purpose of the report", 2)
    w.para("1.1 This report updates the Commissioner on the number of people killed or seriously injured on "
           "the roads of the force area, and on the force's part in the regional casualty reduction partnership.")
    w.heading("2. Casualties", 2)
    w.table([["Year", "Killed", "Seriously injured", "Total"],
             ["2024", "31", "602", "633"], ["2025", "27", "571", "598"], ["2026 (to November)", "22", "548", "570"]],
            [50, 35, 45, 35])
    w.para("2.1 Speed remains a factor in two in five fatal collisions. Enforcement by mobile camera vans "
           "rose by 14 per cent in the year, and the force now shares its collision data with every highway "
           "authority in the area each month.")
    w.heading("3. Questions for the force", 2)
    w.para("The Commissioner will seek assurance on the following:")
    w.bullets(["How the force targets enforcement at the routes with the most serious collisions.",
               "What is known about the young drivers involved in fatal collisions, and what education is offered.",
               "How quickly the families of those killed on the roads are given a family liaison officer."])
    w.heading("4. Recommendation", 2)
    w.para("4.1 The Commissioner is asked to note the report and to decide her level of assurance at the meeting.")

    records = {
        "documents": [document("pdf", "Business and Scrutiny Meeting", "Northumbria Police", org, date)],
        "meetings": [meeting(date, "Road safety and casualty reduction", org, "Business and Scrutiny Meeting", "AGENDA"),
                     meeting(previous, topic, org, notes_title, notes_title)],
        "agenda_items": agenda(date, items),
        "assurance_decisions": [decision(previous, topic, str(n), question, evidence,
                                         level.replace("Partly Assured", "Partly assured").replace("Not Assured", "Not assured"),
                                         comment)
                                for n, (question, evidence, level, comment) in enumerate(q, start=1)],
        "actions": [action(f"{w_[1][6:]}-{w_[1][3:5]}-{w_[1][:2]}", "Hate crime" if w_[0] < "BSM 26/27" else topic,
                           w_[0], w_[3], w_[4], "complete" if w_[5] == GREEN else "outstanding", "glyph_colour")
                    for w_ in tracker],
        "grades": [],
    }
    return w, records



# ---------------------------------------------------------------- 2. Lancashire (Word)
# Minutes in paragraphs: "Question N:", "Response:", a bold "Assurance level:" line and "Comment:";
# "ACTION SSM/26/NN:" lines under each item; a landscape log with a Status column. One level is
# deferred to the next meeting.

def lancashire() -> tuple[Word, dict]:
    org = "Police and Crime Commissioner for Lancashire"
    date, previous = "2027-01-26", "2026-11-24"
    w = Word(font="Arial", size=11, header="Lancashire Police and Crime Commissioner", footer="{PAGE}",
             heading_colour="5B2C6F")
    w.title("Strategic Scrutiny Meeting")
    w.para("Tuesday 26 January 2027 at 2.00pm, Committee Room A, County Hall")
    w.para("**Chair:** Police and Crime Commissioner for Lancashire")
    w.heading("Agenda", 1)
    items = [("1", "Apologies and declarations of interest", "Chair"),
             ("2", "Minutes of the meeting held on 24 November 2026", "Chair"),
             ("3", "Action log", "Governance Officer"),
             ("4", "Domestic abuse: arrests and outcomes", "Detective Chief Superintendent, Public Protection"),
             ("5", "Force performance report", "Deputy Chief Constable"),
             ("6", "Any other business", "Chair")]
    times = ["14:00", "14:05", "14:10", "14:20", "15:00", "15:40"]
    w.table([["Time", "Item", "Lead"]] + [[t, f"{n}. {title}", lead] for t, (n, title, lead) in zip(times, items)],
            [20, 95, 55], header_fill="E8DAEF")
    w.para("Members of the public may attend. Questions for item 6 should reach the Commissioner's office "
           "two working days before the meeting.")

    w.page_break()
    notes_title = "Minutes of the Strategic Scrutiny Meeting held on 24 November 2026"
    w.heading(notes_title, 1)
    w.para("**Present:** Police and Crime Commissioner (Chair); Chief Executive; Chief Finance Officer; "
           "Deputy Chief Constable; Chief Superintendent, Contact Management; Head of Economic Crime.")
    w.heading("1. Apologies and declarations of interest", 2)
    w.para("Apologies were received from the Chief Constable. No interests were declared.")
    w.heading("2. Minutes and action log", 2)
    w.para("The minutes of 22 September 2026 were agreed. The action log was reviewed; see the log in this pack.")
    blocks = {
        "Contact management": [
            ("What are the current answer times for 999 and 101 calls, and how do they compare with the national standard?",
             ["In October, 93 per cent of 999 calls were answered within ten seconds, above the national standard of "
              "90 per cent. The average wait for a 101 call was 6 minutes 40 seconds, down from 11 minutes in the spring."],
             "Assured", "Assured", "The PCC recognised the improvement in 101 waiting times."),
            ("How many callers abandon a 101 call before it is answered, and what is being done about it?",
             ["One call in five is abandoned. A call-back option was introduced in September, and online reporting "
              "is promoted to callers while they wait."],
             "Partially assured", "Partly assured", "The PCC asked to see abandonment rates by time of day.")],
        "Fraud and cyber crime": [
            ("How does the force support victims of fraud who are vulnerable or have been targeted repeatedly?",
             ["The economic crime unit's two protect officers visited 240 vulnerable victims this year. Referrals "
              "come from Action Fraud, but 70 cases are waiting for a visit."],
             "Not assured", "Not assured",
             "The PCC was not assured that vulnerable victims are contacted quickly enough and asked for a plan to clear the backlog."),
            ("What proportion of cyber-dependent crime reports lead to a positive outcome?",
             ["Nine per cent of the reports closed this year led to a charge or an out-of-court resolution, in line "
              "with the regional average."],
             "Partially assured", "Partly assured", "The PCC will return to this in six months."),
            ("How many officers and staff have completed the national cyber awareness training?",
             ["The force could not yet give a figure, because the training records are being moved to a new system."],
             "Deferred to the next meeting", None, "The PCC will decide once the training figures are available.")],
    }
    actions = {"Contact management": ("SSM/26/31", "Chief Superintendent, Contact Management to provide 101 abandonment "
                                      "rates by hour of the day for the last six months."),
               "Fraud and cyber crime": ("SSM/26/32", "Head of Economic Crime to present a plan to clear the backlog "
                                         "of visits to vulnerable fraud victims.")}
    decisions = []
    intro = {"Contact management": "The Chief Superintendent for Contact Management presented the report on 999 "
                                   "and 101 call handling.",
             "Fraud and cyber crime": "The Head of Economic Crime presented the report on fraud and cyber crime."}
    for number, (topic, questions) in enumerate(blocks.items(), start=3):
        w.heading(f"{number}. {topic}", 2)
        w.para(intro[topic])
        for n, (question, evidence, printed, level, comment) in enumerate(questions, start=1):
            w.para(f"**Question {n}:** {question}")
            w.para(f"Response: {evidence[0]}")
            w.para(f"**Assurance level: {printed}**")
            w.para(f"Comment: {comment}")
            decisions.append(decision(previous, topic, str(n), question, evidence, level, comment))
        ref, text = actions[topic]
        w.para(f"**ACTION {ref}:** {text}")
    w.heading("5. Any other business", 2)
    w.para("There was no other business.")

    w.page_break()
    w.heading("Force performance report – quarter 2", 1)
    w.para("**Report of:** Deputy Chief Constable")
    w.para("1. The table compares the force's main measures with the same period of last year. The last column shows "
           "the direction of travel; it is not a target.")
    w.table([["Measure", "2026/27 Q2", "2025/26 Q2", "Direction"],
             ["Total recorded crime", "38,112", "39,870", "Down"],
             ["Positive outcome rate", "14.2%", "12.9%", "Up"],
             ["Emergency response within target", "86%", "83%", "Up"],
             ["Victim satisfaction (overall)", "71%", "72%", "Level"]],
            [70, 30, 30, 30], header_fill="E8DAEF")
    w.para("2. Domestic abuse arrests rose by 9 per cent, and the force will report on outcomes under item 4.")

    w.section(landscape=True, header="Lancashire Police and Crime Commissioner", footer="{PAGE}")
    w.heading("Strategic Scrutiny Meeting – Action Log", 1)
    log = [("SSM/26/24", "22/09/2026", None,
            "Share the results of the stalking protection order review with the Commissioner's office.",
            "DCI, Public Protection", "Nov 2026", "Shared on 2 November 2026.", "Complete"),
           ("SSM/26/25", "22/09/2026", None,
            "Provide the number of officers trained in trauma-informed interviewing.",
            "Head of Learning and Development", "Dec 2026", "Figure to follow once the January courses are complete.", "Open"),
           ("SSM/26/31", "24/11/2026", "Contact management", actions["Contact management"][1],
            "Chief Superintendent, Contact Management", "Jan 2027", "Data supplied to the Commissioner's office on 12 January 2027.", "Complete"),
           ("SSM/26/32", "24/11/2026", "Fraud and cyber crime", actions["Fraud and cyber crime"][1],
            "Head of Economic Crime", "Jan 2027", "Plan drafted; it will be presented at the March meeting.", "Overdue")]
    w.table([["Ref", "Date raised", "Action", "Owner", "Due", "Update", "Status"]]
            + [[ref, when, text, owner, due, update, status] for ref, when, _, text, owner, due, update, status in log],
            [24, 24, 71, 40, 18, 60, 20], header_fill="E8DAEF", size=9)

    records = {
        "documents": [document("docx", "Strategic Scrutiny Meeting", "Lancashire Constabulary", org, date)],
        "meetings": [meeting(date, None, org, "Strategic Scrutiny Meeting", "AGENDA"),
                     meeting(previous, None, org, notes_title, notes_title)],
        "agenda_items": agenda(date, items),
        "assurance_decisions": decisions,
        "actions": [action(f"{when[6:]}-{when[3:5]}-{when[:2]}", topic, ref, text, update,
                           "complete" if status == "Complete" else "outstanding", "status_column")
                    for ref, when, topic, text, _, _, update, status in log],
        "grades": [],
    }
    return w, records


# ---------------------------------------------------------------- 3. Gwent (Word saved as PDF)
# No. | Question | Response | Assurance level | Comments; an actions table closing the minutes; a log
# whose status is only the shading of an empty cell under a BRAG key (blue complete).

def gwent() -> tuple[Word, dict]:
    org = "Police and Crime Commissioner for Gwent"
    date, previous = "2027-03-02", "2026-12-01"
    w = Word(font="Verdana", size=9.5, header="Office of the Police and Crime Commissioner for Gwent",
             footer="Strategic Performance Board – Page {PAGE} of {NUMPAGES}", heading_colour="00594F")
    w.title("Strategic Performance Board")
    w.para("**Date:** 2 March 2027        **Time:** 10:00 – 12:30        **Location:** Police Headquarters and Microsoft Teams")
    w.para("**Chair:** Police and Crime Commissioner for Gwent")
    w.para("**Theme:** Rural crime")
    w.heading("Agenda", 1)
    items = [("1", "Welcome and apologies", "Police and Crime Commissioner", "Verbal"),
             ("2", "Minutes and actions of the meeting of 1 December 2026", "Chief of Staff", "Paper"),
             ("3", "Rural crime", "Chief Superintendent, Neighbourhoods", "Paper"),
             ("4", "Youth justice and diversion", "Head of Partnerships", "Paper"),
             ("5", "Any other business", "Police and Crime Commissioner", "Verbal")]
    w.table([["No.", "Item", "Lead Officer", "Paper"]] + [list(i) for i in items], [12, 80, 55, 20],
            header_fill="CCE5E2")

    w.page_break()
    notes_title = "Minutes of the Strategic Performance Board, 1 December 2026"
    w.heading(notes_title, 1)
    w.para("**Attendees:** Police and Crime Commissioner (Chair); Deputy Police and Crime Commissioner; "
           "Chief of Staff; Chief Constable; Assistant Chief Constable; Head of Criminal Justice.")
    w.heading("1. Welcome and apologies", 2)
    w.para("The Commissioner welcomed everyone. Apologies were received from the Chief Finance Officer.")
    w.heading("2. Minutes and actions of the previous meeting", 2)
    w.para("The minutes of 6 October 2026 were agreed. Progress on actions is shown in the action log.")
    w.heading("3. Stop and search", 2)
    w.para("The Assistant Chief Constable presented the quarterly stop and search report. The Commissioner's "
           "questions, the force's answers and the level of assurance are recorded below.")
    topic = "Stop and search"
    q = [("SS1", "Why is a Black person still more likely to be searched than a white person, and what is the force doing about it?",
          ["The disproportionality rate fell from 3.1 to 2.4 in the year.",
           "Every search of a person from an ethnic minority is now reviewed by a supervisor within 48 hours."],
          "Partially assured", "Partly assured", "The Commissioner wants to see the rate fall further and will keep it under review."),
         ("SS2", "How many searches find the item that was searched for?",
          ["The find rate was 31 per cent, against 27 per cent the year before; drugs remain the most common find."],
          "Assured", "Assured", "The Commissioner noted the improvement."),
         ("SS3", "How is body-worn video used to check the quality of searches?",
          ["Video was switched on in 78 per cent of searches. Only a small sample is viewed, because the team that "
           "reviews footage has two vacancies."],
          "Not assured", "Not assured", "The Commissioner asked for the vacancies to be filled and for more footage to be reviewed.")]
    rows = [["No.", "Question", "Response", "Assurance level", "Comments"]]
    for number, question, evidence, printed, _, comment in q:
        rows.append([number, question, evidence, printed, comment])
    w.table(rows, [12, 45, 55, 25, 33], header_fill="CCE5E2", size=9)
    w.heading("4. Any other business", 2)
    w.para("The Deputy Commissioner thanked the force for its work over the festive period.")
    w.heading("Actions", 2)
    minuted = [("SPB 26/40", "Recruit to the two vacancies in the body-worn video review team.", "Head of Professional Standards"),
               ("SPB 26/41", "Publish the quarterly stop and search figures on the force website.", "Assistant Chief Constable")]
    w.table([["Ref", "Action", "Owner"]] + [list(m) for m in minuted], [25, 100, 45], header_fill="CCE5E2")

    w.section(landscape=True, header="Office of the Police and Crime Commissioner for Gwent",
              footer="Strategic Performance Board – Page {PAGE} of {NUMPAGES}")
    w.heading("Action log", 1)
    w.para("Key: Blue = complete; Green = on track; Amber = at risk of delay; Red = overdue")
    blue, green, red = "0070C0", "00B050", "FF0000"
    log = [("SPB 26/33", "06/10/2026", None, "Review the use of force data for Taser deployments in custody.",
            "Assistant Chief Constable", "Review presented to the Commissioner on 20 November 2026.", blue),
           ("SPB 26/34", "06/10/2026", None, "Set out the plan for the new rural crime team's first year.",
            "Chief Superintendent, Neighbourhoods", "Plan to be presented under item 3 of this meeting.", red),
           ("SPB 26/40", "01/12/2026", topic, minuted[0][1], minuted[0][2],
            "One post filled in February 2027; interviews for the second are booked.", green),
           ("SPB 26/41", "01/12/2026", topic, minuted[1][1], minuted[1][2],
            "Figures for quarter 3 published on 15 January 2027.", blue)]
    fills = {(r, 5): colour for r, (*_, colour) in enumerate(log, start=1)}
    w.table([["Ref", "Date raised", "Action", "Owner", "Update", "Status"]]
            + [[ref, when, text, owner, update, ""] for ref, when, _, text, owner, update, _ in log],
            [24, 24, 73, 45, 75, 16], header_fill="CCE5E2", fills=fills, size=9)

    w.section(landscape=False, header="Agenda item 3", footer="Strategic Performance Board – Page {PAGE} of {NUMPAGES}")
    w.heading("Rural crime", 1)
    w.para("**Report of the Chief Superintendent, Neighbourhoods**")
    w.para("1. The rural crime team started work in January 2027 with one sergeant and six constables, funded "
           "by the Commissioner for two years.")
    w.para("2. Thefts of farm machinery fell by 18 per cent in 2026. Livestock worrying remains a concern: 64 "
           "incidents were reported, and sheep were killed in eleven of them.")
    w.para("3. The team works with the farming unions, the wildlife trusts and the fire service. A new rural "
           "watch scheme has 410 members.")
    w.para("4. The Commissioner is asked to note the report.")

    records = {
        "documents": [document("pdf", "Strategic Performance Board", "Gwent Police", org, date)],
        "meetings": [meeting(date, "Rural crime", org, "Strategic Performance Board", "AGENDA"),
                     meeting(previous, topic, org, notes_title, notes_title)],
        "agenda_items": agenda(date, [(n, title, lead) for n, title, lead, _ in items]),
        "assurance_decisions": [decision(previous, topic, number, question, evidence, level, comment)
                                for number, question, evidence, _, level, comment in q],
        "actions": [action(f"{when[6:]}-{when[3:5]}-{when[:2]}", subject, ref, text, update,
                           "complete" if colour == blue else "outstanding", "cell_shading")
                    for ref, when, subject, text, _, update, colour in log],
        "grades": [],
    }
    return w, records


# ---------------------------------------------------------------- 4. North Wales (Word saved as PDF)
# Bilingual labels (Welsh / English) throughout; minute numbers that run on from meeting to meeting
# (agenda 151-156, minutes 143-148, questions "146.1"); a bilingual level line "Lefel sicrwydd /
# Assurance level: Sicrwydd rhannol / Partially assured"; a log with no status column, whose status
# is only in the update's words.

def north_wales() -> tuple[Word, dict]:
    org = "Police and Crime Commissioner for North Wales"
    date, previous = "2027-02-16", "2026-11-17"
    header = "Comisiynydd Heddlu a Throseddu Gogledd Cymru / Police and Crime Commissioner for North Wales"
    footer = "Tudalen / Page {PAGE}"
    w = Word(font="Arial", size=10.5, header=header, footer=footer, heading_colour="1B4F72")
    w.title("Bwrdd Gweithredol Strategol / Strategic Executive Board")
    w.para("**Dyddiad / Date:** 16 Chwefror 2027 / 16 February 2027, 10:00")
    w.para("**Lleoliad / Venue:** Pencadlys yr Heddlu / Police Headquarters")
    w.para("**Cadeirydd / Chair:** Comisiynydd Heddlu a Throseddu / Police and Crime Commissioner")
    w.heading("Agenda / Rhaglen", 1)
    items = [("151", "Croeso ac ymddiheuriadau", "Welcome and apologies", "Comisiynydd", "Commissioner"),
             ("152", "Datgan buddiant", "Declarations of interest", "Pawb", "All"),
             ("153", "Cofnodion y cyfarfod blaenorol a'r log gweithredu", "Minutes of the previous meeting and action log",
              "Prif Weithredwr", "Chief Executive"),
             ("154", "Plismona'r ffyrdd", "Roads policing", "Prif Gwnstabl Cynorthwyol", "Assistant Chief Constable"),
             ("155", "Adroddiad cyllid", "Finance report", "Cyfarwyddwr Cyllid ac Adnoddau", "Director of Finance and Resources"),
             ("156", "Unrhyw fater arall", "Any other business", "Comisiynydd", "Commissioner")]
    w.table([["Rhif / No.", "Eitem / Item", "Cyflwynydd / Presenter"]]
            + [[n, f"{cy} / {en}", f"{cy_p} / {en_p}"] for n, cy, en, cy_p, en_p in items], [20, 95, 55],
            header_fill="D6EAF8")
    w.para("Mae'r papurau hyn ar gael yn Gymraeg ac yn Saesneg. / These papers are available in Welsh and in English.")

    w.page_break()
    notes_title = "Minutes of the Strategic Executive Board – 17 November 2026"
    w.heading("Cofnodion y Bwrdd Gweithredol Strategol – 17 Tachwedd 2026 / " + notes_title, 1)
    w.para("**Yn bresennol / Present:** Police and Crime Commissioner (Chair); Deputy Police and Crime "
           "Commissioner; Chief Executive; Chief Constable; Deputy Chief Constable; Assistant Chief Constable; "
           "Director of Finance and Resources.")
    w.heading("143. Croeso ac ymddiheuriadau / Welcome and apologies", 2)
    w.para("143.1 The Commissioner welcomed members. Apologies were received from the Chief Finance Officer.")
    w.heading("144. Datgan buddiant / Declarations of interest", 2)
    w.para("144.1 None.")
    w.heading("145. Cofnodion a log gweithredu / Minutes and action log", 2)
    w.para("145.1 The minutes of 22 September 2026 were agreed as a correct record. The action log was noted.")
    levels = {"Assured": "Sicr / Assured", "Partly assured": "Sicrwydd rhannol / Partially assured",
              "Not assured": "Dim sicrwydd / Not assured"}
    blocks = [
        ("146", "Trais yn erbyn menywod a merched", "Tackling violence against women and girls",
         [("How quickly are domestic abuse risk assessments reviewed by a specialist after a high-risk report?",
           "Ninety per cent of high-risk cases are reviewed by the specialist team within 24 hours. An audit of 200 "
           "assessments is being completed to check their quality.",
           "Partly assured", "The Commissioner asked to see the audit when it is complete."),
          ("What is the force doing to increase the use of domestic abuse protection orders?",
           "The force obtained 96 orders in the first six months of the new scheme, and a breach of an order now "
           "leads to an arrest in every case.",
           "Assured", "The Commissioner was pleased with the early results.")],
         ("A26/19", "Head of Public Protection to share the audit of domestic abuse risk assessments with the Commissioner.")),
        ("147", "Plismona yn y gymdogaeth", "Neighbourhood policing",
         [("How many PCSO posts are vacant, and how long does recruitment take?",
           "Twenty-three of 180 PCSO posts are vacant. Recruitment takes about five months, and an intake of twelve "
           "starts in February.",
           "Not assured", "The Commissioner was not assured that the vacancies will be filled this year and asked for a recruitment plan.")],
         ("A26/20", "Assistant Chief Constable to provide a plan for filling the PCSO vacancies by the end of 2027.")),
    ]
    decisions = []
    for minute, welsh, english, questions, (ref, text) in blocks:
        w.heading(f"{minute}. {welsh} / {english}", 2)
        w.para(f"{minute}.0 The Assistant Chief Constable introduced the report, which had been circulated in advance.")
        for n, (question, response, level, comment) in enumerate(questions, start=1):
            number = f"{minute}.{n}"
            w.para(f"**{number} Cwestiwn / Question:** {question}")
            w.para(f"**Ymateb / Response:** {response}")
            w.para(f"**Lefel sicrwydd / Assurance level:** {levels[level]}")
            w.para(f"**Sylw'r Comisiynydd / Commissioner's comment:** {comment}")
            decisions.append(decision(previous, english, number, question, [response], level, comment))
        w.para(f"**Cam gweithredu / Action ({ref}):** {text}")
    w.heading("148. Unrhyw fater arall / Any other business", 2)
    w.para("148.1 There was no other business. The next meeting will be held on 16 February 2027.")

    w.section(landscape=True, header=header, footer=footer)
    w.heading("Log gweithredu / Action log", 1)
    log = [("A26/14", "22/09/2026", "139", None, "Report the number of Clare's Law disclosures made within 35 days.",
            "Head of Public Protection", "Completed: figures reported to the Commissioner on 4 November 2026.", "complete"),
           ("A26/15", "22/09/2026", "140", None, "Provide an update on the replacement of the custody CCTV system.",
            "Director of Finance and Resources", "The contract has been awarded and installation will begin in April 2027.",
            "outstanding"),
           ("A26/19", "17/11/2026", "146", blocks[0][2], blocks[0][4][1], "Head of Public Protection",
            "Audit shared with the Commissioner on 20 January 2027.", "complete"),
           ("A26/20", "17/11/2026", "147", blocks[1][2], blocks[1][4][1], "Assistant Chief Constable",
            "Recruitment of the remaining PCSOs is under way; a plan will be brought to the April meeting.", "outstanding")]
    w.table([["Cyf. / Ref", "Dyddiad / Date", "Cofnod / Minute", "Cam gweithredu / Action", "Perchennog / Owner",
              "Diweddariad / Update"]]
            + [[ref, when, minute, text, owner, update] for ref, when, minute, _, text, owner, update, _ in log],
            [22, 25, 20, 80, 45, 65], header_fill="D6EAF8", size=9)

    w.section(landscape=False, header=header, footer=footer)
    w.heading("Eitem 154: Plismona'r ffyrdd / Item 154: Roads policing", 1)
    w.para("**Adroddiad gan / Report by:** Assistant Chief Constable")
    w.para("1. Thirty-one people died on the roads of the force area in 2026, four fewer than in 2025. "
           "Motorcyclists were a third of those killed.")
    w.para("2. The force carried out 4,800 roadside drug tests, a rise of a quarter, and 62 per cent were positive.")
    w.para("3. The Commissioner is asked to note the report and to question the force on its casualty reduction plan.")

    records = {
        "documents": [document("pdf", "Strategic Executive Board", "North Wales Police", org, date)],
        "meetings": [meeting(date, None, org, "Strategic Executive Board", "AGENDA"),
                     meeting(previous, None, org, notes_title, "Cofnodion y Bwrdd Gweithredol Strategol")],
        "agenda_items": agenda(date, [(n, en, en_p) for n, _, en, _, en_p in items]),
        "assurance_decisions": decisions,
        "actions": [action(f"{when[6:]}-{when[3:5]}-{when[:2]}", topic, ref, text, update, status,
                           "inferred_from_update")
                    for ref, when, _, topic, text, _, update, status in log],
        "grades": [],
    }
    return w, records


# ---------------------------------------------------------------- 5. West Yorkshire (Word)
# A Deputy Mayor's meeting; the agenda as numbered lines with the presenter in brackets; per item a
# two-column table: a full-width shaded question row, then "What we heard" beside "Judgement" (Full /
# Partial / No assurance); a tracker with the office's own status words (Discharged / Live) and key.

def west_yorkshire() -> tuple[Word, dict]:
    org = "Deputy Mayor for Policing and Crime"
    date, previous = "2027-02-23", "2026-12-15"
    header = "West Yorkshire Combined Authority – Policing and Crime"
    w = Word(font="Calibri", size=11, header=header, footer="Page {PAGE} of {NUMPAGES}", heading_colour="C00000")
    w.title("Community Outcomes Meeting")
    w.para("Tuesday 23 February 2027, 13:30 – 15:30, Wellington House")
    w.para("**Chair:** Deputy Mayor for Policing and Crime, on behalf of the Mayor of West Yorkshire")
    w.para("**Focus:** Neighbourhood crime")
    w.heading("Agenda", 1)
    items = [("1", "Introductions and apologies", None),
             ("2", "Notes and actions of the meeting held on 15 December 2026", None),
             ("3", "Burglary and vehicle crime", "Chief Superintendent, Crime Reduction"),
             ("4", "Shop theft and business crime", "Business Crime Lead"),
             ("5", "Any other business", None)]
    for n, title, presenter in items:
        w.para(f"{n}.  {title}" + (f" ({presenter})" if presenter else ""))

    w.page_break()
    notes_title = "Community Outcomes Meeting – Notes – 15 December 2026"
    w.heading(notes_title, 1)
    w.para("**Theme:** Serious violence")
    w.para("**Attendees:** Deputy Mayor for Policing and Crime (Chair); Head of Policing and Crime; Chief "
           "Constable; Assistant Chief Constable, Specialist Crime; Director, Violence Reduction Partnership.")
    w.heading("1. Introductions and apologies", 2)
    w.para("The Deputy Mayor welcomed attendees. There were no apologies.")
    w.heading("2. Notes and actions of the last meeting", 2)
    w.para("The notes of 20 October 2026 were agreed. Actions are reported in the tracker.")
    judgements = {"Assured": "Full assurance", "Partly assured": "Partial assurance", "Not assured": "No assurance"}
    blocks = [
        ("3", "Knife crime",
         [("How has knife crime changed over the last twelve months, and where is it concentrated?",
           ["Knife crime fell by 7 per cent to 2,140 offences.",
            "Half of all offences took place in two city centres, mostly on Friday and Saturday nights."],
           "Assured", "The Deputy Mayor welcomed the fall and the clear picture of where offences happen."),
          ("How are young people caught carrying a knife for the first time diverted from further offending?",
           ["Every child arrested for possession is referred to a youth worker within 48 hours.",
            "Only 55 per cent of referrals lead to the child taking part, and no one yet follows up those who decline."],
           "Partly assured", "The Deputy Mayor asked the force and the partnership to follow up children who decline.")],
         ("COM 26/33", "Violence Reduction Partnership to report how many children who declined a referral went on to reoffend.")),
        ("4", "Violence in the night-time economy",
         [("What difference have the new night-time safety marshals made?",
           ["Marshals have worked in three town centres since September.",
            "The force has not yet compared violence in those centres with other areas, so no difference can be shown."],
           "Not assured", "The Deputy Mayor asked for an evaluation before the scheme is extended.")],
         ("COM 26/34", "Assistant Chief Constable to commission an evaluation of the night-time safety marshals.")),
    ]
    decisions = []
    for number, title, questions, (ref, text) in blocks:
        w.heading(f"{number}. {title}", 2)
        rows, merges, fills = [], [], {}
        for n, (question, heard, level, comment) in enumerate(questions, start=1):
            merges.append((len(rows), 0, len(rows), 1))
            fills[(len(rows), 0)] = "F2DCDB"
            rows.append([f"**Question {n}:** {question}", None])
            rows.append([["**What we heard**"] + [f"- {line}" for line in heard],
                         ["**Judgement:** " + judgements[level], comment]])
            decisions.append(decision(previous, title, str(n), question, heard, level, comment))
        w.table(rows, [110, 60], header_rows=0, fills=fills, merges=merges, size=10)
        w.para(f"**Action {ref}:** {text}")
    w.heading("5. Any other business", 2)
    w.para("None.")

    w.page_break()
    w.heading("Action tracker", 1)
    w.para("Status key: **Discharged** – the action is complete and the Deputy Mayor has agreed to close it; "
           "**Live** – the action is still open.")
    log = [("COM 26/27", "20/10/2026", None, "Provide the number of domestic abuse perpetrators on the new behaviour change programme.",
            "Head of Safeguarding", "87 perpetrators have started the programme; figures sent on 6 November 2026.", "Discharged"),
           ("COM 26/28", "20/10/2026", None, "Share the refreshed hate crime strategy with the Deputy Mayor before publication.",
            "Assistant Chief Constable, Local Policing", "Strategy delayed until the consultation closes in March 2027.", "Live"),
           ("COM 26/33", "15/12/2026", "Knife crime", blocks[0][3][1], "Director, Violence Reduction Partnership",
            "Data matching with the youth justice service has started.", "Live"),
           ("COM 26/34", "15/12/2026", "Violence in the night-time economy", blocks[1][3][1],
            "Assistant Chief Constable, Specialist Crime", "A university has been commissioned; the report is due in May 2027.",
            "Discharged")]
    w.table([["Ref", "Raised", "Action", "Lead", "Update", "Status"]]
            + [[ref, when, text, lead, update, status] for ref, when, _, text, lead, update, status in log],
            [18, 20, 42, 30, 40, 20], header_fill="F2DCDB", size=9)

    records = {
        "documents": [document("docx", "Community Outcomes Meeting", "West Yorkshire Police", org, date)],
        "meetings": [meeting(date, "Neighbourhood crime", org, "Community Outcomes Meeting", "AGENDA"),
                     meeting(previous, "Serious violence", org, notes_title, notes_title)],
        "agenda_items": agenda(date, items),
        "assurance_decisions": decisions,
        "actions": [action(f"{when[6:]}-{when[3:5]}-{when[:2]}", topic, ref, text, update,
                           "complete" if status == "Discharged" else "outstanding", "status_column")
                    for ref, when, topic, text, _, update, status in log],
        "grades": [],
    }
    return w, records


# ---------------------------------------------------------------- 6. Durham (Word saved as PDF)
# A PCVC's board: Line of enquiry | Evidence provided | Assured? (Yes / Partly / No) | PCVC comment;
# "Agreed actions" as a bulleted list without references (the log gives them); a log with a Topic
# column and Closed / Open statuses.

def durham() -> tuple[Word, dict]:
    org = "Police, Crime and Victims' Commissioner for County Durham and Darlington"
    date, previous = "2027-03-09", "2027-01-12"
    header = "Police, Crime and Victims' Commissioner for County Durham and Darlington"
    w = Word(font="Tahoma", size=10, header=header, footer="Page {PAGE} of {NUMPAGES}", heading_colour="4A235A",
             margin_mm=18)
    w.title("Police and Crime Accountability Board")
    w.para("**Meeting date:** Tuesday 9 March 2027 at 09:30")
    w.para("**Chair:** Police, Crime and Victims' Commissioner")
    w.para("**Focus of the meeting:** Serious and organised crime")
    w.heading("Agenda", 1)
    items = [("1", "Apologies", None),
             ("2", "Notes of the last meeting and action log", "Governance Manager"),
             ("3", "Serious and organised crime", "Detective Chief Superintendent, Crime"),
             ("4", "Estates strategy update", "Chief Finance Officer"),
             ("5", "Any other business", None)]
    w.table([["Item", "Subject", "Lead"]] + [[n, t, p or ""] for n, t, p in items], [15, 95, 60], header_fill="E8DAEF")

    w.page_break()
    notes_title = "Police and Crime Accountability Board: notes of the meeting on 12 January 2027"
    w.heading(notes_title, 1)
    w.para("**Focus of the meeting:** Victims' Code compliance")
    w.para("**Present:** Police, Crime and Victims' Commissioner (Chair); Chief Executive; Chief Constable; "
           "Deputy Chief Constable; Head of Victim Services; Criminal Justice Manager.")
    w.heading("1. Apologies", 2)
    w.para("Apologies were received from the Chief Finance Officer.")
    w.heading("2. Notes of the last meeting and action log", 2)
    w.para("The notes of 10 November 2026 were agreed. The action log was reviewed (see below).")
    w.heading("3. Victims' Code compliance", 2)
    w.para("The Head of Victim Services presented the force's first quarterly return on compliance with the "
           "Victims' Code. The Commissioner's lines of enquiry were answered as follows.")
    topic = "Victims' Code compliance"
    q = [("LOE1", "How often are victims told within five days that a suspect has been charged?",
          ["Victims were told within five days in 81 per cent of charged cases, against a target of 90 per cent."],
          "Partly", "Partly assured", "The Commissioner wants the figure to reach the target by the summer."),
         ("LOE2", "Are victims offered the chance to make a victim personal statement?",
          ["An audit of 120 files found that an offer was recorded in 117 of them."],
          "Yes", "Assured", "The Commissioner was satisfied with the audit."),
         ("LOE3", "How does the force know whether victims were satisfied with the updates they received?",
          ["The victim survey asks about updates, but results cannot yet be split by crime type or by district."],
          "No", "Not assured", "The Commissioner asked for survey results by crime type and district.")]
    rows = [["Line of enquiry", "Evidence provided", "Assured?", "PCVC comment"]]
    for number, question, evidence, printed, _, comment in q:
        rows.append([f"{number}: {question}", evidence, printed, comment])
    w.table(rows, [48, 58, 22, 46], header_fill="E8DAEF", size=9.5)
    w.heading("4. Any other business", 2)
    w.para("There was no other business.")
    w.heading("Agreed actions", 2)
    minuted = ["Produce victim survey results split by crime type and district.",
               "Report monthly on the five-day charge notification rate until it reaches 90 per cent."]
    w.bullets(minuted)

    w.page_break()
    w.heading("Action log", 1)
    log = [("PCAB 38", "10/11/2026", "Rural crime", "Circulate the rural crime partnership's annual report to Board members.",
            "Report circulated on 1 December 2026.", "Closed"),
           ("PCAB 39", "10/11/2026", "Rural crime", "Map the locations of repeat livestock thefts with the farming community.",
            "Mapping with the farmers' unions continues; due April 2027.", "Open"),
           ("PCAB 42", "12/01/2027", topic, minuted[0], "First results by district will be in the April return.", "Open"),
           ("PCAB 43", "12/01/2027", topic, minuted[1], "Monthly reports received in February and March 2027.", "Open")]
    w.table([["Ref", "Date", "Topic", "Action", "Update", "Status"]]
            + [[ref, when, subject if r in (1, 3) else None, text, update, status]
               for r, (ref, when, subject, text, update, status) in enumerate(log, start=1)],
            [18, 22, 28, 50, 42, 14], header_fill="E8DAEF",
            merges=[(1, 2, 2, 2), (3, 2, 4, 2)], size=9)

    w.page_break()
    w.heading("Serious and organised crime", 1)
    w.para("**Report of the Detective Chief Superintendent, Crime**")
    w.para("1. The force is disrupting 41 organised crime groups, nine of them involved in county lines drug supply.")
    w.para("2. Cash and assets worth £2.3 million were seized under the Proceeds of Crime Act in 2026.")
    w.para("3. The Commissioner will ask how the force measures the harm caused by each group and how "
           "communities are told about the results of operations.")

    records = {
        "documents": [document("pdf", "Police and Crime Accountability Board", "Durham Constabulary", org, date)],
        "meetings": [meeting(date, "Serious and organised crime", org, "Police and Crime Accountability Board", "AGENDA"),
                     meeting(previous, topic, org, notes_title, notes_title)],
        "agenda_items": agenda(date, items),
        # A question labelled "LOE1" has the number after its label, "1" (round 12's convention, as
        # "KLOE 3" and "Q1"); only references such as "SV2" or "PAC4" keep their letters.
        "assurance_decisions": [decision(previous, topic, number.removeprefix("LOE"), question, evidence, level,
                                         comment)
                                for number, question, evidence, _, level, comment in q],
        "actions": [action(f"{when[6:]}-{when[3:5]}-{when[:2]}", subject, ref, text, update,
                           "complete" if status == "Closed" else "outstanding", "status_column")
                    for ref, when, subject, text, update, status in log],
        "grades": [],
    }
    return w, records


# ---------------------------------------------------------------- 7. South Yorkshire (reportlab PDF)
# A Mayor's board drawn by a PDF library (../scrutiny-round3/render.py): an agenda with a Purpose
# column; a "Ref | Key line of enquiry | Summary of response | Outcome" table whose outcome cell holds
# the level and the Mayor's comment in one line ("Partial assurance – ..."); agreed actions in a table;
# a log whose status is a letter (C / G / A / R) under a key.

def south_yorkshire() -> tuple[bytes, dict]:
    org = "Mayor of South Yorkshire"
    date, previous = "2027-03-16", "2027-01-19"
    look = PdfLook(font="Helvetica", bold_font="Helvetica-Bold", italic_font="Helvetica-Oblique", body_size=10.5,
                   cell_size=9.5, margin=56, header="South Yorkshire Mayoral Combined Authority",
                   footer="Public Accountability Board")
    items = [("1", "Welcome, introductions and apologies", "Mayor", "–"),
             ("2", "Minutes of the meeting held on 19 January 2027 and matters arising",
              "Head of Policing and Crime, SYMCA", "For approval"),
             ("3", "Chief Constable's update", "Chief Constable", "For information"),
             ("4", "Tackling rape and serious sexual offences", "Detective Chief Superintendent, Public Protection",
              "For assurance"),
             ("5", "Any other business", "Mayor", "–")]
    blocks = [H("Public Accountability Board", 1),
              P("**Date:** Tuesday 16 March 2027, 10:00        **Venue:** Broad Street West"),
              P("**Chair:** Mayor of South Yorkshire"),
              H("Agenda", 2),
              T(((("Agenda item", "Report", "Presented by", "Purpose"),)
                 + tuple((n, title, who, purpose) for n, title, who, purpose in items)),
                widths=(12, 90, 60, 28), header_rows=1),
              P("The Board meets in public. Its minutes, once approved, are published on the Combined "
                "Authority's website."),
              Break()]
    notes_title = "Public Accountability Board – Minutes of the meeting held on 19 January 2027"
    topic = "Stalking and harassment"
    blocks += [H(notes_title, 1),
               P(f"**Theme:** {topic}"),
               P("**Present:** Mayor of South Yorkshire (Chair); Deputy Mayor; Head of Policing and Crime; Chief "
                 "Constable; Assistant Chief Constable; Head of Public Protection."),
               H("1. Welcome and apologies", 2),
               P("The Mayor welcomed members. Apologies were received from the Chief Finance Officer."),
               H("2. Minutes of the previous meeting", 2),
               P("The minutes of the meeting held on 17 November 2026 were approved."),
               H("3. Chief Constable's update", 2),
               P("The Chief Constable updated the Board on the winter policing plan and the recruitment of "
                 "detectives. The Board noted the update."),
               H(f"4. {topic}", 2),
               P("The Head of Public Protection presented the report. The Mayor's key lines of enquiry and the "
                 "outcome of each are recorded below.")]
    q = [("4.1", "How many stalking protection orders has the force applied for, and how many were granted?",
          "The force applied for 58 orders in 2026 and 51 were granted. A specialist adviser now reviews every "
          "stalking case within two days.",
          "Full assurance", "Assured", "The Mayor praised the work of the specialist adviser."),
         ("4.2", "How does the force make sure that stalking is not recorded as harassment by mistake?",
          "A monthly audit checks fifty harassment crimes; last month eight should have been recorded as stalking.",
          "Partial assurance", "Partly assured", "The Mayor asked for the audit results to be shared with the Board each quarter."),
         ("4.3", "What support is offered to victims while their case waits for a court date?",
          "Victims are referred to the advocacy service, but waiting lists for an advocate have grown to nine weeks.",
          "No assurance", "Not assured", "The Mayor asked the force and the commissioning team to cut the waiting list.")]
    blocks.append(T(((("Ref", "Key line of enquiry", "Summary of response", "Outcome"),)
                     + tuple((ref, question, response, f"**{printed}** – {comment}")
                             for ref, question, response, printed, _, comment in q)),
                    widths=(10, 50, 70, 50), header_rows=1))
    minuted = [("PAB/27/03", "Share the stalking and harassment audit results with the Board each quarter.",
                "Head of Public Protection", "April 2027"),
               ("PAB/27/04", "Set out a plan to reduce the waiting list for stalking advocates.",
                "Head of Commissioning, SYMCA", "March 2027")]
    blocks += [P("**Actions agreed**"),
               T(((("No.", "Action", "Owner", "Deadline"),) + tuple(minuted)), widths=(24, 76, 45, 25), header_rows=1),
               H("5. Any other business", 2),
               P("There was no other business."),
               Break(),
               H("Action log", 1),
               P("Key: C = complete; G = on track; A = some delay; R = significant delay")]
    log = [("PAB/26/21", "17/11/2026", None, "Report the number of officers trained to use the new domestic abuse risk tool.",
            "Head of Learning", "All 1,240 response officers trained by 20 December 2026.", "C"),
           ("PAB/26/22", "17/11/2026", None, "Bring the neighbourhood policing review to the Board.",
            "Assistant Chief Constable", "Review delayed by the loss of the project lead; now expected in May 2027.", "R"),
           ("PAB/27/03", "19/01/2027", topic, minuted[0][1], minuted[0][2], "First quarterly audit report is attached to item 4.", "C"),
           ("PAB/27/04", "19/01/2027", topic, minuted[1][1], minuted[1][2],
            "Funding for two more advocates agreed; recruitment begins in April.", "A")]
    blocks.append(T(((("Ref", "Meeting", "Action", "Owner", "Progress", "RAG"),)
                     + tuple((ref, when, text, owner, update, rag) for ref, when, _, text, owner, update, rag in log)),
                    widths=(22, 27, 50, 35, 50, 14), header_rows=1))
    blocks += [Break(),
               H("Tackling rape and serious sexual offences", 1),
               P("**Report of the Detective Chief Superintendent, Public Protection**"),
               P("1. Recorded rape offences rose by 4 per cent in 2026. The charge rate for adult rape was 9.8 per "
                 "cent, up from 6.1 per cent two years ago."),
               P("2. The force has joined the national operating model for rape investigation, and every "
                 "investigation now has a named detective sergeant."),
               P("3. The Mayor will ask how victims are kept informed, and why one case in five is closed because the "
                 "victim withdraws support.")]
    data = render_pdf(blocks, look, title="Public Accountability Board – 16 March 2027",
                      author="South Yorkshire Mayoral Combined Authority")
    status = {"C": "complete", "G": "outstanding", "A": "outstanding", "R": "outstanding"}
    records = {
        "documents": [document("pdf", "Public Accountability Board", "South Yorkshire Police", org, date)],
        "meetings": [meeting(date, None, org, "Public Accountability Board", "AGENDA"),
                     meeting(previous, topic, org, notes_title, notes_title)],
        "agenda_items": agenda(date, [(n, title, who) for n, title, who, _ in items]),
        "assurance_decisions": [decision(previous, topic, ref, question, [response], level, comment)
                                for ref, question, response, _, level, comment in q],
        "actions": [action(f"{when[6:]}-{when[3:5]}-{when[:2]}", subject, ref, text, update, status[rag],
                           "status_column")
                    for ref, when, subject, text, _, update, rag in log],
        "grades": [],
    }
    return data, records


# ---------------------------------------------------------------- 8. Cumbria (Word)
# A PFCC's conference whose notes are one three-column table: Agenda item | Discussion | Outcome and
# actions. Each question and answer sits in the discussion cell ("Q1 –", "A –"), and the level is a
# line of its own ("Assurance: Partially assured"); the actions are in the third column, and the log
# (status words Completed / Ongoing / Not started) repeats them.

def cumbria() -> tuple[Word, dict]:
    org = "Police, Fire and Crime Commissioner for Cumbria"
    date, previous = "2027-02-25", "2026-12-10"
    header = "Cumbria Police, Fire and Crime Commissioner"
    w = Word(font="Arial", size=10.5, header=header, footer="Page {PAGE} of {NUMPAGES}", heading_colour="17375E")
    w.title("Public Accountability Conference")
    w.para("Thursday 25 February 2027, 10:00 – 12:00, Carleton Hall")
    w.para("**Chair:** Police, Fire and Crime Commissioner for Cumbria")
    w.para("**Theme:** Drugs and county lines")
    w.heading("Agenda", 1)
    items = [("1", "Apologies", None),
             ("2", "Notes and action log of the conference held on 10 December 2026", "Executive Support Officer"),
             ("3", "Drugs and county lines", "Detective Superintendent, Serious and Organised Crime"),
             ("4", "Questions from the public", "Commissioner"),
             ("5", "Any other business", None)]
    w.table([["No.", "Item", "Lead"]] + [[n, t, p or ""] for n, t, p in items], [15, 100, 55], header_fill="DBE5F1")

    w.page_break()
    notes_title = "Notes of the Public Accountability Conference held on 10 December 2026"
    w.heading(notes_title, 1)
    w.para("**Present:** Police, Fire and Crime Commissioner (Chair); Chief Executive; Chief Constable; Deputy "
           "Chief Constable; Superintendent, Road Policing; Head of Corporate Support.")
    topic = "Road safety"
    q = [("What has the force done to reduce the number of people killed or seriously injured on rural roads?",
          "Casualties on rural A roads fell by 12 per cent after average speed cameras were installed on three routes. "
          "The force ran 14 operations against speeding motorcyclists in the summer.",
          "Assured", "Assured", "The Commissioner recognised the reduction."),
         ("How many drivers were caught using a mobile phone, and how does the force deter it?",
          "623 drivers were caught in the year. An unmarked lorry cab is used on the motorway, but only on a few days "
          "each month because of the number of trained officers.",
          "Partially assured", "Partly assured", "The Commissioner asked for more officers to be trained to use the cab.")]
    discussion = ["The Superintendent, Road Policing presented the road safety report."]
    for n, (question, answer, printed, _, comment) in enumerate(q, start=1):
        discussion += [f"**Q{n} –** {question}", f"**A –** {answer}", f"**Assurance: {printed}.** {comment}"]
    minuted = ("PAC 26/19", "Train four more road policing officers to use the unmarked lorry cab.")
    rows = [["Agenda item", "Discussion", "Outcome and actions"],
            ["1. Apologies", "Apologies were received from the Chief Fire Officer.", "Noted."],
            ["2. Notes and action log of the last conference",
             "The notes of 8 October 2026 were agreed. The action log was updated.", "Agreed."],
            [f"3. {topic}", discussion, f"**Action {minuted[0]}:** {minuted[1]}"],
            ["4. Any other business", "None.", "–"]]
    w.table(rows, [35, 95, 40], header_fill="DBE5F1", size=9.5)

    w.section(landscape=True, header=header, footer="Page {PAGE} of {NUMPAGES}")
    w.heading("Public Accountability Conference – action log", 1)
    log = [("PAC 26/15", "08/10/2026", None, "Publish the force's response to the PEEL inspection on its website.",
            "Head of Corporate Support", "Published on 21 October 2026.", "Completed"),
           ("PAC 26/16", "08/10/2026", None, "Provide the Commissioner with a breakdown of 999 calls by district.",
            "Head of Contact Management", "", "Not started"),
           ("PAC 26/19", "10/12/2026", topic, minuted[1], "Superintendent, Road Policing",
            "Two officers trained in January; two more booked for March 2027.", "Ongoing")]
    w.table([["Ref", "Date raised", "Action", "Owner", "Update", "Status"]]
            + [[ref, when, text, owner, update, status] for ref, when, _, text, owner, update, status in log],
            [24, 24, 75, 45, 65, 24], header_fill="DBE5F1", size=9)

    w.section(landscape=False, header=header, footer="Page {PAGE} of {NUMPAGES}")
    w.heading("Drugs and county lines", 1)
    w.para("**Report of the Detective Superintendent, Serious and Organised Crime**")
    w.para("1. Eleven county lines into the county were closed in 2026, and 37 people were charged.")
    w.para("2. The force has identified 64 children at risk of exploitation by drug networks; each has a named "
           "officer and a plan agreed with children's services.")
    w.para("3. The Commissioner is asked to consider the report and to question the force on the support given "
           "to exploited children.")

    records = {
        "documents": [document("docx", "Public Accountability Conference", "Cumbria Constabulary", org, date)],
        "meetings": [meeting(date, "Drugs and county lines", org, "Public Accountability Conference", "AGENDA"),
                     meeting(previous, topic, org, notes_title, notes_title)],
        "agenda_items": agenda(date, items),
        "assurance_decisions": [decision(previous, topic, str(n), question, [answer], level, comment)
                                for n, (question, answer, _, level, comment) in enumerate(q, start=1)],
        "actions": [action(f"{when[6:]}-{when[3:5]}-{when[:2]}", subject, ref, text, update or None,
                           "complete" if status == "Completed" else "outstanding", "status_column")
                    for ref, when, subject, text, _, update, status in log],
        "grades": [],
    }
    return w, records

PACKS: dict[str, Callable[[], tuple[Word | bytes, dict]]] = {
    "northumbria-pcc-bsm-2027-02-10-r26.pdf": northumbria,
    "lancashire-pcc-ssm-2027-01-26-r26.docx": lancashire,
    "gwent-pcc-spb-2027-03-02-r26.pdf": gwent,
    "north-wales-pcc-seb-2027-02-16-r26.pdf": north_wales,
    "west-yorkshire-dmpc-com-2027-02-23-r26.docx": west_yorkshire,
    "durham-pcvc-pcab-2027-03-09-r26.pdf": durham,
    "south-yorkshire-mayor-pab-2027-03-16-r26.pdf": south_yorkshire,
    "cumbria-pfcc-pac-2027-02-25-r26.docx": cumbria,
}


def main(names: list[str]) -> None:
    for name, build in PACKS.items():
        if not names or name in names:
            write(name, build)


if __name__ == "__main__":
    main(sys.argv[1:])
