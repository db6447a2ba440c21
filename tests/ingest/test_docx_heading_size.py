"""A heading by direct formatting is larger than the body's own paragraphs,
not than the text of a table that fills most of the document."""

from __future__ import annotations

from pipeline.layout import BlockKind

from .docx_builders import new_document, read, styled_run


def test_ordinary_paragraphs_above_a_table_of_smaller_text_are_not_headings() -> None:
    document = new_document()
    styled_run(document.add_paragraph(), "Force action plan", bold=True, size=16)
    styled_run(document.add_paragraph(), "Owner: Assistant Chief Constable, Crime", size=11)
    styled_run(document.add_paragraph(), "The table below sets out each finding and the progress made.", size=11)
    table = document.add_table(rows=6, cols=3)
    for row in table.rows:
        for cell in row.cells:
            styled_run(cell.paragraphs[0], "Officers have completed the training on the new risk assessment "
                                           "tool and audits show it is used in most cases", size=9)
    doc = read(document)
    kinds = {b.text: b.kind for b in doc.text_blocks() if b.text in ("Force action plan",
                                                                      "Owner: Assistant Chief Constable, Crime")}
    assert kinds["Force action plan"] is BlockKind.HEADING
    assert kinds["Owner: Assistant Chief Constable, Crime"] is BlockKind.PARAGRAPH


def test_a_larger_line_among_body_paragraphs_is_still_a_heading() -> None:
    document = new_document()
    styled_run(document.add_paragraph(), "Background", size=14)
    for _ in range(3):
        styled_run(document.add_paragraph(), "The force published its plan in June and reports on it monthly.",
                   size=11)
    doc = read(document)
    assert next(b for b in doc.text_blocks() if b.text == "Background").kind is BlockKind.HEADING
