"""A tracker's status column asking a question ("Proposed for closure?")
answered Yes / No, under a key sentence saying what the rows marked with an
answer are ("Actions marked Yes are proposed to the Forum for closure;
actions marked No remain open"): the key's reading wins over the question's
words, the answer it leaves unexplained the opposite (Yes complete, No
outstanding; the question's words alone read Yes as a proposal, still open,
and No as closed). On a Word file and the PDF LibreOffice makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, published, records, word_table

ROWS = [["Ref", "Date raised", "Action", "Update", "Proposed for closure?"],
        ["PAF 40/19", "8 October 2040", "Publish the outcome of the scrutiny panel's review.",
         "Published on 14 November 2040.", "Yes"],
        ["PAF 40/22", "10 December 2040", "Provide a breakdown of call abandonment by hour.",
         "Data requested; not yet received.", "No"]]


def _tracker() -> Document:
    document = Document()
    document.add_heading("Police Accountability Forum", level=1)
    document.add_paragraph("Tuesday 15 April 2041")
    document.add_heading("Action tracker", level=2)
    document.add_paragraph("Actions marked Yes are proposed to the Forum for closure; actions marked No remain open.")
    word_table(document, ROWS)
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_yes_no_answer_is_read_as_the_key_sentence_says(tmp_path: Path, form: str) -> None:
    found = sorted(records(published(_tracker(), tmp_path / "tracker.docx", form))["actions"],
                   key=lambda a: a["number"])

    assert [(a["number"], a["status"], a["status_source"]) for a in found] == [
        ("PAF 40/19", "complete", "status_column"),
        ("PAF 40/22", "outstanding", "status_column"),
    ]
