"""Agenda mechanisms, each on a small layout: an agenda known by its heading
and read for as long as its numbering runs on, columns told apart by their
content, presenters named by role after a dash, in brackets or on a line below;
meetings announced in a cover letter, offices named before their title. Then
the six agenda packs of samples/corpus/scrutiny-round4, generated as real PDF
and DOCX files, through the real pipeline."""

from datetime import date

import files
import pytest
from scrutiny_build import C, document, heading, item, para, table

from extractors import agenda, meetings
from extractors.context import DocumentContext
from pipeline.runner import process_document


def _items(doc):
    return [(d.fields["number"], d.fields["title"], d.fields["presenter"])
            for d in agenda.extract(doc, DocumentContext()).drafts]


# --- where an agenda starts and ends --------------------------------------------------------------------------

def test_an_agenda_under_an_items_for_discussion_heading() -> None:
    doc = document(heading("Items for Discussion", level=2), item("Review of the action tracker", marker="1."),
                   item("Quarterly performance", marker="2."))
    assert _items(doc) == [("1", "Review of the action tracker", None), ("2", "Quarterly performance", None)]


def test_times_descriptions_and_presented_by_lines_between_items() -> None:
    doc = document(
        heading("Agenda", level=2),
        heading("13.00", level=4), item("Welcome", marker="1."),
        heading("13.05", level=4), item("Minutes of the previous meeting", marker="2."),
        para("To approve the minutes of the meeting held on 19 September 2025."),
        heading("13.30", level=4), item("Performance report", marker="3."),
        para("Presented by the Deputy Chief Constable"),
        heading("14.50", level=4), item("Any other business", marker="4."),
    )
    assert _items(doc) == [("1", "Welcome", None), ("2", "Minutes of the previous meeting", None),
                           ("3", "Performance report", "Deputy Chief Constable"), ("4", "Any other business", None)]


def test_sub_items_run_on_and_a_restarted_numbering_ends_the_agenda() -> None:
    doc = document(
        heading("Agenda", level=2),
        item("Performance report", marker="4."),
        item("Themes raised by the public", marker="5."),
        table([["5.1", "Anti-social behaviour on public transport"], ["5.2", "Speeding in rural villages"],
               ["14.50", ""]], header_rows=0),
        item("Any other business", marker="6."),
        heading("Summary of the meeting"),
        heading("4 Performance report", level=2),
    )
    assert [n for n, _, _ in _items(doc)] == ["4", "5", "5.1", "5.2", "6"]


def test_items_numbered_on_past_a_part_2_sub_heading() -> None:
    doc = document(
        heading("AGENDA", level=2),
        heading("PART 1 – ITEMS IN PUBLIC", level=3),
        item("Apologies", marker="1."), item("Rural crime (Assistant Chief Constable)", marker="2."),
        heading("PART 2 – EXEMPT ITEMS", level=3),
        para("The public will be excluded during the following items."),
        item("Estates strategy (Chief Finance Officer)", marker="3."),
        heading("Action log", level=3),
        para("RAG: Green = complete"),
        table([["Action No.", "Action", "RAG"], ["14/25", "Provide the figures.", "Green"]]),
    )
    assert _items(doc) == [("1", "Apologies", None), ("2", "Rural crime", "Assistant Chief Constable"),
                           ("3", "Estates strategy", "Chief Finance Officer")]


def test_the_previous_meetings_minutes_are_not_the_agenda() -> None:
    doc = document(
        heading("Agenda", level=2),
        item("Apologies for absence", marker="1."),
        item("HMICFRS update report – Head of Governance", marker="2."),
        para("DATE OF NEXT MEETING: 16 September 2025"),
        heading("MINUTES OF THE MEETING HELD ON 20 MAY 2025"),
        para("Present: Police and Crime Commissioner (Chair)"),
        heading("1. Apologies", level=2),
        heading("2. Knife crime", level=2),
        heading("3. Contact management", level=2),
    )
    assert [n for n, _, _ in _items(doc)] == ["1", "2"]


# --- presenters -----------------------------------------------------------------------------------------------

def test_a_presenter_after_a_dash_is_a_role_and_a_lead_line_below_names_one() -> None:
    doc = document(
        heading("Agenda"),
        item("Minutes of the meeting held on 20 May 2025 – Head of Governance", marker="1."),
        item("Stop and Search – Annual Report", marker="2."),
        item("Revenue Monitoring Report 2025/26", marker="3."),
        para("Lead: Chief Finance Officer, OPCC", italic=True),
        item("Delivery report, quarter 1 2025/26 - Deputy Chief Constable", marker="4."),
    )
    assert _items(doc) == [("1", "Minutes of the meeting held on 20 May 2025", "Head of Governance"),
                           ("2", "Stop and Search - Annual Report", None),
                           ("3", "Revenue Monitoring Report 2025/26", "Chief Finance Officer, OPCC"),
                           ("4", "Delivery report, quarter 1 2025/26", "Deputy Chief Constable")]


def test_a_marker_column_of_item_labels_and_long_bracketed_presenters() -> None:
    doc = document(heading("Agenda"), table([
        ["Item 1 –", "Welcome and apologies (Chair)"],
        ["Item 2 –", "Delivery against the plan: tackling serious violence in the city and the surrounding towns "
                     "(Assistant Chief Constable, Crime and Public Protection)"],
        ["Item 3 –", "Any other business (Chair)"]], header_rows=0))
    assert _items(doc) == [
        ("1", "Welcome and apologies", "Chair"),
        ("2", "Delivery against the plan: tackling serious violence in the city and the surrounding towns",
         "Assistant Chief Constable, Crime and Public Protection"),
        ("3", "Any other business", "Chair")]


# --- table columns by content ---------------------------------------------------------------------------------

def test_a_time_column_is_no_item_number() -> None:
    doc = document(heading("Agenda"), table([
        ["Time", "Item", "Lead"],
        ["10:00", C((item("Welcome and apologies", marker="1."),)), "Police and Crime Commissioner"],
        ["10:50", "4a Roads policing", "ACC Local Policing"],
        ["12:15", C((item("Any other business", marker="6."),)), "All"]]))
    assert _items(doc) == [("1", "Welcome and apologies", "Police and Crime Commissioner"),
                           ("4a", "Roads policing", "ACC Local Policing"), ("6", "Any other business", "All")]


def test_merged_header_cells_a_purpose_column_and_dash_placeholders() -> None:
    doc = document(table([
        [C("Agenda", col_span=4), None, None, None],
        [C("Item", col_span=2), None, "Lead", "Purpose"],
        ["1", "Welcome and apologies", "PFCC", "–"],
        ["2", "Performance report: October 2025", "Deputy Chief Constable", "Scrutiny"],
        ["3", "Any other business", "–", "–"]], header_rows=2))
    assert _items(doc) == [("1", "Welcome and apologies", "PFCC"),
                           ("2", "Performance report: October 2025", "Deputy Chief Constable"),
                           ("3", "Any other business", None)]


def test_a_subject_and_purpose_table_below_a_block_of_meeting_details() -> None:
    doc = document(
        heading("AGENDA", level=3),
        table([["DATE OF MEETING", "17 MARCH 2025"], ["TIME OF MEETING", "2:00 PM"],
               ["LOCATION", "CONFERENCE ROOM 3, POLICE HQ"]], header_rows=0),
        table([["ITEM", "SUBJECT", "PURPOSE"], ["1", "APOLOGIES FOR ABSENCE", ""],
               ["6A", "OPCC REPORT: ANTI-SOCIAL BEHAVIOUR", "ASSURANCE"], ["7", "FINANCE BRIEFING", "TO NOTE"]]),
    )
    assert _items(doc) == [("1", "APOLOGIES FOR ABSENCE", None), ("6A", "OPCC REPORT: ANTI-SOCIAL BEHAVIOUR", None),
                           ("7", "FINANCE BRIEFING", None)]


def test_bullet_points_and_paper_notes_under_items_in_a_borderless_table() -> None:
    doc = document(
        heading("Items for Discussion", level=2),
        item("Review of Action Tracker", marker="1.", bold=True),
        para("Papers: updates to be submitted by 12/05/2025."),
        table([
            [C((item("Quarterly Performance", marker="2.", bold=True),)), "PCC/CC"],
            [C((item("999 performance, including comparison with similar forces"), item("Road safety"))), ""],
            [C((item("Stalking Improvement Plan", marker="3.", bold=True),)), "ACC Crime"],
            ["Papers: report of the ACC Crime.", ""],
            [C((item("Any Other Business", marker="4.", bold=True),)), "PCC"]], header_rows=0),
    )
    assert _items(doc) == [("1", "Review of Action Tracker", None), ("2", "Quarterly Performance", "PCC/CC"),
                           ("3", "Stalking Improvement Plan", "ACC Crime"), ("4", "Any Other Business", "PCC")]


def test_an_action_log_whose_cells_say_item_and_by_is_no_agenda() -> None:
    doc = document(table([
        ["Cyf. / Ref", "Cam gweithredu / Action", "Perchennog / Owner", "Diweddariad / Update"],
        ["PAB 41", "Provide a breakdown of outcomes by county.", "DCC", "Presented at this meeting (item 3)."]]))
    assert _items(doc) == []


# --- meetings -------------------------------------------------------------------------------------------------

def test_a_meeting_announced_in_a_cover_letter() -> None:
    doc = document(
        para("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR THAMES VALLEY", bold=True),
        para("Date: 15 July 2025"),
        para("Dear Chief Constable"),
        heading("Level 1 Meeting"),
        para("You are requested to attend a Level 1 meeting on Tuesday 22 July 2025 at 10.00am in the Conference "
             "Hall, Police Headquarters."),
        heading("Agenda", level=2),
        item("Apologies", marker="1."),
    )
    found = [(m.meeting_date, m.title) for m in meetings.meetings(doc)]
    assert found == [(date(2025, 7, 22), "Level 1 Meeting")]


def test_minutes_of_the_meeting_are_titled_by_the_boards_heading_above() -> None:
    doc = document(heading("STRATEGIC RESOURCES AND PERFORMANCE MEETING"),
                   para("MINUTES OF THE MEETING HELD ON WEDNESDAY 12TH MARCH 2025 COMMENCING AT 10.00 AM"),
                   heading("1. APOLOGIES FOR ABSENCE", level=2))
    assert [(m.meeting_date, m.title) for m in meetings.meetings(doc)] == [
        (date(2025, 3, 12), "STRATEGIC RESOURCES AND PERFORMANCE MEETING")]


def test_an_office_named_before_its_title_is_the_commissioner_for_its_area() -> None:
    doc = document(para("HUMBERSIDE POLICE AND CRIME COMMISSIONER", bold=True),
                   para("Present: the Deputy Police and Crime Commissioner; the Chief Constable."))
    assert meetings.organisation(doc) == "Police and Crime Commissioner for Humberside"
    assert meetings.organisation(document(para("Office of the Kent Police and Crime Commissioner"))) == \
        "Police and Crime Commissioner for Kent"
    assert meetings.organisation(document(para("Update Police and Crime Commissioner"))) == \
        "Police and Crime Commissioner"


# --- the agenda packs, end to end -----------------------------------------------------------------------------

AGENDA_FIELDS = ("number", "title", "presenter", "meeting_date")
MEETING_FIELDS = ("meeting_date", "title", "organisation")


PACKS = files.load_generator("scrutiny-round4").PACKS


@pytest.mark.parametrize("name", sorted(PACKS))
def test_agenda_pack_agenda_and_meetings_as_gold_says(name, tmp_path) -> None:
    data, gold = PACKS[name]()
    path = tmp_path / name
    path.write_bytes(data)
    result = process_document(path)
    assert result.status == "ok"
    assert files.lower_key(result.records["agenda_items"], AGENDA_FIELDS) == \
        files.lower_key(gold["agenda_items"], AGENDA_FIELDS)
    assert files.lower_key(result.records["meetings"], MEETING_FIELDS) == \
        files.lower_key(gold["meetings"], MEETING_FIELDS)
