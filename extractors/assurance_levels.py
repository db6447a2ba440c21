"""Assurance levels as packs print them, shared by the two readers of
decisions (extractors/assurance_tables.py for Question | Evidence | Decision
tables, extractors/assurance_minutes.py for minuted paragraphs): the printed
phrase normalised to the three canonical levels (schemas/vocab/assurance.json),
the one reading of where a line states a level (read_level: a level set apart
by layout or as the complement of the decider's sentence, never a word of
running commentary), rating colours read against the pack's own key, and the
draft fields every decision carries.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from itertools import accumulate

from extractors.colours import colour_name
from extractors.dates import find_dates
from extractors.marks import BOX, CHECKED
from extractors.meetings import ITEM_LINE, MINUTE_REFERENCE, fix_case, item_number
from extractors.tables import DOTTED_NUMBER, in_english, leading_number, load_vocab, logical_tables, words
from extractors.text import clean, strip_bullet
from pipeline.layout import STATUS_GLYPHS, Block, BlockKind, Cell, LayoutDocument, Span, Table, TextBlock


# What finds a table's decision column by its headings (assurance_tables.decision_column), given the words the
# pack's key makes levels: (header row, column).
DecisionColumn = Callable[[Table, dict[str, str]], tuple[int, int] | None]


@dataclass(frozen=True, slots=True)
class Decision:
    """One assurance decision, as either reader found it: the fields of its
    draft record, its draft key and confidence; ``item_numbered`` where a
    decisions table numbers it by the notes' items ("Item | Matter
    considered": "3a" is item 3's first question), not by its own numbering."""

    key: tuple
    page: int | None
    confidence: float
    meeting_date: date | None
    topic: str | None
    question_number: str | None
    question: str
    evidence_summary: str | None
    assurance: str | None
    assurance_raw: str | None
    commentary: str | None
    item_numbered: bool = False


@dataclass(frozen=True, slots=True)
class AnsweredQuestion:
    """A question asked and answered apart from the decision on it (in the
    notes, in a table that only asks and answers, or put in prose under a
    numbered item): its words (normalised; "" where only its number finds
    it), its number, the page it is printed on, the answer ("" where none is
    minuted) and, where found by its item's number, the item's title."""

    asked: str
    number: str | None
    page: int | None
    answer: str
    topic: str | None = None


@cache
def _levels() -> dict[str, str]:
    """Printed phrase (normalised words) -> canonical level; "assured" with
    a qualifier of partiality ("assured with caveats", of the vocabulary's
    parts) is Partly assured."""
    qualified = {f"assured {' '.join(phrase)}": "Partly assured" for phrase in _parts()["partial"]
                 if phrase[0] == "with"}
    return {**qualified, **{words(phrase): level for level, phrases in load_vocab("assurance.json")["levels"].items()
                            for phrase in phrases}}


@cache
def _level_patterns() -> tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...]:
    """Each level phrase's words (longest first), its pattern over any
    spacing or punctuation between them, and its level. Bare "partly" inside
    prose says nothing about the decision: short phrases are levels only as
    a whole text."""
    return tuple(
        (tuple(sorted(phrase.split(), key=len, reverse=True)),
         re.compile(r"(?<![\w-])" + r"[\s\W]+".join(map(re.escape, phrase.split())) + r"(?![\w-])", re.I), level)
        for phrase, level in _levels().items() if len(phrase) >= 6)


# A rating colour's level where the pack gives no key: green is assurance
# given, amber given in part, red withheld (the RAG reading of a scorecard).
RAG_LEVELS = {"green": "Assured", "amber": "Partly assured", "yellow": "Partly assured", "red": "Not assured"}
# A key's entry: a colour or a blend of two on a five-step scale ("Amber/Green"), its capital letter ("G =
# assured", maybe with the colour named in brackets: "G (green) – assured"), a level's code of one or two capitals
# ("PA – Partly assured") or a rating's number ("4 – Full assurance"), then what it means, which opens with no
# number: the next entry's is none ("rates each from 1 to 4: 1 – full assurance" keys 1, not 4).
_RAG = r"(?:green|amber|yellow|red)"
_COLOUR_KEY = re.compile(rf"\b(?P<colour>{_RAG}(?:\s*/\s*{_RAG})?|(?-i:[A-Z]{{1,2}})|\d)\b"
                         rf"(?:\s*\((?P<named>{_RAG})\))?\s*(?:=|:|-|\u2013|\u2014|means)\s*"
                         r"(?P<meaning>(?!\s*\d)[^;,.=]{3,50})", re.I)


@cache
def _under_label() -> dict[str, str]:
    """Words that are a level only under an assurance label or column ("None")."""
    return _vocab_section("under_label")


@cache
def answer_levels() -> dict[str, str]:
    """The answers to whether the decider is assured ("Yes", "Partial", "No"):
    levels only where a label or a column heading names assurance."""
    return _vocab_section("answers")


@cache
def _agreement() -> frozenset[str]:
    return frozenset(words(phrase) for phrase in load_vocab("assurance.json")["agreement"])


def agrees(text: str) -> bool:
    """Whether a decider's decision slot only agrees with the level
    recommended to it ("Agreed"; schemas/vocab/assurance.json "agreement")."""
    return words(text) in _agreement()


def alternatives(phrases: list[str]) -> str:
    """A regex alternation of vocabulary phrases, longest first, any run of spaces between their words."""
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in sorted(phrases, key=len, reverse=True))


def _vocab_section(name: str) -> dict[str, str]:
    """A section of schemas/vocab/assurance.json: printed words (normalised) -> canonical level."""
    return {words(phrase): level for level, phrases in load_vocab("assurance.json")[name].items()
            for phrase in phrases}


def label_levels(doc: LayoutDocument, decision_column: DecisionColumn) -> dict[str, str]:
    """Words that state a level only under an assurance label or column: what
    each rating colour means (the pack's own key where it prints one, "Green
    - assured; Amber - partially assured", coloured marks or words, or a key
    table, else the RAG reading), what each rating number means where a key
    line numbers the scale ("4 – Full assurance; 3 – Substantial assurance;
    ...") or bands its scores ("4 or 5 means ... assured, 3 ..."), what each
    run of marks means ("✓✓ – the Commissioner is assured; ✓ – ..."), and
    the vocabulary's bare words such as "None"; and the steps of the pack's
    own scale that none of these reads, read by their parts or their place
    on the scale (_own_steps: "Not met", "Mixed", the "Fair" of "Strong /
    Fair / Weak"), in the column ``decision_column`` finds as a table's
    decisions (the table reader's)."""
    colours = {**_under_label(), **RAG_LEVELS}
    for block in doc.text_blocks():
        entries = _key_entries(block.text)
        numbered = {level for name, level in entries.items() if name.isdigit()}
        if len(numbered) < 2:  # one numbered level is a question's ("Question 2 - Limited"), a key numbers the scale
            entries = {name: level for name, level in entries.items() if not name.isdigit()}
        colours.update(entries)
        colours.update(_worded_key(block.text))
        colours.update(_described_key(block.text))
        colours.update(_bracketed_key(block.text))
        colours.update(_listed_outcomes_key(block.text))
        colours.update(_glyph_key(block))
        colours.update(_shape_key(block.text))
        colours.update(_band_key(block.text))
    colours.update(_listed_key(doc))
    for table in doc.tables():
        colours.update(_table_key(table))
        colours.update(_rating_table_key(table))
    # the pack's own steps that neither the vocabulary nor a key reads: a key decides over them
    for step, level in _own_steps(doc, colours, decision_column).items():
        colours.setdefault(step, level)
    return colours


@cache
def _parts() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The parts a step is read by (schemas/vocab/assurance.json "parts"): section -> its phrases' words."""
    return {name: tuple(tuple(words(phrase).split()) for phrase in phrases)
            for name, phrases in load_vocab("assurance.json")["parts"].items()}


# The sections of "parts" a step's words are read as, a phrase of any of them matched longest first.
_PART_KINDS = ("negations", "partial", "subject_to", "degrees", "granting", "adverse")


def _step_by_parts(step: str) -> str | None:
    """The level a scale's step states by its parts, where every word of it
    is one ("Not met", "Insufficient", "Accepted subject to review",
    "Mixed", "Weak"): a granting root alone or after a degree is Assured,
    negated Not assured, qualified as partial Partly assured; a qualifier
    of partiality alone is Partly assured; an adverse word is Not assured,
    Partly qualified, Assured negated ("No concerns"). None for a step with
    any other word, or two roots."""
    parts = _parts()
    said = words(step).split()
    kinds: list[str] = []
    at = 0
    while at < len(said):
        found = max(((len(phrase), kind) for kind in _PART_KINDS for phrase in parts[kind]
                     if tuple(said[at:at + len(phrase)]) == phrase), default=None)
        if found is None:
            # a root negated by a prefix: "insufficient", "unconvinced"
            if not any(said[at].startswith(prefix) and (said[at][len(prefix):],) in parts["granting"]
                       for (prefix,) in parts["negating_prefixes"]):
                return None
            found = (1, "negations")
            kinds.append("granting")
        kinds.append(found[1])
        if found[1] == "subject_to":  # "subject to a review in May": the rest says what it waits on
            break
        at += found[0]
    roots, adverse = kinds.count("granting"), kinds.count("adverse")
    partial, negated = "partial" in kinds or "subject_to" in kinds, "negations" in kinds
    if roots + adverse > 1 or (roots == 0 and "subject_to" in kinds):
        return None
    if roots:
        return "Partly assured" if partial else "Not assured" if negated else "Assured"
    if adverse:
        return "Assured" if negated else "Partly assured" if partial else "Not assured"
    return "Partly assured" if kinds == ["partial"] else None


# The most words a scale's step is printed in ("Accepted subject to a review").
_STEP_WORDS = 6
# A participle ("given", "discussed", "received", "awaiting") says what was done with the question, no step.
_PARTICIPLE = re.compile(r"(?:ed|ing|en)$")


def _own_steps(doc: LayoutDocument, known: dict[str, str], decision_column: DecisionColumn) -> dict[str, str]:
    """The steps of the pack's own scale that ``known`` (the vocabulary's
    words under a label, the pack's key) does not read, where the pack
    prints its decisions: a table's decision column (_decision_columns)
    and the values after a level's label, the pack's labels taken
    together: step (normalised words) -> level. A step is read by its parts
    (_step_by_parts), else by its place on the scale (_placed_step) where
    the column or label names the level. A performance table's column or
    prose gives no step."""
    labelled = _labelled_steps(doc)
    own: dict[str, str] = {}
    # a label that names no assurance ("Decision: Approved", "Outcome: Report noted") labels more than levels: its
    # steps are read by their parts only, and only in an item that puts a question (_labelled_steps)
    for printed, placed in [*((column, True) for column in _decision_columns(doc, decision_column, known)),
                            ([step for step, assurance in labelled if assurance], True),
                            ([step for step, assurance in labelled if not assurance], False)]:
        steps = {words(step): step for step in printed if _is_step(step)}
        read = {name: found[0] for name, step in steps.items() if (found := _whole(step, known))}
        levels = {name: read.get(name) or _step_by_parts(step) for name, step in steps.items()}
        described = _self_described([[name] for name, level in levels.items() if level is None])
        levels = {name: level or described.get(name) for name, level in levels.items()}
        for name, level in levels.items():
            if name not in read and (level := level or (_placed_step(name, levels) if placed else None)):
                own.setdefault(name, level)
    return own


def _self_described(entries: list[list[str]]) -> dict[str, str]:
    """The levels of a scale that describes itself by one word or phrase W
    (``entries``: the steps a column or a list prints, each as the step names
    it may be read as, longest first; normalised words): "W" is Assured, W
    with a qualifier of partiality ("Partly W", "Partially W", "Part W", "W
    in part") Partly assured, W negated ("Not W", "No W", "W not given") Not
    assured, where the entries show W in two of the three forms at least,
    its partial form one of them (one alone may be anything: "Not
    discussed", "Referred"; W and "No W" alone are two outcomes: "No
    further action" is no "Not assured"), an entry
    giving W one form, its longest: step -> level. W is no note of handling
    (the vocabulary's "not_steps": "Not complete", "Partly updated") and
    states no level (the vocabulary reads those)."""
    forms: dict[tuple[str, ...], dict[str, str]] = {}  # W -> {step: level}
    for names in entries:
        taken: set[tuple[str, ...]] = set()  # the forms of W an entry gives: "not W", not its "W" too
        for name in names:
            for root, level in _forms(name):
                if root not in taken:
                    taken.add(root)
                    forms.setdefault(root, {}).setdefault(name, level)
    described: dict[str, str] = {}
    for root, steps in forms.items():
        # W is no level of the vocabulary: "assured on one", "partly assured on one" are a summary's words
        # and its partial form is printed: "Further action / No further action", "Answered / Not answered",
        # "On track / Not on track" are two outcomes, no scale, and read as one would invert the decision
        if len(set(steps.values())) >= 2 and "Partly assured" in steps.values() \
                and root not in _parts()["not_steps"] and normalise_assurance(" ".join(root)) is None:
            for name, level in steps.items():
                described.setdefault(name, level)
    return described


def _forms(name: str) -> list[tuple[tuple[str, ...], str]]:
    """(W, level) of each word or phrase W the step ``name`` (normalised
    words) may be a form of: itself (Assured), W with a qualifier of
    partiality in it (Partly assured) or a negation (Not assured)."""
    said = tuple(name.split())
    found = [(said, "Assured")]
    for kind, level in (("partial", "Partly assured"), ("negations", "Not assured")):
        for phrase in _parts()[kind]:
            found += [(said[:at] + said[at + len(phrase):], level) for at in range(len(said) - len(phrase) + 1)
                      if said[at:at + len(phrase)] == phrase and len(said) > len(phrase)]
    return found


def _described_key(text: str) -> dict[str, str]:
    """The forms of the pack's own word a sentence lists as the scale of
    assurance, two entries or more ("The Panel notes whether assurance was
    evidenced, partly evidenced or not evidenced", "Assurance levels:
    ..."), read as _self_described reads a decision column's steps, each
    entry by its last words: step -> level. A list said of something else
    than assurance ("... sought assurance on whether each recommendation
    was implemented, partly implemented or not implemented") is that
    thing's state, no level (_said_of_other)."""
    described: dict[str, str] = {}
    for sentence in _SENTENCE_START.split(clean(text)):
        listed = [said for entry in _LIST_SEPARATOR.split(sentence.rstrip(" .:")) if (said := words(entry).split())]
        if names_assurance(sentence) and len(listed) >= 2:
            found = _self_described([[" ".join(said[-n:]) for n in range(min(len(said), _STEP_WORDS), 0, -1)]
                                     for said in listed])
            if not _said_of_other(listed, found):
                described.update(found)
    return described


def _said_of_other(listed: list[list[str]], forms: dict[str, str]) -> bool:
    """Whether a key's list (``listed``: its entries' words, the first form's
    after the lead-in; ``forms``: the steps read from it) is said of
    something other than assurance: between the last word naming assurance
    and the first form a clause opens with a subject of its own ("...
    assurance that / whether each recommendation was ..."), or a phrase
    names what the assurance is about in words that are not the scale's
    nor the questions' ("assurance on each recommendation: ...", where
    "assurance on each question is recorded as ..." and "assurance is rated
    on a three-point scale: ..." are the scale's): the vocabulary's
    "scale_key". True too where no word before the first form names
    assurance."""
    key = load_vocab("assurance.json")["scale_key"]
    for said in listed:
        if form := next((n for n in range(len(said), 0, -1) if " ".join(said[-n:]) in forms), 0):
            named = [at for at, word in enumerate(said[:-form]) if names_assurance(word)]
            between = said[named[-1] + 1:-form] if named else []
            about = next((at for at, word in enumerate(between) if word in key["about"]), len(between))
            return not named or any(word in key["clause_openers"] for word in between) \
                or any(word not in key["own_words"] for word in between[about + 1:])
    return True


def _placed_step(name: str, levels: dict[str, str | None]) -> str | None:
    """The level an unread step takes by its place on its scale (``levels``:
    each step's level, None where unread): the top of any scale
    ("Outstanding", of the vocabulary's "scale_top") is Assured; the
    middle of three steps whose top and bottom are read ("Strong / Fair /
    Weak"), or the third of four whose others read Assured, Assured, Not
    assured, is Partly assured."""
    others = sorted(level or "" for other, level in levels.items() if other != name)
    if tuple(name.split()) in _parts()["scale_top"]:
        return "Assured" if any(others) else None
    if not _may_be_middle(name):
        return None
    return "Partly assured" if others in (["Assured", "Not assured"], ["Assured", "Assured", "Not assured"]) else None


def _may_be_middle(name: str) -> bool:
    """Whether an unread step (normalised words) may be a scale's middle by
    its place: one word ("Fair", "Moderate") or a qualifier of partiality
    and one word ("Some progress"), neither negated nor a participle; a
    note of handling ("Verbal update given", "Not discussed", "For noting",
    "Awaiting response", "No update") is none."""
    said = name.split()
    head = tuple(said[:-1])
    return (not head or head in _parts()["partial"]) and not _PARTICIPLE.search(said[-1]) \
        and (said[0],) not in _parts()["negations"]


def _is_step(text: str) -> bool:
    """Whether a decision slot's first words may be a step of a scale: a
    few words, no number, not a note of how the question was handled
    ("Noted", "Deferred"; the vocabulary's "not_steps")."""
    said = words(text)
    return bool(said) and len(said.split()) <= _STEP_WORDS and not re.search(r"\d", said) \
        and tuple(said.split()) not in _parts()["not_steps"] and not defers_level(text)


def _first_words(text: str) -> str:
    """A decision slot's step: its first line up to a full stop, semicolon, colon, dash or bracket."""
    line = clean(text.split("\n")[0])
    cut = min((m.start() for pattern in (_SENTENCE_END, _QUALIFIER_START) if (m := pattern.search(line))),
              default=len(line))
    return line[:cut].strip(" .")


def _decision_columns(doc: LayoutDocument, decision_column: DecisionColumn, known: dict[str, str]) -> list[list[str]]:
    """The steps each table's decision column prints (``decision_column``:
    the table reader's; ``known``, the words the pack's key reads), one list
    a column."""
    columns: list[list[str]] = []
    for _, table in logical_tables(doc.blocks):
        if (found := decision_column(table, known)) is not None:
            row, col = found
            columns.append([_first_words(cells[col]) for cells in table.grid()[row + 1:]])
    return columns


def grades_only(heading: str, cells: list[str], colours: dict[str, str]) -> bool:
    """Whether a decision column (``heading`` over ``cells``) prints only the
    inspectorate's grades ("Good", "Requires improvement", "Outstanding")
    under a heading naming no assurance, none of them keyed by the pack
    (``colours``: the words its key makes levels, label_levels; "Good – the
    Commissioner is assured; ..." makes the grades its scale): an
    inspection's judgements, no decider's levels."""
    steps = [words(step) for cell in cells if (step := _first_words(cell))]
    return bool(steps) and not names_assurance(heading) and all(step in _grades() for step in steps) \
        and not any(step in colours for step in steps if step not in _under_label())


def names_assurance(label: str) -> bool:
    """Whether a label or column heading names assurance ("Assurance
    level", "Assured?", "Commissioner's assurance"): its "Yes" or "No"
    answers whether the decider is assured."""
    return "assur" in label.lower()


def label_takes(label: str, printed: str, colours: dict[str, str] | None) -> bool:
    """Whether a level's label (LEVEL_LABEL, the decider's maybe) takes the
    level ``printed`` after it as a decision: any level under a label naming
    assurance; under one naming none ("PCC's decision:", "Rating:",
    "Assessment:"), which a request's answer, a risk's rating or an
    inspection's grade stands under as well, only a value naming assurance
    itself ("Partly assured", "Limited assurance") or a word of the pack's
    key (``colours``: "2" of a keyed scale, "Satisfied", a colour), never a
    degree or a grade the vocabulary makes a level alone ("High", "Good",
    "No") unless the pack keys it: an inspectorate's grade is the pack's
    only where its key, not the vocabulary, makes it a level."""
    return names_assurance(label) or names_assurance(printed) or _level_word(_step(printed), colours)


def _step(printed: str) -> str:
    """A printed level's step, normalised as a key's words are ("85%" -> "85 per cent")."""
    return words(_PERCENT.sub(" per cent", _first_words(printed)))


def _level_word(step: str, colours: dict[str, str] | None) -> bool:
    """Whether ``step`` is a level word of the pack (``colours``): an
    inspectorate's grade only where the pack's key, not the vocabulary,
    makes it one."""
    return step in (colours or {}) and not (step in _grades() and step in _under_label())


def _bare_grade(printed: str, colours: dict[str, str] | None) -> bool:
    """Whether a level read alone ("Good", "Adequate") is only an
    inspectorate's grade, which notes quote of an inspection, no key of the
    pack making it a level."""
    return (step := _step(printed)) in _grades() and not _level_word(step, colours)


@cache
def _grades() -> frozenset[str]:
    """The inspectorate's grades as printed (schemas/vocab/grades.json), normalised words."""
    return frozenset(words(phrase) for phrases in load_vocab("grades.json")["grades"].values() for phrase in phrases)


def _labelled_steps(doc: LayoutDocument) -> list[tuple[str, bool]]:
    """The step after each level's label in the pack ("Assurance level:
    Mixed. The PCC ..."), and whether the label names assurance. A label
    naming none ("Decision: Accepted.", "Outcome: Met.") gives a step only
    after a question put in its item (a line asking, or labelled as a
    question): in the minutes of other business it decides a precept, a
    report or an audit, no question."""
    steps: list[tuple[str, bool]] = []
    asked = False
    for block in doc.text_blocks():
        text = _MINUTE_NUMBER.sub("", clean(block.text))
        if is_item_heading(block) and not _ASKING.search(text):
            asked = False
        asked = asked or bool(_ASKING.search(text))
        labelled = _LABELLED.match(text)
        if labelled is None:
            continue
        assurance = names_assurance(labelled.group(0)[:labelled.start("rest")])
        if assurance or asked:
            steps.append((_first_words(labelled.group("rest")), assurance))
    return steps


# A line putting a question: one ending in a question mark, or labelled as a question ("Question 2:", "Q3.").
_ASKING = re.compile(r"\?\s*$|^\s*(?:question|q)\s*\d", re.I)


def _listed_key(doc: LayoutDocument) -> dict[str, str]:
    """What each outcome of a key set out as a bulleted list means, an
    entry an item ("High – the Deputy Mayor is assured"; "Moderate – ...
    partly assured ..."): each run of list items is read as one key line (see
    _worded_entries), so a run of anything else keys nothing."""
    key: dict[str, str] = {}
    run: list[str] = []
    for block in [*doc.text_blocks(), None]:
        if block is not None and block.kind is BlockKind.LIST_ITEM:
            run.append(strip_bullet(clean(block.text)).rstrip(" ;"))  # an item may close with the ";" joining it
            continue
        if len(run) >= 2:
            key.update(_worded_entries("; ".join(run)))
        run = []
    return key


# Questions a sentence names by number: "questions 1 and 3", "question 2", "Q1, Q2 and Q4", "questions 1 to 3";
# not a quarter ("Q4 2025/26").
_NUMBER = r"\d{1,3}[a-z]?\b(?!\s*(?:/|\d{4}))"
NAMED_QUESTIONS = re.compile(rf"\b(?:questions?|qs?)\s*(?P<numbers>{_NUMBER}"
                             rf"(?:\s*(?:,|and|&|or|to|-|\u2013)\s*(?:(?:questions?|q)\s*)?{_NUMBER})*)", re.I)


def named_numbers(named: str) -> list[str]:
    """The question numbers of a sentence's "1, 3 and 5" or "1 to 3"."""
    found: list[str] = []
    for m in re.finditer(rf"(?P<first>{_NUMBER})(?:\s*(?:to|-|\u2013)\s*(?:(?:questions?|q)\s*)?(?P<last>\d{{1,3}}))?",
                         named, re.I):
        first, last = m.group("first"), m.group("last")
        found += [str(n) for n in range(int(first), int(last) + 1)] if last and first.isdigit() else [first]
    return found


def _names_question(text: str, at: int) -> bool:
    """Whether the number at ``at`` is one a question's label names ("Questions 1 and 2", "Q3")."""
    return any(named.start("numbers") <= at < named.end() for named in NAMED_QUESTIONS.finditer(text))


# A number of a key's bands, maybe a percentage ("75%", "40 per cent").
_BAND_NUMBER = r"\d{1,3}(?:\s*(?:%|per\s*cent))?"
# A band of a key's scale: "75% or more", "40% to 74%", "below 40%", "8 and above", "3 or less"; or the scores
# a band lists ("4 or 5", "3", "1 or 2"; never a percentage).
_BAND = re.compile(rf"(?P<from>{_BAND_NUMBER})\s*(?:or\s+(?:more|above|over|higher)|and\s+(?:above|over)|\+)"
                   rf"|(?P<low>{_BAND_NUMBER})\s*(?:to|-|\u2013)\s*(?P<high>{_BAND_NUMBER})"
                   rf"|(?:below|under|less\s+than|lower\s+than)\s+(?P<below>{_BAND_NUMBER})"
                   rf"|(?P<upto>{_BAND_NUMBER})\s*or\s+(?:less|below|lower|fewer)"
                   r"|(?P<listed>\b\d{1,2}(?:\s*(?:,|or|and)\s*\d{1,2})*)\b(?!\s*(?:%|per\s*cent))", re.I)
# What a band means, after it: "means he is assured", "= partly assured", ": not assured", "that she is partly
# assured", or the level alone ("3 partly", "1 or 2 not assured"): words, never the next band's number ("from 1
# to 4: 1 – full assurance" bands nothing).
_BAND_MEANING = re.compile(r"\s*(?:(?:means|shows|indicates|=|:|-|\u2013|\u2014|is|are|that)\s+)?(?P<meaning>[^\W\d].*)$",
                           re.I | re.S)
# Where a key sentence's clauses part: a semicolon, a full stop, or a comma before the next band ("..., 3 that she
# is partly assured, and 1 or 2 that ...", "..., under 40% ...").
_BAND_CLAUSE = re.compile(r";|\.\s+|,\s+(?:and\s+|or\s+)?(?=(?:\w+\s+)?\d)")
# The words a percentage is keyed by, "%" or "per cent" as printed.
_PERCENT = re.compile(r"(?<=\d)\s*(?:%|per\s*cent\b)", re.I)
# Words naming a scale of scores, without which listed numbers ("3 partly") key nothing.
_NAMES_SCALE = re.compile(r"\b(?:scor(?:e|es|ed|ing)|scales?|rat(?:ed|ing|ings)|marked)\b", re.I)
# The fewest scores a key listing its bands' scores covers: a scale ("1 to 5"), not two questions' numbers.
_LISTED_SCALE = 3


def _band_key(text: str) -> dict[str, str]:
    """What each value of a scale of bands means, where a sentence keys
    them a clause each ("75% or more means he is assured; 40% to 74% means
    he is partly assured; below 40% means he is not assured"; "a score of 4
    or 5 means the Commissioner is assured, 3 that she is partly assured,
    and 1 or 2 that she is not assured"): every whole number of each band
    (as "<n> per cent" where the bands are percentages) -> level. Empty
    unless two bands or more each state a level of their own, none
    overlapping another; scores listed must cover a scale from 0 or 1 up,
    three at least, with no gap, in a text naming a scale ("score", "rating")
    and never after a question's label ("Questions 1 and 2: ... assured")."""
    bands: list[tuple[int | None, int | None, str]] = []
    listed: set[int] = set()
    percent = False
    names_scale = bool(_NAMES_SCALE.search(text))
    for clause in _BAND_CLAUSE.split(clean(text)):
        found = next(((band, level) for band in _BAND.finditer(clause)
                      if (meaning := _BAND_MEANING.match(clause, band.end()))
                      and (level := _stated_level(meaning.group("meaning").rstrip(" .")))), None)
        if found is None:
            continue
        band, level = found
        if band.group("listed"):
            # bare numbers key a scale only in a sentence naming one, never a question's ("Questions 1 and 2: ...")
            if not names_scale or _names_question(clause, band.start()):
                continue
            scores = [int(n) for n in re.findall(r"\d+", band.group("listed"))]
            listed.update(scores)
            bands.extend((n, n, level) for n in scores)
            continue
        percent = percent or bool(_PERCENT.search(band.group(0)))
        number = {name: int(re.match(r"\d+", value).group()) for name, value in band.groupdict().items() if value}
        bands.append((number.get("from", number.get("low")),
                      number.get("high", number.get("upto", number["below"] - 1 if "below" in number else None)),
                      level))
    if len({level for *_, level in bands}) < 2:
        return {}
    if listed and (percent or len(listed) < _LISTED_SCALE or min(listed) > 1
                   or len(listed) != max(listed) - min(listed) + 1):
        return {}
    top = 100 if percent else max(n for low, high, _ in bands for n in (low, high) if n is not None)
    key: dict[str, str] = {}
    for low, high, level in bands:
        for n in range(low or 0, (top if high is None else high) + 1):
            name = f"{n} per cent" if percent else str(n)
            if key.setdefault(name, level) != level:
                return {}
    return key


# A rating's name in a key: its number and its word ("4 – Substantial"), or either alone.
_RATING_NAME = re.compile(r"^(?P<number>\d{1,2})\s*(?:[-\u2013\u2014.:)=]\s*)?(?P<name>\D.*)?$")
_RATING_NAME_WORDS = 4


def _rating_table_key(table: Table) -> dict[str, str]:
    """What each rating of a scale a table defines means, where each row
    gives a rating's name ("4 – Substantial", "Green", a band of scores
    "4 or 5", a run of marks "✓✓") and, in its last cell, a meaning that
    states a level in words of its own ("The Commissioner is assured:
    arrangements are effective ..."): the name whole, its number and its
    word, each score of its band, its marks -> level. A header row ("Rating |
    Meaning") states none and is passed over; empty unless every other row
    is such an entry and the scale has two levels or more."""
    if table.n_cols < 2:
        return {}
    names_scale = bool(_SCALE_HEADER.search(" ".join(table.grid()[0])))
    key: dict[str, str] = {}
    for row in range(table.n_rows):
        cells = table.row_cells(row)
        name = clean(" ".join(b.text for b in cells[0].blocks))
        rating = _RATING_NAME.match(name)
        found = _rating_meaning([clean(" ".join(b.text for b in cell.blocks)) for cell in cells[1:]],
                                bool(rating and not rating.group("name")), names_scale) \
            or _named_rating(rating)
        if found is None or not name or len(name.split()) > _RATING_NAME_WORDS or name.endswith("?"):
            if row == 0:
                continue
            return {}
        names = [name, *((rating.group("number"), rating.group("name") or "") if rating else ())]
        key.update({words(part): found[0] for part in names if words(part)})
        if mark := _mark_run(name):  # a scale of marks ("✓✓ | The Commissioner is assured")
            key[mark] = found[0]
        key.update(dict.fromkeys(_band_scores(name), found[0]))
    return key if len(set(key.values())) >= 2 else {}


# A row's name that is a band of scores: "4–5", "4 to 5", "4 or 5", "1, 2 or 3".
_SCORE_BAND = re.compile(r"(?P<low>\d{1,2})\s*(?:-|\u2013|\u2014|to)\s*(?P<high>\d{1,2})"
                         r"|\d{1,2}(?:\s*(?:,|or|and)\s*\d{1,2})+")


def _band_scores(name: str) -> list[str]:
    """The scores a key row's name bands together ("4–5": "4", "5"), in a
    table keying a scale by bands of its scores; none for any other name."""
    band = _SCORE_BAND.fullmatch(name.strip())
    if band is None:
        return []
    if band.group("low"):
        return [str(n) for n in range(int(band.group("low")), int(band.group("high")) + 1)]
    return re.findall(r"\d+", band.group(0))


def _named_rating(rating: re.Match[str] | None) -> tuple[str, str] | None:
    """The level a numbered rating's own word is ("2 – Limited", "1 – None"),
    where its meaning states none in words ("The PCC has significant
    concerns"): the scale names its steps by the levels."""
    if rating is None or not rating.group("number") or not rating.group("name"):
        return None
    return _whole(rating.group("name"), _under_label())


# A key table's header naming what it keys ("Rating | Meaning", "Assurance scale", "Score | Level of assurance",
# "Key").
_SCALE_HEADER = re.compile(r"\b(?:scales?|ratings?|scores?|grades?|key)\b", re.I)


def _rating_meaning(texts: list[str], bare_number: bool, names_scale: bool) -> tuple[str, str] | None:
    """The level a key row's cells after its name state (the last cell
    first): a meaning stating a level in words of its own ("The
    Commissioner is assured: ..."), the meaning after a grade's dash
    deciding over the grade ("Limited assurance – the Commissioner is not
    assured" is Not assured). A cell of the level alone keys only a
    number alone ("4 | Full assurance | Controls are strong ...") in a row
    that explains it in another cell, or in a table headed as a scale: a
    numbered summary ("1 | Assured") is no key."""
    for i in (len(texts) - 1, *range(len(texts) - 1)) if texts else ():  # a row merged across has no meaning
        # the key's own meaning decides over the grade it explains ("Limited assurance – the Commissioner is not
        # assured")
        entry = _WORDED_ENTRY.fullmatch(texts[i].split(";")[0].strip(" ."))
        if entry and (stated := _stated_level(entry.group("meaning"))):
            return stated, texts[i]
        found = normalise_assurance(re.split(r"[:;,.]", texts[i])[0]) if texts[i] else None
        if found is None:
            continue
        explained = any(text for j, text in enumerate(texts) if j != i)
        if words(found[1]) != words(texts[i]) or (bare_number and (explained or names_scale)):
            return found
    return None


@cache
def _no_decision() -> re.Pattern[str]:
    """A key's meaning saying its step gives no level ("no decision was
    reached", "no level of assurance is given"), in the words of
    schemas/vocab/assurance.json "no_decision"."""
    said = load_vocab("assurance.json")["no_decision"]
    things, verbs = (alternatives(said[part]) for part in ("things", "verbs"))
    return re.compile(rf"\bno\s+(?:{things})\s+(?:was|is|has\s+been|can\s+be)\s+(?:{verbs})\b", re.I)

# The fewest entries of a key line listing the pack's steps ("Assured; Assured with caveats – ...; Not assured").
_KEY_STEPS = 3


# A key's line for one code a level cell may print ("n/r – not rated.", "NR = not reached"): no word of a sentence.
_WITHHELD_CODE = re.compile(r"(?P<code>[A-Za-z]{1,3}(?:/[A-Za-z]{1,3})?)\s*(?:=|\s-|\u2013|\u2014|:)\s*(?P<meaning>[^;]{3,60})")


# A key's entry saying a grey shading withholds the level ("grey \u2013 not rated"), in a colour key's line or alone.
_GREY_KEY = re.compile(r"\b(?:grey|gray)\s*(?:=|:|-|\u2013|\u2014|means)\s*(?P<meaning>[^;,=]{3,50})", re.I)
WITHHELD_SHADING = "grey"


def unlevelled_steps(doc: LayoutDocument) -> set[str]:
    """The steps of the pack's scale its key line says give no level
    (normalised words): in a line listing the steps, a semicolon between
    each, two levels or more among them, an entry whose meaning after its
    dash says no decision was reached ("PCC decision: Assured; ...; Not
    assured; Further report required – no decision was reached ..."); or a
    line keying one code that withholds the level ("n/r – not rated."),
    printed in a level cell in its stead (a code some table cell prints,
    and no word the vocabulary reads as a level: "No – not assessed" keys
    no code); WITHHELD_SHADING where a colour key says a grey shading
    withholds it ("...; red – not assured; grey – not rated")."""
    steps: set[str] = set()
    # what a table cell prints before any dash: a code standing for a level ("n/r", "n/r \u2013 see note")
    printed_codes = {words(_DASH.split(cell, maxsplit=1)[0]) for table in doc.tables() for row in table.grid()
                     for cell in row}
    for block in doc.text_blocks():
        text = clean(block.text)
        grey = _GREY_KEY.search(text)
        if grey and (_key_entries(text) or grey.start() == 0) and withheld_level(grey.group("meaning"), slot=True):
            steps.add(WITHHELD_SHADING)
        if (coded := _WITHHELD_CODE.fullmatch(text)) and withheld_level(coded.group("meaning"), slot=True):
            # a code is one the pack's level cells print, never a word that is a level or an answer ("No")
            code = words(coded.group("code"))
            if code in printed_codes and code not in answer_levels() and normalise_assurance(code) is None:
                steps.add(code)
            continue
        labelled = _LABELLED.match(text)
        entries = [entry.strip() for entry in (labelled.group("rest") if labelled else text).split(";")]
        if len(entries) < _KEY_STEPS or len({found[0] for entry in entries if (found := _opening(entry, None))}) < 2:
            continue
        steps.update(words(m.group("name")) for entry in entries
                     if (m := _WORDED_ENTRY.fullmatch(entry)) and _no_decision().search(m.group("meaning")))
    return steps


def prints_colour_key(doc: LayoutDocument) -> bool:
    """Whether the pack prints what its rating colours mean (a line keying
    two colours or more, "green: assured; amber: partially assured", or a
    key table): a shading that is the only mark of a level is read only
    against the pack's own key."""
    return any(len(_colour_levels(block.text)) >= 2 for block in doc.text_blocks()) \
        or any(_table_key(table) for table in doc.tables())


def _table_key(table: Table) -> dict[str, str]:
    """What each rating colour means where a table gives the key: a cell
    shaded in the colour holding a level ("Assured" on green), or a
    coloured mark with the level in the cell beside it. A scale whose
    chosen option is shaded (chosen_option) keys no colour: its shading
    marks the choice."""
    key: dict[str, str] = {}
    column = [cell for row in range(table.n_rows) for cell in table.row_cells(row)] if table.n_cols == 1 else []
    if column and chosen_option(column):
        return key
    for row in range(table.n_rows):
        cells = table.row_cells(row)
        if chosen_option(list(cells)):
            continue
        for i, cell in enumerate(cells):
            text = " ".join(b.text for b in cell.blocks)
            level = _whole_level(text)
            if level and rating_colour(cell.fill):
                key[rating_colour(cell.fill)] = level
            beside = _whole_level(" ".join(b.text for b in cells[i + 1].blocks)) if i + 1 < len(cells) else None
            mark = _mark_colour(list(cell.blocks)) if beside else None
            if mark:
                key[mark] = beside
    return key


def _glyph_key(block: TextBlock) -> dict[str, str]:
    """What each coloured mark of a key means, where the key is printed as
    marks each followed by its level ("● Assured ● Partially assured ● Not
    assured", the marks green, amber and red): rating colour -> level."""
    key: dict[str, str] = {}
    colour: str | None = None
    meaning = ""
    for span in (*block.spans, None):
        mark = span is not None and span.text.strip() and set(span.text.strip()) <= STATUS_GLYPHS
        if span is None or mark:
            level = _whole_level(meaning) if colour else None
            if level:
                key[colour] = level
            colour, meaning = (rating_colour(span.style.colour), "") if mark else (None, "")
        else:
            meaning += span.text
            level = _whole_level(span.text)
            if level and rating_colour(span.style.colour):  # the level in its colour: "Assured" in green
                key[rating_colour(span.style.colour)] = level
    return key


# Marks a key may tell apart by their shape: ticks and crosses, full, half and empty circles, squares, diamonds,
# triangles, stars.
SHAPES = frozenset("\u2713\u2714\u2716\u2717\u2718\u25cf\u25d0\u25d1\u25d2\u25d3\u25d4\u25d5\u25cb\u25ef\u25c9\u25ce\u2b24"
                   "\u25a0\u25a1\u25c6\u25c7\u25b2\u25b3\u2605\u2606"  # ✓ ✔ ✖ ✗ ✘ ● ◐ ◑ ◒ ◓ ◔ ◕ ○ ◯ ◉ ◎ ⬤ ■ □ ◆ ◇ ▲ △ ★ ☆
                   "+\u00b1\u2213\u2212")  # the signs + ± ∓ − (a typed hyphen is a blank cell's dash, no sign)
_SHAPE_CLASS = f"[{''.join(sorted(SHAPES))}]"
# A key's entry: a run of marks ("✓✓", "●●●", "★ ★"), maybe a dash or colon, then what it means, up to the next
# run of marks or a separator (";", ",", "|").
_SHAPE_ENTRY = re.compile(rf"(?P<mark>{_SHAPE_CLASS}(?:\s?{_SHAPE_CLASS})*)\s*(?:=|:|-|\u2013|\u2014)?\s*"
                          rf"(?P<meaning>[^{''.join(sorted(SHAPES))};,|]+)")


def _mark_run(text: str) -> str | None:
    """``text`` as a run of marks with no space in it ("✓ ✓" -> "✓✓"), where it is only marks."""
    run = re.sub(r"\s", "", text)
    return run if run and set(run) <= SHAPES else None


def _shape_key(text: str) -> dict[str, str]:
    """What each mark of a key means, where the key tells its levels apart by
    the marks' shapes or how many are printed ("● Assured ◐ Partly assured
    ○ Not assured", "✓✓ the Commissioner is assured | ✓ ... partly assured
    | ✗ ... not assured"), not their colours: each entry a level, or a
    meaning stating one in the present: run of marks -> level. Empty unless
    two runs or more each key a level of their own."""
    key: dict[str, str] = {}
    # its spaces made single but not cleaned, which would read a minus sign ("\u2212 not assured") as a hyphen
    for m in _SHAPE_ENTRY.finditer(" ".join(text.split())):
        meaning = m.group("meaning").strip(" .")
        level = _whole_level(meaning) or _stated_level(meaning)
        mark = _mark_run(m.group("mark"))
        if level is None or key.get(mark, level) != level:
            return {}
        key[mark] = level
    return key if len(set(key.values())) >= 2 else {}


def glyph_level(blocks: list[TextBlock], colours: dict[str, str]) -> tuple[str, str] | None:
    """(level, as printed) of a cell whose text is only marks: a mark's colour
    ("●" in green) read against the pack's colour key, else the run of
    marks ("◐", "✓✓") against a key of shapes (_shape_key)."""
    name = _mark_colour(blocks)
    if name in colours:
        return colours[name], name.capitalize()
    mark = _mark_run("".join(block.text for block in blocks))
    return (colours[mark], mark) if mark in colours else None


def _mark_colour(blocks: list[TextBlock]) -> str | None:
    """The rating colour of a cell whose text is only a coloured mark."""
    spans = [span for block in blocks for span in block.spans if span.text.strip()]
    if not spans or not all(set(span.text.strip()) <= STATUS_GLYPHS for span in spans):
        return None
    return rating_colour(spans[0].style.colour)


def normalise_assurance(text: str, colours: dict[str, str] | None = None) -> tuple[str, str] | None:
    """(canonical level, the phrase as printed) for the first level stated in
    ``text``: the whole text if it is a level (a bare grade such as
    "Limited" under an assurance label or column, or a word of ``colours``,
    the words that are levels only there: see label_levels), else the longest level phrase inside it. None when it
    states none."""
    text = clean(text)
    said = _PERCENT.sub(" per cent", text)  # "85%" as a key of bands names it ("85 per cent")
    if not _may_state_level(said, colours):
        return None
    levels = _levels()
    whole = words(said)
    if colours and whole in colours:  # the pack's key decides ("Adequate (partly assured)")
        return colours[whole], text.strip(" .:")
    # a grade alone names its level ("Limited" assurance); under a label or column, so does a bare degree of
    # being assured ("Mostly", "Not" of a Fully / Mostly / Partly / Not assured scale)
    for candidate in (whole, f"{whole} assurance", *((f"{whole} assured",) if colours else ())):
        if candidate in levels:
            return levels[candidate], text.strip(" .:")
    lowered = text.lower()
    best: tuple[int, int, str, str] | None = None  # (start, -length, level, printed)
    for phrase_words, pattern, level in _level_patterns():
        # a text stating the phrase holds each of its words (most texts lack its longest): no search needed
        if phrase_words[0] not in lowered or not all(word in lowered for word in phrase_words[1:]):
            continue
        m = pattern.search(text)
        if m and (best is None or (m.start(), -len(m.group(0))) < best[:2]):
            best = (m.start(), -len(m.group(0)), level, m.group(0))
    return (best[2], best[3]) if best else None


def level_phrases(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical level) of every level phrase in ``text``, in
    order; where phrases overlap the longest ("not assured", not its
    "assured"). For a sentence that gives several levels ("assured on
    question 1 and not assured on question 2")."""
    if not _may_state_level(text):
        return []
    found = sorted(((m.start(), -len(m.group(0)), level) for _, pattern, level in _level_patterns()
                    for m in pattern.finditer(text)))
    phrases: list[tuple[int, int, str]] = []
    for start, negative_length, level in found:
        if not phrases or start >= phrases[-1][1]:
            phrases.append((start, start - negative_length, level))
    return phrases


# Whoever decides on assurance: a commissioner of any title or its deputy,
# the mayor's office, or the members of a police authority's board or
# committee; the office or the area may follow, in capitals ("The Deputy
# Mayor for Policing and Crime", "The Police and Crime Commissioner for Kent").
DECIDER = (r"(?:the\s+)?(?:deputy\s+)?(?:police,?\s+(?:fire\s+)?and\s+crime\s+commissioner|commissioner|pcc|pcvc|pfcc|"
           r"dpcc|dpfcc|dmpc|mopac|mayor|members|committee|board|authority|panel)"
           r"(?:\s+for\s+(?-i:[A-Z][\w'\u2019-]*(?:,?\s+(?:and\s+|the\s+|of\s+)*[A-Z][\w'\u2019-]*){0,5}))?")
# The decider's comment under its label ("PCC comment: ...", "Assurance statement: ...", "Commissioner's
# view: ..."): the commentary. A view or remark is the decider's only where the label names the decider.
STATEMENT_LINE = re.compile(rf"^\s*(?:assurance\s+statement|(?:{DECIDER}(?:'s)?\s+)?(?:commentary|comments?|rationale)"
                            rf"|{DECIDER}(?:'s)?\s+(?:views?|observations?|remarks?|notes?))\s*:\s*(?P<text>.*)$",
                            re.I | re.S)
# The decider's view or the assurance statement under its label, which may open with the level ("PCC's view:
# Partially assured. ...", "Assurance statement: Assured. ...").
_DECIDER_VIEW = re.compile(rf"^\s*(?:assurance\s+statement|{DECIDER}(?:'s)?\s+views?)\s*:", re.I)
# "Level of assurance: Limited", "Outcome: Partially assured", "Assurance:
# Not assured. The DMPC asked ...", "Decision of the Commissioner: The
# Commissioner is ASSURED.", "Commissioner's assurance: High.", "PCC
# assessment: Partial assurance.": a label, then the level first.
LEVEL_LABEL = (rf"(?:{DECIDER}(?:'s)?\s+position|"  # the decider's own position: "PCC's position: Partial assurance"
               rf"(?:{DECIDER}(?:'s)?\s+)?(?:overall\s+)?(?:level\s+of\s+assurance|judgement|"
               r"assurance\s+(?:level|rating|score|outcome|judgement|opinion|statement)|"
               r"(?:level\s+of\s+)?confidence(?:\s+(?:level|rating|score))?|outcome\s+of\s+(?:the\s+)?scrutiny|"
               rf"assurance|level|outcome|conclusion|assessment|rating|decision(?:\s+of\s+{DECIDER})?))")
# The verbs of assurance given (schemas/vocab/assurance.json "giving_verbs").
_GIVING = alternatives(load_vocab("assurance.json")["giving_verbs"]["verbs"])
# The assurance given as a label, with its colon ("Assurance provided: Qualified"): without one, the words are a
# level ("Assurance provided – see actions").
# A form's instruction in brackets before the label's colon, no part of the label ("PCC's assurance (delete as
# appropriate): ..."); only a bracket holding an instruction word (schemas/vocab/assurance.json option_instructions).
_INSTRUCTION = rf"\((?=[^()]*\b(?:{alternatives(load_vocab('assurance.json')['option_instructions']['words'])})\b)[^()]{{1,40}}\)"
# (only after a label naming assurance: "Rating (delete as appropriate): High / ..." may rate a risk)
_LABELLED = re.compile(rf"^\s*(?:{LEVEL_LABEL}\s*[:\-\u2013]|(?=[^():]*assurance){LEVEL_LABEL}\s*{_INSTRUCTION}\s*:|"
                       rf"assurance\s+(?:{_GIVING})\s*:)"
                       r"\s*(?P<rest>\S.*)$", re.I | re.S)
# What a decision slot says where it gives no level yet: the level deferred, withheld, or the question not
# reached or not rated.
_WITHHELD = re.compile(r"(?:deferred|withheld|reserved|pending|awaited|to\s+follow|tb[cd]|"
                       r"to\s+be\s+(?:confirmed|determined|agreed|given|assessed|rated|decided)|"
                       r"not\s+(?:yet\s+)?(?:reached|rated|assessed|given|taken|determined|considered))\b", re.I)


# The withheld word after the thing withheld: "Assurance deferred", "Level to be confirmed", "Assessment deferred".
_NAMED_WITHHELD = re.compile(rf"(?:assurance|level|rating|decision|assessment|judgement)\s+{_WITHHELD.pattern}", re.I)


# A question put for information only, no level asked of the decider: a sentence whose subject is the question or
# item ("This question was taken for information", "Question 2 was noted for information only"), or one saying no
# level was sought (_NO_LEVEL_SOUGHT). A paper or figure "noted for information" is everyday minute wording inside an
# answer, and closes nothing.
_FOR_INFORMATION = re.compile(r"^(?:(?:this|the|that)\s+(?:question|item|query)|(?:question|item|q)\s*\d{1,3}[a-z]?)"
                              r"(?:\s*\([^()]{1,30}\))?\s+(?:was|were|is|has\s+been)\s+(?:only\s+)?"
                              r"(?:(?:taken|noted|received|asked|answered|put)\s+)?(?:only\s+)?for\s+information\b", re.I)
# The words of a level not sought (schemas/vocab/assurance.json "not_sought"), one reading for a sentence and a slot:
# "no <thing> (was) <verb>" anywhere ("no level of assurance was requested", "Information only \u2013 no outcome
# was requested"); in a decision slot, "not" or "none" and a verb in the level's place, after the label or alone
# ("Assurance level: Not sought \u2013 ..."), or "For information" alone.
_NOT_SOUGHT_WORDS = load_vocab("assurance.json")["not_sought"]
_NOT_SOUGHT_VERBS = alternatives(_NOT_SOUGHT_WORDS["verbs"])
_NO_LEVEL_SOUGHT = re.compile(rf"\bno\s+(?:assurance\s+)?(?:{alternatives(_NOT_SOUGHT_WORDS['things'])})"
                              r"(?:\s+of\s+assurance)?\s+(?:(?:was|is|were|has\s+been)\s+)?"
                              rf"(?:{_NOT_SOUGHT_VERBS}|{alternatives(_NOT_SOUGHT_WORDS['after_no'])})\b", re.I)
_NOT_SOUGHT = re.compile(rf"^(?:{LEVEL_LABEL}\s*[:\-\u2013]\s*)?(?:(?:not|none)\s+(?:{_NOT_SOUGHT_VERBS})\b|"
                         r"(?:noted\s+|taken\s+)?for\s+information(?:\s+only)?\.?$)", re.I)


def seeks_no_level(text: str) -> bool:
    """Whether ``text`` says its question was put for information, no level
    sought: a question closed with no decision (unlike a level deferred,
    which is a decision with no level yet)."""
    text = clean(text)
    return bool(_NO_LEVEL_SOUGHT.search(text) or _NOT_SOUGHT.match(text)) \
        or any(_FOR_INFORMATION.match(sentence) for sentence in re.split(r"(?<=[.;!?])\s+", text))


def defers_level(text: str) -> bool:
    """Whether a decision slot opens by saying its level is still to come
    ("To be given at the meeting", "Deferred", "TBC")."""
    return bool(_WITHHELD.match(clean(text)))


# The label alone, its level on the line below (a narrow cell wrapped it).
LABEL_ONLY = re.compile(rf"^\s*{LEVEL_LABEL}\s*[:\-\u2013]?\s*$", re.I)
# A labelled level opening a sentence inside a paragraph: "The Committee noted
# the pass rate. Level of assurance: Substantial. It asked ...".
_LABEL_INSIDE = re.compile(rf"(?<=[.;!?])\s+{LEVEL_LABEL}\s*[:\-\u2013]\s*(?P<level>[^.;]{{2,60}})(?:[.;]|$)", re.I)
# The letter of a resolution's part: "(a)", "(ii)".
_RESOLUTION_PART = r"\((?:[a-h]|[ivx]{1,4})\)"
# The decider as a sentence's subject, up to its verb: "The PCC was", "The
# Commissioner, having heard the evidence, is", "The PCC confirmed he was";
# "The PCC asked whether the force was" has another subject.
_DECIDER_SUBJECT = re.compile(
    # a resolution may letter its parts and open "That": "RESOLVED \u2013 (a) That the Commissioner is assured ..."
    rf"(?:^|(?<=[.;:!?,])\s+)(?:(?:resolved|conclusion)\s*[:\-\u2013]\s*(?:{_RESOLUTION_PART}\s*)?(?:that\s+)?)?"
    # the decider in the first person, in the letter or report the decider writes: "I am partially assured that"
    rf"(?P<subject>(?:{DECIDER}|(?-i:I)(?=\s))(?:\s*,[^,.;]{{1,60}},)?"
    # reported: "The PCC confirmed he was", "The PCC explained that she had"
    r"(?:\s+(?:stated|confirmed|said|agreed|indicated|concluded|noted|recorded|reported|\w+ed(?=\s+that\b))"
    r"(?:\s+that)?(?:\s+(?:he|she|they|it))?)?"
    r"(?:\s+\w+ly)?\s+(?:"
    # or yet to be it: "The PCC remains to be assured that ...", "she is yet to be assured"
    r"(?P<unmet>(?:remains?|remained|(?:am|was|were|is|are|has|had)\s+yet)\s+to\s+be\s+)|"
    # gaining it: "The PCC gained partial assurance that ...", "The Mayor did not gain assurance",
    # "The PCC had received substantial assurance", "he had taken no assurance", "she could take only limited
    # assurance", "he was able to take substantial assurance", "she had been given limited assurance"
    r"(?P<gain>(?P<negated>(?:did|does|has|had|could|can)\s+not\s+)?"
    r"(?:(?:has|had|have|could|can|(?:was|is)\s+able\s+to)\s+)?(?:been\s+)?"
    r"(?:gain(?:ed|s)?|obtain(?:ed|s)?|receive[ds]?|took|takes?|taken|"
    # or voicing it: "The Deputy Mayor expressed partial assurance"
    r"ha[sd]|have|gave|gives?|given|express(?:ed|es)?)\s+(?:only\s+)?(?:any\s+)?(?:an?\s+)?(?:level\s+of\s+)?)|"
    # or being it: "The PCC was partly assured", "she was only partly assured", "he was still not assured"
    r"(?:am|was|were|is|are|remains?|remained|felt|feels)\s+(?:(?:only|still|now|also|again)\s+)?))"
    r"(?P<complement>[^.;]*)", re.I)
# A minute's own number ("5.3 The PCC was assured ..."), no part of what it says.
_MINUTE_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\s+")
# Where the words after a level start: a full stop, a semicolon, a colon ("Partially assured: the PFCC asked
# ...") or a dash.
_SENTENCE_END = re.compile(r"(?<=[\w)])\s?(?:\.\s+|;\s*|:\s+)")
_DASH = re.compile(r"\s+-\s+|\s*[\u2013\u2014]\s*")  # a hyphen joins words ("high-risk") unless spaced
# The rest of a level's line when it only qualifies the level, a short phrase
# after a dash (" – further update requested", " – return to next Board") or
# in brackets (" (further information requested)", often on a line of its
# own); a longer clause (" – the PCC will return to this in the summer"), or
# a sentence of its own (" – Charge rates remain low."), or a clause after a dash whose subject is the decider
# (" – the Commissioner was pleased."), is commentary.
_QUALIFIER = re.compile(rf"\s*(?:[-\u2013\u2014]\s*(?![A-Z][^.;?]*\s[^.;?]*\.$)(?!(?i:{DECIDER})\s)\w[^.;?]{{0,40}}\.?"
                        r"|\(\s*\w[^().;?]{0,40}\)\.?)")
_QUALIFIER_START = re.compile(rf"{_DASH.pattern}|\s*\(")
_QUALIFIER_WORDS = 5
# A note after a level pointing elsewhere ("see actions", "refer to minute 4"): no qualifier of the level but a
# remark, so the level is printed without it ("Assured \u2013 see actions", "Not assured (see action 3)").
POINTER = re.compile(r"(?:see|refer\s+to|cf\.?)\s+(?:the\s+)?(?:actions?|items?|minutes?|notes?|para(?:graph)?s?|"
                     r"appendix|annex|below|above)\b", re.I)
_BRACKETED_POINTER = re.compile(rf"\s*\((?={POINTER.pattern})", re.I)
# A new sentence run on after a level with no stop between them, where a
# decision cell's two paragraphs arrive as one ("Partly assured Completion
# must reach ..."): a capitalised word after the level.
_RUN_ON_SENTENCE = re.compile(r"\s+(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class StatedLevel:
    """A level a line or paragraph states, set apart from its other words."""

    level: str | None  # canonical; None where a decider's sentence gives parts of the matter different levels
    #                   (_later_level)
    printed: str  # as printed, with a short qualifier after a dash ("Assured – no further action")
    remainder: str  # the text's other words: commentary ("" where the text only states the level)
    how: str  # opening (a level first, maybe after a label), ticked (the option a printed scale marks: its box
    #           checked, or set apart in bold or colour),
    #           decider (a sentence), inside (a labelled sentence within a paragraph) or bold (a bold run in
    #           plain text)


@cache
def _revision() -> re.Pattern[str]:
    """A level revised after the meeting: a clause (after a stop, a semicolon, a comma, a dash, a bracket, "and" or
    "but") whose verb is one of schemas/vocab/assurance.json "revisions" in the past, its subject none or the level
    ("revised to Assured", "the level was later raised to Assured"), maybe "from <level>" or a date before its
    "to" ("lowered from Assured to Partly assured"). Another subject ("the force's grade was raised to Good") or a
    level still to come ("to be raised to Assured once ...") is no revision."""
    revisions = load_vocab("assurance.json")["revisions"]
    verbs, adverbs = alternatives(revisions["verbs"]), alternatives(revisions["adverbs"])
    return re.compile(r"(?:^|(?<=[.;:(,\u2013\u2014-])|\b(?:and|but)\b)\s*"
                      r"(?P<subject>(?:the\s+|this\s+)?(?:level|assurance|rating|assessment|decision|judgement)"
                      r"(?:\s+of\s+assurance)?\s+)?(?:(?:was|has\s+been|had\s+been|is)\s+)?"
                      rf"(?P<adverb>(?:{adverbs})\s+)?(?:{verbs})"
                      r"(?:\s+(?:on|in|from|after|following)\s+[^.;:()]{1,40}?)?\s+to\s+", re.I)


# When a revision with neither the level as its subject nor an adverb of time ("revised to Assured") was made: after
# the meeting the level before it was given at ("Partly assured at the meeting; revised to ..."), or in the revision's
# own clause, after something or on a full date ("... after the audit", "... on 16 August 2027"). Without, the clause
# may tell another rating's history ("Partly assured, raised to Substantial from Limited in 2025").
_DATING = load_vocab("assurance.json")["revisions"]  # its "meetings" and "after" (schemas/vocab/assurance.json)
_AT_THE_MEETING = re.compile(rf"\bat\s+the\s+(?:{alternatives(_DATING['meetings'])})\b", re.I)
_AFTER_SOMETHING = re.compile(rf"\b(?:{alternatives(_DATING['after'])})\b", re.I)


def _dated_after_meeting(text: str, revision: re.Match[str]) -> bool:
    """Whether ``revision`` (a match of _revision in ``text``) is told as made after the meeting."""
    if revision.group("subject") or revision.group("adverb") or _AT_THE_MEETING.search(text[:revision.start()]):
        return True
    stop = re.compile(r"\.(?:\s+|$)|;\s*|\)").search(text, revision.end())
    clause = text[revision.end():stop.start() if stop else len(text)]
    return bool(_AFTER_SOMETHING.search(clause) or find_dates(clause))


# A revision made by another body than the decider ("rating later raised to Adequate by HMICFRS"): no revision of
# the decider's level.
_BY_ANOTHER = re.compile(rf"\s*by\s+(?!{DECIDER}\b)", re.I)


def revised_level(text: str, level_words: dict[str, str] | None = None) -> StatedLevel | None:
    """The latest level of a text giving the level at the meeting and the one
    it was revised to after ("Partly assured at the meeting; later revised
    to Assured once the figures came in"): the text opens
    with a level or with the revision, and the last level revised to is the
    decision; as printed, the words through the revision's sentence, the
    rest the commentary. The decider's sentence may give the first level
    ("The Mayor was partly assured; the level was later raised to Assured
    ..."), the sentence its own commentary as ever. None for any other text."""
    revisions = [(m, found) for m in _revision().finditer(text)
                 if (found := _level_opening(text[m.end():], level_words)) and not _BY_ANOTHER.match(found[2])
                 and _dated_after_meeting(text, m)]
    if not revisions:
        return None
    first = revisions[0][0].start()
    decided = _decider_level(text[:first]) if first and _level_opening(text, level_words) is None else None
    if first and decided is None and _level_opening(text, level_words) is None:
        return None
    last, (level, _, _) = revisions[-1]
    stop = re.compile(r"\.(?:\s+|$)|;\s*").search(text, last.end())
    end = stop.start() if stop else len(text)
    if decided:  # as printed from the decider's level on ("partly assured at the meeting; ... raised to Assured")
        return StatedLevel(level, text[text.lower().find(decided.printed.lower()):end].strip(" ."), text, "decider")
    return StatedLevel(level, text[:end].strip(" ."), text[stop.end():].strip() if stop else "", "opening")


def _level_opening(text: str, level_words: dict[str, str] | None) -> tuple[str, str, str] | None:
    """(level, as printed, the words after it) of the level ``text`` opens with, whatever follows it: its longest
    opening words that are a level and nothing more ("Assured on 3 March ...", "Substantial; ...")."""
    said = list(re.finditer(r"\S+", text))
    for n in range(min(_STEP_WORDS, len(said)), 0, -1):
        head = text[:said[n - 1].end()].rstrip(" .,;:)")
        found = normalise_assurance(head, level_words) if head else None
        if found and words(found[1]) == words(head):
            return *found, text[len(head):]
    return None


def read_level(text: str, level_words: dict[str, str] | None = None, spans: tuple[Span, ...] = (),
               under_label: bool = False) -> StatedLevel | None:
    """The level ``text`` sets apart from running words, where it states one:

    - a level first, alone or before a full stop ("Partly assured. The PCC
      asked ..."), after a label ("Level of assurance: Limited") or the
      decider ("PCC assured."), with any short qualifier after a dash;
    - the one level of a printed scale whose box is checked ("☒ Assured
      ☐ Partially assured ☐ Not assured"), maybe after a label;
    - the complement of a sentence whose subject is the decider ("The PCC
      was partly assured that ...", "The Committee is ASSURED.", "The Mayor
      gained partial assurance that ..."); the sentence is its own
      commentary where it says more than the level, else the sentences
      after it are ("The PCC was partly assured. She asked ...");
    - a labelled sentence inside a paragraph ("... Level of assurance:
      Substantial. ...");
    - a bold run in plain text that is only a level.

    A level phrase anywhere else is running commentary or a definition of
    the scale, no decision. ``level_words`` are the words that are levels
    only under a label (a rating colour, "None"); ``under_label`` says the
    whole text sits under one (a decision column). Words struck through are
    deleted: of a printed list of options ("Assured / ~~Partially
    assured~~ / ~~Not assured~~", "delete as appropriate") the one left
    standing is the level."""
    if any(span.style.strike for span in spans):
        text, spans = _unstruck(spans), tuple(span for span in spans if not span.style.strike)
    text = _MINUTE_NUMBER.sub("", clean(text))
    if not _may_state_level(text, level_words):
        return None  # most lines name no level: nothing to read
    labelled = _LABELLED.match(text)
    label = text[:labelled.start("rest")] if labelled else ""
    if labelled and names_assurance(label):  # "Assurance: Yes" answers whether assured
        level_words = {**(level_words or {}), **answer_levels()}
    boxed = labelled.group("rest") if labelled else text
    # the value a label sets apart is a level only where the label takes it ("Rating: High" may rate a risk)
    ticked = _ticked(boxed, level_words) or _set_apart(spans, level_words)
    if ticked:
        return ticked if not labelled or label_takes(label, ticked.printed, level_words) else None
    # a scale of tick boxes left blank or ticked twice decides nothing; ticks after a level mark steps taken
    if BOX.match(boxed.lstrip()) and len(BOX.findall(boxed)) >= 2:
        return None
    if revised := revised_level(boxed, level_words):  # the level at the meeting, then the one it was revised to
        return revised if not labelled or label_takes(label, revised.printed, level_words) else None
    if labelled:  # the label sets its value apart as a decision column does
        opening = _opening(labelled.group("rest"), level_words, run_on=True)
        if opening and not label_takes(label, opening[1], level_words):
            return None
    else:
        opening = _opening(text, level_words if under_label else None, run_on=under_label)
        bare = re.match(rf"{DECIDER}\s+(?P<rest>\S.*)$", text, re.I | re.S)
        opening = opening or (_opening(bare.group("rest"), None) if bare else None)
        if opening and not under_label and _bare_grade(opening[1], level_words):  # a grade quoted alone
            return None
    if opening:
        # a line listing a level after the level is a key of the scale ("Substantial – ...; Limited – ...")
        listed = any(_opening(clause, None) for clause in re.split(r";\s*", opening[2]))
        return None if listed or _options_left(opening[2], level_words) else StatedLevel(*opening, "opening")
    # the decider's view under its label ("Deputy Mayor's view: The Deputy Mayor was assured. ...") fills that
    # slot as a level's label does: neither the label nor a sentence only stating the level is commentary
    viewed = STATEMENT_LINE.match(text) if not labelled else None
    slot = labelled.group("rest") if labelled else viewed.group("text") if viewed else None
    # the decider's view opening with the level ("PCC's view: Partially assured. He asked ...") states it as a
    # level's label does; a comment's label ("Comment: ...") gives a remark, no level
    opening = _opening(slot, level_words) if viewed and _DECIDER_VIEW.match(text) else None
    if opening and not any(_opening(clause, None) for clause in re.split(r";\s*", opening[2])):
        return StatedLevel(*opening, "opening")
    return (_decider_level(slot, labelled=True) if slot else _decider_level(text)) \
        or _labelled_inside(text, level_words) or _bold_level(text, spans, level_words)


# The separators of a printed list of options: "/", "|", a middle dot or "or".
OPTION_SEPARATOR = r"(?:[/|\u00b7]|\bor\b)"
_DANGLING_SEPARATORS = re.compile(rf"^(?:\s*{OPTION_SEPARATOR})+\s*|(?:\s*{OPTION_SEPARATOR})+\s*$", re.I)
_SEPARATOR_RUN = re.compile(rf"{OPTION_SEPARATOR}(?:\s*{OPTION_SEPARATOR})+", re.I)


def _options_left(remainder: str, level_words: dict[str, str] | None) -> bool:
    """Whether the words after an opening level are only the scale's other
    options ("Assured / Partly assured / Not assured" or with middle dots,
    none set apart): a printed scale left unmarked chooses no level. Two
    options at least are left: one answer after another ("Yes / No") may be
    two answers read together."""
    options = re.split(rf"\s*{OPTION_SEPARATOR}\s*", remainder.strip(), flags=re.I)
    return len(options) >= 2 and all(_whole(option, level_words) for option in options)


def _unstruck(spans: tuple[Span, ...]) -> str:
    """The text of the spans not struck through, the separators the struck
    options leave behind gone ("Assured / / " -> "Assured")."""
    kept = clean("".join(span.text for span in spans if not span.style.strike))
    # a label's colon before the list: "PCC's assurance: ~~Assured~~ / Partly assured" leaves no "/" after it
    kept = re.sub(rf":\s*(?:{OPTION_SEPARATOR}\s*)+", ": ", _SEPARATOR_RUN.sub("/", kept), flags=re.I)
    return _DANGLING_SEPARATORS.sub("", kept)


def unnamed_label(text: str) -> bool:
    """Whether ``text`` opens with a level's label naming neither assurance
    nor the decider ("Rating:", "Outcome:", "Level:"), whose words a
    performance paper or a contract review uses too ("Rating: Good")."""
    labelled = _LABELLED.match(_MINUTE_NUMBER.sub("", clean(text)))
    label = labelled.group(0)[:labelled.start("rest")] if labelled else ""
    return bool(label) and not names_assurance(label) and not re.search(rf"{DECIDER}|confidence", label, re.I)


def withheld_level(text: str, slot: bool = False) -> tuple[str, str] | None:
    """(as printed, the words after it) of a line labelled as the level that
    gives none ("Assurance level: Deferred \u2013 the Commissioner will give a
    level once ...", "Level of assurance: Not reached."), or, where ``text``
    is a decision slot (a level cell, a key's meaning), of one opening with
    the words withholding it, its label optional ("Deferred", "Not
    assessed", "Assurance provided: Deferred to the next Board"); None for
    any other text. Out of a slot, the label names the level, or the words
    after it name what is withheld ("Outcome: Assessment deferred."):
    "Decision: Deferred" may defer anything. As printed: the withheld
    words' clause up to a stop, a comma or a dash where short ("Deferred to
    July"), else the withheld words alone ("Not rated", of "Not rated until
    the evaluation is published"); the words after it are those after its
    clause, or the whole sentence where a comma runs it on ("Deferred to
    July, when the figures are due")."""
    line = _MINUTE_NUMBER.sub("", clean(text))
    labelled = _LABELLED.match(line)
    if labelled is None and not slot:
        return None
    rest = labelled.group("rest") if labelled else line
    names_level = slot or re.search(r"assurance|level|rating|assessment", line[:labelled.start("rest")], re.I)
    said = (_WITHHELD.match(rest) if names_level else None) or _NAMED_WITHHELD.match(rest)
    if said is None or re.match(r"[^\s.,;:\u2013\u2014-]", rest[said.end():]):  # "Pending" must end its word
        return None
    stop = re.compile(rf"{_SENTENCE_END.pattern}|,\s*|{_DASH.pattern}").search(rest, said.end())
    clause = rest[:stop.start() if stop else len(rest)].strip(" .")
    if len(clause.split()) > _DEFERRAL_WORDS:
        return said.group(0), re.sub(r"^\s*(?:[.;:,]|[-\u2013\u2014])?\s*", "", rest[said.end():]).strip()
    if stop and stop.group().startswith(","):  # the sentence goes on ("Deferred to July, when ..."): its words whole
        return clause, rest.strip()
    return clause, rest[stop.end():].strip() if stop else ""


# The most words a withheld level's clause keeps as printed ("Deferred to the April meeting"); a longer one keeps
# only the withheld words ("Not rated", of "Not rated until the evaluation is published").
_DEFERRAL_WORDS = 5


def _ticked(text: str, level_words: dict[str, str] | None) -> StatedLevel | None:
    """The level whose box is the one checked in a printed scale of tick
    boxes, each before a level ("☐ Assured ☒ Partially assured ☐ Not
    assured", or words that are levels only as a scale's options, of
    ``level_words``: "☐ Full ☐ Partial ☒ None"); None unless the text is
    only such a scale with one box checked (a form left blank, or ticked
    twice, decides nothing)."""
    boxes = list(BOX.finditer(text))
    if len(boxes) < 2 or text[:boxes[0].start()].strip():
        return None
    ends = [box.start() for box in boxes[1:]] + [len(text)]
    entries = [(bool(CHECKED.fullmatch(box.group(0))), _whole(text[box.end():end], level_words))
               for box, end in zip(boxes, ends)]
    chosen = [found for checked, found in entries if checked]
    if not all(found for _, found in entries) or len(chosen) != 1:
        return None
    level, printed = chosen[0]
    return StatedLevel(level, printed, "", "ticked")


def _set_apart(spans: tuple[Span, ...], level_words: dict[str, str] | None) -> StatedLevel | None:
    """The one option a printed list of the scale's options (levels, or of
    ``level_words``) sets apart in bold or in a colour of its own ("Assured
    / **Partially assured** / Not assured"); None unless the line is only
    such a list, each option printed in one style, and one option, only
    one, stands apart."""
    line = "".join(span.text for span in spans)
    cuts = [0, *(at for m in re.finditer(rf"\s*{OPTION_SEPARATOR}\s*", line, re.I) for at in m.span()), len(line)]
    starts = list(accumulate((len(span.text) for span in spans), initial=0))
    options = []
    for start, end in zip(cuts[::2], cuts[1::2]):
        found = _whole(line[start:end], level_words)
        styles = {(span.style.bold, colour_name(span.style.colour)) for span, at in zip(spans, starts)
                  if at < end and at + len(span.text) > start and span.text.strip()}
        if found is None or len(styles) != 1:
            return None
        options.append((found, styles.pop()))
    for mark in (0, 1):  # bold, then a text colour
        chosen = [found for found, style in options if style[mark]]
        if len(options) >= 2 and len(chosen) == 1 and len({style[mark] for _, style in options}) == 2:
            return StatedLevel(*chosen[0], "", "ticked")
    return None


def chosen_option(cells: list[Cell], level_words: dict[str, str] | None = None) -> tuple[str, str] | None:
    """(level, as printed) of a row printing the scale's options a cell each
    ("Assured" | "Partially assured" | "Not assured"), the chosen one the
    only cell set apart from the others: shaded, ticked, bold or in a
    colour of its own. None unless every cell is a level and one, only
    one, is set apart (a row left unmarked decides nothing). The options
    may be words that are levels only under a label (``level_words``: the
    pack's rating colours, "None")."""
    options = []
    for cell in cells:
        blocks = [b for b in cell.blocks if b.text.strip()]
        # each cell is an option of the scale, as under an assurance label: "Partial", "None" are levels there
        found = read_level(BOX.sub("", clean(" ".join(b.text for b in blocks))),
                           {**_under_label(), **(level_words or {})}, under_label=True)
        if not blocks or found is None or found.remainder or found.how != "opening":
            return None
        spans = [span for b in blocks for span in b.spans if span.text.strip()]
        marks = (cell.fill if is_shaded(cell) else None,
                 bool(CHECKED.search(" ".join(b.text for b in blocks))),
                 all(b.is_bold for b in blocks),
                 colour_name(spans[0].style.colour) if spans else None)
        options.append(((found.level, found.printed), marks))
    if len(options) < 2:
        return None
    for mark in range(len(options[0][1])):  # shading first, then a tick, bold, a text colour
        set_apart = [level for level, marks in options if marks[mark]]
        if len(set_apart) == 1 and len({marks[mark] for _, marks in options}) == 2:
            return set_apart[0]
    return None


def is_shaded(cell: Cell) -> bool:
    """A cell drawn on a shading (white is none)."""
    return bool(cell.fill) and cell.fill.lower() != "#ffffff"


@cache
def _level_vocabulary() -> frozenset[str]:
    """The longest word of each level phrase, a text stating the phrase holds
    it; of "<grade> assurance" and "<degree> assured" also the grade's or
    degree's, stated alone ("Partial", "Mostly")."""
    phrases = [*_levels(), *_under_label()]
    grades = {phrase.rsplit(" ", 1)[0]: "" for phrase in phrases if phrase.endswith((" assurance", " assured"))}
    return _words_of(dict.fromkeys(phrases, "")) | _words_of(grades)


def _words_of(level_words: dict[str, str]) -> frozenset[str]:
    return _longest_words(tuple(level_words))


@lru_cache(maxsize=256)  # a pack's key words are asked of every text read against them
def _longest_words(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(max(phrase.split(), key=len) for phrase in phrases if phrase)


def _may_state_level(text: str, level_words: dict[str, str] | None = None) -> bool:
    """False when ``text`` holds no word a level phrase (or one of
    ``level_words``) needs, so it can state no level."""
    said = set(words(text).split())
    return not said.isdisjoint(_level_vocabulary()) or bool(level_words and not said.isdisjoint(_words_of(level_words)))


def scale_key_lines(blocks: tuple[Block, ...] | list[Block]) -> set[int]:
    """Indexes of the lines that define the scale, not decide: neighbouring
    lines each opening with a different level ("Assured - the Constabulary
    has shown ...;" / "Partially assured - plans are in place ..."), and a
    line keying the pack's own outcomes ("Effective – the Commissioner is
    assured; ...", "Accepted (she is assured), ...")."""
    openings = {i: found.printed.lower() for i, block in enumerate(blocks)
                if isinstance(block, TextBlock) and (found := read_level(block.text)) and found.how == "opening"}
    keys = {i for i, printed in openings.items() if any(openings.get(j, printed) != printed for j in (i - 1, i + 1))}
    # a line keying two or more rating colours ("Ratings: Green – assured; Amber – ..."), and the rest of it
    # that a line break carried onto a line of its own ("– not assured.")
    for i, block in enumerate(blocks):
        if isinstance(block, TextBlock) and (_worded_key(block.text) or _bracketed_key(block.text)):
            keys.add(i)
        if isinstance(block, TextBlock) and len(_colour_levels(block.text)) >= 2:
            keys.add(i)
            after = blocks[i + 1] if i + 1 < len(blocks) else None
            if isinstance(after, TextBlock) and (after.marker in _DASHES or after.text.strip()[:1].islower()):
                keys.add(i + 1)
    return keys


_DASHES = ("-", "\u2013", "\u2014")


def _key_entries(text: str) -> dict[str, str]:
    """What a key line says each rating colour, letter or number means:
    name -> level; a question's number ("Question 3: the PCC is partly
    assured") is no rating's."""
    text = clean(text)
    return {words(name): found[0] for m in _COLOUR_KEY.finditer(text)
            if (found := normalise_assurance(m.group("meaning")))
            and not (m.group("colour").isdigit() and _names_question(text, m.start()))
            for name in (m.group("colour"), m.group("named")) if name}


# A key's entry naming the pack's own outcome, its level in brackets after
# it: "Satisfied (the Commissioner is assured), Partially satisfied (partly
# assured) or Not satisfied (not assured)"; the first entry may run on from
# the sentence's words, a capitalised word or two ("... each answer is Strong
# (assured), Adequate (partly assured) or Weak (not assured)"); an outcome may
# be another qualified after a dash, a few words long ("Accepted – further work
# required (she is partly assured)").
_BRACKETED_KEY = re.compile(r"(?:(?:^|[:;,]\s*|\bor\s+)(?P<name>[A-Za-z][A-Za-z -]{2,40}?)"
                            r"|(?<=[a-z]\s)(?P<first>[A-Z][a-z-]+(?:\s[a-z-]+)?))"
                            r"\s*\((?P<meaning>[^()]{3,60})\)")


# A key's entry giving a level its code in brackets: "Assured (A); Partially assured (PA); Not assured (NA)".
_BRACKETED_CODE = re.compile(r"(?:^|[:;,]\s*|\bor\s+)(?P<name>[A-Za-z][A-Za-z -]{2,30}?)\s*\((?P<code>[A-Z]{1,3})\)")


# A key's entry naming the pack's own outcome in words (three at most), a dash, then what it means: "Met – the
# Commissioner is assured".
_WORDED_ENTRY = re.compile(r"(?P<name>[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){0,2})\s*(?:=|\s-|\u2013|\u2014)\s*"
                           r"(?P<meaning>.{3,80})")
# A key's entry naming its outcomes (one or more, joined by "and", "or" or commas) before "mean(s)": "Fully and
# Mostly mean the Commissioner is assured", "Not means the Commissioner is not assured".
_MEANS_ENTRY = re.compile(r"(?P<name>[A-Za-z][A-Za-z']*(?: [A-Za-z][A-Za-z']*){0,2}"
                          r"(?:(?:,\s*|\s+(?:and|or)\s+)[A-Za-z][A-Za-z']*(?: [A-Za-z][A-Za-z']*){0,2})*)"
                          r"\s+means?\s+(?P<meaning>.{3,80})")
_NAMES_SPLIT = re.compile(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
# A key's entry after the first where the first said "means" for them all: "answered in part that he is partly
# assured" of "answered in full means he is assured, answered in part that ..., and not answered that ...", or,
# the entries parted by semicolons, the verb left to a comma ("Discharged means the Commissioner is assured;
# Partly discharged, partly assured; Not discharged, not assured").
_ELIDED_ENTRY = re.compile(r"(?P<name>[A-Za-z][A-Za-z']*(?: [A-Za-z][A-Za-z']*){0,2})(?:\s+that|,)\s+"
                           r"(?P<meaning>.{3,80})")
_LISTED_SPLIT = re.compile(r",\s*(?:and\s+)?")
# Where a sentence of a key line may start after a lead-in sentence ("... is recorded as Fully, Mostly, Partly or
# Not assured. Fully and Mostly mean ..."), or after the colon closing one ("... records whether each question was
# answered: answered in full means ...").
_NEXT_SENTENCE = re.compile(r"(?<=\.)\s+(?=[A-Z])|(?<=:)\s+")
# A key's label before its entries: "Key:", "Outcome key:", "Assurance levels:", or a title run in before them
# and closed by a full stop ("Commissioner's opinion. Effective – ...").
_KEY_LABEL = re.compile(r"[A-Za-z][A-Za-z' ]{0,40}(?::|\.(?=\s))\s*")
# Words before the level in a meaning that states only the level: "the Commissioner is" (partly) assured.
_STATEMENT_SUBJECT_WORDS = 4
# A meaning told in the past is a minute of what was decided, not a key's definition.
_NARRATED = {"was", "were"}
# A label naming a key ("Key:", "Assurance scale:", "Levels of assurance:"); a rating's or score's label
# ("Assurance rating:") heads a decision.
_NAMES_KEY = re.compile(r"\b(?:key|scales?|levels\s+of\s+assurance|assurance\s+levels)\b", re.I)


def _worded_key(text: str) -> dict[str, str]:
    """What each outcome of a key line means, where the line (after a label
    such as "Outcome key:", or after the lead-in sentence a colon closes:
    "... records whether the expectation was met: Met – ...", or any lead-in
    sentence) is only entries, each an outcome, a dash and a meaning stating
    a level in the present ("Met – the Commissioner is assured; Partially met
    – ..."), or outcomes and what they mean ("Fully and Mostly mean the
    Commissioner is assured; Partly means ..."), two levels or more: outcome
    -> level. A minuted sentence ("Finance – the Commissioner was assured
    that ...; Estates – ...") keys nothing."""
    text = clean(text)
    label = _KEY_LABEL.match(text)
    key = _worded_entries(text[label.end() if label else 0:])
    return key or next((found for m in _NEXT_SENTENCE.finditer(text) if (found := _worded_entries(text[m.end():]))),
                       {})


def _worded_entries(text: str) -> dict[str, str]:
    """The outcome -> level of ``text`` where it is only a key's worded entries (see _worded_key)."""
    key: dict[str, str] = {}
    for m in _entry_matches(text):
        level = _stated_level(m.group("meaning")) if m else None
        names = [words(name) for name in _NAMES_SPLIT.split(m.group("name"))] if m else []
        if level is None or any(name in key for name in names):  # every entry keys outcomes of its own
            return {}
        key.update(dict.fromkeys(names, level))
    return key if len(set(key.values())) >= 2 else {}


def _entry_matches(text: str) -> list[re.Match[str] | None]:
    """The entries of a key's text (None where one is no entry): at its
    semicolons, each an outcome, a dash and its meaning, or outcomes and
    what they mean, those after a first saying "means" maybe an outcome, a
    comma and its meaning ("Partly discharged, partly assured"); or, "means"
    said once, at its commas, each entry after the first an outcome and
    "that" its meaning ("answered in full means he is assured, answered in
    part that he is partly assured, and not answered that he is not
    assured")."""
    listed = _LISTED_SPLIT.split(text.strip())
    if ";" not in text and len(listed) > 1 and (first := _MEANS_ENTRY.fullmatch(listed[0])):
        elided = [_ELIDED_ENTRY.fullmatch(entry) for entry in listed[1:]]
        if all(elided):
            return [first, *elided]
    entries = [entry.strip() for entry in text.split(";")]
    matches = [_WORDED_ENTRY.fullmatch(entry) or _MEANS_ENTRY.fullmatch(entry) for entry in entries]
    if matches[0] is not None and matches[0].re is _MEANS_ENTRY:  # "means" said first may be left to a comma after
        matches[1:] = [m or _ELIDED_ENTRY.fullmatch(entry) for m, entry in zip(matches[1:], entries[1:])]
    return matches


# What a key's meaning may add after the level it states: "... is partly assured and expects further work", "...
# is assured by the response".
_FURTHER = re.compile(r"\s+(?:and|by|with)\s+\S.*$", re.S)
# A key's meaning opening with the level, then a clause on it: "assured that ...", "partly assured, further work ...".
_LEVEL_THEN_CLAUSE = re.compile(r"^\s*(?P<level>[^,]{3,30}?)(?:\s+that\s+\S|,\s*(?P<after>\S.*))", re.S)


def _stated_level(meaning: str) -> str | None:
    """The level a key's meaning states where it states that and nothing more,
    bar a clause joined by "and" after it: the level ends it after a few words
    naming the decider, in the present ("the Commissioner is partly assured
    [and expects further work]")."""
    found = normalise_assurance(meaning)
    if found is None:
        return None
    # the level first, then what the decider is assured of or a comma's words on it ("assured that the force has a
    # good grip", "partly assured, further work expected"); a condition makes an assured level partial
    if (clause := _LEVEL_THEN_CLAUSE.match(meaning)) and (level := _whole_level(clause.group("level"))):
        return _qualified(level, clause.group("after") or "", None)
    said, level = words(meaning).split(), words(found[1]).split()
    subject = said[:-len(level)]
    if said[len(subject):] != level or len(subject) > _STATEMENT_SUBJECT_WORDS or _NARRATED & set(subject):
        shorter = _FURTHER.sub("", meaning)
        return _stated_level(shorter) if shorter != meaning else None
    return found[0]


# The outcome a sentence's lead-in runs into, where a key's first entry opens the line: "Each question is closed as
# Resolved (...)" keys "Resolved", "... closed as Not Resolved (...)" every capitalised word of "Not Resolved".
_LEAD_IN_OUTCOME = re.compile(r"(?<=[a-z]\s)[A-Z][\w-]*(?:\s[A-Z][\w-]*)*(?:\s[a-z][\w-]*)?$")
_KEY_NAME_WORDS = 3


def _key_name(entry: re.Match[str]) -> str:
    """The outcome a bracketed key's entry names, without a lead-in sentence before the first."""
    name = entry.group("name") or entry.group("first")
    outcome = _LEAD_IN_OUTCOME.search(name) if len(name.split()) > _KEY_NAME_WORDS else None
    return outcome.group(0) if outcome else name


def _bracketed_key(text: str) -> dict[str, str]:
    """What each outcome of a key sentence means, where the sentence gives
    two levels or more each in brackets after its outcome, offered as a
    scale (its outcomes alternatives, "... or Weak (not assured)", or the
    line under a key's label) and told in the present, or each level's code
    in brackets after it: outcome or code -> level. Outcomes one bracket
    bands together ("Limited or None (not assured)") each take its level. A
    minute of what was rated ("rated the response Good (assured) and the
    plan Adequate (partly assured)") keys nothing."""
    text = clean(text)
    entries = [(m, found[0]) for m in _BRACKETED_KEY.finditer(text)
               if (found := normalise_assurance(m.group("meaning")))]
    label = _KEY_LABEL.match(text)
    offered = bool(entries) and (bool(re.search(r"\bor\b", text[entries[0][0].start():entries[-1][0].end()]))
                                 or bool(label and _NAMES_KEY.search(label.group())))
    # told in the past in the sentences that hold the entries (a lead-in sentence before them may narrate the meeting)
    narrated = bool(entries) and bool(_NARRATED & set(words(_sentences_over(
        text, entries[0][0].start(), entries[-1][0].end())).split()))
    key = {name: level for m, level in entries
           for name in re.split(r"\s+or\s+", words(_key_name(m)))} if offered and not narrated else {}
    codes = {words(m.group("code")): level for m in _BRACKETED_CODE.finditer(text)
             if (level := _whole_level(m.group("name")))}
    return next((found for found in (key, codes) if len(set(found.values())) >= 2), {})


def _sentences_over(text: str, start: int, end: int) -> str:
    """The sentences of ``text`` that hold its words from ``start`` to ``end``."""
    breaks = list(_SENTENCE_START.finditer(text))
    return text[max((b.end() for b in breaks if b.end() <= start), default=0):
                min((b.start() for b in breaks if b.start() >= end), default=len(text))]


# The separators of a listed key's entries: ", ", "; ", " / ", " and ", " or ", ", and ".
_LIST_SEPARATOR = re.compile(r"\s*[,;]\s*(?:(?:and|or)\s+)?|\s+/\s+|\s+(?:and|or)\s+")
# An entry of a listed key: an outcome, maybe with what it means in brackets after it.
_LISTED_OUTCOME = re.compile(r"(?P<name>[A-Za-z][A-Za-z' -]{1,40}?)\s*(?:\((?P<meaning>[^()]{3,60})\))?")
# A sentence's start: where a listed key's lead-in sentence opens.
_SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _listed_outcomes_key(text: str) -> dict[str, str]:
    """What the pack's own outcomes mean where a sentence closes with the
    scale listed after a colon, the outcomes that are levels of the
    vocabulary beside those that are not, each of these with its level in
    brackets ("The Board sorts its questions by outcome: Assured (closed),
    Keep under review (partly assured; to return in the spring) and Not
    assured."), its entries apart by commas, semicolons or slashes, two
    levels or more in all: outcome -> level. A list with an entry stating no
    level (topics, some rated in brackets), or a meaning told in the past
    ("Custody (the Board was not assured)": a minute of a decision), keys
    nothing; the lead-in may be in any tense ("The questions were grouped
    by ...: ...")."""
    sentence = _SENTENCE_START.split(clean(text))[-1]
    _, colon, listed = sentence.rpartition(":")
    if not colon:
        return {}
    listed = listed.strip().removesuffix(".")
    masked = re.sub(r"\([^()]*\)", lambda m: "(" + "_" * (len(m.group()) - 2) + ")", listed)  # no split in brackets
    cuts = [0, *(at for m in _LIST_SEPARATOR.finditer(masked) for at in m.span()), len(listed)]
    key: dict[str, str] = {}
    levels: set[str] = set()
    plain = False  # an entry that is a level of the vocabulary: the list is a scale
    for start, end in zip(cuts[::2], cuts[1::2]):
        entry = _LISTED_OUTCOME.fullmatch(listed[start:end])
        if entry is None:
            return {}
        meaning = entry.group("meaning") or ""
        if _NARRATED & set(words(meaning).split()):
            return {}
        meant = normalise_assurance(meaning) if meaning else None
        if level := _whole_level(entry.group("name")):
            plain = True
        elif meant:
            level = key[words(entry.group("name"))] = meant[0]
        else:
            return {}
        levels.add(level)
    return key if plain and len(levels) >= 2 else {}


def _colour_levels(text: str) -> dict[str, str]:
    """The rating colours (named, not letters, codes or numbers) a key line gives a level: colour -> level."""
    return {name: level for name, level in _key_entries(text).items() if name in RAG_LEVELS}


@lru_cache(maxsize=16384)  # every table is read as a key twice (label_levels, prints_colour_key), cell by cell
def _whole_level(text: str) -> str | None:
    """The level ``text`` is, where it is a level and nothing more (a key's entry)."""
    found = _whole(text, None)
    return found[0] if found else None


# A rating's number with its level in brackets or after a dash: "3 (Substantial)", "1 (No assurance)",
# "3 – Reasonable", "Level 1 – Substantial".
_RATED = re.compile(r"(?:(?:level|score|grade|rating)\s+)?(?P<number>\d{1,2})\s*"
                    r"(?:\((?P<level>[^()]{2,30})\)|[-\u2013\u2014:=]\s*(?P<named>[^\d\s()][^()]{1,30}?))\.?", re.I)
# The giving of a level stated after it: "Partial assurance given", "Limited assurance provided".
_GIVEN = re.compile(rf"\s+(?:was\s+|is\s+|has\s+been\s+)?(?:{_GIVING})\.?$", re.I)


def _whole(text: str, level_words: dict[str, str] | None) -> tuple[str, str] | None:
    """(level, as printed) where ``text`` is a level and nothing more, or a
    level and a short qualifier after a dash or in brackets (one granting
    assurance only in part makes an assured level partial: "Yes –
    partially"), a level of assurance and the giving of it ("Limited
    assurance given"), or a rating's number with its level in brackets or
    after a dash ("3 – Reasonable")."""
    text = text.strip()
    found = normalise_assurance(text, level_words) if text else None
    if found and words(found[1]) == words(text):
        return found
    given = _GIVEN.search(text)
    if given and (found := _whole(text[:given.start()], level_words)) and "assurance" in found[1].lower():
        return found[0], text.rstrip(" .")
    rated = _RATED.fullmatch(text)
    if rated and (found := _whole(rated.group("level") or rated.group("named"), level_words)) \
            and (level_words or {}).get(rated.group("number")) in (None, found[0]):  # a key must agree
        return found[0], text.rstrip(" .")
    for start in _QUALIFIER_START.finditer(text):
        head = text[:start.start()]
        found = normalise_assurance(head, level_words) if head.strip() else None
        qualifier = text[start.start():]
        if found and words(found[1]) == words(head) and _QUALIFIER.fullmatch(qualifier) \
                and not POINTER.match(qualifier.lstrip(" (-\u2013\u2014")) \
                and len(words(qualifier).split()) <= _QUALIFIER_WORDS:
            return _qualified(found[0], qualifier, level_words), text.strip(" .")
    return None


def _qualified(level: str, qualifier: str, level_words: dict[str, str] | None) -> str:
    """The level a short qualifier leaves: an assured level granted only in
    part ("Yes – partially", "Assured (in part)", "Yes – with caveats") is
    partial; any other qualifier leaves the level as it is."""
    inner = qualifier.strip(" .()-\u2013\u2014")
    if level != "Assured":
        return level
    partial = normalise_assurance(inner, {**answer_levels(), **(level_words or {})})
    in_part = bool(partial) and partial[0] == "Partly assured" and words(partial[1]) == words(inner)
    # granted on a condition still to be met ("Assured (subject to the audit)") is granted in part
    conditional = any(tuple(words(inner).split()[:len(phrase)]) == phrase for phrase in _parts()["subject_to"])
    return "Partly assured" if in_part or conditional or _step_by_parts(inner) == "Partly assured" else level


def _opening(text: str, level_words: dict[str, str] | None, run_on: bool = False) -> tuple[str, str, str] | None:
    """(level, as printed, the words after it) where ``text`` opens with a
    level: the whole text, or up to a full stop, semicolon or dash; with
    ``run_on`` (a decision column's cell, a level's label), also up to a new
    sentence run on after it, the longest level that ends so ("Limited
    Assurance The ..."), or run on into words that qualify it (_trailed)."""
    found = _whole(text, level_words)
    if found:
        return *found, ""
    run_ons = reversed(list(_RUN_ON_SENTENCE.finditer(text))) if run_on else ()
    for end in (*_SENTENCE_END.finditer(text), *_DASH.finditer(text), *_BRACKETED_POINTER.finditer(text), *run_ons):
        head = text[:end.start()]
        # a clause after a semicolon carries on the words after a dash ("Partially assured – too early to judge;
        # return in six months"): they are one comment, no qualifier of the level
        if end.group().strip() == ";" and _QUALIFIER_START.search(head):
            continue
        # a stop followed by a column separator ends an abbreviated heading, no answer ("No. | Question | ...")
        if end.re is _SENTENCE_END and text[end.end():].lstrip().startswith("|"):
            continue
        found = _whole(head, level_words)
        if found:
            rest = text[end.end():].strip()
            return *found, rest.rstrip(" .)") if end.re is _BRACKETED_POINTER else rest
    if run_on:
        stop = min((m for m in (_SENTENCE_END.search(text), _DASH.search(text)) if m), key=lambda m: m.start(),
                   default=None)
        trailed = _trailed(text[:stop.start()] if stop else text, level_words)
        if trailed:
            return *trailed[:2], " ".join(filter(None, (trailed[2], text[stop.end():].strip() if stop else "")))
    return None


# What a decision cell's level may run on into, no stop between: a clause after a comma, or words opening with a
# qualifier or a reservation's conjunction (schemas/vocab/assurance.json "run_on": "Not assured at this time",
# "Assured subject to the actions", "Assured but further work is needed"); any other words ("No assurance level was
# sought") make no level of it.
_RUN_ON = load_vocab("assurance.json")["run_on"]
_RESERVATION = re.compile(rf"(?:{alternatives(_RUN_ON['reservations'])})\b", re.I)
_TRAIL = re.compile(rf",|\s+(?:{alternatives(_RUN_ON['qualifiers'] + _RUN_ON['reservations'])})\b", re.I)


def _trailed(clause: str, level_words: dict[str, str] | None) -> tuple[str, str, str] | None:
    """(level, as printed, commentary) of a decision cell's first clause that
    opens with a level run on into other words (_TRAIL) naming no level: a
    short qualifier is printed with the level; a longer clause is the
    commentary. A condition or a reservation makes an assured level partial
    ("Assured subject to the audit", "Assured but further work is needed")."""
    found = _level_opening(clause, level_words)
    # a bare degree ("Not", "Mostly") is a level alone or set apart by punctuation ("Not, at this stage"): run on
    # straight into words, it is a word of what follows ("Not on track")
    if found is None or not _TRAIL.match(found[2]) or (_bare_degree(found[1], level_words)
                                                       and re.match(r"\s*\w", found[2])):
        return None
    level, printed, tail = found
    tail = tail.lstrip(" ,").rstrip(" .")
    # another level in the words after it is a list of options or of levels, unless they only grant it in part
    # ("Yes, partially")
    if level_phrases(tail) and (len(tail.split()) > _QUALIFIER_WORDS
                                or _qualified("Assured", tail, level_words) != "Partly assured"):
        return None
    # assured with a reservation ("Assured but further work is needed") is assured with caveats: in part; a "but"
    # clause stating none ("Assured, but thanked officers for the report") leaves the level as it is
    reserved = level == "Assured" and bool(_RESERVATION.match(tail)) and _states_reservation(tail)
    level = "Partly assured" if reserved else _qualified(level, tail, level_words)
    # the words that made the level partial are printed with it
    return (level, clause.strip(" ."), "") if reserved or len(tail.split()) <= _QUALIFIER_WORDS \
        else (level, printed, tail)


def _bare_degree(printed: str, level_words: dict[str, str] | None) -> bool:
    """Whether ``printed`` is a level only as a degree of being assured ("Not", "Mostly": "<degree> assured")."""
    said = words(printed)
    return said not in _levels() and said not in (level_words or {}) and f"{said} assured" in _levels()


def _states_reservation(clause: str) -> bool:
    """Whether a clause after "but" states a reservation on the assurance: more of it or further work still
    sought, or words of partiality, negation or concern (schemas/vocab/assurance.json "parts")."""
    said = f" {words(clause)} "
    parts = _parts()
    return bool(_FURTHER_SOUGHT.search(clause) or re.search(r"(?<!\bno\s)\bfurther\b", clause, re.I)) \
        or any(f" {' '.join(phrase)} " in said for kind in ("partial", "adverse", "negations")
               for phrase in parts[kind] if phrase != ("no",))


# More assurance still required after the decider states assurance ("... assured by the progress made but further
# reassurance is required on ...", "There are still items where further assurance is needed"): assured in part.
_FURTHER_SOUGHT = re.compile(r"\b(?:further|more|additional)\s+(?:re)?assurance\s+(?:is|was|will\s+be|would\s+be)\s+"
                             r"(?:still\s+)?(?:required|needed|necessary|sought)\b", re.I)
# Words after a decider's level that only name what it is on ("... is partly assured on the question."), saying no
# more than the level; and the letter of a resolution's next part ("(b) That ...") opening the words after it.
_ON_THE_QUESTION = re.compile(r"\s+(?:on|for|in\s+respect\s+of)\s+(?:the|this|that)\s+(?:question|item)(?=\s*\.)", re.I)
_PART_LETTER = re.compile(rf"^{_RESOLUTION_PART}\s+")


# Where a sentence's next clause opens on another level of the same decider, nothing but its subject, verb and an
# adverb before it: "..., and not assured that B", "but was only partly assured on B", "; she was assured that B",
# "but is now assured". ("having been not assured last time", "before she would be fully assured" put other words
# first.)
_OTHER_CLAUSE = re.compile(rf"(?:[,;]|\b(?:and|but|while|whilst|whereas|although|though|yet)\b)\s*"
                           rf"(?:(?:{DECIDER}|he|she|they|it|(?-i:I))\s+)?"
                           r"(?:(?:was|is|were|are|am|remained|remains|felt|feels)\s+)?"
                           r"(?:(?:only|still|also|equally|however|now)\s+)?$", re.I)
# The other clause elided to "not" and what it is on, after a comma or "and" / "but": "assured that A, but not that
# B", "assured on A and not on B"; after "while" or "although" the "not" is an aside of the first clause ("assured
# that response times, while not on target, were improving").
_ELIDED_NOT = re.compile(r"(?:,\s*|\b(?:and|but|yet)\s+)(?P<not>not)(?=\s+(?:that|on|about|regarding|with|for|in|"
                         r"over|as\s+to)\b)", re.I)
# A clause recalling an earlier level, no second level of this decision: "but was not assured at the last meeting".
_RECALLED = re.compile(r"\b(?:last|previous(?:ly)?|earlier|before|formerly|then|in\s+the\s+past|at\s+the\s+time|until|"
                       r"no\s+longer)\b", re.I)
# A level told as an earlier one right after it ("not assured at the last meeting", "... last time"), and the clause
# after it giving the level now ("but is now assured").
_RECALLED_AFTER = re.compile(r"\s*(?:at\s+the\s+(?:last|previous|earlier)\b|last\s+time\b|previously\b|"
                             r"at\s+first\b|initially\b|before\b)", re.I)
_NOW = re.compile(r"\b(?:now|is|are|am)\s+(?:\w+\s+)?$", re.I)


def _later_level(text: str, end: int) -> tuple[str, int, int] | None:
    """(level, start, end) of the first clause after a decider's level
    (ending at ``end``), in the same sentence, that gives the same decider
    another level of its own, led only by its conjunction, subject, verb and
    an adverb ("The PCC was assured that A, and not assured that B", "...
    assured on A but not on B"), its clause recalling no earlier level
    ("having been not assured last time", "but was not assured at the last
    meeting"); None where no clause does."""
    stop = re.search(r"\.(?:\s|$)", text[end:])
    sentence = text[end:end + stop.start()] if stop else text[end:]
    phrases = level_phrases(sentence)
    phrases += [(m.start("not"), m.end("not"), "Not assured") for m in _ELIDED_NOT.finditer(sentence)
                if not any(start <= m.start("not") < stop_at for start, stop_at, _ in phrases)]
    for start, stop_at, found in sorted(phrases):
        clause_end = re.search(r"[,;]|\b(?:and|but)\b", sentence[stop_at:])
        clause = sentence[start:stop_at + (clause_end.start() if clause_end else len(sentence))]
        if _OTHER_CLAUSE.search(sentence[:start]) and not _RECALLED.search(clause):
            return found, end + start, end + stop_at
    return None


def _decider_level(text: str, labelled: bool = False) -> StatedLevel | None:
    """The level in the complement of a sentence whose subject is the decider;
    ``labelled`` where the text is what a level's label gives ("Outcome: ..."),
    where the words that are levels only under a label are read too ("The
    Commissioner was satisfied with ...")."""
    for m in _DECIDER_SUBJECT.finditer(text):
        stated = _complement_level(m, _under_label() if labelled else None)
        if stated is None:
            continue
        level, printed, end = stated
        if level == "Assured" and _FURTHER_SOUGHT.search(text, end):  # assured, but more assurance is required
            level = "Partly assured"
        later = _later_level(text, end)
        if later and later[0] != level and _RECALLED_AFTER.match(text, end) and _NOW.search(text, end, later[1]):
            # "not assured at the last meeting but is now assured": the level now
            level, printed, end = later[0], text[later[1]:later[2]], later[2]
        elif later and later[0] != level and level != "Partly assured":  # assured that A, not assured that B
            # no single level: a first level of partly assured stands, partial being what its parts say
            level, printed, end = None, text[end - len(printed):later[2]], later[2]
        at_start = m.start() == 0
        if on := _ON_THE_QUESTION.match(text, end):
            end = on.end()
        if at_start and not re.sub(r"\W", "", text[end:]):
            return StatedLevel(level, printed, "", "decider")
        # a sentence that only states the level is the level, no commentary: the sentences after it are ("The PCC
        # was partially assured. He asked ...", alone or under a level's label: "Outcome: The PCC was ...")
        if at_start and (stop := re.match(r"\s*\.\s+(?=\S)", text[end:])):
            return StatedLevel(level, printed, _PART_LETTER.sub("", text[end + stop.end():]), "decider")
        return StatedLevel(level, printed, text[m.start("subject"):] if at_start else text, "decider")
    return None


def decider_said(text: str) -> tuple[str, str] | None:
    """(the words before it, the sentence and the rest) of a paragraph that
    states its level in a decider's sentence after other words, the answer
    it closes ("The force attends ... The Deputy Mayor said she was partly
    assured that ..."); None for any other text."""
    for m in _DECIDER_SUBJECT.finditer(text):
        if _complement_level(m) is not None:
            before = text[:m.start("subject")].strip()
            return (before, text[m.start("subject"):].strip()) if before else None
    return None


def in_first_person(text: str) -> bool:
    """Whether the decider's sentence stating a level in ``text`` speaks in
    the first person ("I am assured that ..."): the writer's own words, which
    a question put in its item makes a decision on it, and a decision notice's
    declaration on spending makes none."""
    return any(m.group("subject").startswith("I") and _complement_level(m) is not None
               for m in _DECIDER_SUBJECT.finditer(text))


def _complement_level(m: re.Match[str], level_words: dict[str, str] | None = None) -> tuple[str, str, int] | None:
    """(level, as printed, where it ends) of a decider sentence's complement:
    a level phrase ("was partly assured"), or the assurance gained, qualified
    ("gained partial assurance") or bare ("gained assurance", "did not gain
    assurance")."""
    complement = m.group("complement")
    found = normalise_assurance(complement, level_words) or _opening_words(complement, level_words)
    if found and not complement.lower().startswith(found[1].lower()):
        found = None
    if found and m.group("unmet"):  # yet to be assured is not assured; yet to be fully assured, partly
        level = "Not assured" if found[0] == "Not assured" or _levels().get(words(found[1])) == "Assured" \
            and words(found[1]) in ("assured", "reassured") else "Partly assured"
        return level, m.string[m.start("unmet"):m.start("complement") + len(found[1])], \
            m.start("complement") + len(found[1])
    if not m.group("gain"):
        return (found[0], found[1], m.start("complement") + len(found[1])) if found else None
    if found and "assurance" in found[1].lower():
        level, phrase = found
    elif bare := re.match(r"assurance\b", complement, re.I):
        level, phrase = "Assured", bare.group(0)
    else:
        return None
    end = m.start("complement") + len(phrase)
    return ("Not assured" if m.group("negated") else level), m.string[m.start("gain"):end], end


# The most words a level only a label makes one opens a complement with ("not satisfied", "fully satisfied").
_LABEL_WORDS = 3


def _opening_words(complement: str, level_words: dict[str, str] | None) -> tuple[str, str] | None:
    """(level, as printed) of the words of ``level_words`` a decider
    sentence's complement opens with, the longest ("satisfied with the
    progress made")."""
    said = complement.split()
    return next(((level_words[key], " ".join(said[:n]).rstrip(" .,;:"))
                 for n in range(min(_LABEL_WORDS, len(said)), 0, -1)
                 if (key := words(" ".join(said[:n]))) in (level_words or {})), None)


def _labelled_inside(text: str, level_words: dict[str, str] | None) -> StatedLevel | None:
    for m in _LABEL_INSIDE.finditer(text):
        found = _whole(m.group("level"), level_words)
        if found and label_takes(text[m.start():m.start("level")], found[1], level_words):
            return StatedLevel(*found, re.sub(r"\s+", " ", text[:m.start()] + " " + text[m.end():]).strip(),
                               "inside")
    return None


def _bold_level(text: str, spans: tuple[Span, ...], level_words: dict[str, str] | None) -> StatedLevel | None:
    """A bold run that is only a level, in a line otherwise plain; not a
    term of a key ("**Limited assurance**: some controls ..."), nor a grade
    the notes quote ("graded **Good**"; _bare_grade), nor a word the words
    before it do not take as a level (label_takes: the chosen option of
    "Rating **High** Medium Low", "The risk is **High**")."""
    if not "".join(s.text for s in spans if not s.style.bold).strip():
        return None
    bold = [(i, found) for i, span in enumerate(spans) if span.style.bold and (found := _whole(span.text, None))
            and not _bare_grade(found[1], level_words)]
    if len(bold) != 1:  # several levels in bold are the terms of a key
        return None
    i, found = bold[0]
    before = clean("".join(s.text for s in spans[:i]))
    following = "".join(s.text for s in spans[i + 1:]).lstrip()
    # a bold word running on into its sentence ("**No** further questions ...", "**Limited** data ...") is a word of it
    if re.match(r"[:=\-\u2013\u2014]|(?i:means)\b|[a-z0-9]", following) \
            or before and not label_takes(before, found[1], level_words):
        return None
    return StatedLevel(*found, clean(before + " " + following), "bold")


def rating_colour(colour: str | None) -> str | None:
    """The rating colour a shading or a mark is, by its name (green, amber,
    yellow, red); None for greys, whites and hues no RAG scale uses (a navy
    heading's "Assured" keys nothing)."""
    name = colour_name(colour)
    return name if name in RAG_LEVELS else None


# A theme's heading, numbered or not: "Theme 1: Retail crime", "Topic 2 – Victims", "Theme: Custody".
THEME_HEADING = re.compile(r"^\s*(?:theme|topic)\s*(?P<number>\d{1,3})?\s*[:.\-\u2013]\s*(?P<title>\S.*)$", re.I)


# A heading naming only a part of the notes ("2. Questions and responses", "3. Conclusions"), no subject of its own.
# A session's kind ("In-depth discussion", "Detailed discussion") names no subject either.
_NOTES_PART = re.compile(r"(?:(?:questions?|responses?|answers?|conclusions?|and|&|"
                         r"(?:(?:in[\s-]depth|detailed|main|general|themed|thematic|focused|open|panel)\s+)?discussion)"
                         r"\s*)+", re.I)


# An item's title in numbered minutes, set as a bold list item ("3. Victims and witnesses"): a few words, no sentence.
_ITEM_TITLE_WORDS = 8


# A minute's verb: a line that has one and closes with a full stop is a sentence minuted ("3. The Chief Constable
# presented the report.", "Apologies were received."), no item's title ("4. Call handling.").
_MINUTED_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had|presented|noted|agreed|received|confirmed|asked|said|"
                           r"reported|explained|thanked|welcomed|introduced|outlined|gave|updated|provided|stated|"
                           r"advised|discussed|considered|approved|resolved|declared|attended|opened|closed)\b", re.I)


def _minuted_sentence(text: str) -> bool:
    """Whether ``text`` closes with a full stop as a sentence does: a minute's verb, or the decider as subject."""
    return text.endswith(".") and bool(_MINUTED_VERB.search(text) or _DECIDER_SUBJECT.search(text))


# An item's number typed before its title: "3. Neighbourhood crime".
_TYPED_ITEM = re.compile(r"^\d{1,2}\.\s+[A-Z]")


def _typed_number(block: TextBlock) -> bool:
    """Whether ``block`` is a paragraph typing a number before a short title, no sentence ("2. Q1 Performance
    Oversight"), or the same line read as an item of a numbered list (a PDF's reader takes the typed number for a
    list's)."""
    text = clean(block.text)
    return ((block.kind is BlockKind.PARAGRAPH and not block.marker and bool(_TYPED_ITEM.match(text)))
            or (block.kind is BlockKind.LIST_ITEM and bool(re.fullmatch(r"\d{1,2}\.", block.marker or ""))
                and text[:1].isupper())) and not re.search(r"[.?:;]$", text)


# A line leading into a list: it ends with a colon or "to" ("The Commissioner asked the force to:").
_LEAD_IN = re.compile(r"(?::|\bto)\s*$", re.I)


def listed_after_lead_in(doc: LayoutDocument, index: int) -> bool:
    """Whether the block at ``index`` is one of a run of typed numbered lines
    (_typed_number) that a line leading into a list introduces ("The
    Commissioner asked the force to:" over "1. Review the patrol plan"): the
    requests of an item, no items' titles."""
    at = index
    while at >= 0 and isinstance(doc.blocks[at], TextBlock) and _typed_number(doc.blocks[at]):
        at -= 1
    above = doc.blocks[at] if 0 <= at < index else None
    return isinstance(above, TextBlock) and bool(_LEAD_IN.search(clean(above.text)))


def is_item_heading(block: TextBlock) -> bool:
    """A heading, or a numbered item's title: printed bold in a list, after
    an "Item 3:" label, or after its number typed in a paragraph of its own
    ("3. Neighbourhood crime"); never a minuted sentence, whatever its
    styling (a backend may read a whole page of minutes as headings)."""
    text = clean(block.text)
    if _minuted_sentence(text):
        return False
    if block.kind is BlockKind.HEADING:
        return True
    labelled = ITEM_LINE.match(text)
    title = labelled.group("title") if labelled else text
    # a title may close with a full stop ("4. Call handling."), as one sentence and no more
    return ((bool(labelled) or _typed_number(block) or (block.kind is BlockKind.LIST_ITEM and block.is_bold and bool(block.marker)))
            and len(title.split()) <= _ITEM_TITLE_WORDS
            and (not re.search(r"[.?:;]$", title) or bool(re.fullmatch(r"[^.?:;]+\.", title))))


def question_number(block: TextBlock) -> tuple[str | None, str]:
    """The number a question is printed with, and its text without it: every
    level of a multi-level number ("1.1": item 1's first question, not item
    1), from the list's marker or typed; else ``leading_number``'s."""
    text = clean(block.text)
    if block.marker and (m := DOTTED_NUMBER.match(block.marker)):
        return m.group("number"), text
    if (m := DOTTED_NUMBER.match(text)) and m.end() < len(text):
        return m.group("number"), text[m.end():].lstrip(" .:)-\u2013")
    return leading_number(block)


# A minute's own number before an item's title, the year and the minute's place in it: "26/63 Rural crime".
# A minute reference's label: "Ref", "Reference", "Minute", "Min."
_MINUTE_LABEL = re.compile(r"^\s*(?:ref(?:erence)?|minute|min)\.?\s*", re.I)


def item_heading(doc: LayoutDocument, heading: TextBlock | None, side: str | None) -> tuple[str | None, str | None]:
    """(number, topic) of the item heading a decision or an action sits under:
    an item's ("3. Custody") or a theme's ("Theme 1: Retail crime"); a
    heading of a part of the notes gives no topic (the meeting's is theirs).
    A minute's number ("26/63 Rural crime", "HTA 28/03 Rural crime", "Ref
    03/27/10/2026 – Stop and search") is no part of the topic: it is the
    number the item is minuted under ("26/63", "HTA 28/03"), its label
    ("Ref") left out, which a question with no number of its own takes; an
    item's label is none either ("Agenda item 3: Drug harm", "Minute 2 –
    Road safety": meetings.item_number)."""
    if heading is None:
        return None, None
    themed = THEME_HEADING.match(clean(heading.text))
    minuted = MINUTE_REFERENCE.match(clean(heading.text))
    number, text = (themed.group("number"), themed.group("title")) if themed \
        else (_MINUTE_LABEL.sub("", minuted.group(0)).strip(" .:-\u2013\u2014"), clean(heading.text)[minuted.end():]) \
        if minuted else item_number(heading)
    text = in_english(text.strip(" :-\u2013").removesuffix("."), side)  # "4. Call handling." titles "Call handling"
    if _NOTES_PART.fullmatch(text):
        return number, None
    return number, fix_case(doc, text) if text else None

