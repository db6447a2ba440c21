"""A borderless table in the left page column beside prose in the right one,
and prose with bullets beside a table, are read as the table and the prose,
each whole: the prose's lines run on through the white between the table's
rows at their own leading (meeting a row's baseline now and then), where a
table's cells break with its rows. Tables whose wide column holds a
paragraph, or bullets, in each of many rows stay one table: every cell
leaves white above the next row's first line."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import FrameBreak

from pipeline.layout import BlockKind, Table
from tests.extractors.files import records
from tests.ingest.pdf_builders import borderless, item, para, read, story_pdf, two_column_pdf
from tests.ingest.test_pdf_prose_column_beside_a_borderless_table import PROSE, ROWS, _justified, _squashed

BULLETS = ["Members asked how the team is deployed across the county at night.",
           "The Panel heard that reports are mapped by parish each month."]


def _read_as(blocks) -> list:
    """Each block as its text, or a table as its grid, words squashed."""
    return [[[_squashed(cell) for cell in row] for row in b.grid()] if isinstance(b, Table)
            else (b.kind, _squashed(b.text)) for b in blocks]


def test_a_borderless_table_left_of_a_prose_column_is_read_as_the_table_then_the_prose() -> None:
    doc = read(two_column_pdf([borderless(ROWS, [40, 130, 60], band=False), FrameBreak(),
                               para("Theft from farms", 12, True), *map(_justified, PROSE)]))
    assert _read_as(doc.blocks) == [ROWS, (BlockKind.HEADING, "Theft from farms"),
                                    *((BlockKind.PARAGRAPH, text) for text in PROSE)]


def test_prose_with_bullets_right_of_a_borderless_table_stays_prose() -> None:
    doc = read(two_column_pdf([borderless(ROWS, [40, 130, 60], band=False), FrameBreak(),
                               para("Theft from farms", 12, True), _justified(PROSE[0]), *map(item, BULLETS),
                               _justified(PROSE[1])]))
    assert _read_as(doc.blocks) == [ROWS, (BlockKind.HEADING, "Theft from farms"), (BlockKind.PARAGRAPH, PROSE[0]),
                                    *((BlockKind.LIST_ITEM, text) for text in BULLETS),
                                    (BlockKind.PARAGRAPH, PROSE[1])]


def test_prose_with_bullets_left_of_a_borderless_table_is_read_as_the_prose_then_the_table() -> None:
    doc = read(two_column_pdf([para("Theft from farms", 12, True), _justified(PROSE[0]), *map(item, BULLETS),
                               _justified(PROSE[1]), FrameBreak(), borderless(ROWS, [40, 130, 60], band=False)]))
    assert _read_as(doc.blocks) == [(BlockKind.HEADING, "Theft from farms"), (BlockKind.PARAGRAPH, PROSE[0]),
                                    *((BlockKind.LIST_ITEM, text) for text in BULLETS),
                                    (BlockKind.PARAGRAPH, PROSE[1]), ROWS]


UPDATES = [PROSE[0], PROSE[1], "The team now briefs the watch groups after each theft and has mapped the thefts by "
           "parish for the last two quarters; the first figures are due at the next meeting with the costs.",
           "Training for the volunteers resumed in the spring and the scheme has grown to forty members across "
           "the county, though recruitment in the north of the county is slower than planned."]


def test_a_table_of_a_long_update_in_each_of_many_rows_stays_one_table() -> None:
    rows = [["Ref", "Action", "Update"], *[[f"RC {n}", f"Action number {n} of the plan", text]
                                           for n, text in enumerate(UPDATES, start=1)]]
    doc = read(story_pdf([para("Action log", 14, True), borderless(rows, [40, 110, 333], band=False)]))
    assert [_read_as([t])[0] for t in doc.tables()] == [rows]


def test_a_table_of_bullets_in_a_wide_cell_of_each_row_stays_one_table() -> None:
    rows = [["Ref", "Action", "Update"],
            *[[f"RC {n}", f"Action number {n} of the plan", [item(text) for text in (UPDATES[n - 1], BULLETS[n % 2])]]
              for n in range(1, 5)]]
    doc = read(story_pdf([para("Action log", 14, True), borderless(rows, [40, 110, 333], band=False)]))
    (table,) = doc.tables()
    assert [[_squashed(cell) for cell in row[:2]] for row in table.grid()] == [row[:2] for row in rows]
    assert [_squashed(row[2]) for row in table.grid()[1:]] == [
        _squashed(f"{UPDATES[n - 1]} {BULLETS[n % 2]}") for n in range(1, 5)]


def test_levels_named_in_the_prose_beside_a_question_table_are_no_decisions(tmp_path: Path) -> None:
    """The table's levels are the decisions; the prose column beside it ("The Panel was not assured that
    ...", "Members were partly assured by ...") gives none, and no level of the table is taken from it."""
    questions = [["Q", "Question", "Assessment"], ["Q1", "How many farm thefts were solved?", "Assured"],
                 ["Q2", "How is the watch scheme recruited?", "Partly assured"],
                 ["Q3", "Are trackers fitted free?", "Not assured"], ["Q4", "How are patrols planned at night?", "Assured"]]
    prose = ["The Panel was not assured that the rural team has enough officers at night, and asked the force to set "
             "out its plans for the winter months with the costs of the extra patrols before the next meeting.",
             "Members were partly assured by the new mapping of thefts by parish but asked how the figures are shared "
             "with the watch groups and how often the maps are brought up to date for the patrols."]
    path = tmp_path / "panel.pdf"
    path.write_bytes(two_column_pdf([para("Police and Crime Panel", 14, True),
                                     para("Minutes of the meeting held on 3 March 2031"), para("3. Rural crime", 12, True),
                                     borderless(questions, [24, 130, 76], band=False), FrameBreak(),
                                     para("Discussion", 12, True), *map(_justified, prose)]))
    decisions = sorted(records(path)["assurance_decisions"], key=lambda d: d["question_number"])
    assert [(d["question_number"], d["question"], d["assurance"]) for d in decisions] == [
        (row[0][1:], row[1], row[2]) for row in questions[1:]]
