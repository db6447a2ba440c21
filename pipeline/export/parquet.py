"""Parquet: one typed file per record type (dates as dates, warnings as a
list of strings), so pandas, DuckDB or Power BI read it without guessing."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.export.columns import Column, Kind, columns, python_value

ARROW_TYPES = {
    Kind.TEXT: pa.string(),
    Kind.INTEGER: pa.int64(),
    Kind.NUMBER: pa.float64(),
    Kind.DATE: pa.date32(),
    Kind.TEXT_LIST: pa.list_(pa.string()),
}


def arrow_schema(record_type: str) -> pa.Schema:
    return pa.schema([pa.field(c.name, ARROW_TYPES[c.kind], nullable=c.nullable) for c in columns(record_type)])


def write_parquet(path: Path, record_type: str, rows: list[dict]) -> None:
    cols: tuple[Column, ...] = columns(record_type)
    data = {c.name: [python_value(c, row.get(c.name)) for row in rows] for c in cols}
    table = pa.table(data, schema=arrow_schema(record_type))
    pq.write_table(table, path)
