"""``scrutiny inspect``: the layout model as a person or a machine reads it."""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from pipeline.ingest import IngestError, read_document
from pipeline.layout import STATUS_GLYPHS, LayoutDocument, Style, Table, TextBlock


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="a PDF or DOCX file")
    parser.add_argument("--json", action="store_true", help="print the layout model as JSON")


def run(args: argparse.Namespace) -> int:
    path: Path = args.file
    try:
        data = path.read_bytes()
    except OSError as exc:
        # stderr, so that an error never passes for layout in `--json` output piped elsewhere
        print(f"scrutiny inspect: {path} could not be read: {exc.strerror or exc}.", file=sys.stderr)
        return 3
    try:
        doc = read_document(path, data, hashlib.sha256(data).hexdigest())
    except IngestError as exc:
        print(f"scrutiny inspect: {exc}", file=sys.stderr)
        return 3
    print(doc.to_json() if args.json else render_text(doc))
    return 0


def render_text(doc: LayoutDocument) -> str:
    """An indented dump a reviewer can read as a diff."""
    lines = [f"{doc.source_file}  {doc.file_type.value}  pages={doc.page_count}  body_size={doc.body_size}"]
    lines += [f"! {w}" for w in doc.warnings]
    lines += [f"running header/footer: {_render_block(b, '')}" for b in doc.page_furniture]
    for block in doc.blocks:
        if isinstance(block, Table):
            lines += _render_table(block)
        else:
            lines.append(_render_block(block, ""))
    return "\n".join(lines)


def _where(block: TextBlock | Table) -> str:
    prov = block.prov
    return f"p{prov.page}" if prov.page is not None else (prov.locator or "?")


def _style(style: Style) -> str:
    flags = ("B" if style.bold else "") + ("I" if style.italic else "")
    size = f"{style.size:g}" if style.size else ""
    colour = style.colour if style.colour and style.colour != "#000000" else ""
    return " ".join(x for x in (flags, size, colour) if x)


def _render_block(block: TextBlock, indent: str) -> str:
    head = block.kind.value
    if block.kind.value == "heading":
        head = f"heading{block.level}"
    elif block.kind.value == "list_item":
        head = f"item{block.level} {block.marker or ''}".rstrip()
    coloured = " ".join(f"[{s.text.strip()}={s.style.colour}]" for s in block.spans
                        if s.text.strip() in STATUS_GLYPHS and s.style.colour)
    extra = f" {coloured}" if coloured else ""
    return f"{indent}{_where(block):>6} {head:<12} ({_style(block.style)}){extra} {block.text}"


def _render_table(table: Table) -> list[str]:
    pages = ",".join(str(p) for p in table.pages) or str(table.prov.page)
    lines = [f"{_where(table):>6} table {table.n_rows}x{table.n_cols} pages={pages} header_rows={table.header_rows}"
             f" ruled={table.ruled} continued_rows={list(table.continued_rows)}"]
    for cell in sorted(table.cells, key=lambda c: (c.row, c.col)):
        span = ""
        if cell.row_span > 1 or cell.col_span > 1:
            span = f" span={cell.row_span}x{cell.col_span}"
        fill = f" fill={cell.fill}" if cell.fill else ""
        lines.append(f"         [r{cell.row} c{cell.col}{span}{fill}] {_where(cell)}")
        lines += [_render_block(b, "           ") for b in cell.blocks]
    return lines
