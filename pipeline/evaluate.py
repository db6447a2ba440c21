"""``scrutiny eval``: score an export folder against gold annotations.

Precision, recall and F1 per record type (micro, over all gold documents)
and per document; accuracy of key attributes on aligned pairs; the misses,
false positives and wrong attributes with their pages. ``--thresholds``
turns the figures into a pass/fail check for CI. Matching rules are in
``pipeline.evaluate_match``; the gold format in docs/gold-format.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from pipeline.evaluate_data import EvaluationInputError, GoldDocument, Prediction, load_gold, load_prediction
from pipeline.evaluate_match import FUZZY_THRESHOLD, SPECS, Counts, match, same_value
from pipeline.evaluate_report import render_markdown, render_table, write_markdown_section
from pipeline.evaluate_thresholds import check_thresholds, load_thresholds


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--gold", type=Path, required=True, nargs="+", metavar="DIR",
                        help="folders of gold files (<file name>.json); a document's gold in one of them only")
    parser.add_argument("--pred", type=Path, required=True, metavar="EXPORT_DIR", help="export folder written by `scrutiny extract`")
    parser.add_argument("--thresholds", type=Path, metavar="FILE",
                        help="JSON of minimum figures; exit 1 naming every figure below its minimum")
    parser.add_argument("--json", action="store_true", help="print the full report as JSON instead of a table")
    parser.add_argument("--write-md", type=Path, metavar="FILE",
                        help="also replace the figures section of FILE (e.g. EVALUATION.md) with the report")
    parser.add_argument("--limit", type=int, default=20, metavar="N",
                        help="misses, false positives and wrong attributes listed per document (0: all)")


def run(args: argparse.Namespace) -> int:
    try:
        gold = load_gold(args.gold)
        scored_types = {t for document in gold.values() for t in document.records}
        prediction = load_prediction(args.pred, scored_types)
        thresholds = load_thresholds(args.thresholds) if args.thresholds else None
        report = evaluate(gold, prediction)
        if args.write_md:
            write_markdown_section(args.write_md, render_markdown(report))
    except EvaluationInputError as exc:
        print(f"scrutiny eval: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(render_table(report, args.limit))
    if thresholds is None:
        return 0
    failures = check_thresholds(report, thresholds)
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


def evaluate(gold: dict[str, GoldDocument], prediction: Prediction) -> dict[str, Any]:
    """The full report as plain data (what ``--json`` prints)."""
    overall: dict[str, Counts] = {}
    attributes: dict[str, dict[str, list[int]]] = {}  # type -> attribute -> [correct, compared]
    documents = []
    for source_file in sorted(gold):
        document = gold[source_file]
        predicted = prediction.documents.get(source_file)
        entry: dict[str, Any] = {"source_file": source_file, "expect": document.expect,
                                 "checked": document.checked,
                                 "status": predicted.get("status") if predicted else None,
                                 "problem": _expectation_problem(document, predicted),
                                 "types": {}, "misses": [], "false_positives": [], "attribute_errors": []}
        for record_type in sorted(document.records):
            counts = _score_type(record_type, document.records[record_type],
                                 prediction.of(record_type, source_file) if predicted else [],
                                 entry, attributes.setdefault(record_type, {}))
            overall.setdefault(record_type, Counts()).add(counts)
            entry["types"][record_type] = counts.to_dict()
        for key in ("misses", "false_positives", "attribute_errors"):
            entry[key].sort(key=lambda item: (item["type"], item["page"] is None, item["page"] or 0))
        documents.append(entry)
    return {
        "fuzzy_threshold": FUZZY_THRESHOLD,
        "gold_documents": len(gold),
        "types": {t: overall[t].to_dict() for t in sorted(overall)},
        "attributes": {t: {a: {"correct": c, "compared": n, "accuracy": round(c / n, 4) if n else None}
                           for a, (c, n) in attributes[t].items()}
                       for t in sorted(attributes)},
        "documents": documents,
    }


def _score_type(record_type: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]],
                entry: dict[str, Any], attribute_tally: dict[str, list[int]]) -> Counts:
    spec = SPECS[record_type]
    matching = match(spec, gold, pred)
    for gi in matching.missed:
        entry["misses"].append(_item(record_type, spec.describe(gold[gi]), gold[gi], "not found"))
    for pi in matching.spurious:
        entry["false_positives"].append(_item(record_type, spec.describe(pred[pi]), pred[pi], "not in gold"))
    for pair in matching.pairs:
        g, p = gold[pair.gold], pred[pair.pred]
        if not pair.correct:
            wrong = "; ".join(f"{f} extracted as {p.get(f)!r}" for f in spec.must_match
                              if not same_value(f, g.get(f), p.get(f)))
            entry["misses"].append(_item(record_type, spec.describe(g), g, wrong))
            entry["false_positives"].append(_item(record_type, spec.describe(p), p, f"wrong value of {spec.describe(g)}"))
        for attribute in spec.attributes:
            if attribute not in g:  # gold that leaves an attribute out does not score it
                continue
            tally = attribute_tally.setdefault(attribute, [0, 0])
            tally[1] += 1
            if same_value(attribute, g[attribute], p.get(attribute)):
                tally[0] += 1
            elif attribute not in spec.must_match:  # a wrong must-match value is listed as a miss already
                entry["attribute_errors"].append({
                    **_item(record_type, spec.describe(g), g, f"{attribute} differs"),
                    "attribute": attribute, "gold_value": g[attribute], "pred_value": p.get(attribute)})
    return Counts(gold=len(gold), pred=len(pred), tp=matching.true_positives)


def _item(record_type: str, label: str, record: dict[str, Any], reason: str) -> dict[str, Any]:
    return {"type": record_type, "page": record.get("page"), "text": label, "reason": reason}


def _expectation_problem(document: GoldDocument, predicted: dict[str, Any] | None) -> str | None:
    """Why the document's outcome is not what gold expects, or None."""
    if predicted is None:
        return "not in the export (no documents record), so all its records count as missed"
    status = predicted.get("status")
    if document.expect == "failed":
        if status != "failed":
            return f"expected to fail, but its status is {status}"
        error = predicted.get("error") or ""
        if document.error_contains.lower() not in error.lower():
            return f"failed, but its error does not contain {document.error_contains!r}: {error!r}"
        return None
    if status == "failed":
        return f"expected to be processed, but it failed: {predicted.get('error')}"
    return None
