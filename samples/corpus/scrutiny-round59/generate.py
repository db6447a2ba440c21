"""Held-out scrutiny round 59 (issue 4): nine ordinary packs of offices the project has not seen.

Written blind (see README.md). Each builder call that prints an agenda row, a meeting heading, a
question or an action row also writes its gold record, so gold says what the page says. A PDF
record's `page` is the first page whose pdfplumber text or table cells hold the start of its key
text; the generator stops if a key is on no page or a word of a table cell is split.

    .venv/bin/python samples/corpus/scrutiny-round59/generate.py [NAME-PREFIX ...]

Gold goes to heldout/ (not gold/): the round is scored by hand, once.
"""

from __future__ import annotations

import io
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import scrutiny_common  # noqa: E402,F401  (puts the round-3 render module on sys.path)
from office_pdf import docx_to_pdf  # noqa: E402
from render import Break, Bul, H, Num, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

import pdfplumber  # noqa: E402

HELDOUT = HERE / "heldout"
CHECKED = ("Written blind for held-out round 59; every record hand-checked against the rendered pages and "
           "`scrutiny inspect` (layout only) by the round's writer; the extractors were never run on it.")

GREEN, AMBER, RED = "#00b050", "#ffc000", "#ff0000"
BULLETS = {"•", "o", "\uf0b7", "▪", "■"}
COMPLETE_WORDS = {"complete", "completed", "closed", "discharged", "achieved"}


def plain(text: str) -> str:
    """The words of a marked-up string as printed (no **, *, {#colour|...})."""
    text = re.sub(r"\{#[0-9a-fA-F]{6}\|(.*?)\}", r"\1", text)
    return text.replace("**", "").replace("*", "").replace("~~", "")


def iso(day: str) -> str:
    return datetime.strptime(day, "%d %B %Y").date().isoformat()


@dataclass
class Q:
    number: str | None  # the question's number as gold reads it
    label: str  # as printed before the question ("1.", "Q2", "LOE 3"), "" for none
    question: str
    evidence: tuple[str, ...]
    level: str  # as printed
    assurance: str | None
    commentary: str | None

    def __post_init__(self) -> None:
        if isinstance(self.evidence, str):  # one paragraph of response
            self.evidence = (self.evidence,)


@dataclass
class Act:
    ref: str | None
    text: str
    update: str | None
    status: str  # as printed in a status column, or the colour name ("green") for glyphs and shading
    raised: str | None  # the meeting date as printed, or None
    raised_iso: str | None
    topic: str | None = None  # topic cell, if the tracker prints one
    minute_key: str | None = None  # where the notes minute it (the pack prints it again in the tracker)
    gold_topic: str | None = None
    gold_number: str | None = None
    owner: str = ""


@dataclass
class Pack:
    name: str
    org: str
    force: str
    title: str
    meeting_date: str  # "12 March 2046"
    blocks: list = field(default_factory=list)
    gold: dict = field(default_factory=lambda: {t: [] for t in (
        "documents", "meetings", "agenda_items", "assurance_decisions", "actions", "grades")})
    keys: list = field(default_factory=list)  # (record, key text, earliest page)

    def add(self, *blocks) -> None:
        self.blocks.extend(blocks)

    def keyed(self, kind: str, record: dict, key: str, after: int = 1) -> None:
        record = {"page": None, **record}
        self.gold[kind].append(record)
        self.keys.append((record, plain(key), after))

    # --- front sheet ------------------------------------------------------
    def meeting(self, title_key: str, day: str, topic: str | None, title: str | None = None, after: int = 1) -> None:
        self.keyed("meetings", {"meeting_date": iso(day), "topic": topic, "organisation": self.org,
                                "title": plain(title or title_key)}, title_key, after)

    def agenda(self, header: tuple[str, ...], rows: list[tuple[str, ...]], widths: tuple[float, ...],
               *, bordered: bool = True, number_suffix: str = ".", header_rows: int = 1) -> None:
        """Agenda rows (number, title, presenter as printed, then any cells of other columns; "–" or ""
        for no presenter)."""
        table = [header] if header_rows else []
        for number, title, presenter, *other in rows:
            table.append((f"{number}{number_suffix}", title, presenter or "", *other))
            who = None if presenter in (None, "", "–") else plain(presenter)
            self.keyed("agenda_items", {"meeting_date": iso(self.meeting_date), "number": number,
                                        "title": plain(title), "presenter": who}, title)
        self.add(T(tuple(table), widths, header_rows=header_rows, bordered=bordered))

    # --- questions --------------------------------------------------------
    def decision(self, q: Q, day: str, topic: str | None) -> None:
        self.keyed("assurance_decisions", {
            "meeting_date": iso(day), "topic": topic, "question_number": q.number, "question": plain(q.question),
            "evidence_summary": " ".join(plain(e) for e in q.evidence), "assurance": q.assurance,
            "assurance_raw": plain(q.level) if q.assurance or q.level else None, "commentary": q.commentary,
        }, q.question)

    def reference_table(self, header: tuple[str, str, str], qs: list[Q], day: str, topic: str | None,
                        widths=(30, 45, 25), bordered: bool = True) -> None:
        """The reference pack's table: the bold question, the evidence in bullets, the bold level over
        an italic comment."""
        rows = [header]
        for q in qs:
            decision = (f"**{q.level}**",) + ((f"*{q.commentary}*",) if q.commentary else ())
            rows.append((f"**{q.label} {q.question}**".replace("** ", "**", 1) if q.label else f"**{q.question}**",
                         (Bul(q.evidence),), decision))
            self.decision(q, day, topic)
        self.add(T(tuple(rows), widths, header_rows=1, bordered=bordered))

    def level_table(self, header: tuple[str, ...], qs: list[Q], day: str, topic: str | None, widths,
                    bordered: bool = True, bullets: bool = False) -> None:
        """No. | Question | Response | <level column> | <comment column>."""
        rows = [header]
        for q in qs:
            response = (Bul(q.evidence),) if bullets else tuple(q.evidence)
            rows.append((q.label, q.question, response, q.level, q.commentary or ""))
            self.decision(q, day, topic)
        self.add(T(tuple(rows), widths, header_rows=1, bordered=bordered))

    def level_lines(self, qs: list[Q], day: str, topic: str | None, *, label: str, comment_label: str,
                    heading_level: int | None = 3, response_label: str = "Response:") -> None:
        """A question per paragraph block, closed by "<label> <level>" and the decider's comment."""
        for q in qs:
            if heading_level:
                self.add(H(q.label, heading_level), P(f"**{q.question}**"))
            else:
                self.add(P(f"**{q.label} {q.question}**"))
            self.add(P(f"*{response_label}*"), Bul(q.evidence), P(f"**{label}** {q.level}"))
            if q.commentary:
                self.add(P(f"**{comment_label}** {q.commentary}"))
            self.decision(q, day, topic)

    # --- actions ----------------------------------------------------------
    def action(self, a: Act, page_key: str, status: str, status_source: str) -> None:
        self.keyed("actions", {
            "meeting_date": a.raised_iso, "topic": a.gold_topic, "number": a.gold_number or a.ref,
            "text": plain(a.text), "update": plain(a.update) if a.update else None, "status": status,
            "status_source": status_source, "source": "action_tracker"}, page_key)

    def tracker(self, header: tuple[str, ...], acts: list[Act], widths, *, status: str,
                columns: tuple[str, ...], bordered: bool = True, spans=()) -> None:
        """One row per action; ``columns`` names what each column holds (ref, raised, topic, text,
        owner, update, status); ``status`` is "column", "square", "shade" or "update"."""
        rows, fills = [header], {}
        for r, a in enumerate(acts, start=1):
            row = []
            for c, col in enumerate(columns):
                if col == "status" and status == "column":
                    row.append(a.status)
                elif col == "status" and status == "square":
                    row.append("{" + {"green": GREEN, "amber": AMBER, "red": RED}[a.status] + "|■}")
                elif col == "status" and status == "shade":
                    row.append("")
                    fills[(r, c)] = {"green": GREEN, "amber": AMBER, "red": RED}[a.status]
                elif col == "topic":
                    row.append(a.topic)  # None under a merged cell
                else:
                    row.append({"ref": a.ref or "", "raised": a.raised or "", "text": a.text,
                                "owner": a.owner, "update": a.update or ""}[col])
            rows.append(tuple(row))
            key = a.minute_key or a.text
            if status == "column":
                done = a.status.lower() in COMPLETE_WORDS
                self.action(a, key, "complete" if done else "outstanding", "status_column")
            elif status == "update":  # no status printed: "done" / "open" is the writer's reading of the update
                self.action(a, key, "complete" if a.status == "done" else "outstanding", "inferred_from_update")
            else:
                self.action(a, key, "complete" if a.status == "green" else "outstanding",
                            "glyph_colour" if status == "square" else "cell_shading")
        self.add(T(tuple(rows), widths, header_rows=1, bordered=bordered, fills=fills, spans=tuple(spans)))

    # --- output -----------------------------------------------------------
    def document(self, pages: int | None) -> None:
        record = {"page": None, "file_type": "pdf" if self.name.endswith(".pdf") else "docx",
                  "doc_kind": "scrutiny_pack", "status": "ok", "publication_date": None, "title": self.title,
                  "force": self.force, "organisation": self.org, "meeting_date": iso(self.meeting_date)}
        if pages is not None:
            record["pages"] = pages
        self.gold["documents"] = [record]


# --- pages and split words ---------------------------------------------------

def _tokens(text: str) -> list[str]:
    return [t for t in (re.sub(r"[^\w%/]", "", w.lower()) for w in re.sub(r"[-–]", " ", text).split()) if t]


def _holds(page: list[str], key: list[str], window: int = 150) -> bool:
    """The key's words in order within a window of the page's words: a table's columns interleave in
    the page's reading order, so a cell's words are in order but not adjacent."""
    for i, token in enumerate(page):
        if token != key[0]:
            continue
        j, rest = i + 1, key[1:]
        while rest and j < min(len(page), i + window):
            if page[j] == rest[0]:
                rest = rest[1:]
            j += 1
        if not rest:
            return True
    return False


def _source_words(pack: Pack) -> set[str]:
    words: set[str] = set()

    def walk(obj) -> None:
        if isinstance(obj, str):
            words.update(re.findall(r"\S+", plain(obj)))
        elif isinstance(obj, (tuple, list)):
            for x in obj:
                walk(x)
        elif isinstance(obj, (H, P)):
            walk(obj.text)
        elif isinstance(obj, (Bul, Num)):
            walk(obj.items)
        elif isinstance(obj, T):
            walk(obj.rows)

    walk(pack.blocks)
    return words


def set_pages(pack: Pack, data: bytes) -> int:
    words = _source_words(pack)
    texts: list[list[str]] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for table in page.extract_tables():
                for row in table:
                    for cell in row:
                        # a line wrapped after a hyphen is one word; bullets are Word's list glyphs
                        for word in re.sub(r"-\n", "-", cell or "").split():
                            if word not in words and word not in BULLETS:
                                raise SystemExit(f"{pack.name} p{page.page_number}: split word {word!r} in {cell!r}")
            texts.append(_tokens(" ".join(w["text"] for w in page.extract_words())))
    for record, key, after in pack.keys:
        start = _tokens(key)[:8]
        hits = [i + 1 for i, t in enumerate(texts) if _holds(t, start) and i + 1 >= after]
        if not hits:
            raise SystemExit(f"{pack.name}: key on no page: {key[:60]!r}")
        record["page"] = hits[0]
    return len(texts)


def write(pack: Pack, data: bytes) -> None:
    if pack.name.endswith(".pdf"):
        pages = set_pages(pack, data)
    else:
        pages = None
        for record, _, _ in pack.keys:
            record["page"] = None
    pack.document(pages)
    (HERE / pack.name).write_bytes(data)
    HELDOUT.mkdir(exist_ok=True)
    gold = {"source_file": pack.name, "expect": "ok", "checked": CHECKED, "records": pack.gold}
    (HELDOUT / f"{pack.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    summary = {t: [r["page"] for r in pack.gold[t]] for t in ("meetings", "assurance_decisions", "actions")}
    print(f"{pack.name}: {len(data)} bytes, pages {pages}; {summary}")


def when(pack: Pack) -> datetime:
    return datetime.combine(date.fromisoformat(iso(pack.meeting_date)), datetime.min.time()).replace(hour=9)


def as_pdf(pack: Pack, look: PdfLook) -> bytes:
    return render_pdf(pack.blocks, look, pack.title, pack.org)


def as_docx(pack: Pack, header: tuple[str, ...] = ()) -> bytes:
    return render_docx(pack.blocks, title=pack.title, author=pack.org, when=when(pack), header=header)


def as_office_pdf(pack: Pack, header: tuple[str, ...] = ()) -> bytes:
    return docx_to_pdf(as_docx(pack, header))


# === the packs =================================================================

def bedfordshire(Pack):
    """reportlab, Helvetica, 4 pp.: the reference pack's form; coloured squares under a legend."""
    pk = Pack("bedfordshire-pcc-psm-2046-03-18-round59.pdf", "Police and Crime Commissioner for Bedfordshire",
              "Bedfordshire Police", "Performance Scrutiny Meeting", "18 March 2046")
    notes_day, topic = "21 January 2046", "Rural and Wildlife Crime"
    pk.add(P("**Police and Crime Commissioner for Bedfordshire**", 14), P("Bridgeway House, Kempston Road, Bedford"))
    pk.add(H("Performance Scrutiny Meeting", 1))
    pk.meeting("Performance Scrutiny Meeting", pk.meeting_date, None)
    pk.add(P("**Date:** Wednesday 18 March 2046"), P("**Time:** 10:00am – 12:00pm"),
           P("**Venue:** Conference Room 2, Force Headquarters / Microsoft Teams"), H("Agenda", 2))
    pk.agenda(("No.", "Item", "Presented By"), [
        ("1", "Apologies for Absence", "PCC"),
        ("2", "Draft Notes – Performance Scrutiny Meeting (Rural and Wildlife Crime) – 21 January 2046", "PCC"),
        ("3", "Scrutiny Actions 2045/46 – An Update", "Head of Scrutiny"),
        ("4", "Roads Policing and Casualty Reduction", "Superintendent, Roads Policing Unit"),
        ("5", "Any Other Business", "PCC"),
        ("6", "Date of the next meeting: Wednesday 20 May 2046 Topic: Youth Justice and Diversion", "PCC"),
    ], (8, 62, 30))
    pk.meeting("DRAFT NOTES – PERFORMANCE SCRUTINY MEETING (RURAL AND WILDLIFE CRIME) – 21 JANUARY 2046", notes_day,
               topic)
    pk.add(H("DRAFT NOTES – PERFORMANCE SCRUTINY MEETING (RURAL AND WILDLIFE CRIME) – 21 JANUARY 2046", 2),
           P("**Present:** Police and Crime Commissioner (Chair); Chief Executive; Assistant Chief Constable, "
             "Local Policing; Chief Inspector, Rural Crime Team; Scrutiny Officer (notes)."))
    qs = [
        Q("1", "1.", "How many rural and wildlife crimes were recorded in the last twelve months, and how does the "
          "Force know whether the rural community reports all of them?",
          ("Recorded rural crime fell by 6% in the year to December 2045, to 1,412 offences, most of them thefts "
           "of plant and machinery and of fuel.",
           "Wildlife crime recorded rose from 58 to 81 offences, which the Force attributes to better recording "
           "after training of call handlers.",
           "A farm watch survey of 640 members found that one in four thefts of equipment had not been reported; "
           "the Rural Crime Team now attends every farm watch meeting.",
           "The Force has signed up to the national rural crime reporting line and publishes a quarterly rural "
           "crime bulletin."),
          "Assured", "Assured",
          "The PCC welcomed the survey of farm watch members and asked that it is repeated each year."),
        Q("2", "2.", "What resources does the Rural Crime Team have, and how does the Force make sure they are not "
          "taken away to cover response demand?",
          ("The Rural Crime Team has one sergeant and six constables, with two special constables attached since "
           "September 2045.",
           "Between April and December 2045 the team was abstracted to response duties on 43 shifts, against a "
           "target of no more than 20.",
           "The Force has agreed that the team will only be abstracted with the approval of a superintendent, and "
           "abstractions are now reported to the weekly performance meeting.",
           "Two more constables will join the team in April 2046, funded from the PCC's rural crime grant.",
           "Neighbourhood officers in the three most rural sectors have been given training in rural and wildlife "
           "crime so that they can take on simpler investigations.",
           "The team's vehicles have been replaced with four-wheel-drive vehicles fitted with number plate "
           "recognition cameras."),
          "Partly Assured", "Partly assured",
          "The PCC is concerned that abstractions were more than twice the target and will seek an update on "
          "the new approval process at the next meeting."),
        Q("3", "3.", "How does the Force work with partners to prevent heritage and wildlife crime, including hare "
          "coursing?",
          ("The Force leads a rural crime partnership with the two unitary authorities, the Environment Agency and "
           "landowner groups.",
           "Hare coursing reports fell from 96 to 54 in the season to date; 17 vehicles were seized under the new "
           "powers."),
          "Assured", "Assured", None),
    ]
    pk.reference_table(("Question", "Brief Summary of Evidence", "Decision of PCC"), qs, notes_day, topic)
    acts_new = [
        Act(None, "The Force to provide the PCC with the number of abstractions of the Rural Crime Team each "
            "month from April 2046.", "First monthly figures due at the end of April 2046.", "red", None, iso(notes_day),
            topic="Rural and Wildlife Crime", gold_topic=topic, gold_number="1"),
        Act(None, "The Scrutiny Officer to share the farm watch survey results with the Police and Crime Panel.",
            "Shared with the Panel on 5 February 2046.", "green", None, iso(notes_day),
            gold_topic=topic, gold_number="2"),
    ]
    for a in acts_new:
        a.minute_key = a.text
    pk.add(P("**Actions**"), Num(tuple(a.text for a in acts_new)))
    pk.add(Break(), H("Scrutiny Actions 2045/46", 2),
           P("{#00b050|■} = Action Complete     {#ff0000|■} = Action Outstanding"))
    old = [
        Act(None, "Provide the PCC with the proportion of stop and search encounters recorded on body-worn video.",
            "Figure provided: 91% of encounters in the quarter to December 2045 were recorded.", "green", None, None,
            topic="Stop and Search", gold_topic="Stop and Search"),
        Act(None, "Invite two members of the Independent Advisory Group to observe the next stop and search "
            "scrutiny panel.", "Panel rescheduled; invitations to follow once a date is fixed.", "red", None, None,
            gold_topic="Stop and Search"),
    ]
    pk.tracker(("Topic", "Action", "Update", ""), old + acts_new, (20, 40, 33, 7), status="square",
               columns=("topic", "text", "update", "status"), spans=((1, 0, 2, 1), (3, 0, 2, 1)))
    pk.add(P("Scrutiny Officer, Office of the Police and Crime Commissioner for Bedfordshire", 9))
    return pk, as_pdf(pk, PdfLook(margin=56, footer="Performance Scrutiny Meeting – 18 March 2046"))


def cambridgeshire(Pack):
    """Word, 4 pp.: "Assurance level:" lines under a heading per question; an action log with an owner."""
    pk = Pack("cambridgeshire-pcc-bcb-2046-02-10-round59.docx",
              "Police and Crime Commissioner for Cambridgeshire and Peterborough", "Cambridgeshire Constabulary",
              "Business Co-ordination Board", "10 February 2046")
    notes_day, item = "13 January 2046", "Domestic abuse and stalking"
    pk.add(P("**Office of the Police and Crime Commissioner for Cambridgeshire and Peterborough**"))
    pk.add(H("Business Co-ordination Board", 1))
    pk.meeting("Business Co-ordination Board", pk.meeting_date, "Fraud and economic crime")
    pk.add(P("Tuesday 10 February 2046, 2.00pm, Room 1.04, Police Headquarters, Huntingdon"),
           P("**Focus of the meeting:** Fraud and economic crime"),
           P("**Attendees:** Police and Crime Commissioner (Chair); Deputy Police and Crime Commissioner; Chief "
             "Executive; Chief Finance Officer; Chief Constable; Deputy Chief Constable; Head of Economic Crime"),
           H("Agenda", 2))
    pk.agenda(("No.", "Item", "Lead"), [
        ("1", "Welcome, introductions and apologies", "Police and Crime Commissioner"),
        ("2", "Declarations of interest", "All"),
        ("3", "Minutes of the meeting on 13 January 2046 and action log", "Chief Executive"),
        ("4", "Fraud and economic crime: protect and pursue", "Head of Economic Crime"),
        ("5", "Force performance summary, quarter 3", "Deputy Chief Constable"),
        ("6", "Any other business", ""),
    ], (8, 62, 30))
    pk.add(Break())
    pk.meeting("Minutes of the Business Co-ordination Board held on 13 January 2046", notes_day, item)
    pk.add(H("Minutes of the Business Co-ordination Board held on 13 January 2046", 2),
           P("**Present:** Police and Crime Commissioner (Chair); Chief Executive; Chief Constable; Assistant Chief "
             "Constable, Protective Services; Head of Public Protection"),
           P("**Apologies:** Deputy Chief Constable; Chief Finance Officer"),
           H("1. Welcome and apologies", 3), P("The Commissioner welcomed those present. Apologies were noted."),
           H("2. Minutes and action log", 3),
           P("The minutes of the meeting held on 9 December 2045 were agreed. The action log is at Appendix A."),
           H(f"3. {item}", 3),
           P("The Head of Public Protection presented the force's report. The Commissioner put the following "
             "questions."))
    qs = [
        Q("1", "Question 1", "How quickly are domestic abuse incidents graded as high risk attended, and how has "
          "this changed since the new triage model began?",
          ("High-risk incidents were attended within the one-hour target in 84% of cases in the quarter to "
           "December 2045, up from 77% a year earlier.",
           "The triage desk now reviews every incident where attendance is delayed beyond the target."),
          "Assured", "Assured",
          "The Commissioner noted the improvement and thanked the triage desk for its work."),
        Q("2", "Question 2", "What use does the force make of stalking protection orders, and how are breaches "
          "managed?",
          ("Eleven full orders and six interim orders were obtained in 2045, against four in 2044.",
           "Breaches are flagged on the force's case system and every breach is reviewed by a detective "
           "inspector within 24 hours.",
           "Officers have not yet been given guidance on applying for orders out of hours."),
          "Partially assured", "Partly assured",
          "The Commissioner asked for the out-of-hours guidance to be issued before the next Board."),
        Q("3", "Question 3", "How does the force know that victims who withdraw support for a prosecution are "
          "still offered safeguarding?",
          ("The force could not yet report how many victims who withdrew were referred to an independent "
           "domestic violence adviser; a manual audit of 50 cases is under way."),
          "Not assured", "Not assured",
          "The Commissioner will return to this question when the audit has reported."),
    ]
    pk.level_lines(qs, notes_day, item, label="Assurance level:", comment_label="PCC comment:", heading_level=3)
    new = [
        Act("BCB 46/02", "Issue guidance to officers on applying for stalking protection orders out of hours.",
            "Guidance published on the intranet on 2 February 2046.", "Complete", "13/01/2046", iso(notes_day),
            gold_topic=item),
        Act("BCB 46/03", "Report the findings of the audit of withdrawn domestic abuse cases to the Commissioner.",
            "Audit of 50 cases half complete; report expected in March.", "In progress", "13/01/2046",
            iso(notes_day), gold_topic=item),
    ]
    for a in new:
        a.minute_key = f"{a.ref}: {a.text}"
    pk.add(P("**Actions arising**"))
    pk.add(*(P(f"**{a.ref}:** {a.text}") for a in new))
    pk.add(H("4. Any other business", 3), P("None."),
           P("**Date of next meeting:** Tuesday 10 February 2046"), Break(),
           H("Appendix A – Business Co-ordination Board action log", 2))
    old = [
        owner(Act("BCB 45/19", "Share the evaluation of the rural speed watch scheme with the Commissioner.",
                  "Evaluation shared on 15 December 2045.", "Complete", "11 Nov 2045", "2045-11-11"), "ACC"),
        owner(Act("BCB 45/22", "Provide a breakdown of 999 call answer times by hour of day.",
                  None, "Not started", "09/12/2045", "2045-12-09"), "Head of Contact"),
        owner(Act("BCB 45/23", "Confirm the date when the new custody suite will open to detainees.",
                  "Handover delayed by the contractor; a revised date is expected in February.", "In progress",
                  "09/12/2045", "2045-12-09"), "Director of Estates"),
    ]
    owner(new[0], "ACC Protective Services")
    owner(new[1], "Head of Public Protection")
    pk.tracker(("Ref", "Date raised", "Action", "Owner", "Update", "Status"), old + new, (10, 12, 30, 13, 25, 10),
               status="column", columns=("ref", "raised", "text", "owner", "update", "status"))
    return pk, as_docx(pk, header=("OFFICIAL", ))


def owner(a, who: str):
    a.owner = who
    return a


def cleveland(Pack):
    """Word->PDF, 5 pp.: the reference pack's table under two items, a performance paper, a status column."""
    pk = Pack("cleveland-pcc-sm-2046-04-22-round59.pdf", "Police and Crime Commissioner for Cleveland",
              "Cleveland Police", "Scrutiny Meeting", "22 April 2046")
    notes_day = "25 March 2046"
    first, second = "Anti-Social Behaviour", "Call Handling and Response Times"
    pk.add(P("**Police and Crime Commissioner for Cleveland**"), P("St Marks House, St Marks Court, Thornaby"))
    pk.add(H("Scrutiny Meeting", 1))
    pk.meeting("Scrutiny Meeting", pk.meeting_date, None)
    pk.add(P("**Date:** Wednesday 22 April 2046"), P("**Time:** 1:30pm – 3:30pm"),
           P("**Venue:** Community Safety Hub, Middlesbrough"), H("Agenda", 2))
    pk.agenda(("", "Item", "Presented By"), [
        ("1", "Apologies for Absence", "PCC"),
        ("2", "Draft Notes – Scrutiny Meeting – 25 March 2046", "PCC"),
        ("3", "Performance Update – Quarter 4 2045/46", "Head of Performance"),
        ("4", "Scrutiny Actions 2045/46 – An Update", "PCC"),
        ("5", "Serious Violence Duty", "Cleveland Police"),
        ("6", "Violence Against Women and Girls Strategy", "Cleveland Police"),
        ("7", "Any Other Business", "PCC"),
    ], (8, 62, 30))
    pk.add(Break())
    pk.meeting("DRAFT NOTES – SCRUTINY MEETING – 25 MARCH 2046", notes_day, None, after=2)
    pk.add(H("DRAFT NOTES – SCRUTINY MEETING – 25 MARCH 2046", 2),
           P("**Attendees:** Police and Crime Commissioner; Chief Executive; Deputy Chief Constable; Chief "
             "Superintendent, Neighbourhood Policing; Head of Force Control Room; Scrutiny and Assurance Officer"),
           H(f"Item 1: {first}", 3))
    q1 = [
        Q("1", "1.", "How does the Force identify repeat victims of anti-social behaviour, and what support is "
          "offered to them?",
          ("Repeat victims are flagged when they report three incidents in 28 days.",
           "The Force identified 312 repeat victims in 2045; each was contacted by a neighbourhood officer within "
           "five days.",
           "A case review can be requested under the anti-social behaviour case review process; 14 were "
           "requested in 2045 and all met the threshold."),
          "Assured", "Assured",
          "The PCC was pleased with the speed of contact with repeat victims."),
        Q("2", "2.", "What difference have the hotspot patrols funded by the PCC made to anti-social behaviour "
          "in town centres?",
          ("Incidents in the 20 patrolled hotspots fell by 18% compared with the same months of 2044.",
           "The Force has not yet compared the hotspots with similar areas that were not patrolled, so "
           "displacement cannot be ruled out.",
           "An evaluation with a university partner will report in the summer."),
          "Partly Assured", "Partly assured",
          "The PCC asked that the evaluation compares the patrolled areas with similar areas that were not "
          "patrolled."),
    ]
    pk.reference_table(("Question", "Brief Summary of Evidence", "Decision of PCC"), q1, notes_day, first)
    a1 = Act("SA 46/04", "Share the terms of reference of the hotspot patrol evaluation with the PCC.",
             "Terms of reference shared on 2 April 2046.", "Complete", "25/03/2046", iso(notes_day), gold_topic=first)
    a1.minute_key = f"{a1.ref} – {a1.text}"
    pk.add(P("**Actions agreed under this item:**"), Bul((a1.minute_key,)))
    pk.add(H(f"Item 2: {second}", 3))
    q2 = [
        Q("1", "1.", "How has the time taken to answer 101 calls changed since the Force introduced the call-back "
          "service?",
          ("The average time to answer 101 calls fell from 7 minutes 40 seconds in October 2045 to 3 minutes 55 "
           "seconds in February 2046.",
           "Callers can ask for a call-back; 22% of callers chose it in February and 96% were called back within "
           "the promised hour."),
          "Assured", "Assured", None),
        Q("2", "2.", "What is the Force doing to meet the target for attending emergency incidents in rural "
          "areas?",
          ("Emergency incidents in rural areas were attended within 20 minutes in 71% of cases, against a target "
           "of 90%.",
           "Two response cars have been moved to the rural stations at peak times and the Force is reviewing its "
           "shift pattern.",
           "The Force accepts that the target will not be met this year."),
          "Not Assured", "Not assured",
          "The PCC will ask the Chief Constable for a recovery plan with dates."),
    ]
    pk.reference_table(("Question", "Brief Summary of Evidence", "Decision of PCC"), q2, notes_day, second)
    a2 = Act("SA 46/05", "Provide the PCC with a recovery plan for rural emergency response times, with "
             "milestones.", "Plan in draft; to be presented at the May meeting.", "Ongoing", "25/03/2046",
             iso(notes_day), gold_topic=second)
    a2.minute_key = f"{a2.ref} – {a2.text}"
    pk.add(P("**Actions agreed under this item:**"), Bul((a2.minute_key,)))
    pk.add(Break(), H("Performance Update – Quarter 4 2045/46", 2),
           P("The table below sets out the Force's position at the end of March 2046 against the measures of the "
             "Police and Crime Plan."),
           T((("Measure", "2044/45", "2045/46", "Change"),
              ("Total recorded crime", "61,204", "58,877", "-3.8%"),
              ("Anti-social behaviour incidents", "24,510", "21,093", "-13.9%"),
              ("999 calls answered within 10 seconds", "88%", "92%", "+4 pts"),
              ("Emergency attendance within target (urban)", "89%", "91%", "+2 pts"),
              ("Emergency attendance within target (rural)", "74%", "71%", "-3 pts"),
              ("Victim satisfaction (whole experience)", "71%", "73%", "+2 pts")),
             (46, 18, 18, 18), header_rows=1),
           P("Commentary: recorded crime continued to fall, led by falls in shoplifting and vehicle crime. Rural "
             "attendance remains the measure furthest from target and is the subject of action SA 46/05."),
           Break(), H("Scrutiny Actions 2045/46 – An Update", 2))
    old = [
        Act("SA 45/31", "Provide the number of officers trained in trauma-informed interviewing.",
            "418 officers trained by the end of February 2046.", "Complete", "28/01/2046", "2046-01-28"),
        Act("SA 45/33", "Arrange for the PCC to observe a multi-agency child exploitation meeting.",
            "Visit booked for 30 April 2046.", "Ongoing", "28/01/2046", "2046-01-28"),
        Act("SA 45/34", "Report the outcome of the review of the Force's drones policy.",
            "Review complete and policy reissued.", "Complete", "25/02/2046", "2046-02-25"),
    ]
    pk.tracker(("Ref", "Meeting", "Action", "Update", "Status"), old + [a1, a2], (11, 14, 34, 29, 12),
               status="column", columns=("ref", "raised", "text", "update", "status"))
    return pk, as_office_pdf(pk, header=("Police and Crime Commissioner for Cleveland – Scrutiny Meeting", ))


def dyfed_powys(Pack):
    """reportlab, landscape, 4 pp.: an Outcome column; an action log with RAG shading under a key line."""
    pk = Pack("dyfed-powys-pcc-pab-2046-05-12-round59.pdf", "Police and Crime Commissioner for Dyfed-Powys",
              "Dyfed-Powys Police", "Policing Accountability Board", "12 May 2046")
    notes_day, item = "14 April 2046", "Mental health and policing"
    pk.add(P("**Office of the Police and Crime Commissioner for Dyfed-Powys**", 13))
    pk.add(H("Policing Accountability Board", 1))
    pk.meeting("Policing Accountability Board", pk.meeting_date, "Road safety")
    pk.add(P("Tuesday 12th May 2046 at 10.00am, Police Headquarters, Carmarthen"),
           P("**Theme:** Road safety"), H("Agenda", 2))
    pk.agenda(("Item", "Title", "Lead", "Paper"), [
        ("1", "Welcome and apologies", "Commissioner", "–"),
        ("2", "Notes and actions of the previous Board", "Head of Governance", "A"),
        ("3", "Road safety and casualty reduction", "Chief Superintendent, Operations", "B"),
        ("4", "Quarterly performance report", "Head of Performance", "C"),
        ("5", "Any other business", "–", "–"),
    ], (8, 52, 28, 12), number_suffix="")
    pk.add(P("Papers are circulated one week before the Board. Date of next Board: 9 June 2046."), Break())
    pk.meeting("Notes of the Policing Accountability Board – 14 April 2046", notes_day, item, after=2)
    pk.add(H("Notes of the Policing Accountability Board – 14 April 2046", 2),
           P("**Present:** Police and Crime Commissioner (Chair); Chief Executive; Chief Constable; Deputy Chief "
             "Constable; Superintendent, Vulnerability; Mental Health Co-ordinator. **Apologies:** Chief Finance "
             "Officer."),
           P("Items 1 and 2 (welcome; notes and actions of the last Board) were taken as read."),
           H(f"Item 3: {item}", 3),
           P("The Board uses three outcomes: Assured, Partially Assured and Not Assured. The outcome is the "
             "Commissioner's."))
    qs = [
        Q("1", "1", "How many officer hours were spent with people in mental health crisis last quarter, and "
          "how has Right Care, Right Person changed this?",
          ("Officers spent 6,120 hours with people in crisis in the quarter to March 2046, down from 8,950 a year "
           "earlier.",
           "Since the force adopted Right Care, Right Person, 1,140 calls have been passed to health partners."),
          "Assured", "Assured", "The Commissioner welcomed the fall in hours and the joint review of calls."),
        Q("2", "2", "How long do people detained under section 136 wait at a place of safety before assessment?",
          ("The median wait was 5 hours 10 minutes; 19 people waited more than 12 hours.",
           "Two of the four health-based places of safety closed at night in February because of staffing."),
          "Partially Assured", "Partly assured",
          "The Commissioner will raise the night closures with the health board."),
        Q("3", "3", "How does the force make sure calls about concern for welfare that are not passed to health "
          "partners still receive a police response?",
          ("Every call declined by the control room is reviewed by a sergeant within one hour.",
           "The force has not yet sampled declined calls to check the quality of decisions; a first dip sample is "
           "planned for June."),
          "Not Assured", "Not assured", "The Commissioner asked for the dip sample to be brought forward."),
    ]
    pk.level_table(("No.", "Question", "Force response", "Outcome", "Commissioner's comments"), qs, notes_day,
                   item, (5, 25, 38, 12, 20))
    new = [
        Act("PAB 46/11", "Bring forward the dip sample of declined concern for welfare calls and report the "
            "findings to the Board.", "Dip sample of 100 calls completed on 30 April 2046; findings at this "
            "Board.", "green", "14/04/46", iso(notes_day), gold_topic=item),
        Act("PAB 46/12", "Write to the health board about the night closures of places of safety.",
            "Letter drafted; awaiting the health board's quarterly data before sending.", "amber", "14/04/46",
            iso(notes_day), gold_topic=item),
    ]
    for a in new:
        a.minute_key = f"{a.ref} – {a.text}"
    pk.add(P("**Actions**"), Bul(tuple(a.minute_key for a in new)))
    pk.add(Break(), H("Action log", 2),
           P("**Key:** Green – complete; Amber – in progress; Red – not started or overdue"))
    old = [
        Act("PAB 46/03", "Provide figures on the use of spit and bite guards by age and ethnicity.",
            "Figures provided to the Commissioner on 3 March 2046.", "green", "10/02/46", "2046-02-10"),
        Act("PAB 46/07", "Review how rural crime is recorded when a farm covers two policing areas.",
            "Review delayed by the change of records system.", "red", "10/03/46", "2046-03-10"),
        Act("PAB 46/08", "Invite the youth forum to give its views on stop and search at a future Board.",
            "Youth forum to attend the July Board.", "amber", "10/03/46", "2046-03-10"),
    ]
    pk.tracker(("Ref", "Board", "Action", "Update", "RAG"), old + new, (9, 9, 38, 36, 8), status="shade",
               columns=("ref", "raised", "text", "update", "status"))
    look = PdfLook(landscape=True, margin=50, header="Policing Accountability Board – 12 May 2046",
                   footer="Office of the Police and Crime Commissioner for Dyfed-Powys")
    return pk, as_pdf(pk, look)


def hertfordshire(Pack):
    """reportlab, DejaVu Serif, borderless tables, 4 pp.: a Level of assurance column with one level
    deferred; an action log whose rows carry only an update."""
    pk = Pack("hertfordshire-pcc-sgb-2046-01-27-round59.pdf", "Police and Crime Commissioner for Hertfordshire",
              "Hertfordshire Constabulary", "Strategic Governance Board", "27 January 2046")
    notes_day, item = "6 January 2046", "Shoplifting and business crime"
    pk.add(P("**Hertfordshire Police and Crime Commissioner**", 13))
    pk.add(H("Strategic Governance Board", 1))
    pk.meeting("Strategic Governance Board", pk.meeting_date, None)
    pk.add(P("27th January 2046, 09:30 – 11:30, Commissioner's Office, Welwyn Garden City"),
           P("**Membership:** Police and Crime Commissioner; Chief Executive; Chief Constable; Deputy Chief "
             "Constable; Director of Finance"), H("Agenda", 2))
    pk.agenda(("Item", "Subject", "Presenter"), [
        ("1", "Apologies and declarations of interest", "Chair"),
        ("2", "Notes of the previous meeting and action log", "Chief Executive"),
        ("3", "Police and Crime Plan performance, quarter 3", "Deputy Chief Constable"),
        ("4", "Neighbourhood crime and burglary", "Detective Chief Superintendent, Crime"),
        ("5", "Budget monitoring, month 9", "Director of Finance"),
        ("6", "Any other business", "Chair"),
    ], (8, 60, 32), bordered=False)
    pk.add(P("Next meeting: Tuesday 24 February 2046."))
    pk.add(Break())
    pk.meeting("Notes of the Strategic Governance Board held on 6 January 2046", notes_day, item, after=2)
    pk.add(H("Notes of the Strategic Governance Board held on 6 January 2046", 2),
           P("**Present:** Police and Crime Commissioner (Chair), Chief Executive, Deputy Chief Constable, "
             "Superintendent (Business Crime), Head of Analysis"),
           P("**Apologies:** Chief Constable"),
           H(f"4. {item}", 3))
    qs = [
        Q("1", "1", "What has driven the rise in recorded shoplifting, and how does the force decide which "
          "offences to attend?",
          ("Recorded shoplifting rose 21% in 2045, with half of the rise in eight town-centre stores.",
           "Offences are attended where the suspect is detained, violence is used or there is evidence to "
           "follow."),
          "Assured", "Assured", "The Commissioner noted the clear attendance policy."),
        Q("2", "2", "How many shoplifting offences result in a charge or caution, and how does this compare "
          "with other forces?",
          ("The charge rate was 14.2%, against 12.8% for the most similar forces.",
           "Prolific offenders are managed through integrated offender management; 31 are on the scheme."),
          "Partially assured", "Partly assured",
          "The Commissioner asked for the outcomes of offenders on the scheme to be reported at the next "
          "meeting."),
        Q("3", "3", "What support does the force give to retail staff who are assaulted at work?",
          ("A business crime adviser visits every store where a member of staff is assaulted.",),
          "Not assessed – deferred to the February meeting", None,
          "The force's survey of retail staff closes in February; the Commissioner will decide then."),
    ]
    pk.level_table(("No.", "Question", "Response", "Level of assurance", "Comments"), qs, notes_day, item,
                   (5, 26, 35, 14, 20), bordered=False)
    new = [
        Act("SGB 46/01", "Report the outcomes of offenders on the integrated offender management scheme.",
            "Outcomes data requested from the probation service; the report will follow.", "open", "06/01/2046",
            iso(notes_day), gold_topic=item),
        Act("SGB 46/02", "Circulate the business crime adviser's contact card to the Commissioner's retail forum.",
            "Cards circulated at the forum meeting on 15 January.", "done", "06/01/2046", iso(notes_day),
            gold_topic=item),
    ]
    for a in new:
        a.minute_key = f"{a.ref}: {a.text}"
    pk.add(P("**Actions agreed**"), *(P(a.minute_key, indent=12) for a in new),
           P("Date of next meeting: 27 January 2046."), Break(), H("Action log", 2),
           P("Actions are removed from the log once the Board has agreed that they are complete."))
    old = [
        Act("SGB 45/14", "Provide a briefing on the force's use of live facial recognition.",
            "Briefing given to the Commissioner on 12 December 2045.", "done", "4 November 2045", "2045-11-04"),
        Act("SGB 45/16", "Confirm the timetable for replacing the command and control system.",
            "Procurement is under way; the contract award is expected in April 2046.", "open", "2 December 2045",
            "2045-12-02"),
    ]
    pk.tracker(("Ref", "Meeting", "Action", "Update"), old + new, (10, 16, 37, 37), status="update",
               columns=("ref", "raised", "text", "update"), bordered=False)
    look = register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font, body_size=10.5,
                   cell_size=9.5, margin=60, footer="Strategic Governance Board – 27 January 2046 – OFFICIAL")
    return pk, as_pdf(pk, look)


def leicestershire(Pack):
    """Word, 4 pp.: a PCC Decision column; a tracker of Progress and Status."""
    pk = Pack("leicestershire-pcc-sab-2046-06-09-round59.docx",
              "Police and Crime Commissioner for Leicester, Leicestershire and Rutland", "Leicestershire Police",
              "Strategic Assurance Board", "9 June 2046")
    notes_day, item = "12 May 2046", "Violence against women and girls"
    pk.add(P("**Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland**"))
    pk.add(H("Strategic Assurance Board", 1))
    pk.meeting("Strategic Assurance Board", pk.meeting_date, None)
    pk.add(P("Date: 9 June 2046    Time: 10:00    Location: Force Headquarters, Enderby"), H("Agenda", 2))
    pk.agenda(("Item", "Title", "Presenter"), [
        ("1", "Introductions and apologies", "PCC"),
        ("2", "Minutes of the meeting held on 12 May 2046", "PCC"),
        ("3", "Action tracker", "OPCC Governance Officer"),
        ("4", "Knife crime and serious violence", "Detective Superintendent"),
        ("5", "Any other business", "All"),
    ], (8, 62, 30))
    pk.add(Break())
    pk.meeting("Strategic Assurance Board – Minutes – 12 May 2046", notes_day, item)
    pk.add(H("Strategic Assurance Board – Minutes – 12 May 2046", 2),
           P("**Attendees:** Police and Crime Commissioner (PCC); Chief Executive (CEx); Chief Constable (CC); "
             "Assistant Chief Constable (ACC); Head of Public Protection; OPCC Governance Officer (minutes)"),
           P("**Apologies:** Deputy Chief Constable"),
           Num(("Introductions and apologies: the PCC welcomed attendees.",
                "Minutes of the previous meeting: agreed as a true record.")),
           H(f"3. {item}", 3))
    qs = [
        Q("1", "1.", "How has the number of reports of rape and serious sexual offences changed, and what is the "
          "charge rate?",
          ("Reports rose 4% in the year to April 2046; the charge rate for adult rape rose from 6% to 9%.",
           "The force's specialist team now has 42 detectives, up from 30."),
          "Assured", "Assured", "The PCC recognised the growth of the specialist team."),
        Q("2", "2.", "What is the force doing to make women feel safer in the night-time economy?",
          ("Walk-and-talk patrols run on Friday and Saturday nights in the city centre and two market towns.",
           "Results of the force's public survey on feelings of safety will be available in the autumn."),
          "Partially Assured", "Partly assured",
          "The PCC will review the survey results when published."),
        Q("3", "3.", "How does the force make sure that officers accused of violence against women are "
          "investigated quickly?",
          ("Allegations are referred to the Professional Standards Department within 48 hours.",
           "Average investigation time is 212 days, longer than the force's target of 120 days."),
          "Not Assured", "Not assured", "The PCC expects a plan to reduce investigation times."),
    ]
    pk.reference_table(("Question", "Summary of response", "PCC Decision"), qs, notes_day, item,
                       widths=(32, 46, 22))
    new = [
        Act("SAB/46/09", "Present a plan to reduce the time taken to investigate allegations against officers.",
            "Plan presented to the Chief Officer Team on 2 June 2046; comes to this Board.", "Completed",
            "12/05/2046", iso(notes_day), gold_topic=item),
        Act("SAB/46/10", "Share the results of the public survey on feelings of safety with the PCC.",
            "Survey closes in July.", "Not started", "12/05/2046", iso(notes_day), gold_topic=item),
    ]
    for a in new:
        a.minute_key = f"{a.ref} {a.text}"
    pk.add(P("**Actions:**"), *(P(a.minute_key) for a in new),
           H("4. Any other business", 3), P("There was no other business."),
           P("**Date of next meeting:** 9 June 2046"), Break(), H("Action tracker", 2))
    old = [
        Act("SAB/46/04", "Provide an update on the recruitment of police community support officers.",
            "Twelve PCSOs started training in May 2046.", "Completed", "14/04/2046", "2046-04-14"),
        Act("SAB/46/06", "Set out the force's approach to policing protests at the county showground.",
            "Draft approach shared with the OPCC; final version due end of June.", "In progress", "14/04/2046",
            "2046-04-14"),
    ]
    for a in old + new:
        a.owner = "ACC" if a.status != "Not started" else "Head of Corporate Communications"
    pk.tracker(("Action No.", "Date", "Action", "Owner", "Progress", "Status"), old + new,
               (12, 12, 30, 12, 22, 12), status="column",
               columns=("ref", "raised", "text", "owner", "update", "status"))
    return pk, as_docx(pk)


def south_wales(Pack):
    """Word->PDF, 4 pp.: a Level of assurance column; a tracker of coloured squares under a three-colour
    legend, running over a page break."""
    pk = Pack("south-wales-pcc-sab-2046-03-03-round59.pdf", "Police and Crime Commissioner for South Wales",
              "South Wales Police", "Scrutiny and Assurance Board", "3 March 2046")
    notes_day, item = "3 February 2046", "Youth justice and diversion"
    pk.add(P("**Police and Crime Commissioner for South Wales**"), H("Scrutiny and Assurance Board", 1))
    pk.meeting("Scrutiny and Assurance Board", pk.meeting_date, "Neighbourhood policing")
    pk.add(P("**Date:** Tuesday 3 March 2046"), P("**Venue:** Police Headquarters, Bridgend, and online"),
           P("**Topic:** Neighbourhood policing"), H("Agenda", 2))
    pk.agenda(("No.", "Agenda item", "Lead officer"), [
        ("1", "Welcome and apologies", "Commissioner"),
        ("2", "Notes of the last meeting and matters arising", "Chief of Staff"),
        ("3", "Review of actions", "Chief of Staff"),
        ("4", "Neighbourhood policing and community engagement", "Assistant Chief Constable"),
        ("5", "Any other business", "Commissioner"),
        ("6", "Date of next meeting", "–"),
    ], (8, 62, 30))
    pk.add(Break())
    pk.meeting("Scrutiny and Assurance Board: notes of the meeting of 3 February 2046", notes_day, item, after=2)
    pk.add(H("Scrutiny and Assurance Board: notes of the meeting of 3 February 2046", 2),
           P("**Present:** Commissioner (Chair), Deputy Commissioner, Chief of Staff, Deputy Chief Constable, "
             "Chief Superintendent (Partnerships), Youth Offending Service manager"),
           P("**Apologies:** Chief Constable, Chief Finance Officer"),
           P("**1. Welcome and apologies.** The Commissioner opened the meeting."),
           P("**2. Notes of the last meeting** were agreed."),
           H(f"3. {item}", 3),
           P("The Chief Superintendent presented the paper. The Commissioner's level of assurance on each "
             "question is recorded below."))
    qs = [
        Q("SAB1", "SAB1", "How many children were diverted from the criminal justice system last year, and how "
          "many went on to reoffend within twelve months?",
          ("612 children were diverted through the Bureau in 2045, up from 540.",
           "The twelve-month reoffending rate for diverted children was 14%, compared with 31% for children "
           "charged with similar offences."),
          "Assured", "Assured", "The Commissioner thanked the Bureau for its work."),
        Q("SAB2", "SAB2", "How does the force make sure that children are held in custody overnight only when "
          "no other option exists?",
          ("147 children were held overnight in 2045; in 38 cases the local authority could not provide "
           "accommodation.",
           "An inspector reviews every overnight detention of a child, and the force reports each case to the "
           "local authority's director of social services.",
           "A joint protocol with the four local authorities is in draft."),
          "Partially assured", "Partly assured",
          "The Commissioner wishes to see the protocol agreed and will write to the local authorities."),
        Q("SAB3", "SAB3", "What is the force doing to reduce the over-representation of Black and mixed "
          "ethnicity children in stop and search?",
          ("Black children were 4.1 times as likely to be searched as white children in 2045.",
           "The force has begun scrutiny of body-worn video of every search of a child, but has no target or "
           "plan yet."),
          "Not assured", "Not assured",
          "The Commissioner asked for a plan with measures to come back to the Board in the summer."),
    ]
    pk.level_table(("Ref", "Question", "Response", "Level of assurance", "Commissioner's comments"), qs,
                   notes_day, item, (8, 24, 38, 12, 18))
    new = [
        Act("SAB 46/04", "Write to the four local authorities about the joint protocol on overnight "
            "detention of children.", "Letters sent on 14 February 2046; two replies received.", "amber",
            "03.02.46", iso(notes_day), gold_topic=item),
        Act("SAB 46/05", "Bring a plan with measures on the disproportionate searching of children to the "
            "Board.", "Scheduled for the July Board.", "red", "03.02.46", iso(notes_day), gold_topic=item),
    ]
    for a in new:
        a.minute_key = f"{a.ref} – {a.text}"
    pk.add(P("**Actions agreed:**"), Bul(tuple(a.minute_key for a in new)),
           P("**4. Any other business:** none."), H("Review of actions", 2),
           P("{#00b050|■} Complete    {#ffc000|■} In progress    {#ff0000|■} Not started"))
    old = [
        Act("SAB 45/28", "Provide data on the number of neighbourhood officers abstracted to response each week.",
            "Data provided weekly since December 2045; now part of the performance pack.", "green", "02.12.45",
            "2045-12-02"),
        Act("SAB 45/29", "Share the findings of the force's review of its out-of-court disposals panel.",
            "Review concluded; findings shared with the Chief of Staff on 20 January 2046.", "green", "02.12.45",
            "2045-12-02"),
        Act("SAB 45/30", "Set out how the force will measure the effect of the new neighbourhood policing "
            "model on public confidence, including the questions to be added to the force's own survey.",
            "The confidence questions were added to the survey from January 2046; the first results will be "
            "reported to the Board in the summer once two quarters of data are available.", "amber", "02.12.45",
            "2045-12-02"),
        Act("SAB 45/31", "Provide a breakdown of complaints about neighbourhood officers by category and by "
            "basic command unit for the last two years.", "Breakdown provided to the Chief of Staff on 11 "
            "December 2045 and discussed with the Deputy Commissioner.", "green", "02.12.45", "2045-12-02"),
        Act("SAB 46/01", "Confirm how many special constables have been deployed to neighbourhood teams in "
            "the last quarter.", "Figures being gathered from the four basic command units; a partial return "
            "from two units shows 48 specials deployed, with the remaining units to report by the end of "
            "February.", "amber", "06.01.46", "2046-01-06"),
        Act("SAB 46/02", "Arrange a visit for the Commissioner to the new youth diversion hub in Merthyr "
            "Tydfil.", "Visit took place on 27 January 2046.", "green", "06.01.46", "2046-01-06"),
        Act("SAB 46/03", "Publish the Board's terms of reference on the Commissioner's website.",
            "Awaiting translation into Welsh before publication; the translation service has given a date in "
            "March.", "amber", "06.01.46", "2046-01-06"),
    ]
    pk.tracker(("Ref", "Date raised", "Action", "Update", "Status"), old + new, (12, 12, 32, 34, 10),
               status="square", columns=("ref", "raised", "text", "update", "status"))
    pk.add(P("Date of next meeting: Tuesday 7 April 2046"))
    return pk, as_office_pdf(pk, header=("Police and Crime Commissioner for South Wales", ))


def west_yorkshire(Pack):
    """reportlab, 4 pp.: the Deputy Mayor's meeting, notes of two items, "Assurance level:" lines; an action
    log with a status column."""
    pk = Pack("west-yorkshire-dmpc-com-2046-02-24-round59.pdf", "Deputy Mayor for Policing and Crime",
              "West Yorkshire Police", "Community Outcomes Meeting", "24 February 2046")
    notes_day = "20 January 2046"
    first, second = "Hate crime", "Road safety"
    pk.add(P("**West Yorkshire Combined Authority – Mayor of West Yorkshire: Policing and Crime**", 12),
           H("Community Outcomes Meeting", 1))
    pk.meeting("Community Outcomes Meeting", pk.meeting_date, "Neighbourhood policing")
    pk.add(P("**Chair:** Deputy Mayor for Policing and Crime"),
           P("Tuesday 24 February 2046, 10:00 – 12:30, Wellington House, Leeds"),
           P("**Theme:** Neighbourhood policing"), H("Agenda", 2))
    pk.agenda(("Item", "Title", "Presenting"), [
        ("1", "Welcome, apologies and declarations of interest", "Deputy Mayor"),
        ("2", "Notes of the previous meeting (20 January 2046) and action log", "Head of Policing and Crime"),
        ("3", "Neighbourhood policing: visibility and confidence", "Assistant Chief Constable"),
        ("4", "Public questions", "Deputy Mayor"),
        ("5", "Any other business", "Deputy Mayor"),
    ], (8, 62, 30))
    pk.meeting("Notes of the Community Outcomes Meeting held on 20 January 2046", notes_day, None, after=2)
    pk.add(Break(), H("Notes of the Community Outcomes Meeting held on 20 January 2046", 2),
           P("**Present:** Deputy Mayor for Policing and Crime (Chair); Head of Policing and Crime; Chief "
             "Constable; Assistant Chief Constable, Specialist Operations; Chief Inspector, Roads Policing"),
           P("**Apologies:** Deputy Chief Constable"),
           P("**1. Welcome and apologies.** Apologies were noted. No declarations of interest were made."),
           P("**2. Notes of the previous meeting** were agreed and the action log was noted."),
           H(f"3. {first}", 3))
    q1 = [
        Q("1", "3.1", "How does the force encourage victims from communities that under-report hate crime to "
          "come forward?",
          ("Third-party reporting centres operate in 64 locations, including 12 places of worship.",
           "Reports from disabled victims rose by 18% after a campaign with disability groups."),
          "Assured", "Assured", "The Deputy Mayor welcomed the work with disability groups."),
        Q("2", "3.2", "What proportion of hate crime victims are satisfied with the service they received?",
          ("Satisfaction was 68% in 2045, 6 points lower than for victims of similar crimes without a hate "
           "element.",
           "The force is reviewing call-backs to victims after the first 28 days."),
          "Partially assured", "Partly assured",
          "The Deputy Mayor asked the force to report the results of the call-back review."),
    ]
    for q in q1:
        q.number = q.label
    pk.level_lines(q1, notes_day, first, label="Assurance level:", comment_label="Deputy Mayor's comments:",
                   heading_level=None, response_label="Force response:")
    a1 = Act("COM 46/02", "Report the results of the review of call-backs to hate crime victims.",
             "Review findings due at the April meeting.", "Ongoing", "20 Jan 2046", iso(notes_day),
             gold_topic=first)
    a1.minute_key = f"Action {a1.ref}: {a1.text}"
    pk.add(P(f"**Action {a1.ref}:** {a1.text}"), H(f"4. {second}", 3))
    q2 = [
        Q("1", "4.1", "How many people were killed or seriously injured on West Yorkshire's roads in 2045, and "
          "what is the force doing about the main causes?",
          ("There were 842 people killed or seriously injured, 5% fewer than in 2044.",
           "Speed and mobile phone use were the main causes; the force ran four enforcement weeks."),
          "Assured", "Assured", None),
        Q("2", "4.2", "How quickly does the force act on dashcam footage submitted by the public?",
          ("Footage is reviewed within 14 days in 61% of cases; the target is 90%.",
           "A backlog of 2,300 submissions built up over the autumn."),
          "Not assured", "Not assured",
          "The Deputy Mayor asked for a plan to clear the backlog and was not satisfied that the target would "
          "be met."),
    ]
    for q in q2:
        q.number = q.label
    pk.level_lines(q2, notes_day, second, label="Assurance level:", comment_label="Deputy Mayor's comments:",
                   heading_level=None, response_label="Force response:")
    a2 = Act("COM 46/03", "Provide a plan to clear the backlog of dashcam footage.",
             "Plan received on 9 February 2046; backlog reduced to 900.", "Complete", "20 Jan 2046",
             iso(notes_day), gold_topic=second)
    a2.minute_key = f"Action {a2.ref}: {a2.text}"
    pk.add(P(f"**Action {a2.ref}:** {a2.text}"), P("**5. Any other business.** None."),
           Break(), H("Action log", 2))
    old = [
        Act("COM 45/17", "Share the evaluation of the knife arch deployments at transport hubs.",
            "Evaluation shared on 4 January 2046.", "Complete", "16 Dec 2045", "2045-12-16"),
        Act("COM 45/18", "Provide the number of neighbourhood officers who have completed community "
            "engagement training.", "Training programme runs to June 2046; figures to follow.", "Ongoing",
            "16 Dec 2045", "2045-12-16"),
    ]
    for a in old + [a1, a2]:
        a.owner = "ACC"
    pk.tracker(("Ref", "Meeting", "Action", "Lead", "Update", "Status"), old + [a1, a2], (11, 12, 30, 8, 27, 12),
               status="column", columns=("ref", "raised", "text", "owner", "update", "status"))
    pk.add(P("Next meeting: Tuesday 24 March 2046"))
    look = PdfLook(font="Helvetica", margin=60, header="Mayor of West Yorkshire – Policing and Crime",
                   footer="Community Outcomes Meeting – 24 February 2046 – Page")
    return pk, as_pdf(pk, look)


def wiltshire(Pack):
    """Word->PDF, tables with their borders off, 4 pp.: an Outcome column; a finance summary between the
    notes and the action log; a status column; a signature line."""
    pk = Pack("wiltshire-pcc-cmb-2046-05-26-round59.pdf", "Police and Crime Commissioner for Wiltshire and Swindon",
              "Wiltshire Police", "Commissioner's Monitoring Board", "26 May 2046")
    notes_day, item = "28 April 2046", "Burglary and vehicle crime"
    pk.add(P("**Police and Crime Commissioner for Wiltshire and Swindon**"), H("Commissioner's Monitoring Board", 1))
    pk.meeting("Commissioner's Monitoring Board", pk.meeting_date, None)
    pk.add(P("Tuesday 26 May 2046 at 2pm, London Road, Devizes"), H("Agenda", 2))
    pk.agenda(("Item", "", "Lead"), [
        ("1", "Apologies", "PCC"),
        ("2", "Notes of the last Board and action log", "Head of Business Support"),
        ("3", "Finance summary: outturn 2045/46", "Chief Finance Officer"),
        ("4", "Contact management and the 101 service", "Superintendent, Contact"),
        ("5", "Any other business", "PCC"),
    ], (8, 62, 30), bordered=False)
    pk.add(Break())
    pk.meeting("Notes of the Commissioner's Monitoring Board held on 28 April 2046", notes_day, item, after=2)
    pk.add(H("Notes of the Commissioner's Monitoring Board held on 28 April 2046", 2),
           P("**Present:** Police and Crime Commissioner; Chief Executive; Chief Constable; Detective "
             "Superintendent, Crime; Head of Business Support (notes)"),
           P("**Apologies:** Deputy Chief Constable"),
           H(f"Item 3 – {item}", 3))
    qs = [
        Q("1", "1", "How has the force's solved rate for residential burglary changed since every burglary "
          "began to be attended?",
          ("The solved rate rose from 5.1% to 7.4% in the year to March 2046.",
           "Forensic officers now attend within 24 hours in 92% of cases."),
          "Assured", "Assured", "The PCC recognised the improvement."),
        Q("2", "2", "What is the force doing about thefts of catalytic converters and keyless car thefts?",
          ("Thefts of catalytic converters fell by a third after marking events with garages.",
           "Keyless thefts rose by 27%; the force is working with the regional organised crime unit on the "
           "gangs involved."),
          "Partially assured", "Partly assured",
          "The PCC would like to see results of the regional operation at a future Board."),
        Q("3", "3", "How does the force keep burglary victims informed about their case?",
          ("Victims are contacted within 48 hours, but the force's own survey shows that only 52% were told the "
           "outcome of their case."),
          "Not assured", "Not assured", "The PCC asked for the victim update process to be reviewed."),
    ]
    pk.level_table(("No.", "Question", "Summary of response", "Outcome", "Comments"), qs, notes_day, item,
                   (5, 26, 37, 13, 19), bordered=False)
    new = [
        Act("CMB 46/12", "Review how burglary victims are told the outcome of their case.",
            "Review started; findings due in June.", "Open", "28/04/2046", iso(notes_day), gold_topic=item),
        Act("CMB 46/13", "Bring the results of the regional operation on keyless car theft to a future Board.",
            "Scheduled for the September Board.", "Open", "28/04/2046", iso(notes_day), gold_topic=item),
    ]
    for a in new:
        a.minute_key = f"{a.ref} – {a.text}"
    pk.add(P("**Actions:** " + "; ".join(a.minute_key.rstrip(".") for a in new) + "."), Break(),
           H("Finance summary: outturn 2045/46", 2),
           P("The provisional outturn for 2045/46 is an underspend of £1.2m (0.8% of the net budget)."),
           T((("", "Budget £m", "Outturn £m", "Variance £m"),
              ("Police officer pay", "98.4", "97.9", "-0.5"),
              ("Police staff pay", "41.2", "40.6", "-0.6"),
              ("Non-pay costs", "27.8", "27.7", "-0.1"),
              ("Commissioning", "3.1", "3.1", "0.0"),
              ("Total", "170.5", "169.3", "-1.2")), (40, 20, 20, 20), header_rows=1, bordered=False),
           P("The underspend will be transferred to the change reserve, as agreed by the PCC."),
           Break(), H("Action log", 2))
    old = [
        Act("CMB 46/05", "Report the number of 101 calls abandoned before they were answered.",
            "Figures reported at the March Board.", "Closed", "24/02/2046", "2046-02-24"),
        Act("CMB 46/08", "Share the force's plan for the online crime reporting portal.",
            "Portal plan to be shared once the supplier is confirmed.", "Open", "24/03/2046", "2046-03-24"),
    ]
    pk.tracker(("Ref", "Date of Board", "Action", "Progress", "Status"), old + new, (12, 13, 34, 29, 12),
               status="column", columns=("ref", "raised", "text", "update", "status"), bordered=False)
    pk.add(P("Signed: ........................................  Police and Crime Commissioner"),
           P("Date of next Board: 23 June 2046"))
    return pk, as_office_pdf(pk)


PACKS = {"south-wales": south_wales, "west-yorkshire": west_yorkshire, "wiltshire": wiltshire, "dyfed-powys": dyfed_powys, "hertfordshire": hertfordshire, "leicestershire": leicestershire, "bedfordshire": bedfordshire, "cambridgeshire": cambridgeshire, "cleveland": cleveland}


def main(prefixes: list[str]) -> None:
    for name, build in PACKS.items():
        if prefixes and not any(name.startswith(p) for p in prefixes):
            continue
        write(*build(Pack))


if __name__ == "__main__":
    main(sys.argv[1:])
