"""Borderless tables in PDFs (reportlab with no grid; Word printed with the
borders off): columns found from where the text of several rows starts, so
cells padded closer than a column-wide gap stay apart, a header wrapped over
lines stays one header row, a table as wide as the page is no pair of page
columns, and a table's rows run on past a group heading run across it or a
page break; a key table set right above a grid stays a table of its own."""

from __future__ import annotations

import textwrap

import pytest

from pipeline.layout import Table

from .pdf_builders import BOLD, LANDSCAPE, REGULAR, borderless, canvas_pdf, colors, grid, para, read, story_pdf



def tables(doc) -> list[Table]:
    return list(doc.tables())


QUESTIONS = [["No.", "Question", "Response", "Level of assurance", "Comment"],
             ["1", "How many people were killed or seriously injured on the roads in the first half of the year?",
              "212 people were killed or seriously injured, 8% fewer than in the same period last year.", "Assured",
              "The Commissioner welcomed the fall."],
             ["2", "What enforcement is targeted at drink and drug driving?",
              "Summer and winter campaigns continue; roadside drug tests rose by 30%.", "Partially assured",
              "The lab backlog is a concern."],
             ["3", "How will the force meet its casualty reduction target for motorcyclists?",
              "There is no motorcycle-specific plan; the force relies on the wider partnership.", "Not assured",
              "The Commissioner asked for a plan."]]


@pytest.mark.parametrize("align", ["TOP", "MIDDLE", "BOTTOM"])
def test_question_grid_with_a_header_wrapped_over_two_lines(align: str) -> None:
    """A narrow level column wraps its heading ("Level of" over
    "assurance") and its cells run close to the next column's: one header
    row, each answer's level in its own column, whether the header cells
    stand at the top of their row (the wrapped heading's last line under
    the others), in the middle or at the foot (its first line above them)."""
    grid_ = borderless(QUESTIONS, [30, 140, 165, 58, 90], commands=[("VALIGN", (0, 0), (-1, 0), align)])
    doc = read(story_pdf([para("3. Road safety", size=12, bold=True), grid_, para("Actions", size=12, bold=True)]))
    [table] = tables(doc)
    assert (table.n_rows, table.n_cols, table.header_rows, table.ruled) == (4, 5, 1, False)
    assert table.grid() == QUESTIONS


TRACKER = [["Ref", "Meeting", "Action", "Owner", "Update"],
           ["PAF 31/12", "10/06/2031", "Share the new rural crime strategy with the Commissioner.", "Rural Crime Lead",
            "COMPLETE – strategy shared on 30/06/2031."],
           ["PAF 31/14", "10/06/2031", "Review the use of body-worn video at domestic incidents.", "Supt Safeguarding",
            "ONGOING – review fieldwork finished; the report is being written."],
           ["PAF 31/15", "10/06/2031", "Confirm funding for the victim care hub beyond March.", "OPCC Chief Executive",
            "CLOSED – funding confirmed in the Commissioner's decision of 14/07/2031."],
           ["PAF 31/19", "29/07/2031", "Draft a motorcycle casualty reduction plan with the partnership.",
            "ACC Operations", "ONGOING – first draft discussed with the partnership; final version due in October."]]


def test_landscape_tracker_across_the_page_is_no_pair_of_page_columns() -> None:
    """A borderless tracker across a landscape page, its rows full from
    margin to margin (an action's line runs to a cell gap from its owner):
    one table of five columns, its update column not read as a second page
    column after it."""
    doc = read(story_pdf([para("Action log", size=13, bold=True), borderless(TRACKER, [62, 71, 248, 102, 247])],
                         pagesize=LANDSCAPE))
    [table] = tables(doc)
    assert (table.n_cols, table.header_rows) == (5, 1)
    assert table.grid() == TRACKER
    assert [b.text for b in doc.blocks if not isinstance(b, Table)] == ["Action log"]


def test_agenda_whose_item_column_is_as_narrow_as_its_heading() -> None:
    """"Item" fills its narrow column, a cell gap from "Subject": the
    header row is the table's first row, not a line before it."""
    rows = [["Item", "Subject", "Presenter"], ["1", "Apologies and declarations", "Commissioner"],
            ["2", "Minutes of the last meeting and action log", "Chief Executive"],
            ["3", "Violence against women and girls", "ACC Crime"],
            ["4", "Fleet and estates update", "Director of Resources"],
            ["5", "Date of next meeting", "–"]]
    doc = read(story_pdf([para("Strategic Board", size=16, bold=True), para("9 September 2031, 10.00 am"),
                          borderless(rows, [35, 265, 180])]))
    [table] = tables(doc)
    assert (table.n_rows, table.n_cols, table.header_rows) == (6, 3, 1)
    assert table.grid() == rows


@pytest.mark.parametrize("repeat_rows", [1, 0])
def test_grid_over_a_page_break_is_one_table(repeat_rows: int) -> None:
    """A borderless grid carried over a page break, its header repeated
    there or not, some of its outcome and comment cells empty (the first
    row on the next page among them): one table over both pages, the
    header read once."""
    rows = [["No.", "Question", "Response", "Outcome", "Comment"]]
    rows += [[str(n), f"How has the force acted on finding {n} of the inspection report?",
              "The force has set up a working group; a plan goes to the next Board.", "Assured" if n % 3 else "",
              "Noted." if n % 2 else ""] for n in range(1, 31)]
    doc = read(story_pdf([para("Questions", size=13, bold=True),
                          borderless(rows, [30, 170, 170, 53, 60], repeat_rows=repeat_rows)]))
    [table] = tables(doc)
    assert table.pages == (1, 2)
    assert (table.n_rows, table.n_cols, table.header_rows) == (31, 5, 1)
    assert table.grid() == rows
    first_on_next_page = min(r for r in range(table.n_rows) if table.cell(r, 0).prov.page == 2)
    assert "" in table.grid()[first_on_next_page]


def test_group_headings_run_across_a_tracker_are_rows_of_it() -> None:
    """"Open actions" and "Actions completed since the last Board" run
    across a borderless tracker: each a row of one cell across the table,
    the rows under it the same table's."""
    rows = [["Ref", "Raised", "Action", "Update"], ["Open actions", "", "", ""],
            ["CCAB 29/38", "24th May 2029", "Present the call-back pilot evaluation to the Board.",
             "The pilot ends in October."],
            ["CCAB 29/44", "26th July 2029", "Measure the reoffending of young people referred.",
             "Measurement started on 1 October."],
            ["Actions completed since the last Board", "", "", ""],
            ["CCAB 29/35", "24th May 2029", "Share the scrutiny panel's annual report.", "Shared on 3 June."]]
    doc = read(story_pdf([para("Action log", size=13, bold=True), borderless(rows, [56, 61, 167, 199], spans=[1, 4])]))
    [table] = tables(doc)
    assert (table.n_rows, table.n_cols, table.header_rows) == (6, 4, 1)
    assert table.grid() == [row if row[1] else [row[0]] * 4 for row in rows]
    assert [len(table.row_cells(r)) for r in range(6)] == [4, 1, 4, 4, 1, 4]


@pytest.mark.parametrize("column", [3, 0, 4], ids=["between", "first", "last"])
def test_a_column_of_shaded_cells_is_the_tables_column(column: int) -> None:
    """A rating column whose cells are shaded in the rating's colour (filled
    boxes standing one on another, no rules) is a column of the borderless
    table, each cell with its fill, not a table of its own: between two
    columns, or first or last, where its boxes meet the header's grey band
    at a corner (the band and the boxes were read as one ruled table)."""
    fills = ["#00b050", "#ffc000", "#e0302a"]
    rows = [["Ref", "Question", "Response", "Comment"],
            ["KC1", "How has knife crime changed in the city centre?", "Knife crime fell by 17% in the year.",
             "The Commissioner welcomed the results."],
            ["KC2", "How many young people have been referred to the navigators?", "Ninety-seven were referred.",
             "The Commissioner asked that reoffending be measured."],
            ["KC3", "How long do knife crime cases take to reach a charging decision?", "The median was 74 days.",
             "The Commissioner was concerned at the delay."]]
    widths = [36, 110, 150, 141]
    for row, rating in zip(rows, ["Rating", "G", "A", "R"]):
        row.insert(column, rating)
    widths.insert(column, 46)
    shading = [("BACKGROUND", (column, r), (column, r), colors.HexColor(fill)) for r, fill in enumerate(fills, start=1)]
    doc = read(story_pdf([para("3. Knife crime", size=13, bold=True), borderless(rows, widths, commands=shading)]))
    [table] = tables(doc)
    assert (table.n_rows, table.n_cols, table.header_rows) == (4, 5, 1)
    assert table.grid() == rows
    assert [table.cell(r, column).fill for r in (1, 2, 3)] == fills


def test_key_table_right_above_a_grid_stays_a_table_of_its_own() -> None:
    """A ruled Code | Outcome key set right on top of the ruled question grid
    (its foot the grid's top border), their columns apart: two tables."""
    key = [["Code", "Outcome"], ["A", "Assured – no further information needed."],
           ["P", "Partially assured – the question returns to a later Board."], ["N", "Not assured."]]
    questions = [["No.", "Question", "Summary of response", "Outcome"],
                 ["1", "How quickly are fatal collision files submitted?", "Eleven months on average.", "N"],
                 ["2", "How are speed camera sites chosen?", "By collision history and community concern.", "A"]]
    doc = read(story_pdf([para("The Commissioner records an outcome for each question, using the codes below."),
                          grid(key, [50, 433]), grid(questions, [30, 180, 190, 83])]))
    assert [t.grid() for t in tables(doc)] == [key, questions]


def test_numbered_paragraphs_hanging_their_text_stay_paragraphs() -> None:
    """Minutes numbered "40.3", "40.4" ... a cell gap from their text, the
    wrapped lines hanging under it, are paragraphs, not a two-column table,
    though their text starts on one edge line after line."""
    paragraphs = [("40.3", "Q1. How many children were diverted from the criminal justice system last year, and "
                           "how many of them reoffended within twelve months of their diversion?"),
                  ("40.4", "Q2. How does the force make sure that children charged and refused bail are moved to "
                           "local authority accommodation on the same night?"),
                  ("40.5", "Q3. What is being done to reduce the number of children stopped and searched more "
                           "than once in the same month?")]

    def draw(canvas) -> None:
        y = 760.0
        for number, text in paragraphs:
            canvas.setFont(REGULAR, 10.5)
            canvas.drawString(66, y, number)
            words, line = text.split(), ""
            for word in words:
                if canvas.stringWidth(f"{line} {word}".strip(), REGULAR, 10.5) > 430:
                    canvas.drawString(96, y, line)
                    y, line = y - 13, word
                else:
                    line = f"{line} {word}".strip()
            canvas.drawString(96, y, line)
            y -= 19

    doc = read(canvas_pdf(draw))
    assert tables(doc) == []
    assert [b.text for b in doc.blocks] == [f"{number} {text}" for number, text in paragraphs]


def test_tick_boxes_over_a_heading_are_no_table() -> None:
    """A line of tick boxes set a cell gap apart ("Assurance: ☐ Assured
    ☒ Partly assured ☐ Not assured"), repeated under each question, then
    a bold heading: lines and a heading, no table."""
    story = []
    for n, ticked in enumerate((1, 0, 2), start=1):
        boxes = ["☒" if k == ticked else "☐" for k in range(3)]
        story += [para(f"Question {n}: how has the force responded to finding {n}?", bold=True),
                  para("The force has set up a working group and reports to the next Board."),
                  para(f"Assurance:&nbsp;&nbsp;&nbsp;{boxes[0]} Assured&nbsp;&nbsp;&nbsp;{boxes[1]} Partly assured"
                       f"&nbsp;&nbsp;&nbsp;{boxes[2]} Not assured")]
    story.append(para("Actions", bold=True))
    doc = read(story_pdf(story))
    assert tables(doc) == []
    assert [b.text for b in doc.blocks][-1] == "Actions"


@pytest.mark.parametrize("space", [0, 4, 8])
def test_a_bold_heading_between_two_borderless_tables_keeps_them_apart(space: float) -> None:
    """"Actions arising" at body size in bold, under a question grid and
    over an action log of the same measure, is a heading, not a group row
    of the grid: the log's bold header row under it starts a second table,
    its actions rows of the log, not questions."""
    actions = [["Ref", "Action", "Owner", "Due", "Status"],
               ["RS1", "Write a motorcycle casualty reduction plan with the partnership.", "ACC Operations", "June",
                "Open"],
               ["RS2", "Report the drug test lab backlog to the next Board.", "Head of Forensics", "May", "Open"]]
    widths = [30, 140, 165, 58, 90]
    doc = read(story_pdf([para("3. Road safety", size=12, bold=True), borderless(QUESTIONS, widths),
                          para("Actions arising", bold=True, space_after=space), borderless(actions, widths)]))
    grid_, log = tables(doc)
    assert grid_.grid() == QUESTIONS
    assert log.grid() == actions
    assert "Actions arising" in [b.text for b in doc.blocks if not isinstance(b, Table)]


def test_a_borderless_table_in_the_left_column_keeps_the_prose_beside_it_apart() -> None:
    """A figures table in the left page column (rows 14 points apart)
    beside a column of prose (12.5): the gap between them is the page's
    gutter, not a column of the table, as the table's rows do not run on
    across it; the prose is read whole, no line of it a table's cell."""
    prose = ("The Commissioner asked how the force would ensure that officers attending domestic abuse incidents "
             "recorded the risk assessment on the day, and the Chief Constable replied that the new mobile form "
             "would be mandatory from next month, with supervisors checking a sample each week.")
    rows = [(f"M{n}", f"Measure number {n} of the force's performance", f"{n * 7.3:.1f}%") for n in range(1, 13)]

    def draw(c) -> None:
        c.setFont(BOLD, 10)
        y = 770
        for x, text in ((56, "Ref"), (96, "Measure"), (236, "Result")):
            c.drawString(x, y, text)
        c.setFont(REGULAR, 10)
        for ref, measure, result in rows:
            y -= 14
            c.drawString(56, y, ref)
            c.drawString(96, y, measure[:30])
            c.drawRightString(284, y, result)
        y = 770
        for line in textwrap.wrap(prose, 46):
            c.drawString(310, y, line)
            y -= 12.5

    doc = read(canvas_pdf(draw))
    assert not any("Commissioner" in " ".join(map(" ".join, t.grid())) for t in tables(doc))
    assert prose in [b.text for b in doc.blocks if not isinstance(b, Table)]


ASSESSED = [["Q", "Question", "Force response", "PCC assessment"],
            ["1", "What share of investigations have a supervisor's plan recorded within three days?",
             "81% in the last month, against 64% a year ago; audits are done weekly.",
             "ASSURED The PCC recognised the improvement."],
            ["2", "How is the force reducing the number of investigations open for more than a year?",
             "There are 612 such investigations; a review team is closing the oldest first.",
             "PARTLY ASSURED The PCC wants a quarterly count."],
            ["3", "How does the force make sure that victim statements are taken in every eligible case?",
             "Compliance is not measured at present; a dip sample is planned for the spring.",
             "NOT ASSURED The PCC asked for the sample's results."]]


@pytest.mark.parametrize("band", [False, True], ids=["bold header", "header on a grey band"])
def test_a_grid_whose_question_wraps_beside_its_number_is_no_pair_of_page_columns(band: bool) -> None:
    """A question grid whose Question | Force response gap falls near the
    page's middle, each side's lines as full as a page column's and most
    lines left of the gap one wrapped question beside an empty number cell:
    the header row runs across the gap, its cells over the text under them,
    so it is one table of four columns, each question whole in its row (read
    as two page columns, the questions and the responses were apart). The
    header is a bold line, or a shaded row read as a table of its own."""
    doc = read(story_pdf([para("Item 3 – Investigation standards", size=12, bold=True),
                          borderless(ASSESSED, [24, 160, 160, 103], band=band),
                          para("Actions arising: none.")]))
    [table] = [t for t in tables(doc) if t.n_rows > 1]
    assert table.n_cols == 4
    assert table.grid()[-3:] == ASSESSED[-3:]


def test_a_letters_addresses_side_by_side_are_no_table() -> None:
    """A letter's sender's address set right, starting two lines above the
    recipient's on the left, the two blocks side by side at their own
    baselines: text, no two-column table of address lines, each address
    read whole (the sender's, begun above, first), never the two read
    across line by line."""
    recipient = ["Chief Constable A Example", "Police Headquarters", "Harbour Road", "Exampletown", "EX1 2AB"]
    sender = ["Office of the Police and Crime", "Commissioner", "Civic Centre", "Exampletown", "EX1 9ZZ",
              "12 March 2031"]
    body = ("Thank you for the force's response to the scrutiny panel's questions on rural crime. I have set out "
            "below the points on which I would like further assurance before the panel meets again in June.")

    def draw(c) -> None:
        c.setFont(REGULAR, 11)
        for k, line in enumerate(sender):
            c.drawString(370, 770 - 14 * k, line)
        for k, line in enumerate(recipient):
            c.drawString(56, 740 - 14 * k, line)
        c.drawString(56, 620, "Dear Chief Constable,")
        for k, line in enumerate(textwrap.wrap(body, 90)):
            c.drawString(56, 596 - 14 * k, line)

    doc = read(canvas_pdf(draw))
    assert tables(doc) == []
    texts = [b.text for b in doc.blocks]
    greeting = texts.index("Dear Chief Constable,")
    assert " ".join(texts[:greeting]) == " ".join(sender + recipient)


def test_a_front_sheet_with_labels_centred_beside_long_values_is_a_label_value_table() -> None:
    """A front sheet's borderless label | value table, the labels centred
    down their rows, the first value running to three lines (so its first
    line stands above the label's): a table of the labels and their values,
    not the two columns' words interleaved line by line."""
    rows = [["Report of:", "The Police and Crime Commissioner for the area, with the Chief Finance Officer, the Chief "
                           "Executive and the Head of Performance and Assurance of the Office"],
            ["Date of meeting:", "12 March 2027"],
            ["Subject:", "Budget monitoring report for the third quarter of the year, with the forecast outturn and "
                         "the reserves"],
            ["Purpose:", "For decision"]]
    doc = read(story_pdf([para("Police and Crime Panel", bold=True, size=14),
                          grid(rows, [120, 300], [("VALIGN", (0, 0), (-1, -1), "MIDDLE")], ruled=False),
                          para("1. Recommendation"), para("That the Panel notes the report.")]))
    [table] = tables(doc)
    assert [row[0] for row in table.grid()] == [label for label, _ in rows]
    assert [row[1] for row in table.grid()[1:]] == [value for _, value in rows[1:]]
    assert table.grid()[0][1].endswith("Head of Performance and Assurance of the Office")


def test_a_number_column_under_an_empty_header_cell_is_the_tables_first_column() -> None:
    """A question grid whose header leaves the number column's cell empty
    ("" | Question | Response | Assessment over "Q1" ...): the numbers stand
    left of every heading, a column of their own, and the header and the
    rows are one table (the header alone, then a table without one)."""
    rows = [["", "Question", "Response", "Assessment"],
            ["Q1", "How many bicycle thefts were reported in the year?",
             "Reports rose from 300 to 340; most were from stations.", "Assured"],
            ["Q2", "How many stolen bicycles were returned to owners?",
             "Forty were returned; marking events are planned.", "Partly assured"],
            ["Q3", "How are repeat victims supported?", "No contact scheme exists yet for repeat victims.",
             "Not assured"]]
    doc = read(story_pdf([para("Notes of the Panel", size=13, bold=True),
                          borderless(rows, [30, 140, 170, 120], band=False)]))
    [table] = tables(doc)
    assert table.grid() == rows
