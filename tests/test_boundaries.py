"""The architecture's boundaries: only pipeline/ reads file formats, and the
pipeline knows no single document by name."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_extractors_and_schemas_do_not_import_format_libraries() -> None:
    # A fresh interpreter, so other tests' imports don't hide a leak.
    code = (
        "import sys, extractors, extractors.document, schemas.records\n"
        "leaked = [m for m in ('pdfplumber', 'pdfminer', 'docx', 'pypdf') if m in sys.modules]\n"
        "print(','.join(leaked))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"extractors/schemas import format libraries: {out.stdout}"


def test_only_ingest_imports_format_libraries() -> None:
    pattern = re.compile(r"^\s*(?:import|from)\s+(pdfplumber|pdfminer|docx|pypdf)\b", re.M)
    offenders = [
        str(path.relative_to(ROOT))
        for package in ("pipeline", "extractors", "schemas")
        for path in (ROOT / package).rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8")) and "ingest" not in path.parts
    ]
    assert offenders == []
