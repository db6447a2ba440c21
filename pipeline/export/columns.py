"""The columns of each record type, in export order, with the kind of value
each holds: what the CSV, Parquet and database writers need to know.

Derived from the same JSON Schemas that ship with the package, so every
format agrees with the contract.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache

from schemas.jsonschema import record_schema
from schemas.records import RECORD_MODELS


class Kind(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"
    DATE = "date"
    TEXT_LIST = "text_list"


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    kind: Kind
    nullable: bool


@cache
def columns(record_type: str) -> tuple[Column, ...]:
    properties = record_schema(record_type)["properties"]
    return tuple(_column(name, properties[name]) for name in RECORD_MODELS[record_type].model_fields)


def _column(name: str, prop: dict) -> Column:
    variants = prop.get("anyOf", [prop])
    nullable = any(v.get("type") == "null" for v in variants)
    (value,) = [v for v in variants if v.get("type") != "null"]
    if "$ref" in value or value.get("type") == "string":  # a $ref is an enum of strings
        kind = Kind.DATE if value.get("format") == "date" else Kind.TEXT
    elif value.get("type") == "array":
        kind = Kind.TEXT_LIST
    else:
        kind = Kind(value["type"])
    return Column(name, kind, nullable)


def python_value(column: Column, value: object) -> object:
    """A JSON-ready value as the Python object a typed writer wants (ISO
    date strings become dates)."""
    if column.kind is Kind.DATE and isinstance(value, str):
        return date.fromisoformat(value)
    return value
