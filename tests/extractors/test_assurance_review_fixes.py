"""Findings of the assurance review, on real Word files and PDFs: a tick beside
crosses in level columns ("\u2713 | \u2717 | \u2717") is the tick's level; a
numbered summary table ("No. | Assurance") keys no rating number; a minutes
sentence naming topics before "assured" is no key of level words, nor is
one naming ratings with their levels in brackets."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, BOLD, H1, pdf, records, word_table
from reportlab.platypus import Paragraph

_LEVELS = ("Assured", "Partially assured", "Not assured")
_CANONICAL = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}
# (number, question, answer, the marks under Assured | Partially assured | Not assured)
_MARKED = (("1", "How many officers completed the new training?", "All 412 officers completed it.",
            ("\u2713", "\u2717", "\u2717")),
           ("2", "How is stalking risk assessed at first contact?", "Call handlers use a structured checklist.",
            ("\u2717", "\u2714", "\u2717")),
           ("3", "What has been done to cut the backlog of digital devices?", "The backlog has grown to 900.",
            ("\u2718", "\u2718", "\u2713")),
           ("4", "Are victims updated within the Code's deadlines?", "Compliance is not yet measured.",
            ("\u2717", "\u2717", "\u2717")))


def _marked_notes(path: Path) -> Path:
    document = Document()
    document.add_heading("Notes of the Accountability Board held on 9 March 2027", level=2)
    document.add_heading("5. Public protection", level=3)
    word_table(document, [["No.", "Question", "Force response", *_LEVELS],
                          *([number, question, answer, *marks] for number, question, answer, marks in _MARKED)])
    document.save(str(path))
    return path


def test_a_tick_beside_crosses_is_the_ticks_level_and_crosses_alone_decide_nothing(tmp_path: Path) -> None:
    found = {d["question_number"]: d["assurance"]
             for d in records(_marked_notes(tmp_path / "notes.docx"))["assurance_decisions"]}
    assert found == {"1": "Assured", "2": "Partly assured", "3": "Not assured", "4": None}


_ASKED = (("How many burglaries were solved this year?", "The solved rate rose to 9 per cent."),
          ("How quickly are burglary scenes attended?", "Most scenes are attended within a day."),
          ("Are repeat victims offered target hardening?", "The scheme has had no funding since April."))


def _rated_notes(path: Path, key_line: str | None, key_table: list[list[str]] | None = None,
                 summary: list[list[str]] | None = None) -> dict[str, tuple]:
    """Notes of one item rated by number (Question | Response | Rating "3", "2", "1"), after
    ``key_line`` and ``key_table``, closed by ``summary``: question -> (level, as printed)."""
    document = Document()
    document.add_heading("Scrutiny Board", level=1)
    if key_line:
        document.add_paragraph(key_line)
    if key_table:
        word_table(document, key_table)
    document.add_heading("Notes of the Scrutiny Board held on 3 February 2027", level=2)
    document.add_heading("2. Burglary", level=3)
    word_table(document, [["Question", "Response", "Rating"],
                          *[[question, answer, rating] for (question, answer), rating in zip(_ASKED, "321")]])
    if summary:
        document.add_paragraph("Summary of outcomes")
        word_table(document, summary)
    document.save(str(path))
    return {d["question"]: (d["assurance"], d["assurance_raw"])
            for d in records(path)["assurance_decisions"] if d["question"] in dict(_ASKED)}


_SUMMARY = [["No.", "Assurance"], ["1", "Assured"], ["2", "Partially assured"], ["3", "Not assured"]]


def test_a_numbered_summary_table_is_no_key_over_the_key_line(tmp_path: Path) -> None:
    """A closing summary numbering its outcomes ("1 | Assured") keys no rating
    number: the key line's reading of "3", "2", "1" stands."""
    found = _rated_notes(tmp_path / "notes.docx",
                         "Rating key: 3 \u2013 Full assurance; 2 \u2013 Limited assurance; 1 \u2013 No assurance.",
                         summary=_SUMMARY)
    assert found == {_ASKED[0][0]: ("Assured", "3"), _ASKED[1][0]: ("Partly assured", "2"),
                     _ASKED[2][0]: ("Not assured", "1")}


def test_a_rating_key_table_still_keys_its_numbers(tmp_path: Path) -> None:
    """The key table's shapes: a number, its level and what it means
    ("3 | Full assurance | Controls ..."), or a two-column table headed as a scale."""
    explained = [["Rating", "Assurance", "What it means"],
                 ["3", "Full assurance", "Controls are strong and tested."],
                 ["2", "Limited assurance", "Gaps remain in controls."],
                 ["1", "No assurance", "Controls are absent."]]
    headed = [["Assurance scale", ""], ["3", "Full assurance"], ["2", "Limited assurance"], ["1", "No assurance"]]
    expected = {_ASKED[0][0]: ("Assured", "3"), _ASKED[1][0]: ("Partly assured", "2"),
                _ASKED[2][0]: ("Not assured", "1")}
    assert _rated_notes(tmp_path / "explained.docx", None, explained) == expected
    assert _rated_notes(tmp_path / "headed.docx", None, headed) == expected


def _columns_notes(path: Path, paragraph: str, columns: tuple[str, str, str]) -> list[tuple]:
    """Minutes holding ``paragraph``, then a table ticking one of ``columns`` in each
    row: (question, level, as printed) of each decision."""
    document = Document()
    document.add_heading("Minutes of the Police Accountability Board held on 8 April 2027", level=2)
    document.add_heading("3. Resources", level=3)
    document.add_paragraph(paragraph)
    word_table(document, [["Question", "Response", *columns],
                          *[[question, answer, *("\u2713" if col == row else "" for col in range(3))]
                            for row, (question, answer) in enumerate(_ASKED)]])
    document.save(str(path))
    return sorted((d["question"], d["assurance"], d["assurance_raw"])
                  for d in records(path)["assurance_decisions"])


def test_a_minuted_sentence_naming_topics_is_no_key(tmp_path: Path) -> None:
    """Topics before dashes in a minute ("Finance – the Commissioner was
    assured ...; Estates – ...") are no levels: columns they head decide nothing."""
    minute = ("Finance \u2013 the Commissioner was assured that spending is on plan; Estates \u2013 the "
              "Commissioner was not assured about the custody suite; Fleet \u2013 the Commissioner was partly "
              "assured.")
    assert _columns_notes(tmp_path / "notes.docx", minute, ("Finance", "Estates", "Fleet")) == []


def test_a_key_line_defining_outcomes_in_words_is_read(tmp_path: Path) -> None:
    key = ("Outcome key: Met \u2013 the Commissioner is assured; Partly met \u2013 the Commissioner is partly "
           "assured; Not met \u2013 the Commissioner is not assured.")
    assert _columns_notes(tmp_path / "notes.docx", key, ("Met", "Partly met", "Not met")) == sorted([
        (_ASKED[0][0], "Assured", "Met"), (_ASKED[1][0], "Partly assured", "Partly met"),
        (_ASKED[2][0], "Not assured", "Not met")])


def test_a_question_numbered_in_a_table_of_its_own_takes_no_agenda_items_answer(tmp_path: Path) -> None:
    """A table "No. | Question | Assurance level" numbers its own questions:
    its question 3 is not agenda item 3, so the answer and title of minutes
    item "3." (the PCC asking about missing children) are none of its."""
    document = Document()
    document.add_heading("Police Accountability Board", level=0)
    document.add_paragraph("Date: 12 March 2027")
    document.add_heading("Minutes", level=1)
    document.add_heading("3. Missing people", level=2)
    document.add_paragraph("The PCC asked how many missing children were found within 24 hours. "
                           "The force reported that most were found the same day.")
    document.add_heading("Assurance summary", level=1)
    word_table(document, [["No.", "Question", "Assurance level"],
                          ["1", "Is the force recording crime accurately?", "Assured"],
                          ["3", "Is the custody estate fit for purpose?", "Not assured"]])
    path = tmp_path / "summary.docx"
    document.save(str(path))
    found = {d["question_number"]: d for d in records(path)["assurance_decisions"]}
    assert (found["3"]["question"], found["3"]["assurance"]) == ("Is the custody estate fit for purpose?", "Not assured")
    assert (found["3"]["evidence_summary"], found["3"]["topic"]) == (None, None)


def test_a_shared_decision_cells_sentence_opening_with_a_number_carries_on_the_entry_above(tmp_path: Path) -> None:
    """A decision cell merged over questions 1 and 2 gives each its numbered
    entry ("1 – Assured", "2 – Partially assured"); a line under them
    opening with a count ("2 officers remain under review") is no entry of
    question 2 but the rest of the entry above: question 2 keeps its level,
    the line is its commentary as printed."""
    document = Document()
    document.add_heading("Police Accountability Board", level=0)
    document.add_paragraph("Date: 12 March 2027")
    document.add_heading("Scrutiny of misconduct", level=1)
    word_table(document, [["No.", "Question", "Force response", "Assurance level"],
                          ["1", "Are misconduct cases concluded promptly?", "Most cases close within a year.", ""],
                          ["2", "Are officers under investigation restricted?", "Restrictions are reviewed monthly.", ""]])
    shared = document.tables[-1].cell(1, 3).merge(document.tables[-1].cell(2, 3))
    shared.paragraphs[0].text = "1 \u2013 Assured"
    shared.add_paragraph("2 \u2013 Partially assured")
    shared.add_paragraph("2 officers remain under review")
    path = tmp_path / "shared.docx"
    document.save(str(path))
    found = {d["question_number"]: d for d in records(path)["assurance_decisions"]}
    assert [(found[n]["assurance"], found[n]["commentary"]) for n in ("1", "2")] == [
        ("Assured", None), ("Partly assured", "2 officers remain under review")]


def test_a_comment_run_on_in_the_answer_is_the_deciders_only_where_its_label_names_the_decider(
        tmp_path: Path) -> None:
    """A question cell holding the answer ("Line of enquiry and response"):
    the force's own "Comment: the figures exclude ..." run on in its answer
    stays the evidence; "PCC comment: ..." run on in the same way is the
    PCC's commentary."""
    document = Document()
    document.add_heading("Record of the Accountability Panel held on 2 June 2026", level=1)
    word_table(document, [["Line of enquiry and response", "Assessment"], ["", "Assured"], ["", "Partially assured"]])
    cells = [document.tables[-1].cell(row, 0) for row in (1, 2)]
    cells[0].paragraphs[0].text = "1. How many misconduct cases were closed?"
    cells[0].add_paragraph("The force closed 40 cases. Comment: the figures exclude transferred cases.")
    cells[1].paragraphs[0].text = "2. How long do appeals take?"
    cells[1].add_paragraph("Appeals take 90 days. PCC comment: the PCC asked for quarterly figures.")
    path = tmp_path / "panel.docx"
    document.save(str(path))
    found = [(d["evidence_summary"], d["assurance"], d["commentary"]) for d in records(path)["assurance_decisions"]]
    assert found == [
        ("The force closed 40 cases. Comment: the figures exclude transferred cases.", "Assured", None),
        ("Appeals take 90 days.", "Partly assured", "the PCC asked for quarterly figures.")]


def test_a_minuted_level_naming_ratings_in_brackets_is_no_key_and_decides_its_question(tmp_path: Path) -> None:
    """"The Commissioner was assured: she rated the response Good (assured)
    and the plan Adequate (partly assured)." minutes a decision: its
    bracketed levels are no scale offered as alternatives ("... or Weak
    (not assured)"), so the line is no key; it closes Q1, which does not run
    on into Q2."""
    flow = [Paragraph("Minutes of the Accountability Board held on 6 April 2027", H1),
            Paragraph("3. Custody", BOLD),
            Paragraph("Q1. How many detainees waited over an hour to be booked in?", BODY),
            Paragraph("The force reported 41 such waits in the quarter.", BODY),
            Paragraph("The Commissioner was assured: she rated the response Good (assured) and the plan Adequate "
                      "(partly assured).", BODY),
            Paragraph("Q2. What has the new healthcare contract achieved?", BODY),
            Paragraph("The force reported that the contract began in March.", BODY),
            Paragraph("The Commissioner was not assured by the answer.", BODY)]
    path = pdf(tmp_path / "minutes.pdf", flow)
    assert sorted((d["question_number"], d["assurance"], d["evidence_summary"])
                  for d in records(path)["assurance_decisions"]) == [
        ("1", "Assured", "The force reported 41 such waits in the quarter."),
        ("2", "Not assured", "The force reported that the contract began in March.")]
