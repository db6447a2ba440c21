"""Real files for the batch tests, made here: PDFs with reportlab (a text
layer, pack-like headings and a table), DOCX with python-docx, and the bad
inputs and pathological files the batch must survive."""

from __future__ import annotations

import io
import json
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from reportlab.lib import pdfencrypt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.cli import main


def pdf_bytes(title: str, pages: int = 2, *, encrypt: pdfencrypt.StandardEncryption | None = None,
              scanned_pages: tuple[int, ...] = ()) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt, invariant=True)
    for number in range(1, pages + 1):
        if number in scanned_pages:
            # A grey bitmap where the text would be: what a scanner produces.
            page.drawInlineImage(_grey_image(), 72, 500, 400, 250)
        else:
            page.setFont("Helvetica-Bold", 16)
            page.drawString(72, 780, f"{title}: section {number}")
            page.setFont("Helvetica", 10)
            for line in range(30):
                page.drawString(72, 750 - line * 14, f"Paragraph line {line} of the update on section {number}.")
        page.showPage()
    page.save()
    return buffer.getvalue()


def _grey_image():
    from PIL import Image

    return Image.new("L", (120, 80), 128)


def docx_bytes(title: str) -> bytes:
    document = docx.Document()
    document.add_heading(title, level=1)
    document.add_paragraph("The panel discussed the quarterly performance update.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Action", "Update"
    table.cell(1, 0).text, table.cell(1, 1).text = "Review the plan", "Reviewed in March."
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_with_content_stream(chunk: bytes, repeat: int) -> bytes:
    """A one-page PDF whose page content is ``chunk`` repeated, compressed:
    a small file that takes a PDF library long, or much memory, to read."""
    compressor = zlib.compressobj(9)
    stream = b"".join(compressor.compress(chunk) for _ in range(repeat)) + compressor.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def slow_pdf() -> bytes:
    """Two million save/restore operators: tens of seconds of parsing, little memory."""
    return pdf_with_content_stream(b"q Q\n" * 2**18, 8)


def memory_bomb_pdf() -> bytes:
    """600 MB of content stream in 600 KB of file."""
    return pdf_with_content_stream(b" " * 2**20, 600)


def zip_bomb_docx(expanded_mb: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        with archive.open("word/media/image1.bin", "w") as member:
            chunk = bytes(2**20)
            for _ in range(expanded_mb):
                member.write(chunk)
    return buffer.getvalue()


def run_extract(*args: str | Path) -> int:
    return main(["extract", *map(str, args)])


def exported(out: Path, record_type: str) -> list[dict]:
    return json.loads((out / f"{record_type}.json").read_text(encoding="utf-8"))


def documents_by_name(out: Path) -> dict[str, dict]:
    return {row["source_file"]: row for row in exported(out, "documents")}


@pytest.fixture
def good_files(tmp_path: Path) -> Path:
    """A folder of four readable documents, two PDFs and two DOCX, one in a subfolder."""
    folder = tmp_path / "archive"
    (folder / "2024").mkdir(parents=True)
    (folder / "pack-a.pdf").write_bytes(pdf_bytes("Quarterly scrutiny pack A"))
    (folder / "2024" / "pack-b.pdf").write_bytes(pdf_bytes("Quarterly scrutiny pack B", pages=3))
    (folder / "minutes-a.docx").write_bytes(docx_bytes("Minutes of the scrutiny meeting A"))
    (folder / "2024" / "minutes-b.docx").write_bytes(docx_bytes("Minutes of the scrutiny meeting B"))
    (folder / "notes.txt").write_text("not a document", encoding="utf-8")
    return folder
