"""Assurance forms of scrutiny round 30, on real Word files: a decision
column headed "Score" read against the pack's numbered key line; a question
column headed "Area of scrutiny"; a score key table whose meanings state no
level in words ("2 – Limited | The PCC has significant concerns") keys each
score by its own word."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import records, word_table

# (number, question, answer, score as printed, comment)
_SCORED = (("1.1", "How many officers completed the new training?", "All 412 officers completed it.", "4",
            "The Commissioner thanked the trainers."),
           ("1.2", "How is stalking risk assessed at first contact?", "Call handlers use a checklist.", "2",
            "The Commissioner asked for an audit."),
           ("1.3", "What has been done to cut the backlog of digital devices?", "The backlog has grown.", "1",
            "The Commissioner asked for a recovery plan."))


def _scored_notes(path: Path, key_line: str | None, key_table: list[list[str]] | None,
                  header: tuple[str, str, str, str, str], scores: tuple[str, ...]) -> list[tuple]:
    """Notes with an optional key line or key table, then a question table
    headed ``header`` whose decision cells print ``scores``: (number, level,
    commentary) of each decision."""
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 3 February 2027", level=2)
    if key_line:
        document.add_paragraph(key_line)
    if key_table:
        word_table(document, key_table)
    document.add_heading("1. Public protection", level=3)
    word_table(document, [list(header), *[[n, q, a, score, c] for (n, q, a, _, c), score in zip(_SCORED, scores)]])
    document.save(str(path))
    return sorted((d["question_number"], d["assurance"], d["commentary"]) for d in records(path)["assurance_decisions"])


_EXPECTED = [("1.1", "Assured", "The Commissioner thanked the trainers."),
             ("1.2", "Partly assured", "The Commissioner asked for an audit."),
             ("1.3", "Not assured", "The Commissioner asked for a recovery plan.")]


def test_a_score_column_reads_the_digit_by_the_key_line(tmp_path: Path) -> None:
    found = _scored_notes(tmp_path / "scored.docx",
                          "Assurance scale: 4 \u2013 Substantial assurance; 3 \u2013 Reasonable assurance; "
                          "2 \u2013 Limited assurance; 1 \u2013 No assurance.", None,
                          ("Ref", "Question", "Summary of response", "Score", "PFCC comment"), ("4", "2", "1"))
    assert found == _EXPECTED


def test_an_area_of_scrutiny_column_is_the_question(tmp_path: Path) -> None:
    found = _scored_notes(tmp_path / "area.docx", None, None,
                          ("No.", "Area of scrutiny", "Response", "Assurance rating", "Commissioner's comments"),
                          ("Substantial", "Limited", "No assurance"))
    assert found == _EXPECTED


def test_a_score_key_table_keys_each_score_by_its_own_word(tmp_path: Path) -> None:
    """"2 – Limited" means Partly assured though its meaning ("significant
    concerns") names no level; the scores in the table are read by the key."""
    key = [["Score", "Meaning"], ["5 \u2013 Full", "The PCC is fully assured."],
           ["4 \u2013 Reasonable", "The PCC is assured, with minor points to follow up."],
           ["3 \u2013 Partial", "The PCC is partly assured."], ["2 \u2013 Limited", "The PCC has significant concerns."],
           ["1 \u2013 None", "The PCC is not assured."]]
    found = _scored_notes(tmp_path / "keyed.docx", None, key,
                          ("Ref", "Question", "Response", "Score", "Comment"),
                          ("4 \u2013 Reasonable", "2 \u2013 Limited", "1 \u2013 None"))
    assert found == _EXPECTED


def test_no_further_comment_is_no_commentary(tmp_path: Path) -> None:
    """A decision cell's "No further comment." beside the level says there is none."""
    path = tmp_path / "decided.docx"
    document = Document()
    document.add_heading("Minutes of the PCC Accountability Meeting held on 9 February 2027", level=2)
    document.add_heading("3. Public protection", level=3)
    word_table(document, [["No.", "Question", "Summary of evidence", "Decision of the PCC"],
                          ["1", _SCORED[0][1], _SCORED[0][2], ""], ["2", _SCORED[1][1], _SCORED[1][2], ""]])
    for row, (level, comment) in ((1, ("Assured", "No further comment.")),
                                  (2, ("Partially Assured", "The PCC asked for an audit."))):
        cell = document.tables[0].cell(row, 3)
        cell.paragraphs[0].add_run(level).bold = True
        cell.add_paragraph().add_run(comment).italic = True
    document.save(str(path))
    found = sorted((d["question_number"], d["assurance"], d["commentary"]) for d in records(path)["assurance_decisions"])
    assert found == [("1", "Assured", None), ("2", "Partly assured", "The PCC asked for an audit.")]
