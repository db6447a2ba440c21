"""Assurance levels on an office's own scale, on small real reportlab
PDFs: a decision column headed in the pack's own words ("Confidence")
holds a scale's words, a row whose level is put off ("Deferred") a
decision with no level; an office's own words ("Confident", "Cautious",
"Doubtful") are read through a key set out as bullets, each an entry
("Confident – the Deputy Mayor is assured by the response"). A bold
row merged across a table for several items ("Item 4: Burglary") titles
the questions under it without its label; a second column headed as a
decider's view, its cells sentences, is the commentary."""

from __future__ import annotations

from pathlib import Path

from files import BODY, BOLD, H1, decision_fields, grid, pdf, records
from reportlab.platypus import Paragraph

# (ref, question, response, comment, canonical level)
_ROWS = (("PR1", "How many burglary victims were visited within a day?", "Nine in ten victims were visited.",
          "", "Assured"),
         ("PR2", "How many burglaries led to a charge?", "Six per cent led to a charge.",
          "The Deputy Mayor expects the rate to rise.", "Partly assured"),
         ("PR3", "How is forensic evidence gathered at every scene?", "Scenes are visited only on request.",
          "A plan is expected next quarter.", "Not assured"),
         ("PR4", "When will the review of crime scene attendance report?", "The review has begun.",
          "To return once the review has reported.", None))
_OWN_WORDS = ("Confident", "Cautious", "Doubtful", "Deferred")
_KEY = ("Confident \u2013 the Deputy Mayor is assured by the response",
        "Cautious \u2013 the Deputy Mayor is partly assured and expects further work",
        "Doubtful \u2013 the Deputy Mayor is not assured")


def _notes(path: Path, printed: tuple[str, ...], key: tuple[str, ...]) -> Path:
    rows = [["Ref", "Question", "Summary of response", "Confidence", "Deputy Mayor's comment"],
            *[[ref, question, response, level, comment]
              for (ref, question, response, comment, _), level in zip(_ROWS, printed)]]
    return pdf(path, [Paragraph("Minutes of the Oversight Board \u2013 9 October 2027", H1),
                      Paragraph("3. Burglary", BOLD),
                      Paragraph("The board records its confidence in each answer on the following scale:", BODY),
                      *[Paragraph(f"\u2022 {entry}", BODY) for entry in key],
                      grid(rows, [35, 120, 130, 70, 120])])


_FIELDS = ("question_number", "topic", "question", "evidence_summary", "assurance", "commentary")


_EXPECTED = [(ref, "Burglary", question, response, level, comment or None)
             for ref, question, response, comment, level in _ROWS]


def test_a_column_of_scale_words_is_decided_a_deferred_row_without_a_level(tmp_path: Path) -> None:
    """"High / Moderate / Low" with one "Deferred": every row a decision, the deferred one keeping its comment."""
    path = _notes(tmp_path / "notes.pdf", ("High", "Moderate", "Low", "Deferred"), ())
    assert decision_fields(path, *_FIELDS, sort=True) == _EXPECTED


def test_a_bulleted_key_reads_a_column_in_the_offices_own_words(tmp_path: Path) -> None:
    """Each row is read through the bullets' key (a meaning may run on after its level, "by the response")."""
    path = _notes(tmp_path / "notes.pdf", _OWN_WORDS, _KEY)
    assert decision_fields(path, *_FIELDS, sort=True) == _EXPECTED


def test_bullets_that_state_no_level_key_nothing(tmp_path: Path) -> None:
    """Bullets naming the words without saying what level each is leave the words no level."""
    path = _notes(tmp_path / "notes.pdf", _OWN_WORDS, tuple(f"{word} \u2013 see the annex" for word in _OWN_WORDS[:3]))
    assert all(d["assurance"] is None for d in records(path)["assurance_decisions"])


def _two_items(path: Path, view_heading: str) -> Path:
    """One table for two items, each opened by a bold row merged across it ("Item 4: Burglary")."""
    rows = [["No.", "Question", "Response", "Level of comfort", view_heading]]
    spans = []
    for title, asked in (("Item 4: Burglary", _ROWS[:2]), ("Item 5: Robbery", _ROWS[2:3])):
        rows.append([title, "", "", "", ""])
        spans.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
        rows += [[ref, question, response, {"Assured": "High", "Partly assured": "Moderate"}.get(level, "Low"), comment]
                 for ref, question, response, comment, level in asked]
    table = grid(rows, [35, 120, 130, 70, 120])
    table.setStyle(spans)
    return pdf(path, [Paragraph("Minutes of the Accountability Conference \u2013 9 October 2027", H1),
                      Paragraph("2. Scrutiny questions", BOLD), table])


def test_an_item_row_titles_its_questions_without_its_label(tmp_path: Path) -> None:
    """"Item 4: Burglary" gives the topic "Burglary"; a second column headed as a view, after the level's,
    holds sentences: the commentary."""
    path = _two_items(tmp_path / "notes.pdf", "Commissioner's view")
    assert sorted((d["question_number"], d["topic"], d["assurance"], d["commentary"])
                  for d in records(path)["assurance_decisions"]) == [
        ("PR1", "Burglary", "Assured", None),
        ("PR2", "Burglary", "Partly assured", "The Deputy Mayor expects the rate to rise."),
        ("PR3", "Robbery", "Not assured", "A plan is expected next quarter.")]
