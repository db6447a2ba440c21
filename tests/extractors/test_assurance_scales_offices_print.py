"""The assurance scales offices, panels and internal auditors print, each read
as a user expects (Assured, Partly assured, Not assured) with the printed
word kept, on real Word files and reportlab PDFs run through the pipeline:
a pack of a question table whose decision column prints one scale, a row
for each of its steps. Where the pack prints its own key, the key decides;
words that are a level only in an assurance column (a RAG word in a
performance table, "limited" in the evidence, "met" or "effective" in
prose) decide nothing elsewhere. "Met" and "Confident" are read only
through a key (tests/extractors/test_assurance_own_scales_keyed_in_the_notes.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, H1, docx, grid, pdf, records, word_table
from reportlab.platypus import Paragraph

_QUESTIONS = ("How many officers completed the new domestic abuse training this year?",
              "How is stalking risk assessed when a victim first calls?",
              "What has been done to cut the backlog of seized digital devices?",
              "How are repeat victims of hate crime identified and supported?",
              "Why did the charge rate for residential burglary fall in the quarter?")
_ANSWER = "The force set out its figures for the year and the work under way."
_COMMENT = "The Commissioner asked for an update at the next meeting."

A, P, N = "Assured", "Partly assured", "Not assured"

# (what the scale is, the decision column's heading, each step as printed and the level a user reads it as)
_SCALES = (
    ("internal audit's four steps", "Level of assurance",
     (("Substantial", A), ("Reasonable", A), ("Limited", P), ("No assurance", N))),
    ("significant to none", "Level of assurance", (("Significant", A), ("Moderate", P), ("Limited", P), ("None", N))),
    ("full to nil", "Level of assurance", (("Full", A), ("Partial", P), ("Minimal", N), ("Nil", N))),
    ("high, medium, low", "Confidence", (("High", A), ("Medium", P), ("Low", N))),
    ("levels of confidence", "Level of assurance",
     (("High confidence", A), ("Medium confidence", P), ("Limited confidence", P), ("Low confidence", N))),
    ("assured with recommendations", "Assurance",
     (("Assured", A), ("Assured with recommendations", P), ("Not assured", N))),
    ("satisfactory to unsatisfactory", "Assurance",
     (("Satisfactory", A), ("Requires improvement", P), ("Unsatisfactory", N))),
    ("good to inadequate", "Assurance", (("Good", A), ("Adequate", A), ("Inadequate", N))),
    ("effectiveness", "Assurance",
     (("Effective", A), ("Partially effective", P), ("Ineffective", N), ("Not effective", N))),
    ("fully to not assured", "Assurance",
     (("Fully assured", A), ("Largely assured", A), ("Partly assured", P), ("Not assured", N))),
    ("degrees of being assured, printed alone", "Assurance",
     (("Fully", A), ("Mostly", A), ("Largely", A), ("Partly", P), ("Not", N))),
    ("mostly assured and little assurance", "Assurance",
     (("Mostly assured", A), ("Broadly assured", A), ("Generally assured", A), ("Little assurance", N),
      ("Little or no assurance", N))),
    ("acceptable or not", "Assurance", (("Acceptable", A), ("Unacceptable", N))),
    ("reassured", "Assurance", (("Reassured", A), ("Partly reassured", P), ("Not reassured", N))),
    ("an answer to whether assured", "Assured?", (("Yes", A), ("Partially", P), ("No", N))),
    ("rating colours with no key", "Assurance level", (("Green", A), ("Amber", P), ("Red", N))),
    ("five rating colours, a blend the less assured", "Assurance level",
     (("Green", A), ("Amber/Green", P), ("Amber", P), ("Amber-Red", N), ("Red", N))),
    ("yes or no for short", "Is the PCC assured?", (("Y", A), ("N", N))),
    ("a yes granted in part", "Assurance given?",
     (("Yes \u2013 partially", P), ("Yes (in part)", P), ("Yes \u2013 with caveats", P), ("Yes", A))),
    ("a level and the giving of it", "Assurance",
     (("Substantial assurance provided", A), ("Partial assurance given", P), ("Limited assurance provided", P),
      ("No assurance was given", N))),
    ("a rating's number and its word", "Assurance rating",
     (("Level 1 \u2013 Substantial", A), ("3 \u2013 Reasonable", A), ("2 (Limited)", P), ("1 - None", N))),
    ("any case or hyphen", "Assurance",
     (("PARTIALLY ASSURED", P), ("not Assured", N), ("Part-assured", P), ("FULL ASSURANCE", A))),
)

# (what the key does, the key line the pack prints, the decision column's heading, steps as printed and their level)
_KEYED = (
    ("a blue step above green", "Key: Blue \u2013 the Commissioner is fully assured; Green \u2013 the Commissioner is "
     "assured; Amber \u2013 the Commissioner is partly assured; Red \u2013 the Commissioner is not assured.",
     "Assurance level", (("Blue", A), ("Green", A), ("Amber", P), ("Red", N))),
    ("a stricter reading of audit's steps", "Key: Substantial \u2013 the Commissioner is assured; Reasonable \u2013 "
     "the Commissioner is partly assured; Limited \u2013 the Commissioner is not assured.",
     "Level of assurance", (("Substantial", A), ("Reasonable", P), ("Limited", N))),
    ("sentences saying what each degree means", "The Commissioner's level of assurance is recorded as Fully, "
     "Mostly, Partly or Not assured. Fully means the Commissioner is assured; Mostly and Partly mean the Commissioner "
     "is partly assured; Not means the Commissioner is not assured.", "Assurance",
     (("Fully", A), ("Mostly", P), ("Partly", P), ("Not", N))),
    ("numbers, 1 the best", "Assurance scale: 1 \u2013 Full assurance; 2 \u2013 Reasonable assurance; "
     "3 \u2013 Limited assurance; 4 \u2013 No assurance.", "Score", (("1", A), ("2", A), ("3", P), ("4", N))),
    ("numbers, 5 the best", "Scores: 5 = fully assured, 4 = assured, 3 = partly assured, 2 = not assured, "
     "1 = not assured.", "Score", (("5", A), ("3", P), ("1", N))),
)


def _rows(header: str, printed: list[str]) -> list[list[str]]:
    return [["No.", "Question", "Summary of response", header, "Comment"],
            *[[str(n), _QUESTIONS[(n - 1) % len(_QUESTIONS)], _ANSWER, word, _COMMENT]
              for n, word in enumerate(printed, start=1)]]


def _word_pack(path: Path, header: str, printed: list[str], key: str | None = None) -> Path:
    """Minutes with an optional key line and one numbered question table printing ``printed`` as the levels."""
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 3 February 2027", level=2)
    if key:
        document.add_paragraph(key)
    document.add_heading("1. Public protection", level=3)
    word_table(document, _rows(header, printed))
    document.save(str(path))
    return path


def _pdf_pack(path: Path, header: str, printed: list[str]) -> Path:
    """The same minutes as a reportlab PDF."""
    return pdf(path, [Paragraph("Minutes of the Accountability Board held on 3 February 2027", H1),
                      Paragraph("1. Public protection", H1),
                      grid(_rows(header, printed), [30, 150, 130, 90, 110]),
                      Paragraph("The meeting closed at 12:30.", BODY)])


def _levels(path: Path) -> list[tuple[str, str | None, str | None]]:
    """(question number, level, as printed) of each decision, in question order."""
    return sorted((d["question_number"], d["assurance"], d["assurance_raw"])
                  for d in records(path)["assurance_decisions"])


def _expected(steps: tuple[tuple[str, str], ...]) -> list[tuple[str, str, str]]:
    """The decisions ``steps`` print, as printed but for a dash, which the reader makes a hyphen."""
    return sorted((str(n), level, printed.replace("\u2013", "-")) for n, (printed, level) in enumerate(steps, start=1))


@pytest.mark.parametrize(("header", "steps"), [(header, steps) for _, header, steps in _SCALES],
                         ids=[name for name, _, _ in _SCALES])
def test_each_step_of_an_offices_scale_is_read_as_a_user_expects(tmp_path: Path, header: str,
                                                                  steps: tuple[tuple[str, str], ...]) -> None:
    path = _word_pack(tmp_path / "pack.docx", header, [printed for printed, _ in steps])
    assert _levels(path) == _expected(steps)


@pytest.mark.parametrize("name", ["effectiveness", "a level and the giving of it", "levels of confidence",
                                  "fully to not assured"])
def test_the_scales_read_in_a_pdf_as_in_word(tmp_path: Path, name: str) -> None:
    _, header, steps = next(scale for scale in _SCALES if scale[0] == name)
    path = _pdf_pack(tmp_path / "pack.pdf", header, [printed for printed, _ in steps])
    assert _levels(path) == _expected(steps)


@pytest.mark.parametrize(("key", "header", "steps"), [(key, header, steps) for _, key, header, steps in _KEYED],
                         ids=[name for name, *_ in _KEYED])
def test_the_packs_own_key_decides_over_the_vocabulary(tmp_path: Path, key: str, header: str,
                                                       steps: tuple[tuple[str, str], ...]) -> None:
    path = _word_pack(tmp_path / "pack.docx", header, [printed for printed, _ in steps], key)
    assert _levels(path) == _expected(steps)


def test_scale_words_elsewhere_in_the_minutes_decide_nothing(tmp_path: Path) -> None:
    """A RAG column of a performance table, "limited" and "no" in the
    evidence and the comments, and "met", "effective", "satisfied" and
    "confident" in prose are no decisions; only the question table's
    column gives levels."""
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 3 February 2027", level=2)
    document.add_heading("1. Performance", level=3)
    document.add_paragraph("The Chief Constable presented the performance report.")
    word_table(document, [["Measure", "Target", "Actual", "RAG"],
                          ["999 calls answered within 10 seconds", "90%", "92%", "Green"],
                          ["Burglary charge rate", "10%", "6%", "Red"],
                          ["Victim satisfaction", "80%", "77%", "Amber"]])
    document.add_paragraph("The force said the new triage process was effective and that every target was met.")
    document.add_paragraph("The Commissioner was satisfied with the explanation and confident in the plan.")
    document.add_paragraph("Effective.")
    document.add_paragraph("No questions were raised on the budget.")
    document.add_heading("2. Public protection", level=3)
    word_table(document, [["No.", "Question", "Summary of response", "Level of assurance", "Comment"],
                          ["1", _QUESTIONS[1], "The control room has limited capacity but uses a checklist.",
                           "Assured", "No further action."],
                          ["2", _QUESTIONS[2], "No change since the last quarter; the target was not met.",
                           "Partially assured", "No."],
                          ["3", _QUESTIONS[3], "Red flags mark them; the service was rated Inadequate in 2022.",
                           "Not assured", _COMMENT]])
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    found = sorted((d["question_number"], d["topic"], d["assurance"], d["assurance_raw"], d["evidence_summary"],
                    d["commentary"]) for d in records(path)["assurance_decisions"])
    assert found == [
        ("1", "Public protection", A, "Assured", "The control room has limited capacity but uses a checklist.",
         "No further action."),
        ("2", "Public protection", P, "Partially assured", "No change since the last quarter; the target was not met.",
         "No."),
        ("3", "Public protection", N, "Not assured", "Red flags mark them; the service was rated Inadequate in 2022.",
         _COMMENT)]


def test_the_ticked_or_bold_option_of_an_offices_scale_is_the_level(tmp_path: Path) -> None:
    """A decision cell printing the scale's options, one ticked or set in
    bold, takes that option, also of a scale whose words are levels only as
    its options ("Full / Partial / None"); a form left blank or ticked twice
    decides nothing, and never the first option by default."""
    cells = ("\u2610 Full \u2610 Partial \u2612 None", "\u2610 Effective \u2612 Partially effective \u2610 Ineffective",
             "\u2610 Yes \u2612 Partly \u2610 No", "\u2610 Full \u2610 Partial \u2610 None",
             "\u2612 Full \u2610 Partial \u2612 None", None)
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 3 February 2027", level=2)
    document.add_heading("1. Public protection", level=3)
    table = document.add_table(rows=len(cells) + 1, cols=4)
    table.style = "Table Grid"
    for col, text in enumerate(("No.", "Question", "Summary of response", "Assurance")):
        table.cell(0, col).text = text
    for row, cell in enumerate(cells, start=1):
        for col, text in enumerate((str(row), _QUESTIONS[(row - 1) % len(_QUESTIONS)], _ANSWER)):
            table.cell(row, col).text = text
        if cell:
            table.cell(row, 3).text = cell
            continue
        paragraph = table.cell(row, 3).paragraphs[0]
        for option, bold in (("Full", False), (" / ", False), ("Partial", True), (" / ", False), ("None", False)):
            paragraph.add_run(option).bold = bold or None
    path = tmp_path / "ticked.docx"
    document.save(str(path))
    assert [found for found in _levels(path) if found[1]] == [
        ("1", N, "None"), ("2", P, "Partially effective"), ("3", P, "Partly"), ("6", P, "Partial")]


def test_a_labelled_line_of_an_offices_scale_in_the_minutes(tmp_path: Path) -> None:
    """Minutes that state each level after an assurance label, as a word of
    the office's scale or a ticked box of it."""
    stated = ("Level of assurance: \u2610 Substantial \u2610 Reasonable \u2612 Limited \u2610 None",
              "Assurance: \u2610 Effective \u2612 Partially effective \u2610 Ineffective",
              "Assurance: Largely.", "Assurance level: Limited assurance given.", "Assurance: Yes \u2013 partially.")
    blocks = [("h2", "Minutes of the Accountability Board held on 3 February 2027")]
    for number, line in enumerate(stated, start=1):
        blocks += [("h3", f"{number}. {('Stalking', 'Burglary', 'Hate crime', 'Custody', 'Road safety')[number - 1]}"),
                   ("p", f"Question: {_QUESTIONS[number - 1]}"), ("p", f"Response: {_ANSWER}"), ("p", line)]
    path = docx(tmp_path / "minutes.docx", blocks)
    found = sorted((d["topic"], d["assurance"], d["assurance_raw"]) for d in records(path)["assurance_decisions"])
    assert found == sorted([("Stalking", P, "Limited"), ("Burglary", P, "Partially effective"),
                            ("Hate crime", A, "Largely"), ("Custody", P, "Limited assurance given"),
                            ("Road safety", P, "Yes - partially")])
