"""Generate the seventh round of inspection documents (invented grades and
wording, in the common forms of HMICFRS reports and of PCCs' papers).

- peel-2023-25-west-mercia.pdf: PEEL 2023-25; grades as a table of areas as
  rows with the grade printed in a cell shaded in its colour; a cause of
  concern with numbered recommendations whose timescale ends the sentence;
  every AFI gathered in an annex table "Area | Area for improvement".
- peel-2023-25-south-yorkshire.pdf: PEEL 2023-25; a chart whose grade columns
  are headed by abbreviations (O, G, A, RI, I) with a dot in the graded one;
  area sections whose first sentence states the judgment with varied verbs;
  AFIs as bold sentences with no heading, each followed by its explanation.
- peel-2021-22-city-of-london.pdf: PEEL 2021/22; no chart, a summary
  paragraph listing every grade; sections headed by the long area names with
  a numbering prefix ("4. Investigating crime"), AFIs bulleted under an
  "Areas for improvement" label in them.
- ncpi-greater-manchester.pdf: national child protection inspection (no
  grades); recommendations in a table "No. | Recommendation | Timescale";
  AFIs numbered under the framework's area headings.
- derbyshire-pcc-peel-paper-2025-12-09.docx: a PCC's board paper; the
  report's grades listed in one sentence; AFIs quoted by area in a table
  "Area | Area for improvement | Force update".
- peel-2023-25-north-yorkshire.docx: PEEL 2023-25 in Word; an "Area | Grade"
  table with shaded grade cells; a cause of concern with recommendations
  "North Yorkshire Police should, within six months, ..."; AFIs under
  numbered area headings ("3.2 Protecting vulnerable people").

Run `.venv/bin/python samples/corpus/inspection-round7/generate.py`; the
bytes are deterministic (reportlab invariant mode, fixed DOCX zip times).
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from generator.docx_render import render_docx  # noqa: E402
from generator.model import Block, Heading, Numbered, PageBreak, Para, Table, bullets, cell  # noqa: E402
from inspection_render import grade_rows, render_pdf, shade_docx, write_documents  # noqa: E402

DOCX_TIME = datetime(2025, 12, 1, 9, 0, 0)


def west_mercia() -> bytes:
    grades = [
        ("Police powers and public treatment", "Good"),
        ("Preventing crime", "Adequate"),
        ("Responding to the public", "Requires improvement"),
        ("Investigating crime", "Adequate"),
        ("Protecting vulnerable people", "Inadequate"),
        ("Managing offenders", "Good"),
        ("Developing a positive workplace", "Adequate"),
        ("Leadership and force management", "Requires improvement"),
    ]
    rows, fills = grade_rows(grades)
    blocks: list[Block] = [
        Para("PEEL 2023–25", size=12),
        Para("**Police effectiveness, efficiency and legitimacy**", size=20),
        Para("**An inspection of West Mercia Police**", size=16),
        Para("Published: 14 January 2026"),
        Heading("Overall summary", 1),
        Para("This inspection assessed how good West Mercia Police is in eight areas of policing. "
             "The table below shows the grade we gave in each area."),
        Table(rows, widths=(3, 2), header_rows=1),
        Para("We found the force needs to improve how it protects vulnerable people and how it answers "
             "emergency and non-emergency calls."),
        PageBreak(),
        Heading("Cause of concern", 1),
        Para("**West Mercia Police doesn't assess and manage risk to vulnerable people well enough when "
             "they first contact the force.**"),
        Para("We found that call handlers did not always use a structured risk assessment, and that "
             "officers attending domestic abuse incidents did not always complete a risk assessment."),
        Heading("Recommendations", 2),
        Numbered((
            "West Mercia Police should make sure that call handlers use a structured risk assessment "
            "for every call involving a vulnerable person within three months.",
            "West Mercia Police should make sure that officers complete a risk assessment at every "
            "domestic abuse incident they attend within six months.",
            "West Mercia Police should introduce effective supervision of the risk assessments made "
            "by its staff by 31 July 2026.",
        )),
        Heading("Responding to the public", 1),
        Para("West Mercia Police requires improvement at responding to the public. Too many emergency "
             "calls are not answered within ten seconds."),
        PageBreak(),
        Heading("Annex A: Areas for improvement", 1),
        Para("The areas for improvement we identified are listed below, by area."),
        Table((
            (cell("**Area**"), cell("**Area for improvement**")),
            (cell("Preventing crime"), cell("The force should make sure its neighbourhood teams use "
                                            "problem-solving plans that are evaluated.")),
            (cell("Responding to the public"), cell("The force should make sure it answers emergency "
                                                    "calls promptly.")),
            (cell("Responding to the public"), cell("The force should improve how quickly it attends "
                                                    "incidents graded as a priority.")),
            (cell("Investigating crime"), cell("The force should make sure investigations are "
                                               "supervised effectively and that plans are recorded.")),
            (cell("Developing a positive workplace"), cell("The force should understand the wellbeing "
                                                           "needs of its workforce better.")),
            (cell("Leadership and force management"), cell("The force should have a clear plan for "
                                                            "how it will meet future demand.")),
        ), widths=(2, 5), header_rows=1),
    ]
    return render_pdf(blocks, {0: fills}, "PEEL 2023–25 West Mercia Police")


def south_yorkshire() -> bytes:
    dot = "●"
    grades = [
        ("Police powers and public treatment", "G"),
        ("Preventing crime", "O"),
        ("Responding to the public", "A"),
        ("Investigating crime", "RI"),
        ("Protecting vulnerable people", "A"),
        ("Managing offenders", "RI"),
        ("Developing a positive workplace", "G"),
        ("Leadership and force management", "G"),
    ]
    columns = ("O", "G", "A", "RI", "I")
    rows = [tuple(cell(f"**{h}**") for h in ("Area",) + columns)]
    rows += [(cell(area),) + tuple(cell(dot if grade == col else "") for col in columns) for area, grade in grades]
    blocks: list[Block] = [
        Para("**PEEL 2023–25: Police effectiveness, efficiency and legitimacy**", size=18),
        Para("**An inspection of South Yorkshire Police**", size=16),
        Para("Published: 3 February 2026"),
        Heading("Our judgments", 1),
        Table(tuple(rows), widths=(5, 1, 1, 1, 1, 1), header_rows=1),
        Para("Key: O = Outstanding, G = Good, A = Adequate, RI = Requires improvement, I = Inadequate"),
        PageBreak(),
        Heading("Preventing crime", 1),
        Para("We judged South Yorkshire Police to be outstanding at preventing and deterring crime and "
             "antisocial behaviour. Its neighbourhood teams work closely with partners."),
        Heading("Investigating crime", 1),
        Para("The force's performance in investigating crime requires improvement. Investigations are not "
             "always allocated to officers with the right skills."),
        Para("**The force should make sure that investigations are allocated to staff with the right "
             "skills and experience.**"),
        Para("Some complex investigations were held by student officers with little supervision."),
        Para("**The force should improve how it keeps victims informed about their investigations.**"),
        Para("Victims told us they were not always updated, and records of contact were incomplete."),
        Heading("Managing offenders", 1),
        Para("In managing offenders and suspects, South Yorkshire Police was graded as requires improvement. "
             "Outstanding suspects are not always arrested promptly."),
        Para("**The force should reduce the number of suspects who are wanted and not arrested.**"),
        Para("We found a backlog of wanted suspects, some of whom posed a high risk."),
        Heading("Protecting vulnerable people", 1),
        Para("The force is adequate at protecting vulnerable people."),
        Para("**The force should make sure officers record the voice of the child when they attend "
             "incidents.**"),
    ]
    return render_pdf(blocks, {}, "PEEL 2023–25 South Yorkshire Police")


def city_of_london() -> bytes:
    blocks: list[Block] = [
        Para("**PEEL 2021/22**", size=14),
        Para("**Police effectiveness, efficiency and legitimacy: An inspection of City of London Police**",
             size=18),
        Para("Published: 9 March 2022"),
        Heading("1. Overall summary", 1),
        Para("Our inspection found that City of London Police was good at preventing crime and at treating "
             "the public fairly and respectfully, adequate at investigating crime, responding to the public "
             "and protecting vulnerable people, and required improvement at managing offenders and suspects "
             "and at building, supporting and protecting the workforce. We judged it outstanding at "
             "disrupting serious organised crime."),
        Heading("2. Preventing and deterring crime and antisocial behaviour, and reducing vulnerability", 1),
        Para("The force works well with businesses in the City to prevent crime."),
        Heading("3. Investigating crime", 1),
        Para("The force's investigations are generally of a good standard, but some are delayed."),
        Para("**Areas for improvement**"),
        bullets("""
- The force should make sure that investigation plans are set and reviewed by supervisors.
- The force should make sure it uses all available evidence-led prosecution opportunities.
"""),
        Heading("4. Managing offenders and suspects", 1),
        Para("The force needs to be quicker at arresting suspects."),
        Para("**Areas for improvement**"),
        bullets("""
- The force should make sure it arrests wanted suspects promptly.
- The force should improve how it manages registered sex offenders.
"""),
        Heading("5. Building, supporting and protecting the workforce", 1),
        Para("Staff told us they felt overstretched."),
        Para("**Area for improvement**"),
        bullets("""
- The force should make sure supervisors have the time to support the wellbeing of their staff.
"""),
    ]
    return render_pdf(blocks, {}, "PEEL 2021/22 City of London Police")


def greater_manchester() -> bytes:
    blocks: list[Block] = [
        Para("**Greater Manchester Police: National child protection inspection**", size=18),
        Para("Published: 22 October 2025"),
        Heading("Summary", 1),
        Para("We found that Greater Manchester Police has improved how it responds to missing children, "
             "but it still needs to improve how it shares information with safeguarding partners."),
        Heading("Recommendations", 1),
        Table((
            (cell("**No.**"), cell("**Recommendation**"), cell("**Timescale**")),
            (cell("1"), cell("Greater Manchester Police should make sure that every child who is arrested "
                             "has an appropriate adult present without delay."), cell("Immediately")),
            (cell("2"), cell("Greater Manchester Police should review how it refers concerns about "
                             "children to children's social care."), cell("Within three months")),
            (cell("3"), cell("Greater Manchester Police should improve the quality of its strategy "
                             "discussions with partner agencies."), cell("Within six months")),
        ), widths=(1, 8, 3), header_rows=1),
        PageBreak(),
        Heading("Working with safeguarding partners", 1),
        Para("Partners told us the force is an active member of the safeguarding partnership."),
        Heading("Areas for improvement", 2),
        Numbered((
            "The force should make sure its officers attend strategy meetings when invited.",
            "The force should share information about domestic abuse incidents with schools promptly.",
        )),
        Heading("Police detention of children", 1),
        Para("Too many children are held in custody overnight."),
        Heading("Area for improvement", 2),
        Numbered((
            "The force should make sure it requests alternative accommodation for every child charged "
            "and refused bail.",
        )),
    ]
    return render_pdf(blocks, {}, "Greater Manchester Police: National child protection inspection")


def derbyshire_paper() -> bytes:
    blocks: list[Block] = [
        Para("**Strategic Priorities Assurance Board – 9 December 2025**"),
        Para("**Derbyshire Constabulary PEEL 2023–25 inspection: the force's response to the areas for "
             "improvement**", size=16),
        Para("Report of the Chief Constable"),
        Heading("1. Purpose", 2),
        Para("To update the Police and Crime Commissioner on the force's progress against the areas for "
             "improvement in the HMICFRS PEEL 2023–25 report, published on 18 June 2025."),
        Heading("2. Background", 2),
        Para("HMICFRS graded Derbyshire Constabulary as good at preventing crime, at responding to the public "
             "and at managing offenders, adequate at investigating crime and at protecting vulnerable people, "
             "and requires improvement at police powers and public treatment, developing a positive "
             "workplace and leadership and force management."),
        Heading("3. Progress against the areas for improvement", 2),
        Table((
            (cell("**Area**"), cell("**Area for improvement**"), cell("**Force update**")),
            (cell("Investigating crime"), cell("The force should make sure it gives victims timely updates "
                                               "about their investigations."),
             cell("Victim updates are now tracked on the crime system; compliance is 84%.")),
            (cell("Police powers and public treatment"), cell("The force should make sure supervisors review "
                                                              "body-worn video of stop and search encounters."),
             cell("A dip-sampling regime started in September 2025.")),
            (cell("Developing a positive workplace"), cell("The force should make sure it understands the "
                                                           "reasons officers leave the force."),
             cell("Exit interviews are now offered to every leaver.")),
            (cell("Leadership and force management"), cell("The force should improve how it plans for future "
                                                           "demand and workforce capability."),
             cell("A new force management statement is in preparation.")),
        ), widths=(2, 4, 4), header_rows=1),
        Heading("4. Recommendation", 2),
        Para("The Commissioner is asked to note this report."),
    ]
    data = render_docx(blocks, "SPAB PEEL update", "Office of the Police and Crime Commissioner", DOCX_TIME)
    return shade_docx(data, {})


def north_yorkshire() -> bytes:
    grades = [
        ("Police powers and public treatment", "Adequate"),
        ("Preventing crime", "Good"),
        ("Responding to the public", "Inadequate"),
        ("Investigating crime", "Requires improvement"),
        ("Protecting vulnerable people", "Requires improvement"),
        ("Managing offenders", "Adequate"),
        ("Developing a positive workplace", "Good"),
        ("Leadership and force management", "Adequate"),
    ]
    rows, fills = grade_rows(grades)
    blocks: list[Block] = [
        Para("**PEEL 2023–25 Police effectiveness, efficiency and legitimacy: An inspection of North Yorkshire "
             "Police**", size=18),
        Para("Published: 27 November 2025"),
        Heading("1. Our judgments", 1),
        Table(rows, widths=(3, 2), header_rows=1),
        Heading("2. Cause of concern", 1),
        Para("**North Yorkshire Police isn't answering emergency and non-emergency calls quickly enough.**"),
        Para("Callers waited too long, and some abandoned their calls."),
        Heading("Recommendations", 2),
        Para("North Yorkshire Police should, within three months, make sure it has enough call handlers to "
             "meet demand at peak times."),
        Para("North Yorkshire Police should, within six months, introduce a way of identifying repeat and "
             "vulnerable callers who abandon their calls."),
        Heading("3. Our findings", 1),
        Heading("3.1 Responding to the public", 2),
        Para("North Yorkshire Police is inadequate at responding to the public."),
        Heading("3.2 Protecting vulnerable people", 2),
        Para("North Yorkshire Police requires improvement at protecting vulnerable people."),
        Para("**Area for improvement**"),
        Para("The force should make sure that it uses all available protective orders for victims of "
             "domestic abuse."),
        Para("Officers did not always consider a domestic violence protection notice."),
        Heading("3.3 Investigating crime", 2),
        Para("North Yorkshire Police requires improvement at investigating crime."),
        Para("**Area for improvement**"),
        Para("The force should make sure that it carries out thorough initial investigations."),
        Para("**Area for improvement**"),
        Para("The force should make sure that investigation outcomes are recorded correctly."),
    ]
    data = render_docx(blocks, "PEEL 2023–25 North Yorkshire Police", "HMICFRS", DOCX_TIME)
    return shade_docx(data, {0: fills})


DOCUMENTS = {
    "peel-2023-25-west-mercia.pdf": west_mercia,
    "peel-2023-25-south-yorkshire.pdf": south_yorkshire,
    "peel-2021-22-city-of-london.pdf": city_of_london,
    "ncpi-greater-manchester.pdf": greater_manchester,
    "derbyshire-pcc-peel-paper-2025-12-09.docx": derbyshire_paper,
    "peel-2023-25-north-yorkshire.docx": north_yorkshire,
}


def main() -> None:
    write_documents(HERE, DOCUMENTS)


if __name__ == "__main__":
    main()
