"""The round-10 report builder: a report is a list of the shared model's
blocks plus the gold records written next to the text they describe, rendered
as HMICFRS prints its reports (running header and page-numbered footer on
every page after the cover, footnotes at the foot of the page they are cited
on) and written with its gold.

Footnote references are written "[^n]" in a paragraph's text; the note's text
is given to ``Report.note``.
"""

from __future__ import annotations

import io
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pdfplumber
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, TableStyle

ROUND = Path(__file__).resolve().parent
sys.path.insert(0, str(ROUND.parent))
sys.path.insert(0, str(ROUND.parent.parent))

from generator import docx_render, pdf_render  # noqa: E402
from generator.model import Block, Bullets, Heading, PageBreak, Para, Table, cell, plain  # noqa: E402
from inspection_render import GRADE_FILL, fixed_zip_times  # noqa: E402

GRADES = ("Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate")
NOTE_REF = re.compile(r"\[\^(\d+)\]")
CHECKED = ("Written by hand in the round's generate.py (samples/corpus/inspection-round10 or -round10b), "
           "next to the text it describes, before the extractors were run on the document; PDF pages found "
           "in the generated PDF's own text (pdfplumber) and read against `scrutiny inspect`.")


@dataclass
class Report:
    name: str
    force: str
    framework: str | None
    as_of: str | None
    header: str  # the running header of every page after the cover
    document: dict  # the gold `documents` record, less pages
    blocks: list[Block] = field(default_factory=list)
    fills: dict[int, dict[tuple[int, int], str]] = field(default_factory=dict)
    notes: dict[int, str] = field(default_factory=dict)
    records: dict[str, list[dict]] = field(default_factory=lambda: {
        "grades": [], "causes_of_concern": [], "recommendations": [], "areas_for_improvement": []})
    anchors: list[tuple[dict, str]] = field(default_factory=list)

    # Text -----------------------------------------------------------------
    def h(self, text: str, level: int = 1) -> None:
        self.blocks.append(Heading(text, level))

    def p(self, *texts: str) -> None:
        self.blocks += [Para(t) for t in texts]

    def small(self, text: str, align: str = "left") -> None:
        self.blocks.append(Para(text, align=align, size=9))

    def bullets(self, *items: str) -> None:
        self.blocks.append(Bullets(tuple((0, item) for item in items)))

    def page(self) -> None:
        self.blocks.append(PageBreak())

    def note(self, number: int, text: str) -> None:
        self.notes[number] = text

    def table(self, rows: list[tuple], widths: tuple[float, ...], header_rows: int = 1,
              fills: dict[tuple[int, int], str] | None = None, bordered: bool = True) -> None:
        if fills:
            self.fills[sum(isinstance(b, Table) for b in self.blocks)] = fills
        self.blocks.append(Table(tuple(rows), widths, header_rows=header_rows, bordered=bordered))

    def box(self, *content: str | Bullets) -> None:
        """A shaded one-cell box, as the reports set practice notes."""
        self.table([(cell(*content),)], (1,), header_rows=0, fills={(0, 0): "#e8eef4"})

    def chart_columns(self, by_grade: dict[str, list[str]]) -> None:
        """The "Our judgments" chart: a column per grade, each area under its grade."""
        header = tuple(cell(f"**{g}**") for g in GRADES)
        body = tuple(cell(*by_grade.get(g, [])) if by_grade.get(g) else cell("") for g in GRADES)
        self.table([header, body], (1, 1, 1, 1, 1), fills={(0, c): GRADE_FILL[g] for c, g in enumerate(GRADES)})

    # Gold -----------------------------------------------------------------
    def _record(self, kind: str, record: dict, anchor: str | None) -> dict:
        full = {"page": None, "force": self.force, **record}
        self.records[kind].append(full)
        self.anchors.append((full, anchor or plain(record["text"])))
        return full

    def grade(self, area: str, area_raw: str, grade: str, anchor: str) -> None:
        """A graded area, first stated on the page holding ``anchor``."""
        record = {"page": None, "force": self.force, "framework": self.framework, "area": area,
                  "area_raw": area_raw, "grade": grade, "as_of": self.as_of}
        self.records["grades"].append(record)
        self.anchors.append((record, anchor))

    def afi(self, area: str | None, text: str, detail: str | None = None, anchor: str | None = None) -> None:
        self._record("areas_for_improvement", {"area": area, "text": plain(text), "detail": detail}, anchor)

    def cause(self, area: str | None, text: str, detail: str | None = None) -> str:
        record = {"text": plain(text), "detail": detail}
        if area is not None:
            record = {"area": area, **record}
        self._record("causes_of_concern", record, None)
        return plain(text)

    def rec(self, cause: str | None, text: str, timescale: str | None, lead_in: str | None) -> None:
        self._record("recommendations", {"cause_of_concern_text": cause, "timescale": timescale,
                                         "lead_in": lead_in, "text": plain(text)}, None)

    # Output ---------------------------------------------------------------
    def write(self, directory: Path) -> None:
        if self.name.endswith(".pdf"):
            data = self._pdf()
            pages = self._set_pages(data)
        else:
            data = self._docx()
            pages = None
        (directory / self.name).write_bytes(data)
        document = {"page": None, "file_type": self.name.rsplit(".", 1)[1], "pages": pages, **self.document,
                    "status": "ok"}
        if pages is None:
            del document["pages"]
        gold = {"source_file": self.name, "expect": "ok", "checked": CHECKED,
                "records": {"documents": [document], **self.records}}
        (directory / "gold").mkdir(exist_ok=True)
        (directory / "gold" / f"{self.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        print(f"{self.name}: {pages} pages; " + ", ".join(f"{k} {len(v)}" for k, v in self.records.items()))

    def _set_pages(self, data: bytes) -> int:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            texts = [" ".join((page.extract_text() or "").split()) for page in pdf.pages]
        for record, anchor in self.anchors:
            wanted = " ".join(anchor.split())
            found = [n for n, text in enumerate(texts, start=1) if wanted in text]
            if not found:
                raise SystemExit(f"{self.name}: anchor not found: {anchor!r}")
            record["page"] = found[0]
        return len(texts)

    def _pdf(self) -> bytes:
        pdf_render._register_symbol_font()
        buffer = io.BytesIO()
        pending: list[str] = []
        doc = _NotedTemplate(buffer, pending, pagesize=A4, leftMargin=pdf_render.MARGIN,
                             rightMargin=pdf_render.MARGIN, topMargin=pdf_render.MARGIN, bottomMargin=96,
                             title=plain(self.document["title"]), author="HMICFRS",
                             creator="samples/generate.py", invariant=1)
        flowables: list[Flowable] = []
        table_index = 0
        for block in self.blocks:
            if isinstance(block, Table):
                table = pdf_render._table(block, doc.width)
                commands = [("BACKGROUND", (c, r), (c, r), colors.HexColor(fill))
                            for (r, c), fill in self.fills.get(table_index, {}).items()]
                if commands:
                    table.setStyle(TableStyle(commands))
                flowables.append(table)
                table_index += 1
            elif isinstance(block, Para) and NOTE_REF.search(block.text):
                markup = NOTE_REF.sub(lambda m: f"\x00{m.group(1)}\x01", block.text)
                parts = re.split(r"\x00(\d+)\x01", markup)
                html = "".join(pdf_render._markup(part) if i % 2 == 0 else f"<super>{part}</super>"
                               for i, part in enumerate(parts) if part)
                flowables.append(Paragraph(html, pdf_render._style("p", pdf_render.BODY_SIZE)))
                flowables += [_NoteAnchor(pending, f"{n} {self.notes[int(n)]}") for n in NOTE_REF.findall(block.text)]
            else:
                flowables += pdf_render._flowables([block], doc.width)

        def furniture(canvas, document) -> None:
            canvas.saveState()
            canvas.setFont("Helvetica", 8)
            canvas.drawString(pdf_render.MARGIN, A4[1] - 40, self.header)
            canvas.drawRightString(A4[0] - pdf_render.MARGIN, 30, str(document.page))
            canvas.restoreState()

        doc.build(flowables, onFirstPage=lambda c, d: None, onLaterPages=furniture)
        return buffer.getvalue()

    def _docx(self) -> bytes:
        blocks = [Para(NOTE_REF.sub("", b.text), b.align, b.size) if isinstance(b, Para) else b for b in self.blocks]
        raw = docx_render.render_docx(blocks, plain(self.document["title"]), "HMICFRS", datetime(2026, 1, 1))
        document = Document(io.BytesIO(raw))
        for table_index, cells in self.fills.items():
            table = document.tables[table_index]
            for (r, c), fill in cells.items():
                shading = OxmlElement("w:shd")
                shading.set(qn("w:val"), "clear")
                shading.set(qn("w:color"), "auto")
                shading.set(qn("w:fill"), fill.lstrip("#").upper())
                table.cell(r, c)._tc.get_or_add_tcPr().append(shading)
        section = document.sections[0]
        section.header.paragraphs[0].text = self.header
        footer = section.footer.paragraphs[0]
        _page_field(footer)
        out = io.BytesIO()
        document.save(out)
        return fixed_zip_times(out.getvalue())


def _page_field(paragraph) -> None:
    """A PAGE field, as Word numbers its pages in a footer."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == "1":
            element = OxmlElement("w:t")
            element.text = text
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


class _NoteAnchor(Flowable):
    """Takes no room; when drawn, queues its footnote for the foot of this page."""

    def __init__(self, pending: list[str], text: str) -> None:
        super().__init__()
        self.pending, self.text = pending, text

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.pending.append(self.text)


class _NotedTemplate(SimpleDocTemplate):
    """Draws the footnotes cited on a page at its foot, under a short rule."""

    def __init__(self, buffer, pending: list[str], **kwargs) -> None:
        super().__init__(buffer, **kwargs)
        self.pending = pending

    def afterPage(self) -> None:
        if not self.pending:
            return
        canvas = self.canv
        canvas.saveState()
        y = 86
        canvas.line(pdf_render.MARGIN, y, pdf_render.MARGIN + 120, y)
        style = pdf_render._style("fn", 7.5, space_after=1)
        for text in self.pending:
            para = Paragraph(pdf_render._markup(text), style)
            _, height = para.wrap(A4[0] - 2 * pdf_render.MARGIN, 60)
            y -= height + 2
            para.drawOn(canvas, pdf_render.MARGIN, y)
        canvas.restoreState()
        self.pending.clear()
