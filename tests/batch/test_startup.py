"""Fixed costs: `scrutiny` imports only what the command in hand needs, a
re-run served from the cache starts no worker and imports no parser, and
workers are forked warm from a single-threaded parent.

Each check runs in a fresh interpreter, since what a process has imported
is the behaviour under test."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import pdf_bytes

HEAVY = ("pipeline.runner", "extractors", "pdfplumber", "spacy", "sqlalchemy", "pyarrow", "pandas")


def _python(code: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[2])
    return json.loads(done.stdout.splitlines()[-1])


def _loaded_after(statement: str) -> dict:
    """Which of HEAVY modules are imported, and how many processes were forked, after ``statement``."""
    return _python(f"""
import contextlib, io, json, os, sys
forks = []
os.register_at_fork(before=lambda: forks.append(1))
from pipeline.cli import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
    {statement}
print(json.dumps({{"modules": [m for m in {HEAVY!r} if m in sys.modules], "forks": len(forks)}}))
""")


def test_help_lists_every_command_without_importing_them() -> None:
    help_text = subprocess.run([sys.executable, "-m", "pipeline.cli", "--help"], capture_output=True, text=True,
                               check=True).stdout
    for command in ("extract", "inspect", "eval", "schema"):
        assert command in help_text
    assert _loaded_after("main(['--help'])") == {"modules": [], "forks": 0}
    assert _loaded_after("main(['schema', '--help'])")["modules"] == []


def test_warm_rerun_starts_no_worker_and_imports_no_parser(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    for name in ("a", "b"):
        (archive / f"pack-{name}.pdf").write_bytes(pdf_bytes(f"Pack {name}", pages=1))
    command = f"main(['extract', {str(archive)!r}, '--out', {str(tmp_path / 'out')!r}, " \
              f"'--cache-dir', {str(tmp_path / 'cache')!r}, '--workers', '2', '--quiet'])"

    cold = _loaded_after(command)
    assert cold["forks"] == 2  # two workers, forked from the parent...
    assert {"pipeline.runner", "pdfplumber", "spacy"} <= set(cold["modules"])  # ...once it had imported the pipeline

    warm = _loaded_after(command)
    assert warm == {"modules": [], "forks": 0}
    assert len(json.loads((tmp_path / "out" / "documents.json").read_text(encoding="utf-8"))) == 2


def test_workers_fork_only_from_a_single_threaded_parent() -> None:
    context = "from pipeline.workers import worker_context; print(json.dumps(worker_context().get_start_method()))"
    assert _python(f"import json; {context}") == "fork"
    # A thread that could hold a lock while we fork: workers come from a forkserver instead.
    assert _python(f"import json, threading; threading.Thread(target=threading.Event().wait, daemon=True)"
                   f".start(); {context}") == "forkserver"
