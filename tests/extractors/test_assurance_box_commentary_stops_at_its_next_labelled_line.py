"""A shaded one-cell box closing a minuted item ("Decisions and actions")
states the decision in its first line and the item's actions below it: the
decision's commentary is the decision's own words, its title, its "Decision:"
label and every line from the next labelled one ("Action AB/01: ...",
"Actions:") on no part of it. Real Word files and the PDFs LibreOffice makes
of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from files import AS_PUBLISHED, published, records

# (item title, question, discussion, the box's lines after its title)
_ITEMS = (
    ("Burglary", "Are burglary victims visited within the promised time?",
     "The Head of Crime presented the paper. Officers visited 78% of victims within two days.",
     ("Decision: The Commissioner was assured that victims are visited on time, and asked for the rural figures "
      "to be shown apart.",
      "Action PB/31/01: Head of Crime to show the rural visit figures apart.")),
    ("Custody", "Are detainees seen by a healthcare practitioner promptly?",
     "The Chief Inspector for Custody presented the audit of waiting times.",
     ("Decision: The Commissioner was partly assured: waits fell, but night cover remains thin.",
      "Actions:",
      "Chief Inspector to bring the night cover rota to the next meeting.")),
    ("Call handling", "Are emergency calls answered within ten seconds?",
     "The Head of Contact presented the call answering figures.",
     ("Assurance level: Partially assured.",
      "The PCC asked for the weekend figures to be reported monthly.",
      "Action PB/31/03: Head of Contact to report weekend answer times monthly.")),
)
_COMMENTARY = {
    "Burglary": ("Assured", "The Commissioner was assured that victims are visited on time, and asked for the rural "
                 "figures to be shown apart."),
    "Custody": ("Partly assured", "The Commissioner was partly assured: waits fell, but night cover remains thin."),
    "Call handling": ("Partly assured", "The PCC asked for the weekend figures to be reported monthly."),
}


def _shaded_box(document: Document, lines: tuple[str, ...]) -> None:
    """A ruled one-cell table on a grey shading: a bold title over one paragraph a line."""
    table = document.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    cell = table.cell(0, 0)
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), "EDEDED")
    cell._tc.get_or_add_tcPr().append(shading)
    cell.paragraphs[0].add_run("Decisions and actions").bold = True
    for line in lines:
        cell.add_paragraph(line)


def _pack(path: Path, published_as: str) -> Path:
    document = Document()
    document.add_heading("Notes of the Performance Board held on 12 February 2029", level=1)
    document.add_heading("1. Apologies", level=2)
    document.add_paragraph("Apologies were received from the Chief Finance Officer.")
    for number, (title, question, discussion, box) in enumerate(_ITEMS, start=2):
        document.add_heading(f"{number}. {title}", level=2)
        paragraph = document.add_paragraph()
        paragraph.add_run("Question:").bold = True
        paragraph.add_run(f" {question}")
        document.add_paragraph(discussion)
        _shaded_box(document, box)
    document.add_heading(f"{len(_ITEMS) + 2}. Any other business", level=2)
    document.add_paragraph("None.")
    return published(document, path, published_as)


@pytest.mark.parametrize("published_as", AS_PUBLISHED)
def test_a_decision_box_commentary_is_the_decision_not_the_title_label_or_actions(
        tmp_path: Path, published_as: str) -> None:
    """Each item's question takes the level its box states; the commentary
    stops at the box's next labelled line, an action line ("Action PB/31/01:
    ...") or an "Actions:" label, while a plain line under a level line (the
    PCC's request) is still its commentary; the box's title and the
    "Decision:" label are left out."""
    decisions = records(_pack(tmp_path / "notes.docx", published_as))["assurance_decisions"]
    assert sorted((d["topic"], d["question"], d["assurance"], d["commentary"]) for d in decisions) == sorted(
        (title, question, *_COMMENTARY[title]) for title, question, _, _ in _ITEMS)
