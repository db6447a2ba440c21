"""Question tables of released round 47's offices, on Word files: a
"Commissioner's verdict" column read through the verdict key (Positive /
Mixed / Negative), a question asked for information ("Not sought" over "no
verdict was sought") giving no decision; questions closed as Resolved /
Partly resolved / Unresolved under a key sentence whose lead-in runs into
its first outcome ("Each question is closed as Resolved (the Commissioner is
assured), ..."); and, in both, the questions' numbers ("Q1", "1.") in a first
column whose header cell is empty."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from files import decision_fields


def _notes(path: Path, key: str, header: tuple[str, ...], rows: list[tuple[str, str, str, str, str]]) -> Path:
    """Notes of one item: the key sentence, then a table of (number, question, answer, outcome in bold, the
    comment in italics under it in the same cell)."""
    document = Document()
    document.add_heading("Minutes of the Scrutiny and Assurance Board held on 17 April 2027", level=2)
    document.add_heading("Item 3 \u2013 Retail crime", level=3)
    document.add_paragraph().add_run(key).italic = True
    table = document.add_table(rows=1 + len(rows), cols=4)
    table.style = "Table Grid"
    for col, text in enumerate(header):
        table.cell(0, col).text = text
    for row, (number, question, answer, outcome, comment) in enumerate(rows, start=1):
        table.cell(row, 0).text, table.cell(row, 1).text, table.cell(row, 2).text = number, question, answer
        table.cell(row, 3).paragraphs[0].add_run(outcome).bold = True
        table.cell(row, 3).add_paragraph().add_run(comment).italic = True
    document.save(str(path))
    return path


_FIELDS = ("question_number", "assurance", "assurance_raw", "commentary")


def test_a_verdict_column_read_through_its_key_and_a_verdict_not_sought(tmp_path: Path) -> None:
    path = _notes(tmp_path / "minutes.docx",
                  "Verdict key \u2013 Positive: the Commissioner is assured. Mixed: partly assured; the Board will "
                  "return to the question. Negative: not assured.",
                  ("", "Line of questioning", "Force's answer", "Commissioner's verdict"),
                  [("Q1", "How has shoplifting changed?", "It rose by 14%.", "Positive",
                    "She asked to see it by town."),
                   ("Q2", "How many offences are attended?", "Attendance was 41%.", "Mixed", "She wants a breakdown."),
                   ("Q3", "How are prolific offenders managed?", "No shared list exists.", "Negative",
                    "She will write to the regional lead."),
                   ("Q4", "What does the force know about assaults on shop workers?", "182 were recorded.",
                    "Not sought", "Asked for information; no verdict was sought.")])
    assert decision_fields(path, *_FIELDS) == [("1", "Assured", "Positive", "She asked to see it by town."),
                                ("2", "Partly assured", "Mixed", "She wants a breakdown."),
                                ("3", "Not assured", "Negative", "She will write to the regional lead.")]


def test_resolved_outcomes_keyed_by_a_sentence_whose_lead_in_runs_into_the_first(tmp_path: Path) -> None:
    path = _notes(tmp_path / "notes.docx",
                  "Each question is closed as Resolved (the Commissioner is assured), Partly resolved (partly "
                  "assured) or Unresolved (not assured).",
                  ("", "Question", "Response", "Outcome"),
                  [("1.", "How is a missing child defined?", "The definition is checked.", "Resolved",
                    "The Commissioner was content."),
                   ("2.", "How fast are referrals made?", "They take nine days.", "Partly resolved",
                    "He asked for the times to come down."),
                   ("3.", "Is there a protocol with the councils?", "It is not signed yet.", "Unresolved",
                    "Unresolved until the protocol is signed.")])
    assert decision_fields(path, *_FIELDS) == [("1", "Assured", "Resolved", "The Commissioner was content."),
                                ("2", "Partly assured", "Partly resolved", "He asked for the times to come down."),
                                ("3", "Not assured", "Unresolved", "Unresolved until the protocol is signed.")]


def test_a_title_case_outcome_of_several_words_run_into_by_the_lead_in(tmp_path: Path) -> None:
    path = _notes(tmp_path / "notes.docx",
                  "Each question is closed as Not Resolved (not assured), Partly Resolved (partly assured) or "
                  "Resolved (assured).",
                  ("", "Question", "Response", "Outcome"),
                  [("1.", "How is a missing child defined?", "The definition is checked.", "Not Resolved",
                    "The Commissioner will return to it."),
                   ("2.", "How fast are referrals made?", "They take nine days.", "Partly Resolved",
                    "He asked for the times to come down."),
                   ("3.", "Is there a protocol with the councils?", "It is signed.", "Resolved",
                    "The Commissioner was content.")])
    decisions = decision_fields(path, *_FIELDS)
    assert decisions == [("1", "Not assured", "Not Resolved", "The Commissioner will return to it."),
                         ("2", "Partly assured", "Partly Resolved", "He asked for the times to come down."),
                         ("3", "Assured", "Resolved", "The Commissioner was content.")]
