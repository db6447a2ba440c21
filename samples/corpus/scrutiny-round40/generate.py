"""Round 40 (blind, issue 4): eight scrutiny packs as real offices publish them, in forms the
corpus has not tried, with their gold in gold/.

    .venv/bin/python samples/corpus/scrutiny-round40/generate.py [bedfordshire gloucestershire ...]

Each builder call that writes a paragraph or a row also writes its gold record, so the gold
holds exactly what the pages print. A PDF record's page is the first page whose text holds
the start of its key text (a question, an action, a title). Names, people and figures are
invented.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime
from io import BytesIO
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))

from office_pdf import docx_to_pdf  # noqa: E402
from render import Break, H, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

CHECKED = ("Written blind for round 40; every record hand-checked against the rendered pages and "
           "`scrutiny inspect` by the round's writer.")
WHEN = datetime(2028, 4, 1, 9, 0, 0)
GREEN, AMBER, RED = "#00b050", "#ffc000", "#ff0000"


def iso(day_month_year: str) -> str:
    """'12/10/2027' -> '2027-10-12'."""
    d, m, y = day_month_year.split("/")
    return f"{y}-{m}-{d}"


class Pack:
    """The blocks of one pack and the gold records they print."""

    def __init__(self, name: str, *, organisation: str, force: str, title: str, meeting_date: str,
                 publication_date: str | None = None) -> None:
        self.name, self.organisation = name, organisation
        self.blocks: list = []
        self.keys: list[tuple[dict, str]] = []  # (record, text whose start fixes its PDF page)
        self.records: dict[str, list[dict]] = {
            "documents": [{"page": None, "status": "ok", "doc_kind": "scrutiny_pack", "title": title,
                           "force": force, "organisation": organisation, "meeting_date": meeting_date,
                           "publication_date": publication_date,
                           "file_type": "pdf" if name.endswith(".pdf") else "docx"}],
            "meetings": [], "agenda_items": [], "assurance_decisions": [], "actions": [], "grades": []}

    def add(self, *blocks) -> None:
        self.blocks += blocks

    def _record(self, kind: str, key: str, **fields) -> dict:
        record = {"page": None, **fields}
        self.records[kind].append(record)
        self.keys.append((record, key))
        return record

    def meeting(self, date: str, topic: str | None, title: str) -> None:
        self._record("meetings", title, meeting_date=date, topic=topic, organisation=self.organisation,
                     title=title)

    def agenda(self, date: str, number: str, title: str, presenter: str | None) -> None:
        self._record("agenda_items", title, meeting_date=date, number=number, title=title, presenter=presenter)

    def decision(self, date: str, topic: str | None, number: str | None, question: str, evidence: str | None,
                 assurance: str | None, commentary: str | None, leave_out: tuple[str, ...] = ()) -> None:
        """``leave_out``: attributes left out of gold (so not scored), where the pack does not settle them."""
        fields = dict(meeting_date=date, topic=topic, question_number=number, question=question,
                      evidence_summary=evidence, assurance=assurance, commentary=commentary)
        for name in leave_out:
            del fields[name]
        self._record("assurance_decisions", question, **fields)

    def action(self, date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
               status: str, status_source: str, source: str, key: str | None = None) -> dict:
        return self._record("actions", key or text, meeting_date=date, topic=topic, number=number, text=text,
                            update=update, status=status, status_source=status_source, source=source)

    def set_pages(self, data: bytes) -> None:
        with pdfplumber.open(BytesIO(data)) as pdf:
            pages = [_squash(" | ".join([page.extract_text() or ""] + _cells(page))) for page in pdf.pages]
        self.records["documents"][0]["pages"] = len(pages)
        for record, key in self.keys:
            record["page"] = _first_page(pages, key)

    def write(self, data: bytes) -> None:
        if self.name.endswith(".pdf"):
            self.set_pages(data)
        (HERE / self.name).write_bytes(data)
        gold = {"source_file": self.name, "expect": "ok", "checked": CHECKED, "records": self.records}
        (HERE / "gold").mkdir(exist_ok=True)
        (HERE / "gold" / f"{self.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        counts = {k: len(v) for k, v in self.records.items()}
        print(f"{self.name}: {len(data)} bytes, {counts}")


def _cells(page) -> list[str]:
    """The page's table cells, each whole: a cell's wrapped lines are interleaved with its
    neighbours' in the page text."""
    return [cell for table in page.extract_tables() for row in table for cell in row if cell]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).lower()


def _first_page(pages: list[str], key: str) -> int:
    """The first page holding the key's first words; fewer words where a narrow cell wraps them."""
    words = _squash(key).split()
    for n in (5, 4, 3):
        probe = " ".join(words[:n])
        for number, text in enumerate(pages, 1):
            if probe in text:
                return number
    raise ValueError(f"no page holds {key!r}")


# --- Bedfordshire: reportlab; a four-level key on the front sheet, a "Commissioner's assessment:" line
# after each minuted question, actions only as "Action:" lines -------------------------------------------

def bedfordshire() -> None:
    pack = Pack("bedfordshire-pcc-psb-2028-04-11-r40.pdf", organisation="Police and Crime Commissioner for Bedfordshire",
                force="Bedfordshire Police", title="Performance Scrutiny Board", meeting_date="2028-04-11")
    this, last = "2028-04-11", "2028-02-14"
    pack.add(P("**Police and Crime Commissioner for Bedfordshire**"), H("Performance Scrutiny Board"))
    pack.meeting(this, None, "Performance Scrutiny Board")
    pack.add(P("Tuesday 11 April 2028, 10:00 to 12:00, Bridgebury House, Kempston"),
             P("Chair: the Police and Crime Commissioner. Attending: the Chief Constable, the Deputy Chief Constable "
               "and the Chief Executive of the Office of the Police and Crime Commissioner."),
             H("Agenda", 2))
    rows = [("Item", "Business", "Lead")]
    for number, title, lead in [
            ("1", "Welcome and apologies", "Chair"),
            ("2", "Notes and actions of the meeting of 14 February 2028", "OPCC Chief Executive"),
            ("3", "Knife crime and serious youth violence", "Detective Chief Superintendent, Crime"),
            ("4", "Missing persons", "Superintendent, Public Protection"),
            ("5", "Any other business", "Chair")]:
        rows.append((number, title, lead))
        pack.agenda(this, number, title, lead)
    pack.add(T(tuple(rows), (10, 60, 40), header_rows=1),
             H("How the Commissioner records assurance", 2),
             P("Each question put to the force is given one of four levels, recorded in the notes straight after "
               "the minute of the question."),
             T((("Level", "What it means"),
                ("Substantial assurance", "The Commissioner is assured; no further scrutiny is planned."),
                ("Reasonable assurance", "The Commissioner is assured, with minor points for the force to pick up "
                                         "in the normal course of business."),
                ("Limited assurance", "The Commissioner is partly assured; further work is needed and the item "
                                      "returns to the Board."),
                ("No assurance", "The Commissioner is not assured; the matter is escalated to the Chief Constable.")),
               (35, 85), header_rows=1),
             Break())
    notes = "Notes of the Performance Scrutiny Board held on 14 February 2028"
    pack.add(H(notes, 2))
    pack.meeting(last, None, notes)
    pack.add(P("Present: Police and Crime Commissioner (Chair); Chief Constable; Deputy Chief Constable; OPCC Chief "
               "Executive; Head of Performance (OPCC); Chief Inspector, Rural and Business Crime; Head of Criminal "
               "Justice."),
             P("**1. Welcome and apologies.** Apologies were received from the Assistant Chief Constable (Operations)."),
             P("**2. Notes of the previous meeting.** The notes of 13 December 2027 were agreed as a correct record. "
               "There were no open actions."))

    def item(topic: str, questions, actions) -> None:
        for number, question, answer, line, level, comment in questions:
            pack.add(P(f"**{number}** {question}"), P(answer), P(f"**Commissioner's assessment:** {line}"))
            pack.decision(last, topic, number, question, answer, level, comment)
        for text in actions:
            pack.add(P(f"Action: {text}"))
            pack.action(last, topic, None, text, None, "unknown", "none", "action_list")

    pack.add(H("3. Rural and business crime", 3),
             P("The Chief Inspector for Rural and Business Crime presented the paper. The Commissioner put three "
               "questions."))
    item("Rural and business crime", [
        ("3.1", "How many reports of business crime were attended within the published response times?",
         "The force attended 84% of business crime reports within its response times, against a target of 90%. "
         "Shop theft makes up two thirds of the reports.",
         "Reasonable assurance. The Commissioner asked that attendance is reported by district next time.",
         "Assured", "The Commissioner asked that attendance is reported by district next time."),
        ("3.2", "What has the Rural Crime Team done to reduce the theft of farm machinery?",
         "Thefts of farm machinery fell from 41 to 29 over the year. Trackers were fitted free of charge to 160 "
         "machines through a scheme run with two insurers.",
         "Substantial assurance.", "Assured", None),
        ("3.3", "How are repeat victims among small businesses identified and supported?",
         "There is no marker for repeat business victims on the crime system; neighbourhood teams rely on local "
         "knowledge.",
         "Limited assurance. The force is to propose a repeat victim marker.",
         "Partly assured", "The force is to propose a repeat victim marker.")],
        ["Chief Inspector, Rural and Business Crime to bring a proposal for a repeat business victim marker to the "
         "June Board."])
    pack.add(H("4. Custody", 3), P("The Head of Criminal Justice presented the paper."))
    item("Custody", [
        ("4.1", "Are detainees seen by a healthcare professional within the time set in the contract?",
         "The contract standard of one hour was met for 71% of detainees in the quarter; the provider has been "
         "short of nurses since November.",
         "No assurance. The matter is escalated to the Chief Constable.",
         "Not assured", "The matter is escalated to the Chief Constable."),
        ("4.2", "How many detainees aged under 18 were held overnight, and why?",
         "Thirty-two children were held overnight in the quarter. Figures on the reasons were not ready for the "
         "meeting.",
         "Deferred to the April meeting, when the reasons will be reported.",
         None, "Deferred to the April meeting, when the reasons will be reported.")],
        ["Head of Criminal Justice to report the reasons for the overnight detention of children to the April Board.",
         "OPCC Chief Executive to write to the healthcare provider about nurse staffing in custody."])
    pack.add(P("**5. Any other business.** None. The next meeting is on 11 April 2028."),
             Break(), H("Forward plan", 2),
             P("Themes for the rest of 2028, for information. Each meeting also receives the performance report."),
             T((("Meeting", "Theme", "Lead"),
                ("13 June 2028", "Road safety and the fatal four", "Superintendent, Roads Policing"),
                ("8 August 2028", "Victims' Code compliance", "Head of Victim Services"),
                ("10 October 2028", "Neighbourhood policing", "Chief Superintendent, Local Policing"),
                ("12 December 2028", "Budget and precept", "Chief Finance Officer")), (30, 50, 40), header_rows=1))
    look = PdfLook(header="Police and Crime Commissioner for Bedfordshire – Performance Scrutiny Board",
                   footer="OFFICIAL – published on the Commissioner's website")
    pack.write(render_pdf(pack.blocks, look, "Performance Scrutiny Board", "OPCC Bedfordshire"))


# --- Gloucestershire: Word->PDF, landscape; a 1-4 rating key on the front; a scrutiny grid whose long
# rows run over pages; a "% complete" tracker with topics in merged cells ----------------------------------

def gloucestershire() -> None:
    office = "Police and Crime Commissioner for Gloucestershire"
    pack = Pack("gloucestershire-pcc-pab-2028-04-20-r40.pdf", organisation=office, force="Gloucestershire Constabulary",
                title="Police Accountability Board", meeting_date="2028-04-20")
    this, last = "2028-04-20", "2028-02-15"
    pack.add(P("**Office of the Police and Crime Commissioner for Gloucestershire**"), H("Police Accountability Board"))
    pack.meeting(this, "Road safety", "Police Accountability Board")
    pack.add(P("Thursday 20 April 2028 at 14:00 – Conference Room 2, Police Headquarters"),
             P("**Theme:** Road safety"), H("Agenda", 2))
    rows = [("Time", "Item", "Subject", "Presenter")]
    for time, number, title, lead in [
            ("14:00", "1", "Apologies and declarations of interest", "Chair"),
            ("14:05", "2", "Scrutiny record and action tracker from 15 February 2028", "OPCC Head of Policy"),
            ("14:15", "3", "Fatal and serious collisions", "Superintendent, Roads Policing"),
            ("15:00", "4", "Speed enforcement and Community Speed Watch", "Road Safety Partnership Manager"),
            ("15:30", "5", "Any other business", "–")]:
        rows.append((time, number, title, lead))
        pack.agenda(this, number, title, None if lead == "–" else lead)
    pack.add(T(tuple(rows), (12, 10, 110, 60), header_rows=1),
             H("Scrutiny rating key", 2),
             P("The Commissioner rates each answer in the scrutiny record on a four-point scale."),
             T((("Rating", "Meaning"),
                ("4", "Fully assured – no further action"),
                ("3", "Assured – some further information requested"),
                ("2", "Partially assured – the force is to return with more evidence"),
                ("1", "Not assured – the Commissioner will take formal action")), (15, 120), header_rows=1),
             Break())
    record = "Scrutiny record – Police Accountability Board, 15 February 2028"
    pack.add(H(record))
    pack.meeting(last, "Serious violence", record)
    pack.add(P("**Theme:** Serious violence"),
             P("Questions were sent to the Constabulary two weeks before the meeting. The written response is "
               "summarised; the rating and comment were agreed by the Commissioner at the meeting."))
    topic = "Serious violence"
    grid = [("Ref", "Question", "Force response", "Rating", "OPCC comment")]
    levels = {"4": "Assured", "3": "Assured", "2": "Partly assured", "1": "Not assured"}
    entries = [
        ("SV1", "How has the number of knife-enabled offences changed over the last 12 months, and which areas are "
                "most affected?",
         ("Knife-enabled offences fell by 7% to 318 in the year to December.",
          "Two thirds of offences took place in the two largest towns, and the night-time economy accounts for a "
          "quarter of them."),
         "3", "The Commissioner asked for the figures by ward at the next meeting."),
        ("SV2", "The Serious Violence Duty requires the Constabulary to work with partners on a shared strategic "
                "needs assessment and a local strategy. The Commissioner's office has heard from partners that data "
                "sharing has been slow and that health data in particular has not been received. What progress has "
                "been made on data sharing with partners under the Serious Violence Duty, and what is still missing?",
         ("A data sharing agreement was signed with the two district councils and the youth justice service in "
          "October. Information from schools on exclusions is received each term.",
          "The agreement with the hospital trust has not yet been signed. The trust's information governance "
          "board has asked for changes to the retention schedule, and the Constabulary's data protection officer "
          "is working through them with the trust. Until it is signed, the strategic needs assessment relies on "
          "ambulance call data, which undercounts injuries.",
          "The Constabulary expects the agreement to be signed by the end of March, and the first quarter of "
          "hospital data to be included in the refreshed needs assessment in June.",
          "The Violence Reduction Partnership board has been told of the delay and has written to the trust's "
          "chief executive."),
         "2", "The Commissioner wants the hospital data agreement signed before the next meeting."),
        ("SV3", "How many young people have been referred to the Custody Navigator scheme, and with what outcome?",
         ("Sixty-four young people were referred in the year and 51 engaged with a navigator. Of those, 44 have "
          "not reoffended within six months.",),
         "4", ""),
        ("SV4", "Are stop and search powers used for weapons in the areas with the most knife crime, and are the "
                "searches lawful?",
         ("Searches for weapons rose by 40%, but only a third took place in the two towns with most knife crime. "
          "The Constabulary's own review found the grounds were poorly recorded in 22% of searches.",),
         "1", "Poorly recorded grounds are not acceptable; the Commissioner will raise this formally with the "
              "Chief Constable."),
        ("SV5", "What is the cost of serious violence to the county's health services?",
         ("The estimate depends on the hospital data, which has not been received.",),
         "Not rated – data to follow", "The force will bring the figures when the hospital data is received.")]
    for ref, question, response, rating, comment in entries:
        grid.append((ref, question, response, rating, comment))
        pack.decision(last, topic, ref, question, " ".join(response), levels.get(rating), comment or None)
    pack.add(T(tuple(grid), (10, 55, 95, 18, 50), header_rows=1), Break(), H("Action tracker"),
             P("Status is shown as the percentage complete; an action at 100% is removed after the next meeting."))
    tracker = [("Ref", "Raised", "Topic", "Action", "Update", "% complete")]
    spans = []
    for ref, raised, topic_cell, covers, text, update, percent in [
            ("PAB 27/18", "12/10/2027", "Stop and search", 2,
             "Publish the quarterly stop and search dashboard on the OPCC website.", "Published for Q2 and Q3.", "100%"),
            ("PAB 27/19", "12/10/2027", None, 0,
             "Report the outcome of the body-worn video dip sample for stop and search.",
             "Dip sample under way; report due in June.", "50%"),
            ("PAB 27/26", "14/12/2027", "Victim services", 1, "Share victim satisfaction results by crime type.",
             "Not started; the survey contract is being retendered.", "0%"),
            ("PAB 28/04", "15/02/2028", "Serious violence", 2, "Sign the data sharing agreement with the hospital trust.",
             "Agreement with the trust's legal team for signature.", "75%"),
            ("PAB 28/05", "15/02/2028", None, 0, "Provide a breakdown of knife crime by victim age.",
             "Provided to the OPCC on 1 March.", "100%")]:
        if topic_cell:
            current = topic_cell
            if covers > 1:
                spans.append((len(tracker), 2, covers, 1))  # one topic cell over its rows
        tracker.append((ref, raised, topic_cell, text, update, percent))
        pack.action(iso(raised), current, ref, text, update, "complete" if percent == "100%" else "outstanding",
                    "status_column", "action_tracker")
    pack.add(T(tuple(tracker), (16, 18, 28, 70, 60, 16), header_rows=1, spans=tuple(spans)))
    data = render_docx(pack.blocks, title="Police Accountability Board", author="OPCC Gloucestershire", when=WHEN,
                       header=("Office of the Police and Crime Commissioner for Gloucestershire",),
                       landscape_pages=True)
    pack.write(docx_to_pdf(data))


# --- South Wales: Word; this meeting's agenda with leads in brackets; the last meeting's notes, each item
# closed by a one-cell "Decisions and actions" box; an Open/Closed log with a closure date ------------------

def south_wales() -> None:
    office = "Police and Crime Commissioner for South Wales"
    pack = Pack("south-wales-pcc-spb-2028-04-25-r40.docx", organisation=office, force="South Wales Police",
                title="Strategic Performance Board", meeting_date="2028-04-25")
    this, last = "2028-04-25", "2028-02-28"
    pack.add(P("**Police and Crime Commissioner for South Wales**"), H("Strategic Performance Board"))
    pack.meeting(this, None, "Strategic Performance Board")
    pack.add(P("Agenda – Tuesday 25 April 2028, 10:30, Police Headquarters, Bridgend"))
    for number, title, lead in [
            ("1", "Welcome and apologies", "Police and Crime Commissioner"),
            ("2", "Notes of the meeting of 28 February 2028 and action log", "Chief of Staff, OPCC"),
            ("3", "Violence against women and girls: progress on the delivery plan", "Assistant Chief Constable"),
            ("4", "Contact centre performance", "Head of Public Contact"),
            ("5", "Any other business", None)]:
        pack.add(P(f"{title} (Lead: {lead})" if lead else title, indent=28, hang=f"{number}."))
        pack.agenda(this, number, title, lead)
    pack.add(P("Papers are published five working days before the meeting."), Break())
    notes = "Notes of the Strategic Performance Board – 28 February 2028"
    pack.add(H(notes))
    pack.meeting(last, None, notes)
    pack.add(P("Present: Police and Crime Commissioner (Chair); Deputy Police and Crime Commissioner; Chief "
               "Constable; Assistant Chief Constable; Chief of Staff, OPCC."),
             H("1. Welcome and apologies", 2), P("Apologies were received from the Chief Finance Officer."),
             H("2. Notes and action log", 2),
             P("The notes of 13 December 2027 were agreed. The action log was reviewed; it is at the end of this pack."))
    minuted_topics: dict[str, str] = {}  # tracker reference -> the item it is minuted under

    def box(lines: list[str]) -> None:
        pack.add(T(((tuple(["**Decisions and actions**"] + lines),),), (1,), bordered=True))

    topic = "Burglary and neighbourhood crime"
    pack.add(H("3. Burglary and neighbourhood crime", 2),
             P("The Chief Superintendent for Neighbourhood Policing presented the force's paper. The Commissioner put "
               "three questions."))
    questions = [
        ("1", "What proportion of residential burglaries were attended by a crime scene investigator?",
         "Crime scene investigators attended 92% of residential burglaries in the quarter, against a standard of 95%.",
         "Assured", "Assured. CSI attendance is close to the standard.", "CSI attendance is close to the standard."),
        ("2", "How many burglary offences were solved, and how does this compare with similar forces?",
         "The solved rate was 6.1%, the second lowest in the force's most similar group.",
         "Partly assured", "Partially assured. The Commissioner wants a plan to raise the solved rate.",
         "The Commissioner wants a plan to raise the solved rate."),
        ("3", "What support is given to elderly victims of distraction burglary?",
         "Every elderly victim is visited by a neighbourhood officer and referred to the victim hub within 48 hours.",
         "Assured", "Assured.", None)]
    for number, question, answer, level, line, comment in questions:
        pack.add(P(f"**Q{number}.** {question}"), P(answer))
        pack.decision(last, topic, number, question, answer, level, comment)
    first = "Chief Superintendent, Neighbourhood Policing to present a plan to improve burglary outcomes in June."
    box([f"Q{n} – {line}" for n, _, _, _, line, _ in questions] + [f"Action SPB 28/06: {first}"])
    minuted_topics["SPB 28/06"] = topic

    topic = "Hate crime"
    pack.add(H("4. Hate crime", 2), P("The Superintendent for Diversity and Inclusion presented the paper."),
             P("**Question:** Are victims of hate crime updated in line with the Victims' Code?"),
             P("A dip sample of 60 cases found that 38 victims had been updated within the Code's timescales."))
    pack.decision(last, topic, "4", "Are victims of hate crime updated in line with the Victims' Code?",
                  "A dip sample of 60 cases found that 38 victims had been updated within the Code's timescales.",
                  "Not assured", "Too many victims go without updates.")
    second = "Superintendent, Diversity and Inclusion to repeat the dip sample and report to the April Board."
    third = "Chief of Staff to raise victim updates with the Local Criminal Justice Board."
    box(["Not assured. Too many victims go without updates.", f"Action SPB 28/07: {second}",
         f"Action SPB 28/08: {third}"])
    minuted_topics["SPB 28/07"] = minuted_topics["SPB 28/08"] = topic
    pack.add(H("5. Any other business", 2), P("None."), Break(), H("Action log"))
    log = [("Ref", "Meeting", "Action", "Owner", "Status", "Date closed")]
    for ref, meeting, text, owner, status, closed in [
            ("SPB 27/41", "18/10/2027", "Publish the Board's forward plan on the Commissioner's website.",
             "Chief of Staff", "Closed", "02/11/2027"),
            ("SPB 27/47", "13/12/2027", "Report on the use of Clare's Law applications.", "Assistant Chief Constable",
             "Closed", "28/02/2028"),
            ("SPB 27/49", "13/12/2027", "Review the waiting times on the 101 web chat.", "Head of Public Contact",
             "Open", ""),
            ("SPB 28/06", "28/02/2028", "Present a plan to improve burglary outcomes in June.",
             "Chief Superintendent, Neighbourhood Policing", "Open", ""),
            ("SPB 28/07", "28/02/2028", "Repeat the hate crime dip sample and report to the April Board.",
             "Superintendent, Diversity and Inclusion", "Closed", "20/04/2028"),
            ("SPB 28/08", "28/02/2028", "Raise victim updates with the Local Criminal Justice Board.",
             "Chief of Staff", "Open", "")]:
        log.append((ref, meeting, text, owner, status, closed))
        pack.action(iso(meeting), minuted_topics.get(ref), ref, text, None,
                    "complete" if status == "Closed" else "outstanding", "status_column", "action_tracker")
    pack.add(T(tuple(log), (18, 20, 60, 40, 14, 20), header_rows=1))
    pack.write(render_docx(pack.blocks, title="Strategic Performance Board", author="OPCC South Wales", when=WHEN,
                           header=("Police and Crime Commissioner for South Wales",)))


# --- Durham: Word->PDF; minutes numbered per meeting ("SAB 28/13"); the levels only in a closing summary
# table by minute and question (Fully / Mostly / Partly / Not); a tracker with Discharged / Live ---------------

def durham() -> None:
    office = "Police, Crime and Victims' Commissioner for County Durham and Darlington"
    pack = Pack("durham-pcvc-sab-2028-05-02-r40.pdf", organisation=office, force="Durham Constabulary",
                title="Scrutiny and Assurance Board", meeting_date="2028-05-02")
    this, last = "2028-05-02", "2028-03-07"
    pack.add(P(f"**{office}**"), H("Scrutiny and Assurance Board"))
    pack.meeting(this, None, "Scrutiny and Assurance Board")
    pack.add(P("Tuesday 2 May 2028, 13:30, Committee Room 1, Police Headquarters"), H("Agenda", 2))
    rows = [("Item", "Business", "Officer")]
    for number, title, lead in [
            ("1", "Apologies", "–"),
            ("2", "Minutes of the meeting held on 7 March 2028", "Governance Officer"),
            ("3", "Action tracker", "Governance Officer"),
            ("4", "Drug supply and county lines", "Detective Superintendent, Serious and Organised Crime"),
            ("5", "Any other business", "–")]:
        rows.append((number, title, lead))
        pack.agenda(this, number, title, None if lead == "–" else lead)
    pack.add(T(tuple(rows), (12, 90, 60), header_rows=1), Break())
    minutes = "Minutes of the Scrutiny and Assurance Board held on 7 March 2028"
    pack.add(H(minutes, 2))
    topic = "Anti-social behaviour"
    pack.meeting(last, topic, minutes)
    pack.add(P("Present: the Commissioner (Chair); the Deputy Chief Constable; the Chief Inspector, Neighbourhoods; "
               "the Commissioner's Chief of Staff; the Governance Officer (minutes)."),
             H("SAB 28/10 Apologies", 3), P("Apologies were received from the Chief Constable."),
             H("SAB 28/11 Declarations of interest", 3), P("None."),
             H("SAB 28/12 Minutes and action tracker", 3),
             P("The minutes of 10 January 2028 were agreed as a correct record. The tracker was noted."),
             H("SAB 28/13 Anti-social behaviour", 3),
             P("The Chief Inspector, Neighbourhoods presented the paper. The Commissioner's questions and the force's "
               "answers are summarised below; the Commissioner's level of assurance on each is in the summary at the "
               "end of these minutes."))
    questions = [
        ("1", "How has the volume of anti-social behaviour changed since last year?",
         "Reported anti-social behaviour fell by 9%, but repeat calls from the same addresses rose.",
         "Mostly", "Assured", "Repeat calls to be monitored."),
        ("2", "How well are the powers of the Anti-social Behaviour, Crime and Policing Act used?",
         "Forty-one community protection notices and six closure orders were issued in the year; breaches were "
         "prosecuted in 11 cases.", "Fully", "Assured", ""),
        ("3", "How are victims of persistent anti-social behaviour risk-assessed?",
         "A risk assessment is completed at first contact in 58% of cases; the target is 100%.",
         "Not", "Not assured", "A risk assessment must be completed in every case."),
        ("4", "What use is made of the community trigger?",
         "Nineteen community trigger applications were received; 14 met the threshold and all were reviewed within "
         "15 working days.", "Partly", "Partly assured", "Outcomes of trigger reviews to be reported.")]
    for number, question, answer, _, level, note in questions:
        pack.add(P(f"**Question {number}:** {question}"), P(answer))
        pack.decision(last, topic, number, question, answer, level, note or None)
    minuted = "Chief Inspector, Neighbourhoods to report risk assessment compliance by district at the next meeting"
    pack.add(P(f"Action: {minuted} (A28/05)."),
             H("SAB 28/14 Any other business", 3), P("None. The next meeting is on 2 May 2028."),
             H("Summary of assurance", 2),
             P("The Commissioner's level of assurance is recorded as Fully, Mostly, Partly or Not assured. Fully and "
               "Mostly mean the Commissioner is assured; Partly means the Commissioner is partly assured; Not means "
               "the Commissioner is not assured."),
             T(tuple([("Minute", "Question", "Assurance", "Note")] +
                     [("SAB 28/13", f"Q{n}", word, note) for n, _, _, word, _, note in questions]),
               (25, 18, 25, 80), header_rows=1),
             Break(), H("Action tracker", 2),
             P("Key: Discharged – the action is complete; Live – the action is in progress; Live (overdue) – past its "
               "target date."))
    tracker = [("No.", "Raised", "Action", "Owner", "Target date", "Progress", "Status")]
    for number, raised, text, owner, target, progress, status in [
            ("A27/31", "08/11/2027", "Circulate the force's drone deployment policy to Board members.",
             "Head of Operations", "31/12/2027", "Circulated 14 December.", "Discharged"),
            ("A27/36", "08/11/2027", "Report sickness absence in the control room.", "Head of People", "28/02/2028",
             "Data being validated.", "Live (overdue)"),
            ("A28/02", "10/01/2028", "Provide the results of the rural crime survey.", "Head of Insight",
             "02/05/2028", "The survey closes in April.", "Live"),
            ("A28/05", "07/03/2028", "Report risk assessment compliance by district at the next meeting.",
             "Chief Inspector, Neighbourhoods", "02/05/2028", "Included in the May tracker paper.", "Live"),
            ("A28/06", "07/03/2028", "Share the community trigger review outcomes with the Commissioner's office.",
             "Chief Inspector, Neighbourhoods", "30/04/2028", "Shared 11 April.", "Discharged")]:
        tracker.append((number, raised, text, owner, target, progress, status))
        raised_here = raised == "07/03/2028"  # the minuted meeting, of one scrutiny item
        pack.action(iso(raised), topic if raised_here else None, number, text, progress,
                    "complete" if status == "Discharged" else "outstanding", "status_column", "action_tracker",
                    key=minuted if number == "A28/05" else None)
    pack.add(T(tuple(tracker), (14, 18, 50, 30, 18, 34, 18), header_rows=1))
    data = render_docx(pack.blocks, title="Scrutiny and Assurance Board", author="PCVC Durham", when=WHEN)
    pack.write(docx_to_pdf(data))


# --- Merseyside: reportlab (DejaVu Serif); a key line of confidence words; each question its own small
# two-column table; an action log whose status is a colour only, against a legend, topics merged -------------

def merseyside() -> None:
    office = "Police and Crime Commissioner for Merseyside"
    pack = Pack("merseyside-pcc-sm-2028-05-10-r40.pdf", organisation=office, force="Merseyside Police",
                title="Scrutiny Meeting", meeting_date="2028-05-10")
    this, last = "2028-05-10", "2028-03-08"
    pack.add(P(f"**{office}**"), H("Scrutiny Meeting"))
    pack.meeting(this, "Fraud and cyber crime", "Scrutiny Meeting")
    pack.add(P("Wednesday 10 May 2028, 11:00, Police Headquarters, Liverpool"),
             P("**Focus of the meeting:** Fraud and cyber crime"), H("Agenda", 2))
    rows = [("No.", "Item", "Presenter")]
    for number, title, lead in [
            ("1", "Introductions and apologies", "Police and Crime Commissioner"),
            ("2", "Notes and actions from 8 March 2028", "Scrutiny Officer"),
            ("3", "Fraud and cyber crime: the force's response", "Detective Chief Inspector, Economic Crime"),
            ("4", "Protecting vulnerable victims of fraud", "Head of Victim Care, OPCC"),
            ("5", "Any other business", "")]:
        rows.append((number, title, lead))
        pack.agenda(this, number, title, lead or None)
    pack.add(T(tuple(rows), (10, 80, 60), header_rows=1),
             P("Levels of assurance used in these notes: **Confident** – the Commissioner is assured; **Partly "
               "confident** – the Commissioner is partly assured and wants more evidence; **Not confident** – the "
               "Commissioner is not assured."),
             Break())
    notes = "Notes of the Scrutiny Meeting – 8 March 2028"
    topic = "Stalking and harassment"
    pack.add(H(notes, 2))
    pack.meeting(last, topic, notes)
    pack.add(P("Present: Police and Crime Commissioner; Chief Constable; Detective Superintendent, Public Protection; "
               "OPCC Scrutiny Officer."),
             P("**1. Introductions and apologies** – Apologies were received from the Deputy Chief Constable."),
             P("**2. Notes of the last meeting** – The notes of 10 January 2028 were agreed."),
             H("3. Stalking and harassment", 3),
             P("The Detective Superintendent for Public Protection presented the force's report. Each question is set "
               "out below with the force's answer and the Commissioner's level of assurance."))
    levels = {"Confident": "Assured", "Partly confident": "Partly assured", "Not confident": "Not assured"}
    for number, question, answer, level, comment in [
            ("1", "How many stalking protection orders has the force applied for in the last year?",
             "The force applied for 27 orders and 24 were granted, up from 9 the year before.",
             "Confident", "A marked improvement."),
            ("2", "Are stalking cases correctly identified when they are first reported?",
             "An audit found that 31% of cases first recorded as harassment were in fact stalking.",
             "Partly confident", "Training for call handlers is to be completed by July."),
            ("3", "How quickly are victims referred to the specialist advocacy service?",
             "The median time from report to referral was 9 days.",
             "Not confident", "Referral should happen within 48 hours."),
            ("4", "What is the charge rate for stalking offences?",
             "Charge data by offence type is not yet available from the new records system.",
             "Not assessed", "To return when the data is available.")]:
        pack.add(T(((f"**Question {number}**", None), ("Question", question), ("Response", answer),
                    ("Level of assurance", level), ("Commissioner's comment", comment)),
                   (30, 90), spans=((0, 0, 1, 2),), fills={(0, 0): "#dbe5f1"}))
        pack.decision(last, topic, number, question, answer, levels.get(level), comment)
    pack.add(P("**4. Any other business** – None."), Break(), H("Action log", 2),
             P("Status legend: green – complete; amber – in progress; red – overdue. The status is shown by the colour "
               "of the last column."))
    log = [("Topic", "Ref", "Date", "Action", "Update", "Status")]
    fills, spans = {}, []
    entries = [
        ("Road safety", 2, "SM 27/22", "06/09/2027",
         "Share fatal collision data with the road safety partnership each month.",
         "Monthly sharing agreed from October.", GREEN),
        (None, 0, "SM 27/24", "06/09/2027", "Report on speed camera van deployment hours.",
         "Report delayed by the supplier.", RED),
        ("Custody", 1, "SM 27/35", "10/11/2027",
         "Send the custody independent visitors' report to the Chief Constable.", "Sent.", GREEN),
        (topic, 2, "SM 28/09", "08/03/2028", "Complete stalking training for all call handlers.", "70% trained.",
         AMBER),
        (None, 0, "SM 28/10", "08/03/2028", "Report the time from report to advocacy referral each month.",
         "First monthly report sent in April.", AMBER)]
    for topic_cell, covers, ref, date, text, update, colour in entries:
        row = len(log)
        if topic_cell:
            current = topic_cell
            if covers > 1:
                spans.append((row, 0, covers, 1))
        log.append((topic_cell, ref, date, text, update, ""))
        fills[(row, 5)] = colour
        pack.action(iso(date), current, ref, text, update, "complete" if colour == GREEN else "outstanding",
                    "cell_shading", "action_tracker")
    pack.add(T(tuple(log), (32, 20, 22, 70, 50, 16), header_rows=1, fills=fills, spans=tuple(spans)))
    look = register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font, margin=60,
                   footer="Police and Crime Commissioner for Merseyside")
    pack.write(render_pdf(pack.blocks, look, "Scrutiny Meeting", "OPCC Merseyside"))


# --- Sussex: Word; the questions in a table with no levels, then the Commissioner's assessment in
# paragraphs led by a level that list question numbers; a tracker with a Meeting column ---------------------

def sussex() -> None:
    office = "Sussex Police and Crime Commissioner"  # as printed; the office's one name in gold
    pack = Pack("sussex-pcc-pam-2028-05-19-r40.docx", organisation="Police and Crime Commissioner for Sussex",
                force="Sussex Police",
                title="Performance & Accountability Meeting", meeting_date="2028-05-19")
    this, last = "2028-05-19", "2028-03-24"
    pack.add(P(f"**{office}**"), H("Performance & Accountability Meeting"))
    pack.meeting(this, "Public contact", "Performance & Accountability Meeting")
    pack.add(P("Friday 19 May 2028, 10:00 – broadcast live on the Commissioner's website"),
             P("**Theme:** Public contact"), H("Agenda", 2))
    rows = [("Item", "Subject", "Presenter")]
    for number, title, lead in [
            ("1", "Welcome", "Police and Crime Commissioner"),
            ("2", "Update from the last meeting (24 March 2028)", "Chief Executive, OPCC"),
            ("3", "999 and 101 call handling", "Chief Constable"),
            ("4", "Questions from the public", "Police and Crime Commissioner"),
            ("5", "Close", "–")]:
        rows.append((number, title, lead))
        pack.agenda(this, number, title, None if lead == "–" else lead)
    pack.add(T(tuple(rows), (12, 90, 60), header_rows=1), Break())
    record = "Record of the Performance & Accountability Meeting held on 24 March 2028"
    topic = "Night-time economy"
    pack.add(H(record, 2))
    pack.meeting(last, topic, record)
    pack.add(P("**Theme:** Night-time economy"),
             P("The Commissioner's questions and the Chief Constable's answers are summarised in the table. The "
               "Commissioner's assessment follows the table."))
    questions = [
        ("1", "How many officers are deployed on Friday and Saturday nights in the main town centres?",
         "An average of 46 officers and 12 PCSOs, with Special Constables, are deployed across five town centres."),
        ("2", "What is being done to tackle drink spiking?",
         "There were 88 reports of spiking; every night-time patrol now carries testing kits."),
        ("3", "How does the force work with licensed premises to reduce violence?",
         "Licensing officers visited 310 premises and three licence reviews were requested."),
        ("4", "How are women helped to feel safe when travelling home at night?",
         "The safe space scheme has 60 venues, but it has not been evaluated."),
        ("5", "How many assaults on emergency workers took place in the night-time economy?",
         "The force cannot yet separate night-time economy assaults from other assaults on emergency workers.")]
    pack.add(T(tuple([("No.", "Question", "Answer")] + questions), (10, 70, 80), header_rows=1),
             H("The Commissioner's assessment", 3))
    assessments = [
        ("Assured", "questions 1 and 3", "The deployment and licensing work is well organised.", ("1", "3")),
        ("Partly assured", "question 2", "Testing must be followed by swift investigation.", ("2",)),
        ("Not assured", "question 4", "The safe space scheme needs an evaluation.", ("4",))]
    levels = {}
    for level, which, comment, numbers in assessments:
        pack.add(P(f"**{level}:** {which}. {comment}"))
        levels.update({n: (level, comment) for n in numbers})
    pack.add(P("**Not assessed:** question 5, until the data is available."))
    for number, question, answer in questions:
        level, comment = levels.get(number, (None, None))
        pack.decision(last, topic, number, question, answer, level, comment,
                      leave_out=() if number in levels else ("commentary",))
    pack.add(P("Actions agreed: the Chief Constable will publish the night-time economy deployment figures each "
               "quarter, and will commission an evaluation of the safe space scheme (PAM 28/11 and PAM 28/12 in the "
               "tracker)."),
             Break(), H("Action tracker", 2))
    tracker = [("Ref", "Meeting", "Action", "Status", "Comment")]
    for ref, meeting, text, status, comment in [
            ("PAM 27/30", "15/09/2027", "Publish the rural crime strategy.", "Complete", "Published October 2027."),
            ("PAM 27/38", "24/11/2027", "Report the use of Taser by ethnicity.", "In progress",
             "Data being checked with the independent advisory group."),
            ("PAM 28/03", "26/01/2028", "Review the response to children missing from care homes.", "Not started",
             "Scheduled for July."),
            ("PAM 28/11", "24/03/2028", "Publish the night-time economy deployment figures each quarter.",
             "In progress", "First figures due in June."),
            ("PAM 28/12", "24/03/2028", "Commission an evaluation of the safe space scheme.", "Complete",
             "A university partner was commissioned in April.")]:
        tracker.append((ref, meeting, text, status, comment))
        pack.action(iso(meeting), topic if meeting == "24/03/2028" else None, ref, text, comment,
                    "complete" if status == "Complete" else "outstanding", "status_column", "action_tracker")
    pack.add(T(tuple(tracker), (18, 20, 60, 20, 50), header_rows=1))
    pack.write(render_docx(pack.blocks, title="Performance & Accountability Meeting", author="Sussex PCC", when=WHEN,
                           header=("Sussex Police and Crime Commissioner – Performance & Accountability Meeting",)))


# --- Dorset: Word->PDF; an agenda of "Item N" lines with the lead in italics below; a tick in one of three
# level columns with the remarks in a merged row under each question; "Action DAB ..." lines -----------------

def dorset() -> None:
    office = "Dorset Police and Crime Commissioner"  # as printed; the office's one name in gold
    pack = Pack("dorset-pcc-dab-2028-05-22-r40.pdf", organisation="Police and Crime Commissioner for Dorset",
                force="Dorset Police",
                title="Accountability Board", meeting_date="2028-05-22")
    this, last = "2028-05-22", "2028-03-20"
    pack.add(P(f"**{office}**"), H("Accountability Board"))
    pack.meeting(this, None, "Accountability Board")
    pack.add(P("Monday 22 May 2028, 14:00, Force Headquarters, Winfrith"), H("Agenda", 2))
    for number, title, lead in [
            ("1", "Apologies", "Chair"),
            ("2", "Minutes of 20 March 2028 and action tracker", "Board Secretary"),
            ("3", "Violence against women and girls", "Detective Chief Superintendent"),
            ("4", "Estates strategy", "Director of Finance"),
            ("5", "Any other business", None)]:
        pack.add(P(f"**Item {number}**  {title}"))
        if lead:
            pack.add(P(f"*{lead}*", indent=40))
        pack.agenda(this, number, title, lead)
    pack.add(Break())
    minutes = "Minutes – Accountability Board – 20 March 2028"
    topic = "Domestic abuse"
    pack.add(H(minutes, 2))
    pack.meeting(last, topic, minutes)
    pack.add(P("Present: the Police and Crime Commissioner (Chair), the Chief Constable, the Detective Chief Inspector "
               "for Safeguarding, the OPCC Chief Executive and the Board Secretary."),
             P("**1. Apologies** – none."),
             P("**2. Minutes of 17 January 2028** – agreed. The tracker is at the end of this pack."),
             H("3. Domestic abuse", 3),
             P("The Detective Chief Inspector for Safeguarding presented the paper. The Commissioner's view on each "
               "question is marked in the grid, with the remarks recorded under each question."))
    grid = [("No.", "Question", "Assured", "Partially assured", "Not assured")]
    spans = []
    columns = {"Assured": 2, "Partly assured": 3, "Not assured": 4}
    for number, question, level, remark in [
            ("1", "How many domestic abuse victims received a call back within 24 hours?", "Assured",
             "93% of victims were called back within 24 hours. The Commissioner asked that this is kept up."),
            ("2", "Are Domestic Violence Protection Notices applied for in every eligible case?", "Partly assured",
             "Applications rose to 74, but a third of eligible cases were missed. Supervisors are to check every "
             "eligible case."),
            ("3", "How is the force managing the backlog of Clare's Law disclosure requests?", "Not assured",
             "The backlog stands at 212 requests, some over 60 days old. A recovery plan is required for the next "
             "meeting."),
            ("4", "How are officers trained to recognise coercive control?", "Assured",
             "All response officers have completed the Domestic Abuse Matters course.")]:
        row = ["", "", "", "", ""]
        row[0], row[1], row[columns[level]] = number, question, "✓"
        grid.append(tuple(row))
        spans.append((len(grid), 1, 1, 4))
        grid.append(("", remark, None, None, None))
        pack.decision(last, topic, number, question, None, level, remark, leave_out=("evidence_summary",))
    pack.add(T(tuple(grid), (10, 80, 20, 22, 20), header_rows=1, spans=tuple(spans)))
    minuted = "Detective Chief Inspector, Safeguarding to present a Clare's Law recovery plan to the May Board."
    pack.add(P(f"**Action DAB 28/09:** {minuted}"),
             P("**4. Any other business** – none."), Break(), H("Action tracker", 2))
    tracker = [("Ref", "Meeting", "Action", "Owner", "Status")]
    for ref, meeting, text, owner, status in [
            ("DAB 27/40", "15/11/2027", "Review the use of body-worn video at domestic abuse incidents.",
             "Head of Operations", "Completed"),
            ("DAB 28/02", "17/01/2028", "Report the number of domestic homicide reviews under way.",
             "Head of Public Protection", "Open – overdue"),
            ("DAB 28/09", "20/03/2028", "Present a Clare's Law recovery plan to the May Board.",
             "Detective Chief Inspector, Safeguarding", "Open – due May"),
            ("DAB 28/10", "20/03/2028", "Share coercive control training figures with the OPCC.",
             "Head of Learning", "Completed")]:
        tracker.append((ref, meeting, text, owner, status))
        pack.action(iso(meeting), topic if meeting == "20/03/2028" else None, ref, text, None,
                    "complete" if status == "Completed" else "outstanding", "status_column", "action_tracker",
                    key=minuted if ref == "DAB 28/09" else None)
    pack.add(T(tuple(tracker), (18, 20, 60, 40, 22), header_rows=1))
    data = render_docx(pack.blocks, title="Accountability Board", author="Dorset OPCC", when=WHEN,
                       header=("Dorset Police and Crime Commissioner",))
    pack.write(docx_to_pdf(data))


# --- Gwent: reportlab, landscape; one grid for two items, the item in a merged first column, "Level of
# confidence" High / Moderate / Low through a key line; "Action AAB ..." lines after the grid; a tracker whose
# status is "Complete" or a RAG word --------------------------------------------------------------------------

def gwent() -> None:
    office = "Police and Crime Commissioner for Gwent"
    pack = Pack("gwent-pcc-aab-2028-05-25-r40.pdf", organisation=office, force="Gwent Police",
                title="Accountability and Assurance Board", meeting_date="2028-05-25")
    this, last = "2028-05-25", "2028-03-30"
    pack.add(P(f"**{office}**"), H("Accountability and Assurance Board"))
    pack.meeting(this, None, "Accountability and Assurance Board")
    pack.add(P("Thursday 25 May 2028, 10:00, Police Headquarters, Cwmbran"), H("Agenda", 2))
    rows = [("Agenda item", "Title", "Lead", "Paper")]
    for number, title, lead, paper in [
            ("1", "Apologies", "Chair", "–"),
            ("2", "Minutes and action log", "Office Manager", "Paper A"),
            ("3", "Police, Crime and Justice Plan: quarter 4 performance", "Deputy Chief Constable", "Paper B"),
            ("4", "HMICFRS recommendations: progress", "Head of Assurance", "Paper C"),
            ("5", "Any other business", "Chair", "–")]:
        rows.append((number, title, lead, paper))
        pack.agenda(this, number, title, lead)
    pack.add(T(tuple(rows), (18, 90, 50, 20), header_rows=1),
             P("Level of confidence: **High** – the Commissioner is assured; **Moderate** – the Commissioner is "
               "partly assured; **Low** – the Commissioner is not assured."),
             Break())
    minutes = "Minutes of the Accountability and Assurance Board – 30 March 2028"
    pack.add(H(minutes, 2))
    pack.meeting(last, None, minutes)
    pack.add(P("Present: Police and Crime Commissioner (Chair); Deputy Police and Crime Commissioner; Chief Constable; "
               "Deputy Chief Constable; Chief Executive, OPCC."),
             P("**1. Apologies.** None. **2. Minutes.** The minutes of 26 January 2028 were agreed. **3. Chief "
               "Constable's update.** The Chief Constable briefed the Board on the response to the February floods."),
             P("Items 4 and 5 were scrutinised through the questions below."))
    levels = {"High": "Assured", "Moderate": "Partly assured", "Low": "Not assured"}
    grid = [("Item", "No.", "Question", "Response", "Level of confidence", "Comment")]
    spans = []
    for item, topic, questions in [
            ("4. Youth justice", "Youth justice", [
                ("4.1", "How many children were diverted from the criminal justice system in the year?",
                 "212 children were diverted through the Youth Diversion Scheme, up 18%.", "High", ""),
                ("4.2", "Are children in custody seen by an appropriate adult without delay?",
                 "The average wait for an appropriate adult was 4.5 hours.", "Low",
                 "Waiting times must fall; the Commissioner will raise this with the local authorities.")]),
            ("5. Digital forensics", "Digital forensics", [
                ("5.1", "How long does it take to examine a seized mobile phone?",
                 "The median is 38 days, and 410 devices are waiting.", "Moderate", "The backlog is to be reported "
                                                                                   "monthly."),
                ("5.2", "Is the digital forensics unit on track for accreditation?",
                 "The unit gained ISO 17025 accreditation for phone extraction in February.", "High",
                 "A good result.")])]:
        spans.append((len(grid), 0, len(questions), 1))
        for i, (number, question, response, level, comment) in enumerate(questions):
            grid.append((item if i == 0 else None, number, question, response, level, comment))
            pack.decision(last, topic, number, question, response, levels[level], comment or None)
    pack.add(T(tuple(grid), (28, 14, 80, 80, 26, 60), header_rows=1, spans=tuple(spans)))
    first = "Head of Youth Justice to report appropriate adult waiting times by local authority."
    second = "Head of Digital Forensics to report the phone examination backlog each month."
    pack.add(P(f"**Action AAB 28/11:** {first}"), P(f"**Action AAB 28/12:** {second}"),
             P("The next meeting is on 25 May 2028."), Break(), H("Action log", 2),
             P("Status: Complete – closed; Green – on track; Amber – at risk; Red – overdue."))
    log = [("Action No.", "Date of meeting", "Action", "Lead", "Update", "Status")]
    for number, date, text, lead, update, status in [
            ("AAB 27/52", "30/11/2027", "Publish the Board's terms of reference in Welsh and English.",
             "Office Manager", "Published.", "Complete"),
            ("AAB 28/03", "26/01/2028", "Report the outcome of the custody healthcare re-tender.",
             "Head of Criminal Justice", "Contract award due June.", "Green"),
            ("AAB 28/04", "26/01/2028", "Provide a breakdown of complaints by type for the year.",
             "Head of Professional Standards", "Awaiting data from the IOPC.", "Red"),
            ("AAB 28/11", "30/03/2028", "Report appropriate adult waiting times by local authority.",
             "Head of Youth Justice", "Meetings with the councils in May.", "Amber"),
            ("AAB 28/12", "30/03/2028", "Report the phone examination backlog each month.",
             "Head of Digital Forensics", "April figures sent.", "Green")]:
        log.append((number, date, text, lead, update, status))
        key = {"AAB 28/11": first, "AAB 28/12": second}.get(number)
        pack.action(iso(date), None, number, text, update, "complete" if status == "Complete" else "outstanding",
                    "status_column", "action_tracker", key=key)
    pack.add(T(tuple(log), (22, 22, 80, 45, 60, 18), header_rows=1))
    look = PdfLook(landscape=True, margin=50, header="Police and Crime Commissioner for Gwent | Accountability and "
                                                     "Assurance Board", footer="OFFICIAL")
    pack.write(render_pdf(pack.blocks, look, "Accountability and Assurance Board", "OPCC Gwent"))


PACKS = {"bedfordshire": bedfordshire, "gloucestershire": gloucestershire, "south-wales": south_wales,
         "durham": durham, "merseyside": merseyside, "sussex": sussex, "dorset": dorset, "gwent": gwent}

if __name__ == "__main__":
    for name in sys.argv[1:] or PACKS:
        PACKS[name]()
