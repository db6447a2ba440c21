"""Actions minuted under an item's own label and printed again in the log on
a later page are one action each, of the log's reference, stated on the
minutes' page and dated by the minuted meeting: a numbered list under
"Actions agreed under this item:", a sentence "Agreed actions: RB 27/14 –
...; RB 27/15 – ...", a line "Action agreed: ...". The same words where
they set no action ("Actions agreed under this item were added to the log.",
"Agreed actions: none.", "Action agreed: None.") add no action. On a Word
file and the PDF LibreOffice makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_BREAK
from files import AS_PUBLISHED, published, records, word_table

SHARE = "Share the recruitment plan for the rural hub with the OPCC."
AUDIT = "Audit the response times of the rural hubs."
# the log prints no date: the minute dates the actions
LOG = [["Ref", "Action", "Update", "Status"],
       ["RB 27/14", SHARE, "Plan shared on 2 February.", "Complete"],
       ["RB 27/15", AUDIT, "Audit starts in April.", "Open"]]


def _pack(path: Path, form: str, minute: list[tuple[str, str]]) -> list[dict]:
    """A cover sheet (p1), the minutes of 14 January 2027 with ``minute`` ((style, text) paragraphs) under
    their one item (p2), and the log (p3)."""
    document = Document()
    document.add_heading("Resources Board", level=1)
    document.add_paragraph("4 March 2027, 10:00, Police Headquarters")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("Minutes of the Resources Board – 14 January 2027", level=2)
    document.add_heading("3. Rural crime", level=3)
    document.add_paragraph("The force set out its plans for the rural hubs.")
    for style, text in minute:
        document.add_paragraph(text, style=style)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("Action log", level=2)
    word_table(document, LOG)
    return sorted(records(published(document, path, form))["actions"], key=lambda a: a["number"] or "")


LISTED = [("Normal", "Actions agreed under this item:"),
          ("List Number", SHARE), ("List Number", AUDIT)]
IN_A_SENTENCE = [("Normal", "Agreed actions: RB 27/14 – the force to share the recruitment plan for the rural hub "
                            "with the OPCC; RB 27/15 – audit the response times of the rural hubs.")]
LABELLED = [("Normal", f"Action agreed: {SHARE}")]
UNDER_THIS_ITEM_IN_A_SENTENCE = [("Normal", "Actions agreed under this item: RB 27/14 – share the recruitment plan for "
                                            "the rural hub with the OPCC; RB 27/15 – audit the response times of the "
                                            "rural hubs.")]
NUMBERED_IN_A_SENTENCE = [("Normal", "Actions: (1) share the recruitment plan for the rural hub with the OPCC; and (2) "
                                     "audit the response times of the rural hubs.")]
LISTED_UNDER_AN_ASIDE = [("Normal", "Actions (carried into the action log at Appendix A):"),
                         ("List Number", f"RB 27/14: {SHARE}"), ("List Number", f"RB 27/15: {AUDIT}")]


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("minute", [LISTED, IN_A_SENTENCE, UNDER_THIS_ITEM_IN_A_SENTENCE, NUMBERED_IN_A_SENTENCE,
                                    LISTED_UNDER_AN_ASIDE],
                         ids=["listed under the label", "in a sentence", "in a sentence under this item's label",
                              "numbered in brackets in a sentence", "listed with their references under an aside"])
def test_actions_under_an_items_label_are_the_logs_rows_where_minuted(tmp_path: Path, form: str,
                                                                       minute: list[tuple[str, str]]) -> None:
    found = _pack(tmp_path / "pack.docx", form, minute)
    page = None if form == "word" else 2
    assert [(a["number"], a["meeting_date"], a["page"], a["topic"], a["status"]) for a in found] == [
        ("RB 27/14", "2027-01-14", page, "Rural crime", "complete"),
        ("RB 27/15", "2027-01-14", page, "Rural crime", "outstanding")]
    # a run-in sentence's items read as actions: set off by ";", opening with a capital
    assert found[0]["text"][0].isupper() and not found[0]["text"].endswith((";", "; and"))
    # the log's reference is the number, not printed again in the text
    assert not found[0]["text"].startswith("RB")


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_the_one_action_agreed_is_the_logs_row_where_minuted(tmp_path: Path, form: str) -> None:
    found = _pack(tmp_path / "pack.docx", form, LABELLED)
    assert [(a["number"], a["meeting_date"], a["page"]) for a in found if a["number"] == "RB 27/14"] == [
        ("RB 27/14", "2027-01-14", None if form == "word" else 2)]
    assert len(found) == 2


@pytest.mark.parametrize("form", AS_PUBLISHED)
@pytest.mark.parametrize("minute", [
    [("Normal", "Actions agreed under this item were added to the log."),
     ("Normal", "Members thanked the force for the report.")],
    [("Normal", "Agreed actions: none.")],
    [("Normal", "Action agreed: None.")],
    [("Normal", "Agreed actions: the Board agreed the plan; RB 27/14 – shared.")],
    [("Normal", "Actions: (1) none arising.")],
    [("Normal", "Actions agreed: the Board noted (1) the plan; (2) the audit.")],
    [("Normal", "Actions (none):"), ("List Number", "Share the minutes with the panel members.")],
    [("Normal", "Actions (from the previous meeting of 12 November 2026):"),
     ("List Number", "RB 26/90 – Provide the burglary figures. Update: provided on 20 November; closed."),
     ("List Number", "RB 26/91 – Publish the victims' survey. Update: published; closed.")],
    [("Normal", "Actions: (1) The Board noted the report; (2) The Board agreed the minutes of the last meeting; and "
                "(3) The Board thanked the team.")],
    [("Normal", "The Board noted the plan for the rural hubs under paragraphs (1) and (2) of the report; (3) the "
                "audit follows.")],
], ids=["prose", "none agreed", "none agreed, singular", "no reference first", "numbered, none arising",
        "numbered items not opening the label's sentence", "an aside saying none", "bracketed numbers in prose",
        "an aside naming the previous meeting", "numbered deeds of the meeting's own"])
def test_the_labels_setting_no_action_add_none(tmp_path: Path, form: str, minute: list[tuple[str, str]]) -> None:
    # near misses: only the log's two rows, neither moved to the minutes' meeting
    found = _pack(tmp_path / "pack.docx", form, minute)
    assert [(a["number"], a["text"]) for a in found] == [("RB 27/14", SHARE), ("RB 27/15", AUDIT)]
