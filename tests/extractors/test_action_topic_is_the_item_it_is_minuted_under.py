"""An action minuted under an item of notes that state a theme, and printed
again by a log with no topic column, takes the title of the item it is minuted
under, not the notes' theme; a log row raised at an earlier meeting the pack
has no notes of has no topic. On a Word file and the PDF LibreOffice makes of
it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, lines_file, published, records, word_table

_MINUTED = (("County lines", "AB 26/40", "Report how many new county lines have been identified since the closures."),
            ("Drug-related harm", "AB 26/41", "Set out the costs of issuing naloxone to officers in every district."))


def _pack() -> Document:
    document = Document()
    document.add_heading("Accountability Board", 0)
    document.add_paragraph("Date: 16 December 2026")
    document.add_page_break()
    document.add_heading("Notes of the Accountability Board – 12 October 2026", level=1)
    document.add_paragraph("Theme: Tackling drug supply")
    document.add_heading("1. Introductions and apologies", level=2)
    document.add_paragraph("All members were present.")
    for number, (item, ref, text) in enumerate(_MINUTED, start=2):
        document.add_heading(f"{number}. {item}", level=2)
        document.add_paragraph(f"The Force reported on {item.lower()}; members asked about trends.")
        document.add_paragraph(f"Action {ref}: {text}")
    document.add_page_break()
    document.add_heading("Action log", level=1)
    rows = [("Ref", "Date raised", "Action", "Owner", "Update", "Status"),
            ("AB 26/31", "10 August 2026", "Publish the stop and search figures by district.", "Head of Performance",
             "Published in September", "Complete"),
            *((ref, "12 October 2026", text, "Detective Superintendent", "Due at the next meeting", "Open")
              for _, ref, text in _MINUTED)]
    word_table(document, rows)
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_logged_action_takes_the_item_it_is_minuted_under_not_the_notes_theme(tmp_path: Path, form: str) -> None:
    found = records(published(_pack(), tmp_path / "pack.docx", form))["actions"]
    assert sorted((a["number"], a["topic"], a["status"]) for a in found) == [
        ("AB 26/31", None, "complete"),  # raised at a meeting whose notes the pack does not hold
        ("AB 26/40", "County lines", "outstanding"),
        ("AB 26/41", "Drug-related harm", "outstanding")]


def _minutes_numbered_by_paragraph() -> Document:
    """Minutes whose paragraphs carry their item's number ("5.3"), the level line set as a heading."""
    document = Document()
    document.add_heading("Strategic Assurance Board – Minutes of the meeting held on 25 June 2026", level=1)
    document.add_heading("4. Apologies and minutes", level=2)
    document.add_paragraph("4.1 Apologies were received from the ACC.")
    document.add_heading("5. Retail crime", level=2)
    document.add_paragraph("5.1 Question 1: How are repeat offenders who steal to fund drug use diverted into treatment?")
    document.add_paragraph("5.2 Eighteen offenders were referred to the drug intervention scheme.")
    document.add_heading("5.3 Level of assurance: Limited", level=3)
    document.add_paragraph("5.4 Action SAB 26/12: Review the drug intervention scheme with the treatment provider.")
    document.add_heading("6. Any other business", level=2)
    document.add_paragraph("6.1 There was none.")
    document.add_heading("Action log", level=1)
    rows = [("Ref", "Date raised", "Action", "Update", "Status"),
            ("SAB 26/12", "25 June 2026", "Review the drug intervention scheme with the treatment provider.",
             "Review under way", "Open")]
    word_table(document, rows)
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_paragraph_numbered_level_heading_is_no_item_an_action_stands_under(tmp_path: Path, form: str) -> None:
    found = records(published(_minutes_numbered_by_paragraph(), tmp_path / "minutes.docx", form))["actions"]
    assert [(a["number"], a["topic"]) for a in found] == [("SAB 26/12", "Retail crime")]


# Items headed only by the minute's reference, the title opening the line under it before the paper's labels.
_REFERENCED = [("h1", "Resources Board \u2013 Notes of Meeting \u2013 14th March 2027"),
               ("h2", "Ref 02/14/03/2027"),
               ("p", "Minutes and Action Log for the meeting held on 7th February 2027."),
               ("p", "The minutes were agreed."),
               ("h2", "Ref 03/14/03/2027"),
               ("p", "Vehicle fleet replacement \u2013 Paper \u2013 For Decision."),
               ("p", "The paper was presented and supported."),
               ("p", "Action: Force to provide the replacement schedule to the OPCC by May."),
               ("h2", "Ref 04/14/03/2027"),
               ("p", "Custody healthcare contract \u2013 For Information"),
               ("p", "Action: Head of Custody to share the contract's performance figures.")]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_item_headed_only_by_its_reference_is_titled_by_the_line_under_it(tmp_path: Path, suffix: str) -> None:
    found = records(lines_file(tmp_path / f"notes{suffix}", _REFERENCED))["actions"]
    assert sorted((a["text"], a["topic"]) for a in found) == [
        ("Force to provide the replacement schedule to the OPCC by May.", "Vehicle fleet replacement"),
        ("Head of Custody to share the contract's performance figures.", "Custody healthcare contract")]
