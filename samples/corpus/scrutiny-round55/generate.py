"""Scrutiny packs of round 55 (blind fix round, issue 4): nine offices, forms no earlier round printed.

Each builder call that prints a question, an action row, an agenda row or a meeting heading also writes
its gold record; a PDF record's page is the first page whose pdfplumber text (or table cells) holds the
start of its key text. The generator stops if a key is on no page, or if a printed word is a fragment of
no source word (a word split over two lines of a narrow cell).

    .venv/bin/python samples/corpus/scrutiny-round55/generate.py [NAME-PREFIX ...]

Gold goes to ``gold/`` (in ``pending/``, as a blind round's gold, until every record was right; promoted).
"""

from __future__ import annotations

import io
import json
import re
import sys
import unicodedata
from xml.sax.saxutils import escape
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pdfplumber
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import scrutiny_common  # noqa: E402,F401  (puts scrutiny-round3's render module on sys.path)
from office_pdf import docx_to_pdf  # noqa: E402
from render import Break, Bul, H, P, PdfLook, T, _stable_zip, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind for blind-fix round 55; every record hand-checked against the rendered pages "
           "by the round's writer before the extractors were run.")
WHEN = datetime(2042, 1, 5, 9, 0, 0)


def long_date(d: date) -> str:
    return f"{d:%A} {d.day} {d:%B %Y}"


def day(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def plain(text: str) -> str:
    """The printed words of a block's markup."""
    text = re.sub(r"\{#[0-9a-fA-F]{6}\|(.*?)\}", r"\1", text)
    return text.replace("**", "").replace("*", "").replace("~~", "")


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    return " ".join(text.split()).lower()


class Pack:
    """One pack's blocks and the gold records its builder calls write."""

    def __init__(self, name: str, force: str, organisation: str, title: str, when: date) -> None:
        self.name, self.organisation, self.when = name, organisation, when
        self.blocks: list = []
        self.keyed: list[tuple[dict, str]] = []
        self.source_text: list[str] = []
        document = {"page": None, "file_type": "pdf" if name.endswith(".pdf") else "docx",
                    "doc_kind": "scrutiny_pack", "status": "ok", "publication_date": None, "title": title,
                    "force": force, "organisation": organisation, "meeting_date": when.isoformat()}
        self.records: dict[str, list] = {"documents": [document], "meetings": [], "agenda_items": [],
                                         "assurance_decisions": [], "actions": [], "grades": []}

    def add(self, *blocks) -> None:
        self.blocks += blocks

    def _keep(self, kind: str, record: dict, key: str) -> None:
        self.records[kind].append(record)
        self.keyed.append((record, key))

    def meeting(self, title: str, when: date, topic: str | None) -> str:
        self._keep("meetings", {"page": None, "meeting_date": when.isoformat(), "topic": topic,
                                "organisation": self.organisation, "title": title}, title)
        return title

    def agenda(self, number: str, title: str, presenter: str | None, printed: str | None = None) -> tuple:
        self._keep("agenda_items", {"page": None, "meeting_date": self.when.isoformat(), "number": number,
                                    "title": title, "presenter": None if presenter in ("–", "") else presenter}, title)
        return (printed if printed is not None else number, title, presenter or "")

    def decision(self, number: str | None, question: str, evidence: str, assurance: str | None,
                 commentary: str | None, topic: str | None, when: date) -> str:
        self._keep("assurance_decisions", {"page": None, "meeting_date": when.isoformat(), "topic": topic,
                                           "question_number": number, "question": question,
                                           "evidence_summary": evidence, "assurance": assurance,
                                           "commentary": commentary}, question)
        return question

    def action(self, number: str | None, text: str, update: str | None, status: str, topic: str | None,
               when: date | None, status_source: str = "status_column") -> str:
        self._keep("actions", {"page": None, "meeting_date": when.isoformat() if when else None, "topic": topic,
                               "number": number, "text": text, "update": update, "status": status,
                               "status_source": status_source, "source": "action_tracker"}, text)
        return text


# --- checking and writing ------------------------------------------------------------------------------


def _block_texts(blocks) -> list[str]:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, (H, P)):
            out.append(block.text)
        elif isinstance(block, Bul):
            out += block.items
        elif isinstance(block, T):
            for row in block.rows:
                for cell in row:
                    parts = cell if isinstance(cell, tuple) else (cell,)
                    for part in parts:
                        if isinstance(part, Bul):
                            out += part.items
                        elif part is not None:
                            out.append(str(part))
    return out


def set_pages(pack: Pack, data: bytes) -> None:
    """Each keyed record's page: the first page whose text holds the first words of its key (eight, or as
    few as four where a narrow cell wraps sooner). Stops on a key found nowhere or a split word."""
    source = {w for text in _block_texts(pack.blocks) + pack.source_text
              for w in re.findall(r"[a-z0-9]+", norm(plain(text)))}
    pages: list[str] = []
    page_words: list[set[str]] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pack.records["documents"][0]["pages"] = len(pdf.pages)
        for number, page in enumerate(pdf.pages, 1):
            text = page.extract_text() or ""
            cells = " | ".join(c or "" for t in page.extract_tables() for row in t for c in row)
            pages.append(norm(text) + " || " + norm(cells))
            page_words.append(set(re.findall(r"[a-z0-9]+", norm(text))))
            for word in re.findall(r"[a-z0-9]+", norm(text)):
                if word not in source:
                    raise SystemExit(f"{pack.name}: p{number} prints '{word}', a fragment of no source word")
    for record, key in pack.keyed:
        words = norm(plain(key)).split()
        for n in range(min(8, len(words)), min(3, len(words)) - 1, -1):
            prefix = " ".join(words[:n])
            hits = [i for i, text in enumerate(pages) if prefix in text]
            if hits:
                record["page"] = hits[0] + 1
                break
        else:  # a narrow cell wraps after a word or two: its first six words, on whatever lines
            first = re.findall(r"[a-z0-9]+", " ".join(words))[:6]
            hits = [i for i, found in enumerate(page_words) if set(first) <= found]
            if not hits:
                raise SystemExit(f"{pack.name}: key on no page: {key}")
            record["page"] = hits[0] + 1


def write(pack: Pack, data: bytes) -> None:
    (HERE / pack.name).write_bytes(data)
    gold = {"source_file": pack.name, "expect": "ok", "checked": CHECKED, "records": pack.records}
    (GOLD / f"{pack.name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
    pages = {t: [r["page"] for r in pack.records[t]] for t in ("meetings", "assurance_decisions", "actions")}
    print(f"{pack.name}: {len(data)} bytes; pages {pages}")


def finish_pdf(pack: Pack, data: bytes) -> bytes:
    set_pages(pack, data)
    pack.records["meetings"][0]["page"] = 1  # the front sheet's own meeting
    return data


def reportlab_pack(pack: Pack, look: PdfLook) -> bytes:
    return finish_pdf(pack, render_pdf(pack.blocks, look, pack.records["documents"][0]["title"], "OPCC"))


def set_grids(docx: bytes) -> bytes:
    """Each table's grid columns as wide as its cells, as Word sets them on saving (LibreOffice lays a
    table out by its grid, which python-docx leaves evenly divided)."""
    document = Document(io.BytesIO(docx))
    for table in document.tables:
        widths = [cell.width for cell in table.rows[0].cells]
        for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            column.set(qn("w:w"), str(int(width.twips)))
    buffer = io.BytesIO()
    document.save(buffer)
    return _stable_zip(buffer.getvalue())


def word_pdf_pack(pack: Pack, header: tuple[str, ...] = ()) -> bytes:
    docx = render_docx(pack.blocks, title=pack.records["documents"][0]["title"], author="OPCC", when=WHEN,
                       header=header)
    return finish_pdf(pack, docx_to_pdf(set_grids(docx)))


# --- 1. Avon and Somerset: levels in a closing bulleted Summary per line of enquiry ----------------------


def avon_and_somerset() -> tuple[Pack, bytes]:
    when, notes = date(2042, 3, 4), date(2042, 1, 14)
    pack = Pack("avon-and-somerset-pcc-pab-2042-03-04-round55.pdf", "Avon and Somerset Constabulary",
                "Police and Crime Commissioner for Avon and Somerset", "Performance and Accountability Board", when)
    pack.add(P("Office of the Police and Crime Commissioner for Avon and Somerset", size=10),
             H(pack.meeting("Performance and Accountability Board", when, "Retail and business crime")),
             P(f"**Date:** {long_date(when)}, 10:00 to 12:30"),
             P("**Venue:** Conference Room 2, Valley Road, and broadcast online"),
             P("**Theme:** Retail and business crime"),
             H("Agenda", 2),
             T((("No.", "Item", "Lead"),
                pack.agenda("1", "Welcome, apologies and declarations", "Commissioner"),
                pack.agenda("2", f"Notes of the Board held on {day(notes)}", "Governance Officer"),
                pack.agenda("3", "Action tracker", "Governance Officer"),
                pack.agenda("4", "Retail and business crime", "Assistant Chief Constable Orla Penhallow"),
                pack.agenda("5", "Any other business", None)),
               widths=(1.0, 8.0, 5.0), header_rows=1, bordered=False),
             P("Papers for item 4 will be published a week before the Board. Questions from the public may be "
               "sent to the office by the Friday before the meeting."),
             Break())
    topic = "Rural and heritage crime"
    pack.add(H(pack.meeting(f"Notes of the Performance and Accountability Board held on {day(notes)}", notes, topic), 2),
             P("**Present:** the Commissioner (chair); Chief Constable; Deputy Chief Constable; Chief of Staff; "
               "Head of Performance; Governance Officer."),
             P("**1. Welcome and apologies.** Apologies were received from the Chief Finance Officer."),
             P("**2. Notes and actions.** The notes of the previous Board were agreed; the tracker was reviewed."),
             H(f"3. {topic}", 3),
             P("The Commissioner put four lines of enquiry to the force. His assurance on each is recorded in "
               "the summary at the end of these notes."))
    loes = (
        ("1", "How many thefts of farm machinery and fuel were recorded in the last year, and how many were solved?",
         "Recorded thefts fell from 412 to 365. Eleven per cent were solved, against seven per cent the year before, "
         "helped by tracking devices fitted through the rural crime partnership.",
         "assured", "Assured", "the fall is real and the solve rate is improving."),
        ("2", "What is the force doing to protect listed churches and heritage sites from metal theft?",
         "Forty sites now carry forensic marking and alarms. Two scrap yards were closed after joint visits "
         "with the council, but thefts from roofs still rose in the south of the area.",
         "partly assured", "Partly assured", "the marking scheme should reach the remaining sites before winter."),
        ("3", "How quickly does the force answer calls from isolated farms and hamlets?",
         "The median time to attend an emergency call in the most rural wards is 23 minutes, four minutes slower "
         "than a year ago. Two rural response cars were moved to the city over the summer.",
         "not assured", "Not assured", "rural attendance has worsened and the cars have not returned."),
        ("4", "How are wildlife crime officers trained and how much of their time is protected?",
         "Nine officers hold the national wildlife crime course. Protected time was agreed in principle; a survey "
         "of how it is used will report in April.",
         "assessment deferred", None, "the Commissioner will decide once the April survey has reported."),
    )
    summary = []
    for number, question, response, printed, level, comment in loes:
        pack.add(P(f"**LOE {number}:** {pack.decision(number, question, response, level, comment, topic, notes)}"),
                 P(response, indent=18))
        summary.append(f"LOE {number} – {printed}: {comment}")
    pack.add(P("**Actions**"),
             Bul((f"PAB 42/03: {pack.action('PAB 42/03', 'Extend forensic marking to the heritage sites not yet covered.', 'Twelve of the remaining nineteen sites marked.', 'outstanding', topic, notes)}",
                  f"PAB 42/04: {pack.action('PAB 42/04', 'Report on the return of the two rural response cars.', 'Both cars returned to rural stations on 2 February.', 'complete', topic, notes)}")),
             H("Summary", 3),
             P("The Commissioner's assurance on each line of enquiry:"),
             Bul(tuple(summary)),
             P("Date of the next Board: " + long_date(when) + "."),
             Break(),
             H("Action tracker", 2))
    rows = [("Ref", "Date raised", "Action", "Update", "Status")]
    older = date(2041, 11, 12)
    for ref, raised, text, update, printed, status, topic_ in (
            ("PAB 41/27", older, "Publish the quarterly stop and search scrutiny panel findings.",
             "Published on the OPCC website in December.", "Complete", "complete", None),
            ("PAB 41/29", older, "Brief the Board on the new fraud victim contact standard.",
             "Briefing moved to the May Board.", "Open", "outstanding", None),
            ("PAB 42/03", notes, None, "Twelve of the remaining nineteen sites marked.", "In progress", None, None),
            ("PAB 42/04", notes, None, "Both cars returned to rural stations on 2 February.", "Complete", None, None)):
        if text is None:
            text = next(r["text"] for r in pack.records["actions"] if r["number"] == ref)
        else:
            pack.action(ref, text, update, status, topic_, raised)
        rows.append((ref, day(raised), text, update, printed))
    pack.add(T(tuple(rows), widths=(2.0, 2.4, 5.2, 4.6, 1.8), header_rows=1, bordered=False),
             P("Tracker maintained by the Governance Officer. Actions marked Complete are removed after one Board."))
    return pack, reportlab_pack(pack, PdfLook(cell_size=9.5))


# --- 2. Thames Valley: long question cells split over a page break mid-cell ----------------------------


def thames_valley() -> tuple[Pack, bytes]:
    when, notes = date(2042, 5, 19), date(2042, 3, 24)
    pack = Pack("thames-valley-pcc-pam-2042-05-19-round55.pdf", "Thames Valley Police",
                "Police and Crime Commissioner for Thames Valley", "Public Accountability Meeting", when)
    pack.add(P("THAMES VALLEY POLICE AND CRIME COMMISSIONER", size=10),
             H(pack.meeting("Public Accountability Meeting", when, None)),
             P(f"{long_date(when)} at 14:00, Council Chamber, Kidlington Offices"),
             H("Agenda", 2),
             T((("Item", "Subject", "Presenter"),
                pack.agenda("1", "Apologies for absence", "Chief Executive"),
                pack.agenda("2", f"Minutes of the meeting of {day(notes)}", "Chief Executive"),
                pack.agenda("3", "Action log", "Chief Executive"),
                pack.agenda("4", "Roads policing and speed enforcement", "Chief Superintendent, Roads Policing"),
                pack.agenda("5", "Complaints handling and timeliness", "Head of Professional Standards"),
                pack.agenda("6", "Any other business", None)),
               widths=(1.2, 8.5, 5.0), header_rows=1, bordered=False),
             P("The meeting is held in public and recorded. The PCC's questions for each item are published "
               "with the papers; the force's written answers form the report for the item."),
             Break())
    topic = "Missing persons"
    pack.add(H(pack.meeting(f"Minutes of the Public Accountability Meeting held on {day(notes)}", notes, topic), 2),
             P("Present: the PCC (chair), the Chief Constable, the Deputy Chief Constable, the OPCC Chief Executive "
               "and the OPCC Head of Policy. Apologies: the Chief Finance Officer."),
             P("1. The minutes of the previous meeting were agreed. 2. The action log was noted."),
             H(f"3. {topic}", 3),
             P("The PCC's questions were published with the papers and are set out in full below with a summary "
               "of the force's answer and the PCC's assessment of the assurance he received."))
    questions = (
        ("1", "Missing episodes have risen for the third year running, and a growing share involve children in "
              "care placed from outside the area. Please set out how many missing episodes were recorded in each "
              "of the last three years, how many involved looked-after children, how many of those children were "
              "placed by other authorities, and what the force has done with the placing authorities to reduce "
              "repeat episodes, including any change in the protocol agreed with the children's homes in the "
              "Thames Valley area.",
         "Episodes rose from 7,940 to 8,615. Looked-after children account for 38% of episodes, and half of those "
         "children are placed from outside the area. A revised protocol with 31 homes took effect in January.",
         "Partially assured", "Partly assured", "The PCC wants the repeat rate by home reported at the next meeting."),
        ("2", "The force introduced a risk triage model for missing reports in 2040, under which some low risk "
              "reports are no longer attended straight away. The PCC has received letters from families who felt "
              "their concerns were not taken seriously. Please explain how the triage decision is recorded, who "
              "reviews it and how often, how many reports were re-graded to a higher risk after the first call, "
              "and what the force has learned from the complaints it has received about the model.",
         "Every triage decision is recorded on the missing person record and reviewed by an inspector within the "
         "hour. 412 reports were re-graded upwards last year. Four complaints were upheld and the guidance to call "
         "handlers was rewritten.",
         "Assured", "Assured", "The reviews are timely and the lessons of the complaints have been taken up."),
        ("3", "Return home interviews are meant to be offered within 72 hours of a child coming back, and the "
              "information they give should reach officers who look for the child next time. Please state what "
              "share of interviews took place within 72 hours in each local authority area, how the interview "
              "information is passed to the force and recorded, how quickly it is available to the officers "
              "searching for a child who goes missing again, and where the force has had to escalate delays to "
              "the local safeguarding partnership.",
         "Timeliness ranges from 41% to 88% across the nine authorities. Interview notes arrive by secure email and "
         "are added to the record by a central team, typically within five days. One escalation was made.",
         "Not assured", "Not assured", "Five days is too slow for information officers may need within hours."),
        ("4", "The force has piloted the use of drones and mobile phone data in searches for high risk missing "
              "people in two areas. Please describe the results of the pilot, including how many searches used "
              "each tool, how the time to locate the person compared with other searches, what safeguards "
              "govern the use of phone data, and whether the force intends to extend the approach across the "
              "whole of the Thames Valley.",
         "Drones were used in 64 searches and phone data in 29. Median time to locate fell from nine hours to five "
         "in the pilot areas. An authorising officer of superintendent rank approves each use of phone data.",
         "Assured", "Assured", "The PCC supports extending the pilot subject to the usual data protection review."),
    )
    rows = [("Q", "Question", "Force response (summary)", "PCC's assessment")]
    for number, question, response, printed, level, comment in questions:
        rows.append((f"Q{number}", pack.decision(number, question, response, level, comment, topic, notes),
                     response, (f"**{printed}**", f"*{comment}*")))
    pack.add(T(tuple(rows), widths=(1.1, 8.5, 5.0, 3.0), header_rows=1, repeat_header=False, bordered=False),
             P("Actions"),
             P(f"PAM 42/11 – {pack.action('PAM 42/11', 'Report the repeat missing rate for each children’s home under the protocol.', 'Data requested from the children’s services teams.', 'outstanding', topic, notes)}"),
             P(f"PAM 42/12 – {pack.action('PAM 42/12', 'Agree a two day standard for adding return interview notes to the record.', 'Standard agreed with all nine authorities in April.', 'complete', topic, notes)}"),
             P("Signed as a true record: ........................................  Police and Crime Commissioner"),
             Break(),
             H("Action log", 2))
    rows = [("Status", "Ref", "Raised", "Action", "Update")]
    for ref, raised, text, update, printed, status in (
            ("PAM 41/38", date(2041, 12, 9), "Provide the number of officers trained in rural crime scene preservation.",
             "Figures provided in January.", "Completed", "complete"),
            ("PAM 41/41", date(2041, 12, 9), "Share the force's draft estates strategy with the OPCC.",
             "Draft due after the May Chief Officer Group.", "Ongoing", "outstanding"),
            ("PAM 42/11", notes, None, "Data requested from the children’s services teams.", "Ongoing", None),
            ("PAM 42/12", notes, None, "Standard agreed with all nine authorities in April.", "Completed", None)):
        if text is None:
            text = next(r["text"] for r in pack.records["actions"] if r["number"] == ref)
        else:
            pack.action(ref, text, update, status, None, raised)
        rows.append((printed, ref, day(raised), text, update))
    pack.add(T(tuple(rows), widths=(2.6, 2.2, 2.8, 5.6, 4.6), header_rows=1, bordered=False))
    return pack, word_pdf_pack(pack)


# --- 3. Hampshire and Isle of Wight: a nested table of figures inside the response cell ----------------

NEST = "[[figures {}]]"


def _nest_figures(docx: bytes, tables: dict[str, tuple[tuple[str, ...], ...]]) -> bytes:
    """Replace each marker paragraph in a table cell by a small table of figures nested in that cell."""
    document = Document(io.BytesIO(docx))
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    key = paragraph.text.strip()
                    if key not in tables:
                        continue
                    rows = tables[key]
                    inner = cell.add_table(rows=len(rows), cols=len(rows[0]))
                    inner.style = document.styles["Table Grid"]
                    for column in inner._tbl.tblGrid.findall(qn("w:gridCol")):
                        column.set(qn("w:w"), str(int(Mm(22).twips)))
                    for r, values in enumerate(rows):
                        for c, value in enumerate(values):
                            inner.cell(r, c).width = Mm(22)
                            run = inner.cell(r, c).paragraphs[0].add_run(value)
                            run.font.size, run.bold = Pt(9), r == 0 or None
                    paragraph._p.addnext(inner._tbl)  # where the marker stood, before any later paragraph
                    paragraph._p.getparent().remove(paragraph._p)
    buffer = io.BytesIO()
    document.save(buffer)
    return _stable_zip(buffer.getvalue())


def hampshire() -> tuple[Pack, bytes]:
    when, notes = date(2042, 2, 10), date(2041, 12, 2)
    pack = Pack("hampshire-iow-pcc-pab-2042-02-10-round55.docx", "Hampshire and Isle of Wight Constabulary",
                "Police and Crime Commissioner for Hampshire and the Isle of Wight",  # the office's one name in the gold
                "Police Accountability Board", when)
    pack.add(P("Police and Crime Commissioner for Hampshire and Isle of Wight", size=10),
             H(pack.meeting("Police Accountability Board", when, "Emergency and non-emergency contact")),
             P(f"{long_date(when)}, 09:30, St George's Chambers"),
             P("**Focus of the meeting:** Emergency and non-emergency contact"),
             T((("No.", "Item", "Lead"),
                pack.agenda("1", "Welcome and apologies", "Police and Crime Commissioner"),
                pack.agenda("2", "Minutes and action log", "Board Secretary"),
                pack.agenda("3", "Emergency and non-emergency contact", "Head of Contact Management"),
                pack.agenda("4", "Date of next meeting", None)),
               widths=(1.0, 9.0, 5.0), header_rows=1),
             Break())
    topic = "Drug driving"
    pack.add(H(pack.meeting(f"Minutes of the Police Accountability Board held on {day(notes)}", notes, topic), 2),
             P("1. Welcome and apologies – apologies from the Chief Finance Officer."),
             P("2. Minutes and action log – agreed."),
             H(f"3. {topic}", 3),
             P("The force's answers to each question are summarised with the figures it gave the Board."))
    questions = (
        ("1", "How many drug driving arrests were made this year compared with last?",
         "Arrests rose by a fifth after more roadside kits were issued to response teams.",
         (("Measure", "2040/41", "2041/42"), ("Arrests", "1,204", "1,447"), ("Kits issued", "3,100", "4,650")),
         "Assured", "Assured", "The increase follows the wider issue of kits."),
        ("2", "How long does it take for blood samples to be analysed and charged?",
         "Laboratory turnaround has lengthened; most cases now wait more than three months for a result.",
         (("Measure", "2040/41", "2041/42"), ("Median days to result", "64", "97")),
         "Partially assured", "Partly assured", "The Commissioner asked for the outsourcing options to come back in spring."),
        ("3", "What share of drug driving charges end in a conviction?",
         "Conviction rates are stable, but the force could not yet separate guilty pleas from trial outcomes.",
         (("Measure", "2040/41", "2041/42"), ("Convicted", "86%", "85%")),
         "Not assured", "Not assured", "Without trial outcomes the Board cannot judge the quality of the files."),
    )
    rows = [("No.", "Question", "Response", "Assurance")]
    figures = {}
    for number, question, response, table, printed, level, comment in questions:
        marker = NEST.format(number)
        figures[marker] = table
        # The nested figures are part of the response as printed: one line per row, cells joined by " | ".
        evidence = "\n".join((response, *(" | ".join(row) for row in table)))
        rows.append((f"{number}.", pack.decision(number, question, evidence, level, comment, topic, notes),
                     (response, marker), (f"**{printed}**", f"*{comment}*")))
    pack.add(T(tuple(rows), widths=(1.0, 4.5, 6.5, 3.5), header_rows=1),
             P("**Actions arising**"),
             P(f"PAB 42/02 – {pack.action('PAB 42/02', 'Bring options for outsourcing blood analysis to the spring Board.', 'Options paper drafted.', 'outstanding', topic, notes)}"),
             P(f"PAB 42/03 – {pack.action('PAB 42/03', 'Split drug driving conviction figures into pleas and trials.', None, 'outstanding', topic, notes)}"),
             Break(),
             H("Action log", 2))
    rows = [("Ref", "Date raised", "Action", "Owner", "Update", "Status")]
    for ref, raised, text, owner, update, printed, status in (
            ("PAB 41/40", date(2041, 10, 7), "Circulate the winter drink drive campaign plan.", "Roads Policing",
             "Circulated 1 November.", "Complete", "complete"),
            ("PAB 42/02", notes, None, "Head of Roads Policing", "Options paper drafted.", "In progress", None),
            ("PAB 42/03", notes, None, "Criminal Justice", None, "Not started", None)):
        if text is None:
            text = next(r["text"] for r in pack.records["actions"] if r["number"] == ref)
        else:
            pack.action(ref, text, update, status, None, raised)
        rows.append((ref, day(raised), text, owner, update or "", printed))
    pack.add(T(tuple(rows), widths=(1.8, 2.4, 5.0, 2.6, 3.4, 2.0), header_rows=1))
    docx = render_docx(pack.blocks, title="Police Accountability Board", author="OPCC", when=WHEN)
    return pack, _nest_figures(set_grids(docx), figures)


def tracker_rows(pack: Pack, rows: tuple) -> list[tuple]:
    """Each tracker row (ref, raised, text or None for an action minuted above, update, printed status,
    status): an earlier meeting's row writes its record; a minuted row takes the text minuted."""
    out = []
    for ref, raised, text, update, printed, status in rows:
        if text is None:
            text = next(r["text"] for r in pack.records["actions"] if r["number"] == ref)
        else:
            pack.action(ref, text, update, status, None, raised)
        out.append((ref, raised, text, update, printed))
    return out


# --- 4. Staffordshire: a tracker printed as a label | value block per action ---------------------------


def staffordshire() -> tuple[Pack, bytes]:
    when, notes = date(2042, 4, 7), date(2042, 2, 3)
    pack = Pack("staffordshire-pfcc-sgb-2042-04-07-round55.pdf", "Staffordshire Police",
                "Staffordshire Commissioner for Police, Fire and Rescue and Crime", "Strategic Governance Board", when)
    pack.add(P("Staffordshire Commissioner for Police, Fire and Rescue and Crime", size=10),
             H(pack.meeting("Strategic Governance Board", when, "Neighbourhood crime")),
             P(f"{long_date(when)}, 13:30 – Commissioner's Office, Block 9, Weston Road"),
             P("**Theme:** Neighbourhood crime"),
             T((("", "Item", "Responsible officer"),
                pack.agenda("1", "Apologies", "Commissioner", "1."),
                pack.agenda("2", f"Notes of the meeting held on {day(notes)}", "Head of Governance", "2."),
                pack.agenda("3", "Action sheet", "Head of Governance", "3."),
                pack.agenda("4", "Neighbourhood crime", "Assistant Chief Constable (Local Policing)", "4."),
                pack.agenda("5", "Any other business", "Chair", "5.")),
               widths=(0.8, 8.0, 6.0), header_rows=1, bordered=False),
             Break())
    topic = "Violence against women and girls"
    pack.add(H(pack.meeting(f"Notes of the Strategic Governance Board – {day(notes)}", notes, topic), 2),
             P("In attendance: the Commissioner, the Chief Constable, the Deputy Chief Constable, the Chief Executive "
               "and the Head of Governance."),
             P("Items 1 to 3 were taken as read. The notes of the previous meeting were approved."),
             H(f"4. {topic}", 3))
    questions = (
        ("1", "How has the number of reports of stalking changed, and what share lead to a protection order?",
         "Reports rose by 9% to 2,310. Stalking protection orders were applied for in 46 cases and granted in 41.",
         "Assured", "Assured", "Orders are being sought where they are needed."),
        ("2", "How is the force making sure that victims of domestic abuse are updated on their case within the "
              "times set by the Victims' Code?",
         "A new reminder on the crime system prompts officers at each stage. Compliance is 74%, up from 61%, "
         "but the audit found gaps on weekend shifts.",
         "Assured with reservations", "Partly assured", "The weekend gap must close before the next audit."),
        ("3", "What is being done to make night-time venues in the county towns safer for women?",
         "Twenty venues signed the safety charter; staff training began in January. No figures yet on incidents.",
         "Not assured", "Not assured", "The Commissioner asked for incident data by venue."),
    )
    rows = [("", "Question", "Response", "Commissioner's assurance")]
    for number, question, response, printed, level, comment in questions:
        rows.append((f"{number}.", pack.decision(number, question, response, level, comment, topic, notes),
                     response, (f"**{printed}**", f"*{comment}*")))
    pack.add(T(tuple(rows), widths=(0.7, 5.2, 5.6, 3.6), header_rows=1, bordered=False),
             P("**Actions**"),
             P(f"SGB 42/06 – {pack.action('SGB 42/06', 'Provide incident data for each charter venue.', 'First quarter data received; to be mapped.', 'outstanding', topic, notes)}"),
             P(f"SGB 42/07 – {pack.action('SGB 42/07', 'Re-audit weekend compliance with the Victims’ Code.', 'Re-audit completed: weekend compliance 79%.', 'complete', topic, notes)}"),
             Break(),
             H("Action sheet", 2),
             P("Each action is shown with the date it was raised, its owner, the latest update and its status."))
    rows = tracker_rows(pack, (
        ("SGB 41/44", date(2041, 12, 1), "Publish the annual report of the out of court disposals panel.",
         "Published in January.", "Complete", "complete"),
        ("SGB 41/46", date(2041, 12, 1), "Set out the costs of the new custody healthcare contract.",
         "Costs to be confirmed after tender clarification.", "Open", "outstanding"),
        ("SGB 42/06", notes, None, "First quarter data received; to be mapped.", "Open", None),
        ("SGB 42/07", notes, None, "Re-audit completed: weekend compliance 79%.", "Complete", None)))
    owners = {"SGB 41/44": "Head of Criminal Justice", "SGB 41/46": "Director of Finance",
              "SGB 42/06": "Superintendent, Partnerships", "SGB 42/07": "Head of Public Protection"}
    for ref, raised, text, update, printed in rows:
        pack.add(T((("Action", f"{ref} – {text}"), ("Raised", day(raised)), ("Owner", owners[ref]),
                    ("Update", update), ("Status", printed)),
                   widths=(2.2, 12.0), bordered=False))
    pack.add(P("Head of Governance, Office of the Staffordshire Commissioner"))
    return pack, reportlab_pack(pack, PdfLook(cell_size=9.5))


# --- 5. Durham: the level marked X in one of three narrow level columns -------------------------------


def durham() -> tuple[Pack, bytes]:
    when, notes = date(2042, 6, 16), date(2042, 4, 21)
    organisation = "Police, Crime and Victims' Commissioner for County Durham and Darlington"
    pack = Pack("durham-pcc-asb-2042-06-16-round55.pdf", "Durham Constabulary", organisation,
                "Accountability and Scrutiny Board", when)
    pack.add(P(organisation, size=10),
             H(pack.meeting("Accountability and Scrutiny Board", when, None)),
             P(f"{long_date(when)}, 10:00, Aykley Heads"),
             T((("Item", "Business", "Lead officer"),
                pack.agenda("1", "Apologies and declarations of interest", "Commissioner"),
                pack.agenda("2", f"Record of the meeting held on {day(notes)}", "Chief of Staff"),
                pack.agenda("3", "Actions update", "Chief of Staff"),
                pack.agenda("4", "Stop and search and use of force", "Deputy Chief Constable"),
                pack.agenda("5", "Victim satisfaction", "Head of Victim Services"),
                pack.agenda("6", "Any other business", None)),
               widths=(1.0, 12.0, 7.0), header_rows=1, bordered=False),
             Break())
    topic = "Burglary and robbery"
    pack.add(H(pack.meeting(f"Record of the Accountability and Scrutiny Board held on {day(notes)}", notes, topic), 2),
             P("Items 1 to 3 (apologies, the record of the last meeting and the actions update) were dealt with; "
               "no matters arose."),
             H(f"4. {topic}", 3),
             P("The Commissioner marks her assurance on each question with an X in one of the three columns. "
               "Where no column is marked, the comment says why."))
    questions = (
        ("4.1", "How has the solved rate for residential burglary moved over the year?",
         "The solved rate rose from 6.1% to 8.4% after forensic attendance at every burglary was restored.",
         0, "Assured", "Good progress; keep forensic attendance under review."),
        ("4.2", "What is the force doing about robbery of young people on the way to and from school?",
         "Patrols near six schools and a reporting app for pupils. Robbery of under 18s fell slightly.",
         1, "Partly assured", "Wants the app's use evaluated with the schools."),
        ("4.3", "How many burglary victims received a crime prevention visit within a week?",
         "The force could not provide figures; visits are recorded in two systems that do not match.",
         2, "Not assured", "Figures must be reconciled before the next Board."),
        ("4.4", "How will the new burglary team be funded after March next year?",
         "The funding depends on the outcome of the budget review.",
         None, None, "Deferred until the budget review reports in July."),
    )
    rows = [("Ref", "Question", "Summary of response", "Assured", "Partly assured", "Not assured", "Comment")]
    for number, question, response, column, level, comment in questions:
        marks = ["", "", ""]
        if column is not None:
            marks[column] = "X"
        rows.append((number, pack.decision(number, question, response, level, comment, topic, notes), response,
                     *marks, comment))
    pack.add(T(tuple(rows), widths=(1.2, 6.0, 6.5, 1.5, 1.5, 1.5, 5.0), header_rows=1, bordered=False),
             P("Actions: ASB 42/15 and ASB 42/16 were agreed (see the actions update)."),
             Break(),
             H("Actions update", 2))
    topic_rows = tracker_rows(pack, (
        ("ASB 42/09", date(2042, 2, 24), "Report the cost of the body-worn video refresh.",
         "Reported to the March Board.", "Complete", "complete"),
        ("ASB 42/15", notes, "Reconcile crime prevention visit records across the two systems.",
         "Data team working on a single list.", "Open", "outstanding"),
        ("ASB 42/16", notes, "Evaluate the schools robbery reporting app with head teachers.",
         "Evaluation completed and shared.", "Complete", "complete")))
    for record in pack.records["actions"][1:]:
        record["topic"] = topic  # cited under the item, so the item's actions
    pack.add(T((("Ref", "Meeting", "Action", "Update", "Status"),
                *((ref, day(raised), text, update, printed) for ref, raised, text, update, printed in topic_rows)),
               widths=(2.2, 3.0, 8.0, 8.0, 2.2), header_rows=1, bordered=False))
    return pack, reportlab_pack(pack, PdfLook(landscape=True, margin=48, cell_size=9.5))


# --- 6. Wiltshire: a residual Risk column (High / Medium / Low) beside the level -----------------------


def wiltshire() -> tuple[Pack, bytes]:
    when, notes = date(2042, 1, 27), date(2041, 11, 25)
    organisation = "Police and Crime Commissioner for Wiltshire and Swindon"
    pack = Pack("wiltshire-pcc-csb-2042-01-27-round55.pdf", "Wiltshire Police", organisation,
                "Commissioner's Scrutiny Board", when)
    pack.add(P(organisation, size=10),
             H(pack.meeting("Commissioner's Scrutiny Board", when, "Youth diversion")),
             P(f"{long_date(when)}, 10:00, Police Headquarters, Devizes"),
             P("**Topic:** Youth diversion"),
             T((("No.", "Agenda item", "Presented by"),
                pack.agenda("1", "Apologies", "Commissioner"),
                pack.agenda("2", "Notes and action log", "Governance Lead"),
                pack.agenda("3", "Youth diversion", "Superintendent, Prevention"),
                pack.agenda("4", "Any other business", None)),
               widths=(1.0, 9.0, 5.5), header_rows=1, bordered=False),
             Break())
    topic = "Fraud and cyber crime"
    pack.add(H(pack.meeting(f"Notes of the Commissioner's Scrutiny Board held on {day(notes)}", notes, topic), 2),
             P("Apologies were noted and the notes of the last Board agreed."),
             H(f"Item 3 – {topic}", 3),
             P("Assurance is the Commissioner's decision on each question. Risk is the OPCC's rating of the "
               "residual risk to the Police and Crime Plan and is not part of that decision."))
    questions = (
        ("1", "How many victims of fraud received a call back within 48 hours of reporting?",
         "Eighty-two per cent were called back within 48 hours; the rest within five days.",
         "Assured", "Assured", "Low", "Performance is steady."),
        ("2", "What protection is offered to older victims targeted more than once?",
         "A repeat victim list is shared with trading standards; 140 people were visited.",
         "Partly assured", "Partly assured", "High", "Visits should extend to victims of courier fraud."),
        ("3", "How quickly are seized devices examined in cyber crime cases?",
         "The backlog is 310 devices and the median wait 14 weeks.",
         "Not assured", "Not assured", "Medium", "Backlog has grown since the summer."),
        ("4", "How many businesses took part in the cyber resilience sessions?",
         "Ninety businesses attended the six sessions; feedback was positive.",
         "Assured", "Assured", "Medium", None),
    )
    rows = [("No.", "Question", "Response", "Assurance", "Risk")]
    for number, question, response, printed, level, risk, comment in questions:
        cell = (f"**{printed}**", f"*{comment}*") if comment else f"**{printed}**"
        rows.append((number, pack.decision(number, question, response, level, comment, topic, notes),
                     response, cell, risk))
    pack.add(T(tuple(rows), widths=(1.1, 5.0, 5.6, 3.0, 1.6), header_rows=1, bordered=False),
             P("Actions arising: CSB 41/33 and CSB 41/34 (see the action log)."),
             Break(),
             H("Action log", 2))
    rows = tracker_rows(pack, (
        ("CSB 41/21", date(2041, 9, 23), "Share the results of the rural speed survey.", "Shared in October.",
         "Closed", "complete"),
        ("CSB 41/33", notes, "Extend repeat victim visits to victims of courier fraud.",
         "Visits began in December.", "Closed", "complete"),
        ("CSB 41/34", notes, "Set out a plan to reduce the device examination backlog.",
         "Plan drafted; outsourcing quote awaited.", "Open", "outstanding")))
    for record in pack.records["actions"][1:]:
        record["topic"] = topic
    pack.add(T((("Ref", "Board", "Action", "Update", "Status"),
                *((ref, day(raised), text, update, printed) for ref, raised, text, update, printed in rows)),
               widths=(1.8, 2.6, 5.5, 5.0, 1.6), header_rows=1, bordered=False),
             P("Actions are closed by the Commissioner at the Board on the Governance Lead's recommendation."))
    return pack, word_pdf_pack(pack)


# --- 7. Dyfed-Powys: each decision in a Word text box under the question -------------------------------

BOX = "[[decision box {}]]"
VML = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
       '<v:shape type="#_x0000_t202" style="width:440pt;height:54pt" strokeweight="1pt" fillcolor="#f2f2f2">'
       '<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{}</w:txbxContent></v:textbox>'
       '</v:shape></w:pict></w:r>')
BOX_PARAGRAPH = ('<w:p><w:r><w:rPr><w:b/><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r>'
                 '<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r></w:p>')


def _box_decisions(docx: bytes, boxes: dict[str, tuple[tuple[str, str], ...]]) -> bytes:
    """Replace each marker paragraph's text by a text box holding the decision's (bold label, text) lines."""
    document = Document(io.BytesIO(docx))
    for paragraph in document.paragraphs:
        key = paragraph.text.strip()
        if key not in boxes:
            continue
        for run in list(paragraph.runs):
            run._r.getparent().remove(run._r)
        body = "".join(BOX_PARAGRAPH.format(escape(label), escape(text)) for label, text in boxes[key])
        paragraph._p.append(parse_xml(VML.format(body)))
    buffer = io.BytesIO()
    document.save(buffer)
    return _stable_zip(buffer.getvalue())


def dyfed_powys() -> tuple[Pack, bytes]:
    when, notes = date(2042, 3, 17), date(2042, 1, 13)
    pack = Pack("dyfed-powys-pcc-pab-2042-03-17-round55.docx", "Dyfed-Powys Police",
                "Police and Crime Commissioner for Dyfed-Powys", "Policing Accountability Board", when)
    pack.add(P("Police and Crime Commissioner for Dyfed-Powys", size=10),
             H(pack.meeting("Policing Accountability Board", when, None)),
             P(f"{long_date(when)}, 10:00 – Police Headquarters, Carmarthen"),
             T((("Item", "Title", "Officer"),
                pack.agenda("1", "Apologies", "Commissioner"),
                pack.agenda("2", f"Minutes of the meeting of {day(notes)}", "Head of Assurance"),
                pack.agenda("3", "Action log", "Head of Assurance"),
                pack.agenda("4", "Rural roads casualties", "Superintendent, Roads Policing"),
                pack.agenda("5", "Online child sexual abuse", "Detective Chief Superintendent"),
                pack.agenda("6", "Any other business", None)),
               widths=(1.0, 9.0, 6.0), header_rows=1),
             Break())
    topic = "Custody and detainee welfare"
    pack.add(H(pack.meeting(f"Minutes of the Policing Accountability Board held on {day(notes)}", notes, topic), 2),
             P("1. Apologies: the Chief Finance Officer. 2. The minutes of the previous meeting were approved. "
               "3. The action log was reviewed."),
             H(f"4. {topic}", 3),
             P("The Commissioner's decision on each question is shown in the box beneath it."))
    questions = (
        ("1", "How many detainees waited more than two hours to be booked in, and why?",
         "Ninety-six detainees waited over two hours in the year, most at the central suite on Friday nights, "
         "when only one sergeant was on duty.",
         "Partly assured", "Partly assured", "A second custody sergeant on Friday nights should be costed."),
        ("2", "How is the welfare of children held overnight checked?",
         "Every child held overnight is reviewed by an inspector and the local authority is asked for "
         "accommodation; eleven children were held overnight, down from nineteen.",
         "Assured", "Assured", "The fall is welcome and the reviews are recorded."),
        ("3", "What do independent custody visitors report about cell cleanliness?",
         "Visitors raised cleanliness at three of the four suites; the cleaning contract is being retendered.",
         "Not assured", "Not assured", "Standards must improve before the retender is complete."),
    )
    boxes = {}
    for number, question, response, printed, level, comment in questions:
        marker = BOX.format(number)
        boxes[marker] = (("Commissioner's decision: ", printed), ("Comment: ", comment))
        pack.add(H(f"Question {number}", 3),
                 P(f"**{pack.decision(number, question, response, level, comment, topic, notes)}**"),
                 P(response),
                 P(marker))
    pack.add(P("**Actions agreed**"),
             P(f"PAB 42/05 – {pack.action('PAB 42/05', 'Cost a second custody sergeant for Friday nights.', 'Costing presented to the Chief Officer Group.', 'complete', topic, notes)}"),
             P(f"PAB 42/06 – {pack.action('PAB 42/06', 'Report the cleaning retender timetable to the Board.', 'Tender closes in April.', 'outstanding', topic, notes)}"),
             Break(),
             H("Action log", 2))
    rows = tracker_rows(pack, (
        ("PAB 41/52", date(2041, 11, 18), "Circulate the force's response to the national custody review.",
         "Circulated to members.", "Complete", "complete"),
        ("PAB 41/53", date(2041, 11, 18), "Arrange a visit to the new rural hub for the Commissioner.",
         "Date to be agreed.", "Ongoing", "outstanding"),
        ("PAB 42/05", notes, None, "Costing presented to the Chief Officer Group.", "Complete", None),
        ("PAB 42/06", notes, None, "Tender closes in April.", "Ongoing", None)))
    pack.add(T((("Action No.", "Raised", "Action", "Update", "Status"),
                *((ref, day(raised), text, update, printed) for ref, raised, text, update, printed in rows)),
               widths=(2.0, 2.6, 5.5, 4.5, 2.0), header_rows=1))
    docx = render_docx(pack.blocks, title="Policing Accountability Board", author="OPCC", when=WHEN)
    return pack, _box_decisions(set_grids(docx), boxes)


# --- 8. North Wales: the reference pack's form, borders off (Common) ------------------------------------


def north_wales() -> tuple[Pack, bytes]:
    when, notes = date(2042, 6, 9), date(2042, 4, 14)
    pack = Pack("north-wales-pcc-seb-2042-06-09-round55.pdf", "North Wales Police",
                "Police and Crime Commissioner for North Wales", "Strategic Executive Board", when)
    pack.add(P("Office of the Police and Crime Commissioner for North Wales", size=10),
             H(pack.meeting("Strategic Executive Board", when, "Organised crime")),
             P(f"{long_date(when)}, 14:00, Police Headquarters, Colwyn Bay"),
             P("**Theme:** Organised crime"),
             T((("No.", "Item", "Presented by"),
                pack.agenda("1", "Welcome and apologies", "Commissioner"),
                pack.agenda("2", "Notes of the last meeting and action tracker", "Chief Executive"),
                pack.agenda("3", "Organised crime", "Detective Chief Superintendent, Crime"),
                pack.agenda("4", "Date of next meeting", None)),
               widths=(1.0, 9.0, 6.0), header_rows=1, bordered=False),
             Break())
    topic = "Anti-social behaviour"
    pack.add(H(pack.meeting(f"Draft notes – Strategic Executive Board ({topic}) – {day(notes)}", notes, topic), 2),
             P("Present: Commissioner, Deputy Commissioner, Chief Constable, Assistant Chief Constable, Chief "
               "Executive, Performance Manager."))
    questions = (
        ("1", "How has anti-social behaviour changed in the coastal towns over the summer?",
         "Incidents fell by 12% after dispersal orders and extra beat patrols in four towns.",
         "Assured", "Assured", "Patrols to continue next summer."),
        ("2", "How are repeat victims of anti-social behaviour identified and supported?",
         "A risk assessment is completed at first contact; 61% of repeat victims had a support plan.",
         "Partially assured", "Partly assured", "The Commissioner expects every repeat victim to have a plan."),
        ("3", "How often is the community trigger used and with what outcome?",
         "Twenty-two activations; thirteen met the threshold and were reviewed by the partnership.",
         "Assured", "Assured", "Outcomes are published quarterly."),
    )
    rows = [("", "Question", "Brief Summary of Evidence", "Decision of PCC")]
    for number, question, response, printed, level, comment in questions:
        rows.append((f"Q{number}", pack.decision(number, question, response, level, comment, topic, notes),
                     response, (f"**{printed}**", f"*{comment}*")))
    pack.add(T(tuple(rows), widths=(0.8, 5.0, 6.0, 3.6), header_rows=1, bordered=False),
             P("Actions"),
             P(f"SEB 42/08 – {pack.action('SEB 42/08', 'Audit support plans for repeat victims of anti-social behaviour.', 'Audit under way in the central area.', 'outstanding', topic, notes)}"),
             P("Signed: ................................  Chief Executive, on behalf of the Commissioner"),
             Break(),
             H("Action tracker 2042/43", 2))
    rows = tracker_rows(pack, (
        ("SEB 42/02", date(2042, 2, 10), "Report on the use of closure orders for cuckooed homes.",
         "Reported in March.", "Closed", "complete"),
        ("SEB 42/03", date(2042, 2, 10), "Confirm funding for the county lines rescue worker.",
         "Funding bid submitted to the Home Office.", "Open", "outstanding"),
        ("SEB 42/08", notes, None, "Audit under way in the central area.", "Open", None)))
    pack.add(T((("Ref", "Raised", "Action", "Update", "Status"),
                *((ref, day(raised), text, update, printed) for ref, raised, text, update, printed in rows)),
               widths=(1.8, 2.6, 5.6, 4.6, 1.6), header_rows=1, bordered=False),
             P("Prepared by the Performance Manager for the Strategic Executive Board."))
    return pack, word_pdf_pack(pack)


# --- 9. West Midlands: mayoral office, the Deputy Mayor's assessment (Common, bordered) -----------------


def west_midlands() -> tuple[Pack, bytes]:
    when, notes = date(2042, 2, 24), date(2041, 12, 16)
    organisation = "Deputy Mayor for Policing and Crime"
    pack = Pack("west-midlands-dmpc-pab-2042-02-24-round55.pdf", "West Midlands Police", organisation,
                "Policing Accountability Board", when)
    pack.add(P("West Midlands Combined Authority – Mayor of the West Midlands", size=10),
             H(pack.meeting("Policing Accountability Board", when, "Knife crime")),
             P("**Chair:** Deputy Mayor for Policing and Crime"),
             P(f"{long_date(when)}, 10:30, Lloyd House, Birmingham"),
             P("**Theme:** Knife crime"),
             T((("Item", "Title", "Lead"),
                pack.agenda("1", "Apologies", "Deputy Mayor"),
                pack.agenda("2", "Minutes and actions", "Board Secretary"),
                pack.agenda("3", "Knife crime", "Assistant Chief Constable, Crime"),
                pack.agenda("4", "Any other business", "–")),
               widths=(1.5, 9.0, 6.0), header_rows=1),
             Break())
    topic = "Road harm"
    pack.add(H(pack.meeting(f"Policing Accountability Board – minutes of the meeting held on {day(notes)}", notes, topic), 2),
             P("1. Apologies were received from the Chief Finance Officer. 2. The minutes and actions were agreed."),
             H(f"3. {topic}", 3))
    questions = (
        ("1", "How many people were killed or seriously injured on the region's roads this year?",
         "Killed or seriously injured casualties fell from 1,022 to 951.",
         "Assured", "Assured", "A steady fall over three years."),
        ("2", "How is average speed enforcement being extended on the main routes?",
         "Four new routes are live and two more await highway authority approval.",
         "Partly Assured", "Partly assured", "Approvals for the last two routes are overdue."),
        ("3", "How many reports from the public with dashcam footage led to action?",
         "The force received 5,200 submissions; the share leading to action is not yet counted.",
         "Not Assured", "Not Assured", "Outcomes of public submissions must be counted."),
        ("4", "What is the share of road deaths involving a motorcycle?",
         "Motorcyclists were 28% of road deaths.",
         "For information", None, "Asked for information; no assessment was sought."),
        ("5", "How will the new collision investigation unit be staffed?",
         "Recruitment is paused pending the workforce plan.",
         "Not assessed", None, "To be assessed when the workforce plan is agreed."),
    )
    rows = [("No.", "Question", "Response", "Deputy Mayor's assessment", "Comments")]
    for number, question, response, printed, level, comment in questions:
        if printed == "For information":
            pack.source_text.append(question)  # a question put for information is no decision
            shown = question
        else:
            shown = pack.decision(number, question, response, level if level != "Not Assured" else "Not assured",
                                  comment, topic, notes)
        rows.append((f"{number}.", shown, response, printed, comment))
    pack.add(T(tuple(rows), widths=(1.2, 4.6, 5.0, 2.8, 3.4), header_rows=1),
             P("Actions"),
             P(f"PAB 41/71 – {pack.action('PAB 41/71', 'Chase the highway authority approvals for the two remaining routes.', 'One approval received.', 'outstanding', topic, notes)}"),
             P(f"PAB 41/72 – {pack.action('PAB 41/72', 'Count the outcomes of public dashcam submissions.', None, 'outstanding', topic, notes)}"),
             Break(),
             H("Action tracker", 2))
    rows = tracker_rows(pack, (
        ("PAB 41/58", date(2041, 10, 21), "Publish the knife arch deployment figures.", "Published in November.",
         "Complete", "complete"),
        ("PAB 41/71", notes, None, "One approval received.", "In progress", None),
        ("PAB 41/72", notes, None, None, "Not started", None)))
    pack.add(T((("Ref", "Meeting", "Action", "Update", "Status"),
                *((ref, day(raised), text, update or "", printed) for ref, raised, text, update, printed in rows)),
               widths=(1.8, 2.6, 5.2, 4.4, 2.4), header_rows=1))
    return pack, reportlab_pack(pack, register_dejavu_serif())


PACKS: dict[str, Callable[[], tuple[Pack, bytes]]] = {
    "avon-and-somerset": avon_and_somerset, "thames-valley": thames_valley, "hampshire": hampshire,
    "staffordshire": staffordshire, "durham": durham, "wiltshire": wiltshire, "dyfed-powys": dyfed_powys,
    "north-wales": north_wales, "west-midlands": west_midlands,
}


def main(prefixes: list[str]) -> None:
    GOLD.mkdir(exist_ok=True)
    for key, build in PACKS.items():
        if prefixes and not any(key.startswith(p) for p in prefixes):
            continue
        write(*build())


if __name__ == "__main__":
    main(sys.argv[1:])
