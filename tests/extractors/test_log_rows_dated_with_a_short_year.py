"""A tracker dates its rows as people type them in a log: day, month's short
name and a two-digit year ("8 Apr 31", "11-Feb-31"). Each row's action takes
the meeting that raised it by that date. A real reportlab PDF through the
whole pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import BODY, H1, grid, pdf, records
from reportlab.platypus import Paragraph


@pytest.mark.parametrize("earlier, later", [("11 Feb 31", "8 Apr 31"), ("11-Feb-31", "08-Apr-31")])
def test_a_row_dated_with_a_short_year_takes_that_meeting(tmp_path: Path, earlier: str, later: str) -> None:
    path = pdf(tmp_path / "log.pdf", [
        Paragraph("Strategic Assurance Meeting", H1),
        Paragraph("10 June 2031 \u2013 9.30am \u2013 Headquarters", BODY),
        Paragraph("Action log", H1),
        grid([["Ref", "Date", "Action", "Update"],
              ["SAM 31/02", earlier, "Circulate the revised stalking policy.", "Policy circulated on 3 March 2031."],
              ["SAM 31/09", later, "Report the results of the case file audit.", "Audit under way."]],
             [60, 60, 190, 160]),
    ])

    found = records(path)

    assert {a["number"]: a["meeting_date"] for a in found["actions"]} == {
        "SAM 31/02": "2031-02-11", "SAM 31/09": "2031-04-08"}
