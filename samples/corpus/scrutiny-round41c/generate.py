"""Held-out scrutiny packs of round 41c (issue 4): nine packs of PCC, PFCC and mayoral offices, written blind.

Each builder call that prints a question, an action row, an agenda row or a meeting heading also writes that
record's gold, so the gold says what the page says. Gold goes to ``gold/`` (it was held out in
``heldout/``, scored once in session 10, then promoted). A PDF record's ``page`` is the first page whose pdfplumber text, table cells or table
columns hold the first 45 letters of its key text; the generator stops if a key is on no page, if a table
column is too narrow for one of its words, or if a word of a ruled table's cell comes out split.

    .venv/bin/python samples/corpus/scrutiny-round41c/generate.py [NAME-PREFIX ...]

Needs LibreOffice (``soffice``), ``taskset`` and ``setarch`` for the Word->PDF packs (``../office_pdf.py``).
"""

from __future__ import annotations

import io
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pdfplumber
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))
from render import FONT_DIR, Break, Bul, H, Num, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

from generator.model import plain  # noqa: E402  (render.py put samples/ on sys.path)
from inspection_render import fixed_zip_times  # noqa: E402
import office_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind for held-out round 41c: every record written by the builder call that prints it and "
           "checked against the rendered pages (page images and `scrutiny inspect`, layout only) by the round's "
           "writer; the extractors were never run on it.")
KEY_LETTERS = 45
GREEN, AMBER, RED = "#00b050", "#ffc000", "#ff0000"
WORD_MARGIN_MM = 20  # render_docx's margins
WORD_FONT = "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"  # LibreOffice's face for Arial here


# --- gold ---------------------------------------------------------------------------------------------------

def squash(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-")):
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text).strip().lower()


def joined(parts: str | list[str]) -> str:
    return plain(parts) if isinstance(parts, str) else " ".join(plain(p) for p in parts)


class Pack:
    """One pack's gold, written as its pages are built."""

    def __init__(self, name: str, *, title: str, organisation: str, force: str, meeting_date: str,
                 publication_date: str | None = None) -> None:
        self.name = name
        self.pdf = name.endswith(".pdf")
        self.organisation = organisation
        self.document = {"page": None, "file_type": "pdf" if self.pdf else "docx", "doc_kind": "scrutiny_pack",
                         "status": "ok", "publication_date": publication_date, "title": title, "force": force,
                         "organisation": organisation, "meeting_date": meeting_date}
        self.records: dict[str, list[dict]] = {"documents": [self.document], "meetings": [], "agenda_items": [],
                                               "assurance_decisions": [], "actions": [], "grades": []}
        self.keys: list[tuple[dict, str, int | None]] = []

    def _page(self, record: dict, key: str, page: int | None = None) -> dict:
        """Page null in a Word file; in a PDF the first page holding the key, or ``page`` (checked to hold it)
        where the key is printed earlier too (a notes heading named on the agenda)."""
        record["page"] = None
        if self.pdf:
            self.keys.append((record, key, page))
        return record

    def meeting(self, date: str, title: str, topic: str | None, *, page: int | None = None,
                printed: str | None = None) -> str:
        """A meeting heading: returns the printed heading (``printed``, where it adds a Welsh side to the title)."""
        record = {"meeting_date": date, "topic": topic, "organisation": self.organisation, "title": plain(title)}
        self.records["meetings"].append(self._page(record, plain(title), page))
        return printed or title

    def agenda(self, date: str, number: str, title: str, presenter: str | None) -> tuple[str, str, str]:
        """An agenda row's number, title and presenter cells ("–" where no one presents)."""
        record = {"meeting_date": date, "number": number.rstrip("."), "title": plain(title),
                  "presenter": plain(presenter) if presenter and presenter != "–" else None}
        self.records["agenda_items"].append(self._page(record, plain(title), 1))
        return number, title, presenter or ""

    def decision(self, date: str, topic: str, number: str, question: str, evidence: str | list[str],
                 assurance: str | None, commentary: str | None) -> None:
        record = {"meeting_date": date, "topic": topic, "question_number": number, "question": plain(question),
                  "evidence_summary": joined(evidence), "assurance": assurance,
                  "commentary": plain(commentary) if commentary else None}
        self.records["assurance_decisions"].append(self._page(record, plain(question)))

    def action(self, number: str | None, text: str, update: str | None, status: str, status_source: str, *,
               date: str | None, topic: str | None, source: str = "action_tracker") -> None:
        record = {"meeting_date": date, "topic": topic, "number": number, "text": plain(text),
                  "update": plain(update) if update else None, "status": status, "status_source": status_source,
                  "source": source}
        self.records["actions"].append(self._page(record, plain(text)))


# --- checks and pages ---------------------------------------------------------------------------------------

def _measure_font(file: str) -> str:
    name = Path(file).stem
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file) if "/" not in file else file))
    return name


def check_widths(blocks: list, text_width: float, font_file: str, size: float, padding: float) -> None:
    """Stop if a table column is too narrow for one of its words (measured in bold, the wider face)."""
    font = _measure_font(font_file)
    for block in blocks:
        if not isinstance(block, T):
            continue
        total = sum(block.widths)
        for r, row in enumerate(block.rows):
            for c, content in enumerate(row):
                if content is None:
                    continue
                span = next((nc for (sr, sc, _, nc) in block.spans if (sr, sc) == (r, c)), 1)
                width = text_width * sum(block.widths[c:c + span]) / total - padding
                parts = content if isinstance(content, tuple) else (content,)
                for part in parts:
                    items, indent = (part.items, 12 + 14 * part.level + 6) if isinstance(part, Bul) else ((str(part),), 0)
                    for item in items:
                        for word in plain(item).split():
                            if pdfmetrics.stringWidth(word, font, size) > width - indent:
                                raise SystemExit(f"column {c} of a table is too narrow for {word!r}")


def _table_words(blocks: list) -> set[str]:
    words: set[str] = set()
    for block in blocks:
        if isinstance(block, T):
            for row in block.rows:
                for content in row:
                    for part in (content if isinstance(content, tuple) else (content,)):
                        for item in (part.items if isinstance(part, Bul) else (str(part or ""),)):
                            for word in squash(plain(item)).split():
                                # a line may break after a word's hyphen: "call-" / "back"
                                words.update([word, *word.split("-"), *(part + "-" for part in word.split("-")[:-1])])
    return words


def set_pages(pack: Pack, data: bytes, blocks: list, bands: list[tuple[float, float]]) -> None:
    """Each keyed record's page: the first page holding the start of its key text in its running text, a ruled
    table's cells or a table column (``bands``: the x ranges of the pack's table columns). Stops where a key is
    on no page, or a ruled cell holds a word the source does not (a word split by the layout)."""
    words = _table_words(blocks)
    haystacks: list[list[str]] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pack.document["pages"] = len(pdf.pages)
        for page in pdf.pages:
            texts = [squash(page.extract_text() or "")]
            for table in page.extract_tables():
                for row in table:
                    for cell in row:
                        if not cell:
                            continue
                        texts.append(squash(cell))
                        for word in squash(cell).split():
                            if any(ch.isalnum() for ch in word) and word not in words:
                                raise SystemExit(f"{pack.name} p{page.page_number}: cell word {word!r} is split")
            for x0, x1 in bands:
                texts.append(squash(page.crop((x0, 0, x1, page.height)).extract_text() or ""))
            haystacks.append([re.sub(r"(\w)- ", r"\1-", t) for t in texts])  # "call-" / "back" rejoined
    for record, key, page in pack.keys:
        start = squash(key)[:KEY_LETTERS]
        pages = [n for n, texts in enumerate(haystacks, start=1) if any(start in t for t in texts)]
        if not pages or (page is not None and page not in pages):
            raise SystemExit(f"{pack.name}: key {start!r} is not on page {page or 'any'} ({pages})")
        record["page"] = page or pages[0]


def column_bands(blocks: list, left: float, text_width: float) -> list[tuple[float, float]]:
    bands = set()
    for block in blocks:
        if isinstance(block, T):
            total, x = sum(block.widths), left
            for w in block.widths:
                width = text_width * w / total
                bands.add((round(x + 1, 1), round(x + width - 1, 1)))
                x += width
    return sorted(bands)


def word_grid(data: bytes, blocks: list, text_width_mm: float) -> bytes:
    """Give each Word table the grid widths and fixed layout Word writes, so LibreOffice keeps the columns."""
    document = Document(io.BytesIO(data))
    tables = [b for b in blocks if isinstance(b, T)]
    for table, block in zip(document.tables, tables, strict=True):
        total = sum(block.widths)
        grid = table._tbl.tblGrid
        for col, w in zip(grid.findall(qn("w:gridCol")), block.widths, strict=True):
            col.set(qn("w:w"), str(round(text_width_mm * w / total * 56.6929)))
        layout = OxmlElement("w:tblLayout")
        layout.set(qn("w:type"), "fixed")
        table._tbl.tblPr.append(layout)
    out = io.BytesIO()
    document.save(out)
    return fixed_zip_times(out.getvalue())


# --- rendering ----------------------------------------------------------------------------------------------

WHEN = datetime(2030, 1, 6, 9, 0, 0)


def reportlab_pack(pack: Pack, blocks: list, look: PdfLook, author: str) -> bytes:
    width = (landscape(A4) if look.landscape else A4)[0]
    text_width = width - 2 * look.margin
    check_widths(blocks, text_width, "DejaVuSans-Bold.ttf" if look.font == "Helvetica" else "DejaVuSerif-Bold.ttf",
                 look.cell_size, 8)
    data = render_pdf(blocks, look, pack.document["title"], author)
    set_pages(pack, data, blocks, column_bands(blocks, look.margin, text_width))
    return data


def word_pack(pack: Pack, blocks: list, author: str, header: tuple[str, ...] = (), landscape_pages: bool = False) -> bytes:
    width_mm = (297 if landscape_pages else 210) - 2 * WORD_MARGIN_MM
    check_widths(blocks, width_mm / 25.4 * 72, WORD_FONT, 10, 11)
    data = render_docx(blocks, title=pack.document["title"], author=author, when=WHEN, header=header,
                       landscape_pages=landscape_pages)
    data = word_grid(data, blocks, width_mm)
    if not pack.pdf:
        return data
    pdf = office_pdf.docx_to_pdf(data)
    set_pages(pack, pdf, blocks, [])
    return pdf


def write(pack: Pack, data: bytes) -> None:
    (HERE / pack.name).write_bytes(data)
    GOLD.mkdir(exist_ok=True)
    gold = {"source_file": pack.name, "expect": "ok", "checked": CHECKED, "records": pack.records}
    (GOLD / f"{pack.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    pages = {t: [r["page"] for r in pack.records[t]] for t in ("meetings", "assurance_decisions", "actions")}
    print(f"{pack.name}: {len(data)} bytes; pages {pages}")


# --- the packs ----------------------------------------------------------------------------------------------

def staffordshire() -> tuple[Pack, bytes]:
    """Word->PDF, Common: the reference pack's form, the notes' grid running over a page break."""
    pack = Pack("staffordshire-pfcc-sgb-2030-03-19-round41c.pdf", title="Strategic Governance Board",
                organisation="Staffordshire Commissioner for Police, Fire and Rescue and Crime",
                force="Staffordshire Police", meeting_date="2030-03-19")
    today, notes = "2030-03-19", "2030-02-12"
    topic = "Retail Crime"
    agenda = [pack.agenda(today, *row) for row in (
        ("1.", "Apologies for Absence", "Commissioner"),
        ("2.", "Draft Notes – Strategic Governance Board (Retail Crime) – 12 February 2030", "Commissioner"),
        ("3.", "Strategic Governance Board Actions 2029/30 – An Update", "Head of Governance, OPCC"),
        ("4.", "Roads Policing and Casualty Reduction", "Staffordshire Police"),
        ("5.", "Any Other Business", "Commissioner"),
        ("6.", "Date of the next meeting: Tuesday 16 April 2030", "Commissioner"))]
    blocks: list = [
        P("**Staffordshire Commissioner for Police, Fire and Rescue and Crime**", size=14),
        P("Commissioner's Office, 2 Weston Yard, Stafford ST16 9XQ"),
        H(pack.meeting(today, "Strategic Governance Board", None, page=1), 1),
        P("**Date:** Tuesday 19 March 2030"), P("**Time:** 10.00am – 12.00pm"),
        P("**Venue:** Commissioner's Office, Stafford / Microsoft Teams"),
        H("Agenda", 2),
        T((("Item", "Title", "Presented By"),) + tuple(agenda), widths=(15, 115, 40), header_rows=1),
        Break(),
    ]
    questions = [
        ("1", "How has the Force's response to shop theft changed since the retail crime action plan was adopted, "
              "and what difference has it made to the number of offenders identified?",
         ["The retail crime action plan was adopted in July 2029 and is overseen by a Detective Superintendent.",
          "Every report of shop theft with CCTV or a named suspect is now allocated for investigation; before the "
          "plan about half of such reports were filed at first assessment.",
          "Offenders identified rose from 1,140 in the six months to June 2029 to 1,610 in the six months to "
          "December 2029.",
          "A single point of contact has been named for each of the county's fourteen town centres, and retailers "
          "can now submit footage through an online portal rather than on disc.",
          "Prolific offenders are managed by the integrated offender management team; 37 were on the cohort in "
          "January 2030, against 21 a year earlier.",
          "The charge rate for shop theft rose from 14% to 19% over the same period, and the proportion of cases "
          "closed with no suspect identified fell from 61% to 48%.",
          "Neighbourhood teams have run 46 days of action in town centres since September, each with a named "
          "retail partner and a short report to the local policing commander.",
          "Two retail crime analysts joined the Force in October 2029; their first problem profile identified "
          "eleven stores that account for a quarter of all reported thefts.",
          "The Force is piloting a 'report once' form with three national retailers, so that a store can report a "
          "theft and upload its footage in one step."],
         "Assured", "The Commissioner welcomed the rise in offenders identified and asked that the charge rate "
                    "continues to be reported to the Board."),
        ("2", "What is the Force doing to protect retail workers from violence and abuse, and how does it know "
              "whether workers feel safer than they did a year ago, given the concerns raised with the Commissioner "
              "by the shop workers' union and by the county's business improvement districts over the winter?",
         ["Assaults on retail workers are flagged on the crime system and reviewed each week by the neighbourhood "
          "inspector for the area.",
          "Body-worn cameras have been loaned to staff in 22 stores under a pilot funded by the Commissioner's "
          "safer streets grant.",
          "The Force has no survey of retail workers yet; it plans to run one with the business improvement "
          "districts in the summer.",
          "Recorded assaults on retail workers fell by 6% in the year to December 2029."],
         "Partly Assured", "The Commissioner was encouraged by the camera pilot but noted that the Force cannot yet "
                           "show whether workers feel safer, and asked to see the survey results when they are "
                           "available."),
        ("3", "How are the Force and partners using business crime reduction partnerships to prevent repeat theft?",
         ["Nine partnerships are active; three have lapsed since 2027 for want of funding.",
          "Information-sharing agreements with the active partnerships were refreshed in November 2029.",
          "The Force could not say how many repeat offences the partnerships had prevented."],
         "Not Assured", "The Commissioner asked the Force and the OPCC to review how the partnerships are funded "
                        "and evaluated."),
    ]
    rows = []
    for number, question, evidence, level, comment in questions:
        pack.decision(notes, topic, number, question, evidence, level.capitalize(), comment)
        rows.append((f"**{number}. {question}**", (Bul(tuple(evidence)),), (f"**{level}**", f"*{comment}*")))
    minuted = [
        ("That the results of the retail workers' survey be shared with the Commissioner when they are available.",
         "The survey will run in June and July 2030; results are expected in September 2030."),
        ("That the Force and the OPCC review the funding and evaluation of business crime reduction partnerships "
         "and report back to the Board.",
         "A joint review has been scoped; its first meeting is arranged for 2 April 2030."),
    ]
    for number, (text, update) in enumerate(minuted, start=1):
        pack.action(str(number), text, update, "outstanding", "glyph_colour", date=notes, topic=topic)
    blocks += [
        P("**%s**" % pack.meeting(notes, "DRAFT NOTES – STRATEGIC GOVERNANCE BOARD (RETAIL CRIME) – 12 FEBRUARY 2030",
                                  topic, page=2)),
        P("**Present:** the Commissioner (Chair); the Deputy Commissioner; the Chief Executive and Monitoring "
          "Officer; the Chief Finance Officer; the Head of Governance; the Deputy Chief Constable; the Assistant "
          "Chief Constable (Local Policing); the Detective Superintendent (Business and Retail Crime)."),
        P("**Apologies:** the Chief Constable; the Chief Fire Officer."),
        P("The Board considered a report of the Deputy Chief Constable on the Force's response to retail crime, "
          "including shop theft and violence against retail workers, and the progress of the retail crime action "
          "plan agreed with the Commissioner in July 2029. The Commissioner put three questions to the Force."),
        T((("Question", "Brief Summary of Evidence", "Decision of Commissioner"),) + tuple(rows), widths=(50, 80, 40),
          header_rows=1),
        P("**Actions**"),
        Num(tuple(text for text, _ in minuted)),
        Break(),
    ]
    done, open_ = "{%s|■}" % GREEN, "{%s|■}" % RED
    earlier = [
        ("Neighbourhood Policing", "That the Force provides the Board with the number of PCSO vacancies in each "
                                   "local policing area.", "Figures were provided to the OPCC on 4 December 2029.", True),
        (None, "That the topic of neighbourhood policing be revisited at a future Board to consider the impact of "
               "the new ward profiles.", "The topic will be revisited at the Board in September 2030.", False),
        ("Fire Prevention and Home Safety", "That the Fire and Rescue Service shares its evaluation of safe and well "
                                            "visits with the OPCC.", "The evaluation was received on 20 January 2030.",
         True),
    ]
    tracker = [("Topic", "Action", "Update", "Status")]
    current = None
    for cell, text, update, complete in earlier:
        current = cell or current
        pack.action(None, text, update, "complete" if complete else "outstanding", "glyph_colour", date=None,
                    topic=current)
        tracker.append((f"**{cell}**" if cell else None, text, update, done if complete else open_))
    tracker.append((f"**{topic}**", minuted[0][0], minuted[0][1], open_))
    tracker.append((None, minuted[1][0], minuted[1][1], open_))
    blocks += [
        H("Strategic Governance Board Action Tracker 2029/30", 2),
        T(tuple(tracker), widths=(32, 60, 58, 20), header_rows=1, spans=((1, 0, 2, 1), (4, 0, 2, 1))),
        P(f"{done} = Action Complete"), P(f"{open_} = Action Outstanding"),
    ]
    return pack, word_pack(pack, blocks, "OPCC Staffordshire", header=("Strategic Governance Board – 19 March 2030",))


def suffolk() -> tuple[Pack, bytes]:
    """reportlab, DejaVu Serif, Common: an "Level of assurance" column, one level deferred, a Status column."""
    pack = Pack("suffolk-pcc-app-2030-05-08-round41c.pdf", title="Accountability and Performance Panel",
                organisation="Police and Crime Commissioner for Suffolk", force="Suffolk Constabulary",
                meeting_date="2030-05-08")
    today, notes = "2030-05-08", "2030-03-06"
    topic = "Violence against women and girls"
    agenda = [pack.agenda(today, n, t, who) + (paper,) for n, t, who, paper in (
        ("1", "Welcome and apologies", "Police and Crime Commissioner", "–"),
        ("2", "Minutes of the meeting held on 6th March 2030", "Chief Executive, OPCC", "APP/30/10"),
        ("3", "Action log", "Chief Executive, OPCC", "APP/30/11"),
        ("4", "Rural and wildlife crime", "Assistant Chief Constable", "APP/30/12"),
        ("5", "Police and Crime Plan performance: quarter 4", "Head of Performance and Analysis", "APP/30/13"),
        ("6", "Any other business", "–", "–"))]
    blocks: list = [
        P("**Police and Crime Commissioner for Suffolk**", size=14),
        H(pack.meeting(today, "Accountability and Performance Panel", "Rural and wildlife crime", page=1), 1),
        P("Wednesday 8th May 2030, 10.00am – 12.30pm"), P("Police Headquarters and online (the meeting is public)"),
        P("**Theme:** Rural and wildlife crime"),
        H("Agenda", 2),
        T((("Item", "Subject", "Presenter", "Paper"),) + tuple(agenda), widths=(11, 60, 50, 22), header_rows=1),
        P("Papers are written by the Constabulary and published five working days before the Panel.", size=9),
        Break(),
        H(pack.meeting(notes, "Minutes of the Accountability and Performance Panel held on 6th March 2030", topic), 2),
        H("1. Welcome and apologies", 3),
        P("The Commissioner welcomed those present. Apologies were received from the Deputy Chief Constable."),
        H("2. Minutes and action log", 3),
        P("The minutes of the meeting held on 10th January 2030 were agreed. The action log was reviewed (Appendix A)."),
        H(f"3. {topic}", 3),
        P("The Panel received paper APP/30/07 from the Assistant Chief Constable. The Commissioner put four questions; "
          "the Panel's record of the answers and of the Commissioner's assurance is below."),
    ]
    questions = [
        ("How many officers and staff have completed the domestic abuse matters training, and how is its effect on "
         "frontline practice being checked?",
         "1,182 officers and staff (91% of those in scope) have completed the training. Supervisors dip-sample twenty "
         "domestic abuse cases a month against a checklist; compliance with the risk assessment standard rose from "
         "78% to 88% between April and December 2029.",
         "Assured", "The Commissioner was pleased with the completion rate and with the audit results."),
        ("What is the average time taken to charge in rape cases, and what is being done to reduce it?",
         "The average time from report to charge was 412 days in 2029, against 455 days in 2028. The practices of "
         "the national rape investigation programme were adopted in October 2029, and a dedicated rape "
         "investigation team of 24 officers began work in January 2030. The Constabulary expects the average to "
         "fall below 365 days by the end of 2030. The backlog of devices awaiting a digital forensic examination "
         "stood at 96 at the end of February, of which 31 had waited more than six months. Two further digital "
         "forensic examiners start in April, and a triage kiosk is being installed in each of the three custody "
         "suites so that low-risk devices can be examined the same day.",
         "Partially assured", "The Commissioner welcomed the new team but asked for the backlog to be reported to "
                              "each Panel until it is cleared."),
        ("How does the Constabulary make sure that victims of stalking are offered a protection order where one "
         "is needed?",
         "Eleven stalking protection orders were obtained in 2029. The Constabulary does not record how many "
         "applications were considered and not pursued, so it cannot say how many victims who needed an order did "
         "not receive one.",
         "Not assured", "The Commissioner asked for decisions not to apply for an order to be recorded."),
        ("How satisfied are victims of domestic abuse with the service they receive?",
         "The victim satisfaction survey for domestic abuse was paused in 2029 while its questions were revised; the "
         "first results of the new survey will be available in April 2030.",
         "Not assessed", "Deferred to the May Panel, when the first survey results will be available."),
    ]
    rows = [("No.", "Question", "Response", "Level of assurance", "Comments")]
    for number, (question, response, level, comment) in enumerate(questions, start=1):
        pack.decision(notes, topic, str(number), question, response, None if level == "Not assessed" else
                      {"Partially assured": "Partly assured"}.get(level, level), comment)
        rows.append((f"{number}.", question, response, f"**{level}**", comment))
    minuted = [
        ("APP 30/07", "The Constabulary to report the number of devices awaiting digital forensic examination to each "
                      "Panel until the backlog is cleared.",
         "The first figures were reported in March; the next report is due in May.", "Open"),
        ("APP 30/08", "The Constabulary to record decisions not to apply for a stalking protection order and report "
                      "on them to the July Panel.", None, "Open"),
    ]
    blocks += [
        T(tuple(rows), widths=(11, 38, 60, 23, 38), header_rows=1),
        P("**Actions agreed**"),
        *(P(f"{ref} – {text}") for ref, text, _, _ in minuted),
        H("4. Any other business", 3),
        P("There was no other business."),
        Break(),
        H("Appendix A – Action log", 2),
    ]
    log = [("Ref", "Raised", "Action", "Update", "Status")]
    for ref, raised, date, text, update, status in (
            ("APP 29/31", "14th Nov 2029", "2029-11-14", "The Constabulary to share the evaluation of the rural crime "
             "team's drone pilot with the OPCC.", "Evaluation shared on 9th January 2030.", "Complete"),
            ("APP 29/33", "14th Nov 2029", "2029-11-14", "The OPCC to publish a summary of the Panel's findings on "
             "public contact.", "Publication delayed; now due in May 2030.", "Overdue"),
            ("APP 30/02", "10/01/2030", "2030-01-10", "The Constabulary to provide the number of police staff "
             "investigators recruited in 2029.", "42 investigators were recruited; figures sent on 2nd February 2030.",
             "Complete")):
        pack.action(ref, text, update, "complete" if status == "Complete" else "outstanding", "status_column",
                    date=date, topic=None)
        log.append((ref, raised, text, update, status))
    for ref, text, update, status in minuted:
        pack.action(ref, text, update, "outstanding", "status_column", date=notes, topic=topic)
        log.append((ref, "06/03/2030", text, update or "", status))
    blocks.append(T(tuple(log), widths=(16, 26, 49, 46, 23), header_rows=1))
    look = register_dejavu_serif()
    return pack, reportlab_pack(pack, blocks, PdfLook(font=look.font, bold_font=look.bold_font,
                                                      italic_font=look.italic_font, body_size=10.5, cell_size=9.5,
                                                      margin=60, footer="Accountability and Performance Panel"),
                                "Suffolk OPCC")


def sussex() -> tuple[Pack, bytes]:
    """Word, Common: "Question N" headings with "Assurance level:" lines; a log with a Status column."""
    pack = Pack("sussex-pcc-pam-2030-06-14-round41c.docx", title="Performance & Accountability Meeting",
                organisation="Police and Crime Commissioner for Sussex", force="Sussex Police", meeting_date="2030-06-14")
    today, notes = "2030-06-14", "2030-04-12"
    topic = "Drug supply and county lines"
    agenda = [pack.agenda(today, *row) for row in (
        ("1", "Welcome and apologies", "Police & Crime Commissioner"),
        ("2", "Minutes of the meeting held on 12 April 2030", "Head of Performance"),
        ("3", "Action log", "Head of Performance"),
        ("4", "Fraud and online crime", "Assistant Chief Constable, Investigations"),
        ("5", "Any other business", "–"))]
    blocks: list = [
        P("**Sussex Police & Crime Commissioner**", size=14),
        H(pack.meeting(today, "Performance & Accountability Meeting", "Fraud and online crime"), 1),
        P("Friday 14 June 2030, 10:00 – 12:00, webcast live"),
        P("**Focus of the meeting:** Fraud and online crime"),
        H("Agenda", 2),
        T((("No.", "Item", "Lead"),) + tuple(agenda), widths=(12, 98, 60), header_rows=1),
        Break(),
        H(pack.meeting(notes, "Minutes of the Performance & Accountability Meeting held on 12 April 2030", topic), 1),
        P("**Present:** Police & Crime Commissioner (Chair); Chief Executive, OPCC; Chief Constable; Assistant Chief "
          "Constable, Local Policing; Head of Performance."),
        H("1. Welcome and apologies", 2), P("Apologies were received from the Deputy Chief Constable."),
        H("2. Minutes and actions", 2), P("The minutes of 16 February 2030 were agreed. The action log is below."),
        H(f"3. {topic}", 2),
        P("The Assistant Chief Constable presented the force's report on drug supply and county lines."),
    ]
    questions = [
        ("How many county lines have been closed in the last twelve months, and how many of the people running "
         "them have been charged?",
         ["Forty-one lines were closed in the year to March 2030, against 29 the year before.",
          "Sixty-three people were charged with running or supplying a line; 48 have been convicted so far."],
         "Partially assured", "The PCC welcomed the closures but asked how many lines had re-opened under new "
                              "handsets."),
        ("How does the force identify and safeguard children exploited by county lines?",
         ["Every child found in possession of a line phone is referred to the local authority within a day.",
          "Children's social care and the force hold a weekly exploitation meeting in each of the three areas."],
         "Assured", "The PCC was reassured by the weekly meetings."),
        ("What use is made of the national referral mechanism for children exploited in drug supply?",
         ["Referrals fell from 57 to 38 in the year; the force has not established why."],
         "Not assured", "The PCC asked for an explanation of the fall in referrals."),
        ("How is the force working with the British Transport Police on lines that use the railway?",
         ["Joint operations were held at six stations in the winter, with 14 arrests."],
         "Assured", None),
    ]
    for number, (question, response, level, comment) in enumerate(questions, start=1):
        pack.decision(notes, topic, str(number), question, response,
                      {"Partially assured": "Partly assured"}.get(level, level), comment)
        blocks += [H(f"Question {number}", 3), P(f"**{question}**"), P("*Response:*"), Bul(tuple(response)),
                   P(f"**Assurance level:** {level}")]
        if comment:
            blocks.append(P(f"**PCC comment:** {comment}"))
    minuted = [
        ("PAM 30/14", "The force to report how many closed county lines re-opened under a new handset.",
         "Analysis under way; due at the July meeting.", "In progress"),
        ("PAM 30/15", "The force to explain the fall in referrals to the national referral mechanism.",
         "Explanation sent to the OPCC on 2 May 2030.", "Complete"),
    ]
    blocks += [H("Actions arising", 3), *(P(f"**{ref}:** {text}") for ref, text, _, _ in minuted),
               H("4. Any other business", 2), P("None."), Break(), H("Action log", 1)]
    log = [("Ref", "Date raised", "Action", "Owner", "Update", "Status")]
    for ref, raised, date, text, owner, update, status in (
            ("PAM 29/52", "06.12.29", "2029-12-06", "Circulate the evaluation of the night-time economy patrols.",
             "Head of Performance", "Evaluation circulated on 20 January 2030.", "Complete"),
            ("PAM 30/03", "16.02.30", "2030-02-16", "Provide the number of officers trained in drug testing on "
             "arrest.", "ACC Local Policing", None, "Not started"),
            ("PAM 30/06", "16.02.30", "2030-02-16", "Brief the PCC on the new missing persons app.",
             "ACC Local Policing", "Briefing booked for 20 June 2030.", "In progress")):
        pack.action(ref, text, update, "complete" if status == "Complete" else "outstanding", "status_column",
                    date=date, topic=None)
        log.append((ref, raised, text, owner, update or "", status))
    for ref, text, update, status in minuted:
        pack.action(ref, text, update, "complete" if status == "Complete" else "outstanding", "status_column",
                    date=notes, topic=topic)
        log.append((ref, "12.04.30", text, "ACC Local Policing", update, status))
    blocks.append(T(tuple(log), widths=(20, 20, 45, 28, 37, 20), header_rows=1))
    return pack, word_pack(pack, blocks, "OSPCC", header=("Office of the Sussex Police & Crime Commissioner",))


def northamptonshire() -> tuple[Pack, bytes]:
    """reportlab, borderless tables, Common: an "Outcome" column, two items, a log without a status column."""
    pack = Pack("northamptonshire-pfcc-ab-2030-02-25-round41c.pdf", title="Accountability Board",
                organisation="Police, Fire and Crime Commissioner for Northamptonshire", force="Northamptonshire Police",
                meeting_date="2030-02-25")
    today, notes = "2030-02-25", "2030-01-14"
    agenda = [pack.agenda(today, *row) for row in (
        ("1", "Apologies and declarations of interest", "PFCC"),
        ("2", "Minutes of the meeting of 14 January 2030 and actions update", "Chief Executive"),
        ("3", "Anti-social behaviour", "ACC Local Policing"),
        ("4", "Cyber-enabled fraud", "Head of Economic Crime"),
        ("5", "Any other business", "All"))]
    blocks: list = [
        P("**Police, Fire and Crime Commissioner for Northamptonshire**", size=14),
        H(pack.meeting(today, "Accountability Board", None, page=1), 1),
        P("Monday 25 February 2030 at 2pm, Commissioner's Office, Northampton"),
        H("Agenda", 2),
        T((("No.", "Item", "Lead"),) + tuple(agenda), widths=(10, 100, 50), header_rows=1, bordered=False),
        Break(),
        H(pack.meeting(notes, "Accountability Board – Minutes – 14 January 2030", None), 2),
        H("1. Apologies and declarations of interest", 3), P("Apologies from the Chief Finance Officer. No declarations."),
        H("2. Minutes of the last meeting", 3), P("Agreed as a true record."),
    ]
    header = ("Ref", "Question", "Response", "Outcome", "Commissioner's comment")
    items = [
        ("3", "Burglary and robbery", [
            ("BR1", "What share of residential burglaries was attended within the force's target of 48 hours in the "
                    "last quarter?", "89% were attended within 48 hours, against 81% a year earlier.", "Assured",
             "Good progress; keep it under review."),
            ("BR2", "How are repeat victims of burglary identified and protected?", "Repeat victims are flagged by the "
             "crime system; target hardening is offered, but take-up is not recorded.", "Partially assured",
             "The Commissioner asked for take-up to be recorded.")],
         ("AB/30/03", "The force to analyse repeat burglary victims and the take-up of target hardening.")),
        ("4", "Missing children", [
            ("MC1", "How many return home interviews were completed within 72 hours?", "41% were completed within 72 "
             "hours; the county council and the force disagree on whose duty it is to arrange them.", "Not assured",
             "The Commissioner will raise the protocol with the county council."),
            ("MC2", "How does the force identify children who go missing repeatedly from care?", "A weekly list of "
             "children missing three times or more in 90 days goes to the missing persons coordinator.",
             "Partially assured", None)],
         ("AB/30/04", "The force and the county council to redraft the return home interview protocol.")),
    ]
    for number, title, questions, (ref, text) in items:
        rows = [header]
        for q_ref, question, response, level, comment in questions:
            pack.decision(notes, title, q_ref, question, response,
                          {"Partially assured": "Partly assured"}.get(level, level), comment)
            rows.append((q_ref, question, response, level, comment or ""))
        blocks += [H(f"{number}. {title}", 3), T(tuple(rows), widths=(13, 44, 50, 23, 36), header_rows=1,
                                                   bordered=False), P(f"**Action {ref}:** {text}")]
    blocks += [H("5. Any other business", 3), P("None."), Break(), H("Actions update", 2)]
    log = [("Ref", "Meeting", "Action", "Progress")]
    for ref, meeting, date, topic, text, update, done in (
            ("AB/29/41", "3 Dec 2029", "2029-12-03", None, "The force to share its weekly neighbourhood crime "
             "dashboard with the OPCC.", "The dashboard went live on 6 January 2030 and is shared with the OPCC "
             "each week.", True),
            ("AB/29/44", "3 Dec 2029", "2029-12-03", None, "The force to brief the Commissioner on 101 call "
             "abandonment.", "A briefing will be arranged once the new Head of Contact is in post in April.", False),
            ("AB/30/03", "14 Jan 2030", notes, "Burglary and robbery", items[0][3][1], "The analysis of repeat "
             "burglary victims was sent to the OPCC on 7 February 2030.", True),
            ("AB/30/04", "14 Jan 2030", notes, "Missing children", items[1][3][1], "The protocol is being redrafted "
             "with the county council and will come to the April Board.", False)):
        pack.action(ref, text, update, "complete" if done else "outstanding", "inferred_from_update", date=date,
                    topic=topic)
        log.append((ref, meeting, text, update))
    blocks.append(T(tuple(log), widths=(20, 22, 60, 58), header_rows=1, bordered=False))
    return pack, reportlab_pack(pack, blocks, PdfLook(margin=56), "Northamptonshire OPFCC")


def hampshire() -> tuple[Pack, bytes]:
    """reportlab, landscape, New: the level only as a cell shaded green, amber or red against a key line."""
    pack = Pack("hampshire-iow-pcc-pab-2030-04-23-round41c.pdf", title="Performance and Accountability Board",
                organisation="Police and Crime Commissioner for Hampshire and the Isle of Wight",  # its one name
                force="Hampshire and Isle of Wight Constabulary", meeting_date="2030-04-23")
    today, notes = "2030-04-23", "2030-02-26"
    topic = "Stalking and harassment"
    agenda = [pack.agenda(today, n, t, who) + (time,) for n, t, who, time in (
        ("1", "Welcome, apologies and declarations", "Police and Crime Commissioner", "14:00"),
        ("2", "Notes of the meeting held on 26th February 2030", "Chief Executive", "14:05"),
        ("3", "Action tracker", "Chief Executive", "14:10"),
        ("4", "Neighbourhood crime: burglary, vehicle crime and robbery", "Assistant Chief Constable, Local Policing",
         "14:20"),
        ("5", "Any other business", "–", "15:50"))]
    blocks: list = [
        P("**Office of the Police and Crime Commissioner for Hampshire and Isle of Wight**", size=13),
        H(pack.meeting(today, "Performance and Accountability Board", "Neighbourhood crime", page=1), 1),
        P("Tuesday 23rd April 2030  |  14:00 – 16:00  |  Police Headquarters and Microsoft Teams"),
        P("**Theme:** Neighbourhood crime"),
        T((("Item", "Title", "Lead", "Time"),) + tuple(agenda), widths=(10, 95, 70, 15), header_rows=1),
        Break(),
        H(pack.meeting(notes, "Notes of the Performance and Accountability Board held on 26th February 2030", topic), 2),
        P("**Present:** the Police and Crime Commissioner (Chair); the Chief Executive; the Chief Constable; the "
          "Assistant Chief Constable, Crime and Justice; the Head of Scrutiny."),
        P("**1 and 2. Welcome, apologies and notes of the last meeting.** Apologies from the Deputy Chief Constable. "
          "The notes of 11th December 2029 were agreed."),
        H(f"3. {topic}", 3),
        P("**Assurance rating key:**  {%s|■} Green – the Commissioner is assured;  {%s|■} Amber – the Commissioner "
          "is partially assured;  {%s|■} Red – the Commissioner is not assured." % (GREEN, AMBER, RED)),
    ]
    questions = [
        ("How many stalking reports were made in 2029, and how quickly was a risk assessment completed?",
         "2,310 reports were made, 14% more than in 2028. A risk assessment was completed within 24 hours in 86% of "
         "cases.", GREEN, "The Commissioner noted the rise in reports and the good speed of assessment."),
        ("How many stalking protection orders did the Constabulary apply for, and how many were granted?",
         "The Constabulary applied for 38 orders and 33 were granted. Applications are now checked by a specialist "
         "lawyer before they go to court, which the Constabulary expects to raise the success rate.", AMBER,
         "The Commissioner asked how many breaches of orders were charged."),
        ("How are victims of stalking kept informed about their case, as the Victims' Code requires?",
         "An audit of 60 cases found that victims had been updated in line with the Code in 29 of them.", RED,
         "The Commissioner asked for a plan to improve compliance by the next Board."),
        ("What training have call handlers had to recognise stalking?",
         "All call handlers completed a half-day course in 2029; refresher training is planned for the autumn.",
         AMBER, None),
    ]
    level = {GREEN: "Assured", AMBER: "Partly assured", RED: "Not assured"}
    rows, fills = [("No.", "Question", "Force response", "Rating", "Commissioner's comments")], {}
    for number, (question, response, colour, comment) in enumerate(questions, start=1):
        pack.decision(notes, topic, str(number), question, response, level[colour], comment)
        rows.append((str(number), question, response, "", comment or ""))
        fills[(number, 3)] = colour
    minuted = [
        ("PAB 30/09", "The Constabulary to report the number of breaches of stalking protection orders charged in "
                      "2029.", "Figures are being checked and will be sent by the end of April.", "On track"),
        ("PAB 30/10", "The Constabulary to bring a plan to improve Victims' Code compliance for stalking victims to "
                      "the next Board.", "The plan was presented to the Head of Scrutiny on 2nd April 2030.",
         "Complete"),
    ]
    blocks += [
        T(tuple(rows), widths=(8, 49, 61, 12, 50), header_rows=1, fills=fills),
        P("**Actions**"),
        Bul(tuple(f"{ref} – {text}" for ref, text, _, _ in minuted)),
        Break(),
        H("Action tracker", 2),
    ]
    log = [("Ref", "Raised", "Action", "Update", "Status")]
    for ref, raised, date, text, update, status in (
            ("PAB 29/40", "11 Dec 2029", "2029-12-11", "The Constabulary to share the results of the rural crime "
             "survey.", "Results shared on 15 January 2030.", "Complete"),
            ("PAB 29/43", "11 Dec 2029", "2029-12-11", "The OPCC and the Constabulary to agree a data-sharing "
             "protocol for the victim care service.", "Legal review has taken longer than expected.", "Off track")):
        pack.action(ref, text, update, "complete" if status == "Complete" else "outstanding", "status_column",
                    date=date, topic=None)
        log.append((ref, raised, text, update, status))
    for ref, text, update, status in minuted:
        pack.action(ref, text, update, "complete" if status == "Complete" else "outstanding", "status_column",
                    date=notes, topic=topic)
        log.append((ref, "26 Feb 2030", text, update, status))
    blocks.append(T(tuple(log), widths=(16, 18, 70, 64, 16), header_rows=1))
    return pack, reportlab_pack(pack, blocks, PdfLook(landscape=True, margin=50, cell_size=9.5,
                                                      header="OFFICIAL – Performance and Accountability Board"),
                                "OPCC Hampshire and Isle of Wight")


def greater_manchester() -> tuple[Pack, bytes]:
    """Word->PDF, New: the Deputy Mayor's view as Satisfied / Partially satisfied / Not satisfied by a key sentence,
    and a tracker whose status is the merged group row over it (Open actions / Actions closed)."""
    pack = Pack("greater-manchester-dmpc-pab-2030-03-25-round41c.pdf", title="Policing Accountability Board",
                organisation="Deputy Mayor for Policing and Crime", force="Greater Manchester Police",
                meeting_date="2030-03-25")
    today, notes = "2030-03-25", "2030-01-28"
    topic = "Hate crime"
    agenda = [pack.agenda(today, *row) for row in (
        ("1", "Welcome and apologies", "Deputy Mayor"),
        ("2", "Notes and actions of the Board held on 28 January 2030", "Head of Governance, GMCA"),
        ("3", "Public contact and 999 response", "Assistant Chief Constable, Operational Communications"),
        ("4", "Police and Crime Plan delivery report", "Director of Policing and Criminal Justice"),
        ("5", "Any other business", "Deputy Mayor"))]
    blocks: list = [
        P("**Greater Manchester Combined Authority**", size=13),
        P("Policing, Crime and Criminal Justice"),
        H(pack.meeting(today, "Policing Accountability Board", "Public contact and 999 response", page=1), 1),
        P("**Chair:** Deputy Mayor for Policing and Crime"),
        P("Monday 25 March 2030, 1.30pm – 3.30pm, GMCA offices, Manchester"),
        P("**Theme:** Public contact and 999 response"),
        H("Agenda", 2),
        T((("Item", "Business", "Lead"),) + tuple(agenda), widths=(14, 86, 70), header_rows=1),
        Break(),
        H(pack.meeting(notes, "Notes of the Policing Accountability Board – 28 January 2030", topic, page=2), 1),
        H("1. Welcome and apologies", 2),
        P("The Deputy Mayor welcomed members. Apologies were received from the Chief Constable."),
        H(f"2. {topic}", 2),
        P("GMP presented its report on hate crime. The Deputy Mayor records her view on each question as "
          "**Satisfied** (she is assured), **Partially satisfied** (she is partly assured and asks for further work) "
          "or **Not satisfied** (she is not assured)."),
    ]
    questions = [
        ("HC1", "How has the number of hate crimes reported to GMP changed over the last year?",
         "Reports rose by 7% to 9,420; racially aggravated public order offences are the largest group.", "Satisfied",
         "The Deputy Mayor thanked GMP for the clear breakdown by strand."),
        ("HC2", "How many hate crime victims are referred to the commissioned support service?",
         "31% of victims were referred in the last quarter; GMP's own target is 50%.", "Partially satisfied",
         "The Deputy Mayor asked for guidance to officers on when to refer."),
        ("HC3", "What is the charge rate for hate crime, and how does it compare with the same offences without "
                "an aggravating factor?", "The charge rate was 9%, against 12% for the same offences without "
                                          "aggravation; GMP has not yet examined the gap.", "Not satisfied",
         "The Deputy Mayor asked for an analysis of the gap each quarter."),
        ("HC4", "How are third-party reporting centres supported?",
         "Forty-two centres are active; staff at half of them have been trained since 2028.", "Partially satisfied",
         "Training for the rest to be scheduled."),
    ]
    level = {"Satisfied": "Assured", "Partially satisfied": "Partly assured", "Not satisfied": "Not assured"}
    rows = [("Ref", "Question", "GMP response", "Deputy Mayor's view", "Remarks")]
    for ref, question, response, view, remark in questions:
        pack.decision(notes, topic, ref, question, response, level[view], remark)
        rows.append((ref, question, response, f"**{view}**", remark))
    minuted = [
        ("PAB/30/02", "GMP to issue guidance to officers on referring hate crime victims to the support service.",
         "Draft guidance written; to be agreed by the hate crime scrutiny panel in April."),
        ("PAB/30/03", "GMP to report the gap in charge rates between aggravated and non-aggravated offences each "
                      "quarter.", "First quarterly report received on 14 March 2030; the second is due in June."),
    ]
    blocks += [
        T(tuple(rows), widths=(14, 42, 50, 26, 38), header_rows=1),
        P("**Actions:**"),
        Bul(tuple(f"{ref} – {text}" for ref, text, _ in minuted)),
        H("3. Any other business", 2), P("None."),
        Break(),
        H("Action tracker", 1),
        P("Actions stay open until the Board agrees to close them; closed actions are shown once and then removed."),
    ]
    tracker: list = [("Ref", "Raised", "Action", "Update"), ("**Open actions**", None, None, None)]
    spans = [(1, 0, 1, 4)]
    pack.action("PAB/29/27", "GMP to share the results of the call-back survey of 101 callers.",
                "Survey fieldwork finished; the results were presented to the GMP contact board on 3 March 2030 and "
                "will be shared once agreed.", "outstanding", "status_column", date="2029-11-26", topic=None)
    tracker.append(("PAB/29/27", "26/11/2029", "GMP to share the results of the call-back survey of 101 callers.",
                    "Survey fieldwork finished; the results were presented to the GMP contact board on 3 March 2030 "
                    "and will be shared once agreed."))
    for ref, text, update in minuted:
        pack.action(ref, text, update, "outstanding", "status_column", date=notes, topic=topic)
        tracker.append((ref, "28/01/2030", text, update))
    spans.append((len(tracker), 0, 1, 4))
    tracker.append(("**Actions closed since the last Board**", None, None, None))
    for ref, text, update in (
            ("PAB/29/22", "GMCA to add hate crime outcomes to the Police and Crime Plan dashboard.",
             "Outcomes added to the dashboard in December 2029."),
            ("PAB/29/25", "GMP to brief the Deputy Mayor on the review of the control room rota.",
             "Superseded by the wider review of public contact (item 3 of this agenda); closed by agreement.")):
        pack.action(ref, text, update, "complete", "status_column", date="2029-11-26", topic=None)
        tracker.append((ref, "26/11/2029", text, update))
    blocks.append(T(tuple(tracker), widths=(22, 22, 63, 63), header_rows=1, spans=tuple(spans),
                    fills={(r, 0): "#e7e6e6" for r, *_ in spans}))
    return pack, word_pack(pack, blocks, "GMCA", header=("GMCA – Policing Accountability Board",))


def dyfed_powys() -> tuple[Pack, bytes]:
    """reportlab, New: levels and statuses printed in Welsh over English in one cell."""
    pack = Pack("dyfed-powys-pcc-pab-2030-06-04-round41c.pdf", title="Policing Assurance Board",
                organisation="Police and Crime Commissioner for Dyfed-Powys", force="Dyfed-Powys Police",
                meeting_date="2030-06-04")
    today, notes = "2030-06-04", "2030-04-02"
    topic = "Call handling and the 101 service"
    agenda = [pack.agenda(today, *row) for row in (
        ("1", "Welcome and apologies", "Commissioner"),
        ("2", "Minutes of the Board held on 2 April 2030", "Chief Executive"),
        ("3", "Action log", "Chief Executive"),
        ("4", "Serious violence duty", "Detective Superintendent, Serious Violence"),
        ("5", "Roads policing", "Chief Inspector, Roads Policing"),
        ("6", "Any other business", "–"))]
    blocks: list = [
        P("**Comisiynydd Heddlu a Throseddu Dyfed-Powys**", size=12),
        P("**Police and Crime Commissioner for Dyfed-Powys**", size=12),
        H(pack.meeting(today, "Policing Assurance Board", None, page=1,
                       printed="Bwrdd Sicrwydd Plismona / Policing Assurance Board"), 1),
        P("Dydd Mawrth 4 Mehefin 2030 / Tuesday 4 June 2030, 10:00"),
        H("Agenda", 2),
        T((("Eitem / Item", "Teitl / Title", "Cyflwynydd / Presenter"),) + tuple(agenda), widths=(16, 84, 60),
          header_rows=1),
        Break(),
        H(pack.meeting(notes, "Minutes of the Policing Assurance Board held on 2 April 2030", topic,
                       printed="Cofnodion / Minutes of the Policing Assurance Board held on 2 April 2030"), 2),
        H("1. Croeso ac ymddiheuriadau / Welcome and apologies", 3),
        P("Apologies were received from the Deputy Chief Constable."),
        H("2. Cofnodion / Minutes", 3), P("The minutes of 5 February 2030 were agreed."),
        H(f"3. Trin galwadau a'r gwasanaeth 101 / {topic}", 3),
        P("The Head of Contact Management presented the report. The Commissioner's level of assurance on each "
          "question is recorded in Welsh and English."),
    ]
    questions = [
        ("CH1", "What share of 999 calls were answered within ten seconds in the last quarter?",
         "93% of 999 calls were answered within ten seconds, above the national standard of 90%.",
         ("Sicr", "Assured"), "The Commissioner thanked the control room staff."),
        ("CH2", "What is the average time to answer a 101 call, and how many callers abandon the call?",
         "The average time to answer was 6 minutes 40 seconds; 19% of callers abandoned the call, against 24% a year "
         "ago. A call-back option was added in January.",
         ("Sicr yn rhannol", "Partly assured"), "The Commissioner asked for the abandonment rate by time of day."),
        ("CH3", "How many callers who ask to be served in Welsh are answered by a Welsh speaker?",
         "Welsh speakers answered 58% of calls in which the caller chose Welsh; the target is 100%.",
         ("Dim sicrwydd", "Not assured"), "The Commissioner asked for a plan to recruit Welsh-speaking call handlers."),
        ("CH4", "How has the online reporting service changed demand on the 101 line?",
         "The new telephony system's data is not yet available, so the effect cannot yet be measured.",
         ("Gohiriwyd", "Deferred"), "To be assessed at the June Board, once the new telephony data is available."),
    ]
    level = {"Assured": "Assured", "Partly assured": "Partly assured", "Not assured": "Not assured", "Deferred": None}
    rows = [("Cyf. / Ref", "Cwestiwn / Question", "Ymateb / Response", "Lefel sicrwydd / Level of assurance",
             "Sylwadau / Comments")]
    for ref, question, response, (welsh, english), comment in questions:
        pack.decision(notes, topic, ref, question, response, level[english], comment)
        rows.append((ref, question, response, (welsh, f"**{english}**"), comment))
    minuted = [
        ("PAB 30/21", "Head of Contact Management to report the 101 abandonment rate by time of day.",
         "Report received on 30 April 2030.", ("Cwblhawyd", "Complete")),
        ("PAB 30/22", "Head of Contact Management to bring a plan to recruit Welsh-speaking call handlers.",
         "Recruitment campaign to open in September.", ("Ar agor", "Open")),
    ]
    blocks += [
        T(tuple(rows), widths=(14, 40, 50, 24, 36), header_rows=1),
        *(P(f"**Action {ref}** – {text}") for ref, text, _, _ in minuted),
        H("4. Unrhyw fater arall / Any other business", 3), P("None."),
        Break(),
        H("Log gweithredu / Action log", 2),
    ]
    log: list = [("Cyf. / Ref", "Cyfarfod / Meeting", "Cam gweithredu / Action", "Cynnydd / Progress",
                  "Statws / Status")]
    for ref, met, date, text, update, (welsh, english) in (
            ("PAB 29/37", "12/12/2029", "2029-12-12", "Chief Inspector, Roads Policing to share the speed camera "
             "review.", "Review shared on 20 January 2030.", ("Cwblhawyd", "Complete")),
            ("PAB 30/04", "05/02/2030", "2030-02-05", "Head of Estates to report on the custody suite refurbishment.",
             "Work delayed by the contractor; report now due in July.", ("Ar agor", "Open"))):
        pack.action(ref, text, update, "complete" if english == "Complete" else "outstanding", "status_column",
                    date=date, topic=None)
        log.append((ref, met, text, update, (welsh, english)))
    for ref, text, update, (welsh, english) in minuted:
        pack.action(ref, text, update, "complete" if english == "Complete" else "outstanding", "status_column",
                    date=notes, topic=topic)
        log.append((ref, "02/04/2030", text, update, (welsh, english)))
    blocks.append(T(tuple(log), widths=(17, 25, 48, 46, 24), header_rows=1))
    return pack, reportlab_pack(pack, blocks, PdfLook(margin=54, cell_size=9.5), "Comisiynydd Dyfed-Powys")


def cumbria() -> tuple[Pack, bytes]:
    """Word, New: each question's level printed in its own heading ("Question 2 – Partially assured"), one question
    "For information" with no level sought."""
    pack = Pack("cumbria-pfcc-pac-2030-06-18-round41c.docx", title="Public Accountability Conference",
                organisation="Police, Fire and Crime Commissioner for Cumbria", force="Cumbria Constabulary",
                meeting_date="2030-06-18")
    today, notes = "2030-06-18", "2030-05-14"
    topic = "Rural and farm crime"
    agenda = [pack.agenda(today, *row) for row in (
        ("1", "Apologies for absence", "Chair"),
        ("2", "Declarations of interest", "Chair"),
        ("3", "Minutes of the meeting held on 14 May 2030", "Chief Executive"),
        ("4", "Road safety and the fatal four", "Chief Superintendent, Operations"),
        ("5", "Fire and rescue: on-call availability", "Chief Fire Officer"),
        ("6", "Any other business", "Chair"))]
    blocks: list = [
        P("**Police, Fire and Crime Commissioner for Cumbria**", size=14),
        H(pack.meeting(today, "Public Accountability Conference", "Road safety and the fatal four"), 1),
        P("Tuesday 18 June 2030 at 10.00am, Police Headquarters, Penrith"),
        P("**Theme:** Road safety and the fatal four"),
        H("Agenda", 2),
        T((("No.", "Item", "Report of"),) + tuple(agenda), widths=(14, 96, 60), header_rows=1),
        Break(),
        H(pack.meeting(notes, "Minutes of the Public Accountability Conference held on Tuesday 14 May 2030", topic), 1),
        H("1. Apologies for absence", 2), P("Apologies were received from the Deputy Chief Constable."),
        H("2. Declarations of interest", 2), P("None."),
        H(f"3. {topic}", 2),
        P("The Chief Constable presented a report on rural and farm crime. The Commissioner had put four questions "
          "in advance; the level of assurance the Commissioner recorded is given beside each question."),
    ]
    questions = [
        ("Assured", "How many thefts of farm machinery and livestock were recorded in 2029, and how many were solved?",
         "412 thefts were recorded, 9% fewer than in 2028. 61 were solved, and £1.3 million of machinery was "
         "recovered, much of it through the tracking scheme run with the farming unions.",
         "The Commissioner welcomed the recoveries and the work with the farming unions."),
        ("Partially assured", "How does the rural crime team work with neighbourhood officers in the fells and the "
                              "valleys?", "The team of eight officers holds a weekly briefing with neighbourhood "
                                          "sergeants. Officers in the more remote areas said that they rarely see "
                                          "the team's intelligence.",
         "The Commissioner asked for the intelligence bulletin to reach every neighbourhood officer."),
        ("Not assured", "How is wildlife crime, including the persecution of birds of prey, investigated?",
         "Wildlife crime is investigated by one trained officer, who also covers heritage crime; no case has been "
         "charged since 2027.", "The Commissioner asked the Chief Constable to review how wildlife crime is "
                                "resourced."),
    ]
    for number, (heading_level, question, answer, comment) in enumerate(questions, start=1):
        pack.decision(notes, topic, str(number), question, answer,
                      {"Partially assured": "Partly assured"}.get(heading_level, heading_level), comment)
        blocks += [H(f"Question {number} – {heading_level}", 3), P(f"**{question}**"), P(answer),
                   P(f"*Commissioner's comment:* {comment}")]
    minuted = [
        ("PAC/30/11", "The Chief Constable to send the rural crime intelligence bulletin to every neighbourhood officer.",
         "The bulletin has gone to all neighbourhood officers since 1 June 2030.", "Closed", "03/06/30"),
        ("PAC/30/12", "The Chief Constable to review how wildlife crime is resourced and report to the Conference.",
         "Review started; to report in September.", "Open", ""),
    ]
    blocks += [
        H("Question 4 – For information", 3),
        P("**How many farms have joined the rural watch messaging service?**"),
        P("1,870 farms had joined by the end of April 2030."),
        P("*This question was asked for information; no level of assurance was sought.*"),
        P("**Actions:**"),
        Bul(tuple(f"{ref} – {text}" for ref, text, *_ in minuted)),
        H("4. Any other business", 2), P("None."),
        Break(),
        H("Action log", 1),
    ]
    log = [("Action ref", "Conference", "Action", "Update", "Status", "Date closed")]
    for ref, met, date, text, update, status, closed in (
            ("PAC/30/02", "15/01/30", "2030-01-15", "The Chief Fire Officer to share the on-call recruitment plan.",
             "Plan shared on 20 February 2030.", "Closed", "12/03/30"),
            ("PAC/30/06", "12/03/30", "2030-03-12", "The Chief Constable to report the results of the drink-drive "
             "campaign.", "Campaign data to be published in July.", "Open", "")):
        pack.action(ref, text, update, "complete" if status == "Closed" else "outstanding", "status_column",
                    date=date, topic=None)
        log.append((ref, met, text, update, status, closed))
    for ref, text, update, status, closed in minuted:
        pack.action(ref, text, update, "complete" if status == "Closed" else "outstanding", "status_column",
                    date=notes, topic=topic)
        log.append((ref, "14/05/30", text, update, status, closed))
    blocks.append(T(tuple(log), widths=(22, 25, 42, 38, 18, 25), header_rows=1))
    return pack, word_pack(pack, blocks, "Cumbria OPFCC", header=("Police, Fire and Crime Commissioner for Cumbria",))


def warwickshire() -> tuple[Pack, bytes]:
    """Word->PDF, New: a "PCC Decision" of Assurance given / partly given / not given, and a log whose status is a
    "Complete? (Y/N)" column."""
    pack = Pack("warwickshire-pcc-gsb-2030-02-20-round41c.pdf", title="Governance and Scrutiny Board",
                organisation="Police and Crime Commissioner for Warwickshire", force="Warwickshire Police",
                meeting_date="2030-02-20")
    today, notes = "2030-02-20", "2030-01-22"
    topic = "Child criminal exploitation"
    agenda = [pack.agenda(today, *row) for row in (
        ("1", "Apologies", "PCC"),
        ("2", "Notes of the meeting held on 22nd January 2030", "Governance Officer"),
        ("3", "Action log", "Governance Officer"),
        ("4", "Serious and organised crime", "Detective Chief Superintendent, Crime"),
        ("5", "Finance: month 9 budget monitoring", "Chief Finance Officer"),
        ("6", "Any other business", "–"))]
    blocks: list = [
        P("**Police and Crime Commissioner for Warwickshire**", size=14),
        H(pack.meeting(today, "Governance and Scrutiny Board", None, page=1), 1),
        P("Wednesday 20th February 2030, 2.00pm – 4.00pm, Police Headquarters"),
        H("Agenda", 2),
        T((("Item", "Agenda item", "Presenter"),) + tuple(agenda), widths=(14, 96, 60), header_rows=1),
        Break(),
        H(pack.meeting(notes, "Notes of the Governance and Scrutiny Board – 22nd January 2030", topic), 1),
        H("1. Apologies", 2), P("Apologies from the Deputy Chief Constable."),
        H("2. Notes and actions", 2), P("The notes of 18th December 2029 were agreed."),
        H(f"3. {topic}", 2),
        P("The PCC Decision column records whether the PCC's assurance was given, partly given or not given, with "
          "any condition the PCC set."),
    ]
    questions = [
        ("How many children were identified as at risk of criminal exploitation in 2029, and how many were "
         "referred to the multi-agency panel?", "214 children were identified and 171 were referred; the rest were "
                                                 "already known to children's services.",
         "Assurance given", None),
        ("How does the force make sure that exploited children are treated as victims when they are arrested?",
         "A screening question was added to the custody record in October 2029. An audit of its use is planned for "
         "March 2030.", "Assurance partly given", "the PCC asked for the audit results at the April Board."),
        ("How many disruption orders have been obtained against adults who exploit children?",
         "Two orders were obtained in 2029; the force does not track how many were considered.",
         "Assurance not given", "the PCC asked the force to record every order considered."),
        ("How is the force working with schools to spot the signs of exploitation?",
         "Schools officers delivered sessions in all 36 secondary schools in the autumn term.", "Assurance given",
         None),
    ]
    level = {"Assurance given": "Assured", "Assurance partly given": "Partly assured",
             "Assurance not given": "Not assured"}
    rows = [("Q", "PCC question", "Force response", "PCC Decision")]
    for number, (question, response, decision, condition) in enumerate(questions, start=1):
        pack.decision(notes, topic, str(number), question, response, level[decision], condition)
        rows.append((str(number), question, response, f"**{decision}**" + (f" – {condition}" if condition else "")))
    minuted = [
        ("GSB-30-05", "The force to share the results of the custody screening audit at the April Board.",
         "Audit fieldwork complete; report being written.", "N"),
        ("GSB-30-06", "The force to record every disruption order considered, whether or not it is applied for.",
         "Recording began on 1st February 2030.", "Y"),
    ]
    blocks += [
        T(tuple(rows), widths=(10, 50, 62, 48), header_rows=1),
        P("**Actions**"),
        Num(tuple(text for _, text, _, _ in minuted)),
        H("4. Any other business", 2), P("None."),
        Break(),
        H("Action log", 1),
    ]
    log = [("Ref", "Date raised", "Action", "Owner", "Update", "Complete? (Y/N)")]
    for ref, raised, date, text, owner, update, done in (
            ("GSB-29-31", "27/11/2029", "2029-11-27", "Circulate the force's retail crime plan to the OPCC.",
             "ACC Local Policing", "Circulated 9th December 2029.", "Y"),
            ("GSB-29-36", "18/12/2029", "2029-12-18", "Report the number of officers trained in stop and search "
             "body-worn video standards.", "ACC Operations", "Training continues until March.", "N")):
        pack.action(ref, text, update, "complete" if done == "Y" else "outstanding", "status_column", date=date,
                    topic=None)
        log.append((ref, raised, text, owner, update, done))
    for ref, text, update, done in minuted:
        pack.action(ref, text, update, "complete" if done == "Y" else "outstanding", "status_column", date=notes,
                    topic=topic)
        log.append((ref, "22/01/2030", text, "Det Ch Supt, Crime", update, done))
    blocks.append(T(tuple(log), widths=(22, 22, 42, 25, 36, 23), header_rows=1))
    return pack, word_pack(pack, blocks, "OPCC Warwickshire", header=("Governance and Scrutiny Board",))


PACKS: dict[str, Callable[[], tuple[Pack, bytes]]] = {
    "staffordshire": staffordshire,
    "suffolk": suffolk,
    "sussex": sussex,
    "northamptonshire": northamptonshire,
    "hampshire": hampshire,
    "greater-manchester": greater_manchester,
    "dyfed-powys": dyfed_powys,
    "cumbria": cumbria,
    "warwickshire": warwickshire,
}


def main(prefixes: list[str]) -> None:
    for key, build in PACKS.items():
        if not prefixes or any(key.startswith(p) for p in prefixes):
            write(*build())


if __name__ == "__main__":
    main(sys.argv[1:])
