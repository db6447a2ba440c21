"""`scrutiny eval` on small hand-made gold and export folders."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.cli import main


def write_gold(folder: Path, source_file: str, records: dict[str, list[dict[str, Any]]],
               **extra: Any) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    body = {"source_file": source_file, "expect": "ok", "records": records, **extra}
    (folder / f"{source_file}.json").write_text(json.dumps(body), encoding="utf-8")


def write_pred(folder: Path, documents: list[dict[str, Any]], **records: list[dict[str, Any]]) -> None:
    """An export folder: documents.json and one <type>.json per keyword."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "documents.json").write_text(json.dumps(documents), encoding="utf-8")
    for record_type, items in records.items():
        (folder / f"{record_type}.json").write_text(json.dumps(items), encoding="utf-8")


def doc(source_file: str, status: str = "ok", error: str | None = None, doc_id: str = "0" * 16) -> dict[str, Any]:
    return {"source_file": source_file, "doc_id": doc_id, "status": status, "error": error}


Capture = pytest.CaptureFixture[str]


def run_eval(tmp_path: Path, capsys: Capture, *extra: str) -> tuple[int, str, str]:
    """`scrutiny eval` on tmp_path/gold and tmp_path/pred: exit code, stdout, stderr."""
    code = main(["eval", "--gold", str(tmp_path / "gold"), "--pred", str(tmp_path / "pred"), *extra])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def evaluate_json(tmp_path: Path, capsys: Capture) -> dict[str, Any]:
    code, out, _ = run_eval(tmp_path, capsys, "--json")
    assert code == 0
    return json.loads(out)


def write_thresholds(tmp_path: Path, thresholds: dict[str, Any]) -> str:
    path = tmp_path / "thresholds.json"
    path.write_text(json.dumps(thresholds), encoding="utf-8")
    return str(path)


def test_text_matches_across_bullets_quotes_whitespace_and_trailing_punctuation(tmp_path: Path, capsys: Capture) -> None:
    write_gold(tmp_path / "gold", "a.pdf", {"areas_for_improvement": [
        {"page": 4, "text": "The force should improve how it records \u2018crime\u2019 data;"},
        {"page": 5, "text": "The force should make sure that supervisors review investigations."}]})
    write_pred(tmp_path / "pred", [doc("a.pdf")], areas_for_improvement=[
        {"source_file": "a.pdf", "page": 4, "text": "\u2022  The force should improve how it\n records 'crime' data"},
        {"source_file": "a.pdf", "page": 5, "text": "The force should make sure that supervisors review investigations"}])
    report = evaluate_json(tmp_path, capsys)
    assert report["types"]["areas_for_improvement"] == {
        "gold": 2, "pred": 2, "tp": 2, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_texts_below_the_fuzzy_threshold_are_a_miss_and_a_false_positive(tmp_path: Path, capsys: Capture) -> None:
    write_gold(tmp_path / "gold", "a.pdf", {"findings": [
        {"page": 2, "kind": "main_finding", "text": "The force answers emergency calls quickly."}]})
    write_pred(tmp_path / "pred", [doc("a.pdf")], findings=[
        {"source_file": "a.pdf", "page": 2, "kind": "main_finding", "text": "The force answers non-emergency calls slowly."}])
    report = evaluate_json(tmp_path, capsys)
    assert report["types"]["findings"]["tp"] == 0
    document = report["documents"][0]
    assert [m["page"] for m in document["misses"]] == [2]
    assert document["false_positives"][0]["text"] == "The force answers non-emergency calls slowly."


def test_matching_is_one_to_one(tmp_path: Path, capsys: Capture) -> None:
    write_gold(tmp_path / "gold", "a.pdf", {"recommendations": [
        {"page": 7, "text": "Review all missing children cases within six months."}]})
    duplicate = {"source_file": "a.pdf", "page": 7, "text": "Review all missing children cases within six months."}
    write_pred(tmp_path / "pred", [doc("a.pdf")], recommendations=[duplicate, duplicate], causes_of_concern=[])
    counts = evaluate_json(tmp_path, capsys)["types"]["recommendations"]
    assert (counts["tp"], counts["fp"], counts["precision"], counts["recall"]) == (1, 1, 0.5, 1.0)


def test_grades_match_on_area_and_grade_and_report_a_wrong_grade(tmp_path: Path, capsys: Capture) -> None:
    write_gold(tmp_path / "gold", "a.pdf", {"grades": [
        {"page": 3, "area": "Investigating crime", "grade": "Requires improvement", "as_of": "2025-04"},
        {"page": 3, "area": "Investigating crime", "grade": "Good", "as_of": "2023-03"},
        {"page": 3, "area": "Responding to the public", "grade": "Adequate"}]})
    write_pred(tmp_path / "pred", [doc("a.pdf")], grades=[
        {"source_file": "a.pdf", "page": 3, "area": "investigating crime", "grade": "Requires improvement",
         "as_of": "2025-04"},
        {"source_file": "a.pdf", "page": 3, "area": "Investigating crime", "grade": "Adequate", "as_of": "2023-03"},
        {"source_file": "a.pdf", "page": 3, "area": "Responding to the public", "grade": "Adequate", "as_of": "2025-04"}])
    report = evaluate_json(tmp_path, capsys)
    assert report["types"]["grades"]["tp"] == 2
    assert report["attributes"]["grades"]["grade"] == {"correct": 2, "compared": 3, "accuracy": 0.6667}
    misses = report["documents"][0]["misses"]
    assert [(m["text"], m["reason"]) for m in misses] == [
        ("Investigating crime, 2023-03 (Good)", "grade extracted as 'Adequate'")]


def test_a_gold_as_of_must_agree_but_an_absent_one_is_not_compared(tmp_path: Path, capsys: Capture) -> None:
    write_gold(tmp_path / "gold", "a.pdf", {"grades": [
        {"page": 3, "area": "Good use of resources", "grade": "Inadequate", "as_of": "2023-03"}]})
    write_pred(tmp_path / "pred", [doc("a.pdf")], grades=[
        {"source_file": "a.pdf", "page": 3, "area": "Good use of resources", "grade": "Inadequate", "as_of": "2025-04"}])
    assert evaluate_json(tmp_path, capsys)["types"]["grades"]["tp"] == 0


def test_attribute_accuracy_only_scores_attributes_gold_gives(tmp_path: Path, capsys: Capture) -> None:
    write_gold(tmp_path / "gold", "a.pdf", {"actions": [
        {"page": 2, "text": "Hold a summit with partners.", "status": "outstanding"},
        {"page": 2, "text": "Send the profile to the PCC.", "status": "complete", "number": "3"}]})
    write_pred(tmp_path / "pred", [doc("a.pdf")], actions=[
        {"source_file": "a.pdf", "page": 2, "text": "Hold a summit with partners", "status": "complete", "number": "1"},
        {"source_file": "a.pdf", "page": 3, "text": "Send the profile to the PCC", "status": "complete", "number": "3"}])
    report = evaluate_json(tmp_path, capsys)
    attributes = report["attributes"]["actions"]
    assert attributes["status"]["accuracy"] == 0.5
    assert attributes["number"] == {"correct": 1, "compared": 1, "accuracy": 1.0}
    assert attributes["page"]["accuracy"] == 0.5
    errors = {(e["attribute"], e["gold_value"], e["pred_value"]) for e in report["documents"][0]["attribute_errors"]}
    assert errors == {("status", "outstanding", "complete"), ("page", 2, 3)}


def test_a_recommendation_is_linked_to_its_cause_of_concern_by_text(tmp_path: Path, capsys: Capture) -> None:
    cause = "The force is not doing enough to protect children who go missing."
    write_gold(tmp_path / "gold", "a.pdf", {"recommendations": [
        {"page": 9, "text": "Review the risk assessment of every missing child.", "cause_of_concern_text": cause}]})
    write_pred(tmp_path / "pred", [doc("a.pdf")],
               causes_of_concern=[{"source_file": "a.pdf", "record_id": "c1", "page": 9, "text": cause}],
               recommendations=[{"source_file": "a.pdf", "page": 9, "cause_of_concern_id": "c1",
                                 "text": "Review the risk assessment of every missing child."}])
    accuracy = evaluate_json(tmp_path, capsys)["attributes"]["recommendations"]["cause_of_concern_text"]
    assert accuracy["accuracy"] == 1.0


def test_types_absent_from_gold_and_documents_without_gold_are_not_scored(tmp_path: Path, capsys: Capture) -> None:
    write_gold(tmp_path / "gold", "a.pdf", {"agenda_items": []})
    write_pred(tmp_path / "pred", [doc("a.pdf"), doc("other.pdf", doc_id="1" * 16)],
               agenda_items=[{"source_file": "other.pdf", "page": 1, "title": "Apologies"}])
    report = evaluate_json(tmp_path, capsys)
    assert list(report["types"]) == ["agenda_items"]
    assert report["types"]["agenda_items"]["f1"] == 1.0  # nothing to find, nothing claimed
    assert [d["source_file"] for d in report["documents"]] == ["a.pdf"]


def test_a_document_missing_from_the_export_counts_every_record_missed(tmp_path: Path, capsys: Capture) -> None:
    write_gold(tmp_path / "gold", "a.pdf", {"grades": [{"page": 1, "area": "Investigating crime", "grade": "Good"}]})
    write_pred(tmp_path / "pred", [], grades=[])
    report = evaluate_json(tmp_path, capsys)
    assert report["types"]["grades"]["recall"] == 0.0
    assert "not in the export" in report["documents"][0]["problem"]


def test_thresholds_name_the_type_and_document_below_them(tmp_path: Path, capsys: Capture) -> None:
    write_gold(tmp_path / "gold", "a.pdf", {"grades": [
        {"page": 1, "area": "Investigating crime", "grade": "Good"},
        {"page": 1, "area": "Responding to the public", "grade": "Adequate"}]})
    write_gold(tmp_path / "gold", "b.docx", {"grades": []})
    write_pred(tmp_path / "pred", [doc("a.pdf"), doc("b.docx", doc_id="1" * 16)], grades=[
        {"source_file": "a.pdf", "page": 1, "area": "Investigating crime", "grade": "Good"}])
    thresholds = write_thresholds(tmp_path, {"f1": {"grades": 0.5}, "document_f1": {"*": {"grades": 0.9}},
                                             "attributes": {"grades": {"page": 1.0}}})
    code, _, err = run_eval(tmp_path, capsys, "--thresholds", thresholds)
    assert code == 1
    assert err.strip().splitlines() == ["FAIL grades F1 0.6667 < 0.9 on a.pdf"]


def test_figures_at_their_minimums_pass(tmp_path: Path, capsys: Capture) -> None:
    write_gold(tmp_path / "gold", "a.pdf", {"grades": [{"page": 1, "area": "Investigating crime", "grade": "Good"}]})
    write_pred(tmp_path / "pred", [doc("a.pdf")], grades=[
        {"source_file": "a.pdf", "page": 1, "area": "Investigating crime", "grade": "Good"}])
    thresholds = write_thresholds(tmp_path, {"f1": {"grades": 1.0}, "document_f1": {"a.pdf": {"grades": 1.0}}})
    assert run_eval(tmp_path, capsys, "--thresholds", thresholds)[0] == 0


def test_a_document_expected_to_fail_must_fail_with_the_expected_error(tmp_path: Path,
                                                                       capsys: Capture) -> None:
    write_gold(tmp_path / "gold", "locked.pdf", {}, expect="failed", error_contains="password")
    write_gold(tmp_path / "gold", "broken.docx", {}, expect="failed", error_contains="damaged")
    write_pred(tmp_path / "pred", [doc("locked.pdf", "failed", "locked.pdf is protected by a Password."),
                                   doc("broken.docx", "ok", doc_id="1" * 16)])
    code, _, err = run_eval(tmp_path, capsys, "--thresholds", write_thresholds(tmp_path, {}))
    assert code == 1
    assert err.strip().splitlines() == [
        "FAIL broken.docx: expected to fail, but its status is ok"]


def test_minimums_with_nothing_to_score_fail_rather_than_pass_silently(tmp_path: Path,
                                                                      capsys: Capture) -> None:
    write_gold(tmp_path / "gold", "a.pdf", {"grades": []})
    write_pred(tmp_path / "pred", [doc("a.pdf")], grades=[])
    thresholds = write_thresholds(tmp_path, {"f1": {"actions": 0.8}, "document_f1": {"gone.pdf": {"grades": 0.8}}})
    code, _, err = run_eval(tmp_path, capsys, "--thresholds", thresholds)
    assert code == 1
    assert "FAIL actions: a minimum F1 is set but no gold document scores actions" in err
    assert "FAIL gone.pdf: a minimum is set but there is no gold file for it" in err


def test_the_table_lists_misses_and_false_positives_with_pages(tmp_path: Path, capsys: Capture) -> None:
    write_gold(tmp_path / "gold", "a.pdf", {"agenda_items": [
        {"page": 1, "number": "1", "title": "Apologies for absence"},
        {"page": 1, "number": "2", "title": "Neighbourhood policing update"}]})
    write_pred(tmp_path / "pred", [doc("a.pdf")], agenda_items=[
        {"source_file": "a.pdf", "page": 1, "number": "1", "title": "Apologies for absence"},
        {"source_file": "a.pdf", "page": 2, "number": "9", "title": "Venue: Teams"}])
    code, out, _ = run_eval(tmp_path, capsys)
    assert code == 0
    assert "agenda_items p1: Neighbourhood policing update [not found]" in out
    assert "agenda_items p2: Venue: Teams [not in gold]" in out
    assert "0.5" in out.split("agenda_items", 2)[1]  # precision and recall on the summary row


@pytest.mark.parametrize(("gold_body", "message"), [
    ({"source_file": "b.pdf", "records": {}}, "named after it"),
    ({"source_file": "a.pdf", "expect": "failed", "records": {}}, "needs error_contains"),
    ({"source_file": "a.pdf", "records": {"grade": []}}, "unknown record type 'grade'"),
    ({"source_file": "a.pdf", "records": {"grades": [{"area": "X", "grade": "Good", "colour": "red"}]}},
     "fields the contract does not know: colour"),
    ({"source_file": "a.pdf", "records": {"actions": [{"page": 1, "status": "complete"}]}}, "lacks text"),
])
def test_bad_gold_is_refused_with_a_clear_message(tmp_path: Path, capsys: Capture,
                                                  gold_body: dict[str, Any], message: str) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "a.pdf.json").write_text(json.dumps(gold_body))
    write_pred(tmp_path / "pred", [doc("a.pdf")], grades=[], actions=[])
    code, _, err = run_eval(tmp_path, capsys)
    assert code == 2
    assert message in err


def test_a_folder_that_is_not_an_export_is_refused(tmp_path: Path, capsys: Capture) -> None:
    write_gold(tmp_path / "gold", "a.pdf", {"grades": []})
    (tmp_path / "pred").mkdir()
    code, _, err = run_eval(tmp_path, capsys)
    assert code == 2
    assert "documents.json is missing" in err


def test_bad_thresholds_are_refused(tmp_path: Path, capsys: Capture) -> None:
    write_gold(tmp_path / "gold", "a.pdf", {"grades": []})
    write_pred(tmp_path / "pred", [doc("a.pdf")], grades=[])
    code, _, err = run_eval(tmp_path, capsys, "--thresholds", write_thresholds(tmp_path, {"f1": {"grades": 98}}))
    assert code == 2
    assert "f1.grades must be a figure from 0 to 1" in err


def test_a_dated_gold_grade_is_paired_before_an_undated_one_could_take_its_partner(tmp_path: Path,
                                                                                 capsys: Capture) -> None:
    write_gold(tmp_path / "gold", "a.pdf", {"grades": [
        {"page": 1, "area": "Investigating crime", "grade": "Good"},
        {"page": 1, "area": "Investigating crime", "grade": "Good", "as_of": "2025-04"}]})
    write_pred(tmp_path / "pred", [doc("a.pdf")], grades=[
        {"source_file": "a.pdf", "page": 1, "area": "Investigating crime", "grade": "Good", "as_of": "2025-04"},
        {"source_file": "a.pdf", "page": 1, "area": "Investigating crime", "grade": "Good", "as_of": "2023-03"}])
    assert evaluate_json(tmp_path, capsys)["types"]["grades"]["tp"] == 2


def test_gold_from_several_folders_is_scored_together_and_a_document_in_two_is_refused(
        tmp_path: Path, capsys: Capture) -> None:
    finding = {"page": 2, "kind": "main_finding", "text": "The force answers emergency calls quickly."}
    write_gold(tmp_path / "gold", "a.pdf", {"findings": [finding]})
    write_gold(tmp_path / "round" / "gold", "b.pdf", {"findings": [finding]})
    write_pred(tmp_path / "pred", [doc("a.pdf"), doc("b.pdf")], findings=[
        {"source_file": "a.pdf", **finding}])
    folders = ["--gold", str(tmp_path / "gold"), str(tmp_path / "round" / "gold"), "--pred", str(tmp_path / "pred")]
    assert main(["eval", *folders, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [d["source_file"] for d in report["documents"]] == ["a.pdf", "b.pdf"]
    assert report["types"]["findings"] == {
        "gold": 2, "pred": 1, "tp": 1, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.5, "f1": 0.6667}

    write_gold(tmp_path / "round" / "gold", "a.pdf", {"findings": []})
    assert main(["eval", *folders]) == 2
    err = capsys.readouterr().err
    assert "a.pdf has gold in" in err and "one gold file" in err


def test_an_undated_gold_grade_takes_the_prediction_of_its_own_framework(tmp_path: Path,
                                                                         capsys: Capture) -> None:
    # This inspection's grade exported with the wrong date must not let the
    # earlier, undated column's gold take it, leaving the right one spurious.
    write_gold(tmp_path / "gold", "a.pdf", {"grades": [
        {"page": 1, "area": "Investigating crime", "grade": "Good", "framework": "PEEL 2021/22", "as_of": None},
        {"page": 1, "area": "Investigating crime", "grade": "Good", "framework": "PEEL 2023-25",
         "as_of": "2025-09"}]})
    write_pred(tmp_path / "pred", [doc("a.pdf")], grades=[
        {"source_file": "a.pdf", "page": 1, "area": "Investigating crime", "grade": "Good",
         "framework": "PEEL 2023-25", "as_of": "2025-03"},
        {"source_file": "a.pdf", "page": 1, "area": "Investigating crime", "grade": "Good",
         "framework": "PEEL 2021/22", "as_of": None}])
    result = evaluate_json(tmp_path, capsys)
    assert result["types"]["grades"]["tp"] == 1
    assert result["attributes"]["grades"]["framework"]["accuracy"] == 1.0
