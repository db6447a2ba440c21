"""Write the gold annotations of the reference pack's samples from its
structured transcription (samples/source/pack.py):

    .venv/bin/python samples/make_gold.py

The records are what an analyst takes from the pack, written from the
transcription (never from the pipeline's output); PDF pages are located by
searching the generated PDF's text and were then checked by hand. The JSON
files are committed and reviewed as they are; see README.md for the judgment
calls.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pdfplumber

SAMPLES = Path(__file__).resolve().parent
sys.path.insert(0, str(SAMPLES))

from generator.model import Bullets, Heading, Para, plain  # noqa: E402
from source import pack  # noqa: E402

STEM = "scrutiny-pack-2025-05-21"
FORCE = "Cleveland Police"
PCC = "Police and Crime Commissioner for Cleveland"
APRIL, MAY = "2025-04-01", "2025-05-21"
APRIL_TOPIC, MAY_TOPIC = "Child Protection and Child Exploitation", "PEEL Assessment 2023-2025"
CHECKED = ("Written from samples/source/pack.py by samples/make_gold.py; every record read against the "
           "transcription and the generated PDF page by page by the samples engineer.")

# Section headings of the pack -> canonical area (shared/design/records.md).
SECTION_AREAS = {
    "Providing a service to victims of crime": "Providing a service to victims of crime",
    "Police powers and treating the public fairly and respectfully": "Police powers and public treatment",
    "Preventing and deterring crime and antisocial behaviour, and reducing vulnerability": "Preventing crime",
    "Responding to the public": "Responding to the public",
    "Investigating crime": "Investigating crime",
    "Protecting vulnerable people": "Protecting vulnerable people",
    "Managing offenders and suspects": "Managing offenders",
    "Building, supporting and protecting the workforce": "Developing a positive workplace",
    "Leadership and force management": "Leadership and force management",
    "Working with safeguarding partners": "Working with safeguarding partners",
    "Responding to children at risk of harm": "Responding to children at risk of harm",
    "Assessing risk to children and making appropriate referrals":
        "Assessing risk to children and making appropriate referrals",
    "Investigating reports of abuse, neglect and exploitation of children":
        "Investigating reports of abuse, neglect and exploitation of children",
}
# Printed area labels of the grade tables -> canonical area.
TABLE_AREAS = {
    "Police powers and public treatment": "Police powers and public treatment",
    "Preventing crime": "Preventing crime",
    "Managing offenders": "Managing offenders",
    "Developing a positive workplace": "Developing a positive workplace",
    "Responding to the public": "Responding to the public",
    "Leadership and force management": "Leadership and force management",
    "Investigating crime": "Investigating crime",
    "Protecting vulnerable people": "Protecting vulnerable people",
    "Recording data about crime": "Recording data about crime",
    "Engaging with and treating the public with fairness and respect": "Police powers and public treatment",
    "Managing offenders and suspects": "Managing offenders",
    "Disrupting serious organised crime": "Disrupting serious organised crime",
    "Building, supporting and protecting the workforce": "Developing a positive workplace",
    "Preventing crime and anti-social behaviour": "Preventing crime",
    "Good use of resources": "Good use of resources",
}
# The child protection sentence grades: section heading -> grade.
CHILD_PROTECTION_GRADES = {
    "Working with safeguarding partners": "Adequate",
    "Responding to children at risk of harm": "Inadequate",
    "Assessing risk to children and making appropriate referrals": "Requires improvement",
    "Investigating reports of abuse, neglect and exploitation of children": "Inadequate",
}
SUBSECTIONS = {"main findings": "main_finding", "promising practice": "promising_practice",
               "areas for improvement": "afi", "area for improvement": "afi", "cause of concern": "coc",
               "recommendations": "recommendations"}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u2022", " ")
    return re.sub(r"\s+", " ", text).strip()


class PdfPages:
    """The generated PDF's text per page (running text and every table cell),
    to find the page a record starts on."""

    def __init__(self, path: Path) -> None:
        self.texts: list[list[str]] = []
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                texts = [_norm(page.extract_text() or "")]
                for table in page.extract_tables():
                    texts += [_norm(c) for row in table for c in row if c]
                self.texts.append(texts)
                page.close()

    def page_of(self, text: str, words: int = 12, after: int | None = None) -> int:
        """The one page holding the text's first words or, ``after`` a page,
        the first such page from there on."""
        probe = " ".join(_norm(text).split()[:words])
        hits = [n for n, texts in enumerate(self.texts, start=1)
                if any(probe in t for t in texts) and (after is None or n >= after)]
        if not hits or (after is None and len(hits) > 1):
            raise SystemExit(f"page of {probe!r}: found on pages {hits}; lengthen the probe")
        return hits[0]


def lines(content) -> list[str]:
    """The printed lines of a cell's or a list's content, markup removed."""
    out: list[str] = []
    for block in content:
        if isinstance(block, Bullets):
            out += [plain(text) for _, text in block.items]
        else:
            out.append(plain(block.text))
    return out


def strip_list_punctuation(text: str) -> str:
    return re.sub(r";(?: and)?$", "", text)


@dataclass
class Records:
    pages: PdfPages

    def page(self, text: str, words: int = 12, after: str | None = None) -> int:
        """The page of a text; ``after``: a unique text on that page or an earlier one."""
        return self.pages.page_of(text, words, after and self.pages.page_of(after, words=20))

    def agenda_items(self) -> list[dict]:
        table = pack.AGENDA[-2]
        return [
            {"page": self.page(plain(title[0].text), words=5, after="Apologies for Absence"), "meeting_date": MAY, "number": plain(num[0].text).rstrip("."),
             "title": plain(title[0].text), "presenter": plain(by[0].text)}
            for num, title, by in table.rows[1:]
        ]

    def meetings(self) -> list[dict]:
        april_title = plain(pack.APRIL_NOTES[0].text)
        may_title = plain(pack.MAY_NOTES[0].text)
        return [
            {"page": self.page(april_title), "meeting_date": APRIL, "topic": APRIL_TOPIC, "organisation": PCC,
             "title": april_title},
            {"page": self.page(may_title), "meeting_date": MAY, "topic": MAY_TOPIC, "organisation": PCC,
             "title": may_title},
        ]

    def assurance_decisions(self) -> list[dict]:
        out = []
        for date, topic, notes in ((APRIL, APRIL_TOPIC, pack.APRIL_NOTES), (MAY, MAY_TOPIC, pack.MAY_NOTES)):
            table = notes[1]
            decision = table.rows[1][2]
            assurance_raw, commentary = plain(decision[0].text), plain(decision[1].text)
            for question_cell, evidence_cell, _ in table.rows[1:]:
                number, question = plain(question_cell[0].text).split(". ", 1)
                question = "\n".join([question, *lines(question_cell[1:])])
                out.append({
                    "page": self.page(question, after=plain(notes[0].text)), "meeting_date": date, "topic": topic, "question_number": number,
                    "question": question, "evidence_summary": "\n".join(lines(evidence_cell)),
                    "assurance": "Partly assured" if assurance_raw == "Partly Assured" else "Assured",
                    "assurance_raw": assurance_raw, "commentary": commentary,
                })
        return out

    def actions(self) -> list[dict]:
        listed = pack.APRIL_NOTES[3].items
        list_page = self.page(listed[0], after=plain(pack.APRIL_NOTES[0].text))
        out, topic = [], None
        first_row = plain(pack.TRACKER_ROWS[0][1][0].text)
        for row, (topic_cell, action_cell, update_cell, status_cell) in enumerate(pack.TRACKER_ROWS):
            if topic_cell:
                topic = plain(topic_cell[0].text)
            elif row == 0:
                topic = None  # continues a topic from a page the pack leaves out
            text, update = "\n".join(lines(action_cell)), "\n".join(lines(update_cell))
            status = "complete" if pack.GREEN in status_cell[0].text else "outstanding"
            record = {"page": self.page(text, after=first_row), "meeting_date": None, "topic": topic, "number": None, "text": text,
                      "update": update, "status": status, "status_source": "glyph_colour",
                      "source": "action_tracker"}
            # The tracker's last rows repeat the numbered actions of the 1 April meeting.
            repeats = [n for n, item in enumerate(listed, start=1) if _norm(item.replace("\u2019", "'")) == _norm(text)]
            if repeats:
                record.update(page=list_page, meeting_date=APRIL, number=str(repeats[0]), text=listed[repeats[0] - 1])
            out.append(record)
        return out

    def grades(self) -> list[dict]:
        out = []
        background = next(b for b in pack.PEEL_COVER if hasattr(b, "rows") and len(b.widths) == 5)
        journey_march = [b for b in pack.JOURNEY if hasattr(b, "rows")][-1]
        for table, framework, as_of, label, anchor in (
                (background, "PEEL 2023-25", "2025-04", "", "The HMICFRS graded judgments in eight of these nine"),
                (journey_march, "PEEL 2021/22", "2023-03", "March 2023 | ",
                 "We have made significant improvements with limited external support")):
            for row in table.rows:
                for grade, content in zip(pack.GRADE_COLUMNS, row):
                    area_raw = plain(content[0].text) if content else ""
                    if not area_raw or area_raw in pack.GRADE_COLUMNS:
                        continue
                    out.append({"page": self.page(area_raw, words=12, after=anchor), "force": FORCE, "framework": framework,
                                "area": TABLE_AREAS[area_raw], "area_raw": area_raw, "grade": grade,
                                "as_of": as_of, "evidence": f"{label}{grade} | {area_raw}"})
        # The excerpts' inspection is dated by the pack itself: its report was
        # "published in January 2025" (the scrutiny question quoting it).
        blocks = pack.CHILD_PROTECTION
        for i, block in enumerate(blocks):
            if isinstance(block, Heading) and block.text in CHILD_PROTECTION_GRADES:
                sentence = plain(blocks[i + 1].text)
                out.append({"page": self.page(sentence, words=20), "force": FORCE, "framework": "Child protection",
                            "area": SECTION_AREAS[block.text], "area_raw": block.text,
                            "grade": CHILD_PROTECTION_GRADES[block.text], "as_of": "2025-01", "evidence": sentence})
        return out

    def inspection_records(self) -> dict[str, list[dict]]:
        """AFIs, causes of concern, recommendations and findings, by walking
        the PEEL and child protection sections."""
        out: dict[str, list[dict]] = {"areas_for_improvement": [], "causes_of_concern": [], "recommendations": [],
                                      "findings": []}
        for blocks in (pack.PEEL_SECTIONS, pack.CHILD_PROTECTION):
            area: str | None = None
            mode: str | None = None
            lead_in: str | None = None
            current: dict | None = None  # the AFI or cause of concern whose paragraphs follow
            concern: dict | None = None
            for block in blocks:
                text = plain(block.text) if isinstance(block, (Heading, Para)) else ""
                styled_heading = isinstance(block, Heading) or (isinstance(block, Para) and block.text.startswith("**"))
                if isinstance(block, Heading) and text in SECTION_AREAS:
                    area, mode, current = SECTION_AREAS[text], None, None
                elif styled_heading and text.rstrip(":").lower() in SUBSECTIONS:
                    mode, current = SUBSECTIONS[text.rstrip(":").lower()], None
                elif isinstance(block, Heading) and block.text.startswith("***") and mode in {"afi", "coc"}:
                    kind = "areas_for_improvement" if mode == "afi" else "causes_of_concern"
                    current = {"page": self.page(text), "force": FORCE, "area": area, "text": text, "detail": ""}
                    out[kind].append(current)
                    concern = current if mode == "coc" else concern
                elif styled_heading and not text.startswith(("Grade:", "Cleveland Police")):
                    mode, current = None, None  # a heading the records don't come from
                elif isinstance(block, Para) and current is not None:
                    current["detail"] = "\n\n".join(filter(None, [current["detail"], text]))
                elif isinstance(block, Para) and mode == "recommendations":
                    lead_in = text
                elif isinstance(block, Para) and mode == "promising_practice":
                    out["findings"].append(self._finding(area, mode, text))
                elif isinstance(block, Bullets) and mode in {"main_finding", "promising_practice"}:
                    out["findings"] += [self._finding(area, mode, item) for item in lines([block])]
                elif isinstance(block, Bullets) and mode == "afi":
                    out["areas_for_improvement"] += [
                        {"page": self.page(item), "force": FORCE, "area": area, "text": item, "detail": None}
                        for item in lines([block])]
                elif isinstance(block, Bullets) and mode == "recommendations":
                    out["recommendations"] += [
                        {"page": self.page(item), "force": FORCE, "cause_of_concern_text": concern["text"],
                         "text": strip_list_punctuation(item), "timescale": "With immediate effect",
                         "lead_in": lead_in}
                        for item in lines([block])]
        return out

    def _finding(self, area: str | None, kind: str, text: str) -> dict:
        return {"page": self.page(text), "force": FORCE, "area": area, "kind": kind, "text": text}

    def all(self) -> dict[str, list[dict]]:
        return {
            "documents": [{"page": None, "file_type": "pdf", "pages": len(self.pages.texts),
                           "doc_kind": "scrutiny_pack", "title": "Scrutiny Meeting", "force": FORCE,
                           "organisation": PCC, "meeting_date": MAY, "publication_date": None, "status": "ok"}],
            "meetings": self.meetings(),
            "agenda_items": self.agenda_items(),
            "assurance_decisions": self.assurance_decisions(),
            "actions": self.actions(),
            "grades": self.grades(),
            **self.inspection_records(),
        }


def without_pages(records: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """The DOCX's records: the same, with no pages (Word files have none)."""
    out = {kind: [{**r, "page": None} for r in rows] for kind, rows in records.items()}
    out["documents"][0].update(file_type="docx", pages=None)
    return out


def main() -> int:
    records = Records(PdfPages(SAMPLES / f"{STEM}.pdf")).all()
    for name, recs in ((f"{STEM}.pdf", records), (f"{STEM}.docx", without_pages(records))):
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": recs}
        path = SAMPLES / "gold" / f"{name}.json"
        path.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(SAMPLES.parent)}: " + ", ".join(f"{k} {len(v)}" for k, v in recs.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
