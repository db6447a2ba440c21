"""Held-out scrutiny round 53b (issue 4): nine packs of PCC and mayoral offices, written blind.

Each builder call that prints a meeting heading, an agenda row, a question or an action row also
writes its gold record, so gold says what the page says. A PDF record's `page` is the first page
whose pdfplumber text holds the first 45 letters of its key text; the generator stops if a key is
on no page or if a word on a PDF page is no word of the source (a cell's word split over lines).

    .venv/bin/python samples/corpus/scrutiny-round53b/generate.py [NAME-PREFIX ...]

Gold goes to gold/ (in heldout/ until every record was right; promoted).
"""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import scrutiny_common  # noqa: E402,F401  (puts scrutiny-round3 on sys.path for `render`)
from office_pdf import docx_to_pdf  # noqa: E402
from render import Break, Bul, H, Num, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

import pdfplumber  # noqa: E402

CHECKED = ("Written blind for held-out round 53b; every record hand-checked against the rendered pages and "
           "`scrutiny inspect` (layout only) by the round's writer; the extractors were never run on it.")
WHEN = datetime(2040, 6, 1, 9, 0)


def plain(text: str) -> str:
    """Printed words of a markup string."""
    text = re.sub(r"\{#[0-9a-fA-F]{6}\|(.*?)\}", r"\1", text)
    return text.replace("**", "").replace("~~", "").replace("*", "")


def iso(day: str) -> str:
    return datetime.strptime(day, "%d %B %Y").strftime("%Y-%m-%d")


class Pack:
    """A pack's blocks and its gold records, written together."""

    def __init__(self, name: str, org: str, force: str, title: str, date: str) -> None:
        self.name, self.org, self.force, self.title, self.date = name, org, force, title, iso(date)
        self.blocks: list = []
        self.records: dict[str, list] = {k: [] for k in
                                         ("documents", "meetings", "agenda_items", "assurance_decisions", "actions")}
        self.keys: list[tuple[dict, str]] = []  # (record, key text) for pages
        self.publication_date: str | None = None

    def add(self, *blocks) -> None:
        self.blocks.extend(blocks)

    def meeting(self, heading: str, date: str, topic: str | None) -> str:
        record = {"page": None, "meeting_date": iso(date), "topic": topic, "organisation": self.org,
                  "title": plain(heading)}
        self.records["meetings"].append(record)
        self.keys.append((record, plain(heading)))
        return heading

    def agenda(self, number: str, title: str, presenter: str | None) -> str:
        record = {"page": None, "meeting_date": self.date, "number": number, "title": plain(title),
                  "presenter": presenter}
        self.records["agenda_items"].append(record)
        self.keys.append((record, plain(title)))
        return title

    def decision(self, date: str, topic: str | None, number: str | None, question: str, evidence: str,
                 assurance: str | None, commentary: str | None) -> str:
        record = {"page": None, "meeting_date": iso(date), "topic": topic, "question_number": number,
                  "question": question, "evidence_summary": evidence, "assurance": assurance,
                  "commentary": commentary}
        self.records["assurance_decisions"].append(record)
        self.keys.append((record, question))
        return question

    def action(self, date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
               status: str, status_source: str) -> str:
        record = {"page": None, "meeting_date": iso(date) if date else None, "topic": topic, "number": number,
                  "text": text, "update": update, "status": status, "status_source": status_source,
                  "source": "action_tracker"}
        self.records["actions"].append(record)
        self.keys.append((record, text))
        return text


def _source_words(blocks: list) -> set[str]:
    words: set[str] = set()

    def take(value: object) -> None:
        if isinstance(value, str):
            for word in plain(value).split():
                for piece in [word, *re.split(r"[-/–]", word)]:
                    words.add(_norm(piece))
        elif isinstance(value, (tuple, list)):
            for item in value:
                take(item)
        elif isinstance(value, (Bul, Num)):
            take(value.items)
        elif isinstance(value, (H, P)):
            take(value.text)
            if isinstance(value, P) and value.hang:
                take(value.hang)
        elif isinstance(value, T):
            take(value.rows)

    take(blocks)
    return words


def _norm(word: str) -> str:
    return re.sub(r"^[^\w£%]+|[^\w%]+$", "", word).lower()


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def set_pages(pack: Pack, data: bytes, extra_words: set[str]) -> int:
    source = _source_words(pack.blocks) | extra_words
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        texts = []
        for number, page in enumerate(pdf.pages, 1):
            cells = [c for table in page.extract_tables() for row in table for c in row if c]
            texts.append(_squash(" ".join([page.extract_text() or "", *cells])))
            for word in page.extract_words():
                norm = _norm(word["text"])
                parts = [norm, *(_norm(p) for p in re.split(r"[-/–]", word["text"]))]
                if norm and not any(p in source for p in parts if p):
                    raise SystemExit(f"{pack.name} p{number}: word {word['text']!r} is no source word (split?)")
        pages = len(pdf.pages)
    for record, key in pack.keys:
        # a cell's wrapped lines interleave with its neighbours' in the page text (borderless tables
        # give no cells), so where the first 45 letters are in no text a shorter start (its first line) decides
        found = []
        for length in (45, 25, 15):
            found = found or [n for n, text in enumerate(texts, 1) if _squash(key)[:length] in text]
        if not found:
            raise SystemExit(f"{pack.name}: key not on any page: {key[:60]!r}")
        record["page"] = found[0]
    return pages


def finish(pack: Pack, kind: str, look: PdfLook | None = None) -> None:
    """Render the pack as "reportlab", "word-pdf" or "docx" and write it with its gold."""
    if kind == "docx":
        data = render_docx(pack.blocks, title=pack.title, author=pack.org, when=WHEN)
        for record, _ in pack.keys:
            record["page"] = None
        pages = None
    else:
        if kind == "reportlab":
            data = render_pdf(pack.blocks, look or PdfLook(), pack.title, pack.org)
        else:
            data = docx_to_pdf(render_docx(pack.blocks, title=pack.title, author=pack.org, when=WHEN))
        pages = set_pages(pack, data, set())
    document = {"page": None, "file_type": "docx" if kind == "docx" else "pdf", "doc_kind": "scrutiny_pack",
                "status": "ok", "publication_date": pack.publication_date, "title": pack.title,
                "force": pack.force, "organisation": pack.org, "meeting_date": pack.date}
    if pages is not None:
        document["pages"] = pages
    pack.records["documents"].append(document)
    records = dict(pack.records, grades=[])
    (HERE / pack.name).write_bytes(data)
    gold = {"source_file": pack.name, "expect": "ok", "checked": CHECKED, "records": records}
    (HERE / "gold").mkdir(exist_ok=True)
    (HERE / "gold" / f"{pack.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    print(pack.name, pages, {t: [r["page"] for r in records[t]] for t in ("assurance_decisions", "actions")})


GREEN, AMBER, RED = "#2e8b3c", "#f0a020", "#c62828"


def lincolnshire() -> None:
    """reportlab, DejaVu Serif. Common: the reference pack's form."""
    pk = Pack("lincolnshire-pcc-pam-2040-09-16-round53b.pdf", "Police and Crime Commissioner for Lincolnshire",
              "Lincolnshire Police", "Public Assurance Meeting", "16 September 2040")
    notes = "Draft notes – Public Assurance Meeting (Rural Crime) – 15 July 2040"
    pk.add(P("**Police and Crime Commissioner for Lincolnshire**", 14),
           H(pk.meeting(pk.title, "16 September 2040", "Fraud against older people")),
           P("Wednesday 16 September 2040, 10.00am, Police Headquarters, Nettleham"),
           P("**Theme:** Fraud against older people"),
           T((("Item", "Title", "Presented by"),
              ("1", pk.agenda("1", "Welcome and apologies", "PCC"), "PCC"),
              ("2", pk.agenda("2", "Draft notes of the meeting held on 15 July 2040", "PCC"), "PCC"),
              ("3", pk.agenda("3", "Action tracker 2040/41", "Chief Executive"), "Chief Executive"),
              ("4", pk.agenda("4", "Fraud against older people", "Detective Superintendent, Economic Crime"),
               "Detective Superintendent, Economic Crime"),
              ("5", pk.agenda("5", "Any other business", "PCC"), "PCC")), (8, 60, 32), header_rows=1),
           Break())
    d, topic = "15 July 2040", "Rural Crime"
    pk.add(H(pk.meeting(notes, d, topic), 2),
           P("Present: the PCC, the Chief Constable, the Assistant Chief Constable (Local Policing), the Chief "
             "Executive of the OPCC."))
    rows = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    for n, q, ev, lvl, word, com in (
        ("1", "How many officers in the rural policing team are trained in wildlife and heritage crime, and "
              "how is that training kept current?",
         ("Fourteen of the eighteen officers in the team hold the national wildlife crime course.",
          "Refresher days are run twice a year with the farming unions."),
         "Assured", "Assured", "The PCC welcomed the joint refresher days."),
        ("2", "What has the Force done to reduce the theft of farm machinery and vehicles fitted with "
              "satellite navigation units?",
         ("Thefts of navigation units fell from 61 to 44 in the year to June 2040.",
          "Marking events reached 230 farms, but fewer than half of the county's larger farms."),
         "Partly assured", "Partially assured", "The PCC asked that marking events reach the larger farms."),
        ("3", "How does the Force record and respond to hare coursing reported by landowners out of hours?",
         ("Out-of-hours reports go to the force control room, but the Force could not say how many were "
          "attended within the hour.",),
         "Not assured", "Not assured", "The PCC asked for attendance times to be recorded by the autumn."),
    ):
        pk.decision(d, topic, n, q, " ".join(ev), lvl, com)
        rows.append((f"{n}. {q}", (Bul(ev),), (f"**{word}**", f"*{com}*")))
    pk.add(T(tuple(rows), (34, 40, 26), header_rows=1), P("**Actions**"))
    a1 = "Record the attendance time of every out-of-hours report of hare coursing."
    a2 = "Share the list of larger farms not yet reached by machinery marking events with the NFU."
    pk.add(P(f"PAM 40/21 – {a1}"), P(f"PAM 40/22 – {a2}"), Break(), H("Action Tracker 2040/41", 2))
    tracker = [("Ref", "Raised", "Action", "Update", "Status")]
    for ref, raised, text, upd, st, topic_ in (
        ("PAM 40/14", "20 May 2040", "Provide the PCC with the drink and drug driving figures for the summer "
                                     "campaign.", "Figures provided on 2 July 2040.", "Complete", None),
        ("PAM 40/15", "20 May 2040", "Review the letters sent to victims of non-dwelling burglary.",
         "Review under way; new letters expected in October.", "Open", None),
        ("PAM 40/21", "15 July 2040", a1, "A new closing code was added to the control room system in August.",
         "Complete", topic),
        ("PAM 40/22", "15 July 2040", a2, None, "Open", topic),
    ):
        pk.action(raised, topic_, ref, text, upd, "complete" if st == "Complete" else "outstanding",
                  "status_column")
        tracker.append((ref, raised, text, upd or "", st))
    pk.add(T(tuple(tracker), (13, 15, 32, 26, 14), header_rows=1))
    finish(pk, "reportlab", register_dejavu_serif())


def northamptonshire() -> None:
    """Word. New: one "Assurance statement:" per item, after the Commissioner's requirement."""
    pk = Pack("northamptonshire-pfcc-ab-2040-10-13-round53b.docx",
              "Police, Fire and Crime Commissioner for Northamptonshire", "Northamptonshire Police",
              "Accountability Board", "13 October 2040")
    pk.add(P("**Northamptonshire Police, Fire and Crime Commissioner**"), H(pk.meeting(pk.title, "13 October 2040", None)),
           P("Tuesday 13th October 2040, 2pm, Darby House"),
           H("Agenda", 2),
           T((("No.", "Item", "Lead"),
              ("1", pk.agenda("1", "Welcome and introductions", "PFCC"), "PFCC"),
              ("2", pk.agenda("2", "Previous minutes and action log", "Chief Executive"), "Chief Executive"),
              ("3", pk.agenda("3", "Control room call handling", "ACC"), "ACC"),
              ("4", pk.agenda("4", "Vetting backlog", "DCC"), "DCC"),
              ("5", pk.agenda("5", "Any other business", None), "")), (10, 65, 25), header_rows=1),
           Break())
    d = "1 September 2040"
    pk.add(H(pk.meeting("ACCOUNTABILITY BOARD – Minutes – 1st September 2040", d, None), 2),
           P("**1. Welcome and introductions**"),
           P("Attendees: PFCC, Chief Executive (OPCC), Chief Finance Officer (OPCC), Chief Constable, DCC."),
           P("**2. Previous minutes and action log**"),
           P("The minutes were agreed. The action log was reviewed (see the log below)."),
           P("An assurance statement records the Commissioner's decision on each item."))
    items = (
        ("3", "Stalking protection orders",
         "The Commissioner requires a report on the use of stalking protection orders over the last twelve "
         "months, including the number applied for, granted and breached.",
         ("The Force applied for 19 orders and 16 were granted. Six breaches were recorded, all of which led "
          "to a charge.", "A single point of contact for stalking now sits in each local policing area."),
         "Assured",
         "The Commissioner was assured that orders are being sought and enforced, and asked that the figures "
         "appear in the quarterly performance report."),
        ("4", "Firearms licensing",
         "The Commissioner requires an update on the time taken to grant and renew firearms and shotgun "
         "certificates, and on the plan to clear the renewals queue.",
         ("The average time to renew a certificate is 21 weeks against a target of 16. Two temporary "
          "enquiry officers started in August; the queue of renewals fell from 410 to 355.",),
         "Partly assured",
         "The Commissioner was partly assured: the queue is falling, but he was not satisfied that the plan "
         "will bring renewal times back within target before the spring."),
        ("5", "Use of force recording",
         "The Commissioner requires assurance that officers record every use of force and that the records "
         "are checked by supervisors.",
         ("Compliance with recording was measured at 71% in a dip sample of body-worn video. Supervisors "
          "reviewed under a third of the forms submitted.",),
         "Not assured",
         "The Commissioner was not assured that use of force is recorded consistently, and asked for a "
         "recovery plan at the next Board."),
    )
    for n, title, req, ev, lvl, statement in items:
        pk.decision(d, title, n, req, " ".join(ev), lvl, statement)
        pk.add(P(f"**{n}. {title}**"), P(req), *(P(e) for e in ev), P("**Assurance statement:**"), P(statement))
    a1 = "Add stalking protection order figures to the quarterly performance report."
    a2 = "Bring a use of force recording recovery plan to the next Accountability Board."
    pk.add(P("**6. Actions**"), Bul((f"AB 40/31 – {a1}", f"AB 40/32 – {a2}")), Break(),
           H("Accountability Board – Action Log", 2))
    rows = [("Ref", "Date", "Action", "Owner", "Status", "Update")]
    # the list after the minutes of three items and the log give no topic: every row's topic is null
    for ref, raised, text, owner, st, upd, topic in (
        ("AB 40/24", "21 July 2040", "Provide a breakdown of fleet accidents by cause.", "Head of Fleet",
         "Closed", "Breakdown circulated on 10 August 2040.", None),
        ("AB 40/26", "21 July 2040", "Confirm the date for the new custody suite to open.", "ACC",
         "Open", "Awaiting the contractor's revised programme.", None),
        ("AB 40/31", "1 September 2040", a1, "Head of Performance", "Closed",
         "Included from the Q2 report onwards.", None),
        ("AB 40/32", "1 September 2040", a2, "DCC", "Open", "On the agenda for 13 October.", None),
    ):
        pk.action(raised, topic, ref, text, upd, "complete" if st == "Closed" else "outstanding", "status_column")
        rows.append((ref, datetime.strptime(raised, "%d %B %Y").strftime("%d/%m/%y"), text, owner, st, upd))
    pk.add(T(tuple(rows), (11, 12, 33, 14, 9, 21), header_rows=1))
    finish(pk, "docx")


def york() -> None:
    """Word->PDF. Common: Level of assurance column; a tracker with a coloured square and legend."""
    org = "Deputy Mayor for Policing, Fire and Crime"
    pk = Pack("york-north-yorkshire-dmpfc-pam-2040-11-10-round53b.pdf", org, "North Yorkshire Police",
              "Public Accountability Meeting", "10 November 2040")
    pk.add(P("**York and North Yorkshire Combined Authority**"), H(pk.meeting(pk.title, "10 November 2040", "Retail crime")),
           P("**Chair:** Deputy Mayor for Policing, "
             "Fire and Crime"),
           P("**Date:** 10/11/2040      **Venue:** Harrogate, Alexander House"),
           P("**Theme:** Retail crime"),
           T((("No.", "Item", "Presenter"),
              ("1", pk.agenda("1", "Apologies and declarations of interest", "Deputy Mayor"), "Deputy Mayor"),
              ("2", pk.agenda("2", "Notes and actions of the last meeting", "Deputy Mayor"), "Deputy Mayor"),
              ("3", pk.agenda("3", "Retail crime and shop theft", "Chief Superintendent, Local Policing"),
               "Chief Superintendent, Local Policing"),
              ("4", pk.agenda("4", "Any other business", "Deputy Mayor"), "Deputy Mayor")),
             (8, 62, 30), header_rows=1),
           Break())
    d, topic = "22 September 2040", "Online child sexual exploitation"
    pk.add(H(pk.meeting("Public Accountability Meeting – notes of 22 September 2040", d, topic), 2),
           P("Items 1 and 2 were taken as read."), P("**Item 3: Online child sexual exploitation**"))
    rows = [("No.", "Question", "Response", "Level of assurance", "Comments")]
    for n, q, ev, lvl, word, com in (
        ("1", "How long does it take the Force to act on a referral from the national child exploitation "
              "centre, and is the time monitored?",
         "Referrals graded as high risk were acted on within 48 hours in every case sampled. Times are "
         "reviewed weekly by the team's inspector.", "Assured", "Assured", "No further questions."),
        ("2", "What backlog of devices awaits digital examination in these cases, and how long is the wait?",
         "There are 212 devices waiting, the oldest for nine months. Triage kiosks have cut the wait for "
         "phones but not for computers.", "Partly assured", "Partially assured",
         "The Deputy Mayor asked for the backlog to be reported monthly."),
        ("3", "How are children identified in these cases referred to safeguarding partners?",
         "The Force could not say how many referrals to partners had been made in the year.",
         "Not assured", "Not assured", "The Deputy Mayor asked for this to be audited."),
    ):
        pk.decision(d, topic, n, q, ev, lvl, com)
        rows.append((n, q, ev, word, com))
    pk.add(T(tuple(rows), (6, 28, 32, 14, 20), header_rows=1))
    a1 = "Report the digital examination backlog to the Deputy Mayor each month."
    a2 = "Audit the referrals of children to safeguarding partners in online exploitation cases."
    pk.add(P("**Actions**"), Num((a1, a2)), Break(), H("Action Tracker", 2),
           P(f"{{{GREEN}|■}} = Complete    {{{RED}|■}} = Outstanding"))
    rows = [("Topic", "Action", "Update", "")]
    spans = []
    entries = (
        ("Road safety", "1", None, "Share the casualty figures for the A64 with the road safety partnership.",
         "Shared on 14 August 2040.", GREEN),
        ("Road safety", "2", None, "Set out the plan for the next speed enforcement campaign.",
         "The plan is being drafted.", RED),
        (topic, "1", d, a1, "The first monthly report was sent in October.", GREEN),
        (topic, "2", d, a2, "The audit will start in December.", RED),
    )
    for i, (top, num, date, text, upd, colour) in enumerate(entries):
        pk.action(date, top, num if date else None, text, upd,
                  "complete" if colour == GREEN else "outstanding", "glyph_colour")
        rows.append((top if i in (0, 2) else None, text, upd, f"{{{colour}|■}}"))
    spans = [(1, 0, 2, 1), (3, 0, 2, 1)]
    pk.add(T(tuple(rows), (22, 36, 34, 8), header_rows=1, spans=tuple(spans)))
    finish(pk, "word-pdf")


def south_yorkshire() -> None:
    """reportlab, landscape. New: the level after a dash in each question's bold heading."""
    org = "Mayor of South Yorkshire"
    pk = Pack("south-yorkshire-mayor-pab-2040-08-26-round53b.pdf", org, "South Yorkshire Police",
              "Public Accountability Board", "26 August 2040")
    pk.add(P("**South Yorkshire Mayoral Combined Authority**"), H(pk.meeting(pk.title, "26 August 2040", None)),
           P("Chaired by the Mayor of South Yorkshire"),
           P("26 August 2040 at 10:00, Broad Street West, Sheffield"),
           T((("Item", "Business", "Lead officer"),
              ("1", pk.agenda("1", "Welcome and apologies", "Mayor"), "Mayor"),
              ("2", pk.agenda("2", "Notes of the previous meeting and action log", "Mayor"), "Mayor"),
              ("3", pk.agenda("3", "Neighbourhood policing", "ACC Operations"), "ACC Operations"),
              ("4", pk.agenda("4", "Police complaints and conduct", "Head of Professional Standards"),
               "Head of Professional Standards"),
              ("5", pk.agenda("5", "Any other business", "Mayor"), "Mayor")), (8, 60, 32), header_rows=1),
           Break())
    d, topic = "8 July 2040", "Violence against women and girls"
    pk.add(H(pk.meeting("Public Accountability Board – Notes – 8 July 2040", d, topic), 2),
           P("**Item 3: Violence against women and girls**"),
           P("*Each question's heading gives the Mayor's level of assurance: Assured, Partly assured or Not "
             "assured, or that the assessment was deferred.*"))
    for n, lvl, word, q, ev, com in (
        ("1", "Assured", "Assured", "How has the Force used its funding for safer streets to make night-time "
                                    "areas safer for women?",
         "Two town centres have new lighting and trained door staff; reported sexual harassment in them fell "
         "by a fifth.", "The Mayor welcomed the joint work with licensees."),
        ("2", "Partly assured", "Partly assured", "How many officers have been trained to take reports of "
                                                  "rape and serious sexual offences?",
         "Specialist training has reached 140 of the 220 officers due to complete it; the rest are booked "
         "before March 2041.", "The Mayor asked for the training plan to be kept on the action log."),
        ("3", "Not assured", "Not assured", "What proportion of domestic abuse victims receive a call back "
                                            "within the agreed time?",
         "The Force does not yet measure call backs and could give no proportion.",
         "The Mayor asked for a measure to be in place by November."),
        ("4", None, "Assessment deferred", "How effective are the new domestic violence protection notices "
                                           "in preventing repeat incidents?",
         "The evaluation by the university is due in October.",
         "The Mayor will give a level when the evaluation has reported."),
    ):
        pk.decision(d, topic, n, q, ev, lvl, com)
        pk.add(P(f"**Question {n} – {word}**"), P(q), P(f"*Response:* {ev}"), P(f"*Mayor's comment:* {com}"))
    a1 = "Keep the rape and serious sexual offences training plan on the action log until complete."
    a2 = "Introduce a measure of call backs to domestic abuse victims."
    pk.add(P("**Actions agreed**"), Bul((f"PAB 40/17: {a1}", f"PAB 40/18: {a2}")), Break(),
           H("Action log", 2),
           P("Key: green – complete; amber – in progress; red – not started or overdue."))
    rows = [("Ref", "Raised", "Action", "Update", "RAG")]
    fills = {}
    for i, (ref, raised, text, upd, colour, topic_) in enumerate((
        ("PAB 40/09", "10 June 2040", "Publish the stop and search data by ward.", "Published on 1 July 2040.",
         GREEN, None),
        ("PAB 40/11", "10 June 2040", "Review the use of spit guards in custody.", "Review due in September.",
         AMBER, None),
        ("PAB 40/17", d, a1, "Training now at 170 of 220 officers.", AMBER, topic),
        ("PAB 40/18", d, a2, None, RED, topic),
    ), 1):
        pk.action(raised, topic_, ref, text, upd, "complete" if colour == GREEN else "outstanding", "cell_shading")
        rows.append((ref, raised, text, upd or "", ""))
        fills[(i, 4)] = colour
    pk.add(T(tuple(rows), (12, 14, 38, 30, 6), header_rows=1, fills=fills))
    finish(pk, "reportlab", PdfLook(landscape=True, margin=54))


def mopac() -> None:
    """Word. Common: Ref | Question | Met response | DMPC decision; actions listed, then tracked."""
    org = "Deputy Mayor for Policing and Crime"
    pk = Pack("mopac-dmpc-pob-2040-12-08-round53b.docx", org, "Metropolitan Police Service",
              "Policing Oversight Board", "8 December 2040")
    pk.add(P("**MAYOR OF LONDON OFFICE FOR POLICING AND CRIME**"), H(pk.meeting(pk.title, "8 December 2040", None)),
           P("**Chair:** Deputy Mayor for Policing and Crime"),
           P("Tuesday 8 December 2040, City Hall"),
           T((("No.", "Item", "Lead"),
              ("1", pk.agenda("1", "Minutes and actions", "MOPAC Secretariat"), "MOPAC Secretariat"),
              ("2", pk.agenda("2", "Public order policing", "Met Operations"), "Met Operations"),
              ("3", pk.agenda("3", "Missing children", "Met Frontline Policing"), "Met Frontline Policing"),
              ("4", pk.agenda("4", "Any other business", "DMPC"), "DMPC")), (10, 60, 30), header_rows=1),
           Break())
    d, topic = "27 October 2040", "Trust and confidence"
    pk.add(H(pk.meeting("Policing Oversight Board – minutes of 27 October 2040", d, topic), 2),
           P("**1. Minutes and actions**: agreed."), P(f"**2. {topic}**"))
    rows = [("Ref", "Question", "Met response", "DMPC decision")]
    for n, q, ev, lvl, word, com in (
        ("TC1", "What has the Met done to improve how it responds to complaints from the public at the "
                "first point of contact?",
         "A new local resolution team now contacts complainants within two working days.", "Assured",
         "Assured", "The DMPC asked to see the first quarter's results."),
        ("TC2", "How are community monitoring groups given access to body-worn video of stop and search?",
         "Groups in 20 of 32 boroughs now review footage monthly; the rest will start in the new year.",
         "Partly assured", "Partially assured", "The DMPC wants every borough covered by March 2041."),
        ("TC3", "How does the Met know whether confidence has risen among the communities with the lowest "
                "trust?",
         "Survey samples in those communities are too small to show a change.", "Not assured", "Not assured",
         "The DMPC asked for a boosted survey sample."),
    ):
        pk.decision(d, topic, n, q, ev, lvl, com)
        rows.append((n, q, ev, (f"**{word}**", com)))
    pk.add(T(tuple(rows), (8, 32, 34, 26), header_rows=1))
    a1 = "Extend the review of body-worn video by community monitoring groups to every borough."
    a2 = "Commission a boosted sample of the public attitude survey in the lowest-trust communities."
    pk.add(P("**Actions agreed**"), Bul((f"POB 40/41 – {a1}", f"POB 40/42 – {a2}")), H("Action tracker", 2))
    rows = [("Ref", "Meeting", "Action", "Update", "Status")]
    for ref, raised, text, upd, st, topic_ in (
        ("POB 40/33", "15 September 2040", "Provide the DMPC with the custody death review findings.",
         "Provided on 2 October 2040.", "Complete", None),
        ("POB 40/35", "15 September 2040", "Set out the timetable for the new crime recording system.",
         "Timetable awaited from the programme board.", "In progress", None),
        ("POB 40/41", d, a1, "Four more boroughs started in November.", "In progress", topic),
        ("POB 40/42", d, a2, None, "Not started", topic),
    ):
        pk.action(raised, topic_, ref, text, upd, "complete" if st == "Complete" else "outstanding", "status_column")
        rows.append((ref, raised, text, upd or "", st))
    pk.add(T(tuple(rows), (12, 15, 35, 26, 12), header_rows=1))
    finish(pk, "docx")


def bedfordshire() -> None:
    """Word->PDF, 4 pp. Common (the reference pack's form); the question table runs over a page break."""
    pk = Pack("bedfordshire-pcc-sm-2040-10-28-round53b.pdf", "Police and Crime Commissioner for Bedfordshire",
              "Bedfordshire Police", "Scrutiny Meeting", "28 October 2040")
    pk.add(P("**Office of the Police and Crime Commissioner for Bedfordshire**"), H(pk.meeting(pk.title, "28 October 2040", None)),
           P("Date: Wednesday 28th October 2040"),
           P("Time: 14:00    Venue: Bridgebury House, Kempston"),
           T((("Item", "", "Presented By"),
              ("1", pk.agenda("1", "Apologies for Absence", "PCC"), "PCC"),
              ("2", pk.agenda("2", "Draft Notes – Scrutiny Meeting (Anti-Social Behaviour) – 2 September 2040",
                              "PCC"), "PCC"),
              ("3", pk.agenda("3", "Scrutiny Actions 2040/41 – An Update", "PCC"), "PCC"),
              ("4", pk.agenda("4", "Organised Immigration Crime", "Bedfordshire Police"), "Bedfordshire Police"),
              ("5", pk.agenda("5", "Any Other Business", "PCC"), "PCC"),
              ("6", pk.agenda("6", "Date of the next meeting: 25th November 2040 Topic: Cyber Crime", "PCC"), "PCC")),
             (8, 66, 26), header_rows=1, bordered=False),
           Break())
    d, topic = "2 September 2040", "Anti-Social Behaviour"
    pk.add(H(pk.meeting("DRAFT NOTES – SCRUTINY MEETING (ANTI-SOCIAL BEHAVIOUR) – 2 SEPTEMBER 2040", d, topic), 2),
           P("Present: PCC, Chief Executive, ACC Local Policing, Head of Community Safety."),
           P("The PCC welcomed those present. The notes below record the questions put to the Force."),
           P("Matters arising: the Chief Executive reported that the Community Safety Partnership had agreed a "
             "joint anti-social behaviour strategy in August, and that the councils had asked for the Force's "
             "data to be shared monthly rather than quarterly. The ACC agreed to this from October."),
           P("The ACC gave a short presentation on the summer's demand: calls about anti-social behaviour rose "
             "by 9% on last year, mainly in the town centres and on two housing estates, while calls about "
             "off-road motorbikes fell after the spring operation."))
    rows = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    long_ev = ("The Force maps repeat calls about anti-social behaviour each week.",
               "Each local policing team has a named problem solver.",
               "Fifty-two problem solving plans are open across the county.",
               "The tasking meeting reviews the ten highest-demand locations every fortnight.",
               "Partners from the three councils attend and share the housing data.",
               "The Force has not yet measured whether locations drop out of the top ten after a plan closes.",
               "An analyst will be recruited to measure this from January 2041.")
    for n, q, ev, lvl, word, com in (
        ("1", "How does the Force identify the locations and people that generate the most calls about "
              "anti-social behaviour?",
         ("Repeat callers are flagged on the command and control system after three calls in a month.",
          "Neighbourhood sergeants review the flags weekly and contact each caller.",
          "Housing providers share the names of tenants subject to warnings."),
         "Assured", "Assured", "The PCC thanked the Force for a clear and full answer."),
        ("2", "What use has been made of the community trigger, and how are victims told of the outcome?",
         ("Thirty-one applications were made in the year; nine met the threshold.",
          "Outcome letters are sent by the council, but the Force could not show that every victim received "
          "one.", "A shared tracker with the councils is being built.",
          "The PCC's office receives a quarterly summary of reviews.",
          "Case reviews are chaired in turn by the Force and the councils."),
         "Partly assured", "Partly Assured", "The PCC asked that the shared tracker show when each letter is sent."),
        ("3", "How does the Force know whether its problem solving plans reduce anti-social behaviour at the "
              "locations they target, and what evidence is there that the reduction lasts after a plan closes?",
         long_ev, "Not assured", "Not Assured",
         "The PCC was concerned that closed plans are not followed up and asked for a measure of lasting effect."),
        ("4", "How many dispersal orders were made in the summer, and how were they reviewed?",
         ("Seven orders were made; each was reviewed by an inspector within 24 hours.",
          "The community scrutiny panel reviewed all seven in August."),
         "Assured", "Assured", "The PCC welcomed the panel's review."),
    ):
        pk.decision(d, topic, n, q, " ".join(ev), lvl, com)
        rows.append((f"{n}. {q}", (Bul(ev),), (f"**{word}**", f"*{com}*")))
    pk.add(T(tuple(rows), (32, 44, 24), header_rows=1))
    a1 = "That the shared community trigger tracker record the date each outcome letter is sent."
    a2 = "That the Force report a measure of the lasting effect of closed problem solving plans."
    pk.add(P("**Actions**"), Num((a1, a2)), Break(), H("Scrutiny Actions 2040/41", 2),
           P(f"{{{GREEN}|■}} = Action Complete"), P(f"{{{RED}|■}} = Action Outstanding"))
    rows = [("Topic", "Action", "Update", "")]
    entries = (
        ("Road Safety", None, None, "That the Force share the results of the summer drink driving campaign.",
         "Results shared on 30 August 2040.", GREEN),
        ("Road Safety", None, None, "That the PCC be briefed on the new speed camera van locations.",
         "Briefing to be arranged.", RED),
        (topic, "1", d, a1, "The tracker now has a column for the date of the letter.", GREEN),
        (topic, "2", d, a2, "The measure will be defined once the analyst is in post.", RED),
    )
    for top, num, date, text, upd, colour in entries:
        pk.action(date, top, num, text, upd, "complete" if colour == GREEN else "outstanding", "glyph_colour")
    rows += [("Road Safety", entries[0][3], entries[0][4], f"{{{GREEN}|■}}"),
             (None, entries[1][3], entries[1][4], f"{{{RED}|■}}"),
             ("Anti-Social Behaviour", a1, entries[2][4], f"{{{GREEN}|■}}"),
             (None, a2, entries[3][4], f"{{{RED}|■}}")]
    pk.add(T(tuple(rows), (22, 38, 32, 8), header_rows=1, spans=((1, 0, 2, 1), (3, 0, 2, 1))))
    finish(pk, "word-pdf")


def cheshire() -> None:
    """reportlab, borderless tables. New: the log's status is the colour of the action's own text."""
    pk = Pack("cheshire-pcc-sb-2040-11-25-round53b.pdf", "Police and Crime Commissioner for Cheshire",
              "Cheshire Constabulary", "Scrutiny Board", "25 November 2040")
    pk.add(P("**Cheshire Police and Crime Commissioner**"), H(pk.meeting(pk.title, "25 November 2040", None)),
           P("25 November 2040 – Clemonds Hey, Winsford"),
           T((("No.", "Item", "Lead"),
              ("1", pk.agenda("1", "Apologies", "Commissioner"), "Commissioner"),
              ("2", pk.agenda("2", "Minutes of the last Board and the action log", "Chief Executive"),
               "Chief Executive"),
              ("3", pk.agenda("3", "Business crime", "Superintendent, Partnerships"), "Superintendent, Partnerships"),
              ("4", pk.agenda("4", "Detective resilience", "Head of Crime"), "Head of Crime"),
              ("5", pk.agenda("5", "Date of next meeting", None), "–")), (8, 62, 30), header_rows=1, bordered=False),
           Break())
    d, topic = "14 October 2040", "Fraud"
    pk.add(H(pk.meeting("Scrutiny Board – minutes – 14 October 2040", d, topic), 2),
           P("1. Apologies were received from the Deputy Chief Constable."),
           P("2. The minutes of the last Board were agreed."), P("**3. Fraud**"))
    rows = [("Q", "Question", "Force response", "Outcome")]
    for n, q, ev, lvl, word, com in (
        ("1", "How many victims of fraud were contacted by the economic crime unit within 72 hours of their "
              "report?", "87% of victims were contacted within 72 hours, up from 70% last year.", "Assured",
         "Assured", "The Commissioner noted the improvement."),
        ("2", "How does the Force protect victims who have been targeted more than once?",
         "Repeat victims are referred to a protect officer, but only one officer covers the county.",
         "Partly assured", "Partly assured", "The Commissioner asked whether a second officer can be funded."),
        ("3", "What proportion of fraud cases referred to the Force by the national centre lead to a "
              "suspect being charged?", "The Force could not give the proportion at the meeting.",
         "Not assured", "Not assured", "Figures to be provided before the next Board."),
    ):
        pk.decision(d, topic, n, q, ev, lvl, com)
        rows.append((n, q, ev, (f"**{word}**", f"*{com}*")))
    pk.add(T(tuple(rows), (5, 35, 35, 25), header_rows=1, bordered=False))
    a1 = "Cost a second protect officer for repeat victims of fraud."
    a2 = "Provide the charge rate for fraud cases referred by the national centre."
    pk.add(P("**Actions:** SB 40/51 and SB 40/52, shown in the action log."), Break(),
           H("Scrutiny Board action log", 2),
           P(f"*Actions printed {{{GREEN}|in green}} are complete; actions printed {{{RED}|in red}} remain "
             "open.*"))
    rows = [("Ref", "Board", "Action", "Update")]
    for ref, raised, text, upd, colour, topic_ in (
        ("SB 40/44", "2 September 2040", "Report the number of rural crime volunteers trained this year.",
         "Forty volunteers trained; reported on 20 September.", GREEN, None),
        ("SB 40/46", "2 September 2040", "Review the 101 call-back service at weekends.",
         "Review paused while the new telephony is installed.", RED, None),
        ("SB 40/51", d, a1, "Costing prepared and shared on 6 November 2040.", GREEN, topic),
        ("SB 40/52", d, a2, "Awaiting data from the national centre.", RED, topic),
    ):
        pk.action(raised, topic_, ref, text, upd, "complete" if colour == GREEN else "outstanding", "glyph_colour")
        rows.append((ref, raised, f"{{{colour}|{text}}}", upd))
    pk.add(T(tuple(rows), (11, 15, 40, 34), header_rows=1, bordered=False))
    finish(pk, "reportlab")


def nottinghamshire() -> None:
    """reportlab. New: the chosen level bold in square brackets among the three printed."""
    pk = Pack("nottinghamshire-pcc-sab-2040-09-29-round53b.pdf", "Police and Crime Commissioner for Nottinghamshire",
              "Nottinghamshire Police", "Strategic Assurance Board", "29 September 2040")
    pk.add(P("**Nottinghamshire Police and Crime Commissioner**"), H(pk.meeting(pk.title, "29 September 2040", "Knife crime")),
           P("29th September 2040, Sherwood Lodge"),
           P("**Focus of the meeting:** Knife crime"),
           T((("Item", "Title", "Presented by"),
              ("1", pk.agenda("1", "Apologies", "PCC"), "PCC"),
              ("2", pk.agenda("2", "Notes of the previous meeting", "PCC"), "PCC"),
              ("3", pk.agenda("3", "Action log", "OPCC"), "OPCC"),
              ("4", pk.agenda("4", "Knife crime", "Chief Inspector, Violence Reduction"),
               "Chief Inspector, Violence Reduction"),
              ("5", pk.agenda("5", "Any other business", "PCC"), "PCC")), (8, 62, 30), header_rows=1),
           Break())
    d, topic = "4 August 2040", "Victim care"
    pk.add(H(pk.meeting("Notes of the Strategic Assurance Board held on 4 August 2040", d, topic), 2),
           P("**Item 4 – Victim care**"),
           P("In the PCC Decision column, the level of assurance the PCC gave is the one shown in bold in "
             "square brackets."))
    levels = ("Assured", "Partly assured", "Not assured")
    rows = [("No.", "Question", "Response", "PCC Decision")]
    for n, q, ev, lvl, com in (
        ("1", "How quickly are victims of crime offered a needs assessment after their report?",
         "92% were offered an assessment within five days; the target is 90%.", "Assured",
         "The PCC was pleased with the consistency across the districts."),
        ("2", "How are victims kept informed when a suspect is released under investigation?",
         "Letters are sent in every case but calls are made in only half.", "Partly assured",
         "The PCC asked for calls to be made in every case of violence."),
        ("3", "How many victims withdraw support for a prosecution, and why?",
         "Withdrawals are recorded but the reasons are not.", "Not assured",
         "The PCC asked for reasons to be captured from October."),
        ("4", "How well does the witness care unit support victims with a disability?",
         "All staff completed awareness training in the spring; a survey of victims runs in the autumn.",
         "Partly assured", "The PCC will look again at the survey results."),
    ):
        pk.decision(d, topic, n, q, ev, lvl, com)
        scale = " · ".join(f"**[{w}]**" if w == lvl else w for w in levels)
        rows.append((n, q, ev, (scale, f"*{com}*")))
    pk.add(T(tuple(rows), (6, 32, 32, 30), header_rows=1))
    a1 = "Make a call to every victim of violence whose suspect is released under investigation."
    a2 = "Record the reason whenever a victim withdraws support for a prosecution."
    pk.add(P("**Actions**"), Bul((f"SAB 40/12 {a1}", f"SAB 40/13 {a2}")), Break(), H("Action log", 2))
    rows = [("Ref", "Date", "Action", "Update", "Status")]
    for ref, raised, printed, text, upd, st, topic_ in (
        ("SAB 40/07", "23 June 2040", "23.06.40", "Confirm the funding for the knife crime education programme.",
         "Funding confirmed for two years.", "Complete", None),
        ("SAB 40/09", "23 June 2040", "23.06.40", "Report the use of knife arches in the city's night-time economy.",
         "Report to follow in October.", "Ongoing", None),
        ("SAB 40/12", d, "04.08.40", a1, "Calls are now made in 78% of these cases.", "Ongoing", topic),
        ("SAB 40/13", d, "04.08.40", a2, "A reason field was added on 1 September 2040.", "Complete", topic),
    ):
        pk.action(raised, topic_, ref, text, upd, "complete" if st == "Complete" else "outstanding", "status_column")
        rows.append((ref, printed, text, upd, st))
    pk.add(T(tuple(rows), (12, 11, 37, 28, 12), header_rows=1))
    finish(pk, "reportlab")


def lancashire() -> None:
    """Word->PDF. New: the agenda gives the next meeting's date in the lead column."""
    pk = Pack("lancashire-pcc-ab-2040-12-15-round53b.pdf", "Police and Crime Commissioner for Lancashire",
              "Lancashire Constabulary", "Accountability Board", "15 December 2040")
    pk.add(P("**Lancashire Police and Crime Commissioner**"), H(pk.meeting(pk.title, "15 December 2040", None)),
           P("15th December 2040, County Hall, Preston"),
           T((("Item", "Title", "Lead"),
              ("1", pk.agenda("1", "Welcome and introductions", "Commissioner"), "Commissioner"),
              ("2", pk.agenda("2", "Apologies", "Commissioner"), "Commissioner"),
              ("3", pk.agenda("3", "Minutes of the meeting held on 10th November 2040", "Commissioner"),
               "Commissioner"),
              ("4", pk.agenda("4", "Action log", "Chief Executive"), "Chief Executive"),
              ("5", pk.agenda("5", "Roads policing", "ACC Specialist Operations"), "ACC Specialist Operations"),
              ("6", pk.agenda("6", "Date of the next meeting", None), "9th February 2041")),
             (8, 60, 32), header_rows=1),
           Break())
    d, topic = "10 November 2040", "Serious and organised crime"
    pk.add(H(pk.meeting("Minutes of the Accountability Board held on 10th November 2040", d, topic), 2),
           P("Items 1 to 4 were taken in turn; the minutes were agreed and the action log noted."),
           P("**5. Serious and organised crime**"))
    rows = [("No.", "Question", "Summary of response", "Level of assurance", "Commissioner's comments")]
    for n, q, ev, lvl, word, com in (
        ("1", "How many organised crime groups are mapped in the county and how many are under active "
              "disruption?", "Forty-one groups are mapped; thirty-three have a lead officer and a disruption plan.",
         "Assured", "Assured", "The Commissioner noted the coverage."),
        ("2", "How are children exploited by county lines identified and protected?",
         "Referrals to the national referral mechanism rose by a third, but return interviews are late in a "
         "quarter of cases.", "Partly assured", "Partially assured",
         "Return interviews should be within 72 hours."),
        ("3", "How much criminal money has been recovered this year and how is it reinvested?",
         "The Force did not bring figures for the year to date.", "Not assured", "Not assured", None),
    ):
        pk.decision(d, topic, n, q, ev, lvl, com)
        rows.append((n, q, ev, word, com or ""))
    pk.add(T(tuple(rows), (6, 28, 32, 14, 20), header_rows=1))
    a1 = "Bring the year-to-date figures for criminal money recovered and reinvested."
    a2 = "Report the time taken to hold return interviews for exploited children."
    pk.add(P("**Actions**"), Bul((f"ACT 40/61 – {a1}", f"ACT 40/62 – {a2}")), Break(), H("Action log", 2))
    rows = [("Action no.", "Date of meeting", "Action", "Update", "Status")]
    for ref, raised, printed, text, upd, st, topic_ in (
        ("ACT 40/55", "29 September 2040", "29/09/2040", "Circulate the new drones policy.",
         "Circulated on 12 October 2040.", "Complete", None),
        ("ACT 40/57", "29 September 2040", "29/09/2040", "Review the staffing of the public protection unit.",
         "Review to report in January.", "Ongoing", None),
        ("ACT 40/61", d, "10/11/2040", a1, "Figures circulated on 1 December 2040.", "Complete", topic),
        ("ACT 40/62", d, "10/11/2040", a2, "First report due in February.", "Ongoing", topic),
    ):
        pk.action(raised, topic_, ref, text, upd, "complete" if st == "Complete" else "outstanding", "status_column")
        rows.append((ref, printed, text, upd, st))
    pk.add(T(tuple(rows), (13, 15, 34, 26, 12), header_rows=1))
    finish(pk, "word-pdf")


PACKS = {"lincolnshire": lincolnshire, "northamptonshire": northamptonshire, "york": york,
         "south-yorkshire": south_yorkshire, "mopac": mopac, "bedfordshire": bedfordshire,
         "cheshire": cheshire, "nottinghamshire": nottinghamshire, "lancashire": lancashire}

if __name__ == "__main__":
    wanted = sys.argv[1:]
    for prefix, build in PACKS.items():
        if not wanted or any(prefix.startswith(w) for w in wanted):
            build()
