"""Grades in every form inspection reports and packs print them."""

from scrutiny_build import C, document, heading, item, para, table

from extractors import grades
from extractors.context import DocumentContext
from extractors.document import describe
from extractors.vocab import CHILD_PROTECTION, PEEL_2021_22, PEEL_2023_25
from schemas.records import DocKind

GRADE_HEADER = ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]


def _grades(doc, ctx=None) -> dict[tuple[str, str | None], dict]:
    ctx = ctx or describe(doc)
    records = [d.fields for d in grades.extract(doc, ctx).drafts]
    out = {(r["area"], r["as_of"]): r for r in records}
    assert len(out) == len(records), "two records for one area and date"
    return out


def test_five_column_table_an_area_belongs_to_its_column_whatever_the_row() -> None:
    doc = document(
        heading("PEEL 2023-25: an inspection of Gwent Police"),
        para("We graded the force's performance in eight areas as follows:"),
        table([GRADE_HEADER,
               ["", "Managing offenders", "Responding to the public", "Investigating crime", ""],
               ["", "", "Leadership and force management", "Protecting vulnerable people", ""],
               ["", "", "", "", "Preventing crime"]], page=3),
    )
    got = _grades(doc)
    assert {k[0]: v["grade"] for k, v in got.items()} == {
        "Managing offenders": "Good", "Responding to the public": "Adequate",
        "Investigating crime": "Requires improvement", "Leadership and force management": "Adequate",
        "Protecting vulnerable people": "Requires improvement", "Preventing crime": "Inadequate"}
    record = got[("Investigating crime", None)]
    assert record["framework"] == PEEL_2023_25 and record["force"] == "Gwent Police" and record["page"] == 3


def test_improvement_journey_one_record_per_date_with_its_framework() -> None:
    doc = document(
        heading("Kent Police's improvement journey"),
        table([GRADE_HEADER], page=5),
        para("April 2025", bold=True, page=5),
        table([["", "Investigating crime", "Developing a positive workforce", "", ""]], header_rows=0, page=5),
        para("March 2023", bold=True, page=5),
        table([["Recording data about crime", "Investigating crime", "", "", "Good use of resources"]],
              header_rows=0, page=5),
    )
    got = _grades(doc)
    assert got[("Investigating crime", "2025-04")]["grade"] == "Good"
    assert got[("Investigating crime", "2025-04")]["framework"] == PEEL_2023_25
    assert got[("Investigating crime", "2023-03")]["grade"] == "Good"
    assert got[("Investigating crime", "2023-03")]["framework"] == PEEL_2021_22
    assert got[("Good use of resources", "2023-03")]["grade"] == "Inadequate"
    assert got[("Recording data about crime", "2023-03")]["grade"] == "Outstanding"
    assert got[("Developing a positive workplace", "2025-04")]["area_raw"] == "Developing a positive workforce"


def test_a_date_column_dates_its_rows() -> None:
    doc = document(table([["Date", *GRADE_HEADER],
                          ["April 2025", "", "Preventing crime", "", "", ""],
                          ["March 2023", "", "", "", "", "Preventing crime and anti-social behaviour"]]))
    got = _grades(doc)
    assert got[("Preventing crime", "2025-04")]["grade"] == "Good"
    assert got[("Preventing crime", "2023-03")]["grade"] == "Inadequate"
    assert got[("Preventing crime", "2023-03")]["area_raw"] == "Preventing crime and anti-social behaviour"


def test_area_and_grade_per_row_table() -> None:
    doc = document(heading("PEEL 2021/22 inspection of Dorset Police"),
                   table([["Area", "Grade"], ["Investigating crime", "Requires Improvement"],
                          ["Crime data integrity", "Good"]]))
    got = _grades(doc)
    assert got[("Investigating crime", None)]["grade"] == "Requires improvement"
    assert got[("Recording data about crime", None)]["framework"] == PEEL_2021_22


def test_grade_line_sentence_and_table_are_one_record_dated_by_the_table() -> None:
    doc = document(
        heading("PEEL 2023-25 Surrey Police"),
        table([GRADE_HEADER, ["", "", "", "Investigating crime", ""]], page=2),
        heading("Investigating crime", page=4),
        para("Grade: Requires improvement", bold=True, page=4),
        para("Surrey Police requires improvement at investigating crime.", page=4),
        heading("Our improvement journey", page=9),
        table([GRADE_HEADER], page=9),
        para("April 2025", page=9),
        table([["", "", "", "Investigating crime", ""]], header_rows=0, page=9),
    )
    got = _grades(doc)
    assert list(got) == [("Investigating crime", "2025-04")]
    assert got[("Investigating crime", "2025-04")]["page"] == 2


def test_grade_lines_under_area_headings() -> None:
    doc = document(
        heading("PEEL 2021/22 Essex Police"),
        heading("Preventing crime and anti-social behaviour", page=2),
        para("Grade: Good", page=2),
        item("The force works well with partners", page=2),
        heading("Good use of resources", page=3),
        para("Grade: Requires improvement", page=3),
    )
    got = _grades(doc)
    assert got[("Preventing crime", None)]["grade"] == "Good"
    assert got[("Preventing crime", None)]["area_raw"] == "Preventing crime and anti-social behaviour"
    assert got[("Good use of resources", None)]["grade"] == "Requires improvement"
    assert got[("Good use of resources", None)]["framework"] == PEEL_2021_22
    assert got[("Good use of resources", None)]["force"] == "Essex Police"


def test_judgment_sentences_of_child_protection() -> None:
    doc = document(
        heading("National child protection inspection: Lincolnshire Police"),
        heading("Leadership and management", page=2),
        para("Lincolnshire Police's leadership and management is adequate.", page=2),
        heading("Responding to children at risk of harm", page=3),
        para("Lincolnshire Police is inadequate at responding to children at risk of harm.", page=3),
        para("The force requires improvement at assessing risk to children and making appropriate referrals.", page=4),
    )
    got = _grades(doc)
    assert got[("Child protection leadership", None)]["grade"] == "Adequate"
    assert got[("Responding to children at risk of harm", None)]["grade"] == "Inadequate"
    assessing = got[("Assessing risk to children and making appropriate referrals", None)]
    assert assessing["grade"] == "Requires improvement" and assessing["force"] == "Lincolnshire Police"
    assert {r["framework"] for r in got.values()} == {CHILD_PROTECTION}


def test_a_sentence_recalling_an_earlier_inspection_is_not_a_grade() -> None:
    doc = document(
        heading("PEEL 2023-25 Norfolk Constabulary"),
        heading("Responding to the public"),
        para("In our 2021/22 inspection we graded the force as good at responding to the public."),
        para("In our previous inspection, Norfolk Constabulary was good at responding to the public."),
        para("It found the service was 'good' in four areas."),
        para("The force is good at sharing information with partners."),
    )
    assert _grades(doc) == {}


def test_judgment_wording_under_its_heading_takes_the_section_area() -> None:
    doc = document(heading("PEEL 2023-25 Suffolk Constabulary"),
                   heading("Police powers and treating the public fairly and respectfully"),
                   para("Suffolk Constabulary is good at using police powers and treating people fairly and respectfully."),
                   heading("Preventing and deterring crime and antisocial behaviour, and reducing vulnerability"),
                   para("Suffolk Constabulary is outstanding at prevention and deterrence."))
    got = _grades(doc)
    assert got[("Police powers and public treatment", None)]["grade"] == "Good"
    assert got[("Preventing crime", None)]["grade"] == "Outstanding"


def test_records_have_stable_ids() -> None:
    doc = document(table([GRADE_HEADER, ["Investigating crime", "", "", "", ""]]))
    ctx = DocumentContext(force="Kent Police")
    first = [d.record_id for d in grades.extract(doc, ctx).drafts]
    assert first == [d.record_id for d in grades.extract(doc, ctx).drafts] and len(first) == 1


def test_a_grade_chart_cell_listing_several_areas_on_joined_lines() -> None:
    doc = document(
        heading("PEEL 2023-25: an inspection of Essex Police"),
        table([GRADE_HEADER, ["", "Preventing crime Managing offenders", "Investigating crime", "", ""]], page=3),
    )
    got = _grades(doc)
    assert {k[0]: v["grade"] for k, v in got.items()} == {
        "Preventing crime": "Good", "Managing offenders": "Good", "Investigating crime": "Adequate"}
    assert len({d.record_id for d in grades.extract(doc, describe(doc)).drafts}) == 3


def test_judgments_listed_as_area_colon_grade_lines() -> None:
    doc = document(
        heading("PEEL 2021/22: an inspection of Suffolk Constabulary"),
        para("Preventing crime and anti-social behaviour: Good"),
        para("Investigating crime: Requires improvement"),
        para("Providing a service to the victims of crime: not graded"),
    )
    got = _grades(doc)
    assert {k[0]: (v["grade"], v["area_raw"], v["framework"]) for k, v in got.items()} == {
        "Preventing crime": ("Good", "Preventing crime and anti-social behaviour", PEEL_2021_22),
        "Investigating crime": ("Requires improvement", "Investigating crime", PEEL_2021_22)}


def test_a_grade_set_alone_under_the_area_heading() -> None:
    doc = document(heading("PEEL 2023-25: Dyfed-Powys Police"), heading("Responding to the public", page=4),
                   heading("Inadequate", page=4, level=3), para("The force answers too few calls in time.", page=4))
    assert {k[0]: v["grade"] for k, v in _grades(doc).items()} == {"Responding to the public": "Inadequate"}


def test_we_graded_the_force_sentences_and_their_recalled_counterparts() -> None:
    doc = document(
        heading("PEEL 2023-25: an inspection of Surrey Police"),
        para("We graded the force as requiring improvement in investigating crime and in responding to the public. "
             "It is also adequate at managing offenders and suspects. Leadership and force management is good. "
             "In 2022 we graded the force as inadequate at protecting vulnerable people. In our previous "
             "inspection the force was judged to be good at preventing crime."),
    )
    got = _grades(doc)
    assert {k[0]: v["grade"] for k, v in got.items()} == {
        "Investigating crime": "Requires improvement", "Responding to the public": "Requires improvement",
        "Managing offenders": "Adequate", "Leadership and force management": "Good"}


def test_a_judgment_sentence_lends_its_area_to_no_other_sentence() -> None:
    # the second sentence names an area no list holds: no grade, rather than the first sentence's area
    doc = document(
        heading("National child protection inspection: Wiltshire Police"),
        item("The force is good at working with safeguarding partners."),
        item("The force's handling of the weather requires improvement."),
    )
    assert {k[0] for k in _grades(doc)} == {"Working with safeguarding partners"}


def test_grades_of_a_report_are_dated_by_its_cover_month_and_a_response_quotes_undated() -> None:
    chart = table([GRADE_HEADER, ["", "Preventing crime", "", "", ""]], page=3)
    report = document(heading("PEEL 2023-25", page=1), heading("An inspection of Norfolk Constabulary", page=1),
                      para("March 2025", page=1), chart)
    assert set(_grades(report)) == {("Preventing crime", "2025-03")}
    response = document(heading("Response to the HMICFRS PEEL 2023-25 inspection of Norfolk Constabulary"),
                        para("March 2025"), para("The inspectorate published its report on the force last year."),
                        chart)
    assert describe(response).doc_kind is DocKind.FORCE_RESPONSE
    assert set(_grades(response)) == {("Preventing crime", None)}
