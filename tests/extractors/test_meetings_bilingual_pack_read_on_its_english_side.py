"""A Welsh and English pack, on a small real Word file and the PDF LibreOffice
makes of it: a line whose label and text are each bilingual ("Dyddiad / Date:
<Welsh> / <English>", "Thema / Theme: ...") dates the meeting and names its
topic on the English side, and agenda items are titled and presented on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, published, records, word_table


def _bilingual_pack() -> Document:
    document = Document()
    document.add_heading("Bwrdd Atebolrwydd Plismona / Policing Accountability Board", level=1)
    document.add_paragraph("Dyddiad / Date: Dydd Mawrth 8 Rhagfyr 2026 / Tuesday 8 December 2026")
    document.add_paragraph("Lleoliad / Venue: Pencadlys yr Heddlu / Police Headquarters")
    document.add_heading("Agenda", level=2)
    word_table(document, [["Eitem / Item", "Teitl / Title", "Arweinydd / Lead"],
                          ["1", "Croeso ac ymddiheuriadau / Welcome and apologies", "Comisiynydd / Commissioner"],
                          ["2", "Troseddau gwledig / Rural crime", "Prif Gwnstabl / Chief Constable"]])
    document.add_heading("Cofnodion y Bwrdd – 10 Tachwedd 2026 / Minutes of the Board – 10 November 2026", level=1)
    document.add_paragraph("Thema / Theme: Troseddau gwledig / Rural crime")
    document.add_paragraph("Yn bresennol / Present: Commissioner (Chair); Chief Constable.")
    document.add_paragraph("Unrhyw fater arall / Any other business: Dim / None.")
    return document


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_bilingual_pack_is_dated_titled_and_themed_on_its_english_side(tmp_path: Path, form: str) -> None:
    found = records(published(_bilingual_pack(), tmp_path / "bilingual.docx", form))
    assert [(i["number"], i["title"], i["presenter"], i["meeting_date"]) for i in found["agenda_items"]] == [
        ("1", "Welcome and apologies", "Commissioner", "2026-12-08"),
        ("2", "Rural crime", "Chief Constable", "2026-12-08")]
    assert sorted((m["meeting_date"], m["topic"]) for m in found["meetings"]) == [
        ("2026-11-10", "Rural crime"), ("2026-12-08", None)]
