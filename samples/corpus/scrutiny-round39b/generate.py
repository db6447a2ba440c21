"""Held-out scrutiny round 39b: eight packs of northern, midlands and Welsh PCC / mayoral offices,
with their gold in gold/ (held out and scored in session 9, then promoted).

    .venv/bin/python samples/corpus/scrutiny-round39b/generate.py [NAME-PREFIX ...]

The builder call that prints a question, an action, an agenda row or a meeting heading also writes
its gold record. A PDF record's page is the first page (from the page its section starts on) whose
text or table cells hold the first 40 letters of its key text; the generator stops if a key is on
no page. Word files' records have page null. Needs LibreOffice for the Word-made PDFs.
"""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import datetime
from pathlib import Path

import pdfplumber
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import getRegisteredFontNames, registerFont, stringWidth
from reportlab.pdfbase.ttfonts import TTFont

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import scrutiny_common  # noqa: E402,F401  (puts scrutiny-round3 on sys.path for `render`)
from office_pdf import docx_to_pdf  # noqa: E402
from docx import Document  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from render import Break, Bul, H, Num, P, PdfLook, T, _stable_zip, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GREEN, AMBER, RED = "#00b050", "#ffc000", "#ff0000"
CHECKED = "Written blind for held-out round 39b; every record hand-checked by the round's writer against the rendered pages and `scrutiny inspect` (layout only); the extractors were not run."
TYPES = ("documents", "meetings", "agenda_items", "assurance_decisions", "actions", "grades")


def _plain(text: str) -> str:
    """Markup removed: what the page prints."""
    text = re.sub(r"\{#[0-9a-fA-F]{6}\|(.*?)\}", r"\1", text)
    return text.replace("***", "").replace("**", "").replace("*", "").replace("~~", "")


class Pack:
    """Blocks of one pack and the gold records written as they are printed."""

    def __init__(self, name: str, *, force: str, organisation: str, title: str, meeting_date: str,
                 publication_date: str | None = None) -> None:
        self.name = name
        self.is_pdf = name.endswith(".pdf")
        self.blocks: list = []
        self.records: dict[str, list[dict]] = {t: [] for t in TYPES}
        self.keys: list[tuple[dict, str, int]] = []  # record, key text, section index
        self.section = 0
        self.document = {"page": None, "file_type": "pdf" if self.is_pdf else "docx", "doc_kind": "scrutiny_pack",
                         "status": "ok", "publication_date": publication_date, "title": title, "force": force,
                         "organisation": organisation, "meeting_date": meeting_date}
        self.records["documents"].append(self.document)
        self.organisation = organisation

    def add(self, *blocks) -> None:
        self.blocks.extend(blocks)

    def new_section(self) -> None:
        """A page break: records after it are looked for from the next page on."""
        self.blocks.append(Break())
        self.section += 1

    def _keep(self, type_: str, record: dict, key: str, section: int | None = None) -> dict:
        record = {"page": None, **record}
        self.records[type_].append(record)
        self.keys.append((record, _plain(key), self.section if section is None else section))
        return record

    def meeting(self, date: str, title: str, topic: str | None) -> None:
        self._keep("meetings", {"meeting_date": date, "topic": topic, "organisation": self.organisation,
                                "title": _plain(title)}, title)

    def agenda(self, date: str, number: str, title: str, presenter: str | None) -> None:
        self._keep("agenda_items", {"meeting_date": date, "number": number, "title": _plain(title),
                                    "presenter": presenter}, title)

    def decision(self, *, date: str, topic: str | None, number: str | None, question: str, evidence: str,
                 assurance: str | None, commentary: str | None) -> None:
        self._keep("assurance_decisions", {"meeting_date": date, "topic": topic, "question_number": number,
                                           "question": _plain(question), "evidence_summary": _plain(evidence),
                                           "assurance": assurance,
                                           "commentary": _plain(commentary) if commentary else None}, question)

    def action(self, *, date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
               status: str, status_source: str, source: str, minuted_in: int | None = None) -> dict:
        """``minuted_in``: the section whose notes minute the action (its page is where it is minuted)."""
        return self._keep("actions", {"meeting_date": date, "topic": topic, "number": number, "text": _plain(text),
                                      "update": _plain(update) if update else None, "status": status,
                                      "status_source": status_source, "source": source}, text, minuted_in)

    def finish(self, data: bytes) -> dict:
        if self.is_pdf:
            pages = _page_texts(data)
            self.document["pages"] = len(pages)
            starts = _section_starts(pages, self.keys)
            for record, key, section in self.keys:
                record["page"] = _find(pages, key, starts[section], self.name)
        return self.records


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _page_texts(data: bytes) -> list[str]:
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            text = page.extract_text() or ""
            for table in page.extract_tables():
                text += " ".join(c or "" for row in table for c in row)
            out.append(_squash(text))
    return out


def _find(pages: list[str], key: str, first: int, name: str) -> int:
    wanted = _squash(key)[:40]
    for index in range(first, len(pages)):
        if wanted in pages[index]:
            return index + 1
    raise SystemExit(f"{name}: key {key[:60]!r} on no page from {first + 1}")


def _section_starts(pages: list[str], keys: list[tuple[dict, str, int]]) -> dict[int, int]:
    """Each section's first page: the page of the first key of the section, searched from the
    page after the previous section's start."""
    starts: dict[int, int] = {0: 0}
    for _, key, section in keys:
        if section not in starts:
            previous = max(starts.values()) + 1  # a section opens on a new page
            starts[section] = _find(pages, key, previous, "section") - 1
    for section in range(max(starts) + 1):
        starts.setdefault(section, starts[section - 1] if section else 0)
    return starts


def _check_widths(pack: Pack, page_width: float, bold_font: str, size: float) -> None:
    """Refuse a table column too narrow for one of its words (the renderer would split the word)."""
    for block in pack.blocks:
        if not isinstance(block, T):
            continue
        total = sum(block.widths)
        needed = list(block.widths)
        for row in block.rows:
            for col, cell in enumerate(row):
                if cell is None:
                    continue
                parts = cell if isinstance(cell, tuple) else (cell,)
                room = page_width * block.widths[col] / total - 12 - (14 if any(isinstance(x, Bul) for x in parts) else 0)
                words = " ".join(" ".join(x.items) if isinstance(x, Bul) else str(x) for x in parts).split()
                extra = 12 + (14 if any(isinstance(x, Bul) for x in parts) else 0)
                for word in words:
                    width = stringWidth(_plain(word), bold_font, size)
                    if width > room:
                        needed[col] = max(needed[col], round((width + extra) * total / page_width + 0.5))
        if needed != list(block.widths):
            raise SystemExit(f"{pack.name}: a table's columns {block.widths} are too narrow for their words; "
                             f"at least {tuple(needed)}")


def _pdf(pack: Pack, look: PdfLook) -> bytes:
    _check_widths(pack, (A4[1] if look.landscape else A4[0]) - 2 * look.margin, look.bold_font, look.cell_size)
    return render_pdf(pack.blocks, look, pack.document["title"], pack.organisation)


def _docx(pack: Pack, header: tuple[str, ...] = ()) -> bytes:
    # LibreOffice lays Arial out in DejaVu Sans here, wider than Arial: check against the wider face
    if "DejaVuSans-Bold" not in getRegisteredFontNames():
        registerFont(TTFont("DejaVuSans-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    _check_widths(pack, 170 / 25.4 * 72, "DejaVuSans-Bold", 10)
    data = render_docx(pack.blocks, title=pack.document["title"], author=pack.organisation,
                       when=datetime(2026, 9, 1, 9, 0, 0), header=header)
    return _grid_widths(data)


def _grid_widths(data: bytes) -> bytes:
    """Each table's grid columns set to its cells' widths, as Word writes them (LibreOffice lays a
    table out by its grid, not by its cells)."""
    document = Document(io.BytesIO(data))
    for table in document.tables:
        first_row = table.rows[0]._tr
        widths = [tc.tcPr.find(qn("w:tcW")).get(qn("w:w")) for tc in first_row.findall(qn("w:tc"))]
        spans = [int(tc.tcPr.find(qn("w:gridSpan")).get(qn("w:val"))) if tc.tcPr.find(qn("w:gridSpan")) is not None else 1
                 for tc in first_row.findall(qn("w:tc"))]
        if any(span > 1 for span in spans):
            continue
        for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            col.set(qn("w:w"), width)
    buffer = io.BytesIO()
    document.save(buffer)
    return _stable_zip(buffer.getvalue())


def bullets(*items: str) -> tuple:
    return (Bul(items),)


# --- 1. Merseyside: the reference pack's form (Word -> PDF) ----------------------------------------

def merseyside() -> tuple[bytes, Pack]:
    date = "2028-05-10"
    p = Pack("merseyside-pcc-sm-2028-05-10-round39b.pdf", force="Merseyside Police",
             organisation="Police and Crime Commissioner for Merseyside", title="Scrutiny Meeting", meeting_date=date)
    p.add(P("**Police and Crime Commissioner for Merseyside**"), P("Mather Avenue, Allerton, Liverpool"))
    p.add(H("Police and Crime Commissioner for Merseyside", 1))
    p.meeting(date, "Scrutiny Meeting", "Knife crime and serious violence")
    p.add(H("Scrutiny Meeting", 2), P("**Date:** Wednesday 10 May 2028"), P("**Time:** 10:00am – 12:00pm"),
          P("**Venue:** OPCC Boardroom / Microsoft Teams"), P("**Theme:** Knife crime and serious violence"), H("Agenda", 2))
    rows = [("1.", "Apologies for absence", "PCC"),
            ("2.", "Draft notes – Scrutiny Meeting (Retail crime) – 5 April 2028", "PCC"),
            ("3.", "Scrutiny actions 2027/28 – an update", "OPCC Scrutiny Officer"),
            ("4.", "Knife crime and serious violence", "Merseyside Police"),
            ("5.", "Any other business", "PCC"),
            ("6.", "Date of the next meeting: Wednesday 14 June 2028", "PCC")]
    for number, title, lead in rows:
        p.agenda(date, number.rstrip("."), title, lead)
    p.add(T((("Item", "Title", "Presented by"),) + tuple(rows), widths=(14, 108, 48), header_rows=1))
    p.new_section()
    notes = "DRAFT NOTES – SCRUTINY MEETING (RETAIL CRIME) – 5 APRIL 2028"
    p.meeting("2028-04-05", notes, "Retail crime")
    p.add(P(f"**{notes}**"))
    prev, topic = "2028-04-05", "Retail crime"
    questions = [
        ("1. How has the force's response to shop theft changed since the retail crime action plan was adopted, and what difference has it made to victims?",
         ("Every report of shop theft with CCTV or a named suspect is now allocated for investigation.",
          "Charge and summons outcomes for shop theft rose from 11% to 19% over the year to March 2028.",
          "A retail crime single point of contact sits in each of the five local policing areas."),
         "Assured", "The PCC welcomed the rise in charges and the visible contact points for retailers."),
        ("2. What is the force doing to protect shop workers from violence and abuse?",
         ("Assaults on shop workers are flagged on the crime system and reviewed daily by a sergeant.",
          "Body-worn video loan schemes are running with two supermarket chains.",
          "Only 38% of victims who reported abuse were contacted within 24 hours during the audit."),
         "Partly Assured", "The PCC asked that contact within 24 hours becomes the standard and is reported back."),
        ("3. How does the force identify and manage the most prolific retail offenders?",
         ("A list of the 40 most prolific offenders is kept, but it is not shared with the business crime partnership.",
          "Criminal behaviour orders have been sought in six cases; none have yet been granted."),
         "Not Assured", "The PCC was concerned that the list is not used with partners and asked for a plan within two months."),
    ]
    table = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    for question, evidence, level, comment in questions:
        table.append((f"**{question}**", bullets(*evidence), (f"**{level}**", f"*{comment}*")))
        number, text = question.split(". ", 1)
        p.decision(date=prev, topic=topic, number=number, question=text, evidence=" ".join(evidence),
                   assurance={"Assured": "Assured", "Partly Assured": "Partly assured", "Not Assured": "Not assured"}[level],
                   commentary=comment)
    p.add(T(tuple(table), widths=(55, 80, 40), header_rows=1))
    minuted = ["That the force shares its list of prolific retail offenders with the business crime partnership, subject to an information sharing agreement.",
               "That victim contact times for assaults on shop workers are reported to the next Scrutiny Meeting."]
    p.add(P("**Actions**"), Num(tuple(minuted)))
    p.new_section()
    p.add(H("Scrutiny Action Tracker 2027/28", 2),
          P(f"{{{GREEN}|■}} = Action Complete      {{{RED}|■}} = Action Outstanding"))
    tracker = [
        ("Road safety", "SM 28/02", "That the force provides the number of fixed penalty notices issued for mobile phone use while driving in 2027.", "Figures provided to the OPCC on 20 March 2028.", True),
        (None, "SM 28/03", "That a joint road safety campaign with the fire and rescue service is scoped for the summer.", "Scoping meeting arranged for June 2028.", False),
        ("Retail crime", "SM 28/07", minuted[0], "An information sharing agreement is being drafted by the force's data protection officer.", False),
        (None, "SM 28/08", minuted[1], "Victim contact figures are included in this month's performance report.", True),
    ]
    rows, fills, spans = [("Topic", "Ref", "Action", "Update", "Status")], {}, []
    for i, (topic_cell, ref, text, update, done) in enumerate(tracker, start=1):
        rows.append((f"**{topic_cell}**" if topic_cell else None, ref, text, update,
                     f"{{{GREEN if done else RED}|■}}"))
        if topic_cell:
            spans.append((i, 0, 2, 1))
        row_topic = tracker[i - 1 if topic_cell else i - 2][0]
        from_notes = text in minuted
        p.action(date=prev if from_notes else None, topic=row_topic, number=ref, text=text, update=update,
                 status="complete" if done else "outstanding", status_source="glyph_colour", source="action_tracker",
                 minuted_in=1 if from_notes else None)
    p.add(T(tuple(rows), widths=(26, 22, 58, 50, 18), header_rows=1, spans=tuple(spans)))
    p.new_section()
    p.add(H("Report of the Chief Constable", 2), P("**Report title:** Knife crime and serious violence"),
          P("**Meeting date:** 10 May 2028"), H("Purpose of the report", 3),
          P("To update the Commissioner on the force's work with the Violence Reduction Partnership to reduce knife crime, and on the use of stop and search in the hotspot areas."),
          H("Questions for the Chief Constable", 3),
          Bul(("How has knife-enabled crime changed across the county over the last twelve months?",
               "How does the force judge whether hotspot patrols are reducing violence rather than moving it?",
               "What is being done with schools to prevent young people carrying knives?")))
    data = docx_to_pdf(_docx(p, header=("Police and Crime Commissioner for Merseyside – Scrutiny Meeting",)))
    return data, p


def agenda_table(p: Pack, date: str, header: tuple[str, ...], rows: list[tuple], widths: tuple[float, ...],
                 presenter_col: int | None = 2) -> None:
    """An agenda table; column 0 the number, 1 the title; "–" or "" presenters are none."""
    for row in rows:
        lead = row[presenter_col] if presenter_col is not None else None
        p.agenda(date, row[0].rstrip("."), row[1], lead if lead not in ("", "–") else None)
    p.add(T((header,) + tuple(rows), widths=widths, header_rows=1))


# --- 2. West Mercia: an "Assurance level" column (Word file) ---------------------------------------

def west_mercia() -> tuple[bytes, Pack]:
    date, prev = "2028-04-19", "2028-03-15"
    p = Pack("west-mercia-pcc-hta-2028-04-19-round39b.docx", force="West Mercia Police",
             organisation="Police and Crime Commissioner for West Mercia", title="Holding to Account Meeting",
             meeting_date=date)
    p.add(H("Holding to Account Meeting", 1))
    p.meeting(date, "Holding to Account Meeting", "Contact and response")
    p.add(P("**Date:** Wednesday 19 April 2028, 1.30pm"), P("**Location:** Hindlip Park, Worcester"),
          P("**Focus of the meeting:** Contact and response"), H("Agenda", 2))
    agenda_table(p, date, ("No.", "Item", "Lead"), [
        ("1", "Welcome, introductions and apologies", "PCC"),
        ("2", "Notes and action log of the meeting held on 15 March 2028", "Head of Assurance"),
        ("3", "999 and 101 call handling performance", "Superintendent, Operations Communications Centre"),
        ("4", "Attendance times in rural areas", "Chief Superintendent, Local Policing"),
        ("5", "Any other business", "–"),
    ], widths=(14, 98, 58))
    p.new_section()
    title = "Notes of the Holding to Account Meeting held on 15 March 2028"
    p.add(H(title, 2))
    p.meeting(prev, title, "Rural and business crime")
    p.add(P("**Present:** Police and Crime Commissioner (Chair); Deputy Chief Constable; Chief Executive (OPCC); Head of Assurance (OPCC); Superintendent, Rural Crime Team."),
          H("1. Apologies and notes of the last meeting", 3),
          P("Apologies were received from the Chief Constable. The notes of the meeting of 9 February 2028 were agreed."),
          H("2. Rural and business crime", 3),
          P("The Superintendent presented the force's paper. The PCC's questions, the force's responses and the level of assurance the PCC took from each are recorded below."))
    topic = "Rural and business crime"
    qs = [
        ("1", "How many officers in the Rural Crime Team are trained in wildlife and heritage crime, and how are they deployed?",
         "Fourteen officers are trained, two in each policing area, and a further six will finish training by June. They are deployed by the rural crime coordinator against the monthly tasking plan.",
         "Assured", "The PCC thanked the team for the visible patrols at livestock markets."),
        ("2", "What is the force doing to reduce the theft of farm machinery and GPS units?",
         "Thefts of GPS units fell by 21% after the marking events with the farmers' union. Machinery theft is level. Cross-border work with neighbouring forces is informal.",
         "Partially assured", "The PCC asked for the cross-border arrangements to be set out in writing."),
        ("3", "How are rural businesses kept informed of crime trends in their area?",
         "Rural business watch alerts are sent by the community messaging system, but only 1,900 of an estimated 7,000 rural businesses have signed up.",
         "Not assured", "The PCC was not assured that the reach of the alerts is enough and asked for a plan to raise sign-up."),
        ("4", "How does the force record and review crimes against rural businesses as a category?",
         "A rural crime flag is applied by the crime bureau. A monthly dip sample of 30 crimes checks the flag is applied.",
         "Partially assured", ""),
    ]
    rows = [("No.", "Question", "Response", "Assurance level", "PCC comment")]
    for number, q, r, level, comment in qs:
        rows.append((number, q, r, level, comment))
        p.decision(date=prev, topic=topic, number=number, question=q, evidence=r,
                   assurance="Partly assured" if level == "Partially assured" else level, commentary=comment or None)
    p.add(T(tuple(rows), widths=(12, 44, 54, 26, 34), header_rows=1))
    minuted = [("HTA 28/11", "Superintendent, Rural Crime Team to set out the cross-border working arrangements with neighbouring forces in writing.",
                None, "Open", "outstanding"),
               ("HTA 28/12", "Head of Corporate Communications to bring a plan to raise sign-up to rural business watch alerts.",
                "Draft plan shared with the OPCC on 10 April 2028; to be presented at the May meeting.", "In progress", "outstanding")]
    p.add(P("**Actions arising**"))
    for ref, text, *_ in minuted:
        p.add(P(f"**{ref}:** {text}"))
    p.add(H("3. Any other business", 3), P("None."))
    p.new_section()
    p.add(H("Action log", 2))
    log = [("HTA 27/41", "12 December 2027", "Deputy Chief Constable to circulate the revised call handling standard operating procedure.",
            "Deputy Chief Constable", "Circulated on 5 January 2028.", "Complete", "complete", "2027-12-12"),
           ("HTA 28/03", "9 February 2028", "Head of Finance to report the cost of the rural vehicle replacement programme.",
            "Head of Finance", "Costs to be confirmed after the fleet review in April.", "In progress", "outstanding", "2028-02-09"),
           ("HTA 28/05", "9 February 2028", "Force Crime Registrar to brief the PCC on the outcome of the crime data integrity audit.",
            "Force Crime Registrar", "", "Not started", "outstanding", "2028-02-09")]
    rows = [("Ref", "Date raised", "Action", "Owner", "Update", "Status")]
    for ref, raised, text, owner, update, status, value, iso in log:
        rows.append((ref, raised, text, owner, update, status))
        p.action(date=iso, topic=None, number=ref, text=text, update=update or None, status=value,
                 status_source="status_column", source="action_tracker")
    for ref, text, update, status, value in minuted:
        owner = text.split(" to ", 1)[0]
        rows.append((ref, "15 March 2028", text, owner, update or "", status))
        p.action(date=prev, topic=topic, number=ref, text=text, update=update, status=value,
                 status_source="status_column", source="action_tracker", minuted_in=1)
    p.add(T(tuple(rows), widths=(18, 26, 41, 40, 30, 25), header_rows=1))
    return _docx(p, header=("Police and Crime Commissioner for West Mercia", "Holding to Account Meeting – 19 April 2028")), p


# --- 3. Dyfed-Powys: two items, a deferred level, a log with no status column (reportlab) ----------

def dyfed_powys() -> tuple[bytes, Pack]:
    date, prev = "2028-06-07", "2028-05-03"
    p = Pack("dyfed-powys-pcc-pab-2028-06-07-round39b.pdf", force="Dyfed-Powys Police",
             organisation="Police and Crime Commissioner for Dyfed-Powys", title="Policing Accountability Board",
             meeting_date=date)
    p.add(P("**Comisiynydd Heddlu a Throseddu Dyfed-Powys / Police and Crime Commissioner for Dyfed-Powys**"),
          H("Bwrdd Atebolrwydd Plismona / Policing Accountability Board", 1))
    p.meeting(date, "Policing Accountability Board", None)
    p.add(P("Dydd Mercher 7 Mehefin 2028 / Wednesday 7 June 2028, 10:00"), P("Pencadlys yr Heddlu, Caerfyrddin / Police Headquarters, Carmarthen"),
          H("Agenda", 2))
    agenda_table(p, date, ("No.", "Item", "Presenter"), [
        ("1", "Apologies and declarations of interest", "Commissioner"),
        ("2", "Minutes of the meeting held on 3 May 2028 and action log", "Chief Executive"),
        ("3", "Quarterly performance report", "Deputy Chief Constable"),
        ("4", "Violence against women and girls", "Assistant Chief Constable"),
        ("5", "Roads policing and rural road safety", "Superintendent, Roads Policing"),
        ("6", "Any other business", ""),
    ], widths=(12, 108, 50))
    p.new_section()
    title = "Minutes of the Policing Accountability Board held on 3 May 2028"
    p.add(H(title, 2))
    p.meeting(prev, title, None)
    p.add(P("**Present:** Commissioner (Chair), Chief Constable, Deputy Chief Constable, Chief Executive, Head of Policy and Accountability."),
          H("1. Apologies", 3), P("Apologies were received from the Chief Finance Officer."),
          H("2. Minutes and action log", 3), P("The minutes of 5 April 2028 were agreed as a true record. The action log is at Appendix A."),
          P("For items 4 and 5 the Commissioner recorded her level of assurance against each question: Assured, Partially assured or Not assured."))
    items = [
        ("4. Domestic abuse", "Domestic abuse", [
            ("DA1", "How quickly are high-risk domestic abuse victims contacted by a specialist officer after the first report?",
             "Median time to contact was 19 hours in the last quarter, against a target of 24 hours. Out-of-hours cover is provided by the on-call detective sergeant.",
             "Assured", "The Commissioner noted the improvement since the autumn."),
            ("DA2", "What proportion of domestic abuse arrests lead to a charge, and what is being done where the victim withdraws support?",
             "The charge rate is 17%. Evidence-led prosecutions were pursued in 9 cases, but body-worn video was not used in a third of the cases reviewed.",
             "Partially assured", "The Commissioner asked for the use of body-worn video at domestic abuse incidents to be audited."),
            ("DA3", "How are domestic violence protection orders monitored once granted?",
             "The force could not yet report breaches of orders, as the new recording system goes live in June.",
             "Not assessed – deferred to the July Board", "To be assessed once breach data is available."),
        ], [("PAB 28/19", "Deputy Chief Constable to arrange an audit of the use of body-worn video at domestic abuse incidents.",
             "Audit completed on 26 May 2028; findings reported to the Commissioner.", "complete")]),
        ("5. Drug driving", "Drug driving", [
            ("DD1", "How many roadside drug tests were carried out in the last year, and how many were positive?",
             "2,310 tests were carried out and 41% were positive. Testing is highest in the summer operation.",
             "Assured", ""),
            ("DD2", "How long does the force wait for toxicology results, and how does this affect prosecutions?",
             "The average wait is 14 weeks. Eleven cases were discontinued because results came after the time limit.",
             "Not assured", "The Commissioner will raise the delays with the forensic provider and asked the force to report discontinued cases quarterly."),
        ], [("PAB 28/20", "Head of Roads Policing to report discontinued drug driving cases to each quarterly Board.",
             "First report is scheduled for the July Board.", "outstanding")]),
    ]
    for heading, topic, qs, acts in items:
        p.add(H(heading, 3))
        rows = [("Ref", "Question", "Response", "Level of assurance", "Comments")]
        for ref, q, r, level, comment in qs:
            rows.append((ref, q, r, level, comment))
            value = {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}.get(level)
            p.decision(date=prev, topic=topic, number=ref, question=q, evidence=r, assurance=value,
                       commentary=comment or None)
        p.add(T(tuple(rows), widths=(14, 44, 56, 26, 40), header_rows=1))
        for ref, text, *_ in acts:
            p.add(P(f"**Action {ref} –** {text}"))
    p.add(H("6. Any other business", 3), P("There was no other business."))
    p.new_section()
    p.add(H("Appendix A – Action log", 2),
          P("*Progress as reported by action owners on 31 May 2028.*"))
    rows = [("Ref", "Meeting", "Action", "Progress")]
    earlier = [("PAB 28/11", "5 April 2028", "2028-04-05", "Chief Executive to publish the Board's forward plan on the Commissioner's website.",
                "The forward plan was published on 12 April 2028.", "complete"),
               ("PAB 28/14", "5 April 2028", "2028-04-05", "Assistant Chief Constable to present the force's stalking protection order figures.",
                "Figures are being validated and will be presented in July.", "outstanding")]
    for ref, meeting, iso, text, update, status in earlier:
        rows.append((ref, meeting, text, update))
        p.action(date=iso, topic=None, number=ref, text=text, update=update, status=status,
                 status_source="inferred_from_update", source="action_tracker")
    for heading, topic, _, acts in items:
        for ref, text, update, status in acts:
            rows.append((ref, "3 May 2028", text, update))
            p.action(date=prev, topic=topic, number=ref, text=text, update=update, status=status,
                     status_source="inferred_from_update", source="action_tracker", minuted_in=1)
    p.add(T(tuple(rows), widths=(18, 22, 70, 60), header_rows=1))
    look = PdfLook(header="Policing Accountability Board – 7 June 2028", footer="Swyddfa'r Comisiynydd / Commissioner's Office")
    return _pdf(p, look), p


# --- 4. West Midlands: the Deputy Mayor's "judgement" on each line of enquiry (Word -> PDF) --------

def west_midlands() -> tuple[bytes, Pack]:
    date, prev = "2028-07-11", "2028-06-13"
    org = "Deputy Mayor for Policing and Crime"
    p = Pack("west-midlands-dmpc-spcb-2028-07-11-round39b.pdf", force="West Midlands Police", organisation=org,
             title="Strategic Policing and Crime Board", meeting_date=date)
    p.add(P("**Mayor of the West Midlands – Policing and Crime**"), H("Strategic Policing and Crime Board", 1))
    p.meeting(date, "Strategic Policing and Crime Board", "Neighbourhood policing")
    p.add(P("**Chair:** Deputy Mayor for Policing and Crime"), P("**Date:** Tuesday 11 July 2028, 2.00pm"),
          P("**Venue:** Lloyd House, Birmingham"), P("**Theme:** Neighbourhood policing"), H("Agenda", 2))
    agenda_table(p, date, ("Item", "Title", "Lead", "Paper"), [
        ("1", "Welcome and apologies", "Chair", "–"),
        ("2", "Notes of the meeting held on 13 June 2028", "Chair", "A"),
        ("3", "Action tracker", "Policy Officer", "B"),
        ("4", "Neighbourhood policing: the local policing model one year on", "Assistant Chief Constable, Local Policing", "C"),
        ("5", "Public questions", "Chair", "–"),
        ("6", "Any other business", "Chair", "–"),
    ], widths=(14, 88, 52, 18))
    p.new_section()
    title = "Notes of the Strategic Policing and Crime Board – 13 June 2028"
    p.add(H("Paper A", 3), H(title, 2))
    p.meeting(prev, title, "Vehicle crime")
    p.add(P("**Topic:** Vehicle crime"),
          P("The Deputy Mayor put four lines of enquiry to the force. After each response the Deputy Mayor recorded a judgement on the Board's scale:"),
          Bul(("**Accepted** – the Deputy Mayor is assured by the response;",
               "**Accepted with follow-up** – the Deputy Mayor is partly assured and expects a further update;",
               "**Not accepted** – the Deputy Mayor is not assured and the matter returns to the Board.")))
    topic = "Vehicle crime"
    qs = [
        ("1", "What has the force done to reduce thefts of vehicles by keyless entry?",
         "The force has funded signal-blocking pouches for 4,000 residents in the highest-risk streets and works with two manufacturers on software updates. Keyless thefts fell by 12% in the year.",
         "Accepted", "The Deputy Mayor welcomed the partnership with manufacturers."),
        ("2", "How many stolen vehicles are recovered, and how quickly?",
         "41% of stolen vehicles were recovered in 2027/28, most within 48 hours. Recovery is lower for vehicles taken to be broken for parts.",
         "Accepted with follow-up", "An update on vehicles broken for parts is to come to the September Board."),
        ("3", "How are victims of vehicle crime kept informed of their investigation?",
         "Victims receive a crime reference text. The force could not say how many received a further update, as contact is not recorded consistently.",
         "Not accepted", "The Deputy Mayor expects victim updates to be recorded and reported back to the Board."),
        ("4", "What use is made of automatic number plate recognition to target cross-border vehicle crime?",
         "Twelve new cameras were installed on main routes in March. Alerts are monitored by the force's intelligence hub during the day only.",
         "Accepted with follow-up", "The Deputy Mayor asked whether alerts can be monitored overnight."),
    ]
    value = {"Accepted": "Assured", "Accepted with follow-up": "Partly assured", "Not accepted": "Not assured"}
    for number, q, r, judgement, rationale in qs:
        p.add(H(f"Line of enquiry {number}", 3), P(f"**{q}**"), P(f"*Force response:* {r}"),
              T((("Judgement", f"**{judgement}**"), ("Rationale", rationale)), widths=(30, 140)))
        p.decision(date=prev, topic=topic, number=number, question=q, evidence=r, assurance=value[judgement],
                   commentary=rationale)
    p.add(P("Actions SPCB 28/21 and SPCB 28/22 were agreed and are shown in the action tracker (Paper B)."))
    p.new_section()
    p.add(H("Paper B", 3), H("Action tracker", 2),
          P("The status cell is shaded: green – complete; amber – in progress; red – not yet started."))
    rows = [("Ref", "Raised", "Action", "Lead", "Update", "Status")]
    fills = {}
    log = [("SPCB 28/09", "11 April 2028", "2028-04-11", "Circulate the force's summer violence reduction plan to Board members.", "Policy Officer",
            "Plan circulated on 2 May 2028.", GREEN, "complete", None),
           ("SPCB 28/15", "9 May 2028", "2028-05-09", "Report the number of neighbourhood officers abstracted to response duties each month.", "ACC Local Policing",
            "Data for April and May included in Paper C; June to follow.", AMBER, "outstanding", None),
           ("SPCB 28/21", "13 June 2028", prev, "Report to the September Board on stolen vehicles broken for parts.", "Head of Intelligence",
            "Work has begun with the vehicle crime team; report on track for September.", AMBER, "outstanding", topic),
           ("SPCB 28/22", "13 June 2028", prev, "Set out how victim updates on vehicle crime will be recorded and reported.", "Head of Investigations",
            "Not yet started.", RED, "outstanding", topic)]
    for i, (ref, raised, iso, text, lead, update, fill, status, row_topic) in enumerate(log, start=1):
        rows.append((ref, raised, text, lead, update, ""))
        fills[(i, 5)] = fill
        p.action(date=iso, topic=row_topic, number=ref, text=text, update=update, status=status,
                 status_source="cell_shading", source="action_tracker")
    p.add(T(tuple(rows), widths=(22, 20, 42, 35, 35, 18), header_rows=1, fills=fills))
    data = docx_to_pdf(_docx(p, header=("Strategic Policing and Crime Board",)))
    return data, p


# --- 5. South Wales: a score out of five against the office's key (reportlab, landscape) ----------

def south_wales() -> tuple[bytes, Pack]:
    date, prev = "2028-06-21", "2028-05-17"
    p = Pack("south-wales-pcc-sab-2028-06-21-round39b.pdf", force="South Wales Police",
             organisation="Police and Crime Commissioner for South Wales", title="Strategic Assurance Board",
             meeting_date=date)
    p.add(P("**Comisiynydd Heddlu a Throseddu De Cymru / Police and Crime Commissioner for South Wales**"),
          H("Bwrdd Sicrwydd Strategol / Strategic Assurance Board", 1))
    p.meeting(date, "Strategic Assurance Board", "Custody and detainee care")
    p.add(P("21 June 2028, 09:30 – 11:30, Police Headquarters, Bridgend"), P("**Topic:** Custody and detainee care"),
          H("Agenda", 2))
    agenda_table(p, date, ("Item", "Subject", "Lead officer", "Time"), [
        ("1", "Welcome and apologies", "Commissioner", "09:30"),
        ("2", "Minutes of 17 May 2028 and action log", "Head of Assurance", "09:35"),
        ("3", "Custody and detainee care", "Chief Superintendent, Custody", "09:45"),
        ("4", "Independent custody visiting scheme: annual report", "Scheme Manager", "10:45"),
        ("5", "Any other business", "", "11:20"),
    ], widths=(10, 95, 50, 15))
    p.new_section()
    title = "Minutes of the Strategic Assurance Board held on 17 May 2028"
    p.add(H(title, 2))
    p.meeting(prev, title, "Youth justice")
    p.add(P("**Topic:** Youth justice"), H("1. Welcome and apologies", 3), P("The Commissioner welcomed members. There were no apologies."),
          H("2. Minutes and action log", 3), P("The minutes of 19 April 2028 were agreed."),
          H("3. Youth justice", 3),
          P("The Commissioner scored each answer on the Board's five-point assurance score:"),
          T((("Score", "Meaning"),
             ("5 – Full", "The Commissioner is assured; no further scrutiny is needed."),
             ("4 – Substantial", "The Commissioner is assured; minor points are noted in the comment."),
             ("3 – Partial", "The Commissioner is partly assured and expects further work to be reported."),
             ("2 – Limited", "The Commissioner is not assured; the matter returns to the Board."),
             ("1 – None", "The Commissioner is not assured and will escalate the matter.")), widths=(30, 140), header_rows=1),
          P("The scores given are set out below."))
    topic = "Youth justice"
    qs = [
        ("1", "How many children were detained in police custody overnight in the last year, and why?",
         "86 children were held overnight, 71 of them because no local authority accommodation was offered. Each case is reviewed by an inspector the next morning.",
         "3", "The Commissioner will raise the lack of accommodation with the local authorities."),
        ("2", "How does the force divert children from the criminal justice system after a first offence?",
         "The Bureau scheme reviews every first-time offence with the youth offending service; 64% of children were diverted in 2027/28.",
         "5", "The Commissioner praised the Bureau's work."),
        ("3", "How are officers trained to recognise children who are being criminally exploited?",
         "All response officers had a one-hour input in 2027. The force has no measure of whether exploitation is now recognised more often.",
         "2", "The Commissioner wants to see how recognition is measured."),
        ("4", "What is the re-offending rate of children given an out of court resolution?",
         "The proven re-offending rate within twelve months is 22%, lower than for children charged.",
         "4", ""),
    ]
    value = {"5": "Assured", "4": "Assured", "3": "Partly assured", "2": "Not assured", "1": "Not assured"}
    rows = [("No.", "Question", "Response", "Score (1-5)", "Commissioner's comment")]
    for number, q, r, score, comment in qs:
        rows.append((number, q, r, score, comment))
        p.decision(date=prev, topic=topic, number=number, question=q, evidence=r, assurance=value[score],
                   commentary=comment or None)
    p.add(T(tuple(rows), widths=(10, 55, 73, 18, 50), header_rows=1))
    minuted = [("SAB 28/17", "Chief Superintendent, Custody to report the number of children held overnight for want of accommodation each quarter."),
               ("SAB 28/18", "Head of Learning and Development to propose a measure of how often officers recognise child criminal exploitation.")]
    p.add(P("**Actions agreed**"))
    for ref, text in minuted:
        p.add(P(f"{ref}: {text}"))
    p.add(H("4. Any other business", 3), P("None."))
    p.new_section()
    p.add(H("Action log", 2))
    rows = [("Action no.", "Date raised", "Action", "Update", "Status")]
    log = [("SAB 28/09", "19 April 2028", "2028-04-19", "Chief Executive to circulate the revised terms of reference of the Board.",
            "Circulated on 28 April 2028.", "Closed", "complete", None),
           ("SAB 28/12", "19 April 2028", "2028-04-19", "Head of Estates to report on the refurbishment of the Cardiff Bay custody suite.",
            "Contractor appointed; report delayed to July.", "Overdue", "outstanding", None),
           (minuted[0][0], "17 May 2028", prev, minuted[0][1], "First quarterly figures due in July.", "Open", "outstanding", topic),
           (minuted[1][0], "17 May 2028", prev, minuted[1][1], "Measure proposed to the Commissioner on 9 June 2028.", "Closed", "complete", topic)]
    for ref, raised, iso, text, update, status, value_, row_topic in log:
        rows.append((ref, raised, text, update, status))
        p.action(date=iso, topic=row_topic, number=ref, text=text, update=update, status=value_,
                 status_source="status_column", source="action_tracker",
                 minuted_in=1 if row_topic else None)
    p.add(T(tuple(rows), widths=(22, 25, 85, 70, 18), header_rows=1))
    look = register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font, landscape=True, margin=54,
                   footer="Strategic Assurance Board – 21 June 2028")
    return _pdf(p, look), p


# --- 6. Lancashire: ticks and crosses against a key line (Word file) -------------------------------

def lancashire() -> tuple[bytes, Pack]:
    date, prev = "2028-05-03", "2028-03-29"
    p = Pack("lancashire-pcc-sb-2028-05-03-round39b.docx", force="Lancashire Constabulary",
             organisation="Police and Crime Commissioner for Lancashire", title="Strategic Scrutiny Board",
             meeting_date=date)
    p.add(H("Strategic Scrutiny Board", 1))
    p.meeting(date, "Strategic Scrutiny Board", None)
    p.add(P("Wednesday 3 May 2028 at 10.00am, County Hall, Preston"), H("Agenda", 2))
    agenda_table(p, date, ("Item", "Title", "Presenter"), [
        ("1", "Apologies", "–"),
        ("2", "Minutes of the meeting held on 29 March 2028", "Chair"),
        ("3", "Action log", "OPCC Governance Officer"),
        ("4", "Burglary and robbery", "Detective Chief Superintendent, Crime"),
        ("5", "Police use of force", "Chief Superintendent, Professional Standards"),
        ("6", "Date of next meeting", "–"),
    ], widths=(14, 108, 48))
    p.new_section()
    title = "Minutes of the Strategic Scrutiny Board held on 29 March 2028"
    p.add(H(title, 2))
    p.meeting(prev, title, "Anti-social behaviour")
    p.add(P("**Present:** Police and Crime Commissioner (Chair); Chief Constable; Deputy Chief Constable; Chief Executive, OPCC."),
          H("Minute 1 – Apologies", 3), P("None."),
          H("Minute 2 – Anti-social behaviour", 3),
          P("The Chief Superintendent presented the report. The Commissioner's questions and the force's answers are set out below."),
          P("**Key:** ✓✓ the Commissioner is assured  |  ✓ the Commissioner is partly assured and has asked for more information  |  ✗ the Commissioner is not assured"))
    topic = "Anti-social behaviour"
    qs = [
        ("1", "How does the force identify repeat victims of anti-social behaviour?",
         "Call handlers check the caller's history on every ASB call and repeat victims are flagged to the neighbourhood sergeant within 24 hours.",
         "✓✓", "The Commissioner was pleased that repeat victims are flagged promptly."),
        ("2", "How are community triggers handled, and how long do reviews take?",
         "There were 34 community trigger applications in 2027. Reviews took 31 days on average, beyond the 28-day standard.",
         "✓", "The Commissioner asked for the reasons for delay to be reported."),
        ("3", "What use is made of closure orders and civil injunctions?",
         "Nineteen closure orders were obtained. Injunctions are rarely sought because of legal costs shared with councils.",
         "✓", "The Commissioner will write to the council leaders about the sharing of costs."),
        ("4", "How does the force know whether its response to ASB improves public confidence?",
         "The force relies on the national crime survey, which does not give figures for each district.",
         "✗", "The Commissioner was not assured and asked for a local measure of confidence."),
    ]
    value = {"✓✓": "Assured", "✓": "Partly assured", "✗": "Not assured"}
    rows = [("No.", "Question", "Answer", "Assurance", "Comment")]
    for number, q, r, mark, comment in qs:
        rows.append((number, q, r, mark, comment))
        p.decision(date=prev, topic=topic, number=number, question=q, evidence=r, assurance=value[mark],
                   commentary=comment)
    p.add(T(tuple(rows), widths=(12, 44, 54, 27, 36), header_rows=1))
    minuted = [("SSB 10", "Report the reasons for delay in community trigger reviews to the next Board."),
               ("SSB 11", "Propose a local measure of public confidence in the response to anti-social behaviour.")]
    p.add(P("**Actions**"))
    for ref, text in minuted:
        p.add(P(f"{ref} – {text}"))
    p.add(H("Minute 3 – Date of next meeting", 3), P("Wednesday 3 May 2028."))
    p.new_section()
    p.add(H("Action log", 2),
          P("Status: **Discharged** – the action is complete; **Live** – the action remains open."))
    log = [("SSB 7", "1 February 2028", "2028-02-01", "Share the force's ASB problem-solving toolkit with community safety partnerships.",
            "Shared with all 14 partnerships on 20 February 2028.", "Discharged", "complete", None),
           ("SSB 8", "1 February 2028", "2028-02-01", "Present figures on the use of dispersal orders at the next Board.",
            "Deferred to the June Board at the force's request.", "Live", "outstanding", None),
           (minuted[0][0], "29 March 2028", prev, minuted[0][1], "On the agenda for this meeting under item 4.", "Discharged", "complete", topic),
           (minuted[1][0], "29 March 2028", prev, minuted[1][1], "The force's analysts are drafting options.", "Live", "outstanding", topic)]
    rows = [("Ref", "Raised", "Action", "Update", "Status")]
    for ref, raised, iso, text, update, status, value_, row_topic in log:
        rows.append((ref, raised, text, update, status))
        p.action(date=iso, topic=row_topic, number=ref, text=text, update=update, status=value_,
                 status_source="status_column", source="action_tracker")
    p.add(T(tuple(rows), widths=(16, 24, 58, 46, 28), header_rows=1))
    return _docx(p, header=("Office of the Police and Crime Commissioner for Lancashire",)), p


# --- 7. West Yorkshire: the level ticked in a row of check boxes (Word -> PDF) ---------------------

def west_yorkshire() -> tuple[bytes, Pack]:
    date, prev = "2028-03-22", "2028-02-16"
    org = "Deputy Mayor for Policing and Crime"
    p = Pack("west-yorkshire-dmpc-pab-2028-03-22-round39b.pdf", force="West Yorkshire Police", organisation=org,
             title="Police Accountability Board", meeting_date=date)
    p.add(P("**West Yorkshire Combined Authority – Policing and Crime**"), H("Police Accountability Board", 1))
    p.meeting(date, "Police Accountability Board", "Serious and organised crime")
    p.add(P("Chaired by the Deputy Mayor for Policing and Crime"), P("**Date:** Wednesday 22 March 2028"),
          P("**Time:** 10.00am"), P("**Place:** Wellington House, Leeds"),
          P("**Focus:** Serious and organised crime"), H("Agenda", 2))
    agenda_table(p, date, ("Item", "Business", "Lead"), [
        ("1", "Apologies and declarations of interest", "Deputy Mayor"),
        ("2", "Notes of the meeting held on 16 February 2028", "Deputy Mayor"),
        ("3", "Action log", "Head of Policing and Crime"),
        ("4", "Serious and organised crime: the county lines picture", "Detective Chief Superintendent, Organised Crime"),
        ("5", "Questions from the public", "Deputy Mayor"),
        ("6", "Any other business", "–"),
    ], widths=(14, 94, 62))
    p.new_section()
    title = "Notes of the Police Accountability Board held on 16 February 2028"
    p.add(H(title, 2))
    p.meeting(prev, title, "Hate crime")
    p.add(H("1. Apologies", 3), P("Apologies were received from the Chief Constable, represented by the Deputy Chief Constable."),
          H("2. Hate crime", 3),
          P("The Assistant Chief Constable presented the force's report. For each question the Deputy Mayor ticked the assurance she took from the answer."))
    topic = "Hate crime"
    levels = ("Assured", "Partly assured", "Not assured")
    qs = [
        ("1", "How has the number of hate crimes reported changed over the last two years, and in which strands?",
         "Reports rose by 9% over two years, driven by race and sexual orientation. Disability hate crime fell slightly, which the force believes reflects under-reporting.",
         "Partly assured", "The Deputy Mayor asked what is being done to encourage disabled victims to report."),
        ("2", "How are victims of hate crime supported from the first report?",
         "Every victim is offered referral to the hate crime support service, and 72% accepted in 2027. Hate crime officers contact high-risk victims within two days.",
         "Assured", "The Deputy Mayor thanked the hate crime officers for their work."),
        ("3", "What proportion of hate crimes end in a charge, and how does that compare with other forces?",
         "The charge rate was 8%, below the national average of 11%. The force has begun a review of evidence gathering at first attendance.",
         "Not assured", "The Deputy Mayor was not assured and asked for the review's findings at the June Board."),
        ("4", "How does the force work with third-party reporting centres?",
         "There are 46 reporting centres. The force visits each once a year; reports through centres rose by a quarter.",
         "Assured", ""),
    ]
    for number, q, r, level, comment in qs:
        boxes = "   ".join(("☒ " if name == level else "☐ ") + name for name in levels)
        p.add(P(f"**Question {number}: {q}**"), P(r), P(f"**Assurance:**   {boxes}"))
        if comment:
            p.add(P(f"*Deputy Mayor's comment:* {comment}"))
        p.decision(date=prev, topic=topic, number=number, question=q, evidence=r, assurance=level,
                   commentary=comment or None)
    minuted = [("PAB 28/06", "Set out how the force will encourage disabled victims of hate crime to report."),
               ("PAB 28/07", "Bring the findings of the review of evidence gathering in hate crime cases to the June Board.")]
    p.add(P("**Actions**"), Bul(tuple(f"{ref} – {text}" for ref, text in minuted)),
          H("3. Any other business", 3), P("None."))
    p.new_section()
    p.add(H("Action log", 2))
    log = [("PAB 27/44", "2027-12-13", "13/12/2027", "Provide a breakdown of stop and search by ethnicity for each district.",
            "Complete – breakdown published on the force website in January.", "Complete", "complete", None),
           ("PAB 28/02", "2028-01-17", "17/01/2028", "Report progress on the recruitment of police staff investigators.",
            "18 of 30 posts filled; next intake in April.", "On track", "outstanding", None),
           (minuted[0][0], prev, "16/02/2028", minuted[0][1], "A campaign with disability charities is planned for April.", "On track", "outstanding", topic),
           (minuted[1][0], prev, "16/02/2028", minuted[1][1], "The review will report in May.", "On track", "outstanding", topic)]
    rows = [("Ref", "Date", "Action", "Update", "Status")]
    for ref, iso, printed, text, update, status, value, row_topic in log:
        rows.append((ref, printed, text, update, status))
        p.action(date=iso, topic=row_topic, number=ref, text=text, update=update, status=value,
                 status_source="status_column", source="action_tracker", minuted_in=1 if row_topic else None)
    p.add(T(tuple(rows), widths=(22, 28, 52, 46, 25), header_rows=1))
    data = docx_to_pdf(_docx(p, header=("West Yorkshire Combined Authority", "Police Accountability Board – 22 March 2028")))
    return data, p


# --- 8. North Wales: an "Assurance level:" line under each question (reportlab) --------------------

def north_wales() -> tuple[bytes, Pack]:
    date, prev = "2028-09-13", "2028-07-12"
    p = Pack("north-wales-pcc-pab-2028-09-13-round39b.pdf", force="North Wales Police",
             organisation="Police and Crime Commissioner for North Wales", title="Police Accountability Board",
             meeting_date=date, publication_date="2028-09-06")
    p.add(P("**Police and Crime Commissioner for North Wales**"), H("Police Accountability Board", 1))
    p.meeting(date, "Police Accountability Board", "Missing people")
    p.add(P("Wednesday 13 September 2028, 10:00, OPCC Conference Room, Colwyn Bay"), P("Published: 6 September 2028"),
          P("**Theme:** Missing people"), H("Agenda", 2))
    agenda_table(p, date, ("No.", "Item", "Presenter"), [
        ("1", "Apologies", "Commissioner"),
        ("2", "Minutes of the meeting of 12 July 2028", "Commissioner"),
        ("3", "Actions from previous meetings", "Governance Manager"),
        ("4", "Missing people", "Superintendent, Public Protection"),
        ("5", "Finance update: month 4", "Director of Finance"),
        ("6", "Any other business", ""),
    ], widths=(12, 108, 50))
    p.new_section()
    title = "Minutes of the Police Accountability Board held on 12 July 2028"
    p.add(H(title, 2))
    p.meeting(prev, title, "Roads policing")
    p.add(H("1. Apologies", 3), P("Apologies were received from the Deputy Commissioner."),
          H("2. Roads policing", 3),
          P("The Chief Inspector, Roads Policing, presented the paper. The Commissioner gave his assurance level on each question."))
    topic = "Roads policing"
    qs = [
        ("1", "How many people were killed or seriously injured on the region's roads last year, and how does that compare with the previous year?",
         "There were 352 people killed or seriously injured, 6% fewer than in 2026. Motorcyclists were a quarter of those killed.",
         "Assured", "The Commissioner welcomed the reduction."),
        ("2", "What is the force doing about motorcycle casualties on the coastal and mountain routes?",
         "Operation summer patrols ran on six routes at weekends, with 410 riders stopped and advised. The force has not yet evaluated the operation.",
         "Partially assured", "The Commissioner asked for the evaluation before next summer."),
        ("3", "How does the force use footage sent in by the public of dangerous driving?",
         "2,140 submissions were received; 38% led to a warning letter or a prosecution. A backlog of 300 submissions built up in June.",
         "Partially assured", "The Commissioner asked for the backlog to be cleared and reported."),
    ]
    for number, q, r, level, comment in qs:
        p.add(P(f"**Question {number}:** {q}"), P(f"*Response:* {r}"),
              P(f"**Assurance level:** {level}"), P(f"**Comment:** {comment}"))
        p.decision(date=prev, topic=topic, number=number, question=q, evidence=r,
                   assurance="Partly assured" if level == "Partially assured" else level, commentary=comment)
    minuted = ["Chief Inspector, Roads Policing to evaluate the summer motorcycle patrols and report to the Board before April 2029.",
               "Chief Inspector, Roads Policing to report when the backlog of dashcam submissions has been cleared."]
    p.add(P("**Actions:**"), Bul(tuple(minuted)), H("3. Any other business", 3), P("There was no other business."))
    p.new_section()
    p.add(H("Actions from previous meetings", 2))
    rows = [("Meeting", "Topic", "Action", "Progress", "Status")]
    log = [("10 May 2028", "2028-05-10", "Neighbourhood policing", "Superintendent, Local Policing to publish ward priorities on the force website.",
            "Published in June 2028.", "Complete", "complete"),
           ("10 May 2028", "2028-05-10", "Neighbourhood policing", "Governance Manager to add a rural crime item to the forward plan.",
            "Scheduled for the November Board.", "Ongoing", "outstanding"),
           ("12 July 2028", prev, topic, minuted[0], "Evaluation scoped; analyst assigned.", "Ongoing", "outstanding"),
           ("12 July 2028", prev, topic, minuted[1], "Backlog cleared on 22 August 2028.", "Complete", "complete")]
    for printed, iso, row_topic, text, update, status, value in log:
        rows.append((printed, row_topic, text, update, status))
        p.action(date=iso, topic=row_topic, number=None, text=text, update=update, status=value,
                 status_source="status_column", source="action_tracker", minuted_in=1 if iso == prev else None)
    p.add(T(tuple(rows), widths=(20, 34, 56, 38, 22), header_rows=1))
    look = PdfLook(header="Police and Crime Commissioner for North Wales", footer="Police Accountability Board")
    return _pdf(p, look), p


PACKS = {"merseyside": merseyside, "west-mercia": west_mercia, "dyfed-powys": dyfed_powys,
         "west-midlands": west_midlands, "south-wales": south_wales, "lancashire": lancashire,
         "west-yorkshire": west_yorkshire, "north-wales": north_wales}


def main(prefixes: list[str]) -> None:
    (HERE / "gold").mkdir(exist_ok=True)
    for prefix, build in PACKS.items():
        if prefixes and not any(prefix.startswith(x) for x in prefixes):
            continue
        data, pack = build()
        records = pack.finish(data)
        (HERE / pack.name).write_bytes(data)
        gold = {"source_file": pack.name, "expect": "ok", "checked": CHECKED, "records": records}
        (HERE / "gold" / f"{pack.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        pages = {t: [r["page"] for r in records[t]] for t in ("meetings", "assurance_decisions", "actions")}
        print(f"{pack.name}: {len(data)} bytes, {pack.document.get('pages')} pp; pages {pages}")


if __name__ == "__main__":
    main(sys.argv[1:])
