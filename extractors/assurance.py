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

import re
from dataclasses import dataclass, field
from functools import cache

from extractors.base import ExtractorResult, RecordFactory
from extractors.context import DocumentContext
from extractors.meetings import notes_meeting_at
from extractors.tables import find_header, leading_number, load_vocab, logical_tables, words
from extractors.text import clean, strip_bullet
from pipeline.layout import LayoutDocument, Table, TextBlock

NAME = "assurance"
VERSION = "1.1.0"

_ROLES = {
    "question": ("question", "questions", "scrutiny question", "key line of enquiry", "key lines of enquiry", "area of focus"),
    "evidence": ("evidence", "summary of evidence", "brief summary of evidence", "response", "force response",
                 "answer", "summary", "discussion"),
    "decision": ("decision", "decision of pcc", "pcc decision", "decision of pfcc", "pfcc decision", "outcome",
                 "level of assurance", "assurance level", "assurance", "assured", "judgement", "conclusion"),
    "commentary": ("comment", "comments", "commentary", "pcc comments", "rationale", "pcc commentary", "notes"),
}


@cache
def _levels() -> dict[str, str]:
    """Printed phrase (normalised words) -> canonical level."""
    return {words(phrase): level for level, phrases in load_vocab("assurance.json")["levels"].items()
            for phrase in phrases}


def normalise_assurance(text: str) -> tuple[str, str] | None:
    """(canonical level, the phrase as printed) for the first level stated in
    ``text``: the whole text if it is a level, else the longest level phrase
    inside it. None when it states none."""
    text = clean(text)
    levels = _levels()
    whole = words(text)
    if whole in levels:
        return levels[whole], text.strip(" .:")
    best: tuple[int, int, str, str] | None = None  # (start, -length, level, printed)
    for phrase, level in levels.items():
        if len(phrase) < 6:
            continue  # bare "partly" inside prose says nothing about the decision
        m = re.search(r"(?<![\w-])" + r"[\s\W]+".join(map(re.escape, phrase.split())) + r"(?![\w-])", text, re.I)
        if m and (best is None or (m.start(), -len(m.group(0))) < best[:2]):
            best = (m.start(), -len(m.group(0)), level, m.group(0))
    return (best[2], best[3]) if best else None


@dataclass(slots=True)
class _Question:
    number: str | None
    question: list[TextBlock] = field(default_factory=list)
    evidence: list[TextBlock] = field(default_factory=list)
    decision: list[TextBlock] = field(default_factory=list)
    commentary: list[TextBlock] = field(default_factory=list)
    page: int | None = None
    decision_merged: bool = False  # its decision cell is merged from a question above


def extract(doc: LayoutDocument, ctx: DocumentContext) -> ExtractorResult:
    factory = RecordFactory(doc, NAME, VERSION)
    result = ExtractorResult()
    for index, block in logical_tables(doc.blocks):
        header = find_header(block, _ROLES, required=("question", "decision"))
        if header is None:
            continue
        meeting = notes_meeting_at(doc, index)
        questions = _questions(block, header.columns, header.first_body_row)
        decision_blocks: list[TextBlock] = []
        for ordinal, q in enumerate(questions):
            carried_over_blank = not q.decision and not q.decision_merged
            if q.decision:
                decision_blocks = q.decision
            level = _level(decision_blocks)
            assurance, raw, commentary = level if level else (None, None, _join(decision_blocks))
            commentary_text = _join(q.commentary) if q.commentary else commentary
            question_text = _join(q.question, strip_number=True)
            if not question_text:
                result.warnings.append(f"An assurance table row on page {q.page} has no question; it was skipped.")
                continue
            confidence = 0.9 if assurance else 0.5
            if carried_over_blank and decision_blocks:
                confidence -= 0.15
            result.drafts.append(factory.draft(
                "assurance_decisions",
                key=(index, ordinal),
                page=q.page,
                confidence=confidence,
                meeting_date=meeting.meeting_date if meeting else ctx.meeting_date,
                topic=meeting.topic if meeting else None,
                question_number=q.number,
                question=question_text,
                evidence_summary=_join(q.evidence) or None,
                assurance=assurance,
                assurance_raw=raw,
                commentary=commentary_text or None,
            ))
    return result


def _questions(table: Table, columns: dict[str, int], first_row: int) -> list[_Question]:
    """The table's questions, split rows joined and repeated header rows
    (a header printed again on a continuation page) skipped."""
    q_col = columns["question"]
    header_text = [words(t) for t in table.grid()[first_row - 1]] if first_row else []
    numbers = {row: _number(table, row, q_col) for row in range(first_row, table.n_rows)}
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
                                       decision_merged=decision_cell is not None and decision_cell.row < row))
        current = questions[-1]
        current.question.extend(question_blocks)
        for role, target in (("evidence", current.evidence), ("decision", current.decision),
                             ("commentary", current.commentary)):
            blocks = _own_blocks(table, row, columns.get(role))
            if header_text and blocks and role in columns and words(blocks[0].text) == header_text[columns[role]]:
                blocks = blocks[1:]
            target.extend(blocks)
    return questions


def _number(table: Table, row: int, col: int) -> str | None:
    blocks = _own_blocks(table, row, col)
    return leading_number(blocks[0])[0] if blocks else None


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


def _level(blocks: list[TextBlock]) -> tuple[str, str, str] | None:
    """(level, as printed, commentary) of a decision cell. The level is the
    first one the cell states; a line that is only the level is not
    commentary, a sentence that states it ("The PCC was partly assured
    that ...") is."""
    for i, block in enumerate(blocks):
        found = normalise_assurance(block.text)
        if not found:
            continue
        level, printed = found
        rest = [b for j, b in enumerate(blocks) if j != i or words(b.text) not in _levels()]
        return level, printed, _join(rest)
    return None
