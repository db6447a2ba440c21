"""An agenda announced by a line that dates the meeting ("Agenda – <date>,
<time>, <venue>") over typed "N.<tab>Title (Lead: role)" paragraphs: the
line is the pack's own meeting (its date the document's, not that of the
notes reprinted below), each paragraph an agenda item whose bracketed
"Lead:" names its presenter; an item with no bracket has none. A real Word file."""

from __future__ import annotations

from pathlib import Path

from files import docx, records

ITEMS = [("1", "Welcome and apologies", "Police and Crime Commissioner"),
         ("2", "Notes of the last meeting and action log", "Head of Governance, OPCC"),
         ("3", "Rural crime: progress on the action plan", "Chief Superintendent"),
         ("4", "Contact management performance", "Head of Contact"),
         ("5", "Any other business", None)]


def _pack(tmp_path: Path) -> Path:
    agenda = [("p", f"{number}.\t{title}" + (f" (Lead: {lead})" if lead else "")) for number, title, lead in ITEMS]
    return docx(tmp_path / "pack.docx", [
        ("b", "Police and Crime Commissioner for Lincolnshire"),
        ("h1", "Strategic Oversight Board"),
        ("p", "Agenda – Thursday 9 March 2028, 14:00, Force Headquarters"),
        *agenda,
        ("p", "Papers are circulated a week before the meeting."),
        ("h1", "Notes of the Strategic Oversight Board – 12 January 2028"),
        ("h2", "1. Apologies"),
        ("p", "Apologies were received from the Chief Finance Officer."),
        ("h2", "2. Knife crime"),
        ("p", "The Superintendent presented the paper and took questions."),
    ])


def test_typed_items_under_a_dated_agenda_line_name_their_lead_in_brackets(tmp_path: Path) -> None:
    found = records(_pack(tmp_path))["agenda_items"]

    assert [(a["number"], a["title"], a["presenter"]) for a in found] == ITEMS
    assert {a["meeting_date"] for a in found} == {"2028-03-09"}


def test_the_dated_agenda_line_is_the_packs_own_meeting_and_dates_the_document(tmp_path: Path) -> None:
    found = records(_pack(tmp_path))

    assert found["documents"][0]["meeting_date"] == "2028-03-09"
    assert sorted((m["meeting_date"], m["title"]) for m in found["meetings"]) == [
        ("2028-01-12", "Notes of the Strategic Oversight Board - 12 January 2028"),
        ("2028-03-09", "Strategic Oversight Board")]
