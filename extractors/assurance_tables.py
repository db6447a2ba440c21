"""Assurance decisions from Question | Evidence | Decision tables: one per
question, with the level normalised, the level as printed, the PCC's
commentary and the evidence summary.

Rows are questions; a row a page break split in two is joined again
(``tables.join_continued_rows``), and a question whose cell does not start
with a new number continues the one above. A decision cell merged over
several questions applies to each of them; a decision cell left empty
under a decided question is read the same way in a table without rules,
where a merged cell shows as one text over blank cells; in a ruled table
the layout reports merged cells, so an empty one there is a question with
no decision.

A tracker of an inspection's recommendations with a column of assurance
gives a decision on each recommendation, its reference the number.

A table of questions and evidence alone may give each decision in a row
spanning the table below its question ("Assurance: Substantial. Members
were content ..."); a table laid out down the page labels each row
("Question 1" | ..., "Response" | ..., "Assurance level" | ...).

A question merged across the decision column has its answer and level in
the row below it; notes set as a Discussion | Outcome table ask in the
discussion cell and give the level as a labelled value in the outcome
cell ("Score: 4", read through the pack's key); a matrix of question
numbers by levels marks each question's level for questions asked
elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from extractors.assurance_levels import (DECIDER, LABEL_ONLY, LEVEL_LABEL, NAMED_QUESTIONS, OPTION_SEPARATOR, POINTER,
                                         STATEMENT_LINE, THEME_HEADING, WITHHELD_SHADING, AnsweredQuestion,
                                         Decision, StatedLevel, agrees, alternatives, answer_levels, chosen_option,
                                         colour_name, defers_level, glyph_level, grades_only, is_item_heading,
                                         is_shaded, item_heading, label_takes, level_phrases, named_numbers,
                                         names_assurance, prints_colour_key, read_level, seeks_no_level,
                                         unlevelled_steps, withheld_level)
from extractors.colours import hls, rgb
from extractors.dates import find_dates
from extractors.marks import BOX, CROSSES, TICKS
from extractors.meetings import ITEM_LINE, MINUTE_REFERENCE, meeting_at, run_in_item_above, topic_label
from extractors.tables import (DOTTED_NUMBER, Header, action_line_at, bilingual_side, find_header, header_matches,
                               in_english, join_continued_rows, leading_number, load_vocab, logical_tables, words)
from extractors.text import clean, strip_bullet
from pipeline.layout import BlockKind, Cell, LayoutDocument, Span, Table, TextBlock

# Words of the headings schemas/vocab/assurance.json "table_headings" lists.
_HEADINGS = load_vocab("assurance.json")["table_headings"]

_ROLES = {  # tried in this order: "Question" before the "No." that may sit beside it
    "question": ("question", "questions", "scrutiny question", "line of enquiry", "lines of enquiry", "area of focus",
                 "line of questioning", "lines of questioning", "area of scrutiny",
                 # the decider's own letter: "What we asked | What we heard | Our view"
                 *_HEADINGS["letter_question"],
                 # a decisions table's row: "Item | Matter considered | Outcome"
                 "matter considered", "matters considered"),
    "number": ("no", "number", "ref", "#", "q", "q no", "question no", "question number", "loe", "kloe", "item",
               "minute", "minute no", "minute ref"),
    "evidence": ("evidence", "summary of evidence", "brief summary of evidence", "response", "force response",
                 "answer", "summary", "discussion", "update", "force update", "what we heard", "what the board heard",
                 *_HEADINGS["letter_evidence"],
                 # what a decision record's decider weighed: "Information considered"
                 "information considered", "evidence considered",
                 # what the force told the decider: "What the Force told us", "What we were told"
                 "told us", "we were told"),
    "decision": ("decision", "decision of pcc", "pcc decision", "decision of pfcc", "pfcc decision", "outcome",
                 "level of assurance", "assurance level", "assurance", "level", "assured", "assured?", "judgement", "conclusion",
                 "assessment", "pcc assessment", "rating", "rag", "score", "opfcc view", "opcc view", "pcc view", "pfcc view",
                 "commissioner s view", "board s view", "authority s view", "committee s view", "grade", "opinion",
                 # any decider's view, position or verdict ("Committee view", "Members' position")
                 "view", "position", "verdict"),
    "commentary": ("comment", "comments", "commentary", "pcc comments", "rationale", "pcc commentary", "notes",
                   "follow up", "next steps", "reason", "reasons",
                   # what the decider asks for next, a summary's closing column: "Further action", "Action required"
                   "further action", "further actions", "action required", "actions required", "further work",
                   "remarks", "observations", "note"),
    # a log of several meetings' questions dates each row: "Meeting", "Date raised"
    "date": ("date", "meeting date", "date of meeting", "meeting", "date raised", "raised", "date asked"),
}


# A table that names each question's theme in a column of its own
# ("Area of focus | Key line of enquiry | ..."): the theme is the topic.
_ROLES_WITH_TOPIC = {"topic": ("area of focus", "theme", "topic", "area"), **_ROLES}

# A tracker of an inspection's recommendations, a level given on each ("Rec. | Recommendation | Force update |
# Commissioner's assurance | Comment"): each recommendation is a question, where a column names assurance (a
# tracker's "RAG" or "Status" column rates progress, no decision).
_TRACKED_RECOMMENDATIONS = {
    "question": ("recommendation", "recommendations"),
    "number": ("rec", "rec no", *_ROLES["number"]),
    "evidence": _ROLES["evidence"],
    "decision": ("assurance", "level of assurance", "assurance level", "assured"),
    "commentary": _ROLES["commentary"],
}

# A question's number alone, maybe after its label: "3.", "Q1", "LoE 2", "KLOE 4".
_BARE_NUMBER = re.compile(r"(?:(?:q|question|k?loe|(?:key\s+)?line\s+of\s+enquiry)\s*)?(?P<number>\d{1,3}[a-z]?)[.):]?",
                          re.I)
# A question's number after its label, the question following: "KLOE 1: How ...?", "Q2. What ...?".
_LABELLED_NUMBER = re.compile(r"(?:q|question|k?loe|(?:key\s+)?line\s+of\s+enquiry)\s*(?P<number>\d{1,3}[a-z]?)\s*[.):]",
                              re.I)
_REFERENCE = re.compile(r"(?=.*\d)[A-Za-z0-9][\w./-]{0,10}(?: [\w./-]{1,4})?")


# A lettered part of a numbered question: "2a", "2(b)".
_LETTERED_PART = re.compile(r"(\d{1,3})\(?[a-z]\)?", re.I)


@dataclass(slots=True)
class _Question:
    number: str | None
    question: list[TextBlock] = field(default_factory=list)
    evidence: list[TextBlock] = field(default_factory=list)
    decision: list[TextBlock] = field(default_factory=list)
    commentary: list[TextBlock] = field(default_factory=list)
    topic: list[TextBlock] = field(default_factory=list)
    grouped: list[TextBlock] = field(default_factory=list)  # the unlabelled theme row across the table above it
    date: list[TextBlock] = field(default_factory=list)  # the row's own meeting date, in a log of several meetings
    fill: str | None = None  # the decision cell's shading, where the level is only a colour
    page: int | None = None
    decision_merged: bool = False  # its decision cell is merged from a question above
    marked: tuple[str, str] | None = None  # (level, as printed) of the level column its row marks
    further: list[TextBlock] = field(default_factory=list)  # its answer to "More assurance required?" beside the level


def table_decisions(doc: LayoutDocument, colours: dict[str, str], pack_date: date | None,
                    warnings: list[str]) -> list[Decision]:
    """The decisions of every assurance table in ``doc``, dated by the notes
    they sit in, else ``pack_date``; ``colours`` are the words that state a
    level only in a decision column (assurance_levels.label_levels). A row
    with no question is skipped with a warning added to ``warnings``."""
    found: list[Decision] = []
    summary = _summary_levels(doc, colours)
    side = bilingual_side(doc)
    keyed = prints_colour_key(doc)
    unlevelled = unlevelled_steps(doc)
    for index, block in logical_tables(doc.blocks):
        if index in summary:
            continue
        framed = _framed_table(block)
        block = framed or join_continued_rows(block)
        header = None if _titled_card(block) else (
                  _decisions_header(block, colours)
                  or _keyed_column_header(block, colours, side)
                  or _level_columns_header(block, colours, side)
                  or _discussion_header(block)
                  or _concluded_in_answers_header(block, colours))
        if framed is not None and header is None:
            # a frame's table is read only under headings naming its questions and their decisions: a cover
            # sheet's or contact box's label | value rows ("Level of assurance sought | Substantial") decide nothing
            continue
        header = _item_titles_column(block, header) if header is not None else None
        if header is None and (turned := _transposed(block)) is not None:
            block, header = turned
        spanning = header is None and _has_spanning_levels(block, colours)
        # each question's whole row shaded in a colour of the pack's key: the shading is its level
        shaded_rows = header is None and keyed and _has_shaded_rows(block, colours)
        if header is None and (spanning or summary or shaded_rows):  # levels in rows of their own, the summary, shading
            header = find_header(block, _ROLES, required=("question", "evidence"))
        banner = _banner_header(block) if header is None else None
        if header is not None:
            header = _levels_taken(block, _deciders_column(block, _level_now(block, _not_the_risks(
                block, _deciders_not_others(block, _given_not_sought(block, _unfold_header(block, header))), keyed))),
                colours, side)
            # the Yes / No column asking whether more is sought is claimed before any second view: no commentary
            header = _unheaded_numbers(block, _second_view(block, _further_sought_column(block, header), colours, side))
            answers = answer_levels() if "decision" in header.columns and not spanning and \
                _asks_assurance(block.grid()[header.row][header.columns["decision"]]) else {}
            questions = _questions(block, header.columns, header.first_body_row, spanning, colours, shaded_rows, side)
            item_numbered = _numbers_items(block, header)
        elif banner is not None:
            answers, questions = {}, _banner_questions(block, banner)
            item_numbered = False
        else:
            answers, questions = {}, _labelled_rows(block, colours) or _banner_cell_questions(block, colours)
            item_numbered = False
            if not questions:
                continue
            if len(questions) == 1 and questions[0].number is None:  # a card a question, titled above it
                questions[0].number = _card_title_number(doc, index)
        meeting = meeting_at(doc, index)
        heading_above = _heading_above(doc, index, colours)
        item_topic = item_heading(doc, heading_above, bilingual_side(doc))
        # a minute's heading ("23/27 Missing children") titles its item though its number is no item number
        minute_above = heading_above is not None and bool(MINUTE_REFERENCE.match(clean(heading_above.text)))
        labelled_topic = topic_label(clean(heading_above.text)) if heading_above else None
        decision_blocks: list[TextBlock] = []
        decision_fill: str | None = None
        sharing = _sharing(questions, block.ruled)
        notes = _notes_below(doc, index)
        for_information = _put_for_information(doc, index)
        # a table that only asks and answers is decided by the summary, question by question
        asks_only = header is not None and "decision" not in header.columns and not spanning \
            and not _level_columns(block, header.first_body_row, colours, side)
        # a question put in lettered parts ("2" over "2a", "2b"), each decided on its own
        parted = {m.group(1) for q in questions if q.number and (m := _LETTERED_PART.fullmatch(q.number))}
        for ordinal, q in enumerate(questions):
            carried_over_blank = not q.decision and not q.decision_merged and not q.fill
            if q.decision or q.fill or (carried_over_blank and block.ruled):
                decision_blocks, decision_fill = q.decision, q.fill
            entry_number = q.number or str(sharing[ordinal][0] + 1)
            own_blocks = _before_actions(_labelled_values((_own_entry(decision_blocks, entry_number, colours)
                                                           if sharing[ordinal][1] > 1 else None) or decision_blocks,
                                                          colours))
            level = (((*q.marked, "") if q.marked else None)
                     or _level(own_blocks, colours, answers, side)
                     or _shaded_level(decision_fill, colours, own_blocks)
                     or _glyph_decision(own_blocks, colours)
                     or _summary_level(summary, q.number, q.question, own_blocks))
            # a question put for information, said under the table, in its own level cell ("For information – no
            # level of assurance was sought") or in its comment cell beside a level cell naming none ("Not sought"),
            # is no decision
            withheld_shade = WITHHELD_SHADING in unlevelled and _grey(decision_fill)  # keyed "grey – not rated"
            if (asks_only and level is None and not withheld_shade) or (q.number in for_information and not (level and level[0])) \
                    or (level is None and (seeks_no_level(_join(own_blocks)) or (
                        # a slot deferring the level is a decision whatever its comment says ("Deferred" beside
                        # "No conclusion is required until the audit reports")
                        _deferred(own_blocks) is None and seeks_no_level(_join(q.commentary))))):
                continue
            if level:
                assurance, raw, commentary = level
                answered, remark = _opening_answer(_join(q.further)) or ("", "")
                further = answer_levels().get(words(answered))
                if further and words(raw) in answer_levels():  # two answers read together, both as printed: "Yes / No"
                    raw = f"{raw} / {answered}"
                if remark and not q.commentary:  # words after the answer, no comment column: the decider's comment
                    commentary = "\n".join(filter(None, [commentary, remark]))
                if assurance == "Assured" and further == "Assured":
                    # assured, and more assurance sought beside it ("Satisfied? Yes | More assurance needed? Yes"):
                    # assured in part, as "assured with follow-up" is
                    assurance = "Partly assured"
            elif stepped := _unlevelled_step(_join(own_blocks), unlevelled):  # "Further report required – ..."
                assurance, (raw, commentary) = None, stepped
            elif (raw := _deferred(own_blocks)) is not None:  # "Deferred to July", "Not assessed": no level yet
                assurance, (raw, commentary) = None, raw
            elif withheld_shade:
                assurance, raw, commentary = None, WITHHELD_SHADING.capitalize(), _join(own_blocks)
            else:
                assurance, raw, commentary = None, None, _join([b for b in _options_rejoined(own_blocks)
                                                                if not _form_line(b)])
            if assurance is None and raw is None and q.number in parted:  # the parts' decisions are the decisions
                continue
            theme, asked = _theme(q.question)
            if header is not None and "evidence" not in header.columns and not q.evidence:
                asked, answer, remarks = _asked_and_answered(asked)
                q.evidence.extend(answer)
                commentary = commentary or "\n".join(remarks)
            commentary_text = _join(_before_actions(q.commentary)) if q.commentary else commentary
            if noted := _NOTE_MARK.search(_join(own_blocks)):  # "Partially assured (note 1)": the note below says why
                # the mark itself, set apart from the level as a pointer ("see note 2"), is no remark
                kept = None if _NOTE_MARK.fullmatch(f"({commentary_text})") else commentary_text
                commentary_text = "\n".join(filter(None, [kept, notes.get(noted.group("number"))]))
            # a number the question cell opens with other than the row's is words of the question ("Q4 burglary
            # outcomes: ...?" in row 1 names a quarter)
            question_text = _join(asked, strip_number=not asked or leading_number(asked[0])[0] in (None, q.number))
            if not question_text:
                warnings.append(f"An assurance table row on page {q.page} has no question; it was skipped.")
                continue
            # asked but not yet answered or decided, the level slot maybe saying it is to come ("To be given at the
            # meeting"): the questions set for a meeting to come; a level deferred after an answer is a decision
            if not (assurance or q.evidence or commentary_text) \
                    or (assurance is None and not q.evidence and not q.commentary and defers_level(commentary)):
                continue
            confidence = 0.9 if assurance else 0.5
            if carried_over_blank and decision_blocks:
                confidence -= 0.15
            # a row across the table naming its theme by label ("Item 4: Burglary") titles the questions under
            # it; one unlabelled ("Enforcement") only where no numbered item heads the table, else it only groups
            # the item's questions
            topic = _item_title(q.topic) or theme \
                or (item_topic[1] if item_topic[0] or minute_above else None) or _item_title(q.grouped) \
                or labelled_topic or (meeting.topic if meeting else None)
            found.append(Decision(
                key=(index, ordinal),
                page=q.page,
                confidence=confidence,
                meeting_date=_row_date(q.date) or (meeting.meeting_date if meeting else pack_date),
                topic=topic,
                question_number=q.number,
                question=question_text,
                evidence_summary=_join(q.evidence) or None,
                assurance=assurance,
                assurance_raw=raw,
                commentary=commentary_text or None,
                item_numbered=item_numbered,
            ))
    return found


# A row of a table nested in a cell, as the Word reader gives it: one line, its cells apart by a separator span.
_NESTED_ROW = re.compile(r"(?P<table>.+/tbl\[\d+\])/r\[\d+\]")
_NESTED_CELLS = " | "


def _framed_table(table: Table) -> Table | None:
    """The table nested in a one-cell frame ("Questions put to the Chief
    Constable" over the question table, boxed), as a table again: the
    Word reader gives each nested row as one line, its cells apart by
    " | " spans (pipeline/ingest/docx._nested_rows). None for any other
    table, and where the nested rows do not share one number of cells (a
    merged cell: their columns are lost)."""
    if table.n_rows != 1 or table.n_cols != 1 or not table.cells:
        return None
    nested = [(found.group("table"), block) for block in table.cells[0].blocks
              if block.prov.locator and (found := _NESTED_ROW.fullmatch(block.prov.locator))]
    rows = [block for name, block in nested if name == nested[0][0]]  # the first nested table's rows
    split = [_cells_of_line(block) for block in rows]
    if len(split) < 2 or len({len(cells) for cells in split}) != 1 or len(split[0]) < 2:
        return None
    cells = tuple(Cell(row=r, col=c, prov=block.prov,
                       blocks=(TextBlock(BlockKind.PARAGRAPH, spans, block.prov),) if spans else ())
                  for r, (block, line) in enumerate(zip(rows, split)) for c, spans in enumerate(line))
    return Table(n_rows=len(split), n_cols=len(split[0]), cells=cells, prov=table.prov, pages=table.pages,
                 ruled=table.ruled)


def _cells_of_line(block: TextBlock) -> list[tuple[Span, ...]]:
    """The spans of each cell of a nested row's line, split at its separator spans."""
    cells: list[list[Span]] = [[]]
    for span in block.spans:
        if span.text == _NESTED_CELLS:
            cells.append([])
        else:
            cells[-1].append(span)
    return [tuple(spans) for spans in cells]


def _before_actions(blocks: list[TextBlock]) -> list[TextBlock]:
    """A decision or comment cell's paragraphs up to the actions typed under
    the level and the comment (tables.action_line_at: "Action ABC 12/07:
    ...", maybe run on after the comment's last sentence): the decision's own
    words; the actions are the actions extractor's."""
    for at, block in enumerate(blocks):
        cut = action_line_at(text := clean(block.text))
        if cut is not None:
            kept = text[:cut].rstrip()
            return [*blocks[:at], *([TextBlock(BlockKind.PARAGRAPH, (Span(kept, block.style),), block.prov)]
                                    if kept else [])]
    return blocks


def _unheaded_numbers(table: Table, header: Header) -> Header:
    """``header`` with the number column where no header word names one: the
    one column no role names, its header cell empty, each body cell only a
    question's number ("1.", "Q1", an item's "4.1"), first or after a level
    column printed first."""
    if "number" in header.columns:
        return header
    grid = table.grid()
    numbered = []
    for col in set(range(table.n_cols)) - set(header.columns.values()):
        body = [clean(grid[row][col]) for row in range(header.first_body_row, table.n_rows)]
        if not clean(grid[header.row][col]) and any(body) \
                and all(_BARE_NUMBER.fullmatch(text) or DOTTED_NUMBER.fullmatch(text) for text in body if text):
            numbered.append(col)
    return Header(header.row, {**header.columns, "number": numbered[0]}) if len(numbered) == 1 else header


def _unlevelled_step(text: str, steps: set[str]) -> tuple[str, str] | None:
    """(as printed, the words after its dash) of a decision cell opening with
    a step of the pack's scale that gives no level (``steps``:
    assurance_levels.unlevelled_steps), alone or before a dash ("Further
    report required – the Force will ..."); None for any other cell."""
    step, *rest = re.split(r"\s+-\s+|\s*[\u2013\u2014]\s*", clean(text), maxsplit=1)
    return (step.strip(" ."), "".join(rest)) if steps and words(step) in steps else None


def _deferred(blocks: list[TextBlock]) -> tuple[str, str] | None:
    """(as printed, commentary) of a decision cell opening by withholding its
    level (assurance_levels.withheld_level): a line that only withholds it ("Deferred",
    "Assurance provided: Deferred to the next Board" over the comment) is no
    commentary; a sentence that does ("Deferred to the June meeting, when
    ...") is the commentary whole, and so is a line alone that says more
    than the withheld words ("Deferred to the June meeting"), not one that
    says only them ("Deferred", "Not assessed": the level's, no comment).
    None for any other cell."""
    texts = [block for block in blocks if block.text.strip()]
    said = withheld_level(texts[0].text, slot=True) if texts else None
    if said is None:
        return None
    printed, rest = said
    if not rest and len(texts) == 1 and _withheld_words_only(printed):
        return printed, ""
    return printed, _join(texts[1:] if not rest and len(texts) > 1 else texts)


def _withheld_words_only(printed: str) -> bool:
    """Whether a withheld level as printed is only the words withholding it
    ("Deferred", "To be confirmed"), nothing said of when or why: the
    shortest run of its first words that withholds (defers_level) is all
    of it."""
    said = printed.split()
    return next((k for k in range(1, len(said) + 1) if defers_level(" ".join(said[:k]))), None) == len(said)


# A level marked with a note printed below the table: "Partially assured (note 1)", "Assured (see note 2)".
_NOTE_MARK = re.compile(r"\(\s*(?:see\s+)?note\s+(?P<number>\d{1,2})\s*\)", re.I)
# The note itself, under the table: "Note 1: The PCC is assured about ...".
_NOTE_LINE = re.compile(r"^\s*note\s+(?P<number>\d{1,2})\s*[:.\-\u2013]\s*(?P<text>\S.*)$", re.I | re.S)


def _notes_below(doc: LayoutDocument, index: int) -> dict[str, str]:
    """The numbered notes printed under the table at ``index`` ("Note 1:
    ..."), by number, up to the next heading or paragraph of another kind."""
    notes: dict[str, str] = {}
    for block in doc.blocks[index + 1:]:
        if isinstance(block, Table):
            if notes:
                break
            continue  # the rest of the table, a page on
        note = _NOTE_LINE.match(clean(block.text))
        if note is None:
            break
        notes[note.group("number")] = note.group("text").strip()
    return notes


def _put_for_information(doc: LayoutDocument, index: int) -> set[str]:
    """The numbers of the questions a line under the table at ``index`` says
    were put for information, no level sought ("Question 3 was asked for
    information and no assurance level was sought"): rows with no decision,
    though their level cell holds a word ("N/A"). The lines run to the next
    heading or table."""
    numbers: set[str] = set()
    for block in doc.blocks[index + 1:]:
        if isinstance(block, Table) or is_item_heading(block):
            break
        for sentence in re.split(r"(?<=[.;!?])\s+", clean(block.text)):
            if seeks_no_level(sentence):  # the numbers are the sentence's subject's, before its verb
                subject = re.split(r"\b(?:was|were|is|has)\b", sentence, maxsplit=1)[0]
                # only numbers a "question"/"Q" label names: "the 2 remaining questions" counts them
                numbers.update(n for named in NAMED_QUESTIONS.finditer(subject)
                               for n in named_numbers(named.group("numbers")))
    return numbers


@dataclass(frozen=True)
class AskedRow:
    """A row of a table that only asks and answers (No. | Question |
    Response, no decision column): its question's and answer's blocks and
    its number cell's, in the table with its page-split rows joined."""

    table: Table
    row: int
    asked: list[TextBlock]
    answer: list[TextBlock]
    number_cell: list[TextBlock]


def asked_rows(table: Table, colours: dict[str, str] | None = None) -> list[AskedRow]:
    """The rows of ``table`` that ask a question and answer it, where the
    table gives no level (no decision column, no conclusion closing its
    answers, read with ``colours``, the pack's own level words); empty for
    any other table."""
    table = join_continued_rows(table)
    header = find_header(table, _ROLES, required=("question", "evidence"))
    if header is None or "decision" in header.columns \
            or _concluded_in_answers_header(table, colours or {}) is not None:
        return []
    return [AskedRow(table, row, asked, answer, _own_blocks(table, row, header.columns.get("number")))
            for row in range(header.first_body_row, table.n_rows)
            if (asked := _own_blocks(table, row, header.columns["question"]))
            and (answer := _own_blocks(table, row, header.columns["evidence"]))]


def answered_rows(doc: LayoutDocument, colours: dict[str, str]) -> list[AnsweredQuestion]:
    """Each row of the tables that only ask and answer (No. | Question |
    Response), their decisions given in another table (a summary of levels:
    No. | Question | Assured | Partially assured | ...)."""
    return [AnsweredQuestion(_asked(row.asked), _number(row.number_cell, reference=True),
                             row.table.page_of_row(row.row), answer)
            for _, table in logical_tables(doc.blocks) for row in asked_rows(table, colours)
            if (answer := _join(row.answer))]


def _numbers_items(table: Table, header: Header) -> bool:
    """True where a decisions table numbers its rows by the notes' items, not
    by questions of its own: its number column headed "Item", or its question
    column "Matter considered"."""
    heading = table.grid()[header.row]
    return (("number" in header.columns and header_matches(heading[header.columns["number"]], ("item", "items")))
            or ("question" in header.columns
                and header_matches(heading[header.columns["question"]], ("matter considered", "matters considered"))))


def _transposed(table: Table) -> tuple[Table, Header] | None:
    """A table laid out sideways, one column per question (a header row
    "" | "Q1" | "Q2", then rows labelled Question / Response / Assurance /
    Comment), turned so that each question is a row: (the turned table, its
    header, the row labels; a column heading only numbers is the number).
    None unless the first column labels a question row and a decision row and
    every column after it asks a question of its own."""
    if table.n_cols < 3:
        return None
    turned = _turned(table)
    header = find_header(turned, _ROLES, required=("question", "decision"), max_rows=1)
    if header is None or any(not _own_blocks(turned, row, header.columns["question"]) for row in range(1, turned.n_rows)):
        return None
    columns = dict(header.columns)
    heads = [clean(_join(_own_blocks(turned, row, 0))) for row in range(1, turned.n_rows)]
    if 0 not in columns.values() and all(_BARE_NUMBER.fullmatch(head) for head in heads):
        columns["number"] = 0
    return turned, Header(header.row, columns)


def _decisions_header(table: Table, colours: dict[str, str]) -> Header | None:
    """The header of a table of questions whose headings name the decision
    column ("Question | Evidence | Assurance level", "Recommendation | ... |
    Commissioner's assurance", "KLOE | Response | Outcome"), before any key
    of the pack's is read; None for one whose column prints only the
    inspectorate's grades under a heading naming no assurance, the pack's
    key (``colours``) reading none of them."""
    header = (_rated(table, find_header(table, _ROLES_WITH_TOPIC, required=("topic", "question", "decision")))
              or _rated(table, find_header(table, _ROLES, required=("question", "decision")))
              or _stated_recommendations(table, find_header(table, _TRACKED_RECOMMENDATIONS,
                                                           required=("question", "decision")))
              or _numbered_questions_header(table) or _rated_in_question_header(table))
    if header is None:
        return None
    # an inspection's Question | Judgement table grades the force: no decision
    grid, col = table.grid(), header.columns["decision"]
    return None if grades_only(grid[header.row][col], [cells[col] for cells in grid[header.first_body_row:]],
                               colours) else header


# The fewest words of a recommendation as a tracker states it ("The force should ...").
_RECOMMENDATION_WORDS = 5


def _stated_recommendations(table: Table, header: Header | None) -> Header | None:
    """``header`` where its question column states recommendations, most
    of its cells a sentence; None where it counts them ("Priority 1
    recommendations" over "3", "Recommendations" over "Two low priority":
    an audit's table of opinions, no questions)."""
    if header is None:
        return None
    cells = [text for text in (table.grid()[row][header.columns["question"]]
                               for row in range(header.first_body_row, table.n_rows)) if text.strip()]
    stated = sum(len(text.split()) >= _RECOMMENDATION_WORDS for text in cells)
    return header if cells and stated * 2 > len(cells) else None


def _rated_in_question_header(table: Table) -> Header | None:
    """The header of a question table whose question column's heading names
    the level too ("Question and level | Force response | ..."): each
    question cell prints its level under the question, after a level's
    label ("Panel's rating \u2013 Assured"), so the question column is the
    decision's too (_rating_apart)."""
    header = find_header(table, _ROLES, required=("question", "evidence"))
    if header is None or "decision" in header.columns:
        return None
    question = header.columns["question"]
    named = header_matches(table.grid()[header.row][question], _ROLES["decision"])
    return Header(header.row, {**header.columns, "decision": question}) if named else None


# A level's label opening a question cell's line, or run on after the question's last sentence ("... on time?
# Panel's rating \u2013 Not assured").
_RATING_IN_QUESTION = re.compile(rf"(?:^|(?<=[?.]))\s*(?={LEVEL_LABEL}\s*[:\-\u2013])", re.I)


def _rating_apart(blocks: list[TextBlock]) -> tuple[list[TextBlock], list[TextBlock]]:
    """(the question's lines, the level's) of a question cell printing the
    level after its label under the question or run on after it."""
    return _parted_at(blocks, lambda text: next(((m.end(), m.end()) for m in _RATING_IN_QUESTION.finditer(text)
                                                 if read_level(text[m.end():])), None))


def _parted_at(blocks: list[TextBlock], cut: Callable[[str], tuple[int, int] | None]
               ) -> tuple[list[TextBlock], list[TextBlock]]:
    """(the lines before, the lines from) the first of a cell's ``blocks``
    in whose text ``cut`` finds where a part of the cell begins: (where the
    words kept before it end, where the part's words start; a label between
    them is dropped), that block split there. (``blocks``, []) where ``cut``
    finds it in none."""
    for at, block in enumerate(blocks):
        text = clean(block.text)
        found = cut(text)
        if found is None:
            continue
        head, part = (TextBlock(BlockKind.PARAGRAPH, (Span(said, block.style),), block.prov)
                      for said in (text[:found[0]].strip(), text[found[1]:]))
        return [*blocks[:at], *([head] if head.text else [])], [part, *blocks[at + 1:]]
    return blocks, []


def _concluded_in_answers_header(table: Table, colours: dict[str, str]) -> Header | None:
    """The header of a question table with no level column whose answers
    close with the decider's conclusion under its label ("Question |
    Answer", the answer's bullets over "Panel's verdict: Partly assured \u2013
    ..."): the answer column is the decision's too (_conclusion_apart
    parts them). None unless most of the answered rows close so: a line
    closing one answer may be the answer's own."""
    header = find_header(table, _ROLES, required=("question", "evidence"))
    if header is None or "decision" in header.columns:
        return None
    col = header.columns["evidence"]
    answers = [blocks for row in range(header.first_body_row, table.n_rows) if (blocks := _own_blocks(table, row, col))]
    concluded = sum(1 for blocks in answers if _conclusion_apart(blocks, colours)[1])
    return Header(header.row, {**header.columns, "decision": col}) if concluded * 2 > len(answers) else None


# The decider's level under its label closing an answer, opening a line or run on after the answer's last sentence
# ("... within a month. Panel's verdict: Partly assured"): a level's label (assurance_levels.LEVEL_LABEL) the decider
# opens, or the decider's view or verdict (schemas/vocab/assurance.json "closing_conclusion").
_CLOSING_LABELS = alternatives(load_vocab("assurance.json")["closing_conclusion"]["labels"])
_CONCLUSION_LABEL = re.compile(rf"(?:^|(?<=[.!?]))\s*(?={DECIDER}(?:'s)?\s)(?:{LEVEL_LABEL}|{DECIDER}(?:'s)?\s+"
                               rf"(?:overall\s+)?(?:{_CLOSING_LABELS}))\s*[:\-\u2013]\s*(?=\S)", re.I)


def _conclusion_apart(blocks: list[TextBlock], colours: dict[str, str]) -> tuple[list[TextBlock], list[TextBlock]]:
    """(the answer's lines, the conclusion's) of an answer cell closing with
    the decider's conclusion under its label (_CONCLUSION_LABEL), its first
    words stating a level (``colours``: the pack's own level words),
    withholding one or saying none was sought: the conclusion runs from its
    label, dropped, to the cell's end, where no list item follows it. A cell
    with no such closing line is all answer: a response that only mentions
    assurance concludes nothing."""
    def concludes(label: str, value: str) -> bool:
        # a label naming no assurance ("PCC's decision:", "Board's rating:") may close a request's answer or a
        # risk's rating: its value is a level only where the label takes it (assurance_levels.label_takes), and a
        # deferral under it must say what it withholds
        level = read_level(value, colours, under_label=True)
        return bool(level and label_takes(label, level.printed, colours)
                    or withheld_level(value, slot=names_assurance(label)) or seeks_no_level(value))

    def conclusion_at(text: str) -> tuple[int, int] | None:
        return next(((label.start(), label.end()) for label in _CONCLUSION_LABEL.finditer(text)
                     if concludes(label.group(0), text[label.end():])), None)

    answer, conclusion = _parted_at(blocks, conclusion_at)
    return (blocks, []) if any(block.marker for block in conclusion[1:]) else (answer, conclusion)


def decision_column(table: Table, colours: dict[str, str]) -> tuple[int, int] | None:
    """(header row, column) of the column ``table``'s headings name as its
    questions' decisions (_decisions_header; ``colours``, the words the
    pack's key makes levels), as the table reader decides from it; None for
    a table that names none. The pack's own steps are learnt from this
    column (assurance_levels.label_levels)."""
    header = _decisions_header(join_continued_rows(table), colours)
    return (header.row, header.columns["decision"]) if header is not None else None


# A decision column's heading that is only a mark's name ("Score", "Grade"): a survey's or a quiz's as well.
_BARE_RATING = frozenset({"score", "scores", "grade", "grades"})


def _rated(table: Table, header: Header | None) -> Header | None:
    """``header``, unless its decision column is headed only "Score" or
    "Grade" beside no answer: a survey's "Question | Score" rates, it
    decides nothing. The answer may share the question's column ("Question
    and response")."""
    if header is None or "evidence" in header.columns:
        return header
    heading = table.grid()[header.row]
    if words(heading[header.columns["decision"]]) not in _BARE_RATING \
            or header_matches(heading[header.columns["question"]], _ROLES["evidence"]):
        return header
    return None


def _has_shaded_rows(table: Table, colours: dict[str, str]) -> bool:
    """Whether some row below the first is shaded throughout in a rating colour ``colours`` gives a level."""
    return any(colour_name(_row_fill(table, row)) in colours for row in range(1, table.n_rows))


def _row_fill(table: Table, row: int) -> str | None:
    """The shading every cell of ``row`` shares, else None."""
    fills = {cell.fill for cell in table.row_cells(row)}
    return fills.pop() if len(fills) == 1 else None


def _asks_assurance(heading: str) -> bool:
    """Whether a decision column's heading asks whether the decider is assured
    ("Assured?") or names assurance ("Assurance"): its "Yes" or "No" is a level."""
    return heading.strip().endswith("?") or names_assurance(heading)


def _level_columns_header(table: Table, colours: dict[str, str], side: str | None) -> Header | None:
    """The header of a table that gives each question's level by a mark in
    one of the columns each headed by a level ("Satisfied | Partially
    satisfied | Not satisfied"), no column named as the decision; None for
    any other table."""
    header = find_header(table, _ROLES, required=("question",))
    return header if header is not None and _level_columns(table, header.first_body_row, colours, side) else None


# A heading naming a measure other than the decider's level ("Priority", "Likelihood", "Impact", "Risk"):
# its High / Medium / Low, ticked or plain, grade that measure.
_OTHER_MEASURE = re.compile(r"\b(?:risks?|priority|priorities|likelihood|impact)\b", re.I)


def _keyed_column_header(table: Table, colours: dict[str, str], side: str | None) -> Header | None:
    """The header of a table whose decision column is headed in the pack's
    own words ("Expectation met?"), known by what it holds: the one column
    no role names whose every cell below the header is a level and nothing
    more or says the level is put off ("Deferred"), read by the pack's key (``colours``: "Met", "Partially met", "Not
    met"; or a key of marks: "+", "\u00b1", "\u2212"), two levels or more among them, each taken by the
    heading as by a level's label (label_takes), or under one naming the decider or confidence. None for any other table, and for a column headed as
    another measure (a priority, likelihood, impact or risk), ticked or not."""
    header = find_header(table, _ROLES, required=("question",))
    if header is None or "decision" in header.columns:
        return None
    rows, heads = range(header.first_body_row, table.n_rows), table.grid()[header.row]
    keyed = []
    for col in set(range(table.n_cols)) - set(header.columns.values()):
        if _OTHER_MEASURE.search(heads[col]):
            continue
        cells = [_own_blocks(table, row, col) for row in rows]
        # a level put off ("Deferred") is no level but leaves the column the decision's
        levels = [_level(blocks, colours, side=side) or _glyph_decision(blocks, colours) for blocks in cells
                  if blocks and not defers_level(_join(blocks))]
        if len(levels) >= 2 and all(level and not level[2] and _heading_takes(heads[col], level[1], colours)
                                    for level in levels) \
                and len({level[0] for level in levels}) >= 2:
            keyed.append(col)
    return Header(header.row, {**header.columns, "decision": keyed[0]}) if len(keyed) == 1 else None


def _heading_takes(heading: str, printed: str, colours: dict[str, str]) -> bool:
    """Whether a column's ``heading`` takes the level ``printed`` under it as
    a level's label does (label_takes): a degree ("High") or a grade is a
    level only under a heading naming assurance, the decider or its
    confidence or comfort, or by the pack's key (``colours``), which also
    holds its marks as printed ("+")."""
    return bool(re.search(rf"{DECIDER}|confidence|comfort", heading, re.I)) or printed in colours \
        or label_takes(heading, printed, colours)


# The degrees any measure is graded by ("High", "Medium", "Low"): a level only as a level's label takes them
# (schemas/vocab/assurance.json "table_headings": "measure_degrees").
_MEASURE_DEGREES = frozenset(words(degree) for degree in _HEADINGS["measure_degrees"])


def _levels_taken(table: Table, header: Header, colours: dict[str, str], side: str | None) -> Header:
    """``header`` without its decision column where every level read in it
    is a degree of any measure ("High", "Medium", "Low") or an
    inspectorate's grade that its heading does not take (_heading_takes):
    a "Rating" of ticked "High \u2610 Medium \u2612 Low \u2610" grades some
    other measure. A level its cell labels or states as the decider's
    sentence ("Level of assurance: Substantial", "The PCC was partly
    assured") is taken by the words before it on its line; one level
    taken, by the heading or the pack's key, makes the column the decider's
    scale ("Good", keyed, beside "Requires improvement"); a verdict of its
    own ("Satisfactory", "Limited") under "Decision" reads as before."""
    decision = header.columns.get("decision")
    if decision is None:
        return header
    heading = table.grid()[header.row][decision]
    levels = [(level, blocks) for blocks in (_own_blocks(table, row, decision)
                                             for row in range(header.first_body_row, table.n_rows))
              if blocks and (level := _level(blocks, colours, side=side))]

    def untaken(printed: str, blocks: list[TextBlock]) -> bool:
        return (words(printed) in _MEASURE_DEGREES or grades_only(heading, [printed], colours)) \
            and not _heading_takes(heading, printed, colours) and not label_takes(_lead_in(blocks, printed), printed,
                                                                                 colours)

    if not levels or not all(untaken(level[1], blocks) for level, blocks in levels):
        return header
    return Header(header.row, {role: col for role, col in header.columns.items() if role != "decision"})


def _lead_in(blocks: list[TextBlock], printed: str) -> str:
    """The words before the level ``printed`` on the first of a cell's lines
    holding it: its label or the sentence leading into it ("Level of
    assurance:"), or the label alone on the line above (a PDF's narrow cell
    wraps it); "" where no line holds it as printed."""
    lines = _join(blocks).split("\n")
    for at, line in enumerate(lines):
        if (start := line.lower().find(printed.lower())) >= 0:
            return line[:start] if line[:start].strip() or not at or not lines[at - 1].endswith(":") \
                else lines[at - 1]
    return ""


def _numbered_questions_header(table: Table) -> Header | None:
    """The header of a table whose questions sit under their number's label
    ("KLOE" | "Response" | "Assurance", each row "KLOE 1: How ...?"): the
    numbered column is the question. A column of bare numbers beside the
    decisions is a summary's (numbered_summary), no question."""
    header = find_header(table, _ROLES, required=("number", "decision"))
    if header is None or "question" in header.columns:
        return None
    cells = [clean(_join(_own_blocks(table, row, header.columns["number"])))
             for row in range(header.first_body_row, table.n_rows)]
    if not any(text.endswith("?") for text in cells) or any(_BARE_NUMBER.fullmatch(text) for text in cells):
        return None
    columns = dict(header.columns)
    columns["question"] = columns.pop("number")
    return Header(header.row, columns)


def _discussion_header(table: Table) -> Header | None:
    """The header of notes set as a table with no question column
    ("Discussion | Outcome"), each row's discussion cell opening with its
    question ("1. How ...?") above the answer: the discussion column holds
    the question (_asked_and_answered parts it from the answer). None for
    any other table, and for one whose questions stand in rows across it
    (_banner_header)."""
    header = find_header(table, _ROLES, required=("evidence", "decision"))
    if header is None or "question" in header.columns or header.first_body_row >= table.n_rows:
        return None
    rows = range(header.first_body_row, table.n_rows)
    cells = [_own_blocks(table, row, header.columns["evidence"]) for row in rows]
    if any(_spanning_row(table, row) for row in rows) \
            or not all(len(blocks) >= 2 and clean(blocks[0].text).endswith("?") for blocks in cells if blocks):
        return None
    columns = dict(header.columns)
    columns["question"] = columns.pop("evidence")
    return Header(header.row, columns)


# The last question mark of a paragraph with a sentence after it, the answer run on: "...? 412 of 5,180 ...".
_ANSWER_RUN_ON = re.compile(r"\?\s+(?=[A-Z0-9\u2018\u201c\"'])(?=[^?]*$)")


def _asked_and_answered(blocks: list[TextBlock]) -> tuple[list[TextBlock], list[TextBlock], list[str]]:
    """(question, answer, comments) of a question cell that also holds the
    answer, in a table with no column for it ("Line of enquiry and response"):
    the question is up to its question mark, the comment each line under the
    decider's label ("PCC comment: ..."), without it, the rest the answer. A
    cell asking nothing is all question. An answer run on after the question
    mark in one paragraph ("How many ...? 412 of 5,180 were solved.") is
    parted from it there."""
    asks = next((i for i, block in enumerate(blocks) if clean(block.text).endswith("?")), None)
    if asks is None:
        run_on = next(((i, m) for i, block in enumerate(blocks) if (m := _ANSWER_RUN_ON.search(clean(block.text)))),
                      None)
        if run_on is None:
            return blocks, [], []
        asks, parted = run_on
        text, held = clean(blocks[asks].text), blocks[asks]
        blocks = [*blocks[:asks], *(TextBlock(BlockKind.PARAGRAPH, (Span(part, held.style),), held.prov)
                                    for part in (text[:parted.start() + 1], text[parted.end():])), *blocks[asks + 1:]]
    rest = [line for block in blocks[asks + 1:] for line in _statement_lines(block)]
    said = [(block, STATEMENT_LINE.match(clean(block.text))) for block in rest]
    return (blocks[:asks + 1], [_unlabelled_answer(block) for block, comment in said if comment is None],
            [comment.group("text").strip() for _, comment in said if comment is not None])


# The decider's comment under its label run on after a sentence, where a PDF
# joins a cell's paragraphs into one ("... not flagged. PCC comment: ..."): the
# label names the decider, since the answer's own "Comment: the figures
# exclude ..." is the force's.
_STATEMENT_RUN_ON = re.compile(rf"(?<=[.!?])\s+(?=(?:assurance\s+statement|{DECIDER}(?:'s)?\s+"
                               r"(?:commentary|comments?|rationale|views?|observations?|remarks?))\s*:)", re.I | re.S)


def _statement_lines(block: TextBlock) -> list[TextBlock]:
    """``block``, split before a comment under the decider's label run on after its last sentence."""
    text = clean(block.text)
    run_on = _STATEMENT_RUN_ON.search(text)
    if run_on is None:
        return [block]
    return [TextBlock(BlockKind.PARAGRAPH, (Span(part, block.style),), block.prov)
            for part in (text[:run_on.start()], text[run_on.end():])]


# A label opening a line, then its text: "Force response: The force ...".
_LINE_LABEL = re.compile(r"\s*(?P<label>[^:.?]{2,40}):\s+(?P<text>\S.*)$", re.S)


def _unlabelled_answer(block: TextBlock) -> TextBlock:
    """An answer's line without the answer's label it opens with ("Force response: ...")."""
    labelled = _LINE_LABEL.match(clean(block.text))
    if labelled is None or _label_role(labelled.group("label")) != "evidence":
        return block
    return TextBlock(BlockKind.PARAGRAPH, (Span(labelled.group("text"), block.style),), block.prov)


def _row_date(blocks: list[TextBlock]) -> date | None:
    """The date a question's own date cell is ("28/04/2026"); None where the
    cell holds anything more (a sentence that mentions a date dates no row)."""
    text = _join(blocks).strip(" .")
    found = find_dates(text)
    return found[0].value if len(found) == 1 and len(found[0].text) >= len(text) - 1 else None


def _unfold_header(table: Table, header: Header) -> Header:
    """A header whose cells span columns, read down to the columns they head:
    a "Question" over a reference and the question is the number and the
    question; an "Assurance" over "Level" | "Rationale" the decision and the
    commentary, the header then ending on the row of the sub-headings."""
    columns = dict(header.columns)
    asked = table.cell(header.row, columns["question"])
    if asked is not None and asked.col_span > 1 and "number" not in columns:
        columns["number"], columns["question"] = asked.col, asked.col + asked.col_span - 1
    decided = table.cell(header.row, columns["decision"]) if "decision" in columns else None
    if decided is None or decided.col_span < 2 or header.row + 1 >= table.n_rows:
        return Header(header.row, columns)
    under = {col: " ".join(b.text for b in _own_blocks(table, header.row + 1, col))
             for col in range(decided.col, decided.col + decided.col_span)}
    if not all(under.values()):
        return Header(header.row, columns)
    comment = next((col for col, text in under.items() if header_matches(text, _ROLES["commentary"])), None)
    if comment is not None and comment != decided.col:
        columns["commentary"] = comment
    return Header(header.row + 1, columns)


def _summary_levels(doc: LayoutDocument, colours: dict[str, str]) -> dict[int, dict[str, tuple[str, str, str]]]:
    """The tables that only sum up the decisions ("Summary of decisions":
    Question | Assurance), by block index: each question's number, or its
    words where the summary repeats a question another table asks, ->
    (level, as printed, the words beside it). A table of questions of its
    own is no summary. A summary written as lines outside the tables sits
    under index -1."""
    tables = logical_tables(doc.blocks)
    summaries: dict[int, dict[str, tuple[str, str, str]]] = {}
    for index, table in tables:
        if by_number := numbered_summary(table, colours):
            summaries[index] = by_number
            continue
        header = find_header(table, _ROLES, required=("question", "decision"))
        if header is None or header.first_body_row >= table.n_rows:
            continue
        asked_elsewhere: set[str] | None = None
        levels: dict[str, tuple[str, str, str]] = {}
        for row in range(header.first_body_row, table.n_rows):
            asked = _own_blocks(table, row, header.columns["question"])
            level = _level(_own_blocks(table, row, header.columns["decision"]), colours)
            number = _BARE_NUMBER.fullmatch(clean(asked[0].text)) if len(asked) == 1 else None
            if number is not None and level is not None:
                levels[number.group("number")] = level
                continue
            if asked_elsewhere is None:
                asked_elsewhere = {_asked(blocks) for i, other in tables if i != index
                                   for blocks in _leading_cells(other)}
            if not asked or level is None or _asked(asked) not in asked_elsewhere:
                break
            levels[_asked(asked)] = level
        else:
            summaries[index] = levels
    listed = _listed_levels(doc, colours)
    if len(listed) >= 2:  # one "1. Assured" line is too little to call a summary
        summaries[-1] = listed
    return summaries


def numbered_summary(table: Table, colours: dict[str, str]) -> dict[str, tuple[str, str, str]]:
    """A summary table that joins its levels to questions asked elsewhere by
    number alone (No. | Assurance | Reason, or Question | Assurance |
    Comment whose Question column holds only numbers, "Q1"): question
    number -> (level, as printed, the reason, else the words beside the
    level); empty where the table is no such summary (it asks or answers
    questions of its own). The summary may run across the page, a column
    each question ("Question | 4.1 | 4.2" over "Rating | Reasonable |
    Limited")."""
    if matrix := _matrix_levels(table, colours):
        return matrix
    return _summary_by_number(table, colours) or (
        _summary_by_number(_turned(table), colours) if table.n_cols > table.n_rows else {})


def _summary_by_number(table: Table, colours: dict[str, str]) -> dict[str, tuple[str, str, str]]:
    """numbered_summary of a summary a row each question."""
    table = join_continued_rows(table)  # a row a page break split is one question's
    header = find_header(table, _ROLES, required=("number", "decision"))
    if header is not None and "question" in header.columns and not _numbers_only(table, header, "question"):
        return {}
    header = header or find_header(table, _ROLES, required=("question", "decision"))
    if header is None or "evidence" in header.columns or header.first_body_row >= table.n_rows:
        return {}
    # a Question column of numbers alone ("Q1") numbers the rows, beside a minute's reference ("SAB 28/13")
    column = header.columns["question"] if _numbers_only(table, header, "question") \
        else header.columns.get("number", header.columns.get("question"))
    levels: dict[str, tuple[str, str, str]] = {}
    for row in range(header.first_body_row, table.n_rows):
        number = _question_number(clean(_join(_own_blocks(table, row, column))))  # "3", "Q3", a minute's "5.1"
        decided = _own_blocks(table, row, header.columns["decision"])
        level = _level(decided, colours) or _glyph_decision(decided, colours)
        if number is None or level is None:
            return {}
        reason = _join(_own_blocks(table, row, header.columns.get("commentary")))
        levels[number] = level[0], level[1], reason or level[2]
    return levels


def _item_titles_column(table: Table, header: Header) -> Header:
    """``header`` with an "Item" column that holds the items' titles ("4.
    Youth justice", merged over the item's questions), not numbers, as the
    topic, where another column numbers the questions ("No." | "4.1"); with
    no other, each title typed after its item's number, the column is the
    topic as well as the number (each question under a merged cell takes
    the item's number: see _questions)."""
    item = header.columns.get("number")
    heads = table.grid()[header.row]
    if item is None or "topic" in header.columns or words(heads[item]) != "item":
        return header
    titles = [text for row in range(header.first_body_row, table.n_rows)
              if (text := clean(_join(_own_blocks(table, row, item))))]
    other = next((col for col, text in enumerate(heads)
                  if col not in header.columns.values() and header_matches(text, _ROLES["number"])), None)
    if titles and other is None and all(_TYPED_ITEM_NUMBER.match(text) for text in titles):
        return Header(header.row, {**header.columns, "topic": item})  # "4. Missing children": number and title
    if not titles or other is None or any(_question_number(text) for text in titles):
        return header
    return Header(header.row, {**header.columns, "topic": item, "number": other})


def _numbers_only(table: Table, header: Header, role: str) -> bool:
    """Whether every body cell of ``role``'s column holds a question number alone ("Q1", "3", "2.1")."""
    column = header.columns.get(role)
    return column is not None and header.first_body_row < table.n_rows and all(
        _question_number(clean(_join(_own_blocks(table, row, column))))
        for row in range(header.first_body_row, table.n_rows))


def _matrix_levels(table: Table, colours: dict[str, str]) -> dict[str, tuple[str, str, str]]:
    """The levels of a matrix of questions by levels, a column each question
    headed by its number alone ("Assurance level | 2.1 | 2.2 | ..."), a row
    each level labelled by it ("Green – assured"), a mark in the row of the
    question's level, or the same turned (a row each question number, a
    column each level): question number -> (level, the level's label, "").
    Rows labelled by no level (a direction of travel) give none. Empty for
    any other table."""
    if table.n_rows < 3 or table.n_cols < 3:
        return {}
    return _question_columns_levels(table, colours) or _question_columns_levels(_turned(table), colours)


def _turned(table: Table) -> Table:
    """``table`` with its rows as columns and its columns as rows."""
    return Table(n_rows=table.n_cols, n_cols=table.n_rows, prov=table.prov, pages=table.pages, header_rows=1,
                 ruled=table.ruled, cells=tuple(replace(cell, row=cell.col, col=cell.row, row_span=cell.col_span,
                                                        col_span=cell.row_span) for cell in table.cells))


_MATRIX_NOTE_WORDS = 3


def _question_columns_levels(table: Table, colours: dict[str, str]) -> dict[str, tuple[str, str, str]]:
    """_matrix_levels of a matrix whose columns are the questions."""
    heads = {col: _question_number(clean(" ".join(b.text for b in _own_blocks(table, 0, col))))
             for col in range(1, table.n_cols)}
    if not all(heads.values()):
        return {}
    rows = {row: found for row in range(1, table.n_rows)
            if (label := clean(" ".join(b.text for b in _own_blocks(table, row, 0))))
            and (found := read_level(label, colours, under_label=True)) and found.how == "opening"}
    # a matrix only marks: a row of no level notes a word or two (a direction of travel), never a question or answer
    notes = [clean(" ".join(b.text for b in _own_blocks(table, row, col)))
             for row in range(1, table.n_rows) if row not in rows for col in heads]
    if len({found.level for found in rows.values()}) < 2 or any(len(note.split()) > _MATRIX_NOTE_WORDS for note in notes):
        return {}
    levels: dict[str, tuple[str, str, str]] = {}
    for col, number in heads.items():
        marked = [row for row in rows if _MARK.fullmatch(clean(" ".join(b.text for b in _own_blocks(table, row, col))))]
        if len(marked) == 1:
            row_label = " ".join(b.text for b in _own_blocks(table, marked[0], 0)).strip()
            levels[number] = rows[marked[0]].level, row_label, ""
    return levels


def _question_number(text: str) -> str | None:
    """The question number a header cell holds alone ("2.1", "Q3", "4"), else None."""
    dotted = DOTTED_NUMBER.fullmatch(text)
    bare = _BARE_NUMBER.fullmatch(text)
    return dotted.group("number") if dotted else bare.group("number") if bare else None


def _listed_levels(doc: LayoutDocument, colours: dict[str, str]) -> dict[str, tuple[str, str, str]]:
    """A summary of decisions written as lines outside any table (numbered_level):
    question number -> (level, as printed, the words after it)."""
    levels: dict[str, tuple[str, str, str]] = {}
    for block in doc.blocks:
        if isinstance(block, TextBlock) and (listed := numbered_level(block, colours)):
            number, level = listed
            levels[number] = level.level, level.printed, level.remainder
    return levels


def numbered_level(block: TextBlock, colours: dict[str, str]) -> tuple[str, StatedLevel] | None:
    """(question number, level) of a line giving a question asked elsewhere its
    level by number alone ("Question 1 – Assured", "Q2: Limited assurance. The
    PCC asked ...", "3. Not assured"), the words after the level its
    commentary; None for any other line."""
    text = clean(block.text)
    number, rest = numbered_entry(text, colours) or (leading_number(block)[0], text)
    level = read_level(rest, colours, under_label=True) if number else None
    return (number, level) if level and level.how == "opening" else None


def _asked(blocks: list[TextBlock]) -> str:
    """A question's words, its number left out: how a summary repeats it."""
    return words(_join(blocks, strip_number=True))


def _leading_cells(table: Table) -> list[list[TextBlock]]:
    """The cells of a table's first two columns, where its questions are (after a "No." column)."""
    return [blocks for row in range(table.n_rows) for col in range(min(2, table.n_cols))
            if (blocks := _own_blocks(table, row, col))]


def _summary_level(summary: dict[int, dict[str, tuple[str, str, str]]], number: str | None,
                   asked: list[TextBlock], blocks: list[TextBlock]) -> tuple[str, str, str] | None:
    """(level, as printed, commentary) of a question from the pack's summary
    of decisions, found by its number or its words; the commentary is the
    decision cell's own text, else the summary's words beside the level."""
    for levels in summary.values():
        for key in (number, _asked(asked)):
            if key in levels:
                level, printed, beside = levels[key]
                return level, printed, _join(blocks) or beside
    return None


_OPTIONS_SPLIT = re.compile(rf"\s*{OPTION_SEPARATOR}\s*", re.I)


def _unmarked_scale(blocks: list[TextBlock]) -> bool:
    """A decision cell that only prints the scale's options ("Assured /
    Partially assured / Not assured"), none struck through or ticked: a
    form left blank, no comment."""
    text = _join(blocks)
    return len(_OPTIONS_SPLIT.split(text)) >= 2 and _levels_only(text)


def _glyph_decision(blocks: list[TextBlock], colours: dict[str, str]) -> tuple[str, str, str] | None:
    """(level, as printed, commentary) of a decision cell that is only marks
    the pack's key reads (a coloured "\u25cf", a run "\u25a0\u25a0\u25a1":
    assurance_levels.glyph_level), or whose first line is, the lines under
    it the commentary."""
    if level := glyph_level(blocks, colours):
        return *level, ""
    first = glyph_level(blocks[:1], colours) if len(blocks) > 1 else None
    return (*first, _join(blocks[1:])) if first else None


def _sharing(questions: list[_Question], ruled: bool) -> list[tuple[int, int]]:
    """For each question, (its place among the questions one decision cell
    serves, how many that cell serves): a merged cell serves the questions
    it covers, as table_decisions reads them."""
    groups: list[list[int]] = []
    for ordinal, q in enumerate(questions):
        carried_over_blank = not q.decision and not q.decision_merged and not q.fill
        if not groups or q.decision or q.fill or (carried_over_blank and ruled):
            groups.append([])
        groups[-1].append(ordinal)
    return [(group.index(ordinal), len(group)) for group in groups for ordinal in group]


# One question's entry in a decision cell shared by several: "Line of enquiry 2 – Partially assured. ...",
# "Q3: Assured", "2. Not assured – ...", "4.1 – Partially assured: ..." (item 4's first question), "4.2 Assured".
_ENTRY = re.compile(r"^\s*(?:(?:line\s+of\s+enquiry|loe|kloe|question|q)\s*)?(?P<number>\d{1,3}(?:\.\d{1,2})*[a-z]?)"
                    r"(?:\s*(?P<mark>[-\u2013\u2014:.)])|\s)\s*(?P<rest>\S.*)$", re.I | re.S)


def numbered_entry(text: str, colours: dict[str, str]) -> tuple[str, str] | None:
    """(number, the words after it) of one question's entry line; a number
    set apart by a space alone only before a level ("4.2 Assured"), since
    "2 officers remain under review" is a sentence, no entry of question 2."""
    entry = _ENTRY.match(text)
    if entry is None:
        return None
    if not entry.group("mark") and not ((level := read_level(entry.group("rest"), colours, under_label=True))
                                        and level.how == "opening"):
        return None
    return entry.group("number"), entry.group("rest")


def _own_entry(blocks: list[TextBlock], number: str, colours: dict[str, str]) -> list[TextBlock] | None:
    """A question's own entry in a decision cell merged over several
    questions, where the cell gives each its own numbered line (a bullet a
    line of enquiry): the entry whose number is the question's, without its
    number, with the lines under it that number no entry ("2 officers remain
    under review" carries on the entry above). None unless the cell opens
    with such an entry and holds two or more."""
    entries: dict[str, list[TextBlock]] = {}
    current: list[TextBlock] | None = None
    for block in blocks:
        entry = numbered_entry(clean(block.text), colours)
        if entry is not None:
            entry_number, rest = entry
            current = entries[entry_number.lower()] = [
                TextBlock(BlockKind.PARAGRAPH, (Span(rest, block.style),), block.prov)]
        elif current is None:
            return None
        else:
            current.append(block)
    own = entries.get(number.lower())
    return own if own is not None and len(entries) > 1 else None


def _heading_above(doc: LayoutDocument, index: int, colours: dict[str, str]) -> TextBlock | None:
    """The heading a table sits under (a heading, or a numbered item's title
    in a bold list item), with only paragraphs between them, or a key of the
    scale with its own title ("Level of assurance key"); the key's levels may
    be the pack's own outcomes (``colours``: "Close", "Monitor")."""
    key_above = False
    for at in range(index - 1, -1, -1):
        block = doc.blocks[at]
        if isinstance(block, Table):
            if not _is_scale_key(block, colours):
                return None
            key_above = True
        elif is_item_heading(block) and not key_above:
            return _opened_above(doc, at) if leading_number(block)[0] is None else block
        else:
            key_above = False  # the key's title is the line right above it
    return None


def _opened_above(doc: LayoutDocument, index: int) -> TextBlock:
    """The item an unnumbered heading at ``index`` is part of: the item run
    in above it (meetings.run_in_item_above), else the heading itself (an
    item of its own titled by a heading, further down a pack that runs other
    items' titles in)."""
    return run_in_item_above(doc.blocks, index) or doc.blocks[index]


def _is_scale_key(table: Table, colours: dict[str, str]) -> bool:
    """A table that lists the levels of the scale, one a row ("Substantial" |
    what it means), under a header row or none; its levels may be the pack's
    own outcomes (``colours``, read from this key)."""
    firsts = [" ".join(b.text for b in _own_blocks(table, row, 0)) for row in range(table.header_rows, table.n_rows)]
    levels = [read_level(text, colours, under_label=True) for text in firsts if text.strip()]
    return len(levels) >= 2 and all(level and not level.remainder for level in levels)


def _spanning_row(table: Table, row: int) -> list[TextBlock]:
    """The blocks of a row that is one cell spanning the whole table, else []."""
    cell = table.cell(row, 0)
    if cell is None or cell.row != row or cell.col_span < table.n_cols or table.n_cols < 2:
        return []
    return [b for b in cell.blocks if b.text.strip()]


# A theme row's words are a title: a few words, no sentence or question.
_THEME_ROW_WORDS = 10


def _theme_row(table: Table, row: int, colours: dict[str, str]) -> list[TextBlock]:
    """The title of a row spanning the table that names a theme ("Theme 1:
    Burglary and vehicle crime", "Road safety"), without its label: a short
    line that states no level and asks nothing. Else []."""
    blocks = _spanning_row(table, row)
    text = clean(" ".join(b.text for b in blocks))
    if len(blocks) != 1 or not text or len(text.split()) > _THEME_ROW_WORDS or re.search(r"[.?;]$", text) \
            or _level(blocks, colours):
        return []
    themed = THEME_HEADING.match(text)
    title = themed.group("title") if themed else text
    return [TextBlock(BlockKind.PARAGRAPH, (Span(title, blocks[0].style),), blocks[0].prov)]


# An item's overall level under its label, the label naming what it sums up: "Overall assurance for this item: ...".
_OVERALL = re.compile(r"\s*overall\b[^:.;]{0,40}[:\-\u2013]\s*(?P<level>\S.*)", re.I | re.S)


def _overall_row(table: Table, row: int, colours: dict[str, str]) -> bool:
    """Whether ``row`` spans the table and opens with the overall level under its label."""
    blocks = _spanning_row(table, row)
    overall = _OVERALL.match(clean(" ".join(b.text for b in blocks))) if blocks else None
    found = read_level(overall.group("level"), colours, under_label=True) if overall else None
    return found is not None and found.how == "opening"


def _spanning_level(table: Table, row: int, colours: dict[str, str]) -> list[TextBlock]:
    """The blocks of a row spanning the whole table that states a level, else []."""
    blocks = _spanning_row(table, row)
    return blocks if blocks and _level(blocks, colours) else []


_INSTRUCTION = re.compile(r"\s*\([^()]*\)")


def _labelled_rows(table: Table, colours: dict[str, str]) -> list[_Question]:
    """The questions of a table laid out down the page, a label at the left
    of each row and its text at the right ("Question 1" | ..., "Response" |
    ..., "Assurance level" | "Limited"): a question row opens a question,
    the rows below fill it; a "Question number" row, above or below the
    question, numbers it (a label takes the role of its longest phrase). A decision row may print the scale's options a
    cell each, the level the one set apart (chosen_option). None unless
    some decision states a level."""
    if table.n_cols < 2:
        return []
    questions: list[_Question] = []
    pending_number: str | None = None
    pending_decision: list[TextBlock] = []
    for row in range(table.n_rows):
        label_cell, *value_cells = table.row_cells(row)
        if questions and label_cell.col == 0 and not value_cells and _labelled_decision(label_cell):
            questions[-1].decision.extend(b for b in label_cell.blocks if b.text.strip())
            continue
        if label_cell.col == 0 and not value_cells:  # a title row across the card, "Question 3", numbers it
            titled = _BARE_NUMBER.fullmatch(clean(" ".join(b.text for b in label_cell.blocks)))
            pending_number = titled.group("number") if titled else pending_number
            continue
        if label_cell.col != 0:
            continue
        # an instruction in brackets is no part of the label: "Level of assurance (delete as appropriate)"
        label = _INSTRUCTION.sub("", clean(" ".join(b.text for b in label_cell.blocks))).strip()
        blocks = [b for cell in value_cells for b in cell.blocks if b.text.strip()]
        if _titles_card(label, value_cells):  # the card's title beside its decision: "Question 2 | Assurance: ..."
            pending_number, pending_decision = _BARE_NUMBER.fullmatch(label).group("number"), blocks
            continue
        role = _label_role(label)
        if len(label) > 40 or role is None:
            continue
        if role == "number":  # a sheet's "Question number" row, above or below its question
            numbered = _BARE_NUMBER.fullmatch(_join(blocks))
            pending_number = numbered.group("number") if numbered else None
        if role == "question":
            number = _BARE_NUMBER.search(label)
            questions.append(_Question(number.group("number") if number else pending_number, question=blocks,
                                       decision=pending_decision, page=table.page_of_row(row),
                                       fill=value_cells[0].fill))
            pending_number, pending_decision = None, []
        elif questions and role == "decision" and len(value_cells) > 1:
            questions[-1].marked = chosen_option(value_cells, colours)
        elif questions and role != "number":
            getattr(questions[-1], role).extend(blocks)
            if role == "decision":
                questions[-1].fill = value_cells[0].fill
    if questions and questions[-1].number is None:
        questions[-1].number = pending_number
    return questions if any(q.marked or _level(q.decision, colours) for q in questions) else []


def _titled_card(table: Table) -> bool:
    """Whether ``table`` is one question's card whose top row titles it by
    its number beside its decision ("Question 2 | Assurance: Partly
    assured"), over rows labelled by their roles (Question, Response,
    Commissioner's comment): no header of columns."""
    if table.n_cols != 2 or table.n_rows < 3:
        return False
    roles = [_label_role(clean(table.grid()[row][0])) for row in range(1, table.n_rows)]
    return _titles_card(clean(table.grid()[0][0]), table.row_cells(0)[1:]) and "question" in roles \
        and all(role or _titles_card(clean(table.grid()[row][0]), table.row_cells(row)[1:])
                for row, role in enumerate(roles, start=1))


def _titles_card(label: str, value_cells: list[Cell]) -> bool:
    """Whether a row is a card's title, its number beside its decision
    ("Question 2" | "Assurance: Partly assured")."""
    return label[:1].isalpha() and bool(_BARE_NUMBER.fullmatch(label)) and len(value_cells) == 1 \
        and _labelled_decision(value_cells[0])


def _card_title_number(doc: LayoutDocument, index: int) -> str | None:
    """The number of a question's card (a table laid out down the page) that
    the line right above it titles by its label alone ("Question 2", as a
    title row inside the card would); None for any other line."""
    above = doc.blocks[index - 1] if index else None
    text = clean(above.text) if isinstance(above, TextBlock) else ""
    titled = _BARE_NUMBER.fullmatch(text) if text[:1].isalpha() else None
    return titled.group("number") if titled else None


def _label_role(label: str) -> str | None:
    """The role a row's label names: of the roles whose phrases it holds, the
    one of the longest phrase ("Question number" numbers the question; the
    roles' order breaks a tie)."""
    matched = [(len(phrase.split()), -order, role) for order, (role, phrases) in enumerate(_ROLES.items())
               for phrase in phrases if header_matches(label, (phrase,))]
    return max(matched)[2] if matched else None


def _labelled_decision(cell: Cell) -> bool:
    """True for a row spanning the table that closes a question with its
    decision under a decision's label ("Outcome: Assured. The Commissioner ...")."""
    label = re.match(r"\s*(?P<label>[^:.]{2,40}):", clean(" ".join(b.text for b in cell.blocks)))
    return label is not None and header_matches(label.group("label"), _ROLES["decision"])


def _banner_header(table: Table) -> Header | None:
    """The header of a table that heads only the answer and the decision
    ("Response | Assurance"), each question standing in a row of its own
    spanning the table above them (a banner: "Q1. How many ...?"); None
    for any other table."""
    header = find_header(table, _ROLES, required=("evidence", "decision"))
    if header is None or "question" in header.columns:
        return None
    # cells holding their values after the label ("Response: 388 of 410 ..." | "Assurance: Assured") are the
    # first question's answer and decision (_banner_cell_questions), no header
    heads = table.grid()[header.row]
    if all(_LABEL_BEFORE_VALUE.match(clean(heads[col])) for col in header.columns.values()):
        return None
    banners = [row for row in range(header.first_body_row, table.n_rows) if _banner_question(table, row)]
    return header if banners else None


# A cell's label with its value after it on the same line: "Response: The force ...", "Assurance: Assured".
_LABEL_BEFORE_VALUE = re.compile(r"^[^:]{2,40}:\s*\S")


def _banner_question(table: Table, row: int) -> list[TextBlock]:
    """The blocks of a row spanning the table that asks a question (numbered,
    or ending with a question mark), else []."""
    blocks = _spanning_row(table, row)
    asks = blocks and (leading_number(blocks[0])[0] or clean(blocks[-1].text).endswith("?"))
    return blocks if asks else []


def _banner_questions(table: Table, header: Header) -> list[_Question]:
    """The questions of a table whose banner rows ask them: each banner opens
    a question, and the rows below it, up to the next banner, hold its
    answer, decision and comment in their columns (a repeat of the header
    among them heads them again)."""
    questions: list[_Question] = []
    grid = table.grid()
    # the first question's banner may stand right above the header, the header repeated under each banner
    first = header.row - 1 if header.row and _banner_question(table, header.row - 1) else header.first_body_row
    for row in range(first, table.n_rows):
        if row == header.row or grid[row] == grid[header.row]:
            continue
        asked = _banner_question(table, row)
        if asked:
            questions.append(_Question(leading_number(asked[0])[0], question=asked, page=table.page_of_row(row)))
            continue
        if not questions:
            continue  # rows before the first question ask nothing
        current = questions[-1]
        decision_cell = table.cell(row, header.columns["decision"])
        if decision_cell is not None and decision_cell.row == row:
            current.fill = current.fill or decision_cell.fill  # a level that is only the cell's shading
        for role, target in (("evidence", current.evidence), ("decision", current.decision),
                             ("commentary", current.commentary)):
            target.extend(_own_blocks(table, row, header.columns.get(role)))
    return questions


def _banner_cell_questions(table: Table, colours: dict[str, str]) -> list[_Question]:
    """The questions of a table with no header whose banner rows ask them
    ("Question 1: How ...?" spanning the table), each cell of the rows
    below opening with the label of its role: a line of its own ("What we
    heard") or the start of its first line ("Judgement: Partial assurance").
    None unless some decision states a level."""
    questions: list[_Question] = []
    for row in range(table.n_rows):
        if asked := _banner_question(table, row):
            questions.append(_Question(leading_number(asked[0])[0], question=asked, page=table.page_of_row(row)))
            continue
        for cell in table.row_cells(row) if questions else ():
            blocks = [b for b in cell.blocks if b.text.strip()]
            label = re.match(r"\s*(?P<label>[^:.?]{2,40}?)\s*(?::|$)", clean(blocks[0].text)) if blocks else None
            role = _label_role(label.group("label")) if label else None
            if role not in ("evidence", "decision", "commentary"):
                continue
            rest = clean(blocks[0].text)[label.end():].strip()  # the label is no part of the text
            first = [TextBlock(BlockKind.PARAGRAPH, (Span(rest, blocks[0].style),), blocks[0].prov)] if rest else []
            getattr(questions[-1], role).extend(first + blocks[1:])
    return questions if any(_level(q.decision, colours) for q in questions) else []


def _has_spanning_levels(table: Table, colours: dict[str, str]) -> bool:
    return any(_spanning_level(table, row, colours) for row in range(1, table.n_rows))


def _questions(table: Table, columns: dict[str, int], first_row: int, spanning: bool = False,
               colours: dict[str, str] | None = None, shaded_rows: bool = False,
               side: str | None = None) -> list[_Question]:
    """The table's questions (rows a page break split joined beforehand),
    repeated header rows (a header printed again on a continuation page)
    skipped; with ``spanning``, a row spanning the table that states a
    level is the decision of the question above it; with ``shaded_rows``,
    a row's shading is its decision's, where no column holds the decision.
    A row spanning the table that gives the overall level ("Overall
    assurance for this item: Reasonable. ...") sums the item up and belongs
    to no question."""
    q_col = columns["question"]
    header_text = [words(t) for t in table.grid()[first_row - 1]] if first_row else []
    numbers = {row: _number(_own_blocks(table, row, columns.get("number")), reference=True, side=side)
               or _number(_own_blocks(table, row, q_col))
               for row in range(first_row, table.n_rows)}
    # an item's cell numbering and titling the rows it is merged down over ("4. Missing children"): each row under
    # it asking its own question is a question of that item, under its number
    if "topic" in columns and columns["topic"] == columns.get("number"):
        for row in numbers:
            cell = table.cell(row, columns["topic"])
            if numbers[row] is None and cell is not None and first_row <= cell.row < row and _own_blocks(table, row, q_col):
                numbers[row] = numbers.get(cell.row)
    numbered = any(numbers.values())
    level_columns = _level_columns(table, first_row, colours or {}, side)
    questions: list[_Question] = []
    theme: list[TextBlock] = []
    theme_labelled = False  # the theme row names its item or theme by label ("Item 4: Burglary", "Theme 1: ...")
    asked_across = False  # the row above asks a question merged across the decision column
    for row in range(first_row, table.n_rows):
        row_text = [words(t) for t in table.grid()[row]]
        if row_text == header_text:
            continue
        if _overall_row(table, row, colours or {}):
            continue
        level_row = _spanning_level(table, row, colours or {}) if spanning and questions else []
        if level_row:
            questions[-1].decision.extend(level_row)
            continue
        if theme_row := _theme_row(table, row, colours or {}):
            theme = theme_row  # the topic of the questions below it, up to the next theme row
            theme_labelled = any(pattern.match(clean(table.grid()[row][0])) for pattern in (THEME_HEADING, ITEM_LINE))
            continue
        # a grid of tick columns with no answer or comment column remarks on each question in a row under it
        # merged across the level columns, unlabelled
        unlabelled = bool(level_columns) and not {"evidence", "commentary"} & columns.keys()
        if questions and (remarks := _remarks_row(table, row, q_col, unlabelled)):
            questions[-1].commentary.extend(remarks)
            continue
        question_blocks = _own_blocks(table, row, q_col)
        if header_text and question_blocks and words(question_blocks[0].text) == header_text[q_col]:
            question_blocks = question_blocks[1:]  # a repeated header merged into the row
        # the level printed in the question's cell, under its label ("Question and rating" heads the column)
        question_blocks, rated = _rating_apart(question_blocks) if columns.get("decision") == q_col \
            else (question_blocks, [])
        # the decider's conclusion closing the answer, where the answer column is the decision's too
        in_answer = "evidence" in columns and columns.get("decision") == columns["evidence"]
        concluded: list[TextBlock] = []
        number = numbers[row]
        # rows a page break split are joined already; a row whose question cell is
        # blank (merged down over it; without rules, one text over blank cells),
        # or unnumbered where the questions are numbered, carries the question above on;
        # so does the row under a question merged across the decision column (its answer and level below it),
        # unless it asks a question of its own under its own number: a part of the question above ("2a"), which
        # the parent row only introduces
        across = _asks_across(table, row, columns)
        continues = bool(questions) and (not question_blocks or (numbered and number is None)
                                         or (asked_across and not across and not (number and question_blocks)))
        asked_across = across and not continues
        if not continues:
            if not question_blocks and not any(_own_blocks(table, row, c) for c in columns.values()):
                continue
            decision_cell = table.cell(row, columns["decision"]) if "decision" in columns else None
            fill = decision_cell.fill if decision_cell is not None else _row_fill(table, row) if shaded_rows else None
            # an item's cell merged down over its questions titles each of them
            topic_cell = table.cell(row, columns["topic"]) if "topic" in columns else None
            merged_topic = questions[-1].topic if questions and topic_cell is not None and topic_cell.row < row else []
            questions.append(_Question(number, page=table.page_of_row(row), fill=fill,
                                       decision_merged=decision_cell is not None and decision_cell.row < row,
                                       marked=_marked_level(table, row, level_columns),
                                       topic=list(theme if theme_labelled else merged_topic),
                                       grouped=[] if theme_labelled else list(theme)))
        current = questions[-1]
        current.question.extend(question_blocks)
        for role, target in (("evidence", current.evidence), ("decision", current.decision),
                             ("commentary", current.commentary), ("topic", current.topic),
                             ("date", current.date), ("further", current.further)):
            blocks = _own_blocks(table, row, columns.get(role))
            # a repeated header merged into the row (an empty header cell repeats nothing: a cell of marks has no words)
            if header_text and blocks and role in columns and header_text[columns[role]] \
                    and words(blocks[0].text) == header_text[columns[role]]:
                blocks = blocks[1:]
            if role == "decision" and "recommended" in columns and blocks and agrees(_join(blocks)):
                blocks = _own_blocks(table, row, columns["recommended"])  # the decider took the level put to it
            if role == "evidence" and in_answer:
                blocks, concluded = _conclusion_apart(blocks, colours or {})
            if role == "decision" and columns.get("decision") == q_col:
                blocks = rated
            elif role == "decision" and in_answer:
                blocks = concluded
            target.extend(blocks)
    # an answer column headed as the comment's too ("Answer and remarks"), no comment column: the lines closing the
    # answer in italics, under its plain lines, are the decider's comment
    if "evidence" in columns and "commentary" not in columns and first_row \
            and header_matches(table.grid()[first_row - 1][columns["evidence"]], _ROLES["commentary"]):
        for question in questions:
            question.evidence, remark = _italic_close(question.evidence)
            question.commentary.extend(remark)
    return questions


# an italic line noting the answer's figures ("Source: ...", "Figures exclude ...") is the answer's, no comment
_ANSWER_NOTE = re.compile(rf"^(?:{alternatives(load_vocab('assurance.json')['answer_notes']['openings'])})\b", re.I)


def _italic_close(blocks: list[TextBlock]) -> tuple[list[TextBlock], list[TextBlock]]:
    """(the answer, its closing lines) of an answer whose last lines are in
    italics under lines that are not, none of them a note on the answer's
    figures (_ANSWER_NOTE); (``blocks``, []) for any other."""
    at = len(blocks)
    while at and blocks[at - 1].is_italic:
        at -= 1
    if any(_ANSWER_NOTE.match(clean(block.text)) for block in blocks[at:]):
        return blocks, []
    return (blocks[:at], blocks[at:]) if 0 < at < len(blocks) else (blocks, [])


def _remarks_row(table: Table, row: int, q_col: int, unlabelled: bool = False) -> list[TextBlock]:
    """The remarks a row merged from the question column to the table's end
    gives the question above under a comment's label ("Remarks: The Deputy
    Mayor accepted ..."), the label dropped, or with ``unlabelled`` (a grid
    of tick columns with nowhere else to remark) under none; [] for any
    other row."""
    cell = table.cell(row, q_col)
    if cell is None or cell.row != row or cell.col != q_col or cell.col_span < 2 \
            or cell.col + cell.col_span < table.n_cols:
        return []
    blocks = [b for b in cell.blocks if b.text.strip()]
    labelled = _LINE_LABEL.match(clean(blocks[0].text)) if blocks else None
    if blocks and unlabelled and (labelled is None or _label_role(labelled.group("label")) is None):
        return blocks
    if labelled is None or _label_role(labelled.group("label")) != "commentary":
        return []
    return [TextBlock(BlockKind.PARAGRAPH, (Span(labelled.group("text"), blocks[0].style),), blocks[0].prov),
            *blocks[1:]]


# A level column's heading dating it before this meeting: "Level in July 2029", "Previous level", "Last rating".
_EARLIER = re.compile(r"\b(?:previous|prior|last|earlier|original|initial|before|(?:19|20)\d\d)\b", re.I)


# A column asking whether more assurance is sought beside the level: "Additional assurance needed?", "More
# reassurance required?" (schemas/vocab/assurance.json "table_headings": "further").
_FURTHER_SOUGHT_HEADING = re.compile(rf"\b(?:{alternatives(_HEADINGS['further'])})\s+(?:re)?assurance\b", re.I)


def _further_sought_column(table: Table, header: Header) -> Header:
    """``header`` with, where a column beside the decision's asks whether
    further assurance is sought and is answered Yes / No (or left blank or
    dashed), that column as "further": a Yes there makes an assured answer
    partial. One saying in words what more is sought is left to be the
    commentary (_second_view)."""
    if "decision" not in header.columns:
        return header
    heads = table.grid()[header.row]
    further = [col for col in range(len(heads)) if col not in header.columns.values()
               and _FURTHER_SOUGHT_HEADING.search(heads[col]) and _answers_only(table, header, col)]
    return Header(header.row, {**header.columns, "further": further[0]}) if len(further) == 1 else header


def _answers_only(table: Table, header: Header, col: int) -> bool:
    """Whether most written body cells of column ``col`` open with a Yes / No
    answer (_opening_answer; others maybe blank or dashed), not prose."""
    said = [text for cells in table.grid()[header.first_body_row:] if words(text := cells[col])]
    return 2 * sum(1 for text in said if _opening_answer(text)) > len(said)


# An answer's end before words of comment after it: "Yes – a breakdown by June.", "No. Nothing more sought."
_AFTER_ANSWER = re.compile(r"\s*[-\u2013\u2014:.;,]\s*")


def _opening_answer(text: str) -> tuple[str, str] | None:
    """(the answer as printed, the words after it) of a cell that is a Yes /
    No answer or opens with one before a dash, colon or stop; None else."""
    text = clean(text)
    cut = _AFTER_ANSWER.search(text)
    answer, rest = (text[:cut.start()], text[cut.end():]) if cut and cut.start() else (text, "")
    return (answer, rest.strip()) if words(answer) in answer_levels() else None


# A heading naming the assurance sought of the force, before its answer ("Assurance requested"), not the level given
# (schemas/vocab/assurance.json "table_headings": "sought").
_SOUGHT_HEADING = re.compile(rf"\b(?:{alternatives(_HEADINGS['sought'])})\b", re.I)


def _later_decisions(table: Table, header: Header, passed: re.Pattern[str]) -> list[int]:
    """Where the decision column's heading, matching ``passed``, names a
    level passed over (an earlier one, the one sought), the columns after
    it headed as a decision whose headings do not match ``passed``; []
    otherwise."""
    if "decision" not in header.columns:
        return []
    heads = table.grid()[header.row]
    decision = header.columns["decision"]
    if not passed.search(heads[decision]):
        return []
    return [col for col in range(decision + 1, len(heads)) if col not in header.columns.values()
            and header_matches(heads[col], _ROLES["decision"]) and not passed.search(heads[col])]


def _given_not_sought(table: Table, header: Header) -> Header:
    """``header`` with, where the decision column is headed as the assurance
    sought ("Assurance requested | Force reply | Assurance given"), the one
    column after it headed as a decision as the decision, the sought one as
    "sought" (no part of a decision)."""
    given = _later_decisions(table, header, _SOUGHT_HEADING)
    # the assurance sought keeps its column: neither the level nor the decider's comment
    return Header(header.row, {**header.columns, "decision": given[0], "sought": header.columns["decision"]}) \
        if len(given) == 1 else header


# A heading opening with another party that owns the opinion, not the decider's ("Internal audit opinion", "Force
# lead's level of assurance"; schemas/vocab/assurance.json "table_headings": "others"); a party the level is about
# ("Assurance in the force's response") owns nothing.
_OTHERS_HEADING = re.compile(rf"^(?!.*\b{DECIDER}\b)\s*(?:the\s+)?(?:{alternatives(_HEADINGS['others'])})\b", re.I)


def _deciders_not_others(table: Table, header: Header) -> Header:
    """``header`` with, where the decision column is headed as another
    party's opinion (an auditor's, the inspectorate's, the force's own), the
    one column after it headed as a decision and naming no other party as
    the decision; with no such column, no decision column: an assurance
    decision is the decider's, the other party's opinion no part of it."""
    decision = header.columns.get("decision")
    if decision is None or not _OTHERS_HEADING.match(table.grid()[header.row][decision]):
        return header
    own = _later_decisions(table, header, _OTHERS_HEADING)
    columns = {role: col for role, col in header.columns.items() if role != "decision"}
    return Header(header.row, {**columns, "others": decision, **({"decision": own[0]} if len(own) == 1 else {})})


# A heading naming a risk ("Risk", "Risk rating"), and the colours of a RAG rating
# (schemas/vocab/assurance.json "table_headings": "risk_colours").
_RISK_HEADING = re.compile(r"\brisks?\b", re.I)
_RAG_COLOUR = alternatives(_HEADINGS["risk_colours"])
_RAG_CELL = re.compile(rf"(?:{_RAG_COLOUR})(?:\s*[/-]\s*(?:{_RAG_COLOUR}))?", re.I)


def _not_the_risks(table: Table, header: Header, keyed: bool) -> Header:
    """``header`` without its decision column where that column rates a
    risk, not the decider's assurance: headed as the risk's ("Risk RAG",
    "Risk rating"), or as a RAG rating naming no assurance right after a
    column headed as the risk, its cells only colours ("Risk | RAG": High |
    Red, the colour grades the risk), unless the pack prints a key of its
    colours (``keyed``). A score or level word beside the risk is left as
    it reads."""
    decision = header.columns.get("decision")
    if decision is None or keyed:
        return header
    heads, body = table.grid()[header.row], range(header.first_body_row, table.n_rows)
    cells = [text for text in (clean(table.grid()[row][decision]) for row in body) if text]
    beside = decision > 0 and decision - 1 not in header.columns.values() \
        and bool(_RISK_HEADING.search(heads[decision - 1])) and bool(cells) \
        and all(_RAG_CELL.fullmatch(text) for text in cells)
    if _asks_assurance(heads[decision]) or not (_RISK_HEADING.search(heads[decision]) or beside):
        return header
    return Header(header.row, {role: col for role, col in header.columns.items() if role != "decision"})


def _level_now(table: Table, header: Header) -> Header:
    """``header`` with, where a revisited question's earlier level is printed
    beside its level now ("Level in July 2029 | Level now", "Previous level |
    Current level"), the column of the level now as the decision: the first
    column headed as a decision after the earlier one whose heading dates it
    no earlier."""
    now = _later_decisions(table, header, _EARLIER)
    return Header(header.row, {**header.columns, "decision": now[0]}) if now else header


# A heading naming the decision taken, not a view or assessment put to the decider ("PCC decision").
_DECIDED = re.compile(r"\b(?:decision|decided)\b", re.I)


def _deciders_column(table: Table, header: Header) -> Header:
    """``header`` with, where the decision column is an assessment put to the
    decider ("OPCC assessment") and the one column after it headed as the
    decider's decision ("PCC decision") agrees with it in some rows
    ("Agreed") and may give a level of its own in others, that column as the
    decision and the assessment as "recommended", the level a row agreeing
    with it takes (_questions)."""
    if "decision" not in header.columns:
        return header
    grid, body = table.grid(), range(header.first_body_row, table.n_rows)
    decision = header.columns["decision"]
    if _DECIDED.search(grid[header.row][decision]):
        return header
    decided = [col for col in range(decision + 1, table.n_cols) if col not in header.columns.values()
               and header_matches(grid[header.row][col], _ROLES["decision"]) and _DECIDED.search(grid[header.row][col])
               and any(agrees(grid[row][col]) for row in body)]
    return Header(header.row, {**header.columns, "decision": decided[0], "recommended": decision}) \
        if len(decided) == 1 else header


def _second_view(table: Table, header: Header, colours: dict[str, str], side: str | None) -> Header:
    """``header`` with, where it has no commentary column, the one other
    column headed as a decision ("Level of comfort | Commissioner's view")
    whose cells are sentences, no levels, as the commentary: the decision is
    the first."""
    if "decision" not in header.columns or "commentary" in header.columns:
        return header
    grid, body = table.grid(), range(header.first_body_row, table.n_rows)
    views = [col for col in set(range(table.n_cols)) - set(header.columns.values())
             if header_matches(grid[header.row][col], _ROLES["decision"])
             and any(blocks and ((level := _level(blocks, colours, side=side)) is None or level[2])
                     for blocks in (_own_blocks(table, row, col) for row in body))]
    return Header(header.row, {**header.columns, "commentary": views[0]}) if len(views) == 1 else header


# An item's number typed before its title in a topic cell: "4. Youth justice" ("101 calls" keeps its figure).
_TYPED_ITEM_NUMBER = re.compile(r"^\d{1,3}[.)]\s+(?=\S)")


def _item_title(blocks: list[TextBlock]) -> str:
    """A theme row's or column's topic without the item label or number it
    opens with ("Item 4: Drug harm", "4. Drug harm" -> "Drug harm")."""
    text = _join(blocks)
    labelled = ITEM_LINE.match(text)
    return labelled.group("title") if labelled else _TYPED_ITEM_NUMBER.sub("", text)


def _asks_across(table: Table, row: int, columns: dict[str, int]) -> bool:
    """Whether ``row``'s question cell is merged across the decision column:
    the question alone, its answer and level in the row below."""
    cell = table.cell(row, columns["question"])
    decision = columns.get("decision")
    return cell is not None and cell.row == row and decision is not None \
        and cell.col <= decision < cell.col + cell.col_span


# A mark choosing a column: a tick, a cross, a dot or a "Yes".
_MARK = re.compile(rf"[{TICKS}{CROSSES}\u25cf\u25a0xX*]|yes|y", re.I)
# A cross glyph: beside a tick it strikes its column out ("\u2713 | \u2717 | \u2717"); alone it chooses nothing.
_CROSS_GLYPH = re.compile(rf"[{CROSSES}]")


def _level_columns(table: Table, first_row: int, colours: dict[str, str],
                   side: str | None) -> dict[int, tuple[str, str]]:
    """The columns headed each by a level ("Assured" | "Partially assured" |
    "Not assured", "Satisfied" | ..., a rating of the pack's key: a level
    of ``colours``, as under an assurance label), where a mark in a row's
    cell gives that row's level: column -> (level, as printed). Empty
    unless two or more are."""
    if not first_row:
        return {}
    header = [in_english(text, side) for text in table.grid()[first_row - 1]]  # "Bodlon / Satisfied" in English
    columns = {col: (found.level, found.printed) for col, text in enumerate(header)
               if (found := read_level(text, colours | answer_levels(), under_label=True)) and not found.remainder
               and found.how == "opening"}
    # "Yes" heads a level only on a scale of answers with a step between ("Yes | Partial | No"), not a yes-or-no
    # question's columns
    answers_only = {col for col, (_, printed) in columns.items()
                    if read_level(printed, colours, under_label=True) is None}
    if "Partly assured" not in {level for level, _ in columns.values()}:
        columns = {col: level for col, level in columns.items() if col not in answers_only}
    return columns if len(columns) >= 2 else {}


def _marked_level(table: Table, row: int, level_columns: dict[int, tuple[str, str]]) -> tuple[str, str] | None:
    """The level of the one level column whose cell in ``row`` holds only a
    mark, else of the one cell of them shaded where the others are not."""
    cells = {col: table.cell(row, col) for col in level_columns}
    marks = {col: text for col in level_columns
             if _MARK.fullmatch(text := clean(" ".join(b.text for b in _own_blocks(table, row, col))))}
    # a typed "X" alone chooses its column; a cross glyph only strikes out the columns beside a tick
    chosen = [col for col, text in marks.items()
              if not _CROSS_GLYPH.fullmatch(text) and not (text.lower() == "x" and len(marks) > 1)]
    marked = [level_columns[col] for col in chosen]
    shaded = [level for col, level in level_columns.items()
              if cells[col] is not None and cells[col].row == row and is_shaded(cells[col])]
    return marked[0] if len(marked) == 1 else shaded[0] if not marked and len(shaded) == 1 else None


def _number(blocks: list[TextBlock], reference: bool = False, side: str | None = None) -> str | None:
    """The number a cell's ``blocks`` start with, or that they hold alone
    ("1.", "Q1", "KLOE 1: How ...?");
    in a number column (``reference``), also a dotted number whole ("3.1")
    and a short reference of letters and digits ("PAC1", "KLOE 3"); in a
    bilingual pack (``side``), a number printed in both languages ("C1 / Q1")
    is read on its English side."""
    if not blocks:
        return None
    text = in_english(clean(blocks[0].text), side) if reference and len(blocks) == 1 else clean(blocks[0].text)
    number = leading_number(blocks[0])[0]
    alone = _BARE_NUMBER.fullmatch(text) or _LABELLED_NUMBER.match(text)
    if reference and len(blocks) == 1 and (dotted := DOTTED_NUMBER.fullmatch(text)):
        return dotted.group("number")  # "3.1": a sub-question of item 3, not question 3
    if number or alone:
        return number or alone.group("number")
    if reference and len(blocks) == 1 and _REFERENCE.fullmatch(text):
        return text
    return None


def _own_blocks(table: Table, row: int, col: int | None) -> list[TextBlock]:
    """The blocks of the cell starting at (row, col); a merged cell counts on
    its first row only, and is then inherited by the questions it covers,
    and in its first column only (a row merged across the table under a
    question is no decision cell's)."""
    if col is None:
        return []
    cell = table.cell(row, col)
    if cell is None or cell.row != row or cell.col != col:
        return []
    return [b for b in cell.blocks if b.text.strip() and not _placeholder(b.text)]


_PLACEHOLDERS = load_vocab("assurance.json")["template_placeholders"]
_PLACEHOLDER_PHRASES = frozenset(words(phrase) for phrase in _PLACEHOLDERS["phrases"])
# A template's bracketed instruction in place of the slot's value: "[Insert level]", "[Enter comment]".
_BRACKETED_PLACEHOLDER = re.compile(rf"\[\s*(?:{alternatives(_PLACEHOLDERS['bracketed_openings'])})\b[^\[\]]*\]", re.I)


def _placeholder(text: str) -> bool:
    """Whether a cell's line is only a Word template's placeholder for a
    slot nobody filled ("Choose an item.", "[Insert level]";
    schemas/vocab/assurance.json "template_placeholders"): a blank."""
    text = clean(text)
    return words(text) in _PLACEHOLDER_PHRASES or bool(_BRACKETED_PLACEHOLDER.fullmatch(text))


def _join(blocks: list[TextBlock], strip_number: bool = False) -> str:
    """Blocks one a line, except that a paragraph cut by a page break or a
    wrapped line (it ends mid-sentence and no list item follows) runs on."""
    out = ""
    for i, block in enumerate(blocks):
        text = strip_bullet(_unlabelled(leading_number(block)[1]) if i == 0 and strip_number else clean(block.text))
        if not text:
            continue
        cut = out and not re.search(r"[.:;?!]\s*$", out) and not block.marker
        out += (" " if cut else "\n" if out else "") + text
    return out


def _unlabelled(text: str) -> str:
    """A question without the label and number it starts with ("KLOE 1: How ...?" -> "How ...?")."""
    labelled = _LABELLED_NUMBER.match(text)
    return text[labelled.end():].lstrip() if labelled else text


def _level(blocks: list[TextBlock], colours: dict[str, str], answers: dict[str, str] | None = None,
           side: str | None = None) -> tuple[str, str, str] | None:
    """(level, as printed, commentary) of a decision cell: the first level a
    line of it sets apart (assurance_levels.read_level; the column is the
    level's label, so a rating colour or "Yes" is one), a line that only
    states the level outranking a statement inside commentary above it. The
    cell's other words are the commentary; a label on the line above the
    level is not. In a bilingual pack (``side``) a level printed in both
    languages ("Rhannol sicr / Partly assured") is read on its English side."""
    cell_words = {**colours, **(answers or {})}
    blocks = _options_rejoined(blocks)
    stated = [(i, found) for i, block in enumerate(blocks)
              if (found := _read_bilingual(block, cell_words, side))]
    if not stated:
        return None
    i, found = min(stated, key=lambda entry: bool(entry[1].remainder))
    if found.how == "opening" and _options_only(blocks):
        return None
    label_above = i > 0 and LABEL_ONLY.match(_INSTRUCTION.sub("", clean(blocks[i - 1].text)))  # "Level (tick one):"
    rest = [TextBlock(BlockKind.PARAGRAPH, (Span(found.remainder, block.style),), block.prov) if j == i else block
            for j, block in enumerate(blocks) if not (label_above and j == i - 1)]
    return found.level, found.printed, _join([b for b in rest if b.text.strip()])


# A flag saying whether the question comes back ("Further scrutiny: Yes", "Further scrutiny required: No –
# return in November"): neither the level nor commentary.
_SCRUTINY_FLAG = re.compile(r"\s*further\s+scrutiny(?:\s+(?:required|needed))?\s*[:?]\s*(?:yes|no)\b", re.I)


def _labelled_values(blocks: list[TextBlock], colours: dict[str, str]) -> list[TextBlock]:
    """A decision cell's lines, a line that gives the level as a value under
    a label of the decision's ("Score: 4", "Grade: B") reduced to the value,
    where only the pack's key makes it a level, a comment under the
    decider's comment label ("Comment: Noted the rise.") to the comment, and
    a further-scrutiny flag left out. A table nested in the cell whose rows
    each pair a label with its value ("Level | Assured" over "Comment |
    Noted the rise.") is read as those labelled lines."""
    kept: list[TextBlock] = []
    for block in (_nested_label_line(block, colours) for block in blocks):
        text = clean(block.text)
        if (comment := STATEMENT_LINE.match(text)) and comment.group("text").strip() \
                and read_level(comment.group("text"), colours, under_label=True) is None:
            kept.append(TextBlock(BlockKind.PARAGRAPH, (Span(comment.group("text").strip(), block.style),), block.prov))
            continue
        labelled = _LINE_LABEL.match(text)
        value = labelled.group("text").strip() if labelled else ""
        if _SCRUTINY_FLAG.match(text):
            continue
        if labelled and _label_role(labelled.group("label")) == "decision" and read_level(text, colours) is None \
                and (found := read_level(value, colours, under_label=True)) and not found.remainder:
            block = TextBlock(BlockKind.PARAGRAPH, (Span(value, block.style),), block.prov)
        kept.append(block)
    return kept


def _nested_label_line(block: TextBlock, colours: dict[str, str]) -> TextBlock:
    """A decision cell's line, where it is a nested table's row of two cells
    pairing a label of the decision or its comment with a value ("Level |
    Assured", "Comment | Noted the rise."), as the labelled line "Level:
    Assured"; a level only where the label takes it (label_takes: "Rating |
    High" grades something else unless the pack keys it); a row whose first
    cell is itself a level ("Assured | \u2610", a scale of tick boxes) or
    names another thing ("Risk | High") as it is. A level withheld ("Level |
    To be confirmed") is labelled too: no comment."""
    cells = _cells_of_line(block) if block.prov.locator and _NESTED_ROW.fullmatch(block.prov.locator) else []
    if len(cells) != 2:
        return block
    label, value = ("".join(span.text for span in spans).strip() for spans in cells)
    role = _label_role(label) if value and read_level(label) is None else None
    level = read_level(value, colours, under_label=True) if role == "decision" else None
    # a level withheld under its label ("Level | To be confirmed") is the level's, as "Level: To be confirmed" is
    if role == "commentary" or (level and label_takes(label, level.printed, colours)) \
            or (role == "decision" and defers_level(value)):
        return TextBlock(BlockKind.PARAGRAPH, (Span(f"{label}: {value}", block.style),), block.prov)
    return block


_LIST_END = re.compile(rf"{OPTION_SEPARATOR}\s*$", re.I)
_LIST_START = re.compile(rf"^\s*{OPTION_SEPARATOR}", re.I)


def _options_rejoined(blocks: list[TextBlock]) -> list[TextBlock]:
    """A decision cell's lines, a printed list of the scale's options one
    line: a line of options only, ending with a separator or followed by a
    line opening with one ("Assured · Partly assured ·" over "[Not
    assured]", which a PDF reads as a line of its own in bold), runs on into
    the next, and so do options a line each beside their tick boxes
    ("Assured ☐" over "Partly assured ☒", or a nested table's "Assured |
    ☐" rows); a list of boxed options is then printed with each box before
    its option, as assurance_levels.read_level reads a scale of boxes. So
    the option set apart or ticked is read among the others, the others are
    no commentary, and a level beside an empty box is never the level."""
    out: list[TextBlock] = []
    for block in blocks:
        last = out[-1] if out else None
        if last is not None and ((_LIST_END.search(last.text) or _LIST_START.match(block.text))
                                 and _levels_only(last.text) and _levels_only(block.text)
                                 or _boxed_options(last.text) and _boxed_options(block.text)):
            out[-1] = replace(last, spans=(*last.spans, Span(" ", last.spans[-1].style), *block.spans))
        else:
            out.append(block)
    return [TextBlock(BlockKind.PARAGRAPH, (Span(" ".join(f"{box} {option}" for option, box in boxed),
                                                 block.spans[0].style),), block.prov)
            if len(boxed := _boxed_options(block.text) or ()) >= 2 else block for block in out]


def _form_line(block: TextBlock) -> bool:
    """Whether a decision cell's line is the form's, no comment: the
    scale's options printed unmarked, a scale of tick boxes, or a level's
    label alone ("Level (tick one):")."""
    text = clean(block.text)
    return _unmarked_scale([block]) or _boxed_options(text) is not None \
        or bool(LABEL_ONLY.match(_INSTRUCTION.sub("", text)))


_BOX_SPLIT = re.compile(rf"({BOX.pattern})", re.I)


def _boxed_options(text: str) -> list[tuple[str, str]] | None:
    """(option, box) of a line printing only the scale's options, each with
    one tick box before or after it ("☐ Assured ☒ Partly assured", "Assured
    ☐ / Partly assured ☒", "Assured | ☐"), maybe after a level's label
    ("Level (tick one): Assured ☐", a PDF's line); None for any other line."""
    text = clean(text)
    labelled = _LINE_LABEL.match(text)
    if labelled and LABEL_ONLY.match(_INSTRUCTION.sub("", f"{labelled.group('label')}:")):
        text = labelled.group("text")
    pieces = _BOX_SPLIT.split(text)
    texts = [_LIST_END.sub("", _LIST_START.sub("", piece)).strip() for piece in pieces[0::2]]
    boxes = pieces[1::2]
    if not boxes or (texts[0] == "") == (texts[-1] == ""):  # a box on one side of every option, never both
        return None
    options = texts[:-1] if texts[0] else texts[1:]
    return list(zip(options, boxes)) if all(_levels_only(option) and option for option in options) else None


def _levels_only(text: str) -> bool:
    """Whether ``text`` holds only levels between option separators (one
    left dangling at either end, as a wrapped list leaves it)."""
    options = _OPTIONS_SPLIT.split(_LIST_END.sub("", _LIST_START.sub("", clean(text))))
    return all((found := read_level(option)) and not found.remainder for option in options)


def _options_only(blocks: list[TextBlock]) -> bool:
    """Whether a decision cell prints only the scale's options, two levels
    or more with no mark setting one apart (a form whose tick boxes a PDF
    drew as shapes, not characters): it decides nothing. Words struck
    through are deleted options."""
    text = " ".join("".join(span.text for span in block.spans if not span.style.strike) for block in blocks)
    phrases = level_phrases(text)
    rest = "".join(text[start:end] for start, end in zip([0, *(end for _, end, _ in phrases)],
                                                         [*(start for start, _, _ in phrases), len(text)]))
    return len({level for _, _, level in phrases}) >= 2 and not re.sub(rf"{OPTION_SEPARATOR}|[\W_]", "", rest, flags=re.I)


# A note under a level pointing elsewhere ("see action 3", "refer to minute 4"), which a PDF's cell may run on
# after the level as one line with no stop ("Partly assured see action 3").
_POINTER = re.compile(rf"\s+(?={POINTER.pattern})", re.I)


def _read_bilingual(block: TextBlock, cell_words: dict[str, str], side: str | None) -> StatedLevel | None:
    """The level a decision cell's line states, on its English side where it
    is printed in two languages; a level with a pointer run on after it
    ("Partly assured see action 3") is that level, the pointer its remark."""
    english = in_english(block.text, side)
    found = read_level(english, cell_words, block.spans if english == block.text else (), under_label=True)
    pointer = _POINTER.search(english) if found is None else None
    if pointer is None:
        return found
    level = read_level(english[:pointer.start()], cell_words, under_label=True)
    return replace(level, remainder=english[pointer.end():]) if level and not level.remainder else None


# The lightness a grey shading lies between: darker is black, paler is white (as extractors/colours.py names them).
_DARKEST_GREY, _PALEST_GREY = 0.12, 0.93


def _grey(fill: str | None) -> bool:
    """Whether ``fill`` is a grey shading: no colour a reader names, and neither near-white nor near-black."""
    values = rgb(fill)
    return values is not None and colour_name(fill) is None and _DARKEST_GREY < hls(values)[1] < _PALEST_GREY


def _shaded_level(fill: str | None, colours: dict[str, str],
                  blocks: list[TextBlock]) -> tuple[str, str, str] | None:
    """(level, colour, commentary) of a decision cell whose level is only its
    shading, read against the pack's colour key; its text, if any, is the
    commentary."""
    name = colour_name(fill)
    if name is None or name not in colours:
        return None
    return colours[name], name.capitalize(), _join(blocks)


def _theme(blocks: list[TextBlock]) -> tuple[str | None, list[TextBlock]]:
    """A question cell's theme line, where the cell opens with a short bold
    line above the question ("Roads policing" / "How is the force ...?"),
    and the question's own blocks; a line that is only the question's
    number ("KLOE 1") is neither."""
    if len(blocks) >= 2:
        first = clean(blocks[0].text)
        if _BARE_NUMBER.fullmatch(first):
            return None, blocks[1:]
        if blocks[0].is_bold and len(first.split()) <= 8 and not first.endswith("?") \
                and not blocks[1].is_bold and not leading_number(blocks[0])[0]:
            return first.rstrip(" :"), blocks[1:]
    return None, blocks
