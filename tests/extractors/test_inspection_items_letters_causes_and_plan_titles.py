"""Causes, AFIs and titles as HMICFRS's letters and forces' papers print them,
on small real PDF and Word files: an inspector's letter whose "Causes of
concern" sorts its causes under area headings set as large as the label; an
accelerated cause of concern letter of numbered paragraphs (the bold one the
cause, the next its detail); a report's title without the Subtitle-style kicker
over it, and a plan's without the force's name over its Heading 1."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt, RGBColor
from files import BODY, BOLD, H1, grid, lower_key, pdf, records
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from extractors.text import clean

H2 = ParagraphStyle("h2", parent=BOLD, fontSize=10.5, leading=14, spaceBefore=6)
NUMBERED = ParagraphStyle("numbered", parent=BODY, leftIndent=24, bulletIndent=0)
NUMBERED_BOLD = ParagraphStyle("numbered_bold", parent=NUMBERED, fontName="Helvetica-Bold")
LETTERED = ParagraphStyle("lettered", parent=BODY, leftIndent=48, bulletIndent=24)


def _inspector_letter(path: Path) -> Path:
    """HM Inspector's letter before a PEEL report: "Causes of concern", then
    an area heading as large as that label over each cause's bold statement,
    its detail and a dated lead-in over bullets."""
    return pdf(path, [
        Paragraph("Chief Constable", BODY), Paragraph("Norfolk Constabulary", BODY), Paragraph("3 March 2026", BODY),
        Paragraph("Dear Chief Constable,", BODY),
        Paragraph("PEEL 2023–25: inspection of Norfolk Constabulary", H1),
        Paragraph("I am writing to tell you our findings before we publish our report.", BODY),
        Paragraph("Causes of concern", H2),
        Paragraph("We have identified two causes of concern.", BODY),
        Paragraph("Responding to the public", H2),
        Paragraph("Norfolk Constabulary doesn’t answer non-emergency calls quickly enough.", BOLD),
        Paragraph("Callers waited more than ten minutes for a third of non-emergency calls.", BODY),
        Paragraph("Within three months, Norfolk Constabulary should:", BODY),
        Paragraph("• review how it staffs its control room; and", BODY),
        Paragraph("• tell callers how long they can expect to wait.", BODY),
        Paragraph("Managing offenders", H2),
        Paragraph("Norfolk Constabulary isn’t managing the risk posed by registered sex offenders well enough.", BOLD),
        Paragraph("Risk assessments were overdue in 40 of the 120 cases we reviewed.", BODY),
        Paragraph("By 31 July 2026, Norfolk Constabulary should:", BODY),
        Paragraph("• complete every overdue risk assessment.", BODY),
        Paragraph("Next steps", H2),
        Paragraph("We will ask the force for an action plan.", BODY),
        Paragraph("Yours sincerely,", BODY),
    ])


def test_a_letters_causes_sorted_under_area_headings_as_large_as_their_label(tmp_path: Path) -> None:
    found = records(_inspector_letter(tmp_path / "letter.pdf"))
    causes = found["causes_of_concern"]
    assert lower_key(causes, ("area", "text", "detail")) == [
        ("managing offenders", "norfolk constabulary isn't managing the risk posed by registered sex offenders well "
         "enough.", "risk assessments were overdue in 40 of the 120 cases we reviewed."),
        ("responding to the public", "norfolk constabulary doesn't answer non-emergency calls quickly enough.",
         "callers waited more than ten minutes for a third of non-emergency calls."),
    ]
    cause_of = {cause["record_id"]: cause["area"] for cause in causes}
    assert sorted((cause_of[r["cause_of_concern_id"]], r["timescale"], r["text"])
                  for r in found["recommendations"]) == [
        ("Managing offenders", "By 31 July 2026", "complete every overdue risk assessment."),
        ("Responding to the public", "Within three months", "review how it staffs its control room"),
        ("Responding to the public", "Within three months", "tell callers how long they can expect to wait."),
    ]


def _accelerated_letter(path: Path) -> Path:
    """An accelerated cause of concern letter whose body is numbered
    paragraphs: the cause the bold one under "Cause of concern", its detail
    the next, the recommendations lettered under a numbered lead-in."""
    return pdf(path, [
        Paragraph("14 January 2026", BODY), Paragraph("Dear Chief Constable,", BODY),
        Paragraph("PEEL 2023–25: accelerated cause of concern – Norfolk Constabulary", H1),
        Paragraph("We are inspecting Norfolk Constabulary and found a serious shortcoming in how it investigates "
                  "crime.", NUMBERED, bulletText="1."),
        Paragraph("Cause of concern", BOLD),
        Paragraph("Norfolk Constabulary isn’t making sure that investigations are supervised well enough.",
                  NUMBERED_BOLD, bulletText="2."),
        Paragraph("Of the 60 investigations we reviewed, 23 had no supervisory review in the last month.",
                  NUMBERED, bulletText="3."),
        Paragraph("Recommendations", BOLD),
        Paragraph("We recommend that, within three months, Norfolk Constabulary:", NUMBERED, bulletText="4."),
        Paragraph("reviews every open investigation that has had no supervisory review; and", LETTERED,
                  bulletText="(a)"),
        Paragraph("makes sure supervisors record their reviews.", LETTERED, bulletText="(b)"),
        Paragraph("I am copying this letter to the Police and Crime Commissioner.", NUMBERED, bulletText="5."),
        Paragraph("Yours sincerely,", BODY),
    ])


def test_an_accelerated_letters_numbered_paragraph_after_its_cause_is_the_detail(tmp_path: Path) -> None:
    found = records(_accelerated_letter(tmp_path / "accelerated.pdf"))
    [cause] = found["causes_of_concern"]
    assert (cause["text"], cause["detail"], cause["area"]) == (
        clean("Norfolk Constabulary isn’t making sure that investigations are supervised well enough."),
        "Of the 60 investigations we reviewed, 23 had no supervisory review in the last month.", None)
    recommendations = found["recommendations"]
    assert [r["text"] for r in recommendations] == [
        "reviews every open investigation that has had no supervisory review",
        "makes sure supervisors record their reviews."]
    assert {r["cause_of_concern_id"] for r in recommendations} == {cause["record_id"]}
    assert {r["timescale"] for r in recommendations} == {"Within three months"}


def test_a_reports_title_leaves_out_the_subtitle_style_kicker_over_it(tmp_path: Path) -> None:
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    document.add_paragraph("National child protection inspection", style="Subtitle")
    document.add_paragraph("An inspection of Norfolk Constabulary’s child protection arrangements", style="Title")
    document.add_paragraph("Published: 19 March 2026")
    document.add_heading("Foreword", level=1)
    for sentence in ("We inspected the force in November 2025.", "We last inspected its child protection work in "
                     "2019.", "In this inspection we made a judgment on each of five areas."):
        document.add_paragraph(sentence)
    document.save(str(tmp_path / "ncpi.docx"))
    [described] = records(tmp_path / "ncpi.docx")["documents"]
    assert described["title"] == clean("An inspection of Norfolk Constabulary’s child protection arrangements")


def test_a_plans_title_leaves_out_the_forces_name_over_its_heading(tmp_path: Path) -> None:
    document = Document()
    document.styles["Normal"].font.size = Pt(10.5)
    force = document.add_paragraph().add_run("Norfolk Constabulary")
    force.bold, force.font.size, force.font.color.rgb = True, Pt(11), RGBColor(0x1F, 0x38, 0x64)
    document.add_heading("PEEL 2023–25 Improvement Plan", level=1)
    document.add_paragraph("HMICFRS published its PEEL 2023–25 report on Norfolk Constabulary on 27 August 2025.")
    document.save(str(tmp_path / "plan.docx"))
    [described] = records(tmp_path / "plan.docx")["documents"]
    assert described["title"] == clean("PEEL 2023–25 Improvement Plan")


def _panel_report(path: Path) -> Path:
    """A commissioner's report to the panel: the AFIs bulleted under a
    general heading, their lead-in naming them and then the board the
    commissioner will hold the force to account at."""
    return pdf(path, [
        Paragraph("Norfolk Police and Crime Panel – 30 June 2025", BODY),
        Paragraph("Police and Crime Commissioner's report: Holding the Chief Constable to account", H1),
        Paragraph("HMICFRS published its PEEL 2023–25 report on Norfolk Constabulary on 30 April 2025.", BODY),
        Paragraph("4. What the force must improve", H2),
        Paragraph("The report sets out two areas for improvement. The Commissioner will seek assurance on each at "
                  "his Accountability Board:", BODY),
        Paragraph("• The force should make sure that its officers record the voice of the child.", BODY),
        Paragraph("• The force should improve how it shares information with partners.", BODY),
        Paragraph("5. Recommendation", H2),
        Paragraph("The Panel is asked to note the report.", BODY),
    ])


def test_afis_under_a_lead_in_that_goes_on_to_name_the_board(tmp_path: Path) -> None:
    found = records(_panel_report(tmp_path / "panel.pdf"))
    assert lower_key(found["areas_for_improvement"], ("area", "text")) == [
        ("none", "the force should improve how it shares information with partners."),
        ("none", "the force should make sure that its officers record the voice of the child."),
    ]  # a list under a general heading stands in no area's section


def _abbreviated_plan(path: Path) -> Path:
    """A force's improvement plan whose Area column holds the abbreviations
    its key spells out, one row an area without an AFI."""
    return pdf(path, [
        Paragraph("PEEL 2023–25 Improvement Plan", H1),
        Paragraph("HMICFRS published its PEEL 2023–25 report on Norfolk Constabulary on 27 August 2025.", BODY),
        Paragraph("Key: RTTP – Responding to the public; IC – Investigating crime; Leadership &amp; FM – Leadership "
                  "and force management.", BODY),
        grid([["Ref", "Area", "Area for improvement", "Lead", "Due"],
              ["1.1", "RTTP", "The force should answer non-emergency calls more quickly.", "Supt Control Room",
               "March 2026"],
              ["2.1", "IC", "No area for improvement identified", "–", "–"],
              ["3.1", "Leadership &amp; FM", "The force should make sure its change programme is properly resourced.",
               "Director of Change", "June 2026"]], [40, 70, 200, 90, 60]),
    ])


def test_a_plans_abbreviated_areas_read_by_its_key_and_its_rows_without_an_afi(tmp_path: Path) -> None:
    found = records(_abbreviated_plan(tmp_path / "plan.pdf"))
    assert lower_key(found["areas_for_improvement"], ("area", "text")) == [
        ("leadership and force management", "the force should make sure its change programme is properly resourced."),
        ("responding to the public", "the force should answer non-emergency calls more quickly."),
    ]


def test_a_reports_title_leaves_out_a_kicker_in_plain_type_over_it(tmp_path: Path) -> None:
    # a coloured kicker 1.2 times the text's size: the reader takes it for a heading, the title for none of it
    kicker = ParagraphStyle("kicker", parent=BODY, fontSize=12, leading=15, textColor=colors.HexColor("#1d3c6e"))
    title = ParagraphStyle("title", parent=BOLD, fontSize=20, leading=24, spaceAfter=8)
    path = pdf(tmp_path / "report.pdf", [
        Paragraph("PEEL 2023–25", kicker),
        Paragraph("Police effectiveness, efficiency and legitimacy: An inspection of Norfolk Constabulary", title),
        Paragraph("Published: 26 March 2026", BODY),
        *[Paragraph(sentence, BODY) for sentence in (
            "Our inspection assessed how good Norfolk Constabulary is in eight areas of policing.",
            "We make graded judgments in these eight areas.", "We set out our judgments below.")],
    ])
    [described] = records(path)["documents"]
    assert described["title"] == "Police effectiveness, efficiency and legitimacy: An inspection of Norfolk Constabulary"
