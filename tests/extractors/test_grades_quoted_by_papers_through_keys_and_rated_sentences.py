"""Papers that are not the inspectorate's quoting one force's PEEL grades in
forms of their own, on small real Word and PDF files. Letters a key paragraph
spells out are grades in a table setting two inspections side by side, each
column dated by the month its own clause gives its report; "Rated good: A, B
and C." grades each area it lists; a report's month is the one a sentence says
the inspectorate published it in ("The report on the constabulary was published
on ..."), never a newsletter's issue month or an annual report's year on the
cover; and a heading as large as the "Areas for improvement" label after the
last area's bullet is the paper's next section, no area for improvement."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, H1, TITLE, grid, lower_key, pdf, records, word_table
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=6)
H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceAfter=4)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=14, bulletIndent=4)


def _compared_paper(path: Path, key: str, letters: dict[str, str], joiner: str = "; the") -> Path:
    """A force board paper setting the 2022 and 2025 grades side by side in abbreviations its key spells out."""
    g, a, ri, o = (letters[grade] for grade in ("Good", "Adequate", "Requires improvement", "Outstanding"))
    document = Document()
    document.add_heading("Derbyshire Constabulary – Strategic Performance Board", level=3)
    document.add_paragraph("Date: 15 April 2026")
    document.add_heading("PEEL: then and now", level=1)
    document.add_heading("Summary", level=2)
    document.add_paragraph("This paper compares the grades of the force's two most recent PEEL inspections. The "
                           f"PEEL 2021/22 report was published in May 2022{joiner} PEEL 2023–25 report was "
                           "published on 3 March 2025.")
    document.add_heading("Grades compared", level=2)
    document.add_paragraph(key)
    word_table(document, [
        ["Area of policing", "2022", "2025", "Direction"],
        ["Preventing crime", a, g, "↑"],
        ["Responding to the public", ri, a, "↑"],
        ["Managing offenders", g, o, "↑"],
        ["Leadership and force management", "–", g, "New area"],
        ["Good use of resources", a, "–", "Not inspected"],
    ])
    document.add_paragraph("The force's own self-assessment is that it is now good at responding to the public.")
    document.save(str(path))
    return path


_LETTERS = {"Outstanding": "O", "Good": "G", "Adequate": "A", "Requires improvement": "RI"}


@pytest.mark.parametrize(("key", "letters", "joiner"), [
    ("Key: O – Outstanding; G – Good; A – Adequate; RI – Requires improvement; I – Inadequate; – = not graded in "
     "that inspection.", _LETTERS, "; the"),
    ("Key: OS = Outstanding, GD = Good, AD = Adequate, RI = Requires improvement, IN = Inadequate.",
     {"Outstanding": "OS", "Good": "GD", "Adequate": "AD", "Requires improvement": "RI"}, "; the"),
    ("Key: O = Outstanding; G = Good; A = Adequate; RI = Requires improvement; I = Inadequate.", _LETTERS,
     ", and the"),
])
def test_abbreviations_the_key_spells_out_grade_both_inspections_each_dated_by_its_clause(
        tmp_path: Path, key: str, letters: dict[str, str], joiner: str) -> None:
    path = _compared_paper(tmp_path / "board.docx", key, letters, joiner)
    assert lower_key(records(path)["grades"], ("area", "grade", "framework", "as_of")) == [
        ("good use of resources", "adequate", "peel 2021/22", "2022-05"),
        ("leadership and force management", "good", "peel 2023-25", "2025-03"),
        ("managing offenders", "good", "peel 2021/22", "2022-05"),
        ("managing offenders", "outstanding", "peel 2023-25", "2025-03"),
        ("preventing crime", "adequate", "peel 2021/22", "2022-05"),
        ("preventing crime", "good", "peel 2023-25", "2025-03"),
        ("responding to the public", "adequate", "peel 2023-25", "2025-03"),
        ("responding to the public", "requires improvement", "peel 2021/22", "2022-05"),
    ]  # "–" grades nothing, the Direction column nothing, and the self-assessment nothing


def test_rated_grade_sentences_grade_each_area_they_list_dated_by_the_report_not_the_issue(tmp_path: Path) -> None:
    path = pdf(tmp_path / "newsletter.pdf", [
        Paragraph("Office of the Police and Crime Commissioner for Dorset", BODY),
        Paragraph("Community newsletter: March 2026", TITLE),
        Paragraph("What the inspectors found", H2),
        Paragraph("His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS) published its "
                  "PEEL 2023–25 report on Dorset Police on 12 February 2026. The inspectors look at eight areas.",
                  BODY),
        Paragraph("<b>Rated outstanding:</b> managing offenders.", BODY),
        Paragraph("<b>Rated good:</b> preventing crime, investigating crime and police powers and public treatment.",
                  BODY),
        Paragraph("<b>Rated requires improvement:</b> responding to the public and developing a positive workplace.",
                  BODY),
        Paragraph("In 2022 the inspectors found the force inadequate at responding to the public.", BODY),
        Paragraph("Dorset and Wiltshire Fire and Rescue Service", H2),
        Paragraph("The inspectorate's report on the fire and rescue service was published in November 2025. It "
                  "judged the service good at understanding fire and risk and adequate at promoting the right "
                  "values and culture.", BODY),
    ])
    assert lower_key(records(path)["grades"], ("area", "area_raw", "grade", "framework", "as_of", "page")) == [
        ("developing a positive workplace", "developing a positive workplace", "requires improvement",
         "peel 2023-25", "2026-02", "1"),
        ("investigating crime", "investigating crime", "good", "peel 2023-25", "2026-02", "1"),
        ("managing offenders", "managing offenders", "outstanding", "peel 2023-25", "2026-02", "1"),
        ("police powers and public treatment", "police powers and public treatment", "good", "peel 2023-25",
         "2026-02", "1"),
        ("preventing crime", "preventing crime", "good", "peel 2023-25", "2026-02", "1"),
        ("responding to the public", "responding to the public", "requires improvement", "peel 2023-25",
         "2026-02", "1"),
    ]  # the 2022 grade recalled and the fire service's grades give none


def test_an_annual_report_s_grades_are_dated_by_the_report_it_quotes_not_its_year(tmp_path: Path) -> None:
    path = pdf(tmp_path / "annual-report.pdf", [
        Paragraph("Suffolk Constabulary", BODY),
        Paragraph("Suffolk Constabulary Annual Report 2025", TITLE),
        Paragraph("January to December 2025", BODY),
        Paragraph("Our PEEL inspection at a glance", H2),
        Paragraph("His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services published its PEEL "
                  "2023–25 report on Suffolk Constabulary in July 2025. These are the grades it gave us.", BODY),
        grid([["Preventing crime", "<b>Good</b>"], ["Investigating crime", "<b>Adequate</b>"]], [200, 120]),
    ])
    assert lower_key(records(path)["grades"], ("area", "grade", "as_of")) == [
        ("investigating crime", "adequate", "2025-07"), ("preventing crime", "good", "2025-07")]


def test_a_panel_report_dates_a_headerless_grade_table_by_the_report_it_says_was_published(tmp_path: Path) -> None:
    path = pdf(tmp_path / "panel.pdf", [
        Paragraph("Essex Police, Fire and Crime Panel", H3),
        Paragraph("Date: 18 March 2026", BODY),
        Paragraph("Agenda item: 7", BODY),
        Paragraph("Report of: the Police, Fire and Crime Commissioner", BODY),
        Paragraph("HMICFRS PEEL inspection of Essex Police", H1),
        Paragraph("Background", H2),
        Paragraph("2.1 HMICFRS assesses every force in England and Wales through its PEEL programme. The report on "
                  "Essex Police was published on 4 February 2026.", BODY),
        Paragraph("Grades awarded", H2),
        grid([["Preventing crime", "<b>Good</b>"], ["Investigating crime", "<b>Adequate</b>"]], [200, 120]),
        Paragraph("Areas for improvement", H2),
        Paragraph("4.1 The three the Commissioner asked to be reported to the Panel are:", BODY),
        Paragraph("Responding to the public", H3),
        Paragraph("The force should make sure that it answers non-emergency calls promptly.", BULLET, bulletText="•"),
        Paragraph("Developing a positive workplace", H3),
        Paragraph("The force should improve how it supports the wellbeing of its call handlers.", BULLET,
                  bulletText="•"),
        Paragraph("Performance against the Police and Crime Plan", H2),
        Paragraph("Recommendation", H2),
        Paragraph("6.1 The Panel is recommended to note the report.", BODY),
    ])
    found = records(path)
    assert lower_key(found["grades"], ("area", "grade", "as_of")) == [
        ("investigating crime", "adequate", "2026-02"), ("preventing crime", "good", "2026-02")]
    assert lower_key(found["areas_for_improvement"], ("area", "text")) == [
        ("developing a positive workplace",
         "the force should improve how it supports the wellbeing of its call handlers."),
        ("responding to the public", "the force should make sure that it answers non-emergency calls promptly."),
    ]  # the next section's heading, as large as the label, is no area for improvement


def test_letters_the_key_spells_out_grade_an_area_and_grade_table(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Hertfordshire Constabulary – Chief Officer Group", level=3)
    document.add_heading("HMICFRS PEEL 2023–25 grades", level=1)
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on the constabulary on 9 October 2025.")
    document.add_paragraph("Key: O = Outstanding; G = Good; A = Adequate; RI = Requires improvement; I = Inadequate.")
    word_table(document, [["Area of policing", "Grade"], ["Preventing crime", "G"], ["Investigating crime", "A"],
                          ["Responding to the public", "I"], ["Managing offenders", "O"]])
    document.save(str(path := tmp_path / "cog.docx"))
    assert lower_key(records(path)["grades"], ("area", "grade", "as_of")) == [
        ("investigating crime", "adequate", "2025-10"), ("managing offenders", "outstanding", "2025-10"),
        ("preventing crime", "good", "2025-10"), ("responding to the public", "inadequate", "2025-10")]
