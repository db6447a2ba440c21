"""Round 47 (blind fix round, issue 4): nine scrutiny packs of PCC offices, with their gold in gold/ (in
pending/ until every record was right).

Run: .venv/bin/python samples/corpus/scrutiny-round47/generate.py [NAME-PREFIX ...]

Every builder call that prints a question, an action row, an agenda row or a meeting heading also writes its
gold record. A PDF record's page is the first page whose pdfplumber text or table cells hold the first 45
letters and digits of its key text; the run stops if a key is on no page, or if a word of a table cell is
missing from the PDF's words (a word split inside a cell).
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
sys.path.insert(0, str(HERE.parents[1]))

from generator.model import plain as _plain  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402
from render import Break, Bul, H, Num, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind for fix round 47; every record written by the builder call that prints it and checked "
           "against the rendered pages (pdfplumber text, layout only) by the round's writer before the extractors "
           "were run on it.")
WHEN = datetime(2035, 1, 2, 9, 0, 0)

Cell = str | tuple


def plain(text: str) -> str:
    return _plain(text).replace("~~", "")


def cell_text(content: Cell) -> str:
    parts = content if isinstance(content, tuple) else (content,)
    out = []
    for part in parts:
        out += [plain(t) for t in part.items] if isinstance(part, Bul) else [plain(str(part))]
    return " ".join(out)


class Pack:
    """One pack's blocks and gold records."""

    def __init__(self, name: str, *, title: str, force: str, organisation: str, date: str,
                 office: str | None = None) -> None:
        """``office``: the gold's name of the office where the pack prints its area otherwise (gold-format.md)."""
        self.name, self.org, self.office = name, organisation, office or organisation
        self.blocks: list = []
        self.keys: list[tuple[dict, str]] = []
        doc = {"page": None, "file_type": name.rsplit(".", 1)[1], "doc_kind": "scrutiny_pack", "status": "ok",
               "publication_date": None, "title": title, "force": force, "organisation": self.office,
               "meeting_date": date}
        self.records: dict[str, list] = {"documents": [doc], "meetings": [], "agenda_items": [],
                                         "assurance_decisions": [], "actions": [], "grades": []}

    def add(self, *blocks) -> None:
        self.blocks += blocks

    def _record(self, kind: str, record: dict, key: str) -> None:
        record = {"page": None, **record}
        self.records[kind].append(record)
        self.keys.append((record, plain(key)))

    def meeting(self, block, *, date: str, topic: str | None, title: str | None = None) -> None:
        """Print a meeting's heading (H or P) and record the meeting, titled by the heading or ``title``."""
        self.add(block)
        name = title or plain(block.text)
        self._record("meetings", {"meeting_date": date, "topic": topic, "organisation": self.office, "title": name},
                     name)

    def agenda(self, *, date: str, rows: list[tuple[str, str, str | None]], header: tuple[str, ...],
               widths: tuple[float, ...], bordered: bool = True, number_fmt: str = "{}",
               presenter_blank: str = "–") -> T:
        """An agenda table; rows (number, title, presenter or None)."""
        body = []
        for number, title, presenter in rows:
            body.append((number_fmt.format(number), title, presenter if presenter else presenter_blank))
            self._record("agenda_items", {"meeting_date": date, "number": number, "title": plain(title),
                                          "presenter": plain(presenter) if presenter else None}, title)
        return T(rows=(header, *body), widths=widths, header_rows=1 if bordered else 0, bordered=bordered)

    def decision(self, *, number: str, question: str, evidence: Cell, assurance: str | None,
                 commentary: str | None, date: str, topic: str | None) -> None:
        self._record("assurance_decisions", {
            "meeting_date": date, "topic": topic, "question_number": number, "question": plain(question),
            "evidence_summary": cell_text(evidence), "assurance": assurance,
            "commentary": plain(commentary) if commentary else None}, question)

    def action(self, *, number: str | None, text: str, update: str | None, status: str, status_source: str,
               date: str | None, topic: str | None) -> None:
        """An action's one record (a minuted action printed again in the tracker is recorded once, by the
        call that prints it first)."""
        self._record("actions", {
            "meeting_date": date, "topic": topic, "number": number, "text": plain(text),
            "update": plain(update) if update else None, "status": status, "status_source": status_source,
            "source": "action_tracker"}, text)


def _alnum(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", plain(text).lower())


def _column_from(lines: list[list[dict]], li: int, wi: int) -> str:
    """The text of a table cell (ruled or not) that starts at word ``wi`` of line ``li``: on each line the words
    run on from the cell's left edge until a gap wider than a space; the next line continues it where a word
    starts at that edge."""
    left, last, out = lines[li][wi]["x0"], lines[li][wi]["top"], []
    for line in lines[li:li + 30]:
        if line[0]["top"] - last > 20:  # past the cell's last line
            break
        start = next((i for i, w in enumerate(line) if abs(w["x0"] - left) < 2 and (line is not lines[li] or i == wi)),
                     None)
        if start is None:
            continue  # a line of another column only
        last = line[0]["top"]
        out.append(line[start]["text"])
        for prev, word in zip(line[start:], line[start + 1:]):
            if word["x0"] - prev["x1"] > 6:
                break
            out.append(word["text"])
    return " ".join(out)


def _page_holds(lines: list[list[dict]], text: str, needle: str) -> bool:
    if needle in text:
        return True
    for li, line in enumerate(lines):
        for wi, word in enumerate(line):
            head = _alnum(word["text"])
            if head and needle.startswith(head) and _alnum(_column_from(lines, li, wi)).startswith(needle):
                return True
    return False


def _set_pages(pack: Pack, data: bytes) -> None:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = []
        words: set[str] = set()
        for page in pdf.pages:
            text = page.extract_text() or ""
            cells = " ".join(c or "" for table in page.extract_tables() for row in table for c in row)
            lines: dict[float, list[dict]] = {}
            for word in page.extract_words():
                lines.setdefault(round(word["top"]), []).append(word)
            ordered = [sorted(line, key=lambda w: w["x0"]) for _, line in sorted(lines.items())]
            pages.append((ordered, _alnum(text + " " + cells)))
            words.update(w["text"] for w in page.extract_words())
        pack.records["documents"][0]["pages"] = len(pdf.pages)
    for record, key in pack.keys:
        needle = _alnum(key)[:45]
        found = [i + 1 for i, (lines, text) in enumerate(pages) if _page_holds(lines, text, needle)]
        if not found:
            raise SystemExit(f"{pack.name}: key on no page: {key!r}")
        record["page"] = found[0]
    for block in pack.blocks:
        if isinstance(block, T):
            for row in block.rows:
                for content in row:
                    if content is None:
                        continue
                    for word in cell_text(content).split():
                        # a line may break after a hyphen, as in Word; nowhere else inside a word
                        pieces = re.findall(r"[^-]+-|[^-]+$", word)
                        if word not in words and not all(piece in words for piece in pieces):
                            raise SystemExit(f"{pack.name}: table word split or missing: {word!r}")


def write(pack: Pack, data: bytes) -> None:
    if pack.name.endswith(".pdf"):
        _set_pages(pack, data)
    (HERE / pack.name).write_bytes(data)
    GOLD.mkdir(exist_ok=True)
    gold = {"source_file": pack.name, "expect": "ok", "checked": CHECKED, "records": pack.records}
    (GOLD / f"{pack.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    counts = {k: len(v) for k, v in pack.records.items()}
    print(f"{pack.name}: {len(data)} bytes; {counts}")


def as_pdf(pack: Pack, look: PdfLook) -> bytes:
    return render_pdf(pack.blocks, look, pack.records["documents"][0]["title"], pack.org)


def as_docx(pack: Pack, header: tuple[str, ...] = ()) -> bytes:
    return render_docx(pack.blocks, title=pack.records["documents"][0]["title"], author=pack.org, when=WHEN,
                       header=header)


def level(word: str, comment: str | None) -> tuple:
    """A decision cell: the level bold over an italic comment."""
    return (f"**{word}**", f"*{comment}*") if comment else (f"**{word}**",)


# --- 1. Bedfordshire: Word->PDF, borders off; Common (the reference pack's form) ---------------------------

def bedfordshire() -> tuple[Pack, bytes]:
    p = Pack("bedfordshire-pcc-sm-2035-05-16-round47.pdf", title="Scrutiny Meeting", force="Bedfordshire Police",
             organisation="Police and Crime Commissioner for Bedfordshire", date="2035-05-16")
    p.add(P("**Police and Crime Commissioner for Bedfordshire**"))
    p.meeting(H("Scrutiny Meeting"), date="2035-05-16", topic="Rural and wildlife crime")
    p.add(P("Wednesday 16 May 2035, 10:00 – 12:00, Conference Room 2, Force Headquarters"),
          P("**Topic:** Rural and wildlife crime"), H("Agenda", 2))
    p.add(p.agenda(date="2035-05-16", header=("Item", "Title", "Presented by"), widths=(12, 110, 58),
                   bordered=False, rows=[
                       ("1", "Welcome and apologies", "Police and Crime Commissioner"),
                       ("2", "Draft notes of the Scrutiny Meeting held on 14 March 2035", "Chief Executive, OPCC"),
                       ("3", "Scrutiny action tracker", "Head of Scrutiny and Governance"),
                       ("4", "Rural and wildlife crime: the force's response to farm machinery theft, hare coursing "
                             "and livestock worrying", "Assistant Chief Constable, Local Policing"),
                       ("5", "Any other business", None),
                       ("6", "Date of the next meeting", None)]))
    p.add(P("Papers for item 4 follow the tracker. Members of the public may submit questions to the OPCC up "
            "to five working days before the meeting."), Break())
    date, topic = "2035-03-14", "Road Safety"
    p.meeting(H("Draft notes – Scrutiny Meeting (Road Safety) – 14 March 2035", 2), date=date, topic=topic)
    p.add(P("Present: the Police and Crime Commissioner; the Deputy Chief Constable; the Head of Roads Policing; "
            "the Chief Executive and the Head of Scrutiny and Governance (OPCC)."))
    rows = [("", "Question", "Brief Summary of Evidence", "Decision of PCC")]
    for n, q, ev, lv, word, comment in [
        ("1", "How many people were killed or seriously injured on the county's roads in 2034, and how does "
              "this compare with the three years before?",
         Bul(("There were 214 people killed or seriously injured in 2034, against an average of 236 over "
              "2031-33.", "Motorcyclists made up a fifth of the serious injuries, the same share as before.",
              "The force's collision investigators now attend every fatal collision within the hour.")),
         "Assured", "Assured", "The PCC noted the fall and thanked the roads policing unit."),
        ("2", "What is the force doing to detect and deter drink and drug driving outside the December "
              "campaign?",
         Bul(("Roadside drug tests rose from 610 to 930 in the year.", "Two officers in each district are trained "
              "as drug recognition assessors; four more will be trained by September.",
              "Summer operations are planned but have not yet been scheduled.")),
         "Partly assured", "Partly Assured", "The PCC wants a calendar of year-round operations before he can be "
                                             "fully assured."),
        ("3", "How quickly are offences caught by the speed cameras processed, and how many lapse before a "
              "notice is sent?",
         Bul(("The camera back office has a backlog of 11,400 offences.", "About 6% of detected offences lapsed "
              "in the last quarter because notices were not issued within fourteen days.")),
         "Not assured", "Not Assured", "The PCC is not assured: lapsed offences undermine the cameras' purpose "
                                       "and he asked for a recovery plan.")]:
        p.decision(number=n, question=q, evidence=(ev,), assurance=lv, commentary=comment, date=date, topic=topic)
        rows.append((f"Q{n}", q, (ev,), level(word, comment)))
    p.add(T(rows=tuple(rows), widths=(10, 52, 72, 46), header_rows=0, bordered=False))
    p.add(H("Actions", 3))
    minuted = [("That the Force provide a calendar of drink and drug driving operations for the whole year.",
                "Calendar sent to the OPCC on 2 April 2035.", "Complete", "complete"),
               ("That the Force bring a recovery plan for the camera back office to the next meeting.",
                "The plan is being drafted and will be presented at the July meeting.", "Outstanding",
                "outstanding")]
    for i, (text, update, word, status) in enumerate(minuted, 1):
        p.action(number=str(i), text=text, update=update, status=status, status_source="status_column",
                 date=date, topic=topic)
    p.add(Num(tuple(m[0] for m in minuted)), Break())
    p.add(H("Scrutiny Action Tracker 2035/36", 2))
    rows = [("Topic", "Action", "Update", "Status")]
    older = [("That the Force share the number of officers trained in coercive control since January.",
              "Figures shared in the February performance pack.", "Complete", "complete"),
             ("That the OPCC and the Force agree a date for a joint survivor engagement event.",
              "No date agreed yet; options will be put to the PCC in June.", "Outstanding", "outstanding")]
    for text, update, word, status in older:
        p.action(number=None, text=text, update=update, status=status, status_source="status_column",
                 date=None, topic="Violence against Women and Girls")
        rows.append(("Violence against Women and Girls" if len(rows) == 1 else None, text, update, word))
    for text, update, word, status in minuted:
        rows.append(("Road Safety" if len(rows) == 3 else None, text, update, word))
    p.add(T(rows=tuple(rows), widths=(34, 62, 62, 22), header_rows=1, bordered=False,
            spans=((1, 0, 2, 1), (3, 0, 2, 1))))
    p.add(P("Signed: ________________________  Head of Scrutiny and Governance, OPCC"))
    return p, docx_to_pdf(as_docx(p))


# --- 2. Cambridgeshire: Word; New: "Assurance provided: Full / Qualified / Nil", status first ----------------

def cambridgeshire() -> tuple[Pack, bytes]:
    p = Pack("cambridgeshire-pcc-bcb-2035-04-25-round47.docx", title="Business Coordination Board",
             force="Cambridgeshire Constabulary",
             organisation="Police and Crime Commissioner for Cambridgeshire and Peterborough", date="2035-04-25")
    p.add(P("**Office of the Police and Crime Commissioner for Cambridgeshire and Peterborough**"))
    p.meeting(H("Business Coordination Board"), date="2035-04-25", topic=None)
    p.add(P("Thursday 25 April 2035 at 14:00, held virtually"), H("Agenda", 2))
    p.add(p.agenda(date="2035-04-25", header=("No.", "Item", "Lead"), widths=(12, 118, 50), rows=[
        ("1", "Apologies and declarations of interest", "Chair"),
        ("2", "Notes of the Board held on 28 February 2035 and the action log", "Business Manager"),
        ("3", "Neighbourhood policing: visibility and the new beat plans", "Chief Superintendent, Local Policing"),
        ("4", "Fraud against older people", "Detective Superintendent, Economic Crime"),
        ("5", "Any other business", None)]))
    date, topic = "2035-02-28", "Stalking and harassment"
    p.add(Break())
    p.meeting(H("Notes of the Business Coordination Board held on 28 February 2035", 2), date=date, topic=topic)
    p.add(P("Items 1 to 3 (apologies, the notes of the last Board and the action log) were taken as read."),
          H("4. Stalking and harassment", 3),
          P("*The Commissioner records the assurance provided by each answer as **Full** (assured), **Qualified** "
            "(partly assured: further evidence is wanted) or **Nil** (not assured). Where he defers his view the "
            "column says so.*"))
    rows = [("No.", "Question and response", "Commissioner's view")]
    for n, q, ev, word, lv, comment in [
        ("4.1", "How many stalking protection orders has the force applied for since April 2034, and how many "
                "were granted?",
         "Twenty-six applications were made and twenty-two granted; four were withdrawn when the suspect was "
         "remanded. A dedicated solicitor now reviews every case within five days.",
         "Full", "Assured", "The Commissioner welcomed the rise in applications."),
        ("4.2", "How does the force make sure that reports of stalking are not recorded as harassment?",
         "A crime registrar audits a sample of 40 harassment reports each month. The last audit found 9 that "
         "should have been recorded as stalking; all were corrected.",
         "Qualified", "Partly assured", "He asked for the audit results to be reported quarterly until the error "
                                        "rate falls."),
        ("4.3", "What support is offered to victims while an investigation is open?",
         "Victims are referred to the commissioned advocacy service, but the referral rate was 38% last quarter. "
         "The force could not yet say why the other cases were not referred.",
         "Nil", "Not assured", "The Commissioner is not assured and will raise referrals with the Chief "
                               "Constable."),
        ("4.4", "Is the force ready for the new national stalking guidance due in the summer?",
         "A gap analysis has started and will be finished in April.",
         "Deferred to the May Board", None, "The Commissioner will give his view once the gap analysis is "
                                            "complete.")]:
        p.decision(number=n, question=q, evidence=ev, assurance=lv, commentary=comment, date=date, topic=topic)
        rows.append((n, (f"**{q}**", ev), (f"Assurance provided: **{word}**", f"*{comment}*")))
    p.add(T(rows=tuple(rows), widths=(12, 110, 58), header_rows=1))
    p.add(P("**Actions arising**"))
    minuted = [("BCB 35/07", "Report the stalking audit results to the Board each quarter.",
                "First quarterly report received on 4 April 2035.", "Achieved", "complete"),
               ("BCB 35/08", "Explain why victims of stalking were not referred to the advocacy service and "
                             "set a referral target.",
                "Analysis under way; a target will be proposed in May.", "Ongoing", "outstanding")]
    for ref, text, update, word, status in minuted:
        p.action(number=ref, text=text, update=update, status=status, status_source="status_column",
                 date=date, topic=topic)
        p.add(P(f"{ref} – {text}"))
    p.add(Break(), H("Action log", 2),
          P("Status: **Achieved** – complete; **Ongoing** – work in progress; **Not yet due** – the due date "
            "falls after this Board."))
    rows = [("Status", "Ref", "Raised", "Action", "Update")]
    for ref, raised, iso, text, update, word, status in [
        ("BCB 35/02", "24 Jan 2035", "2035-01-24", "Share the results of the public confidence survey with "
         "the district commanders.", "Results shared on 12 February 2035.", "Achieved", "complete"),
        ("BCB 35/03", "24 Jan 2035", "2035-01-24", "Set out the timetable for replacing the mobile data "
         "terminals.", "Due in June 2035.", "Not yet due", "outstanding")]:
        p.action(number=ref, text=text, update=update, status=status, status_source="status_column",
                 date=iso, topic=None)
        rows.append((word, ref, raised, text, update))
    for ref, text, update, word, status in minuted:
        rows.append((word, ref, "28 Feb 2035", text, update))
    p.add(T(rows=tuple(rows), widths=(22, 22, 24, 62, 50), header_rows=1))
    return p, as_docx(p)


# --- 3. Durham: reportlab, no grid; New: a verdict Positive / Mixed / Negative; status codes C / O / R ------

def durham() -> tuple[Pack, bytes]:
    org = "Police, Crime and Victims' Commissioner for County Durham and Darlington"
    p = Pack("durham-pcvc-sab-2035-06-12-round47.pdf", title="Scrutiny and Assurance Board",
             force="Durham Constabulary", organisation=org, date="2035-06-12")
    p.add(P(f"**{org}**"))
    p.meeting(H("Scrutiny and Assurance Board"), date="2035-06-12", topic="Anti-social behaviour")
    p.add(P("Tuesday 12 June 2035, 09:30"), P("**Theme:** Anti-social behaviour"))
    p.add(p.agenda(date="2035-06-12", header=("", "**Business**", "**Officer**"), widths=(8, 112, 60),
                   bordered=False, number_fmt="{}.", rows=[
                       ("1", "Welcome, apologies and declarations", "Commissioner"),
                       ("2", "Minutes of the Board held on 17 April 2035", "Governance Officer"),
                       ("3", "Action register", "Governance Officer"),
                       ("4", "Anti-social behaviour: repeat callers and the community trigger",
                        "Superintendent, Neighbourhoods"),
                       ("5", "Any other business", None)]))
    p.add(P("The Board meets in public. Papers are published a week before each meeting."), Break())
    date, topic = "2035-04-17", "Retail crime"
    p.meeting(H("Minutes of the Scrutiny and Assurance Board held on 17 April 2035", 2), date=date, topic=topic)
    p.add(P("Items 1 and 2 were noted. The minutes of 13 February 2035 were agreed."),
          H("Item 3 – Retail crime", 3),
          P("*Verdict key – **Positive**: the Commissioner is assured. **Mixed**: partly assured; the Board will "
            "return to the question. **Negative**: not assured.*", size=9))
    rows = [("", "**Line of questioning**", "**Force's answer**", "**Commissioner's verdict**")]
    for n, q, ev, word, lv, comment in [
        ("1", "How has shoplifting changed across the force area since the retail crime plan began?",
         "Recorded shoplifting rose by 14% in the year, most of it in three town centres. The force attributes "
         "part of the rise to better reporting by the larger retailers.", "Positive", "Assured",
         "The Commissioner accepted that the rise reflects reporting and asked to see it by town."),
        ("2", "What proportion of shoplifting offences are attended, and how is that decided?",
         "Offences with a detained suspect are always attended; others are assessed by the control room. "
         "Attendance was 41% last quarter, but the force has no figures by store size.", "Mixed",
         "Partly assured", "She wants attendance broken down by store size before the Board returns to it."),
        ("3", "How are prolific offenders identified and managed across neighbouring forces?",
         "No shared list of prolific offenders exists with the neighbouring forces yet; a regional analyst "
         "post is vacant.", "Negative", "Not assured",
         "The Commissioner is not assured and will write to the regional lead."),
        ("4", "What does the force know about violence and abuse towards shop workers?",
         "The force recorded 182 assaults on shop workers in the year, a third of them with injury.",
         "Not sought", None, "Asked for information; no verdict was sought.")]:
        if lv is not None:
            p.decision(number=n, question=q, evidence=ev, assurance=lv, commentary=comment, date=date,
                       topic=topic)
        rows.append((f"Q{n}", q, ev, level(word, comment)))
    p.add(T(rows=tuple(rows), widths=(11, 50, 69, 50), bordered=False))
    p.add(P("**Actions**"))
    minuted = [("SAB 35/11", "Provide shoplifting attendance figures broken down by store size.",
                "Figures provided to the OPCC on 20 May 2035.", "C", "complete"),
               ("SAB 35/12", "Confirm when the regional analyst post will be filled.",
                "Confirmed as filled in May; the analyst starts in July.", "R", "outstanding")]
    for ref, text, update, code, status in minuted:
        p.action(number=ref, text=text, update=update, status=status, status_source="status_column",
                 date=date, topic=topic)
        p.add(P(text, indent=60, hang=ref))
    p.add(Break(), H("Action register", 2),
          P("Status codes: **C** – complete; **O** – open; **R** – re-opened (returned by the Commissioner as "
            "not done)."))
    rows = [("**Status**", "**Ref**", "**Raised**", "**Action**", "**Update**")]
    for ref, raised, iso, text, update, code, status in [
        ("SAB 35/04", "13/02/2035", "2035-02-13", "Circulate the evaluation of the summer night-time economy "
         "patrols.", "Circulated on 3 March 2035.", "C", "complete"),
        ("SAB 35/06", "13/02/2035", "2035-02-13", "Bring the revised out-of-court resolutions policy to the "
         "Board.", "Policy with the legal team; expected in July.", "O", "outstanding")]:
        p.action(number=ref, text=text, update=update, status=status, status_source="status_column",
                 date=iso, topic=None)
        rows.append((code, ref, raised, text, update))
    for ref, text, update, code, status in minuted:
        rows.append((code, ref, "17/04/2035", text, update))
    p.add(T(rows=tuple(rows), widths=(15, 22, 26, 60, 57), bordered=False))
    p.add(P("Register kept by the Governance Officer. Closed actions are removed after one further Board."))
    return p, as_pdf(p, PdfLook())


# --- 4. Lincolnshire: Word->PDF, borders off; New: Resolved / Partly resolved / Unresolved; "Remove from log?" -

def lincolnshire() -> tuple[Pack, bytes]:
    p = Pack("lincolnshire-pcc-pam-2035-05-15-round47.pdf", title="Performance and Accountability Meeting",
             force="Lincolnshire Police", organisation="Police and Crime Commissioner for Lincolnshire",
             date="2035-05-15")
    p.add(P("**Police and Crime Commissioner for Lincolnshire**"))
    p.meeting(H("Performance and Accountability Meeting"), date="2035-05-15", topic="Missing children")
    p.add(P("Wednesday 15 May 2035, 13:30, Committee Room, Police Headquarters"),
          P("**Focus of the meeting:** Missing children"))
    p.add(p.agenda(date="2035-05-15", header=("Item", "Subject", "Lead"), widths=(12, 108, 60), bordered=False,
                   rows=[("1", "Introductions and apologies", "Commissioner"),
                         ("2", "Notes and action log of the meeting held on 20 March 2035", "Chief Executive"),
                         ("3", "Missing children: repeat episodes, return interviews and joint working with the "
                               "county council", "Detective Chief Superintendent, Public Protection"),
                         ("4", "Any other business", None)]))
    p.add(P("Notes are taken by the OPCC and published within four weeks, once agreed."), Break())
    date, topic = "2035-03-20", "Drug supply and county lines"
    p.meeting(H("Notes of the Performance and Accountability Meeting – 20 March 2035", 2), date=date,
              topic=topic)
    p.add(P("Present: the Commissioner, the Chief Constable, the Assistant Chief Constable (Crime) and the "
            "Chief Executive. The notes of 23 January 2035 were agreed."),
          H("Item 4: Drug supply and county lines", 3),
          P("Each question is closed as **Resolved** (the Commissioner is assured), **Partly resolved** (partly "
            "assured) or **Unresolved** (not assured)."))
    rows = [("", "Question", "Response", "Outcome")]
    for n, q, ev, word, lv, comment in [
        ("1", "How many county lines operating into the county have been closed in the last twelve months, and "
              "how is a closure defined?",
         "Nineteen lines were closed, meaning the phone number was disconnected and the line holder charged. "
         "The force uses the national definition and the regional unit checks each claim before it is "
         "counted. Six of the lines ran from the same two cities.",
         "Resolved", "Assured", "The Commissioner was content with the definition and the checking."),
        ("2", "What is the force doing to identify children who are exploited to run drugs, and how quickly are "
              "they referred?",
         "Officers complete an exploitation screening tool for every child found in possession of drugs. "
         "Referrals through the national referral mechanism rose to 44 in the year, but the average time to "
         "refer was nine days against a target of two.",
         "Partly resolved", "Partly assured", "The Commissioner asked for the referral times to come down "
                                              "before he can close the question."),
        ("3", "How does the force work with housing providers to stop the cuckooing of vulnerable tenants?",
         "A protocol with the district councils is in draft. Closure orders were used four times in the year. "
         "Housing officers are not yet trained to spot cuckooing and there is no shared referral route.",
         "Unresolved", "Not assured", "Unresolved until the protocol is signed and training has started."),
        ("4", "How much of the cash seized from drug supply has been returned to communities?",
         "Seizures totalled £410,000. Forfeiture takes up to two years, so little has yet come back; £38,000 "
         "was granted to youth projects through the community fund.",
         "Resolved", "Assured", "The Commissioner noted the figures and the delay inherent in forfeiture."),
        ("5", "How will the force measure the effect of the new drugs intelligence team on supply in rural "
              "areas?",
         "A baseline of intelligence reports and drug-related calls for each rural district has been set. The "
         "team's first six-month review will compare them with the same period last year.",
         "Resolved", "Assured", "He asked that the review be brought to this meeting in the autumn.")]:
        p.decision(number=n, question=q, evidence=ev, assurance=lv, commentary=comment, date=date, topic=topic)
        rows.append((f"{n}.", q, ev, level(word, comment)))
    p.add(T(rows=tuple(rows), widths=(8, 50, 80, 42), header_rows=1, repeat_header=False, bordered=False))
    p.add(P("**Actions agreed**"))
    minuted = [("PAM 35/05", "Bring the referral times for exploited children to the next meeting.",
                "Referral times are on today's agenda under item 2.", "Yes", "complete"),
               ("PAM 35/06", "Share the draft cuckooing protocol with the OPCC before it is signed.",
                "The councils have not yet agreed the draft.", "No", "outstanding")]
    for ref, text, update, word, status in minuted:
        p.action(number=ref, text=text, update=update, status=status, status_source="status_column",
                 date=date, topic=topic)
    p.add(Bul(tuple(f"{ref}: {text}" for ref, text, *_ in minuted)), Break())
    p.add(H("Action log", 2),
          P("*A **Yes** in the last column means the Commissioner accepts the action as complete; it will be "
            "removed from the log after this meeting. **No** means it stays open.*"))
    rows = [("Ref", "Meeting", "Action", "Update", "Remove from log?")]
    for ref, meeting, iso, text, update, word, status in [
        ("PAM 35/01", "23 Jan 2035", "2035-01-23", "Provide the number of rural crime volunteers recruited "
         "since the summer.", "Thirty-two volunteers recruited; figures sent on 9 February.", "Yes", "complete"),
        ("PAM 35/02", "23 Jan 2035", "2035-01-23", "Report how many calls to the non-emergency number were "
         "abandoned in the winter.", "The new telephony system cannot yet report abandoned calls.", "No",
         "outstanding")]:
        p.action(number=ref, text=text, update=update, status=status, status_source="status_column", date=iso,
                 topic=None)
        rows.append((ref, meeting, text, update, word))
    for ref, text, update, word, status in minuted:
        rows.append((ref, "20 Mar 2035", text, update, word))
    p.add(T(rows=tuple(rows), widths=(22, 22, 58, 56, 22), header_rows=1, bordered=False))
    p.add(P("Log agreed by: Chief Executive, Office of the Police and Crime Commissioner"))
    return p, docx_to_pdf(as_docx(p))


# --- 5. Hampshire and Isle of Wight: Word; Common ------------------------------------------------------------

def hampshire() -> tuple[Pack, bytes]:
    p = Pack("hampshire-iow-pcc-pab-2035-04-24-round47.docx", title="Police Accountability Board",
             force="Hampshire and Isle of Wight Constabulary",
             organisation="Police and Crime Commissioner for Hampshire and Isle of Wight", date="2035-04-24",
             office="Police and Crime Commissioner for Hampshire and the Isle of Wight")
    p.add(P("**Police and Crime Commissioner for Hampshire and Isle of Wight**"))
    p.meeting(H("Police Accountability Board"), date="2035-04-24", topic="Burglary and robbery")
    p.add(P("Tuesday 24 April 2035, 10:00"), P("**Theme:** Burglary and robbery"), H("Agenda", 2))
    p.add(p.agenda(date="2035-04-24", header=("No.", "Item", "Lead"), widths=(12, 118, 50), presenter_blank="",
                   rows=[("1", "Welcome and apologies", "PCC"),
                         ("2", "Minutes of the Board held on 6 March 2035", "Head of Governance"),
                         ("3", "Action log", "Head of Governance"),
                         ("4", "Burglary and robbery: solved rates and victim contact",
                          "Assistant Chief Constable, Crime"),
                         ("5", "Any other business", None)]))
    date, topic = "2035-03-06", "Hate crime"
    p.add(Break())
    p.meeting(H("Minutes of the Police Accountability Board held on 6 March 2035", 2), date=date, topic=topic)
    p.add(P("1. Apologies were received from the Deputy Chief Constable. 2. The minutes of the previous Board "
            "were agreed."), H("3. Hate crime", 3))
    rows = [("No.", "Question", "Response", "Assurance level", "PCC comment")]
    for n, q, ev, word, lv, comment in [
        ("1", "How has reported hate crime changed over the last year?",
         "Reports rose by 6%, driven by online offences; religious hate crime fell.", "Assured", "Assured",
         "The PCC noted the shift to online offending."),
        ("2", "How many hate crime victims were contacted within the victims' code timescales?",
         "Eighty-one per cent were contacted in time against a target of 95%.", "Partially assured",
         "Partly assured", "The PCC wants the target met by the summer."),
        ("3", "How are third-party reporting centres supported by the force?",
         "Centres receive a visit once a year; three centres reported no contact last year.", "Not assured",
         "Not assured", None)]:
        p.decision(number=n, question=q, evidence=ev, assurance=lv, commentary=comment, date=date, topic=topic)
        rows.append((n, q, ev, word, comment or ""))
    p.add(T(rows=tuple(rows), widths=(10, 44, 56, 28, 42), header_rows=1))
    p.add(P("**Actions arising**"))
    minuted = [("PAB 35/09", "Set out a plan to meet the victim contact target for hate crime.",
                "Plan agreed by the force on 12 February 2035.", "Complete", "complete"),
               ("PAB 35/10", "Arrange a visit to every third-party reporting centre before the summer.",
                "Visits scheduled from May.", "In progress", "outstanding")]
    for ref, text, update, word, status in minuted:
        p.action(number=ref, text=text, update=update, status=status, status_source="status_column",
                 date=date, topic=topic)
        p.add(P(f"**{ref}:** {text}"))
    p.add(Break(), H("Action log", 2))
    rows = [("Ref", "Date raised", "Action", "Owner", "Update", "Status")]
    for ref, raised, iso, text, update, word, status in [
        ("PAB 35/02", "16/01/2035", "2035-01-16", "Circulate the review of the firearms licensing backlog.",
         "Review circulated on 2 February.", "Complete", "complete"),
        ("PAB 35/08", "06/03/2035", "2035-03-06", "Provide figures on the use of body-worn video at domestic "
         "abuse incidents.", None, "Not started", "outstanding")]:
        p.action(number=ref, text=text, update=update, status=status, status_source="status_column", date=iso,
                 topic=None if iso != date else topic)
        rows.append((ref, raised, text, "ACC Crime", update or "", word))
    for ref, text, update, word, status in minuted:
        rows.append((ref, "06/03/2035", text, "ACC Crime", update, word))
    p.add(T(rows=tuple(rows), widths=(20, 22, 50, 20, 44, 24), header_rows=1))
    return p, as_docx(p)


# --- 6. Sussex: reportlab, no grid; New: completed actions struck through, no status column -----------------

def sussex() -> tuple[Pack, bytes]:
    p = Pack("sussex-pcc-pam-2035-04-10-round47.pdf", title="Performance & Accountability Meeting",
             force="Sussex Police", organisation="Police and Crime Commissioner for Sussex", date="2035-04-10")
    p.add(P("**Sussex Police & Crime Commissioner**"))
    p.meeting(H("Performance & Accountability Meeting"), date="2035-04-10", topic="Public contact and 101")
    p.add(P("10 April 2035, 11:00 (webcast)"), P("**Focus of the meeting:** Public contact and 101"))
    p.add(p.agenda(date="2035-04-10", header=("**No.**", "**Agenda item**", "**Presenter**"), widths=(13, 107, 60),
                   bordered=False, rows=[
                       ("1", "Welcome and introduction", "Police & Crime Commissioner"),
                       ("2", "Record of the meeting held on 13 February 2035", "Chief Executive"),
                       ("3", "Public contact: 101 answer times, online reporting and the switchboard "
                             "replacement", "Chief Superintendent, Contact Command"),
                       ("4", "Questions from the public", "Police & Crime Commissioner"),
                       ("5", "Close", None)]))
    p.add(Break())
    date, topic = "2035-02-13", "Youth diversion"
    p.meeting(H("Record of the Performance & Accountability Meeting – 13 February 2035", 2), date=date,
              topic=topic)
    p.add(P("The Commissioner welcomed the Chief Constable. The record of 16 January 2035 was agreed."),
          H("Youth diversion", 3))
    rows = [("**No.**", "**Question**", "**Summary of the Chief Constable's response**",
             "**Commissioner's view**")]
    for n, q, ev, word, lv, comment in [
        ("1", "How many children were diverted from the criminal justice system last year, and for which "
              "offences?",
         ("Four hundred and twelve children were diverted, mostly for possession of cannabis and low-level "
          "assault.", "Diversion is decided by a joint panel with the youth offending services."),
         "Assured", "Assured", "The Commissioner thanked the force for a clear answer."),
        ("2", "How does the force know that diversion works?",
         ("Reoffending within a year was 17% for diverted children against 31% for those charged.", "No "
          "evaluation has yet looked at whether the two groups are comparable."),
         "Partially assured", "Partly assured", "She asked for a comparison of like with like."),
        ("3", "Are children from minority ethnic backgrounds diverted at the same rate as other children?",
         ("The force cannot yet report diversion by ethnicity because the field is optional in the custody "
          "system.",), "Not assured", "Not assured", "She expects the field to be made mandatory.")]:
        p.decision(number=n, question=q, evidence=ev, assurance=lv, commentary=comment, date=date, topic=topic)
        rows.append((n, q, ev, level(word, comment)))
    p.add(T(rows=tuple(rows), widths=(12, 50, 74, 44), bordered=False))
    p.add(P("**Actions:** see PAM 35/07 and PAM 35/08 in the action log."), Break())
    p.add(H("Action log", 2),
          P("*Actions shown ~~struck through~~ have been completed and will drop off the log at the next "
            "meeting.*"))
    rows = [("**Ref**", "**Meeting**", "**Action**", "**Update**")]
    for ref, meeting, iso, text, update, done in [
        ("PAM 35/02", "16/01/2035", "2035-01-16", "Publish the force's response to the neighbourhood policing "
         "survey.", "Response published on the force website.", True),
        ("PAM 35/03", "16/01/2035", "2035-01-16", "Report on the use of drones in missing person searches.",
         "Report to the July meeting.", False),
        ("PAM 35/07", "13/02/2035", "2035-02-13", "Compare reoffending of diverted and charged children with "
         "similar histories.", "Comparison prepared by the force analyst and shared with the OPCC.", True),
        ("PAM 35/08", "13/02/2035", "2035-02-13", "Make the ethnicity field mandatory in the custody system.",
         "Change request raised with the supplier.", False)]:
        p.action(number=ref, text=text, update=update, status="complete" if done else "outstanding",
                 status_source="glyph_colour", date=iso, topic=topic if iso == date else None)
        mark = (lambda s: f"~~{s}~~") if done else (lambda s: s)
        rows.append((mark(ref), mark(meeting), mark(text), mark(update)))
    p.add(T(rows=tuple(rows), widths=(25, 28, 66, 61), bordered=False))
    return p, as_pdf(p, register_dejavu_serif())


# --- 7. Warwickshire: Word->PDF, borders off; New: the level column first; Done / On track / Blocked --------

def warwickshire() -> tuple[Pack, bytes]:
    p = Pack("warwickshire-pcc-gsb-2035-05-29-round47.pdf", title="Governance and Scrutiny Board",
             force="Warwickshire Police", organisation="Police and Crime Commissioner for Warwickshire",
             date="2035-05-29")
    p.add(P("**Office of the Police and Crime Commissioner for Warwickshire**"))
    p.meeting(H("Governance and Scrutiny Board"), date="2035-05-29", topic=None)
    p.add(P("Tuesday 29 May 2035 at 10:00"))
    p.add(p.agenda(date="2035-05-29", header=("Agenda item", "Title", "Lead"), widths=(20, 100, 60),
                   bordered=False, rows=[
                       ("1", "Apologies", "Chair"),
                       ("2", "Notes of the Board held on 3 April 2035", "Governance Manager"),
                       ("3", "Tracker of actions", "Governance Manager"),
                       ("4", "Serious violence duty: the partnership's first annual return",
                        "Superintendent, Partnerships"),
                       ("5", "Any other business", None)]))
    p.add(P("Contact: Governance Manager, OPCC. The Board is not held in public; its notes are published."),
          Break())
    date, topic = "2035-04-03", "Call handling and 999 performance"
    p.meeting(H("Notes of the Governance and Scrutiny Board held on 3 April 2035", 2), date=date, topic=topic)
    p.add(P("1. No apologies. 2. The notes of 30 January 2035 were agreed as a true record."),
          P("**5. Call handling and 999 performance**"),
          P("The Commissioner's assurance is recorded in the first column, against each question."))
    rows = [("Assurance", "No.", "Question", "Summary of response")]
    for n, q, ev, word, lv, comment in [
        ("1", "What proportion of 999 calls were answered within ten seconds in the last quarter?",
         "Ninety-two per cent against the national standard of 90%; the worst week was in early January, when "
         "three call handlers were off sick at once.", "Assured", "Assured", "Standard met in every month."),
        ("2", "How long do callers to 101 wait, and how many give up before they are answered?",
         "The average wait was 6 minutes 40 seconds and 18% of callers abandoned. A call-back option starts "
         "in June.", "Partly assured", "Partly assured", "Abandonment is still too high; the Commissioner "
                                                          "will look again after the call-back option starts."),
        ("3", "How is the quality of call handling checked?",
         "Supervisors review five calls per handler per month. The quality framework is being rewritten with "
         "the college's new standards.", "Assessment deferred", None, "Deferred until the new quality "
                                                                     "framework is in place.")]:
        p.decision(number=n, question=q, evidence=ev, assurance=lv, commentary=comment, date=date, topic=topic)
        rows.append((level(word, comment), f"Q{n}", q, ev))
    p.add(T(rows=tuple(rows), widths=(40, 10, 56, 74), header_rows=1, bordered=False))
    p.add(P("Actions GSB 35/14 and GSB 35/15 were agreed (see the tracker)."), Break())
    p.add(H("Tracker of actions", 2),
          P("Status: **Done** – closed; **On track** – open, the due date will be met; **Blocked** – open, "
            "cannot progress without a decision."))
    rows = [("Status", "Ref", "Raised", "Action", "Update")]
    for word, ref, raised, iso, text, update, status in [
        ("Done", "GSB 35/03", "30/01/2035", "2035-01-30", "Confirm the date of the custody inspection "
         "debrief.", "Debrief held on 14 March 2035.", "complete"),
        ("Blocked", "GSB 35/05", "30/01/2035", "2035-01-30", "Agree the data-sharing agreement with the "
         "ambulance service.", "Awaiting the ambulance service's legal sign-off.", "outstanding"),
        ("Done", "GSB 35/14", "03/04/2035", "2035-04-03", "Report 101 abandonment by hour of the day.",
         "Report circulated on 30 April 2035.", "complete"),
        ("On track", "GSB 35/15", "03/04/2035", "2035-04-03", "Present the rewritten call quality "
         "framework.", "Due at the July Board.", "outstanding")]:
        p.action(number=ref, text=text, update=update, status=status, status_source="status_column", date=iso,
                 topic=topic if iso == date else None)
        rows.append((word, ref, raised, text, update))
    p.add(T(rows=tuple(rows), widths=(20, 22, 22, 60, 56), header_rows=1, bordered=False))
    p.add(P("Signed ............................................  Chief Executive and Monitoring Officer"),
          P("Date: 22 May 2035"))
    return p, docx_to_pdf(as_docx(p))


# --- 8. South Yorkshire: reportlab, landscape; New: "Assured in part" / "Not yet assured"; a dated status ----

def south_yorkshire() -> tuple[Pack, bytes]:
    org = "Mayor of South Yorkshire"
    p = Pack("south-yorkshire-mayor-ab-2035-06-19-round47.pdf", title="Accountability Board",
             force="South Yorkshire Police", organisation=org, date="2035-06-19")
    p.add(P("**South Yorkshire Mayoral Combined Authority – Mayor of South Yorkshire**"))
    p.meeting(H("Accountability Board"), date="2035-06-19", topic="Safer roads")
    p.add(P("Tuesday 19 June 2035, 14:00. Chair: the Mayor of South Yorkshire"), P("**Theme:** Safer roads"))
    p.add(p.agenda(date="2035-06-19", header=("Item", "Title", "Presented by"), widths=(12, 120, 60), rows=[
        ("1", "Welcome and apologies", "Mayor"),
        ("2", "Minutes of the Board held on 6 March 2035", "Head of Governance"),
        ("3", "Safer roads: enforcement, education and the partnership's casualty reduction plan",
         "Chief Superintendent, Operations"),
        ("4", "Public questions", "Mayor"),
        ("5", "Any other business", None)]))
    p.add(Break())
    date = "2035-03-06"
    p.meeting(H("Minutes of the Accountability Board – 6 March 2035", 2), date=date, topic=None)
    p.add(P("Present: the Mayor (Chair), the Chief Constable, the Deputy Chief Constable and the Head of "
            "Governance. The minutes of 16 January 2035 were agreed."),
          P("*The Mayor's assurance is recorded as Assured, Assured in part or Not yet assured.*", size=9))
    n_q = 0
    for heading, topic, items in [
        ("Item 5 – Neighbourhood crime", "Neighbourhood crime", [
            ("How many burglaries were solved in the year, and how does the rate compare with similar forces?",
             "Seven per cent of burglaries were solved, in line with the average of similar forces. Forensic "
             "attendance at every burglary began in January.", "Assured", "Assured",
             "The Mayor welcomed forensic attendance at every burglary."),
            ("What is the force doing about vehicle crime in the town centres?",
             "Vehicle crime fell by 9%. Car park patrols have begun in two towns; the others wait for new CCTV.",
             "Assured in part", "Partly assured", "The Mayor wants the patrols in every town centre.")]),
        ("Item 6 – Violence against women and girls", "Violence against women and girls", [
            ("How quickly are rape cases passed to the Crown Prosecution Service?",
             "The average from report to file was 187 days; the force's own target is 120 days.",
             "Not yet assured", "Not assured", "The Mayor expects a plan to meet the target."),
            ("How many officers have been trained to respond to spiking?",
             "All response officers were trained by February; a second course for night-time economy staff is "
             "booked.", "Assured", "Assured", None)])]:
        p.add(H(heading, 3))
        rows = [("No.", "Question", "Response", "Mayor's assurance", "Comment")]
        for q, ev, word, lv, comment in items:
            n_q += 1
            p.decision(number=str(n_q), question=q, evidence=ev, assurance=lv, commentary=comment, date=date,
                       topic=topic)
            rows.append((str(n_q), q, ev, f"**{word}**", comment or "–"))
        p.add(T(rows=tuple(rows), widths=(8, 52, 70, 26, 48), header_rows=1))
    minuted = [("AB 35/09", "Neighbourhood crime", "Extend car park patrols to every town centre.",
                "Patrols now run in all four town centres.", "Closed 30/04/2035", "complete"),
               ("AB 35/10", "Violence against women and girls", "Present a plan to reduce the time taken to "
                "pass rape cases to the CPS.", "Plan in draft.", "Due 17/07/2035", "outstanding")]
    p.add(P("**Actions arising from items 5 and 6**"))
    for ref, topic, text, update, word, status in minuted:
        p.action(number=ref, text=text, update=update, status=status, status_source="status_column", date=date,
                 topic=topic)
    p.add(Bul(tuple(f"{ref}: {text}" for ref, _, text, *_ in minuted)), Break())
    p.add(H("Action tracker", 2),
          P("The Status column gives the date an action was closed, or the date it is due."))
    rows = [("Ref", "Raised", "Topic", "Action", "Update", "Status")]
    for ref, raised, iso, topic, text, update, word, status in [
        ("AB 35/02", "16/01/2035", "2035-01-16", "Police estate", "Publish the timetable for closing the "
         "old custody suite.", "Timetable published on 2 March 2035.", "Closed 02/03/2035", "complete"),
        ("AB 35/04", "16/01/2035", "2035-01-16", "Police estate", "Report the running costs of the new "
         "custody suite after its first quarter.", "First quarter ends in June.", "Due 19/06/2035",
         "outstanding")]:
        p.action(number=ref, text=text, update=update, status=status, status_source="status_column", date=iso,
                 topic=topic)
        rows.append((ref, raised, topic, text, update, word))
    for ref, topic, text, update, word, status in minuted:
        rows.append((ref, "06/03/2035", topic, text, update, word))
    p.add(T(rows=tuple(rows), widths=(18, 22, 34, 56, 44, 30), header_rows=1))
    return p, as_pdf(p, PdfLook(landscape=True, margin=54))


# --- 9. West Mercia: reportlab, no grid; New: Good / Fair / Poor assessment; a log over a page break --------

def west_mercia() -> tuple[Pack, bytes]:
    p = Pack("west-mercia-pcc-hta-2035-06-05-round47.pdf", title="Holding to Account Meeting",
             force="West Mercia Police", organisation="Police and Crime Commissioner for West Mercia",
             date="2035-06-05")
    p.add(P("**West Mercia Police and Crime Commissioner**"))
    p.meeting(H("Holding to Account Meeting"), date="2035-06-05", topic=None)
    p.add(P("Tuesday 5 June 2035, 10:00"))
    p.add(p.agenda(date="2035-06-05", header=("", "**Item**", "**Lead**"), widths=(8, 112, 60), bordered=False,
                   number_fmt="{}.", rows=[
                       ("1", "Apologies", "Commissioner"),
                       ("2", "Notes of the meeting of 10 April 2035", "Policy Officer"),
                       ("3", "Action log", "Policy Officer"),
                       ("4", "Rural crime", "Superintendent, Rural Crime"),
                       ("5", "Vetting and professional standards", "Head of Professional Standards"),
                       ("6", "Any other business", None)]))
    p.add(Break())
    date, topic = "2035-04-10", "Online child sexual abuse"
    p.meeting(H("Notes of the Holding to Account Meeting held on 10 April 2035", 2), date=date, topic=topic)
    p.add(P("Apologies were noted. The notes of 6 February 2035 were agreed."),
          H("3. Online child sexual abuse", 3),
          P("Key to the Commissioner's assessment: **Good** – assured; **Fair** – partly assured; **Poor** – not "
            "assured."))
    rows = [("", "**Question**", "**Response**", "**Commissioner's assessment**")]
    for n, q, ev, word, lv, comment in [
        ("1", "How many referrals about indecent images of children did the force receive, and how quickly "
              "were they acted on?",
         "The force received 640 referrals. High-risk referrals were actioned within 24 hours in 97% of cases; "
         "medium-risk within 14 days in 71%.", "Fair", "Partly assured",
         "Medium-risk timeliness must improve before the Commissioner can be assured."),
        ("2", "Does the team have the digital forensic capacity it needs?",
         "Two examiners were recruited and the backlog of devices fell from 410 to 130 since October.", "Good",
         "Assured", "The Commissioner welcomed the fall in the backlog."),
        ("3", "How are the welfare needs of officers who view indecent images met?",
         "Psychological screening is offered every six months, but uptake was 48% and is not mandatory.",
         "Poor", "Not assured", "The Commissioner wants screening made mandatory.")]:
        p.decision(number=n, question=q, evidence=ev, assurance=lv, commentary=comment, date=date, topic=topic)
        rows.append((f"{n}.", q, ev, level(word, comment)))
    p.add(T(rows=tuple(rows), widths=(8, 54, 72, 46), bordered=False))
    minuted = [("HTA 35/4.1", "Report medium-risk referral timeliness monthly until it reaches 90%.",
                "April figure was 79%; reporting continues.", "Open"),
               ("HTA 35/4.2", "Make psychological screening mandatory for the team.",
                "Mandatory screening agreed by the Chief Officer Group on 2 May 2035.", "Closed")]
    p.add(P("**Actions**"))
    for ref, text, update, word in minuted:
        p.action(number=ref, text=text, update=update, status="complete" if word == "Closed" else "outstanding",
                 status_source="status_column", date=date, topic=topic)
        p.add(P(f"{ref} – {text}"))
    p.add(H("Action log", 2),
          P("The log lists every action not yet closed at the last meeting. Closed actions are shown once, then "
            "removed."))
    rows = [("**Ref**", "**Meeting**", "**Action**", "**Update**", "**Status**")]
    for ref, meeting, iso, text, update, word in [
        ("HTA 35/2.1", "06/02/2035", "2035-02-06", "Share the results of the rural crime survey with the "
         "farming community.", "Results shared at the county show and online.", "Closed"),
        ("HTA 35/2.2", "06/02/2035", "2035-02-06", "Set up a wildlife crime reporting route for "
         "gamekeepers and landowners.", "An online form is being built with the rural partnership.", "Open"),
        ("HTA 35/2.3", "06/02/2035", "2035-02-06", "Report the number of vetting decisions overturned on "
         "appeal.", "Report due at the June meeting.", "Open"),
        ("HTA 35/2.4", "06/02/2035", "2035-02-06", "Confirm the vetting unit's staffing after the "
         "restructure.", "Restructure paused; no date yet.", "Open – overdue"),
        ("HTA 35/2.5", "06/02/2035", "2035-02-06", "Publish the force's response to the inspection of "
         "vetting.", "Response published on 1 March 2035.", "Closed"),
        ("HTA 35/2.6", "06/02/2035", "2035-02-06", "Brief the Commissioner on the new firearms licensing "
         "fees.", "Briefing held on 20 March 2035.", "Closed")]:
        p.action(number=ref, text=text, update=update, status="complete" if word == "Closed" else "outstanding",
                 status_source="status_column", date=iso, topic=None)
        rows.append((ref, meeting, text, update, word))
    for ref, text, update, word in minuted:
        rows.append((ref, "10/04/2035", text, update, word))
    p.add(T(rows=tuple(rows), widths=(24, 24, 56, 56, 20), header_rows=1, repeat_header=False, bordered=False))
    p.add(P("Prepared by the Policy Officer, Office of the Police and Crime Commissioner."))
    return p, as_pdf(p, PdfLook(margin=64))


PACKS: list[Callable[[], tuple[Pack, bytes]]] = [bedfordshire, cambridgeshire, durham, lincolnshire, hampshire,
                                                 sussex, warwickshire, south_yorkshire, west_mercia]


def main(prefixes: list[str]) -> None:
    for build in PACKS:
        if prefixes and not any(build.__name__.replace("_", "-").startswith(x) for x in prefixes):
            continue
        write(*build())


if __name__ == "__main__":
    main(sys.argv[1:])
