"""What is known of a document as a whole, worked out once and handed to
every extractor: its kind, force, framework, organisation and dates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from schemas.records import DocKind


@dataclass(frozen=True, slots=True)
class DocumentContext:
    doc_kind: DocKind = DocKind.UNKNOWN
    force: str | None = None  # canonical force name; "the force" resolves to it
    framework: str | None = None  # "PEEL 2023-25", "PEEL 2021/22", "Child protection"
    title: str | None = None
    organisation: str | None = None  # the PCC's office that holds the meetings
    meeting_date: date | None = None  # the pack's own meeting
    publication_date: date | None = None
    warnings: tuple[str, ...] = field(default=())
