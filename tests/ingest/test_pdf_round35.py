"""The PDF backend on inspection round 35's layouts: a rating printed as a
run of dots is the cell's text, not a list item."""

from __future__ import annotations

from pipeline.layout import BlockKind, Table

from .pdf_builders import grid, item, para, read, story_pdf


def test_a_run_of_rating_dots_is_content_not_a_bullet() -> None:
    """'●●●○○' (or spaced '● ● ○ ○ ○') in a rating cell keeps every dot as
    text, so the filled dots count; a '●' before words is still a bullet."""
    doc = read(story_pdf([
        para("Rating key: ●●●●○ Good ●●●○○ Adequate"),
        grid([["Area of policing", "Rating"], ["Preventing crime", "●●●●○"], ["Investigating crime", "●●●○○"],
              ["Managing offenders", "● ● ○ ○ ○"]], [250, 120]),
        item("The force should review its crime recording.", marker="●")]))
    table = next(b for b in doc.blocks if isinstance(b, Table))
    ratings = [cell.blocks[0] for cell in table.cells if cell.col == 1 and cell.row > 0]
    assert [(b.kind, b.marker, b.text) for b in ratings] == [
        (BlockKind.PARAGRAPH, None, "●●●●○"), (BlockKind.PARAGRAPH, None, "●●●○○"),
        (BlockKind.PARAGRAPH, None, "● ● ○ ○ ○")]
    bullet = next(b for b in doc.text_blocks() if "crime recording" in b.text)
    assert (bullet.kind, bullet.marker, bullet.text) == (
        BlockKind.LIST_ITEM, "●", "The force should review its crime recording.")
