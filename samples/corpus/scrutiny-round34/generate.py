"""Held-out round 34 (issue 4): scrutiny packs of PCC, PFCC and mayoral offices of the north,
the midlands and Wales, written blind.

Each pack is built by a function that adds the blocks a reader sees and, beside them, the gold
records a careful analyst would take from them, so the gold says what the page says. A PDF
record's page is the first page whose text holds the start of the record's key text (its
question, action, agenda title or meeting heading). Gold goes to ``gold/`` (held out in
session 7, then promoted).

    .venv/bin/python samples/corpus/scrutiny-round34/generate.py [FILE ...]

Needs LibreOffice (`soffice`), `taskset` and `setarch` for the Word-made PDFs.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))

from generator.model import plain  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402
from render import Break, Bul, H, Num, P, PdfLook, T, _stable_zip, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind for held-out round 34; every record hand-checked against the rendered "
           "document and `scrutiny inspect` (layout only) by the round's writer.")
TYPES = ("documents", "meetings", "agenda_items", "assurance_decisions", "actions")

GREEN, AMBER, RED, BLUE, GREY = "#00b050", "#ffc000", "#ff0000", "#0070c0", "#a6a6a6"


class Pack:
    """A pack's blocks and its gold records, written side by side."""

    def __init__(self, *, file_type: str, title: str, force: str, organisation: str, meeting_date: str,
                 publication_date: str | None = None) -> None:
        self.blocks: list = []
        self.organisation = organisation
        self.this_date = meeting_date
        self.records: dict[str, list[dict]] = {t: [] for t in TYPES}
        self.records["documents"].append({
            "page": None, "file_type": file_type, "doc_kind": "scrutiny_pack", "title": title, "force": force,
            "organisation": organisation, "meeting_date": meeting_date, "publication_date": publication_date,
            "status": "ok"})
        self.keys: dict[int, str] = {}  # id(record) -> the text whose first page is the record's page

    def add(self, *blocks) -> None:
        self.blocks.extend(blocks)

    def _keep(self, kind: str, record: dict, key: str) -> dict:
        self.records[kind].append(record)
        self.keys[id(record)] = plain(key)
        return record

    def meeting(self, date: str, title: str, topic: str | None, key: str | None = None) -> None:
        self._keep("meetings", {"page": None, "meeting_date": date, "topic": topic,
                                "organisation": self.organisation, "title": plain(title)}, key or title)

    def agenda(self, number: str | None, title: str, presenter: str | None, key: str | None = None) -> None:
        self._keep("agenda_items", {"page": None, "meeting_date": self.this_date, "number": number,
                                    "title": plain(title), "presenter": presenter}, key or title)

    def decision(self, date: str, topic: str | None, number: str | None, question: str, evidence: str,
                 assurance: str | None, commentary: str | None) -> None:
        self._keep("assurance_decisions", {
            "page": None, "meeting_date": date, "topic": topic, "question_number": number,
            "question": plain(question), "evidence_summary": plain(evidence), "assurance": assurance,
            "commentary": plain(commentary) if commentary else None}, question)

    def action(self, *, date: str | None, topic: str | None, number: str | None, text: str,
               update: str | None, status: str, status_source: str, source: str, key: str | None = None) -> None:
        self._keep("actions", {
            "page": None, "meeting_date": date, "topic": topic, "number": number, "text": plain(text),
            "update": plain(update) if update else None, "status": status, "status_source": status_source,
            "source": source}, key or text)

    def gold(self, name: str, data: bytes) -> dict:
        records = {t: [dict(r) for r in self.records[t]] for t in TYPES}
        if name.endswith(".pdf"):
            pages = _page_texts(data)
            records["documents"][0]["pages"] = len(pages)
            for kind in TYPES[1:]:
                for original, record in zip(self.records[kind], records[kind]):
                    record["page"] = _first_page(pages, self.keys[id(original)], name)
        records["grades"] = []
        return {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}


def _squash(text: str) -> str:
    """Letters and digits only, lower case: page text and keys compare across wraps and spacing."""
    return re.sub(r"[^0-9a-z]", "", text.lower())


def _page_texts(data: bytes) -> list[str]:
    return [_squash(page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages]


def _first_page(pages: list[str], key: str, name: str) -> int:
    wanted = _squash(key)[:60]
    for number, text in enumerate(pages, start=1):
        if wanted in text:
            return number
    raise ValueError(f"{name}: no page holds {key!r}")


# --- Word finishing: Word's Title style, a footer with the page number --------------------------

def word_finish(data: bytes, *, footer: str, title_first: bool = True) -> bytes:
    """The Word file with its first paragraph in Word's Title style and a footer
    "<footer>   Page N" (a PAGE field), its zip times fixed."""
    document = Document(io.BytesIO(data))
    if title_first:
        document.paragraphs[0].style = document.styles["Title"]
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = paragraph.add_run(f"{footer}    Page ")
    run.font.size = Pt(8)
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        run = paragraph.add_run()
        run.font.size = Pt(8)
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)
    out = io.BytesIO()
    document.save(out)
    return _stable_zip(out.getvalue())


def word(pack: Pack, *, title: str, author: str, when: datetime, header: tuple[str, ...], footer: str,
         landscape: bool = False) -> bytes:
    return word_finish(render_docx(pack.blocks, title=title, author=author, when=when, header=header,
                                   landscape_pages=landscape), footer=footer)


def square(colour: str) -> str:
    return "{" + colour + "|■}"


# --- 1. Northumbria: Word-made PDF, the common form --------------------------------------------

def northumbria() -> tuple[bytes, dict]:
    """PCC for Northumbria, Scrutiny Board. Agenda table; the previous meeting's draft notes in a
    Question | Brief summary of evidence | Decision of the PCC table (bold level, italic comment);
    numbered actions; a tracker with a Topic cell merged over its rows and a coloured square per
    row under a two-colour legend; this meeting's report cover (questions not yet answered)."""
    org = "Police and Crime Commissioner for Northumbria"
    pack = Pack(file_type="pdf", title="Scrutiny Board", force="Northumbria Police", organisation=org,
                meeting_date="2027-05-19")
    this_topic = "Neighbourhood policing and anti-social behaviour"
    pack.add(H("Scrutiny Board"),
             P("**Police and Crime Commissioner for Northumbria**"),
             P("Wednesday 19 May 2027, 10.00am – Conference Room 2, Force Headquarters"),
             P(f"**Topic:** {this_topic}"),
             H("Agenda", 2))
    pack.meeting("2027-05-19", "Scrutiny Board", this_topic, key="Wednesday 19 May 2027")
    agenda = [("1", "Welcome and apologies", "PCC"),
              ("2", "Draft notes of the meeting held on 14 April 2027", "OPCC Scrutiny and Assurance Manager"),
              ("3", "Action tracker", "OPCC Scrutiny and Assurance Manager"),
              ("4", this_topic, "Chief Superintendent, Neighbourhoods"),
              ("5", "Quarterly performance summary", "Head of Corporate Development"),
              ("6", "Any other business", "All"),
              ("7", "Date of next meeting", None)]
    pack.add(T((("Item", "Title", "Presented by"),) + tuple((n, t, p or "–") for n, t, p in agenda),
               widths=(12, 100, 58), header_rows=1))
    for n, t, p in agenda:
        pack.agenda(n, t, p)
    pack.add(P("Papers are circulated five working days before the meeting. Members of the public may "
               "submit questions to the Commissioner's office in advance."), Break())

    prev, prev_topic = "2027-04-14", "Rape and serious sexual offences"
    heading = "Draft notes of the Scrutiny Board held on 14 April 2027"
    pack.add(H(heading, 1), P(f"**Topic:** {prev_topic}"),
             P("**Present:** Police and Crime Commissioner (Chair); Deputy Chief Constable; Detective "
               "Chief Superintendent, Safeguarding; OPCC Chief of Staff; OPCC Scrutiny and Assurance Manager."))
    pack.meeting(prev, heading, prev_topic)
    questions = [
        ("How has the force's charge rate for adult rape changed over the last twelve months, and what is "
         "driving the change?",
         ("The charge rate rose from 6.1 per cent to 8.4 per cent over the year.",
          "The rise follows the joint case-building protocol agreed with the CPS in July 2026.",
          "Early investigative advice is now sought in over 70 per cent of cases."),
         "Assured", "The PCC welcomed the improvement and asked that it is sustained through the year."),
        ("What support do victims receive while an investigation is open, and how many withdraw from "
         "the process?",
         ("Every victim is offered an independent sexual violence adviser at first contact.",
          "Victim withdrawal stands at 41 per cent, above the regional average.",
          "A victim feedback survey began in February; no results are yet available."),
         "Partly Assured", "The PCC was concerned at the rate of withdrawal and will look again at the "
                           "survey results in the autumn."),
        ("How long are suspects waiting for digital devices to be examined?",
         ("The median wait for a phone download is 96 days.",
          "A backlog of 312 devices is held by the digital forensics unit.",
          "Two additional examiners start in June."),
         "Not Assured", "Delays of this length are not acceptable to victims. The PCC asked for a recovery "
                        "plan with monthly milestones."),
        ("How is learning from case file reviews shared with investigators?",
         ("Monthly case review panels with the CPS and an ISVA representative began in January.",
          "Learning is shared in a quarterly bulletin and at team briefings."),
         "Partly Assured", "The PCC asked how the force will know that the learning has changed practice."),
    ]
    rows = [("Question", "Brief summary of evidence", "Decision of PCC")]
    for q, evidence, level, comment in questions:
        rows.append((q, (Bul(evidence),), (f"**{level}**", f"*{comment}*")))
        pack.decision(prev, prev_topic, None, q, " ".join(evidence),
                      {"Assured": "Assured", "Partly Assured": "Partly assured", "Not Assured": "Not assured"}[level],
                      comment)
    pack.add(T(tuple(rows), widths=(55, 75, 45), header_rows=1))
    minuted = [
        ("SB 27/04", "Provide a recovery plan for digital device examination with monthly milestones.",
         "Plan received on 2 May 2027; milestones to be reported monthly.", "complete"),
        ("SB 27/05", "Share the results of the victim feedback survey with the OPCC.",
         "Survey closes at the end of June; results will be shared at the September Board.", "outstanding"),
    ]
    pack.add(H("Actions", 2), Num(tuple(text for _, text, _, _ in minuted)), Break())

    pack.add(H("Scrutiny Board action tracker 2026/27", 1),
             P(f"{square(GREEN)} = Action complete      {square(RED)} = Action outstanding"))
    tracked = [
        ("Road safety", "2027-01-20", "SB 27/01", "Provide the number of people killed or seriously injured on "
         "rural roads by district for 2026.", "Figures provided on 4 February 2027.", "complete"),
        ("Road safety", "2027-01-20", "SB 27/02", "Set out how speed complaints from parish councils are "
         "followed up.", "A process note will be shared once the new community speed watch lead is in post.",
         "outstanding"),
        ("Road safety", "2027-01-20", "SB 27/03", "Confirm the number of drink and drug driving arrests over "
         "the Christmas campaign.", "138 arrests confirmed in the campaign report circulated in January.",
         "complete"),
        (prev_topic, prev) + minuted[0][:3] + (minuted[0][3],),
        (prev_topic, prev) + minuted[1][:3] + (minuted[1][3],),
    ]
    rows = [("Topic", "Ref", "Action", "Update", "Status")]
    previous = None
    for topic, date, ref, text, update, status in tracked:
        # A merged Topic cell prints its topic once: the rows it spans below its first write none
        # (writing each row's topic into the merged Word cell would print it once per row).
        rows.append((None if topic == previous else topic, ref, text, update,
                     square(GREEN if status == "complete" else RED)))
        previous = topic
    pack.add(T(tuple(rows), widths=(30, 18, 55, 55, 14), header_rows=1, spans=((1, 0, 3, 1), (4, 0, 2, 1))))
    for topic, date, ref, text, update, status in tracked:
        # The tracker prints no date: only the actions minuted in the notes above are dated.
        pack.action(date=date if topic == prev_topic else None, topic=topic, number=ref, text=text, update=update, status=status,
                    status_source="glyph_colour", source="action_tracker")
    pack.add(Break(),
             H("Report to the Scrutiny Board", 1),
             T((("Report title", this_topic), ("Meeting date", "19 May 2027"),
                ("Report author", "OPCC Scrutiny and Assurance Manager")), widths=(40, 130)),
             H("1. Rationale", 2),
             P("Anti-social behaviour is the issue residents raise most often with the Commissioner. The "
               "Police and Crime Plan commits the force to visible, local policing in every ward."),
             H("2. Questions to the Chief Constable", 2),
             Num(("How many neighbourhood officers and PCSOs are in post against the funded establishment?",
                  "How often are neighbourhood officers taken away from their wards to cover response duties?",
                  "What difference has the hot spot patrol funding made to repeat anti-social behaviour?")),
             H("3. OPCC background", 2),
             P("The OPCC's survey of 1,800 residents found that 46 per cent knew how to contact their "
               "neighbourhood team, down from 52 per cent the year before."))
    data = docx_to_pdf(word(pack, title="Scrutiny Board 19 May 2027", author="OPCC Northumbria",
                            when=datetime(2027, 5, 12, 9, 0), header=("Police and Crime Commissioner for Northumbria",),
                            footer="Scrutiny Board – 19 May 2027"))
    return data, pack.gold("northumbria-pcc-sb-2027-05-19-round34.pdf", data)



# --- 2. Lancashire: reportlab PDF, minutes in paragraphs ---------------------------------------

def lancashire() -> tuple[bytes, dict]:
    """PCC for Lancashire, Accountability and Scrutiny Meeting. Agenda table with times; the last
    meeting's minutes with two scrutiny items of "Question N:" / "Response:" / "Assurance:" /
    "PCC comment:" paragraphs and "Action ASM 27/NN:" lines; an action log with an Item column and
    a Status column in words."""
    org = "Police and Crime Commissioner for Lancashire"
    pack = Pack(file_type="pdf", title="Accountability and Scrutiny Meeting", force="Lancashire Constabulary",
                organisation=org, meeting_date="2027-06-08")
    pack.add(P("**Police and Crime Commissioner for Lancashire**", size=13),
             H("Accountability and Scrutiny Meeting"),
             P("Tuesday 8 June 2027 at 2.00pm, Lancashire Constabulary Headquarters, Hutton"),
             P("**Chair:** Police and Crime Commissioner"),
             H("Agenda", 2))
    pack.meeting("2027-06-08", "Accountability and Scrutiny Meeting", None, key="Tuesday 8 June 2027")
    agenda = [("1", "14:00", "Apologies and declarations of interest", "Chair"),
              ("2", "14:05", "Minutes and action log of the meeting held on 11 May 2027", "OPCC Governance Manager"),
              ("3", "14:15", "Retail and business crime", "ACC Local Policing"),
              ("4", "14:50", "Quarterly finance and resources update", "Director of Resources"),
              ("5", "15:20", "Any other business", "Chair")]
    pack.add(T((("Item", "Time", "Subject", "Lead"),) + tuple(agenda), widths=(10, 14, 90, 50), header_rows=1))
    for n, _, t, p in agenda:
        pack.agenda(n, t, p)
    pack.add(Break())

    prev = "2027-05-11"
    heading = "Minutes of the Accountability and Scrutiny Meeting held on 11 May 2027"
    pack.add(H(heading, 2),
             P("**Present:** Police and Crime Commissioner (Chair), Chief Constable, Deputy Chief Constable, "
               "OPCC Chief Executive, OPCC Governance Manager (minutes)."),
             H("1. Apologies and declarations of interest", 3),
             P("Apologies were received from the Director of Resources. No interests were declared."),
             H("2. Minutes and action log", 3),
             P("The minutes of the meeting held on 13 April 2027 were agreed as a correct record. The action "
               "log was reviewed and updated."))
    pack.meeting(prev, heading, None)
    items = {
        "Serious violence and knife crime": [
            ("How has knife-enabled crime changed in the last year, and where is it concentrated?",
             "Knife-enabled offences fell by 9 per cent to 1,204. Just over a third took place in two town "
             "centres, mostly on Friday and Saturday nights.",
             "Assured", "The PCC noted the reduction and thanked officers for the town centre operations."),
            ("How is the force working with schools to prevent young people carrying knives?",
             "School liaison officers have delivered sessions in 61 secondary schools. The force could not say "
             "how many pupils have been referred to the violence reduction network.",
             "Partially assured", "The PCC asked for referral figures to be included in the next report."),
            ("What use has been made of knife arches and test purchase operations?",
             "Knife arches were deployed 22 times. Test purchasing found that 4 of 30 retailers sold a knife to "
             "an under-age volunteer.",
             "Assured", None),
        ],
        "Missing persons": [
            ("How many children were reported missing more than once in the last quarter?",
             "There were 412 episodes involving 188 children; 37 children went missing five or more times. "
             "Return home interviews were completed within 72 hours in 64 per cent of cases.",
             "Not assured", "The PCC was concerned that over a third of return interviews were late and asked "
                            "for the matter to be raised with the local authorities."),
            ("How does the force identify children at risk of exploitation when they go missing?",
             "Each repeat episode is screened against the exploitation risk tool, and high-risk cases are "
             "discussed at a daily partnership meeting.",
             "Partially assured", "The PCC asked to see an audit of the screening."),
        ],
    }
    actions = {
        "Serious violence and knife crime": ("ASM 27/09", "Include the number of referrals from schools to the "
                                             "violence reduction network in the next serious violence report."),
        "Missing persons": ("ASM 27/10", "Share an audit of exploitation risk screening for children who go "
                                         "missing repeatedly."),
    }
    level = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}
    for number, (topic, questions) in enumerate(items.items(), start=3):
        pack.add(H(f"{number}. {topic}", 3),
                 P("The Assistant Chief Constable presented the report, which had been circulated in advance."))
        for q_number, (q, response, assurance, comment) in enumerate(questions, start=1):
            pack.add(P(f"**Question {q_number}:** {q}"), P(f"**Response:** {response}"),
                     P(f"**Assurance:** {assurance}"))
            if comment:
                pack.add(P(f"**PCC comment:** {comment}"))
            pack.decision(prev, topic, str(q_number), q, response, level[assurance], comment)
        ref, text = actions[topic]
        pack.add(P(f"**Action {ref}:** {text}"))
    pack.add(H("5. Any other business", 3), P("There was no other business."), Break())

    pack.add(H("Action log", 2))
    log = [
        ("ASM 27/03", "2027-03-09", "Road safety", "Provide the outcome of the review of speed camera sites.",
         "Governance Manager", "Review completed; report circulated on 2 April 2027.", "Complete"),
        ("ASM 27/05", "2027-04-13", "Victim services", "Share satisfaction rates for victims of burglary by "
         "district.", "Head of Performance", "Data being validated before release.", "Ongoing"),
        ("ASM 27/06", "2027-04-13", "Victim services", "Confirm the date for the launch of the online case "
         "tracker.", "ACC Crime", "", "Not started"),
        ("ASM 27/09", prev, "Serious violence and knife crime", actions["Serious violence and knife crime"][1],
         "ACC Local Policing", "Referral figures will be included in the September report.", "Ongoing"),
        ("ASM 27/10", prev, "Missing persons", actions["Missing persons"][1], "Head of Public Protection",
         "Audit shared with the OPCC on 28 May 2027.", "Complete"),
    ]
    rows = [("Ref", "Meeting", "Item", "Action", "Owner", "Update", "Status")]
    for ref, date, topic, text, owner, update, status in log:
        day = datetime.strptime(date, "%Y-%m-%d")
        rows.append((ref, f"{day.day} {day:%b %Y}", topic, text, owner, update, status))
        pack.action(date=date, topic=topic, number=ref, text=text, update=update or None,
                    status="complete" if status == "Complete" else "outstanding", status_source="status_column",
                    source="action_tracker")
    pack.add(T(tuple(rows), widths=(16, 18, 24, 50, 22, 44, 16), header_rows=1))
    pack.add(P("Actions marked complete will be removed from the log after the next meeting."))
    look = PdfLook(landscape=False, margin=48, body_size=10, cell_size=8.5,
                   header="Police and Crime Commissioner for Lancashire – Accountability and Scrutiny Meeting",
                   footer="OFFICIAL")
    data = render_pdf(pack.blocks, look, title="Accountability and Scrutiny Meeting 8 June 2027",
                      author="OPCC Lancashire")
    return data, pack.gold("lancashire-pcc-asm-2027-06-08-round34.pdf", data)


# --- 3. Staffordshire: Word file, KLOE table with a four-level key -------------------------------

def staffordshire() -> tuple[bytes, dict]:
    """Staffordshire Commissioner (PFCC), Strategic Governance Board. Agenda table; notes of the last
    Board with a "Theme:" and a KLOE | Key line of enquiry | Response | Assurance level |
    Commissioner's comments table on a Substantial / Reasonable / Limited / No assurance key;
    minuted "Action SGB 27/NN:" lines; an action log with a Status column."""
    # the office's one name in the gold (gold-format.md), the name it styles itself by
    org = "Staffordshire Commissioner for Police, Fire and Rescue and Crime"
    pack = Pack(file_type="docx", title="Strategic Governance Board (Policing)", force="Staffordshire Police",
                organisation=org, meeting_date="2027-07-06")
    this_topic = "Serious and organised crime"
    pack.add(H("Strategic Governance Board (Policing)"),
             P("Staffordshire Commissioner's Office – Police, Fire and Crime Commissioner for Staffordshire"),
             P("Tuesday 6 July 2027, 09:30 – 12:00, Commissioner's Office, Stafford"),
             P(f"**Theme:** {this_topic}"),
             H("Agenda", 2))
    pack.meeting("2027-07-06", "Strategic Governance Board (Policing)", this_topic, key="Tuesday 6 July 2027")
    agenda = [("1", "Introductions and apologies", "Commissioner"),
              ("2", "Notes and actions of the Board held on 1 June 2027", "Head of Governance"),
              ("3", "Serious and organised crime: county lines and exploitation", "ACC Crime and Public Protection"),
              ("4", "Police and Crime Plan performance: quarter 1", "Head of Performance"),
              ("5", "HMICFRS recommendations update", "Deputy Chief Constable"),
              ("6", "Any other business", "Commissioner")]
    pack.add(T((("No.", "Item", "Lead"),) + tuple(agenda), widths=(10, 100, 55), header_rows=1))
    for n, t, p in agenda:
        pack.agenda(n, t, p)
    pack.add(Break())
    prev, prev_topic = "2027-06-01", "Fraud and cyber crime"
    heading = "Notes of the Strategic Governance Board – 1 June 2027"
    pack.add(H(heading, 1), P(f"**Theme:** {prev_topic}"),
             P("**Attendees:** Commissioner (Chair); Chief Executive; Deputy Chief Constable; Detective "
               "Superintendent, Economic Crime; Head of Governance; Governance Officer (notes)."),
             P("**Assurance levels:** Substantial – controls and delivery are sound; Reasonable – generally "
               "sound with some improvement needed; Limited – significant gaps remain; No assurance – the "
               "Commissioner cannot be assured on the evidence given."))
    pack.meeting(prev, heading, prev_topic)
    kloes = [
        ("How many victims of fraud received contact from the force within 28 days of an Action Fraud referral?",
         "Of 2,310 referrals in 2026/27, 2,046 victims (89 per cent) were contacted within 28 days. Vulnerable "
         "victims are prioritised and contacted within 72 hours.", "Substantial", "A strong performance."),
        ("What capacity does the cyber crime unit have to investigate ransomware attacks on local businesses?",
         "The unit has eleven officers and two digital analysts; two posts are vacant. Eight ransomware "
         "investigations were opened last year, and all are supported by the regional unit.",
         "Reasonable", "The Commissioner asked to be told when the vacant posts are filled."),
        ("How is the force protecting older people from courier and romance fraud?",
         "Banking protocol calls rose to 164. Protect officers gave 47 talks to community groups, but no "
         "evaluation of their impact has been carried out.",
         "Limited", "Without evaluation the Commissioner cannot tell whether the prevention work is working."),
        ("How much money has been returned to victims through asset recovery?",
         "Confiscation orders totalled £1.2m, but the force could not say how much had been paid back to "
         "victims as compensation.",
         "No assurance", "The Commissioner asked for compensation figures to be reported at the next Board."),
    ]
    level = {"Substantial": "Assured", "Reasonable": "Assured", "Limited": "Partly assured",
             "No assurance": "Not assured"}
    rows = [("Ref", "Key line of enquiry", "Response", "Assurance level", "Commissioner's comments")]
    for i, (q, response, assurance, comment) in enumerate(kloes, start=1):
        rows.append((f"KLOE {i}", q, response, f"**{assurance}**", comment))
        pack.decision(prev, prev_topic, str(i), q, response, level[assurance], comment)
    pack.add(T(tuple(rows), widths=(12, 45, 60, 20, 40), header_rows=1))
    minuted = [("SGB 27/14", "Report the number of vacant posts in the cyber crime unit each quarter."),
               ("SGB 27/15", "Commission an evaluation of Protect talks to community groups."),
               ("SGB 27/16", "Report how much money has been paid to victims as compensation from confiscation "
                             "orders.")]
    pack.add(H("Actions agreed", 2))
    for ref, text in minuted:
        pack.add(P(f"**Action {ref}:** {text}"))
    pack.add(Break(), H("Action log", 1))
    log = [
        ("SGB 27/08", "4 May 2027", "2027-05-04", "Provide the outcome of the stop and search scrutiny panel's "
         "review of body-worn video.", "Head of Governance", "Panel report received 20 May 2027.", "Complete"),
        ("SGB 27/11", "4 May 2027", "2027-05-04", "Share the new domestic abuse risk assessment training plan.",
         "ACC Crime and Public Protection", "Plan in draft; due at the July Board.", "Ongoing"),
        ("SGB 27/14", "1 June 2027", prev, minuted[0][1], "Det Supt Economic Crime",
         "First quarterly figures provided on 25 June 2027.", "Complete"),
        ("SGB 27/15", "1 June 2027", prev, minuted[1][1], "Head of Governance",
         "Terms of reference being agreed with the university.", "Ongoing"),
        ("SGB 27/16", "1 June 2027", prev, minuted[2][1], "Det Supt Economic Crime", "Not yet started.",
         "Not started"),
    ]
    rows = [("Action no.", "Meeting", "Action", "Owner", "Update", "Status")]
    for ref, shown, date, text, owner, update, status in log:
        rows.append((ref, shown, text, owner, update, status))
        pack.action(date=date, topic=prev_topic if date == prev else None, number=ref, text=text, update=update,
                    status="complete" if status == "Complete" else "outstanding", status_source="status_column",
                    source="action_tracker")
    pack.add(T(tuple(rows), widths=(18, 20, 55, 30, 45, 17), header_rows=1))
    data = word(pack, title="Strategic Governance Board 6 July 2027", author="Staffordshire Commissioner's Office",
                when=datetime(2027, 6, 29, 9, 0), header=("OFFICIAL", "Strategic Governance Board (Policing)"),
                footer="Staffordshire Commissioner's Office", landscape=False)
    return data, pack.gold("staffordshire-pfcc-sgb-2027-07-06-round34.docx", data)



# --- 4. North Wales: reportlab PDF, bilingual, a tick in one of three assurance columns ----------

def north_wales() -> tuple[bytes, dict]:
    """PCC for North Wales, Strategic Accountability Board, with Welsh / English headings, labels and
    agenda. The last Board's minutes hold a table with one column per assurance level (Sicr /
    Assured, Rhannol sicr / Partly assured, Dim sicrwydd / Not assured) and a tick in one; one row
    has no tick and its decision deferred. The action log has no status column: the update's words
    say whether an action is done."""
    org = "Police and Crime Commissioner for North Wales"
    pack = Pack(file_type="pdf", title="Strategic Accountability Board", force="North Wales Police",
                organisation=org, meeting_date="2027-06-22")
    this_topic = "Rural and wildlife crime"
    pack.add(P("**Comisiynydd Heddlu a Throsedd Gogledd Cymru / Police and Crime Commissioner for North Wales**"),
             H("Bwrdd Atebolrwydd Strategol / Strategic Accountability Board"),
             P("Dydd Mawrth 22 Mehefin 2027, 10:00 / Tuesday 22 June 2027, 10:00"),
             P(f"**Thema / Theme:** Troseddau gwledig a bywyd gwyllt / {this_topic}"),
             H("Agenda", 2))
    pack.meeting("2027-06-22", "Strategic Accountability Board", this_topic, key="Tuesday 22 June 2027")
    agenda = [("1", "Croeso ac ymddiheuriadau", "Welcome and apologies", "Comisiynydd", "Commissioner"),
              ("2", "Cofnodion y cyfarfod blaenorol", "Minutes of the previous meeting", "Prif Weithredwr",
               "Chief Executive"),
              ("3", "Log gweithredu", "Action log", "Prif Weithredwr", "Chief Executive"),
              ("4", "Troseddau gwledig a bywyd gwyllt", this_topic, "Prif Gwnstabl Cynorthwyol",
               "Assistant Chief Constable"),
              ("5", "Adroddiad perfformiad chwarterol", "Quarterly performance report", "Pennaeth Perfformiad",
               "Head of Performance"),
              ("6", "Unrhyw fater arall", "Any other business", "Comisiynydd", "Commissioner")]
    pack.add(T((("Eitem / Item", "Pwnc / Subject", "Cyflwynydd / Presenter"),)
               + tuple((n, f"{cy} / {en}", f"{pcy} / {pen}") for n, cy, en, pcy, pen in agenda),
               widths=(16, 100, 60), header_rows=1))
    for n, _, en, _, pen in agenda:
        pack.agenda(n, en, pen)
    pack.add(P("Mae'r ddogfen hon ar gael yn Gymraeg. / This document is available in Welsh."), Break())

    prev, prev_topic = "2027-05-18", "Domestic abuse"
    heading_en = "Minutes of the Strategic Accountability Board – 18 May 2027"
    pack.add(H(f"Cofnodion y Bwrdd Atebolrwydd Strategol – 18 Mai 2027 / {heading_en}", 2),
             P(f"**Thema / Theme:** Cam-drin domestig / {prev_topic}"),
             P("**Yn bresennol / Present:** Commissioner (Chair); Deputy Commissioner; Chief Constable; "
               "Assistant Chief Constable; Chief Executive; Governance Officer."),
             P("The Commissioner records his decision on each question by a tick in one column."))
    pack.meeting(prev, heading_en, prev_topic, key="Minutes of the Strategic Accountability Board")
    tick = "✓"
    questions = [
        ("How many domestic abuse arrests were made in the last year, and what share led to a charge?",
         "There were 3,915 arrests. 31 per cent resulted in a charge, up from 27 per cent.",
         "Assured", "The Commissioner welcomed the rise in charges."),
        ("How is the force using Domestic Violence Protection Orders?",
         "91 orders were granted; 14 were breached. Applications are not made in every district.",
         "Partly assured", "The Commissioner asked why use of orders differs between districts."),
        ("How long do victims wait for a callback after reporting non-urgent domestic abuse?",
         "The average wait is 19 hours against a standard of 4 hours; the force is recruiting call handlers.",
         "Not assured", "Waits of this length put victims at risk; the Commissioner will raise this with the "
                        "Chief Constable monthly until the standard is met."),
        ("What has the Domestic Abuse Matters training changed for frontline officers?",
         "1,140 officers have been trained. An evaluation with Bangor University reports in July.",
         None, "Decision deferred until the evaluation has reported."),
    ]
    columns = ("Assured", "Partly assured", "Not assured")
    rows = [("Rhif / No.", "Cwestiwn / Question", "Crynodeb o'r dystiolaeth / Summary of evidence", "Sicr / Assured",
             "Rhannol sicr / Partly assured", "Dim sicrwydd / Not assured", "Sylwadau'r Comisiynydd / "
             "Commissioner's comments")]
    for i, (q, evidence, level, comment) in enumerate(questions, start=1):
        rows.append((str(i), q, evidence) + tuple(tick if level == c else "" for c in columns) + (comment,))
        pack.decision(prev, prev_topic, str(i), q, evidence, level, comment)
    pack.add(T(tuple(rows), widths=(9, 42, 48, 13, 14, 14, 40), header_rows=1))
    minuted = [("SAB 27/07", "Explain the difference in the use of protection orders between districts."),
               ("SAB 27/08", "Report callback times for domestic abuse to the Commissioner each month.")]
    pack.add(H("Camau gweithredu / Actions", 3))
    for ref, text in minuted:
        pack.add(P(f"**{ref}** – {text}"))
    pack.add(Break(), H("Log gweithredu / Action log", 2))
    log = [
        ("SAB 27/02", "16 Mawrth / March 2027", "2027-03-16", "Provide the number of hate crimes reported online "
         "through the new portal.", "Head of Performance", "Figures circulated to Board members on 2 April 2027."),
        ("SAB 27/04", "16 Mawrth / March 2027", "2027-03-16", "Share the business case for the second custody "
         "nurse.", "Chief Superintendent, Custody", "Business case being revised after the budget settlement; "
         "expected in September."),
        ("SAB 27/05", "20 Ebrill / April 2027", "2027-04-20", "Arrange a visit for the Commissioner to the "
         "force control room.", "Chief Executive", "Visit took place on 12 May 2027."),
        ("SAB 27/07", "18 Mai / May 2027", prev, minuted[0][1], "Assistant Chief Constable",
         "Analysis under way; to be presented to the July Board."),
        ("SAB 27/08", "18 Mai / May 2027", prev, minuted[1][1], "Head of Contact",
         "First monthly report due at the end of June 2027."),
    ]
    done = {"SAB 27/02", "SAB 27/05"}
    rows = [("Cyf. / Ref", "Dyddiad / Date", "Cam gweithredu / Action", "Perchennog / Owner",
             "Diweddariad / Update")]
    for ref, shown, date, text, owner, update in log:
        rows.append((ref, shown, text, owner, update))
        pack.action(date=date, topic=prev_topic if date == prev else None, number=ref, text=text, update=update,
                    status="complete" if ref in done else "outstanding", status_source="inferred_from_update",
                    source="action_tracker")
    pack.add(T(tuple(rows), widths=(18, 24, 60, 32, 60), header_rows=1))
    look = register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font, body_size=10,
                   cell_size=8.5, margin=50, header="Comisiynydd Heddlu a Throsedd Gogledd Cymru / Police and "
                   "Crime Commissioner for North Wales", footer="Bwrdd Atebolrwydd Strategol / Strategic "
                   "Accountability Board")
    data = render_pdf(pack.blocks, look, title="Strategic Accountability Board 22 June 2027",
                      author="Swyddfa'r Comisiynydd / Office of the Commissioner")
    return data, pack.gold("north-wales-pcc-sab-2027-06-22-round34.pdf", data)


# --- 5. West Yorkshire: Word file, the Deputy Mayor's confidence ratings -------------------------

def west_yorkshire() -> tuple[bytes, dict]:
    """West Yorkshire Combined Authority, Policing Accountability Meeting, chaired by the Deputy
    Mayor for Policing and Crime. The last meeting's note gives each line of enquiry a Heading 3,
    a bold question, a "What we heard:" paragraph, a "Confidence: High / Medium / Low" line on a
    scale its key defines, and the Deputy Mayor's view. A figures table (a look-alike) and an
    action log with a Status column."""
    org = "Deputy Mayor for Policing and Crime"
    pack = Pack(file_type="docx", title="Policing Accountability Meeting", force="West Yorkshire Police",
                organisation=org, meeting_date="2027-06-24")
    pack.add(H("Policing Accountability Meeting"),
             P("West Yorkshire Combined Authority – Mayor of West Yorkshire"),
             P("**Chair:** Deputy Mayor for Policing and Crime"),
             P("Thursday 24 June 2027, 13:30, Wellington House, Leeds"),
             H("Agenda", 2))
    pack.meeting("2027-06-24", "Policing Accountability Meeting", None, key="Thursday 24 June 2027")
    agenda = [("1", "Welcome, introductions and apologies", "Deputy Mayor for Policing and Crime"),
              ("2", "Note of the meeting held on 25 March 2027 and action log", "Policing and Crime Team"),
              ("3", "Safety of women and girls in the night-time economy", "ACC Specialist Crime"),
              ("4", "Police and Crime Plan performance", "Head of Analysis"),
              ("5", "Any other business", "Deputy Mayor for Policing and Crime")]
    pack.add(T((("Item", "Subject", "Lead officer"),) + tuple(agenda), widths=(12, 100, 55), header_rows=1))
    for n, t, p in agenda:
        pack.agenda(n, t, p)
    prev, prev_topic = "2027-03-25", "Neighbourhood crime"
    heading = "Note of the Policing Accountability Meeting, 25 March 2027"
    pack.add(Break(), H(heading, 1), P(f"**Focus:** {prev_topic}"),
             P("**Confidence ratings.** After each line of enquiry the Deputy Mayor records her confidence in "
               "the response: **High** – assured that the force has a good grip; **Medium** – partly assured, "
               "further work expected; **Low** – not assured."))
    pack.meeting(prev, heading, prev_topic)
    lines = [
        ("How many burglaries were solved in 2026/27, and how does the force compare with its peers?",
         "The solved rate for residential burglary rose to 9.8 per cent, the third highest in the most similar "
         "group. Every burglary is attended, and forensic examination is offered in all cases.",
         "High", "Assured", "The Deputy Mayor recognised the consistent attendance policy."),
        ("What is being done about the theft of vehicles and catalytic converters?",
         "Vehicle crime fell by 6 per cent. A regional operation has disrupted two organised groups, but "
         "catalytic converter thefts rose in Calderdale and Kirklees.",
         "Medium", "Partly assured", "The Deputy Mayor asked for the district picture to be explained at the "
                                     "next meeting."),
        ("How quickly are neighbourhood crimes reported online being allocated to an officer?",
         "Online reports wait an average of 4.5 days to be allocated. A triage pilot is planned but has no "
         "start date.",
         "Low", "Not assured", "The Deputy Mayor was concerned that victims hear nothing for days and asked "
                               "for a start date for the pilot."),
    ]
    for i, (q, heard, confidence, level, view) in enumerate(lines, start=1):
        pack.add(H(f"Line of enquiry {i}", 3), P(f"**{q}**"), P(f"*What we heard:* {heard}"),
                 P(f"Confidence: **{confidence}**"), P(f"*Deputy Mayor's view:* {view}"))
        pack.decision(prev, prev_topic, str(i), q, heard, level, view)
    pack.add(H("Performance snapshot", 3),
             T((("Measure", "2025/26", "2026/27"), ("Residential burglary", "8,912", "8,301"),
                ("Vehicle crime", "11,406", "10,722"), ("Robbery of personal property", "1,288", "1,240")),
               widths=(80, 40, 40), header_rows=1))
    minuted = [("PAM 27/06", "Explain the district picture for catalytic converter theft."),
               ("PAM 27/07", "Confirm a start date for the online crime triage pilot.")]
    pack.add(H("Actions", 3), Bul(tuple(f"{ref}: {text}" for ref, text in minuted)))
    pack.add(Break(), H("Action log", 1))
    log = [
        ("PAM 26/31", "10 Dec 2026", "2026-12-10", "Provide the number of domestic abuse victims referred to "
         "the independent advocacy service.", "Figures provided in January.", "Closed"),
        ("PAM 27/02", "28 Jan 2027", "2027-01-28", "Share the force's plan for the new stalking clinic.",
         "Plan to be presented after the partner consultation ends in July.", "Open"),
        ("PAM 27/06", "25 Mar 2027", prev, minuted[0][1], "District analysis to be presented at this meeting.",
         "Open"),
        ("PAM 27/07", "25 Mar 2027", prev, minuted[1][1], "Pilot started on 4 May 2027.", "Closed"),
    ]
    rows = [("Ref", "Meeting", "Action", "Progress", "Status")]
    for ref, shown, date, text, update, status in log:
        rows.append((ref, shown, text, update, status))
        pack.action(date=date, topic=prev_topic if date == prev else None, number=ref, text=text, update=update,
                    status="complete" if status == "Closed" else "outstanding", status_source="status_column",
                    source="action_tracker", key=f"{ref}: {text}" if date == prev else text)
    pack.add(T(tuple(rows), widths=(18, 22, 60, 55, 15), header_rows=1))
    data = word(pack, title="Policing Accountability Meeting 24 June 2027", author="West Yorkshire Combined Authority",
                when=datetime(2027, 6, 17, 9, 0), header=("West Yorkshire Combined Authority",),
                footer="Policing Accountability Meeting")
    return data, pack.gold("west-yorkshire-dmpc-pam-2027-06-24-round34.docx", data)



# --- 6. Gwent: Word-made PDF, assurance shown only by a shaded cell ------------------------------

def gwent() -> tuple[bytes, dict]:
    """PCC for Gwent, Strategy and Performance Board (landscape). The agenda is Word's numbered
    list with the presenter after " – ". The last Board's notes have a key of four shaded cells
    (green Assured, amber Partially assured, red Not assured, grey Decision deferred) and a table
    whose "Assurance" cells are shaded, with no words. The tracker marks each row with a coloured
    square under a four-colour legend (blue complete)."""
    org = "Police and Crime Commissioner for Gwent"
    pack = Pack(file_type="pdf", title="Strategy and Performance Board", force="Gwent Police", organisation=org,
                meeting_date="2027-07-20")
    pack.add(H("Strategy and Performance Board"),
             P("Office of the Police and Crime Commissioner for Gwent"),
             P("Tuesday 20 July 2027, 10:00 – 12:30, Police Headquarters, Cwmbrân, and Microsoft Teams"),
             H("Agenda", 2))
    pack.meeting("2027-07-20", "Strategy and Performance Board", None, key="Tuesday 20 July 2027")
    agenda = [("Apologies", "Chair"),
              ("Notes of the meeting held on 15 June 2027", "Board Secretary"),
              ("Action tracker", "Board Secretary"),
              ("Hate crime and community cohesion", "Superintendent, Partnerships"),
              ("Medium-term financial plan: first look", "Chief Finance Officer"),
              ("Any other business", "Chair")]
    pack.add(Num(tuple(f"{t} – {p}" for t, p in agenda)))
    for n, (t, p) in enumerate(agenda, start=1):
        pack.agenda(str(n), t, p, key=f"{t} – {p}")
    prev, prev_topic = "2027-06-15", "Custody and detainee welfare"
    heading = "Notes of the Strategy and Performance Board – 15 June 2027"
    pack.add(Break(), H(heading, 1), P(f"**Topic:** {prev_topic}"),
             P("**Present:** Police and Crime Commissioner (Chair), Deputy Police and Crime Commissioner, Chief "
               "Constable, Chief Superintendent Criminal Justice, OPCC Chief Executive, Board Secretary."),
             P("**Key to the assurance column**"),
             T((("Assured", "Partially assured", "Not assured", "Decision deferred"),), widths=(40, 40, 40, 40),
               fills={(0, 0): GREEN, (0, 1): AMBER, (0, 2): RED, (0, 3): GREY}),
             P("**Questions and responses**"))
    pack.meeting(prev, heading, prev_topic)
    questions = [
        ("How many detainees waited more than two hours to be booked in during the last quarter?",
         "Eighty-four detainees waited over two hours, mostly on Friday and Saturday nights. A third custody "
         "sergeant now works those nights.", "Partly assured",
         "The Commissioner asked for the effect of the extra sergeant to be reported."),
        ("How are detainees with mental health needs assessed and supported?",
         "Liaison and diversion practitioners are present from 8am to 10pm and saw 1,310 detainees. Out of "
         "hours, assessments rely on the on-call service.", "Assured",
         "Good cover in the day; the Commissioner noted the gap at night."),
        ("What did the independent custody visitors find on their last round of visits?",
         "Visitors made 46 visits. They found cells clean, but in 9 visits detainees had not been offered a "
         "shower or a change of clothes.", "Not assured",
         "Basic welfare must be offered to every detainee."),
        ("How many children were held overnight in custody, and were alternatives sought?",
         "Eleven children were held overnight. The local authority was asked for accommodation in each case "
         "and none was found.", None, "To be reconsidered once the joint review with the local authorities "
                                      "has reported."),
    ]
    fill = {"Assured": GREEN, "Partly assured": AMBER, "Not assured": RED, None: GREY}
    rows = [("No.", "Question", "Force response", "Assurance", "Commissioner's comment")]
    fills = {}
    for i, (q, response, level, comment) in enumerate(questions, start=1):
        rows.append((f"Q{i}", q, response, "", comment))
        fills[(i, 3)] = fill[level]
        pack.decision(prev, prev_topic, str(i), q, response, level, comment)
    pack.add(T(tuple(rows), widths=(10, 60, 80, 20, 60), header_rows=1, fills=fills))
    minuted = [("SPB 27/18", "Report the effect of the third custody sergeant on booking-in times."),
               ("SPB 27/19", "Confirm that every detainee is offered a shower and a change of clothes, and "
                             "audit it.")]
    pack.add(H("Actions", 2))
    for ref, text in minuted:
        pack.add(P(f"**{ref}:** {text}"))

    pack.add(Break(), H("Action tracker", 1),
             P(f"{square(BLUE)} Complete   {square(GREEN)} On track   {square(AMBER)} At risk   "
               f"{square(RED)} Overdue"))
    log = [
        ("SPB 27/09", "16 March 2027", "2027-03-16", "Road safety", "Publish the results of the 20mph speed "
         "enforcement review.", "Published on the force website on 9 April 2027.", BLUE),
        ("SPB 27/12", "20 April 2027", "2027-04-20", "Stop and search", "Set up a youth panel to review stop "
         "and search body-worn video.", "Recruitment of members under way with the youth service.", GREEN),
        ("SPB 27/14", "20 April 2027", "2027-04-20", "Stop and search", "Report the use of handcuffs on under "
         "18s by ethnicity.", "Data quality issues in the custody system; report delayed.", AMBER),
        ("SPB 27/18", "15 June 2027", prev, prev_topic, minuted[0][1], "First report due in September.", GREEN),
        ("SPB 27/19", "15 June 2027", prev, prev_topic, minuted[1][1], "Audit not yet started; the deadline "
         "of 30 June was missed.", RED),
    ]
    rows = [("Ref", "Raised", "Topic", "Action", "Update", "RAG")]
    for ref, shown, date, topic, text, update, colour in log:
        rows.append((ref, shown, topic, text, update, square(colour)))
        pack.action(date=date, topic=topic, number=ref, text=text, update=update,
                    status="complete" if colour == BLUE else "outstanding", status_source="glyph_colour",
                    source="action_tracker")
    pack.add(T(tuple(rows), widths=(18, 22, 30, 70, 70, 10), header_rows=1))
    data = docx_to_pdf(word(pack, title="Strategy and Performance Board 20 July 2027", author="OPCC Gwent",
                            when=datetime(2027, 7, 13, 9, 0), header=("OFFICIAL – Strategy and Performance Board",),
                            footer="Police and Crime Commissioner for Gwent", landscape=True))
    return data, pack.gold("gwent-pcc-spb-2027-07-20-round34.pdf", data)


# --- 7. South Yorkshire: Word-made PDF, the Mayor's level in an outcome sentence ----------------

def south_yorkshire() -> tuple[bytes, dict]:
    """Mayor of South Yorkshire, Public Accountability Board. The agenda table has "Report of"; the
    last Board's minutes have one scrutiny minute whose questions ("Q1.") are followed by the
    force's answer and an "Outcome:" sentence that states the Mayor's level in words ("The Mayor
    was partly assured."), one deferred; an "Actions arising" table; a tracker with a Status column;
    a cover report for this meeting (a look-alike)."""
    org = "Mayor of South Yorkshire"
    pack = Pack(file_type="pdf", title="Public Accountability Board", force="South Yorkshire Police",
                organisation=org, meeting_date="2027-07-13")
    pack.add(H("Public Accountability Board"),
             P("South Yorkshire Mayoral Combined Authority"),
             P("**Chair:** Mayor of South Yorkshire"),
             P("Tuesday 13 July 2027 at 10:00am, Broad Street West, Sheffield"),
             H("Agenda", 2))
    pack.meeting("2027-07-13", "Public Accountability Board", None, key="Tuesday 13 July 2027")
    agenda = [("1", "Welcome and apologies", "Mayor"),
              ("2", "Declarations of interest", None),
              ("3", "Minutes of the meeting held on 25 May 2027", "Governance Officer"),
              ("4", "Action tracker", "Governance Officer"),
              ("5", "Public questions", "Mayor"),
              ("6", "Road safety and the Safer Roads Partnership", "Chief Constable"),
              ("7", "Budget monitoring: quarter 1", "Chief Finance Officer"),
              ("8", "Any other business", None)]
    pack.add(T((("Item", "Agenda item", "Report of"),) + tuple((n, t, p or "") for n, t, p in agenda),
               widths=(12, 110, 48), header_rows=1))
    for n, t, p in agenda:
        pack.agenda(n, t, p)
    prev, prev_topic = "2027-05-25", "Drugs and county lines"
    heading = "Minutes of the Public Accountability Board held on 25 May 2027"
    pack.add(Break(), H(heading, 1),
             P("**Present:** Mayor of South Yorkshire (Chair); Chief Constable; Deputy Chief Constable; Chief "
               "Executive, SYMCA; Head of Policing and Crime Governance; Governance Officer."),
             H("1. Welcome and apologies", 3), P("The Mayor welcomed those present. There were no apologies."),
             H("2. Minutes of the previous meeting", 3),
             P("The minutes of the meeting held on 13 April 2027 were agreed."),
             H(f"3. {prev_topic}", 3),
             P("The Detective Chief Superintendent, Serious and Organised Crime, presented the report."))
    pack.meeting(prev, heading, prev_topic)
    questions = [
        ("How many county lines have been closed in the last twelve months?",
         "The force reported that 57 lines had been closed and 142 people charged, 26 of them under 18.",
         "The Mayor was assured.", "Assured", "He thanked officers for the sustained operations."),
        ("How are children who are exploited to run drugs treated as victims?",
         "The force reported that every child arrested in a county lines operation is referred to the "
         "National Referral Mechanism, but that decisions take an average of 14 months.",
         "The Mayor was partly assured.", "Partly assured",
         "He asked how many children had been prosecuted while awaiting a decision."),
        ("What is the force doing about drug-related violence in Barnsley and Rotherham town centres?",
         "The force reported a 12 per cent rise in drug-related violence and described a new problem-solving "
         "plan with the councils that has not yet begun.",
         "The Mayor was not assured.", "Not assured", "He asked for the plan to start before the summer."),
        ("What has drug testing on arrest achieved since it was extended to all custody suites?",
         "The force reported that 3,406 tests had been carried out and 1,190 people referred to treatment.",
         "Assessment deferred.", None, "The Mayor will decide once the treatment providers' evaluation is "
                                       "published in September."),
    ]
    for i, (q, answer, outcome, level, comment) in enumerate(questions, start=1):
        pack.add(P(f"**Q{i}.** {q}"), P(answer), P(f"**Outcome:** {outcome} {comment}"))
        pack.decision(prev, prev_topic, str(i), q, answer, level, comment)
    minuted = [("PAB 27/21", "Report how many exploited children were prosecuted while awaiting an NRM decision.",
                "Head of Public Protection", "July 2027"),
               ("PAB 27/22", "Confirm the start date of the town centre problem-solving plan.",
                "Chief Superintendent, Operations", "June 2027")]
    pack.add(P("**Actions arising**"),
             T((("Ref", "Action", "Owner", "Due"),) + tuple(minuted), widths=(20, 90, 40, 20), header_rows=1),
             H("4. Any other business", 3), P("None."))
    pack.add(Break(), H("Action tracker", 1))
    log = [
        ("PAB 27/14", "13 April 2027", "2027-04-13", "Provide the number of 999 calls answered within ten "
         "seconds by month.", "Provided on 30 April 2027.", "Complete"),
        ("PAB 27/17", "13 April 2027", "2027-04-13", "Share the findings of the review of neighbourhood "
         "policing in Doncaster.", "Review extended to include Rotherham; findings expected in August.", "Open"),
        ("PAB 27/21", "25 May 2027", prev, minuted[0][1], "Data being collated with the Crown Prosecution "
         "Service.", "Open"),
        ("PAB 27/22", "25 May 2027", prev, minuted[1][1], "Plan began on 14 June 2027.", "Complete"),
    ]
    rows = [("Ref", "Meeting", "Action", "Update", "Status")]
    for ref, shown, date, text, update, status in log:
        rows.append((ref, shown, text, update, status))
        # A minuted action's row in "Actions arising" may break over a page: its start is the ref and first words.
        pack.action(date=date, topic=prev_topic if date == prev else None, number=ref, text=text, update=update,
                    status="complete" if status == "Complete" else "outstanding", status_source="status_column",
                    source="action_tracker", key=f"{ref} {' '.join(text.split()[:3])}" if date == prev else text)
    pack.add(T(tuple(rows), widths=(18, 24, 60, 55, 15), header_rows=1))
    pack.add(Break(), H("Report to the Public Accountability Board", 1),
             T((("Report title", "Road safety and the Safer Roads Partnership"), ("Report of", "Chief Constable"),
                ("Date", "13 July 2027")), widths=(40, 130)),
             H("1. Purpose", 2),
             P("To update the Mayor on casualty reduction and the work of the Safer Roads Partnership."),
             H("2. Recommendation", 2),
             P("That the Mayor notes the report and the progress against the casualty reduction target."),
             H("3. Background", 2),
             P("In 2026, 612 people were killed or seriously injured on the county's roads, 8 per cent fewer "
               "than in 2025. The partnership's education programme reached 9,400 young drivers."))
    data = docx_to_pdf(word(pack, title="Public Accountability Board 13 July 2027", author="SYMCA",
                            when=datetime(2027, 7, 6, 9, 0), header=("South Yorkshire Mayoral Combined Authority",),
                            footer="Public Accountability Board – 13 July 2027"))
    return data, pack.gold("south-yorkshire-mayor-pab-2027-07-13-round34.pdf", data)


PACKS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "northumbria-pcc-sb-2027-05-19-round34.pdf": northumbria,
    "lancashire-pcc-asm-2027-06-08-round34.pdf": lancashire,
    "staffordshire-pfcc-sgb-2027-07-06-round34.docx": staffordshire,
    "north-wales-pcc-sab-2027-06-22-round34.pdf": north_wales,
    "west-yorkshire-dmpc-pam-2027-06-24-round34.docx": west_yorkshire,
    "gwent-pcc-spb-2027-07-20-round34.pdf": gwent,
    "south-yorkshire-mayor-pab-2027-07-13-round34.pdf": south_yorkshire,
}


def main(names: list[str]) -> None:
    GOLD.mkdir(exist_ok=True)
    for name, build in PACKS.items():
        if names and name not in names:
            continue
        data, gold = build()
        (HERE / name).write_bytes(data)
        (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        pages = {t: [r["page"] for r in gold["records"][t]] for t in TYPES[1:]}
        print(f"{name}: {len(data)} bytes; pages {pages}")


if __name__ == "__main__":
    main(sys.argv[1:])
