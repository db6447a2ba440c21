"""Scrutiny round 29 (blind, issue 4): how real packs are typeset.

Six packs with the habits of office documents: header rows repeated on every page of a split
table, cells of several paragraphs and bullets, manual line breaks, shapes for status squares,
a text box, bookmarks, PAGE / DATE fields, tab-aligned "Present:" lists, OFFICIAL markings,
footnotes, justified text, non-breaking spaces, curly quotes, ordinal dates and Word's automatic
numbering (the number is not in the text). Names, figures and wording are invented.

    .venv/bin/python samples/corpus/scrutiny-round29/generate.py
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))
from office_pdf import docx_to_pdf  # noqa: E402
from render import _stable_zip  # noqa: E402

PENDING = HERE / "gold"
CHECKED = ("Written blind for round 29; every record hand-checked against the rendered document "
           "and `scrutiny inspect` by the round's writer.")
NBSP = "\u00a0"
COLOURS = {"complete": "00B050", "amber": "FFC000", "red": "FF0000"}


# ---------------------------------------------------------------- Word helpers

def new_document(header_left: str, marking: str, footer: str) -> Document:
    doc = Document()
    core = doc.core_properties
    core.created = core.modified = dt.datetime(2026, 9, 1, 9, 0, 0)
    core.author = core.last_modified_by = "OPCC"
    core.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    section = doc.sections[0]
    head = section.header.paragraphs[0]
    head.text = f"{header_left}\t\t{marking}"
    head.runs[0].bold = True
    foot = section.footer.paragraphs[0]
    foot.text = f"{marking}\t{footer}\tPage "
    add_field(foot, "PAGE", "1")
    return doc


def add_field(paragraph, code: str, cached: str) -> None:
    """A Word field (PAGE, DATE) with its cached result, as Word saves it."""
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {code} </w:instrText>'))
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    paragraph.add_run(cached)
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


_bookmark_id = [0]


def add_bookmark(paragraph, name: str) -> None:
    """A hidden bookmark (_Toc..., _GoBack) around the paragraph's text."""
    _bookmark_id[0] += 1
    start = parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{_bookmark_id[0]}" w:name="{name}"/>')
    end = parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{_bookmark_id[0]}"/>')
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
    paragraph._p.append(end)


def write(paragraph, text: str, bold: bool = False, size: float | None = None, colour: str | None = None) -> None:
    """Text with manual line breaks (Shift+Enter) where it holds a newline."""
    for i, line in enumerate(text.split("\n")):
        if i:
            paragraph.add_run().add_break()
        run = paragraph.add_run(line)
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


def heading(doc, text: str, level: int = 1, bookmark: str | None = None):
    paragraph = doc.add_paragraph(style=f"Heading {level}")
    write(paragraph, text)
    if bookmark:
        add_bookmark(paragraph, bookmark)
    return paragraph


def para(doc_or_cell, text: str = "", bold_lead: str | None = None, justify: bool = False, style: str | None = None):
    paragraph = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if bold_lead:
        write(paragraph, bold_lead, bold=True)
    write(paragraph, text)
    if justify:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return paragraph


class Numbering:
    """Word's automatic numbering: lists whose numbers Word draws, not typed in the text."""

    def __init__(self, doc) -> None:
        self.part = doc.part.numbering_part.element
        self.next_abstract = 90
        self.next_num = 90

    def new_list(self, formats: list[str]) -> int:
        """A new list (its own counter) whose level i prints formats[i], e.g. ["%1.", "%1.%2"]."""
        levels = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f'<w:lvlText w:val="{fmt}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{567 * (i + 1)}" w:hanging="567"/></w:pPr></w:lvl>'
            for i, fmt in enumerate(formats))
        abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{self.next_abstract}">'
                             f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>')
        first_num = self.part.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.part.append(abstract)
        num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{self.next_num}"><w:abstractNumId w:val="{self.next_abstract}"/></w:num>')
        self.part.append(num)
        self.next_abstract += 1
        self.next_num += 1
        return self.next_num - 1

    @staticmethod
    def apply(paragraph, num_id: int, level: int = 0) -> None:
        p_pr = paragraph._p.get_or_add_pPr()
        p_pr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def repeat_header(row) -> None:
    """Word's 'Repeat as header row at the top of each page'."""
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(doc, header: list[str], widths: list[float] | None = None, head_fill: str = "1F3864"):
    tbl = doc.add_table(rows=1, cols=len(header))
    tbl.style = "Table Grid"
    for cell, text in zip(tbl.rows[0].cells, header):
        cell.paragraphs[0].text = ""
        write(cell.paragraphs[0], text, bold=True, colour="FFFFFF")
        shade(cell, head_fill)
    repeat_header(tbl.rows[0])
    return tbl


def fill_cell(cell, parts: list) -> None:
    """Cell content: each part a paragraph; a list part is bulleted paragraphs."""
    first = True
    for part in parts:
        items = part if isinstance(part, list) else [part]
        for item in items:
            paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            if isinstance(part, list):
                paragraph.style = "List Bullet"
            write(paragraph, item)


def square(paragraph, fill: str) -> None:
    """A coloured square drawn as a shape (VML rectangle), not a glyph."""
    run = paragraph.add_run()
    run._r.append(parse_xml(
        f'<w:pict {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<v:rect style="width:9pt;height:9pt" fillcolor="#{fill}" stroked="f"/></w:pict>'))


def text_box(paragraph, lines: list[tuple[str, bool]]) -> None:
    """A text box (VML) holding the lines, as office templates put a theme panel on a front sheet."""
    inner = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
        for text, bold in lines)
    run = paragraph.add_run()
    run._r.append(parse_xml(
        f'<w:pict {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml">'
        f'<v:shape style="width:300pt;height:48pt" fillcolor="#DEEAF6" strokecolor="#1F3864">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict>'))


def present(doc, label: str, people: list[tuple[str, str]]) -> None:
    """'Present:' with names and roles aligned by tabs."""
    for i, (name, role) in enumerate(people):
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(80))
        paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(230))
        paragraph.paragraph_format.space_after = Pt(0)
        if i == 0:
            write(paragraph, label, bold=True)
        write(paragraph, f"\t{name}\t{role}")


def docx_bytes(doc) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return _stable_zip(out.getvalue())


# ---------------------------------------------------------------- gold helpers

def iso(day: str) -> str:
    return dt.datetime.strptime(re.sub(r"(\d)(st|nd|rd|th)", r"\1", day.replace(NBSP, " ")), "%d %B %Y").date().isoformat()


def pdf_pages(data: bytes, records: dict) -> None:
    """Set each PDF record's page: the first page whose text holds its `_find` words."""
    from pypdf import PdfReader
    texts = [re.sub(r"\s+", " ", (page.extract_text() or "")).replace(NBSP, " ") for page in PdfReader(io.BytesIO(data)).pages]
    for kind, items in records.items():
        for item in items:
            needle = item.pop("_find", None)
            if needle is None:
                continue
            needle = re.sub(r"\s+", " ", needle)
            hits = [i + 1 for i, text in enumerate(texts) if needle in text]
            if not hits:  # a table cell's lines come interleaved with its neighbours': its first words then
                short = " ".join(needle.split()[:3])
                hits = [i + 1 for i, text in enumerate(texts) if short in text]
            if not hits:
                raise SystemExit(f"{kind}: {needle!r} not found in the PDF")
            item["page"] = hits[0]


def strip_find(records: dict) -> None:
    for items in records.values():
        for item in items:
            item.pop("_find", None)


def gold_document(name: str, pages: int | None, title: str, force: str, org: str, date: str) -> dict:
    return {"page": None, "file_type": name.rsplit(".", 1)[1], **({"pages": pages} if pages else {}),
            "doc_kind": "scrutiny_pack", "title": title, "force": force, "organisation": org,
            "meeting_date": date, "publication_date": None, "status": "ok"}


# ---------------------------------------------------------------- the Word packs

def flat(parts: list) -> str:
    """A cell's paragraphs and bullets as one text, as gold holds long free text."""
    out: list[str] = []
    for part in parts:
        out.extend(part if isinstance(part, list) else [part])
    return " ".join(line.replace("\n", " ") for line in out)


def build_word_pack(spec: dict) -> tuple[bytes, dict]:
    """Front sheet and agenda, the previous meeting's notes, the action tracker; with the gold."""
    doc = new_document(spec["header"], spec["marking"], spec["footer"])
    numbering = Numbering(doc)
    org, force, notes = spec["org"], spec["force"], spec["notes"]
    records: dict[str, list] = {"documents": [], "meetings": [], "agenda_items": [], "assurance_decisions": [], "actions": [], "grades": []}

    # Front sheet
    para(doc, spec["office_line"]).runs[0].bold = True
    title = heading(doc, spec["title"], 1, bookmark="_Toc" + spec["date"].replace("-", ""))
    date_line = para(doc, spec["date_printed"], bold_lead="Date: ")
    add_bookmark(date_line, "_GoBack")
    if spec.get("venue"):
        para(doc, spec["venue"], bold_lead="Venue: ")
    theme = spec.get("theme")
    if theme and spec.get("theme_in_box"):
        text_box(doc.add_paragraph(), [(theme[0], True), (theme[1], False)])
    elif theme:
        para(doc, theme[1], bold_lead=theme[0] + " ")
    present(doc, "Present:", spec["present"])
    heading(doc, "Agenda", 2)
    agenda_num = numbering.new_list(["%1."])
    for item_title, presenter in spec["agenda"]:
        paragraph = doc.add_paragraph()
        Numbering.apply(paragraph, agenda_num)
        paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(300))
        write(paragraph, item_title + (f"\t{presenter}" if presenter else ""))
    for n, (item_title, presenter) in enumerate(spec["agenda"], 1):
        records["agenda_items"].append({"page": 1 if spec["pdf"] else None, "meeting_date": spec["date"], "number": str(n),
                                        "title": item_title, "presenter": presenter})
    records["meetings"].append({"page": 1 if spec["pdf"] else None, "meeting_date": spec["date"],
                                "topic": theme[1] if theme else None, "organisation": org, "title": spec["title"]})
    records["documents"].append(gold_document(spec["name"], None, spec["title"], force, org, spec["date"]))

    # Notes of the previous meeting
    doc.add_page_break()
    heading(doc, notes["heading"], 1, bookmark="_Toc" + notes["date"].replace("-", "") + "1")
    if notes.get("stated_topic"):
        para(doc, notes["stated_topic"][1], bold_lead=notes["stated_topic"][0] + " ")
    para(doc, notes["opening"], justify=True)
    scrutiny_items = [item for item in notes["items"] if item.get("questions")]
    stated = notes.get("stated_topic")
    records["meetings"].append({"page": None, "_find": notes["heading"], "meeting_date": notes["date"],
                                "topic": stated[1] if stated else (scrutiny_items[0]["title"] if len(scrutiny_items) == 1 else None),
                                "organisation": org, "title": notes["heading"]})
    item_num = numbering.new_list(["%1.", "%1.%2"])
    minuted: dict[str, dict] = {}
    for item in notes["items"]:
        head = doc.add_paragraph(style="Heading 2")
        if notes["auto_numbers"]:
            Numbering.apply(head, item_num, 0)
            write(head, item["title"])
        else:
            write(head, f'{item["number"]}. {item["title"]}')
        for text in item.get("paragraphs", []):
            para(doc, text, justify=True)
        questions = item.get("questions", [])
        if questions and notes["form"] == "table":
            tbl = table(doc, ["No.", "Question", "Evidence", "Decision"])
            for number, question, evidence, level, comment in questions:
                cells = tbl.add_row().cells
                fill_cell(cells[0], [number])
                fill_cell(cells[1], [question])
                fill_cell(cells[2], evidence)
                fill_cell(cells[3], [level] + ([comment] if comment else []))
        for q_index, (number, question, evidence, level, comment) in enumerate(questions, 1):
            if notes["form"] == "lines":
                paragraph = doc.add_paragraph()
                if notes["auto_numbers"]:
                    Numbering.apply(paragraph, item_num, 1)
                    write(paragraph, question, bold=True)
                else:
                    write(paragraph, f"Question {number}: ", bold=True)
                    write(paragraph, question)
                for part in evidence:
                    if isinstance(part, list):
                        for bullet in part:
                            para(doc, bullet, style="List Bullet")
                    else:
                        para(doc, part, justify=True)
                para(doc, level, bold_lead=notes["level_label"] + " ")
                if comment:
                    para(doc, comment, bold_lead="Comment: ")
            records["assurance_decisions"].append({
                "page": None, "_find": question[:40], "meeting_date": notes["date"], "topic": item["title"],
                "question_number": number, "question": question.replace("\n", " "), "evidence_summary": flat(evidence),
                "assurance": canonical_assurance(level), "commentary": comment})
        if item.get("actions"):
            para(doc, "Actions", bold_lead="")
            doc.paragraphs[-1].runs[0].bold = True
            action_num = numbering.new_list(["%1."])
            for ref, text in item["actions"]:
                paragraph = doc.add_paragraph()
                Numbering.apply(paragraph, action_num)
                write(paragraph, text)
                minuted[ref] = {"topic": item["title"], "_find": text[:40]}
    para(doc, notes["closing"], justify=True)

    # Action tracker
    doc.add_page_break()
    tracker = spec["tracker"]
    heading(doc, tracker["heading"], 1)
    if tracker.get("legend"):
        legend = doc.add_paragraph()
        write(legend, "Key: ", bold=True)
        for fill, meaning in tracker["legend"]:
            square(legend, fill)
            write(legend, f" {meaning}   ")
    columns = ["Ref", "Date raised", "Action", "Owner", "Update", "Status" if tracker["form"] == "column" else "RAG"]
    tbl = table(doc, columns)
    for ref, raised, text, owner, update, status in tracker["rows"]:
        cells = tbl.add_row().cells
        fill_cell(cells[0], [ref])
        fill_cell(cells[1], [raised])
        fill_cell(cells[2], [text])
        fill_cell(cells[3], [owner])
        fill_cell(cells[4], update if update else [""])
        if tracker["form"] == "column":
            fill_cell(cells[5], [status])
        else:
            square(cells[5].paragraphs[0], dict(tracker["legend_fills"])[status])
        raised_iso = iso(raised)
        record = {"page": None, "_find": ref, "meeting_date": raised_iso, "topic": None, "number": ref,
                  "text": text, "update": flat(update) if update else None, "status": status_word(status),
                  "status_source": "status_column" if tracker["form"] == "column" else "glyph_colour",
                  "source": "action_tracker"}
        if ref in minuted:
            record.update(minuted[ref])
        records["actions"].append(record)
    if tracker.get("note"):
        para(doc, tracker["note"])
    data = docx_bytes(doc)
    if spec["pdf"]:
        data = docx_to_pdf(data)
        pdf_pages(data, records)
        from pypdf import PdfReader
        records["documents"][0]["pages"] = len(PdfReader(io.BytesIO(data)).pages)
    else:
        strip_find(records)
    return data, records


def canonical_assurance(level: str) -> str | None:
    word = level.split("\n")[0].strip().lower()
    if word.startswith("not"):
        return "Not assured"
    if word.startswith(("partly", "partially", "limited")):
        return "Partly assured"
    if word.startswith(("assured", "full", "substantial")):
        return "Assured"
    return None


def status_word(status: str) -> str:
    return "complete" if status.lower() in ("complete", "completed", "closed", "green") else "outstanding"


# ---------------------------------------------------------------- the packs

SUFFOLK = {
    "name": "suffolk-pcc-app-2027-02-10.pdf", "pdf": True,
    "header": "Suffolk Police and Crime Commissioner", "marking": "OFFICIAL", "footer": "Accountability and Performance Panel",
    "office_line": "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR SUFFOLK",
    "org": "Police and Crime Commissioner for Suffolk", "force": "Suffolk Constabulary",
    "title": "Accountability and Performance Panel", "date": "2027-02-10",
    "date_printed": f"Wednesday 10th{NBSP}February{NBSP}2027, 10:00", "venue": "Room 2, Police Headquarters, Martlesham",
    "theme": ("Theme:", "Road safety and the fatal four"),
    "present": [("Ruth Hammond", "Police and Crime Commissioner (Chair)"), ("ACC Neil Fairbrother", "Suffolk Constabulary"),
                ("Joanne Pike", "Chief Executive, OPCC"), ("Kamal Desai", "Head of Performance, OPCC")],
    "agenda": [("Welcome and apologies", None), ("Notes of the last meeting and action tracker", "Chief Executive"),
               ("Road safety and the fatal four", "ACC Local Policing"), ("Quarterly performance report", "Head of Performance"),
               ("Any other business", None)],
    "notes": {
        "heading": "Notes of the Accountability and Performance Panel held on 9th December 2026", "date": "2026-12-09",
        "opening": "The Commissioner welcomed everyone. Apologies were received from the Chief Constable; the Deputy "
                   "Chief Constable attended in his place. There were no declarations of interest.",
        "auto_numbers": False, "form": "table",
        "items": [
            {"number": "1", "title": "Welcome and apologies", "paragraphs": ["Noted as above."]},
            {"number": "2", "title": "Stalking and harassment", "paragraphs": [
                "The Detective Chief Inspector for Public Protection presented the paper. The Commissioner’s questions "
                "and the force’s answers are set out below."],
             "questions": [
                 ("1", "How many stalking reports has the force received in the last twelve months, and how quickly are they risk assessed?",
                  ["The force recorded 1,186 stalking offences, up 14 per cent.",
                   ["92 per cent were risk assessed within 24 hours;", "the remainder were assessed within 72 hours;",
                    "a daily review meeting now checks every new report."]],
                  "Assured", "The Commissioner welcomed the daily review."),
                 ("2", "How many stalking protection orders have been applied for, and how many were granted?",
                  ["Twenty-three orders were applied for and nineteen granted.",
                   "Four applications were withdrawn because the suspect was charged and remanded."],
                  "Partly assured", "The Commissioner asked why applications fell in the second half of the year."),
                 ("3", "What training have first responders received to recognise stalking behaviour?",
                  ["A 90-minute online package was launched in June.",
                   ["61 per cent of response officers have completed it;", "a face-to-face input is planned for all new tutors."],
                   "Completion is reported to the Local Policing Board monthly."],
                  "Partly assured", "Completion must reach 90 per cent by March."),
                 ("4", "How does the force keep victims informed when a suspect is released on bail or under investigation?",
                  ["Officers must update the victim within 24 hours of any change.",
                   "A dip sample of 40 cases found that 31 victims had been updated within the time."],
                  "Not assured", "The Commissioner was concerned that nine victims were not told."),
             ],
             "actions": [("APP 26/41", "Explain the fall in stalking protection order applications between July and December 2026."),
                         ("APP 26/42", "Repeat the dip sample of victim updates and report the results to the Panel.")]},
            {"number": "3", "title": "Any other business", "paragraphs": ["None."]},
        ],
        "closing": "The next meeting will be held on 10th February 2027.",
    },
    "tracker": {
        "heading": "Action tracker", "form": "column",
        "rows": [
            ("APP 26/33", "14th October 2026", "Provide the number of vacant PCSO posts by district.", "ACC Local Policing",
             ["Provided at the December meeting.", "Closed."], "Complete"),
            ("APP 26/36", "14th October 2026", "Share the drink-drive campaign evaluation with the OPCC.", "Head of Roads Policing",
             ["Evaluation delayed until the Christmas campaign ends.\nNew date: February 2027."], "Open"),
            ("APP 26/41", "9th December 2026", "Explain the fall in stalking protection order applications between July and December 2026.",
             "DCI Public Protection", ["Briefing note circulated 20 January 2027."], "Complete"),
            ("APP 26/42", "9th December 2026", "Repeat the dip sample of victim updates and report the results to the Panel.",
             "DCI Public Protection", ["Dip sample under way; due April 2027."], "Open"),
        ],
    },
}

MERSEYSIDE = {
    "name": "merseyside-pcc-sm-2027-02-17.pdf", "pdf": True,
    "header": "Merseyside Police and Crime Commissioner", "marking": "OFFICIAL", "footer": "Scrutiny Meeting",
    "office_line": "Police and Crime Commissioner for Merseyside",
    "org": "Police and Crime Commissioner for Merseyside", "force": "Merseyside Police",
    "title": "Scrutiny Meeting", "date": "2027-02-17", "date_printed": f"17th{NBSP}February 2027",
    "theme": ("Focus of the meeting:", "Serious violence"),
    "present": [("Diane Whitcombe", "Police and Crime Commissioner"), ("Chief Constable Mark Ellery", "Merseyside Police"),
                ("Sean Morley", "Chief Executive, OPCC"), ("Ann Roberts", "Scrutiny Officer, OPCC")],
    "agenda": [("Introductions and apologies", None), ("Minutes and action log", "Scrutiny Officer"),
               ("Serious violence", "Chief Superintendent, Crime"), ("Estates strategy update", "Director of Resources"),
               ("Date of next meeting", None)],
    "notes": {
        "heading": "Minutes of the Scrutiny Meeting held on 20th January 2027", "date": "2027-01-20",
        "opening": "The Commissioner opened the meeting and thanked officers for the papers, which were circulated a week in advance.",
        "auto_numbers": True, "form": "lines", "level_label": "Assurance level:",
        "items": [
            {"title": "Knife crime", "paragraphs": ["Chief Superintendent Dale presented the force’s “Knife Crime Problem Profile”."],
             "questions": [
                 ("1.1", "What has happened to knife-enabled robbery since the summer?",
                  ["Knife-enabled robbery fell by 11 per cent between July and December, with the largest falls in the city centre."],
                  "Assured", None),
                 ("1.2", "How are surrender bins and weapons sweeps targeted?",
                  ["Sweeps are led by the problem profile and by intelligence from schools.",
                   ["Eleven sweeps were held in the quarter;", "42 weapons were recovered."]],
                  "Partly assured", "The Commissioner asked for the results to be mapped against hotspots."),
             ],
             "actions": [("SM 27/03", "Map weapons sweep results against the knife crime hotspots and share the map.")]},
            {"title": "Violence reduction partnership", "paragraphs": ["The partnership manager attended for this item."],
             "questions": [
                 ("2.1", "How is the force sharing data with the violence reduction partnership?",
                  ["A data sharing agreement was signed in October; weekly extracts are now sent to the partnership’s analysts."],
                  "Assured", "The Commissioner welcomed the agreement."),
                 ("2.2", "What evidence is there that the hospital navigator scheme reduces repeat attendance?",
                  ["The evaluation is not yet complete; early figures cover only 60 young people."],
                  "Not assured", "A full evaluation is needed before funding is renewed."),
             ],
             "actions": [("SM 27/04", "Provide the navigator scheme evaluation when it is complete.")]},
        ],
        "closing": "The meeting closed at 12:15.",
    },
    "tracker": {
        "heading": "Action log", "form": "square",
        "legend": [(COLOURS["complete"], "Complete"), (COLOURS["amber"], "In progress"), (COLOURS["red"], "Overdue")],
        "legend_fills": [("green", COLOURS["complete"]), ("amber", COLOURS["amber"]), ("red", COLOURS["red"])],
        "rows": [
            ("SM 26/19", "18th November 2026", "Report the outcome of the custody healthcare contract review.", "Head of Custody",
             ["Contract extended to 2028."], "green"),
            ("SM 26/21", "18th November 2026", "Confirm the number of officers trained in trauma-informed practice.", "Head of L&D",
             ["Figures awaited from the learning system."], "red"),
            ("SM 27/03", "20th January 2027", "Map weapons sweep results against the knife crime hotspots and share the map.",
             "Ch Supt Crime", ["Draft map shared with the OPCC analyst."], "amber"),
            ("SM 27/04", "20th January 2027", "Provide the navigator scheme evaluation when it is complete.", "VRP Manager",
             None, "amber"),
        ],
    },
}

CHESHIRE = {
    "name": "cheshire-pcc-csb-2027-02-24.docx", "pdf": False,
    "header": "Cheshire Police and Crime Commissioner", "marking": "OFFICIAL", "footer": "Corporate Scrutiny Board",
    "office_line": "Police and Crime Commissioner for Cheshire",
    "org": "Police and Crime Commissioner for Cheshire", "force": "Cheshire Constabulary",
    "title": "Corporate Scrutiny Board", "date": "2027-02-24", "date_printed": f"Wednesday, 24th February 2027",
    "venue": "Clemonds Hey, Winsford", "theme": None,
    "present": [("Gareth Llewellyn", "Police and Crime Commissioner"), ("DCC Helen Marsh", "Cheshire Constabulary"),
                ("Peter Quayle", "Chief Executive"), ("Sunita Rai", "Policy Officer")],
    "agenda": [("Apologies", None), ("Minutes of the meeting of 25th November 2026", None),
               ("Neighbourhood policing", "Superintendent, Local Policing"), ("Fleet and vehicle replacement", "Head of Fleet"),
               ("Any other business", None)],
    "notes": {
        "heading": "Minutes of the Corporate Scrutiny Board – 25th November 2026", "date": "2026-11-25",
        "stated_topic": ("Focus of the meeting:", "Neighbourhood policing"),
        "opening": "Apologies were received from the Chief Constable. The minutes of the previous meeting were agreed.",
        "auto_numbers": False, "form": "table",
        "items": [
            {"number": "3", "title": "Neighbourhood policing", "paragraphs": ["Superintendent Yates presented the report."],
             "questions": [
                 ("3.1", "How many neighbourhood officers were taken off their wards to cover response shifts this year?",
                  ["Abstraction averaged 9 per cent of planned shifts.",
                   "The highest figure was in Warrington in August,\nwhen a festival needed extra officers."],
                  "Assured", None),
                 ("3.2", "How does the force know that ward priorities reflect what residents say?",
                  ["Priorities are set at ward panels.", ["panels met 212 times;", "online surveys had 3,400 replies;",
                                                           "priorities are reviewed each quarter."]],
                  "Partly assured\n(further information requested)", "The PCC asked how panels reach younger residents."),
                 ("3.3", "Are PCSOs completing the “Neighbourhood Essentials” course?",
                  ["All but four PCSOs have completed it; the four are on long-term leave."],
                  "Assured", "The PCC thanked the team."),
             ],
             "actions": [("CSB 26/17", "Report how ward panels engage residents under 25.")]},
        ],
        "closing": "Date of next meeting: 24th February 2027.",
    },
    "tracker": {
        "heading": "Action log", "form": "column",
        "rows": [
            ("CSB 26/12", "23rd September 2026", "Circulate the refreshed fleet replacement plan.", "Head of Fleet",
             ["Plan circulated on 4th October 2026."], "Complete"),
            ("CSB 26/17", "25th November 2026", "Report how ward panels engage residents under 25.", "Supt Local Policing",
             ["Report on the agenda for this meeting.", "Propose closure."], "Complete"),
        ],
    },
}

DORSET = {
    "name": "dorset-pcc-pb-2027-03-02.docx", "pdf": False,
    "header": "Dorset Police and Crime Commissioner", "marking": "OFFICIAL-SENSITIVE", "footer": "Performance Board",
    "office_line": "Police and Crime Commissioner for Dorset",
    "org": "Police and Crime Commissioner for Dorset", "force": "Dorset Police",
    "title": "Performance Board", "date": "2027-03-02", "date_printed": f"2nd March{NBSP}2027",
    "theme": ("Topic:", "Contact management"),
    "present": [("Martin Cole", "Police and Crime Commissioner"), ("ACC Beth Sandford", "Dorset Police"),
                ("Fiona Hart", "Chief Executive, OPCC")],
    "agenda": [("Welcome", None), ("Minutes and actions", "OPCC"), ("Contact management", "Head of Contact"),
               ("Any other business", None)],
    "notes": {
        "heading": "Performance Board minutes – 19th January 2027", "date": "2027-01-19",
        "opening": "The Commissioner welcomed attendees. No declarations were made.",
        "auto_numbers": True, "form": "lines", "level_label": "Assurance level:",
        "items": [
            {"title": "Rural crime", "paragraphs": ["Inspector Greaves presented on behalf of the Rural Crime Team."],
             "questions": [
                 ("1.1", "How many thefts of farm machinery were reported, and how many machines were recovered?",
                  ["Sixty-two thefts were reported; machinery worth £410,000 was recovered, mostly through tracking devices."],
                  "Assured", None),
                 ("1.2", "How does the Rural Crime Team work with neighbouring forces?",
                  ["The team joined a regional operation with two forces in November.", ["shared intelligence briefings;", "joint patrols at markets."]],
                  "Partly assured", "Results of the operation to be reported."),
             ]},
            {"title": "Hate crime", "paragraphs": ["The Hate Crime Coordinator presented."],
             "questions": [
                 ("2.1", "Why has the outcome rate for hate crime fallen this quarter?",
                  ["Fewer victims supported a prosecution; the force is reviewing how victims are supported through court."],
                  "Not assured", "The Commissioner asked for a full report."),
             ]},
        ],
        "closing": "The Board agreed the actions listed in the action log.",
    },
    "tracker": {
        "heading": "Action log – Performance Board", "form": "square",
        "legend": [(COLOURS["complete"], "Complete"), (COLOURS["amber"], "Ongoing"), (COLOURS["red"], "Not started")],
        "legend_fills": [("green", COLOURS["complete"]), ("amber", COLOURS["amber"]), ("red", COLOURS["red"])],
        "rows": [
            ("PB 27/01", "19th January 2027", "Report the results of the regional rural crime operation.", "Insp Rural Crime",
             ["Results shared at the February rural forum."], "green"),
            ("PB 27/02", "19th January 2027", "Provide a full report on the fall in hate crime outcomes.", "Hate Crime Coordinator",
             ["Report drafted.", "Awaiting sign-off by the ACC."], "amber"),
            ("PB 26/44", "17th November 2026", "Review the 101 call-back process.", "Head of Contact", None, "red"),
        ],
    },
}

WILTSHIRE = {
    "name": "wiltshire-pcc-cmb-2027-03-03.pdf", "pdf": True,
    "header": "Wiltshire & Swindon Police and Crime Commissioner", "marking": "OFFICIAL-SENSITIVE", "footer": "Commissioner’s Monitoring Board",
    "office_line": "Office of the Police and Crime Commissioner for Wiltshire",
    "org": "Police and Crime Commissioner for Wiltshire and Swindon",  # the office's one name in the gold (gold-format.md)
    "force": "Wiltshire Police",
    "title": "Commissioner’s Monitoring Board", "date": "2027-03-03", "date_printed": f"Wednesday 3rd March 2027",
    "theme": ("Theme:", "Tackling rural crime"), "theme_in_box": True,
    "present": [("Anthony Blake", "Police and Crime Commissioner"), ("Chief Constable Rhys Owen", "Wiltshire Police"),
                ("Claire Dunn", "Chief Executive"), ("Tom Lacey", "Chief Finance Officer")],
    "agenda": [("Apologies", None), ("Notes and action tracker", "Chief Executive"), ("Tackling rural crime", "Supt Neighbourhood"),
               ("Medium-term financial plan", "Chief Finance Officer"), ("Any other business", None)],
    "notes": {
        "heading": "Notes of the Commissioner’s Monitoring Board – 13th January 2027", "date": "2027-01-13",
        "opening": "The Commissioner welcomed members. Apologies: Deputy Chief Constable.",
        "auto_numbers": False, "form": "lines", "level_label": "Assurance level:",
        "items": [
            {"number": "2", "title": "Missing people", "paragraphs": ["Detective Superintendent Ward presented the force’s report."],
             "questions": [
                 ("1", "How many missing person reports were received, and how many were children?",
                  ["There were 1,920 reports, of which 1,240 concerned children, many from care homes."],
                  "Assured", None),
                 ("2", "Are return home interviews completed within 72 hours?",
                  ["Seventy-four per cent were completed within 72 hours; the council’s provider has been short of staff."],
                  "Partly assured", "The Commissioner will raise this with the council."),
             ],
             "actions": [("CMB 27/02", "Write to the council about the timeliness of return home interviews.")]},
        ],
        "closing": "Close of meeting.",
    },
    "tracker": {
        "heading": "Action tracker", "form": "column",
        "rows": [
            (f"CMB 26/{n}", raised, text, owner, update, status) for n, raised, text, owner, update, status in [
                (31, "8th July 2026", "Publish the rural crime strategy on the force website.", "Supt Neighbourhood",
                 ["Published in August."], "Complete"),
                (33, "8th July 2026", "Review the number of special constables in rural sectors.", "Head of Specials",
                 ["Review complete; recruitment drive planned for spring.", ["12 specials posted to rural sectors;", "8 more in training."]], "Complete"),
                (38, "9th September 2026", "Report the 999 answering times for the summer.", "Head of Contact",
                 ["94 per cent answered in ten seconds."], "Complete"),
                (40, "9th September 2026", "Confirm the date the new custody suite opens.", "Head of Estates",
                 ["Building handed over in December.\nOpening delayed to May 2027 by an IT fault."], "In progress"),
                (41, "9th September 2026", "Provide the cost of overtime for the summer events.", "Chief Finance Officer",
                 ["Reported at the November meeting."], "Complete"),
                (45, "11th November 2026", "Share the results of the wildlife crime audit.", "Rural Crime Lead",
                 ["Audit fieldwork finished; report being written."], "In progress"),
                (46, "11th November 2026", "Set out how heritage crime is recorded.", "Head of Crime Recording",
                 None, "Not started"),
                (47, "11th November 2026", "Arrange a visit by the Commissioner to the new drone unit.", "Supt Operations",
                 ["Visit took place on 2nd December."], "Complete"),
                (49, "11th November 2026", "Review the use of fixed penalty notices for fly-tipping with the councils.", "Supt Neighbourhood",
                 ["Meetings held with two of the three councils.", "Third meeting booked for March."], "In progress"),
            ]
        ] + [("CMB 27/02", "13th January 2027", "Write to the council about the timeliness of return home interviews.",
              "Chief Executive", ["Letter sent 21st January 2027; reply awaited."], "In progress")],
    },
}


# ---------------------------------------------------------------- the reportlab pack

NORTHUMBRIA_QUESTIONS = [
    ("1", "How has the number of domestic abuse incidents changed over the last year?",
     ["Incidents rose by 4 per cent to 31,870.", ["repeat victims made up 38 per cent;", "reports by third parties rose by a fifth."],
      "The force links the rise to its “Speak Up” campaign."],
     "Assured", "The Commissioner noted the campaign’s reach."),
    ("2", "What proportion of high-risk cases are heard at a MARAC within the target time?",
     ["Eighty-one per cent were heard within 21 days.", "Delays were mostly in the two rural areas, where the conference sits fortnightly."],
     "Partly assured", "The Commissioner asked the force to raise the frequency with partners."),
    ("3", "How is the force using domestic violence protection orders?",
     ["Applications rose from 212 to 287.", ["96 per cent were granted;", "breaches were charged in 44 cases;",
                                             "a dedicated court officer now prepares every application."],
      "The force plans to extend the court officer role to the south of the area."],
     "Assured", None),
    ("4", "How does the force check the quality of DASH risk assessments made by first responders?",
     ["A monthly audit of 50 assessments is carried out by the safeguarding hub.",
      "The last three audits found that a quarter of assessments had questions left blank or answered without detail."],
     "Not assured", "The Commissioner asked for a plan to improve quality."),
    ("5", "What support is given to children who live in homes where domestic abuse happens?",
     ["Schools are told through Operation Encompass before the next school day in 93 per cent of cases.",
      ["notifications are sent by the hub at 7:30 each morning;", "weekend incidents are sent on Monday."]],
     "Assured", "The Commissioner thanked schools for their part."),
]
NORTHUMBRIA_ACTIONS = [
    "The force to set out with partners how MARAC frequency can be increased in the rural areas.",
    "The force to present a plan to improve the quality of DASH risk assessments at the next meeting.",
    "The OPCC to share the Speak Up campaign evaluation with the Violence Reduction Unit.",
]


def build_northumbria() -> tuple[bytes, dict]:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    name = "northumbria-pcc-sam-2027-03-09.pdf"
    sheet = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=sheet["Normal"], fontName="Helvetica", fontSize=10, leading=13, alignment=TA_JUSTIFY, spaceAfter=6)
    cell = ParagraphStyle("cell", parent=body, alignment=0, fontSize=9, leading=11, spaceAfter=3)
    head = ParagraphStyle("head", parent=sheet["Heading2"], fontName="Helvetica-Bold", fontSize=12, textColor=colors.HexColor("#5B2C6F"))
    title = ParagraphStyle("title", parent=sheet["Heading1"], fontName="Helvetica-Bold", fontSize=15, textColor=colors.HexColor("#5B2C6F"))

    def on_page(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawString(20 * mm, 287 * mm, "NORTHUMBRIA POLICE AND CRIME COMMISSIONER")
        canvas.drawRightString(190 * mm, 287 * mm, "OFFICIAL")
        canvas.setFont("Helvetica", 8)
        canvas.drawCentredString(105 * mm, 10 * mm, f"OFFICIAL  |  Page {doc.page}")
        if doc.page == 1:
            canvas.line(20 * mm, 27 * mm, 70 * mm, 27 * mm)
            canvas.drawString(20 * mm, 23 * mm, "1 The meeting was held in public and streamed online.")
            canvas.drawString(20 * mm, 19 * mm, "2 The force’s report was published with the agenda on 2nd March 2027.")
        canvas.restoreState()

    def cell_parts(parts: list) -> list:
        out = []
        for part in parts:
            if isinstance(part, list):
                out.append(ListFlowable([ListItem(Paragraph(item, cell), leftIndent=10) for item in part],
                                        bulletType="bullet", start="•", leftIndent=10, bulletFontSize=8))
            else:
                out.append(Paragraph(part, cell))
        return out

    story = [
        Paragraph("Scrutiny and Accountability Meeting", title),
        Paragraph(f"Notes of the meeting held on Tuesday 9th{NBSP}March{NBSP}2027<super>1</super>", body),
        Paragraph("<b>Topic:</b> Domestic abuse", body),
    ]
    people = [("Present:", "Helen Armitage", "Police and Crime Commissioner"), ("", "Chief Constable Lee Pryor", "Northumbria Police"),
              ("", "Kate Jobson", "Chief of Staff, OPCC"), ("In attendance:", "Det Supt Amy Rowe", "Head of Safeguarding")]
    present_table = Table([[Paragraph(f"<b>{a}</b>", cell), Paragraph(b, cell), Paragraph(c, cell)] for a, b, c in people],
                          colWidths=[30 * mm, 55 * mm, 85 * mm])
    present_table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    story += [present_table, Spacer(1, 6),
              Paragraph("1. Welcome and apologies", head),
              Paragraph("The Commissioner welcomed everyone. Apologies were received from the Deputy Chief Constable.", body),
              Paragraph("2. Notes of the last meeting", head),
              Paragraph("The notes of the meeting held on 12th January 2027 were agreed as a true record.", body),
              Paragraph("3. Domestic abuse", head),
              Paragraph("Detective Superintendent Rowe introduced the force’s report<super>2</super>, which sets out the force’s "
                        "response to domestic abuse from first contact to court. The Commissioner’s questions, the force’s "
                        "answers and the Commissioner’s decision on each are recorded below.", body)]
    rows = [[Paragraph(f"<b>{h}</b>", ParagraphStyle("th", parent=cell, textColor=colors.white)) for h in ("No.", "Question", "Evidence", "Decision")]]
    for number, question, evidence, level, comment in NORTHUMBRIA_QUESTIONS:
        rows.append([Paragraph(number, cell), Paragraph(question, cell), cell_parts(evidence),
                     [Paragraph(f"<b>{level}</b>", cell)] + ([Paragraph(comment, cell)] if comment else [])])
    grid = Table(rows, colWidths=[10 * mm, 50 * mm, 72 * mm, 38 * mm], repeatRows=1)
    grid.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#5B2C6F")), ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [grid, Spacer(1, 8), Paragraph("<b>Actions agreed</b>", body)]
    story.append(ListFlowable([ListItem(Paragraph(text, body)) for text in NORTHUMBRIA_ACTIONS], bulletType="1", bulletFormat="%s."))
    story += [Paragraph("4. Any other business", head), Paragraph("There was no other business.", body),
              Paragraph("5. Date of next meeting", head), Paragraph(f"Tuesday 11th{NBSP}May 2027 at 10:00.", body)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                      bottomMargin=32 * mm, title="Scrutiny and Accountability Meeting", author="OPCC").build(
        story, onFirstPage=on_page, onLaterPages=on_page)
    data = buffer.getvalue()

    org, force = "Police and Crime Commissioner for Northumbria", "Northumbria Police"
    records = {
        "documents": [gold_document(name, None, "Scrutiny and Accountability Meeting", force, org, "2027-03-09")],
        "meetings": [{"page": 1, "meeting_date": "2027-03-09", "topic": "Domestic abuse", "organisation": org,
                      "title": "Scrutiny and Accountability Meeting"}],
        "assurance_decisions": [
            {"page": None, "_find": question[:40], "meeting_date": "2027-03-09", "topic": "Domestic abuse", "question_number": number,
             "question": question, "evidence_summary": flat(evidence),
             "assurance": level, "commentary": comment}
            for number, question, evidence, level, comment in NORTHUMBRIA_QUESTIONS],
        "actions": [
            {"page": None, "_find": text[:40], "meeting_date": "2027-03-09", "topic": "Domestic abuse", "number": str(n),
             "text": text, "update": None, "status": "unknown", "status_source": "none", "source": "action_list"}
            for n, text in enumerate(NORTHUMBRIA_ACTIONS, 1)],
        "grades": [],
    }
    pdf_pages(data, records)
    from pypdf import PdfReader
    records["documents"][0]["pages"] = len(PdfReader(io.BytesIO(data)).pages)
    return data, records


PACKS = {spec["name"]: (lambda spec=spec: build_word_pack(spec)) for spec in (SUFFOLK, MERSEYSIDE, CHESHIRE, DORSET, WILTSHIRE)}
PACKS["northumbria-pcc-sam-2027-03-09.pdf"] = build_northumbria


def main(names: list[str]) -> None:
    PENDING.mkdir(exist_ok=True)
    for name, build in PACKS.items():
        if names and name not in names:
            continue
        data, records = build()
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (PENDING / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        pages = {t: [r["page"] for r in records[t]] for t in ("assurance_decisions", "actions")}
        print(f"{name}: {len(data)} bytes; pages {pages}")


if __name__ == "__main__":
    main(sys.argv[1:])
