"""Generate the eighth round of inspection documents (invented grades and
wording, in the common forms of HMICFRS reports and of PCCs' papers).

- peel-2023-25-metropolitan.pdf: PEEL 2023-25; the force named as "the Met"
  in the text; grades as a list "Area – Grade"; AFIs numbered "AFI 3.1"
  under their area's section; recommendations in a table "Recommendation |
  Timescale".
- peel-2023-25-gwent.docx: PEEL 2023-25 in Word; "Gwent" alone in the text;
  a summary grouping areas by grade ("graded as good in two areas: A and
  B."); AFIs as bold sentences under area headings, each over its detail.
- peel-2023-25-dyfed-powys.pdf: PEEL 2023-25; the grade chart's images
  replaced by their text labels ("Figure 1 ..." then "Area: Grade" lines);
  a cause of concern whose recommendations share one lead-in with the
  timescale ("By 30 September 2026, Dyfed-Powys Police should:"); AFIs in an
  annex table "No. | Area | Area for improvement".
- ncpi-warwickshire.pdf: child protection (ungraded); causes of concern each
  in one paragraph with its recommendation ("Recommendation: Within six
  months, ..."); AFIs under the framework's area headings.
- northumbria-pcc-peel-paper-2026-01-20.docx: a PCC's board paper; grades
  grouped under their grade ("Good: A, B"); AFIs in a table "Ref | Area | Area
  for improvement | Progress".
- peel-2023-25-staffordshire.pdf: PEEL 2023-25; a transposed grade table
  (areas as columns, grades in the row below); AFIs as "Area for improvement
  1" labels over their sentences; recommendations in a table "Cause of
  concern | Recommendation | Timescale".

Run `.venv/bin/python samples/corpus/inspection-round8/generate.py`; the
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
from inspection_render import render_pdf, shade_docx, write_documents  # noqa: E402

DOCX_TIME = datetime(2026, 1, 5, 9, 0, 0)


def metropolitan() -> bytes:
    blocks: list[Block] = [
        Para("PEEL 2023–25", size=12),
        Para("**Police effectiveness, efficiency and legitimacy**", size=20),
        Para("**An inspection of the Metropolitan Police Service**", size=16),
        Para("Published: 3 February 2026"),
        Heading("Our judgments", 1),
        Para("Our inspection assessed how good the Met is in eight areas of policing. We make graded "
             "judgments in these areas as follows:"),
        bullets("""
- Police powers and public treatment – Adequate
- Preventing crime – Good
- Responding to the public – Inadequate
- Investigating crime – Requires improvement
- Protecting vulnerable people – Requires improvement
- Managing offenders – Adequate
- Developing a positive workplace – Requires improvement
- Leadership and force management – Adequate
"""),
        Heading("Cause of concern", 2),
        Para("**The Met doesn't answer emergency and non-emergency calls quickly enough.**"),
        Table((
            (cell("**Recommendation**"), cell("**Timescale**")),
            (cell("The Met should make sure it has enough call handlers to answer emergency calls within "
                  "ten seconds."), cell("Within three months")),
            (cell("The Met should reduce the number of non-emergency calls abandoned before they are "
                  "answered."), cell("Within six months")),
        ), widths=(5, 2), header_rows=1),
        PageBreak(),
        Heading("3. Investigating crime", 1),
        Para("The Met requires improvement at investigating crime."),
        Para("**AFI 3.1** The Met should make sure investigations are allocated to officers with the "
             "right skills."),
        Para("**AFI 3.2** The Met should make sure victims are updated about their investigations."),
        Heading("4. Protecting vulnerable people", 1),
        Para("The Met requires improvement at protecting vulnerable people."),
        Para("**AFI 4.1** The Met should improve how it identifies repeat victims of domestic abuse."),
        Heading("5. Developing a positive workplace", 1),
        Para("**AFI 5.1** The Met should make sure its officers receive the training they need for "
             "their role."),
    ]
    return render_pdf(blocks, {}, "PEEL 2023–25 Metropolitan Police Service")


def gwent() -> bytes:
    blocks: list[Block] = [
        Para("PEEL 2023–25", size=12),
        Para("**Police effectiveness, efficiency and legitimacy: An inspection of Gwent Police**", size=18),
        Para("Published: 11 March 2026"),
        Heading("Overall summary", 1),
        Para("Gwent was graded as good in two areas: preventing crime and managing offenders. It was "
             "graded as adequate in three areas: police powers and public treatment, investigating "
             "crime and leadership and force management. It requires improvement in three areas: "
             "responding to the public, protecting vulnerable people and developing a positive "
             "workplace."),
        Heading("Responding to the public", 1),
        Para("**Gwent should make sure it assesses risk at the first point of contact.**"),
        Para("Call handlers did not always complete a structured risk assessment."),
        Para("**Gwent should attend incidents within the times it has set.**"),
        Para("Attendance times for priority incidents have lengthened over the past year."),
        Heading("Protecting vulnerable people", 1),
        Para("**Gwent should make sure it makes safeguarding referrals promptly.**"),
        Para("We found delays of up to a week in referrals to partner agencies."),
        Heading("Developing a positive workplace", 1),
        Para("**Gwent should improve how it supports the wellbeing of its workforce.**"),
        Para("Occupational health waiting times were long."),
    ]
    return shade_docx(render_docx(blocks, "PEEL 2023–25 Gwent Police", "HMICFRS", DOCX_TIME), {})


def dyfed_powys() -> bytes:
    blocks: list[Block] = [
        Para("PEEL 2023–25", size=12),
        Para("**Police effectiveness, efficiency and legitimacy**", size=20),
        Para("**An inspection of Dyfed-Powys Police**", size=16),
        Para("Published: 25 February 2026"),
        Heading("Summary", 1),
        Para("*Figure 1: Dyfed-Powys Police's grades in each area of policing*"),
        Para("Police powers and public treatment: Good"),
        Para("Preventing crime: Outstanding"),
        Para("Responding to the public: Adequate"),
        Para("Investigating crime: Requires improvement"),
        Para("Protecting vulnerable people: Inadequate"),
        Para("Managing offenders: Good"),
        Para("Developing a positive workplace: Adequate"),
        Para("Leadership and force management: Good"),
        PageBreak(),
        Heading("Cause of concern", 1),
        Para("**Dyfed-Powys Police doesn't safeguard vulnerable people well enough.**"),
        Para("We found that risk assessments were often incomplete."),
        Para("By 30 September 2026, Dyfed-Powys Police should:"),
        Numbered((
            "make sure officers complete a risk assessment for every domestic abuse incident;",
            "review its arrangements for referring vulnerable adults to partner agencies; and",
            "make sure supervisors check the quality of safeguarding plans.",
        )),
        PageBreak(),
        Heading("Annex A: Areas for improvement", 1),
        Table((
            (cell("**No.**"), cell("**Area**"), cell("**Area for improvement**")),
            (cell("1"), cell("Investigating crime"), cell("The force should make sure investigation plans are "
                                                          "recorded and supervised.")),
            (cell("2"), cell("Investigating crime"), cell("The force should improve the quality of files it "
                                                          "sends to the Crown Prosecution Service.")),
            (cell("3"), cell("Responding to the public"), cell("The force should answer non-emergency calls "
                                                               "more quickly.")),
            (cell("4"), cell("Developing a positive workplace"), cell("The force should make sure its "
                                                                      "supervisors have time to support "
                                                                      "their teams.")),
        ), widths=(1, 3, 6), header_rows=1),
    ]
    return render_pdf(blocks, {}, "PEEL 2023–25 Dyfed-Powys Police")


def warwickshire() -> bytes:
    blocks: list[Block] = [
        Para("**Warwickshire Police: National child protection inspection**", size=18),
        Para("Published: 9 December 2025"),
        Heading("Causes of concern and recommendations", 1),
        Para("**Cause of concern 1:** Warwickshire Police doesn't make sure that children at risk are "
             "identified when officers attend domestic abuse incidents. **Recommendation:** Within six "
             "months, Warwickshire Police should make sure officers speak to and record the views of "
             "every child present at a domestic abuse incident."),
        Para("**Cause of concern 2:** Warwickshire Police doesn't have effective oversight of children held "
             "in custody overnight. **Recommendation:** Within three months, Warwickshire Police should "
             "make sure an inspector reviews the detention of every child held overnight."),
        PageBreak(),
        Heading("Areas for improvement", 1),
        Heading("Assessing risk to children and making appropriate referrals", 2),
        bullets("""
- The force should make sure referrals to children's social care include the officer's assessment of risk.
"""),
        Heading("Investigating reports of abuse, neglect and exploitation of children", 2),
        bullets("""
- The force should make sure investigations of child sexual abuse are allocated to trained detectives.
- The force should reduce delays in obtaining digital evidence from devices.
"""),
    ]
    return render_pdf(blocks, {}, "Warwickshire Police national child protection inspection")


def northumbria_paper() -> bytes:
    blocks: list[Block] = [
        Para("**Police and Crime Commissioner's Scrutiny Board – 20 January 2026**"),
        Para("**HMICFRS PEEL 2023–25 inspection of Northumbria Police: progress report**", size=16),
        Para("Report of the Deputy Chief Constable"),
        Heading("1. Background", 2),
        Para("HMICFRS published its PEEL 2023–25 report on Northumbria Police on 8 October 2025. It gave "
             "the following grades:"),
        bullets("""
- Outstanding: none
- Good: preventing crime, managing offenders
- Adequate: police powers and public treatment, responding to the public, leadership and force management
- Requires improvement: investigating crime, protecting vulnerable people, developing a positive workplace
"""),
        Heading("2. Progress", 2),
        Table((
            (cell("**Ref**"), cell("**Area**"), cell("**Area for improvement**"), cell("**Progress**")),
            (cell("AFI 1"), cell("Investigating crime"), cell("The force should make sure it gives victims "
                                                              "timely updates about their investigations."),
             cell("Updates are now monitored weekly.")),
            (cell("AFI 2"), cell("Protecting vulnerable people"), cell("The force should improve the "
                                                                       "quality of its safeguarding "
                                                                       "referrals."),
             cell("A referral template was introduced in November 2025.")),
            (cell("AFI 3"), cell("Developing a positive workplace"), cell("The force should make sure its "
                                                                          "officers have regular "
                                                                          "wellbeing conversations."),
             cell("Wellbeing conversations are part of every appraisal.")),
        ), widths=(1, 2, 4, 3), header_rows=1),
        Heading("3. Recommendation", 2),
        Para("The Board is asked to note the progress made."),
    ]
    data = render_docx(blocks, "PEEL progress report", "Office of the Police and Crime Commissioner", DOCX_TIME)
    return shade_docx(data, {})


def staffordshire() -> bytes:
    areas = ["Police powers and public treatment", "Preventing crime", "Responding to the public",
             "Investigating crime"]
    more = ["Protecting vulnerable people", "Managing offenders", "Developing a positive workplace",
            "Leadership and force management"]
    blocks: list[Block] = [
        Para("PEEL 2023–25", size=12),
        Para("**Police effectiveness, efficiency and legitimacy**", size=20),
        Para("**An inspection of Staffordshire Police**", size=16),
        Para("Published: 21 January 2026"),
        Heading("Our judgments", 1),
        Table((tuple(cell(f"**{a}**") for a in areas),
               (cell("Good"), cell("Adequate"), cell("Requires improvement"), cell("Adequate"))),
              widths=(1, 1, 1, 1), header_rows=1),
        Table((tuple(cell(f"**{a}**") for a in more),
               (cell("Requires improvement"), cell("Good"), cell("Adequate"), cell("Good"))),
              widths=(1, 1, 1, 1), header_rows=1),
        Heading("Cause of concern and recommendation", 1),
        Table((
            (cell("**Cause of concern**"), cell("**Recommendation**"), cell("**Timescale**")),
            (cell("Staffordshire Police doesn't respond to calls from vulnerable people quickly enough."),
             cell("Staffordshire Police should make sure it attends incidents involving vulnerable people "
                  "within its target times."), cell("Within six months")),
        ), widths=(3, 4, 2), header_rows=1),
        PageBreak(),
        Heading("Responding to the public", 1),
        Para("**Area for improvement 1**"),
        Para("The force should make sure it assesses the risk of every caller using a structured "
             "approach."),
        Heading("Protecting vulnerable people", 1),
        Para("**Area for improvement 2**"),
        Para("The force should make sure officers apply for protective orders when they are needed."),
        Para("**Area for improvement 3**"),
        Para("The force should improve how it manages registered sex offenders' risk."),
    ]
    return render_pdf(blocks, {}, "PEEL 2023–25 Staffordshire Police")


DOCUMENTS = {
    "peel-2023-25-metropolitan.pdf": metropolitan,
    "peel-2023-25-gwent.docx": gwent,
    "peel-2023-25-dyfed-powys.pdf": dyfed_powys,
    "ncpi-warwickshire.pdf": warwickshire,
    "northumbria-pcc-peel-paper-2026-01-20.docx": northumbria_paper,
    "peel-2023-25-staffordshire.pdf": staffordshire,
}


def main() -> None:
    write_documents(HERE, DOCUMENTS)


if __name__ == "__main__":
    main()
