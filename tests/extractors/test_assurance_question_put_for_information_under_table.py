"""A question the notes say was put for information, on a small real
reportlab PDF: a decisions table gives each question's level, one row's
level cell holding only "N/A", and a line under the table says "Question 3
was asked for information and no assurance level was sought". That question
has no decision; the others keep theirs, a deferred one included."""

from __future__ import annotations

from pathlib import Path

from files import BODY, BOLD, H1, grid, pdf, records
from reportlab.platypus import Paragraph

# (question, response, level cell, comment, canonical level or None)
_ROWS = (("How many stalking protection orders were applied for?", "Twenty-two orders were applied for.",
          "Assured", "The Commissioner welcomed the rise.", "Assured"),
         ("How are victims of stalking kept informed?", "Victims get a named officer.",
          "Partially assured", "The Commissioner asked for a survey.", "Partly assured"),
         ("How many officers have completed the new stalking course?", "Nine hundred officers have done so.",
          "N/A", "", None),
         ("How are referrals to specialist services checked?", "An audit will report in June.",
          "Not assessed", "Deferred until the audit reports.", None))


def test_a_question_the_notes_say_was_put_for_information_has_no_decision(tmp_path: Path) -> None:
    rows = [["No.", "Question", "Response", "Assurance", "Comment"]]
    rows += [[str(number), question, response, level, comment]
             for number, (question, response, level, comment, _) in enumerate(_ROWS, start=1)]
    path = pdf(tmp_path / "notes.pdf", [
        Paragraph("Notes of the Performance Meeting held on 14 March 2027", H1),
        Paragraph("3. Stalking", BOLD),
        grid(rows, [25, 130, 130, 70, 110]),
        Paragraph("<i>Question 3 was asked for information and no assurance level was sought.</i>", BODY),
        Paragraph("Actions", BOLD)])
    assert sorted((d["question_number"], d["question"], d["assurance"])
                  for d in records(path)["assurance_decisions"]) == [
        (str(number), question, level) for number, (question, _, _, _, level) in enumerate(_ROWS, start=1)
        if number != 3]
