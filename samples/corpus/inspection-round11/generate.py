"""Inspection blind round 11: HMICFRS findings as they travel outside the
report itself, written before the extractors' code was read.

Run ``.venv/bin/python samples/corpus/inspection-round11/generate.py``; the
bytes are deterministic (reportlab invariant mode, fixed zip times). Each
document's gold is written beside its text below, to ``gold/<file>.json``.

Documents (force, and the form it had before):

- kent-pcc-peel-paper-2026-02-11.pdf: Kent (a PEEL report, a scrutiny pack).
  PCC board paper; the PEEL 2023-25 chart retyped as a table with a column per
  grade and the graded cell shaded, nothing written in it; other forces'
  grades and the 2021/22 grade of one area recalled in passing; AFIs quoted in
  italics under bold area labels, each followed by the force's update and a
  RAG status; the board's own "Recommendation" to note the paper.
- essex-pfcc-s55-response-peel.docx: Essex (a PEEL report, a scrutiny pack).
  A Police, Fire and Crime Commissioner's section 55 letter: grades in two
  prose sentences, an earlier grade and a national count in passing, a cause
  of concern with a timed lead-in over bulleted recommendations, AFIs bulleted
  under bold area labels with the Commissioner's comment below each group.
- devon-cornwall-ncpi-action-plan.pdf: Devon and Cornwall (a PEEL report, a
  scrutiny pack). Force improvement plan for a child protection inspection:
  an "Inspection area | HMICFRS judgment" table, one table per cause of
  concern (Ref | Recommendation | Action | Owner | Target date | Status), an
  AFI table with an area column.
- merseyside-peel-action-plan.docx: Merseyside (a PEEL report in Word, a
  scrutiny pack). Force action plan in Word: Ref | PEEL area | Area for
  improvement | Response | Owner | Target date | Status, the area cell merged
  down over its AFIs; grade counts only in the introduction.
- thames-valley-jiac-hmicfrs-2026-01-28.pdf: Thames Valley (a child
  protection report, a scrutiny pack). Joint audit committee paper listing
  open HMICFRS recommendations and AFIs of several inspections (PEEL, child
  protection, a joint custody inspection, a national thematic), summary
  counts per inspection, the committee's own recommendation.
- north-wales-pcc-peel-paper-2026-03-10.pdf: North Wales (a child protection
  report, a scrutiny pack). PCC board paper under a bilingual letterhead:
  "PEEL area | Grade | Direction of travel" table, other forces' grades in
  passing, a cause of concern with a timed lead-in and bullets, AFIs in a
  "No. | Area for improvement | PEEL area | Lead | RAG" table.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent.parent)]

from inspection_render import GRADE_FILL, fixed_zip_times, render_pdf, shade_docx  # noqa: E402

from generator.docx_render import render_docx  # noqa: E402
from generator.model import Bullets, Heading, Merge, PageBreak, Para, Table, bullets, cell  # noqa: E402

WHEN = datetime(2026, 1, 1, 9, 0, 0)
CHECKED = ("Written by hand in the round's generate.py, next to the text it describes, before the extractors "
           "were run; PDF pages are the pages the generator places the text on (explicit page breaks), read "
           "against `scrutiny inspect`.")

PEEL = "PEEL 2023-25"
CP = "Child protection"


def grade(page: int | None, force: str, framework: str, area: str, area_raw: str, value: str,
          as_of: str | None) -> dict:
    return {"page": page, "force": force, "framework": framework, "area": area, "area_raw": area_raw,
            "grade": value, "as_of": as_of}


def afi(page: int | None, force: str | None, area: str | None, text: str, detail: str | None = None) -> dict:
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def cause(page: int | None, force: str, area: str | None, text: str, detail: str | None = None) -> dict:
    return {"page": page, "force": force, "area": area, "text": text, "detail": detail}


def rec(page: int | None, force: str | None, cause_text: str | None, text: str, timescale: str | None,
        lead_in: str | None = None) -> dict:
    return {"page": page, "force": force, "cause_of_concern_text": cause_text, "text": text,
            "timescale": timescale, "lead_in": lead_in}


def document(file_type: str, pages: int | None, kind: str, title: str, force: str, organisation: str | None,
             meeting_date: str | None, publication_date: str | None) -> dict:
    return {"page": None, "file_type": file_type, "pages": pages, "doc_kind": kind, "title": title,
            "force": force, "organisation": organisation, "meeting_date": meeting_date,
            "publication_date": publication_date, "status": "ok"}


def write_round(directory: Path, documents: dict[str, Callable[[], tuple[bytes, dict]]]) -> None:
    """Build each document, write it to ``directory`` and its gold to ``directory``/gold."""
    gold_dir = directory / "gold"
    gold_dir.mkdir(exist_ok=True)
    for name, make in documents.items():
        data, records = make()
        (directory / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (gold_dir / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                               encoding="utf-8")
        print(name)


GRADES = ("Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate")
RAG = {"Green": "#00a651", "Amber": "#f7a600", "Red": "#e30613"}


def rag(word: str) -> str:
    return f"**{{{RAG[word]}|{word}}}**"


def small(text: str, size: float = 9) -> tuple[Para]:
    """A table cell set smaller than the usual 10 points, as wide tables are."""
    return (Para(text, size=size),)


# --------------------------------------------------------------------------
# 1. Kent: PCC board paper with a shaded grade chart
# --------------------------------------------------------------------------

def kent() -> tuple[bytes, dict]:
    force = "Kent Police"
    chart = [
        ("Police powers and public treatment", "Good"),
        ("Preventing crime", "Outstanding"),
        ("Responding to the public", "Adequate"),
        ("Investigating crime", "Good"),
        ("Protecting vulnerable people", "Requires improvement"),
        ("Managing offenders", "Good"),
        ("Developing a positive workplace", "Adequate"),
        ("Leadership and force management", "Good"),
    ]
    rows = [(cell("**Area**"),) + tuple(small(f"**{g}**", 8) for g in GRADES)]  # the second table (fills key 1)
    rows += [(cell(area),) + tuple(cell("") for _ in GRADES) for area, _ in chart]
    fills = {1: {(r, 1 + GRADES.index(g)): GRADE_FILL[g] for r, (_, g) in enumerate(chart, start=1)}}
    afis = [  # (area label as printed, canonical area, AFI, update, RAG)
        ("Responding to the public", "Responding to the public",
         "The force should make sure that it answers non-emergency calls within its own target time.",
         "A new call-handling model went live in December 2025. Average answer time for 101 calls fell from "
         "9 minutes to 4 minutes in January.", "Green"),
        ("Protecting vulnerable people", "Protecting vulnerable people",
         "The force should make sure that domestic abuse risk assessments are reviewed by a supervisor within "
         "24 hours.",
         "Audit in January found 71 per cent of assessments reviewed in time. A dashboard for sergeants is "
         "being built.", "Amber"),
        ("Protecting vulnerable people", "Protecting vulnerable people",
         "The force should improve how it shares information about vulnerable adults with partner agencies.",
         "Information-sharing agreement with the county council under legal review; expected to be signed in "
         "April 2026.", "Amber"),
        ("Developing a positive workplace", "Developing a positive workplace",
         "The force should make sure that its officers and staff have regular, meaningful wellbeing "
         "conversations with their supervisors.",
         "Wellbeing conversation recorded for 58 per cent of officers; the target is 90 per cent by June 2026.",
         "Red"),
    ]
    page1 = [
        Para("**Office of the Police and Crime Commissioner for Kent**"),
        Para("**Performance and Delivery Board – 11 February 2026**"),
        Heading("HMICFRS PEEL 2023–25 inspection of Kent Police: grades and areas for improvement", 1),
        Table(rows=((cell("**Report of:**"), cell("Chief Constable")),
                    (cell("**Author:**"), cell("Head of Performance and Improvement, Kent Police")),
                    (cell("**Purpose:**"), cell("For information and assurance"))),
              widths=(1, 3)),
        Heading("1. Purpose", 2),
        Para("1.1 This paper summarises the findings of His Majesty's Inspectorate of Constabulary and Fire & "
             "Rescue Services (HMICFRS) from its PEEL 2023–25 inspection of Kent Police, published in November "
             "2025, and reports the force's progress against the areas for improvement it identified."),
        Heading("2. Graded judgments", 2),
        Para("2.1 HMICFRS graded the force in eight areas of policing. The chart in the report is an image; it "
             "is reproduced below, with the shaded cell in each row showing the grade."),
        Table(rows=tuple(rows), widths=(141, 62, 62, 62, 62, 62), header_rows=1),
        Para("*Figure 1: Kent Police PEEL 2023–25 graded judgments*", size=9),
    ]
    grades = [grade(1, force, PEEL, area, area, g, "2025-11") for area, g in chart]
    page2 = [
        Para("2.2 The grade for investigating crime is an improvement on the 2021/22 inspection, when the force "
             "was graded adequate in this area. Nationally, Essex Police and Hampshire and Isle of Wight "
             "Constabulary were graded good at preventing crime in 2025; Kent is one of two forces in its most "
             "similar group to be graded outstanding for it."),
        Heading("3. Areas for improvement", 2),
        Para("3.1 The report identified four areas for improvement (AFIs). Each is quoted below under its PEEL "
             "area, with the force's update and its RAG status. There were no causes of concern."),
    ]
    afi_records = []
    last_label = None
    for label, area, text, update, status in afis:
        if label != last_label:
            page2.append(Para(f"**{label}**"))
            last_label = label
        page2 += [Para(f"*{text}*"), Para(f"Update: {update}"), Para(f"Status: {rag(status)}")]
        afi_records.append(afi(2, force, area, text))
    page3 = [
        Heading("4. Next steps", 2),
        Para("4.1 The force will report progress on the AFIs to the Board each quarter until HMICFRS confirms "
             "they are addressed. All eleven AFIs from the 2021/22 inspection have now been closed."),
        Heading("5. Recommendation", 2),
        Para("5.1 The Board is asked to note the grades awarded and the progress made against the areas for "
             "improvement."),
    ]
    blocks = page1 + [PageBreak()] + page2 + [PageBreak()] + page3
    records = {
        "documents": [document("pdf", 3, "scrutiny_pack",
                               "HMICFRS PEEL 2023–25 inspection of Kent Police: grades and areas for improvement",
                               force, "Police and Crime Commissioner for Kent", "2026-02-11", None)],
        "grades": grades,
        "areas_for_improvement": afi_records,
        "causes_of_concern": [],
        "recommendations": [],
    }
    return render_pdf(blocks, fills, "Kent PEEL paper"), records


# --------------------------------------------------------------------------
# 2. Essex: PFCC's section 55 response (Word)
# --------------------------------------------------------------------------

def essex() -> tuple[bytes, dict]:
    force = "Essex Police"
    as_of = "2025-12"
    coc_text = ("The force doesn't have an effective way of identifying and managing the wellbeing risks "
                "faced by its officers and staff, particularly those in high-risk roles.")
    lead_in = "Within six months, Essex Police should:"
    recs = [
        "introduce a process to identify officers and staff in high-risk roles and make sure they receive "
        "regular psychological screening;",
        "make sure that supervisors are trained to recognise the signs of trauma and know how to refer people "
        "for support; and",
        "monitor the take-up of its wellbeing services and use this to improve them.",
    ]
    afis = {
        "Responding to the public": [
            "The force should make sure that it answers emergency calls within the national standard of ten "
            "seconds.",
            "The force should improve how it records the vulnerability of callers at the first point of contact.",
        ],
        "Investigating crime": [
            "The force should make sure that investigations are allocated to officers with the right skills "
            "and experience.",
        ],
        "Leadership and force management": [
            "The force should make sure it has an accurate understanding of the demand it faces and uses this to "
            "plan its workforce.",
            "The force should improve the way it evaluates the benefits of its change programmes.",
        ],
    }
    comments = {
        "Responding to the public": "I am encouraged that the force has already recruited 24 additional call "
                                    "handlers. I will ask for monthly performance figures on 999 answer times.",
        "Investigating crime": "The Chief Constable has told me that a new allocation policy will be in place by "
                               "April 2026.",
        "Leadership and force management": "I will scrutinise the force management statement and the benefits "
                                           "realisation reports at my Performance and Resources Scrutiny Board.",
    }
    blocks = [
        Para("**Police, Fire and Crime Commissioner for Essex**"),
        Para("Kelvedon Park, London Road, Rivenhall, Witham CM8 3HB"),
        Para("19 January 2026"),
        Para("HM Chief Inspector of Constabulary\nHMICFRS\n7th Floor, Globe House\n89 Eccleston Square\n"
             "London SW1V 1PN"),
        Heading("Section 55 response: HMICFRS PEEL 2023–25 inspection of Essex Police", 1),
        Para("Dear Chief Inspector,"),
        Para("I welcome the HMICFRS report on the effectiveness, efficiency and legitimacy of Essex Police, "
             "published on 2 December 2025. As required by section 55 of the Police Act 1996, I set out below "
             "my comments on the report. I have also received the Chief Constable's response, which is "
             "published with this letter on my website."),
        Heading("Summary of the inspection findings", 2),
        Para("HMICFRS found the force to be good at preventing crime, managing offenders and protecting "
             "vulnerable people, and adequate at responding to the public, investigating crime and police "
             "powers and public treatment. The force was judged to require improvement in developing a "
             "positive workplace and in leadership and force management."),
        Para("I note that in the 2021/22 inspection the force was graded as requires improvement for responding "
             "to the public, so the report records real progress there. Across England and Wales, 11 of the 32 "
             "forces inspected so far in this cycle have been graded inadequate in at least one area."),
        Heading("Cause of concern", 2),
        Para("In developing a positive workplace, HMICFRS identified one cause of concern:"),
        Para(f"*{coc_text}*"),
        Para("HMICFRS recommended that:"),
        Para(lead_in),
        bullets("\n".join(f"- {r}" for r in recs)),
        Para("The Chief Constable has accepted these recommendations in full. A wellbeing board chaired by the "
             "Deputy Chief Constable now meets monthly, and I will hold him to account for progress at each of "
             "my scrutiny boards until HMICFRS confirms the cause of concern has been addressed."),
        Heading("Areas for improvement", 2),
        Para("The report also identified five areas for improvement. They are listed below by PEEL area, with "
             "my comments."),
    ]
    afi_records = []
    for area, texts in afis.items():
        blocks += [Para(f"**{area}**"), bullets("\n".join(f"- {t}" for t in texts)),
                   Para(f"Commissioner's comment: {comments[area]}")]
        afi_records += [afi(None, force, area, t) for t in texts]
    blocks += [
        Para("I am confident that the force understands what it needs to do, and I will publish updates on its "
             "progress through my Performance and Resources Scrutiny Board."),
        Para("Yours sincerely,"),
        Para("**Daniel Whitcombe**\nPolice, Fire and Crime Commissioner for Essex"),
    ]
    prose_grades = [
        ("Preventing crime", "preventing crime", "Good"),
        ("Managing offenders", "managing offenders", "Good"),
        ("Protecting vulnerable people", "protecting vulnerable people", "Good"),
        ("Responding to the public", "responding to the public", "Adequate"),
        ("Investigating crime", "investigating crime", "Adequate"),
        ("Police powers and public treatment", "police powers and public treatment", "Adequate"),
        ("Developing a positive workplace", "developing a positive workplace", "Requires improvement"),
        ("Leadership and force management", "leadership and force management", "Requires improvement"),
    ]
    records = {
        "documents": [document("docx", None, "force_response",
                               "Section 55 response: HMICFRS PEEL 2023–25 inspection of Essex Police", force,
                               "Police, Fire and Crime Commissioner for Essex", None, "2026-01-19")],
        "grades": [grade(None, force, PEEL, a, raw, g, as_of) for a, raw, g in prose_grades],
        "causes_of_concern": [cause(None, force, "Developing a positive workplace", coc_text)],
        "recommendations": [rec(None, force, coc_text, r, "Within six months", lead_in) for r in recs],
        "areas_for_improvement": afi_records,
    }
    data = render_docx(blocks, "Section 55 response", "PFCC Essex", WHEN)
    return fixed_zip_times(data), records


# --------------------------------------------------------------------------
# 3. Devon and Cornwall: child protection improvement plan, one table per cause
# --------------------------------------------------------------------------

def devon_cornwall() -> tuple[bytes, dict]:
    force = "Devon and Cornwall Police"
    as_of = "2025-10"
    judgments = [
        ("Leadership and management", "Child protection leadership", "Adequate"),
        ("Working with safeguarding partners", "Working with safeguarding partners", "Good"),
        ("Responding to children at risk of harm", "Responding to children at risk of harm",
         "Requires improvement"),
        ("Assessing risk to children and making appropriate referrals",
         "Assessing risk to children and making appropriate referrals", "Adequate"),
        ("Investigating reports of abuse, neglect and exploitation of children",
         "Investigating reports of abuse, neglect and exploitation of children", "Requires improvement"),
    ]
    causes = [
        ("Responding to children at risk of harm",
         "The force doesn't always recognise and record the risks to children when officers attend "
         "domestic abuse incidents.",
         [("1.1", "Within three months, Devon and Cornwall Police should make sure that officers attending "
                  "domestic abuse incidents speak to and record the views of every child present.",
           "Within three months",
           "Body-worn video briefing issued to all response officers; child voice field made mandatory on the "
           "domestic abuse risk form.", "Supt, Response Policing", "31/01/2026", "Complete"),
          ("1.2", "Within six months, Devon and Cornwall Police should make sure that its supervisors check "
                  "the quality of child protection referrals made by response officers.",
           "Within six months",
           "Supervisor dip-sample of 20 referrals a month introduced in each basic command unit.",
           "Ch Supt, Local Policing", "30/04/2026", "On track")]),
        ("Investigating reports of abuse, neglect and exploitation of children",
         "Investigations into child abuse aren't always allocated to officers with the right skills, and "
         "too many are delayed.",
         [("2.1", "Within six months, Devon and Cornwall Police should make sure that child abuse investigations "
                  "are allocated to trained investigators according to their risk and complexity.",
           "Within six months",
           "Allocation policy rewritten; 46 officers enrolled on the specialist child abuse investigators' "
           "development programme.", "Det Supt, Public Protection", "30/04/2026", "On track"),
          ("2.2", "By 30 September 2026, Devon and Cornwall Police should reduce the number of child abuse "
                  "investigations that have had no recorded supervisory review for more than 28 days.",
           "By 30 September 2026",
           "Backlog reduced from 212 to 138 cases; weekly review meeting in place.",
           "Det Supt, Public Protection", "30/09/2026", "Behind schedule")]),
    ]
    afis = [
        ("AFI 1", "Child protection leadership", "Leadership and management",
         "The force should make sure that its leaders use performance information to understand how well it "
         "protects children.", "Child protection performance dashboard launched in December 2025.",
         "ACC, Crime and Public Protection", "31/03/2026", "Complete"),
        ("AFI 2", "Assessing risk to children and making appropriate referrals",
         "Assessing risk to children and making appropriate referrals",
         "The force should make sure that it shares information about children at risk with children's social "
         "care without delay.", "Joint referral protocol agreed with the four local authorities.",
         "Head of Safeguarding", "30/06/2026", "On track"),
        ("AFI 3", "Working with safeguarding partners", "Working with safeguarding partners",
         "The force should work with its partners to evaluate the effectiveness of its multi-agency "
         "safeguarding hub.", "Evaluation scoped with the safeguarding partnership; fieldwork from March 2026.",
         "Head of Safeguarding", "30/09/2026", "Not started"),
    ]
    page1 = [
        Para("OFFICIAL"),
        Heading("Devon and Cornwall Police: National child protection inspection – improvement plan", 1),
        Para("HMICFRS inspected how well Devon and Cornwall Police protects children as part of its national "
             "child protection inspection programme, and published its report on 14 October 2025. This plan "
             "sets out how the force is responding to the two causes of concern, four recommendations and "
             "three areas for improvement in the report."),
        Para("Plan owner: Assistant Chief Constable, Crime and Public Protection. Progress is reported monthly "
             "to the Safeguarding Governance Board and quarterly to the Police and Crime Commissioner."),
        Heading("HMICFRS judgments", 2),
        Table(rows=((cell("**Inspection area**"), cell("**HMICFRS judgment**")),)
              + tuple((cell(raw), cell(g)) for raw, _, g in judgments),
              widths=(3, 1.4), header_rows=1),
        Para("Status key: Complete – action finished and evidence held; On track – due by the target date; "
             "Behind schedule – target date at risk; Not started."),
    ]
    grades = [grade(1, force, CP, area, raw, g, as_of) for raw, area, g in judgments]
    blocks = page1
    coc_records, rec_records = [], []
    # each cause of concern on a page of its own (pages 2 and 3)
    for number, (area, text, recs) in enumerate(causes, start=1):
        page = number + 1
        blocks += [PageBreak(), Heading(f"Cause of concern {number}: {area}", 2), Para(f"**{text}**")]
        header = tuple(small(f"**{h}**") for h in ("Ref", "Recommendation", "Action", "Owner", "Target date",
                                                   "Status"))
        blocks.append(Table(rows=(header,) + tuple(
            tuple(small(v) for v in (ref, r, action, owner, due, status))
            for ref, r, _, action, owner, due, status in recs), widths=(30, 140, 110, 60, 56, 55),
            header_rows=1))
        coc_records.append(cause(page, force, area, text))
        rec_records += [rec(page, force, text, r, ts) for _, r, ts, *_ in recs]
    header = tuple(small(f"**{h}**") for h in ("Ref", "Inspection area", "Area for improvement", "Action",
                                               "Owner", "Target date", "Status"))
    blocks += [PageBreak(), Heading("Areas for improvement", 2),
               Table(rows=(header,) + tuple(tuple(small(v) for v in (ref, raw, text, action, owner, due, status))
                                            for ref, _, raw, text, action, owner, due, status in afis),
                     widths=(32, 74, 100, 68, 66, 56, 55), header_rows=1)]
    records = {
        "documents": [document("pdf", 4, "force_response",
                               "Devon and Cornwall Police: National child protection inspection – improvement plan",
                               force, None, None, None)],
        "grades": grades,
        "causes_of_concern": coc_records,
        "recommendations": rec_records,
        "areas_for_improvement": [afi(4, force, area, text) for _, area, _, text, *_ in afis],
    }
    return render_pdf(blocks, {}, "Devon and Cornwall NCPI improvement plan"), records


# --------------------------------------------------------------------------
# 4. Merseyside: PEEL action plan in Word, area merged over its AFIs
# --------------------------------------------------------------------------

def merseyside() -> tuple[bytes, dict]:
    force = "Merseyside Police"
    groups = [
        ("Responding to the public", [
            ("The force should make sure that it records the vulnerability of callers accurately.",
             "Vulnerability prompts added to the call-handling script; monthly audit by the control room "
             "quality team.", "Supt, Contact Centre", "31/03/2026", "In progress"),
            ("The force should make sure that it attends incidents within its published response times.",
             "Demand review of response shifts completed; new shift pattern from April 2026.",
             "Ch Supt, Operations", "30/06/2026", "In progress"),
        ]),
        ("Investigating crime", [
            ("The force should make sure that it keeps victims updated about the progress of their "
             "investigations.", "Victim contact contracts built into the crime recording system.",
             "Det Ch Supt, Crime", "31/12/2025", "Complete"),
            ("The force should make sure that it seeks and records victims' views before finalising "
             "investigations.", "Finalisation checklist amended; compliance checked in the monthly crime audit.",
             "Det Ch Supt, Crime", "31/03/2026", "In progress"),
            ("The force should improve how it manages the risk from outstanding suspects.",
             "Wanted and outstanding suspects daily review meeting introduced.",
             "Det Supt, Investigations", "31/01/2026", "Complete"),
        ]),
        ("Protecting vulnerable people", [
            ("The force should make sure it uses all available powers to protect victims of domestic abuse.",
             "Domestic violence protection order toolkit relaunched; use reported to the Vulnerability Board.",
             "Det Supt, Public Protection", "30/06/2026", "Not started"),
        ]),
        ("Leadership and force management", [
            ("The force should improve its understanding of the skills and capabilities of its workforce.",
             "Skills audit module procured; implementation planned for summer 2026.",
             "Director of People", "30/09/2026", "Not started"),
        ]),
    ]
    header = tuple(cell(f"**{h}**") for h in ("Ref", "PEEL area", "Area for improvement", "Response", "Owner",
                                              "Target date", "Status"))
    rows, merges, afi_records = [header], [], []
    number = 0
    for area, items in groups:
        first_row = len(rows)
        for i, (text, response, owner, due, status) in enumerate(items):
            number += 1
            rows.append((cell(f"AFI {number}"), cell(area) if i == 0 else cell(), cell(text), cell(response),
                         cell(owner), cell(due), cell(status)))
            afi_records.append(afi(None, force, area, text))
        if len(items) > 1:
            merges.append(Merge(row=first_row, col=1, rows=len(items)))
    blocks = [
        Heading("Merseyside Police – HMICFRS PEEL 2023–25 action plan", 1),
        Para("Owner: Deputy Chief Constable. Governance: Organisational Learning Board."),
        Para("HMICFRS published its PEEL 2023–25 report on Merseyside Police in March 2025. The force was graded "
             "outstanding in one area, good in four areas and adequate in three. The report raised no causes of "
             "concern and seven areas for improvement, which are tracked below."),
        Table(rows=tuple(rows), widths=(0.6, 1.3, 2.4, 2.4, 1.2, 0.9, 0.9), header_rows=1,
              merges=tuple(merges)),
        Para("Status key: Complete – evidence submitted to HMICFRS for closure; In progress – actions under way; "
             "Not started – action scheduled for later in the plan."),
    ]
    records = {
        "documents": [document("docx", None, "force_response",
                               "Merseyside Police – HMICFRS PEEL 2023–25 action plan", force, None, None, None)],
        "grades": [],
        "causes_of_concern": [],
        "recommendations": [],
        "areas_for_improvement": afi_records,
    }
    data = render_docx(blocks, "PEEL action plan", "Merseyside Police", WHEN)
    return fixed_zip_times(data), records


# --------------------------------------------------------------------------
# 5. Thames Valley: joint audit committee paper on open HMICFRS items
# --------------------------------------------------------------------------

def thames_valley() -> tuple[bytes, dict]:
    force = "Thames Valley Police"
    summary = [
        ("PEEL 2023–25", "September 2025", "3", "2"),
        ("National child protection inspection", "May 2025", "2", "1"),
        ("Joint inspection of custody (with HMI Prisons)", "July 2024", "2", "4"),
        ("National thematic: police response to stalking", "November 2025", "2", "0"),
    ]
    # (ref, inspection, area, type, text, target date, status)
    items = [
        ("P1", "PEEL 2023–25", "Responding to the public", "AFI",
         "The force should make sure that it assesses the risk to callers who are waiting for a response.",
         "31/03/2026", "Open – on track"),
        ("P2", "PEEL 2023–25", "Investigating crime", "AFI",
         "The force should make sure that its investigation plans are recorded and regularly reviewed by "
         "supervisors.", "30/06/2026", "Open – on track"),
        ("P3", "PEEL 2023–25", "Developing a positive workplace", "AFI",
         "The force should make sure that officers and staff receive the training they need for their roles.",
         "31/12/2025", "Open – overdue"),
        ("C1", "Child protection", "Responding to children at risk of harm", "Rec",
         "Within six months, Thames Valley Police should make sure that it records the views of children when "
         "officers attend incidents where children are present.",
         "30/11/2025", "Proposed for closure"),
        ("C2", "Child protection", "Investigating reports of abuse, neglect and exploitation of children",
         "Rec",
         "Within six months, Thames Valley Police should make sure that supervisors review child abuse "
         "investigations at regular intervals.", "30/11/2025", "Open – overdue"),
        ("K1", "Custody", "—", "Rec",
         "The force should make sure that detainees' risk assessments are reviewed before they are released.",
         "31/03/2026", "Open – on track"),
        ("K2", "Custody", "—", "Rec",
         "The force should make sure that the use of force in custody is recorded and scrutinised.",
         "31/03/2026", "Open – on track"),
        ("S1", "Stalking thematic", "—", "Rec",
         "By 31 March 2026, chief constables should make sure that stalking protection orders are considered "
         "in every stalking investigation.", "31/03/2026", "Open – on track"),
        ("S2", "Stalking thematic", "—", "Rec",
         "By 30 September 2026, chief constables should make sure that victims of stalking are referred to "
         "specialist advocacy services.", "30/09/2026", "Open – on track"),
    ]
    afi_records = [afi(2, force, area, text) for _, _, area, kind, text, *_ in items if kind == "AFI"]
    rec_records = [
        rec(2, force, None, items[3][4], "Within six months"),
        rec(2, force, None, items[4][4], "Within six months"),
        rec(2, force, None, items[5][4], None),
        rec(2, force, None, items[6][4], None),
        rec(3, None, None, items[7][4], "By 31 March 2026"),
        rec(3, None, None, items[8][4], "By 30 September 2026"),
    ]
    page1 = [
        Para("**Office of the Police and Crime Commissioner for Thames Valley and Thames Valley Police**"),
        Para("**Joint Independent Audit Committee – 28 January 2026**"),
        Heading("HMICFRS inspections: open recommendations and areas for improvement", 1),
        Table(rows=((cell("**Report by:**"), cell("Head of Governance and Service Improvement, Thames Valley "
                                                  "Police")),
                    (cell("**Agenda item:**"), cell("9")),
                    (cell("**Status:**"), cell("Public"))), widths=(1, 3)),
        Heading("Executive summary", 2),
        Para("This report updates the Committee on the force's progress in implementing the recommendations and "
             "areas for improvement (AFIs) made by HMICFRS. As at 31 December 2025, nine items remain open "
             "across four inspections and seven have been closed since the Committee last met in October 2025. "
             "The PEEL 2023–25 report, which graded the force good in five of the eight areas, is covered in "
             "full by the PCC's Level 1 meeting and is not repeated here."),
        Heading("Summary by inspection", 2),
        Table(rows=((cell("**Inspection**"), cell("**Published**"), cell("**Open**"),
                     cell("**Closed since last report**")),)
              + tuple(tuple(cell(v) for v in row) for row in summary), widths=(3, 1.3, 0.8, 1.4), header_rows=1),
        Para("Items are proposed for closure when the force lead has submitted evidence to the HMICFRS force "
             "liaison lead; the inspectorate decides whether they are closed."),
        PageBreak(),
        Heading("Appendix A: open items", 2),
        Para("Type: AFI – area for improvement; Rec – recommendation. Target dates are the force's own."),
    ]
    header = tuple(small(f"**{h}**") for h in ("Ref", "Inspection", "Area", "Type", "Recommendation / AFI",
                                               "Target date", "Status"))
    widths = (28, 64, 76, 34, 145, 48, 56)
    table = Table(rows=(header,) + tuple(tuple(small(v) for v in row) for row in items[:7]), widths=widths,
                  header_rows=1)
    table_stalking = Table(rows=(header,) + tuple(tuple(small(v) for v in row) for row in items[7:]),
                           widths=widths, header_rows=1)
    blocks = page1 + [table, PageBreak(), Para("Appendix A continued: national thematic recommendations, which "
                                               "HMICFRS made to all chief constables"), table_stalking,
                      Heading("Recommendation", 2),
                      Para("The Committee is recommended to note the progress made and to seek an update on "
                           "the two overdue items at its next meeting.")]
    records = {
        "documents": [document("pdf", 3, "scrutiny_pack",
                               "HMICFRS inspections: open recommendations and areas for improvement", force,
                               "Police and Crime Commissioner for Thames Valley", "2026-01-28", None)],
        "grades": [],
        "causes_of_concern": [],
        "recommendations": rec_records,
        "areas_for_improvement": afi_records,
    }
    return render_pdf(blocks, {}, "JIAC HMICFRS update"), records


# --------------------------------------------------------------------------
# 6. North Wales: PCC board paper, bilingual letterhead
# --------------------------------------------------------------------------

def north_wales() -> tuple[bytes, dict]:
    force = "North Wales Police"
    as_of = "2026-01"
    table = [
        ("Police powers and public treatment", "Good", "No change"),
        ("Preventing crime", "Good", "Improved"),
        ("Responding to the public", "Adequate", "No change"),
        ("Investigating crime", "Good", "Improved"),
        ("Protecting vulnerable people", "Requires improvement", "Declined"),
        ("Managing offenders", "Adequate", "No change"),
        ("Developing a positive workplace", "Good", "Improved"),
        ("Leadership and force management", "Adequate", "Not graded in 2022"),
    ]
    coc_text = ("The force isn't making sure that the risks to victims of domestic abuse are assessed and "
                "managed quickly enough when it can't attend straight away.")
    lead_in = "Within three months, North Wales Police should:"
    recs = [
        "make sure that the risk to domestic abuse victims whose calls are not attended immediately is "
        "reviewed by a supervisor; and",
        "make sure that it meets its own attendance times for domestic abuse incidents graded as a priority.",
    ]
    afis = [
        ("1", "The force should make sure that it records equality data about the people it stops and searches.",
         "Police powers and public treatment", "Supt, Professional Standards", "Green"),
        ("2", "The force should improve how quickly it answers non-emergency calls.",
         "Responding to the public", "Ch Supt, Operations", "Amber"),
        ("3", "The force should make sure that it manages registered sex offenders in line with national "
              "guidance.", "Managing offenders", "Det Supt, Public Protection", "Amber"),
        ("4", "The force should improve how it plans for its future finances and workforce.",
         "Leadership and force management", "Director of Finance", "Green"),
    ]
    page1 = [
        Para("**Police and Crime Commissioner for North Wales**\n"
             "**Comisiynydd Heddlu a Throseddu Gogledd Cymru**", align="center"),
        Para("**Strategic Executive Board – 10 March 2026**"),
        Heading("HMICFRS PEEL 2023–25 inspection of North Wales Police", 1),
        Para("**Purpose:** To brief the Board on the grades and findings of the PEEL 2023–25 inspection report, "
             "published in January 2026, and on the force's plans to address them."),
        Heading("1. Graded judgments", 2),
        Para("1.1 The table gives the grade for each area and how it compares with the 2021/22 inspection."),
        Table(rows=((cell("**PEEL area**"), cell("**Grade**"), cell("**Direction of travel since 2022**")),)
              + tuple((cell(a), cell(g), cell(d)) for a, g, d in table), widths=(3, 1.6, 1.8), header_rows=1),
        Para("1.2 Among the forces of the most similar group, Dyfed-Powys Police and Cumbria Constabulary were "
             "also graded good at investigating crime, while Gwent Police was graded requires improvement at "
             "protecting vulnerable people in its 2025 report."),
    ]
    grades = [grade(1, force, PEEL, a, a, g, as_of) for a, g, _ in table]
    page2 = [
        Heading("2. Cause of concern", 2),
        Para("2.1 HMICFRS raised one cause of concern, in protecting vulnerable people:"),
        Para(f"**{coc_text}**"),
        Para("2.2 It made two recommendations:"),
        Para(lead_in),
        bullets("\n".join(f"- {r}" for r in recs)),
        Para("2.3 HMICFRS will revisit the force in June 2026 to assess progress. A daily domestic abuse review "
             "meeting was introduced in February."),
        Heading("3. Areas for improvement", 2),
        Para("3.1 The report identified four areas for improvement. Progress is rated by the force lead."),
        Table(rows=(tuple(cell(f"**{h}**") for h in ("No.", "Area for improvement", "PEEL area", "Lead", "RAG")),)
              + tuple((cell(n), cell(t), cell(a), cell(lead), cell(rag(r))) for n, t, a, lead, r in afis),
              widths=(0.5, 3.2, 1.6, 1.4, 0.7), header_rows=1),
        Heading("4. Recommendation", 2),
        Para("4.1 That the Board notes the report and agrees to receive a progress update in July 2026."),
    ]
    blocks = page1 + [PageBreak()] + page2
    records = {
        "documents": [document("pdf", 2, "scrutiny_pack", "HMICFRS PEEL 2023–25 inspection of North Wales Police",
                               force, "Police and Crime Commissioner for North Wales", "2026-03-10", None)],
        "grades": grades,
        "causes_of_concern": [cause(2, force, "Protecting vulnerable people", coc_text)],
        "recommendations": [rec(2, force, coc_text, r, "Within three months", lead_in) for r in recs],
        "areas_for_improvement": [afi(2, force, a, t) for _, t, a, _, _ in afis],
    }
    return render_pdf(blocks, {}, "North Wales PEEL paper"), records


DOCUMENTS = {
    "kent-pcc-peel-paper-2026-02-11.pdf": kent,
    "essex-pfcc-s55-response-peel.docx": essex,
    "devon-cornwall-ncpi-action-plan.pdf": devon_cornwall,
    "merseyside-peel-action-plan.docx": merseyside,
    "thames-valley-jiac-hmicfrs-2026-01-28.pdf": thames_valley,
    "north-wales-pcc-peel-paper-2026-03-10.pdf": north_wales,
}


if __name__ == "__main__":
    write_round(HERE, DOCUMENTS)
