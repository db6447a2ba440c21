"""Grades in HMICFRS's own layouts and in papers quoting them, on small real
PDF and Word files: a coloured band per grade over plain area lines; tiles read
as a one-row table of area names over a line of chip words; a tick table's note
merged across its grade columns (no grade); a chapter's "Overall judgment |
grade" box; a revisit letter's regrade; an inspector's letter with one lead-in
per grade over bullets; grade cells shown only by a fill a colour key names;
area abbreviations a key spells out, with the grade repeated on every row of
its area; a chart's text description of "Area – grade." sentences. Each strict
enough to stay silent where the document's own key or list does not bind a
grade to an area."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt
from files import BODY, BOLD, H1, TITLE, load_generator, lower_key, pdf, records
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import ListFlowable, ListItem, Paragraph, Spacer, Table, TableStyle

ITALIC = ParagraphStyle("italic", parent=BODY, fontName="Helvetica-Oblique")
SMALL = ParagraphStyle("small", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
FILLS = {"Outstanding": "#1f6f3f", "Good": "#6cb33f", "Adequate": "#f2c12e", "Requires improvement": "#f08a24",
         "Inadequate": "#c8102e"}


def _bullets(items: list[str]) -> ListFlowable:
    return ListFlowable([ListItem(Paragraph(text, BODY)) for text in items], bulletType="bullet")


def _band(grade: str) -> Table:
    """A full-width band shaded in the grade's colour, the grade word in bold white."""
    band = Table([[Paragraph(f'<font color="#ffffff"><b>{grade}</b></font>', BODY)]], colWidths=[450])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(FILLS[grade]))]))
    return band


def _report_opening(force: str, published: str) -> list:
    return [Paragraph("PEEL 2023–25", H1), Paragraph(f"An inspection of {force}", TITLE),
            Paragraph(f"Published: {published}", BODY), Paragraph("Our judgments", H1)]


def test_each_area_line_under_a_grade_band_takes_its_grade(tmp_path: Path) -> None:
    path = pdf(tmp_path / "bands.pdf", _report_opening("Durham Constabulary", "4 February 2026") + [
        _band("Outstanding"), Paragraph("Managing offenders", BODY),
        _band("Good"), Paragraph("Investigating crime", BODY), Paragraph("Preventing crime", BODY),
        _band("Adequate"), Paragraph("No areas were graded at this level.", ITALIC),
        _band("Requires improvement"), Paragraph("Responding to the public", BODY),
        Paragraph("We also inspected the service to victims of crime, which we don’t grade.", BODY),
    ])
    assert lower_key(records(path)["grades"], ("area", "grade", "as_of", "page")) == [
        ("investigating crime", "good", "2026-02", "1"),
        ("managing offenders", "outstanding", "2026-02", "1"),
        ("preventing crime", "good", "2026-02", "1"),
        ("responding to the public", "requires improvement", "2026-02", "1"),
    ]  # "No areas were graded at this level" gives none


def test_a_band_whose_lines_are_not_all_areas_grades_nothing(tmp_path: Path) -> None:
    path = pdf(tmp_path / "bands.pdf", _report_opening("Durham Constabulary", "4 February 2026") + [
        _band("Good"), Paragraph("Investigating crime", BODY), Paragraph("Neighbourhood teams", BODY),
    ])
    assert records(path)["grades"] == []


def test_tiles_read_as_area_names_over_a_line_of_chip_words(tmp_path: Path) -> None:
    tiles = load_generator("inspection-round27").JudgmentTiles([
        ("Investigating crime", "Requires improvement"), ("Managing offenders", "Good"),
        ("Preventing crime", "Inadequate"),
        ("Leadership and force management", "Adequate"), ("Developing a positive workplace", "Outstanding"),
        ("Providing a service to victims of crime", "Not graded"),
    ])
    path = pdf(tmp_path / "tiles.pdf", _report_opening("Norfolk Constabulary", "9 January 2026") + [tiles])
    assert lower_key(records(path)["grades"], ("area", "grade", "page")) == [
        ("developing a positive workplace", "outstanding", "1"),
        ("investigating crime", "requires improvement", "1"),
        ("leadership and force management", "adequate", "1"),
        ("managing offenders", "good", "1"),
        ("preventing crime", "inadequate", "1"),
    ]  # the "Not graded" tile gives none


def _word_report(path: Path, kicker: str, title: str, published: str) -> Document:
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    document.add_paragraph(kicker, style="Subtitle")
    document.add_paragraph(title, style="Title")
    document.add_paragraph(f"Published: {published}")
    return document


def _shade(cell, fill: str) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="{fill[1:]}"/>'))


def test_a_note_merged_across_a_tick_tables_grade_columns_is_no_grade(tmp_path: Path) -> None:
    document = _word_report(tmp_path, "PEEL 2021/22", "An inspection of Suffolk Constabulary", "3 August 2022")
    grades = list(FILLS)
    rows = [("Investigating crime", "Good"), ("Responding to the public", "Adequate"),
            ("Disrupting serious organised crime", None)]
    table = document.add_table(rows=len(rows) + 1, cols=6)
    table.style = "Table Grid"
    for col, text in enumerate(["Area of policing", *grades]):
        table.cell(0, col).text = text
    for row, (area, grade) in enumerate(rows, start=1):
        table.cell(row, 0).text = area
        if grade:
            table.cell(row, 1 + grades.index(grade)).text = "\u2713"
        else:
            table.cell(row, 1).merge(table.cell(row, 5)).text = "We now inspect serious organised crime regionally"
    path = tmp_path / "ticks.docx"
    document.save(str(path))
    assert lower_key(records(path)["grades"], ("area", "grade", "framework", "page")) == [
        ("investigating crime", "good", "peel 2021/22", "none"),
        ("responding to the public", "adequate", "peel 2021/22", "none"),
    ]


def test_a_chapters_overall_judgment_box_grades_the_chapters_area(tmp_path: Path) -> None:
    document = _word_report(tmp_path, "National child protection inspection",
                            "An inspection of Dorset Police’s child protection arrangements", "12 May 2026")
    document.add_paragraph("We made a judgment on each area, which we set out at the start of its chapter.")
    for heading, grade in [("Leadership and management", "Good"),
                           ("Responding to children at risk of harm", "Inadequate")]:
        document.add_heading(heading, level=1)
        box = document.add_table(rows=1, cols=2)
        box.style = "Table Grid"
        box.cell(0, 0).text, box.cell(0, 1).text = "Overall judgment", grade
        _shade(box.cell(0, 1), FILLS[grade])
        document.add_heading("Summary of findings", level=3)
        document.add_paragraph("Officers recognise the risk to children at most incidents.", style="List Bullet")
    path = tmp_path / "ncpi.docx"
    document.save(str(path))
    assert lower_key(records(path)["grades"], ("area", "area_raw", "grade", "framework", "as_of")) == [
        ("child protection leadership", "leadership and management", "good", "child protection", "2026-05"),
        ("responding to children at risk of harm", "responding to children at risk of harm", "inadequate",
         "child protection", "2026-05"),
    ]


def test_a_revisit_letter_gives_the_grade_it_sets_dated_by_the_letter(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("14 March 2026")
    document.add_paragraph("Dear Chief Constable,")
    document.add_heading("PEEL 2023–25: revisit of Lincolnshire Police’s cause of concern", level=1)
    document.add_paragraph("In our PEEL 2023–25 report on Lincolnshire Police, published in June 2025, we raised "
                           "a cause of concern about how the force manages offenders.")
    document.add_heading("Managing offenders", level=2)
    document.add_paragraph("We are satisfied with the force’s progress. As a result, we have changed the force’s "
                           "grade for managing offenders from inadequate to adequate.")
    path = tmp_path / "revisit.docx"
    document.save(str(path))
    assert lower_key(records(path)["grades"], ("area", "area_raw", "grade", "framework", "as_of")) == [
        ("managing offenders", "managing offenders", "adequate", "peel 2023-25", "2026-03"),
    ]  # the earlier grade is recalled, no record


def test_a_letters_lead_in_per_grade_gives_each_listed_area_that_grade(tmp_path: Path) -> None:
    path = pdf(tmp_path / "letter.pdf", [
        Paragraph("2 March 2026", BODY), Paragraph("Dear Chief Constable,", BODY),
        Paragraph("PEEL 2023–25: inspection of Surrey Police", H1),
        Paragraph("I am writing to tell you our findings before we publish our report, which we will publish on "
                  "14 April 2026.", BODY),
        Paragraph("We found the force to be outstanding at:", BODY),
        _bullets(["managing offenders and suspects"]),
        Paragraph("We found that it requires improvement at:", BODY),
        _bullets(["investigating crime", "responding to the public"]),
        Paragraph("We found its partners to be good at:", BODY),  # not the force's grade
        _bullets(["protecting vulnerable people"]),
        Paragraph("The force’s response to the public requires improvement.", BODY),
    ])
    assert lower_key(records(path)["grades"], ("area", "area_raw", "grade", "as_of")) == [
        ("investigating crime", "investigating crime", "requires improvement", "2026-04"),
        ("managing offenders", "managing offenders and suspects", "outstanding", "2026-04"),
        ("responding to the public", "responding to the public", "requires improvement", "2026-04"),
    ]  # the summary sentence restates a listed grade, worded by the list


def _paper_opening(force: str) -> list:
    return [Paragraph("Police and Crime Panel – 10 March 2026", BODY),
            Paragraph(f"HMICFRS PEEL 2023–25 grades for {force}", H1),
            Paragraph(f"HMICFRS published its PEEL 2023–25 report on {force} on 20 November 2025.", BODY)]


def _colour_table(rows: list[tuple[str, str]]) -> Table:
    """A ruled table of areas, each grade cell left empty and filled in the grade's colour."""
    fills = [("BACKGROUND", (1, r), (1, r), colors.HexColor(FILLS[g])) for r, (_, g) in enumerate(rows, start=1)]
    return load_generator("inspection-round27c").grid([["Area of policing", "2025 grade"]]
                                                      + [[area, ""] for area, _ in rows], [10 * cm, 4 * cm],
                                                      extra=fills)


def _swatch_key() -> Table:
    """One unruled row: a swatch, then its grade word, for each grade."""
    key = Table([[c for g in FILLS for c in ("", Paragraph(g, SMALL))]],
                colWidths=[w * cm for w in (0.5, 2.3, 0.5, 1.3, 0.5, 2.0, 0.5, 3.6, 0.5, 2.4)])
    key.setStyle(TableStyle([("BACKGROUND", (2 * i, 0), (2 * i, 0), colors.HexColor(fill))
                             for i, fill in enumerate(FILLS.values())] + [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return key


def test_grade_cells_shown_only_by_fill_read_through_the_colour_key(tmp_path: Path) -> None:
    rows = [("Preventing crime", "Good"), ("Investigating crime", "Requires improvement"),
            ("Protecting vulnerable people", "Inadequate")]
    path = pdf(tmp_path / "colours.pdf", _paper_opening("Gloucestershire Constabulary") + [
        _colour_table(rows), Spacer(1, 6), Paragraph("Key:", SMALL), _swatch_key(), Spacer(1, 10),
        Paragraph("The force has improved in protecting vulnerable people since the last inspection.", BODY),
    ])
    assert lower_key(records(path)["grades"], ("area", "grade", "as_of")) == [
        ("investigating crime", "requires improvement", "2025-11"),
        ("preventing crime", "good", "2025-11"),
        ("protecting vulnerable people", "inadequate", "2025-11"),
    ]  # the reader leaves the last swatch's word after the key's ruling: it keys that swatch all the same


def test_a_fill_without_the_documents_key_is_no_grade(tmp_path: Path) -> None:
    path = pdf(tmp_path / "colours.pdf", _paper_opening("Gloucestershire Constabulary") + [
        _colour_table([("Preventing crime", "Good"), ("Investigating crime", "Adequate")]),
    ])
    assert records(path)["grades"] == []


def test_abbreviated_areas_read_by_the_key_one_record_per_area(tmp_path: Path) -> None:
    rows = [["Ref", "Area", "Grade", "Area for improvement", "Due"],
            ["1.1", "IC", "Adequate", "The force should supervise investigations.", "Mar 2026"],
            ["1.2", "IC", "Adequate", "The force should update victims.", "Jun 2026"],
            ["2.1", "MO", "Good", "No area for improvement identified", "–"]]
    table = Table([[Paragraph(text, SMALL) for text in row] for row in rows], colWidths=[30, 40, 70, 220, 60])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    path = pdf(tmp_path / "plan.pdf", [
        Paragraph("PEEL 2023–25 Improvement Plan", H1),
        Paragraph("HMICFRS published its PEEL 2023–25 report on Cheshire Constabulary on 2 October 2025.", BODY),
        Paragraph("Key: IC – Investigating crime; MO – Managing offenders.", SMALL), table,
    ])
    assert lower_key(records(path)["grades"], ("area", "area_raw", "grade", "as_of")) == [
        ("investigating crime", "ic", "adequate", "2025-10"),
        ("managing offenders", "mo", "good", "2025-10"),
    ]  # the Due column dates no grade


def test_a_charts_text_description_grades_each_area_it_names(tmp_path: Path) -> None:
    path = pdf(tmp_path / "chart.pdf", [
        Paragraph("Police and Crime Panel – 10 March 2026", BODY),
        Paragraph("Commissioner’s report: holding Lancashire Constabulary to account", H1),
        Paragraph("PEEL inspection 2023–25", H1),
        Paragraph("HMICFRS published its PEEL 2023–25 report on the force on 5 March 2025.", BODY),
        Paragraph("Figure 1: 999 calls answered within ten seconds", BOLD),
        Paragraph("Text description of Figure 1: a bar for each quarter: 88.0% and 91.5%.", SMALL),
        Paragraph("Figure 2: grades by area of policing", BOLD),
        Paragraph("Text description of Figure 2: a bar for each area, its length marking the grade. Investigating "
                  "crime – adequate. Managing offenders – outstanding. Preventing crime – good.", SMALL),
    ])
    assert lower_key(records(path)["grades"], ("area", "area_raw", "grade", "as_of")) == [
        ("investigating crime", "investigating crime", "adequate", "2025-03"),
        ("managing offenders", "managing offenders", "outstanding", "2025-03"),
        ("preventing crime", "preventing crime", "good", "2025-03"),
    ]
