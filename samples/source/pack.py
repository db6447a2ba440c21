"""Structured transcription of the reference pack
(shared/seed/scrutiny-pack-2025-05-21.md), word for word, with the layout the
text rendering lost put back (see samples/README.md for the judgment calls).

Markup: see samples/generator/model.py.
"""

from __future__ import annotations

from generator.model import (
    Block,
    Heading,
    Merge,
    Numbered,
    PageBreak,
    Para,
    Table,
    bullets,
    cell,
)

GREEN = "#00b050"  # action complete
RED = "#ff0000"  # action outstanding
SQUARE = "\u25a0"

GRADE_COLUMNS = ("Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate")


def grade_rows(columns: dict[str, list[str]]) -> tuple[tuple[tuple, ...], ...]:
    """Rows of a five-column grade table: each grade's areas written top-down
    in its column, empty cells empty."""
    depth = max(len(areas) for areas in columns.values())
    return tuple(
        tuple(cell(columns[g][r]) if r < len(columns.get(g, [])) else cell() for g in GRADE_COLUMNS)
        for r in range(depth)
    )


GRADE_HEADER = tuple(cell(f"**{g}**") for g in GRADE_COLUMNS)
GRADE_WIDTHS = (1, 1, 1, 1, 1)

PEEL_2025 = {
    "Good": ["Police powers and public treatment", "Preventing crime", "Managing offenders",
             "Developing a positive workplace"],
    "Adequate": ["Responding to the public", "Leadership and force management"],
    "Requires improvement": ["Investigating crime", "Protecting vulnerable people"],
}
# The improvement journey's April 2025 table prints "workforce" where the
# background's table prints "workplace".
PEEL_2025_JOURNEY = {**PEEL_2025, "Good": [*PEEL_2025["Good"][:3], "Developing a positive workforce"]}
PEEL_2023 = {
    "Good": ["Recording data about crime"],
    "Adequate": ["Engaging with and treating the public with fairness and respect", "Responding to the public",
                 "Managing offenders and suspects", "Disrupting serious organised crime"],
    "Requires improvement": ["Investigating crime", "Protecting vulnerable people",
                             "Building, supporting and protecting the workforce"],
    "Inadequate": ["Preventing crime and anti-social behaviour", "Good use of resources"],
}


def status(done: bool) -> tuple:
    return cell(Para(f"{{{GREEN if done else RED}|{SQUARE}}}", align="center"))


# --- Cover letter block -------------------------------------------------------

COVER: list[Block] = [
    Para("**Police and Crime Commissioner for Cleveland\nc/o St Marks House\nSt Marks Court\nThornaby\n"
         "Stockton on Tees\nTS17 6QW**"),
    Para("Email: pcc@cleveland.pnn.police.uk\nWebsite: http://www.cleveland.pcc.police.uk"),
    Table(
        rows=(
            (cell("Police and Crime Commissioner"), cell("Matt Storey"), cell("Tel: 01642 301861")),
            (cell("Chief Executive and Monitoring Officer:"), cell("Lisa Oldroyd"), cell("Tel: 01642 301861")),
        ),
        widths=(3, 2, 2),
        bordered=False,
    ),
    PageBreak(),
]

# --- Agenda ---------------------------------------------------------------------

AGENDA: list[Block] = [
    Heading("Police and Crime Commissioner for Cleveland", 2),
    Heading("Scrutiny Meeting", 3),
    Para("**Date: Wednesday 21 May 2025**"),
    Para("**Time: 2:30pm - 4:00pm**"),
    Para("**Venue: PCC Office/Teams Join the meeting now**"),
    Heading("Agenda", 3),
    Table(
        rows=(
            (cell(), cell("**Item**"), cell("**Presented By**")),
            (cell("1."), cell("Apologies for Absence"), cell("PCC")),
            (cell("2."), cell("Draft Notes - Scrutiny Meeting (Child Protection and Child Exploitation) - 1 April 2025"),
             cell("PCC")),
            (cell("3."), cell("Scrutiny Actions 2024/25 - An Update"), cell("PCC")),
            (cell("4."), cell("PEEL Assessment 2023-2025"), cell("Cleveland Police")),
            (cell("5."), cell("Any Other Business"), cell("PCC")),
            (cell("6."), cell("Date of the next meeting: Wednesday 25 June 2025 Topic: Neighbourhood Policing, "
                              "including residential burglary and vehicle crime"), cell("PCC")),
        ),
        widths=(1, 9, 3),
        bordered=False,
    ),
    PageBreak(),
]

# --- Draft notes of 1 April 2025 ------------------------------------------------

NOTES_HEADER = (cell("**Question**"), cell("**Brief Summary of Evidence**"), cell("**Decision of PCC**"))
NOTES_WIDTHS = (3, 6, 3)

APRIL_Q1 = cell(
    "**1. In light of HMICFRS\u2019s child protection inspection findings, published in January 2025, please can "
    "the following be provided:**",
    bullets("""
- **a brief overview of the immediate and ongoing actions taken by the Force to respond to HMICFRS\u2019s causes of concern and subsequent recommendations; and**
- **with the work that is being undertaken, details of the expected impact and outcomes and when improvements will start to be seen in this area, including those expected from Op Unified.**
"""),
)

APRIL_E1 = cell(bullets("""
- To effectively safeguard children at risk, the Force\u2019s approach focusses on governance, policy & process, training & development, communication, performance management and partnerships.
- The Force\u2019s approach links closely with the Chief Constable\u2019s Strategic Plan Delivery Objective of protecting the most vulnerable from harm.
- Since June 2024, the Force has undertaken a substantial amount of work to address the areas of concern and areas of improvement identified by His Majesty\u2019s Inspectorate of Constabulary and Fire Rescue Services (HMICFRS).
- The Force\u2019s improvement journey has included developing an improvement action plan, establishing a Harm Outside The Home (HOTH) Strategic Group, agreeing an Op Unified model (an approach to vulnerability and local investigations) and introducing a Tactical Vulnerability Performance Group.
- In terms of governance:
  - An immediate improvement plan was developed and submitted during the HMICFRS inspection.
  - Governance arrangements have been improved at both a strategic and tactical level with weekly meetings of a Gold Group, chaired by the Deputy Chief Constable, and weekly meetings of a Silver Group, chaired by the Detective Chief Superintendent for Prevention and Safeguarding.
  - Terms of Reference have been reviewed to ensure the membership of each group includes representation from local policing teams.
  - In terms of strategic considerations, a new Tactical Vulnerability Performance Group and Missing Persons Delivery Group have been established to provide operational and tactical oversight. The information considered and discussed at these meetings is fed into the Safeguarding Governance Group and then the Force IMPACT Board.
  - The Public Protection Notice (PPN) Improvement Group now has an enhanced focus, ensuring safeguarding concerns are fully recorded and shared with partner agencies to inform a multi-agency response.
  - The submission of PPNs has improved and work is ongoing to improve the flow and exchange of information.
  - The Chief Officer Team (COT) receives weekly missing person progress updates to maintain oversight of these cases.
- In terms of policy and process:
  - Immediate process changes have been introduced to drive prompt improvements, this includes a Missing Persons Investigation Team undertaking quality and assurance activities in respect of missing person risk assessments and online Child Sexual Exploitation (CSE) cases being assigned to the Paedophile Online Investigation Team (POLIT) with a new dedicated Detective Inspector.
  - A new Child First Strategy has been developed. The Child First Strategy is an approach that has been developed using evidence of what works to reduce children becoming engaged in criminal and antisocial behaviour, achieve positive outcomes, and create safer communities.
  - The Force's online Child Sexual Abuse (CSA)/CSE investigation guidance has been reviewed.
  - The Force's policy and guidance for responding to missing people has been reviewed and updated.
  - The Force's Vulnerability Strategy and the 4P (prevent, pursue, protect, prepare) plans are being developed/enhanced in line with the new national strategy. The aim of the Vulnerability Strategy is to ensure the Force is providing the best policing service to effectively identify vulnerability, respond to it and work with others to prevent harm.
  - The Force is refreshing its missing person problem solving plan.
  - In September 2025, the Force will be implementing a new delivery model, Op Unified, to manage vulnerability and local investigations. This will support the aim of improving outcomes, providing a better service to victims of crime and improving staff wellbeing.
  - The Force has developed a clear policy and has effective arrangements in place to respond to the sudden and unexpected deaths of children.
- In terms of training and development:
  - To improve the Force's response, immediate training has been delivered to the:
    - Force Control Room;
    - District Duty Officers;
    - Silver Commanders;
    - Response Inspectors; and
    - Frontline staff and supervisors.
  - The Force has mandatory Continuing Professional Development (CPD) for all operational officers/staff and supervisors involved in the journey of a missing child.
  - The Force has introduced CSA/CSE Subject Matter Experts (SMEs), who are based in local policing teams.
  - Additional training has been delivered in respect of the Specialist Child Abuse Investigation Development Programme (SCAIDIP) and Sudden Unexpected Death in Childhood (SUDC).
  - Inputs have been provided at meetings of the Force IMPACT Board, regarding the lived experience of children and recognising the voice of the child.
  - The POLIT SharePoint site has been updated to provide a better understanding of the investigation process.
- In terms of communication:
  - The Force has delivered a child-centred internal communications campaign.
  - The Force has ongoing corporate communications regarding its AWARE campaign. AWARE can be used in any context and provides signs to look out for, and be aware of, to identify early intervention and safeguarding opportunities. AWARE supports both the Voice of the Child and Voice of the Vulnerable Adult risk assessments within Cleveland Police. AWARE stands for:
    - A - Appearance
    - W - Words
    - A - Activity
    - R - Relationships and dynamics
    - E - Environment
  - To assist with safeguarding children at risk, the Force ensures that regular messages are circulated to staff via COT videos and daily news articles.
  - The Force has refreshed guidance on the use of appropriate language.
  - The Force has developed a bespoke package of support for victims of online CSA/CSE.
  - Internal and external online CSE communication campaigns are currently in development.
  - The Force is delivering External Safer Internet Day webinar sessions, which are hosted by the Force's Cyber Protect and Prepare Officers.
- In terms of performance management:
  - The Force is developing a new vulnerability performance framework to recognise and respond to vulnerability-related risks.
  - Force performance frameworks are being developed to improve the visibility of children in performance outcomes.
  - New and enhanced PowerBi dashboards have been developed to monitor performance statistics and inform performance conversations at a strategic and operational level.
  - The Force has developed a new recurring audit schedule, which focusses on quality.
  - The Review and Assurance Team conduct monthly thematic audits.
  - There is a weekly review of missing child risk assessments and daily dip sampling of high-risk missing persons across all local policing areas.
  - The Force reviews/audits a sample of CSA and CSE investigations to help improve child protection arrangements.
  - The results of audits are reported to Force governance groups to ensure that any learning is actioned.
  - An officer/staff quality scorecard is being developed to drive improvement.
  - The Force is continuing to work to improve the recording of ethnicity and demographic data.
- In terms of partnerships:
  - A Tees Initial Harm Outside of the Home (HOTH) Screening Tool has been developed. This Tees-wide risk assessment and screening tool is designed to help practitioners to recognise risk from outside a child or young person's home.
  - Arrangements for the Vulnerable, Exploited, Missing, Trafficked (VEMT) Practitioners Group (VPG) and Multi-Agency Child Exploitation (MACE) are being reviewed.
  - HOTH arrangements have been agreed on a Force-wide footprint and all four local authorities will have a consistent initial triage and risk screening process.
  - Safeguarding partners attend district morning meetings and are represented in Clear/Hold/Build (CHB) governance structures. CHB is a framework for bringing the tackling of serious and organised crime threats into neighbourhood policing.
  - Work is being undertaken to validate data quality relating to regulated and unregulated placements.
  - Work is being undertaken with local authority partners to improve return interview acceptance rates.
  - Guidance is being developed regarding the requesting and attending of strategy meetings.
  - An improved process has been developed for recording and updating strategy meetings.
- To date, the Force's work in this area has secured improvements in:
  - risk assessment accuracy and quality
  - reductions in missing children and reductions in repeat incident rates involving children; and
  - successful investigation and prosecution of offenders.
"""))

APRIL_DECISION = cell(
    Para("**Partly Assured**", align="center"),
    Para("*The PCC commends the commitment and dedication of the Force in making immediate and ongoing improvements "
         "to safeguard children at risk. The PCC will continue to monitor performance in this area.*", align="center"),
)

APRIL_Q2 = cell(
    "**2. In light of the recommendations and the area of improvement referenced in the HMICFRS's 2023 report 'An "
    "inspection of the effectiveness of the police and law enforcement bodies' response to group-based child sexual "
    "exploitation in England and Wales', please could the force provide an update in relation to progress made?**"
)

APRIL_E2 = cell(bullets("""
- The Force is making good progress with implementing the recommendations outlined in the report.
- The Force has recently submitted a progress update to HMICFRS.
- The Force is currently developing a problem profiles for CSE and CSA. The CSE profile will include an assessment of the nature and extent of group-based child sexual exploitation.
- The Force has received the Hydrant Programme's continuing professional development offer. The Force takes part in peer reviews, peer support, debriefs and CPD.
- The Force continues to take effective steps to eradicate victim-blaming language and regular audits of case files are undertaken.
- The Force continues to work with statutory safeguarding partners to review, promote and make sure that relevant group-based child sexual exploitation disruption and prevention initiatives are implemented effectively.
- The Force recognises the importance of outreach work to improve intelligence and target resources effectively.
- The Force is reviewing its Niche operational platform to ensure group-based child sexual exploitation can be identified.
"""))

APRIL_Q3 = cell(
    "**3. In terms of Child Sexual Abuse (CSA) and the increase in offenders aged 10 to 17, how can the Force and the "
    "OPCC work together to reduce child on child abuse and minimise the escalation of concerning sexual behaviours?**"
)

APRIL_E3 = cell(bullets("""
- Around half of CSA offences in Cleveland are committed by children.
- The Force welcomes the opportunity to work alongside the OPCC to develop and enhance opportunities to work with partners to prevent and reduce offending and escalation. This work should focus on:
  - improving the educational offer e.g. POL-ED;
  - introducing specialist outreach resources;
  - capturing the voice of young people;
  - assisting in reducing exclusions from Teesside education establishments;
  - continuing the prevention and education journey with partners; and
  - developing a children\u2019s scrutiny panel.
"""))

APRIL_NOTES: list[Block] = [
    Para("**DRAFT NOTES - SCRUTINY MEETING (CHILD PROTECTION AND CHILD EXPLOITATION) - 1 APRIL 2025**"),
    Table(
        rows=(
            NOTES_HEADER,
            (APRIL_Q1, APRIL_E1, APRIL_DECISION),
            (APRIL_Q2, APRIL_E2, cell()),
            (APRIL_Q3, APRIL_E3, cell()),
        ),
        widths=NOTES_WIDTHS,
        header_rows=1,
        merges=(Merge(1, 2, rows=3),),
    ),
    Para("**Actions**"),
    Numbered((
        "That the topic of Child Protection and Safeguarding be revisited by the PCC next year and that performance "
        "data, demonstrating the impact of the Force\u2019s work in this area, be presented.",
        "That, once finalised, a copy of the Force\u2019s CSE Problem Profile and the CSA Problem Profile be sent to "
        "the PCC/OPCC.",
        "That a copy of the Force\u2019s progress update/report, regarding the implementation of recommendations "
        "associated with HMICFRS\u2019s 2023 publication on group-based child sexual exploitation, be sent to the "
        "PCC/OPCC.",
    )),
    PageBreak(),
]

# --- Action tracker 2024/25 (the pack starts it mid-table) -----------------------

TRACKER_ROWS: tuple[tuple[tuple, ...], ...] = (
    (cell(), cell("That a Scrutiny Meeting be held early in 2025 to establish the impact of Right Care Right Person "
                  "(RCRP) on demand reduction."),
     cell("A Scrutiny Meeting, to consider this topic, was held on 4 February 2025."), status(True)),
    (cell(), cell("That the appropriate OPCC representatives be added to the circulation list for the Neighbourhood "
                  "Policing Stakeholder Newsletter."),
     cell("OPCC representatives have been added to the circulation list. To date, newsletters from the districts "
          "of Hartlepool and Stockton have been received."), status(True)),
    (cell("**Strategic Policing Requirement (SPR)**"),
     cell("That a copy of the Force's Strategic Threat and Risk Assessment (STRA) be received by the PCC/OPCC."),
     cell("A copy of the STRA and Control Strategy summary document was received by the OPCC on 17 December 2024."),
     status(True)),
    (cell("**Use of Out of Court Resolutions (OoCRs) and Outcome 16**"),
     cell("That the topic of 'Use of Out of Court Resolutions (OoCRs) and Outcome 16' be revisited in approximately "
          "6 months' time, to ascertain the impact of the Force's work in this area and determine what progress has "
          "been made in improving performance rates."),
     cell("A Scrutiny Meeting, to re-examine this topic, will be held in 2025."), status(False)),
    (cell("**Retail Crime**"),
     cell("That the Force undertakes work to ascertain whether Auror, or another retail crime intelligence and loss "
          "prevention platform, can be accessed to utilise crime intelligence and collect evidence."),
     cell("The Force is familiar with Auror which is a system used by retailers in some other force areas. However, "
          "in Cleveland we use ShopSafe, which is a similar system provided through National Business Crime "
          "Solutions (NBCS). As with Auror, the ShopSafe platform enables the sharing of alerts, information and "
          "intelligence between retailers as well as providing communications equipment (radios etc.)."),
     status(True)),
    (cell(),
     cell("That the PCC holds a retail crime summit to:", bullets("""
- promote the community safety accreditation scheme (CSAS) to retail businesses across Cleveland's four districts;
- challenge the perceptions of the police response to retail crime; and
- encourage retailers to actively participate in prevent and protect activity.
""")),
     cell("The OPCC will make arrangements for a retail crime summit to take place in 2025/2026."), status(False)),
    (cell("**Stalking**"),
     cell("That the topic of Stalking be re-visited at a future Scrutiny Meeting, in a year's time, to ensure "
          "continuous oversight of the Force's improvement work."),
     cell("A Scrutiny Meeting, to re-examine this topic, will be held in 2025."), status(False)),
    (cell("**Violence Against Women and Girls**"),
     cell("That a mapping exercise be undertaken by the OPCC as part of their commissioning work to identify the "
          "range of VAWG-related educational programmes being delivered within Cleveland's schools."),
     cell("The mapping exercise will be undertaken during 2025/2026."), status(False)),
    (cell(), cell("That the outcomes of the NFA Scrutiny Panel be reported to the OPCC/PCC."),
     cell("The first NFA panel for RASSO offences took place on 14 May 2025 and went well. One case was re-opened, "
          "one outcome changed and a Victim Right to review was looked at and the panel agreed with the police "
          "decision."), status(True)),
    (cell(), cell("That the topic of VAWG be re-visited at a future Scrutiny Meeting, to ensure continuous oversight "
                  "of the Force's work in this area."),
     cell("A Scrutiny Meeting, to re-examine this topic, will be held in 2025"), status(False)),
    (cell("**Right Care Right Person**"),
     cell("That, when a meaningful benefits analysis of RCRP can be conducted, the Force provides information to the "
          "PCC/OPCC on what resources have been released (or efficiencies realised) as a result of RCRP "
          "implementation and how they are being used."),
     cell("Key performance measures have been baselined and performance against them is routinely tracked and "
          "reported into the Responding to the Public Group and Force IMPACT Board. A formal benefits realisation "
          "review is scheduled for December 2025, 12 months post implementation of the final project stages, and "
          "will be reported upon in due course."), status(False)),
    (cell("**Child Protection and Child Exploitation**"),
     cell("That the topic of Child Protection and Safeguarding be revisited by the PCC next year and that performance "
          "data, demonstrating the impact of the Force's work in this area, be presented."),
     cell("A Scrutiny Meeting, to re-examine this topic, will be held in 2026."), status(False)),
    (cell(), cell("That, once finalised, a copy of the Force's CSE Problem Profile and the CSA Problem Profile be "
                  "sent to the PCC/OPCC."),
     cell("Redacted version of CSE profile was received on 16 May 2025, Work on the CSA profile is not yet "
          "complete."), status(False)),
    (cell(), cell("That a copy of the Force's progress update/report, regarding the implementation of recommendations "
                  "associated with HMICFRS's 2023 publication on group-based child sexual exploitation, be sent to "
                  "the PCC/OPCC."),
     cell("The Force's progress report was received on 16 May 2025."), status(True)),
)

TRACKER: list[Block] = [
    Table(
        rows=TRACKER_ROWS,
        widths=(3, 6, 6, 1),
        # Topic cells merged over their actions; the first two rows continue a
        # topic from a page the pack leaves out.
        merges=(Merge(0, 0, rows=2), Merge(4, 0, rows=2), Merge(7, 0, rows=3), Merge(11, 0, rows=3)),
    ),
    Para(f"{{{GREEN}|{SQUARE}}} = Action Complete"),
    Para(f"{{{RED}|{SQUARE}}} = Action Outstanding"),
    PageBreak(),
]

# --- PEEL item: report cover, rationale, questions, background -------------------

PEEL_COVER: list[Block] = [
    Para("**Scrutiny Meeting\n21 May 2025**", align="center", size=14),
    Table(
        rows=(
            (cell("**Report Title**"), cell("**PEEL Assessment 2023-2025**")),
            (cell("**Meeting Date**"), cell("**Wednesday 21 May 2025**")),
        ),
        widths=(1, 2),
    ),
    Para("**Rationale for Questions**"),
    Para("On 10 April 2025, His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published "
         "its PEEL (police effectiveness, efficiency and legitimacy) Assessment 2023-25 for Cleveland Police and "
         "graded the force's performance across eight areas. It found the service was 'good' in four areas, "
         "'adequate' in two areas and 'requires improvement' in two areas."),
    Para("HMICFRS is pleased with the performance of Cleveland Police in keeping people safe, reducing crime and "
         "giving victims an effective service. But in order to provide a consistently good service, there are still "
         "areas in which the force needs to do better, such as protecting vulnerable people and carrying out "
         "investigations. However, the HMICFRS is optimistic that the force's leadership and management, together "
         "with its committed officers and staff, will continue to make improvements."),
    Para("Following the publication of the Cleveland PEEL Assessment 2023-25, the PCC will be looking to:"),
    bullets("""
- seek assurance that the force has sufficient plans in place to address the areas of improvement identified by the HMICFRS;
- provide reassurance to the public that the force is making the necessary improvements at pace; and
- seek confirmation that good performance will be improved upon, maintained and monitored to clearly demonstrate the impact of improvements on outcomes for victims of crime, the public, officers and staff.
"""),
    Para("**Questions to the Chief Constable**"),
    Numbered((
        "Following receipt of the early indications of HMICFRS's findings, what improvements were immediately put "
        "in place?",
        "In relation to the 'areas for improvement', identified within the report, what will be different and by "
        "when?",
        "How does the Force plan to maintain, and improve on, good performance?",
    )),
    Para("**OPCC Background Information** (OPCC will provide information they have, for example from public "
         "feedback, stakeholder engagement, OPCC work streams, scrutiny panel and joint audit committee information, "
         "any Force responses from previous scrutiny meetings, national findings/reports, HMICFRS, performance data "
         "etc)."),
    Para("In 2014, HMICFRS introduced its PEEL (police efficiency, effectiveness and legitimacy) inspections, which "
         "assess the performance of all 43 police forces in England and Wales. Since then, HMICFRS has been "
         "continuously adapting its approach and has moved to a more intelligence-led, continual assessment "
         "approach."),
    Para("On 10 April 2025, HMICFRS published its PEEL Assessment 2023-25 for Cleveland Police."),
    Para("The report covers the inspection findings across the areas of the PEEL assessment framework. It is informed "
         "by evidence gathered through the continuous assessment activity and final evidence collection period of "
         "the PEEL programme. It does not take account of any developments or action carried out since the final "
         "evidence collection period."),
    Para("In the financial year 2023/24, Cleveland Police received the equivalent of \u00a3273 per resident. This is "
         "within the typical range for forces in England and Wales. The force received 28.9 percent of its funding "
         "from precept, which is at the lower end of the typical range for forces across England and Wales for "
         "which the average is 35.6 percent."),
    Para("In the Cleveland Police area, 33.5 percent of neighbourhoods were in the top 10 percent most deprived for "
         "employment across England and Wales, and 32.1 percent of neighbourhoods were in the top 10 percent most "
         "deprived for household income. For household income deprivation, this is the highest level of any police "
         "area, and much higher than the England and Wales average of 9.2 percent."),
    Para("In the year ending 31 March 2024, Cleveland Police had the highest level of recorded incidents per 100,000 "
         "population among forces in England and Wales. It also received an above-average number of 999 calls per "
         "1,000 population than England and Wales. The force answers most of those calls quickly, and it assesses "
         "the level of risk appropriately."),
    Para("Since the HMICFRS's earlier PEEL Assessment 2021-22, the force has improved the policing service it "
         "provides for the public. Officers, staff and volunteers continue to work hard to serve the communities of "
         "Cleveland. Because of that work, the force has made progress in all areas since its last PEEL inspection "
         "and has improved in most judgment grades. But it recognises that there is still work to do, and HMICFRS "
         "has identified areas in which it needs to improve."),
    Para("HMICFRS's inspection assessed how good Cleveland Police is in nine areas of policing. The HMICFRS graded "
         "judgments in eight of these nine as follows:"),
    Table(rows=(GRADE_HEADER, *grade_rows(PEEL_2025)), widths=GRADE_WIDTHS, header_rows=1),
    Para("HMICFRS also inspected how effective a service Cleveland Police gives to victims of crime. HMICFRS do not "
         "make a graded judgment for this area."),
    Para("**Leadership**"),
    Para("Using the College of Policing leadership standards as a framework, in this section HMICFRS set out the most "
         "important findings relating to the force's leadership at all levels."),
    Para("The force's investments and change plans align with its clear strategy. The force uses data and analysis to "
         "understand its current and future demand. It has reviewed its policing model and resources to meet the "
         "demand it faces."),
    Para("The force's structured governance and performance arrangements correspond to its strategy and priorities. "
         "Through these arrangements, the force holds senior leaders to account for its productivity and "
         "proactivity, and the quality of the service it provides for the public. During the inspection, HMICFRS "
         "found improvements to the way the force approaches prevention. HMICFRS also found a developing culture of "
         "problem-solving."),
    Para("The chief constable has a cohesive chief officer team. The force has a clear strategic direction, and "
         "officers and staff understand the priorities."),
    Para("Officers and staff see the chief officer team at policing operations and roadshows, where chief officers "
         "reiterate force plans, investments and priorities. They also celebrate success and remind the workforce of "
         "the force's values and expected standards. HMICFRS found that officers and staff were highly complimentary "
         "about the chief officer team and its leadership."),
    Para("The force understands what it needs from its leaders and there is a development route for achieving this. "
         "The force supports student officers well. The local police development units act as a point of contact, "
         "giving student officers support and mentorship during the assessment phase of their training."),
    Para("The force is also now successfully attracting more experienced and skilled officers than it is losing to "
         "other areas. First-line managers support the workforce's well-being."),
    Para("More detail on Cleveland Police's leadership is included in the main body of the report."),
    Heading("Reducing crime assessment", 3),
    Para("The reducing crime assessment sets out what Cleveland Police is doing to reduce crime and how effective this "
         "action is. This assessment doesn't include police recorded crime figures. This is because they can be "
         "affected by variations and changes in recording policy and practice, making it difficult to draw "
         "comparisons over time."),
    Para("The force understands its current and future demand. It has invested in a prevention command and is "
         "developing a problem-solving culture across the force. The neighbourhood policing teams work well with "
         "communities to understand and meet their needs. They are working on building the public's trust and "
         "confidence, and they encourage members of the public to share information to help reduce and detect "
         "crime."),
    Para("The force works well with other organisations. This helps it develop long-term, sustainable plans to find "
         "the root cause of repeat problems and to make changes that will benefit communities. When crimes take "
         "place, officers generally take positive action to arrest offenders. The force is working on improving the "
         "way it supervises its investigations, and on making sure it follows all reasonable lines of enquiry."),
    Para("The force has early intervention programmes to divert young and vulnerable people from committing crime. "
         "The force has problem-solving plans to reduce and detect neighbourhood crime such as robbery and burglary. "
         "Good governance and performance arrangements evaluate the effectiveness of its problem-solving."),
    Para("The overwhelming majority of recorded grounds for stop and search are reasonable. This helps the force "
         "reduce crime. The force uses analysis and monitoring at force-level meetings to understand and improve the "
         "way it uses stop and search powers. It can show that its use of stop and search is fair and effective, and "
         "that it helps to reduce crime."),
    Para("More detail on what Cleveland Police is doing to reduce crime is included in the main body of the report."),
]

# --- PEEL area sections ---------------------------------------------------------

MAIN_FINDINGS_LEAD = "In this section of the report, HMICFRS sets out its main findings that relate to {}."

PEEL_SECTIONS: list[Block] = [
    Heading("Providing a service to victims of crime", 3),
    Heading("Victim service assessment", 4),
    Para("This section of the report describes HMICFRS's assessment of the service Cleveland Police provides to "
         "victims. This is from the point of reporting a crime and throughout the investigation. As part of this "
         "assessment, HMICFRS reviewed 100 case files. Although the victim service assessment is ungraded, it "
         "influences graded judgments in the other areas inspected."),
    Heading("Main findings:", 4),
    bullets("""
- The force carries out a structured initial triage when it receives calls for service, but it doesn't always record the vulnerability of the caller
- In most cases, the force responds promptly to calls for service
- The force carries out timely investigations, but they aren't always thorough or effective
- The force assigns the right outcome types to investigations
"""),
    Heading("Police powers and treating the public fairly and respectfully", 3),
    Para("**Grade: Good**"),
    Heading("Cleveland Police is good at using police powers and treating people fairly and respectfully.", 2),
    Heading("Main findings:", 3),
    Para(MAIN_FINDINGS_LEAD.format("police powers and treating people fairly and respectfully")),
    bullets("""
- The force trains its officers and staff to work and communicate with the public respectfully
- The force uses stop and search powers fairly and respectfully
- The force has external scrutiny of stop and search and use of force
- The force is improving the way it records use of force
"""),
    Heading("Preventing and deterring crime and antisocial behaviour, and reducing vulnerability", 2),
    Heading("Grade: Good", 3),
    Heading("Cleveland Police is good at prevention and deterrence.", 3),
    Heading("Promising practice:", 4),
    Para("Cleveland Police deploys a medicar \u2013 a car containing a police officer, a paramedic and emergency "
         "equipment"),
    Heading("Main findings:", 4),
    Para(MAIN_FINDINGS_LEAD.format("prevention and deterrence")),
    bullets("""
- The force prioritises prevention
- The force is developing a culture of problem-solving
- The force works well with partners to prevent crime and antisocial behaviour
- The force has a good understanding of antisocial behaviour, and it uses prevention powers well
- The force listens to communities and works with them to make the area safer
- The force supports local people to volunteer and get involved in local policing activities
- The force has an effective neighbourhood policing model
"""),
    Heading("Responding to the public", 2),
    Heading("Grade: Adequate", 3),
    Heading("Cleveland Police is adequate at responding to the public.", 3),
    Heading("Areas for improvement", 4),
    bullets("""
- Cleveland Police should improve the way it flags vulnerable people on its incident logs
- Cleveland Police needs to attend calls for service in line with its published attendance times
"""),
    Heading("Main findings", 4),
    Para(MAIN_FINDINGS_LEAD.format("how well the force responds to the public")),
    bullets("""
- The force effectively oversees control room performance
- The force needs to make sure call handlers give appropriate advice on preserving evidence and preventing crime
- The force gives its call handlers technology to help them carry out risk assessments, and access specialist support and external experts
- The force performs well in relation to non-emergency calls
- The force should continue to focus on improving its performance in relation to emergency calls
- The force appropriately prioritises the calls it receives for service
"""),
    Heading("Investigating crime", 2),
    Heading("Grade: Requires improvement", 3),
    Heading("Cleveland Police requires improvement at investigating crime.", 3),
    Heading("Areas for improvement:", 4),
    bullets("""
- Cleveland Police doesn't consistently achieve appropriate outcomes for victims
- Cleveland Police needs to make sure it completes a victim needs assessment when appropriate
"""),
    Heading("Main findings:", 4),
    Para(MAIN_FINDINGS_LEAD.format("how well the force investigates crime")),
    bullets("""
- The force is improving the way it governs and oversees investigations
- The force needs to make sure it allocates investigations to people with the right skills and experience to carry out high-quality investigations
- The force supports response officers to manage their investigations
- The digital forensic unit has the capacity and capability to manage demand
"""),
    Heading("Protecting vulnerable people", 2),
    Heading("Grade: Requires improvement", 3),
    Para("**Cleveland Police requires improvement at protecting vulnerable people.**"),
    Heading("Areas for improvement:", 4),
    bullets("""
- Cleveland Police should continue to improve the strategic and tactical oversight of its safeguarding strategy and tactical plans
- Cleveland Police should improve its initial response to reports of domestic abuse
"""),
    Heading("Main findings:", 4),
    Para("In this section of the report, HMICFRS set out its main findings that relate to how well the force protects "
         "vulnerable people."),
    bullets("""
- The force is changing the way it uses its investigative resources to meet the demand for its services
- The force listens to feedback from victims and other organisations to help it improve its service to the public
- To protect victims of domestic abuse, the force applies for prevention orders and monitors its use of them
- The force makes good use of the Domestic Violence Disclosure Scheme
- The force works well with other organisations to help keep vulnerable people safe
"""),
    Heading("Managing offenders and suspects", 2),
    Heading("Grade: Good", 3),
    Para("**Cleveland Police is good at managing offenders and suspects.**"),
    Heading("Main findings:", 4),
    Para(MAIN_FINDINGS_LEAD.format("how well the force manages offenders and suspects")),
    bullets("""
- The force has clear policies on arresting wanted suspects
- The force effectively monitors its use of pre-charge bail to safeguard victims
- The force effectively manages the risks posed by the most dangerous offenders
- The force routinely considers using ancillary or prevention orders to protect the public from the most dangerous offenders
- The force investigates online child abuse images in line with nationally recognised risk assessment time limits
"""),
    Heading("Building, supporting and protecting the workforce", 2),
    Heading("Grade: Good", 3),
    Para("**Cleveland Police is good at building, supporting and protecting the workforce.**"),
    Heading("Promising practice:", 4),
    bullets("""
- Cleveland Police has a culture that focuses on well-being
"""),
    Heading("Main findings:", 4),
    Para(MAIN_FINDINGS_LEAD.format("how well the force builds, supports and protects the workforce")),
    bullets("""
- The force has improved its governance arrangements for building, supporting and protecting the workforce
- The force's occupational health unit supports and improves workforce well-being
- The force is improving its support for the well-being of officers and staff in high-risk roles, and for those who attend potentially traumatic incidents
- The force effectively supports new recruits and encourages them to stay in policing
- The force is making efforts to retain new recruits
- The force is committed to developing its first-line leaders
- The force offers some support for officers and staff from under-represented groups to develop and progress
"""),
    Heading("Leadership and force management", 2),
    Heading("Grade: Adequate", 3),
    Para("**Cleveland Police's leadership and management is adequate.**"),
    Heading("Areas for improvement:", 4),
    bullets("""
- Cleveland Police's operating model should allow it to respond effectively and consistently to priorities, and to assess current and future demand
- Cleveland Police has invested in some new digital processes to help reduce sources of internal demand, but several processes are still inefficient
"""),
    Para("**Main findings:**"),
    Para(MAIN_FINDINGS_LEAD.format("leadership and management")),
    bullets("""
- The force has improved its governance structure and performance framework, and it is working with its community to provide a better service
- The force's leadership is more visible and engaging
- The force's operating model doesn't always help its workforce respond to current and future demand
- The force collaborates well with other organisations, but it needs to invest in technology
- The force understands its finances and is using its reserves to smooth the impact of expenditure
"""),
    Para("The full report is available to read on the HMICFRS website here: His Majesty's Inspectorate of "
         "Constabulary and Fire & Rescue Services - His Majesty's Inspectorate of Constabulary and Fire & Rescue "
         "Services."),
    Para("**Areas of Focus - things to consider in the response may include information on the following, where "
         "applicable**"),
    bullets("""
- **Current Status** (*what is the Force doing and why*)
- **Key Successes to Date** (*what is working well and why*)
- **Areas for Development** (*what is not working so well and why, what planned work is due to take place*)
- **Assurance from Force** (*where appropriate, what will be different and by when, which forum has oversight of this work*)
- **Performance Information** (*linked to Force Performance and Quality Framework - key performance indicators related to subject area, commentary on past performance, current performance and future target performance - what does good look like?*)
- **Risks** (*identified risks to future performance/delivery and how these will be mitigated against?*)
- **Resource implications** (*are there any resource implications in terms of finance, staff, estates, IT etc?*)
- **Timescales** (*what are the timescales for delivery?*)
- **Impact** (*Where change has taken place what difference has it made, is this activity considered business as usual*)
"""),
    PageBreak(),
]

# --- Notes of 21 May 2025 -------------------------------------------------------

MAY_Q1 = cell("**1. Following receipt of the early indications of HMICFRS's findings, what improvements were "
              "immediately put in place?**")
MAY_E1 = cell(bullets("""
- Immediate improvements are usually linked to 'causes of concern' i.e. a serious issue identified during the inspection process indicating a problem with a force's practice, policy or performance.
- There were no causes of concern identified during the recent inspection. Activity associated with identified 'areas for improvement' (AFIs), will be delivered via the Force's continuous improvement processes and long-term strategic plan.
- Questions raised throughout the inspection process were tracked and monitored to ensure appropriate action was taken in advance of the report being released.
- **Appendix 1** provides details of the Force's improvement journey.
- **Appendix 2** demonstrates the significant improvements that have been made since the previous inspection in March 2023. The Force has improved the policing service it provides to the public, it has made progress in all areas since the last inspection and has improved in most judgment grades.
"""))
MAY_DECISION = cell(
    Para("**Assured**", align="center"),
    Para("*The PCC noted the journey of improvement the Force had made since the last PEEL inspection and was "
         "assured that with its robust governance and internal assurance processes, the Force was well placed to "
         "achieve positive improvements in the next inspection.*"),
)
MAY_Q2 = cell("**2. In relation to the 'areas for improvement', identified within the report, what will be different "
              "and by when?**")
MAY_E2 = cell(
    "**Responding to the public**",
    bullets("""
- In terms of responding to public and securing improvements in flagging vulnerable people on incident logs, the Force has:
  - introduced enhancements to the Initial Contact Enquiry (ICE) system to assist with the assessment of risk;
  - updated the question set used by call handlers to ensure there is a key focus on vulnerability;
  - revised methodology for quality assurance audits and additional scrutiny of THRIVE (threat, harm, risk, investigation, vulnerability and engagement) assessments;
  - introduced the AWARE mnemonic to help identify early intervention and safeguarding opportunities; and
  - secured a notable improvement in its priority response, however, work will continue to improve the timeliness of the response to incidents involving vulnerable people.
- As a result of the work undertaken by the Force in respect of this area of policing, early indications of progress include:
  - an increase in the number of THRIVE assessments assessed as 'good' or 'outstanding';
  - an increase in the number of priority incidents attended on target; and
  - a significant reduction in the average time taken to respond to a vulnerable victim.
"""),
    "**Investigating crime**",
    bullets("""
- In terms of investigating crime and securing improvements in investigative outcomes, the Force has:
  - developed a co-ordinated approach with recognisable branding;
  - developed an investigative approach to Continuous Professional Development;
  - focussed on improving detective resilience;
  - re-designed the crime assessment and allocation framework;
  - enhanced performance management and data insight in relation to crime investigations;
  - introduced Thematic Testing to assess the quality of investigations;
  - focussed on staff wellbeing and introduced protected time through Op Shield and Op Excellence; and
  - provides recognition of good work e.g. Achieving Investigative Excellence (AIE) Awards and 'You Made an Impact' cards.
- In terms of investigating crime and securing improvements in supporting the needs of the victim, the Force has:
  - progressed activity through the Victims and Witnesses Group;
  - developed more robust and visible performance management in relation to the Victims' Code;
  - devised Victim Needs Assessment Problem Solving Plans to address any gaps;
  - developed a Citizens Portal; and
  - focussed on case file quality to improve outcomes for victims and address demand.
- As a result of the work undertaken by the Force in respect of this area of policing, early indications of progress include:
  - an increase in the number of accredited detectives;
  - a reduction in vacancy levels;
  - an increase in the solved crime rate;
  - an increase in the use of out of court disposals;
  - an increase in the completion of timely supervisor reviews;
  - an increase in the completion of victim needs assessments; and
  - an increase in the provision of timely updates to victims.
"""),
    "**Protecting vulnerable people**",
    bullets("""
- In terms of protecting vulnerable people and securing improvements in oversight of safeguarding strategy and tactical plans, the Force has:
  - refreshed its Vulnerability Strategy and aligned it to the National Strategy, which is underpinned by the 4Ps (Prepare, Protect, Prevent, and Pursue);
  - strengthened its governance arrangements, including a Tactical Vulnerability Performance Group and Domestic Abuse Improvement Board;
  - developed a bespoke Vulnerability Performance Framework to track and monitor delivery; and
  - developed more detailed performance dashboards to provide additional transparency and further insight.
- As a result of the work undertaken by the Force in respect of this area of policing, early indications of progress include:
  - an increase in the child concern Public Protection Notice (PPN) submission rate;
  - an increase in the identification of high-risk missing children;
  - a reduction in the number of repeat missing children;
  - a reduction in the average time to locate missing children; and
  - a reduction in the child repeat victim rate.
- In terms of protecting vulnerable people and securing improvements in the initial response to reports of domestic abuse, the Force has:
  - introduced changes to the deployment policy regarding use of appointments;
  - reviewed the Vulnerability Desk and Rapid Video Response pilot;
  - introduced the RADAR Domestic Abuse Response Model;
  - introduced a domestic abuse question set for call handlers and reporting via Single On-line Home; and
  - introduced a new Domestic Abuse Improvement Board to drive and scrutinise progress.
- As a result of the work undertaken by the Force in respect of this area of policing, early indications of progress include:
  - an increase in arrest rate;
  - higher levels of PPN completion;
  - an increase in solved crime rate;
  - a reduction in the victim withdrawal rate; and
  - an increase in victim satisfaction rate.
"""),
    "**Leadership and management**",
    bullets("""
- In terms of leadership and management and securing improvements in demand management and resource allocation, the Force has:
  - introduced a Monthly Officer Deployment Group;
  - developed demand models for most operational teams and an annual demand modelling plan;
  - completed scenario modelling to test the impact of resourcing changes;
  - developed further changes to Force Operating Model to improve service delivery and resource efficiency - Op Unified;
  - introduced annual resourcing and Training Needs Analysis (TNA) reviews, as part of Force Management Statement (FMS) process;
  - introduced ongoing monitoring of officer workloads;
  - introduced skills balancing, which is built into all shift pattern review activity;
  - invested significantly in additional training and upskilling, following the National Child Protection Inspection (NCPI); and
  - improved detective resilience and crime allocation.
- In terms of leadership and management and securing improvements in processes and increasing productivity through the use of technology, the Force has:
  - developed a new Force Digital Strategy, which will be launched in 2025;
  - revised the operating structure for the Data, Digital and Technology (DDAT) command;
  - introduced more robust governance to support improved data quality and its use e.g. Niche Tactical Working Group, Data Ethics Board, Data Quality Tactical Working Group, Legacy Systems Working Group;
  - implemented system upgrades and platform developments relating to legacy systems e.g. Oracle;
  - developed iPatrol functionality, including desktop access;
  - rolled out redaction software;
  - continued development and deployment of Robotic Process Engineering and artificial intelligence;
  - developed Power Bi dashboards and refinement of others to improve data transparency and insight, whilst maximising automation opportunities; and
  - launched a quality improvement programme to improve process efficiency and reduce demand.
"""),
)
MAY_Q3 = cell("**3. How does the Force plan to maintain, and improve on, good performance?**")
MAY_E3 = cell(bullets("""
- To maintain, and improve on, good performance the Force has robust governance and scrutiny arrangements in place.
- The Force has in place a GAIN Board, an Improving and Managing Performance Across Cleveland Together (IMPACT) Board, Thematic Delivery and Assurance meetings and a Strategic Actions and Recommendations Tracker, the Force uses these mechanisms to fully understand and monitor performance, manage demand and hold people to account for making improvements to services.
- A designated Chief Officer leads and questions owners for each element of the PEEL Assessment Framework (PAF).
- The Force takes a proactive approach to evidence gathering and has a central storage repository i.e. FIVES - Force Inspections and Visits Evidence Store.
- Further external assurance will be provided, in respect of the Force's governance and scrutiny arrangements, via a commissioned RSM audit.
"""))

MAY_NOTES: list[Block] = [
    Para("**NOTES - SCRUTINY MEETING (PEEL ASSESSMENT 2023-2025) - 21 MAY 2025**"),
    Table(
        rows=(
            NOTES_HEADER,
            (MAY_Q1, MAY_E1, MAY_DECISION),
            (MAY_Q2, MAY_E2, cell()),
            (MAY_Q3, MAY_E3, cell()),
        ),
        widths=NOTES_WIDTHS,
        header_rows=1,
        merges=(Merge(1, 2, rows=3),),
    ),
    PageBreak(),
]

# --- Appendix: the force's improvement journey ------------------------------------

JOURNEY: list[Block] = [
    Heading("Cleveland Police's Improvement Journey", 1),
    Heading("Our improvement journey", 2),
    Para("We have made significant improvements with limited external support"),
    Para("PEEL Outcomes"),
    Table(rows=(GRADE_HEADER,), widths=GRADE_WIDTHS),
    Para("**April\n2025**"),
    Table(rows=grade_rows(PEEL_2025_JOURNEY), widths=GRADE_WIDTHS),
    Para("**March\n2023**"),
    Table(rows=grade_rows(PEEL_2023), widths=GRADE_WIDTHS),
    PageBreak(),
]

# --- Child protection inspection excerpts (the pack starts mid-report) -------------

CHILD_PROTECTION: list[Block] = [
    Para("out of 50 files). This means the Force cannot accurately analyse the quality of its response to particular "
         "ethnic groups. Nor can the Force fully understand potential risk factors affecting people because of their "
         "cultural heritage."),
    Para("HMICFRS was pleased to see Force leaders actively monitoring performance in relation to the recording of "
         "personal data. This is an area where they are making some improvement. But there is still more work to "
         "do."),
    Heading("Main findings", 3),
    bullets("""
- Chief officers and senior leaders understand their statutory child protection and safeguarding responsibilities, but there is no child-centred strategy in place
- The Force still needs to improve the quality of its performance data
- There are regular monthly performance meetings in local policing areas, but many senior district leaders do not use the data well enough to reduce risk to some vulnerable children
- The Force has worked hard to train its officers and staff, but the training is not always having the desired results
- The Force has invested in the welfare of its workforce, but high workloads are having a negative effect on the wellbeing of some teams
"""),
    Heading("Working with safeguarding partners", 3),
    Para("Cleveland Police is adequate at working with safeguarding partners."),
    Heading("Area for improvement", 3),
    Heading("***The Force needs to work more effectively with its safeguarding partners***", 4),
    Para("The Force has worked hard over the last few years to provide effective and consistent representation at its "
         "safeguarding children partnerships with Hartlepool and Stockton-on-Tees, and South Tees. This includes "
         "representation at their executive boards. This helps it to make effective contributions to multi-agency "
         "safeguarding arrangements."),
    Para("When the Force's safeguarding partners were spoken with, they told HMICFRS that the police representatives "
         "who attended the various partnership subgroups were sufficiently skilled and knowledgeable. HMICFRS also "
         "saw good police participation at partnership subgroups."),
    Para("But at an operational level, improvements are needed. HMICFRS did not always see a good understanding or "
         "application of the Working together to safeguard children 2023 guidance. For example, in 14 out of 31 "
         "cases, HMICFRS did not find a record of a strategy discussion taking place where one was required. "
         "Additionally, the Force's joint working arrangements in managing children at risk of exploitation needs to "
         "improve."),
    Heading("Main findings", 3),
    bullets("""
- The Force understands and carries out its statutory responsibilities to safeguard children
- The Force learns from local and national reviews to improve the effectiveness of local safeguarding arrangements for children
- The Force works well with local and national partner organisations on safeguarding arrangements for children
- The Force invites partners to its daily district meetings
"""),
    Heading("Responding to children at risk of harm", 3),
    Para("Cleveland Police is inadequate at responding to children at risk of harm."),
    Heading("Cause of concern", 2),
    Heading("***The Force does not consistently recognise the risks posed to missing children, or respond to them "
            "effectively***", 3),
    Para("In this inspection HMICFRS mostly found the Force's response to missing children to be poor. Officers and "
         "staff in the control room did not always recognise the risks, and HMICFRS saw examples of inconsistent "
         "grading of risk, which affected the Force's subsequent response to missing children. This was despite the "
         "Force having access to information on relevant risk factors, including the risk of child sexual "
         "exploitation."),
    Para("In the year ending 31 March 2024, HMICFRS data shows that the Force assessed 6.9 percent of missing "
         "children incidents as high risk. Over the same period, the national average of incidents of missing "
         "children assessed as high risk was 11.5 percent. But HMICFRS found children who are looked after by local "
         "authorities - and who are often especially vulnerable - experience a poorer service from the Force. Over "
         "the same 12 months, it assessed just 1.7 percent of missing children incidents from local authority care "
         "as high risk, compared to the national average of 14.2 percent."),
    Para("HMICFRS found similar evidence in its case file reviews. In three of the six missing children case file "
         "reviews, the Force graded the children as being at medium risk of harm, when it should have graded them as "
         "high risk. In all three cases, the Force had not considered additional risks associated with exploitation "
         "or victimisation."),
    Para("HMICFRS carried out further analysis on ten additional missing children incidents assessed by the Force as "
         "high risk. HMICFRS found that the Force places too much emphasis on a 'threat to life' when assessing "
         "incidents as high risk. The College of Policing authorised professional practice, and the Force's policy on "
         "missing children, defines serious harm as \"a risk which is life threatening and/or traumatic, and from "
         "which recovery, whether physical or psychological, can be expected to be difficult or impossible\". The "
         "Force is not considering how other vulnerabilities such as the risk of exploitation affect the risk to "
         "children when they are missing. The Force's approach to assessing risk significantly reduces its ability "
         "to protect some of the most vulnerable children."),
    Para("The Force's response to most of the missing children incidents, HMICFRS reviewed, was not good enough. "
         "Trigger plans were often ineffective. Referrals to safeguarding partners were submitted in only half of the "
         "cases, and HMICFRS found prevention interviews were not always comprehensive."),
    Para("Officers should conduct prevention interviews with a child who is no longer missing and has returned home "
         "or to a place of care. But HMICFRS found the quality of information recorded in interview notes to be poor "
         "in all six missing children case file reviews. Officers rarely recorded important information, such as "
         "where the children went, who they were with and what had happened to them during the time they were "
         "missing. Too often, officers did not physically see the children. Instead, they completed the prevention "
         "interviews by talking with care home staff or by speaking to the child on the telephone."),
    Para("This means the Force does not always gain the information it needs to assess whether a child has been the "
         "victim of offending, to assess whether they are at risk of exploitation, or to reduce the likelihood of "
         "them going missing again. This means when a child does go missing again, they may be at risk of "
         "significant harm. A better response from the Force would help to make sure the child is found and returned "
         "safely."),
    Heading("Recommendations", 2),
    Para("With immediate effect, in respect of missing children, Cleveland Police should make sure that:"),
    bullets("""
- officers and staff responsible for grading the risks of incidents involving missing children are sufficiently trained and able to appropriately assess the risks using all relevant information held by or available to the Force;
- risk assessments are appropriate in all cases;
- that its response is proportionate to the level of risk;
- investigations into cases of missing children are effective from the first point of contact;
- the Force works with its partners to improve the quality of prevention interviews so that the voice of the child is clearly recorded; and
- the Force policy and guidance for responding to missing people is up to date, and that it is consistent with the College of Policing's authorised professional practice, including the definition of serious harm.
"""),
    Heading("Main findings", 3),
    bullets("""
- The Force website provides advice and information that is beneficial for children and those who care for them
- The Force's control room is using research appropriately to highlight risks to children
- The Force uses a scheduled appointment system in its control room to effectively manage non-critical demand
- The Force's response to missing children incidents is frequently poor
- The Force's supervision of missing children incidents is inconsistent
- The Force does not always understand the links between missing children and child exploitation
- The Force responds to domestic abuse incidents well, but does not always recognise risks in incidents involving children
- Frontline officers use police protection powers well
- Officers prioritise finding suitable accommodation when taking children into police protection
"""),
    Heading("Assessing risk to children and making appropriate referrals", 3),
    Para("Cleveland Police requires improvement at assessing risk to children and making appropriate referrals."),
    Heading("Areas for improvement", 3),
    Heading("***The Force needs to make sure it equips officers and staff to recognise risk and consistently record "
            "the voice of the child, and effectively share relevant information with its safeguarding partners***", 4),
    Para("During the inspection, HMICFRS found that officers did not always record the voice of the child before "
         "sharing public protection notices (PPNs) with safeguarding partners. Officers had recorded the voice of the "
         "child in only 24 of the 50 cases HMICFRS reviewed. HMICFRS found that the Force routinely checks whether "
         "officers are submitting PPNs. But it does not regularly review or audit the quality of these submissions, "
         "whether internally or as part of a multi-agency audit programme."),
    Para("When personnel recorded children's views, these were appropriately detailed, and their living conditions "
         "described well. HMICFRS expect to see this in all PPNs, as it helps other safeguarding partners to better "
         "assess the needs of children and promote their welfare. But in too many cases, personnel did not document "
         "interactions with children well enough."),
    Heading("***The Force needs to improve how it responds to child sexual exploitation***", 4),
    Para("The Force told HMICFRS it has a process for assessing children at risk of, or harmed by, exploitation. But "
         "officers and staff in the complex exploitation team told HMICFRS this process is confusing and disjointed. "
         "HMICFRS agree. Cases are allocated to specialist officers through a multi-agency child exploitation "
         "referral process. The Force has child criminal exploitation and child sexual exploitation guidance "
         "documents that describe this. But HMICFRS did not see how the Force's processes reflect these guidance "
         "documents."),
    Para("The Force shares information about children at risk of exploitation - including those who are missing - "
         "as part of a multi-agency process often referred to as a multi-agency child exploitation panel. The Force "
         "told us multi-agency safeguarding partners refer cases to its complex exploitation team. But the Force does "
         "not know how many children this team is managing. The link between the vulnerable children discussed at "
         "the multi-agency exploitation panel meetings, and those managed by complex exploitation team officers are "
         "unclear and inconsistent."),
    Para("HMICFRS also saw that there are multiple meetings to manage children at risk of exploitation, with a range "
         "of different titles. Some meetings are daily, while others are weekly or scheduled on an ad-hoc basis. This "
         "inconsistency is contributing to the Force's fragmented approach to managing child sexual and criminal "
         "exploitation. The Force cannot always be sure there is a consistent level of service to all children at "
         "risk of exploitation."),
    Para("The Force needs to resolve this urgently to make sure that effective governance is in place. It also needs "
         "to make sure that officers and staff have the necessary skills, experience and training to carry out their "
         "roles."),
    Heading("Main findings", 3),
    bullets("""
- The Force's understanding of child sexual exploitation has some weaknesses
- The Force is not always recognising how to support children at risk of child criminal exploitation
- The Force's protecting vulnerable people hub provides a support function to improve the quality of referrals from domestic abuse incidents
- The Force has a clear process for overseeing the domestic violence disclosure scheme, but this does not always include children
- The Force provides good multi-agency planning and support for victims and children affected by domestic abuse
- The Force regularly completes PPNs for children brought to custody
- The Force is not always recognising when to initiate strategy discussions or meetings
- There is good attendance by the Force at initial child protection conferences
"""),
    Heading("Investigating reports of abuse, neglect and exploitation of children", 3),
    Para("Cleveland Police is inadequate at investigating reports of abuse, neglect and exploitation of children."),
    Heading("Cause of concern", 4),
    Heading("***The Force should improve how it responds to and investigates cases involving children who are "
            "sexually exploited online***", 4),
    Para("HMICFRS found that the Force has clear processes and policies in place to help officers and staff "
         "investigate reports of online child sexual abuse and exploitation. But uniform response officers, who often "
         "conduct the initial investigations, do not understand these processes well enough."),
    Para("In five of the six case files reviewed, HMICFRS found that uniform response officers did not recognise "
         "children's vulnerability or assess risks posed to children well enough. And they did not complete public "
         "protection notices consistently. This means some children may have been left unprotected. And in four of "
         "the six case files, uniform response officers did not signpost victims to adequate support or guidance for "
         "families affected by online child sexual abuse and exploitation."),
    Para("The Force should also review how it allocates the investigation of cases involving children being sexually "
         "exploited, whether online or through in-person contact. In the inspection, HMICFRS found the Force's "
         "allocation of exploitation cases was not consistent. Some online investigations were allocated to "
         "non-specialist uniformed officers, who did not have the skills and training to investigate these complex "
         "cases. And in reports of criminal or sexual exploitation, it is not clear how the Force decides whether to "
         "allocate investigations to the complex exploitation team or to the criminal investigation department. "
         "HMICFRS did not always find a rationale to support the allocations in these cases. This means children are "
         "getting an inconsistent service from the Force."),
    Para("HMICFRS did not find that the Force made effective use of its own investigative tools, such as the child "
         "abuse image database or other digital forensic tools, in any of the six cases reviewed. When specialist "
         "advice is not obtained by frontline officers, it means potential evidence on digital devices is not "
         "recovered. This is because, too often, frontline officers are not seizing devices. In all six case file "
         "reviews, the wider risks that the perpetrators posed to other children were not considered. This included "
         "the two cases investigated by specialist trained officers in the Force's online investigation team."),
    Heading("Recommendations", 3),
    Para("With immediate effect, Cleveland Police should take steps to make sure:"),
    bullets("""
- it allocates all exploitation investigations to officers and staff who have the appropriate knowledge and skills;
- officers and staff have the knowledge, skills and appropriate tools to identify children at risk from online child sexual exploitation and share these concerns with partners to make sure children get the right help;
- it effectively uses the Police National Database by completing intelligence checks during investigations;
- it follows all reasonable lines of enquiry to identify suspects; and
- it signposts all victims and families to available guidance and support.
"""),
    Heading("Main findings", 3),
    bullets("""
- The Force has effective arrangements to respond to the sudden and unexpected deaths of children, but the officers who need training have not received it
- The Force's initial investigation of reports of online child sexual exploitation is inadequate
- Specialist teams usually carry out good child protection investigations
- Too often the Force relies on children's social care services to decide whether a criminal investigation is required
- Some investigations are poorly supervised
"""),
    Heading("Next steps", 3),
    Para("Within eight weeks of this report's publication, Cleveland Police should tell HMICFRS in writing how it has "
         "addressed or intends to address the areas for improvement, causes of concern and recommendations specified. "
         "It would be helpful for this information to be in an action plan."),
    PageBreak(),
]

# --- The force's and the PCC's responses ------------------------------------------

RESPONSES: list[Block] = [
    Heading("FORCE RESPONSE TO RECOMMENDATIONS", 2),
    Para("All new reports into the Force follow a specific process which involves informing the Governance of Audit "
         "and Inspection (GAIN) Board, chaired by the Deputy Chief Constable, of the report's publication and "
         "identifying an Executive Lead to monitor/drive progress of the actions going forward."),
    Para("The process in relation to the National Child Protection Inspections (NCPI) differs to other HMICFRS "
         "inspections. Within 28 days of the Force receiving the draft report there was a requirement to provide the "
         "NCPI review team an improvement plan to address the recommendations relating to the Causes of Concern."),
    Para("Subsequently within 8 weeks of the final report being published, the Force has to provide an update in "
         "relation to the recommendations and the Areas for Improvement (AFIs). However, by the time the final report "
         "was published the broader improvement plan, including updated recommendations and the Force's plans to "
         "address the AFIs was already with the NCPI review team, as acknowledged in the HMICFRS press release that "
         "supported the publication of the final report."),
    Para("The Force has worked through each section of the report's findings and is pleased to confirm that many "
         "aspects have already seen considerable improvement; much of which can be evidenced by significant "
         "performance improvements and outcomes for children."),
    Para("The Force continues to work closely with HMICFRS who will be following-up on the actions during a visit in "
         "February."),
    Para("The process for closing actions is depicted by HMICFRS, as they award each action a level; the Force "
         "complies with the appropriate course of action, linked to this level, to formally close the actions."),
    Para("The Executive Lead for the report is ACC Baker."),
    Para("The Force continues to actively work to satisfy all recommendations and AFIs which are discussed regularly "
         "in the relevant Force Governance meetings."),
    PageBreak(),
    Heading("PCC RESPONSE TO INSPECTION", 2),
    Para("Comment by the PCC:"),
    Para("The PCC fully endorses HMICFRS's recommendations for improvement. The findings from the inspection show "
         "that, despite Cleveland Police working hard over the years to improve how it safeguards vulnerable children "
         "and families and the efforts and dedication of officers and staff, the Force needs to urgently improve its "
         "response to children who are missing and how it investigates online child sexual exploitation. The PCC "
         "recognises the need for the Force to take immediate action."),
    Para("The PCC acknowledges police and partners have a crucial role to play in protecting and safeguarding the "
         "most vulnerable people in Cleveland's communities, especially children, to prevent them being exposed to "
         "exploitation and harm. Where young people are identified as 'at-risk' of criminality, the PCC understands "
         "agencies must work quickly to consider appropriate and meaningful interventions to prevent escalating "
         "behaviour."),
    Para("The PCC's Police and Crime Plan 2024-29 recognises that sadly, young people can be vulnerable and at risk of "
         "becoming involved in criminality. The PCC pledges to work with organisations to educate teachers, "
         "professionals and parents about the signs of criminal and sexual exploitation of children - and ensure "
         "they know how to reach out for support if they think a young person may be at risk. The plan highlights "
         "that education is key to make sure young people understand the dangers and risks they may face. The PCC "
         "wants to see better educational provision for young people on topics such as knife crime, hate crime, "
         "exploitation, healthy relationships and antisocial behaviour."),
    Para("The PCC has received fortnightly briefings from senior police officers and there has been no delay by the "
         "Force in addressing the concerns raised by HMICFRS. The PCC recognises that the Force has responded "
         "promptly and comprehensively to the inspection findings and has already put plans in place to address "
         "areas for improvement."),
    Para("The PCC will closely monitor the progress of the Force to ensure children in Cleveland are effectively "
         "safeguarded and protected from harm."),
    Para("At the Scrutiny Meeting, scheduled to be held on 4 March 2025, the PCC will seek assurance from the Force "
         "that:"),
    bullets("""
- all of HMICFRS's recommendations, referenced for immediate action, have been implemented; and
- areas for improvement and causes of concern are being sufficiently addressed.
"""),
    Para("For Office Use Only"),
    Para("Response forwarded to Home Office"),
    Para("Response published on PCC website"),
]

PACK: list[Block] = [
    *COVER, *AGENDA, *APRIL_NOTES, *TRACKER, *PEEL_COVER, *PEEL_SECTIONS, *MAY_NOTES, *JOURNEY,
    *CHILD_PROTECTION, *RESPONSES,
]
