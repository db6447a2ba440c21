"""Bad input gets a clear, specific error a person can act on, and a file a
library had to repair is flagged, never passed as clean."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from reportlab.lib import pdfencrypt

from pipeline.runner import process_document
from .conftest import docx_bytes, documents_by_name, pdf_bytes, run_extract, zip_bomb_docx


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _malformed_document_xml(data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            body = source.read(item)
            target.writestr(item, body[: len(body) // 2] if item.filename == "word/document.xml" else body)
    return buffer.getvalue()


FAILING = {
    "protected.pdf": (lambda: pdf_bytes("Pack", encrypt=pdfencrypt.StandardEncryption("secret")),
                      ["password-protected", "remove the password"]),
    "cut-short.pdf": (lambda: _truncated(pdf_bytes("Pack", pages=4)), ["truncated", "Download or copy it again"]),
    "empty.pdf": (lambda: b"", ["empty (0 bytes)"]),
    "login-page.pdf": (lambda: b"<!DOCTYPE html><html><body>Please sign in</body></html>", ["HTML page"]),
    "cut-short.docx": (lambda: _truncated(docx_bytes("Minutes")), ["damaged", "re-save or re-download"]),
    "bad-xml.docx": (lambda: _malformed_document_xml(docx_bytes("Minutes")), ["damaged Word document", "save it again"]),
    "bomb.docx": (lambda: zip_bomb_docx(300), ["would unpack to 300 MB", "zip bomb"]),
    "scanned.pdf": (lambda: pdf_bytes("Pack", scanned_pages=(1, 2)), ["no text layer", "OCR"]),
    "old-word.doc.pdf": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), ["Word 97-2003", "save it as .docx"]),
}


@pytest.mark.parametrize("name", FAILING)
def test_bad_input_fails_with_a_specific_error(tmp_path: Path, name: str) -> None:
    make, phrases = FAILING[name]
    path = tmp_path / name
    path.write_bytes(make())
    document = process_document(path).document
    assert document["status"] == "failed"
    assert document["error"].startswith(name)  # says which file
    for phrase in phrases:
        assert phrase in document["error"]


def _shift_xref(data: bytes) -> bytes:
    """Junk after the header moves every object, so the xref offsets are all wrong."""
    header_end = data.index(b"\n") + 1
    return data[:header_end] + b"%" + b"x" * 400 + b"\n" + data[header_end:]


def _without_eof_marker(data: bytes) -> bytes:
    return data[: data.rindex(b"%%EOF")]


REPAIRED = {
    "wrong-offsets.pdf": (lambda: _shift_xref(pdf_bytes("Pack")), "repaired on reading"),
    "no-eof.pdf": (lambda: _without_eof_marker(pdf_bytes("Pack")), "is truncated (no end-of-file marker)"),
    "really-word.pdf": (lambda: docx_bytes("Minutes"), "is a DOCX file despite its .pdf name"),
}


@pytest.mark.parametrize("name", REPAIRED)
def test_repaired_or_mislabelled_file_is_read_and_flagged(tmp_path: Path, name: str) -> None:
    make, phrase = REPAIRED[name]
    path = tmp_path / name
    path.write_bytes(make())
    document = process_document(path).document
    assert document["status"] == "ok"
    assert document["pages"] is not None or name.endswith("word.pdf")
    assert any(phrase in warning for warning in document["warnings"]), document["warnings"]


def test_scanned_pages_among_text_pages_are_named(tmp_path: Path) -> None:
    path = tmp_path / "part-scanned.pdf"
    path.write_bytes(pdf_bytes("Pack", pages=3, scanned_pages=(2,)))
    document = process_document(path).document
    assert document["status"] == "ok"
    assert any("page(s) 2 have no text layer" in warning for warning in document["warnings"]), document["warnings"]


def test_owner_password_only_pdf_is_read(tmp_path: Path) -> None:
    # Permissions-only encryption: anyone may open it, so it must not be refused.
    path = tmp_path / "permissions.pdf"
    path.write_bytes(pdf_bytes("Pack", encrypt=pdfencrypt.StandardEncryption("", ownerPassword="owner")))
    document = process_document(path).document
    assert document["status"] == "ok", document["error"]
    assert document["pages"] == 2


def test_clean_pdf_has_no_warnings(tmp_path: Path) -> None:
    path = tmp_path / "clean.pdf"
    path.write_bytes(pdf_bytes("Pack"))
    document = process_document(path).document
    assert (document["status"], document["warnings"]) == ("ok", [])


def test_batch_exports_the_good_documents_and_exits_3(tmp_path: Path, good_files: Path) -> None:
    (good_files / "protected.pdf").write_bytes(pdf_bytes("Pack", encrypt=pdfencrypt.StandardEncryption("secret")))
    (good_files / "empty.docx").write_bytes(b"")
    out = tmp_path / "out"
    code = run_extract(good_files, "--out", out, "--no-cache", "--workers", "2", "--quiet")
    assert code == 3
    documents = documents_by_name(out)
    assert {name: doc["status"] for name, doc in documents.items()} == {
        "pack-a.pdf": "ok", "pack-b.pdf": "ok", "minutes-a.docx": "ok", "minutes-b.docx": "ok",
        "protected.pdf": "failed", "empty.docx": "failed",
    }
    assert "password-protected" in documents["protected.pdf"]["error"]
    assert documents["pack-b.pdf"]["pages"] == 3
