"""The PDF backend on a chart on a scale set as a table with rules under its
rows only: a bold header set smaller than the rows, one heading over two
lines, and a mark centred on a row whose first cell wraps, so that the
mark stands over both of its lines. The chart reads as one table, a row
per area, the mark in the column under its heading."""

from __future__ import annotations

from reportlab.lib import colors

from .pdf_builders import grid, para, read, story_pdf

SCALE = ["Inadequate", "Requires improvement", "Adequate", "Good", "Outstanding"]
ROWS = [("Police powers and public treatment", "Good"), ("Preventing crime", "Outstanding"),
        ("Developing a positive workplace", "Requires improvement")]


def test_a_chart_ruled_under_its_rows_reads_as_one_table_with_each_mark_in_its_column() -> None:
    header = [para("<b>Area of policing</b>", 9.5, space_after=0)] + [
        para(f"<para align='center'><b>{step}</b></para>", 8.5, space_after=0) for step in SCALE]
    rows = [header] + [[para(area, 9.5, space_after=0)] + [
        para(f"<para align='center'>{'●' if step == grade else ''}</para>", 14, space_after=0) for step in SCALE]
        for area, grade in ROWS]
    commands = [("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    doc = read(story_pdf([para("Where each area sits on the scale."),
                          grid(rows, [123] + [78] * 5, commands, ruled=False),
                          para("The dot marks the grade each area was given.")]))
    (table,) = doc.tables()
    assert table.grid() == [["Area of policing", *SCALE]] + [
        [area, *("●" if step == grade else "" for step in SCALE)] for area, grade in ROWS]
