"""An office named without its area: a force's paper to its commissioner's
meeting names the office alone ("Police and Crime Commissioner's Performance
and Accountability Meeting"), so the office is the commissioner of the
document's force area; a mayoral office's pack chaired by the Deputy Mayor
"for Policing and Crime" names its force by the Mayor's area, or only in its
running header. On real Word and PDF files."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, docx, grid, pdf, records
from reportlab.platypus import Paragraph


def test_a_commissioner_named_without_an_area_takes_the_force_area(tmp_path: Path) -> None:
    paper = pdf(tmp_path / "paper.pdf", [
        grid([["Meeting:", "Police and Crime Commissioner\u2019s Performance and Accountability Meeting"],
              ["Date of meeting:", "10 March 2026"],
              ["Title of report:", "HMICFRS PEEL 2023\u201325 inspection: grades and progress"],
              ["Report by:", "Assistant Chief Constable"]], [120, 330]),
        Paragraph("Purpose", H1),
        Paragraph("1.1 To inform the Police and Crime Commissioner of the outcome of the PEEL inspection "
                  "of Kent Police and of the force\u2019s progress.", BODY),
        Paragraph("1.2 Kent Police was graded good at investigating crime.", BODY)])
    found = records(paper)
    assert found["documents"][0]["organisation"] == "Police and Crime Commissioner for Kent"
    assert found["documents"][0]["force"] == "Kent Police"


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
