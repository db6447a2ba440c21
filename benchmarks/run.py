"""Benchmarks of `scrutiny extract`: prints figures, asserts nothing.

    .venv/bin/python benchmarks/run.py [--scratch DIR] [--workers N] [--repeat N] [--sets batch,large,many,tracker]

Generates the benchmark files (benchmarks/corpus.py) into a scratch folder,
then measures, in this one run and on the same files:

- a bare pdfplumber pass (extract_words with font attributes, find_tables,
  every page closed), one process, as the floor;
- the whole pipeline (`scrutiny extract`, cache off) on 1 worker and on N;
- a warm re-run of the same batch from the cache;
- peak memory of every worker process on a 400-page file and across 200
  files (peak of the first and the last worker started, to show growth);
- a long action tracker (120 and 240 rows, Word and PDF), one file at a
  time: the time inside the document and its ingest, actions, grades and
  assurance stages, from the run's manifest.

To measure another commit, make a worktree of it and name it in PYTHONPATH
(`PYTHONPATH=/tmp/wt .venv/bin/python benchmarks/run.py ...`): the
commands run in that checkout, as the line "code measured" says.

Every command runs as a child process whose process tree is sampled for
resident memory (RSS) every 20 ms. With ``--repeat N`` every measurement
is taken N times, in rounds, and the fastest kept: on a shared machine the
fastest run is the one least slowed by others.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
# The checkout whose pipeline is measured: the one PYTHONPATH names (a `git
# worktree` of another commit, to compare), else this one. Commands run in it.
CODE = Path(importlib.util.find_spec("pipeline").origin).parent.parent
SCRUTINY = [sys.executable, "-m", "pipeline.cli"]


def bare_pass(paths: list[str]) -> dict:
    """The floor: what pdfplumber alone costs on these pages."""
    import pdfplumber

    pages = 0
    rss_after_file = []
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                try:
                    page.extract_words(extra_attrs=["fontname", "size"])
                    page.find_tables()
                    pages += 1
                finally:
                    page.close()
        rss_after_file.append(psutil.Process().memory_info().rss)
    return {"pages": pages, "rss_first_mb": rss_after_file[0] / 2**20, "rss_last_mb": rss_after_file[-1] / 2**20}


def measure(command: list[str]) -> dict:
    """Runs ``command``; wall time and the peak RSS of each process of its tree."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=CODE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    root = psutil.Process(process.pid)
    peaks: dict[int, int] = {}  # pid -> peak RSS, in start order
    # The pipeline's workers are the processes of the tree that start no
    # other: forked from the command itself, or from its forkserver.
    parents: set[int] = {root.pid}
    helpers: set[int] = set()  # multiprocessing's resource tracker, if any
    while process.poll() is None:
        try:
            for member in [root, *root.children(recursive=True)]:
                rss = member.memory_info().rss
                peaks[member.pid] = max(peaks.get(member.pid, 0), rss)
                parents.add(member.ppid())
                if "resource_tracker" in " ".join(member.cmdline()):
                    helpers.add(member.pid)
        except psutil.Error:
            pass  # a worker ended between listing and reading
        time.sleep(0.02)
    output = process.stdout.read().decode()
    seconds = time.perf_counter() - started
    if process.returncode not in (0, 3):
        raise SystemExit(f"{' '.join(command)} exited {process.returncode}:\n{output}")
    return {"seconds": seconds, "peaks_mb": [peak / 2**20 for peak in peaks.values()],
            "worker_peaks_mb": [peak / 2**20 for pid, peak in peaks.items() if pid not in parents | helpers],
            "output": output}


def extract(paths: list[Path], out: Path, cache: Path | None, workers: int) -> dict:
    cache_args = ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    shutil.rmtree(out, ignore_errors=True)
    result = measure([*SCRUTINY, "extract", *map(str, paths), "--out", str(out), "--workers", str(workers),
                      "--quiet", *cache_args])
    documents = json.loads((out / "documents.json").read_text())
    result["pages"] = sum(doc["pages"] or 0 for doc in documents)
    result["statuses"] = sorted({doc["status"] for doc in documents})
    manifest = json.loads((out / "manifest.json").read_text())
    # Time inside process_document, summed over documents: the rest of the wall time is fixed cost.
    result["document_seconds"] = sum(doc["timings"].get("total", 0.0) for doc in manifest["documents"])
    result["stage_seconds"] = {}
    for doc in manifest["documents"]:
        for stage, seconds in doc["timings"].items():
            result["stage_seconds"][stage] = result["stage_seconds"].get(stage, 0.0) + seconds
    result["actions"] = len(json.loads((out / "actions.json").read_text()))
    return result


def cold_and_warm(paths: list[Path], out: Path, cache: Path, workers: int) -> dict[str, dict]:
    """A run that fills an empty cache, then a re-run served from it."""
    shutil.rmtree(cache, ignore_errors=True)
    cold = extract(paths, out, cache, workers)
    return {"cold": cold, "warm": extract(paths, out, cache, workers)}


def bare(paths: list[Path]) -> dict:
    result = measure([sys.executable, str(Path(__file__).resolve()), "--bare", *map(str, paths)])
    result.update(json.loads(result["output"]))
    return result


def fastest(repeat: int, measurements: list[Callable[[], dict[str, dict]]]) -> dict[str, dict]:
    """Each measurement ``repeat`` times, in rounds (so that a busy spell on
    a shared machine slows every measurement alike), and the fastest of each."""
    best: dict[str, dict] = {}
    for _ in range(repeat):
        for run in measurements:
            for name, result in run().items():
                if name not in best or result["seconds"] < best[name]["seconds"]:
                    best[name] = result
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scratch", type=Path, default=Path(tempfile.gettempdir()) / "scrutiny-bench")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=1, help="take each measurement N times, keep the fastest")
    parser.add_argument("--sets", type=lambda text: text.split(","), default=",".join(BENCHES), metavar="LIST",
                        help="which sets to measure, comma-separated (default: %(default)s)")
    parser.add_argument("--bare", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare:
        print(json.dumps(bare_pass(args.bare)))
        return

    sys.path.insert(0, str(HERE))
    from corpus import build

    started = time.perf_counter()
    sets = build(args.scratch / "corpus")
    print(f"corpus ready in {time.perf_counter() - started:.0f} s: " +
          ", ".join(f"{name} {len(paths)} files" for name, paths in sets.items()))
    print(f"code measured: {CODE}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"{psutil.virtual_memory().total / 2**30:.0f} GB RAM, {platform.python_implementation()} "
          f"{platform.python_version()}, load average {os.getloadavg()[0]:.1f}")
    out, cache = args.scratch / "out", args.scratch / "cache"
    for name in args.sets:
        print("\n".join(BENCHES[name](sets[name], out, cache, args.workers, args.repeat)), flush=True)
        print(f"  (load average at the end of the set {os.getloadavg()[0]:.1f})", flush=True)


def bench_batch(batch: list[Path], out: Path, cache: Path, workers: int, repeat: int) -> list[str]:
    """Throughput on 1 and N workers, and the cold and warm runs with the cache."""
    best = fastest(repeat, [
        lambda: {"bare": bare(batch)},
        lambda: {"one": extract(batch, out, None, 1)},
        lambda: {"many": extract(batch, out, None, workers)},
        lambda: cold_and_warm(batch, out, cache, workers),
    ])
    floor, one, many, cold, warm = (best[name] for name in ("bare", "one", "many", "cold", "warm"))
    pages = floor["pages"]
    return [
        f"batch: {len(batch)} documents, {pages} pages",
        f"  bare pdfplumber, 1 process   {floor['seconds']:7.1f} s  {pages / floor['seconds']:6.1f} pages/s  "
        f"peak {max(floor['peaks_mb']):5.0f} MB",
        f"  pipeline, 1 worker           {one['seconds']:7.1f} s  {one['pages'] / one['seconds']:6.1f} pages/s  "
        f"peak/worker {max(one['worker_peaks_mb']):5.0f} MB  ({one['seconds'] / floor['seconds']:.2f}x bare)",
        f"  pipeline, {workers} workers          {many['seconds']:7.1f} s  "
        f"{many['pages'] / many['seconds']:6.1f} pages/s  peak/worker {max(many['worker_peaks_mb']):5.0f} MB  "
        f"(speed-up {one['seconds'] / many['seconds']:.2f}x)",
        f"    fixed cost (wall time less the time inside documents): 1 worker "
        f"{one['seconds'] - one['document_seconds']:.2f} s, {workers} workers "
        f"{many['seconds'] - many['document_seconds'] / workers:.2f} s; documents "
        f"{one['document_seconds']:.1f} s of work on 1 worker, {many['document_seconds']:.1f} s on {workers}",
        f"  cold run with cache          {cold['seconds']:7.1f} s",
        f"  warm re-run                  {warm['seconds']:7.1f} s  ({100 * warm['seconds'] / cold['seconds']:.1f}% of cold)",
    ]


def bench_large(large: list[Path], out: Path, cache: Path, workers: int, repeat: int) -> list[str]:
    """One long document: time against the floor, and memory per worker."""
    best = fastest(repeat, [lambda: {"bare": bare(large)}, lambda: {"one": extract(large, out, None, 1)}])
    floor, one = best["bare"], best["one"]
    return [
        f"large: 1 document, {floor['pages']} pages",
        f"  bare pdfplumber              {floor['seconds']:7.1f} s  {floor['pages'] / floor['seconds']:6.1f} pages/s  "
        f"peak {max(floor['peaks_mb']):5.0f} MB",
        f"  pipeline, 1 worker           {one['seconds']:7.1f} s  {one['pages'] / one['seconds']:6.1f} pages/s  "
        f"peak/worker {max(one['worker_peaks_mb']):5.0f} MB  ({one['seconds'] / floor['seconds']:.2f}x bare)",
    ]


def bench_many(many_files: list[Path], out: Path, cache: Path, workers: int, repeat: int) -> list[str]:
    """Many small documents through workers replaced in turn: does memory grow?"""
    best = fastest(repeat, [lambda: {"bare": bare(many_files)}, lambda: {"one": extract(many_files, out, None, 1)}])
    floor, one = best["bare"], best["one"]
    peaks = one["worker_peaks_mb"]
    return [
        f"many: {len(many_files)} documents, {floor['pages']} pages",
        f"  bare pdfplumber              {floor['seconds']:7.1f} s  RSS after first file {floor['rss_first_mb']:.0f} MB, "
        f"after last {floor['rss_last_mb']:.0f} MB",
        f"  pipeline, 1 worker           {one['seconds']:7.1f} s  {len(peaks)} worker processes in turn; "
        f"peak of the first {peaks[0]:.0f} MB, of the last {peaks[-1]:.0f} MB, highest {max(peaks):.0f} MB",
    ]


def bench_tracker(trackers: list[Path], out: Path, cache: Path, workers: int, repeat: int) -> list[str]:
    """A long action tracker, one file at a time: what a document costs, and
    whether the actions' reading grows faster than its rows (120 and 240)."""
    lines = ["tracker: one table of coloured-square statuses, per file (seconds inside the document: wall clock)"]
    for path in trackers:
        measurements = [lambda: {"one": extract([path], out, None, 1)}]
        if path.suffix == ".pdf":
            measurements.insert(0, lambda: {"bare": bare([path])})
        best = fastest(repeat, measurements)
        one, stages = best["one"], best["one"]["stage_seconds"]
        floor = f"bare {best['bare']['seconds']:5.1f} s, " if "bare" in best else ""
        lines.append(f"  {path.name:24} {floor}pipeline {one['seconds']:5.1f} s ({one['pages'] or '-'} pages, "
                     f"{one['actions']} actions): in the document {one['document_seconds']:.2f} s, "
                     f"ingest {stages.get('ingest', 0):.2f}, actions {stages.get('extract:actions', 0):.2f}, "
                     f"grades {stages.get('extract:grades', 0):.2f}, assurance {stages.get('extract:assurance', 0):.2f}")
    return lines


BENCHES = {"batch": bench_batch, "large": bench_large, "many": bench_many, "tracker": bench_tracker}


if __name__ == "__main__":
    main()
