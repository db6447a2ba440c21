"""The PDF backend on text typeset as publishers set it: justified narrow
page columns (whose stretched word spaces are as wide as a table's gaps),
words hyphenated at a line end, and capitals typed a space apart. Each is
read as the words printed: columns in reading order, never a table; a
hyphenated word whole where it is a word ("improvement") and with its
hyphen where it is a compound ("problem-solving"); a spaced label as its
words ("AREA FOR IMPROVEMENT")."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

from tests.ingest.pdf_builders import BOLD, ITALIC, PORTRAIT, REGULAR, canvas_pdf, grid, read, register_fonts, story_pdf, style
from pipeline.layout import Table, TextBlock

_PREFIXES = ("under", "com", "con", "pro", "im", "in", "de")
_SUFFIXES = ("ments", "ment", "tions", "tion", "ing", "ers")


def _hyphenator(word: str) -> Iterator[tuple[str, str]]:
    """Where a typesetter's dictionary lets a word break: after a prefix, before a suffix."""
    lower = word.lower()
    cuts = {len(word) - len(s) for s in _SUFFIXES if lower.endswith(s) and len(word) - len(s) >= 3}
    cuts |= {len(p) for p in _PREFIXES if lower.startswith(p) and len(word) - len(p) >= 4}
    for cut in sorted(cuts, reverse=True):
        yield word[:cut], word[cut:]


def _justified(size: float = 10, bold: bool = False):
    st = style(size, bold=bold)
    st.alignment, st.hyphenationLang, st.hyphenationMinWordLength = TA_JUSTIFY, _hyphenator, 7
    return st


_LEFT = ("The constabulary has invested in specialist investigation teams and in the training of its "
         "supervisors. But the performance information its leaders receive counts activity rather than "
         "outcomes, and managers cannot see how long victims wait for contact.")
_AFI = ("The constabulary should make sure that supervisors review every investigation within "
        "seven days of allocation.")
_RIGHT = ("Neighbourhood officers work closely with partner agencies, and community confidence is "
          "improving. Complaints are investigated promptly and their outcomes are communicated.")


def _two_columns() -> bytes:
    """A page of two justified, hyphenated columns 14 points apart, a spaced
    capital label and a bold sentence in each."""
    register_fonts()
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=PORTRAIT, leftMargin=56, rightMargin=56, topMargin=72, bottomMargin=72)
    width = (PORTRAIT[0] - 112 - 14) / 2
    frames = [Frame(56, 72, width, PORTRAIT[1] - 144, id="left"),
              Frame(56 + width + 14, 72, width, PORTRAIT[1] - 144, id="right")]
    doc.addPageTemplates([PageTemplate(id="columns", frames=frames)])
    label = style(11, bold=True)
    story = [Paragraph(_LEFT, _justified()),
             Paragraph("A R E A   F O R   I M P R O V E M E N T", label),
             Paragraph(_AFI, _justified(bold=True)),
             Paragraph(_LEFT, _justified()),
             FrameBreak(),
             Paragraph(_RIGHT, _justified()),
             Paragraph("C A U S E   O F   C O N C E R N", label),
             Paragraph(_AFI.replace("seven", "fourteen"), _justified(bold=True)),
             Paragraph(_RIGHT, _justified())]
    doc.build(story)
    return out.getvalue()


def _texts(blocks) -> list[str]:
    return [b.text for b in blocks if isinstance(b, TextBlock)]


def test_justified_page_columns_read_in_order_not_as_tables() -> None:
    doc = read(_two_columns())
    assert not [b for b in doc.blocks if isinstance(b, Table)]
    texts = _texts(doc.blocks)
    left_afi = texts.index(_AFI)
    right_afi = texts.index(_AFI.replace("seven", "fourteen"))
    assert texts[0] == _LEFT and left_afi < texts.index(_RIGHT) < right_afi
    assert texts[left_afi - 1] == "AREA FOR IMPROVEMENT" and texts[right_afi - 1] == "CAUSE OF CONCERN"


def test_words_hyphenated_at_line_ends_read_whole() -> None:
    doc = read(_two_columns())
    body = " ".join(_texts(doc.blocks))
    # The narrow columns hyphenate these words at line ends; every one reads whole.
    assert all(word in body for word in ("constabulary", "investigation", "information", "supervisors"))
    assert not [w for w in body.split() if w.endswith("-") or "-" in w.strip(".,")]


def _lines_pdf(lines: list[str], extra: str) -> bytes:
    """Lines drawn where a justified paragraph sets them (a full line per
    row, 12 points apart), then a separate paragraph ``extra``."""
    def draw(canvas: Canvas) -> None:
        canvas.setFont(REGULAR, 10)
        for i, line in enumerate(lines):
            canvas.drawString(72, 700 - 12 * i, line)
        canvas.drawString(72, 600, extra)
    return canvas_pdf(draw)


def test_a_compound_broken_at_its_hyphen_keeps_it() -> None:
    doc = read(_lines_pdf(["The force has improved its problem-",
                           "solving work, and its well-",
                           "being service is good, but it still requires im-",
                           "provement in how it consistently com-",
                           "pletes referrals."],
                          "Its well-being service is new."))
    text = _texts(doc.blocks)[0]
    assert text == ("The force has improved its problem-solving work, and its well-being service is good, "
                    "but it still requires improvement in how it consistently completes referrals.")


def test_hyphenated_table_cells_read_whole() -> None:
    """Cells narrower than their words, so the typesetter hyphenates them."""
    cell, grade = _justified(), _justified(bold=True)
    table = grid([["Area", "Grade"],
                  [Paragraph("Leadership and management", cell), Paragraph("Requires improvement", grade)]],
                 [62, 58])
    doc = read(story_pdf([table]))
    assert next(b for b in doc.blocks if isinstance(b, Table)).grid()[1] == ["Leadership and management",
                                                                              "Requires improvement"]


def test_letter_spaced_capitals_read_as_words_and_initials_stay() -> None:
    def draw(canvas: Canvas) -> None:
        canvas.setFont(BOLD, 11)
        canvas.drawString(72, 700, "I N N O V A T I V E   P R A C T I C E")
        canvas.setFont(REGULAR, 10)
        canvas.drawString(72, 680, "Officers patrol the stations with mental health nurses.")
        canvas.drawString(72, 640, "Grades run from A B C D to E.")
    texts = _texts(read(canvas_pdf(draw)).blocks)
    assert "INNOVATIVE PRACTICE" in texts
    assert "Grades run from A B C D to E." in texts


_BODY = ["The force answers most emergency calls within",
         "ten seconds, but callers to its non-emergency",
         "number wait too long, and one in five of them",
         "abandons the call before it is answered."]


def test_footnotes_at_the_page_foot_are_kept_out_of_the_flow() -> None:
    """Small numbered text under a short rule at the page's foot is a
    footnote: never read into the paragraph above it."""
    def draw(canvas: Canvas) -> None:
        canvas.setFont(BOLD, 10)
        canvas.drawString(72, 700, "The force should answer non-emergency calls more quickly.")
        canvas.setFont(REGULAR, 10)
        for i, line in enumerate(_BODY):
            canvas.drawString(72, 110 + 12 * (len(_BODY) - 1 - i), line)
        canvas.setLineWidth(0.4)
        canvas.line(72, 98, 185, 98)
        canvas.setFont(REGULAR, 7.5)
        canvas.drawString(72, 88, "1 Force call data, year ending March 2025.")
        canvas.drawString(72, 79, "2 Home Office data on call answering.")
    doc = read(canvas_pdf(draw))
    assert [(note.prov.page, note.text) for note in doc.footnotes] == [
        (1, "1 Force call data, year ending March 2025."), (1, "2 Home Office data on call answering.")]
    assert _texts(doc.blocks)[-1] == " ".join(_BODY)


def test_small_text_under_a_rule_without_a_note_number_stays_in_the_flow() -> None:
    def draw(canvas: Canvas) -> None:
        canvas.setFont(REGULAR, 10)
        for i, line in enumerate(_BODY):
            canvas.drawString(72, 300 - 12 * i, line)
        canvas.line(72, 240, 185, 240)
        canvas.setFont(REGULAR, 7.5)
        canvas.drawString(72, 230, "Source: force call data.")
    doc = read(canvas_pdf(draw))
    assert not doc.footnotes and _texts(doc.blocks)[-1] == "Source: force call data."


_SIGNATURE = ["Signed: Police and Crime Commissioner", "Date: 14 April 2027"]


@pytest.mark.parametrize("signed", [False, True], ids=["alone", "over_a_signature_line"])
def test_a_pull_quote_beside_the_body_is_an_aside(signed: bool) -> None:
    """Italic lines stacked in a right-hand sidebar, their baselines between
    the body's: out of the flow, and the body reads whole, not as a table;
    so too where a signature line lower down has a word ("Date:") starting
    a cell gap in at the quote's left edge."""
    def draw(canvas: Canvas) -> None:
        canvas.setFont(BOLD, 10)
        canvas.drawString(72, 712, "AREA FOR IMPROVEMENT")
        for i, line in enumerate(_BODY):
            canvas.setFont(REGULAR, 10)
            canvas.drawString(72, 700 - 13 * i, line)
        canvas.setFont(ITALIC, 11)
        for i, line in enumerate(["\u201cCallers wait too long", "to get through to", "the force.\u201d"]):
            canvas.drawString(420, 706 - 14 * i, line)
        if signed:
            canvas.setFont(REGULAR, 10)
            canvas.drawString(72, 400, _SIGNATURE[0])
            canvas.drawString(420, 400, _SIGNATURE[1])
    doc = read(canvas_pdf(draw))
    assert [aside.text for aside in doc.asides] == ["\u201cCallers wait too long to get through to the force.\u201d"]
    assert not [b for b in doc.blocks if isinstance(b, Table)]
    assert _texts(doc.blocks) == ["AREA FOR IMPROVEMENT", " ".join(_BODY)] + ([" ".join(_SIGNATURE)] if signed else [])


def test_a_side_note_under_a_ruled_table_further_up_is_an_aside() -> None:
    """A ruled table of its own rows at the top of the page, and well below
    it an italic side note beside the prose, starting at the edge of the
    table's second column's text: the note is an aside and the prose one
    paragraph, not a table of prose and note under the table's column."""
    note = ["Figures are provisional", "until the year-end audit", "is complete."]

    def draw(canvas: Canvas) -> None:
        canvas.setLineWidth(0.75)
        for y in (790, 772, 754):
            canvas.line(56, y, 540, y)
        for x in (56, 356, 540):
            canvas.line(x, 790, x, 754)
        canvas.setFont(BOLD, 10)
        canvas.drawString(60, 778, "Item")
        canvas.drawString(360, 778, "Lead")
        canvas.setFont(REGULAR, 10)
        canvas.drawString(60, 760, "Budget monitoring")
        canvas.drawString(360, 760, "Chief Finance Officer")
        for i, line in enumerate(_BODY):
            canvas.drawString(56, 700 - 13 * i, line)
        canvas.setFont(ITALIC, 9)
        for i, line in enumerate(note):
            canvas.drawString(360, 700 - 12 * i, line)
    doc = read(canvas_pdf(draw))
    assert [aside.text for aside in doc.asides] == [" ".join(note)]
    assert [b.grid() for b in doc.blocks if isinstance(b, Table)] == [[["Item", "Lead"],
                                                                       ["Budget monitoring", "Chief Finance Officer"]]]
    assert _texts(doc.blocks)[-1] == " ".join(_BODY)
