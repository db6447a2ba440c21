"""The pack's own meeting dated by a line that names the holding office and
then gives the date, on one line or two."""

from pathlib import Path

from docx import Document
from files import BODY, H1, TITLE, pdf, records, word_table
from reportlab.platypus import Paragraph


def _agenda_dates(found: dict[str, list[dict]]) -> set[str]:
    return {str(item["meeting_date"]) for item in found["agenda_items"]}


def test_office_line_over_the_date_in_a_word_pack(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Performance & Accountability Meeting", level=0)
    document.add_paragraph("Kent Police and Crime Commissioner\nThursday 8 April 2027, 10:30 – 12:30\nPolice HQ, Maidstone")
    document.add_heading("Agenda", level=1)
    word_table(document, [["Time", "Item", "Lead"], ["10:30", "Welcome", "PCC"], ["10:45", "Road safety", "ACC"]])
    document.add_heading("Summary of the Performance & Accountability Meeting – 14 January 2027", level=1)
    document.add_paragraph("Theme: Anti-social behaviour")
    path = tmp_path / "kent-pam.docx"
    document.save(str(path))

    found = records(path)

    assert {str(m["meeting_date"]) for m in found["meetings"]} == {"2027-04-08", "2027-01-14"}
    assert str(found["documents"][0]["meeting_date"]) == "2027-04-08"
    assert _agenda_dates(found) == {"2027-04-08"}


def test_office_of_the_commissioner_over_the_date_in_a_pdf(tmp_path: Path) -> None:
    path = pdf(tmp_path / "devon-pam.pdf", [
        Paragraph("Performance and Accountability Meeting", TITLE),
        Paragraph("Office of the Police and Crime Commissioner for Devon and Cornwall<br/>"
                  "13 April 2027, 10:00am, Police HQ, Exeter", BODY),
        Paragraph("Agenda", H1),
        Paragraph("1. Apologies", BODY),
        Paragraph("2. Minutes of the meeting held on 16 February 2027", BODY),
        Paragraph("3. Burglary and vehicle crime", BODY),
        Paragraph("Minutes of the Performance and Accountability Meeting held on 16 February 2027", H1),
        Paragraph("Present: the Commissioner and the Chief Constable.", BODY),
    ])

    found = records(path)

    assert {str(m["meeting_date"]) for m in found["meetings"]} == {"2027-04-13", "2027-02-16"}
    assert str(found["documents"][0]["meeting_date"]) == "2027-04-13"
    assert _agenda_dates(found) == {"2027-04-13"}


def test_date_line_among_labelled_lines_of_one_paragraph(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Policing Oversight Board", level=0)
    document.add_paragraph("Chair: Deputy Mayor for Policing and Crime\nDate: Tuesday 30 March 2027, 14:00 – 16:00\n"
                           "Location: Town Hall")
    document.add_heading("Agenda", level=1)
    document.add_paragraph("1.\tWelcome and apologies")
    document.add_paragraph("2.\tKnife crime")
    document.add_heading("Minutes of the Policing Oversight Board – 23 February 2027", level=1)
    document.add_paragraph("Present: Deputy Mayor for Policing and Crime (Chair).")
    path = tmp_path / "oversight-board.docx"
    document.save(str(path))

    found = records(path)

    assert {str(m["meeting_date"]) for m in found["meetings"]} == {"2027-03-30", "2027-02-23"}
    assert str(found["documents"][0]["meeting_date"]) == "2027-03-30"
    assert _agenda_dates(found) == {"2027-03-30"}


def test_a_commander_presents_an_agenda_item(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Policing Oversight Board", level=0)
    document.add_paragraph("Date: Tuesday 30 March 2027, 14:00")
    document.add_heading("Agenda", level=1)
    document.add_paragraph("1.\tWelcome and apologies – Chair")
    document.add_paragraph("2.\tStop and search: body-worn video – Commander, Frontline Policing")
    document.add_paragraph("3.\tAny other business")
    path = tmp_path / "oversight-board-agenda.docx"
    document.save(str(path))

    items = {item["title"]: item["presenter"] for item in records(path)["agenda_items"]}

    assert items["Stop and search: body-worn video"] == "Commander, Frontline Policing"


def test_bilingual_details_line_with_the_month_in_both_languages(tmp_path: Path) -> None:
    path = pdf(tmp_path / "bilingual-board.pdf", [
        Paragraph("Comisiynydd Heddlu a Throseddu Gogledd Cymru / Police and Crime Commissioner for North Wales", BODY),
        Paragraph("Bwrdd Atebolrwydd yr Heddlu / Police Accountability Board", TITLE),
        Paragraph("Dyddiad / Date: 20 Ebrill / April 2027 Amser / Time: 10:00 Lleoliad / Venue: "
                  "Pencadlys yr Heddlu / Police Headquarters, Llanelwy / St Asaph", BODY),
        Paragraph("Agenda", H1),
        Paragraph("1. Ymddiheuriadau / Apologies", BODY),
        Paragraph("2. Troseddau gwledig / Rural crime", BODY),
        Paragraph("Cofnodion / Minutes of the Police Accountability Board - 16 February 2027", H1),
        Paragraph("Yn bresennol / Present: the Commissioner and the Chief Constable.", BODY),
    ])

    found = records(path)

    assert {str(m["meeting_date"]) for m in found["meetings"]} == {"2027-04-20", "2027-02-16"}
    assert str(found["documents"][0]["meeting_date"]) == "2027-04-20"


def test_commissioner_for_police_fire_and_rescue_and_crime_with_an_ampersand(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Derbyshire Commissioner for Police, Fire & Rescue and Crime", level=1)
    document.add_heading("Strategic Governance Board", level=0)
    document.add_paragraph("Date: 10 March 2027")
    document.add_heading("Agenda", level=1)
    document.add_paragraph("1.\tApologies")
    document.add_paragraph("2.\tRoad safety")
    path = tmp_path / "governance-board.docx"
    document.save(str(path))

    found = records(path)

    # one name per office: "and" for the printed "&"
    assert found["documents"][0]["organisation"] == "Derbyshire Commissioner for Police, Fire and Rescue and Crime"
    assert {m["organisation"] for m in found["meetings"]} == {
        "Derbyshire Commissioner for Police, Fire and Rescue and Crime"}


def test_running_header_broken_before_its_last_word_is_no_title(tmp_path: Path) -> None:
    document = Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "Kent Police and Crime Commissioner – Performance and Accountability"
    header.add_paragraph("Meeting")
    document.add_heading("Performance and Accountability Meeting", level=0)
    document.add_paragraph("Date: 13 April 2027")
    document.add_heading("Agenda", level=1)
    word_table(document, [["Item", "Subject"], ["1", "Apologies"], ["2", "Burglary"]])
    path = tmp_path / "kent-pam-header.docx"
    document.save(str(path))

    assert records(path)["documents"][0]["title"] == "Performance and Accountability Meeting"


def test_focus_item_line_states_the_meetings_topic(tmp_path: Path) -> None:
    path = pdf(tmp_path / "scrutiny-board.pdf", [
        Paragraph("Performance and Resources Scrutiny Board", TITLE),
        Paragraph("Date: 25 May 2027", BODY),
        Paragraph("<b>Focus item:</b> Fraud and economic crime", BODY),
        Paragraph("Agenda", H1),
        Paragraph("1. Apologies", BODY),
        Paragraph("2. Fraud and economic crime", BODY),
    ])

    meetings = records(path)["meetings"]

    assert [(str(m["meeting_date"]), m["topic"]) for m in meetings] == [("2027-05-25", "Fraud and economic crime")]
