"""Round 26 (held out, issue 4): six scrutiny packs of PCC, PCVC and mayoral offices of the north and
Wales, and their hand-checked gold in heldout/.

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

from pypdf import PdfReader  # noqa: E402

from office_pdf import docx_to_pdf  # noqa: E402
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


def write(name: str, build: Callable[[], tuple[Word, dict]]) -> None:
    word, records = build()
    data = word.data()
    if name.endswith(".pdf"):
        data = docx_to_pdf(data)
        set_pages(data, records)
    for items in records.values():
        for record in items:
            record.pop("_anchor", None)
    (HERE / name).write_bytes(data)
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
    (HERE / "heldout" / f"{name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
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
    w.table(rows, [22, 24, 30, 95, 80, 16], merges=[(1, 2, 2, 2), (3, 2, 5, 2)], size=9)

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
            [24, 24, 80, 40, 18, 60, 20], header_fill="E8DAEF", size=9)

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
            [24, 24, 85, 45, 75, 16], header_fill="CCE5E2", fills=fills, size=9)

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

PACKS: dict[str, Callable[[], tuple[Word, dict]]] = {
    "northumbria-pcc-bsm-2027-02-10-r26.pdf": northumbria,
    "lancashire-pcc-ssm-2027-01-26-r26.docx": lancashire,
    "gwent-pcc-spb-2027-03-02-r26.pdf": gwent,
}


def main(names: list[str]) -> None:
    for name, build in PACKS.items():
        if not names or name in names:
            write(name, build)


if __name__ == "__main__":
    main(sys.argv[1:])
