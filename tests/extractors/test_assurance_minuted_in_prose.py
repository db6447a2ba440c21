"""Round 35 (samples/corpus/scrutiny-round35, issue 4) and the review of
round 36: assurance decisions minuted in prose, on small real Word files
and reportlab PDFs. A minuted sentence closing with a full stop ("3.1 The
Assistant Chief Constable presented the paper.", "Apologies were
received.") is no item's title, whether bold in a numbered list or read
as a heading, so it never becomes the topic of the decisions below it. A
question taken for information, no level sought, is no decision."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, BOLD, H1, pdf, records, word_table
from reportlab.platypus import Paragraph

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


# (minute, question, answer, level as printed, remark, level)
_MINUTES = (("4.1", "How many neighbourhood officers were moved to response duties this year?",
             "Abstractions fell from 310 shifts to 190.", "Strong", "She asked for the figures each quarter.",
             "Assured"),
            ("4.2", "Why do ward panels in the east meet less often than elsewhere?",
             "The force accepted that three panels had lapsed.", "Adequate",
             "She wants the panels restarted by spring.", "Partly assured"),
            ("4.3", "How are community contact sessions evaluated?", "No evaluation has been carried out.",
             "Weak", "An evaluation is to be commissioned.", "Not assured"))


def test_each_numbered_minute_is_a_question_its_level_read_through_the_items_key(tmp_path: Path) -> None:
    """Numbered minutes, the questions in italics: each "4.n" minute is a
    question whatever its styling, decided by the level line closing it;
    the key in the item's opening minute decides ("Adequate (partly
    assured)", though the vocabulary reads "adequate assurance" as
    assured), the key's first entry running on from its sentence."""
    document = Document()
    document.add_heading("Minutes of the Oversight Board \u2013 12 May 2027", level=2)
    _bold_numbered(document, "Minutes and actions")
    document.add_paragraph("3.1 The minutes of the previous meeting were agreed.")
    _bold_numbered(document, "Neighbourhood policing")
    document.add_paragraph("4.0 The Deputy Mayor's assessment of each answer is Strong (assured), Adequate (partly "
                           "assured) or Weak (not assured).")
    for minute, question, answer, printed, remark, _ in _MINUTES:
        document.add_paragraph().add_run(f"{minute} {question}").italic = True
        document.add_paragraph(answer)
        document.add_paragraph(f"DMPC assessment: {printed}. {remark}")
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    found = [(d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"],
              d["topic"]) for d in records(path)["assurance_decisions"]]
    assert found == [(minute, question, answer, level, remark, "Neighbourhood policing")
                     for minute, question, answer, _, remark, level in _MINUTES]


# (question, answer, level): the summary names them by number in its own order
_SUMMED = (("How quickly are reports of stalking triaged?", "Every report is triaged within a day.", "Assured"),
           ("How many stalking protection orders were granted?", "The force obtained 41 orders.", "Partly assured"),
           ("What training have call handlers received on stalking?", "All call handlers completed it.", "Assured"),
           ("Why are victims not told when a suspect is released?", "The force could not say.", "Not assured"))


def test_levels_given_only_by_reference_in_a_closing_summary(tmp_path: Path) -> None:
    """The level appears only in the chair's summary closing the item,
    each question named by "(Qn)", in the words of the key sentence at
    the top of the item ("High (he is assured), ..."): each question takes
    the level its clause gives, its answer the evidence."""
    flow = [Paragraph("Minutes of the Scrutiny Board held on 6 April 2027", H1),
            Paragraph("<b>4. Stalking</b>", BODY),
            Paragraph("The Commissioner records his confidence in each answer as High (he is assured), Medium (he "
                      "is partly assured) or Low (he is not assured).", BODY)]
    for number, (question, answer, _) in enumerate(_SUMMED, start=1):
        flow += [Paragraph(f"<b>Q{number} \u2013 {question}</b>", BOLD), Paragraph(answer, BODY)]
    flow.append(Paragraph(
        "<b>Chair's summary.</b> The Commissioner thanked the force. He had low confidence on victim updates (Q4) "
        "until the new process is in place. He had high confidence in the answers on triage (Q1) and training "
        "(Q3), and medium confidence on protection orders (Q2).", BODY))
    path = pdf(tmp_path / "minutes.pdf", flow)
    found = sorted((d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["topic"], d["page"])
                   for d in records(path)["assurance_decisions"])
    assert found == [(str(number), question, answer, level, "Stalking", 1)
                     for number, (question, answer, level) in enumerate(_SUMMED, start=1)]


# (question, answer, confidence, further scrutiny, remark or None, level)
_CARDS = (("How many burglaries were attended within an hour?", "Officers attended 88 per cent within the hour.",
           "90%", "No", "He asked for the figure by district.", "Assured"),
          ("What has been done about repeat burglary victims?", "A crime prevention visit is offered to each.",
           "55%", "Yes \u2013 return in March", "He wants to see take-up of the visits.", "Partly assured"),
          ("How many burglaries were solved?", "The force could not give a solved rate.",
           "20%", "Yes \u2013 written answer in a month", None, "Not assured"),
          ("How are victims kept informed?", "Each victim is called within five days.",
           "70%", "No", "He was content.", "Assured"))


def test_question_cards_read_through_a_key_of_percentage_bands(tmp_path: Path) -> None:
    """A card per question ("Question card N", then "Question:", "Force
    response:", "Confidence level: 90%", "Further scrutiny required: No",
    "PCC's remarks:" label lines, the short ones in bold read as headings):
    the percentage is read through the bands keyed in one sentence ("70% or
    more means he is assured", on the boundary assured); the flag is
    neither level nor commentary, the remarks are the commentary."""
    flow = [Paragraph("Public Accountability Meeting", H1),
            Paragraph("The Commissioner records his confidence in each answer as a percentage: 70% or more means he "
                      "is assured; 35% to 69% means he is partly assured; below 35% means he is not assured.", BODY),
            Paragraph("Minutes of the Public Accountability Meeting \u2013 9 March 2027", H1),
            Paragraph("<b>3. Burglary</b>", BODY),
            Paragraph("The Chief Constable presented the paper. The cards below set out each question.", BODY)]
    for number, (question, answer, confidence, further, remark, _) in enumerate(_CARDS, start=1):
        flow += [Paragraph(f"Question card {number}", BOLD),
                 Paragraph(f"<b>Question:</b> {question}", BODY),
                 Paragraph(f"<b>Force response:</b> {answer}", BODY),
                 # some cards print the short label lines bold throughout: the backend reads them as headings
                 Paragraph(f"<b>Confidence level: {confidence}</b>" if number % 2 else
                           f"<b>Confidence level:</b> {confidence}", BODY),
                 Paragraph(f"<b>Further scrutiny required: {further}</b>" if number % 2 else
                           f"<b>Further scrutiny required:</b> {further}", BODY)]
        if remark:
            flow.append(Paragraph(f"<b>PCC's remarks:</b> {remark}", BODY))
    path = pdf(tmp_path / "cards.pdf", flow)
    found = [(d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"], d["topic"])
             for d in records(path)["assurance_decisions"]]
    assert found == [(str(number), question, answer, level, remark, "Burglary")
                     for number, (question, answer, _, _, remark, level) in enumerate(_CARDS, start=1)]


def test_a_sentence_after_a_levels_dash_is_commentary(tmp_path: Path) -> None:
    """"Assurance: Assured – Good progress on outcomes." gives its sentence
    as the commentary; a short lower-case phrase after the dash
    ("– further update requested") only qualifies the level."""
    document = Document()
    document.add_heading("Notes of the Accountability Board held on 3 March 2027", level=2)
    document.add_heading("Item 5 \u2013 Rural crime", level=3)
    for number, (question, answer, level) in enumerate(
            (("How many rural crimes were solved?", "Nine per cent were solved.",
              "Assured \u2013 Good progress on outcomes."),
             ("How is the team kept free of abstractions?", "It was abstracted on 23 shifts.",
              "Partially assured \u2013 further update requested")), start=1):
        document.add_paragraph(f"Question {number} \u2013 {question}")
        document.add_paragraph(f"Response: {answer}")
        document.add_paragraph(f"Assurance: {level}")
    path = tmp_path / "notes.docx"
    document.save(str(path))
    found = [(d["assurance"], d["commentary"]) for d in records(path)["assurance_decisions"]]
    assert found == [("Assured", "Good progress on outcomes."), ("Partly assured", None)]


def test_a_question_taken_for_information_gives_no_decision_and_the_next_opens_its_own(tmp_path: Path) -> None:
    """A minute whose questions are each "Question N:" paragraphs, the
    answer, then the Commissioner's sentence giving the level; one is
    "taken for information and no assurance level was sought": it gives no
    record, and the question after it is decided alone by its own sentence
    (neither takes the other's words or level)."""
    document = Document()
    document.add_heading("Minutes of the meeting held on 11 January 2028", level=2)
    document.add_heading("12/29 Rural crime", level=3)
    document.add_paragraph("The Inspector presented the report.")
    for paragraph in ("Question 1: How many rural crimes were solved?", "One in nine led to a charge.",
                      "The Commissioner said she was assured by the improvement.",
                      "Question 2: What is the strength of the taskforce?", "It has 21 officers.",
                      "This question was taken for information and no assurance level was sought.",
                      "Question 3: How are farmers who are repeat victims supported?",
                      "There is no process to identify them.",
                      "The Commissioner was not assured and asked for a proposal."):
        document.add_paragraph(paragraph)
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    assert sorted((d["question_number"], d["topic"], d["question"], d["evidence_summary"], d["assurance"])
                  for d in records(path)["assurance_decisions"]) == [
        ("1", "Rural crime", "How many rural crimes were solved?", "One in nine led to a charge.", "Assured"),
        ("3", "Rural crime", "How are farmers who are repeat victims supported?", "There is no process to identify them.",
         "Not assured")]
