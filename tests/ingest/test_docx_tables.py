"""DOCX tables: the grid with merged cells, shading, header rows, cell
content as blocks (nested tables: test_docx_nested_table_rows_as_lines)."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import Table as DocxTable

from pipeline.layout import BlockKind, Table

from .docx_builders import (
    add_list_definition,
    list_paragraph,
    mark_header_row,
    merge_horizontally_legacy,
    new_document,
    read,
    shade_cell,
    styled_run,
)


def _only_table(doc) -> Table:
    tables = list(doc.tables())
    assert len(tables) == 1
    return tables[0]


def _fill(table: DocxTable, rows: list[list[str]]) -> None:
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            if value:
                table.cell(r, c).text = value


def test_cell_merged_over_three_rows_is_one_cell_with_row_span_three() -> None:
    document = new_document()
    table = document.add_table(rows=4, cols=3)
    _fill(table, [["Topic", "Action", "Update"], ["", "Hold a meeting", "Held"],
                  ["", "Write a plan", "Drafted"], ["", "Review it", "Scheduled"]])
    merged = table.cell(1, 0).merge(table.cell(3, 0))
    merged.text = "Retail crime"

    grid = _only_table(read(document))

    topic = grid.cell(2, 0)
    assert (topic.row, topic.col, topic.row_span, topic.col_span, topic.text) == (1, 0, 3, 1, "Retail crime")
    assert [c for c in grid.cells if c.col == 0] == [grid.cell(0, 0), topic]
    assert [row[0] for row in grid.grid()] == ["Topic", "Retail crime", "Retail crime", "Retail crime"]
    assert [row[1] for row in grid.grid()] == ["Action", "Hold a meeting", "Write a plan", "Review it"]
    assert (grid.n_rows, grid.n_cols) == (4, 3)


def test_horizontally_merged_cells_by_grid_span_and_by_legacy_hmerge() -> None:
    document = new_document()
    table = document.add_table(rows=3, cols=4)
    _fill(table, [["Area", "2023", "2024", "2025"], ["", "", "", ""], ["Crime", "Good", "", "Adequate"]])
    spanning = table.cell(1, 0).merge(table.cell(1, 3))
    spanning.text = "Section heading across the table"
    merge_horizontally_legacy(table.rows[2], 1, 2)

    grid = _only_table(read(document))

    wide = grid.cell(1, 2)
    assert (wide.col, wide.col_span, wide.text) == (0, 4, "Section heading across the table")
    legacy = grid.cell(2, 2)
    assert (legacy.col, legacy.col_span, legacy.text) == (1, 2, "Good")
    assert grid.cell(2, 3).text == "Adequate"
    assert grid.cell(2, 3).col == 3


def test_five_column_grade_table_keeps_each_area_under_its_grade() -> None:
    grades = ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]
    document = new_document()
    table = document.add_table(rows=2, cols=5)
    table.style = "Table Grid"
    _fill(table, [grades, ["", "Preventing crime", "", "Investigating crime", ""]])
    table.cell(1, 1).add_paragraph("Managing offenders")

    grid = _only_table(read(document))

    assert grid.ruled
    assert grid.cell(1, 1).text == "Preventing crime\nManaging offenders"
    assert grid.cell(1, 3).text == "Investigating crime"
    assert grid.cell(0, 3).text == "Requires improvement"
    assert [grid.cell(1, c).text for c in (0, 2, 4)] == ["", "", ""]


def test_cell_shading_header_rows_and_borders() -> None:
    document = new_document()
    table = document.add_table(rows=3, cols=2)
    _fill(table, [["Question", "Decision"], ["Is the plan on track?", "Assured"], ["Next", "Partly assured"]])
    mark_header_row(table.rows[0])
    shade_cell(table.cell(0, 0), "D9E2F3")
    shade_cell(table.cell(1, 1), "92D050")

    grid = _only_table(read(document))

    assert grid.header_rows == 1
    assert grid.cell(0, 0).fill == "#d9e2f3"
    assert grid.cell(1, 1).fill == "#92d050"
    assert grid.cell(2, 1).fill is None
    assert not grid.ruled  # python-docx's default table style draws no borders


def test_cell_content_keeps_nested_bullets_and_italic_commentary() -> None:
    document = new_document()
    bullets = add_list_definition(document, [("bullet", "•"), ("bullet", "o"), ("bullet", "▪")])
    table = document.add_table(rows=1, cols=2)
    evidence, decision = table.cell(0, 0), table.cell(0, 1)
    evidence.paragraphs[0].text = "The Chief Constable reported:"
    list_paragraph(evidence, "Call handling improved", bullets, 0)
    list_paragraph(evidence, "999 answered within 10 seconds", bullets, 1)
    list_paragraph(evidence, "Weekends still slower", bullets, 2)
    list_paragraph(evidence, "Backlog cleared", bullets, 0)
    decision.paragraphs[0].text = "Partly Assured"
    styled_run(decision.add_paragraph(), "The PCC asked for a further update.", italic=True)

    grid = _only_table(read(document))

    blocks = grid.cell(0, 0).blocks
    assert [(b.kind, b.level, b.marker, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, 0, None, "The Chief Constable reported:"),
        (BlockKind.LIST_ITEM, 0, "•", "Call handling improved"),
        (BlockKind.LIST_ITEM, 1, "o", "999 answered within 10 seconds"),
        (BlockKind.LIST_ITEM, 2, "▪", "Weekends still slower"),
        (BlockKind.LIST_ITEM, 0, "•", "Backlog cleared"),
    ]
    decision_blocks = grid.cell(0, 1).blocks
    assert [b.is_italic for b in decision_blocks] == [False, True]


def test_row_starting_after_skipped_grid_columns_keeps_positions() -> None:
    document = new_document()
    table = document.add_table(rows=2, cols=3)
    _fill(table, [["A", "B", "C"], ["", "y", "z"]])
    row = table.rows[1]._tr
    row.remove(row.tc_lst[0])
    grid_before = OxmlElement("w:gridBefore")
    grid_before.set(qn("w:val"), "1")
    row.get_or_add_trPr().append(grid_before)

    grid = _only_table(read(document))

    assert [(c.col, c.text) for c in grid.row_cells(1)] == [(1, "y"), (2, "z")]
