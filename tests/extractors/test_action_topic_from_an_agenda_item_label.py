"""A request minuted in prose under an item labelled "Agenda item 3: ..." takes
that item's title as its topic, as under "Item 3: ...": actions read an item's
heading by the meetings' own rule (meetings.item_number, meetings.ITEM_LINE)."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import docx, records


@pytest.mark.parametrize("label", ["Agenda item", "Item"])
def test_requests_take_the_title_of_the_labelled_item_they_are_minuted_under(tmp_path: Path, label: str) -> None:
    path = docx(tmp_path / "notes.docx", [
        ("h2", "Notes of the Policing Board held on 9 March 2028"),
        ("h3", f"{label} 3: Road safety"), ("p", "The Chief Constable presented the casualty figures."),
        ("p", "The Commissioner asked that the force publish the speed camera sites each quarter."),
        ("h3", f"{label} 4: Rural crime"), ("p", "The Superintendent presented the report on farm thefts."),
        ("p", "The Commissioner asked that the force report the thefts of machinery by area.")])
    assert [a["topic"] for a in records(path)["actions"]] == ["Road safety", "Rural crime"]
