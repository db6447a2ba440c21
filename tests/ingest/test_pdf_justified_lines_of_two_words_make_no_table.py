"""Justified prose set large in a narrow measure (12 point text in a column
a third or half the page wide, long words): many lines hold two words, the
one space between them stretched wider than a table's column gap. Those
lines end at the measure with the lines of three words or more whose spaces
are all alike, so they are prose: no table is made of them, alone or with
the page column beside them, and their words read in order."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from pipeline.layout import Table
from tests.ingest.pdf_builders import PORTRAIT, para, read, story_pdf, style

TEXT = ("The Commissioner acknowledged considerable improvements notwithstanding persistent organisational "
        "difficulties; nevertheless, accountability arrangements, partnership commissioning responsibilities and "
        "safeguarding obligations remain insufficiently documented. Neighbourhood engagement, victim satisfaction "
        "questionnaires, independent custody visiting, stop-and-search transparency and out-of-court disposals "
        "were examined comprehensively throughout. Representatives explained interoperability constraints, "
        "procurement timescales, recruitment difficulties and infrastructure dependencies extensively.")


def _justified(size: float = 12) -> ParagraphStyle:
    body = style(size)
    body.alignment = TA_JUSTIFY
    return body


@pytest.mark.parametrize("measure", [180, 200, 240])
def test_a_narrow_justified_column_is_read_as_paragraphs(measure: float) -> None:
    body = _justified()
    body.rightIndent = PORTRAIT[0] - 112 - measure
    doc = read(story_pdf([para("Scrutiny of the force", size=14, bold=True), Paragraph(TEXT, body),
                          Paragraph(TEXT, body)]))
    assert not list(doc.tables())
    assert doc.blocks[0].text == "Scrutiny of the force"
    assert " ".join(b.text for b in doc.blocks[1:]) == f"{TEXT} {TEXT}"  # every word, in order


def test_two_justified_page_columns_set_large_are_read_column_by_column() -> None:
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=PORTRAIT, leftMargin=56, rightMargin=56, topMargin=72, bottomMargin=72)
    width = (PORTRAIT[0] - 112 - 24) / 2
    doc.addPageTemplates([PageTemplate(frames=[Frame(56, 72, width, PORTRAIT[1] - 144, id="left"),
                                               Frame(56 + width + 24, 72, width, PORTRAIT[1] - 144, id="right")])])
    story = []
    for k in range(6):
        story += [para(f"Item {k + 1}", size=12, bold=True), Paragraph(f"{TEXT} {TEXT}", _justified())]
    doc.build(story)
    layout = read(out.getvalue())
    assert not [b for b in layout.blocks if isinstance(b, Table)]
    assert [b.text for b in layout.blocks if b.kind.name == "HEADING"] == [f"Item {k + 1}" for k in range(6)]
