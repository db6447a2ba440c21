"""An item heading that opens with a series' name and its years ("PEEL 2023/25
inspection findings") is titled by all of it: the years are no minute's
reference to strip, as a board's lettered reference is ("SAB 28/13 Road
safety"). Action lines under the item take the whole title. Real Word files."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import records


@pytest.mark.parametrize(("headings", "topic"), [
    (("Apologies", "PEEL 2023/25 inspection findings", "Any other business"), "PEEL 2023/25 inspection findings"),
    (("Apologies", "VAWG 2024/25 delivery plan", "Any other business"), "VAWG 2024/25 delivery plan"),
    (("SAB 28/12 Apologies", "SAB 28/13 Road safety", "SAB 28/14 Any other business"), "Road safety"),
    (("SAB28/12 Apologies", "SAB28/13 Road safety", "SAB28/14 Any other business"), "Road safety"),
], ids=["series-years", "programme-years", "board-reference", "board-reference-unspaced"])
def test_action_lines_take_the_whole_title_of_a_series_item(tmp_path: Path, headings: tuple[str, str, str],
                                                            topic: str) -> None:
    apologies, item, other_business = headings
    document = Document()
    document.add_heading("Strategic Assurance Board", level=1)
    document.add_heading("Minutes of the Strategic Assurance Board held on 7 March 2028", level=1)
    document.add_heading(apologies, level=2)
    document.add_paragraph("Apologies were received from the Chief Finance Officer.")
    document.add_heading(item, level=2)
    document.add_paragraph("The Deputy Chief Constable presented the paper.")
    document.add_paragraph("ACTION SAB/28/05: Deputy Chief Constable to report progress at the June meeting.")
    document.add_heading(other_business, level=2)
    document.add_paragraph("None.")
    path = tmp_path / "minutes.docx"
    document.save(str(path))

    found = {a["number"]: a["topic"] for a in records(path)["actions"]}

    assert found == {"SAB/28/05": topic}
