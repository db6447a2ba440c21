"""Ten inspection documents of ten forces in the common forms of real
publications, and their gold:

    .venv/bin/python samples/corpus/inspection-round4/generate.py

writes the documents here and their gold to samples/gold/<file>.json.

They were written before the inspection extractors' code was read, after the
structure and wording of HMICFRS publications (PEEL 2021/22 and 2023-25 force
reports, the 2024 national child protection inspections) and of the papers
PCCs publish about them (section 55 responses, scrutiny packs quoting a
report in the reference pack's manner). Grades, findings and wording are
invented. What each document holds:

- peel-2023-25-durham.pdf: cover, contents, "Overall summary" with the
  graded-judgments chart (a column per grade, header cells in the grade's
  colour), "Leadership", "Reducing crime assessment", the ungraded victim
  service assessment, then each area: heading, grade word in its colour, the
  judgment sentence, shaded "Area for improvement" boxes with their
  explanation below the box, "Main findings" as bold statements with
  paragraphs, an "Innovative practice" box.
- peel-2023-25-merseyside.docx: the same report form as a Word document:
  the chart as a Word table, "Areas for improvement" headings over bold
  "The force should ..." paragraphs with their explanation, bulleted main
  findings, "Promising practice" with a bold title.
- peel-2023-25-cheshire.pdf: the chart as one row whose cells list their
  areas one per line, areas for improvement and main findings as bullets
  (as PCC papers quote them), a cause of concern with its "Recommendation"
  ("Within six months, ... should:" and bullets) in an inadequate area.
- peel-2021-22-cumbria.pdf: PEEL 2021/22, ten areas on the chart including
  "Good use of resources" and "Recording data about crime", sections under
  their long names, a cause of concern with "Recommendations" ("Within three
  months, the constabulary should:"), AFIs as bullets.
- peel-2021-22-south-wales.pdf: PEEL 2021/22 with "Areas for improvement"
  as bold "The force should ..." headings with paragraphs, causes of concern
  in two areas, each with its recommendations in a box.
- ncpi-north-wales.pdf: national child protection inspection with a
  judgments chart, sentence judgments per area, causes of concern as
  bold-italic headings with "Recommendations" ("With immediate effect, ...
  should make sure that:" / "Within six months, ..."), AFIs as bold-italic
  headings with paragraphs, main findings, "Next steps".
- ncpi-suffolk.docx: the same programme's report as a Word document, grades
  only in sentences, "Area for improvement" singular.
- response-hampshire-peel.docx: a PCC's section 55 response: letter, grades
  quoted as an Area | Grade table, each AFI quoted in a "HMICFRS area for
  improvement" | "Force response" table, a cause of concern and its
  recommendation quoted with responses.
- wiltshire-pcc-cmb-2025-06-11.pdf: a PCC scrutiny pack quoting a PEEL
  2023-25 report: report cover, the five-column chart, every area's
  section with "Grade:", "Areas for improvement" bullets, "Main findings",
  "Promising practice"; a 2021/22 chart of the earlier inspection.
- leicestershire-cgb-2025-03-19.docx: a PCC board paper (Word) quoting
  the report's chart as a Word table, AFIs in an Area | AFI | Update table,
  "Innovative practice" quoted.

Gold is written by hand below, next to the text it describes, never from
the pipeline's output; a PDF record's page is the page of the generated PDF
that holds its first words. Output is deterministic (fixed metadata dates,
fixed zip times). Blocks and renderers are samples/corpus/scrutiny-round3/render.py's.
"""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import datetime
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[1] / "gold"
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))

from render import Break, Bul, H, P, PdfLook, T, render_docx, render_pdf  # noqa: E402

CHECKED = ("Written by hand in samples/corpus/inspection-round4/generate.py, next to the text it describes, before "
           "the extractors were run; PDF pages found in the generated PDF's own text and read against "
           "`scrutiny inspect`.")
TYPES = ("grades", "areas_for_improvement", "causes_of_concern", "recommendations", "findings")
GRADE_COLOURS = {"Outstanding": "#2e7d32", "Good": "#7cb342", "Adequate": "#fbc02d",
                 "Requires improvement": "#f57c00", "Inadequate": "#c62828"}
GRADES = tuple(GRADE_COLOURS)
HMI_BLUE = "#1d3c6e"
BOX = "#e8eef7"

PPPT = "Police powers and public treatment"
PREV = "Preventing crime"
RESP = "Responding to the public"
INV = "Investigating crime"
PVP = "Protecting vulnerable people"
MO = "Managing offenders"
WORK = "Developing a positive workplace"
LFM = "Leadership and force management"
SOC = "Disrupting serious organised crime"
GUR = "Good use of resources"
CDI = "Recording data about crime"
VICTIMS = "Providing a service to victims of crime"
CP_LEAD = "Child protection leadership"
CP_PART = "Working with safeguarding partners"
CP_RESP = "Responding to children at risk of harm"
CP_RISK = "Assessing risk to children and making appropriate referrals"
CP_INV = "Investigating reports of abuse, neglect and exploitation of children"


class Doc:
    """A document's blocks and the gold records a careful analyst takes from
    it, written side by side. ``area`` is the section being written."""

    def __init__(self, force: str, framework: str, as_of: str | None) -> None:
        self.force, self.framework, self.as_of = force, framework, as_of
        self.blocks: list = []
        self.records: dict[str, list[dict]] = {t: [] for t in TYPES}
        self.area: str | None = None
        self.cause: str | None = None

    def add(self, *blocks) -> None:
        self.blocks.extend(blocks)

    def grade(self, area: str, raw: str, grade: str, evidence: str, find: str, *, framework: str | None = None,
              as_of: str | None | bool = True) -> None:
        self.records["grades"].append({
            "_find": find, "force": self.force, "framework": framework or self.framework, "area": area,
            "area_raw": raw, "grade": grade, "as_of": self.as_of if as_of is True else as_of, "evidence": evidence})

    def afi(self, text: str, detail: str | None = None, area: str | None = None) -> None:
        self.records["areas_for_improvement"].append(
            {"_find": text, "force": self.force, "area": area or self.area, "text": text, "detail": detail})

    def concern(self, text: str, detail: str | None = None, area: str | None = None) -> None:
        self.cause = text
        self.records["causes_of_concern"].append(
            {"_find": text, "force": self.force, "area": area or self.area, "text": text, "detail": detail})

    def recommendations(self, lead_in: str, timescale: str | None, items: list[str], *,
                        under_cause: bool = True) -> None:
        for item in items:
            self.records["recommendations"].append({
                "_find": item, "force": self.force, "cause_of_concern_text": self.cause if under_cause else None,
                "text": item, "timescale": timescale, "lead_in": lead_in})

    def finding(self, text: str, kind: str = "main_finding", area: str | None = None) -> None:
        self.records["findings"].append(
            {"_find": text, "force": self.force, "area": area or self.area, "kind": kind, "text": text})


# --- shared pieces ----------------------------------------------------------------------------------------

def blue(text: str) -> str:
    return "{" + HMI_BLUE + "|" + text + "}"


def chart_table(columns: dict[str, list[str]], *, one_row: bool = False) -> T:
    """The graded-judgments chart: a header row of the five grades in their
    colours, each area written under its grade (one area a row, or every
    area of a grade in one cell, a line each)."""
    header = tuple(f"**{g}**" for g in GRADES)
    fills = {(0, c): GRADE_COLOURS[g] for c, g in enumerate(GRADES)}
    if one_row:
        row = tuple(tuple(columns.get(g, [])) or "" for g in GRADES)
        return T(rows=(header, row), widths=(1,) * 5, fills=fills)
    depth = max(len(v) for v in columns.values())
    rows = [header] + [tuple(columns.get(g, [])[i] if i < len(columns.get(g, [])) else "" for g in GRADES)
                       for i in range(depth)]
    return T(rows=tuple(rows), widths=(1,) * 5, fills=fills)


def chart_grades(doc: Doc, columns: dict[str, list[str]], canonical: dict[str, str], find: str, **kw) -> None:
    for grade in GRADES:
        for raw in columns.get(grade, []):
            doc.grade(canonical[raw], raw, grade, f"{grade} | {raw}", find, **kw)


def box(*paragraphs: str, fill: str = BOX) -> T:
    return T(rows=((tuple(paragraphs),),), widths=(1,), fills={(0, 0): fill}, bordered=False)


def paras(*texts: str) -> str:
    return "\n\n".join(texts)


PEEL_2325_INTRO = ("Our inspection assessed how good {force} is in nine areas of policing. We make graded judgments "
                   "in eight of these nine areas as follows:")
PEEL_2325_VICTIMS = ("We also inspected how effective a service {force} gives to victims of crime. We don't make a "
                     "graded judgment in this area.")
PEEL_2325_SHORT = {
    PPPT: PPPT, "Preventing crime": PREV, RESP: RESP, INV: INV, PVP: PVP, "Managing offenders": MO,
    "Developing a positive workplace": WORK, LFM: LFM,
}


# --- 1. Durham: PEEL 2023-25 in HMICFRS's own PDF form ----------------------------------------------------

def durham() -> tuple[list, Doc, str, dict]:
    force = "Durham Constabulary"
    d = Doc(force, "PEEL 2023-25", "2025-02")
    look = PdfLook(footer="PEEL 2023–25: An inspection of Durham Constabulary")
    d.add(P(blue("**PEEL 2023–25**"), size=26), P(blue("**Police effectiveness, efficiency and legitimacy**"), size=16),
          P(blue("An inspection of Durham Constabulary"), size=16), P("February 2025", size=12), Break())
    d.add(H(blue("Contents")), T(rows=(("Overall summary", "1"), ("Leadership", "3"), ("Reducing crime assessment", "3"),
                                       (VICTIMS, "4"), (PPPT, "4"), ("Preventing and deterring crime and antisocial "
                                                                     "behaviour, and reducing vulnerability", "5"),
                                       (RESP, "5"), (INV, "6"), (PVP, "6"), ("Managing offenders and suspects", "7"),
                                       ("Building, supporting and protecting the workforce", "7"),
                                       ("Leadership and force management", "8")),
                                 widths=(6, 1), bordered=False), Break())
    d.add(H(blue("Overall summary")), H(blue("Our judgments"), 2),
          P(PEEL_2325_INTRO.format(force=force)))
    columns = {"Outstanding": [PREV], "Good": [PPPT, PVP, MO, LFM], "Adequate": [INV, WORK],
               "Requires improvement": [RESP]}
    d.add(chart_table(columns))
    chart_grades(d, columns, PEEL_2325_SHORT, "We make graded judgments in eight")
    d.add(P(PEEL_2325_VICTIMS.format(force=force)),
          P("We set out our detailed findings about things the force is doing well and where the force should "
            "improve in the rest of this report."),
          H(blue("Data in this report"), 3),
          P("For more information about the data in this report, please see the annex. Where we refer to the "
            "national average, this is the average of the 43 police forces in England and Wales."),
          H(blue("Important changes to PEEL"), 3),
          P("In 2014, we introduced our police effectiveness, efficiency and legitimacy (PEEL) inspections. In "
            "2023–25, we have made some changes to how we inspect: we assess more aspects of leadership and we "
            "no longer give a separate graded judgment for serious and organised crime in this report."))
    d.add(H(blue("Leadership")),
          P("Using the College of Policing leadership standards as a framework, in this section we set out the "
            "most important findings relating to the force's leadership at all levels."),
          P("The chief officer team has a clear vision for the force. Officers and staff understand the force's "
            "priorities and feel able to challenge decisions. The force has invested in training for sergeants "
            "and inspectors, and this is improving the supervision of investigations."),
          H(blue("Reducing crime assessment")),
          P("The reducing crime assessment sets out what Durham Constabulary is doing to reduce crime and how "
            "effective this action is. This assessment doesn't include police recorded crime figures."),
          P("The force has a strong problem-solving culture. Neighbourhood teams work with partners to tackle "
            "the causes of repeat demand, and the force evaluates what works."))
    d.area = VICTIMS
    d.add(H(blue(VICTIMS)), H(blue("Victim service assessment"), 2),
          P("This section of the report describes our assessment of the service Durham Constabulary provides to "
            "victims. As part of this assessment, we reviewed 130 case files. Although the victim service "
            "assessment is ungraded, it influences graded judgments in the other areas we have inspected."),
          H(blue("Main findings"), 3))
    vsa = ["The force answers emergency calls quickly, but too many non-emergency callers abandon their calls",
           "The force usually records crimes correctly when they are reported"]
    d.add(Bul(tuple(vsa)))
    for f in vsa:
        d.finding(f)

    def section(area: str, heading: str, grade: str, sentence: str) -> None:
        d.area = area
        d.add(H(blue(heading)), P("**{" + GRADE_COLOURS[grade] + "|" + grade + "}**", size=14), P(f"**{sentence}**"))

    def afi_box(text: str, *explanation: str) -> None:
        d.add(box("**Area for improvement**", text), *[P(e) for e in explanation])
        d.afi(text, paras(*explanation) if explanation else None)

    def findings(*pairs: tuple[str, str]) -> None:
        d.add(H(blue("Main findings"), 3))
        for statement, paragraph in pairs:
            d.add(P(f"**{statement}**"), P(paragraph))
            d.finding(statement)

    section(PPPT, PPPT, "Good", "Durham Constabulary is good at treating people fairly and respectfully and using "
                               "police powers appropriately.")
    findings(("The force uses its stop and search powers fairly",
              "Officers record reasonable grounds for almost all searches. Supervisors review every search record "
              "within a week."),
             ("The force has effective external scrutiny of its use of force",
              "A community panel reviews body-worn video footage each month and the force publishes the results."))
    section(PREV, "Preventing and deterring crime and antisocial behaviour, and reducing vulnerability", "Outstanding",
            "Durham Constabulary is outstanding at preventing and deterring crime and antisocial behaviour, and "
            "reducing vulnerability.")
    d.add(box("**Innovative practice**", "**The force runs a deferred prosecution scheme for young adults**",
              "The scheme offers people aged 18 to 24 who commit low-level offences a programme of support instead "
              "of prosecution. The force has evaluated it and found that reoffending has fallen."))
    d.finding("The force runs a deferred prosecution scheme for young adults", "innovative_practice")
    findings(("The force prioritises prevention and neighbourhood policing",
              "Neighbourhood officers are rarely taken away from their duties to cover other work."))
    section(RESP, RESP, "Requires improvement", "Durham Constabulary requires improvement at responding to the "
                                                "public.")
    afi_box("The force should make sure it answers non-emergency calls promptly and that callers who abandon their "
            "calls are called back.",
            "In the 12 months to March 2024, the force answered 62 percent of non-emergency calls within three "
            "minutes. Too many callers end their calls before they are answered, and the force doesn't always "
            "call them back to check they are safe.")
    afi_box("The force should make sure it attends incidents within its published attendance times.",
            "We found that the force attended priority incidents late in a third of the cases we reviewed. Victims "
            "weren't always told when officers would arrive.",
            "The force has recognised this and is reviewing its response shift pattern.")
    findings(("Call handlers identify vulnerable callers well",
              "Call handlers use a structured risk assessment and record repeat victims accurately."))
    section(INV, INV, "Adequate", "Durham Constabulary is adequate at investigating crime.")
    afi_box("The force should make sure that victim needs assessments are completed and that victims are updated "
            "in line with the Code of Practice for Victims of Crime.",
            "In 41 of the 101 relevant cases we reviewed, the force hadn't recorded a victim needs assessment.")
    findings(("Investigations are allocated to officers with the right skills",
              "The force's crime allocation policy is clear and supervisors follow it."))
    section(PVP, PVP, "Good", "Durham Constabulary is good at protecting vulnerable people.")
    findings(("The force works well with partners to safeguard vulnerable people",
              "The multi-agency safeguarding hub shares information quickly and makes good decisions."))
    section(MO, "Managing offenders and suspects", "Good", "Durham Constabulary is good at managing offenders and "
                                                           "suspects.")
    findings(("The force manages registered sex offenders effectively",
              "Offender managers complete risk assessments on time and visits are carried out as planned."))
    section(WORK, "Building, supporting and protecting the workforce", "Adequate",
            "Durham Constabulary is adequate at building, supporting and protecting its workforce.")
    afi_box("The force should make sure that its supervisors have enough time to support the well-being of "
            "their teams.",
            "Sergeants told us that their workloads leave little time for well-being conversations.")
    section(LFM, "Leadership and force management", "Good", "Durham Constabulary's leadership and force management "
                                                            "are good.")
    findings(("The force understands its demand and plans its resources well",
              "The force management statement is detailed and informs its annual planning."))
    docrec = {"doc_kind": "peel_report", "title": "PEEL 2023–25 Police effectiveness, efficiency and legitimacy "
              "An inspection of Durham Constabulary", "force": force, "organisation": None, "meeting_date": None,
              "publication_date": None}
    return [("peel-2023-25-durham.pdf", look)], d, "Durham Constabulary", docrec


# --- 2. Merseyside: PEEL 2023-25 as a Word document -------------------------------------------------------

def merseyside() -> tuple[list, Doc, str, dict]:
    force = "Merseyside Police"
    d = Doc(force, "PEEL 2023-25", "2024-10")
    d.add(P("**PEEL 2023–25**", size=22), P("**Police effectiveness, efficiency and legitimacy**", size=14),
          P("An inspection of Merseyside Police", size=14), P("Published: 3 October 2024"))
    d.add(H("Overall summary"), H("Our judgments", 2), P(PEEL_2325_INTRO.format(force=force)))
    columns = {"Good": [PREV, RESP, WORK], "Adequate": [PPPT, PVP, MO, LFM], "Requires improvement": [INV]}
    d.add(chart_table(columns))
    chart_grades(d, columns, PEEL_2325_SHORT, "")
    d.add(P(PEEL_2325_VICTIMS.format(force=force)),
          P("We set out our detailed findings about things the force is doing well and where the force should "
            "improve in the rest of this report."),
          H("Leadership"),
          P("The chief constable and the chief officer team provide clear direction. The force's change "
            "programme is well governed, but some of its benefits haven't yet been realised."))
    d.area = VICTIMS
    d.add(H(VICTIMS), H("Victim service assessment", 2),
          P("This section of the report describes our assessment of the service Merseyside Police provides to "
            "victims. Although the victim service assessment is ungraded, it influences graded judgments in the "
            "other areas we have inspected."))

    def section(area: str, heading: str, grade: str, sentence: str) -> None:
        d.area = area
        d.add(H(heading), P(f"**{grade}**"), P(sentence))

    def afis(*items: tuple[str, tuple[str, ...]]) -> None:
        d.add(H("Areas for improvement" if len(items) > 1 else "Area for improvement", 3))
        for text, explanation in items:
            d.add(P(f"**{text}**"), *[P(e) for e in explanation])
            d.afi(text, paras(*explanation) if explanation else None)

    def main_findings(*items: str) -> None:
        d.add(H("Main findings", 3), Bul(items))
        for item in items:
            d.finding(item)

    section(PPPT, PPPT, "Adequate", "Merseyside Police is adequate at police powers and public treatment.")
    afis(("The force should improve how it records the grounds for stop and search.",
          ("We reviewed 80 stop and search records. In 14 of them, the grounds recorded weren't reasonable.",)))
    main_findings("The force engages well with its communities",
                  "The force needs to improve how it monitors its use of Taser")
    section(PREV, "Preventing and deterring crime and antisocial behaviour, and reducing vulnerability", "Good",
            "Merseyside Police is good at preventing and deterring crime and antisocial behaviour, and reducing "
            "vulnerability.")
    d.add(H("Promising practice", 3), P("**Operation Shield: reducing knife crime with young people**"),
          P("The force works with schools and youth services to teach young people about the dangers of carrying "
            "knives. Since the programme began, knife possession offences among under-18s have fallen."))
    d.finding("Operation Shield: reducing knife crime with young people", "promising_practice")
    main_findings("The force prioritises the prevention of crime and antisocial behaviour")
    section(RESP, RESP, "Good", "Merseyside Police is good at responding to the public.")
    main_findings("The force answers emergency calls quickly", "Call handlers identify repeat and vulnerable callers")
    section(INV, INV, "Requires improvement", "Merseyside Police requires improvement at investigating crime.")
    afis(("The force should make sure that investigations are effectively supervised.",
          ("Supervisors had reviewed only half of the investigations we examined.",
           "Where supervisors had reviewed investigations, they didn't always set clear lines of enquiry.")),
         ("The force should make sure it achieves appropriate outcomes for victims.",
          ("The force doesn't always record why a victim withdrew support for an investigation.",)))
    main_findings("The force has too few detectives to meet its investigative demand")
    section(PVP, PVP, "Adequate", "Merseyside Police is adequate at protecting vulnerable people.")
    afis(("The force should improve its response to missing children.",
          ("Risk assessments for missing children didn't always consider the risk of exploitation.",)))
    section(MO, "Managing offenders and suspects", "Adequate", "Merseyside Police is adequate at managing "
                                                               "offenders and suspects.")
    afis(("The force should make sure it arrests wanted suspects promptly.", ()))
    section(WORK, "Building, supporting and protecting the workforce", "Good",
            "Merseyside Police is good at building, supporting and protecting its workforce.")
    main_findings("The force supports the well-being of its officers and staff")
    section(LFM, "Leadership and force management", "Adequate", "Merseyside Police is adequate at leadership and "
                                                                "force management.")
    afis(("The force should make sure it understands the demand it faces and has the resources to meet it.",
          ("The force hasn't yet completed a review of the demand on its investigation teams.",)))
    docrec = {"doc_kind": "peel_report", "title": "PEEL 2023–25 Police effectiveness, efficiency and legitimacy "
              "An inspection of Merseyside Police", "force": force, "organisation": None, "meeting_date": None,
              "publication_date": "2024-10-03"}
    return [("peel-2023-25-merseyside.docx", None)], d, force, docrec


# --- 3. Cheshire: PEEL 2023-25, chart in one row, bulleted AFIs, a cause of concern ----------------------

def cheshire() -> tuple[list, Doc, str, dict]:
    force = "Cheshire Constabulary"
    d = Doc(force, "PEEL 2023-25", "2025-01")
    look = PdfLook(header="PEEL 2023–25 – Cheshire Constabulary", footer="HMICFRS")
    d.add(P("**PEEL 2023–25**", size=24), P("**Police effectiveness, efficiency and legitimacy**", size=15),
          P("**An inspection of Cheshire Constabulary**", size=15), P("January 2025"), Break())
    d.add(H("Overall summary"), H("Our judgments", 2), P(PEEL_2325_INTRO.format(force="Cheshire Constabulary")))
    columns = {"Good": [PPPT, MO, WORK], "Adequate": [PREV, RESP, LFM], "Requires improvement": [PVP],
               "Inadequate": [INV]}
    d.add(chart_table(columns, one_row=True))
    chart_grades(d, columns, PEEL_2325_SHORT, "We make graded judgments in eight")
    d.add(P(PEEL_2325_VICTIMS.format(force="Cheshire Constabulary")),
          H("HM Inspector's observations", 2),
          P("I have concerns about how the constabulary investigates crime. In particular, investigations aren't "
            "always supervised well enough, and the constabulary needs to do more to achieve good outcomes for "
            "victims."),
          P("The constabulary has improved how it treats the public since our last inspection."))

    def section(area: str, heading: str, grade: str, sentence: str) -> None:
        d.area = area
        d.add(H(heading), P(f"**Grade: {grade}**"), H(sentence, 3))

    def afis(*items: str) -> None:
        d.add(H("Areas for improvement" if len(items) > 1 else "Area for improvement", 3), Bul(items))
        for item in items:
            d.afi(item)

    def main_findings(*items: str) -> None:
        d.add(H("Main findings", 3), Bul(items))
        for item in items:
            d.finding(item)

    section(PPPT, "Police powers and treating the public fairly and respectfully", "Good",
            "Cheshire Constabulary is good at using police powers and treating people fairly and respectfully.")
    main_findings("The constabulary uses stop and search fairly", "The constabulary records its use of force well")
    section(PREV, "Preventing and deterring crime and antisocial behaviour, and reducing vulnerability", "Adequate",
            "Cheshire Constabulary is adequate at prevention and deterrence.")
    afis("The constabulary should evaluate its problem-solving plans so that it knows which tactics work")
    section(RESP, RESP, "Adequate", "Cheshire Constabulary is adequate at responding to the public.")
    afis("The constabulary should make sure that call handlers give callers advice on preserving evidence",
         "The constabulary should make sure it identifies repeat callers")
    section(INV, INV, "Inadequate", "Cheshire Constabulary is inadequate at investigating crime.")
    d.add(H("Cause of concern", 3),
          P("**Cheshire Constabulary doesn't supervise investigations well enough, and too many victims don't get "
            "the outcome they should.**"),
          P("In 38 of the 120 investigations we reviewed, there was no record of a supervisor's review. Lines of "
            "enquiry were missed and evidence was lost."),
          P("This means that victims don't always receive the service they deserve."))
    d.concern("Cheshire Constabulary doesn't supervise investigations well enough, and too many victims don't get "
              "the outcome they should.",
              paras("In 38 of the 120 investigations we reviewed, there was no record of a supervisor's review. "
                    "Lines of enquiry were missed and evidence was lost.",
                    "This means that victims don't always receive the service they deserve."))
    lead = "Within six months, Cheshire Constabulary should:"
    recs = ["make sure that supervisors review investigations regularly and set clear lines of enquiry;",
            "make sure that it records and meets the needs of victims; and",
            "make sure it records the correct outcome for every investigation."]
    d.add(H("Recommendation", 3), P(lead), Bul(tuple(recs)))
    d.recommendations(lead, "Within six months", recs)
    afis("The constabulary should make sure that it completes victim needs assessments")
    main_findings("The constabulary doesn't have enough trained detectives")
    section(PVP, PVP, "Requires improvement", "Cheshire Constabulary requires improvement at protecting "
                                              "vulnerable people.")
    afis("The constabulary should improve its initial response to domestic abuse incidents",
         "The constabulary should make sure it shares information with safeguarding partners without delay")
    section(MO, "Managing offenders and suspects", "Good", "Cheshire Constabulary is good at managing offenders "
                                                           "and suspects.")
    main_findings("The constabulary pursues wanted suspects effectively")
    section(WORK, "Building, supporting and protecting the workforce", "Good",
            "Cheshire Constabulary is good at building, supporting and protecting the workforce.")
    d.add(H("Promising practice", 3), Bul(("The constabulary runs a peer support network for officers who attend "
                                           "traumatic incidents",)))
    d.finding("The constabulary runs a peer support network for officers who attend traumatic incidents",
              "promising_practice")
    section(LFM, "Leadership and force management", "Adequate", "Cheshire Constabulary's leadership and "
                                                                "management is adequate.")
    afis("The constabulary should make sure its operating model allows it to meet its investigative demand")
    docrec = {"doc_kind": "peel_report", "title": "PEEL 2023–25 Police effectiveness, efficiency and legitimacy "
              "An inspection of Cheshire Constabulary", "force": force, "organisation": None, "meeting_date": None,
              "publication_date": None}
    return [("peel-2023-25-cheshire.pdf", look)], d, force, docrec


# --- 4. Cumbria: PEEL 2021/22 ------------------------------------------------------------------------------

PEEL_2122_SHORT = {
    "Engaging with and treating the public with fairness and respect": PPPT,
    "Preventing crime and anti-social behaviour": PREV, RESP: RESP, INV: INV, PVP: PVP,
    "Managing offenders and suspects": MO, "Disrupting serious organised crime": SOC,
    "Building, supporting and protecting the workforce": WORK, "Good use of resources": GUR,
    "Recording data about crime": CDI,
}


def cumbria() -> tuple[list, Doc, str, dict]:
    force = "Cumbria Constabulary"
    d = Doc(force, "PEEL 2021/22", "2022-10")
    look = PdfLook(footer="PEEL 2021/22 – Cumbria Constabulary")
    d.add(P(blue("**PEEL 2021/22**"), size=24), P(blue("**Police effectiveness, efficiency and legitimacy**"), size=15),
          P(blue("An inspection of Cumbria Constabulary"), size=15), P("October 2022"), Break())
    d.add(H(blue("Overall summary")), H(blue("Our judgments"), 2),
          P("Our inspection assessed how good Cumbria Constabulary is in ten areas of policing. We make graded "
            "judgments in nine of these ten areas as follows:"))
    columns = {"Good": ["Recording data about crime", "Engaging with and treating the public with fairness and respect",
                        "Preventing crime and anti-social behaviour", "Managing offenders and suspects"],
               "Adequate": [INV, PVP, "Disrupting serious organised crime", "Good use of resources"],
               "Requires improvement": [RESP, "Building, supporting and protecting the workforce"]}
    d.add(chart_table(columns))
    chart_grades(d, columns, PEEL_2122_SHORT, "We make graded judgments in nine")
    d.add(P("We also inspected how effective a service Cumbria Constabulary gives to victims of crime. We don't "
            "make a graded judgment in this area."),
          H(blue("HM Inspector's observations"), 2),
          P("I am satisfied with some aspects of the constabulary's performance, but there are areas where it "
            "needs to improve. The constabulary needs to answer calls from the public more quickly."))
    d.area = VICTIMS
    d.add(H(blue(VICTIMS)), P("We assess the service the constabulary provides to victims, from the point of "
                              "reporting a crime through to the outcome. This assessment is ungraded."))

    def section(area: str, heading: str, grade: str, sentence: str) -> None:
        d.area = area
        d.add(H(blue(heading)), P("**{" + GRADE_COLOURS[grade] + "|" + grade + "}**", size=13), P(sentence))

    def afis(*items: str) -> None:
        d.add(H(blue("Areas for improvement"), 3), Bul(items))
        for item in items:
            d.afi(item)

    section(CDI, "Recording data about crime", "Good", "Cumbria Constabulary is good at recording crime.")
    section(PPPT, "Engaging with and treating the public with fairness and respect", "Good",
            "Cumbria Constabulary is good at treating the public fairly and respectfully.")
    afis("The constabulary should improve how it records the ethnicity of people it stops and searches.")
    section(PREV, "Preventing crime and anti-social behaviour", "Good",
            "Cumbria Constabulary is good at preventing crime and anti-social behaviour.")
    d.add(H(blue("Innovative practice"), 3),
          P("**Rural crime volunteers patrol farms with neighbourhood officers**"),
          P("The constabulary trains volunteers to support its rural crime team, which has improved the "
            "reporting of farm thefts."))
    d.finding("Rural crime volunteers patrol farms with neighbourhood officers", "innovative_practice")
    section(RESP, RESP, "Requires improvement", "Cumbria Constabulary requires improvement at responding to the "
                                                "public.")
    d.add(H(blue("Cause of concern"), 3),
          P("**Cumbria Constabulary isn't answering emergency and non-emergency calls quickly enough. This means "
            "that it may not identify vulnerable callers or respond to them promptly.**"))
    d.concern("Cumbria Constabulary isn't answering emergency and non-emergency calls quickly enough. This means "
              "that it may not identify vulnerable callers or respond to them promptly.")
    lead = "Within three months, the constabulary should:"
    recs = ["review its call-handling arrangements so that it can answer calls within national standards;",
            "make sure that callers who abandon their calls are called back; and",
            "make sure that call handlers identify vulnerable callers."]
    d.add(H(blue("Recommendations"), 3), P(lead), Bul(tuple(recs)))
    d.recommendations(lead, "Within three months", recs)
    afis("The constabulary should make sure it attends incidents within its target times.")
    section(INV, INV, "Adequate", "Cumbria Constabulary is adequate at investigating crime.")
    afis("The constabulary should make sure that investigations are supervised.",
         "The constabulary should record victims' decisions not to support investigations.")
    section(PVP, PVP, "Adequate", "Cumbria Constabulary is adequate at protecting vulnerable people.")
    section(MO, "Managing offenders and suspects", "Good", "Cumbria Constabulary is good at managing offenders "
                                                           "and suspects.")
    section(SOC, "Disrupting serious organised crime", "Adequate",
            "Cumbria Constabulary is adequate at tackling serious and organised crime.")
    afis("The constabulary should make sure that it assesses the impact of its activity against organised crime "
         "groups.")
    section(WORK, "Building, supporting and protecting the workforce", "Requires improvement",
            "Cumbria Constabulary requires improvement at building, supporting and protecting the workforce.")
    afis("The constabulary should make sure that it understands the well-being needs of its workforce.",
         "The constabulary should improve the way it develops its first-line supervisors.")
    section(GUR, "Strategic planning, organisational management and value for money", "Adequate",
            "Cumbria Constabulary is adequate at making good use of its resources.")
    docrec = {"doc_kind": "peel_report", "title": "PEEL 2021/22 Police effectiveness, efficiency and legitimacy "
              "An inspection of Cumbria Constabulary", "force": force, "organisation": None, "meeting_date": None,
              "publication_date": None}
    return [("peel-2021-22-cumbria.pdf", look)], d, force, docrec


# --- 5. South Wales: PEEL 2021/22 with headed AFIs and boxed recommendations ------------------------------

def south_wales() -> tuple[list, Doc, str, dict]:
    force = "South Wales Police"
    d = Doc(force, "PEEL 2021/22", "2022-09")
    look = PdfLook(footer="PEEL 2021/22: South Wales Police")
    d.add(P("**PEEL 2021/22**", size=24), P("**Police effectiveness, efficiency and legitimacy**", size=15),
          P("**An inspection of South Wales Police**", size=15), P("September 2022"), Break())
    d.add(H("Overall summary"), H("Our judgments", 2),
          P("Our inspection assessed how good South Wales Police is in ten areas of policing. We make graded "
            "judgments in nine of these ten areas as follows:"))
    columns = {"Outstanding": ["Engaging with and treating the public with fairness and respect"],
               "Good": ["Recording data about crime", "Preventing crime and anti-social behaviour",
                        "Disrupting serious organised crime", "Good use of resources",
                        "Building, supporting and protecting the workforce"],
               "Adequate": ["Managing offenders and suspects", RESP],
               "Requires improvement": [INV],
               "Inadequate": [PVP]}
    d.add(chart_table(columns))
    chart_grades(d, columns, PEEL_2122_SHORT, "We make graded judgments in nine")
    d.add(P("We also inspected how effective a service South Wales Police gives to victims of crime. We don't "
            "make a graded judgment in this area."))

    def section(area: str, heading: str, grade: str, sentence: str) -> None:
        d.area = area
        d.add(H(heading), P(f"**{grade}**"), P(sentence))

    def afi(text: str, *explanation: str) -> None:
        d.add(P(f"**{text}**"), *[P(e) for e in explanation])
        d.afi(text, paras(*explanation) if explanation else None)

    def cause(text: str, explanation: str, lead: str, timescale: str, recs: list[str]) -> None:
        d.add(H("Cause of concern", 3), P(f"**{text}**"), P(explanation),
              box("**Recommendations**", lead, Bul(tuple(recs))))
        d.concern(text, explanation)
        d.recommendations(lead, timescale, recs)

    section(PPPT, "Engaging with and treating the public with fairness and respect", "Outstanding",
            "South Wales Police is outstanding at treating the public with fairness and respect.")
    section(PREV, "Preventing crime and anti-social behaviour", "Good",
            "South Wales Police is good at preventing crime and anti-social behaviour.")
    section(RESP, RESP, "Adequate", "South Wales Police is adequate at responding to the public.")
    d.add(H("Area for improvement", 3))
    afi("The force should make sure that its response to incidents is in line with the risk assessed.",
        "We found that some incidents were downgraded without a recorded reason.")
    section(INV, INV, "Requires improvement", "South Wales Police requires improvement at investigating crime.")
    cause("The force needs to improve the standard of its investigations so that victims get the service they "
          "deserve.",
          "Too many investigations we reviewed weren't planned or supervised, and evidence was missed.",
          "Within six months, the force should:", "Within six months",
          ["make sure that investigations are allocated to officers with the right skills;",
           "make sure that supervisors review investigations and direct them; and",
           "make sure that it complies with the Code of Practice for Victims of Crime."])
    d.add(H("Areas for improvement", 3))
    afi("The force should make sure it uses out-of-court disposals appropriately.",
        "Some disposals were given without the victim's views being recorded.")
    afi("The force should make sure its digital forensic backlog doesn't delay investigations.")
    section(PVP, PVP, "Inadequate", "South Wales Police is inadequate at protecting vulnerable people.")
    cause("The force doesn't respond to missing children in a way that keeps them safe.",
          "Risk assessments of missing children were often wrong, and officers didn't always search promptly.",
          "With immediate effect, the force should:", "With immediate effect",
          ["make sure that it assesses the risk to missing children accurately;",
           "make sure that supervisors oversee every missing child investigation."])
    section(MO, "Managing offenders and suspects", "Adequate", "South Wales Police is adequate at managing "
                                                               "offenders and suspects.")
    d.add(H("Area for improvement", 3))
    afi("The force should make sure it manages registered sex offenders in line with national guidance.")
    section(SOC, "Disrupting serious organised crime", "Good", "South Wales Police is good at disrupting serious "
                                                               "organised crime.")
    section(WORK, "Building, supporting and protecting the workforce", "Good",
            "South Wales Police is good at building, supporting and protecting the workforce.")
    section(GUR, "Strategic planning, organisational management and value for money", "Good",
            "South Wales Police is good at planning and managing its organisation efficiently.")
    section(CDI, "Recording data about crime", "Good", "South Wales Police is good at recording crime.")
    docrec = {"doc_kind": "peel_report", "title": "PEEL 2021/22 Police effectiveness, efficiency and legitimacy "
              "An inspection of South Wales Police", "force": force, "organisation": None, "meeting_date": None,
              "publication_date": None}
    return [("peel-2021-22-south-wales.pdf", look)], d, force, docrec


# --- 6. North Wales: national child protection inspection (PDF) -------------------------------------------

CP_SHORT = {"Leadership and management": CP_LEAD, "Working with safeguarding partners": CP_PART,
            "Responding to children at risk of harm": CP_RESP, CP_RISK: CP_RISK, CP_INV: CP_INV}


def north_wales() -> tuple[list, Doc, str, dict]:
    force = "North Wales Police"
    d = Doc(force, "Child protection", "2024-11")
    look = PdfLook(footer="National child protection inspection: North Wales Police")
    d.add(P(blue("**National child protection inspection**"), size=22), P(blue("**North Wales Police**"), size=16),
          P("November 2024"), Break())
    d.add(H(blue("Summary")), H(blue("Our judgments"), 2),
          P("We assessed how well North Wales Police protects children in five areas. Our judgments are as "
            "follows:"))
    columns = {"Good": ["Working with safeguarding partners"],
               "Adequate": ["Leadership and management", CP_RISK],
               "Requires improvement": [CP_INV], "Inadequate": ["Responding to children at risk of harm"]}
    d.add(chart_table(columns))
    chart_grades(d, columns, CP_SHORT, "Our judgments are as follows")

    def section(area: str, heading: str, sentence: str) -> None:
        d.area = area
        d.add(H(blue(heading)), P(sentence))

    def headed(label: str, text: str, *explanation: str, concern: bool = False) -> None:
        d.add(H(blue(label), 3), P(f"***{text}***"), *[P(e) for e in explanation])
        (d.concern if concern else d.afi)(text, paras(*explanation) if explanation else None)

    def main_findings(*items: str) -> None:
        d.add(H(blue("Main findings"), 3), Bul(items))
        for item in items:
            d.finding(item)

    section(CP_LEAD, "Leadership and management", "North Wales Police is adequate at leadership and management.")
    headed("Area for improvement", "The force needs to make sure its performance data helps leaders understand the "
           "experiences of children",
           "Leaders receive a lot of data, but little of it tells them about the quality of the service children "
           "receive.")
    main_findings("Chief officers have made child protection a priority")
    section(CP_PART, "Working with safeguarding partners", "North Wales Police is good at working with safeguarding "
                                                           "partners.")
    main_findings("The force contributes well to the regional safeguarding board")
    section(CP_RESP, "Responding to children at risk of harm", "North Wales Police is inadequate at responding to "
                                                               "children at risk of harm.")
    headed("Cause of concern", "The force doesn't always recognise the risks to children who go missing, and its "
           "response is often too slow",
           "In seven of the ten missing children cases we reviewed, the risk was graded too low.",
           "Officers didn't always search for children promptly, and prevention interviews were poor.",
           concern=True)
    lead1 = "With immediate effect, North Wales Police should make sure that:"
    recs1 = ["risk assessments for missing children consider all available information, including the risk of "
             "exploitation;",
             "it responds to missing children in line with the risk; and",
             "supervisors oversee the response to every missing child."]
    lead2 = "Within six months, North Wales Police should:"
    recs2 = ["train its control room staff in assessing the risks to missing children."]
    d.add(H(blue("Recommendations"), 3), P(lead1), Bul(tuple(recs1)), P(lead2), Bul(tuple(recs2)))
    d.recommendations(lead1, "With immediate effect", recs1)
    d.recommendations(lead2, "Within six months", recs2)
    main_findings("Control room staff use research to identify risks to children",
                  "The force's response to missing children is frequently poor")
    section(CP_RISK, CP_RISK, "North Wales Police is adequate at assessing risk to children and making appropriate "
                              "referrals.")
    d.add(H(blue("Areas for improvement"), 3))
    for text, explanation in (
            ("The force needs to make sure officers record the voice of the child",
             "Officers recorded the child's views in only 21 of the 45 referrals we reviewed."),
            ("The force needs to improve the timeliness of its referrals to children's social care",
             "Some referrals took more than a week to reach partner agencies.")):
        d.add(P(f"***{text}***"), P(explanation))
        d.afi(text, explanation)
    section(CP_INV, CP_INV, "North Wales Police requires improvement at investigating reports of abuse, neglect and "
                            "exploitation of children.")
    headed("Area for improvement", "The force needs to improve how it investigates online child sexual abuse",
           "Frontline officers didn't always seize devices or seek specialist advice.")
    main_findings("Specialist teams carry out good child protection investigations")
    d.add(H(blue("Next steps")),
          P("Within eight weeks of this report's publication, North Wales Police should tell us in writing how it "
            "has addressed or intends to address the causes of concern, recommendations and areas for improvement "
            "specified."))
    docrec = {"doc_kind": "child_protection_report", "title": "National child protection inspection North Wales "
              "Police", "force": force, "organisation": None, "meeting_date": None, "publication_date": None}
    return [("ncpi-north-wales.pdf", look)], d, force, docrec


# --- 7. Suffolk: national child protection inspection as a Word document ----------------------------------

def suffolk() -> tuple[list, Doc, str, dict]:
    force = "Suffolk Constabulary"
    d = Doc(force, "Child protection", "2025-03")
    d.add(P("**National child protection inspection: Suffolk Constabulary**", size=20),
          P("Published: 11 March 2025"), H("Introduction"),
          P("We inspected how well Suffolk Constabulary protects children at risk of harm. We assessed the "
            "constabulary in five areas and graded each of them."))

    def section(area: str, heading: str, grade: str, sentence: str) -> None:
        d.area = area
        d.add(H(heading), P(sentence))
        d.grade(area, heading, grade, sentence, "")

    section(CP_LEAD, "Leadership and management", "Good",
            "Suffolk Constabulary is good at leadership and management.")
    d.add(H("Main findings", 3), Bul(("Leaders have a clear understanding of child protection demand",)))
    d.finding("Leaders have a clear understanding of child protection demand")
    section(CP_PART, "Working with safeguarding partners", "Adequate",
            "Suffolk Constabulary is adequate at working with safeguarding partners.")
    d.add(H("Area for improvement", 2),
          P("***The constabulary needs to make sure it attends strategy meetings when children are at risk***"),
          P("The constabulary wasn't represented at 9 of the 30 strategy meetings we reviewed."))
    d.afi("The constabulary needs to make sure it attends strategy meetings when children are at risk",
          "The constabulary wasn't represented at 9 of the 30 strategy meetings we reviewed.")
    section(CP_RESP, "Responding to children at risk of harm", "Requires improvement",
            "Suffolk Constabulary requires improvement at responding to children at risk of harm.")
    d.add(H("Cause of concern", 2),
          P("***The constabulary's initial response to domestic abuse incidents doesn't always protect the children "
            "involved***"),
          P("Officers attending domestic abuse incidents didn't always speak to the children present or record "
            "their views."))
    d.concern("The constabulary's initial response to domestic abuse incidents doesn't always protect the children "
              "involved",
              "Officers attending domestic abuse incidents didn't always speak to the children present or record "
              "their views.")
    lead = "Within six months, Suffolk Constabulary should make sure that:"
    recs = ["officers speak to and record the views of children at domestic abuse incidents;",
            "it shares information about these children with safeguarding partners promptly."]
    d.add(H("Recommendations", 3), P(lead), Bul(tuple(recs)))
    d.recommendations(lead, "Within six months", recs)
    section(CP_RISK, CP_RISK, "Adequate",
            "Suffolk Constabulary is adequate at assessing risk to children and making appropriate referrals.")
    section(CP_INV, CP_INV, "Adequate",
            "Suffolk Constabulary is adequate at investigating reports of abuse, neglect and exploitation of "
            "children.")
    d.add(H("Area for improvement", 2),
          P("***The constabulary needs to make sure that child abuse investigations are supervised effectively***"),
          P("Supervisors' reviews didn't always direct the investigation."))
    d.afi("The constabulary needs to make sure that child abuse investigations are supervised effectively",
          "Supervisors' reviews didn't always direct the investigation.")
    docrec = {"doc_kind": "child_protection_report", "title": "National child protection inspection: Suffolk "
              "Constabulary", "force": force, "organisation": None, "meeting_date": None,
              "publication_date": "2025-03-11"}
    return [("ncpi-suffolk.docx", None)], d, force, docrec


# --- 8. Hampshire and Isle of Wight: a PCC's section 55 response (Word) ------------------------------------

def hampshire() -> tuple[list, Doc, str, dict]:
    force = "Hampshire and Isle of Wight Constabulary"
    d = Doc(force, "PEEL 2023-25", "2024-09")
    d.add(P("**Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight**"),
          H("Police and Crime Commissioner’s response to the HMICFRS PEEL 2023–25 inspection of Hampshire and Isle "
            "of Wight Constabulary"),
          P("Date: 25 October 2024"),
          P("Section 55 of the Police Act 1996 requires me to publish my comments on every HMICFRS report about "
            "the constabulary. This is my response to the PEEL 2023–25 report, published on 12 September 2024."),
          P("I welcome the report. HMICFRS graded the constabulary as follows:"))
    grades = [(PPPT, "Good"), ("Preventing crime", "Good"), (RESP, "Adequate"), (INV, "Requires improvement"),
              (PVP, "Adequate"), ("Managing offenders", "Good"), ("Developing a positive workplace", "Adequate"),
              (LFM, "Adequate")]
    d.add(T(rows=(("Area of policing", "Grade"),) + tuple(grades), widths=(3, 2), header_rows=1))
    for raw, grade in grades:
        d.grade(PEEL_2325_SHORT[raw], raw, grade, f"{raw} | {grade}", "")
    d.add(P("I have asked the Chief Constable for his response to each area for improvement and will monitor "
            "progress at my Performance and Accountability Board."),
          H("Areas for improvement", 2))
    afis = [(RESP, "The constabulary should make sure it answers non-emergency calls within its target time.",
             "A new call-handling model was introduced in July 2024. Non-emergency answer times have improved."),
            (INV, "The constabulary should make sure that investigations are supervised and victims are kept "
                  "informed.",
             "Supervision standards have been reissued and compliance is audited monthly."),
            (INV, "The constabulary should make sure it records victim needs assessments.",
             "The records management system now prompts officers to complete the assessment."),
            (PVP, "The constabulary should improve how it manages the risks posed by registered sex offenders.",
             "Additional offender managers have been recruited."),
            (WORK, "The constabulary should make sure its first-line supervisors have the training they need.",
             "A new sergeants' development programme starts in January 2025.")]
    rows = [("Area", "HMICFRS area for improvement", "Force response")]
    for area, text, response in afis:
        label = next(raw for raw, _ in grades if PEEL_2325_SHORT[raw] == area)
        rows.append((label, text, response))
        d.afi(text, area=area)
    d.add(T(rows=tuple(rows), widths=(2, 4, 4), header_rows=1))
    d.add(H("Cause of concern", 2),
          P("HMICFRS identified one cause of concern in investigating crime:"),
          P("**The constabulary doesn't have enough investigators to meet its demand, and this is affecting the "
            "quality of its investigations.**"))
    d.concern("The constabulary doesn't have enough investigators to meet its demand, and this is affecting the "
              "quality of its investigations.", area=INV)
    lead = "Within six months, the constabulary should:"
    recs = ["make sure it has enough trained investigators to meet its demand;",
            "make sure that investigations are allocated according to their complexity."]
    d.add(P("HMICFRS recommended:"), P(lead), Bul(tuple(recs)),
          P("**Force response:** A detective recruitment campaign has added 60 investigators since April 2024."),
          P("I will continue to hold the Chief Constable to account for this work."),
          P("Police and Crime Commissioner for Hampshire and the Isle of Wight"))
    d.recommendations(lead, "Within six months", recs)
    docrec = {"doc_kind": "force_response", "title": "Police and Crime Commissioner’s response to the HMICFRS PEEL "
              "2023–25 inspection of Hampshire and Isle of Wight Constabulary", "force": force,
              "organisation": "Police and Crime Commissioner for Hampshire and the Isle of Wight",
              "meeting_date": None, "publication_date": "2024-10-25"}
    return [("response-hampshire-peel.docx", None)], d, force, docrec


# --- 9. Wiltshire: a scrutiny pack quoting a PEEL report (PDF) --------------------------------------------

def wiltshire() -> tuple[list, Doc, str, dict]:
    force = "Wiltshire Police"
    d = Doc(force, "PEEL 2023-25", "2025-04")
    look = PdfLook(footer="Commissioner's Monitoring Board – 11 June 2025")
    d.add(P("**Police and Crime Commissioner for Wiltshire and Swindon**", size=14),
          H("Commissioner's Monitoring Board"), P("**Date: Wednesday 11 June 2025**"),
          P("**Time: 10:00 – 12:00**"), P("**Venue: Police Headquarters, Devizes**"),
          H("Agenda", 2),
          T(rows=(("**Item**", "**Title**", "**Lead**"), ("1.", "Apologies and introductions", "PCC"),
                  ("2.", "Notes and actions of the previous meeting", "OPCC"),
                  ("3.", "HMICFRS PEEL 2023–25 inspection report", "Deputy Chief Constable"),
                  ("4.", "Any other business", "PCC")), widths=(1, 6, 3)), Break())
    d.add(H("HMICFRS PEEL Inspection 2023–25"),
          T(rows=(("**Report Title:**", "HMICFRS PEEL 2023–25 inspection of Wiltshire Police"),
                  ("**Meeting Date:**", "11 June 2025"), ("**Report Author:**", "Head of Performance, OPCC")),
            widths=(2, 5)),
          H("Background", 2),
          P("HMICFRS published its PEEL 2023–25 report on Wiltshire Police in April 2025. The report assessed how "
            "good the force is in nine areas of policing. HMICFRS graded eight of these as follows:"))
    columns = {"Good": [PPPT, MO], "Adequate": [PREV, PVP, WORK, LFM], "Requires improvement": [RESP, INV]}
    d.add(chart_table(columns))
    chart_grades(d, columns, PEEL_2325_SHORT, "HMICFRS graded eight of these")
    d.add(P("HMICFRS also inspected how effective a service Wiltshire Police gives to victims of crime. HMICFRS do "
            "not make a graded judgment for this area."),
          P("In its previous inspection (PEEL 2021/22, published in July 2022) the force was graded as follows:"))
    earlier = {"Good": ["Recording data about crime", "Managing offenders and suspects"],
               "Adequate": ["Engaging with and treating the public with fairness and respect",
                            "Preventing crime and anti-social behaviour", "Disrupting serious organised crime",
                            "Good use of resources"],
               "Requires improvement": [RESP, INV, PVP, "Building, supporting and protecting the workforce"]}
    d.add(chart_table(earlier))
    chart_grades(d, earlier, PEEL_2122_SHORT, "In its previous inspection", framework="PEEL 2021/22",
                 as_of="2022-07")
    d.add(Break())

    def section(area: str, heading: str, grade: str, sentence: str) -> None:
        d.area = area
        d.add(H(heading, 2), P(f"**Grade: {grade}**"), P(f"**{sentence}**"))

    def afis(*items: str) -> None:
        d.add(P("**Areas for improvement:**"), Bul(items))
        for item in items:
            d.afi(item)

    def main_findings(*items: str) -> None:
        d.add(P("**Main findings:**"), Bul(items))
        for item in items:
            d.finding(item)

    section(PPPT, "Police powers and treating the public fairly and respectfully", "Good",
            "Wiltshire Police is good at using police powers and treating people fairly and respectfully.")
    main_findings("The force trains its officers to communicate respectfully with the public",
                  "The force has effective external scrutiny of stop and search")
    section(PREV, "Preventing and deterring crime and antisocial behaviour, and reducing vulnerability",
            "Adequate", "Wiltshire Police is adequate at prevention and deterrence.")
    afis("Wiltshire Police should make sure that neighbourhood officers have time for problem-solving")
    section(RESP, RESP, "Requires improvement", "Wiltshire Police requires improvement at responding to the "
                                                "public.")
    afis("Wiltshire Police should answer emergency calls within the national standard",
         "Wiltshire Police needs to make sure it records the vulnerability of callers on incident logs")
    main_findings("The force doesn't answer enough emergency calls within ten seconds")
    section(INV, INV, "Requires improvement", "Wiltshire Police requires improvement at investigating crime.")
    afis("Wiltshire Police should make sure investigations are allocated to officers with the right skills",
         "Wiltshire Police should improve the supervision of investigations")
    section(PVP, PVP, "Adequate", "Wiltshire Police is adequate at protecting vulnerable people.")
    d.add(P("**Promising practice:**"), P("Wiltshire Police has a dedicated team that reviews every child protection "
                                          "referral within 24 hours"))
    d.finding("Wiltshire Police has a dedicated team that reviews every child protection referral within 24 hours",
              "promising_practice")
    section(MO, "Managing offenders and suspects", "Good", "Wiltshire Police is good at managing offenders and "
                                                           "suspects.")
    main_findings("The force manages the risk posed by sex offenders effectively")
    section(WORK, "Building, supporting and protecting the workforce", "Adequate",
            "Wiltshire Police is adequate at building, supporting and protecting the workforce.")
    afis("Wiltshire Police should make sure it understands why officers leave the force")
    section(LFM, "Leadership and force management", "Adequate", "Wiltshire Police's leadership and management is "
                                                                "adequate.")
    afis("Wiltshire Police should make sure its change programme has clear benefits and is evaluated")
    d.add(H("Questions for the Chief Constable", 2),
          Bul(("What progress has the force made against each area for improvement?",
               "When does the force expect to see improvement in emergency call answering?")))
    docrec = {"doc_kind": "scrutiny_pack", "title": "Commissioner's Monitoring Board", "force": force,
              "organisation": "Police and Crime Commissioner for Wiltshire and Swindon", "meeting_date": "2025-06-11",
              "publication_date": None}
    return [("wiltshire-pcc-cmb-2025-06-11.pdf", look)], d, force, docrec


# --- 10. Leicestershire: a PCC board paper quoting the report (Word) --------------------------------------

def leicestershire() -> tuple[list, Doc, str, dict]:
    force = "Leicestershire Police"
    d = Doc(force, "PEEL 2023-25", "2025-01")
    d.add(P("**Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland**"),
          H("Corporate Governance Board"), P("Date: 19 March 2025"),
          H("Paper 6: HMICFRS PEEL 2023–25 – Leicestershire Police", 2),
          H("Purpose", 3),
          P("To update the Board on the force's progress against the areas for improvement in the HMICFRS PEEL "
            "2023–25 report, published on 30 January 2025."),
          H("Summary of judgments", 3),
          P("HMICFRS graded the force in eight areas:"))
    columns = {"Outstanding": [MO], "Good": [PPPT, PREV, RESP, LFM], "Adequate": [PVP, WORK],
               "Requires improvement": [INV]}
    d.add(chart_table(columns))
    chart_grades(d, columns, PEEL_2325_SHORT, "")
    d.add(H("Progress against the areas for improvement", 3))
    afis = [(INV, "The force should make sure that it completes victim needs assessments and keeps victims "
                  "updated.", "Compliance has risen from 62% to 81% since October 2024."),
            (INV, "The force should make sure that investigations are supervised effectively.",
             "A supervision dashboard has been introduced."),
            (PVP, "The force should improve how it manages the risk to missing children.",
             "A missing persons coordinator post has been created."),
            (WORK, "The force should make sure it understands the well-being needs of its officers and staff.",
             "A well-being survey closed in February; results will be reported in May.")]
    rows = [("**PEEL area**", "**Area for improvement**", "**Update**", "**RAG**")]
    fills = {}
    labels = {INV: "Investigating crime", PVP: "Protecting vulnerable people",
              WORK: "Developing a positive workplace"}
    for i, (area, text, update) in enumerate(afis, start=1):
        rows.append((labels[area], text, update, "Amber" if i % 2 else "Green"))
        fills[(i, 3)] = "#ffc000" if i % 2 else "#00b050"
        d.afi(text, area=area)
    d.add(T(rows=tuple(rows), widths=(2, 4, 4, 1), fills=fills))
    # the practice sits in no area's section of the paper (the contract's "area": the section it sits in),
    # though its lead-in speaks of managing offenders
    d.area = None
    d.add(H("Innovative practice", 3),
          P("HMICFRS highlighted the force's work to manage offenders as innovative practice:"),
          P("**The force uses an integrated offender management app to share information with probation**"))
    d.finding("The force uses an integrated offender management app to share information with probation",
              "innovative_practice")
    d.add(H("Recommendation", 3), P("The Board is asked to note the progress made."))
    docrec = {"doc_kind": "scrutiny_pack", "title": "Corporate Governance Board", "force": force,
              "organisation": "Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
              "meeting_date": "2025-03-19", "publication_date": None}
    return [("leicestershire-cgb-2025-03-19.docx", None)], d, force, docrec


# --- writing ----------------------------------------------------------------------------------------------

WHEN = datetime(2025, 6, 30, 9, 0, 0)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def _pages(data: bytes, records: dict[str, list[dict]]) -> int:
    """Give every record the page that holds its first words, searching
    forward from the previous record's page (records are written in reading
    order within each type)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        texts = [_squash(page.extract_text() or "") for page in pdf.pages]
    for record_type in TYPES:
        cursor = 0
        for record in records[record_type]:
            needle = _squash(" ".join(record["_find"].split()[:8]))
            found = [i for i in range(cursor, len(texts)) if needle in texts[i]]
            if not found:
                raise SystemExit(f"not found in the PDF after page {cursor + 1}: {record['_find']!r}")
            cursor = found[0]
            record["page"] = cursor + 1
    return len(texts)


def main() -> None:
    for build in (durham, merseyside, cheshire, cumbria, south_wales, north_wales, suffolk, hampshire, wiltshire,
                  leicestershire):
        outputs, doc, author, docrec = build()
        (name, look), = outputs
        title = docrec["title"]
        if name.endswith(".pdf"):
            data = render_pdf(doc.blocks, look, title, author)
            pages = _pages(data, doc.records)
        else:
            data = render_docx(doc.blocks, title=title, author=author, when=WHEN)
            pages = None
            for records in doc.records.values():
                for record in records:
                    record["page"] = None
        (HERE / name).write_bytes(data)
        records = {t: [{"page": r["page"], **{k: v for k, v in r.items() if k not in ("_find", "page")}}
                       for r in doc.records[t]] for t in TYPES}
        records["documents"] = [{"page": None, "file_type": name.rsplit(".", 1)[1], "pages": pages, **docrec,
                                 "status": "ok"}]
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{name}: {len(data)} bytes, " + ", ".join(f"{t} {len(records[t])}" for t in TYPES))


if __name__ == "__main__":
    main()
