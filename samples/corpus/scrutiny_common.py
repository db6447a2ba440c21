"""What the scrutiny corpus generators share: loading an earlier round's
generate.py to reuse its builders (round 3's gold record builders and PDF page
finder, loaded once here), the shared `render` module of scrutiny-round3 on
sys.path, and writing packs with their gold files.

Generators add samples/corpus to sys.path and import this module.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

CORPUS = Path(__file__).resolve().parent
GOLD = CORPUS.parent / "gold"
sys.path.insert(0, str(CORPUS / "scrutiny-round3"))  # so generators can `from render import ...`

PAGED_TYPES = ("assurance_decisions", "actions")


def load_round(corpus: str) -> ModuleType:
    """samples/corpus/``corpus``/generate.py loaded as a module ("scrutiny-round5" -> round5_generate),
    to reuse its builders."""
    name = corpus.removeprefix("scrutiny-").replace("-", "_") + "_generate"
    spec = importlib.util.spec_from_file_location(name, CORPUS / corpus / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


round3 = load_round("scrutiny-round3")


def write_pack(directory: Path, name: str, data: bytes, records: dict, checked: str,
               paged_types: tuple[str, ...] = PAGED_TYPES) -> None:
    """Write the pack to ``directory`` and its gold file to samples/gold, and print the
    pages of ``paged_types`` records so a person can check them."""
    (directory / name).write_bytes(data)
    gold = {"source_file": name, "expect": "ok", "checked": checked, "records": records}
    (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    pages = {t: [r["page"] for r in records[t]] for t in paged_types}
    print(f"{name}: {len(data)} bytes; pages {pages}")


def write_packs(directory: Path, packs: dict[str, Callable[[], tuple[bytes, dict]]], checked: str,
                finish_docx: Callable[[bytes], bytes] | None = None) -> None:
    """Build each pack; set its PDF records' pages from the PDF's own text, or pass a Word
    file through ``finish_docx``; write it with its gold."""
    for name, build in packs.items():
        data, records = build()
        if name.endswith(".pdf"):
            round3._set_pdf_pages(data, records)
        elif finish_docx is not None:
            data = finish_docx(data)
        write_pack(directory, name, data, records, checked)
