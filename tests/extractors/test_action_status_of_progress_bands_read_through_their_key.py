"""A tracker whose status is a band of progress ("100%", "50–99%", "0–49%")
in a column headed as progress: a band short of 100% is outstanding, whatever
the update says; one reaching 100% ("75–100%") is complete where the pack's
key of bands says so (in one line, or one band a line), and outstanding
without a key (it may not be done), as only "100%" is complete then; a column
of ranges that are no progress ("Expected reduction") is no status column;
on a Word file and a reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, H1, grid, pdf, records, word_table
from reportlab.platypus import Paragraph

HEADER = ["Ref", "Raised", "Action", "Update", "Progress"]
ROWS = [["PM 27/11", "17 Feb 2027", "Publish neighbourhood officer contact details for every ward.",
         "Published on 1 March.", "75\u2013100%"],
        # the update reads as done, but the band says work is left
        ["PM 27/12", "17 Feb 2027", "Review the use of volunteers at front counters.",
         "The review has been completed.", "25\u201374%"],
        ["PM 27/21", "14 Apr 2027", "Report the outcomes of open spiking investigations.", "", "0\u201324%"],
        ["PM 27/22", "14 Apr 2027", "Produce a plan to reduce the time to charge in rape cases.",
         "Plan agreed by the Board.", "100%"]]
KEY = ("Progress bands: 75\u2013100% \u2013 complete; 25\u201374% \u2013 well advanced; "
       "0\u201324% \u2013 not yet started.")


def _tracker(path: Path, key: str | list[str] | None, header: list[str] = HEADER) -> Path:
    """The tracker under its key: a line, or lines (one band a line)."""
    lines = ["Performance Meeting – 9 June 2027", "Action Tracker 2027/28"]
    keys = [] if key is None else [key] if isinstance(key, str) else key
    if path.suffix == ".docx":
        document = Document()
        for line in lines:
            document.add_heading(line, level=1)
        for line in keys:
            document.add_paragraph(line)
        word_table(document, [header, *ROWS])
        document.save(str(path))
        return path
    flow = [Paragraph(line, H1) for line in lines] + [Paragraph(line, BODY) for line in keys]
    return pdf(path, [*flow, grid([header, *ROWS], [55, 60, 170, 150, 60])])


def _statuses(path: Path) -> list[tuple[str, str, str]]:
    return sorted((a["number"], a["status"], a["status_source"]) for a in records(path)["actions"])


KEY_LINES = ["Progress bands:", "75 to 100% \u2013 complete", "25 to 74% \u2013 well advanced",
             "0 to 24% \u2013 not yet started"]
KEY_COMMAS = "75\u2013100% \u2013 complete, 25\u201374% \u2013 well advanced, 0\u201324% \u2013 not yet started"


@pytest.mark.parametrize("key", [KEY, KEY_LINES, KEY_COMMAS], ids=["line", "lines", "commas"])
@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_band_reaching_100_is_complete_where_the_key_says_so(tmp_path: Path, suffix: str, key) -> None:
    assert _statuses(_tracker(tmp_path / f"tracker{suffix}", key)) == [
        ("PM 27/11", "complete", "status_column"),
        ("PM 27/12", "outstanding", "status_column"),
        ("PM 27/21", "outstanding", "status_column"),
        ("PM 27/22", "complete", "status_column"),
    ]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_without_a_key_only_100_is_complete(tmp_path: Path, suffix: str) -> None:
    assert _statuses(_tracker(tmp_path / f"tracker{suffix}", None)) == [
        ("PM 27/11", "outstanding", "status_column"),
        ("PM 27/12", "outstanding", "status_column"),
        ("PM 27/21", "outstanding", "status_column"),
        ("PM 27/22", "complete", "status_column"),
    ]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_column_of_ranges_that_are_no_progress_is_no_status_column(tmp_path: Path, suffix: str) -> None:
    # the updates decide, as in a log with no status column
    assert _statuses(_tracker(tmp_path / f"tracker{suffix}", None, [*HEADER[:4], "Expected reduction"])) == [
        ("PM 27/11", "complete", "inferred_from_update"),
        ("PM 27/12", "complete", "inferred_from_update"),
        ("PM 27/21", "unknown", "none"),
        ("PM 27/22", "complete", "inferred_from_update"),
    ]
