"""The PDF backend on a word a narrow table column broke where its letters
also spell two words ("safe" over "guarding", "under" over "spend"): the
cell reads the word whole when the letters are likelier one English word
than two, even where the document prints neither the word nor its parts
elsewhere; two words whose letters make no likelier word ("call" over
"handlers") stay two, and so do two words the line broke with room left
for more of the next one (a line breaker's break between words)."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from .pdf_builders import REGULAR, grid, para, read, register_fonts, story_pdf

SIZE = 7.0
PADDING = 6.0  # points each side of a cell's text (reportlab's default)
HEADER = [["Topic", "Lead", "Due"]]
SIDES = [(side, (0, 0), (-1, -1), PADDING) for side in ("LEFTPADDING", "RIGHTPADDING")]


def _cell(text: str, bold: bool = False):
    return para(text, SIZE, bold=bold, space_after=0)


def _lines(text: str, inner: float) -> list[str]:
    """The lines reportlab sets ``text`` in, ``inner`` points wide."""
    return [" ".join(words) for _, words in _cell(text).breakLines([inner]).lines]


def _topic_table(text: str, inner: float, ruled: bool = True) -> list[list[str]]:
    doc = read(story_pdf([para("The panel reviewed each topic with the force."),
                          grid([[_cell("Topic", bold=True), _cell("Lead", bold=True), _cell("Due", bold=True)],
                                [_cell(text), _cell("Chief Superintendent"), _cell("March 2026")]],
                               [inner + 2 * PADDING, 140, 80], SIDES, ruled=ruled)]))
    (table,) = doc.tables()
    return table.grid()


def _filling(first_line: str) -> float:
    """A line width ``first_line`` fills to within less than a letter."""
    register_fonts()
    return stringWidth(first_line, REGULAR, SIZE) + 0.5


@pytest.mark.parametrize(("text", "first_line"), [
    ("Child safeguarding", "Child safe"),
    ("An underspend", "An under"),
    ("Is underpinned", "Is under"),
])
@pytest.mark.parametrize("ruled", [True, False])
def test_a_word_broken_where_its_letters_spell_two_words_is_read_whole(text: str, first_line: str,
                                                                      ruled: bool) -> None:
    inner = _filling(first_line)
    # the premise: the word is wider than the line, so reportlab broke it where it stood, after its first part
    assert stringWidth(text.split()[-1], REGULAR, SIZE) > inner
    assert _lines(text, inner)[0] == first_line
    assert _topic_table(text, inner, ruled) == HEADER + [[text, "Chief Superintendent", "March 2026"]]


def test_a_word_broken_so_is_read_whole_where_the_document_prints_its_second_part() -> None:
    # "spend" printed as a word elsewhere does not make the "spend" that finishes "underspend" a word of its own
    inner = _filling("An under")
    doc = read(story_pdf([para("The force expects to spend less on overtime this year."),
                          grid([[_cell("Topic", bold=True), _cell("Lead", bold=True)],
                                [_cell("An underspend"), _cell("Chief Finance Officer")]],
                               [inner + 2 * PADDING, 140], SIDES)]))
    (table,) = doc.tables()
    assert table.grid() == [["Topic", "Lead"], ["An underspend", "Chief Finance Officer"]]


def test_two_words_that_spell_no_likelier_word_stay_two() -> None:
    inner = _filling("Three call")
    # "call" fills its line and "handlers" wraps whole, just as a word broken after "call" would
    assert stringWidth("callhandlers", REGULAR, SIZE) > inner
    assert _lines("Three call handlers", inner) == ["Three call", "handlers"]
    assert _topic_table("Three call handlers", inner) == HEADER + [["Three call handlers", "Chief Superintendent",
                                                                      "March 2026"]]


def test_two_words_broken_with_room_left_on_the_line_stay_two() -> None:
    # "aftercare" is a likelier word than "after care", but the line had room for
    # more letters: the line breaker broke between words, not inside one
    register_fonts()
    inner = stringWidth("Youth after", REGULAR, SIZE) + 4.0
    assert inner < stringWidth("Youth after care", REGULAR, SIZE)
    assert _lines("Youth after care", inner) == ["Youth after", "care"]
    assert _topic_table("Youth after care", inner) == HEADER + [["Youth after care", "Chief Superintendent",
                                                                             "March 2026"]]
