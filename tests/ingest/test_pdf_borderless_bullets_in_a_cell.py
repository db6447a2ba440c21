"""A borderless table whose evidence cells hold bulleted lists, each bullet
set a tab (wider than a column-wide gap) from its text: the bullet stays one
piece with its item's text, so the table keeps its header and its columns
rather than gaining a column of bullets."""

from __future__ import annotations

from tests.ingest.pdf_builders import borderless, item, para, read, story_pdf


def _bullets(*texts: str) -> list:
    return [item(text, tab=18) for text in texts]  # the bullet at the cell's edge, its text a tab further in


def test_bullets_a_tab_from_their_text_stay_in_their_cell() -> None:
    rows = [["No.", "Question", "Evidence", "Decision"],
            ["1", "How many bicycles were stolen at stations?",
             _bullets("Three hundred and forty were reported.", "Most were at the two largest stations."), "Assured"],
            ["2", "How does the team know marking works?",
             _bullets("Thefts of marked bicycles fell by a fifth.", "No study has compared like with like."),
             "Partly assured"],
            ["3", "Are owners told when one is found?", _bullets("The date is not recorded."), "Not assured"]]
    doc = read(story_pdf([para("Notes of the Panel", size=13, bold=True),
                          borderless(rows, [30, 140, 180, 90], band=False)]))
    tables = list(doc.tables())
    assert [(t.n_rows, t.n_cols) for t in tables] == [(4, 4)]
    assert tables[0].grid() == [
        rows[0],
        [*rows[1][:2], "Three hundred and forty were reported.\nMost were at the two largest stations.", "Assured"],
        [*rows[2][:2], "Thefts of marked bicycles fell by a fifth.\nNo study has compared like with like.",
         "Partly assured"],
        [*rows[3][:2], "The date is not recorded.", "Not assured"]]
