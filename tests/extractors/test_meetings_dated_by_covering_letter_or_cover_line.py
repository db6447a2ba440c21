"""The pack's own meeting dated only by its covering letter or its cover line,
a publication date that dates no meeting, the topic of notes holding one
scrutiny item, and a letter's subject line under its salutation."""

from pathlib import Path

from docx import Document
from files import BODY, BOLD, H1, TITLE, pdf, records, word_table
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph

ITEM = ParagraphStyle("item", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=6, spaceBefore=6)


def _meeting_dates(found: dict[str, list[dict]]) -> list[str]:
    return sorted(str(m["meeting_date"]) for m in found["meetings"])


def test_covering_letter_gives_notice_of_the_next_meeting(tmp_path: Path) -> None:
    path = pdf(tmp_path / "board-letter.pdf", [
        Paragraph("Office of the Police and Crime Commissioner for Wiltshire", BOLD),
        Paragraph("3 November 2027", BODY),
        Paragraph("Dear Colleague,", BODY),
        Paragraph("Accountability Board", BOLD),
        Paragraph("I write to give notice that the next meeting of the Commissioner's Accountability Board will be "
                  "held on Tuesday 16 November 2027 at 2.00pm at Police Headquarters.", BODY),
        Paragraph("Yours sincerely,", BODY),
        Paragraph("Chief Executive", BOLD),
        PageBreak(),
        Paragraph("ACCOUNTABILITY BOARD", H1),
        Paragraph("AGENDA", ITEM),
        Paragraph("Theme: Burglary and vehicle crime", BODY),
        Paragraph("1. Apologies", BODY),
        Paragraph("2. Burglary", BODY),
        PageBreak(),
        Paragraph("Notes of the Accountability Board meeting held on 12 October 2027", H1),
        Paragraph("Present: the Commissioner and the Chief Constable. The next meeting will be held on "
                  "Tuesday 16 November 2027.", BODY),
    ])

    found = records(path)

    assert [(str(m["meeting_date"]), m["topic"]) for m in found["meetings"]] == [
        ("2027-11-16", "Burglary and vehicle crime"), ("2027-10-12", None)]
    assert str(found["documents"][0]["meeting_date"]) == "2027-11-16"
    assert {str(item["meeting_date"]) for item in found["agenda_items"]} == {"2027-11-16"}


def test_the_next_meeting_named_in_minutes_is_no_meeting_of_the_pack(tmp_path: Path) -> None:
    path = pdf(tmp_path / "board-minutes.pdf", [
        Paragraph("Notes of the Accountability Board meeting held on 12 October 2027", H1),
        Paragraph("Present: the Commissioner and the Chief Constable.", BODY),
        Paragraph("Accountability Board", BOLD),
        Paragraph("The next meeting of the Accountability Board will be held on Tuesday 16 November 2027.", BODY),
    ])

    assert _meeting_dates(records(path)) == ["2027-10-12"]


def test_reports_pack_cover_line_dates_the_meeting(tmp_path: Path) -> None:
    path = pdf(tmp_path / "reports-pack.pdf", [
        Paragraph("Police and Crime Commissioner for Suffolk", BODY),
        Paragraph("Accountability Board", TITLE),
        Paragraph("Reports pack for the meeting on Tuesday 19 October 2027 at 10.00am", BOLD),
        Paragraph("Agenda", H1),
        Paragraph("1. Apologies", BODY),
        Paragraph("2. Minutes of the meeting held on 24 August 2027", BODY),
        Paragraph("3. Stop and search", BODY),
        PageBreak(),
        Paragraph("Minutes of the Accountability Board held on 24 August 2027", H1),
        Paragraph("Present: the Commissioner and the Chief Constable.", BODY),
    ])

    found = records(path)

    assert _meeting_dates(found) == ["2027-08-24", "2027-10-19"]
    assert str(found["documents"][0]["meeting_date"]) == "2027-10-19"
    assert {str(item["meeting_date"]) for item in found["agenda_items"]} == {"2027-10-19"}


def test_date_of_publication_dates_no_meeting(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Performance and Accountability Board", level=0)
    document.add_paragraph("Tuesday 14 December 2027, 10:00 – 12:30, Conference Room, Police Headquarters.")
    document.add_paragraph("Theme: Violence against women and girls")
    document.add_paragraph("Date of publication: 7 December 2027")
    word_table(document, [["Agenda item", "Presenter"], ["1. Welcome and apologies", "PCC"],
                          ["2. Violence against women and girls", "ACC"]])
    path = tmp_path / "board-publication.docx"
    document.save(str(path))

    found = records(path)

    assert _meeting_dates(found) == ["2027-12-14"]
    assert str(found["documents"][0]["publication_date"]) == "2027-12-07"


def test_apologies_and_declarations_are_standing_business(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Minutes of the Accountability Board held on 24 August 2027", level=1)
    document.add_paragraph("Present: the Commissioner and the Chief Constable.")
    for title in ("1. Apologies and declarations", "2. Minutes and matters arising", "3. Missing people",
                  "4. Date of next meeting"):
        document.add_heading(title, level=2)
        document.add_paragraph("The Board noted the report.")
    path = tmp_path / "board-notes.docx"
    document.save(str(path))

    assert [m["topic"] for m in records(path)["meetings"]] == ["Missing people"]


def test_minutes_heading_dated_by_the_particulars_line_under_it(tmp_path: Path) -> None:
    path = pdf(tmp_path / "board-own-minutes.pdf", [
        Paragraph("Accountability Board – Minutes", TITLE),
        Paragraph("Wednesday 24 November 2027, 10.00am, Force Headquarters", BODY),
        Paragraph("Present: Police and Crime Commissioner (Chair); Chief Constable.", BODY),
        Paragraph("Apologies", ITEM),
        Paragraph("1.1 Apologies were received from the Assistant Chief Constable.", BODY),
        Paragraph("Minutes of the previous meeting", ITEM),
        Paragraph("2.1 The minutes were agreed.", BODY),
        Paragraph("Retail crime", ITEM),
        Paragraph("3.1 The Deputy Chief Constable introduced the report on shop theft.", BODY),
        Paragraph("Any other business", ITEM),
        Paragraph("4.1 There was no other business.", BODY),
    ])

    found = records(path)

    assert [(str(m["meeting_date"]), m["topic"]) for m in found["meetings"]] == [("2027-11-24", "Retail crime")]


def test_letter_subject_line_under_the_salutation_is_the_title(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Office of the Police and Crime Commissioner for Lancashire", level=3)
    document.add_paragraph("1 October 2027")
    document.add_paragraph("Dear Board Member,")
    subject = document.add_paragraph().add_run("Strategic Policing Board")
    subject.bold = True
    document.add_paragraph("You are invited to the meeting of the Strategic Policing Board to be held on Tuesday "
                           "12 October 2027 at 1.30pm at Police Headquarters. The agenda follows.")
    document.add_paragraph("Yours faithfully,")
    document.add_heading("AGENDA", level=1)
    document.add_paragraph("1.\tApologies")
    document.add_paragraph("2.\tKnife crime")
    document.add_heading("Notes of the Strategic Policing Board held on 14 September 2027", level=1)
    document.add_paragraph("Present: Police and Crime Commissioner (Chair), Chief Constable.")
    path = tmp_path / "board-letter.docx"
    document.save(str(path))

    found = records(path)

    assert found["documents"][0]["title"] == "Strategic Policing Board"
    assert str(found["documents"][0]["meeting_date"]) == "2027-10-12"
