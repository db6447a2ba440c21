"""Round 24 (blind, issue 4): five scrutiny packs at real length (8-14 pages), with all their parts.

Each pack is a Word file in Word's own styles (samples/corpus/scrutiny-round3/render.py): a front
sheet with the agenda, a cover note or exempt-item notice, the previous meeting's notes (questions,
assurance levels, actions), the force's papers with numbered paragraphs, performance tables and
appendices, the action log with its key, public questions, the forward plan and a glossary. Three
are saved as PDF by LibreOffice (../office_pdf.py), two stay Word files.

Gold goes to gold/ (staged in pending/ until the extractors were fixed). A PDF record's
page is the first page (after the front sheet, for the notes) whose text holds the record's anchor
words; DOCX pages are null.

    .venv/bin/python samples/corpus/scrutiny-round24/generate.py [FILE ...]
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))

from office_pdf import docx_to_pdf  # noqa: E402
from docx import Document  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from render import Break, Bul, H, Num, P, T, _stable_zip, render_docx  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind for round 24; every record hand-checked against the rendered document "
           "and `scrutiny inspect` by the round's writer.")

GREEN, AMBER, RED, GREY = "#92d050", "#ffc000", "#ff0000", "#bfbfbf"


class Gold:
    """The gold records of one pack, each with the words that find its page in the PDF."""

    def __init__(self, organisation: str, force: str) -> None:
        self.organisation, self.force = organisation, force
        self.records: dict[str, list[dict]] = {"documents": [], "meetings": [], "agenda_items": [],
                                               "assurance_decisions": [], "actions": [], "grades": []}
        self.anchors: list[tuple[dict, str, int]] = []  # (record, anchor words, first page it may be on)

    def _add(self, kind: str, record: dict, anchor: str, after: int) -> None:
        self.records[kind].append(record)
        self.anchors.append((record, anchor, after))

    def document(self, title: str, meeting_date: str) -> None:
        self.records["documents"].append({
            "page": None, "file_type": None, "pages": None, "doc_kind": "scrutiny_pack", "title": title,
            "force": self.force, "organisation": self.organisation, "meeting_date": meeting_date,
            "publication_date": None, "status": "ok"})

    def meeting(self, date: str, title: str, topic: str | None, anchor: str, after: int = 1) -> None:
        self._add("meetings", {"page": None, "meeting_date": date, "topic": topic,
                               "organisation": self.organisation, "title": title}, anchor, after)

    def agenda(self, date: str, items: list[tuple[str | None, str, str | None]]) -> None:
        for number, title, presenter in items:
            self._add("agenda_items", {"page": None, "meeting_date": date, "number": number, "title": title,
                                       "presenter": presenter}, "", 1)

    def decision(self, date: str, topic: str | None, number: str, question: str, evidence: str,
                 assurance: str | None, commentary: str | None) -> None:
        self._add("assurance_decisions", {
            "page": None, "meeting_date": date, "topic": topic, "question_number": number, "question": question,
            "evidence_summary": evidence, "assurance": assurance, "commentary": commentary}, question, 2)

    def action(self, date: str | None, topic: str | None, number: str, text: str, update: str | None,
               status: str, status_source: str, anchor: str | None = None) -> None:
        self._add("actions", {
            "page": None, "meeting_date": date, "topic": topic, "number": number, "text": text,
            "update": update, "status": status, "status_source": status_source, "source": "action_tracker"},
            anchor or text, 2)


def _words(text: str) -> list[str]:
    return re.sub(r"[^\w£%]+", " ", text.lower().replace("’", "'")).split()


def _holds(page: list[str], anchor: list[str], window: int = 60) -> bool:
    """Whether the page's words hold the anchor's words in order, close together: table cells wrap, so
    a cell's lines are interleaved with its neighbours' in the page text."""
    for start, word in enumerate(page):
        if word != anchor[0]:
            continue
        pos = start
        for wanted in anchor[1:]:
            try:
                pos = page.index(wanted, pos + 1, start + window)
            except ValueError:
                break
        else:
            return True
    return False


def set_pdf_pages(data: bytes, gold: Gold) -> int:
    """Give each record the first page (from its lower bound) holding its anchor's first six words; the
    front sheet's records (empty anchor) are on page 1."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [_words(page.extract_text() or "") for page in pdf.pages]
    for record, anchor, after in gold.anchors:
        if not anchor:
            record["page"] = 1
            continue
        words = _words(anchor)[:6]
        found = [i + 1 for i, page in enumerate(pages) if i + 1 >= after and _holds(page, words)]
        if not found:
            raise ValueError(f"anchor not found in the PDF: {anchor!r}")
        record["page"] = found[0]
    return len(pages)


def fit_table_grids(data: bytes) -> bytes:
    """Give each table's grid the widths of its cells, as Word writes them: the renderer sets only the
    cells' widths, and LibreOffice lays a table out by its grid (equal columns otherwise)."""
    document = Document(io.BytesIO(data))
    for table in document.tables:
        widths = [cell.get_or_add_tcPr().find(qn("w:tcW")).get(qn("w:w")) for cell in table.rows[0]._tr.tc_lst]
        for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
            column.set(qn("w:w"), width)
    buffer = io.BytesIO()
    document.save(buffer)
    return _stable_zip(buffer.getvalue())


def numbered(prefix: str, paragraphs: list[str]) -> list[P]:
    """A paper's numbered paragraphs: "3.1", "3.2", ... hung in the indent."""
    return [P(text, indent=28, hang=f"{prefix}.{i}") for i, text in enumerate(paragraphs, 1)]


def signature(name_line: str, role: str, date: str) -> list[P]:
    return [P("Signed: ……………………………………"), P(name_line), P(role), P(f"Date: {date}")]


# ----------------------------------------------------------------------------------------------
# 1. Bedfordshire: Accountability and Performance Board (Word)
# ----------------------------------------------------------------------------------------------

def bedfordshire() -> tuple[list, Gold, dict]:
    g = Gold("Police and Crime Commissioner for Bedfordshire", "Bedfordshire Police")
    title = "Accountability and Performance Board"
    g.document(title, "2026-12-03")
    g.meeting("2026-12-03", title, "Neighbourhood policing and antisocial behaviour", "")
    agenda = [
        ("1", "Welcome and apologies", "Commissioner"),
        ("2", "Declarations of interest", "All"),
        ("3", "Minutes of the meeting held on 1 October 2026", "Head of Governance, OPCC"),
        ("4", "Action log", "Head of Governance, OPCC"),
        ("5", "Neighbourhood policing and antisocial behaviour", "Assistant Chief Constable (Local Policing)"),
        ("6", "Quarterly performance report (July – September 2026)", "Head of Performance and Analysis"),
        ("7", "Questions from the public", "Commissioner"),
        ("8", "Forward plan", "Head of Governance, OPCC"),
        ("9", "Any other business", "All"),
        ("10", "Estates update (exempt)", "Chief Finance Officer"),
    ]
    g.agenda("2026-12-03", agenda)
    papers = {"1": "–", "2": "–", "3": "A", "4": "B", "5": "C", "6": "D", "7": "E", "8": "F", "9": "–",
              "10": "Not for publication"}
    blocks: list = [
        P("**Police and Crime Commissioner for Bedfordshire**"),
        H(title, 1),
        P("Thursday 3 December 2026, 14:00 – 16:30"),
        P("Conference Room 2, Police Headquarters, Kempston, and by video link"),
        P("**Theme:** Neighbourhood policing and antisocial behaviour"),
        H("Agenda", 2),
        T(((("Item", "Subject", "Lead", "Paper"),)
           + tuple((n, t, p, papers[n]) for n, t, p in agenda)), widths=(10, 58, 42, 25), header_rows=1),
        P("The Board is held in public and streamed on the Commissioner's website. The recording stays online "
          "for twelve months.", size=9),
        P("Contact: Governance Team, Office of the Police and Crime Commissioner, governance@bedfordshire.example",
          size=9),
        Break(),
        H("Cover note: publication of this pack", 2),
        P("To: Members of the Accountability and Performance Board"),
        P("From: Head of Governance, Office of the Police and Crime Commissioner"),
        P("Date: 25 November 2026"),
        P("The papers for the Board are attached as Papers A to F. They are published under the Elected Local "
          "Policing Bodies (Specified Information) Order 2011 and the Commissioner's publication scheme."),
        P("**Exempt item.** Item 10 concerns the proposed sale of a police building and contains information "
          "about the financial or business affairs of a third party. It is exempt from publication under "
          "paragraph 3 of Schedule 12A to the Local Government Act 1972, and the public interest in keeping it "
          "confidential outweighs the interest in disclosure. The paper is not included in this pack and the "
          "item will be taken after the livestream has ended."),
        P("Members are reminded to declare any interest in an item at the start of the meeting. Papers C and D "
          "were prepared by the Force; the Office has not changed their content beyond formatting."),
        *signature("Head of Governance", "Office of the Police and Crime Commissioner for Bedfordshire",
                   "25 November 2026"),
        Break(),
    ]

    # --- Paper A: minutes of the last meeting (one scrutiny item, with a stated theme) ---
    notes_date, notes_topic = "2026-10-01", "Road safety and the fatal four"
    notes_title = "Minutes of the Accountability and Performance Board held on 1 October 2026"
    g.meeting(notes_date, notes_title, notes_topic, notes_title, after=2)
    questions = [
        ("How many people were killed or seriously injured on the county's roads in the year to August 2026, "
         "and how does that compare with the previous year?",
         "The Force recorded 412 people killed or seriously injured, 9% fewer than the year before. Fatal "
         "collisions fell from 27 to 21. Most of the reduction was on the A-roads where average speed cameras "
         "were installed in 2025.",
         "Assured",
         "The Commissioner welcomed the fall and asked that the partnership keeps publishing the data quarterly."),
        ("What enforcement has the Force carried out against drink and drug driving, and how quickly are "
         "drug-driving samples analysed?",
         "There were 1,308 arrests for drink or drug driving, up 14%. The laboratory backlog means a blood "
         "sample now takes an average of 97 days to return, against a target of 60, and 41 cases were lost "
         "because the six-month charging limit passed.",
         "Partly assured",
         "The enforcement effort is good, but the Commissioner is concerned about cases lost to the time limit "
         "and wants a plan to bring the turnaround down."),
        ("How is the Force using the footage that the public send in through the dashcam portal?",
         "The portal received 5,940 submissions. Each is reviewed within 14 days and 38% led to a warning "
         "letter, a course or a prosecution. Two extra reviewers have been funded from the road safety budget.",
         "Assured",
         "The Commissioner noted that the portal is well used and asked for the outcome figures to be published."),
        ("Is the roads policing unit at its funded strength, and how many officers are trained in collision "
         "investigation?",
         "The unit has 58 of its 66 funded posts filled. Only 9 officers hold the collision investigation "
         "qualification against a need for 14, and two of them will retire next year. Investigations are being "
         "supported by a neighbouring force.",
         "Not assured",
         "The Commissioner is not assured that the Force can investigate fatal collisions without outside help "
         "and asked for a workforce plan for the unit."),
    ]
    blocks += [
        P("Paper A", size=9),
        H(notes_title, 1),
        P(f"**Theme:** {notes_topic}"),
        P("**Present:** Police and Crime Commissioner (Chair); Chief Executive, OPCC; Chief Finance Officer, "
          "OPCC; Chief Constable; Deputy Chief Constable; Assistant Chief Constable (Local Policing); Head of "
          "Roads Policing. **In attendance:** Head of Governance, OPCC (minutes)."),
        P("**Apologies:** Director of Finance (Force)."),
        H("1. Welcome and apologies", 2),
        *numbered("1", ["The Commissioner welcomed those present and those watching online. Apologies were noted."]),
        H("2. Minutes of the last meeting and action log", 2),
        *numbered("2", ["The minutes of the meeting held on 30 July 2026 were agreed as a true record.",
                        "The action log was reviewed. The updates are recorded in the log at Paper B."]),
        H(f"3. {notes_topic}", 2),
        *numbered("3", ["The Head of Roads Policing presented the Force's report, which set out performance "
                        "against the fatal four (speeding, drink and drug driving, mobile phone use and not "
                        "wearing a seat belt) and the work of the road safety partnership.",
                        "The Commissioner put the following questions to the Force."]),
    ]
    for i, (q, answer, level, comment) in enumerate(questions, 1):
        g.decision(notes_date, notes_topic, str(i), q, answer, level, comment)
        blocks += [P(f"**Question {i}:** {q}"), P(f"Response: {answer}"), P(f"**Level of assurance:** {level}"),
                   P(f"Commissioner's comment: {comment}")]
    minuted = [
        ("APB 26/44", "Provide a plan to reduce the turnaround time of drug-driving blood samples.",
         "Plan received on 12 November 2026; new laboratory contract from January 2027.", "Complete"),
        ("APB 26/45", "Present a workforce plan for the roads policing unit, including collision investigators.",
         "Plan in draft; to be presented at the February Board.", "On track"),
    ]
    blocks += [P(f"**ACTION ({minuted[0][0]}):** {minuted[0][1]}"),
               P(f"**ACTION:** {minuted[1][1]}"),
               H("4. Any other business", 2),
               *numbered("4", ["There was no other business. The next meeting will be held on 3 December 2026."]),
               P("These minutes were agreed as a true record at the meeting on 3 December 2026."),
               *signature("Police and Crime Commissioner", "Chair", "3 December 2026"),
               Break()]

    # --- Paper C: the Force's report (no decisions) ---
    blocks += [
        P("Paper C", size=9),
        H("Neighbourhood policing and antisocial behaviour", 1),
        P("Report of the Assistant Chief Constable (Local Policing)"),
        P("Security classification: Official. Suitable for publication: Yes."),
        H("1. Purpose of the report", 2),
        *numbered("1", ["This report updates the Board on the neighbourhood policing model introduced in April "
                        "2026 and on the Force's response to antisocial behaviour (ASB).",
                        "It also sets out progress against the ASB case review process and the hotspot "
                        "patrols funded by the Home Office."]),
        H("2. Recommendation", 2),
        *numbered("2", ["The Board is asked to note the report and the progress of the neighbourhood "
                        "policing review."]),
        H("3. Background", 2),
        *numbered("3", ["The neighbourhood model has 21 teams, each led by a sergeant and aligned to ward "
                        "boundaries. Teams include police constables, police community support officers and, in "
                        "four areas, a problem-solving coordinator.",
                        "Abstraction of neighbourhood officers to response duties was 17% in the first quarter "
                        "and 11% in the second quarter, against a ceiling of 10%.",
                        "ASB incidents reported to the Force have fallen by 6% compared with the same period "
                        "last year; the largest falls are in the town centres covered by hotspot patrols."]),
        H("4. Current position", 2),
        *numbered("4", ["Hotspot patrols: 11,420 hours of visible patrol were delivered in 30 hotspot areas "
                        "between April and September. Independent evaluation will report in March 2027.",
                        "ASB case reviews: 37 applications were received in the half year, of which 29 met the "
                        "threshold. All were held within the 25 working days the policy sets.",
                        "Problem-solving: 64 problem-solving plans are open, 19 of them on ASB linked to "
                        "off-road bikes."]),
        H("Table 1: ASB incidents by month", 3),
        T((("Month", "2025", "2026", "Change"),
           ("April", "1,512", "1,430", "-5%"), ("May", "1,688", "1,571", "-7%"), ("June", "1,744", "1,650", "-5%"),
           ("July", "1,902", "1,766", "-7%"), ("August", "1,851", "1,749", "-6%"),
           ("September", "1,598", "1,504", "-6%")), widths=(30, 20, 20, 20), header_rows=1),
        H("5. Risks and issues", 2),
        *numbered("5", ["Recruitment of PCSOs remains below plan; 14 posts are vacant.",
                        "The ASB case review process is not yet well known; awareness work with councils and "
                        "housing providers is planned for the new year."]),
        H("6. Next steps", 2),
        *numbered("6", ["The neighbourhood policing review will report to the Chief Officer Group in January "
                        "2027, with the findings presented to this Board in February."]),
        P("Assistant Chief Constable (Local Policing), November 2026"),
        Break(),
        H("Appendix 1: ASB incidents by community safety partnership area", 2),
        T((("Area", "Apr–Sep 2025", "Apr–Sep 2026", "Change", "Hotspots"),
           ("Bedford", "3,912", "3,655", "-7%", "11"), ("Central Bedfordshire", "3,480", "3,301", "-5%", "9"),
           ("Luton", "2,903", "2,714", "-7%", "10"), ("Force total", "10,295", "9,670", "-6%", "30")),
          widths=(40, 22, 22, 16, 16), header_rows=1),
        P("Source: Force incident system, extracted 4 November 2026. Figures are provisional.", size=9),
        Break(),
    ]

    # --- Paper D: quarterly performance (RAG shading is performance, not action status) ---
    measures = [("Total recorded crime", "52,310", "50,944", "-2.6%", GREEN),
                ("Burglary (residential)", "2,140", "1,968", "-8.0%", GREEN),
                ("Vehicle crime", "4,030", "4,212", "+4.5%", AMBER),
                ("Violence with injury", "6,118", "6,340", "+3.6%", AMBER),
                ("Domestic abuse crimes", "9,804", "10,012", "+2.1%", AMBER),
                ("Rape", "742", "798", "+7.5%", AMBER),
                ("Shoplifting", "4,455", "5,120", "+14.9%", RED),
                ("Positive outcome rate (all crime)", "11.2%", "12.9%", "+1.7 pts", GREEN),
                ("999 calls answered within 10 seconds", "88%", "91%", "+3 pts", GREEN),
                ("101 calls abandoned", "18%", "21%", "+3 pts", RED),
                ("Victim satisfaction (whole experience)", "72%", "70%", "-2 pts", AMBER)]
    rows = [("Measure", "12 months to Sep 2025", "12 months to Sep 2026", "Change", "Direction")]
    fills = {}
    for r, (measure, before, now, change, fill) in enumerate(measures, 1):
        rows.append((measure, before, now, change, ""))
        fills[(r, 4)] = fill
    blocks += [
        P("Paper D", size=9),
        H("Quarterly performance report: July to September 2026", 1),
        P("Prepared by the Force Performance and Analysis Unit for the Police and Crime Plan priorities."),
        *numbered("1", ["The table compares the twelve months to September 2026 with the twelve months before. "
                        "Green shows an improvement, amber a change within normal variation, red a "
                        "deterioration that is statistically significant.",
                        "Shoplifting continues to rise, in line with the national picture; the business crime "
                        "plan is covered in the forward plan for April 2027."]),
        T(tuple(rows), widths=(46, 22, 22, 16, 18), header_rows=1, fills=fills),
        P("Note: crime data are provisional and may change as crimes are reclassified.", size=9),
        Break(),
    ]

    # --- Paper B: action log with its key ---
    log = [
        ("APB 26/29", "30/07/2026", "2026-07-30", "Share the results of the custody survey with the Commissioner.",
         "Head of Custody", "Survey results shared on 2 September 2026.", "Complete"),
        ("APB 26/35", "30/07/2026", "2026-07-30", "Report on the use of the new ASB powers by neighbourhood teams.",
         "ACC Local Policing", "Delayed by the review of the neighbourhood model; now expected in January 2027.",
         "Overdue"),
        (*minuted[0][:1], "01/10/2026", notes_date, *minuted[0][1:2], "Head of Roads Policing", *minuted[0][2:]),
        (*minuted[1][:1], "01/10/2026", notes_date, *minuted[1][1:2], "ACC Local Policing", *minuted[1][2:]),
        ("APB 26/46", "01/10/2026", notes_date, "Publish the outcomes of dashcam portal submissions on the "
         "Force website.", "Head of Roads Policing", "", "On track"),
    ]
    status_of = {"Complete": "complete", "On track": "outstanding", "Overdue": "outstanding"}
    for ref, _raised, date, text, _owner, update, status in log:
        minuted_here = ref in (minuted[0][0], minuted[1][0])
        anchor = {minuted[0][0]: f"ACTION ({minuted[0][0]}): {text}", minuted[1][0]: f"ACTION: {text}"}.get(ref)
        g.action(date, notes_topic if date == notes_date else None, ref, text, update or None,
                 status_of[status], "status_column", anchor if minuted_here else text)
    blocks += [
        P("Paper B", size=9),
        H("Action log", 1),
        P("Actions from earlier Boards. Completed actions are removed once the Board has seen them closed."),
        T((("Status", "Meaning"), ("Complete", "The action is finished and the evidence has been received."),
           ("On track", "In progress and expected by the date agreed."),
           ("Overdue", "Past the date agreed; a new date is proposed.")), widths=(20, 80), header_rows=1),
        P(""),
        T((("Ref", "Date raised", "Action", "Owner", "Update", "Status"),)
          + tuple((ref, raised, text, owner, update, status) for ref, raised, _d, text, owner, update, status in log),
          widths=(22, 17, 30, 22, 32, 20), header_rows=1),
        Break(),
        P("Paper E", size=9),
        H("Questions from the public", 1),
        P("Questions may be sent to the Office up to five working days before the Board. Two were received."),
        P("**Question from a resident of Leighton Buzzard:** How many speed checks have community speed watch "
          "groups carried out this year, and what happens to the drivers they record?"),
        P("**Response:** Volunteers carried out 1,145 sessions and recorded 9,870 vehicles. The registered "
          "keepers receive a letter; a third letter leads to a visit from the neighbourhood team."),
        P("**Question from a business owner in Dunstable:** What is the Force doing about repeat shoplifters "
          "in the town centre?"),
        P("**Response:** The neighbourhood team has identified 12 prolific offenders, 8 of whom have been "
          "charged. Shops are being helped to share images through the business crime partnership."),
        Break(),
        P("Paper F", size=9),
        H("Forward plan 2027", 1),
        T((("Meeting", "Theme", "Lead"),
           ("4 February 2027", "Custody and detention", "Ch Supt Criminal Justice"),
           ("1 April 2027", "Business and retail crime", "ACC Local Policing"),
           ("3 June 2027", "Domestic abuse and stalking", "Head of Public Protection"),
           ("29 July 2027", "Finance: outturn 2026/27", "Director of Finance")), widths=(25, 45, 40), header_rows=1),
        P("Members may propose themes to the Head of Governance."),
        H("Glossary", 2),
        T((("Term", "Meaning"), ("ASB", "Antisocial behaviour"), ("KSI", "Killed or seriously injured"),
           ("OPCC", "Office of the Police and Crime Commissioner"), ("PCSO", "Police community support officer"),
           ("RAG", "Red, amber, green rating")), widths=(20, 80), header_rows=1),
    ]
    return blocks, g, {"header": ("Police and Crime Commissioner for Bedfordshire – Accountability and "
                                  "Performance Board – 3 December 2026",), "title": title}


# ----------------------------------------------------------------------------------------------
# 2. West Mercia: Holding to Account Meeting (Word saved as PDF)
# ----------------------------------------------------------------------------------------------

def west_mercia() -> tuple[list, Gold, dict]:
    g = Gold("Police and Crime Commissioner for West Mercia", "West Mercia Police")
    title = "Holding to Account Meeting"
    g.document(title, "2026-11-24")
    g.meeting("2026-11-24", title, None, "")
    agenda = [
        ("1", "Introduction and apologies", "Police and Crime Commissioner"),
        ("2", "Notes of the previous meeting and action tracker", "Deputy Chief Executive"),
        ("3", "Child exploitation", "Detective Chief Superintendent, Public Protection"),
        ("4", "Force performance – quarter 2 2026/27", "Deputy Chief Constable"),
        ("5", "HMICFRS inspection activity", "Head of Organisational Development"),
        ("6", "Any other business", "All"),
    ]
    g.agenda("2026-11-24", agenda)
    blocks: list = [
        H("Police and Crime Commissioner for West Mercia", 2),
        H(title, 1),
        P("Tuesday 24 November 2026 at 10:00"),
        P("Hindlip Park, Worcester – Conference Suite"),
        P("Attendees: Police and Crime Commissioner; Deputy Chief Executive; Treasurer; Chief Constable; "
          "Deputy Chief Constable; Assistant Chief Constable (Crime); Detective Chief Superintendent, Public "
          "Protection."),
        H("Agenda", 2),
        T(((("No.", "Item", "Presenter"),) + tuple(agenda)), widths=(10, 55, 45), header_rows=1),
        P("Holding to Account meetings are the Commissioner's formal means of scrutinising the Chief "
          "Constable. Notes of each meeting are published on the Commissioner's website within 28 days.",
          size=9),
        Break(),
    ]

    notes_date, topic = "2026-09-22", "Fraud and cyber crime"
    notes_title = "Holding to Account Meeting – Notes – 22 September 2026"
    g.meeting(notes_date, notes_title, topic, notes_title, after=2)
    rows = [
        ("FC1", "How many reports of fraud did Action Fraud refer to the Force in the last year, and how "
                "many were investigated locally?",
         "Action Fraud disseminated 2,364 reports. 1,140 were allocated for local investigation; the rest were "
         "closed with advice because there was no line of enquiry in the Force area.",
         "Substantial", "The Commissioner was content with how the referrals are triaged."),
        ("FC2", "What support do victims of fraud receive, particularly older and vulnerable victims?",
         "The economic crime victim care unit contacted 3,880 victims. Vulnerable victims are visited within "
         "five days. There is a waiting list of six weeks for the specialist advocate service.",
         "Limited", "The waiting list for advocates is too long; the Commissioner asked for options to reduce it."),
        ("FC3", "How does the Force make sure that cyber-dependent crime is investigated by officers with the "
                "right skills?",
         "All cyber-dependent crime is allocated to the regional cyber crime unit or the Force cyber team. "
         "Twenty-six officers have completed the national cyber investigation course.",
         "Reasonable", "The Commissioner noted the training figures and asked to see them again next year."),
        ("FC4", "How much money has been recovered for victims through asset confiscation in 2025/26?",
         "Confiscation orders worth £1.9m were made, but only £310,000 has been returned to victims so far. "
         "The Force could not say how much was still outstanding on older orders.",
         "No assurance", "The Force must be able to account for money owed to victims."),
    ]
    levels = {"Substantial": "Assured", "Reasonable": "Assured", "Limited": "Partly assured",
              "No assurance": "Not assured"}
    for ref, q, answer, level, comment in rows:
        g.decision(notes_date, topic, ref, q, answer, levels[level], comment)
    agreed = [
        ("HTA/26/18", "Set out options to shorten the waiting list for the fraud victim advocate service.",
         "Head of Economic Crime", "December 2026"),
        ("HTA/26/19", "Report the value of confiscation orders still unpaid and what is being done to "
                      "enforce them.", "Head of Economic Crime", "November 2026"),
    ]
    blocks += [
        H(notes_title, 1),
        P("**Present:** Police and Crime Commissioner (Chair), Deputy Chief Executive, Chief Constable, "
          "Assistant Chief Constable (Crime), Head of Economic Crime. **Notes:** Governance Officer."),
        H("1. Introduction and apologies", 2),
        P("The Commissioner opened the meeting. Apologies were received from the Treasurer."),
        H("2. Notes of the previous meeting and action tracker", 2),
        P("The notes of 21 July 2026 were agreed. The tracker was updated (see the Action tracker at the end "
          "of this pack)."),
        H(f"3. {topic}", 2),
        P("The Assistant Chief Constable (Crime) introduced the paper, which covered Action Fraud referrals, "
          "victim care, cyber-dependent crime and asset recovery. The Commissioner's questions, the Force's "
          "answers and the level of assurance given are recorded below."),
        P("Assurance levels: Substantial – robust arrangements, no further work needed; Reasonable – "
          "arrangements largely in place; Limited – significant gaps remain; No assurance – arrangements are "
          "not in place or not evidenced.", size=9),
        T((("Ref", "Question", "Summary of response", "Assurance level", "PCC's comments"),) + tuple(rows),
          widths=(10, 30, 36, 22, 27), header_rows=1),
        P("**Actions agreed**"),
        T((("Ref", "Action", "Owner", "Due"),) + tuple(agreed), widths=(18, 52, 22, 16), header_rows=1),
        H("4. Any other business", 2),
        P("None. The Commissioner thanked officers for the paper."),
        Break(),
        P("**Exempt item notice**"),
        P("Item 5 of this meeting includes information from HMICFRS that has not yet been published. It is "
          "not included in the public pack and will be published with the notes once the inspection report "
          "is released."),
        Break(),
    ]

    blocks += [
        H("Child exploitation", 1),
        P("Paper for the Holding to Account Meeting, 24 November 2026. Author: Detective Chief "
          "Superintendent, Public Protection. Classification: Official."),
        H("1. Introduction", 2),
        *numbered("1", ["This paper describes how the Force identifies and safeguards children at risk of "
                        "criminal and sexual exploitation, and how it pursues those who exploit them.",
                        "It responds to the Commissioner's request for an update one year after the launch of "
                        "the Force's child exploitation strategy."]),
        H("2. Summary", 2),
        *numbered("2", ["The Force has 412 children flagged as at risk of exploitation, 58% of them for "
                        "criminal exploitation linked to drug supply.",
                        "In its 2023-25 PEEL inspection, HMICFRS judged the Force adequate at protecting "
                        "vulnerable people; the exploitation teams were one of the strengths noted.",
                        "Multi-agency child exploitation meetings are held every fortnight in each of the "
                        "five local authority areas."]),
        H("3. Identification", 2),
        *numbered("3", ["Officers complete a child exploitation screening tool whenever a child is found "
                        "missing, arrested with drugs or found in the company of adults of concern.",
                        "Screening completion rose from 71% to 86% during the year after it was added to the "
                        "missing person record.",
                        "Return home interviews carried out by the local authorities are shared with the "
                        "exploitation hubs within 72 hours in four of the five areas."]),
        H("4. Pursue", 2),
        *numbered("4", ["Fifty-four people were charged with offences linked to child exploitation, including "
                        "nine under the Modern Slavery Act 2015.",
                        "Three county lines were closed in the last quarter with the regional organised crime "
                        "unit."]),
        H("Table 1: children flagged at risk, by local authority area", 3),
        T((("Area", "Criminal exploitation", "Sexual exploitation", "Both", "Total"),
           ("Herefordshire", "31", "22", "4", "57"), ("Shropshire", "48", "36", "6", "90"),
           ("Telford and Wrekin", "55", "41", "9", "105"), ("Worcestershire", "105", "47", "8", "160"),
           ("Total", "239", "146", "27", "412")), widths=(35, 20, 20, 12, 12), header_rows=1),
        H("5. Recommendation", 2),
        *numbered("5", ["The Commissioner is asked to note this report and the actions planned for 2027."]),
        Break(),
        H("Force performance – quarter 2 2026/27", 1),
        P("Paper of the Deputy Chief Constable. Period covered: July to September 2026."),
        *numbered("1", ["This paper reports the measures of the Safer West Mercia Plan for the second quarter.",
                        "Overall crime is stable. Rural crime fell by 8%, and the number of rural crime "
                        "officers rose to 22.",
                        "Response times in urban areas met the 15-minute target for 84% of emergencies; in "
                        "rural areas the 20-minute target was met for 79%."]),
        T((("Measure", "Q2 2025/26", "Q2 2026/27", "Trend"),
           ("All crime", "21,844", "21,702", "Stable"), ("Rural crime", "1,214", "1,117", "Improving"),
           ("Residential burglary", "861", "790", "Improving"), ("Violence against the person", "7,950", "8,214",
                                                                   "Worsening"),
           ("Hate crime", "602", "640", "Worsening"), ("Emergency response within target (urban)", "82%",
                                                        "84%", "Improving"),
           ("Emergency response within target (rural)", "80%", "79%", "Stable")),
          widths=(45, 18, 18, 18), header_rows=1,
          fills={(1, 3): AMBER, (2, 3): GREEN, (3, 3): GREEN, (4, 3): RED, (5, 3): RED, (6, 3): GREEN,
                 (7, 3): AMBER}),
        Break(),
        H("Appendix A: Performance data by policing area", 2),
        T((("Policing area", "All crime", "Change", "Positive outcomes", "Change"),
           ("Herefordshire", "2,904", "-1.2%", "13.1%", "+0.8 pts"), ("North Worcestershire", "5,221", "+0.6%",
                                                                      "11.4%", "+0.2 pts"),
           ("South Worcestershire", "4,980", "-0.9%", "12.0%", "-0.3 pts"), ("Shropshire", "4,466", "-2.1%",
                                                                              "12.7%", "+1.1 pts"),
           ("Telford and Wrekin", "4,131", "+1.4%", "10.9%", "+0.4 pts")), widths=(35, 15, 12, 18, 14),
          header_rows=1),
        P("Figures are taken from the Force crime recording system on 12 October 2026.", size=9),
        Break(),
    ]

    log = [
        ("HTA/26/09", "19/05/2026", "2026-05-19", "Provide the outcome of the review of the rural crime "
         "team's shift pattern.", "Supt Rural Crime", "Review completed; new shift pattern "
         "started 1 September 2026.", "Closed"),
        ("HTA/26/14", "21/07/2026", "2026-07-21", "Share the data on stop and search of children with the "
         "Commissioner's office.", "Head of Operations", "Data requested from the analysts; not yet received.",
         "Open – overdue"),
        (agreed[0][0], "22/09/2026", notes_date, agreed[0][1], agreed[0][2], "Options paper drafted; to be "
         "discussed with the Commissioner in December.", "Open"),
        (agreed[1][0], "22/09/2026", notes_date, agreed[1][1], agreed[1][2], "Report provided to the "
         "Deputy Chief Executive on 6 November 2026.", "Closed"),
    ]
    status_of = {"Closed": "complete", "Open": "outstanding", "Open – overdue": "outstanding"}
    for ref, _raised, date, text, _owner, update, status in log:
        g.action(date, topic if date == notes_date else None, ref, text, update, status_of[status],
                 "status_column")
    blocks += [
        H("Action tracker", 1),
        P("Status: Open – in progress; Open – overdue – past its due date; Closed – agreed as complete by the "
          "Commissioner."),
        T((("Ref", "Meeting", "Action", "Owner", "Update", "Status"),)
          + tuple((ref, raised, text, owner, update, status) for ref, raised, _d, text, owner, update, status in log),
          widths=(22, 17, 30, 22, 32, 20), header_rows=1),
        P(" "),
        H("Forward plan", 2),
        T((("Meeting", "Topics"), ("26 January 2027", "Budget and precept 2027/28; Workforce and wellbeing"),
           ("23 March 2027", "Rural and business crime; Road safety"),
           ("25 May 2027", "Domestic abuse; Police and Crime Plan annual review")), widths=(25, 75), header_rows=1),
        H("Glossary", 2),
        Bul(("HTA – Holding to Account", "HMICFRS – His Majesty's Inspectorate of Constabulary and Fire & "
             "Rescue Services", "PEEL – Police effectiveness, efficiency and legitimacy",
             "CSE / CCE – child sexual exploitation / child criminal exploitation")),
    ]
    return blocks, g, {"header": ("West Mercia PCC – Holding to Account – 24 November 2026",), "title": title}

# ----------------------------------------------------------------------------------------------
# 3. Dorset: Scrutiny and Performance Meeting (Word saved as PDF)
# ----------------------------------------------------------------------------------------------

def dorset() -> tuple[list, Gold, dict]:
    g = Gold("Police and Crime Commissioner for Dorset", "Dorset Police")
    title = "Scrutiny and Performance Meeting"
    g.document(title, "2026-12-09")
    g.meeting("2026-12-09", title, "Serious violence", "")
    agenda = [
        ("1", "Note of the meeting held on 14 October 2026"),
        ("2", "Performance report"),
        ("3", "Serious violence duty: annual update"),
        ("4", "Contact management"),
        ("5", "Professional standards: complaint handling times"),
        ("6", "Covert policing – restricted"),
    ]
    g.agenda("2026-12-09", [(n, t, None) for n, t in agenda])
    blocks: list = [
        P("**POLICE AND CRIME COMMISSIONER FOR DORSET**"),
        H(title, 1),
        P("Wednesday 9 December 2026, 10.00am"),
        P("Force Headquarters, Winfrith, and online"),
        P("**Theme:** Serious violence"),
        H("Agenda", 2),
        *[P(f"Item {n} – {t}") for n, t in agenda],
        P("Item 6 is restricted: the report will be considered in private because it contains information "
          "whose disclosure would prejudice the prevention or detection of crime. It is not published.",
          size=9),
        P("The Commissioner holds the Chief Constable to account at these meetings on behalf of the public. "
          "Questions are put to the Force in advance and the answers are discussed in the meeting.", size=9),
        Break(),
    ]

    notes_date = "2026-10-14"
    notes_title = "Note of the Scrutiny and Performance Meeting held on 14 October 2026"
    g.meeting(notes_date, notes_title, None, notes_title, after=2)
    items = {
        "Stop and search": [
            ("How many stop and searches did the Force carry out in the last quarter, and what proportion "
             "found what officers were looking for?",
             "Officers carried out 1,936 searches; 31% found the item searched for, and a further 6% led to "
             "another outcome such as an arrest for a different offence. The find rate has risen for three "
             "quarters in a row.",
             "Assured", "The Commissioner welcomed the rising find rate."),
            ("Why are black people still searched at a higher rate than white people in the county?",
             "Black people were 4.1 times more likely to be searched, down from 5.3. The Force has started "
             "reviewing every search of a black person through its scrutiny panel, but the panel has so far "
             "reviewed only a third of them.",
             "Partially assured", "Progress is being made but the disparity remains too high; the Commissioner "
             "wants every search reviewed."),
            ("Are officers switching on their body-worn video for every search?",
             "Footage was available for 92% of searches in September. Supervisors check a sample of ten "
             "searches a month on each team.",
             None, None),
        ],
        "Contact management": [
            ("How quickly were 999 and 101 calls answered in the summer, when demand was highest?",
             "In August 87% of 999 calls were answered within ten seconds, below the national target of 90%. "
             "The average wait for 101 was 9 minutes 40 seconds, and 23% of callers hung up.",
             "Not assured", "Callers to 101 are waiting too long. The Commissioner asked for a recovery plan."),
            ("What has the online reporting service done to reduce the demand on 101?",
             "Online reports rose to 3,410 a month, 27% of all non-emergency contact. Each is answered within "
             "24 hours.",
             "Assured", "The Commissioner asked the Force to keep promoting the online service."),
        ],
    }
    deferred = "Not assessed – the Commissioner asked for the October figures before giving a rating."
    minuted = {
        "Stop and search": ("SPM 26/27", "Report how many searches of black people the scrutiny panel has "
                                         "reviewed and what it found."),
        "Contact management": ("SPM 26/28", "Provide a recovery plan for 101 call answering, with monthly "
                                            "milestones."),
    }
    blocks += [
        H(notes_title, 1),
        P("**Present:** Police and Crime Commissioner; Chief Executive; Chief Finance Officer; Chief Constable; "
          "Deputy Chief Constable; Assistant Chief Constable (Operations); Head of Contact Management. "
          "**Note taker:** Scrutiny Officer."),
        H("1. Welcome and apologies", 2),
        P("The Commissioner welcomed attendees. No apologies had been received."),
        H("2. Note of the previous meeting", 2),
        P("The note of the meeting on 12 August 2026 was agreed. Actions are updated in the action log at the "
          "end of this pack."),
        H("3. Performance report", 2),
        P("The Deputy Chief Constable presented the performance report for the quarter. The Commissioner noted "
          "it; there were no questions on this item."),
    ]
    for section, (heading, questions) in enumerate(items.items(), 4):
        blocks += [H(f"{section}. {heading}", 2),
                   P(f"The Force had answered the Commissioner's questions on {heading.lower()} in writing. "
                     "The answers were discussed as follows.")]
        for i, (q, answer, level, comment) in enumerate(questions, 1):
            blocks += [H(f"Question {i}", 3), P(q), P(f"**Response:** {answer}")]
            if level is None:
                blocks.append(P(f"**Assurance rating:** {deferred}"))
                g.decision(notes_date, heading, str(i), q, answer, None,
                           "the Commissioner asked for the October figures before giving a rating.")
            else:
                blocks += [P(f"**Assurance rating:** {level}"), P(f"**Commissioner's observations:** {comment}")]
                g.decision(notes_date, heading, str(i), q, answer,
                           "Partly assured" if level == "Partially assured" else level, comment)
        ref, text = minuted[heading]
        blocks.append(P(f"**Action {ref}:** {text}"))
    blocks += [
        H("6. Any other business", 2),
        P("The Chief Constable updated the Commissioner on the policing of the summer events season. This was "
          "for information."),
        P("Date of next meeting: 9 December 2026."),
        Break(),
    ]

    months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"]
    blocks += [
        H("Item 2 – Performance report", 1),
        P("Report of the Deputy Chief Constable. Data to 31 October 2026."),
        *numbered("1", ["This report sets out performance against the priorities of the Police and Crime Plan: "
                        "cut crime and antisocial behaviour, make policing more visible and connected, fight "
                        "violent crime and high harm, and fight rural crime.",
                        "Figures compare the twelve months to October 2026 with the twelve months before. "
                        "Arrows show the direction of travel; shading shows whether the change is significant."]),
        T((("Priority", "Measure", "Previous 12 months", "Latest 12 months", "Change"),
           ("Cut crime and ASB", "All crime", "44,102", "43,518", "-1.3%"),
           ("Cut crime and ASB", "ASB incidents", "14,880", "13,905", "-6.6%"),
           ("Visible policing", "Neighbourhood patrol hours", "118,400", "131,050", "+10.7%"),
           ("Violent crime and high harm", "Violence with injury", "5,402", "5,611", "+3.9%"),
           ("Violent crime and high harm", "Knife-enabled offences", "402", "366", "-9.0%"),
           ("Violent crime and high harm", "Domestic abuse arrests", "2,880", "3,104", "+7.8%"),
           ("Rural crime", "Rural crime offences", "1,345", "1,290", "-4.1%"),
           ("Rural crime", "Wildlife and heritage crime", "212", "239", "+12.7%")),
          widths=(30, 35, 18, 18, 12), header_rows=1,
          fills={(1, 4): GREEN, (2, 4): GREEN, (3, 4): GREEN, (4, 4): RED, (5, 4): GREEN, (6, 4): GREEN,
                 (7, 4): AMBER, (8, 4): RED}),
        *numbered("2", ["Violence with injury has risen, driven by the night-time economy in the summer "
                        "months; see Item 3.",
                        "Wildlife and heritage crime has risen following awareness work with farmers, which "
                        "the Force regards as better reporting rather than more offending."]),
        H("Monthly 999 and 101 answering", 3),
        T((("Month",) + tuple(months),
           ("999 within 10 seconds", "91%", "90%", "88%", "86%", "87%", "90%", "92%"),
           ("101 average wait (min:sec)", "6:10", "6:45", "8:20", "9:05", "9:40", "7:30", "6:55"),
           ("101 abandoned", "15%", "17%", "21%", "22%", "23%", "19%", "16%")),
          widths=(32, 10, 10, 10, 10, 10, 10, 10), header_rows=1),
        Break(),
        H("Item 3 – Serious violence duty: annual update", 1),
        P("Report of the Assistant Chief Constable (Operations), on behalf of the Dorset Serious Violence "
          "Partnership."),
        H("1. Purpose", 2),
        *numbered("1", ["To update the Commissioner on the second year of the serious violence duty, which "
                        "requires the police, councils, health, probation, youth justice and fire services to "
                        "work together to prevent and reduce serious violence.",
                        "The Commissioner is the convenor of the partnership and holds the Home Office grant."]),
        H("2. Strategic needs assessment", 2),
        *numbered("2", ["The refreshed assessment found that serious violence is concentrated in the "
                        "night-time economy of the two largest towns, and among young men aged 15 to 24.",
                        "Hospital data on assault attendances are now shared monthly, which allowed the "
                        "partnership to identify three locations not known to the police."]),
        H("3. Interventions", 2),
        *numbered("3", ["Hotspot patrols were delivered in eight areas for 2,960 hours. Violence in the "
                        "patrolled areas fell by 14% against 3% elsewhere.",
                        "The youth navigator programme in the emergency department worked with 188 young people; "
                        "71% engaged for more than one session.",
                        "Knife amnesty bins collected 1,120 knives and other weapons."]),
        H("4. Funding", 2),
        T((("Stream", "2025/26 (£)", "2026/27 (£)"),
           ("Serious violence duty grant", "410,000", "398,000"), ("Hotspot policing grant", "1,000,000",
                                                                    "1,000,000"),
           ("Violence reduction activity (local)", "120,000", "145,000")), widths=(50, 20, 20), header_rows=1),
        H("5. Recommendation", 2),
        *numbered("5", ["That the Commissioner notes the progress made and the partnership's plan for "
                        "2027/28, which will be published in March 2027."]),
        Break(),
        H("Item 4 – Contact management", 1),
        P("Report of the Head of Contact Management."),
        *numbered("1", ["This report responds to the Commissioner's concerns about 101 waiting times raised at "
                        "the October meeting.",
                        "Eighteen new call handlers started in October, and a further twelve will start in "
                        "January 2027. Overtime was used to cover the peak hours on Friday and Saturday.",
                        "A call-back option was introduced on 1 November, so that callers can keep their place "
                        "in the queue without waiting on the line.",
                        "The recovery plan asked for at the last meeting is attached as Appendix 1."]),
        H("Appendix 1 – 101 recovery plan milestones", 2),
        T((("Milestone", "Target date", "Progress"),
           ("Recruit 18 call handlers", "October 2026", "Achieved"),
           ("Introduce call-back option", "November 2026", "Achieved"),
           ("Average 101 wait below 5 minutes", "February 2027", "Not yet due"),
           ("Abandonment rate below 10%", "March 2027", "Not yet due")), widths=(50, 22, 22), header_rows=1),
        P("The milestones are reviewed weekly by the Superintendent, Contact Management.", size=9),
        Break(),
        H("Item 5 – Professional standards: complaint handling times", 1),
        P("Report of the Head of Professional Standards."),
        *numbered("1", ["Complaints logged within two working days rose to 94% in the quarter, above the "
                        "national average.",
                        "The average time to finalise a complaint handled outside Schedule 3 was 21 working "
                        "days, and 148 days for those investigated under Schedule 3.",
                        "The Office of the Police and Crime Commissioner reviewed 61 complaints on request; 9 "
                        "were upheld and returned to the Force for further work."]),
        T((("Quarter", "Complaint cases", "Logged in 2 days", "Days to finalise (outside Sch. 3)"),
           ("Q3 2025/26", "402", "88%", "27"), ("Q4 2025/26", "381", "90%", "25"),
           ("Q1 2026/27", "417", "93%", "22"), ("Q2 2026/27", "436", "94%", "21")), widths=(22, 22, 22, 30),
          header_rows=1),
        Break(),
    ]

    log = [
        ("SPM 26/19", "12 Aug 2026", "2026-08-12", "Share the evaluation of the rural crime volunteers "
         "scheme.", "Supt Rural Crime", "Evaluation shared with the Commissioner on 30 September "
         "2026.", "Green"),
        ("SPM 26/22", "12 Aug 2026", "2026-08-12", "Explain the rise in wildlife and heritage crime reports.",
         "Head of Performance", "Covered in the performance report at Item 2 of this meeting.", "Green"),
        ("SPM 26/27", "14 Oct 2026", notes_date, minuted["Stop and search"][1], "ACC Operations",
         "Panel has reviewed 212 of 630 searches; findings to be reported in February 2027.", "Amber"),
        ("SPM 26/28", "14 Oct 2026", notes_date, minuted["Contact management"][1], "Head of Contact "
         "Management", "Plan provided at Item 4, Appendix 1.", "Green"),
        ("SPM 26/12", "10 Jun 2026", "2026-06-10", "Agree a date for the joint review of custody healthcare "
         "with the provider.", "Ch Supt Criminal Justice", "Provider has not yet agreed a date; "
         "escalated to the contract board.", "Red"),
    ]
    status_of = {"Green": "complete", "Amber": "outstanding", "Red": "outstanding"}
    topic_of = {ref: heading for heading, (ref, _text) in minuted.items()}
    for ref, _raised, date, text, _lead, update, rag in log:
        g.action(date, topic_of.get(ref), ref, text, update, status_of[rag], "status_column")
    fills = {(r, 5): {"Green": GREEN, "Amber": AMBER, "Red": RED}[row[-1]] for r, row in enumerate(log, 1)}
    blocks += [
        H("Action log", 1),
        T((("RAG", "Meaning"), ("Green", "Complete"), ("Amber", "In progress and on track"),
           ("Red", "Overdue or at risk")), widths=(15, 60), header_rows=1,
          fills={(1, 0): GREEN, (2, 0): AMBER, (3, 0): RED}),
        P(""),  # Word keeps a paragraph mark between two tables
        T((("Ref", "Meeting", "Action", "Lead", "Update", "RAG"),)
          + tuple((ref, raised, text, lead, update, rag) for ref, raised, _d, text, lead, update, rag in log),
          widths=(22, 17, 30, 22, 32, 20), header_rows=1, fills=fills),
        H("Glossary", 2),
        T((("Term", "Meaning"), ("ASB", "Antisocial behaviour"), ("Schedule 3", "Complaints recorded under "
                                                                              "Schedule 3 to the Police Reform Act 2002"),
           ("SPM", "Scrutiny and Performance Meeting"), ("SVD", "Serious violence duty")),
          widths=(20, 80), header_rows=1),
        P("Office of the Police and Crime Commissioner for Dorset, Winfrith, Dorchester. Published 2 December "
          "2026.", size=9),
    ]
    return blocks, g, {"header": ("Dorset OPCC | Scrutiny and Performance Meeting | 9 December 2026",),
                       "title": title}

# ----------------------------------------------------------------------------------------------
# 4. Leicester, Leicestershire and Rutland: Strategic Assurance Board (Word)
# ----------------------------------------------------------------------------------------------

def leicestershire() -> tuple[list, Gold, dict]:
    g = Gold("Police and Crime Commissioner for Leicester, Leicestershire and Rutland", "Leicestershire Police")
    title = "Strategic Assurance Board"
    g.document(title, "2026-11-30")
    focus = "Victims' services and the Victims' Code"
    g.meeting("2026-11-30", title, focus, "")
    agenda = [
        ("1", "Apologies for absence", "For information", "Chair"),
        ("2", "Declarations of interest", "For information", "All"),
        ("3", "Record of the meeting held on 21 September 2026", "For approval", "OPCC Governance Manager"),
        ("4", "Action log", "For assurance", "OPCC Governance Manager"),
        ("5", "Victims' Code compliance", "For assurance", "Head of Criminal Justice"),
        ("6", "Victim First: commissioned services report", "For information", "OPCC Head of Commissioning"),
        ("7", "Decisions taken by the Commissioner", "For information", "Chief Executive"),
        ("8", "Any other business", "–", "All"),
    ]
    g.agenda("2026-11-30", [(n, t, p) for n, t, _purpose, p in agenda])
    blocks: list = [
        P("**Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland**"),
        H(title, 1),
        T((("Date", "Monday 30 November 2026"), ("Time", "13:30 – 15:30"),
           ("Venue", "Meeting Room 1, Force Headquarters, Enderby"),
           ("Chair", "Police and Crime Commissioner")), widths=(20, 80), header_rows=0),
        P(f"**Focus:** {focus}"),
        H("Agenda", 2),
        T(((("Item", "Title", "Purpose", "Presenter"),) + tuple(agenda)), widths=(10, 46, 22, 32), header_rows=1),
        P("Reports for items 5 and 6 are attached. Item 7 lists decision notices already published on the "
          "Commissioner's website.", size=9),
        Break(),
        H("Report to the Strategic Assurance Board: cover sheet", 2),
        T((("Report of", "Chief Executive, OPCC"), ("Subject", "Strategic Assurance Board papers, 30 November "
                                                                "2026"),
           ("Status", "Official – for publication"),
           ("Purpose", "To provide the Commissioner with the information needed to hold the Chief Constable "
                       "to account for the Force's compliance with the Code of Practice for Victims of Crime.")),
          widths=(22, 78), header_rows=0),
        P("**Recommendation:** The Board is asked to note the papers and to consider the level of assurance "
          "they provide."),
        P("**Background:** The Board meets every eight weeks. Its records are approved at the following "
          "meeting and published on the Commissioner's website, with the action log."),
        P("**Implications:** Financial – none arising from this report. Legal – the Commissioner has a "
          "statutory duty to keep under review the compliance of criminal justice bodies with the Victims' "
          "Code. Equality – none identified. Risks – none beyond those set out in the reports."),
        P("Person to contact: OPCC Governance Manager, governance@opcc-llr.example"),
        Break(),
    ]

    notes_date, topic = "2026-09-21", "Business and retail crime"
    notes_title = "Strategic Assurance Board – Record of the meeting held on 21 September 2026"
    g.meeting(notes_date, notes_title, topic, notes_title, after=2)
    questions = [
        ("Chief Executive",
         "How has shop theft changed over the last year, and how many offences were solved?",
         "Shop theft rose by 19% to 7,402 offences. The charge rate rose from 14% to 18% after the Force "
         "started attending all incidents where a suspect was detained.",
         "Assured", "The Commissioner recognised the improvement in the charge rate."),
        ("Commissioner",
         "What is the Force doing about violence and abuse against shop workers?",
         "There were 612 assaults on retail staff. A dedicated investigator has been appointed for the city "
         "centre, but outside the city there is no consistent approach and body-worn video footage from "
         "shops is not always collected.",
         "Partly assured", "The Commissioner asked for a consistent approach across the whole force area."),
        ("Chief Finance Officer",
         "How is the Business Crime Partnership funded, and is it value for money?",
         "The partnership receives £85,000 a year from the Commissioner and £40,000 from business "
         "improvement districts. No evaluation has been done, so the Force could not show its impact.",
         "Not assured", "Funding beyond March 2027 will depend on an evaluation."),
        ("Commissioner",
         "How do rural businesses report crime and get advice?",
         "Rural businesses can report through the farm watch scheme, which has 1,260 members. The rural crime "
         "team held 34 advice surgeries at markets and shows.",
         "Assured", "The Commissioner was pleased with the engagement shown."),
    ]
    arising = [
        ("SAB/26/07", "Set out a force-wide approach to investigating assaults on shop workers."),
        ("SAB/26/08", "Commission an evaluation of the Business Crime Partnership before the funding decision."),
    ]
    blocks += [
        H(notes_title, 1),
        P(f"**Topic:** {topic}"),
        P("**Attendees:** Police and Crime Commissioner (Chair); Chief Executive; Chief Finance Officer; OPCC "
          "Governance Manager (record); Chief Constable; Assistant Chief Constable (Local Policing); Head of "
          "Business Crime."),
        H("1. Apologies for absence", 2),
        P("Apologies were received from the Deputy Chief Constable."),
        H("2. Declarations of interest", 2),
        P("None."),
        H("3. Record of the meeting held on 20 July 2026 and action log", 2),
        P("The record was approved. The action log was reviewed; updates are shown in the log with this pack."),
        H(f"4. {topic}", 2),
        P("The Assistant Chief Constable (Local Policing) introduced the report. Members asked the following "
          "questions."),
    ]
    for i, (asker, q, answer, level, comment) in enumerate(questions, 1):
        g.decision(notes_date, topic, str(i), q, answer, level, comment)
        blocks += [P(f"**Question {i}** ({asker}): {q}"), P(f"Response: {answer}"),
                   P(f"**Outcome:** {level}. {comment}")]
    blocks += [
        P("**Actions arising**"),
        Num(tuple(text for _ref, text in arising)),
        H("5. Any other business", 2),
        P("The Chief Constable informed the Board of the planned changes to the custody suites over the "
          "Christmas period. No action was required."),
        *signature("Police and Crime Commissioner", "Chair of the Strategic Assurance Board", "30 November 2026"),
        Break(),
    ]

    log = [
        ("SAB/26/03", "18 May 2026", "2026-05-18", "Provide the Victims' Code compliance audit results for "
         "the last quarter.", "Head of Criminal Justice", "Results provided to the OPCC on 10 July 2026.",
         "Closed"),
        ("SAB/26/05", "20 July 2026", "2026-07-20", "Confirm how victims of fraud are referred to Victim "
         "First.", "Head of Economic Crime", "Referral pathway agreed in principle; waiting for the data "
         "sharing agreement to be signed.", "Open – revised date agreed"),
        (arising[0][0], "21 Sept 2026", notes_date, arising[0][1], "ACC Local Policing",
         "Approach agreed by the Chief Officer Team on 4 November 2026 and launched on 16 November.", "Closed"),
        (arising[1][0], "21 Sept 2026", notes_date, arising[1][1], "OPCC Head of Commissioning",
         "Evaluation specification drafted.", "Open"),
    ]
    status_of = {"Closed": "complete", "Open": "outstanding", "Open – revised date agreed": "outstanding"}
    for ref, _raised, date, text, _owner, update, status in log:
        g.action(date, topic if date == notes_date else None, ref, text, update, status_of[status],
                 "status_column")
    blocks += [
        H("Strategic Assurance Board – action log", 1),
        P("Closed actions are shown once and then removed from the log."),
        T((("Action no.", "Date of meeting", "Action", "Owner", "Progress update", "Status"),)
          + tuple((ref, raised, text, owner, update, status) for ref, raised, _d, text, owner, update, status in log),
          widths=(22, 17, 30, 22, 32, 20), header_rows=1),
        Break(),
        H("Victims' Code compliance", 1),
        P("Report of the Head of Criminal Justice, Leicestershire Police. Agenda item 5."),
        H("1. Purpose", 2),
        *numbered("1", ["This report provides the Commissioner with an assessment of the Force's compliance "
                        "with the twelve rights of the Code of Practice for Victims of Crime in England and "
                        "Wales (the Victims' Code).",
                        "It draws on the Force's quarterly audit of 240 crime records and on the victim "
                        "satisfaction survey."]),
        H("2. Summary", 2),
        *numbered("2", ["Compliance with the right to be referred to support services was 91%. Compliance "
                        "with the right to make a victim personal statement was 64%, the lowest of the rights "
                        "audited.",
                        "Victims told the survey that being kept informed was what mattered most to them, and "
                        "that updates were less frequent once a suspect had been charged."]),
        H("3. Audit results by right", 2),
        T((("Right", "Description", "Q1 2026/27", "Q2 2026/27"),
           ("1", "To be able to understand and to be understood", "97%", "98%"),
           ("2", "To have the details of the crime recorded without unjustified delay", "95%", "96%"),
           ("3", "To be provided with information when reporting the crime", "88%", "90%"),
           ("4", "To be referred to services that support victims", "89%", "91%"),
           ("5", "To be provided with information about compensation", "71%", "74%"),
           ("6", "To be provided with information about the investigation and prosecution", "78%", "80%"),
           ("7", "To make a victim personal statement", "61%", "64%"),
           ("8", "To be given information about the trial and trial process", "83%", "85%")),
          widths=(10, 60, 15, 15), header_rows=1),
        H("4. Improvement activity", 2),
        *numbered("4", ["A short training package on victim personal statements has been issued to all "
                        "investigators, and statement completion is now a field on the crime record.",
                        "The Witness Care Unit has added an automated text message when a court date is set."]),
        H("5. Recommendation", 2),
        *numbered("5", ["The Board is asked to note the audit results and the improvement activity."]),
        Break(),
        H("Victim First: commissioned services report", 1),
        P("Report of the OPCC Head of Commissioning. Agenda item 6."),
        *numbered("1", ["Victim First is the Commissioner's commissioned service for victims of crime across "
                        "Leicester, Leicestershire and Rutland. It provides needs assessment, emotional "
                        "support, specialist advocacy and restorative justice.",
                        "In the half year to September the service received 14,920 referrals, contacted 97% "
                        "within two working days and supported 3,110 victims on a longer-term basis.",
                        "Demand for the independent sexual violence advisers has risen by 22%; waiting times "
                        "are now four weeks."]),
        T((("Service line", "Referrals", "Supported", "Satisfied at closure"),
           ("Core victim service", "12,340", "2,210", "88%"), ("Young victims", "1,205", "402", "91%"),
           ("Sexual violence advisers", "890", "310", "93%"), ("Restorative justice", "485", "188", "95%")),
          widths=(40, 18, 18, 22), header_rows=1),
        P("Contract value 2026/27: £2.4 million, of which £1.1 million is Ministry of Justice grant.", size=9),
        Break(),
        H("Decisions taken by the Commissioner since the last meeting", 1),
        P("The following decision notices have been signed and published. They are listed for information."),
        T((("Decision no.", "Title", "Date signed"),
           ("D/2026/41", "Award of the victim advocacy contract extension", "2 October 2026"),
           ("D/2026/43", "Grant to the Business Crime Partnership 2026/27", "16 October 2026"),
           ("D/2026/47", "Purchase of mobile CCTV units for rural areas", "5 November 2026")),
          widths=(18, 60, 22), header_rows=1),
        H("Glossary", 2),
        Bul(("ISVA – Independent sexual violence adviser", "OPCC – Office of the Police and Crime Commissioner",
             "SAB – Strategic Assurance Board", "VPS – Victim personal statement")),
    ]
    return blocks, g, {"header": ("OPCC Leicester, Leicestershire and Rutland – Strategic Assurance Board",),
                       "title": title}

# ----------------------------------------------------------------------------------------------
# 5. Thames Valley: Performance and Accountability Meeting (Word saved as PDF)
# ----------------------------------------------------------------------------------------------

def thames_valley() -> tuple[list, Gold, dict]:
    g = Gold("Police and Crime Commissioner for Thames Valley", "Thames Valley Police")
    title = "Performance and Accountability Meeting"
    g.document(title, "2026-12-15")
    focus = "Violence against women and girls"
    g.meeting("2026-12-15", title, focus, "")
    agenda = [
        ("1", "Apologies and declarations of interest", "PCC"),
        ("2", "Note of the meeting of 29 September 2026", "Chief Executive, OPCC"),
        ("3", "Action tracker", "Chief Executive, OPCC"),
        ("4", "Violence against women and girls: delivery plan update", "Assistant Chief Constable, "
                                                                        "Crime and Criminal Justice"),
        ("5", "Police and Crime Plan performance: quarter 2", "Deputy Chief Constable"),
        ("6", "Questions from the public", "PCC"),
        ("7", "Any other business", "All"),
    ]
    g.agenda("2026-12-15", agenda)
    blocks: list = [
        P("**Office of the Police and Crime Commissioner for Thames Valley**"),
        H(title, 1),
        P("15 December 2026, 10:00 – 12:30, Police Headquarters, Kidlington"),
        P(f"**Focus:** {focus}"),
        P("This meeting is held in public and broadcast on the Commissioner's YouTube channel."),
        H("Agenda", 2),
        T(((("Item", "Report", "Lead"),) + tuple(agenda)), widths=(10, 60, 40), header_rows=1),
        P("Papers are published five working days before the meeting. Written questions from the public must "
          "reach the Office by noon on 8 December 2026.", size=9),
        Break(),
    ]

    notes_date, topic = "2026-09-29", "Drug supply and county lines"
    notes_title = "Note of the Performance and Accountability Meeting – 29 September 2026"
    g.meeting(notes_date, notes_title, topic, notes_title, after=2)
    questions = [
        ("How many county lines has the Force closed this year, and how many people have been charged?",
         ["Forty-seven lines were closed between April and August, against 39 in the same period last year. "
          "One hundred and twelve people were charged, 31 of them with offences under the Modern Slavery "
          "Act.",
          "Most lines closed were operated from London and the West Midlands, and were closed with the help "
          "of the regional and national county lines coordination centres."],
         "Assured", "The PCC congratulated the teams involved."),
        ("How are children who are exploited to run drugs safeguarded after a line is closed?",
         ["Every child found on a line is referred to children's services and offered a specialist youth "
          "worker. Of 58 children found, 41 accepted support.",
          "The Force could not yet say how many of the children were found on a line again later, because "
          "the data is held by six different local authorities."],
         "Partially assured", "The PCC asked for the repeat figure to be obtained from the local authorities."),
        ("What is the Force doing about drug-related violence in the towns outside the cities?",
         ["Knife crime in the towns rose by 6%. Two violence reduction officers were appointed in September, "
          "but their posts are funded only until March 2027 and no evaluation has been planned."],
         "Not assured", "The PCC was concerned about the short-term funding and the lack of evaluation."),
    ]
    blocks += [
        H(notes_title, 1),
        P("**Attendees:** Police and Crime Commissioner (PCC); Chief Executive; Chief Finance Officer; Chief "
          "Constable; Deputy Chief Constable; Assistant Chief Constable (Crime and Criminal Justice); "
          "Detective Superintendent, Serious Organised Crime."),
        H("1. Apologies and declarations of interest", 2),
        P("There were no apologies and no declarations of interest."),
        H("2. Note of the last meeting and action tracker", 2),
        P("The note of 21 July 2026 was agreed as an accurate record. Progress on actions is shown in the "
          "tracker at Item 3."),
        H(f"3. {topic}", 2),
        P("The Detective Superintendent presented the Force's report. The PCC asked the questions below, which "
          "had been sent to the Force in advance."),
    ]
    for i, (q, answer, level, comment) in enumerate(questions, 1):
        g.decision(notes_date, topic, str(i), q, " ".join(answer),
                   "Partly assured" if level == "Partially assured" else level, comment)
        blocks += [H(f"Q{i}: {q}", 3), P("**Chief Constable's response**"), *[P(a) for a in answer],
                   T((("Assurance level", level), ("PCC comments", comment)), widths=(25, 75), header_rows=0)]
    minuted = [
        ("TVP 26/12", "Obtain from the local authorities the number of children found on a county line more "
                      "than once."),
        ("TVP 26/13", "Set out how the violence reduction officer posts will be evaluated and funded after "
                      "March 2027."),
    ]
    blocks += [*[P(f"**Action {ref}:** {text}") for ref, text in minuted],
               H("4. Any other business", 2),
               P("The Chief Finance Officer reminded the meeting that the budget consultation closes on 5 "
                 "January 2027."),
               Break()]

    log = [
        ("TVP 26/04", "24/03/2026", "2026-03-24", "Publish the Force's response to the HMICFRS report on "
         "the police response to stalking.", "Head of Public Protection", "Published on 14 May 2026.",
         "Complete"),
        ("TVP 26/09", "21/07/2026", "2026-07-21", "Report on the time taken to process digital devices "
         "seized in rape investigations.", "Head of Digital Forensics", "Completed – report circulated to "
         "the OPCC on 3 November 2026.", ""),
        ("TVP 26/10", "21/07/2026", "2026-07-21", "Confirm the number of neighbourhood officers trained in "
         "trauma-informed practice.", "ACC Local Policing", "Training data being cleansed; figures expected "
         "in January.", "Overdue"),
        (minuted[0][0], "29/09/2026", notes_date, minuted[0][1], "D/Supt SOC",
         "Four of the six local authorities have replied.", "Ongoing"),
        (minuted[1][0], "29/09/2026", notes_date, minuted[1][1], "ACC Crime and Criminal Justice",
         "Evaluation to be commissioned from a university; funding bid to the PCC's community safety fund "
         "submitted.", "Ongoing"),
    ]
    for ref, _raised, date, text, _owner, update, status in log:
        if status:
            g.action(date, topic if date == notes_date else None, ref, text, update,
                     "complete" if status == "Complete" else "outstanding", "status_column")
        else:
            g.action(date, None, ref, text, update, "complete", "inferred_from_update")
    blocks += [
        H("Item 3: Action tracker", 1),
        P("Status key: Complete – the action has been delivered; Ongoing – work is under way within the "
          "timescale; Overdue – the timescale has been missed."),
        T((("No.", "Date raised", "Action", "Owner", "Update", "Status"),)
          + tuple((ref, raised, text, owner, update, status) for ref, raised, _d, text, owner, update, status in log),
          widths=(22, 17, 30, 22, 32, 20), header_rows=1),
        Break(),
        H("Item 4: Violence against women and girls – delivery plan update", 1),
        P("Report of the Assistant Chief Constable, Crime and Criminal Justice."),
        H("1. Executive summary", 2),
        *numbered("1", ["The Force's violence against women and girls (VAWG) delivery plan follows the national "
                        "framework of the National Police Chiefs' Council, with three pillars: building trust "
                        "and confidence, relentless pursuit of perpetrators, and safer spaces.",
                        "This report gives the position at the end of the second quarter and the areas where "
                        "the Force is behind its plan."]),
        H("2. Building trust and confidence", 2),
        *numbered("2", ["All officers and staff have completed the vetting and standards refresher. Thirty-two "
                        "allegations of sexual misconduct against officers were assessed in the half year; "
                        "eleven are under investigation.",
                        "The 'Walk and Talk' programme, in which women walk their local area with officers to "
                        "point out where they feel unsafe, has run 96 sessions."]),
        H("3. Relentless pursuit", 2),
        *numbered("3", ["The charge rate for rape offences rose to 9.8% from 6.1% two years ago. Operation "
                        "Soteria practices are now used by all rape and serious sexual offence teams.",
                        "Stalking protection orders: 44 were applied for and 39 granted.",
                        "The average time to charge in domestic abuse cases is 41 days."]),
        H("4. Safer spaces", 2),
        *numbered("4", ["Safer streets funding paid for lighting and CCTV in eleven locations identified by "
                        "women through the StreetSafe service.",
                        "The night-time economy guardian scheme has trained 640 bar and club staff."]),
        H("Table 1: VAWG headline measures", 3),
        T((("Measure", "2025/26 H1", "2026/27 H1", "Plan target"),
           ("Rape offences recorded", "1,012", "1,046", "–"), ("Rape charge rate", "8.2%", "9.8%", "10%"),
           ("Domestic abuse arrest rate", "31%", "34%", "35%"), ("Stalking protection orders granted", "30",
                                                                 "39", "40"),
           ("Victim satisfaction (domestic abuse)", "79%", "81%", "85%")), widths=(45, 18, 18, 18), header_rows=1),
        H("5. Recommendation", 2),
        *numbered("5", ["The PCC is asked to note the progress made and the risks to delivery in section 6."]),
        H("6. Risks", 2),
        *numbered("6", ["Digital forensic backlogs continue to delay rape investigations; the average wait for "
                        "a phone download is 54 days.",
                        "Funding for two independent domestic violence adviser posts ends in March 2027."]),
        Break(),
        H("Item 5: Police and Crime Plan performance – quarter 2", 1),
        P("Report of the Deputy Chief Constable."),
        *numbered("1", ["Performance is reported against the four priorities of the Police and Crime Plan "
                        "2025-29. Nine of the fourteen measures are on track."]),
        T((("Priority", "Measure", "Target", "Q2 result", "On track?"),
           ("Strong local policing", "Neighbourhood officers in post", "600", "588", "Yes"),
           ("Strong local policing", "999 answered in 10 seconds", "90%", "92%", "Yes"),
           ("Fighting serious organised crime", "County lines closed", "90 a year", "47 in 5 months", "Yes"),
           ("Fighting serious organised crime", "Assets recovered", "£4m a year", "£1.2m", "No"),
           ("Fighting fraud and cyber crime", "Fraud victims contacted in 48 hours", "95%", "96%", "Yes"),
           ("Improving the criminal justice system", "Charge rate (all crime)", "8%", "7.4%", "No"),
           ("Improving the criminal justice system", "Victims' Code compliance", "90%", "86%", "No")),
          widths=(30, 38, 14, 16, 12), header_rows=1),
        *numbered("2", ["Asset recovery is behind target because two large confiscation orders are under "
                        "appeal.",
                        "The charge rate is below target in all three counties; the Force's improvement plan is "
                        "due in February 2027."]),
        Break(),
        H("Item 6: Questions from the public", 1),
        P("Two questions were received by the deadline. The answers were prepared by the Force."),
        P("**1. From a resident of Milton Keynes:** Why are there fewer PCSOs in my town than there were five "
          "years ago?"),
        P("**Answer:** The number of PCSOs across Thames Valley fell as many became police constables. "
          "Milton Keynes has 22 PCSOs today against 30 in 2021; 12 more will be recruited in 2027."),
        P("**2. From a parish councillor in West Berkshire:** What is being done about hare coursing?"),
        P("**Answer:** The rural crime taskforce made 26 arrests for hare coursing last season, and seized 14 "
          "vehicles. Landowners are asked to report coursing on 999 when it is in progress."),
        H("Glossary", 2),
        T((("Abbreviation", "Meaning"), ("OPCC", "Office of the Police and Crime Commissioner"),
           ("PCC", "Police and Crime Commissioner"), ("SOC", "Serious and organised crime"),
           ("VAWG", "Violence against women and girls")), widths=(25, 75), header_rows=1),
    ]
    return blocks, g, {"header": ("Thames Valley PCC – Performance and Accountability Meeting",), "title": title}

# ----------------------------------------------------------------------------------------------

PACKS: dict[str, Callable[[], tuple[list, Gold, dict]]] = {
    "bedfordshire-pcc-apb-2026-12-03.docx": bedfordshire,
    "west-mercia-pcc-hta-2026-11-24.pdf": west_mercia,
    "dorset-pcc-spm-2026-12-09.pdf": dorset,
    "leicestershire-pcc-sab-2026-11-30.docx": leicestershire,
    "thames-valley-pcc-pam-2026-12-15.pdf": thames_valley,
}


def build(name: str) -> None:
    blocks, gold, look = PACKS[name]()
    data = render_docx(blocks, title=look["title"], author=gold.organisation, when=datetime(2026, 11, 25, 9, 0),
                       header=look["header"])
    data = fit_table_grids(data)
    document = gold.records["documents"][0]
    if name.endswith(".pdf"):
        data = docx_to_pdf(data)
        document["file_type"], document["pages"] = "pdf", set_pdf_pages(data, gold)
    else:
        document["file_type"] = "docx"
    (HERE / name).write_bytes(data)
    GOLD.mkdir(exist_ok=True)
    record = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": gold.records}
    (GOLD / f"{name}.json").write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n")
    counts = {kind: len(records) for kind, records in gold.records.items()}
    print(f"{name}: {len(data)} bytes, pages {document['pages']}, {counts}")


if __name__ == "__main__":
    for name in sys.argv[1:] or PACKS:
        build(name)
