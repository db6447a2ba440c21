"""Minutes set out as one table, "Minute | Discussion | Action agreed": a
minute numbered whole ("3.") with a bold title ("Anti-social behaviour")
opens an item, and the minutes after it numbered as its paragraphs ("3.1",
"3.2") are that item's: a question each, its answer and its level. Each
question takes its minute's number ("3.1") and the item's title as its
topic, as do the actions agreed beside it and the notes' meeting (a
paragraph number is no title: it gave topics "1", "2"). A minute is an
item of its own: a level minuted in one ("The Commissioner was assured on
burglary") never takes the apologies minute above it, nor a sub-minute
another sub-minute's words or its item's title, as its question; a
Panel's "Questions to the Commissioner" minute, titled bold or not, holds
no scrutiny decision. On Word files and reportlab PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import records

from tests.ingest.pdf_builders import grid, para, story_pdf

_TITLE = "Minutes of the Performance Meeting held on 30 September 2043"
_HEADER = ["Minute", "Discussion", "Action agreed"]
# (number, the discussion's paragraphs, the first one bold, the action agreed)
_MINUTES = [
    ("1.", ["Apologies were received from the Assistant Chief Constable."], False, "None"),
    ("2.", ["The minutes of 29 July 2043 were agreed."], False, "None"),
    ("3.", ["Anti-social behaviour"], True, ""),
    ("3.1", ["How many reports of anti-social behaviour were made this year?", "Reports fell by 9% to 4,120.",
             "Assurance: Partly assured. The PCC wants the figures by ward."], True,
     "PM 43/61: Report anti-social behaviour by ward each quarter."),
    ("3.2", ["How are repeat callers identified?", "Call handlers flag a third call in a month.",
             "Assurance: Assured. The PCC thanked the control room."], True, "None"),
    ("4.", ["No other business was raised."], False, "None"),
]


def _minutes(path: Path, minutes: list[tuple[str, list[str], bool, str]]) -> Path:
    """Notes whose minutes are one table, a row a minute."""
    if path.suffix == ".pdf":
        rows = [_HEADER, *[[number, [para(text, bold=bold and at == 0) for at, text in enumerate(said)], action]
                           for number, said, bold, action in minutes]]
        path.write_bytes(story_pdf([para(_TITLE, size=14, bold=True), grid(rows, [50, 300, 140])]))
        return path
    document = Document()
    document.add_heading(_TITLE, level=2)
    table = document.add_table(rows=1 + len(minutes), cols=3)
    table.style = "Table Grid"
    for col, heading in enumerate(_HEADER):
        table.cell(0, col).text = heading
    for row, (number, said, bold, action) in enumerate(minutes, start=1):
        table.cell(row, 0).text = number
        cell = table.cell(row, 1)
        for at, text in enumerate(said):
            paragraph = cell.paragraphs[0] if at == 0 else cell.add_paragraph()
            paragraph.add_run(text).bold = bold and at == 0 or None
        table.cell(row, 2).text = action
    document.save(str(path))
    return path


@pytest.mark.parametrize("suffix", (".docx", ".pdf"))
def test_sub_minutes_number_their_questions_under_the_items_title(tmp_path: Path, suffix: str) -> None:
    found = records(_minutes(tmp_path / f"minutes{suffix}", _MINUTES))
    assert [(d["question_number"], d["topic"], d["assurance"]) for d in found["assurance_decisions"]] == [
        ("3.1", "Anti-social behaviour", "Partly assured"), ("3.2", "Anti-social behaviour", "Assured")]
    assert [a["topic"] for a in found["actions"]] == ["Anti-social behaviour"]
    assert [m["topic"] for m in found["meetings"]] == ["Anti-social behaviour"]


@pytest.mark.parametrize("suffix", (".docx", ".pdf"))
def test_a_level_minuted_in_one_minute_takes_no_other_minute_as_its_question(tmp_path: Path, suffix: str) -> None:
    minutes = [("1", ["Apologies were received from the Deputy Chief Constable."], False, ""),
               ("2", ["The minutes of the last meeting were agreed as a true record."], False, ""),
               ("3", ["The Chief Constable presented the neighbourhood crime report. The Commissioner was assured "
                      "on burglary."], False, ""),
               ("4", ["No other business was raised."], False, "")]
    found = records(_minutes(tmp_path / f"minutes{suffix}", minutes))["assurance_decisions"]
    assert not [d for d in found if d["question"].startswith(("Apologies", "The minutes"))]


@pytest.mark.parametrize("suffix", (".docx", ".pdf"))
def test_a_sub_minutes_level_takes_no_other_minutes_words_and_a_panels_questions_none(tmp_path: Path,
                                                                                    suffix: str) -> None:
    # the title plain, not bold: a whole minute's short first line titles it all the same
    minutes = [("2.", ["Questions to the Commissioner"], False, ""),
               ("2.1", ["Councillor Brown asked how 101 waits are scrutinised. The Commissioner said he was not "
                        "assured by the current waits."], False, ""),
               ("3.", ["Retail crime"], False, ""),
               ("3.1", ["The ACC presented the retail crime report. Shop theft rose by 12%."], False, ""),
               ("3.2", ["Members asked how retailers report crime. The Commissioner was partly assured by the "
                        "answer."], False, "")]
    found = records(_minutes(tmp_path / f"minutes{suffix}", minutes))["assurance_decisions"]
    assert not [d for d in found if d["question"].startswith(("Questions to", "The ACC", "Retail crime"))]
