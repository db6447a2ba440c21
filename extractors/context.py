"""What is known of a document as a whole, worked out once and handed to
every extractor: its kind, force, framework, organisation and dates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from schemas.records import DocKind


@dataclass(frozen=True, slots=True)
class DocumentContext:
    doc_kind: DocKind = DocKind.UNKNOWN
    # it gives an inspection's findings as the inspectorate's report, a response to it or a force's own summary of it
    # (a paper in a pack included), so its own words for improvements ("Where we must improve") are the inspection's
    gives_findings: bool = False
    force: str | None = None  # canonical force name; "the force" resolves to it
    framework: str | None = None  # "PEEL 2023-25", "PEEL 2021/22", "Child protection"
    title: str | None = None
    organisation: str | None = None  # the PCC's office that holds the meetings
    meeting_date: date | None = None  # the pack's own meeting
    publication_date: date | None = None
    warnings: tuple[str, ...] = field(default=())
