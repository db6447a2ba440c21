"""A borderless table whose last row a page break carries whole to the next
page, no header repeated there and nothing more of the table under it (one
row: too little for the page alone to find columns by), keeps the row: it
fills the table's columns from their edges and opens with a reference of
the kind every row's first cell holds. A line opening the next page under a
table that ended at the page's foot is no row of it where it fills fewer
columns than every row does (a signature and a date), opens with words
where the rows open with references, or runs across the columns (a
paragraph)."""

from __future__ import annotations

import pytest
from reportlab.platypus import Spacer

from pathlib import Path

from pipeline.layout import Table
from tests.extractors.files import records
from tests.ingest.pdf_builders import borderless, para, read, story_pdf

TRACKER = [["Ref", "Action", "Status"],
           ["PAB 1", "Write to the council about the farm watch scheme.", "Complete"],
           ["PAB 2", "Report the trackers fitted this year to the next Board.", "Open"],
           ["PAB 3", "Set out the costs of the rural patrols.", "Open"]]
WRAPPED = [*TRACKER[:3], ["PAB 3", "Set out the costs of the rural patrols and of the trackers fitted to machines on "
                                   "registered farms since the spring.", "Open"]]


def _pack(rows: list[list[str]], filler: float, after: str = "The Board thanked the team.") -> list:
    return [para("3. Rural crime", 12, True), Spacer(1, filler), borderless(rows, [60, 330, 80]), para(after),
            para("4. Any other business", 12, True)]


def _squashed(rows: list[list[str]]) -> list[list[str]]:
    return [[" ".join(cell.split()) for cell in row] for row in rows]


@pytest.mark.parametrize(("rows", "filler"), [(TRACKER, 596), (TRACKER, 608), (WRAPPED, 590)],
                         ids=["one line", "one line lower", "wrapped"])
def test_a_row_carried_whole_to_the_next_page_stays_in_its_table(rows: list[list[str]], filler: float) -> None:
    doc = read(story_pdf(_pack(rows, filler)))
    (table,) = doc.tables()
    assert _squashed(table.grid()) == rows
    assert table.pages == (1, 2) and {c.prov.page for c in table.cells if c.row == 3} == {2}
    assert not table.continued_rows  # a row of its own, not the end of one the break split
    assert [b.text for b in doc.blocks if not isinstance(b, Table)][-2:] == ["The Board thanked the team.",
                                                                            "Any other business"]


def test_a_signature_line_opening_the_next_page_is_no_row() -> None:
    """The table ends at the page's foot; the signature and its date fall on two of its three column edges."""
    signature = "Chair: A. Member" + "&nbsp;" * 31 + "Date: 14 March 2031"
    doc = read(story_pdf(_pack(TRACKER, 590, after=signature)))
    (table,) = doc.tables()
    assert _squashed(table.grid()) == TRACKER and table.pages == (1,)
    assert any(" ".join(b.text.split()) == "Chair: A. Member Date: 14 March 2031" for b in doc.blocks
               if not isinstance(b, Table))


AGENDA = [["No.", "Item", "Lead"], ["1.", "Welcome and apologies", "Chair"],
          ["2.", "Rural crime", "Chief Inspector"], ["3.", "Any other business", "Chair"]]
MINUTE = "4." + "&nbsp;" * 14 + "Date of the next meeting agreed."


def _agenda(filler: float) -> list:
    return [para("Agenda", 12, True), Spacer(1, filler), borderless(AGENDA, [60, 330, 80]), para(MINUTE)]


@pytest.mark.parametrize("filler", [596, 608], ids=["one row carried", "two rows carried"])
def test_numbered_rows_carried_whole_stay_in_their_table_and_the_minute_under_them_apart(filler: float) -> None:
    """The second case leaves a header and one row on the page before, the lead of the first row carried
    wrapped over two lines ("Chief" / "Inspector"). The notes' next minute under the rows, its number where
    the agenda's numbers stand and its words under the item column, leaves the lead column empty: no row."""
    doc = read(story_pdf(_agenda(filler)))
    (table,) = doc.tables()
    assert _squashed(table.grid()) == AGENDA and table.pages == (1, 2)
    assert " ".join(doc.blocks[-1].text.split()) == "Date of the next meeting agreed."


def test_a_numbered_minute_opening_the_next_page_is_no_row_of_the_agenda_above() -> None:
    """The agenda ends at the page's foot; the minute opens the next page."""
    doc = read(story_pdf(_agenda(580)))
    (table,) = doc.tables()
    assert _squashed(table.grid()) == AGENDA and table.pages == (1,)
    assert doc.blocks[-1].prov.page == 2 and " ".join(doc.blocks[-1].text.split()) == "Date of the next meeting agreed."


LOG = [["Ref", "Date raised", "Action", "Update", "Status"],
       ["PAB 31/01", "3 March 2031", "Write to the council about the farm watch scheme.", "Letter sent in April.",
        "Complete"],
       ["PAB 31/02", "3 March 2031", "Report the trackers fitted this year to the next Board.", "Figures due in June.",
        "Open"],
       ["PAB 31/03", "3 March 2031", "Set out the costs of the rural patrols.", "Costs agreed.", "Complete"]]


def test_two_wrapped_rows_carried_whole_are_two_actions_with_their_statuses(tmp_path: Path) -> None:
    """The page alone reads each carried row as a table of its own, its wrapped line ("2031" | "this year to
    the next Board.") a row: they were actions of their own with no number and status unknown. A signature
    line under the log is no action."""
    path = tmp_path / "log.pdf"
    path.write_bytes(story_pdf([para("Police Accountability Board", 14, True), para("Action log", 12, True),
                                Spacer(1, 560), borderless(LOG, [70, 70, 150, 110, 60]),
                                para("Chair: A. Member" + "&nbsp;" * 30 + "Date: 14 March 2031")]))
    actions = records(path)["actions"]
    assert [(a["number"], a["text"], a["status"], a["page"]) for a in actions] == [
        ("PAB 31/01", LOG[1][2], "complete", 1), ("PAB 31/02", LOG[2][2], "outstanding", 2),
        ("PAB 31/03", LOG[3][2], "complete", 2)]
