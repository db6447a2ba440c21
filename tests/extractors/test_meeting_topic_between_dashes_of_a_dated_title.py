"""Notes of an earlier meeting headed by the board, its topic and its date
between dashes ("Holding to Account Meeting – Police response times – 2
April 2027"): the words between the dashes are that meeting's topic, and the
actions listed under it were set at that meeting, on that topic, not the
pack's own. Words naming a part of the meeting ("– Agenda –", "– Public
Session –"), its mode or marking ("– Via Microsoft Teams –", "– Draft –"), a
weekday, a time or a venue are no topic; on a Word file and the PDF LibreOffice makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, published, records, word_table


def _pack(path: Path, form: str, notes_heading: str) -> dict[str, list[dict]]:
    document = Document()
    document.add_heading("Holding to Account Meeting", level=1)
    document.add_paragraph("4 June 2027, Headquarters")
    document.add_paragraph("Theme: Stop and search")
    document.add_heading("Agenda", level=2)
    word_table(document, [["Item", "Agenda item", "Lead"], ["1", "Welcome and apologies", "PCC"],
                          ["2", "Notes and actions from the April meeting", "Business Manager"],
                          ["3", "Stop and search", "Superintendent"]])
    document.add_heading(notes_heading, level=2)
    document.add_paragraph("Present: PCC, Deputy PCC, Chief Constable.")
    document.add_heading("Actions", level=3)
    document.add_paragraph("1. Send weekly 101 abandonment figures to the OPCC.")
    document.add_paragraph("2. Set out the plan to improve rural emergency attendance.")
    return records(published(document, path, form))


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_the_words_between_the_dashes_are_the_notes_topic(tmp_path: Path, form: str) -> None:
    found = _pack(tmp_path / "pack.docx", form, "Holding to Account Meeting – Police response times – 2 April 2027")
    assert sorted((m["meeting_date"], m["topic"]) for m in found["meetings"]) == [
        ("2027-04-02", "Police response times"), ("2027-06-04", "Stop and search")]
    assert sorted((a["meeting_date"], a["topic"]) for a in found["actions"]) == [
        ("2027-04-02", "Police response times")] * 2


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("part", ["Agenda", "Public Session", "Via Microsoft Teams", "Hindlip Hall, Worcester",
                                  "Tuesday", "10.00am", "Draft", "Decision log", "Action tracker"])
def test_a_part_of_the_meeting_between_the_dashes_is_no_topic(tmp_path: Path, form: str, part: str) -> None:
    found = _pack(tmp_path / "pack.docx", form, f"Holding to Account Meeting – {part} – 2 April 2027")
    assert [m["topic"] for m in found["meetings"] if m["meeting_date"] == "2027-04-02"] == [None]
