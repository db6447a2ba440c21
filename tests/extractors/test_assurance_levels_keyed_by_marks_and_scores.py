"""Levels read only through the pack's own key, on real Word files and
reportlab PDFs: marks told apart by how many are printed ("✓✓" assured, "✓"
partly, "✗" not) keyed in a line or a table; scores of a 1-to-5 scale keyed
by a sentence that lists each band's scores ("a score of 4 or 5 means ...,
3 that ..., and 1 or 2 that ...") or by a table of bands ("4 or 5"); a key
table whose meaning ("– the Commissioner is not assured") decides over the
grade it explains ("Limited assurance")."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, H1, grid, pdf, records, word_table
from reportlab.platypus import Paragraph

# (number, question, answer, comment)
_ASKED = (("1", "How does the force identify repeat victims of nuisance?", "Every call is checked for history.",
           "The Commissioner was pleased."),
          ("2", "How long do case reviews take?", "Reviews took 31 days on average.",
           "The Commissioner asked for the reasons for delay."),
          ("3", "How does the force measure public confidence?", "It relies on a national survey.",
           "The Commissioner asked for a local measure."))
_EXPECTED = [("1", "Assured"), ("2", "Partly assured"), ("3", "Not assured")]
_HEADER = ["No.", "Question", "Answer", "Assurance", "Comment"]


def _word_pack(path: Path, key_line: str | None, key_table: list[list[str]] | None, decided: tuple[str, ...],
               header: list[str] = _HEADER) -> list[tuple]:
    """Notes with the key (a line, a table or both), then a question table
    whose decision cells print ``decided``: (number, level) of each decision."""
    document = Document()
    document.add_heading("Minutes of the Strategic Board held on 29 March 2027", level=2)
    document.add_heading("Minute 2 \u2013 Neighbourhood crime", level=3)
    if key_line:
        document.add_paragraph(key_line)
    if key_table:
        word_table(document, key_table)
    word_table(document, [header, *[[n, q, a, mark, c] for (n, q, a, c), mark in zip(_ASKED, decided)]])
    document.save(str(path))
    return _levels(path)


def _levels(path: Path) -> list[tuple]:
    return sorted((d["question_number"], d["assurance"]) for d in records(path)["assurance_decisions"])


def test_ticks_counted_against_a_key_line_split_by_bars(tmp_path: Path) -> None:
    key = ("Key: \u2713\u2713 the Commissioner is assured  |  \u2713 the Commissioner is partly assured and has asked "
           "for more information  |  \u2717 the Commissioner is not assured")
    assert _word_pack(tmp_path / "ticks.docx", key, None, ("\u2713\u2713", "\u2713", "\u2717")) == _EXPECTED


def test_stars_counted_against_a_key_table(tmp_path: Path) -> None:
    key = [["\u2605\u2605\u2605", "The Commissioner is assured."],
           ["\u2605\u2605", "The Commissioner is partly assured."],
           ["\u2605", "The Commissioner is not assured."]]
    found = _word_pack(tmp_path / "stars.docx", None, key, ("\u2605\u2605\u2605", "\u2605\u2605", "\u2605"))
    assert found == _EXPECTED


def test_ticks_of_a_pdf_set_in_zapf_dingbats_read_by_a_key_line(tmp_path: Path) -> None:
    """Helvetica has no tick: reportlab sets the marks in ZapfDingbats, which the PDF reader maps back."""
    rows = [["LOE", "Line of enquiry", "Summary of force response", "Outcome", "Commissioner's comments"],
            *[[f"LOE {n}", q, a, mark, c] for (n, q, a, c), mark in zip(_ASKED, ("\u2713\u2713", "\u2713", "\u2717"))]]
    path = pdf(tmp_path / "ticks.pdf", [
        Paragraph("Record of the Performance Board held on 14 March 2027", H1),
        Paragraph("2. Serious violence", H1),
        Paragraph("Outcome key: \u2713\u2713 \u2013 the Commissioner is assured; \u2713 \u2013 the Commissioner is "
                  "partly assured; \u2717 \u2013 the Commissioner is not assured.", BODY),
        grid(rows, [36, 120, 150, 50, 110])])
    assert [(n.removeprefix("LOE "), level) for n, level in _levels(path)] == _EXPECTED


def test_scores_keyed_by_a_sentence_listing_each_bands_scores(tmp_path: Path) -> None:
    key = ("The Commissioner scored each answer from 1 to 5: a score of 4 or 5 means the Commissioner is assured, "
           "3 that she is partly assured, and 1 or 2 that she is not assured.")
    header = ["No.", "Question", "Response", "Assurance score (1-5)", "Comment"]
    assert _word_pack(tmp_path / "scored.docx", key, None, ("5", "3", "2"), header) == _EXPECTED


def test_scores_keyed_by_a_sentence_of_bare_levels(tmp_path: Path) -> None:
    key = "Scores: a score of 4 or 5 means the Commissioner is assured; 3 partly; 1 or 2 not assured."
    header = ["No.", "Question", "Response", "Score", "Comment"]
    assert _word_pack(tmp_path / "bare.docx", key, None, ("4", "3", "1"), header) == _EXPECTED


def test_scores_keyed_by_a_table_of_bands(tmp_path: Path) -> None:
    key = [["Score", "Meaning"], ["4 or 5", "The Commissioner is assured."],
           ["3", "The Commissioner is partly assured."], ["1 or 2", "The Commissioner is not assured."]]
    header = ["No.", "Question", "Response", "Score", "Comment"]
    assert _word_pack(tmp_path / "bands.docx", None, key, ("5", "3", "2"), header) == _EXPECTED


def test_a_key_tables_meaning_decides_over_the_grade_it_explains(tmp_path: Path) -> None:
    """"2 | Limited assurance – the Commissioner is not assured": the pack
    keys Limited as not assured, whatever the word means elsewhere."""
    key = [["Score", "Meaning"], ["5", "Full assurance \u2013 the Commissioner is assured."],
           ["4", "Substantial assurance \u2013 the Commissioner is assured; minor points to follow up."],
           ["3", "Partial assurance \u2013 the Commissioner is partly assured."],
           ["2", "Limited assurance \u2013 the Commissioner is not assured."],
           ["1", "No assurance \u2013 the Commissioner is not assured."]]
    header = ["No.", "Question", "Response", "Score", "Comment"]
    assert _word_pack(tmp_path / "limited.docx", None, key, ("4", "3", "2"), header) == _EXPECTED

