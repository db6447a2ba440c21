"""Where an action minuted in the notes takes its topic, and where a log's
update column is: action lines framed in a box under an item ("Decisions and
actions", a Word table of one cell) are that item's; an item heading opening
with its minute's lettered reference ("SAB 28/13 Anti-social behaviour")
titles the item without the reference, for its action lines and for the log's
rows raised at that meeting; a log's "Comment" column is the update. Real Word
files and a reportlab PDF through the whole pipeline."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, H1, grid, pdf, records, word_table
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph

H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceAfter=4, spaceBefore=4)


def _boxed(document: Document, lines: list[str]) -> None:
    """A box of one cell: a bold title line, then one paragraph a line."""
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].add_run("Decisions and actions").bold = True
    for line in lines:
        cell.add_paragraph(line)


def test_action_lines_in_an_items_box_take_its_topic(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Performance Board", level=1)
    document.add_heading("Notes of the Performance Board \u2013 28 February 2028", level=1)
    document.add_heading("1. Apologies", level=2)
    document.add_paragraph("Apologies were received from the Chief Finance Officer.")
    document.add_heading("2. Road safety", level=2)
    document.add_paragraph("The Chief Inspector, Roads Policing presented the paper.")
    _boxed(document, ["Action PB 28/06: Chief Inspector, Roads Policing to report collision hot spots in June."])
    document.add_heading("3. Rural crime", level=2)
    document.add_paragraph("The Rural Crime Team lead presented the paper.")
    _boxed(document, ["Action PB 28/07: Rural Crime Team lead to publish the farm watch figures.",
                      "Action PB 28/08: Chief of Staff to raise machinery theft with the national unit."])
    document.add_heading("4. Any other business", level=2)
    document.add_paragraph("None.")
    path = tmp_path / "notes.docx"
    document.save(str(path))

    found = {a["number"]: a["topic"] for a in records(path)["actions"]}

    assert found == {"PB 28/06": "Road safety", "PB 28/07": "Rural crime", "PB 28/08": "Rural crime"}


def test_an_items_lettered_minute_reference_is_no_part_of_its_title(tmp_path: Path) -> None:
    path = pdf(tmp_path / "pack.pdf", [
        Paragraph("Assurance Board", H1),
        Paragraph("Minutes of the Assurance Board held on 7 March 2028", H1),
        Paragraph("SAB 28/10 Apologies", H3),
        Paragraph("Apologies were received from the Chief Constable.", BODY),
        Paragraph("SAB 28/11 Road safety", H3),
        Paragraph("The Chief Inspector presented the paper on collisions on rural roads.", BODY),
        Paragraph("Action: Chief Inspector to report speed enforcement by district at the next meeting (A28/05).",
                  BODY),
        Paragraph("SAB 28/12 Any other business", H3),
        Paragraph("None.", BODY),
        PageBreak(),
        Paragraph("Action tracker", H1),
        grid([["No.", "Raised", "Action", "Owner", "Progress", "Status"],
              ["A28/05", "07/03/2028", "Report speed enforcement by district at the next meeting.", "Chief Inspector",
               "On this agenda.", "Live"],
              ["A28/06", "07/03/2028", "Share the casualty reduction plan with the Commissioner's office.",
               "Chief Inspector", "Plan shared on 20 March.", "Discharged"]], [44, 56, 150, 70, 90, 56]),
    ])

    found = {a["number"]: a["topic"] for a in records(path)["actions"]}

    assert found == {"A28/05": "Road safety", "A28/06": "Road safety"}


def test_a_logs_comment_column_is_the_update(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Performance Board", level=1)
    document.add_paragraph("Thursday 19 May 2028")
    document.add_heading("Action log", level=2)
    word_table(document, [["Ref", "Meeting", "Action", "Status", "Comment"],
                          ["PB 27/30", "12/10/2027", "Publish the rural crime strategy.", "Complete",
                           "Published October 2027."],
                          ["PB 28/02", "10/01/2028", "Report the use of Taser by ethnicity.", "Open",
                           "Data being checked with the independent advisory group."]])
    path = tmp_path / "log.docx"
    document.save(str(path))

    found = {a["number"]: (a["update"], a["status"]) for a in records(path)["actions"]}

    assert found == {"PB 27/30": ("Published October 2027.", "complete"),
                     "PB 28/02": ("Data being checked with the independent advisory group.", "outstanding")}
