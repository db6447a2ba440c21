"""A small table nested in a Word cell (figures under a response, milestones
under an update) is read as lines of its cell, one per nested row, the row's
cells joined by " | ", so that each figure stays with its label and column;
and words standing in such a table (a rating, a milestone's state) make no
level and no status of their own."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.table import _Cell

from tests.extractors.files import records, word_table

from .docx_builders import new_document, read, styled_run


def _nest(cell: _Cell, rows: list[list[str]]) -> None:
    """A ruled table of ``rows`` nested in ``cell`` under its text, the first row bold as Word users head it."""
    inner = cell.add_table(rows=len(rows), cols=len(rows[0]))
    inner.style = "Table Grid"
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            if value:
                inner.cell(r, c).paragraphs[0].add_run(value).bold = r == 0 or None


def test_nested_table_is_one_line_per_row_with_a_warning() -> None:
    document = new_document()
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Outer"
    host = outer.cell(0, 1)
    host.paragraphs[0].text = "Before"
    _nest(host, [["Measure", "Last year", "This year"], ["Stops", "", "310"], ["Searches", "1,020", "980"]])
    host.add_paragraph("After")

    doc = read(document)
    (grid,) = list(doc.tables())

    assert grid.n_cols == 2
    cell = grid.cell(0, 1)
    assert [b.text for b in cell.blocks] == [
        "Before", "Measure | Last year | This year", "Stops |  | 310", "Searches | 1,020 | 980", "After"]
    assert cell.blocks[1].is_bold and not cell.blocks[2].is_bold
    assert cell.blocks[2].prov.locator == "body/tbl[1]/r[1]/c[2]/tbl[1]/r[2]"
    assert any("nested table" in w and "one a row" in w and "body/tbl[1]/r[1]/c[2]/tbl[1]" in w
               for w in doc.warnings)


def _minutes(questions: list[tuple[str, str, list[list[str]], list[list[str]] | None, str, str]]) -> DocxDocument:
    """Minutes with one scrutiny item whose question table holds, per question, a response sentence over a
    nested table of figures, and the decision: a bold level over an italic comment, optionally over a
    nested table of its own."""
    document = Document()
    document.add_heading("Police Accountability Board", level=1)
    document.add_heading("Minutes of the Police Accountability Board held on 3 March 2031", level=2)
    document.add_heading("3. Stop and search", level=3)
    table = document.add_table(rows=len(questions) + 1, cols=4)
    table.style = "Table Grid"
    for col, text in enumerate(("No.", "Question", "Response", "Assurance")):
        table.cell(0, col).paragraphs[0].add_run(text).bold = True
    for row, (question, response, figures, decision_table, level, comment) in enumerate(questions, start=1):
        table.cell(row, 0).text = f"{row}."
        table.cell(row, 1).text = question
        table.cell(row, 2).text = response
        _nest(table.cell(row, 2), figures)
        decision = table.cell(row, 3)
        styled_run(decision.paragraphs[0], level, bold=True)
        styled_run(decision.add_paragraph(), comment, italic=True)
        if decision_table:
            _nest(decision, decision_table)
    return document


def _decisions(document: DocxDocument, path: Path) -> list[dict]:
    document.save(str(path))
    return sorted(records(path)["assurance_decisions"], key=lambda r: r["question_number"])


def test_figures_nested_in_a_response_are_kept_in_the_evidence_row_by_row(tmp_path: Path) -> None:
    document = _minutes([
        ("How many searches found an item?", "Finds rose after the new briefing was given to patrols.",
         [["Measure", "Last year", "This year"], ["Finds", "212", "265"], ["Searches", "1,020", "980"]],
         None, "Assured", "The rise follows the briefing."),
        ("How are body-worn camera records checked?", "A sample of records is reviewed each month.",
         [["Measure", "Last year", "This year"], ["Records reviewed", "140", "96"]],
         None, "Partially assured", "The sample shrank this year."),
    ])

    found = _decisions(document, tmp_path / "nested-figures.docx")

    assert [(r["question_number"], r["assurance"], r["commentary"]) for r in found] == [
        ("1", "Assured", "The rise follows the briefing."), ("2", "Partly assured", "The sample shrank this year.")]
    first, second = (r["evidence_summary"] for r in found)
    assert first.startswith("Finds rose after the new briefing was given to patrols.\nMeasure | Last year | This year")
    assert "Finds | 212 | 265" in first and "Searches | 1,020 | 980" in first
    assert "Records reviewed | 140 | 96" in second


def test_ratings_in_a_nested_figures_table_are_no_level(tmp_path: Path) -> None:
    """The response's nested table rates areas ("Not assured", "Good", "High"): the level is the
    Assurance cell's own, and a question with no level there gets none from the figures."""
    document = _minutes([
        ("What did the internal audit of searches find?", "The audit reported on three areas.",
         [["Area", "Audit rating"], ["Recording", "Not assured"], ["Supervision", "Partly assured"]],
         None, "Assured", "The audit's actions are complete."),
        ("How is the risk of disproportionality managed?", "The force scores its own risks.",
         [["Risk", "Rating"], ["Disproportionality", "High"], ["Complaints", "Low"]],
         None, "Partially assured", "The Board wants the scores explained."),
    ])

    found = _decisions(document, tmp_path / "nested-ratings.docx")

    assert [(r["question_number"], r["assurance"]) for r in found] == [("1", "Assured"), ("2", "Partly assured")]
    assert "Recording | Not assured" in found[0]["evidence_summary"]
    assert [r["commentary"] for r in found] == ["The audit's actions are complete.",
                                                "The Board wants the scores explained."]


def test_a_risk_table_nested_under_the_level_changes_no_level(tmp_path: Path) -> None:
    document = _minutes([
        ("Are searches of children recorded with an appropriate adult present?",
         "Most records now name the adult present.",
         [["Measure", "Last year", "This year"], ["Adult named", "61%", "88%"]],
         [["Residual risk", "Not assured"]], "Assured", "Recording has improved."),
    ])

    (found,) = _decisions(document, tmp_path / "nested-under-level.docx")

    assert found["assurance"] == "Assured"
    assert "Adult named | 61% | 88%" in found["evidence_summary"]


def test_milestones_nested_in_an_update_give_no_status(tmp_path: Path) -> None:
    """An action log's update cell holds the action's milestones as a nested table ("Training | Complete"):
    the status is the Status column's, and the milestones stay in the update."""
    document = Document()
    document.add_heading("Police Accountability Board", level=1)
    document.add_heading("Action log", level=2)
    word_table(document, [["Ref", "Date raised", "Action", "Update", "Status"],
                          ["PAB 31/04", "3 March 2031", "Train supervisors in reviewing search records.",
                           "Two of three stages done.", "Open"],
                          ["PAB 31/05", "3 March 2031", "Publish the search data each quarter.",
                           "Published in May.", "Complete"]])
    log = document.tables[0]
    _nest(log.cell(1, 3), [["Milestone", "State"], ["Training", "Complete"], ["Audit", "Complete"]])
    _nest(log.cell(2, 3), [["Milestone", "State"], ["Dashboard", "Not started"]])
    path = tmp_path / "nested-milestones.docx"
    document.save(str(path))

    actions = sorted(records(path)["actions"], key=lambda r: r["number"])

    assert [(r["number"], r["status"], r["status_source"]) for r in actions] == [
        ("PAB 31/04", "outstanding", "status_column"), ("PAB 31/05", "complete", "status_column")]
    assert "Training | Complete" in actions[0]["update"]
    assert actions[0]["update"].startswith("Two of three stages done.")
