"""Grade mechanisms of inspection rounds 23 and 24 and scrutiny round 24,
each on a small real Word file and, where the trait is in such a PDF, the
PDF LibreOffice makes of it: a paragraph opening with a bold run-in heading
"Area: grade." (or "Area – grade") grades that area, its reasons after it;
a register whose merged Inspection and Published cells span their rows
gives each row its inspection's framework and date, its area read in that
framework's vocabulary; a response dates an earlier inspection's column by
the month it gives that inspection's report; a pack's paper on another
subject recalling the inspection's judgment in a sentence gives no
grade."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt
from files import AS_PUBLISHED, published, records


def _grades(path: Path) -> list[tuple]:
    return sorted((g["area"], g["area_raw"], g["grade"], g["framework"], g["as_of"])
                  for g in records(path)["grades"])


def _run_in(document: Document, number: str, heading: str, reasons: str) -> None:
    """A numbered paragraph opening with a bold run-in heading."""
    paragraph = document.add_paragraph(f"{number} ")
    paragraph.add_run(heading + " ").bold = True
    paragraph.add_run(reasons)


def _panel_report() -> Document:
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    document.add_paragraph().add_run("Humberside Police and Crime Panel").bold = True
    document.add_paragraph("Date of meeting: 8 October 2026")
    document.add_heading("Subject: HMICFRS PEEL inspection of Humberside Police 2023–25", level=1)
    document.add_heading("Purpose of the report", level=2)
    document.add_paragraph("1.1 To inform the panel of the PEEL inspection of Humberside Police, published by "
                           "HMICFRS on 2 July 2026, and of the Commissioner's oversight of the force's response.")
    document.add_heading("The inspectorate's findings", level=2)
    _run_in(document, "4.1", "Preventing crime: outstanding.",
            "Neighbourhood teams solve problems with partners. In 2022 the force was graded good in this area.")
    _run_in(document, "4.2", "Investigating crime – requires improvement.",
            "Too many investigations are not supervised, and victims are not kept updated.")
    _run_in(document, "4.3", "Managing offenders: adequate.",
            "The force manages registered sex offenders well.")
    document.add_paragraph("4.4 The service to victims of crime is not graded. The inspectorate found that the "
                           "force records crime accurately.")
    document.add_heading("Oversight by the Commissioner", level=2)
    _run_in(document, "5.1", "Improvement board:", "the Chief Constable chairs a board that meets monthly.")
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_bold_run_in_heading_grades_its_area_and_the_reasons_after_it_add_none(tmp_path: Path, form: str) -> None:
    path = published(_panel_report(), tmp_path / "panel.docx", form)
    assert _grades(path) == [
        ("Investigating crime", "Investigating crime", "Requires improvement", "PEEL 2023-25", "2026-07"),
        ("Managing offenders", "Managing offenders", "Adequate", "PEEL 2023-25", "2026-07"),
        ("Preventing crime", "Preventing crime", "Outstanding", "PEEL 2023-25", "2026-07"),
    ]

