"""Held-out round 34 (issue 4): scrutiny packs of PCC, PFCC and mayoral offices of the north,
the midlands and Wales, written blind.

Each pack is built by a function that adds the blocks a reader sees and, beside them, the gold
records a careful analyst would take from them, so the gold says what the page says. A PDF
record's page is the first page whose text holds the start of the record's key text (its
question, action, agenda title or meeting heading). Gold goes to ``heldout/`` (held out: not
scored by CI).

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

HELDOUT = HERE / "heldout"
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
    for topic, date, ref, text, update, status in tracked:
        rows.append((topic, ref, text, update, square(GREEN if status == "complete" else RED)))
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
    org = "Police, Fire and Crime Commissioner for Staffordshire"
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


PACKS: dict[str, Callable[[], tuple[bytes, dict]]] = {
    "northumbria-pcc-sb-2027-05-19-round34.pdf": northumbria,
    "lancashire-pcc-asm-2027-06-08-round34.pdf": lancashire,
    "staffordshire-pfcc-sgb-2027-07-06-round34.docx": staffordshire,
}


def main(names: list[str]) -> None:
    HELDOUT.mkdir(exist_ok=True)
    for name, build in PACKS.items():
        if names and name not in names:
            continue
        data, gold = build()
        (HERE / name).write_bytes(data)
        (HELDOUT / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        pages = {t: [r["page"] for r in gold["records"][t]] for t in TYPES[1:]}
        print(f"{name}: {len(data)} bytes; pages {pages}")


if __name__ == "__main__":
    main(sys.argv[1:])
