"""Results cached by the file's SHA-256 and the pipeline version.

A re-run over an unchanged archive reads results from here instead of
parsing again; a changed file has another SHA-256, and a new pipeline
version looks in a fresh folder. The version covers the package, schema
and format-library versions and a digest of the pipeline's own source and
vocabulary files (extractor VERSIONs included), so an edited extractor is
never served stale results, whether or not its VERSION was bumped. Nothing
here imports the parsers or extractors: a re-run served wholly from the
cache needs neither.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
import time
from dataclasses import replace
from importlib.metadata import PackageNotFoundError, version
from importlib.util import find_spec
from pathlib import Path

import pipeline
from pipeline.result import DocumentResult, document_record_id
from schemas.records import SCHEMA_VERSION

# Version folders untouched this long belong to old checkouts or releases.
STALE_AFTER_SECONDS = 30 * 24 * 3600
# Found without importing them (importing extractors imports every extractor).
_PACKAGES = tuple(Path(find_spec(name).origin).parent for name in ("pipeline", "extractors", "schemas"))
_PACKAGES_ROOT = _PACKAGES[0].parent
_LIBRARIES = ("pdfplumber", "pdfminer.six", "pypdf", "python-docx", "pydantic", "spacy")


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "scrutiny"


def pipeline_version() -> str:
    """The package version and a digest of the other versions that shape a result."""
    digest = hashlib.sha256(f"schema {SCHEMA_VERSION}\n".encode())
    for path in _source_files():
        digest.update(path.relative_to(_PACKAGES_ROOT).as_posix().encode() + b"\n" + path.read_bytes())
    for library in _LIBRARIES:
        try:
            digest.update(f"{library}=={version(library)}\n".encode())
        except PackageNotFoundError:
            digest.update(f"{library} missing\n".encode())
    return f"{pipeline.__version__}-{digest.hexdigest()[:16]}"


def _source_files() -> list[Path]:
    """The code and data that shape a result: every module and vocabulary
    of the three packages, in a fixed order."""
    files = [path for package in _PACKAGES for path in package.rglob("*")
             if path.suffix in (".py", ".json", ".csv") and path.is_file() and "jsonschema" not in path.parts]
    return sorted(files)


class ResultCache:
    def __init__(self, directory: Path, pipeline_version: str) -> None:
        self.root = directory
        self.directory = directory / pipeline_version
        self.directory.mkdir(parents=True, exist_ok=True)
        self._prune_stale_versions()

    def get(self, sha256: str) -> DocumentResult | None:
        path = self._path(sha256)
        try:
            with path.open("rb") as handle:
                result = pickle.load(handle)
        except FileNotFoundError:
            return None
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            path.unlink(missing_ok=True)  # a damaged entry is a miss, and is recomputed
            return None
        return result if isinstance(result, DocumentResult) else None

    def put(self, sha256: str, result: DocumentResult) -> None:
        path = self._path(sha256)
        path.parent.mkdir(exist_ok=True)
        # Written aside and renamed, so a killed run never leaves half an entry.
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as handle:
            pickle.dump(result, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)

    def _path(self, sha256: str) -> Path:
        return self.directory / sha256[:2] / f"{sha256}.pickle"

    def _prune_stale_versions(self) -> None:
        os.utime(self.directory)
        cutoff = time.time() - STALE_AFTER_SECONDS
        for other in self.root.iterdir():
            if other.is_dir() and other != self.directory and other.stat().st_mtime < cutoff:
                shutil.rmtree(other, ignore_errors=True)


def for_path(result: DocumentResult, path: Path) -> DocumentResult:
    """The same result as found at ``path`` (a cached result, or a second
    copy of a file in the batch): source_file, source_path and the documents
    row's id follow the file."""
    old, name = result.document["source_file"], path.name
    document = {**result.document, "source_file": name, "source_path": str(path),
                "record_id": document_record_id(result.document["doc_id"], path)}
    if old != name:  # messages name the file; let them name it as it is now
        document["error"] = document["error"] and document["error"].replace(old, name)
        document["warnings"] = [warning.replace(old, name) for warning in document["warnings"]]
    records = {kind: [{**record, "source_file": name} for record in rows] for kind, rows in result.records.items()}
    rejected = [{**item, "record": {**item["record"], "source_file": name}} if "source_file" in item["record"] else item
                for item in result.rejected]
    return replace(result, document=document, records=records, rejected=rejected)
