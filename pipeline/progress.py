"""Progress of a batch: a live bar in a terminal, plain log lines elsewhere
(CI, cron, a pipe), nothing with --quiet; and the summary at the end."""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pipeline.result import DocumentResult

if TYPE_CHECKING:
    from pipeline.export import ExportSummary

BAR_WIDTH = 24


class Progress:
    def __init__(self, total: int, total_bytes: int, *, quiet: bool = False, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.mode = "quiet" if quiet else "bar" if self.stream.isatty() else "log"
        self.total = total
        self.total_bytes = total_bytes
        self.done = 0
        self.cached = 0  # not parsed in this run: from the cache, or copies of a file parsed in it
        self.statuses: Counter[str] = Counter()
        self.pages = 0
        self.done_bytes = 0
        self.parsed_bytes = 0  # of the documents parsed in this run (not cached), for the rate
        self.started = time.monotonic()

    def update(self, result: DocumentResult, *, cached: bool) -> None:
        self.done += 1
        self.statuses[result.status] += 1
        self.done_bytes += result.document["size_bytes"]
        document = result.document
        if cached:
            self.cached += 1
            how = " (cached)"
        else:
            self.pages += document["pages"] or 0
            self.parsed_bytes += document["size_bytes"]
            how = f" ({document['pages']} pages, {result.timings.get('total', 0.0):.1f} s)" if document["pages"] is not None else ""
        self._show(result, how)

    def copy(self, result: DocumentResult, *, of: Path) -> None:
        """One more document: the same bytes as ``of``, whose bytes and pages are counted already."""
        self.done += 1
        self.statuses[result.status] += 1
        self.cached += 1
        self._show(result, f" (same file as {of})")

    def _show(self, result: DocumentResult, how: str) -> None:
        if self.mode == "bar":
            self.stream.write("\r" + self._bar_line())
            self.stream.flush()
        elif self.mode == "log":
            self.stream.write(self._log_line(result, how) + "\n")
            self.stream.flush()

    def close(self) -> None:
        if self.mode == "bar":
            self.stream.write("\n")
            self.stream.flush()

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def pages_per_second(self) -> float:
        return self.pages / self.elapsed if self.elapsed > 0 else 0.0

    def seconds_left(self) -> float | None:
        """Remaining bytes at the rate so far: documents differ in size far more than in speed per byte."""
        if not self.parsed_bytes or self.elapsed <= 0:
            return None
        return max(0, self.total_bytes - self.done_bytes) / (self.parsed_bytes / self.elapsed)

    def _bar_line(self) -> str:
        filled = round(BAR_WIDTH * self.done / self.total) if self.total else BAR_WIDTH
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        left = self.seconds_left()
        eta = _clock(left) if left is not None and self.done < self.total else "--:--"
        failed = self.statuses["failed"] + self.statuses["partial"]
        return (f"[{bar}] {self.done}/{self.total} docs  {failed} failed/partial  {self.cached} cached  "
                f"{self.pages_per_second():.1f} pages/s  ETA {eta} ")

    def _log_line(self, result: DocumentResult, how: str) -> str:
        document = result.document
        line = f"[{self.done}/{self.total}] {document['status']:<7} {document['source_path']}{how}"
        return f"{line}: {document['error']}" if document["error"] else line


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def summary(results: list[DocumentResult], exported: ExportSummary, elapsed: float, cached: int) -> str:
    """What a person wants to know when the batch ends; record counts are
    the exported ones, as in the manifest."""
    statuses = Counter(result.status for result in results)
    lines = [
        f"{len(results)} documents in {elapsed:.1f} s ({cached} from the cache): "
        f"{statuses['ok']} ok, {statuses['partial']} partial, {statuses['failed']} failed",
    ]
    lines += [f"  {kind}: {count}" for kind, count in sorted(exported.counts.items())
              if count and kind != "documents"]
    if exported.rejected:
        lines.append(f"  rejected by validation: {exported.rejected} (see rejected.jsonl)")
    problems = [result.document for result in results if result.status != "ok"]
    if problems:
        lines.append("Not fully processed:")
        lines += [f"  {doc['status']}: {doc['source_path']}: {doc['error']}" for doc in problems]
    lines.append(f"Exports in {exported.out_dir}")
    return "\n".join(lines)
