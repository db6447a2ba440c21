"""Mechanisms of packs, each on a small layout: decisions stated in a sentence,
levels given only by a cell's shading, a "Yes/Partly/No" answer column, theme
lines and columns, bilingual labels, status letters and marks explained by a
key."""

from dataclasses import replace

from scrutiny_build import C, document, extracted_fields, heading, para, span, table

from extractors import actions, assurance, meetings
from extractors.tables import english_side, in_english


# --- assurance ----------------------------------------------------------------

def test_a_decision_stated_in_a_sentence_closes_its_item() -> None:
    doc = document(
        heading("6. ROAD SAFETY", level=2),
        para("The PCC asked: How is the force using average speed enforcement?"),
        para("The ACC explained how sites are chosen from collision data."),
        para("RESOLVED: The PCC confirmed he was assured that enforcement is targeted."),
        heading("7. RURAL CRIME", level=2),
        para("Question: What is being done to reduce farm thefts?"),
        para("Thefts fell by 12% in the year."),
        para("The Commissioner was partially assured and asked for an update."),
        heading("8. CUSTODY", level=2),
        para("Why have detainees waited longer?"),
        para("The provider lost three nurses."),
        para("The PCC stated that he was not assured and would raise it."),
    )
    found = extracted_fields(assurance, doc)
    assert [(d["question_number"], d["topic"], d["question"], d["assurance"]) for d in found] == [
        ("6", "Road Safety", "How is the force using average speed enforcement?", "Assured"),
        ("7", "Rural Crime", "What is being done to reduce farm thefts?", "Partly assured"),
        ("8", "Custody", "Why have detainees waited longer?", "Not assured"),
    ]
    assert found[0]["commentary"] == "The PCC confirmed he was assured that enforcement is targeted."
    assert found[0]["evidence_summary"] == "The ACC explained how sites are chosen from collision data."


def test_reassured_in_a_sentence_is_no_decision() -> None:
    doc = document(
        heading("2. Performance report", level=2),
        para("The Deputy Chief Constable presented the report."),
        para("The Commissioner was reassured by the improvement but asked how it would be sustained."),
    )
    assert extracted_fields(assurance, doc) == []


def test_a_level_given_only_by_shading_is_read_against_the_key() -> None:
    doc = document(
        para("Assurance level key: Green = Assured; Amber = Partially assured; Red = Not assured"),
        table([
            ["Question", "Force response", "Assurance level"],
            [C((para("Roads policing", bold=True), para("How are routes chosen?"))), "From collision data.",
             C("", fill="#00b050")],
            [C((para("Call handling", bold=True), para("Why has abandonment risen?"))), "Absence rose.",
             C("", fill="#ff0000")],
            [C((para("Retail crime", bold=True), para("What has changed?"))), "Faster allocation.",
             C("", fill="#ffc000")],
        ]),
    )
    assert [(d["topic"], d["question"], d["assurance"]) for d in extracted_fields(assurance, doc)] == [
        ("Roads policing", "How are routes chosen?", "Assured"),
        ("Call handling", "Why has abandonment risen?", "Not assured"),
        ("Retail crime", "What has changed?", "Partly assured"),
    ]


def test_an_assured_question_column_answered_yes_partly_no_with_a_theme_column() -> None:
    doc = document(table([
        ["Ref", "Area of focus", "Key line of enquiry", "GMP response", "Assured?", "Comments"],
        ["1", "Neighbourhood crime", "Is every burglary attended?", "99% attended.", "Yes", "Welcomed."],
        ["2", "Custody", "Are children moved to local authority beds?", "Four of ten.", "Partly", "More work."],
        ["3", "Vetting", "Are sensitive posts vetted?", "A backlog.", "No", "A plan is needed."],
    ]))
    assert [(d["question_number"], d["topic"], d["question"], d["assurance"], d["commentary"])
            for d in extracted_fields(assurance, doc)] == [
        ("1", "Neighbourhood crime", "Is every burglary attended?", "Assured", "Welcomed."),
        ("2", "Custody", "Are children moved to local authority beds?", "Partly assured", "More work."),
        ("3", "Vetting", "Are sensitive posts vetted?", "Not assured", "A plan is needed."),
    ]


def test_a_bilingual_packs_topic_is_the_english_side_of_its_heading() -> None:
    doc = document(
        heading("Cofnodion / Minutes"),
        heading("1. Ymddiheuriadau / Apologies", level=2),
        para("None."),
        heading("3. Troseddau gwledig / Rural crime", level=2),
        para("Cwestiwn / Question: How are farm thefts investigated?"),
        para("A single team reviews every report."),
        para("The Commissioner was assured that reports are reviewed."),
    )
    assert [(d["topic"], d["question"]) for d in extracted_fields(assurance, doc)] == [
        ("Rural crime", "How are farm thefts investigated?")]


def test_english_side_of_bilingual_labels() -> None:
    assert english_side(["Cofnodion / Minutes", "Statws / Status", "Galwadau 101 / 101 call handling"]) == "right"
    assert english_side(["Minutes / Cofnodion", "Actions / Camau Gweithredu"]) == "left"
    assert english_side(["Police / Crime", "Apologies"]) is None
    assert in_english("Galwadau 101 / 101 call handling", "right") == "101 call handling"
    assert in_english("Rural crime", "right") == "Rural crime"


# --- actions ------------------------------------------------------------------

def _tracker(status_cells: list, *extra_blocks) -> list[dict]:
    rows = [["Ref", "Action", "Update", "Status"]]
    rows += [[f"A{i}", f"Action number {i} to be taken.", "See the papers.", cell] for i, cell in enumerate(status_cells)]
    return extracted_fields(actions, document(*extra_blocks, table(rows)))


def test_status_letters_read_against_the_packs_key() -> None:
    found = _tracker(["C", "O"], para("Allwedd / Key: C = Cwblhawyd / Complete; O = Agored / Open"))
    assert [(a["status"], a["status_source"]) for a in found] == [
        ("complete", "status_column"), ("outstanding", "status_column")]


def test_ticks_and_crosses_in_a_status_column() -> None:
    found = _tracker(["\u2713", "\u2717"])
    assert [a["status"] for a in found] == ["complete", "outstanding"]


def test_a_key_line_of_coloured_dots_without_equals_signs() -> None:
    legend = para([span("\u25cf", colour="#00b050"), span(" Complete "), span("\u25cf", colour="#ffc000"),
                   span(" In progress "), span("\u25cf", colour="#ff0000"), span(" Not started")])
    dots = [C((para([span("\u25cf", colour=colour)]),)) for colour in ("#ffc000", "#ff0000", "#00b050")]
    assert [(a["status"], a["status_source"]) for a in _tracker(dots, legend)] == [
        ("outstanding", "glyph_colour"), ("outstanding", "glyph_colour"), ("complete", "glyph_colour")]


def test_a_colour_the_key_leaves_out_reads_as_rag() -> None:
    legend = para([span("\u25cf", colour="#ff0000"), span(" Not started "), span("\u25cf", colour="#ffc000"),
                   span(" In progress")])
    dots = [C((para([span("\u25cf", colour="#00b050")]),))]
    assert [a["status"] for a in _tracker(dots, legend)] == ["complete"]


def test_full_width_topic_rows_labelled_topic() -> None:
    doc = document(table([
        ["Ref", "Action", "Update", "Status"],
        [C("Topic: Stalking", col_span=4), None, None, None],
        ["A24/03", "Provide the order figures.", "Provided in January.", "Complete"],
    ]))
    assert [(a["topic"], a["number"]) for a in extracted_fields(actions, doc)] == [("Stalking", "A24/03")]


# --- meetings and the dates of actions -------------------------------------------

def test_minutes_named_only_in_the_page_header_dated_by_the_line_below() -> None:
    doc = document(
        heading("Cofnodion / Minutes"),
        para("Dyddiad / Date: 8 Gorffennaf 2025 / 8 July 2025"),
        heading("1. Ymddiheuriadau / Apologies", level=2),
        para("None."),
        heading("3. Troseddau gwledig / Rural crime", level=2),
        para("Cam gweithredu / Action: The DCC to share the audit results. (PAB 47)"),
    )
    doc = replace(doc, page_furniture=(
        para("Comisiynydd Heddlu a Throseddu Dyfed-Powys / Police and Crime Commissioner for Dyfed-Powys"),
        para("Bwrdd Atebolrwydd Plismona / Policing Accountability Board")))
    assert [(m["meeting_date"].isoformat(), m["title"], m["organisation"])
            for m in extracted_fields(meetings, doc)] == [
        ("2025-07-08", "Policing Accountability Board", "Police and Crime Commissioner for Dyfed-Powys")]
    assert [(a["number"], a["text"], a["topic"]) for a in extracted_fields(actions, doc)] == [
        ("PAB 47", "The DCC to share the audit results.", "Rural crime")]


def test_capitalised_minutes_heading_dated_below_holds_its_decisions() -> None:
    doc = document(
        heading("POLICE AND CRIME COMMISSIONER FOR DERBYSHIRE"),
        heading("BOARD MINUTES"),
        para("DATE OF MEETING 20 JANUARY 2025 TIME OF MEETING 2PM"),
        heading("6. ROAD SAFETY", level=2),
        para("The PCC asked: How are sites chosen?"),
        para("From collision data."),
        para("RESOLVED: The PCC confirmed he was assured."),
    )
    assert [(m["meeting_date"].isoformat(), m["organisation"]) for m in extracted_fields(meetings, doc)] == [
        ("2025-01-20", "Police and Crime Commissioner for Derbyshire")]
    assert [d["meeting_date"].isoformat() for d in extracted_fields(assurance, doc)] == ["2025-01-20"]


def test_a_tracker_without_a_date_column_dated_by_its_heading() -> None:
    doc = document(
        heading("Actions from the meeting of 16 June 2025", level=2),
        table([["Ref", "Action", "Status"], ["PAM/25/07", "Share the enforcement plan.", "Complete"]]),
    )
    assert [a["meeting_date"].isoformat() for a in extracted_fields(actions, doc)] == ["2025-06-16"]
