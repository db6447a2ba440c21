"""Minutes numbered per meeting ("HTA 28/03 Rural crime", "Ref 12/27 Road
safety"), each scrutiny minute a request for assurance, the force's answer
and the Commissioner's assessment, on a Word file: a decision with no
number of its own takes the number its item is minuted under, without a
"Ref" label; the minute's title, without the number, is its topic."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from files import records

# (minute heading, request, answer, assessment, number, topic, level)
_MINUTES = (("HTA 28/03 Rural crime", "The Commissioner sought assurance that farm thefts are investigated.",
             "Every farm theft is allocated to the rural team.", "Commissioner's assessment: Assured.",
             "HTA 28/03", "Rural crime", "Assured"),
            ("HTA 28/04 Use of force", "The Commissioner sought assurance that use of force is recorded.",
             "Recording fell to 78 per cent in the quarter.",
             "Commissioner's assessment: Not assured. A recovery plan is required.", "HTA 28/04", "Use of force",
             "Not assured"),
            ("Ref 12/27 Road safety", "The Commissioner sought assurance that speed checks are targeted.",
             "Checks follow the collision map.", "Commissioner's assessment: Partly assured.", "12/27", "Road safety",
             "Partly assured"))


def test_a_decision_with_no_number_takes_its_minutes_number(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Holding to Account Meeting", level=1)
    document.add_paragraph("Minutes of the meeting held on 15 February 2028")
    for heading, request, answer, assessment, *_ in _MINUTES:
        document.add_heading(heading, level=3)
        document.add_paragraph(request)
        document.add_paragraph(answer)
        document.add_paragraph(assessment)
    document.save(str(tmp_path / "minutes.docx"))
    assert [(d["question_number"], d["question"], d["evidence_summary"], d["topic"], d["assurance"])
            for d in records(tmp_path / "minutes.docx")["assurance_decisions"]] == [
        (number, request, answer, topic, level) for _, request, answer, _, number, topic, level in _MINUTES]
