"""Round 31 titles (samples/corpus/inspection-round31): a commissioner's
office heading the publication it names ("Police and Crime Commissioner for
X: Annual Report 2025/26") and a newsletter's issue line ("Community
newsletter: February 2026") are titles, on small real Word and PDF files;
the office alone over them stays a letterhead, and a date line alone is no
title."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, TITLE, pdf, records
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=6)


def test_a_commissioner_s_annual_report_is_titled_by_its_heading_1_not_its_letterhead(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Office of the Police and Crime Commissioner for Norfolk", level=3)
    document.add_heading("Police and Crime Commissioner for Norfolk: Annual Report 2025/26", level=1)
    document.add_paragraph("Published June 2026")
    document.add_heading("Foreword from the Commissioner", level=2)
    document.add_paragraph("This is my annual report for the year from April 2025 to March 2026.")
    document.save(str(path := tmp_path / "annual-report.docx"))
    assert records(path)["documents"][0]["title"] == "Police and Crime Commissioner for Norfolk: Annual Report 2025/26"


def test_a_newsletter_is_titled_by_its_issue_line(tmp_path: Path) -> None:
    path = pdf(tmp_path / "newsletter.pdf", [
        Paragraph("Dorset Police and Crime Commissioner", BODY),
        Paragraph("Community newsletter: March 2026", TITLE),
        Paragraph("Message from the Commissioner", H2),
        Paragraph("Welcome to the March edition of my newsletter.", BODY),
        Paragraph("March 2026", H2),
    ])
    assert records(path)["documents"][0]["title"] == "Community newsletter: March 2026"
