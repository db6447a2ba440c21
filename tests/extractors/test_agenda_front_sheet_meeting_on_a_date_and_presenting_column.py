"""A Word front sheet that dates its meeting on a line "Meeting on <date> at
<venue>" over an agenda whose presenters stand under "Presenting", before the
minutes of an earlier meeting: the agenda, the pack's own meeting and its date."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import records, word_table


def test_a_meeting_on_line_and_a_presenting_column_give_the_packs_meeting_and_agenda(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Police and Crime Commissioner for Cumbria", level=4)
    document.add_heading("Resources Board", level=1)
    document.add_paragraph("Meeting on 4 March 2027 at Police Headquarters")
    word_table(document, [["No.", "Item", "Presenting"],
                          ["1", "Apologies", "Chair"],
                          ["2", "Minutes of 4 February", "Head of Assurance"],
                          ["3", "Fleet replacement", "Head of Fleet"]])
    document.add_heading("Minutes of the Resources Board, 4 February 2027", level=2)
    document.add_paragraph("The Head of Estates presented the estates strategy and answered questions.")
    path = tmp_path / "pack.docx"
    document.save(str(path))
    found = records(path)
    assert [(a["meeting_date"], a["number"], a["title"], a["presenter"]) for a in found["agenda_items"]] == [
        ("2027-03-04", "1", "Apologies", "Chair"), ("2027-03-04", "2", "Minutes of 4 February", "Head of Assurance"),
        ("2027-03-04", "3", "Fleet replacement", "Head of Fleet")]
    assert sorted(m["meeting_date"] for m in found["meetings"]) == ["2027-02-04", "2027-03-04"]
    assert found["documents"][0]["meeting_date"] == "2027-03-04"
