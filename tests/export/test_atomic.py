"""Atomic export folders: a run killed midway leaves the previous export
whole, and the next run tidies up after it."""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.export import ExportFolderError, ExportOptions, write_exports
from pipeline.export.atomic import staged_folder

ROOT = Path(__file__).resolve().parents[2]

# Runs a real export in another process, pausing for good after its third
# CSV so that the test can kill it while the export is half written.
KILLED_RUN = """
import pickle, sys, time
from pathlib import Path
import pipeline.export as export

write_csv, written = export.write_csv, []
def write_csv_then_stall(*args, **kwargs):
    write_csv(*args, **kwargs)
    written.append(args[0])
    if len(written) == 3:
        print("midway", flush=True)
        time.sleep(120)
export.write_csv = write_csv_then_stall
results = pickle.loads(Path(sys.argv[1]).read_bytes())
export.write_exports(results, Path(sys.argv[2]), options=export.ExportOptions(), run_info={})
"""


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_run_killed_midway_leaves_the_previous_export_whole(tmp_path: Path, batch) -> None:
    out = tmp_path / "out"
    write_exports(batch, out, options=ExportOptions(), run_info={})
    before = snapshot(out)
    pickled = tmp_path / "results.pickle"
    pickled.write_bytes(pickle.dumps(batch[:1]))

    run = subprocess.Popen([sys.executable, "-c", KILLED_RUN, str(pickled), str(out)], cwd=ROOT,
                           stdout=subprocess.PIPE, text=True)
    try:
        assert run.stdout.readline().strip() == "midway"
        staging = [p for p in tmp_path.iterdir() if p.name.startswith(".out.tmp-")]
        assert len(staging) == 1 and any(staging[0].iterdir()), "the run writes beside the export, not into it"
    finally:
        run.send_signal(signal.SIGKILL)
        run.wait()
        run.stdout.close()

    assert snapshot(out) == before
    # The next run finishes, and removes the dead run's half-written folder.
    summary = write_exports(batch[:1], out, options=ExportOptions(), run_info={})
    assert summary.counts["documents"] == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.")] == []
    assert b"b-report.pdf" in (out / "documents.csv").read_bytes()
    assert b"a-pack.pdf" not in (out / "documents.csv").read_bytes()


def test_a_folder_moved_aside_by_an_interrupted_swap_is_put_back(tmp_path: Path, batch) -> None:
    out = tmp_path / "out"
    write_exports(batch, out, options=ExportOptions(), run_info={})
    before = snapshot(out)
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    # What a run killed between the two renames of the fallback swap leaves.
    aside = tmp_path / f".out.old-{finished.stdout.strip()}"
    out.rename(aside)
    with staged_folder(out):
        assert snapshot(out) == before, "the previous export is back before the new run writes"
        assert not aside.exists()


def test_a_folder_of_other_files_is_never_replaced(tmp_path: Path, batch) -> None:
    home = tmp_path / "documents"
    home.mkdir()
    (home / "thesis.docx").write_bytes(b"precious")
    with pytest.raises(ExportFolderError, match="no manifest.json"):
        write_exports(batch, home, options=ExportOptions(), run_info={})
    assert [p.name for p in home.iterdir()] == ["thesis.docx"]


def test_the_published_folder_is_readable_by_others(tmp_path: Path, batch) -> None:
    out = tmp_path / "out"
    write_exports(batch, out, options=ExportOptions(), run_info={})
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o777 & ~umask


def test_an_export_folder_behind_a_symlink_is_replaced_where_it_lives(tmp_path: Path, batch) -> None:
    real = tmp_path / "exports" / "latest"
    write_exports(batch, real, options=ExportOptions(), run_info={})
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    write_exports(batch[:1], link, options=ExportOptions(), run_info={})
    assert link.is_symlink()
    assert b"a-pack.pdf" not in (real / "documents.csv").read_bytes()
