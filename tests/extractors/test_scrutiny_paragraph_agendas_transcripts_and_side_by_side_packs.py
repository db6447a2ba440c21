"""On small real PDFs: an agenda typed as numbered paragraphs with bracketed
presenters under no heading; a webcast transcript whose chair states the theme
in speech and whose clerk reads the actions out; a standing item that approves
earlier notes; an inspection's recommendations tracked with the commissioner's
assurance; and a Welsh and English pack set side by side."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, pdf, records
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, Table, TableStyle

H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=6, spaceBefore=6)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)


def _table(rows: list[list[str]], widths: list[float], ruled: bool = True) -> Table:
    table = Table([[Paragraph(text, CELL) for text in row] for row in rows], colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)] if ruled else []))
    return table


def _transcript_pack(path: Path, agenda: list[str]) -> Path:
    return pdf(path, [
        Paragraph("Public Accountability Meeting – Policing", H1),
        Paragraph("Tuesday 9 March 2027, 10:00, broadcast live", BODY),
        Paragraph("Chair: Police and Crime Commissioner for Lancashire", BODY),
        *[Paragraph(line, BODY) for line in agenda],
        PageBreak(),
        Paragraph("Public Accountability Meeting – transcript of the webcast, 14 January 2027", H2),
        Paragraph("[00:00:10] COMMISSIONER: Good morning. The theme today is road safety. I have two questions.",
                  BODY),
        Paragraph("[00:02:00] COMMISSIONER: Question one. How many drivers were stopped for speeding last month?", BODY),
        Paragraph("[00:02:30] CHIEF SUPERINTENDENT: We stopped 412 drivers, twice as many as a year ago.", BODY),
        Paragraph("[00:09:40] HEAD OF GOVERNANCE: For the record, the actions I have are these. PAM 27/01: Publish "
                  "the speeding figures for each district. PAM 27/02: Report on the camera van rota.", BODY),
        PageBreak(),
        Paragraph("Action log", H2),
        _table([["Ref", "Meeting", "Action", "Update", "Status"],
                ["PAM 26/40", "12/11/2026", "Share the winter patrol plan.", "Shared in December.", "Closed"],
                ["PAM 27/01", "14/01/2027", "Publish the speeding figures for each district.", "Published.", "Closed"],
                ["PAM 27/02", "14/01/2027", "Report on the camera van rota.", "Being drafted.", "Open"]],
               [60, 60, 170, 110, 50]),
    ])


_BRACKETED_AGENDA = ["1. Welcome and introductions (Commissioner)",
                     "2. Transcript of the last meeting and action log (Head of Governance)",
                     "3. Road safety (Chief Superintendent)", "4. Close (Commissioner)"]


def test_numbered_paragraphs_naming_their_presenters_in_brackets_are_the_agenda(tmp_path: Path) -> None:
    found = records(_transcript_pack(tmp_path / "transcript.pdf", _BRACKETED_AGENDA))
    assert [(i["number"], i["title"], i["presenter"], i["page"]) for i in found["agenda_items"]] == [
        ("1", "Welcome and introductions", "Commissioner", 1),
        ("2", "Transcript of the last meeting and action log", "Head of Governance", 1),
        ("3", "Road safety", "Chief Superintendent", 1), ("4", "Close", "Commissioner", 1)]


def test_numbered_paragraphs_without_presenters_are_no_agenda(tmp_path: Path) -> None:
    found = records(_transcript_pack(tmp_path / "transcript.pdf", [
        "1. Apologies were received from the Chief Constable.", "2. The notes of the last meeting were agreed.",
        "3. The Commissioner thanked the officers for their reports."]))
    assert found.get("agenda_items", []) == []


def test_a_transcript_is_themed_by_speech_and_its_actions_are_where_they_are_read_out(tmp_path: Path) -> None:
    found = records(_transcript_pack(tmp_path / "transcript.pdf", _BRACKETED_AGENDA))
    assert ("2027-01-14", "Road safety", 2) in [(m["meeting_date"], m["topic"], m["page"]) for m in found["meetings"]]
    actions = {a["number"]: a for a in found["actions"]}
    assert len(found["actions"]) == 3
    assert [(actions[n]["page"], actions[n]["topic"], actions[n]["meeting_date"], actions[n]["status"])
            for n in ("PAM 27/01", "PAM 27/02")] == [(2, "Road safety", "2027-01-14", "complete"),
                                                     (2, "Road safety", "2027-01-14", "outstanding")]
    assert (actions["PAM 26/40"]["page"], actions["PAM 26/40"]["topic"]) == (3, None)


def _recommendations_notes(path: Path) -> Path:
    return pdf(path, [
        Paragraph("Governance Board – Notes – 19 January 2027", H1),
        Paragraph("Apologies", H2),
        Paragraph("Apologies were received from the Chief Constable.", BODY),
        Paragraph("Notes of the meeting on 17 November 2026 and action log", H2),
        Paragraph("The notes were agreed. The action log is attached.", BODY),
        Paragraph("Firearms licensing inspection", H2),
        Paragraph("The Board tracks the three recommendations of the inspection of firearms licensing.", BODY),
        _table([["Rec.", "Recommendation", "Force update", "PCC's assurance", "Comment"],
                ["R1", "The force should renew every certificate before it expires.", "A backlog of 40 remains.",
                 "<b>Partially assured</b>", "Progress is steady."],
                ["R2", "The force should check medical records at every grant.", "Checks are made in every case.",
                 "<b>Assured</b>", "Met."]],
               [30, 150, 120, 80, 100]),
        Paragraph("Action GB 27/01: Report the certificate backlog each month.", BODY),
        Paragraph("Any other business", H2),
        Paragraph("None.", BODY),
    ])


def test_a_standing_item_approving_earlier_notes_is_no_meeting(tmp_path: Path) -> None:
    found = records(_recommendations_notes(tmp_path / "notes.pdf"))
    assert [(m["meeting_date"], m["topic"]) for m in found["meetings"]] == [
        ("2027-01-19", "Firearms licensing inspection")]
    assert [(a["number"], a["meeting_date"], a["topic"]) for a in found["actions"]] == [
        ("GB 27/01", "2027-01-19", "Firearms licensing inspection")]


def test_recommendations_tracked_with_the_commissioners_assurance_are_no_actions(tmp_path: Path) -> None:
    found = records(_recommendations_notes(tmp_path / "notes.pdf"))
    assert not any(a["text"].startswith("The force should") for a in found["actions"])


def _side_by_side_pack(path: Path) -> Path:
    return pdf(path, [
        _table([["Comisiynydd Heddlu a Throseddu Dyfed-Powys", "Police and Crime Commissioner for Dyfed-Powys"],
                ["<b>Bwrdd Atebolrwydd</b>", "<b>Accountability Board</b>"],
                ["Dydd Mawrth 2 Mawrth 2027, 10:00", "Tuesday 2 March 2027, 10:00"],
                ["Lleoliad: Ystafell y Bwrdd", "Venue: the Board Room at HQ"],
                ["Thema: Troseddau gwledig", "Theme: Rural crime"]], [230, 230], ruled=False),
        _table([["Eitem / Item", "Teitl", "Title", "Cyflwynydd / Presenter"],
                ["1", "Croeso ac ymddiheuriadau", "Welcome and apologies", "Comisiynydd / Commissioner"],
                ["2", "Troseddau gwledig", "Rural crime", "Prif Uwch-arolygydd / Chief Superintendent"],
                ["3", "Unrhyw fater arall", "Any other business", "Comisiynydd / Commissioner"]],
               [60, 140, 140, 120]),
        PageBreak(),
        Paragraph("Log gweithredu / Action log", H2),
        _table([["Cyf. / Ref", "Dyddiad / Raised", "Cam gweithredu / Action", "Diweddariad / Update", "Statws / Status"],
                ["AB 26/17", "22/10/2026",
                 "Rhannu canlyniadau'r arolwg hyder cymunedol.<br/>Share the results of the confidence survey.",
                 "Rhannwyd ar 5 Tachwedd 2026. Shared on 5 November 2026.", "Cwblhawyd / Complete"],
                ["AB 26/18", "22/10/2026", "Adolygu'r cynllun patrolio.<br/>Review the patrol plan.",
                 "Adolygiad ar y gweill.<br/>Review under way.", "Ar agor / Open"]],
               [60, 60, 160, 110, 70]),
    ])


def test_a_side_by_side_pack_is_read_on_its_english_side(tmp_path: Path) -> None:
    found = records(_side_by_side_pack(tmp_path / "bilingual.pdf"))
    document = found["documents"][0]
    assert (document["title"], document["meeting_date"]) == ("Accountability Board", "2027-03-02")
    assert [(m["meeting_date"], m["topic"]) for m in found["meetings"]] == [("2027-03-02", "Rural crime")]
    assert [(i["number"], i["title"], i["presenter"]) for i in found["agenda_items"]] == [
        ("1", "Welcome and apologies", "Commissioner"), ("2", "Rural crime", "Chief Superintendent"),
        ("3", "Any other business", "Commissioner")]
    assert [(a["number"], a["text"], a["update"], a["status"]) for a in found["actions"]] == [
        ("AB 26/17", "Share the results of the confidence survey.", "Shared on 5 November 2026.", "complete"),
        ("AB 26/18", "Review the patrol plan.", "Review under way.", "outstanding")]
