"""An item titled by a series' name and its years ("PEEL 2021/22 inspection
findings", "VAWG 2024/25 delivery plan") keeps the whole title: a span of
years is no minute's reference, as a board's lettered minute number is ("SAB
28/13 Anti-social behaviour" is minuted under "SAB 28/13" and titled
"Anti-social behaviour"). The title is the topic of the notes of that one item,
of the action lines minuted under it and the log's actions raised at that
meeting, and the pack's agenda item. Real Word files and reportlab PDFs
through the whole pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import BODY, H1, TITLE, grid, pdf, records, word_table
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph

H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceAfter=4, spaceBefore=4)

# (the headings of the notes' items, the scrutiny item's title)
ITEMS = [
    (("Apologies", "PEEL 2021/22 inspection findings", "Any other business"), "PEEL 2021/22 inspection findings"),
    (("Apologies", "VAWG 2024/25 delivery plan", "Any other business"), "VAWG 2024/25 delivery plan"),
    (("SAB 28/12 Apologies", "SAB 28/13 Anti-social behaviour", "SAB 28/14 Any other business"),
     "Anti-social behaviour"),
]
LOG = [["Ref", "Date raised", "Action", "Owner", "Update", "Status"],
       ["A28/05", "07/03/2028", "Report progress against the plan at the next meeting.", "Deputy Chief Constable",
        "On this agenda.", "Open"]]
ACTION = "Action A28/06: Deputy Chief Constable to brief the Commissioner on the plan's risks."


@pytest.mark.parametrize(("headings", "title"), ITEMS)
def test_notes_of_one_item_and_their_actions_take_its_whole_title_in_word(
        tmp_path: Path, headings: tuple[str, ...], title: str) -> None:
    document = Document()
    document.add_heading("Strategic Assurance Board", level=1)
    document.add_paragraph("Tuesday 13 June 2028 at 10:00, Police Headquarters")
    document.add_heading("Agenda", level=1)
    for number, item in enumerate(("Apologies", "Minutes of the last meeting and action log", title), start=1):
        document.add_paragraph(f"{number}. {item}")
    document.add_page_break()
    document.add_heading("Minutes of the Strategic Assurance Board held on 7 March 2028", level=1)
    for heading in headings:
        document.add_heading(heading, level=2)
        document.add_paragraph("The Deputy Chief Constable presented the paper." if heading.endswith(title)
                               else "None were received.")
        if heading.endswith(title):
            document.add_paragraph(ACTION)
    document.add_page_break()
    document.add_heading("Action log", level=1)
    word_table(document, LOG)
    path = tmp_path / "pack.docx"
    document.save(str(path))

    found = records(path)

    assert {m["meeting_date"]: m["topic"] for m in found["meetings"]}.get("2028-03-07") == title
    assert {a["number"]: a["topic"] for a in found["actions"]} == {"A28/05": title, "A28/06": title}
    assert [(a["number"], a["title"]) for a in found["agenda_items"]][-1] == ("3", title)


@pytest.mark.parametrize(("headings", "title"), ITEMS)
def test_notes_of_one_item_and_their_actions_take_its_whole_title_in_a_pdf(
        tmp_path: Path, headings: tuple[str, ...], title: str) -> None:
    flow = [Paragraph("Strategic Assurance Board", TITLE),
            Paragraph("Tuesday 13 June 2028 at 10:00, Police Headquarters", BODY), Paragraph("Agenda", H1)]
    flow += [Paragraph(f"{number}. {item}", BODY)
             for number, item in enumerate(("Apologies", "Minutes of the last meeting and action log", title), 1)]
    flow += [PageBreak(), Paragraph("Minutes of the Strategic Assurance Board held on 7 March 2028", H1)]
    for heading in headings:
        flow += [Paragraph(heading, H3),
                 Paragraph("The Deputy Chief Constable presented the paper." if heading.endswith(title)
                           else "None were received.", BODY)]
        if heading.endswith(title):
            flow.append(Paragraph(ACTION, BODY))
    flow += [PageBreak(), Paragraph("Action log", H1), grid(LOG, [40, 60, 150, 80, 80, 50])]

    found = records(pdf(tmp_path / "pack.pdf", flow))

    assert {m["meeting_date"]: m["topic"] for m in found["meetings"]}.get("2028-03-07") == title
    assert {a["number"]: a["topic"] for a in found["actions"]} == {"A28/05": title, "A28/06": title}
    assert [(a["number"], a["title"]) for a in found["agenda_items"]][-1] == ("3", title)
