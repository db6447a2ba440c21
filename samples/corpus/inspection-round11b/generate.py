"""Inspection blind round 11, second batch: three more documents carrying
HMICFRS findings outside the report, written before the extractors' code was
read. The record builders and the writer are round 11's.

Run ``.venv/bin/python samples/corpus/inspection-round11b/generate.py``; the
bytes are deterministic. Gold is written beside the text, to ``gold/``.

Documents (force, and the form it had before):

- lancashire-pcc-ncpi-s55-response.pdf: Lancashire (a PEEL 2021/22 report, a
  scrutiny pack). A PCC's section 55 response to a child protection
  inspection on a template: a details table (report title, publication date,
  response by, date of response); the judgments as bullets under "The
  inspection found that the constabulary is:" and one closing sentence; a
  three-column table (HMICFRS recommendation | Constabulary response |
  Commissioner's comment) with each cause of concern in a full-width merged
  row over its recommendations; AFIs as a numbered list with no area.
- sussex-pcp-peel-report-2026-02-06.docx: Sussex (a PEEL 2021/22 report in
  Word, a scrutiny pack). A commissioner's report to the Police and Crime
  Panel in Word: the PEEL 2023-25 grades in a borderless table with each
  grade word in its colour; the 2021/22 grades in a second table under the
  long area names, dated by their publication; AFIs numbered, each opening
  with its area and a colon; the panel's own recommendation.
- staffordshire-sgb-coc-update-2026-03-18.pdf: Staffordshire (a PEEL report, a
  scrutiny pack). Commissioner's board paper on the causes of concern: three
  grades in one prose sentence, another force's grade in passing; a table
  with a full-width row naming each cause's area, the cause, and its
  recommendations with an "HMICFRS timescale" column, progress and status
  (Open, Discharged); AFIs mentioned by count only.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("inspection_round11_generate",
                                               HERE.parent / "inspection-round11" / "generate.py")
round11 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(round11)  # puts samples/ and samples/corpus on sys.path

from inspection_render import GRADE_FILL, fixed_zip_times, render_pdf  # noqa: E402

from generator.docx_render import render_docx  # noqa: E402
from generator.model import Heading, Merge, Numbered, PageBreak, Para, Table, bullets, cell  # noqa: E402

afi, cause, document, grade, rec, small = (round11.afi, round11.cause, round11.document, round11.grade,
                                           round11.rec, round11.small)
PEEL, CP, WHEN = round11.PEEL, round11.CP, round11.WHEN


# --------------------------------------------------------------------------
# 1. Lancashire: PCC's section 55 response to a child protection inspection
# --------------------------------------------------------------------------

def lancashire() -> tuple[bytes, dict]:
    force = "Lancashire Constabulary"
    as_of = "2025-12"
    judgment_bullets = [  # (bullet as printed, canonical area, area as printed, grade)
        ("good at working with safeguarding partners;", "Working with safeguarding partners",
         "working with safeguarding partners", "Good"),
        ("adequate at leadership and management; and", "Child protection leadership", "leadership and management",
         "Adequate"),
        ("adequate at assessing risk to children and making appropriate referrals.",
         "Assessing risk to children and making appropriate referrals",
         "assessing risk to children and making appropriate referrals", "Adequate"),
    ]
    causes = [
        ("Responding to children at risk of harm",
         "The constabulary doesn't always identify children at risk of harm when officers attend incidents, and "
         "it doesn't always record their views.",
         [("Within three months, Lancashire Constabulary should make sure that officers attending incidents "
           "where children are present see and speak to every child and record what they say.",
           "Within three months",
           "A mandatory child observation section has been added to the incident log. Compliance is checked "
           "daily by duty inspectors.",
           "I have asked for the compliance figures to be reported to my Strategic Scrutiny Meeting each month."),
          ("Within six months, Lancashire Constabulary should make sure that it shares information about "
           "children at risk with children's social care within 24 hours.",
           "Within six months",
           "A joint protocol with the three local authorities has been agreed and will be in use from March 2026.",
           "I welcome the protocol and will ask partners how well it is working.")]),
        ("Investigating reports of abuse, neglect and exploitation of children",
         "Too many investigations into child abuse are delayed, and supervisors don't review them often enough.",
         [("Within six months, Lancashire Constabulary should make sure that supervisors review child abuse "
           "investigations at least every 28 days.",
           "Within six months",
           "Supervision standards were reissued in January 2026 and are monitored through the crime audit.",
           "I am not yet assured; I will review progress again in May 2026.")]),
    ]
    afis = [
        "The constabulary should make sure that its officers understand the risks of child criminal exploitation.",
        "The constabulary should improve the quality of its referrals to multi-agency risk assessment conferences.",
        "The constabulary should make sure that it uses its child protection performance data to improve its "
        "practice.",
    ]
    page1 = [
        Para("**Police and Crime Commissioner for Lancashire**"),
        Heading("Response to HMICFRS report: National child protection inspection of Lancashire Constabulary", 1),
        Table(rows=((cell("**Report title**"), cell("National child protection inspection: Lancashire "
                                                    "Constabulary")),
                    (cell("**Date of publication**"), cell("9 December 2025")),
                    (cell("**Response by**"), cell("Police and Crime Commissioner for Lancashire")),
                    (cell("**Date of response**"), cell("3 February 2026"))), widths=(1.4, 3)),
        Heading("Commissioner's response", 2),
        Para("I welcome this report. Protecting children from harm is a priority in my Police and Crime Plan, "
             "and the inspection gives an honest picture of where the constabulary is doing well and where it "
             "must improve. The inspection found that the constabulary is:"),
        bullets("\n".join(f"- {text}" for text, *_ in judgment_bullets)),
        Para("HMICFRS judged that the constabulary requires improvement at investigating reports of abuse, "
             "neglect and exploitation of children, and is inadequate at responding to children at risk of "
             "harm."),
        Para("Of the twenty forces inspected so far in this programme, six have been judged inadequate at "
             "responding to children at risk of harm. I have discussed the findings with the Chief Constable, "
             "whose response to each recommendation is set out below with my comments."),
    ]
    grades = [grade(1, force, CP, area, raw, g, as_of) for _, area, raw, g in judgment_bullets]
    grades += [
        grade(1, force, CP, "Investigating reports of abuse, neglect and exploitation of children",
              "investigating reports of abuse, neglect and exploitation of children", "Requires improvement",
              as_of),
        grade(1, force, CP, "Responding to children at risk of harm", "responding to children at risk of harm",
              "Inadequate", as_of),
    ]
    rows = [tuple(cell(f"**{h}**") for h in ("HMICFRS recommendation", "Constabulary response",
                                             "Commissioner's comment"))]
    merges, coc_records, rec_records = [], [], []
    for number, (area, text, recs) in enumerate(causes, start=1):
        merges.append(Merge(row=len(rows), col=0, cols=3))
        rows.append((cell(f"**Cause of concern {number} ({area.lower()}):** {text}"), cell(), cell()))
        coc_records.append(cause(2, force, area, text))
        for r, timescale, response, comment in recs:
            rows.append((cell(r), cell(response), cell(comment)))
            rec_records.append(rec(2, force, text, r, timescale))
    page2 = [
        Heading("Causes of concern and recommendations", 2),
        Table(rows=tuple(rows), widths=(2.2, 2, 1.8), header_rows=1, merges=tuple(merges)),
    ]
    page3 = [
        Heading("Areas for improvement", 2),
        Para("The report also identified three areas for improvement:"),
        Numbered(tuple(afis)),
        Para("The Chief Constable has included these in the constabulary's child protection improvement plan, "
             "and I will monitor them through my Strategic Scrutiny Meeting."),
        Para("Police and Crime Commissioner for Lancashire"),
    ]
    blocks = page1 + [PageBreak()] + page2 + [PageBreak()] + page3
    records = {
        "documents": [document("pdf", 3, "force_response",
                               "Response to HMICFRS report: National child protection inspection of Lancashire "
                               "Constabulary", force, "Police and Crime Commissioner for Lancashire", None,
                               "2026-02-03")],
        "grades": grades,
        "causes_of_concern": coc_records,
        "recommendations": rec_records,
        "areas_for_improvement": [afi(3, force, None, t) for t in afis],
    }
    return render_pdf(blocks, {}, "PCC response NCPI"), records


# --------------------------------------------------------------------------
# 2. Sussex: commissioner's report to the Police and Crime Panel (Word)
# --------------------------------------------------------------------------

def sussex() -> tuple[bytes, dict]:
    force = "Sussex Police"
    current = [
        ("Police powers and public treatment", "Good"),
        ("Preventing crime", "Adequate"),
        ("Responding to the public", "Requires improvement"),
        ("Investigating crime", "Adequate"),
        ("Protecting vulnerable people", "Good"),
        ("Managing offenders", "Good"),
        ("Developing a positive workplace", "Adequate"),
        ("Leadership and force management", "Adequate"),
    ]
    earlier = [  # (area as printed, canonical area, grade)
        ("Engaging with and treating the public with fairness and respect", "Police powers and public treatment",
         "Adequate"),
        ("Preventing crime and anti-social behaviour", "Preventing crime", "Adequate"),
        ("Responding to the public", "Responding to the public", "Inadequate"),
        ("Investigating crime", "Investigating crime", "Requires improvement"),
        ("Protecting vulnerable people", "Protecting vulnerable people", "Adequate"),
        ("Managing offenders and suspects", "Managing offenders", "Good"),
        ("Building, supporting and protecting the workforce", "Developing a positive workplace", "Adequate"),
        ("Strategic planning, organisational management and value for money", "Good use of resources",
         "Adequate"),
        ("Recording data about crime", "Recording data about crime", "Good"),
    ]
    afis = [
        ("Responding to the public", "The force should make sure that it answers non-emergency calls promptly "
                                     "and that callers who hang up are called back."),
        ("Responding to the public", "The force should make sure that it attends incidents within the times it "
                                     "sets for them."),
        ("Investigating crime", "The force should make sure that it completes victim needs assessments and "
                                "records victims' wishes about how they want to be updated."),
        ("Developing a positive workplace", "The force should make sure that it understands why officers with "
                                            "less than two years' service are leaving."),
        ("Leadership and force management", "The force should improve how it collects and uses data about the "
                                            "demand it faces."),
    ]
    colour_rows = tuple((cell(area), cell(f"**{{{GRADE_FILL[g]}|{g}}}**")) for area, g in current)
    blocks = [
        Para("**Sussex Police and Crime Panel – 6 February 2026**"),
        Para("Report by the Police and Crime Commissioner for Sussex"),
        Heading("HMICFRS PEEL 2023–25 inspection of Sussex Police", 1),
        Heading("1. Purpose", 2),
        Para("1.1 To inform the Panel of the outcome of the HMICFRS PEEL 2023–25 inspection of Sussex Police and "
             "of how the Commissioner is holding the Chief Constable to account for the areas for improvement."),
        Heading("2. Inspection findings", 2),
        Para("2.1 The inspection report was published on 27 November 2025. HMICFRS graded Sussex Police as "
             "follows:"),
        Table(rows=colour_rows, widths=(3, 2), bordered=False),
        Para("2.2 In the previous PEEL inspection (2021/22), published in April 2022, HMICFRS graded the force "
             "as follows:"),
        Table(rows=((cell("**Area**"), cell("**Grade**")),) + tuple((cell(raw), cell(g)) for raw, _, g in earlier),
              widths=(3, 2), header_rows=1),
        Para("2.3 The most notable improvement is in responding to the public, which has moved from inadequate "
             "to requires improvement. Surrey Police, with which Sussex shares many specialist teams, was graded "
             "good at managing offenders in its own 2025 report."),
        Heading("3. Areas for improvement", 2),
        Para("3.1 HMICFRS identified no causes of concern and five areas for improvement:"),
        Numbered(tuple(f"{area}: {text}" for area, text in afis)),
        Para("3.2 The Commissioner receives a progress report on each area for improvement at her monthly "
             "Performance & Accountability Meeting, which is webcast."),
        Heading("4. Recommendation", 2),
        Para("4.1 The Panel is recommended to note the report."),
    ]
    records = {
        # The panel's host authority issues its papers; the organisation is left unscored.
        "documents": [{key: value for key, value in
                       document("docx", None, "scrutiny_pack", "HMICFRS PEEL 2023–25 inspection of Sussex Police",
                                force, None, "2026-02-06", None).items() if key != "organisation"}],
        "grades": [grade(None, force, PEEL, area, area, g, "2025-11") for area, g in current]
        + [grade(None, force, "PEEL 2021/22", area, raw, g, "2022-04") for raw, area, g in earlier],
        "causes_of_concern": [],
        "recommendations": [],
        "areas_for_improvement": [afi(None, force, area, text) for area, text in afis],
    }
    data = render_docx(blocks, "PCP report PEEL", "OPCC Sussex", WHEN)
    return fixed_zip_times(data), records


# --------------------------------------------------------------------------
# 3. Staffordshire: causes of concern progress update to the board
# --------------------------------------------------------------------------

def staffordshire() -> tuple[bytes, dict]:
    force = "Staffordshire Police"
    as_of = "2025-10"
    causes = [
        ("Responding to the public",
         "The force isn't answering emergency and non-emergency calls quickly enough, and it doesn't always "
         "identify vulnerable callers.",
         [("1.1", "The force should make sure that it answers emergency calls within the national standard.",
           "Within three months", "93 per cent of 999 calls answered within ten seconds in February 2026.",
           "Discharged"),
          ("1.2", "The force should make sure that call handlers use a structured risk assessment for every "
                  "call.", "Within six months", "THRIVE+ training completed by 88 per cent of call handlers.",
           "Open")]),
        ("Protecting vulnerable people",
         "The force doesn't manage the risk to victims of domestic abuse well enough when it can't attend "
         "quickly.",
         [("2.1", "The force should make sure that a supervisor reviews the risk to domestic abuse victims whose "
                  "calls are waiting for a response.", "Within three months",
           "Hourly review by the control room inspector introduced in November 2025.", "Discharged"),
          ("2.2", "The force should make sure that it has enough trained staff to complete domestic abuse risk "
                  "assessments.", "Within six months",
           "Fourteen additional risk assessors recruited; six still in training.", "Open")]),
    ]
    header = tuple(small(f"**{h}**") for h in ("Ref", "HMICFRS cause of concern / recommendation",
                                               "HMICFRS timescale", "Progress", "Status"))
    rows, merges, coc_records, rec_records = [header], [], [], []
    for number, (area, text, recs) in enumerate(causes, start=1):
        merges.append(Merge(row=len(rows), col=0, cols=5))
        rows.append((small(f"**Cause of concern {number} – {area}**"),) + ((),) * 4)
        rows.append((small(f"CoC {number}"), small(text), small(""), small("See recommendations below."),
                     small("Open")))
        coc_records.append(cause(1, force, area, text))
        for ref, r, timescale, progress, status in recs:
            rows.append(tuple(small(v) for v in (ref, r, timescale, progress, status)))
            rec_records.append(rec(1, force, text, r, timescale))
    blocks = [
        Para("**Staffordshire Commissioner for Police, Fire and Rescue and Crime**"),
        Para("**Strategic Governance Board – 18 March 2026**"),
        Heading("HMICFRS PEEL 2023–25: causes of concern – progress update", 1),
        Para("**Report of the Chief Constable**"),
        Heading("1. Background", 2),
        Para("1.1 HMICFRS's PEEL report on Staffordshire Police, published in October 2025, graded the force "
             "inadequate at responding to the public and found that it requires improvement at investigating "
             "crime and at protecting vulnerable people. Elsewhere in the region, West Mercia Police was graded "
             "adequate at responding to the public in its 2025 report."),
        Para("1.2 The report raised two causes of concern, with four recommendations. HMICFRS revisited the "
             "force in February 2026 and discharged two of the recommendations. The table sets out the position "
             "of each."),
        Table(rows=tuple(rows), widths=(34, 170, 72, 115, 60), header_rows=1, merges=tuple(merges)),
        Para("1.3 The report also contained nine areas for improvement. These are monitored through the "
             "force's Organisational Improvement Board and are not covered by this paper."),
        Heading("2. Recommendation", 2),
        Para("2.1 The Board is asked to note the progress made and to receive a further update after HMICFRS's "
             "next revisit."),
    ]
    records = {
        "documents": [document("pdf", 1, "scrutiny_pack", "HMICFRS PEEL 2023–25: causes of concern – progress "
                               "update", force, "Staffordshire Commissioner for Police, Fire and Rescue and Crime",
                               "2026-03-18", None)],
        "grades": [
            grade(1, force, PEEL, "Responding to the public", "responding to the public", "Inadequate", as_of),
            grade(1, force, PEEL, "Investigating crime", "investigating crime", "Requires improvement", as_of),
            grade(1, force, PEEL, "Protecting vulnerable people", "protecting vulnerable people",
                  "Requires improvement", as_of),
        ],
        "causes_of_concern": coc_records,
        "recommendations": rec_records,
        "areas_for_improvement": [],
    }
    return render_pdf(blocks, {}, "SGB causes of concern"), records


DOCUMENTS = {
    "lancashire-pcc-ncpi-s55-response.pdf": lancashire,
    "sussex-pcp-peel-report-2026-02-06.docx": sussex,
    "staffordshire-sgb-coc-update-2026-03-18.pdf": staffordshire,
}

if __name__ == "__main__":
    round11.write_round(HERE, DOCUMENTS)
