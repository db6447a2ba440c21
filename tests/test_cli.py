"""The `scrutiny` command itself: what a person sees before any subcommand runs."""

import subprocess
import sys
from pathlib import Path

import docx
import pytest

from pipeline.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_help_describes_the_tool_for_its_users(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert "scrutiny packs and HMICFRS inspection reports" in out
    assert "``" not in out  # no developer docstring markup


def test_output_cut_short_by_its_reader_is_no_crash(tmp_path: Path) -> None:
    # Enough layout to overflow a pipe buffer, so the write after `head` has gone fails.
    document = docx.Document()
    for number in range(3000):
        document.add_paragraph(f"Paragraph {number} of a long report that a reader pipes into head.")
    path = tmp_path / "long.docx"
    document.save(path)

    process = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "inspect", str(path)], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    first_line = process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.wait(timeout=60)

    assert first_line.startswith(b"long.docx  docx")
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr
    assert process.returncode == 1
