"""Notes of one scrutiny item labelled on a plain line of its own ("Item 3:
Road safety", no bold, no heading) are about that item; a labelled line that
is a sentence ("Item 3: The Board noted the report.") titles nothing. Small
real Word files."""

from __future__ import annotations

from pathlib import Path

from files import docx, records


def _topics(path: Path, line: str) -> list[tuple[str, str | None]]:
    found = records(docx(path, [("h1", "Public Accountability Meeting"), ("p", "Tuesday 2 March 2027, 10.30am"),
                                ("h2", "Notes of the Public Accountability Meeting – 19 January 2027"),
                                ("p", line),
                                ("p", "The Superintendent presented the report and answered questions.")]))
    return sorted((m["meeting_date"], m["topic"]) for m in found["meetings"])


def test_a_plain_labelled_item_line_is_the_notes_one_item(tmp_path: Path) -> None:
    assert _topics(tmp_path / "pack.docx", "Item 3: Road safety") == [("2027-01-19", "Road safety"),
                                                                       ("2027-03-02", None)]


def test_a_labelled_sentence_titles_no_item(tmp_path: Path) -> None:
    assert _topics(tmp_path / "pack.docx", "Item 3: The Board noted the report.") == [("2027-01-19", None),
                                                                                       ("2027-03-02", None)]


def test_two_labelled_item_lines_with_headings_between_them_title_no_one_item(tmp_path: Path) -> None:
    found = records(docx(tmp_path / "pack.docx", [
        ("h1", "Public Accountability Meeting"), ("p", "Tuesday 2 March 2027, 10.30am"),
        ("h2", "Notes of the Public Accountability Meeting – 19 January 2027"),
        ("p", "Item 3: Road safety"),
        ("h3", "LoE 1: How many people were killed on the roads?"), ("p", "There were 14 deaths."),
        ("p", "Item 4: Force performance report"), ("p", "Members noted the report.")]))
    assert sorted((m["meeting_date"], m["topic"]) for m in found["meetings"]) == [("2027-01-19", None),
                                                                                  ("2027-03-02", None)]
