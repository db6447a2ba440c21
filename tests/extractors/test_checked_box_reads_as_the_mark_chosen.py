"""A checked box (☒, as Word draws its checked check box; ☑) is the mark
chosen (extractors/marks.py): done in a tracker's completion column, beside
the empty boxes of the actions not done; the level chosen in a decision
column's scale of tick boxes. In a column that also prints ticks, ☒ is the
box crossed out: not done. Every tick, cross and empty box reads alike in a
status cell. A pack's key that gives ☒ another meaning wins. On a Word file
and the PDF LibreOffice makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, decision_levels, published, question_table_notes, records, word_table

CHECKED, EMPTY, TICKED = "\u2612", "\u2610", "\u2611"


def _tracker_statuses(path: Path, form: str, marks: list[str], key: str | None = None) -> dict[str, tuple[str, str]]:
    """number -> (status, status_source) of a log whose "Complete" column prints ``marks``, one a row."""
    document = Document()
    document.add_heading("Strategic Board", level=1)
    document.add_paragraph("Thursday 4 March 2027")
    document.add_heading("Action log", level=2)
    if key:
        document.add_paragraph(key)
    word_table(document, [["Ref", "Meeting", "Action", "Owner", "Update", "Complete"],
                          *[[f"SB 27/{n:02d}", "14/01/2027", f"Report on review {n} of contact handling.", "ACC",
                             "See the paper.", mark] for n, mark in enumerate(marks, start=1)]])
    found = records(published(document, path, form))["actions"]
    return {a["number"]: (a["status"], a["status_source"]) for a in found}


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_checked_box_in_a_completion_column_is_done(tmp_path: Path, form: str) -> None:
    found = _tracker_statuses(tmp_path / "log.docx", form, [CHECKED, EMPTY, CHECKED])
    assert found == {"SB 27/01": ("complete", "status_column"), "SB 27/02": ("outstanding", "status_column"),
                     "SB 27/03": ("complete", "status_column")}


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("tick", [TICKED, "\u2713"])
def test_a_crossed_box_beside_ticks_is_not_done(tmp_path: Path, form: str, tick: str) -> None:
    found = _tracker_statuses(tmp_path / "log.docx", form, [tick, CHECKED, tick])
    assert found == {"SB 27/01": ("complete", "status_column"), "SB 27/02": ("outstanding", "status_column"),
                     "SB 27/03": ("complete", "status_column")}


# (tick, cross or empty box) pairs a tracker prints for done and not done
_PAIRS = [("\u2714", "\u2716"), ("\u221a", "\u2715"), ("\u2713", "\u25a1"), ("\u2713", "\u25fb")]


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize(("tick", "cross"), _PAIRS)
def test_every_tick_and_cross_in_a_completion_column(tmp_path: Path, form: str, tick: str, cross: str) -> None:
    # the marks the tick-box scale reads, and the crosses paired with its ticks, read alike in a status cell
    found = _tracker_statuses(tmp_path / "log.docx", form, [tick, cross])
    assert found == {"SB 27/01": ("complete", "status_column"), "SB 27/02": ("outstanding", "status_column")}


def test_the_emoji_tick_and_cross_in_a_completion_column(tmp_path: Path) -> None:
    # Word only: LibreOffice's fonts at hand have neither emoji, and its PDF prints both as one glyph
    found = _tracker_statuses(tmp_path / "log.docx", "word", ["\u2705", "\u274c"])
    assert found == {"SB 27/01": ("complete", "status_column"), "SB 27/02": ("outstanding", "status_column")}


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_key_giving_the_crossed_box_as_not_done_wins(tmp_path: Path, form: str) -> None:
    found = _tracker_statuses(tmp_path / "log.docx", form, [TICKED, CHECKED],
                              key=f"{TICKED} = complete; {CHECKED} = not yet complete")
    assert found == {"SB 27/01": ("complete", "status_column"), "SB 27/02": ("outstanding", "status_column")}


def test_a_checked_box_in_a_decision_columns_scale_is_the_level_chosen(tmp_path: Path) -> None:
    # as it was read before the marks had one home: the tracker's reading of ☒ above is the scale's
    scale = ("Assured", "Partially assured", "Not assured")
    levels = [" ".join(f"{CHECKED if at == chosen else EMPTY} {level}" for at, level in enumerate(scale))
              for chosen in (1, 0, 2)]
    path = question_table_notes(tmp_path / "notes.docx", ["No.", "Question", "Response", "Assurance", "Comment"],
                                levels)
    assert decision_levels(path) == [("1", "Partly assured"), ("2", "Assured"), ("3", "Not assured")]
