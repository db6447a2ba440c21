"""Held-out round 53 (issue 4): nine ordinary scrutiny packs of offices the project has not seen,
written blind. Each builder call that prints a meeting heading, an agenda row, a question or an
action row also writes its gold record; gold goes to gold/ (in heldout/ until every record was right; promoted).

    .venv/bin/python samples/corpus/scrutiny-round53/generate.py [NAME-PREFIX ...]
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
sys.path.insert(0, str(HERE.parent))
import scrutiny_common  # noqa: E402,F401  (puts scrutiny-round3's render module on sys.path)
from office_pdf import docx_to_pdf  # noqa: E402
from render import Break, Bul, H, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind for held-out round 53; every record written by the builder call that prints it and "
           "checked against page images and `scrutiny inspect` (layout only); the extractors were never run on it.")
GREEN, AMBER, RED = "#00b050", "#ffc000", "#ff0000"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def iso(text: str) -> str:
    """'14 March 2040' / '14/03/2040' / '14.03.40' -> '2040-03-14'."""
    m = re.fullmatch(r"(\d{1,2}) (\w+) (\d{4})", text)
    if m:
        return f"{m[3]}-{MONTHS.index(m[2]) + 1:02d}-{int(m[1]):02d}"
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})", text)
    year = m[3] if len(m[3]) == 4 else "20" + m[3]
    return f"{year}-{int(m[2]):02d}-{int(m[1]):02d}"


class Pack:
    """A pack's blocks and the gold records its builder calls write."""

    def __init__(self, name: str, title: str, organisation: str, force: str, date: str,
                 office: str | None = None) -> None:
        """``office``: the gold's name of the office where the pack prints its area otherwise (gold-format.md)."""
        self.name, self.title, self.organisation, self.force, self.date = name, title, organisation, force, date
        self.office = office or organisation
        self.blocks: list = []
        self.keys: list[tuple[dict, str]] = []
        self.records: dict[str, list] = {k: [] for k in ("documents", "meetings", "agenda_items",
                                                          "assurance_decisions", "actions", "grades")}
        self.minuted: dict[str, tuple[str, str | None]] = {}  # action text -> (meeting date, topic) where minuted

    def add(self, *blocks) -> None:
        self.blocks.extend(blocks)

    def _record(self, kind: str, key: str, **fields) -> dict:
        record = {"page": None, **fields}
        self.records[kind].append(record)
        self.keys.append((record, key))
        return record

    def front(self, topic: str | None) -> None:
        """The pack's own meeting, headed by the board's name on the front sheet."""
        self.add(H(self.title))
        self._record("meetings", self.title, meeting_date=self.date, topic=topic, organisation=self.office,
                     title=self.title)

    def meeting(self, heading: str, title: str, date: str, topic: str | None, level: int = 1) -> None:
        self.add(H(heading, level))
        self._record("meetings", title, meeting_date=date, topic=topic, organisation=self.office, title=title)

    def agenda(self, rows: list[tuple[str, str, str | None]], header: tuple[str, ...], widths: tuple[float, ...],
               bordered: bool = True, presenter_col: bool = True) -> None:
        """rows: (number, title, presenter or None for a '–' / empty cell)."""
        cells = [header]
        for number, title, presenter in rows:
            row = (number, title) + ((presenter or "–",) if presenter_col else ())
            cells.append(row)
            self._record("agenda_items", title, meeting_date=self.date, number=number.rstrip("."), title=title,
                         presenter=presenter or None)
        self.add(T(tuple(cells), widths, header_rows=1, bordered=bordered))

    def decision(self, date: str, topic: str | None, number: str | None, question: str, evidence: str,
                 assurance: str | None, commentary: str | None) -> None:
        canonical = {"Partially assured": "Partly assured"}.get(assurance, assurance)  # schemas' vocabulary
        self._record("assurance_decisions", question, meeting_date=date, topic=topic, question_number=number,
                     question=question, evidence_summary=evidence, assurance=canonical, commentary=commentary)

    def minute_action(self, date: str, topic: str | None, text: str) -> str:
        """An action minuted in the notes; its record is written by the tracker row that repeats it."""
        self.minuted[text] = (date, topic)
        return text

    def action(self, number: str | None, raised: str | None, topic: str | None, text: str, update: str | None,
               status: str, source: str, tracker: str = "action_tracker") -> None:
        date, minuted_topic = self.minuted.get(text, (raised, topic))
        self._record("actions", text, meeting_date=date, topic=minuted_topic if text in self.minuted else topic,
                     number=number, text=text, update=update, status=status, status_source=source, source=tracker)

    def build(self, kind: str, look: PdfLook | None = None, header: tuple[str, ...] = (),
              landscape: bool = False) -> tuple[bytes, dict]:
        when = datetime(2040, 1, 2, 9, 0)
        if kind == "pdf":
            data = render_pdf(self.blocks, look, self.title, self.organisation)
        else:
            data = render_docx(self.blocks, title=self.title, author=self.organisation, when=when, header=header,
                               landscape_pages=landscape)
            if kind == "docx-pdf":
                data = docx_to_pdf(data)
        document = {"page": None, "file_type": "docx" if kind == "docx" else "pdf", "doc_kind": "scrutiny_pack",
                    "status": "ok", "publication_date": None, "title": self.title, "force": self.force,
                    "organisation": self.office, "meeting_date": self.date}
        if kind != "docx":
            document["pages"] = self._set_pages(data)
        self.records["documents"].append({"source_file": self.name, **document})
        return data, self.records

    def _set_pages(self, data: bytes) -> int:
        squash = lambda s: re.sub(r"\s+", "", s).lower()
        source_words = {w for b in self.blocks for w in re.findall(r"\w+", repr(b).replace("\\n", " "))}
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            texts = []
            for page in pdf.pages:
                cells = [c for t in page.extract_tables() for row in t for c in row if c]
                for cell in cells:  # a cell word split by a line or page break is a broken page, not gold
                    for word in re.findall(r"\w+", cell):
                        if word not in source_words:
                            raise SystemExit(f"{self.name}: split word {word!r} in a table cell")
                texts.append(squash(page.extract_text() or "") + "|" + squash(" ".join(cells)))
            for record, key in self.keys:
                # a narrow borderless cell's lines interleave with its neighbours' in the page text: then
                # the start of the key is its first line's worth
                pages = ([i + 1 for i, text in enumerate(texts) if squash(key)[:45] in text]
                         or [i + 1 for i, text in enumerate(texts) if squash(key)[:15] in text])
                if not pages:
                    raise SystemExit(f"{self.name}: key on no page: {key!r}")
                record["page"] = pages[0]
            return len(pdf.pages)


def square(colour: str) -> str:
    return "{%s|■}" % colour


# --- the packs ------------------------------------------------------------------------------------

def cambridgeshire() -> tuple[bytes, dict]:
    """Reportlab, the reference pack's table; a decision table running over a page break."""
    org = "Police and Crime Commissioner for Cambridgeshire and Peterborough"
    p = Pack("cambridgeshire-pcc-bm-2040-03-12-round53.pdf", "Business Co-ordination Board", org,
             "Cambridgeshire Constabulary", "2040-03-12")
    p.add(P("**Police and Crime Commissioner for Cambridgeshire and Peterborough**", 13))
    p.front("Rural and wildlife crime")
    p.add(
           P("Tuesday 12 March 2040, 10:00, Sessions House, meeting room 2"),
          P("**Theme:** Rural and wildlife crime"), H("Agenda", 2))
    p.agenda([("1.", "Welcome, introductions and apologies", "Commissioner"),
              ("2.", "Notes of the previous board and matters arising", "Chief Executive"),
              ("3.", "Rural and wildlife crime", "Superintendent, Rural Crime Action Team"),
              ("4.", "Action log", "Head of Governance"),
              ("5.", "Any other business", None)], ("Item", "Subject", "Lead"), (1, 7, 4))
    p.add(Break())
    d, topic = "2040-01-16", "Burglary and robbery"
    p.meeting("Draft notes – Business Co-ordination Board (Burglary and robbery) – 16 January 2040",
              "Draft notes – Business Co-ordination Board (Burglary and robbery) – 16 January 2040", d, topic)
    p.add(P("Present: Commissioner (chair), Deputy Commissioner, Chief Executive, Deputy Chief Constable, "
            "Head of Crime Investigation."),
          P("**1. Welcome and apologies.** The Commissioner welcomed those present. Apologies were received from the "
            "Chief Finance Officer."),
          P("**2. Notes of the previous board and matters arising.** The notes of the board held on 11 December 2039 "
            "were agreed as a true record. On matters arising, the Deputy Chief Constable reported that the revised "
            "neighbourhood alert scheme had recruited 1,150 new members since October, and that the procurement "
            "of the replacement automatic number plate recognition cameras would be completed in the spring. The "
            "Chief Executive confirmed that the board's forward plan for 2040 had been published on the "
            "Commissioner's website and that the themes for each meeting were agreed with the force."),
          P("The Commissioner noted that the scrutiny questions had been sent to the force four weeks before the "
            "board and that a written response had been received in time for members to read it. She thanked the "
            "Head of Crime Investigation for the paper, which set out the force's burglary and robbery data for the "
            "twelve months to December 2039 alongside its most similar group of forces."),
          H("3. Burglary and robbery", 3),
          P("The Commissioner records her assurance on each question as Assured, Partially assured or Not assured."))
    qs = [
        ("1. How many residential burglaries were attended within the force's 24-hour standard in the last quarter?",
         ("Attendance within 24 hours was 81% in October to December 2039, up from 74% a year earlier.",
          Bul(("Rural districts lag the city by about nine points.", "A weekend scene-attendance rota started in November."))),
         "Attendance within 24 hours was 81% in October to December 2039, up from 74% a year earlier. "
         "Rural districts lag the city by about nine points. A weekend scene-attendance rota started in November.",
         "Partially assured", "The Commissioner asked for the rural figures to be reported separately next time."),
        ("2. How does the force use forensic opportunities at burglary scenes, and how quickly are results returned?",
         ("Scenes of crime officers examined 63% of dwelling burglary scenes. Fingerprint results return in a median "
          "of four days and DNA in nine days. A triage form now tells call handlers which scenes to preserve.",),
         "Scenes of crime officers examined 63% of dwelling burglary scenes. Fingerprint results return in a median "
         "of four days and DNA in nine days. A triage form now tells call handlers which scenes to preserve.",
         "Assured", "The Commissioner thanked the team for the triage form."),
        ("3. What is the charge rate for personal robbery, and what is being done to raise it?",
         ("The charge rate for personal robbery fell from 12% to 9%. Most robberies involve young victims and "
          "suspects; victim withdrawal is the largest single reason for no further action. A victim-care officer "
          "post has been advertised but not yet filled, and no other measure is yet in place.",),
         "The charge rate for personal robbery fell from 12% to 9%. Most robberies involve young victims and "
         "suspects; victim withdrawal is the largest single reason for no further action. A victim-care officer "
         "post has been advertised but not yet filled, and no other measure is yet in place.",
         "Not assured", "The Commissioner asked for a plan to reduce victim withdrawal at the next board."),
        ("4. How are repeat victims of burglary identified and protected?",
         ("Repeat victims are flagged on the crime system after a second report in twelve months. Crime prevention "
          "visits were made to 212 households; target-hardening kits are funded by the Commissioner's crime "
          "prevention grant until March 2041.",),
         "Repeat victims are flagged on the crime system after a second report in twelve months. Crime prevention "
         "visits were made to 212 households; target-hardening kits are funded by the Commissioner's crime "
         "prevention grant until March 2041.",
         "Assured", None),
    ]
    rows = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    for q, cell, evidence, level, comment in qs:
        number, question = q.split(". ", 1)
        rows.append((q, cell, f"**{level}**" + (f"\n*{comment}*" if comment else "")))
        p.decision(d, topic, number, question, evidence, level, comment)
    p.add(T(tuple(rows), (5, 8, 4), header_rows=1))
    a1 = p.minute_action(d, topic, "Report rural and urban burglary attendance separately at the next board.")
    a2 = p.minute_action(d, topic, "Bring a plan to reduce victim withdrawal in robbery cases to the March board.")
    p.add(H("Actions", 3), P("1. " + a1), P("2. " + a2), Break(), H("Action log 2039/40"))
    log = [("BCB 39/18", "10/10/2039", None, "Share the evaluation of the drone pilot with the OPCC.",
            "Evaluation shared on 2 December 2039.", "Complete"),
           ("BCB 39/22", "11/12/2039", None, "Confirm the number of special constables in rural teams.",
            "Figures awaited from the Special Constabulary.", "Open"),
           ("BCB 40/01", "16/01/2040", topic, a1, "Included in the March paper.", "Complete"),
           ("BCB 40/02", "16/01/2040", topic, a2, "Draft plan being finalised; due April.", "Open")]
    cells = [("Ref", "Date raised", "Action", "Update", "Status")]
    for ref, raised, tp, text, update, status in log:
        cells.append((ref, raised, text, update, status))
        p.action(ref, iso(raised), tp, text, update, "complete" if status == "Complete" else "outstanding",
                 "status_column")
    p.add(T(tuple(cells), (2, 2.3, 6, 5, 2), header_rows=1))
    return p.build("pdf", PdfLook(footer="OFFICIAL – Business Co-ordination Board"))


def cumbria() -> tuple[bytes, dict]:
    """Word: questions as headings, 'Assurance level:' lines, actions as 'Ref:' lines, a log."""
    org = "Police, Fire and Crime Commissioner for Cumbria"
    p = Pack("cumbria-pfcc-pab-2040-04-09-round53.docx", "Public Accountability Conference", org,
             "Cumbria Constabulary", "2040-04-09")
    p.add(P("**Police, Fire and Crime Commissioner for Cumbria**"))
    p.front("Road safety")
    p.add(
          P("Date: 9 April 2040. Venue: Carleton Hall, Penrith."), P("**Focus of the meeting:** Road safety"),
          H("Agenda", 2))
    p.agenda([("1", "Apologies and declarations of interest", "Commissioner"),
              ("2", "Minutes of the meeting of 6 February 2040", "Governance Manager"),
              ("3", "Road safety", "Chief Inspector, Roads Policing"),
              ("4", "Action log", "Governance Manager"),
              ("5", "Date of next meeting", None)], ("No.", "Item", "Presenter"), (1, 8, 5))
    p.add(Break())
    d, topic = "2040-02-06", "Anti-social behaviour"
    p.meeting("Minutes of the Public Accountability Conference held on 6 February 2040",
              "Minutes of the Public Accountability Conference held on 6 February 2040", d, topic)
    p.add(P("1. Apologies were received from the Deputy Chief Constable. No interests were declared."),
          P("2. The minutes of the meeting of 5 December 2039 were agreed."), H("3. Anti-social behaviour", 2))
    qs = [("How has anti-social behaviour reported to the constabulary changed since the hotspot patrols began?",
           ("Reports fell by 14% in the six patrolled towns and by 3% elsewhere.",
            "Patrol hours were met on 88% of planned days."), "Assured",
           "The Commissioner noted the funding for patrols ends in September 2040."),
          ("How are persistent perpetrators managed with district councils and housing providers?",
           ("A joint case panel meets monthly in each district.", "Only two community protection notices "
            "were issued in Barrow in the last quarter."), "Partially assured",
           "The Commissioner asked for the use of civil powers to be compared across districts."),
          ("What feedback do victims of anti-social behaviour receive about their report?",
           ("The constabulary does not yet survey ASB victims; a pilot survey is planned for the summer.",),
           "Not assured", "The Commissioner asked that the pilot start before June.")]
    for i, (q, bullets, level, comment) in enumerate(qs, 1):
        p.add(H(f"Question {i}", 3), P(f"**{q}**"), P("*Response:*"), Bul(bullets),
              P(f"**Assurance level:** {level}"), P(f"**Commissioner's comment:** {comment}"))
        p.decision(d, topic, str(i), q, " ".join(bullets), level, comment)
    a1 = p.minute_action(d, topic, "Compare the use of civil powers for anti-social behaviour across the six districts.")
    a2 = p.minute_action(d, topic, "Start the pilot survey of anti-social behaviour victims before June 2040.")
    p.add(H("Actions arising", 3), P(f"**PAC 40/03:** {a1}"), P(f"**PAC 40/04:** {a2}"),
          P("4. The action log was noted."), Break(), H("Action log"))
    log = [("PAC 39/27", "05/12/2039", "Provide figures for drink-driving arrests over the Christmas campaign.",
            "Figures provided on 15 January 2040.", "Complete"),
           ("PAC 39/29", "05/12/2039", "Review the wording of the constabulary's 101 call-back message.",
            None, "Not started"),
           ("PAC 40/03", "06/02/2040", a1, "Comparison under way with council data.", "In progress"),
           ("PAC 40/04", "06/02/2040", a2, "Pilot survey began on 18 March 2040.", "Complete")]
    cells = [("Ref", "Date raised", "Action", "Update", "Status")]
    for ref, raised, text, update, status in log:
        cells.append((ref, raised, text, update or "", status))
        p.action(ref, iso(raised), None, text, update, "complete" if status == "Complete" else "outstanding",
                 "status_column")
    p.add(T(tuple(cells), (2, 2, 6, 5, 2), header_rows=1))
    return p.build("docx", header=("Cumbria PFCC – Public Accountability Conference – 9 April 2040",))


def devon_cornwall() -> tuple[bytes, dict]:
    """Word->PDF: a Level of assurance column; a tracker whose status is a coloured square with a legend."""
    org = "Police and Crime Commissioner for Devon and Cornwall"
    p = Pack("devon-cornwall-pcc-pab-2040-05-14-round53.pdf", "Performance and Accountability Board", org,
             "Devon and Cornwall Police", "2040-05-14",
             office="Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly")
    p.add(P("**Office of the Police and Crime Commissioner for Devon and Cornwall**"))
    p.front(None)
    p.add(
           P("14 May 2040 – Alderson Drive, Exeter"), H("Agenda", 2))
    p.agenda([("1", "Welcome and apologies", "PCC"),
              ("2", "Notes of the last meeting (12 March 2040)", "Chief Executive"),
              ("3", "Call handling and 101", "Head of Contact"),
              ("4", "Tackling drug supply", "Detective Superintendent, Serious and Organised Crime"),
              ("5", "Action tracker", "Chief Executive"),
              ("6", "AOB", "")], ("Item", "Title", "Presented by"), (1, 8, 5))
    p.add(Break())
    d, topic = "2040-03-12", "Violence against women and girls"
    p.meeting("Notes of the Performance and Accountability Board – 12 March 2040",
              "Notes of the Performance and Accountability Board – 12 March 2040", d, topic)
    p.add(P("**Topic:** Violence against women and girls"),
          P("Items 1 and 2 were standing business. Item 3 was the scrutiny item below."),
          H("3. Violence against women and girls", 2))
    qs = [("1", "How many officers have completed the domestic abuse matters training, and how is it being embedded?",
           "1,742 officers (91% of frontline staff) have completed it. Supervisors dip-sample twenty cases a month.",
           "Assured", "The PCC welcomed the dip-sampling."),
          ("2", "What proportion of stalking offences lead to a stalking protection order application?",
           "Eleven applications were made in the year from 1,900 stalking crimes. A specialist adviser post was "
           "created in January.", "Partially assured", "The PCC wants to see the effect of the adviser by autumn."),
          ("3", "How quickly are rape investigations reaching a charging decision?",
           "Median time from report to charge is 412 days. The force could not yet show a trend.",
           "Not assured", "A breakdown by stage of investigation was requested.")]
    rows = [("No.", "Question", "Response", "Level of assurance", "Comments")]
    for n, q, r, level, c in qs:
        rows.append((n, q, r, level, c))
        p.decision(d, topic, n, q, r, level, c)
    p.add(T(tuple(rows), (1, 5, 6, 3, 4), header_rows=1))
    a1 = p.minute_action(d, topic, "Provide a breakdown of rape investigation time by stage to the OPCC.")
    p.add(P("**Action:** " + a1), Break(), H("Action tracker"),
          P(f"{square(GREEN)} Complete    {square(AMBER)} In progress    {square(RED)} Not started / overdue"))
    log = [(None, "January 2040", "Publish the force's response to the independent custody visitors' report.",
            "Published on the force website on 4 March.", GREEN),
           (None, "January 2040", "Confirm the date the new 101 call-back system goes live.",
            "Supplier testing delayed; date to be confirmed.", RED),
           (None, "March 2040", a1, "Breakdown drafted and with the Head of Crime for sign-off.", AMBER)]
    cells = [("Ref", "Meeting", "Action", "Update", "RAG")]
    for i, (_, meeting, text, update, colour) in enumerate(log, 1):
        ref = f"PAB{i:02d}"
        cells.append((ref, meeting, text, update, square(colour)))
        date = {"January 2040": None, "March 2040": d}[meeting]
        p.action(ref, date, None, text, update, "complete" if colour == GREEN else "outstanding", "glyph_colour")
    p.add(T(tuple(cells), (1.5, 2.5, 6, 6, 1.2), header_rows=1))
    return p.build("docx-pdf", header=("OFFICIAL",))


def dorset() -> tuple[bytes, dict]:
    """Reportlab landscape: an Outcome column with a deferred level; a tracker status by cell shading."""
    org = "Police and Crime Commissioner for Dorset"
    p = Pack("dorset-pcc-acb-2040-06-18-round53.pdf", "Accountability Board", org, "Dorset Police", "2040-06-18")
    p.add(P("**Dorset Police and Crime Commissioner**", 13))
    p.front("Neighbourhood policing")
    p.add(
          P("18 June 2040, 14:00 – Force Headquarters, Winfrith"), P("**Theme:** Neighbourhood policing"))
    p.agenda([("1", "Apologies", "Chair"), ("2", "Notes and actions of 23 April 2040", "Office Manager"),
              ("3", "Neighbourhood policing", "Chief Superintendent, Local Policing"),
              ("4", "Any other business", "Chair")], ("Item", "Agenda item", "Lead officer"), (1, 10, 5))
    p.add(Break())
    d, topic = "2040-04-23", "Fraud and cyber crime"
    p.meeting("Accountability Board – notes of the meeting held on 23 April 2040",
              "Accountability Board – notes of the meeting held on 23 April 2040", d, topic)
    p.add(P("Attendees: PCC (chair), Chief Executive, Chief Constable, Detective Chief Inspector (Economic Crime)."),
          H("Item 3 – Fraud and cyber crime", 2),
          P("The outcome column records the PCC's assurance: Assured, Partly assured, Not assured, or Deferred "
            "where the PCC will decide later."))
    qs = [("1", "How are vulnerable victims of fraud identified and supported?",
           "Every Action Fraud referral is screened within 72 hours; 340 victims were visited by the economic crime "
           "victim care unit this year.", "Assured", "Good use of volunteers noted.", "Assured"),
          ("2", "How many cyber-dependent crime investigations were closed with a suspect identified?",
           "Twenty-one of 96 investigations identified a suspect. Two digital investigators are still being "
           "recruited.", "Partly assured", "The PCC will return to this once both posts are filled.",
           "Partly assured"),
          ("3", "How effective is the force's fraud prevention messaging to older people?",
           "A campaign evaluation by the university is due in July.", "Deferred",
           "Outcome deferred until the evaluation reports.", None)]
    rows = [("Q", "Question", "Force response", "Outcome", "PCC comment")]
    for n, q, r, outcome, c, level in qs:
        rows.append((n, q, r, outcome, c))
        p.decision(d, topic, n, q, r, level, c)
    p.add(T(tuple(rows), (0.7, 6, 8, 2.5, 5), header_rows=1))
    a1 = p.minute_action(d, topic, "Report the recruitment of both digital investigators to the PCC.")
    a2 = p.minute_action(d, topic, "Circulate the fraud campaign evaluation when published.")
    p.add(H("Actions", 3), Bul((f"AB/40/07 – {a1}", f"AB/40/08 – {a2}")), Break(), H("Accountability Board action log"),
          P("Key: green = complete; amber = on track; red = overdue."))
    log = [("AB/40/02", "20 February 2040", "Confirm the number of neighbourhood officers abstracted to response in Q3.",
            "Figures supplied; abstraction rate 6%.", GREEN),
           ("AB/40/04", "20 February 2040", "Arrange a visit for the PCC to the new Weymouth custody suite.",
            "Visit not yet arranged.", RED),
           ("AB/40/07", "23 April 2040", a1, "One post filled; second interview on 2 July.", AMBER),
           ("AB/40/08", "23 April 2040", a2, "Evaluation not yet published.", AMBER)]
    cells = [("Ref", "Meeting", "Action", "Update", "RAG")]
    fills = {}
    for i, (ref, meeting, text, update, colour) in enumerate(log, 1):
        cells.append((ref, meeting, text, update, ""))
        fills[(i, 4)] = colour
        p.action(ref, iso(meeting), None, text, update, "complete" if colour == GREEN else "outstanding",
                 "cell_shading")
    p.add(T(tuple(cells), (2, 3, 9, 8, 1.5), header_rows=1, fills=fills))
    return p.build("pdf", PdfLook(landscape=True, margin=50, header="Dorset OPCC – Accountability Board"))


def hertfordshire() -> tuple[bytes, dict]:
    """Reportlab, DejaVu Serif, borderless tables: notes of two items with a PCC Decision column; an
    update-only action log."""
    org = "Police and Crime Commissioner for Hertfordshire"
    look = register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font, body_size=10.5,
                   cell_size=9.5, margin=60, footer="Hertfordshire PCC – Strategic Scrutiny Meeting")
    p = Pack("hertfordshire-pcc-ssm-2040-02-27-round53.pdf", "Strategic Scrutiny Meeting", org,
             "Hertfordshire Constabulary", "2040-02-27")
    p.add(P("**Police and Crime Commissioner for Hertfordshire**"))
    p.front(None)
    p.add(
          P("Tuesday 27 February 2040 at 10.00 am, Police Headquarters, Welwyn Garden City"), H("Agenda", 2))
    p.agenda([("1", "Apologies", None), ("2", "Minutes of the meeting held on 9 January 2040", None),
              ("3", "Hate crime", None), ("4", "Custody", None), ("5", "Action log", None)],
             ("Item", "Business"), (1, 12), bordered=False, presenter_col=False)
    p.add(Break())
    d = "2040-01-09"
    p.meeting("Minutes of the Strategic Scrutiny Meeting held on 9 January 2040",
              "Minutes of the Strategic Scrutiny Meeting held on 9 January 2040", d, None)
    p.add(P("1. Apologies: none. 2. The minutes of 14 November 2039 were approved."))
    items = [("3", "Missing children", [
        ("How many children were reported missing more than three times in the last six months?",
         "There were 118 such children; 40% are in care. Return home interviews were completed for 77%.",
         "Partially assured", "The PCC asked for the care homes with most reports to be named to the council."),
        ("How does the constabulary share information about missing children with children's services?",
         "A daily list goes to the county's exploitation hub and is discussed at a weekly meeting.",
         "Assured", None)]),
             ("4", "Online child sexual abuse", [
        ("How long does it take to examine devices seized in online child abuse cases?",
         "The backlog is 312 devices; the median wait is seven months.", "Not assured",
         "The PCC will fund a temporary examiner if a business case is made."),
        ("How are officers in the online team supported with their wellbeing?",
         "Officers have six-monthly psychological screening and may rotate out after two years.",
         "Assured", "The PCC was pleased with the screening uptake.")])]
    for number, title, qs in items:
        p.add(H(f"{number}. {title}", 2))
        rows = [("Question", "Summary of response", "PCC Decision")]
        for q, r, level, c in qs:
            rows.append((q, r, f"**{level}**" + (f" – {c}" if c else "")))
            p.decision(d, title, None, q, r, level, c)  # the table numbers none of its questions
        p.add(T(tuple(rows), (6, 7, 5), header_rows=1, bordered=False))
    a1 = p.minute_action(d, None, "Send the list of care homes with the most missing reports to the county council.")
    a2 = p.minute_action(d, None, "Bring a business case for a temporary digital forensic examiner.")
    p.add(H("Actions", 3), P("SSM 40/01 " + a1), P("SSM 40/02 " + a2), Break(), H("Action log"))
    log = [("SSM 39/30", "14/11/2039", "Provide the outcome of the stop and search scrutiny panel's review.",
            "The panel's review was received on 5 December 2039 and circulated.", "complete"),
           ("SSM 39/33", "14/11/2039", "Set out the cost of body-worn video for special constables.",
            "Costing has not yet been started.", "outstanding"),
           ("SSM 40/01", "09/01/2040", a1, "Sent to the council on 20 January 2040.", "complete"),
           ("SSM 40/02", "09/01/2040", a2, "Business case in draft; expected at the April meeting.", "outstanding")]
    cells = [("Ref", "Raised", "Action", "Update")]
    for ref, raised, text, update, status in log:
        cells.append((ref, raised, text, update))
        p.action(ref, iso(raised), None, text, update, status, "inferred_from_update")
    p.add(T(tuple(cells), (2.7, 2.9, 6.5, 6.5), header_rows=1, bordered=False))
    return p.build("pdf", look)


def northumbria() -> tuple[bytes, dict]:
    """Word: a mayoral board; Outcome column; actions listed with refs and again in a log with Progress."""
    org = "Mayor of the North East"
    p = Pack("northumbria-mayor-pcb-2040-03-26-round53.docx", "Policing and Crime Board", org,
             "Northumbria Police", "2040-03-26")
    p.add(P("**North East Combined Authority – Mayor of the North East**"))
    p.front("Serious violence")
    p.add(
          P("**Chair:** Mayor of the North East"), P("26 March 2040, Middlesbrough Road, Newcastle"),
          P("**Topic:** Serious violence"), H("Agenda", 2))
    p.agenda([("1.", "Welcome and apologies", "Mayor"),
              ("2.", "Minutes of the previous meeting", "Policy Officer"),
              ("3.", "Serious violence duty – progress", "Assistant Chief Constable"),
              ("4.", "Action log", "Policy Officer"), ("5.", "Any other business", "Mayor")],
             ("No.", "Item", "Lead"), (1, 9, 4))
    p.add(Break())
    d, topic = "2040-01-29", "Retail crime"
    p.meeting("Minutes of the Policing and Crime Board, 29 January 2040",
              "Minutes of the Policing and Crime Board, 29 January 2040", d, topic)
    p.add(P("Present: the Mayor (chair), Chief Constable, Assistant Chief Constable (Local Policing), "
            "Head of Policing Policy."), H("Item 3: Retail crime", 2))
    qs = [("How has shoplifting reported to the force changed, and which town centres are most affected?",
           "Reported shoplifting rose 17% in the year; four town centres account for half of it.",
           "Partly assured", "The Mayor asked for the business crime partnership's data to be compared."),
          ("How quickly do officers attend when a shop worker is assaulted?",
           "Attendance within one hour was achieved in 86% of incidents.", "Assured", "None."),
          ("How is the force using the retail crime portal to build cases?",
           "Only 22% of retailers upload footage through the portal; training for shops is planned.",
           "Not assured", "The Mayor wants uptake reported quarterly.")]
    rows = [("Question", "Force response", "Outcome", "Comments")]
    for i, (q, r, level, c) in enumerate(qs, 1):
        rows.append((f"Q{i}. {q}", r, level, c))
        p.decision(d, topic, str(i), q, r, level, None if c == "None." else c)
    p.add(T(tuple(rows), (7, 7, 3, 5), header_rows=1))
    a1 = p.minute_action(d, topic, "Compare the force's shoplifting figures with the business crime partnership's data.")
    a2 = p.minute_action(d, topic, "Report uptake of the retail crime portal to the board each quarter.")
    p.add(H("Actions agreed", 3), Bul((f"PCB/11 {a1}", f"PCB/12 {a2}")), Break(), H("Action log"))
    log = [("PCB/07", "27 November 2039", "Share the evaluation of the knife arch deployments.",
            "Shared 12 December 2039.", "Closed"),
           ("PCB/09", "27 November 2039", "Provide the number of neighbourhood officers trained in problem solving.",
            "Training records being collated.", "Open"),
           ("PCB/11", "29 January 2040", a1, "Comparison presented to the business crime partnership in March.",
            "Closed"),
           ("PCB/12", "29 January 2040", a2, "First quarterly report due in April 2040.", "Open")]
    cells = [("Action no.", "Date of meeting", "Action", "Progress", "Status")]
    for ref, raised, text, update, status in log:
        cells.append((ref, raised, text, update, status))
        p.action(ref, iso(raised), None, text, update, "complete" if status == "Closed" else "outstanding",
                 "status_column")
    p.add(T(tuple(cells), (2, 3, 7, 6, 2), header_rows=1))
    return p.build("docx")


def south_wales() -> tuple[bytes, dict]:
    """Word->PDF, borderless Word tables; a long pack with a performance paper between notes and log."""
    org = "Police and Crime Commissioner for South Wales"
    p = Pack("south-wales-pcc-sab-2040-05-21-round53.pdf", "Strategic Assurance Board", org,
             "South Wales Police", "2040-05-21")
    p.add(P("**Police and Crime Commissioner for South Wales**"))
    p.front(None)
    p.add(
          P("21 May 2040 – Police Headquarters, Bridgend"), H("Agenda", 2))
    p.agenda([("1", "Introductions and apologies", "Commissioner"),
              ("2", "Notes of the meeting of 19 March 2040", "Chief of Staff"),
              ("3", "Quarterly performance report", "Head of Performance"),
              ("4", "Youth justice and early intervention", "Chief Superintendent, Partnerships"),
              ("5", "Action log", "Chief of Staff")], ("Item", "Title", "Lead"), (1, 9, 5), bordered=False)
    p.add(Break())
    d, topic = "2040-03-19", "Road safety"
    p.meeting("Notes of the Strategic Assurance Board – 19 March 2040",
              "Notes of the Strategic Assurance Board – 19 March 2040", d, topic)
    p.add(P("Present: Commissioner (chair), Deputy Commissioner, Chief Constable, Head of Roads Policing."),
          H("Item 3 – Road safety", 2))
    qs = [("How many people were killed or seriously injured on the roads in 2039, and how does this compare?",
           "There were 402 people killed or seriously injured, 6% fewer than in 2038.", "Assured", None),
          ("How are speed complaints from communities turned into enforcement?",
           "Community speed watch groups reported 2,300 vehicles; 61 sites received mobile camera visits.",
           "Partially assured", "The Commissioner wants more sites visited in the valleys."),
          ("What progress has been made on the backlog of collision files awaiting prosecution decisions?",
           "The backlog stands at 740 files, up from 510; two file preparers are on long-term absence.",
           "Not assured", "The Commissioner asked for a recovery plan.")]
    for i, (q, r, level, c) in enumerate(qs, 1):
        p.add(P(f"**3.{i}** {q}"), P(r), P(f"**Assurance level:** {level}" + (f". {c}" if c else "")))
        p.decision(d, topic, f"3.{i}", q, r, level, c)
    a1 = p.minute_action(d, topic, "Provide a recovery plan for the collision file backlog.")
    a2 = p.minute_action(d, topic, "Increase mobile camera visits to sites raised by community speed watch.")
    p.add(H("Actions", 3), Bul((a1, a2)), Break(), H("Quarterly performance report – January to March 2040"),
          P("The force answered 92% of emergency calls within ten seconds and 71% of non-emergency calls within "
            "two minutes. Recorded crime fell by 2% compared with the same quarter of 2039."),
          T((("Measure", "Q4 2039/40", "Q4 2038/39", "Change"),
             ("Emergency calls answered in 10 seconds", "92%", "90%", "+2 pts"),
             ("Non-emergency calls answered in 2 minutes", "71%", "64%", "+7 pts"),
             ("Total recorded crime", "31,880", "32,530", "-2%"),
             ("Victim satisfaction", "78%", "79%", "-1 pt")), (8, 3, 3, 3), header_rows=1, bordered=False),
          P("Satisfaction fell slightly among victims of burglary, where follow-up contact was lower."),
          Break(), H("Action log – Strategic Assurance Board"))
    log = [("SAB-31", "16/01/2040", "Circulate the draft early intervention strategy.", "Circulated 2 February.",
            "Completed"),
           ("SAB-33", "16/01/2040", "Report the number of first-time entrants to the youth justice system.",
            "Figures requested from the youth offending teams.", "Ongoing"),
           ("SAB-36", "19/03/2040", a1, "Recovery plan presented at this meeting.", "Completed"),
           ("SAB-37", "19/03/2040", a2, "Twelve additional sites added from April.", "Ongoing")]
    cells = [("No.", "Date", "Action", "Progress", "Status")]
    for ref, raised, text, update, status in log:
        cells.append((ref, raised, text, update, status))
        p.action(ref, iso(raised), None, text, update, "complete" if status == "Completed" else "outstanding",
                 "status_column")
    p.add(T(tuple(cells), (2, 2.5, 7, 6, 2.5), header_rows=1, bordered=False))
    return p.build("docx-pdf", header=("South Wales PCC – Strategic Assurance Board",))


def warwickshire() -> tuple[bytes, dict]:
    """Reportlab: a Level of assurance table under the item heading; a tracker with merged topic cells and
    coloured squares under a legend."""
    org = "Police and Crime Commissioner for Warwickshire"
    p = Pack("warwickshire-pcc-pfm-2040-04-23-round53.pdf", "Performance and Accountability Meeting", org,
             "Warwickshire Police", "2040-04-23")
    p.add(P("**Warwickshire Police and Crime Commissioner**", 13))
    p.front("Victim services")
    p.add(
          P("23 April 2040, Leek Wootton"), P("**Theme:** Victim services"))
    p.agenda([("1", "Apologies", "PCC"), ("2", "Notes of 20 February 2040", "Governance Officer"),
              ("3", "Victim services", "Head of Victim and Witness Care"),
              ("4", "Action tracker", "Governance Officer")], ("Item", "Title", "Presenter"), (1, 9, 5))
    p.add(Break())
    d, topic = "2040-02-20", "Domestic abuse"
    p.meeting("Performance and Accountability Meeting – notes – 20 February 2040",
              "Performance and Accountability Meeting – notes – 20 February 2040", d, topic)
    p.add(H("3. Domestic abuse", 2))
    qs = [("How many domestic abuse protection orders have been applied for since the new powers began?",
           "Forty-four orders were applied for and 39 granted; breaches are reviewed weekly.", "Assured",
           "The PCC noted the strong grant rate."),
          ("How are high-risk victims kept informed when a suspect is released?",
           "Release notifications reached 83% of high-risk victims within 24 hours.", "Partially assured",
           "The PCC expects all victims to be told."),
          ("What is being done to reduce the number of cases closed due to evidential difficulties?",
           "Evidence-led prosecutions rose to 14% of charges; body-worn video is used in 70% of attendances.",
           "Partially assured", None)]
    rows = [("Question", "Response", "Level of assurance", "Comment")]
    for q, r, level, c in qs:
        rows.append((q, r, level, c or ""))
        p.decision(d, topic, None, q, r, level, c)
    p.add(T(tuple(rows), (6, 7, 3, 4), header_rows=1))
    a1 = p.minute_action(d, topic, "Audit release notifications to high-risk domestic abuse victims.")
    p.add(P("**Action agreed:** " + a1), Break(), H("Action tracker"),
          P(f"{square(GREEN)} = Action complete    {square(RED)} = Action outstanding"))
    log = [("Rural crime", "Publish the rural crime survey results.", "Published in March.", GREEN),
           (None, "Agree a date for the farm watch launch.", "Awaiting partners.", RED),
           ("Domestic abuse", a1, "Audit commissioned; report due in May.", RED)]
    cells = [("Topic", "Action", "Update", "")]
    spans = []
    current = None
    for i, (tp, text, update, colour) in enumerate(log, 1):
        current = tp or current
        cells.append((tp, text, update, square(colour)))
        p.action(None, None, current, text, update, "complete" if colour == GREEN else "outstanding",
                 "glyph_colour")
    spans.append((1, 0, 2, 1))
    p.add(T(tuple(cells), (3, 8, 6, 1), header_rows=1, spans=tuple(spans)))
    return p.build("pdf", PdfLook(margin=64))


def west_mercia() -> tuple[bytes, dict]:
    """Word->PDF: a holding-to-account meeting with a cover page; Question | Response | PCC Decision; a
    numbered action list printed again in the tracker."""
    org = "Police and Crime Commissioner for West Mercia"
    p = Pack("west-mercia-pcc-hta-2040-06-04-round53.pdf", "Holding to Account Meeting", org,
             "West Mercia Police", "2040-06-04")
    p.add(P("**West Mercia Police and Crime Commissioner**"))
    p.front("Stop and search")
    p.add(
          P("4 June 2040, Hindlip Hall, Worcester"), P("**Theme:** Stop and search"), H("Agenda", 2))
    p.agenda([("1", "Welcome and apologies", "PCC"),
              ("2", "Notes and actions from the April meeting", "Business Manager"),
              ("3", "Stop and search", "Superintendent, Professional Standards"),
              ("4", "Public questions", "PCC"), ("5", "Any other business", "PCC")],
             ("Item", "Agenda item", "Lead"), (1, 9, 5))
    p.add(Break())
    d, topic = "2040-04-02", "Police response times"
    p.meeting("Holding to Account Meeting – Police response times – 2 April 2040",
              "Holding to Account Meeting – Police response times – 2 April 2040", d, topic)
    p.add(P("Present: PCC, Deputy PCC, Chief Constable, Assistant Chief Constable (Operations)."))
    qs = [("1", "How well does the force meet its emergency attendance targets in urban and rural areas?",
           "Urban emergencies were attended within 15 minutes in 89% of cases; rural within 20 minutes in 78%.",
           "Partially assured", "Rural performance must improve."),
          ("2", "How are calls graded, and how often are gradings reviewed?",
           "A daily sample of 50 incidents is reviewed; 4% were re-graded in the quarter.", "Assured", None),
          ("3", "What is the force doing about abandoned 101 calls?",
           "The abandonment rate was 19% in March; a call-back option went live on 1 March.", "Not assured",
           "The PCC asked for weekly figures until the rate falls below 10%.")]
    rows = [("No.", "Question", "Response", "PCC Decision")]
    for n, q, r, level, c in qs:
        rows.append((n, q, r, (f"**{level}**", c) if c else f"**{level}**"))
        p.decision(d, topic, n, q, r, level, c)
    p.add(T(tuple(rows), (1, 6, 7, 4), header_rows=1))
    a1 = p.minute_action(d, topic, "Send weekly 101 abandonment figures to the OPCC until the rate is below 10%.")
    a2 = p.minute_action(d, topic, "Set out the plan to improve rural emergency attendance.")
    p.add(H("Actions", 3), P("1. " + a1), P("2. " + a2), Break(), H("Holding to Account – action tracker"))
    log = [("HTA 78", "6 February 2040", None, "Share the custody detention review with the OPCC.",
            "Shared in March.", "Complete"),
           ("HTA 81", "2 April 2040", topic, a1, "Weekly figures being sent; rate now 14%.", "Ongoing"),
           ("HTA 82", "2 April 2040", topic, a2, None, "Not started")]
    cells = [("Ref", "Meeting date", "Action", "Update", "Status")]
    for ref, raised, tp, text, update, status in log:
        cells.append((ref, raised, text, update or "", status))
        p.action(ref, iso(raised), tp, text, update, "complete" if status == "Complete" else "outstanding",
                 "status_column")
    p.add(T(tuple(cells), (2, 3, 7, 6, 2.5), header_rows=1))
    return p.build("docx-pdf", header=("West Mercia PCC | Holding to Account",))


PACKS = [cambridgeshire, cumbria, devon_cornwall, dorset, hertfordshire, northumbria, south_wales, warwickshire,
         west_mercia]


def main(prefixes: list[str]) -> None:
    GOLD.mkdir(exist_ok=True)
    for build in PACKS:
        if prefixes and not any(build.__name__.replace("_", "-").startswith(x) for x in prefixes):
            continue
        data, records = build()
        out = records["documents"][0]["source_file"]
        del records["documents"][0]["source_file"]
        (HERE / out).write_bytes(data)
        gold = {"source_file": out, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD / f"{out}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        print(out, {k: [r["page"] for r in v] for k, v in records.items() if k != "grades"})


if __name__ == "__main__":
    main(sys.argv[1:])
