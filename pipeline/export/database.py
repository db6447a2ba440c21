"""Database export through SQLAlchemy: one table per record type, keyed by
record_id, indexed on force, area, meeting date and document, upserted so a
re-run never duplicates a row.

SQLite (a plain file, no server) and PostgreSQL are supported. A re-run of a
document that was processed cleanly also removes that document's rows the
new run no longer produces, so each table holds the latest run's view of
every document. Everything happens in one transaction: a failed load leaves
the database as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import (
    JSON,
    Column,
    Date,
    Engine,
    Float,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    create_engine,
    delete,
    func,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from pipeline.export import columns as cols
from schemas.records import RECORD_MODELS, SCHEMA_VERSION

INDEXED_COLUMNS = ("doc_id", "force", "area", "meeting_date")
META_TABLE = "scrutiny_meta"
CHUNK_ROWS = 500  # well under SQLite's limit of bound parameters per statement

SQL_TYPES = {
    cols.Kind.TEXT: Text,
    cols.Kind.INTEGER: Integer,
    cols.Kind.NUMBER: Float,
    cols.Kind.DATE: Date,
    cols.Kind.TEXT_LIST: JSON,
}
UPSERT_DIALECTS = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}


class DatabaseExportError(Exception):
    """A database that cannot be written; the message says what to do."""


def database_url(text: str) -> URL:
    """A SQLAlchemy URL, or a plain file path meaning a SQLite file there.
    Raises DatabaseExportError for a URL no supported database understands."""
    if "://" not in text:
        return URL.create("sqlite", database=str(Path(text).expanduser()))
    try:
        url = make_url(text)
    except ArgumentError:
        raise DatabaseExportError(f"{text!r} is not a database URL; write e.g. sqlite:///out.sqlite "
                                  "or postgresql+psycopg://user@host/dbname") from None
    if url.get_backend_name() not in UPSERT_DIALECTS:
        raise DatabaseExportError(f"{url.get_backend_name()} databases are not supported; "
                                  "use SQLite or PostgreSQL")
    if url.drivername == "postgresql":  # the driver scrutiny installs, not SQLAlchemy's default psycopg2
        url = url.set(drivername="postgresql+psycopg")
    return url


def shown_url(url: URL) -> str:
    """The URL as a manifest or a message may show it: without the password."""
    return url.render_as_string(hide_password=True)


def build_metadata() -> tuple[MetaData, dict[str, Table], Table]:
    metadata = MetaData()
    tables = {}
    for record_type in RECORD_MODELS:
        columns = [Column(c.name, SQL_TYPES[c.kind], primary_key=c.name == "record_id",
                          nullable=c.nullable or c.kind is cols.Kind.TEXT_LIST)
                   for c in cols.columns(record_type)]
        table = Table(record_type, metadata, *columns)
        for name in INDEXED_COLUMNS:
            if name in table.c:
                Index(f"ix_{record_type}_{name}", table.c[name])
        tables[record_type] = table
    meta = Table(META_TABLE, metadata, Column("key", Text, primary_key=True), Column("value", Text, nullable=False))
    return metadata, tables, meta


def load(url: URL, records: dict[str, list[dict]], refreshed_doc_ids: list[str]) -> dict[str, int]:
    """Upsert ``records`` (record type -> rows) into the database at ``url``
    and drop stale rows of ``refreshed_doc_ids``. Returns the row count of
    each table afterwards. Raises DatabaseExportError."""
    engine = None
    try:
        engine = _engine(url)
        with engine.begin() as conn:
            metadata, tables, meta = build_metadata()
            metadata.create_all(conn)
            _check_schema_version(conn, meta, tables, url)
            for record_type, table in tables.items():
                rows = records.get(record_type, [])
                for chunk in _chunks([_sql_row(record_type, row) for row in rows]):
                    conn.execute(_upsert(conn, table), chunk)
                _prune(conn, table, rows, refreshed_doc_ids)
            return {t: conn.execute(select(func.count()).select_from(table)).scalar_one()
                    for t, table in tables.items()}
    except SQLAlchemyError as exc:
        raise DatabaseExportError(f"Could not write to the database {shown_url(url)}: "
                                  f"{str(exc.orig if getattr(exc, 'orig', None) else exc).strip()}") from None
    finally:
        if engine is not None:
            engine.dispose()


def _engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite" and url.database:
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    return create_engine(url)


def _check_schema_version(conn: Connection, meta: Table, tables: dict[str, Table], url: URL) -> None:
    """Accept a database of this schema_version, or of an earlier one of the
    same major version (changes within a major version only add nullable
    columns, added here); refuse anything else."""
    stored = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar_one_or_none()
    if stored is None:
        conn.execute(meta.insert().values(key="schema_version", value=SCHEMA_VERSION))
        return
    if stored == SCHEMA_VERSION:
        return
    if not _is_earlier_minor(stored, SCHEMA_VERSION):
        raise DatabaseExportError(
            f"The database {shown_url(url)} holds records of schema_version {stored}; this scrutiny writes "
            f"{SCHEMA_VERSION}. Load into a new database, or migrate it as CHANGELOG.md describes.")
    _add_missing_columns(conn, tables)
    conn.execute(update(meta).where(meta.c.key == "schema_version").values(value=SCHEMA_VERSION))


def _is_earlier_minor(stored: str, current: str) -> bool:
    try:
        old, new = [tuple(int(part) for part in v.split(".")) for v in (stored, current)]
    except ValueError:
        return False
    return old[0] == new[0] and old < new


def _add_missing_columns(conn: Connection, tables: dict[str, Table]) -> None:
    quote = conn.dialect.identifier_preparer.quote
    inspector = inspect(conn)
    for name, table in tables.items():
        present = {c["name"] for c in inspector.get_columns(name)}
        for column in table.c:
            if column.name not in present:
                conn.execute(text(f"ALTER TABLE {quote(name)} ADD COLUMN {quote(column.name)} "
                                  f"{column.type.compile(dialect=conn.dialect)}"))


def _upsert(conn: Connection, table: Table):
    statement = UPSERT_DIALECTS[conn.dialect.name](table)
    updates = {c.name: statement.excluded[c.name] for c in table.c if not c.primary_key}
    return statement.on_conflict_do_update(index_elements=[table.c.record_id], set_=updates)


def _prune(conn: Connection, table: Table, rows: list[dict], refreshed_doc_ids: list[str]) -> None:
    kept: dict[str, list[str]] = {doc_id: [] for doc_id in refreshed_doc_ids}
    for row in rows:
        if row["doc_id"] in kept:
            kept[row["doc_id"]].append(row["record_id"])
    for doc_id, record_ids in kept.items():
        conn.execute(delete(table).where(table.c.doc_id == doc_id, table.c.record_id.not_in(record_ids)))


def _sql_row(record_type: str, row: dict) -> dict:
    return {c.name: cols.python_value(c, row.get(c.name)) for c in cols.columns(record_type)}


def _chunks(rows: list[dict]) -> Iterator[list[dict]]:
    for start in range(0, len(rows), CHUNK_ROWS):
        yield rows[start:start + CHUNK_ROWS]
