"""Small builders of LayoutDocuments for the scrutiny extractor tests, so a
test reads like the pack it stands for."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from extractors import assurance
from extractors.context import DocumentContext
from extractors.document import describe
from pipeline.layout import (
    BlockKind,
    Cell,
    FileType,
    LayoutDocument,
    Page,
    Provenance,
    Span,
    Style,
    Table,
    TextBlock,
)


def span(text: str, *, bold: bool = False, italic: bool = False, colour: str | None = None) -> Span:
    return Span(text, Style(bold=bold, italic=italic, size=11, colour=colour))


def para(text: str | list[Span], *, page: int | None = 1, bold: bool = False, italic: bool = False) -> TextBlock:
    spans = tuple(text) if isinstance(text, list) else (span(text, bold=bold, italic=italic),)
    return TextBlock(BlockKind.PARAGRAPH, spans, Provenance(page))


def heading(text: str, *, page: int | None = 1, level: int = 1) -> TextBlock:
    return TextBlock(BlockKind.HEADING, (span(text, bold=True),), Provenance(page), level=level)


def item(text: str, *, marker: str = "\u2022", level: int = 0, page: int | None = 1,
         bold: bool = False) -> TextBlock:
    return TextBlock(BlockKind.LIST_ITEM, (span(text, bold=bold),), Provenance(page), level=level, marker=marker)


def lines(text: str, page: int | None) -> tuple[TextBlock, ...]:
    """Cell content from text: one paragraph a line; "• " and "- " lines are
    list items (two leading spaces per nesting level)."""
    blocks = []
    for line in text.split("\n"):
        stripped = line.lstrip(" ")
        depth = (len(line) - len(stripped)) // 2
        if stripped.startswith(("\u2022 ", "- ")):
            blocks.append(item(stripped[2:], level=depth, page=page))
        elif stripped:
            blocks.append(para(stripped, page=page))
    return tuple(blocks)


@dataclass
class C:
    """A table cell: text (see ``lines``) or ready blocks, with its spans and shading."""

    content: str | tuple[TextBlock, ...] = ""
    row_span: int = 1
    col_span: int = 1
    fill: str | None = None
    page: int | None = field(default=None)


def table(rows: list[list[str | C | None]], *, page: int | None = 1, header_rows: int = 1,
          continued_rows: tuple[int, ...] = (), row_pages: list[int] | None = None, ruled: bool = True) -> Table:
    """A table from rows of cells; ``None`` marks a position a merged cell above
    or to the left covers. ``row_pages`` gives each row's page; ``ruled``
    False for a table drawn without rules."""
    cells = []
    n_cols = max(len(r) for r in rows)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            spec = value if isinstance(value, C) else C(value)
            cell_page = spec.page or (row_pages[r] if row_pages else page)
            blocks = spec.content if isinstance(spec.content, tuple) else lines(spec.content, cell_page)
            cells.append(Cell(r, c, blocks, Provenance(cell_page), spec.row_span, spec.col_span, spec.fill))
    pages = tuple(sorted(set(row_pages))) if row_pages else ((page,) if page else ())
    return Table(len(rows), n_cols, tuple(cells), Provenance(page), pages=pages,
                 header_rows=header_rows, ruled=ruled, continued_rows=continued_rows)


def document(*blocks: TextBlock | Table, name: str = "pack.pdf", file_type: FileType = FileType.PDF) -> LayoutDocument:
    pages = sorted({b.prov.page for b in blocks if b.prov.page} | {p for b in blocks if isinstance(b, Table) for p in b.pages})
    sha = hashlib.sha256(repr(blocks).encode()).hexdigest()
    return LayoutDocument(name, f"/tmp/{name}", sha, file_type,
                          tuple(Page(p, 595, 842) for p in pages), tuple(blocks), body_size=11)


def extracted_fields(module, doc: LayoutDocument) -> list[dict]:
    """The fields of each draft the extractor ``module`` makes of ``doc``, with no document context."""
    return [draft.fields for draft in module.extract(doc, DocumentContext()).drafts]


def decision_triples(doc: LayoutDocument) -> list[tuple]:
    """(question, assurance, commentary) of each assurance decision in ``doc``."""
    return [(f["question"], f["assurance"], f["commentary"]) for f in extracted_fields(assurance, doc)]


def drafted_records(module, doc: LayoutDocument, record_type: str) -> list[dict]:
    """The fields of each ``record_type`` draft the extractor ``module`` makes of ``doc``, in the
    context the pipeline would describe for it."""
    return [draft.fields for draft in module.extract(doc, describe(doc)).drafts if draft.record_type == record_type]
