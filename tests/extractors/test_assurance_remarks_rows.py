"""A question's remarks in a row of their own, on small real reportlab
PDFs: under each question a row merged from the question column to the
table's end opens with a comment's label ("Remarks: ..."); it is that
question's commentary, not more of its question. The level is a tick in
one of three columns (A | PA | NA), an "X" (Helvetica has no tick)."""

from __future__ import annotations

from pathlib import Path

from files import BODY, BOLD, H1, grid, pdf, records
from reportlab.platypus import Paragraph

# (question, response, ticked column, remark, canonical level)
_ASKED = (("How many children were referred to the exploitation panel?", "Ninety children were referred.", 3,
           "The Deputy Mayor welcomed the rise.", "Assured"),
          ("How quickly are missing children interviewed on return?", "Half are interviewed within three days.", 5,
           "The Deputy Mayor asked for an audit.", "Not assured"),
          ("What is done to disrupt offenders?", "Warning notices were issued.", 4,
           "The Deputy Mayor asked for civil orders to be reported.", "Partly assured"))


def _notes(path: Path, label: str) -> Path:
    rows = [["No.", "Question", "Summary of response", "A", "PA", "NA"]]
    spans = []
    for number, (question, response, ticked, remark, _) in enumerate(_ASKED, start=1):
        rows.append([str(number), question, response, *("X" if col == ticked else "" for col in (3, 4, 5))])
        rows.append(["", f"{label}{remark}", "", "", "", ""])
        spans.append(("SPAN", (1, len(rows) - 1), (5, len(rows) - 1)))
    table = grid(rows, [30, 150, 150, 30, 30, 30])
    table.setStyle(spans)
    return pdf(path, [Paragraph("Notes of the Public Scrutiny Board held on 10 March 2027", H1),
                      Paragraph("2. Child exploitation", BOLD),
                      Paragraph("A tick shows the level: A \u2013 assured; PA \u2013 partly assured; "
                                "NA \u2013 not assured.", BODY), table])


def test_a_labelled_row_merged_under_a_question_is_its_commentary(tmp_path: Path) -> None:
    path = _notes(tmp_path / "notes.pdf", "Remarks: ")
    assert sorted((d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"])
                  for d in records(path)["assurance_decisions"]) == [
        (str(number), question, response, level, remark)
        for number, (question, response, _, remark, level) in enumerate(_ASKED, start=1)]


def test_an_unlabelled_merged_row_stays_with_its_question(tmp_path: Path) -> None:
    """Without a comment's label the merged row is no remark: it is read, as before, with the question above."""
    path = _notes(tmp_path / "notes.pdf", "")
    assert all(d["commentary"] is None and remark in d["question"]
               for d, (_, _, _, remark, _) in zip(sorted(records(path)["assurance_decisions"],
                                                        key=lambda d: d["question_number"]), _ASKED))
