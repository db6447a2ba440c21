"""A force's own summary of its inspection ("Our PEEL inspection results",
areas headed "<Area> – we were graded <grade>") is the force's side of the
inspection, as its commissioner's release is: `force_response`, never the
inspectorate's `peel_report`. It still gives the inspection's areas for
improvement it prints in the force's own words ("Where we must improve", as a
heading or a column). The inspectorate's report keeps its kind, and a
performance paper in a PCC's pack in the same words gives no AFIs; the force's
summary of its inspection as a paper in the pack gives them, the pack still a
`scrutiny_pack`. Word files (python-docx) and PDFs (reportlab) of the same lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from reportlab.platypus import Paragraph

from files import BODY, BOLD, H1, TITLE, grid, pdf, records, word_table

FORCE = "Suffolk Constabulary"
PUBLISHED = f"HMICFRS published its PEEL 2023–25 report on {FORCE} on 11 December 2025."
CALLS = "The force should answer non-emergency calls more quickly."
SUPERVISION = "The force should make sure investigations are supervised well enough to make progress."
FORMS = ("docx", "pdf")

# a line of a test document: "title", "heading", "subheading" or "text", and its words; or a table's rows
Line = tuple[str, str] | list[list[str]]


def _saved(path: Path, lines: list[Line]) -> Path:
    """``lines`` as a Word file (title, Heading 1 and 2) or a reportlab PDF
    (22 pt title, 16 pt heading, a bold line), by ``path``'s suffix."""
    if path.suffix == ".pdf":
        styles = {"title": TITLE, "heading": H1, "subheading": BOLD, "text": BODY}
        return pdf(path, [grid(line, [220, 220]) if isinstance(line, list) else Paragraph(line[1], styles[line[0]])
                          for line in lines])
    document = Document()
    levels = {"title": 0, "heading": 1, "subheading": 2}
    for line in lines:
        if isinstance(line, list):
            word_table(document, line)
        elif line[0] in levels:
            document.add_heading(line[1], level=levels[line[0]])
        else:
            document.add_paragraph(line[1])
    document.save(str(path))
    return path


def _own_summary(title: str, areas: tuple[str, str]) -> list[Line]:
    """A force's summary of its PEEL inspection: under the first area's
    heading, "Where we must improve" over an AFI; under the second's, a table
    "What we do well | Where we must improve" holding one."""
    return [("title", title), ("text", PUBLISHED),
            ("heading", areas[0]), ("text", "Emergency calls are answered within ten seconds."),
            ("subheading", "Where we must improve"), ("text", CALLS),
            ("heading", areas[1]),
            [["What we do well", "Where we must improve"],
             ["Victims are kept informed in most of the cases reviewed.", SUPERVISION]]]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("title", "areas"), [
    ("Our PEEL inspection results", ("Responding to the public", "Investigating crime")),
    ("PEEL 2023–25: what the inspectors found", ("Responding to the public – we were graded adequate",
                                                 "Investigating crime – we were graded requires improvement")),
], ids=["our inspection in the title", "we were graded in the headings"])
def test_a_forces_own_summary_is_its_response_and_keeps_its_afis(
        tmp_path: Path, form: str, title: str, areas: tuple[str, str]) -> None:
    found = records(_saved(tmp_path / f"summary.{form}", _own_summary(title, areas)))
    assert found["documents"][0]["doc_kind"] == "force_response"
    assert [(a["text"], a["area"]) for a in found["areas_for_improvement"]] == [
        (CALLS, "Responding to the public"), (SUPERVISION, "Investigating crime")]


@pytest.mark.parametrize("form", FORMS)
def test_the_inspectorates_report_speaking_of_our_inspection_stays_a_peel_report(tmp_path: Path, form: str) -> None:
    """The inspectorate's "we" is the inspector's: "Our judgments", "Our
    inspection assessed ..." never make its report the force's."""
    found = records(_saved(tmp_path / f"report.{form}", [
        ("text", "PEEL 2023–25"), ("title", f"An inspection of {FORCE}"), ("text", "Published: 11 December 2025"),
        ("heading", "Our judgments"),
        ("text", f"Our inspection assessed how good {FORCE} is in the areas of policing we inspected."),
        ("heading", "Responding to the public"), ("subheading", "Area for improvement"), ("text", CALLS)]))
    assert found["documents"][0]["doc_kind"] == "peel_report"
    assert [(a["text"], a["area"]) for a in found["areas_for_improvement"]] == [(CALLS, "Responding to the public")]


@pytest.mark.parametrize("form", FORMS)
def test_a_performance_paper_in_a_pack_in_the_same_words_gives_no_afis(tmp_path: Path, form: str) -> None:
    """The force's performance paper to the PCC's board, "Where we must
    improve" as a heading and a column: the force's own view, no
    inspection's areas for improvement."""
    found = records(_saved(tmp_path / f"pack.{form}", [
        ("title", "Police and Crime Commissioner for Suffolk"), ("text", "Performance and Accountability Board"),
        ("text", "Meeting held on 14 January 2026 at 10:00, Police Headquarters"),
        ("heading", "Agenda item 4: Our performance results"),
        ("subheading", "Where we must improve"), ("text", "We must reduce the time taken to answer non-emergency calls."),
        [["What we do well", "Where we must improve"],
         ["Charge rates rose for the third quarter running.",
          "Too many investigations are closed without a supervisor's review."]]]))
    assert found["documents"][0]["doc_kind"] == "scrutiny_pack"
    assert found["areas_for_improvement"] == []


@pytest.mark.parametrize("form", FORMS)
def test_the_forces_summary_of_its_inspection_as_a_paper_in_a_pack_gives_its_afis(tmp_path: Path, form: str) -> None:
    """The same pack, its item a summary of the force's inspection in its own
    words: the inspection's areas for improvement, though the document is a pack."""
    found = records(_saved(tmp_path / f"pack.{form}", [
        ("title", "Police and Crime Commissioner for Suffolk"), ("text", "Performance and Accountability Board"),
        ("text", "Meeting held on 14 January 2026 at 10:00, Police Headquarters"),
        ("heading", "Agenda item 4: Our PEEL inspection results"), ("text", PUBLISHED),
        ("heading", "Responding to the public"), ("text", "Emergency calls are answered within ten seconds."),
        ("subheading", "Where we must improve"), ("text", CALLS)]))
    assert found["documents"][0]["doc_kind"] == "scrutiny_pack"
    assert [(a["text"], a["area"]) for a in found["areas_for_improvement"]] == [(CALLS, "Responding to the public")]
