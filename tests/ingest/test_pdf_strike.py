"""PDF ingest reads struck-through text (a line drawn across a word's
middle) into Style.strike, leaves underlined text alone, and keeps the
strike lines out of table detection."""

from __future__ import annotations

import hashlib
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline.ingest.pdf import read_pdf
from pipeline.layout import Table as LayoutTable


def _read(path: Path):
    data = path.read_bytes()
    return read_pdf(path, data, hashlib.sha256(data).hexdigest())


def test_struck_words_carry_strike_and_underlined_words_do_not(tmp_path: Path) -> None:
    style = getSampleStyleSheet()["BodyText"]
    path = tmp_path / "strike.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([
        Paragraph("Plain words then <strike>struck words</strike> then plain again.", style),
        Paragraph("An <u>underlined phrase</u> is not struck.", style),
    ])
    doc = _read(path)
    struck = {s.text.strip() for b in doc.text_blocks() for s in b.spans if s.style.strike}
    assert struck == {"struck words"}


def test_strike_lines_inside_a_ruled_table_do_not_split_its_rows(tmp_path: Path) -> None:
    style = getSampleStyleSheet()["BodyText"]
    rows = [["No.", "Action"], ["1", "<strike>Share the problem profile with the PCC.</strike>"], ["2", "Review it."]]
    path = tmp_path / "table.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([
        Table([[Paragraph(c, style) for c in row] for row in rows], colWidths=(60, 300),
              style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))])
    table = next(b for b in _read(path).blocks if isinstance(b, LayoutTable))
    assert (table.n_rows, table.n_cols) == (3, 2)
    assert [all(s.style.strike for s in table.cell(r, 1).spans if s.text.strip()) for r in (1, 2)] == [True, False]
