"""A rating key's entries as packs print them beyond one colour a level, on
real Word files and reportlab PDFs run through the pipeline: a blend of
two colours of a five-step scale keyed in its own right ("Amber/Green –
assured, minor points to follow up") takes the key's level, not the
vocabulary's reading of the blend; a colour's letter with the colour
named in brackets ("G (green) – assured") keys the letter a column
prints."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import BODY, H1, QUESTIONS_ASKED, grid, pdf, question_table_notes, records
from reportlab.platypus import Paragraph

A, P, N = "Assured", "Partly assured", "Not assured"
_HEADER = ["No.", "Question", "Answer", "Assurance rating", "Comment"]
_BLENDS = ("Key: Green \u2013 assured; Amber/Green \u2013 assured, some points to follow up; Amber \u2013 partly "
           "assured; Amber/Red \u2013 partly assured, serious concerns; Red \u2013 not assured")
_LETTERS = "Rating key: G (green) \u2013 assured; A (amber) \u2013 partially assured; R (red) \u2013 not assured"


def _notes(path: Path, form: str, key: str, ratings: list[str]) -> Path:
    if form == "word":
        return question_table_notes(path.with_suffix(".docx"), _HEADER, ratings, before=[key])
    rows = [_HEADER, *[[str(n), question, answer, rating, comment] for n, ((question, answer, comment), rating)
                       in enumerate(zip(QUESTIONS_ASKED, ratings), start=1)]]
    return pdf(path.with_suffix(".pdf"), [Paragraph("Minutes of the Accountability Board held on 14 April 2027", H1),
                                          Paragraph("Minute 3 \u2013 Neighbourhood crime", H1), Paragraph(key, BODY),
                                          grid(rows, [30, 140, 130, 90, 120])])


@pytest.mark.parametrize("form", ["word", "pdf"])
@pytest.mark.parametrize(("key", "ratings", "levels"), [
    (_BLENDS, ["Amber/Green", "Amber/Red", "Red"], [A, P, N]),
    (_LETTERS, ["G", "A", "R"], [A, P, N]),
], ids=["colour blends", "lettered colours"])
def test_a_rating_column_read_against_its_key(tmp_path: Path, form: str, key: str, ratings: list[str],
                                              levels: list[str]) -> None:
    found = records(_notes(tmp_path / "notes", form, key, ratings))["assurance_decisions"]
    assert [d["assurance"] for d in sorted(found, key=lambda d: d["question_number"])] == levels
