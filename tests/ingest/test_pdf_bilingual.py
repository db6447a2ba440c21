"""Reading a Welsh Language Standards pack set in two columns, Welsh beside
English, and a bold run-in label wrapped mid-sentence, on PDFs made here with
reportlab."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.ingest import read_document
from pipeline.ingest.bilingual import english_half
from pipeline.layout import BlockKind, LayoutDocument, Table, TextBlock

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from .pdf_builders import BOLD, PORTRAIT, REGULAR, grid, para, read, story_pdf, style

_TEXT_WIDTH = PORTRAIT[0] - 2 * 56 - 2 * 6  # story_pdf's margins and its frame's padding
_FRONT_SHEET = [
    ["Comisiynydd Heddlu a Throseddu", "Police and Crime Commissioner"],
    ["<b>Bwrdd Plismona</b>", "<b>Policing Board</b>"],
    ["Dydd Mawrth 3 Mawrth 2026, 10:00, Pencadlys yr Heddlu", "Tuesday 3 March 2026, 10:00, Police Headquarters"],
    ["Lleoliad: Ystafell y Bwrdd", "Venue: The Board Room at the Police Headquarters"],
    ["Thema: Troseddau gwledig", "Theme: Rural crime"],
]


def _read(data: bytes) -> LayoutDocument:
    return read_document(Path("pack.pdf"), data, hashlib.sha256(data).hexdigest())


def test_a_borderless_welsh_and_english_table_reads_as_its_english_column() -> None:
    doc = _read(story_pdf([grid(_FRONT_SHEET, [230, 230], ruled=False)]))
    assert not any(isinstance(b, Table) for b in doc.blocks)
    assert [b.text for b in doc.blocks] == ["Police and Crime Commissioner", "Policing Board",
                                            "Tuesday 3 March 2026, 10:00, Police Headquarters",
                                            "Venue: The Board Room at the Police Headquarters", "Theme: Rural crime"]
    assert all(b.prov.page == 1 for b in doc.blocks)


def test_the_english_column_is_found_on_the_left_too() -> None:
    swapped = [[english, welsh] for welsh, english in _FRONT_SHEET]
    doc = _read(story_pdf([grid(swapped, [230, 230], ruled=False)]))
    assert [b.text for b in doc.blocks][-1] == "Theme: Rural crime"


def test_an_english_key_value_table_without_borders_stays_a_table() -> None:
    rows = [["Date", "Tuesday 3 March 2026"], ["Chair", "Police and Crime Commissioner for the area"],
            ["Venue", "The Board Room at Police Headquarters"], ["Topic", "Rural crime and the theft of farm machinery"]]
    doc = _read(story_pdf([grid(rows, [120, 340], ruled=False)]))
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].n_cols == 2


def test_a_bilingual_table_with_rules_stays_a_table() -> None:
    doc = _read(story_pdf([grid(_FRONT_SHEET, [230, 230], ruled=True)]))
    assert any(isinstance(b, Table) for b in doc.blocks)


def test_a_bold_run_in_label_wrapped_mid_sentence_stays_one_paragraph() -> None:
    # the column ends just after "The": the first line is mostly bold, the lines below it not
    label, run_on = "Level of assurance: Not assured.", "The"
    width = stringWidth(f"{label} ", BOLD, 10) + stringWidth(f"{run_on} ", REGULAR, 10) + 4
    text = (f"<b>{label}</b> {run_on} Commissioner was not assured that the unit can cope, "
            "and asked for a review of its staffing.")
    narrow = style(10)
    narrow.rightIndent = _TEXT_WIDTH - width
    doc = read(story_pdf([Paragraph(text, narrow)]))
    blocks = [b for b in doc.blocks if isinstance(b, TextBlock)]
    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH]
    assert blocks[0].text.startswith("Level of assurance: Not assured. The Commissioner was not assured")


def test_a_bold_heading_over_a_paragraph_stays_a_heading() -> None:
    doc = read(story_pdf([para("<b>Level of assurance: Partially assured.</b>"),
                          para("The Commissioner asked for a plan to reduce the delays.")]))
    blocks = [b for b in doc.blocks if isinstance(b, TextBlock)]
    assert [b.kind for b in blocks] == [BlockKind.HEADING, BlockKind.PARAGRAPH]


def test_a_cell_printed_in_welsh_then_english_reads_as_its_english_half() -> None:
    assert english_half("Adolygiad ar y gweill.\nReview under way.") == "Review under way."
    assert english_half("Rhannwyd ar 5 Tachwedd 2026. Shared on 5 November 2026.") == "Shared on 5 November 2026."
    assert english_half("Rhannu canlyniadau'r arolwg.\nShare the survey's results.") == "Share the survey's results."


def test_an_english_cell_of_two_sentences_stays_whole() -> None:
    assert english_half("Report received. The force will present it in May.") == (
        "Report received. The force will present it in May.")
    assert english_half("Complete.\nClosed by the Board.") == "Complete.\nClosed by the Board."
