"""A decision cell giving the level after "Assurance provided:" (released
round 47, Cambridgeshire): the words after the label are the level, read
through the office's own key ("Full (assured), Qualified (partly assured)
or Nil (not assured)"), never the label's own words as a level ("assurance
provided" is Assured only without a colon after it); a level deferred after
the label ("Assurance provided: Deferred to the May Board") is a decision
with no level, its words kept as printed and the comment under it the
commentary."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from files import QUESTIONS_ASKED, records

_VIEWS = ("Assurance provided: Full", "Assurance provided: Qualified", "Assurance provided: Nil",
          "Assurance provided: Deferred to the May Board")


def test_the_level_after_an_assurance_provided_label_is_read_through_the_key(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Notes of the Business Coordination Board held on 28 February 2027", level=2)
    document.add_heading("4. Stalking and harassment", level=3)
    document.add_paragraph().add_run(
        "The Commissioner records the assurance provided by each answer as Full (assured), Qualified (partly "
        "assured: further evidence is wanted) or Nil (not assured).").italic = True
    questions = [*QUESTIONS_ASKED, ("Is the force ready for the new guidance?", "A gap analysis has started.",
                                    "The Commissioner will give his view once the gap analysis is complete.")]
    table = document.add_table(rows=1 + len(questions), cols=3)
    table.style = "Table Grid"
    for col, text in enumerate(("No.", "Question and response", "Commissioner's view")):
        table.cell(0, col).text = text
    for row, ((question, answer, comment), view) in enumerate(zip(questions, _VIEWS), start=1):
        table.cell(row, 0).text = f"4.{row}"
        table.cell(row, 1).paragraphs[0].add_run(question).bold = True
        table.cell(row, 1).add_paragraph(answer)
        table.cell(row, 2).text = view
        table.cell(row, 2).add_paragraph().add_run(comment).italic = True
    document.save(str(tmp_path / "notes.docx"))
    assert [(d["question_number"], d["assurance"], d["assurance_raw"], d["commentary"])
            for d in records(tmp_path / "notes.docx")["assurance_decisions"]] == [
        ("4.1", "Assured", "Full", QUESTIONS_ASKED[0][2]),
        ("4.2", "Partly assured", "Qualified", QUESTIONS_ASKED[1][2]),
        ("4.3", "Not assured", "Nil", QUESTIONS_ASKED[2][2]),
        ("4.4", None, "Deferred to the May Board", questions[3][2])]
