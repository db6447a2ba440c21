"""Where `process_document` spends its time: prints figures, asserts nothing.

    .venv/bin/python benchmarks/hotspots.py FILE [FILE ...] [--repeat N] [--top N] [--dump OUT.prof] [--stages-only]
        [--extractors-only] [--layouts DIR]

To measure another commit, make a worktree of it and name it in PYTHONPATH
(`PYTHONPATH=/tmp/wt .venv/bin/python benchmarks/hotspots.py ...`): the
first line printed says which checkout's code ran.

Two views, each summed over the files:

- stages without a profiler, in process time (other work on a shared
  machine does not count): each file is read once (ingest), then
  `describe` and every extractor run on a fresh copy of its layout (a new
  object, so no per-document view is already worked out), N times, the
  fastest of each kept;
- cProfile of `process_document` (after an unprofiled warm-up run on the
  smallest file of each kind: imports, spaCy's matcher, vocabularies built
  on first use): time
  per stage and the hottest functions of the project's own extractors/ and
  pipeline/ code, by own time and by cumulative time. The profiler keeps
  its own wall clock (a process-time clock costs 2 us a read on this
  machine, which multiplied the pure-Python ingest's time by 9): under load
  its seconds are inflated, its ranking holds. With --extractors-only the
  profile covers `describe` and the extractors alone, on fresh layouts
  (ingest, three quarters of a PDF's time, neither profiled nor repeated).

--layouts DIR keeps each file's layout there (a pickle named by the file's
bytes and the measured checkout's pipeline/ code), so that measuring the
extractors again, or another checkout with the same pipeline/, does not
read the files again: a 400-page PDF's ingest is a minute of process time.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pickle
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

# The code measured is the checkout that PYTHONPATH names (a `git worktree`
# of another commit, to compare), else this one: so after PYTHONPATH's entries.
sys.path.append(str(Path(__file__).resolve().parent.parent))

import extractors  # noqa: E402
from extractors.document import describe  # noqa: E402
from pipeline.ingest import read_document  # noqa: E402
from pipeline.runner import process_document  # noqa: E402

ROOT = Path(extractors.__file__).resolve().parent.parent  # the checkout measured

# (file relative to the project, function) -> stage name; extractors' `extract` are added by file name.
STAGES = {("pipeline/runner.py", "process_document"): "total",
          ("pipeline/ingest/__init__.py", "read_document"): "ingest",
          ("extractors/document.py", "describe"): "describe",
          ("pipeline/validate.py", "validate"): "validate"}

Function = tuple[str, int, str]  # pstats' key: file, first line, name
T = TypeVar("T")


def _relative(filename: str) -> str | None:
    """The path inside the project of the project's own code; None for libraries."""
    path = Path(filename)
    if ROOT not in path.parents or ".venv" in path.parts:
        return None
    relative = path.relative_to(ROOT)
    return str(relative) if relative.parts[0] in ("extractors", "pipeline") else None


def _stage(function: Function) -> str | None:
    relative = _relative(function[0])
    if relative is None:
        return None
    if relative.startswith("extractors/") and function[2] == "extract":
        return "extract:" + Path(relative).stem
    return STAGES.get((relative, function[2]))


def _timed(call: Callable[..., T], *args: object) -> tuple[T, float]:
    started = time.process_time()
    result = call(*args)
    return result, time.process_time() - started


def _pipeline_digest() -> str:
    """A digest of the measured checkout's pipeline/ sources: a kept layout is valid while they are unchanged."""
    digest = hashlib.sha256()
    for source in sorted((ROOT / "pipeline").rglob("*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def ingested(path: Path, layouts: Path | None) -> tuple[bytes, float]:
    """The pickled layout of one file and the process seconds its ingest took (kept in ``layouts`` if given)."""
    data = path.read_bytes()
    sha256 = hashlib.sha256(data).hexdigest()
    kept = layouts / f"{sha256[:24]}-{_pipeline_digest()}.pickle" if layouts else None
    if kept and kept.exists():
        seconds, blob = pickle.loads(kept.read_bytes())
        return blob, seconds
    layout, seconds = _timed(read_document, path, data, sha256)
    blob = pickle.dumps(layout)
    if kept:
        kept.parent.mkdir(parents=True, exist_ok=True)
        kept.write_bytes(pickle.dumps((seconds, blob)))
    return blob, seconds


def run_extractors(layout: object) -> dict[str, float]:
    """Process seconds of describe and each extractor on one layout."""
    ctx, seconds = _timed(describe, layout)
    times = {"describe": seconds}
    for module in extractors.EXTRACTORS:
        times[f"extract:{module.NAME}"] = _timed(module.extract, layout, ctx)[1]
    return times


def stage_times(path: Path, repeat: int, layouts: Path | None) -> dict[str, float]:
    """Process seconds of ingest, describe and each extractor on one file, unprofiled."""
    blob, ingest = ingested(path, layouts)
    best: dict[str, float] = {"ingest": ingest}
    for _ in range(repeat):
        for stage, seconds in run_extractors(pickle.loads(blob)).items():
            best[stage] = min(best.get(stage, seconds), seconds)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--repeat", type=int, default=3, help="runs of describe and the extractors per file, fastest kept")
    parser.add_argument("--top", type=int, default=20, help="functions to list (default: %(default)s)")
    parser.add_argument("--dump", type=Path, help="also write the raw profile here (for snakeviz, pstats)")
    parser.add_argument("--stages-only", action="store_true",
                        help="the unprofiled stage times alone (no cProfile run: a third of the time on a large file)")
    parser.add_argument("--extractors-only", action="store_true",
                        help="profile describe and the extractors on fresh layouts, not process_document")
    parser.add_argument("--layouts", type=Path, help="keep and reuse each file's ingested layout in this folder")
    args = parser.parse_args()

    print(f"code measured: {ROOT}")
    # Warm-up on the smallest file of each kind: imports and one-off builds are not the documents' cost.
    # With kept layouts, on its layout (a lone 400-page file is its own smallest: no second ingest of it).
    for suffix in {path.suffix.lower() for path in args.files}:
        smallest = min((path for path in args.files if path.suffix.lower() == suffix),
                       key=lambda path: path.stat().st_size)
        if args.layouts:
            run_extractors(pickle.loads(ingested(smallest, args.layouts)[0]))
        else:
            process_document(smallest)

    unprofiled: dict[str, float] = {}
    for path in args.files:
        for stage, seconds in stage_times(path, args.repeat, args.layouts).items():
            unprofiled[stage] = unprofiled.get(stage, 0.0) + seconds
    after_ingest = sum(seconds for stage, seconds in unprofiled.items() if stage != "ingest")
    print(f"{len(args.files)} files, unprofiled, process time (describe and extractors fastest of {args.repeat}):")
    for stage, seconds in sorted(unprofiled.items(), key=lambda item: -item[1]):
        print(f"  {stage:32} {seconds:7.2f} s")
    print(f"  {'describe and extractors':32} {after_ingest:7.2f} s  "
          f"({100 * after_ingest / unprofiled['ingest']:.0f}% of ingest)\n")
    if args.stages_only:
        return

    profiler = cProfile.Profile()
    for path in args.files:
        if args.extractors_only:
            layout = pickle.loads(ingested(path, args.layouts)[0])
            profiler.runcall(run_extractors, layout)
        else:
            profiler.runcall(process_document, path)
    if args.dump:
        profiler.dump_stats(str(args.dump))

    # pstats' raw table: function -> (primitive calls, calls, own time, cumulative time, callers)
    stats = pstats.Stats(profiler)
    table: dict[Function, tuple] = stats.stats  # type: ignore[attr-defined]
    stages = {stage: row[3] for function, row in table.items() if (stage := _stage(function))}
    stages.pop("total", None)
    total = stats.total_tt  # type: ignore[attr-defined]
    profiled = "describe and the extractors" if args.extractors_only else "process_document"
    print(f"{len(args.files)} files, {total:.2f} s in {profiled} under cProfile (wall clock)")
    for stage, seconds in sorted(stages.items(), key=lambda item: -item[1]):
        print(f"  {stage:32} {seconds:7.2f} s  {100 * seconds / total:5.1f}%")

    own = [(function, row) for function, row in table.items() if _relative(function[0])]
    for title, column in (("own time", 2), ("cumulative time", 3)):
        print(f"\nproject functions by {title}:")
        print(f"  {'own s':>7} {'cum s':>7} {'calls':>9}  function")
        for (filename, line, name), row in sorted(own, key=lambda item: -item[1][column])[:args.top]:
            print(f"  {row[2]:7.2f} {row[3]:7.2f} {row[1]:9d}  {_relative(filename)}:{line}({name})")


if __name__ == "__main__":
    main()
