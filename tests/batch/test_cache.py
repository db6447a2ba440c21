"""Incremental runs: results are reused by SHA-256 and pipeline version."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from pipeline.cache import ResultCache, for_path, pipeline_version
from pipeline.runner import process_document

from .conftest import documents_by_name, exported, pdf_bytes, run_extract


def _run_info(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))["run"]


def _extract(archive: Path, out: Path, cache: Path, *extra: str) -> int:
    return run_extract(archive, "--out", out, "--cache-dir", cache, "--workers", "2", "--quiet", *extra)


def test_rerun_of_unchanged_archive_reads_the_cache(tmp_path: Path, good_files: Path) -> None:
    cache = tmp_path / "cache"
    assert _extract(good_files, tmp_path / "cold", cache) == 0
    assert _run_info(tmp_path / "cold")["cache"]["parsed"] == 4

    assert _extract(good_files, tmp_path / "warm", cache) == 0
    assert _run_info(tmp_path / "warm")["cache"] == {**_run_info(tmp_path / "cold")["cache"], "hits": 4, "parsed": 0}
    for record_type in ("documents", "meetings", "agenda_items"):
        assert (tmp_path / "warm" / f"{record_type}.csv").read_bytes() == \
               (tmp_path / "cold" / f"{record_type}.csv").read_bytes()


def test_changed_file_is_parsed_again(tmp_path: Path, good_files: Path) -> None:
    cache = tmp_path / "cache"
    _extract(good_files, tmp_path / "first", cache)
    (good_files / "pack-a.pdf").write_bytes(pdf_bytes("Quarterly scrutiny pack A, revised", pages=4))
    _extract(good_files, tmp_path / "second", cache)
    assert _run_info(tmp_path / "second")["cache"]["hits"] == 3
    assert _run_info(tmp_path / "second")["cache"]["parsed"] == 1
    assert documents_by_name(tmp_path / "second")["pack-a.pdf"]["pages"] == 4


def test_moved_file_keeps_its_cached_result_under_its_new_name(tmp_path: Path, good_files: Path) -> None:
    cache = tmp_path / "cache"
    _extract(good_files, tmp_path / "first", cache)
    (good_files / "pack-a.pdf").rename(good_files / "renamed.pdf")
    _extract(good_files, tmp_path / "second", cache)
    assert _run_info(tmp_path / "second")["cache"]["parsed"] == 0
    documents = documents_by_name(tmp_path / "second")
    assert "pack-a.pdf" not in documents
    assert documents["renamed.pdf"]["source_path"] == str(good_files / "renamed.pdf")


def test_no_cache_parses_everything_and_keeps_nothing(tmp_path: Path, good_files: Path) -> None:
    cache = tmp_path / "cache"
    _extract(good_files, tmp_path / "first", cache, "--no-cache")
    assert _run_info(tmp_path / "first")["cache"] is None
    assert not cache.exists()


def test_same_file_twice_in_a_batch_is_parsed_once_with_a_documents_row_per_path(tmp_path: Path,
                                                                                   good_files: Path) -> None:
    original, copy = good_files / "minutes-a.docx", good_files / "2024" / "copy-of-minutes-a.docx"
    shutil.copy(original, copy)
    out = tmp_path / "out"
    assert _extract(good_files, out, tmp_path / "cache") == 0
    assert _run_info(out)["cache"]["parsed"] == 4

    documents = documents_by_name(out)
    assert len(documents) == 5  # one row per input file
    first, second = documents["copy-of-minutes-a.docx"], documents["minutes-a.docx"]  # the first path found is parsed
    assert first["doc_id"] == second["doc_id"] and first["record_id"] != second["record_id"]
    assert any(str(original) in warning for warning in first["warnings"])
    assert any(str(copy) in warning for warning in second["warnings"])
    # Their records are exported once, from the path that was parsed, and nothing is rejected as a duplicate.
    actions = exported(out, "actions")
    assert actions and {row["source_file"] for row in actions if row["doc_id"] == first["doc_id"]} == {copy.name}
    assert (out / "rejected.jsonl").read_text(encoding="utf-8") == ""

    # The same rows, ids included, when both come from the cache.
    assert _extract(good_files, tmp_path / "warm", tmp_path / "cache") == 0
    assert (tmp_path / "warm" / "documents.csv").read_bytes() == (out / "documents.csv").read_bytes()


def test_a_new_pipeline_version_misses_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "pack.pdf"
    path.write_bytes(pdf_bytes("Pack"))
    result = process_document(path)
    sha256 = result.document["sha256"]
    ResultCache(tmp_path / "cache", "1.0-aaaa").put(sha256, result)
    assert ResultCache(tmp_path / "cache", "1.0-aaaa").get(sha256) == result
    assert ResultCache(tmp_path / "cache", "1.1-bbbb").get(sha256) is None


def test_pipeline_version_names_the_package_version() -> None:
    from pipeline import __version__

    assert pipeline_version().startswith(f"{__version__}-")
    assert pipeline_version() == pipeline_version()


def test_damaged_cache_entry_is_a_miss(tmp_path: Path) -> None:
    path = tmp_path / "pack.pdf"
    path.write_bytes(pdf_bytes("Pack"))
    result = process_document(path)
    cache = ResultCache(tmp_path / "cache", "v")
    cache.put(result.document["sha256"], result)
    [entry] = (tmp_path / "cache" / "v").rglob("*.pickle")
    entry.write_bytes(entry.read_bytes()[:20])
    assert cache.get(result.document["sha256"]) is None


def test_for_path_moves_every_record_to_the_new_file(tmp_path: Path) -> None:
    path = tmp_path / "pack.pdf"
    path.write_bytes(b"")
    result = process_document(path)
    moved_to = tmp_path / "elsewhere" / "other.pdf"
    moved = for_path(result, moved_to)
    assert moved.document["source_file"] == "other.pdf"
    assert moved.document["error"].startswith("other.pdf is empty")
    moved_to.parent.mkdir()
    path.rename(moved_to)
    assert moved.document == process_document(moved_to).document  # as if parsed there: the row's id included
    assert result.document["source_file"] == "pack.pdf"  # the original is left alone



def test_the_pipeline_version_covers_the_code_and_vocabularies_that_shape_results() -> None:
    from pipeline.cache import _PACKAGES_ROOT, _source_files

    files = {path.relative_to(_PACKAGES_ROOT).as_posix() for path in _source_files()}
    assert {"extractors/grades.py", "pipeline/ingest/pdf.py", "schemas/vocab/forces.json"} <= files
