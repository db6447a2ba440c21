"""Inspection blind round 29 (issue 3): how real PDFs are typeset.

Six PDFs set the way publishers set them: ligature glyphs (ﬁ ﬂ ﬀ, DejaVu's, ToUnicode-mapped to one
character), justified text hyphenated at line ends, two-column bodies, footnotes at the foot of the
page, pull-quotes beside the body, letter-spaced capitals (real tracking and typed spaces), running
headers and "N of M" footers, a landscape grade page, a table whose header repeats on the next page,
booktabs tables (horizontal rules only), brand colours, curly quotes, en/em dashes and no-break spaces.

    .venv/bin/python samples/corpus/inspection-round29/generate.py [FILE ...]

Writes the PDFs beside this file and their gold into gold/. Deterministic (reportlab invariant
mode). Gold pages are found in the rendered PDF's own text (letters and digits only, so hyphenation,
ligatures and spacing do not hide a phrase) and were read against `scrutiny inspect`.
"""

from __future__ import annotations

import io
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent.parent)]
from inspection_render import write_documents  # noqa: E402

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
for name, file in {"Serif": "DejaVuSerif.ttf", "Serif-Bold": "DejaVuSerif-Bold.ttf",
                   "Serif-Italic": "DejaVuSerif-Italic.ttf", "Sans": "DejaVuSans.ttf",
                   "Sans-Bold": "DejaVuSans-Bold.ttf"}.items():
    pdfmetrics.registerFont(TTFont(name, DEJAVU + file))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic",
                              boldItalic="Serif-Bold")
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans", boldItalic="Sans-Bold")

NBSP = "\u00a0"
CHECKED = ("Written by hand in samples/corpus/inspection-round29/generate.py beside the text it describes, "
           "blind (no extractor code or extractor test read); pages found in the PDF's own text and read "
           "against `scrutiny inspect`.")

# Split points a typesetter's dictionary would allow: after these prefixes, before these suffixes.
PREFIXES = ("inter", "under", "over", "safe", "neigh", "com", "con", "pro", "re", "im", "in", "de", "dis")
SUFFIXES = ("ments", "ment", "tions", "tion", "ness", "ings", "ing", "ities", "ity", "ally", "ance", "ence",
            "able", "ised", "ises", "ise", "ive", "hood", "ually", "ers")


def hyphenator(word: str) -> Iterator[tuple[str, str]]:
    """(head, tail) pairs, longest head first, as reportlab's hyphenation wants them."""
    cuts = set()
    lower = word.lower()
    for suffix in SUFFIXES:
        if lower.endswith(suffix) and len(word) - len(suffix) >= 3:
            cuts.add(len(word) - len(suffix))
    for prefix in PREFIXES:
        if lower.startswith(prefix) and len(word) - len(prefix) >= 4:
            cuts.add(len(prefix))
    for cut in sorted(cuts, reverse=True):
        yield word[:cut], word[cut:]


def lig(text: str) -> str:
    """Set ff, fi, fl as the single ligature glyphs a publisher's font gives."""
    return text.replace("ff", "\ufb00").replace("fi", "\ufb01").replace("fl", "\ufb02")


def style(name: str, font: str = "Serif", size: float = 10, leading: float | None = None, colour: str = "#1a1a1a",
          align: int = TA_JUSTIFY, before: float = 0, after: float = 6, indent: float = 0) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.3,
                          textColor=colors.HexColor(colour), alignment=align, spaceBefore=before, spaceAfter=after,
                          leftIndent=indent, hyphenationLang=hyphenator, hyphenationMinWordLength=7,
                          uriWasteReduce=0.3)


class Tracked(Flowable):
    """A heading of capitals set with tracking (character spacing), as a publisher's label is."""

    def __init__(self, text: str, colour: str, size: float = 9, space: float = 2.2):
        super().__init__()
        self.text, self.colour, self.size, self.space = text, colour, size, space

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, self.size * 2

    def draw(self) -> None:
        text = self.canv.beginText(0, self.size * 0.6)
        text.setFont("Sans-Bold", self.size)
        text.setCharSpace(self.space)
        text.setFillColor(colors.HexColor(self.colour))
        text.textOut(self.text)
        self.canv.drawText(text)


class FootnoteAnchor(Flowable):
    """Zero-size mark after a paragraph: its footnote is printed at the foot of the page it lands on."""

    def __init__(self, sheet: "Sheet", number: int, text: str):
        super().__init__()
        self.sheet, self.number, self.text = sheet, number, text

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.sheet.pending_notes.append((self.number, self.text))


class Sheet:
    """One document: its flowables, its page furniture and the gold records written beside the text."""

    def __init__(self, name: str, colour: str, header: str, footer: str, page_label: str = "{n} of {m}",
                 two_column: bool = False, quotes: dict[int, str] | None = None, ligatures: bool = True):
        self.name, self.colour, self.header, self.footer, self.page_label = name, colour, header, footer, page_label
        self.two_column, self.quotes, self.ligatures = two_column, quotes or {}, ligatures
        self.first_template = "body"
        self.story: list[Flowable] = []
        self.records: dict[str, list[dict]] = {}
        self.pending_notes: list[tuple[int, str]] = []
        self.notes = 0
        self.body = style("body")
        self.bold = style("bold", font="Serif-Bold", after=4)
        self.h1 = style("h1", font="Sans-Bold", size=22, colour=colour, align=TA_LEFT, after=10)
        self.h2 = style("h2", font="Sans-Bold", size=14, colour=colour, align=TA_LEFT, before=8, after=6)
        self.h3 = style("h3", font="Sans-Bold", size=11, colour="#333333", align=TA_LEFT, before=4, after=4)
        self.bullet = style("bullet", indent=14, after=3)
        self.cell = style("cell", font="Sans", size=9, align=TA_LEFT, after=0)
        self.cell_head = style("cellhead", font="Sans-Bold", size=9, align=TA_LEFT, after=0)

    # Text ---------------------------------------------------------------------------------------
    def _t(self, text: str) -> str:
        return lig(text) if self.ligatures else text

    def title(self, text: str) -> None:
        self.story.append(Paragraph(text, self.h1))

    def h(self, text: str, level: int = 2) -> None:
        self.story.append(CondPageBreak(3 * cm))
        self.story.append(Paragraph(text, self.h2 if level == 2 else self.h3))

    def tracked(self, text: str) -> None:
        self.story.append(Tracked(text.upper(), self.colour))

    def p(self, text: str, note: str | None = None, st: ParagraphStyle | None = None) -> None:
        if note:
            self.notes += 1
            text += f"<super>{self.notes}</super>"
        self.story.append(Paragraph(self._t(text), st or self.body))
        if note:
            self.story.append(FootnoteAnchor(self, self.notes, note))

    def b(self, text: str) -> None:
        self.story.append(Paragraph(self._t(text), self.bold))

    def li(self, text: str) -> None:
        self.story.append(Paragraph(self._t(text), self.bullet, bulletText="•"))

    def table(self, rows: list[list[str]], widths: list[float], repeat: bool = True,
              colour_cols: dict[int, Callable[[str], str]] | None = None) -> None:
        """A booktabs table: heavy rules above and below, a light rule under the header, no verticals."""
        data = [[Paragraph(c, self.cell_head) for c in rows[0]]]
        for row in rows[1:]:
            cells = []
            for col, value in enumerate(row):
                text = self._t(value)
                if colour_cols and col in colour_cols:
                    text = f'<font color="{colour_cols[col](value)}"><b>{text}</b></font>'
                cells.append(Paragraph(text, self.cell))
            data.append(cells)
        table = Table(data, colWidths=widths, repeatRows=1 if repeat else 0, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
            ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))
        self.story.append(table)
        self.story.append(Spacer(1, 8))

    def add(self, record_type: str, find: str, **fields) -> None:
        """A gold record; `find` is the phrase whose first page is the record's page."""
        self.records.setdefault(record_type, []).append({"_find": find, **fields})

    def empty(self, *kinds: str) -> None:
        for kind in kinds:
            self.records.setdefault(kind, [])

    # Pages --------------------------------------------------------------------------------------
    def _furniture(self, canvas, doc, total: int) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFont("Sans", 8)
        canvas.setFillColor(colors.HexColor(self.colour))
        canvas.drawString(2 * cm, height - 1.2 * cm, self.header)
        canvas.setStrokeColor(colors.HexColor(self.colour))
        canvas.setLineWidth(0.6)
        canvas.line(2 * cm, height - 1.4 * cm, width - 2 * cm, height - 1.4 * cm)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(2 * cm, 1.0 * cm, self.footer)
        canvas.drawRightString(width - 2 * cm, 1.0 * cm, self.page_label.format(n=doc.page, m=total))
        quote = self.quotes.get(doc.page)
        if quote:
            quote_style = style("quote", font="Serif-Italic", size=11, colour=self.colour, align=TA_LEFT)
            para = Paragraph(f"“{quote}”", quote_style)
            _, h = para.wrap(4.2 * cm, height)
            canvas.setStrokeColor(colors.HexColor(self.colour))
            canvas.setLineWidth(2)
            top = height - 6 * cm
            canvas.line(width - 6.3 * cm, top + 0.3 * cm, width - 6.3 * cm, top - h - 0.1 * cm)
            para.drawOn(canvas, width - 6.0 * cm, top - h)
        canvas.restoreState()

    def _notes(self, canvas, doc) -> None:
        if not self.pending_notes:
            return
        width, _ = canvas._pagesize
        canvas.saveState()
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.4)
        canvas.line(2 * cm, 3.2 * cm, 6 * cm, 3.2 * cm)
        y = 3.2 * cm
        note_style = style("note", font="Serif", size=7.5, align=TA_LEFT)
        for number, text in self.pending_notes:
            para = Paragraph(f"<super>{number}</super> {self._t(text)}", note_style)
            _, h = para.wrap(width - 4 * cm, 3 * cm)
            y -= h + 2
            para.drawOn(canvas, 2 * cm, y)
        canvas.restoreState()
        self.pending_notes = []

    def build(self) -> bytes:
        total = 0
        for _ in range(2):  # the first pass counts the pages for "N of M"
            data = self._build(total)
            total = len(PdfReader(io.BytesIO(data)).pages)
        return data

    def _build(self, total: int) -> bytes:
        buffer = io.BytesIO()
        doc = BaseDocTemplate(buffer, pagesize=A4, title=self.header, author="Round 29 generator",
                              creator="samples/corpus/inspection-round29/generate.py", invariant=1)
        width, height = A4
        right = 6.8 * cm if self.quotes else 2 * cm
        body_width = width - 2 * cm - right
        if self.two_column:
            gap = 0.7 * cm
            column = (body_width - gap) / 2
            frames = [Frame(2 * cm, 3.6 * cm, column, height - 5.6 * cm, id="left"),
                      Frame(2 * cm + column + gap, 3.6 * cm, column, height - 5.6 * cm, id="right")]
        else:
            frames = [Frame(2 * cm, 3.6 * cm, body_width, height - 5.6 * cm, id="body")]
        furniture = lambda canvas, d: self._furniture(canvas, d, total)
        wide = [Frame(2 * cm, 3.6 * cm, width - 4 * cm, height - 5.6 * cm, id="wide")]
        lw, lh = landscape(A4)
        templates = [
            PageTemplate("body", frames, onPage=furniture, onPageEnd=self._notes, pagesize=A4),
            PageTemplate("wide", wide, onPage=furniture, onPageEnd=self._notes, pagesize=A4),
            PageTemplate("landscape", [Frame(2 * cm, 3.6 * cm, lw - 4 * cm, lh - 5.6 * cm, id="land")],
                         onPage=furniture, onPageEnd=self._notes, pagesize=landscape(A4)),
        ]
        templates.sort(key=lambda template: template.id != self.first_template)
        doc.addPageTemplates(templates)
        self.pending_notes = []
        for flowable in self.story:  # a flowable moved on in the counting pass carries a mark that breaks the next
            flowable.__dict__.pop("_postponed", None)
        doc.build(list(self.story))
        return buffer.getvalue()


def key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFKC", text).lower())


def gold(sheet: Sheet, data: bytes) -> dict:
    pages = [key(page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages]
    records: dict[str, list[dict]] = {}
    for kind, items in sheet.records.items():
        records[kind] = []
        for item in items:
            record = dict(item)
            find = key(record.pop("_find"))
            if kind == "documents":
                record["page"] = None
            else:
                hits = [n for n, text in enumerate(pages, start=1) if find in text]
                if not hits:
                    raise SystemExit(f"{sheet.name}: phrase not found for {kind}: {item['_find']!r}")
                record["page"] = hits[0]
            records[kind].append({"page": record.pop("page"), **record})
    return {"source_file": sheet.name, "expect": "ok", "checked": CHECKED, "records": records}


GRADE_COLOUR = {"Outstanding": "#00703c", "Good": "#3a7d1e", "Adequate": "#8a6d00",
                "Requires improvement": "#b35900", "Inadequate": "#b10e1e"}


def grade_record(sheet: Sheet, force: str, framework: str, area: str, raw: str, grade: str,
                 as_of: str | None, row: str | None = None) -> None:
    """A grade; its page is the first holding its row as printed (the area and its grade, by default)."""
    sheet.add("grades", row or f"{raw} {grade}", force=force, framework=framework, area=area, area_raw=raw, grade=grade, as_of=as_of)


def afi(sheet: Sheet, force: str, area: str | None, text: str, detail: str | None, label: str = "tracked") -> None:
    """An area for improvement as the report sets it: its label, the bold sentence, the detail."""
    if label == "tracked":
        sheet.tracked("Area for improvement")
    elif label == "spaced":
        sheet.p("A R E A   F O R   I M P R O V E M E N T", st=sheet.h3)
    sheet.b(text)
    if detail:
        sheet.p(detail)
    sheet.add("areas_for_improvement", text, force=force, area=area, text=text, detail=detail)


PEEL_AREAS = [
    ("Police powers and public treatment", "Police powers and public treatment"),
    ("Preventing crime", "Preventing crime"),
    ("Responding to the public", "Responding to the public"),
    ("Investigating crime", "Investigating crime"),
    ("Protecting vulnerable people", "Protecting vulnerable people"),
    ("Managing offenders", "Managing offenders and suspects"),
    ("Developing a positive workplace", "Building, supporting and protecting the workforce"),
    ("Leadership and force management", "Leadership and force management"),
]


def gwent() -> tuple[Sheet, bytes]:
    """HMICFRS PEEL 2023–25 report as HMICFRS typesets it: a landscape grade page with a booktabs
    table, tracked "AREA FOR IMPROVEMENT" labels, footnotes, a pull-quote, ligatures, hyphenation."""
    force = "Gwent Police"
    name = "peel-2023-25-gwent-typeset-r29.pdf"
    s = Sheet(name, "#6a1b5b", "PEEL 2023–25 | Police effectiveness, efficiency and legitimacy | Gwent Police",
              "HMICFRS", page_label="{n} of {m}",
              quotes={4: "Victims in Gwent often wait too long for an o\ufb03cer to contact them after they report a crime."})
    title = "PEEL 2023–25: Police effectiveness, efficiency and legitimacy – An inspection of Gwent Police"
    s.title("PEEL 2023–25")
    s.p("Police effectiveness, efficiency and legitimacy", st=s.h2)
    s.p("An inspection of Gwent Police", st=s.h2)
    s.p(f"Published 22{NBSP}January{NBSP}2026", st=s.h3)
    s.add("documents", "", force=force, status="ok", doc_kind="peel_report", title=title,
          publication_date="2026-01-22", file_type="pdf")
    s.h("About this inspection")
    s.p("We inspected Gwent Police between June and October 2025 as part of our police e\ufb00ectiveness, "
        "e\ufb03ciency and legitimacy (PEEL) programme. Our inspections assess how good each force is in "
        "several areas of policing. We make graded judgments in eight of them, using the same "
        "characteristics of good policing for every force.", note="More information about how we inspect and "
        "grade forces is available on our website, together with the characteristics of good policing.")
    s.p("Our judgments are based on what we found in the force’s documents, data and records, in interviews and "
        "focus groups with o\ufb03cers and sta\ufb00, and in the 140 crime \ufb01les we reviewed. We don’t grade the "
        "service the force gives victims of crime, but we comment on it in our findings.")
    s.p("In this report we set out where the force should improve. We call these “areas for improvement”. Where "
        "we have a serious concern, we call it a “cause of concern”, and we make recommendations. We found no "
        "cause of concern in Gwent.")
    s.story += [NextPageTemplate("landscape"), PageBreak()]
    s.h("Our judgments")
    grades = [("Police powers and public treatment", "Good"), ("Preventing crime", "Good"),
              ("Responding to the public", "Requires improvement"), ("Investigating crime", "Requires improvement"),
              ("Protecting vulnerable people", "Adequate"), ("Managing offenders", "Adequate"),
              ("Developing a positive workplace", "Good"), ("Leadership and force management", "Adequate")]
    s.p("Our inspection assessed how good Gwent Police is in eight areas of policing. We graded the force as "
        "follows.")
    s.table([["Area of policing", "Grade", "What this means"]] +
            [[area, grade, {"Good": "There are some areas for improvement.",
                            "Adequate": "There are some areas for improvement and some shortcomings.",
                            "Requires improvement": "There are substantial areas for improvement."}[grade]]
             for area, grade in grades],
            [8 * cm, 5 * cm, 12 * cm], colour_cols={1: lambda g: GRADE_COLOUR[g]})
    for area, grade in grades:
        grade_record(s, force, "PEEL 2023-25", area, area, grade, "2026-01")
    s.p("We set out our \ufb01ndings for each area in the sections that follow. Please note that, because we have "
        "changed our grading criteria, grades from this inspection can’t be directly compared with those of our "
        "2021/22 inspection.", note="In 2021/22 we graded nine areas; the framework for 2023–25 grades eight.")
    s.story += [NextPageTemplate("body"), PageBreak()]
    s.h("Responding to the public")
    s.p("<b>Gwent Police requires improvement at responding to the public.</b>")
    s.p("The force answers most emergency calls quickly. In the year to June 2025 it answered 91.2{}percent of "
        "999 calls within 10 seconds, close to the national standard. But it is much slower to answer calls to "
        "the 101 non-emergency number, and too many of those callers give up before they are answered."
        .format(NBSP), note="Home O\ufb03ce data on emergency call answering, year ending June 2025.")
    afi(s, force, "Responding to the public",
        "The force should make sure it answers non-emergency calls promptly, and that it reduces the number of "
        "calls abandoned before they are answered.",
        "In the year to June 2025, 27 percent of non-emergency calls were abandoned. Callers who give up may not "
        "report crime again, and the force may not learn of risks that need an early response.")
    afi(s, force, "Responding to the public",
        "The force should make sure that it attends incidents within the times it sets, and that it tells callers "
        "when attendance will be delayed.",
        "We found that the force did not attend a third of the priority incidents we reviewed within its own "
        "target time, and callers were seldom updated about the delay.")
    s.h("Investigating crime")
    s.p("<b>Gwent Police requires improvement at investigating crime.</b>")
    s.p("Most investigations we reviewed were e\ufb00ective, but supervision was inconsistent and victims were not "
        "always kept informed. The force has a con\ufb01dent, well-led approach to \ufb01nancial investigation, and "
        "its o\ufb03cers told us they felt supported by their supervisors.")
    afi(s, force, "Investigating crime",
        "The force should make sure that supervisors review investigations regularly and give clear direction, "
        "and that they record that direction on the crime record.",
        "Supervisory oversight was absent or ineffective in 38 of the 140 investigations we reviewed. In some, "
        "lines of enquiry that supervisors had identified were never completed.")
    afi(s, force, "Investigating crime",
        "The force should make sure that victims of crime are updated regularly about the progress of their "
        "investigation, in line with the Code of Practice for Victims of Crime.",
        None)
    s.h("Protecting vulnerable people")
    s.p("<b>Gwent Police is adequate at protecting vulnerable people.</b>")
    s.p("The force identi\ufb01es vulnerability well at \ufb01rst contact and its multi-agency safeguarding hub works "
        "e\ufb00ectively with partners. But it is not consistently using the powers it has to protect victims of "
        "domestic abuse.")
    afi(s, force, "Protecting vulnerable people",
        "The force should make sure it uses domestic violence protection notices and orders in all appropriate "
        "cases.",
        "The force applied for 41 protection orders in the year to March 2025, fewer than comparable forces. "
        "Officers told us the process was time-consuming and they lacked confidence in it.")
    s.h("Managing offenders and suspects")
    s.p("<b>Gwent Police is adequate at managing o\ufb00enders and suspects.</b>")
    afi(s, force, "Managing offenders",
        "The force should reduce its backlog of visits to registered sex offenders, so that it manages the risk "
        "they pose in line with national guidance.",
        "At the time of our inspection, 64 visits to registered sex offenders were overdue, some by more than "
        "three months.")
    s.h("Leadership and force management")
    s.p("<b>Gwent Police is adequate at leadership and force management.</b>")
    s.p("Leaders set clear priorities and communicate them well. The force’s plans for its future workforce are "
        "less well developed — it cannot yet show how it will meet the demand it expects in 2027 and beyond.")
    afi(s, force, "Leadership and force management",
        "The force should make sure its strategic planning links demand, workforce and finance, so that it can "
        "show how it will meet future demand.",
        None)
    s.empty("causes_of_concern", "recommendations", "findings")
    return s, s.build()


def suffolk() -> tuple[Sheet, bytes]:
    """National child protection inspection in two justified columns, with typed letter-spaced labels,
    a cause of concern with recommendations, footnotes and ligatures."""
    force = "Suffolk Constabulary"
    name = "ncpi-suffolk-two-column-r29.pdf"
    s = Sheet(name, "#005b82", "National child protection inspection — Suffolk Constabulary",
              "HMICFRS — An inspection of the Suffolk Constabulary response to child protection",
              page_label="Page {n} of {m}", two_column=True)
    title = "An inspection of the Suffolk Constabulary response to child protection"
    s.first_template = "wide"
    s.story.append(NextPageTemplate("body"))
    s.story.append(Paragraph("National child protection inspection", s.h3))
    s.title("An inspection of the Su\ufb00olk Constabulary response to child protection")
    s.p(f"Published 5{NBSP}March{NBSP}2026", st=s.h3)
    s.add("documents", "", force=force, status="ok", doc_kind="child_protection_report", title=title,
          publication_date="2026-03-05", file_type="pdf")
    s.h("Foreword")
    s.p("We inspected how well Su\ufb00olk Constabulary protects children in November and December 2025. We "
        "looked at how the force identi\ufb01es children at risk, how it shares information with its "
        "safeguarding partners, and how well it investigates reports of abuse and neglect.",
        note="Our inspection programme covers every force in England and Wales; the framework was revised in 2024.")
    s.p("Many of the o\ufb03cers and sta\ufb00 we met were committed to protecting children. But we found that the "
        "force doesn’t always assess the risk to children properly when they go missing, and too often it "
        "doesn’t act quickly enough to protect them. This is a cause of concern.")
    s.h("Summary of our judgments")
    rows = [("Leadership and management", "Child protection leadership", "Adequate"),
            ("Working with safeguarding partners", "Working with safeguarding partners", "Good"),
            ("Assessing risk to children and making appropriate referrals",
             "Assessing risk to children and making appropriate referrals", "Inadequate"),
            ("Investigating reports of abuse, neglect and exploitation of children",
             "Investigating reports of abuse, neglect and exploitation of children", "Requires improvement"),
            ("Child protection decision-making", "Child protection decision-making", "Requires improvement")]
    s.table([["Inspection area", "Judgment"]] + [[raw, grade] for raw, _, grade in rows],
            [4.6 * cm, 3.2 * cm], colour_cols={1: lambda g: GRADE_COLOUR[g]})
    for raw, area, grade in rows:
        grade_record(s, force, "Child protection", area, raw, grade, "2026-03")
    s.p("Our 2019 inspection of the force was not graded. We will return to Suﬀolk within a year to check "
        "its progress against the cause of concern.")
    s.story.append(PageBreak())
    s.h("Leadership and management")
    s.p("Leaders have made child protection a priority and have invested in specialist teams. But the force’s "
        "performance information doesn’t tell leaders enough about the quality of the service children receive.")
    afi(s, force, "Child protection leadership",
        "Suffolk Constabulary should improve the performance information its leaders receive, so that they "
        "understand the quality of the service it gives to children.",
        "Most of the measures leaders see count activity, such as the number of referrals made, rather than "
        "what happened to the children concerned.", label="spaced")
    s.h("Assessing risk to children and making appropriate referrals")
    s.p("Sta\ufb00 in the control room identify risk to children well when a call is \ufb01rst made. But the force "
        "does not assess the risk properly when a child goes missing from home or care, and officers often treat "
        "children who go missing repeatedly as a low priority.", note="We reviewed 62 missing child records.")
    s.p("C A U S E   O F   C O N C E R N", st=s.h3)
    cause = ("Suffolk Constabulary doesn’t consistently assess the risk to children who go missing, and it "
             "doesn’t always act quickly enough to protect them.")
    s.b(cause)
    cause_detail = ("In 23 of the 62 missing child records we reviewed, the risk was assessed as lower than the "
                    "circumstances justified. In nine of them, officers did not search for the child for more "
                    "than six hours.")
    s.p(cause_detail)
    s.add("causes_of_concern", cause, force=force,
          area="Assessing risk to children and making appropriate referrals", text=cause, detail=cause_detail)
    s.p("<b>Recommendations</b>", st=s.body)
    lead = "Within three months, Suffolk Constabulary should:"
    s.p(lead)
    recs = ["make sure that supervisors review the risk assessment for every missing child within one hour;",
            "make sure that officers search for missing children as soon as the risk requires it; and",
            "make sure that return home interviews are completed and their information is used to plan for the "
            "child’s safety."]
    for rec in recs:
        s.li(rec)
        s.add("recommendations", rec, force=force, cause_of_concern_text=cause, text=rec,
              timescale="Within three months", lead_in=lead)
    s.h("Investigating reports of abuse, neglect and exploitation of children")
    s.p("Most investigations were allocated to o\ufb03cers with the right skills. But some were delayed, and "
        "the voice of the child was not always recorded.")
    afi(s, force, "Investigating reports of abuse, neglect and exploitation of children",
        "Suffolk Constabulary should make sure that officers record the views and feelings of children in "
        "investigations that concern them.",
        "In 17 of the 44 investigations we reviewed, there was no record of what the child had said or how they "
        "felt.", label="spaced")
    afi(s, force, "Investigating reports of abuse, neglect and exploitation of children",
        "Suffolk Constabulary should make sure that strategy discussions take place before officers interview "
        "children.", None, label="spaced")
    s.h("Child protection decision-making")
    s.p("O\ufb03cers generally made sound decisions once risk was understood. The force’s use of police "
        "protection powers was appropriate in most of the cases we examined.")
    s.p("<b>Promising practice</b>", st=s.body)
    practice = "A youth worker in every custody suite"
    s.b(practice)
    s.p("The force and the county council jointly fund youth workers who meet every child brought into custody, "
        "and who o\ufb00er support after release.")
    s.add("findings", practice, force=force, kind="promising_practice", area="Child protection decision-making",
          text=practice)
    s.h("Next steps")
    s.p("We will ask Su\ufb00olk Constabulary to provide an action plan within six weeks, setting out how it will "
        "respond to the cause of concern and recommendations in this report.")
    return s, s.build()


def norfolk() -> tuple[Sheet, bytes]:
    """A police and crime panel paper: this grade | last grade booktabs table, and an AFI progress table
    that runs over three pages with its header repeated; brand colours, no-break spaces, curly quotes."""
    force = "Norfolk Constabulary"
    name = "norfolk-pcp-peel-progress-2026-03-10-r29.pdf"
    s = Sheet(name, "#00467f", "Norfolk Police and Crime Panel  •  10 March 2026  •  Item 7",
              "Report of the Police and Crime Commissioner for Norfolk", page_label="Page {n} of {m}")
    title = "PEEL 2023–25 inspection: the Constabulary’s progress"
    s.p("Norfolk Police and Crime Panel", st=s.h3)
    s.p(f"10{NBSP}March{NBSP}2026 — Item{NBSP}7", st=s.h3)
    s.title(title)
    s.p("Report by the Police and Crime Commissioner for Norfolk", st=s.h3)
    s.add("documents", "", force=force, status="ok", title=title, meeting_date="2026-03-10", file_type="pdf")
    s.h("1. Purpose")
    s.p("This report tells the Panel how Norfolk Constabulary was graded in His Majesty’s Inspectorate of "
        "Constabulary and Fire &amp; Rescue Services’ (HMICFRS) PEEL 2023–25 inspection, and how the "
        "Constabulary is responding to the areas for improvement the inspectorate identi\ufb01ed.")
    s.h("2. Grades")
    s.p(f"HMICFRS published its PEEL 2023–25 report on Norfolk Constabulary on 19{NBSP}November{NBSP}2025. "
        f"The previous PEEL report, for 2021/22, was published in April{NBSP}2022. The table sets the two "
        "inspections’ grades side by side; the inspectorate notes that the two frameworks differ, so the grades "
        "are not strictly comparable.", note="HMICFRS, PEEL 2023–25: An inspection of Norfolk Constabulary, "
        "November 2025.")
    rows = [("Police powers and public treatment", "Good", "Good"),
            ("Preventing crime", "Outstanding", "Good"),
            ("Responding to the public", "Adequate", "Requires improvement"),
            ("Investigating crime", "Good", "Adequate"),
            ("Protecting vulnerable people", "Good", "Good"),
            ("Managing offenders", "Adequate", "Good"),
            ("Developing a positive workplace", "Good", "Adequate"),
            ("Leadership and force management", "Good", "Not graded")]
    s.table([["Area", "PEEL 2023–25 grade", "PEEL 2021/22 grade"]] + [list(r) for r in rows],
            [7 * cm, 4.5 * cm, 4.5 * cm],
            colour_cols={1: lambda g: GRADE_COLOUR.get(g, "#555555"), 2: lambda g: GRADE_COLOUR.get(g, "#555555")})
    for area, now, then in rows:
        grade_record(s, force, "PEEL 2023-25", area, area, now, "2025-11")
        if then in GRADE_COLOUR:
            grade_record(s, force, "PEEL 2021/22", area, area, then, "2022-04", row=f"{area} {now} {then}")
    s.p("The Commissioner welcomes the outstanding grade for preventing crime — the \ufb01rst such grade the "
        "Constabulary has received — and the improvement in investigating crime.")
    s.h("3. Other inspection activity")
    s.p("HMICFRS has announced a thematic inspection of the police response to stalking, in which Norfolk "
        "Constabulary will take part in the summer of 2026. The Commissioner’s oﬃce will report its "
        "ﬁndings to the Panel once they are published.")
    s.p("The Constabulary’s custody suites were inspected jointly by HMICFRS and HM Inspectorate of Prisons in "
        "2024; the two recommendations of that report have been completed.")
    s.h("4. Financial implications")
    s.p("The additional call handlers (area for improvement{0}2 below) are funded from the 2025/26 precept increase. There are no other "
        "financial implications arising from this report.".format(NBSP))
    s.h("5. Equality implications")
    s.p("The Constabulary’s response to the area for improvement on the use of force includes an analysis of "
        "force used by ethnicity, which the Commissioner’s Ethics Committee will examine in May{0}2026."
        .format(NBSP))
    s.h("6. Areas for improvement")
    s.p("HMICFRS identi\ufb01ed eight areas for improvement and no cause of concern. The Constabulary tracks each "
        "one through its Organisational Improvement Board. Progress at the end of February 2026 is set out "
        "below, as reported to the Commissioner’s Accountability and Performance Board.")
    afis = [
        ("Police powers and public treatment", "The force should make sure that it records the reasons for every "
         "use of force, and that supervisors review those records.", "A new use of force form went live in "
         "January 2026. Supervisors now review every record within seven days. Compliance in February was 86\u00a0per cent."),
        ("Responding to the public", "The force should make sure that it answers non-emergency calls promptly.",
         "Average answer time for 101 calls fell from 9\u00a0minutes 40\u00a0seconds in October to 4\u00a0minutes "
         "12\u00a0seconds in February, after twelve additional call handlers were recruited."),
        ("Responding to the public", "The force should improve how it uses its risk assessment model when it "
         "first takes a call, so that call handlers apply it consistently.", "Refresher training has been given to "
         "all call handlers. A quality assurance check of 200 calls a month has started."),
        ("Investigating crime", "The force should make sure that it completes victim needs assessments and "
         "records whether victims want to support an investigation.", "Victim needs assessments are now "
         "mandatory on the crime recording system. Completion rose to 91\u00a0per cent in February."),
        ("Protecting vulnerable people", "The force should make sure that it applies for domestic violence "
         "protection orders in all appropriate cases.", "A dedicated orders officer has been appointed in each "
         "district. Applications rose by a third between December and February."),
        ("Managing offenders", "The force should make sure that it manages registered sex offenders in line with "
         "national guidance, and reduces the number of overdue visits.", "Overdue visits fell from 112 in "
         "September to 38 at the end of February. The target is to clear them by June 2026."),
        ("Managing offenders", "The force should make sure that it arrests wanted suspects and those who have "
         "failed to appear at court promptly.", "A daily review of outstanding suspects is now held in each "
         "district; the number outstanding for more than 28\u00a0days has halved."),
        ("Developing a positive workplace", "The force should make sure that its wellbeing services meet the "
         "needs of its workforce, and evaluate how well they do so.", "An independent evaluation of the "
         "occupational health service has been commissioned; its report is due in April 2026."),
    ]
    table_rows = [["Ref", "PEEL area", "HMICFRS area for improvement", "Progress (February 2026)"]]
    for n, (area, text, progress) in enumerate(afis, start=1):
        table_rows.append([f"AFI{NBSP}{n}", area, text, progress])
        s.add("areas_for_improvement", text, force=force, area=area, text=text, detail=None)
    s.table(table_rows, [1.4 * cm, 3.2 * cm, 5.6 * cm, 6.8 * cm])
    s.h("7. Recommendation")
    s.p("The Panel is asked to note the report and the Constabulary’s progress.")
    s.empty("causes_of_concern", "recommendations", "findings")
    return s, s.build()


def staffordshire() -> tuple[Sheet, bytes]:
    """PEEL 2023–25 report: full-width summary page, then two justified columns; a cause of concern with
    recommendations, tracked labels, a promising practice, footnotes, a pull-quote repeating an AFI."""
    force = "Staffordshire Police"
    name = "peel-2023-25-staffordshire-columns-r29.pdf"
    s = Sheet(name, "#2b3f87", "PEEL 2023–25 Staffordshire Police", "Police effectiveness, efficiency and "
              "legitimacy 2023–25", page_label="{n} of {m}", two_column=True)
    s.first_template = "wide"
    title = "PEEL 2023–25: An inspection of Staffordshire Police"
    s.story.append(NextPageTemplate("body"))
    s.p("Police e\ufb00ectiveness, e\ufb03ciency and legitimacy 2023–25", st=s.h3)
    s.title(title)
    s.p(f"Published:{NBSP}9{NBSP}October{NBSP}2025", st=s.h3)
    s.add("documents", "", force=force, status="ok", doc_kind="peel_report", title=title,
          publication_date="2025-10-09", file_type="pdf")
    s.h("Overall summary")
    s.p("We are concerned about how Sta\ufb00ordshire Police investigates crime. But the force has made real "
        "progress in how it responds to the public, and it treats people fairly and with respect.",
        note="This summary is based on inspection \ufb01eldwork carried out between March and June 2025.")
    s.h("Our judgments", level=3)
    grades = [("Police powers and public treatment", "Good"), ("Preventing crime", "Adequate"),
              ("Responding to the public", "Good"), ("Investigating crime", "Inadequate"),
              ("Protecting vulnerable people", "Requires improvement"), ("Managing offenders", "Adequate"),
              ("Developing a positive workplace", "Adequate"), ("Leadership and force management", "Requires improvement")]
    s.table([["Area", "Grade"]] + [[a, g] for a, g in grades], [9 * cm, 5 * cm],
            colour_cols={1: lambda g: GRADE_COLOUR[g]})
    for area, grade in grades:
        grade_record(s, force, "PEEL 2023-25", area, area, grade, "2025-10")
    s.story.append(PageBreak())
    s.h("Investigating crime")
    s.p("<b>Staffordshire Police is inadequate at investigating crime.</b>")
    s.p("Too many investigations are not planned or supervised e\ufb00ectively. Victims are not always told what "
        "is happening, and the force closes too many cases without a suspect being identi\ufb01ed because "
        "officers have not followed the available lines of enquiry.",
        note="We reviewed 120 investigations, selected at random from those closed in the three months before "
             "our fieldwork.")
    s.tracked("Cause of concern")
    cause = ("Staffordshire Police is not investigating crime effectively, and victims are not getting the "
             "service they deserve.")
    s.b(cause)
    cause_detail = ("In 46 of the 120 investigations we reviewed, there was no investigation plan. Supervision was "
                    "absent or ineffective in 52 of them, and in 29 the victim was not updated.")
    s.p(cause_detail)
    s.add("causes_of_concern", cause, force=force, area="Investigating crime", text=cause, detail=cause_detail)
    s.tracked("Recommendations")
    lead = "Within six months, Staffordshire Police should:"
    s.p(lead)
    recs = ["make sure that investigations are allocated to officers with the skills and experience to carry "
            "them out;",
            "make sure that supervisors review investigations regularly and record clear direction;",
            "make sure that it completes victim needs assessments and updates victims in line with the Code of "
            "Practice for Victims of Crime; and",
            "make sure that it follows all reasonable lines of enquiry before it closes an investigation."]
    for rec in recs:
        s.li(rec)
        s.add("recommendations", rec, force=force, cause_of_concern_text=cause, text=rec,
              timescale="Within six months", lead_in=lead)
    s.tracked("Area for improvement")
    text = ("The force should make sure it makes full use of digital forensic evidence, and reduces the time it "
            "takes to examine seized devices.")
    s.b(text)
    detail = ("At the time of our inspection, 1,340 devices were waiting to be examined. The oldest had waited "
              "more than 14 months.")
    s.p(detail)
    s.add("areas_for_improvement", text, force=force, area="Investigating crime", text=text, detail=detail)
    s.h("Protecting vulnerable people")
    s.p("<b>Staffordshire Police requires improvement at protecting vulnerable people.</b>")
    s.p("The force has a well-staffed public protection unit and strong arrangements with partners. But it does "
        "not always identify repeat victims of domestic abuse, and its use of protective orders is inconsistent.")
    afi(s, force, "Protecting vulnerable people",
        "The force should make sure it identifies repeat victims of domestic abuse at first contact, and that "
        "its response takes account of their history.",
        "Call handlers did not check previous incidents in 14 of the 50 domestic abuse calls we listened to.")
    afi(s, force, "Protecting vulnerable people",
        "The force should make sure it uses stalking protection orders wherever they would protect a victim.",
        None)
    s.p("<b>Promising practice</b>")
    practice = "Independent domestic violence advisers in the force control room"
    s.b(practice)
    s.p("Two advisers work alongside call handlers during the evening and at weekends. They give immediate advice "
        "to victims and help officers to plan safety measures before they arrive.")
    s.add("findings", practice, force=force, kind="promising_practice", area="Protecting vulnerable people",
          text=practice)
    s.h("Leadership and force management")
    s.p("<b>Staffordshire Police requires improvement at leadership and force management.</b>")
    s.p("The chief o\ufb03cer team has a clear vision, but the force does not yet understand the demand it faces "
        "well enough to plan its workforce and \ufb01nances.")
    afi(s, force, "Leadership and force management",
        "The force should make sure that it understands the demand it faces, so that it can match its resources "
        "to that demand.",
        "The force’s most recent demand analysis was completed in 2022 and does not cover public protection or "
        "digital investigation.")
    afi(s, force, "Leadership and force management",
        "The force should make sure that its change programme is managed effectively and that it evaluates the "
        "benefits of the changes it makes.",
        None)
    s.h("Responding to the public")
    s.p("<b>Sta\ufb00ordshire Police is good at responding to the public.</b>")
    s.p("The force answers emergency and non-emergency calls quickly, and attends incidents promptly. We found "
        "no areas for improvement in this part of our inspection.")
    return s, s.build()


def btp() -> tuple[Sheet, bytes]:
    """British Transport Police PEEL 2023–25 report: a grade table that breaks across pages with its header
    repeated, letter-spaced section labels typed with spaces, innovative practice, footnotes, ligatures."""
    force = "British Transport Police"
    name = "peel-2023-25-british-transport-police-r29.pdf"
    s = Sheet(name, "#003d6b", "PEEL 2023–25 – British Transport Police", "© HMICFRS 2026",
              page_label="Page {n} of {m}",
              quotes={3: "Passengers who report sexual harassment on the network don’t always receive a "
                         "consistent service."})
    title = "PEEL 2023–25: Police effectiveness, efficiency and legitimacy – An inspection of British Transport Police"
    s.title("PEEL 2023–25")
    s.p("Police e\ufb00ectiveness, e\ufb03ciency and legitimacy – An inspection of British Transport Police",
        st=s.h2)
    s.p(f"Published 12{NBSP}February{NBSP}2026", st=s.h3)
    s.add("documents", "", force=force, status="ok", doc_kind="peel_report", title=title,
          publication_date="2026-02-12", file_type="pdf")
    s.h("Contents")
    for line in ["About this inspection", "Our judgments", "HM Inspector’s observations",
                 "Responding to the public", "Investigating crime", "Protecting vulnerable people",
                 "Developing a positive workplace"]:
        s.p(line, st=s.body)
    s.h("About this inspection")
    s.p("British Transport Police polices the railways of England, Wales and Scotland, the London Underground "
        "and several light rail and tram networks. It is funded mainly by the train operating companies and "
        "Network Rail under police service agreements.", note="The force also polices the Midland Metro, the "
        "Tyne and Wear Metro and the Emirates Air Line.")
    s.p("Because its role di\ufb00ers from that of territorial forces, we assessed it against characteristics of "
        "good policing adapted for a national transport force. We grade it in the same eight areas.")
    s.p("We carried out our \ufb01eldwork in September and October 2025. We visited stations and control rooms in "
        "London, Birmingham, Manchester, Glasgow and Cardi\ufb00, and reviewed 90 crime records and 60 "
        "incident records. We also spoke with rail industry partners, including train operating companies and "
        "Network Rail, about how the force works with them.")
    s.h("Our judgments")
    s.p("Our inspection assessed how good British Transport Police is in eight areas of policing. We make graded "
        "judgments in these areas as set out below.")
    grades = [("Police powers and public treatment", "Good"), ("Preventing crime", "Good"),
              ("Responding to the public", "Requires improvement"), ("Investigating crime", "Adequate"),
              ("Protecting vulnerable people", "Adequate"), ("Managing offenders", "Requires improvement"),
              ("Developing a positive workplace", "Good"), ("Leadership and force management", "Adequate")]
    s.table([["Area of policing", "Grade"]] + [[a, g] for a, g in grades], [10 * cm, 5 * cm],
            colour_cols={1: lambda g: GRADE_COLOUR[g]})
    for area, grade in grades:
        grade_record(s, force, "PEEL 2023-25", area, area, grade, "2026-02")
    s.p("We don’t grade the service the force gives victims of crime. It is set out in our \ufb01ndings.")
    s.h("HM Inspector’s observations")
    s.p("In our last inspection, we found that the force required improvement in how it investigated crime. It "
        "has made progress since then. But it still needs to do more to answer calls from the public promptly, "
        "and to manage o\ufb00enders who pose a risk on the network.")
    s.h("Responding to the public")
    s.p("<b>British Transport Police requires improvement at responding to the public.</b>")
    s.p("A R E A S   F O R   I M P R O V E M E N T", st=s.h3)
    for text in ["The force should make sure it answers calls to its text message reporting service promptly.",
                 "The force should make sure that it attends incidents within the times it has agreed with the "
                 "rail industry.",
                 "The force should make sure that passengers who report sexual harassment on the network receive "
                 "a consistent service."]:
        s.li(text)
        s.add("areas_for_improvement", text, force=force, area="Responding to the public", text=text, detail=None)
    s.p("In the year to June 2025 the force received more than 60,000 text messages from passengers. Half were "
        "answered within five minutes, but one in ten waited more than half an hour for a reply.",
        note="Force data, year ending 30 June 2025.")
    s.h("Investigating crime")
    s.p("<b>British Transport Police is adequate at investigating crime.</b>")
    s.p("A R E A   F O R   I M P R O V E M E N T", st=s.h3)
    text = ("The force should make sure it retrieves CCTV footage from stations and trains before it is "
            "overwritten.")
    s.b(text)
    detail = ("In 11 of the 90 investigations we reviewed, footage that could have identified a suspect was lost "
              "because it was not requested in time.")
    s.p(detail)
    s.add("areas_for_improvement", text, force=force, area="Investigating crime", text=text, detail=detail)
    s.h("Protecting vulnerable people")
    s.p("<b>British Transport Police is adequate at protecting vulnerable people.</b>")
    s.p("I N N O V A T I V E   P R A C T I C E", st=s.h3)
    practice = "Suicide prevention patrols planned with mental health professionals"
    s.b(practice)
    s.p("The force’s suicide prevention team uses data on previous incidents to plan patrols at the locations of "
        "greatest risk, with mental health nurses who can give immediate support to a person in crisis.")
    s.add("findings", practice, force=force, kind="innovative_practice", area="Protecting vulnerable people",
          text=practice)
    s.h("Developing a positive workplace")
    s.p("<b>British Transport Police is good at developing a positive workplace.</b>")
    s.p("The force has a well-developed wellbeing o\ufb00er, and sta\ufb00 told us they felt valued. It has "
        "improved the representation of women in senior roles.")
    s.empty("causes_of_concern", "recommendations")
    return s, s.build()


def avon_somerset() -> tuple[Sheet, bytes]:
    """OPCC accountability board paper on PEEL: a this grade | last grade table with booktabs rules,
    AFIs as numbered headings with detail, tracked labels; justified, hyphenated, ligatures."""
    force = "Avon and Somerset Constabulary"
    name = "avon-somerset-opcc-peel-board-2026-02-24-r29.pdf"
    s = Sheet(name, "#7a2048", "Police and Crime Board | 24 February 2026 | OFFICIAL",
              "Office of the Police and Crime Commissioner for Avon and Somerset", page_label="{n} of {m}",
              quotes={2: "The Constabulary has closed four of its nine areas for improvement."})
    title = "PEEL 2023–25 improvement update"  # the kicker above it is the board, not the title
    s.tracked("Police and Crime Board")
    s.title(title)
    s.p(f"Meeting date: 24{NBSP}February{NBSP}2026 · Paper{NBSP}4 · Author: Head of Scrutiny", st=s.h3)
    s.add("documents", "", force=force, status="ok", title=title, meeting_date="2026-02-24", file_type="pdf")
    s.h("Summary")
    s.p("This paper updates the Board on the Constabulary’s response to HMICFRS’s PEEL 2023–25 inspection, "
        "published in July{0}2025. The previous PEEL inspection was published in March{0}2022.".format(NBSP),
        note="The 2021/22 inspection graded nine areas; ‘Good use of resources’ is no longer graded separately.")
    s.h("Grades")
    rows = [("Police powers and public treatment", "Adequate", "Good"),
            ("Preventing crime", "Good", "Good"),
            ("Responding to the public", "Requires improvement", "Adequate"),
            ("Investigating crime", "Adequate", "Requires improvement"),
            ("Protecting vulnerable people", "Adequate", "Adequate"),
            ("Managing offenders", "Good", "Adequate"),
            ("Developing a positive workplace", "Adequate", "Good"),
            ("Leadership and force management", "Good", "–")]
    scale = ["Inadequate", "Requires improvement", "Adequate", "Good", "Outstanding"]

    def direction(now: str, then: str) -> str:
        if then not in scale or then == now:
            return "–"
        return "↑" if scale.index(now) > scale.index(then) else "↓"

    s.table([["Area", "2025 grade", "2022 grade", "Direction"]] + [[a, now, then, direction(now, then)]
                                                                   for a, now, then in rows],
            [6.5 * cm, 3.5 * cm, 3.5 * cm, 1.8 * cm],
            colour_cols={1: lambda g: GRADE_COLOUR.get(g, "#555555"), 2: lambda g: GRADE_COLOUR.get(g, "#555555")})
    for area, now, then in rows:
        grade_record(s, force, "PEEL 2023-25", area, area, now, "2025-07")
        if then in GRADE_COLOUR:
            grade_record(s, force, "PEEL 2021/22", area, area, then, "2022-03", row=f"{area} {now} {then}")
    s.h("Areas for improvement")
    s.p("HMICFRS identi\ufb01ed nine areas for improvement. The four that the Board is asked to scrutinise today "
        "are set out below, each with the inspectorate’s wording and the Constabulary’s e\ufb00ort to date.")
    items = [
        ("Responding to the public", "AFI 1: The force should reduce the time it takes to answer non-emergency "
         "calls.", "The force should reduce the time it takes to answer non-emergency calls.",
         "The average wait for a 101 call was 7 minutes 55 seconds in December, against a target of 5 minutes. "
         "An online reporting service launched in January has taken 11 per cent of the demand."),
        ("Police powers and public treatment", "AFI 4: The force should improve how it records and monitors its "
         "use of force.", "The force should improve how it records and monitors its use of force.",
         "Recording compliance is 78 per cent. The Independent Scrutiny Panel reviews a sample of body-worn "
         "video footage each quarter."),
        ("Developing a positive workplace", "AFI 7: The force should make sure that its officers and staff have "
         "regular, meaningful wellbeing conversations with their supervisors.", "The force should make sure that "
         "its officers and staff have regular, meaningful wellbeing conversations with their supervisors.",
         "A new supervisor’s guide has been issued; 64 per cent of staff say they had a wellbeing conversation in "
         "the last six months."),
        ("Investigating crime", "AFI 8: The force should make sure it completes victim needs assessments in all "
         "cases.", "The force should make sure it completes victim needs assessments in all cases.",
         "Completion has risen from 58 to 83 per cent since the inspection. The Victim Services Board monitors "
         "the figure monthly."),
    ]
    for area, heading, text, detail in items:
        s.h(area, level=3)
        s.b(heading)
        s.p(f"<b>Progress:</b> {detail}")
        s.add("areas_for_improvement", text, force=force, area=area, text=text, detail=None)
    s.h("Remaining areas for improvement")
    s.p("The other ﬁve areas for improvement are listed below with the status the Constabulary reports. "
        "Those marked closed have been signed off by the Organisational Improvement Board.")
    remaining = [("AFI 2", "Responding to the public", "The force should make sure that it attends incidents "
                  "within the times it sets for each priority.", "Open"),
                 ("AFI 3", "Preventing crime", "The force should evaluate its problem-solving work so that it "
                  "knows what works.", "Closed"),
                 ("AFI 5", "Protecting vulnerable people", "The force should make sure that it completes "
                  "safeguarding referrals for every child present at a domestic abuse incident.", "Closed"),
                 ("AFI 6", "Managing offenders", "The force should make sure that it manages the risk posed by "
                  "registered sex offenders in line with national guidance.", "Closed"),
                 ("AFI 9", "Leadership and force management", "The force should make sure that it understands "
                  "the skills of its workforce, so that it can plan for future demand.", "Closed")]
    s.table([["Ref", "Area", "Area for improvement", "Status"]] + [list(r) for r in remaining],
            [1.6 * cm, 4 * cm, 7.2 * cm, 2 * cm])
    for _, area, text, _ in remaining:
        s.add("areas_for_improvement", text, force=force, area=area, text=text, detail=None)
    s.h("Decision required")
    s.p("The Board is asked to note the progress made and to agree that the PCC’s office reviews the remaining "
        "\ufb01ve areas for improvement at its meeting in May{0}2026.".format(NBSP))
    s.empty("causes_of_concern", "recommendations", "findings")
    return s, s.build()


BUILDERS: dict[str, Callable[[], tuple[Sheet, bytes]]] = {
    "peel-2023-25-gwent-typeset-r29.pdf": gwent,
    "ncpi-suffolk-two-column-r29.pdf": suffolk,
    "norfolk-pcp-peel-progress-2026-03-10-r29.pdf": norfolk,
    "peel-2023-25-staffordshire-columns-r29.pdf": staffordshire,
    "peel-2023-25-british-transport-police-r29.pdf": btp,
    "avon-somerset-opcc-peel-board-2026-02-24-r29.pdf": avon_somerset,
}


def main(names: list[str]) -> None:
    chosen = {name: make for name, make in BUILDERS.items() if not names or name in names}
    made: dict[str, bytes] = {}

    def writer(make: Callable[[], tuple[Sheet, bytes]]) -> Callable[[], bytes]:
        def run() -> bytes:
            sheet, data = make()
            gold_file = HERE / "gold" / f"{sheet.name}.json"
            gold_file.write_text(json.dumps(gold(sheet, data), indent=1, ensure_ascii=False) + "\n")
            return data
        return run

    (HERE / "gold").mkdir(exist_ok=True)
    write_documents(HERE, {name: writer(make) for name, make in chosen.items()})


if __name__ == "__main__":
    main(sys.argv[1:])
