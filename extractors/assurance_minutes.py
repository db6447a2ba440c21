"""Assurance decisions minuted as paragraphs: a level line ("Assurance
level: Limited", "Partly assured. The PCC asked ...") or a sentence stating
the decision-maker's level ("The Commissioner was not assured that ...")
closes the item it ends, as does a box after the answer labelled as the
decision ("PCC assessment" over "Partial assurance. ...") or a scale of
options a cell each, the chosen one shaded or bold; a slot that defers the
level ("Assurance level: Deferred – ...") closes it with no level; a level given
with a labelled question ("Question 2 – Partly Assured", or the line under
"Q1. ...?") decides the lines below it; a level given once for a whole
meeting decides each labelled question of it, and a sentence giving levels
by question number ("assured on questions 1 and 3 and partially assured on
question 2") each question it names. A question is labelled ("Question 1:",
after any minute number "5.2") or numbered and set apart ("1. ...?" in bold
or as a heading). Items run from their heading: a heading, a numbered title
in bold ("3. Victims and witnesses") or an "Item 3: ..." line; the notes'
own heading is no item. A box of the notes' lines closing an item
("Decisions and actions" over "Q1 – Assured. ...") is read as its lines; a
line led by a level naming questions by number ("Assured: questions 1 and
3. ...") decides them, asked in paragraphs or in a table that asks and
answers with no level. A transcript's turns ("[00:03:05] MAYOR: Question
one. ...?") put questions, answer them and decide them (transcript_decisions).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import takewhile

from extractors.assurance_levels import (DECIDER, LABEL_ONLY, NAMED_QUESTIONS, RAG_LEVELS, STATEMENT_LINE,
                                         AnsweredQuestion, Decision, StatedLevel, chosen_option, decider_said,
                                         defers_level, in_first_person, is_item_heading, item_heading, level_phrases,
                                         listed_after_lead_in, label_takes, named_numbers, question_number,
                                         names_assurance, prints_colour_key, read_level, scale_key_lines,
                                         seeks_no_level, unnamed_label, withheld_level)
from extractors.assurance_tables import asked_rows, numbered_entry, numbered_level, numbered_summary
from extractors.meetings import (ANSWER_GIVER, ANSWER_LABEL, MINUTED_NUMBER, is_aside, is_standing_business,
                                meeting_at, mentions, minute_paragraphs, notes_meeting_at)
from extractors.tables import (ACTION_LINE, MinuteRow, action_line_at, box_lines, in_english, join_continued_rows,
                               minute_rows, words)
from extractors.text import clean
from pipeline.layout import Block, BlockKind, LayoutDocument, Span, Table, TextBlock

# The numbers a question may be given in words, spoken or written out ("Question one."), as figures.
_SPOKEN_NUMBERS = {word: str(n) for n, word in enumerate(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"), start=1)}
_SPOKEN = "|".join(_SPOKEN_NUMBERS)
# A labelled question: "Q1.", "Question 2:", a line of enquiry "LoE 1:", "KLOE 3:"; who asked it may stand in
# brackets after the label ("Question 1 (Chief Executive): ..."), no part of the question, or before it as one
# word ("PCC question 1: ...").
_QUESTION_LINE = re.compile(r"^\s*(?:[A-Z][\w'\u2019]{1,14}\s+(?=question))?"
                            r"(?:q|question|k?loe|(?:key\s+)?line\s+of\s+enquiry)\s*"
                            # a number in words only before a stop: "Question one. How ...?", not "Question one of"
                            rf"(?P<number>\d{{1,3}}[a-z]?|(?:{_SPOKEN})(?=\s*[.:)\-\u2013]))"
                            r"(?:\s*\([^()]{2,60}\)(?=\s*[.:\-\u2013]))?"
                            r"\s*[.:)\-\u2013]?\s+(?P<text>\S.*)$", re.I | re.S)
# A quarter's name opening a title ("Q1 Performance oversight", "Q4 Finance outturn"): no question's label, which
# a question mark or a stop after the number would make it.
_QUARTER = re.compile(r"^\s*q[1-4]\s+(?![^?]*\?\s*$)", re.I)
# An answer's label, maybe naming who gave it ("Chief Constable's response:", "Force response:", "MPS response:").
_EVIDENCE_LABEL = re.compile(rf"^\s*(?:{ANSWER_GIVER}|[\w.]{{2,20}}\s+)?(?:response|evidence|answer|summary)\s*:\s*",
                             re.I)
# Where one sentence of a minute ends and the next opens, with a capital.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


# A request for assurance, which a "reassured" sentence answers; without one,
# "The Commissioner was reassured by ... but asked ..." is a remark, no decision.
_ASSURANCE_SOUGHT = re.compile(r"\b(?:s(?:ought|eeks?|eeking)|requires?|required|asked\s+for|requested)\s+"
                               r"(?:(?:further|some|the)\s+)?assurance\b|\bassurance\s+(?:was\s+)?sought\b", re.I)
# A label before the question itself: "Question:", "Cwestiwn / Question:", "The PCC asked:",
# "Key line of enquiry:", "KLOE 2:".
_QUESTION_LABEL = re.compile(r"^[^:?]{0,60}\b(?:question|asked|enquiry|kloe(?:\s*\d{1,2})?)\s*:\s*", re.I)


# What closes a level's label alone on its line: "Assurance statement:", "Outcome \u2013".
_LABEL_END = " :-\u2013"


# A letter's salutation to the decider ("Dear Commissioner,"): the letter is another's, its "I am assured" no decision.
_TO_THE_DECIDER = re.compile(rf"^\s*dear\s+{DECIDER}\b[^.;:]{{0,40}}[,:]?\s*$", re.I)


def _decision_line(block: TextBlock, colours: dict[str, str],
                   body: list[TextBlock] | None = None) -> StatedLevel | None:
    """The level a paragraph sets apart (assurance_levels.read_level), where
    it decides the item it ends. "Reassured" in a sentence decides only an
    item whose ``body`` asked for assurance; without one, "The Commissioner
    was reassured by ... but asked ..." is a remark. A sentence in a letter
    ``body`` opens to the decider ("Dear Commissioner,") is its writer's,
    no decision. A paragraph under a level's label alone on the line above
    ("Assurance statement:") is read as what the label gives; a level alone
    under a bare label that does not take it (assurance_levels.label_takes:
    "Rating:" or "Risk:" over "High") is none."""
    found = read_level(block.text, colours, block.spans)
    label = clean(body[-1].text) if body else ""
    if found is None and LABEL_ONLY.match(label):
        found = read_level(f"{label.rstrip(_LABEL_END)}: {clean(block.text)}", colours)
    elif found and found.how == "opening" and label.endswith(":") and is_label(label) \
            and not STATEMENT_LINE.match(label) and not label_takes(label, found.printed, colours):
        return None
    if found and found.how == "decider":
        above = [clean(b.text) for b in body or []]
        if "reassured" in found.printed.lower() and not any(_ASSURANCE_SOUGHT.search(text) for text in above):
            return None
        if any(_TO_THE_DECIDER.match(text) for text in above):
            return None
    return found


@dataclass(frozen=True, slots=True)
class ParagraphDecision:
    block_index: int  # of the level line, or of the question a meeting's summary decides
    page: int | None
    number: str | None
    topic: str | None
    question: str
    evidence: str
    assurance: str | None  # None where the decision slot defers the level
    assurance_raw: str
    commentary: str
    row: int | None = None  # of a question asked in a table's row, the table at block_index


# A line labelled as a risk: "Risk: High", "Risk level: Medium", "Residual risk: Low".
_RISK_LABEL = re.compile(r"^\s*(?:[\w'\u2019]+\s+){0,2}risks?\b[^:]{0,30}:", re.I)

# A heading or label that gives one level for the whole meeting ("Summary of
# assurance", "Overall assurance", "Assurance conclusion").
_SUMMARY = re.compile(r"^\W*(?:\d{1,2}[.)]?\s+)?(?:(?:summary|overall|conclusion)\b[\w\s]{0,12}\bassurance|"
                      r"assurance\s+(?:summary|conclusion|overall))\b\s*[:.\-\u2013]?\s*(?P<rest>.*)$", re.I | re.S)

# A bare "RESOLVED –" (or one leading into them: "RESOLVED – That the Mayor's assurance be recorded as follows:")
# over the resolutions numbered under it, which may record the decider's level on each question by number ("(i)
# that, on question 1, the Commissioner be recorded as assured;"): read as a summary, no part of an answer.
_RESOLVED = re.compile(r"\W*resolved\s*[:.\-\u2013\u2014]?\s*(?:that\b[^.:]*:\s*)?", re.I)

# A heading naming only an item's outcome: "Decisions and actions", "Outcome", "Decision".
_OUTCOME_HEADING = re.compile(r"\W*(?:(?:decisions?|actions?(?:\s+agreed)?|outcomes?|and|&)\W*)+", re.I)

# A question under a bare label of its own, no sentence of the minute's prose: "Question: ...?", "Key line of
# enquiry: ...?".
_BARE_LABEL_QUESTION = re.compile(r"^\s*(?:question|(?:key\s+)?line\s+of\s+enquiry|k?loe)\s*:", re.I)

# A question's bare label as a heading of its own, the question on the line below ("Question 2", "Line of
# enquiry 1", a card's "Question card 3").
_BARE_QUESTION_LABEL = re.compile(r"^\s*(?:q|question(?:\s+card)?|k?loe|(?:key\s+)?line\s+of\s+enquiry)\s*"
                                  r"(?P<number>\d{1,3}[a-z]?)"
                                  r"\s*[.:]?\s*$", re.I)


# A label answered yes or no, maybe with a word on what follows ("Further scrutiny required: Yes – return in
# November", "Return to Board? No"): a flag of the item, neither its level, its answer nor the decider's comment.
_FLAG_LINE = re.compile(r"^(?P<label>[^:?]{3,50})[:?]\s*(?:yes|no)\b\s*(?:[-\u2013\u2014,.;]\s*[^.;]{0,60}\.?)?$", re.I)


def _flag_line(block: Block, colours: dict[str, str]) -> bool:
    """A card's or a form's yes/no flag line (_FLAG_LINE) that states no
    level (a label naming assurance makes yes or no a level: "Question 1 –
    Assurance: Yes") and labels no answer, question or comment ("Response:
    No, ..." is an answer), whatever the backend makes of it (a short bold
    line may read as a heading)."""
    if not isinstance(block, TextBlock) or _question_of(block):
        return False
    text = MINUTED_NUMBER.sub("", clean(block.text))
    flag = _FLAG_LINE.match(text)
    return bool(flag) and not names_assurance(flag.group("label")) and not read_level(text, colours) and not any(
        pattern.match(f"{flag.group('label')}:") for pattern in (_EVIDENCE_LABEL, _QUESTION_LABEL, STATEMENT_LINE,
                                                                 ANSWER_LABEL))


@dataclass(slots=True)
class _Asked:
    """A labelled question no level line has closed yet ("Question 1: ...?",
    "PCC question: ...?"), with the paragraphs answering it."""

    index: int
    block: TextBlock
    heading: TextBlock | None
    evidence: list[TextBlock] = field(default_factory=list)
    number: str | None = None  # of a bare label over the question, which a summary table may decide by
    row: int | None = None  # of a question asked in a table's row, the table at ``index``


def paragraph_decisions(doc: LayoutDocument, colours: dict[str, str], side: str | None = None,
                        minutes: bool = False) -> list[ParagraphDecision]:
    """Decisions minuted as paragraphs: each level line closes the item it
    ends, which runs from the item's heading (or the level line before it).
    The item's question is its "Q1." line, else its line ending in "?", else
    its first paragraph (the Commissioner's requirement); the rest, bar
    action lines and bare labels ("Chief Constable's response:"), is the
    evidence; an "Assurance statement:" and the words after the level are the
    commentary. A sentence that states the decision-maker's level ("The
    Commissioner was partially assured that ...", "RESOLVED: The PCC
    confirmed he was assured ...") is a level line too, and its own
    commentary where it says more than the level (else the sentences after
    it are). A level given once for the whole meeting (a "Summary of
    assurance" heading or label) decides each labelled question of that
    meeting that no level line closed, with the summary as commentary.
    Questions listed before the discussion (a numbered list, "1. How ...?")
    are decided in their order by the paragraphs after them that each close
    an answer with the decider's sentence. ``side`` is the English side of a bilingual pack's headings (see
    tables.english_side); ``minutes`` says the blocks are a meeting's minutes whatever they print (a minutes
    table's notes)."""
    if side:
        doc = replace(doc, blocks=tuple(_english_labelled(block, side) for block in doc.blocks))
    found: list[ParagraphDecision] = []
    heading: TextBlock | None = None
    item: TextBlock | None = None  # the heading over a run of bare "Question N" labels: the item they ask under
    body: list[TextBlock] = []
    asked: list[_Asked] = []
    in_summary = False
    under_outcome = False  # under a heading naming only the item's outcome: its lines answer no question
    labelled: list[_Asked] = []  # questions under a bare "Question N" label, for a summary table to decide
    every_asked: list[_Asked] = []  # every question asked, decided or not: a front summary's numbers must be theirs
    commentary_of: dict[int, int] = {}  # a bare level line's index -> the commentary paragraph after it
    scale_key = scale_key_lines(doc.blocks)
    keyed = prints_colour_key(doc)
    decided_through = -1  # the last block of an item whose level came first
    listed: list[TextBlock] = []  # questions listed before the discussion, each still awaiting its paragraph
    ahead: list[tuple[int, dict[str, tuple[str, str, str]]]] = []  # summaries by number that preceded every question
    tabled: dict[str, _Asked] = {}  # questions asked by number in a table with no level, for level-led lines to decide
    for index, block in enumerate(doc.blocks):
        if isinstance(block, Table):
            box = _box_line(block, colours)
            if box is None:  # a table giving levels by number alone decides the questions asked under them
                tabled |= {question.number: question for question in _asked_in_table(block, index, heading)}
                levels = numbered_summary(block, colours)
                undecided = {**_by_their_numbers(asked), **{q.number: q for q in labelled}}
                decided = _summarised(doc, index, [(question, *levels[number]) for number, question
                                                   in undecided.items() if number in levels], side)
                if levels and not decided:  # a summary at the front: the questions it decides are asked below it
                    ahead.append((index, levels))
                found += decided
                done = {d.block_index for d in decided}
                asked, labelled = ([q for q in questions if q.index not in done] for questions in (asked, labelled))
                body = []
                continue
            block = box
        text = clean(block.text)
        if index in commentary_of.values() or index <= decided_through or _flag_line(block, colours):
            continue
        heads = is_item_heading(block) and not is_label(text) and not _question_of(block) \
            and not _under_label(doc, index) and not listed_after_lead_in(doc, index)
        # a heading naming only the item's outcome ("Decisions and actions": a box's title, the box maybe lost by
        # the layout) while the item's question awaits its level: the item goes on under it
        if heads and _asks(body) and _OUTCOME_HEADING.fullmatch(text):
            under_outcome = True
            continue
        # a heading naming a level over the questions it decides, though it reads as the decider's sentence ("The
        # Commissioner is assured"), where no question above still awaits its level: the item is still the heading
        # before it
        if heads and not _asks(body) and (grouped := _grouped_under_level(doc, index, heading, colours, side)):
            found += grouped[0]
            decided_through, body = grouped[1], []
            continue
        # a question set as a bold heading ("Question 1: ...?") is the item's question, not a new item
        if heads and not _decision_line(block, colours) and not withheld_level(text):
            if question := _under_bare_label(doc, index, item):
                labelled.append(question)
                every_asked.append(question)
            # a meeting's own heading (its notes', or a dated summary's) opens the meeting, no item: its words are
            # the meeting's, no topic
            opens_meeting = any(mention.block_index == index for mention in mentions(doc))
            heading, body, listed, under_outcome = (None if opens_meeting else block), [], [], False
            if not _BARE_QUESTION_LABEL.match(text):
                item = heading
            in_summary = bool(_SUMMARY.match(text) or _RESOLVED.fullmatch(text))
            continue
        summary = _SUMMARY.match(text)
        stated = summary.group("rest") if summary and summary.group("rest") else text
        # one sentence giving the questions their levels by number decides each question it names
        undecided = _by_their_numbers(asked)
        if named := _named_after_level(block, colours, {**tabled, **undecided}):
            found += _summarised(doc, index, named, side)
            done = {id(question) for question, *_ in named}
            asked = [q for q in asked if id(q) not in done]
            tabled = {number: q for number, q in tabled.items() if id(q) not in done}
            body = []
            continue
        if decided := _decided_apart(doc, index, colours, undecided, side):
            found += decided
            asked = [q for q in asked if q.index not in {d.block_index for d in decided}]
            body = []
            continue
        in_a_summary = in_summary or bool(summary)
        by_number = _by_number(doc, index, stated, list(undecided), in_a_summary) \
            if undecided and (in_a_summary or _decision_line(block, colours, body)) else None
        levels, remarks, remarks_through = by_number or ({}, {}, index)
        decided = _summarised(doc, index, [(question, *levels[number], " ".join(remarks.get(number, [])))
                                           for number, question in undecided.items() if number in levels],
                              side) if levels else []
        if decided:  # questions of another meeting's notes are not this sentence's
            found += decided
            asked = [q for q in asked if q.index not in {d.block_index for d in decided}]
            body, decided_through = [], remarks_through
            continue
        if asked and (in_summary or (summary and summary.group("rest"))):
            level = read_level(stated)
            decided = (_summarised(doc, index, [(question, level.level, level.printed, stated) for question in asked],
                                   side) if level else [])
            if decided:
                found += decided
                asked = []
                continue
        # a summary closing the item may give every question its level by reference only ("high confidence in
        # the answers on risk assessment (Q1) ..."), in the words of the pack's key: it speaks for them all at once
        summed = _levels_in_summary(text, [q for q in asked if q.heading is heading], colours) \
            if asked and not _question_of(block) and _decision_line(block, colours, body) is None else {}
        if summed:
            decided = _summarised(doc, index, [(q, *summed[q.number], "") for q in asked if q.number in summed], side)
            found += decided
            asked = [q for q in asked if q.index not in {d.block_index for d in decided}]
            body = []
            continue
        first = _level_first(doc, index, colours, scale_key) if _question_of(block) else None
        if first:
            level, printed, question_at, answer = first
            decided_through = max(question_at, answer.stop - 1)
            found.append(_item_decision(doc, heading, level, printed, question_at, answer, side))
            body = []
            continue
        # a question put for information closes with no decision; the questions before it still await theirs (a
        # summary closing the item may give them)
        if seeks_no_level(text) and _asks(body):
            last = max(at for at, b in enumerate(body) if _asks([b]))
            closed = {id(b) for b in body[last:]}
            asked = [a for a in asked if id(a.block) not in closed]
            labelled = [q for q in labelled if id(q.block) not in closed]
            body = body[:last]
            continue
        level_line = _decision_line(block, colours, body) if index not in scale_key else None
        # the decider's own words in the first person ("I am assured that the expenditure ...") on a form's fields
        # ("Title: ...", "Decision: Approved.", "Declaration: I am assured ..."), no question put, are a decision
        # notice's declaration, and in the record of no meeting (a report's foreword) the writer's view: no scrutiny
        # decision; in a meeting's notes they decide the item as the third person does
        if level_line and level_line.how == "decider" and not (_asks(body) or asked or labelled or tabled) \
                and in_first_person(MINUTED_NUMBER.sub("", text)) \
                and (_field_line(text) or (body and all(_field_line(clean(b.text)) for b in body))
                     or not (minutes or meeting_at(doc, index))):
            level_line = None
        # a RAG colour under a label naming no assurance right under a line labelled as a risk ("Risk: High" over
        # "Rating: Red") rates that risk, as a RAG column right after a "Risk" column does: no level unless the pack
        # keys its colours
        if level_line and level_line.level and unnamed_label(text) and body and not keyed \
                and _RISK_LABEL.match(clean(body[-1].text)) \
                and all(colour in RAG_LEVELS for colour in words(level_line.printed).split()):
            level_line = None
        # a label naming no assurance over words that grant none ("Rating: Good") decides only an item that put a
        # question: a performance paper's or a contract review's rating is no decider's level
        if level_line and not (_asks(body) or asked or labelled) and unnamed_label(text) \
                and not names_assurance(level_line.printed):
            level_line = None
        # a question's decision slot that gives no level ("Assurance level: Deferred – ...") still decides it
        deferred = (withheld_level(text) or _bracketed_deferral(text)) if level_line is None and _asks(body) else None
        if level_line is None and deferred is None:
            body.append(block)
            if question := _question_of(block):
                # a numbered question opens one of its own: one before it still awaiting its level keeps waiting (a
                # summary may give it), and the level line after this one is this one's, not the first's; the lines
                # before the first (a letter's salutation) still stand over it
                first = next((at for at, b in enumerate(body[:-1]) if (put := _question_of(b)) and put.number), None)
                if question.number and first is not None:
                    body = [*body[:first], block]
                asked.append(_Asked(index, block, heading, number=question.number))
                every_asked.append(asked[-1])
            # an action minuted after the answer is no part of it, nor is the scale's key printed below it, nor
            # what an "Actions" heading lists
            elif asked and asked[-1].heading is heading and not is_label(text) and not ACTION_LINE.match(text) \
                    and index not in scale_key and not _RESOLVED.fullmatch(text) and not under_outcome:
                asked[-1].evidence.append(block)
            continue
        level, printed, after = (level_line.level, level_line.printed, level_line.remainder) if level_line \
            else (None, *deferred)
        said = decider_said(MINUTED_NUMBER.sub("", text)) if level_line and level_line.how == "decider" else None
        if said and (decision := _asked_and_decided(doc, index, heading, level_line, said, side)):
            found.append(decision)
            body = []
            continue
        listed = (_listed_questions(body) or listed) if said else []
        if said and listed and not any(_question_of(b) for b in body):
            found.append(_listed_decision(doc, index, listed.pop(0), heading, level, printed, said, side))
            body = []
            continue
        # the words after a deferred level finish the deferral ("Deferred to the next meeting"): a comment below
        # it is the commentary
        following = _commentary_after(doc, index, colours) if not after or level_line is None else None
        if following is not None:
            commentary_of[index] = following
            after = _commentary_text(doc.blocks[following])
        decision = _paragraph_decision(doc, index, heading, item, body, level, printed, after, side=side)
        if decision:
            found.append(decision)
        closed = {id(b) for b in body}
        asked = [a for a in asked if id(a.block) not in closed]
        labelled = [q for q in labelled if id(q.block) not in closed]
        body = []
    return found + _decided_ahead(doc, ahead, every_asked, asked, side)


def _decided_ahead(doc: LayoutDocument, summaries: list[tuple[int, dict[str, tuple[str, str, str]]]],
                   every_asked: list[_Asked], undecided: list[_Asked], side: str | None) -> list[ParagraphDecision]:
    """The decisions a summary by number printed ahead of the notes gives
    ("At a glance": No. | Subject | Assurance) to the labelled questions
    asked below it that nothing else decided: each question by its number,
    where all the questions asked after the summary (decided or not) number
    themselves once each, the summary gives every one of them a level and
    every undecided one has an answer (so a summary of another series, or
    questions set for a later meeting, decide nothing)."""
    found: list[ParagraphDecision] = []
    for at, (index, levels) in enumerate(summaries):
        until = summaries[at + 1][0] if at + 1 < len(summaries) else len(doc.blocks)
        numbers = [q.number for q in every_asked if index < q.index < until]
        below = [q for q in undecided if index < q.index < until]
        if below and len(set(numbers)) == len(numbers) and all(number in levels for number in numbers) \
                and all(q.evidence for q in below):
            # the summary sits ahead of the notes' heading, in no meeting of theirs: each question is decided where
            # it is asked
            found += [decision for q in below for decision in _summarised(doc, q.index, [(q, *levels[q.number])], side)]
    return found


# A line under a label of its own: "Lefel sicrwydd / Assurance level: Sicr / Assured".
_LABELLED_LINE = re.compile(r"^(?P<label>[^:]{2,60}?)\s*:\s*(?P<value>\S.*)$", re.S)
_SHORT_VALUE = 60  # the longest value read as printed in both languages (a level, a name), not a sentence


def _english_labelled(block: Block, side: str) -> Block:
    """A bilingual pack's labelled line in English: the label's English side
    ("Ymateb / Response: ..." -> "Response: ..."), and a short value's
    ("Sicr / Assured" -> "Assured"); the minute's number it opens with kept."""
    if not isinstance(block, TextBlock):
        return block
    text = clean(block.text)
    number = MINUTED_NUMBER.match(text)
    opening, rest = (text[:number.end()], text[number.end():]) if number else ("", text)
    labelled = _LABELLED_LINE.match(rest)
    if labelled is None or in_english(labelled.group("label"), side) == labelled.group("label"):
        return block
    value = labelled.group("value")
    english = f"{opening}{in_english(labelled.group('label'), side)}: " \
              f"{in_english(value, side) if len(value) <= _SHORT_VALUE else value}"
    return replace(block, spans=(Span(english, block.spans[0].style),))


def _decided_apart(doc: LayoutDocument, index: int, colours: dict[str, str], undecided: dict[str, _Asked],
                   side: str | None) -> list[ParagraphDecision]:
    """The decision of a line giving a question asked earlier its level by
    the question's number, apart from it (assurance_tables.numbered_level; a
    conclusions section closing the notes: "Q2 – Partially assured.
    <comment>"), or withholding it among such lines (_withheld_entry): the
    question asked under that number, its answer the evidence, the words
    after the level the commentary. Empty for any other line."""
    block = doc.blocks[index]
    listed = numbered_level(block, colours) if isinstance(block, TextBlock) else None
    if listed is not None:
        number, level = listed
        decided = (level.level, level.printed, level.remainder)
    elif withheld := _withheld_entry(doc, index, colours):
        number, decided = withheld[0], (None, *withheld[1:])
    else:
        return []
    if number not in undecided:
        return []
    return _summarised(doc, index, [(undecided[number], *decided)], side)


def _withheld_entry(doc: LayoutDocument, index: int, colours: dict[str, str]) -> tuple[str, str, str] | None:
    """(number, as printed, the words after it) of a line withholding a
    question's level by its number among lines giving levels so ("LOE 4 –
    assessment deferred: <why>" beside "LOE 3 – not assured: <comment>"):
    the line before or after it gives one (numbered_level). None for any
    other line: alone, "4. Deferred: ..." may be any numbered minute."""
    block = doc.blocks[index]
    entry = numbered_entry(clean(block.text), colours) if isinstance(block, TextBlock) else None
    said = withheld_level(entry[1], slot=True) if entry else None
    beside = [doc.blocks[at] for at in (index - 1, index + 1) if 0 <= at < len(doc.blocks)]
    if said is None or not any(isinstance(other, TextBlock) and numbered_level(other, colours) for other in beside):
        return None
    return entry[0], *said


def _under_bare_label(doc: LayoutDocument, index: int, heading: TextBlock | None) -> _Asked | None:
    """The question under a bare "Question N" label at ``index`` (the line
    below it, ending in "?"), with its answer: the paragraphs after it up
    to the next heading, label, table or level line."""
    label = _BARE_QUESTION_LABEL.match(clean(doc.blocks[index].text))
    question = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
    if not label or not isinstance(question, TextBlock) or not clean(question.text).endswith("?"):
        return None
    answer: list[TextBlock] = []
    for after in doc.blocks[index + 2:]:
        said = clean(after.text) if isinstance(after, TextBlock) else ""
        if not said or is_item_heading(after) or is_label(said) or _question_of(after) or read_level(said):
            break
        answer.append(after)
    return _Asked(index + 1, question, heading, answer, label.group("number"))


def _grouped_under_level(doc: LayoutDocument, index: int, item: TextBlock | None, colours: dict[str, str],
                         side: str | None) -> tuple[list[ParagraphDecision], int] | None:
    """(decisions, the last block read) where the heading at ``index`` names
    one level ("Lines of enquiry on which the PCC was partially assured")
    over labelled questions ("Line of enquiry 2: ...?") that state none of
    their own: each question takes the heading's level, the paragraphs after
    it its evidence ("Response:" left out), those under the comment label
    ("PCC comment: ...") its commentary; ``item`` is the item they sit in.
    None for any other heading."""
    named = clean(doc.blocks[index].text)
    # a heading that is only an outcome of the pack's key ("Further work needed" keyed as partly assured) names it
    phrases = level_phrases(named) or ([(0, len(named), colours[words(named)])] if words(named) in colours else [])
    if len({level for _, _, level in phrases}) != 1:
        return None
    section: list[TextBlock] = []
    for block in doc.blocks[index + 1:]:
        if not isinstance(block, TextBlock) or (is_item_heading(block) and not _question_of(block)):
            break
        section.append(block)
    starts = [i for i, block in enumerate(section) if _question_of(block)]
    # the item's actions after its last question close the last group; one minuted between questions is no answer
    acted = [i for i, block in enumerate(section) if action_line_at(clean(block.text)) == 0]
    section = section[:next((i for i in acted if starts and i > starts[-1]), len(section))]
    if not starts or starts[0] != 0 or any(_decision_line(block, colours) and not STATEMENT_LINE.match(
            clean(block.text)) for block in section):
        return None
    number, topic = item_heading(doc, item, side)
    found = []
    for start, end in zip(starts, [*starts[1:], len(section)]):
        asked = _question_of(section[start])
        said = [text for block in section[start + 1:end] if action_line_at(text := clean(block.text)) != 0]
        comments = [m.group("text").strip() for text in said if (m := STATEMENT_LINE.match(text))]
        found.append(ParagraphDecision(
            block_index=index + 1 + start, page=section[start].prov.page, number=asked.number or number,
            topic=topic, question=asked.text,
            evidence="\n".join(_answer_text(text) for text in said if not STATEMENT_LINE.match(text)),
            assurance=phrases[0][2], assurance_raw=named[phrases[0][0]:phrases[0][1]], commentary="\n".join(comments)))
    return found, index + len(section)


def _asks(body: list[TextBlock]) -> bool:
    """The item so far puts a question: a labelled one ("Question 4: ..."), or a line ending in "?"."""
    return any(_question_of(block) or clean(block.text).endswith("?") for block in body)


def _under_label(doc: LayoutDocument, index: int) -> bool:
    """The block at ``index`` is the question under a bare label ("Line of
    enquiry 1" over "How has ...?", set as a heading too): the item's
    question, no item of its own."""
    above = doc.blocks[index - 1] if index else None
    return isinstance(above, TextBlock) and bool(_BARE_QUESTION_LABEL.match(clean(above.text))) \
        and clean(doc.blocks[index].text).endswith("?")


def _box_line(table: Table, colours: dict[str, str]) -> TextBlock | None:
    """A box after an answer as the decision line it stands for, the line
    set apart by layout: a one-cell table (a shaded box) holding a level
    line ("Assurance level: Partially assured. The PCC asked ..."), its
    paragraphs one line; or a one-column table labelled as the decision
    ("PCC assessment" over "Partial assurance. The PCC asked ..."), as the
    labelled line ("PCC assessment: Partial assurance. ..."). None for any
    other table. A box drawn right below it (a note) is no part of it: the
    layout may read the two as one table. A row or a column printing the
    scale's options a cell each, the chosen one set apart (shaded, bold,
    ticked), maybe after a label cell ("Assurance level"), is the line of
    that option alone."""
    if scale := _scale_choice(table, colours):
        return scale
    if (table.n_rows, table.n_cols) == (1, 1):
        held = _decision_lines([b for b in table.cells[0].blocks if b.text.strip()])
        spans = tuple(span for b in held for span in (Span(" ", b.style), *b.spans))[1:]
        line = TextBlock(BlockKind.PARAGRAPH, spans, held[0].prov) if held else None
        return line if line and read_level(line.text, colours, line.spans) else None
    if table.n_rows == 1 and (beside := _level_beside(table, colours)):
        return beside
    if table.n_cols == 2 or table.n_rows == 1:
        return _labelled_values(table, colours)
    if table.n_cols != 1:
        return None
    label, below = ([b for cell in table.row_cells(row) for b in cell.blocks if b.text.strip()] for row in (0, 1))
    if len(label) != 1 or not below or not LABEL_ONLY.match(clean(label[0].text)):
        return None
    said = " ".join(clean(b.text) for b in below)
    return TextBlock(BlockKind.PARAGRAPH, (Span(f"{clean(label[0].text).rstrip(' :-')}: {said}", below[0].style),),
                     below[0].prov)


# A box's line opening what follows its decision: a label of the item's outcomes ("Actions:", "Decision:").
_OUTCOME_LABEL = re.compile(r"^\s*(?:decisions?|actions?(?:\s+agreed)?)\s*:", re.I)


def _decision_lines(held: list[TextBlock]) -> list[TextBlock]:
    """The lines of a one-cell box that make its decision: from its first
    line, its title naming the item's outcomes ("Decisions and actions")
    left out, up to its next labelled line (an action line "Action AB/01:
    ...", "Actions:", another "Decision:"), the item's actions, no part of it."""
    if len(held) > 1 and _OUTCOME_HEADING.fullmatch(clean(held[0].text)):
        held = held[1:]
    return held[:1] + list(takewhile(lambda block: not (ACTION_LINE.match(clean(block.text))
                                                         or _OUTCOME_LABEL.match(clean(block.text))), held[1:]))


def _box_of_lines(table: Table, colours: dict[str, str]) -> list[TextBlock] | None:
    """The lines of a box closing an item that holds several lines of the
    notes, not one decision line (_box_line): a box of lines (tables.box_lines)
    whose paragraphs give levels by question number ("Q2
    – Partially assured. <comment>") or the level of the item's question
    ("Not assured. <comment>"), beside the item's actions; its title
    ("Decisions and actions": a bold line first, stating no level) left out.
    None for any other table, and for a box none of whose lines states a
    level."""
    held = box_lines(table)
    if held is None or _box_line(table, colours):
        return None
    if len(held) > 1 and (held[0].is_bold or held[0].kind is BlockKind.HEADING) \
            and not read_level(held[0].text, colours, held[0].spans) and not _question_of(held[0]):
        held = held[1:]
    stated = any(numbered_level(block, colours) or read_level(block.text, colours, block.spans) for block in held)
    return held if len(held) > 1 and stated else None


def _as_lines(doc: LayoutDocument, colours: dict[str, str]) -> LayoutDocument:
    """``doc`` with each box of lines (_box_of_lines), each table of
    questions whose levels stand in its margin (_margin_levels), and each box
    of labelled columns right under a question (_labelled_columns), as the
    lines it holds, and each paragraph running levels by number together
    (_run_together) as its lines, in their place."""
    unfolded = [(block, (_box_of_lines(block, colours) or _margin_levels(block)
                         or (_labelled_columns(block, colours) if _under_question(doc, index) else None))
                 if isinstance(block, Table) else None) for index, block in enumerate(doc.blocks)]
    lines = [line for block, held in unfolded for line in (held or (block,))]
    split = [(line, _run_together(line, colours) or (_bracketed_level(line, colours) if at and isinstance(
        lines[at - 1], TextBlock) and _asks([lines[at - 1]]) else None)) for at, line in enumerate(lines)]
    if len(lines) == len(doc.blocks) and not any(parts for _, parts in split):
        return doc
    return replace(doc, blocks=tuple(part for line, parts in split for part in (parts or (line,))))


def _margin_levels(table: Table) -> list[TextBlock] | None:
    """The lines of notes whose levels are printed in the margin, beside the
    question each decides, which a reader takes for a two-column table with
    no header ("ASSURED" beside "Q1. How many ...?", its answer and the
    decider's comment on the rows below, the margin empty beside them): the
    notes' lines, each question's level a line of its own ("Assurance level:
    ASSURED") after its last line. Only a margin of levels naming assurance
    ("ASSURED", "PARTLY ASSURED"), each alone beside a question, reads so;
    None for any other table (a margin of grades, colours or risks)."""
    if table.n_cols != 2 or table.n_rows < 2:
        return None
    lines: list[TextBlock] = []
    level: TextBlock | None = None  # the level line of the question the rows are under
    for row in range(table.n_rows):
        cells = table.row_cells(row)
        if len(cells) != 2:
            return None
        margin, said = ([b for b in cell.blocks if b.text.strip()] for cell in cells)
        if margin:
            stated = read_level(" ".join(clean(b.text) for b in margin))
            if stated is None or stated.how != "opening" or stated.remainder or not names_assurance(stated.printed) \
                    or not said or _question_of(said[0]) is None:
                return None
            lines += [level] if level else []
            level = TextBlock(BlockKind.PARAGRAPH, (Span(f"Assurance level: {stated.printed}", margin[0].style),),
                              margin[0].prov)
        elif level is None:  # the notes open with no level beside them
            return None
        lines += said
    return [*lines, level] if level else None


def _grouped_by_level(doc: LayoutDocument, colours: dict[str, str]) -> LayoutDocument:
    """``doc`` with the questions minuted under a line giving their level
    as a group ("The Commissioner was partly assured on:" over "Question 2.
    ...", its answer and comment, then "Question 4. ...") each given that
    level in a line of its own under its answer ("Assurance level: partly
    assured"), ahead of its comment, and the group's line gone: the line
    introduces the questions below it, and decides none above it. A group
    runs to the next group's line, a heading or a table."""
    blocks = list(doc.blocks)
    out: list[Block] = []
    grouped: StatedLevel | None = None  # the level of the group the blocks are in
    answering = False  # inside a question's answer, its level not yet set
    for at, block in enumerate(blocks):
        group = _group_level(blocks, at, colours)
        text = clean(block.text) if isinstance(block, TextBlock) else ""
        comment = bool(STATEMENT_LINE.match(text))
        ends = group is not None or isinstance(block, Table) or block.kind is BlockKind.HEADING \
            or _question_of(block) is not None or comment
        if grouped and answering and ends:  # the question's answer is over: its level, ahead of its comment
            out.append(TextBlock(BlockKind.PARAGRAPH, (Span(f"Assurance level: {grouped.printed}", block.style),),
                                 block.prov))
            answering = False
        if group is not None:
            grouped = group
            continue
        if grouped and ends and not comment and _question_of(block) is None:
            grouped = None  # past the group's questions
        answering = bool(grouped) and (answering or _question_of(block) is not None)
        out.append(block)
    if grouped and answering:
        out.append(TextBlock(BlockKind.PARAGRAPH, (Span(f"Assurance level: {grouped.printed}", out[-1].style),),
                             out[-1].prov))
    return doc if len(out) == len(blocks) else replace(doc, blocks=tuple(out))


def _group_level(blocks: list[Block], at: int, colours: dict[str, str]) -> StatedLevel | None:
    """The level the decider's sentence at ``at`` gives the questions listed
    under it: a sentence closing with a colon ("The Commissioner was assured
    on:"), a question put right under it; None for any other block."""
    block = blocks[at]
    if not isinstance(block, TextBlock) or not clean(block.text).endswith(":") or at + 1 >= len(blocks) \
            or _question_of(blocks[at + 1]) is None:
        return None
    found = read_level(block.text, colours, block.spans)
    # a sentence giving parts of the matter different levels gives the questions under it none
    return found if found and found.how == "decider" and found.level else None


# An answer closing with its level in brackets: "... 4% fewer than last year. (Partly assured)".
_BRACKETED_LEVEL = re.compile(r"^(?P<answer>.*[.!?])\s*(?P<level>\([^()]{2,40}\))$", re.S)


def _bracketed_level(block: Block, colours: dict[str, str]) -> list[TextBlock] | None:
    """An answer whose last words are its level in brackets, after its
    last sentence ("(Partly assured)", or "(Not assessed)": the level
    withheld), as the answer and the level's line; None for any other
    block. The caller takes only the paragraph right under a question."""
    if not isinstance(block, TextBlock) or block.kind is BlockKind.HEADING:
        return None
    split = _BRACKETED_LEVEL.match(clean(block.text))
    if split is None:
        return None
    level = split.group("level")
    stated = read_level(level, colours)
    if not ((stated and stated.how == "opening" and not stated.remainder) or defers_level(level[1:-1])):
        return None
    style = block.spans[0].style
    return [TextBlock(BlockKind.PARAGRAPH, (Span(split.group("answer"), style),), block.prov),
            TextBlock(BlockKind.PARAGRAPH, (Span(level, style),), block.prov)]


def _bracketed_deferral(text: str) -> tuple[str, str] | None:
    """(as printed, no words after) of a line that is only a withheld level in
    brackets ("(Not assessed)", an answer's closing bracket set apart by
    _bracketed_level); None for any other line."""
    return (text, "") if re.fullmatch(r"\([^()]{2,40}\)", text) and defers_level(text[1:-1]) else None


def _labelled_columns(table: Table, colours: dict[str, str]) -> list[TextBlock] | None:
    """The lines of a question's own box whose columns are labelled over one
    row of values ("Response | Assurance" over the answer and the level,
    maybe a "PCC comment" column): the answer's paragraphs, then "<label>:
    <level>" and each comment as its labelled line, as notes print them.
    None unless one column labels the answer, one the level (its value
    reading as one) and any other the decider's comment."""
    rows = [table.row_cells(row) for row in range(table.n_rows)]
    if len(rows) != 2 or len(rows[0]) < 2 or len(rows[0]) != len(rows[1]):
        return None
    answer: list[TextBlock] = []
    labelled: list[tuple[str, str, TextBlock]] = []  # (label, value, the value's first block), the level's first
    for head, cell in zip(*rows):
        label = clean(head.text).rstrip(" :")
        held = [b for b in cell.blocks if b.text.strip()]
        said = " ".join(clean(b.text) for b in held)
        if not held:
            return None
        if ANSWER_LABEL.match(label) and not answer:
            answer = held
        elif LABEL_ONLY.match(label) and read_level(said, colours, under_label=True) \
                and not any(LABEL_ONLY.match(other) for other, _, _ in labelled):
            labelled.insert(0, (label, said, held[0]))
        elif STATEMENT_LINE.match(f"{label}:"):
            labelled.append((label, said, held[0]))
        else:
            return None
    if not answer or not labelled or not LABEL_ONLY.match(labelled[0][0]):
        return None
    return [*answer, *(TextBlock(BlockKind.PARAGRAPH, (Span(f"{label}: {said}", held.style),), held.prov)
                       for label, said, held in labelled)]


def _under_question(doc: LayoutDocument, index: int) -> bool:
    """Whether the block right above ``index`` puts a question (_asks)."""
    above = doc.blocks[index - 1] if index else None
    return isinstance(above, TextBlock) and _asks([above])


def _run_together(block: Block, colours: dict[str, str]) -> list[TextBlock] | None:
    """The lines of a paragraph that runs several lines giving levels by
    question number together, as a PDF's reader may join a short line to the
    one above ("Q2 \u2013 Partially assured. <comment> Q3 \u2013 Assured."):
    a line from each sentence that opens one (numbered_level). None for any
    other paragraph, and for one that opens no such line."""
    if not isinstance(block, TextBlock):
        return None
    sentences = _SENTENCE_BREAK.split(clean(block.text))
    style = block.spans[0].style
    lines: list[list[str]] = []
    for sentence in sentences:
        if numbered_level(TextBlock(BlockKind.PARAGRAPH, (Span(sentence, style),), block.prov), colours):
            lines.append([sentence])
        elif lines:
            lines[-1].append(sentence)
        else:  # the paragraph opens with no level by number
            return None
    return [TextBlock(BlockKind.PARAGRAPH, (Span(" ".join(line), style),), block.prov) for line in lines] \
        if len(lines) > 1 else None


def _labelled_values(table: Table, colours: dict[str, str]) -> TextBlock | None:
    """A box of label | value pairs after an answer, a row each or side by
    side in one row ("Assurance rating | AMBER | PCC comment | ..."), one
    the level ("Assurance level | Partially assured"), the others the
    decider's comment ("PCC comments | ...", "Commissioner's observations |
    ..."), as the line "<label>: <level>. <comment>" it stands for; None
    unless every pair is one of these and one, only one, gives the level
    (or defers it: "Assurance level | Deferred – ..."). A row a page break
    split is read whole."""
    table = join_continued_rows(table)
    level_line: str | None = None
    comments: list[str] = []
    rows = [table.row_cells(row) for row in range(table.n_rows)]
    if any(len(cells) % 2 for cells in rows):
        return None
    for cells in (pair for cells in rows for pair in zip(cells[::2], cells[1::2])):
        label, value = (clean(" ".join(b.text for b in cell.blocks)).rstrip(" :") for cell in cells)
        if LABEL_ONLY.match(label) and (read_level(value, colours, under_label=True)
                                         or withheld_level(f"{label}: {value}")):
            if level_line is not None:
                return None
            level_line = f"{label}: {value.rstrip(' .')}."
        elif STATEMENT_LINE.match(f"{label}:") or re.match(rf"{DECIDER}\b", label, re.I):
            comments.append(value)
        else:
            return None
    if level_line is None:
        return None
    held = next(b for b in table.cells[0].blocks if b.text.strip())
    return TextBlock(BlockKind.PARAGRAPH, (Span(" ".join([level_line, *filter(None, comments)]), held.style),),
                     held.prov)


def _scale_choice(table: Table, colours: dict[str, str]) -> TextBlock | None:
    """The option a one-row or one-column table of the scale's options sets
    apart (assurance_levels.chosen_option; the options may be the pack's
    rating colours, ``colours``), as a line of its own; None for any other
    table."""
    if table.n_rows == 1:
        cells = list(table.row_cells(0))
    elif table.n_cols == 1:
        cells = [cell for row in range(table.n_rows) for cell in table.row_cells(row)]
    else:
        return None
    label = " ".join(clean(b.text) for b in cells[0].blocks) if cells else ""
    options = cells[1:] if label and LABEL_ONLY.match(label) else cells
    chosen = chosen_option(options, colours)
    if chosen is None:
        return None
    held = next(b for cell in options for b in cell.blocks if b.text.strip())
    # the line under the label the scale stands for, where a rating colour is a level too: its own label where it
    # prints one ("Rating" may rate a risk: assurance_levels.label_takes)
    named = label.rstrip(_LABEL_END) if options is not cells else "Assurance level"
    return TextBlock(BlockKind.PARAGRAPH, (Span(f"{named}: {chosen[1]}", held.style),), held.prov)


def _level_beside(table: Table, colours: dict[str, str]) -> TextBlock | None:
    """A one-row box whose first cell is the level alone ("PARTIALLY ASSURED"
    on a shading), the cells beside it the comment, as the line "<level>.
    <comment>" it stands for; None for any other row, and for a row of
    bold labels only (a table's header printed apart from its rows: "No. |
    Date raised | Action | ..."), whose "No." numbers, no level."""
    first, *beside = table.row_cells(0)
    if all(span.style.bold for cell in (first, *beside) for block in cell.blocks for span in block.spans
           if span.text.strip()):
        return None
    held = [b for b in first.blocks if b.text.strip()]
    level = read_level(" ".join(clean(b.text) for b in held), colours, under_label=True) if held else None
    if level is None or level.how != "opening" or level.remainder:
        return None
    said = " ".join(clean(b.text) for cell in beside for b in cell.blocks if b.text.strip())
    return TextBlock(BlockKind.PARAGRAPH, (Span(f"{level.printed}. {said}" if said else level.printed, held[0].style),),
                     held[0].prov)


def _level_first(doc: LayoutDocument, index: int, colours: dict[str, str],
                 scale_key: set[int]) -> tuple[str | None, str, int, range] | None:
    """(level, as printed, index of the question, indexes of the answer's blocks) of an
    item whose level comes first: in the labelled question's own line
    ("Question 2 – Partly Assured", the question on the line below; "Question
    4 – Not assessed" withholds it: a level of None) or on
    the line right after it ("Q1. ...?" / "Assurance opinion: Reasonable").
    The item runs to the next question, heading, table or level line."""
    blocks = doc.blocks
    numbered = _question_of(blocks[index])
    # the level maybe in brackets after the number: "Question 2 (Assurance: Partial)"
    in_heading = read_level(numbered.text.removeprefix("(").removesuffix(")") if numbered.text.startswith("(")
                            else numbered.text, colours) if numbered and numbered.number else None
    if in_heading and not in_heading.remainder and in_heading.how == "opening":
        (level, printed), question_at, start = (in_heading.level, in_heading.printed), index + 1, index + 2
    elif numbered and numbered.number and _withheld_alone(numbered.text):  # "Question 4 – Not assessed"
        (level, printed), question_at, start = (None, numbered.text), index + 1, index + 2
    else:
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        stated = read_level(after.text, colours) if isinstance(after, TextBlock) else None
        if not stated or stated.remainder or stated.how != "opening" or index + 1 in scale_key:
            return None
        (level, printed), question_at, start = (stated.level, stated.printed), index, index + 2
    question = blocks[question_at] if question_at < len(blocks) else None
    # the line below a level heading is its question, not the next line of a summary ("Question 2 – Limited")
    if not isinstance(question, TextBlock) or (question_at != index and (
            _question_of(question) or read_level(question.text, colours))):
        return None
    through = start - 1
    for i in range(start, len(blocks)):
        block = blocks[i]
        if isinstance(block, Table):
            break
        text = clean(block.text)
        if _question_of(block) or (is_item_heading(block) and not is_label(text)) \
                or (read_level(text, colours) and not STATEMENT_LINE.match(text)):
            break
        through = i
    return level, printed, question_at, range(start, through + 1)


def _withheld_alone(text: str) -> bool:
    """Whether ``text`` only says the level is withheld ("Not assessed", "Deferred", "Assessment deferred")."""
    return (defers_level(text) or withheld_level(text, slot=True) is not None) \
        and len(words(text).split()) <= _LEADING_WORDS


def _item_decision(doc: LayoutDocument, heading: TextBlock | None, level: str | None, printed: str,
                   question_at: int, answer: range, side: str | None) -> ParagraphDecision:
    """The decision of an item whose level came first: its question, then
    the answer's paragraphs, those labelled as the decider's comment (or
    opening with the decider) the commentary, the others the evidence."""
    question = doc.blocks[question_at]
    asked = _question_of(question)
    above = _question_of(doc.blocks[question_at - 1])  # "Question 2 – Partly Assured" over the question
    evidence, commentary = [], []
    for i in answer:
        text = clean(doc.blocks[i].text)
        if STATEMENT_LINE.match(text) or re.match(rf"{DECIDER}\b", text, re.I):
            commentary.append(_commentary_text(doc.blocks[i]))
        elif text and not is_label(text) and not ACTION_LINE.match(text):
            evidence.append(_answer_text(text))
    heading_number, topic = item_heading(doc, heading, side)
    return ParagraphDecision(
        block_index=question_at, page=question.prov.page,
        number=next((q.number for q in (asked, above) if q and q.number), heading_number), topic=topic,
        question=asked.text if asked else _QUESTION_LABEL.sub("", clean(question.text)),
        evidence="\n".join(evidence), assurance=level, assurance_raw=printed,
        commentary="\n".join(commentary))


# The decider putting a question in prose: "The DMPC asked how many ...", "The PCC queried whether ...".
_ASKED_IN_PROSE = re.compile(rf"^\s*{DECIDER}\s+(?:asked|queried|questioned|enquired|challenged)\b", re.I)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def prose_questions(doc: LayoutDocument, side: str | None = None) -> dict[str, AnsweredQuestion]:
    """The questions the decider puts in prose under a numbered item ("3.
    Missing people": "The DMPC asked how many ... The Met reported ..."),
    by the number a decisions table gives them: the item's number and the
    question's letter in order ("3a", "3b", ...), or the item's number alone
    where it puts one question. Each answer is the rest of
    the paragraph after the question's sentence and the paragraphs after it,
    up to the next question, heading, table, action or remark of the
    decider; each topic the item's title."""
    asked: dict[str, tuple[TextBlock, str | None, list[str]]] = {}
    put_under: dict[str, int] = {}  # item number -> questions put under it so far
    item: tuple[str | None, str | None] = (None, None)
    answer: list[str] | None = None
    for block in doc.blocks:
        if isinstance(block, Table):
            answer = None
            continue
        if is_item_heading(block):
            item, answer = item_heading(doc, block, side), None
            continue
        text = MINUTED_NUMBER.sub("", clean(block.text))
        number, title = item
        if number and _ASKED_IN_PROSE.match(text) and (put := put_under.get(number, 0)) < len(_LETTERS):
            put_under[number] = put + 1
            answer = _SENTENCE_BREAK.split(text, maxsplit=1)[1:]
            asked[f"{number}{_LETTERS[put]}"] = (block, title, answer)
        elif re.match(rf"{DECIDER}\b", text, re.I) or ACTION_LINE.match(text):
            answer = None
        elif answer is not None:
            answer.append(text)
    asked |= {number: asked[f"{number}a"] for number, put in put_under.items() if put == 1}
    return {key: AnsweredQuestion("", key, block.prov.page, "\n".join(said), title)
            for key, (block, title, said) in asked.items()}


def minuted_answers(doc: LayoutDocument) -> list[AnsweredQuestion]:
    """Each labelled question of the notes ("Question 1: ...?"), where first
    printed, with the answer minuted below it (the paragraphs up to the next
    question, heading, table, level line or the decider's own remark, a
    minute's number no part of it): the page and evidence of a decision
    whose level is given elsewhere (a summary closing the notes, an
    appendix), and its number where the summary repeats only its words."""
    minuted: dict[str, AnsweredQuestion] = {}
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        question = _question_of(block)
        if question is None or words(question.text) in minuted:
            continue
        answer: list[str] = []
        for after in blocks[index + 1:]:
            said = MINUTED_NUMBER.sub("", clean(after.text)) if isinstance(after, TextBlock) else ""
            if not said or _question_of(after) or is_item_heading(after) or read_level(said) \
                    or re.match(rf"{DECIDER}\b", said, re.I) or ACTION_LINE.match(said):
                break
            answer.append(_answer_text(said))
        asked = words(question.text)
        minuted[asked] = AnsweredQuestion(asked, question.number, block.prov.page, "\n".join(answer))
    return list(minuted.values())


# A label run into its paragraph in bold ("**Commissioner's observations:** The ..."): a few words and a colon.
_RUN_IN_LABEL_WORDS = 6


def _commentary_text(block: TextBlock) -> str:
    """The decider's comment a paragraph gives, without its minute's number or
    its label: a bold one run in ("**Commissioner's observations:** ...",
    "**Mayor's view:** ..."), or a comment label ("PFCC comment: ...")."""
    text = MINUTED_NUMBER.sub("", clean(block.text))
    bold = "".join(span.text for span in takewhile(lambda span: span.style.bold or not span.text.strip(),
                                                   block.spans))
    label = MINUTED_NUMBER.sub("", clean(bold))
    if label.endswith(":") and len(label.split()) <= _RUN_IN_LABEL_WORDS and text.startswith(label) \
            and text[len(label):].strip():
        return text[len(label):].strip()
    statement = STATEMENT_LINE.match(text)
    return statement.group("text").strip() if statement else text


def _commentary_after(doc: LayoutDocument, index: int, colours: dict[str, str]) -> int | None:
    """The paragraph right after a bare level line ("Assurance level:
    Limited") that gives the decision-maker's view ("The PCC asked for ...",
    "5.4 The PCC welcomed ...": a minute's number no part of it), or the
    comment under its label ("Comment: ...", "PCC comment: ..."): the level
    line's own, not the next question's; a flag between them ("Further
    scrutiny required: No") is passed over; or the next lettered part of a
    resolution the line opens ("RESOLVED – (a) That the PCC is assured ..."
    over "(b) That ...", which a PDF may read as a list item)."""
    line = doc.blocks[index]
    resolved = isinstance(line, TextBlock) and bool(_RESOLVED.match(clean(line.text)))
    index += 1
    while index < len(doc.blocks) and _flag_line(doc.blocks[index], colours):
        index += 1
    if index >= len(doc.blocks):
        return None
    block = doc.blocks[index]
    if resolved and block.kind is BlockKind.LIST_ITEM and _LETTER_MARKER.fullmatch(block.marker or ""):
        return index
    if isinstance(block, Table) or block.kind is not BlockKind.PARAGRAPH:
        return None
    text = MINUTED_NUMBER.sub("", clean(block.text))
    if not (re.match(rf"{DECIDER}\b", text, re.I) or STATEMENT_LINE.match(text)) or _question_of(block):
        return None
    stated = _decision_line(block, colours)
    if stated and stated.how != "decider":  # a level line of its own; a sentence restating the level is the view
        return None
    return index


# What follows a question's mark to the end of its line: the answer's label where the layout ran the two together.
_RUN_ON_ANSWER_LABEL = re.compile(r"\?\s+(?P<label>[^?]{2,60})$")


def is_label(text: str) -> bool:
    """A bare label over the paragraphs below it ("Chief Constable's response:"), or an aside of the item
    (``is_aside``): neither an item, a question nor an answer, though the layout may read a bold one as a heading."""
    return (text.endswith(":") and len(text.split()) <= 6) or is_aside(text)


@dataclass(frozen=True, slots=True)
class _Question:
    number: str | None
    text: str


def _question_of(block: Block) -> _Question | None:
    """The question a block puts under a label of its own: "Question 1:
    ...", "Q2. ...", "5.2 Question 1: ..." (the minute's number no part of
    it), "The PCC asked: ...?", or a numbered question set apart as a
    heading or in bold ("1. How quickly ...?"); None for any other block.
    A line naming the answer that the layout ran on after the question mark
    (two headings read as one: "Q2: ...? Chief Constable's response") is no
    part of the question."""
    if not isinstance(block, TextBlock):
        return None
    text = clean(block.text)
    if (run_on := _RUN_ON_ANSWER_LABEL.search(text)) and ANSWER_LABEL.match(run_on.group("label")):
        text = text[:run_on.start("label")].rstrip()
    if labelled := _labelled_question(text):
        return labelled
    if not text.endswith("?"):
        return None
    number, asked = question_number(block) if block.kind is BlockKind.HEADING or block.is_bold else (None, text)
    return _Question(number, asked) if number else None


def _labelled_question(text: str) -> _Question | None:
    """The question ``text`` puts under a label of its own ("Question 1:
    ...", "Q2. ...", "5.2 Question 1: ...", "The PCC asked: ...?", the
    minute's number numbering it where the label gives none); None for any
    other text."""
    labelled = _QUESTION_LINE.match(MINUTED_NUMBER.sub("", text))
    if labelled and not _QUARTER.match(labelled.group(0)):
        number = labelled.group("number")
        return _Question(_SPOKEN_NUMBERS.get(number.lower(), number), labelled.group("text"))
    if text.endswith("?") and _QUESTION_LABEL.match(text):  # "4.1 Question: ...?"
        minuted = MINUTED_NUMBER.match(text)
        return _Question(minuted.group("number") if minuted else None, _QUESTION_LABEL.sub("", text))
    return None


def _answer_text(text: str) -> str:
    """An answer's words, without its minute's number or an "Evidence:" label."""
    return _EVIDENCE_LABEL.sub("", MINUTED_NUMBER.sub("", text))


def _summarised(doc: LayoutDocument, index: int, decided: list[tuple[_Asked, str, str, str]],
                side: str | None) -> list[ParagraphDecision]:
    """A decision for each (question, level, level as printed, commentary)
    a summary at ``index`` gives, of the questions of its own meeting; the
    decider's comment under its label in the notes ("Commissioner's comment:
    ...") is no part of the answer, and the commentary where the summary
    gives none."""
    meeting = notes_meeting_at(doc, index)
    found = []
    for question, level, printed, commentary in decided:
        if notes_meeting_at(doc, question.index) != meeting:
            continue
        put = _question_of(question.block)
        number, topic = item_heading(doc, question.heading, side)
        said = [clean(b.text) for b in question.evidence]
        evidence = [_answer_text(text) for text in said if not STATEMENT_LINE.match(text)]
        commentary = commentary.strip() or "\n".join(m.group("text").strip() for text in said
                                                      if (m := STATEMENT_LINE.match(text)))
        found.append(ParagraphDecision(
            block_index=question.index, page=question.block.prov.page,
            number=(put.number if put else None) or question.number or number, topic=topic,
            question=put.text if put else _QUESTION_LABEL.sub("", clean(question.block.text)),
            evidence="\n".join(e for e in evidence if e), assurance=level, assurance_raw=printed,
            commentary=commentary.strip(), row=question.row))
    return found


# A question's number alone in a table's number column: "1", "1.", "Q1".
_ROW_NUMBER = re.compile(r"^\s*(?:q|question)?\s*(?P<number>\d{1,3}[a-z]?)\s*[.)]?\s*$", re.I)


def _asked_in_table(table: Table, index: int, heading: TextBlock | None) -> list[_Asked]:
    """The questions a table at ``index`` asks and answers by number, a row
    each (No. | Question | Answer, or the number printed before the
    question: "Q1. How ...?"), where it gives no level (no decision column):
    each with its row's answer, under ``heading``. Empty for any other
    table, and for rows with no number."""
    found = []
    for row in asked_rows(table):
        asked = row.asked
        numbered = _ROW_NUMBER.match(" ".join(clean(b.text) for b in row.number_cell))
        if numbered:
            number, question = numbered.group("number"), " ".join(clean(b.text) for b in asked)
        else:  # the number printed before the question
            labelled = _question_of(asked[0])
            number, first = (labelled.number, labelled.text) if labelled else question_number(asked[0])
            question = " ".join([first, *(clean(b.text) for b in asked[1:])])
        if number:
            block = TextBlock(BlockKind.PARAGRAPH, (Span(question, asked[0].spans[0].style),), asked[0].prov)
            found.append(_Asked(index, block, heading, row.answer, number, row.row))
    return found


_SEPARATORS = " .,;:\u2013\u2014-"
# What joins a level to the questions it names: "Assured on questions 1 and 3", "Partly assured for Q2".
_NAMING_TAIL = re.compile(r"\s+(?:on|for|regarding|in\s+respect\s+of)\s*$", re.I)
_LEADING_WORDS = 5  # the most words a withheld level opening a line may take ("Not yet assessed")
# A sentence's end right before the questions a line names: "Assured. Question 3 ...".
_SENTENCE_END = re.compile(r"[.!?]\s*$")


def _named_after_level(block: Block, colours: dict[str, str],
                       undecided: dict[str, _Asked]) -> list[tuple[_Asked, str | None, str, str]]:
    """(question, level, as printed, commentary) for each question a line
    gives a level by number, apart from the questions: led by the level
    ("Assured: questions 1 and 3. <comment>", "Partly assured \u2013 Q2",
    "Assured on questions 4 and 5"), a level withheld ("Not assessed:
    question 5, until ...") giving none, or led by two questions or more
    ("Questions 1 and 3 \u2013 Assured. <comment>"; one question's line is
    _decided_apart's): the questions of those numbers still undecided
    (``undecided``), the words after the numbers and the level the
    commentary of each. Empty for any other line, where a number names no
    undecided question, and where the questions open a sentence after the
    level's that goes on about them ("Assured. Q2 was answered late.")."""
    if not isinstance(block, TextBlock) or not undecided:
        return []
    text = MINUTED_NUMBER.sub("", clean(block.text))
    # a list of such entries, a semicolon between them ("Q1 – Assured; Q2 – Partly assured"), decides each
    # question it names, one question an entry too
    entries = [_named_entry(entry, colours, undecided, listed=True) for entry in re.split(r"\s*;\s*", text) if entry]
    named = [found for entry in entries for found in entry]
    if len(entries) > 1 and all(entries) and len({id(question) for question, *_ in named}) == len(named):
        return named
    return _named_entry(text, colours, undecided)


def _named_entry(text: str, colours: dict[str, str], undecided: dict[str, _Asked],
                 listed: bool = False) -> list[tuple[_Asked, str | None, str, str]]:
    """_named_after_level's reading of one line or, ``listed``, of one entry of
    a list of them, where one question may lead its level ("Q2 – Partly
    assured")."""
    named = NAMED_QUESTIONS.search(text)
    if named is None:
        return []
    numbers = named_numbers(named.group("numbers"))
    before = _NAMING_TAIL.sub("", text[:named.start()]).rstrip(_SEPARATORS)
    after = text[named.end():].lstrip(_SEPARATORS)
    if before and _SENTENCE_END.search(text[:named.start()]) and text[named.end():].lstrip()[:1].islower():
        return []  # a sentence after the level whose subject the questions are ("Q2 was answered late")
    if not before and (len(numbers) > 1 or listed):  # the questions first, the level after them as under a label
        stated = read_level(after, colours, under_label=True)
        if stated is None or stated.how != "opening":
            return []
        level, printed, commentary = stated.level, stated.printed, stated.remainder
    elif (stated := read_level(before, colours, under_label=True) if before else None) is not None:
        if stated.how != "opening" or stated.remainder:  # a sentence naming questions, no level leading them
            return []
        level, printed, commentary = stated.level, stated.printed, after
    elif before and len(before.split()) <= _LEADING_WORDS and defers_level(before):
        level, printed, commentary = None, before, after
    else:
        return []
    if any(number not in undecided for number in numbers):
        return []
    return [(undecided[number], level, printed, commentary) for number in numbers]


def _by_their_numbers(asked: list[_Asked]) -> dict[str, _Asked]:
    """The questions still undecided by number, the latest where a number recurs (a new item's series)."""
    return {question.number: question for question in asked if question.number}


_NOT = re.compile(r"\bnot\b", re.I)
# The questions a sentence leaves to last: "the remaining questions", "the other two questions".
_THE_OTHERS = re.compile(r"\b(?:the\s+)?(?:remaining|other)\s+(?:\w+\s+)?questions?\b", re.I)
# Where one clause of a sentence ends: a comma, a semicolon or a conjunction between its clauses.
_CLAUSE_END = re.compile(r"[,;:]|\b(?:and|but|while|whilst|whereas|although|though)\b", re.I)
# A sentence that starts by naming the questions it speaks of: "On question 2, the Deputy Mayor ...".
_ABOUT_QUESTIONS = re.compile(r"^\W*(?:(?:on|for|regarding|about|in\s+respect\s+of|with\s+regard\s+to|as\s+to)\s+)?"
                              rf"(?=(?:questions?|q)\s*\d)", re.I)


def _levels_in_summary(text: str, item: list[_Asked], colours: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Question number -> (level, as printed) where the paragraph ``text``
    gives each question of the item (``item``: its questions still
    undecided, two or more) its level by number, sentence by sentence,
    in level phrases or in the words of the pack's key before "confidence"
    or "assurance" ("He had medium confidence on protection orders (Q2)");
    empty where it leaves one out or gives one two levels."""
    numbers = [q.number for q in item if q.number]
    if len(numbers) < 2 or len(numbers) != len(item):
        return {}
    found: dict[str, tuple[str, str]] = {}
    for sentence in _SENTENCE_BREAK.split(text):
        for number, level in _levels_by_number(sentence, numbers, colours).items():
            if found.setdefault(number, level)[0] != level[0]:
                return {}
    return found if set(found) == set(numbers) else {}


def _keyed_phrases(text: str, colours: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, level) of each level ``text`` states in a word of the
    pack's key before "confidence" or "assurance" ("medium confidence" where
    the key reads "Medium (he is partly assured)"), with the vocabulary's
    level phrases that no such word overlaps: the key decides."""
    named = sorted((name for name in colours if re.fullmatch(r"[a-z]+(?: [a-z]+)?", name)), key=len, reverse=True)
    keyed = [(m.start(), m.end(), colours[words(m.group("name"))]) for m in re.finditer(
        rf"\b(?P<name>{'|'.join(map(re.escape, named))})\s+(?:confidence|assurance)\b", text, re.I)] if named else []
    return sorted([*keyed, *(phrase for phrase in level_phrases(text)
                             if not any(start < phrase[1] and phrase[0] < end for start, end, _ in keyed))])


def _levels_by_number(sentence: str, others: list[str],
                      colours: dict[str, str] | None = None) -> dict[str, tuple[str, str]]:
    """Question number -> (level, as printed) where ``sentence`` gives levels
    by question number ("assured on questions 1 and 3 and partially assured
    on question 2", "On question 1 the PCC was assured; on the remaining
    questions he was not assured"). Each named group of questions takes the
    level of its own clause; a clause with none takes "not" as withholding
    the level ("but not on question 2"), else the level the sentence gives
    on the same side as its first group: before it where a level comes first,
    else after. "The others" are ``others`` not named elsewhere. Empty
    where the sentence names no question or leaves one without a level.
    With the pack's key (``colours``), its words state levels too (_keyed_phrases)."""
    levels = _keyed_phrases(sentence, colours) if colours else level_phrases(sentence)
    groups = [(m.start(), m.end(), named_numbers(m.group("numbers"))) for m in NAMED_QUESTIONS.finditer(sentence)]
    named = {number for _, _, numbers in groups for number in numbers}
    groups += [(m.start(), m.end(), [n for n in others if n not in named]) for m in _THE_OTHERS.finditer(sentence)]
    groups.sort()
    if not levels or not groups:
        return {}
    if re.search(r"\brespectively\b", sentence, re.I):  # "assured and partly assured on questions 1 and 2 respectively"
        numbers = [number for _, _, group in groups for number in group]
        return {number: (level, sentence[start:end]) for number, (start, end, level) in zip(numbers, levels)} \
            if len(numbers) == len(levels) else {}
    # the clause of each character: clause ends outside the named groups ("questions 1 and 3" is one group)
    ends = [m.start() for m in _CLAUSE_END.finditer(sentence)
            if not any(start <= m.start() < end for start, end, _ in groups)]
    level_first = levels[0][0] < groups[0][0]
    found: dict[str, tuple[str, str]] = {}
    for start, end, numbers in groups:
        own = [lv for lv in levels if bisect_left(ends, lv[0]) == bisect_left(ends, start)]
        beside = [lv for lv in levels if lv[1] <= start] if level_first else [lv for lv in levels if lv[0] >= end]
        clause_start = max((e for e in ends if e < start), default=0)
        negated = _NOT.search(sentence, clause_start, start)
        if own:
            at, upto, level = own[0]
        elif negated:
            at, upto, level = negated.start(), end, "Not assured"
        elif beside:
            at, upto, level = beside[-1] if level_first else beside[0]
        else:
            return {}
        printed = sentence[min(at, start):max(upto, end)]
        for number in numbers:
            if found.get(number, (level,))[0] != level:  # a question given two levels: no reading
                return {}
            found[number] = (level, printed)
    return found


def _by_number(doc: LayoutDocument, index: int, stated: str, numbers: list[str],
               summarised: bool) -> tuple[dict[str, tuple[str, str]], dict[str, list[str]], int] | None:
    """(number -> (level, as printed), number -> its remarks, the last block
    read) where a sentence of the paragraph at ``index`` (its words
    ``stated``) gives the questions ``numbers`` their levels by number:
    under a summary's label, or naming two groups of questions (the
    decider's sentence on one question, "The PCC was assured on question 1
    that ...", closes its item as any level line, its own commentary). The
    sentences after it, in the paragraph or in the paragraphs right after
    it, that start by naming questions ("On question 2, the Deputy Mayor
    ...") are those questions' commentary; the sentence itself only states
    levels, no commentary. None where no sentence of the paragraph does."""
    sentences = _SENTENCE_BREAK.split(stated)
    for at, sentence in enumerate(sentences):
        levels = _levels_by_number(sentence, numbers)
        # two groups of questions are two clauses, each printed with its level
        if not set(levels).isdisjoint(numbers) and (summarised or len({p for _, p in levels.values()}) > 1):
            break
    else:
        return None
    remarks: dict[str, list[str]] = {}
    # one question's level with its reason after a comma ("on question 2, the Commissioner be recorded as
    # partially assured, until the team is at full strength;"): the reason is the commentary
    printed = {p for _, p in levels.values()}
    if len(levels) == 1 and len(printed) == 1:
        shown = printed.pop()
        tail = sentences[at][sentences[at].find(shown) + len(shown):]
        if reason := _REASON_AFTER.search(tail):
            remarks[next(iter(levels))] = [reason.group("reason")]
    through = index
    after = doc.blocks[index + 1:]
    paragraphs = after[:next((i for i, b in enumerate(after) if not isinstance(b, TextBlock)
                              or b.kind is BlockKind.HEADING), len(after))]
    following = [(index, s) for s in sentences[at + 1:]] + [
        (i, clean(block.text)) for i, block in enumerate(paragraphs, index + 1)]
    for i, said in following:
        about = _ABOUT_QUESTIONS.match(said)
        named = NAMED_QUESTIONS.match(said, about.end()) if about else None
        # a next question, or the next line of a summary giving other questions their levels, ends the remarks
        if named is None or (i > index and _question_of(doc.blocks[i]) and said.endswith("?")) \
                or not set(_levels_by_number(said, numbers)) <= set(levels):
            break
        for number in named_numbers(named.group("numbers")):
            remarks.setdefault(number, []).append(said)
        through = i
    return levels, remarks, through


# The words after a level and its comma to the clause's end ("..., as no figures were available; and").
_REASON_AFTER = re.compile(r"^\s*,\s*(?P<reason>[^,;\s][^;]*?)\s*(?:;\s*(?:and|or)?|\.)?\s*$", re.I)


def _listed_questions(body: list[TextBlock]) -> list[TextBlock]:
    """The questions ``body`` lists before their answers: its last run of two
    or more list items in a row that each ask a question ("1. How ...?")."""
    runs: list[list[TextBlock]] = [[]]
    for block in body:
        if block.kind is BlockKind.LIST_ITEM and clean(block.text).endswith("?"):
            runs[-1].append(block)
        elif runs[-1]:
            runs.append([])
    return next((run for run in reversed(runs) if len(run) >= 2), [])


def _listed_decision(doc: LayoutDocument, index: int, question: TextBlock, heading: TextBlock | None, level: str,
                     printed: str, said: tuple[str, str], side: str | None) -> ParagraphDecision:
    """The decision of a listed question by the paragraph at ``index``: its
    answer, then the decider's sentence (``said``)."""
    number, asked = question_number(question)
    return ParagraphDecision(
        block_index=index, page=question.prov.page, number=number,
        topic=item_heading(doc, heading, side)[1], question=asked, evidence=_answer_text(said[0]),
        assurance=level, assurance_raw=printed, commentary=said[1])


def _paragraph_decision(doc: LayoutDocument, index: int, heading: TextBlock | None, item: TextBlock | None,
                        body: list[TextBlock], level: str | None, printed: str, after: str,
                        side: str | None = None) -> ParagraphDecision | None:
    # the item's statement set apart under its label alone ("Assurance statement:"), with no request or question
    # before it: the item is what the decider was assured on
    stated_apart = any((m := STATEMENT_LINE.match(clean(b.text))) and not m.group("text").strip() for b in body)
    body = [b for b in body if clean(b.text) and not ACTION_LINE.match(clean(b.text)) and not is_label(clean(b.text))]
    statements = [m.group("text").strip() for b in body if (m := STATEMENT_LINE.match(clean(b.text)))]
    body = [b for b in body if not STATEMENT_LINE.match(clean(b.text))]
    if not body:
        item_number, title = item_heading(doc, heading, side) if stated_apart else (None, None)
        return ParagraphDecision(
            block_index=index, page=doc.blocks[index].prov.page, number=item_number, topic=title, question=title,
            evidence="", assurance=level, assurance_raw=printed,
            commentary="\n".join(c for c in [*statements, after] if c)) if title else None
    numbered = [(i, q) for i, b in enumerate(body) if (q := _question_of(b)) and q.number]
    asked = [i for i, b in enumerate(body) if clean(b.text).endswith("?")]
    at = numbered[0][0] if numbered else asked[0] if asked else 0
    minuted = MINUTED_NUMBER.match(clean(body[at].text))
    lettered = None if numbered or minuted else _lettered(body[at])
    number = numbered[0][1].number if numbered else minuted.group("number") if minuted else None
    question = numbered[0][1].text if numbered else lettered[1] if lettered \
        else _QUESTION_LABEL.sub("", MINUTED_NUMBER.sub("", clean(body[at].text)))
    # a numbered or lettered question, or one under a bare label ("Question: ...?"), is set apart as the item's:
    # the paragraphs before it introduce the item, its answer follows it; a question reported in the minute's
    # prose ("The PCC asked: ...?") has all its item as evidence
    set_apart = numbered or minuted or lettered or _BARE_LABEL_QUESTION.match(clean(body[at].text))
    evidence = [_answer_text(clean(b.text)) for i, b in enumerate(body) if i > at or (i < at and not set_apart)]
    # a bare "Question N" heading numbers the question; the topic is the item's over it, else the notes' own
    bare = _BARE_QUESTION_LABEL.match(clean(heading.text)) if heading is not None else None
    heading_number, topic = (bare.group("number"), item_heading(doc, item, side)[1]) if bare \
        else item_heading(doc, heading, side)
    if lettered and heading_number:  # a sub-question of the item ("(b)" under item 3 is "3b")
        heading_number += lettered[0]
    return ParagraphDecision(
        block_index=index, page=body[at].prov.page, number=number or heading_number, topic=topic,
        question=question, evidence="\n".join(e for e in evidence if e), assurance=level, assurance_raw=printed,
        commentary="\n".join(c for c in [*statements, after] if c))


# A sub-question's letter before its words ("(a) How ...?", "b) What ...?") or as its list marker ("(a)", "b.").
_LETTER_LABEL = re.compile(r"^\s*\(?(?P<letter>[a-z])\)\s*(?P<text>\S.*)$", re.S)
_LETTER_MARKER = re.compile(r"\(?(?P<letter>[a-z])[.)]")


def _lettered(block: TextBlock) -> tuple[str, str] | None:
    """(letter, words) of a question lettered under its item, in its text or
    by its list's marker; None for any other block."""
    text = clean(block.text)
    if block.marker and (marker := _LETTER_MARKER.fullmatch(block.marker.strip())):
        return marker.group("letter"), text
    labelled = _LETTER_LABEL.match(text)
    return (labelled.group("letter"), labelled.group("text")) if labelled else None


# A turn of a transcript: its time in the recording, then the speaker's label and a colon ("[00:03:05] MAYOR:
# Question one. ...", "(01:14) Chief Constable: ...").
_TURN = re.compile(r"^\s*[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+"
                   r"(?P<speaker>[A-Z][\w'\u2019. -]{0,40}?)\s*:\s+(?P<said>\S.*)$", re.S)
# The speaker giving a level in the first person, right before it: "I'm assured", "I am only partially assured".
_FIRST_PERSON = re.compile(r"\b(?-i:I)(?:['\u2019]m|\s+am|\s+was|\s+remain|\s+feel)\s+(?:(?:only|still|now)\s+)?$",
                           re.I)
# The question a turn names in speech: "On question one I'm assured", "on question 2".
_NAMED_QUESTION = re.compile(rf"\bquestion\s+(?P<number>\d{{1,3}}|{_SPOKEN})\b", re.I)
# The fewest turns that make a transcript.
_TRANSCRIPT_TURNS = 3


@dataclass(slots=True)
class _Put:
    """A question put in a transcript's turn, with the answers given to it."""

    page: int | None
    speaker: str
    question: _Question
    answers: list[str] = field(default_factory=list)


def transcript_decisions(doc: LayoutDocument, colours: dict[str, str]) -> list[ParagraphDecision]:
    """Decisions spoken in a transcript of turns, each a paragraph opening
    with its time and its speaker ("[00:03:05] MAYOR: Question one. How
    ...?"): a labelled question, at the start of a sentence of a turn, puts
    a question (a number in words is a figure); the other speakers' turns
    after it answer it; a sentence of the turn of whoever put it (or of a
    decider) that gives a level, in the first person ("On question one I'm
    assured.") or as the decider's sentence, decides the question it names,
    else the last one put. That whole turn, without its time and speaker, is
    the commentary; the answers are the evidence."""
    turns = [(index, block, turn) for index, block in enumerate(doc.blocks)
             if isinstance(block, TextBlock) and (turn := _TURN.match(clean(block.text)))]
    if len(turns) < _TRANSCRIPT_TURNS:
        return []
    found: list[ParagraphDecision] = []
    undecided: list[_Put] = []
    for index, block, turn in turns:
        speaker, said = turn.group("speaker"), turn.group("said").strip()
        sentences = _SENTENCE_BREAK.split(said)
        asked = next((m for at in range(len(sentences)) if (m := _QUESTION_LINE.match(" ".join(sentences[at:])))),
                     None)
        if asked is not None and said.endswith("?"):
            number = asked.group("number")
            undecided.append(_Put(block.prov.page, speaker,
                                  _Question(_SPOKEN_NUMBERS.get(number.lower(), number), asked.group("text").strip())))
            continue
        if not undecided:
            continue
        decider = speaker == undecided[-1].speaker or re.fullmatch(DECIDER, speaker, re.I)
        levels = [(sentence, level) for sentence in sentences if (level := _spoken_level(sentence, colours))] \
            if decider else []
        if not levels and speaker != undecided[-1].speaker:
            undecided[-1].answers.append(said)
        for sentence, (level, printed) in levels:
            named = _NAMED_QUESTION.search(sentence)
            number = _SPOKEN_NUMBERS.get(named.group("number").lower(), named.group("number")) if named else None
            question = next((q for q in undecided if q.question.number == number), None) if number \
                else undecided[-1] if undecided else None
            if question is None:
                continue
            undecided.remove(question)
            found.append(ParagraphDecision(
                block_index=index, page=question.page, number=question.question.number, topic=None,
                question=question.question.text, evidence="\n".join(question.answers), assurance=level,
                assurance_raw=printed, commentary=said))
    return found


def _spoken_level(said: str, colours: dict[str, str]) -> tuple[str, str] | None:
    """(level, as said) a turn gives: in the first person ("I'm partially
    assured"), or in the decider's sentence ("The Mayor was assured")."""
    for start, end, level in level_phrases(said):
        if _FIRST_PERSON.search(said[:start]):
            return level, said[start:end]
    stated = read_level(said, colours)
    return (stated.level, stated.printed) if stated and stated.how == "decider" else None


# An item of questions put to the decider ("Questions to the Commissioner"), whose answers the decider gives.
_PUT_TO_THE_DECIDER = re.compile(rf"\bquestions?\s+(?:to|for)\s+{DECIDER}", re.I)


def minute_decisions(doc: LayoutDocument, colours: dict[str, str], pack_date: date | None,
                     side: str | None = None) -> list[Decision]:
    """The decisions minuted in ``doc``'s paragraphs, dated by the notes they
    sit in (or the dated heading they follow: a letter's subject line, see
    assurance_tables.meeting_at), else ``pack_date``. A box of lines closing
    an item (_box_of_lines), or a paragraph running such lines together, is
    read as the lines it holds (_as_lines); minutes hung from their numbers in
    a table with no header as the paragraphs they stand for
    (meetings.minute_paragraphs); a question's lines each under a label of its own
    as its answer and level (_labelled_answers)."""
    found = []
    doc = _grouped_by_level(_as_lines(_labelled_answers(minute_paragraphs(doc), colours), colours), colours)
    minuted = [(("paragraph",), decision, decision.block_index) for decision in paragraph_decisions(doc, colours, side)]
    minuted += [(("transcript",), decision, decision.block_index) for decision in transcript_decisions(doc, colours)]
    for index, block in enumerate(doc.blocks):
        if isinstance(block, Table) and (rows := minute_rows(block)):
            minuted += [(("minute table", index), replace(decision, block_index=offset + decision.block_index), index)
                        for offset, notes in _minuted_items(rows)
                        for decision in paragraph_decisions(replace(doc, blocks=notes), colours, side, minutes=True)]
    for key, decision, at in minuted:
        # the public's questions, any other business, a panel's questions to the commissioner: no scrutiny question
        # the decider puts, whatever level a reply or a resolution on it states
        if decision.topic and (is_standing_business(decision.topic) or _PUT_TO_THE_DECIDER.search(decision.topic)):
            continue
        meeting = meeting_at(doc, at)
        row = () if decision.row is None else (decision.row,)
        found.append(Decision(
            key=(*key, decision.block_index, *row), page=decision.page, confidence=0.8,
            meeting_date=meeting.meeting_date if meeting else pack_date,
            topic=decision.topic or (meeting.topic if meeting else None), question_number=decision.number,
            question=decision.question, evidence_summary=decision.evidence or None, assurance=decision.assurance,
            assurance_raw=decision.assurance_raw, commentary=decision.commentary or None))
    return found


# The most words of a whole minute's first line read as its title, bold or not ("Road safety").
_MINUTE_TITLE_WORDS = 8


def _minuted_items(rows: list[MinuteRow]) -> list[tuple[int, tuple[TextBlock, ...]]]:
    """(where its paragraphs start among all the rows' notes, less one where
    its minute's title is set over them; its paragraphs) of each minute of a
    minutes table, each an item of its own, so a level minuted in one never
    takes another's words (the apologies minute's) as its question: a minute
    numbered whole ("3.") under its title, its short first line bold or not
    ("Road safety"); a minute numbered as a paragraph of it ("3.1") under
    that title too, its number opening its first paragraph (the number of a
    question it puts); a minute with no number goes on with the one above."""
    items: list[tuple[int, list[TextBlock]]] = []
    title: TextBlock | None = None  # the title of the whole minute the rows are in
    minute: str | None = None  # its number
    offset = 0
    for row in rows:
        notes = list(row.notes)
        whole = row.number.split(".")[0] if row.number else None
        if whole and whole == row.number:
            if notes and len(notes[0].text.split()) <= _MINUTE_TITLE_WORDS and not re.search(r"[.?:;]$", notes[0].text):
                notes[0] = replace(notes[0], kind=BlockKind.HEADING, level=3)
            minute, title = whole, (notes[0] if notes and notes[0].kind is BlockKind.HEADING else None)
            items.append((offset, notes))
        elif whole:
            if notes and notes[0].kind is not BlockKind.HEADING:
                notes[0] = replace(notes[0], spans=(Span(f"{row.number} ", notes[0].spans[0].style), *notes[0].spans))
            if whole != minute:
                minute, title = whole, None
            items.append((offset - 1, [title, *notes]) if title else (offset, notes))
        elif items:
            items[-1][1].extend(notes)
        else:
            items.append((offset, notes))
        offset += len(row.notes)
    return [(at, tuple(notes)) for at, notes in items]


def _asked_and_decided(doc: LayoutDocument, index: int, heading: TextBlock | None, level: StatedLevel,
                       said: tuple[str, str], side: str | None) -> ParagraphDecision | None:
    """The decision of a minute that asks, answers and decides in one
    paragraph ("12.2 Are victims visited ...? <answer>. The PCC was partly
    assured. She asked ..."): the question its opening sentence ending in
    a question mark, without its label ("Question 4: ...?"), the evidence
    the words up to the decider's sentence, the commentary the words after
    it where that sentence only states the level (else the sentence and the
    rest), numbered by its label, else by the minute, else by its item. None
    for a paragraph opening with no question."""
    asked = re.match(r"(?P<question>[^?]+\?)\s*(?P<answer>\S.*)$", said[0], re.S)
    # the question opens the minute: a sentence before it is no part of it
    if asked is None or _SENTENCE_BREAK.search(asked.group("question")):
        return None
    put = _labelled_question(asked.group("question"))
    decider, *rest = _SENTENCE_BREAK.split(said[1], maxsplit=1)
    alone = read_level(decider)
    commentary = " ".join(rest) if alone and not alone.remainder else said[1]
    minuted = MINUTED_NUMBER.match(clean(doc.blocks[index].text))
    heading_number, topic = item_heading(doc, heading, side)
    return ParagraphDecision(
        block_index=index, page=doc.blocks[index].prov.page,
        number=(put.number if put else None) or (minuted.group("number") if minuted else None) or heading_number,
        topic=topic, question=put.text if put else asked.group("question"), evidence=asked.group("answer"),
        assurance=level.level, assurance_raw=level.printed, commentary=commentary)


# A line under a short label of its own, a word or two and a colon ("Told: ...", "Found: ..."): any label, its role
# told by its value and its place under the question (LABEL_ONLY and ANSWER_LABEL name a level's and an answer's own
# labels, which a pack's own words need not be).
_SHORT_LABEL = re.compile(r"^\s*(?P<label>[A-Z][\w'\u2019]*(?:\s+[\w'\u2019]+)?)\s*:\s+(?P<value>\S.*)$", re.S)


def _field_line(text: str) -> bool:
    """Whether ``text`` is a form's field, a short label of its own and its
    value ("Title: ...", "Declaration: ...", "Decision: Approved."), the
    label naming no assurance and no decider's comment, and naming no level
    unless its value states none."""
    field = _SHORT_LABEL.match(text)
    return bool(field) and not names_assurance(field.group("label")) and not STATEMENT_LINE.match(text) \
        and not (LABEL_ONLY.match(f"{field.group('label')}:") and read_level(text))


def _labelled_answers(doc: LayoutDocument, colours: dict[str, str]) -> LayoutDocument:
    """``doc`` with each question asked under a label ("Asked: ...?") whose
    lines below each open with a short label of their own ("Told: ...",
    "Found: Partly confident. She asked ..."), the last of them to give a
    level as the value of a level's label would (a level of the vocabulary
    or of the pack's key, set apart), after the answer, read as the notes
    print them: that line as the level's ("Assurance level: Partly
    confident. She asked ..."), the lines before it as the answer without
    their labels. Questions of any other form are left as they are."""
    blocks = list(doc.blocks)
    changed = False
    for at, block in enumerate(blocks):
        if not isinstance(block, TextBlock) or not _QUESTION_LABEL.match(clean(block.text)) \
                or not clean(block.text).endswith("?"):
            continue
        run = list(takewhile(lambda b: isinstance(b, TextBlock) and b.kind is BlockKind.PARAGRAPH
                             and _SHORT_LABEL.match(clean(b.text)), blocks[at + 1:]))
        values = [_SHORT_LABEL.match(clean(b.text)) for b in run]
        levels = [i for i, value in enumerate(values)
                  if not LABEL_ONLY.match(value.group("label"))
                  and (stated := read_level(value.group("value"), colours, under_label=True))
                  and stated.how == "opening"]
        # the level closes the question's lines: an answer before it may open with words a level uses ("Not at
        # present; ...")
        if not levels or levels[-1] == 0:
            continue
        last = levels[-1]
        for i, (line, value) in enumerate(zip(run[:last + 1], values), start=at + 1):
            said = f"Assurance level: {value.group('value')}" if i == at + 1 + last else value.group("value")
            blocks[i] = replace(line, spans=(Span(said, line.spans[-1].style),))
        changed = True
    return replace(doc, blocks=tuple(blocks)) if changed else doc
