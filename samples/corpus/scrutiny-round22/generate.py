"""Held-out scrutiny round 22 (issue 4): six packs of northern and Welsh PCC, PFCC and mayoral
offices, written blind, with their hand-checked gold in heldout/ (not scored by CI).

Two PDFs are Word documents saved as PDF by LibreOffice (samples/corpus/office_pdf.py), two are
reportlab PDFs and two are Word files. Names, figures and wording are invented.

    .venv/bin/python samples/corpus/scrutiny-round22/generate.py

Deterministic: reportlab invariant mode, Word archives with fixed zip times and core properties,
LibreOffice output with fixed dates and ids (office_pdf.py).
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pdfplumber
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import scrutiny_common  # noqa: E402,F401  (puts the round-3 render module on sys.path)
from office_pdf import docx_to_pdf  # noqa: E402
from render import (  # noqa: E402
    HEADING_SIZES, Break, Bul, H, Num, P, PdfLook, T, _docx_table, _stable_zip, _write_runs,
    register_dejavu_serif, render_docx, render_pdf,
)

CHECKED = ("Written blind and checked by hand against the generator's content and `scrutiny inspect` "
           "(layout only) page by page; the extractors were not run on these packs (held out).")
GREEN, RED, AMBER = "#00B050", "#FF0000", "#FFC000"
SQUARE = "■"


# --- Word documents in Word's own styles (saved as PDF by LibreOffice) ------------------------

@dataclass(frozen=True)
class Title:
    text: str


def _field(paragraph, instruction: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def office_docx(blocks: list, *, title: str, author: str, when: datetime, header: str) -> bytes:
    """A Word document as an office makes one: Title and Heading styles, List Bullet / List
    Number, Table Grid with shaded repeating header rows, a running header and a
    "Page X of Y" footer from PAGE / NUMPAGES fields."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(20))
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(11)
    for level, size in HEADING_SIZES.items():
        style = document.styles[f"Heading {level}"]
        style.font.name, style.font.size, style.font.bold = "Arial", Pt(size), True
        style.font.color.rgb = RGBColor(0, 0, 0)
    title_style = document.styles["Title"]
    title_style.font.name, title_style.font.size = "Arial", Pt(20)
    title_style.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    head = section.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _write_runs(head, header, 9)
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("Page ")
    _field(foot, "PAGE")
    foot.add_run(" of ")
    _field(foot, "NUMPAGES")
    for block in blocks:
        if isinstance(block, Title):
            document.add_paragraph(block.text, style="Title")
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
            _docx_table(document, block, 170)
            document.add_paragraph()
        elif isinstance(block, Break):
            document.add_page_break()
    props = document.core_properties
    props.title, props.author, props.last_modified_by = title, author, author
    props.created = props.modified = props.last_printed = when
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return _stable_zip(buffer.getvalue())


# --- gold -------------------------------------------------------------------------------------

def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))


def page_of(pages: list[list[str]], text: str, first: int = 1) -> int:
    """The first page (from ``first``) whose words hold the text's opening six words in order
    within 60 words."""
    want = _words(text)[:6]
    for number, words in enumerate(pages, start=1):
        if number < first:
            continue
        for start, word in enumerate(words):
            if word != want[0]:
                continue
            position, found = start, 0
            for token in want:
                try:
                    position = words.index(token, position, start + 60)
                except ValueError:
                    break
                found += 1
                position += 1
            if found == len(want):
                return number
    raise ValueError(f"not found in the PDF: {text[:60]!r}")


def pdf_words(data: bytes) -> list[list[str]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [_words(" ".join(w["text"] for w in page.extract_words())) for page in pdf.pages]


def set_pages(data: bytes, records: dict) -> None:
    """Fill each PDF record's page from the PDF's own words: records carry ``_anchor`` (the text
    to look for, default their question / text / title) and ``_from`` (the first page to look
    on); documents have page null and their page count."""
    pages = pdf_words(data)
    for kind, items in records.items():
        for record in items:
            if kind == "documents":
                record["pages"] = len(pages)
                continue
            anchor = record.pop("_anchor", None) or record.get("question") or record.get("text") or record.get("title")
            record["page"] = page_of(pages, anchor, record.pop("_from", 1))


def strip_private(records: dict) -> None:
    for items in records.values():
        for record in items:
            record.pop("_anchor", None)
            record.pop("_from", None)


def document(file_type: str, title: str, force: str, organisation: str, meeting_date: str) -> dict:
    return {"page": None, "file_type": file_type, "pages": None, "doc_kind": "scrutiny_pack", "title": title,
            "force": force, "organisation": organisation, "meeting_date": meeting_date,
            "publication_date": None, "status": "ok"}


def meeting(date: str, topic: str | None, organisation: str, title: str, **private) -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "organisation": organisation, "title": title,
            **{f"_{k}": v for k, v in private.items()}}


def agenda(date: str, rows: list[tuple[str, str, str | None]]) -> list[dict]:
    return [{"page": 1, "meeting_date": date, "number": n, "title": t, "presenter": p, "_from": 1, "_anchor": t}
            for n, t, p in rows]


def decision(date: str, topic: str | None, number: str | None, question: str, evidence: str, level: str,
             commentary: str | None) -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "question_number": number, "question": question,
            "evidence_summary": evidence, "assurance": level, "commentary": commentary}


def action(date: str | None, topic: str | None, number: str | None, text: str, update: str | None, status: str,
           status_source: str | None, source: str, **private) -> dict:
    record = {"page": None, "meeting_date": date, "topic": topic, "number": number, "text": text, "update": update,
              "status": status, "status_source": status_source, "source": source,
              **{f"_{k}": v for k, v in private.items()}}
    if status_source is None:
        del record["status_source"]  # no column, glyph, shading or words give it: not scored
    return record


def records_of(doc: dict, meetings: list, agenda_items: list, decisions: list, actions: list) -> dict:
    return {"documents": [doc], "meetings": meetings, "agenda_items": agenda_items,
            "assurance_decisions": decisions, "actions": actions}


def join(*parts: str) -> str:
    return " ".join(parts)


# --- 1. Lancashire: Word minutes saved as PDF (common) ---------------------------------------

def lancashire() -> tuple[bytes, dict]:
    org, force, date, prev = "Police and Crime Commissioner for Lancashire", "Lancashire Constabulary", "2026-12-02", "2026-11-04"
    topic = "Fraud and economic crime"
    agenda_rows = [
        ("1", "Welcome and apologies", "Commissioner"),
        ("2", "Note of the meeting held on 4 November 2026 and action log", "Chief Executive, OPCC"),
        ("3", "Quarterly performance report", "Deputy Chief Constable"),
        ("4", "Contact management and 101", "Assistant Chief Constable, Local Policing"),
        ("5", "Any other business", "Commissioner"),
    ]
    notes_title = "Note of the Strategic Scrutiny Meeting held on 4 November 2026"
    q = [
        ("1", "How does the Constabulary decide which reports of fraud it investigates locally, and how are victims told of that decision?",
         ["Reports from Action Fraud are screened by the Economic Crime Unit within five working days using a published set of criteria, including vulnerability of the victim and local lines of enquiry.",
          "Between April and September 2026, 412 disseminations were received and 61 per cent were adopted for local investigation. Every victim receives a letter or call explaining the decision and where to get support."],
         "Reasonable",
         "The Commissioner welcomed the screening criteria and asked that they be published on the Constabulary's website so that victims can understand them."),
        ("2", "What support is given to older and vulnerable victims of courier and romance fraud, and how is its impact measured?",
         ["Two fraud protect officers visit every repeat or vulnerable victim, and referrals are made to the Victim Services hub. The bank protocol was used 38 times in the period, preventing an estimated loss of £214,000.",
          "The Constabulary accepted that it does not yet measure repeat victimisation for fraud and is building a dashboard with the regional cyber crime unit."],
         "Limited",
         "The Commissioner was concerned that the impact of protect work cannot yet be shown and asked for the dashboard to be brought to this meeting when ready."),
        ("3", "How is the Proceeds of Crime Act being used to return money to victims?",
         ["Confiscation orders worth £1.3 million were obtained in 2025/26, and compensation was paid to 47 victims from them. Financial investigators are now attached to each serious and organised crime team."],
         "Substantial",
         "The Commissioner was pleased with the results and noted the value of the Asset Recovery Incentivisation Scheme funds reinvested in the fraud protect team."),
    ]
    minuted = ("SSM/26/14", "Bring the fraud repeat victimisation dashboard to a future Strategic Scrutiny Meeting once it is in use.",
               "Dashboard in testing with the regional unit; expected to be ready for the February 2027 meeting.", "In progress")
    log = [
        ("SSM/26/09", "07/10/2026", "Provide the Commissioner with the results of the 101 call-back pilot.",
         "Pilot results shared with the OPCC on 21 October 2026.", "Complete", "2026-10-07", None),
        ("SSM/26/11", "07/10/2026", "Arrange a briefing for the Commissioner on the new custody healthcare contract.",
         "Briefing to be arranged in January 2027 once the contract is awarded.", "Open", "2026-10-07", None),
        (minuted[0], "04/11/2026", minuted[1], minuted[2], minuted[3], prev, topic),
        ("SSM/26/15", "04/11/2026", "Publish the fraud screening criteria on the Constabulary's website.",
         "Criteria published on 19 November 2026.", "Complete", prev, topic),
    ]
    blocks: list = [
        P("**Office of the Police and Crime Commissioner for Lancashire**"),
        Title("Strategic Scrutiny Meeting"),
        P("**Date:** Wednesday 2 December 2026"),
        P("**Time:** 10.00am – 12.00pm"),
        P("**Venue:** Committee Room 2, Police Headquarters, Hutton, and Microsoft Teams"),
        P("The Police and Crime Commissioner holds the Chief Constable to account at these meetings. Papers are published on the Commissioner's website after the meeting."),
        H("Agenda", 1),
        T(rows=(("Item", "Title", "Lead"),) + tuple(agenda_rows), widths=(12, 100, 58), header_rows=1),
        Break(),
        H(notes_title, 1),
        P("**Present:** Police and Crime Commissioner (Chair); Chief Executive, OPCC; Chief Constable; Deputy Chief Constable; Head of Economic Crime; Scrutiny and Governance Officer (minutes)."),
        H("1. Welcome and apologies", 2),
        P("The Commissioner welcomed those present. Apologies were received from the Chief Finance Officer."),
        H("2. " + topic, 2),
        P("The Head of Economic Crime presented the report on fraud and economic crime. The Commissioner asked the following questions."),
    ]
    decisions = []
    for number, question, answer, level, comment in q:
        blocks.append(P(f"**Question {number}: {question}**"))
        blocks += [P(a) for a in answer]
        blocks.append(P(f"**Level of assurance: {level}**"))
        blocks.append(P(comment))
        decisions.append(decision(prev, topic, number, question, join(*answer),
                                  {"Reasonable": "Assured", "Substantial": "Assured", "Limited": "Partly assured"}[level], comment))
        if number == "2":
            blocks.append(P(f"**ACTION:** {minuted[1]} ({minuted[0]})"))
    blocks += [
        H("3. Any other business", 2),
        P("There was no other business. The next meeting will consider contact management and 101."),
        Break(),
        H("Strategic Scrutiny Meeting – action log (December 2026)", 1),
        T(rows=(("Ref", "Meeting", "Action", "Update", "Status"),) + tuple(r[:5] for r in log),
          widths=(20, 22, 55, 55, 18), header_rows=1),
        P("Actions marked Complete will be removed from the log after this meeting."),
    ]
    actions = []
    for ref, _, text, update, status, raised, item_topic in log:
        anchor = {"_anchor": f"{text}"}
        actions.append(action(raised, item_topic, ref, text, update,
                              "complete" if status == "Complete" else "outstanding", "status_column", "action_tracker", **anchor))
    data = docx_to_pdf(office_docx(blocks, title="Strategic Scrutiny Meeting 2 December 2026", author="OPCC Lancashire",
                                   when=datetime(2026, 11, 25, 9, 0), header="OFFICIAL"))
    meetings = [meeting(date, None, org, "Strategic Scrutiny Meeting", anchor="Strategic Scrutiny Meeting Date"),
                meeting(prev, topic, org, notes_title, **{"from": 2})]
    records = records_of(document("pdf", "Strategic Scrutiny Meeting", force, org, date), meetings,
                         agenda(date, agenda_rows), decisions, actions)
    return data, records


# --- writing ----------------------------------------------------------------------------------

PACKS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "lancashire-pcc-ssm-2026-12-02.pdf": lancashire,
}


def main(only: list[str]) -> None:
    (HERE / "heldout").mkdir(exist_ok=True)
    for name, build in PACKS.items():
        if only and name not in only:
            continue
        data, records = build()
        if name.endswith(".pdf"):
            set_pages(data, records)
        strip_private(records)
        records["documents"][0]["file_type"] = name.rsplit(".", 1)[1]
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (HERE / "heldout" / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        pages = {t: [r["page"] for r in records[t]] for t in ("meetings", "assurance_decisions", "actions")}
        print(f"{name}: {len(data)} bytes; pages {pages}")


if __name__ == "__main__":
    main(sys.argv[1:])
