"""The PDF backend on tables: ruled and unruled grids, merged cells, tables
over page breaks, shading and status squares, on PDFs made with reportlab."""

from __future__ import annotations

from reportlab.platypus import PageBreak, Table as RLTable, TableStyle

from pipeline.layout import BlockKind, Table

from .pdf_builders import (BOLD, GREEN, LANDSCAPE, RED, REGULAR, Square, canvas_pdf, colors, grid, item, para, read,
                           running_header_footer, story_pdf)

GRADES = ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]


def only_table(doc) -> Table:
    tables = list(doc.tables())
    assert len(tables) == 1, f"expected one table, found {len(tables)}"
    return tables[0]


def test_ruled_table_cells_with_styles_and_lists() -> None:
    decision = [para("Partly Assured", bold=True),
                para("The Commissioner will keep watching performance in this area.", italic=True)]
    evidence = [para("In terms of governance:"), item("Weekly gold group"), item("Chaired by a chief officer", "◦", 1)]
    doc = read(story_pdf([grid([["Question", "Brief Summary of Evidence", "Decision"],
                                ["1. How has the force responded?", evidence, decision]], [120, 220, 140])]))
    table = only_table(doc)
    assert (table.n_rows, table.n_cols, table.ruled) == (2, 3, True)
    assert table.grid()[0] == ["Question", "Brief Summary of Evidence", "Decision"]
    verdict, remark = table.cell(1, 2).blocks
    assert verdict.text == "Partly Assured" and verdict.is_bold
    assert remark.is_italic and remark.text.startswith("The Commissioner will keep")
    kinds = [(b.kind, b.level, b.text) for b in table.cell(1, 1).blocks]
    assert kinds == [(BlockKind.PARAGRAPH, 0, "In terms of governance:"),
                     (BlockKind.LIST_ITEM, 0, "Weekly gold group"),
                     (BlockKind.LIST_ITEM, 1, "Chaired by a chief officer")]
    question = table.cell(1, 0)
    assert question.prov.page == 1 and question.prov.bbox.x1 <= table.cell(1, 1).prov.bbox.x0 + 1


def test_unruled_grade_table_keeps_each_area_under_its_grade() -> None:
    rows = [GRADES,
            ["", "Police powers and public treatment", "Responding to the public", "Investigating crime", ""],
            ["", "Preventing crime", "", "Protecting vulnerable people", ""],
            ["", "Managing offenders", "", "", ""]]
    doc = read(story_pdf([para("The force was graded as follows:"), grid(rows, [96] * 5, ruled=False),
                          para("The victim service assessment is not graded.")]))
    table = only_table(doc)
    assert not table.ruled and table.n_cols == 5
    assert table.grid() == [GRADES,
                            ["", "Police powers and public treatment", "Responding to the public", "Investigating crime", ""],
                            ["", "Preventing crime", "", "Protecting vulnerable people", ""],
                            ["", "Managing offenders", "", "", ""]]
    after = [b.text for b in doc.blocks if not isinstance(b, Table)]
    assert after == ["The force was graded as follows:", "The victim service assessment is not graded."]


def test_cell_merged_over_three_rows() -> None:
    rows = [["Topic", "Action", "Update"],
            ["Stalking", "Revisit the topic in a year", "Meeting planned"],
            ["", "Report outcomes of the panel", "First panel held"],
            ["", "Share the problem profile", "Profile received"],
            ["Retail crime", "Hold a summit", "To be arranged"]]
    doc = read(story_pdf([grid(rows, [100, 200, 160], [("SPAN", (0, 1), (0, 3))])]))
    table = only_table(doc)
    topic = table.cell(2, 0)
    assert topic is not None and (topic.row, topic.row_span, topic.col_span) == (1, 3, 1)
    assert topic.text == "Stalking"
    assert [c.text for c in table.row_cells(2)] == ["Report outcomes of the panel", "First panel held"]
    assert table.cell(4, 0).text == "Retail crime" and table.cell(4, 0).row_span == 1


def test_table_over_two_pages_with_repeated_header_is_one_table() -> None:
    header = ["Question", "Evidence", "Decision"]
    rows = [header] + [[f"Question {n}", f"Evidence given for question {n}.", "Assured"] for n in range(60)]
    doc = read(story_pdf([para("Notes of the meeting", 14, bold=True), grid(rows, [120, 230, 120], repeat_rows=1),
                          para("Date of the next meeting")],
                         on_page=running_header_footer("OFFICIAL")))
    table = only_table(doc)
    assert len(table.pages) >= 2 and table.pages[0] == 1
    assert table.header_rows == 1 and table.n_rows == 61
    assert table.grid()[0] == header
    assert [r[0] for r in table.grid()[1:]] == [f"Question {n}" for n in range(60)]
    pages = {c.prov.page for c in table.cells}
    assert pages == set(table.pages)
    assert table.continued_rows == ()
    assert [b.text for b in doc.blocks if not isinstance(b, Table)] == ["Notes of the meeting", "Date of the next meeting"]


def test_row_split_by_a_page_break_is_marked_continued() -> None:
    long_evidence = [item(f"Evidence point {n} about the improvement plan.") for n in range(70)]
    rows = [["Question", "Evidence", "Decision"], ["1. How has the force responded?", long_evidence, "Partly Assured"]]
    table_flowable = RLTable([[para(c) if isinstance(c, str) else c for c in row] for row in rows],
                             colWidths=[120, 230, 120], repeatRows=1, splitInRow=1)
    table_flowable.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.75, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    table = only_table(read(story_pdf([table_flowable])))
    # The one body row runs over every page: a part of it per page, each
    # part after the first marked as continuing the row above.
    assert len(table.pages) >= 2 and table.header_rows == 1
    assert table.n_rows == 1 + len(table.pages)
    assert table.continued_rows == tuple(range(2, table.n_rows))
    assert all(table.cell(r, 0).text == "" for r in table.continued_rows)
    evidence = [b.text for r in range(1, table.n_rows) for b in table.cell(r, 1).blocks]
    assert evidence == [f"Evidence point {n} about the improvement plan." for n in range(70)]
    question = table.cell(1, 0).blocks[0]
    assert (question.marker, question.text) == ("1.", "How has the force responded?")


def test_cell_shading() -> None:
    rows = [["Area", "Grade"], ["Investigating crime", "Requires improvement"], ["Preventing crime", "Good"]]
    doc = read(story_pdf([grid(rows, [200, 150], [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3864")),
                                                  ("BACKGROUND", (1, 2), (1, 2), colors.HexColor("#c6efce"))])]))
    table = only_table(doc)
    assert [c.fill for c in table.row_cells(0)] == ["#1f3864", "#1f3864"]
    assert table.cell(2, 1).fill == "#c6efce"
    assert table.cell(1, 0).fill is None and table.cell(1, 1).fill is None


def test_green_and_red_status_glyphs_and_drawn_squares_are_told_apart() -> None:
    rows = [["Action", "Status", "Update"],
            ["Hold a summit", para('<font color="#00b050">■</font>'), "Summit held"],
            ["Map the programmes", para('<font color="#ff0000">■</font>'), "Mapping will be undertaken"],
            ["Share the profile", Square(GREEN), "Profile received"],
            ["Benefits review", Square(RED), "Review scheduled"]]
    doc = read(story_pdf([grid(rows, [150, 50, 200]), para('<font color="#00b050">■</font> = Action Complete')]))
    table = only_table(doc)

    def square_colours(row: int) -> list[str | None]:
        return [s.style.colour for s in table.cell(row, 1).spans if s.text.strip() == "■"]

    assert [square_colours(r) for r in range(1, 5)] == [["#00b050"], ["#ff0000"], ["#00b050"], ["#ff0000"]]
    assert table.n_rows == 5 and table.n_cols == 3  # the drawn squares made no tables of their own
    legend = [b for b in doc.blocks if not isinstance(b, Table)][0]
    assert legend.kind is BlockKind.PARAGRAPH and legend.marker is None
    assert legend.spans[0].text.strip() == "■" and legend.spans[0].style.colour == "#00b050"


def test_table_on_a_landscape_page() -> None:
    rows = [GRADES, ["Recording crime data", "Investigating crime", "", "", "Preventing crime"]]
    doc = read(story_pdf([grid(rows, [140] * 5)], LANDSCAPE))
    table = only_table(doc)
    assert doc.pages[0].landscape
    assert table.grid()[1] == ["Recording crime data", "Investigating crime", "", "", "Preventing crime"]
    assert table.prov.bbox.x1 > 595  # wider than a portrait page


def test_box_around_text_is_not_a_table() -> None:
    def draw(canvas) -> None:
        canvas.rect(60, 600, 470, 120)
        canvas.setFont(REGULAR, 10)
        canvas.drawString(72, 700, "A framed note about the meeting.")
        canvas.drawString(72, 680, "Its second paragraph.")

    doc = read(canvas_pdf(draw))
    assert not list(doc.tables())
    assert [b.text for b in doc.blocks] == ["A framed note about the meeting.", "Its second paragraph."]


def test_tables_on_consecutive_pages_that_do_not_touch_the_margins_stay_apart() -> None:
    rows = [["Item", "Presented by"], ["Apologies", "Chair"], ["Any other business", "Chair"]]
    doc = read(story_pdf([grid(rows, [200, 150]), PageBreak(), grid(rows, [200, 150])]))
    assert [t.pages for t in doc.tables()] == [(1,), (2,)]


def test_unruled_agenda_with_hanging_numbers_and_a_wrapped_title() -> None:
    def draw(canvas) -> None:
        canvas.setFont(BOLD, 10)
        canvas.drawString(110, 700, "Item")
        canvas.drawString(420, 700, "Presented By")
        canvas.setFont(REGULAR, 10)
        rows = [("1.", ["Apologies for Absence"], "Chair"),
                ("2.", ["Notes of the previous meeting (Neighbourhood", "Policing) - for approval"], "Chair"),
                ("3.", ["Performance report"], "Chief Constable")]
        y = 682
        for number, title_lines, presenter in rows:
            canvas.drawString(76, y, number)
            canvas.drawString(420, y, presenter)
            for line in title_lines:
                canvas.drawString(110, y, line)
                y -= 12  # lines of one title sit closer than the rows
            y -= 8

    table = only_table(read(canvas_pdf(draw)))
    assert not table.ruled and (table.n_rows, table.n_cols) == (4, 2)
    assert table.grid() == [["Item", "Presented By"],
                            ["Apologies for Absence", "Chair"],
                            ["Notes of the previous meeting (Neighbourhood Policing) - for approval", "Chair"],
                            ["Performance report", "Chief Constable"]]
    assert [table.cell(r, 0).blocks[0].marker for r in (1, 2, 3)] == ["1.", "2.", "3."]


def test_a_question_form_whose_rows_merge_cells_their_own_way_is_one_table() -> None:
    """A ruled question form: label | text rows, then a level row merging
    its cells another way ("Assurance level" over two columns, the level over
    two), question after question: one table, not one per run of rows whose
    column boundaries differ from the rows above (as a key over the grid it
    keys is)."""
    rows = [["Question 1", "How many officers completed the new domestic abuse training this year?"],
            ["Response", "Two hundred and ten of the two hundred and forty officers have completed it."],
            ["Assurance level", "Partially assured"],
            ["Question 2", "How is the force reducing repeat victimisation?"],
            ["Response", "A repeat victim coordinator reviews every third report."],
            ["Assurance level", "Assured"]]
    cells, spans = [], []
    for r, (label, text) in enumerate(rows):
        if label == "Assurance level":
            cells.append([label, "", text, ""])
            spans += [("SPAN", (0, r), (1, r)), ("SPAN", (2, r), (3, r))]
        else:
            cells.append([label, text, "", ""])
            spans.append(("SPAN", (1, r), (3, r)))
    table = only_table(read(story_pdf([para("3. Domestic abuse", size=12, bold=True),
                                       grid(cells, [90, 120, 140, 133], spans)])))
    assert table.n_rows == 6
    assert [[cell.text for cell in table.row_cells(r)] for r in range(6)] == [list(row) for row in rows]


def test_a_grid_whose_top_left_corner_cell_is_open_is_one_table_under_its_header() -> None:
    """A figures table ruled everywhere but its empty top-left corner (the
    header row's borders start at the first figures column): one table, the
    body rows under the header, not a header table over a headerless one."""
    rows = [["", "2025/26", "2026/27", "Change"], ["Burglary", "1,204", "1,100", "-8.6%"],
            ["Robbery", "310", "295", "-4.8%"], ["Vehicle crime", "2,010", "2,150", "+7.0%"]]
    corner_open = [("GRID", (1, 0), (-1, -1), 0.75, colors.black), ("GRID", (0, 1), (-1, -1), 0.75, colors.black)]
    table = only_table(read(story_pdf([para("Crime figures", bold=True), grid(rows, [150, 90, 90, 90], corner_open, ruled=False),
                                       para("The Panel noted the figures.")])))
    cells = [[(table.cell(r, c).text if table.cell(r, c) else "") for c in range(table.n_cols)] for r in range(table.n_rows)]
    assert cells == rows


def test_a_one_row_table_set_right_under_a_grid_is_a_table_of_its_own() -> None:
    """An "Overall level" strip ruled right under a question grid, its one
    boundary at none of the grid's: two tables, no column of the grid read
    twice, the strip no row of it."""
    questions = [["Question", "Response", "Assessment"],
                 ["How many officers were trained?", "Two hundred and ten.", "Assured"],
                 ["How is repeat victimisation reduced?", "A coordinator reviews cases.", "Partly assured"]]
    overall = [["Overall level of assurance", "Partially assured"]]
    doc = read(story_pdf([para("3. Domestic abuse", bold=True, size=12), grid(questions, [150, 150, 183]),
                          grid(overall, [200, 283]), para("The Panel noted the report.")]))
    assert [[[cell.text for cell in table.row_cells(r)] for r in range(table.n_rows)] for table in doc.tables()] == [
        questions, overall]
