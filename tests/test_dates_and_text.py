"""The shared helpers every extractor and the evaluator lean on: dates as
packs and reports write them, and the text form records are compared in."""

from datetime import date

import pytest

from extractors.dates import english_months, find_dates, opens_with_date, parse_month, without_dates
from extractors.text import clean, normalise_for_match, strip_bullet


@pytest.mark.parametrize("written, meant", [
    ("Thursday 6 March 2025", date(2025, 3, 6)),
    ("2nd October 2024", date(2024, 10, 2)),
    ("21st of May 2025", date(2025, 5, 21)),
    ("May 21, 2025", date(2025, 5, 21)),
    ("Sept. 3 2024", date(2024, 9, 3)),
    ("2025-05-21", date(2025, 5, 21)),
    ("06/03/2025", date(2025, 3, 6)),  # UK order: day first
    ("06.03.25", date(2025, 3, 6)),
    ("06/03/99", date(1999, 3, 6)),  # a two-digit year as Python's "%y" reads it: 69-99 the 1900s
    ("16 Mawrth / March 2025", date(2025, 3, 16)),  # a bilingual pack's month, Welsh then English
])
def test_a_date_as_written_is_read_as_meant(written: str, meant: date) -> None:
    (found,) = find_dates(f"Meeting held on {written} at the office")
    assert found.value == meant
    assert found.text == written


@pytest.mark.parametrize("written, meant", [
    ("8 Apr 31", date(2031, 4, 8)),
    ("11 Feb 31.", date(2031, 2, 11)),
    ("08-Apr-31", date(2031, 4, 8)),
    ("8-Apr-2031", date(2031, 4, 8)),
    ("3 March 27 \u2013 closed", date(2027, 3, 3)),
    ("1-Mar-99", date(1999, 3, 1)),  # 69-99 the 1900s, 00-68 the 2000s
    ("8 Apr 68", date(2068, 4, 8)),
])
def test_a_logs_short_date_with_a_two_digit_year_is_read(written: str, meant: date) -> None:
    (found,) = find_dates(written)
    assert found.value == meant


@pytest.mark.parametrize("sentence", [
    "On 3 May 20 officers were trained",  # "20" counts officers
    "By 5 June 40% of cases were closed",
    "By 3 May 20, officers had joined the team.",
    "Paragraph 3 June 20; see the annex.",
    "Total 5 June 30",
])
def test_a_month_and_a_figure_after_it_in_a_sentence_are_no_short_date(sentence: str) -> None:
    assert find_dates(sentence) == []


def test_a_range_from_a_month_and_a_figure_to_a_full_date_gives_the_full_date_only() -> None:
    assert [found.value for found in find_dates("The review ran on 3 May 20 - 25 May 2031.")] == [date(2031, 5, 25)]


def test_dates_come_in_reading_order_with_their_place_in_the_text() -> None:
    text = "Deadline 2025-06-04, agreed on 21 May 2025."
    found = find_dates(text)
    assert [f.value for f in found] == [date(2025, 6, 4), date(2025, 5, 21)]
    assert [text[f.start:f.end] for f in found] == ["2025-06-04", "21 May 2025"]


def test_a_month_named_in_both_languages_is_named_in_english() -> None:
    assert english_months("Dyddiad / Date: 20 Ebrill / April 2027") == "Dyddiad / Date: 20 April 2027"
    assert english_months("Mawrth / March") == "Mawrth / March"  # no date: nothing to read


def test_impossible_dates_and_bare_months_are_no_dates() -> None:
    assert find_dates("due 31/02/2025") == []
    assert find_dates("as at April 2025") == []


def test_a_month_alone_is_an_iso_month() -> None:
    assert parse_month("Grades as at April 2025") == "2025-04"
    assert parse_month("published Sept. 2024") == "2024-09"
    assert parse_month("no month here") is None


def test_clean_straightens_quotes_and_dashes_and_folds_space() -> None:
    assert clean("\u201cSmart\u201d  quotes\u00a0and \u2013 dashes\n") == '"Smart" quotes and - dashes'


def test_bullets_are_stripped_but_words_kept() -> None:
    assert strip_bullet("\u2022 Review the plan") == "Review the plan"
    assert strip_bullet("\u25aa \u2013 Review") == "Review"
    assert strip_bullet("or review the plan") == "or review the plan"


def test_match_form_ignores_bullets_case_and_list_punctuation() -> None:
    assert normalise_for_match("\u2022 Review the plan; and") == normalise_for_match("review the plan.")
    assert normalise_for_match("Review the plan") != normalise_for_match("Review the budget")


def test_a_line_opens_with_a_date_only_where_the_date_comes_first() -> None:
    particulars = opens_with_date("Tuesday 22 April 2025, 10:00 to 12:00, Headquarters")
    assert particulars is not None and particulars.value == date(2025, 4, 22)
    assert opens_with_date("Meeting held on 22 April 2025") is None
    assert opens_with_date("Agenda") is None


def test_a_text_without_its_dates_keeps_every_other_word() -> None:
    assert without_dates("Briefing to the Board – 10 March 2026") == "Briefing to the Board – "
    assert without_dates("Apologies") == "Apologies"
