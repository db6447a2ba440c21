"""The canonical vocabularies of inspections (schemas/vocab: grades, areas,
forces) and the matchers that find them in text.

Areas and grades are looked up on normalised words (lower case, punctuation
dropped, "anti-social" read as "antisocial"). Forces are found in running
text with a spaCy PhraseMatcher on a blank English pipeline (tokenizer only,
no model), loaded once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from extractors.tables import load_vocab
from extractors.text import clean

if TYPE_CHECKING:  # spaCy is imported when forces are first looked for: a re-run from the cache needs none
    import spacy
    from spacy.matcher import PhraseMatcher

PEEL_2018_19 = "PEEL 2018/19"
PEEL_2021_22 = "PEEL 2021/22"
PEEL_2023_25 = "PEEL 2023-25"
CHILD_PROTECTION = "Child protection"

_NON_WORD = re.compile(r"[^a-z0-9]+")
_FUZZY_MIN = 92  # a typo or a dropped word in a long heading, never another area
_SECTION_NUMBER = re.compile(r"^(?:\d+ )+")  # "3.1 Investigating crime" keyed as "3 1 investigating crime"
_PHRASE_LEAD = re.compile(r"^(?:its|their|the|how (?:it|the force)(?: is)?|using|use of|in|at|for|to"
                          r"|(?:performance|approach|work) (?:in|at|to|on))\b ")
_PREFIX_MIN_WORDS = 3  # a phrase cut short must still say enough to name one area
_ANTISOCIAL = re.compile(r"\banti[- ]social\b")
_GRADE_LEAD = re.compile(r"^(?:grade|graded|rated|judgment|judgement|overall grade|is)\s+")  # "is requiring improvement", "Rated good"


# Remembered like `clean`: grades and sections key the same cells and headings
# again and again (30,000 calls on a 400-page file).
@lru_cache(maxsize=16384)
def key(text: str) -> str:
    """The form names are compared in: lower-case words, no punctuation."""
    text = clean(text).lower().replace("&", " and ")
    text = _ANTISOCIAL.sub("antisocial", text)
    return _NON_WORD.sub(" ", text).strip()


# --- grades -------------------------------------------------------------------

@cache
def _grade_keys() -> dict[str, str]:
    return {key(alias): grade for grade, aliases in load_vocab("grades.json")["grades"].items()
            for alias in [grade, *aliases]}


def grade_of(text: str) -> str | None:
    """The canonical grade a whole cell or phrase states ("Requires
    Improvement", "Grade: good"), or None."""
    words = key(text)
    words = _GRADE_LEAD.sub("", words)
    return _grade_keys().get(words)


@cache
def _abbreviations() -> dict[str, str]:
    return {key(letters): grade for letters, grade in load_vocab("grades.json")["abbreviations"].items()}


def grade_of_heading(text: str) -> str | None:
    """The grade a grade chart's column heading names: the grade in words,
    or its abbreviation ("RI", "G"), which only a row of such headings makes
    a grade."""
    return grade_of(text) or _abbreviations().get(key(text))


GRADES: tuple[str, ...] = ("Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate")


# --- areas --------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Area:
    name: str
    frameworks: tuple[str, ...]


@cache
def _area_index() -> tuple[dict[str, list[Area]], dict[str, list[Area]]]:
    """Always-valid names, and names valid only where the area's framework is in force."""
    always: dict[str, list[Area]] = {}
    contextual: dict[str, list[Area]] = {}
    for entry in load_vocab("areas.json")["areas"]:
        area = Area(entry["name"], tuple(entry["frameworks"]))
        for name in [entry["name"], *entry["aliases"]]:
            always.setdefault(key(name), []).append(area)
        for name in entry["framework_aliases"]:
            contextual.setdefault(key(name), []).append(area)
    return always, contextual


_KEY_LETTER = re.compile(r"[a-z]")


def _letters(word: str) -> int:
    """The letters ``word`` gives a key. Every step of `key` after
    lower-casing and reading "&" as "and" keeps or drops non-letters only,
    so the key of words joined by spaces holds the sum of their letters."""
    return len(_KEY_LETTER.findall(word.lower().replace("&", " and ")))


@cache
def _most_letters_in_a_name() -> int:
    """The most letters any area name's key holds: words holding more can name no area."""
    always, contextual = _area_index()
    return max(_letters(name) for name in [*always, *contextual])


def areas() -> list[Area]:
    always, _ = _area_index()
    seen: dict[str, Area] = {}
    for found in always.values():
        for area in found:
            seen.setdefault(area.name, area)
    return list(seen.values())


@lru_cache(maxsize=16384)  # a table's cells are tried as areas by several readers, a cell's lines part by part
def match_area(text: str, framework: str | None = None, *, fuzzy: bool = True) -> Area | None:
    """The area a heading or label names, as a whole, or None.

    ``framework`` is the framework in force where the text is printed; it
    decides generic headings ("Leadership and management") and ties.
    """
    words = _SECTION_NUMBER.sub("", key(text))
    if not words:
        return None
    always, contextual = _area_index()
    candidates = always.get(words, []) + [
        area for area in contextual.get(words, []) if framework in area.frameworks
    ]
    if not candidates and fuzzy and len(words) >= 12:
        # the first of the closest names, in rapidfuzz's own loop (every table cell may come here)
        best = process.extractOne(words, always.keys(), scorer=fuzz.ratio, score_cutoff=_FUZZY_MIN)
        if best:
            candidates = always[best[0]]
    if not candidates:
        return None
    in_force = [area for area in candidates if framework in area.frameworks]
    return (in_force or candidates)[0]


@cache
def _theme_index() -> tuple[tuple[str, Area], ...]:
    return tuple((key(theme), Area(entry["name"], tuple(entry["frameworks"])))
                 for entry in load_vocab("areas.json")["areas"] for theme in entry.get("themes", ()))


def theme_names(framework: str | None) -> dict[str, Area]:
    """The short theme names a force's own plans give the areas of
    ``framework`` (any framework's where None), by their words as ``key``
    normalises them ("response": Responding to the public). Too loose to
    name an area anywhere else: callers read them only where the document
    titles a table as the inspection's grades."""
    found: dict[str, Area] = {}
    for words, area in _theme_index():
        if framework is None or framework in area.frameworks:
            found.setdefault(words, area)
    return found


@cache
def _topic_patterns() -> tuple[tuple[Area, re.Pattern[str]], ...]:
    return tuple((Area(entry["name"], tuple(entry["frameworks"])),
                  re.compile(r"\b(?:" + "|".join(re.escape(key(t)) for t in entry["topics"]) + r")\b"))
                 for entry in load_vocab("areas.json")["areas"] if entry.get("topics"))


def topic_area(sentence: str, framework: str | None) -> Area | None:
    """The area an item's sentence is about, by the topic words of the areas
    of ``framework`` ("custody", "voice of the child"): for an item nothing
    else places; None unless exactly one area's words are there."""
    words = key(sentence)
    found = [area for area, pattern in _topic_patterns() if framework in area.frameworks and pattern.search(words)]
    return found[0] if len(found) == 1 else None


def item_area_name(placed: Area | None, sentence: str, framework: str | None) -> str | None:
    """An item's area: the one that places it, else the one its topic words name."""
    area = placed or topic_area(sentence, framework)
    return area.name if area else None


@lru_cache(maxsize=4096)
def match_area_phrase(phrase: str, framework: str | None = None) -> Area | None:
    """The area a phrase of running text names, as judgment sentences word
    it: the name itself; the name after a lead word ("its", "using"); a name
    followed by a qualifier ("initial response to children at risk"); or a
    name cut short ("police powers and treating the public fairly" of
    "... fairly and respectfully"). Prefix readings must point to one area."""
    area = match_area(phrase, framework)
    if area:
        return area
    words = key(phrase)
    while _PHRASE_LEAD.match(words):
        words = _PHRASE_LEAD.sub("", words, count=1)
        area = match_area(words, framework, fuzzy=False) or _gerund_area(words, framework)
        if area:
            return area
    names = _names_in_force(framework)
    starts = [(len(name), area) for name, found in names.items() for area in found
              if words.startswith(name + " ") and len(name.split()) >= 2]
    if starts:
        longest = max(length for length, _ in starts)
        found = {area for length, area in starts if length == longest}
        if len(found) == 1:
            return found.pop()
    if len(words.split()) >= _PREFIX_MIN_WORDS:
        cut = {area for name, found in names.items() for area in found if name.startswith(words + " ")}
        if len(cut) == 1:
            return cut.pop()
    return None


@cache
def _names_in_force(framework: str | None) -> dict[str, list[Area]]:
    """Every area name (always valid, or valid where ``framework`` is in force) -> its areas."""
    always, contextual = _area_index()
    names = {name: found for name, found in always.items()}
    for name, found in contextual.items():
        names.setdefault(name, [])
        names[name] = names[name] + [a for a in found if framework in a.frameworks]
    return names


def _gerund_area(words: str, framework: str | None) -> Area | None:
    """The area a clause names with its verb where the name has the
    gerund ("how it manages offenders": "managing offenders"; "investigates
    crime", "responds to the public")."""
    verb, _, rest = words.partition(" ")
    if not rest or not verb.endswith("s"):
        return None
    for stem in (verb[:-2], verb[:-1]):  # "manag-es", "respond-s"
        area = match_area(f"{stem}ing {rest}", framework, fuzzy=False)
        if area:
            return area
    return None


def split_areas(text: str, framework: str | None = None) -> list[tuple[Area, str]] | None:
    """Area names written one after another with nothing between them (a
    chart cell whose lines the PDF text joined: "Preventing crime Managing
    offenders"), each with its words as printed; None unless every word
    belongs to a name."""
    found = _split_areas(text, framework)
    return None if found is None else list(found)  # a list of the caller's own


@lru_cache(maxsize=4096)  # a grade table's cells are tried as lists of areas by several readings
def _split_areas(text: str, framework: str | None) -> tuple[tuple[Area, str], ...] | None:
    printed = clean(text).split()
    letters = [_letters(word) for word in printed]
    most = _most_letters_in_a_name()
    out: list[tuple[Area, str]] = []
    start = 0
    while start < len(printed):
        # longest first, from the longest run of words with no more letters than a name has
        # (a paragraph is then tried on a name's length of words, not on each of its prefixes)
        longest, held = start, 0
        while longest < len(printed) and held + letters[longest] <= most:
            held += letters[longest]
            longest += 1
        for end in range(longest, start, -1):
            area = match_area(" ".join(printed[start:end]), framework, fuzzy=False)
            if area:
                out.append((area, " ".join(printed[start:end])))
                start = end
                break
        else:
            return None
    return tuple(out)


_OWN_AREA_MAX_WORDS = 8
_NOT_A_NAME = re.compile(r"[0-9.;:!?()]")
# "Our judgments", "Summary of grades", "Inspection findings": a heading over the judgments themselves, never an area
_ABOUT_JUDGMENTS = re.compile(r"\b(?:judg(?:e)?ments?|grades?|grading|ratings?|findings|inspections?)\b", re.I)


def own_area(printed: str, framework: str | None) -> Area | None:
    """An area no framework lists, under its printed name (a non-territorial
    force's own: "Armed policing"), when the text reads as a name: a short
    phrase opening with a capital, no figures or sentence punctuation, no
    grade, nothing about the judgments themselves ("Our judgments"). Callers
    decide where such a name is an area (a grade chart's cell, a heading over
    a judgment); its framework is the one in force."""
    name = clean(printed).rstrip(" :")
    words = name.split()
    if (not (1 <= len(words) <= _OWN_AREA_MAX_WORDS) or not name[0].isupper() or _NOT_A_NAME.search(name)
            or _ABOUT_JUDGMENTS.search(name)):
        return None
    if grade_of(name) or match_area(name, fuzzy=False):
        return None
    return Area(name, (framework,) if framework else ())


def framework_of_areas(names: list[Area]) -> str | None:
    """The one framework a set of areas all belong to, preferring the newer
    PEEL framework when both hold them, or None when they disagree."""
    common: set[str] | None = None
    for area in names:
        common = set(area.frameworks) if common is None else common & set(area.frameworks)
    if not common:
        return None
    for framework in (CHILD_PROTECTION, PEEL_2018_19, PEEL_2021_22, PEEL_2023_25):
        if common == {framework}:
            return framework
    return None


# --- forces -------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Force:
    name: str
    police_area: str | None
    territorial: bool
    mayor_area: str | None = None  # the region a mayor holding the commissioner's functions is named after
    office_area: str | None = None  # the area the commissioner's office styles itself by, where not the police area
    office_names: tuple[tuple[str, str], ...] = ()  # (title, the name the office styles itself by in its place)


@dataclass(frozen=True, slots=True)
class ForceMention:
    force: Force
    start: int  # character offsets in the text searched
    end: int
    text: str


@cache
def forces() -> tuple[Force, ...]:
    return tuple(Force(f["name"], f["police_area"], f["territorial"], f.get("mayor_area"), f.get("office_area"),
                       tuple(f.get("office_names", {}).items()))
                 for f in load_vocab("forces.json")["forces"])


def _variants(name: str) -> set[str]:
    """Spellings of one name that differ only in punctuation."""
    out = {name, name.replace("-", " "), name.replace("'", ""), name.replace("\u2019", "")}
    out |= {v.replace(" and ", " & ") for v in out} | {v.replace(" & ", " and ") for v in out}
    return out


def _is_acronym(name: str) -> bool:
    """"MPS", "BTP", "PSNI": matched only in capitals, since "mps" or "gmp"
    in lower case may be other words."""
    return name.isupper() and name.isalpha() and len(name) <= 6


@cache
def _force_matcher() -> tuple[spacy.Language, tuple[PhraseMatcher, PhraseMatcher], dict[str, Force]]:
    """A case-insensitive matcher for names and a case-sensitive one for acronyms."""
    import spacy
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("en")
    by_name = PhraseMatcher(nlp.vocab, attr="LOWER")
    by_acronym = PhraseMatcher(nlp.vocab, attr="ORTH")
    by_label: dict[str, Force] = {}
    for entry, force in zip(load_vocab("forces.json")["forces"], forces()):
        by_label[force.name] = force
        names = [entry["name"], *entry["aliases"], *([entry["authority"]] if "authority" in entry else [])]
        variants = {variant for name in names if not _is_acronym(name) for variant in _variants(name)}
        by_name.add(force.name, [nlp.make_doc(name) for name in sorted(variants)])
        acronyms = sorted(name for name in names if _is_acronym(name))
        if acronyms:
            by_acronym.add(force.name, [nlp.make_doc(name) for name in acronyms])
    return nlp, (by_name, by_acronym), by_label


def find_forces(text: str) -> list[ForceMention]:
    """Every force named in ``text``, longest match first where names overlap
    ("North Wales Police", never "Wales Police")."""
    from spacy.util import filter_spans

    nlp, matchers, by_label = _force_matcher()
    doc = nlp.make_doc(clean(text))
    matches = [match for matcher in matchers for match in matcher(doc)]
    spans = filter_spans([doc[start:end] for _, start, end in matches])
    labels = {(start, end): nlp.vocab.strings[match_id] for match_id, start, end in matches}
    return [ForceMention(by_label[labels[(s.start, s.end)]], s.start_char, s.end_char, s.text) for s in spans]


def force_named(text: str) -> Force | None:
    """The force ``text`` names as a whole ("Avon & Somerset Police"), or None."""
    found = find_forces(text)
    if len(found) == 1 and key(found[0].text) == key(text):
        return found[0].force
    return None


def force_of_subject(text: str) -> Force | None:
    """The force a sentence's subject names: its name or an alias ("Gwent
    Police", "BTP"), or its police area alone ("Gwent requires improvement
    at ..."), which as the subject of a judgment can only mean the force."""
    named = force_named(text)
    if named:
        return named
    words = key(text)
    return next((f for f in forces() if f.police_area and key(f.police_area) == words), None)


def force_of_police_area(text: str) -> Force | None:
    """The force of a police area as a commissioner's title names it
    ("Durham", "Devon, Cornwall and the Isles of Scilly"), or as a mayor
    holding the commissioner's functions is named ("North East"), or None."""
    words = key(text)
    for force in forces():
        if any(area and key(area) == words for area in (force.police_area, force.mayor_area, force.office_area)):
            return force
    named = find_forces(text)
    return named[0].force if named else None

