"""Benchmark PDFs, generated with reportlab into a scratch folder (never
committed): pack-like pages (headings, paragraphs, bullet lists, a ruled
table with coloured status squares), as one 400-page file, 200 small files
and 16 documents of 12 pages."""

from __future__ import annotations

import random
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

WORDS = ("the panel force commissioner scrutiny performance update officers response victims data quarter "
         "improvement plan assurance review action neighbourhood demand calls crime outcomes training "
         "safeguarding partners evidence report meeting public confidence recorded measures").split()
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
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")),
                               ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Spacer(1, 6), table, PageBreak()]
    return story


def write_pdf(path: Path, pages: int, seed: int) -> None:
    rng = random.Random(seed)
    styles = getSampleStyleSheet()
    story = [Paragraph("Police and Crime Panel: Scrutiny Meeting Pack", styles["Title"])]
    for number in range(1, pages + 1):
        story += _page(rng, number, styles)
    SimpleDocTemplate(str(path), pagesize=A4, invariant=True).build(story)


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
    return made
