"""Whole packs of other offices, generated here as real PDF and DOCX files,
through the real pipeline: every tracker row's status, every assurance
level and the list/tracker merge, against the gold written from the same
definitions."""

import importlib.util
from datetime import datetime
from pathlib import Path

import pytest

from pipeline.runner import process_document

GENERATOR = Path(__file__).resolve().parents[2] / "samples" / "corpus" / "scrutiny" / "generate.py"


@pytest.fixture(scope="module")
def packs():
    spec = importlib.util.spec_from_file_location("scrutiny_corpus", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _key(records, *fields):
    return sorted(tuple(str(r[f]) for f in fields) for r in records)


@pytest.fixture(scope="module")
def board(packs, tmp_path_factory):
    path = tmp_path_factory.mktemp("board") / "board.docx"
    path.write_bytes(packs.shade_board(packs.render_docx(packs.board_blocks(), "Board", packs.PFCC,
                                                          datetime(2025, 3, 28))))
    return process_document(path), packs.board_gold()


@pytest.fixture(scope="module")
def panel(packs, tmp_path_factory):
    path = tmp_path_factory.mktemp("panel") / "panel.pdf"
    data = packs.render_pdf(packs.panel_blocks(), "Panel", packs.PCC)
    path.write_bytes(data)
    return process_document(path), packs.panel_gold(data)


ACTION_FIELDS = ("text", "number", "meeting_date", "topic", "status", "status_source", "source")
DECISION_FIELDS = ("question_number", "meeting_date", "topic", "assurance", "assurance_raw", "commentary")


def test_pfcc_docx_pack_with_a_shaded_action_log(board) -> None:
    result, gold = board
    assert result.status == "ok"
    assert _key(result.records["actions"], *ACTION_FIELDS) == _key(gold["actions"], *ACTION_FIELDS)
    assert _key(result.records["assurance_decisions"], *DECISION_FIELDS) == \
        _key(gold["assurance_decisions"], *DECISION_FIELDS)
    assert _key(result.records["agenda_items"], "number", "title", "presenter", "meeting_date") == \
        _key(gold["agenda_items"], "number", "title", "presenter", "meeting_date")
    assert _key(result.records["meetings"], "meeting_date", "topic", "organisation", "title") == \
        _key(gold["meetings"], "meeting_date", "topic", "organisation", "title")
    assert result.document["organisation"] == result.records["meetings"][0]["organisation"]


def test_pcc_pdf_pack_with_a_text_status_column_and_a_split_question(panel) -> None:
    result, gold = panel
    assert result.status == "ok"
    assert _key(result.records["actions"], *ACTION_FIELDS, "update") == _key(gold["actions"], *ACTION_FIELDS, "update")
    assert _key(result.records["assurance_decisions"], *DECISION_FIELDS, "question") == \
        _key(gold["assurance_decisions"], *DECISION_FIELDS, "question")
    first = next(r for r in result.records["assurance_decisions"] if r["question_number"] == "1")
    # the question's row ran over a page break: all of its evidence is one record's
    assert first["evidence_summary"].count("\n") == 25


def test_pcc_pdf_pack_agenda_from_numbered_lines(panel) -> None:
    result, gold = panel
    assert _key(result.records["agenda_items"], "number", "title", "presenter") == \
        _key(gold["agenda_items"], "number", "title", "presenter")
