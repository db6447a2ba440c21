"""A tracker whose status is a band of progress ("100%", "50–99%", "0–49%"):
a band short of 100% is outstanding, whatever the update says; one reaching
100% ("75–100%") is complete where the pack's key of bands says so, and
outstanding without a key (it may not be done), as only "100%" is complete
then; on a Word file and a reportlab PDF."""

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


def _tracker(path: Path, key: str | None) -> Path:
    lines = ["Performance Meeting – 9 June 2027", "Action Tracker 2027/28"]
    if path.suffix == ".docx":
        document = Document()
        for line in lines:
            document.add_heading(line, level=1)
        if key:
            document.add_paragraph(key)
        word_table(document, [HEADER, *ROWS])
        document.save(str(path))
        return path
    flow = [Paragraph(line, H1) for line in lines] + ([Paragraph(key, BODY)] if key else [])
    return pdf(path, [*flow, grid([HEADER, *ROWS], [55, 60, 170, 150, 60])])


def _statuses(path: Path) -> list[tuple[str, str, str]]:
    return sorted((a["number"], a["status"], a["status_source"]) for a in records(path)["actions"])


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_band_reaching_100_is_complete_where_the_key_says_so(tmp_path: Path, suffix: str) -> None:
    assert _statuses(_tracker(tmp_path / f"tracker{suffix}", KEY)) == [
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
