"""Round 35 (samples/corpus/scrutiny-round35, issue 4) and the review of
round 36: assurance decisions minuted in prose, on small real Word files
and reportlab PDFs. A minuted sentence closing with a full stop ("3.1 The
Assistant Chief Constable presented the paper.", "Apologies were
received.") is no item's title, whether bold in a numbered list or read
as a heading, so it never becomes the topic of the decisions below it."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import records, word_table

_ASKED = (("How many people were seriously injured on the roads this year?", "There were 312, against 338.",
           "Assured", "The trend is well evidenced."),
          ("What enforcement has been carried out since April?", "1,946 offences were detected.",
           "Partially assured", "Enforcement must be kept up."))


def _bold_numbered(document: Document, text: str) -> None:
    """A bold item of Word's numbered list, as minutes number their items."""
    document.add_paragraph(style="List Number").add_run(text).bold = True


def test_a_minuted_sentence_is_no_item_title_whatever_its_styling(tmp_path: Path) -> None:
    """Under the item "Road safety", a bold numbered sentence and a
    sentence set in a heading style are minutes: the decisions keep the
    item's title as topic."""
    document = Document()
    document.add_heading("Notes of the Business Board held on 14 September 2027", level=2)
    _bold_numbered(document, "Apologies")
    _bold_numbered(document, "Apologies were received.")
    _bold_numbered(document, "Road safety")
    document.add_heading("3.1 The Assistant Chief Constable presented the paper. The questions are recorded below.",
                         level=3)
    _bold_numbered(document, "The Chief Constable presented the report.")
    word_table(document, [["No.", "Question", "Response", "Assurance level", "PCC comment"],
                          *[[str(n), *asked] for n, asked in enumerate(_ASKED, start=1)]])
    path = tmp_path / "notes.docx"
    document.save(str(path))
    found = [(d["question"], d["topic"]) for d in records(path)["assurance_decisions"]]
    assert found == [(question, "Road safety") for question, *_ in _ASKED]
