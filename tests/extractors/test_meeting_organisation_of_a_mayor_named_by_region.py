"""A mayor who holds a police area's commissioner's functions named by the
region of the mayoralty ("Mayor of the North East"), on small real Word files:
the office holding the pack's meetings, and the force of its area."""

from __future__ import annotations

from pathlib import Path

from files import docx, records


def _pack(path: Path, chair: str) -> dict[str, list[dict]]:
    return records(docx(path, [("h3", "Combined Authority – Policing and Crime"), ("h1", "Business Meeting"),
                               ("p", f"Chair: {chair}"), ("p", "Wednesday 3 March 2027, 14:00"),
                               ("h2", "Minutes of the Business Meeting held on 3 February 2027"),
                               ("p", "The Mayor welcomed members and thanked the Chief Constable for the report."),
                               ("p", "The Force reported that response times had improved since the autumn.")]))


def test_a_mayor_named_by_the_region_of_the_mayoralty_holds_the_meetings_of_its_force(tmp_path: Path) -> None:
    found = _pack(tmp_path / "pack.docx", "Mayor of the North East")
    assert (found["documents"][0]["organisation"], found["documents"][0]["force"]) == (
        "Mayor of the North East", "Northumbria Police")
    assert {m["organisation"] for m in found["meetings"]} == {"Mayor of the North East"}


def test_a_mayor_of_a_body_that_is_no_police_area_is_no_organisation(tmp_path: Path) -> None:
    found = _pack(tmp_path / "pack.docx", "Mayor of the Combined Authority")
    assert (found["documents"][0]["organisation"], found["documents"][0]["force"]) == (None, None)


def test_a_lord_mayor_is_a_civic_office_and_no_organisation(tmp_path: Path) -> None:
    found = _pack(tmp_path / "pack.docx", "Lord Mayor of the City of London")
    assert found["documents"][0]["organisation"] is None
    assert [m["organisation"] for m in found["meetings"]] == [None, None]
