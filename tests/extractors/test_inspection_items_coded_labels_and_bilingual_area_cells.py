"""Item mechanisms, each on a real file made here: a recommendation labelled by
a code glued to its number with its timescale in brackets ("R2 (within three
months) The force should ...") is the sentence after the label, timed by the
bracket; a table's bilingual area cell ("Ymchwilio i droseddau Investigating
crime") places its row by the area name it ends with; a label set larger than
the cause's label that named an area ("Areas for improvement" over "Cause of
concern 2 – <area>") opens a part outside that area; a finding set as a heading
as large as its "Main findings" label, full stop and all, is a finding."""

from __future__ import annotations

from pathlib import Path

import files
from files import BODY, BOLD, H1
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle


def test_a_coded_recommendation_is_its_sentence_timed_by_its_bracket(tmp_path: Path) -> None:
    path = files.pdf(tmp_path / "ncpi-paper.pdf", [
        Paragraph("HMICFRS national child protection inspection of Dorset Police", H1),
        Paragraph("The inspectorate published its report on 4 February 2026.", BODY),
        Paragraph("Cause of concern 1 – Responding to children at risk of harm", BOLD),
        Paragraph("The force doesn't make sure that officers record the risks to children.", BODY),
        Paragraph("HMICFRS recommended:", BODY),
        Paragraph("R1 (immediately) The force should make sure that officers record whether children were seen.",
                  BODY),
        Paragraph("R2 (within three months) The force should train its officers to recognise neglect.", BODY),
    ])
    found = files.records(path)
    recommendations = [(r["text"], r["timescale"], r["lead_in"]) for r in found["recommendations"]]
    assert recommendations == [
        ("The force should make sure that officers record whether children were seen.", "Immediately", None),
        ("The force should train its officers to recognise neglect.", "Within three months", None),
    ]


def test_a_bilingual_area_cell_places_its_row_by_the_area_name_it_ends_with(tmp_path: Path) -> None:
    cell = ParagraphStyle("cell", parent=BODY, spaceAfter=0)
    rows = [("Maes Area", "Area for improvement"),
            ("Ymchwilio i droseddau Investigating crime", "The force should make sure supervisors review cases."),
            ("Rheoli troseddwyr Managing offenders", "The force should improve how it manages sex offenders.")]
    table = Table([[Paragraph(text, cell) for text in row] for row in rows], colWidths=[170, 300])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    path = files.pdf(tmp_path / "bilingual-paper.pdf", [
        Paragraph("Arolygiad PEEL 2023–25 o Heddlu Dyfed-Powys / PEEL 2023–25 inspection of Dyfed-Powys Police",
                  H1),
        Paragraph("The inspectorate published its report on 4 February 2026.", BODY),
        Paragraph("Meysydd i’w gwella / Areas for improvement", BOLD),
        table,
    ])
    found = files.records(path)
    afis = [(a["text"], a["area"]) for a in found["areas_for_improvement"]]
    assert afis == [("The force should make sure supervisors review cases.", "Investigating crime"),
                    ("The force should improve how it manages sex offenders.", "Managing offenders")]


def test_a_label_set_larger_than_the_cause_label_naming_an_area_leaves_that_area(tmp_path: Path) -> None:
    section = ParagraphStyle("section", parent=BOLD, fontSize=13, leading=16)
    path = files.pdf(tmp_path / "ncpi-board-paper.pdf", [
        Paragraph("HMICFRS national child protection inspection of Dorset Police", H1),
        Paragraph("The inspectorate published its report on 4 February 2026.", BODY),
        Paragraph("Causes of concern", section),
        Paragraph("Cause of concern 1 – Investigating reports of abuse, neglect and exploitation of children", BOLD),
        Paragraph("The force's investigations of child abuse are too often delayed.", BODY),
        Paragraph("Areas for improvement", section),
        Paragraph("The report also identified two areas for improvement:", BODY),
        Paragraph("The force should make sure its performance data is accurate.", BODY, bulletText="•"),
        Paragraph("The force should improve how it shares information with schools.", BODY, bulletText="•"),
    ])
    found = files.records(path)
    assert [(c["area"]) for c in found["causes_of_concern"]] == [
        "Investigating reports of abuse, neglect and exploitation of children"]
    assert [(a["text"], a["area"]) for a in found["areas_for_improvement"]] == [
        ("The force should make sure its performance data is accurate.", None),
        ("The force should improve how it shares information with schools.", None)]


def test_a_finding_set_as_a_heading_as_large_as_its_label_is_a_finding(tmp_path: Path) -> None:
    path = files.docx(tmp_path / "peel-report.docx", [
        ("h1", "PEEL 2023–25 Police effectiveness, efficiency and legitimacy: An inspection of Dorset Police"),
        ("p", "Published on 4 February 2026."),
        ("h2", "Police powers and public treatment"),
        ("p", "Dorset Police is good at treating people fairly and respectfully."),
        ("h3", "Main findings"),
        ("h3", "The force treats people fairly when it uses stop and search."),
        ("p", "Officers understand the grounds needed for a search and record them well."),
        ("h2", "Preventing crime"),
        ("p", "Dorset Police is good at preventing crime."),
        ("h3", "Main findings"),
        ("h3", "The force has a clear plan to reduce serious violence."),
        ("p", "The force works with councils and health partners."),
        ("h3", "Other observations"),
        ("p", "The force has begun a review of its neighbourhood teams."),
    ])
    found = files.records(path)
    assert [(f["text"], f["kind"], f["area"]) for f in found["findings"]] == [
        ("The force treats people fairly when it uses stop and search.", "main_finding",
         "Police powers and public treatment"),
        ("The force has a clear plan to reduce serious violence.", "main_finding", "Preventing crime"),
    ]
