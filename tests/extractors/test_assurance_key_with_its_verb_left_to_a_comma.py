"""Assurance decisions on a small real Word file: a key sentence whose
entries part at semicolons and say "means" only in the first, the later ones
leaving the verb to a comma ("Discharged means the Commissioner is assured;
Partly discharged, partly assured, and ...; Not discharged, not assured"),
keys the pack's own words in a column headed "Decision"; a column headed as
the decider's decision ("PCC decision") after the assessment put to the
decider ("OPCC assessment") is the decision: "Agreed" there takes the
assessment's level, a level of the decider's own overrides it."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import QUESTIONS_ASKED, decision_levels, question_table_notes, word_table


def test_a_key_leaving_means_to_a_comma_after_its_first_entry_keys_the_packs_own_words(tmp_path: Path) -> None:
    key = ("For each question the Commissioner records whether the Chief Constable has discharged it: Discharged "
           "means the Commissioner is assured; Partly discharged, partly assured, and the question returns to a "
           "later Board; Not discharged, not assured.")
    path = question_table_notes(tmp_path / "discharged.docx", ["Q", "Question", "Response", "Decision", "Comment"],
                                ["Not discharged", "Discharged", "Partly discharged"], before=[key])
    assert decision_levels(path) == [("1", "Not assured"), ("2", "Assured"), ("3", "Partly assured")]



def test_a_deciders_column_agreeing_with_the_assessment_beside_it_or_overriding_it(tmp_path: Path) -> None:
    # "Agreed" takes the assessment put to the decider; a level of the decider's own overrides it
    document = Document()
    document.add_heading("Minutes of the Performance Board held on 6 February 2029", level=2)
    document.add_heading("3. Roads policing", level=3)
    rows = [[str(n), asked, answer, assessed, decided, comment]
            for n, ((asked, answer, comment), assessed, decided)
            in enumerate(zip(QUESTIONS_ASKED * 2, ["Assured", "Partly assured", "Assured", "Not assured"],
                             ["Agreed", "Not assured", "Partly assured", "Agreed"]), start=1)]
    word_table(document, [["No.", "Question", "Force response", "OPCC assessment", "PCC decision", "PCC comment"],
                          *rows])
    path = tmp_path / "agreed.docx"
    document.save(str(path))
    assert decision_levels(path) == [("1", "Assured"), ("2", "Not assured"), ("3", "Partly assured"),
                                     ("4", "Not assured")]
