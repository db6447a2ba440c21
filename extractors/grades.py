"""Grades: one record per graded area of one inspection.

A grade is an area and a grade bound together, by the layout or by one
clause:

- a table: an area's cell and the grade its row, its column's grade header,
  the one cell its row marks under a grade header (a tick, a dot, shading),
  or the cell under it in a table laid on its side gives it, or a tile
  states it under the area's name (a cell of the row names the inspection;
  a table setting inspections side by side, its columns headed by their
  framework, period or year, gives every column's grades, in words, by
  the abbreviations the document's key spells out or by the numbers of the
  scale it prints ("1 = Outstanding, 2 = Good, ..."), each of its own
  inspection, the latest the document's own; turned, its inspections as
  rows, likewise); a grid comparing forces (a
  most similar group's), a row per force and a grade or an abbreviation the
  document's key spells out in every area column, gives each row's grades
  to the force it names, dated by the month the row gives; an area's cell
  may print an abbreviation the document's key spells out ("RTTP") or a
  name of the force's own that its numbered notes map to an area
  ("Public contact and response¹"), or the grade in brackets after the
  area ("Police powers and public treatment (Good)"), and a
  grade cell only a fill whose grade the document's colour key names; a
  row of tiles read as a one-row table of area names over a line of their
  chips' grade words gives each column its chip's grade;
- a label and its value on one line ("Investigating crime: Good", "Good:
  preventing crime and managing offenders", "Rated good: A, B and C.", a
  heading "3.2 Responding to the public – Adequate (2022: requires
  improvement)", its note no grade, or "3.4 Investigating crime
  (Inadequate)"), or as sentences of their own in one
  paragraph (a chart's text description: "Preventing crime – outstanding.
  Investigating crime – good."); a grade word set as a line of its own over
  bullets each naming an area (a news page's "Good" over "• preventing crime
  and antisocial behaviour") or over plain lines every one an area's name (a
  band per grade), or a lead-in giving the grade ("We found the force to be
  good at:", "The force was graded good in three areas:") over bullets
  naming areas; an area's heading whose words after the dash grade the
  force ("Preventing crime – we were graded good");
- an area's heading and the grade line directly under it ("Grade: Good",
  "HMICFRS grade: Good"; never a "Previous grade" or a target beside it;
  an infographic box's numbered circle between them), or the box opening
  its chapter ("Overall judgment | Good");
- a letter changing a grade ("we have changed the force's grade for
  investigating crime from inadequate to requires improvement"): the new
  grade, dated by the letter;
- one clause whose subject is the force, or is left out in a following clause
  or a bullet completing a lead-in ("Gwent Police is adequate at responding to
  the public", "judged the force to be good at A; and to require improvement
  at B", "We found that BTP is:" over "good at preventing crime", a
  release's "It was told it 'requires improvement' at ...", a summary's
  "graded good in two areas (A, and B)"), and whose complement names one or
  more areas, or names them first ("On A, the inspectorate graded the
  force good.", "For both A and B the force was graded adequate."); or
  whose subject is the area itself ("Its response to children at risk of
  harm was judged to be inadequate"; "A was graded good, as was the
  force's work on B").

A grade word nothing binds to an area is no grade: running commentary, a
definition of the grade scale, a contents list, a sentence recalling an
earlier inspection, another force's grade in passing. A paper quotes the
inspection's judgment sentences where it writes about the inspection (its
title or a heading over them names it) or about the area graded (the
area's section); a paper on another subject recalling a judgment in
passing gives none. A report's statements
grade its own inspection only (no area its grade chart leaves out, none of
another framework). Statements of the same area, grade and framework are one
record, paged and worded by the table where a table states it, else by a
line binding the two by its layout rather than a sentence restating it; a
statement leaving its framework undecided joins the record of a stated
framework giving the same area the same grade; a table
repeated for several dates, or setting several inspections' grades side by
side (an improvement journey), gives one record per inspection. A report's
grades are dated by its month (a covering letter's by the month it says the
report will be published), a paper's by the month it gives the report it
quotes; an earlier inspection's column only by a month the document states
for that inspection.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import takewhile
from typing import TypeVar

from extractors.area_key import area_abbreviations, keyed_area
from extractors.area_notes import noted_areas, noted_name
from extractors.base import ExtractorResult, RecordFactory
from extractors.context import DocumentContext
from extractors.dates import find_dates, parse_month
from extractors.document import REPORT_DATE_LABEL, dated_particular
from extractors.sections import (
    LABEL_VALUE_LINE,
    SENTENCE_END,
    THE_FORCE,
    Judgment,
    Placed,
    area_list,
    framework_cue,
    grade_label,
    grade_line,
    graded_heading,
    is_bulleted,
    is_heading_like,
    judgments,
    list_text,
    noted_grade,
    own_area_headings,
    place_blocks,
    unnumbered,
)
from extractors.text import clean
from extractors.vocab import (
    CHILD_PROTECTION,
    PEEL_2018_19,
    PEEL_2021_22,
    PEEL_2023_25,
    Area,
    force_of_subject,
    framework_of_areas,
    grade_of,
    grade_of_heading,
    key,
    match_area,
    match_area_phrase,
    own_area,
    split_areas,
    theme_names,
)
from pipeline.layout import BBox, BlockKind, Cell, LayoutDocument, Table, TextBlock
from schemas.records import DocKind

NAME = "grades"
VERSION = "1.63.0"

# PEEL 2023-25 reports were published from mid-2023; a dated PEEL table
# before then holds 2021/22 grades.
_PEEL_2023_25_FROM = "2023-07"
_T = TypeVar("_T")
# Reports whose grades are all of the one inspection they report, dated by
# the report's own month where a statement gives no date of its own.
_REPORTS = (DocKind.PEEL_REPORT, DocKind.CHILD_PROTECTION_REPORT, DocKind.INSPECTION_REPORT)
# "graded as good in two areas: preventing crime and managing offenders", and each grade of a summary grouping
# the areas in brackets after it: "outstanding in one area (managing offenders), good in two areas (A, and B)"
_GRADE_IN_AREAS = re.compile(r"\b(?P<grade>outstanding|good|adequate|inadequate|requires? improvement|required improvement)"
                             r"\s+(?:in|at|for)\s+(?:(?:\w+|all|both)\s+)?(?:of\s+the\s+)?areas?(?:\s+of\s+policing)?"
                             r"\s*(?::\s*(?P<areas>[^.:;]+)|\((?P<bracketed>[^()]+)\))", re.I)
_GRADE_QUOTED = re.compile(r"['\u2018\u2019\"\u201c\u201d](?P<grade>outstanding|good|adequate|inadequate"
                           r"|requires?\s+improvements?|requiring\s+improvement)['\u2018\u2019\"\u201c\u201d]", re.I)
# "We don't grade forces in post-inspection reviews", "We don't give graded judgments in post-inspection reviews",
# "This review is not graded", "Post-inspection reviews aren't graded": a review or revisit giving no grades (not
# "we don't grade forces on ...", said of one area of a graded report)
_GRADES_NOTHING = re.compile(r"\bwe\s+(?:don['\u2019]t|do\s+not)\s+(?:grade(?:\s+(?:(?:police\s+)?forces|the\s+force))?"
                             r"|(?:give|award|make)\s+(?:grades|graded\s+judg(?:e)?ments|judg(?:e)?ments)"
                             r"(?:\s+to\s+(?:police\s+)?forces)?)"
                             r"\s+(?:in\s+|for\s+)?(?:a\s+|our\s+|these\s+|this\s+)?(?:post[- ]inspection\s+)?"
                             r"(?:reviews?|revisits?)\b"
                             r"|\b(?:review|revisit)s?\s+(?:is|are)\s*(?:not|n['\u2019]t)\s+graded\b",
                             re.I)
# an inspection period alone, as a column of a table comparing two inspections' grades heads it
_PERIODS = [
    (re.compile(r"\b2023\s*[-/\u2013]\s*(?:20)?25\b"), PEEL_2023_25),
    (re.compile(r"\b2021\s*[-/\u2013]\s*(?:20)?22\b"), PEEL_2021_22),
    (re.compile(r"\b2018\s*[-/\u2013]\s*(?:20)?19\b"), PEEL_2018_19),
]
_PARAGRAPH_NUMBER = re.compile(r"^\(?\d+(?:\.\d+)*[.)]?$")  # "4.1", "(3)": a paragraph's number, set apart from its words
_MONTH_YEAR = re.compile(r"\b[A-Za-z]{3,9}\.?\s+(?:19|20)\d\d\b")
_WHITE = "#ffffff"  # an unshaded cell some writers fill explicitly
# a sentence naming the inspectorate's report a paper quotes ("the PEEL inspection report", "the HMICFRS report",
# "HMICFRS published its report", "HMICFRS inspected the force in May and published its report on ...", "His
# Majesty's Inspectorate of Constabulary and Fire & Rescue Services published its report on ...")
_INSPECTORATE_NAME = r"(?:HMICFRS|HMIC|(?:the|HM|(?:his|her)\s+majesty['\u2019]s)\s+inspectorate)"
_NAMES_THE_REPORT = re.compile(rf"\bPEEL\b|\b(?:inspection|HMICFRS|inspectorate)(?:['\u2019]s?)?\s+report\b"
                               rf"|\b{_INSPECTORATE_NAME}\b[^.]{{0,80}}?\bpublished\s+(?:its|a|the)\s+report\b"
                               rf"|\breport\b[^.]{{0,40}}?\bpublished\s+by\s+{_INSPECTORATE_NAME}\b",
                               re.I)
# "It published its report on ...", "Its report was published on ...", "The report was published on ...", "The
# report on the constabulary was published on ...": the report of the inspectorate the sentence before names
_REFERS_BACK_PUBLISHED = re.compile(r"^(?:(?:it|they)\s+(?:has\s+|have\s+|then\s+)?published\s+"
                                    r"(?:its|their|the|a)\s+report"
                                    # "The 2021/22 report was published in April 2022"
                                    r"|(?:its|their|the)\s+(?:(?:PEEL\s+)?20\d\d\s*[-/\u2013]\s*(?:20)?\d\d\s+)?"
                                    r"report(?:\s+(?:on|into)\s+[^.,;]{1,60}?)?"
                                    r"\s+(?:was|has\s+been)\s+published)\b", re.I)
# a title or heading over a paper's text about the inspection: "HMICFRS PEEL inspection", "Inspection outcome",
# "The inspectorate's findings", "Grades", "Judgments"
_ABOUT_INSPECTION = re.compile(r"\b(?:HMICFRS|HMIC|PEEL|inspect(?:ion|ions|orate|ors?)|grad(?:e|es|ed|ing)"
                               r"|judg(?:e)?ments?)\b", re.I)
_BOLD_LINE_RANK = 10  # below every heading level
# "the previous PEEL inspection", "our last inspection report", "the earlier HMICFRS report": an earlier
# inspection's report recalled
_EARLIER_REPORT = re.compile(r"\b(?:previous|last|earlier|prior|former)\s+(?:(?:PEEL|HMICFRS|HMIC)\s+)?"
                            r"(?:inspection|report)s?\b", re.I)
_INSPECTORATE = re.compile(r"\bHMICFRS\b|\bHMIC\b|\binspectorate\b", re.I)
_PUBLISHED = re.compile(r"\bpublished\b", re.I)
# "our report ..., which we will publish on 3 February 2026": the date a covering letter gives its report
_FORTHCOMING = re.compile(r"\b(?:we\s+will|we['\u2019]ll|we\s+intend\s+to|we\s+plan\s+to)\s+publish\b"
                          r"|\b(?:will\s+be|is\s+to\s+be|due\s+to\s+be)\s+published\b", re.I)
# "We found that BTP is:", "Inspectors judged that the force was:", "We graded Kent Police as:",
# "The inspection found that the constabulary is:"
_LIST_LEAD = re.compile(r"^(?:(?:we|inspectors|hmicfrs|(?:the|our|this)\s+(?:inspection|report|inspectorate))\s+(?:have\s+)?(?:found|judged|concluded|graded|assessed|rated)"
                        r"\s+(?:that\s+)?)?(?P<subject>[A-Za-z][A-Za-z&\-\.' ]{1,60}?)\s+(?:is|was|as|to\s+be)\s*:$",
                        re.I)


@dataclass(frozen=True, slots=True)
class Mention:
    """One statement of a grade."""

    order: tuple[int, int, int, int]  # block index, row, column, place in the cell: reading order and a stable key
    page: int | None
    force: str | None
    framework: str | None
    area: Area
    area_raw: str
    grade: str
    as_of: str | None
    evidence: str
    confidence: float
    charted: bool = False  # stated by a table, whose page and wording a grade stated again elsewhere takes
    # an earlier inspection's column of a table setting inspections side by side, or another force's row of a
    # grid comparing forces: a record of its own, dated only by what the document states of that inspection,
    # never by the month of the report the document is about
    dated_apart: bool = False


@dataclass(slots=True)
class _Header:
    """The grade columns of the last grade table, for tables that continue
    it without repeating the header (one table per date)."""

    by_col: dict[int, str]
    boxes: dict[str, BBox]
    n_cols: int


def extract(doc: LayoutDocument, ctx: DocumentContext) -> ExtractorResult:
    factory = RecordFactory(doc, NAME, VERSION)
    placed = place_blocks(doc, ctx)
    quoted = _quoted_report_months(doc, ctx)
    area_keys = {**area_abbreviations(doc, ctx.framework), **noted_areas(doc, ctx.framework)}
    charted = _settle_peel_framework(_table_mentions(placed, ctx, quoted, area_keys), quoted)
    # a statement of a PEEL area in prose naming no framework takes the one its areas or the dated report give
    stated = _settle_peel_framework(_text_mentions(placed, ctx, own_area_headings(doc, ctx.framework)), quoted)
    if ctx.doc_kind in _REPORTS:
        # a report grades its own inspection, dated by the report's month: its own date, else the month its text
        # says the inspectorate published the report of the grade's framework in (a force's annual report or a
        # newsletter setting out the grades; the issue's or the year's month on its cover is not the report's),
        # else a month printed alone on its cover
        month, cover = _report_month(doc, ctx), _cover_month(doc)
        mentions = [m if m.as_of or m.dated_apart
                    else replace(m, as_of=month or quoted.get(m.framework) or cover)
                    for m in charted + _of_the_report(doc, stated, charted, ctx, month or cover)]
    else:
        # a paper, pack or response quotes the reports it names, dated by the months it gives them
        mentions = [m if m.as_of or m.dated_apart or m.framework not in quoted
                    else replace(m, as_of=quoted[m.framework]) for m in charted + stated]
    result = ExtractorResult()
    for cluster in _one_per_inspection(mentions):
        # the record is paged and worded by its firmest statement: a table's, else a line binding area and grade
        # by its layout (an annex's "Area . . . Grade") over a sentence restating it, else the first
        first = max(cluster, key=lambda m: (m.charted, m.framework is not None, m.confidence))
        result.drafts.append(factory.draft(
            "grades",
            key=first.order,
            page=first.page,
            confidence=max(m.confidence for m in cluster),
            force=first.force,
            framework=first.framework,
            area=first.area.name,
            area_raw=first.area_raw,
            grade=first.grade,
            as_of=next((m.as_of for m in cluster if m.as_of), None),
            evidence=first.evidence,
        ))
    return result


def _of_the_report(doc: LayoutDocument, stated: list[Mention], charted: list[Mention],
                   ctx: DocumentContext, month: str | None) -> list[Mention]:
    """A report's statements grade its own inspection only: an area of its
    framework, where its grade table (which lists every area the report
    grades) has the area; a sentence grading an area of another framework
    or one the table leaves out (the ungraded victim service assessment), or
    in a sentence naming another inspection ("In its 2021/22 inspection, the
    force was graded good at ...") or a report published before this one's
    month ("In our report published in May 2025, we judged ..."), is
    commentary; and so is every grade sentence of a report that says it
    grades nothing (a post-inspection review recalling the inspection's
    grades)."""
    if any(_GRADES_NOTHING.search(block.text) for block in doc.text_blocks()):
        return []
    if month:
        stated = [m for m in stated if not _published_before(m.evidence, month)]
    if charted:
        on_chart = {m.area for m in charted}
        stated = [m for m in stated if m.area in on_chart]
    if ctx.framework:
        stated = [replace(m, framework=ctx.framework) for m in stated
                  if (not m.area.frameworks or ctx.framework in m.area.frameworks)
                  and _period_named(m.evidence) in (None, ctx.framework)]
    return stated


def _published_before(sentence: str, month: str) -> bool:
    """Whether a sentence dates a report's publication ("our inspection
    report published in May 2025") to a month before ``month``."""
    if not _PUBLISHED.search(sentence):
        return False
    return any(m < month for m in _publication_months(sentence))


def _publication_months(sentence: str) -> set[str]:
    """The months a sentence naming a publication dates it to: those it
    gives after "published" ("inspected the force in March 2025 and
    published its report in September 2025" is September's), else any it
    gives; full dates before a month alone."""
    published = _PUBLISHED.search(sentence)
    for text in ([sentence[published.end():]] if published else []) + [sentence]:
        found = {f"{d.value:%Y-%m}" for d in find_dates(text)} or {parse_month(text)} - {None}
        if found:
            return found
    return set()


def _period_named(text: str) -> str | None:
    """The inspection a text names by its framework or period alone ("our
    2021/22 inspection"): in a report, a statement naming another recalls it."""
    return framework_cue(text) or next((f for pattern, f in _PERIODS if pattern.search(text)), None)


def _report_month(doc: LayoutDocument, ctx: DocumentContext) -> str | None:
    """The month of an inspection report: the date a covering letter says
    the report will be published on (the letter's own date is earlier), else
    its publication date."""
    forthcoming = {f"{d.value:%Y-%m}" for block in doc.text_blocks()
                   for sentence in SENTENCE_END.split(clean(block.text)) if _FORTHCOMING.search(sentence)
                   for d in find_dates(sentence)}
    if len(forthcoming) == 1:
        return forthcoming.pop()
    return ctx.publication_date.strftime("%Y-%m") if ctx.publication_date else None


def _cover_month(doc: LayoutDocument) -> str | None:
    """A month printed alone on a document's cover ("March 2025")."""
    return next((month for block in _cover(doc) if (month := _date_alone(clean(block.text)))), None)


def _cover(doc: LayoutDocument) -> list[TextBlock]:
    """The blocks of a document's cover: its first page; in a format with no
    pages (Word), the paragraphs before its first table, so a date in a
    table further on (a programme's "June 2026") never dates the report."""
    first_page = min((b.prov.page for b in doc.text_blocks() if b.prov.page), default=None)
    if first_page is not None:
        return list(takewhile(lambda b: b.prov.page == first_page, doc.text_blocks()))
    return list(takewhile(lambda b: isinstance(b, TextBlock), doc.blocks))


def _quoted_report_months(doc: LayoutDocument, ctx: DocumentContext) -> dict[str, str]:
    """The month of each framework's report a paper or pack quotes, where
    its sentences date one ("HMICFRS published its PEEL 2023-25 report on the
    force in October 2024"; "the PEEL inspection report, published on ...",
    "the inspection report published in ..." or "the HMICFRS report on the
    force, published on ..." in a paper whose title names the framework; a
    PEEL report its date places, "HMICFRS's PEEL inspection, published in
    December 2025"; a response's particulars table: "Date of publication |
    9 December 2025"; "the report ... (published March 2026)" under a
    heading naming the framework's report, as a minutes item's); a sentence
    recalling the previous inspection's report ("the previous PEEL
    inspection, whose report was published in August 2022") dates that
    inspection's framework, never the paper's own; a framework dated to
    several months gets none."""
    months: dict[str, set[str]] = {}
    heading_report: str | None = None  # the framework whose report the heading above names
    for block in doc.text_blocks():
        if is_heading_like(block):
            heading_report = framework_cue(clean(block.text)) if _NAMES_THE_REPORT.search(clean(block.text)) else None
        previous = ""
        for sentence, published in _publication_clauses(clean(block.text)):
            names_report, previous = _names_the_report(sentence, previous), sentence
            if not published:
                continue
            found = _publication_months(sentence)
            # "the previous PEEL inspection, whose report was published in August 2022" dates an earlier
            # inspection's report, never the one the paper is about: its framework by the month alone
            recalled = _EARLIER_REPORT.search(sentence)
            # "The 2021/22 report was published in April 2022": the inspectorate's report named by its period
            framework = framework_cue(sentence) or (_period_named(sentence) if names_report else None) or (
                None if recalled else (ctx.framework if ctx.framework and names_report else None)
                or (heading_report if re.search(r"\breport\b", sentence, re.I) else None))
            peel = re.search(r"\bPEEL\b", sentence) or (recalled and ctx.framework and ctx.framework.startswith("PEEL"))
            if framework is None and peel and len(found) == 1:
                framework = _peel_of_month(next(iter(found)))  # "HMICFRS's PEEL inspection, published in ..."
            elif framework == PEEL_2023_25 and not framework_cue(sentence) and len(found) == 1 \
                    and next(iter(found)) < _PEEL_2023_25_FROM:
                framework = PEEL_2021_22  # "the 2022 inspection report, published in May 2022": no 2023-25 report
            if framework:
                months.setdefault(framework, set()).update(found)
    for framework, month in _register_months(doc):
        months.setdefault(framework, set()).add(month)
    published = dated_particular(doc, REPORT_DATE_LABEL)
    if published and ctx.framework:
        months.setdefault(ctx.framework, set()).add(f"{published:%Y-%m}")
    return {framework: found.pop() for framework, found in months.items() if len(found) == 1}


# where a sentence joins clauses of their own: "...; the ...", "..., and the ...", "... while its ..."
_CLAUSE_BREAK = re.compile(r"\s*;\s*|,?\s+(?:and|while|whereas)\s+(?=(?:the|its|their|our)\s)", re.I)


def _publication_clauses(text: str) -> list[tuple[str, bool]]:
    """The sentences of a text, each with whether it says a report was
    published; a sentence saying several reports were published split into
    its clauses so each dates its own ("The PEEL 2021/22 report was
    published in June 2022; the PEEL 2023-25 report was published on 3
    April 2025"), the verb of a clause that leaves it understood ("... was
    published in May 2022 and the PEEL 2023–25 report on 3 October 2025")
    taken from the first where every clause names its own inspection."""
    clauses = []
    for sentence in SENTENCE_END.split(text):
        parts = [part.strip() for part in _CLAUSE_BREAK.split(sentence) if part.strip()]
        published = [bool(_PUBLISHED.search(part)) for part in parts]
        if sum(published) >= 2:
            clauses.extend(zip(parts, published))
        elif len(parts) >= 2 and published[0] and not any(published[1:]) and _each_its_inspection(parts):
            clauses.extend((part, True) for part in parts)
        else:
            clauses.append((sentence, any(published)))
    return clauses


def _each_its_inspection(clauses: list[str]) -> bool:
    """Whether every clause names an inspection of its own, by framework or
    period, and dates it."""
    named = [_period_named(clause) for clause in clauses]
    return (all(named) and len(set(named)) == len(named)
            and all(find_dates(clause) or parse_month(clause) for clause in clauses))


def _register_months(doc: LayoutDocument) -> list[tuple[str, str]]:
    """Each framework's report a register of reports dates: a table headed
    "Report | Published | ...", each row naming its report's inspection in
    one cell ("National child protection inspection: <force>") and its
    publication date under the "Published" heading."""
    found = []
    for table in doc.tables():
        published_col = next((c.col for c in table.row_cells(0) if REPORT_DATE_LABEL.match(_cell_text(c))), None)
        if published_col is None:
            continue
        for row in range(1, table.n_rows):
            cells = table.row_cells(row)
            dates = [d for c in cells if c.col == published_col for d in find_dates(_cell_text(c))]
            framework = next((f for c in cells if c.col != published_col if (f := framework_cue(_cell_text(c)))),
                             None)
            if framework and len(dates) == 1:
                found.append((framework, f"{dates[0].value:%Y-%m}"))
    return found


def _names_the_report(sentence: str, previous: str) -> bool:
    """Whether a sentence names the inspectorate's report, itself or by
    referring back to the inspectorate the sentence before names ("HMICFRS
    inspected the force in November. It published its report on ...", "...
    The report was published on ...")."""
    return bool(_NAMES_THE_REPORT.search(sentence)
                or (_REFERS_BACK_PUBLISHED.match(sentence) and _INSPECTORATE.search(previous)))


def _peel_of_month(month: str) -> str:
    return PEEL_2023_25 if month >= _PEEL_2023_25_FROM else PEEL_2021_22


def _settle_peel_framework(stated: list[Mention], quoted: dict[str, str]) -> list[Mention]:
    """A paper's statements of PEEL areas both frameworks grade, where its
    prose names no framework: the one framework their areas together belong
    to ("leadership and force management" among them is 2023-25's), else
    the one PEEL report the paper dates."""
    undecided = [m for m in stated if m.framework is None and m.area.frameworks
                 and all(f.startswith("PEEL") for f in m.area.frameworks)]
    if not undecided:
        return stated
    peel_quoted = {f for f in quoted if f.startswith("PEEL")}
    framework = framework_of_areas([m.area for m in stated if m.area.frameworks
                                    and all(f.startswith("PEEL") for f in m.area.frameworks)]) or (
        peel_quoted.pop() if len(peel_quoted) == 1 else None)
    if framework is None:
        return stated
    return [replace(m, framework=framework) if m in undecided and framework in m.area.frameworks else m
            for m in stated]


def _one_per_inspection(mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions grouped by inspection: same framework and area, and the
    same date where one is stated. An undated statement joins the dated one
    of the same grade (the table of April 2025 and the "Grade: Good" line
    of the same report)."""
    mentions = sorted(mentions, key=lambda m: m.order)
    clusters: list[list[Mention]] = []
    for mention in sorted(mentions, key=lambda m: m.as_of is None):
        same_area = [c for c in clusters if c[0].framework == mention.framework and c[0].area == mention.area
                     and c[0].force == mention.force and c[0].dated_apart == mention.dated_apart]
        if mention.as_of:
            home = next((c for c in same_area if _as_of(c) == mention.as_of), None)
            if home is None:
                home = next((c for c in same_area if _as_of(c) is None and c[0].grade == mention.grade), None)
        else:
            same_grade = [c for c in same_area if c[0].grade == mention.grade]
            home = max(same_grade, key=lambda c: _as_of(c) or "", default=None)
        if home is None:
            clusters.append([mention])
        else:
            home.append(mention)
    clusters = _undecided_joined(clusters)
    for cluster in clusters:
        cluster.sort(key=lambda m: m.order)
    return sorted(clusters, key=lambda c: c[0].order)


def _undecided_joined(clusters: list[list[Mention]]) -> list[list[Mention]]:
    """A statement whose framework the paper leaves undecided (a sentence
    of a paper quoting two PEEL inspections: "the force is now good at
    managing offenders") restates the grade a stated framework gives the
    same area, force and grade: it joins that record (the document's own
    inspection before one dated apart, then the latest) rather than being a
    record of no framework."""
    kept: list[list[Mention]] = []
    undecided: list[list[Mention]] = []
    for cluster in clusters:
        (undecided if cluster[0].framework is None else kept).append(cluster)
    for cluster in undecided:
        lead = cluster[0]
        homes = [c for c in kept if c[0].framework is not None and c[0].area == lead.area
                 and c[0].force == lead.force and c[0].grade == lead.grade]
        home = max(homes, key=lambda c: (not c[0].dated_apart, _as_of(c) or ""), default=None)
        if home is None:
            kept.append(cluster)
        else:
            home.extend(cluster)
    return kept


def _as_of(cluster: list[Mention]) -> str | None:
    return next((m.as_of for m in cluster if m.as_of), None)


# --- sentences and grade lines -------------------------------------------------

def _text_mentions(placed: list[Placed], ctx: DocumentContext, own_areas: dict[str, Area]) -> list[Mention]:
    mentions = []
    follows_heading = False  # a sentence right under an area's heading may name the area loosely
    list_subject: str | None = None  # "BTP" of "We found that BTP is:", the subject of the bullets below
    grouped_under: str | None = None  # the grade of a bold grade line the area bullets below it are given
    banded, bands = _grade_bands(placed)
    bars = _labelled_bars(placed)
    # A paper quoting several inspections names the one it quotes in its prose ("In its PEEL 2021/22
    # inspection, ... HMICFRS found ..."); that holds for the paragraphs after it, up to the next heading.
    # A report grades only its own inspection, so its prose never switches the framework.
    quoting = ctx.doc_kind not in _REPORTS
    prose_framework: str | None = None
    headings: list[tuple[int, str]] = []  # the headings over the block, most prominent first
    section_area: Area | None = None  # the area whose section the last heading opens or stands in
    area_heading: Placed | None = None  # an area's heading right above, the numerals after it passed over
    for p in placed:
        block = p.block
        if not isinstance(block, TextBlock) or not block.text:
            area_heading = None
            continue
        text = _SPACE_BEFORE_STOP.sub("", clean(block.text))
        if _NUMERAL.match(text):
            continue  # an infographic box's numbered circle, between its area's name and its grade: no words
        above, area_heading = area_heading, (p if p.role == "area" and is_heading_like(block) else None)
        if quoting:
            prose_framework = None if is_heading_like(block) else framework_cue(text) or prose_framework
        if is_heading_like(block):
            headings, section_area = _under_heading(headings, block), p.area
        # A paper quotes the inspection's judgments where it writes about the inspection (its title or a heading
        # over the sentence names it) or about the area graded (the area's own section); a paper on another subject
        # recalling a judgment in passing quotes no grade.
        about = not quoting or any(_ABOUT_INSPECTION.search(t) for t in [ctx.title or ""] + [h for _, h in headings])
        # a clause left open by a lead-in ("We found that BTP is:"), each bullet completing it
        if list_subject and is_bulleted(block):
            mentions.extend(_listed_judgment(p, list_subject, ctx))
            continue
        # a grade word set as a line of its own, outside any area's section, over bullets each naming an area
        # ("Good" over "• preventing crime and antisocial behaviour"), or a lead-in stating the grade ("We found the
        # force to be good at:"): the areas given that grade; a band's area lines under its grade likewise
        if grouped_under and is_bulleted(block) or p.index in banded:
            grade = grouped_under if is_bulleted(block) else banded[p.index]
            raw = list_text(text).rstrip(".")  # the list's last item ends the sentence the lead-in began
            area = match_area(raw, p.framework)
            if area:
                mentions.append(Mention((p.index, 0, 0, 0), block.prov.page, ctx.force,
                                        _framework_of(area, p.framework), area, raw, grade, None, text, 0.9))
                continue
        if p.index in bars and about:
            area, raw, grade = bars[p.index]
            mentions.append(Mention((p.index, 0, 0, 0), block.prov.page, ctx.force, _framework_of(area, p.framework),
                                    area, raw, grade, None, text, 0.9))
            continue
        if not is_bulleted(block):
            grouped_under = (grade_of(text) if is_heading_like(block) and p.area is None else None) or (
                _graded_lead_in(text, ctx))
        regraded = _regrades(text, prose_framework or p.framework, ctx)
        if regraded:
            mentions.extend(replace(m, order=(p.index, *m.order[1:]), page=block.prov.page) for m in regraded)
            continue
        list_subject = _list_lead_subject(text)
        # an area's heading and the grade line directly under it (or under the numeral of the box they share)
        graded = grade_label(block)
        of_area = p if p.area else above
        if graded and of_area and of_area.area and p.index not in bands:
            framework = of_area.framework or _only_framework(of_area.area)
            mentions.append(Mention((p.index, 0, 0, 0), block.prov.page, ctx.force, framework, of_area.area,
                                    of_area.area_raw or of_area.area.name, graded, None, text, 0.9))
            follows_heading = True
            continue
        text = _GRADE_QUOTED.sub(r"\g<grade>", text)  # "graded 'good' at", "rated as “Requires Improvement”"
        # a label and its value: the whole line, or a run-in heading at a paragraph's start, set in bold or a
        # sentence of its own ("**4.1 Preventing crime: good.** Neighbourhood teams ...", the reasons after it)
        in_force = prose_framework or p.framework
        # an area's heading or bullet with its grade after it ("3.4 Investigating crime (Inadequate)",
        # "• Preventing crime (good)")
        heading_graded = (graded_heading(list_text(text), in_force) or _graded_by_clause(list_text(text), in_force, ctx)) \
            if is_heading_like(block) or is_bulleted(block) else None
        tabbed = _tabbed_line(block.text)
        bound = ([heading_graded] if heading_graded else None) or (
            _label_value_grades(tabbed, in_force, own_areas) if tabbed else None) or _sentence_pairs(text, in_force, own_areas) or next(
            (found for lead in (_run_in_heading(block), SENTENCE_END.split(list_text(text))[0])
             if lead and (found := _label_value_grades(lead, in_force, own_areas))), None) or (
            _label_value_grades(list_text(text), in_force, own_areas) or _grades_in_areas(list_text(text), in_force))
        if bound and _self_view(text, ctx):
            bound = []  # "Self-assessment: Investigating crime – Good": the force's view of itself
        if bound:
            for position, (area, raw, grade) in enumerate(bound):
                framework = _framework_of(area, in_force)
                mentions.append(Mention((p.index, 0, 0, position), block.prov.page, ctx.force, framework, area, raw,
                                        grade, None, text, 0.9))
            follows_heading = False
            continue
        # one clause whose subject is the force; a loose area phrase is the section's just under its heading, where
        # the paper writes about the inspection or the area
        for position, judged in enumerate(_own_judgments(text, in_force, ctx)):
            area = judged.area or (p.area if follows_heading else None)
            if area is None or not (about or area == section_area):
                continue
            framework = _framework_of(area, in_force)
            force = judged.force.name if judged.force else ctx.force
            # the area's own heading is the name as printed; the sentence's phrase where no heading names it
            raw = p.area_raw if p.area == area and p.area_raw else judged.phrase
            mentions.append(Mention((p.index, 0, 0, position), block.prov.page, force, framework, area,
                                    raw, judged.grade, None, judged.sentence, 0.85))
        # only an area's own heading lets the next sentence name the area loosely, never a judgment sentence
        follows_heading = p.role == "area" and is_heading_like(block)
    return mentions


_NUMERAL = re.compile(r"^\(?\d{1,2}[.)]?$")  # "1", "(2)", "3.": a number alone
# "graded good ." of a grade word set in bold: the reader's space between a run and its stop parts no words
_SPACE_BEFORE_STOP = re.compile(r"\s+(?=[.,;](?:\s|$))")


def _grade_bands(placed: list[Placed]) -> tuple[dict[int, str], set[int]]:
    """The area lines under grade bands (a grade word set as a heading of
    its own over plain one-line paragraphs each naming an area), by block
    index, with the band's grade; and the bands' own indexes (a band is no
    grade line of a section above it). The lines run to the next heading or
    sentence; a band whose lines are not every one an area's name ("No areas
    were graded at this level.") gives none."""
    found: dict[int, str] = {}
    bands: set[int] = set()
    for at, p in enumerate(placed):
        block = p.block
        if not (isinstance(block, TextBlock) and is_heading_like(block)):
            continue
        grade = grade_of(clean(block.text))
        if grade is None:
            continue
        lines = []
        for q in placed[at + 1:]:
            line = q.block
            if (not isinstance(line, TextBlock) or is_heading_like(line) or is_bulleted(line)
                    or SENTENCE_END.search(clean(line.text)) or clean(line.text).endswith((".", ":"))):
                break
            lines.append(q)
        if lines and all(match_area(clean(q.block.text), q.framework) for q in lines):
            found.update((q.index, grade) for q in lines)
            bands.add(p.index)
    return found, bands


# "We found the force to be good at:", "We found that it requires improvement at:", "And we found it to be
# inadequate at:": a lead-in giving the grade of the areas listed under it
_GRADED_LEAD_IN = re.compile(r"^(?:(?:and|but)\s+)?(?:we|inspectors|hmicfrs|(?:the|our|this)\s+(?:inspection|report|inspectorate))"
                             r"\s+(?:have\s+)?(?:also\s+)?(?:found|judged|graded|assessed|rated)\s+(?:that\s+)?"
                             r"(?P<subject>[A-Za-z][A-Za-z&\-\.' ]{0,60}?)\s+(?:to\s+be\s+|is\s+|was\s+|as\s+)?"
                             r"(?P<grade>outstanding|good|adequate|inadequate|requires?\s+improvement|requiring\s+improvement)"
                             r"\s+(?:at|in|for)\s*:$", re.I)
# "The force was graded good in three areas:", "It was graded as requiring improvement in two areas:", "Kent
# Police was judged adequate in the following areas:", "And it requires improvement in one area:" (the grade its
# verb): the force as the subject, the areas listed under it
_GRADED_IN_AREAS_LEAD_IN = re.compile(r"^(?:(?:and|but)\s+)?(?P<subject>[A-Za-z][A-Za-z&\-\.' ]{0,60}?)\s+"
                                      r"(?:(?:is|was|has\s+been)\s+(?:(?:graded|judged|rated|assessed|found\s+to\s+be)"
                                      r"\s+(?:as\s+|to\s+be\s+)?)?|(?=requires?\s+improvement|required\s+improvement))"
                                      r"(?P<grade>outstanding|good|adequate|inadequate|requires?\s+improvement"
                                      r"|required\s+improvement|requiring\s+improvement)\s+(?:at|in|for)\s+(?:(?:the\s+following|these"
                                      r"|\w+)\s+)?areas?(?:\s+of\s+policing)?\s*:$", re.I)


_TAB = re.compile(r"\s*\t\s*")


def _tabbed_line(raw: str) -> str | None:
    """A line setting a label and its value apart with a tab (Word's dotted
    leader: "Preventing crime<tab>Good"), as the "label: value" it reads;
    None for a line of no tab or of several."""
    parts = [part for part in _TAB.split(raw.strip()) if part]
    return clean(f"{parts[0]}: {parts[1]}") if len(parts) == 2 else None


# "we were graded good", "the force was judged adequate", "Kent Police was rated as requires improvement": the
# value after an area's heading's dash, a clause giving the force's grade
_FORCE_GRADED = re.compile(r"^(?P<subject>we|the\s+(?:force|constabulary|service)|it|[A-Z][A-Za-z&\-\.' ]{1,60}?)\s+"
                           r"(?:is|was|are|were|has\s+been|have\s+been)\s+(?:graded|judged|rated|assessed)\s+"
                           r"(?:as\s+|to\s+be\s+)?(?P<grade>outstanding|good|adequate|inadequate|requires?\s+improvement"
                           r"|requiring\s+improvement)$", re.I)


def _graded_by_clause(text: str, framework: str | None, ctx: DocumentContext) -> tuple[Area, str, str] | None:
    """The area, its printed name and its grade of a heading whose value
    after the dash is a clause grading the force ("Preventing crime – we
    were graded good", a force's own summary), or None; another force's
    clause grades nothing of this document's."""
    m = LABEL_VALUE_LINE.match(text)
    graded = _FORCE_GRADED.match(m.group("value").strip()) if m else None
    if graded is None:
        return None
    subject = graded.group("subject").strip()
    force = force_of_subject(subject)
    if not (key(subject) in THE_FORCE or key(subject) == "we"
            or (force is not None and (ctx.force is None or force.name == ctx.force))):
        return None
    area = match_area(m.group("label"), framework)
    return (area, unnumbered(m.group("label").strip()), grade_of(graded.group("grade"))) if area else None


def _graded_lead_in(text: str, ctx: DocumentContext) -> str | None:
    """The grade a lead-in gives its force at the areas listed under it, or
    None (a lead-in of another subject than the force, another force's, or
    none)."""
    last = unnumbered(SENTENCE_END.split(text)[-1])
    m = _GRADED_LEAD_IN.match(last) or _GRADED_IN_AREAS_LEAD_IN.match(last)
    if not m:
        return None
    subject = m.group("subject").strip()
    force = force_of_subject(subject)
    own = key(subject) in THE_FORCE or (force is not None and (ctx.force is None or force.name == ctx.force))
    return grade_of(m.group("grade")) if own else None


_GRADE_WORD = r"outstanding|good|adequate|inadequate|requires?\s+improvement|requiring\s+improvement"
# "we have changed the force's grade for investigating crime from inadequate to requires improvement", "we have
# revised its grade for managing offenders to good": a grade a revisit sets, the earlier one recalled
_REGRADE = re.compile(rf"\b(?:changed|revised|amended|updated|raised|lowered|moved)\s+(?:[^.;:]{{0,60}}?\s)?"
                      rf"grade\s+(?:for|in|at|of)\s+(?P<area>[^.;:]{{3,90}}?)(?:\s+from\s+(?:{_GRADE_WORD}))?"
                      rf"\s+to\s+(?P<grade>{_GRADE_WORD})\b", re.I)


# "Preventing crime Outstanding": an area's name and its grade with nothing between them
# (the area ending on a word: "Preventing crime – Good" is a label and its value)
_AREA_THEN_GRADE = re.compile(rf"^(?P<area>[A-Za-z][A-Za-z,'&\- ]+?)(?<=[A-Za-z])\s+(?P<grade>{_GRADE_WORD})$", re.I)
_BARS = 2  # a chart labels this many bars at least


def _labelled_bars(placed: list[Placed]) -> dict[int, tuple[Area, str, str]]:
    """Lines each an area's name and its grade with nothing between, in a
    run of such lines (a bar chart's category label and the data label at
    its bar's end, read as one line a bar: "Preventing crime Outstanding"),
    by block index, with the area, its name as printed and the grade; a
    line alone is no chart's."""
    found: dict[int, tuple[Area, str, str]] = {}
    run: list[tuple[int, tuple[Area, str, str]]] = []
    for p in [*placed, None]:
        block = p.block if p else None
        m = _AREA_THEN_GRADE.match(clean(block.text)) if isinstance(block, TextBlock) and not is_bulleted(block) else None
        area = match_area(m.group("area"), p.framework, fuzzy=False) if m else None
        if area:
            run.append((p.index, (area, m.group("area"), grade_of(m.group("grade")))))
            continue
        if len(run) >= _BARS:
            found.update(run)
        run = []
    return found


def _regrades(text: str, framework: str | None, ctx: DocumentContext) -> list[Mention]:
    """The grades a letter sets for areas in place of those its inspection
    gave, dated by the letter: they stand from then."""
    as_of = ctx.publication_date.strftime("%Y-%m") if ctx.publication_date else None
    return [Mention((0, 0, 0, position), None, ctx.force, _framework_of(area, framework), area, m.group("area"),
                    grade_of(m.group("grade")), as_of, text, 0.9)
            for position, m in enumerate(_REGRADE.finditer(text))
            if (area := match_area_phrase(m.group("area"), framework))]


def _under_heading(headings: list[tuple[int, str]], heading: TextBlock) -> list[tuple[int, str]]:
    """The headings over the text after ``heading``: those above it that are
    more prominent, then it (a bold line ranks below every heading)."""
    rank = heading.level if heading.kind is BlockKind.HEADING else _BOLD_LINE_RANK
    return [(r, t) for r, t in headings if r < rank] + [(rank, clean(heading.text))]


def _run_in_heading(block: TextBlock) -> str | None:
    """The bold words a paragraph opens with, where plain words follow them
    in the same paragraph (a run-in heading), with any paragraph number set
    before them ("4.1 " of "4.1 **Preventing crime: good.** Neighbourhood
    teams ..."); None for a paragraph set alike throughout."""
    spans = [s for s in block.spans if s.text.strip()]
    start = 1 if spans and not spans[0].style.bold and _PARAGRAPH_NUMBER.match(spans[0].text.strip()) else 0
    bold = 0
    while start + bold < len(spans) and spans[start + bold].style.bold:
        bold += 1
    if bold == 0 or start + bold == len(spans):
        return None
    return clean("".join(s.text for s in spans[:start + bold]))


def _own_judgments(text: str, framework: str | None, ctx: DocumentContext) -> list[Judgment]:
    """The inspection's judgments of the document's own force: another
    force's grade named in passing ("West Mercia Police was graded adequate
    at ...") is none of this document's, and the force's view of itself
    ("The force considers that it is now good at ...") is no grade."""
    found = list(judgments(text, framework))
    for sentence in SENTENCE_END.split(clean(text)):
        reported = _INSPECTORATE_FOUND.match(sentence)
        if reported and not any(j.sentence == sentence for j in found):
            found.extend(judgments(sentence[reported.end():], framework))
        if not _RECALLS_EARLIER.search(sentence):
            found.extend(_areas_first(sentence, framework))
            found.extend(_as_was(sentence, framework, found))
    return [j for j in found
            if (j.force is None or ctx.force is None or j.force.name == ctx.force)
            and not _self_view(j.sentence, ctx)]


_SUBJECT_FORCE = r"(?P<subject>the\s+(?:force|constabulary|service)|it|(?-i:[A-Z])[A-Za-z&\-\.' ]{1,60}?)"
_JUDGED = r"(?:graded|judged|rated|assessed)"
# the areas named first, then the force's grade: "On police powers and public treatment, the inspectorate graded
# the force good.", "For both investigating crime and protecting vulnerable people the force was graded adequate."
_AREAS_FIRST = [
    re.compile(rf"^(?:finally,?\s+)?(?:on|for|in)\s+(?:both\s+)?(?P<phrase>[^,]{{3,160}}?),?\s+"
               rf"(?:the\s+inspectorate|hmicfrs|inspectors|we|they)\s+(?:has\s+|have\s+)?{_JUDGED}\s+"
               rf"{_SUBJECT_FORCE}\s+(?:as\s+|to\s+be\s+)?(?P<grade>{_GRADE_WORD})\.?$", re.I),
    re.compile(rf"^(?:finally,?\s+)?(?:on|for|in)\s+(?:both\s+)?(?P<phrase>[^,]{{3,160}}?),?\s+{_SUBJECT_FORCE}\s+"
               rf"(?:is|was|has\s+been)\s+(?:{_JUDGED}|found)\s+(?:as\s+|to\s+be\s+)?(?P<grade>{_GRADE_WORD})\.?$",
               re.I),
]
# "..., as was the force's work on developing a positive workplace": another area given the clause's grade
_AS_WAS = re.compile(r",\s+as\s+(?:was|were|is|are)\s+(?:(?:the\s+(?:force|constabulary|service)['\u2019]s|its|their)\s+)?"
                     r"(?:(?:work|performance)\s+(?:on|in|at)\s+)?(?P<phrase>[^,;]{3,120}?)\.?$", re.I)
# a sentence recalling an earlier inspection's grade: "When the force was last inspected, in 2022, it was graded ..."
_RECALLS_EARLIER = re.compile(r"\b(?:previous|previously|last|earlier|prior|former)\b|\bin\s+(?:our\s+)?20\d\d\b",
                              re.I)


def _areas_first(sentence: str, framework: str | None) -> list[Judgment]:
    """A judgment naming its areas before its subject, the force ("On A,
    the inspectorate graded the force good.", "For both A and B the force
    was graded adequate."): each area the phrase names, where every part of
    it names one."""
    for pattern in _AREAS_FIRST:
        m = pattern.match(sentence)
        if not m:
            continue
        subject = m.group("subject").strip()
        force = force_of_subject(subject)
        listed = area_list(m.group("phrase").strip(), framework)
        if (force or key(subject) in THE_FORCE) and all(area for area, _ in listed):
            return [Judgment(force, area, printed, grade_of(m.group("grade")), sentence) for area, printed in listed]
    return []


def _as_was(sentence: str, framework: str | None, found: list[Judgment]) -> list[Judgment]:
    """The area a judgment's "..., as was the force's work on <area>"
    gives the same grade as the clause before it."""
    m = _AS_WAS.search(sentence)
    judged = [j for j in found if j.sentence == sentence and j.area]
    grades = {j.grade for j in judged}
    if not m or len(grades) != 1:
        return []
    listed = area_list(m.group("phrase").strip(), framework)
    if not all(area for area, _ in listed):
        return []
    return [Judgment(judged[0].force, area, printed, judged[0].grade, sentence) for area, printed in listed]


# "It found that", "The inspectorate concluded that", "Inspectors judged that": the inspectorate reporting the
# clause after it, whose subject may be the area ("It found that investigating crime requires improvement")
_INSPECTORATE_FOUND = re.compile(rf"^(?:(?:and|but)\s+)?(?:it|they|inspectors|{_INSPECTORATE_NAME}"
                                 r"|the\s+(?:inspection|report))\s+(?:also\s+)?(?:found|judged|concluded)\s+that\s+",
                                 re.I)


# the force judging itself: "would grade itself good", "rates ourselves", "our self-assessment"
_SELF_JUDGED = re.compile(r"\b(?:grad|rat|judg|assess|scor)(?:e|es|ed|ing)?\s+(?:itself|ourselves|themselves)\b"
                          r"|\bself[- ]?(?:assess|rat|grad|evaluat)\w*", re.I)
# the force's own opinion of a grade: "The force considers that it is now good at ...", "Kent Police believes ..."
_FORCE_OPINION = (r"\b(?:the\s+(?:force|constabulary)|police|constabulary)\s+(?:now\s+|still\s+)?"
                  r"(?:considers?|believes?|thinks?|feels?|would\s+(?:now\s+)?(?:grade|rate|judge|assess))\b")
# in a force's or a commissioner's paper "we" is the paper's writer, never the inspectorate as in its reports
_WRITER_OPINION = r"\bwe\s+(?:now\s+|still\s+)?(?:consider|believe|think|feel|would\s+(?:now\s+)?(?:grade|rate|judge|assess))\b"


def _self_view(sentence: str, ctx: DocumentContext) -> bool:
    """Whether a sentence gives the force's own view of its grade (a
    self-assessment) rather than the inspectorate's judgment: the force
    judging itself, or holding an opinion in a sentence that names no
    inspectorate ("HMICFRS graded it good at ..., which the force believes
    ..." is the inspectorate's grade)."""
    if _SELF_JUDGED.search(sentence):
        return True
    opinion = _FORCE_OPINION if ctx.doc_kind in _REPORTS else f"{_FORCE_OPINION}|{_WRITER_OPINION}"
    return bool(re.search(opinion, sentence, re.I)) and not _INSPECTORATE.search(sentence)


def _list_lead_subject(text: str) -> str | None:
    """The subject of a lead-in that a list of judgments completes ("We
    found that BTP is:", "The force is:"), if it names a force: the last
    sentence of its paragraph."""
    m = _LIST_LEAD.match(SENTENCE_END.split(text)[-1])
    if not m:
        return None
    subject = m.group("subject").strip()
    return subject if force_of_subject(subject) or key(subject) in THE_FORCE else None


def _listed_judgment(p: Placed, subject: str, ctx: DocumentContext) -> list[Mention]:
    """A bullet completing a judgment lead-in ("good at preventing crime;"),
    read as the sentence it finishes."""
    item = list_text(clean(p.block.text))
    for sentence in (f"{subject} {item}", f"{subject} is {item}"):
        found = [j for j in _own_judgments(sentence, p.framework, ctx) if j.area]
        if found:
            break
    mentions = []
    for position, judged in enumerate(found):
        framework = _framework_of(judged.area, p.framework)
        force = judged.force.name if judged.force else ctx.force
        mentions.append(Mention((p.index, 0, 0, position), p.block.prov.page, force, framework, judged.area,
                                judged.phrase, judged.grade, None, item, 0.85))
    return mentions


def _label_value_grades(text: str, framework: str | None, own_areas: dict[str, Area]) -> list[tuple[Area, str, str]]:
    """A line binding a label to its value, either way round: an area and
    its grade ("Investigating crime: Requires improvement", "... – Good";
    the area known, or one of the force's own that a section's heading
    names), or a grade and the areas grouped under it ("Good: A, B and C",
    every listed part naming an area; "Outstanding: none" gives nothing);
    several such pairs a line sets out after a label of their own ("Grades:
    Preventing crime – Good; Investigating crime – Adequate")."""
    bound = _label_value_pair(text, framework, own_areas)
    pairs = [part.strip() for part in text.split(";") if part.strip()]
    if bound or len(pairs) < 2:
        return bound
    # a grade no area has ("Outstanding: none") is one of the pairs, grading nothing
    found = [(_label_value_pair(part, framework, own_areas), part) for part in pairs]
    if not all(bound or _grades_nothing(part) for bound, part in found):
        return []
    return [pair for bound, _ in found for pair in bound]


# "none", "no areas", "n/a", "–": the value of a grade no area has
_NO_AREA_VALUE = re.compile(r"^(?:none|no\s+areas?|nil|n/?a|[-\u2013\u2014])$", re.I)


def _grades_nothing(text: str) -> bool:
    """Whether a line gives a grade no area ("Outstanding: none",
    "Inadequate – no areas"), after a label of its own as a list's first
    part ("The grades awarded were: Outstanding: none")."""
    m = LABEL_VALUE_LINE.match(text)
    if not m:
        return False
    label, value = m.group("label").strip(), m.group("value").strip()
    if grade_of(label):
        return bool(_NO_AREA_VALUE.match(value))
    return _grades_nothing(value)


def _sentence_pairs(text: str, framework: str | None, own_areas: dict[str, Area]) -> list[tuple[Area, str, str]]:
    """The pairs of a paragraph setting out grades as sentences of their own,
    each an area and its grade (a chart's text description: "Preventing crime
    – outstanding. Investigating crime – good."), two such sentences at
    least; sentences of other words around them grade nothing."""
    found = [pair for sentence in SENTENCE_END.split(text)
             for pair in _label_value_pair(sentence.strip(), framework, own_areas)]
    return found if len({area for area, _, _ in found}) >= 2 else []


def _label_value_pair(text: str, framework: str | None, own_areas: dict[str, Area]) -> list[tuple[Area, str, str]]:
    m = LABEL_VALUE_LINE.match(text)
    if not m:
        return []
    label, value = m.group("label").strip(), m.group("value").strip()
    grade = grade_of(label)
    if grade:
        return [(area, raw, grade) for area, raw in _listed_areas(value, framework)]
    grade = noted_grade(value)  # "Adequate (2022: requires improvement)": the grade, not the one recalled
    area = match_area(label, framework) or own_areas.get(key(label))
    if area and grade:
        return [(area, unnumbered(label), grade)]
    if grade:
        # several areas grouped under the one grade after them ("A, B and C – adequate")
        listed = _listed_areas(unnumbered(label), framework)
        if len(listed) >= 2:
            return [(area, raw, grade) for area, raw in listed]
    # a label over the pair itself ("Grades: Preventing crime – Good")
    return _label_value_pair(value, framework, own_areas) if LABEL_VALUE_LINE.match(value) else []


def _grades_in_areas(text: str, framework: str | None) -> list[tuple[Area, str, str]]:
    """Each "<grade> in N areas: A and B" or "<grade> in N areas (A and
    B)" of a summary sentence."""
    out = []
    for m in _GRADE_IN_AREAS.finditer(text):
        grade = grade_of(m.group("grade"))
        listed = m.group("areas") or m.group("bracketed")
        out.extend((area, raw, grade) for area, raw in _listed_areas(listed, framework) if grade)
    return out


def _listed_areas(phrase: str, framework: str | None) -> list[tuple[Area, str]]:
    """The areas of a list, only if every listed part names one."""
    listed = area_list(phrase.strip().replace(";", ","), framework)
    return [(area, raw) for area, raw in listed if area] if all(area for area, _ in listed) else []


def _only_framework(area: Area) -> str | None:
    return area.frameworks[0] if len(area.frameworks) == 1 else None


def _framework_of(area: Area, in_force: str | None) -> str | None:
    """A stated area's framework: the one in force where the text stands, if
    it grades the area, else the area's only one."""
    return in_force if in_force in area.frameworks else _only_framework(area)


# --- tables --------------------------------------------------------------------
# A table binds an area's cell to a grade by where the two sit: a grade in the
# same row (after the area, or the one grade of the row); a grade header over
# the area's column (a chart), or over the one cell its row marks; an inspection's
# framework, period or year over the grade's column (inspections side by side, each
# column its own inspection's); the cell under the area in a table laid on its side; a tile stacking the
# area over its grade.

@dataclass(frozen=True, slots=True)
class _Keys:
    """What the document's own keys spell out: grade abbreviations ("RI"),
    area abbreviations ("RTTP") and the grade of each key colour (by
    "#rrggbb")."""

    grades: dict[str, str]
    areas: dict[str, Area]
    colours: dict[str, str]
    scores: dict[str, str]  # the grade each number of the document's printed scale stands for ("2" Good)


def _table_mentions(placed: list[Placed], ctx: DocumentContext, quoted: dict[str, str],
                    area_keys: dict[str, Area]) -> list[Mention]:
    mentions: list[Mention] = []
    header: _Header | None = None
    pending_as_of: str | None = None  # a date printed on its own above a table
    keys = _Keys(_key_abbreviations(placed), area_keys, _colour_key(placed), _score_scale(placed))
    for at, p in enumerate(placed):
        block = p.block
        after = placed[at + 1].block if at + 1 < len(placed) else None
        if isinstance(block, TextBlock):
            text = clean(block.text)
            tiles = _chip_line_pairs(block, after, p, pending_as_of)
            if tiles:
                mentions.extend(_with_table_framework(tiles, p, ctx))
                continue
            published = _stated_publication(text) if ctx.doc_kind not in _REPORTS else None
            if published:
                # "HMICFRS published its report on 14 April 2026." over a paper's table dates its grades,
                # whatever date line came before (the meeting's)
                pending_as_of = published
            elif _date_alone(text) and not _is_meeting_date(text, ctx):
                pending_as_of = _date_alone(text)
            elif len(text.split()) > 8:
                header, pending_as_of = None, None  # prose between tables ends a table group
            continue
        grid = (_force_grid_pairs(block, p, pending_as_of, keys, ctx.force)
                or _chip_line_pairs(block, after, p, pending_as_of) or _judgment_box_pairs(block, p, pending_as_of))
        caption = placed[at - 1].block if at else None
        themes = _grade_table_themes(block, caption if isinstance(caption, TextBlock) else None, p.framework)
        table_keys = replace(keys, areas={**themes, **keys.areas}) if themes else keys
        found, header = (grid, None) if grid else _table_pairs(block, p, header, pending_as_of, quoted, table_keys)
        mentions.extend(_with_table_framework(found, p, ctx))
        pending_as_of = None
    return mentions


# "Table 9.1: HMICFRS PEEL 2023–25 grades by FMS theme", a column's "PEEL grade": a table titled as PEEL's grades
_PEEL_GRADES_TITLE = re.compile(r"\bPEEL\b.*\b(?:grades?|judg(?:e)?ments?|ratings?)\b"
                                r"|\b(?:grades?|judg(?:e)?ments?|ratings?)\b.*\bPEEL\b", re.I)


def _grade_table_themes(table: Table, caption: TextBlock | None, framework: str | None) -> dict[str, Area]:
    """The short theme names a force's own plans give PEEL's areas
    ("Response", "Workforce"), as a table reads them: one its caption or
    header titles as PEEL's grades, where every row below the header names
    an area, by name or by theme; none for any other table (a plan's
    "Response" row is no area)."""
    titles = [clean(caption.text)] if caption else []
    if not any(_PEEL_GRADES_TITLE.search(t) for t in titles + [text for _, text in _header_cells(table)]):
        return {}
    themes = theme_names(framework)
    for row in range(max(table.header_rows, 1), table.n_rows):
        if not any(match_area(raw := _cell_text(c), framework) or key(raw) in themes for c in table.row_cells(row)):
            return {}
    return themes


def _colour_key(placed: list[Placed]) -> dict[str, str]:
    """The grade of each colour a key table gives one: a swatch (a filled
    cell with no words) beside the grade word after it in its row, the last
    swatch's word printed after the table where the key runs past its
    ruling. A key names three grades at least by distinct colours; else
    the document keys no colours to grades."""
    found: dict[str, str] = {}
    for at, p in enumerate(placed):
        if not isinstance(p.block, Table):
            continue
        table = p.block
        after = placed[at + 1].block if at + 1 < len(placed) else None
        trailing = grade_of(clean(after.text)) if isinstance(after, TextBlock) else None
        keyed: dict[str, str] = {}
        for row in range(table.n_rows):
            cells = sorted(table.row_cells(row), key=lambda c: c.col)
            for place, cell in enumerate(cells):
                if cell.text.strip() or cell.fill in (None, _WHITE):
                    continue
                if place + 1 < len(cells):
                    grade = grade_of(_cell_text(cells[place + 1]))
                else:
                    grade = trailing if row == table.n_rows - 1 else None
                if grade:
                    keyed[cell.fill.lower()] = grade
        if len(keyed) >= _KEY_COLOURS and len(set(keyed.values())) == len(keyed):
            found.update(keyed)
    return found


_KEY_COLOURS = 3
# the words on a row of grade chips, read in order: "Adequate Outstanding Requires improvement", "Good Not graded"
_CHIP_WORDS = re.compile(r"\s*(not\s+graded|requires?\s+improvement|outstanding|good|adequate|inadequate)\b", re.I)


def _chip_line_pairs(names: TextBlock | Table, after: TextBlock | Table | None, p: Placed,
                     as_of: str | None) -> list[Mention]:
    """A row of tiles whose area names the reader gives as a one-row table
    (or as one line of names) and whose grade chips as the line after it:
    the line's grade words, in order, one a tile (a "Not graded" chip grades
    nothing). Every word of the line is a chip's, as many as the tiles, and
    two tiles at least name areas."""
    if not isinstance(after, TextBlock):
        return []
    line, chips = clean(after.text), []
    while line:
        m = _CHIP_WORDS.match(line)
        if not m:
            return []
        chips.append(grade_of(m.group(1)))
        line = line[m.end():].strip()
    # the chips first: a line of nothing but grade words is rare, and splitting a block into area names is not cheap
    if len(chips) < 2:
        return []
    tiles = _tile_names(names, p.framework)
    if not tiles or len(chips) != len(tiles):
        return []
    found = []
    for col, ((area, raw), grade) in enumerate(zip(tiles, chips)):
        if not (area and grade):
            continue
        if isinstance(names, Table):
            found.append(_pair(names, p, 0, col, 0, area, raw, grade, as_of, f"{raw}: {grade}"))
        else:
            found.append(Mention((p.index, 0, col, 0), names.prov.page, None, None, area, raw, grade, as_of,
                                 f"{raw}: {grade}", 0.95, charted=True))
    return found if len(found) >= 2 else []


def _tile_names(names: TextBlock | Table, framework: str | None) -> list[tuple[Area | None, str]] | None:
    """The names of a row of tiles, left to right: the cells of a one-row
    table, or a line of nothing but area names; None for anything else."""
    if isinstance(names, Table):
        if names.n_rows != 1 or names.n_cols < 2:
            return None
        return [(match_area(raw := _cell_text(c), framework), raw)
                for c in sorted(names.row_cells(0), key=lambda c: c.col)]
    listed = split_areas(names.text, framework) if names.text.strip() else None
    return list(listed) if listed and len(listed) >= 2 else None


def _judgment_box_pairs(table: Table, p: Placed, as_of: str | None) -> list[Mention]:
    """A box opening an area's chapter: one row, a grade label and the grade
    ("Overall judgment | Requires improvement"): the grade of the area the
    chapter's heading names, as printed there."""
    if table.n_rows != 1 or p.area is None:
        return []
    grade = grade_line(" ".join(_cell_text(c) for c in sorted(table.row_cells(0), key=lambda c: c.col)))
    if grade is None:
        return []
    raw = p.area_raw or p.area.name
    return [_pair(table, p, 0, 0, 0, p.area, raw, grade, as_of, f"{raw}: {grade}", _framework_of(p.area, p.framework))]


# "Key: O = Outstanding; G = Good; RI = Requires improvement": each abbreviation a key under a grid defines
# (or with nothing but spaces between them: "Key: O = Outstanding G = Good RI = Requires improvement")
_KEY_LETTERS = r"[A-Z]{1,3}(?:/[A-Z]{1,2})?"
_KEY_ENTRY = re.compile(rf"(?<![\w/])(?P<letters>{_KEY_LETTERS})\s*(?:=|:|\s[-\u2013]\s)\s*"
                        rf"(?P<grade>[A-Za-z][A-Za-z ]{{2,25}}?)\s*(?=[;,.]|$|\s+{_KEY_LETTERS}\s*(?:=|:|\s[-\u2013]\s))")


# a rating printed as a run of marks, filled then empty: "●●●○○", "★★★★☆" (or spaced: "● ● ● ○ ○")
_RATING_MARKS = "\u25cf\u25cb\u25c9\u25ef\u2605\u2606"
_RATING = re.compile(rf"^[{_RATING_MARKS}](?:\s?[{_RATING_MARKS}])*$")
# "Rating key: ●●●●● Outstanding ●●●●○ Good ●●●○○ Adequate": each rating a key line defines
_RATING_ENTRY = re.compile(rf"(?P<letters>[{_RATING_MARKS}](?:\s?[{_RATING_MARKS}])*)\s*(?:=|:|\s[-\u2013]\s)?\s*"
                           rf"(?P<grade>[A-Za-z][A-Za-z ]{{2,25}}?)\s*(?=[;,.]|$|\s*[{_RATING_MARKS}])")


def _key_abbreviations(placed: list[Placed]) -> dict[str, str]:
    """The grade abbreviations a key line of the document spells out (two
    at least on the one line), by their letters, and the ratings it spells
    out as marks ("●●●○○ Adequate"), by their marks with no space between."""
    found: dict[str, str] = {}
    for p in placed:
        if isinstance(p.block, TextBlock):
            text = clean(p.block.text)
            entries = {_key_form(m.group("letters")): grade for pattern in (_KEY_ENTRY, _RATING_ENTRY)
                       for m in pattern.finditer(text) if (grade := grade_of(m.group("grade")))}
            if len(entries) >= 2:
                found.update(entries)
    return found


# "1 = Outstanding, 2 = Good, 3 = Adequate, 4 = Requires improvement, 5 = Inadequate": a scale of scores
_SCALE_ENTRY = re.compile(r"(?<![\w.])(?P<number>[1-9])\s*(?:=|:|\s[-\u2013]\s)\s*(?P<grade>[A-Za-z][A-Za-z ]{2,25}?)"
                          r"\s*(?=[;,.]|$|\s+[1-9]\s*(?:=|:|\s[-\u2013]\s))")
_SCALE_ENTRIES = 3  # a scale gives three grades their numbers at least, on one line
# a column holding grades as numbers: "2025 score", "Score", "Grade (1–5)"
_SCORE_HEADING = re.compile(r"\b(?:scores?|grades?|ratings?|judg(?:e)?ments?)\b", re.I)


def _score_scale(placed: list[Placed]) -> dict[str, str]:
    """The grade each number stands for on a scale the document prints (a
    line giving three grades their numbers at least, each number and grade
    once); empty where it prints none: a number is a grade only by the
    document's own scale."""
    found: dict[str, str] = {}
    for p in placed:
        if isinstance(p.block, TextBlock):
            entries = [(m.group("number"), grade) for m in _SCALE_ENTRY.finditer(clean(p.block.text))
                       if (grade := grade_of(m.group("grade")))]
            numbers, grades = {n for n, _ in entries}, {g for _, g in entries}
            if len(entries) >= _SCALE_ENTRIES and len(numbers) == len(grades) == len(entries):
                found.update(entries)
    return found


def _key_form(printed: str) -> str:
    """The form a key's entry and a cell are looked up in: a rating's marks
    with no space between ("●●●○○" of "● ● ● ○ ○"), letters as printed."""
    return re.sub(r"\s+", "", printed) if _RATING.match(printed) else printed


_GRID_AREAS = 3  # a grid comparing forces heads this many area lines at least
_GRID_FORCES = 2  # and sets out the lines of this many distinct forces at least


def _force_grid_pairs(table: Table, p: Placed, as_of: str | None, keys: _Keys,
                      own_force: str | None) -> list[Mention]:
    """A grid comparing forces' grades (a most similar group's): a heading
    row of area columns and a row per force or, the grid on its side, a
    heading column of area rows and a column per force. Each force's line
    names the force in a cell of its own and gives every area a grade, in
    words or by an abbreviation the document's key spells out (a table of
    crime figures by force is no grade grid). Each line is its force's
    inspection, dated by a month the line states ("Oct 2025" under or
    beside "Report published"); the document's own force's line otherwise
    as the document dates its report, another force's by nothing else."""
    return (_force_lines_pairs(table, p, as_of, keys, own_force, on_its_side=False)
            or _force_lines_pairs(table, p, as_of, keys, own_force, on_its_side=True))


def _table_lines(table: Table, on_its_side: bool) -> list[list[tuple[int, Cell]]]:
    """The table's rows (on its side, its columns), each cell with its place
    along the line (its column; on its side, its row)."""
    lines: list[list[tuple[int, Cell]]] = [[] for _ in range(table.n_cols if on_its_side else table.n_rows)]
    for cell in table.cells:
        line, place = (cell.col, cell.row) if on_its_side else (cell.row, cell.col)
        lines[line].append((place, cell))
    return lines


def _grid_grade(cell: Cell, keys: _Keys) -> str | None:
    """A grid cell's grade: in words, by letters the document's key spells
    out, or, the cell empty (a heat map), by the colour its key names."""
    raw = _cell_text(cell)
    return grade_of(raw) or keys.grades.get(raw) or (None if raw else keys.colours.get((cell.fill or "").lower()))


def _force_lines_pairs(table: Table, p: Placed, as_of: str | None, keys: _Keys,
                       own_force: str | None, on_its_side: bool) -> list[Mention]:
    """The grades of a grid comparing forces read one way: a heading line
    (within the first two) naming three areas at least, each once, by name
    or by an abbreviation the document's key spells out ("PVP"), and a
    line per force under it, naming the force in a cell of its own and
    grading every area; two distinct forces at least, so that one force's
    inspections side by side ("Kent Police" over "2022" and over "2025")
    are read as inspections, not as peers. Each line's month is the one a
    cell of its own states; the document's own force's line otherwise
    takes ``as_of``, another force's no month."""
    lines = _table_lines(table, on_its_side)
    for heading in range(min(len(lines) - 1, 2)):
        area_at = {place: (area, raw) for place, cell in lines[heading]
                   if (raw := _cell_text(cell))
                   and (area := match_area(raw, p.framework) or keyed_area(raw, keys.areas))}
        if len(area_at) >= _GRID_AREAS and len({area for area, _ in area_at.values()}) == len(area_at):
            break
    else:
        return []
    forces = []
    for line in lines[heading + 1:]:
        others = [cell for place, cell in line if place not in area_at]
        force = next((f for c in others if (f := force_of_subject(_cell_text(c)))), None)
        graded = {place: (cell, grade) for place, cell in line if place in area_at
                  if (grade := _grid_grade(cell, keys))}
        if force is None or graded.keys() != area_at.keys():
            continue
        month = next((d for c in others if (d := _date_alone(_cell_text(c)))), None)
        forces.append((force.name, month, graded))
    if len({force for force, _, _ in forces}) < _GRID_FORCES:
        return []
    found = []
    for force, month, graded in forces:
        own = force == own_force
        for place, (cell, grade) in sorted(graded.items()):
            area, raw = area_at[place]
            found.append(_pair(table, p, cell.row, cell.col, 0, area, raw, grade, month or (as_of if own else None),
                               f"{force} | {raw}: {grade}", dated_apart=not own, force=force))
    return found


def _table_pairs(table: Table, p: Placed, header: _Header | None, as_of: str | None,
                 quoted: dict[str, str], keys: _Keys) -> tuple[list[Mention], _Header | None]:
    """The graded areas of one table, and the grade header a following
    headerless table continues. A table whose header heads a column as
    scores or grades reads numbers by the document's scale."""
    if keys.scores and _headed_columns(table, _SCORE_HEADING):
        keys = replace(keys, grades={**keys.grades, **keys.scores})
    side_by_side = _inspection_columns(table, keys.grades)
    if side_by_side:
        return _inspection_column_pairs(table, p, *side_by_side, as_of, quoted, keys.grades), None
    turned = _turned(table)
    inspection_rows = _inspection_columns(turned, keys.grades)
    found = _inspection_column_pairs(turned, p, *inspection_rows, as_of, quoted, keys.grades) if inspection_rows else []
    if found:
        # the inspections as rows and the areas as columns: each grade placed back in the table as printed
        return [replace(m, order=(m.order[0], m.order[2], m.order[1], m.order[3]),
                        page=table.page_of_row(m.order[2]) or m.page) for m in found], None
    by_grade = _grade_row_pairs(table, p, as_of, quoted, keys.grades)
    if by_grade:
        return by_grade, None
    sideways = _sideways_pairs(table, p, as_of) or _tile_pairs(table, p, as_of, keys.grades)
    if sideways:
        return sideways, None
    own = _grade_header(table)
    first_row = 0
    if own:
        header_row, header = own
        first_row = header_row + 1
    charted = header is not None and (own is not None or _continues(table, header))
    found: list[Mention] = []
    row_as_of = as_of
    undated = _deadline_columns(table)
    columns = _GradeColumns(_headed_columns(table, _NOT_A_GRADE_COLUMN), _headed_inspections(table), quoted)
    spanning = [c for c in table.cells if c.row_span > 1]  # looked through for each row: a long table has few
    for row in range(first_row, table.n_rows):
        cells = table.row_cells(row)
        # a cell merged down over the rows of one inspection ("PEEL 2023–25", "12 March 2025") names each row's
        merged = [c for c in spanning if c.row < row < c.row + c.row_span]
        dated = [d for c in merged + cells if (header is None or c.col not in header.by_col) and c.col not in undated
                 if (d := _date_alone(clean(c.text)))]
        row_as_of = dated[0] if dated else row_as_of
        if charted:
            found.extend(_chart_row_pairs(table, p, row, cells, header, row_as_of))
        else:
            found.extend(_row_pairs(table, p, row, cells, row_as_of, merged, keys, columns))
    return found, (header if own or found else None)


# a plan's column of the dates its actions are due by, never the date of the grades in its rows
_DEADLINE_HEADING = re.compile(r"\b(?:due|deadline|target|timescale|completion|complete\s+by|by\s+when|review(?:\s+date)?"
                               r"|next\s+update)\b", re.I)


def _deadline_columns(table: Table) -> set[int]:
    """The columns the header rows head as a plan's deadlines ("Due",
    "Target date", "Completion")."""
    return _headed_columns(table, _DEADLINE_HEADING)


def _header_cells(table: Table) -> list[tuple[Cell, str]]:
    """The cells of a table's header rows (the first row where none is
    marked) short enough to be a column's heading, with their words."""
    return [(c, text) for c in table.cells if c.row < max(table.header_rows, 1)
            if len((text := _cell_text(c)).split()) <= _HEADING_WORDS]


def _headed_columns(table: Table, heading: re.Pattern[str]) -> set[int]:
    """The columns under a header cell whose words ``heading`` finds."""
    return {col for c, text in _header_cells(table) if heading.search(text) for col in range(c.col, c.col + c.col_span)}


def _headed_inspections(table: Table) -> dict[int, str]:
    """The framework a column's heading names its grades by ("HMICFRS grade
    (PEEL 2021/22)"), by column."""
    return {col: framework for c, text in _header_cells(table)
            if (framework := _period_named(text)) for col in range(c.col, c.col + c.col_span)}


@dataclass(frozen=True, slots=True)
class _GradeColumns:
    """What a table's header says of its columns: those holding no
    inspection's grade (a status, a self-assessment), the framework each
    inspection's column is headed by, and the month the document gives
    each framework's report, which dates a column headed by it."""

    not_graded: set[int]
    inspections: dict[int, str]
    quoted: dict[str, str]


def _stated_publication(text: str) -> str | None:
    """The month a paper's line says the inspectorate published its report
    in, where it gives one."""
    stated: set[str] = set()
    previous = ""
    for sentence, published in _publication_clauses(text):
        names_report, previous = _names_the_report(sentence, previous), sentence
        months = _publication_months(sentence)
        if names_report and published and len(months) == 1 and not _EARLIER_REPORT.search(sentence):
            stated |= months
    # a line dating several reports ("the 2021/22 report ...; the 2023-25 report ...") dates no one table
    return stated.pop() if len(stated) == 1 else None


def _is_meeting_date(text: str, ctx: DocumentContext) -> bool:
    """Whether a date line is the meeting's a paper goes to: it dates the
    paper, never the grades it quotes."""
    return ctx.meeting_date is not None and any(d.value == ctx.meeting_date for d in find_dates(text))


_LABEL_WORDS = 4  # a cell naming an inspection: "PEEL 2021/22", "2023–25 inspection"
# a cell merged down over a group of rows labels the group, so may name its inspection at more length:
# "National child protection inspection of Lancashire Constabulary"
_GROUP_LABEL_WORDS = 8
_DATE_WORDS = 3  # "As at April 2025", "Grades (March 2023)": a date with a word or two of its own


def _date_alone(text: str) -> str | None:
    """The month of a line or cell that is a date ("April 2025", "As at 1
    April 2025"), not a line that only holds one ("Police and Crime Panel -
    9 July 2025", a comment "Since April 2024 the force ...")."""
    month = parse_month(text)
    if month is None:
        return None
    rest = re.sub(r"\b\d{1,2}(?:st|nd|rd|th)?\b|[^\w\s]", " ", _MONTH_YEAR.sub(" ", text))
    return month if len(rest.split()) <= _DATE_WORDS else None


def _pair(table: Table, p: Placed, row: int, col: int, place: int, area: Area, raw: str, grade: str,
          as_of: str | None, evidence: str, framework: str | None = None, dated_apart: bool = False,
          force: str | None = None) -> Mention:
    """A table's area and grade; the framework, unless its column names it,
    is worked out for the whole table, and the force, unless its row names
    it, is the document's (_with_table_framework)."""
    return Mention((p.index, row, col, place), table.page_of_row(row) or table.prov.page, force, framework,
                   area, raw, grade, as_of, evidence + (f" ({as_of})" if as_of else ""), 0.95, charted=True,
                   dated_apart=dated_apart)


def _with_table_framework(found: list[Mention], p: Placed, ctx: DocumentContext) -> list[Mention]:
    """The table's mentions with the document's force and, where no column
    named it, the framework of their date's areas."""
    frameworks = {
        when: _table_framework([m.area for m in found if m.as_of == when], when, p.framework, ctx)
        for when in {m.as_of for m in found}
    }
    return [replace(m, force=m.force or ctx.force, framework=m.framework or frameworks[m.as_of]) for m in found]


def _keyed_grade(cell: Cell, abbreviations: dict[str, str]) -> str | None:
    """The grade a cell states in words, or by an abbreviation or a rating
    the document's key spells out ("G" where the key says "G – Good",
    "●●●○○" where it says "●●●○○ Adequate")."""
    return noted_grade(cell.text) or abbreviations.get(_key_form(_cell_text(cell)))


def _cell_text(cell: Cell) -> str:
    return clean(cell.text.replace("\n", " "))


@dataclass(frozen=True, slots=True)
class _Inspection:
    """A column of a table setting several inspections' grades side by
    side, as its heading names the inspection ("PEEL 2021/22 grade", "2025
    grade", "2024 judgment", "Grade (March 2023)")."""

    heading: str
    framework: str | None  # named by the heading; None where only a year does (the table's areas decide)
    year: int  # the year the heading names (a period's first), which orders the inspections
    month: str | None  # a month the heading states for its inspection


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_HEADING_WORDS = 6  # a column heading naming an inspection: "PEEL 2023 – 25 grade", "Grade (March 2023)"
# a column whose heading says it holds no inspection's grade, whatever its cells say: a target or ambition, a
# direction of travel or change, a count of findings, a progress rating or status
_NOT_A_GRADE_COLUMN = re.compile(r"\b(?:targets?|ambitions?|aims?|goals?|aspirations?|expected|forecast|direction"
                                 r"|travel|change|trend|movement|progress|count|number|AFIs?|areas?\s+for\s+improvement"
                                 r"|causes?\s+of\s+concern|recommendations?|RAG|status|position|updates?"
                                 # the force's own view, never the inspectorate's: "Self-assessment 2026", "Force's
                                 # own grade", "Confidence"
                                 r"|self[- ]?(?:assess(?:ment|ed)?|rat(?:ing|ed)|grad(?:e|ed|ing))s?"
                                 r"|own\s+(?:assessment|grade|rating)s?|confidence"
                                 # an auditor's opinion, a risk register's rating of its controls
                                 r"|opinions?|controls?|effectiveness)\b", re.I)
# the PEEL framework inspecting forces in a year, newest first ("2022 grade" is PEEL 2021/22's)
_PEEL_FROM_YEAR = ((2023, PEEL_2023_25), (2021, PEEL_2021_22), (2018, PEEL_2018_19))


def _inspection_columns(table: Table, abbreviations: dict[str, str]) -> tuple[int, dict[int, _Inspection]] | None:
    """The heading row and the columns of a table setting two or more
    inspections' grades side by side (an improvement journey), by column:
    each heading a short label naming its inspection by framework, period
    or year, no two the same year, and a grade in the column below it (in
    words, or by an abbreviation the document's key spells out; a year over
    counts or figures is no inspection). The heading row is within the
    first rows (under a "Grade" cell spanning the columns it heads); None
    for any other table."""
    for row in range(min(table.n_rows - 1, 3)):
        graded = {c.col for c in table.cells if c.row > row and _keyed_grade(c, abbreviations)}
        found = {col: inspection for col, inspection in _inspection_headings(table, row).items() if col in graded}
        if len(found) >= 2 and len({i.year for i in found.values()}) == len(found):
            return row, found
    return None


def _turned(table: Table) -> Table:
    """The table turned on its side, rows for columns: an improvement
    journey whose inspections are rows ("PEEL 2021/22", "PEEL 2023–25") and
    whose areas are columns reads as one of inspections side by side."""
    cells = tuple(replace(c, row=c.col, col=c.row, row_span=c.col_span, col_span=c.row_span) for c in table.cells)
    return replace(table, n_rows=table.n_cols, n_cols=table.n_rows, cells=cells, header_rows=0, continued_rows=())


def _inspection_headings(table: Table, row: int) -> dict[int, _Inspection]:
    """The cells of a row heading a column by the inspection it names (a
    short label naming a framework, period or year, never a target's or a
    status's column), by column."""
    found = {}
    for cell in table.row_cells(row):
        heading = clean(cell.text)
        years = [int(y) for y in _YEAR.findall(heading)]
        if years and len(heading.split()) <= _HEADING_WORDS and not _NOT_A_GRADE_COLUMN.search(heading):
            found[cell.col] = _Inspection(heading, _period_named(heading), min(years), parse_month(heading))
    return found


_GRADE_ROWS = 2  # a table of a row per grade sets out this many grades' rows at least


def _grade_row_pairs(table: Table, p: Placed, as_of: str | None, quoted: dict[str, str],
                     abbreviations: dict[str, str]) -> list[Mention]:
    """An improvement journey on its side: a row per grade (its grade in a
    cell of its own) and a column per inspection, headed by its year or
    period, each cell listing the areas that inspection gave the row's
    grade ("None" where it gave none). Each area takes its row's grade and
    its column's inspection, dated as ``_inspection_column_pairs`` dates
    them; a table whose rows list anything but areas is none of these."""
    inspections = _inspection_headings(table, 0)
    if len(inspections) < 2 or len({i.year for i in inspections.values()}) != len(inspections):
        return []
    rows: list[tuple[int, str, dict[int, tuple[Cell, list[tuple[Area, str]]]]]] = []
    for row in range(1, table.n_rows):
        cells = table.row_cells(row)
        grades = [grade for c in cells if c.col not in inspections if (grade := _keyed_grade(c, abbreviations))]
        listed = {c.col: (c, _listed_in_cell(c, inspections[c.col].framework)) for c in cells if c.col in inspections}
        if len(grades) != 1 or not all(areas or _NO_AREA_VALUE.match(_cell_text(c)) for c, areas in listed.values()):
            return []
        rows.append((row, grades[0], listed))
    if len(rows) < _GRADE_ROWS:
        return []
    areas_of: dict[int, list[Area]] = {col: [] for col in inspections}
    for _, _, listed in rows:
        for col, (_, areas) in listed.items():
            areas_of[col].extend(area for area, _ in areas)
    frameworks = {col: i.framework or _framework_of_year(i.year, areas_of[col]) for col, i in inspections.items()}
    latest = max(inspections, key=lambda col: inspections[col].year)
    found = []
    for row, grade, listed in rows:
        for col, (cell, areas) in sorted(listed.items()):
            inspection, framework = inspections[col], frameworks[col]
            when = _inspection_month(col, latest, inspections, frameworks, as_of, quoted)
            found.extend(_pair(table, p, row, col, place, area, raw, grade, when,
                               f"{raw} | {inspection.heading}: {grade}", framework, dated_apart=col != latest)
                         for place, (area, raw) in enumerate(areas))
    return found


def _inspection_column_pairs(table: Table, p: Placed, heading_row: int, inspections: dict[int, _Inspection],
                             as_of: str | None, quoted: dict[str, str], abbreviations: dict[str, str]) -> list[Mention]:
    """Each row naming an area: its grade under each inspection's column.
    The latest column is the inspection the document is about, dated as
    its other grades are; an earlier one is dated only by a month its
    heading states ("PEEL 2021/22 (published October 2022)"), or that the
    document gives its framework's report where that is not the latest's
    framework."""
    rows = range(heading_row + 1, table.n_rows)
    named = {row: found for row in rows
             if (found := next(((raw, area) for c in table.row_cells(row) if c.col not in inspections
                                if (area := match_area(raw := _cell_text(c), p.framework))), None))}
    areas = [area for _, area in named.values()]
    frameworks = {col: i.framework or _framework_of_year(i.year, areas) for col, i in inspections.items()}
    latest = max(inspections, key=lambda col: inspections[col].year)
    found = []
    for row, (raw, area) in named.items():
        for cell in table.row_cells(row):
            grade = _keyed_grade(cell, abbreviations) if cell.col in inspections else None
            if grade is None:
                continue  # "n/a", "Not inspected", "–": no grade
            inspection, framework = inspections[cell.col], frameworks[cell.col]
            when = _inspection_month(cell.col, latest, inspections, frameworks, as_of, quoted)
            found.append(_pair(table, p, row, cell.col, 0, area, raw, grade, when,
                               f"{raw} | {inspection.heading}: {grade}", framework, dated_apart=cell.col != latest))
    return found


def _inspection_month(col: int, latest: int, inspections: dict[int, _Inspection], frameworks: dict[int, str | None],
                      as_of: str | None, quoted: dict[str, str]) -> str | None:
    """The month of an inspection's column: the latest column's is the
    document's own inspection, dated as its other grades are; an earlier
    one's only a month its heading states, or that the document gives its
    framework's report where that is not the latest's framework."""
    stated = inspections[col].month
    if col == latest:
        return stated or as_of
    return stated or (quoted.get(frameworks[col]) if frameworks[col] != frameworks[latest] else None)


def _framework_of_year(year: int, areas: list[Area]) -> str | None:
    """The framework of a column a year alone heads: child protection's
    where the table's areas are its, else the PEEL framework inspecting
    forces that year."""
    if framework_of_areas(areas) == CHILD_PROTECTION:
        return CHILD_PROTECTION
    return next((framework for first, framework in _PEEL_FROM_YEAR if year >= first), None)


def _sideways_pairs(table: Table, p: Placed, as_of: str | None) -> list[Mention]:
    """A table laid on its side: a row of area names over a row giving each
    column's grade (every named column graded, two at least)."""
    found = []
    for row in range(table.n_rows - 1):
        named = {c.col: (area, raw) for c in table.row_cells(row)
                 if (raw := _cell_text(c)) and (area := match_area(raw, p.framework))}
        graded = {c.col: grade for c in table.row_cells(row + 1) if (grade := noted_grade(c.text))}
        if len(named) >= 2 and named.keys() <= graded.keys():
            found.extend(_pair(table, p, row + 1, col, 0, area, raw, graded[col], as_of, f"{raw}: {graded[col]}")
                         for col, (area, raw) in sorted(named.items()))
    return found


def _tile_pairs(table: Table, p: Placed, as_of: str | None, abbreviations: dict[str, str]) -> list[Mention]:
    """A grid of tiles, each cell an area's name over its grade on the
    cell's last line (in words, or by the letters the document's key spells
    out: "G" where the key says "G = Good"), or a grade card: the grade on
    its first line over the area's name (two tiles at least; a tile saying
    "Not graded" gives none)."""
    found = []
    for cell in table.cells:
        lines = [clean(b.text) for b in cell.blocks] if len(cell.blocks) > 1 else cell.text.split("\n")
        lines = [line for line in (clean(line) for line in lines) if line]
        if len(lines) < 2:
            continue
        for raw, grade in ((" ".join(lines[:-1]), noted_grade(lines[-1]) or abbreviations.get(lines[-1])),
                           (" ".join(lines[1:]), noted_grade(lines[0]))):
            area = match_area(raw, p.framework) if grade else None
            if area:
                found.append(_pair(table, p, cell.row, cell.col, 0, area, raw, grade, as_of, f"{raw}: {grade}"))
                break
    return found if len(found) >= 2 else []


def _grade_header(table: Table) -> tuple[int, _Header] | None:
    """The row naming the grades column by column (in words or by their
    abbreviations), if within the first rows."""
    for row in range(min(table.n_rows, 3)):
        by_col: dict[int, str] = {}
        boxes: dict[str, BBox] = {}
        for cell in table.row_cells(row):
            grade = grade_of_heading(cell.text)
            if grade:
                by_col[cell.col] = grade
                if cell.prov.bbox:
                    boxes[grade] = cell.prov.bbox
        # a header names each grade once; a row repeating one is a row of grades
        if len(by_col) >= 3 and len(set(by_col.values())) == len(by_col):
            return row, _Header(by_col, boxes, table.n_cols)
    return None


def _continues(table: Table, header: _Header) -> bool:
    """A headerless table of area names lines up with the last grade header."""
    if any(noted_grade(c.text) for c in table.cells):
        return False  # an area-and-grade table of its own
    return table.n_cols == header.n_cols or bool(header.boxes and all(c.prov.bbox for c in table.cells))


def _chart_row_pairs(table: Table, p: Placed, row: int, cells: list[Cell], header: _Header,
                     as_of: str | None) -> list[Mention]:
    """A row under a grade header. A row naming its area beside the grade
    columns marks its grade (a dot, a tick or a shaded cell under "G"; a row
    marking several columns says nothing certain); else each area written
    under a grade's column takes that grade."""
    named = next(((cell, raw, area) for cell in cells if cell.col not in header.by_col
                  and (raw := _cell_text(cell)) and (area := match_area(raw, p.framework))), None)
    if named is not None:
        marked = [c for c in cells if c.col in header.by_col and (c.text.strip() or c.fill not in (None, _WHITE))]
        if len(marked) != 1 or marked[0].col_span > 1:
            return []  # a cell across several grades' columns (a note: "We now inspect ... regionally") marks none
        cell, raw, area = named
        grade = header.by_col[marked[0].col]
        return [_pair(table, p, row, cell.col, 0, area, raw, grade, as_of, f"{raw}: {grade}")]
    found = []
    for cell in cells:
        grade = _column_grade(cell, header, table)
        if grade is not None:
            found.extend(_pair(table, p, row, cell.col, place, area, raw, grade, as_of, f"{raw}: {grade}")
                         for place, (area, raw) in enumerate(_area_names(cell, p.framework)))
    return found


def _column_grade(cell: Cell, header: _Header, table: Table) -> str | None:
    """The grade of the column a cell sits under: by position on the page
    where both tables have boxes, else by column number."""
    if header.boxes and cell.prov.bbox and table.n_cols != header.n_cols:
        centre = (cell.prov.bbox.x0 + cell.prov.bbox.x1) / 2
        for grade, box in header.boxes.items():
            if box.x0 <= centre <= box.x1:
                return grade
        return None
    return header.by_col.get(cell.col)


def _area_names(cell: Cell, framework: str | None) -> list[tuple[Area, str]]:
    """The areas written in a cell: the whole cell, else block by block,
    else line by line."""
    whole = _cell_text(cell)
    if not whole:
        return []
    area = match_area(whole, framework)
    if area:
        return [(area, whole)]
    out = []
    for part in [b.text for b in cell.blocks] if len(cell.blocks) > 1 else cell.text.split("\n"):
        area = match_area(part, framework)
        if area:
            out.append((area, clean(part)))
        else:
            out.extend(split_areas(part, framework) or [])
    if not out:
        # a cell under a grade's column naming no known area is an area of the force's own
        own = own_area(whole, framework)
        return [(own, whole)] if own else []
    return out


def _row_pairs(table: Table, p: Placed, row: int, cells: list[Cell], as_of: str | None,
               merged: list[Cell], keys: _Keys, columns: _GradeColumns) -> list[Mention]:
    """A row of an area-and-grade table: each grade bound to the area named
    before it in the row, so a table setting pairs side by side ("Area |
    Grade | Area | Grade") gives each pair; a row whose grade comes before
    its area binds the two all the same; a row giving a grade and, in a
    cell of their own, the areas it grades ("Good | Preventing crime,
    Managing offenders") binds it to each; a grade cell merged down over
    several rows (a table sorted by grade) grades each. A cell naming an inspection, in
    the row or merged down over it from a row above (a register of several
    inspections), gives the row's framework, whose vocabulary reads its
    area first ("Leadership and management" of a child protection row); a
    grade column's heading naming its inspection ("HMICFRS grade (PEEL
    2021/22)") gives the framework of its grades, dated by the month the
    document gives that framework's report. A column headed as holding no
    inspection's grade (a status: "Outstanding" is not done; the force's
    own self-assessment; a target) gives none, whatever words it holds."""
    evidence = " | ".join(clean(c.text) for c in cells if c.text.strip() and c.col not in columns.not_graded)
    # a row naming its inspection in a cell of its own ("PEEL 2021/22 | Preventing crime | Good")
    framework = next((f for c in merged + cells
                      if len(c.text.split()) <= (_GROUP_LABEL_WORDS if c.row_span > 1 else _LABEL_WORDS)
                      and (f := _period_named(c.text))), None)
    in_force = framework or p.framework
    bound: list[tuple[Cell, Area, str, str, int]] = []  # the area's cell, the area, its name, the grade, its column
    named: tuple[Cell, Area, str] | None = None
    first_grade: tuple[str, int] | None = None
    # a grade cell merged down over several area rows (a table sorted by grade) grades each row it spans
    merged_grades = [c for c in merged if c.col not in columns.not_graded and grade_of(_cell_text(c))]
    for cell in sorted(cells + merged_grades, key=lambda c: c.col):
        raw = _cell_text(cell)
        # a banner cell naming its area and grade together ("Investigating crime – Grade: Requires improvement",
        # "Police powers and public treatment (Good)"), read before the area alone, which a long name's loose
        # reading would find in it
        banner = graded_heading(raw, in_force) if raw else None
        if banner:
            bound.append((cell, *banner, cell.col))
            named = None
            continue
        # an area by its name, or by an abbreviation the document's key spells out ("RTTP"), or a name of the
        # force's own the document's numbered notes map to an area ("Public contact and response¹"), as printed
        # less its note number
        area = (match_area(raw, in_force) or keyed_area(raw, keys.areas)) if raw else None
        if raw and not area and (area := keyed_area(noted_name(raw), keys.areas)):
            raw = noted_name(raw)
        if not area and len(_listed_in_cell(cell, in_force)) > 1:
            continue  # the areas a grade cell before or after it grades ("Good | A, B and C"), bound below
        if not area:
            # a bilingual cell, one line in each language ("Atal troseddu" over "Preventing crime"): its one
            # line naming an area
            raw, area = _one_line_reading(cell, lambda line: match_area(line, in_force)) or (raw, None)
        if area:
            named = (cell, area, raw)
            continue
        if cell.col in columns.not_graded:
            continue
        # a grade in words or by letters the document's key spells out, or a cell with none filled in a colour the
        # document's key names
        grade = (_keyed_grade(cell, keys.grades) or (_one_line_reading(cell, noted_grade) or (None, None))[1]
                 or _opening_grade(raw) or (None if raw else keys.colours.get((cell.fill or "").lower())))
        first_grade = first_grade or ((grade, cell.col) if grade else None)
        if grade and named:
            bound.append((*named, grade, cell.col))
            named = None
    if not bound and named and first_grade:
        bound.append((*named, *first_grade))
    if not bound and first_grade:
        grade, col = first_grade
        when, of = _column_inspection(col, framework, as_of, columns)
        return [_pair(table, p, row, cell.col, place, area, raw, grade, when, evidence, of)
                for cell in cells for place, (area, raw) in enumerate(_listed_in_cell(cell, in_force))]
    found = []
    for cell, area, raw, grade, col in bound:
        when, of = _column_inspection(col, framework, as_of, columns)
        found.append(_pair(table, p, row, cell.col, 0, area, raw, grade, when, evidence, of))
    return found


def _column_inspection(col: int, framework: str | None, as_of: str | None,
                       columns: _GradeColumns) -> tuple[str | None, str | None]:
    """The date and framework of a grade in a column: the row's, else those
    of the inspection the column's heading names."""
    headed = columns.inspections.get(col)
    if framework or headed is None:
        return as_of, framework
    return as_of or columns.quoted.get(headed), headed


# "Adequate – Officers use stop and search fairly, ...": a cell opening with its grade, a dash, then a summary
_OPENING_GRADE = re.compile(r"^(?P<grade>[A-Za-z][A-Za-z ]{2,25}?)\s+[-\u2013\u2014]\s+\S")


def _opening_grade(text: str) -> str | None:
    """The grade a cell opens with, set apart by a dash from the summary of
    findings that follows it, or None."""
    m = _OPENING_GRADE.match(text)
    return grade_of(m.group("grade")) if m else None


def _one_line_reading(cell: Cell, read: Callable[[str], _T | None]) -> tuple[str, _T] | None:
    """The line of a cell of several lines that ``read`` reads, with what it
    reads, where exactly one line reads (the English line under the Welsh
    one of a bilingual cell); None where none or several do."""
    if len(cell.blocks) < 2:
        return None
    readings = [(line, value) for b in cell.blocks if (line := clean(b.text)) and (value := read(line))]
    return readings[0] if len(readings) == 1 else None


def _listed_in_cell(cell: Cell, framework: str | None) -> list[tuple[Area, str]]:
    """The areas a cell lists, on its lines, as a list ("A, B and C") or
    as names run on one after another (two on a line, or a name wrapped
    onto the next: "Police powers and public treatment Managing
    offenders"): every line and listed part an area's name, else none (a
    grade's definition beside it names none)."""
    found = []
    for line in [b.text for b in cell.blocks] if len(cell.blocks) > 1 else cell.text.split("\n"):
        if not line.strip():
            continue
        listed = _listed_areas(clean(line), framework)
        if not (listed and all(match_area(raw, framework) for _, raw in listed)):
            listed = split_areas(line, framework) or []
        if not listed:
            return split_areas(cell.text, framework) or []
        found.extend(listed)
    return found


def _table_framework(found: list[Area], as_of: str | None, in_force: str | None, ctx: DocumentContext) -> str | None:
    """The framework of a grade table: from its area names, else its date,
    else the framework in force where it is printed."""
    by_areas = framework_of_areas(found)
    if by_areas:
        return by_areas
    if all(CHILD_PROTECTION not in a.frameworks for a in found):
        if as_of:
            return _peel_of_month(as_of)
        if in_force and in_force.startswith("PEEL"):
            return in_force
        return ctx.framework if ctx.framework and ctx.framework.startswith("PEEL") else None
    return in_force
