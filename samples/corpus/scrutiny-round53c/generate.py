"""Held-out scrutiny round 53c (issue 4): nine packs of offices this corpus had not tried in these forms,
written blind. Each builder call that prints a question, an action row, an agenda row or a meeting heading
also writes its gold record; gold goes to gold/ (in heldout/ until every record was right; promoted).

    .venv/bin/python samples/corpus/scrutiny-round53c/generate.py [NAME-PREFIX ...]
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
import scrutiny_common  # noqa: E402,F401  (puts scrutiny-round3/render.py on sys.path)
from office_pdf import docx_to_pdf  # noqa: E402
from render import Break, Bul, H, Num, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
TYPES = ("documents", "meetings", "agenda_items", "assurance_decisions", "actions", "grades")
CHECKED = ("Written blind for held-out round 53c; every record hand-checked against the rendered pages and "
           "`scrutiny inspect` (layout only) by the round's writer; the extractors were never run on it.")
KEY_LETTERS = 45
GREEN, AMBER, RED = "#00a651", "#ffc000", "#e00000"


class Pack:
    """Blocks of one pack and the gold records its builder calls wrote, each with the text that finds its page."""

    def __init__(self, name: str, title: str, force: str, organisation: str, date: str) -> None:
        self.name, self.date = name, date
        self.blocks: list = []
        self.records: dict[str, list[dict]] = {t: [] for t in TYPES}
        self.keys: list[tuple[dict, str]] = []
        self.records["documents"].append({
            "page": None, "file_type": "docx" if name.endswith(".docx") else "pdf", "doc_kind": "scrutiny_pack",
            "status": "ok", "publication_date": None, "title": title, "force": force,
            "organisation": organisation, "meeting_date": date})
        self.organisation = organisation

    def add(self, *blocks) -> None:
        self.blocks.extend(blocks)

    def record(self, kind: str, key: str, **fields) -> dict:
        rec = {"page": None, **fields}
        self.records[kind].append(rec)
        self.keys.append((rec, key))
        return rec

    def meeting(self, block, title: str, date: str, topic: str | None) -> None:
        """A meeting heading (front-sheet title or notes heading) and its meeting record."""
        self.add(block)
        self.record("meetings", title, meeting_date=date, topic=topic, organisation=self.organisation, title=title)

    def agenda(self, header: tuple[str, ...], rows: list[tuple[str, str, str | None]], widths: tuple[float, ...],
               bordered: bool = True, extra: Callable[[int], tuple[str, ...]] | None = None) -> T:
        """Agenda rows (number, title, presenter as printed); "–" or empty presenter is null."""
        body = []
        for i, (number, title, presenter) in enumerate(rows):
            printed = presenter if presenter is not None else ""
            body.append((number, title, printed) + (extra(i) if extra else ()))
            self.record("agenda_items", title, meeting_date=self.date, number=number.rstrip("."), title=title,
                        presenter=None if printed in ("", "–", "-") else printed)
        return T(rows=(header,) + tuple(body), widths=widths, header_rows=1, bordered=bordered)

    def decision(self, date: str, topic: str | None, number: str | None, question: str, evidence: str,
                 assurance: str | None, commentary: str | None) -> None:
        self.record("assurance_decisions", question, meeting_date=date, topic=topic, question_number=number,
                    question=question, evidence_summary=evidence, assurance=assurance, commentary=commentary)

    def action(self, key: str, date: str | None, topic: str | None, number: str | None, text: str,
               update: str | None, status: str, status_source: str, source: str = "action_tracker") -> None:
        self.record("actions", key, meeting_date=date, topic=topic, number=number, text=text, update=update,
                    status=status, status_source=status_source, source=source)


def letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def strip_markup(text: str) -> str:
    text = re.sub(r"\{#[0-9a-fA-F]{6}\|(.*?)\}", r"\1", text)
    return text.replace("**", "").replace("~~", "").replace("*", "")


def source_words(blocks: list) -> set[str]:
    words: set[str] = set()

    def take(value: object) -> None:
        if value is None:
            return
        if isinstance(value, tuple):
            for part in value:
                take(part)
        elif isinstance(value, Bul):
            take(value.items)
        else:
            words.update(norm_word(w) for w in strip_markup(str(value)).split())

    for block in blocks:
        if isinstance(block, (H, P)):
            take(block.text)
            take(getattr(block, "hang", None))
        elif isinstance(block, (Num, Bul)):
            take(block.items)
        elif isinstance(block, T):
            for row in block.rows:
                take(row)
    return words


def norm_word(word: str) -> str:
    return word.strip(".,;:()[]\"'“”‘’").lower()


def set_pages(pack: Pack, data: bytes) -> int:
    """Each record's page: the first page whose text or table cells hold the first letters of its key. Stops
    if a key is on no page, or if a table cell's words are not the source's (a word split in the cell)."""
    known = source_words(pack.blocks)
    pages: list[str] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            text = page.extract_text() or ""
            for table in page.extract_tables():
                for row in table:
                    for cell in row:
                        if not cell:
                            continue
                        text += "\n" + cell
                        for word in re.sub(r"([-–])\n", r"\1", cell).split():  # a line broken at a hyphen
                            w = norm_word(word)
                            if w and w not in known:
                                raise SystemExit(f"{pack.name}: p{page.page_number} cell word {word!r} is split")
            pages.append((letters(text), [letters(w) for w in re.split(r"[\s\-–]+", text) if letters(w)]))
    for rec, key in pack.keys:
        want = letters(strip_markup(key))[:KEY_LETTERS]
        found = [i + 1 for i, (text, words) in enumerate(pages) if want in text or interleaved(key, words)]
        if not found:
            raise SystemExit(f"{pack.name}: key on no page: {key!r}")
        rec["page"] = found[0]
    return len(pages)


def interleaved(key: str, words: list[str], span: int = 60) -> bool:
    """The key's first words in order within a short run of the page's words: a borderless table's cells are
    read line by line across columns, so a cell's words interleave with its neighbours'."""
    want = [letters(w) for w in re.split(r"[\s\-–]+", strip_markup(key)) if letters(w)][:8]
    for start, word in enumerate(words):
        if word != want[0]:
            continue
        i = 1
        for later in words[start + 1:start + span]:
            if i < len(want) and later == want[i]:
                i += 1
        if i == len(want):
            return True
    return False


def finish(pack: Pack, data: bytes) -> tuple[str, bytes, dict]:
    if pack.name.endswith(".pdf"):
        pack.records["documents"][0]["pages"] = set_pages(pack, data)
    return pack.name, data, pack.records


WHEN = datetime(2039, 6, 1, 9, 0)


def docx_bytes(pack: Pack, title: str, author: str, header: tuple[str, ...] = (), landscape: bool = False) -> bytes:
    return render_docx(pack.blocks, title=title, author=author, when=WHEN, header=header, landscape_pages=landscape)


# --- 1. Gwent: Word->PDF, borders off, notes of two items, a table over a page break (Common) --------------

def gwent() -> tuple[str, bytes, dict]:
    name = "gwent-pcc-spb-2039-07-15-round53c.pdf"
    org = "Police and Crime Commissioner for Gwent"
    p = Pack(name, "Strategy and Performance Board", "Gwent Police", org, "2039-07-15")
    p.add(P("**Office of the Police and Crime Commissioner for Gwent**"))
    p.meeting(H("Strategy and Performance Board", 1), "Strategy and Performance Board", "2039-07-15", None)
    p.add(P("Tuesday 15th July 2039, 10:00 – 12:30, Conference Room 2, Police Headquarters, Llantarnam"),
          P("Chair: Police and Crime Commissioner"), H("Agenda", 2))
    p.add(p.agenda(("No.", "Item", "Lead"), [
        ("1.", "Welcome, introductions and apologies", "Commissioner"),
        ("2.", "Notes of the previous Board and matters arising", "Chief of Staff"),
        ("3.", "Action log", "Board Secretary"),
        ("4.", "Neighbourhood policing and community engagement", "Assistant Chief Constable"),
        ("5.", "Stop and search: use, outcomes and community oversight", "Superintendent, Operations"),
        ("6.", "Finance update: quarter one", "Chief Finance Officer"),
        ("7.", "Any other business", ""),
    ], (10, 60, 30), bordered=False), Break())
    prev = "2039-05-13"
    heading = "Notes of the Strategy and Performance Board held on 13 May 2039"
    p.meeting(H(heading, 2), heading, prev, None)
    p.add(P("Present: Police and Crime Commissioner (Chair); Deputy Police and Crime Commissioner; Chief Constable; "
            "Deputy Chief Constable; Chief of Staff; Chief Finance Officer (OPCC); Board Secretary."),
          P("**1. Welcome and apologies.** Apologies were received from the Assistant Chief Officer, Resources."),
          P("**2. Notes and matters arising.** The notes of the Board held on 11 March 2039 were agreed."),
          P("**3. Action log.** The Board noted the log; closed actions are shown for one further meeting."),
          H("4. Rural and wildlife crime", 3))
    topic4 = "Rural and wildlife crime"
    qs4 = [
        ("Q1", "How many officers are trained as rural crime specialists, and are they deployed where rural crime is highest?",
         "Thirty-one officers hold the rural crime qualification, against a plan of forty. Deployment follows the monthly "
         "hotspot map; two of the three rural hubs are fully staffed and the third has four vacancies.",
         "Partly assured", "The Commissioner asked for the recruitment plan for the third hub."),
        ("Q2", "What has the force done to reduce repeat thefts of farm machinery and quad bikes?",
         "Machinery marking events were held at six livestock markets and the force joined the regional plant theft "
         "desk. Repeat thefts fell from 44 to 27 over the year.",
         "Assured", "The Commissioner welcomed the fall in repeat thefts."),
        ("Q3", "How are wildlife crime reports recorded and investigated?",
         "Reports are recorded under a wildlife flag, but an audit found one in five reports without it. Training for "
         "call handlers starts in June.",
         "Not assured", "Recording must be right before investigation can be judged; to return in November."),
    ]
    rows = [("Ref", "Question", "Summary of response", "PCC Decision")]
    for ref, q, ev, level, comment in qs4:
        rows.append((ref, q, ev, (f"**{level}**", f"*{comment}*")))
        p.decision(prev, topic4, ref[1:], q, ev, level, comment)
    p.add(T(tuple(rows), (8, 30, 40, 22), header_rows=1, bordered=False))
    p.add(P("Action: the force to share the recruitment plan for the third rural hub with the OPCC (see SPB 39/14)."))
    p.action("the force to share the recruitment plan for the third rural hub", prev, topic4, "SPB 39/14",
             "Share the recruitment plan for the third rural hub with the OPCC.",
             "Plan shared on 2 June 2039; hub fully staffed by September.", "complete", "status_column")
    p.add(H("5. Custody and detainee care", 3))
    topic5 = "Custody and detainee care"
    qs5 = [
        ("Q1", "How does the force make sure that every detainee who needs an appropriate adult receives one without delay, "
         "including at night and at weekends, and how is the time waited recorded and reviewed by custody managers?",
         "The appropriate adult scheme covers all hours since April. The median wait fell to two hours and ten minutes, but "
         "waits overnight on Saturdays are still above five hours in a quarter of cases. Custody sergeants record the request "
         "and arrival times on the custody record, and the custody inspector reviews every wait over four hours each week. "
         "A pilot of volunteer appropriate adults on call from home begins in August, with a report to the Board after three "
         "months. Managers meet the scheme provider monthly and the contract now carries a response-time measure.",
         "Partly assured", "The Commissioner will look again at overnight waits when the pilot reports."),
        ("Q2", "What does the force know about the health needs of detainees, and are healthcare staff present when needed?",
         "Healthcare professionals are on site in both suites at all hours. Referrals to liaison and diversion rose by "
         "a fifth. Two adverse incidents were referred to the Independent Office for Police Conduct this year; both "
         "investigations found no misconduct.",
         "Assured", "The Commissioner thanked the custody team for its openness."),
        ("Q3", "How are independent custody visitors' findings acted on?",
         "Visitors made 96 visits and raised 41 issues, mostly cell cleanliness and food. Thirty-eight issues are closed; "
         "the other three concern the fabric of the older suite.",
         "Assured", None),
    ]
    rows = [("Ref", "Question", "Summary of response", "PCC Decision")]
    for ref, q, ev, level, comment in qs5:
        rows.append((ref, q, ev, (f"**{level}**", f"*{comment}*") if comment else f"**{level}**"))
        p.decision(prev, topic5, ref[1:], q, ev, level, comment)
    p.add(T(tuple(rows), (8, 30, 40, 22), header_rows=1, bordered=False))
    p.add(P("Action: the Deputy Chief Constable to report the appropriate adult pilot's findings to the Board (SPB 39/15)."))
    p.action("the Deputy Chief Constable to report the appropriate adult pilot", prev, topic5, "SPB 39/15",
             "Report the findings of the appropriate adult pilot to the Board.",
             "Pilot starts in August; report due to the November Board.", "outstanding", "status_column")
    p.add(P("**6. Any other business.** None."), Break(), H("Strategy and Performance Board – Action Log", 2),
          P("Actions are closed only with the Commissioner's agreement."))
    log = [
        ("SPB 39/14", "13/05/39", "Share the recruitment plan for the third rural hub with the OPCC.",
         "Plan shared on 2 June 2039; hub fully staffed by September.", "Closed"),
        ("SPB 39/15", "13/05/39", "Report the findings of the appropriate adult pilot to the Board.",
         "Pilot starts in August; report due to the November Board.", "Open"),
        ("SPB 39/09", "11/03/39", "Provide the Board with the results of the victim satisfaction survey for burglary.",
         "Results presented at the May Board.", "Closed"),
        ("SPB 39/11", "11/03/39", "Set out the timetable for replacing the body-worn video cameras.",
         "Procurement delayed by the supplier; timetable to follow.", "Open"),
    ]
    dates = {"13/05/39": "2039-05-13", "11/03/39": "2039-03-11"}
    rows = [("Ref", "Date", "Action", "Update", "Status")]
    for ref, d, text, update, status in log:
        rows.append((ref, d, text, update, status))
        if ref in ("SPB 39/09", "SPB 39/11"):
            p.action(text, dates[d], None, ref, text, update, "complete" if status == "Closed" else "outstanding",
                     "status_column")
    p.add(T(tuple(rows), (13, 11, 34, 30, 12), header_rows=1, bordered=False))
    data = docx_to_pdf(docx_bytes(p, "Strategy and Performance Board", "OPCC Gwent"))
    return finish(p, data)


# --- 2. Surrey: reportlab, the reference pack's form, a deferred level (Common) --------------------------

def surrey() -> tuple[str, bytes, dict]:
    name = "surrey-pcc-pam-2039-09-23-round53c.pdf"
    org = "Police and Crime Commissioner for Surrey"
    p = Pack(name, "Performance & Accountability Meeting", "Surrey Police", org, "2039-09-23")
    p.add(P("Office of the Police & Crime Commissioner for Surrey"))
    p.meeting(H("Performance & Accountability Meeting", 1), "Performance & Accountability Meeting", "2039-09-23",
              "Roads policing and the fatal five")
    p.add(P("Tuesday 23 September 2039 at 2.00pm, Mount Browne"),
          P("**Theme:** Roads policing and the fatal five"), H("Agenda", 2))
    p.add(p.agenda(("Item", "Title", "Presented by"), [
        ("1", "Welcome and apologies", "PCC"),
        ("2", "Notes of the meeting held on 22 July 2039", "Head of Performance"),
        ("3", "Action tracker", "Head of Performance"),
        ("4", "Roads policing and the fatal five", "Chief Superintendent, Roads Policing"),
        ("5", "Public questions", "PCC"),
        ("6", "Any other business", "–"),
    ], (10, 55, 35)), Break())
    prev, topic = "2039-07-22", "Violence against women and girls"
    heading = "Draft notes – Performance & Accountability Meeting (Violence against women and girls) – 22 July 2039"
    p.meeting(H(heading, 2), heading, prev, topic)
    p.add(P("Attendees: PCC (chair), Deputy PCC, Chief Constable, Assistant Chief Constable (Specialist Crime), "
            "Head of Performance (OPCC)."))
    qs = [
        ("1", "What progress has the force made on its action plan for violence against women and girls since January?",
         "Twenty-two of the plan's thirty actions are complete. Outstanding actions relate to training for "
         "response officers and the new perpetrator panel.",
         "Partly Assured", "The PCC asked that the perpetrator panel be prioritised."),
        ("2", "How quickly are reports of stalking assessed and are protection orders being sought?",
         "Stalking reports are risk-assessed within 24 hours in 93% of cases. The force applied for 58 stalking "
         "protection orders this year, up from 21.",
         "Assured", "The PCC welcomed the growth in protection orders."),
        ("3", "What is the charge rate for rape, and what is being done to support victims through to trial?",
         "The charge rate is 7.4%. The independent sexual violence adviser service has two new posts, and victims now "
         "have a single named officer throughout.",
         "Not Assured", "The charge rate remains too low; the PCC will return to it in January."),
        ("4", "How has the night-time economy safety scheme been evaluated?",
         "The university evaluation will report in October.",
         "Assessment deferred", "To be assessed when the evaluation reports."),
    ]
    rows = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    for n, q, ev, level, comment in qs:
        rows.append((f"{n}. {q}", ev, (f"**{level}**", f"*{comment}*")))
        p.decision(prev, topic, n, q, ev, None if level == "Assessment deferred" else level.capitalize(), comment)
    p.add(T(tuple(rows), (34, 40, 26), header_rows=1))
    p.add(H("Actions", 3), P("1. Force to present a timetable for the perpetrator panel to the PCC (PAM 39/21)."),
          P("2. OPCC to circulate the night-time economy evaluation when received (PAM 39/22)."), Break())
    p.action("Force to present a timetable for the perpetrator panel", prev, topic, "PAM 39/21",
             "Force to present a timetable for the perpetrator panel to the PCC.",
             "Timetable presented on 4 September 2039.", "complete", "status_column")
    p.action("OPCC to circulate the night-time economy evaluation", prev, topic, "PAM 39/22",
             "OPCC to circulate the night-time economy evaluation when received.", None, "outstanding", "status_column")
    p.add(H("Action Tracker 2039/40", 2))
    log = [
        ("PAM 39/14", "20/05/39", "Share the outcome of the review of fleet telematics data with the OPCC.",
         "Review shared on 30 June.", "Complete"),
        ("PAM 39/17", "20/05/39", "Provide the PCC with a briefing on drone use by the force.",
         "Briefing being drafted.", "In progress"),
        ("PAM 39/21", "22/07/39", "Force to present a timetable for the perpetrator panel to the PCC.",
         "Timetable presented on 4 September 2039.", "Complete"),
        ("PAM 39/22", "22/07/39", "OPCC to circulate the night-time economy evaluation when received.", "", "Open"),
    ]
    rows = [("Ref", "Raised", "Action", "Update", "Status")]
    for ref, d, text, update, status in log:
        rows.append((ref, d, text, update, status))
        if ref in ("PAM 39/14", "PAM 39/17"):
            p.action(text, "2039-05-20", None, ref, text, update, "complete" if status == "Complete" else "outstanding",
                     "status_column")
    p.add(T(tuple(rows), (13, 11, 36, 26, 14), header_rows=1))
    data = render_pdf(p.blocks, PdfLook(header="Surrey OPCC – Performance & Accountability Meeting"),
                      "Performance & Accountability Meeting", "OPCC Surrey")
    return finish(p, data)


# --- 3. Suffolk: Word, running header, question paragraphs, a question for information (Common) ------------

def suffolk() -> tuple[str, bytes, dict]:
    name = "suffolk-pcc-app-2039-10-03-round53c.docx"
    org = "Police and Crime Commissioner for Suffolk"
    p = Pack(name, "Accountability and Performance Panel", "Suffolk Constabulary", org, "2039-10-03")
    p.add(P("**Suffolk Police and Crime Commissioner**"))
    p.meeting(H("Accountability and Performance Panel", 1), "Accountability and Performance Panel", "2039-10-03",
              "Anti-social behaviour")
    p.add(P("Friday 3rd October 2039, 10am, Martlesham Heath"),
          P("**Focus of the meeting:** Anti-social behaviour"), H("Agenda", 2))
    p.add(p.agenda(("No.", "Item", "Presenter"), [
        ("1", "Apologies", "Chief Executive"),
        ("2", "Minutes of the last meeting and action log", "Chief Executive"),
        ("3", "Anti-social behaviour", "Assistant Chief Constable"),
        ("4", "Police and crime plan performance report", "Performance Manager"),
        ("5", "Any other business", None),
    ], (10, 60, 30)), Break())
    prev, topic = "2039-08-04", "Fraud and economic crime"
    heading = "Minutes of the Accountability and Performance Panel held on 4 August 2039"
    p.meeting(H(heading, 2), heading, prev, topic)
    p.add(P("1. Apologies were received from the Deputy Chief Constable."),
          P("2. The minutes of 2 June 2039 were approved."), H("3. Fraud and economic crime", 3))
    qs = [
        ("1", "How many victims of fraud are contacted by the economic crime unit, and how quickly?",
         ("All vulnerable victims are contacted within 72 hours.", "Other victims receive a letter and a call within ten days.",
          "The unit contacted 2,310 victims last year."),
         "Assured", "The Commissioner praised the unit's victim contact."),
        ("2", "How does the force recover criminals' assets, and how is the money used?",
         ("Confiscation orders worth £1.2m were made in the year.", "Asset recovery staff fell from six to four after two retirements."),
         "Partially assured", "The Commissioner wants the two posts filled before the next Panel."),
        ("3", "What work is done with banks to stop courier fraud against older people?",
         ("The banking protocol was used 140 times.", "Officers attended within the hour in 81% of calls."),
         None, None),
    ]
    for n, q, bullets, level, comment in qs:
        p.add(H(f"Question {n}", 3), P(f"**{q}**"), P("*Response:*"), Bul(bullets))
        if level is None:
            p.add(P("**Level of assurance:** Not sought – asked for information"))
            continue
        p.add(P(f"**Level of assurance:** {level}"), P(f"**PCC comment:** {comment}"))
        p.decision(prev, topic, n, q, " ".join(bullets), "Partly assured" if level.startswith("Partially") else level,
                   comment)
    p.add(H("Actions arising", 3),
          P("**APP 39/12:** Constabulary to set out how the two asset recovery posts will be filled."))
    p.action("Constabulary to set out how the two asset recovery posts", prev, topic, "APP 39/12",
             "Constabulary to set out how the two asset recovery posts will be filled.",
             "One post filled; interviews for the second on 14 October.", "outstanding", "status_column")
    p.add(Break(), H("Action log", 2))
    log = [
        ("APP 39/07", "2 June 2039", "Report on the use of dispersal orders in Ipswich town centre.", "ACC",
         "Reported to this Panel in August.", "Complete"),
        ("APP 39/09", "2 June 2039", "Share the results of the public confidence survey with the Commissioner.", "Head of Corporate Development",
         "", "Not started"),
        ("APP 39/12", "4 Aug 2039", "Constabulary to set out how the two asset recovery posts will be filled.", "Head of Economic Crime",
         "One post filled; interviews for the second on 14 October.", "In progress"),
    ]
    rows = [("Ref", "Date raised", "Action", "Owner", "Progress", "Status")]
    for ref, d, text, owner, update, status in log:
        rows.append((ref, d, text, owner, update, status))
        if ref != "APP 39/12":
            p.action(text, "2039-06-02", None, ref, text, update or None,
                     "complete" if status == "Complete" else "outstanding", "status_column")
    p.add(T(tuple(rows), (11, 12, 30, 15, 20, 12), header_rows=1))
    data = docx_bytes(p, "Accountability and Performance Panel", "OPCC Suffolk",
                      header=("Suffolk PCC – Accountability and Performance Panel – 3 October 2039",))
    return finish(p, data)


# --- 4. Essex: Word->PDF, tracker with two status columns, the later deciding (New) -------------------------

def essex() -> tuple[str, bytes, dict]:
    name = "essex-pfcc-prsb-2039-11-18-round53c.pdf"
    org = "Police, Fire and Crime Commissioner for Essex"
    p = Pack(name, "Performance and Resources Scrutiny Board", "Essex Police", org, "2039-11-18")
    p.add(P("**Police, Fire and Crime Commissioner for Essex**"))
    p.meeting(H("Performance and Resources Scrutiny Board", 1), "Performance and Resources Scrutiny Board",
              "2039-11-18", None)
    p.add(P("18 November 2039, 14:00, Kelvedon Park"), H("Agenda", 2))
    p.add(p.agenda(("Item", "Subject", "Lead"), [
        ("1", "Apologies and declarations of interest", "PFCC"),
        ("2", "Minutes of the meeting of 16 September 2039", "Strategic Head of Performance"),
        ("3", "Action log", "Strategic Head of Performance"),
        ("4", "Drug-driving and road harm", "Chief Superintendent, Roads Policing"),
        ("5", "Firearms licensing backlog", "Head of Firearms Licensing"),
        ("6", "Any other business", "–"),
    ], (10, 55, 35)), Break())
    prev, topic = "2039-09-16", "Knife crime and serious violence"
    heading = "Minutes of the Performance and Resources Scrutiny Board – 16 September 2039"
    p.meeting(H(heading, 2), heading, prev, topic)
    p.add(P("Present: PFCC (chair); Chief Constable; Deputy Chief Constable; Strategic Head of Performance; "
            "Chief Finance Officer."),
          P("1. There were no declarations of interest. 2. The minutes of 15 July 2039 were agreed."),
          H("3. Knife crime and serious violence", 3))
    qs = [
        ("3.1", "How effective has the violence and vulnerability unit been in reducing knife crime among under-25s?",
         "Knife crime involving under-25s fell by 12% year on year. The unit has 40 young people on its mentoring scheme.",
         "Assured", "The PFCC asked that the mentoring scheme be extended to Basildon."),
        ("3.2", "How are weapon sweeps and knife arches targeted?",
         "Sweeps follow the hotspot list agreed each fortnight; results are not yet analysed against later offences.",
         "Partially assured", "Evaluation of outcomes is needed."),
        ("3.3", "Are hospital admission data shared with the force to find unreported stabbings?",
         "Data sharing with two of the four hospital trusts is agreed; the others have not signed.",
         "Not assured", "The PFCC will write to the remaining trusts."),
    ]
    rows = [("No.", "Question", "Response", "Outcome", "Comment")]
    for n, q, ev, level, comment in qs:
        rows.append((n, q, ev, f"**{level}**", comment))
        p.decision(prev, topic, n, q, ev, "Partly assured" if level.startswith("Partially") else level, comment)
    p.add(T(tuple(rows), (7, 28, 33, 14, 18), header_rows=1))
    p.add(P("Actions agreed under this item:"),
          Num(("Extend the mentoring scheme to Basildon and report on take-up.",
               "PFCC to write to the two hospital trusts not yet sharing admission data.")), Break())
    p.action("Extend the mentoring scheme to Basildon", prev, topic, "PRSB 39/31",
             "Extend the mentoring scheme to Basildon and report on take-up.",
             "Scheme extended in October; take-up report due in January.", "outstanding", "status_column")
    p.action("PFCC to write to the two hospital trusts", prev, topic, "PRSB 39/32",
             "PFCC to write to the two hospital trusts not yet sharing admission data.",
             "Letters sent 1 October; one trust has since signed.", "complete", "status_column")
    p.add(H("Action log", 2),
          P("The log shows each action's status as reported at the last Board and its status now; the *Status now* "
            "column is the current position."))
    log = [
        ("PRSB 39/24", "15/07/2039", "Provide the Board with the outcome of the custody estate survey.",
         "Survey reported in September.", "Open", "Closed"),
        ("PRSB 39/26", "15/07/2039", "Review the allocation of roads policing officers to the A12 corridor.",
         "Review under way; findings in December.", "Open", "Open"),
        ("PRSB 39/28", "15/07/2039", "Set out the savings plan for the fleet budget.",
         "Savings plan agreed by the Chief Finance Officer.", "Closed", "Closed"),
        ("PRSB 39/31", "16/09/2039", "Extend the mentoring scheme to Basildon and report on take-up.",
         "Scheme extended in October; take-up report due in January.", "New", "Open"),
        ("PRSB 39/32", "16/09/2039", "PFCC to write to the two hospital trusts not yet sharing admission data.",
         "Letters sent 1 October; one trust has since signed.", "New", "Closed"),
    ]
    rows = [("Ref", "Date", "Action", "Update", "Status at last Board", "Status now")]
    for ref, d, text, update, before, now in log:
        rows.append((ref, d, text, update, before, f"**{now}**"))
        if d == "15/07/2039":
            p.action(text, "2039-07-15", None, ref, text, update, "complete" if now == "Closed" else "outstanding",
                     "status_column")
    p.add(T(tuple(rows), (12, 12, 30, 24, 11, 11), header_rows=1))
    data = docx_to_pdf(docx_bytes(p, "Performance and Resources Scrutiny Board", "PFCC Essex"))
    return finish(p, data)


# --- 5. West Yorkshire: Word, Deputy Mayor, merged topic cells in the tracker (Common) ---------------------

def west_yorkshire() -> tuple[str, bytes, dict]:
    name = "west-yorkshire-dmpc-am-2039-12-09-round53c.docx"
    org = "Deputy Mayor for Policing and Crime"
    p = Pack(name, "Accountability Meeting", "West Yorkshire Police", org, "2039-12-09")
    p.add(P("**West Yorkshire Mayoral Combined Authority – Policing and Crime**"))
    p.meeting(H("Accountability Meeting", 1), "Accountability Meeting", "2039-12-09", "Burglary and robbery")
    p.add(P("Tuesday 9 December 2039, Wellington House, Leeds"), P("**Chair:** Deputy Mayor for Policing and Crime"),
          P("**Theme:** Burglary and robbery"), H("Agenda", 2))
    p.add(p.agenda(("No.", "Item", "Lead"), [
        ("1", "Welcome and apologies", "Deputy Mayor"),
        ("2", "Notes and actions of the meeting of 14 October 2039", "Head of Policing and Crime"),
        ("3", "Burglary and robbery", "Assistant Chief Constable, Crime"),
        ("4", "Date of next meeting", "–"),
    ], (10, 60, 30)), Break())
    prev, topic = "2039-10-14", "Hate crime"
    heading = "Notes of the Accountability Meeting held on 14 October 2039"
    p.meeting(H(heading, 2), heading, prev, topic)
    p.add(P("Attendees: Deputy Mayor for Policing and Crime (chair); Chief Constable; Assistant Chief Constable; "
            "Head of Policing and Crime."), H("Item 2: Hate crime", 3))
    qs = [
        ("1", "How has the force improved the recording of hate incidents after the last audit?",
         "A compliance audit in August found 91% of incidents correctly flagged, up from 78%.",
         "Assured", "The Deputy Mayor noted the improvement."),
        ("2", "What support do victims of hate crime receive after reporting?",
         "Victims are referred to the commissioned hate crime service; take-up is 38%.",
         "Partially assured", "Take-up should be understood better."),
        ("3", "How are online hate offences investigated?",
         "Online offences are allocated to district teams; no specialist capacity exists.",
         "Not assured", "The Deputy Mayor asked for options for a specialist desk."),
    ]
    rows = [("No.", "Question", "Response", "Level of assurance", "Comment")]
    for n, q, ev, level, comment in qs:
        rows.append((n, q, ev, f"**{level}**", comment))
        p.decision(prev, topic, n, q, ev, "Partly assured" if level.startswith("Partially") else level, comment)
    p.add(T(tuple(rows), (6, 28, 34, 14, 18), header_rows=1))
    p.add(P("**Actions:**"), Bul(("AM 39/40 – Force to present options for a specialist online hate desk.",
                                   "AM 39/41 – Force to analyse why victims decline referral to the hate crime service.")),
          Break(), H("Action tracker", 2))
    tracker = [
        ("Hate crime", "AM 39/40", "Force to present options for a specialist online hate desk.",
         "Options paper to the February meeting.", "Open", prev),
        (None, "AM 39/41", "Force to analyse why victims decline referral to the hate crime service.",
         "Analysis shared on 20 November 2039.", "Closed", prev),
        ("Neighbourhood policing", "AM 39/33", "Share the new neighbourhood policing guarantee with district commanders.",
         "Guarantee issued in September.", "Closed", None),
        (None, "AM 39/35", "Report the abstraction rate of neighbourhood officers each quarter.",
         "First report due January.", "Open", None),
    ]
    rows = [("Topic", "Ref", "Action", "Update", "Status")]
    topic_now = None
    for t, ref, text, update, status, date in tracker:
        topic_now = t or topic_now
        rows.append((t, ref, text, update, status))
        p.action(text, date, topic_now, ref, text, update,
                 "complete" if status == "Closed" else "outstanding", "status_column")
    p.add(T(tuple(rows), (16, 12, 32, 28, 12), header_rows=1, spans=((1, 0, 2, 1), (3, 0, 2, 1))))
    data = docx_bytes(p, "Accountability Meeting", "WYCA Policing and Crime")
    return finish(p, data)


# --- 6. Cleveland: reportlab landscape, question cell split over a page, ■ legend (Common) ------------------

def cleveland() -> tuple[str, bytes, dict]:
    name = "cleveland-pcc-sdp-2039-08-26-round53c.pdf"
    org = "Police and Crime Commissioner for Cleveland"
    p = Pack(name, "Scrutiny, Delivery and Performance Meeting", "Cleveland Police", org, "2039-08-26")
    p.add(P("Cleveland Office of the Police and Crime Commissioner"))
    p.meeting(H("Scrutiny, Delivery and Performance Meeting", 1), "Scrutiny, Delivery and Performance Meeting",
              "2039-08-26", "Contact management")
    p.add(P("26 August 2039, 9.30am – Ash House, Middlesbrough. **Topic:** Contact management"), H("Agenda", 2))
    p.add(p.agenda(("Item", "Title", "Lead officer"), [
        ("1", "Apologies", "PCC"),
        ("2", "Notes and action tracker", "Head of Governance"),
        ("3", "Contact management: 999 and 101", "Head of Control Room"),
        ("4", "AOB", "–"),
    ], (10, 60, 30)), Break())
    prev, topic = "2039-06-24", "Domestic abuse"
    heading = "Notes of the Scrutiny, Delivery and Performance Meeting, 24 June 2039 (Domestic abuse)"
    p.meeting(H(heading, 2), heading, prev, topic)
    p.add(P("Present: PCC; Deputy PCC; Chief Constable; Detective Chief Superintendent, Safeguarding; Head of Governance."),
          P("Apologies: Chief Finance Officer (OPCC); Head of Partnerships (Middlesbrough Council)."),
          P("Declarations of interest: none."))
    long_answer = ("The force has 64 specialist investigators in the domestic abuse teams, against an establishment of 70. "
                   "Response officers complete the risk assessment at the scene, and a supervisor reviews every high-risk "
                   "case within four hours; an audit of 200 cases in May found the review made within four hours in 87% of "
                   "them. Arrest rates for domestic abuse crimes are 31%, below the regional average of 36%, and the force "
                   "attributes part of the gap to delays in attending lower-risk calls at peak times. A new attendance "
                   "standard for such calls took effect on 1 June and its first results will be known in the autumn. "
                   "Domestic violence protection notices were issued 212 times this year, of which 186 became orders. "
                   "Breaches of orders are now flagged to neighbourhood teams the same day, and the force has appointed a "
                   "coordinator to track them. The multi-agency risk assessment conference hears 40 cases a fortnight.")
    qs = [
        ("1", "How are risk assessments completed and reviewed for victims of domestic abuse, how quickly are arrests made, "
              "and how does the force use protection notices and orders to keep victims safe?", long_answer,
         "Partly assured", "The PCC asked to see the first results of the new attendance standard."),
        ("2", "How does the force support children who live in households where domestic abuse happens?",
         "Operation Encompass notifications reach schools before the next school day in 98% of cases. A pilot with "
         "two local authorities brings health visitors into the notification scheme.",
         "Assured", "The PCC welcomed the pilot with health visitors."),
        ("3", "How are perpetrators of domestic abuse managed to stop repeat offending?",
         "The perpetrator programme has 35 places, all filled, with a waiting list of 60. Funding ends in March.",
         "Not assured", "Without funding beyond March the programme cannot be relied on."),
    ]
    rows = [("No.", "Question", "Response", "Level of assurance", "Comment")]
    for n, q, ev, level, comment in qs:
        rows.append((n, q, ev, f"**{level}**", comment))
        p.decision(prev, topic, n, q, ev, level, comment)
    p.add(P("The meeting heard the following questions, put to the force before the meeting, and the answers given. "
            "The PCC's level of assurance is recorded against each."),
          P("The Chief Constable introduced the item and noted that the force's domestic abuse strategy is to be "
            "refreshed in the spring, with victims' views sought through the commissioned services. The PCC thanked "
            "the force for the paper, which was circulated a week before the meeting."),
          P("The Detective Chief Superintendent described the changes made since the force's last inspection: a "
            "single domestic abuse hub now takes every referral, the safeguarding teams were merged, and a quality "
            "assurance officer checks a sample of cases each month. Partners from the two largest local authorities "
            "attended and spoke about joint visits to high-risk victims, which began in February. The PCC asked how "
            "victims' own accounts of the service were collected, and was told that the commissioned service surveys "
            "every victim it supports three months after referral."),
          P("Matters arising from the previous notes: the PCC confirmed that the funding for two independent domestic "
            "violence advisers in the east of the area has been extended for a further year, and that the refuge "
            "provider's contract will be reviewed in the autumn. The Chief Constable confirmed that the force's "
            "response to the national domestic abuse review will be shared with the OPCC before publication. The "
            "Head of Governance reminded the meeting that the questions below were agreed at the planning meeting "
            "in May and sent to the force three weeks before the meeting, in line with the scrutiny framework."),
          T(tuple(rows), (5, 25, 42, 12, 16), header_rows=1))
    p.add(P("**Actions**"), Num(("Force to report the first results of the new attendance standard.",
                                 "OPCC to bring options for funding the perpetrator programme beyond March.")))
    p.action("Force to report the first results of the new attendance standard", prev, topic, "1",
             "Force to report the first results of the new attendance standard.",
             "Results reported on 12 August; attendance within the standard at 79%.", "complete", "glyph_colour")
    p.action("OPCC to bring options for funding the perpetrator programme", prev, topic, "2",
             "OPCC to bring options for funding the perpetrator programme beyond March.",
             "Options paper in draft.", "outstanding", "glyph_colour")
    p.add(Break(), H("Scrutiny actions 2039", 2),
          P(f"{{{GREEN}|■}} = complete     {{{RED}|■}} = outstanding"))
    tracker = [
        ("Domestic abuse", "Force to report the first results of the new attendance standard.",
         "Results reported on 12 August; attendance within the standard at 79%.", GREEN, True),
        (None, "OPCC to bring options for funding the perpetrator programme beyond March.", "Options paper in draft.",
         RED, True),
        ("Neighbourhood crime", "Provide the number of burglaries solved through forensic matches.",
         "Figures provided to the OPCC in May.", GREEN, False),
        (None, "Share the timetable for the new neighbourhood teams in Hartlepool.", "Recruitment continues.", RED, False),
    ]
    rows = [("Topic", "Action", "Update", "")]
    for t, text, update, colour, minuted in tracker:
        rows.append((t, text, update, f"{{{colour}|■}}"))
        if not minuted:
            p.action(text, None, "Neighbourhood crime", None, text, update,
                     "complete" if colour == GREEN else "outstanding", "glyph_colour")
    p.add(T(tuple(rows), (18, 40, 36, 6), header_rows=1, spans=((1, 0, 2, 1), (3, 0, 2, 1))))
    data = render_pdf(p.blocks, PdfLook(landscape=True, margin=50, footer="Cleveland OPCC – SDP 26 August 2039"),
                      "Scrutiny, Delivery and Performance Meeting", "Cleveland OPCC")
    return finish(p, data)


# --- 7. Kent: reportlab DejaVu Serif, audit-style opinions through the office's key; "Superseded" (New) -----

def kent() -> tuple[str, bytes, dict]:
    name = "kent-pcc-pdb-2039-12-02-round53c.pdf"
    org = "Police and Crime Commissioner for Kent"
    p = Pack(name, "Performance and Delivery Board", "Kent Police", org, "2039-12-02")
    p.add(P("**Kent Police and Crime Commissioner**"))
    p.meeting(H("Performance and Delivery Board", 1), "Performance and Delivery Board", "2039-12-02", None)
    p.add(P("Tuesday 2nd December 2039, 10.00am, Sutton Road, Maidstone"), H("Agenda", 2))
    p.add(p.agenda(("Item", "Business", "Lead"), [
        ("1", "Introduction and apologies", "Commissioner"),
        ("2", "Minutes of the Board of 30 September 2039", "Chief Executive"),
        ("3", "Action sheet", "Chief Executive"),
        ("4", "Vehicle crime", "Assistant Chief Constable"),
        ("5", "Victims Code compliance", "Head of Criminal Justice"),
        ("6", "Any other business", "–"),
    ], (10, 60, 30), bordered=False), Break())
    prev, topic = "2039-09-30", "Missing children"
    heading = "Minutes of the Performance and Delivery Board, 30 September 2039"
    p.meeting(H(heading, 2), heading, prev, topic)
    p.add(P("Present: Commissioner; Chief Constable; Deputy Chief Constable; Chief Executive; Head of Performance."),
          P("Items 1 to 3 were taken as read. The minutes of 29 July 2039 were agreed."),
          H("4. Missing children", 3),
          P("The Commissioner records an opinion on each question, using the office's assurance scale:"))
    p.add(T((("Opinion", "What it means"),
             ("Substantial", "The Commissioner is assured."),
             ("Reasonable", "Assured in part: sound arrangements, but further assurance is sought on the points noted."),
             ("Limited", "Not assured: significant gaps remain."),
             ("No assurance", "Not assured: the arrangements are not working.")), (20, 80), header_rows=1))
    qs = [
        ("1", "How quickly are children reported missing found, and are return interviews held within 72 hours?",
         "Median time missing is nine hours. Return interviews were held within 72 hours in 71% of cases.",
         "Reasonable", "Partly assured", "Return interviews within 72 hours must improve."),
        ("2", "How does the force identify children at risk of exploitation among those who go missing often?",
         "Children missing three times in 90 days are reviewed at the daily exploitation meeting; 148 were reviewed.",
         "Substantial", "Assured", "The Commissioner was impressed by the daily meeting."),
        ("3", "How are children placed in Kent by other local authorities kept safe when they go missing?",
         "Notifications of such placements are incomplete; the force does not know where 40 children are placed.",
         "Limited", "Not assured", "The Commissioner will raise notifications with the regional directors of children's services."),
    ]
    rows = [("No.", "Question", "Response", "Opinion", "Commissioner's comment")]
    for n, q, ev, opinion, level, comment in qs:
        rows.append((n, q, ev, f"**{opinion}**", comment))
        p.decision(prev, topic, n, q, ev, level, comment)
    p.add(T(tuple(rows), (6, 26, 32, 16, 20), header_rows=1))
    p.add(P("**Action PDB 39/52:** Force to report return-interview timeliness by district to the next Board."), Break())
    p.action("Force to report return-interview timeliness by district", prev, topic, "PDB 39/52",
             "Force to report return-interview timeliness by district to the next Board.",
             "Superseded by PDB 39/58: the return-interview review now covers adults too.", "complete", "status_column")
    p.add(H("Action sheet", 2),
          P("Status: **Open** – work continues; **Closed** – done; **Superseded** – closed, replaced by the action "
            "named in the update."))
    log = [
        ("PDB 39/44", "29 Jul 39", "Publish the vehicle crime problem profile to the Board.",
         "Profile published on 15 September.", "Closed"),
        ("PDB 39/47", "29 Jul 39", "Set out the plan to reduce the firearms licensing backlog.",
         "Plan agreed; backlog down by a third.", "Open"),
        ("PDB 39/48", "29 Jul 39", "Provide data on Victims Code letters sent within time.",
         "Superseded by PDB 39/55, which asks for all Code rights.", "Superseded"),
        ("PDB 39/52", "30 Sept 39", "Force to report return-interview timeliness by district to the next Board.",
         "Superseded by PDB 39/58: the return-interview review now covers adults too.", "Superseded"),
    ]
    rows = [("Action", "Raised", "Description", "Update", "Status")]
    for ref, d, text, update, status in log:
        rows.append((ref, d, text, update, status))
        if ref != "PDB 39/52":
            p.action(text, "2039-07-29", None, ref, text, update, "outstanding" if status == "Open" else "complete",
                     "status_column")
    p.add(T(tuple(rows), (12, 11, 30, 31, 16), header_rows=1))
    look = register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font, body_size=10.5,
                   cell_size=9.5, margin=60)
    data = render_pdf(p.blocks, look, "Performance and Delivery Board", "Kent OPCC")
    return finish(p, data)


# --- 8. Hertfordshire: reportlab borderless, "delete as appropriate" with options struck through (New) -----

def hertfordshire() -> tuple[str, bytes, dict]:
    name = "hertfordshire-pcc-sgb-2039-11-04-round53c.pdf"
    org = "Police and Crime Commissioner for Hertfordshire"
    p = Pack(name, "Strategic Governance Board", "Hertfordshire Constabulary", org, "2039-11-04")
    p.add(P("Hertfordshire Police and Crime Commissioner"))
    p.meeting(H("Strategic Governance Board", 1), "Strategic Governance Board", "2039-11-04", "Serious and organised crime")
    p.add(P("4 November 2039 · Welwyn Garden City"), P("**Theme:** Serious and organised crime"), H("Agenda", 2))
    p.add(p.agenda(("Item", "Title", "Lead"), [
        ("1", "Apologies", "PCC"),
        ("2", "Record of the Board of 9 September 2039", "Chief Executive"),
        ("3", "Actions", "Chief Executive"),
        ("4", "Serious and organised crime", "Detective Chief Superintendent"),
        ("5", "AOB", ""),
    ], (10, 60, 30), bordered=False), Break())
    prev, topic = "2039-09-09", "Road safety"
    heading = "Record of the Strategic Governance Board – 9 September 2039"
    p.meeting(H(heading, 2), heading, prev, topic)
    p.add(P("The record follows the Board's scrutiny form: for each question the PCC's assurance is shown by deleting "
            "the levels that do not apply."), H("Item 4 – Road safety", 3))
    levels = ("Assured", "Partially assured", "Not assured")
    qs = [
        ("1", "How has the force used the safety camera partnership's data to target speeding on rural roads?",
         "Mobile camera deployments moved to the fourteen routes with most injury collisions; speeding detections rose by 30%.",
         "Assured", "The PCC welcomed the use of injury data."),
        ("2", "What is the force doing to reduce drink- and drug-driving?",
         "Roadside drug tests rose to 1,900. Laboratory results take eleven weeks, delaying charges.",
         "Partially assured", "Laboratory delays need a regional answer."),
        ("3", "How are young drivers reached by road safety education?",
         "The education programme reached 48 of 80 secondary schools; no evaluation has been done.",
         "Not assured", "An evaluation is needed before more money is spent."),
    ]
    for n, q, ev, level, comment in qs:
        marks = " / ".join(w if w == level else f"~~{w}~~" for w in levels)
        p.add(P(f"**Question {n}:** {q}"), P(f"*Response:* {ev}", indent=14),
              P(f"**PCC's assurance (delete as appropriate):** {marks}", indent=14),
              P(f"*Comment:* {comment}", indent=14))
        p.decision(prev, topic, n, q, ev, "Partly assured" if level.startswith("Partially") else level, comment)
    p.add(P("**Agreed actions:** SGB 39/30 – the force to raise laboratory turnaround times with the regional "
            "forensic board; SGB 39/31 – OPCC to commission an evaluation of the schools programme."), Break())
    p.action("SGB 39/30 – the force to raise laboratory", prev, topic, "SGB 39/30",
             "The force to raise laboratory turnaround times with the regional forensic board.",
             "Raised on 2 October; the region is seeking a second laboratory.", "complete", "status_column")
    p.action("SGB 39/31 – OPCC to commission an evaluation", prev, topic, "SGB 39/31",
             "OPCC to commission an evaluation of the schools programme.",
             "Specification being written.", "outstanding", "status_column")
    p.add(H("Action log", 2))
    log = [
        ("SGB 39/24", "8 July", "Report the number of officers trained in evidence-led domestic abuse prosecutions.",
         "Reported in September: 420 officers trained.", "Complete"),
        ("SGB 39/27", "8 July", "Provide a briefing on county lines closures.", "Briefing set for December.", "Ongoing"),
        ("SGB 39/30", "9 Sept", "The force to raise laboratory turnaround times with the regional forensic board.",
         "Raised on 2 October; the region is seeking a second laboratory.", "Complete"),
        ("SGB 39/31", "9 Sept", "OPCC to commission an evaluation of the schools programme.",
         "Specification being written.", "Ongoing"),
    ]
    rows = [("Ref", "Board", "Action", "Update", "Status")]
    for ref, d, text, update, status in log:
        rows.append((ref, d, text, update, status))
        if d == "8 July":
            p.action(text, "2039-07-08", None, ref, text, update, "complete" if status == "Complete" else "outstanding",
                     "status_column")
    p.add(T(tuple(rows), (14, 10, 35, 29, 12), header_rows=1, bordered=False))
    data = render_pdf(p.blocks, PdfLook(margin=64, header="Hertfordshire OPCC | Strategic Governance Board"),
                      "Strategic Governance Board", "Hertfordshire OPCC")
    return finish(p, data)


# --- 9. North Wales: Word->PDF, a performance paper between notes and tracker, shaded status (Common) ------

def north_wales() -> tuple[str, bytes, dict]:
    name = "north-wales-pcc-seb-2039-10-21-round53c.pdf"
    org = "Police and Crime Commissioner for North Wales"
    p = Pack(name, "Strategic Executive Board", "North Wales Police", org, "2039-10-21")
    p.add(P("**Police and Crime Commissioner for North Wales**"))
    p.meeting(H("Strategic Executive Board", 1), "Strategic Executive Board", "2039-10-21", None)
    p.add(P("21 October 2039, 10:00, Police Headquarters, Colwyn Bay"), H("Agenda", 2))
    p.add(p.agenda(("No.", "Item", "Lead"), [
        ("1", "Apologies", "Chief of Staff"),
        ("2", "Minutes of the previous meeting", "Chief of Staff"),
        ("3", "Action log", "Chief of Staff"),
        ("4", "Rural and wildlife crime", "Superintendent, Rural Crime Team"),
        ("5", "Police and crime plan performance", "Performance Lead"),
        ("6", "Date of next meeting", "–"),
    ], (10, 60, 30)), Break())
    prev, topic = "2039-08-19", "Road safety"
    heading = "Minutes of the Strategic Executive Board held on 19 August 2039"
    p.meeting(H(heading, 2), heading, prev, topic)
    p.add(P("Present: Police and Crime Commissioner; Deputy Police and Crime Commissioner; Chief Constable; "
            "Chief of Staff; Chief Finance Officer."), H("3. Road safety", 3))
    qs = [
        ("1", "How many people were killed or seriously injured on the region's roads this year, and on which routes?",
         "Killed or seriously injured casualties fell to 302 from 331. The A55 and A5 account for a third of them.",
         "Assured", "The Commissioner noted the fall."),
        ("2", "How does the force work with the Welsh Government's road safety partnership?",
         "The force shares collision data monthly; joint enforcement weeks were held in May and July.",
         "Assured", None),
        ("3", "What is done to reduce motorcycle casualties on tourist routes?",
         "Summer weekend patrols and a rider skills scheme ran; motorcycle casualties rose by six.",
         "Partially assured", "The Commissioner asked for an evaluation of the rider skills scheme."),
    ]
    rows = [("No.", "Question", "Response", "Level of assurance", "Comments")]
    for n, q, ev, level, comment in qs:
        rows.append((n, q, ev, level, comment or ""))
        p.decision(prev, topic, n, q, ev, "Partly assured" if level.startswith("Partially") else level, comment)
    p.add(T(tuple(rows), (6, 28, 34, 14, 18), header_rows=1))
    p.add(P("Actions:"), Bul(("SEB 39/18 – evaluate the rider skills scheme and report to the Board.",)), Break())
    p.action("SEB 39/18 – evaluate the rider skills scheme", prev, topic, "SEB 39/18",
             "Evaluate the rider skills scheme and report to the Board.", "Evaluation under way; due in January.",
             "outstanding", "cell_shading")
    p.add(H("Police and crime plan performance – quarter two", 2),
          P("Performance against the plan's measures, April to September 2039 compared with the same period of 2038."))
    p.add(T((("Measure", "2038", "2039", "Change"),
             ("Total recorded crime", "33,410", "32,120", "-3.9%"),
             ("Domestic abuse crimes", "7,960", "8,210", "+3.1%"),
             ("Residential burglary", "1,455", "1,280", "-12.0%"),
             ("999 calls answered within 10 seconds", "91%", "93%", "+2 pts"),
             ("Victim satisfaction (overall)", "76%", "77%", "+1 pt")), (46, 18, 18, 18), header_rows=1))
    p.add(Break(), H("Action log", 2),
          P("Key: green – completed; amber – in progress; red – not started or overdue."))
    log = [
        ("SEB 39/11", "17/06/39", "Provide the Board with the results of the rural crime survey.",
         "Survey results presented at the August Board.", GREEN),
        ("SEB 39/13", "17/06/39", "Review the custody staffing model at Llay.", "Review delayed by the estates project.", RED),
        ("SEB 39/15", "17/06/39", "Set out the use of Welsh in first contact with the public.",
         "Data collected; paper drafted.", AMBER),
        ("SEB 39/18", "19/08/39", "Evaluate the rider skills scheme and report to the Board.",
         "Evaluation under way; due in January.", AMBER),
    ]
    rows = [("Ref", "Date", "Action", "Update", "RAG")]
    fills = {}
    for i, (ref, d, text, update, colour) in enumerate(log, start=1):
        rows.append((ref, d, text, update, ""))
        fills[(i, 4)] = colour
        if d == "17/06/39":
            p.action(text, "2039-06-17", None, ref, text, update, "complete" if colour == GREEN else "outstanding",
                     "cell_shading")
    p.add(T(tuple(rows), (13, 11, 36, 32, 8), header_rows=1, fills=fills))
    data = docx_to_pdf(docx_bytes(p, "Strategic Executive Board", "OPCC North Wales",
                                  header=("Bwrdd Gweithredol Strategol / Strategic Executive Board",)))
    return finish(p, data)


PACKS: dict[str, Callable[[], tuple[str, bytes, dict]]] = {
    "gwent": gwent, "surrey": surrey, "suffolk": suffolk, "essex": essex, "west-yorkshire": west_yorkshire,
    "cleveland": cleveland, "kent": kent, "hertfordshire": hertfordshire, "north-wales": north_wales,
}


def main(prefixes: list[str]) -> None:
    GOLD.mkdir(exist_ok=True)
    for key, build in PACKS.items():
        if prefixes and not any(key.startswith(x) for x in prefixes):
            continue
        file_name, data, records = build()
        (HERE / file_name).write_bytes(data)
        gold = {"source_file": file_name, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD / f"{file_name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        pages = {t: [r["page"] for r in records[t]] for t in ("meetings", "assurance_decisions", "actions")}
        print(f"{file_name}: {len(data)} bytes; {records['documents'][0].get('pages', '-')} pp; {pages}")


if __name__ == "__main__":
    main(sys.argv[1:])
