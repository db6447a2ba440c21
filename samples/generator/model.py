"""The structured transcription's vocabulary: the blocks a Word document is
made of, independent of the format they are rendered to.

Inline markup inside any text: ``**bold**``, ``*italic*``, ``***bold
italic***``, ``{#rrggbb|coloured text}`` and ``\\n`` for a line break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

Align = Literal["left", "center"]


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    colour: str | None = None  # "#rrggbb"


@dataclass(frozen=True)
class Para:
    text: str
    align: Align = "left"
    size: float | None = None  # points; None = body size


@dataclass(frozen=True)
class Heading:
    """A bold heading; level 1 is the largest."""

    text: str
    level: int


@dataclass(frozen=True)
class Bullets:
    items: tuple[tuple[int, str], ...]  # (nesting level from 0, text)


@dataclass(frozen=True)
class Numbered:
    items: tuple[str, ...]


@dataclass(frozen=True)
class PageBreak:
    pass


CellContent = tuple[Para | Bullets, ...]


@dataclass(frozen=True)
class Merge:
    """A merged cell: its top-left position and extent."""

    row: int
    col: int
    rows: int = 1
    cols: int = 1


@dataclass(frozen=True)
class Table:
    """A grid of cells; ``rows[r][c]`` is the content of the cell at (r, c),
    empty for positions covered by a merge."""

    rows: tuple[tuple[CellContent, ...], ...]
    widths: tuple[float, ...]  # relative column widths
    header_rows: int = 0  # repeated on every page, as Word's "repeat header row"
    bordered: bool = True
    merges: tuple[Merge, ...] = field(default=())


Block = Heading | Para | Bullets | Numbered | Table | PageBreak

_TOKEN = re.compile(r"\*\*\*|\*\*|\*|\{(#[0-9a-f]{6})\|([^}]*)\}")


def runs(text: str) -> list[Run]:
    """The runs of a marked-up text."""
    out: list[Run] = []
    bold = italic = False
    pos = 0
    for match in _TOKEN.finditer(text):
        if match.start() > pos:
            out.append(Run(text[pos:match.start()], bold, italic))
        token = match.group(0)
        if match.group(1):
            out.append(Run(match.group(2), bold, italic, match.group(1)))
        elif token == "***":
            bold, italic = not bold, not italic
        elif token == "**":
            bold = not bold
        else:
            italic = not italic
        pos = match.end()
    if pos < len(text):
        out.append(Run(text[pos:], bold, italic))
    if bold or italic:
        raise ValueError(f"unbalanced markup in {text!r}")
    return out


def plain(text: str) -> str:
    """The text as printed, markup removed."""
    return "".join(run.text for run in runs(text))


def bullets(source: str) -> Bullets:
    """Bullets from lines "- text", nested by two spaces of indentation per level."""
    items: list[tuple[int, str]] = []
    for line in source.strip("\n").splitlines():
        if not line.strip():
            continue
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        if not stripped.startswith("- ") or indent % 2:
            raise ValueError(f"not a bullet line: {line!r}")
        items.append((indent // 2, stripped[2:].strip()))
    return Bullets(tuple(items))


def cell(*content: str | Para | Bullets) -> CellContent:
    """A cell's content: strings become paragraphs."""
    return tuple(Para(c) if isinstance(c, str) else c for c in content)
