"""``scrutiny extract``: many documents, in parallel, into one export.

Files are found, hashed and looked up in the result cache; the rest run in
isolated worker processes (or on a Dask cluster) and are cached as they
finish; every result, failed ones included, goes to the export, one
documents row per input file (identical files are parsed once, and their
records exported once). Exit status:
0 all documents processed, 3 one or more failed or partial (or the database
load failed), 2 bad usage.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from pipeline.cache import ResultCache, default_cache_dir, for_path, pipeline_version
from pipeline.export import ExportFolderError, add_export_arguments, check_out_dir, options_from_args, write_exports
from pipeline.progress import Progress, summary
from pipeline.result import DocumentResult
from pipeline.workers import DaskWorkers, Limits, LocalWorkers, Task

DOCUMENT_SUFFIXES = {".pdf", ".docx"}
EXIT_OK, EXIT_USAGE, EXIT_INCOMPLETE = 0, 2, 3


def add_arguments(parser: argparse.ArgumentParser) -> None:
    defaults = Limits()
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                        help="a PDF or DOCX file, or a folder searched recursively for them")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR", help="the export folder")
    parser.add_argument("--workers", type=_positive_int, default=os.cpu_count() or 1, metavar="N",
                        help="worker processes (default: the number of cores)")
    parser.add_argument("--timeout", type=float, default=defaults.timeout, metavar="SECONDS",
                        help=f"time limit per document (default {defaults.timeout:g}); 0 for none")
    parser.add_argument("--max-memory", type=int, default=defaults.memory_mb, metavar="MB",
                        help=f"memory ceiling per worker process (default {defaults.memory_mb}); 0 for none")
    parser.add_argument("--cache-dir", type=Path, default=default_cache_dir(), metavar="DIR",
                        help="where results are kept between runs (default %(default)s)")
    parser.add_argument("--no-cache", action="store_true", help="parse every file, and keep no results")
    parser.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                        help="run the documents on this Dask distributed cluster instead of local workers")
    parser.add_argument("--quiet", action="store_true", help="no progress, no summary; errors only")
    add_export_arguments(parser)


def run(args: argparse.Namespace) -> int:
    started_at = datetime.now(timezone.utc)
    started = time.monotonic()
    try:
        paths = find_documents(args.paths)
        check_out_dir(args.out)
    except (UsageError, ExportFolderError) as exc:
        print(f"scrutiny extract: {exc}", file=sys.stderr)
        return EXIT_USAGE

    version = pipeline_version()
    cache = None if args.no_cache else ResultCache(args.cache_dir, version)
    tasks = [_task(path) for path in paths]
    # The same bytes (an unreadable file: its path) -> every path holding them; the first is parsed.
    same_bytes: dict[str | Path, list[Path]] = {}
    results: dict[Path, DocumentResult] = {}
    to_run: list[Task] = []
    for task in tasks:
        same = same_bytes.setdefault(task.sha256 or task.path, [])
        same.append(task.path)
        if len(same) > 1:
            continue
        cached = cache.get(task.sha256) if cache and task.sha256 else None
        if cached is not None:
            results[task.path] = for_path(cached, task.path)
        else:
            to_run.append(task)
    from_cache = len(results)

    try:
        executor = _executor(args) if to_run else None  # all cached: no worker is started
    except OSError as exc:
        print(f"scrutiny extract: could not connect to the Dask scheduler at {args.scheduler} ({exc}); "
              "check the address and that the scheduler is running.", file=sys.stderr)
        return EXIT_USAGE

    distinct_bytes = sum(task.size_bytes for task in tasks if task.path == same_bytes[task.sha256 or task.path][0])
    progress = Progress(len(tasks), distinct_bytes, quiet=args.quiet)
    for result in results.values():
        progress.update(result, cached=True)
    for outcome in executor.run(to_run) if executor else ():
        if cache and outcome.cacheable and outcome.task.sha256:
            cache.put(outcome.task.sha256, outcome.result)
        results[outcome.task.path] = outcome.result
        progress.update(outcome.result, cached=False)
    finished = []
    for same in same_bytes.values():
        rows = _one_row_per_copy(results[same[0]], same)
        finished += rows
        for row in rows[1:]:
            progress.copy(row, of=same[0])
    progress.close()

    run_info = {
        "started": started_at.isoformat(timespec="seconds"),
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "inputs": [str(p) for p in args.paths],
        "executor": f"dask {args.scheduler}" if args.scheduler else f"local, {args.workers} workers",
        "limits": {"timeout_s": args.timeout or None, "max_memory_mb": args.max_memory or None},
        "pipeline_version": version,
        "cache": None if cache is None else {"dir": str(cache.directory), "hits": from_cache,
                                             "parsed": len(to_run)},
        "seconds": round(time.monotonic() - started, 3),
        "pages_per_second": round(progress.pages_per_second(), 2),
    }
    try:
        exported = write_exports(finished, args.out, options=options_from_args(args), run_info=run_info)
    except ExportFolderError as exc:
        print(f"scrutiny extract: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not args.quiet:
        print(summary(finished, exported, time.monotonic() - started, from_cache))
    if exported.db_error:
        print(f"scrutiny extract: {exported.db_error}", file=sys.stderr)
    incomplete = any(result.status != "ok" for result in finished) or exported.db_error is not None
    return EXIT_INCOMPLETE if incomplete else EXIT_OK


class UsageError(Exception):
    """A command line that names nothing to process."""


def find_documents(inputs: list[Path]) -> list[Path]:
    """Every file named, and every .pdf and .docx under every folder named,
    each once, in a stable order. A file named directly is taken whatever its
    suffix, so that a mislabelled file gets its own clear error."""
    found: dict[Path, None] = {}
    for given in inputs:
        if given.is_dir():
            for path in sorted(given.rglob("*")):
                if path.suffix.lower() in DOCUMENT_SUFFIXES and path.is_file() and not path.name.startswith("~$"):
                    found[path] = None
        elif given.is_file():
            found[given] = None
        else:
            raise UsageError(f"{given} does not exist; give a PDF or DOCX file or a folder of them.")
    if not found:
        raise UsageError(f"no .pdf or .docx files found in {', '.join(map(str, inputs))}.")
    return list(found)


def _task(path: Path) -> Task:
    """A task with the file's SHA-256, or none if it cannot be read (the worker then reports why)."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            while block := handle.read(2**20):
                digest.update(block)
    except OSError:
        return Task(path, None, 0)
    return Task(path, digest.hexdigest(), path.stat().st_size)


def _executor(args: argparse.Namespace) -> LocalWorkers | DaskWorkers:
    if args.scheduler:
        return DaskWorkers(args.scheduler)
    return LocalWorkers(args.workers, Limits(timeout=args.timeout or None, memory_mb=args.max_memory or None))


def _one_row_per_copy(result: DocumentResult, same: list[Path]) -> list[DocumentResult]:
    """The results of a file found at the paths ``same`` (usually one), the
    first of them parsed. Every path gets its own documents row (same doc_id,
    its own record_id) naming the other copies; the records go with the
    first path only, so they are exported once."""
    if len(same) == 1:
        return [result]
    first, copies = same[0], same[1:]
    rows = [_warned(result, f"Identical copies of this file (same SHA-256) at {', '.join(map(str, copies))}: "
                            "its records are exported once, from this path.")]
    for path in copies:
        moved = for_path(result, path)
        # Failures stay (this file failed too); records and rejections belong to the first path.
        rows.append(_warned(DocumentResult(document=moved.document, errors=moved.errors),
                            f"Identical to {first} (same SHA-256): its records are exported once, from that path."))
    return rows


def _warned(result: DocumentResult, warning: str) -> DocumentResult:
    return replace(result, document={**result.document, "warnings": [*result.document["warnings"], warning]})


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value
