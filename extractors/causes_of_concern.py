"""Causes of concern and their recommendations (one module: a
recommendation record links to its cause).

A cause of concern is a bold or italic heading under a "Cause of concern"
label, with its explanatory paragraphs as detail. Its recommendations follow
under "Recommendations": a lead-in sentence ("With immediate effect, X
Police should make sure that:") and one record per bullet, with the lead-in's
timescale; or a sentence of its own, a numbered label run into it or over it
("Recommendation 1"), its timescale in the sentence or on a "Timescale:" line
below. A paragraph introducing one item runs on into it after the colon ("The
inspectorate raised one cause of concern, in <area>: ...", "It made one
recommendation: Within three months, ..."). A list cut by a page break is still one list. Tables whose header
names them (force responses, plans, trackers) quote causes and recommendations
too, a recommendation's ref coded under its cause's ("CoC 1 R1" under "CoC 1"),
and a plan's recommendation rows complete the lead-in printed straight above
their table ("By <date>, the force should:"), its lead-in and timescale.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.base import Draft, ExtractorResult, RecordFactory
from extractors.context import DocumentContext
from extractors.force_response import CAUSE, RECOMMENDATION, quoted_items, quoting_tables
from extractors.sections import (
    Part,
    Placed,
    continues,
    force_addressed,
    is_bulleted,
    is_lead_in,
    items_of,
    list_text,
    place_blocks,
    timescale_of,
)
from extractors.vocab import item_area_name
from pipeline.layout import LayoutDocument, Table, TextBlock

NAME = "causes_of_concern"
VERSION = "1.50.0"

# "... the force. Recommendation: Within six months, ...": a cause's recommendation run into its paragraph
# "Norfolk Constabulary should review ...": a recommendation worded as a sentence of its own, subject and all
_OWN_SENTENCE = re.compile(r"^(?:[^,]{3,60},\s+)?[A-Z][^,]{1,60}?\s+(?:should|must)\b")
# "Timescale: within three months", "Timeframe – by 31 March 2026": a recommendation's own timescale below it
_TIMESCALE_LABEL = re.compile(r"^(?:timescales?|timeframes?|deadline)\s*(?::|\s[-\u2013]\s)\s*(?P<value>\S.*?)\.?$",
                              re.I)
_RUN_IN_RECOMMENDATION = re.compile(r"(?<=[.!?])\s+Recommendations?(?:\s+\d+(?:\.\d+)*)?\s*(?::|\s[-\u2013]\s)\s*(?=\S)")


def extract(doc: LayoutDocument, ctx: DocumentContext) -> ExtractorResult:
    factory = RecordFactory(doc, NAME, VERSION)
    placed = place_blocks(doc, ctx)
    result = ExtractorResult()
    causes: list[tuple[int, Draft]] = []  # block index of each cause, and its record
    for item in items_of(placed, Part.CAUSES_OF_CONCERN, quoting_tables(doc, ctx)):
        p = item.placed
        text, run_in = item.text, None
        split = _RUN_IN_RECOMMENDATION.search(text)
        if split:
            text, run_in = text[:split.start()], text[split.end():]
        draft = factory.draft(CAUSE, key=(p.index,), page=p.block.prov.page, confidence=0.9,
                              force=ctx.force, area=item.area.name if item.area else None,
                              text=text, detail=item.detail_text)
        causes.append((p.index, draft))
        result.drafts.append(draft)
        if run_in:
            result.drafts.append(_draft(factory, p, run_in, None, timescale_of(run_in), draft.record_id, ctx))
    result.drafts.extend(_recommendations(placed, causes, factory, ctx))
    result.drafts.extend(_quoted(doc, ctx, factory, _causes_above_tables(doc, placed, causes),
                                 _lead_ins_above_tables(doc)))
    return result


def _recommendations(placed: list[Placed], causes: list[tuple[int, Draft]], factory: RecordFactory,
                     ctx: DocumentContext) -> list[Draft]:
    drafts: list[Draft] = []
    lead_in: str | None = None
    cause_id: str | None = None
    last: Draft | None = None
    section_start = -1  # index of the heading that opened the current area's section
    previous_part: Part | None = None
    numbered = False  # a numbered label ("Recommendation 1") over the sentence that is its recommendation
    lead_in_level: int | None = None  # the list depth of a lead-in printed as a bullet over its recommendations
    for at, p in enumerate(placed):
        if p.role == "area":
            section_start = p.index
        opens = p.part is Part.RECOMMENDATIONS and (p.role == "label" or previous_part is not Part.RECOMMENDATIONS)
        previous_part = p.part
        if (p.part is not Part.RECOMMENDATIONS or not isinstance(p.block, TextBlock) or not p.block.text
                or p.role == "note"):
            continue
        text = p.text  # less a label run into it ("Recommendation 1: ...")
        if opens:
            # a "Recommendations" label, or a cause's lead-in with a timescale: the recommendations of the
            # section's last cause of concern
            lead_in, last, lead_in_level = None, None, None
            cause_id = next((d.record_id for i, d in reversed(causes) if section_start < i < p.index), None)
        if p.role == "label":
            numbered = p.label_number is not None
            continue
        timescale_label = _TIMESCALE_LABEL.match(text)
        if is_bulleted(p.block) and p.role != "lead_in" and _bulleted_lead_in(p, placed[at + 1:at + 2]):
            # "Within six months, the force should:" as a bullet over deeper bullets (a web page's nested list
            # saved as Word): their lead-in, no recommendation
            lead_in, last, lead_in_level = list_text(text), None, p.block.level
        elif is_bulleted(p.block) and p.role != "lead_in":
            item = list_text(text)
            if lead_in_level is not None and p.block.level <= lead_in_level:
                lead_in, lead_in_level = None, None  # back at the lead-in's depth: its list has ended
            # the lead-in a bullet completes ("we recommend that X:" over "immediately makes sure ..."), never the
            # introduction to bullets that are sentences of their own ("It made two recommendations:")
            hangs_from = None if _OWN_SENTENCE.match(item) else lead_in
            timescale = (timescale_of(hangs_from) if hangs_from else None) or timescale_of(item)
            last = _draft(factory, p, item, hangs_from, timescale, cause_id, ctx)
            drafts.append(last)
        elif last is not None and continues(last.fields["text"], text):
            last.fields["text"] = f"{last.fields['text']} {list_text(text)}"
        elif timescale_label:
            # "Timescale: within three months" under its recommendation
            if last is not None and last.fields["timescale"] is None:
                value = timescale_label.group("value")
                last.fields["timescale"] = timescale_of(value) or value
        elif is_lead_in(text):
            lead_in, last = text, None
        elif ((p.inline_text and (p.label_number or p.item_timescale)) or numbered
              or (timescale_of(text) and re.search(r"\bshould\b", text))):
            # a recommendation in a sentence of its own ("Recommendation 1: By ..., the force should ..."), its
            # timescale in its label's bracket ("Recommendation (within six months): ..."), or the sentence under a
            # numbered label ("Recommendation 1")
            last = _draft(factory, p, text, None, p.item_timescale or timescale_of(text), cause_id, ctx)
            drafts.append(last)
        numbered = False
    return drafts


def _bulleted_lead_in(p: Placed, following: list[Placed]) -> bool:
    """A bullet that is a lead-in worded as its own sentence ("Within six
    months, the force should:") with a deeper bullet under it."""
    item = list_text(p.text)
    below = following[0].block if following else None
    return (is_lead_in(item) and bool(_OWN_SENTENCE.match(item)) and isinstance(below, TextBlock)
            and is_bulleted(below) and below.level > p.block.level)


def _draft(factory: RecordFactory, p: Placed, text: str, lead_in: str | None, timescale: str | None,
           cause_id: str | None, ctx: DocumentContext) -> Draft:
    return factory.draft(RECOMMENDATION, key=(p.index,), page=p.block.prov.page, confidence=0.9,
                         force=force_addressed(lead_in or text, ctx), cause_of_concern_id=cause_id, text=text,
                         timescale=timescale, lead_in=lead_in)


def _causes_above_tables(doc: LayoutDocument, placed: list[Placed], causes: list[tuple[int, Draft]]) -> dict[int, str]:
    """The cause of concern each table in a cause's part serves (by the
    table's index in ``doc.blocks``): the last cause printed above it in the
    same area's section (a recommendations table under its cause)."""
    table_index = {id(block): index for index, block in enumerate(doc.blocks) if isinstance(block, Table)}
    served: dict[int, str] = {}
    section_start = -1
    for p in placed:
        if p.role == "area":
            section_start = p.index
        if id(p.block) in table_index and p.part in (Part.CAUSES_OF_CONCERN, Part.RECOMMENDATIONS):
            cause = next((d.record_id for i, d in reversed(causes) if section_start < i < p.index), None)
            if cause:
                served[table_index[id(p.block)]] = cause
    return served


# "By 31 January 2026, the force should:" ends on the modal its items complete
_MODAL_LEAD_IN = re.compile(r"\b(?:should|must)(?:\s+make\s+sure(?:\s+that)?)?\s*:\s*$", re.I)


def _lead_ins_above_tables(doc: LayoutDocument) -> dict[int, str]:
    """The lead-in printed straight above a table (by the table's index in
    ``doc.blocks``) whose rows complete it: a plan's "By <date>, the force
    should:" over its Ref | Recommendation | Action table."""
    lead_ins: dict[int, str] = {}
    for index, block in enumerate(doc.blocks[1:], start=1):
        above = doc.blocks[index - 1]
        if (isinstance(block, Table) and isinstance(above, TextBlock) and above.kind == "paragraph"
                and is_lead_in(above.text) and _MODAL_LEAD_IN.search(above.text)):
            lead_ins[index] = above.text.strip()
    return lead_ins


def _quoted(doc: LayoutDocument, ctx: DocumentContext, factory: RecordFactory, served: dict[int, str],
            lead_ins_above: dict[int, str]) -> list[Draft]:
    drafts: list[Draft] = []
    ids: dict[tuple[int, int, int], str] = {}
    for quoted in quoted_items(doc, ctx):
        if quoted.record_type == RECOMMENDATION and quoted.lead_in is None and not _OWN_SENTENCE.match(quoted.text):
            # a row completing the sentence above its table ("... should:" over "carry out a review of ...")
            quoted = replace(quoted, lead_in=lead_ins_above.get(quoted.order[0]))
        if quoted.record_type == CAUSE:
            draft = factory.draft(CAUSE, key=quoted.order, page=quoted.page, confidence=0.85,
                                  force=quoted.force or ctx.force,
                                  area=item_area_name(quoted.area, quoted.text, ctx.framework), text=quoted.text,
                                  force_response=quoted.response)
            ids[quoted.order] = draft.record_id
        elif quoted.record_type == RECOMMENDATION:
            draft = factory.draft(RECOMMENDATION, key=quoted.order, page=quoted.page, confidence=0.85,
                                  force=force_addressed(quoted.lead_in or quoted.text, ctx, quoted.force),
                                  cause_of_concern_id=ids.get(quoted.parent) if quoted.parent else served.get(quoted.order[0]),
                                  text=quoted.text, lead_in=quoted.lead_in,
                                  timescale=quoted.timescale or timescale_of(quoted.lead_in or quoted.text),
                                  force_response=quoted.response)
        else:
            continue
        drafts.append(draft)
    return drafts
