"""Word -> PDF the way offices make their papers: LibreOffice's PDF export, with stable bytes.

Test-data rendering only (round generators import it; CI reads the committed PDFs and never runs
it). Needs LibreOffice (`apt-get install libreoffice-writer-nogui`): `soffice` on PATH.

Deterministic: the run-dependent bytes (creation dates, document ID, LibreOffice's /DocChecksum)
are overwritten with fixed values of the same length, so xref offsets stay right; LibreOffice runs
on one core with address randomisation off (`taskset`, `setarch -R`), else it writes the embedded
fonts in a varying order.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

FIXED_DATE = b"20260901090000"


def docx_to_pdf(docx_bytes: bytes, *, stable: bool = True) -> bytes:
    """Word -> PDF with LibreOffice. Now and then (under load) LibreOffice writes the embedded fonts
    in another order, and which order is usual differs between LibreOffice builds and the fonts
    installed: with ``stable`` (round generators, whose committed bytes must regenerate), convert
    again until two conversions in a row agree. Tests need a PDF, not its bytes: ``stable=False``."""
    data = _convert(docx_bytes)
    if not stable:
        return data
    for _ in range(8):
        again = _convert(docx_bytes)
        if again == data:
            return data
        data = again
    raise RuntimeError("LibreOffice never wrote the same PDF twice in a row")


def _convert(docx_bytes: bytes) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "pack.docx"
        source.write_bytes(docx_bytes)
        subprocess.run(["taskset", "-c", "0", "setarch", "-R", "soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(source)],
                       check=True, capture_output=True, timeout=180)
        data = (Path(tmp) / "pack.pdf").read_bytes()
    data = re.sub(rb"D:\d{14}", b"D:" + FIXED_DATE, data)
    data = re.sub(rb"([+-])\d\d'\d\d'", rb"+00'00'", data)
    zeros = lambda m: m.group(1) + re.sub(rb"[0-9A-Fa-f]", b"0", m.group(2))
    data = re.sub(rb"(/ID )(\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\])", zeros, data)
    data = re.sub(rb"(/DocChecksum )(/[0-9A-Fa-f]+)", zeros, data)
    return data
