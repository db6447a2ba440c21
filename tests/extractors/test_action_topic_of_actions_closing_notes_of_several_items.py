"""One "Actions" heading set under the last of several items of earlier
notes, the actions listed under it and again in the log: the actions close
the notes, not the last item, and take no item's topic. Where each item has
its own "Actions" heading, each item's actions take its title. The same
with "Actions:" typed as a plain line, not a heading. On a Word file and the
PDF LibreOffice makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import AS_PUBLISHED, published, records, word_table

ITEMS = [("3. Missing children", "The force set out its return interviews.",
          "RB 27/01 Send the list of care homes with the most missing reports to the council."),
         ("4. Online child abuse", "The force set out its device backlog.",
          "RB 27/02 Bring a business case for a temporary digital examiner.")]


def _label(document: Document, plain: bool) -> None:
    """The "Actions" label over an item's or the notes' actions: a heading, or a plain line."""
    if plain:
        document.add_paragraph("Actions:")
    else:
        document.add_heading("Actions", level=3)


def _topics(path: Path, form: str, each_item: bool, plain: bool = False) -> list[tuple[str, str | None]]:
    document = Document()
    document.add_heading("Resources Board", level=1)
    document.add_paragraph("Tuesday 4 March 2027 at 10.00 am, Headquarters")
    document.add_heading("Minutes of the Resources Board held on 9 January 2027", level=1)
    for title, minute, action in ITEMS:
        document.add_heading(title, level=2)
        document.add_paragraph(minute)
        if each_item:
            _label(document, plain)
            document.add_paragraph(action)
    if not each_item:
        _label(document, plain)
        for _title, _minute, action in ITEMS:
            document.add_paragraph(action)
    document.add_heading("Action log", level=1)
    word_table(document, [["Ref", "Raised", "Action", "Update"],
                          *[[action[:8], "09/01/2027", action[9:], "In hand."] for _t, _m, action in ITEMS]])
    found = records(published(document, path, form))["actions"]
    return sorted((a["number"], a["topic"]) for a in found)


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("plain", [False, True], ids=["heading", "plain line"])
def test_actions_after_the_last_of_several_items_take_no_items_topic(tmp_path: Path, form: str, plain: bool) -> None:
    assert _topics(tmp_path / "pack.docx", form, each_item=False, plain=plain) == [
        ("RB 27/01", None), ("RB 27/02", None)]


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("plain", [False, True], ids=["heading", "plain line"])
def test_each_items_own_actions_take_its_title(tmp_path: Path, form: str, plain: bool) -> None:
    assert _topics(tmp_path / "pack.docx", form, each_item=True, plain=plain) == [
        ("RB 27/01", "Missing children"), ("RB 27/02", "Online child abuse")]
