"""Scrutiny round 44 (held out, then promoted): nine packs of offices of the south, west and Wales, and York and
North Yorkshire, in the forms real offices print most often (see README.md).

    .venv/bin/python samples/corpus/scrutiny-round44/generate.py [NAME-PREFIX ...]

Each builder call that prints a meeting heading, an agenda row, a question or an action row also
writes its gold record, so gold says what the page says. A PDF record's page is the first page whose
words hold the start of its key text in order; the generator stops if a key is on no page, or if a
word on a PDF page is no word of the source (a word split in a table cell). Gold goes to ``gold/`` (it was
held out in ``heldout/``, scored once in session 11, then promoted).
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
from render import Break, Bul, H, Num, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

CHECKED = ("Written blind for held-out round 44; every record hand-checked against the rendered pages and "
           "`scrutiny inspect` (layout only) by the round's writer; the extractors were never run on it.")
TYPES = ("documents", "meetings", "agenda_items", "assurance_decisions", "actions", "grades")
GREEN, AMBER, RED = "#00b050", "#ffc000", "#ff0000"


def plain(text: str) -> str:
    """The words a reader sees: inline markup removed."""
    text = re.sub(r"\{#[0-9a-fA-F]{6}\|(.*?)\}", r"\1", text)
    return re.sub(r"\s+", " ", text.replace("**", "").replace("*", "")).strip()


class Pack:
    """A pack's blocks and the gold records its printed rows give, each with the text that finds its page."""

    def __init__(self, name: str, *, org: str, force: str, title: str, date: str) -> None:
        self.name, self.org, self.blocks = name, org, []
        self.keys: list[tuple[dict, str]] = []
        self.records: dict[str, list] = {t: [] for t in TYPES}
        doc = {"page": None, "file_type": "pdf" if name.endswith(".pdf") else "docx", "doc_kind": "scrutiny_pack",
               "status": "ok", "publication_date": None, "title": title, "force": force, "organisation": org,
               "meeting_date": date}
        self.records["documents"].append(doc)

    def add(self, *blocks) -> None:
        self.blocks += blocks

    def _record(self, kind: str, key: str, **fields) -> dict:
        record = {"page": None, **fields}
        self.records[kind].append(record)
        self.keys.append((record, plain(key)))
        return record

    def meeting(self, heading: str, date: str, topic: str | None, *, title: str | None = None, level: int = 1,
                print_heading: bool = True) -> None:
        """A meeting heading printed (``title`` where the record's title is only part of it)."""
        if print_heading:
            self.add(H(heading, level))
        self._record("meetings", title or heading, meeting_date=date, topic=topic, organisation=self.org,
                     title=plain(title or heading))

    def agenda(self, date: str, header: tuple, rows: list[tuple[str, str, str | None]], widths: tuple, *,
               bordered: bool = True, presenter_col: bool = True) -> None:
        """Agenda rows (number, title, presenter as printed; "–" or empty prints for no presenter)."""
        body = []
        for number, title, presenter in rows:
            cells = (number, title) + ((presenter or "",) if presenter_col else ())
            body.append(cells)
            who = None if presenter in (None, "", "–") else presenter
            self._record("agenda_items", title, meeting_date=date, number=number.rstrip("."), title=plain(title),
                         presenter=who)
        self.add(T((header, *body), widths, header_rows=1, bordered=bordered))

    def decision(self, date: str, topic: str | None, number: str, question: str, evidence: str,
                 assurance: str | None, commentary: str | None) -> None:
        self._record("assurance_decisions", question, meeting_date=date, topic=topic, question_number=number,
                     question=plain(question), evidence_summary=plain(evidence), assurance=assurance,
                     commentary=plain(commentary) if commentary else None)

    def action(self, text: str, *, number: str | None, date: str | None, topic: str | None, update: str | None,
               status: str, source: str) -> None:
        self._record("actions", text, meeting_date=date, topic=topic, number=number, text=plain(text),
                     update=plain(update) if update else None, status=status, status_source=source,
                     source="action_tracker")


# --- checks ---------------------------------------------------------------

def _words(text: str) -> list[str]:
    return [w for w in (re.sub(r"[^\w£%/]", "", t).lower() for t in text.split()) if w]


def _source_words(pack: Pack) -> set[str]:
    out: set[str] = set()

    def walk(item) -> None:
        if isinstance(item, str):
            out.update(_words(plain(item)) + _words(plain(item).replace("-", " ")))  # a hyphen may end a line
        elif isinstance(item, (tuple, list)):
            for part in item:
                walk(part)
        elif isinstance(item, (H, P)):
            walk(item.text)
            if isinstance(item, P) and item.hang:
                walk(item.hang)
        elif isinstance(item, (Bul, Num)):
            walk(item.items)
        elif isinstance(item, T):
            walk(item.rows)

    walk(pack.blocks)
    return out


def set_pages(pack: Pack, data: bytes, furniture: tuple[str, ...] = ()) -> int:
    """Each record's page: the first page whose words hold its key's first words in order (a cell's
    words may be interleaved with its neighbours'); stop on a key found nowhere or a split word."""
    known = _source_words(pack) | {w for line in furniture for w in _words(line)}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [_words(" ".join(w["text"] for w in page.extract_words())) for page in pdf.pages]
    for number, words in enumerate(pages, 1):
        strange = [w for w in words if w not in known]
        if strange:
            raise SystemExit(f"{pack.name} p{number}: words not in the source (split?): {strange[:8]}")
    for record, key in pack.keys:
        want = _words(key)[:8]
        for number, words in enumerate(pages, 1):
            if _in_order(want, words):
                record["page"] = number
                break
        else:
            raise SystemExit(f"{pack.name}: key on no page: {key[:60]}")
    return len(pages)


def _in_order(want: list[str], words: list[str], gap: int = 60) -> bool:
    for start, word in enumerate(words):
        if word != want[0]:
            continue
        at, ok = start, True
        for w in want[1:]:
            nxt = next((i for i in range(at + 1, min(at + 1 + gap, len(words))) if words[i] == w), None)
            if nxt is None:
                ok = False
                break
            at = nxt
        if ok:
            return True
    return False


def finish(pack: Pack, data: bytes, furniture: tuple[str, ...] = ()) -> None:
    records = pack.records
    if pack.name.endswith(".pdf"):
        records["documents"][0]["pages"] = set_pages(pack, data, furniture)
    (HERE / pack.name).write_bytes(data)
    gold = {"source_file": pack.name, "expect": "ok", "checked": CHECKED, "records": records}
    (HERE / "gold" / f"{pack.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    pages = {t: [r["page"] for r in records[t]] for t in ("meetings", "assurance_decisions", "actions")}
    print(f"{pack.name}: {len(data)} bytes; pages {pages}")


def when(date: str) -> datetime:
    return datetime.fromisoformat(date + "T09:00:00")


def docx_of(pack: Pack, title: str, date: str, header: tuple[str, ...] = (), landscape: bool = False) -> bytes:
    return render_docx(pack.blocks, title=title, author="OPCC", when=when(date), header=header,
                       landscape_pages=landscape)


def level_cell(level: str, comment: str | None) -> tuple:
    return (f"**{level}**",) + ((f"*{comment}*",) if comment else ())


def square(colour: str) -> str:
    return "{%s|■}" % colour


# --- 1. Dorset: reportlab landscape, the reference pack's table --------------------------------

def dorset() -> None:
    name = "dorset-pcc-acb-2032-03-16-round44.pdf"
    org, date, notes_date = "Police and Crime Commissioner for Dorset", "2032-03-16", "2032-01-20"
    p = Pack(name, org=org, force="Dorset Police", title="Accountability Board", date=date)
    p.add(P("Office of the Police and Crime Commissioner for Dorset", size=10))
    p.meeting("Accountability Board", date, "Rural and wildlife crime")
    p.add(P("Tuesday 16 March 2032, 10:00 – 12:30, Force Headquarters, Winfrith"),
          P("**Theme:** Rural and wildlife crime"), H("Agenda", 2))
    p.agenda(date, ("Item", "Title", "Lead"), [
        ("1.", "Welcome, introductions and apologies", "Police and Crime Commissioner"),
        ("2.", "Notes of the last Board and action tracker", "Head of Governance"),
        ("3.", "Rural and wildlife crime: the force's rural crime team", "Inspector, Rural Crime Team"),
        ("4.", "Any other business", "All")], (1, 9, 5))
    p.add(Break())
    item = "Online child sexual abuse and exploitation"
    p.meeting(f"DRAFT NOTES – ACCOUNTABILITY BOARD ({item.upper()}) – 20 JANUARY 2032", notes_date, item,
              level=2)
    p.add(P("Present: Police and Crime Commissioner (Chair); Chief Constable; Deputy Chief Constable; Head of "
            "Governance; Detective Superintendent, Public Protection."))
    qs = [
        ("1", "How quickly are referrals from the national child exploitation centre assessed and acted on?",
         "Referrals are triaged within one working day. Warrants in the highest risk cases were executed within "
         "a median of six days in 2031.", "Assured", "The Commissioner noted the clear timeliness data."),
        ("2", "What support is given to officers who view indecent images as part of their role?",
         "Mandatory psychological screening every six months. Uptake of the optional sessions is lower than the "
         "force would like.", "Partly Assured", "The Commissioner asked for uptake to be reported to the Board."),
        ("3", "How does the force work with schools to prevent online harm?",
         "A schools programme ran in twelve secondary schools in the autumn term. No evaluation has yet been "
         "planned.", "Not Assured", "The Commissioner was not assured that the programme's effect is known."),
    ]
    rows = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    for n, q, ev, lvl, com in qs:
        rows.append((f"{n}. {q}", ev, level_cell(lvl, com)))
        p.decision(notes_date, item, n, q, ev, {"Partly Assured": "Partly assured", "Not Assured": "Not assured"}.get(lvl, lvl), com)
    p.add(T(tuple(rows), (5, 6, 3), header_rows=1))
    p.add(H("Actions", 3))
    minuted = [("ACB 32/03", "Report the uptake of the optional wellbeing sessions for the online abuse team.",
                "Uptake figures will be reported in April.", "Open"),
               ("ACB 32/04", "Agree an evaluation of the schools online harm programme with the Violence "
                "Reduction Network.", "Evaluation agreed; a university partner starts in March.", "Complete")]
    p.add(Num(tuple(m[1] for m in minuted)))
    p.add(Break(), H("Action Tracker 2031/32", 2))
    tracker = [("ACB 31/41", "18 Nov 2031", "Circulate the new drone deployment policy to the Commissioner.",
                "Policy circulated on 3 December.", "Complete", "2031-11-18"),
               ("ACB 31/44", "18 Nov 2031", "Present the rural crime team's seasonal patrol plan.",
                "On today's agenda.", "Complete", "2031-11-18")]
    rows = [("Ref", "Date raised", "Action", "Update", "Status")]
    for ref, raised, text, upd, st, iso in tracker:
        rows.append((ref, raised, text, upd, st))
        p.action(text, number=ref, date=iso, topic=None, update=upd, status=_st(st), source="status_column")
    for ref, text, upd, st in minuted:
        rows.append((ref, "20 Jan 2032", text, upd, st))
        p.action(text, number=ref, date=notes_date, topic=item, update=upd, status=_st(st), source="status_column")
    p.add(T(tuple(rows), (2, 2.4, 6, 5, 2), header_rows=1))
    look = PdfLook(landscape=True, margin=48)
    finish(p, render_pdf(p.blocks, look, "Accountability Board", "OPCC Dorset"))


def _st(word: str) -> str:
    return "complete" if word.lower() in ("complete", "completed", "closed", "done") else "outstanding"


# --- 2. Hampshire and Isle of Wight: Word, "Assurance level:" lines, two items ------------------

def hampshire() -> None:
    name = "hampshire-iow-pcc-pab-2032-04-08-round44.docx"
    # the office's one name in the gold (gold-format.md); the pack prints "Hampshire and Isle of Wight"
    org, date, notes_date = ("Police and Crime Commissioner for Hampshire and the Isle of Wight", "2032-04-08",
                             "2032-02-05")
    p = Pack(name, org=org, force="Hampshire and Isle of Wight Constabulary", title="Police Accountability Board",
             date=date)
    p.add(P("**Police and Crime Commissioner for Hampshire and Isle of Wight**"))
    p.meeting("Police Accountability Board", date, None)
    p.add(P("Date: Thursday 8th April 2032    Time: 14:00    Venue: Mottisfont Court, Winchester"))
    p.agenda(date, ("No.", "Item", "Lead"), [
        ("1", "Welcome and apologies", "PCC"),
        ("2", "Minutes of the previous meeting and action log", "Chief of Staff"),
        ("3", "Neighbourhood policing and visibility", "ACC Local Policing"),
        ("4", "Victims Code compliance", "Head of Victim Care"),
        ("5", "Any other business", "")], (1, 8, 4))
    p.add(Break())
    p.meeting("Minutes of the Police Accountability Board held on 5th February 2032", notes_date, None, level=2)
    p.add(H("1. Welcome and apologies", 3), P("Apologies were received from the Deputy Chief Constable."),
          H("2. Minutes and action log", 3), P("The minutes of 4th December 2031 were agreed."))
    items = [
        ("3. Shoplifting and retail crime", "Shoplifting and retail crime", [
            ("1", "How is the force responding to the rise in shoplifting reported by small retailers?",
             "A retail crime lead now sits in each district. Positive outcomes rose from 14% to 19% in the year.",
             "Assured", "The PCC welcomed the district leads."),
            ("2", "How are repeat offenders identified and managed?",
             "Repeat offenders are flagged in the custody system, but the links to drug treatment services are "
             "still being built.", "Partially assured", "The PCC asked to see the treatment pathway when agreed.")],
         [("PAB 32/06", "Share the drug treatment referral pathway for repeat shoplifters with the PCC.",
           "Draft pathway with the health partners; due in May.", "In progress")]),
        ("4. Stalking and harassment", "Stalking and harassment", [
            ("1", "How many stalking protection orders has the force applied for since April 2031?",
             "Eleven orders were applied for and nine granted. Officers say the application process is slow.",
             "Not assured", "The PCC was not assured that orders are sought in every suitable case.")],
         [("PAB 32/07", "Review the process for applying for stalking protection orders and report back.",
           "Review completed and a new checklist issued on 2 March.", "Complete")]),
    ]
    tracker_rows = [("PAB 31/38", "04/12/2031", "Publish the force's response times for rural calls.",
                     "Published on the force website in January.", "Complete", "2031-12-04"),
                    ("PAB 31/40", "04/12/2031", "Bring the custody healthcare contract review to the Board.",
                     "", "Not started", "2031-12-04")]
    log = []
    for heading, topic, questions, actions in items:
        p.add(H(heading, 3))
        for n, q, ev, lvl, com in questions:
            p.add(P(f"**Question {n}:** {q}"), P(f"*Response:* {ev}"), P(f"**Assurance level:** {lvl}"),
                  P(f"**PCC comment:** {com}"))
            p.decision(notes_date, topic, n, q, ev, {"Partially assured": "Partly assured"}.get(lvl, lvl), com)
        p.add(P("**Actions arising**"))
        for ref, text, upd, st in actions:
            p.add(P(f"**{ref}:** {text}"))
            p.action(text, number=ref, date=notes_date, topic=topic, update=upd, status=_st(st),
                     source="status_column")
            log.append((ref, "05/02/2032", text, "Chief Constable", upd, st))
    p.add(H("5. Any other business", 3), P("None."), Break(), H("Action Log", 2))
    rows = [("Ref", "Date raised", "Action", "Owner", "Update", "Status")]
    for ref, raised, text, upd, st, iso in tracker_rows:
        rows.append((ref, raised, text, "Chief Constable", upd, st))
        p.action(text, number=ref, date=iso, topic=None, update=upd or None, status=_st(st), source="status_column")
    rows += log
    p.add(T(tuple(rows), (2, 2.2, 5, 2.5, 5, 2), header_rows=1))
    finish(p, docx_of(p, "Police Accountability Board", date))


# --- 3. Staffordshire: Word->PDF, borders off, Assurance column, update-only log -----------------

def staffordshire() -> None:
    name = "staffordshire-pfcc-sgb-2032-05-11-round44.pdf"
    org, date, notes_date = ("Staffordshire Commissioner for Police, Fire and Rescue and Crime", "2032-05-11",
                             "2032-03-09")
    p = Pack(name, org=org, force="Staffordshire Police", title="Strategic Governance Board", date=date)
    p.add(P("**Staffordshire Commissioner for Police, Fire and Rescue and Crime**"))
    p.meeting("Strategic Governance Board", date, "Call handling and 101")
    p.add(P("11 May 2032 at 09:30, Staffordshire Commissioner's Office, Stafford"),
          P("**Focus of the meeting:** Call handling and 101"))
    p.agenda(date, ("Item", "Business", "Presented by"), [
        ("1", "Apologies", "Commissioner"),
        ("2", "Notes and actions of 9 March 2032", "Governance Officer"),
        ("3", "Call handling and 101 performance", "Head of Contact"),
        ("4", "Date of next meeting", "–")], (1, 7, 4), bordered=False)
    p.add(Break())
    item = "Road safety and the fatal four"
    p.meeting("Notes of the Strategic Governance Board – 9 March 2032", notes_date, item, level=2)
    p.add(P("Items 1 and 2 (apologies; notes of the last meeting) were taken as read."), H(f"3. {item}", 3))
    qs = [("a", "What has the force done to reduce deaths and serious injuries on the A50 and A38?",
           "Average speed cameras went live on both routes in October. Collisions causing serious injury fell by a "
           "fifth over the winter.", "Assured", "Good use of partnership data."),
          ("b", "How are drink and drug driving operations targeted?",
           "Operations are planned around licensing data and intelligence. Drug driving tests wait up to eight "
           "months at the laboratory.", "Partially Assured", "The Commissioner will raise the laboratory delay "
           "nationally."),
          ("c", "How does the force follow up reports made through the dashcam portal?",
           "Submissions doubled in 2031. Nearly half were closed with no further action because of a backlog.",
           "Not Assured", "A recovery plan is needed.")]
    rows = [("Ref", "Question", "Response", "Assurance", "Comment")]
    for n, q, ev, lvl, com in qs:
        rows.append((f"3{n}", q, ev, f"**{lvl}**", com))
        p.decision(notes_date, item, f"3{n}", q, ev,
                   {"Partially Assured": "Partly assured", "Not Assured": "Not assured"}.get(lvl, lvl), com)
    p.add(T(tuple(rows), (1, 5, 6, 2.4, 3.6), header_rows=1, bordered=False))
    minuted = [("SGB 12", "Produce a recovery plan for the dashcam portal backlog.",
                "Plan drafted; backlog reduced from 900 to 410 submissions. Work continues."),
               ("SGB 13", "Write to the national lead about drug driving test delays.",
                "Letter sent on 20 March and reply received.")]
    p.add(P("**Actions agreed**"), Bul(tuple(f"{r} – {t}" for r, t, _ in minuted)), Break(),
          H("Action log (updates as at 4 May 2032)", 2))
    rows = [("Ref", "Meeting", "Action", "Update")]
    older = [("SGB 07", "12 January 2032", "Report the number of rural 999 calls answered within ten seconds.",
              "Figures reported to the Commissioner on 2 February. Action closed.", "complete", "2032-01-12"),
             ("SGB 09", "12 January 2032", "Share the evaluation of the mental health triage car.",
              "Evaluation still with the university; expected in June.", "outstanding", "2032-01-12")]
    for ref, mtg, text, upd, st, iso in older:
        rows.append((ref, mtg, text, upd))
        p.action(text, number=ref, date=iso, topic=None, update=upd, status=st, source="inferred_from_update")
    for (ref, text, upd), st in zip(minuted, ("outstanding", "complete")):
        rows.append((ref, "9 March 2032", text, upd))
        p.action(text, number=ref, date=notes_date, topic=item, update=upd, status=st,
                 source="inferred_from_update")
    p.add(T(tuple(rows), (1.5, 2.5, 6, 6), header_rows=1, bordered=False))
    finish(p, docx_to_pdf(docx_of(p, "Strategic Governance Board", date)))


# --- 4. Warwickshire: reportlab DejaVu Serif, Outcome column, coloured squares -------------------

def warwickshire() -> None:
    name = "warwickshire-pcc-pam-2032-02-24-round44.pdf"
    org, date, notes_date = "Police and Crime Commissioner for Warwickshire", "2032-02-24", "2032-01-13"
    p = Pack(name, org=org, force="Warwickshire Police", title="Performance and Accountability Meeting", date=date)
    p.add(P("WARWICKSHIRE POLICE AND CRIME COMMISSIONER", size=10))
    p.meeting("Performance and Accountability Meeting", date, None)
    p.add(P("Wednesday 24th February 2032, 2pm, Leek Wootton"))
    p.agenda(date, ("No.", "Agenda item", "Presenter"), [
        ("1", "Apologies and declarations of interest", "Chair"),
        ("2", "Minutes of 13 January 2032 and action tracker", "OPCC"),
        ("3", "Serious violence duty", "Superintendent, Partnerships"),
        ("4", "Quarter 3 performance report", "Head of Performance"),
        ("5", "Any other business", "")], (1, 8, 5))
    p.add(Break())
    item = "Anti-social behaviour"
    p.meeting("Minutes of the Performance and Accountability Meeting, 13 January 2032", notes_date, item, level=2)
    p.add(P("1. Apologies were received from the Chief Finance Officer. 2. The minutes of the December meeting "
            "were agreed."), H(f"3. {item}", 3))
    qs = [("1", "How does the force know whether its hotspot patrols in Nuneaton town centre reduce anti-social "
           "behaviour?", "Calls about anti-social behaviour in the patrol zones fell by 23%. Footfall data from the "
           "council is used to plan patrols.", "Assured", "Clear evidence of effect."),
          ("2", "How are victims of persistent anti-social behaviour kept informed?",
           "Victims are given a named officer. The force could not say how many case reviews were requested.",
           "Partly assured", "Numbers of case reviews to be reported.")]
    rows = [("Q", "Question", "Force response", "Outcome", "PCC comments")]
    for n, q, ev, lvl, com in qs:
        rows.append((n, q, ev, f"**{lvl}**", com))
        p.decision(notes_date, item, n, q, ev, lvl, com)
    p.add(T(tuple(rows), (0.6, 4.6, 5.4, 2.9, 3.5), header_rows=1))
    minuted = ("PAM 032", "Report the number of anti-social behaviour case reviews requested and held in 2031.",
               "Figures compiled; to be presented in March.", AMBER)
    p.add(P(f"**Action:** {minuted[1]} ({minuted[0]})"), Break(), H("Action Tracker", 2),
          P(f"Key: {square(GREEN)} Complete   {square(AMBER)} In progress   {square(RED)} Not started"))
    rows = [("No.", "Date", "Action", "Update", "RAG")]
    older = [("PAM 027", "9.12.31", "Provide the results of the rural crime survey.", "Results shared on 6 January.",
              GREEN, "2031-12-09"),
             ("PAM 029", "9.12.31", "Arrange a visit for the Commissioner to the new control room.",
              "Date not yet set.", RED, "2031-12-09")]
    for ref, d, text, upd, colour, iso in older:
        rows.append((ref, d, text, upd, square(colour)))
        p.action(text, number=ref, date=iso, topic=None, update=upd,
                 status="complete" if colour == GREEN else "outstanding", source="glyph_colour")
    ref, text, upd, colour = minuted
    rows.append((ref, "13.1.32", text, upd, square(colour)))
    p.action(text, number=ref, date=notes_date, topic=item, update=upd, status="outstanding", source="glyph_colour")
    p.add(T(tuple(rows), (1.8, 2.0, 6, 5, 1.2), header_rows=1))
    look = register_dejavu_serif()
    finish(p, render_pdf(p.blocks, look, "Performance and Accountability Meeting", "OPCC Warwickshire"))


# --- 5. West Mercia: Word->PDF, long pack with a performance paper, table over a page break -----

def west_mercia() -> None:
    name = "west-mercia-pcc-hta-2032-06-15-round44.pdf"
    org, date, notes_date = "Police and Crime Commissioner for West Mercia", "2032-06-15", "2032-04-13"
    p = Pack(name, org=org, force="West Mercia Police", title="Holding to Account Meeting", date=date)
    p.add(P("West Mercia Police and Crime Commissioner"))
    p.meeting("Holding to Account Meeting", date, "Investigation standards")
    p.add(P("Date: 15/06/2032. Venue: Hindlip Hall, Worcester."), P("**Theme:** Investigation standards"))
    p.agenda(date, ("Item", "Title", "Lead"), [
        ("1", "Introductions and apologies", "PCC"),
        ("2", "Notes of 13 April 2032 and actions", "Deputy PCC"),
        ("3", "Investigation standards", "Detective Chief Superintendent"),
        ("4", "Performance report (quarter 4)", "Head of Strategy"),
        ("5", "Date of next meeting", "")], (1, 8, 5))
    p.add(Break())
    item = "Violence against women and girls"
    p.meeting("Notes of the Holding to Account Meeting held on 13 April 2032", notes_date, item, level=2)
    p.add(P("Present: the PCC (Chair), the Deputy PCC, the Chief Constable, the Assistant Chief Constable and the "
            "OPCC's Head of Governance."), H(f"Item 3: {item}", 3))
    long_ev = ("Domestic abuse arrests rose by nine per cent in the year, but the share of cases in which the victim "
               "withdraws support for a prosecution stayed at about half. The force is piloting body worn video at "
               "every domestic abuse attendance in Telford and Shrewsbury, so that evidence is captured at the "
               "scene and a prosecution can go ahead without the victim giving evidence in court. Independent "
               "domestic violence advisers now sit in the two largest custody suites and speak to victims within "
               "a day of an arrest. Prosecutors return case files to the force less often than a year ago, and "
               "the force has trained two hundred officers in evidence led prosecutions. The Assistant Chief "
               "Constable said withdrawal rates differ widely between districts and that the force had not yet "
               "looked at why. A review of the cases closed after a victim withdrew in Herefordshire found that "
               "many victims had not been offered an adviser. The force will share the results of the pilot when "
               "it ends in the summer, and it expects to extend the use of video to all districts in the autumn "
               "if the evaluation supports it.")
    qs = [("1", "How is the force improving outcomes for victims of rape and serious sexual offences?",
           "Twelve more detectives joined the rape investigation teams. The adult rape charge rate rose to eleven "
           "per cent. Every victim is offered an independent adviser at first contact.", "Assured",
           "The PCC recognised the improvement."),
          ("2", "What is being done to reduce the number of domestic abuse victims who withdraw their support "
           "for a prosecution?", long_ev.strip(), "Partially assured",
           "The PCC asked for the pilot's results and for withdrawal rates by district."),
          ("3", "How does the force check that officers record all reported stalking?",
           "A monthly audit of fifty incidents checks crime recording. The last audit found ninety two per cent "
           "were recorded correctly.", "Assured", "")]
    rows = [("No.", "Question", "Response", "Level of assurance", "Comments")]
    for n, q, ev, lvl, com in qs:
        rows.append((n, q, ev, lvl, com))
        p.decision(notes_date, item, n, q, ev, {"Partially assured": "Partly assured"}.get(lvl, lvl), com or None)
    p.add(T(tuple(rows), (0.7, 4, 9, 2.5, 3.6), header_rows=1))
    minuted = [("HTA 32-11", "Report withdrawal rates for domestic abuse cases by district.",
                "Rates reported to the OPCC in May.", "Complete"),
               ("HTA 32-12", "Present the results of the body worn video pilot.",
                "Pilot ends in July; results due September.", "Ongoing")]
    p.add(P("**Actions**"), Bul(tuple(f"{r}: {t}" for r, t, _, _ in minuted)), Break(),
          H("Item 4: Performance report – quarter 4 2031/32", 2),
          P("The table gives the force's position against the measures of the Safer West Mercia Plan."))
    perf = [("Measure", "Q3", "Q4", "Direction"),
            ("999 calls answered within 10 seconds", "86%", "89%", "Improving"),
            ("101 calls abandoned", "14%", "11%", "Improving"),
            ("Victim satisfaction (all crime)", "71%", "70%", "Stable"),
            ("Positive outcome rate (all crime)", "12.1%", "12.6%", "Improving"),
            ("Repeat victims of domestic abuse", "31%", "33%", "Worsening")]
    p.add(T(tuple(perf), (8, 2, 2, 3), header_rows=1),
          P("The PCC noted the performance report. Call handling will be the theme of the September meeting."),
          Break(), H("Action log", 2))
    rows = [("Ref", "Meeting", "Action", "Progress", "Status")]
    older = [("HTA 32-04", "10/02/2032", "Brief the PCC on the new investigation training programme.",
              "Briefing given on 3 March.", "Complete", "2032-02-10")]
    for ref, d, text, upd, st, iso in older:
        rows.append((ref, d, text, upd, st))
        p.action(text, number=ref, date=iso, topic=None, update=upd, status=_st(st), source="status_column")
    for ref, text, upd, st in minuted:
        rows.append((ref, "13/04/2032", text, upd, st))
        p.action(text, number=ref, date=notes_date, topic=item, update=upd, status=_st(st), source="status_column")
    p.add(T(tuple(rows), (2, 2.2, 6, 5, 2), header_rows=1))
    finish(p, docx_to_pdf(docx_of(p, "Holding to Account Meeting", date)))


# --- 6. Wiltshire: Word, reference-style table with "PCC Decision", status words ---------------

def wiltshire() -> None:
    name = "wiltshire-pcc-cmb-2032-03-25-round44.docx"
    # the office's one name in the gold (gold-format.md); the pack prints "Wiltshire"
    org, date, notes_date = "Police and Crime Commissioner for Wiltshire and Swindon", "2032-03-25", "2032-01-28"
    p = Pack(name, org=org, force="Wiltshire Police", title="Commissioner's Monitoring Board", date=date)
    p.add(P("Office of the Police and Crime Commissioner for Wiltshire"))
    p.meeting("Commissioner's Monitoring Board", date, "Custody")
    p.add(P("Thursday 25 March 2032 – Police HQ, Devizes"), P("**Topic:** Custody"))
    p.agenda(date, ("Item", "Subject", "Lead officer"), [
        ("1", "Apologies", "Chair"),
        ("2", "Notes of the previous meeting", "OPCC"),
        ("3", "Custody: detainee safety and healthcare", "Chief Inspector, Custody"),
        ("4", "Action log", "OPCC"),
        ("5", "AOB", "")], (1, 8, 5))
    p.add(Break())
    item = "Neighbourhood crime"
    p.meeting(f"Notes of the Commissioner's Monitoring Board – 28 January 2032 (Topic: {item})", notes_date, item,
              level=2)
    qs = [("1", "Has the burglary solved rate improved since the new investigation model began?",
           "The solved rate rose from 6% to 9%. Forensic attendance at every burglary is now standard.", "Assured",
           None),
          ("2", "How are vehicle crime hotspots in Swindon being tackled?",
           "Joint patrols with the council's wardens began in December. It is too early to show a reduction.",
           "Partially Assured", "Return to the Board with three months of data."),
          ("3", "What is being done about theft of farm machinery?",
           "Marking kits were offered to farmers, but take-up is unknown.", "Not Assured",
           "The Commissioner wants take-up measured.")]
    rows = [("Question", "Summary of response", "PCC Decision")]
    for n, q, ev, lvl, com in qs:
        rows.append((f"Q{n}. {q}", ev, level_cell(lvl, com)))
        p.decision(notes_date, item, n, q, ev,
                   {"Partially Assured": "Partly assured", "Not Assured": "Not assured"}.get(lvl, lvl), com)
    p.add(T(tuple(rows), (5, 6, 3), header_rows=1))
    minuted = [("CMB/32/02", "Bring three months of vehicle crime data for the Swindon hotspots to the Board.",
                "Data to be presented in April.", "Open"),
               ("CMB/32/03", "Measure the take-up of farm machinery marking kits.",
                "Take-up measured: 212 kits issued.", "Closed")]
    p.add(P("**Actions**"), Num(tuple(m[1] for m in minuted)), Break(), H("Action log", 2))
    rows = [("Action No.", "Date", "Action", "Update", "Status")]
    older = ("CMB/31/19", "26 Nov 2031", "Confirm the dates of the rural crime week of action.",
             "Dates confirmed for May.", "Closed", "2031-11-26")
    rows.append(older[:5])
    p.action(older[2], number=older[0], date=older[5], topic=None, update=older[3], status="complete",
             source="status_column")
    for ref, text, upd, st in minuted:
        rows.append((ref, "28 Jan 2032", text, upd, st))
        p.action(text, number=ref, date=notes_date, topic=item, update=upd, status=_st(st), source="status_column")
    p.add(T(tuple(rows), (2.2, 2.2, 6, 5, 1.6), header_rows=1))
    finish(p, docx_of(p, "Commissioner's Monitoring Board", date,
                      header=("Police and Crime Commissioner for Wiltshire – OFFICIAL",)))


# --- 7. South Wales: reportlab borderless, two items with "Assurance level:" lines -------------

def south_wales() -> None:
    name = "south-wales-pcc-sab-2032-05-27-round44.pdf"
    org, date, notes_date = "Police and Crime Commissioner for South Wales", "2032-05-27", "2032-03-25"
    p = Pack(name, org=org, force="South Wales Police", title="Strategic Assurance Board", date=date)
    p.add(P("Police and Crime Commissioner for South Wales"))
    p.meeting("Strategic Assurance Board", date, None)
    p.add(P("27 May 2032, 10.00am, Police Headquarters, Bridgend"))
    p.agenda(date, ("Item", "Title", "Lead"), [
        ("1", "Welcome and apologies", "Commissioner"),
        ("2", "Minutes and actions", "Chief Executive"),
        ("3", "Youth justice and diversion", "ACC Crime"),
        ("4", "Roads policing", "Chief Superintendent, Operations"),
        ("5", "AOB", "")], (1, 8, 5), bordered=False)
    p.add(Break())
    p.meeting("Minutes of the Strategic Assurance Board held on 25 March 2032", notes_date, None, level=2)
    p.add(P("1. Welcome and apologies: none. 2. Minutes of the January meeting agreed; actions as per the log."))
    items = [
        ("3. Hate crime", "Hate crime", [
            ("1", "How does the force support victims of disability hate crime?",
             "A specialist officer reviews each case within 48 hours. Feedback from victims is positive.",
             "Assured", "The Commissioner thanked the team."),
            ("2", "How is under-reporting of hate crime being addressed?",
             "Third party reporting centres reopened in Cardiff and Swansea. Reports from Merthyr remain very low.",
             "Partially assured", "Further work with community groups in the valleys was requested.")],
         [("SAB 32/09", "Set out a plan to raise hate crime reporting in the valleys.",
           "Plan agreed with community groups in April.", "Complete")]),
        ("4. Missing children", "Missing children", [
            ("1", "How quickly are return home interviews carried out?",
             "Sixty four per cent are held within 72 hours. The target is ninety per cent.", "Not assured",
             "The Commissioner asked for a recovery plan.")],
         [("SAB 32/10", "Provide a recovery plan for return home interview times.",
           "Plan drafted with the local authorities; sign off in June.", "Open")]),
    ]
    log = []
    for heading, topic, questions, actions in items:
        p.add(H(heading, 3))
        for n, q, ev, lvl, com in questions:
            p.add(P(f"**Question {n}** – {q}"), P(ev, indent=14), P(f"Assurance level: **{lvl}**", indent=14),
                  P(f"Commissioner's comment: {com}", indent=14))
            p.decision(notes_date, topic, n, q, ev, {"Partially assured": "Partly assured"}.get(lvl, lvl), com)
        for ref, text, upd, st in actions:
            p.add(P(f"**Action {ref}:** {text}"))
            p.action(text, number=ref, date=notes_date, topic=topic, update=upd, status=_st(st),
                     source="status_column")
            log.append((ref, "25.03.32", text, upd, st))
    p.add(Break(), H("Action log", 2))
    rows = [("Ref", "Raised", "Action", "Progress", "Status")]
    older = ("SAB 32/02", "28.01.32", "Share the force's new stop and search scrutiny panel terms of reference.",
             "Shared on 9 February.", "Complete", "2032-01-28")
    rows.append(older[:5])
    p.action(older[2], number=older[0], date=older[5], topic=None, update=older[3], status="complete",
             source="status_column")
    rows += log
    p.add(T(tuple(rows), (2, 1.8, 6, 5, 1.8), header_rows=1, bordered=False))
    finish(p, render_pdf(p.blocks, PdfLook(margin=60), "Strategic Assurance Board", "OPCC South Wales"))


# --- 8. Sussex: Word->PDF, cover page, running header, merged topic cells ----------------------

def sussex() -> None:
    name = "sussex-pcc-pam-2032-03-24-round44.pdf"
    org, date, notes_date = "Police and Crime Commissioner for Sussex", "2032-03-24", "2032-01-27"
    p = Pack(name, org=org, force="Sussex Police", title="Performance & Accountability Meeting", date=date)
    p.add(P("Sussex Police & Crime Commissioner", size=14))
    p.meeting("Performance & Accountability Meeting", date, "Fraud")
    p.add(P("Wednesday 24 March 2032, 10:00, Sackville House, Lewes"), P("**Theme:** Fraud"),
          P("Webcast live on the Commissioner's website."), Break(), H("Agenda", 2))
    p.agenda(date, ("Item", "Title", "Presenter"), [
        ("1", "Welcome", "Commissioner"),
        ("2", "Fraud and protecting older people from scams", "Detective Superintendent, Economic Crime"),
        ("3", "Action tracker", "Head of Performance")], (1, 8, 5), bordered=False)
    p.add(P("Draft notes of the meeting held on 27 January 2032 follow."), Break())
    item = "Policing the night-time economy"
    p.meeting(f"Notes – Performance & Accountability Meeting ({item}) – 27 January 2032", notes_date, item,
              level=2)
    qs = [("1", "How does the force keep people safe in Brighton's night-time economy?",
           "Weekend safe spaces run with the council and street pastors. Violent crime in the zone fell by 8%.",
           "Assured", "Positive partnership working."),
          ("2", "How many licensed premises were reviewed after serious incidents?",
           "Four licence reviews were sought. The force could not show how quickly reviews were requested.",
           "Partly assured", "Timeliness to be reported."),
          ("3", "How is spiking being investigated?",
           "Testing kits are issued to every response team. Only a third of reports lead to a test being taken.",
           "Partly assured", "The Commissioner wants testing rates to rise.")]
    rows = [("Question", "Summary of evidence", "PCC decision")]
    for n, q, ev, lvl, com in qs:
        rows.append((f"{n}. {q}", ev, level_cell(lvl, com)))
        p.decision(notes_date, item, n, q, ev, lvl, com)
    p.add(T(tuple(rows), (5, 6, 3), header_rows=1, bordered=False))
    p.add(P("**Actions**"),
          Num(("Report how long the force takes to seek a licence review after a serious incident.",
               "Set a target for testing after reports of spiking.")), Break(), H("Action tracker", 2))
    groups = [("Youth violence", None, [
                   ("Share the knife crime prevention plan for the summer.", "Plan shared on 1 August.", "Complete")]),
              (item, notes_date, [
                   ("Report how long the force takes to seek a licence review after a serious incident.",
                    "Median of 11 days; reported on 9 March.", "Complete"),
                   ("Set a target for testing after reports of spiking.",
                    "Target of 60% under discussion with partners.", "Ongoing")])]
    rows, spans = [("Topic", "Action", "Update", "Status")], []
    number = 0
    for topic, mdate, acts in groups:
        spans.append((len(rows), 0, len(acts), 1))
        for i, (text, upd, st) in enumerate(acts):
            rows.append((topic if i == 0 else None, text, upd, st))
            if mdate:
                number += 1
            p.action(text, number=str(number) if mdate else None, date=mdate, topic=topic, update=upd,
                     status=_st(st), source="status_column")
    p.add(T(tuple(rows), (3, 6, 5, 2), header_rows=1, bordered=False, spans=tuple(spans)))
    header = ("Sussex Police & Crime Commissioner – Performance & Accountability Meeting",)
    finish(p, docx_to_pdf(docx_of(p, "Performance & Accountability Meeting", date, header=header)), header)


# --- 9. York and North Yorkshire: reportlab, Deputy Mayor, deferred level, RAG shading ---------

def york() -> None:
    name = "york-north-yorkshire-dmpfc-pam-2032-06-03-round44.pdf"
    org, date, notes_date = "Deputy Mayor for Policing, Fire and Crime", "2032-06-03", "2032-04-01"
    p = Pack(name, org=org, force="North Yorkshire Police", title="Public Accountability Meeting", date=date)
    p.add(P("York and North Yorkshire Combined Authority", size=10))
    p.meeting("Public Accountability Meeting", date, "Rural crime")
    p.add(P("**Chair:** Deputy Mayor for Policing, Fire and Crime"), P("3 June 2032, 13:30, Harrogate"),
          P("**Theme:** Rural crime"))
    p.agenda(date, ("#", "Item", "Lead"), [
        ("1", "Welcome and apologies", "Deputy Mayor"),
        ("2", "Notes and action log of 1 April 2032", "Policy Officer"),
        ("3", "Rural crime", "Inspector, Rural Taskforce"),
        ("4", "Any other business", "–")], (1, 8, 5))
    p.add(Break())
    item = "Child criminal exploitation and county lines"
    p.meeting("Notes of the Public Accountability Meeting – 1 April 2032", notes_date, item, level=2)
    p.add(P(f"**Item 3 – {item}**"))
    qs = [("1", "How many county lines have been closed in the last year and how is that measured?",
           "Thirty-one lines were closed. A line is counted as closed when the phone number is disconnected and "
           "the holder charged.", "Assured", "Clear definitions."),
          ("2", "How are children found in county lines safeguarded after arrest?",
           "Every child is referred to the exploitation hub. Reports of a wait for places at the diversion "
           "scheme were confirmed.", "Partially assured", "The Deputy Mayor asked for the waiting list."),
          ("3", "How is the force using the national referral mechanism for exploited children?",
           "Figures were not available on the day and will be provided.", "Not assessed",
           "Deferred to the June meeting.")]
    rows = [("No.", "Question", "Response", "Assurance level", "Comments")]
    for n, q, ev, lvl, com in qs:
        rows.append((n, q, ev, lvl, com))
        p.decision(notes_date, item, n, q, ev, {"Partially assured": "Partly assured", "Not assessed": None}.get(
            lvl, lvl), com)
    p.add(T(tuple(rows), (1.1, 5, 6, 2.4, 3.4), header_rows=1))
    minuted = [("PAM-24", "Provide the waiting list for the diversion scheme.", "Waiting list shared on 20 April.",
                GREEN),
               ("PAM-25", "Provide national referral mechanism figures for exploited children.",
                "Figures being checked; due before the June meeting.", AMBER)]
    p.add(P("**Actions**"), Bul(tuple(f"{r} {t}" for r, t, _, _ in minuted)), Break(), H("Action log", 2),
          P("RAG key: green – complete; amber – in progress; red – overdue."))
    rows, fills = [("Ref", "Date", "Action", "Update", "RAG")], {}
    older = [("PAM-19", "5 Feb 32", "Publish the rural crime strategy refresh.", "Delayed; now due in July.", RED,
              "2032-02-05")]
    for ref, d, text, upd, colour, iso in older:
        fills[(len(rows), 4)] = colour
        rows.append((ref, d, text, upd, ""))
        p.action(text, number=ref, date=iso, topic=None, update=upd, status="outstanding", source="cell_shading")
    for ref, text, upd, colour in minuted:
        fills[(len(rows), 4)] = colour
        rows.append((ref, "1 Apr 32", text, upd, ""))
        p.action(text, number=ref, date=notes_date, topic=item, update=upd,
                 status="complete" if colour == GREEN else "outstanding", source="cell_shading")
    p.add(T(tuple(rows), (1.4, 1.6, 6, 5, 1.2), header_rows=1, fills=fills))
    look = PdfLook(margin=56, header="Public Accountability Meeting – 3 June 2032")
    finish(p, render_pdf(p.blocks, look, "Public Accountability Meeting", "York and North Yorkshire CA"),
           (look.header,))


PACKS = {"dorset": dorset, "hampshire": hampshire, "staffordshire": staffordshire, "warwickshire": warwickshire,
         "west-mercia": west_mercia, "wiltshire": wiltshire, "south-wales": south_wales, "sussex": sussex,
         "york": york}

if __name__ == "__main__":
    wanted = sys.argv[1:]
    for key, build in PACKS.items():
        if not wanted or any(key.startswith(w) for w in wanted):
            build()
