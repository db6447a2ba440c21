"""Round 57 (blind fix round, issue 4): nine scrutiny packs of Essex (PFCC), Kent, Hertfordshire, Bedfordshire,
Leicestershire, Nottinghamshire, Lancashire, Cleveland and South Wales, with their gold in gold/ (in pending/ while the extractors were fixed; promoted).

Each builder call that prints a question, an action row, an agenda row or a meeting heading also writes its gold
record. A PDF record's page is found from the PDF's own pdfplumber text (see `_set_pages`).

    .venv/bin/python samples/corpus/scrutiny-round57/generate.py [NAME-PREFIX ...]
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import scrutiny_common  # noqa: E402,F401  (puts scrutiny-round3 on sys.path)
from office_pdf import docx_to_pdf  # noqa: E402
from render import Break, Bul, H, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind by the round-57 author from the generator's own data; pages from the PDF's pdfplumber "
           "text; checked by page images before any extractor was run.")


def long_date(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d:%A} {d.day} {d:%B %Y}"


def plain_date(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day} {d:%B %Y}"


def strip_markup(text: str) -> str:
    return re.sub(r"\*+|~~", "", text)


@dataclass
class Pack:
    """A pack being built: its blocks and the gold records its builder calls write."""

    name: str
    org: str
    force: str
    board: str
    date: str
    blocks: list = field(default_factory=list)
    records: dict = field(default_factory=lambda: {"documents": [], "meetings": [], "agenda_items": [],
                                                   "assurance_decisions": [], "actions": [], "grades": []})
    keys: dict = field(default_factory=dict)  # id(record) -> the text whose page it takes

    def add(self, kind: str, key: str | None, **fields) -> None:
        record = {"page": None, **fields}
        self.records[kind].append(record)
        if key is not None:
            self.keys[id(record)] = strip_markup(key)

    def meeting(self, title: str, iso: str, topic: str | None, key: str | None = None) -> None:
        self.add("meetings", key, meeting_date=iso, topic=topic, organisation=self.org, title=title)

    def agenda(self, rows: list[tuple[str, str, str | None]], headers: tuple[str, ...], widths: tuple[float, ...],
               bordered: bool, presenter_col: bool = True) -> None:
        table = [headers]
        for number, title, presenter in rows:
            table.append((number, title, presenter or "") if presenter_col else (number, title))
            self.add("agenda_items", title, meeting_date=self.date, number=number.rstrip("."), title=title,
                     presenter=presenter if presenter not in (None, "", "–") else None)
        self.blocks.append(T(tuple(table), widths, header_rows=1, bordered=bordered))

    def decision(self, iso: str, topic: str | None, number: str | None, question: str, evidence: str,
                 level: str | None, commentary: str | None) -> None:
        self.add("assurance_decisions", question, meeting_date=iso, topic=topic, question_number=number,
                 question=question, evidence_summary=evidence, assurance=level, commentary=commentary)

    def action(self, key: str, iso: str | None, topic: str | None, number: str | None, text: str,
               update: str | None, status: str, source: str) -> None:
        self.add("actions", key, meeting_date=iso, topic=topic, number=number, text=text, update=update,
                 status=status, status_source=source, source="action_tracker")


# --- pages and checks ----------------------------------------------------------------------------------------

def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().lower()


def _set_pages(pack: Pack, data: bytes) -> int:
    """A record's page: the first page whose text or table cells hold the first eight (then five, then three)
    words of its key; else the first page whose words include its first six (a narrow cell wraps after a word
    or two). The front sheet's meeting is page 1. Stops if a key is on no page or a printed word is split."""
    source_words = set()
    for record_list in pack.records.values():
        for record in record_list:
            for value in record.values():
                if isinstance(value, str):
                    source_words.update(_words(value))
    for block in pack.blocks:
        source_words.update(_words(_block_text(block)))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = []
        for page in pdf.pages:
            cells = " ".join(" ".join(c or "" for c in row) for t in page.extract_tables() for row in t)
            text = page.extract_text() or ""
            pages.append((_norm(text), _norm(cells), set(_words(text))))
            for word in _words(text):
                if word not in source_words:
                    raise SystemExit(f"{pack.name}: printed word {word!r} is in no source text (split?)")
        count = len(pdf.pages)
    for kind, record_list in pack.records.items():
        for record in record_list:
            key = pack.keys.get(id(record))
            if key is None:
                continue
            words = _norm(key).split()
            record["page"] = _find(words, pages)
            if record["page"] is None:
                raise SystemExit(f"{pack.name}: {kind} key {key[:60]!r} is on no page")
    pack.records["meetings"][0]["page"] = 1
    return count


def _find(words: list[str], pages: list) -> int | None:
    for n in (8, 5, 3):
        probe = " ".join(words[:n])
        for i, (text, cells, _) in enumerate(pages, 1):
            if probe in text or probe in cells:
                return i
    wanted = set(_words(" ".join(words[:6])))
    for i, (_, _, page_words) in enumerate(pages, 1):
        if wanted <= page_words:
            return i
    return None


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z]{3,}", strip_markup(text).replace("’", "'"))]


def _block_text(block) -> str:
    if isinstance(block, T):
        out = []
        for row in block.rows:
            for cell in row:
                parts = cell if isinstance(cell, tuple) else (cell,)
                for part in parts:
                    out.append(" ".join(part.items) if isinstance(part, Bul) else str(part or ""))
        return " ".join(out)
    if isinstance(block, Bul):
        return " ".join(block.items)
    return getattr(block, "text", "") + " " + (getattr(block, "hang", None) or "")


# --- Word post-processing: struck-through runs and tracked changes -----------------------------------------------

def _edit_document_xml(docx: bytes, edit) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "word/document.xml":
                body = edit(body.decode("utf-8")).encode("utf-8")
            target.writestr(info, body)
    return out.getvalue()


def strike_runs(docx: bytes) -> bytes:
    """A run whose text is ``~~words~~`` gets Word's strike-through (w:strike) and loses the markers."""
    def edit(xml: str) -> str:
        run = re.compile(r"<w:r>(<w:rPr>)((?:(?!</w:rPr>).)*)</w:rPr>(<w:t[^>]*>)~~(.*?)~~</w:t></w:r>")
        return run.sub(r"<w:r>\1<w:strike/>\2</w:rPr>\3\4</w:t></w:r>", xml)
    return _edit_document_xml(docx, edit)


def tracked_changes(docx: bytes, author: str) -> bytes:
    """A run whose text is ``[[old=>new]]`` becomes a tracked deletion of ``old`` and insertion of ``new``
    (w:del / w:ins, as Word keeps them while Track Changes is on and the changes are not yet accepted)."""
    counter = iter(range(1, 1000))

    def change(match: re.Match) -> str:
        props, old, new = match.group(1) or "", match.group(2), match.group(3)
        stamp = f'w:author="{author}" w:date="2044-06-01T09:00:00Z"'
        return (f'<w:del w:id="{next(counter)}" {stamp}><w:r>{props}<w:delText xml:space="preserve">{old}'
                f'</w:delText></w:r></w:del><w:ins w:id="{next(counter)}" {stamp}><w:r>{props}<w:t>{new}</w:t>'
                f"</w:r></w:ins>")

    def edit(xml: str) -> str:
        run = re.compile(r"<w:r>(<w:rPr/>|<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t[^>]*>\[\[(.*?)=&gt;(.*?)\]\]</w:t></w:r>")
        return run.sub(change, xml)

    return _edit_document_xml(docx, edit)


def write(pack: Pack, kind: str, post=None) -> None:
    """Render ``pack`` as ``kind`` ("rl", "rl-serif", "w2p", "docx"), set pages, write it and its gold."""
    title, author = pack.board, pack.org
    when = datetime(2044, 1, 5, 9, 0)
    if kind.startswith("rl"):
        look = register_dejavu_serif() if kind == "rl-serif" else PdfLook(cell_size=9.5, body_size=10.5, margin=60)
        data = render_pdf(pack.blocks, look, title, author)
    else:
        data = render_docx(pack.blocks, title=title, author=author, when=when)
        if post:
            data = post(data)
        if kind == "w2p":
            data = docx_to_pdf(data)
    document = {"page": None, "file_type": "pdf" if pack.name.endswith(".pdf") else "docx",
                "doc_kind": "scrutiny_pack", "status": "ok", "publication_date": None, "title": pack.board,
                "force": pack.force, "organisation": pack.org, "meeting_date": pack.date}
    if pack.name.endswith(".pdf"):
        document["pages"] = _set_pages(pack, data)
    pack.records["documents"].append(document)
    (HERE / pack.name).write_bytes(data)
    GOLD.mkdir(exist_ok=True)
    gold = {"source_file": pack.name, "expect": "ok", "checked": CHECKED, "records": pack.records}
    (GOLD / f"{pack.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    print(pack.name, document.get("pages"), {k: [r["page"] for r in v] for k, v in pack.records.items()
                                               if k in ("meetings", "assurance_decisions", "actions")})


def bold_over_italic(level: str, comment: str | None) -> tuple[str, ...]:
    return (f"**{level}**", f"*{comment}*") if comment else (f"**{level}**",)


# --- the packs ---------------------------------------------------------------------------------------------------

def essex() -> None:
    """New: each question's decision is the minutes' RESOLVED paragraph under it."""
    p = Pack("essex-pfcc-pfcb-2044-03-10-round57.pdf", "Police, Fire and Crime Commissioner for Essex",
             "Essex Police", "Performance and Scrutiny Board", "2044-03-10")
    prev, topic = "2044-02-11", "Business crime and shop theft"
    p.blocks += [P("**Police, Fire and Crime Commissioner for Essex**"), H("Performance and Scrutiny Board"),
                 P(f"{long_date(p.date)}, 10.00am, Kelvedon Park (Room 2)"),
                 P("**Theme:** Contact centre performance")]
    p.meeting("Performance and Scrutiny Board", p.date, "Contact centre performance")
    p.agenda([("1.", "Welcome and apologies", "Chair"), ("2.", "Minutes and resolutions of 11 February 2044", "Chair"),
              ("3.", "Contact centre performance", "Assistant Chief Constable"),
              ("4.", "Action log", "Head of Performance"), ("5.", "Any other business", "")],
             ("Item", "Title", "Lead"), (1, 6, 3), bordered=False)
    p.blocks += [P("Papers are circulated five working days before the Board. Members of the public may observe."),
                 Break()]
    heading = f"Minutes of the Performance and Scrutiny Board held on {plain_date(prev)}"
    p.blocks.append(H(heading, 2))
    p.meeting(heading, prev, topic, heading)
    p.blocks += [P("**1. Welcome and apologies.** Apologies were received from the Chief Finance Officer."),
                 P("**2. Minutes.** The minutes of the previous Board were agreed as a true record."),
                 P(f"**3. {topic}**"),
                 P("The Commissioner put the questions below, sent to the force in advance. Each resolution "
                   "records the Commissioner's decision on the question above it.")]
    qs = [
        ("1", "How many reports of shop theft did the force receive in 2043, and how many led to a charge?",
         "Reports rose to 9,420. A suspect was charged in 1,310 cases, up from 1,040 the year before.",
         "That the Commissioner is assured on the question.", "Assured",
         "That the force be thanked for the analysis of repeat locations."),
        ("2", "What has the business crime partnership delivered since it was launched in the summer?",
         "Forty-two retailers have joined. Shared images have identified 85 suspects, but the data-sharing "
         "agreement is still unsigned by two councils.",
         "That the Commissioner is partly assured on the question.", "Partly assured",
         "That the signed data-sharing agreement be reported to the Board in May."),
        ("3", "How quickly are calls from retail staff reporting a thief on the premises attended?",
         "The force could not yet separate these calls from other theft calls in its command and control data.",
         "That the Commissioner is not assured on the question.", "Not assured",
         "That an attendance time for live retail incidents be produced by the next Board."),
    ]
    for number, question, response, resolved, level, rest in qs:
        p.blocks += [P(f"**Question {number}:** {question}", indent=14), P(response, indent=14),
                     P(f"**RESOLVED –** (a) {resolved} (b) {rest}", indent=14)]
        p.decision(prev, topic, number, question, response, level, rest)
    minuted = [("PSB 44/06", "Produce an attendance time for live retail incidents.",
                "The first figures were produced for February and sent to members.", "Done", "complete"),
               ("PSB 44/07", "Report the signed data-sharing agreement to the Board.",
                "Two councils are still to sign.", "Open", "outstanding")]
    p.blocks.append(P("**Actions**"))
    for ref, text, *_ in minuted:
        p.blocks.append(P(f"{ref} – {text}", indent=14))
    p.blocks += [P("**4. Any other business.** None."), Break(), H("Action log", 2),
                 P("Actions of the Board since January 2044. Completed actions stay on the log for one meeting.")]
    rows = [("Ref", "Meeting", "Action", "Owner", "Progress", "Status")]
    older = [("PSB 44/01", "2044-01-14", "Circulate the revised contact centre staffing model.",
              "The model was circulated on 2 February.", "Done", "complete"),
             ("PSB 44/02", "2044-01-14", "Set out the cost of the new online reporting form.",
              "Costs are being confirmed with the supplier.", "Overdue", "outstanding")]
    for ref, raised, text, update, raw, status in older:
        rows.append((ref, date.fromisoformat(raised).strftime("%d/%m/%Y"), text, "ACC Contact", update, raw))
        p.action(text, raised, None, ref, text, update, status, "status_column")
    for ref, text, update, raw, status in minuted:
        rows.append((ref, date.fromisoformat(prev).strftime("%d/%m/%Y"), text, "Head of Performance", update, raw))
        p.action(f"{ref} – {text}", prev, topic, ref, text, update, status, "status_column")
    p.blocks += [T(tuple(rows), (1.9, 2.0, 4.4, 2.9, 4.6, 2.1), header_rows=1, bordered=False),
                 P("Prepared by the Performance Team, Office of the PFCC, 1 March 2044.")]
    write(p, "rl")


def kent() -> None:
    """New: a tracker of Target date and Revised date columns, the status only in the update's words."""
    p = Pack("kent-pcc-pam-2044-04-12-round57.pdf", "Police and Crime Commissioner for Kent", "Kent Police",
             "Performance and Accountability Meeting", "2044-04-12")
    prev, topic = "2044-02-09", "Roads policing"
    p.blocks += [P("**KENT POLICE AND CRIME COMMISSIONER**"), H("Performance and Accountability Meeting"),
                 P(f"{long_date(p.date)} at 2.00pm"), P("**Focus of the meeting:** Victim care")]
    p.meeting("Performance and Accountability Meeting", p.date, "Victim care")
    p.agenda([("1", "Introduction and apologies", "Commissioner"),
              ("2", "Notes of the meeting held on 9 February 2044", "Chief of Staff"),
              ("3", "Victim care and the Victims' Code", "Deputy Chief Constable"),
              ("4", "Progress against actions", "Chief of Staff"),
              ("5", "Date of next meeting", "–")],
             ("No.", "Agenda item", "Presenter"), (1, 6, 3), bordered=False)
    p.blocks.append(Break())
    heading = f"Notes of the Performance and Accountability Meeting – {plain_date(prev)}"
    p.blocks.append(H(heading, 2))
    p.meeting(heading, prev, topic, heading)
    p.blocks += [P("Present: the Commissioner; the Chief Constable; the Deputy Chief Constable; the Chief of Staff."),
                 P("Items 1, 2 and 4 were taken as standing business."), H(f"3. {topic}", 3)]
    qs = [("1", "How many people were killed or seriously injured on Kent's roads in 2043, and what is the trend?",
           "There were 712 people killed or seriously injured, 6% fewer than in 2042, with motorcyclists still "
           "over-represented.", "Assured", "The Commissioner welcomed the fall."),
          ("2", "How is the force using the new average-speed cameras on rural routes?",
           "Four routes are live; enforcement began in January and 3,180 notices were issued in six weeks.",
           "Partly assured", "She wants the effect on collisions reported once a year of data is held."),
          ("3", "What is the backlog of dash-cam footage submitted by the public, and how long does review take?",
           "The backlog stands at 2,450 submissions and review takes up to eleven weeks.",
           "Not assured", "The Commissioner asked for a plan to clear the backlog."),
          ("4", "How are roads policing officers trained to support bereaved families at fatal collisions?",
           "Every family liaison officer completes the national course; refresher training is planned.",
           "Assured", None)]
    rows = [("Q", "Question", "Response", "Commissioner's view")]
    for number, question, response, level, comment in qs:
        rows.append((f"Q{number}", question, response, bold_over_italic(level, comment)))
        p.decision(prev, topic, number, question, response, level, comment)
    p.blocks.append(T(tuple(rows), (0.7, 4, 4.3, 3), header_rows=1, bordered=False))
    minuted = [("PAM 44/09", "Produce a plan to clear the dash-cam footage backlog.", "Chief Inspector Roads",
                "2044-03-29", "2044-05-10",
                "A draft plan has been written and will go to the Chief Officer Group in May."),
               ("PAM 44/10", "Report the effect of average-speed cameras on collisions.", "Head of Analysis",
                "2045-02-28", "", "Not yet due: a year of collision data will be held in February 2045.")]
    p.blocks.append(P("**Actions agreed**"))
    for ref, text, *_ in minuted:
        p.blocks.append(P(f"{ref}: {text}", indent=14))
    p.blocks += [H("Progress against actions", 2),
                 P("Revised dates are agreed with the Chief of Staff. Actions are removed once reported complete.")]
    rows = [("Ref", "Action", "Owner", "Target date", "Revised date", "Update")]
    older = [("PAM 44/01", None, "Publish the victim satisfaction survey results for 2043.", "Head of Analysis",
              "2044-02-29", "", "Completed on 2 February 2044; the results were published on the website.",
              "complete"),
             ("PAM 44/02", None, "Review the letters sent to victims when a case is closed.", "Victim Services",
              "2044-02-29", "2044-04-30", "The review has started; the new letters will be tested with victims in April.",
              "outstanding"),
             ("PAM 44/03", None, "Share the witness care unit's staffing plan with the Commissioner.",
              "Head of Justice", "2044-03-15", "", "The staffing plan was shared on 4 March.", "complete")]
    fmt = lambda iso: date.fromisoformat(iso).strftime("%d/%m/%y") if iso else ""
    for ref, raised, text, owner, target, revised, update, status in older:
        rows.append((ref, text, owner, fmt(target), fmt(revised), update))
        p.action(text, raised, None, ref, text, update, status, "inferred_from_update")
    for (ref, text, owner, target, revised, update), status in zip(minuted, ("outstanding", "outstanding")):
        rows.append((ref, text, owner, fmt(target), fmt(revised), update))
        p.action(f"{ref}: {text}", prev, topic, ref, text, update, status, "inferred_from_update")
    p.blocks += [T(tuple(rows), (1.6, 4, 2.2, 1.7, 1.7, 4.5), header_rows=1, repeat_header=False,
                   bordered=False),
                 P("Office of the Police and Crime Commissioner for Kent")]
    write(p, "w2p")


def hertfordshire() -> None:
    """New: levels abbreviated A / PA / NA under a key; a status column of dates ("Closed 12/03", "Due 30/04")."""
    p = Pack("hertfordshire-pcc-sab-2044-05-17-round57.pdf", "Police and Crime Commissioner for Hertfordshire",
             "Hertfordshire Constabulary", "Strategic Accountability Board", "2044-05-17")
    prev, topic = "2044-03-15", "Rural and wildlife crime"
    p.blocks += [P("Office of the Police and Crime Commissioner for Hertfordshire"), H("Strategic Accountability Board"),
                 P(f"Date: {plain_date(p.date)}   Time: 09:30   Venue: Welwyn Room")]
    p.meeting("Strategic Accountability Board", p.date, None)
    p.agenda([("1", "Apologies and declarations of interest", "Chair"),
              ("2", "Notes and actions of the last Board", "Chief Executive"),
              ("3", "Neighbourhood policing review", "Chief Superintendent, Local Policing"),
              ("4", "Police and crime plan performance report", "Head of Performance"),
              ("5", "Any other business", "")],
             ("", "Item", "Lead"), (0.5, 6, 4), bordered=False)
    p.blocks.append(Break())
    heading = f"Notes of the Strategic Accountability Board held on {plain_date(prev)}"
    p.blocks.append(H(heading, 2))
    p.meeting(heading, prev, topic, heading)
    p.blocks += [P("Apologies, declarations and the notes of the last Board were taken first. No interests were declared."),
                 P(f"**Item 3 – {topic}**"),
                 P("Key to the Commissioner's level: **A** – assured; **PA** – partially assured; **NA** – not assured.")]
    qs = [("1", "How many rural crimes were recorded in 2043, and which types rose?",
           "Recorded rural crime fell by 4%; thefts of GPS units from farm vehicles doubled.", "A",
           "Assured", "Good analysis."),
          ("2", "How many officers in the rural team are trained in wildlife crime?",
           "Nine of the fourteen officers hold the wildlife crime qualification; five are booked on the course.",
           "PA", "Partly assured", "Wants all fourteen trained by the autumn."),
          ("3", "What is the force doing about hare coursing on the county's border with neighbouring forces?",
           "A joint operation ran over the winter, but seizures of dogs remain rare.", "NA", "Not assured",
           "Asked for the results of the joint operation."),
          ("4", "How does the force keep farmers informed about crime in their area?",
           "A weekly message goes to 2,300 subscribers through the rural alert service.", "A", "Assured", "")]
    rows = [("No.", "Question", "Response", "Level", "Commissioner's comment")]
    for number, question, response, raw, level, comment in qs:
        rows.append((f"{number}.", question, response, raw, comment))
        p.decision(prev, topic, number, question, response, level, comment or None)
    p.blocks.append(T(tuple(rows), (0.6, 4, 4.4, 0.9, 3), header_rows=1, bordered=False))
    minuted = [("SAB/44/12", "Report the results of the joint hare coursing operation.",
                "Results were presented to the Board's April briefing.", "Closed 22/04", "complete"),
               ("SAB/44/13", "Confirm course dates for the five untrained rural officers.",
                "Two dates confirmed; three awaited from the college.", "Due 31/05", "outstanding")]
    p.blocks.append(P("**Actions:** " + " ".join(f"{ref} – {text}" for ref, text, *_ in minuted)))
    p.blocks += [Break(), H("Action log", 2),
                 P("Status: \"Closed\" with the date the Board closed the action; \"Due\" with the date an open "
                   "action is due.")]
    rows = [("Ref", "Raised", "Action", "Update", "Status")]
    older = [("SAB/44/04", "2044-01-19", "Provide a breakdown of neighbourhood officer abstractions.",
              "Breakdown provided with the March performance report.", "Closed 15/03", "complete"),
             ("SAB/44/05", "2044-01-19", "Agree a date for the public meeting on speeding in villages.",
              "Parish councils consulted; a date is to be fixed.", "Due 30/06", "outstanding")]
    for ref, raised, text, update, raw, status in older:
        rows.append((ref, date.fromisoformat(raised).strftime("%d/%m/%y"), text, update, raw))
        p.action(text, raised, None, ref, text, update, status, "status_column")
    for ref, text, update, raw, status in minuted:
        rows.append((ref, date.fromisoformat(prev).strftime("%d/%m/%y"), text, update, raw))
        p.action(f"{ref} – {text}", prev, topic, ref, text, update, status, "status_column")
    p.blocks.append(T(tuple(rows), (1.8, 1.5, 5, 5, 1.9), header_rows=1, bordered=False))
    write(p, "rl")


def bedfordshire() -> None:
    """New: a Word file whose edits are tracked changes (w:del / w:ins) not yet accepted, one in a decision's
    level and two in the tracker's status column."""
    p = Pack("bedfordshire-pcc-sm-2044-06-07-round57.docx", "Police and Crime Commissioner for Bedfordshire",
             "Bedfordshire Police", "Scrutiny Meeting", "2044-06-07")
    prev, topic = "2044-04-05", "Stop and search"
    p.blocks += [P("**Police and Crime Commissioner for Bedfordshire**"), H("Scrutiny Meeting"),
                 P(f"{long_date(p.date)}, Conference Room 1, Police Headquarters, 10:00"),
                 P("**Topic:** Drug-related violence")]
    p.meeting("Scrutiny Meeting", p.date, "Drug-related violence")
    p.agenda([("1", "Welcome and apologies", "PCC"), ("2", "Notes of the last meeting and the action log", "Head of Scrutiny"),
              ("3", "Drug-related violence", "Detective Chief Superintendent"), ("4", "Any other business", "PCC")],
             ("No.", "Item", "Presenter"), (1, 6, 3), bordered=True)
    p.blocks.append(Break())
    heading = f"Notes of the Scrutiny Meeting held on {plain_date(prev)}"
    p.blocks.append(H(heading, 2))
    p.meeting(heading, prev, topic, None)
    p.blocks += [P("Changes made since the draft was first circulated are shown as tracked changes."),
                 H(f"3. {topic}", 3)]
    qs = [("1", "What share of searches in 2043 found the item searched for?",
           "The find rate was 31%, against 27% in 2042; drugs searches found drugs in 34% of cases.",
           "Assured", "Assured", "The PCC noted the rise."),
          ("2", "How are body-worn video recordings of searches reviewed?",
           "Supervisors review one recording in ten; the community panel reviews twenty each quarter.",
           "[[Partly assured=>Assured]]", "Assured", "The panel's reports are to be published."),
          ("3", "Why are black residents searched at a higher rate than white residents, and what is being done?",
           "Black residents were searched at 3.1 times the rate of white residents; a review of the grounds "
           "recorded is under way.", "Not assured", "Not assured", "The PCC will return to this in the autumn.")]
    for number, question, response, raw, level, comment in qs:
        p.blocks += [H(f"Question {number}", 3), P(f"**{question}**"), P(response),
                     P(f"**Decision of PCC: **{raw}"), P(f"**Comment:** {comment}")]
        p.decision(prev, topic, number, question, response, level, comment)
    minuted = [("SM 44/08", "Publish the community panel's quarterly reports.",
                "The first report was published on 20 May.", "[[Open=>Complete]]", "complete"),
               ("SM 44/09", "Share the review of recorded grounds for searches.",
                "The review will report in July.", "Open", "outstanding")]
    p.blocks.append(P("**Actions**"))
    for ref, text, *_ in minuted:
        p.blocks.append(P(f"{ref} – {text}"))
    p.blocks += [Break(), H("Scrutiny action log", 2)]
    rows = [("Ref", "Meeting", "Action", "Update", "Status")]
    older = [("SM 44/02", "2044-01-26", "Confirm the number of officers trained in the new search form.",
              "All 640 response officers have been trained.", "[[Open=>Complete]]", "complete"),
             ("SM 44/03", "2044-01-26", "Present the drug testing on arrest figures.",
              "Figures to be presented in September.", "Open", "outstanding")]
    for ref, raised, text, update, raw, status in older:
        rows.append((ref, date.fromisoformat(raised).strftime("%d %b %Y"), text, update, raw))
        p.action(text, raised, None, ref, text, update, status, "status_column")
    for ref, text, update, raw, status in minuted:
        rows.append((ref, date.fromisoformat(prev).strftime("%d %b %Y"), text, update, raw))
        p.action(text, prev, topic, ref, text, update, status, "status_column")
    p.blocks.append(T(tuple(rows), (1.5, 1.8, 5, 5, 1.6), header_rows=1, bordered=True))
    write(p, "docx", post=lambda d: tracked_changes(d, "OPCC Scrutiny Officer"))


def leicestershire() -> None:
    """New: one small table per question, the level in the table's header row beside the question's number."""
    p = Pack("leicestershire-pcc-cab-2044-03-04-round57.pdf",
             "Police and Crime Commissioner for Leicester, Leicestershire and Rutland", "Leicestershire Police",
             "Corporate Accountability Board", "2044-03-04")
    prev, topic = "2044-02-05", "Hate crime"
    p.blocks += [P("**Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland**"),
                 H("Corporate Accountability Board"), P(f"{long_date(p.date)}")]
    p.meeting("Corporate Accountability Board", p.date, None)
    p.agenda([("1", "Apologies", "Chair"), ("2", "Minutes of the last meeting", "Chair"),
              ("3", "Serious violence duty", "Superintendent, Violence Reduction"),
              ("4", "Custody healthcare contract", "Head of Commissioning"),
              ("5", "Action tracker", "Chief Executive")],
             ("Item", "Subject", "Lead"), (1, 6, 4), bordered=True)
    p.blocks.append(Break())
    heading = f"Minutes of the Corporate Accountability Board, {plain_date(prev)}"
    p.blocks.append(H(heading, 2))
    p.meeting(heading, prev, topic, heading)
    p.blocks += [P("Items 1 and 2 were agreed without discussion."), H(f"3. {topic}", 3),
                 P("Each question is set out in its own table, the Commissioner's level beside its number.")]
    qs = [("1", "How many hate crimes were reported in 2043, and how many by third-party reporting centres?",
           "1,960 hate crimes were reported; 140 came through the 22 third-party centres.", "Assured",
           "The Commissioner thanked the centres' volunteers."),
          ("2", "What proportion of hate crime victims were satisfied with the service?",
           "71% were satisfied, below the 80% of other crime victims surveyed.", "Partly assured",
           "Asked what explains the gap."),
          ("3", "How are repeat victims of disability hate crime identified?",
           "The crime system flags repeats, but the flag is missing from a quarter of the records checked.",
           "Not assured", "Wants the audit repeated in six months.")]
    for number, question, response, level, comment in qs:
        p.blocks.append(T(((f"Question {number}", f"Assurance: {level}"), ("Question", question),
                           ("Response", response), ("Commissioner's comment", comment)),
                          (1.3, 4), header_rows=1, bordered=True))
        p.decision(prev, topic, number, question, response, level, comment)
    minuted = [("CAB 44/07", "Explain the gap in satisfaction between hate crime and other victims.",
                "Analysis of survey answers due in April.", "Ongoing", "outstanding"),
               ("CAB 44/08", "Repeat the audit of repeat-victim flags.", "Scheduled for August.", "Ongoing",
                "outstanding")]
    p.blocks.append(P("**Actions:**"))
    for ref, text, *_ in minuted:
        p.blocks.append(P(f"{ref} – {text}"))
    p.blocks += [Break(), H("Action tracker", 2)]
    rows = [("Ref", "Date", "Action", "Update", "Status")]
    older = [("CAB 44/01", "2044-01-08", "Circulate the custody healthcare contract timetable.",
              "Circulated on 20 January.", "Completed", "complete")]
    for ref, raised, text, update, raw, status in older:
        rows.append((ref, date.fromisoformat(raised).strftime("%d.%m.%Y"), text, update, raw))
        p.action(text, raised, None, ref, text, update, status, "status_column")
    for ref, text, update, raw, status in minuted:
        rows.append((ref, date.fromisoformat(prev).strftime("%d.%m.%Y"), text, update, raw))
        p.action(f"{ref} – {text}", prev, topic, ref, text, update, status, "status_column")
    p.blocks.append(T(tuple(rows), (1.9, 1.8, 4.6, 4.0, 2.3), header_rows=1, bordered=True))
    write(p, "rl-serif")


def nottinghamshire() -> None:
    """New: a tracker with no status column; completed actions' text struck through, read by a key line."""
    p = Pack("nottinghamshire-pcc-sgb-2044-03-24-round57.pdf", "Police and Crime Commissioner for Nottinghamshire",
             "Nottinghamshire Police", "Strategic Governance Board", "2044-03-24")
    prev, topic = "2044-02-18", "Knife crime"
    p.blocks += [P("**NOTTINGHAMSHIRE POLICE AND CRIME COMMISSIONER**"), H("Strategic Governance Board"),
                 P(f"{long_date(p.date)}, 13:30, Sherwood Lodge"), P("**Theme:** Domestic abuse")]
    p.meeting("Strategic Governance Board", p.date, "Domestic abuse")
    p.agenda([("1", "Apologies", "Commissioner"), ("2", "Notes of the last meeting", "Commissioner"),
              ("3", "Domestic abuse and stalking", "Head of Public Protection"),
              ("4", "Action log", "Chief Executive")],
             ("Item", "Title", "Presented by"), (1, 6, 3), bordered=False)
    p.blocks.append(Break())
    heading = f"Notes of the Strategic Governance Board held on {long_date(prev)}"
    p.blocks.append(H(heading, 2))
    p.meeting(heading, prev, topic, heading)
    p.blocks += [P("Present: the Commissioner, the Chief Constable, the Chief Executive and the Head of Finance."),
                 H(f"3. {topic}", 3)]
    qs = [("1", "How many knife crime offences were recorded in 2043, compared with 2042?",
           "Offences fell from 1,105 to 982; robbery with a knife fell most.", "Assured", "Welcomed the fall."),
          ("2", "How many knife surrender bins are in use, and how many knives were collected?",
           "Sixteen bins collected 1,240 knives; two bins in the city centre need moving.", "Partly assured",
           "Wants the bins moved before the summer."),
          ("3", "What is done to reach young people excluded from school?",
           "Youth workers now meet every excluded pupil within ten days.", "Assured", None)]
    rows = [("No.", "Question", "Response", "Assurance")]
    for number, question, response, level, comment in qs:
        rows.append((f"{number}.", question, response, bold_over_italic(level, comment)))
        p.decision(prev, topic, number, question, response, level, comment)
    p.blocks.append(T(tuple(rows), (0.6, 4.2, 4.6, 3), header_rows=1, bordered=False))
    minuted = [("SGB 44/05", "Move the two city centre knife surrender bins.",
                "Both bins were moved on 11 March.", True),
               ("SGB 44/06", "Report knife crime among under-18s for each district.",
                "The report is being written for the April Board.", False)]
    p.blocks.append(P("**Actions**"))
    for ref, text, *_ in minuted:
        p.blocks.append(P(f"{ref} – {text}"))
    p.blocks += [Break(), H("Action log", 2),
                 P("Key: actions shown struck through have been completed and will be removed from the next log.")]
    rows = [("Ref", "Meeting", "Action", "Lead", "Update")]
    older = [("SGB 44/01", "2044-01-21", "Confirm the funding for the stalking advocate post.",
              "Funding confirmed for two years.", True),
             ("SGB 44/02", "2044-01-21", "Present the domestic abuse arrest rate by district.",
              "To be presented at this Board.", False)]
    for ref, raised, text, update, done in older:
        rows.append((ref, date.fromisoformat(raised).strftime("%d/%m/%Y"), f"~~{text}~~" if done else text,
                     "Head of Public Protection", update))
        p.action(text, raised, None, ref, text, update, "complete" if done else "outstanding", "glyph_colour")
    for ref, text, update, done in minuted:
        rows.append((ref, date.fromisoformat(prev).strftime("%d/%m/%Y"), f"~~{text}~~" if done else text,
                     "Chief Inspector, Knife Crime Team", update))
        p.action(f"{ref} – {text}", prev, topic, ref, text, update, "complete" if done else "outstanding",
                 "glyph_colour")
    p.blocks += [T(tuple(rows), (1.6, 1.8, 4.6, 2.8, 4), header_rows=1, bordered=False),
                 P("Signed: ............................  Chair of the Strategic Governance Board")]
    write(p, "w2p", post=strike_runs)


def lancashire() -> None:
    """New: questions numbered 1a / 1b / 2a, each table under a line of enquiry's heading (the line no question)."""
    p = Pack("lancashire-pcc-pcb-2044-05-26-round57.docx", "Police and Crime Commissioner for Lancashire",
             "Lancashire Constabulary", "Police and Crime Board", "2044-05-26")
    prev, topic = "2044-03-31", "Fraud"
    p.blocks += [P("**Police and Crime Commissioner for Lancashire**"), H("Police and Crime Board"),
                 P(f"{long_date(p.date)}, County Hall, Preston")]
    p.meeting("Police and Crime Board", p.date, None)
    p.agenda([("1", "Apologies", "Chair"), ("2", "Minutes of the last Board", "Chair"),
              ("3", "Matters arising and action log", "Chief Executive"),
              ("4", "Neighbourhood policing", "Assistant Chief Constable"),
              ("5", "Violence against women and girls", "Detective Superintendent")],
             ("No.", "Item", "Lead officer"), (1, 6, 3), bordered=True)
    p.blocks.append(Break())
    heading = f"Minutes of the Police and Crime Board held on {plain_date(prev)}"
    p.blocks.append(H(heading, 2))
    p.meeting(heading, prev, topic, None)
    p.blocks += [P("Apologies were noted and the minutes of the last Board were agreed."), H(f"4. {topic}", 3),
                 P("The questions were grouped under two lines of enquiry.")]
    lines = [("Line of enquiry 1: Reporting and response", [
        ("1a", "How many fraud reports did the force receive from the national reporting centre in 2043?",
         "It received 4,870 reports, of which 610 were allocated for investigation.", "Assured", "Noted."),
        ("1b", "How quickly are vulnerable fraud victims contacted?",
         "Within 72 hours in 88% of cases, against a target of 95%.", "Partially assured",
         "Wants the target met by the autumn.")]),
        ("Line of enquiry 2: Protecting older people", [
        ("2a", "What is done to stop repeat courier fraud against older residents?",
         "Banks now call the force when a customer withdraws a large sum in branch; 31 frauds were stopped.",
         "Assured", "The Commissioner praised the scheme."),
        ("2b", "How many officers are trained to deal with romance fraud?",
         "Only the economic crime unit is trained; training for neighbourhood teams is not yet funded.",
         "Not assured", "Asked for a costed training plan.")])]
    for title, questions in lines:
        p.blocks.append(P(f"**{title}**"))
        rows = [("No.", "Question", "Response", "Assurance", "Comment")]
        for number, question, response, level, comment in questions:
            rows.append((number, question, response, level, comment))
            p.decision(prev, topic, number, question, response, "Partly assured" if level.startswith("Partially")
                       else level, comment)
        p.blocks.append(T(tuple(rows), (0.8, 4, 4.4, 2, 2.8), header_rows=1, bordered=True))
    minuted = [("PCB 44/14", "Produce a costed romance fraud training plan.", "Plan costed at £48,000; awaiting approval.",
                "In hand", "outstanding"),
               ("PCB 44/15", "Report contact times for vulnerable fraud victims.", "Reported to the May Board.",
                "Achieved", "complete")]
    p.blocks.append(P("**Actions arising**"))
    for ref, text, *_ in minuted:
        p.blocks.append(P(f"{ref}: {text}"))
    p.blocks += [Break(), H("Action log", 2)]
    rows = [("Ref", "Board", "Action", "Update", "Status")]
    older = [("PCB 44/06", "2044-01-28", "Set out the neighbourhood officer vacancy rate by district.",
              "Set out in the February performance pack.", "Achieved", "complete"),
             ("PCB 44/07", "2044-01-28", "Review the use of the mobile police station.", "Review started in April.",
              "In hand", "outstanding")]
    for ref, raised, text, update, raw, status in older:
        rows.append((ref, date.fromisoformat(raised).strftime("%d/%m/%Y"), text, update, raw))
        p.action(text, raised, None, ref, text, update, status, "status_column")
    for ref, text, update, raw, status in minuted:
        rows.append((ref, date.fromisoformat(prev).strftime("%d/%m/%Y"), text, update, raw))
        p.action(text, prev, topic, ref, text, update, status, "status_column")
    p.blocks += [T(tuple(rows), (1.5, 1.8, 5, 5, 1.5), header_rows=1, bordered=True),
                 P("Status key: Achieved – the action is complete; In hand – work continues.")]
    write(p, "docx")


def cleveland() -> None:
    """Common: the reference pack's form, borders off."""
    p = Pack("cleveland-pcc-sm-2044-06-21-round57.pdf", "Police and Crime Commissioner for Cleveland",
             "Cleveland Police", "Scrutiny Meeting", "2044-06-21")
    prev, topic = "2044-04-19", "Neighbourhood policing"
    p.blocks += [P("**Police and Crime Commissioner for Cleveland**"), H("Scrutiny Meeting"),
                 P(f"{long_date(p.date)}, 10:00"), P("**Theme:** Missing from home")]
    p.meeting("Scrutiny Meeting", p.date, "Missing from home")
    p.agenda([("1", "Apologies", "PCC"), ("2", "Notes and actions of the last meeting", "Scrutiny Officer"),
              ("3", "Missing from home", "Detective Superintendent"), ("4", "Any other business", "PCC")],
             ("Item", "Title", "Presenter"), (1, 6, 3), bordered=False)
    p.blocks.append(Break())
    heading = f"DRAFT NOTES – SCRUTINY MEETING ({topic.upper()}) – {plain_date(prev).upper()}"
    p.blocks.append(H(heading, 2))
    p.meeting(heading, prev, topic, heading)
    qs = [("1", "How many neighbourhood officers were taken off their wards to cover response in 2043?",
           "Abstractions averaged 14% of shifts, down from 19%.", "Assured", "Welcomed the improvement."),
          ("2", "How does the force measure public confidence in each ward?",
           "A ward survey runs twice a year, but return rates are below 5% in four wards.", "Partly assured",
           "Asked for the survey to be redesigned."),
          ("3", "Are ward priorities set with residents?", "Priorities are set at ward meetings each quarter.",
           "Assured", None)]
    rows = [("", "Question", "Brief Summary of Evidence", "Decision of PCC")]
    for number, question, response, level, comment in qs:
        rows.append((f"Q{number}", question, response, bold_over_italic(level, comment)))
        p.decision(prev, topic, number, question, response, level, comment)
    p.blocks.append(T(tuple(rows), (0.6, 4.2, 4.6, 3), header_rows=1, bordered=False))
    minuted = [("SM 44/21", "Redesign the ward confidence survey.", "A new survey is out to tender.", "Open",
                "outstanding")]
    p.blocks.append(P("**Actions**"))
    for ref, text, *_ in minuted:
        p.blocks.append(P(f"{ref} – {text}"))
    p.blocks += [Break(), H("Scrutiny action tracker 2044/45", 2)]
    rows = [("Ref", "Raised", "Action", "Update", "Status")]
    older = [("SM 44/12", "2044-02-16", "Share the missing persons protocol with children's homes.",
              "Shared with all 38 homes.", "Complete", "complete"),
             ("SM 44/13", "2044-02-16", "Report return interview completion rates.", "", "Open", "outstanding")]
    for ref, raised, text, update, raw, status in older:
        rows.append((ref, date.fromisoformat(raised).strftime("%d/%m/%Y"), text, update, raw))
        p.action(text, raised, None, ref, text, update or None, status, "status_column")
    for ref, text, update, raw, status in minuted:
        rows.append((ref, date.fromisoformat(prev).strftime("%d/%m/%Y"), text, update, raw))
        p.action(f"{ref} – {text}", prev, topic, ref, text, update, status, "status_column")
    p.blocks += [T(tuple(rows), (1.7, 1.9, 4.6, 4.6, 2.2), header_rows=1, bordered=False),
                 P("Scrutiny Officer, Office of the Police and Crime Commissioner for Cleveland")]
    write(p, "rl")


def south_wales() -> None:
    """Common: a level column and a comments column, the tracker's status column first."""
    p = Pack("south-wales-pcc-sb-2044-04-21-round57.pdf", "Police and Crime Commissioner for South Wales",
             "South Wales Police", "Strategic Board", "2044-04-21")
    prev, topic = "2044-02-25", "Call handling"
    p.blocks += [P("**Police and Crime Commissioner for South Wales**"), H("Strategic Board"),
                 P(f"{long_date(p.date)}, 10:00, Bridgend")]
    p.meeting("Strategic Board", p.date, None)
    p.agenda([("1", "Apologies", "Commissioner"), ("2", "Minutes of the last Board", "Chief Executive"),
              ("3", "Youth justice and diversion", "Chief Superintendent"),
              ("4", "Estates strategy", "Director of Finance"), ("5", "Any other business", "")],
             ("Item", "Subject", "Lead"), (1, 6, 3), bordered=False)
    p.blocks.append(Break())
    heading = f"Minutes of the Strategic Board held on {plain_date(prev)}"
    p.blocks.append(H(heading, 2))
    p.meeting(heading, prev, topic, heading)
    p.blocks += [P("Items 1 and 2 were taken as read."), H(f"3. {topic}", 3)]
    qs = [("1", "What share of 999 calls were answered within ten seconds in 2043?",
           "91% were answered within ten seconds, against the national standard of 90%.", "Assured",
           "The Commissioner thanked call handlers."),
          ("2", "How long do callers to 101 wait on average, and how many abandon the call?",
           "The average wait was four minutes; 17% of calls were abandoned.", "Not assured",
           "Asked for a recovery plan."),
          ("3", "How many reports are now made online?", "One in five non-emergency reports is made online.",
           "Partially assured", "Wants the online forms made bilingual by July.")]
    rows = [("No.", "Question", "Response", "Assurance level", "Comments")]
    for number, question, response, level, comment in qs:
        rows.append((f"{number}.", question, response, level, comment))
        p.decision(prev, topic, number, question, response,
                   "Partly assured" if level.startswith("Partially") else level, comment)
    p.blocks.append(T(tuple(rows), (0.6, 4, 4.2, 2, 3), header_rows=1, bordered=False))
    minuted = [("SB 44/10", "Produce a recovery plan for 101 waiting times.",
                "The plan was agreed by the Chief Officer Group on 3 April.", "Completed", "complete"),
               ("SB 44/11", "Make the online reporting forms bilingual.", "Translation is under way.", "Ongoing",
                "outstanding")]
    p.blocks.append(P("**Actions**"))
    for ref, text, *_ in minuted:
        p.blocks.append(P(f"{ref} – {text}"))
    p.blocks += [Break(), H("Action log", 2)]
    rows = [("Status", "Ref", "Date", "Action", "Update")]
    older = [("SB 44/03", "2044-01-14", "Present the estates disposal list.", "Presented to the February Board.",
              "Completed", "complete")]
    for ref, raised, text, update, raw, status in older:
        rows.append((raw, ref, date.fromisoformat(raised).strftime("%d/%m/%Y"), text, update))
        p.action(text, raised, None, ref, text, update, status, "status_column")
    for ref, text, update, raw, status in minuted:
        rows.append((raw, ref, date.fromisoformat(prev).strftime("%d/%m/%Y"), text, update))
        p.action(f"{ref} – {text}", prev, topic, ref, text, update, status, "status_column")
    p.blocks.append(T(tuple(rows), (1.6, 1.5, 1.8, 5, 5), header_rows=1, bordered=False))
    write(p, "w2p")


PACKS = {"essex": essex, "kent": kent, "hertfordshire": hertfordshire, "bedfordshire": bedfordshire,
         "leicestershire": leicestershire, "nottinghamshire": nottinghamshire, "lancashire": lancashire,
         "cleveland": cleveland, "south-wales": south_wales}

if __name__ == "__main__":
    wanted = sys.argv[1:]
    for prefix, build in PACKS.items():
        if not wanted or any(prefix.startswith(w) for w in wanted):
            build()
