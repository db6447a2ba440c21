"""Per-document views: worked out once per document, never carried over to
the next document, and never keeping a document alive."""

import gc
import weakref
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate
from scrutiny_build import document, heading, para

from extractors.per_document import per_document
from pipeline.layout import LayoutDocument
from pipeline.runner import process_document


def _counting_view():
    calls: list[tuple[str, tuple]] = []

    @per_document
    def view(doc: LayoutDocument, *args: object) -> tuple[str, tuple]:
        calls.append((doc.blocks[0].text, args))
        return doc.blocks[0].text, args

    return view, calls


def test_a_view_is_worked_out_once_per_document_and_arguments() -> None:
    view, calls = _counting_view()
    doc = document(para("First pack"))
    assert view(doc) is view(doc)
    assert view(doc, "PEEL 2023-25") == ("First pack", ("PEEL 2023-25",))
    view(doc, "PEEL 2023-25")
    assert calls == [("First pack", ()), ("First pack", ("PEEL 2023-25",))]


def test_the_next_document_gets_its_own_view_and_the_first_is_read_again() -> None:
    view, calls = _counting_view()
    first, second = document(para("First pack")), document(para("Second pack"))
    assert [view(first), view(second), view(first)] == [("First pack", ()), ("Second pack", ()), ("First pack", ())]
    assert len(calls) == 3


def test_the_cache_keeps_no_document_alive() -> None:
    view, _ = _counting_view()
    doc = document(para("First pack"))
    result = view(doc)
    gone = weakref.ref(doc)
    del doc
    gc.collect()
    assert gone() is None
    assert result == ("First pack", ())  # what a caller holds stays its own


def _pack(path: Path, office: str, meeting: str) -> Path:
    styles = getSampleStyleSheet()
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([
        Paragraph(office, styles["Heading2"]),
        Paragraph("Accountability Board", styles["Title"]),
        Paragraph(f"Date: {meeting}", styles["BodyText"]),
        Paragraph("Agenda", styles["Heading2"]),
        Paragraph("1. Neighbourhood policing update", styles["BodyText"]),
    ])
    return path


def test_packs_read_one_after_another_in_one_process_each_keep_their_own_meeting(tmp_path: Path) -> None:
    """A worker reads many files: the meeting and office of one pack must
    never be those of the pack read before it."""
    first = _pack(tmp_path / "first.pdf", "Police and Crime Commissioner for Kent", "Tuesday 3 June 2025")
    second = _pack(tmp_path / "second.pdf", "Police and Crime Commissioner for Dorset", "Monday 14 July 2025")
    read = [process_document(path).document for path in (first, second, first)]
    assert [(d["organisation"], d["meeting_date"]) for d in read] == [
        ("Police and Crime Commissioner for Kent", "2025-06-03"),
        ("Police and Crime Commissioner for Dorset", "2025-07-14"),
        ("Police and Crime Commissioner for Kent", "2025-06-03"),
    ]


def test_views_shared_by_extractors_answer_for_the_document_asked_about() -> None:
    from extractors import meetings

    june = document(heading("Accountability Board"), para("Date: 3 June 2025"))
    july = document(heading("Accountability Board"), para("Date: 14 July 2025"))
    assert meetings.pack_meeting(june)[1] == date(2025, 6, 3)
    assert meetings.pack_meeting(july)[1] == date(2025, 7, 14)
    assert [m.meeting_date for m in meetings.meetings(june)] == [date(2025, 6, 3)]
