"""Where each block of an inspection report sits: the area whose section
holds it, the framework in force there, and the part of the section
(areas for improvement, causes of concern, recommendations, findings).

Heading levels differ from one report to the next (and from one page of a
pack to the next), so sections are found by what headings say, not by their
level: a heading naming a known area opens that area's section (also with
its grade after it, "3.2 Investigating crime – Adequate (2022: good)"); a label
("Areas for improvement", "Main findings", "Grade: Good") opens a part of the
current section; any other heading closes the section (area unknown rather
than wrong). Judgment sentences ("X Police is good at investigating crime")
name the area too.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from enum import StrEnum

from extractors.context import DocumentContext
from extractors.per_document import per_document
from extractors.tables import bilingual_side, in_english
from extractors.text import clean, strip_bullet
from extractors.vocab import (
    CHILD_PROTECTION,
    PEEL_2018_19,
    PEEL_2021_22,
    PEEL_2023_25,
    Area,
    Force,
    force_of_subject,
    grade_of,
    key,
    match_area,
    match_area_phrase,
    own_area,
)
from pipeline.ingest.bilingual import reads_as_welsh
from pipeline.layout import BlockKind, LayoutDocument, Table, TextBlock


class Part(StrEnum):
    AREAS_FOR_IMPROVEMENT = "areas_for_improvement"
    CAUSES_OF_CONCERN = "causes_of_concern"
    RECOMMENDATIONS = "recommendations"
    MAIN_FINDINGS = "main_finding"
    PROMISING_PRACTICE = "promising_practice"
    INNOVATIVE_PRACTICE = "innovative_practice"
    OTHER = "other"  # a labelled part nothing is taken from ("Next steps", "Summary")


# "New area for improvement", "Further recommendations": a review's items of its own, labelled as the report's are
_NEW = r"(?:(?:new|further|additional) )?"
_LABELS: list[tuple[re.Pattern[str], Part]] = [
    (re.compile(rf"^{_NEW}(?:areas? for improvement|afis?)(?: \d+)*$"), Part.AREAS_FOR_IMPROVEMENT),
    # "What the inspectors asked the police to improve": a summary saying the inspection gave the items
    (re.compile(r"^(?:what|where) (?:the )?(?:inspectors?|inspectorate|hmicfrs)\b"
                r"[a-z ]{0,40}? (?:asked|told|wants?|must|should|needs? to|has to|have to)\b[a-z ]{0,20}? improve$"),
     Part.AREAS_FOR_IMPROVEMENT),
    (re.compile(rf"^{_NEW}causes? (?:of|for) concern(?: \d+)*$"), Part.CAUSES_OF_CONCERN),
    (re.compile(rf"^{_NEW}recommendations?(?: \d+)*$"), Part.RECOMMENDATIONS),
    # "R2": an inspection's recommendation code, read only with its number
    (re.compile(r"^r ?\d+(?: \d+)*$"), Part.RECOMMENDATIONS),
    (re.compile(r"^(?:(?:main|key|summary of) findings|what we found)$"), Part.MAIN_FINDINGS),
    (re.compile(r"^(?:promising|notable|good) practices?(?: \d+)?$"), Part.PROMISING_PRACTICE),
    (re.compile(r"^innovative practices?(?: \d+)?$"), Part.INNOVATIVE_PRACTICE),
    (re.compile(r"^(?:next steps|summary|conclusions?|introduction|foreword|context|background)$"), Part.OTHER),
]
_LABEL_NUMBER = re.compile(r"^(?:\d+ )+")
# "Grade: Good", "HMICFRS grade: Good", "Current grade – Good", "Grade awarded: Good": the inspectorate's grade,
# never a "Previous grade" or a target ("Our ambition ...", "Target grade")
_GRADE_LINE = re.compile(r"^\s*(?:(?:(?:hmicfrs|(?:the\s+)?inspectorate)(?:['\u2019]s)?|peel|inspection|current|latest"
                         r"|overall)\s+)?(?:grade(?:\s+(?:awarded|given|received))?|graded judg(?:e)?ment"
                         r"|(?:our\s+(?:overall\s+)?)?judg(?:e)?ment)\b\s*[:\-\u2013]?\s*"
                         r"(?P<grade>.+?)\s*\.?\s*$", re.I)
_FRAMEWORK_CUES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"child protection inspection|national child protection", re.I), CHILD_PROTECTION),
    # "PEEL 2023-25", and "PEEL: Police effectiveness, efficiency and legitimacy 2021/22"
    (re.compile(r"\bPEEL\b.{0,70}?\b2023\s*[-/\u2013]\s*(?:20)?25\b", re.I), PEEL_2023_25),
    (re.compile(r"\bPEEL\b.{0,70}?\b2021\s*[-/\u2013]\s*(?:20)?22\b", re.I), PEEL_2021_22),
    (re.compile(r"\bPEEL\b.{0,70}?\b2018\s*[-/\u2013]\s*(?:20)?19\b", re.I), PEEL_2018_19),
]
_GRADE_WORDS = r"outstanding|good|adequate|inadequate"
_REQUIRES = r"requires? improvements?|is requiring improvement|required improvement"
_ANY_GRADE = rf"{_GRADE_WORDS}|requires? improvements?|requiring improvement|required improvement"
_SUBJECT = r"(?P<subject>[A-Za-z][A-Za-z&\-\.' ]{1,60}?)"
_ADVERB = r"(?:(?:also|now|still|only|currently)\s+)?"
_NO_VERB = r"(?:(?!\b(?:is|are|was|were|requires?)\s).)"  # a character of an area's phrase, before the clause's verb
# Judgments of this inspection only: "was graded" and "in our previous
# inspection" or "in 2022 we graded" recall earlier judgments and never match
# (_RECALL); "we graded the force as ..." without them is this report's own.
_JUDGMENTS = [
    # "We found the force's performance was good in ...", the summary's form
    re.compile(rf"^(?:we\s+found\s+(?:that\s+)?)?{_SUBJECT}'s\s+performance\s+(?:is|was)\s+{_ADVERB}"
               rf"(?P<grade>{_ANY_GRADE})\s+(?:at|in)\s+(?P<phrase>.+?)\.?$", re.I),
    # "We found the force's performance in responding to the public to be adequate"
    re.compile(rf"^we\s+found\s+{_SUBJECT}'s\s+performance\s+(?:in|at)\s+(?P<phrase>.+?)\s+to\s+be\s+{_ADVERB}"
               rf"(?P<grade>{_ANY_GRADE})\.?$", re.I),
    re.compile(rf"^{_SUBJECT}\s+(?:is|was)\s+{_ADVERB}(?P<grade>{_GRADE_WORDS})\s+(?:at|in)\s+(?P<phrase>.+?)\.?$",
               re.I),
    re.compile(rf"^{_SUBJECT}\s+{_ADVERB}(?P<grade>{_REQUIRES})\s+(?:at|in)\s+(?P<phrase>.+?)\.?$", re.I),
    # "Kent Police's performance in managing offenders was graded as requires improvement"
    # "The force's performance in A had been judged to require improvement, and ...", the minutes' reported form
    re.compile(rf"^{_SUBJECT}'s\s+(?P<phrase>.+?)\s+(?:is|are|was|were|(?:has|have|had)\s+been)\s+"
               rf"(?:graded|judged|assessed|rated)\s+(?:as\s+|to\s+be\s+|to\s+)?(?P<grade>{_ANY_GRADE})"
               rf"(?:\.?$|(?=[,;]\s))", re.I),
    # "The force's performance in A is adequate, and its performance in B is also adequate": the first clause,
    # its phrase never running on into the next clause's verb
    re.compile(rf"^{_SUBJECT}'s\s+(?P<phrase>{_NO_VERB}+?)\s+(?:is|are)\s+{_ADVERB}(?P<grade>{_GRADE_WORDS})"
               rf"(?:\.?$|(?=[,;]\s))", re.I),
    re.compile(rf"^{_SUBJECT}'s\s+(?P<phrase>{_NO_VERB}+?)\s+{_ADVERB}(?P<grade>{_REQUIRES})(?:\.?$|(?=[,;]\s))",
               re.I),
    # "We graded the force's performance in responding to the public as adequate"
    re.compile(rf"^(?:we|hmicfrs|inspectors|the\s+inspectorate)\s+(?:has\s+|have\s+)?(?:graded|judged|assessed|rated)"
               rf"\s+{_SUBJECT}'s\s+(?P<phrase>.+?)\s+as\s+(?P<grade>{_ANY_GRADE})\.?$", re.I),
    # "In investigating crime, Kent Police is good"
    re.compile(rf"^(?:in|at|for)\s+(?P<phrase>[^,]{{3,90}}),\s+{_SUBJECT}\s+(?:is|was)\s+{_ADVERB}"
               rf"(?:graded\s+(?:as\s+)?)?(?P<grade>{_ANY_GRADE})\.?$", re.I),
    # "We graded the force as adequate at ...", "HMICFRS found the force (to be) good at ...", "It graded ...",
    # the infinitive ("judged the force to require improvement at ..."), and the clause after its subject's
    # commas ("The report, published in May, graded the force ...")
    re.compile(rf"^(?:(?:we|hmicfrs|it|inspectors|the\s+inspectorate)\s+)?(?:has\s+|have\s+|had\s+)?"
               rf"(?:graded|judged|assessed|rated|found|consider(?:ed)?)\s+{_SUBJECT}\s+(?:as\s+|to\s+(?:be\s+)?)?"
               rf"(?:being\s+)?(?P<grade>{_ANY_GRADE})\s+(?:at|in|for)\s+(?P<phrase>.+?)\.?$", re.I),
    # "The force was found to require improvement in ...", "The force was judged good at ..."
    re.compile(rf"^{_SUBJECT}\s+(?:is|was|has\s+been)\s+{_ADVERB}(?:found|judged|graded|assessed|rated)\s+"
               rf"(?:as\s+|to\s+be\s+|to\s+)?(?P<grade>{_ANY_GRADE})\s+(?:at|in|for)\s+(?P<phrase>.+?)\.?$", re.I),
    # "It received a grade of adequate for responding to the public", a release's form
    re.compile(rf"^{_SUBJECT}\s+(?:has\s+)?(?:received|was\s+given|was\s+awarded|achieved)\s+(?:a|the)\s+"
               rf"(?:grade|rating|judg(?:e)?ment)\s+of\s+(?P<grade>{_ANY_GRADE})\s+(?:at|in|for)\s+(?P<phrase>.+?)\.?$",
               re.I),
]
# "Leadership and force management is adequate": the area is the subject.
# "... and developing a positive workplace had been graded inadequate": the minutes' reported form, in a clause
# "Its response to children at risk of harm was judged to be inadequate", "A was also judged to require
# improvement": a briefing's numbered judgments, the force's possessive not part of the area's name
_AREA_JUDGMENT = re.compile(rf"^(?:(?:and|but)\s+)?(?:(?:its|their)\s+)?(?P<phrase>[A-Za-z][A-Za-z,' \-]{{3,90}}?)"
                            # the area ends on a word, never a label's dash ("A – Requires improvement")
                            rf"(?<=[A-Za-z])\s+"
                            rf"(?:(?:is|are)\s+{_ADVERB}(?:graded\s+(?:as\s+)?)?|{_ADVERB}(?=requires?\s+improvement)"
                            rf"|(?:(?:has|have|had)\s+been|(?:is|are|was|were)\s+(?:both\s+)?{_ADVERB})\s*"
                            rf"(?:graded|judged|assessed|rated)\s+(?:as\s+|to\s+be\s+|to\s+)?)"
                            rf"(?P<grade>{_ANY_GRADE})(?:\.?$|(?=[,;]\s))", re.I)
# One grade for several areas: "... in investigating crime and in responding to the public", "..., at C".
_AREA_LIST = re.compile(r",?\s+and\s+(?:also\s+)?(?:in|at|for)\s+|,\s+(?:in|at)\s+|;\s+", re.I)
# Where a summary's judgment moves on to the next grade: ", adequate at ...", ", and required improvement at ...",
# a clause whose subject is the force again or left out (", but requires improvement at ...", "; and that it
# requires improvement in ...", " and found that it requires improvement at ...", ", and as requiring improvement in",
# the infinitive's "; and to require improvement at ...", " and to be adequate at ...")
_GRADE_SWITCH = re.compile(rf"(?:[,;]\s+(?:and\s+|but\s+)?|\s+(?:and|but)\s+)(?:(?:found|judged)\s+)?(?:that\s+)?"
                           rf"(?:(?:it|the\s+force|the\s+constabulary|the\s+service)\s+)?(?:(?:is|was)\s+)?"
                           rf"(?:as\s+|to\s+(?:be\s+)?)?"
                           rf"(?P<grade>{_GRADE_WORDS}|requir(?:es?|ed|ing)\s+improvement)\s+(?:at|in|for)\s+", re.I)
# "Our inspection found that X Police ...", "HMICFRS found that ...": the finding's lead before its subject
_FINDING_LEAD = re.compile(r"^(?:(?:our|the|this)\s+(?:inspection|report|inspectors?)\s+(?:found|concluded|judged)\s+"
                           r"(?:that\s+)?"
                           # a release reporting it: "It was told it 'requires improvement' at ..."
                           r"|[a-z][a-z ]{1,40}?\s+(?:was|has\s+been|had\s+been)\s+told\s+"
                           r"(?:that\s+)?"
                           # any lead reporting the clause after "that", free of grade words ("We found that ...",
                           # minutes' "He reported that the inspectorate had judged ...", a response's "I welcome
                           # the inspectorate's finding that ..."): that clause must still have the force as subject
                           rf"|(?:(?!\b(?:{_ANY_GRADE})\b)[^.]){{0,60}}?\bthat\s+)",
                           re.I)
# "(its) performance in preventing crime": the area is what the performance is in
_PERFORMANCE_IN = re.compile(r"^(?:(?:its|their)\s+)?performance\s+(?:in|at)\s+", re.I)
_RECALL = re.compile(r"\b(?:previous|last|earlier|prior|former)\b|\bin (?:our )?20\d\d", re.I)
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty[- ]four)"
_TIMESCALE = re.compile(
    r"\b(?:with immediate effect|immediately"
    rf"|within {_NUMBER}(?: calendar| working)? (?:days?|weeks?|months?|years?)"
    rf"|by (?:the end of )?(?:\d{{1,2}}(?:st|nd|rd|th)? )?{_MONTH},? \d{{4}}"
    r"|by (?:the )?end of (?:the )?(?:financial year |calendar year |year )?\d{4}(?:/\d{2,4})?"
    r"|by \d{1,2}/\d{1,2}/\d{2,4})\b",
    re.I,
)
_RECOMMENDING = re.compile(r"\bshould\b", re.I)
THE_FORCE = {"the force", "the constabulary", "the service", "this force", "the police force", "it"}
# where one sentence ends and the next begins (the grades extractor reads sentences alike)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# "The report does not identify any causes of concern": a paper saying there are none, never an item
_NONE_FOUND = re.compile(r"\b(?:does not|doesn't|did not|didn't)\s+(?:identify|find|raise|make|include)\s+any\b"
                         r"|\bno (?:causes? of concern|areas? for improvement|recommendations)\b", re.I)
_ITEM_TITLE_VERB = re.compile(r"\b(?:should|needs? to|must|do(?:es)? not|doesn't|don't|is not|isn't|are not|aren't"
                              r"|ha(?:s|ve) not|hasn't|haven't|lacks?)\b", re.I)


def timescale_of(text: str) -> str | None:
    """The timescale phrase of a lead-in or recommendation ("Within six months")."""
    m = _TIMESCALE.search(clean(text))
    return m.group(0)[0].upper() + m.group(0)[1:] if m else None


@dataclass(frozen=True, slots=True)
class Judgment:
    """A sentence stating this inspection's grade for an area."""

    force: Force | None  # None: "the force", the document's force
    area: Area | None  # None when the phrase names no known area
    phrase: str
    grade: str
    sentence: str


@dataclass(frozen=True, slots=True)
class Placed:
    """One top-level block with where it sits."""

    index: int  # position in reading order (doc.blocks, a one-column table's blocks in its place)
    block: TextBlock | Table
    area: Area | None
    area_raw: str | None  # the area's name as its heading printed it
    framework: str | None
    part: Part | None
    # "area" (opens a section), "label" (opens a part), "title" (an AFI's or cause's heading), "lead_in" (a
    # numbered paragraph introducing the bullets below it), "note" (a figure's caption or source line), "body"
    role: str
    label_number: str | None = None  # "1" of "Area for improvement 1"
    inline_text: str | None = None  # an item's words after the label it opens with ("Area for improvement 1: ...")
    item_area: Area | None = None  # the area that label names in brackets ("AFI 2 (Managing offenders): ...")
    item_timescale: str | None = None  # the timescale it gives in brackets ("Recommendation (within six months): ...")
    # it follows a saved web page's link line ("Back to top", "Share this page"), which ends the section above
    after_link: bool = False

    @property
    def text(self) -> str:
        """The block's cleaned text, less a label run into it."""
        return self.inline_text or (clean(self.block.text) if isinstance(self.block, TextBlock) else "")


# "Where we must improve", "What the force needs to improve": the force's own words, which head the inspection's
# areas for improvement only where the document gives an inspection's findings (DocumentContext.gives_findings: the
# inspection's report, a response to it, a force's own summary of it); in a pack's performance paper they head the
# force's own view ("We need to reduce the time taken to answer calls.")
_OWN_WORDS_LABEL = re.compile(r"^(?:what|where) (?:the )?(?:force|constabulary|police|we)\b"
                              r"[a-z ]{0,40}? (?:must|should|needs? to|has to|have to)\b[a-z ]{0,20}? improve$")


def part_label(text: str, own_words: bool = False) -> tuple[Part, str | None] | None:
    """The part a label heading opens ("Areas for improvement:" ->
    AREAS_FOR_IMPROVEMENT), with its number if numbered; with ``own_words``,
    also the force's own heading for them ("Where we must improve")."""
    words = _LABEL_NUMBER.sub("", key(text))  # "3. Areas for improvement": a paper's numbered section
    if own_words and _OWN_WORDS_LABEL.match(words):
        return Part.AREAS_FOR_IMPROVEMENT, None
    for pattern, part in _LABELS:
        if pattern.match(words):
            number = re.search(r"\d+(?: \d+)*$", words)  # "3.1" of "AFI 3.1", keyed "afi 3 1"
            return part, number.group(0).replace(" ", ".") if number else None
    return None


# A label run into its item's own words, or naming the item's area: "Area for improvement 1: The force
# should ...", "Promising practice – Neighbourhood teams ...", "AFI 3.1 The force should ...",
# "Recommendation 2. By ..." (a numbered label with a space or a full stop alone), "AFI 2 (Managing
# offenders): The force should ...", "Cause of concern 1 (Investigating crime)", "R2 (within three months) The
# force should ..."
_INLINE_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z ]{2,40}?(?:\s+\d+(?:\.\d+)*)?"
                           r"|[A-Z]{1,3}\d+(?:\.\d+)*)"  # a code glued to its number: "R2", "AFI3"
                           r"(?:\s*\((?P<area>[^()]{3,120})\))?"
                           r"(?:\s*(?::|\s[-\u2013\u2014]\s)\s*(?P<rest>\S.*)"
                           r"|(?<=[\d)])\.?\s+(?P<run_on>[A-Z].*)|\s*:?)$")


@dataclass(frozen=True, slots=True)
class InlineLabel:
    """What a line opening with a part's label says after it."""

    part: Part
    number: str | None
    area: str | None  # the words in brackets after the label, as printed
    rest: str | None  # the item's own words, if the line goes on to them

    def bracketed(self, framework: str | None) -> tuple[Area | None, str | None]:
        """What the bracket says of the label's items: the area it names ("AFI 2
        (Managing offenders)"), else the timescale it gives ("Recommendation
        (within six months)"), else neither."""
        if not self.area:
            return None, None
        area = match_area(self.area, framework)
        return area, None if area else timescale_of(self.area)


def inline_label(text: str) -> InlineLabel | None:
    """The label a line opens with, the area it names in brackets and the
    item's words after a colon or dash, or None (a bare label is
    ``part_label``'s)."""
    m = _INLINE_LABEL.match(unnumbered(text))  # "2. Cause of concern – <area>": a paper's numbered section
    if not m:
        return None
    label = part_label(m.group("label"))
    rest = m.group("rest") or m.group("run_on")
    if label is None or label[0] is Part.OTHER or not (rest or m.group("area")):
        return None
    return InlineLabel(label[0], label[1], m.group("area"), rest.strip() if rest else None)


def grade_line(text: str) -> str | None:
    """The grade of a "Grade: Requires improvement" line, or None."""
    m = _GRADE_LINE.match(clean(text))
    return grade_of(m.group("grade")) if m else None


# A label and its value on one line, either way round: "Investigating crime: Requires improvement",
# "Investigating crime – Good", "Good: preventing crime, managing offenders", and a contents-style line whose
# leader dots join the two ("Investigating crime . . . . . . Inadequate", "Managing offenders ........ Good")
LABEL_VALUE_LINE = re.compile(r"^(?P<label>[^:]{3,120}?)\s*(?::|\s[-\u2013]\s|(?:\.\s?){3,}|\u2026+)"
                              r"\s*(?P<value>\S.*?)\.?$")
# "Good ↑", "Adequate (was Good)", "Adequate (2022: requires improvement)": a grade with a mark or a note after it
_GRADE_NOTED = re.compile(r"^\s*(?P<grade>[A-Za-z][A-Za-z ]*?)\s*(?:\(|[\u2190-\u21ff\u25b2-\u25bc]|\*)")
# "3.2 " of a paper's numbered heading, never part of the area's printed name
_HEADING_NUMBER = re.compile(r"^\(?\d+(?:\.\d+)*[.)]?\s+(?=\S)")


def noted_grade(text: str) -> str | None:
    """The grade a cell or a label's value states: the whole text, or its
    words before a note or mark of its own."""
    m = _GRADE_NOTED.match(text)
    return grade_of(text) or (grade_of(m.group("grade")) if m else None)


def unnumbered(text: str) -> str:
    """A heading's words less its section number ("3.1 Preventing crime")."""
    return _HEADING_NUMBER.sub("", text)


# "3.4 Investigating crime (Inadequate)": the grade alone in brackets after the area
_BRACKETED_GRADE = re.compile(r"^(?P<label>[^()]{3,120}?)\s*\((?P<value>[^()]{3,40})\)\.?$")


def graded_heading(text: str, framework: str | None) -> tuple[Area, str, str] | None:
    """The area, its printed name and its grade of a heading that sets the
    grade after the area ("3.2 Responding to the public – Adequate (2022:
    requires improvement)", "Investigating crime – Grade: Good", "3.4
    Investigating crime (Inadequate)": a bracket holding the grade alone, never
    a count or a recalled grade), or None."""
    m = LABEL_VALUE_LINE.match(text)
    grade = (noted_grade(m.group("value")) or grade_line(m.group("value"))) if m else None
    if grade is None:
        m = _BRACKETED_GRADE.match(text)
        grade = grade_of(m.group("value")) if m else None
    area = match_area(m.group("label"), framework) if grade else None
    return (area, unnumbered(m.group("label").strip()), grade) if area else None


def grade_label(block: TextBlock) -> str | None:
    """The grade a line under an area's heading states: "Grade: Good", or
    the grade alone set as a heading or a bold line (the coloured "Requires
    improvement" of a report's section)."""
    text = clean(block.text)
    return grade_line(text) or (grade_of(text) if is_heading_like(block) else None)


def framework_cue(text: str) -> str | None:
    """The framework a heading or title names ("PEEL 2023-25", "national
    child protection inspection"), or None."""
    for pattern, framework in _FRAMEWORK_CUES:
        if pattern.search(text):
            return framework
    return None


# Remembered: placing the blocks and the grades extractor read the same sentences (the bound is
# above the distinct texts of a 400-page document)
@lru_cache(maxsize=16384)
def judgments(text: str, framework: str | None) -> tuple[Judgment, ...]:
    """Judgment sentences in ``text``: "Gwent Police is adequate at
    responding to the public", "The force requires improvement at ...",
    "Kent Police's leadership and management is good"."""
    found = []
    for sentence in SENTENCE_END.split(_PARAGRAPH_NUMBER.sub("", clean(text))):
        # a summary listing every grade is long, but each of its grades comes with a few areas only
        if len(sentence.split()) > 40 * (1 + len(_GRADE_SWITCH.findall(sentence))) or _RECALL.search(sentence):
            continue
        for clause in _clauses(sentence):
            judged = False
            for pattern in _JUDGMENTS:
                m = pattern.match(_FINDING_LEAD.sub("", clause))
                if not m:
                    continue
                subject = m.group("subject").strip()
                force = force_of_subject(subject)
                if force is None and key(subject) not in THE_FORCE:
                    continue
                grade = grade_of(m.group("grade"))
                if grade is None:
                    continue
                for grade, graded in _grade_runs(grade, m.group("phrase").strip()):
                    for phrase in _AREA_LIST.split(graded):
                        for area, printed in area_list(_PERFORMANCE_IN.sub("", phrase), framework):
                            found.append(Judgment(force, area, printed, grade, sentence))
                judged = True
                break
            # else an area as the subject, of the sentence or of a clause after its comma
            # ("A and B were both judged to be good": each area listed)
            m = None if judged else _AREA_JUDGMENT.match(clause)
            area_graded = m is not None and grade_of(m.group("grade")) is not None
            phrases = _AREA_LIST.split(_PERFORMANCE_IN.sub("", m.group("phrase"))) if area_graded else []
            listed = [named for phrase in phrases for named in area_list(phrase, framework)]
            if listed and all(area for area, _ in listed) and (len(listed) > 1 or match_area(listed[0][1], framework)):
                found.extend(Judgment(None, area, printed, grade_of(m.group("grade")), sentence)
                             for area, printed in listed)
    return tuple(found)


_AREA_SUBJECT_WORDS = range(8, 1, -1)  # the words an area's name as a sentence's subject runs to, the longest first


def _names_another_area(text: str, judged: Area, framework: str | None) -> bool:
    """Whether a sentence of ``text`` opens with an area's name other than
    ``judged`` (the one its judgment grades)."""
    for sentence in SENTENCE_END.split(clean(text)):
        tokens = sentence.split()
        for n in _AREA_SUBJECT_WORDS:
            area = match_area(" ".join(tokens[:n]), framework, fuzzy=False) if len(tokens) > n else None
            if area:
                if area != judged:
                    return True
                break
    return False


def _grade_runs(grade: str, phrase: str) -> list[tuple[str, str]]:
    """A judgment's phrase cut where it moves on to another grade ("A and B,
    adequate at C, and required improvement at D"): each grade with the
    areas that follow it."""
    runs = []
    start = 0
    for m in _GRADE_SWITCH.finditer(phrase):
        runs.append((grade, phrase[start:m.start()].strip()))
        grade, start = grade_of(m.group("grade")) or grade, m.end()
    runs.append((grade, phrase[start:].strip()))
    return runs


_PARAGRAPH_NUMBER = re.compile(r"^\(?\d+(?:\.\d+)+[.)]?\s+(?=[A-Z])")  # "2.1 " of a paper's numbered paragraph
_CLAUSE_START = re.compile(r",\s+(?:and\s+)?(?=\S)")


def _clauses(sentence: str) -> list[str]:
    """The sentence, then what follows each of its commas: a judgment may
    come after an opening clause ("In its PEEL 2021/22 inspection, published
    in September 2022, HMICFRS found ...") or as a second clause ("..., and it
    requires improvement in ...")."""
    return [sentence] + [sentence[m.end():] for m in _CLAUSE_START.finditer(sentence)]


_LIST_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def area_list(phrase: str, framework: str | None) -> list[tuple[Area | None, str]]:
    """The areas a judgment's phrase names: one area ("police powers and
    public treatment"), or several listed ("preventing crime and managing
    offenders", "A, B and C") when every listed part names an area; else the
    phrase as one, its area None when it names none."""
    if match_area(phrase, framework):
        return [(match_area(phrase, framework), phrase)]
    listed = _split_listed(phrase, framework)
    if listed and len(listed) > 1:
        return listed
    # the areas may end before a clause of another kind: "preventing crime, the first such grade ...",
    # "A, B and C, and it requires improvement in D" (that clause is judged on its own)
    for m in reversed(list(re.finditer(r",\s+", phrase))):
        head = phrase[:m.start()].strip()
        area = match_area(head, framework, fuzzy=False)
        if area:
            return [(area, head)]
        listed = _split_listed(head, framework)
        if listed and len(listed) > 1:
            return listed
    return [(match_area_phrase(phrase, framework), phrase)]


def _split_listed(phrase: str, framework: str | None) -> list[tuple[Area | None, str]] | None:
    """``phrase`` cut at commas and "and" into parts that each name an area,
    the longest first part tried first; None when no such cut exists."""
    cuts = [m for m in _LIST_SEPARATOR.finditer(phrase)]
    for m in reversed(cuts):
        head = phrase[:m.start()].strip()
        # a loose reading only for a part that is no list itself
        area = match_area(head, framework, fuzzy=False) or (
            None if _LIST_SEPARATOR.search(head) else match_area_phrase(head, framework))
        if area is None:
            continue
        rest = phrase[m.end():].strip()
        tail_area = match_area(rest, framework, fuzzy=False) or (
            None if _LIST_SEPARATOR.search(rest) else match_area(rest, framework))
        tail = [(tail_area, rest)] if tail_area else _split_listed(rest, framework)
        if tail:
            return [(area, head), *tail]
    return None


def is_heading_like(block: TextBlock) -> bool:
    """A heading, or a short line set in bold or italics on its own (backends
    do not always tell a bold line from a heading)."""
    if block.kind is BlockKind.HEADING:
        return True
    return block.kind is BlockKind.PARAGRAPH and (block.is_bold or block.is_italic) and len(block.text.split()) <= 40


def _is_item_title(block: TextBlock, text: str | None = None) -> bool:
    """An AFI's or cause of concern's own heading: set apart in bold or
    italics and worded as a finding ("The force needs to ..."); ``text`` is
    its words as read (a bilingual heading's English side), the block's own
    by default."""
    text = block.text if text is None else text
    return block.is_italic or len(text.split()) >= 7 or bool(_ITEM_TITLE_VERB.search(text))


# The kinds of item a lead-in may introduce, by the words that name them; the one named last is introduced
# ("To address this cause of concern, we recommend that X:" introduces recommendations)
_KINDS_NAMED: list[tuple[re.Pattern[str], Part]] = [
    (re.compile(r"\bareas? for improvement\b|\bafis?\b", re.I), Part.AREAS_FOR_IMPROVEMENT),
    (re.compile(r"\bcauses? (?:of|for) concern\b", re.I), Part.CAUSES_OF_CONCERN),
    (re.compile(r"\brecommend(?:s|ed|ations?)?\b", re.I), Part.RECOMMENDATIONS),
]
# "The Panel made the following recommendations:": a meeting's own items, none of the inspectorate's
_MEETING_BODY = re.compile(r"\b(?:panel|board|committee|members|meeting)\b", re.I)


def _part_introduced(lead_in: str) -> Part | None:
    """The part of the items a lead-in introduces ("We found the following
    areas for improvement:"), by the kind it names last, or None."""
    # "four areas for improvement and no causes of concern:": a kind the paper says there are none of is no part
    named = [(m.start(), part) for pattern, part in _KINDS_NAMED for m in pattern.finditer(lead_in)
             if not _NONE_BEFORE.search(lead_in[:m.start()])]
    if not named:
        return None
    # the meeting's own items only where the sentence naming them names the meeting ("The report sets out three
    # areas for improvement. The Commissioner will seek assurance on each at his Accountability Board:" introduces
    # the report's)
    at, part = max(named)
    naming = next(sentence for sentence in _sentences_at(lead_in) if sentence[0] <= at < sentence[1])
    return None if _MEETING_BODY.search(lead_in[naming[0]:naming[1]]) else part


def _sentences_at(text: str) -> list[tuple[int, int]]:
    """Where each sentence of ``text`` starts and ends."""
    starts = [0] + [m.end() for m in SENTENCE_END.finditer(text)]
    return list(zip(starts, starts[1:] + [len(text)]))


_NONE_BEFORE = re.compile(r"\b(?:no|not\s+any|nor\s+any)\s+$", re.I)
# "Responding to the public (two areas for improvement)", "Investigating crime – one area for improvement": an
# area's heading counting the items set under it
_COUNTED_HEADING = re.compile(rf"^(?P<area>[^():]{{3,90}}?)\s*(?P<open>\(|:|\s[-\u2013\u2014])\s*(?:{_NUMBER}|an?)\s+"
                              rf"(?P<kind>[^()]+?)(?P<close>\)?)$", re.I)


def counted_heading(text: str, framework: str | None) -> tuple[Area, str, Part] | None:
    """The area, its printed name and the part of a heading that names an
    area and counts the items under it, or None."""
    m = _COUNTED_HEADING.match(text)
    if not m or (m.group("open") == "(") != bool(m.group("close")):
        return None
    area = match_area(m.group("area"), framework)
    kind = next((part for pattern, part in _KINDS_NAMED if pattern.fullmatch(m.group("kind").strip())), None)
    return (area, unnumbered(m.group("area").strip()), kind) if area and kind else None


# "Within three months, the force should" over its bullets: a sentence the items below complete
_OPEN_MODAL = re.compile(r"\b(?:should|must)(?:\s+make\s+sure(?:\s+that)?)?\s*$", re.I)


def is_lead_in(text: str) -> bool:
    """A sentence that introduces the items below it ("HMICFRS identified
    one cause of concern in investigating crime:", "Within six months, the
    force should:", or without its colon "... the force should"): never an
    item itself."""
    return (text.rstrip().endswith(":") or bool(_OPEN_MODAL.search(text))) and len(text.split()) >= 2


# "The inspectorate raised one cause of concern, in X: <the cause>", "It made one recommendation: <it>": a lead-in
# naming one item, the item run into its paragraph after the colon
# the lead-in is one sentence, the last before the colon: "... one cause of concern, with two recommendations. Status:
# Complete, On track" introduces no item
_IN_SENTENCE = r"(?:[^:.!?]|[.!?](?!\s+[A-Z]))*"
_ONE_ITEM_RUN_IN = re.compile(rf"^(?:.*?[.!?]\s+(?=[A-Z]))?(?P<lead>{_IN_SENTENCE}\b(?:one|a|an|a\s+single)\s+"
                              r"(?P<kind>area\s+for\s+improvement|cause\s+(?:of|for)\s+concern|recommendation)\b"
                              rf"{_IN_SENTENCE}):\s+(?P<item>[A-Z].*)$", re.I)


def one_item_run_in(text: str) -> tuple[Part, str, str] | None:
    """The part, lead-in and item of a paragraph that introduces one item
    and runs on into it, or None: the part the item's kind names ("one
    recommendation to address this cause of concern: ..." is a recommendation),
    never a meeting's own ("The Panel made one recommendation: ...")."""
    m = _ONE_ITEM_RUN_IN.match(text)
    if m is None or _MEETING_BODY.search(m.group("lead")):
        return None
    part = next(part for pattern, part in _KINDS_NAMED if pattern.search(m.group("kind")))
    return part, m.group("lead"), m.group("item")


_LEAD_IN_AREA = re.compile(r"\b(?:in|at|for|on|about)\s+(?=\S)", re.I)


def lead_in_area(text: str, framework: str | None) -> tuple[Area, str] | None:
    """The area a lead-in names after a preposition ("... one cause of
    concern in investigating crime:", "... one cause of concern, about
    assessing risk and making referrals:"), with its words as printed."""
    for m in _LEAD_IN_AREA.finditer(text):
        phrase = text[m.end():].rstrip(" :")
        area = match_area_phrase(phrase, framework)
        if area:
            return area, phrase
    return None


def _is_statement(block: TextBlock, label_size: float | None) -> bool:
    """A bold sentence set no larger than the label above it (smaller, or
    body-sized under a label barely larger): one of the statements a "Main
    findings" label sets out, each over its paragraphs. A heading as large
    as the label is the label's sibling ("Other observations"), unless it is
    a sentence, full stop and all."""
    size = block.style.size
    return (len(block.text.split()) >= 4 and not is_lead_in(block.text)
            and not (size and label_size and size > label_size + 0.5)
            and not _label_sibling(block, label_size))


def _label_sibling(block: TextBlock, label_size: float | None) -> bool:
    """A heading set as large as the label that opened the part, and no
    sentence (no full stop): a section beside the label's, unless the
    layout shows it is one of the part's items."""
    size = block.style.size
    return bool(size and label_size and size > label_size - 0.5 and block.kind is BlockKind.HEADING
                and not clean(block.text).endswith("."))


def _is_larger(block: TextBlock, label_size: float | None) -> bool:
    """A line set larger than the label above it."""
    size = block.style.size
    return bool(size and label_size and size > label_size + 0.5)


def _over_item_title(reading: list[tuple[TextBlock | Table, int | None]], index: int) -> bool:
    """The block after ``index`` is an item's own heading: a bold or italic
    line worded as a finding, which no label or area heading is."""
    following = reading[index + 1][0] if index + 1 < len(reading) else None
    if not isinstance(following, TextBlock) or not is_heading_like(following):
        return False
    text = clean(following.text)
    return _is_item_title(following) and part_label(text) is None and match_area(text) is None


def _is_sub_heading(block: TextBlock, above_size: float | None) -> bool:
    """A bold line or heading set smaller than the heading that opened the
    area's section: one of its sub-headings ("How effective is the force at
    ...?"), not the next section."""
    size = block.style.size
    return bool(size and above_size and size < above_size - 0.5)


def _charted_names(doc: LayoutDocument) -> set[str]:
    """The keys of what a grade chart (a table with a column per grade) lists
    under its grade columns."""
    names: set[str] = set()
    for table in (b for b in doc.blocks if isinstance(b, Table)):
        header_row = next((row for row in range(min(table.n_rows, 3))
                           if sum(1 for c in table.row_cells(row) if grade_of(c.text)) >= 3), None)
        if header_row is None:
            continue
        names.update(key(c.text) for c in table.cells if c.row > header_row and c.text.strip())
    return names


@per_document
def own_area_headings(doc: LayoutDocument, framework: str | None) -> dict[str, Area]:
    """Headings naming an area of the force's own, which no framework lists
    (a non-territorial force's "Armed policing"), by key: a heading a grade
    chart lists under a grade, or one a judgment follows ("Our overall
    judgment: Good", "The force is good at <the heading's words>")."""
    charted = _charted_names(doc)
    found: dict[str, Area] = {}
    for index, block in enumerate(doc.blocks):
        if not isinstance(block, TextBlock) or not block.text.strip() or not is_heading_like(block):
            continue
        text = clean(block.text)
        if part_label(text) or match_area(text, framework):
            continue
        own = own_area(text, framework)
        if own is None:
            continue
        below = next((b for b in doc.blocks[index + 1:] if isinstance(b, TextBlock) and b.text.strip()), None)
        judged = below is not None and (bool(grade_label(below)) or any(
            j.area is None and key(j.phrase) == key(text) for j in judgments(clean(below.text), framework)))
        if key(text) in charted or judged:
            found[key(text)] = own
    return found


# "Yours sincerely,", "Kind regards": a letter's closing formula, over its signature
_VALEDICTION = re.compile(r"^(?:yours\s+(?:sincerely|faithfully|truly)|(?:with\s+)?(?:kind|best|warm)\s+(?:regards|wishes)"
                          r"|regards)\s*[,.]?$", re.I)
# "© HMICFRS 2026. www...", "Crown copyright 2025", "Copyright © ...": a footer's notice
_COPYRIGHT_LINE = re.compile(r"^(?:\u00a9|\(c\)\s|(?:crown\s+)?copyright\b)", re.I)


# A saved web page's furniture, by what it is rather than by one site's strings: a line holding a web address
# ("Printed 12/04/2026 from https://...", "www.example.gov.uk"), a breadcrumb ("Home > Publications > ..."), a menu
# of short links ("Accessibility | Cookies | Privacy"), a cookie banner, or a short line of link commands ("Back to
# top", "↑ Back to top", "Skip to main content", "Print this page Share this page", "Download the full report (PDF)")
_WEB_ADDRESS = re.compile(r"\bhttps?://|\bwww\.[a-z0-9-]+\.", re.I)
_BREADCRUMB = re.compile(r"^[^>\u203a\u00bb]{1,60}(?:\s[>\u203a\u00bb]\s[^>\u203a\u00bb]{1,160}){2,}$")
_LINK_MENU = re.compile(r"^[^|]{1,40}(?:\s\|\s[^|]{1,40}){3,}")
_COOKIE_BANNER = re.compile(r"\bcookies\b.*\b(?:accept|reject|settings|preferences|analytics|essential)\b"
                            r"|\b(?:accept|reject|analytics|essential)\b.*\bcookies\b", re.I)
_LINK_COMMAND = re.compile(r"^(?:[^\w\s]\s*)?(?:(?:back|return|go|jump|skip)\s+to\s+(?:the\s+)?"
                           r"(?:top|main\s+content|content|contents|navigation|page\s+top)\b|(?:print|share|email|bookmark)\s+this\s+(?:page|report)"
                           r"\b|download\s+(?:the\s+)?(?:full\s+)?(?:report|pdf|document|publication)\b)", re.I)


def is_web_furniture(text: str) -> bool:
    """A saved web page's navigation or link line: never an item, an
    item's detail, a finding or a title."""
    line = clean(text)
    words = len(line.split())
    return bool((_WEB_ADDRESS.search(line) and words <= 20) or _BREADCRUMB.match(line) or _LINK_MENU.match(line)
                or _COOKIE_BANNER.search(line) or (_LINK_COMMAND.match(line) and words <= 12))


_REPEATED_LINK_WORDS = 4  # "Back to top", "Top ↑", "Return to contents": a link's few words
_REPEATED_LINK_TIMES = 3  # printed after section upon section, as no sentence of a report is


def _repeated_link_lines(doc: LayoutDocument) -> set[str]:
    """The short plain lines a saved web page prints again and again between
    its sections (a link back up the page, whatever its words): no
    sentence, label, grade or figure, and set like the body around them."""
    counts: dict[str, int] = {}
    for block in doc.blocks:
        if isinstance(block, TextBlock) and block.kind is BlockKind.PARAGRAPH and not is_heading_like(block):
            line = clean(block.text)
            if (line and len(line.split()) <= _REPEATED_LINK_WORDS and not re.search(r"[\d.:;?!]", line)
                    and grade_of(line) is None and part_label(line) is None):
                counts[line] = counts.get(line, 0) + 1
    return {line for line, times in counts.items() if times >= _REPEATED_LINK_TIMES}


def _after_link_lines(doc: LayoutDocument) -> set[int]:
    """The blocks (ids) that come next after a saved web page's link line
    ("Back to top", "Share this page", a short line it repeats between its
    sections): the page's navigation closes a section, so no explanation
    of an item above runs on past it (into the share links below)."""
    repeated_links = _repeated_link_lines(doc)
    after: set[int] = set()
    pending = False
    for block in doc.blocks:
        line = clean(block.text) if isinstance(block, TextBlock) else None
        if line is not None and ((_LINK_COMMAND.match(line) and len(line.split()) <= 12) or line in repeated_links):
            pending = True
        elif pending and (line is None or not is_web_furniture(line)):
            after.add(id(block))
            pending = False
    return after


def _reading_blocks(doc: LayoutDocument) -> list[tuple[TextBlock | Table, int | None]]:
    """The document's top-level blocks, with a box read as the text it holds:
    a one-column table (a shaded practice or AFI box drawn as a table), or a
    table each row of which sets a part's label beside its item ("Area for
    improvement 1 | The force should ..."), is a frame around its lines, not
    a grid of values. Each block comes with the index of the box that holds
    it (None outside boxes). A copyright line is page furniture (a footer
    printed once, so the reader did not drop it as running), and so is a
    saved web page's navigation line ("Back to top", or a short line it
    repeats between its sections): never an item's detail."""
    out: list[tuple[TextBlock | Table, int | None]] = []
    repeated_links = _repeated_link_lines(doc)
    for box, block in enumerate(doc.blocks):
        if isinstance(block, TextBlock) and (_COPYRIGHT_LINE.match(line := clean(block.text))
                                             or is_web_furniture(line) or line in repeated_links):
            continue
        if isinstance(block, Table) and (block.n_cols == 1 or is_labelled_box(block)):
            out.extend((b, box) for row in range(block.n_rows) for cell in block.row_cells(row) for b in cell.blocks)
        else:
            out.append((block, None))
    return out


_PRACTICES = (Part.PROMISING_PRACTICE, Part.INNOVATIVE_PRACTICE)
_BOXED_ITEMS = (Part.AREAS_FOR_IMPROVEMENT, Part.CAUSES_OF_CONCERN, Part.RECOMMENDATIONS)
# "Figure 1: ...", "Table 2 – ...", "Source: Home Office data", "Note: ...": a figure's caption or note, which
# belongs to the figure, never an item, a finding or an item's explanation
_FIGURE_NOTE = re.compile(r"^(?:(?:figure|fig\.|table|chart|graph|map|diagram|exhibit)\s+\d+(?:\.\d+)*[a-z]?"
                          r"\s*(?::|\.\s|\s[-\u2013\u2014]\s)"
                          r"|(?:data\s+)?(?:sources?|notes?|base)\s*:)", re.I)


def _boxes_hold_explanations(reading: list[tuple[TextBlock | Table, int | None]]) -> bool:
    """Whether the document's boxes of AFIs and causes of concern hold their
    explanations: one box sets a paragraph below its item, under the label
    ("Area for improvement" / the item / its explanation). Then a box's end
    is its item's end; a web page's boxes hold the item alone, its
    explanation printed below the box."""
    lines_of_box: dict[int, list[str]] = {}
    for block, in_box in reading:
        if in_box is not None and isinstance(block, TextBlock) and block.text.strip():
            lines_of_box.setdefault(in_box, []).append(clean(block.text))
    for lines in lines_of_box.values():
        for at, line in enumerate(lines[:-2]):
            label = part_label(line)
            if label and label[0] in (Part.AREAS_FOR_IMPROVEMENT, Part.CAUSES_OF_CONCERN) \
                    and part_label(lines[at + 2]) is None:
                return True
    return False


def is_figure_note(text: str) -> bool:
    """A figure's or table's caption ("Figure 1: ...") or its source or note line."""
    return bool(_FIGURE_NOTE.match(clean(text)))


def is_labelled_box(table: Table) -> bool:
    """A two-column table whose every row opens with a part's label."""
    return table.n_cols == 2 and all(
        (cells := table.row_cells(row)) and part_label(clean(cells[0].text)) for row in range(table.n_rows))


_BILINGUAL_LINE = re.compile(r"^[^/]+\s/\s[^/]+$")  # "Welsh / English": a line printed in both languages


@per_document
def place_blocks(doc: LayoutDocument, ctx: DocumentContext) -> list[Placed]:
    """Every top-level block of ``doc`` with its area, framework and part
    (worked out once for grades, AFIs, causes of concern and findings)."""
    own_areas = own_area_headings(doc, ctx.framework)
    placed: list[Placed] = []
    area: Area | None = None
    area_raw: str | None = None
    framework = ctx.framework
    peel_framework = ctx.framework if ctx.framework and ctx.framework.startswith("PEEL") else None
    part: Part | None = None
    titles_in_part = 0
    bullets_in_part = 0
    label_size: float | None = None  # size of the label that opened the part
    area_size: float | None = None  # size of the heading that opened the area's section
    area_label_size: float | None = None  # size of the label that named the area ("Cause of concern 1 – <area>")
    area_of_part = False  # the area was named by the part's lead-in, and holds for that part only
    area_outside: tuple[Area | None, str | None] = (None, None)  # the area the section had before it
    labelled_part: Part | None = None  # the part the last label opened
    numbered_lead_in: TextBlock | None = None  # a paper's numbered paragraph whose bullets are the part's items
    in_contents = False  # the lines under a "Contents" heading
    interrupted: tuple[Part | None, int, int, float | None] | None = None  # the findings' state a practice broke into
    box: int | None = None  # the box being read
    before_box: tuple[Part | None, int, int, float | None] | None = None  # the part's state where the box began
    item_in_box = False  # the box holds an item of the part it opened, not its label alone
    reading = _reading_blocks(doc)
    after_links = _after_link_lines(doc)
    side = bilingual_side(doc)
    boxes_explain = _boxes_hold_explanations(reading)
    for index, (block, in_box) in enumerate(reading):
        if in_box != box:
            if before_box and before_box[0] is not part and (part in _PRACTICES or (item_in_box and boxes_explain)):
                # a box is an aside: a practice's (set between two main findings), or an item's where the
                # document's item boxes hold their explanations; the part it interrupted goes on after it. Where
                # they hold the item alone, its explanation is printed below the box
                part, titles_in_part, bullets_in_part, label_size = before_box
            box, before_box = in_box, (part, titles_in_part, bullets_in_part, label_size) if in_box is not None else None
            item_in_box = False
        if isinstance(block, TextBlock) and (is_contents_line(block.text)
                                             or (in_contents and _is_contents_entry(block))):
            # "Areas for improvement ........ 3": a contents line names a part, never opens one or is an item
            placed.append(Placed(index, block, None, None, framework, None, "body"))
            continue
        if (side and isinstance(block, TextBlock) and block.kind is not BlockKind.HEADING
                and not _BILINGUAL_LINE.match(clean(block.text)) and reads_as_welsh(block.text)):
            # a bilingual document's Welsh copy of the English paragraph beside it: no item of its own
            placed.append(Placed(index, block, area, area_raw, framework, part, "note"))
            continue
        if isinstance(block, TextBlock) and is_figure_note(block.text):
            # "Figure 1: ...", "Source: ...": the figure's, whatever part it stands in
            placed.append(Placed(index, block, area, area_raw, framework, part, "note"))
            continue
        in_contents = isinstance(block, TextBlock) and is_heading_like(block) and bool(
            _CONTENTS_HEADING.match(key(block.text)))
        state_before = (part, titles_in_part, bullets_in_part, label_size)
        role = "body"
        number = None
        inline: str | None = None
        item_area: Area | None = None
        item_timescale: str | None = None
        if isinstance(block, TextBlock) and block.text:
            # a bilingual heading or label ("Meysydd i'w gwella / Areas for improvement") reads by its English side
            text = in_english(clean(block.text), side) if is_heading_like(block) or len(block.text.split()) <= 12 \
                else clean(block.text)
            if numbered_lead_in and is_numbered_paragraph(block) and block.level <= numbered_lead_in.level:
                part, numbered_lead_in = None, None  # the paper's next paragraph: its bullets have ended
            heading = is_heading_like(block)
            label = part_label(text, ctx.gives_findings) if heading or len(text.split()) <= 6 \
                else None
            if label and label[0] is Part.MAIN_FINDINGS and placed and placed[-1].part is Part.CAUSES_OF_CONCERN \
                    and placed[-1].role == "title":
                # "What we found" right under a cause's statement heads the cause's explanation, never the
                # report's findings: the cause's part goes on
                placed.append(Placed(index, block, area, area_raw, framework, part, "note"))
                continue
            opened = inline_label(text) if label is None else None
            introduced = _part_introduced(text) if label is None and is_lead_in(text) else None
            run_in = one_item_run_in(text) if label is None and opened is None and introduced is None else None
            # a short line naming an inspection switches to it, not one recalling an earlier one
            # ("Previous grade (PEEL 2021/22): Good" under an area's heading)
            cue = framework_cue(text) if heading or (len(text.split()) <= 12 and not _RECALL.search(text)) else None
            if cue:
                framework = cue
                if cue.startswith("PEEL"):
                    peel_framework = cue
            graded = graded_heading(text, framework) if heading else None
            counted = counted_heading(text, framework) if heading else None
            named = (match_area(text, framework) or own_areas.get(key(text))
                     or (graded or counted or (None,))[0]) if heading else None
            stated = judgments(text, framework) if len(text.split()) <= 40 else ()
            judged = [j for j in stated if j.area]
            if len({j.area for j in judged}) > 1 or len({j.phrase for j in stated}) > 1:
                # a summary grading several areas opens no area's section, nor does a line grading an area and
                # something else ("good at building ... the workforce and at leading and managing the force")
                judged = []
            elif judged and not heading and _names_another_area(text, judged[0].area, framework):
                # a commentary on the grades ("... is good at preventing crime. Investigating crime remains
                # adequate ...") opens no one area's section
                judged = []
            if _VALEDICTION.match(text):
                # a letter's closing: the signatory's name and title below are no item's explanation
                area = area_raw = area_size = None
                part = None
            elif label:
                part, number = label
                labelled_part = part
                role, titles_in_part, bullets_in_part, label_size = "label", 0, 0, block.style.size
                if area_of_part:
                    (area, area_raw), area_of_part = area_outside, False
                elif area_label_size and block.style.size > area_label_size + 0.5:
                    # a label set larger than the one that named the area: a part of the paper's own, outside it
                    area = area_raw = area_label_size = None
            elif ((part or _RECOMMENDING.search(text) or introduced) and is_lead_in(text)
                  and (not is_bulleted(block) or (introduced and is_numbered_paragraph(block)))):
                # the part goes on below its lead-in, or the part the lead-in names ("We found the following areas
                # for improvement:", "To address this cause of concern, we recommend that X:"); a lead-in with a
                # timescale opens a cause's recommendations, and a dated "... should:" opens recommendations
                # wherever it stands (a thematic's chapter)
                if opened and opened.rest:
                    inline = opened.rest  # "Recommendations: Within six months, the force should:", less its label
                if introduced:
                    part = introduced
                if is_bulleted(block):
                    # "4. HMICFRS identified three areas for improvement:", a paper's numbered paragraph over them
                    role, numbered_lead_in = "lead_in", block
                elif timescale_of(text) and (part is Part.CAUSES_OF_CONCERN or (
                        part in (None, Part.OTHER) and _RECOMMENDING.search(text))):
                    part = Part.RECOMMENDATIONS
                # "It identified two areas for improvement in investigating crime:": the area of the items below
                named_by_lead_in = lead_in_area(text, framework)
                if named_by_lead_in:
                    area_outside = area_outside if area_of_part else (area, area_raw)
                    (area, area_raw), area_of_part = named_by_lead_in, True
            elif run_in:
                # "It made one recommendation: Within three months, ...": the item, in the area its lead-in names
                part, lead, inline = run_in
                item_area = (lead_in_area(lead, framework) or (None, None))[0]
                role, titles_in_part, label_size = "title", 1, block.style.size
            elif opened:
                part, number = opened.part, opened.number
                bracketed, bracketed_timescale = opened.bracketed(framework)
                run_on = match_area(opened.rest, framework) if opened.rest and not opened.area else None
                if opened.rest is None or run_on:
                    # "Cause of concern: Responding to children at risk of harm", "Cause of concern 1 (Investigating
                    # crime)": a label heading naming the area its items belong to, never an item itself
                    if bracketed or run_on:
                        area, area_raw, area_of_part = bracketed or run_on, opened.area or opened.rest, False
                        area_label_size = block.style.size
                    role, titles_in_part, bullets_in_part, label_size = "label", 0, 0, block.style.size
                else:
                    inline, item_area, item_timescale = opened.rest, bracketed, bracketed_timescale
                    role, titles_in_part, label_size = "title", 1, block.style.size
            elif grade_label(block):
                role = "label"
            elif named or judged:
                new_area = named or judged[0].area
                if named or new_area != area:
                    printed = ((graded or counted)[1] if graded or counted else unnumbered(text)) if named \
                        else judged[0].phrase
                    area, area_raw, area_of_part, area_label_size = new_area, printed, False, None
                    if counted:
                        part = counted[2]  # "Investigating crime (one area for improvement)": its items below
                    elif (named and labelled_part in (Part.CAUSES_OF_CONCERN, Part.AREAS_FOR_IMPROVEMENT)
                          and part in (labelled_part, Part.RECOMMENDATIONS)
                          and not _is_larger(block, label_size) and _over_item_title(reading, index)):
                        # a letter's "Causes of concern" with an area heading, set no larger, over each cause's
                        # bold statement: the heading sorts the part's items, the next cause after the
                        # recommendations of the last
                        part = labelled_part
                    elif not (named and _is_sub_heading(block, label_size)):
                        part = None  # an area's heading set below the part's label sorts the part's items
                    area_size = block.style.size if named else None
                role = "area"
                if CHILD_PROTECTION in new_area.frameworks and len(new_area.frameworks) == 1:
                    framework = CHILD_PROTECTION
                elif framework == CHILD_PROTECTION or framework not in new_area.frameworks:
                    framework = peel_framework if peel_framework in new_area.frameworks else (
                        new_area.frameworks[0] if len(new_area.frameworks) == 1 else peel_framework)
            elif ((heading or is_bulleted(block)) and part is None and area is not None
                  and is_afi_sentence(strip_bullet(text))):
                # a bold or numbered "The force should ..." in an area's section, no label above: an AFI of its own
                part = Part.AREAS_FOR_IMPROVEMENT
                if heading:
                    role, titles_in_part, bullets_in_part, label_size = "title", 1, 0, block.style.size
            elif heading:
                if part in _PRACTICES and titles_in_part and interrupted and _is_statement(block, interrupted[3]):
                    # a statement after a practice set among the main findings, no box around it: the list goes on
                    part, titles_in_part, bullets_in_part, label_size = interrupted
                keeps_part = (
                    # a heading as large as the part's label and larger than the area headings sorting its
                    # items is the paper's next section ("Performance against the plan"), no item
                    (part in (Part.AREAS_FOR_IMPROVEMENT, Part.CAUSES_OF_CONCERN) and _is_item_title(block, text)
                     and not (_label_sibling(block, label_size) and _is_larger(block, area_size)))
                    or (part in _PRACTICES and titles_in_part == 0)
                    or (part is Part.MAIN_FINDINGS and bullets_in_part == 0 and _is_statement(block, label_size))
                )
                if keeps_part:
                    role = "title"
                    titles_in_part += 1
                elif _is_sub_heading(block, area_size):
                    part = None  # a heading of the area's own section ("How effective is the force at ...?")
                elif block.kind is BlockKind.HEADING or not block.text.rstrip().endswith((".", ";", ",")):
                    area = area_raw = area_size = area_label_size = None
                    part = None
            if part and is_bulleted(block):
                bullets_in_part += 1
        if part is not state_before[0]:
            # the findings list a practice interrupts, to go on after it
            interrupted = state_before if part in _PRACTICES and state_before[0] is Part.MAIN_FINDINGS else None
        placed.append(Placed(index, block, area, area_raw, framework, part, role, number, inline, item_area,
                             item_timescale, id(block) in after_links))
        item_in_box = item_in_box or (box is not None and part in _BOXED_ITEMS and role != "label")
    return placed


# the dot leader and page number of a contents line
_CONTENTS_LINE = re.compile(r"(?:\.\s?){4,}\s*\d+$|\u2026+\s*\d+$")
_TAB_PAGE_NUMBER = re.compile(r"\t\s*\d{1,4}\s*$")  # Word's contents: the page number after a tab


def is_contents_line(text: str) -> bool:
    """A contents line ("Areas for improvement ........ 3", or Word's
    "Areas for improvement<tab>3"): it points to a part, never is one."""
    return bool(_CONTENTS_LINE.search(clean(text)) or _TAB_PAGE_NUMBER.search(text))
_CONTENTS_HEADING = re.compile(r"^(?:table of )?contents$")


def _is_contents_entry(block: TextBlock) -> bool:
    """A line under a "Contents" heading naming a section ("Areas for
    improvement 3", its page after a tab): short, no heading, no sentence."""
    text = clean(block.text)
    return block.kind is not BlockKind.HEADING and len(text.split()) <= 12 and not text.endswith((".", ":", ";"))


# "<timescale>, <subject> should": the subject after the opening clause
_ADDRESSEE = re.compile(r"^(?:[^,]{3,60},\s+)?(?:the\s+)?(?P<subject>[A-Za-z][^,]{1,60}?)\s+(?:should|must)\b")
# "chief constables should", "all forces should", "the College of Policing should": an item made nationally,
# to no one force
_NATIONAL_ADDRESSEE = re.compile(
    r"^(?:all\s+|every\s+)?(?:chief\s+constables?|(?:police\s+)?forces)$"
    r"|^(?:college\s+of\s+policing|national\s+police\s+chiefs\W?\s+council|npcc|home\s+office|ministry\s+of\s+justice"
    r"|home\s+secretary|national\s+crime\s+agency)\b", re.I)


def force_addressed(text: str, ctx: DocumentContext, holder: str | None = None) -> str | None:
    """The force a recommendation or area for improvement is addressed to:
    one it names ("By 30 April 2026, the Metropolitan Police Service should
    ..."), none where it is made to every force or a national body ("chief
    constables should", "the College of Policing should", a thematic's
    "Forces should ..."), else the force whose items the column holding it
    lists (``holder``), else the document's."""
    m = _ADDRESSEE.match(clean(text))
    subject = m.group("subject").strip() if m else ""
    if _NATIONAL_ADDRESSEE.match(subject):
        return None
    named: Force | None = force_of_subject(subject) if subject else None
    return named.name if named else holder or ctx.force


# "The force should make sure ...", "Kent Police should improve ...": what the force should do
_SHOULD_SENTENCE = re.compile(r"^(?P<subject>[A-Z][A-Za-z&\-\.' ]{1,60}?)\s+should\s+(?!,)\w")


def is_afi_sentence(text: str) -> bool:
    """A sentence saying what the force should do, with no timescale (a
    recommendation has one) and ending as a sentence does."""
    m = _SHOULD_SENTENCE.match(text)
    if not m or timescale_of(text) or not text.rstrip().endswith("."):
        return False
    subject = m.group("subject").strip()
    return key(subject) in THE_FORCE or force_of_subject(subject) is not None


def _names_the_force(text: str) -> bool:
    """An AFI sentence naming the force itself ("The force should ...",
    "Kent Police should ..."): "It should ..." after one goes on about the
    same AFI, never opens another."""
    m = _SHOULD_SENTENCE.match(text)
    return bool(m) and key(m.group("subject")) != "it" and is_afi_sentence(text)


_LIST_END = re.compile(r"\s*(?:[;,]\s*(?:and|or)?|\band)\s*$", re.I)
_BULLET_START = re.compile(r"^\s*[\u2022\u25aa\u25cf\u25e6\u2023\u2043\u25a0\u25a1\u00b7\-\u2013]\s+")
# "(a) The force should ...": a paper's lettered paragraphs are a list written as prose
_LETTER_MARKER = re.compile(r"^\s*\([a-z]\)\s+(?=[A-Z])")


def list_text(text: str) -> str:
    """A list item's text without its bullet and the "; and" that joins it to the next."""
    return _LIST_END.sub("", _LETTER_MARKER.sub("", strip_bullet(clean(text)))).strip()


def is_bulleted(block: TextBlock) -> bool:
    return block.kind is BlockKind.LIST_ITEM or bool(_BULLET_START.match(block.text) or _LETTER_MARKER.match(block.text))


def is_numbered_paragraph(block: TextBlock) -> bool:
    """A list item numbered "4." or "(4)": a paper's numbered paragraph."""
    return block.kind is BlockKind.LIST_ITEM and bool(block.marker and _NUMBER_MARKER.match(block.marker))


def continues(previous: str, text: str) -> bool:
    """``text`` carries on the sentence ``previous`` left open (a paragraph
    or bullet cut by a page break)."""
    return bool(text) and text[0].islower() and not previous.rstrip().endswith((".", "!", "?", ":", ";"))


_NUMBER_MARKER = re.compile(r"^\(?(\d+)[.)]?$")


def _next_in_numbering(previous: TextBlock | Table, block: TextBlock) -> bool:
    """``block`` carries on the numbering of ``previous`` ("3." after "2."):
    its sibling, whatever indent the page gave it (a list that runs on into
    the next text column)."""
    if not isinstance(previous, TextBlock) or not previous.marker or not block.marker:
        return False
    before, after = _NUMBER_MARKER.match(previous.marker), _NUMBER_MARKER.match(block.marker)
    return bool(before and after and int(after.group(1)) == int(before.group(1)) + 1)


def _nested_under(item: "Item", block: TextBlock) -> bool:
    """``block`` is a sub-bullet of ``item``: set deeper than the item's own
    bullet, or under an item that is no bullet (a bold title); a bullet at
    the item's own depth is its sibling, however deep the list starts."""
    own = item.placed.block
    return not item.bulleted or not isinstance(own, TextBlock) or own.level < block.level


@dataclass(slots=True)
class Item:
    """An AFI or cause of concern: its own heading, sentence or bullet, and
    the paragraphs that explain it."""

    placed: Placed
    text: str
    detail: list[str]
    bulleted: bool
    labelled_area: Area | None = None  # the area its words open with, or its label names ("AFI 2 (Managing offenders)")
    closed: bool = False  # its explanation ended at a paragraph of another voice ("Update: ...")
    # the one bullet under a label naming one item ("Area for improvement"): the paragraphs below explain it, as
    # they would the sentence under the label
    labelled_alone: bool = False
    sentence: int = 0  # its place among the items one paragraph sets out sentence by sentence

    @property
    def key(self) -> tuple[int, ...]:
        """What tells the item apart from the document's others: its block, and
        its sentence where its paragraph holds several items."""
        return (self.placed.index, self.sentence) if self.sentence else (self.placed.index,)

    @property
    def detail_text(self) -> str | None:
        return "\n\n".join(self.detail) or None

    @property
    def area(self) -> Area | None:
        """The area the item names before its words, else the section's that holds it."""
        return self.labelled_area or self.placed.area


# "Investigating crime: The force should ...": an item's words run on after the area it belongs to
_AREA_RUN_IN = re.compile(r"^(?P<label>[A-Z][^:;.]{2,90}?)\s*(?::|\s[-\u2013\u2014]\s)\s*(?P<rest>[A-Z].*)$")
# "Update: ...", "Status: Amber", "Commissioner's comment: ...": another voice's labelled paragraph, its label
# printed in two languages in a bilingual document ("Ymateb y Comisiynydd / Commissioner's response: ...")
_LABELLED_PARAGRAPH = re.compile(r"^(?:[^\W\d_][\w'\u2019 ]{1,30}\s/\s)?[A-Z][A-Za-z'\u2019 ]{1,30}:(?:\s|$)")
# An earlier inspection's item recalled: "In our last inspection, we said the force should ... we have closed
# that area for improvement" (an earlier inspection, and an item named or reported)
_EARLIER_INSPECTION = re.compile(r"\b(?:last|previous|earlier|prior|original|20\d\d(?:[/-]\d{2,4})?)\s+"
                                 r"(?:PEEL\s+)?inspection\b", re.I)
_ITEM_KIND = re.compile(r"\b(?:areas? for improvement|causes? (?:of|for) concern|recommendations?)\b", re.I)
_ITEM_NAMED = re.compile(rf"{_ITEM_KIND.pattern}|\bwe\s+(?:said|recommended|asked|told)\b", re.I)


def _recalls_item(text: str) -> bool:
    """The paragraph recalls an earlier inspection's item."""
    return bool(_EARLIER_INSPECTION.search(text) and _ITEM_NAMED.search(text))


# "The force answers most emergency calls ...": a sentence whose subject is the force, saying in a verb of its
# own what it does (never "is introducing", "has recognised": what it is doing about the item)
_FORCE_STATEMENT = re.compile(r"^(?P<subject>[Tt]he\s+(?:force|constabulary|service)|It"
                              r"|[A-Z][\w&'\u2019.-]*(?:\s+(?:and\s+)?[A-Z][\w&'\u2019.-]*)*)\s+"
                              r"(?!(?:is|are|was|were|has|have|had|will|would|shall|should|can|could|may|might|must"
                              r"|needs?|does|did|plans|intends|aims)\b)[a-z]")
# what an explanation opens with: a word pointing back to what it explains ("This means ...", "These delays ...")
_POINTS_BACK = re.compile(r"\b(?:this|these|those|that|such|they|them)\b", re.I)
# what an explanation's first sentence says: a shortfall ("doesn't", "rarely", "only", "too many") or a
# consequence ("can", "may"); later sentences of a finding use these words as freely ("Call handlers can see ...")
# ("may" in lower case only: "in May 2025" is a month)
_SHORTFALL = re.compile(r"\b(?:not|no|never|rarely|seldom|only|too|poor(?:ly)?|without|cannot|can|could|(?-i:may)"
                        r"|might)\b|n['\u2019]t\b", re.I)
# what an explanation says anywhere: a turn from what the force does well to a shortfall ("But too many ...",
# "However, ...")
_TURN = re.compile(r"\b(?:but|however|although|yet|despite)\b", re.I)


def _force_finding(text: str) -> bool:
    """A paragraph that is a finding of the section's own, not an item's
    explanation: it opens with a sentence of what the force does ("The force
    answers most emergency calls within ten seconds.") that points back to
    nothing and states no shortfall or consequence, and no later sentence
    turns to a shortfall ("But ...") or states a remedy."""
    first = SENTENCE_END.split(clean(text), maxsplit=1)[0]
    m = _FORCE_STATEMENT.match(first)
    if not m or not (key(m.group("subject")) in THE_FORCE or force_of_subject(m.group("subject"))):
        return False
    return not (_POINTS_BACK.search(first) or _SHORTFALL.search(first) or _TURN.search(text)
                or _ITEM_TITLE_VERB.search(text))


def _explain(item: Item, text: str) -> None:
    """A paragraph below an item is its explanation, unless it recalls an
    earlier inspection's item, which ends the explanation."""
    if _recalls_item(text):
        item.closed = True
    else:
        item.detail.append(text)


# "It made two recommendations to address it.", "3.2 The inspectorate also identified three areas for improvement":
# a paragraph counting the items that follow, no explanation of the item above
_ANNOUNCES_ITEMS = re.compile(rf"^(?:\(?\d+(?:\.\d+)*[.)]?\s+)?"
                              rf"(?:it|we|hmicfrs|inspectors|the\s+(?:inspectorate|report))\s+"
                              rf"(?:has\s+|have\s+)?(?:also\s+)?(?:made|identified|raised|set\s+out)\s+"
                              rf"(?:{_NUMBER}|the\s+following)\s+{_ITEM_KIND.pattern}", re.I)
# "Cause of concern", "Area for improvement": a label over one item, the sentence that follows
_ONE_ITEM_LABEL = re.compile(r"^(?:area for improvement|cause (?:of|for) concern)$")


def _names_one_item(label: str) -> bool:
    """A label in the singular, over the one item that follows it."""
    return bool(_ONE_ITEM_LABEL.match(_LABEL_NUMBER.sub("", key(label))))


def _area_run_in(text: str, framework: str | None) -> tuple[Area, str] | None:
    """The area an item's words open with, and its words after it
    ("Investigating crime: The force should ..."), or None."""
    m = _AREA_RUN_IN.match(text)
    area = match_area(m.group("label"), framework) if m else None
    return (area, m.group("rest")) if area else None


# The item's area in brackets after its words ("The force should ... in every call. (Responding to the public)")
# or before them ("(Managing offenders) The force should ...")
_AREA_BRACKETED = (re.compile(r"^(?P<rest>.+?[.!?])\s*[(\[](?P<label>[^()\[\]]{3,90})[)\]]$"),
                   re.compile(r"^[(\[](?P<label>[^()\[\]]{3,90})[)\]]\s*(?::|[-\u2013\u2014]\s)?\s*(?P<rest>[A-Z].*)$"))


def _area_bracketed(text: str, framework: str | None) -> tuple[Area, str] | None:
    """The area an item names in brackets before or after its words, and its
    words without them, or None."""
    for pattern in _AREA_BRACKETED:
        m = pattern.match(text)
        area = match_area(m.group("label"), framework) if m else None
        if area:
            return area, m.group("rest")
    return None


def _new_item(p: Placed, text: str, bulleted: bool) -> Item:
    """An item, its area taken from a label its words open with or a bracket
    before or after them, if that names an area."""
    run_in = _area_run_in(text, p.framework) or _area_bracketed(text, p.framework)
    return Item(p, run_in[1], [], bulleted, run_in[0]) if run_in else Item(p, text, [], bulleted, p.item_area)


def _explains_numbered(item: Item, block: TextBlock) -> bool:
    """``block`` is a letter's next numbered paragraph after the one item a
    singular label ("Cause of concern") set over it ("3." the cause, "4."
    its detail): the paper numbers its paragraphs, not its items."""
    own = item.placed.block
    return (item.labelled_alone and isinstance(own, TextBlock) and is_numbered_paragraph(own)
            and is_numbered_paragraph(block) and block.level == own.level)


def _plain_paragraph(p: Placed) -> bool:
    return isinstance(p.block, TextBlock) and p.role == "body" and not is_bulleted(p.block) \
        and not is_heading_like(p.block)


def _between_bullets(placed: list[Placed]) -> set[int]:
    """The indices of paragraphs set between two bullets of one list (the
    bullet above them explained before the list goes on): the explanation
    of the bullet above, where a paragraph after a list's last bullet may be
    the paper's own prose."""
    between: set[int] = set()
    position = 0
    while position < len(placed):
        end = position
        while end < len(placed) and _plain_paragraph(placed[end]):
            end += 1
        if end > position and position > 0 and end < len(placed):
            before, after = placed[position - 1], placed[end]
            if (isinstance(before.block, TextBlock) and isinstance(after.block, TextBlock)
                    and before.role == after.role == "body" and is_bulleted(before.block)
                    and is_bulleted(after.block) and before.block.level == after.block.level
                    and before.part is after.part is not None):
                between.update(p.index for p in placed[position:end])
        position = max(end, position + 1)
    return between


# "1 The force should ...": a list's number printed with no full stop, read as the paragraph's first word
_BARE_NUMBER = re.compile(r"^(?P<number>\d{1,2})\s+(?=[A-Z])")


def _bare_numbered_items(placed: list[Placed]) -> dict[int, str]:
    """The words, less their numbers, of paragraphs that open with bare
    numbers counting up from one ("1 The force should ...", "2 The force
    should ..."), every one of them worded as an item: a numbered list whose
    numbers the reader took for words, by the index of each paragraph."""
    found: dict[int, str] = {}
    run: list[tuple[int, str]] = []
    for p in [*placed, None]:
        m = _BARE_NUMBER.match(p.text) if p is not None and _plain_paragraph(p) else None
        if m and int(m.group("number")) == len(run) + 1 and _ITEM_TITLE_VERB.search(p.text):
            run.append((p.index, p.text[m.end():]))
            continue
        if len(run) >= 2:
            found.update(run)
        run = [(p.index, p.text[m.end():])] if m and m.group("number") == "1" and _ITEM_TITLE_VERB.search(p.text) \
            else []
    return found


def _afi_sentences(text: str) -> list[str] | None:
    """The sentences of a paragraph every one of which says what the force
    should do, each after the first naming the force ("The force should ...
    The force should ..."), else None."""
    first, *rest = SENTENCE_END.split(text)
    return [first, *rest] if is_afi_sentence(first) and all(_names_the_force(s) for s in rest) else None


def _add_sentence_items(items: list[Item], p: Placed, text: str, part: Part) -> Item:
    """The items of a plain paragraph appended to ``items``: one a sentence
    where each says what the force should do (one-line AFIs a reader joined
    into one paragraph), else the paragraph as one; the last returned."""
    sentences = (_afi_sentences(text) if part is Part.AREAS_FOR_IMPROVEMENT else None) or [text]
    for at, sentence in enumerate(sentences):
        item = _new_item(p, sentence, False)
        item.sentence = at
        items.append(item)
    return items[-1]


def _sibling_sentence(item: Item, text: str) -> bool:
    """``text`` is the next of a run of one-sentence AFIs set as paragraphs
    ("The force should ..." under "The force should ..."): the item above is
    such a paragraph with nothing explaining it, and every sentence of
    ``text`` says what the force should do, as no explanation does."""
    return (not item.bulleted and item.placed.role == "body" and not item.detail
            and is_afi_sentence(item.text) and _names_the_force(SENTENCE_END.split(text)[0])
            and _afi_sentences(text) is not None)


def items_of(placed: list[Placed], part: Part, trackers: Collection[Table] = ()) -> list[Item]:
    """The items of every ``part`` of the document: bullets; bold or italic
    headings each with the paragraphs that follow (the detail); or, under a
    numbered label ("Area for improvement 1"), the sentence that follows.
    ``trackers``: the tables that quote items (a progress report's tracker);
    the plain paragraphs after one in its part are the paper's own account
    ("3.3 The force has improved ...", a summary under area headings), no
    items."""
    tracker_ids = {id(table) for table in trackers}
    items: list[Item] = []
    current: Item | None = None
    sentence_expected = False
    after_tracker = False  # the part's items were quoted by a table above: its prose is the paper's own
    between = _between_bullets(placed)
    numbered = _bare_numbered_items(placed)
    for p in placed:
        block = p.block
        if p.part is not part or isinstance(block, Table):
            current = None if p.part is not part or id(block) in tracker_ids else current
            after_tracker = p.part is part and (after_tracker or id(block) in tracker_ids)
            continue
        text = p.text
        if not text or p.role == "note":
            continue  # a figure's caption or source line: the figure's, not an item's
        if p.after_link and current:
            current.closed = True  # the page's navigation ended the section the item explained
        if p.role == "label":
            current, sentence_expected, after_tracker = None, p.label_number is not None or _names_one_item(p.text), False
        elif p.role in ("area", "lead_in"):
            current = None  # the next area's heading, or the lead-in of the items below: what follows is theirs
        elif p.role == "title":
            current = _new_item(p, text, False)
            items.append(current)
        elif is_bulleted(block) or p.index in numbered:
            if (current and block.kind is BlockKind.LIST_ITEM and block.level > 0
                    and _nested_under(current, block) and not _next_in_numbering(current.placed.block, block)):
                current.detail.append(list_text(text))
            elif current and _explains_numbered(current, block):
                _explain(current, list_text(text))
            else:
                current = _new_item(p, list_text(numbered.get(p.index, text)), True)
                current.labelled_alone, sentence_expected = sentence_expected, False
                items.append(current)
        elif is_lead_in(text) or _ANNOUNCES_ITEMS.match(text):
            current = None  # it introduces what follows, not the item above
        elif (run_in := _area_run_in(text, p.framework)) and _ITEM_TITLE_VERB.search(run_in[1]):
            # "Investigating crime: The force should ...": an item set apart by the area it opens with
            current = _new_item(p, text, False)
            items.append(current)
            sentence_expected = False
        elif _LABELLED_PARAGRAPH.match(text):
            # another voice's labelled paragraph ("Update: ...", "Status: Amber"): no item, and the end of the
            # explanation above
            if current:
                current.closed = True
            sentence_expected = False
        elif current is None:
            if sentence_expected and _ITEM_KIND.search(text) and not _ITEM_TITLE_VERB.search(text):
                continue  # "We found one area for improvement.": about the item below, not the item
            if ((sentence_expected or (_ITEM_TITLE_VERB.search(text) and not _recalls_item(text) and not after_tracker))
                    and not _NONE_FOUND.search(text)):
                current = _add_sentence_items(items, p, text, part)
            sentence_expected = False
        elif current.closed:
            continue  # the other voice's prose, up to the next item
        elif part is Part.AREAS_FOR_IMPROVEMENT and _sibling_sentence(current, text):
            current = _add_sentence_items(items, p, text, part)
        elif current.bulleted or not current.detail:
            if continues(current.text, text):
                current.text = f"{current.text} {list_text(text) if current.bulleted else text}"
            elif not current.bulleted or current.labelled_alone or p.index in between:
                _explain(current, text)
        elif continues(current.detail[-1], text):
            current.detail[-1] = f"{current.detail[-1]} {text}"
        elif _force_finding(text):
            current.closed = True  # the item is explained: the section's own findings go on below it
        else:
            _explain(current, text)
    return items
