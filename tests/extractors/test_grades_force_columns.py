"""A peer grid on its side: one column per force (a "Report published" row
under the force names), one row per area, grades abbreviated and spelt out
by a key under the table. Each column's grades go to the force it names,
dated by its own "Report published" cell, on a small real PDF."""

from __future__ import annotations

from pathlib import Path

from files import BODY, BOLD, H1, grid, lower_key, records
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

_KEY = "Key: O – Outstanding; G – Good; A – Adequate; RI – Requires improvement; I – Inadequate."


def _force_columns(path: Path, key: str) -> Path:
    """A commissioner's paper setting the force's grades beside its
    neighbours', a column per force."""
    rows = [
        ["Area of policing", "Norfolk", "Suffolk", "Cambridgeshire"],
        ["Report published", "March 2025", "July 2024", "December 2025"],
        ["Preventing crime", "G", "A", "RI"],
        ["Investigating crime", "RI", "G", "A"],
        ["Managing offenders", "A", "O", "G"],
        ["Leadership and force management", "G", "I", "A"],
    ]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([
        Paragraph("Accountability Board – 14 May 2026", BODY),
        Paragraph("How Norfolk Constabulary's PEEL grades compare with its neighbours", H1),
        Paragraph("Table 1: PEEL 2023–25 grades, eastern forces", BOLD),
        grid(rows, [170, 90, 90, 100]),
        Paragraph(key, BODY),
    ])
    return path


def test_a_grid_with_a_column_per_force_gives_each_column_to_its_force_dated_by_its_own_row(
        tmp_path: Path) -> None:
    found = records(_force_columns(tmp_path / "columns.pdf", _KEY))
    grades = lower_key(found["grades"], ("force", "area", "grade", "as_of"))
    assert len(grades) == 12
    assert [g for g in grades if g[1] in ("managing offenders", "leadership and force management")] == [
        ("cambridgeshire constabulary", "leadership and force management", "adequate", "2025-12"),
        ("cambridgeshire constabulary", "managing offenders", "good", "2025-12"),
        ("norfolk constabulary", "leadership and force management", "good", "2025-03"),
        ("norfolk constabulary", "managing offenders", "adequate", "2025-03"),
        ("suffolk constabulary", "leadership and force management", "inadequate", "2024-07"),
        ("suffolk constabulary", "managing offenders", "outstanding", "2024-07"),
    ]
    assert {r["page"] for r in found["grades"]} == {1}


def test_letters_no_key_spells_out_give_no_grades_in_a_grid_on_its_side(tmp_path: Path) -> None:
    found = records(_force_columns(tmp_path / "unkeyed.pdf", "Source: HMICFRS PEEL 2023–25 force reports."))
    assert found["grades"] == []
