"""A tracker with no key whose rows are banded by its table style (a pale
tint on every other row, every cell of the row, under a grey header) says
nothing of status by that banding: the updates' words decide ("will be
reported in July" outstanding), never the band's green read as complete.
Colour that is not banding keeps its reading: RAG cells of a status column in
a banded tracker, green rows that do not alternate, and bands read through
the pack's own key. On Word files, the PDFs LibreOffice makes of them and
reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, published, records, word_table
from reportlab.lib import colors

from tests.ingest.docx_builders import shade_cell
from tests.ingest.pdf_builders import grid, para, story_pdf

BAND, HEAD = "E2EFDA", "D9D9D9"
ROWS = [["Ref", "Action", "Owner", "Update"],
        ["AB 27/01", "Provide the stalking course completion rate.", "ACC Crime", "The rate will be reported in July."],
        ["AB 27/02", "Set out the plan to reduce forensic waits.", "Head of Forensics", "A plan is being drafted."],
        ["AB 27/03", "Publish the scrutiny report.", "OPCC", "The report will be published after the meeting."],
        ["AB 27/04", "Review the custody healthcare contract.", "CFO", "The review was completed in May."],
        ["AB 27/05", "Report the drink-drive campaign results.", "ACC Operations", "Results to follow in August."]]
BY_UPDATE = {"AB 27/01": ("outstanding", "inferred_from_update"), "AB 27/02": ("outstanding", "inferred_from_update"),
             "AB 27/03": ("outstanding", "inferred_from_update"), "AB 27/04": ("complete", "inferred_from_update"),
             "AB 27/05": ("outstanding", "inferred_from_update")}


def _statuses(path: Path) -> dict[str, tuple[str, str]]:
    return {a["number"]: (a["status"], a["status_source"]) for a in records(path)["actions"]}


def _word(rows: list[list[str]], fills: dict[tuple[int, int], str], lead: str = "") -> Document:
    document = Document()
    document.add_heading("Accountability Board", level=1)
    document.add_paragraph("Minutes of the meeting held on 9 June 2027")
    document.add_heading("Action log", level=2)
    if lead:
        document.add_paragraph(lead)
    word_table(document, rows)
    for (row, col), fill in fills.items():
        shade_cell(document.tables[0].cell(row, col), fill)
    return document


def _bands(rows: list[list[str]], banded: list[int], cols: range | None = None) -> dict[tuple[int, int], str]:
    cols = cols if cols is not None else range(len(rows[0]))
    return {**{(0, col): HEAD for col in range(len(rows[0]))},
            **{(row, col): BAND for row in banded for col in cols}}


def _reportlab(path: Path, rows: list[list[str]], fills: dict[tuple[int, int], str]) -> Path:
    commands = [("BACKGROUND", (col, row), (col, row), colors.HexColor(f"#{fill}")) for (row, col), fill in fills.items()]
    path.write_bytes(story_pdf([para("Accountability Board", size=16, bold=True),
                                para("Minutes of the meeting held on 9 June 2027"),
                                para("Action log", size=13, bold=True),
                                grid(rows, [60, 170, 80, 170], commands)]))
    return path


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_pale_bands_on_every_other_row_are_no_status(tmp_path: Path, form: str) -> None:
    document = _word(ROWS, _bands(ROWS, [1, 3, 5]))
    assert _statuses(published(document, tmp_path / "log.docx", form)) == BY_UPDATE


def test_a_reportlab_tracker_banded_on_the_even_rows_is_read_by_its_updates(tmp_path: Path) -> None:
    assert _statuses(_reportlab(tmp_path / "log.pdf", ROWS, _bands(ROWS, [2, 4]))) == BY_UPDATE


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_rag_cells_of_a_status_column_in_a_banded_tracker_keep_their_reading(tmp_path: Path, form: str) -> None:
    # the near miss: the bands fill every cell but the RAG column's, whose own green and red are the statuses
    rows = [[*row, "RAG" if at == 0 else ""] for at, row in enumerate(ROWS)]
    rag = {(1, 4): "00B050", (2, 4): "FF0000", (3, 4): "00B050", (4, 4): "FF0000", (5, 4): "00B050"}
    document = _word(rows, {**_bands(rows, [1, 3, 5], range(4)), **rag})
    found = _statuses(published(document, tmp_path / "log.docx", form))
    assert {number: status for number, (status, _source) in found.items()} == {
        "AB 27/01": "complete", "AB 27/02": "outstanding", "AB 27/03": "complete", "AB 27/04": "outstanding",
        "AB 27/05": "complete"}
    assert {source for _status, source in found.values()} == {"cell_shading"}


def test_green_rows_that_do_not_alternate_keep_their_reading(tmp_path: Path) -> None:
    # two green rows side by side, then none: a rating of those rows, not a style's bands
    fills = {(row, col): "00B050" for row in (1, 2) for col in range(4)}
    found = _statuses(_reportlab(tmp_path / "log.pdf", ROWS, fills))
    assert found["AB 27/01"] == found["AB 27/02"] == ("complete", "cell_shading")
    assert found["AB 27/03"] == ("outstanding", "inferred_from_update")


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_bands_the_packs_key_names_are_read_through_it(tmp_path: Path, form: str) -> None:
    document = _word(ROWS, _bands(ROWS, [1, 3, 5]), lead="Rows shaded green are complete.")
    found = _statuses(published(document, tmp_path / "log.docx", form))
    assert found["AB 27/01"] == found["AB 27/03"] == ("complete", "cell_shading")


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_bands_counted_over_topic_banners_are_no_status(tmp_path: Path, form: str) -> None:
    # a table style bands every other row of the table, the topic banners among them, so the action rows
    # banded are every other one by the row's place in the table, not among the actions alone
    rows = [ROWS[0], ["Neighbourhood policing", "", "", ""], *ROWS[1:4], ["Custody", "", "", ""], *ROWS[4:]]
    document = _word(rows, _bands(rows, [1, 3, 5, 7]))
    for row in (1, 5):
        document.tables[0].cell(row, 0).merge(document.tables[0].cell(row, 3)).text = rows[row][0]
    assert _statuses(published(document, tmp_path / "log.docx", form)) == BY_UPDATE
