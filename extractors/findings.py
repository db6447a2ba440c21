"""Findings: the bullets under "Main findings" (or, without bullets, the bold
statements set under it), and promising and innovative
practice (bullets, or the practice's own title or first sentence), each
tagged with the area whose section holds it. Lists elsewhere ("Areas of
Focus", evidence bullets in a pack's notes tables) are not findings."""

from __future__ import annotations

from extractors.base import ExtractorResult, RecordFactory
from extractors.context import DocumentContext
from extractors.sections import (
    Part,
    Placed,
    continues,
    is_bulleted,
    is_lead_in,
    lead_in_area,
    list_text,
    place_blocks,
)
from extractors.text import clean
from extractors.vocab import Area
from pipeline.layout import LayoutDocument, TextBlock

NAME = "findings"
VERSION = "1.22.4"

_KINDS = (Part.MAIN_FINDINGS, Part.PROMISING_PRACTICE, Part.INNOVATIVE_PRACTICE)


def extract(doc: LayoutDocument, ctx: DocumentContext) -> ExtractorResult:
    factory = RecordFactory(doc, NAME, VERSION)
    result = ExtractorResult()
    for run in _runs(place_blocks(doc, ctx)):
        for p, text in _findings(run):
            area = p.area
            named = _named_in_sentence(p)
            if named:
                # "... innovative practice, in preventing crime: <bold title>. ...": the title, in the area named
                text, area = named[0], named[1] or area
            result.drafts.append(factory.draft(
                "findings", key=(p.index,), page=p.block.prov.page, confidence=0.9,
                force=ctx.force, area=area.name if area else None, kind=p.part.value, text=text,
            ))
    return result


def _named_in_sentence(p: Placed) -> tuple[str, Area | None] | None:
    """A practice named in bold inside a sentence of its paragraph ("HMICFRS
    highlighted one example of innovative practice, in preventing crime:
    **Farm watch volunteers**."): its bold title, and the area the words
    before it name; None unless one bold run stands among plain words."""
    block = p.block
    if not isinstance(block, TextBlock) or p.part is Part.MAIN_FINDINGS:
        return None
    runs = [(span.style.bold, span.text) for span in block.spans if span.text.strip()]
    bold = [index for index, (is_bold, _) in enumerate(runs) if is_bold]
    if len(bold) != 1 or len(runs) == 1:
        return None
    before = clean("".join(text for _, text in runs[:bold[0]]))
    named_area = lead_in_area(before, p.framework)
    return clean(runs[bold[0]][1]).rstrip(".:"), named_area[0] if named_area else None


def _runs(placed: list[Placed]) -> list[list[Placed]]:
    """The text blocks of each findings part, one list a label."""
    runs: list[list[Placed]] = []
    previous: Placed | None = None
    for p in placed:
        if p.part in _KINDS and isinstance(p.block, TextBlock):
            if p.role == "label" or previous is None or previous.part is not p.part:
                runs.append([])
            if p.role not in ("label", "note"):  # a figure's caption or source line is no finding
                runs[-1].append(p)
        previous = p
    return [run for run in runs if run]


def _findings(run: list[Placed]) -> list[tuple[Placed, str]]:
    """Bullets are the findings; a practice note without bullets is its
    title, or else its first paragraph."""
    found: list[tuple[Placed, str]] = []
    for p in run:
        text = p.text
        if is_bulleted(p.block) and not (p.block.level > 0 and found):
            found.append((p, list_text(text)))
        elif found and continues(found[-1][1], text):
            found[-1] = (found[-1][0], f"{found[-1][1]} {text}")
    if found:
        return found
    if run[0].part is Part.MAIN_FINDINGS:
        # no bullets: the findings are bold statements, each over its explanation
        return [(p, p.text) for p in run if p.role == "title"]
    first = next((p for p in run if p.role == "title"), None) or next(
        (p for p in run if not is_lead_in(p.text)), run[0])
    return [(first, first.text)]
