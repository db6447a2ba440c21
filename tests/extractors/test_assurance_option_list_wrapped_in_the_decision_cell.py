"""A decision cell printing the scale's options with the chosen one set apart
in bold square brackets, in a column narrow enough that the list wraps: the
option on the second line is the level and the options above it are no part
of the commentary. Near misses: a list left unmarked decides nothing and is
no comment; a risk register's rating options wrapped the same way give no
level."""

from __future__ import annotations

from pathlib import Path

from files import BODY, BOLD, H1, pdf, records
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

_OPTIONS = ("Assured", "Partly assured", "Not assured")
_CELL = ParagraphStyle("cell", parent=BODY, fontSize=10, leading=12, spaceAfter=2)


def _notes(path: Path, decided: tuple[tuple[str, str | None], ...], width: float) -> Path:
    """Notes with a No. | Question | Response | PCC Decision table whose
    decision cells print the three options, the chosen one bold in square
    brackets, over an italic comment; ``width`` is the decision column's."""
    rows = [[Paragraph(text, _CELL) for text in ("No.", "Question", "Response", "PCC Decision")]]
    for number, kept in decided:
        options = " \u00b7 ".join(f"<b>[{o}]</b>" if o == kept else o for o in _OPTIONS)
        rows.append([Paragraph(number, _CELL), Paragraph(f"How are victims supported in case {number}?", _CELL),
                     Paragraph(f"The force answered question {number}.", _CELL),
                     [Paragraph(options, _CELL), Paragraph(f"<i>Comment on question {number}.</i>", _CELL)]])
    table = Table(rows, colWidths=[30, 150, 150, width])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    return pdf(path, [Paragraph("Notes of the Strategic Assurance Board held on 4 August 2026", H1),
                      Paragraph("Item 4 \u2013 Victim care", BOLD),
                      Paragraph("In the PCC Decision column, the level the PCC gave is the one in bold in square "
                                "brackets.", BODY), table])


def _found(path: Path) -> list[tuple]:
    return [(d["question_number"], d["assurance"], d["commentary"]) for d in records(path)["assurance_decisions"]]


def test_the_bracketed_option_wrapped_onto_the_second_line_is_the_level_and_the_others_no_comment(
        tmp_path: Path) -> None:
    # 145 points: "Assured · Partly assured ·" fills the first line, the last option wraps below it
    decided = (("1", "Not assured"), ("2", "Partly assured"), ("3", "Assured"))
    assert _found(_notes(tmp_path / "notes.pdf", decided, 145)) == [
        (n, kept, f"Comment on question {n}.") for n, kept in decided]


def test_a_wrapped_list_with_no_option_set_apart_decides_nothing(tmp_path: Path) -> None:
    found = _found(_notes(tmp_path / "notes.pdf", (("1", "Partly assured"), ("2", None)), 145))
    # the printed options are the form's: only the comment is commentary
    assert found == [("1", "Partly assured", "Comment on question 1."), ("2", None, "Comment on question 2.")]


def test_a_risk_ratings_options_wrapped_the_same_way_give_no_level(tmp_path: Path) -> None:
    rows = [[Paragraph(t, _CELL) for t in ("Ref", "Risk", "Mitigation", "Rating")],
            [Paragraph("R1", _CELL), Paragraph("Loss of the custody contract.", _CELL),
             Paragraph("A second provider is on call.", _CELL),
             [Paragraph("High \u00b7 Medium \u00b7", _CELL), Paragraph("<b>[Low]</b>", _CELL)]]]
    table = Table(rows, colWidths=[30, 150, 150, 120])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    path = pdf(tmp_path / "risks.pdf", [Paragraph("Strategic Risk Register", H1), table])
    assert records(path)["assurance_decisions"] == []
