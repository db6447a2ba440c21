"""A front sheet's date line that states the meeting's topic after its time
and venue ("26 August 2039, 9.30am – Hill House. Topic: Contact management")
gives the meeting that topic; a date line running on into words of no topic
label ("Subject to a quorum."), a label saying the topic is not set yet
("Topic: to be confirmed"), and a topic stated on the next meeting's line,
give the pack's meeting none. On a Word file and the PDF LibreOffice makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, published, records, word_table


def _pack_topic(path: Path, form: str, date_line: str, after: str = "") -> str | None:
    document = Document()
    document.add_paragraph("Office of the Police and Crime Commissioner")
    document.add_heading("Scrutiny and Performance Meeting", level=1)
    document.add_paragraph(date_line)
    document.add_heading("Agenda", level=2)
    word_table(document, [["Item", "Subject", "Lead"],
                          ["1", "Apologies", "PCC"],
                          ["2", "Call handling", "Head of Contact"],
                          ["3", "Victim services", "Head of Commissioning"]])
    if after:
        document.add_paragraph(after)
    found = records(published(document, path, form))
    return next(m["topic"] for m in found["meetings"] if m["meeting_date"] == "2039-08-26")


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("line", ["26 August 2039, 9.30am – Hill House, Northam. Topic: Contact management",
                                  "26 August 2039, 9.30am; Theme: Contact management"])
def test_the_topic_after_the_date_lines_venue_is_the_meetings(tmp_path: Path, form: str, line: str) -> None:
    assert _pack_topic(tmp_path / "pack.docx", form, line) == "Contact management"


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("line", ["26 August 2039, 9.30am – Hill House. Subject to a quorum.",
                                  "26 August 2039, 9.30am – Hill House. Topic: to be confirmed"])
def test_words_of_no_topic_after_the_venue_give_none(tmp_path: Path, form: str, line: str) -> None:
    # near misses: no topic label, or a label whose value says the topic is not set yet
    assert _pack_topic(tmp_path / "pack.docx", form, line) is None


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_the_next_meetings_topic_is_not_this_ones(tmp_path: Path, form: str) -> None:
    assert _pack_topic(tmp_path / "pack.docx", form, "26 August 2039, 9.30am – Hill House",
                       "Date of next meeting: 21 October 2039, 9.30am. Topic: Road safety") is None
