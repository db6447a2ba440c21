"""Minimum figures kept in the repo (eval/thresholds.json) and the check
that names every figure below its minimum.

    {
      "f1": {"grades": 0.98},                          # micro F1 over all gold documents
      "document_f1": {"*": {"grades": 0.9},             # every gold document scoring the type
                      "some-pack.pdf": {"actions": 0.8}},  # one document (overrides "*")
      "attributes": {"actions": {"status": 0.9}},       # accuracy on aligned pairs
      "notes": "why the figures are what they are"
    }
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.evaluate_data import EvaluationInputError
from pipeline.evaluate_match import SPECS
from pipeline.evaluate_report import fmt

_SECTIONS = {"f1", "document_f1", "attributes", "notes"}
EVERY_DOCUMENT = "*"


def load_thresholds(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EvaluationInputError(f"Thresholds file {path} could not be read as JSON: {exc}.") from exc
    if not isinstance(data, dict) or set(data) - _SECTIONS:
        raise EvaluationInputError(f"{path}: thresholds hold only the sections {', '.join(sorted(_SECTIONS))}.")
    _check_types(path, "f1", data.get("f1", {}))
    _check_figures(path, "f1", data.get("f1", {}))
    for document, minimums in data.get("document_f1", {}).items():
        _check_types(path, f"document_f1.{document}", minimums)
        _check_figures(path, f"document_f1.{document}", minimums)
    _check_types(path, "attributes", data.get("attributes", {}))
    for record_type, minimums in data.get("attributes", {}).items():
        _check_figures(path, f"attributes.{record_type}", minimums)
        unknown = set(minimums) - set(SPECS[record_type].attributes)
        if unknown:
            raise EvaluationInputError(f"{path}: {record_type} has no scored attribute {', '.join(sorted(unknown))}.")
    return data


def _check_types(path: Path, where: str, minimums: Any) -> None:
    if not isinstance(minimums, dict):
        raise EvaluationInputError(f"{path}: {where} must map record types to minimums.")
    unknown = sorted(set(minimums) - set(SPECS))
    if unknown:
        raise EvaluationInputError(f"{path}: {where} names unknown record types {', '.join(unknown)}.")


def _check_figures(path: Path, where: str, figures: Any) -> None:
    if not isinstance(figures, dict):
        raise EvaluationInputError(f"{path}: {where} must map names to figures.")
    for name, value in figures.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise EvaluationInputError(f"{path}: {where}.{name} must be a figure from 0 to 1.")


def check_thresholds(report: dict[str, Any], thresholds: dict[str, Any]) -> list[str]:
    """One "FAIL ..." line per figure below its minimum, per document whose
    outcome is not what gold expects, and per minimum with nothing to score."""
    failures = [f"FAIL {d['source_file']}: {d['problem']}" for d in report["documents"] if d["problem"]]
    for record_type, minimum in thresholds.get("f1", {}).items():
        counts = report["types"].get(record_type)
        if counts is None:
            failures.append(f"FAIL {record_type}: a minimum F1 is set but no gold document scores {record_type}")
        elif counts["f1"] < minimum:
            failures.append(f"FAIL {record_type} F1 {fmt(counts['f1'])} < {fmt(minimum)} overall")
    failures += _document_failures(report, thresholds.get("document_f1", {}))
    for record_type, minimums in thresholds.get("attributes", {}).items():
        for attribute, minimum in minimums.items():
            tally = report["attributes"].get(record_type, {}).get(attribute)
            if tally is None or tally["accuracy"] is None:
                failures.append(f"FAIL {record_type}.{attribute}: a minimum accuracy is set but no aligned "
                                "pair scores it")
            elif tally["accuracy"] < minimum:
                failures.append(f"FAIL {record_type}.{attribute} accuracy {fmt(tally['accuracy'])} "
                                f"< {fmt(minimum)} overall")
    return failures


def _document_failures(report: dict[str, Any], document_f1: dict[str, dict[str, float]]) -> list[str]:
    failures = []
    documents = {d["source_file"]: d for d in report["documents"]}
    for name in sorted(set(document_f1) - {EVERY_DOCUMENT} - set(documents)):
        failures.append(f"FAIL {name}: a minimum is set but there is no gold file for it")
    for name, document in documents.items():
        minimums = {t: m for t, m in document_f1.get(EVERY_DOCUMENT, {}).items() if t in document["types"]}
        minimums.update(document_f1.get(name, {}))
        for record_type, minimum in minimums.items():
            counts = document["types"].get(record_type)
            if counts is None:
                failures.append(f"FAIL {record_type}: a minimum is set on {name} but its gold does not "
                                f"score {record_type}")
            elif counts["f1"] < minimum:
                failures.append(f"FAIL {record_type} F1 {fmt(counts['f1'])} < {fmt(minimum)} on {name}")
    return failures
