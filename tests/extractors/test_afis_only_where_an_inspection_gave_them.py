"""Areas for improvement only where an inspection gave them: a force's own
performance paper in a PCC's pack saying "where we need to improve" gives
none."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from files import records, word_table


def test_a_forces_own_paper_in_a_pack_saying_where_it_needs_to_improve_gives_no_afis(tmp_path: Path) -> None:
    """A PCC's pack with the force's performance paper: a table "Theme |
    What is going well | Where we need to improve" and a heading "Where we
    need to improve" over "We need to ..." are the force's own view, no
    inspection's areas for improvement."""
    document = Document()
    document.add_heading("Police and Crime Commissioner for Southshire", level=0)
    document.add_paragraph("Performance and Accountability Board")
    document.add_paragraph("Meeting held on 14 January 2026 at 10:00, Police Headquarters")
    document.add_heading("Agenda item 4: Force performance report", level=1)
    word_table(document, [["Theme", "What is going well", "Where we need to improve"],
                          ["Contact", "Emergency calls are answered within ten seconds.",
                           "Non-emergency calls wait too long at busy times of the day."],
                          ["Investigations", "Charge rates rose for the third quarter running.",
                           "Too many investigations are closed without a supervisor's review."]])
    document.add_heading("Where we need to improve", level=2)
    document.add_paragraph("We need to reduce the time taken to answer non-emergency calls.")
    path = tmp_path / "pack.docx"
    document.save(str(path))
    found = records(path)
    assert found["documents"][0]["doc_kind"] == "scrutiny_pack"
    assert found["areas_for_improvement"] == []
