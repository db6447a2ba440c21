"""A page of two columns whose text runs on from the left column into the
right one for a few lines only (a story closing at the top of the second
column): the right-hand lines are read after the whole left column, and a
line of the left is never joined to the line level with it on the right."""

from __future__ import annotations

import io

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from pipeline.layout import Table
from tests.ingest.pdf_builders import LANDSCAPE, read, register_fonts, style

_LEFT = [f"Paragraph {n} of the left column sets out what the board heard on this item and what it asked "
         f"the force to do next." for n in range(1, 9)]
_CLOSING = " ".join(["The closing paragraph runs on into the right column, where it takes only a few lines."] * 3)


def _run_on_page() -> bytes:
    """A landscape page of two frames, the story filling the left and closing in the right."""
    register_fonts()
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=LANDSCAPE)
    width, gap, margin = (LANDSCAPE[0] - 2 * 48 - 36) / 2, 36, 48
    height = 22 * 14  # the left column holds the eight paragraphs and the closing one's first lines
    top = LANDSCAPE[1] - margin - height
    doc.addPageTemplates([PageTemplate(frames=[Frame(margin, top, width, height, id="left"),
                                               Frame(margin + width + gap, top, width, height, id="right")])])
    body = style(11)
    doc.build([Paragraph(text, body) for text in [*_LEFT, _CLOSING]])
    return out.getvalue()


def test_the_few_run_on_lines_are_read_after_the_left_column() -> None:
    doc = read(_run_on_page())
    assert not [b for b in doc.blocks if isinstance(b, Table)]
    texts = [b.text for b in doc.text_blocks()]
    assert texts[:len(_LEFT)] == _LEFT
    assert " ".join(texts[len(_LEFT):]) == _CLOSING
