"""Two forms of a tracker's pack. Actions minuted in one paragraph run in
from "Actions:", each after a reference set with slashes ("SAB/44/12 – ...
SAB/44/13 – ..."), are the log's rows of those references, stated on the
minutes' page. A "Revised date" column beside a "Target date" one is a
deadline, no meeting's date: rows with no raised date keep `meeting_date`
null, and a "Date raised" column still dates them. On a Word file and the
PDF LibreOffice makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_BREAK
from files import AS_PUBLISHED, published, records, word_table

REPORT = "Report the results of the joint hare coursing operation."
CONFIRM = "Confirm course dates for the five untrained rural officers."


def _minuted(path: Path, form: str, minute: str) -> list[tuple[str | None, int | None, str | None]]:
    document = Document()
    document.add_heading("Strategic Assurance Board", level=1)
    document.add_paragraph("17 May 2044, 10:00, Police Headquarters")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("Minutes of the Strategic Assurance Board – 15 March 2044", level=2)
    document.add_heading("3. Rural and wildlife crime", level=3)
    document.add_paragraph("The force set out its plans for the hare coursing season.")
    document.add_paragraph(minute)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("Action log", level=2)
    word_table(document, [["Ref", "Raised", "Action", "Update", "Status"],
                          ["SAB/44/12", "15/03/2044", REPORT, "Results due in June.", "Open"],
                          ["SAB/44/13", "15/03/2044", CONFIRM, "Dates confirmed on 2 April.", "Closed"]])
    found = records(published(document, path, form))["actions"]
    return sorted((a["number"], a["page"], a["meeting_date"]) for a in found)


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_actions_run_on_after_slashed_references_are_stated_where_minuted(tmp_path: Path, form: str) -> None:
    page = None if form == "word" else 2
    assert _minuted(tmp_path / "pack.docx", form, f"Actions: SAB/44/12 – {REPORT} SAB/44/13 – {CONFIRM}") == [
        ("SAB/44/12", page, "2044-03-15"), ("SAB/44/13", page, "2044-03-15")]


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("minute", ["Actions: none arising.",
                                    "The Board noted that SAB/44/12 – the joint operation – had begun."])
def test_the_label_or_a_reference_in_prose_adds_no_action(tmp_path: Path, form: str, minute: str) -> None:
    # near misses: only the log's two rows, on the log's page
    page = None if form == "word" else 3
    assert _minuted(tmp_path / "pack.docx", form, minute) == [
        ("SAB/44/12", page, "2044-03-15"), ("SAB/44/13", page, "2044-03-15")]


def _revised(path: Path, form: str, header: list[str], rows: list[list[str]]) -> list[tuple[str, str | None]]:
    document = Document()
    document.add_heading("Performance and Accountability Meeting", level=1)
    document.add_paragraph("12 April 2044, 14:00, Police Headquarters")
    document.add_heading("Action tracker", level=2)
    word_table(document, [header, *rows])
    found = records(published(document, path, form))["actions"]
    return sorted((a["number"], a["meeting_date"]) for a in found)


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_revised_date_is_no_meeting_date(tmp_path: Path, form: str) -> None:
    assert _revised(tmp_path / "pack.docx", form, ["Ref", "Action", "Owner", "Target date", "Revised date", "Update"],
                    [["PAM 44/01", "Publish the victim survey results.", "Head of Analysis", "29/02/44", "",
                      "Published on 2 February 2044."],
                     ["PAM 44/02", "Review the letters sent to victims.", "Victim Services", "29/02/44", "30/04/44",
                      "The review has started."]]) == [("PAM 44/01", None), ("PAM 44/02", None)]


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_date_raised_column_still_dates_the_rows(tmp_path: Path, form: str) -> None:
    # the near miss: the log prints the date each action was raised beside its deadlines
    assert _revised(tmp_path / "pack.docx", form,
                    ["Ref", "Date raised", "Action", "Target date", "Revised date", "Update"],
                    [["PAM 44/02", "09/02/2044", "Review the letters sent to victims.", "29/02/44", "30/04/44",
                      "The review has started."]]) == [("PAM 44/02", "2044-02-09")]
