"""Exports: a batch of DocumentResults into the files of the export contract
(``shared/design/records.md``), and optionally into a database.

Always written, for every record type, even when empty: ``<type>.csv`` and
``<type>.json``; then ``rejected.jsonl`` and ``manifest.json``. ``--format``
adds ``<type>.parquet``, ``<type>.jsonl`` and ``records.sqlite``; ``--db URL``
upserts into a database outside the folder.

Every record is checked against its model once more on the way out; what
fails goes to rejected.jsonl and the manifest's counts, never away. The
folder is written aside and swapped in whole (see ``atomic``). The same
input gives byte-identical CSV, JSON, JSONL and rejected.jsonl.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.export.atomic import MANIFEST_FILE, ExportFolderError, check_out_dir, staged_folder
from pipeline.export.collect import Batch, collect
from pipeline.export.manifest import build_manifest, write_manifest
from pipeline.export.textfiles import LIST_SEPARATOR, write_csv, write_json, write_jsonl
from schemas.records import RECORD_MODELS

if TYPE_CHECKING:
    from pipeline.result import DocumentResult

# SQLAlchemy (``database``) and pyarrow (``parquet``) are imported where a
# database or Parquet is asked for: an export without them starts faster.

__all__ = [
    "EXTRA_FORMATS", "LIST_SEPARATOR", "DatabaseExportError", "ExportFolderError", "ExportOptions",
    "ExportSummary", "add_export_arguments", "check_out_dir", "options_from_args", "write_exports",
]

EXTRA_FORMATS = ("parquet", "jsonl", "sqlite")
ALWAYS_WRITTEN = ("csv", "json")
SQLITE_FILE = "records.sqlite"
REJECTED_FILE = "rejected.jsonl"


@dataclass(frozen=True, slots=True)
class ExportOptions:
    formats: tuple[str, ...] = ()  # extra formats, from EXTRA_FORMATS
    db: str | None = None  # a SQLAlchemy URL or a SQLite file path
    excel_bom: bool = False  # CSVs start with a UTF-8 byte order mark, for Excel

    def to_dict(self) -> dict:
        shown_db = None
        if self.db:
            from pipeline.export import database

            shown_db = database.shown_url(database.database_url(self.db))
        return {
            "formats": [*ALWAYS_WRITTEN, *self.formats],
            "db": shown_db,
            "excel_bom": self.excel_bom,
        }


@dataclass(frozen=True, slots=True)
class ExportSummary:
    out_dir: Path
    counts: dict[str, int]  # rows exported, per record type
    rejected: int
    documents_by_status: dict[str, int]  # ok, partial, failed
    files: tuple[str, ...]  # file names written into out_dir
    db_rows: dict[str, int] | None  # rows per table after the --db load
    db_error: str | None  # why the --db load failed; the files were still written

    @property
    def ok(self) -> bool:
        return self.db_error is None


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", dest="formats", type=_formats, default=(), metavar="LIST",
                        help="extra formats beside CSV and JSON, comma-separated: " + ",".join(EXTRA_FORMATS))
    parser.add_argument("--db", metavar="URL", type=_db,
                        help="also upsert the records into this database: a SQLite file path, "
                             "sqlite:///FILE or postgresql+psycopg://USER:PASSWORD@HOST/DBNAME")
    parser.add_argument("--excel-bom", action="store_true",
                        help="start the CSVs with a UTF-8 byte order mark, so Excel opens accents correctly")


def options_from_args(args: argparse.Namespace) -> ExportOptions:
    return ExportOptions(formats=args.formats, db=args.db, excel_bom=args.excel_bom)


def write_exports(results: list[DocumentResult], out_dir: Path, *, options: ExportOptions,
                  run_info: dict) -> ExportSummary:
    """Write the export folder ``out_dir`` (replacing a previous export whole)
    and load ``options.db``. Raises ExportFolderError if ``out_dir`` holds
    files that are not an export; a database that fails is reported in the
    summary and the manifest, and the files are written all the same."""
    started = time.perf_counter()
    batch = collect(results)
    with staged_folder(out_dir) as folder:
        for record_type in RECORD_MODELS:
            _write_type(folder, record_type, batch.records[record_type], options)
        write_jsonl(folder / REJECTED_FILE, batch.rejected)
        if "sqlite" in options.formats:
            from sqlalchemy.engine import URL

            from pipeline.export import database

            database.load(URL.create("sqlite", database=str(folder / SQLITE_FILE)), batch.records, [])
        db_rows, db_error = _load_database(options.db, batch)
        shown_options = options.to_dict()
        export_info = {
            "options": shown_options,
            "database": None if options.db is None else {
                "url": shown_options["db"], "rows": db_rows, "error": db_error},
            "timings": {"export": round(time.perf_counter() - started, 3)},
        }
        manifest = build_manifest(batch, folder, run_info=run_info, export_info=export_info)
        write_manifest(folder / MANIFEST_FILE, manifest)
        files = tuple(sorted(path.name for path in folder.iterdir()))
    return ExportSummary(
        out_dir=out_dir,
        counts=manifest["counts"],
        rejected=len(batch.rejected),
        documents_by_status=manifest["documents_by_status"],
        files=files,
        db_rows=db_rows,
        db_error=db_error,
    )


def _write_type(folder: Path, record_type: str, rows: list[dict], options: ExportOptions) -> None:
    write_csv(folder / f"{record_type}.csv", record_type, rows, excel_bom=options.excel_bom)
    write_json(folder / f"{record_type}.json", rows)
    if "jsonl" in options.formats:
        write_jsonl(folder / f"{record_type}.jsonl", rows)
    if "parquet" in options.formats:
        from pipeline.export.parquet import write_parquet

        write_parquet(folder / f"{record_type}.parquet", record_type, rows)


def _load_database(db: str | None, batch: Batch) -> tuple[dict[str, int] | None, str | None]:
    if db is None:
        return None, None
    from pipeline.export import database
    # Documents processed cleanly are refreshed: rows an earlier run made and this one did not go.
    refreshed = [d["doc_id"] for d in batch.records["documents"] if d["status"] == "ok"]
    try:
        return database.load(database.database_url(db), batch.records, refreshed), None
    except database.DatabaseExportError as exc:
        return None, str(exc)


def _formats(text: str) -> tuple[str, ...]:
    names = [name.strip().lower() for name in text.split(",") if name.strip()]
    unknown = sorted(set(names) - set(EXTRA_FORMATS) - set(ALWAYS_WRITTEN))
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown format {', '.join(unknown)}; choose from {','.join(EXTRA_FORMATS)} "
            "(CSV and JSON are always written)")
    return tuple(name for name in EXTRA_FORMATS if name in names)


def _db(text: str) -> str:
    from pipeline.export import database

    try:
        database.database_url(text)
    except database.DatabaseExportError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def __getattr__(name: str) -> type[Exception]:
    if name == "DatabaseExportError":  # without importing SQLAlchemy until it is asked for
        from pipeline.export.database import DatabaseExportError

        return DatabaseExportError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
