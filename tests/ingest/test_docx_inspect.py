"""`scrutiny inspect` on a DOCX: what a person reads to check the backend."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.cli import main

from .docx_builders import add_list_definition, list_paragraph, new_document, shade_cell, styled_run, to_bytes


@pytest.fixture()
def tracker_docx(tmp_path: Path) -> Path:
    document = new_document()
    document.add_heading("Action tracker", 1)
    numbers = add_list_definition(document, [("decimal", "%1."), ("lowerLetter", "%2)")])
    list_paragraph(document, "Agree the plan", numbers, 0)
    list_paragraph(document, "Circulate it", numbers, 1)
    table = document.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    for col, label in enumerate(["Topic", "Action", "Status"]):
        table.cell(0, col).text = label
        shade_cell(table.cell(0, col), "D9D9D9")
    topic = table.cell(1, 0).merge(table.cell(2, 0))
    topic.text = "Neighbourhood policing"
    table.cell(1, 1).text = "Publish the newsletter"
    table.cell(2, 1).text = "Hold a summit"
    styled_run(table.cell(1, 2).paragraphs[0], "■", colour="00B050")
    styled_run(table.cell(2, 2).paragraphs[0], "■", colour="FF0000")
    path = tmp_path / "tracker.docx"
    path.write_bytes(to_bytes(document))
    return path


def test_inspect_shows_structure_markers_spans_and_colours(tracker_docx: Path, capsys) -> None:
    assert main(["inspect", str(tracker_docx)]) == 0
    out = capsys.readouterr().out

    assert out.splitlines()[0].startswith("tracker.docx  docx  pages=None  body_size=11")
    assert "body/p[1] heading1" in out and "Action tracker" in out
    assert "item0 1." in out and "item1 a)" in out
    assert "table 3x3 pages=None header_rows=0 ruled=True" in out
    assert "[r1 c0 span=2x1] body/tbl[1]/r[2]/c[1]" in out
    assert "[r0 c0 fill=#d9d9d9]" in out
    assert "[■=#00b050]" in out and "[■=#ff0000]" in out


def test_inspect_json_round_trips_the_layout(tracker_docx: Path, capsys) -> None:
    assert main(["inspect", str(tracker_docx), "--json"]) == 0
    layout = json.loads(capsys.readouterr().out)

    assert layout["file_type"] == "docx"
    table = next(b for b in layout["blocks"] if "cells" in b)
    merged = next(c for c in table["cells"] if c["row_span"] == 2)
    assert merged["blocks"][0]["spans"][0]["text"] == "Neighbourhood policing"
    assert merged["prov"] == {"page": None, "bbox": None, "locator": "body/tbl[1]/r[2]/c[1]"}


def test_inspect_reports_unreadable_files_on_stderr(tmp_path: Path, capsys) -> None:
    # stdout stays clean, so `inspect --json | jq` never parses an error as layout
    assert main(["inspect", str(tmp_path / "missing.docx"), "--json"]) == 3
    missing = capsys.readouterr()
    assert missing.out == ""
    assert "missing.docx could not be read: No such file or directory." in missing.err

    (tmp_path / "empty.docx").write_bytes(b"")
    assert main(["inspect", str(tmp_path / "empty.docx")]) == 3
    empty = capsys.readouterr()
    assert empty.out == ""
    assert "empty.docx is empty (0 bytes)" in empty.err


def test_inspect_shows_the_colour_of_every_kind_of_status_mark(tmp_path: Path, capsys) -> None:
    document = new_document()
    for mark, colour in (("⬤", "FFC000"), ("◼", "00B050"), ("▲", "FF0000")):
        paragraph = document.add_paragraph("Action status ")
        styled_run(paragraph, mark, colour=colour)
    path = tmp_path / "marks.docx"
    path.write_bytes(to_bytes(document))

    assert main(["inspect", str(path)]) == 0
    out = capsys.readouterr().out
    assert "[⬤=#ffc000]" in out and "[◼=#00b050]" in out and "[▲=#ff0000]" in out
