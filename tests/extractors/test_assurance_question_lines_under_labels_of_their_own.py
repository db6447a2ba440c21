"""A question asked under a label ("Asked: ...?") whose answer and level
stand on lines under short labels of their own ("Heard: ...", "Judged:
Partly confident. He asked ..."): the last of those lines to give a level
(the pack's key's word or the vocabulary's, set apart) decides the
question, the words after the level its commentary, the lines before it
the answer without their labels, even where the answer opens with words a
level uses ("Not yet; ..."). Lines under labels giving no level decide
nothing."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, BOLD, H1, decision_fields, docx, pdf
from reportlab.platypus import Paragraph


_FIELDS = ("question_number", "question", "evidence_summary", "assurance", "commentary", "topic", "meeting_date")


def test_lines_of_enquiry_judged_in_the_words_of_the_packs_key_in_a_word_file(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes of the Performance Board, 12 March 2026", level=2)
    document.add_heading("Item 4: Anti-social behaviour", level=3)
    document.add_paragraph("For each line of enquiry the Commissioner says whether he is Confident (assured), "
                           "Partly confident (assured in part) or Not confident (not assured) in the answer.")
    for number, asked, heard, judged, comment in (
            ("1", "How many reports of anti-social behaviour were made this winter?",
             "Reports fell by a fifth against last winter.", "Confident", "The Commissioner thanked the team."),
            ("2", "Are repeat callers given a named officer?", "Only in two of the four districts.",
             "Partly confident", "He asked for the other districts to follow."),
            ("3", "Is the new case system in use?", "Not yet; training starts in the summer.",
             "Not confident", "He asked for a start date.")):
        document.add_heading(f"Line of enquiry {number}", level=3)
        document.add_paragraph(f"Asked: {asked}")
        document.add_paragraph(f"Heard: {heard}")
        paragraph = document.add_paragraph()
        paragraph.add_run(f"Judged: {judged}.").bold = True
        paragraph.add_run(f" {comment}")
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    assert decision_fields(path, *_FIELDS, sort=True) == [
        ("1", "How many reports of anti-social behaviour were made this winter?",
         "Reports fell by a fifth against last winter.", "Assured", "The Commissioner thanked the team.",
         "Anti-social behaviour", "2026-03-12"),
        ("2", "Are repeat callers given a named officer?", "Only in two of the four districts.", "Partly assured",
         "He asked for the other districts to follow.", "Anti-social behaviour", "2026-03-12"),
        ("3", "Is the new case system in use?", "Not yet; training starts in the summer.", "Not assured",
         "He asked for a start date.", "Anti-social behaviour", "2026-03-12"),
    ]


def test_a_question_under_its_label_judged_in_the_vocabularys_words_in_a_pdf(tmp_path: Path) -> None:
    path = pdf(tmp_path / "notes.pdf", [
        Paragraph("Notes of the Scrutiny Meeting held on 2 April 2026", H1),
        Paragraph("3. Road safety", BOLD),
        Paragraph("Asked: How many drink-driving arrests were made in December?", BODY),
        Paragraph("Heard: Ninety, ten more than the year before.", BODY),
        Paragraph("Found: Partially assured. The PCC asked for the figures by district.", BODY),
    ])
    assert decision_fields(path, *_FIELDS, sort=True) == [
        # a minuted question with no number of its own takes its item's (docs/gold-format.md)
        ("3", "How many drink-driving arrests were made in December?", "Ninety, ten more than the year before.",
         "Partly assured", "The PCC asked for the figures by district.", "Road safety", "2026-04-02"),
    ]


def test_labelled_lines_that_give_no_level_decide_nothing(tmp_path: Path) -> None:
    path = docx(tmp_path / "minutes.docx", [("h2", "Minutes of the Performance Board, 12 March 2026"),
                                             ("h3", "Item 4: Anti-social behaviour"),
                                             ("p", "Asked: Is the new case system in use?"),
                                             ("p", "Heard: Not yet; training starts in the summer."),
                                             ("p", "Noted: The Board will return to the system in June.")])
    assert decision_fields(path, *_FIELDS, sort=True) == []
