"""A header cell of a reportlab PDF table that wraps right after a
possessive ("Commissioner's" over "comment", the first filling its line in
a narrow column): the two are two words, not one broken word
("Commissioner'scomment"), so the column is read as the decider's comment
and each decision takes its commentary from it."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import BOLD, H1, pdf, records
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

_HEAD = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=10, leading=12)
_CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=10, leading=12)
_ROWS = (("How many burglaries were solved?", "One in nine.", "Assured", "The Commissioner welcomed the rise."),
         ("How quickly are scenes visited?", "Within two days.", "Partially assured", "She asked for the waits."))


@pytest.mark.parametrize("comment_width", [90, 92, 94])
def test_a_header_wrapped_after_a_possessive_names_the_comment_column(tmp_path: Path, comment_width: int) -> None:
    rows = [("No.", "Question", "Response", "Assurance", "Commissioner's comment"),
            *((str(n), *row) for n, row in enumerate(_ROWS, start=1))]
    table = Table([[Paragraph(text, _HEAD if i == 0 else _CELL) for text in row] for i, row in enumerate(rows)],
                  colWidths=[25, 130, 110, 80, comment_width])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    path = pdf(tmp_path / "notes.pdf", [Paragraph("Notes of the Performance Meeting held on 14 March 2027", H1),
                                        Paragraph("3. Burglary", BOLD), table])
    assert sorted((d["question"], d["commentary"]) for d in records(path)["assurance_decisions"]) == sorted(
        (question, comment) for question, _, _, comment in _ROWS)
