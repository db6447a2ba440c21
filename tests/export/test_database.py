"""The database export on SQLite and on a real PostgreSQL server: loading
the same batch twice gives the same rows as loading it once."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import MetaData, Table, create_engine, inspect, select, text

from pipeline.export import DatabaseExportError, ExportOptions, add_export_arguments, write_exports
from pipeline.export.database import database_url
from schemas.records import RECORD_MODELS, SCHEMA_VERSION

from .conftest import make_result, record_fields


def load(results, out: Path, db: str):
    summary = write_exports(results, out, options=ExportOptions(db=db), run_info={})
    assert summary.db_error is None, summary.db_error
    return summary


@pytest.fixture
def sqlite_db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'scrutiny.sqlite'}"


@pytest.fixture
def clean_postgres(postgres_url: str) -> str:
    engine = create_engine(database_url(postgres_url))
    with engine.begin() as conn:
        for table in [*RECORD_MODELS, "scrutiny_meta"]:
            conn.execute(text(f'DROP TABLE IF EXISTS "{table}"'))
    engine.dispose()
    return postgres_url


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest) -> str:
    return request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "clean_postgres")


def table_rows(db: str, table: str) -> list[dict]:
    """The rows as the database's own column types give them back (reflected,
    not taken from the exporter's table definitions)."""
    engine = create_engine(database_url(db))
    reflected = Table(table, MetaData(), autoload_with=engine)
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(reflected).order_by(reflected.c.record_id))]
    engine.dispose()
    return rows


def test_loading_twice_gives_the_rows_of_one_load(tmp_path: Path, batch, db: str) -> None:
    once = load(batch, tmp_path / "once", db)
    assert once.db_rows == {t: (3 if t == "documents" else 2) for t in RECORD_MODELS}
    twice = load(batch, tmp_path / "twice", db)
    assert twice.db_rows == once.db_rows
    assert len(table_rows(db, "grades")) == 2


def test_columns_are_typed_keyed_and_indexed(tmp_path: Path, batch, db: str) -> None:
    load(batch, tmp_path / "out", db)
    engine = create_engine(database_url(db))
    inspector = inspect(engine)
    assert inspector.get_pk_constraint("actions")["constrained_columns"] == ["record_id"]
    indexed = {tuple(ix["column_names"]) for ix in inspector.get_indexes("actions")}
    assert {("force",), ("area",)} <= {tuple(ix["column_names"]) for ix in inspector.get_indexes("grades")}
    assert ("meeting_date",) in indexed and ("doc_id",) in indexed
    engine.dispose()
    [action, _] = table_rows(db, "actions")
    assert action["meeting_date"] == date(2024, 3, 7)
    documents = {d["source_file"]: d for d in table_rows(db, "documents")}
    assert documents["a-pack.pdf"]["warnings"] == ["=odd", "page 3 empty"]  # JSON, not neutralised


def test_a_rerun_updates_rows_in_place_and_drops_what_the_document_no_longer_yields(
        tmp_path: Path, db: str) -> None:
    path = tmp_path / "report.pdf"
    grades = [record_fields()["grades"][0] | {"area": area} for area in ("Investigating crime", "Responding to the public")]
    load([make_result(path, b"%PDF- r", {"grades": [dict(g) for g in grades]})], tmp_path / "out", db)
    improved = [grades[0] | {"grade": "Good"}]
    summary = load([make_result(path, b"%PDF- r", {"grades": improved})], tmp_path / "out", db)
    assert summary.db_rows["grades"] == 1
    [row] = table_rows(db, "grades")
    assert row["grade"] == "Good"


def test_a_failed_document_keeps_its_earlier_rows(tmp_path: Path, db: str) -> None:
    path = tmp_path / "report.pdf"
    load([make_result(path, b"%PDF- r", record_fields())], tmp_path / "out", db)
    partial = make_result(path, b"%PDF- r", {"actions": record_fields()["actions"]}, status="partial",
                          error="The grades extractor failed on this document.")
    summary = load([partial], tmp_path / "out", db)
    assert summary.db_rows["grades"] == 1


def test_a_database_of_another_schema_version_is_refused_and_files_still_written(
        tmp_path: Path, batch, sqlite_db: str) -> None:
    load(batch, tmp_path / "first", sqlite_db)
    engine = create_engine(sqlite_db)
    with engine.begin() as conn:
        conn.execute(text("UPDATE scrutiny_meta SET value = '0.9.0' WHERE key = 'schema_version'"))
    engine.dispose()
    summary = write_exports(batch, tmp_path / "second", options=ExportOptions(db=sqlite_db), run_info={})
    assert summary.db_error is not None and "schema_version 0.9.0" in summary.db_error
    assert (tmp_path / "second" / "grades.csv").exists()


def earlier_version_of_same_major() -> str:
    major, minor, patch = (int(part) for part in SCHEMA_VERSION.split("."))
    if not minor and not patch:
        pytest.skip(f"schema_version {SCHEMA_VERSION} has no earlier release of its major version")
    return f"{major}.{minor}.{patch - 1}" if patch else f"{major}.{minor - 1}.0"


def test_a_database_of_an_earlier_minor_version_gains_the_new_columns(tmp_path: Path, batch, db: str) -> None:
    load(batch, tmp_path / "first", db)
    engine = create_engine(database_url(db))
    with engine.begin() as conn:  # as an earlier release, without a column added since, left it
        conn.execute(text('ALTER TABLE "grades" DROP COLUMN "evidence"'))
        conn.execute(text("UPDATE scrutiny_meta SET value = :old WHERE key = 'schema_version'"),
                     {"old": earlier_version_of_same_major()})
    engine.dispose()
    summary = load(batch, tmp_path / "second", db)
    assert summary.db_rows["grades"] == 2
    assert {row["evidence"] for row in table_rows(db, "grades")} == {record_fields()["grades"][0]["evidence"]}


def test_an_unreachable_server_is_a_clear_error_not_a_crash(tmp_path: Path, batch) -> None:
    # Port 1 on loopback: nothing listens there, the connection is refused at once.
    summary = write_exports(batch, tmp_path / "out", run_info={},
                            options=ExportOptions(db="postgresql://nobody@127.0.0.1:1/none"))
    assert summary.db_error.startswith("Could not write to the database postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert not summary.ok
    assert (tmp_path / "out" / "manifest.json").exists()


def test_a_plain_path_means_a_sqlite_file(tmp_path: Path, batch) -> None:
    db_file = tmp_path / "sub" / "records.db"
    summary = load(batch, tmp_path / "out", str(db_file))
    assert db_file.exists() and summary.db_rows["documents"] == 3


def test_bad_database_urls_and_formats_are_usage_errors() -> None:
    parser = argparse.ArgumentParser()
    add_export_arguments(parser)
    for argv in (["--db", "oracle://scott@host/db"], ["--format", "xlsx"]):
        with pytest.raises(SystemExit) as stop:
            parser.parse_args(argv)
        assert stop.value.code == 2
    with pytest.raises(DatabaseExportError, match="not supported"):
        database_url("mysql://root@127.0.0.1/x")
    args = parser.parse_args(["--format", "parquet,JSONL,csv", "--excel-bom"])
    assert args.formats == ("parquet", "jsonl") and args.excel_bom


def test_sqlite_format_writes_a_database_into_the_folder(tmp_path: Path, batch) -> None:
    write_exports(batch, tmp_path / "out", options=ExportOptions(formats=("sqlite",)), run_info={})
    rows = table_rows(f"sqlite:///{tmp_path / 'out' / 'records.sqlite'}", "recommendations")
    assert len(rows) == 2
