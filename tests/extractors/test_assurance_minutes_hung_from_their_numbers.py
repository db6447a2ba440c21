"""Minutes hung from their numbers ("RSB 26/12", its questions as "12.1",
"12.2" sub-minutes), each question asked, answered and decided in one
paragraph: the question its opening sentence, the answer up to the
decider's sentence ("The Commissioner took limited assurance."), the words
after that sentence the commentary, the item the title run in bold after
the minute's number. A reportlab PDF prints the numbers in a column of
their own (the reader takes a table with no header); a Word file types
them before each paragraph. A question under its own label ("Question 4:
...?") asked, answered and decided in one paragraph takes the label's
number, not its item's, and no label in its words."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import H1, decision_fields, hung_minutes, pdf, records
from reportlab.platypus import Paragraph

MINUTES = [
    ("RSB 26/11", "", "Apologies were given by the Head of Finance. No interests were declared."),
    ("RSB 26/12", "Burglary.", "The Assistant Chief Constable introduced the report and answered in turn."),
    ("12.1", "", "<i>How many burglaries of homes were solved this year?</i> The rate rose to 9 per cent from 6 per "
                 "cent. The Commissioner took substantial assurance. He praised the work of the rapid response team."),
    ("12.2", "", "<i>Are victims visited within two days?</i> Four visits in five are made within two days. The "
                 "Commissioner took limited assurance. He asked why one visit in five is late."),
    ("12.3", "", "<i>How are stolen goods traced?</i> Each district keeps its own list of second-hand dealers. The "
                 "Commissioner took no assurance, as no list had been checked this year."),
    ("RSB 26/13", "", "The next Board will meet on 2 June 2026."),
]

EXPECTED = [
    ("12.1", "How many burglaries of homes were solved this year?", "The rate rose to 9 per cent from 6 per cent.",
     "Assured", "He praised the work of the rapid response team.", "Burglary"),
    ("12.2", "Are victims visited within two days?", "Four visits in five are made within two days.",
     "Partly assured", "He asked why one visit in five is late.", "Burglary"),
    # the decider's sentence saying more than the level is the commentary itself
    ("12.3", "How are stolen goods traced?", "Each district keeps its own list of second-hand dealers.",
     "Not assured", "The Commissioner took no assurance, as no list had been checked this year.", "Burglary"),
]


_FIELDS = ("question_number", "question", "evidence_summary", "assurance", "commentary", "topic")


def test_minutes_in_a_column_beside_their_numbers_in_a_pdf(tmp_path: Path) -> None:
    path = pdf(tmp_path / "minutes.pdf", [
        Paragraph("Minutes of the Resources and Scrutiny Board held on 5 May 2026", H1),
        hung_minutes(MINUTES),
    ])
    assert decision_fields(path, *_FIELDS, sort=True) == EXPECTED
    assert {d["meeting_date"] for d in records(path)["assurance_decisions"]} == {"2026-05-05"}


def test_minutes_typed_after_their_numbers_in_a_word_file(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes of the Resources and Scrutiny Board held on 5 May 2026", level=2)
    for number, title, text in MINUTES:
        paragraph = document.add_paragraph(f"{number} ")
        if title:
            paragraph.add_run(f"{title} ").bold = True
        question, _, rest = text.removeprefix("<i>").partition("</i>")
        if rest:
            paragraph.add_run(question).italic = True
        paragraph.add_run(rest or text)
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    assert decision_fields(path, *_FIELDS, sort=True) == EXPECTED


def test_a_minute_asking_with_no_decider_level_decides_nothing(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes of the Resources and Scrutiny Board held on 5 May 2026", level=2)
    paragraph = document.add_paragraph("RSB 26/12 ")
    paragraph.add_run("Burglary. ").bold = True
    paragraph.add_run("The report was presented.")
    document.add_paragraph("12.1 How many burglaries of homes were solved this year? The rate rose to 9 per cent. "
                           "The Commissioner thanked the team.")
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    assert decision_fields(path, *_FIELDS, sort=True) == []


def test_a_labelled_question_decided_in_its_paragraph_takes_its_labels_number_not_its_items(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Notes of the Scrutiny Meeting held on 8 June 2026", level=2)
    document.add_heading("3. Contact management", level=3)
    document.add_paragraph("Question 3: How quickly are emergency calls answered? Nine in ten within ten seconds. "
                           "The PCC was partly assured.")
    document.add_paragraph("Question 4: Is the online reporting form working? It has run without a fault since "
                           "March. The PCC was assured and thanked the contact team.")
    path = tmp_path / "notes.docx"
    document.save(str(path))
    assert decision_fields(path, *_FIELDS, sort=True) == [
        ("3", "How quickly are emergency calls answered?", "Nine in ten within ten seconds.", "Partly assured",
         None, "Contact management"),
        ("4", "Is the online reporting form working?", "It has run without a fault since March.", "Assured",
         "The PCC was assured and thanked the contact team.", "Contact management"),
    ]
