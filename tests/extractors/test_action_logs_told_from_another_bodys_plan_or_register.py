"""Tables that look like an action log but are another body's plan or register,
on small real files. A force's improvement plan, its HMICFRS recommendations
register and internal audit's management actions have an action column and a
status column, yet their rows are the owner's work, not the meeting's actions:
the table's title, or the paragraph introducing it, names such a document. The
meeting's own log stays, whatever its introduction mentions."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from files import BODY, H1, grid, pdf, records, word_table
from reportlab.platypus import PageBreak, Paragraph

_LOG = [["Ref", "Date raised", "Action", "Owner", "Update", "Status"],
        ["SB 27/01", "12/01/2027", "Share the burglary repeat victim figures by district.", "ACC", "Sent.", "Complete"],
        ["SB 27/02", "12/01/2027", "Report how many stalking orders were breached.", "DCS", "Due in April.", "Open"]]


def _actions(path: Path) -> list[tuple]:
    return sorted(((a["number"], a["text"], a["status"]) for a in records(path)["actions"]),
                  key=lambda action: tuple(field or "" for field in action))


_LOGGED = [("SB 27/01", "Share the burglary repeat victim figures by district.", "complete"),
           ("SB 27/02", "Report how many stalking orders were breached.", "outstanding")]


def test_a_force_plan_introduced_as_the_force_own_gives_no_actions(tmp_path: Path) -> None:
    flow = [Paragraph("Action log", H1),
            grid(_LOG, [50, 60, 150, 40, 70, 50]), PageBreak(),
            # the title names no plan: the paragraph introducing the table says whose it is
            Paragraph("Item 4 – Burglary: progress", H1),
            Paragraph("The Force owns this plan and reports its statuses to its own board.", BODY),
            grid([["Workstream", "Action", "Lead", "Due", "Status"],
                  ["Prevention", "Fit doorbell cameras for repeat victims", "Supt Neighbourhoods", "Mar 2027",
                   "Complete"],
                  ["Investigation", "Send every burglary scene to forensics within a day", "Head of CSI",
                   "Jun 2027", "On track"]], [70, 170, 80, 50, 50]),
            Paragraph("Item 5 – Victims' Code: the Constabulary's improvement plan", H1),
            grid([["Action", "Owner", "Due", "RAG"],
                  ["Write to every victim within a week of charge", "Head of Witness Care", "Apr 2027", "Red"]],
                 [200, 100, 60, 50])]
    assert _actions(pdf(tmp_path / "plan.pdf", flow)) == _LOGGED


def test_internal_audit_actions_and_an_hmicfrs_register_give_no_actions(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Action log", level=1)
    word_table(document, _LOG)
    document.add_heading("Management actions arising from internal audit", level=1)
    word_table(document, [["Audit", "Management action", "Owner", "Target date", "Status"],
                          ["Payroll", "Reconcile overtime claims every month", "Head of HR", "31/03/2027",
                           "Implemented"],
                          ["Fleet", "Record vehicle keys in the new system", "Head of Fleet", "30/06/2027",
                           "Overdue"]])
    document.add_heading("Item 6 – HMICFRS recommendations and areas for improvement", level=1)
    word_table(document, [["Ref", "Recommendation", "Report", "Owner", "Status"],
                          ["R1", "The force should improve how it supervises burglary investigations.", "PEEL",
                           "ACC", "In progress"]])
    path = tmp_path / "audit.docx"
    document.save(str(path))
    assert _actions(path) == _LOGGED


def test_the_meeting_log_stays_when_its_introduction_names_a_plan(tmp_path: Path) -> None:
    flow = [Paragraph("Board action tracker", H1),
            Paragraph("Actions that support the Police and Crime Plan are marked in the update.", BODY),
            grid(_LOG, [50, 60, 150, 40, 70, 50])]
    assert _actions(pdf(tmp_path / "log.pdf", flow)) == _LOGGED


def _minutes() -> list:
    return [Paragraph("Notes of the Scrutiny Board – 12 January 2027", H1), Paragraph("Burglary", H1),
            Paragraph("The Board heard how repeat victims are protected.", BODY),
            Paragraph("Action SB 27/01: Share the burglary repeat victim figures by district.", BODY),
            Paragraph("Action SB 27/02: Report how many stalking orders were breached.", BODY), PageBreak()]


def test_a_table_of_an_item_paper_without_the_minutes_references_gives_no_actions(tmp_path: Path) -> None:
    # nothing names the plan's owner: its rows carry none of the references the minutes give their actions,
    # reprint none of them, and stand under an item's heading, not one of actions
    flow = [*_minutes(), Paragraph("Appendix 2", H1), grid(_LOG, [50, 60, 150, 40, 70, 50]), PageBreak(),
            Paragraph("Item 4 – Burglary: progress", H1),
            grid([["Ref", "Action", "Lead", "Due", "Status"],
                  ["B1", "Fit doorbell cameras for repeat victims", "Supt Neighbourhoods", "Mar 2027", "Complete"],
                  ["B2", "Send every burglary scene to forensics within a day", "Head of CSI", "Jun 2027",
                   "On track"]], [40, 200, 90, 50, 50])]
    assert _actions(pdf(tmp_path / "paper.pdf", flow)) == _LOGGED


def test_a_log_of_the_minutes_references_stays_under_a_title_naming_a_plan(tmp_path: Path) -> None:
    flow = [*_minutes(), Paragraph("Item 3 – Police and Crime Plan delivery", H1),
            grid(_LOG, [50, 60, 150, 40, 70, 50])]
    assert _actions(pdf(tmp_path / "plan-log.pdf", flow)) == _LOGGED
