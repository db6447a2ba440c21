"""Round 10b of the inspection corpus: three more whole HMICFRS reports,
written blind, rendered by round 10's report.py (running headers, numbered
footers, footnotes; gold next to the text). Grades, names and wording are
invented.

- peel-2023-25-west-yorkshire.pdf: PEEL 2023-25 (West Yorkshire was a force
  response in the first inspection round). A "Force in numbers" table; the
  chart a column per grade; HM Inspector's observations restating two grades;
  a "Grade | What it means" table; sections stating their grade in a sentence
  only ("We found that ... is adequate at ..."); a cause of concern with
  "Recommendation 1/2" headings over dated sentences; AFIs under
  "Area for improvement N" headings; an earlier AFI recalled as addressed.
- peel-2021-22-north-wales.docx: PEEL 2021/22 in Word (North Wales was a
  child protection report in round 4). Ten areas in the chart, crime data
  recording and serious organised crime among them; sections under the short
  names with "North Wales Police is X at ..."; AFIs as bold "The force should"
  sentences; a cause of concern recalled from 2019 as addressed.
- ncpi-cheshire.pdf: child protection inspection (Cheshire was a PEEL report
  in round 4). The grades in a "Topic | Grade" table of the long topic names
  with shaded grade cells; a cause with "Recommendation 1/2" headings over
  timed sentences; AFIs bulleted under "Areas for improvement"; the 2020
  inspection's recommendations recalled.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "inspection-round10"))

from report import GRADE_FILL, Report  # noqa: E402

from generator.model import cell  # noqa: E402

GRADE_MEANINGS = (
    ("Outstanding", "The force has substantially exceeded the characteristics of good performance."),
    ("Good", "The force has demonstrated substantially all the characteristics of good performance."),
    ("Adequate", "The force has demonstrated some of the characteristics of good performance, but we have "
                 "found areas where it should make improvements."),
    ("Requires improvement", "The force has demonstrated few, if any, of the characteristics of good "
                             "performance, and we have found a substantial number of areas where it needs to "
                             "improve."),
    ("Inadequate", "We have causes of concern and have made recommendations to the force to address them."),
)


def west_yorkshire() -> Report:
    force = "West Yorkshire Police"
    r = Report("peel-2023-25-west-yorkshire.pdf", force, "PEEL 2023-25", "2025-10",
               "PEEL 2023–25: An inspection of West Yorkshire Police",
               {"doc_kind": "peel_report", "force": force,
                "title": "PEEL 2023–25 Police effectiveness, efficiency and legitimacy An inspection of West "
                         "Yorkshire Police"})
    r.h("PEEL 2023–25", 1)
    r.h("Police effectiveness, efficiency and legitimacy", 2)
    r.h("An inspection of West Yorkshire Police", 2)
    r.p("October 2025")
    r.page()

    r.h("Contents", 1)
    r.table([(cell(t), cell(str(n))) for t, n in (
        ("Overall summary", 3), ("Force in numbers", 4), ("HM Inspector’s observations", 5),
        ("Police powers and public treatment", 6), ("Preventing crime", 6), ("Responding to the public", 7),
        ("Investigating crime", 7), ("Protecting vulnerable people", 8), ("Managing offenders", 9),
        ("Developing a positive workplace", 9), ("Leadership and force management", 10),
        ("About our grades", 11))], (8, 1), header_rows=0, bordered=False)
    r.page()

    r.h("Overall summary", 1)
    r.h("Our judgments", 2)
    r.p("Our inspection assessed how good West Yorkshire Police is in nine areas of policing. We make "
        "graded judgments in eight of these nine areas, as follows:")
    anchor = "graded judgments in eight of these nine areas, as follows"
    chart = {"Outstanding": ["Managing offenders"],
             "Good": ["Investigating crime", "Protecting vulnerable people", "Preventing crime"],
             "Adequate": ["Police powers and public treatment", "Responding to the public",
                          "Leadership and force management"],
             "Requires improvement": ["Developing a positive workplace"]}
    r.chart_columns(chart)
    for grade, areas in chart.items():
        for area in areas:
            r.grade(area, area, grade, anchor)
    r.p("We also inspected how effective a service the force gives to victims of crime. We don’t make a "
        "graded judgment in this area.")
    r.p("You can find out what our grades mean in the section About our grades at the end of this report.")
    r.page()

    r.h("Force in numbers", 1)
    r.table([(cell("**Measure**"), cell("**West Yorkshire Police**"), cell("**England and Wales**")),
             (cell("Emergency calls answered within 10 seconds"), cell("91.2%"), cell("73.6%")),
             (cell("Crimes recorded per 1,000 population"), cell("118.4"), cell("87.9")),
             (cell("Charge or summons rate"), cell("7.9%"), cell("6.6%")),
             (cell("Officers per 1,000 population"), cell("2.6"), cell("2.5"))], (5, 2, 2))
    r.p("Figures are for the year ending 31 March 2025.[^1]")
    r.note(1, "Home Office data on police-recorded crime and workforce; BT data for emergency calls.")
    r.page()

    r.h("HM Inspector’s observations", 1)
    r.p("I am pleased with many aspects of West Yorkshire Police’s performance. It is outstanding at "
        "managing offenders, and it is good at investigating crime and protecting vulnerable people.")
    r.p("But the force needs to look after its workforce better. Sickness absence has risen, and many "
        "officers told us they had not had a meaningful conversation about their wellbeing.")
    r.p("In our 2021/22 inspection we judged the force to be good at developing a positive workplace, so "
        "this is a decline. I have identified a cause of concern in this area.")
    r.page()

    r.h("Police powers and public treatment", 1)
    r.p("We found that West Yorkshire Police is adequate at using its powers and treating the public "
        "fairly.")
    r.h("Area for improvement 1", 3)
    text = "The force should make sure supervisors review body-worn video footage of stop and search."
    r.p(text)
    r.afi("Police powers and public treatment", text)
    r.p("In our last inspection, we said the force should improve how it records the ethnicity of people "
        "it stops. It has done so, and we have closed that area for improvement.")

    r.h("Preventing crime", 1)
    r.p("We found that West Yorkshire Police is good at preventing crime and antisocial behaviour.")
    r.h("Promising practice", 3)
    r.box("**Safer streets at night**",
          "The force and its partners patrol town centres together on weekend nights, with a focus on the "
          "safety of women and girls.")
    r.page()

    r.h("Responding to the public", 1)
    r.p("We found that West Yorkshire Police is adequate at responding to the public.")
    r.h("Area for improvement 1", 3)
    text = "The force should make sure it attends incidents within the times set out in its policy."
    detail = "Officers attended 62 percent of priority incidents within the force’s target of one hour."
    r.p(text, detail)
    r.afi("Responding to the public", text, detail)
    r.h("Investigating crime", 1)
    r.p("We found that West Yorkshire Police is good at investigating crime.")
    r.p("Investigations were well planned, and the force achieved more positive outcomes for victims than "
        "most forces.[^2]")
    r.note(2, "A positive outcome is a charge, summons, caution or community resolution.")
    r.page()

    r.h("Protecting vulnerable people", 1)
    r.p("We found that West Yorkshire Police is good at protecting vulnerable people.")
    r.h("Managing offenders", 1)
    r.p("We found that West Yorkshire Police is outstanding at managing offenders and suspects.")
    r.h("Innovative practice", 3)
    r.box("**Offender managers in custody**",
          "Offender managers work in custody suites so that they can act quickly when a managed offender is "
          "arrested.")
    r.page()

    r.h("Developing a positive workplace", 1)
    r.p("We found that West Yorkshire Police requires improvement at building, supporting and protecting "
        "its workforce.")
    r.h("Cause of concern", 2)
    cause = r.cause("Developing a positive workplace",
                    "West Yorkshire Police doesn’t do enough to understand and support the wellbeing of its "
                    "workforce.")
    r.p("**West Yorkshire Police doesn’t do enough to understand and support the wellbeing of its workforce.**")
    r.h("Recommendation 1", 3)
    text = ("By 31 March 2026, West Yorkshire Police should make sure that every officer and member of staff "
            "has a regular wellbeing conversation with their supervisor.")
    r.p(text)
    r.rec(cause, text, "By 31 March 2026", None)
    r.h("Recommendation 2", 3)
    text = ("By 30 June 2026, West Yorkshire Police should make sure its occupational health service can "
            "meet demand.")
    r.p(text)
    r.rec(cause, text, "By 30 June 2026", None)
    r.h("Area for improvement 1", 3)
    text = "The force should make sure it understands why its sickness absence has risen."
    r.p(text)
    r.afi("Developing a positive workplace", text)
    r.page()

    r.h("Leadership and force management", 1)
    r.p("We found that West Yorkshire Police is adequate at leadership and force management.")
    r.h("Area for improvement 1", 3)
    text = "The force should make sure its leaders at all levels are visible to the workforce."
    r.p(text)
    r.afi("Leadership and force management", text)
    r.page()

    r.h("About our grades", 1)
    r.p("Our grades reflect how well the force performs against the characteristics of good performance in "
        "the PEEL assessment framework 2023–25.")
    r.table([(cell("**Grade**"), cell("**What it means**")),
             *((cell(grade), cell(meaning)) for grade, meaning in GRADE_MEANINGS)], (1, 3))
    return r


def north_wales() -> Report:
    force = "North Wales Police"
    r = Report("peel-2021-22-north-wales.docx", force, "PEEL 2021/22", "2022-06",
               "PEEL 2021/22 – North Wales Police",
               {"doc_kind": "peel_report", "force": force, "publication_date": "2022-06-16",
                "title": "PEEL 2021/22 Police effectiveness, efficiency and legitimacy An inspection of North "
                         "Wales Police"})
    r.h("PEEL 2021/22", 1)
    r.h("Police effectiveness, efficiency and legitimacy", 2)
    r.h("An inspection of North Wales Police", 2)
    r.p("Published on 16 June 2022")
    r.page()

    r.h("Overall summary", 1)
    r.h("Our judgments", 2)
    r.p("Our inspection assessed how good North Wales Police is in ten areas of policing. We make graded "
        "judgments in ten areas, as follows:")
    anchor = "We make graded judgments in ten areas"
    chart = {"Outstanding": ["Recording data about crime"],
             "Good": ["Preventing crime and anti-social behaviour", "Disrupting serious organised crime",
                      "Managing offenders and suspects", "Treatment of the public"],
             "Adequate": ["Responding to the public", "Protecting vulnerable people", "Good use of resources"],
             "Requires improvement": ["Investigating crime", "Developing a positive workplace"]}
    canonical = {"Preventing crime and anti-social behaviour": "Preventing crime",
                 "Managing offenders and suspects": "Managing offenders",
                 "Treatment of the public": "Police powers and public treatment"}
    r.chart_columns(chart)
    for grade, areas in chart.items():
        for area in areas:
            r.grade(canonical.get(area, area), area, grade, anchor)
    r.p("We also inspected how effective a service the force gives to victims of crime. We don’t make a "
        "graded judgment in this area.")
    r.h("HM Inspector’s observations", 2)
    r.p("North Wales Police records crime with great accuracy, and I commend it for its work to tackle "
        "serious and organised crime across a large rural area.")
    r.p("However, the force needs to improve how it investigates crime. Too many investigations are poorly "
        "planned and victims aren’t kept informed.")
    r.p("In 2019, we identified a cause of concern about how the force supervised its investigations. The "
        "force has made some progress, but more is needed.")
    r.page()

    r.h("Providing a service to the victims of crime", 1)
    r.p("The force answers emergency calls promptly, and call handlers give callers good advice about "
        "preserving evidence.")

    r.h("Treatment of the public", 1)
    r.p("North Wales Police is good at treating people fairly and with respect.")
    r.h("Recording data about crime", 1)
    r.p("North Wales Police is outstanding at recording data about crime. It recorded 96.8 percent of "
        "reported crime.")
    r.h("Preventing crime and anti-social behaviour", 1)
    r.p("North Wales Police is good at preventing crime and anti-social behaviour.")

    r.h("Responding to the public", 1)
    r.p("North Wales Police is adequate at responding to the public.")
    r.h("Areas for improvement", 2)
    text = "The force should make sure it assesses the risk to callers who ring again to chase a response."
    r.p(f"**{text}**")
    r.afi("Responding to the public", text)

    r.h("Investigating crime", 1)
    r.p("North Wales Police requires improvement at investigating crime.")
    r.h("Areas for improvement", 2)
    text = "The force should make sure it has effective plans for investigations, and that supervisors review them."
    detail = "Only half the investigations we reviewed had a plan, and few plans had been reviewed."
    r.p(f"**{text}**", detail)
    r.afi("Investigating crime", text, detail)
    text = "The force should make sure victims are given the updates the Victims’ Code requires."
    r.p(f"**{text}**")
    r.afi("Investigating crime", text)

    r.h("Protecting vulnerable people", 1)
    r.p("North Wales Police is adequate at protecting vulnerable people.")
    r.h("Managing offenders and suspects", 1)
    r.p("North Wales Police is good at managing offenders and suspects.")
    r.h("Disrupting serious organised crime", 1)
    r.p("North Wales Police is good at tackling serious and organised crime.")

    r.h("Developing a positive workplace", 1)
    r.p("North Wales Police requires improvement at building, supporting and protecting the workforce.")
    r.h("Areas for improvement", 2)
    text = "The force should make sure its officers and staff receive regular, good-quality appraisals."
    r.p(f"**{text}**")
    r.afi("Developing a positive workplace", text)

    r.h("Good use of resources", 1)
    r.p("North Wales Police is adequate at planning and managing its organisation efficiently.")
    r.page()

    r.h("About the data", 1)
    r.p("Data in this report comes from a range of sources, including the Home Office, the Office for "
        "National Statistics and our inspection fieldwork.")
    return r


def cheshire() -> Report:
    force = "Cheshire Constabulary"
    r = Report("ncpi-cheshire.pdf", force, "Child protection", "2026-02",
               "National child protection inspection: Cheshire Constabulary",
               {"doc_kind": "child_protection_report", "force": force,
                "title": "National child protection inspection Cheshire Constabulary"})
    r.h("National child protection inspection", 1)
    r.h("Cheshire Constabulary", 2)
    r.p("February 2026")
    r.page()

    r.h("Contents", 1)
    r.table([(cell(t), cell(str(n))) for t, n in (
        ("Summary", 2), ("Causes of concern and recommendations", 3), ("Child protection leadership", 4),
        ("Working with safeguarding partners", 4), ("Responding to children at risk of harm", 5),
        ("Assessing risk to children and making appropriate referrals", 5),
        ("Investigating reports of abuse, neglect and exploitation of children", 6),
        ("About this inspection", 7))], (8, 1), header_rows=0, bordered=False)
    r.page()

    r.h("Summary", 1)
    r.p("This report sets out our findings from our inspection of how well Cheshire Constabulary protects "
        "children. We carried out our fieldwork in October 2025.[^1]")
    r.note(1, "We reviewed 96 cases and spoke to more than 100 officers, staff and partners.")
    r.h("Our judgments", 2)
    r.p("This table shows our graded judgments for each topic.")
    rows = [("Child protection leadership", "Good"), ("Working with safeguarding partners", "Outstanding"),
            ("Responding to children at risk of harm", "Adequate"),
            ("Assessing risk to children and making appropriate referrals", "Requires improvement"),
            ("Investigating reports of abuse, neglect and exploitation of children", "Adequate")]
    r.table([(cell("**Topic**"), cell("**Grade**")), *((cell(a), cell(g)) for a, g in rows)], (3, 1),
            fills={(n, 1): GRADE_FILL[g] for n, (_, g) in enumerate(rows, start=1)})
    for area, grade in rows:
        r.grade(area, area, grade, "This table shows our graded judgments for each topic")
    r.h("HM Inspector’s observations", 2)
    r.p("Cheshire Constabulary is an outstanding partner in safeguarding children, and its leaders have "
        "made child protection a priority. But its assessment of risk requires improvement: referrals are "
        "delayed, and the risks to children from exploitation aren’t always recognised.")
    r.p("We last inspected the force’s child protection work in 2020 and made eight recommendations. The "
        "force has completed seven of them.")
    r.page()

    r.h("Causes of concern and recommendations", 1)
    r.h("Cause of concern", 2)
    cause = r.cause(None, "Cheshire Constabulary doesn’t always assess the risks to children accurately, and "
                          "its referrals to children’s social care are often delayed.")
    r.p("Cheshire Constabulary doesn’t always assess the risks to children accurately, and its referrals to "
        "children’s social care are often delayed.")
    r.h("Recommendation 1", 3)
    text = ("Within three months, Cheshire Constabulary should make sure that referrals to children’s social "
            "care are sent within 24 hours.")
    r.p(text)
    r.rec(cause, text, "Within three months", None)
    r.h("Recommendation 2", 3)
    text = ("Within six months, Cheshire Constabulary should train officers to recognise and record the "
            "risks of child exploitation.")
    r.p(text)
    r.rec(cause, text, "Within six months", None)
    r.page()

    r.h("Child protection leadership", 1)
    r.p("Leaders have a clear strategy for protecting children, and the force’s performance framework "
        "includes measures of quality as well as volume.")
    r.h("Working with safeguarding partners", 1)
    r.p("The force plays a full part in the partnership arrangements in each of its four local authority "
        "areas.")
    r.h("Promising practice", 3)
    r.box("**Shared training with social workers**",
          "Officers and social workers train together on recognising exploitation.")
    r.page()

    r.h("Responding to children at risk of harm", 1)
    r.p("Officers usually respond quickly, but they don’t always speak to the child on their own.")
    r.h("Areas for improvement", 3)
    afis = ("The force should make sure officers speak to children and record their views.",
            "The force should make sure children in custody are transferred to local authority "
            "accommodation when it is appropriate.")
    r.bullets(*afis)
    for text in afis:
        r.afi("Responding to children at risk of harm", text)
    r.h("Assessing risk to children and making appropriate referrals", 1)
    r.p("The force’s assessment of risk requires improvement. Our cause of concern is set out above.")
    r.page()

    r.h("Investigating reports of abuse, neglect and exploitation of children", 1)
    r.p("Investigations were usually thorough, but some were delayed by a lack of digital forensic "
        "capacity.")
    r.h("Areas for improvement", 3)
    text = "The force should reduce the time it takes to examine digital devices in child abuse investigations."
    r.bullets(text)
    r.afi("Investigating reports of abuse, neglect and exploitation of children", text)
    r.page()

    r.h("About this inspection", 1)
    r.p("We graded each topic on a five-point scale: outstanding, good, adequate, requires improvement and "
        "inadequate.")
    return r


REPORTS = (west_yorkshire, north_wales, cheshire)

if __name__ == "__main__":
    for build in REPORTS:
        build().write(HERE)
