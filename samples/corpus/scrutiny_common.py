"""What the scrutiny corpus generators share: loading an earlier round's
generate.py to reuse its builders, the shared `render` module of
scrutiny-round3 on sys.path, and writing a pack with its gold file.

Generators add samples/corpus to sys.path and import this module.
"""

from __future__ import annotations

import importlib.util
import json
import sys
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


def write_pack(directory: Path, name: str, data: bytes, records: dict, checked: str,
               paged_types: tuple[str, ...] = PAGED_TYPES) -> None:
    """Write the pack to ``directory`` and its gold file to samples/gold, and print the
    pages of ``paged_types`` records so a person can check them."""
    (directory / name).write_bytes(data)
    gold = {"source_file": name, "expect": "ok", "checked": checked, "records": records}
    (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    pages = {t: [r["page"] for r in records[t]] for t in paged_types}
    print(f"{name}: {len(data)} bytes; pages {pages}")
