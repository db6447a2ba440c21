"""PDF lines to blocks: paragraphs, list items and headings.

Lines are grouped into paragraphs by spacing, indentation and style
(``group_paragraphs``); whether a paragraph is a heading, and of which level,
is decided for the whole document at once (``HeadingScale``), since "large"
and "bold" only mean something against the document's body text.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

import wordsegment

from pipeline.ingest.pdf_text import UNMAPPED, Line, Word
from pipeline.layout import BBox, BlockKind, Provenance, Span, Style, TextBlock

# "■" is a bullet only when black or grey: a coloured square is a status, kept as text.
BULLETS = frozenset("•▪◦o-–—■●○▫◾‣⁃∙·*➢►❖✓□❏❑◆")
_GLUED_BULLETS = frozenset("•▪◦■●○▫◾‣⁃∙➢►❖")
# the marks of a rating or a bar printed as a run ("●●●○○", "★★★☆☆", "■■□"): content, never a list's bullet
_RATING_MARKS = frozenset("●○◉◯★☆■□")
# A coloured dot is a status only before a reference ("● AB 27/33" in green, a tracker's status set in its Ref
# cell); before words it is a bullet of any colour, as report templates colour their bullets.
_REFERENCE = re.compile(r"^(?=.*\d)[A-Z0-9][A-Z0-9/.\-]*(?: [A-Z0-9][A-Z0-9/.\-]*){0,2}$")
_NUMBERED = re.compile(r"^\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]$", re.I)
BARE_NUMBER = re.compile(r"^\d{1,3}$")
SENTENCE_END = re.compile(r"[.:;!?]['\"’”)]?$")
CLOSING = frozenset(",.;:!?)]%'\"’”")  # punctuation that closes the word before it
_OPENING = frozenset("([‘“")  # and that opens the word after it
MIN_SPACE = 0.15  # of the text size: the narrowest word space of any font (most are a quarter to a third)
_HEADING_MAX_LINES = 3
_HEADING_MAX_CHARS = 250


def _is_neutral(colour: str | None) -> bool:
    """Black, grey or unset: a colour that carries no meaning."""
    if colour is None:
        return True
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return max(r, g, b) - min(r, g, b) < 24


def split_marker(line: Line) -> tuple[str, Word | None, list[Word]] | None:
    """The line's list marker, the word that printed it, and the rest of
    the line; None when the line does not open a list item."""
    first, rest = line.words[0], line.words[1:]
    text = first.text
    if _opens_with_rating(line):
        return None
    if text == UNMAPPED:
        # a glyph the font maps to no character, set apart before the text: a bullet
        return ("\u2022", first, rest) if rest else None
    if text in BULLETS:
        if rest and not _coloured_status(text, first, rest):
            return text, first, rest
        return None
    if rest and (_NUMBERED.match(text) or (BARE_NUMBER.match(text) and _tab_apart(first, rest))):
        return text, first, rest
    if len(text) > 1 and text[0] in _GLUED_BULLETS:
        shown = Word(text[1:].lstrip(), first.x0, first.x1, first.top, first.bottom, first.style)
        if not _coloured_status(text[0], first, [shown, *rest]):
            return text[0], None, [shown, *rest]
    return None


def _coloured_status(mark: str, word: Word, rest: Sequence[Word]) -> bool:
    """Whether a coloured square, or a coloured dot before a reference, is a
    status printed as a glyph (kept as text with its colour) rather than a
    list's bullet."""
    if _is_neutral(word.style.colour):
        return False
    return mark == "■" or (mark == "●" and bool(_REFERENCE.match(" ".join(w.text for w in rest))))


def _tab_apart(number: Word, rest: Sequence[Word]) -> bool:
    """Whether a bare number stands a tab stop from the words after it (a
    numbered item whose number has no full stop: "1<tab>The force should");
    a number opening a line of prose ("3 officers") stands a word space
    away, and a scale's numbers ("0  1  2  3") open no words. A justified
    narrow column stretches every word space of a line as wide as a tab
    stop, so the number's gap must also stand out from the line's others."""
    text = rest[0]
    gap = text.x0 - number.x1
    widest_other = max((after.x0 - before.x1 for before, after in zip(rest, rest[1:])), default=0.0)
    return (text.text[:1].isalpha() and gap >= 0.75 * max(text.style.size or 0.0, 1.0)
            and gap > 1.5 * widest_other)


def _opens_with_rating(line: Line) -> bool:
    """The line opens with a run of two or more rating marks, glued or
    spaced ("●●●○○", "● ● ● ○ ○", a bar of squares "■■□"): a rating, whose
    first mark counts. A single mark set further from the run than the
    run's marks stand apart is a bullet before a rating ("■<tab>■■□ partly
    assured", a key's list item)."""
    marks = []
    for word in line.words:
        if not _marks_only(word):
            break
        marks.append(word)
    if sum(len(word.text) for word in marks) < 2:
        return False
    if len(marks) > 1 and len(marks[0].text) == 1:
        gap = marks[1].x0 - marks[0].x1
        spaced = max((b.x0 - a.x1 for a, b in zip(marks[1:], marks[2:])), default=0.0)
        if gap > 1.5 * spaced + MIN_SPACE * max(marks[0].style.size or 0.0, 1.0):
            return False
    return True


@dataclass(slots=True)
class Para:
    """Lines that read as one paragraph or one list item."""

    lines: list[Line]
    marker: str | None = None
    marker_x: float | None = None
    text_x: float | None = None
    words: list[list[Word]] = field(default_factory=list)  # per line, marker removed

    @property
    def page(self) -> int:
        return self.lines[0].page

    @property
    def bbox(self) -> BBox:
        box = self.lines[0].bbox
        for line in self.lines[1:]:
            box = box.union(line.bbox)
        return box

    @property
    def size(self) -> float:
        totals: dict[float, int] = {}
        for line_words in self.words:
            for w in line_words:
                totals[w.style.size or 0.0] = totals.get(w.style.size or 0.0, 0) + len(w.text)
        return max(totals, key=totals.__getitem__) if totals else 0.0

    @property
    def char_count(self) -> int:
        return sum(len(w.text) + 1 for line_words in self.words for w in line_words)

    def share(self, test) -> float:
        total = passing = 0
        for line_words in self.words:
            for w in line_words:
                total += len(w.text)
                passing += len(w.text) if test(w.style) else 0
        return passing / total if total else 0.0


def group_paragraphs(lines: Sequence[Line], text_right: float | None = None) -> list[Para]:
    """Consecutive lines of one region (a page column or a table cell) as
    paragraphs and list items, in order. ``text_right`` is where the
    region's text may run to (a cell's edge less its padding), where known."""
    if not lines:
        return []
    right_edge = max([line.x1 for line in lines] + ([text_right] if text_right else []))
    left_edge = min(line.x0 for line in lines)
    paras: list[Para] = []
    for line in lines:
        marked = split_marker(line)
        current = paras[-1] if paras else None
        if (marked is not None and current is not None and _mid_sentence(current)
                and (marked[0] not in BULLETS or _dash_in_text(marked))
                and (current.marker_x is None or abs(line.x0 - current.marker_x) > 2)
                and _continues(current, line, left_edge, right_edge)):
            marked = None  # "(a)", "2." or a dash wrapped to the start of a line inside a sentence
        if marked is None and current is not None and _continues(current, line, left_edge, right_edge):
            current.lines.append(line)
            current.words.append(list(line.words))
            continue
        if marked is not None:
            marker, _, rest = marked
            paras.append(Para([line], marker, line.x0, rest[0].x0, [rest]))
        else:
            paras.append(Para([line], words=[list(line.words)]))
    return paras


def _dash_in_text(marked: tuple[str, Word | None, list[Word]]) -> bool:
    """Whether a dash opening a line stands a word space from the next word,
    as a dash inside a sentence does ("workplace" over "– requires
    improvement"); a list's dash stands a tab stop from its text."""
    marker, word, rest = marked
    if marker not in "-–—" or word is None:
        return False
    return rest[0].x0 - word.x1 < 0.6 * max(word.style.size or 0.0, 1.0)


def _continues(para: Para, line: Line, left_edge: float, right_edge: float) -> bool:
    """Whether ``line`` carries on ``para`` rather than starting a new one."""
    prev = para.lines[-1]
    size = max(line.size, prev.size, 1.0)
    if line.top - prev.bottom > 0.6 * size or line.top < prev.top:
        return False
    if abs(line.size - prev.size) > 0.6 or (line.bold != prev.bold and not _runs_in(prev, line)):
        return False
    if SENTENCE_END.search(prev.words[-1].text) and _slanted(prev) != _slanted(line):
        return False  # a sentence set in the other slant opens a paragraph (a comment in italics under a response)
    if para.marker is not None:
        # A wrapped item line hangs under the item's text, right of its marker,
        # or, in a numbered paragraph, goes back to the margin mid-sentence.
        return line.x0 > para.marker_x + 2 or (abs(line.x0 - para.marker_x) <= 2 and _mid_sentence(para))
    if line.x0 > prev.x0 + 8 and len(para.lines) > 1:
        return False  # an indented first line opens the next paragraph
    width = right_edge - left_edge
    ended_short = prev.x1 < right_edge - 0.25 * width
    if ended_short and SENTENCE_END.search(prev.words[-1].text) and (
            not prev.words[-1].text.endswith(";") or _had_room(prev, line, right_edge)):
        return False  # a sentence ended short of the line; a clause ends a line short only when the next word would not fit
    return not _broken_early(prev, line, right_edge)


def _slanted(line: Line) -> bool:
    return all(w.style.italic for w in line.words)


def _runs_in(prev: Line, line: Line) -> bool:
    """Whether one sentence runs on from ``prev`` into ``line`` across a
    change of weight: ``prev`` opens with a bold run-in label and ends
    mid-sentence in the weight ``line`` is set in ("**Level of assurance:
    Assured.** The" over "Commissioner was ..."), or ``line`` holds the
    sentence's last words in bold and ends it in ``prev``'s weight ("... and"
    over "**Not assured**."): one paragraph, though most of one line is bold."""
    last, end = prev.words[-1], line.words[-1]
    if SENTENCE_END.search(last.text):
        return False
    return last.style.bold == line.bold or (end.style.bold == prev.bold and bool(SENTENCE_END.search(end.text)))


def _had_room(prev: Line, line: Line, right_edge: float) -> bool:
    """Whether ``line``'s first word would have fitted after ``prev``."""
    first = line.words[0]
    gap = 0.25 * max(prev.size, 1.0)
    return prev.x1 + gap + (first.x1 - first.x0) < right_edge - 1.0


def _broken_early(prev: Line, line: Line, right_edge: float) -> bool:
    """The line before ``line`` stopped although ``line``'s first word would
    have fitted after it, and ``line`` opens with a capital: a line of its
    own (a chart cell's area names, "Label: value" lines), never a wrap."""
    return line.words[0].text[:1].isupper() and _had_room(prev, line, right_edge)


def _mid_sentence(para: Para) -> bool:
    """Whether the paragraph's last line stops inside a sentence."""
    return not SENTENCE_END.search(para.lines[-1].words[-1].text)


def _colour(para: Para) -> str | None:
    """The one colour, other than black or grey, that prints the paragraph."""
    colours = {w.style.colour for line_words in para.words for w in line_words}
    if len(colours) != 1:
        return None
    colour = colours.pop()
    return None if _is_neutral(colour) else colour


class HeadingScale:
    """Which paragraphs are headings, and their levels: distinct larger sizes
    ranked (1 = largest), then body-size lines set apart at the lowest level:
    bold, or in a colour the larger headings print in (office templates
    set headings apart by size and colour alone; a link's blue is no heading)."""

    def __init__(self, paras: Iterable[Para], body_size: float | None) -> None:
        self.body_size = body_size or 0.0
        large = [p for p in paras if self._is_large(p) and self._can_head(p)]
        self.ranked = sorted({self._size_key(p) for p in large}, reverse=True)
        self.heading_colours = {_colour(p) for p in large} - {None}

    @staticmethod
    def _size_key(para: Para) -> float:
        return round(para.size * 2) / 2

    def _is_large(self, para: Para) -> bool:
        """Larger than the body text and set apart by weight, or by a clear
        size step (a smaller one in colour): a list in 11 pt beside tables
        in 10 pt is no heading, nor a subtitle a little larger than the text."""
        if not self.body_size or para.size < self.body_size + 1.0:
            return False
        if para.share(lambda s: s.bold) >= 0.8:
            return True
        if _colour(para) is not None:
            return para.size >= 1.2 * self.body_size
        return para.marker is None and para.size >= 1.25 * self.body_size

    @staticmethod
    def _can_head(para: Para) -> bool:
        """Short, and naming something: a figure alone in large type (a
        badge's number, a headline statistic) heads nothing."""
        return (len(para.lines) <= _HEADING_MAX_LINES and para.char_count <= _HEADING_MAX_CHARS
                and any(ch.isalpha() for line_words in para.words for w in line_words for ch in w.text))

    def level(self, para: Para) -> int | None:
        if not self._can_head(para):
            return None
        if self._is_large(para):
            return self.ranked.index(self._size_key(para)) + 1
        if para.marker is None and para.size >= self.body_size - 0.6 and (
                para.share(lambda s: s.bold) >= 0.8
                or (_colour(para) in self.heading_colours and para.size < self.body_size + 1.0
                    and not para.words[-1][-1].text.endswith("."))):
            return len(self.ranked) + 1
        return None


def list_levels(markers_x: Sequence[float], tolerance: float = 2.5) -> list[int]:
    """Nesting depth of each list marker from its x position: distinct
    indentations ranked left to right, 0 = outermost."""
    anchors: list[float] = []
    for x in sorted(markers_x):
        if not anchors or x - anchors[-1] > tolerance:
            anchors.append(x)
    return [max(i for i, a in enumerate(anchors) if x >= a - tolerance) for x in markers_x]


def to_block(para: Para, kind: BlockKind, level: int = 0) -> TextBlock:
    prov = Provenance(page=para.page, bbox=para.bbox)
    return TextBlock(kind=kind, spans=make_spans(para.words), prov=prov, level=level, marker=para.marker)


# A line that ends inside a token, at a hyphen, slash or dash set against a
# letter or digit: "HTA/" over "26/18", "22/01/" over "2026", "stop-and-" over
# "search", "www.example.gov.uk/" over "reports". Line breakers break after these
# with no space in the source; a dash set apart ("update – see") is a word of its own.
_TOKEN_BREAK = re.compile(r"[^\W_][-/\u2010\u2011\u2013]$")


def continues_token(line_end: str, next_line_start: str) -> bool:
    """Whether the word opening a line carries on the token the line above
    ended in, with no space between (the line broke after a hyphen or slash
    inside a reference, date, URL or compound word)."""
    return bool(_TOKEN_BREAK.search(line_end)) and next_line_start[:1].isalnum()


# A word a justified line broke at its end with a hyphen: "im-" over "provement".
_HYPHEN_BROKEN = re.compile(r"[^\W\d_]-$")
# Words of the canonical vocabularies (areas, grades, forces): what a
# hyphenated piece may be read back into where the document prints it no other way.
_VOCAB_DIR = Path(__file__).resolve().parents[2] / "schemas" / "vocab"
_VOCAB_FILES = ("areas.json", "grades.json", "forces.json")


def word_token(text: str) -> str:
    """A word as compared with others: lower case, without the punctuation around it."""
    return text.strip(".,;:!?'\"()[]‘’“”").lower()


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    def strings(value: object) -> Iterator[str]:
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for key, item in value.items():
                yield key
                yield from strings(item)
        elif isinstance(value, list):
            for item in value:
                yield from strings(item)

    return frozenset(word_token(word) for name in _VOCAB_FILES
                     for text in strings(json.loads((_VOCAB_DIR / name).read_text(encoding="utf-8")))
                     for word in text.split())


def known_words(words: Sequence[Word]) -> Counter[str]:
    """How often the document (its words in reading order) prints each word
    other than as the rest of a word hyphenated before it, the
    vocabularies' words once more."""
    known = Counter(word_token(w.text) for w in words)
    known.subtract(word_token(tail.text) for head, tail in zip(words, words[1:]) if _HYPHEN_BROKEN.search(head.text))
    known.update(_vocabulary())
    return known


def join_hyphenated(lines_words: list[list[Word]], known: Counter[str]) -> list[list[Word]]:
    """A paragraph's words per line with each word hyphenated at a line end
    read whole ("Requires im-" over "provement": "improvement", or over
    "prove-" over "ment" in a narrow cell): where the document never prints
    the word with its hyphens, and the document or the vocabularies print it
    whole, or it is a common English word. A compound keeps its hyphen:
    "problem-" over "solving", "well-being" where printed so elsewhere."""
    out = [list(words) for words in lines_words]
    i = 0
    while i < len(out):
        if not out[i] or not _HYPHEN_BROKEN.search(out[i][-1].text):
            i += 1
            continue
        # The pieces: the word ending line i, then each next line's first word
        # while it is all its line holds and ends with a hyphen itself.
        chain = [i]
        while chain[-1] + 1 < len(out) and out[chain[-1] + 1] and out[chain[-1] + 1][0].text[:1].islower():
            chain.append(chain[-1] + 1)
            if len(out[chain[-1]]) > 1 or not _HYPHEN_BROKEN.search(out[chain[-1]][0].text):
                break
        pieces = [out[i][-1].text] + [out[k][0].text for k in chain[1:]]
        if len(pieces) > 1 and _hyphenated(pieces, known):
            head = out[i][-1]
            text = "".join(piece[:-1] for piece in pieces[:-1]) + pieces[-1]
            out[i][-1] = Word(text, head.x0, head.x1, head.top, head.bottom, head.style)
            for k in chain[1:]:
                out[k].pop(0)
        i = chain[-1] if len(chain) > 1 else i + 1
    return out


def _hyphenated(pieces: list[str], known: Counter[str]) -> bool:
    """Whether the pieces (all but the last ending in a hyphen) are one word
    broken over lines rather than a compound printed with its hyphens."""
    whole = word_token("".join(piece[:-1] for piece in pieces[:-1]) + pieces[-1])
    return known[word_token("".join(pieces))] <= 0 and (known[whole] > 0 or common_word(whole))


# Times a word occurs in wordsegment's English web counts for it to be
# common ("incident": 13 million), where compounds written solid are rare
# ("problemsolving": none, "multiagency": 22 thousand).
_COMMON_WORD = 1_000_000


def common_word(word: str) -> bool:
    """Whether ``word`` (lower case) is a common English word."""
    _segmenter()  # loads the counts
    return wordsegment.UNIGRAMS.get(word, 0.0) >= _COMMON_WORD


_MIN_SPACED_LETTERS = 4  # capitals set a space apart in a row: a letter-spaced label, not initials


def join_letter_spaced(lines_words: list[list[Word]]) -> list[list[Word]]:
    """Each line's run of capitals typed a space apart ("A R E A   F O R ...",
    which a typesetter may print with every space the same width) read as
    the words it spells: split where the spaces are wider, else where
    English word segmentation splits the letters ("AREA FOR IMPROVEMENT")."""
    out = []
    for words in lines_words:
        line: list[Word] = []
        run: list[Word] = []
        for word in [*words, None]:
            if word is not None and len(word.text) == 1 and word.text.isupper() and (
                    not run or word.x0 - run[-1].x1 <= 0.6 * max(word.style.size or 0.0, 1.0)):
                run.append(word)
                continue
            line += _spelt_words(run) if len(run) >= _MIN_SPACED_LETTERS else run
            run = [word] if word is not None and len(word.text) == 1 and word.text.isupper() else []
            if word is not None and not run:
                line.append(word)
        out.append(line)
    return out


def _spelt_words(letters: list[Word]) -> list[Word]:
    gaps = [b.x0 - a.x1 for a, b in zip(letters, letters[1:])]
    if max(gaps) - min(gaps) > 0.5 * min(gaps):
        cut = (max(gaps) + min(gaps)) / 2
        breaks = [i + 1 for i, gap in enumerate(gaps) if gap > cut]
    else:
        spelt = segment_words("".join(w.text for w in letters))
        if len(spelt) == len(letters) or not all(common_word(word) for word in spelt):
            return letters  # letters that spell no words: initials or codes, not a label
        breaks = list(accumulate(len(word) for word in spelt[:-1]))
    pieces = [letters[a:b] for a, b in zip([0, *breaks], [*breaks, len(letters)])]
    return [Word("".join(w.text for w in piece), piece[0].x0, piece[-1].x1, min(w.top for w in piece),
                 max(w.bottom for w in piece), piece[0].style) for piece in pieces]


@lru_cache(maxsize=1)
def _segmenter() -> Callable[[str], list[str]]:
    """English word segmentation, its word counts loaded on first need (a second or so)."""
    wordsegment.load()
    return wordsegment.segment


def segment_words(letters: str) -> list[str]:
    """The English words ``letters`` most likely spell (lower case), by word
    segmentation over English web counts: "safeguarding" -> ["safeguarding"],
    "areaforimprovement" -> ["area", "for", "improvement"]."""
    return _segmenter()(letters)


def make_spans(lines_words: Sequence[Sequence[Word]]) -> tuple[Span, ...]:
    """Runs of consecutive words of one style, spaces included, lines joined
    with a space, save inside a token the line broke at its hyphen or slash
    (``continues_token``) and between a word and punctuation set against it
    in another style (``_set_against``)."""
    pieces: list[tuple[str, Style]] = []
    for words in lines_words:
        shown = [w for w in words if w.text != UNMAPPED]
        for i, word in enumerate(shown):
            if pieces and not (continues_token(pieces[-1][0], word.text) if i == 0
                               else _set_against(shown[i - 1], word)):
                pieces[-1] = (pieces[-1][0] + " ", pieces[-1][1])
            pieces.append((word.text, word.style))
    spans: list[Span] = []
    text, style = "", None
    for piece, piece_style in pieces:
        if piece_style == style:
            text += piece
            continue
        if style is not None:
            spans.append(Span(text, style))
        text, style = piece, piece_style
    if style is not None:
        spans.append(Span(text, style))
    return tuple(spans)


def _set_against(prev: Word, word: Word) -> bool:
    """Whether ``word`` stands against ``prev`` with no space, one of them
    punctuation that closes or opens the other, or both rating marks: words
    apart only because their styles differ ("**Not assured**.", "(*what
    works*)", a bar "■■□" whose hollow square is set in another font)."""
    return ((word.text[:1] in CLOSING or prev.text[-1:] in _OPENING or _marks_only(prev) and _marks_only(word))
            and word.x0 - prev.x1 < MIN_SPACE * max(word.style.size or 0.0, 1.0))


def _marks_only(word: Word) -> bool:
    return set(word.text) <= _RATING_MARKS
