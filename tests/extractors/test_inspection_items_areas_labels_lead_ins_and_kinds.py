"""AFIs, causes of concern and recommendations, each mechanism on a real PDF or
Word file made here: an item whose words open with the area it belongs to
("Investigating crime: The force should ..."); an item's explanation ending at
another voice's labelled paragraph ("Update: ...", "Status: Amber"), at the
next area's heading, or at a paragraph recalling an earlier inspection's item;
tables whose header names the item type (a tracker's "Recommendation / AFI"
column with a Type column; a cause's "Ref | Recommendation | Action" plan); a
cause set across a response table over its recommendations; a recommendation to
every chief constable or to a national body, which is no one force's; a label
naming its item's area in brackets ("Cause of concern 1 (Investigating crime)",
"AFI 2 (Managing offenders): The force should ..."); a table cell listing
several items under its lead-in; a box setting each label beside its item
("Area for improvement 1 | The force should ..."); a numbered recommendation
label run into its sentence after a colon or a full stop; each lead-in naming
an area ("It identified two areas for improvement in investigating crime:") for
its part only; the sentence under a numbered "Recommendation 1" label, with a
"Timescale:" line below it; a column of counts under an item header, which
quotes none; the sentence under a singular label ("Cause of concern"), past a
sentence about it; a lead-in ending at "should" with no colon; a cause column
giving only a reference ("CoC 2"), which quotes no cause; a lead-in naming the
kind of item it introduces ("We found the following areas for improvement:",
"To address this cause of concern, we recommend that X:" over bullets with
their own timescales, "It made two recommendations:" over sentences of their
own); a numbered "The force should ..." in an area's section; main findings
under "What we found", never a sibling heading as large as the label; a
practice named in bold inside a sentence."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle
import files
from files import BODY, H1, TITLE

H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13, leading=17, spaceAfter=6, spaceBefore=4)
H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceAfter=4, spaceBefore=4)
ITALIC = ParagraphStyle("italic", parent=BODY, fontName="Helvetica-Oblique")


def test_an_item_opening_with_its_area_takes_that_area_and_keeps_the_sentence(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("HMICFRS PEEL 2023–25 inspection of Norfolk Constabulary", 1)
    document.add_paragraph("The inspection report was published on 4 November 2025.")
    document.add_heading("3. Areas for improvement", 2)
    document.add_paragraph("HMICFRS identified three areas for improvement:")
    for text in ("Preventing crime: The force should make sure its neighbourhood teams work with partners.",
                 "Managing offenders: The force should make sure it manages registered sex offenders well.",
                 "The force should make sure it records crime accurately."):
        document.add_paragraph(text, style="List Number")
    path = tmp_path / "panel.docx"
    document.save(str(path))
    afis = [(a["area"], a["text"]) for a in files.records(path)["areas_for_improvement"]]
    assert afis == [
        ("Preventing crime", "The force should make sure its neighbourhood teams work with partners."),
        ("Managing offenders", "The force should make sure it manages registered sex offenders well."),
        (None, "The force should make sure it records crime accurately."),
    ]


def test_a_paragraph_opening_with_its_area_is_an_item_even_after_another_voice_s_update(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("HMICFRS PEEL 2023–25 inspection of Norfolk Constabulary", 1)
    document.add_paragraph("The inspection report was published on 4 November 2025.")
    document.add_heading("Areas for improvement", 2)
    document.add_paragraph("Investigating crime: The force should make sure investigations are supervised.")
    document.add_paragraph("Update: A supervision policy was issued in January.")
    document.add_paragraph("Managing offenders: The force should manage registered sex offenders better.")
    document.add_paragraph("Commissioner's comment: I will review progress in May.")
    document.add_paragraph("I am confident the force understands what it needs to do.")
    path = tmp_path / "paper.docx"
    document.save(str(path))
    afis = [(a["area"], a["text"], a["detail"]) for a in files.records(path)["areas_for_improvement"]]
    assert afis == [("Investigating crime", "The force should make sure investigations are supervised.", None),
                    ("Managing offenders", "The force should manage registered sex offenders better.", None)]


def test_a_force_update_and_the_next_area_heading_are_no_afi_s_detail(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "board.pdf", [
        Paragraph("HMICFRS PEEL 2023–25 inspection of Norfolk Constabulary: areas for improvement", TITLE),
        Paragraph("Areas for improvement", H2),
        Paragraph("Each area for improvement is quoted below under its PEEL area with the force's update.", BODY),
        Paragraph("Responding to the public", H3),
        Paragraph("The force should make sure that it answers non-emergency calls promptly.", ITALIC),
        Paragraph("Update: A new call-handling model went live in December.", BODY),
        Paragraph("Status: Green", BODY),
        Paragraph("Protecting vulnerable people", H3),
        Paragraph("The force should make sure that risk assessments are reviewed by a supervisor.", ITALIC),
        Paragraph("Update: An audit found most assessments reviewed in time.", BODY),
        Paragraph("Status: Amber", BODY),
        Paragraph("The board is asked to note that the force needs to finish its audit.", BODY),
    ])
    afis = [(a["area"], a["text"], a["detail"]) for a in files.records(path)["areas_for_improvement"]]
    assert afis == [
        ("Responding to the public", "The force should make sure that it answers non-emergency calls promptly.", None),
        ("Protecting vulnerable people", "The force should make sure that risk assessments are reviewed by a "
                                         "supervisor.", None),
    ]


def test_a_paragraph_recalling_an_earlier_inspection_s_afi_is_no_detail_nor_an_afi(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "report.pdf", [
        *files.report_start("Norfolk Constabulary", published="4 November 2025"),
        Paragraph("Police powers and public treatment", H1),
        Paragraph("Area for improvement 1", H3),
        Paragraph("The force should make sure supervisors review body-worn video footage of stop and search.", BODY),
        Paragraph("Supervisors reviewed footage in only a few of the cases we looked at.", BODY),
        Paragraph("The force hasn't yet acted on the recommendations of its own review.", BODY),
        Paragraph("In our last inspection, we said the force should improve how it records the ethnicity of people "
                  "it stops. It has done so, and we have closed that area for improvement.", BODY),
    ])
    afis = [(a["area"], a["text"], a["detail"]) for a in files.records(path)["areas_for_improvement"]]
    assert afis == [("Police powers and public treatment",
                     "The force should make sure supervisors review body-worn video footage of stop and search.",
                     "Supervisors reviewed footage in only a few of the cases we looked at.\n\n"
                     "The force hasn't yet acted on the recommendations of its own review.")]


def test_an_afi_naming_recommendations_is_an_afi_and_a_recalled_one_is_not(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "report.pdf", [
        *files.report_start("Norfolk Constabulary", published="4 November 2025"),
        Paragraph("Protecting vulnerable people", H1),
        Paragraph("Areas for improvement", H3),
        Paragraph("In our previous inspection, we said the force should train its call handlers. It has done so.",
                  BODY),
        Paragraph("The force should make sure it acts on the recommendations of its domestic homicide reviews.", BODY),
    ])
    afis = [(a["area"], a["text"]) for a in files.records(path)["areas_for_improvement"]]
    assert afis == [("Protecting vulnerable people",
                     "The force should make sure it acts on the recommendations of its domestic homicide reviews.")]


def test_a_tracker_s_type_column_says_which_rows_are_afis_and_which_recommendations(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "tracker.pdf", [
        Paragraph("Joint Audit Committee – 4 March 2026", H2),
        Paragraph("HMICFRS inspections: open items", TITLE),
        Paragraph("Appendix A: open items", H2),
        files.grid([["Ref", "Inspection", "Area", "Type", "Recommendation / AFI", "Target date", "Status"],
                    ["P1", "PEEL 2023–25", "Investigating crime", "AFI",
                     "The force should make sure that its investigation plans are reviewed by supervisors.",
                     "30/06/2026", "Open"],
                    ["C1", "Child protection", "—", "Rec",
                     "Within six months, Norfolk Constabulary should make sure that it records the views of children.",
                     "30/11/2025", "Open"],
                    ["S1", "Stalking thematic", "—", "Rec",
                     "By 31 March 2026, chief constables should make sure that stalking protection orders are "
                     "considered.", "31/03/2026", "Open"],
                    ["S2", "Stalking thematic", "—", "Rec",
                     "By 30 June 2026, the College of Policing should update its guidance on stalking.", "30/06/2026",
                     "Open"]],
                   [30, 60, 70, 40, 180, 50, 50]),
    ])
    found = files.records(path)
    assert [(a["area"], a["text"]) for a in found["areas_for_improvement"]] == [
        ("Investigating crime", "The force should make sure that its investigation plans are reviewed by supervisors.")]
    assert [(r["force"], r["timescale"], r["cause_of_concern_id"]) for r in found["recommendations"]] == [
        ("Norfolk Constabulary", "Within six months", None), (None, "By 31 March 2026", None),
        (None, "By 30 June 2026", None)]


def test_a_ref_column_says_each_row_s_kind_under_a_header_naming_both(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "open-items.pdf", [
        Paragraph("HMICFRS PEEL 2023–25 inspection of Norfolk Constabulary: open items", TITLE),
        files.grid([["Ref", "Recommendation / area for improvement", "Target date"],
                    ["AFI 1", "The force should make sure investigations are supervised.", "31/03/2026"],
                    ["R1", "Within six months, the force should answer calls within ten seconds.", "30/06/2026"]],
                   [50, 300, 80]),
    ])
    found = files.records(path)
    assert [a["text"] for a in found["areas_for_improvement"]] == [
        "The force should make sure investigations are supervised."]
    assert [(r["text"], r["timescale"]) for r in found["recommendations"]] == [
        ("Within six months, the force should answer calls within ten seconds.", "Within six months")]


def test_a_plan_s_recommendation_table_under_its_cause_serves_that_cause(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "plan.pdf", [
        Paragraph("Norfolk Constabulary: National child protection inspection – improvement plan", TITLE),
        Paragraph("Cause of concern 1: Responding to children at risk of harm", H2),
        Paragraph("The force doesn't always record the risks to children at domestic abuse incidents.", H3),
        files.grid([["Ref", "Recommendation", "Action", "Owner", "Target date", "Status"],
                    ["1.1", "Within three months, Norfolk Constabulary should make sure that officers record the "
                            "views of every child present.", "Briefing issued.", "Supt", "31/01/2026", "Complete"],
                    ["1.2", "By 30 September 2026, Norfolk Constabulary should make sure that supervisors check "
                            "referrals.", "Dip-sample introduced.", "Ch Supt", "30/04/2026", "On track"]],
                   [30, 200, 110, 50, 50, 50]),
    ])
    found = files.records(path)
    [cause] = found["causes_of_concern"]
    assert cause["area"] == "Responding to children at risk of harm"
    assert [(r["timescale"], r["cause_of_concern_id"]) for r in found["recommendations"]] == [
        ("Within three months", cause["record_id"]), ("By 30 September 2026", cause["record_id"])]


def test_a_cause_set_across_a_response_table_is_a_cause_and_serves_the_rows_below(tmp_path: Path) -> None:
    cell = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
    rows = [["HMICFRS recommendation", "Constabulary response", "Commissioner's comment"],
            ["<b>Cause of concern 1 (investigating reports of abuse, neglect and exploitation of children):</b> Too "
             "many investigations into child abuse are delayed.", "", ""],
            ["Within six months, Norfolk Constabulary should make sure that supervisors review child abuse "
             "investigations every 28 days.", "Standards reissued.", "I am not yet assured."]]
    table = Table([[Paragraph(text, cell) for text in row] for row in rows], colWidths=[200, 150, 120])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("SPAN", (0, 1), (-1, 1))]))
    path = files.pdf(tmp_path / "response.pdf", [
        Paragraph("Response to HMICFRS report: National child protection inspection of Norfolk Constabulary", TITLE),
        Paragraph("Causes of concern and recommendations", H2), table])
    found = files.records(path)
    [cause] = found["causes_of_concern"]
    assert (cause["area"], cause["text"]) == ("Investigating reports of abuse, neglect and exploitation of children",
                                              "Too many investigations into child abuse are delayed.")
    [recommendation] = found["recommendations"]
    assert recommendation["cause_of_concern_id"] == cause["record_id"]


def test_a_label_naming_its_area_in_brackets_gives_the_item_below_or_after_it_that_area(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "brackets.pdf", [
        *files.report_start("Norfolk Constabulary", published="4 November 2025"),
        Paragraph("Summary", H1),
        Paragraph("Cause of concern 1 (Investigating crime)", H2),
        Paragraph("The force doesn't supervise its investigations well enough.", BODY),
        Paragraph("Supervisors reviewed few of the files we looked at.", BODY),
        Paragraph("Within six months, the force should:", BODY),
        Paragraph("\u2022 make sure supervisors review every investigation.", BODY),
        Paragraph("Areas for improvement", H2),
        Paragraph("\u2022 AFI 1 (Responding to the public): The force should answer calls sooner.", BODY),
        Paragraph("\u2022 AFI 2 (Managing offenders): The force should manage offenders better.", BODY),
    ])
    found = files.records(path)
    [cause] = found["causes_of_concern"]
    assert (cause["area"], cause["text"], cause["detail"]) == (
        "Investigating crime", "The force doesn't supervise its investigations well enough.",
        "Supervisors reviewed few of the files we looked at.")
    [recommendation] = found["recommendations"]
    assert (recommendation["cause_of_concern_id"], recommendation["timescale"]) == (cause["record_id"],
                                                                                    "Within six months")
    assert [(a["area"], a["text"]) for a in found["areas_for_improvement"]] == [
        ("Responding to the public", "The force should answer calls sooner."),
        ("Managing offenders", "The force should manage offenders better.")]


def test_a_cell_listing_items_quotes_one_a_bullet_under_the_cell_s_lead_in(tmp_path: Path) -> None:
    cell = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
    rows = [["Ref", "HMICFRS recommendation", "Force response"],
            ["1", [Paragraph("Within six months, Norfolk Constabulary should:", cell),
                   Paragraph("\u2022 make sure supervisors review every investigation; and", cell),
                   Paragraph("\u2022 make sure victims are updated every 28 days.", cell)], "Both under way."],
            ["2", [Paragraph("By 31 March 2026, Norfolk Constabulary should make sure it answers calls sooner.", cell)],
             "Done."]]
    table = Table([[c if isinstance(c, list) else Paragraph(c, cell) for c in row] for row in rows],
                  colWidths=[40, 280, 150])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    path = files.pdf(tmp_path / "cells.pdf", [
        Paragraph("Force response to the HMICFRS inspection of Norfolk Constabulary", TITLE), table])
    found = [(r["text"], r["lead_in"], r["timescale"]) for r in files.records(path)["recommendations"]]
    assert found == [
        ("make sure supervisors review every investigation", "Within six months, Norfolk Constabulary should:",
         "Within six months"),
        ("make sure victims are updated every 28 days.", "Within six months, Norfolk Constabulary should:",
         "Within six months"),
        ("By 31 March 2026, Norfolk Constabulary should make sure it answers calls sooner.", None, "By 31 March 2026"),
    ]


def test_a_box_setting_each_label_beside_its_item_reads_as_the_label_over_the_item(tmp_path: Path) -> None:
    cell = ParagraphStyle("cell", parent=BODY, fontSize=10, leading=12, spaceAfter=0)

    def box(label: str, text: str) -> Table:
        table = Table([[Paragraph(f"<b>{label}</b>", cell), Paragraph(text, cell)]], colWidths=[130, 320])
        table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8eef7")),
                                   ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
        return table

    path = files.pdf(tmp_path / "boxes.pdf", [
        *files.report_start("Norfolk Constabulary", published="4 November 2025"),
        Paragraph("Investigating crime", H1),
        Paragraph("Norfolk Constabulary is adequate at investigating crime.", BODY),
        box("Area for improvement 1", "The force should make sure investigation plans are reviewed."),
        Paragraph("We found that supervisors didn't always review plans.", BODY),
        box("Area for improvement 2", "The force should make sure victims are kept informed."),
    ])
    afis = [(a["area"], a["text"], a["detail"]) for a in files.records(path)["areas_for_improvement"]]
    assert afis == [
        ("Investigating crime", "The force should make sure investigation plans are reviewed.",
         "We found that supervisors didn't always review plans."),
        ("Investigating crime", "The force should make sure victims are kept informed.", None),
    ]


def test_a_numbered_recommendation_label_run_into_its_sentence_after_a_colon_or_full_stop(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "numbered.pdf", [
        *files.report_start("Norfolk Constabulary", published="4 November 2025"),
        Paragraph("Responding to the public", H1),
        Paragraph("Cause of concern", H2),
        Paragraph("The force doesn't answer emergency calls quickly enough.", BODY),
        Paragraph("Recommendation 1: Within three months, the force should answer emergency calls within ten "
                  "seconds.", BODY),
        Paragraph("Recommendation 2. By 31 March 2026, the force should review its call-handling staff.", BODY),
    ])
    found = files.records(path)
    [cause] = found["causes_of_concern"]
    assert [(r["text"], r["timescale"], r["cause_of_concern_id"]) for r in found["recommendations"]] == [
        ("Within three months, the force should answer emergency calls within ten seconds.", "Within three months",
         cause["record_id"]),
        ("By 31 March 2026, the force should review its call-handling staff.", "By 31 March 2026", cause["record_id"]),
    ]


def test_each_lead_in_naming_an_area_gives_its_items_that_area_for_its_part_only(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Police and Crime Panel – 5 March 2026")
    document.add_heading("HMICFRS PEEL 2023–25 inspection of Norfolk Constabulary", 1)
    document.add_paragraph("The inspection report was published on 4 November 2025.")
    document.add_heading("Areas for improvement", 2)
    document.add_paragraph("HMICFRS identified one area for improvement in responding to the public:")
    document.add_paragraph("The force should answer non-emergency calls sooner.", style="List Bullet")
    document.add_paragraph("It identified two areas for improvement in investigating crime:")
    document.add_paragraph("The force should supervise investigations.", style="List Bullet")
    document.add_paragraph("The force should update victims.", style="List Bullet")
    document.add_heading("Causes of concern", 2)
    document.add_paragraph("The force doesn't assess the risk to victims quickly enough.", style="List Bullet")
    path = tmp_path / "paper.docx"
    document.save(str(path))
    found = files.records(path)
    assert [(a["area"], a["text"]) for a in found["areas_for_improvement"]] == [
        ("Responding to the public", "The force should answer non-emergency calls sooner."),
        ("Investigating crime", "The force should supervise investigations."),
        ("Investigating crime", "The force should update victims."),
    ]
    assert [(c["area"], c["text"]) for c in found["causes_of_concern"]] == [
        (None, "The force doesn't assess the risk to victims quickly enough.")]


def test_a_plain_label_line_naming_an_area_is_the_label_of_the_item_below_it(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "progress.pdf", [
        Paragraph("HMICFRS PEEL 2023–25 inspection of Norfolk Constabulary: progress report", TITLE),
        Paragraph("AFI 1 – Investigating crime", BODY),
        Paragraph("The force should make sure investigations are supervised.", BODY),
        Paragraph("Progress: A new supervision policy was issued.", BODY),
        Paragraph("AFI 2 – Managing offenders", BODY),
        Paragraph("The force should manage registered sex offenders better.", BODY),
    ])
    afis = [(a["area"], a["text"], a["detail"]) for a in files.records(path)["areas_for_improvement"]]
    assert afis == [("Investigating crime", "The force should make sure investigations are supervised.", None),
                    ("Managing offenders", "The force should manage registered sex offenders better.", None)]


def test_the_sentence_under_a_numbered_recommendation_label_takes_the_timescale_line_below_it(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "ncpi.pdf", [
        Paragraph("Norfolk Constabulary: National child protection inspection", TITLE),
        Paragraph("Published: 2 June 2025", BODY),
        Paragraph("Cause of concern", H2),
        Paragraph("The force doesn't investigate child abuse quickly enough.", BODY),
        Paragraph("Recommendation 1", H2),
        Paragraph("The force should make sure child abuse investigations are allocated within a day.", BODY),
        Paragraph("Timescale: within three months", BODY),
        Paragraph("Recommendation 2", H2),
        Paragraph("The force should train its investigators.", BODY),
    ])
    found = files.records(path)
    [cause] = found["causes_of_concern"]
    assert [(r["text"], r["timescale"], r["cause_of_concern_id"]) for r in found["recommendations"]] == [
        ("The force should make sure child abuse investigations are allocated within a day.", "Within three months",
         cause["record_id"]),
        ("The force should train its investigators.", None, cause["record_id"]),
    ]


def test_a_column_of_counts_under_an_item_header_quotes_no_items(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "counts.pdf", [
        Paragraph("HMICFRS PEEL 2023–25 inspection of Norfolk Constabulary", TITLE),
        Paragraph("The report was published in November 2025.", BODY),
        files.grid([["PEEL area", "Grade", "Areas for improvement"], ["Investigating crime", "Adequate", "2"],
                    ["Managing offenders", "Good", "None"], ["Preventing crime", "Good", "—"]], [150, 100, 150]),
    ])
    found = files.records(path)
    assert len(found["grades"]) == 3
    assert found["areas_for_improvement"] == []


def test_the_sentence_under_a_singular_label_is_its_item_whatever_its_wording(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "ncpi.pdf", [
        Paragraph("Norfolk Constabulary: National child protection inspection", TITLE),
        Paragraph("Published: 2 June 2025", BODY),
        Paragraph("Investigation", H1),
        Paragraph("Cause of concern", H2),
        Paragraph("Too many child abuse investigations are delayed.", BODY),
        Paragraph("We found delays in half the cases we reviewed.", BODY),
        Paragraph("Area for improvement", H2),
        Paragraph("We found one area for improvement in this topic.", BODY),
        Paragraph("Victims' views are rarely recorded.", BODY),
    ])
    found = files.records(path)
    area = "Investigating reports of abuse, neglect and exploitation of children"
    assert [(c["area"], c["text"], c["detail"]) for c in found["causes_of_concern"]] == [
        (area, "Too many child abuse investigations are delayed.", "We found delays in half the cases we reviewed.")]
    assert [(a["area"], a["text"]) for a in found["areas_for_improvement"]] == [
        (area, "Victims' views are rarely recorded.")]


def test_a_lead_in_ending_at_should_without_its_colon_hangs_its_bullets(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "lead-in.pdf", [
        *files.report_start("Norfolk Constabulary", published="4 November 2025"),
        Paragraph("Responding to the public", H1),
        Paragraph("Cause of concern", H2),
        Paragraph("The force isn't answering calls quickly enough.", BODY),
        Paragraph("Within three months, the force should", BODY),
        Paragraph("\u2022 answer emergency calls within ten seconds; and", BODY),
        Paragraph("\u2022 assess the risk to callers who wait.", BODY),
    ])
    found = files.records(path)
    [cause] = found["causes_of_concern"]
    assert cause["text"] == "The force isn't answering calls quickly enough."
    assert [(r["text"], r["lead_in"], r["timescale"], r["cause_of_concern_id"]) for r in found["recommendations"]] == [
        ("answer emergency calls within ten seconds", "Within three months, the force should", "Within three months",
         cause["record_id"]),
        ("assess the risk to callers who wait.", "Within three months, the force should", "Within three months",
         cause["record_id"]),
    ]


def test_a_cause_column_naming_its_cause_by_reference_quotes_no_cause(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "paired.pdf", [
        Paragraph("Force response to the HMICFRS inspection of Norfolk Constabulary", TITLE),
        files.grid([["Cause of concern", "Recommendation", "Timescale"],
                    ["Cause of concern 1", "The force should answer emergency calls sooner.", "Three months"],
                    ["CoC 2", "The force should review its call-handling model.", "Six months"]], [100, 260, 80]),
    ])
    found = files.records(path)
    assert found["causes_of_concern"] == []
    assert [r["text"] for r in found["recommendations"]] == [
        "The force should answer emergency calls sooner.", "The force should review its call-handling model."]


def test_a_lead_in_naming_a_kind_of_item_opens_that_kind_s_part(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "ncpi.pdf", [
        Paragraph("National child protection inspection: Norfolk Constabulary", TITLE),
        Paragraph("Published March 2026", BODY),
        Paragraph("Cause of concern: responding to children at risk of harm", H2),
        Paragraph("The force doesn't always respond quickly enough when children are reported missing.", H3),
        Paragraph("To address this cause of concern, we recommend that Norfolk Constabulary:", BODY),
        Paragraph("\u2022 immediately makes sure that a supervisor reviews every report of a missing child;", BODY),
        Paragraph("\u2022 by 30 September 2026, works with its partners to share information out of hours.", BODY),
        Paragraph("Investigating reports of abuse, neglect and exploitation of children", H2),
        Paragraph("We found the following areas for improvement:", BODY),
        Paragraph("1. The force should make sure that investigations involving children are supervised.", BODY),
        Paragraph("Assessing risk to children and making appropriate referrals", H2),
        Paragraph("1. The force should make sure that its referrals explain why officers are worried.", BODY),
    ])
    found = files.records(path)
    [cause] = found["causes_of_concern"]
    assert cause["area"] == "Responding to children at risk of harm"
    lead_in = "To address this cause of concern, we recommend that Norfolk Constabulary:"
    assert [(r["lead_in"], r["timescale"], r["cause_of_concern_id"]) for r in found["recommendations"]] == [
        (lead_in, "Immediately", cause["record_id"]), (lead_in, "By 30 September 2026", cause["record_id"])]
    assert [(a["area"], a["text"]) for a in found["areas_for_improvement"]] == [
        ("Investigating reports of abuse, neglect and exploitation of children",
         "The force should make sure that investigations involving children are supervised."),
        ("Assessing risk to children and making appropriate referrals",
         "The force should make sure that its referrals explain why officers are worried."),
    ]


def test_recommendations_worded_as_sentences_of_their_own_carry_no_introduction(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Police Accountability Board – 22 January 2026")
    document.add_heading("HMICFRS PEEL 2023–25 inspection of Norfolk Constabulary", 1)
    document.add_heading("3. Cause of concern", 2)
    document.add_paragraph("HMICFRS identified one cause of concern, in investigating crime:")
    document.add_paragraph().add_run("The constabulary doesn't supervise its investigations effectively.").italic = True
    document.add_paragraph("It made two recommendations:")
    document.add_paragraph("Norfolk Constabulary should review how it allocates cases (within three months).",
                           style="List Number")
    document.add_paragraph("Norfolk Constabulary should make sure that supervisors review open investigations "
                           "(within six months).", style="List Number")
    document.add_heading("6. Recommendation", 2)
    document.add_paragraph("Recommendation: the Commissioner is asked to note this report.")
    path = tmp_path / "board.docx"
    document.save(str(path))
    found = files.records(path)
    [cause] = found["causes_of_concern"]
    assert cause["area"] == "Investigating crime"
    assert [(r["lead_in"], r["timescale"], r["cause_of_concern_id"]) for r in found["recommendations"]] == [
        (None, "Within three months", cause["record_id"]), (None, "Within six months", cause["record_id"])]


def test_what_we_found_sets_out_main_findings_under_area_sub_headings(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "summary.pdf", [
        Paragraph("Norfolk Constabulary: PEEL 2023–25 inspection summary", TITLE),
        Paragraph("Published on 11 February 2026", BODY),
        Paragraph("What we found", H2),
        Paragraph("Preventing crime", H3),
        Paragraph("\u2022 The force works well with partners to reduce antisocial behaviour", BODY),
        Paragraph("Investigating crime", H3),
        Paragraph("\u2022 Investigations are often delayed because of high workloads", BODY),
        Paragraph("Next steps", H2),
        Paragraph("We will revisit the force in 2027.", BODY),
    ])
    findings = [(f["kind"], f["area"], f["text"]) for f in files.records(path)["findings"]]
    assert findings == [
        ("main_finding", "Preventing crime", "The force works well with partners to reduce antisocial behaviour"),
        ("main_finding", "Investigating crime", "Investigations are often delayed because of high workloads"),
    ]


def test_a_heading_as_large_as_the_findings_label_is_no_finding(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "review.pdf", [
        Paragraph("National child protection post-inspection review: Norfolk Constabulary", TITLE),
        Paragraph("What we found", H2),
        Paragraph("The force has designed an audit process but has carried out only one audit.", BODY),
        Paragraph("New area for improvement", H2),
        Paragraph("Area for improvement: The force should make sure officers record the voice of the child.", BODY),
    ])
    found = files.records(path)
    assert found["findings"] == []
    assert [a["text"] for a in found["areas_for_improvement"]] == [
        "The force should make sure officers record the voice of the child."]


def test_a_practice_named_in_bold_inside_a_sentence_is_its_title_in_the_area_the_sentence_names(
        tmp_path: Path) -> None:
    document = Document()
    document.add_heading("HMICFRS PEEL 2023–25 inspection of Norfolk Constabulary", 1)
    document.add_heading("Investigating crime", 2)
    document.add_paragraph("The constabulary has set up an investigation standards board.")
    document.add_heading("5. Innovative practice", 2)
    paragraph = document.add_paragraph("HMICFRS highlighted one example of innovative practice, in preventing crime: ")
    paragraph.add_run("Farm watch volunteers using a shared messaging app").bold = True
    paragraph.add_run(". The constabulary is sharing the approach with other rural forces.")
    path = tmp_path / "board.docx"
    document.save(str(path))
    findings = [(f["kind"], f["area"], f["text"]) for f in files.records(path)["findings"]]
    assert findings == [
        ("innovative_practice", "Preventing crime", "Farm watch volunteers using a shared messaging app")]
