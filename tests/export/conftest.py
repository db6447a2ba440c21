"""DocumentResults for the export tests, built from records the way the
runner builds them (real models, real ids), plus the PostgreSQL server."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from pipeline.layout import doc_id_for
from pipeline.result import DocumentResult, document_record_id
from schemas.records import RECORD_MODELS, DocumentRecord, make_record_id

FORCE = "Avon and Somerset Constabulary"


def record_fields() -> dict[str, list[dict]]:
    """One plausible record of every type, without the fields every record carries."""
    return {
        "grades": [{"force": FORCE, "framework": "PEEL 2023-25", "area": "Investigating crime",
                    "area_raw": "Investigating crime", "grade": "Requires improvement", "as_of": "2024-11",
                    "evidence": "The force requires improvement in investigating crime."}],
        "areas_for_improvement": [{"force": FORCE, "area": "Investigating crime",
                                   "text": "The force should make sure investigations are supervised.",
                                   "detail": "Supervision was inconsistent."}],
        "causes_of_concern": [{"force": FORCE, "area": "Responding to the public",
                               "text": "The force is not answering emergency calls quickly enough.", "detail": None}],
        "recommendations": [{"force": FORCE, "cause_of_concern_id": None,
                             "text": "Within three months, the force should review call handling.",
                             "timescale": "Within three months", "lead_in": "The force should:"}],
        "findings": [{"force": FORCE, "area": "Protecting vulnerable people", "kind": "promising_practice",
                      "text": "A joint triage team speeds up safeguarding referrals."}],
        "actions": [{"meeting_date": "2024-03-07", "topic": "Neighbourhood policing", "number": "1",
                     "text": "Share the patrol plan with the panel.", "update": "Shared on 2 April.",
                     "status": "complete", "status_source": "status_column", "source": "action_tracker"}],
        "assurance_decisions": [{"meeting_date": "2024-03-07", "topic": "Neighbourhood policing",
                                 "question_number": "2", "question": "How are patrols targeted?",
                                 "evidence_summary": "Hotspot data guides patrols.", "assurance": "Partly assured",
                                 "assurance_raw": "Partly Assured", "commentary": "More data is needed."}],
        "meetings": [{"meeting_date": "2024-03-07", "topic": "Neighbourhood policing",
                      "organisation": "Office of the Police and Crime Commissioner",
                      "title": "Scrutiny meeting"}],
        "agenda_items": [{"meeting_date": "2024-03-07", "number": "3", "title": "Neighbourhood policing",
                          "presenter": "Assistant Chief Constable"}],
    }


def make_result(path: Path, content: bytes, records: dict[str, list[dict]] | None = None, *,
                status: str = "ok", error: str | None = None, warnings: list[str] | None = None,
                rejected: list[dict] | None = None, errors: list[dict] | None = None) -> DocumentResult:
    """A DocumentResult for a file at ``path`` with these bytes; record
    fields get ids and provenance as an extractor's RecordFactory gives them.
    Records are not validated here: the export must catch bad ones."""
    sha256 = hashlib.sha256(content).hexdigest()
    doc_id = doc_id_for(sha256)
    document = DocumentRecord(
        record_id=document_record_id(doc_id, path), doc_id=doc_id, source_file=path.name, page=None,
        extractor="runner@test", confidence=1.0, source_path=str(path), sha256=sha256, file_type="pdf",
        size_bytes=len(content), pages=4, force=FORCE, status=status, error=error, warnings=warnings or [],
    ).model_dump(mode="json")
    by_type: dict[str, list[dict]] = {t: [] for t in RECORD_MODELS}
    for record_type, rows in (records or {}).items():
        for ordinal, fields in enumerate(rows):
            by_type.setdefault(record_type, []).append({
                "record_id": make_record_id(doc_id, record_type, ordinal), "doc_id": doc_id,
                "source_file": path.name, "page": fields.pop("page", 1 + ordinal % 3),
                "extractor": f"{record_type}@1", "confidence": 0.8, **fields,
            })
    return DocumentResult(document=document, records=by_type, rejected=rejected or [], errors=errors or [],
                          timings={"total": 0.01})


@pytest.fixture
def batch(tmp_path: Path) -> list[DocumentResult]:
    """Two documents with a record of every type each, and a failed one."""
    first = make_result(tmp_path / "in" / "b-report.pdf", b"%PDF- b", record_fields())
    second = make_result(tmp_path / "in" / "a-pack.pdf", b"%PDF- a", record_fields(), warnings=["=odd", "page 3 empty"])
    failed = make_result(tmp_path / "in" / "c-broken.pdf", b"broken", status="failed",
                         error="c-broken.pdf is neither a PDF nor a Word (.docx) document by its content; check the file.",
                         errors=[{"component": "ingest", "message": "c-broken.pdf is neither a PDF nor a Word document.",
                                  "detail": None}])
    return [first, second, failed]


@pytest.fixture
def postgres_url() -> str:
    """The test server .ci/run starts; skipped on a machine without one,
    but never in CI."""
    url = os.environ.get("SCRUTINY_TEST_POSTGRES_URL")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("CI must provide a PostgreSQL server: SCRUTINY_TEST_POSTGRES_URL is not set (see .ci/run)")
        pytest.skip("no PostgreSQL server: set SCRUTINY_TEST_POSTGRES_URL (see .ci/run)")
    return url
