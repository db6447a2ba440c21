"""The assurance scales real offices print, on small real Word files and
reportlab PDFs: a tick of any glyph (a Unicode tick, Word's Wingdings 2 tick)
in one of the columns each headed by a level, of a scale the vocabulary knows
only under a label ("Satisfied | Partially satisfied | Not satisfied") or one
the pack's key defines ("Met | Partly met | Not met"), the header row not
marked to repeat; a level in a question's heading after an assurance label
("Question 1 – Assurance: Yes"), the bold line below it the question, no item
heading; a decision column headed "Assurance" answered Yes / Partial / No; a
summary table closing the notes whose action column ("Further action", "Action
required") is the commentary."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from files import AS_PUBLISHED, BODY, BOLD, H1, decision_fields, grid, pdf, published, records
from reportlab.platypus import Paragraph

# (number, question, answer, the column ticked: 0 the top level, comment)
_TICKED = (("3.1", "How many people were killed or seriously injured on the roads?", "There were 241, down from 262.",
            0, "The Commissioner noted the fall."),
           ("3.2", "What enforcement has taken place on high-risk routes?", "There were 46 operations.",
            1, "The Commissioner asked for the figures by route."),
           ("3.3", "How is footage submitted by the public used?", "There is a backlog of 600 clips.",
            2, "The backlog must be cleared."),
           ("3.4", "Is the force working with the fire service on education?", "A joint programme ran in 14 schools.",
            0, ""))
_LEVELS = ("Assured", "Partly assured", "Not assured")


def _wingdings_tick(paragraph) -> None:
    """Word's tick as Insert > Symbol types it: Wingdings 2's "P", stored as a symbol."""
    symbol = OxmlElement("w:sym")
    symbol.set(qn("w:font"), "Wingdings 2")
    symbol.set(qn("w:char"), "F050")
    paragraph.add_run()._r.append(symbol)


# The columns' widths (cm): the level columns narrower than "satisfied", which a PDF prints broken ("satis" / "fied").
_WIDTHS = (1.2, 4, 4.4, 1.7, 1.9, 1.7, 2.1)


def _ticked_columns_notes(path: Path, scale: tuple[str, str, str], tick: str, key: str | None = None,
                          form: str = "word") -> Path:
    """Notes of one item whose table ticks one of three level columns in each
    row, the header row plain (not marked to repeat: Word's default), saved
    as ``form`` (files.published)."""
    document = Document()
    document.styles["Normal"].font.name = "Arial"
    document.add_heading("Public Accountability Conference", level=1)
    if key:
        document.add_paragraph(key)
    document.add_heading("Notes of the Public Accountability Conference held on 14 January 2027", level=2)
    document.add_heading("3. Road safety", level=3)
    document.add_paragraph("The Commissioner recorded a view on each response.")
    table = document.add_table(rows=len(_TICKED) + 1, cols=7)
    table.style = "Table Grid"
    for col, label in enumerate(("No.", "Question", "Force response", *scale, "Commissioner's comments")):
        table.cell(0, col).paragraphs[0].add_run(label).bold = True
    for row, (number, question, answer, ticked, comment) in enumerate(_TICKED, start=1):
        for col, text in enumerate((number, question, answer)):
            table.cell(row, col).text = text
        if tick == "wingdings":
            _wingdings_tick(table.cell(row, 3 + ticked).paragraphs[0])
        else:
            table.cell(row, 3 + ticked).text = tick
        table.cell(row, 6).text = comment
    for column, width in zip(table.columns, _WIDTHS):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)
    return published(document, path, form)


_FIELDS = ("question_number", "topic", "question", "evidence_summary", "assurance", "commentary")


def _expected_ticked() -> list[tuple]:
    return [(number, "Road safety", question, answer, _LEVELS[ticked], comment or None)
            for number, question, answer, ticked, comment in _TICKED]


@pytest.mark.parametrize("tick", ["\u2713", "\u2714", "\u2611", "wingdings"])
def test_a_tick_under_a_satisfied_scales_column_is_the_rows_level(tmp_path: Path, tick: str) -> None:
    path = _ticked_columns_notes(tmp_path / "notes.docx", ("Satisfied", "Partially satisfied", "Not satisfied"), tick)
    assert decision_fields(path, *_FIELDS, sort=True) == _expected_ticked()
    assert {d["assurance_raw"] for d in records(path)["assurance_decisions"]} == {
        "Satisfied", "Partially satisfied", "Not satisfied"}


@pytest.mark.parametrize("form", AS_PUBLISHED)
def test_level_columns_too_narrow_for_their_headings_words(tmp_path: Path, form: str) -> None:
    """The PDF LibreOffice makes prints "satisfied" broken over two lines of a
    narrow column ("satisfie" over "d"): each heading is read whole, so every
    row keeps its level and its comment."""
    path = _ticked_columns_notes(tmp_path / "notes.docx", ("Satisfied", "Partially satisfied", "Not satisfied"),
                                 "\u2713", form=form)
    assert decision_fields(path, *_FIELDS, sort=True) == _expected_ticked()


def test_a_tick_under_the_columns_of_a_scale_the_packs_key_defines(tmp_path: Path) -> None:
    path = _ticked_columns_notes(tmp_path / "notes.docx", ("Met", "Partly met", "Not met"), "\u2713",
                                 key="Key: Met (assured); Partly met (partly assured); Not met (not assured).")
    assert decision_fields(path, *_FIELDS, sort=True) == _expected_ticked()


def test_columns_headed_by_words_that_are_no_scale_decide_nothing(tmp_path: Path) -> None:
    path = _ticked_columns_notes(tmp_path / "notes.docx", ("Met", "Partly met", "Not met"), "\u2713")
    assert records(path)["assurance_decisions"] == []


# (heading's label and level, question, answer, comment, canonical level)
_HEADED = (("Assurance: Yes", "How many reports of anti-social behaviour were received in 2026?",
            "There were 14,950 reports, a fall of 6 per cent.", "The PCC welcomed the fall.", "Assured"),
           ("Assurance: Partial", "How are repeat victims identified and supported?",
            "Callers are asked whether they have reported before.", "The PCC asked for an update in May.",
            "Partly assured"),
           ("Assurance: No", "How are case reviews promoted to the public?",
            "No publicity has taken place since the relaunch.", "A communications plan is required.", "Not assured"),
           ("Level of assurance: Limited", "How quickly are reports of noise nuisance passed to the council?",
            "Reports are passed on within five days.", "The PCC wants the wait shortened.", "Partly assured"))


def test_a_level_in_a_questions_heading_after_an_assurance_label(tmp_path: Path) -> None:
    """Each question under a heading "Question N – <label>: <level>", the
    question a bold line below it (read as a minor heading), then the answer
    and the PCC's comment: the first bold line is no item heading."""
    document = Document()
    document.add_heading("Minutes of the Strategic Accountability Board held on 21 January 2027", level=2)
    document.add_heading("4. Anti-social behaviour", level=3)
    document.add_paragraph("For each question the PCC recorded whether he was assured: Yes, Partial or No.")
    for number, (stated, question, answer, comment, _) in enumerate(_HEADED, start=1):
        heading = document.add_paragraph()
        run = heading.add_run(f"Question {number} \u2013 {stated}")
        run.bold, run.font.size = True, Pt(12)
        asked = document.add_paragraph().add_run(question)
        asked.bold = True
        document.add_paragraph(answer)
        document.add_paragraph(f"PCC's comment: {comment}")
    path = tmp_path / "minutes.docx"
    document.save(str(path))
    decisions = decision_fields(path, *_FIELDS, sort=True)
    assert decisions == [(str(number), "Anti-social behaviour", question, answer, level, comment)
                         for number, (_, question, answer, comment, level) in enumerate(_HEADED, start=1)]


def test_yes_partial_no_under_an_assurance_column(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Notes of the Scrutiny Board held on 3 February 2027", level=2)
    document.add_heading("2. Burglary", level=3)
    table = document.add_table(rows=4, cols=4)
    table.style = "Table Grid"
    rows = (("Question", "Response", "Assurance", "Comment"),
            ("How many burglaries were solved?", "The solved rate is 9 per cent.", "Yes", "Noted."),
            ("Are victims visited within a day?", "Most are, but not all.", "Partial", "An audit is due."),
            ("Is forensic capacity sufficient?", "There is a 12-week backlog.", "No", "A plan is needed."))
    for row, values in enumerate(rows):
        for col, text in enumerate(values):
            table.cell(row, col).text = text
    path = tmp_path / "notes.docx"
    document.save(str(path))
    assert [(d["question"], d["assurance"], d["assurance_raw"]) for d in records(path)["assurance_decisions"]] == [
        ("How many burglaries were solved?", "Assured", "Yes"),
        ("Are victims visited within a day?", "Partly assured", "Partial"),
        ("Is forensic capacity sufficient?", "Not assured", "No")]


_SUMMARISED = (("How many children were reported missing?", "There were 2,104 episodes.", "Assured", "None",
                "Assured"),
               ("Are return home interviews completed within 72 hours?", "Sixty-four per cent are.",
                "Assured with caveats", "Timeliness data to be shared.", "Partly assured"),
               ("How is information shared with homes outside the county?", "There is no protocol.",
                "Not yet assured", "Protocol to be drafted.", "Not assured"))


@pytest.mark.parametrize("action_header", ["Further action", "Action required"])
def test_a_closing_summarys_action_column_is_the_commentary(tmp_path: Path, action_header: str) -> None:
    """Questions asked and answered in the notes, their levels in a "Summary of
    assurance" table closing them: the action column is the commentary
    ("None" is none), the question's page where it is asked."""
    flow = [Paragraph("Notes of the Strategic Governance Board \u2013 12 January 2027", H1),
            Paragraph("Focus of the meeting: Missing children", BOLD)]
    for number, (question, answer, *_) in enumerate(_SUMMARISED, start=1):
        flow += [Paragraph(f"Q{number}. {question}", BOLD), Paragraph(answer, BODY)]
    flow.append(Paragraph("Summary of assurance", H1))
    flow.append(grid([["Q", "Question", "Assurance", action_header],
                      *[[str(number), question, printed, action]
                        for number, (question, _, printed, action, _) in enumerate(_SUMMARISED, start=1)]],
                     [30, 220, 100, 150]))
    path = pdf(tmp_path / "notes.pdf", flow)
    found = sorted((d["question_number"], d["question"], d["evidence_summary"], d["assurance"], d["commentary"],
                    d["page"]) for d in records(path)["assurance_decisions"])
    assert found == [(str(number), question, answer, level, None if action == "None" else action, 1)
                     for number, (question, answer, _, action, level) in enumerate(_SUMMARISED, start=1)]


# Scales a pack's key defines and forms offices vary, each on a real Word file.
_ASKED = (("How many burglaries were solved?", "The solved rate is 9 per cent."),
          ("Are victims visited within a day?", "Most are, but not all."),
          ("Is forensic capacity sufficient?", "There is a 12-week backlog."))


def _burglary_notes(key: str | None = None) -> Document:
    document = Document()
    document.add_heading("Scrutiny Board", level=1)
    if key:
        document.add_paragraph(key)
    document.add_heading("Notes of the Scrutiny Board held on 3 February 2027", level=2)
    document.add_heading("2. Burglary", level=3)
    return document


def _word_table(document: Document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for row, values in enumerate(rows):
        for col, text in enumerate(values):
            table.cell(row, col).text = text


def _levels(document: Document, path: Path) -> list[tuple[str, str | None, str | None]]:
    document.save(str(path))
    return [(d["question"], d["assurance"], d["assurance_raw"]) for d in records(path)["assurance_decisions"]]


def test_codes_a_key_gives_in_brackets_after_its_levels(tmp_path: Path) -> None:
    document = _burglary_notes("Key: Assured (A); Partially assured (PA); Not assured (NA).")
    _word_table(document, [["Question", "Response", "Assurance"],
                           *[[question, answer, code] for (question, answer), code in zip(_ASKED, ("A", "PA", "NA"))]])
    assert _levels(document, tmp_path / "notes.docx") == [
        (_ASKED[0][0], "Assured", "A"), (_ASKED[1][0], "Partly assured", "PA"), (_ASKED[2][0], "Not assured", "NA")]


def test_a_level_in_brackets_in_a_questions_heading(tmp_path: Path) -> None:
    document = _burglary_notes()
    for number, ((question, answer), stated) in enumerate(zip(_ASKED, ("Yes", "Partial", "No")), start=1):
        document.add_paragraph().add_run(f"Question {number} (Assurance: {stated})").bold = True
        document.add_paragraph().add_run(question).bold = True
        document.add_paragraph(answer)
    assert _levels(document, tmp_path / "notes.docx") == [
        (_ASKED[0][0], "Assured", "Yes"), (_ASKED[1][0], "Partly assured", "Partial"),
        (_ASKED[2][0], "Not assured", "No")]


def test_a_tick_under_yes_partial_no_columns(tmp_path: Path) -> None:
    document = _burglary_notes()
    _word_table(document, [["Question", "Response", "Yes", "Partial", "No"],
                           *[[question, answer, *("\u2713" if col == row else "" for col in range(3))]
                             for row, (question, answer) in enumerate(_ASKED)]])
    assert _levels(document, tmp_path / "notes.docx") == [
        (_ASKED[0][0], "Assured", "Yes"), (_ASKED[1][0], "Partly assured", "Partial"),
        (_ASKED[2][0], "Not assured", "No")]


def test_yes_and_no_columns_of_a_question_that_is_no_scale_decide_nothing(tmp_path: Path) -> None:
    document = _burglary_notes()
    _word_table(document, [["Question", "Response", "Yes", "No"],
                           *[[question, answer, "\u2713", ""] for question, answer in _ASKED]])
    assert _levels(document, tmp_path / "notes.docx") == []


def test_a_tick_under_levels_a_header_spreads_under_assurance(tmp_path: Path) -> None:
    """"Assurance" merged over the sub-headings "Full | Partial | None" of the row below."""
    document = _burglary_notes()
    table = document.add_table(rows=5, cols=6)
    table.style = "Table Grid"
    for col, label in enumerate(("No.", "Question", "Response", "Assurance")):
        table.cell(0, col).text = label
    table.cell(0, 3).merge(table.cell(0, 5))
    for col in range(3):
        table.cell(0, col).merge(table.cell(1, col))
    for col, label in enumerate(("Full", "Partial", "None")):
        table.cell(1, 3 + col).text = label
    for row, (question, answer) in enumerate(_ASKED):
        for col, text in enumerate((str(row + 1), question, answer)):
            table.cell(2 + row, col).text = text
        table.cell(2 + row, 3 + row).text = "\u2713"
    assert _levels(document, tmp_path / "notes.docx") == [
        (_ASKED[0][0], "Assured", "Full"), (_ASKED[1][0], "Partly assured", "Partial"),
        (_ASKED[2][0], "Not assured", "None")]


def test_a_rating_key_table_whose_level_stands_in_a_middle_column(tmp_path: Path) -> None:
    """A key table "Rating | Assurance | What it means" ("4 | Full assurance |
    Controls are strong ..."): each number is the level beside it."""
    document = Document()
    document.add_heading("Scrutiny Board", level=1)
    _word_table(document, [["Rating", "Assurance", "What it means"],
                           ["4", "Full assurance", "Controls are strong and tested."],
                           ["3", "Substantial assurance", "Controls are in place with minor gaps."],
                           ["2", "Limited assurance", "Gaps remain in controls."],
                           ["1", "No assurance", "Controls are absent."]])
    document.add_heading("Notes of the Scrutiny Board held on 3 February 2027", level=2)
    document.add_heading("2. Burglary", level=3)
    _word_table(document, [["Question", "Response", "Rating"],
                           *[[question, answer, rating] for (question, answer), rating in zip(_ASKED, "321")]])
    assert _levels(document, tmp_path / "notes.docx") == [
        (_ASKED[0][0], "Assured", "3"), (_ASKED[1][0], "Partly assured", "2"), (_ASKED[2][0], "Not assured", "1")]


def test_outcomes_a_key_line_defines_in_words(tmp_path: Path) -> None:
    document = _burglary_notes("Outcome key: Met \u2013 the Commissioner is assured; Partly met \u2013 the Commissioner "
                               "is partly assured; Not met \u2013 the Commissioner is not assured.")
    _word_table(document, [["Question", "Response", "Outcome"],
                           *[[question, answer, outcome]
                             for (question, answer), outcome in zip(_ASKED, ("Met", "Partly met", "Not met"))]])
    assert _levels(document, tmp_path / "notes.docx") == [
        (_ASKED[0][0], "Assured", "Met"), (_ASKED[1][0], "Partly assured", "Partly met"),
        (_ASKED[2][0], "Not assured", "Not met")]


def test_a_tick_under_bilingual_level_columns_reads_their_english_side(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Bwrdd Atebolrwydd Plismona / Policing Accountability Board", level=1)
    document.add_heading("Cofnodion / Minutes of the Policing Accountability Board \u2013 3 February 2027", level=2)
    document.add_heading("2. Byrgleriaeth / Burglary", level=3)
    _word_table(document, [["Cwestiwn / Question", "Ymateb / Response", "Bodlon / Satisfied",
                            "Rhannol fodlon / Partially satisfied", "Anfodlon / Not satisfied"],
                           *[[question, answer, *("\u2713" if col == row else "" for col in range(3))]
                             for row, (question, answer) in enumerate(_ASKED)]])
    assert _levels(document, tmp_path / "notes.docx") == [
        (_ASKED[0][0], "Assured", "Satisfied"), (_ASKED[1][0], "Partly assured", "Partially satisfied"),
        (_ASKED[2][0], "Not assured", "Not satisfied")]


def test_a_wingdings_2_tick_in_a_pdf_under_a_level_column(tmp_path: Path) -> None:
    """Word prints a tick typed from Wingdings 2 as its "P" in that font; the
    PDF here embeds a font under that name (DejaVu Sans renamed: same length,
    so the file's offsets hold) to print the ticks with."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("TickFont", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    tick = '<font name="TickFont">P</font>'
    flow = [Paragraph("Notes of the Scrutiny Board held on 3 February 2027", H1), Paragraph("2. Burglary", BOLD),
            grid([["Question", "Response", "Satisfied", "Partially satisfied", "Not satisfied"],
                  *[[question, answer, *(tick if col == row else "" for col in range(3))]
                    for row, (question, answer) in enumerate(_ASKED)]], [150, 150, 60, 70, 60])]
    path = pdf(tmp_path / "notes.pdf", flow)
    data = path.read_bytes()
    assert data.count(b"DejaVuSans") >= 1
    path.write_bytes(data.replace(b"DejaVuSans", b"Wingdings2"))
    found = [(d["question"], d["assurance"]) for d in records(path)["assurance_decisions"]]
    assert found == [(_ASKED[0][0], "Assured"), (_ASKED[1][0], "Partly assured"), (_ASKED[2][0], "Not assured")]


def test_a_ratings_number_with_its_level_in_brackets_needs_no_key(tmp_path: Path) -> None:
    document = _burglary_notes()
    for number, ((question, answer), rating) in enumerate(zip(_ASKED, ("3 (Substantial)", "2 (Limited)",
                                                                      "1 (No assurance)")), start=1):
        asked = document.add_paragraph()
        asked.add_run(f"Question {number}: ").bold = True
        asked.add_run(question)
        document.add_paragraph(answer)
        document.add_paragraph(f"Assurance rating: {rating}")
    assert _levels(document, tmp_path / "notes.docx") == [
        (_ASKED[0][0], "Assured", "3 (Substantial)"), (_ASKED[1][0], "Partly assured", "2 (Limited)"),
        (_ASKED[2][0], "Not assured", "1 (No assurance)")]


def test_the_adequate_requires_improvement_inadequate_scale(tmp_path: Path) -> None:
    document = _burglary_notes()
    _word_table(document, [["Question", "Response", "Assurance"],
                           *[[question, answer, level] for (question, answer), level
                             in zip(_ASKED, ("Adequate", "Requires improvement", "Inadequate"))]])
    assert _levels(document, tmp_path / "notes.docx") == [
        (_ASKED[0][0], "Assured", "Adequate"), (_ASKED[1][0], "Partly assured", "Requires improvement"),
        (_ASKED[2][0], "Not assured", "Inadequate")]
