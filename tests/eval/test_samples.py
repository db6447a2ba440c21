"""The evaluation of the samples: checked against an independent scorer, held
to the thresholds kept in the repo, and failing when an extractor breaks."""

from __future__ import annotations

import json
import os
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from pipeline.cli import main

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
GOLD = SAMPLES / "gold"
THRESHOLDS = REPO / "eval" / "thresholds.json"


def gold_files() -> dict[str, dict[str, Any]]:
    return {path.name.removesuffix(".json"): json.loads(path.read_text(encoding="utf-8"))
            for path in sorted(GOLD.glob("*.json"))}


def sample_documents() -> dict[str, Path]:
    """The PDF and Word files anywhere in samples/, by name (gold names its document)."""
    return {path.name: path for path in sorted(SAMPLES.rglob("*")) if path.suffix in {".pdf", ".docx"}}


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The documents samples/gold scores through `scrutiny extract`: as scripts/evaluate, only documents with
    gold are run (a held-out round's are not)."""
    out = tmp_path_factory.mktemp("samples") / "export"
    documents = sample_documents()
    paths = [str(documents[name]) for name in gold_files() if name in documents]
    code = main(["extract", *paths, "--out", str(out), "--no-cache", "--quiet"])
    assert code in (0, 3)  # 3: some documents failed, which gold may expect
    return out


def scrutiny_eval_json(export: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["eval", "--gold", str(GOLD), "--pred", str(export), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_every_gold_file_has_its_document_in_samples() -> None:
    gold = gold_files()
    assert gold, "samples/gold holds no gold files"
    assert sorted(set(gold) - set(sample_documents())) == []


def _key(value: Any) -> str:
    return " ".join(str(value).split()).casefold()


def independent_grade_counts(export: Path) -> dict[str, tuple[int, int, int]]:
    """(gold, pred, true positives) of grades per gold document, by exact
    match on (area, grade, as_of) - as_of only where gold gives it: dated
    gold first, each exported grade used once."""
    exported: dict[str, list[dict[str, Any]]] = {}
    for record in json.loads((export / "grades.json").read_text(encoding="utf-8")):
        exported.setdefault(record["source_file"], []).append(record)
    documents = {d["source_file"] for d in json.loads((export / "documents.json").read_text(encoding="utf-8"))}
    counts = {}
    for name, body in gold_files().items():
        if "grades" not in body["records"]:
            continue
        gold = body["records"]["grades"]
        pred = exported.get(name, []) if name in documents else []
        left = Counter((_key(p["area"]), _key(p["grade"]), p.get("as_of")) for p in pred)
        tp = 0
        for g in sorted(gold, key=lambda g: g.get("as_of") is None):
            wanted = [k for k in left if left[k] and k[:2] == (_key(g["area"]), _key(g["grade"]))
                      and (g.get("as_of") is None or k[2] == g["as_of"])]
            if wanted:
                left[wanted[0]] -= 1
                tp += 1
        counts[name] = (len(gold), len(pred), tp)
    return counts


def prf(gold: int, pred: int, tp: int) -> tuple[float, float, float]:
    precision = tp / pred if pred else 1.0
    recall = tp / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return round(precision, 4), round(recall, 4), round(f1, 4)


def test_scrutiny_eval_agrees_with_an_independent_scorer(export: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = scrutiny_eval_json(export, capsys)
    expected = independent_grade_counts(export)
    assert expected, "no gold document scores grades"
    for document in report["documents"]:
        if document["source_file"] in expected:
            scored = document["types"]["grades"]
            gold, pred, tp = expected[document["source_file"]]
            assert (scored["gold"], scored["pred"], scored["tp"]) == (gold, pred, tp)
            assert (scored["precision"], scored["recall"], scored["f1"]) == prf(gold, pred, tp)
    total = [sum(c[i] for c in expected.values()) for i in range(3)]
    overall = report["types"]["grades"]
    assert (overall["precision"], overall["recall"], overall["f1"]) == prf(*total)


def test_record_counts_are_those_of_the_export(export: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = scrutiny_eval_json(export, capsys)
    documents = {d["source_file"] for d in json.loads((export / "documents.json").read_text(encoding="utf-8"))}
    for document in report["documents"]:
        name = document["source_file"]
        for record_type, scored in document["types"].items():
            exported = json.loads((export / f"{record_type}.json").read_text(encoding="utf-8"))
            pred = sum(1 for r in exported if r["source_file"] == name) if name in documents else 0
            gold = len(gold_files()[name]["records"][record_type])
            assert (scored["gold"], scored["pred"]) == (gold, pred), (name, record_type)


def test_the_samples_meet_the_thresholds_kept_in_the_repo(export: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["eval", "--gold", str(GOLD), "--pred", str(export), "--thresholds", str(THRESHOLDS)])
    assert code == 0, capsys.readouterr().err


BREAK_GRADES = '''"""Breaks the grades extractor on purpose, in every process: it finds nothing."""
from extractors import grades
from extractors.base import ExtractorResult

grades.extract = lambda doc, ctx: ExtractorResult()
'''


def test_a_broken_extractor_fails_the_ci_evaluation_naming_type_and_document(tmp_path: Path) -> None:
    thresholds = json.loads(THRESHOLDS.read_text(encoding="utf-8"))
    graded = [name for name, body in gold_files().items() if body["records"].get("grades")]
    per_document = thresholds.get("document_f1", {})
    assert graded and all("grades" in {**per_document.get("*", {}), **per_document.get(n, {})} for n in graded)
    # sitecustomize runs at the start of every Python process the step starts,
    # the extraction workers included, so the break reaches them all.
    (tmp_path / "sitecustomize.py").write_text(BREAK_GRADES, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    # The limit only guards against a hung step: the whole corpus is extracted, slowly on a loaded machine.
    step = subprocess.run([str(REPO / "scripts" / "evaluate"), "--no-setup"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=1800)
    assert step.returncode == 1, step.stderr
    failures = step.stderr.splitlines()
    for name in graded:
        assert any(line.startswith("FAIL grades F1 0 < ") and line.endswith(f" on {name}") for line in failures), \
            step.stderr
