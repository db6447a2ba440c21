"""Record models of the export contract (``shared/design/records.md``).

One pydantic model per record type. Field order is the export column order.
Bump SCHEMA_VERSION and note it in CHANGELOG.md on any change to a model.
"""

from __future__ import annotations

import hashlib
from datetime import date
from enum import StrEnum
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.1.0"


class Grade(StrEnum):
    OUTSTANDING = "Outstanding"
    GOOD = "Good"
    ADEQUATE = "Adequate"
    REQUIRES_IMPROVEMENT = "Requires improvement"
    INADEQUATE = "Inadequate"


class Assurance(StrEnum):
    ASSURED = "Assured"
    PARTLY_ASSURED = "Partly assured"
    NOT_ASSURED = "Not assured"


class ActionStatus(StrEnum):
    COMPLETE = "complete"
    OUTSTANDING = "outstanding"
    UNKNOWN = "unknown"


class StatusSource(StrEnum):
    STATUS_COLUMN = "status_column"
    GLYPH_COLOUR = "glyph_colour"
    CELL_SHADING = "cell_shading"
    INFERRED_FROM_UPDATE = "inferred_from_update"
    NONE = "none"


class ActionSource(StrEnum):
    ACTION_LIST = "action_list"
    ACTION_TRACKER = "action_tracker"


class FindingKind(StrEnum):
    MAIN_FINDING = "main_finding"
    PROMISING_PRACTICE = "promising_practice"
    INNOVATIVE_PRACTICE = "innovative_practice"


class DocKind(StrEnum):
    SCRUTINY_PACK = "scrutiny_pack"
    PEEL_REPORT = "peel_report"
    CHILD_PROTECTION_REPORT = "child_protection_report"
    FORCE_RESPONSE = "force_response"
    INSPECTION_REPORT = "inspection_report"
    UNKNOWN = "unknown"


class DocStatus(StrEnum):
    OK = "ok"
    PARTIAL = "partial"
    FAILED = "failed"


def make_record_id(doc_id: str, record_type: str, *key: object) -> str:
    """A stable id: the same document bytes and the same key give the same id.

    ``key`` is what tells this record apart within its document and type
    (for example its page and ordinal, or its number).
    """
    material = "\x1f".join([doc_id, record_type, *(str(k) for k in key)])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()[:24]


class Record(BaseModel):
    """Fields on every record."""

    model_config = ConfigDict(extra="forbid", use_enum_values=True)
    record_type: ClassVar[str]

    record_id: str = Field(min_length=1)
    doc_id: str = Field(pattern=r"^[0-9a-f]{16}$")
    source_file: str
    page: int | None = Field(default=None, ge=1)
    extractor: str  # "name@version"
    confidence: float = Field(ge=0.0, le=1.0)


class DocumentRecord(Record):
    record_type: ClassVar[str] = "documents"

    source_path: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    file_type: str | None = None  # pdf, docx; None when the bytes were neither
    size_bytes: int = Field(ge=0)
    pages: int | None = None
    doc_kind: DocKind = DocKind.UNKNOWN
    title: str | None = None
    force: str | None = None
    organisation: str | None = None
    meeting_date: date | None = None
    publication_date: date | None = None
    status: DocStatus
    error: str | None = None
    warnings: list[str] = Field(default_factory=list)


class GradeRecord(Record):
    record_type: ClassVar[str] = "grades"

    force: str | None
    framework: str | None
    area: str
    area_raw: str
    grade: Grade
    as_of: str | None = None  # ISO date or month ("2025-04") where stated
    evidence: str


class _InspectionItemRecord(Record):
    """An item an inspection raises about one area: an AFI or a cause of concern."""

    force: str | None
    area: str | None
    text: str = Field(min_length=1)
    detail: str | None = None
    force_response: str | None = None  # where a force response table quotes it


class AreaForImprovementRecord(_InspectionItemRecord):
    record_type: ClassVar[str] = "areas_for_improvement"


class CauseOfConcernRecord(_InspectionItemRecord):
    record_type: ClassVar[str] = "causes_of_concern"


class RecommendationRecord(Record):
    record_type: ClassVar[str] = "recommendations"

    force: str | None
    cause_of_concern_id: str | None = None
    text: str = Field(min_length=1)
    timescale: str | None = None
    lead_in: str | None = None
    force_response: str | None = None  # where a force response table quotes it


class FindingRecord(Record):
    record_type: ClassVar[str] = "findings"

    force: str | None
    area: str | None
    kind: FindingKind
    text: str = Field(min_length=1)


class ActionRecord(Record):
    record_type: ClassVar[str] = "actions"

    meeting_date: date | None = None
    topic: str | None = None
    number: str | None = None
    text: str = Field(min_length=1)
    update: str | None = None
    status: ActionStatus
    status_source: StatusSource
    source: ActionSource


class AssuranceDecisionRecord(Record):
    record_type: ClassVar[str] = "assurance_decisions"

    meeting_date: date | None = None
    topic: str | None = None
    question_number: str | None = None
    question: str = Field(min_length=1)
    evidence_summary: str | None = None
    assurance: Assurance | None
    assurance_raw: str | None = None  # the level as printed ("Partly Assured")
    commentary: str | None = None


class MeetingRecord(Record):
    """A meeting a pack holds notes or an agenda of (a pack often carries the
    previous meeting's notes as well as its own)."""

    record_type: ClassVar[str] = "meetings"

    meeting_date: date | None = None
    topic: str | None = None
    organisation: str | None = None  # the PCC or office that held it
    title: str | None = None  # the heading as printed


class AgendaItemRecord(Record):
    record_type: ClassVar[str] = "agenda_items"

    meeting_date: date | None = None
    number: str | None = None
    title: str = Field(min_length=1)
    presenter: str | None = None


RECORD_MODELS: dict[str, type[Record]] = {
    model.record_type: model
    for model in (
        DocumentRecord,
        GradeRecord,
        AreaForImprovementRecord,
        CauseOfConcernRecord,
        RecommendationRecord,
        FindingRecord,
        ActionRecord,
        AssuranceDecisionRecord,
        MeetingRecord,
        AgendaItemRecord,
    )
}
RECORD_TYPES: tuple[str, ...] = tuple(RECORD_MODELS)
