"""A document that crashes, hangs or blows memory costs that document only;
workers are replaced after a number of documents."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.workers import TEST_FAULT_ENV, Limits, LocalWorkers, Task

from .conftest import documents_by_name, memory_bomb_pdf, pdf_bytes, run_extract, slow_pdf


def test_crash_and_hang_fail_alone(tmp_path: Path, good_files: Path, monkeypatch) -> None:
    (good_files / "hangs.pdf").write_bytes(slow_pdf())
    (good_files / "crashes.pdf").write_bytes(pdf_bytes("Pack that crashes the worker"))
    monkeypatch.setenv(TEST_FAULT_ENV, "crash:crashes.pdf")
    out = tmp_path / "out"

    # Long enough that a small pack parses in time on a loaded machine; the
    # slow PDF takes tens of seconds.
    code = run_extract(good_files, "--out", out, "--no-cache", "--workers", "2", "--timeout", "6", "--quiet")

    assert code == 3
    documents = documents_by_name(out)
    assert documents["hangs.pdf"]["status"] == "failed"
    assert "longer than the 6 s time limit" in documents["hangs.pdf"]["error"]
    assert documents["crashes.pdf"]["status"] == "failed"
    assert "killed by signal SIGABRT" in documents["crashes.pdf"]["error"]
    for name in ("pack-a.pdf", "pack-b.pdf", "minutes-a.docx", "minutes-b.docx"):
        assert documents[name]["status"] == "ok", documents[name]["error"]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    components = {f["source_file"]: f["component"] for f in manifest["failures"]}
    assert components == {"hangs.pdf": "timeout", "crashes.pdf": "worker"}


def test_memory_blowup_fails_alone(tmp_path: Path, good_files: Path) -> None:
    # A time limit generous enough that, however loaded the machine, the
    # memory ceiling is what stops the document.
    (good_files / "bomb.pdf").write_bytes(memory_bomb_pdf())
    out = tmp_path / "out"

    code = run_extract(good_files, "--out", out, "--no-cache", "--workers", "2", "--timeout", "600",
                       "--max-memory", "700", "--quiet")

    assert code == 3
    documents = documents_by_name(out)
    assert documents["bomb.pdf"]["status"] == "failed"
    assert "700 MB memory ceiling" in documents["bomb.pdf"]["error"]
    for name in ("pack-a.pdf", "pack-b.pdf", "minutes-a.docx", "minutes-b.docx"):
        assert documents[name]["status"] == "ok", documents[name]["error"]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert {f["source_file"]: f["component"] for f in manifest["failures"]} == {"bomb.pdf": "memory"}


def test_workers_are_replaced_after_their_quota(tmp_path: Path) -> None:
    tasks = []
    for number in range(5):
        path = tmp_path / f"pack-{number}.pdf"
        path.write_bytes(pdf_bytes(f"Pack {number}", pages=1))
        tasks.append(Task(path, None, path.stat().st_size))
    pool = LocalWorkers(1, Limits(timeout=60, memory_mb=None, tasks_per_worker=2))
    outcomes = list(pool.run(tasks))
    assert sorted(o.task.path.name for o in outcomes) == [f"pack-{n}.pdf" for n in range(5)]
    assert all(o.result.status == "ok" and o.cacheable for o in outcomes)
    assert pool.started == 3  # 2 + 2 + 1 documents


def test_failures_from_the_run_are_not_cacheable(tmp_path: Path) -> None:
    path = tmp_path / "hangs.pdf"
    path.write_bytes(slow_pdf())
    pool = LocalWorkers(1, Limits(timeout=1, memory_mb=None))
    [outcome] = pool.run([Task(path, "0" * 64, path.stat().st_size)])
    assert outcome.result.status == "failed"
    assert not outcome.cacheable
