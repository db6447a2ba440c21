"""An action log without a status column: the update's own words say the
status. A paper "to go to" a later meeting, or a meeting "arranged for" a
month, is still to come (outstanding); an update closing with the done word
after what was done ("...; complete.") is complete. A real reportlab PDF."""

from __future__ import annotations

from pathlib import Path

from files import BODY, H1, grid, pdf, records
from reportlab.platypus import Paragraph


def test_plans_to_come_are_outstanding_and_a_closing_complete_is_complete(tmp_path: Path) -> None:
    path = pdf(tmp_path / "log.pdf", [
        Paragraph("Strategic Policing Board", H1),
        Paragraph("Thursday 4 March 2027", BODY),
        Paragraph("Action log", H1),
        grid([["Ref", "Raised", "Action", "Owner", "Update"],
              ["SPB 27/02", "14 January 2027", "Consider the case for a second dog unit.", "ACC Operations",
               "Options paper to go to the Chief Officer Group in April."],
              ["SPB 27/03", "14 January 2027", "Agree a joint plan with the fire service.", "ACC Crime",
               "First meeting with the fire service arranged for April."],
              ["SPB 27/04", "14 January 2027", "Record the outcome of each hate crime referral.", "Head of Performance",
               "Field added to the crime system on 9 February; complete."]], [50, 70, 150, 70, 130]),
    ])

    found = records(path)

    assert {a["number"]: (a["status"], a["status_source"]) for a in found["actions"]} == {
        "SPB 27/02": ("outstanding", "inferred_from_update"),
        "SPB 27/03": ("outstanding", "inferred_from_update"),
        "SPB 27/04": ("complete", "inferred_from_update"),
    }
