"""The layouts other offices print their packs in: minutes whose decisions
and actions are paragraphs, rating colours, number columns, untitled
meetings, trackers without a topic or status column."""

from datetime import date

from scrutiny_build import document, extracted_fields, heading, item, para, table

from extractors import actions, agenda, assurance, meetings


# --- agenda -------------------------------------------------------------------

def test_agenda_table_whose_item_column_holds_only_numbers() -> None:
    doc = document(
        heading("Agenda"),
        table([["Item", "Title", "Lead"], ["1", "Welcome and apologies", "PCC"], ["2", "Stop and Search", "Chief Constable"]]),
    )
    assert [(r["number"], r["title"], r["presenter"]) for r in extracted_fields(agenda, doc)] == [
        ("1", "Welcome and apologies", "PCC"), ("2", "Stop and Search", "Chief Constable")]


def test_agenda_presenters_in_brackets_where_most_lines_end_so() -> None:
    doc = document(
        heading("AGENDA"),
        item("Minutes of the last meeting (Chief of Staff, MOPAC)", marker="1."),
        item("Quarterly performance (Deputy Commissioner)", marker="2."),
        item("Any other business", marker="3."),
    )
    assert [(r["title"], r["presenter"]) for r in extracted_fields(agenda, doc)] == [
        ("Minutes of the last meeting", "Chief of Staff, MOPAC"), ("Quarterly performance", "Deputy Commissioner"),
        ("Any other business", None)]


def test_a_bracket_only_one_agenda_line_ends_with_is_its_title() -> None:
    doc = document(
        heading("Agenda"),
        item("Apologies", marker="1."),
        item("Notes of the meeting (Hate Crime)", marker="2."),
        item("Any other business", marker="3."),
    )
    assert [(r["title"], r["presenter"]) for r in extracted_fields(agenda, doc)] == [
        ("Apologies", None), ("Notes of the meeting (Hate Crime)", None), ("Any other business", None)]


# --- meetings -----------------------------------------------------------------

def test_minutes_opened_by_a_date_line_under_the_boards_heading() -> None:
    doc = document(
        heading("ACCOUNTABILITY BOARD"),
        para("Minutes", bold=True),
        para("Tuesday 11th February 2025, 10:00, Headquarters"),
        heading("7. Date of next meeting", level=2),
        para("Tuesday 11th March 2025"),
    )
    assert [(m.meeting_date, m.title) for m in meetings.meetings(doc)] == [(date(2025, 2, 11), "ACCOUNTABILITY BOARD")]


def test_a_date_line_over_an_agenda_is_a_meeting_even_untitled() -> None:
    """The board's name printed only in the page's header band, which the layout drops."""
    doc = document(
        para("Thursday, 6th March 2025, 10:00 - 12:00, City Hall"),
        heading("AGENDA"),
        item("Performance", marker="1."),
    )
    records = extracted_fields(meetings, doc)
    assert [(r["meeting_date"], r["title"]) for r in records] == [(date(2025, 3, 6), None)]


def test_the_own_meeting_does_not_take_the_topic_of_the_notes_below_it() -> None:
    doc = document(
        heading("Public Accountability Meeting"),
        para("Date: 18 March 2025"),
        heading("Agenda", level=2),
        table([["No.", "Agenda item", "Lead"], ["1", "Welcome", "Commissioner"]]),
        heading("Minutes of the Public Accountability Meeting held on 21 January 2025", level=2),
        para("Topic: Serious Violence"),
    )
    assert [(m.meeting_date, m.topic) for m in meetings.meetings(doc)] == [
        (date(2025, 3, 18), None), (date(2025, 1, 21), "Serious Violence")]


# --- assurance decisions minuted as paragraphs ---------------------------------

def test_board_minutes_item_closed_by_a_level_paragraph() -> None:
    doc = document(
        heading("BOARD"),
        para("Tuesday 11th February 2025, 10:00, Headquarters"),
        heading("3. Response Times", level=2),
        para("The Commissioner requires assurance that emergency calls are attended on time."),
        para("84% of urban emergency calls were attended within target."),
        para("ACTION AB/25/01: The DCC to provide attendance times by district."),
        para("Assurance statement: The Commissioner was concerned about rural attendance."),
        para("Level of assurance: Limited", bold=True),
        heading("4. Any other business", level=2),
        para("Outcome: the Force will report back in May."),  # not a level: no decision
    )
    [record] = extracted_fields(assurance, doc)
    assert {k: record[k] for k in ("meeting_date", "topic", "question_number", "question", "evidence_summary",
                                   "assurance", "assurance_raw", "commentary")} == {
        "meeting_date": date(2025, 2, 11), "topic": "Response Times", "question_number": "3",
        "question": "The Commissioner requires assurance that emergency calls are attended on time.",
        "evidence_summary": "84% of urban emergency calls were attended within target.",
        "assurance": "Partly assured", "assurance_raw": "Limited",
        "commentary": "The Commissioner was concerned about rural attendance."}


def test_numbered_questions_with_response_and_assurance_lines() -> None:
    doc = document(
        heading("ITEM 2: TRUST AND CONFIDENCE"),
        para("Q1. What has changed in the handling of complaints?"),
        para("Response: A review has been commissioned."),
        para("Assurance: Not assured. The DMPC asked for the review's terms of reference."),
        para("Q2. How are officers trained?"),
        para("Response: All officers completed the course."),
        para("Assurance: Substantial"),
    )
    records = extracted_fields(assurance, doc)
    assert [(r["question_number"], r["question"], r["evidence_summary"], r["assurance"], r["commentary"])
            for r in records] == [
        ("1", "What has changed in the handling of complaints?", "A review has been commissioned.", "Not assured",
         "The DMPC asked for the review's terms of reference."),
        ("2", "How are officers trained?", "All officers completed the course.", "Assured", None)]
    assert {r["topic"] for r in records} == {"Trust and Confidence"}


def test_rating_colours_read_against_the_packs_key_else_as_rag() -> None:
    rows = [["No.", "Key line of enquiry", "Force response", "Assurance rating"],
            ["1", "How are victims updated?", "Monthly checks.", "Green"],
            ["2", "How are repeat victims supported?", "Case reviews.", "Amber"]]
    keyed = document(para("Assurance rating key: Green - assured; Amber - not assured."), table(rows))
    unkeyed = document(table(rows))
    assert [(r["question_number"], r["assurance"], r["assurance_raw"], r["commentary"])
            for r in extracted_fields(assurance, keyed)] == [("1", "Assured", "Green", None),
                                                             ("2", "Not assured", "Amber", None)]
    assert [r["assurance"] for r in extracted_fields(assurance, unkeyed)] == ["Assured", "Partly assured"]


# --- actions --------------------------------------------------------------------

def test_action_lines_take_their_items_heading_and_merge_with_the_log() -> None:
    doc = document(
        heading("BOARD"),
        para("Tuesday 11th February 2025, 10:00, Headquarters"),
        heading("3. Response Times", level=2),
        para("ACTION AB/25/01: The DCC to provide attendance times by district."),
        heading("4. Vetting", level=2),
        para("Action \u2013 The Chief Constable to share the vetting plan."),
        heading("Action Log", level=2),
        table([["Ref", "Date raised", "Action", "Update", "Status"],
               ["AB/24/09", "10/12/2024", "The OPCC to publish the forward plan.", "Delayed.", "Overdue"],
               ["AB/25/01", "11/02/2025", "The DCC to provide attendance times by district.", "New action.", "Open"]]),
    )
    records = {r["text"]: r for r in extracted_fields(actions, doc)}
    assert set(records) == {"The DCC to provide attendance times by district.",
                            "The Chief Constable to share the vetting plan.", "The OPCC to publish the forward plan."}
    merged = records["The DCC to provide attendance times by district."]
    assert (merged["number"], merged["topic"], merged["meeting_date"], merged["status"], merged["source"]) == (
        "AB/25/01", "Response Times", date(2025, 2, 11), "outstanding", "action_tracker")
    listed = records["The Chief Constable to share the vetting plan."]
    assert (listed["number"], listed["topic"], listed["status"], listed["source"]) == (
        None, "Vetting", "unknown", "action_list")
    assert records["The OPCC to publish the forward plan."]["meeting_date"] == date(2024, 12, 10)


def test_listed_actions_take_the_topic_of_their_meeting() -> None:
    doc = document(
        para("NOTES OF SCRUTINY MEETING: DOMESTIC ABUSE \u2013 12 JUNE 2025", bold=True),
        para("Actions", bold=True),
        item("That breach data be reported to the next meeting.", marker="1."),
    )
    [record] = extracted_fields(actions, doc)
    assert (record["topic"], record["meeting_date"], record["number"]) == ("Domestic Abuse", date(2025, 6, 12), "1")


def test_a_log_without_topic_column_gives_rows_the_topic_of_the_minuted_meeting() -> None:
    doc = document(
        heading("Minutes of the Public Accountability Meeting held on 21 January 2025"),
        para("Topic: Serious Violence"),
        heading("Action Log"),
        table([["Ref", "Raised", "Action", "Update"],
               ["1", "19/11/2024", "Brief the Commissioner on custody.", "Completed - report received 3rd March 2025"],
               ["2", "21/01/2025", "Publish the 101 review.", "Deadline extended to June 2025"]]),
    )
    records = extracted_fields(actions, doc)
    assert [(r["meeting_date"], r["topic"], r["status"], r["status_source"]) for r in records] == [
        (date(2024, 11, 19), None, "complete", "inferred_from_update"),
        (date(2025, 1, 21), "Serious Violence", "outstanding", "inferred_from_update")]
