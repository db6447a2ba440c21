"""Inspection documents of the ninth round: forces seen once before, in
another form, written before the extractors' code or earlier rounds'
documents were read. Grades and wording are invented.

- peel-2023-25-hampshire.pdf: each area's section opens with its grade
  printed alone in bold under the heading, then a judgment sentence whose
  subject is the force ("The constabulary is good at preventing crime.");
  two areas graded by the clauses of one sentence ("... is good at
  investigating crime, but requires improvement at protecting vulnerable
  people."); a cause of concern with "Recommendation 1" labels.
- peel-2023-25-cumbria.docx: the summary chart as a table whose columns are
  headed by the five grades, each area named in its grade's column (two
  areas in one cell as two paragraphs); AFIs under "Area for improvement"
  headings in each area's section.
- lincolnshire-pcc-peel-paper-2026-03-04.pdf: a PCC board paper; every
  grade in one sentence of clauses separated by semicolons ("good at A and
  B; adequate in C, D and E; and requires improvement in F, G and H"); AFIs
  in a table "No. | PEEL area | Area for improvement | Update".
- ncpi-humberside.pdf: child protection (ungraded); two causes of concern
  each under a "Cause of concern" heading naming the area, each followed by
  recommendations as a lead-in with its timescale and bullets; AFIs under
  the framework's area headings.
- peel-2023-25-suffolk.pdf: the grade table set as two pairs per row
  ("Area | Grade | Area | Grade"); a cause of concern whose recommendation
  names its timescale at the end; AFIs as "AFI 1:" labelled paragraphs.
- peel-2021-22-wiltshire.pdf: PEEL 2021/22; each area heading followed by a
  "Grade: X" line; AFIs bulleted under "Areas for improvement" labels.

Run `.venv/bin/python samples/corpus/inspection-round9/generate.py`; the
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
from generator.model import Block, Heading, PageBreak, Para, Table, bullets, cell  # noqa: E402
from generator.pdf_render import render_pdf  # noqa: E402
from inspection_render import fixed_zip_times, write_documents  # noqa: E402

WHEN = datetime(2026, 1, 1, 9, 0, 0)


def docx(blocks: list[Block], title: str) -> bytes:
    return fixed_zip_times(render_docx(blocks, title, "HMICFRS", WHEN))


def hampshire() -> bytes:
    force = "Hampshire and Isle of Wight Constabulary"
    blocks: list[Block] = [
        Heading("PEEL 2023–25", 1),
        Para("Police effectiveness, efficiency and legitimacy", size=14),
        Heading(f"An inspection of {force}", 2),
        Para("Published: 17 February 2026"),
        Heading("Overall summary", 1),
        Para(f"{force} is good at investigating crime, but requires improvement at protecting "
             "vulnerable people."),
        Heading("Cause of concern", 2),
        Para("The constabulary doesn't identify and record all crimes reported to it."),
        Para("**Recommendation 1**"),
        Para("Within six months, the constabulary should make sure that crimes reported to it are "
             "recorded within 24 hours."),
        Para("**Recommendation 2**"),
        Para("Within six months, the constabulary should make sure call handlers are trained in the "
             "crime recording rules."),
        PageBreak(),
        Heading("Preventing crime", 1),
        Para("**Good**"),
        Para("The constabulary is good at preventing crime."),
        Para("Neighbourhood teams work with partners to solve local problems."),
        Heading("Responding to the public", 1),
        Para("**Adequate**"),
        Para("The constabulary is adequate at responding to the public."),
        Heading("Area for improvement", 3),
        Para("The constabulary should make sure it answers non-emergency calls promptly."),
        Heading("Managing offenders", 1),
        Para("**Outstanding**"),
        Para("The constabulary is outstanding at managing offenders."),
        Heading("Developing a positive workplace", 1),
        Para("**Requires improvement**"),
        Para("The constabulary requires improvement at developing a positive workplace."),
        Heading("Area for improvement", 3),
        Para("The constabulary should make sure supervisors have the time to support their teams."),
    ]
    return render_pdf(blocks, "PEEL 2023–25 Hampshire and Isle of Wight Constabulary", "HMICFRS")


def cumbria() -> bytes:
    blocks: list[Block] = [
        Heading("PEEL 2023–25", 1),
        Para("Police effectiveness, efficiency and legitimacy", size=14),
        Heading("An inspection of Cumbria Constabulary", 2),
        Para("Published: 24 February 2026"),
        Heading("Our judgments", 1),
        Para("Our inspection assessed how good Cumbria Constabulary is in eight areas of policing. "
             "We make graded judgments in the following areas:"),
        Table((
            (cell("**Outstanding**"), cell("**Good**"), cell("**Adequate**"),
             cell("**Requires improvement**"), cell("**Inadequate**")),
            (cell(""), cell("Preventing crime", "Managing offenders"),
             cell("Police powers and public treatment", "Responding to the public", "Leadership and force management"),
             cell("Investigating crime", "Developing a positive workplace"),
             cell("Protecting vulnerable people")),
        ), widths=(1, 1, 1, 1, 1), header_rows=1),
        Heading("Investigating crime", 1),
        Heading("Area for improvement", 3),
        Para("The constabulary should make sure investigations are supervised effectively."),
        Heading("Protecting vulnerable people", 1),
        Heading("Area for improvement", 3),
        Para("The constabulary should make sure it uses protective orders to safeguard victims of "
             "domestic abuse."),
    ]
    return docx(blocks, "PEEL 2023–25 Cumbria Constabulary")


def lincolnshire_paper() -> bytes:
    blocks: list[Block] = [
        Para("**Lincolnshire Police and Crime Commissioner**"),
        Para("**Strategic Performance Board – 4 March 2026**"),
        Heading("HMICFRS PEEL 2023–25 inspection of Lincolnshire Police: update", 1),
        Heading("1. Purpose", 2),
        Para("This paper updates the board on the force's response to the inspection report "
             "published in December 2025."),
        Heading("2. Grades", 2),
        Para("The inspectorate found that Lincolnshire Police was good at investigating crime and "
             "managing offenders; adequate in police powers and public treatment, preventing crime "
             "and protecting vulnerable people; and that it requires improvement in responding to the "
             "public, developing a positive workplace and leadership and force management."),
        PageBreak(),
        Heading("3. Areas for improvement", 2),
        Table((
            (cell("**No.**"), cell("**PEEL area**"), cell("**Area for improvement**"), cell("**Update**")),
            (cell("1"), cell("Responding to the public"),
             cell("The force should make sure it answers emergency calls within national standards."),
             cell("Additional call handlers started in January.")),
            (cell("2"), cell("Developing a positive workplace"),
             cell("The force should make sure its officers receive regular wellbeing conversations."),
             cell("A new wellbeing framework is being launched.")),
        ), widths=(1, 3, 5, 4), header_rows=1),
    ]
    return render_pdf(blocks, "PEEL update", "Office of the Police and Crime Commissioner")


def humberside() -> bytes:
    blocks: list[Block] = [
        Heading("Humberside Police: National child protection inspection", 1),
        Para("Published: 10 February 2026"),
        Heading("Causes of concern and recommendations", 1),
        Heading("Cause of concern: Responding to children at risk of harm", 2),
        Para("Humberside Police doesn't always recognise when children are at risk of criminal "
             "exploitation."),
        Para("Within three months, Humberside Police should:"),
        bullets("""
- make sure officers are trained to recognise the signs of criminal exploitation; and
- make sure every missing child is assessed for the risk of exploitation.
"""),
        Heading("Cause of concern: Child protection leadership", 2),
        Para("Leaders don't have enough oversight of the quality of child protection work."),
        Para("Within six months, Humberside Police should:"),
        bullets("""
- introduce a performance framework for child protection work.
"""),
        PageBreak(),
        Heading("Areas for improvement", 1),
        Heading("Assessing risk to children and making appropriate referrals", 2),
        bullets("""
- The force should make sure the voice of the child is recorded in every referral.
"""),
        Heading("Investigating reports of abuse, neglect and exploitation of children", 2),
        bullets("""
- The force should make sure investigations involving children are completed without delay.
"""),
    ]
    return render_pdf(blocks, "Humberside Police: National child protection inspection", "HMICFRS")


def suffolk() -> bytes:
    blocks: list[Block] = [
        Heading("PEEL 2023–25", 1),
        Para("Police effectiveness, efficiency and legitimacy", size=14),
        Heading("An inspection of Suffolk Constabulary", 2),
        Para("Published: 3 March 2026"),
        Heading("Our judgments", 1),
        Table((
            (cell("**Area**"), cell("**Grade**"), cell("**Area**"), cell("**Grade**")),
            (cell("Police powers and public treatment"), cell("Good"),
             cell("Protecting vulnerable people"), cell("Adequate")),
            (cell("Preventing crime"), cell("Outstanding"), cell("Managing offenders"), cell("Good")),
            (cell("Responding to the public"), cell("Requires improvement"),
             cell("Developing a positive workplace"), cell("Adequate")),
            (cell("Investigating crime"), cell("Adequate"),
             cell("Leadership and force management"), cell("Good")),
        ), widths=(3, 2, 3, 2), header_rows=1),
        Heading("Cause of concern", 2),
        Para("Suffolk Constabulary doesn't answer emergency calls quickly enough."),
        Heading("Recommendation", 3),
        Para("Suffolk Constabulary should make sure it has enough call handlers to answer 999 calls "
             "within ten seconds within three months."),
        PageBreak(),
        Heading("Responding to the public", 1),
        Para("**AFI 1:** The constabulary should make sure it assesses the risk of repeat callers."),
        Heading("Investigating crime", 1),
        Para("**AFI 2:** The constabulary should make sure victims are kept updated about their cases."),
    ]
    return render_pdf(blocks, "PEEL 2023–25 Suffolk Constabulary", "HMICFRS")


def wiltshire() -> bytes:
    blocks: list[Block] = [
        Heading("PEEL 2021/22", 1),
        Para("Police effectiveness, efficiency and legitimacy", size=14),
        Heading("An inspection of Wiltshire Police", 2),
        Para("Published: 8 September 2022"),
        Heading("Treatment of the public", 1),
        Para("Grade: Good"),
        Heading("Preventing crime and anti-social behaviour", 1),
        Para("Grade: Adequate"),
        Heading("Responding to the public", 1),
        Para("Grade: Inadequate"),
        Para("**Areas for improvement**"),
        bullets("""
- The force should make sure it answers 999 calls promptly.
- The force should make sure it attends incidents within its published times.
"""),
        PageBreak(),
        Heading("Investigating crime", 1),
        Para("Grade: Requires improvement"),
        Para("**Areas for improvement**"),
        bullets("""
- The force should make sure investigations are supervised.
"""),
        Heading("Protecting vulnerable people", 1),
        Para("Grade: Adequate"),
        Heading("Managing offenders and suspects", 1),
        Para("Grade: Good"),
    ]
    return render_pdf(blocks, "PEEL 2021/22 Wiltshire Police", "HMICFRS")


DOCUMENTS = {
    "peel-2023-25-hampshire.pdf": hampshire,
    "peel-2023-25-cumbria.docx": cumbria,
    "lincolnshire-pcc-peel-paper-2026-03-04.pdf": lincolnshire_paper,
    "ncpi-humberside.pdf": humberside,
    "peel-2023-25-suffolk.pdf": suffolk,
    "peel-2021-22-wiltshire.pdf": wiltshire,
}


def main() -> None:
    write_documents(HERE, DOCUMENTS)


if __name__ == "__main__":
    main()
