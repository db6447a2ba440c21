"""Reading gold annotations (docs/gold-format.md) and export folders of
``scrutiny extract``, with errors a person can act on."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.evaluate_match import SPECS
from schemas.records import RECORD_MODELS

# Fields every exported record carries that gold never holds.
_PROVENANCE = frozenset({"record_id", "doc_id", "source_file", "extractor", "confidence"})
# Gold writes links as the parent's text (recommendation -> cause of concern).
_GOLD_LINKS = {"recommendations": {"cause_of_concern_text"}}


class EvaluationInputError(ValueError):
    """A gold or export folder that cannot be scored; the message says why."""


@dataclass(slots=True)
class GoldDocument:
    source_file: str
    expect: str  # "ok" or "failed"
    error_contains: str | None
    checked: str | None
    records: dict[str, list[dict[str, Any]]]  # only the types scored on this document


@dataclass(slots=True)
class Prediction:
    documents: dict[str, dict[str, Any]]  # source_file -> documents record
    records: dict[str, dict[str, list[dict[str, Any]]]] = field(default_factory=dict)  # type -> file -> records

    def of(self, record_type: str, source_file: str) -> list[dict[str, Any]]:
        return self.records.get(record_type, {}).get(source_file, [])


def load_gold(folders: list[Path]) -> dict[str, GoldDocument]:
    gold: dict[str, GoldDocument] = {}
    found_in: dict[str, Path] = {}
    for folder in folders:
        if not folder.is_dir():
            raise EvaluationInputError(f"Gold folder {folder} does not exist.")
        files = sorted(folder.glob("*.json"))
        if not files:
            raise EvaluationInputError(f"Gold folder {folder} holds no .json files (see docs/gold-format.md).")
        for path in files:
            document = _gold_document(path)
            if document.source_file in gold:
                raise EvaluationInputError(
                    f"{path}: {document.source_file} has gold in {found_in[document.source_file]} too; gold is "
                    "matched by file name, so give each document one gold file (rename one of the documents).")
            gold[document.source_file] = document
            found_in[document.source_file] = path
    return gold


def _gold_document(path: Path) -> GoldDocument:
    data = _read_json(path, "gold file")
    if not isinstance(data, dict):
        raise EvaluationInputError(f"{path}: a gold file must hold one JSON object.")
    source_file = data.get("source_file")
    if source_file is None or path.name != f"{source_file}.json":
        raise EvaluationInputError(
            f"{path}: source_file must be the document's file name and the gold file named after it "
            f"(<source_file>.json); found source_file={source_file!r}.")
    expect = data.get("expect", "ok")
    if expect not in ("ok", "failed"):
        raise EvaluationInputError(f"{path}: expect must be \"ok\" or \"failed\", not {expect!r}.")
    error_contains = data.get("error_contains")
    if expect == "failed" and not error_contains:
        raise EvaluationInputError(f"{path}: a document expected to fail needs error_contains, "
                                   "a phrase its error must hold.")
    records = data.get("records", {})
    if not isinstance(records, dict):
        raise EvaluationInputError(f"{path}: records must map record types to lists.")
    for record_type, items in records.items():
        _check_gold_records(path, record_type, items)
    return GoldDocument(source_file, expect, error_contains, data.get("checked"), records)


def _check_gold_records(path: Path, record_type: str, items: Any) -> None:
    if record_type not in SPECS:
        raise EvaluationInputError(f"{path}: unknown record type {record_type!r}; "
                                   f"scored types are {', '.join(SPECS)}.")
    if not isinstance(items, list):
        raise EvaluationInputError(f"{path}: records.{record_type} must be a list.")
    spec = SPECS[record_type]
    allowed = (set(RECORD_MODELS[record_type].model_fields) - _PROVENANCE) | {"page"} \
        | _GOLD_LINKS.get(record_type, set())
    for number, item in enumerate(items, 1):
        where = f"{path}: records.{record_type}[{number}]"
        if not isinstance(item, dict):
            raise EvaluationInputError(f"{where} must be an object.")
        unknown = sorted(set(item) - allowed)
        if unknown:
            raise EvaluationInputError(f"{where} has fields the contract does not know: {', '.join(unknown)}.")
        required = [spec.text] if spec.text else [f for f in spec.anchor if f != "as_of"]
        missing = [f for f in (*required, *spec.must_match) if not item.get(f)]
        if missing:
            raise EvaluationInputError(f"{where} lacks {', '.join(missing)}, which records are matched on.")


def load_prediction(folder: Path, record_types: set[str]) -> Prediction:
    """An export folder: documents.json plus <type>.json for each scored type."""
    documents_path = folder / "documents.json"
    if not documents_path.is_file():
        raise EvaluationInputError(f"{folder} is not an export folder of `scrutiny extract`: "
                                   "documents.json is missing.")
    documents: dict[str, dict[str, Any]] = {}
    for record in _records(documents_path):
        name = record["source_file"]
        if name in documents and documents[name].get("doc_id") != record.get("doc_id"):
            raise EvaluationInputError(
                f"{documents_path}: two different documents are named {name}; gold is matched by file "
                "name, so give every scored document a unique name.")
        documents[name] = record
    prediction = Prediction(documents)
    # A recommendation's link is scored by its cause of concern's text.
    needed = record_types | ({"causes_of_concern"} if "recommendations" in record_types else set())
    for record_type in sorted(needed):
        by_file: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for record in _records(folder / f"{record_type}.json"):
            by_file[record["source_file"]].append(record)
        prediction.records[record_type] = dict(by_file)
    _link_recommendations(prediction)
    return prediction


def _link_recommendations(prediction: Prediction) -> None:
    """Give each predicted recommendation the text of its cause of concern,
    the form gold writes the link in."""
    if "recommendations" not in prediction.records:
        return
    cause_texts = {r["record_id"]: r.get("text")
                   for records in prediction.records.get("causes_of_concern", {}).values() for r in records}
    for records in prediction.records["recommendations"].values():
        for record in records:
            record["cause_of_concern_text"] = cause_texts.get(record.get("cause_of_concern_id"))


def _records(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise EvaluationInputError(f"{path} is missing; `scrutiny extract` writes one for every record type.")
    data = _read_json(path, "export file")
    if not isinstance(data, list) or not all(isinstance(r, dict) and "source_file" in r for r in data):
        raise EvaluationInputError(f"{path} must be a JSON array of records, each with source_file.")
    return data


def _read_json(path: Path, what: str) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise EvaluationInputError(f"{what} {path} is not valid JSON: {exc}.") from exc
    except OSError as exc:
        raise EvaluationInputError(f"{what} {path} could not be read: {exc.strerror or exc}.") from exc
