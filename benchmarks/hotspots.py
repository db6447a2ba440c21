"""Where `process_document` spends its time: prints figures, asserts nothing.

    .venv/bin/python benchmarks/hotspots.py FILE [FILE ...] [--repeat N] [--top N] [--dump OUT.prof] [--stages-only]

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
  its seconds are inflated, its ranking holds.
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
          ("pipeline/runner.py", "_describe"): "describe",
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


def stage_times(path: Path, repeat: int) -> dict[str, float]:
    """Process seconds of ingest, describe and each extractor on one file, unprofiled."""
    data = path.read_bytes()
    layout, ingest = _timed(read_document, path, data, hashlib.sha256(data).hexdigest())
    blob = pickle.dumps(layout)
    best: dict[str, float] = {"ingest": ingest}
    for _ in range(repeat):
        fresh = pickle.loads(blob)
        ctx, seconds = _timed(describe, fresh)
        times = {"describe": seconds}
        for module in extractors.EXTRACTORS:
            times[f"extract:{module.NAME}"] = _timed(module.extract, fresh, ctx)[1]
        for stage, seconds in times.items():
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
    args = parser.parse_args()

    print(f"code measured: {ROOT}")
    # Warm-up on the smallest file of each kind: imports and one-off builds are not the documents' cost.
    for suffix in {path.suffix.lower() for path in args.files}:
        process_document(min((path for path in args.files if path.suffix.lower() == suffix),
                             key=lambda path: path.stat().st_size))

    unprofiled: dict[str, float] = {}
    for path in args.files:
        for stage, seconds in stage_times(path, args.repeat).items():
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
        profiler.enable()
        process_document(path)
        profiler.disable()
    if args.dump:
        profiler.dump_stats(str(args.dump))

    # pstats' raw table: function -> (primitive calls, calls, own time, cumulative time, callers)
    table: dict[Function, tuple] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    stages = {stage: row[3] for function, row in table.items() if (stage := _stage(function))}
    total = stages.pop("total")
    print(f"{len(args.files)} files, {total:.2f} s in process_document under cProfile (wall clock)")
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
