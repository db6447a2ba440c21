"""Round 50 scrutiny packs (blind fix round, issue 4, promoted): nine offices, forms no earlier round used.

Each builder call that prints a question, an action row, an agenda row or a meeting heading also
writes its gold record; a PDF record's page is set from the PDF's own text (round 3's page finder),
and the generator stops if a key is on no page. Gold goes to gold/ (in pending/, as a blind round's gold,
until every record was right).

    .venv/bin/python samples/corpus/scrutiny-round50/generate.py [NAME-PREFIX ...]
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
from office_pdf import docx_to_pdf  # noqa: E402
from scrutiny_common import round3  # noqa: E402
from render import H, P, T, Break, PdfLook, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind for fix round 50; every record written by the builder call that prints it and checked "
           "against the rendered pages (pdfplumber text, layout only) before the extractors were run on it.")
WHEN = datetime(2037, 6, 1, 9, 0)


class Pack:
    """Blocks of one pack and the gold records its builder calls write."""

    def __init__(self, name: str, org: str, force: str, board: str, date: str, office: str | None = None) -> None:
        """``office``: the gold's name of the office where the pack prints its area otherwise (gold-format.md)."""
        self.name, self.org, self.force, self.board, self.date = name, org, force, board, date
        self.office = office or org
        self.blocks: list = []
        self.r: dict[str, list] = {"documents": [], "meetings": [], "agenda_items": [],
                                   "assurance_decisions": [], "actions": [], "grades": []}
        self.r["documents"].append({"page": None, "file_type": name.rsplit(".", 1)[1], "doc_kind": "scrutiny_pack",
                                    "status": "ok", "publication_date": None, "title": board, "force": force,
                                    "organisation": self.office, "meeting_date": date})
        self.is_pdf = name.endswith(".pdf")
        self.page = 1  # the page the blocks being added print on (PDF), set by the pack's own breaks
        self.minuted: dict[str, int] = {}  # action ref -> the page where minuted, where a list before the notes reprints it

    def add(self, *blocks) -> None:
        self.blocks += blocks

    def brk(self) -> None:
        self.blocks.append(Break())
        self.page += 1

    def pg(self) -> int | None:
        return self.page if self.is_pdf else None

    def meeting(self, date: str, title: str, topic: str | None) -> None:
        self.r["meetings"].append({"page": self.pg(), "meeting_date": date, "topic": topic,
                                   "organisation": self.office, "title": title})

    def agenda(self, header: tuple[str, ...], rows: list[tuple[str, str, str | None]], widths: tuple[float, ...],
               bordered: bool = False, numfmt: str = "{}") -> None:
        """rows: (number, title, presenter or None); a presenter column only where the header names one."""
        cells = [header]
        for number, title, presenter in rows:
            row = (numfmt.format(number), title) + ((presenter or "",) if len(header) > 2 else ())
            row += ("",) * (len(header) - len(row))
            cells.append(row)
            self.r["agenda_items"].append({"page": self.pg(), "meeting_date": self.date, "number": number,
                                           "title": title, "presenter": presenter if len(header) > 2 else None})
        self.add(T(tuple(cells), widths, header_rows=1 if header[0] or header[1] else 0, bordered=bordered))

    def decision(self, meeting_date: str, topic: str | None, number: str | None, question: str,
                 evidence: str | None, assurance: str | None, commentary: str | None) -> None:
        self.r["assurance_decisions"].append({"page": None, "meeting_date": meeting_date, "topic": topic,
                                              "question_number": number, "question": question,
                                              "evidence_summary": evidence, "assurance": assurance,
                                              "commentary": commentary})

    def action(self, number: str, text: str, update: str | None, status: str, meeting_date: str | None,
               topic: str | None) -> None:
        self.r["actions"].append({"page": None, "meeting_date": meeting_date, "topic": topic, "number": number,
                                  "text": text, "update": update, "status": status,
                                  "status_source": "status_column", "source": "action_tracker"})

    def write(self, data: bytes) -> None:
        if self.is_pdf:
            round3._set_pdf_pages(data, self.r)
            for action in self.r["actions"]:
                action["page"] = self.minuted.get(action["number"], action["page"])
            check_words(data, self.r)
        else:
            self.r["documents"][0].pop("pages", None)
        (HERE / self.name).write_bytes(data)
        gold = {"source_file": self.name, "expect": "ok", "checked": CHECKED, "records": self.r}
        (GOLD / f"{self.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        print(self.name, len(data), {t: [x["page"] for x in self.r[t]] for t in ("assurance_decisions", "actions")})


def check_words(data: bytes, records: dict) -> None:
    """Stop if a page's words hold a split word (a key's words run together or cut) of a key text."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        words = set()
        for page in pdf.pages:
            words |= {w.lower() for w in re.findall(r"[A-Za-z]+", page.extract_text() or "")}
    for kind, key in (("assurance_decisions", "question"), ("actions", "text")):
        for record in records[kind]:
            for w in re.findall(r"[A-Za-z]+", record[key]):
                if w.lower() not in words:
                    raise SystemExit(f"{kind}: word {w!r} of {record[key]!r} not on any page")


def wordpdf(pack: Pack) -> bytes:
    return docx_to_pdf(render_docx(pack.blocks, title=pack.board, author=pack.org, when=WHEN))


def docx(pack: Pack) -> bytes:
    return render_docx(pack.blocks, title=pack.board, author=pack.org, when=WHEN)


# --- Cumbria: numbered minute paragraphs; "took ... assurance"; a wide tracker closed by its Closed date ---

def cumbria() -> tuple[Pack, bytes]:
    p = Pack("cumbria-pfcc-pac-2037-07-13-round50.pdf", "Police, Fire and Crime Commissioner for Cumbria",
             "Cumbria Constabulary", "Public Accountability Conference", "2037-07-13")
    p.add(P("**Police, Fire and Crime Commissioner for Cumbria**"), H("Public Accountability Conference"),
          P("Tuesday 13 July 2037, 10:00, Carleton Hall committee room"),
          P("**Chair:** Police, Fire and Crime Commissioner"), H("Agenda", 2))
    p.meeting("2037-07-13", "Public Accountability Conference", None)
    p.agenda(("", "Business", "Introduced by"), [
        ("1", "Welcome and apologies", "Chair"), ("2", "Minutes of 8 June and action tracker", "OPFCC Head of Governance"),
        ("3", "Hate crime: reporting and outcomes", "Detective Superintendent Corran Halsey"),
        ("4", "Police staff vacancies", "Director of People"), ("5", "Any other business", None)],
        (8, 62, 30), numfmt="{}.")
    p.add(P("Papers for items 3 and 4 are attached. Members of the public may submit questions two days before."))
    p.brk()
    title = "Minutes of the Public Accountability Conference held on 8 June 2037"
    p.add(H(title, 2)); p.meeting("2037-06-08", title, "Vehicle crime")
    p.add(P("Present: the Commissioner (chair); the Chief Constable; the OPFCC Chief Executive; Superintendent Ilsa Marne."),
          P("Apologies were received from the Deputy Chief Constable. No interests were declared.", hang="PAC 37/44", indent=62),
          P("**Vehicle crime.** The Chief Constable presented the paper. The Commissioner had set three questions "
            "in advance; the response to each and his conclusion are recorded below.", hang="PAC 37/45", indent=62))
    qs = [("45.1", "How many vehicle crimes were solved in the last two quarters?",
           "Solved outcomes rose from 6.1 to 7.4 per cent, with most of the gain from catalytic converter thefts.",
           "substantial", "Assured", "The rise was credited to the joint patrols with the neighbouring force."),
          ("45.2", "Are victims of theft from vehicles given crime prevention advice?",
           "Advice leaflets are sent by text, but only one victim in three opens the link.",
           "limited", "Partly assured", "He asked for a plan to reach the victims who do not open the link."),
          ("45.3", "How is intelligence from garages and scrap dealers recorded?",
           "No single record is kept; each area holds its own list.",
           "no", "Not assured", "He asked that a single record be set up before the autumn.")]
    for num, q, ev, word, level, comment in qs:
        p.add(P(f"*{q}* {ev} The Commissioner took {word} assurance. {comment}", hang=num, indent=62))
        p.decision("2037-06-08", "Vehicle crime", num, q, ev, level, comment)
    p.add(P("**Actions.** PAC 37/45(a): Bring a plan to reach victims who do not open the advice link (Chief "
            "Constable). PAC 37/45(b): Set up a single force record of garage and scrap dealer intelligence (Head "
            "of Intelligence).",
            hang="PAC 37/46", indent=62),
          P("The date of the next Conference was confirmed as 13 July 2037.", hang="PAC 37/47", indent=62))
    p.brk()
    p.add(H("Action tracker", 2),
          P("An action is closed when the Conference agrees it is done; its Closed date is then entered. RAG shows "
            "progress of open actions against their due date.", size=9))
    rows = [("PAC 37/31", "14 Apr 37", "ACC Operations", "Review the use of spit guards in custody against national guidance.",
             "30 Jun 37", "Green", "08 Jun 37", "complete", "2037-04-14", None,
             "Review done; guidance adopted in full."),
            ("PAC 37/38", "11 May 37", "Head of Contact", "Publish 101 call waiting times on the force website each month.",
             "31 Aug 37", "Amber", "", "outstanding", "2037-05-11", None,
             "First month published; automation of the figures is late."),
            ("PAC 37/45(a)", "08 Jun 37", "Chief Constable", "Bring a plan to reach victims who do not open the advice link.",
             "13 Jul 37", "Green", "", "outstanding", "2037-06-08", "Vehicle crime", "Plan drafted; on this agenda."),
            ("PAC 37/45(b)", "08 Jun 37", "Head of Intelligence",
             "Set up a single force record of garage and scrap dealer intelligence.", "30 Sep 37", "Red", "",
             "outstanding", "2037-06-08", "Vehicle crime", "Supplier not yet chosen; the date is at risk."),
            ("PAC 37/40", "11 May 37", "Director of Finance", "Report the cost of overtime at summer events.",
             "08 Jun 37", "Green", "02 Jun 37", "complete", "2037-05-11", None, "Reported at the June Conference.")]
    cells = [("Ref", "Date raised", "Owner", "Action", "Update", "Due", "RAG", "Closed date")]
    for ref, raised, owner, text, due, rag, closed, status, md, topic, update in rows:
        cells.append((ref, raised, owner, text, update, due, rag, closed or "–"))
        p.action(ref, text, update, status, md, topic)
    p.add(T(tuple(cells), (12, 10, 12, 26, 24, 9, 8, 9), header_rows=1, bordered=False))
    look = PdfLook(cell_size=8.5, margin=48)
    return p, render_pdf(p.blocks, look, p.board, p.org)


# --- Dorset: the PCC's letter to the Chief Constable after the meeting, "My view" Adequate / Partial / Inadequate ---

def dorset() -> tuple[Pack, bytes]:
    p = Pack("dorset-pcc-acb-2037-08-10-round50.pdf", "Police and Crime Commissioner for Dorset", "Dorset Police",
             "Accountability Board", "2037-08-10")
    p.add(P("**Dorset Police and Crime Commissioner**"), H("Accountability Board"), P("Date: 10/08/2037   Venue: Winfrith, Room 4"),
          P("**Topic:** Stalking and harassment"))
    p.meeting("2037-08-10", "Accountability Board", "Stalking and harassment")
    p.agenda(("No.", "Item", "Lead"), [
        ("1", "Apologies and declarations", "PCC"), ("2", "Letter following the Board of 6 July and actions", "OPCC Head of Policy"),
        ("3", "Stalking and harassment", "Detective Chief Inspector Tamsin Orrell"), ("4", "Forward plan", "OPCC Chief Executive"),
        ("5", "Any other business", None)], (8, 60, 32))
    p.add(P("Item 2 is the Commissioner's letter to the Chief Constable after the last Board, with the actions it set."))
    p.brk()
    p.add(P("Office of the Police and Crime Commissioner, Dorset"), P("14 July 2037"), P("Dear Chief Constable,"),
          P("**Re: Drink and drug driving**"))
    title = "Accountability Board, 6 July 2037 – the Commissioner's view"
    p.add(H(title, 2)); p.meeting("2037-07-06", title, "Drink and drug driving")
    p.add(P("Thank you for attending the Board on 6 July, which looked at drink and drug driving. I set out below what "
            "I asked, what I heard and my view on each question. By Adequate I mean that I am assured; by Partial, "
            "that I am assured in part and want more; by Inadequate, that I am not assured."))
    qs = [("1.", "1", "How many roadside drug tests were carried out over the summer campaign?",
           "Just over 1,900 tests, a third more than last summer, with a positive rate of 38 per cent.",
           "Adequate", "Assured", "The rise in testing is welcome."),
          ("2.", "2", "How long do blood samples wait for analysis?",
           "The median wait is 11 weeks; a new contract should bring it to six by the spring. Some files have "
           "been dropped while waiting.", "Partial", "Partly assured", "I would like the dropped files counted."),
          ("3.", "3", "What is done to stop drivers who fail a test from driving again the same day?",
           "Officers give advice but have no set practice on keys or lifts.", "Inadequate", "Not assured",
           "A set practice should be written before the winter campaign.")]
    cells = [("", "What I asked", "What I heard", "My view")]
    for shown, num, q, ev, word, level, comment in qs:
        cells.append((shown, q, ev, (f"**{word}**", f"*{comment}*")))
        p.decision("2037-07-06", "Drink and drug driving", num, q, ev, level, comment)
    p.add(T(tuple(cells), (5, 30, 40, 25), header_rows=1, bordered=False, repeat_header=False))
    p.add(P("I therefore ask that:"),
          P("Count the files dropped while waiting for blood analysis since January.", hang="ACB 37/21", indent=60),
          P("Write a set practice for drivers who fail a roadside test.", hang="ACB 37/22", indent=60),
          P("Yours sincerely,"), P("Police and Crime Commissioner for Dorset"))
    p.brk()
    p.add(H("Actions of the Accountability Board", 2))
    rows = [("Closed", "ACB 37/15", "1 June", "Share the rural crime survey results with the parish councils.",
             "Results shared at the July parish forum.", "complete", "2037-06-01", None),
            ("Open", "ACB 37/18", "1 June", "Report how many firearms licences wait longer than 20 weeks.", None,
             "outstanding", "2037-06-01", None),
            ("Closed", "ACB 37/21", "6 July", "Count the files dropped while waiting for blood analysis since January.",
             "Fourteen files dropped; the list has gone to the CPS.", "complete", "2037-07-06", "Drink and drug driving"),
            ("Open", "ACB 37/22", "6 July", "Write a set practice for drivers who fail a roadside test.",
             "Draft with the roads policing lead; due in September.", "outstanding", "2037-07-06", "Drink and drug driving")]
    cells = [("Status", "Ref", "Board", "Action", "Progress")]
    for st, ref, board, text, update, status, md, topic in rows:
        cells.append((st, ref, board, text, update or ""))
        p.action(ref, text, update, status, md, topic)
    p.add(T(tuple(cells), (10, 12, 10, 34, 34), header_rows=1, bordered=False))
    return p, wordpdf(p)


# --- Hampshire: questions and responses in one table, the outcomes in a closing summary Secure / Developing / Insecure ---

def hampshire() -> tuple[Pack, bytes]:
    org = "Police and Crime Commissioner for Hampshire and Isle of Wight"
    p = Pack("hampshire-iow-pcc-pab-2037-09-21-round50.pdf", org, "Hampshire and Isle of Wight Constabulary",
             "Performance and Accountability Board", "2037-09-21",
             office="Police and Crime Commissioner for Hampshire and the Isle of Wight")
    p.add(P("**Office of the Police and Crime Commissioner for Hampshire and Isle of Wight**"),
          H("Performance and Accountability Board"), P("Tuesday 21 September 2037 at 14:00"))
    p.meeting("2037-09-21", "Performance and Accountability Board", None)
    p.agenda(("Item", "Title", "Lead", "Time"), [
        ("1", "Apologies", "Chair"), ("2", "Notes of 17 August and action log", "OPCC Governance Officer"),
        ("3", "Retail crime", "Chief Superintendent Ravi Donnick"), ("4", "Domestic abuse arrests", "ACC Crime"),
        ("5", "Date of next meeting", None)], (8, 52, 30, 10))
    p.add(P("Time column omitted for standing items."))
    p.brk()
    title = "Notes of the Performance and Accountability Board held on 17 August 2037"
    p.add(H(title, 2)); p.meeting("2037-08-17", title, "Water safety and drowning")
    p.add(H("3. Water safety and drowning", 3),
          P("The Force set out its response to the Commissioner's questions. Board members discussed the summer "
            "figures and the work with the coastguard."))
    qs = [("Q1", "1", "How many calls about people in the water did the force take this summer?",
           "214 calls, 40 more than last summer, most of them on the island's beaches.", "Secure", "Assured"),
          ("Q2", "2", "Do response officers carry throw lines?",
           "Lines are in 60 per cent of cars; the rest are due by March.", "Developing", "Partly assured"),
          ("Q3", "3", "How are near misses shared with the councils?",
           "They are not shared at present.", "Insecure", "Not assured")]
    cells = [("", "Question", "Response")]
    for shown, num, q, ev, word, level in qs:
        cells.append((shown, q, ev))
    p.add(T(tuple(cells), (7, 45, 48), header_rows=1, bordered=False))
    p.add(P("**Summary of outcomes.** Secure – the Commissioner is assured; Developing – assured in part; "
            "Insecure – not assured."))
    out = [("Q", "Outcome", "Note")]
    notes = {"1": None, "2": "The Commissioner asked for the March date to be kept.",
             "3": "The Commissioner asked for a sharing agreement."}
    for shown, num, q, ev, word, level in qs:
        out.append((shown, f"**{word}**", notes[num] or ""))
        p.decision("2037-08-17", "Water safety and drowning", num, q, ev, level, notes[num])
    p.add(T(tuple(out), (7, 18, 75), header_rows=1, bordered=False))
    p.add(P("**Actions**"), P("PAB 37/33 – Agree a near-miss sharing agreement with the two councils."))
    p.brk()
    p.add(H("Action log", 2), P("Position: Done (closed) or Carried forward (open)."))
    rows = [("PAB 37/26", "20 July", "Map where the retail crime hotspots have moved since the spring.",
             "Maps shared with the business crime partnership.", "Done", "complete", "2037-07-20", None),
            ("PAB 37/29", "20 July", "Report the number of arrests made on domestic abuse call-outs.",
             "Figures due at the September Board.", "Carried forward", "outstanding", "2037-07-20", None),
            ("PAB 37/33", "17 Aug", "Agree a near-miss sharing agreement with the two councils.",
             "Meeting with the councils booked for October.", "Carried forward", "outstanding", "2037-08-17",
             "Water safety and drowning")]
    cells = [("Ref", "Raised", "Action", "Update", "Position")]
    for ref, raised, text, update, pos, status, md, topic in rows:
        cells.append((ref, raised, text, update, pos))
        p.action(ref, text, update, status, md, topic)
    p.add(T(tuple(cells), (12, 10, 34, 30, 14), header_rows=1, bordered=False))
    p.add(P("Signed ........................................  Chair"))
    return p, render_pdf(p.blocks, PdfLook(cell_size=9.5, margin=56), p.board, p.org)


# --- North Wales: Content / Content with reservations / Not content; a question table over a page break ---

def north_wales() -> tuple[Pack, bytes]:
    p = Pack("north-wales-pcc-sef-2037-10-05-round50.pdf", "Police and Crime Commissioner for North Wales",
             "North Wales Police", "Strategic Executive Forum", "2037-10-05")
    p.add(P("**Police and Crime Commissioner for North Wales**"), H("Strategic Executive Forum"),
          P("5 October 2037, Police Headquarters, Colwyn Bay"), P("**Theme:** Rural and wildlife crime"))
    p.meeting("2037-10-05", "Strategic Executive Forum", "Rural and wildlife crime")
    p.agenda(("", "Agenda item", "Officer"), [
        ("1", "Apologies", None), ("2", "Notes of the Forum of 31 August", "Chief of Staff"),
        ("3", "Rural and wildlife crime", "Inspector Gethin Pryce"), ("4", "Estates strategy", "Director of Finance"),
        ("5", "Any other business", "All")], (8, 57, 35))
    p.brk()
    title = "Notes of the Strategic Executive Forum, 31 August 2037"
    p.add(H(title, 2)); p.meeting("2037-08-31", title, "Online fraud against older people")
    p.add(H("4. Online fraud against older people", 3),
          P("The Commissioner records his position on each question as Content (he is assured), Content with "
            "reservations (he is assured in part) or Not content (he is not assured)."),
          P("The Head of Economic Crime introduced the paper and took the Forum through the figures for the year. "
            "She explained the work of the protect officers, the bank referral scheme and the volunteer callers "
            "who ring older victims after a report. Members asked about the spread of reports across the three "
            "counties and about repeat victims."))
    qs = [("4.1", "How many older people reported online fraud in the year, and how much did they lose?",
           "612 reports, with losses of £3.2 million; the median loss was £1,150. Reports rose by a fifth, which the "
           "force puts partly down to better recording by the call centre and partly to new romance frauds.",
           "Content", "Assured", "The Commissioner thanked the team for the clear figures."),
          ("4.2", "How quickly does a protect officer contact a victim after a report?",
           "Within three days in 71 per cent of cases; the target is five days in every case. Delays come when "
           "reports arrive from the national centre without a phone number.",
           "Content with reservations", "Partly assured", "He asked for the reports without a phone number to be "
           "raised with the national centre."),
          ("4.3", "How many banks take part in the referral scheme?",
           "Four of the six high-street banks in the area; talks with the other two have stalled over data "
           "sharing. A letter from the Commissioner may help.",
           "Content with reservations", "Partly assured", "He agreed to write to the two banks."),
          ("4.4", "What support do repeat victims receive?",
           "Repeat victims are flagged, but no extra support follows the flag. The force accepts that this is "
           "a gap and a proposal is being drawn up with the victim service.",
           "Not content", "Not assured", "He asked for the proposal to come to the December Forum."),
          ("4.5", "Are the volunteer callers trained in spotting coercion?",
           "All eighteen volunteers had a half-day course in June, written with the safeguarding board, and a "
           "refresher is booked for January.",
           "Content", "Assured", None)]
    cells = [("", "Question", "Response from the force", "PCC's position")]
    for num, q, ev, word, level, comment in qs:
        cells.append((num, q, ev, (f"**{word}**", f"*{comment}*") if comment else f"**{word}**"))
        p.decision("2037-08-31", "Online fraud against older people", num, q, ev, level, comment)
    p.add(T(tuple(cells), (6, 28, 42, 24), header_rows=1, bordered=False, repeat_header=False))
    p.add(H("Actions", 3),
          P("SEF 37/19 Raise reports that arrive without a phone number with the national fraud centre."),
          P("SEF 37/20 Bring the proposal for repeat victims of online fraud to the December Forum."),
          P("Signed as a correct record: ............................................"))
    p.brk()
    p.add(H("Action tracker – Strategic Executive Forum", 2))
    rows = [("Completed", "SEF 37/12", "27/07/37", "Add the rural crime team's contact numbers to the farm watch newsletter.",
             "Printed in the August newsletter.", "complete", "2037-07-27", None),
            ("In progress", "SEF 37/15", "27/07/37", "Report how many wildlife crime cases reached court in the last two years.",
             "Data gathered; report being written.", "outstanding", "2037-07-27", None),
            ("In progress", "SEF 37/19", "31/08/37", "Raise reports that arrive without a phone number with the national fraud centre.",
             "Raised at the regional meeting; reply awaited.", "outstanding", "2037-08-31", "Online fraud against older people"),
            ("Not yet due", "SEF 37/20", "31/08/37", "Bring the proposal for repeat victims of online fraud to the December Forum.",
             "Due December.", "outstanding", "2037-08-31", "Online fraud against older people")]
    cells = [("Stage", "Ref", "Raised", "Action", "Update")]
    for st, ref, raised, text, update, status, md, topic in rows:
        cells.append((st, ref, raised, text, update))
        p.action(ref, text, update, status, md, topic)
    p.add(T(tuple(cells), (13, 12, 11, 36, 28), header_rows=1, bordered=False),
          P("Stage: Completed (closed), In progress or Not yet due (open)."))
    return p, wordpdf(p)


# --- Northamptonshire: a line of enquiry per heading, "Judged:" Confident / Partly confident / Not confident ---

def northamptonshire() -> tuple[Pack, bytes]:
    org = "Police, Fire and Crime Commissioner for Northamptonshire"
    p = Pack("northamptonshire-pfcc-ab-2037-11-09-round50.docx", org, "Northamptonshire Police",
             "Accountability Board", "2037-11-09")
    p.add(P("**Northamptonshire Police, Fire and Crime Commissioner**"), H("Accountability Board"),
          P("Meeting on 9 November 2037 at Darby House"))
    p.meeting("2037-11-09", "Accountability Board", None)
    p.agenda(("No.", "Item", "Presenting"), [
        ("1", "Introductions and apologies", "PFCC"), ("2", "Minutes and actions of 12 October", "Head of Assurance"),
        ("3", "Criminal justice outcomes", "Superintendent Lowri Ashdown"), ("4", "Wellbeing of officers", "Head of HR"),
        ("5", "AOB", None)], (8, 60, 32), bordered=True)
    p.add(Break())
    title = "Minutes of the Accountability Board, 12 October 2037"
    p.add(H(title, 2)); p.meeting("2037-10-12", title, "Shoplifting")
    p.add(H("Item 3: Shoplifting", 3),
          P("For each line of enquiry the Commissioner states whether he is Confident (assured), Partly confident "
            "(assured in part) or Not confident (not assured) in the force's answer."))
    qs = [("1", "What share of shoplifting reports is attended within a day?",
           "Forty-two per cent, against thirty per cent a year ago.", "Confident", "Assured",
           "The Commissioner noted the improvement."),
          ("2", "How are repeat shoplifters referred to drug treatment?",
           "A referral is offered at custody, but only a quarter of offers are taken up.", "Partly confident",
           "Partly assured", "He asked what else could raise take-up."),
          ("3", "Do retailers get an outcome letter when a case is closed?",
           "Not at present; the force plans to use the victim update service from next year.", "Not confident",
           "Not assured", "He asked for a date for the letters to start.")]
    for num, q, ev, word, level, comment in qs:
        p.add(H(f"Line of enquiry {num}", 3), P(f"Asked: {q}"), P(f"Heard: {ev}"), P(f"**Judged: {word}.** {comment}"))
        p.decision("2037-10-12", "Shoplifting", num, q, ev, level, comment)
    p.add(P("**Actions agreed**"),
          P("AB 37/40 – Set out options to raise take-up of drug treatment referrals from custody."),
          P("AB 37/41 – Give a start date for outcome letters to retailers."))
    p.add(H("Action log", 2))
    rows = [("AB 37/33", "14/09/37", "Confirm the number of officers on restricted duties.", "Figure confirmed as 61.",
             "No", "complete", "2037-09-14", None),
            ("AB 37/36", "14/09/37", "Review the wait for occupational health appointments.", "Review under way.",
             "Yes", "outstanding", "2037-09-14", None),
            ("AB 37/40", "12/10/37", "Set out options to raise take-up of drug treatment referrals from custody.",
             "Options paper drafted.", "Yes", "outstanding", "2037-10-12", "Shoplifting"),
            ("AB 37/41", "12/10/37", "Give a start date for outcome letters to retailers.",
             "Letters start on 1 February.", "No", "complete", "2037-10-12", "Shoplifting")]
    cells = [("Ref", "Raised", "Action", "Update", "Open?")]
    for ref, raised, text, update, open_, status, md, topic in rows:
        cells.append((ref, raised, text, update, open_))
        p.action(ref, text, update, status, md, topic)
    p.add(T(tuple(cells), (12, 12, 36, 30, 10), header_rows=1, bordered=True),
          P("Open? Yes – the action stays on the log; No – closed."))
    return p, docx(p)


# --- Nottinghamshire: the common form (reference pack) in Word ---

def nottinghamshire() -> tuple[Pack, bytes]:
    p = Pack("nottinghamshire-pcc-ccab-2037-12-07-round50.docx", "Police and Crime Commissioner for Nottinghamshire",
             "Nottinghamshire Police", "Chief Constable's Accountability Board", "2037-12-07")
    p.add(P("**Office of the Police and Crime Commissioner for Nottinghamshire**"),
          H("Chief Constable's Accountability Board"), P("7 December 2037"),
          P("**Focus of the meeting:** Burglary"))
    p.meeting("2037-12-07", "Chief Constable's Accountability Board", "Burglary")
    p.agenda(("Item", "Title", "Lead"), [
        ("1", "Apologies", "PCC"), ("2", "Notes and actions of 2 November", "OPCC"), ("3", "Burglary", "ACC Local Policing"),
        ("4", "Any other business", "All")], (10, 60, 30), bordered=True)
    p.add(Break())
    title = "Draft notes – Chief Constable's Accountability Board (Hate crime) – 2 November 2037"
    p.add(H(title, 2)); p.meeting("2037-11-02", title, "Hate crime")
    qs = [("1", "How many hate crimes were reported this year?", "1,480, up 6 per cent.", "Assured",
           "Assured", "The PCC accepted the figures."),
          ("2", "How are victims kept informed?", "Updates every 28 days; a third were late.", "Partly Assured",
           "Partly assured", "The PCC asked for late updates to be reviewed."),
          ("3", "Are third-party reporting centres used?", "Use has fallen and two centres have closed.",
           "Not Assured", "Not assured", "The PCC asked for a plan to reopen them.")]
    cells = [("Question", "Brief summary of evidence", "Decision of the Commissioner")]
    for num, q, ev, word, level, comment in qs:
        cells.append((f"{num}. {q}", ev, (f"**{word}**", f"*{comment}*")))
        p.decision("2037-11-02", "Hate crime", num, q, ev, level, comment)
    p.add(T(tuple(cells), (35, 35, 30), header_rows=1, bordered=True))
    p.add(P("**Actions**"), P("1. Review late updates to victims of hate crime."))
    p.add(H("Action tracker", 2))
    rows = [("CCAB 37/22", "05/10/37", "Share the night-time economy patrol plan.", "Shared.", "Complete", "complete",
             "2037-10-05", None),
            ("CCAB 37/25", "02/11/37", "Review late updates to victims of hate crime.", "Review due in January.",
             "Open", "outstanding", "2037-11-02", "Hate crime")]
    cells = [("Ref", "Date", "Action", "Update", "Status")]
    for ref, raised, text, update, st, status, md, topic in rows:
        cells.append((ref, raised, text, update, st))
        p.action(ref, text, update, status, md, topic)
    p.add(T(tuple(cells), (14, 12, 34, 28, 12), header_rows=1, bordered=True))
    return p, docx(p)


# --- South Yorkshire: "Assurance sought" beside "Assurance received" (Received / Received in part / Not received);
#     a "Closed?" tick column ---

def south_yorkshire() -> tuple[Pack, bytes]:
    p = Pack("south-yorkshire-mayor-pab-2037-10-19-round50.pdf", "Mayor of South Yorkshire", "South Yorkshire Police",
             "Public Accountability Board", "2037-10-19")
    p.add(P("**South Yorkshire Mayoral Combined Authority**"), H("Public Accountability Board"),
          P("19 October 2037, 10:00, Broad Street West, Sheffield"), P("Chaired by the Mayor of South Yorkshire"))
    p.meeting("2037-10-19", "Public Accountability Board", None)
    p.agenda(("Item", "Business", "Lead officer"), [
        ("1", "Apologies", None), ("2", "Minutes of 14 September and actions", "Governance Officer"),
        ("3", "Knife crime in the night-time economy", "Chief Superintendent Dalia Freer"),
        ("4", "Police and crime plan: quarter two", "Deputy Mayor's Office"), ("5", "Date of next meeting", None)],
        (8, 62, 30))
    p.brk()
    title = "Minutes of the Public Accountability Board held on 14 September 2037"
    p.add(H(title, 2)); p.meeting("2037-09-14", title, "Missing people")
    p.add(H("Item 3 – Missing people", 3),
          P("For each question the Mayor's office set out the assurance it sought; the last column records the "
            "assurance the Mayor received: Received (assured), Received in part (partly assured) or Not received "
            "(not assured)."))
    qs = [("MP1", "1", "How many children went missing more than three times in the year?",
           "That the force knows its repeat missing children.", "The force named 46 children and has a plan for each.",
           "Received", "Assured", "The Mayor thanked the missing persons team."),
          ("MP2", "2", "Are return home interviews done within 72 hours?",
           "That interviews are timely.", "Within 72 hours in 58 per cent of cases; the councils carry them out.",
           "Received in part", "Partly assured", "The Mayor will raise timeliness with the councils."),
          ("MP3", "3", "How are adults missing from mental health wards found?",
           "That there is a joint protocol with the hospital trust.", "The protocol lapsed last year and has not been renewed.",
           "Not received", "Not assured", "A renewed protocol is to come to the Board.")]
    cells = [("Ref", "Question", "Assurance sought", "Force response", "Assurance received")]
    for ref, num, q, sought, ev, word, level, comment in qs:
        cells.append((ref, q, sought, ev, (f"**{word}**", f"*{comment}*")))
        p.decision("2037-09-14", "Missing people", ref, q, ev, level, comment)
    p.add(T(tuple(cells), (6, 26, 20, 28, 20), header_rows=1, bordered=False))
    p.add(P("**RESOLVED** that the following actions be taken:"),
          P("Renew the joint missing persons protocol with the hospital trust.", hang="PAB 37/52", indent=60))
    p.brk()
    p.add(H("Actions", 2), P("A tick in the last column marks an action the Board has closed."))
    rows = [("PAB 37/47", "17/08/37", "Chief Constable", "Publish the stop and search dashboard for each district.",
             "Dashboards live since 1 September.", "✓", "complete", "2037-08-17", None),
            ("PAB 37/49", "17/08/37", "ACC Operations", "Review the number of officers trained in first aid for knife wounds.",
             "Training records being checked.", "–", "outstanding", "2037-08-17", None),
            ("PAB 37/52", "14/09/37", "Head of Public Protection", "Renew the joint missing persons protocol with the hospital trust.",
             "Draft protocol sent to the trust.", "–", "outstanding", "2037-09-14", "Missing people")]
    cells = [("Ref", "Date raised", "Owner", "Action", "Latest position", "Closed?")]
    for ref, raised, owner, text, update, mark, status, md, topic in rows:
        cells.append((ref, raised, owner, text, update, mark))
        p.action(ref, text, update, status, md, topic)
    p.add(T(tuple(cells), (10, 10, 16, 34, 22, 8), header_rows=1, bordered=False))
    look = PdfLook(landscape=True, margin=50, cell_size=9.5)
    return p, render_pdf(p.blocks, look, p.board, p.org)


# --- Thames Valley: Significant / Moderate / None; open actions carried on the front sheet under the agenda ---

def thames_valley() -> tuple[Pack, bytes]:
    p = Pack("thames-valley-pcc-pppm-2037-11-23-round50.pdf", "Police and Crime Commissioner for Thames Valley",
             "Thames Valley Police", "Policy, Planning and Performance Meeting", "2037-11-23")
    p.add(P("**Office of the PCC for Thames Valley**"), H("Policy, Planning and Performance Meeting"),
          P("Tuesday 23 November 2037, 11:00, Kidlington"))
    p.meeting("2037-11-23", "Policy, Planning and Performance Meeting", None)
    p.agenda(("Item", "Agenda item", "Lead"), [
        ("1", "Apologies", None), ("2", "Note of 19 October and actions carried forward", "OPCC Policy Officer"),
        ("3", "Contact centre performance", "Head of Contact Management"), ("4", "Estates disposals", "Director of Finance"),
        ("5", "Any other business", None)], (10, 60, 30))
    p.add(P("**Actions carried forward (item 2)**"))
    rows = [("PPPM 37/30", "Write to the councils about CCTV monitoring costs.", "In hand",
             "Letter drafted.", "outstanding", "2037-09-21", None),
            ("PPPM 37/33", "Report the number of staff on flexible retirement.", "Completed",
             "Reported: 37 staff.", "complete", "2037-09-21", None),
            ("PPPM 37/36", "Publish the fraud prevention leaflet in five languages.", "In hand",
             "Translations received for three.", "outstanding", "2037-10-19", "Fraud")]
    cells = [("Ref", "Raised", "Action", "Update", "Status")]
    for ref, text, st, update, status, md, topic in rows:
        raised = "21 Sep" if md == "2037-09-21" else "19 Oct"
        cells.append((ref, raised, text, update, st))
        p.action(ref, text, update, status, md, topic)
    p.add(T(tuple(cells), (14, 10, 40, 24, 12), header_rows=1, bordered=False))
    p.brk()
    title = "Note of the Policy, Planning and Performance Meeting held on 19 October 2037"
    p.add(H(title, 2)); p.meeting("2037-10-19", title, "Fraud")
    p.add(H("3. Fraud", 3),
          P("The PCC's level of assurance on each question is recorded as Significant (assured), Moderate (partly "
            "assured) or None (not assured)."))
    qs = [("3.1", "How many fraud reports did the force receive from Action Fraud?",
           "2,950 in six months, of which 410 were assigned for investigation.", "Significant", "Assured", None),
          ("3.2", "How many fraud victims received a visit?",
           "Victims over 75 are visited; others get a call. About 1 in 5 visits missed the target.",
           "Moderate", "Partly assured", "The PCC asked for the missed visits to be reviewed."),
          ("3.3", "Are funds frozen quickly enough?",
           "The force could not give a figure.", "None", "Not assured", "The PCC asked for a figure by January.")]
    cells = [("Level", "", "Question", "Response")]
    for num, q, ev, word, level, comment in qs:
        cells.append(((f"**{word}**", f"*{comment}*") if comment else f"**{word}**", num, q, ev))
        p.decision("2037-10-19", "Fraud", num, q, ev, level, comment)
    p.add(T(tuple(cells), (22, 6, 34, 38), header_rows=1, bordered=False))
    p.add(P("**Action**"), P("PPPM 37/36 – Publish the fraud prevention leaflet in five languages."))
    p.minuted["PPPM 37/36"] = p.page  # carried on the front sheet before the notes that minute it
    return p, wordpdf(p)


# --- West Mercia: the common form, reportlab with ruled tables ---

def west_mercia() -> tuple[Pack, bytes]:
    p = Pack("west-mercia-pcc-hta-2037-12-14-round50.pdf", "Police and Crime Commissioner for West Mercia",
             "West Mercia Police", "Holding to Account Meeting", "2037-12-14")
    p.add(P("**West Mercia Police and Crime Commissioner**"), H("Holding to Account Meeting"), P("14 December 2037"),
          P("**Theme:** Road safety"))
    p.meeting("2037-12-14", "Holding to Account Meeting", "Road safety")
    p.agenda(("Item", "Title", "Presented by"), [
        ("1", "Apologies", "PCC"), ("2", "Notes and actions", "OPCC"), ("3", "Road safety", "Superintendent Ade Morrow"),
        ("4", "Any other business", "All")], (10, 60, 30), bordered=True)
    p.brk()
    title = "Draft notes – Holding to Account Meeting (Youth diversion) – 9 November 2037"
    p.add(H(title, 2)); p.meeting("2037-11-09", title, "Youth diversion")
    qs = [("How many young people were diverted from court this year?", "310, up from 240.", "Assured", "Assured",
           "The PCC welcomed the increase."),
          ("Do diverted young people reoffend less?", "Early figures suggest so; a full study is due in spring.",
           "Partially assured", "Partly assured", "The PCC will await the study."),
          ("Are schools told when a pupil is diverted?", "There is no agreed practice.", "Not assured", "Not assured",
           "The PCC asked for a practice to be agreed.")]
    cells = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    for q, ev, word, level, comment in qs:
        cells.append((q, ev, (f"**{word}**", f"*{comment}*")))
        p.decision("2037-11-09", "Youth diversion", None, q, ev, level, comment)
    p.add(T(tuple(cells), (36, 36, 28), header_rows=1, bordered=True))
    p.add(P("**Actions**"), P("1. Agree a practice for telling schools when a pupil is diverted."))
    p.brk()
    p.add(H("Action tracker 2037/38", 2))
    rows = [("HTA 37/61", "12/10/37", "Send the rural speed camera list to parish councils.", "Sent.", "Complete",
             "complete", "2037-10-12", None),
            ("HTA 37/66", "09/11/37", "Agree a practice for telling schools when a pupil is diverted.",
             "Meeting with head teachers set for January.", "Open", "outstanding", "2037-11-09", "Youth diversion")]
    cells = [("Ref", "Raised", "Action", "Update", "Status")]
    for ref, raised, text, update, st, status, md, topic in rows:
        cells.append((ref, raised, text, update, st))
        p.action(ref, text, update, status, md, topic)
    p.add(T(tuple(cells), (14, 12, 36, 26, 12), header_rows=1, bordered=True))
    return p, render_pdf(p.blocks, PdfLook(), p.board, p.org)


PACKS = [cumbria, dorset, hampshire, north_wales, northamptonshire, nottinghamshire, south_yorkshire,
         thames_valley, west_mercia]


def main() -> None:
    wanted = sys.argv[1:]
    for build in PACKS:
        pack, data = build()
        if wanted and not any(pack.name.startswith(w) for w in wanted):
            continue
        pack.write(data)


if __name__ == "__main__":
    main()
