"""A tracker whose column headed "Action" holds only the actions' references
("PDB 39/44") beside a "Description" column of their text: the references
are the actions' numbers and the description their text. Decided by the
cells: where the "Action" column holds the actions' sentences, a
"Description" column beside it (a topic's few words, or its own sentences)
changes nothing; on a Word file and the PDF LibreOffice makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import AS_PUBLISHED, published, records, word_log

HEADER = ["Action", "Raised", "Description", "Update", "Status"]
ROWS = [["RB 27/04", "14/01/2027", "Publish the burglary problem profile to the Board.",
         "Published on 2 February.", "Complete"],
        ["RB 27/07", "18/02/2027", "Set out the plan to cut the backlog of licence renewals.",
         "A plan is being drafted.", "Open"]]


def _actions(path: Path, form: str, rows: list[list[str]]) -> list[tuple[str | None, str, str]]:
    document = word_log("Resources Board", "4 March 2027", "Action log", "The Board's open and closed actions.", rows)
    found = records(published(document, path, form))["actions"]
    return sorted((a["number"], a["text"], a["status"]) for a in found)


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_the_references_are_numbers_and_the_description_the_action(tmp_path: Path, form: str) -> None:
    assert _actions(tmp_path / "log.docx", form, [HEADER, *ROWS]) == [
        ("RB 27/04", "Publish the burglary problem profile to the Board.", "complete"),
        ("RB 27/07", "Set out the plan to cut the backlog of licence renewals.", "outstanding")]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_an_action_column_of_sentences_keeps_its_reading(tmp_path: Path, form: str) -> None:
    # the near miss: "Action" holds the sentences, "Description" the topic's words or a sentence of its own
    rows = [["Action", "Raised", "Description", "Update", "Status"],
            ["Publish the burglary problem profile to the Board.", "14/01/2027", "Burglary",
             "Published on 2 February.", "Complete"],
            ["Set out the plan to cut the backlog of licence renewals.", "18/02/2027",
             "Licensing backlog has grown since May.", "A plan is being drafted.", "Open"]]
    assert [text for _n, text, _s in _actions(tmp_path / "log.docx", form, rows)] == [
        "Publish the burglary problem profile to the Board.",
        "Set out the plan to cut the backlog of licence renewals."]
