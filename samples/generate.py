"""Regenerate the reference pack's samples from its structured transcription:

    python samples/generate.py

writes samples/scrutiny-pack-2025-05-21.pdf and .docx. The output is
deterministic: fixed dates and metadata, and the DOCX zip rewritten with
fixed timestamps, so regenerating gives the same bytes.
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent
sys.path.insert(0, str(SAMPLES))

from generator.docx_render import render_docx  # noqa: E402
from generator.pdf_render import render_pdf  # noqa: E402
from source.pack import PACK  # noqa: E402

STEM = "scrutiny-pack-2025-05-21"
TITLE = "Scrutiny Meeting"
AUTHOR = "Office of the Police and Crime Commissioner for Cleveland"
CREATED = datetime(2025, 5, 14, 9, 0, 0)
ZIP_TIME = (2025, 5, 14, 9, 0, 0)


def stable_zip(data: bytes) -> bytes:
    """The same archive with every member's timestamp fixed."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def build() -> dict[str, bytes]:
    """File name -> bytes of every sample this script makes."""
    return {
        f"{STEM}.pdf": render_pdf(PACK, TITLE, AUTHOR),
        f"{STEM}.docx": stable_zip(render_docx(PACK, TITLE, AUTHOR, CREATED)),
    }


def main() -> int:
    for name, data in build().items():
        (SAMPLES / name).write_bytes(data)
        print(f"wrote samples/{name} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
