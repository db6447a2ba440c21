"""Scrutiny round 51b (issue 4, held out, then promoted): nine packs of nine offices, written blind.

Each builder call that prints a question, an action row, an agenda row or a meeting heading also
writes its gold record, so gold says what the page says. A PDF record's page is the first page whose
pdfplumber text or table cells hold the start of its key text (a notes meeting's heading is looked for
after the front sheet, whose agenda row may repeat its words); the generator stops if a key is on no
page, or if a word of a PDF table cell is not a word of the source (a word split across lines).
Gold goes to gold/ (it was held out in heldout/, scored in session 14, then promoted in session 15).

    .venv/bin/python samples/corpus/scrutiny-round51b/generate.py [NAME-PREFIX ...]

Word->PDF packs need LibreOffice (soffice), taskset and setarch (../office_pdf.py).
"""

from __future__ import annotations

import io
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import scrutiny_common  # noqa: E402,F401  (puts scrutiny-round3 on sys.path for `render`)
from office_pdf import docx_to_pdf  # noqa: E402
from render import Break, Bul, H, Num, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402
from render import _stable_zip as _stable  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind for held-out round 51b; every record written by the builder call that prints it, "
           "pages found in the PDF's own text, and hand-checked against page images and `scrutiny inspect` "
           "(layout only); the extractors were never run on it.")
WHEN = datetime(2038, 6, 1, 9, 0, 0)

GLYPH_WORDS = {"■", "●", "-", "–", "\uf0b7", "•"}
GREEN, AMBER, RED, GREY = "#00b050", "#ffc000", "#ff0000", "#a6a6a6"


def plain(text: str) -> str:
    """The words of a markup string as printed."""
    text = re.sub(r"\{#[0-9a-fA-F]{6}\|(.*?)\}", r"\1", text)
    text = text.replace("**", "").replace("~~", "")
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Pack:
    """A pack under construction: its blocks and its gold records."""

    name: str
    force: str
    organisation: str
    title: str
    meeting_date: str
    blocks: list = field(default_factory=list)
    records: dict = field(default_factory=lambda: {t: [] for t in (
        "documents", "meetings", "agenda_items", "assurance_decisions", "actions", "grades")})
    keys: dict = field(default_factory=dict)  # id(record) -> (key text to find its page, first page it may be on)
    words: set = field(default_factory=set)  # every word printed in a table cell
    office: str | None = None  # the gold's name of the office where the pack prints its area otherwise (gold-format.md)

    @property
    def is_pdf(self) -> bool:
        return self.name.endswith(".pdf")

    def add(self, *blocks) -> None:
        for block in blocks:
            if isinstance(block, T):
                for row in block.rows:
                    for cell in row:
                        for part in (cell if isinstance(cell, tuple) else (cell,)):
                            for text in (part.items if isinstance(part, Bul) else (part,)):
                                if text is not None:
                                    self.words.update(plain(str(text)).split())
        self.blocks.extend(blocks)

    def record(self, kind: str, key: str | None, page: int | None = None, first_page: int = 1, **fields) -> dict:
        rec = {"page": page if self.is_pdf else None, **fields}
        if self.is_pdf and page is None:
            self.keys[id(rec)] = (key, first_page)
        self.records[kind].append(rec)
        return rec

    def meeting(self, date: str, title: str, topic: str | None, page: int | None = None) -> None:
        """A meeting by its heading. The front sheet's meeting is given page 1; a notes heading's page is looked
        for after the front sheet, whose agenda row may repeat the heading's words (docs/gold-format.md: a
        meeting's page is the page of its own heading)."""
        self.record("meetings", title, page, first_page=2, meeting_date=date, topic=topic,
                    organisation=self.office or self.organisation, title=plain(title))

    def agenda(self, rows: list[tuple[str, str, str | None]]) -> None:
        for number, title, presenter in rows:
            self.record("agenda_items", title, 1 if self.is_pdf else None, meeting_date=self.meeting_date,
                        number=number, title=plain(title), presenter=plain(presenter) if presenter else None)

    def decision(self, date: str, topic: str | None, number: str | None, question: str, evidence: str,
                 assurance: str | None, commentary: str | None) -> None:
        self.record("assurance_decisions", question, None, meeting_date=date, topic=topic, question_number=number,
                    question=plain(question), evidence_summary=plain(evidence), assurance=assurance,
                    commentary=plain(commentary) if commentary else None)

    def action(self, *, text: str, key: str | None = None, page: int | None = None, date: str | None, topic: str | None,
               number: str | None, update: str | None, status: str, status_source: str,
               source: str = "action_tracker") -> None:
        self.record("actions", key or text, page, meeting_date=date, topic=topic, number=number, text=plain(text),
                    update=plain(update) if update else None, status=status, status_source=status_source,
                    source=source)


def _norm(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", text).strip().lower()


def set_pdf_pages(pack: Pack, data: bytes) -> int:
    """Page each keyed record by the first page holding the start of its key; stop on a split cell word."""
    import pdfplumber

    pages: list[str] = []
    vocabulary = {_norm(w).strip(".,;:()'\"") for w in pack.words}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            text = page.extract_text() or ""
            cells = []
            for table in page.extract_tables():
                for row in table:
                    for cell in row:
                        if not cell:
                            continue
                        cells.append(cell)
                        for word in cell.split():
                            w = _norm(word).strip(".,;:()'\"")
                            if w and w not in vocabulary and w not in GLYPH_WORDS:
                                raise SystemExit(f"{pack.name} p{number}: table cell word {word!r} is not a source word: {cell!r}")
            pages.append(_norm(text + "\n" + "\n".join(cells)))
        count = len(pdf.pages)
    for kind in pack.records.values():
        for rec in kind:
            if id(rec) not in pack.keys:
                continue
            key, first_page = pack.keys[id(rec)]
            candidates = list(enumerate(pages, 1))[first_page - 1:]
            start = _norm(plain(key))[:45]
            found = next((n for n, text in candidates if start in text), None)
            if found is None:  # a borderless table's cell: its first line stands between other columns' words
                words = _norm(plain(key)).split()
                found = next((n for n, text in candidates if " ".join(words[:5]) in text), None)
                print(f"  {pack.name}: {' '.join(words[:5])!r} found by its first line on p{found}")
            if found is None:
                raise SystemExit(f"{pack.name}: key {start!r} is on no page")
            rec["page"] = found
    return count


def finish(pack: Pack, data: bytes, pages: int | None, publication_date: str | None = None) -> None:
    doc = {"page": None, "file_type": "pdf" if pack.is_pdf else "docx", "doc_kind": "scrutiny_pack", "status": "ok",
           "publication_date": publication_date, "title": pack.title, "force": pack.force,
           "organisation": pack.office or pack.organisation, "meeting_date": pack.meeting_date}
    if pack.is_pdf:
        doc["pages"] = pages
    pack.records["documents"] = [doc]
    (HERE / pack.name).write_bytes(data)
    gold = {"source_file": pack.name, "expect": "ok", "checked": CHECKED, "records": pack.records}
    (GOLD / f"{pack.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    summary = {t: [r["page"] for r in pack.records[t]] for t in ("assurance_decisions", "actions")}
    print(f"{pack.name}: {len(data)} bytes, {pages} pages; {summary}")


def build_pdf(pack: Pack, look: PdfLook) -> None:
    data = render_pdf(pack.blocks, look, title=pack.title, author=pack.organisation)
    finish(pack, data, set_pdf_pages(pack, data))


def word_file(pack: Pack, header: tuple[str, ...]) -> bytes:
    """The pack as Word saves it: each table's grid columns as wide as its cells (LibreOffice lays a
    table out by its grid, not by the cells' widths)."""
    from docx import Document
    from docx.oxml.ns import qn

    document = Document(io.BytesIO(render_docx(pack.blocks, title=pack.title, author=pack.organisation,
                                               when=WHEN, header=header)))
    for table in document.tables:
        widths = [tc.find(qn("w:tcPr")).find(qn("w:tcW")).get(qn("w:w")) for tc in table._tbl.tr_lst[0].tc_lst]
        if len(widths) == len(table._tbl.tblGrid.gridCol_lst):
            for col, width in zip(table._tbl.tblGrid.gridCol_lst, widths):
                col.set(qn("w:w"), width)
    buffer = io.BytesIO()
    document.save(buffer)
    return _stable(buffer.getvalue())


def build_word_pdf(pack: Pack, header: tuple[str, ...] = ()) -> None:
    data = docx_to_pdf(word_file(pack, header))
    finish(pack, data, set_pdf_pages(pack, data))


def build_docx(pack: Pack, header: tuple[str, ...] = ()) -> None:
    finish(pack, word_file(pack, header), None)


def square(colour: str) -> str:
    return "{%s|■}" % colour


# --- 1. Hampshire and Isle of Wight: Word, Common ------------------------------------------------

def hampshire() -> None:
    pk = Pack("hampshire-iow-pcc-pab-2038-11-17-round51b.docx", "Hampshire and Isle of Wight Constabulary",
              "Police and Crime Commissioner for Hampshire and Isle of Wight", "Police Accountability Board", "2038-11-17",
              office="Police and Crime Commissioner for Hampshire and the Isle of Wight")
    pk.add(P("**Police and Crime Commissioner for Hampshire and Isle of Wight**"), H("Police Accountability Board"),
           P("Date: Wednesday 17 November 2038, 10.00am"), P("Venue: Conference Room 2, Winchester"),
           P("**Theme:** Water and coastal safety"))
    pk.meeting("2038-11-17", "Police Accountability Board", "Water and coastal safety")
    agenda = [("1", "Welcome and apologies", "PCC"),
              ("2", "Minutes and action log of the meeting held on 15 September 2038", "Chief Executive"),
              ("3", "Coastal and water safety", "ACC Local Policing"),
              ("4", "Quarterly performance report", "Deputy Chief Constable"),
              ("5", "Any other business", None)]
    pk.add(T((("No.", "Item", "Lead"),) + tuple((f"{n}.", t, p or "") for n, t, p in agenda), (10, 60, 30),
             header_rows=1))
    pk.agenda(agenda)
    pk.add(Break(), H("Minutes of the Police Accountability Board held on 15 September 2038", 1),
           P("Present: the Police and Crime Commissioner (chair), the Chief Executive, the Chief Constable, "
             "the Assistant Chief Constable (Crime) and the OPCC Policy Officer."),
           H("1. Welcome and apologies", 2), P("Apologies were received from the Deputy Chief Constable."),
           H("2. Minutes of the last meeting", 2), P("The minutes of 21 July 2038 were agreed as a true record."),
           H("3. Hate crime", 2))
    pk.meeting("2038-09-15", "Minutes of the Police Accountability Board held on 15 September 2038", "Hate crime")
    qs = [
        ("How has the Constabulary improved the time taken to make first contact with victims of hate crime?",
         ("First contact within 24 hours rose from 71% to 86% between April and August 2038.",
          "A daily review of new hate crime reports is now held by the local policing inspectors."),
         "Assured", "Assured", "The PCC noted the improvement and asked that it be sustained through the winter."),
        ("What use is made of third-party reporting centres, and how many reports did they pass on in the last year?",
         ("Forty-two centres are registered across the two counties, but eleven passed on no report in 2037/38.",
          "A refresh of the centres' training is planned with the local authorities."),
         "Partially assured", "Partly assured",
         "The PCC wants to see which centres are active before she can be fully assured."),
        ("How are repeat victims of disability hate crime identified and supported?",
         ("Repeat victimisation is flagged on the records system, but the flag is applied inconsistently.",
          "No specific support pathway exists for disabled victims at present."),
         "Not assured", "Not assured",
         "The PCC was concerned that no pathway exists and asked for a plan at the next Board."),
    ]
    for n, (question, bullets, printed, level, comment) in enumerate(qs, 1):
        pk.add(H(f"Question {n}", 3), P(f"**{question}**"), P("*Response:*"), Bul(bullets),
               P(f"**Assurance level:** {printed}"), P(f"**PCC comment:** {comment}"))
        pk.decision("2038-09-15", "Hate crime", str(n), question, " ".join(bullets), level, comment)
    minuted = [("PAB 38/21", "The Constabulary to report the number of reports passed on by each third-party reporting centre.",
                "The figures for each centre were reported to the OPCC on 12 October 2038.", "Complete"),
               ("PAB 38/22", "The Constabulary to present a support pathway for repeat victims of disability hate crime.",
                None, "Not started")]
    pk.add(P("**Actions arising**"), *[P(f"**{ref}:** {text}") for ref, text, _, _ in minuted],
           H("4. Any other business", 2), P("There was no other business."),
           Break(), H("Action log", 2))
    others = [("PAB 38/15", "21/07/2038", "The Constabulary to share its drowning prevention plan with the OPCC.",
               "Head of Operations", "The plan was shared with the OPCC on 2 August 2038.", "Complete", None),
              ("PAB 38/16", "21/07/2038", "The OPCC to review funding for the coastal volunteer patrols.",
               "OPCC Commissioning Lead", "A review is under way and will report in December 2038.", "In progress", None)]
    rows = [("Ref", "Date raised", "Action", "Owner", "Update", "Status")]
    for ref, raised, text, owner, update, status, _ in others:
        rows.append((ref, raised, text, owner, update, status))
        pk.action(text=text, date="2038-07-21", topic=None, number=ref, update=update,
                  status="complete" if status == "Complete" else "outstanding", status_source="status_column")
    for (ref, text, update, status), owner in zip(minuted, ("ACC Crime", "ACC Crime")):
        rows.append((ref, "15/09/2038", text, owner, update or "", status))
        pk.action(text=text, date="2038-09-15", topic="Hate crime", number=ref, update=update,
                  status="complete" if status == "Complete" else "outstanding", status_source="status_column")
    pk.add(T(tuple(rows), (12, 14, 30, 14, 30, 12), header_rows=1))
    build_docx(pk, header=("Police and Crime Commissioner for Hampshire and Isle of Wight",))


# --- 2. Thames Valley: Word->PDF, Common (the reference pack's form) ------------------------------

def thames_valley() -> None:
    pk = Pack("thames-valley-pcc-pam-2038-10-20-round51b.pdf", "Thames Valley Police",
              "Police and Crime Commissioner for Thames Valley", "Public Accountability Meeting", "2038-10-20")
    pk.add(H("Police and Crime Commissioner for Thames Valley", 2), H("Public Accountability Meeting", 1),
           P("**Date: Wednesday 20 October 2038**"), P("**Time: 10:00am - 12:00pm**"),
           P("**Venue: OPCC Boardroom, Kidlington / Teams**"), H("Agenda", 2))
    pk.meeting("2038-10-20", "Public Accountability Meeting", None, page=1)
    agenda = [("1", "Apologies for Absence", "PCC"),
              ("2", "Draft Notes – Public Accountability Meeting (Rural and Wildlife Crime) – 8 September 2038", "PCC"),
              ("3", "Action Tracker 2038/39 – An Update", "PCC"),
              ("4", "Contact Management and 101", "Thames Valley Police"),
              ("5", "Any Other Business", "PCC"),
              ("6", "Date of the next meeting: Wednesday 15 December 2038 Topic: Fraud against Older People", "PCC")]
    pk.add(T((("Item", "", "Presented By"),) + tuple((f"{n}.", t, p) for n, t, p in agenda), (10, 65, 25),
             header_rows=1, bordered=False))
    pk.agenda(agenda)
    heading = "DRAFT NOTES – PUBLIC ACCOUNTABILITY MEETING (RURAL AND WILDLIFE CRIME) – 8 SEPTEMBER 2038"
    pk.add(Break(), P(f"**{heading}**"),
           P("Present: Police and Crime Commissioner (chair); Chief Executive; Chief Constable; Assistant Chief "
             "Constable (Local Policing); Superintendent, Rural and Wildlife Crime; Inspector, Rural Crime Team; "
             "OPCC Policy and Scrutiny Officer; OPCC Performance Analyst."),
           P("The PCC opened the meeting by recalling that rural and wildlife crime had last been scrutinised in "
             "March 2037, when she asked the Force to grow its rural crime team, improve its contact with "
             "farmers and set out how wildlife crime officers are used. The Force's paper had been circulated "
             "in advance and was taken as read; the questions below were put to the Chief Constable and the "
             "Assistant Chief Constable, who answered with the Superintendent for Rural and Wildlife Crime. "
             "Representatives of the farming unions and the county's gamekeepers' association attended as "
             "observers for this item at the PCC's invitation and were thanked for their written submissions."))
    pk.meeting("2038-09-08", heading, "Rural and Wildlife Crime")
    topic = "Rural and Wildlife Crime"
    qs = [
        ("How has the Force's rural crime team changed since its review in 2037, and what difference has it made "
         "to farmers and rural businesses?",
         ("The team now has two sergeants and fourteen constables, up from nine constables in 2037.",
          "Thefts of farm machinery fell by 18% in the year to July 2038.",
          "A rural crime survey of 600 farmers found 58% knew how to contact the team, up from 41%.",
          "The team holds a monthly surgery at each of the five livestock markets in the Force area.",
          "Farm Watch membership grew to 2,300 members, and messages now reach them by text within an hour.",
          "Two rural crime officers are trained drone pilots and patrol remote farms at night.",
          "Marking kits for tools and quad bikes were given to 450 farms at the county shows.",
          "Repeat victims among farmers fell from 96 to 71 over the year.",
          "The team's social media channel now has 9,400 followers, most of them in farming households.",
          "Rural crime now has its own section in the Force's monthly performance report.",
          "Thefts of fuel and heating oil from farms rose by 6%, and a crime prevention leaflet has gone to every "
          "farm on the Force's rural database.",
          "The team met the National Farmers' Union county branch four times in the year."),
         "Assured", "Assured",
         "The PCC welcomed the growth of the team and the rise in its profile among farmers."),
        ("In light of the national wildlife crime priorities, please can the Force set out how it investigates "
         "raptor persecution, hare coursing and the poaching of deer, how many officers are trained as wildlife "
         "crime officers in each local policing area, how their time is protected from response duties, and what "
         "outcomes were achieved for each offence type in the last twelve months, including charges, cautions and "
         "community resolutions?",
         ("Hare coursing reports fell from 412 to 268 after the seizure of eleven dogs and nine vehicles.",
          "Twenty-six officers are trained as wildlife crime officers, but four of the twelve local policing "
          "areas have only one.",
          "Wildlife crime officers spent on average 9% of their shifts on wildlife work; the rest was taken by "
          "response duties.",
          "Raptor persecution cases remain hard to prove: two of the seven reported in 2037/38 were charged.",
          "Deer poaching is recorded under several offence codes, so outcomes cannot yet be reported reliably.",
          "A protected-time pilot for wildlife crime officers will begin in two areas in November 2038.",
          "The Force works with the National Wildlife Crime Unit, the RSPCA and landowners' groups through a "
          "joint tasking meeting every month.",
          "Training for call handlers on rural and wildlife crime was delivered to 140 staff in the spring.",
          "The Force is reviewing the recording of wildlife offences with the crime registrar, and new codes "
          "will be used from January 2039.",
          "Community resolutions were used in three cases of hare coursing where the offenders were under 18.",
          "Cautions were given in five cases of disturbance of nesting birds, all after advice from the unit."),
         "Partly Assured", "Partly assured",
         "The PCC thanked officers for the progress on hare coursing but wants wildlife crime officers' time "
         "protected and deer poaching outcomes reported before she can be fully assured."),
        ("How is the Force working with partners to prevent waste being dumped on farmland?",
         ("Dumped waste is the responsibility of the local authorities, and the Force attends only where there "
          "is a linked crime.",
          "No joint protocol with the councils exists yet."),
         "Not Assured", "Not assured",
         "The PCC asked the Force to agree a joint protocol with the councils and report back."),
    ]
    rows = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    for n, (question, bullets, printed, level, comment) in enumerate(qs, 1):
        rows.append((f"**{n}. {question}**", (Bul(bullets),), (f"**{printed}**", f"*{comment}*")))
        pk.decision("2038-09-08", topic, str(n), question, " ".join(bullets), level, comment)
    pk.add(T(tuple(rows), (34, 44, 22), header_rows=1))
    minuted = ["That the Force report wildlife crime outcomes by offence type once the new crime codes are in use.",
               "That a joint protocol on waste dumped on farmland be agreed with the local authorities."]
    pk.add(P("**Actions**"), Num(tuple(minuted)), Break(), P("**ACTION TRACKER 2038/39**"),
           P(f"{square(GREEN)} = Action Complete"), P(f"{square(RED)} = Action Outstanding"))
    rows = [("Topic", "Action", "Update", "")]
    others = [("That the Force publish its drone deployment figures each quarter.",
               "The first quarterly figures were published on the Force website on 29 July 2038.", GREEN),
              ("That the OPCC be consulted on the Force's new drone policy.",
               "The draft policy will be shared with the OPCC once legal review is finished.", RED)]
    for text, update, colour in others:
        rows.append(("**Drone Use**" if len(rows) == 1 else None, text, update, square(colour)))
        pk.action(text=text, date=None, topic="Drone Use", number=None, update=update,
                  status="complete" if colour == GREEN else "outstanding", status_source="glyph_colour")
    updates = [("New codes are in use from January 2039; the first outcome report is due in March 2039.", RED),
               ("A draft protocol was agreed with the three district councils on 6 October 2038.", GREEN)]
    for i, (text, (update, colour)) in enumerate(zip(minuted, updates)):
        rows.append(("**Rural and Wildlife Crime**" if i == 0 else None, text, update, square(colour)))
        pk.action(text=text, date="2038-09-08", topic=topic, number=str(i + 1), update=update,
                  status="complete" if colour == GREEN else "outstanding", status_source="glyph_colour")
    pk.add(T(tuple(rows), (20, 38, 36, 6), header_rows=1, spans=((1, 0, 2, 1), (3, 0, 2, 1))))
    build_word_pdf(pk)


# --- 3. Merseyside: reportlab landscape, Common ---------------------------------------------------

def merseyside() -> None:
    pk = Pack("merseyside-pcc-sm-2038-11-24-round51b.pdf", "Merseyside Police",
              "Police and Crime Commissioner for Merseyside", "Scrutiny Meeting", "2038-11-24")
    pk.add(P("**Office of the Police and Crime Commissioner for Merseyside**"), H("Scrutiny Meeting", 1),
           P("Date: 24/11/2038, 2.00pm – 4.00pm"), P("**Focus of the meeting:** Serious violence and knife crime"))
    pk.meeting("2038-11-24", "Scrutiny Meeting", "Serious violence and knife crime", page=1)
    agenda = [("1", "Apologies and declarations of interest", "Commissioner", "–"),
              ("2", "Notes and action log of the meeting of 22 September 2038", "Chief of Staff", "SM/38/40"),
              ("3", "Serious violence and knife crime", "ACC Operations", "SM/38/41"),
              ("4", "Any other business", "", "–")]
    pk.add(T((("No.", "Item", "Presenter", "Paper"),) + tuple((n, t, p, pp) for n, t, p, pp in agenda),
             (8, 52, 22, 18), header_rows=1))
    pk.agenda([(n, t, p or None) for n, t, p, _ in agenda])
    heading = "Notes of the Scrutiny Meeting held on 22nd September 2038"
    pk.add(Break(), H(heading, 2),
           P("**1. Apologies.** Apologies were received from the Deputy Chief Constable."),
           P("**2. Notes of the last meeting.** The notes of 21 July 2038 were agreed."),
           H("3. Burglary and robbery", 3))
    pk.meeting("2038-09-22", heading, "Burglary and robbery")
    topic = "Burglary and robbery"
    qs = [("What proportion of residential burglaries were attended within the Force's one-hour standard?",
           "The standard was met in 91% of cases between April and August 2038, against 84% a year earlier.",
           "Assured", "Assured", "The Commissioner thanked the Force for the improvement."),
          ("How is forensic evidence from burglary scenes used to identify repeat offenders?",
           "Scenes examiners attend 78% of burglaries; fingerprint results take on average nine days to return.",
           "Partially assured", "Partly assured", "The Commissioner wants the nine-day wait brought down."),
          ("Why has the charge rate for personal robbery fallen over the last two quarters?",
           "The charge rate fell from 14% to 9%; the Force is still analysing the causes.",
           "Not assured", "Not assured", "The Commissioner asked for the analysis to be shared when complete."),
          ("How many burglary victims were offered target hardening, and how many took it up?",
           "The figures for the scheme are held by the partnership and were not available at the meeting.",
           "Not assessed", None, "Deferred until the partnership's figures are received.")]
    rows = [("No.", "Question", "Response", "Level of assurance", "Comments")]
    for n, (question, response, printed, level, comment) in enumerate(qs, 1):
        rows.append((str(n), question, response, printed, comment))
        pk.decision("2038-09-22", topic, str(n), question, response, level, comment)
    pk.add(T(tuple(rows), (5, 28, 35, 12, 20), header_rows=1))
    minuted = [("SM 38/31", "The Force to share its analysis of the fall in the personal robbery charge rate."),
               ("SM 38/32", "The Force to set a target for the return of fingerprint results from burglary scenes.")]
    pk.add(P("**Actions**"), *[P(f"**{ref}** – {text}") for ref, text in minuted], Break(), H("Action log", 2),
           P(f"Status key: {square(GREEN)} green – complete; {square(AMBER)} amber – in progress; "
             f"{square(RED)} red – overdue."))
    rows = [("Ref", "Raised", "Action", "Update", "Status")]
    fills = {}
    entries = [("SM 38/24", "21.07.38", "2038-07-21", None,
                "The Force to brief the Commissioner on the new county lines tasking process.",
                "The briefing was given on 3 August 2038.", GREEN),
               ("SM 38/25", "21.07.38", "2038-07-21", None,
                "The Force to publish knife arch deployment figures for the summer.",
                "The figures were due in September and have not yet been published.", RED),
               ("SM 38/31", "22.09.38", "2038-09-22", topic, minuted[0][1],
                "The analysis was shared with the Commissioner on 14 October 2038.", GREEN),
               ("SM 38/32", "22.09.38", "2038-09-22", topic, minuted[1][1],
                "A draft target of five working days is being discussed with the forensic provider.", AMBER)]
    for ref, raised, date, t, text, update, colour in entries:
        fills[(len(rows), 4)] = colour
        rows.append((ref, raised, text, update, ""))
        pk.action(text=text, date=date, topic=t, number=ref, update=update,
                  status="complete" if colour == GREEN else "outstanding", status_source="cell_shading")
    pk.add(T(tuple(rows), (10, 9, 35, 36, 10), header_rows=1, fills=fills))
    build_pdf(pk, PdfLook(landscape=True, margin=50))


# --- 4. Staffordshire: reportlab DejaVu Serif, Common -------------------------------------------

def staffordshire() -> None:
    pk = Pack("staffordshire-pfcc-sgb-2038-12-15-round51b.pdf", "Staffordshire Police",
              "Staffordshire Commissioner for Police, Fire and Rescue and Crime", "Strategic Governance Board",
              "2038-12-15")
    pk.add(P("**Staffordshire Commissioner for Police, Fire and Rescue and Crime**"),
           H("Strategic Governance Board", 1), P("Wednesday 15th December 2038, 9.30am"),
           P("**Theme:** Anti-social behaviour"))
    pk.meeting("2038-12-15", "Strategic Governance Board", "Anti-social behaviour", page=1)
    agenda = [("1", "Apologies", "Commissioner"), ("2", "Notes and action log of 13 October 2038", "Chief Executive"),
              ("3", "Anti-social behaviour in town centres", "ACC Local Policing"),
              ("4", "Date of next meeting", None)]
    pk.add(T((("Item", "Title", "Lead"),) + tuple((n, t, p or "–") for n, t, p in agenda), (10, 60, 30),
             header_rows=1))
    pk.agenda(agenda)
    heading = "Notes of the Strategic Governance Board – 13th October 2038"
    pk.add(Break(), H(heading, 2),
           P("Items 1 and 2: apologies were noted and the notes of 11 August 2038 were agreed."),
           H("3. Drug-related harm", 3))
    pk.meeting("2038-10-13", heading, "Drug-related harm")
    topic = "Drug-related harm"
    qs = [("1", "How many drug-related deaths were reviewed jointly with partners in 2037/38?",
           "All 38 deaths were reviewed by the joint panel within three months.",
           "Assured", "Assured", "The Commissioner welcomed the timeliness of the reviews."),
          ("2", "How effective is the out-of-court diversion scheme for possession offences?",
           "Of 512 people referred, 61% completed the course; reoffending data will be ready in spring 2039.",
           "Partly assured", "Partly assured", "The Commissioner wants the reoffending data before a full judgement."),
          ("3", "How many naloxone kits do officers carry on each shift?",
           "Every response vehicle carries two kits; 22 administrations were recorded this year.",
           "For information – no outcome sought", "skip", None),
          ("4", "How does the Force measure disruption of county lines supplying the county?",
           "Lines closed are counted, but the Force has no measure of harm reduced.",
           "Not assured", "Not assured", None)]
    rows = [("Q", "Question", "Force response", "Outcome", "Commissioner's comments")]
    for n, question, response, printed, level, comment in qs:
        rows.append((n, question, response, printed, comment or ""))
        if level != "skip":
            pk.decision("2038-10-13", topic, n, question, response, level, comment)
    pk.add(T(tuple(rows), (5, 25, 29, 17, 24), header_rows=1))
    minuted = [("SGB 38/09", "The Force to report reoffending rates for the diversion scheme when available."),
               ("SGB 38/10", "The Force to propose a measure of harm reduced by county lines disruption.")]
    pk.add(P("**Actions agreed**"), Bul(tuple(f"{ref} – {text}" for ref, text in minuted)), Break(),
           H("Action log", 2))
    rows = [("Ref", "Meeting", "Action", "Progress", "Status")]
    entries = [("SGB 38/04", "11/08/2038", "2038-08-11", None,
                "The Force to share the results of its summer anti-social behaviour operation.",
                "Results were presented to the Commissioner on 8 September 2038.", "Complete"),
               ("SGB 38/05", "11/08/2038", "2038-08-11", None,
                "The Commissioner's office to map youth provision in the three largest towns.",
                "Mapping is half done; the final map is expected in January 2039.", "Ongoing"),
               ("SGB 38/09", "13/10/2038", "2038-10-13", topic, minuted[0][1],
                "Data will be available from the provider in April 2039.", "Ongoing"),
               ("SGB 38/10", "13/10/2038", "2038-10-13", topic, minuted[1][1], "", "Not started")]
    for ref, meeting, date, t, text, update, status in entries:
        rows.append((ref, meeting, text, update, status))
        pk.action(text=text, date=date, topic=t, number=ref, update=update or None,
                  status="complete" if status == "Complete" else "outstanding", status_source="status_column")
    pk.add(T(tuple(rows), (14, 16, 30, 25, 15), header_rows=1))
    build_pdf(pk, register_dejavu_serif())


# --- 5. Leicestershire: Word, New (one decision merged over two questions) ------------------------

def leicestershire() -> None:
    pk = Pack("leicestershire-pcc-cgb-2038-10-12-round51b.docx", "Leicestershire Police",
              "Police and Crime Commissioner for Leicestershire", "Corporate Governance Board", "2038-10-12",
              office="Police and Crime Commissioner for Leicester, Leicestershire and Rutland")
    pk.add(P("**Police and Crime Commissioner for Leicestershire**"), H("Corporate Governance Board", 1),
           P("Date: 12/10/2038, 1.30pm"))
    pk.meeting("2038-10-12", "Corporate Governance Board", None)
    agenda = [("1", "Apologies", "PCC"), ("2", "Notes and actions of 10 August 2038", "Chief Executive"),
              ("3", "Violence in the night-time economy", "Supt Partnerships"),
              ("4", "Digital forensics backlog", "Head of Forensics"), ("5", "Any other business", "All")]
    pk.add(T((("Item", "Title", "Owner"),) + tuple(agenda), (10, 60, 30), header_rows=1))
    pk.agenda(agenda)
    heading = "Notes of the Corporate Governance Board held on 10 August 2038"
    pk.add(H(heading, 1), H("1. Apologies", 2), P("No apologies were received."),
           H("2. Minutes and actions", 2), P("The notes of 13 July 2038 were agreed and the action log reviewed."),
           H("3. Rape and serious sexual offences", 2),
           P("Where the PCC reached one view on closely related questions, the decision is shown once against "
             "those questions."))
    pk.meeting("2038-08-10", heading, "Rape and serious sexual offences")
    topic = "Rape and serious sexual offences"
    qs = [("3.1", "How long does it take on average to download a victim's phone in a rape investigation?",
           "The average time is 19 days, down from 34 days a year ago."),
          ("3.2", "How are victims told when their phone will be returned?",
           "Victims receive a letter with an expected date, but the date is met in only 55% of cases."),
          ("3.3", "What proportion of rape investigations now have a specialist investigator within 48 hours?",
           "All investigations are allocated to the specialist unit within 24 hours."),
          ("3.4", "How many rape cases were discontinued because the victim withdrew support?",
           "The Force could not say how many withdrawals followed delays, as reasons are not recorded.")]
    decisions = {"3.1": ("Partly assured", "the PCC welcomed faster downloads but wants the return date kept.",
                         "Partly assured"),
                 "3.3": ("Assured", "the PCC thanked the specialist unit.", "Assured"),
                 "3.4": ("Not assured", "reasons for withdrawal must be recorded.", "Not assured")}
    rows = [("No.", "Question", "Force response", "PCC decision")]
    for n, question, response in qs:
        source = decisions.get(n, decisions["3.1"])
        cell = f"**{source[0]}** – {source[1]}" if n != "3.2" else None
        rows.append((n, question, response, cell))
        pk.decision("2038-08-10", topic, n, question, response, source[2], source[1])
    pk.add(T(tuple(rows), (7, 30, 35, 28), header_rows=1, spans=((1, 3, 2, 1),)))
    minuted = [("CGB 38/17", "The Force to report how often the promised phone return date is met each month."),
               ("CGB 38/18", "The Force to record why victims withdraw support in rape investigations.")]
    pk.add(P("**Actions agreed:**"), *[P(f"{ref} – {text}") for ref, text in minuted],
           H("4. Any other business", 2), P("None."), Break(), H("Action tracker", 2))
    rows = [("Ref", "Date of Board", "Action", "Update", "Status")]
    entries = [("CGB 38/11", "13/07/2038", "2038-07-13", None,
                "The Force to present the results of the custody staffing review.",
                "The review was presented to the Board on 10 August 2038.", "Closed"),
               ("CGB 38/12", "13/07/2038", "2038-07-13", None,
                "The OPCC to agree a date for the annual victims' survey.",
                "A date will be agreed once the new provider is in place.", "Open"),
               ("CGB 38/17", "10/08/2038", "2038-08-10", topic, minuted[0][1],
                "Monthly figures are now part of the performance pack.", "Closed"),
               ("CGB 38/18", "10/08/2038", "2038-08-10", topic, minuted[1][1],
                "A new field will be added to the records system in November 2038.", "Open")]
    for ref, raised, date, t, text, update, status in entries:
        rows.append((ref, raised, text, update, status))
        pk.action(text=text, date=date, topic=t, number=ref, update=update,
                  status="complete" if status == "Closed" else "outstanding", status_source="status_column")
    pk.add(T(tuple(rows), (12, 14, 34, 30, 10), header_rows=1))
    build_docx(pk, header=("Police and Crime Commissioner for Leicestershire – Corporate Governance Board",))


# --- 6. Durham: reportlab borderless landscape, New (a status dot set in the Ref cell) ----------

def durham() -> None:
    pk = Pack("durham-pcvc-sab-2038-12-08-round51b.pdf", "Durham Constabulary",
              "Police, Crime and Victims' Commissioner for County Durham and Darlington",
              "Scrutiny and Assurance Board", "2038-12-08")
    pk.add(P("**Police, Crime and Victims' Commissioner for County Durham and Darlington**"),
           H("Scrutiny and Assurance Board", 1), P("Wednesday 8 December 2038, 10am"),
           P("**Theme:** Road safety"))
    pk.meeting("2038-12-08", "Scrutiny and Assurance Board", "Road safety", page=1)
    agenda = [("1", "Apologies", "Commissioner"), ("2", "Minutes of 13 October 2038 and action log", "Chief of Staff"),
              ("3", "Road safety and speeding", "Chief Inspector Roads Policing"), ("4", "Any other business", None)]
    pk.add(T((("Item", "Business", "Officer"),) + tuple((n, t, p or "") for n, t, p in agenda), (10, 60, 30),
             header_rows=1, bordered=False))
    pk.agenda(agenda)
    heading = "Minutes of the Scrutiny and Assurance Board held on 13 October 2038"
    pk.add(Break(), H(heading, 2), P("Items 1 to 3 were standing business; the minutes of 18 August 2038 were agreed."),
           H("4. Missing children", 3))
    pk.meeting("2038-10-13", heading, "Missing children")
    topic = "Missing children"
    qs = [("MC1", "How quickly are return home interviews completed after a child is found?",
           "72% are completed within 72 hours; the local authority carries out most of them.",
           "Partially assured", "Partly assured", "The Commissioner wants the remaining interviews tracked."),
          ("MC2", "How are children who go missing from out-of-area placements identified?",
           "A daily list from the placing authorities is checked by the missing persons coordinator.",
           "Assured", "Assured", "The Commissioner thanked the coordinator."),
          ("MC3", "What has the Philomena protocol changed in care homes?",
           "The protocol was relaunched in September; its evaluation will report in January 2039.",
           "Deferred", None, "To be assessed once the evaluation reports."),
          ("MC4", "How many missing episodes involved a child at risk of exploitation?",
           "The Force does not link missing episodes to exploitation flags in a way that can be reported.",
           "Not assured", "Not assured", "The Commissioner asked for the link to be built.")]
    rows = [("Ref", "Question", "Response", "Level of assurance", "Commissioner's comment")]
    for ref, question, response, printed, level, comment in qs:
        rows.append((ref, question, response, printed, comment))
        pk.decision("2038-10-13", topic, ref, question, response, level, comment)
    pk.add(T(tuple(rows), (6, 28, 34, 12, 20), header_rows=1, bordered=False))
    minuted = [("SAB 38/40", "The Force to report missing episodes of children flagged at risk of exploitation."),
               ("SAB 38/41", "The Force to track return home interviews not completed within 72 hours.")]
    pk.add(P("**Actions:**"), Bul(tuple(f"{ref} – {text}" for ref, text in minuted)), Break(), H("Action log", 2),
           P(f"Key: {'{%s|●}' % GREEN} complete   {'{%s|●}' % AMBER} in progress   {'{%s|●}' % RED} overdue "
             "(the dot before each reference)"))
    rows = [("Ref", "Raised", "Action", "Update")]
    entries = [("SAB 38/33", "18/08/2038", "2038-08-18", None,
                "The Force to publish speed enforcement figures by ward.",
                "Ward figures were published on 1 October 2038.", GREEN),
               ("SAB 38/34", "18/08/2038", "2038-08-18", None,
                "The Commissioner's office to consult parish councils on community speed watch.",
                "Consultation closed on 30 September 2038 but the summary is late.", RED),
               ("SAB 38/40", "13/10/2038", "2038-10-13", topic, minuted[0][1],
                "A report is being built and will be ready in the new year.", AMBER),
               ("SAB 38/41", "13/10/2038", "2038-10-13", topic, minuted[1][1],
                "Tracking began on 1 November 2038 and is reported weekly.", GREEN)]
    for ref, raised, date, t, text, update, colour in entries:
        rows.append(("{%s|●} %s" % (colour, ref), raised, text, update))
        pk.action(text=text, date=date, topic=t, number=ref, update=update,
                  status="complete" if colour == GREEN else "outstanding", status_source="glyph_colour")
    pk.add(T(tuple(rows), (14, 12, 38, 36), header_rows=1, bordered=False))
    build_pdf(pk, PdfLook(landscape=True, margin=50))


# --- 7. Wiltshire: Word->PDF, New (the level as the closing line of the response cell) ----------

def wiltshire() -> None:
    pk = Pack("wiltshire-pcc-cmb-2038-11-10-round51b.pdf", "Wiltshire Police",
              "Police and Crime Commissioner for Wiltshire and Swindon", "Commissioner's Monitoring Board",
              "2038-11-10")
    pk.add(P("**Police and Crime Commissioner for Wiltshire and Swindon**"), H("Commissioner's Monitoring Board", 1),
           P("Wednesday 10 November 2038, 2pm, Police Headquarters, Devizes"), P("**Topic:** Retail crime"))
    pk.meeting("2038-11-10", "Commissioner's Monitoring Board", "Retail crime", page=1)
    agenda = [("1", "Apologies", "Commissioner"), ("2", "Notes of 8 September 2038 and action log", "Head of Policy"),
              ("3", "Retail crime and shop theft", "Superintendent Neighbourhoods"),
              ("4", "Any other business", "–")]
    pk.add(T((("Item", "Title", "Presenter"),) + tuple(agenda), (10, 60, 30), header_rows=1))
    pk.agenda([(n, t, None if p == "–" else p) for n, t, p in agenda])
    heading = "Notes of the Commissioner's Monitoring Board – 8th September 2038"
    pk.add(Break(), H(heading, 2), P("Present: the Commissioner, the Chief Constable, the Head of Policy."),
           H("Item 3 – Speeding and road danger", 3),
           P("The Commissioner's conclusion on each question is recorded at the end of the response."))
    pk.meeting("2038-09-08", heading, "Speeding and road danger")
    topic = "Speeding and road danger"
    qs = [("Q1", "How many speed enforcement sessions were held near schools this term?",
           ("Officers and community speed watch teams held 146 sessions near 61 schools.",),
           "Assured", "Assured", "the Commissioner noted the reach of the sessions."),
          ("Q2", "What happens to drivers caught by community speed watch more than once?",
           ("Second-time drivers get a visit from an officer; third-time drivers are considered for prosecution.",
            "Only 40% of second visits took place within a month."),
           "Partly assured", "Partly assured", "visits must happen sooner to have effect."),
          ("Q3", "How does the Force use data from average speed cameras on the A-roads?",
           ("The data belongs to the highways authority and is not shared with the Force routinely.",),
           "Not assured", "Not assured", "a data-sharing agreement is needed.")]
    rows = [("Q", "Question", "Response and conclusion")]
    for ref, question, bullets, printed, level, comment in qs:
        rows.append((ref, question, (Bul(bullets), f"**Commissioner's conclusion:** {printed} – {comment}")))
        pk.decision("2038-09-08", topic, ref.removeprefix("Q"), question, " ".join(bullets), level, comment)
    pk.add(T(tuple(rows), (7, 33, 60), header_rows=1))
    minuted = [("CMB 38/26", "The Force to agree a data-sharing arrangement for average speed camera data."),
               ("CMB 38/27", "The Force to report the time taken to make second community speed watch visits.")]
    pk.add(P("**Actions**"), *[P(f"{ref} – {text}") for ref, text in minuted], Break(), H("Action log", 2))
    rows = [("Ref", "Date", "Action", "Update", "Status")]
    entries = [("CMB 38/19", "14/07/2038", "2038-07-14", None,
                "The Force to brief the Board on its rural speeding campaign.",
                "The briefing was given at the September Board.", "Closed"),
               ("CMB 38/20", "14/07/2038", "2038-07-14", None,
                "The OPCC to fund two further speed indicator devices.",
                "A bid is with the road safety partnership.", "Open"),
               ("CMB 38/26", "08/09/2038", "2038-09-08", topic, minuted[0][1],
                "Draft agreement with the highways authority's lawyers.", "Open"),
               ("CMB 38/27", "08/09/2038", "2038-09-08", topic, minuted[1][1],
                "Figures were reported on 20 October 2038: 68% within a month.", "Closed")]
    for ref, raised, date, t, text, update, status in entries:
        rows.append((ref, raised, text, update, status))
        pk.action(text=text, date=date, topic=t, number=ref, update=update,
                  status="complete" if status == "Closed" else "outstanding", status_source="status_column")
    pk.add(T(tuple(rows), (13, 15, 34, 27, 11), header_rows=1))
    build_word_pdf(pk)


# --- 8. Avon and Somerset: Word->PDF, New (each action's update in a merged row under it) --------

def avon_somerset() -> None:
    pk = Pack("avon-somerset-pcc-pab-2038-10-27-round51b.pdf", "Avon and Somerset Constabulary",
              "Police and Crime Commissioner for Avon and Somerset", "Performance and Accountability Board",
              "2038-10-27")
    pk.add(P("**Avon & Somerset Police & Crime Commissioner**"), H("Performance and Accountability Board", 1),
           P("Wednesday 27 October 2038, 10.00 – 12.30"), P("**Focus of the meeting:** Neighbourhood policing"))
    pk.meeting("2038-10-27", "Performance and Accountability Board", "Neighbourhood policing", page=1)
    agenda = [("1", "Welcome and apologies", "PCC"), ("2", "Notes of 1 September 2038 and action log", "Chief of Staff"),
              ("3", "Neighbourhood policing and visibility", "ACC Neighbourhoods"),
              ("4", "Any other business", None)]
    pk.add(T((("No.", "Item", "Presented by"),) + tuple((n, t, p or "") for n, t, p in agenda), (10, 60, 30),
             header_rows=1))
    pk.agenda(agenda)
    heading = "Notes of the Performance and Accountability Board held on 1 September 2038"
    pk.add(Break(), H(heading, 2), P("1. Apologies were received from the Deputy Chief Constable."),
           P("2. The notes of 21 July 2038 were agreed."), H("3. Stalking and harassment", 3))
    pk.meeting("2038-09-01", heading, "Stalking and harassment")
    topic = "Stalking and harassment"
    qs = [("How many stalking protection orders did the Constabulary apply for in the year to July 2038?",
           "Twenty-three orders were applied for and twenty-one granted, against eight a year earlier.",
           "Assured", "Assured", "The PCC welcomed the rise in orders."),
          ("How are stalking victims kept informed when a suspect is released on bail?",
           "Victims are told by the officer in the case; a check found 15% were not told within a day.",
           "Partly assured", "Partly assured", "The PCC wants every victim told the same day."),
          ("How many officers have completed the advanced stalking course?",
           "Fewer than half of investigators have done the course, and no date is set for the rest.",
           "Not assured", "Not assured", None)]
    rows = [("Question", "Force response", "Outcome", "PCC comment")]
    for n, (question, response, printed, level, comment) in enumerate(qs, 1):
        rows.append((f"{n}. {question}", response, f"**{printed}**", comment or ""))
        pk.decision("2038-09-01", topic, str(n), question, response, level, comment)
    pk.add(T(tuple(rows), (32, 38, 12, 18), header_rows=1))
    minuted = [("PAB/38/27", "The Constabulary to audit bail notifications to stalking victims each quarter."),
               ("PAB/38/28", "The Constabulary to set a date by which all investigators complete the stalking course.")]
    pk.add(P("**Actions agreed**"), Bul(tuple(f"{ref} – {text}" for ref, text in minuted)), Break(),
           H("Action log", 2), P("Each action is followed by its latest update."))
    rows = [("Ref", "Meeting", "Action", "Status")]
    spans = []
    entries = [("PAB/38/21", "21/07/2038", "2038-07-21", None,
                "The Constabulary to present its neighbourhood officer abstraction figures.",
                "Figures were presented at the September Board.", "Complete"),
               ("PAB/38/22", "21/07/2038", "2038-07-21", None,
                "The OPCC to survey residents on police visibility in rural wards.",
                "The survey opens in November 2038.", "Ongoing"),
               ("PAB/38/27", "01/09/2038", "2038-09-01", topic, minuted[0][1],
                "The first audit found all victims told within a day in September.", "Complete"),
               ("PAB/38/28", "01/09/2038", "2038-09-01", topic, minuted[1][1],
                "Training places have been booked but no completion date is set.", "Ongoing")]
    for ref, meeting, date, t, text, update, status in entries:
        rows.append((ref, meeting, text, f"**{status}**"))
        spans.append((len(rows), 0, 1, 4))
        rows.append((f"*Update:* {update}", None, None, None))
        pk.action(text=text, date=date, topic=t, number=ref, update=update,
                  status="complete" if status == "Complete" else "outstanding", status_source="status_column")
    pk.add(T(tuple(rows), (14, 14, 56, 16), header_rows=1, spans=tuple(spans)))
    build_word_pdf(pk, header=("Avon & Somerset Police & Crime Commissioner – OFFICIAL",))


# --- 9. Dyfed-Powys: reportlab landscape, New (an assurance map: component ratings and an overall level)

def dyfed_powys() -> None:
    pk = Pack("dyfed-powys-pcc-pab-2038-12-01-round51b.pdf", "Dyfed-Powys Police",
              "Police and Crime Commissioner for Dyfed-Powys", "Policing Accountability Board", "2038-12-01")
    pk.add(P("**Comisiynydd Heddlu a Throseddu Dyfed-Powys / Police and Crime Commissioner for Dyfed-Powys**"),
           H("Bwrdd Atebolrwydd Plismona / Policing Accountability Board", 1),
           P("Dyddiad / Date: 1 December 2038, 10:00"))
    pk.meeting("2038-12-01", "Bwrdd Atebolrwydd Plismona / Policing Accountability Board", None, page=1)
    pk.records["meetings"][-1]["title"] = "Policing Accountability Board"
    agenda = [("1", "Apologies", "Commissioner"), ("2", "Minutes of 6 October 2038", "Chief Executive"),
              ("3", "Call handling and 101", "Head of Contact"), ("4", "Drug driving", "Chief Inspector Roads"),
              ("5", "Any other business", None)]
    pk.add(T((("No.", "Item", "Presenter"),) + tuple((n, t, p or "") for n, t, p in agenda), (10, 60, 30),
             header_rows=1))
    pk.agenda(agenda)
    heading = "Minutes of the Policing Accountability Board held on 6 October 2038"
    pk.add(Break(), H(heading, 2), P("Items 1 and 2: apologies were noted and the minutes of 11 August 2038 agreed."),
           H("3. Rural crime", 3),
           P("Before the Board, OPCC officers rate the force's **plans**, **delivery** and **outcomes** on each "
             "question G (good), A (some gaps) or R (significant gaps). These ratings inform the Commissioner but "
             "are not his decision: his **overall assurance**, decided at the Board, is the level recorded."))
    pk.meeting("2038-10-06", heading, "Rural crime")
    topic = "Rural crime"
    qs = [("RC1", "How are thefts of quad bikes and farm vehicles investigated?",
           "A dedicated investigator reviews each theft; 31% of stolen vehicles were recovered in 2037/38.",
           ("G", "A", "A"), "Assured", "Assured", "The Commissioner accepted the force's account."),
          ("RC2", "How many rural beats have a named officer who lives or works in the area?",
           "Forty of fifty-two rural beats have a named officer; the rest are covered from towns.",
           ("G", "G", "R"), "Partly assured", "Partly assured", "He wants all beats covered by spring."),
          ("RC3", "How does the force respond to livestock worrying by dogs?",
           "Reports are recorded, but few owners are identified and no guidance has been issued.",
           ("A", "R", "R"), "Not assured", "Not assured", "Guidance must be issued before lambing.")]
    rows = [("Ref", "Question", "Force response", "Plans", "Delivery", "Outcomes", "Overall assurance",
             "Commissioner's comment")]
    for ref, question, response, ratings, printed, level, comment in qs:
        rows.append((ref, question, response, *ratings, f"**{printed}**", comment))
        pk.decision("2038-10-06", topic, ref, question, response, level, comment)
    pk.add(T(tuple(rows), (6, 22, 26, 7, 8, 9, 10, 16), header_rows=1))
    minuted = [("PAB 38/51", "The force to issue guidance to officers on livestock worrying before lambing."),
               ("PAB 38/52", "The force to name an officer for every rural beat.")]
    pk.add(*[P(f"**Action {ref}** – {text}") for ref, text in minuted], Break(),
           H("Log gweithredu / Action log", 2))
    rows = [("Ref", "Meeting", "Action", "Update", "Status")]
    entries = [("PAB 38/44", "11/08/2038", "2038-08-11", None,
                "The force to share its summer roads policing plan.", "Shared with the OPCC on 20 August 2038.",
                "Complete"),
               ("PAB 38/45", "11/08/2038", "2038-08-11", None,
                "The OPCC to visit the new rural hub in Llandrindod Wells.", "Visit planned for January 2039.",
                "Open"),
               ("PAB 38/51", "06/10/2038", "2038-10-06", topic, minuted[0][1],
                "Guidance was issued to all officers on 4 November 2038.", "Complete"),
               ("PAB 38/52", "06/10/2038", "2038-10-06", topic, minuted[1][1],
                "Forty-six beats now have a named officer.", "Open")]
    for ref, meeting, date, t, text, update, status in entries:
        rows.append((ref, meeting, text, update, status))
        pk.action(text=text, date=date, topic=t, number=ref, update=update,
                  status="complete" if status == "Complete" else "outstanding", status_source="status_column")
    pk.add(T(tuple(rows), (12, 12, 36, 28, 12), header_rows=1))
    build_pdf(pk, PdfLook(landscape=True, margin=46))


PACKS = {"hampshire": hampshire, "thames-valley": thames_valley, "merseyside": merseyside,
         "staffordshire": staffordshire, "leicestershire": leicestershire, "durham": durham,
         "wiltshire": wiltshire, "avon-somerset": avon_somerset, "dyfed-powys": dyfed_powys}


def main(prefixes: list[str]) -> None:
    GOLD.mkdir(exist_ok=True)
    for name, build in PACKS.items():
        if not prefixes or any(name.startswith(p) for p in prefixes):
            build()


if __name__ == "__main__":
    main(sys.argv[1:])
