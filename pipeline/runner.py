"""The runner: one document through every stage, errors kept as values.

ingest -> describe -> each extractor -> validate -> a DocumentResult.
Nothing raised inside escapes ``process_document``: a failed stage becomes
an error item and the document's status says ok, partial or failed.
"""

from __future__ import annotations

import hashlib
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

import extractors
from extractors.base import Draft
from extractors.context import DocumentContext
from extractors.document import describe
from pipeline import __version__
from pipeline.ingest import IngestError, read_document
from pipeline.layout import LayoutDocument, doc_id_for
from pipeline.result import DocumentResult, document_record_id
from pipeline.validate import validate
from schemas.records import DocStatus, DocumentRecord

RUNNER = f"runner@{__version__}"


@dataclass(slots=True)
class StageError:
    component: str  # "ingest", "describe", "extractor:grades", ...
    message: str  # a sentence a person can act on
    detail: str | None = None  # traceback, for the manifest

    def to_dict(self) -> dict:
        return {"component": self.component, "message": self.message, "detail": self.detail}


def process_document(path: Path) -> DocumentResult:
    """Read, extract and validate one file. Never raises for bad input."""
    timings: dict[str, float] = {}
    errors: list[StageError] = []
    started = time.perf_counter()
    try:
        data = path.read_bytes()
    except OSError as exc:
        data = b""
        errors.append(StageError("read", f"{path.name} could not be read: {exc.strerror or exc}."))
    sha256 = hashlib.sha256(data).hexdigest()

    layout: LayoutDocument | None = None
    if not errors:
        try:
            layout = read_document(path, data, sha256)
        except IngestError as exc:
            errors.append(StageError("ingest", str(exc)))
        except MemoryError:
            raise  # the worker reports the memory ceiling; this is no fault of the file
        except Exception as exc:  # a library crash on odd bytes costs this document only
            errors.append(StageError("ingest", f"{path.name} could not be read ({type(exc).__name__}: {exc}); the file may be damaged.",
                                     traceback.format_exc()))
    timings["ingest"] = time.perf_counter() - started

    ctx = DocumentContext()
    drafts: list[Draft] = []
    warnings: list[str] = []
    if layout is not None:
        warnings.extend(layout.warnings)
        ctx, ctx_error = _describe(layout)
        if ctx_error:
            errors.append(ctx_error)
        warnings.extend(ctx.warnings)
        for module in extractors.EXTRACTORS:
            t0 = time.perf_counter()
            try:
                result = module.extract(layout, ctx)
                drafts.extend(result.drafts)
                warnings.extend(result.warnings)
            except Exception as exc:
                errors.append(StageError(f"extractor:{module.NAME}",
                                         f"The {module.NAME} extractor failed on this document ({type(exc).__name__}: {exc}); its records are missing, the others were kept.",
                                         traceback.format_exc()))
            timings[f"extract:{module.NAME}"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    records, rejections = validate(drafts)
    timings["validate"] = time.perf_counter() - t0
    timings["total"] = time.perf_counter() - started

    document = _document_record(path, len(data), sha256, layout, ctx, errors, warnings)
    return DocumentResult(
        document=document,
        records=records,
        rejected=[r.to_dict() for r in rejections],
        errors=[e.to_dict() for e in errors],
        timings=timings,
    )


def failed_result(path: Path, sha256: str, size_bytes: int, component: str, message: str) -> DocumentResult:
    """The result of a document that died outside the runner (a worker that
    crashed, hung or ran out of memory): a failed documents record, no records."""
    error = StageError(component, message)
    document = _document_record(path, size_bytes, sha256, None, DocumentContext(), [error], [])
    return DocumentResult(document=document, errors=[error.to_dict()])


def _describe(layout: LayoutDocument) -> tuple[DocumentContext, StageError | None]:
    try:
        return describe(layout), None
    except Exception as exc:
        return DocumentContext(), StageError(
            "describe", f"The document's kind, force and dates could not be worked out ({type(exc).__name__}: {exc}).",
            traceback.format_exc())


def _document_record(path: Path, size_bytes: int, sha256: str, layout: LayoutDocument | None,
                     ctx: DocumentContext, errors: list[StageError], warnings: list[str]) -> dict:
    if layout is None:
        status = DocStatus.FAILED
    elif errors:
        status = DocStatus.PARTIAL
    else:
        status = DocStatus.OK
    record = DocumentRecord(
        record_id=document_record_id(doc_id_for(sha256), path),
        doc_id=doc_id_for(sha256),
        source_file=path.name,
        page=None,
        extractor=RUNNER,
        confidence=1.0 if status is DocStatus.OK else 0.5 if status is DocStatus.PARTIAL else 0.0,
        source_path=str(path),
        sha256=sha256,
        file_type=layout.file_type.value if layout else None,
        size_bytes=size_bytes,
        pages=layout.page_count if layout else None,
        doc_kind=ctx.doc_kind,
        title=ctx.title,
        force=ctx.force,
        organisation=ctx.organisation,
        meeting_date=ctx.meeting_date,
        publication_date=ctx.publication_date,
        status=status,
        error=" ".join(e.message for e in errors) or None,
        warnings=warnings,
    )
    return record.model_dump(mode="json")
