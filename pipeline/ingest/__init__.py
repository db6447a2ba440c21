"""Ingest: file bytes to a LayoutDocument, one backend per format.

The format is decided from the bytes, never from the file name alone. Bad
input is caught here, before and around the backends, and raised as an
IngestError whose message says what is wrong and what to do about it:
empty files, files that are not what their name says, password-protected,
truncated or damaged PDFs, damaged Word files, zip bombs and scans without
a text layer. A file a library had to repair gets a warning, never a clean
bill of health.
"""

from __future__ import annotations

import dataclasses
import io
import logging
import re
import zipfile
import zlib
from pathlib import Path

from pipeline.ingest.bilingual import read_english_side
from pipeline.layout import FileType, LayoutDocument

# A real Word document, pictures included, unpacks to tens of MB; far more is
# a malformed file or a zip bomb.
MAX_DOCX_EXPANDED_BYTES = 256 * 1024 * 1024

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc / .xls
# A running header or footer line that is only a page number ("3", "Page 3 of 12",
# "- 3 -"): both backends leave it out of the page furniture.
PAGE_NUMBER_LINE = re.compile(r"^(?:page\s+)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)


class IngestError(Exception):
    """A document that cannot be read; the message is a sentence a person can act on."""


def detect_file_type(data: bytes, name: str) -> FileType:
    if b"%PDF-" in data[:1024]:  # readers accept the header anywhere in the first KB, after junk too
        return FileType.PDF
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                members = archive.infolist()
        except zipfile.BadZipFile:
            raise IngestError(f"{name} is a damaged zip archive, not a readable Word document; re-save or re-download it.") from None
        if not any(m.filename == "word/document.xml" for m in members):
            raise IngestError(f"{name} is a zip archive without a Word document inside (no word/document.xml).")
        expanded = sum(m.file_size for m in members)
        if expanded > MAX_DOCX_EXPANDED_BYTES:
            raise IngestError(
                f"{name} would unpack to {expanded // 2**20} MB, past the {MAX_DOCX_EXPANDED_BYTES // 2**20} MB limit "
                "for a Word document; it is malformed or a zip bomb and was not opened. Check where it came from.")
        return FileType.DOCX
    if not data:
        raise IngestError(f"{name} is empty (0 bytes); re-download or re-export it.")
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        raise IngestError(f"{name} is an HTML page, not a PDF or Word document; it was probably saved from a browser error or login page. Download the file itself.")
    if data.startswith(_OLE2_MAGIC):
        raise IngestError(f"{name} is an old-style Word 97-2003 (.doc) or other Office binary file; open it in Word and save it as .docx.")
    raise IngestError(f"{name} is neither a PDF nor a Word (.docx) document by its content; check the file.")


def read_document(path: Path, data: bytes, sha256: str) -> LayoutDocument:
    """The layout of one file, whatever its format. Raises IngestError."""
    file_type = detect_file_type(data, path.name)
    if file_type is FileType.PDF:
        layout = _read_checked_pdf(path, data, sha256)
    else:
        layout = _read_checked_docx(path, data, sha256)
    layout = read_english_side(layout)
    if path.suffix.lower() in {".pdf", ".docx"} and path.suffix.lower() != f".{file_type.value}":
        layout = _with_warnings(layout, f"{path.name} is a {file_type.value.upper()} file despite its "
                                        f"{path.suffix} name; it was read as {file_type.value.upper()}.")
    return layout


def _with_warnings(layout: LayoutDocument, *warnings: str) -> LayoutDocument:
    return dataclasses.replace(layout, warnings=layout.warnings + warnings)


# --- PDF ---------------------------------------------------------------------

@dataclasses.dataclass(slots=True)
class _PdfProbe:
    """What a quick, independent read of the PDF's structure (pypdf, lenient)
    found: the repairs it had to make, or why it could not read the file."""

    repairs: list[str]
    failure: str | None
    truncated: bool


def _read_checked_pdf(path: Path, data: bytes, sha256: str) -> LayoutDocument:
    from pdfplumber.utils.exceptions import PdfminerException

    from pipeline.ingest.pdf import read_pdf

    name = path.name
    probe = _probe_pdf(data, name)
    try:
        layout = read_pdf(path, data, sha256)
    except (IngestError, MemoryError):
        raise
    except PdfminerException as exc:
        if isinstance(exc.__cause__ or exc.__context__, MemoryError):
            raise MemoryError from exc  # pdfplumber wraps it; it is the worker's ceiling, not damage
        raise IngestError(_damaged_pdf_message(name, probe, exc)) from exc
    except Exception as exc:
        if probe.failure is None:
            raise  # a structurally sound file: a backend bug, reported with its traceback
        raise IngestError(_damaged_pdf_message(name, probe, exc)) from exc

    text_pages = {block.prov.page for block in layout.text_blocks() if block.text}
    if layout.pages and not text_pages:
        image_pages = _pages_with_images(data, [page.number for page in layout.pages])
        raise IngestError(_no_text_message(name, len(layout.pages), image_pages))
    warnings = []
    if probe.truncated:
        warnings.append(f"{name} is truncated (no end-of-file marker) and was read as far as it goes; "
                        "content may be missing: download it again.")
    elif probe.failure or probe.repairs:
        why = probe.failure or "; ".join(dict.fromkeys(probe.repairs))
        warnings.append(f"{name} is damaged ({why}) and was repaired on reading; content may be missing or "
                        "misplaced: check its records against the original, or re-save the PDF.")
    scanned = _pages_with_images(data, [page.number for page in layout.pages if page.number not in text_pages])
    if scanned:
        warnings.append(f"{name}: page(s) {', '.join(map(str, scanned))} have no text layer (scanned images?); "
                        "their content is missing, as scrutiny has no OCR.")
    return _with_warnings(layout, *warnings) if warnings else layout


def _probe_pdf(data: bytes, name: str) -> _PdfProbe:
    """Reads the cross-reference table, trailer and page tree with pypdf in
    lenient mode, noting every repair it logs. Raises IngestError for a PDF
    that needs a password to open."""
    import pypdf
    from pypdf import PasswordType

    truncated = b"%%EOF" not in data[-2048:]
    repairs = _LogCapture()
    logger = logging.getLogger("pypdf")
    logger.addHandler(repairs)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise IngestError(_password_message(name))
        len(reader.pages)
    except (IngestError, MemoryError):
        raise
    except Exception as exc:  # anything pypdf cannot read is for the backend to try
        return _PdfProbe(repairs.messages, f"{type(exc).__name__}: {exc}", truncated)
    finally:
        logger.removeHandler(repairs)
    return _PdfProbe(repairs.messages, None, truncated)


class _LogCapture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _damaged_pdf_message(name: str, probe: _PdfProbe, exc: Exception) -> str:
    cause = exc.__cause__ or exc.__context__ or exc
    reason = str(exc) or str(cause) or type(cause).__name__
    if type(cause).__name__ == "PDFPasswordIncorrect":
        return _password_message(name)
    if probe.truncated:
        return (f"{name} is truncated: the file ends before the PDF's end-of-file marker ({reason}), so the "
                "download or copy was probably cut short. Download or copy it again.")
    return f"{name} is a damaged PDF that could not be read ({reason}); re-download it or re-save it from the original."


def _password_message(name: str) -> str:
    return (f"{name} is password-protected (encrypted); remove the password (open it with the password and "
            "save or print an unprotected copy) and run it again.")


def _pages_with_images(data: bytes, numbers: list[int]) -> list[int]:
    """Those of the given 1-based page numbers that show an image (inline or
    not). Only pages without text are asked about, so this is rarely run."""
    import pdfplumber

    if not numbers:
        return []
    found = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number in numbers:
            page = pdf.pages[number - 1]
            try:
                if page.images:
                    found.append(number)
            finally:
                page.close()
    return found


def _no_text_message(name: str, page_count: int, image_pages: list[int]) -> str:
    if image_pages:
        return (f"{name} has no text layer: its {page_count} page(s) are images, probably a scan. scrutiny has no "
                "OCR; run the file through OCR software (for example ocrmypdf) and try again.")
    return f"{name} has no text to read: its {page_count} page(s) are blank or hold only drawings."


# --- DOCX --------------------------------------------------------------------

def _read_checked_docx(path: Path, data: bytes, sha256: str) -> LayoutDocument:
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    from pipeline.ingest.docx import read_docx

    try:
        return read_docx(path, data, sha256)
    except (zipfile.BadZipFile, zlib.error, EOFError, XMLSyntaxError, PackageNotFoundError) as exc:
        raise IngestError(f"{path.name} is a damaged Word document ({type(exc).__name__}: {exc}); open it in Word "
                          "and save it again, or re-download it.") from exc
    except KeyError as exc:  # a part the package lists is missing from the archive
        raise IngestError(f"{path.name} is an incomplete Word document (missing part {exc}); open it in Word and "
                          "save it again, or re-download it.") from exc
