"""Held-out scrutiny round 39 (issue 4): nine packs of PCC and mayoral offices of the south, east and
London, with their gold in gold/ (held out and scored in session 9, then released to fixers and
promoted).

Each builder call that prints a question, an action, an agenda row or a meeting heading also writes
its gold record, so the gold says what the page says. A PDF record's page is the first page whose text
holds the start of its key text (pdfplumber); the generator stops if a key is on no page.

    .venv/bin/python samples/corpus/scrutiny-round39/generate.py [NAME-PREFIX ...]

Word->PDF packs need LibreOffice (`soffice`), `taskset` and `setarch` (../office_pdf.py).
"""

from __future__ import annotations

import io
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))

from office_pdf import docx_to_pdf  # noqa: E402
from render import H, P, Bul, Num, T, Break, PdfLook, render_pdf, render_docx, register_dejavu_serif  # noqa: E402
from generator.model import plain  # noqa: E402

import render  # noqa: E402
from docx.shared import Mm  # noqa: E402

_render_table = render._docx_table


def _table_with_grid(document, table: T, text_width_mm: float) -> None:
    """The shared renderer's Word table, with the grid's column widths set as Word sets them (LibreOffice
    lays a table out by its grid, which python-docx leaves equal)."""
    _render_table(document, table, text_width_mm)
    total = sum(table.widths)
    for column, width in zip(document.tables[-1]._tbl.tblGrid.gridCol_lst, table.widths):
        column.w = Mm(text_width_mm * width / total)


render._docx_table = _table_with_grid

GOLD = HERE / "gold"
CHECKED = ("Written blind for held-out round 39; every record hand-checked against the rendered pages and "
           "`scrutiny inspect` (layout only) by the round's writer; the extractors were never run on it.")
GREEN, AMBER, RED = "#00b050", "#ffc000", "#ff0000"


def squash(text: str) -> str:
    """Letters and digits only, lower case: a key that survives wrapping and hyphen-free line breaks."""
    return re.sub(r"[^0-9a-z]", "", plain(text).lower())


@dataclass
class Pack:
    name: str  # file name
    form: str  # "pdf" (reportlab), "wordpdf" (python-docx then LibreOffice) or "docx"
    title: str
    force: str
    organisation: str
    meeting_date: str
    publication_date: str | None = None
    look: PdfLook = field(default_factory=PdfLook)
    header: tuple[str, ...] = ()
    office: str | None = None  # the gold's name of the office where the pack prints its area otherwise (gold-format.md)
    blocks: list = field(default_factory=list)
    records: dict = field(default_factory=lambda: {t: [] for t in (
        "meetings", "agenda_items", "assurance_decisions", "actions")})
    keys: dict = field(default_factory=dict)  # id(record) -> (key text, first page it may be on)

    def add(self, *blocks) -> None:
        self.blocks.extend(blocks)

    def _record(self, kind: str, key: str, from_page: int = 1, **fields) -> dict:
        record = {"page": None, **fields}
        self.records[kind].append(record)
        self.keys[id(record)] = (key, from_page)
        return record

    def meeting(self, date: str, topic: str | None, title: str, key: str | None = None, from_page: int = 1) -> None:
        """``from_page``: a notes heading the agenda repeats word for word is found from its own page on."""
        self._record("meetings", key or title, from_page, meeting_date=date, topic=topic,
                     organisation=self.office or self.organisation, title=title)

    def agenda(self, number: str, title: str, presenter: str | None) -> None:
        self._record("agenda_items", title, meeting_date=self.meeting_date, number=number, title=plain(title),
                     presenter=presenter)

    def decision(self, date: str, topic: str | None, number: str | None, question: str, evidence: str,
                 assurance: str | None, commentary: str | None) -> None:
        self._record("assurance_decisions", question, meeting_date=date, topic=topic, question_number=number,
                     question=plain(question), evidence_summary=plain(evidence), assurance=assurance,
                     commentary=commentary and plain(commentary))

    def action(self, date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
               status: str, status_source: str, source: str = "action_tracker", key: str | None = None) -> None:
        self._record("actions", key or text, meeting_date=date, topic=topic, number=number, text=plain(text),
                     update=update and plain(update), status=status, status_source=status_source, source=source)

    def build(self) -> tuple[bytes, dict]:
        when = datetime(2028, 3, 1, 9, 0, 0)
        author = "Office of the " + self.organisation
        if self.form == "pdf":
            data = render_pdf(self.blocks, self.look, self.title, author)
        else:
            data = render_docx(self.blocks, title=self.title, author=author, when=when, header=self.header)
            if self.form == "wordpdf":
                data = docx_to_pdf(data)
        is_pdf = self.form != "docx"
        pages = None
        if is_pdf:
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                # a table cell's lines interleave with its neighbours' in the page text, so cells count too
                cell_words = {word for page in pdf.pages for table in page.extract_tables() for row in table
                              for cell in row for word in re.findall(r"[A-Za-z0-9]+", cell or "")}
                texts = [squash((page.extract_text() or "") + " ".join(
                    cell or "" for table in page.extract_tables() for row in table for cell in row))
                    for page in pdf.pages]
            pages = len(texts)
            split = sorted(cell_words - set(re.findall(r"[A-Za-z0-9]+", plain(repr(self.blocks)))))
            if split:
                raise SystemExit(f"{self.name}: words split inside table cells: {split}")
            for kind, records in self.records.items():
                for record in records:
                    key, from_page = self.keys[id(record)]
                    key = squash(key)[:45]
                    found = [n for n, text in enumerate(texts, start=1) if key in text and n >= from_page]
                    if not found:
                        raise SystemExit(f"{self.name}: {kind} key {key!r} is on no page")
                    record["page"] = found[0]
        document = {"page": None, "file_type": "pdf" if is_pdf else "docx", "doc_kind": "scrutiny_pack",
                    "status": "ok", "publication_date": self.publication_date, "title": self.title,
                    "force": self.force, "organisation": self.office or self.organisation,
                    "meeting_date": self.meeting_date}
        if is_pdf:
            document["pages"] = pages
        records = {"documents": [document], **self.records, "grades": []}
        return data, records


def write(pack: Pack) -> None:
    data, records = pack.build()
    (HERE / pack.name).write_bytes(data)
    gold = {"source_file": pack.name, "expect": "ok", "checked": CHECKED, "records": records}
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{pack.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    counts = {k: len(v) for k, v in records.items()}
    print(f"{pack.name}: {len(data)} bytes, {records['documents'][0].get('pages')} pages, {counts}")


def joined(items: tuple[str, ...]) -> str:
    return " ".join(items)


# ---------------------------------------------------------------------------------------------------------
# 1. Surrey: reportlab, the reference pack's form (common)


def surrey() -> Pack:
    pack = Pack("surrey-pcc-pam-2028-04-11-round39.pdf", "pdf", "Performance & Accountability Meeting",
                "Surrey Police", "Police and Crime Commissioner for Surrey", "2028-04-11",
                look=PdfLook(footer="OPCC for Surrey – Performance & Accountability Meeting"))
    pack.add(P("**Office of the Police and Crime Commissioner for Surrey**"),
             H("Performance & Accountability Meeting"),
             P("**Date:** Tuesday 11 April 2028"), P("**Time:** 10:00am – 12:00pm"),
             P("**Venue:** Conference Room, Mount Browne, and streamed online"),
             P("**Theme:** Neighbourhood policing and visibility"), H("Agenda", 2))
    pack.meeting("2028-04-11", "Neighbourhood policing and visibility", "Performance & Accountability Meeting")
    rows = [("1.", "Welcome and apologies", "PCC"),
            ("2.", "Notes of the meeting held on 14 February 2028 and matters arising", "Head of Performance and Governance"),
            ("3.", "Action tracker – an update", "Head of Performance and Governance"),
            ("4.", "Neighbourhood policing and visibility", "Assistant Chief Constable, Local Policing"),
            ("5.", "Public questions received", "PCC"),
            ("6.", "Any other business", "PCC")]
    pack.add(T((("Item", "Title", "Presented by"),) + tuple(rows), (8, 60, 32), header_rows=1))
    for number, title, presenter in rows:
        pack.agenda(number.rstrip("."), title, presenter)
    pack.add(Break())
    notes = "Draft notes – Performance & Accountability Meeting (Hate crime) – 14 February 2028"
    pack.add(H(notes, 2))
    pack.meeting("2028-02-14", "Hate crime", notes)
    pack.add(P("Present: the Police and Crime Commissioner (chair), the Deputy PCC, the Chief Constable, the "
               "Assistant Chief Constable for Specialist Crime, the OPCC Chief Executive and the Head of Performance "
               "and Governance."))
    questions = [
        ("How has the number of hate crimes reported to the force changed in the last year, and what does the force "
         "understand about under-reporting?",
         ("Reported hate crime rose by 9% in the year to December 2027, mostly racially aggravated public order offences.",
          "The force uses third-party reporting centres in eight boroughs; two new centres opened in libraries in January.",
          "An analyst product on under-reporting by disabled victims is due in May 2028."),
         "Assured", "The PCC welcomed the growth in third-party reporting and asked to see the analyst product."),
        ("What proportion of hate crime victims receive a needs assessment and a referral to specialist support?",
         ("Needs assessments were recorded in 64% of cases in the last quarter against a target of 90%.",
          "Referrals to the commissioned hate crime support service have doubled since September.",
          "Supervisors now check the assessment before an investigation can be filed."),
         "Partly Assured", "The PCC was encouraged by the rise in referrals but noted that the target is not yet met."),
        ("How does the force make sure that outcomes for hate crime are as good as for the same offences without an "
         "aggravating factor?",
         ("The charge rate for racially aggravated offences was 11%, compared with 14% for the same offences without "
          "aggravation.",
          "The force has not yet examined the reasons for the gap."),
         "Not Assured", "The PCC asked for an analysis of the outcome gap to come to the next meeting."),
    ]
    table = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    for n, (question, evidence, level, comment) in enumerate(questions, start=1):
        table.append((f"**{n}. {question}**", (Bul(evidence),), (f"**{level}**", f"*{comment}*")))
        pack.decision("2028-02-14", "Hate crime", str(n), question, joined(evidence),
                      {"Assured": "Assured", "Partly Assured": "Partly assured", "Not Assured": "Not assured"}[level],
                      comment)
    pack.add(T(tuple(table), (34, 44, 22), header_rows=1))
    pack.add(P("**Actions**"))
    minuted = [("PAM 28/05", "That the analyst product on under-reporting of disability hate crime be shared with the OPCC.",
                "Due in May 2028; the OPCC will receive it on publication.", "Open"),
               ("PAM 28/06", "That the force analyse the gap in charge rates between aggravated and non-aggravated "
                "offences and report to the next meeting.", "Analysis received by the OPCC on 28 March 2028.",
                "Complete")]
    pack.add(Num(tuple(text for _, text, _, _ in minuted)))
    pack.add(Break(), H("Action Tracker 2027/28", 2))
    older = [("PAM 27/41", "12/10/2027", "Circulate the evaluation of the rural crime team's first year to the OPCC.",
              "Evaluation circulated on 30 November 2027.", "Complete"),
             ("PAM 27/44", "12/10/2027", "Provide the number of officers trained in the new stop and search app.",
              "Training to finish in April; numbers will follow.", "Open"),
             ("PAM 27/52", "06/12/2027", "Arrange a briefing for the PCC on the custody healthcare contract.",
              "Briefing held on 19 January 2028.", "Complete")]
    rows = [("Ref", "Raised", "Action", "Update", "Status")]
    for ref, raised, text, update, status in older:
        rows.append((ref, raised, text, update, status))
        day, month, year = raised.split("/")
        pack.action(f"{year}-{month}-{day}", None, ref, text, update, "complete" if status == "Complete" else "outstanding",
                    "status_column")
    for ref, text, update, status in minuted:
        rows.append((ref, "14/02/2028", text, update, status))
        pack.action("2028-02-14", "Hate crime", ref, text, update, "complete" if status == "Complete" else "outstanding",
                    "status_column")
    pack.add(T(tuple(rows), (12, 15, 33, 28, 12), header_rows=1))
    pack.add(P("Date of the next meeting: Tuesday 13 June 2028."))
    return pack


# ---------------------------------------------------------------------------------------------------------
# 2. Hampshire and Isle of Wight: a Word file, questions under Heading 3 with an "Assurance level:" line (common)


def hampshire() -> Pack:
    pack = Pack("hampshire-iow-pcc-pab-2028-05-09-round39.docx", "docx", "Police Accountability Board",
                "Hampshire and Isle of Wight Constabulary",
                "Police and Crime Commissioner for Hampshire and Isle of Wight", "2028-05-09",
                header=("Police and Crime Commissioner for Hampshire and Isle of Wight", "Police Accountability Board – 9 May 2028"),
                office="Police and Crime Commissioner for Hampshire and the Isle of Wight")
    pack.add(H("Police Accountability Board"), P("Tuesday 9 May 2028, 2.00pm, Room 3, Police Headquarters, Eastleigh"),
             P("**Focus of the meeting:** Roads policing and the fatal four"), H("Agenda", 2))
    pack.meeting("2028-05-09", "Roads policing and the fatal four", "Police Accountability Board")
    rows = [("1", "Apologies and declarations of interest", "Chair"),
            ("2", "Minutes of the meeting held on 7 March 2028", "OPCC Governance Manager"),
            ("3", "Action log", "OPCC Governance Manager"),
            ("4", "Roads policing and the fatal four", "Chief Superintendent, Operations"),
            ("5", "Quarterly performance report", "Head of Performance, Hampshire and Isle of Wight Constabulary"),
            ("6", "Any other business", "")]
    pack.add(T((("No.", "Item", "Lead"),) + tuple(rows), (8, 56, 36), header_rows=1))
    for number, title, lead in rows:
        pack.agenda(number, title, lead or None)
    pack.add(Break())
    notes = "Minutes of the Police Accountability Board held on 7 March 2028"
    pack.add(H(notes, 1))
    pack.meeting("2028-03-07", "Domestic abuse", notes)
    pack.add(P("Present: Police and Crime Commissioner (chair); Chief Constable; Deputy Chief Constable; OPCC Chief "
               "Executive; Head of Public Protection."),
             H("1. Apologies and declarations", 2), P("Apologies were received from the Chief Finance Officer. No "
                                                      "interests were declared."),
             H("2. Minutes and action log", 2), P("The minutes of 9 January 2028 were agreed. The action log was "
                                                  "noted."),
             H("3. Domestic abuse", 2))
    questions = [
        ("How quickly does the force now attend high-risk domestic abuse incidents, and how does this compare with "
         "last year?",
         ("Median attendance for grade one domestic incidents was 11 minutes in January, down from 14 minutes.",
          "A dedicated domestic abuse car runs in Portsmouth and Southampton on Friday and Saturday nights."),
         "Assured", "The Commissioner thanked the team for the improvement in attendance times."),
        ("What is being done to increase the use of domestic abuse protection orders?",
         ("The force has applied for 37 orders since the new regime began in November.",
          "Two officers in each district have been trained as order leads, but applications vary widely between districts."),
         "Partially assured", "The Commissioner asked for district figures at the next Board."),
        ("How are victims who withdraw support for a prosecution kept safe?",
         ("Withdrawal statements are taken by the officer in the case.",
          "The force could not say how many victims were referred to an independent domestic violence adviser after withdrawing."),
         "Not assured", "The Commissioner asked for a dip sample of withdrawn cases."),
    ]
    for n, (question, evidence, level, comment) in enumerate(questions, start=1):
        pack.add(H(f"Question {n}", 3), P(f"**{question}**"), P("*Response:*"), Bul(evidence),
                 P(f"**Assurance level:** {level}"), P(f"**PCC comment:** {comment}"))
        pack.decision("2028-03-07", "Domestic abuse", str(n), question, joined(evidence),
                      {"Partially assured": "Partly assured"}.get(level, level), comment)
    minuted = [("PAB 28/09", "Provide district-level figures for domestic abuse protection order applications.",
                "Figures circulated on 4 April 2028.", "Complete"),
               ("PAB 28/10", "Complete a dip sample of 30 withdrawn domestic abuse cases and report the findings.",
                "Sample under way; findings due at the July Board.", "In progress")]
    pack.add(H("Actions arising", 3))
    for ref, text, _, _ in minuted:
        pack.add(P(f"**{ref}:** {text}"))
    pack.add(H("4. Any other business", 2), P("None."), Break(), H("Action log", 2))
    older = [("PAB 27/61", "14/11/2027", "Share the summer night-time economy evaluation with the OPCC.", "Head of Operations",
              "Evaluation shared on 12 December 2027.", "Complete"),
             ("PAB 27/66", "09/01/2028", "Report the number of vacancies in the Isle of Wight neighbourhood teams.",
              "Head of HR", "", "Not started"),
             ("PAB 28/02", "09/01/2028", "Bring the review of the 101 online reporting form to the Board.",
              "Head of Contact", "Review delayed to June because of system upgrade.", "In progress")]
    rows = [("Ref", "Date raised", "Action", "Owner", "Update", "Status")]
    for ref, raised, text, owner, update, status in older:
        rows.append((ref, raised, text, owner, update, status))
        d, m, y = raised.split("/")
        pack.action(f"{y}-{m}-{d}", None, ref, text, update or None,
                    "complete" if status == "Complete" else "outstanding", "status_column")
    for ref, text, update, status in minuted:
        rows.append((ref, "07/03/2028", text, "Head of Public Protection", update, status))
        pack.action("2028-03-07", "Domestic abuse", ref, text, update,
                    "complete" if status == "Complete" else "outstanding", "status_column")
    pack.add(T(tuple(rows), (12, 16, 26, 14, 18, 14), header_rows=1))
    return pack


# ---------------------------------------------------------------------------------------------------------
# 3. Bedfordshire: Word->PDF, the reference pack's tracker with coloured squares and merged topics (common)


def bedfordshire() -> Pack:
    pack = Pack("bedfordshire-pcc-sm-2028-06-07-round39.pdf", "wordpdf", "Scrutiny Meeting", "Bedfordshire Police",
                "Police and Crime Commissioner for Bedfordshire", "2028-06-07",
                header=("Police and Crime Commissioner for Bedfordshire",))
    pack.add(H("Police and Crime Commissioner for Bedfordshire"), H("Scrutiny Meeting", 2),
             P("**Date: Wednesday 7 June 2028**"), P("**Time: 1:30pm – 3:30pm**"), P("**Venue: OPCC Boardroom, Kempston / Teams**"),
             H("Agenda", 2))
    rows = [("1.", "Apologies for Absence", "PCC"),
            ("2.", "Draft Notes – Scrutiny Meeting (Serious Violence) – 19 April 2028", "PCC"),
            ("3.", "Scrutiny Actions 2028/29 – An Update", "PCC"),
            ("4.", "Knife Crime and Violence Reduction", "Bedfordshire Police"),
            ("5.", "Any Other Business", "PCC"),
            ("6.", "Date of the next meeting: Wednesday 5 July 2028 Topic: Fraud and Cyber Crime", "PCC")]
    pack.add(T((("Item", "Title", "Presented By"),) + tuple(rows), (8, 70, 22), header_rows=1))
    for number, title, presenter in rows:
        pack.agenda(number.rstrip("."), title, presenter)
    # no topic stated and no notes of this meeting: its agenda's one scrutiny item is no topic (docs/gold-format.md)
    pack.meeting("2028-06-07", None, "Scrutiny Meeting", key="Scrutiny Meeting")
    pack.add(Break())
    notes = "DRAFT NOTES – SCRUTINY MEETING (SERIOUS VIOLENCE) – 19 APRIL 2028"
    pack.add(P(f"**{notes}**"))
    pack.meeting("2028-04-19", "Serious Violence", notes, from_page=2)
    questions = [
        ("What progress has the Force made against the duties of the Serious Violence Duty, and how is it working with "
         "the Violence and Exploitation Reduction Unit?",
         ("The strategic needs assessment was refreshed in February 2028 with all specified authorities.",
          "The Force funds two analysts in the reduction unit and shares data weekly.",
          "Hospital admissions for assault with a sharp object fell by 12% in 2027."),
         "Assured", "The PCC thanked partners for the joint work and will continue to monitor the needs assessment."),
        ("How does the Force use stop and search to tackle serious violence in the hotspot areas, and how is its use "
         "scrutinised?",
         ("Stop and search in the hotspot areas rose by 30% during the summer operation.",
          "The find rate was 24%, in line with the rest of the county.",
          "Body-worn video is reviewed by the community scrutiny panel, but only ten encounters were reviewed in the quarter."),
         "Partly Assured", "The PCC asked that more encounters be reviewed by the community panel."),
        ("What evidence is there that the diversion schemes for young people at risk are reducing reoffending?",
         ("The Force could provide numbers referred to the schemes but no reoffending figures.",
          "An evaluation has been commissioned but not yet started."),
         "Not Assured", "The PCC was concerned that the schemes have run for two years without an evaluation."),
    ]
    table = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    for n, (question, evidence, level, comment) in enumerate(questions, start=1):
        table.append((f"**{n}. {question}**", (Bul(evidence),), (f"**{level}**", f"*{comment}*")))
        pack.decision("2028-04-19", "Serious Violence", str(n), question, joined(evidence),
                      {"Assured": "Assured", "Partly Assured": "Partly assured", "Not Assured": "Not assured"}[level],
                      comment)
    pack.add(T(tuple(table), (32, 46, 22), header_rows=1))
    pack.add(P("**Actions**"))
    minuted = ["That the Force increase the number of stop and search encounters reviewed by the community scrutiny panel.",
               "That a copy of the evaluation plan for the youth diversion schemes be sent to the PCC/OPCC."]
    pack.add(Num(tuple(minuted)))
    pack.add(Break(), H("Scrutiny Actions 2028/29", 2))
    green, red = f"{{{GREEN}|■}}", f"{{{RED}|■}}"
    tracker = [  # topic, action, update, complete?
        ("Rural Crime", "That the Force share its rural crime problem profile with the OPCC.",
         "The problem profile was received by the OPCC on 3 March 2028.", True),
        ("Rural Crime", "That the topic of rural crime be revisited in twelve months' time.",
         "A Scrutiny Meeting on this topic will be held in early 2029.", False),
        ("Contact Management", "That the Force report the abandonment rate for 101 calls by month.",
         "Monthly figures are now included in the performance pack.", True),
        ("Serious Violence", minuted[0],
         "The panel reviewed 25 encounters in May and will review 25 each month from now on.", True),
        ("Serious Violence", minuted[1],
         "The evaluation plan is being drafted and will be sent once agreed with the university.", False),
    ]
    rows = [("Topic", "Action", "Update", "")]
    spans = []
    start = 1
    for i, (topic, text, update, done) in enumerate(tracker, start=1):
        first = i == 1 or tracker[i - 2][0] != topic
        rows.append((f"**{topic}**" if first else None, text, update, green if done else red))
        if first:
            start = i
        last = i == len(tracker) or tracker[i][0] != topic
        if last and i > start:
            spans.append((start, 0, i - start + 1, 1))
        # a minuted action with no tracker reference keeps the notes list's number
        number = str(minuted.index(text) + 1) if text in minuted else None
        pack.action("2028-04-19" if number else None, topic, number, text, update,
                    "complete" if done else "outstanding", "glyph_colour")
    pack.add(T(tuple(rows), (18, 38, 38, 6), header_rows=1, spans=tuple(spans)))
    pack.add(P(f"{green} = Action Complete"), P(f"{red} = Action Outstanding"))
    return pack


# ---------------------------------------------------------------------------------------------------------
# 4. MOPAC: a Word file; the Deputy Mayor's judgement in a full-width row under each question (new layout)


def mopac() -> Pack:
    pack = Pack("mopac-dmpc-pob-2028-05-23-round39.docx", "docx", "Policing Oversight Board",
                "Metropolitan Police Service", "Deputy Mayor for Policing and Crime", "2028-05-23",
                header=("MAYOR OF LONDON OFFICE FOR POLICING AND CRIME", "Policing Oversight Board"))
    pack.add(P("**MAYOR OF LONDON OFFICE FOR POLICING AND CRIME**"), H("Policing Oversight Board"),
             P("**Chair:** Deputy Mayor for Policing and Crime"),
             P("**Date:** Tuesday 23 May 2028, 10.00am, City Hall, Kamal Chunchie Way"), H("Agenda", 2))
    rows = [("1", "Welcome, apologies and declarations", "DMPC"),
            ("2", "Minutes of the meeting of 28 March 2028 and action tracker", "MOPAC Head of Oversight"),
            ("3", "Victim care and the Victims' Code", "Commander, Frontline Policing"),
            ("4", "Public order policing: cost and abstraction", "Commander, Met Operations"),
            ("5", "Any other business", "DMPC")]
    pack.add(T((("Item", "Subject", "Lead"),) + tuple(rows), (8, 58, 34), header_rows=1))
    for number, title, lead in rows:
        pack.agenda(number, title, lead)
    pack.meeting("2028-05-23", None, "Policing Oversight Board")
    pack.add(Break())
    notes = "Policing Oversight Board – minutes of the meeting held on 28 March 2028"
    pack.add(H(notes, 2))
    pack.meeting("2028-03-28", "Youth violence and knife crime", notes)
    pack.add(P("Attendees: Deputy Mayor for Policing and Crime (chair); MOPAC Chief Executive; Deputy Commissioner; "
               "Commander, Specialist Crime; MOPAC Head of Oversight."),
             H("1. Welcome and apologies", 3), P("Apologies were received from the Assistant Commissioner, Met Operations."),
             H("2. Youth violence and knife crime", 3),
             P("The Deputy Mayor's judgement on each question is recorded under it as Assured, Partially assured or "
               "Not assured."))
    questions = [
        ("YV1", "How many young people under 25 were injured with a knife in the last twelve months, and in which "
         "boroughs did the numbers rise?",
         ("Knife injury victims under 25 fell by 8% to 1,412 in the twelve months to February 2028.",
          "Numbers rose in four boroughs, all in the east of London, where a joint operation with the violence reduction unit began in March."),
         "Assured", "The Deputy Mayor welcomed the fall and asked to be kept informed of the east London operation."),
        ("YV2", "How is the Met making sure that weapons sweeps and knife arches are used where they will prevent the "
         "most harm?",
         ("Sweeps are tasked from the weekly violence meeting using the harm index.",
          "The Met could not say how many of last quarter's sweeps were in the top twenty hotspots."),
         "Partially assured", "The Deputy Mayor asked for the tasking to be linked to the hotspot list."),
        ("YV3", "What has been the effect of the school officers programme on exclusions and on young people's trust in "
         "the police?",
         ("The programme covers 340 schools; no evaluation of its effect on exclusions or trust has yet been made.",),
         "Not assured", "The Deputy Mayor asked for an evaluation to be commissioned with the violence reduction unit."),
    ]
    rows = [("Ref", "Question", "Met response")]
    spans = []
    for ref, question, evidence, level, comment in questions:
        rows.append((ref, question, (Bul(evidence),)))
        rows.append((f"**DMPC judgement: {level}.** {comment}", None, None))
        spans.append((len(rows) - 1, 0, 1, 3))
        pack.decision("2028-03-28", "Youth violence and knife crime", ref, question, joined(evidence),
                      {"Partially assured": "Partly assured"}.get(level, level), comment)
    pack.add(T(tuple(rows), (8, 42, 50), header_rows=1, spans=tuple(spans)))
    pack.add(P("Actions agreed: POB 28/14 and POB 28/15 (see the action tracker)."),
             H("3. Any other business", 3), P("There was no other business."), Break(), H("Action tracker", 2))
    tracker = [("POB 27/51", "12/12/2027", "Provide the DMPC with the 2027 custody healthcare audit.", "Audit provided on 20 January 2028.",
                "Complete", None),
               ("POB 28/03", "30/01/2028", "Set out the plan for recruiting detectives to the public protection teams.",
                "The plan is due to the Met's Management Board in June.", "In progress", None),
               ("POB 28/14", "28/03/2028", "Link weapons sweeps tasking to the violence hotspot list and report the share "
                "of sweeps in the top twenty hotspots.", "Share reported as 71% for April.", "Complete",
                "Youth violence and knife crime"),
               ("POB 28/15", "28/03/2028", "Commission an evaluation of the school officers programme with the violence "
                "reduction unit.", "", "Not started", "Youth violence and knife crime")]
    rows = [("Ref", "Meeting", "Action", "Update", "Status")]
    for ref, raised, text, update, status, topic in tracker:
        rows.append((ref, raised, text, update, status))
        d, m, y = raised.split("/")
        pack.action(f"{y}-{m}-{d}", topic, ref, text, update or None,
                    "complete" if status == "Complete" else "outstanding", "status_column")
    pack.add(T(tuple(rows), (12, 16, 34, 24, 14), header_rows=1))
    return pack


# ---------------------------------------------------------------------------------------------------------
# 5. Devon and Cornwall: reportlab; the outcome of each line of enquiry is Close / Monitor / Escalate (new)


def devon_cornwall() -> Pack:
    org = "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"
    pack = Pack("devon-cornwall-pcc-ab-2028-04-25-round39.pdf", "pdf", "Accountability Board", "Devon and Cornwall Police",
                org, "2028-04-25", publication_date="2028-04-18",
                look=PdfLook(header="OFFICIAL", footer="Accountability Board – 25 April 2028"))
    pack.add(P(f"**Office of the {org}**"), H("Accountability Board"),
             P("Tuesday 25 April 2028 at 10.00am, Alderson Drive, Exeter"), P("Published: 18 April 2028"),
             P("**Theme:** Missing people"))
    pack.meeting("2028-04-25", "Missing people", "Accountability Board")
    rows = [("1", "Apologies", "Chair", "–"),
            ("2", "Notes and outcomes of the Board held on 28 February 2028", "Head of Governance", "A"),
            ("3", "Outcome tracker", "Head of Governance", "B"),
            ("4", "Missing people", "Detective Superintendent, Public Protection", "C"),
            ("5", "Finance and workforce update", "Director of Finance", "D"),
            ("6", "Any other business", "Chair", "–")]
    pack.add(T((("No.", "Item", "Lead", "Paper"),) + tuple(rows), (7, 50, 33, 10), header_rows=1))
    for number, title, lead, _ in rows:
        pack.agenda(number, title, lead)
    pack.add(Break())
    notes = "Paper A: notes and outcomes of the Accountability Board held on 28 February 2028"
    pack.add(H(notes, 2))
    pack.meeting("2028-02-28", "Rural and coastal crime", notes)
    pack.add(P("The Commissioner chaired. The Chief Constable, the Deputy Chief Constable and the OPCC Chief Executive "
               "attended. The notes of 13 December 2027 were agreed."),
             H("Item 3: Rural and coastal crime", 3),
             P("At the end of each line of enquiry the Commissioner records one of three outcomes:"),
             T((("Outcome", "What it means"),
                ("**Close**", "The Commissioner is assured by the answer; the line of enquiry is closed."),
                ("**Monitor**", "The Commissioner is partly assured; the line of enquiry stays open and returns to a later Board."),
                ("**Escalate**", "The Commissioner is not assured; the matter goes to her formal meeting with the Chief Constable.")),
               (18, 82), header_rows=1))
    lines = [
        ("How many rural crimes were recorded in 2027, and how many were solved?",
         "2,140 rural crimes were recorded, 6% fewer than in 2026. 9% resulted in a charge or summons, against 7% the year before.",
         "Close", "The Commissioner noted the improved charge rate."),
        ("How does the force police the coast and the islands, including the Isles of Scilly, when officers are abstracted "
         "to the mainland?",
         "The Scilly team has five officers and a sergeant. Cover during abstraction comes from a rota of mainland officers, "
         "which was not filled on eleven days last summer.",
         "Monitor", "The Commissioner asked for the summer rota to be confirmed by May."),
        ("What is the force doing about thefts of agricultural machinery and GPS units?",
         "Thefts of GPS units rose sharply in the autumn. The force has no dedicated plan and relies on the national "
         "construction and agricultural theft unit.",
         "Escalate", "The Commissioner will raise the absence of a local plan with the Chief Constable."),
        ("How is the wildlife crime officer network supported and trained?",
         "There are 42 trained wildlife crime officers, each with eight protected hours a month for wildlife work.",
         "Close", ""),
    ]
    table = [("LOE", "Line of enquiry", "Force response", "Outcome", "Commissioner's remarks")]
    level = {"Close": "Assured", "Monitor": "Partly assured", "Escalate": "Not assured"}
    for n, (question, response, outcome, remark) in enumerate(lines, start=1):
        table.append((f"LOE {n}", question, response, f"**{outcome}**", remark))
        pack.decision("2028-02-28", "Rural and coastal crime", str(n), question, response, level[outcome], remark or None)
    pack.add(T(tuple(table), (9, 26, 33, 12, 20), header_rows=1))
    pack.add(P("**Actions:** the summer cover rota for the Isles of Scilly to be confirmed to the OPCC (AB 28/07); a "
               "local plan for agricultural machinery theft to be drawn up (AB 28/08)."))
    pack.add(Break(), H("Paper B: outcome tracker", 2),
             P("The tracker lists the actions of earlier Boards with the latest update from the force."))
    tracker = [("AB 27/39", "18/10/2027", "Publish the response times for rural areas on the force website.",
                "Response times were published on the website in January 2028 and are refreshed monthly.", "complete", None),
               ("AB 27/44", "13/12/2027", "Review the use of the drone unit for missing people searches.",
                "Review started; findings expected in June.", "outstanding", None),
               ("AB 28/07", "28/02/2028", "Confirm the summer cover rota for the Isles of Scilly to the OPCC.",
                "Rota confirmed to the OPCC on 2 April 2028.", "complete", "Rural and coastal crime"),
               ("AB 28/08", "28/02/2028", "Draw up a local plan for agricultural machinery theft.",
                "A draft plan will go to the rural crime board in May.", "outstanding", "Rural and coastal crime")]
    rows = [("Ref", "Board", "Action", "Latest update")]
    for ref, raised, text, update, status, topic in tracker:
        rows.append((ref, raised, text, update))
        d, m, y = raised.split("/")
        # the Board's actions were minuted in other words on Paper A: the record starts there
        minuted_key = {"AB 28/07": "the summer cover rota for the Isles of Scilly",
                       "AB 28/08": "a local plan for agricultural machinery theft"}.get(ref)
        pack.action(f"{y}-{m}-{d}", topic, ref, text, update, status, "inferred_from_update", key=minuted_key)
    pack.add(T(tuple(rows), (12, 15, 37, 36), header_rows=1))
    return pack


# ---------------------------------------------------------------------------------------------------------
# 6. Gloucestershire: reportlab (DejaVu Serif); an assurance score of 1 to 5, 5 the best (new)


def gloucestershire() -> Pack:
    look = register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font, body_size=10.5, cell_size=9.5,
                   margin=60, footer="Police and Crime Commissioner for Gloucestershire")
    pack = Pack("gloucestershire-pcc-acb-2028-06-20-round39.pdf", "pdf", "Accountability and Challenge Board",
                "Gloucestershire Constabulary", "Police and Crime Commissioner for Gloucestershire", "2028-06-20", look=look)
    pack.add(H("Police and Crime Commissioner for Gloucestershire"), H("Accountability and Challenge Board", 2),
             P("Tuesday 20 June 2028, 9.30am – 11.30am, Waterwells, Quedgeley"), H("Agenda", 3))
    rows = [("1.", "Welcome and apologies", "PCC"),
            ("2.", "Record of the Board held on 11 April 2028", "Board Secretary"),
            ("3.", "Actions log", "Board Secretary"),
            ("4.", "Anti-social behaviour", "Superintendent, Neighbourhood Policing"),
            ("5.", "Vetting and professional standards", "Head of Professional Standards"),
            ("6.", "Any other business", "PCC")]
    pack.add(T((("Item", "Title", "Presenter"),) + tuple(rows), (8, 55, 37), header_rows=1, bordered=False))
    for number, title, presenter in rows:
        pack.agenda(number.rstrip("."), title, presenter)
    pack.meeting("2028-06-20", None, "Accountability and Challenge Board", key="Accountability and Challenge Board")
    pack.add(Break())
    notes = "Record of the Accountability and Challenge Board held on 11 April 2028"
    pack.add(H(notes, 2))
    pack.meeting("2028-04-11", "Drug-related harm", notes)
    pack.add(P("Items 1 to 3 (apologies, the record of 7 February and the actions log) were taken together; there were "
               "no matters arising."),
             H("4. Drug-related harm", 3),
             P("The Commissioner scores her assurance on each question from 1 to 5, on the scale below."),
             T((("Score", "Meaning"),
                ("5", "Full assurance – the Commissioner is assured."),
                ("4", "Substantial assurance – the Commissioner is assured; minor points to follow up."),
                ("3", "Partial assurance – the Commissioner is partly assured."),
                ("2", "Limited assurance – the Commissioner is not assured."),
                ("1", "No assurance – the Commissioner is not assured.")), (12, 88), header_rows=1))
    questions = [
        ("How many county lines were closed in 2027/28, and how were the children exploited by them safeguarded?",
         "Twenty-three lines were closed. Every child found was referred to the child exploitation hub within a day.",
         "4", "Minor point: the Commissioner asked for the hub's follow-up figures."),
        ("What is the force doing to reduce drug-related deaths with health partners?",
         "Officers carry naloxone in two districts. The force joins the local drug-related death panel but does not yet "
         "share its data routinely.", "3", "The Commissioner asked for a data-sharing agreement."),
        ("How are drug-testing on arrest results used to refer people to treatment?",
         "Testing on arrest restarted in January. Referral figures were not available for the Board.",
         "2", "The Commissioner was not assured and asked for the referral figures by June."),
        ("How does the force measure the effect of its closure orders on drug-related anti-social behaviour?",
         "Each closure order is reviewed at three months with the housing provider; complaints fell at 17 of 19 "
         "addresses.", "5", ""),
    ]
    table = [("No.", "Question", "Response", "Score", "Comment")]
    level = {"5": "Assured", "4": "Assured", "3": "Partly assured", "2": "Not assured", "1": "Not assured"}
    for n, (question, response, score, comment) in enumerate(questions, start=1):
        ref = f"4.{n}"
        table.append((ref, question, response, f"**{score}**", comment))
        pack.decision("2028-04-11", "Drug-related harm", ref, question, response, level[score], comment or None)
    pack.add(T(tuple(table), (7, 27, 35, 10, 21), header_rows=1))
    minuted = [("ACB 28/11", "Share the child exploitation hub's follow-up figures for children found on county lines.",
                "Figures shared on 2 May 2028.", "Discharged"),
               ("ACB 28/12", "Provide the drug-testing on arrest referral figures for January to March.",
                "Figures to follow once the treatment provider confirms them.", "Live")]
    for ref, text, _, _ in minuted:
        pack.add(P(f"**Action {ref}:** {text}"))
    pack.add(H("5. Any other business", 3), P("None."), Break(), H("Actions log", 2),
             P("Status: **Discharged** – the action is complete; **Live** – work continues; **Carried forward** – the "
               "action moves to a later Board."))
    older = [("ACB 27/40", "06/12/2027", "Report the vetting backlog for police staff.", "Backlog cleared in February.", "Discharged"),
             ("ACB 28/03", "07/02/2028", "Bring the review of the Forest of Dean neighbourhood model to the Board.",
              "Moved to the September Board at the force's request.", "Carried forward")]
    rows = [("Ref", "Raised", "Action", "Update", "Status")]
    for ref, raised, text, update, status in older:
        rows.append((ref, raised, text, update, status))
        d, m, y = raised.split("/")
        pack.action(f"{y}-{m}-{d}", None, ref, text, update, "complete" if status == "Discharged" else "outstanding",
                    "status_column")
    for ref, text, update, status in minuted:
        rows.append((ref, "11/04/2028", text, update, status))
        pack.action("2028-04-11", "Drug-related harm", ref, text, update,
                    "complete" if status == "Discharged" else "outstanding", "status_column")
    pack.add(T(tuple(rows), (12, 15, 33, 25, 15), header_rows=1))
    return pack


# ---------------------------------------------------------------------------------------------------------
# 7. Thames Valley: Word->PDF; a summons letter with a "Page No." agenda, minutes with the PCC's position as
#    Sufficient / Partial / Insufficient assurance (new)


def thames_valley() -> Pack:
    pack = Pack("thames-valley-pcc-pppm-2028-05-16-round39.pdf", "wordpdf", "Policy, Planning and Performance Meeting",
                "Thames Valley Police", "Police and Crime Commissioner for Thames Valley", "2028-05-16",
                header=("POLICE AND CRIME COMMISSIONER FOR THAMES VALLEY",))
    pack.add(P("Office of the Police and Crime Commissioner, The Farmhouse, Police Headquarters, Kidlington"),
             P("Date: 9 May 2028"), P("Dear Chief Constable"), H("Policy, Planning and Performance Meeting", 2),
             P("You are requested to attend a Policy, Planning and Performance Meeting on Tuesday 16 May 2028 at 10.00am "
               "in the Conference Hall, Police Headquarters, Kidlington."),
             P("Yours sincerely"), P("Chief Executive"), H("Agenda", 3))
    rows = [("1.", "Apologies", "–"),
            ("2.", "Minutes of the meeting held on 21 March 2028", "3 – 9"),
            ("3.", "Action log", "10 – 12"),
            ("4.", "Serious and organised crime", "13 – 30"),
            ("5.", "HMICFRS update report", "31 – 44"),
            ("6.", "Revenue monitoring report 2027/28", "45 – 58")]
    pack.add(T((("Item", "Agenda item", "Page No."),) + tuple(rows), (10, 70, 20), header_rows=1))
    for number, title, _ in rows:
        pack.agenda(number.rstrip("."), title, None)
    pack.add(P("Date of next meeting: 18 July 2028 at 10.00am."))
    pack.meeting("2028-05-16", None, "Policy, Planning and Performance Meeting",
                 key="You are requested to attend a Policy")
    pack.add(Break())
    notes = "Minutes of the Policy, Planning and Performance Meeting held on 21 March 2028"
    pack.add(H(notes, 2))
    pack.meeting("2028-03-21", "Victims and witnesses", notes)
    pack.add(P("Present: Police and Crime Commissioner (chair); Deputy Police and Crime Commissioner; Chief Constable; "
               "Deputy Chief Constable; Chief Executive (OPCC); Head of Criminal Justice (TVP)."),
             H("1. Apologies", 3), P("Apologies were received from the Chief Finance Officer."),
             H("2. Minutes and action log", 3), P("The minutes of 24 January 2028 were agreed and the action log noted."),
             H("3. Victims and witnesses", 3),
             P("The PCC records his position on each question as **Sufficient assurance** (he is assured), **Partial "
               "assurance** (he is partly assured and expects further work) or **Insufficient assurance** (he is not "
               "assured)."))
    questions = [
        ("How well does the force comply with the Victims' Code when a victim first reports a crime?",
         "The latest audit found that 82% of victims were told of their rights at first contact, up from 70% a year ago. "
         "Compliance is lowest for crimes reported online.",
         "Partial assurance", "The PCC asked for the online reporting form to be changed."),
        ("How many trials failed last year because a witness did not attend, and what is being done about it?",
         "Forty-one trials failed for that reason. The witness care unit now calls every witness two days before the "
         "trial, and ineffective trials fell by a fifth.",
         "Sufficient assurance", "The PCC welcomed the work of the witness care unit."),
        ("How does the force make sure that victims of rape are updated at least every 28 days?",
         "The force could not yet report how often updates were made; the case management system does not record them.",
         "Insufficient assurance", "The PCC asked for a manual audit until the system can report updates."),
    ]
    level = {"Sufficient assurance": "Assured", "Partial assurance": "Partly assured",
             "Insufficient assurance": "Not assured"}
    for n, (question, response, position, comment) in enumerate(questions, start=1):
        pack.add(P(f"3.{n}  **Question {n}:** {question}"), P(response),
                 P(f"**PCC's position:** {position}. {comment}"))
        pack.decision("2028-03-21", "Victims and witnesses", str(n), question, response, level[position], comment)
    minuted = [("PPP 28/08", "Amend the online crime reporting form to set out victims' rights under the Code.",
                "Form amended on 18 April 2028.", "Discharged"),
               ("PPP 28/09", "Carry out a manual audit of 28-day updates to rape victims and report the result.",
                "Audit of 50 cases under way; result due in June.", "Live")]
    pack.add(P("**Actions**"))
    pack.add(Bul(tuple(f"{ref}: {text}" for ref, text, _, _ in minuted)))
    pack.add(H("4. Any other business", 3), P("None."), H("Action log", 2))
    older = [("PPP 27/61", "29/11/2027", "Provide a breakdown of firearms licence renewals waiting more than six months.",
              "Breakdown provided on 10 January 2028.", "Discharged"),
             ("PPP 28/02", "24/01/2028", "Present the business case for the second custody suite refurbishment.",
              "Business case will come to the July meeting.", "Live")]
    rows = [("Ref", "Meeting", "Action", "Update", "Status")]
    for ref, raised, text, update, status in older:
        rows.append((ref, raised, text, update, status))
        d, m, y = raised.split("/")
        pack.action(f"{y}-{m}-{d}", None, ref, text, update, "complete" if status == "Discharged" else "outstanding",
                    "status_column")
    for ref, text, update, status in minuted:
        rows.append((ref, "21/03/2028", text, update, status))
        pack.action("2028-03-21", "Victims and witnesses", ref, text, update,
                    "complete" if status == "Discharged" else "outstanding", "status_column",
                    key=f"{ref}: {text}")
    pack.add(T(tuple(rows), (13, 17, 30, 25, 15), header_rows=1))
    return pack


# ---------------------------------------------------------------------------------------------------------
# 8. Wiltshire: Word->PDF; "Is the Commissioner assured?" answered Yes / In part / No (new)


def wiltshire() -> Pack:
    org = "Police and Crime Commissioner for Wiltshire and Swindon"
    pack = Pack("wiltshire-pcc-cmb-2028-04-27-round39.pdf", "wordpdf", "Commissioner's Monitoring Board", "Wiltshire Police",
                org, "2028-04-27", header=(org, "Commissioner's Monitoring Board"))
    pack.add(H("Commissioner's Monitoring Board"), P(f"**{org}**"),
             P("Thursday 27 April 2028, 1.30pm, Police Headquarters, Devizes"),
             P("**Topic:** Contact management and 101"), H("Agenda", 2))
    pack.meeting("2028-04-27", "Contact management and 101", "Commissioner's Monitoring Board")
    rows = [("1", "Apologies and introductions", "Commissioner"),
            ("2", "Notes of the Board held on 23 February 2028", "Head of Governance, OPCC"),
            ("3", "Action log", "Head of Governance, OPCC"),
            ("4", "Contact management and 101", "Head of Contact Management"),
            ("5", "Any other business", "Commissioner")]
    pack.add(T((("Item", "Title", "Lead"),) + tuple(rows), (8, 58, 34), header_rows=1))
    for number, title, lead in rows:
        pack.agenda(number, title, lead)
    pack.add(Break())
    notes = "Notes of the Commissioner's Monitoring Board held on 23 February 2028"
    pack.add(H(notes, 2))
    pack.meeting("2028-02-23", "Burglary and vehicle crime", notes)
    pack.add(P("Present: the Commissioner (chair), the Chief Constable, the Assistant Chief Constable, the OPCC Chief "
               "Executive and the Head of Governance."),
             H("Item 3 – Burglary and vehicle crime", 3),
             P("The last column answers the question \"Is the Commissioner assured?\": Yes (assured), In part (partly "
               "assured) or No (not assured)."))
    questions = [
        ("What has been the effect of the burglary team set up in Swindon last summer?",
         "Residential burglary in Swindon fell by 14% in the six months after the team started, and the solved rate "
         "rose from 4% to 7%.", "Yes", "The Commissioner asked that the team's results be publicised."),
        ("How quickly is a burglary scene attended by a crime scene investigator?",
         "Median attendance is 26 hours; the force standard is 24 hours. Two investigator posts are vacant.",
         "In part", "The Commissioner will review attendance once the vacancies are filled."),
        ("What is the force doing about thefts from vans of tools and equipment?",
         "Thefts from vans rose by a third. The force has no specific plan but has written to trade associations.",
         "No", "The Commissioner asked for a plan to be brought to the next Board."),
    ]
    table = [("No.", "Question", "Summary of response", "Assured?", "Commissioner's comment")]
    level = {"Yes": "Assured", "In part": "Partly assured", "No": "Not assured"}
    for n, (question, response, answer, comment) in enumerate(questions, start=1):
        table.append((str(n), question, response, f"**{answer}**", comment))
        pack.decision("2028-02-23", "Burglary and vehicle crime", str(n), question, response, level[answer], comment)
    pack.add(T(tuple(table), (7, 26, 34, 12, 21), header_rows=1))
    pack.add(P("Actions arising are shown in the action log (CMB 28/05 – CMB 28/06)."), Break(),
             H("Action log", 2))
    log = [("CMB 27/31", "26/10/2027", "Share the results of the rural speed enforcement pilot.",
            "Results shared with the OPCC in December.", "Closed", None),
           ("CMB 28/01", "11/01/2028", "Report the number of officers trained in the new domestic abuse risk tool.",
            "312 of 540 officers trained; the rest by June.", "Open", None),
           ("CMB 28/05", "23/02/2028", "Publicise the results of the Swindon burglary team.",
            "Press release and social media campaign issued on 6 March 2028.", "Closed", "Burglary and vehicle crime"),
           ("CMB 28/06", "23/02/2028", "Bring a plan to tackle thefts of tools from vans to the next Board.",
            "Plan in draft; to be presented at the June Board.", "Open", "Burglary and vehicle crime")]
    rows = [("Ref", "Date of Board", "Action", "Progress", "Status")]
    for ref, raised, text, update, status, topic in log:
        rows.append((ref, raised, text, update, status))
        d, m, y = raised.split("/")
        pack.action(f"{y}-{m}-{d}", topic, ref, text, update, "complete" if status == "Closed" else "outstanding",
                    "status_column")
    pack.add(T(tuple(rows), (13, 17, 31, 26, 13), header_rows=1))
    return pack


# ---------------------------------------------------------------------------------------------------------
# 9. Dorset: reportlab, landscape; an "Assurance level" column with one level deferred and one question taken
#    for information, and a RAG column of shaded cells (common)


def dorset() -> Pack:
    pack = Pack("dorset-pcc-pcpmb-2028-05-30-round39.pdf", "pdf", "Police and Crime Plan Monitoring Board", "Dorset Police",
                "Police and Crime Commissioner for Dorset", "2028-05-30",
                look=PdfLook(landscape=True, margin=54, footer="Police and Crime Plan Monitoring Board"))
    pack.add(P("**Police and Crime Commissioner for Dorset**"), H("Police and Crime Plan Monitoring Board"),
             P("Tuesday 30 May 2028 at 2pm – Winfrith, and by video link"), P("**Theme:** Road safety"))
    pack.meeting("2028-05-30", "Road safety", "Police and Crime Plan Monitoring Board")
    rows = [("1", "Welcome and apologies", "Chair"),
            ("2", "Notes of the meeting on 28 March 2028 and action log", "OPCC Policy Officer"),
            ("3", "Road safety", "Chief Inspector, Roads Policing"),
            ("4", "Date of next meeting", "–")]
    pack.add(T((("Item", "Title", "Lead"),) + tuple(rows), (8, 62, 30), header_rows=1))
    for number, title, lead in rows:
        pack.agenda(number, title, None if lead == "–" else lead)
    pack.add(Break())
    notes = "Notes of the Police and Crime Plan Monitoring Board – 28 March 2028"
    pack.add(H(notes, 2))
    pack.meeting("2028-03-28", "Violence against women and girls", notes)
    pack.add(P("**Theme:** Violence against women and girls"),
             P("Present: Police and Crime Commissioner (chair), Deputy Chief Constable, Detective Chief Superintendent "
               "(Public Protection), OPCC Chief Executive, OPCC Policy Officer."),
             P("1. Apologies were received from the Chief Constable. 2. The notes of 25 January 2028 were agreed."),
             H("3. Violence against women and girls", 3))
    questions = [
        ("How has the force used the new domestic abuse protection notices since February?",
         ("Sixty-two notices were issued in February and March.", "Breaches are reviewed each morning by the safeguarding hub."),
         "Assured", "The Commissioner was pleased with the early use of the notices."),
        ("What is the force doing to improve the experience of women reporting sexual offences in the night-time "
         "economy?",
         ("Welfare vehicles run in Bournemouth and Weymouth on weekend nights.",
          "Feedback from victims is not yet collected in a consistent way."),
         "Partially assured", "The Commissioner asked for a victim feedback survey."),
        ("How many officers have completed the new violence against women and girls training?",
         ("1,108 officers and staff have completed the course, 81% of those required to do so.",),
         "N/A", ""),
        ("How does the force check that safeguarding referrals for children in domestic abuse cases are made on time?",
         ("An audit of referrals is being carried out and will report in May.",),
         "Not assessed", "Deferred until the audit results are available."),
    ]
    table = [("No.", "Question", "Response", "Assurance level", "Comments")]
    for n, (question, evidence, level, comment) in enumerate(questions, start=1):
        table.append((str(n), question, (Bul(evidence),), f"**{level}**", comment))
        if level == "N/A":  # taken for information: no level was sought, no decision
            continue
        pack.decision("2028-03-28", "Violence against women and girls", str(n), question, joined(evidence),
                      {"Partially assured": "Partly assured", "Not assessed": None}.get(level, level), comment or None)
    pack.add(T(tuple(table), (5, 30, 35, 12, 18), header_rows=1))
    pack.add(P("*Question 3 was asked for information and no assurance level was sought.*"),
             P("**Actions**"))
    minuted = [("PPM 28/11", "Design and run a feedback survey for victims of sexual offences in the night-time economy.",
                "Survey questions agreed with the victims' services; launch in June.", AMBER),
               ("PPM 28/12", "Share the results of the safeguarding referrals audit with the Commissioner.",
                "Audit results shared on 12 May 2028.", GREEN)]
    pack.add(Bul(tuple(f"{ref} – {text}" for ref, text, _, _ in minuted)), Break(), H("Action log", 2),
             P("RAG: green – complete; amber – in progress; red – overdue."))
    older = [("PPM 27/58", "30/11/2027", "Report the number of speeding offences detected by the community speed watch vans.",
              "Reported to the OPCC on 15 January 2028.", GREEN),
             ("PPM 28/02", "25/01/2028", "Bring the rural crime team's annual review to the Board.",
              "Review overdue; now expected in July.", RED)]
    rows = [("Ref", "Raised", "Action", "Update", "RAG")]
    fills = {}
    for ref, raised, text, update, colour in older:
        rows.append((ref, raised, text, update, ""))
        fills[(len(rows) - 1, 4)] = colour
        d, m, y = raised.split("/")
        pack.action(f"{y}-{m}-{d}", None, ref, text, update, "complete" if colour == GREEN else "outstanding",
                    "cell_shading")
    for ref, text, update, colour in minuted:
        rows.append((ref, "28/03/2028", text, update, ""))
        fills[(len(rows) - 1, 4)] = colour
        pack.action("2028-03-28", "Violence against women and girls", ref, text, update,
                    "complete" if colour == GREEN else "outstanding", "cell_shading")
    pack.add(T(tuple(rows), (10, 11, 40, 33, 6), header_rows=1, fills=fills))
    return pack


PACKS = [surrey, hampshire, bedfordshire, mopac, devon_cornwall, gloucestershire, thames_valley, wiltshire, dorset]


def main(prefixes: list[str]) -> None:
    for make in PACKS:
        pack = make()
        if not prefixes or any(pack.name.startswith(p) for p in prefixes):
            write(pack)


if __name__ == "__main__":
    main(sys.argv[1:])
