"""Rows a page break split, joined again (tables.join_continued_rows), on
real PDFs made here: a ruled Question | Evidence | Decision table whose
first question's row runs over a page break, its evidence cut mid-sentence
(and, where asked, the second question's over the next); and an action
tracker's, where the row a break opens may also be an action of its own
under a topic shown blank on the new page (actions judges which)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import files
from files import BODY
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from extractors import actions
from extractors.context import DocumentContext
from extractors.tables import join_continued_rows
from pipeline.ingest.pdf import read_pdf
from pipeline.layout import LayoutDocument
from pipeline.layout import Table as LayoutTable

# long enough that the page break falls inside it, mid-sentence
EVIDENCE = " ".join(f"The force told the panel about measure {n} of its plan for the control room." for n in range(12))
# long enough to run from page 2 over page 3
LONGER = " ".join(f"The force described step {n} of its work with partners on calls." for n in range(60))


def _split_table(tmp_path: Path, decision_merged: bool = False,
                 second_evidence: str = "Callers receive a text message.") -> LayoutTable:
    """The one table of a PDF whose first body row breaks across pages 1
    and 2; with ``decision_merged``, its decision cell merged down over the
    second question too."""
    data = [[Paragraph(h, BODY) for h in ("Question", "Evidence", "Decision")],
            [Paragraph("1. How does the force answer calls?", BODY),
             [Paragraph(EVIDENCE, BODY), Paragraph("A second point was made.", BODY)],
             Paragraph("Partly assured", BODY)],
            [Paragraph("2. How are callers kept informed?", BODY), Paragraph(second_evidence, BODY),
             "" if decision_merged else Paragraph("Assured", BODY)],
            [Paragraph("3. How is demand forecast?", BODY), Paragraph("A model forecasts demand.", BODY),
             Paragraph("Not assured", BODY)]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if decision_merged:
        style.append(("SPAN", (2, 1), (2, 2)))
    table = Table(data, colWidths=[130, 250, 90], splitInRow=1)
    table.setStyle(TableStyle(style))
    path = files.pdf(tmp_path / "panel.pdf", [Paragraph("Scrutiny panel", BODY), Spacer(1, 600), table])
    (read,) = _read(path).tables()
    return read


def _read(path: Path) -> LayoutDocument:
    data = path.read_bytes()
    return read_pdf(path, data, hashlib.sha256(data).hexdigest())


def test_a_row_broken_across_pages_is_one_row_paged_where_it_starts(tmp_path: Path) -> None:
    table = _split_table(tmp_path)
    assert table.continued_rows == (2,) and table.pages == (1, 2)
    joined = join_continued_rows(table)
    assert (joined.n_rows, joined.continued_rows) == (4, ())
    assert [row[0] for row in joined.grid()] == ["Question", "How does the force answer calls?",
                                                 "How are callers kept informed?", "How is demand forecast?"]
    assert [row[2] for row in joined.grid()] == ["Decision", "Partly assured", "Assured", "Not assured"]
    evidence = joined.cell(1, 1)
    # the paragraph the break cut is one block again; the next paragraph stays its own
    assert [b.text for b in evidence.blocks] == [EVIDENCE, "A second point was made."]
    assert joined.page_of_row(1) == 1 and joined.page_of_row(2) == 2


def test_a_merged_cell_that_runs_on_past_the_break_stays_merged(tmp_path: Path) -> None:
    # the decision merged over questions 1 and 2 starts again on page 2 in the
    # row the break opened: joined, it is one cell covering both questions
    table = _split_table(tmp_path, decision_merged=True)
    assert table.continued_rows == (2,) and table.cell(2, 2).row_span == 2
    joined = join_continued_rows(table)
    decision = joined.cell(2, 2)
    assert (decision.row, decision.row_span, decision.text) == (1, 2, "Partly assured")
    assert joined.cell(3, 2).text == "Not assured"


def test_only_the_rows_asked_for_are_joined_the_others_stay_marked(tmp_path: Path) -> None:
    # an extractor that judges a row the break opened to be a row of its own leaves it out
    table = _split_table(tmp_path, second_evidence=LONGER)
    assert table.continued_rows == (2, 4) and table.pages == (1, 2, 3)
    joined = join_continued_rows(table, rows=(4,))
    assert (joined.n_rows, joined.continued_rows) == (5, (2,))
    assert [row[0] for row in joined.grid()] == ["Question", "How does the force answer calls?", "",
                                                 "How are callers kept informed?", "How is demand forecast?"]
    assert joined.cell(3, 1).text == LONGER
    assert join_continued_rows(table, rows=()) == table


def _tracker(tmp_path: Path, rows: list[tuple[str, str, str, str]], space_above: float) -> LayoutDocument:
    """A ruled Topic | Action | Update | Status log ``space_above`` points
    down its first page (where its rows meet the page break)."""
    data = [[Paragraph(text, BODY) for text in row] for row in [("Topic", "Action", "Update", "Status"), *rows]]
    table = Table(data, colWidths=[70, 200, 150, 60], splitInRow=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return _read(files.pdf(tmp_path / "log.pdf", [Paragraph("Action log", BODY), Spacer(1, space_above), table]))


def _actions(doc: LayoutDocument) -> list[tuple[str, str | None, str | None, int | None]]:
    return [(d.fields["text"], d.fields["topic"], d.fields["status"], d.fields["page"])
            for d in actions.extract(doc, DocumentContext()).drafts]


def test_a_tracker_action_cut_by_a_page_break_is_one_action(tmp_path: Path) -> None:
    cut = " ".join(f"That the force report on measure {n} of the plan for the control room" for n in range(14)) + "."
    doc = _tracker(tmp_path, [("Contact", cut, "Report due in May.", "Open"),
                              ("Custody", "That the custody review be shared.", "Review shared on 2 May.", "Complete")],
                   space_above=560)
    assert next(doc.tables()).continued_rows == (2,)
    assert _actions(doc) == [(cut, "Contact", "outstanding", 1),
                             ("That the custody review be shared.", "Custody", "complete", 2)]


def test_a_new_action_under_a_topic_blank_on_the_new_page_stays_its_own(tmp_path: Path) -> None:
    # the break falls between two rows of one topic: the row it opens is
    # blank in its first cell, as a continuation would be, but starts a new
    # action with its own update and status
    doc = _tracker(tmp_path, [("Contact", "That the call answering times be published.", "Report due in May.", "Open"),
                              ("Custody", "That the custody review be shared.", "Review shared on 2 May.", "Complete"),
                              ("", "That detention times be reported each quarter.", "First report due in July.",
                               "Open")],
                   space_above=580)
    assert next(doc.tables()).continued_rows == (3,)
    assert _actions(doc) == [("That the call answering times be published.", "Contact", "outstanding", 1),
                             ("That the custody review be shared.", "Custody", "complete", 1),
                             ("That detention times be reported each quarter.", "Custody", "outstanding", 2)]
