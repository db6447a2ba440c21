"""The PDF backend on marks and line breaks that carry structure: a bullet
drawn in a font that maps it to no character, and lines a writer broke by
hand (a box of "Label: value" lines, a chart cell's area names), on PDFs made
here with reportlab."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from pipeline.layout import BlockKind, TextBlock

from .pdf_builders import PORTRAIT, grid, para, read, story_pdf, style


def _unmapped_bullet(text: str) -> Paragraph:
    """A list item whose "•" is set in Helvetica, whose encoding has no such
    character: pdfplumber reads the mark as "(cid:127)"."""
    style = ParagraphStyle("helvetica-bullet", fontName="Helvetica", fontSize=10, leading=12, leftIndent=16,
                           bulletIndent=4, bulletFontName="Helvetica", spaceAfter=3)
    return Paragraph(text, style, bulletText="\u2022")


def test_a_mark_without_a_character_opening_a_line_is_a_bullet() -> None:
    doc = read(story_pdf([
        para("Within three months, the force should:"),
        _unmapped_bullet("make sure that call handlers use the structured risk assessment for every call, "
                         "including calls that are transferred from a neighbouring force; and"),
        _unmapped_bullet("introduce supervisory checks of incidents involving children."),
    ]))
    items = [b for b in doc.blocks if isinstance(b, TextBlock) and b.kind is BlockKind.LIST_ITEM]
    assert [b.marker for b in items] == ["\u2022", "\u2022"]
    assert items[0].text.startswith("make sure that call handlers") and items[0].text.endswith("force; and")
    assert "(cid" not in items[0].text and "\ufffd" not in items[0].text
    assert items[1].text == "introduce supervisory checks of incidents involving children."


def test_lines_broken_by_hand_are_paragraphs_of_their_own() -> None:
    lines = "<b>Effectiveness:</b> Good<br/><b>Efficiency:</b> Requires improvement<br/><b>Legitimacy:</b> Good"
    cell = "Preventing crime<br/>Managing offenders"
    running = ("The force's overall performance is set out below, pillar by pillar, with the grade we gave each "
               "of them in this inspection.")
    doc = read(story_pdf([para(running), para(lines), grid([["Good"], [cell]], [200])]))
    texts = [b.text for b in doc.text_blocks()]
    assert texts[1:4] == ["Effectiveness: Good", "Efficiency: Requires improvement", "Legitimacy: Good"]
    assert "Preventing crime" in texts and "Managing offenders" in texts


def test_a_wrapped_line_stays_in_its_paragraph() -> None:
    # "Requires" ends its line early only because "improvement" is too wide for the narrow cell
    doc = read(story_pdf([grid([["Grade"], ["Requires improvement"]], [85]),
                          para("An inspection of British Transport Police", size=15)]))
    texts = [b.text for b in doc.text_blocks()]
    assert "Requires improvement" in texts
    assert "An inspection of British Transport Police" in texts


def test_a_paragraph_whose_last_line_is_bold_words_and_its_full_stop_keeps_it() -> None:
    # the line above ends mid-sentence ("and") at the measure; the last line is a key's bold term and a plain stop
    text = ("The notes group the questions by the assurance the Chair took from the answers: <b>Assured</b> (no "
            "further work sought), <b>Further assurance required</b> (partly assured; the force reports back) and "
            "<b>Not assured</b>.")
    body = style(11)
    body.rightIndent = PORTRAIT[0] - 112 - 384
    doc = read(story_pdf([para("Item 3: Rape", size=12, bold=True), Paragraph(text, body),
                          para("Assured", size=12, bold=True), para("Q1. How quickly are victims seen?")]))
    blocks = [b for b in doc.blocks if isinstance(b, TextBlock)]
    assert [(b.kind, b.text) for b in blocks[1:3]] == [
        (BlockKind.PARAGRAPH, "The notes group the questions by the assurance the Chair took from the answers: Assured "
                              "(no further work sought), Further assurance required (partly assured; the force reports "
                              "back) and Not assured."),
        (BlockKind.HEADING, "Assured")]


def test_brackets_and_stops_set_against_words_in_another_style_take_no_space() -> None:
    doc = read(story_pdf([para("Current status (<i>what the force is doing and why</i>). Graded <b>good</b>, as "
                               "before; judged <b>adequate</b>: no change.")]))
    assert [b.text for b in doc.text_blocks()] == [
        "Current status (what the force is doing and why). Graded good, as before; judged adequate: no change."]
