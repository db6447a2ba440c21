"""The inspection vocabularies: every force, area and grade a report prints
resolves to one canonical name."""

import json
from pathlib import Path

import pytest

from extractors.sections import area_list
from extractors.vocab import (
    CHILD_PROTECTION,
    PEEL_2018_19,
    PEEL_2021_22,
    PEEL_2023_25,
    find_forces,
    force_named,
    force_of_police_area,
    force_of_subject,
    framework_of_areas,
    grade_of,
    grade_of_heading,
    match_area,
    match_area_phrase,
    split_areas,
)

VOCAB = Path(__file__).resolve().parents[2] / "schemas" / "vocab"


def test_all_43_territorial_forces_and_the_others_are_listed() -> None:
    forces = json.loads((VOCAB / "forces.json").read_text())["forces"]
    territorial = [f["name"] for f in forces if f["territorial"]]
    assert len(territorial) == len(set(territorial)) == 43
    names = {f["name"] for f in forces}
    assert {"British Transport Police", "Police Scotland", "Civil Nuclear Constabulary",
            "Ministry of Defence Police", "National Crime Agency"} <= names


@pytest.mark.parametrize("printed, canonical", [
    ("Avon & Somerset Police", "Avon and Somerset Constabulary"),
    ("AVON AND SOMERSET CONSTABULARY", "Avon and Somerset Constabulary"),
    ("Dyfed Powys Police", "Dyfed-Powys Police"),
    ("the Met", "Metropolitan Police Service"),
    ("Hampshire Constabulary", "Hampshire and Isle of Wight Constabulary"),
    ("PSNI", "Police Service of Northern Ireland"),
])
def test_force_aliases_resolve_to_the_official_name(printed: str, canonical: str) -> None:
    assert force_named(printed).name == canonical


def test_a_non_territorial_forces_authority_names_the_force() -> None:
    assert [m.force.name for m in find_forces("a paper to the Civil Nuclear Police Authority")] == [
        "Civil Nuclear Constabulary"]
    assert force_named("Ministry of Defence Police Committee").name == "Ministry of Defence Police"


def test_forces_in_running_text_longest_name_wins() -> None:
    text = "North Wales Police and South Wales Police worked with British Transport Police in Wales."
    assert [m.force.name for m in find_forces(text)] == [
        "North Wales Police", "South Wales Police", "British Transport Police"]
    assert find_forces("The police in Wales and the county of Kent.") == []


def test_police_area_of_a_commissioner_title() -> None:
    assert force_of_police_area("Devon, Cornwall and the Isles of Scilly").name == "Devon and Cornwall Police"
    assert force_of_police_area("Northumbria").name == "Northumbria Police"
    assert force_of_police_area("Atlantis") is None


@pytest.mark.parametrize("printed, canonical", [
    ("Preventing crime and anti-social behaviour", "Preventing crime"),
    ("Preventing and deterring crime and antisocial behaviour, and reducing vulnerability", "Preventing crime"),
    ("Managing offenders and suspects", "Managing offenders"),
    ("Building, supporting and protecting the workforce", "Developing a positive workplace"),
    ("Developing a positive workforce", "Developing a positive workplace"),
    ("Police powers and treating the public fairly and respectfully", "Police powers and public treatment"),
    ("Engaging with and treating the public with fairness and respect", "Police powers and public treatment"),
    ("Strategic planning, organisational management and value for money", "Good use of resources"),
    ("Crime data integrity", "Recording data about crime"),
    ("Tackling serious and organised crime", "Disrupting serious organised crime"),
    ("RESPONDING TO CHILDREN AT RISK OF HARM", "Responding to children at risk of harm"),
])
def test_area_names_map_to_one_canonical_area(printed: str, canonical: str) -> None:
    assert match_area(printed).name == canonical


def test_generic_headings_depend_on_the_framework_in_force() -> None:
    assert match_area("Leadership and management", PEEL_2023_25).name == "Leadership and force management"
    assert match_area("Leadership and management", CHILD_PROTECTION).name == "Child protection leadership"
    assert match_area("Investigation", CHILD_PROTECTION).name.startswith("Investigating reports of abuse")
    assert match_area("Investigation", PEEL_2021_22).name == "Investigating crime"


def test_unknown_headings_are_not_areas() -> None:
    assert match_area("Reducing crime assessment") is None
    assert match_area("Next steps") is None
    assert match_area("Main findings") is None


@pytest.mark.parametrize("printed, grade", [
    ("Requires Improvement", "Requires improvement"), ("Grade: good", "Good"),
    ("INADEQUATE", "Inadequate"), ("Outstanding", "Outstanding"), ("Good use of resources", None),
])
def test_grades(printed: str, grade: str | None) -> None:
    assert grade_of(printed) == grade


def test_grade_abbreviations_name_grades_only_as_chart_headings() -> None:
    assert [grade_of_heading(h) for h in ("O", "G", "A", "RI", "R/I", "I", "Good")] == [
        "Outstanding", "Good", "Adequate", "Requires improvement", "Requires improvement", "Inadequate", "Good"]
    assert grade_of("G") is None and grade_of("A") is None
    assert grade_of("required improvement") == "Requires improvement"


def test_numbered_headings_name_their_area() -> None:
    assert match_area("3.2 Investigating crime", PEEL_2023_25).name == "Investigating crime"
    assert match_area("4 PROTECTING VULNERABLE PEOPLE", PEEL_2023_25).name == "Protecting vulnerable people"


def test_area_phrases_of_running_text() -> None:
    # a name followed by a qualifier, a generic name of the framework in force
    assert match_area_phrase("initial response to children at risk", CHILD_PROTECTION).name == (
        "Responding to children at risk of harm")
    # a lead word, and a name cut short
    assert match_area_phrase("using police powers and treating the public fairly", PEEL_2023_25).name == (
        "Police powers and public treatment")
    assert match_area_phrase("its investigating crime", PEEL_2023_25).name == "Investigating crime"
    # "how it" and the verb of the area's name ("managing offenders")
    assert match_area_phrase("how it manages offenders", PEEL_2023_25).name == "Managing offenders"
    assert match_area_phrase("how the force responds to the public", PEEL_2023_25).name == "Responding to the public"
    assert match_area_phrase("how it manages its budget", PEEL_2023_25) is None
    # too little said to name one area
    assert match_area_phrase("managing", PEEL_2023_25) is None
    assert match_area_phrase("the weather in the summer months", PEEL_2023_25) is None


def test_area_names_written_one_after_another() -> None:
    found = split_areas("Preventing crime Managing offenders Building, supporting and protecting the workforce")
    assert [(a.name, raw) for a, raw in found] == [
        ("Preventing crime", "Preventing crime"), ("Managing offenders", "Managing offenders"),
        ("Developing a positive workplace", "Building, supporting and protecting the workforce")]
    assert split_areas("Preventing crime and other things") is None


def test_acronyms_name_their_force_only_in_capitals() -> None:
    assert [m.force.name for m in find_forces("The MPS and BTP replied; so did the PSNI and GMP.")] == [
        "Metropolitan Police Service", "British Transport Police", "Police Service of Northern Ireland",
        "Greater Manchester Police"]
    assert find_forces("Speeds above 30 mps were recorded; the gmp file was lost.") == []


def test_a_police_area_names_its_force_as_a_judgments_subject() -> None:
    assert force_of_subject("Gwent").name == "Gwent Police"
    assert force_of_subject("Dyfed-Powys").name == "Dyfed-Powys Police"
    assert force_of_subject("BTP").name == "British Transport Police"
    assert force_of_subject("Gwent is a county") is None


def test_listed_areas_split_only_where_every_part_names_an_area() -> None:
    def names(phrase: str) -> list[str | None]:
        return [area.name if area else None for area, _ in area_list(phrase, PEEL_2023_25)]

    assert names("police powers and public treatment") == ["Police powers and public treatment"]
    assert names("preventing crime and managing offenders") == ["Preventing crime", "Managing offenders"]
    assert names("police powers and public treatment, investigating crime and developing a positive workplace") == [
        "Police powers and public treatment", "Investigating crime", "Developing a positive workplace"]
    assert names("responding to the public and the weather") == ["Responding to the public"]  # one phrase, read loosely


def test_peel_2018_19_pillars_are_areas_of_that_framework_only() -> None:
    assert match_area("Effectiveness").frameworks == (PEEL_2018_19,)
    assert match_area("Legitimacy", PEEL_2023_25).name == "Legitimacy"
    assert framework_of_areas([match_area("Efficiency"), match_area("Legitimacy")]) == PEEL_2018_19
