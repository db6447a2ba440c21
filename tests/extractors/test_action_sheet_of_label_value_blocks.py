"""An action sheet printing each action as its own small label | value
table ("Action | SGB 41/44 – Publish ...", "Raised", "Owner", "Update",
"Status"), one after another, with no row per action: each block is a
tracker row, its reference the one opening the Action value, its status
the Status line (``status_column``), its update the Update line; an action
the notes minute and the sheet prints again is one record. On a Word file
and a borderless reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, H1, pdf, records, word_table
from reportlab.platypus import Paragraph, Spacer, Table

BLOCKS = [("SGB 41/44 – Publish the annual report of the out of court disposals panel.", "1 December 2041",
           "Head of Criminal Justice", "Published in January.", "Complete"),
          ("SGB 41/46 – Set out the costs of the new custody healthcare contract.", "1 December 2041",
           "Director of Finance", "Costs to be confirmed after tender clarification.", "Open"),
          ("SGB 42/06 – Provide incident data for each charter venue.", "3 February 2042",
           "Superintendent, Partnerships", "First quarter data received; to be mapped.", "Open")]
LABELS = ("Action", "Raised", "Owner", "Update", "Status")
OPENING = ["Strategic Governance Board", "Wednesday 7 April 2042",
           "Notes of the Strategic Governance Board – 3 February 2042", "4. Violence against women and girls"]
MINUTED = "SGB 42/06 – Provide incident data for each charter venue."


def _word(path: Path) -> Path:
    document = Document()
    document.add_heading(OPENING[0], level=1)
    document.add_paragraph(OPENING[1])
    document.add_heading(OPENING[2], level=2)
    document.add_heading(OPENING[3], level=3)
    document.add_paragraph("Actions", style="Heading 4")
    document.add_paragraph(MINUTED)
    document.add_heading("Action sheet", level=2)
    for block in BLOCKS:
        word_table(document, [list(pair) for pair in zip(LABELS, block)])
        document.add_paragraph()
    document.save(str(path))
    return path


def _reportlab(path: Path) -> Path:
    flow = [Paragraph(OPENING[0], H1), Paragraph(OPENING[1], BODY), Paragraph(OPENING[2], H1),
            Paragraph(OPENING[3], H1), Paragraph("<b>Actions</b>", BODY), Paragraph(MINUTED, BODY),
            Paragraph("Action sheet", H1)]
    for block in BLOCKS:
        flow += [Table([[Paragraph(f"<b>{label}</b>", BODY), Paragraph(value, BODY)]
                        for label, value in zip(LABELS, block)], colWidths=[90, 380], hAlign="LEFT"),
                 Spacer(1, 10)]
    return pdf(path, flow)


@pytest.mark.parametrize("build", [_word, _reportlab], ids=["word", "reportlab pdf"])
def test_each_label_value_block_is_a_tracker_row(tmp_path: Path, build) -> None:
    path = build(tmp_path / ("sheet.docx" if build is _word else "sheet.pdf"))
    found = sorted(records(path)["actions"], key=lambda a: a["number"])

    assert [(a["number"], a["text"], a["update"], a["status"], a["status_source"], a["source"], a["meeting_date"])
            for a in found] == [
        ("SGB 41/44", "Publish the annual report of the out of court disposals panel.", "Published in January.",
         "complete", "status_column", "action_tracker", "2041-12-01"),
        ("SGB 41/46", "Set out the costs of the new custody healthcare contract.",
         "Costs to be confirmed after tender clarification.", "outstanding", "status_column", "action_tracker",
         "2041-12-01"),
        ("SGB 42/06", "Provide incident data for each charter venue.", "First quarter data received; to be mapped.",
         "outstanding", "status_column", "action_tracker", "2042-02-03"),
    ]


def test_cover_sheets_of_label_value_blocks_are_no_tracker(tmp_path: Path) -> None:
    """Two report cover sheets printed back to back as label | value blocks, one line "Action required", are
    no action sheet: their blocks open with no action nor reference."""
    document = Document()
    document.add_heading("Police and Crime Panel", level=1)
    document.add_paragraph("Thursday 3 March 2042")
    for title, asked in (("Annual report of the Commissioner", "The Panel is asked to note the report."),
                         ("Extension of the victims' service contract", "The Panel is asked to agree the extension.")):
        word_table(document, [["Report title", title], ["Action required", asked], ["Lead officer", "Chief Executive"],
                              ["Date", "3 March 2042"], ["Status", "Public"]])
        document.add_paragraph()
    path = tmp_path / "covers.docx"
    document.save(str(path))

    assert records(path)["actions"] == []
