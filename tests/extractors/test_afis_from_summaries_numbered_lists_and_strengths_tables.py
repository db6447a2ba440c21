"""Fixes from inspection round 38 (areas for improvement): a numbered list
whose bare numbers ("1", "2") the reader took for words; one-line AFIs the
reader joined into one paragraph under a summary's own heading ("What the
inspectors asked the police to improve"); a strengths | improvements table
under each graded area heading; an area cell printing its grade in brackets."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import ListFlowable, ListItem, Paragraph

from files import BODY, H1, TITLE, grid, pdf, records, word_table


def test_a_list_numbered_without_full_stops_gives_one_afi_a_number(tmp_path: Path) -> None:
    """"1 The force should ...", "2 ...", "3 ...": a reportlab list numbered
    "1", "2", "3" reads as paragraphs opening with their numbers; each is an
    AFI of its own, its words without the number, none another's detail."""
    afis_printed = ["The force should make sure it answers non-emergency calls promptly.",
                    "The force should make sure investigations are allocated to staff with the right skills.",
                    "The force should make sure it records the voice of the child in every incident."]
    flow = [Paragraph("Performance report: PEEL 2023–25 grades", TITLE),
            Paragraph("Areas for improvement from the 2025 report", H1),
            Paragraph("The report gave the force eleven areas for improvement. The three the Commissioner has "
                      "asked to see at every meeting are:", BODY),
            ListFlowable([ListItem(Paragraph(text, BODY), leftIndent=16) for text in afis_printed],
                         bulletType="1", leftIndent=16),
            Paragraph("Commissioner's comments", H1),
            Paragraph("The Commissioner welcomes the improvement since 2022.", BODY)]
    found = records(pdf(tmp_path / "report.pdf", flow))
    layout_texts = [a["text"] for a in found["areas_for_improvement"]]
    assert layout_texts == afis_printed
    assert [a["detail"] for a in found["areas_for_improvement"]] == [None, None, None]


def test_numbered_paragraphs_of_a_paper_that_are_no_items_stay_prose(tmp_path: Path) -> None:
    """A paper's paragraphs numbered "1", "2" under an AFI label, not worded
    as items ("2 The Commissioner noted ..."): no AFI of each number."""
    flow = [Paragraph("Performance report: PEEL 2023–25 grades", TITLE),
            Paragraph("Areas for improvement", H1),
            Paragraph("1 The force should make sure it answers non-emergency calls promptly.", BODY),
            Paragraph("2 The Commissioner noted the work of the control room over the winter.", BODY)]
    afis = records(pdf(tmp_path / "report.pdf", flow))["areas_for_improvement"]
    assert len(afis) == 1 and "make sure it answers non-emergency calls" in afis[0]["text"]


def _canvas_report(path: Path, afis: list[tuple[str, list[str]]]) -> Path:
    """A page drawn on the canvas, each paragraph in a frame of its own: a
    heading in the summary's own words, then bold area subheadings each over
    one-line AFIs set 2 pt apart (the reader takes each run for one paragraph)."""
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    body = ParagraphStyle("canvas body", fontName="Helvetica", fontSize=10, leading=13.5)
    subheading = ParagraphStyle("canvas subheading", fontName="Helvetica-Bold", fontSize=12, leading=15)

    def frame_text(text: str, y: float, style: ParagraphStyle) -> float:
        paragraph = Paragraph(text, style)
        _, height = paragraph.wrap(495, 1000)
        paragraph.drawOn(page, 50, y - height)
        return y - height

    # no line wider than the first AFI's: the reader then takes that line for a wrapped one
    y = frame_text("Safeguarding partnership annual report",
                   800, ParagraphStyle("canvas title", fontName="Helvetica-Bold", fontSize=20, leading=24))
    y = frame_text("Southshire Constabulary: national child protection inspection, 2025.", y - 10, body)
    y = frame_text("What the inspectors asked the police to improve", y - 12,
                   ParagraphStyle("canvas heading", fontName="Helvetica-Bold", fontSize=15, leading=18))
    for area, lines in afis:
        y = frame_text(area, y - 6, subheading)
        for line in lines:
            y = frame_text(line, y - 2, body)
    y = frame_text("The partnership's response", y - 10, subheading)
    frame_text("The partnership will audit joint working on missing children.", y - 2, body)
    page.showPage()
    page.save()
    return path


def test_one_line_afis_joined_into_one_paragraph_are_each_an_afi_of_the_subheadings_area(tmp_path: Path) -> None:
    """Under "What the inspectors asked the police to improve", each bold
    area subheading holds its AFIs; two one-line AFIs the reader joined into
    one paragraph ("The force should ... The force should ...") are two."""
    path = _canvas_report(tmp_path / "annual.pdf", [
        ("Responding to children at risk of harm",
         ["The force should make sure officers speak to children and record their views when they attend incidents.",
          "The force should make sure it completes a welfare check when a missing child is found."]),
        ("Investigating reports of abuse, neglect and exploitation of children",
         ["The force should make sure investigations into child sexual abuse are allocated without delay."])])
    afis = records(path)["areas_for_improvement"]
    assert [(a["text"], a["area"]) for a in afis] == [
        ("The force should make sure officers speak to children and record their views when they attend incidents.",
         "Responding to children at risk of harm"),
        ("The force should make sure it completes a welfare check when a missing child is found.",
         "Responding to children at risk of harm"),
        ("The force should make sure investigations into child sexual abuse are allocated without delay.",
         "Investigating reports of abuse, neglect and exploitation of children")]
    assert len({a["record_id"] for a in afis}) == 3


def test_an_afi_explained_in_the_same_paragraph_stays_one_afi(tmp_path: Path) -> None:
    """"The force should ... This means ...": a paragraph whose second
    sentence explains the first is one AFI, never two."""
    path = _canvas_report(tmp_path / "annual.pdf", [
        ("Responding to children at risk of harm",
         ["The force should make sure officers speak to children and record their views when they attend incidents.",
          "This means the voice of the child is often missing from the record."])])
    afis = records(path)["areas_for_improvement"]
    assert [a["text"] for a in afis] == [
        "The force should make sure officers speak to children and record their views when they attend incidents. "
        "This means the voice of the child is often missing from the record."]


def test_the_improvements_column_beside_strengths_holds_the_afis_of_the_area_heading_above(tmp_path: Path) -> None:
    """A force's own summary: each "Area – we were graded X" heading over a
    table "What we do well | Where we must improve". Each paragraph of the
    right-hand cell is an AFI of the heading's area; the strengths are none,
    nor is a cell saying the inspectors gave none."""
    document = Document()
    document.add_heading("Our PEEL 2023–25 inspection: what the inspectors found", level=0)
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on Southshire Constabulary on 4 June 2025.")
    document.add_heading("Preventing crime – we were graded good", level=2)
    word_table(document, [["What we do well", "Where we must improve"],
                          ["Neighbourhood teams solve long-running problems with councils.",
                           "The inspectors gave us no area for improvement here."]])
    document.add_heading("Investigating crime – we were graded adequate", level=2)
    table = document.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text, table.cell(0, 1).text = "What we do well", "Where we must improve"
    table.cell(1, 0).text = "Victims are kept informed in most of the cases reviewed."
    improve = table.cell(1, 1)
    improve.text = "The force should make sure investigations are supervised well enough to make progress."
    improve.add_paragraph("The force should record the reasons when a victim does not support further action.")
    path = tmp_path / "summary.docx"
    document.save(str(path))
    afis = records(path)["areas_for_improvement"]
    assert [(a["text"], a["area"], a["detail"], a["page"]) for a in afis] == [
        ("The force should make sure investigations are supervised well enough to make progress.",
         "Investigating crime", None, None),
        ("The force should record the reasons when a victim does not support further action.",
         "Investigating crime", None, None)]


def test_an_area_cell_printing_its_grade_in_brackets_gives_its_afis_that_area(tmp_path: Path) -> None:
    """Area of policing (grade) | Areas for improvement still open: the area
    cell "Responding to the public (Requires improvement)" names the area of
    the AFIs beside it."""
    document = Document()
    document.add_heading("PEEL 2023–25 inspection of Southshire Constabulary: position statement", level=0)
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on Southshire Constabulary on 4 June 2025.")
    word_table(document, [
        ["Area of policing (grade)", "Areas for improvement still open"],
        ["Responding to the public (Requires improvement)",
         "The force should answer non-emergency calls within its own target time."],
        ["Managing offenders (Adequate)", "The force should reduce the backlog of sex offender home visits."]])
    path = tmp_path / "position.docx"
    document.save(str(path))
    afis = records(path)["areas_for_improvement"]
    assert [(a["text"], a["area"]) for a in afis] == [
        ("The force should answer non-emergency calls within its own target time.", "Responding to the public"),
        ("The force should reduce the backlog of sex offender home visits.", "Managing offenders")]


def test_a_portfolio_column_takes_the_area_the_documents_notes_map_it_to(tmp_path: Path) -> None:
    """A plan organised by the force's own portfolios: the grade table sets a
    note number after each portfolio ("Public contact and response<sup>1</sup>"),
    the notes under it name the HMICFRS area ("1 HMICFRS area: Responding to
    the public."); the AFI table's Portfolio column, the names without their
    numbers, gives each AFI that area."""
    note = ParagraphStyle("note", parent=BODY, fontSize=7.5, leading=9, spaceAfter=1)
    portfolios = [("Public contact and response", "Responding to the public", "Requires improvement"),
                  ("Crime and investigations", "Investigating crime", "Adequate"),
                  ("People and culture", "Developing a positive workplace", "Adequate")]
    flow = [Paragraph("PEEL improvement plan: progress report", TITLE),
            Paragraph("HMICFRS published its PEEL 2023–25 report on Southshire Constabulary on 16 October 2025.",
                      BODY),
            grid([["Force portfolio", "HMICFRS grade"]]
                 + [[f"{name}<super>{n}</super>", value] for n, (name, _, value) in enumerate(portfolios, 1)],
                 [220, 160]),
            *[Paragraph(f"{n} HMICFRS area: {area}.", note) for n, (_, area, _) in enumerate(portfolios, 1)],
            Paragraph("Progress on the areas for improvement", H1),
            grid([["Portfolio", "Area for improvement", "Progress"],
                  ["Public contact and response",
                   "The force should make sure it deploys to priority incidents within its target times.", "On track"],
                  ["People and culture",
                   "The force should make sure its supervisors have the time and training to support their teams.",
                   "Delayed"]], [130, 250, 80])]
    afis = records(pdf(tmp_path / "plan.pdf", flow))["areas_for_improvement"]
    assert [(a["text"], a["area"], a["detail"]) for a in afis] == [
        ("The force should make sure it deploys to priority incidents within its target times.",
         "Responding to the public", None),
        ("The force should make sure its supervisors have the time and training to support their teams.",
         "Developing a positive workplace", None)]


def test_a_portfolio_column_no_notes_map_gives_no_area(tmp_path: Path) -> None:
    """The same AFI table with no notes mapping the portfolios: the AFIs are
    read, their area unknown rather than guessed."""
    flow = [Paragraph("PEEL improvement plan: progress report", TITLE),
            Paragraph("HMICFRS published its PEEL 2023–25 report on Southshire Constabulary on 16 October 2025.",
                      BODY),
            grid([["Portfolio", "Area for improvement", "Progress"],
                  ["Corporate services",
                   "The force should make sure its supervisors have the time and training to support their teams.",
                   "Delayed"]], [130, 250, 80])]
    afis = records(pdf(tmp_path / "plan.pdf", flow))["areas_for_improvement"]
    assert [(a["text"], a["area"]) for a in afis] == [
        ("The force should make sure its supervisors have the time and training to support their teams.", None)]


def test_one_sentence_afis_set_as_paragraphs_are_each_an_afi_and_an_explanation_stays_detail(tmp_path: Path) -> None:
    """Under an area subheading, "The force should ..." paragraphs one after
    another are AFIs each; a paragraph explaining the AFI above ("This
    means ...") is its detail, never an AFI."""
    subheading = ParagraphStyle("subheading", parent=BODY, fontName="Helvetica-Bold", fontSize=12, leading=15)
    flow = [Paragraph("Safeguarding partnership annual report", TITLE),
            Paragraph("Southshire Constabulary was inspected in the national child protection inspection, "
                      "published in 2025.", BODY),
            Paragraph("What the inspectors asked the police to improve", H1),
            Paragraph("Responding to children at risk of harm", subheading),
            Paragraph("The force should make sure officers speak to children when they attend incidents.", BODY),
            Paragraph("The force should make sure it completes a welfare check when a missing child is found.", BODY),
            Paragraph("Investigating reports of abuse, neglect and exploitation of children", subheading),
            Paragraph("The force should make sure investigations into child sexual abuse are allocated without "
                      "delay.", BODY),
            Paragraph("This means some children wait weeks before an officer is assigned to their case.", BODY)]
    afis = records(pdf(tmp_path / "annual.pdf", flow))["areas_for_improvement"]
    assert [(a["text"], a["area"], a["detail"]) for a in afis] == [
        ("The force should make sure officers speak to children when they attend incidents.",
         "Responding to children at risk of harm", None),
        ("The force should make sure it completes a welfare check when a missing child is found.",
         "Responding to children at risk of harm", None),
        ("The force should make sure investigations into child sexual abuse are allocated without delay.",
         "Investigating reports of abuse, neglect and exploitation of children",
         "This means some children wait weeks before an officer is assigned to their case.")]
