"""The PDF backend on text: headings, paragraphs, lists, running headers,
page geometry and provenance, on PDFs made here with reportlab."""

from __future__ import annotations

import io

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.platypus import PageBreak

from pipeline.ingest import read_document
from pipeline.ingest.pdf_text import normalise_colour
from pipeline.layout import BlockKind, FileType, Table, TextBlock

from .pdf_builders import (BOLD, ITALIC, LANDSCAPE, PORTRAIT, REGULAR, canvas_pdf, grid, item, para, read,
                           running_header_footer, story_pdf)


def text_blocks(doc) -> list[TextBlock]:
    return [b for b in doc.blocks if isinstance(b, TextBlock)]


def by_text(doc, text: str) -> TextBlock:
    matches = [b for b in doc.text_blocks() if b.text == text]
    assert matches, f"no block reads {text!r}; blocks: {[b.text for b in doc.text_blocks()]}"
    return matches[0]


def test_headings_ranked_by_size_then_bold_body_lines() -> None:
    doc = read(story_pdf([
        para("Police and Crime Panel", 20, bold=True),
        para("Performance report", 15, bold=True),
        para("The force answered most emergency calls within the target time this quarter."),
        para("Responding to the public", bold=True),
        para("Calls are triaged by the control room before officers are sent."),
        para("Second section", 15),
    ]))
    assert doc.body_size == 10
    headings = [(b.level, b.text) for b in text_blocks(doc) if b.kind is BlockKind.HEADING]
    assert headings == [(1, "Police and Crime Panel"), (2, "Performance report"),
                        (3, "Responding to the public"), (2, "Second section")]
    assert by_text(doc, "Calls are triaged by the control room before officers are sent.").kind is BlockKind.PARAGRAPH


def test_numbered_list_a_point_larger_than_table_text_stays_a_list() -> None:
    table_text = [[f"Row {n} of a table set in the body size of this pack" for n in range(12)]]
    doc = read(story_pdf([
        para("Agenda", 14, bold=True),
        item("Apologies for absence", "1.", size=11),
        item("Minutes of the last meeting", "2.", size=11),
        grid([[para(t)] for t in table_text[0]], [400]),
    ]))
    assert doc.body_size == 10
    items = [b for b in text_blocks(doc) if b.kind is BlockKind.LIST_ITEM]
    assert [(b.marker, b.text) for b in items] == [("1.", "Apologies for absence"), ("2.", "Minutes of the last meeting")]
    assert by_text(doc, "Agenda").kind is BlockKind.HEADING


def test_bold_italic_line_is_a_heading_that_keeps_its_style() -> None:
    doc = read(story_pdf([
        para("Area for improvement 1", bold=True),
        para("The force should make sure it records the voice of the child.", bold=True, italic=True),
        para("The inspectors found that officers rarely recorded what children said."),
        para("An italic remark that is not a heading.", italic=True),
    ]))
    area = by_text(doc, "The force should make sure it records the voice of the child.")
    assert area.kind is BlockKind.HEADING and area.is_bold and area.is_italic
    assert by_text(doc, "An italic remark that is not a heading.").kind is BlockKind.PARAGRAPH


def test_wrapped_lines_make_one_paragraph_and_spacing_separates_paragraphs() -> None:
    long_text = ("The force has improved how it supervises investigations, and most victims are now kept "
                 "informed of progress, although the quality of updates still varies between districts "
                 "and the force knows it must do more to make them consistent.")
    doc = read(story_pdf([para(long_text), para("A second paragraph.")]))
    paragraphs = [b for b in text_blocks(doc) if b.kind is BlockKind.PARAGRAPH]
    assert [b.text for b in paragraphs] == [long_text, "A second paragraph."]
    assert paragraphs[0].prov.bbox.height > 20  # it really wrapped over several lines


def test_bulleted_list_nested_three_deep() -> None:
    doc = read(story_pdf([
        para("In terms of governance:"),
        item("Weekly meetings of a strategic group are held and chaired by a chief officer, who reports "
             "progress to the board every month.", "•", 0),
        item("Terms of reference reviewed", "◦", 1),
        item("Training delivered to:", "◦", 1),
        item("Control room staff", "▪", 2),
        item("Response sergeants", "▪", 2),
        item("A new scorecard is being developed", "•", 0),
    ]))
    items = [b for b in text_blocks(doc) if b.kind is BlockKind.LIST_ITEM]
    assert [(b.level, b.marker) for b in items] == [(0, "•"), (1, "◦"), (1, "◦"), (2, "▪"), (2, "▪"), (0, "•")]
    assert items[0].text.startswith("Weekly meetings") and items[0].text.endswith("every month.")
    assert "•" not in items[0].text
    assert items[3].text == "Control room staff"


def test_numbered_and_lettered_items() -> None:
    doc = read(story_pdf([
        item("Following receipt of the early findings, what improvements were made?", "1."),
        item("What will be different, and by when?", "2."),
        item("by the end of the year", "(a)", 1),
        item("by the next inspection", "(b)", 1),
        item("How will good performance be kept?", "3)"),
    ]))
    items = [b for b in text_blocks(doc) if b.kind is BlockKind.LIST_ITEM]
    assert [(b.marker, b.level) for b in items] == [("1.", 0), ("2.", 0), ("(a)", 1), ("(b)", 1), ("3)", 0)]
    assert items[1].text == "What will be different, and by when?"


def test_running_header_and_page_numbers_are_dropped() -> None:
    story = []
    for n in range(3):
        story += [para(f"Section {n + 1}", 14, bold=True), para("Body text of the section."), PageBreak()]
    doc = read(story_pdf(story[:-1], on_page=running_header_footer("OFFICIAL - Police and Crime Panel")))
    texts = [b.text for b in doc.text_blocks()]
    assert not any("OFFICIAL" in t or t.startswith("Page ") for t in texts)
    assert texts.count("Body text of the section.") == 3
    assert [b.prov.page for b in text_blocks(doc) if b.kind is BlockKind.HEADING] == [1, 2, 3]
    # Kept aside, once, where a pack may name its board: page numbers are not.
    assert [(b.text, b.prov.page) for b in doc.page_furniture] == [("OFFICIAL - Police and Crime Panel", 1)]


def test_provenance_is_page_and_top_left_bbox_in_points() -> None:
    def draw(canvas) -> None:
        canvas.setFont(BOLD, 16)
        canvas.drawString(72, 842 - 100, "Top heading")
        canvas.setFont(REGULAR, 10)
        canvas.drawString(72, 842 - 400, "Lower text on the first page.")
        canvas.showPage()
        canvas.setFont(REGULAR, 10)
        canvas.drawString(300, 842 - 200, "Second page text.")

    doc = read(canvas_pdf(draw, PORTRAIT))
    assert [(p.number, round(p.width), round(p.height)) for p in doc.pages] == [(1, 595, 842), (2, 595, 842)]
    heading, lower, second = by_text(doc, "Top heading"), by_text(doc, "Lower text on the first page."), by_text(doc, "Second page text.")
    assert heading.prov.page == 1 and lower.prov.page == 1 and second.prov.page == 2
    assert 80 < heading.prov.bbox.top < 100 <= heading.prov.bbox.bottom + 4  # top-left origin
    assert heading.prov.bbox.x0 == 72 and heading.prov.bbox.x1 > 72
    assert lower.prov.bbox.top > heading.prov.bbox.bottom
    assert 299 <= second.prov.bbox.x0 <= 301 and 180 < second.prov.bbox.top < 200


def test_landscape_page() -> None:
    doc = read(story_pdf([para("Improvement journey", 16, bold=True), para("Wide page content.")], LANDSCAPE))
    assert doc.pages[0].landscape and doc.pages[0].width > doc.pages[0].height
    assert by_text(doc, "Improvement journey").kind is BlockKind.HEADING
    assert by_text(doc, "Wide page content.").prov.bbox.x1 < doc.pages[0].width


def test_portrait_sheet_turned_to_landscape_reads_upright() -> None:
    def draw(canvas) -> None:
        canvas.setPageRotation(90)
        canvas.translate(595, 0)
        canvas.rotate(90)  # drawn turned, so it reads upright once the viewer turns the page
        canvas.setFont(BOLD, 14)
        canvas.drawString(72, 500, "Action tracker")
        canvas.setFont(REGULAR, 10)
        canvas.drawString(72, 470, "Text across the long side of the page.")

    doc = read(canvas_pdf(draw, PORTRAIT))
    page = doc.pages[0]
    assert page.landscape and round(page.width) == 842
    heading, body = by_text(doc, "Action tracker"), by_text(doc, "Text across the long side of the page.")
    assert heading.kind is BlockKind.HEADING and heading.prov.bbox.top < body.prov.bbox.top
    assert body.prov.bbox.x0 == 72 and body.prov.bbox.bottom <= page.height


def test_text_colour_and_font_style_reach_the_spans() -> None:
    def draw(canvas) -> None:
        canvas.setFont(REGULAR, 10)
        canvas.drawString(72, 700, "Status:")
        canvas.setFillColorCMYK(0, 1, 1, 0)
        canvas.drawString(120, 700, "Overdue")
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont(ITALIC, 10)
        canvas.drawString(170, 700, "see note")

    block = by_text(read(canvas_pdf(draw)), "Status: Overdue see note")
    styles = {s.text.strip(): s.style for s in block.spans}
    assert styles["Overdue"].colour == "#ff0000"
    assert styles["Status:"].colour == "#000000" and not styles["Status:"].italic
    assert styles["see note"].italic and styles["see note"].size == 10


def test_colour_forms_are_normalised() -> None:
    assert normalise_colour((0.5,)) == "#808080"
    assert normalise_colour((0, 0.690, 0.314)) == "#00b050"
    assert normalise_colour((0, 0, 0, 1)) == "#000000"
    assert normalise_colour([1, 0, 0]) == "#ff0000"
    assert normalise_colour(("P0",)) is None  # a pattern has no single colour


def test_page_without_text_layer_is_reported() -> None:
    image = Image.new("RGB", (40, 40), "white")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")

    def draw(canvas) -> None:
        canvas.setFont(REGULAR, 10)
        canvas.drawString(72, 700, "A page with text.")
        canvas.showPage()
        canvas.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 72, 400, 400, 400)

    data = canvas_pdf(draw)
    from pathlib import Path
    import hashlib
    doc = read_document(Path("scan.pdf"), data, hashlib.sha256(data).hexdigest())
    assert doc.file_type is FileType.PDF and len(doc.pages) == 2
    assert any("Page(s) 2" in w and "no text layer" in w for w in doc.warnings)


def test_two_page_columns_are_not_interleaved() -> None:
    left = [f"Left column sentence number {n} goes on." for n in range(10)]
    right = [f"Right column sentence number {n} goes on." for n in range(10)]

    def draw(canvas) -> None:
        canvas.setFont(BOLD, 14)
        canvas.drawString(56, 780, "Newsletter")
        canvas.setFont(REGULAR, 10)
        for n, (a, b) in enumerate(zip(left, right)):
            canvas.drawString(56, 740 - 12 * n, a)
            canvas.drawString(320, 740 - 12 * n, b)

    doc = read(canvas_pdf(draw))
    assert not any(isinstance(b, Table) for b in doc.blocks)
    text = " ".join(b.text for b in doc.text_blocks())
    assert text.index("Left column sentence number 9") < text.index("Right column sentence number 0")
