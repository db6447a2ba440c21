"""What a person sees: a bar in a terminal, log lines elsewhere, nothing
with --quiet, a summary at the end; and usage errors with exit status 2."""

from __future__ import annotations

import io
import json
from pathlib import Path

from pipeline.cache import for_path
from pipeline.progress import Progress
from pipeline.runner import failed_result, process_document

from .conftest import pdf_bytes, run_extract


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _results(tmp_path: Path) -> list:
    path = tmp_path / "pack.pdf"
    path.write_bytes(pdf_bytes("Pack", pages=3))
    return [process_document(path), failed_result(tmp_path / "bad.pdf", "1" * 64, 10, "timeout", "bad.pdf took too long.")]


def test_terminal_gets_a_bar_with_counts_rate_and_estimate(tmp_path: Path) -> None:
    terminal = Terminal()
    ok, failed = _results(tmp_path)
    progress = Progress(3, 3 * ok.document["size_bytes"], stream=terminal)
    progress.update(ok, cached=False)
    line = terminal.getvalue().split("\r")[-1]
    assert "1/3 docs" in line and "pages/s" in line
    assert "ETA 00:0" in line  # two documents like the first left: seconds, not minutes
    progress.update(failed, cached=False)
    assert "2/3 docs  1 failed/partial" in terminal.getvalue().split("\r")[-1]


def test_pipe_gets_one_log_line_per_document(tmp_path: Path) -> None:
    stream = io.StringIO()
    ok, failed = _results(tmp_path)
    progress = Progress(3, 100, stream=stream)
    progress.update(ok, cached=True)
    progress.update(failed, cached=False)
    progress.copy(for_path(ok, tmp_path / "copy.pdf"), of=tmp_path / "pack.pdf")
    progress.close()
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("[1/3] ok") and lines[0].endswith("pack.pdf (cached)")
    assert lines[1] == f"[2/3] failed  {tmp_path / 'bad.pdf'}: bad.pdf took too long."
    assert lines[2] == f"[3/3] ok      {tmp_path / 'copy.pdf'} (same file as {tmp_path / 'pack.pdf'})"
    assert "\r" not in stream.getvalue()


def test_summary_and_quiet(tmp_path: Path, good_files: Path, capsys) -> None:
    assert run_extract(good_files, "--out", tmp_path / "out", "--no-cache", "--workers", "2") == 0
    captured = capsys.readouterr()
    assert "4 documents in" in captured.out and "4 ok, 0 partial, 0 failed" in captured.out
    assert f"Exports in {tmp_path / 'out'}" in captured.out
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    exported = {kind: n for kind, n in manifest["counts"].items() if n and kind != "documents"}
    assert exported and all(f"  {kind}: {n}\n" in captured.out for kind, n in exported.items())
    assert captured.err.count("\n") == 4  # one log line per document: pytest's stderr is no terminal

    assert run_extract(good_files, "--out", tmp_path / "out", "--no-cache", "--workers", "2", "--quiet") == 0
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", "")


def test_missing_path_is_a_usage_error(tmp_path: Path, capsys) -> None:
    assert run_extract(tmp_path / "nowhere", "--out", tmp_path / "out") == 2
    assert "nowhere does not exist" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_folder_without_documents_is_a_usage_error(tmp_path: Path, capsys) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "readme.txt").write_text("nothing here", encoding="utf-8")
    assert run_extract(tmp_path / "empty", "--out", tmp_path / "out") == 2
    assert "no .pdf or .docx files found" in capsys.readouterr().err


def test_out_folder_holding_other_files_is_refused_before_any_work(tmp_path: Path, good_files: Path,
                                                                   capsys) -> None:
    out = tmp_path / "precious"
    out.mkdir()
    (out / "thesis.docx").write_bytes(b"mine")
    assert run_extract(good_files, "--out", out, "--no-cache") == 2
    assert "already holds files" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["thesis.docx"]
