"""How a pack names its office. One that names it only by initials and
area ("OPCC Warwickshire" in its footer): the office is named in full, the
Police and Crime Commissioner for that area, for the pack and for every
meeting it holds. An area-first title run on after a dash ("<Area>
Commissioner – Police, Fire and Rescue, and Crime") is the office by its
one name, its title after "for". A real Word file and a reportlab PDF."""

from pathlib import Path

from docx import Document
from files import BODY, H1, pdf, records
from reportlab.platypus import Paragraph


def test_an_office_named_only_by_its_initials_and_area_is_named_in_full(tmp_path: Path) -> None:
    document = Document()
    document.sections[0].footer.paragraphs[0].text = "OPCC Lincolnshire – Performance Accountability Meeting"
    document.add_heading("Performance Accountability Meeting", level=0)
    document.add_paragraph("Tuesday 22 February 2028, 2.00pm, Police Headquarters")
    document.add_paragraph("Topic: Road safety")
    document.add_heading("Agenda", level=1)
    document.add_paragraph("1.\tApologies")
    document.add_paragraph("2.\tRoad safety")
    document.add_heading("Notes of the Performance Accountability Meeting held on 14 December 2027", level=1)
    document.add_paragraph("Present: PCC (Chair); Chief Constable.")
    path = tmp_path / "pam.docx"
    document.save(str(path))

    found = records(path)

    office = "Police and Crime Commissioner for Lincolnshire"
    assert found["documents"][0]["organisation"] == office
    assert sorted((str(m["meeting_date"]), m["organisation"]) for m in found["meetings"]) == [
        ("2027-12-14", office), ("2028-02-22", office)]


def test_an_area_first_title_after_a_dash_is_the_office_by_its_one_name(tmp_path: Path) -> None:
    office = "Northamptonshire Commissioner for Police, Fire and Rescue and Crime"
    path = pdf(tmp_path / "board.pdf", [
        Paragraph("<b>Northamptonshire Commissioner - Police, Fire and Rescue, and Crime</b>", BODY),
        Paragraph("Strategic Governance Board", H1),
        Paragraph("Tuesday 20 July 2027, 10.00am, Commissioner's Office", BODY),
        Paragraph("Minutes of the Strategic Governance Board held on 18 May 2027", H1),
        Paragraph("Present: Commissioner (Chair); Chief Constable.", BODY),
    ])

    found = records(path)

    assert found["documents"][0]["organisation"] == office
    assert {m["organisation"] for m in found["meetings"]} == {office}
