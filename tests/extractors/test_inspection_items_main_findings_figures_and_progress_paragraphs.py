"""Item mechanisms of whole documents at real length, each on a real file made
here: a figure set in a "Main findings" list (its caption, its table, its
"Source:" line) gives no finding and does not end the list, nor does a practice
set between two findings (in a shaded box or not); in a progress report, the
paper's own paragraphs after a tracker table that quotes the inspection's items
(a numbered paragraph after the cause's rows, a summary under area headings
after the AFIs' rows) are no causes or AFIs."""

from __future__ import annotations

from pathlib import Path

import files
import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

AREA = "Responding to the public"
FIRST = "The force is too slow to answer non-emergency calls."
SECOND = "Call handlers don't always identify vulnerable callers."
THIRD = "The force keeps victims informed when attendance is delayed."
PRACTICE = "Text updates for callers waiting for an officer"


def _bold(document: Document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


def _practice_box(document: Document, title: str, text: str) -> None:
    """A shaded one-cell box: the bold "Promising practice: <title>" over its paragraph."""
    table = document.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    cell = table.cell(0, 0)
    shading = OxmlElement("w:shd")
    for name, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", "E8F0F8")):
        shading.set(qn(name), value)
    cell._tc.get_or_add_tcPr().append(shading)
    cell.paragraphs[0].add_run(f"Promising practice: {title}").bold = True
    cell.add_paragraph(text)
    document.add_paragraph()


def _findings_section(boxed: bool) -> Document:
    """A PEEL section whose "Main findings" list holds a figure (caption, table,
    italic source line) after its first finding and a practice after its
    second, in a shaded box or as a bold line over its paragraph."""
    document = Document()
    document.styles["Normal"].font.size = Pt(12)
    document.add_paragraph("PEEL 2023–25: An inspection of Gwent Police", style="Title")
    document.add_heading(AREA, level=1)
    document.add_paragraph("Gwent Police requires improvement at responding to the public.")
    document.add_heading("Main findings", level=2)
    _bold(document, FIRST)
    document.add_paragraph("In the quarter to March 2025, callers to the non-emergency number waited more than "
                           "six minutes on average. Many of them abandoned their calls.")
    document.add_paragraph("Figure 1: Average time to answer non-emergency calls, Gwent Police, quarter to "
                           "June 2024 to quarter to March 2025", style="Caption")
    files.word_table(document, [["Quarter to", "Minutes"], ["June 2024", "4.1"], ["March 2025", "6.3"]])
    document.add_paragraph().add_run("Source: Gwent Police contact management data").italic = True
    _bold(document, SECOND)
    document.add_paragraph("Call handlers use a structured triage model, but in 14 of the 60 calls we reviewed "
                           "they did not record the caller's vulnerability.")
    practice = "Callers told that attendance will be delayed receive a text message with a reference number."
    if boxed:
        _practice_box(document, PRACTICE, practice)
    else:
        _bold(document, f"Promising practice: {PRACTICE}")
        document.add_paragraph(practice)
    _bold(document, THIRD)
    document.add_paragraph("Victims told us they understood why officers could not attend at once.")
    document.add_heading("Areas for improvement", level=2)
    document.add_paragraph("The force should make sure it answers non-emergency calls promptly.",
                           style="List Bullet")
    return document


@pytest.mark.parametrize("form", files.AS_PUBLISHED)
@pytest.mark.parametrize("boxed", [True, False], ids=["boxed", "unboxed"])
def test_a_figure_or_a_practice_between_main_findings_neither_is_a_finding_nor_ends_the_list(
        tmp_path: Path, form: str, boxed: bool) -> None:
    path = files.published(_findings_section(boxed), tmp_path / "peel.docx", form)
    findings = files.records(path)["findings"]
    assert [(f["kind"], f["text"], f["area"]) for f in findings] == [
        ("main_finding", FIRST, AREA), ("main_finding", SECOND, AREA), ("promising_practice", PRACTICE, AREA),
        ("main_finding", THIRD, AREA)]


CAUSE_AREA = "Protecting vulnerable people"
CAUSE = "Gwent Police doesn't assess the risk to victims of domestic abuse well enough."
REC = "Within six months, Gwent Police should make sure that supervisors review every risk assessment."
AFIS = [("AFI 1", "Investigating crime", "The force should make sure that victims are updated about their cases."),
        ("AFI 2", "Responding to the public", "The force should make sure that callers are told when attendance "
                                              "will be delayed.")]


def _progress_report(path: Path) -> Path:
    """A force's progress report to a board: each part's tracker table quoting
    the inspection's items, then the paper's own numbered paragraphs and a
    summary under area headings, worded as findings are."""
    document = Document()
    document.add_paragraph().add_run("Office of the Police and Crime Commissioner for Gwent").bold = True
    document.add_heading("PEEL 2023–25 improvement plan: progress report", level=1)
    document.add_heading(f"3. Cause of concern: {CAUSE_AREA}", level=2)
    document.add_paragraph("3.1 The cause of concern and its recommendation are tracked as follows.")
    files.word_table(document, [["Ref", "HMICFRS text", "Lead", "Progress", "Status"],
                                ["CoC 1", CAUSE, "ACC Protect", "Audit of risk assessments under way.", "Amber"],
                                ["Rec 1.1", REC, "Supt Safeguarding", "Reviews began in March.", "Green"]])
    document.add_paragraph("3.2 The force has improved its response to victims of stalking. Officers identify risk "
                           "well at the first contact. The force doesn't always share information with partners "
                           "promptly.")
    document.add_heading("4. Areas for improvement", level=2)
    document.add_paragraph("4.1 Progress on each area for improvement is set out below.")
    files.word_table(document, [["Ref", "PEEL area", "Area for improvement", "Owner", "Progress update", "Status"],
                                *[[ref, area, text, "Supt Ops", "Work under way.", "On track"]
                                  for ref, area, text in AFIS]])
    document.add_paragraph("4.2 The following paragraphs summarise the work in each area of the plan.")
    document.add_heading("Investigating crime", level=3)
    document.add_paragraph("Victims aren't always updated in line with the victims' code. The force has trained "
                           "more detectives, and caseloads have fallen.")
    document.add_heading("Responding to the public", level=3)
    document.add_paragraph("The force doesn't always tell callers when attendance is delayed. A new text service "
                           "began in April.")
    document.save(str(path))
    return path


def test_a_progress_reports_own_paragraphs_after_a_tracker_are_no_causes_or_afis(tmp_path: Path) -> None:
    found = files.records(_progress_report(tmp_path / "progress.docx"))
    assert [(c["text"], c["area"]) for c in found["causes_of_concern"]] == [(CAUSE, CAUSE_AREA)]
    assert [(r["text"], r["cause_of_concern_id"]) for r in found["recommendations"]] == [
        (REC, found["causes_of_concern"][0]["record_id"])]
    assert sorted((a["text"], a["area"], a["detail"]) for a in found["areas_for_improvement"]) == sorted(
        (text, area, None) for _, area, text in AFIS)
