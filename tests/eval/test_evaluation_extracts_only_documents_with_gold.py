"""scripts/evaluate runs the pipeline only on the documents that have gold: a
round whose gold is held out (heldout/, pending/) is not extracted in CI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.ingest.docx_builders import new_document, to_bytes

REPO = Path(__file__).resolve().parents[2]

# Loaded by every Python process the evaluation starts (sitecustomize on
# PYTHONPATH); the `scrutiny extract` process itself, at its end, writes the
# source files of its export's documents rows to the log named below.
NOTE_EXTRACTED = '''"""Notes the documents `scrutiny extract` exported."""
import atexit, json, multiprocessing, sys
from pathlib import Path


def _note() -> None:
    if "extract" not in sys.argv or "--out" not in sys.argv or multiprocessing.parent_process() is not None:
        return
    documents = Path(sys.argv[sys.argv.index("--out") + 1]) / "documents.json"
    if documents.exists():
        rows = json.loads(documents.read_text(encoding="utf-8"))
        Path({log!r}).write_text(json.dumps(sorted(row["source_file"] for row in rows)), encoding="utf-8")


atexit.register(_note)
'''


def document(folder: Path, name: str, gold: Path | None = None) -> None:
    """A small Word document in ``folder``, with its gold file in ``gold``."""
    folder.mkdir(parents=True, exist_ok=True)
    pack = new_document()
    pack.add_heading("Police Accountability Board", level=1)
    pack.add_paragraph("Notes of the meeting held on 6 March 2035.")
    (folder / name).write_bytes(to_bytes(pack))
    if gold is not None:
        gold.mkdir(parents=True, exist_ok=True)
        body = {"source_file": name, "expect": "ok", "records": {"agenda_items": []}}
        (gold / f"{name}.json").write_text(json.dumps(body), encoding="utf-8")


def test_documents_of_rounds_held_out_or_pending_are_not_extracted(tmp_path: Path) -> None:
    # A checkout in miniature: the real script and environment, samples laid out as the project's.
    (tmp_path / "scripts").mkdir()
    (tmp_path / "scripts" / "evaluate").symlink_to(REPO / "scripts" / "evaluate")
    (tmp_path / ".venv").symlink_to(sys.prefix)
    (tmp_path / "eval").mkdir()
    (tmp_path / "eval" / "thresholds.json").write_text("{}", encoding="utf-8")
    samples, corpus = tmp_path / "samples", tmp_path / "samples" / "corpus"
    document(samples, "reference.docx", gold=samples / "gold")
    document(corpus / "early-round", "early.docx", gold=samples / "gold")  # gold kept in samples/gold
    document(corpus / "early-round", "no-gold.docx")
    document(corpus / "promoted-round", "promoted.docx", gold=corpus / "promoted-round" / "gold")
    document(corpus / "held-out-round", "held-out.docx", gold=corpus / "held-out-round" / "heldout")
    document(corpus / "fix-round", "pending.docx", gold=corpus / "fix-round" / "pending")

    log = tmp_path / "extracted.json"
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "sitecustomize.py").write_text(NOTE_EXTRACTED.format(log=str(log)), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    step = subprocess.run([str(tmp_path / "scripts" / "evaluate"), "--no-setup"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=600)

    assert step.returncode == 0, step.stderr
    assert "3 gold documents" in step.stdout
    assert json.loads(log.read_text(encoding="utf-8")) == ["early.docx", "promoted.docx", "reference.docx"]
