"""The document as a whole: its kind, force, framework, title and dates,
worked out once and given to every extractor as the DocumentContext."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from itertools import takewhile

from extractors.context import DocumentContext
from extractors.dates import MONTHS, find_dates, opens_with_date, parse_month, without_dates
from extractors.meetings import office_name, pack_meeting, subject_labels
from extractors.sections import framework_cue, is_heading_like, is_web_furniture
from extractors.tables import bilingual_side, in_english, words
from extractors.text import clean
from extractors.vocab import Force, ForceMention, find_forces, force_named, force_of_police_area, forces
from pipeline.layout import BlockKind, Cell, LayoutDocument, Table, TextBlock
from schemas.records import DocKind

# "Police and Crime Commissioner", "Police, Fire and Crime ...", "Police, Crime and Victims' Commissioner", "Mayor
# of X"; a Deputy Mayor "for Policing and Crime" names a portfolio, not an area ("..., on behalf of the Mayor of X")
_OFFICE_FOR_AREA = (r"(?:police(?:,?\s+fire)?,?\s+(?:and\s+)?crime(?:\s+and\s+victims['\u2019]?)?\s+commissioner|mayor)"
                    r"\s+(?:for|of)\s+(?!policing\b)(?P<area>[A-Z][^.;:()\n]{2,60})")
_COMMISSIONER = re.compile(rf"\b{_OFFICE_FOR_AREA}", re.I)
# "Staffordshire Commissioner for Police, Fire and Rescue and Crime": the area before the office
_AREA_COMMISSIONER = re.compile(r"\b(?P<area>[A-Z][^.;:()\n]{2,60}?)\s+(?i:commissioner\s+for\s+(?:police|policing))\b")
# the office however its area is placed: "West Midlands Police and Crime Commissioner"
_COMMISSIONER_OFFICE = re.compile(r"\bpolice(?:,?\s+fire)?,?\s+(?:and\s+)?crime(?:\s+and\s+victims['\u2019]?)?"
                                  r"\s+commissioner\b", re.I)
# "Published: ...", a web page's "Posted on 15 January 2026 at 09:00", and a response's or letter's own date line
# ("Date of response: 13 January 2026")
_PUBLISHED = re.compile(r"\b(?:(?:published|posted)(?:\s+on)?|date\s+of\s+publication|publication\s+date"
                        r"|date\s+of\s+(?:response|letter|this\s+(?:response|letter|paper))|response\s+date)\s*:?\s*",
                        re.I)
_SCRUTINY = re.compile(r"\b(?:scrutiny\s+(?:meeting|panel|board)|accountability\s+(?:meeting|board)|performance\s+and\s+accountability)\b", re.I)
_PEEL = re.compile(r"\bPEEL\b|police effectiveness, efficiency and legitimacy", re.I)
# "this inspection was not a PEEL inspection": a thematic saying what it is not
_NOT_PEEL = re.compile(r"(?:\bnot|n['\u2019]t)\s+(?:an?\s+|part\s+of\s+(?:an?\s+|the\s+|our\s+)?)?PEEL\b[^.;]*", re.I)
_CHILD_PROTECTION = re.compile(r"\bchild protection inspection|national child protection", re.I)
_INSPECTION = re.compile(r"\bHMICFRS\b|His Majesty's Inspectorate|Her Majesty's Inspectorate|\binspection\b", re.I)
# "Response to the HMICFRS report ...", "Section 55 response: HMICFRS PEEL ... inspection", "... action plan",
# "... improvement register", "Recommendations and areas for improvement – progress report" (the force's
# progress on the inspection's items)
_RESPONSE_TITLE = re.compile(r"\bresponse\s*(?:to\b|:).*\b(?:HMICFRS|inspection|report|recommendations"
                             r"|areas?\s+for\s+improvement|causes?\s+of\s+concern)\b"
                             r"|\b(?:action|improvement)\s+(?:plan|register|tracker)\b"
                             r"|\b(?:recommendations|areas?\s+for\s+improvement|causes?\s+of\s+concern)\b.*"
                             r"\bprogress\s+(?:report|update|tracker)\b", re.I)
# An inspection "of X Police's response to domestic abuse" is HMICFRS's report, not the force's response,
# unless the heading opens as one ("Response to HMICFRS: An inspection of the police response to stalking").
_INSPECTION_OF_RESPONSE = re.compile(r"\binspection\s+of\b.*\bresponse\s+to\b", re.I)
_OPENS_AS_RESPONSE = re.compile(r"^(?:[\w'\u2019]+\s+){0,4}response\s*(?:to\b|:)", re.I)
# A force's own account of its inspection, in its own first person: a title naming the inspection it had ("Our
# <year/series> inspection ..."), or a heading "<area> – we were graded <grade>". The inspectorate's "we" grades;
# it is never graded, and its own titles name no inspection of its own but the work it does ("Our inspection
# programme", "Our inspection of <subject>").
_OWN_INSPECTION_TITLE = re.compile(r"^our\s+(?:[\w\u2013/-]+\s+){0,3}?inspection\b"
                                   r"(?!\s+(?:of|into|programme|framework|plan)\b)", re.I)
_GRADED_AS_WE = re.compile(r"\bwe\s+(?:were|have\s+been|had\s+been)\s+(?:graded|rated|judged|assessed)\b", re.I)
# "Report to the Police and Crime Panel": a paper for a meeting, which quotes what it reports on
_PAPER_FOR_MEETING = re.compile(r"^(?:report|paper|presentation|briefing)\s+(?:to|for)\s+(?:the\s+)?(?:[\w,'\u2019&-]+\s+){0,8}?"
                                r"(?:board|panel|committee|meeting)\b", re.I)
# "Minutes of the meeting of the X Police and Crime Panel": the record of a meeting, which quotes what it discusses
_MINUTES_OF_MEETING = re.compile(r"^minutes\s+of\s+(?:the\s+)?(?:[\w,'\u2019&-]+\s+){0,10}?"
                                 r"(?:meeting|board|panel|committee)\b", re.I)
_SALUTATION = re.compile(r"^dear\b", re.I)
_FORCE_LIST = 3  # a paragraph naming this many forces lists them
_FIRST_PAGES = 2  # where a report's title page and summary say what it is
# Lines of a cover that are not its title: the issuing office, labels of the
# meeting's particulars, a byline ("Report of the Chief Constable"), a contents or agenda heading.
_NOT_TITLE = re.compile(r"^(?:office of\b|(?:report|paper)\s+(?:of|by|from)\s+(?:the\s+)?(?:chief|deputy|assistant|"
                        # the byline alone, not one the paper's subject follows ("Report of the Police and Crime
                        # Commissioner: HMICFRS PEEL inspection of ...")
                        r"police|commissioner|head|director|treasurer|monitoring)\b[^:]*$|"
                        r"(?:date|time|venue|location|present|apologies|attendees|owner|author|"
                        r"lead|version|status|last updated|(?:prepared|presented|submitted|report(?:ed)?)\s+by|"
                        r"agenda\s+item|contact)\b.*:|"
                        r"(?:date|time|venue|agenda|minutes|contents|attendees|apologies)$|"
                        r"official(?:[- ]sensitive)?$|not protectively marked$|item\s+\d)", re.I)
_MEETING_BODY = re.compile(r"\b(?:board|meeting|panel|committee|conference)$", re.I)
# The office before a board's name in a running header: "MOPAC / MPS OVERSIGHT BOARD" (a joint board's
# bodies joined by a slash), "OPFCC - Public Accountability Conference"
_BOARD_PREFIX = re.compile(r"^(?:(?:[^\s/]+\s*/\s*)+[^\s/]+\s+(?=\S+\s+\S)|[A-Z]{2,}\s*[-\u2013]\s+)")
_TITLE_LINES = 4  # a title set over several lines ("PEEL 2023-25" / "Police effectiveness ..." / "An inspection of ...")
# a title's series or subject named before a colon, its own words after it: "PEEL 2021/22: An inspection of X"
_SERIES_BEFORE_COLON = re.compile(r"^(?:\S+\s+){0,3}\S+:\s+\S")
# "1. Purpose of the report", "Chapter 9: Inspection, audit and assurance" open the body, not the title
# ("Section 55 response: ..." is a title: a chapter's number is followed by a colon or dash)
_SECTION_NUMBER = re.compile(r"^(?:\(?\d+(?:\.\d+)*[.)]?|(?:chapter|section|part)\s+\d+(?:\.\d+)*\s*[:.\-\u2013])\s",
                             re.I)
_DATE_LABEL = re.compile(r"^(?:date|dated|issued)\s*:?\s*", re.I)


def describe(doc: LayoutDocument) -> DocumentContext:
    organisation, meeting_date = pack_meeting(doc)
    board = _board_line(doc)
    cover = _cover_particulars(doc)
    # else the date of the front line naming the board, or of the line under it, or the date a line or the cover's
    # particulars label as the meeting's
    meeting_date = meeting_date or _board_date(doc, board) or _labelled_meeting_date(doc, cover)
    title = _letter_title(doc) or _running_title(doc) or _cover_title(doc, cover) or _title(doc)
    opening = " ".join(clean(b.text) for b in _opening_blocks(doc))
    kind = _kind(doc, title, opening, meeting_date is not None or board is not None)
    if kind is DocKind.FORCE_RESPONSE and not (_from_a_commissioner(doc) or _COMMISSIONER_OFFICE.search(title or "")):
        organisation = None  # a force's own response or register, naming the commissioner's office in passing
    force = _force(doc, title, organisation)
    return DocumentContext(
        doc_kind=kind,
        gives_findings=kind in _GIVES_FINDINGS or _holds_own_summary(doc),
        force=force,
        framework=_framework(doc, title, kind),
        title=title,
        organisation=_with_force_area(organisation, force),
        meeting_date=meeting_date,
        publication_date=dated_particular(doc, _OWN_DATE_LABEL) or _publication_date(doc) or (
            None if kind is DocKind.SCRUTINY_PACK or meeting_date else _cover_date(doc)),
    )


# the issuing office of a letterhead: never part of the title, and its place may be the police area
_OFFICE = re.compile(r"\b(?:commissioner|mayor|office|inspectorate|authority|policing board|council|government"
                     r"|department|o?pf?cc|mopac)\b", re.I)  # the office by its initials too: "OPCC", "PCC", "OPFCC"
_PARTICULARS_COLUMNS = 2  # a cover's table of particulars: label | value
_BOARD_LINE_WORDS = 12
# any board a dated front line names ("Strategic Priorities Assurance Board – 9 December 2025", a commissioner's
# "Public Accountability Conference – 18 March 2026", "Police Accountability Forum – 24 February 2026")
_BOARD_NAME = re.compile(r"\b(?:board|panel|committee|conference|forum)\b", re.I)
_BOARD_LINES = 6  # the letterhead lines above a paper's title


def _board_line(doc: LayoutDocument) -> str | None:
    """A paper's front line naming the board it goes to ("Accountability
    Board – 6 October 2025": a scrutiny board, or any board with the
    meeting's date on the line or alone on the line under it), among its
    first lines: the paper is a pack's."""
    lines = [clean(b.text) for b in _opening_blocks(doc)[:_BOARD_LINES + 1]]
    for text, below in zip(lines[:_BOARD_LINES], lines[1:] + [""]):
        # the line under it a day's date and little else ("12 February 2026")
        dated_below = _is_date_line(below) and opens_with_date(below)
        if _board_name_words(text) <= _BOARD_LINE_WORDS and (
                _SCRUTINY.search(text) or (_BOARD_NAME.search(text) and (find_dates(text) or dated_below))
                or _PAPER_FOR_MEETING.match(text) or _MINUTES_OF_MEETING.match(text)):
            return text
        # a line opening with the meeting's name and its date, then the paper's other particulars
        name = _named_before_date(text)
        if name and len(name.split()) <= _BOARD_LINE_WORDS and _MEETING_BODY.search(name):
            return text
    return None


# The dash or comma between a board's name and the date of its meeting: "Accountability Board – 10 March 2026",
# "Level 1 public meeting, 20 January 2026".
_DASH_BEFORE_DATE = re.compile(r"(?:\s[-\u2013\u2014]|,)\s*$")


def _board_name_words(text: str) -> int:
    """The words of a front line, less the meeting's date it closes with
    after a dash or a comma ("Briefing to the ... Accountability Board – 10
    March 2026"): the name of a board, however long the date it gives."""
    found = find_dates(text)
    if found and found[-1].end >= len(text.rstrip(" .")) and _DASH_BEFORE_DATE.search(text[:found[-1].start]):
        text = text[:found[-1].start]
    return len(text.split())


def _named_before_date(text: str) -> str | None:
    """The name a front line opens with before a date set off by a dash or
    a comma ("Level 1 public meeting, 20 January 2026 · Report of ..."); None
    where no date follows a name so."""
    found = find_dates(text)
    if found and (before := _DASH_BEFORE_DATE.search(text[:found[0].start])):
        return text[:before.start()].strip() or None
    return None


_DATE_LEAD_WORDS = 4  # "Meeting held on 27 January 2026 at ...": the date opens the line
# "Held at County Hall and remotely on Friday, 17 April 2026": a line saying where and when the meeting was held
_HELD_AT = re.compile(r"^(?:(?:the\s+)?meeting\s+)?held\b", re.I)


def _board_date(doc: LayoutDocument, board: str | None) -> date | None:
    """The meeting's date the board's front line gives, or the line under it
    ("Meeting held on 27 January 2026 at Police Headquarters")."""
    if board is None:
        return None
    opening = _opening_blocks(doc)
    at = next(i for i, b in enumerate(opening) if clean(b.text) == board)
    for text in [board] + [clean(b.text) for b in opening[at + 1:at + 2]]:
        found = find_dates(text)
        if found and (text is board or _HELD_AT.match(text) or len(text[:found[0].start].split()) <= _DATE_LEAD_WORDS):
            return found[0].value
    return None


def _opening_blocks(doc: LayoutDocument) -> list[TextBlock]:
    blocks = [b for b in doc.text_blocks() if b.prov.page is None or b.prov.page <= _FIRST_PAGES]
    return blocks[:60]


def _letter_title(doc: LayoutDocument) -> str | None:
    """A letter's title: the subject line set in bold right above "Dear ...",
    or right under it; none for a letter after a table (a pack's agenda or
    front sheet): a paper of the pack, titled by its board."""
    opening = _opening_blocks(doc)
    for at, block in enumerate(opening):
        if _SALUTATION.match(clean(block.text)):
            if _after_a_table(doc, block):
                return None
            subject = [b for b in opening[max(0, at - 1):at + 2] if b is not block and _may_be_title(b)]
            return clean(subject[0].text) if subject else None
    return None


def _after_a_table(doc: LayoutDocument, block: TextBlock) -> bool:
    """Whether a table stands in ``doc`` before ``block``."""
    for item in doc.blocks:
        if item is block:
            return False
        if isinstance(item, Table):
            return True
    return False


def _running_title(doc: LayoutDocument) -> str | None:
    """The board's name a pack prints in its running header over every page
    (its English side where the header is bilingual): the meeting's title,
    whatever the first page's headings say ("Minutes", "Agenda item 2"),
    without the office the header names before it."""
    side = bilingual_side(doc)
    if _paper_on_an_inspection(doc, side):
        return None
    for block in doc.page_furniture:
        text = _without_issuing_office(_BOARD_PREFIX.sub("", in_english(clean(block.text), side)))
        # a body's word alone ("Meeting") is the header's second line, its board's name broken over two
        if _MEETING_BODY.search(text) and _may_be_title_text(text) and not re.search(r"\d", text) \
                and not _MEETING_BODY.fullmatch(text.strip()):
            # a running header is the title only where the body prints none
            board = _board_under_office(doc, side)
            return _title_text(board, side) if board else text
    return None


def _paper_on_an_inspection(doc: LayoutDocument, side: str | None) -> bool:
    """Whether the first page's top heading (the largest of its level-1
    headings) names an inspection ("HMICFRS PEEL 2023-25 inspection of X
    Police", "PEEL 2023-25: X Police compared with the region's forces"):
    the document is one paper for the board its running header names,
    titled by that heading, not by the board. Narrow by design: it keys on
    the inspection's words, because nothing in the layout tells a paper's
    subject heading from a pack's own labels set the same way ("Agenda",
    "Minutes" under the same running header), and the document's kind is
    decided from the title this chooses. A paper on other business under a
    board's running header is titled by the board."""
    top_level = {id(b) for b in doc.blocks}
    opening = [b for b in _opening_blocks(doc) if id(b) in top_level]
    headings = [b for b in opening if b.prov.page == opening[0].prov.page
                and b.kind is BlockKind.HEADING and b.level == 1]
    if not headings:
        return False
    text = _title_text(max(headings, key=lambda b: b.style.size or 0), side)
    return bool(_INSPECTION.search(text) or _PEEL.search(text))


def _board_under_office(doc: LayoutDocument, side: str | None) -> TextBlock | None:
    """The board's name the first page sets as its heading under the issuing
    office's line ("Office of the Police and Crime Commissioner for X" over
    "Strategic Assurance Board"), its address lines between them or not: the
    pack's own title, which a running header repeats with the office's name
    or initials. The heading set larger than the office's line or, where
    that line is the page's top heading itself (a combined authority's name
    in the Title style), the first heading under it. Only the heading
    itself, never a translation under it."""
    top_level = {id(b) for b in doc.blocks}
    lines = [b for b in _opening_blocks(doc)[:_BOARD_LINES] if id(b) in top_level]
    office = next((b for b in lines if _is_own_line(clean(b.text)) and _OFFICE.search(clean(b.text))), None)
    if office is None:
        return None
    for block in lines[lines.index(office) + 1:]:
        text = _title_text(block, side)
        if block.kind is BlockKind.HEADING and (
                office.kind is BlockKind.HEADING or (block.style.size or 0) > (office.style.size or 0)):
            return block if _MEETING_BODY.search(text) and _may_be_title(block, text) else None
    return None


def _without_issuing_office(text: str) -> str:
    """A header's board name without the office named before it after a dash
    ("Merseyside Police and Crime Commissioner – Public Scrutiny Meeting")."""
    parts = _FURNITURE_FIELD_BREAK.split(text, maxsplit=1)
    return parts[1] if len(parts) == 2 and _OFFICE.search(parts[0]) and not _MEETING_BODY.search(parts[0]) else text


# A label a heading opens with before the paper's subject ("Subject: ...", "Title of report: ...", "Agenda item
# 6: ..."): the title is the words after it. A letter's "Re:" is none: its matter, not its title (meetings.json
# subject_labels).
_TITLE_LABEL = re.compile(rf"^(?:{subject_labels('subject', 'title', 'bare_title')}|agenda\s+item\s+\d{{1,3}}[a-z]?)"
                          r"\s*:\s*(?=\S)", re.I)
# A line labelled as the paper's subject ("Subject: ...", "Report title: ..."; not a bare "Title:").
_SUBJECT_LINE = re.compile(rf"^(?:{subject_labels('subject', 'title')})\s*:\s*(?=\S)", re.I)


def _title_text(block: TextBlock, side: str | None) -> str:
    """A line's words as a title reads them: its English side, without the label it opens with."""
    return _TITLE_LABEL.sub("", in_english(clean(block.text), side), count=1)


def _title(doc: LayoutDocument) -> str | None:
    """The document's own title (the meeting's or the report's), not the
    office that issued it: the most prominent heading of the opening pages
    that is neither an organisation, a label nor a date, with the title
    lines set right under it ("PEEL 2023-25" / "Police effectiveness,
    efficiency and legitimacy" / "An inspection of Kent Police"). Between
    lines as prominent, the one naming the paper before the issuing force's
    name ("Dorset Police" over "PEEL improvement tracker"); a heading's
    label is no part of it ("Agenda item 6: <title>")."""
    opening = _opening_blocks(doc)[:25]
    side = bilingual_side(doc)
    # a board's name with the meeting's date ("Public Accountability Board – Tuesday 20 January 2026") may be
    # the title itself, though never a line joined to another title; a data table's header cell never is
    in_data_tables = _data_table_blocks(doc)
    candidates = [b for b in opening if id(b) not in in_data_tables and not _is_numbered_section(b)
                  and (_may_be_title(b, _title_text(b, side)) or _dated_board_name(b))]
    if not candidates:
        return None
    # a meeting's name over its date line ("Strategic Priorities Assurance Board" / "Monday 15 December 2025,
    # 14:00") is the pack's title, however large its section headings are set (lines of the page, not a
    # particulars table's "Date of meeting" label over its value)
    top_level = {id(b) for b in doc.blocks}
    lines = [b for b in opening if id(b) in top_level]
    # a paper's subject, labelled ("Subject: HMICFRS PEEL inspection of ...", "Report title: ...") or set larger
    # than the meeting's name above it and naming the inspection, is its title, never the meeting it goes to
    subject = next((b for b in candidates if _SUBJECT_LINE.match(in_english(clean(b.text), side))), None)
    if subject:
        return _title_text(subject, side)
    best = next((b for b, below in zip(lines, lines[1:]) if b in candidates
                 and _MEETING_BODY.search(in_english(clean(b.text), side)) and opens_with_date(clean(below.text))
                 and not any((c.style.size or 0) > (b.style.size or 0) and _INSPECTION.search(_title_text(c, side))
                             for c in candidates)),
                None) or max(candidates, key=lambda b: (b.style.size or 0, not force_named(_title_text(b, side)),
                                                        -candidates.index(b)))
    # the issuing office's line set as the page's top heading over the board's name: the board's name is the title
    board = _board_under_office(doc, side)
    if board is not None and best in lines and lines.index(best) < lines.index(board) \
            and _OFFICE.search(clean(best.text)) and not _MEETING_BODY.search(in_english(clean(best.text), side)):
        best = board
    # a panel's name over the paper's own top heading, the next heading below it, set as large and naming the
    # inspection (only the byline and the meeting's particulars between them): the paper's subject is its title
    if _MEETING_BODY.search(in_english(clean(best.text), side)) and best in lines:
        below = next((b for b in lines[lines.index(best) + 1:] if is_heading_like(b)), None)
        if (below in candidates and below.kind is BlockKind.HEADING and below.level == 1
                and (below.style.size or 0) >= (best.style.size or 0) and _INSPECTION.search(_title_text(below, side))):
            best = below

    def title_line(block: TextBlock) -> bool:
        return (block.prov.page == best.prov.page and _may_be_title(block)
                and (block.style.size or 0) > (doc.body_size or 0) and not _is_numbered_section(block))

    def series_line(block: TextBlock) -> bool:
        # the series line set right above the title and apart from the text ("PEEL 2023–25" over "An inspection
        # of ..."), never a kicker in Word's Subtitle style a little larger than the text, the issuing office
        # ("South Yorkshire Police and Crime Commissioner" or a police authority over the board's name) or the
        # issuing force's name alone ("Kent Police" over "PEEL 2023–25 Improvement Plan")
        # nor a kicker set at half the title's size or less ("National child protection inspection" in 11 pt
        # over a 22 pt title)
        text = clean(block.text)
        return (title_line(block) and _set_apart(block, doc.body_size or 0) and not _OFFICE.search(text)
                and force_named(text) is None and (block.style.size or 0) > _KICKER_RATIO * (best.style.size or 0))

    # a title naming its series before a colon ("PEEL 2021/22: An inspection of X Police") is whole: a strapline
    # over it ("Police effectiveness, efficiency and legitimacy") is a kicker
    above = [] if _SERIES_BEFORE_COLON.match(_title_text(best, side)) else \
        list(reversed(list(takewhile(series_line, reversed(opening[:opening.index(best)])))))
    lines = above[-(_TITLE_LINES - 1):] + [best]
    # the lines under it only where set apart as the title is, never a subtitle a little larger than the text
    # and never under a one-line title naming the force it is about ("PEEL 2023–25: An inspection of Kent Police"):
    # the line under it is a subtitle ("Police effectiveness, efficiency and legitimacy"), where a title set over
    # lines ("PEEL 2021/22" / "An inspection of Norfolk Constabulary") takes it as its last; a line giving a date
    # is the paper's particulars ("Meeting date: 24 February 2026 · Paper 4"), and the title ends above it; a
    # heading set smaller than the title with running text straight under it heads that text ("Foreword ..."
    # under a banner title), where a subtitle stands over the cover's date or byline
    for at, block in enumerate(opening[opening.index(best) + 1:], start=opening.index(best) + 1):
        if len(lines) >= _TITLE_LINES or not title_line(block) or not _set_apart(block, doc.body_size or 0) \
                or (lines == [best] and _ends_with_force(_title_text(best, side))) or find_dates(clean(block.text)) \
                or _ends_with_issue_date(_title_text(lines[-1], side)) \
                or ((block.style.size or 0) < (best.style.size or 0) and _heads_text(opening[at + 1:at + 2])):
            break
        lines.append(block)
    return " ".join(_title_text(b, side) for b in lines)


# "... February 2026", "... 9 July 2025": a title ending with the month or day of its issue or meeting
_ISSUE_DATE_END = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Za-z]{3,9}\s+(?:19|20)\d\d$")


def _heads_text(following: list[TextBlock]) -> bool:
    """Whether the line over ``following`` (the next line, if any) heads
    running text: a paragraph of sentences, not a date, a byline or another
    title line."""
    text = clean(following[0].text) if following else ""
    return (bool(following) and following[0].kind is BlockKind.PARAGRAPH and len(text.split()) > _RUNNING_TEXT_WORDS
            and text.rstrip().endswith((".", ":")))


def _ends_with_issue_date(text: str) -> bool:
    """Whether a title ends with a date ("Community newsletter: February
    2026"): it is complete, and the heading under it opens the text."""
    m = _ISSUE_DATE_END.search(text.rstrip(" ."))
    return bool(m and parse_month(m.group(0)))


def _ends_with_force(text: str) -> bool:
    """Whether a title ends with the name of a force ("... An inspection of Kent Police")."""
    end = len(text.rstrip(" .:"))
    return any(m.end == end for m in find_forces(text))


_KICKER_RATIO = 0.5  # a line above the title set at no more than this share of its size is a kicker
_RUNNING_TEXT_WORDS = 12  # a paragraph of running text, not a date or a byline
_SUBTITLE_STEP = 1.2  # a line more than this much larger than the text is set apart however it is weighted


def _set_apart(block: TextBlock, body_size: float) -> bool:
    """A line set apart from the text as a title's lines are: larger and
    bold, or clearly larger. A subtitle a little larger than the text
    ("Police effectiveness, efficiency and legitimacy" in Word's Subtitle
    style, 12 pt over 11 pt text, or a kicker in plain 12 pt over 10 pt text)
    is no part of the title."""
    size = block.style.size or 0
    return size > body_size and (block.is_bold or size > _SUBTITLE_STEP * body_size)


_SECTION_MARKER = re.compile(r"^\(?\d+(?:\.\d+)*[.)]?$")


def _is_numbered_section(block: TextBlock) -> bool:
    """A numbered heading ("1. Purpose of the report", its number printed in
    the text or read as its marker) opens the body, never the title."""
    return bool(_SECTION_NUMBER.match(clean(block.text)) or (block.marker and _SECTION_MARKER.match(block.marker)))


def _dated_board_name(block: TextBlock) -> bool:
    text = clean(block.text)
    return (is_heading_like(block) and bool(_BOARD_NAME.search(text)) and _is_date_line(text)
            and not opens_with_date(text) and not _NOT_TITLE.match(text))


# a publication of its own a commissioner's office, a force or a date may head: "Annual Report 2025/26", "Annual
# Review 2025", "PEEL Self-Assessment 2026" (the force's own account), "Community newsletter: February 2026"
_PUBLICATION = re.compile(r"\b(?:annual\s+(?:report|review)|newsletter|bulletin|magazine|self[-\s]?assessment)\b",
                          re.I)
_TITLE_WORDS = 20  # a longer bold line is a sentence
_TOP_HEADING_WORDS = 32  # a top-level heading may name the office, the report and the force at length


def _may_be_title(block: TextBlock, text: str | None = None) -> bool:
    """Whether a line may be (part of) a title; ``text`` is its words as
    read (a bilingual line's English side), the block's own by default."""
    top_heading = block.kind is BlockKind.HEADING and block.level == 1
    return is_heading_like(block) and _may_be_title_text(clean(block.text) if text is None else text,
                                                         _TOP_HEADING_WORDS if top_heading else _TITLE_WORDS)


def _may_be_title_text(text: str, most_words: int = _TITLE_WORDS) -> bool:
    # a commissioner's office is a letterhead, unless the line goes on to the inspection it is about
    # ("Response of the Police and Crime Commissioner for X to the HMICFRS PEEL 2023-25 inspection of X Police")
    # or names the publication it heads ("Police and Crime Commissioner for X: Annual Report 2025/26"); a date
    # line is no title, unless it names the publication the date is the issue of ("Community newsletter: February
    # 2026")
    publication = bool(_PUBLICATION.search(text))
    return (len(text.split()) <= most_words and not _NOT_TITLE.match(text)
            and not (_COMMISSIONER.search(text) and not _INSPECTION.search(text) and not publication)
            and not (_is_date_line(text) and not publication and not _titles_beside_date(text))
            and not opens_with_date(text)
            and not is_web_furniture(text))  # a saved web page's breadcrumb or link line names no document


_WORDS_BESIDE_DATE = 5  # a line naming this much besides its date is a title closing with it, no date line


def _titles_beside_date(text: str) -> bool:
    """Whether a short line with a date names a subject besides it ("PEEL
    2023-25 improvement plan: progress at December 2025"), never a board
    the date is the meeting of ("Police Accountability Board – 9 December
    2025"), a label or a weekday ("Published: 9 June 2022")."""
    named = [w for w in re.findall(r"[^\W\d_][\w'\u2019]*", without_dates(text)) if w.lower() not in MONTHS]
    return len(named) >= _WORDS_BESIDE_DATE and not _BOARD_NAME.search(text) and not _MEETING_BODY.search(text)


def _is_date_line(text: str) -> bool:
    return len(text.split()) <= 8 and bool(find_dates(text) or parse_month(text))


def _kind(doc: LayoutDocument, title: str | None, opening: str, has_meeting: bool) -> DocKind:
    headings = [title or ""] + [clean(b.text) for b in _opening_blocks(doc)[:25] if is_heading_like(b)]
    heading_text = " ".join(headings)
    if has_meeting or _SCRUTINY.search(heading_text):
        return DocKind.SCRUTINY_PACK
    # one heading must say it is a response: "response to" in one heading and "inspection" in another do not
    responses = [h for h in headings if _RESPONSE_TITLE.search(h)
                 and (_OPENS_AS_RESPONSE.match(h) or not _INSPECTION_OF_RESPONSE.search(h))]
    if responses or (title and _RESPONDS_TO_REPORT.search(title)):
        # or a title saying its issuer responds to the report ("Commissioner responds to PEEL report on ..."): the
        # force's side of the inspection, as its commissioner's release is
        return DocKind.FORCE_RESPONSE
    if title and _PUBLICATION.search(title):
        # a publication of its own (a commissioner's or a partnership's annual report, a newsletter) quotes an
        # inspection's report: it is neither the report nor a response to it
        return DocKind.UNKNOWN
    if any(_is_response_table(t) for t in doc.tables()):
        return DocKind.FORCE_RESPONSE
    if any(_PAPER_FOR_MEETING.match(clean(b.text)) for b in _opening_blocks(doc)[:_BOARD_LINES * 2]):
        return DocKind.SCRUTINY_PACK
    if any(_SALUTATION.match(clean(b.text)) for b in _opening_blocks(doc)):
        # a letter (a revisit's findings, a commission) is never the report it writes about; a commissioner's
        # letter about an inspection is the commissioner's response to it
        if not _INSPECTION.search(opening):
            return DocKind.UNKNOWN
        if _from_a_commissioner(doc):
            return DocKind.FORCE_RESPONSE
        # the inspectorate's letter on a child protection inspection (a post-inspection review) is of that series
        return DocKind.CHILD_PROTECTION_REPORT if _CHILD_PROTECTION.search(heading_text) else DocKind.INSPECTION_REPORT
    if _from_a_commissioner(doc) and _INSPECTION.search(opening):
        # the inspectorate never writes under a commissioner's letterhead: a release or note on its report
        # is the commissioner's response to it
        return DocKind.FORCE_RESPONSE
    if _INSPECTION.search(opening) and (_OWN_INSPECTION_TITLE.match(title or "")
                                        or any(_GRADED_AS_WE.search(h) for h in headings)):
        # nor does it speak as the force inspected: a force's own summary of its inspection is the force's side
        # of it, as its commissioner's release is, and gives the inspection's findings in the force's own words
        # ("Where we must improve": DocumentContext.gives_findings)
        return DocKind.FORCE_RESPONSE
    if _CHILD_PROTECTION.search(heading_text) or _CHILD_PROTECTION.search(opening[:2000]):
        return DocKind.CHILD_PROTECTION_REPORT
    if _PEEL.search(heading_text) or _PEEL.search(_NOT_PEEL.sub("", opening[:2000])):
        return DocKind.PEEL_REPORT
    if _INSPECTION.search(opening):
        return DocKind.INSPECTION_REPORT
    return DocKind.UNKNOWN


# the kinds that are an inspection's report or answer one: they give its findings, in their own words too
_GIVES_FINDINGS = (DocKind.PEEL_REPORT, DocKind.CHILD_PROTECTION_REPORT, DocKind.INSPECTION_REPORT,
                   DocKind.FORCE_RESPONSE)


def _holds_own_summary(doc: LayoutDocument) -> bool:
    """Whether a paper in the document (a pack's) is the force's own summary
    of its inspection: a heading in the force's voice ("Agenda item 5: Our
    2030 PEEL inspection", "Investigating crime – we were graded
    adequate"), as the title of a summary published alone says it."""
    side = bilingual_side(doc)
    headings = [_title_text(b, side) for b in doc.text_blocks() if is_heading_like(b)]
    return any(_OWN_INSPECTION_TITLE.match(text) or _GRADED_AS_WE.search(text) for text in headings)


# "Commissioner responds to PEEL report on ...", "Chief Constable responded to the inspection report": a title
# saying its issuer answers the report
_RESPONDS_TO_REPORT = re.compile(r"\brespond(?:s|ed)\s+to\s+(?:the\s+)?(?:[\w\u2013/-]+\s+){0,3}?"
                                 r"(?:inspection|report)\b", re.I)


def _from_a_commissioner(doc: LayoutDocument) -> bool:
    """Whether a commissioner's office issues the document: a letterhead of
    the first lines naming it ("Police and Crime Commissioner for Norfolk",
    "West Midlands Police and Crime Commissioner", "Office of the Police and
    Crime Commissioner for Hampshire and the Isle of Wight"), a running
    header or footer naming it (a page of its website as a browser prints
    it), or the signature closing the document ("Jane Smith, Police and
    Crime Commissioner for Surrey")."""
    letterhead = [clean(b.text) for b in _opening_blocks(doc)[:_BOARD_LINES] if _is_own_line(clean(b.text))]
    # the closing lines of the page, never a table's cells (an action's owner)
    top_level_lines = [b for b in doc.blocks if isinstance(b, TextBlock)]
    closing = [clean(b.text) for b in top_level_lines[-_SIGNATURE_LINES:]]
    return (any(_COMMISSIONER.search(text) or _AREA_COMMISSIONER.search(text) or _COMMISSIONER_OFFICE.search(text)
                for text in letterhead)
            or any(_COMMISSIONER.search(clean(b.text)) for b in doc.page_furniture)
            or any(_is_own_line(text) and _SIGNED.match(text) for text in closing))


_SIGNATURE_LINES = 6  # the closing lines: valediction, name and office, share links or a page's footer
# the office alone on its line, or after the office-holder's name ("Jane Smith, Police and Crime Commissioner
# for Surrey"), never a copy line ("cc: Police and Crime Commissioner for ...")
_SIGNED = re.compile(rf"^(?:(?:[A-Z][\w.'\u2019-]*\s+){{0,4}}[A-Z][\w.'\u2019-]*,\s*)?(?:the\s+)?{_OFFICE_FOR_AREA}", re.I)
_OWN_LINE_WORDS = 20  # a signature's name and office may run longer than a letterhead's line


def _is_own_line(text: str) -> bool:
    """A letterhead's, header's or signature's line: a short line or a name
    and office, no sentence."""
    words_in = len(text.split())
    return words_in <= _BOARD_LINE_WORDS or (words_in <= _OWN_LINE_WORDS and not re.search(r"[.!?;](?:\s|$)", text))


def _is_response_table(table: Table) -> bool:
    """A table quoting an inspection's recommendations or AFIs beside the
    force's response to each: by its header row, or, for a card of one item
    (label | value, a row each), by its labels ("HMICFRS wording", "Progress
    update"). A one-column table is a box framing its lines (a cause of
    concern's box whose recommendations ask for action), never wording set
    beside a response."""
    if table.n_cols < 2:
        return False
    header = " | ".join(words(c.text) for c in table.row_cells(0))
    labels = " | ".join(words(c.text) for c in table.cells if c.col == 0) if table.n_cols == _PARTICULARS_COLUMNS else ""
    return any(re.search(r"response|action|progress|update", names)
               and re.search(r"recommendation|\bafi\b|improvement|concern|hmicfrs|inspectorate", names)
               for names in (header, labels))


def _with_force_area(organisation: str | None, force_name: str | None) -> str | None:
    """A commissioner named without an area ("Police and Crime Commissioner's
    Performance and Accountability Meeting") is the commissioner of the
    document's force area."""
    if organisation is None or force_name is None or not re.search(r"\bcommissioner$", organisation, re.I):
        return organisation
    force = next((f for f in forces() if f.name == force_name), None)
    if force is None or not force.territorial or not force.police_area:
        return organisation
    return office_name(f"{organisation} for {force.police_area}")


def _force(doc: LayoutDocument, title: str | None, organisation: str | None) -> str | None:
    """The commissioner's force for a pack, else the force the document
    names most (title mentions weigh more) outside tables by force."""
    for text in [organisation or "", *(clean(b.text) for b in _opening_blocks(doc))]:
        m = _COMMISSIONER.search(text) or _AREA_COMMISSIONER.search(text)
        if m:
            force = _police_area_force(m.group("area"))
            if force:
                return force.name
    named: Counter[str] = Counter()
    for mention in find_forces(title or ""):
        named[mention.force.name] += 5
    lists_forces = False
    mentions_in = {id(block): find_forces(block.text) for block in doc.text_blocks()}
    in_force_tables = _force_table_blocks(doc, mentions_in)
    for block in doc.text_blocks():
        if id(block) in in_force_tables:
            continue  # a row of a table by force (fieldwork dates, figures): the forces compared, not the document's
        mentions = mentions_in[id(block)]
        if len({mention.force.name for mention in mentions}) >= _FORCE_LIST:
            lists_forces = True
            continue  # the forces a thematic inspection visited: none of them is the document's
        for mention in mentions:
            named[mention.force.name] += 1
    if lists_forces and not find_forces(title or ""):
        return None  # a national inspection: its title names no force, its text lists the forces it visited
    return named.most_common(1)[0][0] if named else _letterhead_force(doc)


def _force_table_blocks(doc: LayoutDocument, mentions_in: dict[int, list[ForceMention]]) -> set[int]:
    """The ids of the blocks in tables whose cells name several forces, a
    row each (a thematic's fieldwork table, a data table by force, a most
    similar group's comparison); ``mentions_in`` the forces each block names."""
    blocks: set[int] = set()
    for table in doc.tables():
        in_table = [id(b) for cell in table.cells for b in cell.blocks]
        if len({mention.force.name for block in in_table for mention in mentions_in[block]}) >= _FORCE_LIST:
            blocks.update(in_table)
    return blocks


def _letterhead_force(doc: LayoutDocument) -> str | None:
    """The force of the police area an issuing office's letterhead opens
    with ("Gibraltar Police Authority", "Isle of Man Government"), for a
    pack whose text names no force; or its running header ("X Combined
    Authority – Policing and Crime") where the body names no office; else
    the one force a running header names (a force's own memo printed under
    "X Constabulary" that calls itself "the Constabulary")."""
    for block in [*_opening_blocks(doc)[:_BOARD_LINES], *doc.page_furniture]:
        text = clean(block.text)
        if len(text.split()) <= _BOARD_LINE_WORDS and _OFFICE.search(text):
            force = _police_area_force(text)
            if force:
                return force.name
    for block in doc.page_furniture:
        text = clean(block.text)
        named = {mention.force.name for mention in find_forces(text)}
        if len(text.split()) <= _BOARD_LINE_WORDS and len(named) == 1:
            return named.pop()
    return None


def _police_area_force(area_text: str) -> Force | None:
    """The force of "Durham", "Devon, Cornwall and the Isles of Scilly
    c/o ...": the longest leading run of words naming a police area, else
    the longest run naming one further in ("Leicester, Leicestershire and
    Rutland": a commissioner's title may list a city before the county)."""
    tokens = area_text.split()[:8]
    for start in range(len(tokens)):
        for n in range(len(tokens) - start, 0, -1):
            force = force_of_police_area(" ".join(tokens[start:start + n]).strip(",;"))
            if force:
                return force
    return None


def _framework(doc: LayoutDocument, title: str | None, kind: DocKind) -> str | None:
    """The framework the title names, else the one headings and short lines
    name most."""
    if title and framework_cue(title):
        return framework_cue(title)
    cues: Counter[str] = Counter()
    for block in doc.text_blocks():
        if is_heading_like(block) or len(block.text.split()) <= 12:
            cue = framework_cue(clean(block.text))
            if cue:
                cues[cue] += 1
    if cues:
        return cues.most_common(1)[0][0]
    if kind is DocKind.CHILD_PROTECTION_REPORT:
        return framework_cue("national child protection")
    return None


# A response's particulars table dates the response itself ("Date of response") and the report it answers
# ("Date of publication"), which dates the report's grades.
_OWN_DATE_LABEL = re.compile(r"^(?:date of (?:response|letter|this (?:response|letter|paper))|response date)$", re.I)
REPORT_DATE_LABEL = re.compile(r"^(?:date of publication|publication date|published(?: on)?|report published)$", re.I)
_LABEL_WORDS = 6


def dated_particular(doc: LayoutDocument, label: re.Pattern[str]) -> date | None:
    """The date a cover's table of particulars (label | value) gives for
    the first label ``label`` matches."""
    for table in doc.tables():
        if table.n_cols != _PARTICULARS_COLUMNS:
            continue
        for name, value in _particulars(table):
            found = find_dates(value) if len(name.split()) <= _LABEL_WORDS and label.match(name) else []
            if found:
                return found[0].value
    return None


# A cover table's labels: "Subject:" over the paper's subject, "Dated:" beside the committee's name
_SUBJECT_LABEL = re.compile(rf"^(?:{subject_labels('subject', 'title', 'bare_title')})$", re.I)
_COMMITTEE_LABEL = re.compile(r"^(?:committees?(?:\(s\))?|board|panel|meeting|report to)$", re.I)
_MEETING_DATE_LABEL = re.compile(r"^(?:date of (?:the\s+)?meeting|meeting date)$", re.I)
_DATE_LABEL_ALONE = re.compile(r"^dated?$", re.I)  # the meeting's date where the cover names the committee
# "Date of meeting: 19 March 2026", "Meeting date: 15 April 2026": a line dating the meeting the paper goes to
_MEETING_DATE_LINE = re.compile(r"^(?:date\s+of\s+(?:the\s+)?meeting|meeting\s+date)\s*:?\s*", re.I)


def _particulars(table: Table) -> list[tuple[str, str]]:
    """A table of particulars' labels and values: a row of labels only
    (each ending in a colon) over their values ("Committee(s): | Dated:"
    over "Police Authority Board | 26 March 2026"; a full-width "Subject:"
    over the subject), else a label beside its value ("Date of publication
    | 9 December 2025")."""
    found: list[tuple[str, str]] = []
    for row in range(table.n_rows):
        cells = table.row_cells(row)
        if all(clean(c.text).endswith(":") for c in cells):
            below = {c.col: _cell_value(c) for c in table.row_cells(row + 1)}
            found.extend((clean(c.text).rstrip(" :"), below.get(c.col, "")) for c in cells)
        elif len(cells) == _PARTICULARS_COLUMNS:
            found.append((clean(cells[0].text).rstrip(" :"), _cell_value(cells[1])))
    return [(label, value) for label, value in found if value and not value.endswith(":")]


def _cell_value(cell: Cell) -> str:
    return clean(cell.text.replace("\n", " "))


def _cover_particulars(doc: LayoutDocument) -> list[tuple[str, str]]:
    """The particulars of the table a paper opens with, before any heading
    (a committee report's cover)."""
    for block in doc.blocks:
        if isinstance(block, TextBlock) and is_heading_like(block):
            return []
        if isinstance(block, Table):
            return _particulars(block)
    return []


def _cover_subject(cover: list[tuple[str, str]]) -> str | None:
    return next((value for label, value in cover if _SUBJECT_LABEL.match(label)), None)


def _cover_title(doc: LayoutDocument, cover: list[tuple[str, str]]) -> str | None:
    """The cover's subject, or the page's title heading where that spells
    the subject out ("Subject: PEEL inspection outcome" over "HMICFRS PEEL
    2023-25 inspection: outcome and improvement plan"): the cover files the
    paper under a short form of the title it prints."""
    subject = _cover_subject(cover)
    if subject is None:
        return None
    heading = _title(doc)
    spelled_out = heading is not None and len(heading) > len(subject) and set(words(subject).split()) <= set(
        words(heading).split())
    return heading if spelled_out else subject


def _labelled_meeting_date(doc: LayoutDocument, cover: list[tuple[str, str]]) -> date | None:
    """The meeting's date a line labels as such ("Date of meeting: 19 March
    2026"), or the cover's date beside the committee the paper goes to."""
    for block in _opening_blocks(doc)[:_BOARD_LINES * 2]:
        text = clean(block.text)
        m = _MEETING_DATE_LINE.match(text)
        found = opens_with_date(text[m.end():]) if m else None
        if found:
            return found.value
    names_committee = any(_COMMITTEE_LABEL.match(label) for label, _ in cover)
    for label, value in cover:
        found = find_dates(value) if _MEETING_DATE_LABEL.match(label) or (
            names_committee and _DATE_LABEL_ALONE.match(label)) else []
        if found:
            return found[0].value
    return None


def _data_table_blocks(doc: LayoutDocument) -> set[int]:
    """The ids of the blocks in cells of tables of several columns (more than
    a table of particulars' label | value)."""
    return {id(b) for t in doc.tables() if t.n_cols > _PARTICULARS_COLUMNS for c in t.cells for b in c.blocks}


def _cover_blocks(doc: LayoutDocument) -> list[TextBlock]:
    """The opening blocks less the cells of tables of several columns: a
    date there is one of the table's values (an action's deadline, "Published
    on ..." as an action's update), not the document's."""
    in_data_tables = _data_table_blocks(doc)
    return [b for b in _opening_blocks(doc) if id(b) not in in_data_tables]


def _cover_date(doc: LayoutDocument) -> date | None:
    """A report's or response's date printed alone near its title ("12 June
    2025", "Date: 28 March 2025")."""
    for block in _cover_blocks(doc)[:25]:
        text = _DATE_LABEL.sub("", clean(block.text))
        found = opens_with_date(text)
        if found and _is_date_line(text):
            return found.value
    return None


# the fields of a running header or footer: "PEEL 2023-25: X Police | Published: 15 April 2026 | 1"
_FURNITURE_FIELD_BREAK = re.compile(r"\s+[|\u2022\u00b7]\s+|\s+[\u2013\u2014-]\s+")


def _publication_date(doc: LayoutDocument) -> date | None:
    """The date a line of the first pages, or a field of the running header
    or footer, opens with "Published:", "Date of publication" or a
    response's "Date of response:" for. A
    sentence's "the report, published on ..." dates the report a paper
    quotes, not the paper."""
    fields = [clean(b.text) for b in _cover_blocks(doc)]
    fields += [field for b in doc.page_furniture for field in _FURNITURE_FIELD_BREAK.split(clean(b.text))]
    for text in fields:
        m = _PUBLISHED.match(text)
        found = opens_with_date(text[m.end():m.end() + 40]) if m else None
        if found:
            return found.value
    return None
