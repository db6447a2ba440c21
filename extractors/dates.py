"""Dates as people write them in packs and reports.

"Thursday 6 March 2025", "06/03/2025", "2nd October 2024", "06.03.25",
"May 21, 2025", "2025-05-21", a log's "8 Apr 31" or "08-Apr-31", a bilingual
pack's "16 Mawrth / March 2025";
months alone ("April 2025") for as-of dates. UK order (day before month)
for numeric dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}
# The months' Welsh names and their usual abbreviations, which a bilingual pack prints before the English
# ones ("20 Ebrill / April 2027", "20 Ebr / Apr 2027").
WELSH_MONTHS = tuple(
    name
    for names in [("ionawr", "ion"), ("chwefror", "chwef"), ("mawrth", "maw"), ("ebrill", "ebr"), ("mai",),
                  ("mehefin", "meh"), ("gorffennaf", "gorff"), ("awst",), ("medi",), ("hydref", "hyd"),
                  ("tachwedd", "tach"), ("rhagfyr", "rhag")]
    for name in names
)
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# A month a bilingual pack names in Welsh before the English name it is read by: "16 Mawrth / March 2027".
_WELSH_NAME = r"(?:" + "|".join(sorted(WELSH_MONTHS, key=len, reverse=True)) + r")\.?\s*/\s*"
_WELSH_MONTH_FIRST = rf"(?:{_WELSH_NAME})?"
_WELSH_BEFORE_ENGLISH = re.compile(rf"(?<=\d)(?P<space>(?:st|nd|rd|th)?\s+){_WELSH_NAME}(?={_MONTH}\b)", re.I)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"

_PATTERNS = [
    re.compile(rf"\b{_WEEKDAY}{_DAY}(?:\s+of)?\s+{_WELSH_MONTH_FIRST}{_MONTH}\s*,?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)\b"),
    re.compile(r"\b(?P<day>[0-3]?\d)[/.](?P<month>[01]?\d)[/.](?P<year>(?:19|20)?\d\d)\b"),
    # a log's short dates: "8 Apr 31", "08-Apr-31", "8-Apr-2031"; a two-digit year after a space only on a
    # line (a log's cell) it opens, nothing but a stop or a dash and words after it ("3 March 27 \u2013 closed"):
    # in prose the figure after a month counts something ("By 3 May 20, officers ...", "Total 5 June 30")
    re.compile(rf"^[^\S\n]*{_WEEKDAY}{_DAY}\s+{_MONTH}\s+(?P<year>\d\d)"
               rf"(?=[^\S\n]*(?:[.,;]?[^\S\n]*$|[\u2013\u2014-][^\S\n]+[^\W\d]))", re.I | re.M),
    re.compile(rf"\b(?P<day>[0-3]?\d)-{_MONTH}-(?P<year>(?:19|20)?\d\d)\b", re.I),
]
_MONTH_ONLY = re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.I)
# What every pattern above needs somewhere in the text: a year's four digits
# or, for numeric dates, a digit before a "/" or "." (a month alone needs its
# year), or a short date's day, month and two-digit year. One search rules out most blocks, which the patterns would each scan
# in vain.
_MAY_HOLD_A_DATE = re.compile(rf"(?:19|20)\d\d|\d[/.]|\d[\s-]{_MONTH}[\s-]\d\d", re.I)


@dataclass(frozen=True, slots=True)
class FoundDate:
    value: date
    start: int
    end: int
    text: str


def _to_date(groups: dict[str, str]) -> date | None:
    month_text = groups["month"]
    month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower().rstrip(".")]
    year = int(groups["year"])
    if year < 100:  # a two-digit year as Python's "%y" reads it: 69-99 the 1900s, 00-68 the 2000s
        year += 1900 if year >= 69 else 2000
    try:
        return date(year, month, int(groups["day"]))
    except ValueError:
        return None


def find_dates(text: str) -> list[FoundDate]:
    """Every full date in ``text``, in order of appearance."""
    if not _MAY_HOLD_A_DATE.search(text):
        return []
    found: list[FoundDate] = []
    taken: list[range] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() in r or (m.end() - 1) in r for r in taken):
                continue
            value = _to_date(m.groupdict())
            if value:
                found.append(FoundDate(value, m.start(), m.end(), m.group(0)))
                taken.append(range(m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


# A date printed as a day and a month alone, as a log's date column may print it: "4 November", "Tuesday 3rd Feb.",
# "March 17".
_DAY_AND_MONTH = (re.compile(rf"^\s*{_WEEKDAY}{_DAY}(?:\s+of)?\s+{_MONTH}\s*$", re.I),
                  re.compile(rf"^\s*{_WEEKDAY}{_MONTH}\s+{_DAY}\s*$", re.I))


# A day and a month without a year in running text, as a log dates the entries of one update cell ("12/03:", "2/4:",
# "12.03:", "2 April:"); a dotted pair of single digits ("1.1:", "3.2:") is a paragraph's number, not a date.
_DAYS_OF_YEAR = re.compile(r"\b(?P<day>\d{1,2})(?:/(?P<number>\d{1,2})(?![/.]?\d)|\.(?P<dotted>\d{2})(?<=\d\d\.\d\d)(?![/.]?\d)"
                           rf"|(?:st|nd|rd|th)?\s+{_MONTH}(?![A-Za-z]))", re.I)


def days_of_year(text: str) -> list[tuple[tuple[int, int], int, int]]:
    """(month, day) of each day and month without a year in ``text``, with where it starts and ends."""
    found = []
    for m in _DAYS_OF_YEAR.finditer(text):
        number = m.group("number") or m.group("dotted")
        month = int(number) if number else MONTHS[m.group("month").lower()]
        if 1 <= month <= 12 and 1 <= int(m.group("day")) <= 31:
            found.append(((month, int(m.group("day"))), m.start(), m.end()))
    return found


def day_and_month(text: str, as_of: date) -> date | None:
    """The date of a text that is only a day and a month ("4 November"), in a
    paper dated ``as_of``: that day in ``as_of``'s year, or in the year
    before where it would fall after ``as_of`` (a log records days gone
    by); None for any other text."""
    m = _DAY_AND_MONTH[0].match(text) or _DAY_AND_MONTH[1].match(text)
    if not m:
        return None
    for year in (as_of.year, as_of.year - 1):
        value = _to_date({**m.groupdict(), "year": str(year)})
        if value and value <= as_of:
            return value
    return None


def english_months(text: str) -> str:
    """``text`` with each month named in both languages named in English only
    ("20 Ebrill / April 2027" -> "20 April 2027"), so that splitting a
    bilingual line at its "/" leaves the date whole on the English side."""
    return _WELSH_BEFORE_ENGLISH.sub(r"\g<space>", text)


def opens_with_date(text: str) -> FoundDate | None:
    """The date ``text`` opens with: a line of a meeting's particulars
    ("Tuesday 22 April 2025, 10:00 to 12:00, Headquarters") or a label's
    value; None where the text opens with anything else."""
    found = find_dates(text)
    return found[0] if found and found[0].start == 0 else None


def only_date(text: str) -> FoundDate | None:
    """The date a cell holds where it holds only a date."""
    found = opens_with_date(text)
    return found if found and found.end >= len(text.rstrip(" .")) else None


def without_dates(text: str) -> str:
    """``text`` less the full dates it gives ("Minutes of 4 May 2026" -> "Minutes of ")."""
    for found in reversed(find_dates(text)):
        text = text[:found.start] + text[found.end:]
    return text


def parse_month(text: str) -> str | None:
    """An ISO month ("2025-04") for "April 2025", or None."""
    m = _MONTH_ONLY.search(text) if _MAY_HOLD_A_DATE.search(text) else None
    if not m:
        return None
    return f"{int(m.group('year')):04d}-{MONTHS[m.group('month').lower().rstrip('.')]:02d}"
