"""An action log whose status is a stage number in a column headed as the
pack's key of numbered stages is labelled ("Stage: 1 agreed; 2 in progress;
3 evidence received, awaiting sign-off; 4 closed.", a "Stage" column of 1-4)
reads each number through the key, from the status column: the closing stage
complete, the stages before it outstanding (a stage whose words state no
status, "agreed", is a step on the way). Near misses: a numbered key of
another measure ("Priority: 1 high; 2 medium; 3 low") keys no status, and a
column of numbers headed otherwise than the key's label ("Phase") is no
status column: the statuses are the updates'. On reportlab PDFs, Word files
and the PDFs LibreOffice makes of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import AS_PUBLISHED, BODY, H1, grid, pdf, published, records, word_log
from reportlab.platypus import Paragraph

STAGES = ("Stage: 1 agreed; 2 in progress; 3 evidence received, awaiting the Commissioner's sign-off; 4 closed. "
          "Actions at stages 1 to 3 are open.")
ROWS = [["PAM 47/50", "19 December 2047", "Report the number of missing children found.", "Reported in January."],
        ["PAM 47/51", "19 December 2047", "Share the drug testing evaluation.", "Evaluation received."],
        ["PAM 48/04", "27 February 2048", "Report the take-up of the evidence portal.", "Talks held with retailers."],
        ["PAM 48/05", "27 February 2048", "Keep a count of assaults on shop workers.", ""]]
NUMBERS = ["4", "3", "2", "1"]


def _log(heading: str) -> list[list[str]]:
    return [["Ref", "Meeting", "Action", "Update", heading]] + [row + [n] for row, n in zip(ROWS, NUMBERS)]


def _statuses(path: Path) -> dict[str, tuple[str, str]]:
    return {a["number"]: (a["status"], a["status_source"]) for a in records(path)["actions"]}


KEYED = {"PAM 47/50": ("complete", "status_column"), "PAM 47/51": ("outstanding", "status_column"),
         "PAM 48/04": ("outstanding", "status_column"), "PAM 48/05": ("outstanding", "status_column")}
BY_UPDATE = {"PAM 47/50": ("complete", "inferred_from_update"), "PAM 47/51": ("complete", "inferred_from_update"),
             "PAM 48/04": ("complete", "inferred_from_update"), "PAM 48/05": ("unknown", "none")}


def _reportlab(path: Path, key: str, heading: str) -> Path:
    return pdf(path, [Paragraph("Police Accountability Meeting", H1),
                      Paragraph("Minutes of the meeting held on 25 April 2048", BODY),
                      Paragraph("Action tracker", H1), Paragraph(key, BODY),
                      grid(_log(heading), [55, 70, 160, 130, 40])])


def test_a_stage_is_read_through_the_key_of_numbered_stages(tmp_path: Path) -> None:
    assert _statuses(_reportlab(tmp_path / "log.pdf", STAGES, "Stage")) == KEYED


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_a_word_log_reads_its_stages_the_same(tmp_path: Path, form: str) -> None:
    document = word_log("Police Accountability Meeting", "Minutes of the meeting held on 25 April 2048",
                        "Action tracker", STAGES, _log("Stage"))
    assert _statuses(published(document, tmp_path / "log.docx", form)) == KEYED


@pytest.mark.parametrize("key, heading", [
    ("Priority: 1 high; 2 medium; 3 low; 4 routine.", "Priority"),
    (STAGES, "Phase"),
])
def test_numbers_keyed_as_another_measure_or_headed_otherwise_state_no_status(tmp_path: Path, key: str,
                                                                               heading: str) -> None:
    assert _statuses(_reportlab(tmp_path / "log.pdf", key, heading)) == BY_UPDATE
