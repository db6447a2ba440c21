"""Round 26 (held out, issue 4): six scrutiny packs of PCC, PCVC and mayoral offices of the north and
Wales, and their hand-checked gold in heldout/.

    .venv/bin/python samples/corpus/scrutiny-round26/generate.py [FILE ...]

Word files are written with python-docx in Word's own styles (wordkit.py); four of them are saved
as PDF by LibreOffice (../office_pdf.py), as offices publish their packs. A PDF record's page is
found from the PDF's own text (pypdf): the first page holding the record's anchor. Names, figures
and wording are invented.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from pypdf import PdfReader  # noqa: E402

from office_pdf import docx_to_pdf  # noqa: E402
from wordkit import Word  # noqa: E402

CHECKED = ("Written blind for held-out round 26; every record hand-checked against the rendered document "
           "(and `scrutiny inspect`, layout only) by the round's writer. The extractors were not run.")
GREEN, RED, AMBER = "00B050", "FF0000", "FFC000"


# ---------------------------------------------------------------- gold record builders

def document(file_type: str, title: str, force: str, organisation: str, meeting_date: str) -> dict:
    return {"page": None, "file_type": file_type, "doc_kind": "scrutiny_pack", "title": title,
            "force": force, "organisation": organisation, "meeting_date": meeting_date,
            "publication_date": None, "status": "ok"}


def meeting(date: str, topic: str | None, organisation: str, title: str, anchor: str) -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "organisation": organisation,
            "title": title, "_anchor": anchor}


def agenda(date: str, items: list[tuple[str, str, str | None]]) -> list[dict]:
    return [{"page": None, "meeting_date": date, "number": number, "title": title, "presenter": presenter,
             "_anchor": "AGENDA"} for number, title, presenter in items]


def decision(date: str, topic: str | None, number: str | None, question: str, evidence: list[str],
             assurance: str | None, commentary: str | None) -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "question_number": number,
            "question": question, "evidence_summary": "\n".join(evidence), "assurance": assurance,
            "commentary": commentary, "_anchor": question[:45]}


def action(date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
           status: str, status_source: str, source: str = "action_tracker") -> dict:
    return {"page": None, "meeting_date": date, "topic": topic, "number": number, "text": text,
            "update": update, "status": status, "status_source": status_source, "source": source,
            "_anchor": text[:45]}


# ---------------------------------------------------------------- pages and writing

def _squash(text: str) -> str:
    return re.sub(r"[\s\u00ad]+", "", text).replace("\u2019", "'").lower()


def set_pages(data: bytes, records: dict) -> None:
    """Each paged record's page: the first page whose text holds its anchor ("AGENDA": page 1)."""
    pages = [_squash(page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages]
    records["documents"][0]["pages"] = len(pages)
    for kind, items in records.items():
        for record in items:
            anchor = record.get("_anchor")
            if anchor is None:
                continue
            if anchor == "AGENDA":
                record["page"] = 1
                continue
            found = [n for n, text in enumerate(pages, start=1) if _squash(anchor) in text]
            if not found:
                raise SystemExit(f"anchor not found in the PDF ({kind}): {anchor!r}")
            record["page"] = found[0]


def write(name: str, build: Callable[[], tuple[Word, dict]]) -> None:
    word, records = build()
    data = word.data()
    if name.endswith(".pdf"):
        data = docx_to_pdf(data)
        set_pages(data, records)
    for items in records.values():
        for record in items:
            record.pop("_anchor", None)
    (HERE / name).write_bytes(data)
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
    (HERE / "heldout" / f"{name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
    pages = {kind: [r["page"] for r in items] for kind, items in records.items() if kind != "documents"}
    print(f"{name}: {len(data)} bytes; pages {pages}")


# ---------------------------------------------------------------- 1. Northumbria (Word saved as PDF)
# The reference family: Question | Brief Summary of Evidence | Decision of PCC, numbered actions
# (List Number), a tracker with a merged Topic column and a coloured square per row under a legend.

def northumbria() -> tuple[Word, dict]:
    org = "Police and Crime Commissioner for Northumbria"
    date, previous = "2027-02-10", "2026-12-09"
    w = Word(font="Arial", header="Office of the Police and Crime Commissioner for Northumbria",
             footer="Page {PAGE} of {NUMPAGES}", heading_colour="1F3864")
    w.title("Business and Scrutiny Meeting")
    w.para("**Date:** Wednesday 10 February 2027, 10.00am")
    w.para("**Venue:** Conference Room 2, Force Headquarters")
    w.para("**Chair:** Police and Crime Commissioner for Northumbria")
    w.para("**Topic:** Road safety and casualty reduction")
    w.heading("Agenda", 1)
    items = [("1", "Welcome and apologies", "Police and Crime Commissioner"),
             ("2", "Declarations of interest", "All"),
             ("3", "Notes of the meeting held on 9 December 2026 and action tracker", "Head of Scrutiny, OPCC"),
             ("4", "Road safety and casualty reduction", "Assistant Chief Constable (Operations)"),
             ("5", "Revenue and capital monitoring, quarter 3", "Chief Finance Officer"),
             ("6", "Any other business", "Police and Crime Commissioner")]
    w.table([["Item", "Title", "Presented by"]] + [list(i) for i in items], [15, 100, 55])
    w.para("Papers are published on the Commissioner's website a week before the meeting. The notes of "
           "this meeting will be published once they have been agreed.")

    w.page_break()
    notes_title = "Notes of the Business and Scrutiny Meeting held on 9 December 2026"
    w.heading(notes_title, 1)
    w.para("**Topic:** Missing people")
    w.para("**Present:** Police and Crime Commissioner (Chair); Chief Executive, OPCC; Head of Scrutiny, "
           "OPCC; Deputy Chief Constable; Assistant Chief Constable (Crime); Head of Public Protection.")
    w.heading("1. Welcome and apologies", 2)
    w.para("Apologies were received from the Chief Constable.")
    w.heading("2. Notes of the previous meeting", 2)
    w.para("The notes of the meeting of 14 October 2026 were agreed as a true record.")
    w.heading("3. Missing people", 2)
    w.para("The PCC put three questions to the force. The table records the evidence given and the PCC's "
           "decision on each.")
    topic = "Missing people"
    q = [("How many children were reported missing more than three times in the last year, and what is "
          "done to reduce repeat episodes?",
          ["412 children were reported missing more than three times, 61 per cent of them from children's homes.",
           "Each repeat episode now triggers a return home interview within 72 hours; 84 per cent were completed on time.",
           "A multi-agency panel meets every fortnight to review the twenty children with the most episodes."],
          "Assured", "The PCC was encouraged by the work of the panel and asked to see its results in the spring."),
         ("How does the force decide the level of risk when a person is first reported missing?",
          ["Call handlers use a structured set of questions, and a supervisor confirms the risk level within an hour.",
           "An audit of 150 reports found that the risk level had been recorded correctly in 118 of them.",
           "Refresher training for control room supervisors is planned but has not yet been scheduled."],
          "Partly Assured", "The PCC asked for the refresher training to be given dates and for the audit to be repeated."),
         ("What use is made of the Herbert Protocol for people living with dementia?",
          ["1,930 forms are held; the number grew by a third after a campaign with care homes.",
           "Officers cannot yet open the forms on their handheld devices, so they rely on the control room to read them out."],
          "Not Assured", "The PCC was concerned that officers on patrol cannot see the forms and wants a date for mobile access.")]
    rows = [["Question", "Brief Summary of Evidence", "Decision of PCC"]]
    for n, (question, evidence, level, comment) in enumerate(q, start=1):
        rows.append([f"{n}. {question}", [f"- {line}" for line in evidence], [f"**{level}**", f"*{comment}*"]])
    w.table(rows, [50, 80, 40])
    w.heading("4. Action tracker", 2)
    w.para("The tracker was reviewed and the updates noted.")
    w.heading("5. Any other business", 2)
    w.para("There was no other business.")
    w.heading("Actions", 2)
    minuted = ["Head of Public Protection to bring the results of the repeat missing panel to the spring meeting.",
               "Assistant Chief Constable (Crime) to confirm dates for refresher training on missing person risk "
               "assessment for control room supervisors.",
               "Head of Digital Policing to give a date when officers will be able to view Herbert Protocol forms "
               "on handheld devices."]
    w.bullets(minuted, numbered=True)

    w.section(landscape=True, header="Office of the Police and Crime Commissioner for Northumbria",
              footer="Page {PAGE} of {NUMPAGES}")
    w.heading("Action Tracker 2026/27", 1)
    w.para(f"{{#{GREEN}|■}} = Action complete        {{#{RED}|■}} = Action outstanding")
    tracker = [("BSM 26/21", "14/10/2026", "Hate crime",
                "Circulate the results of the hate crime victim satisfaction survey to the Chief Executive.",
                "Results circulated on 30 October 2026.", GREEN),
               ("BSM 26/22", "14/10/2026", None,
                "Arrange for the Independent Advisory Group to review a sample of closed hate crime cases.",
                "The group will review 25 cases at its March 2027 meeting.", RED),
               ("BSM 26/27", "09/12/2026", topic, minuted[0],
                "Panel results are on the agenda for the spring meeting.", RED),
               ("BSM 26/28", "09/12/2026", None, minuted[1],
                "Sessions booked for January and February 2027; the first was held on 14 January.", RED),
               ("BSM 26/29", "09/12/2026", None, minuted[2],
                "Mobile access to the forms went live on 2 February 2027.", GREEN)]
    rows = [["Ref", "Meeting", "Topic", "Action", "Update", "Status"]]
    for ref, when, subject, text, update, colour in tracker:
        rows.append([ref, when, subject or None, text, update, f"{{#{colour}|■}}"])
    w.table(rows, [22, 24, 30, 95, 80, 16], merges=[(1, 2, 2, 2), (3, 2, 5, 2)], size=9)

    w.section(landscape=False, header="Agenda item 4", footer="Page {PAGE} of {NUMPAGES}")
    w.heading("Road safety and casualty reduction", 1)
    w.para("**Report of:** Assistant Chief Constable (Operations)")
    w.heading("1. Purpose of the report", 2)
    w.para("1.1 This report updates the Commissioner on the number of people killed or seriously injured on "
           "the roads of the force area, and on the force's part in the regional casualty reduction partnership.")
    w.heading("2. Casualties", 2)
    w.table([["Year", "Killed", "Seriously injured", "Total"],
             ["2024", "31", "602", "633"], ["2025", "27", "571", "598"], ["2026 (to November)", "22", "548", "570"]],
            [50, 35, 45, 35])
    w.para("2.1 Speed remains a factor in two in five fatal collisions. Enforcement by mobile camera vans "
           "rose by 14 per cent in the year, and the force now shares its collision data with every highway "
           "authority in the area each month.")
    w.heading("3. Questions for the force", 2)
    w.para("The Commissioner will seek assurance on the following:")
    w.bullets(["How the force targets enforcement at the routes with the most serious collisions.",
               "What is known about the young drivers involved in fatal collisions, and what education is offered.",
               "How quickly the families of those killed on the roads are given a family liaison officer."])
    w.heading("4. Recommendation", 2)
    w.para("4.1 The Commissioner is asked to note the report and to decide her level of assurance at the meeting.")

    records = {
        "documents": [document("pdf", "Business and Scrutiny Meeting", "Northumbria Police", org, date)],
        "meetings": [meeting(date, "Road safety and casualty reduction", org, "Business and Scrutiny Meeting", "AGENDA"),
                     meeting(previous, topic, org, notes_title, notes_title)],
        "agenda_items": agenda(date, items),
        "assurance_decisions": [decision(previous, topic, str(n), question, evidence,
                                         level.replace("Partly Assured", "Partly assured").replace("Not Assured", "Not assured"),
                                         comment)
                                for n, (question, evidence, level, comment) in enumerate(q, start=1)],
        "actions": [action(f"{w_[1][6:]}-{w_[1][3:5]}-{w_[1][:2]}", "Hate crime" if w_[0] < "BSM 26/27" else topic,
                           w_[0], w_[3], w_[4], "complete" if w_[5] == GREEN else "outstanding", "glyph_colour")
                    for w_ in tracker],
        "grades": [],
    }
    return w, records


PACKS: dict[str, Callable[[], tuple[Word, dict]]] = {
    "northumbria-pcc-bsm-2027-02-10-r26.pdf": northumbria,
}


def main(names: list[str]) -> None:
    for name, build in PACKS.items():
        if not names or name in names:
            write(name, build)


if __name__ == "__main__":
    main(sys.argv[1:])
