"""The text formats: CSV, JSON, JSON Lines and rejected.jsonl.

CSV cells are made safe for spreadsheets as OWASP advises against formula
injection: a text cell that begins with =, +, -, @, tab or carriage return
gets a leading apostrophe, so Excel and LibreOffice show it as text instead
of running it. Only the CSV is changed; JSON keeps the text as printed.
List fields (a document's warnings) are joined with " | " in the CSV.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from pipeline.export.columns import Kind, columns

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATOR = " | "


def neutralise(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def csv_cell(value: object, kind: Kind) -> object:
    if value is None:
        return ""
    if kind is Kind.TEXT_LIST:
        return neutralise(LIST_SEPARATOR.join(str(item) for item in value))
    if isinstance(value, str):
        return neutralise(value)
    return value  # numbers: a negative number is a number, not a formula


def write_csv(path: Path, record_type: str, rows: list[dict], *, excel_bom: bool) -> None:
    cols = columns(record_type)
    # newline="" lets the csv module write its own CRLF and keep newlines inside quoted cells intact.
    with path.open("w", encoding="utf-8-sig" if excel_bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([c.name for c in cols])
        writer.writerows([csv_cell(row.get(c.name), c.kind) for c in cols] for row in rows)


def write_json(path: Path, rows: list[dict]) -> None:
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_jsonl(path: Path, rows: list[dict]) -> None:
    """One JSON object a line; ``default=str`` because a rejected record may
    hold what JSON cannot (that can be why it was rejected)."""
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
