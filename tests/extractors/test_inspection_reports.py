"""Areas for improvement, causes of concern with their recommendations, and
findings, in the layouts PEEL and child protection reports use."""

from scrutiny_build import document, drafted_records, heading, item, para, span, table

from extractors import areas_for_improvement, causes_of_concern, findings
from extractors.document import describe
from pipeline.layout import BlockKind, FileType, Provenance, Span, Style, TextBlock
from schemas.records import DocKind


def bold_italic(text: str, page: int = 1) -> TextBlock:
    return TextBlock(BlockKind.HEADING, (span(text, bold=True, italic=True),), Provenance(page), level=4)


PEEL = document(
    heading("PEEL 2023-25: Humberside Police"),
    heading("Responding to the public", page=2),
    para("Grade: Adequate", bold=True, page=2),
    para("Humberside Police is adequate at responding to the public.", bold=True, page=2),
    heading("Areas for improvement:", page=2, level=3),
    item("Humberside Police should improve the way it flags vulnerable people on its incident logs", page=2),
    item("Humberside Police needs to attend calls for service in line with its published attendance times", page=2),
    heading("Main findings", page=2, level=3),
    para("In this section of the report, we set out our main findings.", page=2),
    item("The force effectively oversees control room performance", page=2),
    item("The force appropriately prioritises the calls it receives", page=3),
    heading("Preventing and deterring crime and antisocial behaviour, and reducing vulnerability", page=3),
    heading("Promising practice:", page=3, level=4),
    para("Humberside Police deploys a car containing a police officer and a paramedic", page=3),
    heading("Main findings:", page=3, level=4),
    item("The force prioritises prevention", page=3),
    heading("Areas of Focus", page=4),
    item("Current Status (what is the Force doing and why)", page=4),
    table([["Question", "Evidence"], ["1. What changed?", "- The force improved its main findings\n- Areas for improvement were met"]], page=4),
)


def test_afi_bullets_are_tagged_with_their_section_area() -> None:
    afis = drafted_records(areas_for_improvement, PEEL, "areas_for_improvement")
    assert [(a["text"], a["area"], a["page"]) for a in afis] == [
        ("Humberside Police should improve the way it flags vulnerable people on its incident logs",
         "Responding to the public", 2),
        ("Humberside Police needs to attend calls for service in line with its published attendance times",
         "Responding to the public", 2)]
    assert {a["force"] for a in afis} == {"Humberside Police"} and {a["detail"] for a in afis} == {None}


def test_findings_by_kind_and_area_and_nothing_from_other_lists() -> None:
    got = [(f["kind"], f["area"], f["text"]) for f in drafted_records(findings, PEEL, "findings")]
    assert got == [
        ("main_finding", "Responding to the public", "The force effectively oversees control room performance"),
        ("main_finding", "Responding to the public", "The force appropriately prioritises the calls it receives"),
        ("promising_practice", "Preventing crime", "Humberside Police deploys a car containing a police officer and a paramedic"),
        ("main_finding", "Preventing crime", "The force prioritises prevention"),
    ]


CHILD = document(
    heading("National child protection inspection: Cumbria Constabulary"),
    heading("Working with safeguarding partners", page=2),
    para("Cumbria Constabulary is adequate at working with safeguarding partners.", page=2),
    heading("Area for improvement", page=2),
    bold_italic("The force needs to work more effectively with its safeguarding partners", page=2),
    para("The force has worked hard to provide representation at partnerships.", page=2),
    para("But at an operational level, improvements are needed in the", page=2),
    para("way strategy discussions are recorded.", page=3),
    heading("Main findings", page=3),
    item("The force invites partners to its daily meetings", page=3),
    heading("Responding to children at risk of harm", page=3),
    para("Cumbria Constabulary is inadequate at responding to children at risk of harm.", page=3),
    heading("Cause of concern", page=3),
    bold_italic("The force does not consistently recognise the risks posed to missing children", page=3),
    para("In this inspection we found the response to missing children to be poor.", page=3),
    heading("Recommendations", page=4),
    para("With immediate effect, in respect of missing children, Cumbria Constabulary should make sure that:", page=4),
    item("risk assessments are appropriate in all cases;", page=4),
    item("its response is proportionate to the level", page=4),
    para("of risk; and", page=5),
    item("investigations are effective from the first point of contact.", page=5),
    para("Within six months, the force should:", page=5),
    item("review its missing persons policy.", page=5),
    heading("Main findings", page=5),
    item("The force's response to missing children incidents is frequently poor", page=5),
    heading("Next steps", page=6),
    para("Within eight weeks of this report's publication, the force should tell us how it will address the causes of concern.", page=6),
    heading("Force response to recommendations", page=6),
    para("At the meeting the PCC will seek assurance that:", page=6),
    item("all recommendations have been implemented; and", page=6),
)


def test_child_protection_afi_headings_keep_their_paragraphs_as_detail() -> None:
    [afi] = drafted_records(areas_for_improvement, CHILD, "areas_for_improvement")
    assert afi["text"] == "The force needs to work more effectively with its safeguarding partners"
    assert afi["area"] == "Working with safeguarding partners"
    assert afi["detail"] == ("The force has worked hard to provide representation at partnerships.\n\n"
                             "But at an operational level, improvements are needed in the way strategy discussions are recorded.")


def test_cause_of_concern_and_its_recommendations() -> None:
    [cause] = drafted_records(causes_of_concern, CHILD, "causes_of_concern")
    assert cause["text"] == "The force does not consistently recognise the risks posed to missing children"
    assert cause["area"] == "Responding to children at risk of harm" and cause["page"] == 3
    recs = drafted_records(causes_of_concern, CHILD, "recommendations")
    assert [(r["text"], r["timescale"], r["page"]) for r in recs] == [
        ("risk assessments are appropriate in all cases", "With immediate effect", 4),
        ("its response is proportionate to the level of risk", "With immediate effect", 4),
        ("investigations are effective from the first point of contact.", "With immediate effect", 5),
        ("review its missing persons policy.", "Within six months", 5),
    ]
    assert recs[0]["lead_in"] == "With immediate effect, in respect of missing children, Cumbria Constabulary should make sure that:"
    assert {r["cause_of_concern_id"] for r in recs} == {cause["record_id"]}


def test_child_protection_document_is_described() -> None:
    ctx = describe(CHILD)
    assert ctx.doc_kind == DocKind.CHILD_PROTECTION_REPORT
    assert ctx.force == "Cumbria Constabulary" and ctx.framework == "Child protection"


def test_recommendations_in_sentences_of_their_own_with_dated_timescales() -> None:
    doc = document(
        heading("PEEL 2021/22: an inspection of Wiltshire Police"),
        heading("Recommendations", page=2),
        para("Recommendation 1: By 31 March 2026, Wiltshire Police should make sure its control room staff are trained.", page=2),
    )
    [rec] = drafted_records(causes_of_concern, doc, "recommendations")
    assert rec["text"] == "By 31 March 2026, Wiltshire Police should make sure its control room staff are trained."
    assert rec["timescale"] == "By 31 March 2026" and rec["cause_of_concern_id"] is None


RESPONSE = document(
    heading("Response to the HMICFRS inspection of child protection: Gwent Police"),
    table([
        ["Ref", "Area", "Recommendation or AFI", "Response", "Owner", "Target date", "Status"],
        ["CoC 1", "Responding to children at risk of harm", "The force does not recognise risks to missing children",
         "A new missing persons team is in place.", "ACC", "", "Open"],
        ["Rec 1.1", "", "With immediate effect, the force should train its control room staff",
         "Training delivered to all staff.", "Head of Control Room", "31/03/2025", "Complete"],
        ["AFI 1", "Working with safeguarding partners", "The force needs to work more effectively with partners",
         "- Partnership board set up\n- Joint audits planned", "DCI", "30/06/2025", "Ongoing"],
    ], page=None),
    name="response.docx", file_type=FileType.DOCX,
)


def test_force_response_table_quotes_afis_causes_and_recommendations_with_the_response() -> None:
    ctx = describe(RESPONSE)
    assert ctx.doc_kind == DocKind.FORCE_RESPONSE and ctx.force == "Gwent Police"
    [afi] = drafted_records(areas_for_improvement, RESPONSE, "areas_for_improvement")
    assert afi["area"] == "Working with safeguarding partners" and afi["page"] is None
    assert afi["force_response"] == "Partnership board set up\nJoint audits planned"
    [cause] = drafted_records(causes_of_concern, RESPONSE, "causes_of_concern")
    [rec] = drafted_records(causes_of_concern, RESPONSE, "recommendations")
    assert rec["cause_of_concern_id"] == cause["record_id"] and rec["timescale"] == "With immediate effect"
    assert rec["force_response"] == "Training delivered to all staff."
    assert cause["area"] == "Responding to children at risk of harm"


def sized(text: str, size: float, *, page: int = 1, kind: BlockKind = BlockKind.HEADING) -> TextBlock:
    return TextBlock(kind, (Span(text, Style(bold=True, size=size)),), Provenance(page), level=3)


def test_a_grade_under_the_area_heading_keeps_the_section_open() -> None:
    doc = document(
        heading("PEEL 2023-25: an inspection of Cumbria Constabulary"),
        heading("Investigating crime", page=5), heading("Requires improvement", page=5, level=3),
        heading("Area for improvement 1", page=5, level=4),
        para("The force should make sure investigations are supervised effectively", page=5),
    )
    afis = drafted_records(areas_for_improvement, doc, "areas_for_improvement")
    assert [(a["text"], a["area"]) for a in afis] == [
        ("The force should make sure investigations are supervised effectively", "Investigating crime")]


def test_main_findings_set_as_bold_statements_smaller_than_their_label() -> None:
    doc = document(
        heading("PEEL 2023-25: an inspection of Cumbria Constabulary"),
        sized("Preventing crime", 20), sized("Main findings", 15),
        sized("The force prioritises preventing crime", 11), para("Teams agree priorities with communities."),
        sized("The force uses problem-solving well", 11), para("Officers record their plans."),
        sized("HM Inspector's observations", 15), sized("The force has a good culture", 11),
    )
    found = drafted_records(findings, doc, "findings")
    assert [(f["text"], f["area"], f["kind"]) for f in found] == [
        ("The force prioritises preventing crime", "Preventing crime", "main_finding"),
        ("The force uses problem-solving well", "Preventing crime", "main_finding")]


def test_a_numbered_list_running_into_the_next_column_keeps_its_items_apart() -> None:
    doc = document(
        heading("PEEL 2023-25: an inspection of Cumbria Constabulary"),
        heading("3.1 Responding to the public"), heading("AREAS FOR IMPROVEMENT", level=4),
        item("The force should answer non-emergency calls sooner", marker="1."),
        item("The force needs to record the vulnerability of callers", marker="2."),
        item("The force should attend incidents within its target times", marker="3.", level=1),
    )
    afis = drafted_records(areas_for_improvement, doc, "areas_for_improvement")
    assert [(a["text"], a["area"], a["detail"]) for a in afis] == [
        ("The force should answer non-emergency calls sooner", "Responding to the public", None),
        ("The force needs to record the vulnerability of callers", "Responding to the public", None),
        ("The force should attend incidents within its target times", "Responding to the public", None)]


def test_a_response_table_with_a_type_column_in_its_own_order() -> None:
    doc = document(
        heading("Police and Crime Commissioner's response to the HMICFRS inspection of Gwent Police"),
        table([["No.", "HMICFRS area", "Type", "What HMICFRS said", "Lead", "Progress", "Status"],
               ["1", "Responding to the public", "Cause of concern", "The force isn't answering calls quickly enough",
                "ACC", "Recruiting", "Amber"],
               ["1.1", "Responding to the public", "Recommendation",
                "Within six months, the force should answer emergency calls within ten seconds", "ACC", "Met",
                "Green"],
               ["2", "Investigating crime", "AFI", "The force should supervise investigations effectively", "DCI",
                "Audit due", "Amber"]]),
        name="response.docx", file_type=FileType.DOCX,
    )
    ctx = describe(doc)
    drafts = causes_of_concern.extract(doc, ctx).drafts
    cause = next(d for d in drafts if d.record_type == "causes_of_concern")
    rec = next(d for d in drafts if d.record_type == "recommendations")
    assert (cause.fields["text"], cause.fields["area"]) == (
        "The force isn't answering calls quickly enough", "Responding to the public")
    assert rec.fields["cause_of_concern_id"] == cause.record_id and rec.fields["timescale"] == "Within six months"
    afis = drafted_records(areas_for_improvement, doc, "areas_for_improvement")
    assert [(a["text"], a["area"]) for a in afis] == [
        ("The force should supervise investigations effectively", "Investigating crime")]


def test_the_title_is_the_report_or_meeting_title_never_the_issuing_office() -> None:
    report = document(sized("PEEL 2023-25", 34), sized("Police effectiveness, efficiency and legitimacy", 18),
                      sized("An inspection of Kent Police", 18), para("12 June 2025"))
    ctx = describe(report)
    assert ctx.title == "PEEL 2023-25 Police effectiveness, efficiency and legitimacy An inspection of Kent Police"
    assert str(ctx.publication_date) == "2025-06-12"
    pack = document(sized("Police and Crime Commissioner for Durham", 14), sized("Scrutiny Meeting", 12),
                    sized("Date: Wednesday 21 May 2025", 11), sized("Agenda", 12))
    assert describe(pack).title == "Scrutiny Meeting"
