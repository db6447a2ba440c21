"""The PDF backend on the narrow level columns of an office's Word table as
LibreOffice prints them (samples/corpus/scrutiny-round31's Word pack, made
into a PDF here: needs LibreOffice): a word too wide for its column broken
where a ligature starts ("satis" over "fied", the "fi" one glyph) and a
possessive broken after its apostrophe ("Commissioner'" over "s") are each
read whole."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from pipeline.ingest import read_document

CORPUS = Path(__file__).resolve().parents[2] / "samples" / "corpus"
PACK = CORPUS / "scrutiny-round31" / "cumbria-pfcc-pac-2027-03-11.docx"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice makes the office PDF")
def test_headings_broken_at_a_ligature_or_after_an_apostrophe_are_read_whole(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("office_pdf", CORPUS / "office_pdf.py")
    office_pdf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(office_pdf)
    data = office_pdf.docx_to_pdf(PACK.read_bytes(), stable=False)
    doc = read_document(tmp_path / "pack.pdf", data, "0" * 64)
    headers = [table.grid()[0] for table in doc.tables()]
    assert ["No.", "Question", "Force response", "Satisfied", "Partially satisfied", "Not satisfied",
            "Commissioner's comments"] in headers
