"""A thematic and its AFI, and an AFI box's end, on small real PDFs: a national
thematic names its inspected forces only in tables by force, so it is no
force's report; it says it was not a PEEL inspection, so it is no PEEL report;
its AFI "Forces should ..." is made to every force; a shaded box outlined by a
stroked rectangle is a box, and where a report's boxes hold their explanations,
the paragraph after a box is no part of its AFI."""

from __future__ import annotations

import hashlib
from pathlib import Path

from files import BODY, BOLD, H1, TITLE, pdf, records
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from pipeline.ingest import read_document
from pipeline.layout import Table as LayoutTable

BOX_FILL = "#e8eef4"
FORCES = ["Merseyside Police", "South Yorkshire Police", "West Midlands Police", "Wiltshire Police"]


class OutlinedBox(Table):
    """A one-cell shaded table outlined with one stroked rectangle, as word
    processors and typesetting libraries draw a call-out box (no separate
    rules along its edges)."""

    def draw(self) -> None:
        super().draw()
        self.canv.saveState()
        self.canv.setLineWidth(0.5)
        self.canv.rect(0, 0, self._width, self._height, stroke=1, fill=0)
        self.canv.restoreState()


def box(*lines: tuple[str, bool]) -> OutlinedBox:
    """A shaded box of (text, bold) paragraphs."""
    table = OutlinedBox([[[Paragraph(text, BOLD if bold else BODY) for text, bold in lines]]], colWidths=[440])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(BOX_FILL))]))
    return table


def by_force_table(header: list[str], rows: list[list[str]]) -> Table:
    table = Table([[Paragraph(text, BOLD) for text in header]]
                  + [[Paragraph(text, BODY) for text in row] for row in rows], colWidths=[160, 140, 140])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    return table


def _thematic(path: Path, named_in_text: str | None = None) -> Path:
    """A national thematic: no force in its title, its forces listed a row
    each in a fieldwork table and a data table, "not a PEEL inspection", an
    AFI for all forces in a box; ``named_in_text`` one force its prose names."""
    visited = (f"We began our fieldwork in {named_in_text}." if named_in_text
               else "We carried out fieldwork in four forces.")
    return pdf(path, [
        Paragraph("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", BODY),
        Paragraph("Behind closed doors: An inspection of how the police respond to coercive control", TITLE),
        Paragraph("Published: 14 April 2026", BODY),
        Paragraph("Summary", H1),
        Paragraph("We did not grade the forces we inspected; this inspection was not a PEEL inspection.", BODY),
        Paragraph("About this inspection", H1),
        Paragraph(visited, BODY),
        by_force_table(["Force", "Fieldwork dates", "Case files"],
                       [[force, f"{day}–{day + 4} October 2025", "50"] for force, day in zip(FORCES, (6, 13, 20, 27))]),
        Paragraph("Protection orders", H1),
        Paragraph("Applications were often delayed because officers were unsure of the process.", BODY),
        box(("Area for improvement", True),
            ("Forces should make sure that officers have access to legal advice when they apply for orders.", False)),
        Paragraph("Annex A: Data", H1),
        by_force_table(["Force", "Crimes recorded", "Compared with England and Wales"],
                       [[force, str(1000 + 100 * i), "In line"] for i, force in enumerate(FORCES)]),
    ])


def test_a_thematic_naming_its_forces_only_in_tables_by_force_is_no_forces_report(tmp_path: Path) -> None:
    [document] = records(_thematic(tmp_path / "thematic.pdf"))["documents"]
    assert document["force"] is None


def test_a_report_saying_it_was_not_a_peel_inspection_is_an_inspection_report(tmp_path: Path) -> None:
    [document] = records(_thematic(tmp_path / "thematic.pdf"))["documents"]
    assert document["doc_kind"] == "inspection_report"


def test_an_afi_for_all_forces_is_no_forces_though_the_document_names_one(tmp_path: Path) -> None:
    found = records(_thematic(tmp_path / "thematic.pdf", named_in_text="Cumbria Constabulary"))
    assert found["documents"][0]["force"] == "Cumbria Constabulary"  # the one force its prose names
    assert [(a["text"], a["force"]) for a in found["areas_for_improvement"]] == [
        ("Forces should make sure that officers have access to legal advice when they apply for orders.", None)]


def test_a_shaded_box_outlined_by_a_stroked_rectangle_is_a_one_cell_table(tmp_path: Path) -> None:
    path = pdf(tmp_path / "box.pdf", [
        Paragraph("Investigating crime", H1),
        box(("Area for improvement", True), ("The force should make sure it keeps victims updated.", True)),
        Paragraph("We saw good practice in the force's use of body-worn video.", BODY),
    ])
    data = path.read_bytes()
    layout = read_document(path, data, hashlib.sha256(data).hexdigest())
    [table] = [b for b in layout.blocks if isinstance(b, LayoutTable)]
    assert (table.n_rows, table.n_cols, table.cells[0].fill) == (1, 1, BOX_FILL)
    assert [b.text for b in table.cells[0].blocks] == [
        "Area for improvement", "The force should make sure it keeps victims updated."]


def _report(path: Path, boxes_explain: bool) -> Path:
    """A PEEL report's two AFI boxes: the first holds its item alone, the
    paragraph after it; the second holds its explanation too, or (a web
    page's boxes) its item alone with the explanation after it."""
    second = [("Area for improvement", True), ("The force should complete child protection referrals without delay.",
                                                 True)]
    explanation = "Of the 40 referrals we reviewed, 14 were sent more than 48 hours after the incident."
    return pdf(path, [
        Paragraph("PEEL 2023–25: An inspection of Durham Constabulary", TITLE),
        Paragraph("Published: 21 January 2026", BODY),
        Paragraph("Investigating crime", H1),
        Paragraph("Durham Constabulary requires improvement at investigating crime.", BOLD),
        box(("Area for improvement", True), ("The force should make sure it keeps victims updated.", True)),
        Paragraph("We saw good practice in the force's use of body-worn video at domestic abuse incidents.", BODY),
        Paragraph("Protecting vulnerable people", H1),
        Paragraph("Durham Constabulary requires improvement at protecting vulnerable people.", BOLD),
        *([box(*second, (explanation, False))] if boxes_explain else [box(*second), Paragraph(explanation, BODY)]),
        Paragraph("About the data", H1),
        Paragraph("The data in this report is from the Home Office.", BODY),
    ])


def test_where_boxes_hold_their_explanations_the_paragraph_after_a_box_is_no_detail(tmp_path: Path) -> None:
    found = records(_report(tmp_path / "peel.pdf", boxes_explain=True))
    assert sorted((a["area"], a["detail"]) for a in found["areas_for_improvement"]) == [
        ("Investigating crime", None),
        ("Protecting vulnerable people",
         "Of the 40 referrals we reviewed, 14 were sent more than 48 hours after the incident.")]


def test_where_boxes_hold_the_item_alone_the_paragraph_after_a_box_explains_it(tmp_path: Path) -> None:
    found = records(_report(tmp_path / "peel.pdf", boxes_explain=False))
    assert sorted((a["area"], a["detail"]) for a in found["areas_for_improvement"]) == [
        ("Investigating crime",
         "We saw good practice in the force's use of body-worn video at domestic abuse incidents."),
        ("Protecting vulnerable people",
         "Of the 40 referrals we reviewed, 14 were sent more than 48 hours after the incident.")]
