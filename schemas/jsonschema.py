"""JSON Schemas of the record types, generated from the pydantic models.

The generated files ship in ``schemas/jsonschema/<type>.schema.json`` so that
a dashboard or analyst can check an export without installing scrutiny's
models. ``scrutiny schema --out DIR`` writes them anywhere; a test fails when
the shipped files and the models disagree (regenerate with
``scrutiny schema --out schemas/jsonschema``).

The schemas describe the exported records: every field is present in every
record (null where unknown), so every property is required.
"""

from __future__ import annotations

import argparse
import json
import sys
from importlib import resources
from pathlib import Path

from schemas.records import RECORD_MODELS, SCHEMA_VERSION

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def schema_file_name(record_type: str) -> str:
    return f"{record_type}.schema.json"


def record_schema(record_type: str) -> dict:
    """The JSON Schema of one exported record type."""
    model = RECORD_MODELS[record_type]
    generated = model.model_json_schema(mode="serialization")
    # Exports always carry every field, so a reader may rely on each key.
    generated["required"] = list(generated["properties"])
    schema = {
        "$schema": JSON_SCHEMA_DIALECT,
        "$id": f"urn:scrutiny:schema:{record_type}:{SCHEMA_VERSION}",
        "title": record_type,
        "description": f"One exported `{record_type}` record (scrutiny schema_version {SCHEMA_VERSION}).",
        "x-schema-version": SCHEMA_VERSION,
    }
    schema.update((k, v) for k, v in generated.items() if k != "title")
    return schema


def render(schema: dict) -> str:
    """The file text of a schema: stable key order, so regenerating is a no-op."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_schemas(out_dir: Path) -> list[Path]:
    """Write one schema file per record type into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for record_type in RECORD_MODELS:
        path = out_dir / schema_file_name(record_type)
        path.write_text(render(record_schema(record_type)), encoding="utf-8")
        written.append(path)
    return written


def shipped_schema(record_type: str) -> dict:
    """The schema file shipped inside the installed package."""
    text = (resources.files("schemas") / "jsonschema" / schema_file_name(record_type)).read_text(encoding="utf-8")
    return json.loads(text)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, required=True, metavar="DIR",
                        help="folder to write <type>.schema.json into (created if missing)")


def run(args: argparse.Namespace) -> int:
    try:
        written = write_schemas(args.out)
    except OSError as exc:
        print(f"scrutiny schema: cannot write to {args.out}: {exc.strerror or exc}.", file=sys.stderr)
        return 2
    print(f"Wrote {len(written)} JSON Schemas (schema_version {SCHEMA_VERSION}) to {args.out}")
    return 0
