"""The assurance extractor: decisions from Question | Evidence | Decision
tables (extractors/assurance_tables.py) and decisions minuted as paragraphs
or spoken in a transcript (extractors/assurance_minutes.py), their levels
read by one mechanism (extractors/assurance_levels.read_level: a level set
apart by layout or as the complement of the decider's sentence) and one
vocabulary; a decision given apart from its question (a summary, an
appendix) takes the question's answer where it is asked (_answered_elsewhere)."""

from __future__ import annotations

from dataclasses import asdict, replace

from extractors.assurance_levels import AnsweredQuestion, Decision, label_levels
from extractors.assurance_minutes import minute_decisions, minuted_answers, prose_questions
from extractors.assurance_tables import answered_rows, decision_column, table_decisions
from extractors.base import ExtractorResult, RecordFactory
from extractors.context import DocumentContext
from extractors.meetings import pack_meeting
from extractors.tables import bilingual_side, words
from pipeline.layout import LayoutDocument

# What a comment cell or follow-up holds where there is no comment ("None.", "N/A", "-").
_NO_COMMENT = {"", "none", "nil", "n a", "no comment", "no comments", "no further comment", "no further comments",
               "none required"}

NAME = "assurance"
VERSION = "2.121.3"


def extract(doc: LayoutDocument, ctx: DocumentContext) -> ExtractorResult:
    factory = RecordFactory(doc, NAME, VERSION)
    result = ExtractorResult()
    colours = label_levels(doc, decision_column)
    pack_date = ctx.meeting_date or pack_meeting(doc)[1]
    side = bilingual_side(doc)
    answered = answered_rows(doc, colours) + minuted_answers(doc)
    in_prose = prose_questions(doc, side)
    decisions = (table_decisions(doc, colours, pack_date, result.warnings)
                 + minute_decisions(doc, colours, pack_date, side))
    for decision in decisions:
        decision = _answered_elsewhere(decision, answered, in_prose)
        fields = asdict(decision)
        key, page, confidence = fields.pop("key"), fields.pop("page"), fields.pop("confidence")
        fields.pop("item_numbered")
        if words(fields["commentary"] or "") in _NO_COMMENT:  # a comment cell saying there is none
            fields["commentary"] = None
        result.drafts.append(factory.draft("assurance_decisions", key=key, page=page, confidence=confidence,
                                           **fields))
    return result


def _answered_elsewhere(decision: Decision, answered: list[AnsweredQuestion],
                        in_prose: dict[str, AnsweredQuestion]) -> Decision:
    """``decision`` with what the place its question is asked and answered
    (``answered``: the notes, a table that only asks and answers) adds: the
    answer where the decision has none, its number where it has none, and
    the page where it is asked, if earlier. The question is found by its
    words; else, for a decision with no answer of its own, by its number: the
    one question of that number, or, where the decisions table numbers the
    notes' items ("3a": item 3's first question), the question put in prose
    under that item (``in_prose``), whose item titles the topic."""
    asked = words(decision.question)
    found = next((question for question in answered if question.asked == asked), None)
    if found is None and decision.evidence_summary is None and decision.question_number:
        numbered = [question for question in answered if question.number == decision.question_number]
        found = in_prose.get(decision.question_number) if decision.item_numbered \
            else numbered[0] if len(numbered) == 1 else None
    if found is None:
        return decision
    return replace(decision, evidence_summary=decision.evidence_summary or found.answer or None,
                   question_number=decision.question_number or found.number, topic=found.topic or decision.topic,
                   page=min(decision.page, found.page) if decision.page and found.page else decision.page)
