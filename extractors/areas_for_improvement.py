"""Areas for improvement: bullets under an "Areas for improvement" label,
bold or italic headings each with its explanatory paragraphs (the detail),
sentences under "Area for improvement 1", and the rows of a table whose
header names them (a force's response, plan, tracker or register). Each is
tagged with the area it opens with ("Investigating crime: The force should
..."), or names in brackets before or after its words ("... in every call.
(Responding to the public)"), else the area whose section, merged cell or
column holds it; a table's row nothing places takes the one area of the
framework whose topic words it uses ("custody"), and those words overrule a
section's area (an AFI on problem-solving printed under "Investigating
crime"), never a printed label's. An AFI made to every force ("Forces
should ...") is no one force's."""

from __future__ import annotations

from extractors.base import ExtractorResult, RecordFactory
from extractors.context import DocumentContext
from extractors.force_response import AFI, quoted_items, quoting_tables
from extractors.sections import Item, Part, force_addressed, items_of, place_blocks
from extractors.vocab import CHILD_PROTECTION, item_area_name, topic_area
from pipeline.layout import LayoutDocument

NAME = "areas_for_improvement"
VERSION = "1.48.0"


def extract(doc: LayoutDocument, ctx: DocumentContext) -> ExtractorResult:
    factory = RecordFactory(doc, NAME, VERSION)
    result = ExtractorResult()
    for item in items_of(place_blocks(doc, ctx), Part.AREAS_FOR_IMPROVEMENT, quoting_tables(doc, ctx)):
        p = item.placed
        result.drafts.append(factory.draft(
            AFI, key=item.key, page=p.block.prov.page, confidence=0.9 if item.bulleted or item.detail else 0.75,
            force=force_addressed(item.text, ctx), area=_labelled_section_or_topic(item, ctx), text=item.text,
            detail=item.detail_text,
        ))
    for quoted in quoted_items(doc, ctx):
        if quoted.record_type == AFI:
            result.drafts.append(factory.draft(
                AFI, key=quoted.order, page=quoted.page, confidence=0.85,
                force=force_addressed(quoted.text, ctx, quoted.force),
                area=item_area_name(quoted.area, quoted.text, ctx.framework), text=quoted.text, force_response=quoted.response,
            ))
    return result


def _labelled_section_or_topic(item: Item, ctx: DocumentContext) -> str | None:
    """The area printed beside an item ("(Managing offenders) The force
    should ..."); else the area whose section holds it, unless, in a PEEL
    report, its topic words name another (a workforce AFI printed under the
    investigation section's); child protection areas share their topics (the
    child's voice is heard in several), so there the section decides."""
    if item.labelled_area:
        return item.labelled_area.name
    section = item.placed.area
    topical = topic_area(item.text, ctx.framework) if section and ctx.framework != CHILD_PROTECTION else None
    area = topical or section
    return area.name if area else None
