"""Benchmark files, generated into a scratch folder (never committed):
pack-like PDF pages (headings, paragraphs, bullet lists, a ruled table
with coloured status squares), as one 400-page file, 200 small files and
16 documents of 12 pages; and a panel's long action tracker (one table of
120 or 240 rows over many pages, a key of coloured squares above it, a
Status column of a coloured square and a word), in Word (python-docx) and
in PDF (reportlab), the same rows in both."""

from __future__ import annotations

import random
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

WORDS = ("the panel force commissioner scrutiny performance update officers response victims data quarter "
         "improvement plan assurance review action neighbourhood demand calls crime outcomes training "
         "safeguarding partners evidence report meeting public confidence recorded measures").split()
RULED = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")),
                    ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("VALIGN", (0, 0), (-1, -1), "TOP")])
STATUS = [("Complete", colors.HexColor("#00b050")), ("Outstanding", colors.HexColor("#ff0000")),
          ("In progress", colors.HexColor("#ffc000"))]


def _sentence(rng: random.Random, words: int = 18) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _page(rng: random.Random, number: int, styles) -> list:
    body = styles["BodyText"]
    story = [Paragraph(f"{number}. {_sentence(rng, 5)[:-1]}", styles["Heading2"])]
    story += [Paragraph(" ".join(_sentence(rng) for _ in range(4)), body) for _ in range(2)]
    story.append(ListFlowable([ListItem(Paragraph(_sentence(rng, 12), body)) for _ in range(4)],
                              bulletType="bullet"))
    rows = [["No.", "Action", "Update", "Status"]]
    for row in range(5):
        status, _ = rng.choice(STATUS)
        rows.append([str(row + 1), Paragraph(_sentence(rng, 8), body), Paragraph(_sentence(rng, 10), body),
                     Paragraph(f'<font color="{dict(STATUS)[status].hexval()}">\u25a0</font> {status}', body)])
    table = Table(rows, colWidths=[30, 170, 200, 90], repeatRows=1)
    table.setStyle(RULED)
    story += [Spacer(1, 6), table, PageBreak()]
    return story


def write_pdf(path: Path, pages: int, seed: int) -> None:
    rng = random.Random(seed)
    styles = getSampleStyleSheet()
    story = [Paragraph("Police and Crime Panel: Scrutiny Meeting Pack", styles["Title"])]
    for number in range(1, pages + 1):
        story += _page(rng, number, styles)
    SimpleDocTemplate(str(path), pagesize=A4, invariant=True).build(story)


TRACKER_HEADER = ["Ref", "Date raised", "Action", "Owner", "Due date", "Update", "Status"]
OWNERS = ("Chief Executive", "Chief Finance Officer", "Head of Performance", "ACC Local Policing",
          "Head of Commissioning", "Director of Corporate Services")
# A panel meets ten times a year: none in August or December.
TRACKER_ROWS = (120, 240)  # twice the rows: twice the time if the reading is linear in rows, four times if quadratic
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "September", "October", "November")


def tracker_rows(count: int, seed: int) -> list[list[str]]:
    """A log's rows, oldest meeting first: several actions a meeting, its updates one to three sentences."""
    rng = random.Random(seed)
    rows = []
    for index in range(count):
        meeting = index // 6  # about six actions a meeting
        raised = f"{1 + meeting % 27} {MONTHS[meeting % len(MONTHS)]} {2024 + meeting // len(MONTHS)}"
        due = f"{MONTHS[(meeting + 2) % len(MONTHS)]} {2024 + (meeting + 2) // len(MONTHS)}"
        rows.append([f"{index + 1:03d}", raised, _sentence(rng, rng.randint(12, 30)), rng.choice(OWNERS), due,
                     " ".join(_sentence(rng, rng.randint(10, 22)) for _ in range(rng.randint(1, 3))),
                     rng.choice(STATUS)[0]])
    return rows


def _tracker_intro() -> list[tuple[str, str]]:
    """(text, colour) lines above the table: title, meeting, the key of the squares."""
    return [("Police and Crime Panel: Action Tracker", ""), ("Meeting of the Panel, 14 March 2027", ""),
            *((f"\u25a0 = {status}", colour.hexval()[2:]) for status, colour in STATUS)]


def write_tracker_pdf(path: Path, rows: list[list[str]]) -> None:
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    colour_of = {status: colour.hexval() for status, colour in STATUS}
    story = [Paragraph(text if not colour else f'<font color="#{colour}">\u25a0</font>{text[1:]}',
                       styles["Title"] if index == 0 else body) for index, (text, colour) in enumerate(_tracker_intro())]
    cells = [TRACKER_HEADER] + [
        [*(Paragraph(text, body) for text in values[:-1]),
         Paragraph(f'<font color="{colour_of[values[-1]]}">\u25a0</font> {values[-1]}', body)]
        for values in rows]
    table = Table(cells, colWidths=[32, 62, 190, 90, 62, 250, 80], repeatRows=1)
    table.setStyle(RULED)
    story += [Spacer(1, 6), table]
    SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=True).build(story)


def write_tracker_docx(path: Path, rows: list[list[str]]) -> None:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for index, (text, colour) in enumerate(_tracker_intro()):
        if index == 0:
            document.add_heading(text, level=1)
            continue
        paragraph = document.add_paragraph()
        if colour:
            paragraph.add_run(text[0]).font.color.rgb = RGBColor.from_string(colour.upper())
            text = text[1:]
        paragraph.add_run(text)
    colour_of = {status: colour.hexval()[2:].upper() for status, colour in STATUS}
    table = document.add_table(rows=1 + len(rows), cols=len(TRACKER_HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, TRACKER_HEADER):
        cell.paragraphs[0].add_run(text).bold = True
    for row, values in zip(table.rows[1:], rows):
        for cell, text in zip(row.cells[:-1], values[:-1]):
            cell.paragraphs[0].add_run(text).font.size = Pt(9)
        status = row.cells[-1].paragraphs[0]
        status.add_run("\u25a0").font.color.rgb = RGBColor.from_string(colour_of[values[-1]])
        status.add_run(f" {values[-1]}")
    document.save(str(path))


def build(root: Path) -> dict[str, list[Path]]:
    """The benchmark sets under ``root``, made once and reused."""
    sets = {"large": (1, 400), "many": (200, 1), "batch": (16, 12)}
    made: dict[str, list[Path]] = {}
    for name, (count, pages) in sets.items():
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True)
        made[name] = []
        for index in range(count):
            path = folder / f"{name}-{index:03d}.pdf"
            if not path.exists():
                write_pdf(path, pages, seed=index)
            made[name].append(path)
    folder = root / "tracker"
    folder.mkdir(parents=True, exist_ok=True)
    made["tracker"] = []
    for count in TRACKER_ROWS:
        rows = tracker_rows(count, seed=count)
        for suffix, write in ((".pdf", write_tracker_pdf), (".docx", write_tracker_docx)):
            path = folder / f"tracker-{count}-rows{suffix}"
            if not path.exists():
                write(path, rows)
            made["tracker"].append(path)
    return made
