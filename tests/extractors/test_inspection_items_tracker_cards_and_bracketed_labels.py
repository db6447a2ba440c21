"""Item mechanisms, each on a real file made here: a tracker's card per item (a
label | value table: only the item's wording is an item; its type, area and
parent ref come from their rows); a response table's labels whose brackets give
the item's area or timescale ("Recommendation (within six months): ..."); a
plan's finding cell holding a cause, a labelled lead-in and the recommendation
bullets; a letter's closing formula, never an item's detail; and a qualified
part heading ("New area for improvement") over its item."""

from __future__ import annotations

from pathlib import Path

import files
from docx import Document
from docx.table import _Cell
from files import BODY, BOLD, H1
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle


def _card(document: Document, rows: list[tuple[str, str]]) -> None:
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for row, (label, value) in zip(table.rows, rows):
        row.cells[0].text, row.cells[1].text = label, value


def _tracker(tmp_path: Path) -> Path:
    document = Document()
    document.add_heading("PEEL 2023–25: progress against the inspectorate's findings", level=1)
    document.add_paragraph("Lancashire Constabulary – Strategic Assurance Board, May 2026")
    document.add_heading("Cause of concern and recommendation", level=2)
    _card(document, [
        ("Ref", "PEEL-COC-1"), ("Category", "Cause of concern"), ("PEEL area", "Protecting vulnerable people"),
        ("HMICFRS wording", "The constabulary doesn't always safeguard victims of domestic abuse quickly enough."),
        ("Owner", "Head of Safeguarding"), ("Update", "A new triage desk opened in April."), ("RAG", "Amber")])
    _card(document, [
        ("Ref", "PEEL-R-1"), ("Category", "Recommendation"), ("Parent", "PEEL-COC-1"),
        ("PEEL area", "Protecting vulnerable people"),
        ("HMICFRS wording", "Within six months, Lancashire Constabulary should make sure that every domestic abuse "
                            "risk assessment is reviewed by a supervisor."),
        ("Owner", "Head of Safeguarding"), ("Update", "Supervisor reviews began in March."), ("RAG", "Green")])
    document.add_heading("Areas for improvement", level=2)
    # two cards in one table, with no type row: the heading above says what they are
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for ref, area, wording in (
            ("A1", "Investigating crime", "The constabulary should make sure investigations are allocated to officers "
                                          "with the right skills."),
            ("A2", "Responding to the public", "The constabulary should make sure it answers non-emergency calls "
                                               "within its target time.")):
        for label, value in (("Ref", ref), ("PEEL area", area), ("HMICFRS wording", wording),
                             ("Owner", "Assistant Chief Constable"), ("Update", "Action plan agreed.")):
            row = table.add_row()
            row.cells[0].text, row.cells[1].text = label, value
    path = tmp_path / "tracker.docx"
    document.save(str(path))
    return path


def test_a_trackers_cards_give_one_item_each_typed_placed_and_linked_by_their_rows(tmp_path: Path) -> None:
    found = files.records(_tracker(tmp_path))
    [cause] = found["causes_of_concern"]
    [recommendation] = found["recommendations"]
    assert (cause["text"], cause["area"]) == (
        "The constabulary doesn't always safeguard victims of domestic abuse quickly enough.",
        "Protecting vulnerable people")
    assert recommendation["text"].startswith("Within six months, Lancashire Constabulary should make sure")
    assert recommendation["timescale"] == "Within six months"
    assert recommendation["cause_of_concern_id"] == cause["record_id"]
    # the owner, update and area rows are no items
    assert [(a["text"], a["area"]) for a in found["areas_for_improvement"]] == [
        ("The constabulary should make sure investigations are allocated to officers with the right skills.",
         "Investigating crime"),
        ("The constabulary should make sure it answers non-emergency calls within its target time.",
         "Responding to the public")]


def _bold_label(cell: _Cell, label: str, text: str) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.add_run(label).bold = True
    paragraph.add_run(f" {text}")


def test_a_response_tables_bracketed_labels_give_the_items_kind_area_and_timescale(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Section 55 response: national child protection inspection of Dorset Police", level=1)
    document.add_paragraph("The Commissioner's comments on each of the inspectorate's findings are below.")
    table = document.add_table(rows=5, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "What HMICFRS said", "What we have done"
    rows = [
        ("Cause of concern (responding to children at risk of harm):",
         "The force doesn't always attend incidents involving children quickly enough."),
        ("Recommendation (immediately):",
         "The force should make sure that a supervisor reviews the response to every such incident within "
         "seven days."),
        ("Recommendation (within three months):",
         "The force should make sure that call handlers are trained to recognise risk to children."),
        ("Area for improvement (working with safeguarding partners):",
         "The force should make sure it shares information with partners promptly."),
    ]
    for row, (label, text) in zip(table.rows[1:], rows):
        _bold_label(row.cells[0], label, text)
        row.cells[1].text = "Work is under way and will be reported to the panel."
    path = tmp_path / "response.docx"
    document.save(str(path))
    found = files.records(path)
    [cause] = found["causes_of_concern"]
    assert (cause["text"], cause["area"]) == (
        "The force doesn't always attend incidents involving children quickly enough.",
        "Responding to children at risk of harm")
    # the bracket's timescale, not "within seven days" in the sentence
    assert [(r["text"][:60], r["timescale"], r["lead_in"], r["cause_of_concern_id"])
            for r in found["recommendations"]] == [
        ("The force should make sure that a supervisor reviews the res", "Immediately", None, cause["record_id"]),
        ("The force should make sure that call handlers are trained to", "Within three months", None,
         cause["record_id"])]
    assert [(a["text"], a["area"]) for a in found["areas_for_improvement"]] == [
        ("The force should make sure it shares information with partners promptly.",
         "Working with safeguarding partners")]


def test_a_plan_cell_holding_a_cause_and_its_recommendations_gives_each_its_record(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Avon and Somerset Constabulary: child protection inspection action plan", level=1)
    document.add_paragraph("HMICFRS published its national child protection inspection on 3 February 2026.")
    table = document.add_table(rows=3, cols=5)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Ref", "Inspection area", "HMICFRS finding", "Lead", "Status")):
        cell.text = text
    row = table.rows[1].cells
    row[0].text, row[1].text = "CoC 1", "Working with safeguarding partners"
    _bold_label(row[2], "Cause of concern:", "The constabulary doesn't share information with partners quickly enough.")
    lead = row[2].add_paragraph()
    lead.add_run("Recommendations:").bold = True
    lead.add_run(" Within three months, Avon and Somerset Constabulary should:")
    row[2].add_paragraph("review how its hub shares referrals with children's services; and", style="List Bullet")
    row[2].add_paragraph("make sure that every referral is sent within one working day.", style="List Bullet")
    row[3].text, row[4].text = "Head of Public Protection", "In progress"
    row = table.rows[2].cells
    row[0].text, row[1].text = "AFI 1", "Responding to children at risk of harm"
    row[2].text = "The constabulary should make sure the voice of the child is recorded at every incident."
    row[3].text, row[4].text = "Head of Local Policing", "Complete"
    path = tmp_path / "plan.docx"
    document.save(str(path))
    found = files.records(path)
    [cause] = found["causes_of_concern"]
    assert (cause["text"], cause["area"]) == (
        "The constabulary doesn't share information with partners quickly enough.", "Working with safeguarding partners")
    lead_in = "Within three months, Avon and Somerset Constabulary should:"
    assert [(r["text"], r["lead_in"], r["timescale"], r["cause_of_concern_id"]) for r in found["recommendations"]] == [
        ("review how its hub shares referrals with children's services", lead_in, "Within three months",
         cause["record_id"]),
        ("make sure that every referral is sent within one working day.", lead_in, "Within three months",
         cause["record_id"])]
    assert [a["text"] for a in found["areas_for_improvement"]] == [
        "The constabulary should make sure the voice of the child is recorded at every incident."]


def test_a_letters_closing_and_signature_are_no_detail_of_the_item_above(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "letter.pdf", [
        Paragraph("HM Inspectorate of Constabulary and Fire & Rescue Services", BODY),
        Paragraph("National child protection inspection: post-inspection review of Essex Police", H1),
        Paragraph("Dear Chief Constable,", BODY),
        Paragraph("We returned to the force to review its progress.", BODY),
        Paragraph("Other findings", BOLD),
        Paragraph("<b>Area for improvement:</b> The force should make sure that officers record the views of "
                  "children at every incident.", BODY),
        Paragraph("Kind regards,", BODY),
        Paragraph("A. N. Inspector", BODY),
        Paragraph("HM Inspector of Constabulary", BODY),
    ])
    assert [(a["text"], a["detail"]) for a in files.records(path)["areas_for_improvement"]] == [
        ("The force should make sure that officers record the views of children at every incident.", None)]


def test_a_reviews_new_area_for_improvement_heading_is_over_its_bold_item_and_detail(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("National child protection post-inspection review: Suffolk Constabulary", level=1)
    document.add_paragraph("Published: 2 March 2026")
    document.add_heading("Summary of progress", level=2)
    document.add_paragraph("The force has completed both recommendations.")
    document.add_heading("New area for improvement", level=2)
    document.add_paragraph().add_run("The force should make sure that officers share information about missing "
                                     "children with the safeguarding hub.").bold = True
    document.add_paragraph("Missing persons records and referrals are held on separate systems.")
    document.add_heading("Next steps", level=2)
    document.add_paragraph("We will continue to monitor the force's progress.")
    path = tmp_path / "review.docx"
    document.save(str(path))
    assert [(a["text"], a["area"], a["detail"]) for a in files.records(path)["areas_for_improvement"]] == [
        ("The force should make sure that officers share information about missing children with the safeguarding "
         "hub.", None, "Missing persons records and referrals are held on separate systems.")]


def test_bracketed_and_lead_in_labels_in_running_paragraphs_read_as_in_a_table(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Section 55 response: national child protection inspection of Cumbria Constabulary", 1)
    document.add_paragraph("HMICFRS published its report on 3 February 2026.")
    for label, text in (
            ("Cause of concern (responding to children at risk of harm):",
             "The constabulary doesn't always attend incidents involving children quickly enough."),
            ("Recommendation (immediately):",
             "The constabulary should make sure a supervisor reviews every such incident within seven days."),
            ("Recommendation (within three months):",
             "The constabulary should make sure call handlers are trained to recognise risk to children."),
            ("Cause of concern:", "The constabulary doesn't always investigate online abuse promptly."),
            ("Recommendations:", "Within six months, Cumbria Constabulary should:")):
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(f" {text}")
    document.add_paragraph("reduce the time it takes to act on referrals; and", style="List Bullet")
    document.add_paragraph("make sure a supervisor reviews every waiting case.", style="List Bullet")
    path = tmp_path / "response.docx"
    document.save(str(path))
    found = files.records(path)
    first, second = found["causes_of_concern"]
    assert first["area"] == "Responding to children at risk of harm"
    lead_in = "Within six months, Cumbria Constabulary should:"
    assert [(r["text"], r["timescale"], r["lead_in"], r["cause_of_concern_id"]) for r in found["recommendations"]] == [
        ("The constabulary should make sure a supervisor reviews every such incident within seven days.",
         "Immediately", None, first["record_id"]),
        ("The constabulary should make sure call handlers are trained to recognise risk to children.",
         "Within three months", None, first["record_id"]),
        ("reduce the time it takes to act on referrals", "Within six months", lead_in, second["record_id"]),
        ("make sure a supervisor reviews every waiting case.", "Within six months", lead_in, second["record_id"])]


def test_a_pdf_card_cut_by_a_page_break_is_one_card_and_its_lead_in_bullets_are_its_recommendations(
        tmp_path: Path) -> None:
    def card(rows: list[tuple[str, str]]) -> Table:
        table = Table([[Paragraph(label, BODY), Paragraph(value, BODY)] for label, value in rows], colWidths=[120, 330])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
        return table

    path = files.pdf(tmp_path / "tracker.pdf", [
        Paragraph("PEEL 2023–25 recommendations tracker: Cheshire Constabulary", H1),
        Paragraph("Prepared for the Scrutiny Board, June 2026.", BODY),
        Spacer(1, 560),  # the first card starts low on page 1 and runs on to page 2
        card([("Reference", "C1"), ("Type", "Cause of concern"), ("Area", "Investigating crime"),
              ("Wording", "The constabulary doesn't supervise its investigations well enough."),
              ("Owner", "Detective Chief Superintendent"), ("Update", "Supervision audit under way."),
              ("Status", "Open")]),
        Spacer(1, 12),
        card([("Reference", "R1"), ("Parent", "C1"), ("Area", "Investigating crime"),
              ("Recommendation", "Within three months, the constabulary should:<br/>• review every open "
                                 "investigation; and<br/>• make sure supervisors record their reviews."),
              ("Owner", "Head of Crime"), ("Update", "Reviews 60% complete."), ("Status", "On track")]),
    ])
    found = files.records(path)
    [cause] = found["causes_of_concern"]
    assert (cause["text"], cause["area"], cause["page"]) == (
        "The constabulary doesn't supervise its investigations well enough.", "Investigating crime", 2)
    lead_in = "Within three months, the constabulary should:"
    assert [(r["text"], r["lead_in"], r["timescale"], r["cause_of_concern_id"]) for r in found["recommendations"]] == [
        ("review every open investigation", lead_in, "Within three months", cause["record_id"]),
        ("make sure supervisors record their reviews.", lead_in, "Within three months", cause["record_id"])]
    assert found["areas_for_improvement"] == []
