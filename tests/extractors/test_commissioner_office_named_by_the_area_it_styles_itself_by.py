"""A commissioner's office has one name whatever variant of its area a pack
prints, so that a user selecting the office's records finds them all: the
area the office styles itself by (forces.json office_area: "Leicester,
Leicestershire and Rutland", "Devon, Cornwall and the Isles of Scilly"), else
the police area with or without "the" ("Hampshire and the Isle of Wight",
"West Midlands"); Staffordshire's PFCC by the name it styles itself by. Two
offices of one area stay apart (a PFCC and the Mayor who took over its
functions; a PCC and a PFCC). Real Word files and reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import lines_file, records

LEICESTER = "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"
HAMPSHIRE = "Police and Crime Commissioner for Hampshire and the Isle of Wight"
DEVON = "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"
STAFFORDSHIRE = "Staffordshire Commissioner for Police, Fire and Rescue and Crime"


def board_pack(path: Path, letterhead: str, notes_office: str) -> Path:
    """A board's papers: the letterhead naming the office one way, the notes
    of the last meeting naming it another."""
    return lines_file(path, [
        ("p", letterhead),
        ("h1", "Corporate Governance Board"),
        ("p", "Tuesday 8 February 2028, 10.00am, Police Headquarters"),
        ("h1", "Minutes of the Corporate Governance Board held on 7 December 2027"),
        ("p", f"Present: {notes_office} (Chair); Chief Constable; Chief Executive."),
        ("p", "The Board noted the quarterly performance report."),
    ])


def offices(path: Path) -> list[str]:
    found = records(path)
    return [found["documents"][0]["organisation"], *sorted(m["organisation"] for m in found["meetings"])]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
@pytest.mark.parametrize(("letterhead", "notes_office", "office"), [
    ("Office of the Police and Crime Commissioner for Leicestershire",
     "Police and Crime Commissioner for Leicester, Leicestershire & Rutland", LEICESTER),
    ("Police and Crime Commissioner for Hampshire and the Isle of Wight",
     "Police and Crime Commissioner for Hampshire and Isle of Wight", HAMPSHIRE),
    ("Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
     "Police and Crime Commissioner for Devon and Cornwall", DEVON),
    ("Police and Crime Commissioner for the West Midlands", "West Midlands Police and Crime Commissioner",
     "Police and Crime Commissioner for West Midlands"),
    ("Office of the Police and Crime Commissioner for Wiltshire", "Police and Crime Commissioner",
     "Police and Crime Commissioner for Wiltshire and Swindon"),
    ("Police, Fire and Crime Commissioner for Staffordshire", "Staffordshire Commissioner", STAFFORDSHIRE),
])
def test_two_variants_of_the_area_give_the_office_one_name(
        tmp_path: Path, suffix: str, letterhead: str, notes_office: str, office: str) -> None:
    path = board_pack(tmp_path / f"board{suffix}", letterhead, notes_office)

    assert offices(path) == [office] * 3


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_office_named_without_its_area_takes_the_area_it_styles_itself_by(tmp_path: Path, suffix: str) -> None:
    path = lines_file(tmp_path / f"meeting{suffix}", [
        ("h1", "Police and Crime Commissioner's Performance and Accountability Meeting"),
        ("p", "Tuesday 8 February 2028, 10.00am, Leicestershire Police Headquarters"),
        ("p", "Leicestershire Police presented its quarterly performance report to the Commissioner."),
        ("p", "Leicestershire Police will report again in May."),
    ])

    assert records(path)["documents"][0]["organisation"] == LEICESTER


# Near misses: another office of the same area, or a place that is no variant of one area, keeps its name.
@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
@pytest.mark.parametrize(("printed", "office"), [
    # the mayor who took over the commissioner's functions is another office than the PFCC before it
    ("Mayor of York and North Yorkshire", "Mayor of York and North Yorkshire"),
    ("Police, Fire and Crime Commissioner for North Yorkshire", "Police, Fire and Crime Commissioner for North Yorkshire"),
    # a PCC without the fire functions is not the PFCC the office became
    ("Police and Crime Commissioner for Staffordshire", "Police and Crime Commissioner for Staffordshire"),
    ("Police and Crime Commissioner for South Yorkshire", "Police and Crime Commissioner for South Yorkshire"),
    # an area that is its own office's: unchanged
    ("Police and Crime Commissioner for Thames Valley", "Police and Crime Commissioner for Thames Valley"),
])
def test_another_office_of_the_area_keeps_its_own_name(
        tmp_path: Path, suffix: str, printed: str, office: str) -> None:
    path = board_pack(tmp_path / f"board{suffix}", printed, printed)

    assert offices(path) == [office] * 3
