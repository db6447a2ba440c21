"""Held-out scrutiny round 34b: seven packs of offices of the south, east and London, written
blind, with their gold in heldout/ (never scored by CI).

Each pack is built from one list of blocks and, beside it, the gold records the same calls
write, so the gold says what the page says. Word packs are typed with python-docx in Word's own
styles (Title, Heading 1-3, List Bullet, List Number, Table Grid, shaded header rows repeated on
each page, merged cells, header and footer with a PAGE field); three of them are saved as PDF by
LibreOffice (../office_pdf.py). Two are reportlab PDFs (../scrutiny-round3/render.py, invariant
mode). A PDF record's page is the first page whose text or table cells hold the start of its key
text (pdfplumber); every page was then checked by hand against `scrutiny inspect`.

    .venv/bin/python samples/corpus/scrutiny-round34b/generate.py [NAME-PREFIX ...]
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))

import pdfplumber  # noqa: E402
from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt, RGBColor  # noqa: E402

import render as rl  # noqa: E402
from inspection_render import fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402
from render import Break, Bul, H, Num, P, T  # noqa: E402
from generator.model import plain, runs  # noqa: E402

HELDOUT = HERE / "heldout"
CHECKED = ("Written blind for held-out round 34b; every record hand-checked against the rendered "
           "document and `scrutiny inspect` (layout only) by the round's writer.")
GREY = "#d9d9d9"


@dataclass(frozen=True)
class Title:
    """Word's Title style (a large bold line in the reportlab packs)."""

    text: str


# --- gold --------------------------------------------------------------------------------------


@dataclass
class Gold:
    """The records a pack holds, written beside the blocks that print them."""

    document: dict
    meetings: list[dict] = field(default_factory=list)
    agenda_items: list[dict] = field(default_factory=list)
    assurance_decisions: list[dict] = field(default_factory=list)
    actions: list[dict] = field(default_factory=list)

    def records(self) -> dict[str, list[dict]]:
        return {"documents": [self.document], "meetings": self.meetings, "agenda_items": self.agenda_items,
                "assurance_decisions": self.assurance_decisions, "actions": self.actions, "grades": []}


def _squash(text: str) -> str:
    text = plain(text).replace("’", "'").replace("‘", "'").replace("–", "-").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", "", text).lower()


KEY_FIELD = {"meetings": "title", "agenda_items": "title", "assurance_decisions": "question", "actions": "text"}


def set_pdf_pages(data: bytes, gold: Gold) -> None:
    """Each record's page: the first page whose text or table cells hold the start of its key
    text (a record's `_key` where the printed words differ from the field)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        gold.document["pages"] = len(pdf.pages)
        pages = []
        for page in pdf.pages:
            cells = [c or "" for table in page.extract_tables() for row in table for c in row]
            pages.append(_squash((page.extract_text() or "") + " ".join(cells)))
    for kind, records in gold.records().items():
        if kind in ("documents", "grades"):
            continue
        for record in records:
            key = _squash(record.pop("_key", None) or record[KEY_FIELD[kind]])[:32]
            found = [n for n, text in enumerate(pages, start=1) if key in text]
            if not found:
                raise SystemExit(f"{kind}: {key!r} is on no page")
            record["page"] = found[0]


def drop_keys(gold: Gold) -> None:
    for records in gold.records().values():
        for record in records:
            record.pop("_key", None)


# --- Word --------------------------------------------------------------------------------------


def _write_runs(paragraph, text: str, size: float | None = None, bold: bool = False) -> None:
    for run in runs(text):
        for i, line in enumerate(run.text.split("\n")):
            if i:
                paragraph.add_run().add_break()
            out = paragraph.add_run(line)
            out.bold = run.bold or bold or None
            out.italic = run.italic or None
            if size:
                out.font.size = Pt(size)
            if run.colour:
                out.font.color.rgb = RGBColor.from_string(run.colour[1:].upper())


def _shade(cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill[1:].upper())
    cell._tc.get_or_add_tcPr().append(shd)


def _page_field(paragraph) -> None:
    """A PAGE field, as Word's "Page Number" button inserts it."""
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        run = paragraph.add_run()
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text == " PAGE ":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            run.text = text


def _word_table(document, table: T, width_mm: float) -> None:
    out = document.add_table(rows=len(table.rows), cols=len(table.widths))
    out.style = document.styles["Table Grid" if table.bordered else "Normal Table"]
    out.autofit = False
    total = sum(table.widths)
    for row in out.rows:
        for c, width in enumerate(table.widths):
            row.cells[c].width = Mm(width_mm * width / total)
    for r in range(table.header_rows if table.repeat_header else 0):
        header = OxmlElement("w:tblHeader")
        header.set(qn("w:val"), "true")
        out.rows[r]._tr.get_or_add_trPr().append(header)
    for r, c, nr, nc in table.spans:
        out.cell(r, c).merge(out.cell(r + nr - 1, c + nc - 1))
    for r, row in enumerate(table.rows):
        for c, content in enumerate(row):
            if content is None:
                continue
            cell = out.cell(r, c)
            first = cell.paragraphs[0]
            for part in content if isinstance(content, tuple) else (content,):
                for item in part.items if isinstance(part, Bul) else (str(part),):
                    paragraph = first if first is not None else cell.add_paragraph()
                    first = None
                    if isinstance(part, Bul):
                        paragraph.style = document.styles["List Bullet"]
                    _write_runs(paragraph, item, 10, bold=r < table.header_rows)
            if r < table.header_rows:
                _shade(cell, GREY)
            elif (r, c) in table.fills:
                _shade(cell, table.fills[(r, c)])


def word(blocks: list, *, title: str, author: str, when: datetime, header: str, footer: str,
         font: str = "Arial", landscape: bool = False) -> bytes:
    document = Document()
    section = document.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(20))
    width_mm = (297 if landscape else 210) - 40
    styles = document.styles
    styles["Normal"].font.name, styles["Normal"].font.size = font, Pt(11)
    for name, size in (("Title", 20), ("Heading 1", 15), ("Heading 2", 13), ("Heading 3", 11.5)):
        styles[name].font.name, styles[name].font.size, styles[name].font.bold = font, Pt(size), True
        styles[name].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    head = section.header.paragraphs[0]
    _write_runs(head, header, 9)
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot = section.footer.paragraphs[0]
    _write_runs(foot, footer + "\t\tPage ", 9)
    _page_field(foot)
    for block in blocks:
        if isinstance(block, Title):
            _write_runs(document.add_paragraph(style="Title"), block.text)
        elif isinstance(block, H):
            _write_runs(document.add_paragraph(style=f"Heading {block.level}"), block.text)
        elif isinstance(block, P):
            paragraph = document.add_paragraph()
            if block.indent:
                paragraph.paragraph_format.left_indent = Pt(block.indent)
            _write_runs(paragraph, block.text, block.size)
        elif isinstance(block, Num):
            for item in block.items:
                _write_runs(document.add_paragraph(style="List Number"), item)
        elif isinstance(block, Bul):
            for item in block.items:
                _write_runs(document.add_paragraph(style="List Bullet"), item)
        elif isinstance(block, T):
            _word_table(document, block, width_mm)
            document.add_paragraph()
        elif isinstance(block, Break):
            document.add_page_break()
    props = document.core_properties
    props.title, props.author, props.last_modified_by = title, author, author
    props.created = props.modified = props.last_printed = when
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip_times(buffer.getvalue())


def reportlab_pdf(blocks: list, look: rl.PdfLook, title: str, author: str) -> bytes:
    return rl.render_pdf([H(b.text, 1) if isinstance(b, Title) else b for b in blocks], look, title, author)


# --- writing -----------------------------------------------------------------------------------


def write(name: str, data: bytes, gold: Gold) -> None:
    if name.endswith(".pdf"):
        set_pdf_pages(data, gold)
    else:
        drop_keys(gold)
    (HERE / name).write_bytes(data)
    out = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": gold.records()}
    (HELDOUT / f"{name}.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    counts = {k: len(v) for k, v in gold.records().items()}
    pages = {k: [r["page"] for r in v] for k, v in gold.records().items() if k not in ("documents", "grades")}
    print(f"{name}: {len(data)} bytes, {gold.document.get('pages')} pages; {counts}\n  pages {pages}")


PACKS: dict[str, Callable[[], tuple[bytes, Gold]]] = {}


def pack(name: str):
    def register(build: Callable[[], tuple[bytes, Gold]]):
        PACKS[name] = build
        return build
    return register


# --- record builders ---------------------------------------------------------------------------


def long_date(iso: str, weekday: bool = True) -> str:
    day = datetime.strptime(iso, "%Y-%m-%d")
    text = f"{day.day} {day:%B %Y}"
    return f"{day:%A} {text}" if weekday else text


def document(file_type: str, title: str, force: str, organisation: str, meeting_date: str) -> dict:
    return {"page": None, "file_type": file_type, "doc_kind": "scrutiny_pack", "title": title, "force": force,
            "organisation": organisation, "meeting_date": meeting_date, "publication_date": None, "status": "ok"}


def meeting(meeting_date: str, topic: str | None, organisation: str, title: str) -> dict:
    return {"page": None, "meeting_date": meeting_date, "topic": topic, "organisation": organisation, "title": title}


def agenda(meeting_date: str, number: str | None, title: str, presenter: str | None) -> dict:
    return {"page": None, "meeting_date": meeting_date, "number": number, "title": title, "presenter": presenter}


def decision(meeting_date: str, topic: str | None, number: str, question: str, evidence: list[str],
             assurance: str | None, commentary: str | None) -> dict:
    return {"page": None, "meeting_date": meeting_date, "topic": topic, "question_number": number,
            "question": question, "evidence_summary": " ".join(evidence), "assurance": assurance,
            "commentary": commentary}


def action(meeting_date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
           status: str, status_source: str, source: str = "action_tracker", key: str | None = None) -> dict:
    record = {"page": None, "meeting_date": meeting_date, "topic": topic, "number": number, "text": text,
              "update": update, "status": status, "status_source": status_source, "source": source}
    if key:
        record["_key"] = key
    return record


def agenda_table(gold: Gold, meeting_date: str, items: list[tuple[str, str, str | None]],
                 headers: tuple[str, str, str] = ("Item", "Title", "Presented by"),
                 widths: tuple[float, ...] = (1, 7, 3)) -> T:
    """An Item | Title | Presenter agenda table; a presenter printed "–" is none."""
    rows = [tuple(f"**{h}**" for h in headers)]
    for number, title, presenter in items:
        rows.append((number, title, presenter or "–"))
        gold.agenda_items.append(agenda(meeting_date, number, title, presenter))
    return T(tuple(rows), widths, header_rows=1)


# --- 1. Kent: Word -> PDF, the common form -----------------------------------------------------


@pack("kent-pcc-pdb-2027-06-15-round34b.pdf")
def kent() -> tuple[bytes, Gold]:
    org, board, date, notes_date = "Police and Crime Commissioner for Kent", "Performance and Delivery Board", "2027-06-15", "2027-03-16"
    theme, item = "Neighbourhood policing and visibility", "Missing children and child exploitation"
    notes_title = f"Notes of the Performance and Delivery Board held on {long_date(notes_date, False)}"
    gold = Gold(document("pdf", board, "Kent Police", org, date))
    gold.meetings += [meeting(date, theme, org, board), meeting(notes_date, item, org, notes_title)]
    blocks: list = [
        P("**Office of the Police and Crime Commissioner for Kent**"),
        Title(board),
        P(f"**Date:** {long_date(date)}, 10:00 to 12:30"),
        P("**Venue:** Boardroom, Police Headquarters, Maidstone, and streamed live on the Commissioner’s website"),
        P(f"**Theme:** {theme}"),
        H("Agenda", 1),
        agenda_table(gold, date, [
            ("1", "Welcome and apologies", "PCC"),
            ("2", "Declarations of interest", None),
            ("3", f"Notes of the meeting held on {long_date(notes_date, False)}", "Head of Governance"),
            ("4", "Action tracker", "Head of Governance"),
            ("5", theme, "ACC Local Policing"),
            ("6", "Quarterly performance report", "Head of Performance and Insight"),
            ("7", "Any other business", "PCC"),
        ]),
        P("Members of the public may submit questions for item 5 to the OPCC by 8 June 2027."),
        Break(),
        H(notes_title, 1),
        P("**Present:** Police and Crime Commissioner (Chair); Chief Executive, OPCC; Chief Constable; "
          "Deputy Chief Constable; ACC Protective Services; Head of Governance (notes)."),
        H("1. Welcome and apologies", 2),
        P("Apologies were received from the Chief Finance Officer."),
        H("2. Notes of the last meeting and action tracker", 2),
        P("The notes of 19 January 2027 were agreed. Progress on the tracker is shown at item 4 of this pack."),
        H(f"3. {item}", 2),
        P("The ACC Protective Services presented the paper. The PCC’s questions, the evidence heard and his "
          "decision on each are recorded below."),
    ]
    questions = [
        ("How does the force identify children who go missing repeatedly, and make sure that every episode is followed by a return home interview?",
         ["Children missing three or more times in 90 days are flagged to the Missing Person Coordinator.",
          "Return home interviews are commissioned from the county council; 71 per cent took place within 72 hours last quarter.",
          "A joint audit with children’s services is under way."],
         "Partly Assured", "The PCC asked for the audit findings and the 72-hour rate by district."),
        ("What training have response officers had in recognising the signs of child criminal exploitation?",
         ["1,140 officers (88 per cent) have completed the exploitation e-learning package.",
          "Face-to-face sessions were delivered to all response sergeants in January and February."],
         "Assured", "The PCC welcomed the completion rate."),
        ("How is intelligence from missing episodes shared with partners to disrupt those who exploit children?",
         ["Intelligence is shared at the weekly multi-agency exploitation meeting.",
          "The force could not yet say how many disruption orders followed from missing-episode intelligence."],
         "Not Assured", "The PCC asked for a measure of outcomes from shared intelligence to be brought back to the Board."),
        ("How does the force capture the voice of the child in missing person investigations?",
         ["Officers record the child’s own account on the missing person record.",
          "A dip sample found it recorded in 64 of 80 cases."],
         "Partly Assured", "The PCC asked for the dip sample to be repeated in six months."),
    ]
    rows = [("**Question**", "**Brief Summary of Evidence**", "**Decision of PCC**")]
    for number, (question, evidence, level, comment) in enumerate(questions, start=1):
        rows.append((f"{number}. {question}", (Bul(tuple(evidence)),), (f"**{level}**", f"*{comment}*")))
        canonical = {"Assured": "Assured", "Partly Assured": "Partly assured", "Not Assured": "Not assured"}[level]
        gold.assurance_decisions.append(decision(notes_date, item, str(number), question, evidence, canonical, comment))
    blocks.append(T(tuple(rows), (4, 5, 3), header_rows=1))
    minuted = [
        ("PDB 27/04", "The force to share the findings of the joint return home interview audit with the OPCC.",
         "Audit report received by the OPCC on 2 May 2027.", "Complete"),
        ("PDB 27/05", "The force to report a measure of disruption outcomes from missing-episode intelligence to the June Board.",
         "Measure being built by the analysts; to be reported under item 6 of this meeting.", "Outstanding"),
    ]
    blocks += [P("**Actions**"), Num(tuple(text for _, text, _, _ in minuted)),
               H("4. Any other business", 2), P("None was raised. The meeting closed at 12:20."), Break(),
               H("Action Tracker 2026/27", 1),
               P("Actions are closed by the Board once the update has been accepted.")]
    tracker = [
        ("Serious violence", "PDB 26/31", "2026-12-08", "Provide a breakdown of knife-enabled robbery by division for the last two years.",
         "Breakdown circulated to Board members on 12 January 2027.", "Complete"),
        ("Serious violence", "PDB 26/33", "2026-12-08", "Confirm the start date of the second violence reduction hub.",
         "The start date depends on the lease, which is not yet agreed.", "Outstanding"),
        ("Contact and 101", "PDB 27/01", "2027-01-19", "Publish monthly 101 answer times on the force website.",
         "Published each month since April 2027.", "Complete"),
    ] + [(item, ref, notes_date, text, update, status) for ref, text, update, status in minuted]
    rows = [("**Topic**", "**Ref**", "**Date raised**", "**Action**", "**Update**", "**Status**")]
    spans = []
    for r, (topic, ref, raised, text, update, status) in enumerate(tracker, start=1):
        first_of_topic = r == 1 or tracker[r - 2][0] != topic
        rows.append((topic if first_of_topic else None, ref, long_date(raised, False), text, update, status))
        if first_of_topic:
            span = sum(1 for row in tracker if row[0] == topic)
            if span > 1:
                spans.append((r, 0, span, 1))
        # a minuted action is printed first in the notes, so its page is the notes' page
        gold.actions.append(action(raised, topic, ref, text, update, "complete" if status == "Complete" else "outstanding",
                                   "status_column"))
    blocks.append(T(tuple(rows), (2.2, 1.5, 1.8, 4, 4, 1.6), header_rows=1, spans=tuple(spans)))
    blocks += [Break(), H(f"Item 5: {theme}", 1), P("**Report of:** Chief Constable"),
               P("**Purpose:** To update the Commissioner on the neighbourhood policing model, visibility patrols and "
                 "public confidence in local policing."),
               H("1. Background", 2),
               P("1.1 The neighbourhood model was reviewed in 2026. Each district now has a dedicated neighbourhood "
                 "inspector and a problem-solving team."),
               P("1.2 Visibility patrols are directed to 140 hotspot locations chosen each month from crime and "
                 "anti-social behaviour data."),
               H("2. Recommendation", 2), P("2.1 That the Commissioner notes the report.")]
    data = word(blocks, title=f"{board} {long_date(date, False)}", author="OPCC Kent", when=datetime(2027, 6, 7, 9),
                header=f"{board} – {long_date(date, False)}", footer="OFFICIAL")
    return docx_to_pdf(data), gold


def main(prefixes: list[str]) -> None:
    for name, build in PACKS.items():
        if not prefixes or any(name.startswith(p) for p in prefixes):
            data, gold = build()
            write(name, data, gold)


if __name__ == "__main__":
    main(sys.argv[1:])
