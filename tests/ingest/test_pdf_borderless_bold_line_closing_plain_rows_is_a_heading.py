"""Questions with the level hung in the margin beside each ("ASSURED" left
of "Q1. ...", its response and comment paragraphs under it, indented) read
as a borderless table of a margin column and a text column; the bold
heading at the margin right under them ("Actions", the minuted actions
under it) is a heading after that table, not its last row. A bold line
with rows of the table under it (a group heading), and a bold last line
of a table whose header is bold, stay rows."""

from __future__ import annotations

from pipeline.layout import BlockKind, Table
from tests.ingest.pdf_builders import borderless, para, read, story_pdf, style

from reportlab.platypus import Paragraph

_QUESTIONS = [("ASSURED", "How many offences were reported in the year, and how many were solved?",
               "9,870 were reported; 14% were solved.", "Welcomed the rise in the solved rate."),
              ("PARTLY ASSURED", "How does the force share evidence with retailers?",
               "An online portal is used by two of the five largest retailers.", "Asked for the portal's take-up."),
              ("NOT ASSURED", "What is being done about violence against shop workers?",
               "The force keeps no separate count.", "Asked for a count to be kept from April.")]
_ACTIONS = ["AB 48/04 – Report the portal's take-up by the other retailers.",
            "AB 48/05 – Keep a count of assaults on shop workers from April."]


def _hung(text: str, note: str | None = None) -> Paragraph:
    hung = style(11, left=118, space_after=6)
    hung.bulletIndent, hung.bulletFontName, hung.bulletFontSize = 0, hung.fontName, 11
    return Paragraph(text, hung, bulletText=note)


def test_a_bold_heading_under_margin_notes_is_a_heading_after_their_table() -> None:
    story = [para("The Commissioner's level on each question is printed in the margin beside it.", 11, italic=True)]
    for number, (level, question, response, comment) in enumerate(_QUESTIONS, start=1):
        story += [_hung(f"Q{number}. {question}", level), _hung(f"<i>Response:</i> {response}"),
                  _hung(f"<i>Commissioner's comment:</i> {comment}")]
    story += [para("Actions", 11, bold=True)] + [para(line, 11) for line in _ACTIONS]

    blocks = read(story_pdf(story)).blocks

    table = next(b for b in blocks if isinstance(b, Table))
    assert [table.cell(row, 0).text for row in range(0, table.n_rows, 3)] == [q[0] for q in _QUESTIONS]
    assert table.cell(table.n_rows - 1, 1).text.startswith("Commissioner's comment: Asked for a count")
    after = [(b.kind, b.text) for b in blocks[blocks.index(table) + 1:]]
    assert after == [(BlockKind.HEADING, "Actions")] + [(BlockKind.PARAGRAPH, line) for line in _ACTIONS]


def test_a_bold_group_heading_with_rows_under_it_stays_in_the_table() -> None:
    rows = [["AB 47/01", "Publish the strategy.", "Complete"], ["AB 47/02", "Report the arrests.", "Open"],
            ["Carried forward", "", ""], ["AB 46/09", "Review the policy.", "Open"],
            ["AB 46/10", "Share the audit.", "Complete"]]
    table = borderless([[para(text, bold=r == 2, space_after=0) for text in row] for r, row in enumerate(rows)],
                       [80, 250, 100], band=False)

    blocks = read(story_pdf([para("Action log", 14, bold=True), table])).blocks

    grid = next(b for b in blocks if isinstance(b, Table))
    assert [grid.cell(row, 0).text for row in range(grid.n_rows)] == [row[0] for row in rows]


def test_a_bold_last_line_of_a_table_with_a_bold_header_stays_a_row() -> None:
    rows = [["Measure", "2046", "2047"], ["Arrests", "1,204", "1,447"], ["Charges", "611", "702"],
            ["Total", "", ""]]
    table = borderless([[para(text, bold=r in (0, 3), space_after=0) for text in row] for r, row in enumerate(rows)],
                       [120, 80, 80])

    blocks = read(story_pdf([para("Figures", 14, bold=True), table])).blocks

    grid = next(b for b in blocks if isinstance(b, Table))
    assert [grid.cell(row, 0).text for row in range(grid.n_rows)] == [row[0] for row in rows]
