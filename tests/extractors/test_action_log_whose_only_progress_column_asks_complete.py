"""A log whose only progress column asks a yes/no question naming a status
("Ref | Action | Owner | Complete?", no Update column) is a log: Yes is
complete, No outstanding, also beside another column of yes and no
("Priority"). The same question over a recommendation, a measure or a risk,
or a question naming no status ("Funded?"), sets no action. On a Word file
and the PDF LibreOffice makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, published, records, word_table

DEEDS = ["Provide the burglary figures by district.", "Brief members on the new forensic provider.",
         "Publish the stop and search panel's report.", "Review the rural crime team's funding."]
ANSWERS = ["No", "Yes", "No", "Yes"]


def _actions(path: Path, form: str, header: list[str], extra: list[str] | None = None) -> list[tuple]:
    """A cover sheet and a log headed ``header`` (``extra`` the cells of a column before the last); the actions'
    numbers, texts and statuses."""
    document = Document()
    document.add_heading("Accountability Board", level=1)
    document.add_paragraph("9 June 2027, 10:00, Police Headquarters")
    document.add_heading("Action log", level=2)
    rows = [[f"AB 27/0{n + 1}", deed, "ACC Crime", *([extra[n]] if extra else []), answer]
            for n, (deed, answer) in enumerate(zip(DEEDS, ANSWERS))]
    word_table(document, [header, *rows])
    found = records(published(document, path, form))["actions"]
    return sorted((a["number"], a["text"], a["status"], a["status_source"]) for a in found)


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("header, extra", [
    (["Ref", "Action", "Owner", "Complete?"], None),
    (["Ref", "Action", "Owner", "Completed? (Y/N)"], None),
    (["Ref", "Action", "Owner", "Priority", "Complete?"], ["Yes", "No", "Yes", "No"]),
    (["Ref", "Action", "Owner", "Priority", "Complete?"], ["High", "Low", "Medium", "High"]),
], ids=["complete?", "completed? (y/n)", "beside a priority of yes and no", "beside a priority of degrees"])
def test_the_question_column_gives_each_rows_status(tmp_path: Path, form: str, header: list[str],
                                                    extra: list[str] | None) -> None:
    assert _actions(tmp_path / "pack.docx", form, header, extra) == [
        (f"AB 27/0{n + 1}", deed, "complete" if answer == "Yes" else "outstanding", "status_column")
        for n, (deed, answer) in enumerate(zip(DEEDS, ANSWERS))]


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("header", [
    ["Ref", "Recommendation", "Owner", "Met?"],
    ["Ref", "Measure", "Owner", "Met?"],
    ["Ref", "Risk", "Owner", "Closed?"],
    ["Ref", "Action", "Owner", "Funded?"],
], ids=["recommendations", "performance measures", "a risk register", "a question naming no status"])
def test_the_same_question_elsewhere_sets_no_action(tmp_path: Path, form: str, header: list[str]) -> None:
    assert _actions(tmp_path / "pack.docx", form, header) == []
