"""Assurance levels on an office's own scale, keyed in the words of its
notes, on small real reportlab PDFs: a decision column headed in the
pack's own words ("Expectation met?") known by its cells, each a level
of the key the item's lead-in sentence gives after a colon ("Met – the
Commissioner is assured; Partially met – ... and expects further work;
...")."""

from __future__ import annotations

from pathlib import Path

from files import BODY, BOLD, H1, docx, grid, pdf, records
from reportlab.platypus import Paragraph

# (ref, question, response, outcome as printed, comment, canonical level)
_EXPECTATIONS = (("4.1", "How many stalking protection orders were applied for?", "Twenty-two orders were applied for.",
                  "Met", "The Commissioner welcomed the rise.", "Assured"),
                 ("4.2", "How quickly are stalking victims contacted?", "Most victims are contacted within two days.",
                  "Partially met", "Contact must be quicker for high-risk victims.", "Partly assured"),
                 ("4.3", "How are breaches of orders enforced?", "Breaches are not yet recorded separately.",
                  "Not met", "", "Not assured"))
_LEAD_IN = ("The Commissioner set three questions in advance. For each the Board records whether her expectation "
            "was met: Met \u2013 the Commissioner is assured; Partially met \u2013 the Commissioner is partly assured "
            "and expects further work; Not met \u2013 the Commissioner is not assured.")


def _expectations(path: Path, lead_in: str) -> Path:
    rows = [["Ref", "Question", "Response", "Expectation met?", "Commissioner's comment"],
            *[[ref, question, response, outcome, comment] for ref, question, response, outcome, comment, _
              in _EXPECTATIONS]]
    return pdf(path, [Paragraph("Notes of the Strategic Assurance Board held on 3 May 2027", H1),
                      Paragraph("4. Stalking", BOLD), Paragraph(lead_in, BODY),
                      grid(rows, [35, 120, 130, 75, 120])])


def test_a_column_headed_in_the_packs_own_words_decides_by_the_key_of_its_lead_in(tmp_path: Path) -> None:
    """Each row is a decision: the outcome read by the lead-in's key
    (whose meaning may run on after the level, "and expects further
    work"), the comment the commentary, an empty one none."""
    path = _expectations(tmp_path / "notes.pdf", _LEAD_IN)
    assert sorted((d["question_number"], d["topic"], d["question"], d["evidence_summary"], d["assurance"],
                   d["assurance_raw"], d["commentary"]) for d in records(path)["assurance_decisions"]) == [
        (ref, "Stalking", question, response, level, outcome, comment or None)
        for ref, question, response, outcome, comment, level in _EXPECTATIONS]


def test_without_the_key_the_packs_own_words_decide_nothing(tmp_path: Path) -> None:
    """"Met" is no level of the vocabulary: with no key, the column is no decision column."""
    path = _expectations(tmp_path / "notes.pdf", "The Commissioner set three questions in advance.")
    assert records(path)["assurance_decisions"] == []


# (question, response, level as the summary prints it, comment, canonical level)
_BANDED = (("How has the time to charge changed?", "The median fell to 300 days.", "Substantial", "Progress noted.",
            "Assured"),
           ("Why do victims withdraw support?", "The reasons are not recorded.", "Limited", "Reasons must be recorded.",
            "Not assured"),
           ("How are trained officers deployed?", "Ten posts are vacant.", "Moderate", "", "Partly assured"))


def test_a_scale_banded_in_a_sentence_decides_over_the_vocabulary(tmp_path: Path) -> None:
    """"Full or Substantial (he is assured), Moderate (partly assured),
    Limited or None (not assured)": each word of a band takes the band's
    level, so "Limited" (partly assured in the vocabulary) is Not assured
    here; the summary's bullets decide the questions by number."""
    blocks = [("h1", "Minutes of the Police Accountability Forum held on 13 December 2027"),
              ("h2", "3. Serious sexual offences")]
    for number, (question, response, *_) in enumerate(_BANDED, start=1):
        blocks += [("p", f"Question {number}: {question}"), ("p", f"Response: {response}")]
    blocks += [("h3", "Summary of assurance"),
               ("p", "The Commissioner rates each answer on a five-point scale: Full or Substantial (he is assured), "
                     "Moderate (partly assured), Limited or None (not assured).")]
    blocks += [("li", f"Question {number} \u2013 {level}.{' ' + comment if comment else ''}")
               for number, (_, _, level, comment, _) in enumerate(_BANDED, start=1)]
    path = docx(tmp_path / "minutes.docx", blocks)
    assert sorted((d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["assurance_raw"],
                   d["commentary"]) for d in records(path)["assurance_decisions"]) == [
        (str(number), question, response, canonical, level, comment or None)
        for number, (question, response, level, comment, canonical) in enumerate(_BANDED, start=1)]
