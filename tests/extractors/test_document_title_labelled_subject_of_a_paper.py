"""Title and date mechanisms, each on a real file made here: a paper to a
meeting takes as its title its subject, labelled ("Subject: ...", "Report
title: ...", "Title of report: ...", the label left out) under the
committee's name, or set larger than the panel's name and date above it and
naming the inspection; never the name of the meeting it goes to. A
response's "Date of response:" line dates it."""

from __future__ import annotations

from pathlib import Path

import files
import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

_TITLE = "HMICFRS PEEL 2023-25 inspection of Kent Police"


def _line(text: str, size: float, bold: bool = True) -> Paragraph:
    return Paragraph(text, ParagraphStyle(f"s{size}{bold}", fontName="Helvetica-Bold" if bold else "Helvetica",
                                          fontSize=size, leading=size * 1.25, spaceAfter=6))


def _body() -> list[Paragraph]:
    return [_line("1. Purpose", 11.5),
            _line("1.1 To inform members of the outcome of the inspection of the force and of its plan.", 10, False),
            _line("1.2 HMICFRS published its report on 29 January 2026. There were no causes of concern.", 10, False)]


def test_a_labelled_subject_under_the_committees_name_is_the_title(tmp_path: Path) -> None:
    flow = [_line("Strategy and Performance Committee", 20),
            _line("Date: 12 March 2026 Agenda item: 7", 10, False),
            _line(f"Subject: {_TITLE}", 14), *_body()]
    found = files.records(files.pdf(tmp_path / "paper.pdf", flow))["documents"][0]
    assert found["title"] == _TITLE


@pytest.mark.parametrize("label", ["Report title", "Title of report", "Title of the paper"])
def test_a_title_label_set_smaller_than_the_panels_name_is_the_title(tmp_path: Path, label: str) -> None:
    # the words after the label, never the label: a "Title of report:" line is no title of its own
    flow = [_line("Kent Police and Crime Panel", 14),
            _line(f"{label}: {_TITLE}", 10.5),
            _line("Date of meeting: 6 February 2026", 10, False), *_body()]
    found = files.records(files.pdf(tmp_path / "paper.pdf", flow))["documents"][0]
    assert found["title"] == _TITLE


def test_a_larger_subject_naming_the_inspection_under_the_panels_name_and_date_is_the_title(tmp_path: Path) -> None:
    subject = f"Report of the Police and Crime Commissioner: {_TITLE}"
    flow = [_line("Kent Police and Crime Panel", 11.5), _line("26 February 2026", 10, False),
            _line(subject, 20), *_body()]
    found = files.records(files.pdf(tmp_path / "paper.pdf", flow))["documents"][0]
    assert found["title"] == subject


def test_a_responses_date_of_response_line_is_its_publication_date(tmp_path: Path) -> None:
    path = files.docx(tmp_path / "response.docx", [
        ("h3", "Office of the Police and Crime Commissioner for Kent"),
        ("h1", "Response to the HMICFRS PEEL 2023-25 inspection of Kent Police"),
        ("p", "Section 55 of the Police Act 1996 requires me to publish a response to each report HMICFRS "
              "publishes about my force."),
        ("p", "Date of response: 13 January 2026"),
        ("h2", "Summary of the report"),
        ("p", "HMICFRS published its PEEL report on Kent Police on 20 November 2025."),
    ])
    found = files.records(path)["documents"][0]
    assert (found["doc_kind"], found["publication_date"]) == ("force_response", "2026-01-13")
