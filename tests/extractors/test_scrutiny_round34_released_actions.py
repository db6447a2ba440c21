"""Released rounds 34 and 34b: how an action log dates its rows. A bilingual
log names each row's month in Welsh and in English ("16 Mawrth / March
2027"); a log may head its date column with the meeting's own name
("Challenge") rather than a date word. Real reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, grid, pdf, records
from reportlab.platypus import Paragraph


def test_a_bilingual_log_dates_each_row_by_its_english_month(tmp_path: Path) -> None:
    path = pdf(tmp_path / "log.pdf", [
        Paragraph("Bwrdd Atebolrwydd / Accountability Board", H1),
        Paragraph("Dydd Mawrth 22 Mehefin 2027 / Tuesday 22 June 2027, 10:00", BODY),
        Paragraph("Log gweithredu / Action log", H1),
        grid([["Cyf. / Ref", "Dyddiad / Date", "Cam gweithredu / Action", "Diweddariad / Update", "Statws / Status"],
              ["AB 27/02", "16 Mawrth / March 2027", "Provide the number of reports made through the portal.",
               "Figures circulated on 2 April 2027.", "Cwblhawyd / Complete"],
              ["AB 27/05", "20 Ebr / Apr 2027", "Arrange a visit to the control room.",
               "Visit being arranged.", "Ar agor / Open"]], [55, 85, 150, 120, 70]),
    ])

    found = records(path)

    assert {a["number"]: a["meeting_date"] for a in found["actions"]} == {
        "AB 27/02": "2027-03-16", "AB 27/05": "2027-04-20"}
