"""Scrutiny round 26: a mayoral office's pack chaired by the Deputy Mayor
"for Policing and Crime" names its force by the Mayor's area, or only in
its running header, on real Word files."""

from __future__ import annotations

from pathlib import Path

from files import docx, records


def test_deputy_mayors_portfolio_is_no_area_the_mayors_is(tmp_path: Path) -> None:
    """"Deputy Mayor for Policing and Crime" names a portfolio; the Mayor
    the Deputy acts for names the area, and so the force."""
    path = docx(tmp_path / "pack.docx", [
        ("h1", "Community Safety Meeting"),
        ("p", "Wednesday 3 March 2027, 10:00, Civic Centre"),
        ("p", "Chair: Deputy Mayor for Policing and Crime, on behalf of the Mayor of Greater Manchester"),
        ("h1", "Agenda"),
        ("p", "1. Apologies"),
        ("p", "2. Hate crime (Chief Superintendent)"),
    ])
    document = records(path)["documents"][0]
    assert document["force"] == "Greater Manchester Police"
    assert document["organisation"] == "Deputy Mayor for Policing and Crime"


def test_force_from_the_combined_authoritys_running_header(tmp_path: Path) -> None:
    """A pack whose body names neither force nor area: the office's running
    header ("X Combined Authority – Policing and Crime") gives the area."""
    path = docx(tmp_path / "pack.docx", [
        ("h1", "Community Safety Meeting"),
        ("p", "Wednesday 3 March 2027, 10:00, Civic Centre"),
        ("p", "Chair: Deputy Mayor for Policing and Crime"),
        ("h1", "Agenda"),
        ("p", "1. Apologies"),
        ("p", "2. Hate crime (Chief Superintendent)"),
    ], header=("Greater Manchester Combined Authority \u2013 Policing and Crime",))
    assert records(path)["documents"][0]["force"] == "Greater Manchester Police"
