"""Inspection mechanisms tidied into one place, each on a real file made here:
a judgment in the infinitive is read by the judgment patterns themselves, so
its record quotes the sentence as printed (a numbered paper's paragraph too);
a table's header is its first row, never a body row below it whose words
happen to name columns ("AFI 1 | ... | Head of Response")."""

from __future__ import annotations

from pathlib import Path

import files
import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from files import BODY, H1
from reportlab.platypus import Paragraph


def test_a_judgment_in_the_infinitive_quotes_its_sentence_as_printed(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Report to the Police and Crime Panel")
    document.add_heading("HMICFRS PEEL 2023–25 inspection of Avon and Somerset Police", level=1)
    document.add_paragraph("2.1 HMICFRS published its PEEL 2023–25 report on the force on 14 August 2025.")
    document.add_paragraph("2.2 Inspectors judged the force to require improvement at investigating crime; and to be "
                           "adequate at managing offenders.")
    path = tmp_path / "paper.docx"
    document.save(str(path))
    graded = sorted((g["area"], g["grade"], g["evidence"]) for g in files.records(path)["grades"])
    sentence = ("Inspectors judged the force to require improvement at investigating crime; and to be adequate at "
                "managing offenders.")
    assert graded == [("Investigating crime", "Requires improvement", sentence),
                      ("Managing offenders", "Adequate", sentence)]


# A plan's header names the items' column but no response column; the first body row's lead, a job title, holds
# "Response", and its ref "AFI 1" an item's kind: read as a header, they took every AFI's wording for a ref.
_PLAN = [["Ref", "Area for improvement", "Lead", "RAG"],
         ["AFI 1", "The force should make sure it answers emergency calls within its target time.",
          "Head of Response", "Amber"],
         ["AFI 2", "The force should make sure that investigations are allocated to officers with the right skills.",
          "Head of Crime", "Green"]]
_AFIS = ["The force should make sure it answers emergency calls within its target time.",
         "The force should make sure that investigations are allocated to officers with the right skills."]


def _pdf_plan(tmp_path: Path) -> Path:
    return files.pdf(tmp_path / "plan.pdf", [
        Paragraph("Durham Constabulary – HMICFRS PEEL 2023–25 improvement plan", H1),
        Paragraph("The inspection report was published on 12 March 2026.", BODY),
        files.grid(_PLAN, [50, 260, 90, 50]),
    ])


def _word_plan(tmp_path: Path) -> Path:
    """The plan as Word draws one: a bold, shaded header row repeated on every page."""
    document = Document()
    document.add_heading("Durham Constabulary – HMICFRS PEEL 2023–25 improvement plan", level=1)
    document.add_paragraph("The inspection report was published on 12 March 2026.")
    table = document.add_table(rows=len(_PLAN), cols=len(_PLAN[0]))
    table.style = "Table Grid"
    for texts, row in zip(_PLAN, table.rows):
        for text, cell in zip(texts, row.cells):
            cell.text = text
    header = table.rows[0]
    header._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for cell in header.cells:
        cell.paragraphs[0].runs[0].bold = True
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:fill"), "D9D9D9")
        cell._tc.get_or_add_tcPr().append(shading)
    path = tmp_path / "plan.docx"
    document.save(str(path))
    return path


@pytest.mark.parametrize("make", [_pdf_plan, _word_plan], ids=["pdf-plain-header", "word-bold-shaded-header"])
def test_a_body_rows_job_title_naming_a_column_never_heads_the_table(tmp_path: Path, make) -> None:
    assert [a["text"] for a in files.records(make(tmp_path))["areas_for_improvement"]] == _AFIS
