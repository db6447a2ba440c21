"""manifest.json: what a run did. Versions, options, counts per type and per
document, rejections, failures, timings, and the size and SHA-256 of every
file beside it, so a reader can tell a complete export from a tampered one.

Everything but the timings (and run_info's start and finish times) is the
same for the same input.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pipeline import __version__
from pipeline.export.collect import Batch
from schemas.records import RECORD_MODELS, SCHEMA_VERSION


def build_manifest(batch: Batch, folder: Path, *, run_info: dict, export_info: dict) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "pipeline_version": __version__,
        "run": run_info,
        "export": export_info,
        "counts": {t: len(batch.records[t]) for t in RECORD_MODELS},
        "rejected": {"total": len(batch.rejected), "by_type": batch.rejected_by_type()},
        "documents_by_status": _statuses(batch),
        "documents": batch.documents,
        "failures": batch.failures,
        "files": {path.name: _file_facts(path) for path in sorted(folder.iterdir())},
    }


def write_manifest(path: Path, manifest: dict) -> None:
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")


def _statuses(batch: Batch) -> dict[str, int]:
    counts = {"ok": 0, "partial": 0, "failed": 0}
    for document in batch.documents:
        counts[document["status"]] = counts.get(document["status"], 0) + 1
    return counts


def _file_facts(path: Path) -> dict:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return {"bytes": path.stat().st_size, "sha256": digest.hexdigest()}
