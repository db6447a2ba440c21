"""Five scrutiny packs of offices the scrutiny extractors were not written
against (ninth round: the level as a phrase set apart, in forms no round had
tried), and their gold:

    .venv/bin/python samples/corpus/scrutiny-round9/generate.py

writes the packs here and their gold to samples/gold/<file>.json. Names,
figures and wording are fictional; the layouts follow published papers (see
README.md). The gold is written by hand below, next to the text it describes,
never from the pipeline's output; a PDF record's page is the page of the
generated PDF whose text holds the record's first words. Output is
deterministic (fixed metadata dates, fixed zip times).

Rendering reuses samples/corpus/scrutiny-round3 (render.py, its gold
builders and PDF page finding) and the round-5 Calibri-like look.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from scrutiny_common import load_round, round3, write_packs  # noqa: E402
from render import Bul, H, Num, P, PdfLook, T, render_docx, render_pdf  # noqa: E402


round5 = load_round("scrutiny-round5")
action, agenda, decision, document, meeting = (round3.action, round3.agenda, round3.decision, round3.document,
                                               round3.meeting)
calibri_look = round5.calibri_look

CHECKED = ("Written by hand in samples/corpus/scrutiny-round9/generate.py, next to the text it describes, before "
           "the extractors were run on the pack; PDF pages found in the generated PDF's own text; levels and "
           "statuses mapped to the canonical vocabulary by hand (conventions in README.md).")


# --- 1. Guernsey: minutes in paragraphs, "Decision of the Committee: The Committee is ASSURED." -------------

GU_ORG = "Committee for Home Affairs"
GU_DATE = "2025-10-02"
GU_TITLE = "Police Scrutiny Session"
GU_TOPIC = "Drug Harm"
GU_AGENDA = [
    ("1", "Apologies and declarations", "President"),
    ("2", "Drug harm", "Head of Operations, Guernsey Police"),
    ("3", "Any other business", "President"),
]
GU_Q = [
    # (question, evidence, printed decision, level, commentary)
    ("How many drug supply investigations were opened at the harbour in the last year?",
     "Thirty-one supply investigations were opened, against nineteen the year before.",
     "The Committee is ASSURED.", "Assured",
     "Members asked for the harbour figures to be reported each quarter."),
    ("Is the Force referring people found in possession to the drug diversion scheme?",
     "Referrals are made in most eligible cases but the scheme's outcomes are not yet recorded.",
     "The Committee is PARTIALLY ASSURED.", "Partly assured",
     "Members were assured by the referral rate but asked for the scheme's outcomes to be recorded."),
    ("How does the Force test the packages it seizes for new synthetic drugs?",
     "Testing depends on a laboratory in England with a wait of several months.",
     "The Committee is NOT ASSURED.", "Not assured",
     "Members asked for options for faster testing at the next session."),
]
GU_LIST = [
    "Guernsey Police to report harbour supply investigations each quarter.",
    "Guernsey Police to record the outcomes of drug diversion referrals.",
    "Guernsey Police to set out options for faster testing of seized packages.",
]


def guernsey() -> tuple[bytes, dict]:
    blocks: list = [
        P(f"**{GU_ORG}**"),
        H(GU_TITLE, 1),
        P("**Thursday 2 October 2025, 9.30am, Sir Charles Frossard House, St Peter Port**"),
        H("Agenda", 2),
        T(rows=(("Item", "Title", "Lead"),) + tuple(GU_AGENDA), widths=(10, 55, 35), header_rows=1),
        H(f"Item 2: {GU_TOPIC}", 2),
    ]
    for i, (question, evidence, printed, _, comment) in enumerate(GU_Q, start=1):
        blocks += [
            P(f"**Question {i}: {question}**"),
            P(f"Evidence: {evidence}"),
            P(f"**Decision of the Committee:** {printed}"),
            P(comment),
        ]
    blocks += [H("Actions", 2), Num(tuple(GU_LIST))]
    data = render_pdf(blocks, calibri_look(), title="Police Scrutiny Session 2 October 2025",
                      author="Committee for Home Affairs")
    records = {
        "documents": [document("pdf", None, GU_TITLE, "Guernsey Police", GU_ORG, GU_DATE)],
        "meetings": [meeting(GU_DATE, GU_TITLE, GU_ORG, page=1)],
        "agenda_items": [agenda(GU_DATE, n, title, who, page=1) for n, title, who in GU_AGENDA],
        "assurance_decisions": [decision(GU_DATE, GU_TOPIC, str(i), q, e, level, c)
                                for i, (q, e, _, level, c) in enumerate(GU_Q, start=1)],
        "actions": [action(GU_DATE, None, str(i), text, None, "unknown", "none", "action_list")
                    for i, text in enumerate(GU_LIST, start=1)],
    }
    return data, records


# --- 2. Isle of Man: an "Assurance rating" column of bare grades (Substantial / Partial / Minimal) ----------

IM_ORG = "Department of Home Affairs"
IM_DATE = "2025-09-11"
IM_TITLE = "Police Performance Review"
IM_TOPIC = "Road Safety"
IM_Q = [
    # (question, evidence, rating, level, comment)
    ("How many people were killed or seriously injured on the roads this year?",
     "Killed or seriously injured casualties fell from 58 to 44.",
     "Substantial", "Assured", "The Minister asked for the TT fortnight to be reported separately."),
    ("Are speed enforcement operations targeted at the routes with the most collisions?",
     "Operations follow the collision map, but rural routes are covered only monthly.",
     "Partial", "Partly assured", "The Minister asked for more frequent checks on rural routes."),
    ("How quickly are fatal collision files passed to the Coroner?",
     "Files take eleven months on average; the target is six.",
     "Minimal", "Not assured", "The Minister asked for a plan to clear the backlog of files."),
]
IM_LOG = [
    ("PPR/19", "Report TT fortnight collisions separately.", "Added to the road safety dashboard.",
     "Complete", "complete"),
    ("PPR/20", "Set out a plan to clear the backlog of collision files.", "Draft plan due in November.",
     "On track", "outstanding"),
]


def isle_of_man() -> tuple[bytes, dict]:
    rows: list = [("Question", "Evidence", "Assurance rating", "Comments")]
    rows += [(q, e, f"**{rating}**", c) for q, e, rating, _, c in IM_Q]
    blocks: list = [
        P("**Isle of Man Government – Department of Home Affairs**"),
        H(IM_TITLE, 1),
        P("Thursday 11 September 2025, Police Headquarters, Douglas"),
        H(f"Item 3 – {IM_TOPIC}", 2),
        T(rows=tuple(rows), widths=(30, 32, 14, 24), header_rows=1),
        H("Action tracker", 2),
        T(rows=(("Ref", "Action", "Update", "Status"),) + tuple(row[:4] for row in IM_LOG),
          widths=(12, 40, 34, 14), header_rows=1),
    ]
    data = render_docx(blocks, title=IM_TITLE, author="Department of Home Affairs", when=datetime(2025, 9, 18, 9))
    records = {
        "documents": [document("docx", None, IM_TITLE, "Isle of Man Constabulary", IM_ORG, IM_DATE)],
        "meetings": [meeting(IM_DATE, IM_TITLE, IM_ORG)],
        "assurance_decisions": [decision(IM_DATE, IM_TOPIC, None, q, e, level, c) for q, e, _, level, c in IM_Q],
        "actions": [action(None, None, ref, text, update, canonical, "status_column", "action_tracker")
                    for ref, text, update, _, canonical in IM_LOG],
    }
    return data, records


# --- 3. Gibraltar: an "Outcome" cell, "Not Assured – further report requested" ------------------------------

GI_ORG = "Gibraltar Police Authority"
GI_DATE = "2025-07-24"
GI_TITLE = "Quarterly Performance Meeting"
GI_TOPIC = "Border and Port Policing"
GI_AGENDA = [
    ("1", "Minutes of the last meeting", "Chair"),
    ("2", "Border and port policing", "Superintendent, Operations"),
    ("3", "Any other business", "Chair"),
]
GI_Q = [
    # (question, evidence, outcome cell, level, commentary: a dash's short qualifier is part of the level as printed)
    ("How many people were stopped at the border with prohibited goods this quarter?",
     "Stops rose to 112, mostly tobacco and cash.",
     "Outcome – Assured – no further action required", "Assured", None),
    ("Are marine unit patrols running at the planned number each week?",
     "Patrols ran at 70% of the plan because of vessel repairs.",
     "Outcome – Partially Assured – update to the next meeting", "Partly assured", None),
    ("How does the Force share cruise passenger information with the port authority?",
     "No agreement is in place; sharing is informal.",
     "Outcome – Not Assured – further report requested", "Not assured", None),
]
GI_LIST = [
    "The Force to report marine unit patrols against the plan at the next meeting.",
    "The Force to bring a report on sharing cruise passenger information.",
]


def gibraltar() -> tuple[bytes, dict]:
    rows: list = [("No.", "Question", "Evidence", "Outcome")]
    rows += [(str(i), q, e, o) for i, (q, e, o, _, _) in enumerate(GI_Q, start=1)]
    blocks: list = [
        P("**GIBRALTAR POLICE AUTHORITY**"),
        H(GI_TITLE, 1),
        P("Thursday 24 July 2025, 10.00am, New Mole House"),
        H("Agenda", 2),
        T(rows=(("Item", "Title", "Lead"),) + tuple(GI_AGENDA), widths=(10, 55, 35), header_rows=1),
        H(f"Item 2 – {GI_TOPIC}", 2),
        T(rows=tuple(rows), widths=(7, 35, 30, 28), header_rows=1),
        H("Actions", 2),
        Num(tuple(GI_LIST)),
    ]
    look = PdfLook(font="Helvetica", bold_font="Helvetica-Bold", italic_font="Helvetica-Oblique", margin=60,
                   footer="Gibraltar Police Authority – 24 July 2025")
    data = render_pdf(blocks, look, title="Quarterly Performance Meeting 24 July 2025",
                      author="Gibraltar Police Authority")
    records = {
        "documents": [document("pdf", None, GI_TITLE, "Royal Gibraltar Police", GI_ORG, GI_DATE)],
        "meetings": [meeting(GI_DATE, GI_TITLE, GI_ORG, page=1)],
        "agenda_items": [agenda(GI_DATE, n, title, who, page=1) for n, title, who in GI_AGENDA],
        "assurance_decisions": [decision(GI_DATE, GI_TOPIC, str(i), q, e, level, c)
                                for i, (q, e, _, level, c) in enumerate(GI_Q, start=1)],
        "actions": [action(GI_DATE, None, str(i), text, None, "unknown", "none", "action_list")
                    for i, text in enumerate(GI_LIST, start=1)],
    }
    return data, records


# --- 4. Fife: "Reassured" / "Not reassured" in bold, a line break, italic commentary with assurance words ----

FI_ORG = "Fife Council"
FI_DATE = "2025-06-17"
FI_TITLE = "Police, Fire and Rescue Scrutiny Committee"
FI_TOPIC = "Local Policing Plan"
FI_Q = [
    ("How many antisocial behaviour calls were received in the town centres this year?",
     "Calls fell by 9% after the summer patrol plan.",
     "Reassured", "Assured", "Members were not assured last year but the summer patrols have made a difference."),
    ("Are community officers being abstracted to cover response shifts?",
     "Abstractions were 11% of community shifts; the local target is 5%.",
     "Partly reassured", "Partly assured",
     "Members would be fully assured only once the abstraction rate meets the local target."),
    ("How is the division tackling speeding in rural villages?",
     "Only two speed checks were held in the villages this year.",
     "Not reassured", "Not assured", "Members asked the division to agree a speed check plan with community councils."),
]
FI_LOG = [
    ("A1", "Report antisocial behaviour calls by ward.", "Provided in the June report.", "Complete", "complete"),
    ("A2", "Agree a speed check plan with community councils.", "First meetings held.", "In progress", "outstanding"),
]


def fife() -> tuple[bytes, dict]:
    rows: list = [("Question", "Police Scotland response", "Committee's position")]
    rows += [(q, e, (f"**{printed}**", f"*{c}*")) for q, e, printed, _, c in FI_Q]
    blocks: list = [
        P("**Fife Council**"),
        H(FI_TITLE, 1),
        P("Tuesday 17 June 2025, 10.00am, Fife House, Glenrothes"),
        H(f"Item 5 – {FI_TOPIC}", 2),
        T(rows=tuple(rows), widths=(32, 38, 30), header_rows=1),
        H("Action log", 2),
        T(rows=(("Ref", "Action", "Update", "Status"),) + tuple(row[:4] for row in FI_LOG),
          widths=(10, 42, 34, 14), header_rows=1),
    ]
    data = render_docx(blocks, title=FI_TITLE, author="Fife Council", when=datetime(2025, 6, 24, 9))
    records = {
        "documents": [document("docx", None, FI_TITLE, "Police Scotland", FI_ORG, FI_DATE)],
        "meetings": [meeting(FI_DATE, FI_TITLE, FI_ORG)],
        "assurance_decisions": [decision(FI_DATE, FI_TOPIC, None, q, e, level, c) for q, e, _, level, c in FI_Q],
        "actions": [action(None, None, ref, text, update, canonical, "status_column", "action_tracker")
                    for ref, text, update, _, canonical in FI_LOG],
    }
    return data, records


# --- 5. Highland: commentary with assurance words over an "Assurance rating: Partial" line -------------------

HI_ORG = "The Highland Council"
HI_DATE = "2025-08-28"
HI_TITLE = "Communities and Place Committee"
HI_TOPIC = "Police Scotland Highland and Islands Division"
HI_Q = [
    ("How are officers deployed to the islands during the summer season?",
     "Twelve officers were sent to the islands for the summer; ferry disruption delayed two rotations.",
     "Members were assured by the rota although ferry delays remain a risk.", "Substantial", "Assured"),
    ("Is the division meeting its response time to rural emergencies?",
     "Median response in remote areas was 41 minutes against a target of 30.",
     "Members could not be fully assured without figures for each island.", "Partial", "Partly assured"),
    ("How many reports of rural crime led to an arrest?",
     "The division could not give a figure as rural crime is not flagged.",
     "Members asked for rural crime to be flagged on the crime system.", "None", "Not assured"),
]


def highland() -> tuple[bytes, dict]:
    rows: list = [("Question", "Divisional response", "Committee view")]
    rows += [(q, e, (c, f"Assurance rating: {rating}")) for q, e, c, rating, _ in HI_Q]
    blocks: list = [
        P("**The Highland Council**"),
        H(HI_TITLE, 1),
        P("Thursday 28 August 2025, Council Chamber, Inverness"),
        H(f"Item 7 – {HI_TOPIC}", 2),
        T(rows=tuple(rows), widths=(32, 38, 30), header_rows=1),
        P("**Actions**"),
        Bul(("The division to flag rural crime on the crime system.",)),
    ]
    data = render_pdf(blocks, calibri_look(), title="Communities and Place Committee 28 August 2025",
                      author="The Highland Council")
    records = {
        "documents": [document("pdf", None, HI_TITLE, "Police Scotland", HI_ORG, HI_DATE)],
        "meetings": [meeting(HI_DATE, HI_TITLE, HI_ORG, page=1)],
        "assurance_decisions": [decision(HI_DATE, HI_TOPIC, None, q, e, level, c) for q, e, c, _, level in HI_Q],
        "actions": [action(HI_DATE, None, None, "The division to flag rural crime on the crime system.", None,
                           "unknown", "none", "action_list")],
    }
    return data, records


PACKS = {
    "guernsey-cfha-2025-10-02.pdf": guernsey,
    "isle-of-man-dha-2025-09-11.docx": isle_of_man,
    "gibraltar-gpa-2025-07-24.pdf": gibraltar,
    "fife-pfrs-2025-06-17.docx": fife,
    "highland-cpc-2025-08-28.pdf": highland,
}


def main() -> None:
    write_packs(HERE, PACKS, CHECKED)


if __name__ == "__main__":
    main()
