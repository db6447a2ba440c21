"""Minutes set in two justified columns (reportlab frames; a Word section of
two columns printed by LibreOffice): a justified line's stretched word
spaces line up by chance over a page, but start no table column, so the
page is read column by column, every item heading found and no table made
of prose."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.platypus import Paragraph

from pipeline.ingest import read_document
from pipeline.layout import Table
from tests.ingest.docx_builders import _element, new_document, office_pdf
from tests.ingest.pdf_builders import BOLD, REGULAR, canvas_pdf, para, read, style, two_column_pdf

_TEXTS = ["The Commissioner asked how the force would ensure that officers attending domestic abuse incidents "
          "recorded the risk assessment on the day, and the Chief Constable replied that the new mobile form "
          "would be mandatory from next month, with supervisors checking a sample each week. ",
          "Neighbourhood policing accountability arrangements were strengthened following the inspectorate's "
          "recommendations; the Deputy Chief Constable acknowledged disproportionality concerns regarding "
          "stop-and-search authorisations under section sixty. ",
          "Safeguarding partnerships, multi-agency arrangements, vulnerability assessments, investigative "
          "standards and organisational learning were discussed comprehensively by representatives. "]


def _discussion(k: int) -> str:
    return _TEXTS[k % 3] + _TEXTS[(k + 1) % 3]


def test_reportlab_justified_columns_keep_their_headings_and_make_no_table() -> None:
    """Two frames of 10 point justified text 24 points apart, fourteen bold item headings over two pages."""
    body = style(10)
    body.alignment = TA_JUSTIFY
    story = []
    for k in range(14):
        story += [para(f"Item {k + 1}", bold=True), Paragraph(_discussion(k) * 2, body)]
    layout = read(two_column_pdf(story))
    assert not [b for b in layout.blocks if isinstance(b, Table)]
    assert [b.text for b in layout.blocks if b.kind.name == "HEADING"] == [f"Item {k + 1}" for k in range(14)]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice makes the office PDF")
def test_word_two_column_section_printed_by_libreoffice(tmp_path: Path) -> None:
    """A Word section of two columns (w:cols num=2), twelve numbered item headings over justified paragraphs."""
    document = new_document()
    document.sections[0]._sectPr.append(_element("w:cols", num="2", space="432"))
    for k in range(12):
        document.add_heading(f"{k + 1}. Item {k + 1}", level=3)
        document.add_paragraph(_discussion(k)).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pdf = office_pdf(document, tmp_path / "minutes.pdf")
    layout = read_document(pdf, pdf.read_bytes(), "0" * 64)
    assert not [b for b in layout.blocks if isinstance(b, Table)]
    texts = [b.text for b in layout.blocks]
    assert [t for t in texts if t.startswith("Item ")] == [f"Item {k + 1}" for k in range(12)]
    assert texts[texts.index("Item 1") + 1].startswith(_TEXTS[0][:60])


def test_two_columns_each_opening_with_a_bold_numbered_item_on_one_baseline_are_read_column_by_column() -> None:
    """Two-column minutes whose columns each open with a bold numbered item
    heading ("4.  Budget and precept" | "5.  Estates strategy", one
    baseline) over paragraphs numbered with a hanging indent: the heading
    line is no table header running across the gutter; the left column's
    item and paragraphs come first, then the right column's, and no table."""
    columns = [(56, "4.", "Budget and precept", 12), (310, "5.", "Estates strategy", 20)]
    paragraphs = {12: _TEXTS[0], 13: _TEXTS[1], 14: _TEXTS[2], 20: _TEXTS[2], 21: _TEXTS[0], 22: _TEXTS[1]}

    def draw(c) -> None:
        for x0, number, title, first in columns:
            c.setFont(BOLD, 10)
            c.drawString(x0, 780, number)
            c.drawString(x0 + 24, 780, title)
            c.setFont(REGULAR, 10)
            y = 760
            for n in range(first, first + 3):
                c.drawString(x0, y, f"{n}.")
                for line in textwrap.wrap(paragraphs[n].strip(), 40):
                    c.drawString(x0 + 24, y, line)
                    y -= 13
                y -= 6

    doc = read(canvas_pdf(draw))
    assert not list(doc.tables())
    expected = [text for _, _, title, first in columns
                for text in [title] + [paragraphs[n].strip() for n in range(first, first + 3)]]
    assert [" ".join(block.text.split()) for block in doc.blocks] == expected
