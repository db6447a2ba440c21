"""Meetings a scrutiny pack holds: the pack's own meeting (its agenda or
front sheet) and every meeting whose notes it carries (packs reprint the
previous meeting's notes for approval).

A meeting is found from what packs print for it: a notes heading ("NOTES -
SCRUTINY MEETING (TOPIC) - DATE", "Draft minutes of the ... meeting held on
DATE"), an agenda block (a "... Meeting" heading with a "Date: ..." line), or
a report front sheet (a "Meeting Date | ..." table). Mentions of one date are
one meeting. The other scrutiny extractors use ``notes_meeting_at`` to learn
which meeting's notes hold a table or list.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import IntEnum
from itertools import islice, takewhile

from extractors.base import ExtractorResult, RecordFactory
from extractors.context import DocumentContext
from extractors.dates import FoundDate, english_months, find_dates, opens_with_date, without_dates
from extractors.per_document import per_document
from extractors.sections import is_contents_line
from extractors.text import clean
from extractors.tables import (bilingual_side, find_header, header_matches, in_english, leading_number, load_vocab,
                               minute_rows, words)
from extractors.vocab import Force, force_of_police_area, forces, key
from pipeline.layout import Block, BlockKind, LayoutDocument, Span, Table, TextBlock

NAME = "meetings"
VERSION = "1.65.0"


class MentionKind(IntEnum):
    """How a meeting is mentioned; lower values name it better (their title
    and topic are preferred when mentions of one date are merged)."""

    NOTES = 0
    AGENDA = 1
    FRONT_SHEET = 2


@dataclass(frozen=True, slots=True)
class Mention:
    kind: MentionKind
    block_index: int
    meeting_date: date
    title: str  # "" where the pack prints no name for it
    topic: str | None  # a topic the pack states ("Topic: ...", a heading's bracket)
    page: int | None
    sole_item: str | None = None  # the one item the notes hold, the topic where none is stated


@dataclass(frozen=True, slots=True)
class Meeting:
    meeting_date: date
    title: str
    topic: str | None
    page: int | None
    first_block: int


# Notes open the heading, or follow the board's name after a dash or colon
# ("Performance Board - Minutes of the meeting held on ...", "BOARD - DECISION RECORD - DATE",
# "Forum: summary of the meeting held on ...", "Board - Summary note of the meeting held on ...",
# "Board - Meeting notes - DATE", "Note of the Board held on ...";
# not "Item 2 - Minutes of the meeting ...", an agenda line).
_DRAFT = r"(?:(?:draft|unconfirmed|confirmed|approved|final)\s+)?"
_NOTES_WORDS = (r"(?:(?:summary|brief|short)\s+notes?|notes|note\s+of|minutes|record\s+of|"
                r"summary\s+of\s+(?:the\s+)?meeting|(?:edited\s+|verbatim\s+)?transcript)\b")
_RECORD = rf"{_DRAFT}(?:{_NOTES_WORDS}|(?:decision|scrutiny|meeting)\s+record\b|meeting\s+notes?\b)"
# A title naming a record of a meeting ("Decision record of the Board – <date>", "Scrutiny record", "Notes of the
# Board held on ..."), not a paper for one ("Road Safety Report to the Board – <date>").
NAMES_MEETING_RECORD = re.compile(rf"\b{_RECORD}", re.I)
# The words that name a meeting's body ("... Board", "Public Accountability Conference").
_BODY = r"(?:meeting|board|panel|committee|session|forum|conference)"
# Notes of "the meeting" after a board not named by a meeting word, and maybe a topic: "<Board>: <Topic> – note of
# the meeting held on <date>" (not an agenda line: "Item 2 - Minutes of the meeting ...").
_NOTES_OF_THE_MEETING = (rf"^(?!\s*(?:agenda\s+)?item\b|\s*\d)[^\-\u2013\u2014|]+[\-\u2013\u2014|]\s*{_RECORD}"
                         rf"\s+(?:the\s+)?{_BODY}\b")
# Or a title closing by naming itself the record of the meeting: "<Board>, <date>: record of the meeting".
_CLOSING_RECORD = rf"^(?!\s*(?:agenda\s+)?item\b|\s*\d).*[\-\u2013\u2014:|]\s*{_RECORD}\s+(?:the\s+)?{_BODY}\s*$"
# Or the board's name, the notes word and the date, run on: "<Board> Minutes 12 April 2027", "<Board> Notes
# Tuesday 11th June 2027".
_BOARD_NOTES_DATE = (rf"^(?!\s*(?:agenda\s+)?item\b|\s*\d)[^\-\u2013\u2014:|]*\b{_BODY}\s+{_DRAFT}(?:notes|minutes)"
                     r"\s*[\-\u2013\u2014:,]?\s*(?=\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)")
# Or the decider's account of the meeting after its board and date, a letter's heading: "<Board>, <date> – the
# Chair's view" (meetings.json closing_view_nouns).
_CLOSING_VIEW = (r"^(?!\s*(?:agenda\s+)?item\b|\s*\d)[^\-\u2013\u2014:|]*\d[^\-\u2013\u2014:|]*[\-\u2013\u2014:|]\s*"
                 r"(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+['\u2019]s?\s+"
                 rf"(?:{'|'.join(load_vocab('meetings.json')['closing_view_nouns']['nouns'])})\s*$")
_NOTES_START = re.compile(rf"^\s*{_DRAFT}{_NOTES_WORDS}|\b(?:notes|minutes)\s*$|"
                          rf"^[^\-\u2013\u2014:|]*\b{_BODY}"
                          rf"\s*[\-\u2013\u2014:|]\s*{_RECORD}|{_NOTES_OF_THE_MEETING}|{_CLOSING_RECORD}|"
                          rf"{_BOARD_NOTES_DATE}|{_CLOSING_VIEW}", re.I)
# The label of a meeting's date line: "Date", "Meeting date", "Date of (the) meeting"; never the date of
# something else ("Date of publication: ...").
_DATE_LABEL = r"(?:meeting\s+)?date(?:\s+of\s+(?:the\s+)?meeting)?(?!\s+of\b)"
# A date line under a notes heading that prints no date: "DATE OF MEETING 20 JANUARY 2025",
# "Dyddiad / Date: 8 July 2025".
_DATE_BELOW = re.compile(rf"^[^:]{{0,30}}?\b{_DATE_LABEL}\s*[:\-\u2013]?\s*(?P<rest>.+)$", re.I)
# Notes that name no board: "MINUTES OF THE MEETING HELD ON ...".
_UNNAMED_NOTES = re.compile(r"^\s*(?:(?:draft|unconfirmed|confirmed|approved)\s+)?(?:(?:summary|brief|short)\s+)?"
                            r"(?:notes?|minutes|record)\s+of\s+the\s+meeting\b", re.I)
# Section labels that name no meeting, though they say "meeting".
_LABELS = {"meeting details", "details of meeting", "details of the meeting", "meeting information"}
# A cover's line naming the papers, not the meeting they are for (in words() form): "Board pack", "Agenda and
# papers", "Papers for the meeting", "Reports pack", "Meeting documents".
_PAPERS_NOUNS = "|".join(load_vocab("meetings.json")["papers_nouns"]["nouns"])
_PAPERS_LINE = re.compile(rf"^(?:(?:{_BODY}|agenda)\s+(?:and\s+)?)?(?:{_PAPERS_NOUNS})"
                          rf"(?:\s+for\s+(?:the|this)\s+{_BODY})?$")
_NEXT = re.compile(r"\b(?:next|future|forthcoming)\s+meeting\b", re.I)
_DATE_LINE = re.compile(rf"^\s*{_DATE_LABEL}\s*[:\-\u2013]?\s*(?P<rest>.+)$", re.I)
# A notice of meeting: "You are requested to attend a Level 1 meeting on Tuesday 22 July 2025 at 10.00am";
# a pack's cover line naming the meeting its papers are for: "Reports pack for the meeting on Tuesday ...".
_NOTICE = re.compile(r"\b(?:(?:requested|invited|summoned|asked)\s+to\s+attend|will\s+(?:be\s+held|take\s+place)|"
                     r"to\s+be\s+held|(?:papers|pack|reports|agenda|bundle)\s+for\s+the\s+meeting)\b[^.]*?\bon\s+"
                     r"(?P<rest>.+)$", re.I)
_SALUTATION = re.compile(r"^dear\b", re.I)
# The words before the date of a line of the meeting's particulars that says it is held then: "Meeting on <date> at
# <venue>", "Held on <date>".
_MEETING_ON = re.compile(r"\s*(?:(?:the\s+)?meeting\s+(?:(?:to\s+be\s+)?held\s+)?|(?:to\s+be\s+)?held\s+)on\s+", re.I)
# The board a notice names: "... to attend the next meeting of the Public Accountability Board, chaired by ..."
_NOTICE_BODY = re.compile(r"\bmeeting\s+of\s+(?:the\s+)?(?P<body>(?:[A-Z][\w'\u2019&-]*\s+){0,5}"
                          r"(?:Board|Panel|Committee|Meeting|Forum|Conference|Session))\b")
# The labels a pack states its meeting's topic by, on a line of its own ("Focus: ...") or as a front sheet's
# key cell: topic, theme, focus or subject (of the meeting, of scrutiny), a spotlight, a deep dive, a title.
_TOPIC_LABEL = (r"(?:(?:meeting|scrutiny|thematic)\s+(?:focus|theme|topic|subject)|"
                r"(?:topic|subject|theme|focus)(?:\s+of\s+(?:the\s+)?(?:meeting|scrutiny|session))?|"
                r"focus\s+(?:area|report|topic|item)|area\s+of\s+focus|spotlight(?:\s+on)?|deep\s+dive|"
                r"report\s+title|title(?:\s+of\s+report)?)")
_TOPIC_LINE = re.compile(rf"^\s*{_TOPIC_LABEL}\s*[:\-\u2013]\s*(?P<topic>.+)$", re.I)
_TOPIC_KEY = re.compile(_TOPIC_LABEL, re.I)
_PAREN = re.compile(r"\(([^()]{3,})\)")
_FRONT_SHEET_DATE_KEYS = {"date", "meeting date", "date of meeting", "date of the meeting"}
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with"}

_PRESENTER_LINE = re.compile(
    r"^(?:lead(?:\s+officer)?|presenters?|presented\s+by|led\s+by|officer|speaker)\b\s*[:\-\u2013]?\s*(?:the\s+)?"
    r"(?P<presenter>.+)$", re.I)
# Words that make a short phrase a presenter: roles and offices, their usual
# abbreviations, and the forms of address of a named person.
_ROLE_WORDS = frozenset(
    "commissioner commissioners commander constable chief deputy assistant officer officers head director chair chairman "
    "chairperson chairs executive manager superintendent supt inspector sergeant treasurer clerk secretary mayor "
    "lead leads all everyone members pcc pfcc pcc's dpcc opcc opfcc cc dcc acc acor acc's cfo ceo coo dmpc mopac "
    "ch dci di cllr councillor mr mrs ms dr prof staff team representative".split())

# A commissioner's title: Police and Crime, Police, Fire and Crime, or
# Police, Crime and Victims' Commissioner.
_OFFICE = (r"Police(?:,?\s+Fire)?(?:,?\s+(?:and|&))?,?\s+Crime(?:\s+(?:and|&)\s+Victims['\u2019]?)?\s+Commissioner")
# A police authority or committee that holds a force to account where no
# commissioner does: "British Transport Police Authority", "City of London
# Police Authority Board", "Ministry of Defence Police Committee", "Northern
# Ireland Policing Board".
_AUTHORITY = (r"(?:[A-Z][\w'\u2019-]*\s+(?:of\s+)?){1,4}(?:Police\s+(?:Authority(?:\s+Board)?|Committee)|"
              r"Policing\s+Board)\b")
# The office that holds a pack's meetings. The place after "for" runs over
# capitalised words, joined by "and", "of", "the" or a comma; a full stop
# inside a word (an initialism) but never one that ends a sentence.
_PLACE_WORD = r"[A-Z][\w'\u2019-]*(?:\.[\w'\u2019-]+)*"
_PLACE = rf"{_PLACE_WORD}(?:(?:\s+|,\s*)(?:(?:and|of|the|&)\s+)*{_PLACE_WORD})*"
# A mayor's office for policing, named by its own name ("Mayor's Office for
# Policing and Crime") or by the Mayor's ("Mayor of London - Office for Policing
# and Crime"): the office, not its office-holder.
_MAYORS_OFFICE = (r"Mayor'?s\s+Office\s+for\s+Policing\s+and\s+Crime|"
                  r"Mayor\s+of\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}\s*[\-\u2013\u2014|:]?\s*"
                  r"Office\s+for\s+Policing\s+and\s+Crime")
_ORGANISATION = re.compile(
    rf"\b(?P<office>{_OFFICE}"
    # a Lord Mayor ("Lord Mayor of the City of London") is a civic office, holding no commissioner's functions
    rf"(?:\s+for(?:\s+the)?)?|{_MAYORS_OFFICE}|(?<!Lord )(?:Deputy\s+)?Mayor\s+(?:of|for)(?:\s+the(?=\s+[A-Z]))?|"
    rf"{_AUTHORITY})"
    rf"(?:\s+(?P<place>{_PLACE}))?"
)
# Words a place name never runs into: the heading or address that follows it.
# The office named after its area: "Office of the Kent Police and Crime Commissioner",
# "Avon and Somerset Police and Crime Commissioner".
_AREA_OFFICE = re.compile(
    r"(?<![\w'-])(?P<place>(?:(?!(?:Office|Deputy|Acting|Assistant|The|Your|Our|Former)\b)[A-Z][\w'\u2019.-]*\s+"
    r"(?:and\s+(?=[A-Z]))?){1,3}?)"
    rf"(?P<office>{_OFFICE})\b")
# A commissioner named by area first, whose title runs on after "for" or a dash:
# "Staffordshire Commissioner for Police, Fire and Rescue and Crime", "... Commissioner – Police, Fire and Rescue, and Crime".
_AREA_FIRST_OFFICE = re.compile(
    r"(?<![\w'-])(?P<place>(?:[A-Z][\w'\u2019.-]*\s+){1,3}?)Commissioner(?:\s+for\s+|\s*[\-\u2013\u2014:]\s*)Police,?\s+Fire"
    r"(?P<rescue>\s+(?:and|&)\s+Rescue)?"
    r",?\s+and\s+Crime\b")
# A public body that scrutinises its force where no commissioner or police
# authority does: a council ("Fife Council", "The Highland Council"), a
# government's department or committee ("Department of Home Affairs",
# "Committee for Home Affairs"). Read only from the letterhead; a body named
# for the police ("National Police Chiefs' Council", "Ministry of Defence
# Police") is a force or a police body, never this.
_PUBLIC_BODY = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,3}Council\b|"
    r"\b(?:Department|Committee|Ministry)\s+(?:for|of)\s+(?:the\s+)?"
    r"[A-Z][\w'\u2019-]*(?:\s+(?:and\s+)?[A-Z][\w'\u2019-]*){0,3}")
_LETTERHEAD_BLOCKS = 3
# Who chairs: "Deputy Mayor (Chair)" after the name, "Chair: ..." or "chaired by ..." before it.
_CHAIR_AFTER = re.compile(r"\s*\((?:the\s+)?chair(?:man|woman|person)?\)", re.I)
_CHAIR_BEFORE = re.compile(r"\b(?:chair(?:man|woman|person)?\s*[:\-\u2013]|chaired\s+by)\s*(?:the\s+)?", re.I)
_PLACE_STOP = re.compile(r"\s+(?:Scrutiny|Meeting|Agenda|Notes|Minutes|Date|Email|Website|Tel|Office|Chief|Report|Police|Constabulary|c/o|PO\s+Box)\b.*$")
_FORCE_AFTER = re.compile(r"^\s+(?:Police|Constabulary)\b")
_MEETING_BODY = re.compile(rf"\b(?:{_BODY}|scrutiny|performance\s+review)\b", re.I)


def extract(doc: LayoutDocument, ctx: DocumentContext) -> ExtractorResult:
    factory = RecordFactory(doc, NAME, VERSION)
    result = ExtractorResult()
    org = ctx.organisation or organisation(doc)
    for meeting in meetings(doc):
        result.drafts.append(factory.draft(
            "meetings",
            key=(meeting.meeting_date.isoformat(),),
            page=meeting.page,
            confidence=0.9 if meeting.topic else 0.75,
            meeting_date=meeting.meeting_date,
            topic=meeting.topic,
            organisation=org,
            title=meeting.title or None,
        ))
    return result


def pack_meeting(doc: LayoutDocument) -> tuple[str | None, date | None]:
    """The office holding the pack's own meeting, and that meeting's date:
    the agenda's or front sheet's date, else the latest meeting the pack
    holds notes of."""
    found = mentions(doc)
    own = [m for m in found if m.kind is not MentionKind.NOTES]
    if own:
        meeting_date = own[0].meeting_date
    elif found:
        meeting_date = max(m.meeting_date for m in found)
    else:
        meeting_date = None
    return organisation(doc), meeting_date


@per_document
def organisation(doc: LayoutDocument) -> str | None:
    """The PCC, PFCC, mayor's office or police authority that holds the pack's
    meetings: the office-holder a chair line names, else the one the pack
    names most often (the first named on a tie, as letterheads come first).
    An office has one name however the pack prints it, so that a user can
    select its records: the title, then the area ("Kent Police and Crime
    Commissioner" is the Police and Crime Commissioner for Kent), "and" for
    "&", the area by office_name."""
    named: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for position, block in enumerate((*doc.text_blocks(), *doc.page_furniture)):
        text = clean(block.text)
        if text.isupper():  # a letterhead in capitals: "POLICE AND CRIME COMMISSIONER FOR DERBYSHIRE"
            text = " ".join(w.lower() if w.lower() in _SMALL_WORDS else w.title() for w in text.split())
        own_line = block.kind is BlockKind.HEADING or _is_own_line(text)
        # a bare office ("... reported to the Police and Crime Commissioner.") counts only as a line of its own
        names = [name for m in _ORGANISATION.finditer(text)
                 if (name := _office_name(m)) and (own_line or _names_place(name))]
        names += [f"{m.group('office')} for {m.group('place').strip()}" for m in _AREA_OFFICE.finditer(text)
                  if _names_police_area(m.group("place"))]  # a police area, not any capitalised word
        names += [_area_first_name(m) for m in _AREA_FIRST_OFFICE.finditer(text) if force_of_police_area(m.group("place"))]
        for name in names:
            if name:
                name = office_name(re.sub(r"\s*&\s*", " and ", name))  # however the pack prints "and" or the area
                named[name] += 1
                first_seen.setdefault(name, position)
    if not named:
        return _office_by_initials(doc) or _letterhead_body(doc)
    # A bare "Police and Crime Commissioner" is the same office as the one
    # named with its area: prefer the fuller name.
    full = [n for n in named if _names_place(n)] or list(named)
    # the office-holder the pack names (a Deputy Mayor) before the name of their office
    full = [n for n in full if not re.fullmatch(_MAYORS_OFFICE, n)] or full
    # the office-holder who chairs holds the meeting ("Deputy Mayor (Chair)" where the Mayor is named too)
    full = _chairing(doc, full) or full
    return max(full, key=lambda n: (named[n], -first_seen[n]))


def office_name(name: str) -> str:
    """A commissioner's office by its one name, whatever variant of its area
    the pack prints: named for the area the office styles itself by
    (forces.json office_area), else the police area, with or without "the"
    ("for the <Area>" and "for <Area>" are one office); or by the name the
    office styles itself by in place of its title (forces.json
    office_names). A mayor, an authority, or a commissioner of a place that
    is no police area keeps its name."""
    title, sep, place = name.partition(" for ")
    if not sep or not title.endswith("Commissioner"):
        return name
    force = _force_of_office_area(place)
    if force is None:
        return name
    return dict(force.office_names).get(title) or f"{title} for {force.office_area or force.police_area}"


def _force_of_office_area(place: str) -> Force | None:
    """The force whose police area or office area ``place`` is, word for
    word but for "the" ("Hampshire and Isle of Wight"); never a force merely
    named within it."""
    def plain(text: str) -> list[str]:
        return [w for w in key(text).split() if w != "the"]
    return next((f for f in forces() if any(area and plain(area) == plain(place)
                                            for area in (f.police_area, f.office_area))), None)


def _area_first_name(m: re.Match[str]) -> str:
    """An area-first commissioner by the office's one name: with the fire and
    rescue service, "<Area> Commissioner for Police, Fire and Rescue and
    Crime" (its statutory title); without it ("Cumbria Commissioner – Police,
    Fire and Crime"), the Police, Fire and Crime Commissioner for the area."""
    place = m.group("place").strip()
    if m.group("rescue"):
        return f"{place} Commissioner for Police, Fire and Rescue and Crime"
    return f"Police, Fire and Crime Commissioner for {place}"


def _chairing(doc: LayoutDocument, offices: list[str]) -> list[str]:
    """The offices among ``offices`` a chair line names: "Deputy Mayor for
    Policing and Crime (Chair)", "Chair: Mayor of X", or the bare title of
    one of them ("Present: Deputy Mayor (Chair); ...")."""
    chairs: list[str] = []
    for block in doc.text_blocks():
        text = clean(block.text)
        for m in _CHAIR_AFTER.finditer(text):
            holder = re.split(r"[;:]", text[:m.start()])[-1]
            chairs += [o for o in offices if re.search(rf"(?<!Deputy ){_title_pattern(o)}\s*$", holder)]
        for m in _CHAIR_BEFORE.finditer(text):
            holder = text[m.end():]
            chairs += [o for o in offices if re.match(rf"{_title_pattern(o)}(?![\w'\u2019])", holder)]
    return list(dict.fromkeys(chairs))


def _title_pattern(office: str) -> str:
    """The office named in full, or by its holder's title without the place
    ("Mayor", "Deputy Mayor", "Police and Crime Commissioner")."""
    title = re.split(r"\s+(?:for|of)\s+", office, maxsplit=1)[0]
    return rf"\b(?:{re.escape(office)}|{re.escape(title)})"


def _names_police_area(place: str) -> bool:
    """A police area, alone or first of the places an office is named for
    ("Cambridgeshire and Peterborough": the area and a city within it)."""
    return force_of_police_area(place) is not None or force_of_police_area(place.split(" and ")[0]) is not None


def _is_own_line(text: str) -> bool:
    """A letterhead's or title's line: short, and no sentence."""
    return len(text) <= 80 and not re.search(r"[.!?;](?:\s|$)", text)


def _names_place(name: str) -> bool:
    return " for " in name or name.startswith("Mayor") or bool(re.fullmatch(_AUTHORITY, name))


def _without_own_force(place: str) -> str:
    """A joint letterhead's place without the area's own force after it:
    "Thames Valley and Thames Valley [Police]" is Thames Valley."""
    for joint in re.finditer(r"\s+and\s+", place):
        head, tail = place[:joint.start()], place[joint.end():]
        force = force_of_police_area(head)
        if force is not None and force == force_of_police_area(tail):
            return head
    return place


# The office by its initials and area: "OPCC Warwickshire", "PFCC for Cumbria", "Warwickshire OPCC".
_INITIALS = {"PCC": "Police and Crime Commissioner", "PFCC": "Police, Fire and Crime Commissioner"}
_INITIALS_THEN_AREA = re.compile(r"\bO?(?P<initials>PF?CC)\s+(?:for\s+)?(?P<area>[A-Z][\w'\u2019-]*(?:\s+(?:and\s+)?[A-Z][\w'\u2019-]*){0,3})")
_AREA_THEN_INITIALS = re.compile(r"(?P<area>(?:[A-Z][\w'\u2019-]*\s+(?:and\s+)?){1,4})O?(?P<initials>PF?CC)\b")


def _office_by_initials(doc: LayoutDocument) -> str | None:
    """The office named in full from its initials and its police area, for a
    pack that names it no other way: "OPCC Warwickshire" is the Police and
    Crime Commissioner for Warwickshire."""
    for block in (*doc.text_blocks(), *doc.page_furniture):
        text = clean(block.text)
        for m in (*_INITIALS_THEN_AREA.finditer(text), *_AREA_THEN_INITIALS.finditer(text)):
            words = m.group("area").split()
            # the longest run of the area's words that is itself a police area ("Warwickshire", not "... Meeting")
            spans = [words[:n] for n in range(len(words), 0, -1)] if m.re is _INITIALS_THEN_AREA \
                else [words[-n:] for n in range(len(words), 0, -1)]
            for span in spans:
                area = " ".join(span)
                force = force_of_police_area(area)
                if force is not None and force.police_area and force.police_area.lower() == area.lower():
                    return office_name(f"{_INITIALS[m.group('initials')]} for {force.police_area}")
    return None


def _letterhead_body(doc: LayoutDocument) -> str | None:
    """The public body named in the pack's opening lines, for a pack that
    names no commissioner or police authority."""
    for block in islice(doc.text_blocks(), _LETTERHEAD_BLOCKS):
        found = _PUBLIC_BODY.search(clean(block.text))
        if found and not re.search(r"\b(?:police|policing|constabulary)\b", found.group(0), re.I):
            return found.group(0)
    return None


def _office_name(m: re.Match[str]) -> str | None:
    office = m.group("office")
    raw = m.group("place") or ""
    place = _PLACE_STOP.sub("", raw).rstrip(" ,.&")
    # a place never ends on a joining word ("for Dorset and the [Chief Constable of ...]")
    place = re.sub(r"(?:(?:\s+|,\s*)(?:and|of|the|&))+$", "", place)
    stop = _PLACE_STOP.search(raw)
    if stop and _FORCE_AFTER.match(stop.group(0)):
        place = _without_own_force(place)
    if "Mayor" in office and office.endswith("the") and not force_of_police_area(place):
        return None  # a mayor named by region ("Mayor of the <region>") only where it is a police force's area
    if office.endswith(("for", "of", "the")):
        if not place:
            # "Police and Crime Commissioner for" with no place: the office alone
            return office.rsplit(" for", 1)[0] if "Commissioner" in office else None
        return f"{office} {place}"
    return office


@per_document
def meetings(doc: LayoutDocument) -> tuple[Meeting, ...]:
    """One meeting per date mentioned, titled by its best mention (the notes
    heading, which states both topic and date, before the agenda) and placed
    at the first mention of that kind and type (a pack's cover naming the
    meeting and its date, before the agenda page that also dates it)."""
    by_date: dict[date, list[Mention]] = {}
    for mention in mentions(doc):
        by_date.setdefault(mention.meeting_date, []).append(mention)
    found: list[Meeting] = []
    for meeting_date, group in by_date.items():
        # the best mention names the topic too (an agenda line can read like a notes heading)
        ranked = sorted(group, key=lambda m: (m.kind, m.topic is None, _notes_in_body_type(doc, m), m.block_index))
        best = ranked[0]
        # a report's front sheet titles one item of the agenda, not the meeting the agenda opens
        topical = [m for m in ranked if m.kind is not MentionKind.FRONT_SHEET or best.kind is MentionKind.FRONT_SHEET]
        topic = next((m.topic for m in topical if m.topic), None) or next((m.sole_item for m in group if m.sole_item), None)
        # a sentence in body type that names the notes ("Draft notes of the meeting held on <date> follow.")
        # announces them; where a heading titles them, the record starts at the heading
        first = min((m for m in group if m.kind is best.kind
                     and _notes_in_body_type(doc, m) == _notes_in_body_type(doc, best)), key=lambda m: m.block_index)
        found.append(Meeting(meeting_date, best.title, fix_case(doc, topic) if topic else None,
                             first.page, min(m.block_index for m in group)))
    return tuple(sorted(found, key=lambda m: m.first_block))


def notes_meeting_at(doc: LayoutDocument, block_index: int) -> Mention | None:
    """The meeting whose notes hold the block at ``block_index``: the last
    notes heading before it (a pack's notes run until the next heading of
    notes or of the next report, so a front sheet also ends them)."""
    current: Mention | None = None
    for mention in mentions(doc):
        if mention.block_index > block_index:
            break
        current = mention if mention.kind is MentionKind.NOTES else None
    if current is None:
        return None
    topic = current.topic or current.sole_item
    return Mention(current.kind, current.block_index, current.meeting_date, current.title,
                   fix_case(doc, topic) if topic else None, current.page)


def meeting_at(doc: LayoutDocument, index: int) -> Mention | None:
    """The meeting whose record holds the block at ``index``: the notes it
    sits in, else the meeting whose dated heading it follows, where the
    record is titled by its board and date ("<Board> – Scrutiny record –
    <date>", a letter's subject line "<Board> – <date>") rather than as notes."""
    notes = notes_meeting_at(doc, index)
    if notes is not None:
        return notes
    above = [mention for mention in mentions(doc) if mention.block_index < index]
    return above[-1] if above and above[-1].kind is MentionKind.AGENDA else None


@per_document
def mentions(doc: LayoutDocument) -> tuple[Mention, ...]:
    """Every mention of a meeting the pack holds, in reading order."""
    found: list[Mention] = []
    blocks = doc.blocks
    board = _furniture_board(doc)
    side = bilingual_side(doc)
    for index, block in enumerate(blocks):
        if isinstance(block, Table):
            mention = _front_sheet(blocks, index)
        elif is_contents_line(block.text):
            continue  # a contents line points to the notes; their heading is the mention
        else:
            mention = _notes_heading(blocks, index, board=board, side=side) or _agenda_date(blocks, index, board, side)
        if mention and found and found[-1].kind is MentionKind.NOTES and mention.kind is not MentionKind.NOTES \
                and mention.meeting_date == found[-1].meeting_date and mention.block_index - found[-1].block_index <= 2:
            continue  # the date line right under a notes heading dates those notes
        if mention:
            found.append(mention)
    undated = _furniture_dated_agenda(doc, found)
    return tuple(sorted([*found, undated], key=lambda m: m.block_index) if undated else found)


def _furniture_dated_agenda(doc: LayoutDocument, found: list[Mention]) -> Mention | None:
    """The pack's own meeting where only its running header or footer dates
    it ("Performance and Accountability Board – 18 March 2027", "... – 9 March
    2027  Page 1"): the agenda that opens the pack ahead of any notes, where
    no line of the body dates it (a body date always wins; the notes' date is
    theirs, never the agenda's)."""
    blocks = doc.blocks
    first_notes = next((m.block_index for m in found if m.kind is MentionKind.NOTES), len(blocks))
    if any(m.kind is not MentionKind.NOTES and m.block_index < first_notes for m in found):
        return None
    dated = _furniture_date(doc)
    if dated is None or any(m.meeting_date == dated[0] for m in found):
        return None  # a running line dating notes the body prints
    agenda = next((i for i, b in enumerate(blocks[:first_notes]) if isinstance(b, TextBlock) and is_agenda_heading(b)),
                  None)
    if agenda is None:
        return None
    above = [b for b in reversed(blocks[max(0, agenda - _ABOVE - 1):agenda]) if isinstance(b, TextBlock)
             and _is_title_like(b) and _MEETING_BODY.search(b.text) and not _ORGANISATION.search(clean(b.text))]
    title = in_english(clean(above[0].text), bilingual_side(doc)) if above else dated[1]
    return Mention(MentionKind.AGENDA, agenda, dated[0], title, _topic_above(blocks, agenda), blocks[agenda].prov.page)


def _furniture_date(doc: LayoutDocument) -> tuple[date, str] | None:
    """(date, board) of a running header or footer that names a board and
    dates it once; no notes' or next meeting's line."""
    side = bilingual_side(doc)
    for block in doc.page_furniture:
        text = in_english(clean(block.text), side)
        dates = find_dates(text)
        if len(dates) != 1:
            continue
        # the board's name, before or after the date, without the page number a footer adds
        board = _RUNNING_PAGE.sub("", f"{text[:dates[0].start]} | {text[dates[0].end:]}")
        board = max((part.strip() for part in re.split(r"\s[\-\u2013\u2014|]\s|\s{3,}", board)), key=len)
        if _MEETING_BODY.search(board) and not _NOTES_START.search(text) and not _NEXT.search(text):
            return dates[0].value, board
    return None


_RUNNING_PAGE = re.compile(r"\bpage\s+\d+(?:\s+of\s+\d+)?\b", re.I)


# A block that announces an agenda: "Agenda", "AGENDA ITEMS", "Items for Discussion".
_AGENDA_HEADING = re.compile(
    r"^(?:(?:meeting|public|draft|revised)\s+)?agenda(?:\s+(?:items?|and\s+papers|for\s+the\s+meeting))?$"
    r"|^(?:items?|matters)\s+(?:for|of)\s+(?:discussion|business|consideration)$|^order\s+of\s+business$")


# An agenda's heading that dates the meeting after a dash or colon: "Agenda – Tuesday 25 April 2028, 10:30, Venue".
_DATED_AGENDA = re.compile(r"^\s*(?:(?:meeting|public|draft|revised)\s+)?agenda\s*[\-\u2013\u2014:]\s*(?P<rest>.+)$", re.I)


def is_agenda_heading(block: TextBlock) -> bool:
    """A block that announces an agenda: "Agenda", "AGENDA ITEMS", "Items for Discussion", or "Agenda – <date>"."""
    return (len(block.text) <= 60 and bool(_AGENDA_HEADING.match(words(block.text)))) or _agenda_dated(block.text) is not None


def _agenda_dated(text: str) -> FoundDate | None:
    """The date an agenda's heading opens with after its label ("Agenda – Tuesday 25 April 2028, 10:30")."""
    m = _DATED_AGENDA.match(clean(text))
    return opens_with_date(m.group("rest")) if m and len(text) <= 160 else None


# The header words of an agenda table's columns, by role.
AGENDA_ROLES = {
    "number": ("item no", "item number", "no", "number", "ref", "#"),
    "presenter": ("presented by", "presenter", "presenting", "lead", "officer", "lead officer", "responsible", "by", "owner", "speaker"),
    "title": ("item", "agenda item", "title", "subject", "report", "business", "topic"),
}
# Header words of an action tracker or a scrutiny record, which are no agenda.
_NOT_AGENDA_HEADER = ("action", "actions", "status", "update", "progress", "question", "decision", "assurance",
                      "due", "due date", "rag", "response", "evidence")


# A summons letter's agenda names no presenter but the pages of each item's paper ("Item | Agenda Item | Page No."):
# its items named so, which an index of papers ("Paper | Title | Page") does not.
_PAGED_AGENDA_ROLES = {"page": ("page no", "page number", "page", "pages"), "title": ("agenda item", "item")}


def is_agenda_table(table: Table) -> bool:
    """A header row (the table's first) naming the item and who presents it,
    or the agenda item and the page of its paper, and nothing a tracker has."""
    rows = max(1, table.header_rows)
    header = (find_header(table, AGENDA_ROLES, required=("title", "presenter"), max_rows=rows)
              or find_header(table, _PAGED_AGENDA_ROLES, required=("page", "title"), max_rows=rows))
    return header is not None and not any(
        header_matches(text, _NOT_AGENDA_HEADER) for row in table.grid()[:header.row + 1] for text in row)


def _furniture_board(doc: LayoutDocument) -> str:
    """The board a running header names ("Policing Accountability Board"),
    in English where the header is bilingual; "" when it names none."""
    side = bilingual_side(doc)
    for block in doc.page_furniture:
        text = in_english(clean(block.text), side)
        if _MEETING_BODY.search(text) and not _ORGANISATION.search(text) and len(text) <= 100:
            # a footer's page number is no part of the name ("Strategic Executive Board - page 1")
            return _PAGE_AFTER_NAME.sub("", text)
    return ""


_PAGE_AFTER_NAME = re.compile(r"\s*[\-\u2013\u2014|,]?\s*\bpage\s+\d+(?:\s+of\s+\d+)?\s*$", re.I)


def _notes_in_body_type(doc: LayoutDocument, mention: Mention) -> bool:
    """Whether notes are named by a line in body type, not set as a heading:
    a paper's running header the layout kept in the body ("Board - Minutes -
    <date>" over the paper's own "MINUTES of a meeting of ... held on ...")."""
    return mention.kind is MentionKind.NOTES and not _is_title_like(doc.blocks[mention.block_index])


def _is_title_like(block: TextBlock) -> bool:
    text = block.text
    return (block.kind is BlockKind.HEADING or block.is_bold
            or (text.upper() == text and any(c.isalpha() for c in text)))


def _notes_heading(blocks, index: int, with_topic: bool = True, board: str = "",
                   side: str | None = None) -> Mention | None:
    """A notes heading, dated in itself or by a date line right below it. A
    heading that is only "Minutes" names the board of the page header
    (``board``), where a pack prints its name only there. A bilingual pack's
    items are read by their English side (``side``)."""
    block = blocks[index]
    if not isinstance(block, TextBlock) or block.kind is BlockKind.LIST_ITEM or len(block.text) > 300:
        return None
    text = clean(block.text)
    if (run_on := _run_on_line(blocks, index)) and not find_dates(text):
        joined = f"{text} {run_on}"
        text = joined if _NOTES_START.search(joined) and _MEETING_BODY.search(joined) and find_dates(joined) else text
    bare = bool(board) and _is_title_like(block) and any(
        words(in_english(text, side)) in ("minutes", "notes") for side in ("left", "right"))
    # a bilingual heading is read by the side that names the notes ("Nodiadau / Notes – <board> – <date>")
    text = next((reading for reading in (text, in_english(text, "right"), in_english(text, "left"))
                 if _names_notes(reading) and _MEETING_BODY.search(reading)), text)
    if not (bare or (_names_notes(text) and _MEETING_BODY.search(text))) or _NEXT.search(text):
        return None
    if not (_is_title_like(block) or len(text) <= 160) or _on_divider_page(blocks, index) or _standing_item(blocks, index):
        return None
    dates = find_dates(text)
    if not dates and _is_title_like(block):
        below = [m for b in blocks[index + 1:index + 3] if isinstance(b, TextBlock)
                 and (m := _DATE_BELOW.match(clean(b.text)))]
        dates = [d for m in below for d in find_dates(m.group("rest"))][:1]
        # or the meeting's particulars line right under it ("Wednesday 24 November 2027, 10.00am, <venue>")
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        particulars = opens_with_date(clean(following.text)) if isinstance(following, TextBlock) else None
        dates = dates or ([particulars] if particulars else [])
    if not dates:
        return None
    if bare:
        text = board
    elif _UNNAMED_NOTES.match(text):
        text = _board_above(blocks, index) or text
    # a "Theme:" line under the heading outranks words after the board's name, which may be the name's own
    # ("Online Public Meeting – Policing, <date>: record of the meeting" over "Theme: Neighbourhood policing")
    topic = (_topic_in_brackets(text) or _topic_nearby(blocks, index) or _topic_in_title(text)
             or _spoken_theme(blocks, index) or _letter_subject(blocks, index)) if with_topic else None
    sole_item = _sole_item(blocks, index, side) if with_topic else None
    return Mention(MentionKind.NOTES, index, dates[0].value, text, topic, block.prov.page, sole_item)


def subject_labels(*parts: str) -> str:
    """The labels of ``parts`` of meetings.json subject_labels ("subject", "reference", "title", "bare_title") as
    regular-expression alternatives, any spaces between their words ("report\\s+title")."""
    labels = load_vocab("meetings.json")["subject_labels"]
    return "|".join(label.replace(" ", r"\s+") for part in parts for label in labels[part])


# A letter's subject line: "Re: <subject>", "Subject: <subject>"; the matter a letter answers ("Re:") is what the
# meeting it records looked at, though no title of the letter (extractors/document.py).
_SUBJECT_LINE = re.compile(rf"^\s*(?:{subject_labels('reference', 'subject')})\s*:\s*(?P<subject>\S.{{2,80}})$", re.I)


def _letter_subject(blocks, index: int) -> str | None:
    """The subject a letter's line right above its heading at ``index``
    states ("Re: <subject>"): what the meeting the letter records looked at."""
    above = next((b for b in reversed(blocks[max(0, index - 2):index]) if isinstance(b, TextBlock)), None)
    m = _SUBJECT_LINE.match(clean(above.text)) if above is not None else None
    return m.group("subject").strip().rstrip(".") if m else None


# The label of a paper in the pack, before the title of what it holds: "Paper A: notes of the Board held on ...".
_PAPER_LABEL = re.compile(r"^\s*(?:paper|appendix|annex|enclosure)\s+[A-Z0-9]{1,3}\s*[:\-\u2013\u2014]\s*", re.I)


def _names_notes(text: str) -> bool:
    """Whether a title names the notes of a meeting, after any paper label it opens with."""
    return bool(_NOTES_START.search(text) or _NOTES_START.search(_PAPER_LABEL.sub("", text, count=1)))


def _standing_item(blocks, index: int) -> bool:
    """Whether the heading at ``index`` is a standing item of the notes it
    sits under ("Notes of the meeting on <date> and action log", a sub-heading
    of the notes' own heading): the notes approved there are no meeting of
    this pack's."""
    block = blocks[index]
    if block.kind is not BlockKind.HEADING and index > 0 and _is_bare_item(blocks[index - 1]):
        block, index = blocks[index - 1], index - 1  # the title under an item heading that only numbers it
        title = clean(blocks[index + 1].text)
    else:
        title = clean(block.text)
    if block.kind is not BlockKind.HEADING or not is_standing_business(title):
        return False
    for above in range(index - 1, -1, -1):
        parent = blocks[above]
        if isinstance(parent, TextBlock) and parent.kind is BlockKind.HEADING and parent.level < block.level:
            return _notes_heading(blocks, above, with_topic=False) is not None
    return False


# An item heading that only numbers the item, its title on the next line: "Ref 02/21/06/2027", "Item 4", "4.".
_BARE_ITEM = re.compile(r"^\s*(?:(?:agenda\s+)?item|ref(?:erence)?|minute|min)?\.?\s*\d{1,4}(?:[/.]\d{1,4})*[a-z]?"
                        r"\s*[.:]?\s*$", re.I)


def _is_bare_item(block: Block) -> bool:
    return isinstance(block, TextBlock) and block.kind is BlockKind.HEADING and bool(_BARE_ITEM.match(clean(block.text)))


def _run_on_line(blocks, index: int) -> str | None:
    """The second line of a heading printed over two lines that the reader
    took as two headings: the next block, a heading of the same level and
    style on the same page, unnumbered."""
    block, following = blocks[index], blocks[index + 1] if index + 1 < len(blocks) else None
    if not isinstance(following, TextBlock) or block.kind is not BlockKind.HEADING \
            or following.kind is not BlockKind.HEADING or following.marker or leading_number(following)[0]:
        return None
    same = (following.level, following.prov.page, following.style) == (block.level, block.prov.page, block.style)
    return clean(following.text) if same else None


# The label of a bundle's divider page: "Agenda item 2", "Item 3a".
_DIVIDER_LABEL = re.compile(r"^\s*(?:agenda\s+)?item\s+\d{1,3}[a-z]?\s*$", re.I)


def _on_divider_page(blocks, index: int) -> bool:
    """Whether the block at ``index`` titles a bundle's divider page: a page
    holding only "Agenda item N" and the agenda's title of the paper behind
    it, so the paper's own heading on the next page is the mention."""
    page = blocks[index].prov.page
    if page is None:
        return False
    on_page = [block for block in blocks if block.prov.page == page]
    return (len(on_page) == 2 and all(isinstance(block, TextBlock) for block in on_page)
            and any(_DIVIDER_LABEL.match(clean(block.text)) for block in on_page))


def _sole_item(blocks, index: int, side: str | None = None) -> str | None:
    """The title of the one scrutiny item the notes at ``index`` hold
    ("Item 3 - Missing people"), by its English side in a bilingual pack
    (``side``): notes of a single scrutiny item are about it. Items are the
    outermost numbered item headings under the notes heading; standing
    business (apologies, minutes, any other business) is no scrutiny item,
    and the questions numbered under an item are no items. The notes end at
    a heading as prominent as their own or the next notes; under an
    unnumbered notes heading, a numbered item heading set as high as it is
    one of their items ("4. Retail crime" under "Minutes of the ... held
    on ...", both bold 12.5 pt) where they number none lower."""
    notes = blocks[index]
    notes_level = notes.level if notes.kind is BlockKind.HEADING else None
    notes_numbered = leading_number(notes)[0] is not None
    headed: list[tuple[int, str]] = []
    unnumbered: list[tuple[int, str]] = []
    listed: list[str] = []
    labelled_lines: list[str] = []  # "Item 5: Fleet" on a plain line: no heading, so none ends the notes
    plain: list[_PlainLine] = []
    for offset, block in enumerate(blocks[index + 1:], start=index + 1):
        if isinstance(block, Table):  # minutes set out as a table: each row's item heading (tables.minute_rows)
            headed += [(row.notes[0].level, clean(row.notes[0].text)) for row in minute_rows(block)
                       if row.notes and row.notes[0].kind is BlockKind.HEADING]
            # minutes hung from their numbers: each minute's title run in bold after its number
            headed += [((notes_level or 0) + 1, item_number(part)[1]) for minute in hung_minutes(block) or ()
                       for part in _titled_minute(minute) if part.kind is BlockKind.HEADING]
            continue
        if opened := run_in_item(block):
            # "**Item 3: Youth violence.** The ... presented": an item heading a level under the notes'
            number, title = item_number(opened)
            if number and _is_item_title(opened, title):
                headed.append(((notes_level or 0) + 1, title.rstrip(". ")))
            continue
        if block.kind is BlockKind.PARAGRAPH and (labelled := ITEM_LINE.match(clean(block.text))) \
                and _is_item_title(block, labelled.group("title")) and not labelled.group("title").endswith("."):
            # an item's label and title on a plain line of their own ("Item 5: Fleet"), no sentence
            labelled_lines.append(labelled.group("title"))
            continue
        if block.kind is BlockKind.HEADING and leading_number(block)[0] is None and run_in_item_above(blocks, offset):
            continue  # part of the item run in above it
        number, title = item_number(block)
        title = in_english(title, side)
        if block.kind is BlockKind.HEADING and not number and title.rstrip().endswith(":"):
            continue  # a bold label over the lines below it ("Assurance statement:") heads no part
        # an item heading beside the notes heading, where the notes number no items below it (the papers behind
        # notes of sub-headed items, "Item 4: ...", are the pack's next part)
        sibling_item = (number is not None and not notes_numbered and block.level == notes_level
                        and all(level == notes_level for level, _ in headed) and _is_item_title(block, title))
        if block.kind is BlockKind.HEADING and (
                (notes_level is not None and block.level <= notes_level and not sibling_item)
                or _notes_heading(blocks, offset, with_topic=False)):
            break
        if block.kind is BlockKind.HEADING and not number and not is_aside(title):
            if headed and block.level <= min(level for level, _ in headed):
                break  # a heading beside the notes' numbered items, unnumbered: the pack's next part
            if _is_item_title(block, title):
                unnumbered.append((block.level, clean(title)))
        if _is_plain_numbered(block, number):
            plain.append(_PlainLine(offset, number, title.strip(), _is_plain_item_title(block, title)))
        if not number or not _is_item_title(block, title):
            continue
        if block.kind is BlockKind.HEADING:
            headed.append((block.level, title))
        elif block.kind is BlockKind.LIST_ITEM and block.level == 0 and block.is_bold:
            listed.append(title)  # a bold numbered line the PDF backend reads as a list item
    # item headings read as list items count only where the notes number no headings, then labelled item
    # lines; the notes' unnumbered sub-headings only where they number nothing; plain numbered lines only where
    # no bold line titles a scrutiny item
    headed = headed or ([] if listed or labelled_lines else unnumbered)
    titles = [title for level, title in headed if level == min(level for level, _ in headed)] if headed \
        else listed or labelled_lines
    scrutiny = [title for title in titles if not is_standing_business(title)] \
        or [title for title in _plain_item_titles(plain) if not is_standing_business(title)]
    return scrutiny[0].strip(" :-\u2013") or None if len(scrutiny) == 1 else None


def _year_span(longest: int = 4) -> str:
    """A span of years as titles print it: a four-digit year and a later one
    up to ``longest`` years on, by its last two digits or in full ("2021/22",
    "2023/25", "2024/2025"), the end of the number."""
    ends = "|".join(f"{start:02d}/{(start + years) % 100:02d}"
                    for start in range(100) for years in range(1, longest + 1))
    return rf"(?:19|20)(?:{ends}|\d\d/(?:19|20)\d\d)(?![/\d])"


# A minute's own number before an item's title, the year and the minute's place in it, maybe labelled (by the
# board's initials too) and of several parts: "26/63 Rural crime", "8/27 Retail crime", "SAB 28/13 Anti-social
# behaviour", "HTA28/03 Rural crime", "Ref 03/27/10/2026 – Stop and search". Unlabelled, a span of years is no
# minute's number but part of the title ("PEEL 2021/22 inspection findings", "2025/26 Budget").
MINUTE_REFERENCE = re.compile(rf"^\s*(?:(?:ref(?:erence)?|minute|min)\.?\s*|(?:(?-i:[A-Z]{{2,6}})\s?)?"
                              rf"(?!{_year_span()}))\d{{1,4}}(?:/\d{{1,4}})+\.?(?:\s*[\u2013\u2014-])?\s+(?=\S)", re.I)


# A paragraph's own number among minutes numbered in decimals: "12.1 How many ...", "45.3 The Commissioner ...".
MINUTED_NUMBER = re.compile(r"^\s*(?P<number>\d{1,3}\.\d{1,2})\s+(?=[A-Z])")
# The most words of a title run in bold at the head of a minute ("RSB 26/12 **Burglary.** The ...").
_RUN_IN_TITLE_WORDS = 6


def minute_paragraphs(doc: LayoutDocument) -> LayoutDocument:
    """``doc`` with minutes hung from their numbers, which a PDF's reader
    takes for a two-column table with no header (a number cell "RSB 26/12"
    or "12.1" beside each minute's text), as the paragraphs they stand for,
    the number opening each; and a minute opening with a title run in bold
    after its number ("RSB 26/12 **Burglary.** The report was ...") as the
    item's heading ("RSB 26/12 Burglary") over the rest."""
    blocks: list[Block] = []
    for block in doc.blocks:
        blocks += hung_minutes(block) or (block,)
    out = [part for block in blocks for part in _titled_minute(block)]
    return doc if len(out) == len(doc.blocks) else replace(doc, blocks=tuple(out))


def hung_minutes(block: Block) -> list[TextBlock] | None:
    """The paragraphs of a two-column table of minutes hung from their
    numbers (``minute_paragraphs``), each row's number before its first
    paragraph; None unless every row's number and text read so, and for a
    table whose header names its columns (tables.minute_rows reads it)."""
    if not isinstance(block, Table) or block.n_cols != 2 or block.n_rows < 2 or minute_rows(block):
        return None
    out: list[TextBlock] = []
    for row in range(block.n_rows):
        cells = block.row_cells(row)
        numbered, text = ([b for b in cell.blocks if b.text.strip()] for cell in cells) if len(cells) == 2 else ([], [])
        if len(numbered) != 1 or not text:
            return None
        number = clean(numbered[0].text)
        opened = MINUTE_REFERENCE.match(f"{number} {clean(text[0].text)}") \
            or MINUTED_NUMBER.match(f"{number} {clean(text[0].text)}")
        if opened is None or opened.end() != len(number) + 1:  # the number cell holds the number alone
            return None
        first = replace(text[0], spans=(Span(f"{number} ", numbered[0].spans[0].style), *text[0].spans))
        out += [first, *text[1:]]
    return out


def _titled_minute(block: Block) -> tuple[Block, ...]:
    """A minute opening with its number and a title run in bold (``minute_paragraphs``)
    as its heading and the rest; any other block as it is."""
    if not isinstance(block, TextBlock) or block.kind is not BlockKind.PARAGRAPH:
        return (block,)
    text = clean(block.text)
    number = MINUTE_REFERENCE.match(text)
    spans = list(block.spans)
    # the number's span, then the title's bold spans
    at = next((i for i, span in enumerate(spans) if span.style.bold and span.text.strip()), None)
    if number is None or at is None or clean("".join(s.text for s in spans[:at])) != text[:number.end()].strip():
        return (block,)
    title = list(takewhile(lambda span: span.style.bold or not span.text.strip(), spans[at:]))
    said = clean("".join(span.text for span in title))
    rest = spans[at + len(title):]
    if len(said.split()) > _RUN_IN_TITLE_WORDS or (rest and not said.endswith(".")) or not said.rstrip(".").strip():
        return (block,)
    titled = TextBlock(BlockKind.HEADING, (Span(f"{text[:number.end()].strip()} {said.rstrip('.')}",
                                                title[0].style),), block.prov, level=3)
    return (titled, replace(block, spans=tuple(rest))) if clean("".join(s.text for s in rest)) else (titled,)


# An item under a plain labelled number: "Minute 2 – Anti-social behaviour", "Min. 3: Road safety",
# "Agenda item 3: Road safety".
_ITEM_LABEL = re.compile(r"^\s*(?:min(?:ute)?\.?|agenda\s+item)\s*(?P<number>\d{1,3}[a-z]?)\s*[.:\u2013\u2014-]?\s+(?=\S)",
                         re.I)


# An item's title on a line of its own after its label: "Item 3: Road safety", "Agenda item 3: Road safety"; read on
# clean() text, where an en or em dash is "-" ("Item 3 – Road safety").
ITEM_LINE = re.compile(r"^(?:agenda\s+)?item\s+\d{1,3}[a-z]?\s*[:.\-]\s*(?P<title>\S.*)$", re.I)


def run_in_item(block: Block) -> TextBlock | None:
    """The item a paragraph opens with its title run in, in bold ("**Item 3:
    Youth violence.** The Chief Superintendent presented ..."), as a heading
    of its own; None for any other block."""
    if not isinstance(block, TextBlock) or block.kind is not BlockKind.PARAGRAPH:
        return None
    bold = "".join(span.text for span in block.spans[:next((i for i, span in enumerate(block.spans)
                                                             if not span.style.bold), len(block.spans))])
    title = clean(bold)
    if not title or title == clean(block.text) or not ITEM_LINE.match(title):
        return None
    return TextBlock(BlockKind.HEADING, (Span(title, block.spans[0].style),), block.prov)


def run_in_item_above(blocks: Sequence[Block], index: int) -> TextBlock | None:
    """The item an unnumbered heading at ``index`` is part of: the item the
    paragraph straight above it, a table between them or not, opens with
    its title run in ("**Item 3: Youth violence.** ..." over a "Scorecard"
    heading); None where that block runs in no item."""
    above = next((blocks[at] for at in range(index - 1, -1, -1) if not isinstance(blocks[at], Table)), None)
    return run_in_item(above) if above is not None else None


def item_number(block: TextBlock) -> tuple[str | None, str]:
    """(number, title) of an item heading: ``leading_number``'s, or the
    minute's number of notes that number their items as minutes ("26/63
    Rural and wildlife crime", the reference whole), or the number after an
    item's label ("Minute 2 – Road safety", "Agenda item 3: Road safety")."""
    minuted = MINUTE_REFERENCE.match(clean(block.text))
    if minuted:
        return minuted.group(0).strip(), clean(block.text)[minuted.end():]
    labelled = _ITEM_LABEL.match(clean(block.text))
    if labelled:
        return labelled.group("number"), clean(block.text)[labelled.end():]
    return leading_number(block)


# Standing business of a meeting, no scrutiny item: "Apologies", "Minutes of the
# previous meeting and action log" (or its "Record", or the log's "Outstanding references": status.json key_wording
# log_parts), "Any other business", "Date of next meeting".
_LOG_PARTS = "|".join(load_vocab("status.json")["key_wording"]["log_parts"])
_STANDING = (r"welcome|introductions?|attendance|apologies(?:\s+for\s+absence)?|declarations?(?:\s+of\s+interests?)?|"
             r"chair'?s\s+announcements|(?:(?:approval|confirmation)\s+of\s+(?:the\s+)?)?(?:draft\s+)?(?:(?:summary|brief|short)\s+)?"
             r"(?:minutes|notes?|record)|"
             rf"(?:actions?(?:\s+(?:list|sheet))?|(?:public\s+)?(?:{_LOG_PARTS}))(?:\s+review)?|matters\s+arising|"
             r"any\s+other\s+business|aob|urgent\s+business|date\s+of\s+(?:the\s+)?next\s+meeting|"
             r"public\s+questions|questions\s+from\s+(?:members\s+of\s+)?(?:the\s+)?public|"
             r"forward\s+(?:plan|work\s+programme)|work\s+programme|exclusion\s+of\s+(?:the\s+)?press\s+and\s+public|"
             r"close(?:\s+of\s+(?:the\s+)?meeting)?")
_STANDING_BUSINESS = re.compile(rf"(?:{_STANDING})(?:\s*(?:,|&|/|\band\b)\s*(?:{_STANDING}))*")
_OF_A_MEETING = re.compile(r"\b(?:of|from|for)\s+(?:the\s+)?(?:(?:previous|last)\s+)?"
                           r"(?:meeting|conference|session|board|panel|committee)(?:\s+held)?(?:\s+on)?\b")


_RUN_IN_MINUTE = re.compile(r":|\s[\-\u2013\u2014]\s|\.\s")
_JOINED_ITEM_NUMBER = re.compile(r"(?<=\s)\d{1,3}[a-z]?\.\s+")


def is_standing_business(title: str) -> bool:
    """Whether an item's title is standing business every meeting minutes
    (welcome, apologies, minutes, action log, any other business, ...): no
    scrutiny item, so notes of one such item and these are about that one."""
    return bool(_STANDING_BUSINESS.fullmatch(_business_words(title)))


def _business_words(title: str) -> str:
    """An item's title in lower case without the meeting it refers to
    ("of the previous meeting", "held on <date>") or what follows a colon,
    a spaced dash or a full stop (the minute run in after the title: "Any
    other business – None."), items taken together read without their
    numbers ("Apologies and 2. Notes and action tracker")."""
    text = without_dates(_RUN_IN_MINUTE.split(_JOINED_ITEM_NUMBER.sub("", clean(title).lower()))[0])
    return re.sub(r"\s+", " ", _OF_A_MEETING.sub("", text)).strip(" .-\u2013")


def presenter_line(text: str) -> str | None:
    """Who presents, where ``text`` is a line naming only them ("Presented by the Chief Constable",
    "Lead officer: Head of Crime"); None for any other line."""
    m = _PRESENTER_LINE.match(text)
    return m.group("presenter").strip(" .") if m and looks_like_presenter(m.group("presenter")) else None


def looks_like_presenter(text: str) -> bool:
    """A short phrase naming who presents: a role or office ("Head of
    Governance", "ACC Crime", "PCC/CC", "All"), or a named person with a form
    of address; no figures or dates."""
    text = clean(text).strip(" .")
    if not text or len(text) > 80 or any(c in text for c in "0123456789()?") or len(text.split()) > 9:
        return False
    tokens = [w for w in re.split(r"[\s,/&]+", text) if w]
    if not tokens or tokens[-1].lower() in _PAPER_WORDS:
        return False  # "OPCC report", "Chief Constable's update": the paper, not who presents it
    capitalised = [w for w in tokens if w[0].isupper()]
    titled = len(capitalised) * 2 >= len([w for w in tokens if w.lower() not in _SMALL_WORDS])
    return titled and any(w.lower().replace("\u2019", "'") in _ROLE_WORDS for w in tokens)


_PAPER_WORDS = frozenset({"report", "paper", "presentation", "update", "briefing", "submission"})

# Who gave an answer, before its label ("Chief Constable's response").
ANSWER_GIVER = r"[\w\s.]{1,40}['\u2019]s\s+"
# A line naming the answer below it, set apart with no colon ("Chief Constable's response", "Force response",
# "Response from the force").
ANSWER_LABEL = re.compile(rf"^(?:{ANSWER_GIVER}|force\s+)?(?:response|answer|reply)"
                          rf"(?:\s+(?:from|of|by)\s+(?:the\s+)?[\w\s.'\u2019]{{1,40}})?$", re.I)


def is_aside(text: str) -> bool:
    """A line of a minuted item that titles nothing, though a layout may read
    it, bold, as a heading: who presents the item ("Presented by: Head of
    Crime") or the label of the answer below it ("Chief Constable's response")."""
    text = clean(text)
    return presenter_line(text) is not None or bool(ANSWER_LABEL.match(text))


# A minute's paragraph number: "5.3" (item 5's third paragraph); "2.0" numbers an item.
PARAGRAPH_NUMBER = re.compile(r"\s*\d{1,3}\.(?!0+\b)\d{1,3}\b")


def _is_item_title(block: TextBlock, title: str) -> bool:
    """A numbered line that titles an item: short, no question, no "Question N"
    label, and no minute's paragraph number ("5.3 Level of assurance: ...",
    a paragraph of item 5, though printed bold)."""
    numbered = clean(block.marker or block.text)
    return (not re.match(r"\s*q(?:uestion)?\s*\d", numbered, re.I) and not PARAGRAPH_NUMBER.match(numbered)
            and not title.rstrip().endswith("?") and len(title.split()) <= 15)


def _is_plain_numbered(block: Block, number: str | None) -> bool:
    """A top-level line numbered (``number``, its ``item_number``) by its list
    marker or a typed "3." and not bold: an item's title where notes print
    their items in plain type, or a numbered paragraph."""
    return (isinstance(block, TextBlock) and block.kind in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH)
            and block.level == 0 and not block.is_bold and number is not None and number.isdigit()
            and not clean(block.marker or block.text)[:1].isalpha())  # a labelled "Q1", "Minute 2": no item line


@dataclass(frozen=True, slots=True)
class _PlainLine:
    """A plain numbered line under notes: where it stands, its number and
    title, and whether the title reads as one (not a sentence)."""
    offset: int
    number: str
    title: str
    titled: bool


def _is_plain_item_title(block: TextBlock, title: str) -> bool:
    """A plain numbered line that reads as a title ("3. Rural crime"), not
    a sentence of numbered minutes ("3. The minutes were agreed.")."""
    return _is_item_title(block, title) and len(title.split()) <= 10 and not re.search(r"[.!?;:,]$", title.strip())


def _plain_item_titles(plain: list[_PlainLine]) -> list[str]:
    """The titles of notes' items printed as plain numbered lines, each with
    its minute below it before the next: the notes' item numbering, so two
    lines or more numbered one after another, one of them standing business
    (apologies, minutes, any other business). None where any numbered line is
    a sentence (the notes number paragraphs), two follow each other (a
    numbered list of actions or points, not items), or a single numbered
    point stands in the discussion."""
    numbers = [int(line.number) for line in plain]
    if len(plain) < 2 or not all(line.titled for line in plain) \
            or any(b.offset - a.offset == 1 for a, b in zip(plain, plain[1:])) \
            or any(b - a != 1 for a, b in zip(numbers, numbers[1:])) \
            or not any(is_standing_business(line.title) for line in plain):
        return []
    return [line.title for line in plain]


def _board_above(blocks, index: int) -> str | None:
    """The board's heading just above notes that name only "the meeting"."""
    for block in reversed(blocks[max(0, index - 2):index]):
        if not isinstance(block, TextBlock):
            continue  # a table above the notes names no board
        text = clean(block.text)
        # an office's letterhead names no board, unless the office is a police committee holding the meeting
        is_office = bool(_ORGANISATION.search(text)) and not re.fullmatch(_AUTHORITY, text)
        if _is_title_like(block) and _MEETING_BODY.search(block.text) \
                and not is_office and not _NOTES_START.search(text):
            return clean(block.text)
    return None


# The topic between a board's colon and the notes after a dash: "<Board>: <Topic> – note of the meeting held on ...".
_TOPIC_BEFORE_NOTES = re.compile(rf"^[^:\-\u2013\u2014|]+:\s*(?P<topic>[^:\-\u2013\u2014|]+?)\s*[\-\u2013\u2014|]\s*{_RECORD}",
                                 re.I)


def _topic_in_brackets(text: str) -> str | None:
    """The topic a heading carries in parentheses ("... MEETING (TOPIC) - DATE");
    one short word in capitals is an acronym ("(PAB)") where the heading
    around it is not in capitals too, or where it is the initials of the
    heading's words or the notes' state ("(DRAFT)")."""
    outside = _PAREN.sub("", text)
    initials = "".join(word[0] for word in re.findall(r"[A-Za-z]+", outside)).upper()
    for m in _PAREN.finditer(text):
        inner = m.group(1).strip()
        one_capital_word = len(inner.split()) == 1 and inner.isupper() and len(inner) <= 6
        # in capitals, "(PAB)" after "POLICE ACCOUNTABILITY BOARD" is still the board's initials and "(DRAFT)"
        # the notes' state; a short word of neither ("(FRAUD)") is the topic
        is_acronym = one_capital_word and (outside.upper() != outside or (len(inner) > 1 and inner in initials)
                                           or re.fullmatch(_DRAFT, inner.lower() + " ") is not None)
        if not is_acronym and not find_dates(inner):
            return topic_label(inner) or inner  # "(Theme: Knife crime)": the topic without its label
    return None


def _topic_in_title(text: str) -> str | None:
    """The topic a heading carries in parentheses, or between the word
    "meeting" and the date after a dash or colon."""
    if topic := _topic_in_brackets(text):
        return topic
    m = re.search(rf"\b{_BODY}\b\s*[:\-\u2013]\s*(?P<topic>.+?)\s*[:\-\u2013,]\s*(?:held\s+on\s+)?(?:\w+day\s+)?\d", text, re.I) \
        or _TOPIC_BEFORE_NOTES.match(text)
    # the words between the board and the date may name the record, not its topic ("- DECISION RECORD -")
    if m and not find_dates(m.group("topic")) and not re.match(_RECORD, m.group("topic"), re.I):
        return m.group("topic").strip()
    return None


_TITLE_PARTS = frozenset(load_vocab("meetings.json")["title_parts"]["words"])


def names_own_record(title: str) -> bool:
    """Whether a dated title heads a meeting's own record: it names the
    record ("Decision record", "Minutes") or sets words between the board
    and the date ("<Board> Meeting – <Topic> – <date>", and so "– Part 2 –",
    "– Via Teams –", "– Tuesday –", which name no topic), where a paper's
    title dated for a board names only the board and the date."""
    return bool(NAMES_MEETING_RECORD.search(title) or _topic_in_title(title))


def topic_between_dashes(text: str) -> str | None:
    """The topic a dated title heading sets between dashes, after the
    meeting and before its date ("<Board> Meeting – <Topic> – <date>"): not
    a part of the meeting or its papers, its mode or marking ("– Agenda –",
    "– Public Session –", "– Via Teams –", "– Draft –"), a weekday, a time
    or a venue ("– 10.00am –", "– Town Hall, Northam –")."""
    topic = _topic_in_title(text)
    if not topic or re.search(r"[\d,]", topic) or _TITLE_PARTS & set(words(topic).split()):
        return None
    return topic


def _topic_nearby(blocks, index: int, window: int = 6) -> str | None:
    """A "Topic: ..." line or an undated front sheet's topic in the few
    blocks after ``index``, up to the next notes heading (the topic below it
    is that meeting's) or the agenda (a topic after it is one item's, but for
    a theme line right under the agenda's heading, before its first item). A
    dated front sheet is a mention of its own, of one item's report."""
    for offset, block in enumerate(blocks[index + 1:index + 1 + window], start=index + 1):
        if isinstance(block, TextBlock) and _notes_heading(blocks, offset, with_topic=False):
            return None
        if isinstance(block, TextBlock) and words(block.text) == "agenda":
            theme = blocks[offset + 1] if offset + 1 < len(blocks) else None
            return topic_label(clean(theme.text)) if isinstance(theme, TextBlock) else None
        if isinstance(block, Table):
            meeting_date, topic = _front_sheet_fields(block)
            if topic and meeting_date is None:
                return topic
            continue
        topic = topic_label(clean(block.text)) or _topic_under_label(blocks, offset)
        if topic:
            return None if _another_theme(blocks, offset) else topic
    return None


_BARE_TOPIC_LABEL = re.compile(rf"^\s*{_TOPIC_LABEL}\s*:\s*$", re.I)
_TOPIC_WORDS = 12  # the longest line read as the topic under its label


def _topic_under_label(blocks, index: int) -> str | None:
    """The topic on the line under a label that stands alone ("Theme:" over
    "Tackling rural crime", as a text box sets them): a short line that is
    no label or question of its own."""
    label, below = blocks[index], blocks[index + 1] if index + 1 < len(blocks) else None
    if not isinstance(below, TextBlock) or not _BARE_TOPIC_LABEL.match(clean(label.text)):
        return None
    text = clean(below.text)
    return text if 0 < len(text.split()) <= _TOPIC_WORDS and not re.search(r"[:?]", text) \
        and words(text) != "agenda" else None


# A theme stated in speech, as a transcript records it: "The theme today is anti-social behaviour."
_SPOKEN_THEME = re.compile(r"\b(?:the|our)\s+(?:theme|topic|focus)\s+(?:(?:of\s+)?(?:today|today['\u2019]s\s+meeting|"
                           r"this\s+meeting)\s+)?is\s+(?P<topic>[^.;:!?]{3,80})[.;:!?]", re.I)
_SPOKEN_WINDOW = 3  # the opening paragraphs of a transcript, where the chair states the theme


def _spoken_theme(blocks, index: int) -> str | None:
    """The theme the chair states in one of the first paragraphs of the
    notes at ``index``, with a capital first letter."""
    for block in blocks[index + 1:index + 1 + _SPOKEN_WINDOW]:
        if not isinstance(block, TextBlock) or block.kind is BlockKind.HEADING:
            return None
        m = _SPOKEN_THEME.search(clean(block.text))
        if m:
            topic = m.group("topic").strip()
            return topic[:1].upper() + topic[1:]
    return None


_ABOVE = 3  # the lines between a front sheet's title and its date line or particulars


def _topic_above(blocks, index: int) -> str | None:
    """A topic line set between the meeting's title and its date line or
    table of particulars ("Focus: ..." over "Date: ..."), up to the title."""
    for block in reversed(blocks[max(0, index - _ABOVE):index]):
        if not isinstance(block, TextBlock):
            return None
        topic = topic_label(clean(block.text))
        if topic or block.kind is BlockKind.HEADING:
            return topic
    return None


def _another_theme(blocks, index: int) -> bool:
    """Whether a second "Theme: ..." heading follows the heading at ``index``
    within the same part of the notes (up to a heading as prominent as the
    notes' own): themes that head parts of the notes are no theme of the whole."""
    first = blocks[index]
    if not isinstance(first, TextBlock) or first.kind is not BlockKind.HEADING:
        return False
    for block in blocks[index + 1:]:
        if not isinstance(block, TextBlock) or block.kind is not BlockKind.HEADING:
            continue
        if topic_label(clean(block.text)):
            return True
        if block.level < first.level:
            return False
    return False


# A line whose label and text are each printed in both languages: "Dyddiad / Date: <Welsh> / <English>".
_BILINGUAL_LABELLED = re.compile(r"^(?P<label>[^:/]{2,30}/[^:/]{2,30}):\s*(?P<rest>\S.*)$")


def _english_labelled(text: str, side: str | None) -> str:
    """A bilingual line's English side; where its label and its text are each
    bilingual, the English label and the English text ("Date: Tuesday 8
    December 2026")."""
    labelled = _BILINGUAL_LABELLED.match(text) if side else None
    if labelled is None:
        return in_english(text, side)
    return f"{in_english(labelled.group('label'), side)}: {in_english(labelled.group('rest'), side)}"


_LETTER_OPENING = 3  # the blocks between a letter's "Dear ..." and its notice of meeting: a subject line


def _in_letter(blocks, index: int) -> bool:
    """Whether the block at ``index`` opens a letter's body: a salutation
    ("Dear Colleague,") among the few blocks above it."""
    return any(isinstance(b, TextBlock) and _SALUTATION.match(clean(b.text))
               for b in blocks[max(0, index - _LETTER_OPENING):index])


# The lines that open a letter under its date: the addressee ("To: Members of the ... Board") or the salutation.
_ADDRESSEE = re.compile(r"^to\s*:", re.I)


def _letter_follows(blocks, index: int) -> bool:
    """Whether a letter opens right under the block at ``index`` (its
    addressee or its "Dear ..." within a few blocks): the date above is the
    letter's own, not its meeting's."""
    return any(isinstance(b, TextBlock) and (_SALUTATION.match(text := clean(b.text)) or _ADDRESSEE.match(text))
               for b in blocks[index + 1:index + 1 + _LETTER_OPENING])


def _date_line_text(text: str, side: str | None) -> str:
    """A line as a date line is read: cleaned, a month named in both languages
    by its English name, a bilingual line by its English side where that
    holds the date."""
    text = english_months(clean(text))
    english = _english_labelled(text, side)
    return english if find_dates(english) else text


def _agenda_date(blocks, index: int, board: str = "", side: str | None = None) -> Mention | None:
    """The date line of a meeting's opening block: "Date: ..." or a line that
    starts with the date ("Tuesday 11th February 2025, 10:00, Venue"),
    titled by the "... Meeting" or "... Board" heading just above it. With
    no such heading (the name only in a page's header band, which the
    layout keeps as page furniture) an agenda right below still makes it a
    meeting, titled by the board the header names (``board``). A bilingual
    pack's lines are read by their English side (``side``) where it holds
    the date: "Dydd Mawrth 1 Rhagfyr 2026 / Tuesday 1 December 2026, 10:00"
    starts with its date, "Date / Dyddiad: <date>" is read whole."""
    block = blocks[index]
    text = _date_line_text(block.text, side)
    notice = _NOTICE.search(text)
    # "the next meeting ... will be held on" in a covering letter is the meeting the letter sends papers for
    next_meeting = _NEXT.search(text) and not (notice and _in_letter(blocks, index))
    if next_meeting or len(text) > 300 or block.kind is BlockKind.LIST_ITEM:
        return None
    m = _DATE_LINE.match(text)
    if m and len(text) > 120 and not opens_with_date(m.group("rest")):
        m = None  # a long line that opens "Date" is a sentence, unless the date follows at once (then time, venue)
    m = m or _labelled_date_line(block.text, side)
    dated_title = _dated_title(block)
    if dated_title:
        return Mention(MentionKind.AGENDA, index, dated_title.value, text,
                       _topic_nearby(blocks, index) or topic_between_dashes(text), block.prov.page)
    dated_agenda = _agenda_dated(text)
    if m:
        dates = find_dates(m.group("rest"))
    elif dated_agenda:
        dates = [dated_agenda]
    elif notice:
        dates = [d for d in [opens_with_date(notice.group("rest"))] if d]
    else:
        dates = [d for d in find_dates(text)[:1] if (d.start == 0 or _names_office(text[:d.start])
                                                       or _MEETING_ON.fullmatch(text[:d.start]))
                 and len(text) <= 160]
    if not dates or (not notice and _letter_follows(blocks, index)):
        return None  # no date, or a letter's own date above its "To: ..." and "Dear ..."
    titles_above = [b for b in reversed(blocks[max(0, index - 4):index])
                    if isinstance(b, TextBlock) and len(b.text) < 160 and _is_title_like(b)]
    above = [b for b in titles_above if not _DATE_LINE.match(b.text) and not _PAPERS_LINE.match(words(b.text))]
    if any(_NEXT.search(b.text) for b in [*titles_above[:1], *above[:1]]):
        return None  # "Date of next meeting" (a date line of its own, an agenda item) over the date
    named = [b for b in above if _MEETING_BODY.search(b.text) and words(b.text) not in _LABELS]
    # an "Agenda" heading, or an agenda table under the meeting's particulars (a challenge's front sheet: title,
    # date line, "Chair:" and "Theme:" lines, then a table of Item | Subject | Presenter)
    agenda_follows = dated_agenda is not None or any((isinstance(b, TextBlock) and words(b.text) == "agenda")
                         or (isinstance(b, Table) and is_agenda_table(b)) for b in blocks[index + 1:index + 7])
    # the board's name may stand right under the date line (an office line, the date, then the name as a heading)
    below = next((b for b in blocks[index + 1:index + 3] if isinstance(b, TextBlock) and len(b.text) < 160
                  and _is_title_like(b) and _BOARD_NAME.fullmatch(clean(b.text)) and not _NOTES_START.search(b.text)
                  and not _NEXT.search(b.text)), None) if agenda_follows and not notice else None
    title_block = named[0] if named else below or (above[0] if above and agenda_follows else None)
    if title_block is None and not agenda_follows:
        return None
    named_in_notice = _NOTICE_BODY.search(text) if notice else None
    title = (in_english(clean(title_block.text), side) if title_block
             else named_in_notice.group("body") if named_in_notice else board)
    topic = _topic_run_on(text) or _topic_nearby(blocks, index) or _topic_above(blocks, index)
    return Mention(MentionKind.AGENDA, index, dates[0].value, title, topic, block.prov.page)


# A board's name on a line of its own, closing with the body it names ("Strategy and Performance Board",
# "Performance & Accountability Meeting"); not a notice, a part or a session of one ("Notice of meeting", "Part 1 -
# Open session"), nor a paper to it ("Papers for the Board", "Report to the Panel"); its body one of _BODY's but a
# session (a part of a meeting).
_BOARD_NAME = re.compile(r"(?!(?:notice|part|summons|agenda|session)\b)(?!.*\b(?:for|to|of)\s+the\s+\w+$)"
                         rf"(?:[\w'\u2019&,-]+\s+){{1,8}}(?!session\b){_BODY}", re.I)


# Where a date line's particulars part: after a sentence, a semicolon, a bar or a spaced dash.
_PARTICULARS_BREAK = re.compile(r"(?<=[.;|])\s+|\s[\-\u2013\u2014]\s+")


def _topic_run_on(text: str) -> str | None:
    """The topic a meeting's date line states after its time and venue, as
    a part of its own ("4 May, 10am – Venue. Topic: Road
    safety"); the label must open its part."""
    return next((topic for part in _PARTICULARS_BREAK.split(text)[1:] if (topic := topic_label(part))), None)


# A block of labelled lines, one of them the date: "Chair: ...\nDate: Tuesday 30 March 2027, 14:00\nLocation: ...".
_LABELLED_DATE = re.compile(rf"^\s*{_DATE_LABEL}\s*:\s*(?P<rest>.+)$", re.I)


# The labels of a meeting's other details, printed with its date: "Chair:", "Time:", "Venue:", "Present:".
_MEETING_DETAIL = re.compile(r"^\s*(?:chair(?:man|woman|person|ed\s+by)?|time|venue|location|place|where|room|address|"
                             r"present|attendees|attending|in\s+attendance|apologies|format|dial[\s-]*in|"
                             r"clerk|secretariat)\s*:", re.I)


def _labelled_date_line(text: str, side: str | None) -> re.Match[str] | None:
    """The "Date: ..." line of a block (a line break inside one paragraph)
    opened by the meeting's title or one of its details, whose other lines
    each give a detail of the meeting, where the date is not its first line;
    each line read as ``_date_line_text`` reads it. A "Date:" line among
    other lines ("Action 3: ..." / "Date: <deadline>" / "Owner: ...") dates
    no meeting."""
    lines = [_date_line_text(line, side) for line in text.splitlines() if line.strip()]
    dated = [(i, m) for i, line in enumerate(lines) if len(line) <= 120 and (m := _LABELLED_DATE.match(line))]
    if len(dated) != 1 or dated[0][0] == 0:
        return None
    first, *details = [_english_labelled(line, side) for i, line in enumerate(lines) if i != dated[0][0]]
    # the first line may be a title ("Joint Audit Committee"), never a label of something else ("Action 3: ...")
    opens_meeting = not _KEYED_CELL.match(first) or _MEETING_DETAIL.match(first)
    return dated[0][1] if opens_meeting and all(_MEETING_DETAIL.match(line) for line in details) else None


def _names_office(lead: str) -> bool:
    """Whether the words before a date line's date name only the office that
    holds the meeting ("<office> – Thursday 30 July 2026, 2pm, <venue>"), or
    its office ("Office of the <office>"), maybe on a line of its own above
    the date (a line break the text reads as a space)."""
    m = re.fullmatch(r"(?:(?:the\s+)?office\s+of\s+(?:the\s+)?)?(?P<office>.{3,100}?)\s*(?:[\-\u2013\u2014|,]\s*)?",
                     lead, re.I)
    return m is not None and any(p.fullmatch(m.group("office").strip())
                                 for p in (_ORGANISATION, _AREA_OFFICE, _AREA_FIRST_OFFICE))


# A title's date after the board's name: " - Tuesday 20 January 2026".
_TITLE_DATE = re.compile(r"\s*[\-\u2013\u2014:,]\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*,?\s*)?$", re.I)


def _dated_title(block: TextBlock) -> FoundDate | None:
    """The date of a meeting's title heading that carries it after the
    board's name ("Public Accountability Board - Tuesday 20 January 2026")."""
    text = clean(block.text)
    dates = find_dates(text)
    if block.kind is not BlockKind.HEADING or len(dates) != 1 or dates[0].end < len(text.rstrip(" .")):
        return None
    name = text[:dates[0].start]
    separator = _TITLE_DATE.search(name)
    return dates[0] if separator and _MEETING_BODY.search(name[:separator.start()]) else None


_KEYED_CELL = re.compile(r"^\s*(?P<key>[^:]{2,30}?)\s*:\s*(?P<value>\S.*)$", re.S)
_DETAILS_ROWS = 3  # the most rows of a strip of "Date: ... | Time: ... | Venue: ..." cells


def _front_sheet_fields(table: Table) -> tuple[date | None, str | None]:
    """(meeting date, topic) of a two-column key | value front sheet, or of
    a strip of details whose cells each give key and value ("Date: 2 March
    2027 | Time: 10:00 | Location: ...")."""
    if table.n_cols == 2 and table.n_rows <= 12:
        pairs = [(key, value) for key, value in table.grid()]
    elif table.n_rows <= _DETAILS_ROWS:
        pairs = [(m.group("key"), m.group("value")) for row in table.grid() for text in row
                 if (m := _KEYED_CELL.match(clean(text)))]
    else:
        return None, None
    meeting_date = topic = None
    for key, value in pairs:
        key_words = words(key)
        if key_words in _FRONT_SHEET_DATE_KEYS and meeting_date is None:
            found = find_dates(value)
            meeting_date = found[0].value if found else None
        elif _TOPIC_KEY.fullmatch(key_words) and topic is None and value.strip():
            topic = clean(value)
    return meeting_date, topic


def _front_sheet(blocks, index: int) -> Mention | None:
    """A key | value front sheet, titled by the board's heading just above
    it, else by its topic (a report's front sheet titles its subject); the
    topic is the table's, else a topic line after the table ("Focus: ...",
    before the agenda) or over it."""
    table = blocks[index]
    meeting_date, topic = _front_sheet_fields(table)
    if meeting_date is None:
        return None
    above = [b for b in reversed(blocks[max(0, index - 3):index]) if isinstance(b, TextBlock)
             and _is_title_like(b) and _MEETING_BODY.search(b.text) and not _ORGANISATION.search(clean(b.text))]
    title = clean(above[0].text) if above else topic or ""
    return Mention(MentionKind.FRONT_SHEET, index, meeting_date, title,
                   topic or _topic_nearby(blocks, index) or _topic_above(blocks, index), table.prov.page)


_PLACEHOLDER_TOPICS = frozenset(load_vocab("meetings.json")["placeholder_topics"]["words"])


def topic_label(text: str) -> str | None:
    """The topic a "Topic: ..." or "Theme: ..." line or heading names; of a
    line printed in two languages ("Thema / Theme: <Welsh> / <English>"),
    the side whose label is the English one."""
    m = _TOPIC_LINE.match(_topic_in_english(text))
    # the topic ends its sentence; what runs on after it ("... policing. Present: ...") is another line's
    topic = _SENTENCE_BREAK.split(m.group("topic").strip(), maxsplit=1)[0] if m else None
    return None if topic is None or words(topic) in _PLACEHOLDER_TOPICS else topic  # "Topic: to be confirmed"


def _topic_in_english(text: str) -> str:
    """A bilingual topic line as its English label and topic, else ``text``."""
    labelled = _BILINGUAL_LABELLED.match(text)
    if labelled is None:
        return text
    labels = [part.strip() for part in labelled.group("label").split("/")]
    topics = [part.strip() for part in labelled.group("rest").split(" / ")]
    english = next((i for i, label in enumerate(labels) if _TOPIC_LINE.match(f"{label}: -")), None)
    return f"{labels[english]}: {topics[english]}" if english is not None and len(topics) == 2 else text


_SENTENCE_BREAK = re.compile(r"(?<=[a-z)])\.\s+(?=[A-Z])")


@per_document
def fix_case(doc: LayoutDocument, topic: str) -> str:
    """A topic printed in capitals, as the pack writes it elsewhere in mixed
    case: a block that is just the topic (a tracker's topic cell, a report
    title) first, then a capitalised mention (an agenda line); never a
    mention inside a sentence ("victims of hate crime"). Else title case."""
    topic = clean(topic)
    if topic.upper() != topic:
        return topic
    pattern = re.compile(re.escape(topic), re.I)
    mentioned: str | None = None
    for block in doc.text_blocks():
        text = clean(block.text)
        if text.lower() == topic.lower() and text.upper() != text:
            return text
        for m in pattern.finditer(text):
            found = m.group(0)
            if mentioned is None and found.upper() != found and found[:1].isupper():
                mentioned = found
    if mentioned:
        return mentioned
    return " ".join(
        word if any(c.isdigit() for c in word)
        else word.lower() if i and word.lower() in _SMALL_WORDS
        else word.capitalize()
        for i, word in enumerate(topic.split())
    )
