"""Ingest: file bytes to a LayoutDocument, one backend per format.

The format is decided from the bytes, never from the file name alone.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from pipeline.layout import FileType, LayoutDocument


class IngestError(Exception):
    """A document that cannot be read; the message is a sentence a person can act on."""


def detect_file_type(data: bytes, name: str) -> FileType:
    if data[:1024].lstrip().startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        return FileType.PDF
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                if "word/document.xml" in archive.namelist():
                    return FileType.DOCX
        except zipfile.BadZipFile:
            raise IngestError(f"{name} is a damaged zip archive, not a readable Word document; re-save or re-download it.") from None
        raise IngestError(f"{name} is a zip archive without a Word document inside (no word/document.xml).")
    if not data:
        raise IngestError(f"{name} is empty (0 bytes); re-download or re-export it.")
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        raise IngestError(f"{name} is an HTML page, not a PDF or Word document; it was probably saved from a browser error or login page. Download the file itself.")
    raise IngestError(f"{name} is neither a PDF nor a Word (.docx) document by its content; check the file.")


def read_document(path: Path, data: bytes, sha256: str) -> LayoutDocument:
    """The layout of one file, whatever its format. Raises IngestError."""
    file_type = detect_file_type(data, path.name)
    if file_type is FileType.PDF:
        from pipeline.ingest.pdf import read_pdf

        return read_pdf(path, data, sha256)
    from pipeline.ingest.docx import read_docx

    return read_docx(path, data, sha256)
