"""Pairing gold records with predicted ones, and counting what was right.

Within one document and one record type, a gold record and a predicted one
are *aligned* when their anchor fields are equal (after normalisation) and,
for types keyed on text, their texts are at least FUZZY_THRESHOLD similar.
Pairs are taken greedily, best first: pairs whose must-match fields agree
(a grade's grade) before those that do not, then by text similarity, then
by how many other fields gold gives they agree on (an undated gold grade
takes the undated prediction of its framework, not a dated one of another
inspection), then in reading order. An aligned pair is a true positive when its must-match
fields agree; otherwise it counts as a miss and a false positive, and it is
reported as a wrong value rather than as two unrelated errors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from extractors.text import normalise_for_match

# Two texts are the same record when their normalised forms are at least this
# similar (rapidfuzz ratio: 1 - Indel distance / total length). 0.90 absorbs
# hyphenation, a dropped word or two and PDF spacing noise in a sentence,
# while two different recommendations of the same lead-in stay apart.
FUZZY_THRESHOLD = 0.90

# Free-text attributes compared fuzzily with the same threshold; every other
# attribute must be equal after normalisation.
FUZZY_ATTRIBUTES = frozenset({"text", "detail", "evidence", "evidence_summary", "update",
                              "commentary", "lead_in", "question", "title", "cause_of_concern_text"})


@dataclass(frozen=True, slots=True)
class TypeSpec:
    """How records of one type are paired and scored."""

    text: str | None  # the field compared fuzzily to pair records, if any
    anchor: tuple[str, ...] = ()  # fields that must be equal to pair, where gold gives them
    must_match: tuple[str, ...] = ()  # fields a pair must agree on to be a true positive
    attributes: tuple[str, ...] = ()  # fields scored on aligned pairs

    def describe(self, record: dict[str, Any]) -> str:
        """A short label of a record for the lists of misses."""
        if self.text:
            label = _short(record.get(self.text))
        elif self.anchor:
            label = ", ".join(str(record.get(f)) for f in self.anchor if record.get(f) is not None)
        else:
            label = _short(record.get("title") or record.get("source_file"))
        extra = ", ".join(str(record.get(f)) for f in self.must_match if record.get(f) is not None)
        return f"{label} ({extra})" if extra else label


SPECS: dict[str, TypeSpec] = {
    # One per file: the exported documents record of the file is its partner.
    "documents": TypeSpec(text=None, attributes=("status", "doc_kind", "force", "organisation", "title",
                                                 "meeting_date", "publication_date", "file_type", "pages")),
    # A grade pairs on its date where gold gives one; a gold date of null (an
    # earlier column the document does not date) is then scored as an attribute.
    "grades": TypeSpec(text=None, anchor=("area", "as_of"), must_match=("grade",),
                       attributes=("grade", "as_of", "framework", "force", "area_raw", "page")),
    "areas_for_improvement": TypeSpec(text="text", attributes=("area", "force", "detail", "page")),
    "causes_of_concern": TypeSpec(text="text", attributes=("area", "force", "detail", "page")),
    "recommendations": TypeSpec(text="text", attributes=("timescale", "cause_of_concern_text", "lead_in",
                                                         "force", "page")),
    "findings": TypeSpec(text="text", attributes=("kind", "area", "force", "page")),
    "actions": TypeSpec(text="text", attributes=("status", "number", "topic", "meeting_date", "source",
                                                 "status_source", "update", "page")),
    "assurance_decisions": TypeSpec(text="question", attributes=("assurance", "question_number", "topic",
                                                                 "meeting_date", "evidence_summary",
                                                                 "commentary", "page")),
    "agenda_items": TypeSpec(text="title", anchor=("meeting_date",),
                             attributes=("number", "presenter", "meeting_date", "page")),
    "meetings": TypeSpec(text=None, anchor=("meeting_date",),
                         attributes=("topic", "organisation", "title", "page")),
}


def similarity(a: Any, b: Any) -> float:
    """0..1 similarity of two texts after normalising whitespace, bullets,
    quotes and case; 1.0 for two nulls, 0.0 for a null and a text."""
    if a is None or b is None:
        return 1.0 if a is None and b is None else 0.0
    return fuzz.ratio(normalise_for_match(str(a)), normalise_for_match(str(b))) / 100.0


def same_value(name: str, gold: Any, pred: Any) -> bool:
    if name in FUZZY_ATTRIBUTES:
        return similarity(gold, pred) >= FUZZY_THRESHOLD
    if gold is None or pred is None:
        return gold is None and pred is None
    if isinstance(gold, (int, float)) and isinstance(pred, (int, float)):
        return gold == pred
    return normalise_for_match(str(gold)) == normalise_for_match(str(pred))


@dataclass(slots=True)
class Pair:
    gold: int  # index in the gold list
    pred: int  # index in the pred list
    score: float
    correct: bool  # the must-match fields agree


@dataclass(slots=True)
class Matching:
    pairs: list[Pair] = field(default_factory=list)
    missed: list[int] = field(default_factory=list)  # gold indices with no partner
    spurious: list[int] = field(default_factory=list)  # pred indices with no partner

    @property
    def true_positives(self) -> int:
        return sum(1 for p in self.pairs if p.correct)


def match(spec: TypeSpec, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> Matching:
    """One-to-one greedy assignment of pred records to gold records."""
    candidates: list[tuple[bool, float, int, int, int, int]] = []
    for gi, g in enumerate(gold):
        anchors = [f for f in spec.anchor if g.get(f) is not None]
        for pi, p in enumerate(pred):
            if not all(same_value(f, g[f], p.get(f)) for f in anchors):
                continue
            score = similarity(g.get(spec.text), p.get(spec.text)) if spec.text else 1.0
            if score < FUZZY_THRESHOLD:
                continue
            correct = all(same_value(f, g.get(f), p.get(f)) for f in spec.must_match)
            agreeing = sum(same_value(f, g[f], p.get(f)) for f in (*spec.anchor, *spec.attributes) if f in g)
            candidates.append((correct, score, len(anchors), agreeing, gi, pi))
    # Best first. Among equals, gold that pins more anchors (a dated grade)
    # goes before gold that would take any date, so neither starves the
    # other; then the pair agreeing on more of gold's fields; then reading
    # order, so the result never depends on set order.
    candidates.sort(key=lambda c: (not c[0], -c[1], -c[2], -c[3], c[4], c[5]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    result = Matching()
    for correct, score, _, _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        result.pairs.append(Pair(gi, pi, score, correct))
    result.pairs.sort(key=lambda p: p.gold)
    result.missed = [i for i in range(len(gold)) if i not in used_gold]
    result.spurious = [i for i in range(len(pred)) if i not in used_pred]
    return result


@dataclass(slots=True)
class Counts:
    gold: int = 0
    pred: int = 0
    tp: int = 0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.pred += other.pred
        self.tp += other.tp

    @property
    def precision(self) -> float:
        # Claiming nothing is never wrong; finding nothing when nothing is
        # there is complete. F1 is then 1 only when both are empty.
        return self.tp / self.pred if self.pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {"gold": self.gold, "pred": self.pred, "tp": self.tp, "fp": self.pred - self.tp,
                "fn": self.gold - self.tp, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def _short(value: Any, width: int = 90) -> str:
    text = " ".join(str(value).split()) if value is not None else ""
    return text if len(text) <= width else text[: width - 1] + "\u2026"
