"""A summons letter's agenda names no presenter but the pages of each item's
paper ("Item | Agenda Item | Page No."): its rows are the meeting's agenda
items, numbered and titled, with no presenter (a page range is neither title
nor presenter). A reportlab PDF through the whole pipeline."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, grid, pdf, records
from reportlab.platypus import Paragraph


def test_agenda_with_a_page_column_gives_its_items_without_presenters(tmp_path: Path) -> None:
    path = pdf(tmp_path / "summons.pdf", [
        Paragraph("POLICE AND CRIME COMMISSIONER FOR ESSEX", BODY),
        Paragraph("Dear Chief Constable", BODY),
        Paragraph("Performance Meeting", H1),
        Paragraph("You are requested to attend a Performance Meeting on Tuesday 6 June 2028 at 2.00pm "
                  "at Police Headquarters to transact the business below.", BODY),
        Paragraph("Yours sincerely", BODY),
        grid([["Item", "Agenda Item", "Page No."],
              ["1.", "Apologies for absence", "\u2013"],
              ["2.", "Minutes of the Performance Meeting held on 4 April 2028", "3 - 6"],
              ["3.", "Rural crime", "7 - 18"],
              ["4.", "Any other business", "\u2013"]], [40, 300, 70]),
    ])

    items = [(a["number"], a["title"], a["presenter"]) for a in records(path)["agenda_items"]]

    assert items == [("1", "Apologies for absence", None),
                     ("2", "Minutes of the Performance Meeting held on 4 April 2028", None),
                     ("3", "Rural crime", None),
                     ("4", "Any other business", None)]


def test_an_index_of_papers_with_pages_is_no_agenda(tmp_path: Path) -> None:
    path = pdf(tmp_path / "pack.pdf", [
        Paragraph("Accountability Board", H1),
        Paragraph("Reports pack for the meeting on Tuesday 19 October 2027 at 10.00am", BODY),
        Paragraph("Index of papers", BODY),
        grid([["Paper", "Title", "Page"],
              ["1", "Minutes of the meeting held on 24 August 2027", "3"],
              ["2", "Rural crime: quarterly report", "5"]], [40, 300, 70]),
        Paragraph("Agenda", H1),
        grid([["Item", "Title", "Presenter"],
              ["1", "Apologies", "Chair"],
              ["2", "Minutes of the meeting held on 24 August 2027", "Chief Executive"],
              ["3", "Rural crime", "Chief Superintendent"]], [40, 280, 120]),
    ])

    items = [(a["number"], a["title"], a["presenter"]) for a in records(path)["agenda_items"]]

    assert items == [("1", "Apologies", "Chair"),
                     ("2", "Minutes of the meeting held on 24 August 2027", "Chief Executive"),
                     ("3", "Rural crime", "Chief Superintendent")]
