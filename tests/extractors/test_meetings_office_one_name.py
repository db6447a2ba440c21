"""An office has one name however the pack prints it, so that a user
selecting an office's records finds them all: the title, then "for" and the
area ("Kent Police and Crime Commissioner" is the Police and Crime
Commissioner for Kent), "and" for a printed "&" (which named no office
before); an area-first title after a dash is named the same way. Real
reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import BODY, H1, pdf, records
from reportlab.platypus import Paragraph


@pytest.mark.parametrize(("printed", "office"), [
    ("Norfolk Police and Crime Commissioner", "Police and Crime Commissioner for Norfolk"),
    ("Norfolk Police &amp; Crime Commissioner", "Police and Crime Commissioner for Norfolk"),
    ("Police &amp; Crime Commissioner for Norfolk", "Police and Crime Commissioner for Norfolk"),
    # area first, the title after a dash: with the fire and rescue service the statutory title, else a PFCC
    ("Norfolk Commissioner – Police, Fire &amp; Rescue, and Crime",
     "Norfolk Commissioner for Police, Fire and Rescue and Crime"),
    ("Norfolk Commissioner – Police, Fire and Crime", "Police, Fire and Crime Commissioner for Norfolk"),
])
def test_the_office_is_named_by_its_title_then_its_area_and_for_an_ampersand(
        tmp_path: Path, printed: str, office: str) -> None:
    path = pdf(tmp_path / "board.pdf", [
        Paragraph(f"<b>{printed}</b>", BODY),
        Paragraph("Performance and Delivery Board", H1),
        Paragraph("Tuesday 8 February 2028, 10.00am, Police Headquarters", BODY),
        Paragraph("Minutes of the Performance and Delivery Board held on 7 December 2027", H1),
        Paragraph("Present: Commissioner (Chair); Chief Constable.", BODY),
    ])

    found = records(path)

    assert found["documents"][0]["organisation"] == office
    assert sorted((str(m["meeting_date"]), m["organisation"]) for m in found["meetings"]) == [
        ("2027-12-07", office), ("2028-02-08", office)]
