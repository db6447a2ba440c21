"""An action log printed as a paragraph per action ("PB 31/04 (raised 6 January
2031) – text") with its update in a labelled paragraph under it and no status
column: each is a tracker entry with its update, and the meeting's decision
closing the update ("The Board agreed the action can be closed." / "... remains
open.") gives its status over the update's other words; on a Word file and on a
reportlab PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import BODY, BOLD, H1, docx, pdf, records
from reportlab.platypus import Paragraph

CLOSE, KEEP = "The Board agreed the action can be closed.", "The Board agreed the action remains open."
LOG = [  # (entry, update, status)
    ("PB 31/04 (raised 6 January 2031) \u2013 Review the taxi marshal scheme.",
     f"The review went to the January panel. {CLOSE}", "complete"),
    ("PB 31/07 (raised 6 January 2031) \u2013 Map repeat calls from licensed premises.",
     f"The analyst will finish the map in April. {KEEP}", "outstanding"),
    # the meeting closes it though more is to follow: the decision, not the future, says the status
    ("PB 31/09 (raised 6 January 2031) \u2013 Share the night-time economy survey.",
     f"Members will see the results at the summer workshop. {CLOSE}", "complete"),
    ("PB 31/12 (raised 3 March 2031) \u2013 Publish the shop theft problem profile.",
     f"A first draft is with partners. {KEEP}", "outstanding"),
    # no date raised: the reference alone opens the entry
    ("PB 30/41 \u2013 Report the cost of the CCTV upgrade.",
     f"Costs were reported to the December Board. {CLOSE}", "complete"),
]


def _pack(path: Path) -> Path:
    lines = [("h1", "Performance Board"), ("p", "Tuesday 5 May 2031"),
             ("h2", "Minutes of the Performance Board held on 3 March 2031"), ("h3", "2. Business crime"),
             ("p", "The Board heard how shop theft is recorded."), ("h3", "Actions"),
             ("li", "PB 31/12 \u2013 Publish the shop theft problem profile."),
             ("h2", "Action log \u2013 progress since the last Board")]
    for entry, update, _status in LOG:
        lines += [("p", entry), ("p", f"Update: {update}")]
    if path.suffix == ".docx":
        return docx(path, lines)
    styles = {"h1": H1, "h2": H1, "h3": BOLD, "p": BODY, "li": BODY}
    return pdf(path, [Paragraph(("\u2022 " if kind == "li" else "") + text, styles[kind]) for kind, text in lines])


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_each_paragraph_of_the_log_is_a_tracker_entry_its_status_the_meetings_decision(tmp_path: Path,
                                                                                         suffix: str) -> None:
    found = {a["number"]: a for a in records(_pack(tmp_path / f"pack{suffix}"))["actions"]}

    assert {ref: (a["source"], a["status"], a["status_source"], a["update"]) for ref, a in found.items()} == {
        entry.split(" \u2013 ")[0].split(" (")[0]: ("action_tracker", status, "inferred_from_update", update)
        for entry, update, status in LOG}
    assert found["PB 31/04"]["meeting_date"] == "2031-01-06"
    assert found["PB 30/41"]["meeting_date"] is None
    # the action minuted in the notes and reported in the log is one record: the notes' meeting and item
    assert (found["PB 31/12"]["meeting_date"], found["PB 31/12"]["topic"]) == ("2031-03-03", "Business crime")
    assert found["PB 31/07"]["text"] == "Map repeat calls from licensed premises."
