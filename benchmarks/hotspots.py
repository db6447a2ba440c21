"""Where `process_document` spends its time: prints figures, asserts nothing.

    .venv/bin/python benchmarks/hotspots.py FILE [FILE ...] [--top N] [--dump OUT.prof]

Each file is processed once unprofiled (imports, spaCy's matcher, lazily
built vocabularies), then once under cProfile, timed in process time so
that other work on a shared machine does not count. Prints, summed over the
files, the time of each stage (ingest, describe, each extractor, validate)
and the hottest functions of the project's own extractors/ and pipeline/
code, by own time and by cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.runner import process_document  # noqa: E402

# (file relative to the project, function) -> stage name; extractors' `extract` are added by file name.
STAGES = {("pipeline/runner.py", "process_document"): "total",
          ("pipeline/ingest/__init__.py", "read_document"): "ingest",
          ("pipeline/runner.py", "_describe"): "describe",
          ("pipeline/validate.py", "validate"): "validate"}

Function = tuple[str, int, str]  # pstats' key: file, first line, name


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--top", type=int, default=20, help="functions to list (default: %(default)s)")
    parser.add_argument("--dump", type=Path, help="also write the raw profile here (for snakeviz, pstats)")
    args = parser.parse_args()

    for path in args.files:
        process_document(path)  # warm-up: imports and one-off builds are not the document's cost

    profiler = cProfile.Profile(time.process_time)
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
    print(f"{len(args.files)} files, {total:.2f} s of process time in process_document under cProfile")
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
