"""Rendering helpers shared by the inspection corpus generators: the shared
renderer's PDF layout with shaded table cells, shading of Word table cells
with fixed zip times, an "Area | Grade" table shaded in the grade colours, and
writing the documents.

Generators add samples/corpus to sys.path and import this module.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, TableStyle

from generator import pdf_render
from generator.model import Block, Table, cell

GRADE_FILL = {
    "Outstanding": "#1f6f3f",
    "Good": "#6cb33f",
    "Adequate": "#f2c12e",
    "Requires improvement": "#f08a24",
    "Inadequate": "#c8102e",
}


def render_pdf(blocks: list[Block], fills: dict[int, dict[tuple[int, int], str]], title: str) -> bytes:
    """The shared renderer's layout, with background fills on given cells of
    given tables (keyed by the table's position among the document's tables)."""
    pdf_render._register_symbol_font()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=pdf_render.MARGIN, rightMargin=pdf_render.MARGIN,
                            topMargin=pdf_render.MARGIN, bottomMargin=pdf_render.MARGIN, title=title,
                            author="HMICFRS", creator="samples/generate.py", invariant=1)
    flowables = []
    table_index = 0
    for block in blocks:
        if isinstance(block, Table):
            table = pdf_render._table(block, doc.width)
            commands = [("BACKGROUND", (c, r), (c, r), colors.HexColor(fill))
                        for (r, c), fill in fills.get(table_index, {}).items()]
            if commands:
                table.setStyle(TableStyle(commands))
            flowables.append(table)
            table_index += 1
        else:
            flowables += pdf_render._flowables([block], doc.width)
    doc.build(flowables)
    return buffer.getvalue()


def shade_docx(data: bytes, fills: dict[int, dict[tuple[int, int], str]]) -> bytes:
    """Shade cells of a rendered Word file, then fix its zip times."""
    document = Document(io.BytesIO(data))
    for table_index, cells in fills.items():
        table = document.tables[table_index]
        for (r, c), fill in cells.items():
            tc_pr = table.cell(r, c)._tc.get_or_add_tcPr()
            shading = OxmlElement("w:shd")
            shading.set(qn("w:val"), "clear")
            shading.set(qn("w:color"), "auto")
            shading.set(qn("w:fill"), fill.lstrip("#").upper())
            tc_pr.append(shading)
    raw = io.BytesIO()
    document.save(raw)
    return fixed_zip_times(raw.getvalue())


def fixed_zip_times(data: bytes) -> bytes:
    """The DOCX with every zip entry dated alike, so the bytes repeat."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(item.filename))
    return out.getvalue()


def grade_rows(grades: list[tuple[str, str]]) -> tuple[tuple, dict[tuple[int, int], str]]:
    rows = [cell("**Area**"), cell("**Grade**")]
    table_rows = [tuple(rows)] + [(cell(area), cell(grade)) for area, grade in grades]
    fills = {(r, 1): GRADE_FILL[grade] for r, (_, grade) in enumerate(grades, start=1)}
    return tuple(table_rows), fills


def write_documents(directory: Path, documents: dict[str, Callable[[], bytes]]) -> None:
    """Build each document and write it to ``directory`` under its name."""
    for name, make in documents.items():
        (directory / name).write_bytes(make())
        print(name)
