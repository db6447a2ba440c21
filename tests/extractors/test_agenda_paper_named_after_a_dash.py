"""An agenda title ending after a dash in the paper it is ("... – OPCC
report", "... – Force report and presentation") keeps those words: they
name the paper, not who presents it; a role after a dash still presents.
Real Word files."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt
from files import records, word_table


# the standing business an agenda opens with, its purpose column mostly empty
STANDING = [["1", "APOLOGIES FOR ABSENCE", ""], ["2", "DECLARATIONS OF INTEREST", ""],
            ["3", "NOTES OF THE MEETING HELD ON 13 APRIL 2027", "TO AGREE"]]


def _pack(path: Path, rows: list[list[str]]) -> Path:
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    document.add_heading("Strategic Priorities Assurance Board", level=0)
    word_table(document, [["DATE OF MEETING", "15 June 2027"], ["LOCATION", "Conference Room 3"]])
    document.add_heading("Agenda", level=1)
    word_table(document, [["ITEM", "SUBJECT", "PURPOSE"], *rows])
    document.save(str(path))
    return path


def test_a_paper_named_after_a_dash_is_part_of_the_items_title(tmp_path: Path) -> None:
    path = _pack(tmp_path / "pack.docx", [
        *STANDING,
        ["4", "VIOLENCE AGAINST WOMEN AND GIRLS – OPCC REPORT", "ASSURANCE"],
        ["5", "VIOLENCE AGAINST WOMEN AND GIRLS – FORCE REPORT AND PRESENTATION", "ASSURANCE"],
        ["6", "ROAD SAFETY – CHIEF CONSTABLE'S UPDATE", ""],
    ])

    items = [(a["number"], a["title"], a["presenter"]) for a in records(path)["agenda_items"]][len(STANDING):]
    assert items == [
        ("4", "VIOLENCE AGAINST WOMEN AND GIRLS - OPCC REPORT", None),
        ("5", "VIOLENCE AGAINST WOMEN AND GIRLS - FORCE REPORT AND PRESENTATION", None),
        ("6", "ROAD SAFETY - CHIEF CONSTABLE'S UPDATE", None),
    ]


def test_a_role_after_a_dash_presents_the_item(tmp_path: Path) -> None:
    path = _pack(tmp_path / "pack.docx", [
        *STANDING,
        ["4", "ROAD SAFETY – CHIEF CONSTABLE", "ASSURANCE"],
        ["5", "ESTATES STRATEGY – CHIEF FINANCE OFFICER", ""],
    ])

    items = [(a["title"], a["presenter"]) for a in records(path)["agenda_items"]][len(STANDING):]
    assert items == [("ROAD SAFETY", "CHIEF CONSTABLE"), ("ESTATES STRATEGY", "CHIEF FINANCE OFFICER")]
