"""Round 60 (blind fix round, issue 4): nine scrutiny packs whose levels and statuses sit in what real offices'
Word templates do that a plain table does not: drop-down and check-box content controls, legacy form fields,
hyperlinks, vertically merged cells and full-width sub-heading rows, a table nested in the decision cell, a
tracker wrapped in a content control, comments, running headers and fields; and two reportlab packs with a
level hung in the margin and a level as a bar of squares.

    .venv/bin/python samples/corpus/scrutiny-round60/generate.py [NAME-PREFIX ...]

writes the packs here and their gold to gold/ (in pending/ until promoted in session 17). Every builder call that prints a question, an action row, an
agenda row or a meeting heading also writes its gold record. Names, figures and wording are invented.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pdfplumber
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))

from office_pdf import docx_to_pdf  # noqa: E402
from scrutiny_common import round3  # noqa: E402
from render import Break, H, P, PdfLook, T, _stable_zip, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

decision, action, agenda, meeting, document = round3.decision, round3.action, round3.agenda, round3.meeting, round3.document

CHECKED = ("Written blind by the round-60 author in samples/corpus/scrutiny-round60/generate.py, each record by the "
           "builder call that prints it, before any extractor was run on the packs; PDF pages from the PDF's own "
           "pdfplumber text; levels and statuses mapped by hand through each pack's key.")
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
TOKEN = re.compile(r"\[\[(\w+):(.*?)\]\]")


# --- Word template furniture written as OOXML (python-docx has no API for these) ------------------------------

def _run(text: str, *, colour: str | None = None, font: str | None = None, underline: bool = False):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if font:
        fonts = OxmlElement("w:rFonts")
        for side in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(side), font)
        rpr.append(fonts)
    if colour:
        c = OxmlElement("w:color")
        c.set(qn("w:val"), colour)
        rpr.append(c)
    if underline:
        u = OxmlElement("w:u")
        u.set(qn("w:val"), "single")
        rpr.append(u)
    if len(rpr):
        r.append(rpr)
    t = OxmlElement("w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    r.append(t)
    return r


def _sdt(props: list, content: list, ident: int):
    sdt, pr, body = OxmlElement("w:sdt"), OxmlElement("w:sdtPr"), OxmlElement("w:sdtContent")
    i = OxmlElement("w:id")
    i.set(qn("w:val"), str(ident))
    pr.append(i)
    for p in props:
        pr.append(p)
    for c in content:
        body.append(c)
    sdt.append(pr)
    sdt.append(body)
    return sdt


def _el(tag: str, **attrs: str):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(f"w:{k}"), v)
    return e


def dropdown_sdt(chosen: str, options: list[str], ident: int, alias: str):
    """A drop-down list content control: the chosen entry shown, Word's placeholder where none is chosen."""
    lst = _el("w:dropDownList")
    lst.append(_el("w:listItem", displayText="Choose an item.", value=""))
    for o in options:
        lst.append(_el("w:listItem", displayText=o, value=o))
    props = [_el("w:alias", val=alias), _el("w:tag", val=alias.lower().replace(" ", "_"))]
    if not chosen:
        props.append(_el("w:showingPlcHdr"))
    props.append(lst)
    shown = _run(chosen) if chosen else _run("Choose an item.", colour="808080")
    return [_sdt(props, [shown], ident)]


def checkbox_sdt(checked: bool, ident: int):
    """A check box content control (Word 2010's w14:checkbox), ☒ / ☐ in MS Gothic as Word draws it."""
    box = etree.SubElement(etree.Element("dummy"), f"{{{W14}}}checkbox", nsmap={"w14": W14})
    etree.SubElement(box, f"{{{W14}}}checked").set(f"{{{W14}}}val", "1" if checked else "0")
    for name, code in (("checkedState", "2612"), ("uncheckedState", "2610")):
        s = etree.SubElement(box, f"{{{W14}}}{name}")
        s.set(f"{{{W14}}}val", code)
        s.set(f"{{{W14}}}font", "MS Gothic")
    return [_sdt([box], [_run("☒" if checked else "☐", font="MS Gothic")], ident)]


def _field(ffdata, instr: str, separate: bool) -> list:
    begin = _el("w:fldChar", fldCharType="begin")
    begin.append(ffdata)
    out = [OxmlElement("w:r"), OxmlElement("w:r")]
    out[0].append(begin)
    it = OxmlElement("w:instrText")
    it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    it.text = f" {instr} "
    out[1].append(it)
    for kind in (("separate", "end") if separate else ("end",)):
        r = OxmlElement("w:r")
        r.append(_el("w:fldChar", fldCharType=kind))
        out.append(r)
    return out


def form_dropdown(result: int, options: list[str], name: str) -> list:
    """A legacy drop-down form field (FORMDROPDOWN): Word keeps the chosen entry only as the index in ffData."""
    ff = OxmlElement("w:ffData")
    ff.append(_el("w:name", val=name))
    ff.append(OxmlElement("w:enabled"))
    ff.append(_el("w:calcOnExit", val="0"))
    dd = OxmlElement("w:ddList")
    dd.append(_el("w:result", val=str(result)))
    for o in options:
        dd.append(_el("w:listEntry", val=o))
    ff.append(dd)
    return _field(ff, "FORMDROPDOWN", separate=True)


def form_checkbox(checked: bool, name: str) -> list:
    """A legacy check box form field (FORMCHECKBOX), checked or not only in its ffData."""
    ff = OxmlElement("w:ffData")
    ff.append(_el("w:name", val=name))
    ff.append(OxmlElement("w:enabled"))
    ff.append(_el("w:calcOnExit", val="0"))
    cb = OxmlElement("w:checkBox")
    cb.append(OxmlElement("w:sizeAuto"))
    cb.append(_el("w:default", val="0"))
    cb.append(_el("w:checked", val="1" if checked else "0"))
    ff.append(cb)
    return _field(ff, "FORMCHECKBOX", separate=False)


def hyperlink(paragraph, url: str, text: str):
    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    link.set(qn("w:history"), "1")
    link.append(_run(text, colour="0563C1", underline=True))
    return [link]


class Tokens:
    """Replaces the ``[[kind:args]]`` tokens the blocks carry with the OOXML of each template feature."""

    def __init__(self, document) -> None:
        self.document, self.ident = document, 100

    def next_id(self) -> int:
        self.ident += 1
        return self.ident

    def expand(self, paragraph, kind: str, args: str) -> list:
        if kind == "dd":
            chosen, options = args.split("|")
            return dropdown_sdt(chosen, options.split(";"), self.next_id(), "Assurance level"
                                if "assur" in options.lower() else "Status")
        if kind == "cb":
            return checkbox_sdt(args == "1", self.next_id())
        if kind == "ffdd":
            index, options = args.split("|")
            return form_dropdown(int(index), options.split(";"), f"Dropdown{self.next_id()}")
        if kind == "ffcb":
            return form_checkbox(args == "1", f"Check{self.next_id()}")
        if kind == "link":
            url, text = args.split("|")
            return hyperlink(paragraph, url, text)
        if kind == "bm":
            ident = str(self.next_id())
            return [_el("w:bookmarkStart", id=ident, name=args), _el("w:bookmarkEnd", id=ident)]
        raise ValueError(kind)

    def paragraph(self, paragraph) -> None:
        text = paragraph.text
        if "[[" not in text:
            return
        if text.startswith("[[nest:"):
            self.nest(paragraph, TOKEN.fullmatch(text).group(2))
            return
        if text.startswith("[[cmt:"):
            self.comment(paragraph, text)
            return
        bold = any(r.bold for r in paragraph.runs)
        for r in list(paragraph.runs):
            r._r.getparent().remove(r._r)
        pos = 0
        for m in TOKEN.finditer(text):
            if m.start() > pos:
                paragraph.add_run(text[pos:m.start()]).bold = bold or None
            for node in self.expand(paragraph, m.group(1), m.group(2)):
                paragraph._p.append(node)
            pos = m.end()
        if pos < len(text):
            paragraph.add_run(text[pos:]).bold = bold or None

    def nest(self, paragraph, spec: str) -> None:
        """A small label | value table nested in the cell in place of the paragraph."""
        cell_el = paragraph._p.getparent()
        rows = [row.split("==") for row in spec.split("//")]
        cell = paragraph._parent  # the _Cell the paragraph was read from
        inner = cell.add_table(rows=len(rows), cols=2)
        inner.style = self.document.styles["Table Grid"]
        for r, (label, value) in enumerate(rows):
            inner.cell(r, 0).paragraphs[0].add_run(label).bold = True
            inner.cell(r, 1).paragraphs[0].add_run(value)
        paragraph._p.addnext(inner._tbl)
        cell_el.remove(paragraph._p)
        if cell_el[-1].tag != qn("w:p"):
            cell_el.append(OxmlElement("w:p"))

    def comment(self, paragraph, text: str) -> None:
        """``[[cmt:comment]]rest``: the paragraph reads ``rest``, with a Word comment anchored over it."""
        m = TOKEN.match(text)
        for r in list(paragraph.runs):
            r._r.getparent().remove(r._r)
        run = paragraph.add_run(text[m.end():])
        comment = self.document.add_comment(run, text=m.group(2), author="OPCC Governance Officer", initials="GO")
        comment._comment_elm.set(qn("w:date"), "2048-06-06T10:00:00Z")  # python-docx stamps now: fixed, to regenerate

    def walk(self, tables) -> None:
        for table in tables:
            for row in table.rows:
                for cell in row.cells:
                    for p in cell.paragraphs:
                        self.paragraph(p)
                    self.walk(cell.tables)


def finish_docx(data: bytes, *, wrap_last_table: str | None = None, page_footer: str | None = None) -> bytes:
    doc = Document(io.BytesIO(data))
    tokens = Tokens(doc)
    for p in doc.paragraphs:
        tokens.paragraph(p)
    tokens.walk(doc.tables)
    for table in doc.tables:  # rows kept whole over a page break, as the office's template sets them
        for row in table.rows:
            row._tr.get_or_add_trPr().append(_el("w:cantSplit"))
    if wrap_last_table:  # a whole tracker inside a rich-text content control, as templates lock them
        tbl = doc.tables[-1]._tbl
        holder = _sdt([_el("w:alias", val=wrap_last_table), _el("w:tag", val="tracker")], [], tokens.next_id())
        tbl.addprevious(holder)
        holder.find(qn("w:sdtContent")).append(tbl)
    if page_footer:  # a footer of the board's name and a PAGE field
        footer = doc.sections[0].footer
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p.add_run(page_footer + " – page ")
        simple = _el("w:fldSimple", instr=" PAGE ")
        simple.append(_run("1"))
        p._p.append(simple)
    buffer = io.BytesIO()
    doc.save(buffer)
    return _stable_zip(buffer.getvalue())


# --- packs: one builder, the forms in each pack's cell functions ----------------------------------------------

@dataclass
class Pack:
    name: str
    org: str
    force: str
    title: str
    date: str  # ISO
    front: tuple[str, ...]  # front sheet lines above the agenda
    theme: str | None
    agenda_rows: list[tuple[str, str, str | None]]
    notes_heading: str
    notes_date: str
    item_heading: str
    item_title: str
    before_questions: tuple[str, ...]
    q_header: tuple[str, ...]
    questions: list[tuple[str | None, str, str, str, str | None]]  # number, question, response, printed level, comment
    levels: dict[str, str | None]  # printed level -> canonical (None: deferred)
    level_cell: Callable[[str, str | None], object]
    actions_intro: str
    tracker_title: str
    tracker_key: tuple[str, ...]
    t_header: tuple[str, ...]
    tracker: list[tuple[str, str, str | None, str, str | None, str]]  # ref, meeting cell, meeting ISO, text, update, status
    statuses: dict[str, str]
    status_cell: Callable[[str], object]
    minuted: tuple[str, ...]  # refs minuted in the notes
    kind: str = "docx"  # docx | office (Word -> PDF) | pdf
    look: PdfLook = field(default_factory=PdfLook)
    header: tuple[str, ...] = ()
    footer: str | None = None
    wrap_tracker: str | None = None
    tracker_groups: bool = False  # a full-width sub-heading row per meeting, the Meeting cell merged down
    notes_style: str = "table"  # table | margin
    comments: dict[str, str] = field(default_factory=dict)  # ref -> a Word comment anchored on its update


def plain(text: str | None) -> str | None:
    """A text as the reader sees it: a hyperlink token by its words, other tokens by nothing."""
    if text is None:
        return None
    return TOKEN.sub(lambda m: m.group(2).split("|")[1] if m.group(1) == "link" else "", text).strip()


def build(pack: Pack) -> tuple[bytes, dict]:
    front_topic = pack.theme
    records = {"documents": [document("pdf" if pack.kind != "docx" else "docx", None, pack.title, pack.force,
                                      pack.org, pack.date)],
               "meetings": [meeting(pack.date, pack.title, pack.org, front_topic, page=1)],
               "agenda_items": [], "assurance_decisions": [], "actions": [], "grades": []}
    blocks: list = [P(line) for line in pack.front]
    blocks.append(H(pack.title, 1))
    if pack.theme:
        blocks.append(P(f"**Theme:** {pack.theme}"))
    blocks.append(H("Agenda", 2))
    rows = [("Item", "Title", "Lead")]
    for number, title, lead in pack.agenda_rows:
        rows.append((number, title, lead or "–"))
        records["agenda_items"].append(agenda(pack.date, number, title, lead, page=1))
    blocks += [T(tuple(rows), (1, 6, 3), header_rows=1, bordered=pack.kind != "pdf"), Break()]
    blocks.append(H(pack.notes_heading, 1))
    records["meetings"].append(meeting(pack.notes_date, pack.notes_heading, pack.org, pack.item_title, page=2))
    blocks.append(H(pack.item_heading, 2))
    blocks += [P(line) for line in pack.before_questions]
    q_rows: list = [pack.q_header]
    for number, question, response, printed, comment in pack.questions:
        records["assurance_decisions"].append(decision(pack.notes_date, pack.item_title, number, plain(question),
                                                       plain(response), pack.levels[printed], comment))
        if pack.notes_style == "margin":
            blocks.append(P(f"**Q{number}.** {question}", indent=118, hang=pack.level_cell(printed, comment)))
            blocks.append(P(f"*Response:* {response}", indent=118))
            if comment:
                blocks.append(P(f"*Commissioner's comment:* {comment}", indent=118))
        else:
            q_rows.append((f"{number}." if number else "", question, response, pack.level_cell(printed, comment)))
    if pack.notes_style == "table":
        blocks.append(T(tuple(q_rows), (1, 4, 6, 4), header_rows=1, bordered=pack.kind != "pdf"))
    blocks.append(P(f"**{pack.actions_intro}**"))
    by_ref = {row[0]: row for row in pack.tracker}
    for ref in pack.minuted:
        blocks.append(P(f"{ref} – {by_ref[ref][3]}"))
    blocks += [Break(), H(pack.tracker_title, 1)] + [P(line) for line in pack.tracker_key]
    t_rows: list = [pack.t_header]
    spans: list = []
    last_meeting = None
    for ref, meeting_cell, meeting_iso, text, update, status in pack.tracker:
        minuted = ref in pack.minuted
        records["actions"].append(action(pack.notes_date if minuted else meeting_iso,
                                         pack.item_title if minuted else None, ref, plain(text), update,
                                         pack.statuses[status], "status_column", "action_tracker"))
        if ref in pack.comments:
            update = f"[[cmt:{pack.comments[ref]}]]{update or ''}"
        if pack.tracker_groups:
            if meeting_cell != last_meeting:
                t_rows.append((f"Actions from the Board of {meeting_cell}", None, None, None, None))
                spans.append((len(t_rows) - 1, 0, 1, 5))
                group_start = len(t_rows)
                last_meeting = meeting_cell
                t_rows.append((meeting_cell, ref, text, update or "", pack.status_cell(status)))
            else:
                t_rows.append((None, ref, text, update or "", pack.status_cell(status)))
                spans = [s for s in spans if not (s[0] == group_start and s[1] == 0)]
                spans.append((group_start, 0, len(t_rows) - group_start, 1))
        else:
            t_rows.append((ref, meeting_cell, text, update or "", pack.status_cell(status)))
    blocks.append(T(tuple(t_rows), (2.6, 2.8, 5, 5, 2.4), header_rows=1, bordered=pack.kind != "pdf", spans=tuple(spans)))
    when = datetime(2048, 1, 2, 9, 0)
    if pack.kind == "pdf":
        data = render_pdf(blocks, pack.look, pack.title, pack.org)
    else:
        data = render_docx(blocks, title=pack.title, author=pack.org, when=when, header=pack.header)
        data = finish_docx(data, wrap_last_table=pack.wrap_tracker, page_footer=pack.footer)
        if pack.kind == "office":
            data = docx_to_pdf(data)
    return data, records, repr(blocks) + " Choose an item. ☒ ☐"


def check_pdf(data: bytes, blocks_text: str, records: dict) -> None:
    """Stop on a word of the PDF that is in no source text (a cell's word split over two lines), and set the pages
    of meetings from their headings."""
    words = lambda text: {w.lower() for w in re.findall(r"[^\W_]+", text)}  # noqa: E731
    source = words(blocks_text.replace("\\n", " "))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for n, page in enumerate(pdf.pages, 1):
            for word in words(page.extract_text() or "") - source:
                raise SystemExit(f"word {word!r} on page {n} is in no source text (split?)")
        texts = [re.sub(r"\s+", "", p.extract_text() or "").lower() for p in pdf.pages]
    notes = records["meetings"][1]
    key = re.sub(r"\s+", "", notes["title"]).lower()[:40]
    notes["page"] = next(i + 1 for i, t in enumerate(texts) if key in t)
    round3._set_pdf_pages(data, records)


def docx_records(records: dict) -> dict:
    for rows in records.values():
        for r in rows:
            r["page"] = None
    records["documents"][0].pop("pages", None)
    return records


# --- the nine packs --------------------------------------------------------------------------------------------

LEVELS3 = "Assured;Partially assured;Not assured"
WORD_LEVELS = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}
OPEN_CLOSED = {"Complete": "complete", "Closed": "complete", "Open": "outstanding", "In progress": "outstanding",
               "Not started": "outstanding", "On track": "outstanding", "Overdue": "outstanding"}
STANDING = "Items 1 and 2 (welcome, apologies and the notes and action tracker of the last meeting) were taken as read."


def with_comment(first: object, comment: str | None) -> object:
    return (first, f"*{comment}*") if comment else first


def ticks(chosen: str) -> tuple:
    """Three check box content controls, one per level, the chosen one checked."""
    return tuple(f"[[cb:{int(level == chosen)}]] {level}" for level in LEVELS3.split(";"))


BARS = {"■■■": "Assured", "■■□": "Partly assured", "■□□": "Not assured"}

PACKS = [
    Pack(
        name="gloucestershire-pcc-acb-2048-03-14-round60.docx",
        org="Police and Crime Commissioner for Gloucestershire", force="Gloucestershire Constabulary",
        title="Accountability and Challenge Board", date="2048-03-14",
        front=("Office of the Police and Crime Commissioner for Gloucestershire", "Date: 14 March 2048, 10:00",
               "Venue: Conference Room 2, Police Headquarters"),
        theme="Rural crime and heritage crime",
        agenda_rows=[("1", "Welcome and apologies", "Commissioner"),
                     ("2", "Notes and action tracker of the last Board", "Head of Governance"),
                     ("3", "Rural crime and heritage crime", "Assistant Chief Constable"),
                     ("4", "Any other business", None)],
        notes_heading="Notes of the Accountability and Challenge Board held on 25 January 2048",
        notes_date="2048-01-25", item_heading="3. Neighbourhood policing", item_title="Neighbourhood policing",
        before_questions=(STANDING, "The Commissioner's level on each question is selected from the list in the "
                          "Decision column; a question with no level selected is one on which the Commissioner "
                          "deferred his decision."),
        q_header=("No.", "Question", "Response", "Decision of PCC"),
        questions=[("1", "How many neighbourhood officers were abstracted to response duties in the last quarter?",
                    "412 shifts were lost to abstraction, down from 530 in the quarter before.", "Assured",
                    "Thanked the force for the clear figures."),
                   ("2", "How is the force measuring whether neighbourhood teams solve local problems?",
                    "A problem-solving log was launched in December; 61 plans are open and 14 have closed.",
                    "Partially assured", "Asked for the first outcomes of closed plans."),
                   ("3", "What training have new neighbourhood officers received in engaging young people?",
                    "A one-day course is planned; no officer has attended it yet.", "Not assured",
                    "Asked for a training plan with dates by the next Board."),
                   ("4", "Are neighbourhood priorities set with the community in every district?",
                    "Priority-setting meetings are held in four of six districts.", "",
                    "Level to be given once the force's review of the two remaining districts reports.")],
        levels={**WORD_LEVELS, "": None},
        level_cell=lambda level, comment: with_comment(f"[[dd:{level}|{LEVELS3}]]", comment),
        actions_intro="Actions agreed",
        tracker_title="Action tracker", tracker_key=("Status is selected from the list in the Status column.",),
        t_header=("Ref", "Meeting", "Action", "Update", "Status"),
        tracker=[("ACB 47/21", "23 November 2047", "2047-11-23", "Share the rural crime survey results with the Commissioner.",
                  "Shared on 4 December 2047.", "Complete"),
                 ("ACB 47/22", "23 November 2047", "2047-11-23", "Report the number of farm thefts solved in 2047.",
                  "Figure to be confirmed after the year-end audit.", "In progress"),
                 ("ACB 48/01", "25 January 2048", "2048-01-25", "Provide the first outcomes of closed problem-solving plans.",
                  "Three closed plans summarised for the March Board.", "Complete"),
                 ("ACB 48/02", "25 January 2048", "2048-01-25",
                  "Provide a training plan for engaging young people, with dates.", None, "Not started")],
        statuses=OPEN_CLOSED, status_cell=lambda status: f"[[dd:{status}|Complete;In progress;Not started]]",
        minuted=("ACB 48/01", "ACB 48/02")),
    Pack(
        name="gwent-pcc-spb-2048-04-11-round60.docx",
        org="Police and Crime Commissioner for Gwent", force="Gwent Police",
        title="Strategy and Performance Board", date="2048-04-11",
        front=("Office of the Police and Crime Commissioner for Gwent", "11 April 2048 – Police Headquarters, Cwmbran"),
        theme="Serious violence duty",
        agenda_rows=[("1", "Apologies", "Chief Executive"), ("2", "Minutes and actions", "Chief Executive"),
                     ("3", "Serious violence duty", "Chief Superintendent, Partnerships"),
                     ("4", "Date of next meeting", None)],
        notes_heading="Minutes of the Strategy and Performance Board held on 8 February 2048",
        notes_date="2048-02-08", item_heading="3. Hate crime", item_title="Hate crime",
        before_questions=(STANDING, "The Commissioner's assurance level is recorded in the drop-down form field in the Assurance level "
                          "column."),
        q_header=("No.", "Question", "Response", "Assurance level"),
        questions=[("1", "How many hate crimes were reported in the last twelve months, and how has that changed?",
                    "1,184 hate crimes were recorded, 9% more than the year before; the force links the rise to "
                    "better recording.", "Assured", None),
                   ("2", "What proportion of hate crime victims were contacted within 48 hours?",
                    "71% were contacted within 48 hours against a target of 90%.", "Partially assured",
                    "Asked for the reasons for late contact."),
                   ("3", "How are third-party reporting centres supported?",
                    "Eleven centres are open; none has had training since 2046.", "Not assured",
                    "Asked for a refresher training plan.")],
        levels=WORD_LEVELS,
        level_cell=lambda level, comment: with_comment(
            f"[[ffdd:{LEVELS3.split(';').index(level)}|{LEVELS3}]]", comment),
        actions_intro="Actions",
        tracker_title="Action log",
        tracker_key=("A ticked box in the Complete? column means the Commissioner has agreed the action is "
                     "complete; an empty box means it remains open.",),
        t_header=("Ref", "Meeting", "Action", "Update", "Complete?"),
        tracker=[("SPB 47/30", "7 December 2047", "2047-12-07", "Publish the serious violence strategy on the OPCC website.",
                  "Published on 15 January 2048.", "1"),
                 ("SPB 47/31", "7 December 2047", "2047-12-07", "Report knife crime arrests by district.",
                  "Draft report under review.", "0"),
                 ("SPB 48/03", "8 February 2048", "2048-02-08", "Set out the reasons for late contact with hate crime victims.",
                  "Reasons reported: shift pattern gaps and missing phone numbers.", "1"),
                 ("SPB 48/04", "8 February 2048", "2048-02-08",
                  "Provide a refresher training plan for third-party reporting centres.",
                  "Plan in draft with the equality team.", "0")],
        statuses={"1": "complete", "0": "outstanding"}, status_cell=lambda status: f"[[ffcb:{status}]]",
        minuted=("SPB 48/03", "SPB 48/04")),
    Pack(
        name="humberside-pcc-pcpdb-2048-05-16-round60.docx",
        org="Police and Crime Commissioner for Humberside", force="Humberside Police",
        title="Police and Crime Plan Delivery Board", date="2048-05-16",
        front=("Humberside Police and Crime Commissioner", "Thursday 16 May 2048"),
        theme="Road safety",
        agenda_rows=[("1", "Welcome and declarations of interest", "Commissioner"),
                     ("2", "Notes of the last meeting and action tracker", "Governance Manager"),
                     ("3", "Road safety", "Head of Roads Policing"), ("4", "Any other business", None)],
        notes_heading="Notes of the Police and Crime Plan Delivery Board held on 21 March 2048",
        notes_date="2048-03-21", item_heading="[[bm:Item3]]3. Stalking and harassment",
        item_title="Stalking and harassment",
        before_questions=(STANDING,),
        q_header=("No.", "Question", "Response", "Level of assurance"),
        questions=[("1", "How many stalking protection orders has the force applied for, as shown in "
                    "[[link:https://example.org/humberside/stalking-data|the force's published stalking data]]?",
                    "Nine orders were applied for and seven granted.", "Assured",
                    "Welcomed the growth in applications."),
                   ("2", "How quickly are stalking reports reviewed by a specialist?",
                    "Reviews take five days on average; the target is two.", "Partially assured",
                    "Asked for the review times each month."),
                   ("3", "How are victims of harassment kept informed of their case?",
                    "The force could not yet report contact rates.", "Not assured",
                    "Asked for a victim contact audit.")],
        levels=WORD_LEVELS, level_cell=lambda level, comment: with_comment(f"**{level}**", comment),
        actions_intro="Actions agreed",
        tracker_title="Action tracker",
        tracker_key=("Actions are grouped by the Board that raised them; the supporting papers are linked.",),
        t_header=("Meeting", "Ref", "Action", "Update", "Status"),
        tracker=[("PCPDB 48/01", "18 January 2048", "2048-01-18",
                  "Circulate the [[link:https://example.org/humberside/rural-plan|rural crime plan]] to Board members.",
                  "Circulated on 30 January 2048.", "Complete"),
                 ("PCPDB 48/02", "18 January 2048", "2048-01-18", "Report repeat burglary victims by district.",
                  "Data being cleansed.", "In progress"),
                 ("PCPDB 48/05", "21 March 2048", "2048-03-21",
                  "Report specialist review times for stalking cases each month.",
                  "April figures sent: four days on average.", "Open"),
                 ("PCPDB 48/06", "21 March 2048", "2048-03-21", "Commission a victim contact audit for harassment cases.",
                  "Audit completed and shared on 30 April 2048.", "Complete")],
        statuses=OPEN_CLOSED, status_cell=lambda status: status,
        minuted=("PCPDB 48/05", "PCPDB 48/06"), tracker_groups=True, footer="Police and Crime Plan Delivery Board"),
    Pack(
        name="lancashire-pcc-sab-2048-06-13-round60.docx",
        org="Police and Crime Commissioner for Lancashire", force="Lancashire Constabulary",
        title="Strategic Accountability Board", date="2048-06-13",
        front=("Lancashire Police and Crime Commissioner", "13 June 2048, Committee Room A"),
        theme=None,
        agenda_rows=[("1", "Apologies", "Chief of Staff"), ("2", "Minutes and action tracker", "Chief of Staff"),
                     ("3", "Drug-related harm", "Detective Chief Superintendent"),
                     ("4", "Road policing", "Chief Inspector, Roads Policing"), ("5", "Any other business", None)],
        notes_heading="Minutes of the Strategic Accountability Board held on 18 April 2048",
        notes_date="2048-04-18", item_heading="3. Domestic abuse", item_title="Domestic abuse",
        before_questions=(STANDING,),
        q_header=("No.", "Question", "Response", "Commissioner's decision"),
        questions=[("1", "How many domestic abuse protection notices were issued in the year?",
                    "326 notices were issued and 301 orders granted by the courts.", "Assured",
                    "Noted the high rate of orders granted."),
                   ("2", "How does the force check the quality of risk assessments at the scene?",
                    "Supervisors review a sample of 50 assessments a month; the first audit found gaps.",
                    "Partially assured", "Asked for the audit's action plan."),
                   ("3", "What is the average wait for a specialist domestic abuse investigator?",
                    "The force does not yet record the wait.", "Not assured",
                    "Asked that the wait be recorded from July.")],
        levels=WORD_LEVELS,
        level_cell=lambda level, comment: f"[[nest:Level=={level}//Comment=={comment}]]",
        actions_intro="Actions agreed",
        tracker_title="Action tracker", tracker_key=(),
        t_header=("Ref", "Meeting", "Action", "Update", "Status"),
        tracker=[("SAB 48/04", "15 February 2048", "2048-02-15", "Present the drug-related deaths review.",
                  "Review presented to the Commissioner on 9 March 2048.", "Complete"),
                 ("SAB 48/05", "15 February 2048", "2048-02-15", "Report county lines closures by quarter.",
                  "First quarter reported; second quarter due in July.", "Open"),
                 ("SAB 48/08", "18 April 2048", "2048-04-18",
                  "Share the risk assessment audit's action plan with the Commissioner.",
                  "Shared on 2 May 2048.", "Complete"),
                 ("SAB 48/09", "18 April 2048", "2048-04-18",
                  "Record the wait for a specialist domestic abuse investigator from July.",
                  "Recording field added to the case system.", "Open")],
        statuses=OPEN_CLOSED, status_cell=lambda status: status,
        minuted=("SAB 48/08", "SAB 48/09"), wrap_tracker="Action tracker",
        comments={"SAB 48/05": "The force has asked for this action to be closed; the OPCC will confirm at the "
                  "next Board.", "SAB 48/09": "Check whether the July start date still holds."}),
    Pack(
        name="north-wales-pcc-seb-2048-03-28-round60.docx",
        org="Police and Crime Commissioner for North Wales", force="North Wales Police",
        title="Strategic Executive Board", date="2048-03-28",
        front=("Office of the Police and Crime Commissioner North Wales", "28 March 2048"),
        theme="Child sexual exploitation",
        agenda_rows=[("1", "Apologies", "Chief Executive"), ("2", "Minutes and action log", "Chief Executive"),
                     ("3", "Child sexual exploitation", "Detective Superintendent"),
                     ("4", "Any other business", None)],
        notes_heading="Minutes of the Strategic Executive Board held on 31 January 2048",
        notes_date="2048-01-31", item_heading="3. Road safety on rural roads", item_title="Road safety on rural roads",
        before_questions=(STANDING,),
        q_header=("No.", "Question", "Response", "Level of assurance"),
        questions=[("1", "How many people were killed or seriously injured on rural roads in 2047?",
                    "148 people were killed or seriously injured, 12 fewer than in 2046.", "Assured", None),
                   ("2", "How is enforcement targeted at the routes with the most collisions?",
                    "Enforcement follows a monthly hotspot map; two of five routes have had no operation yet.",
                    "Partially assured", "Asked for an operation on the remaining routes."),
                   ("3", "How are motorcycle casualties being reduced?",
                    "A rider skills scheme was paused for lack of instructors.", "Not assured",
                    "Asked for a plan to restart the scheme.")],
        levels=WORD_LEVELS, level_cell=lambda level, comment: with_comment(f"**{level}**", comment),
        actions_intro="Actions",
        tracker_title="Action log",
        tracker_key=("A checked box (☒) in the Closed column shows an action the Commissioner has closed; an "
                     "empty box (☐) an action still open.",),
        t_header=("Ref", "Meeting", "Action", "Update", "Closed"),
        tracker=[("SEB 47/40", "29 November 2047", "2047-11-29", "Publish the rural crime newsletter.",
                  "Published in December 2047.", "1"),
                 ("SEB 47/41", "29 November 2047", "2047-11-29", "Report the drink-driving campaign results.",
                  "Results awaited from the force.", "0"),
                 ("SEB 48/02", "31 January 2048", "2048-01-31",
                  "Run an enforcement operation on the remaining collision routes.",
                  "Operations held on two routes; one remains.", "0"),
                 ("SEB 48/03", "31 January 2048", "2048-01-31", "Provide a plan to restart the rider skills scheme.",
                  "Plan agreed; the scheme restarted on 1 March 2048.", "1")],
        statuses={"1": "complete", "0": "outstanding"}, status_cell=lambda status: f"[[cb:{status}]]",
        minuted=("SEB 48/02", "SEB 48/03"),
        header=("North Wales Police and Crime Commissioner – Strategic Executive Board – 28 March 2048",),
        footer="Strategic Executive Board"),
    Pack(
        name="northamptonshire-pfcc-aab-2048-05-02-round60.pdf", kind="office",
        org="Police, Fire and Crime Commissioner for Northamptonshire", force="Northamptonshire Police",
        title="Accountability Board", date="2048-05-02",
        front=("Northamptonshire Police, Fire and Crime Commissioner", "2 May 2048, Darby House"),
        theme="Violence against women and girls",
        agenda_rows=[("1", "Welcome and apologies", "Commissioner"), ("2", "Minutes and action log", "Chief of Staff"),
                     ("3", "Violence against women and girls", "Assistant Chief Constable"),
                     ("4", "Date of next meeting", None)],
        notes_heading="Minutes of the Accountability Board held on 7 March 2048",
        notes_date="2048-03-07", item_heading="3. Burglary", item_title="Burglary",
        before_questions=(STANDING, "The Commissioner's level is chosen from Full assurance, Partial assurance or "
                          "No assurance."),
        q_header=("No.", "Question", "Response", "Commissioner's assurance"),
        questions=[("1", "How many residential burglaries were solved in the last quarter?",
                    "The solved rate rose from 6% to 9%.", "Full assurance", "Thanked the burglary team."),
                   ("2", "Is every burglary attended by an officer within the promised time?",
                    "94% of burglaries were attended within 48 hours; rural attendance is slower.",
                    "Partial assurance", "Asked for rural attendance figures."),
                   ("3", "How are forensic results for burglaries turned around?",
                    "Results take 41 days against a target of 21.", "No assurance",
                    "Asked for a recovery plan with the forensic provider.")],
        levels={"Full assurance": "Assured", "Partial assurance": "Partly assured", "No assurance": "Not assured"},
        level_cell=lambda level, comment: with_comment(
            f"[[dd:{level}|Full assurance;Partial assurance;No assurance]]", comment),
        actions_intro="Actions agreed",
        tracker_title="Action log", tracker_key=(),
        t_header=("Ref", "Meeting", "Action", "Update", "Status"),
        tracker=[(f"AB 47/{n}", "13 December 2047", "2047-12-13", text, update, status) for n, text, update, status in [
                    (31, "Report fire and police joint estates savings.", "Reported in January 2048.", "Closed"),
                    (32, "Share the drones policy with the Commissioner.", "Shared on 20 December 2047.", "Closed"),
                    (33, "Review the missing persons protocol with children's homes.",
                     "Review meetings held with three of five homes.", "Open"),
                    (34, "Report rural crime team arrests for 2047.", "Reported: 87 arrests.", "Closed"),
                    (35, "Confirm the date of the next public accountability meeting.", "Confirmed for June.",
                     "Closed"),
                    (36, "Provide a breakdown of complaints by category.", "Breakdown in preparation.", "Open"),
                    (37, "Publish the stop and search scrutiny panel report.", "Published on 10 January 2048.",
                     "Closed"),
                    (38, "Report call handling times for the non-emergency number.",
                     "February figures reported; the March figures are due.", "Open"),
                    (39, "Set out the plan for new custody suite staffing.", "Plan agreed with Unison.", "Closed"),
                    (40, "Present the fleet electrification business case.", "Deferred to the July Board.", "Open"),
                    (41, "Report the vetting backlog each month.", "Backlog down to 140 cases.", "Open"),
                    (42, "Provide the victims' code compliance audit.", "Audit shared on 2 February 2048.",
                     "Closed"),
                    (43, "Report the use of Taser by month for 2047.", "Reported on 5 February 2048.", "Closed"),
                    (44, "Confirm funding for the youth diversion scheme.", "Funding bid submitted to the Home "
                     "Office; decision expected in June.", "Open"),
                    (45, "Share the firearms licensing backlog figures.", "Shared on 19 January 2048.", "Closed"),
                    (46, "Review the use of force training for new recruits.", "Review under way with the "
                     "training school.", "Open"),
                    (47, "Report the number of officers on restricted duties.", "Reported: 64 officers.",
                     "Closed"),
                    (48, "Present the wellbeing survey results to the Board.", "Survey closes in May.", "Open")]]
        + [("AB 48/07", "7 March 2048", "2048-03-07", "Provide rural burglary attendance figures.",
            "Figures provided on 28 March 2048.", "Closed"),
           ("AB 48/08", "7 March 2048", "2048-03-07",
            "Agree a forensic recovery plan with the provider, published on the "
            "[[link:https://example.org/northants/forensics|forensic services page]].",
            "Draft plan received; not yet agreed.", "Open")],
        statuses=OPEN_CLOSED, status_cell=lambda status: status, minuted=("AB 48/07", "AB 48/08")),
    Pack(
        name="south-yorkshire-dmpc-pab-2048-06-20-round60.pdf", kind="office",
        org="Deputy Mayor for Policing and Crime", force="South Yorkshire Police",
        title="Public Accountability Board", date="2048-06-20",
        front=("South Yorkshire Mayoral Combined Authority", "Chair: Deputy Mayor for Policing and Crime",
               "20 June 2048, Broad Street West, Sheffield"),
        theme="Antisocial behaviour in town centres",
        agenda_rows=[("1", "Welcome and apologies", "Deputy Mayor"),
                     ("2", "Notes of the last Board and actions", "Head of Governance"),
                     ("3", "Antisocial behaviour in town centres", "Chief Superintendent, Sheffield"),
                     ("4", "Any other business", None)],
        notes_heading="Notes of the Public Accountability Board held on 25 April 2048",
        notes_date="2048-04-25", item_heading="3. Fraud and economic crime", item_title="Fraud and economic crime",
        before_questions=(STANDING, "The Deputy Mayor's level is the box checked in the Deputy Mayor's decision "
                          "column."),
        q_header=("No.", "Question", "Response", "Deputy Mayor's decision"),
        questions=[("1", "How many fraud reports did the force receive from Action Fraud last year?",
                    "2,311 reports were disseminated; 18% led to an outcome.", "Partially assured",
                    "Asked for the outcomes by type of fraud."),
                   ("2", "What support do older victims of fraud receive?",
                    "Every victim over 75 is visited by the economic crime unit within a week.", "Assured",
                    "Praised the visiting scheme."),
                   ("3", "How many officers are trained to seize criminal assets?",
                    "Four financial investigators are in post against an establishment of nine.", "Not assured",
                    "Asked for a recruitment plan.")],
        levels=WORD_LEVELS,
        level_cell=lambda level, comment: ticks(level) + ((f"*{comment}*",) if comment else ()),
        actions_intro="Actions",
        tracker_title="Action tracker", tracker_key=(),
        t_header=("Ref", "Meeting", "Action", "Update", "Status"),
        tracker=[("PAB 48/06", "22 February 2048", "2048-02-22", "Report hate crime outcomes by district.",
                  "Reported on 14 March 2048.", "Complete"),
                 ("PAB 48/07", "22 February 2048", "2048-02-22", "Publish the neighbourhood survey results.",
                  "Publication due in July.", "On track"),
                 ("PAB 48/11", "25 April 2048", "2048-04-25", "Report fraud outcomes by type of fraud.",
                  "Outcomes reported on 20 May 2048.", "Complete"),
                 ("PAB 48/12", "25 April 2048", "2048-04-25", "Provide a recruitment plan for financial investigators.",
                  "The plan was due on 31 May 2048 and has not been received.", "Overdue")],
        statuses=OPEN_CLOSED, status_cell=lambda status: status, minuted=("PAB 48/11", "PAB 48/12")),
    Pack(
        name="sussex-pcc-pam-2048-04-25-round60.pdf", kind="pdf",
        org="Police and Crime Commissioner for Sussex", force="Sussex Police",
        title="Performance & Accountability Meeting", date="2048-04-25",
        front=("Sussex Police & Crime Commissioner", "25 April 2048"),
        theme="Missing people",
        agenda_rows=[("1", "Welcome", "Commissioner"), ("2", "Notes and actions of the last meeting", "Chief Executive"),
                     ("3", "Missing people", "Assistant Chief Constable"), ("4", "Any other business", None)],
        notes_heading="Notes of the Performance & Accountability Meeting held on 27 February 2048",
        notes_date="2048-02-27", item_heading="3. Shoplifting and retail crime",
        item_title="Shoplifting and retail crime",
        before_questions=(STANDING, "*The Commissioner's level on each question is printed in the margin beside it.*"),
        q_header=(),
        questions=[("1", "How many shoplifting offences were reported in the year, and how many were solved?",
                    "9,870 offences were reported; 14% were solved, up from 11%.", "Assured",
                    "Welcomed the rise in the solved rate."),
                   ("2", "How does the force work with retailers to share evidence quickly?",
                    "An online evidence portal is used by two of the five largest retailers.", "Partly assured",
                    "Asked for the portal's take-up by the other retailers."),
                   ("3", "What is being done about violence against shop workers?",
                    "The force has no separate count of assaults on shop workers.", "Not assured",
                    "Asked for a count to be kept from April.")],
        levels={"Assured": "Assured", "Partly assured": "Partly assured", "Not assured": "Not assured"},
        level_cell=lambda level, comment: level.upper(),  # a margin note in capitals
        actions_intro="Actions",
        tracker_title="Action Tracker 2048",
        tracker_key=("Stage: 1 agreed; 2 in progress; 3 evidence received, awaiting the Commissioner's sign-off; "
                     "4 closed. Actions at stages 1 to 3 are open.",),
        t_header=("Ref", "Meeting", "Action", "Update", "Stage"),
        tracker=[("PAM 47/50", "19 December 2047", "2047-12-19", "Report the number of missing children found.",
                  "Reported on 15 January 2048.", "4"),
                 ("PAM 47/51", "19 December 2047", "2047-12-19", "Share the drug testing on arrest evaluation.",
                  "Evaluation received; awaiting sign-off.", "3"),
                 ("PAM 48/04", "27 February 2048", "2048-02-27",
                  "Report the evidence portal's take-up by the other retailers.",
                  "Talks held with two retailers.", "2"),
                 ("PAM 48/05", "27 February 2048", "2048-02-27", "Keep a count of assaults on shop workers from April.",
                  None, "1")],
        statuses={"1": "outstanding", "2": "outstanding", "3": "outstanding", "4": "complete"},
        status_cell=lambda status: status, minuted=("PAM 48/04", "PAM 48/05"), notes_style="margin"),
    Pack(
        name="lincolnshire-pcc-eab-2048-05-23-round60.pdf", kind="pdf",
        org="Police and Crime Commissioner for Lincolnshire", force="Lincolnshire Police",
        title="Executive Accountability Board", date="2048-05-23", look=register_dejavu_serif(),
        front=("Police and Crime Commissioner for Lincolnshire", "23 May 2048"),
        theme="Online child abuse",
        agenda_rows=[("1", "Apologies", "Chief Executive"), ("2", "Minutes and action log", "Chief Executive"),
                     ("3", "Online child abuse", "Head of Public Protection"), ("4", "Any other business", None)],
        notes_heading="Minutes of the Executive Accountability Board held on 28 March 2048",
        notes_date="2048-03-28", item_heading="3. Call handling", item_title="Call handling",
        before_questions=(STANDING, "Key to the Assurance column: ■■■ assured; ■■□ partly assured; ■□□ not assured."),
        q_header=("No.", "Question", "Response", "Assurance"),
        questions=[("1", "How quickly are 999 calls answered?", "92% were answered within ten seconds.", "■■■",
                    "Noted the national standard was met."),
                   ("2", "How long do callers wait on the 101 number?",
                    "The average wait was seven minutes; the target is five.", "■■□",
                    "Asked for the effect of the new call-back service."),
                   ("3", "How many calls are abandoned before they are answered?",
                    "The force could not give an abandonment rate.", "■□□", "Asked for the rate each month.")],
        levels=BARS, level_cell=lambda level, comment: with_comment(level, comment),
        actions_intro="Actions",
        tracker_title="Action log", tracker_key=(),
        t_header=("Ref", "Meeting", "Action", "Update", "Status"),
        tracker=[("EAB 48/03", "25 January 2048", "2048-01-25", "Report the rural response times for 2047.",
                  "Reported on 20 February 2048.", "Complete"),
                 ("EAB 48/04", "25 January 2048", "2048-01-25", "Share the contact centre staffing model.",
                  "Model under review.", "Open"),
                 ("EAB 48/09", "28 March 2048", "2048-03-28",
                  "Report the effect of the call-back service on 101 waits.",
                  "Waits fell to five minutes in April.", "Complete"),
                 ("EAB 48/10", "28 March 2048", "2048-03-28", "Report the call abandonment rate each month.",
                  "First month reported; to continue.", "Open")],
        statuses=OPEN_CLOSED, status_cell=lambda status: status, minuted=("EAB 48/09", "EAB 48/10")),
]


def main() -> None:
    GOLD.mkdir(exist_ok=True)
    wanted = sys.argv[1:]
    for pack in PACKS:
        if wanted and not any(pack.name.startswith(w) for w in wanted):
            continue
        data, records, source = build(pack)
        if pack.name.endswith(".pdf"):
            check_pdf(data, source, records)
        else:
            docx_records(records)
        (HERE / pack.name).write_bytes(data)
        gold = {"source_file": pack.name, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD / f"{pack.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        pages = {t: [r["page"] for r in records[t]] for t in ("assurance_decisions", "actions")}
        print(f"{pack.name}: {len(data)} bytes; pages {pages}")


if __name__ == "__main__":
    main()
