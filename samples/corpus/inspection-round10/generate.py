"""Round 10 of the inspection corpus: whole HMICFRS reports, written blind.

Each document is a full report as HMICFRS publishes it, with the noise a real
one carries: a cover, a contents page listing the area names, the "Our
judgments" chart, what the five grades mean, HM Inspector's observations,
the ungraded victim service assessment, sentences recalling the previous
inspection's grades, per-area sections, causes of concern with their
recommendations, footnotes, running headers and numbered footers, and an
"About us" annex. Grades, names and wording are invented.

- peel-2023-25-northamptonshire.pdf: PEEL 2023-25 (Northamptonshire was an
  action plan in round 6). Chart a column per grade, areas stacked in their
  grade's cell; each section opens with its grade alone, then a judgment
  sentence; a cause of concern under its area with a timed lead-in over
  bullets; AFIs under "Area for improvement N" headings over their detail;
  the previous cycle's grades recalled in prose; promising practice boxes.
- peel-2023-25-leicestershire.docx: PEEL 2023-25 in Word (Leicestershire was
  a board paper in round 4). The chart as a Word table; each section's grade
  as "Grade: X" under its heading; AFIs as bold "The force should ..."
  paragraphs each over its explanation; no cause of concern ("We have not
  identified any causes of concern").
- peel-2021-22-surrey.pdf: PEEL 2021/22 (Surrey was an action plan in
  round 5). Chart of the 2021/22 names; SOC not graded and said so; the
  2018/19 pillar grades recalled; sections under the long names with
  "Surrey Police is X at ..." sentences; AFIs bulleted under "Areas for
  improvement"; a cause with "Within six months, the force should:".
- ncpi-essex.pdf: child protection inspection, graded in five topics (Essex
  was a PEEL report in round 6). Chart of the short topic names, sections
  under the long names with "Grade: X"; two causes, the first with two timed
  lead-ins; AFIs "Area for improvement N:" run into their sentence.
- ncpi-post-inspection-review-durham.pdf: a post-inspection review (Durham
  was a PEEL report in round 4). No grades (it says so, and recalls the
  original inspection's grades in prose); the causes of concern quoted with
  their recommendations and progress; one new AFI.
- peel-2023-25-avon-and-somerset.pdf: PEEL 2023-25 (Avon and Somerset was a
  PCC response in the unseen round). Chart a row per area, a dot-free grid
  (the area's name in its grade's column); "Our overall judgment" lines;
  AFIs bulleted under "Areas for improvement" in each section; a cause with
  numbered recommendations whose timescale ends the sentence; innovative
  practice.

Gold is written next to the text (report.py's ``grade``, ``afi``, ``cause``,
``rec``); PDF pages are where the text lands, found in the PDF's own text.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from report import ROUND, Report  # noqa: E402

from generator.model import cell  # noqa: E402

PEEL_TITLE_2325 = "PEEL 2023–25"
GRADE_MEANINGS = (
    "**Outstanding** – The force has substantially exceeded the characteristics of good performance.",
    "**Good** – The force has demonstrated substantially all the characteristics of good performance.",
    "**Adequate** – The force has demonstrated some of the characteristics of good performance, but we have "
    "identified areas where it should make improvements.",
    "**Requires improvement** – The force has demonstrated few, if any, of the characteristics of good "
    "performance, and we have identified a substantial number of areas where it needs to improve.",
    "**Inadequate** – We have causes of concern and have made recommendations to the force to address them.",
)


def contents(report: Report, entries: list[tuple[str, int]]) -> None:
    report.h("Contents", 1)
    report.table([(cell(title), cell(str(page))) for title, page in entries], (8, 1), header_rows=0,
                 bordered=False)


def about_us(report: Report, framework_line: str) -> None:
    report.h("About us", 1)
    report.p("His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) independently "
             "assesses the effectiveness and efficiency of police forces and fire and rescue services, in the "
             "public interest. In preparing our reports, we ask the questions that citizens would ask, and "
             "publish the answers in accessible form.",
             framework_line,
             "We use our expertise to interpret the evidence and make recommendations for improvement. We "
             "don’t grade every part of our inspections: where we make no graded judgment, we say so.")
    report.h("Data in this report", 2)
    report.p("We obtained data for this report from a range of sources, including the Home Office, the Office "
             "for National Statistics and the force itself. We validated the data the force gave us. Where we "
             "use data from the force, we say so.")


# ---------------------------------------------------------------------------
def northamptonshire() -> Report:
    force = "Northamptonshire Police"
    r = Report("peel-2023-25-northamptonshire.pdf", force, "PEEL 2023-25", "2026-03",
               "PEEL 2023–25: Police effectiveness, efficiency and legitimacy – Northamptonshire Police",
               {"doc_kind": "peel_report", "force": force,
                "title": "PEEL 2023–25 Police effectiveness, efficiency and legitimacy An inspection of "
                         "Northamptonshire Police"})
    r.h(PEEL_TITLE_2325, 1)
    r.h("Police effectiveness, efficiency and legitimacy", 2)
    r.h("An inspection of Northamptonshire Police", 2)
    r.p("March 2026")
    r.small("© HMICFRS 2026")
    r.page()

    contents(r, [("Overall summary", 1), ("Our judgments", 1), ("About our grades", 2),
                 ("HM Inspector’s observations", 3), ("Victim service assessment", 4),
                 ("Police powers and public treatment", 5), ("Preventing crime", 5),
                 ("Responding to the public", 6), ("Investigating crime", 7),
                 ("Protecting vulnerable people", 8), ("Managing offenders", 9),
                 ("Developing a positive workplace", 9), ("Leadership and force management", 10),
                 ("About us", 11)])
    r.page()

    r.h("Overall summary", 1)
    r.h("Our judgments", 2)
    r.p("Our inspection assessed how good Northamptonshire Police is in nine areas of policing. We make "
        "graded judgments in eight of these nine areas, as follows:")
    chart_anchor = "graded judgments in eight of these nine areas"
    by_grade = {"Good": ["Police powers and public treatment", "Preventing crime", "Managing offenders"],
                "Adequate": ["Investigating crime", "Developing a positive workplace",
                             "Leadership and force management"],
                "Requires improvement": ["Protecting vulnerable people"],
                "Inadequate": ["Responding to the public"]}
    r.chart_columns(by_grade)
    for grade, areas in by_grade.items():
        for area in areas:
            r.grade(area, area, grade, chart_anchor)
    r.p("We also inspected how effective a service the force gives to victims of crime. We don’t make a "
        "graded judgment in this area.")
    r.p("We set out our detailed findings about things the force is doing well and where it should improve "
        "in the rest of this report.")
    r.h("About our grades", 2)
    r.p("In this PEEL inspection we use five grades. The characteristics of good performance are set out in "
        "the PEEL assessment framework 2023–25.[^1] Our grades mean:")
    r.note(1, "The PEEL assessment framework 2023–25 is published on our website.")
    r.bullets(*GRADE_MEANINGS)
    r.p("Changes to the framework and our approach mean that grades from this inspection can’t be compared "
        "directly with those of our 2021/22 inspection. In that inspection we judged the force to be adequate "
        "at responding to the public and good at protecting vulnerable people.")
    r.page()

    r.h("HM Inspector’s observations", 1)
    r.p("I am pleased with some aspects of the performance of Northamptonshire Police, but I have serious "
        "concerns about how it answers and responds to calls from the public.")
    r.p("The force has made good progress in preventing crime and in managing registered sex offenders. Its "
        "neighbourhood teams know their communities, and they use problem-solving well.[^2] But too many "
        "emergency calls go unanswered for too long, and the force doesn’t always attend incidents within "
        "the times it has set itself.")
    r.note(2, "Problem-solving means working with partner organisations to tackle the causes of a recurring "
              "problem, rather than responding to each incident.")
    r.p("The force has a new chief constable, who has set out a clear plan. My report sets out a cause of "
        "concern about the force’s response to the public, and areas for improvement in several other "
        "parts of its work. I will monitor the force’s progress.")
    r.p("*Rebecca Tanfield*\n*His Majesty’s Inspector of Constabulary*")
    r.page()

    r.h("Victim service assessment", 1)
    r.p("This assessment tracks a victim’s journey from reporting a crime to the outcome. We don’t grade it. "
        "Its findings inform the graded areas of this report.")
    r.h("The force needs to answer calls more quickly", 3)
    r.p("When the public call the police, the force should answer them promptly. Northamptonshire Police "
        "answered 61.4 percent of emergency calls within ten seconds, against a national standard of 90 "
        "percent.[^3] Call handlers were polite and recorded details of vulnerability in most cases we reviewed.")
    r.note(3, "Data for the year ending 30 September 2025, from BT’s national call data.")
    r.h("Crime recording", 3)
    r.p("The force is good at recording crime: it records most crimes reported to it within 24 hours, as the "
        "Home Office counting rules require.")
    r.h("Investigations are mostly effective", 3)
    r.p("Most investigations we reviewed were proportionate and completed in a reasonable time. Victims were "
        "updated in 78 of the 90 cases we looked at, and the force mostly complied with the Code of Practice "
        "for Victims of Crime.")
    r.page()

    r.h("Police powers and public treatment", 1)
    r.p("**Good**")
    r.p("Northamptonshire Police is good at using its powers and treating the public fairly and respectfully.")
    r.h("Main findings", 2)
    r.p("**The force uses stop and search fairly**")
    r.p("Officers recorded reasonable grounds in 95 percent of the stop and search records we reviewed. The "
        "force’s external scrutiny panel reviews body-worn video footage every month.")
    r.h("Promising practice", 3)
    r.box("**Young people review use of force**",
          "The force asks a youth panel to watch footage of force being used on children and to tell it what "
          "it sees. The force has changed its training as a result.")

    r.h("Preventing crime", 1)
    r.p("**Good**")
    r.p("Northamptonshire Police is good at preventing and deterring crime and antisocial behaviour, and "
        "reducing vulnerability.")
    r.h("Area for improvement", 2)
    text = "The force should make sure it evaluates its problem-solving work so that it knows what works."
    detail = ("Officers record problem-solving plans, but few plans are evaluated when they close. Without "
              "evaluation, the force can’t share what works across its neighbourhood teams.")
    r.p(f"**{text}**", detail)
    r.afi("Preventing crime", text, detail)
    r.h("Main findings", 2)
    r.p("Neighbourhood officers spend most of their time in their communities. The force protects "
        "neighbourhood officers from being taken away to respond to calls elsewhere.")
    r.page()

    r.h("Responding to the public", 1)
    r.p("**Inadequate**")
    r.p("Northamptonshire Police is inadequate at responding to the public.")
    r.h("Cause of concern", 2)
    cause = r.cause("Responding to the public",
                    "The force doesn’t answer or respond to emergency and non-emergency calls quickly enough, "
                    "and it doesn’t always identify vulnerable callers.",
                    "In the year ending September 2025, callers to the 101 non-emergency number waited on "
                    "average over eight minutes, and one in four abandoned the call.")
    r.p("**The force doesn’t answer or respond to emergency and non-emergency calls quickly enough, and it "
        "doesn’t always identify vulnerable callers.**",
        "In the year ending September 2025, callers to the 101 non-emergency number waited on average over "
        "eight minutes, and one in four abandoned the call.")
    r.h("Recommendations", 3)
    lead = "Within three months, Northamptonshire Police should:"
    r.p(lead)
    items = ("make sure it has enough call handlers to answer emergency calls within the national standard;",
             "use a structured triage process to identify the vulnerability of every caller; and",
             "make sure supervisors in the control room review calls whose response is delayed.")
    r.bullets(*items)
    for item in items:
        r.rec(cause, item, "Within three months", lead)
    r.h("Area for improvement 1", 3)
    text = "The force should make sure it attends incidents within its published attendance times."
    detail = "Officers attended only 58 percent of priority incidents within an hour."
    r.p(text, detail)
    r.afi("Responding to the public", text, detail)
    r.h("Area for improvement 2", 3)
    text = "The force should make sure it records the risk to repeat callers and acts on it."
    detail = ("Call handlers didn’t check whether the caller had called before in 21 of the 60 calls we "
              "reviewed.")
    r.p(text, detail)
    r.afi("Responding to the public", text, detail)
    r.page()

    r.h("Investigating crime", 1)
    r.p("**Adequate**")
    r.p("Northamptonshire Police is adequate at investigating crime. In our last inspection we found the "
        "force required improvement in this area; it has since made progress.")
    r.h("Area for improvement", 2)
    text = ("The force should make sure that victims’ decisions to withdraw from investigations are recorded "
            "and that evidence-led prosecutions are considered.")
    detail = "In 14 of the 31 cases we reviewed where the victim withdrew, the force didn’t consider pursuing the case without the victim’s support."
    r.p(f"**{text}**", detail)
    r.afi("Investigating crime", text, detail)
    r.h("Main findings", 2)
    r.p("The force has reduced the number of open investigations held by each detective. Supervisors review "
        "investigation plans, though the quality of their reviews varies.[^4]")
    r.note(4, "We reviewed 120 investigations recorded between April and September 2025.")
    r.page()

    r.h("Protecting vulnerable people", 1)
    r.p("**Requires improvement**")
    r.p("Northamptonshire Police requires improvement at protecting vulnerable people.")
    r.h("Area for improvement 1", 3)
    text = "The force should make sure it applies for protective orders whenever they are needed."
    detail = "The force used domestic violence protection orders in fewer cases than similar forces."
    r.p(text, detail)
    r.afi("Protecting vulnerable people", text, detail)
    r.h("Area for improvement 2", 3)
    text = "The force should improve how it shares information about children with its safeguarding partners."
    detail = "Referrals to children’s social care were delayed by more than three days in a third of cases."
    r.p(text, detail)
    r.afi("Protecting vulnerable people", text, detail)
    r.h("Main findings", 2)
    r.p("The force’s multi-agency safeguarding hub is well staffed, but a backlog of referrals has built up "
        "since the summer.")
    r.page()

    r.h("Managing offenders", 1)
    r.p("**Good**")
    r.p("Northamptonshire Police is good at managing offenders and suspects.")
    r.h("Main findings", 2)
    r.p("The force manages registered sex offenders well. Offender managers complete risk assessments on "
        "time, and there is no backlog of visits.")
    r.h("Innovative practice", 3)
    r.box("**Digital monitoring of high-risk offenders**",
          "The force has trained offender managers to examine offenders’ devices during home visits, so that "
          "breaches of orders are found quickly.")

    r.h("Developing a positive workplace", 1)
    r.p("**Adequate**")
    r.p("Northamptonshire Police is adequate at building and developing its workforce.")
    r.h("Area for improvement", 2)
    text = "The force should make sure its workforce receives the occupational health support it needs."
    detail = "Waiting times for occupational health appointments exceeded eight weeks."
    r.p(f"**{text}**", detail)
    r.afi("Developing a positive workplace", text, detail)
    r.page()

    r.h("Leadership and force management", 1)
    r.p("**Adequate**")
    r.p("Northamptonshire Police is adequate at leadership and force management.")
    r.h("Area for improvement", 2)
    text = "The force should make sure it understands the demand on its control room and plans its workforce to meet it."
    detail = ("The force’s force management statement didn’t predict the rise in calls in the summer months, "
              "and shift patterns in the control room haven’t changed since 2019.")
    r.p(f"**{text}**", detail)
    r.afi("Leadership and force management", text, detail)
    r.h("Main findings", 2)
    r.p("The chief officer team has a clear vision, and staff told us they understood the force’s priorities.")
    r.page()

    about_us(r, "This inspection was carried out under the PEEL assessment framework 2023–25. We inspected "
                "Northamptonshire Police in the autumn of 2025.")
    return r


# ---------------------------------------------------------------------------
def leicestershire() -> Report:
    force = "Leicestershire Police"
    r = Report("peel-2023-25-leicestershire.docx", force, "PEEL 2023-25", "2025-11",
               "PEEL 2023–25 – Leicestershire Police",
               {"doc_kind": "peel_report", "force": force, "publication_date": "2025-11-20",
                "title": "PEEL 2023–25 Police effectiveness, efficiency and legitimacy An inspection of "
                         "Leicestershire Police"})
    r.h(PEEL_TITLE_2325, 1)
    r.h("Police effectiveness, efficiency and legitimacy", 2)
    r.h("An inspection of Leicestershire Police", 2)
    r.p("Published: 20 November 2025")
    r.page()

    r.h("Contents", 1)
    r.bullets("Overall summary", "Our judgments", "HM Inspector’s observations", "Victim service assessment",
              "Police powers and public treatment", "Preventing crime", "Responding to the public",
              "Investigating crime", "Protecting vulnerable people", "Managing offenders",
              "Developing a positive workplace", "Leadership and force management", "About us")
    r.page()

    r.h("Overall summary", 1)
    r.h("Our judgments", 2)
    r.p("Our inspection assessed how good Leicestershire Police is in nine areas of policing. We make "
        "graded judgments in eight of these nine areas. They are as follows:")
    anchor = "They are as follows"
    by_grade = {"Outstanding": ["Managing offenders"],
                "Good": ["Preventing crime", "Protecting vulnerable people", "Leadership and force management"],
                "Adequate": ["Police powers and public treatment", "Investigating crime",
                             "Developing a positive workplace"],
                "Requires improvement": ["Responding to the public"]}
    r.chart_columns(by_grade)
    for grade, areas in by_grade.items():
        for area in areas:
            r.grade(area, area, grade, anchor)
    r.p("We also inspected how effective a service the force gives to victims of crime. We don’t make a "
        "graded judgment in this area.")
    r.p("We have not identified any causes of concern in this inspection.")
    r.h("What our grades mean", 3)
    r.bullets(*GRADE_MEANINGS)
    r.p("In our last inspection, in 2022, we graded the force as good at investigating crime and adequate at "
        "managing offenders and suspects. The two sets of grades aren’t directly comparable.")

    r.h("HM Inspector’s observations", 1)
    r.p("Leicestershire Police is an outstanding force in how it manages offenders, and it has kept its "
        "strengths in protecting vulnerable people. I congratulate the officers and staff responsible.")
    r.p("But the force needs to improve how quickly it answers non-emergency calls, and it should make sure "
        "investigations are supervised effectively. Its workforce told us they are proud to work for it, "
        "but many are tired after a period of high demand.")

    r.h("Victim service assessment", 1)
    r.p("We don’t grade this part of the inspection. We reviewed 80 crime reports from the point of "
        "reporting to the outcome.")
    r.p("The force answered most emergency calls promptly. It is good at giving victims crime prevention "
        "advice. Its crime recording is accurate.")

    r.h("Police powers and public treatment", 1)
    r.p("**Grade: Adequate**")
    r.p("Leicestershire Police is adequate at treating people fairly and respectfully and at using its "
        "powers lawfully.")
    r.h("Areas for improvement", 2)
    text = "The force should make sure it monitors and understands the use of force by its officers."
    detail = ("Officers didn’t complete a use of force record in about a fifth of the incidents we checked, so "
              "the force’s data is incomplete.")
    r.p(f"**{text}**", detail)
    r.afi("Police powers and public treatment", text, detail)
    text = "The force should improve the external scrutiny of its use of stop and search."
    detail = "The independent scrutiny panel hasn’t met since March 2025."
    r.p(f"**{text}**", detail)
    r.afi("Police powers and public treatment", text, detail)

    r.h("Preventing crime", 1)
    r.p("**Grade: Good**")
    r.p("Leicestershire Police is good at preventing and deterring crime and antisocial behaviour, and "
        "reducing vulnerability.")
    r.h("Main findings", 2)
    r.p("The force has a well-established neighbourhood policing model, and its community safety "
        "partnerships share information well.")

    r.h("Responding to the public", 1)
    r.p("**Grade: Requires improvement**")
    r.p("Leicestershire Police requires improvement at responding to the public.")
    r.h("Areas for improvement", 2)
    text = "The force should make sure it answers non-emergency calls promptly."
    detail = "The average time to answer a 101 call was 6 minutes and 12 seconds."
    r.p(f"**{text}**", detail)
    r.afi("Responding to the public", text, detail)
    text = "The force should make sure call handlers use a structured process to assess risk."
    detail = "Call handlers used the force’s structured triage in only 64 percent of the calls we reviewed."
    r.p(f"**{text}**", detail)
    r.afi("Responding to the public", text, detail)

    r.h("Investigating crime", 1)
    r.p("**Grade: Adequate**")
    r.p("Leicestershire Police is adequate at investigating crime.")
    r.h("Areas for improvement", 2)
    text = "The force should make sure investigations are effectively supervised."
    detail = "Supervisors didn’t review the investigation plan in 27 of the 80 cases we checked."
    r.p(f"**{text}**", detail)
    r.afi("Investigating crime", text, detail)

    r.h("Protecting vulnerable people", 1)
    r.p("**Grade: Good**")
    r.p("Leicestershire Police is good at protecting vulnerable people.")
    r.h("Promising practice", 3)
    r.box("**A specialist team for stalking**",
          "The force created a team of stalking advocates who support victims from the first report.")

    r.h("Managing offenders", 1)
    r.p("**Grade: Outstanding**")
    r.p("Leicestershire Police is outstanding at managing offenders and suspects.")
    r.h("Innovative practice", 3)
    r.box("**Predicting which offenders are likely to reoffend**",
          "The force worked with a university to build a tool that helps offender managers decide which "
          "offenders to visit first.")

    r.h("Developing a positive workplace", 1)
    r.p("**Grade: Adequate**")
    r.p("Leicestershire Police is adequate at building, supporting and protecting its workforce.")
    r.h("Areas for improvement", 2)
    text = "The force should make sure it understands why officers leave in their first two years."
    detail = "Leavers’ interviews are optional, and few officers complete one."
    r.p(f"**{text}**", detail)
    r.afi("Developing a positive workplace", text, detail)

    r.h("Leadership and force management", 1)
    r.p("**Grade: Good**")
    r.p("Leicestershire Police is good at leadership and force management.")

    about_us(r, "This inspection was carried out under the PEEL assessment framework 2023–25.")
    return r


# ---------------------------------------------------------------------------
def surrey() -> Report:
    force = "Surrey Police"
    r = Report("peel-2021-22-surrey.pdf", force, "PEEL 2021/22", "2022-07",
               "PEEL 2021/22 – Surrey Police",
               {"doc_kind": "peel_report", "force": force,
                "title": "PEEL 2021/22 Police effectiveness, efficiency and legitimacy An inspection of Surrey "
                         "Police"})
    r.h("PEEL 2021/22", 1)
    r.h("Police effectiveness, efficiency and legitimacy", 2)
    r.h("An inspection of Surrey Police", 2)
    r.p("July 2022")
    r.page()

    contents(r, [("Overall summary", 1), ("Providing a service to the victims of crime", 3),
                 ("Engaging with and treating the public with fairness and respect", 4),
                 ("Preventing crime and anti-social behaviour", 4), ("Responding to the public", 5),
                 ("Investigating crime", 5), ("Protecting vulnerable people", 6),
                 ("Managing offenders and suspects", 7), ("Disrupting serious organised crime", 7),
                 ("Building, supporting and protecting the workforce", 8),
                 ("Strategic planning, organisational management and value for money", 8),
                 ("About the data", 9)])
    r.page()

    r.h("Overall summary", 1)
    r.h("Our judgments", 2)
    r.p("Our inspection assessed how good Surrey Police is in ten areas of policing. We make graded "
        "judgments in eight of these ten areas, as follows:")
    anchor = "judgments in eight of these ten areas"
    chart = {"Outstanding": [],
             "Good": ["Preventing crime and anti-social behaviour", "Managing offenders and suspects",
                      "Building, supporting and protecting the workforce"],
             "Adequate": ["Engaging with and treating the public with fairness and respect",
                          "Responding to the public", "Investigating crime",
                          "Strategic planning, organisational management and value for money"],
             "Requires improvement": ["Protecting vulnerable people"]}
    canonical = {"Preventing crime and anti-social behaviour": "Preventing crime",
                 "Managing offenders and suspects": "Managing offenders",
                 "Building, supporting and protecting the workforce": "Developing a positive workplace",
                 "Engaging with and treating the public with fairness and respect":
                     "Police powers and public treatment",
                 "Responding to the public": "Responding to the public",
                 "Investigating crime": "Investigating crime",
                 "Strategic planning, organisational management and value for money": "Good use of resources",
                 "Protecting vulnerable people": "Protecting vulnerable people"}
    r.chart_columns(chart)
    for grade, areas in chart.items():
        for area in areas:
            r.grade(canonical[area], area, grade, anchor)
    r.p("We also inspected how effective a service the force gives to victims of crime. We don’t make a "
        "graded judgment in this area.")
    r.p("We now inspect serious and organised crime (SOC) on a regional basis, rather than force by force. "
        "Surrey Police’s SOC work will be assessed in our inspection of the regional organised crime unit, "
        "so this report gives no grade for disrupting serious organised crime.")
    r.p("We set out our detailed findings about things the force is doing well and where the force should "
        "improve in the rest of this report.")
    r.h("Important changes to PEEL", 2)
    r.p("In 2014, we introduced our police effectiveness, efficiency and legitimacy (PEEL) inspections. In "
        "2021/22 we moved to a more intelligence-led, continual assessment approach, and we now grade on a "
        "five-tier scale instead of four.[^1] As a result, these grades can’t be compared directly with "
        "earlier ones.")
    r.note(1, "Before 2021/22 we graded forces as outstanding, good, requires improvement or inadequate.")
    r.p("In our 2018/19 inspection, we judged Surrey Police to be good at effectiveness, good at efficiency "
        "and outstanding at legitimacy.")
    r.page()

    r.h("HM Inspector’s observations", 2)
    r.p("I am satisfied with most aspects of Surrey Police’s performance, but there are areas where it "
        "needs to improve. The force has a strong culture of prevention and it manages offenders well.")
    r.p("I am, however, concerned about how the force protects vulnerable people, particularly how it "
        "responds to domestic abuse, and I have set out a cause of concern below.")
    r.h("Providing a service to the victims of crime", 1)
    r.p("We audited 130 crime reports. The force is good at making sure crimes are recorded correctly, and "
        "its recording is accurate in most cases. But victims were not always told when their case closed.")
    r.page()

    r.h("Engaging with and treating the public with fairness and respect", 1)
    r.p("Surrey Police is adequate at treating people fairly and with respect.")
    r.h("Areas for improvement", 3)
    afis = ("The force should make sure it records the reasons for every stop and search.",
            "The force should improve how it uses feedback from communities about its use of force.")
    r.bullets(*afis)
    for text in afis:
        r.afi("Police powers and public treatment", text)
    r.p("The force has improved its training on unconscious bias since 2019.")

    r.h("Preventing crime and anti-social behaviour", 1)
    r.p("Surrey Police is good at preventing crime and anti-social behaviour.")
    r.p("Neighbourhood teams use problem-solving techniques well, and the force evaluates what works.[^2]")
    r.note(2, "The force uses the SARA model: scanning, analysis, response and assessment.")
    r.page()

    r.h("Responding to the public", 1)
    r.p("Surrey Police is adequate at responding to the public.")
    r.h("Areas for improvement", 3)
    afis = ("The force should make sure it answers non-emergency calls promptly.",
            "The force should make sure repeat callers are identified.")
    r.bullets(*afis)
    for text in afis:
        r.afi("Responding to the public", text)

    r.h("Investigating crime", 1)
    r.p("Surrey Police is adequate at investigating crime.")
    r.h("Area for improvement", 3)
    text = "The force should make sure that it gives victims the updates the Victims’ Code requires."
    r.bullets(text)
    r.afi("Investigating crime", text)
    r.page()

    r.h("Protecting vulnerable people", 1)
    r.p("Surrey Police requires improvement at protecting vulnerable people.")
    r.h("Cause of concern", 3)
    cause = r.cause("Protecting vulnerable people",
                    "The force doesn’t always respond promptly to incidents of domestic abuse, and doesn’t "
                    "always assess the risk to victims.")
    r.p("The force doesn’t always respond promptly to incidents of domestic abuse, and doesn’t always assess "
        "the risk to victims.")
    r.h("Recommendations", 4)
    lead = "Within six months, the force should:"
    r.p(lead)
    items = ("make sure officers attend domestic abuse incidents within the force’s target times;",
             "make sure a risk assessment is completed at every domestic abuse incident; and",
             "review how supervisors oversee high-risk domestic abuse cases.")
    r.bullets(*items)
    for item in items:
        r.rec(cause, item, "Within six months", lead)
    r.h("Areas for improvement", 3)
    text = "The force should improve its use of Clare’s Law disclosures."
    r.bullets(text)
    r.afi("Protecting vulnerable people", text)
    r.page()

    r.h("Managing offenders and suspects", 1)
    r.p("Surrey Police is good at managing offenders and suspects.")
    r.p("The force pursues wanted suspects well, and it has no backlog of offender visits.")
    r.h("Disrupting serious organised crime", 1)
    r.p("We will publish our findings on the force’s SOC work in our regional report.")
    r.page()

    r.h("Building, supporting and protecting the workforce", 1)
    r.p("Surrey Police is good at building and developing its workforce.")
    r.h("Strategic planning, organisational management and value for money", 1)
    r.p("Surrey Police is adequate at planning and managing its organisation efficiently, and it gives "
        "value for money.")
    r.h("Area for improvement", 3)
    text = "The force should make sure its plans to make savings are realistic."
    r.bullets(text)
    r.afi("Good use of resources", text)
    r.page()

    r.h("About the data", 1)
    r.p("Data in this report comes from a range of sources, including the Home Office and the force. In our "
        "grading we consider how the force performs against other forces.")
    return r


# ---------------------------------------------------------------------------
CP_AREAS = {
    "Leadership": "Child protection leadership",
    "Partnership working": "Working with safeguarding partners",
    "Initial response": "Responding to children at risk of harm",
    "Risk assessment and referral": "Assessing risk to children and making appropriate referrals",
    "Investigation": "Investigating reports of abuse, neglect and exploitation of children",
}


def essex() -> Report:
    force = "Essex Police"
    r = Report("ncpi-essex.pdf", force, "Child protection", "2026-01",
               "National child protection inspection – Essex Police",
               {"doc_kind": "child_protection_report", "force": force,
                "title": "National child protection inspection Essex Police"})
    r.h("National child protection inspection", 1)
    r.h("Essex Police", 2)
    r.p("January 2026")
    r.page()

    contents(r, [("Overall summary", 1), ("Our judgments", 1), ("Causes of concern", 2),
                 ("Child protection leadership", 3), ("Working with safeguarding partners", 4),
                 ("Responding to children at risk of harm", 4),
                 ("Assessing risk to children and making appropriate referrals", 5),
                 ("Investigating reports of abuse, neglect and exploitation of children", 6),
                 ("About this inspection", 7)])
    r.page()

    r.h("Overall summary", 1)
    r.p("We inspected how well Essex Police protects children. We examined the force’s work in five topics "
        "of our child protection assessment criteria.[^1]")
    r.note(1, "The criteria are set out in our national child protection inspection programme methodology, "
              "published in April 2024.")
    r.h("Our judgments", 2)
    anchor = "We graded the force in each of the five topics"
    r.p("We graded the force in each of the five topics, as follows:")
    chart = {"Good": ["Partnership working"], "Adequate": ["Risk assessment and referral"],
             "Requires improvement": ["Leadership", "Investigation"], "Inadequate": ["Initial response"]}
    r.chart_columns(chart)
    for grade, areas in chart.items():
        for area in areas:
            r.grade(CP_AREAS[area], area, grade, anchor)
    r.p("Our grades range from outstanding to inadequate. A grade of inadequate means we have causes of "
        "concern and have made recommendations to the force to address them.")
    r.p("We last inspected the force’s child protection arrangements in 2019. We didn’t grade forces in that "
        "programme.")
    r.h("HM Inspector’s observations", 2)
    r.p("Officers and staff in Essex Police are committed to protecting children, and the force works well "
        "with its safeguarding partners. But its initial response to children at risk isn’t good enough, "
        "and leaders don’t have a clear enough understanding of the quality of child protection work.")
    r.page()

    r.h("Causes of concern", 1)
    r.h("Cause of concern 1: Initial response", 2)
    cause1 = r.cause("Responding to children at risk of harm",
                     "Essex Police doesn’t respond quickly enough when children go missing, and officers don’t "
                     "always recognise the risk of exploitation.")
    r.p("Essex Police doesn’t respond quickly enough when children go missing, and officers don’t always "
        "recognise the risk of exploitation.")
    r.h("Recommendations", 3)
    lead = "Immediately, Essex Police should:"
    r.p(lead)
    items = ("make sure every report of a missing child is risk assessed by a supervisor; and",
             "make sure officers search for missing children in line with the risk.")
    r.bullets(*items)
    for item in items:
        r.rec(cause1, item, "Immediately", lead)
    lead = "Within three months, Essex Police should:"
    r.p(lead)
    item = "train its control room staff to recognise the signs of child criminal exploitation."
    r.bullets(item)
    r.rec(cause1, item, "Within three months", lead)
    r.h("Cause of concern 2: Leadership", 2)
    cause2 = r.cause("Child protection leadership",
                     "Leaders don’t have an effective oversight of the quality of the force’s child protection "
                     "work.")
    r.p("Leaders don’t have an effective oversight of the quality of the force’s child protection work.")
    r.h("Recommendation", 3)
    text = ("Within six months, Essex Police should introduce a performance framework that tells leaders "
            "about the quality of the service children receive.")
    r.p(text)
    r.rec(cause2, text, "Within six months", None)
    r.page()

    r.h("Child protection leadership", 1)
    r.p("**Grade: Requires improvement**")
    r.p("The chief constable has made protecting children a priority, and there is a child-centred policing "
        "strategy. But leaders rely on data about volumes of work, not on how well children are protected.")
    r.h("Area for improvement 1", 3)
    text = "The force should make sure that supervisors have the time and training to review child protection cases."
    r.p(text)
    r.afi("Child protection leadership", text)
    r.page()

    r.h("Working with safeguarding partners", 1)
    r.p("**Grade: Good**")
    r.p("The force contributes well to the safeguarding partnership arrangements in all three of its local "
        "authority areas.[^2]")
    r.note(2, "Essex County Council, Southend-on-Sea City Council and Thurrock Council.")
    r.h("Promising practice", 3)
    r.box("**Joint visits to children who go missing from care**",
          "Officers and social workers visit together within 72 hours of a child’s return.")

    r.h("Responding to children at risk of harm", 1)
    r.p("**Grade: Inadequate**")
    r.p("We found serious shortcomings in how the force responds to children who go missing from home. Our "
        "cause of concern and recommendations are set out earlier in this report.")
    r.page()

    r.h("Assessing risk to children and making appropriate referrals", 1)
    r.p("**Grade: Adequate**")
    r.p("Officers usually recorded the right information in referrals, but the child’s voice was often "
        "missing.")
    r.h("Area for improvement 2", 3)
    text = "The force should make sure the views and feelings of children are recorded in every referral."
    r.p(text)
    r.afi("Assessing risk to children and making appropriate referrals", text)
    r.h("Area for improvement 3", 3)
    text = "The force should reduce the delay in sending referrals to children’s social care."
    r.p(text)
    r.afi("Assessing risk to children and making appropriate referrals", text)
    r.page()

    r.h("Investigating reports of abuse, neglect and exploitation of children", 1)
    r.p("**Grade: Requires improvement**")
    r.p("The force’s investigations into abuse were too often delayed, and victims weren’t kept informed.")
    r.h("Area for improvement 4", 3)
    text = "The force should make sure investigations into child abuse are allocated to investigators with the right skills."
    r.p(text)
    r.afi("Investigating reports of abuse, neglect and exploitation of children", text)
    r.page()

    r.h("About this inspection", 1)
    r.p("We carried out our fieldwork in September 2025. We reviewed 120 child protection cases and "
        "interviewed officers, staff and partner agencies.",
        "We grade each topic as outstanding, good, adequate, requires improvement or inadequate, using the "
        "same grading criteria as our PEEL inspections.")
    return r


# ---------------------------------------------------------------------------
def durham() -> Report:
    force = "Durham Constabulary"
    r = Report("ncpi-post-inspection-review-durham.pdf", force, None, None,
               "National child protection inspection: post-inspection review – Durham Constabulary",
               {"doc_kind": "child_protection_report", "force": force,
                "title": "National child protection inspection: post-inspection review Durham Constabulary"})
    r.h("National child protection inspection: post-inspection review", 1)
    r.h("Durham Constabulary", 2)
    r.p("February 2026")
    r.page()

    r.h("Introduction", 1)
    r.p("In March 2025, we published a report on how well Durham Constabulary protects children. We graded "
        "the force as inadequate at its initial response to children at risk, and as requiring improvement "
        "in investigating abuse and in leadership. We identified two causes of concern and made four "
        "recommendations.")
    r.p("In November 2025, we returned to the force to assess its progress against the recommendations. We "
        "don’t grade forces in post-inspection reviews.[^1]")
    r.note(1, "Our methodology for post-inspection activity is published on our website.")
    r.h("Summary of progress", 2)
    r.p("The force has made good progress. It has completed three of the four recommendations, and it has "
        "plans in place for the fourth.")
    r.page()

    r.h("Cause of concern 1", 1)
    cause1 = r.cause(None, "Durham Constabulary doesn’t always respond promptly to children at risk of harm, "
                           "particularly children who go missing.")
    r.p("***Durham Constabulary doesn’t always respond promptly to children at risk of harm, particularly "
        "children who go missing.***")
    r.h("Recommendations", 2)
    lead = "Within three months, Durham Constabulary should:"
    r.p(lead)
    items = ("make sure that it attends missing child reports in line with the assessed risk;",
             "make sure that supervisors oversee the response to every child reported missing; and",
             "make sure that return home interviews are shared with officers.")
    r.bullets(*items)
    for item in items:
        r.rec(cause1, item, "Within three months", lead)
    r.h("What we found", 2)
    r.p("The force has completed these recommendations. It now attends high-risk missing reports within an "
        "hour in most cases, and supervisors record their oversight.")
    r.page()

    r.h("Cause of concern 2", 1)
    cause2 = r.cause(None, "Leaders don’t understand the quality of the force’s child abuse investigations.")
    r.p("***Leaders don’t understand the quality of the force’s child abuse investigations.***")
    r.h("Recommendation", 2)
    text = ("By 30 September 2025, Durham Constabulary should introduce regular audits of child abuse "
            "investigations and report their findings to the chief officer team.")
    r.p(text)
    r.rec(cause2, text, "By 30 September 2025", None)
    r.h("What we found", 2)
    r.p("The force has designed an audit process but has carried out only one audit. This recommendation "
        "hasn’t yet been completed.")
    r.h("New area for improvement", 2)
    r.p("During our review we found that officers didn’t always record the views of children in referrals "
        "to partner agencies.")
    text = "The force should make sure officers record the voice of the child in every referral."
    r.p(f"**Area for improvement:** {text}")
    r.afi(None, text, anchor=text)
    r.page()

    r.h("Next steps", 1)
    r.p("We will continue to monitor the force’s progress through our usual liaison arrangements. We will "
        "consider the force’s child protection work again in our next PEEL inspection.")
    return r


# ---------------------------------------------------------------------------
def avon_and_somerset() -> Report:
    force = "Avon and Somerset Constabulary"
    r = Report("peel-2023-25-avon-and-somerset.pdf", force, "PEEL 2023-25", "2025-02",
               "PEEL 2023–25 | Avon and Somerset Constabulary",
               {"doc_kind": "peel_report", "force": force, "publication_date": "2025-02-04",
                "title": "PEEL 2023–25 Police effectiveness, efficiency and legitimacy An inspection of Avon "
                         "and Somerset Constabulary"})
    r.h(PEEL_TITLE_2325, 1)
    r.h("Police effectiveness, efficiency and legitimacy", 2)
    r.h("An inspection of Avon and Somerset Constabulary", 2)
    r.p("Published on 4 February 2025")
    r.page()

    contents(r, [("Overall summary", 1), ("Police powers and treating the public fairly and respectfully", 3),
                 ("Preventing and deterring crime and antisocial behaviour, and reducing vulnerability", 3),
                 ("Responding to the public", 4), ("Investigating crime", 5), ("Protecting vulnerable people", 6),
                 ("Managing offenders and suspects", 6), ("Building, supporting and protecting the workforce", 7),
                 ("Leadership and force management", 7), ("About us", 8)])
    r.page()

    r.h("Overall summary", 1)
    r.h("Our judgments", 2)
    r.p("Our inspection assessed how good Avon and Somerset Constabulary is in nine areas of policing. We "
        "make graded judgments in eight of these nine areas. The chart below shows our judgments.")
    anchor = "The chart below shows our judgments"
    rows = [("Police powers and public treatment", "Good"), ("Preventing crime", "Outstanding"),
            ("Responding to the public", "Adequate"), ("Investigating crime", "Inadequate"),
            ("Protecting vulnerable people", "Requires improvement"), ("Managing offenders", "Good"),
            ("Developing a positive workplace", "Good"), ("Leadership and force management", "Adequate")]
    from report import GRADES, GRADE_FILL  # noqa: PLC0415
    header = tuple(cell(f"**{g}**") for g in GRADES)
    body = [tuple(cell(area) if g == grade else cell("") for g in GRADES) for area, grade in rows]
    fills = {(0, c): GRADE_FILL[g] for c, g in enumerate(GRADES)}
    r.table([header, *body], (1, 1, 1, 1, 1), fills=fills)
    for area, grade in rows:
        r.grade(area, area, grade, anchor)
    r.p("We also inspected how effective a service the force gives to victims of crime. We don’t make a "
        "graded judgment in this area.")
    r.h("HM Inspector’s observations", 2)
    r.p("Avon and Somerset Constabulary is an innovative force with a strong commitment to prevention. Its "
        "use of data to target neighbourhood work is among the best we have seen.[^1]")
    r.note(1, "We describe this in the section on preventing crime.")
    r.p("But I am concerned about how the force investigates crime. Too many investigations are allocated "
        "to officers without the right skills, and too many are closed without a suspect being identified. "
        "In our 2021/22 inspection we graded the force as requires improvement at investigating crime, so "
        "this is a decline.")
    r.page()

    r.h("Police powers and treating the public fairly and respectfully", 1)
    r.p("**Our overall judgment: Good**")
    r.p("The constabulary is good at police powers and public treatment.")
    r.h("Areas for improvement", 3)
    text = "The constabulary should make sure its officers explain their reasons for using force."
    r.bullets(text)
    r.afi("Police powers and public treatment", text)

    r.h("Preventing and deterring crime and antisocial behaviour, and reducing vulnerability", 1)
    r.p("**Our overall judgment: Outstanding**")
    r.p("The constabulary is outstanding at preventing crime and antisocial behaviour.")
    r.h("Innovative practice", 3)
    r.box("**Targeting prevention with data**",
          "The constabulary combines crime, health and housing data to find the places where prevention will "
          "have most effect.")
    r.page()

    r.h("Responding to the public", 1)
    r.p("**Our overall judgment: Adequate**")
    r.p("The constabulary is adequate at responding to the public.")
    r.h("Areas for improvement", 3)
    afis = ("The constabulary should make sure it answers non-emergency calls promptly.",
            "The constabulary should make sure that call handlers give callers appropriate safety advice.")
    r.bullets(*afis)
    for text in afis:
        r.afi("Responding to the public", text)
    r.page()

    r.h("Investigating crime", 1)
    r.p("**Our overall judgment: Inadequate**")
    r.p("The constabulary is inadequate at investigating crime.")
    r.h("Cause of concern", 3)
    cause = r.cause("Investigating crime",
                    "The constabulary doesn’t make sure its investigations are allocated to staff with the "
                    "right skills, or that they are effectively supervised.")
    r.p("The constabulary doesn’t make sure its investigations are allocated to staff with the right skills, "
        "or that they are effectively supervised.")
    r.h("Recommendations", 4)
    from generator.model import Numbered  # noqa: PLC0415
    items = (("Avon and Somerset Constabulary should make sure that investigations are allocated to staff "
              "with the right skills and experience within three months.", "Within three months"),
             ("Avon and Somerset Constabulary should make sure that supervisors review investigations at "
              "regular intervals within six months.", "Within six months"))
    r.blocks.append(Numbered(tuple(text for text, _ in items)))
    for text, timescale in items:
        r.rec(cause, text, timescale, None)
    r.h("Areas for improvement", 3)
    text = "The constabulary should make sure victims are updated in line with the Victims’ Code."
    r.bullets(text)
    r.afi("Investigating crime", text)
    r.page()

    r.h("Protecting vulnerable people", 1)
    r.p("**Our overall judgment: Requires improvement**")
    r.p("The constabulary requires improvement at protecting vulnerable people.")
    r.h("Areas for improvement", 3)
    afis = ("The constabulary should make sure it identifies repeat victims of domestic abuse.",
            "The constabulary should make sure officers use body-worn video at domestic abuse incidents.")
    r.bullets(*afis)
    for text in afis:
        r.afi("Protecting vulnerable people", text)
    r.h("Managing offenders and suspects", 1)
    r.p("**Our overall judgment: Good**")
    r.p("The constabulary is good at managing offenders and suspects.")
    r.page()

    r.h("Building, supporting and protecting the workforce", 1)
    r.p("**Our overall judgment: Good**")
    r.p("The constabulary is good at building and developing its workforce.")
    r.h("Leadership and force management", 1)
    r.p("**Our overall judgment: Adequate**")
    r.p("The constabulary is adequate at leadership and force management.")
    r.h("Areas for improvement", 3)
    text = "The constabulary should make sure its workforce plan shows how it will meet investigative demand."
    r.bullets(text)
    r.afi("Leadership and force management", text)
    r.page()

    about_us(r, "This inspection was carried out under the PEEL assessment framework 2023–25.")
    return r


REPORTS = (northamptonshire, leicestershire, surrey, essex, durham, avon_and_somerset)

if __name__ == "__main__":
    for build in REPORTS:
        build().write(ROUND)
