"""A borderless question table whose last cell holds the response and,
under it, a comment in italics (a paragraph of its own in the cell, a few
points apart), the level in a narrow first column wrapped over two lines
("Partly" over "assured"): the comment stays in its row, a paragraph of its
own after the response, in every row alike, though the response's last
line fills the cell (a sentence ending short of the line ends a paragraph
by itself)."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from pipeline.layout import Table
from tests.ingest.pdf_builders import borderless, para, read, story_pdf, style

ROWS = [("Partly assured", "1", "What proportion of emergency calls were answered within ten seconds in the last quarter?",
         "Eighty-nine per cent of emergency calls were answered within ten seconds against a standard of ninety.",
         "Close to the standard but not meeting it."),
        ("Not assured", "2", "How long do callers wait, and how many abandon?",
         "The average wait was six minutes; one caller in five abandoned. Online reporting has grown by a quarter.",
         "Abandonment remains too high."),
        ("Assured", "3", "How is the force recruiting and keeping call handlers?",
         "Thirty-two call handlers joined in the year and turnover fell by a third.", None)]


HEADER = ["Outcome", "Q", "Question", "Response and comment"]
RESPONSE_WIDTH = 251


def _set(space_after: float) -> ParagraphStyle:
    """Cell text at a leading of a quarter over its size, as many packs set it (the header's too)."""
    st = style(10, space_after=space_after)
    st.leading = 12.5
    return st


def _filling(text: str) -> str:
    """``text`` with words added before its last sentence's stop until its last line fills the cell."""
    words = "according to the figures the force shared with the board after the meeting".split()
    body, extra = text.removesuffix("."), iter(words * 3)
    while True:
        paragraph = Paragraph(body + ".", _set(2))
        paragraph.wrap(RESPONSE_WIDTH - 8, 1000)
        if paragraph.blPara.lines[-1][0] < 0.15 * RESPONSE_WIDTH:  # the room left at the end of the last line
            return body + "."
        body += " " + next(extra)


def test_a_comment_in_italics_under_the_response_is_a_paragraph_of_the_same_cell() -> None:
    rows = [(level, number, question, _filling(response), comment)
            for level, number, question, response, comment in ROWS]
    cells = [[Paragraph(f"<b>{level}</b>", _set(0)), Paragraph(number, _set(0)), Paragraph(question, _set(0)),
              [Paragraph(response, _set(2)), *([Paragraph(f"<i>{comment}</i>", _set(0))] if comment else [])]]
             for level, number, question, response, comment in rows]
    doc = read(story_pdf([para("Item 4. Call handling", 12, True),
                          borderless([[Paragraph(f"<b>{text}</b>", _set(0)) for text in HEADER], *cells],
                                     [62, 20, 150, RESPONSE_WIDTH], band=False)]))
    table = next(block for block in doc.blocks if isinstance(block, Table))
    assert table.n_rows == 1 + len(ROWS)
    assert [[" ".join(b.text.split()) for b in table.cell(row, 3).blocks] for row in range(1, table.n_rows)] == [
        [response, *([comment] if comment else [])] for _, _, _, response, comment in rows]
