"""Text set side by side that is no page column the story runs on into
stays as it is read without one: a borderless two-column grid whose right
cells are shorter than their neighbours (minutes as "Discussion | Action", a
recommendation beside the force's reply) is a table, each right cell read
with its own row; parallel columns (Welsh beside English) stay a table; a
letter's prose is read whole before the signature block set in two columns
under it, and before a short column of a few lines standing half way down
the right of it (a sidebar)."""

from __future__ import annotations

import io

import pytest
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

from pipeline.layout import Table
from tests.ingest.pdf_builders import PORTRAIT, grid, para, read, register_fonts, story_pdf, style

DISCUSSION = [" ".join(["The board heard that charge rates had fallen and asked why the new triage model had "
                        "not lifted them."] * 4),
              " ".join(["The board discussed the custody suite refurbishment and the delay to its reopening."] * 3)]
ACTION = ["ACTION: The Chief Constable to report the charge rate by team to the next board meeting.",
          "ACTION: The Director of Finance to circulate the revised estates timetable."]
RECOMMENDATION = [" ".join(["The force should make sure that every investigation is supervised at set points and that "
                            "the supervisor records the review."] * 3),
                  " ".join(["The force should answer non-emergency calls more quickly and tell callers how long "
                            "they will wait."] * 3),
                  " ".join(["The force should review how it records crimes reported by other agencies."] * 3)]
REPLY = ["Accepted: a review template is in use.", "Accepted: a new call queue is live.",
         "Accepted: audited every quarter."]
WELSH = ["Cafodd y bwrdd adroddiad ar berfformiad yr heddlu dros y chwarter diwethaf a gofynnodd gwestiynau.",
         "Gofynnodd y Comisiynydd am ddiweddariad ar amseroedd ateb galwadau nad ydynt yn rhai brys."]
ENGLISH = ["The board received a report on the force's performance over the last quarter and asked questions.",
           "The Commissioner asked for an update on the time taken to answer non-emergency calls."]
LETTER = [f"Paragraph {n} of the letter sets out what the Commissioner asked of the force and what the force "
          f"has told the Commissioner it will do about it by the end of the year." for n in range(1, 7)]


@pytest.mark.parametrize(("left", "right"), [(DISCUSSION, ACTION), (RECOMMENDATION, REPLY), (WELSH, ENGLISH)],
                         ids=["discussion and action", "recommendation and reply", "welsh and english"])
def test_a_borderless_two_column_grid_stays_a_table_read_row_by_row(left: list[str], right: list[str]) -> None:
    doc = read(story_pdf([para("Minutes of the Accountability Board", 14),
                          grid(list(zip(left, right)), [250, 250], ruled=False)]))
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    table = tables[0]
    assert [[" ".join(table.cell(row, col).text.split()) for col in range(table.n_cols)]
            for row in range(table.n_rows)] == [[a, b] for a, b in zip(left, right)]


def test_a_letter_is_read_whole_before_its_signature_block_in_two_columns() -> None:
    signatures = grid([["Jane Smith", "John Brown"], ["Police and Crime Commissioner", "Chief Constable"],
                       ["12 March 2027", "12 March 2027"]], [250, 250], ruled=False)
    doc = read(story_pdf([para(text, 11) for text in LETTER] + [para("Signed"), signatures]))
    texts = [" ".join(b.text.split()) for b in doc.text_blocks()]
    assert texts[:len(LETTER)] == LETTER


def _sidebar_page() -> bytes:
    """A page of two equal frames, the left holding the letter and the
    right, from half way down, a short sidebar of a few lines."""
    register_fonts()
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=PORTRAIT)
    margin, gap = 48, 24
    width, height = (PORTRAIT[0] - 2 * margin - gap) / 2, PORTRAIT[1] - 2 * margin
    sidebar = Frame(margin + width + gap, margin, width, height / 2, id="side")
    doc.addPageTemplates([PageTemplate(frames=[Frame(margin, margin, width, height, id="main"), sidebar])])
    doc.build([Paragraph(text, style(11)) for text in LETTER]
              + [FrameBreak(), Paragraph("Key facts: calls answered within ten seconds rose to 91 per cent this quarter, the "
                           "highest figure since the new call queue went live, and abandoned calls fell to two per "
                           "cent of all calls.", style(11))])
    return out.getvalue()


def test_a_sidebar_half_way_down_is_no_run_on_of_the_column_beside_it() -> None:
    texts = [" ".join(b.text.split()) for b in read(_sidebar_page()).text_blocks()]
    assert texts[:len(LETTER)] == LETTER
