"""Round 33 (blind, issue 4): packs as committee systems and OPCC websites publish them.

Six packs: modern.gov-style "public reports packs" (front sheet, papers stapled in, each with its own
"Agenda Item N" corner, the pack's "Page N" stamp and the paper's own "n of m"), OPCC packs of
papers in Word sections (cover reports, an assurance summary, a decision notice), and a web page of
meeting notes printed to PDF from a browser. Names, figures and wording are invented.

Each pack is written once as a list of blocks; the same builder calls write the gold records, so
the gold says what the page says. PDF pages are found afterwards from the PDF's own text.

    .venv/bin/python samples/corpus/scrutiny-round33/generate.py [FILE ...]

Needs LibreOffice (`soffice`), `taskset` and `setarch` for the two Word-made PDFs.
"""

from __future__ import annotations

import io
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "scrutiny-round3")]
from office_pdf import docx_to_pdf  # noqa: E402
from render import _stable_zip  # noqa: E402  (fixed zip member times)

CHECKED = ("Written blind for round 33; every record hand-checked against the rendered document and "
           "`scrutiny inspect` by the round's writer.")


@dataclass
class Pack:
    name: str
    organisation: str
    force: str
    title: str
    meeting_date: str
    publication_date: str | None = None  # where the pack prints one ("Published: ...")
    blocks: list = field(default_factory=list)
    records: dict = field(default_factory=lambda: {t: [] for t in ("meetings", "agenda_items", "assurance_decisions", "actions")})
    # record -> (paper header the search starts from, text to find)
    anchors: list = field(default_factory=list)
    paper: str = ""

    # ---- blocks ----
    def start_paper(self, corner: str, header: str) -> None:
        """A new paper: new page, its own running header, its own corner label."""
        self.paper = header
        self.blocks.append(("paper", corner, header))

    def add(self, *block) -> None:
        self.blocks.append(block)

    # ---- gold ----
    def record(self, kind: str, record: dict, find: str | None, paper: str | None = None) -> None:
        """``paper``: the running header of the paper the record is printed in first (default: the
        paper being written)."""
        record = {"page": None, **record}
        self.records[kind].append(record)
        if find is not None:
            self.anchors.append((record, self.paper if paper is None else paper, find))

    def meeting(self, date: str, topic: str | None, title: str, find: str | None) -> None:
        self.record("meetings", {"meeting_date": date, "topic": topic, "organisation": self.organisation,
                                 "title": title}, find)

    def agenda(self, number: str, title: str, presenter: str | None) -> None:
        self.record("agenda_items", {"meeting_date": self.meeting_date, "number": number, "title": title,
                                     "presenter": presenter}, title)

    def decision(self, date: str, topic: str | None, number: str, question: str, evidence: str,
                 assurance: str | None, commentary: str | None) -> None:
        self.record("assurance_decisions", {"meeting_date": date, "topic": topic, "question_number": number,
                                            "question": question, "evidence_summary": evidence,
                                            "assurance": assurance, "commentary": commentary}, question)

    def action(self, date: str | None, topic: str | None, number: str, text: str, update: str | None,
               status: str, status_source: str, source: str, paper: str | None = None) -> None:
        self.record("actions", {"meeting_date": date, "topic": topic, "number": number, "text": text,
                                "update": update, "status": status, "status_source": status_source,
                                "source": source}, text, paper)

    def document(self, file_type: str, pages: int | None) -> dict:
        record = {"page": None, "file_type": file_type, "doc_kind": "scrutiny_pack", "title": self.title,
                  "force": self.force, "organisation": self.organisation, "meeting_date": self.meeting_date,
                  "publication_date": self.publication_date, "status": "ok"}
        if pages is not None:
            record["pages"] = pages
        return record


# ------------------------------------------------------------------ reportlab

BASE = ParagraphStyle("base", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5)
SMALL = ParagraphStyle("small", parent=BASE, fontSize=9, leading=11, spaceAfter=0)
H1 = ParagraphStyle("h1", parent=BASE, fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=BASE, fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=6)
CORNER = ParagraphStyle("corner", parent=BASE, fontName="Helvetica-Bold", fontSize=11, alignment=TA_RIGHT)


class _PaperMark(Flowable):
    """Zero-size marker: the page it lands on starts a paper."""

    def __init__(self, header: str):
        super().__init__()
        self.header = header

    def wrap(self, *_):
        return 0, 0

    def draw(self):
        self.canv._paper_header = self.header


def _esc(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)


def _rl_flowables(blocks: list) -> list:
    out: list = []
    for block in blocks:
        kind = block[0]
        if kind == "paper":
            if out:
                out.append(PageBreak())
            out.append(_PaperMark(block[2]))
            if block[1]:
                out.append(Paragraph(_esc(block[1]), CORNER))
        elif kind == "title":
            out.append(Paragraph(_esc(block[1]), H1))
        elif kind == "h":
            out.append(Paragraph(_esc(block[1]), H2))
        elif kind == "p":
            out.append(Paragraph(_esc(block[1]), BASE))
        elif kind == "bullets":
            for item in block[1]:
                out.append(Paragraph(_esc(item), BASE, bulletText="\u2022"))
        elif kind == "break":
            out.append(PageBreak())
        elif kind == "table":
            rows, widths = block[1], block[2]
            total = 170 * mm
            cells = [[Paragraph(_esc(c), SMALL) if not isinstance(c, list)
                      else [Paragraph(_esc(x), SMALL) for x in c] for c in row] for row in rows]
            table = Table(cells, colWidths=[w * total for w in widths], repeatRows=1)
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out.append(table)
            out.append(Spacer(1, 6))
    return out


def render_reportlab(pack: Pack, style: str) -> bytes:
    """style "moderngov": pack "Page N" stamp bottom centre, paper header top left and "n of m"
    bottom right. style "browser": a browser's print header (date, page title) and footer (URL, n/m)."""

    def build(paper_pages: dict[str, int]) -> tuple[bytes, dict[str, int]]:
        counts: dict[str, int] = {}
        state = {"header": ""}

        def decorate(canvas, doc):
            header = getattr(canvas, "_paper_header", state["header"])
            state["header"] = header
            counts[header] = counts.get(header, 0) + 1
            canvas.saveState()
            canvas.setFont("Helvetica", 8)
            width, height = A4
            if style == "moderngov" and doc.page == 1:
                pass  # the front sheet carries no stamp
            elif style == "moderngov":
                canvas.drawString(20 * mm, height - 12 * mm, header)
                canvas.drawRightString(width - 20 * mm, 12 * mm,
                                       f"{counts[header]} of {paper_pages.get(header, 1)}")
                if doc.page > 1:  # modern.gov stamps the pack's page number on every page after the front sheet
                    canvas.setFont("Helvetica", 10)
                    canvas.drawCentredString(width / 2, 8 * mm, f"Page {doc.page - 1}")
            else:
                title, url, printed = header.split("\t")
                canvas.drawString(10 * mm, height - 8 * mm, printed)
                canvas.drawCentredString(width / 2, height - 8 * mm, title)
                canvas.drawString(10 * mm, 7 * mm, url)
                canvas.drawRightString(width - 10 * mm, 7 * mm, f"{doc.page}/{paper_pages.get(header, 1)}")
            canvas.restoreState()

        out = io.BytesIO()
        doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                              bottomMargin=20 * mm, invariant=1, title=pack.title, author="")
        # decorated at the page's end, once its paper marker has been drawn
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate("page", [frame], onPageEnd=decorate)])
        doc.build(_rl_flowables(pack.blocks))
        return out.getvalue(), counts

    _, counts = build({})
    data, _ = build(counts)
    return data


# ------------------------------------------------------------------ Word


def _field(paragraph, instruction: str) -> None:
    run = paragraph.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "separate")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instruction} "
        run._r.append(el)
    paragraph.add_run("1")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)


def _runs(paragraph, text: str, size: float | None = None) -> None:
    for i, part in enumerate(re.split(r"\*\*(.+?)\*\*", text)):
        if part:
            run = paragraph.add_run(part)
            run.bold = bool(i % 2) or None
            if size:
                run.font.size = Pt(size)


def _shade(cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def render_word(pack: Pack, accent: str) -> bytes:
    """One section per paper: its own header line, its own "Page X" restarting at 1."""
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    for section in document.sections:
        section.left_margin = section.right_margin = Cm(2.2)
    first = True
    for block in pack.blocks:
        kind = block[0]
        if kind == "paper":
            section = document.sections[-1] if first else document.add_section(WD_SECTION.NEW_PAGE)
            first = False
            section.header.is_linked_to_previous = False
            section.footer.is_linked_to_previous = False
            head = section.header.paragraphs[0]
            head.text = ""
            _runs(head, block[2], 8)
            foot = section.footer.paragraphs[0]
            foot.text = ""
            foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            foot.add_run("Page ")
            _field(foot, "PAGE")  # LibreOffice leaves SECTIONPAGES stale, so the paper's page alone
            pg = OxmlElement("w:pgNumType")
            pg.set(qn("w:start"), "1")
            section._sectPr.append(pg)
            if block[1]:
                corner = document.add_paragraph()
                corner.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                _runs(corner, f"**{block[1]}**", 11)
        elif kind == "title":
            p = document.add_paragraph()
            run = p.add_run(block[1])
            run.bold = True
            run.font.size = Pt(16)
            run.font.color.rgb = RGBColor.from_string(accent)
        elif kind == "h":
            p = document.add_paragraph()
            run = p.add_run(block[1])
            run.bold = True
            run.font.size = Pt(12)
            run.font.color.rgb = RGBColor.from_string(accent)
        elif kind == "p":
            _runs(document.add_paragraph(), block[1])
        elif kind == "bullets":
            for item in block[1]:
                _runs(document.add_paragraph(style="List Bullet"), item)
        elif kind == "break":
            document.add_page_break()
        elif kind == "table":
            rows, widths = block[1], block[2]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    cell = table.cell(r, c)
                    cell.width = Cm(16.5 * widths[c])
                    parts = value if isinstance(value, list) else [value]
                    cell.paragraphs[0].text = ""
                    for i, part in enumerate(parts):
                        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                        _runs(p, part if r else f"**{part}**", 9.5)
                    if r == 0:
                        _shade(cell, "D9E2F3")
            header = table.rows[0]._tr.get_or_add_trPr()
            repeat = OxmlElement("w:tblHeader")
            header.append(repeat)
            document.add_paragraph()
    out = io.BytesIO()
    document.save(out)
    return _stable_zip(out.getvalue())


# ------------------------------------------------------------------ pages


def _squash(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"[^a-z0-9]", "", text.lower())


def set_pages(pack: Pack, data: bytes) -> int:
    pages = [_squash(page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages]
    for record, paper, find in pack.anchors:
        start = next((i for i, text in enumerate(pages) if paper and _squash(paper) in text), 0)
        key = _squash(find)[:60]
        hits = [i for i in range(start, len(pages)) if key in pages[i]]
        if not hits:
            raise SystemExit(f"{pack.name}: not found on any page from {start + 1}: {find!r}")
        record["page"] = hits[0] + 1
    return len(pages)


def write(pack: Pack, data: bytes) -> None:
    pages = None
    if pack.name.endswith(".pdf"):
        pages = set_pages(pack, data)
    (HERE / pack.name).write_bytes(data)
    records = {"documents": [pack.document(pack.name.rsplit(".", 1)[1], pages)], **pack.records, "grades": []}
    gold = {"source_file": pack.name, "expect": "ok", "checked": CHECKED, "records": records}
    (HERE / "gold").mkdir(exist_ok=True)
    (HERE / "gold" / f"{pack.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    print(pack.name, len(data), "bytes", pages, "pages",
          {k: [r["page"] for r in v] for k, v in pack.records.items()})


# ------------------------------------------------------------------ the packs

STANDING_MINUTE = "RESOLVED that the minutes be approved as a correct record and signed by the Chair."


def kent() -> tuple[Pack, bytes]:
    """modern.gov public reports pack: front sheet without a page stamp, then every paper with
    "Agenda Item N", the pack's "Page N" and its own "n of m"."""
    pack = Pack("kent-pcc-pdb-2027-05-11.pdf", "Police and Crime Commissioner for Kent", "Kent Police",
                "Performance and Delivery Board", "2027-05-11", "2027-04-30")
    prev = "2027-03-09"
    pack.start_paper("", "Public Document Pack")
    pack.add("p", "Public Document Pack")
    pack.add("p", "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR KENT")
    pack.add("title", "Performance and Delivery Board")
    pack.meeting(pack.meeting_date, None, "Performance and Delivery Board", "Performance and Delivery Board")
    pack.add("p", "**Date:** Tuesday, 11 May 2027 **Time:** 10.00 am")
    pack.add("p", "**Venue:** Medway Room, Police Headquarters, Sutton Road, Maidstone")
    pack.add("p", "**Chair:** Police and Crime Commissioner")
    pack.add("p", "**Membership:** Police and Crime Commissioner; Chief Executive (OPCC); Chief Finance "
                  "Officer (OPCC); Chief Constable; Deputy Chief Constable; Director of Finance")
    pack.add("p", "Enquiries to: Democratic Services Officer, 01622 000 418, governance@example-opcc.gov.uk")
    pack.add("p", "Webcast: this meeting is streamed live and may be recorded.")
    pack.add("h", "AGENDA")
    pack.add("p", "**UNRESTRICTED ITEMS** (During these items the meeting is likely to be open to the public)")
    agenda = [("1", "Apologies for absence", ""), ("2", "Declarations of interest", ""),
              ("3", "Minutes of the meeting held on 9 March 2027", " (Pages 1 - 2)"),
              ("4", "Action log", " (Page 3)"),
              ("5", "Neighbourhood policing and visibility", " (Pages 4 - 5)"),
              ("6", "Tackling retail crime", " (Pages 6 - 7)"),
              ("7", "Decisions taken by the Commissioner since the last meeting", " (Pages 8 - 9)"),
              ("8", "Any other business", ""), ("9", "Date of next meeting", "")]
    for number, title, pages in agenda:
        pack.add("p", f"{number}. **{title}**{pages}")
        pack.agenda(number, title, None)
        if number == "3":
            pack.add("p", "To approve the minutes as a correct record.")
        if number == "9":
            pack.add("p", "Tuesday, 13 July 2027 at 10.00 am.")
    pack.add("p", "Published: Friday, 30 April 2027")

    minutes = "Performance and Delivery Board - Minutes - 9 March 2027"
    pack.start_paper("Agenda Item 3", minutes)
    pack.add("p", "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR KENT")
    heading = "MINUTES of a meeting of the Performance and Delivery Board held on Tuesday, 9 March 2027"
    pack.add("title", heading)
    topic = "Road safety and the fatal four"
    pack.meeting(prev, topic, heading, heading)
    pack.add("p", "**PRESENT:** Police and Crime Commissioner (Chair); Chief Executive, OPCC; Chief Constable; "
                  "Assistant Chief Constable, Local Policing; Head of Roads Policing")
    pack.add("p", "**IN ATTENDANCE:** Head of Governance, OPCC; Democratic Services Officer")
    pack.add("h", "14/27 Apologies for absence")
    pack.add("p", "Apologies were received from the Chief Finance Officer and the Deputy Chief Constable.")
    pack.add("h", "15/27 Minutes of the meeting held on 12 January 2027")
    pack.add("p", STANDING_MINUTE)
    pack.add("h", "16/27 Action log")
    pack.add("p", "The Board noted the action log. Actions PDB 26/41 and PDB 27/01 were agreed as closed.")
    pack.add("h", f"17/27 {topic}")
    pack.add("p", "(1) The Head of Roads Policing presented the report, which set out casualty figures for "
                  "2026 and the work of the roads policing unit against speeding, drink and drug driving, "
                  "mobile phone use and seat belt offences.")
    qs = [("1", "How has the number of people killed or seriously injured on the county's roads changed "
                "over the last three years?",
           "Killed or seriously injured casualties fell from 812 in 2024 to 744 in 2026. Motorcyclists remain "
           "over-represented at 21 per cent of the total. The force shares collision data with the "
           "county's road safety partnership each month.", "Assured",
           "The Commissioner welcomed the fall but asked for motorcyclist casualties to be tracked separately."),
          ("2", "What enforcement has been carried out against drink and drug driving, and with what result?",
           "1,406 roadside drug tests were carried out in 2026, with a positive rate of 38 per cent. The "
           "backlog of blood samples awaiting analysis stands at 640, and some cases are close to the "
           "time limit for charge.", "Partly assured",
           "The Commissioner was concerned about the forensic backlog and asked for a recovery plan."),
          ("3", "How are community speed watch groups supported by the force?",
           "Sixty-two groups are active. Letters are sent to registered keepers within 14 days, but repeat "
           "offenders are not yet visited by officers in every district.", "Not assured",
           "Support for the groups is uneven across districts.")]
    for number, question, evidence, level, comment in qs:
        pack.add("p", f"**Question {number}:** {question}")
        pack.add("p", f"**Response:** {evidence}")
        pack.add("p", f"**Assurance level:** {level}")
        pack.add("p", f"**Comment:** {comment}")
        pack.decision(prev, topic, number, question, evidence, level, comment)
    pack.add("p", "**ACTION PDB 27/06:** Provide a recovery plan for the toxicology backlog, with monthly "
                  "figures. (Head of Roads Policing)")
    pack.add("p", "**ACTION PDB 27/07:** Set out how repeat speeding offenders reported by community speed "
                  "watch are visited in each district. (ACC Local Policing)")
    pack.add("h", "18/27 Any other business")
    pack.add("p", "There was none.")
    pack.add("h", "19/27 Date of next meeting")
    pack.add("p", "Tuesday, 11 May 2027 at 10.00 am.")
    pack.add("p", "The meeting closed at 11.52 am.")

    pack.start_paper("Agenda Item 4", "Performance and Delivery Board - Action log - May 2027")
    pack.add("title", "Performance and Delivery Board: Action log")
    pack.add("p", "Open actions and actions closed since the last meeting.")
    rows = [["Ref", "Meeting", "Minute", "Action", "Owner", "Update", "Status"]]
    log = [("PDB 26/41", "2026-11-10", "10 November 2026", "52/26", None,
            "Report the outcome of the control room recruitment campaign.",
            "Head of Contact", "Thirty-one call handlers appointed; all in post by February.", "Closed"),
           ("PDB 27/01", "2027-01-12", "12 January 2027", "4/27", None,
            "Share the refreshed retail crime plan with the OPCC.", "ACC Local Policing",
            "Plan shared on 2 February 2027.", "Closed"),
           ("PDB 27/03", "2027-01-12", "12 January 2027", "6/27", None,
            "Provide figures on the use of body-worn video at stop and search encounters.",
            "Ch Supt, Professional Standards",
            "Figures for quarter 4 are being validated and will follow in May.", "Open"),
           ("PDB 27/06", prev, "9 March 2027", "17/27", topic,
            "Provide a recovery plan for the toxicology backlog, with monthly figures.",
            "Head of Roads Policing",
            "Additional laboratory capacity bought from April. Plan attached to the item 5 papers.", "Open"),
           ("PDB 27/07", prev, "9 March 2027", "17/27", topic,
            "Set out how repeat speeding offenders reported by community speed watch are visited in each "
            "district.", "ACC Local Policing",
            "Process agreed with all district commanders on 20 April 2027.", "Closed")]
    for ref, date, printed, minute, action_topic, text, owner, update, status in log:
        rows.append([ref, printed, minute, text, owner, update, status])
        pack.action(date, action_topic, ref, text, update, "complete" if status == "Closed" else "outstanding",
                    "status_column", "action_tracker", minutes if date == prev else None)
    pack.add("table", rows, [0.1, 0.12, 0.09, 0.25, 0.14, 0.2, 0.1])

    pack.start_paper("Agenda Item 5", "Neighbourhood policing and visibility - Report of the Chief Constable")
    pack.add("title", "Neighbourhood policing and visibility")
    pack.add("p", "**Report of:** Chief Constable")
    pack.add("p", "**Author:** Superintendent, Neighbourhood and Partnerships")
    pack.add("p", "**Classification:** OFFICIAL")
    pack.add("h", "1. Purpose")
    pack.add("p", "1.1 This report updates the Board on neighbourhood officer numbers, abstraction from "
                  "neighbourhood duties and the visibility commitments in the Police and Crime Plan.")
    pack.add("h", "2. Recommendation")
    pack.add("p", "2.1 The Board is asked to note the report and to consider whether it provides assurance on "
                  "the delivery of visible neighbourhood policing.")
    pack.add("h", "3. Background")
    pack.add("p", "3.1 The force has 412 neighbourhood officers and 228 police community support officers "
                  "against an establishment of 430 and 240. Abstraction to response duties averaged 11 per cent "
                  "in the last quarter, against a ceiling of 10 per cent.")
    pack.add("p", "3.2 Every ward has a named officer, and ward contact details were refreshed on the force "
                  "website in March. Public confidence in the local police, measured by the force's survey, "
                  "stands at 71 per cent.")
    pack.add("break")
    pack.add("h", "4. Areas of focus")
    pack.add("bullets", ["Reduce abstraction below the 10 per cent ceiling by September.",
                         "Publish ward priorities quarterly.",
                         "Extend foot patrol in the twelve town centres with the highest footfall."])
    pack.add("h", "5. Financial implications")
    pack.add("p", "5.1 There are no new financial implications arising from this report.")
    pack.add("p", "Contact officer: Superintendent, Neighbourhood and Partnerships")

    pack.start_paper("Agenda Item 6", "Tackling retail crime - Report of the Chief Constable")
    pack.add("title", "Tackling retail crime")
    pack.add("p", "**Report of:** Chief Constable")
    pack.add("h", "1. Purpose")
    pack.add("p", "1.1 To update the Board on shop theft, violence against shop workers and the retail crime plan.")
    pack.add("h", "2. Recommendation")
    pack.add("p", "2.1 That the Board notes the report.")
    pack.add("h", "3. Summary")
    pack.add("p", "3.1 Recorded shop theft rose by 9 per cent in the year to March 2027. The charge rate rose from "
                  "14 to 19 per cent after the force began attending all incidents where an offender is detained.")
    pack.add("break")
    pack.add("p", "3.2 Twenty-four retailers share footage through the online evidence portal. A second prolific "
                  "offender scheme starts in June.")

    pack.start_paper("Agenda Item 7", "Decisions taken by the Commissioner since the last meeting")
    pack.add("title", "Decision notice 2027/014")
    pack.add("p", "**Title:** Award of the victim support services contract")
    pack.add("p", "**Executive summary:** The current contract ends on 30 September 2027. Following an open "
                  "tender, the evaluation panel recommends the award to the highest-scoring bidder.")
    pack.add("p", "**Decision:** I approve the award of the contract for three years from 1 October 2027, with "
                  "an option to extend by two years, at a total value of 2,940,000 pounds.")
    pack.add("p", "**Police and Crime Commissioner signature:** signed on the original")
    pack.add("p", "**Date:** 14 April 2027")
    pack.add("break")
    pack.add("title", "Decision notice 2027/015")
    pack.add("p", "**Title:** Contribution to the county's community safety fund")
    pack.add("p", "**Decision:** I approve a contribution of 150,000 pounds to the community safety fund for "
                  "2027/28.")
    pack.add("p", "**Date:** 22 April 2027")
    return pack, render_reportlab(pack, "moderngov")



def humberside() -> tuple[Pack, bytes]:
    """modern.gov public reports pack with an agenda table, minutes whose questions sit in a table under
    each numbered minute, unnumbered minuted actions given references in the log, a decision record."""
    pack = Pack("humberside-pcc-ab-2027-06-14.pdf", "Police and Crime Commissioner for Humberside",
                "Humberside Police", "Accountability Board", "2027-06-14")
    prev = "2027-04-19"
    pack.start_paper("", "Public Document Pack")
    pack.add("p", "Public Document Pack")
    pack.add("title", "Accountability Board")
    pack.add("p", "Police and Crime Commissioner for Humberside")
    pack.meeting(pack.meeting_date, "Serious violence", "Accountability Board", "Accountability Board")
    pack.add("p", "**Monday, 14 June 2027, 2.00 pm** - Committee Room 2, Police Headquarters, Hull")
    pack.add("p", "**Theme:** Serious violence")
    pack.add("p", "**Contact:** Governance Officer, OPCC for Humberside")
    pack.add("h", "Agenda")
    rows = [["Item", "Title", "Pages"]]
    agenda = [("1", "Apologies", ""), ("2", "Declarations of interest", ""),
              ("3", "Minutes of the previous meeting", "1"), ("4", "Action log", "2"),
              ("5", "Serious violence duty: partnership delivery", "3 - 4"),
              ("6", "Knife crime and weapons sweeps", "5"), ("7", "Decision records", "6"),
              ("8", "Date and time of next meeting", "")]
    for number, title, pages in agenda:
        rows.append([number, title, pages])
        pack.agenda(number, title, None)
    pack.add("table", rows, [0.1, 0.75, 0.15])
    pack.add("p", "Papers for items 5 and 6 are reports of the Chief Constable.")

    minutes = "Accountability Board - 19 April 2027 - Minutes"
    pack.start_paper("Agenda Item 3", minutes)
    heading = "Minutes of the Accountability Board (Theme: Protecting vulnerable people) held on 19 April 2027"
    pack.add("title", heading)
    pack.meeting(prev, "Protecting vulnerable people", heading, heading)
    pack.add("p", "**Present:** Police and Crime Commissioner (Chair); Chief Executive; Chief Constable; Deputy "
                  "Chief Constable; Detective Chief Superintendent, Public Protection")
    pack.add("h", "21/27 Apologies")
    pack.add("p", "None.")
    pack.add("h", "22/27 Minutes and action log")
    pack.add("p", "The minutes of 15 February 2027 were agreed. The action log was reviewed.")
    items = [("23/27", "Missing children", [
        ("1", "How many children were reported missing in the last year, and how many were repeat episodes?",
         "2,317 episodes involving 904 children; 61 per cent were repeat episodes. Children in care "
         "accounted for 44 per cent of episodes.", "Assured", "Figures were clear and well explained."),
        ("2", "Are return home interviews completed within 72 hours?",
         "The local authorities complete the interviews. Completion within 72 hours ranged from 48 to 83 "
         "per cent across the four authorities.", "Partly assured",
         "Information sharing from interviews back to the force is inconsistent.")],
        "Provide the number of return home interviews shared with the force, by local authority.",
        "AB 27/08", "Figures received from three of the four authorities.", "In progress"),
        ("24/27", "Domestic abuse", [
        ("1", "What proportion of domestic abuse arrests lead to a charge?",
         "The charge rate was 17 per cent, against a regional average of 15 per cent. The force now "
         "applies for a domestic violence protection notice in every eligible case.", "Assured", None),
        ("2", "How quickly are high-risk victims referred to an independent adviser?",
         "Referral within 24 hours reached 68 per cent in March, down from 79 per cent in December because "
         "of staff vacancies in the hub.", "Not assured",
         "The Commissioner asked for a recovery trajectory.")],
        "Set out a recovery trajectory for referrals of high-risk victims within 24 hours.",
        "AB 27/09", "Trajectory presented at the May performance meeting; 74 per cent in May.", "Complete")]
    for minute, topic, questions, action, ref, update, status in items:
        pack.add("h", f"{minute} {topic}")
        pack.add("p", "The Board considered a report of the Chief Constable.")
        rows = [["No.", "Question", "Response", "Assurance"]]
        for number, question, evidence, level, comment in questions:
            rows.append([number, question, evidence, [f"**{level}**"] + ([comment] if comment else [])])
            pack.decision(prev, topic, number, question, evidence, level, comment)
        pack.add("table", rows, [0.06, 0.3, 0.42, 0.22])
        pack.add("p", f"**Action:** {action}")
        pack.action(prev, topic, ref, action, update, "complete" if status == "Complete" else "outstanding",
                    "status_column", "action_tracker")
    pack.add("h", "25/27 Date of next meeting")
    pack.add("p", "14 June 2027.")

    pack.start_paper("Agenda Item 4", "Accountability Board - Action log")
    pack.add("title", "Action log")
    rows = [["Action ref", "Date raised", "Topic", "Action", "Update", "Status"]]
    log = [("AB 26/37", "2026-12-14", "14/12/2026", "Drug-related harm",
            "Report the number of naloxone kits carried by response officers.",
            "Kits issued to 540 officers.", "Complete"),
           ("AB 27/03", "2027-02-15", "15/02/2027", "Hate crime",
            "Provide victim satisfaction results for hate crime separately.",
            "Survey question added from April; first results due in July.", "Overdue"),
           ("AB 27/08", prev, "19/04/2027", "Missing children", items[0][3], items[0][5], items[0][6]),
           ("AB 27/09", prev, "19/04/2027", "Domestic abuse", items[1][3], items[1][5], items[1][6])]
    for ref, date, printed, topic, text, update, status in log:
        rows.append([ref, printed, topic, text, update, status])
        if date != prev:  # the minuted ones were recorded with the minutes
            pack.action(date, topic, ref, text, update, "complete" if status == "Complete" else "outstanding",
                        "status_column", "action_tracker")
    pack.add("table", rows, [0.1, 0.12, 0.14, 0.28, 0.23, 0.13])

    pack.start_paper("Agenda Item 5", "Serious violence duty - Report of the Chief Constable")
    pack.add("title", "Serious violence duty: partnership delivery")
    pack.add("p", "**Report of the Chief Constable**")
    pack.add("h", "Purpose")
    pack.add("p", "To inform the Board of progress in delivering the serious violence duty with partners.")
    pack.add("h", "Recommendation(s)")
    pack.add("p", "That the Board notes the progress made and the risks set out in section 4.")
    pack.add("h", "Background")
    pack.add("p", "The strategic needs assessment was refreshed in January 2027. Hospital admissions for assault "
                  "with a sharp object fell by 12 per cent, and the partnership funds eleven youth workers in "
                  "emergency departments.")
    pack.add("break")
    pack.add("h", "4. Risks")
    pack.add("p", "Funding for the violence reduction partnership is confirmed only to March 2028.")

    pack.start_paper("Agenda Item 6", "Knife crime - Report of the Chief Constable")
    pack.add("title", "Knife crime and weapons sweeps")
    pack.add("h", "Purpose")
    pack.add("p", "To set out the results of weapons sweeps and knife arches deployed in the last six months.")
    pack.add("p", "Forty-eight sweeps recovered 63 bladed articles. Knife arches were used at 19 events.")

    pack.start_paper("Agenda Item 7", "Decision records")
    pack.add("title", "Decision Record 12/2027")
    pack.add("p", "**Subject:** Funding for the youth diversion scheme")
    pack.add("p", "**Decision:** The Police and Crime Commissioner approved funding of 88,000 pounds for 2027/28.")
    pack.add("p", "**Reason:** The scheme reduced reoffending among participants in its first year.")
    pack.add("p", "Signed: Police and Crime Commissioner. Date: 3 May 2027")
    return pack, render_reportlab(pack, "moderngov")


def west_mercia() -> tuple[Pack, bytes]:
    """A web page of meeting notes printed to PDF from a browser: print header and URL footer, site
    navigation, breadcrumbs, a cookie notice at the end."""
    pack = Pack("west-mercia-pcc-htam-2027-04-12.pdf", "Police and Crime Commissioner for West Mercia",
                "West Mercia Police", "Holding to account meeting notes - 12 April 2027", "2027-04-12", "2027-04-28")
    page_title = "Holding to account meeting notes - 12 April 2027 | West Mercia PCC"
    url = "https://www.westmercia-pcc.example.gov.uk/holding-to-account/meeting-notes/12-april-2027/"
    pack.start_paper("", f"{page_title}\t{url}\t04/05/2027, 09:41")
    pack.add("p", "Skip to main content")
    pack.add("p", "West Mercia Police and Crime Commissioner")
    pack.add("p", "Home  About  Your PCC  Holding to account  Funding  News  Contact  Search")
    pack.add("p", "Home > Holding to account > Meeting notes > 12 April 2027")
    pack.add("title", "Holding to account meeting notes - 12 April 2027")
    topic = "Rural and business crime"
    pack.meeting(pack.meeting_date, topic, "Holding to account meeting notes - 12 April 2027",
                 "Holding to account meeting notes - 12 April 2027")
    pack.add("p", "Published: 28 April 2027")
    pack.add("p", f"**Theme:** {topic}")
    pack.add("p", "**Attendees:** Police and Crime Commissioner; Deputy PCC; Chief Constable; ACC Local "
                  "Policing; Superintendent, Rural and Business Crime; Head of Strategy, OPCC")
    pack.add("h", "Performance overview")
    pack.add("p", "The force provided the following figures for the twelve months to March 2027.")
    pack.add("table", [["Measure", "2025/26", "2026/27", "Change"],
                       ["Agricultural machinery thefts", "311", "262", "-16%"],
                       ["Livestock offences", "148", "139", "-6%"],
                       ["Heritage crime", "57", "71", "+25%"],
                       ["Business crime reports (rural shops)", "1,204", "1,377", "+14%"]],
              [0.55, 0.15, 0.15, 0.15])
    pack.add("h", "Questions and responses")
    pack.add("p", "The Commissioner holds a holding to account meeting with the Chief Constable every month. "
                  "Questions are agreed in advance and the force provides a written response. The Commissioner "
                  "then records how assured he is by the answer.")
    qs = [("1", "How does the force record and respond to agricultural machinery theft?",
           "Thefts of quads, tractors and GPS units fell from 311 to 262. Each report is reviewed by the "
           "rural crime team within one working day, and marked equipment is checked at ports with a "
           "national partner.", "Assured", "The Commissioner welcomed the fall in thefts."),
          ("2", "What is being done to tackle fly-tipping with local councils?",
           "Joint patrols run in three districts. The force does not hold figures for fly-tipping reported "
           "directly to councils, so the full picture is not known.", "Partially assured",
           "Data sharing with councils needs to improve."),
          ("3", "How are wildlife crime officers trained and supported?",
           "There are 26 trained wildlife crime officers. Nine have not had refresher training in the last "
           "two years, and the role is done on top of other duties.", "Not assured",
           "Training and time for the role should be protected."),
          ("4", "How are business crime reports from small rural shops followed up?",
           "A business crime advisor contacts every shop reporting more than three incidents in a month. "
           "The force is reviewing whether to extend the scheme to farm shops.", "Assurance deferred",
           "The Commissioner will decide once the review has reported.")]
    for number, question, evidence, level, comment in qs:
        pack.add("h", f"Question {number}")
        pack.add("p", question)
        pack.add("p", "**Response from the force**")
        pack.add("p", evidence)
        pack.add("p", f"**Assurance rating:** {level}")
        pack.add("p", f"**Commissioner's comment:** {comment}")
        assurance = {"Partially assured": "Partly assured", "Assurance deferred": None}.get(level, level)
        pack.decision(pack.meeting_date, topic, number, question, evidence, assurance, comment)
    pack.add("h", "Actions")
    rows = [["Action", "Owner", "Due"]]
    actions = ["Share monthly fly-tipping figures with the three district councils.",
               "Schedule refresher training for wildlife crime officers.",
               "Report the outcome of the farm shop review to the June meeting."]
    for text, owner, due in zip(actions, ["ACC Local Policing", "Superintendent, Rural and Business Crime",
                                          "Head of Strategy, OPCC"], ["June 2027", "September 2027", "June 2027"]):
        rows.append([text, owner, due])
    pack.add("table", rows, [0.6, 0.25, 0.15])
    for text in actions:  # the web table numbers none of them
        pack.action(pack.meeting_date, topic, None, text, None, "unknown", "none", "action_list")
    pack.add("p", "The next holding to account meeting is on 10 May 2027 and will look at road safety. Notes "
                  "are published on this page within three weeks of each meeting.")
    pack.add("h", "About holding to account meetings")
    pack.add("p", "Holding the Chief Constable to account is one of the Commissioner's main duties. The "
                  "meetings are not held in public, but the questions, the force's answers and the "
                  "Commissioner's assurance rating are published here. Ratings are: assured, partially "
                  "assured and not assured.")
    pack.add("p", "Was this page helpful? Yes / No")
    pack.add("p", "Share this page: Facebook  X  LinkedIn  Email")
    pack.add("h", "Related pages")
    pack.add("bullets", ["Holding to account meeting notes - 8 March 2027", "Performance dashboards",
                         "How the Commissioner holds the Chief Constable to account"])
    pack.add("p", "We use cookies to make this site work and to understand how it is used. Accept all cookies "
                  "| Reject non-essential cookies | Cookie settings")
    pack.add("p", "Accessibility  Privacy notice  Freedom of information  Copyright 2027 West Mercia PCC")
    return pack, render_reportlab(pack, "browser")



def essex() -> tuple[Pack, bytes]:
    """OPCC website pack made in Word: a front sheet with an Item | Subject | Lead | Paper agenda, then
    papers A-E in their own sections: the assurance summary of the last meeting, the action log, a
    cover report, a decision report."""
    pack = Pack("essex-pfcc-prsb-2027-05-18.pdf", "Police, Fire and Crime Commissioner for Essex", "Essex Police",
                "Performance and Resources Scrutiny Board", "2027-05-18")
    prev = "2027-03-16"
    pack.start_paper("", "OFFICIAL - Performance and Resources Scrutiny Board - 18 May 2027")
    pack.add("p", "Police, Fire and Crime Commissioner for Essex")
    pack.add("title", "Performance and Resources Scrutiny Board")
    pack.meeting(pack.meeting_date, None, "Performance and Resources Scrutiny Board",
                 "Performance and Resources Scrutiny Board")
    pack.add("p", "**Date:** 18 May 2027, 10:00 to 12:30")
    pack.add("p", "**Location:** Kelvedon Park, Rivenhall, and by video link")
    pack.add("p", "**Chair:** Police, Fire and Crime Commissioner")
    pack.add("h", "Agenda")
    rows = [["Item", "Subject", "Lead", "Paper"]]
    agenda = [("1", "Welcome and apologies", "PFCC", "-"),
              ("2", "Assurance summary of the meeting of 16 March 2027", "Head of Performance and Scrutiny", "A"),
              ("3", "Action log", "Head of Performance and Scrutiny", "B"),
              ("4", "Hate crime", "ACC Crime and Public Protection", "C"),
              ("5", "Quarter 4 finance and resources report", "Chief Finance Officer", "D"),
              ("6", "PFCC decisions since the last meeting", "Chief Executive", "E"),
              ("7", "Any other business", "All", "-")]
    for number, title, lead, paper in agenda:
        rows.append([number, title, lead, paper])
        pack.agenda(number, title, lead)
    pack.add("table", rows, [0.08, 0.5, 0.32, 0.1])
    pack.add("p", "Papers are published on the PFCC's website five working days before the meeting.")

    summary = "Paper A - Assurance summary - 16 March 2027"
    pack.start_paper("Paper A", summary)
    heading = "Assurance summary: Performance and Resources Scrutiny Board, 16 March 2027"
    pack.add("title", heading)
    topic = "Violence against women and girls"
    pack.meeting(prev, topic, heading, heading)
    pack.add("p", f"**Focus of the meeting:** {topic}")
    pack.add("p", "The Board put five questions to the force in advance. The summary below records the "
                  "response and the PFCC's assurance level for each. Levels: Assured; Partially assured; "
                  "Not assured.")
    rows = [["Ref", "Scrutiny question", "Summary of the response", "Assurance level", "PFCC comments"]]
    qs = [("1", "How many officers have completed the domestic abuse matters training?",
           "1,842 officers, 93 per cent of the front line. New joiners complete it within six months.",
           "Assured", "Good coverage."),
          ("2", "How is the force improving the charge rate for rape offences?",
           "The charge rate rose from 6 to 9 per cent. A joint case review with the CPS meets weekly.",
           "Partially assured", "Progress noted but the rate remains low."),
          ("3", "How are stalking protection orders used?",
           "Eleven full orders were granted in the year. Officers report the application process is slow.",
           "Not assured", "The PFCC asked for a simpler process."),
          ("4", "What is the force doing to make the night-time economy safer for women?",
           "Safe spaces operate in four town centres, and 140 licensed premises staff were trained.",
           "Assured", None),
          ("5", "How are victims' views used to shape the force's VAWG delivery plan?",
           "A survey of 600 victims closes in April; results will be reported to the next Board.",
           "Deferred to the July Board", "Assurance to be given when the survey results are known.")]
    for number, question, evidence, level, comment in qs:
        rows.append([f"Q{number}", question, evidence, level, comment or ""])
        assurance = {"Partially assured": "Partly assured", "Deferred to the July Board": None}.get(level, level)
        pack.decision(prev, topic, number, question, evidence, assurance, comment)
    pack.add("table", rows, [0.07, 0.27, 0.34, 0.14, 0.18])

    pack.start_paper("Paper B", "Paper B - Action log - May 2027")
    pack.add("title", "Performance and Resources Scrutiny Board - Action log")
    rows = [["Ref", "Raised", "Action", "Lead", "Update", "Status"]]
    log = [("PRSB 27/02", "2027-01-19", "19 January 2027",
            "Share the 999 and 101 answering times for the last six months.", "Head of Contact Management",
            "Shared on 30 January.", "Closed"),
           ("PRSB 27/05", "2027-01-19", "19 January 2027",
            "Report how the new crime recording audit will be published.", "Force Crime Registrar",
            "Audit results to be published from June.", "Open"),
           ("PRSB 27/09", prev, "16 March 2027",
            "Set out options to simplify stalking protection order applications.", "ACC Crime and Public Protection",
            "Options paper with legal services; due end of May.", "Open"),
           ("PRSB 27/10", prev, "16 March 2027",
            "Provide the rape charge rate by month for the last year.", "Head of Performance",
            "Provided on 2 April.", "Closed")]
    for ref, date, printed, text, lead, update, status in log:
        rows.append([ref, printed, text, lead, update, status])
        pack.action(date, topic if date == prev else None, ref, text, update,
                    "complete" if status == "Closed" else "outstanding", "status_column", "action_tracker")
    pack.add("table", rows, [0.12, 0.13, 0.29, 0.16, 0.2, 0.1])

    pack.start_paper("Paper C", "Paper C - Hate crime")
    pack.add("title", "Hate crime")
    rows = [["Report to:", "Performance and Resources Scrutiny Board"], ["Title of report:", "Hate crime"],
            ["Classification:", "Official"], ["Date of paper:", "5 May 2027"],
            ["Report by:", "ACC Crime and Public Protection"]]
    pack.add("table", rows, [0.3, 0.7])
    pack.add("h", "1. Purpose of report")
    pack.add("p", "1.1 To provide the Board with an overview of hate crime reporting, outcomes and victim "
                  "satisfaction in 2026/27.")
    pack.add("h", "2. Recommendations")
    pack.add("p", "2.1 The Board is asked to note the contents of this report.")
    pack.add("h", "3. Context / background")
    pack.add("p", "3.1 Recorded hate crime fell by 4 per cent to 3,115 offences. Racially aggravated public "
                  "order offences remain the largest group. The outcome rate was 11 per cent.")
    pack.add("p", "3.2 Victim satisfaction with the overall service was 68 per cent, compared with 74 per cent "
                  "for all crime.")

    pack.start_paper("Paper E", "Paper E - PFCC decisions")
    pack.add("title", "Decision report: PFCC 041/27")
    pack.add("p", "**Title:** Extension of the independent custody visiting scheme contract")
    pack.add("p", "**Decision:** I approve the extension of the contract for twelve months at a cost of "
                  "46,000 pounds.")
    pack.add("p", "**Reason for decision:** The scheme is a statutory duty and a new procurement is under way.")
    pack.add("p", "**Date:** 28 April 2027")
    return pack, docx_to_pdf(render_word(pack, "1F3864"))


def derbyshire() -> tuple[Pack, bytes]:
    """Word-made pack: a numbered agenda with presenters after a dash, the minutes of the last meeting
    with numbered minutes and Q labels, actions agreed with the log's references, a cover report."""
    pack = Pack("derbyshire-pcc-spab-2027-06-01.pdf", "Police and Crime Commissioner for Derbyshire",
                "Derbyshire Constabulary", "Strategic Priorities Assurance Board", "2027-06-01")
    prev = "2027-04-06"
    pack.start_paper("", "Strategic Priorities Assurance Board - 1 June 2027 - Public reports pack")
    pack.add("p", "Office of the Police and Crime Commissioner for Derbyshire")
    pack.add("title", "Strategic Priorities Assurance Board")
    pack.add("p", "Public reports pack")
    pack.add("p", "Tuesday 1 June 2027 at 1.30 pm, Conference Room A, Butterley Hall, Ripley")
    pack.add("p", "**Focus:** Contact management and call handling")
    pack.meeting(pack.meeting_date, "Contact management and call handling", "Strategic Priorities Assurance Board",
                 "Strategic Priorities Assurance Board")
    pack.add("h", "Agenda")
    agenda = [("1", "Apologies for absence", None), ("2", "Minutes of the meeting held on 6 April 2027", "Chair"),
              ("3", "Action log", "Governance Officer"),
              ("4", "Contact management and call handling", "Chief Superintendent, Contact Management"),
              ("5", "Police and Crime Plan delivery: quarter 4", "Head of Policy, OPCC"),
              ("6", "Any other business", None)]
    for number, title, presenter in agenda:
        pack.add("p", f"{number}. {title}" + (f" - {presenter}" if presenter else ""))
        pack.agenda(number, title, presenter)

    minutes = "SPAB minutes 6 April 2027"
    pack.start_paper("Agenda Item 2", minutes)
    heading = "Minutes of the Strategic Priorities Assurance Board held on 6 April 2027"
    pack.add("title", heading)
    topic = "Anti-social behaviour"
    pack.meeting(prev, topic, heading, heading)
    pack.add("p", "**Present:** Police and Crime Commissioner (Chair); Chief Executive; Deputy Chief Constable; "
                  "Chief Superintendent, Neighbourhood Policing; Policy Officer (minutes)")
    pack.add("h", "29/27 Apologies")
    pack.add("p", "Apologies were received from the Chief Constable.")
    pack.add("h", "30/27 Minutes of the previous meeting and action log")
    pack.add("p", "The minutes of 2 February 2027 were approved. Updates to the action log were noted.")
    pack.add("h", f"31/27 {topic}")
    pack.add("p", "The Deputy Chief Constable presented the force's paper on anti-social behaviour.")
    qs = [("1", "How has the volume of anti-social behaviour reports changed over the last year?",
           "Reports fell by 7 per cent to 21,460. Reports about off-road bikes rose by 19 per cent.",
           "Assured", "The PCC noted the rise in off-road bike reports."),
          ("2", "How does the force use community protection warnings and notices?",
           "641 warnings and 133 notices were issued. Use varies widely between the five divisions, and "
           "there is no single record of breaches.", "Partially assured",
           "Recording of breaches should be consistent across divisions."),
          ("3", "How are repeat victims of anti-social behaviour identified?",
           "Call handlers ask about earlier reports, but the system does not flag repeat victims "
           "automatically.", "Not assured", "The PCC asked for an automatic flag.")]
    for number, question, evidence, level, comment in qs:
        pack.add("p", f"**Q{number}.** {question}")
        pack.add("p", evidence)
        pack.add("p", f"**Level of assurance:** {level}. {comment}")
        pack.decision(prev, topic, number, question, evidence,
                      "Partly assured" if level == "Partially assured" else level, comment)
    pack.add("p", "**Actions agreed:**")
    agreed = [("SPAB 27/14", "Adopt a single record of community protection notice breaches across divisions.",
               "Template agreed; in use from 1 May.", "Completed"),
              ("SPAB 27/15", "Report on options to flag repeat victims of anti-social behaviour automatically.",
               "Options with the IT supplier; report due in July.", "On track")]
    pack.add("bullets", [text for _, text, _, _ in agreed])
    pack.add("h", "32/27 Date of next meeting")
    pack.add("p", "1 June 2027.")

    pack.start_paper("Agenda Item 3", "SPAB action log")
    pack.add("title", "Strategic Priorities Assurance Board - Action log")
    rows = [["Ref", "Meeting date", "Action", "Owner", "Progress update", "Status"]]
    log = [("SPAB 27/04", "2027-02-02", "2 Feb 2027",
            "Provide the number of officers trained in trauma-informed practice.", "Head of Learning",
            "612 officers trained.", "Completed"),
           ("SPAB 27/06", "2027-02-02", "2 Feb 2027",
            "Review the publication of ward-level crime maps.", "Head of Corporate Communications", None, "Delayed")]
    log += [(ref, prev, "6 Apr 2027", text, "Deputy Chief Constable", update, status)
            for ref, text, update, status in agreed]
    for ref, date, printed, text, owner, update, status in log:
        rows.append([ref, printed, text, owner, update or "", status])
        pack.action(date, topic if date == prev else None, ref, text, update,
                    "complete" if status == "Completed" else "outstanding", "status_column", "action_tracker",
                    minutes if date == prev else None)
    pack.add("table", rows, [0.12, 0.12, 0.3, 0.16, 0.2, 0.1])
    pack.add("p", "Status: Completed; On track; Delayed.")

    pack.start_paper("Agenda Item 4", "Contact management - report to SPAB")
    pack.add("title", "Contact management and call handling")
    pack.add("p", "**Report of:** Chief Constable")
    pack.add("p", "**Purpose:** To give the Board information on 999 and 101 performance and the online contact "
                  "channels.")
    pack.add("p", "**Recommendation(s):** That the Board notes the report and identifies any areas for further "
                  "scrutiny.")
    pack.add("h", "Background")
    pack.add("p", "1. 91 per cent of 999 calls were answered within 10 seconds in 2026/27, against a national "
                  "standard of 90 per cent.")
    pack.add("p", "2. The average time to answer a 101 call was 4 minutes 12 seconds; 14 per cent of callers "
                  "abandoned the call.")
    pack.add("p", "3. Online reports rose by 26 per cent and now make up one in five non-emergency contacts.")
    pack.add("break")
    pack.add("h", "Next steps")
    pack.add("bullets", ["Introduce a call-back option for 101 callers by September.",
                         "Recruit 18 additional call handlers."])
    pack.add("p", "**Background papers:** None.")

    pack.start_paper("Agenda Item 5", "Police and Crime Plan delivery - quarter 4")
    pack.add("title", "Police and Crime Plan delivery: quarter 4")
    pack.add("p", "**Report of:** Head of Policy, OPCC")
    pack.add("p", "Of the 42 commitments in the Police and Crime Plan, 31 are on track, 8 are behind plan and 3 "
                  "are complete.")
    return pack, docx_to_pdf(render_word(pack, "5B2C6F"))


def nottinghamshire() -> tuple[Pack, bytes]:
    """Word pack: a section per paper, each with a cover report; minutes with numbered minutes and a
    KLOE table; an action log whose rows are minuted in the minutes by reference."""
    pack = Pack("nottinghamshire-pcc-srpm-2027-05-25.docx", "Police and Crime Commissioner for Nottinghamshire",
                "Nottinghamshire Police", "Strategic Resources and Performance Meeting", "2027-05-25")
    prev = "2027-03-23"
    pack.start_paper("", "For information - Public")
    pack.add("p", "Office of the Police and Crime Commissioner for Nottinghamshire")
    pack.add("title", "Strategic Resources and Performance Meeting")
    pack.add("p", "Tuesday 25 May 2027, 10.00 am, Sherwood Lodge, Arnold")
    pack.meeting(pack.meeting_date, None, "Strategic Resources and Performance Meeting", None)
    pack.add("h", "Agenda")
    rows = [["No.", "Item", "Presenter"]]
    agenda = [("1", "Apologies for absence", None),
              ("2", "Minutes of the previous meeting held on 23 March 2027", "Chief Executive"),
              ("3", "Action log", "Chief Executive"), ("4", "Burglary and robbery", "ACC Operations"),
              ("5", "Workforce and wellbeing", "Director of People"), ("6", "Any other business", None)]
    for number, title, presenter in agenda:
        rows.append([number, title, presenter or ""])
        pack.agenda(number, title, presenter)
    pack.add("table", rows, [0.1, 0.6, 0.3])

    pack.start_paper("Agenda Item 2", "For information - Public - Item 2: Minutes of the previous meeting")
    pack.add("title", "Minutes of the previous meeting")
    rows = [["Report of:", "Chief Executive"], ["Date of meeting:", "25 May 2027"],
            ["Purpose:", "To approve the minutes of the meeting held on 23 March 2027."],
            ["Recommendation(s):", "That the minutes are approved as a correct record."]]
    pack.add("table", rows, [0.3, 0.7])
    heading = "Minutes of the Strategic Resources and Performance Meeting held on 23 March 2027"
    pack.add("h", heading)
    topic = "Digital contact and the 101 service"
    pack.meeting(prev, topic, heading, None)
    pack.add("p", "**Present:** Police and Crime Commissioner (Chair); Chief Executive (OPCC); Chief Constable; "
                  "Deputy Chief Constable; Head of Contact")
    pack.add("h", "14/27 Apologies for absence")
    pack.add("p", "Apologies were received from the Chief Finance Officer (OPCC).")
    pack.add("h", "15/27 Minutes and action log")
    pack.add("p", "The minutes of 26 January 2027 were agreed and the action log was reviewed.")
    pack.add("h", f"16/27 {topic}")
    pack.add("p", "The Head of Contact presented the report. The Commissioner's key lines of enquiry and the "
                  "assurance given are recorded below.")
    rows = [["KLOE", "Question", "Response", "Assurance level", "Comments"]]
    qs = [("1", "What are the average answer times for 101 calls and how have they changed?",
           "The average answer time fell from 6 minutes 40 seconds to 3 minutes 55 seconds after a new "
           "shift pattern was introduced in October.", "Assured", "The improvement was welcomed."),
          ("2", "How many contacts are now made through the single online home and web chat?",
           "Web chat handled 9,800 contacts in the quarter. There is no measure yet of whether people who "
           "used it had to call as well.", "Partially assured", "A measure of repeat contact is needed."),
          ("3", "How does the force make sure vulnerable callers are identified on first contact?",
           "The THRIVE assessment is recorded on 97 per cent of incidents; an audit of 200 incidents found "
           "the vulnerability question answered correctly in 181.", "Assured", None)]
    for number, question, evidence, level, comment in qs:
        rows.append([f"KLOE {number}", question, evidence, level, comment or ""])
        pack.decision(prev, topic, number, question, evidence,
                      "Partly assured" if level == "Partially assured" else level, comment)
    pack.add("table", rows, [0.1, 0.27, 0.33, 0.13, 0.17])
    pack.add("p", "**Action (SRPM 27/07):** Develop a measure of repeat contact for people who use web chat.")
    pack.add("h", "17/27 Date of next meeting")
    pack.add("p", "25 May 2027.")

    pack.start_paper("Agenda Item 3", "For information - Public - Item 3: Action log")
    pack.add("title", "Action log")
    rows = [["Report of:", "Chief Executive"], ["Purpose:", "To update the meeting on actions arising."],
            ["Recommendation(s):", "To note progress and agree the closure of completed actions."]]
    pack.add("table", rows, [0.3, 0.7])
    rows = [["Action no.", "Date", "Action", "Responsible", "Update", "Status"]]
    log = [("SRPM 27/01", "2027-01-26", "26/01/27", "Provide the vetting backlog figures by vetting level.",
            "Head of Professional Standards", "Figures provided at this meeting.", "Completed"),
           ("SRPM 27/03", "2027-01-26", "26/01/27", "Present the estates strategy refresh.",
            "Director of Finance", "Deferred to the July meeting.", "Outstanding"),
           ("SRPM 27/07", prev, "23/03/27", "Develop a measure of repeat contact for people who use web chat.",
            "Head of Contact", "Measure drafted; first figures due in June.", "Outstanding")]
    for ref, date, printed, text, owner, update, status in log:
        rows.append([ref, printed, text, owner, update, status])
        pack.action(date, topic if date == prev else None, ref, text, update,
                    "complete" if status == "Completed" else "outstanding", "status_column", "action_tracker")
    pack.add("table", rows, [0.13, 0.1, 0.3, 0.17, 0.2, 0.1])

    pack.start_paper("Agenda Item 4", "For information - Public - Item 4: Burglary and robbery")
    pack.add("title", "Burglary and robbery")
    rows = [["Report of:", "Chief Constable"], ["Report author:", "ACC Operations"],
            ["Purpose:", "To update the Commissioner on residential burglary and personal robbery."],
            ["Recommendation(s):", "The Commissioner is recommended to note the report."]]
    pack.add("table", rows, [0.3, 0.7])
    pack.add("h", "1. Background")
    pack.add("p", "1.1 Residential burglary fell by 11 per cent; every burglary is attended, and the solved rate "
                  "is 8 per cent. Personal robbery rose by 3 per cent, mostly in the city centre.")
    pack.add("h", "2. Financial implications and budget provision")
    pack.add("p", "2.1 None.")
    return pack, render_word(pack, "00594F")


PACKS = {"kent-pcc-pdb-2027-05-11.pdf": kent, "humberside-pcc-ab-2027-06-14.pdf": humberside,
         "west-mercia-pcc-htam-2027-04-12.pdf": west_mercia, "essex-pfcc-prsb-2027-05-18.pdf": essex,
         "derbyshire-pcc-spab-2027-06-01.pdf": derbyshire,
         "nottinghamshire-pcc-srpm-2027-05-25.docx": nottinghamshire}


def main(names: list[str]) -> None:
    for name, build in PACKS.items():
        if names and name not in names:
            continue
        pack, data = build()
        assert pack.name == name
        write(pack, data)


if __name__ == "__main__":
    main(sys.argv[1:])
