"""Meetings a pack holds, and the pack's own meeting."""

from datetime import date

from scrutiny_build import C, document, heading, para, table

from extractors import meetings
from extractors.context import DocumentContext


def _pack():
    return document(
        para("Police, Fire and Crime Commissioner for Northamptonshire", bold=True),
        heading("Accountability Board"),
        para("Date: Tuesday 3rd June 2025", bold=True),
        para("Time: 10:00am", bold=True),
        heading("Agenda", level=2),
        table([["", "Item", "Lead"],
               ["1.", "Minutes of the Accountability Board (Road Safety) - 6 May 2025", "PFCC"],
               ["2.", "Date of the next meeting: 1 July 2025", "PFCC"]]),
        para("MINUTES OF THE ACCOUNTABILITY BOARD MEETING (ROAD SAFETY) - 06/05/2025", bold=True, page=2),
        para("Date of the next meeting: 1 July 2025", page=3),
        para("Accountability Board", bold=True, page=4),
        table([["Report Title", "Neighbourhood Policing"], ["Meeting Date", "03.06.2025"]], page=4, header_rows=0),
        para("Notes - Accountability Board Meeting - 3 June 2025", bold=True, page=6),
    )


def test_each_meeting_once_with_date_topic_and_office() -> None:
    doc = _pack()
    drafts = meetings.extract(doc, DocumentContext()).drafts
    got = {d.fields["meeting_date"]: d.fields for d in drafts}
    assert set(got) == {date(2025, 6, 3), date(2025, 5, 6)}
    previous = got[date(2025, 5, 6)]
    # the capitals of the heading are written as the agenda writes the topic
    assert previous["topic"] == "Road Safety"
    assert previous["title"].startswith("MINUTES OF THE ACCOUNTABILITY BOARD")
    assert previous["page"] == 2
    own = got[date(2025, 6, 3)]
    # the report front sheet titles one item of the agenda, not the meeting
    assert own["topic"] is None
    assert own["organisation"] == "Police, Fire and Crime Commissioner for Northamptonshire"
    assert own["page"] == 6  # its notes heading, which states topic and date


def test_pack_meeting_is_the_agenda_date_not_the_previous_notes() -> None:
    assert meetings.pack_meeting(_pack()) == ("Police, Fire and Crime Commissioner for Northamptonshire", date(2025, 6, 3))


def test_notes_meeting_at_names_the_notes_holding_a_block() -> None:
    doc = _pack()
    holder = meetings.notes_meeting_at(doc, 7)
    assert holder is not None and holder.meeting_date == date(2025, 5, 6)
    assert holder.topic == "Road Safety"
    # a front sheet ends the previous meeting's notes
    assert meetings.notes_meeting_at(doc, 9) is None


def test_a_body_sentence_about_notes_is_not_a_meeting() -> None:
    doc = document(para("The notes of the meeting held on 1 April 2025 were agreed as a true record."))
    assert meetings.extract(doc, DocumentContext()).drafts == []


def test_office_names_with_commas_and_mayors() -> None:
    doc = document(para("Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"))
    assert meetings.organisation(doc) == "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"
    mayor = document(para("Mayor's Office for Policing and Crime"), para("Police and Crime Committee"))
    assert meetings.organisation(mayor) == "Mayor's Office for Policing and Crime"
    assert meetings.organisation(document(para("Scrutiny meeting"))) is None


def test_no_meetings_in_a_document_without_them() -> None:
    doc = document(heading("Responding to the public"), para("The force answers calls quickly."),
                   table([["Question", "Answer"], [C("1. Why?"), "Because."]]))
    assert meetings.pack_meeting(doc) == (None, None)
    assert meetings.extract(doc, DocumentContext()).drafts == []
