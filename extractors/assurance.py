"""The assurance extractor: decisions from Question | Evidence | Decision
tables (extractors/assurance_tables.py) and decisions minuted as paragraphs
or spoken in a transcript (extractors/assurance_minutes.py), their levels
read by one mechanism (extractors/assurance_levels.read_level: a level set
apart by layout or as the complement of the decider's sentence) and one
vocabulary."""

from __future__ import annotations

from dataclasses import asdict, replace

from extractors.assurance_levels import label_levels
from extractors.assurance_minutes import minute_decisions, minuted_answers, prose_questions
from extractors.assurance_tables import table_decisions
from extractors.base import ExtractorResult, RecordFactory
from extractors.context import DocumentContext
from extractors.meetings import pack_meeting
from extractors.tables import bilingual_side, words
from pipeline.layout import LayoutDocument

# What a comment cell or follow-up holds where there is no comment ("None.", "N/A", "-").
_NO_COMMENT = {"", "none", "nil", "n a", "no comment", "no comments", "no further comment", "no further comments",
               "none required"}

NAME = "assurance"
VERSION = "2.63.0"


def extract(doc: LayoutDocument, ctx: DocumentContext) -> ExtractorResult:
    factory = RecordFactory(doc, NAME, VERSION)
    result = ExtractorResult()
    colours = label_levels(doc)
    pack_date = ctx.meeting_date or pack_meeting(doc)[1]
    minuted = minuted_answers(doc)
    side = bilingual_side(doc)
    in_prose = prose_questions(doc, side)
    decisions = (table_decisions(doc, colours, pack_date, result.warnings)
                 + minute_decisions(doc, colours, pack_date, side))
    for decision in decisions:
        asked = minuted.get(words(decision.question))
        if asked is not None:  # decided apart from the notes (a summary, an appendix): they minute question and answer
            decision = replace(decision, evidence_summary=decision.evidence_summary or asked.answer or None,
                               question_number=decision.question_number or asked.number,
                               page=min(decision.page, asked.page) if decision.page and asked.page else decision.page)
        prose_question = in_prose.get(decision.question_number or "") if decision.item_numbered else None
        if decision.evidence_summary is None and prose_question is not None:  # "3a": item 3's first question
            decision = replace(decision, evidence_summary=prose_question.answer or None,
                               topic=prose_question.topic or decision.topic)
        fields = asdict(decision)
        key, page, confidence = fields.pop("key"), fields.pop("page"), fields.pop("confidence")
        fields.pop("item_numbered")
        if words(fields["commentary"] or "") in _NO_COMMENT:  # a comment cell saying there is none
            fields["commentary"] = None
        result.drafts.append(factory.draft("assurance_decisions", key=key, page=page, confidence=confidence,
                                           **fields))
    return result
