"""Assurance decisions: one per question of a Question | Evidence | Decision
table, with the level normalised (schemas/vocab/assurance.json), the level
as printed, the PCC's commentary and the evidence summary.

Rows are questions, but a page break splits a question's row in two (the
layout marks such rows in ``Table.continued_rows``) and a question whose
cell does not start with a new number continues the one above. A decision
cell merged over several questions applies to each of them; a decision
cell left empty under a decided question is read the same way, since a PDF
shows a merged cell as one text over blank cells.
"""

from __future__ import annotations

import colorsys
import re
from dataclasses import dataclass, field
from functools import cache

from extractors.base import ExtractorResult, RecordFactory
from extractors.context import DocumentContext
from extractors.meetings import fix_case, notes_meeting_at, pack_meeting, topic_label
from extractors.tables import (ACTION_LINE, bilingual_side, find_header, in_english, leading_number, load_vocab,
                               logical_tables, words)
from extractors.text import clean, strip_bullet
from pipeline.layout import BlockKind, LayoutDocument, Table, TextBlock

NAME = "assurance"
VERSION = "1.5.0"

_ROLES = {  # tried in this order: "Question" before the "No." that may sit beside it
    "question": ("question", "questions", "scrutiny question", "key line of enquiry", "key lines of enquiry", "area of focus"),
    "number": ("no", "number", "ref", "#", "q no", "question no", "question number"),
    "evidence": ("evidence", "summary of evidence", "brief summary of evidence", "response", "force response",
                 "answer", "summary", "discussion"),
    "decision": ("decision", "decision of pcc", "pcc decision", "decision of pfcc", "pfcc decision", "outcome",
                 "level of assurance", "assurance level", "assurance", "assured", "assured?", "judgement", "conclusion",
                 "assessment", "pcc assessment", "rating"),
    "commentary": ("comment", "comments", "commentary", "pcc comments", "rationale", "pcc commentary", "notes",
                   "follow up", "next steps"),
}


# A table that names each question's theme in a column of its own
# ("Area of focus | Key line of enquiry | ..."): the theme is the topic.
_ROLES_WITH_TOPIC = {"topic": ("area of focus", "theme", "topic", "area"), **_ROLES}

# The answers of a decision column headed as a question ("Assured?").
_ANSWERS = {"yes": "Assured", "no": "Not assured"}


@cache
def _levels() -> dict[str, str]:
    """Printed phrase (normalised words) -> canonical level."""
    return {words(phrase): level for level, phrases in load_vocab("assurance.json")["levels"].items()
            for phrase in phrases}


# A rating colour's level where the pack gives no key: green is assurance
# given, amber given in part, red withheld (the RAG reading of a scorecard).
RAG_LEVELS = {"green": "Assured", "amber": "Partly assured", "yellow": "Partly assured", "red": "Not assured"}
_COLOUR_KEY = re.compile(r"\b(?P<colour>green|amber|yellow|red)\b\s*(?:=|:|-|\u2013|\u2014|means)\s*"
                         r"(?P<meaning>[^;,.=]{3,50})", re.I)


def colour_levels(doc: LayoutDocument) -> dict[str, str]:
    """What each rating colour means: the pack's own key where it prints one
    ("Green - assured; Amber - partially assured"), else the RAG reading."""
    colours = dict(RAG_LEVELS)
    for block in doc.text_blocks():
        for m in _COLOUR_KEY.finditer(clean(block.text)):
            found = normalise_assurance(m.group("meaning"))
            if found:
                colours[m.group("colour").lower()] = found[0]
    return colours


def normalise_assurance(text: str, colours: dict[str, str] | None = None) -> tuple[str, str] | None:
    """(canonical level, the phrase as printed) for the first level stated in
    ``text``: the whole text if it is a level (a bare grade such as
    "Limited" under an assurance label or column, or a rating colour of
    ``colours``), else the longest level phrase inside it. None when it
    states none."""
    text = clean(text)
    levels = _levels()
    whole = words(text)
    for candidate in (whole, f"{whole} assurance"):
        if candidate in levels:
            return levels[candidate], text.strip(" .:")
    if colours and whole in colours:
        return colours[whole], text.strip(" .:")
    best: tuple[int, int, str, str] | None = None  # (start, -length, level, printed)
    for phrase, level in levels.items():
        if len(phrase) < 6:
            continue  # bare "partly" inside prose says nothing about the decision
        m = re.search(r"(?<![\w-])" + r"[\s\W]+".join(map(re.escape, phrase.split())) + r"(?![\w-])", text, re.I)
        if m and (best is None or (m.start(), -len(m.group(0))) < best[:2]):
            best = (m.start(), -len(m.group(0)), level, m.group(0))
    return (best[2], best[3]) if best else None


_BARE_NUMBER = re.compile(r"(?:q|question\s*)?(?P<number>\d{1,3}[a-z]?)[.):]?", re.I)
_REFERENCE = re.compile(r"(?=.*\d)[A-Za-z0-9][\w./-]{0,10}(?: [\w./-]{1,4})?")


@dataclass(slots=True)
class _Question:
    number: str | None
    question: list[TextBlock] = field(default_factory=list)
    evidence: list[TextBlock] = field(default_factory=list)
    decision: list[TextBlock] = field(default_factory=list)
    commentary: list[TextBlock] = field(default_factory=list)
    topic: list[TextBlock] = field(default_factory=list)
    fill: str | None = None  # the decision cell's shading, where the level is only a colour
    page: int | None = None
    decision_merged: bool = False  # its decision cell is merged from a question above


def extract(doc: LayoutDocument, ctx: DocumentContext) -> ExtractorResult:
    factory = RecordFactory(doc, NAME, VERSION)
    result = ExtractorResult()
    colours = colour_levels(doc)
    pack_date = ctx.meeting_date or pack_meeting(doc)[1]
    for index, block in logical_tables(doc.blocks):
        header = (find_header(block, _ROLES_WITH_TOPIC, required=("topic", "question", "decision"))
                  or find_header(block, _ROLES, required=("question", "decision")))
        if header is None:
            continue
        meeting = notes_meeting_at(doc, index)
        heading_above = _heading_above(doc, index)
        item_topic = _item_heading(doc, heading_above, bilingual_side(doc))
        labelled_topic = topic_label(clean(heading_above.text)) if heading_above else None
        answers = _ANSWERS if block.grid()[header.row][header.columns["decision"]].strip().endswith("?") else {}
        questions = _questions(block, header.columns, header.first_body_row)
        decision_blocks: list[TextBlock] = []
        decision_fill: str | None = None
        for ordinal, q in enumerate(questions):
            carried_over_blank = not q.decision and not q.decision_merged and not q.fill
            if q.decision or q.fill:
                decision_blocks, decision_fill = q.decision, q.fill
            level = _level(decision_blocks, colours, answers) or _shaded_level(decision_fill, colours)
            assurance, raw, commentary = level if level else (None, None, _join(decision_blocks))
            commentary_text = _join(q.commentary) if q.commentary else commentary
            theme, asked = _theme(q.question)
            question_text = _join(asked, strip_number=True)
            if not question_text:
                result.warnings.append(f"An assurance table row on page {q.page} has no question; it was skipped.")
                continue
            confidence = 0.9 if assurance else 0.5
            if carried_over_blank and decision_blocks:
                confidence -= 0.15
            topic = _join(q.topic) or theme or (item_topic[1] if item_topic[0] else None) or labelled_topic or (
                meeting.topic if meeting else None)
            result.drafts.append(factory.draft(
                "assurance_decisions",
                key=(index, ordinal),
                page=q.page,
                confidence=confidence,
                meeting_date=meeting.meeting_date if meeting else pack_date,
                topic=topic,
                question_number=q.number,
                question=question_text,
                evidence_summary=_join(q.evidence) or None,
                assurance=assurance,
                assurance_raw=raw,
                commentary=commentary_text or None,
            ))
    for decision in paragraph_decisions(doc, colours, bilingual_side(doc)):
        meeting = notes_meeting_at(doc, decision.block_index)
        result.drafts.append(factory.draft(
            "assurance_decisions",
            key=("paragraph", decision.block_index),
            page=decision.page,
            confidence=0.8,
            meeting_date=meeting.meeting_date if meeting else pack_date,
            topic=decision.topic or (meeting.topic if meeting else None),
            question_number=decision.number,
            question=decision.question,
            evidence_summary=decision.evidence or None,
            assurance=decision.assurance,
            assurance_raw=decision.assurance_raw,
            commentary=decision.commentary or None,
        ))
    return result


# --- decisions stated in the minutes' paragraphs -------------------------------

# "Level of assurance: Limited", "Outcome: Partially assured", "Assurance:
# Not assured. The DMPC asked ...": a label, then the level first.
_LEVEL_LABEL = (r"(?:overall\s+)?(?:level\s+of\s+assurance|assurance\s+(?:level|rating|outcome|judgement)|assurance|"
                r"outcome|(?:(?:pcc|pfcc|commissioner|dmpc)(?:'s)?\s+)?decision)")
_LEVEL_LINE = re.compile(rf"^\s*{_LEVEL_LABEL}\s*[:\-\u2013]\s*(?P<rest>\S.*)$", re.I | re.S)
# The label alone, its level on the line below (a narrow cell wrapped it).
_LABEL_ONLY = re.compile(rf"^\s*{_LEVEL_LABEL}\s*[:\-\u2013]?\s*$", re.I)
# A level with no label, alone or after the decision-maker: "Partly assured. The PCC asked ...", "PCC assured.".
_BARE_LEVEL = re.compile(r"^\s*(?:(?:the\s+)?(?:pcc|pcvc|pfcc|commissioner|dmpc)\s+)?(?P<rest>\S.*)$", re.I | re.S)
_QUESTION_LINE = re.compile(r"^\s*(?:q|question)\s*(?P<number>\d{1,3}[a-z]?)\s*[.:)\-\u2013]?\s+(?P<text>\S.*)$",
                            re.I | re.S)
_STATEMENT_LINE = re.compile(r"^\s*(?:assurance\s+statement|commentary|comments?|pcc\s+comments?)\s*:\s*(?P<text>.*)$",
                             re.I | re.S)
_LEVEL_END = re.compile(r"(?<=\w)(?:\.\s+|\s+[-\u2013\u2014]\s+|;\s*)")
_EVIDENCE_LABEL = re.compile(r"^\s*(?:response|evidence|answer|force\s+response|summary)\s*:\s*", re.I)


# The decision-maker's level stated in a sentence, after an optional label.
_DECIDER = (r"(?:the\s+)?(?:police,?\s+(?:fire\s+)?and\s+crime\s+commissioner|commissioner|pcc|pcvc|pfcc|dmpc|"
            r"deputy\s+mayor|mayor)")
_LEVEL_SENTENCE = re.compile(
    r"^\s*(?:(?:resolved|outcome|decision|conclusion|assurance)\s*[:\-\u2013]\s*)?"
    rf"(?P<sentence>{_DECIDER}\b[^.;]{{0,40}}?\b(?:was|were|is|remains?|felt)\s+"
    r"(?P<level>(?:not\s+(?:yet\s+)?|partially\s+|partly\s+|fully\s+)?(?P<re>re)?assured)\b.*)$", re.I | re.S)
# A request for assurance, which a "reassured" sentence answers; without one,
# "The Commissioner was reassured by ... but asked ..." is a remark, no decision.
_ASSURANCE_SOUGHT = re.compile(r"\b(?:s(?:ought|eeks?|eeking)|requires?|required|asked\s+for|requested)\s+"
                               r"(?:(?:further|some|the)\s+)?assurance\b|\bassurance\s+(?:was\s+)?sought\b", re.I)
# A minute's own number ("5.3 The PCC was assured ..."), no part of what it says.
_MINUTE_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\s+")
# A label before the question itself: "Question:", "Cwestiwn / Question:", "The PCC asked:",
# "Key line of enquiry:", "KLOE 2:".
_QUESTION_LABEL = re.compile(r"^[^:?]{0,60}\b(?:question|asked|enquiry|kloe(?:\s*\d{1,2})?)\s*:\s*", re.I)


def _level_sentence(block: TextBlock, body: list[TextBlock] | None = None) -> tuple[str, str, str] | None:
    """(level, as printed, the sentence) of a paragraph that states the
    Commissioner's decision in a sentence. "Reassured" decides only an item
    whose ``body`` asked for assurance."""
    m = _LEVEL_SENTENCE.match(_MINUTE_NUMBER.sub("", clean(block.text)))
    if not m or (m.group("re") and not any(_ASSURANCE_SOUGHT.search(clean(b.text)) for b in body or [])):
        return None
    found = normalise_assurance(m.group("level"))
    return (found[0], m.group("level"), m.group("sentence").strip()) if found else None


@dataclass(frozen=True, slots=True)
class ParagraphDecision:
    block_index: int  # of the level line, or of the question a meeting's summary decides
    page: int | None
    number: str | None
    topic: str | None
    question: str
    evidence: str
    assurance: str
    assurance_raw: str
    commentary: str


# A heading or label that gives one level for the whole meeting ("Summary of
# assurance", "Overall assurance", "Assurance conclusion").
_SUMMARY = re.compile(r"^\W*(?:\d{1,2}[.)]?\s+)?(?:(?:summary|overall|conclusion)\b[\w\s]{0,12}\bassurance|"
                      r"assurance\s+(?:summary|conclusion|overall))\b\s*[:\-\u2013]?\s*(?P<rest>.*)$", re.I | re.S)
# The decision-maker's level anywhere in a sentence ("Having considered ..., the PCC was partially assured").
_LEVEL_IN_SENTENCE = re.compile(rf"\b{_DECIDER}\b[^.;]{{0,40}}?\b(?:was|were|is|remains?|felt)\s+"
                                r"(?P<level>(?:not\s+(?:yet\s+)?|partially\s+|partly\s+|fully\s+)?assured)\b", re.I)


@dataclass(slots=True)
class _Asked:
    """A labelled question no level line has closed yet ("Question 1: ...?",
    "PCC question: ...?"), with the paragraphs answering it."""

    index: int
    block: TextBlock
    heading: TextBlock | None
    evidence: list[TextBlock] = field(default_factory=list)


def paragraph_decisions(doc: LayoutDocument, colours: dict[str, str],
                        side: str | None = None) -> list[ParagraphDecision]:
    """Decisions minuted as paragraphs: each level line closes the item it
    ends, which runs from the item's heading (or the level line before it).
    The item's question is its "Q1." line, else its line ending in "?", else
    its first paragraph (the Commissioner's requirement); the rest, bar
    action lines and bare labels ("Chief Constable's response:"), is the
    evidence; an "Assurance statement:" and the words after the level are the
    commentary. A sentence that states the decision-maker's level ("The
    Commissioner was partially assured that ...", "RESOLVED: The PCC
    confirmed he was assured ...") is a level line too, and its own
    commentary. A level given once for the whole meeting (a "Summary of
    assurance" heading or label) decides each labelled question of that
    meeting that no level line closed, with the summary as commentary.
    ``side`` is the English side of a bilingual pack's headings (see
    tables.english_side)."""
    found: list[ParagraphDecision] = []
    heading: TextBlock | None = None
    body: list[TextBlock] = []
    asked: list[_Asked] = []
    in_summary = False
    commentary_of: dict[int, int] = {}  # a bare level line's index -> the commentary paragraph after it
    for index, block in enumerate(doc.blocks):
        if isinstance(block, Table):
            body = []
            continue
        text = clean(block.text)
        if index in commentary_of.values():
            continue
        if block.kind is BlockKind.HEADING and not _is_label(text) and not _level_line(block, colours):
            heading, body = block, []
            in_summary = bool(_SUMMARY.match(text))
            continue
        summary = _SUMMARY.match(text)
        if asked and (in_summary or (summary and summary.group("rest"))):
            stated = summary.group("rest") if summary else text
            level = _summary_level(stated)
            decided = _summarised(doc, index, asked, *level, text=stated, side=side) if level else []
            if decided:
                found += decided
                asked = []
                continue
        level_line = _level_line(block, colours) or _level_sentence(block, body)
        if level_line is None:
            body.append(block)
            if _is_labelled_question(text):
                asked.append(_Asked(index, block, heading))
            elif asked and asked[-1].heading is heading and not _is_label(text):
                asked[-1].evidence.append(block)
            continue
        level, printed, after = level_line
        following = _commentary_after(doc, index, colours) if not after else None
        if following is not None:
            commentary_of[index] = following
            after = clean(doc.blocks[following].text)
        decision = _paragraph_decision(doc, index, heading, body, level, printed, after, side=side)
        if decision:
            found.append(decision)
        closed = {id(b) for b in body}
        asked = [a for a in asked if id(a.block) not in closed]
        body = []
    return found


def _commentary_after(doc: LayoutDocument, index: int, colours: dict[str, str]) -> int | None:
    """The paragraph right after a bare level line ("Assurance level:
    Limited") that gives the decision-maker's view ("The PCC asked for ...")."""
    if index + 1 >= len(doc.blocks):
        return None
    block = doc.blocks[index + 1]
    if isinstance(block, Table) or block.kind is not BlockKind.PARAGRAPH:
        return None
    text = clean(block.text)
    if not re.match(rf"{_DECIDER}\b", text, re.I) or _is_labelled_question(text) or _level_line(block, colours):
        return None
    return index + 1


def _is_label(text: str) -> bool:
    """A bare label over the paragraphs below it ("Chief Constable's response:")."""
    return text.endswith(":") and len(text.split()) <= 6


def _is_labelled_question(text: str) -> bool:
    return bool(_QUESTION_LINE.match(text)) or (bool(_QUESTION_LABEL.match(text)) and text.endswith("?"))


def _summary_level(text: str) -> tuple[str, str] | None:
    """(level, as printed) a meeting's summary states: the decision-maker's
    level in a sentence, else a bare level after the label."""
    m = _LEVEL_IN_SENTENCE.search(text)
    found = normalise_assurance(m.group("level")) if m else None
    if found:
        return found[0], m.group("level")
    cut = _LEVEL_END.search(text)
    level_part = text[:cut.start()] if cut else text
    found = normalise_assurance(level_part)
    return found if found and words(found[1]) == words(level_part) else None


def _summarised(doc: LayoutDocument, index: int, asked: list[_Asked], level: str, printed: str, text: str,
                side: str | None) -> list[ParagraphDecision]:
    """A decision for each question of the summary's meeting still undecided."""
    meeting = notes_meeting_at(doc, index)
    found = []
    for question in asked:
        if notes_meeting_at(doc, question.index) != meeting:
            continue
        m = _QUESTION_LINE.match(clean(question.block.text))
        number, topic = _item_heading(doc, question.heading, side)
        evidence = [_EVIDENCE_LABEL.sub("", clean(b.text)) for b in question.evidence]
        found.append(ParagraphDecision(
            block_index=question.index, page=question.block.prov.page,
            number=m.group("number") if m else number, topic=topic,
            question=m.group("text") if m else _QUESTION_LABEL.sub("", clean(question.block.text)),
            evidence="\n".join(e for e in evidence if e), assurance=level, assurance_raw=printed,
            commentary=text.strip()))
    return found


def _level_line(block: TextBlock, colours: dict[str, str]) -> tuple[str, str, str] | None:
    """(level, as printed, the words after it) of a level line: its label,
    then nothing but a level up to the first full stop, dash or semicolon."""
    text = _MINUTE_NUMBER.sub("", clean(block.text))
    labelled = _LEVEL_LINE.match(text)
    m = labelled or _BARE_LEVEL.match(text)
    if not m:
        return None
    rest = m.group("rest").strip()
    cut = _LEVEL_END.search(rest)
    level_part, after = (rest[:cut.start()], rest[cut.end():]) if cut else (rest, "")
    # a colour is a level only under a label: a legend's "Green" alone decides nothing
    found = normalise_assurance(level_part, colours if labelled else None)
    if found is None or words(found[1]) != words(level_part):
        return None
    return found[0], found[1], after.strip()


def _paragraph_decision(doc: LayoutDocument, index: int, heading: TextBlock | None, body: list[TextBlock],
                        level: str, printed: str, after: str, side: str | None = None) -> ParagraphDecision | None:
    body = [b for b in body if clean(b.text) and not ACTION_LINE.match(clean(b.text)) and not _is_label(clean(b.text))]
    statements = [m.group("text").strip() for b in body if (m := _STATEMENT_LINE.match(clean(b.text)))]
    body = [b for b in body if not _STATEMENT_LINE.match(clean(b.text))]
    if not body:
        return None
    numbered = [(i, m) for i, b in enumerate(body) if (m := _QUESTION_LINE.match(clean(b.text)))]
    asked = [i for i, b in enumerate(body) if clean(b.text).endswith("?")]
    at = numbered[0][0] if numbered else asked[0] if asked else 0
    number = numbered[0][1].group("number") if numbered else None
    question = numbered[0][1].group("text") if numbered else _QUESTION_LABEL.sub("", clean(body[at].text))
    evidence = [_EVIDENCE_LABEL.sub("", clean(b.text)) for i, b in enumerate(body) if i != at]
    heading_number, topic = _item_heading(doc, heading, side)
    return ParagraphDecision(
        block_index=index, page=body[at].prov.page, number=number or heading_number, topic=topic,
        question=question, evidence="\n".join(e for e in evidence if e), assurance=level, assurance_raw=printed,
        commentary="\n".join(c for c in [*statements, after] if c))


def _item_heading(doc: LayoutDocument, heading: TextBlock | None, side: str | None) -> tuple[str | None, str | None]:
    """(number, topic) of the item heading a decision sits under."""
    if heading is None:
        return None, None
    number, text = leading_number(heading)
    text = in_english(text.strip(" :-\u2013"), side)
    return number, fix_case(doc, text) if text else None


def _heading_above(doc: LayoutDocument, index: int) -> TextBlock | None:
    """The heading a table sits under, with only paragraphs between them."""
    for block in reversed(doc.blocks[:index]):
        if isinstance(block, Table):
            return None
        if block.kind is BlockKind.HEADING:
            return block
    return None


def _questions(table: Table, columns: dict[str, int], first_row: int) -> list[_Question]:
    """The table's questions, split rows joined and repeated header rows
    (a header printed again on a continuation page) skipped."""
    q_col = columns["question"]
    header_text = [words(t) for t in table.grid()[first_row - 1]] if first_row else []
    numbers = {row: _number(table, row, columns.get("number"), reference=True) or _number(table, row, q_col)
               for row in range(first_row, table.n_rows)}
    numbered = any(numbers.values())
    questions: list[_Question] = []
    for row in range(first_row, table.n_rows):
        row_text = [words(t) for t in table.grid()[row]]
        if row_text == header_text:
            continue
        question_blocks = _own_blocks(table, row, q_col)
        if header_text and question_blocks and words(question_blocks[0].text) == header_text[q_col]:
            question_blocks = question_blocks[1:]  # a repeated header merged into the row
        number = numbers[row]
        continues = bool(questions) and (
            row in table.continued_rows
            or not question_blocks
            or (numbered and number is None)
        )
        if not continues:
            if not question_blocks and not any(_own_blocks(table, row, c) for c in columns.values()):
                continue
            decision_cell = table.cell(row, columns["decision"])
            questions.append(_Question(number, page=table.page_of_row(row),
                                       fill=decision_cell.fill if decision_cell is not None else None,
                                       decision_merged=decision_cell is not None and decision_cell.row < row))
        current = questions[-1]
        current.question.extend(question_blocks)
        for role, target in (("evidence", current.evidence), ("decision", current.decision),
                             ("commentary", current.commentary), ("topic", current.topic)):
            blocks = _own_blocks(table, row, columns.get(role))
            if header_text and blocks and role in columns and words(blocks[0].text) == header_text[columns[role]]:
                blocks = blocks[1:]
            target.extend(blocks)
    return questions


def _number(table: Table, row: int, col: int | None, reference: bool = False) -> str | None:
    """The number a cell starts with, or that it holds alone ("1.", "Q1");
    in a number column (``reference``), also a short reference of letters
    and digits ("PAC1", "KLOE 3")."""
    blocks = _own_blocks(table, row, col)
    if not blocks:
        return None
    text = clean(blocks[0].text)
    number = leading_number(blocks[0])[0]
    alone = _BARE_NUMBER.fullmatch(text)
    if number or alone:
        return number or alone.group("number")
    if reference and len(blocks) == 1 and _REFERENCE.fullmatch(text):
        return text
    return None


def _own_blocks(table: Table, row: int, col: int | None) -> list[TextBlock]:
    """The blocks of the cell starting at (row, col); a merged cell counts on
    its first row only, and is then inherited by the questions it covers."""
    if col is None:
        return []
    cell = table.cell(row, col)
    if cell is None or cell.row != row:
        return []
    return [b for b in cell.blocks if b.text.strip()]


def _join(blocks: list[TextBlock], strip_number: bool = False) -> str:
    """Blocks one a line, except that a paragraph cut by a page break or a
    wrapped line (it ends mid-sentence and no list item follows) runs on."""
    out = ""
    for i, block in enumerate(blocks):
        text = strip_bullet(leading_number(block)[1] if i == 0 and strip_number else clean(block.text))
        if not text:
            continue
        cut = out and not re.search(r"[.:;?!]\s*$", out) and not block.marker
        out += (" " if cut else "\n" if out else "") + text
    return out


def _level(blocks: list[TextBlock], colours: dict[str, str],
           answers: dict[str, str] | None = None) -> tuple[str, str, str] | None:
    """(level, as printed, commentary) of a decision cell. The level is the
    first one the cell states; a line that is only the level is not
    commentary, a sentence that states it ("The PCC was partly assured
    that ...") is, and neither is its label ("Assurance Level: Substantial",
    also with the label on a line of its own)."""
    for i, block in enumerate(blocks):
        labelled = _LEVEL_LINE.match(clean(block.text))
        text = labelled.group("rest") if labelled else clean(block.text)
        answer = (answers or {}).get(words(text))
        found = (answer, text) if answer else normalise_assurance(text, colours)
        if not found:
            continue
        level, printed = found
        label_above = i > 0 and _LABEL_ONLY.match(clean(blocks[i - 1].text))
        rest = [b for j, b in enumerate(blocks)
                if (j != i or words(text) != words(printed)) and not (label_above and j == i - 1)]
        return level, printed, _join(rest)
    return None


def colour_name(fill: str | None) -> str | None:
    """The rating colour a shading is, as a reader names it (green, amber,
    red); None for greys, whites and other hues."""
    m = re.fullmatch(r"#?([0-9a-f]{6})", (fill or "").strip().lower())
    if not m:
        return None
    red, green, blue = (int(m.group(1)[i:i + 2], 16) / 255 for i in (0, 2, 4))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    if saturation < 0.3 or not 0.12 < lightness < 0.93:
        return None
    degrees = hue * 360
    return ("red" if degrees < 20 or degrees >= 330 else "amber" if degrees < 52 else "yellow" if degrees < 70
            else "green" if 75 <= degrees <= 170 else None)


def _shaded_level(fill: str | None, colours: dict[str, str]) -> tuple[str, str, str] | None:
    """(level, colour, no commentary) of a decision cell whose only content
    is its shading, read against the pack's colour key."""
    name = colour_name(fill)
    if name is None or name not in colours:
        return None
    return colours[name], name.capitalize(), ""


def _theme(blocks: list[TextBlock]) -> tuple[str | None, list[TextBlock]]:
    """A question cell's theme line, where the cell opens with a short bold
    line above the question ("Roads policing" / "How is the force ...?"),
    and the question's own blocks."""
    if len(blocks) >= 2:
        first = clean(blocks[0].text)
        if blocks[0].is_bold and len(first.split()) <= 8 and not first.endswith("?") \
                and not blocks[1].is_bold and not leading_number(blocks[0])[0]:
            return first.rstrip(" :"), blocks[1:]
    return None, blocks
