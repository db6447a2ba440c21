"""Blind round 24 (issue 3): five inspection documents at a real publication's length (8-14 pages),
built in Word with python-docx; three saved as PDF by LibreOffice (samples/corpus/office_pdf.py),
two kept as Word. Gold is written beside the text it describes and lands in gold/ (staged in pending/ until the extractors were fixed).

Run: .venv/bin/python samples/corpus/inspection-round24/generate.py   (needs `soffice`)
Names, figures, grades and wording are invented.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent))  # samples/, for inspection_render's generator package
sys.path.insert(0, str(HERE))

from office_pdf import docx_to_pdf  # noqa: E402
from prose import paragraphs  # noqa: E402
from wordkit import Gold, WordDoc  # noqa: E402

CHECKED = ("Written by hand in samples/corpus/inspection-round24/generate.py beside the text it describes, blind "
           "(no extractor code, extractor test or earlier round's generator read); PDF pages set from the PDF's own "
           "text and read against `scrutiny inspect`.")
TYPES = ["documents", "grades", "areas_for_improvement", "causes_of_concern", "recommendations", "findings"]
GRADE_COLOUR = {"Outstanding": "1F6F3F", "Good": "4E8A2A", "Adequate": "B8860B", "Requires improvement": "C0601A",
                "Inadequate": "C8102E"}
WHAT_GRADES_MEAN = [
    "Outstanding – the force has substantially exceeded the characteristics of good performance.",
    "Good – the force has demonstrated substantially all the characteristics of good performance.",
    "Adequate – the force has demonstrated some of the characteristics of good performance, but we have identified areas where it should improve.",
    "Requires improvement – there are shortcomings in the force’s performance.",
    "Inadequate – the force’s performance is significantly below what is expected.",
]


# --- 1. PEEL 2023-25 report, Word saved as PDF ----------------------------------------------------

def peel_2023_25_wiltshire() -> tuple[WordDoc, Gold]:
    force = "Wiltshire Police"
    d = WordDoc(None, "PEEL 2023–25: Wiltshire Police   © HMICFRS 2026")
    g = Gold(TYPES)
    d.title("PEEL 2023–25: An inspection of Wiltshire Police")
    d.subtitle("Police effectiveness, efficiency and legitimacy")
    d.para("Published: 4 March 2026")
    d.contents([("About this inspection", 2), ("Overall summary", 2), ("Our judgments", 2), ("What our grades mean", 3),
                ("HM Inspector’s observations", 3), ("Providing a service to victims of crime", 4),
                ("Police powers and public treatment", 4), ("Preventing crime", 5), ("Responding to the public", 6),
                ("Investigating crime", 7), ("Protecting vulnerable people", 8), ("Managing offenders", 9),
                ("Developing a positive workplace", 10), ("Leadership and force management", 11),
                ("About the data", 12), ("Annex A: Force data", 12)])
    d.page_break()
    d.heading("About this inspection", 1)
    d.para("We carried out this PEEL inspection of Wiltshire Police in June and July 2025. We looked at how effective, "
           "efficient and legitimate the force is, and we reviewed a sample of its records. This report sets out what we "
           "found, and includes the areas where the force should improve.")
    d.para("PEEL inspections assess forces against a common set of characteristics of good performance. They use "
           "interviews, focus groups, reality testing, case file reviews and data supplied by the force. Our fieldwork "
           "included visits to each of the force’s three local policing areas.")
    d.heading("Overall summary", 1)
    d.heading("Our judgments", 2)
    d.para("Our inspection assessed how good Wiltshire Police is in eight areas of policing. We make graded judgments "
           "in all eight areas, as follows:")
    grades = [("Police powers and public treatment", "Good"), ("Preventing crime", "Adequate"),
              ("Responding to the public", "Requires improvement"), ("Investigating crime", "Adequate"),
              ("Protecting vulnerable people", "Requires improvement"), ("Managing offenders", "Good"),
              ("Developing a positive workplace", "Good"), ("Leadership and force management", "Adequate")]
    d.caption("Table 1: Wiltshire Police’s grades by area of policing")
    d.grade_table(["Area of policing", "Grade"], [[a, gr] for a, gr in grades] +
                  [["Providing a service to victims of crime", "Not graded"]], widths=[11, 5])
    for area, grade in grades:
        g.add("grades", "Table 1: Wiltshire Police’s grades by area", force=force, framework="PEEL 2023-25",
              area=area, area_raw=area, grade=grade, as_of="2026-03")
    d.para("We set out our detailed findings about things the force is doing well and where the force should improve "
           "in the rest of this report.")
    d.heading("What our grades mean", 2)
    d.para("Our grades are based on the characteristics of good performance set out in the PEEL assessment framework.")
    for line in WHAT_GRADES_MEAN:
        d.bullet(line)
    d.heading("HM Inspector’s observations", 1)
    d.para("I am pleased with some aspects of the performance of Wiltshire Police, but there are areas in which it "
           "needs to improve. In our 2022 inspection we graded the force as requires improvement at investigating "
           "crime, and it has made progress since then.")
    for text in paragraphs("leadership", 2, 0) + paragraphs("response", 1, 0):
        d.para(text)
    d.para("My report sets out the details of our findings. I will monitor the force’s progress against the cause of "
           "concern and the areas for improvement we have identified.")
    d.para(("Nicola Hartwell", "b"))
    d.para("His Majesty’s Inspector of Constabulary")

    d.heading("Providing a service to victims of crime", 1)
    d.para("We assess how well the force records crimes and the service it gives victims from the report of a crime "
           "to its outcome. This area is not graded. The force is good at recording crime: it recorded 94.1 percent "
           "of the crimes reported to it.")
    for text in paragraphs("investigation", 2, 4):
        d.para(text)

    def area_head(area: str, grade: str, sentence: str) -> None:
        d.heading(area, 1)
        d.para((grade, "b#" + GRADE_COLOUR[grade]))
        d.para(sentence)

    def main_finding(area: str, statement: str, topic: str, start: int, count: int = 1) -> None:
        d.bold(statement)
        for text in paragraphs(topic, count, start):
            d.para(text)
        g.add("findings", statement, force=force, area=area, kind="main_finding", text=statement)

    def afi_single(area: str, text: str, detail: str | None) -> None:
        d.heading("Area for improvement", 2)
        d.bold(text)
        if detail:
            d.para(detail)
        g.add("areas_for_improvement", text, force=force, area=area, text=text, detail=detail)

    # Police powers and public treatment
    area = "Police powers and public treatment"
    area_head(area, "Good", "Wiltshire Police is good at treating the public fairly and respectfully.")
    d.heading("Main findings", 2)
    main_finding(area, "The force uses its powers fairly and scrutinises how it uses them.", "powers", 0, 3)
    main_finding(area, "The force engages well with its communities.", "powers", 9, 2)
    afi_single(area, "The force should improve how supervisors check the grounds recorded for stop and search.",
               "Of the 210 search records we reviewed, 23 did not show reasonable grounds, and supervisors had "
               "identified only four of them.")

    # Preventing crime
    area = "Preventing crime"
    area_head(area, "Adequate", "Wiltshire Police is adequate at preventing and deterring crime and antisocial "
                                "behaviour, and reducing vulnerability.")
    d.heading("Main findings", 2)
    main_finding(area, "The force has a clear focus on prevention and problem-solving.", "prevention", 0, 3)
    d.box("Innovative practice: Farm watch messaging in rural communities",
          ["The force sends short text alerts about thefts of machinery and fuel to a register of 3,200 farmers and "
           "landowners. Reports of rural theft fell by 17 percent in the year after the scheme began."])
    g.add("findings", "Farm watch messaging in rural communities", force=force, area=area,
          kind="innovative_practice", text="Farm watch messaging in rural communities")
    main_finding(area, "Neighbourhood officers are too often taken away from their duties.", "prevention", 9, 2)
    d.heading("Areas for improvement", 2)
    afis = ["The force should make sure that neighbourhood officers are not routinely abstracted to cover response duties.",
            "The force should evaluate its problem-solving activity so that it knows what works."]
    for text in afis:
        d.bullet(text)
        g.add("areas_for_improvement", text, force=force, area=area, text=text, detail=None)

    # Responding to the public
    area = "Responding to the public"
    area_head(area, "Requires improvement", "Wiltshire Police requires improvement at responding to the public.")
    d.heading("Main findings", 2)
    main_finding(area, "The force doesn’t answer emergency calls quickly enough.", "response", 0, 3)
    d.caption("Figure 1: Percentage of 999 calls answered within ten seconds, Wiltshire Police and England and Wales, "
              "quarter to June 2024 to quarter to June 2025")
    d.table([["Quarter to", "Wiltshire Police", "England and Wales"],
             ["June 2024", "68.2%", "77.9%"], ["September 2024", "70.5%", "79.4%"],
             ["December 2024", "66.9%", "80.1%"], ["March 2025", "71.3%", "81.6%"], ["June 2025", "72.8%", "82.0%"]])
    d.para(("Source: Home Office emergency call data", "i"))
    main_finding(area, "The force doesn’t always assess risk well when it delays attendance.", "response", 9, 2)
    d.heading("Areas for improvement", 2)
    response_afis = [
        ("The force should make sure it answers emergency and non-emergency calls within national standards.",
         "The force answered 72.8 percent of emergency calls within ten seconds in the quarter to June 2025. "
         "The national standard is 90 percent."),
        ("The force should make sure that call handlers search for previous contact so that repeat and vulnerable "
         "callers are identified.", None),
        ("The force should make sure that callers are told when attendance will be delayed, and that risk is "
         "reassessed.", "In 19 of the 60 delayed incidents we reviewed, the caller was not updated about the delay."),
    ]
    for text, detail in response_afis:
        d.bold(text)
        if detail:
            d.para(detail)
        g.add("areas_for_improvement", text, force=force, area=area, text=text, detail=detail)

    # Investigating crime
    area = "Investigating crime"
    area_head(area, "Adequate", "Wiltshire Police is adequate at investigating crime.")
    d.heading("Main findings", 2)
    main_finding(area, "Investigations are not always supervised effectively.", "investigation", 0, 3)
    main_finding(area, "The force has reduced delays in examining digital devices.", "investigation", 9, 2)
    afi_single(area, "The force should make sure that investigation plans are recorded and reviewed by supervisors.",
               "Thirty-one of the 90 investigations we reviewed had no investigation plan, and in 22 of them there "
               "was no record of a supervisory review in the previous 28 days.")

    # Protecting vulnerable people
    area = "Protecting vulnerable people"
    area_head(area, "Requires improvement", "Wiltshire Police requires improvement at protecting vulnerable people.")
    cause = ("Wiltshire Police doesn’t make sure that safeguarding referrals for vulnerable children and adults are "
             "made and acted on without delay.")
    cause_detail = ("The multi-agency safeguarding hub held a backlog of 1,140 referrals at the time of our "
                    "inspection. Some had waited more than three weeks to be reviewed, including cases in which a "
                    "child was assessed as at risk of significant harm.")
    d.heading("Cause of concern", 2)
    d.bold(cause)
    d.para(cause_detail)
    g.add("causes_of_concern", cause, force=force, area=area, text=cause, detail=cause_detail)
    d.heading("Recommendations", 3)
    lead = "Within six months, Wiltshire Police should:"
    d.para(lead)
    recs = ["make sure the multi-agency safeguarding hub has enough trained staff to review referrals within the "
            "force’s own timescales;",
            "introduce daily supervisory oversight of the referral backlog, prioritising referrals according to risk; and",
            "agree with its safeguarding partners how referrals that are not acknowledged will be followed up."]
    for text in recs:
        d.bullet(text)
        g.add("recommendations", text, force=force, cause_of_concern_text=cause, text=text,
              timescale="Within six months", lead_in=lead)
    d.heading("Main findings", 2)
    main_finding(area, "Officers identify vulnerability well at the first point of contact.", "vulnerability", 0, 3)
    main_finding(area, "The force makes good use of protective orders.", "vulnerability", 9, 2)
    afi_single(area, "The force should make sure that officers record the voice of the child at domestic abuse "
                     "incidents.", None)

    # Managing offenders
    area = "Managing offenders"
    area_head(area, "Good", "Wiltshire Police is good at managing offenders and suspects.")
    d.heading("Main findings", 2)
    main_finding(area, "The force manages the risk posed by registered sex offenders effectively.", "offenders", 0, 3)
    afi_single(area, "The force should make sure that wanted suspects are arrested promptly.",
               "At the time of our inspection, 286 people were recorded as wanted on the police national computer, "
               "and 71 of them had been wanted for more than six months.")

    # Developing a positive workplace
    area = "Developing a positive workplace"
    area_head(area, "Good", "Wiltshire Police is good at building and developing its workforce.")
    d.heading("Main findings", 2)
    main_finding(area, "The force has a positive and inclusive culture.", "workforce", 0, 3)
    d.box("Promising practice: Peer supporters for officers after traumatic incidents",
          ["A network of 64 trained peer supporters contacts every officer and member of staff involved in a "
           "traumatic incident within 72 hours, and refers them to occupational health where needed."])
    g.add("findings", "Peer supporters for officers after traumatic incidents", force=force, area=area,
          kind="promising_practice", text="Peer supporters for officers after traumatic incidents")
    main_finding(area, "The force deals well with misconduct and corruption.", "workforce", 9, 2)

    # Leadership and force management
    area = "Leadership and force management"
    area_head(area, "Adequate", "Wiltshire Police is adequate at leadership and force management.")
    d.heading("Main findings", 2)
    main_finding(area, "The force understands its demand, but doesn’t yet plan its workforce to meet it.",
                 "leadership", 0, 3)
    main_finding(area, "The force’s financial plans are realistic.", "leadership", 9, 2)
    d.heading("Areas for improvement", 2)
    lead_afis = ["The force should make sure its workforce plan sets out the skills it will need in future.",
                 "The force should evaluate its change programmes to understand whether they achieve the intended "
                 "benefits."]
    for text in lead_afis:
        d.bullet(text)
        g.add("areas_for_improvement", text, force=force, area=area, text=text, detail=None)

    d.heading("About the data", 1)
    d.para("Data in this report comes from a range of sources, including the Home Office, the Office for National "
           "Statistics, our inspection fieldwork and data that we collected directly from all 43 police forces in "
           "England and Wales. Where we have collected data directly from police forces, we have taken reasonable "
           "steps to agree the design of the data collection with forces and with other interested parties.")
    d.para("When we present a figure for England and Wales, we exclude forces that could not supply the data. "
           "Figures may not add to 100 percent because of rounding.")
    d.heading("Annex A: Force data", 2)
    d.caption("Figure 2: Recorded crime per 1,000 population, Wiltshire Police and England and Wales, year ending "
              "March 2021 to year ending March 2025")
    d.table([["Year ending March", "Wiltshire Police", "England and Wales"],
             ["2021", "61.4", "77.3"], ["2022", "66.0", "85.4"], ["2023", "68.9", "90.1"],
             ["2024", "67.2", "89.0"], ["2025", "65.8", "87.6"]])
    d.para(("Source: Office for National Statistics, police recorded crime", "i"))
    d.para("Areas for improvement and causes of concern in this report are listed in the order in which they appear "
           "in each section. The force will publish its response to our findings.")
    g.add("documents", "", force=force, status="ok", doc_kind="peel_report",
          title="PEEL 2023–25: An inspection of Wiltshire Police", publication_date="2026-03-04", file_type="pdf")
    return d, g


# --- 2. PEEL 2021/22 report, Word -------------------------------------------------------------

def peel_2021_22_sussex() -> tuple[WordDoc, Gold]:
    force = "Sussex Police"
    d = WordDoc("PEEL 2021/22 – Sussex Police", "Sussex Police – Police effectiveness, efficiency and legitimacy 2021/22")
    g = Gold(TYPES)
    d.title("PEEL 2021/22: An inspection of Sussex Police")
    d.subtitle("Police effectiveness, efficiency and legitimacy")
    d.para("Date of publication: 20 September 2022")
    d.contents([("Overall summary", 2), ("Our judgments", 2), ("Important changes to PEEL", 3),
                ("HM Inspector’s observations", 3), ("Providing a service to the victims of crime", 4),
                ("Engaging with and treating the public with fairness and respect", 5),
                ("Preventing crime and anti-social behaviour", 5), ("Responding to the public", 6),
                ("Investigating crime", 7), ("Protecting vulnerable people", 8),
                ("Managing offenders and suspects", 9), ("Disrupting serious organised crime", 9),
                ("Building, supporting and protecting the workforce", 10),
                ("Strategic planning, organisational management and value for money", 10)])
    d.page_break()
    d.heading("Overall summary", 1)
    d.heading("Our judgments", 2)
    d.para("Our inspection assessed how good Sussex Police is in ten areas of policing. We make graded judgments in "
           "nine of these ten as follows:")
    grades = [("Recording data about crime", "Recording data about crime", "Good"),
              ("Engaging with and treating the public with fairness and respect", "Police powers and public treatment", "Good"),
              ("Preventing crime and anti-social behaviour", "Preventing crime", "Adequate"),
              ("Responding to the public", "Responding to the public", "Requires improvement"),
              ("Investigating crime", "Investigating crime", "Adequate"),
              ("Protecting vulnerable people", "Protecting vulnerable people", "Adequate"),
              ("Managing offenders and suspects", "Managing offenders", "Good"),
              ("Building, supporting and protecting the workforce", "Developing a positive workplace", "Good"),
              ("Strategic planning, organisational management and value for money", "Good use of resources", "Adequate")]
    rows = [[raw, grade] for raw, _, grade in grades]
    rows.insert(7, ["Disrupting serious organised crime", "Graded in a separate regional report"])
    d.grade_table(["Area", "Grade"], rows, widths=[11, 5])
    for raw, area, grade in grades:
        g.add("grades", "", force=force, framework="PEEL 2021/22", area=area, area_raw=raw, grade=grade,
              as_of="2022-09")
    d.para("We also inspected how effective a service Sussex Police gives to victims of crime. We don’t make a "
           "graded judgment overall in this area.")
    d.para("We set out our detailed findings about things the force is doing well and where the force should improve "
           "in the rest of this report.")
    d.heading("Important changes to PEEL", 2)
    d.para("In 2014, we introduced our police effectiveness, efficiency and legitimacy (PEEL) inspections, which assess "
           "the performance of all 43 police forces in England and Wales. Since then, we have been continuously "
           "adapting our approach and this year has seen the most significant changes yet.")
    d.para("We are moving to a more intelligence-led, continual assessment approach, rather than the annual PEEL "
           "inspections we used in previous years. We have also changed our grading judgments to align with the "
           "categories used in other public sector inspectorates.")
    d.para("This means that this year’s PEEL grades can’t be directly compared with grades from previous PEEL "
           "inspections. A reduction in grade, particularly from good to adequate, doesn’t necessarily mean that "
           "there has been a reduction in performance.")
    for line in WHAT_GRADES_MEAN:
        d.bullet(line)
    d.heading("HM Inspector’s observations", 2)
    d.para("In our 2018/19 inspection we judged the force to be good at effectiveness and good at legitimacy. I am "
           "satisfied with most aspects of the performance of Sussex Police, but there are areas where it needs to "
           "improve, in particular how it answers and responds to calls from the public.")
    for text in paragraphs("response", 1, 2) + paragraphs("workforce", 1, 0) + paragraphs("leadership", 1, 1):
        d.para(text)
    d.para(("Marcus Pelling", "b"))
    d.para("HM Inspector of Constabulary")

    d.heading("Providing a service to the victims of crime", 1)
    d.para("We audited how well Sussex Police records crimes reported to it and the service it gives to victims "
           "from the point of reporting a crime through to the end of the investigation.")
    for text in paragraphs("investigation", 2, 5):
        d.para(text)
    d.para("Sussex Police is good at recording data about crime. We estimate that it records 95.2 percent of all "
           "crimes reported to it, with a confidence interval of +/- 1.4 percent.")
    d.caption("Figure 1: Crime recording accuracy in Sussex Police, 2018/19 and 2021/22")
    d.table([["Inspection", "Recording rate", "Confidence interval"], ["2018/19", "91.8%", "+/- 1.9%"],
             ["2021/22", "95.2%", "+/- 1.4%"]])
    d.para(("Source: HMICFRS crime data integrity audit", "i"))

    def section(raw: str, grade: str, sentence: str) -> None:
        d.heading(raw, 1)
        d.para((grade, "b#" + GRADE_COLOUR[grade]))
        d.para(sentence)

    def afi(area: str, text: str, detail: str | None = None, style: str = "bold") -> None:
        if style == "bullet":
            d.bullet(text)
        else:
            d.bold(text)
        if detail:
            d.para(detail)
        g.add("areas_for_improvement", text, force=force, area=area, text=text, detail=detail)

    area = "Police powers and public treatment"
    section("Engaging with and treating the public with fairness and respect", "Good",
            "Sussex Police is good at treating the public fairly and respectfully.")
    d.heading("Summary", 2)
    for text in paragraphs("powers", 3, 1):
        d.para(text)
    d.heading("Area for improvement", 2)
    afi(area, "The force should make sure that supervisors review the use of force by officers and record their "
              "conclusions.", "Supervisors reviewed 38 of the 120 use of force forms we examined.")

    area = "Preventing crime"
    section("Preventing crime and anti-social behaviour", "Adequate",
            "Sussex Police is adequate at preventing and deterring crime and anti-social behaviour.")
    d.heading("Summary", 2)
    for text in paragraphs("prevention", 3, 2):
        d.para(text)
    d.box("Innovative practice", ["Coastal patrol partnership",
          "The force works with the coastguard, lifeboat crews and two local authorities to share information about "
          "antisocial behaviour on beaches and promenades, and to plan joint patrols in the summer."], bold_first=True)
    g.add("findings", "Coastal patrol partnership", force=force, area=area, kind="innovative_practice",
          text="Coastal patrol partnership")
    d.heading("Areas for improvement", 2)
    afi(area, "The force should make sure that neighbourhood teams have the time and training to carry out "
              "problem-solving.", style="bullet")
    afi(area, "The force should share the results of its evaluations of crime prevention activity with its "
              "workforce.", style="bullet")

    area = "Responding to the public"
    section("Responding to the public", "Requires improvement",
            "Sussex Police requires improvement at responding to the public.")
    d.heading("Summary", 2)
    for text in paragraphs("response", 3, 0):
        d.para(text)
    cause = "Sussex Police doesn’t answer calls from the public quickly enough, and it doesn’t always assess the risk to callers."
    detail = ("Between April and December 2021, the force answered 64.8 percent of emergency calls within ten seconds. "
              "In 22 of the 80 calls we reviewed, call handlers did not use a structured approach to assess risk.")
    d.heading("Cause of concern", 2)
    d.bold(cause)
    d.para(detail)
    g.add("causes_of_concern", cause, force=force, area=area, text=cause, detail=detail)
    d.heading("Recommendations", 3)
    lead = "By 31 March 2023, the force should:"
    d.para(lead)
    recs = ["make sure it has enough call handlers on duty to meet demand at peak times;",
            "make sure that call handlers use a structured risk assessment for every call; and",
            "monitor the number of calls that are abandoned and act on what it finds."]
    for text in recs:
        d.bullet(text)
        g.add("recommendations", text, force=force, cause_of_concern_text=cause, text=text,
              timescale="By 31 March 2023", lead_in=lead)
    d.heading("Area for improvement", 2)
    afi(area, "The force should make sure that victims are updated when attendance is delayed.",
        "Callers in 14 of the 40 delayed incidents we reviewed were not told about the delay.")

    area = "Investigating crime"
    section("Investigating crime", "Adequate", "Sussex Police is adequate at investigating crime.")
    d.heading("Summary", 2)
    for text in paragraphs("investigation", 3, 0):
        d.para(text)
    d.heading("Areas for improvement", 2)
    afi(area, "The force should make sure that investigations are allocated to investigators with the right skills.",
        style="bullet")
    afi(area, "The force should make sure that it records victims’ wishes when they withdraw support for an "
              "investigation.", style="bullet")
    afi(area, "The force should make sure that victims are updated in line with the Code of Practice for Victims of "
              "Crime.", style="bullet")

    area = "Protecting vulnerable people"
    section("Protecting vulnerable people", "Adequate", "Sussex Police is adequate at protecting vulnerable people.")
    d.heading("Summary", 2)
    for text in paragraphs("vulnerability", 3, 1):
        d.para(text)
    d.box("Promising practice", ["Domestic abuse daily review meeting",
          "Every morning, a detective inspector reviews the previous day’s high-risk domestic abuse incidents with "
          "partners from health and housing, and agrees safety plans before the victim is contacted."], bold_first=True)
    g.add("findings", "Domestic abuse daily review meeting", force=force, area=area, kind="promising_practice",
          text="Domestic abuse daily review meeting")
    d.heading("Area for improvement", 2)
    afi(area, "The force should make sure that referrals to partner agencies are made without delay.")

    area = "Managing offenders"
    section("Managing offenders and suspects", "Good", "Sussex Police is good at managing offenders and suspects.")
    d.heading("Summary", 2)
    for text in paragraphs("offenders", 3, 0):
        d.para(text)
    d.para("We didn’t identify any areas for improvement in this area.")

    d.heading("Disrupting serious organised crime", 1)
    d.para("We now inspect serious and organised crime on a regional basis, rather than inspecting each force "
           "individually. Our findings about Sussex Police are set out in the South East regional report, which we "
           "published separately.")

    area = "Developing a positive workplace"
    section("Building, supporting and protecting the workforce", "Good",
            "Sussex Police is good at building, supporting and protecting the workforce.")
    d.heading("Summary", 2)
    for text in paragraphs("workforce", 3, 1):
        d.para(text)
    d.heading("Area for improvement", 2)
    afi(area, "The force should make sure that all supervisors complete its leadership programme.")

    area = "Good use of resources"
    section("Strategic planning, organisational management and value for money", "Adequate",
            "Sussex Police is adequate at operating efficiently.")
    d.heading("Summary", 2)
    for text in paragraphs("leadership", 3, 2):
        d.para(text)
    d.heading("Areas for improvement", 2)
    afi(area, "The force should improve its understanding of the demand it faces, including demand that is hidden.",
        style="bullet")
    afi(area, "The force should make sure its workforce plan reflects the skills it needs.", style="bullet")

    d.heading("About the data", 1)
    d.para("The information presented in this report comes from a range of sources, including data published by the "
           "Home Office and the Office for National Statistics, inspection fieldwork and data we collected directly "
           "from all 43 geographic police forces in England and Wales.")
    d.para("Where we collected data directly from police forces, we took reasonable steps to agree the design of the "
           "data collection with forces and with other relevant interested parties.")
    d.caption("Figure 2: Police officers per 1,000 population, Sussex Police and England and Wales, 31 March 2022")
    d.table([["", "Sussex Police", "England and Wales"], ["Officers per 1,000 population", "1.74", "2.23"]])
    d.para(("Source: Home Office police workforce statistics", "i"))
    g.add("documents", "", force=force, status="ok", doc_kind="peel_report",
          title="PEEL 2021/22: An inspection of Sussex Police", publication_date="2022-09-20", file_type="docx")
    return d, g


# --- 3. National child protection inspection, Word saved as PDF --------------------------------

def ncpi_west_yorkshire() -> tuple[WordDoc, Gold]:
    force = "West Yorkshire Police"
    d = WordDoc(None, "National child protection inspection: West Yorkshire Police")
    g = Gold(TYPES)
    d.title("National child protection inspection: West Yorkshire Police")
    d.para("Published: 16 April 2026")
    d.contents([("Foreword", 2), ("Introduction", 2), ("Our judgments", 3), ("Summary of findings", 3),
                ("Leadership and management", 4), ("Working with safeguarding partners", 5),
                ("Responding to children at risk of harm", 6),
                ("Assessing risk to children and making appropriate referrals", 7),
                ("Investigating reports of abuse, neglect and exploitation of children", 8),
                ("Annex A: Case file review results", 10), ("Annex B: Methodology", 10)])
    d.page_break()
    d.heading("Foreword", 1)
    d.para("This report sets out the findings of our inspection of how West Yorkshire Police protects children. "
           "We inspected the force in January 2026. Our last inspection of the force’s child protection "
           "arrangements, in 2019, was not graded.")
    for text in paragraphs("children", 2, 0, per=4):
        d.para(text)
    d.para("We have identified two causes of concern and five areas for improvement. The force should act on our "
           "recommendations without delay, and we will monitor its progress.")
    d.para(("Rebecca Anstey", "b"))
    d.para("His Majesty’s Inspector of Constabulary")
    d.heading("Introduction", 1)
    d.heading("The police’s responsibility to keep children safe", 2)
    d.para("The police have an important role in keeping children safe. Officers are often the first to identify "
           "that a child is at risk, and they have powers to take a child to a place of safety. They also work with "
           "safeguarding partners to decide how best to protect children and to investigate crimes against them.")
    d.para("Statutory guidance, Working Together to Safeguard Children, sets out the responsibilities of the police "
           "and other agencies. Our inspection assesses how well the force meets those responsibilities, focusing on "
           "the experiences of children who come into contact with the police.")
    d.heading("Context for the force", 2)
    d.para("West Yorkshire Police serves a population of about 2.4 million people, of whom 560,000 are children. "
           "In the year to September 2025, the force recorded 21,600 crimes in which the victim was a child.")
    d.heading("Our judgments", 1)
    d.para("We make a graded judgment in each of the five areas we inspected:")
    grades = [("Leadership and management", "Child protection leadership", "Adequate"),
              ("Working with safeguarding partners", "Working with safeguarding partners", "Good"),
              ("Responding to children at risk of harm", "Responding to children at risk of harm", "Requires improvement"),
              ("Assessing risk to children and making appropriate referrals",
               "Assessing risk to children and making appropriate referrals", "Adequate"),
              ("Investigating reports of abuse, neglect and exploitation of children",
               "Investigating reports of abuse, neglect and exploitation of children", "Inadequate")]
    d.caption("Table 1: Our judgments for West Yorkshire Police")
    d.grade_table(["Inspection area", "Judgment"], [[raw, grade] for raw, _, grade in grades], widths=[12, 4])
    for raw, area, grade in grades:
        g.add("grades", "Table 1: Our judgments for West Yorkshire Police", force=force, framework="Child protection",
              area=area, area_raw=raw, grade=grade, as_of="2026-04")
    d.para("Our grades are outstanding, good, adequate, requires improvement and inadequate. They describe how well "
           "the force performs against the characteristics of good practice in our inspection framework.")
    d.heading("Summary of findings", 1)
    for text in paragraphs("children", 4, 4, per=4):
        d.para(text)

    def topic(raw: str, grade: str) -> None:
        d.heading(raw, 1)
        d.para(("Our judgment: ", "b"), (grade.lower(), "b#" + GRADE_COLOUR[grade]))

    def afi(area: str, text: str, detail: str | None, bullet: bool = False) -> None:
        if bullet:
            d.bullet(text)
        else:
            d.heading("Area for improvement", 2)
            d.bold(text)
        if detail:
            d.para(detail)
        g.add("areas_for_improvement", text, force=force, area=area, text=text, detail=detail)

    area = "Child protection leadership"
    topic("Leadership and management", "Adequate")
    for text in paragraphs("children", 4, 5):
        d.para(text)
    afi(area, "The force should make sure that its performance framework for child protection measures the quality "
              "of its work as well as the volume.",
        "Senior leaders receive monthly data about the number of referrals and investigations, but the force has "
        "no regular audit of the quality of its child protection work.")
    for text in paragraphs("children", 1, 9):
        d.para(text)

    area = "Working with safeguarding partners"
    topic("Working with safeguarding partners", "Good")
    for text in paragraphs("children", 4, 8):
        d.para(text)
    d.box("Innovative practice: Night-time economy welfare hubs for young people",
          ["In two city centres, the force and youth services run welfare hubs on Friday and Saturday nights. "
           "Officers take children found alone or at risk to the hub, where youth workers contact their families "
           "and share concerns with children’s social care the next morning."])
    g.add("findings", "Night-time economy welfare hubs for young people", force=force, area=area,
          kind="innovative_practice", text="Night-time economy welfare hubs for young people")
    afi(area, "The force should make sure that its staff attend and contribute to strategy discussions.", None)

    area = "Responding to children at risk of harm"
    topic("Responding to children at risk of harm", "Requires improvement")
    for text in paragraphs("children", 4, 2):
        d.para(text)
    cause1 = ("West Yorkshire Police doesn’t always respond quickly enough to reports that a child is missing or at "
              "risk of harm.")
    detail1 = ("In 17 of the 50 missing child cases we reviewed, the force’s initial risk assessment was not "
               "reviewed when new information came to light, and in nine cases attendance was delayed by more than "
               "four hours.")
    d.heading("Cause of concern", 2)
    d.bold(cause1)
    d.para(detail1)
    g.add("causes_of_concern", cause1, force=force, area=area, text=cause1, detail=detail1)
    d.heading("Recommendations", 3)
    lead1 = "With immediate effect, West Yorkshire Police should:"
    d.para(lead1)
    for text in ["make sure that supervisors review the risk assessment of every missing child whenever new "
                 "information is received; and",
                 "make sure that incidents involving children at risk are attended within the force’s target times."]:
        d.bullet(text)
        g.add("recommendations", text, force=force, cause_of_concern_text=cause1, text=text,
              timescale="With immediate effect", lead_in=lead1)

    area = "Assessing risk to children and making appropriate referrals"
    topic("Assessing risk to children and making appropriate referrals", "Adequate")
    for text in paragraphs("children", 4, 1):
        d.para(text)
    d.heading("Areas for improvement", 2)
    afi(area, "The force should make sure that referrals to children’s social care contain enough information for "
              "partners to assess risk.", None, bullet=True)
    afi(area, "The force should make sure that supervisors review officers’ assessments of risk to children.", None,
        bullet=True)

    area = "Investigating reports of abuse, neglect and exploitation of children"
    topic("Investigating reports of abuse, neglect and exploitation of children", "Inadequate")
    for text in paragraphs("children", 4, 3):
        d.para(text)
    cause2 = ("West Yorkshire Police doesn’t investigate reports of child abuse, neglect and exploitation thoroughly "
              "or promptly enough.")
    detail2 = ("Of the 70 investigations we reviewed, 29 were assessed as inadequate. Investigation plans were "
               "missing in 24 cases, and evidence was not gathered promptly in 18.")
    d.heading("Cause of concern", 2)
    d.bold(cause2)
    d.para(detail2)
    g.add("causes_of_concern", cause2, force=force, area=area, text=cause2, detail=detail2)
    d.heading("Recommendations", 3)
    lead2 = "Within three months, West Yorkshire Police should:"
    d.para(lead2)
    for text in ["make sure that every child abuse investigation has a plan that a supervisor reviews; and",
                 "reduce the caseloads of investigators in its child abuse teams."]:
        d.bullet(text)
        g.add("recommendations", text, force=force, cause_of_concern_text=cause2, text=text,
              timescale="Within three months", lead_in=lead2)
    lead3 = "Within six months, West Yorkshire Police should:"
    d.para(lead3)
    text = "make sure that all child abuse investigators have completed the specialist child abuse investigators’ development programme."
    d.bullet(text)
    g.add("recommendations", text, force=force, cause_of_concern_text=cause2, text=text,
          timescale="Within six months", lead_in=lead3)
    afi(area, "The force should make sure that children are kept informed about the progress of investigations.",
        "Children or their families were updated in line with the Code of Practice for Victims of Crime in 41 of "
        "the 70 cases.")

    d.heading("Annex A: Case file review results", 1)
    d.para("We reviewed 210 cases. Each case was assessed as good, requires improvement or inadequate against our "
           "inspection criteria.")
    d.caption("Figure 1: Results of our case file reviews, by type of case")
    d.table([["Type of case", "Cases reviewed", "Good", "Requires improvement", "Inadequate"],
             ["Missing children", "50", "14", "22", "14"], ["Child sexual exploitation", "30", "9", "13", "8"],
             ["Domestic abuse with children present", "40", "12", "19", "9"],
             ["Child abuse investigations", "70", "15", "26", "29"], ["Children in custody", "20", "7", "9", "4"]])
    d.para(("Source: HMICFRS case file review, January 2026", "i"))
    d.heading("Annex B: Methodology", 1)
    d.para("Before our fieldwork, the force gave us data and documents about its child protection work. During the "
           "inspection we interviewed leaders and partners, held focus groups with officers and staff, and reviewed "
           "case files chosen at random from the force’s records.")
    d.para("Our inspection framework sets out the characteristics of good performance in each of the five areas. "
           "It is published on our website.")
    g.add("documents", "", force=force, status="ok", doc_kind="child_protection_report",
          title="National child protection inspection: West Yorkshire Police", publication_date="2026-04-16",
          file_type="pdf")
    return d, g


# --- 4. PCC's section 55 response, Word ------------------------------------------------------

def kent_pcc_s55() -> tuple[WordDoc, Gold]:
    force = "Kent Police"
    d = WordDoc("OFFICIAL", "Office of the Police and Crime Commissioner for Kent")
    g = Gold(TYPES)
    d.para(("Office of the Police and Crime Commissioner for Kent", "b"))
    d.heading("Response to the HMICFRS PEEL 2023–25 inspection of Kent Police", 1)
    d.table([["Report", "PEEL 2023–25: An inspection of Kent Police"], ["Published", "17 March 2026"],
             ["Response from", "Police and Crime Commissioner for Kent"], ["Date of response", "12 May 2026"]],
            header_rows=0, widths=[4.5, 11.5])
    d.heading("1. Introduction", 2)
    d.para("Under section 55 of the Police Act 1996, a police and crime commissioner must publish comments on an "
           "HMICFRS report about their force within 56 days of its publication, and send a copy to the Home "
           "Secretary. This is my response to the PEEL 2023–25 report on Kent Police, which HMICFRS published on "
           "17 March 2026 after fieldwork in May and June 2025.")
    d.para("I welcome the report. It recognises the progress the force has made since the previous PEEL "
           "inspection, whose report was published in August 2022, and it is clear about where the force must do "
           "better. I have asked the Chief Constable for his response, which I have included below where it adds "
           "to my own comments.")
    d.heading("2. Summary of grades", 2)
    d.para("The table below sets out the grades HMICFRS gave the force in 2025, beside the grades from the previous "
           "inspection.")
    rows = [["Police powers and public treatment", "Good", "Adequate"],
            ["Preventing crime", "Good", "Good"],
            ["Responding to the public", "Adequate", "Requires improvement"],
            ["Investigating crime", "Requires improvement", "Adequate"],
            ["Protecting vulnerable people", "Adequate", "Adequate"],
            ["Managing offenders", "Good", "Requires improvement"],
            ["Developing a positive workplace", "Adequate", "Good"],
            ["Leadership and force management", "Good", "Not graded in 2022"]]
    d.grade_table(["PEEL area", "2025 grade", "2022 grade"], rows, widths=[8, 4, 4])
    for area, now, before in rows:
        g.add("grades", "", force=force, framework="PEEL 2023-25", area=area, area_raw=area, grade=now,
              as_of="2026-03")
        if before in ("Good", "Adequate", "Requires improvement"):
            g.add("grades", "", force=force, framework="PEEL 2021/22", area=area, area_raw=area, grade=before,
                  as_of="2022-08")
    d.para("Leadership and force management was introduced as a graded area in the 2023–25 programme, so there is "
           "no earlier grade to compare.")
    d.heading("3. My overall comments", 2)
    for text in paragraphs("leadership", 2, 4) + paragraphs("powers", 1, 2):
        d.para(text)
    d.para("I am disappointed that the force’s grade for investigating crime has fallen, and that HMICFRS identified "
           "a cause of concern in this area. I will hold the Chief Constable to account for the improvements needed.")
    d.heading("4. How I will monitor progress", 2)
    d.para("The force has built an improvement plan that covers the cause of concern and every area for improvement. "
           "Progress will be reported to my Performance and Accountability Board every quarter, and the plan will be "
           "published on my website. My office will also review a sample of completed actions to check that the "
           "evidence supports them.")
    d.para("Where the force reports an action as complete, I will ask HMICFRS’s force liaison lead whether the "
           "inspectorate agrees before it is closed.")
    d.heading("5. Cause of concern – Investigating crime", 2)
    cause = ("Kent Police doesn’t make sure that investigations are completed thoroughly and that victims receive the "
             "service they are entitled to.")
    d.para("HMICFRS identified one cause of concern:")
    d.quote(cause)
    g.add("causes_of_concern", cause, force=force, area="Investigating crime", text=cause, detail=None)
    d.para("The report made two recommendations to address it:")
    recs = [("Within six months, Kent Police should make sure that every investigation has a plan that a supervisor "
             "reviews at regular intervals.", "Within six months"),
            ("Within six months, Kent Police should make sure that it complies with the Code of Practice for Victims "
             "of Crime, and that it records when it has done so.", "Within six months")]
    for text, timescale in recs:
        d.numbered(text)
        g.add("recommendations", text, force=force, cause_of_concern_text=cause, text=text, timescale=timescale)
    d.para("The Chief Constable’s response:", style=None)
    for text in paragraphs("investigation", 2, 1):
        d.para(text)
    d.para("My comments: I have asked for monthly updates on investigation quality until the recommendations are "
           "met, and I will fund an additional 12 investigators from the precept increase agreed in February.")
    d.heading("6. Areas for improvement", 2)
    d.para("HMICFRS identified eight areas for improvement. The table sets out each one with the force’s response "
           "and its current status.")
    afis = [
        ("Police powers and public treatment", "The force should make sure that its external scrutiny panel reviews the use of force as well as stop and search.",
         "The panel’s terms of reference were changed in April 2026 to include use of force.", "Complete"),
        ("Responding to the public", "The force should make sure that it answers non-emergency calls promptly.",
         "Twenty call handlers joined in March 2026; the average answer time fell to four minutes in April.", "On track"),
        ("Responding to the public", "The force should make sure that call handlers record their assessment of risk.",
         "The control room’s quality assurance now checks risk recording on 50 calls a week.", "On track"),
        ("Investigating crime", "The force should make sure that victims are kept updated about the progress of their investigation.",
         "Automated text updates began in February 2026 for volume crime.", "On track"),
        ("Investigating crime", "The force should make sure that digital devices are examined without delay.",
         "The backlog of devices fell from 1,020 to 640 between January and April 2026.", "Behind schedule"),
        ("Protecting vulnerable people", "The force should make sure that it records the voice of the child at incidents of domestic abuse.",
         "A new prompt was added to the domestic abuse risk form in January 2026.", "Complete"),
        ("Developing a positive workplace", "The force should make sure that supervisors have the training they need to support their teams.",
         "The first-line leaders’ course has been attended by 310 of 520 sergeants.", "On track"),
        ("Developing a positive workplace", "The force should make sure that it monitors the wellbeing of officers in high-risk roles.",
         "Annual psychological screening has been extended to the child abuse teams.", "On track"),
    ]
    d.table([["PEEL area", "Area for improvement", "Force response", "Status"]] +
            [list(row) for row in afis], widths=[3.5, 5.5, 5.5, 2])
    for area, text, _, _ in afis:
        g.add("areas_for_improvement", text, force=force, area=area, text=text, detail=None)
    d.heading("7. Comments on each area", 2)
    for heading, topic in [("Police powers and public treatment", "powers"), ("Preventing crime", "prevention"),
                           ("Responding to the public", "response"), ("Investigating crime", "investigation"),
                           ("Protecting vulnerable people", "vulnerability"), ("Managing offenders", "offenders"),
                           ("Developing a positive workplace", "workforce"),
                           ("Leadership and force management", "leadership")]:
        d.heading(heading, 3)
        for text in paragraphs(topic, 3, 3):
            d.para(text)
    d.heading("8. Conclusion", 2)
    d.para("I am confident that the force understands what it needs to do. I will publish an update on the "
           "improvement plan in six months’ time.")
    d.para(("Police and Crime Commissioner for Kent", "b"))
    d.para("12 May 2026")
    d.page_break()
    d.heading("Appendix: Letter from the Chief Constable", 2)
    d.para("Dear Commissioner,")
    d.para("Thank you for the opportunity to respond to the PEEL 2023–25 report. I accept its findings in full, and "
           "I am grateful to the inspection team for the constructive way in which the inspection was carried out.")
    for text in paragraphs("leadership", 2, 8) + paragraphs("investigation", 2, 10) + paragraphs("workforce", 1, 9):
        d.para(text)
    d.para("The force’s improvement plan is attached to this letter, and I will report progress to your "
           "Performance and Accountability Board each quarter.")
    d.para("Yours sincerely,")
    d.para(("Chief Constable, Kent Police", "b"))
    g.add("documents", "", force=force, status="ok", doc_kind="force_response",
          title="Response to the HMICFRS PEEL 2023–25 inspection of Kent Police",
          organisation="Police and Crime Commissioner for Kent", publication_date="2026-05-12", file_type="docx")
    return d, g


# --- 5. Force progress report to the PCC's accountability board, Word saved as PDF ----------------

def bedfordshire_board() -> tuple[WordDoc, Gold]:
    force = "Bedfordshire Police"
    d = WordDoc("OFFICIAL", "Bedfordshire Police – Accountability Board, 20 May 2026")
    g = Gold(TYPES)
    d.para(("Police and Crime Commissioner for Bedfordshire", "b"))
    d.table([["Report to:", "Accountability Board"], ["Date of meeting:", "20 May 2026"], ["Agenda item:", "5"],
             ["Title of report:", "PEEL 2023–25 improvement plan: progress report"],
             ["Author:", "Head of Performance and Inspection, Bedfordshire Police"],
             ["Purpose:", "For information and scrutiny"]], header_rows=0, widths=[4.5, 11.5])
    d.heading("Agenda item 5: PEEL 2023–25 improvement plan: progress report", 1)
    d.heading("1. Purpose of the report", 2)
    d.para("1.1 This report updates the Board on the force’s progress against the cause of concern, recommendations "
           "and areas for improvement in the HMICFRS PEEL 2023–25 report on Bedfordshire Police.")
    d.heading("2. Background", 2)
    d.para("2.1 HMICFRS inspected the force in April and May 2025 and published its report on 9 October 2025. "
           "The report graded the force in eight areas, identified one cause of concern with three recommendations, "
           "and set out nine areas for improvement.")
    d.para("2.2 The table below compares the 2023–25 grades with those of the force’s previous PEEL inspection "
           "(2021/22). Arrows show the direction of travel.")
    d.caption("Table 1: PEEL grades, 2021/22 and 2023–25")
    rows = [["Police powers and public treatment", "Adequate", "Good", "↑"],
            ["Preventing crime", "Good", "Good", "↔"],
            ["Responding to the public", "Inadequate", "Requires improvement", "↑"],
            ["Investigating crime", "Requires improvement", "Adequate", "↑"],
            ["Protecting vulnerable people", "Adequate", "Requires improvement", "↓"],
            ["Managing offenders", "Adequate", "Adequate", "↔"],
            ["Developing a positive workplace", "Good", "Adequate", "↓"],
            ["Leadership and force management", "Not graded", "Good", "–"]]
    d.grade_table(["PEEL area", "PEEL 2021/22 grade", "PEEL 2023–25 grade", "Direction"], rows, widths=[7, 3.5, 3.5, 2])
    for area, before, now, _ in rows:
        if before != "Not graded":
            g.add("grades", "Table 1: PEEL grades, 2021/22 and 2023", force=force, framework="PEEL 2021/22", area=area,
                  area_raw=area, grade=before, as_of=None)
        g.add("grades", "Table 1: PEEL grades, 2021/22 and 2023", force=force, framework="PEEL 2023-25", area=area,
              area_raw=area, grade=now, as_of="2025-10")
    d.para("2.3 The improvement plan is owned by the Deputy Chief Constable and reviewed monthly at the force’s "
           "Inspection and Audit Board. Each action has a named lead at superintendent rank or above.")
    d.heading("3. Cause of concern: Protecting vulnerable people", 2)
    d.para("3.1 HMICFRS’s cause of concern and recommendations are tracked as follows.")
    cause = ("Bedfordshire Police doesn’t manage the risk to victims of domestic abuse well enough, because risk "
             "assessments are not reviewed and safeguarding is not always put in place.")
    recs = [("Rec 1.1", "Within three months, Bedfordshire Police should make sure that every domestic abuse risk "
             "assessment is reviewed by a supervisor within 24 hours.", "Within three months",
             "Supervisor review within 24 hours reached 88 percent in April 2026, from 61 percent in October 2025.",
             "On track"),
            ("Rec 1.2", "Within three months, Bedfordshire Police should make sure that high-risk victims are referred "
             "to a multi-agency risk assessment conference.", "Within three months",
             "All high-risk cases in April were referred; an audit of 40 cases found no missed referrals.",
             "Complete"),
            ("Rec 1.3", "Within six months, Bedfordshire Police should make sure that officers use the powers "
             "available to them to protect victims, including domestic abuse protection notices.", "Within six months",
             "Training for response officers will finish in June 2026; use of notices rose by 35 percent.",
             "On track")]
    table = [["Ref", "HMICFRS text", "Lead", "Progress", "Status"],
             ["CoC 1", cause, "Detective Chief Superintendent, Public Protection",
              "A daily risk review meeting began in November 2025.", "On track"]]
    table += [[ref, text, "Detective Superintendent, Safeguarding", progress, status]
              for ref, text, _, progress, status in recs]
    d.table(table, widths=[1.6, 6.4, 3, 4, 1.8])
    g.add("causes_of_concern", "CoC 1", force=force, area="Protecting vulnerable people", text=cause, detail=None)
    for ref, text, timescale, _, _ in recs:
        g.add("recommendations", ref, force=force, cause_of_concern_text=cause, text=text, timescale=timescale)
    for number, text in enumerate(paragraphs("vulnerability", 2, 2), start=2):
        d.para(f"3.{number} {text}")
    d.heading("4. Areas for improvement", 2)
    d.para("4.1 Progress on each area for improvement is set out below. Status is reported as Complete, On track or "
           "Behind schedule.")
    afis = [
        ("AFI 1", "Police powers and public treatment", "The force should make sure that officers record the grounds for stop and search clearly.",
         "Chief Inspector, Professional Standards", "Monthly dip-sampling by the external panel; 92 percent of records now show clear grounds.", "Complete"),
        ("AFI 2", "Responding to the public", "The force should make sure that it answers 999 calls within national standards.",
         "Superintendent, Force Control Room", "Answer rate within ten seconds was 84.6 percent in April 2026. A new shift pattern starts in July.", "On track"),
        ("AFI 3", "Responding to the public", "The force should make sure that repeat and vulnerable callers are identified.",
         "Superintendent, Force Control Room", "A search of previous contact is now mandatory on the command and control system.", "Complete"),
        ("AFI 4", "Investigating crime", "The force should make sure that investigations are supervised effectively.",
         "Detective Chief Superintendent, Crime", "Supervisory review compliance is 79 percent against a target of 90 percent.", "Behind schedule"),
        ("AFI 5", "Investigating crime", "The force should make sure that it records whether victims support an investigation.",
         "Detective Chief Superintendent, Crime", "The crime recording form was changed in March 2026 to make this field mandatory.", "Complete"),
        ("AFI 6", "Protecting vulnerable people", "The force should make sure that missing children at risk of exploitation are identified quickly.",
         "Detective Superintendent, Safeguarding", "An exploitation screening tool is used in the missing persons unit; evaluation due in July 2026.", "On track"),
        ("AFI 7", "Managing offenders", "The force should make sure that suspects released under investigation are dealt with promptly.",
         "Detective Chief Superintendent, Crime", "The number of people released under investigation for more than a year fell from 212 to 147.", "On track"),
        ("AFI 8", "Developing a positive workplace", "The force should make sure that supervisors complete leadership training.",
         "Head of People", "312 of 430 supervisors have completed the programme.", "On track"),
        ("AFI 9", "Developing a positive workplace", "The force should make sure that wellbeing support reaches staff in the control room.",
         "Head of People", "A dedicated wellbeing adviser was appointed in January 2026; the staff survey shows improved scores.", "Complete"),
    ]
    d.table([["Ref", "PEEL area", "Area for improvement", "Owner", "Progress update", "Status"]] +
            [list(row) for row in afis], widths=[1.4, 2.8, 4.6, 2.8, 4.6, 1.8])
    for ref, area, text, _, _, _ in afis:
        g.add("areas_for_improvement", ref, force=force, area=area, text=text, detail=None)
    d.para("4.2 The following paragraphs summarise the work under way in each area of the plan.")
    for heading, topic in [("Police powers and public treatment", "powers"), ("Responding to the public", "response"),
                           ("Investigating crime", "investigation"), ("Protecting vulnerable people", "vulnerability"),
                           ("Managing offenders", "offenders"), ("Developing a positive workplace", "workforce")]:
        d.heading(heading, 3)
        for text in paragraphs(topic, 3, 8):
            d.para(text)
    d.heading("5. Performance since the inspection", 2)
    for text in paragraphs("response", 2, 4):
        d.para(text)
    d.caption("Figure 1: Percentage of 999 calls answered within ten seconds, Bedfordshire Police, October 2025 to April 2026")
    d.table([["Month", "Calls received", "Answered within 10 seconds"], ["October 2025", "9,412", "76.1%"],
             ["November 2025", "8,903", "78.4%"], ["December 2025", "9,655", "77.0%"], ["January 2026", "8,610", "81.2%"],
             ["February 2026", "8,122", "82.9%"], ["March 2026", "8,977", "83.8%"], ["April 2026", "9,034", "84.6%"]])
    d.para(("Source: Bedfordshire Police command and control system", "i"))
    for text in paragraphs("investigation", 2, 2):
        d.para(text)
    d.heading("6. Governance and assurance", 2)
    d.para("6.1 The Office of the Police and Crime Commissioner attends the force’s Inspection and Audit Board as an "
           "observer. Evidence for each completed action is reviewed by the force’s internal audit team before the "
           "action is closed, and HMICFRS’s force liaison lead is consulted on closures.")
    d.para("6.2 HMICFRS will revisit the cause of concern in autumn 2026. The force expects to present evidence "
           "that all three recommendations have been met.")
    d.heading("7. Risks and issues", 2)
    d.para("7.1 Recruitment to the control room remains the main risk to the plan. Fourteen call handler posts were "
           "vacant at the end of April 2026.")
    d.para("7.2 The replacement of the records management system in 2027 will require changes to several of the "
           "processes introduced under this plan.")
    d.heading("8. Recommendation", 2)
    d.para("8.1 The Board is asked to note the progress made against the PEEL 2023–25 improvement plan and to "
           "agree that a further update is brought to its meeting in November 2026.")
    d.heading("Appendix A: Completed actions", 2)
    d.table([["Ref", "Closed", "Evidence reviewed by"], ["AFI 1", "March 2026", "Internal audit"],
             ["AFI 3", "February 2026", "Internal audit"], ["AFI 5", "April 2026", "Internal audit"],
             ["AFI 9", "April 2026", "Internal audit"], ["Rec 1.2", "April 2026", "Internal audit and HMICFRS"]])
    d.heading("Appendix B: Inspections expected in 2026/27", 2)
    d.para("HMICFRS has told the force about the following inspection activity. None of it is expected to give the "
           "force a new graded judgment before the next PEEL inspection.")
    d.table([["Inspection", "Type", "Expected fieldwork"],
             ["Activism and impartiality in policing", "Thematic", "June 2026"],
             ["Revisit of the PEEL cause of concern", "Revisit", "October 2026"],
             ["Custody suites (joint with HM Inspectorate of Prisons)", "Unannounced", "Not known"],
             ["Police response to violence against women and girls", "Thematic", "January 2027"]], widths=[8, 3.5, 4.5])
    d.para("Contact: Head of Performance and Inspection, Bedfordshire Police. Background papers: HMICFRS, PEEL "
           "2023–25: An inspection of Bedfordshire Police (October 2025).")
    g.add("documents", "", force=force, status="ok", doc_kind="scrutiny_pack",
          title="PEEL 2023–25 improvement plan: progress report", meeting_date="2026-05-20", file_type="pdf")
    return d, g


DOCUMENTS: dict[str, tuple[Callable[[], tuple[WordDoc, Gold]], bool]] = {
    "peel-2023-25-wiltshire-r24.pdf": (peel_2023_25_wiltshire, True),
    "peel-2021-22-sussex-r24.docx": (peel_2021_22_sussex, False),
    "ncpi-west-yorkshire-r24.pdf": (ncpi_west_yorkshire, True),
    "kent-pcc-s55-peel-r24.docx": (kent_pcc_s55, False),
    "bedfordshire-accountability-board-2026-05-20-r24.pdf": (bedfordshire_board, True),
}


def main() -> None:
    (HERE / "gold").mkdir(exist_ok=True)
    only = set(sys.argv[1:])
    for name, (build, as_pdf) in DOCUMENTS.items():
        if only and name not in only:
            continue
        document, gold = build()
        data = document.bytes()
        if as_pdf:
            data = docx_to_pdf(data)
            gold.set_pages(data)
            gold.records["documents"][0]["pages"] = gold.pdf_pages(data)
            gold.records["documents"][0]["page"] = None
        (HERE / name).write_bytes(data)
        out = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": gold.records}
        (HERE / "gold" / f"{name}.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
        counts = {t: len(r) for t, r in gold.records.items()}
        print(name, len(data), "bytes", counts)


if __name__ == "__main__":
    main()
