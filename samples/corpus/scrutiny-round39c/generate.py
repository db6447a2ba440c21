"""Held-out scrutiny round 39c: eight packs of PCC, PFCC and mayoral offices (front sheet and agenda,
the previous meeting's notes with questions and assurance decisions, minuted actions, the action log),
with their gold written by the same builder calls that print them.

    .venv/bin/python samples/corpus/scrutiny-round39c/generate.py [NAME-PREFIX ...]

Word-made PDFs need LibreOffice (`soffice`), `taskset` and `setarch` (../office_pdf.py).
Gold goes to gold/ (held out and scored in session 9, then promoted).
"""

from __future__ import annotations

import io
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pdfplumber
from docx.shared import Mm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import scrutiny_common  # noqa: E402,F401  (puts scrutiny-round3/render.py on sys.path)
import render  # noqa: E402
from office_pdf import docx_to_pdf  # noqa: E402
from render import Break, Bul, H, P, PdfLook, T  # noqa: E402

CHECKED = ("Written blind for held-out round 39c; every record hand-checked against the rendered pages "
           "and `scrutiny inspect` by the round's writer.")

_original_docx_table = render._docx_table


def _docx_table_with_grid(document, table: T, text_width_mm: float) -> None:
    """Word keeps a table's column widths only where its grid says them too (python-docx writes the
    cells' widths alone, and LibreOffice then shares the width out equally)."""
    _original_docx_table(document, table, text_width_mm)
    total = sum(table.widths)
    for column, width in zip(document.tables[-1]._tbl.tblGrid.gridCol_lst, table.widths):
        column.w = Mm(text_width_mm * width / total)


render._docx_table = _docx_table_with_grid


def plain(text: str) -> str:
    """The words as printed, without the block model's inline markup."""
    text = re.sub(r"\{#[0-9a-fA-F]{6}\|(.*?)\}", r"\1", text)
    return text.replace("**", "").replace("*", "")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text.replace("\u2019", "'").replace("\u2013", "-")).lower()


@dataclass
class Pack:
    """One pack's blocks and its gold records; `key` is the text whose first page is a record's page."""

    name: str
    force: str
    organisation: str
    title: str
    meeting_date: str
    publication_date: str | None = None
    blocks: list = field(default_factory=list)
    records: dict = field(default_factory=lambda: {t: [] for t in (
        "documents", "meetings", "agenda_items", "assurance_decisions", "actions")})
    keys: list = field(default_factory=list)  # (record, key text, anchor text or None)

    def add(self, *blocks) -> None:
        self.blocks.extend(blocks)

    def record(self, kind: str, key: str, anchor: str | None = None, **fields) -> dict:
        rec = {"page": None, **fields}
        self.records[kind].append(rec)
        self.keys.append((rec, plain(key), anchor))
        return rec

    def meeting(self, key: str, meeting_date: str, topic: str | None, title: str, anchor: str | None = None) -> None:
        self.record("meetings", key, anchor, meeting_date=meeting_date, topic=topic,
                    organisation=self.organisation, title=title)

    def agenda(self, header: tuple[str, ...], rows: list[tuple], widths: tuple[float, ...],
               presenter_col: int | None) -> None:
        """An agenda table; the first column is the item number, the second its title."""
        self.add(T(rows=(header, *rows), widths=widths, header_rows=1))
        for row in rows:
            presenter = row[presenter_col] if presenter_col is not None else None
            self.record("agenda_items", row[1], number=row[0].rstrip("."), title=plain(row[1]),
                        meeting_date=self.meeting_date,
                        presenter=None if presenter in (None, "", "–") else plain(presenter))

    def decision(self, key: str, anchor: str, *, meeting_date: str, topic: str, number: str, question: str,
                 evidence: str, assurance: str | None, commentary: str | None) -> None:
        self.record("assurance_decisions", key, anchor, meeting_date=meeting_date, topic=topic,
                    question_number=number, question=plain(question), evidence_summary=plain(evidence),
                    assurance=assurance, commentary=plain(commentary) if commentary else None)

    def action(self, key: str, anchor: str | None, *, meeting_date: str | None, topic: str | None,
               number: str | None, text: str, update: str | None, status: str, status_source: str,
               source: str = "action_tracker") -> None:
        self.record("actions", key, anchor, meeting_date=meeting_date, topic=topic, number=number,
                    text=plain(text), update=plain(update) if update else None, status=status,
                    status_source=status_source, source=source)

    def gold(self, data: bytes) -> dict:
        is_pdf = self.name.endswith(".pdf")
        document = {"page": None, "status": "ok", "doc_kind": "scrutiny_pack", "title": self.title,
                    "force": self.force, "organisation": self.organisation, "meeting_date": self.meeting_date,
                    "publication_date": self.publication_date, "file_type": "pdf" if is_pdf else "docx"}
        if is_pdf:
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                pages = [squash(page.extract_text() or "") + "|" + "|".join(
                    squash(cell or "") for table in page.extract_tables() for row in table for cell in row)
                    for page in pdf.pages]
            document["pages"] = len(pages)
            for rec, key, anchor in self.keys:
                start = _first_page(pages, squash(anchor), 0) if anchor else 0
                rec["page"] = _first_page(pages, squash(key)[:45], start) + 1
        self.records["documents"] = [document]
        return {"source_file": self.name, "expect": "ok", "checked": CHECKED,
                "records": {**self.records, "grades": []}}


def _first_page(pages: list[str], key: str, start: int) -> int:
    for number in range(start, len(pages)):
        if key in pages[number]:
            return number
    raise SystemExit(f"key on no page: {key!r}")


WHEN = datetime(2028, 4, 3, 9, 0, 0)


def check_widths(blocks: list, text_width_pt: float, font: str, bold_font: str, padding: float = 9) -> None:
    """Stop where a table column is too narrow for one of its words (it would be split mid-word)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    for block in blocks:
        if not isinstance(block, T):
            continue
        total = sum(block.widths)
        for r, row in enumerate(block.rows):
            for c, content in enumerate(row):
                if content is None:
                    continue
                span = next((nc for rr, cc, _, nc in block.spans if (rr, cc) == (r, c)), 1)
                room = text_width_pt * sum(block.widths[c:c + span]) / total - padding
                parts = content if isinstance(content, tuple) else (content,)
                texts = [t for p in parts for t in (p.items if isinstance(p, Bul) else (str(p),))]
                for word in plain(" ".join(texts)).split():
                    face = bold_font if r < block.header_rows or "**" in " ".join(texts) else font
                    if stringWidth(word, face, 10) > room:
                        raise SystemExit(f"column {c} too narrow for {word!r} ({room:.0f} pt)")


def _check_word_widths(blocks: list) -> None:
    """LibreOffice sets Word's Arial in DejaVu Sans here (no Arial installed), with 0.19 cm cell margins."""
    render._register_ttf("DejaVuSans", "DejaVuSans.ttf")
    render._register_ttf("DejaVuSans-Bold", "DejaVuSans-Bold.ttf")
    check_widths(blocks, 170 * 72 / 25.4, "DejaVuSans", "DejaVuSans-Bold", padding=11)


def word_pdf(pack: Pack, header: tuple[str, ...] = ()) -> bytes:
    _check_word_widths(pack.blocks)
    return docx_to_pdf(render.render_docx(pack.blocks, title=pack.title, author=pack.organisation, when=WHEN,
                                          header=header))


def word(pack: Pack, header: tuple[str, ...] = ()) -> bytes:
    _check_word_widths(pack.blocks)
    return render.render_docx(pack.blocks, title=pack.title, author=pack.organisation, when=WHEN, header=header)


def reportlab_pdf(pack: Pack, look: PdfLook) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    width = (landscape(A4) if look.landscape else A4)[0] - 2 * look.margin
    check_widths(pack.blocks, width, look.font, look.bold_font)
    return render.render_pdf(pack.blocks, look, title=pack.title, author=pack.organisation)


GREEN, AMBER, RED = "#00b050", "#ffc000", "#ff0000"
SQUARE = "■"


# --- Thames Valley: Word->PDF. Common: the chief executive's letter calling the Level 1 meeting, an agenda
# with page numbers and no presenter, minutes with the reference pack's Question | Summary of Evidence |
# Decision of PCC table, and an action log with a status column.

def thames_valley() -> tuple[str, bytes, dict]:
    pack = Pack("thames-valley-pcc-level1-2028-05-12-round39c.pdf", "Thames Valley Police",
                "Police and Crime Commissioner for Thames Valley", "Level 1 Meeting", "2028-05-12")
    pack.add(
        P("**POLICE AND CRIME COMMISSIONER FOR THAMES VALLEY**"),
        P("Contact: Governance Officer\nTel No: 01865 000412\nDate: 3 May 2028"),
        P("Dear Chief Constable"),
        H(pack.title, 1),
        P("You are requested to attend a Level 1 Meeting on Friday 12 May 2028 at 10.00am in the Conference "
          "Hall, Police Headquarters South."),
        P("Yours sincerely\n\nRowena Ashdown\nChief Executive"),
        P("To: PCC, Deputy PCC, Chief Constable, Deputy Chief Constable, Director of Finance"),
    )
    pack.meeting("Level 1 Meeting", "2028-05-12", None, pack.title)
    pack.agenda(("Item", "Agenda Item", "Page No."), [
        ("1.", "Apologies for absence", "–"),
        ("2.", "Minutes of the Level 1 Meeting held on 10 March 2028", "3 - 6"),
        ("3.", "Level 1 action log", "7 - 8"),
        ("4.", "Serious violence and knife crime", "9 - 24"),
        ("5.", "HMICFRS update report", "25 - 40"),
        ("6.", "Any other business", "–"),
    ], (10, 70, 20), presenter_col=None)
    pack.add(P("DATE OF NEXT MEETING: 14 July 2028 at 10.00am, Conference Hall, Police Headquarters South."),
             Break())

    notes_title = "Minutes of the Level 1 Meeting held on 10 March 2028"
    topic = "Roads policing and the fatal four"
    date = "2028-03-10"
    pack.add(P("AGENDA ITEM 2"), H(notes_title, 2),
             P("Present: M Okafor (Police and Crime Commissioner, Chair), D Fenwick (Deputy PCC), "
               "Chief Constable J Harland, Deputy Chief Constable P Mistry, R Ashdown (Chief Executive, OPCC)"),
             H("1. Apologies", 3), P("Apologies were received from the Director of Finance."),
             H("2. Minutes of the meeting held on 12 January 2028", 3),
             P("The minutes were agreed as a true record."),
             H(f"3. {topic}", 3),
             P("Superintendent A Greaves, Head of Roads Policing, presented the paper on collisions in which "
               "people were killed or seriously injured and the force's work on the fatal four offences."))
    pack.meeting(notes_title, date, topic, notes_title, anchor="Present: M Okafor")
    questions = [
        ("1", "How has the number of people killed or seriously injured on the roads of the force area "
              "changed over the last two years, and what explains the change?",
         ("Killed or seriously injured casualties fell by 6% in 2027, with most of the fall on rural A roads.",
          "Motorcycle casualties rose for the second year running and are now a fifth of the total.",
          "The force links the fall to targeted patrols on the twelve routes with the most collisions."),
         "Partly assured",
         "The PCC welcomed the overall fall but asked for a plan for motorcyclists, whose casualties are rising."),
        ("2", "How many drink and drug driving tests were carried out during the winter campaign, and how "
              "does the force make sure that positive roadside tests lead to charges?",
         ("Officers carried out 4,870 tests in December and January, 9% more than the year before.",
          "Positive drug tests now go to a central team, which has cut the wait for blood results to 38 days."),
         "Assured", "The PCC thanked the roads policing unit for the campaign."),
        ("3", "What use is made of footage sent in by the public through the online dashcam portal?",
         ("The portal received 2,410 submissions in 2027; 41% led to a warning letter or a course.",
          "A backlog of 730 submissions has built up since the team lost two staff in the autumn.",
          "Submissions older than fourteen days cannot lead to a prosecution."),
         "Not Assured",
         "The PCC is concerned that the backlog means offences go unpunished and asked for a recovery plan."),
    ]
    rows = [("Question", "Summary of Evidence", "Decision of PCC")]
    for number, question, evidence, level, comment in questions:
        rows.append((f"**{number}. {question}**", (Bul(evidence),), (f"**{level}**", f"*{comment}*")))
        pack.decision(question, "Present: M Okafor", meeting_date=date, topic=topic, number=number, question=question,
                      evidence=" ".join(evidence), assurance=level.capitalize(), commentary=comment)
    pack.add(T(rows=tuple(rows), widths=(30, 45, 25), header_rows=1))
    minuted = [
        ("L1 28/05", "The force to bring a motorcycle safety plan to the next Level 1 meeting.",
         "The plan is in draft and will come to the July meeting.", "Open", "outstanding"),
        ("L1 28/06", "The force to set out a recovery plan for the dashcam portal backlog.",
         "Two agency staff started on 3 April; the backlog was 410 on 28 April.", "Open", "outstanding"),
    ]
    pack.add(P("**Actions**"))
    for ref, text, update, status, canonical in minuted:
        pack.add(P(f"**Action {ref}:** {text}"))
        pack.action(f"Action {ref}: {text}", "Present: M Okafor", meeting_date=date, topic=topic, number=ref, text=text,
                    update=update, status=canonical, status_source="status_column")
    pack.add(H("4. Any other business", 3), P("There was no other business."), Break(),
             P("AGENDA ITEM 3"), H("Level 1 action log", 2))
    log = [
        ("L1 27/31", "10/11/2027", "2027-11-10", "The force to share its evaluation of the custody nurse pilot "
         "with the OPCC.", "Evaluation shared on 8 January 2028.", "Complete", "complete"),
        ("L1 28/02", "12/01/2028", "2028-01-12", "The Director of Finance to report on overtime spent on "
         "protest policing in 2027/28.", "Report to the May meeting is delayed by the year-end accounts.",
         "Overdue", "outstanding"),
        ("L1 28/03", "12/01/2028", "2028-01-12", "The OPCC to write to the local authorities about "
         "funding for the youth diversion scheme.", "Letters sent on 30 January; two replies received.",
         "Complete", "complete"),
    ]
    rows = [("Ref", "Meeting", "Action", "Update", "Status")]
    for ref, raised, iso, text, update, status, canonical in log:
        rows.append((ref, raised, text, update, status))
        pack.action(text, "Level 1 action log", meeting_date=iso, topic=None, number=ref, text=text,
                    update=update, status=canonical, status_source="status_column")
    for ref, text, update, status, _ in minuted:
        rows.append((ref, "10/03/2028", text, update, status))
    pack.add(T(rows=tuple(rows), widths=(12, 16, 31, 27, 14), header_rows=1))
    data = word_pdf(pack)
    return pack.name, data, pack.gold(data)


# --- West Mercia: Word file. Common: "Question N" headings, "Assurance level:" and "PCC comment:" lines,
# one level deferred to a later meeting; actions minuted as "AAM 28/0N –" lines and an action log with a
# status column.

def west_mercia() -> tuple[str, bytes, dict]:
    pack = Pack("west-mercia-pcc-aam-2028-04-27-round39c.docx", "West Mercia Police",
                "Police and Crime Commissioner for West Mercia", "Assurance and Accountability Meeting",
                "2028-04-27")
    theme = "Victims' Code compliance"
    pack.add(P("**Police and Crime Commissioner for West Mercia**"), H(pack.title, 1),
             P("Date: Thursday 27 April 2028\nTime: 14:00 – 16:00\nVenue: Hindlip Hall, Conference Room 2 and "
               "Microsoft Teams"),
             P(f"**Theme:** {theme}"), H("Agenda", 2))
    pack.meeting(pack.title, "2028-04-27", theme, pack.title)
    pack.agenda(("No.", "Item", "Lead"), [
        ("1", "Introductions and apologies", "PCC"),
        ("2", "Notes and action log of the meeting held on 22 February 2028", "Secretary"),
        ("3", "Victims' Code compliance: quarterly audit", "ACC Crime and Vulnerability"),
        ("4", "Victim satisfaction survey results", "Head of Performance"),
        ("5", "Any other business", ""),
    ], (8, 62, 30), presenter_col=2)
    pack.add(Break())
    notes_title = "Notes of the Assurance and Accountability Meeting held on 22 February 2028"
    topic = "Rural and business crime"
    date = "2028-02-22"
    pack.add(H(notes_title, 2),
             P("Present: PCC (Chair), Deputy PCC, Chief Constable (CC), Deputy Chief Constable (DCC), "
               "Chief Executive OPCC (CEO), Secretary"),
             H("1. Introductions and apologies", 3), P("Apologies were received from the Treasurer."),
             H("2. Notes and actions of the last meeting", 3),
             P("The notes of 14 December 2027 were agreed. The action log was updated."),
             H(f"3. {topic}", 3),
             P("The Rural and Business Crime Inspector presented the force's paper. The PCC asked four "
               "questions."))
    pack.meeting(notes_title, date, topic, notes_title)
    questions = [
        ("1", "How many farm machinery and vehicle thefts were reported in 2027, and how many were solved?",
         ("212 thefts were reported, down from 251 in 2026. Nineteen led to a charge, a solved rate of 9%. "
          "Most stolen machinery is taken out of the country within days."),
         "Partially assured", "The PCC asked that the solved rate be reported each quarter."),
        ("2", "What is the force doing to support small shops that are repeat victims of shop theft?",
         ("Each local policing area now has a named business crime officer. The force has signed up 140 shops "
          "to the retail radio scheme and visits the twenty most targeted shops every month."),
         "Assured", "The PCC was pleased with the take-up of the radio scheme."),
        ("3", "How are rural callers kept informed when an officer cannot attend the same day?",
         ("Call handlers give a callback time, but the force could not say how often the callback is made. "
          "The new contact system will record it from April."),
         "Not assured", "The PCC wants evidence that callbacks are made within the time promised."),
        ("4", "What has been the effect of the Rural Crime Team's move to the new operating model?",
         ("The team moved to the new model on 1 February, too recently for a useful picture."),
         "Deferred",
         "The PCC will return to this question at the June meeting, when three months' data are available."),
    ]
    for number, question, answer, level, comment in questions:
        pack.add(H(f"Question {number}", 3), P(f"**{question}**"), P(f"*Response:* {answer}"),
                 P(f"**Assurance level:** {level}"), P(f"**PCC comment:** {comment}"))
        pack.decision(question, notes_title, meeting_date=date, topic=topic, number=number, question=question,
                      evidence=answer,
                      assurance={"Partially assured": "Partly assured", "Deferred": None}.get(level, level),
                      commentary=comment)
    minuted = [
        ("AAM 28/07", "CC to include the solved rate for farm machinery theft in the quarterly performance "
         "report.", "Included from the Q4 report onwards.", "Complete", "complete"),
        ("AAM 28/08", "CC to provide figures on callbacks made to rural callers within the time promised.",
         "The new contact system goes live on 17 April; first figures in May.", "In progress", "outstanding"),
    ]
    pack.add(H("Actions", 3))
    for ref, text, update, _, _ in minuted:
        pack.add(P(f"**{ref}** – {text}"))
    for ref, text, update, status, canonical in minuted:
        pack.action(f"{ref} – {text}", notes_title, meeting_date=date, topic=topic, number=ref, text=text,
                    update=update, status=canonical, status_source="status_column")
    pack.add(H("5. Any other business", 3), P("None."), Break(), H("Action log", 2))
    log = [
        ("AAM 27/41", "14/12/2027", "2027-12-14", "CEO to agree with the force a date for the joint victims' "
         "summit.", "OPCC", "Summit booked for 21 June 2028.", "Complete", "complete"),
        ("AAM 27/43", "14/12/2027", "2027-12-14", "DCC to review the timeliness of updates to victims of "
         "burglary.", "DCC", "", "Open", "outstanding"),
    ]
    rows = [("Ref", "Date raised", "Action", "Owner", "Update", "Status")]
    for ref, raised, iso, text, owner, update, status, canonical in log:
        rows.append((ref, raised, text, owner, update, status))
        pack.action(text, None, meeting_date=iso, topic=None, number=ref, text=text, update=update or None,
                    status=canonical, status_source="status_column")
    for ref, text, update, status, _ in minuted:
        rows.append((ref, "22/02/2028", text, "CC", update, status))
    pack.add(T(rows=tuple(rows), widths=(11, 15, 27, 11, 22, 14), header_rows=1))
    data = word(pack, header=("Police and Crime Commissioner for West Mercia – OFFICIAL",))
    return pack.name, data, pack.gold(data)


# --- Wiltshire and Swindon: reportlab. Common: No. | Question | Response | Assurance | Comments, and an
# action tracker whose status is a coloured square read through a legend.

def wiltshire() -> tuple[str, bytes, dict]:
    pack = Pack("wiltshire-pcc-cmb-2028-06-06-round39c.pdf", "Wiltshire Police",
                "Police and Crime Commissioner for Wiltshire and Swindon", "Commissioner's Monitoring Board",
                "2028-06-06")
    pack.add(P("**Office of the Police and Crime Commissioner for Wiltshire and Swindon**"),
             H(pack.title, 1),
             P("Tuesday 6 June 2028, 09:30 to 12:00, Police Headquarters, Devizes"),
             H("Agenda", 2))
    pack.meeting(pack.title, "2028-06-06", None, pack.title)
    pack.agenda(("Item", "Title", "Presenter"), [
        ("1", "Welcome and apologies", "Commissioner"),
        ("2", "Notes of the previous meeting and action tracker", "Head of Governance"),
        ("3", "Contact management: 101 and online reporting", "Superintendent, Contact Management"),
        ("4", "Drugs and county lines", "Detective Chief Superintendent, Crime"),
        ("5", "Any other business", "–"),
    ], (8, 57, 35), presenter_col=2)
    pack.add(Break())
    notes_title = "Notes of the Commissioner's Monitoring Board held on 4 April 2028"
    topic = "Anti-social behaviour"
    date = "2028-04-04"
    pack.add(H(notes_title, 2),
             P("Attendees: Commissioner (Chair), Chief Constable, Deputy Chief Constable, Chief Executive, "
               "Head of Governance, Chief Inspector, Neighbourhood Policing"),
             H("1. Welcome and apologies", 3), P("No apologies were received."),
             H("2. Notes of the previous meeting", 3), P("The notes of 7 February 2028 were approved."),
             H(f"3. {topic}", 3),
             P("The Chief Inspector presented the paper. The Commissioner's questions and his assurance on "
               "each are recorded below."))
    pack.meeting(notes_title, date, topic, notes_title, anchor="Attendees: Commissioner")
    questions = [
        ("1", "How has the volume of anti-social behaviour reports changed in the town centres since the "
              "hotspot patrols began?",
         "Reports in the eight hotspot areas fell by 17% between October and March; other areas were level.",
         "Assured", "The Commissioner asked that the patrols continue over the summer."),
        ("2", "How many community protection warnings and notices were issued, and how are breaches followed "
              "up?",
         "312 warnings and 54 notices were issued in 2027/28. Breaches are recorded locally; the force could not "
         "say how many led to a fixed penalty.",
         "Partly assured", "Breach data should be recorded in one place."),
        ("3", "How quickly are victims of repeated anti-social behaviour offered a case review?",
         "Eleven case reviews were requested in the year; four were not held within the 28 days the force "
         "promises.",
         "Not assured", "The Commissioner asked for every late review to be explained."),
        ("4", "How are young people diverted from anti-social behaviour in Swindon?",
         "The detached youth work service reached 380 young people; 22 were referred on to mentoring.",
         "Assured", ""),
    ]
    rows = [("No.", "Question", "Response", "Assurance", "Comments")]
    for number, question, answer, level, comment in questions:
        rows.append((number, question, answer, level, comment))
        pack.decision(question, "Attendees: Commissioner", meeting_date=date, topic=topic, number=number,
                      question=question, evidence=answer, assurance=level, commentary=comment or None)
    pack.add(T(rows=tuple(rows), widths=(6, 27, 34, 15, 18), header_rows=1))
    minuted = [
        ("CMB 28/14", "The force to record breaches of community protection notices in one system.",
         "A Niche form has been built and goes live in July.", AMBER, "outstanding"),
        ("CMB 28/15", "The force to explain each late anti-social behaviour case review to the Commissioner.",
         "Explanations for the four late reviews were sent on 2 May.", GREEN, "complete"),
    ]
    pack.add(P("**Actions agreed**"))
    for ref, text, *_ in minuted:
        pack.add(P(f"{ref}: {text}"))
    for ref, text, update, _, canonical in minuted:
        pack.action(f"{ref}: {text}", "Attendees: Commissioner", meeting_date=date, topic=topic, number=ref,
                    text=text, update=update, status=canonical, status_source="glyph_colour")
    pack.add(H("4. Any other business", 3), P("None was raised."), Break(), H("Action tracker", 2),
             P(f"Key: {{{GREEN}|{SQUARE}}} Complete   {{{AMBER}|{SQUARE}}} In progress   "
               f"{{{RED}|{SQUARE}}} Not started or overdue"))
    log = [
        ("CMB 28/04", "07/02/2028", "2028-02-07", "Chief Executive to publish the stop and search scrutiny "
         "panel's annual report.", "Published on the OPCC website on 14 March.", GREEN, "complete"),
        ("CMB 28/06", "07/02/2028", "2028-02-07", "The force to report on the use of drones in missing "
         "person searches.", "Paper not yet received.", RED, "outstanding"),
        ("CMB 28/07", "07/02/2028", "2028-02-07", "The force to share the new neighbourhood policing "
         "engagement plan.", "Draft shared; final version due at the end of June.", AMBER, "outstanding"),
    ]
    rows = [("Ref", "Raised", "Action", "Update", "Status")]
    for ref, raised, iso, text, update, colour, canonical in log:
        rows.append((ref, raised, text, update, f"{{{colour}|{SQUARE}}}"))
        pack.action(text, "Action tracker", meeting_date=iso, topic=None, number=ref, text=text, update=update,
                    status=canonical, status_source="glyph_colour")
    for ref, text, update, colour, _ in minuted:
        rows.append((ref, "04/04/2028", text, update, f"{{{colour}|{SQUARE}}}"))
    pack.add(T(rows=tuple(rows), widths=(13, 14, 33, 29, 11), header_rows=1))
    look = PdfLook(header="OFFICIAL", footer="Commissioner's Monitoring Board – 6 June 2028")
    data = reportlab_pdf(pack, look)
    return pack.name, data, pack.gold(data)


# --- West Yorkshire: Word->PDF. Common: a mayoral office chaired by the Deputy Mayor, notes of two scrutiny
# items under a stated theme, each with a Q | Question | Response | Assurance level | comments table, and an
# action log with no status column (status only in the update's words).

def west_yorkshire() -> tuple[str, bytes, dict]:
    pack = Pack("west-yorkshire-dmpc-com-2028-05-23-round39c.pdf", "West Yorkshire Police",
                "Deputy Mayor for Policing and Crime", "Community Outcomes Meeting", "2028-05-23")
    pack.add(P("**West Yorkshire Combined Authority – Policing and Crime**"), H(pack.title, 1),
             P("**Chair:** Deputy Mayor for Policing and Crime"),
             P("Date: 23 May 2028, 10:00\nLocation: Wellington House, Leeds, and live-streamed"),
             H("Agenda", 2))
    pack.meeting(pack.title, "2028-05-23", None, pack.title)
    pack.agenda(("Item", "Title", "Lead"), [
        ("1", "Welcome, introductions and apologies", "Deputy Mayor"),
        ("2", "Notes of the meeting held on 21 March 2028 and action log", "Deputy Mayor"),
        ("3", "Hate crime", "Assistant Chief Constable, Specialist Crime"),
        ("4", "Roads policing and speed enforcement", "Chief Superintendent, Operations"),
        ("5", "Questions from the public", "Deputy Mayor"),
        ("6", "Any other business", ""),
    ], (8, 57, 35), presenter_col=2)
    pack.add(Break())
    notes_title = "Community Outcomes Meeting – notes of the meeting held on 21 March 2028"
    theme = "Violence against women and girls"
    date = "2028-03-21"
    pack.add(H(notes_title, 2), P(f"**Theme:** {theme}"),
             P("Present: Deputy Mayor for Policing and Crime (Chair); Chief Constable; Assistant Chief Constable, "
               "Safeguarding; Director of Policing and Crime, WYCA"),
             H("1. Welcome and apologies", 3), P("Apologies were noted from the Deputy Chief Constable."))
    pack.meeting(notes_title, date, theme, notes_title, anchor="Present: Deputy Mayor")
    items = [
        ("2", "Domestic abuse: repeat victims", [
            ("1", "How many victims of domestic abuse reported again within twelve months, and how is the force "
                  "reducing that number?",
             "Repeat victims made up 38% of domestic abuse victims in 2027, down from 41%. A new team reviews "
             "every third report from the same victim.",
             "Assured", "The Deputy Mayor welcomed the fall in repeat victims."),
            ("2", "How is the force making sure domestic abuse protection orders are applied for where they are "
                  "needed?",
             "Forty-six orders were granted since the pilot began in November. Officers in two districts had not "
             "yet been trained.",
             "Partially assured", "Training in the remaining districts should be finished by the summer."),
        ]),
        ("3", "Stalking", [
            ("1", "How quickly are stalking protection orders applied for once a suspect is identified?",
             "The average time is 41 days. The force aims for 28 days but has no central team to prepare "
             "applications.",
             "Not assured", "The Deputy Mayor asked for an options paper on a central applications team."),
            ("2", "What support is given to victims while an investigation is under way?",
             "Every high-risk victim is referred to an independent stalking advocate; the service has no "
             "waiting list.",
             "Assured", "No further comment."),
        ]),
    ]
    refs = {"Domestic abuse: repeat victims": "COM 28/09", "Stalking": "COM 28/10"}
    for number, topic, qs in items:
        pack.add(H(f"{number}. {topic}", 3))
        rows = [("Q", "Question", "Response", "Assurance level", "Deputy Mayor's comments")]
        for qn, question, answer, level, comment in qs:
            rows.append((qn, question, answer, level, comment))
            pack.decision(question, "Present: Deputy Mayor", meeting_date=date, topic=topic, number=qn,
                          question=question, evidence=answer,
                          assurance="Partly assured" if level == "Partially assured" else level,
                          commentary=None if comment == "No further comment." else comment)
        pack.add(T(rows=tuple(rows), widths=(5, 26, 33, 16, 20), header_rows=1),
                 P(f"Action agreed: {refs[topic]} (see the action log)."))
    pack.add(H("4. Any other business", 3), P("There was none."), Break(), H("Action log", 2))
    log = [
        ("COM 28/03", "18/01/2028", "2028-01-18", None, "Force to share the results of the neighbourhood "
         "policing survey with the Deputy Mayor.", "The results were shared on 9 February and published on "
         "the force website.", "complete"),
        ("COM 28/05", "18/01/2028", "2028-01-18", None, "Director of Policing and Crime to arrange a visit to "
         "the new custody suite.", "Visit to be arranged once the suite opens in July.", "outstanding"),
        ("COM 28/09", "21/03/2028", "2028-03-21", "Domestic abuse: repeat victims", "Force to confirm when "
         "training on domestic abuse protection orders will be complete in every district.", "Training "
         "finished in Calderdale and Kirklees on 28 April. All districts are now trained.", "complete"),
        ("COM 28/10", "21/03/2028", "2028-03-21", "Stalking", "Force to bring an options paper on a central "
         "stalking protection order applications team.", "The paper is being drafted and will come to the "
         "July meeting.", "outstanding"),
    ]
    rows = [("Ref", "Meeting", "Action", "Progress")]
    for ref, raised, iso, topic, text, update, canonical in log:
        rows.append((ref, raised, text, update))
        pack.action(text, "Action log", meeting_date=iso, topic=topic, number=ref, text=text, update=update,
                    status=canonical, status_source="inferred_from_update")
    pack.add(T(rows=tuple(rows), widths=(14, 15, 36, 35), header_rows=1))
    data = word_pdf(pack, header=("West Yorkshire Combined Authority – OFFICIAL",))
    return pack.name, data, pack.gold(data)


# --- Cambridgeshire and Peterborough: Word file. New: the office's own "Strong / Adequate / Weak" assurance
# words, keyed in a sentence, closing numbered sub-minutes ("5.1 ...") as "Commissioner's assessment:
# Adequate – comment"; the log's status words are "Discharged" and "Live", keyed in a line.

def cambridgeshire() -> tuple[str, bytes, dict]:
    pack = Pack("cambridgeshire-pcc-bcb-2028-06-13-round39c.docx", "Cambridgeshire Constabulary",
                "Police and Crime Commissioner for Cambridgeshire and Peterborough", "Business Co-ordination Board",
                "2028-06-13")
    pack.add(P("**Police and Crime Commissioner for Cambridgeshire and Peterborough**"), H(pack.title, 1),
             P("13 June 2028 at 10.00am, Virtual Meeting via Microsoft Teams"), H("Agenda", 2))
    pack.meeting(pack.title, "2028-06-13", None, pack.title)
    pack.agenda(("Item", "Subject", "Report of"), [
        ("1.0", "Apologies for absence", "–"),
        ("2.0", "Declarations of interest", "–"),
        ("3.0", "Minutes of the meeting held on 11 April 2028 and action log", "Chief Executive"),
        ("4.0", "Police and Crime Plan performance report, quarter 4", "Deputy Chief Constable"),
        ("5.0", "Estates strategy update", "Chief Finance Officer"),
        ("6.0", "Forward plan", "Chief Executive"),
    ], (10, 60, 30), presenter_col=2)
    pack.add(Break())
    notes_title = "Minutes of the Business Co-ordination Board held on 11 April 2028"
    topic = "Fraud and cyber crime"
    date = "2028-04-11"
    pack.add(H(notes_title, 2),
             P("Present: Police and Crime Commissioner (Chair), Deputy Police and Crime Commissioner, Chief "
               "Constable, Deputy Chief Constable, Chief Executive, Chief Finance Officer"),
             H("1.0 Apologies for absence", 3), P("1.1 Apologies were received from the Assistant Chief "
                                                  "Constable."),
             H("2.0 Declarations of interest", 3), P("2.1 There were none."),
             H("3.0 Minutes and action log", 3), P("3.1 The minutes of 14 February 2028 were agreed."),
             H(f"4.0 {topic}", 3),
             P("4.1 The Detective Superintendent, Economic Crime, presented the report. The Commissioner sets "
               "out his assessment of each answer in his own words: **Strong** – the Commissioner is assured; "
               "**Adequate** – the Commissioner is partly assured and expects further work; **Weak** – the "
               "Commissioner is not assured."))
    pack.meeting(notes_title, date, topic, notes_title)
    questions = [
        ("4.2", "What proportion of fraud victims referred by Action Fraud are contacted within 72 hours?",
         "Eighty-four per cent were contacted within 72 hours in the quarter, against a target of 90%. Delays "
         "were mainly at weekends.",
         "Adequate", "the Commissioner asked for weekend cover to be reviewed."),
        ("4.3", "How does the force protect older people who are repeat victims of courier and romance fraud?",
         "The economic crime team visits every victim aged over 75 and works with banks through the banking "
         "protocol; 61 calls were made to branches in the year.",
         "Strong", "the Commissioner recognised the team's work with the banks."),
        ("4.4", "How many officers have been trained to recover evidence from phones and laptops at the "
                "scene?",
         "Forty officers were trained in 2027; the plan was 120. Kiosks in two stations are out of use "
         "awaiting repair.",
         "Weak", "the Commissioner asked for a training recovery plan and a date for the kiosks' repair."),
    ]
    for number, question, answer, level, comment in questions:
        pack.add(P(f"{number} **{question}**"), P(f"Force response: {answer}"),
                 P(f"*Commissioner's assessment:* **{level}** – {comment}"))
        pack.decision(question, notes_title, meeting_date=date, topic=topic, number=number, question=question,
                      evidence=answer,
                      assurance={"Strong": "Assured", "Adequate": "Partly assured", "Weak": "Not assured"}[level],
                      commentary=comment)
    minuted = [
        ("BCB 28/11", "4.5", "The force to review weekend cover for contacting fraud victims.",
         "Weekend rota changed from 6 May; contact within 72 hours was 91% in May.", "Discharged", "complete"),
        ("BCB 28/12", "4.5", "The force to provide a recovery plan for digital evidence training and the "
         "repair of the kiosks.", "Kiosks repaired; training plan due by the end of June.", "Live",
         "outstanding"),
    ]
    pack.add(P("4.5 **Actions:** " + "; ".join(f"{text} ({ref})" for ref, _, text, *_ in minuted)))
    for ref, _, text, update, status, canonical in minuted:
        pack.action(text, notes_title, meeting_date=date, topic=topic, number=ref, text=text, update=update,
                    status=canonical, status_source="status_column")
    pack.add(H("5.0 Forward plan", 3), P("5.1 The forward plan was noted."), Break(), H("Action log", 2),
             P("Status: **Discharged** – the action is complete and can be removed; **Live** – the action "
               "remains open."))
    log = [
        ("BCB 28/04", "14 Feb 2028", "2028-02-14", "Chief Finance Officer to circulate the revised capital "
         "programme.", "Circulated on 1 March.", "Discharged", "complete"),
        ("BCB 28/06", "14 Feb 2028", "2028-02-14", "Chief Executive to present the new victims' "
         "commissioning framework.", "Framework to be presented in August, after the tender closes.", "Live",
         "outstanding"),
    ]
    rows = [("No.", "Meeting", "Action", "Update", "Status")]
    for ref, raised, iso, text, update, status, canonical in log:
        rows.append((ref, raised, text, update, status))
        pack.action(text, None, meeting_date=iso, topic=None, number=ref, text=text, update=update,
                    status=canonical, status_source="status_column")
    for ref, _, text, update, status, _ in minuted:
        rows.append((ref, "11 Apr 2028", text, update, status))
    pack.add(T(rows=tuple(rows), widths=(12, 13, 32, 26, 17), header_rows=1))
    data = word(pack, header=("OFFICIAL – Business Co-ordination Board",))
    return pack.name, data, pack.gold(data)


# --- Devon, Cornwall and the Isles of Scilly: reportlab, DejaVu Serif, landscape. New: the level is a
# tick mark keyed by the office ("✓✓" assured, "✓" partly assured, "✗" not assured) in an "Outcome" column,
# line-of-enquiry labels "LOE 1"; the log's status column says "Closed" / "Open".

def devon_cornwall() -> tuple[str, bytes, dict]:
    pack = Pack("devon-cornwall-pcc-pab-2028-05-16-round39c.pdf", "Devon and Cornwall Police",
                "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
                "Performance and Accountability Board", "2028-05-16")
    focus = "Public contact and 999 performance"
    pack.add(P("**Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly**"),
             H(pack.title, 1), P("Tuesday 16 May 2028, 13:30, Alderson Drive, Exeter"),
             P(f"**Focus of the meeting:** {focus}"), H("Agenda", 2))
    pack.meeting(pack.title, "2028-05-16", focus, pack.title)
    pack.agenda(("No.", "Agenda item", "Lead officer", "Paper"), [
        ("1", "Chair's welcome and apologies", "Commissioner", "–"),
        ("2", "Record of the meeting held on 14 March 2028", "Chief Executive", "A"),
        ("3", "Action log", "Chief Executive", "B"),
        ("4", "999 and 101 call handling performance", "Head of Contact Centres", "C"),
        ("5", "Any other business", "", "–"),
    ], (7, 53, 28, 12), presenter_col=2)
    pack.add(Break())
    notes_title = "Record of the Performance and Accountability Board held on 14 March 2028"
    topic = "Serious violence duty"
    date = "2028-03-14"
    pack.add(P("Paper A"), H(notes_title, 2),
             P("Attendance: Police and Crime Commissioner (Chair), Chief Constable, Deputy Chief Constable, "
               "Chief Executive, Treasurer, Head of Partnerships"),
             H("1. Welcome and apologies", 3), P("The Chair welcomed everyone. There were no apologies."),
             H(f"2. {topic}", 3),
             P("The Head of Partnerships introduced the paper on the force's part in the serious violence duty."),
             P("Outcome key: ✓✓ – the Commissioner is assured; ✓ – the Commissioner is partly assured; "
               "✗ – the Commissioner is not assured."))
    pack.meeting(notes_title, date, topic, notes_title, anchor="Paper A")
    questions = [
        ("1", "How has the force used the strategic needs assessment to decide where to put its serious "
              "violence funding?",
         "The assessment named five towns with the most violence; 70% of the funding went to them, mostly for "
         "youth workers in emergency departments.",
         "✓✓", "Assured", "A clear link from the assessment to spending."),
        ("2", "How is knife crime in the night-time economy being reduced in Plymouth and Exeter?",
         "Knife arches and search wands are used on Friday and Saturday nights. Knife possession offences in "
         "the two city centres rose by 5% last year.",
         "✓", "Partly assured", "The Commissioner asked to see whether the summer operation reduces offences."),
        ("3", "What data do partners share with the force about violence treated in hospital?",
         "Only one of the four acute trusts shares anonymised assault data; the others are awaiting a data "
         "sharing agreement.",
         "✗", "Not assured", "The Commissioner will write to the trusts' chief executives."),
        ("4", "How are the islands' communities included in the serious violence strategy?",
         "The Isles of Scilly community safety partnership sits on the county group and has its own action "
         "plan.",
         "✓✓", "Assured", ""),
    ]
    rows = [("LOE", "Line of enquiry", "Summary of force response", "Outcome", "Commissioner's comments")]
    for number, question, answer, mark, level, comment in questions:
        rows.append((f"LOE {number}", question, answer, mark, comment))
        pack.decision(question, "Paper A", meeting_date=date, topic=topic, number=number, question=question,
                      evidence=answer, assurance=level, commentary=comment or None)
    pack.add(T(rows=tuple(rows), widths=(7, 28, 36, 9, 20), header_rows=1))
    minuted = [
        ("PAB 28/21", "Commissioner to write to the chief executives of the acute trusts about sharing assault "
         "data.", "Letters sent 27 March; two trusts have agreed to share from June.", "Closed", "complete"),
        ("PAB 28/22", "Force to report on the effect of the summer night-time economy operation.", "Due at the "
         "September meeting.", "Open", "outstanding"),
    ]
    pack.add(P("**Actions:**"),
             Bul(tuple(f"{text} ({ref})" for ref, text, *_ in minuted)))
    for ref, text, update, status, canonical in minuted:
        pack.action(text, "Paper A", meeting_date=date, topic=topic, number=ref, text=text, update=update,
                    status=canonical, status_source="status_column")
    pack.add(Break(), P("Paper B"), H("Action log", 2))
    log = [
        ("PAB 28/09", "18/01/2028", "2028-01-18", "Force to brief the Commissioner on the new crime "
         "recording audit.", "Briefing given on 22 February.", "Closed", "complete"),
        ("PAB 28/12", "18/01/2028", "2028-01-18", "Treasurer to report the cost of the fleet "
         "electrification pilot.", "Report delayed until the pilot's second phase ends in July.", "Open",
         "outstanding"),
    ]
    rows = [("Ref", "Raised", "Action", "Owner", "Update", "Status")]
    for ref, raised, iso, text, update, status, canonical in log:
        rows.append((ref, raised, text, "OPCC", update, status))
        pack.action(text, "Paper B", meeting_date=iso, topic=None, number=ref, text=text, update=update,
                    status=canonical, status_source="status_column")
    for ref, text, update, status, _ in minuted:
        rows.append((ref, "14/03/2028", text, "Force", update, status))
    pack.add(T(rows=tuple(rows), widths=(10, 11, 33, 8, 28, 10), header_rows=1))
    look = render.register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font, landscape=True,
                   margin=54, footer="OPCC Devon, Cornwall and the Isles of Scilly – Performance and "
                                     "Accountability Board")
    data = reportlab_pdf(pack, look)
    return pack.name, data, pack.gold(data)


# --- Surrey: Word->PDF. New: an "Assurance score (1-5)" column, 5 the highest, banded onto the three levels by
# a sentence (4 or 5 assured, 3 partly, 1 or 2 not assured); the tracker's status is a coloured square read
# through a key line of the office's own words.

def surrey() -> tuple[str, bytes, dict]:
    pack = Pack("surrey-pcc-pam-2028-06-20-round39c.pdf", "Surrey Police",
                "Police and Crime Commissioner for Surrey", "Performance and Accountability Meeting", "2028-06-20")
    theme = "Road safety"
    pack.add(P("**Office of the Police and Crime Commissioner for Surrey**"), H(pack.title, 1),
             P("Tuesday 20 June 2028, 10:00 – 12:00, Mount Browne, Guildford (and streamed online)"),
             P(f"**Theme:** {theme}"),
             P("Published: 13 June 2028"), H("Agenda", 2))
    pack.publication_date = "2028-06-13"
    pack.meeting(pack.title, "2028-06-20", theme, pack.title)
    pack.agenda(("Item", "Title", "Presented by"), [
        ("1", "Welcome and apologies", "Commissioner"),
        ("2", "Minutes of the meeting of 18 April 2028", "Commissioner"),
        ("3", "Action tracker", "Head of Performance and Governance, OPCC"),
        ("4", "Road safety: killed and seriously injured casualties", "Chief Inspector, Roads Policing Unit"),
        ("5", "Questions from the public", "Commissioner"),
        ("6", "Date of next meeting", "–"),
    ], (8, 57, 35), presenter_col=2)
    pack.add(Break())
    notes_title = "Minutes of the Performance and Accountability Meeting of 18 April 2028"
    topic = "Neighbourhood policing"
    date = "2028-04-18"
    pack.add(H(notes_title, 2),
             P("Present: Police and Crime Commissioner (Chair); Deputy Police and Crime Commissioner; Chief "
               "Constable; Deputy Chief Constable; Chief Executive, OPCC"),
             H("1. Welcome and apologies", 3), P("There were no apologies."),
             H(f"2. {topic}", 3),
             P("The Assistant Chief Constable, Local Policing, presented the paper. The Commissioner scored "
               "each answer from 1 to 5: a score of 4 or 5 means the Commissioner is assured, 3 that she is "
               "partly assured, and 1 or 2 that she is not assured."))
    pack.meeting(notes_title, date, topic, notes_title, anchor="Present: Police and Crime Commissioner (Chair);")
    questions = [
        ("1", "How many neighbourhood officers were taken away from their teams to cover response shifts in "
              "the last quarter?",
         "Neighbourhood officers covered 1,140 response shifts, 12% of their time, against a limit of 5%.",
         "2", "Not assured", "Abstractions are more than twice the limit the force set itself."),
        ("2", "How do residents find out who their neighbourhood officers are and how to contact them?",
         "Every ward has a page on the force website with named officers, and 38,000 people now receive the "
         "community messaging service.",
         "4", "Assured", "The Commissioner was pleased with the growth of community messaging."),
        ("3", "What difference have the new problem-solving plans made to the places that call the police "
              "most?",
         "Twenty-four plans are open. Six have been evaluated, and four of those show fewer calls.",
         "3", "Partly assured", "More plans need to be evaluated before the approach can be judged."),
        ("4", "How are special constables used in neighbourhood teams?",
         "Specials gave 21,000 hours to neighbourhood teams last year, 30% more than the year before.",
         "5", "Assured", "None."),
    ]
    rows = [("No.", "Question", "Response", "Assurance score (1-5)", "Commissioner's comment")]
    for number, question, answer, score, level, comment in questions:
        rows.append((number, question, answer, score, comment))
        pack.decision(question, "Present: Police and Crime Commissioner (Chair);", meeting_date=date, topic=topic,
                      number=number, question=question, evidence=answer, assurance=level,
                      commentary=None if comment == "None." else comment)
    pack.add(T(rows=tuple(rows), widths=(7, 25, 30, 16, 22), header_rows=1))
    minuted = [
        ("PAM 28/17", "Force to set out how it will bring abstractions of neighbourhood officers back within "
         "its 5% limit.", "Plan presented to the Chief Officer Group; abstractions 7% in May.", AMBER,
         "outstanding"),
        ("PAM 28/18", "Force to share the evaluations of the six completed problem-solving plans.",
         "Evaluations shared on 9 May.", GREEN, "complete"),
    ]
    pack.add(P("**Actions**"))
    for ref, text, *_ in minuted:
        pack.add(P(f"{ref} – {text}"))
    for ref, text, update, _, canonical in minuted:
        pack.action(f"{ref} – {text}", "Present: Police and Crime Commissioner (Chair);", meeting_date=date,
                    topic=topic, number=ref, text=text, update=update, status=canonical,
                    status_source="glyph_colour")
    pack.add(H("3. Date of next meeting", 3), P("20 June 2028."), Break(), H("Action tracker", 2),
             P(f"{{{GREEN}|{SQUARE}}} Closed    {{{AMBER}|{SQUARE}}} Open – on track    "
               f"{{{RED}|{SQUARE}}} Open – behind schedule"))
    log = [
        ("PAM 28/08", "20/02/2028", "2028-02-20", "OPCC to agree a date for the joint road safety summit with "
         "the county council.", "Summit set for 4 October 2028.", GREEN, "complete"),
        ("PAM 28/10", "20/02/2028", "2028-02-20", "Force to report on how many speeding offences caught by "
         "community speedwatch lead to a letter.", "Data not yet available from the new system.", RED,
         "outstanding"),
    ]
    rows = [("Ref", "Date raised", "Action", "Update", "Status")]
    for ref, raised, iso, text, update, colour, canonical in log:
        rows.append((ref, raised, text, update, f"{{{colour}|{SQUARE}}}"))
        pack.action(text, "Action tracker", meeting_date=iso, topic=None, number=ref, text=text, update=update,
                    status=canonical, status_source="glyph_colour")
    for ref, text, update, colour, _ in minuted:
        rows.append((ref, "18/04/2028", text, update, f"{{{colour}|{SQUARE}}}"))
    pack.add(T(rows=tuple(rows), widths=(12, 15, 34, 28, 11), header_rows=1))
    data = word_pdf(pack, header=("Police and Crime Commissioner for Surrey",))
    return pack.name, data, pack.gold(data)


# --- Northamptonshire: reportlab, 4 pp. New: an "Is the Commissioner assured?" column answered Yes / Partly /
# No (one "Deferred"), and a cover report for this meeting's item whose questions have no level yet.

def northamptonshire() -> tuple[str, bytes, dict]:
    pack = Pack("northamptonshire-pfcc-ab-2028-07-11-round39c.pdf", "Northamptonshire Police",
                "Police, Fire and Crime Commissioner for Northamptonshire", "Accountability Board", "2028-07-11")
    pack.add(P("**Police, Fire and Crime Commissioner for Northamptonshire**"), H(pack.title, 1),
             P("Date: 11 July 2028\nTime: 10.00am\nVenue: Darby House, Wellingborough Road, Northampton"),
             H("Agenda", 2))
    # no topic stated and no notes of this meeting: its agenda's one scrutiny item is no topic (docs/gold-format.md)
    pack.meeting(pack.title, "2028-07-11", None, pack.title)
    pack.agenda(("No.", "Item", "Lead"), [
        ("1", "Welcome and apologies", "PFCC"),
        ("2", "Minutes of the meeting held on 9 May 2028", "PFCC"),
        ("3", "Actions update", "Director for Delivery"),
        ("4", "Custody and detainee care", "Superintendent, Criminal Justice"),
        ("5", "Any other business", "All"),
    ], (8, 57, 35), presenter_col=2)
    pack.add(Break())
    notes_title = "Accountability Board – Minutes – 9 May 2028"
    topic = "Recruitment and retention of officers"
    date = "2028-05-09"
    pack.add(H(notes_title, 2),
             P("In attendance: Police, Fire and Crime Commissioner (Chair); Chief Constable; Deputy Chief "
               "Constable; Chief Executive; Director for Delivery; Chief Finance Officer"),
             H("1. Welcome and apologies", 3), P("Apologies were received from the Assistant Chief Constable."),
             H("2. Minutes of the meeting held on 14 March 2028", 3), P("Agreed."),
             H(f"3. {topic}", 3),
             P("The Head of People presented the paper. For each question the Commissioner said whether he was "
               "assured: Yes, Partly or No."))
    pack.meeting(notes_title, date, topic, notes_title, anchor="In attendance: Police, Fire")
    questions = [
        ("1", "How many student officers left the force before completing their probation in 2027/28, and "
              "why?",
         "Sixty-two students left, 14% of the intake. Exit interviews point to the workload of the degree "
         "route and the cost of travel to the university.",
         "Partly", "Partly assured", "The Commissioner asked for the travel support scheme to be costed."),
        ("2", "How does the force plan to keep the officer numbers it has promised the public?",
         "The force is 18 over its target of 1,480 officers and has two intakes planned for the autumn.",
         "Yes", "Assured", "The Commissioner thanked the recruitment team."),
        ("3", "What is the force doing to recruit more detectives?",
         "Twenty-three detective posts are vacant. The direct entry detective scheme has been paused for lack "
         "of tutors.",
         "No", "Not assured", "The Commissioner wants the scheme restarted with a tutor plan."),
        ("4", "How will the new flexible working policy affect the number of officers on shift?",
         "The policy started on 1 April; the force will report its effect after six months.",
         "Deferred", None, "To return to the Board in October."),
    ]
    rows = [("No.", "Question", "Response", "Is the Commissioner assured?", "Comment")]
    for number, question, answer, said, level, comment in questions:
        rows.append((number, question, answer, said, comment))
        pack.decision(question, "In attendance: Police, Fire", meeting_date=date, topic=topic, number=number,
                      question=question, evidence=answer, assurance=level, commentary=comment)
    pack.add(T(rows=tuple(rows), widths=(6, 26, 32, 18, 18), header_rows=1),
             P("Actions AB 28/19 and AB 28/20 were agreed (see actions update)."),
             H("4. Any other business", 3), P("None."), Break())
    pack.add(H("Actions update", 2))
    log = [
        ("AB 28/07", "14/03/2028", "2028-03-14", None, "Chief Finance Officer to report on the cost of "
         "overtime for the summer events programme.", "Reported to the May Board.", "Complete", "complete"),
        ("AB 28/11", "14/03/2028", "2028-03-14", None, "Force to share the results of the culture and "
         "inclusion survey.", "Survey closes on 30 June; results in September.", "Ongoing", "outstanding"),
        ("AB 28/19", "09/05/2028", "2028-05-09", topic, "Force to cost a travel support scheme for student "
         "officers.", "Costed at £140,000 a year; decision at the September Board.", "Ongoing", "outstanding"),
        ("AB 28/20", "09/05/2028", "2028-05-09", topic, "Force to bring a tutor plan to restart the direct "
         "entry detective scheme.", "Plan agreed at the Chief Officer Group on 20 June.", "Complete",
         "complete"),
    ]
    rows = [("Ref", "Meeting", "Action", "Update", "Status")]
    for ref, raised, iso, row_topic, text, update, status, canonical in log:
        rows.append((ref, raised, text, update, status))
        pack.action(text, "Chief Finance Officer to report", meeting_date=iso, topic=row_topic, number=ref,
                    text=text, update=update, status=canonical, status_source="status_column")
    pack.add(T(rows=tuple(rows), widths=(12, 14, 34, 28, 12), header_rows=1), Break())
    pack.add(P("Agenda item 4"), H("Report to the Accountability Board", 2),
             T(rows=(("Report title", "Custody and detainee care"), ("Meeting date", "11 July 2028"),
                     ("Author", "Superintendent, Criminal Justice")), widths=(30, 70)),
             H("Purpose", 3),
             P("To update the Commissioner on the care of detainees in the force's two custody suites."),
             H("Questions for the Chief Constable", 3),
             Bul(("How many detainees waited more than two hours to be booked in during the last quarter?",
                  "How is the force making sure detainees with mental health needs are seen by a nurse?",
                  "What has the independent custody visitors' scheme found this year?")),
             H("Background", 3),
             P("The custody suites held 9,800 detainees in 2027/28. The independent custody visitors made 96 "
               "visits."))
    look = PdfLook(header="OFFICIAL", footer="Accountability Board – 11 July 2028")
    data = reportlab_pdf(pack, look)
    return pack.name, data, pack.gold(data)


# --- Gloucestershire: Word file. New: each question is a small two-column form table (Question / Force
# response / Level of assurance / Commissioner's remarks), the level on the office's own "Reasonable /
# Partial / Minimal" scale keyed in a table before them; the log has a due date and no status column.

def gloucestershire() -> tuple[str, bytes, dict]:
    pack = Pack("gloucestershire-pcc-ab-2028-07-04-round39c.docx", "Gloucestershire Constabulary",
                "Police and Crime Commissioner for Gloucestershire", "Accountability Board", "2028-07-04")
    pack.add(P("**Office of the Police and Crime Commissioner for Gloucestershire**"), H(pack.title, 1),
             P("Tuesday 4 July 2028 at 2.00pm, Waterwells, Quedgeley"), H("Agenda", 2))
    # no topic stated and no notes of this meeting: its agenda's one scrutiny item is no topic (docs/gold-format.md)
    pack.meeting(pack.title, "2028-07-04", None, pack.title)
    pack.agenda(("Item", "Business", "Presented by"), [
        ("1", "Apologies", ""),
        ("2", "Minutes of the Accountability Board of 2 May 2028", "Chair"),
        ("3", "Action log", "Head of Governance, OPCC"),
        ("4", "Missing people", "Detective Superintendent, Public Protection"),
        ("5", "Any other business", ""),
    ], (8, 57, 35), presenter_col=2)
    pack.add(Break())
    notes_title = "Minutes of the Accountability Board held on 2 May 2028"
    topic = "Rape and serious sexual offences"
    date = "2028-05-02"
    pack.add(H(notes_title, 2),
             P("Present: Police and Crime Commissioner (Chair), Chief Constable, Deputy Chief Constable, Chief "
               "Executive OPCC, Head of Governance OPCC"),
             H("1. Apologies", 3), P("None."),
             H("2. Minutes of the last meeting", 3), P("The minutes of 7 March 2028 were agreed."),
             H(f"3. {topic}", 3),
             P("The Detective Chief Inspector for the rape investigation team presented the report. The "
               "Commissioner recorded a level of assurance against each question, on the scale below."),
             T(rows=(("Level", "What it means"),
                     ("Reasonable", "The Commissioner is assured by the answer and the evidence given."),
                     ("Partial", "The Commissioner is partly assured; more work or evidence is needed."),
                     ("Minimal", "The Commissioner is not assured and expects the matter to return.")),
               widths=(20, 80), header_rows=1),
             P("The questions were:"))
    pack.meeting(notes_title, date, topic, notes_title)
    questions = [
        ("1", "How long does it take for a rape investigation to reach a charging decision, and is that time "
              "falling?",
         "The median time from report to charge was 214 days in 2027/28, down from 262 days. The force now "
         "reviews every case at 90 days.",
         "Partial", "Partly assured", "The time is falling but is still too long for victims."),
        ("2", "How many victims withdraw support for an investigation, and what is done to keep them engaged?",
         "Forty-one per cent of victims withdrew in 2027/28. Every victim is now offered an independent sexual "
         "violence adviser at first contact, and 78% accept.",
         "Reasonable", "Assured", "The Commissioner welcomed the take-up of advisers."),
        ("3", "Are digital devices returned to victims within the force's target of one month?",
         "Only 36% of victims' phones were returned within one month. The digital forensics unit has four "
         "vacancies.",
         "Minimal", "Not assured", "The Commissioner asked for a recruitment plan for the unit."),
    ]
    for number, question, answer, said, level, comment in questions:
        pack.add(P(f"**Question {number}**"),
                 T(rows=(("Question", question), ("Force response", answer), ("Level of assurance", f"**{said}**"),
                         ("Commissioner's remarks", comment)), widths=(25, 75),
                   fills={(row, 0): "#f2f2f2" for row in range(4)}),
                 P(""))
        pack.decision(question, notes_title, meeting_date=date, topic=topic, number=number, question=question,
                      evidence=answer, assurance=level, commentary=comment)
    minuted = [
        ("AB 28/15", "Force to provide a recruitment plan for the digital forensics unit.", "2 Aug 2028",
         "Two of the four posts have been filled; interviews for the others will be held in July.",
         "outstanding"),
    ]
    pack.add(P("**Action agreed:** AB 28/15 – Force to provide a recruitment plan for the digital forensics "
               "unit."),
             H("4. Any other business", 3), P("None."), Break(), H("Action log", 2))
    pack.action("AB 28/15 – Force to provide a recruitment plan", notes_title, meeting_date=date, topic=topic,
                number="AB 28/15", text=minuted[0][1], update=minuted[0][3], status="outstanding",
                status_source="inferred_from_update")
    log = [
        ("AB 28/06", "07/03/2028", "2028-03-07", "Chief Executive to publish the Commissioner's response to "
         "the inspection of custody.", "30 Apr 2028", "Response published on 19 April.", "complete"),
        ("AB 28/08", "07/03/2028", "2028-03-07", "Force to report on the cost of policing the summer "
         "festivals.", "4 Jul 2028", "Report will be brought to the September Board once the final invoices "
         "are in.", "outstanding"),
        ("AB 28/09", "07/03/2028", "2028-03-07", "Force to share the findings of the stop and search "
         "scrutiny panel.", "2 May 2028", "Findings shared with the OPCC; no further action.", "complete"),
    ]
    rows = [("Ref", "Date raised", "Action", "Due", "Update")]
    for ref, raised, iso, text, due, update, canonical in log:
        rows.append((ref, raised, text, due, update))
        pack.action(text, None, meeting_date=iso, topic=None, number=ref, text=text, update=update,
                    status=canonical, status_source="inferred_from_update")
    for ref, text, due, update, _ in minuted:
        rows.append((ref, "02/05/2028", text, due, update))
    pack.add(T(rows=tuple(rows), widths=(12, 15, 32, 13, 28), header_rows=1))
    data = word(pack, header=("Police and Crime Commissioner for Gloucestershire – Accountability Board",))
    return pack.name, data, pack.gold(data)


PACKS = (thames_valley, west_mercia, wiltshire, west_yorkshire, cambridgeshire, devon_cornwall, surrey,
         northamptonshire, gloucestershire)


def main(prefixes: list[str]) -> None:
    out = HERE / "gold"
    out.mkdir(exist_ok=True)
    for build in PACKS:
        if prefixes and not any(build.__name__.replace("_", "-").startswith(p) or p in build.__name__
                                for p in prefixes):
            continue
        name, data, gold = build()
        (HERE / name).write_bytes(data)
        (out / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        pages = {t: [r["page"] for r in gold["records"][t]] for t in ("meetings", "assurance_decisions", "actions")}
        print(f"{name}: {len(data)} bytes; pages {pages}")


if __name__ == "__main__":
    main(sys.argv[1:])
