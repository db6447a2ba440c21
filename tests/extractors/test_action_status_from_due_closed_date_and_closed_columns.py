"""A log's status printed in a column that is not headed as the status, each
on a small real Word or PDF file: a due column holding a closed action's
status word in place of its date, a closed date column beside a RAG that
rates only open actions, and a "Closed?" column of ticks and dashes."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, BODY, H1, grid, pdf, published, records, word_table
from reportlab.platypus import Paragraph


def _statuses(path: Path) -> dict[str, tuple[str, str]]:
    return {a["number"]: (a["status"], a["status_source"]) for a in records(path)["actions"]}


def _due_log(path: Path, form: str, due: tuple[str, str, str]) -> Path:
    """Word notes with a log whose last column is headed "Due"."""
    document = Document()
    document.add_heading("Performance Board", level=1)
    document.add_paragraph("Wednesday 14 April 2027, Headquarters")
    document.add_heading("Action log", level=2)
    document.add_paragraph("An action marked Done in the Due column is closed; a date is when an open action is due.")
    word_table(document, [["Ref", "Raised", "Action", "Update", "Due"],
                          ["PB 27/03", "10 February 2027", "Share the custody inspection plan.",
                           "Plan shared on 1 March 2027.", due[0]],
                          ["PB 27/05", "10 March 2027", "Report the cost of the new radios.",
                           "The supplier is pricing the options.", due[1]],
                          ["PB 27/06", "10 March 2027", "Write to the councils about CCTV.",
                           "Letters sent on 20 March 2027.", due[2]]])
    return published(document, path, form)


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_due_column_holding_a_status_word_for_closed_actions_is_the_status_column(
        tmp_path: Path, form: str) -> None:
    path = _due_log(tmp_path / "board.docx", form, ("Done", "30 June 2027", "Done"))
    assert _statuses(path) == {"PB 27/03": ("complete", "status_column"),
                               "PB 27/05": ("outstanding", "status_column"),
                               "PB 27/06": ("complete", "status_column")}


def test_a_due_column_of_dates_only_states_no_status(tmp_path: Path) -> None:
    path = _due_log(tmp_path / "board.docx", "word", ("31 March 2027", "30 June 2027", "30 April 2027"))
    assert _statuses(path) == {"PB 27/03": ("complete", "inferred_from_update"),
                               "PB 27/05": ("unknown", "none"),
                               "PB 27/06": ("complete", "inferred_from_update")}


def test_a_closed_date_column_decides_the_status_over_a_rag_of_progress(tmp_path: Path) -> None:
    path = pdf(tmp_path / "conference.pdf", [
        Paragraph("Policing Conference", H1),
        Paragraph("Monday 9 August 2027", BODY),
        Paragraph("Action tracker", H1),
        Paragraph("An action is closed when the Conference agrees it; its closed date is then entered. RAG shows "
                  "the progress of open actions against their due date.", BODY),
        grid([["Ref", "Raised", "Action", "Update", "Due", "RAG", "Closed date"],
              ["PC 27/11", "12 Jul 27", "Review the taser deployment figures.", "Review finished.", "31 Jul 27",
               "Green", "26 Jul 27"],
              ["PC 27/12", "12 Jul 27", "Bring the fleet plan to the Conference.", "Plan drafted.", "9 Aug 27",
               "Green", "\u2013"],
              ["PC 27/13", "12 Jul 27", "Report on the control room rota.", "Consultation running late.",
               "30 Sep 27", "Red", "\u2013"]], [50, 50, 120, 100, 50, 40, 55]),
    ])
    assert _statuses(path) == {"PC 27/11": ("complete", "status_column"),
                               "PC 27/12": ("outstanding", "status_column"),
                               "PC 27/13": ("outstanding", "status_column")}


def test_a_dash_under_a_closed_question_column_is_an_open_action(tmp_path: Path) -> None:
    path = pdf(tmp_path / "board.pdf", [
        Paragraph("Accountability Board", H1),
        Paragraph("Monday 9 August 2027", BODY),
        Paragraph("Actions", H1),
        Paragraph("A tick in the last column marks an action the Board has closed.", BODY),
        grid([["Ref", "Raised", "Action", "Latest position", "Closed?"],
              ["AB 27/20", "12/07/27", "Publish the hate crime figures by district.", "Figures published.",
               "\u2713"],
              ["AB 27/21", "12/07/27", "Renew the information sharing agreement with the council.",
               "Draft agreement sent to the council.", "\u2013"],
              ["AB 27/22", "12/07/27", "Check the training records for first aid.", "Records being checked.",
               "\u2013"]], [55, 55, 150, 130, 50]),
    ])
    assert _statuses(path) == {"AB 27/20": ("complete", "status_column"),
                               "AB 27/21": ("outstanding", "status_column"),
                               "AB 27/22": ("outstanding", "status_column")}
