"""Minutes that ask their questions in prose and give the levels apart: a
closing summary listing every question's level on one line, a semicolon
between the entries ("Q1 – Assured; Q2 – Partly assured; Q3 – Not
assured"), decides each question it names; the decider's view whose level
closes with a bracketed qualifier before the comment ("Commissioner's view:
Assured (with caveats). He asked ...") gives that level, partial, and the
comment; a rating's label ("Rating: Amber") sets its level apart as a
level's label does."""

from __future__ import annotations

from pathlib import Path

from files import QUESTIONS_ASKED, decision_fields, docx, records


def _asked(views: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    lines = [("h2", "Minutes of the Accountability Board held on 14 April 2027"), ("h3", "3. Neighbourhood crime")]
    for number, (question, answer, _) in enumerate(QUESTIONS_ASKED, start=1):
        lines += [("p", f"Question {number}: {question}"), ("p", answer)]
        lines += [("p", views[number - 1])] if views else []
    return lines


_FIELDS = ("question_number", "question", "evidence_summary", "assurance", "commentary")


def _decided(path: Path) -> list[tuple]:
    """Every field the level's reading sets: the question's, its level, the level as printed, the commentary."""
    return [(d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["assurance_raw"],
             d["commentary"]) for d in records(path)["assurance_decisions"]]


def test_a_summary_line_listing_each_questions_level_decides_them_all(tmp_path: Path) -> None:
    summary = "Q1 \u2013 Assured; Q2 \u2013 Partly assured; Q3 \u2013 Not assured."
    path = docx(tmp_path / "minutes.docx", [*_asked(), ("h3", "Summary of assurance"), ("p", summary)])
    assert decision_fields(path, *_FIELDS) == [
        (str(number), question, answer, level, None)
        for number, ((question, answer, _), level) in enumerate(
            zip(QUESTIONS_ASKED, ("Assured", "Partly assured", "Not assured")), start=1)]


def test_a_view_whose_level_closes_with_a_bracketed_qualifier(tmp_path: Path) -> None:
    views = ("Commissioner's view: Assured (with caveats). He asked for monthly figures.",
             "Commissioner's view: Not yet assured.", "Commissioner's view: Assured.")
    assert _decided(docx(tmp_path / "minutes.docx", _asked(views))) == [
        ("1", *QUESTIONS_ASKED[0][:2], "Partly assured", "Assured (with caveats)", "He asked for monthly figures."),
        ("2", *QUESTIONS_ASKED[1][:2], "Not assured", "Not yet assured", None),
        ("3", *QUESTIONS_ASKED[2][:2], "Assured", "Assured", None)]


def test_a_rating_label_under_each_question_gives_its_colours_level(tmp_path: Path) -> None:
    views = ("Rating: Green", "Rating: Amber", "Rating: Red")
    assert _decided(docx(tmp_path / "minutes.docx", _asked(views))) == [
        (str(number), *asked[:2], level, view.removeprefix("Rating: "), None)
        for number, (asked, level, view) in enumerate(
            zip(QUESTIONS_ASKED, ("Assured", "Partly assured", "Not assured"), views), start=1)]
