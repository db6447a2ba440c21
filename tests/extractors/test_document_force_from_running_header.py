"""A force's own memo names itself only in its running header ("X
Constabulary") and calls itself "the Constabulary" in its text: the
document, its grades and its AFIs are that force's."""

from __future__ import annotations

from pathlib import Path

from files import docx, records

MEMO = [
    ("h1", "PEEL inspection outcome"),
    ("p", "The Constabulary was inspected in the autumn and the report was published in January."),
    ("p", "The Constabulary was graded good at preventing crime."),
    ("h2", "Areas for improvement"),
    ("li", "The Constabulary should make sure victims' needs are assessed and recorded."),
]


def test_a_memo_whose_running_header_names_one_force_is_that_forces(tmp_path: Path) -> None:
    found = records(docx(tmp_path / "memo.docx", MEMO, header=("OFFICIAL", "Devon and Cornwall Police")))
    assert found["documents"][0]["force"] == "Devon and Cornwall Police"
    assert [g["force"] for g in found["grades"]] == ["Devon and Cornwall Police"]
    assert {a["force"] for a in found["areas_for_improvement"]} == {"Devon and Cornwall Police"}


def test_a_running_header_naming_no_force_gives_none(tmp_path: Path) -> None:
    found = records(docx(tmp_path / "memo.docx", MEMO, header=("OFFICIAL", "Chief Constable's briefing")))
    assert found["documents"][0]["force"] is None
