"""A page column of prose beside a borderless table is read as prose, then
the table: the paragraphs' lines run on mid-sentence across the white
between the table's rows at their own leading, where a table's cells break
with its rows. The column's heading, on the table header's baseline, is no
header cell. A headed table whose wide first column holds a paragraph in
each row stays one table, each paragraph in its row, and so does one whose
comments under the levels stand level with the white between the rows of
the columns beside them: those lines are pieces of two cells, no page
column's."""

from __future__ import annotations

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.platypus import FrameBreak, Paragraph

from pipeline.layout import Table
from tests.ingest.pdf_builders import Spacer, borderless, para, read, story_pdf, style, two_column_pdf

PROSE = ["The Panel examined the force's response to theft from farms, including machinery taken at night and "
         "tipping on field margins. Members asked how the team is deployed across the county and whether the "
         "volunteer scheme has grown since the Panel last met in the spring.",
         "The Panel heard that reports are mapped by parish each month and that officers brief the watch groups "
         "after each theft, and asked for the first figures to come to its next meeting with the costs."]
ROWS = [["Ref", "Action", "Owner"], ["RC 1", "Map thefts by parish", "Analyst"],
        ["RC 2", "Report volunteer numbers", "Ch Insp"], ["RC 3", "Brief watch groups", "Sgt"],
        ["RC 4", "Review training", "Insp"]]


def _justified(text: str) -> Paragraph:
    st = style(10, space_after=4)
    st.alignment = TA_JUSTIFY
    return Paragraph(text, st)


def _squashed(text: str) -> str:
    return " ".join(text.split())


def test_a_prose_column_beside_a_borderless_table_is_read_as_prose_then_the_table() -> None:
    doc = read(two_column_pdf([para("Theft from farms", 12, True), *map(_justified, PROSE), FrameBreak(),
                               borderless(ROWS, [40, 130, 60], band=False)]))
    *text, table = doc.blocks
    assert [_squashed(b.text) for b in text] == ["Theft from farms", *PROSE]
    assert isinstance(table, Table) and table.grid() == ROWS


def test_a_headed_table_of_a_paragraph_in_each_row_stays_one_table() -> None:
    rows = [["Recommendation", "Owner", "Due"], [PROSE[0], "Analyst", "June"], [PROSE[1], "Ch Insp", "July"]]
    doc = read(story_pdf([para("Recommendations", 14), borderless(rows, [300, 100, 83], band=False)]))
    assert [[[_squashed(cell) for cell in row] for row in t.grid()] for t in doc.tables()] == [rows]


def test_a_table_of_comments_under_levels_beside_one_line_questions_stays_one_table() -> None:
    rows = [["Q", "Question", "Force response", "Assessment"],
            *[[f"Q{n}", f"How many reports of type {n} were made last year?", f"{n * 120} reports were made.",
               [para("<b>Assured</b>", space_after=2), para("<i>The figures are complete.</i>", space_after=0)]]
              for n in (1, 2, 3)],
            ["Q4", PROSE[0], PROSE[1], [para("<b>Assured</b>", space_after=2), para(f"<i>{PROSE[1]}</i>")]]]
    doc = read(story_pdf([para("Minutes", 14, True), Spacer(1, 200), borderless(rows, [30, 233, 136, 84])]))
    assert [[[_squashed(cell) for cell in row] for row in t.grid()] for t in doc.tables()] == [
        [*rows[:1], *[[*row[:3], "Assured The figures are complete."] for row in rows[1:4]],
         ["Q4", PROSE[0], PROSE[1], f"Assured {PROSE[1]}"]]]
