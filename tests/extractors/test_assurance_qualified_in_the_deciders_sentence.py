"""A decider's sentence that qualifies the assurance it states, on real
Word files and reportlab PDFs run through the pipeline: assured, but
further (re)assurance still required on some point, in the sentence or
the paragraph after it, is Partly assured; "remains to be assured", "has
yet to be assured" withhold it (Not assured) and "is yet to be fully
assured" grants it in part. An assured sentence with no such rider stays
Assured."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import BODY, H1, docx, pdf, records
from reportlab.platypus import Paragraph

A, P, N = "Assured", "Partly assured", "Not assured"
_STATEMENTS = (
    ("The Commissioner was assured by the progress made but further reassurance is required on victim updates.", P),
    ("The Commissioner was assured that most of the plan had been delivered. A few points remain where further "
     "assurance is needed.", P),
    ("The Commissioner remains to be assured that the savings are achievable.", N),
    ("The Commissioner has yet to be assured that the new rota covers the night shift.", N),
    ("The Commissioner is yet to be fully assured that the training has reached every team.", P),
    ("The Commissioner was assured that the backlog had been cleared.", A),
)


def _minutes(path: Path, form: str) -> Path:
    lines = [("h2", "Minutes of the Accountability Board held on 14 April 2027")]
    for n, (statement, _) in enumerate(_STATEMENTS, start=3):
        lines += [("h3", f"{n}. Item {n}"), ("p", f"The Commissioner asked for a report on item {n}."),
                  ("p", statement)]
    if form == "word":
        return docx(path.with_suffix(".docx"), lines)
    return pdf(path.with_suffix(".pdf"), [Paragraph(text, H1 if kind != "p" else BODY) for kind, text in lines])


@pytest.mark.parametrize("form", ["word", "pdf"])
def test_the_level_a_qualified_sentence_states(tmp_path: Path, form: str) -> None:
    found = records(_minutes(tmp_path / "minutes", form))["assurance_decisions"]
    assert sorted((int(d["question_number"]), d["assurance"]) for d in found) == \
        [(n, level) for n, (_, level) in enumerate(_STATEMENTS, start=3)]
