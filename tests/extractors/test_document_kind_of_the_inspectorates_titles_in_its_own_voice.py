"""The inspectorate speaks of its own work in the first person too: a
document titled "Our inspection programme ..." or "Our joint inspection of
..." is the inspectorate's, and keeps its kind (`inspection_report`), where
a force's title naming the inspection it had ("Our <series> inspection
results") is the force's own account of it (`force_response`). Word files
(python-docx, the Title style) and PDFs (reportlab, a 22 pt title line)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.platypus import Paragraph

from files import BODY, H1, TITLE, docx, pdf, records

OPENING = ("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) independently "
           "assesses the effectiveness and efficiency of police forces.")
TEXT = "We inspected how well forces respond to reports of stalking and harassment."


def _saved(path: Path, title: str) -> Path:
    lines = [("title", title), ("text", OPENING), ("heading", "Summary"), ("text", TEXT)]
    if path.suffix == ".pdf":
        styles = {"title": TITLE, "heading": H1, "text": BODY}
        return pdf(path, [Paragraph(text, styles[kind]) for kind, text in lines])
    kinds = {"title": "h0", "heading": "h1", "text": "p"}
    return docx(path, [(kinds[kind], text) for kind, text in lines])


@pytest.mark.parametrize("form", ["docx", "pdf"])
@pytest.mark.parametrize("title", ["Our inspection programme and framework 2025–29",
                                   "Our 2025–29 inspection programme",
                                   "Our joint inspection of the police response to stalking"])
def test_the_inspectorates_own_title_keeps_its_kind(tmp_path: Path, form: str, title: str) -> None:
    assert records(_saved(tmp_path / f"report.{form}", title))["documents"][0]["doc_kind"] == "inspection_report"
