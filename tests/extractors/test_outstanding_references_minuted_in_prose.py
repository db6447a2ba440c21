"""Minutes that go through the log's outstanding references in prose, each
a line of its reference and title ("21/2028/P – Custody refurbishment") over
bullets minuting its progress, report one action each: the reference its
number, the title its text, the bullets its update and status (a committee's
"Public Outstanding References" item). The item's own resolution after the
last bullets is no update. Going through the log is standing business, no
scrutiny item: the meeting takes no topic from it. On a Word file,
LibreOffice's PDF of it and a reportlab PDF (the item's title a bold numbered
line there, the progress one paragraph). Under "Matters arising", lines of a
subject and a title ("PEEL 2025 – ...", "Q3 2026/27 – ...") are no log."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from files import docx, lines_file, published, records

LINES = [
    ("h1", "Police Committee \u2013 Minutes of the meeting held on 9 May 2028"),
    ("h2", "5. Public Outstanding References"),
    ("p", "Members considered a report of the Clerk on the outstanding references from previous meetings."),
    ("p", "21/2028/P \u2013 Custody refurbishment"),
    ("li", "Members noted that this reference had been completed and could be closed."),
    ("p", "24/2028/P \u2013 Firearms licensing backlog"),
    ("li", "Members noted that 140 renewals were still outstanding and that the reference would remain open."),
    ("p", "27/2028/P \u2013 Taser training"),
    ("li", "The Commander noted that 35 officers remained to be trained."),
    ("p", "RESOLVED, that the report be received."),
]


@pytest.mark.parametrize("form", ["word", "office pdf", "reportlab"])
def test_each_outstanding_reference_is_an_action_updated_by_its_minutes(tmp_path: Path, form: str) -> None:
    if form == "reportlab":
        path = lines_file(tmp_path / "minutes.pdf", [("p" if kind == "li" else kind, text) for kind, text in LINES])
    else:
        path = published(Document(str(docx(tmp_path / "minutes.docx", LINES))), tmp_path / "minutes.docx", form)

    found = records(path)

    assert [m["topic"] for m in found["meetings"]] == [None]
    assert sorted((a["number"], a["text"], a["update"], a["status"], a["source"]) for a in found["actions"]) == [
        ("21/2028/P", "Custody refurbishment",
         "Members noted that this reference had been completed and could be closed.", "complete", "action_tracker"),
        ("24/2028/P", "Firearms licensing backlog",
         "Members noted that 140 renewals were still outstanding and that the reference would remain open.",
         "outstanding", "action_tracker"),
        ("27/2028/P", "Taser training", "The Commander noted that 35 officers remained to be trained.",
         "outstanding", "action_tracker"),
    ]


def test_subjects_minuted_under_matters_arising_are_no_log(tmp_path: Path) -> None:
    path = docx(tmp_path / "minutes.docx", [
        ("h1", "Police Committee \u2013 Minutes of the meeting held on 9 May 2028"),
        ("h2", "3. Matters arising"),
        ("p", "PEEL 2025 \u2013 Police effectiveness inspection"),
        ("p", "Members noted that the force had improved and the report had been published."),
        ("p", "Q3 2026/27 \u2013 Performance report"),
        ("p", "The Panel noted the report.")])

    assert records(path)["actions"] == []
