"""Sub-questions in an assurance table, on a real Word file: a parent row
(its number, then its question merged across the other columns, no level)
introduces parts "2a", "2b" each with its own question, response and
level; each part is a decision of its own, and the parent is none."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import records, word_table

# (number, question, response, level, comment); a parent row has only its number and question
_ROWS = (("1", "What has been the trend in vehicle crime?", "Thefts are down 8%.", "Partially assured",
          "Thefts remain high."),
         ("2", "How effective is the response to vehicle crime series?"),
         ("2a", "How quickly are series identified?", "Most within five days.", "Assured", ""),
         ("2b", "How many series led to a charge?", "Seven of 23.", "Not assured", "Outcomes to be reported again."))
_CANONICAL = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}


def test_each_part_under_a_parent_row_is_its_own_decision(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes of the Performance and Accountability Meeting \u2013 14 December 2027", level=2)
    document.add_heading("3. Vehicle crime", level=3)
    word_table(document, [["No.", "Question", "Response", "Assurance", "Comment"],
                          *[list(row) + [""] * (5 - len(row)) for row in _ROWS]])
    table = document.tables[0]
    parent = table.rows[2].cells
    parent[1].merge(parent[4])
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    assert sorted((d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"])
                  for d in records(path)["assurance_decisions"]) == [
        (number, question, response, _CANONICAL[level], comment or None)
        for number, question, *rest in _ROWS if rest for response, level, comment in [rest]]
