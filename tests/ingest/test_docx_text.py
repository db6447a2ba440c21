"""DOCX paragraphs: headings by style and by direct formatting, styles
resolved through the hierarchy, lists with their levels and markers,
coloured status squares."""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from pipeline.layout import BlockKind, TextBlock

from .docx_builders import add_drawn_shape, add_list_definition, list_paragraph, new_document, read, styled_run


def _text_blocks(doc) -> list[TextBlock]:
    return [b for b in doc.blocks if isinstance(b, TextBlock)]


def _by_text(doc, text: str) -> TextBlock:
    return next(b for b in doc.text_blocks() if b.text == text)


def test_heading_styles_give_kind_and_level() -> None:
    document = new_document()
    document.add_heading("Scrutiny pack", 0)  # the Title style
    document.add_heading("Item one", 1)
    document.add_heading("Background", 2)
    document.add_heading("Detail", 3)
    custom = document.styles.add_style("Report Subheading", WD_STYLE_TYPE.PARAGRAPH)
    custom.base_style = document.styles["Heading 2"]
    document.add_paragraph("Custom heading", style="Report Subheading")
    document.add_paragraph("Ordinary text follows.")

    blocks = _text_blocks(read(document))

    assert [(b.kind, b.level, b.text) for b in blocks] == [
        (BlockKind.HEADING, 1, "Scrutiny pack"),
        (BlockKind.HEADING, 1, "Item one"),
        (BlockKind.HEADING, 2, "Background"),
        (BlockKind.HEADING, 3, "Detail"),
        (BlockKind.HEADING, 2, "Custom heading"),
        (BlockKind.PARAGRAPH, 0, "Ordinary text follows."),
    ]


def test_bold_or_large_standalone_paragraphs_are_headings_ranked_by_size() -> None:
    document = new_document()
    styled_run(document.add_paragraph(), "Performance Scrutiny Meeting", size=16)
    styled_run(document.add_paragraph(), "Areas for improvement", bold=True)
    document.add_paragraph("The force has made progress since the last inspection and the PCC asked for an update.")
    partly = document.add_paragraph()
    styled_run(partly, "Grade:", bold=True)
    partly.add_run(" Requires improvement")
    styled_run(document.add_paragraph(), "A bold sentence that ends with a full stop.", bold=True)
    styled_run(document.add_paragraph(), " ".join(["word"] * 40), bold=True)
    table = document.add_table(rows=1, cols=1)
    styled_run(table.cell(0, 0).paragraphs[0], "Question", bold=True)

    doc = read(document)

    assert doc.body_size == 11.0
    kinds = {b.text: (b.kind, b.level) for b in _text_blocks(doc)}
    assert kinds["Performance Scrutiny Meeting"] == (BlockKind.HEADING, 1)
    assert kinds["Areas for improvement"] == (BlockKind.HEADING, 2)
    assert kinds["Grade: Requires improvement"] == (BlockKind.PARAGRAPH, 0)
    assert kinds["A bold sentence that ends with a full stop."] == (BlockKind.PARAGRAPH, 0)
    assert kinds[" ".join(["word"] * 40)] == (BlockKind.PARAGRAPH, 0)
    # Bold table cells are column labels, not document headings.
    assert _by_text(doc, "Question").kind is BlockKind.PARAGRAPH


def test_italic_colour_and_size_resolved_through_the_style_hierarchy() -> None:
    document = new_document()
    document.styles["Normal"].font.size = Pt(12)
    commentary = document.styles.add_style("Commentary", WD_STYLE_TYPE.PARAGRAPH)
    commentary.base_style = document.styles["Normal"]
    commentary.font.italic = True
    commentary_quote = document.styles.add_style("Commentary Quote", WD_STYLE_TYPE.PARAGRAPH)
    commentary_quote.base_style = commentary  # italic is inherited, colour added
    commentary_quote.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    alert = document.styles.add_style("Alert", WD_STYLE_TYPE.CHARACTER)
    alert.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    alert.font.bold = True

    document.add_paragraph("Plain body text in the normal style.")
    document.add_paragraph("The PCC was assured by the answers given.", style="Commentary")
    document.add_paragraph("Quoted commentary.", style="Commentary Quote")
    mixed = document.add_paragraph("Status: ")
    mixed.add_run("overdue", style="Alert")
    upright = document.add_paragraph(style="Commentary")
    styled_run(upright, "Upright by direct formatting", italic=False)

    doc = read(document)

    plain = _by_text(doc, "Plain body text in the normal style.").style
    assert (plain.bold, plain.italic, plain.size, plain.colour) == (False, False, 12.0, None)
    assert _by_text(doc, "The PCC was assured by the answers given.").is_italic
    quote = _by_text(doc, "Quoted commentary.").style
    assert (quote.italic, quote.colour, quote.size) == (True, "#1f4e79", 12.0)
    status = _by_text(doc, "Status: overdue")
    assert [(s.text, s.style.bold, s.style.colour) for s in status.spans] == [
        ("Status: ", False, None), ("overdue", True, "#c00000")]
    assert not _by_text(doc, "Upright by direct formatting").is_italic
    assert doc.body_size == 12.0


def test_struck_through_runs_are_marked_strike_in_cells_and_paragraphs() -> None:
    document = new_document()
    done = document.add_paragraph()
    done.add_run("Share the survey results.").font.strike = True
    document.add_paragraph("Still open.")
    table = document.add_table(rows=1, cols=2)
    struck = table.cell(0, 0).paragraphs[0].add_run("Plan presented.")
    struck.font.double_strike = True
    table.cell(0, 1).paragraphs[0].add_run("Not struck.")

    doc = read(document)

    assert _by_text(doc, "Share the survey results.").style.strike
    assert not _by_text(doc, "Still open.").style.strike
    assert _by_text(doc, "Plan presented.").style.strike
    assert not _by_text(doc, "Not struck.").style.strike


def test_numbered_list_three_deep_has_levels_and_rendered_markers() -> None:
    document = new_document()
    num_id = add_list_definition(document, [("decimal", "%1."), ("lowerLetter", "%2)"), ("lowerRoman", "(%3)")])
    for text, ilvl in [("First action", 0), ("Sub point", 1), ("Detail one", 2), ("Detail two", 2),
                       ("Second sub point", 1), ("Second action", 0), ("Restarted sub point", 1)]:
        list_paragraph(document, text, num_id, ilvl)

    items = _text_blocks(read(document))

    assert [(b.kind, b.level, b.marker, b.text) for b in items] == [
        (BlockKind.LIST_ITEM, 0, "1.", "First action"),
        (BlockKind.LIST_ITEM, 1, "a)", "Sub point"),
        (BlockKind.LIST_ITEM, 2, "(i)", "Detail one"),
        (BlockKind.LIST_ITEM, 2, "(ii)", "Detail two"),
        (BlockKind.LIST_ITEM, 1, "b)", "Second sub point"),
        (BlockKind.LIST_ITEM, 0, "2.", "Second action"),
        (BlockKind.LIST_ITEM, 1, "a)", "Restarted sub point"),
    ]


def test_multilevel_number_text_shows_every_level() -> None:
    document = new_document()
    num_id = add_list_definition(document, [("decimal", "%1."), ("decimal", "%1.%2")])
    for text, ilvl in [("Scope", 0), ("Terms", 1), ("Method", 1), ("Findings", 0), ("Crime", 1)]:
        list_paragraph(document, text, num_id, ilvl)

    assert [b.marker for b in _text_blocks(read(document))] == ["1.", "1.1", "1.2", "2.", "2.1"]


def test_bulleted_list_three_deep_including_symbol_font_bullets() -> None:
    document = new_document()
    bullets = add_list_definition(document, [("bullet", "•"), ("bullet", "◦"), ("bullet", "▪")])
    symbol_bullets = add_list_definition(document, [("bullet", "\uf0b7")], font="Symbol")
    list_paragraph(document, "Top", bullets, 0)
    list_paragraph(document, "Middle", bullets, 1)
    list_paragraph(document, "Bottom", bullets, 2)
    list_paragraph(document, "Symbol bullet", symbol_bullets, 0)

    items = _text_blocks(read(document))

    assert [(b.level, b.marker, b.text) for b in items] == [
        (0, "•", "Top"), (1, "◦", "Middle"), (2, "▪", "Bottom"), (0, "•", "Symbol bullet")]
    assert all(b.kind is BlockKind.LIST_ITEM for b in items)


def test_list_styles_nest_by_their_number_and_typed_bullets_are_items() -> None:
    document = new_document()
    document.add_paragraph("Outer", style="List Bullet")
    document.add_paragraph("Inner", style="List Bullet 2")
    document.add_paragraph("Innermost", style="List Bullet 3")
    document.add_paragraph("Step one", style="List Number")
    document.add_paragraph("Step two", style="List Number")
    document.add_paragraph("• Typed bullet point")
    document.add_paragraph("- Typed dash point")
    document.add_paragraph("-5 degrees is not a list item")

    items = [(b.kind, b.level, b.marker, b.text) for b in _text_blocks(read(document))]

    assert items == [
        (BlockKind.LIST_ITEM, 0, "•", "Outer"),
        (BlockKind.LIST_ITEM, 1, "•", "Inner"),
        (BlockKind.LIST_ITEM, 2, "•", "Innermost"),
        (BlockKind.LIST_ITEM, 0, "1.", "Step one"),
        (BlockKind.LIST_ITEM, 0, "2.", "Step two"),
        (BlockKind.LIST_ITEM, 0, "•", "Typed bullet point"),
        (BlockKind.LIST_ITEM, 0, "-", "Typed dash point"),
        (BlockKind.PARAGRAPH, 0, None, "-5 degrees is not a list item"),
    ]


def test_status_squares_keep_their_colour() -> None:
    document = new_document()
    legend = document.add_paragraph()
    styled_run(legend, "■", colour="00B050")
    legend.add_run(" = Action Complete")
    highlighted = document.add_paragraph()
    styled_run(highlighted, "■", highlight="red")
    highlighted.add_run(" = Action Outstanding")
    shaded = document.add_paragraph()
    styled_run(shaded, "■ ", shading="FFC000")
    shaded.add_run("In progress")
    symbol = document.add_paragraph()
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), "Wingdings")
    sym.set(qn("w:char"), "F06E")
    run = styled_run(symbol, "", colour="FF0000")
    run._r.append(sym)
    symbol.add_run(" Overdue")

    doc = read(document)

    def square(text: str) -> str | None:
        block = _by_text(doc, text)
        return next(s.style.colour for s in block.spans if s.text.strip() == "■")

    assert square("■ = Action Complete") == "#00b050"
    assert square("■ = Action Outstanding") == "#ff0000"
    assert square("■ In progress") == "#ffc000"
    assert square("■ Overdue") == "#ff0000"
    # The words after a highlighted square keep their own (automatic) colour.
    assert _by_text(doc, "■ In progress").spans[-1].style.colour is None


def test_tracked_changes_read_as_accepted_with_a_warning() -> None:
    document = new_document()
    paragraph = document.add_paragraph("Kept ")
    inserted = OxmlElement("w:ins")
    inserted.set(qn("w:id"), "1")
    inserted.set(qn("w:author"), "Editor")
    inserted.append(paragraph.add_run("inserted")._r)
    deleted = OxmlElement("w:del")
    deleted.set(qn("w:id"), "2")
    deleted.set(qn("w:author"), "Editor")
    removed = paragraph.add_run()._r
    removed_text = OxmlElement("w:delText")
    removed_text.text = " removed"
    removed.append(removed_text)
    deleted.append(removed)
    paragraph._p.append(inserted)
    paragraph._p.append(deleted)

    doc = read(document)

    assert [b.text for b in doc.blocks] == ["Kept inserted"]
    assert any("tracked changes" in w for w in doc.warnings)


def test_small_drawn_shapes_are_coloured_marks_and_large_ones_are_not() -> None:
    document = new_document()
    complete = document.add_paragraph()
    add_drawn_shape(complete, "00B050")
    complete.add_run(" Complete")
    outstanding = document.add_paragraph()
    add_drawn_shape(outstanding, "FF0000", geometry="ellipse", vml_only=True)
    outstanding.add_run(" Outstanding")
    banner = document.add_paragraph()
    add_drawn_shape(banner, "1F4E79", size_emu=914400 * 3)
    banner.add_run(" Beside a large box")

    doc = read(document)

    assert [(s.text, s.style.colour) for s in _by_text(doc, "■ Complete").spans] == [
        ("■", "#00b050"), (" Complete", None)]
    assert _by_text(doc, "● Outstanding").spans[0].style.colour == "#ff0000"
    assert _by_text(doc, "Beside a large box").text == "Beside a large box"


def test_a_bold_address_block_is_not_a_heading() -> None:
    document = new_document()
    styled_run(document.add_paragraph(), "Office of the Commissioner\nCivic Centre\nHigh Street\nAB1 2CD", bold=True)
    styled_run(document.add_paragraph(), "Scrutiny Meeting\nSpring session", bold=True)

    blocks = _text_blocks(read(document))

    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH, BlockKind.HEADING]


def test_bold_character_style_in_a_bold_paragraph_style_toggles_bold_off() -> None:
    # ECMA-376 17.7.3: bold and italic in two style levels combine by XOR, as Word shows them.
    document = new_document()
    emphasis = document.styles.add_style("Plain In Bold", WD_STYLE_TYPE.CHARACTER)
    emphasis.font.bold = True
    bold_paragraphs = document.styles.add_style("Bold Body", WD_STYLE_TYPE.PARAGRAPH)
    bold_paragraphs.font.bold = True
    paragraph = document.add_paragraph("Bold words then ", style="Bold Body")
    paragraph.add_run("regular words", style="Plain In Bold")
    direct = paragraph.add_run(" and bold again")
    direct.style = emphasis
    direct.bold = True  # direct formatting is absolute, never toggled

    block = _by_text(read(document), "Bold words then regular words and bold again")

    assert [(s.text, s.style.bold) for s in block.spans] == [
        ("Bold words then ", True), ("regular words", False), (" and bold again", True)]
