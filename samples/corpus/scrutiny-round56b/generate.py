"""Held-out scrutiny round 56b: nine packs of PCC offices, written blind, gold in gold/ (in heldout/ until promoted in session 17).

Each builder call that prints a meeting heading, an agenda row, a question or an action row also
writes its gold record. A PDF record's page is the first page whose pdfplumber text holds the
first 45 letters of its key text; the generator stops if a key is on no page, or if a word of a
table cell is missing from the PDF's text (a word split over a page break).

    .venv/bin/python samples/corpus/scrutiny-round56b/generate.py
"""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import scrutiny_common  # noqa: E402,F401  (puts scrutiny-round3 on sys.path)
from office_pdf import docx_to_pdf  # noqa: E402
from render import Break, Bul, H, Num, P, PdfLook, T, _docx_table, _stable_zip, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

import pdfplumber  # noqa: E402
from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.shared import Mm  # noqa: E402

CHECKED = ("Written blind for held-out round 56b; every record written by the generator beside the words it "
           "prints and checked against the page images and `scrutiny inspect` (layout only); the extractors "
           "were never run on it.")


def squash(text: str) -> str:
    """Text without markup, dashes straightened, whitespace collapsed, lower case: for page finding."""
    text = re.sub(r"\*\*|\*|~~|\{#[0-9a-fA-F]{6}\||\}", "", text)
    text = text.replace("\u2013", "-").replace("\u2019", "'")
    return re.sub(r"\s+", "", text).lower()


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\*\*|\*|\{#[0-9a-fA-F]{6}\||\}", "", text)).strip()


class Pack:
    def __init__(self, name: str, *, org: str, force: str, title: str, date: str, pub: str | None = None):
        self.name, self.date = name, date
        self.blocks: list = []
        self.keys: list[tuple[dict, str]] = []
        self.docx = name.endswith(".docx")
        self.rec = {"documents": [{"page": None, "file_type": "docx" if self.docx else "pdf",
                                   "doc_kind": "scrutiny_pack", "status": "ok", "publication_date": pub,
                                   "title": title, "force": force, "organisation": org, "meeting_date": date}],
                    "meetings": [], "agenda_items": [], "assurance_decisions": [], "actions": [], "grades": []}
        self.org = org

    def add(self, *blocks) -> None:
        self.blocks += blocks

    def _keep(self, kind: str, record: dict, key: str) -> dict:
        self.rec[kind].append(record)
        self.keys.append((record, key))
        return record

    def meeting(self, title: str, date: str, topic: str | None, key: str | None = None) -> None:
        self._keep("meetings", {"page": None, "meeting_date": date, "topic": topic, "organisation": self.org,
                                "title": title}, key or title)

    def agenda(self, header: tuple, rows: list[tuple], widths: tuple, **kw) -> None:
        """rows: (number, title, presenter-as-printed, presenter-gold)."""
        table = [header] + [r[:len(header)] for r in rows]
        for row in rows:
            number, title, presenter = row[0], row[1], row[-1]
            self._keep("agenda_items", {"page": None, "meeting_date": self.date, "number": number or None,
                                        "title": plain(title), "presenter": presenter}, title)
        self.add(T(tuple(table), widths, header_rows=1, **kw))

    def decision(self, *, date: str, topic: str | None, number: str | None, question: str, evidence: str,
                 assurance: str | None, raw: str | None, commentary: str | None) -> None:
        self._keep("assurance_decisions", {"page": None, "meeting_date": date, "topic": topic,
                                           "question_number": number, "question": plain(question),
                                           "evidence_summary": plain(evidence), "assurance": assurance,
                                           "assurance_raw": raw, "commentary": commentary}, question)

    def action(self, *, date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
               status: str, source: str, status_source: str, key: str | None = None) -> None:
        self._keep("actions", {"page": None, "meeting_date": date, "topic": topic, "number": number,
                               "text": plain(text), "update": update, "status": status,
                               "status_source": status_source, "source": source}, key or text)

    def finish(self, data: bytes) -> None:
        (HERE / self.name).write_bytes(data)
        if self.docx:
            for record in self.rec["meetings"] + self.rec["agenda_items"] + self.rec["assurance_decisions"] + self.rec["actions"]:
                record["page"] = None
        else:
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                pages = [squash(page.extract_text() or "") + "|" + "|".join(
                    squash(cell or "") for table in page.extract_tables() for row in table for cell in row)
                    for page in pdf.pages]
                self.rec["documents"][0]["pages"] = len(pdf.pages)
            for record, key in self.keys:
                # the first 45 letters; fewer where a cell splits over a page break or a borderless
                # table's narrow column wraps (pdfplumber reads its lines across the row)
                hits = []
                for size in (45, 15, 10):
                    hits = hits or [i + 1 for i, text in enumerate(pages) if squash(key)[:size] in text]
                if not hits:
                    raise SystemExit(f"{self.name}: key not on any page: {key[:60]!r}")
                record["page"] = hits[0]
            words = " ".join(pages)
            for block in self.blocks:
                if isinstance(block, T):
                    for row in block.rows:
                        for cell in row:
                            for part in (cell if isinstance(cell, tuple) else (cell,)):
                                items = part.items if isinstance(part, Bul) else (part,)
                                for item in items:
                                    for word in plain(str(item or "")).split():
                                        if squash(word) and squash(word) not in words:
                                            raise SystemExit(f"{self.name}: word split or lost: {word!r}")
        gold = {"source_file": self.name, "expect": "ok", "checked": CHECKED, "records": self.rec}
        (HERE / "gold" / f"{self.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        print(self.name, len(data), {k: [r["page"] for r in self.rec[k]] for k in ("assurance_decisions", "actions")})


def pdf(pack: Pack, look: PdfLook) -> None:
    pack.finish(render_pdf(pack.blocks, look, pack.rec["documents"][0]["title"], pack.org))


def word(pack: Pack, *, to_pdf: bool, appendix: list | None = None) -> None:
    data = render_docx(pack.blocks, title=pack.rec["documents"][0]["title"], author=pack.org,
                       when=datetime(2043, 7, 1, 9, 0))
    if appendix:  # a landscape section after the portrait pack
        document = Document(io.BytesIO(data))
        section = document.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        for block in appendix:
            if isinstance(block, H):
                document.add_paragraph(plain(block.text), style=f"Heading {block.level}")
            elif isinstance(block, P):
                document.add_paragraph(plain(block.text))
            else:
                _docx_table(document, block, 257)
        buffer = io.BytesIO()
        document.save(buffer)
        data = _stable_zip(buffer.getvalue())
        pack.blocks += appendix
    pack.finish(docx_to_pdf(data) if to_pdf else data)


STANDING = "Apologies were noted. The notes of the last meeting were agreed and the action log was reviewed."
LONG = ("The force set out the position at the end of the quarter, the measures it uses to track delivery, the "
        "reasons for the variation between districts and the work already commissioned to close the gap. ")


def cambridgeshire() -> None:
    p = Pack("cambridgeshire-pcc-ab-2043-07-15-round56b.pdf", org="Police and Crime Commissioner for Cambridgeshire and Peterborough",
             force="Cambridgeshire Constabulary", title="Accountability Board", date="2043-07-15")
    p.add(P("**Office of the Police and Crime Commissioner for Cambridgeshire and Peterborough**"), H("Accountability Board"))
    p.meeting("Accountability Board", "2043-07-15", "Rural and wildlife crime")
    p.add(P("Tuesday 15th July 2043, 10:00, Force Headquarters"), P("**Theme:** Rural and wildlife crime"))
    p.agenda(("Item", "Title", "Presented by"), [
        ("1", "Welcome and apologies", "PCC", "PCC"),
        ("2", "Notes of the meeting of 20 May 2043 and action log", "Governance Manager", "Governance Manager"),
        ("3", "Rural and wildlife crime", "Assistant Chief Constable", "Assistant Chief Constable"),
        ("4", "Any other business", "All", "All")], (1, 6, 3))
    p.add(Break())
    head = "Notes of the Accountability Board (Road Safety) – 20 May 2043"
    p.add(H(head, 2))
    p.meeting(head, "2043-05-20", "Road Safety")
    p.add(P(STANDING))
    qs = [("How many people were killed or seriously injured on the county's roads last year, and how does the force use that data to target enforcement?",
           "Casualties fell by 6% on the year. Enforcement is planned monthly from collision maps; the two routes with the most collisions now have average speed cameras. " + LONG,
           "Assured", "Assured", "The PCC welcomed the fall and asked for the route analysis to be shared with districts."),
          ("What progress has been made on the backlog of camera offences awaiting a decision?",
           "The backlog stood at 4,100 cases in April against 1,500 a year earlier. Agency staff were taken on in March and the backlog is expected to clear by September. " + LONG + LONG,
           "Partly assured", "Partially assured", "The PCC noted the plan but the backlog is still growing and wants monthly figures."),
          ("How does the force support families bereaved by a fatal collision?",
           "Family liaison officers are deployed within 24 hours in every case; a survey of families found most were satisfied. " + LONG + LONG + LONG,
           "Assured", "Assured", None),
          ("Is the roads policing unit at its funded strength, and what is the effect on patrols at night?",
           "The unit is 11 officers below strength; night patrols were cancelled on 23 shifts in the quarter. Recruitment from response teams has been slower than planned. " + LONG + LONG,
           "Not assured", "Not assured", "The PCC asked for a recovery plan with dates at the next Board.")]
    rows = [("Question", "Brief Summary of Evidence", "PCC Decision")]
    for i, (q, e, a, raw, c) in enumerate(qs, 1):
        rows.append((f"{i}. {q}", e, f"**{raw}**" + (f"\n*{c}*" if c else "")))
        p.decision(date="2043-05-20", topic="Road Safety", number=str(i), question=q, evidence=e, assurance=a, raw=raw, commentary=c)
    p.add(T(tuple(rows), (4, 6, 3), header_rows=1))
    p.add(H("Actions", 3))
    minuted = [("AB 43/12", "Share the route analysis of collisions with the district commanders.", "Shared with all districts on 2 June 2043.", "Complete"),
               ("AB 43/13", "Provide monthly figures on the camera offence backlog to the OPCC.", "June figures sent; July to follow.", "Open")]
    p.add(Bul(tuple(f"{r} – {t}" for r, t, _, _ in minuted)))
    p.add(Break(), H("Action Log 2043/44", 2))
    old = [("AB 43/05", "18/03/2043", "Report on the use of drones in missing person searches.", "Report presented in May.", "Complete", "2043-03-18"),
           ("AB 43/08", "18/03/2043", "Review the call-handling script for rural crime reports.", "Review under way; due August.", "Open", "2043-03-18")]
    rows = [("Ref", "Raised", "Action", "Update", "Status")]
    for r, raised, t, u, s, d in old:
        rows.append((r, raised, t, u, s))
        p.action(date=d, topic=None, number=r, text=t, update=u, status="complete" if s == "Complete" else "outstanding",
                 source="action_tracker", status_source="status_column")
    for r, t, u, s in minuted:
        rows.append((r, "20/05/2043", t, u, s))
        p.action(date="2043-05-20", topic="Road Safety", number=r, text=t, update=u, status="complete" if s == "Complete" else "outstanding",
                 source="action_tracker", status_source="status_column")
    p.add(T(tuple(rows), (1.3, 1.4, 4, 4, 1.3), header_rows=1))
    pdf(p, PdfLook())


def cumbria() -> None:
    p = Pack("cumbria-pfcc-pac-2043-08-19-round56b.docx", org="Police, Fire and Crime Commissioner for Cumbria",
             force="Cumbria Constabulary", title="Public Accountability Conference", date="2043-08-19")
    p.add(P("**Police, Fire and Crime Commissioner for Cumbria**"), H("Public Accountability Conference"))
    p.meeting("Public Accountability Conference", "2043-08-19", None)
    p.add(P("19/08/2043 at 14:00, Police Headquarters"))
    p.agenda(("No.", "Item", "Lead"), [
        ("1", "Apologies and declarations", "–", None),
        ("2", "Minutes of the last conference", "Executive Support Officer", "Executive Support Officer"),
        ("3", "Digital forensics", "Detective Superintendent", "Detective Superintendent"),
        ("4", "Shoplifting and business crime", "Chief Inspector", "Chief Inspector"),
        ("5", "Date of next conference", "", None)], (1, 6, 3))
    p.add(Break())
    head = "Minutes of the Public Accountability Conference held on 17 June 2043"
    p.add(H(head, 2))
    p.meeting(head, "2043-06-17", "Anti-social behaviour")
    p.add(P("1. Apologies were received from the Deputy Chief Constable."), P("2. The minutes of 15 April 2043 were agreed."),
          H("3. Anti-social behaviour", 3))
    qs = [("What is the trend in reports of anti-social behaviour in town centres this summer?",
           "Reports were 8% lower than last summer; the largest falls were in the two towns with late-night patrols.",
           "Assured", "Assured", "The Commissioner thanked the neighbourhood teams."),
          ("How are repeat victims of anti-social behaviour identified and supported?",
           "A risk assessment is completed at first contact but the repeat flag was missing on a third of records audited.",
           "Partly assured", "Partly assured", "The Commissioner wants the audit repeated in three months."),
          ("How often has the community trigger been used, and were the reviews completed in time?",
           "Eleven applications were received; four reviews ran beyond the 28 days allowed.",
           "Not assured", "Not assured", "Delays in reviews are not acceptable to victims.")]
    rows = [("No.", "Question", "Response", "Level of assurance", "Comment")]
    for i, (q, e, a, raw, c) in enumerate(qs, 1):
        rows.append((f"Q{i}", q, e, raw, c))
        p.decision(date="2043-06-17", topic="Anti-social behaviour", number=str(i), question=q, evidence=e, assurance=a, raw=raw, commentary=c)
    p.add(T(tuple(rows), (1, 4, 5, 2, 4), header_rows=1))
    p.add(P("**Actions:** PAC 43/21 and PAC 43/22 were agreed (see the action log)."))
    p.add(P("4. The next conference will be held on 19 August 2043."), Break(), H("Action log", 2))
    rows = [("Ref", "Date raised", "Action", "Progress", "Status")]
    for r, raised, d, t, u, s, topic in [
            ("PAC 43/14", "15 April 2043", "2043-04-15", "Circulate the force's rural crime survey results.", "Circulated on 3 May.", "Complete", None),
            ("PAC 43/17", "15 April 2043", "2043-04-15", "Confirm the date of the joint fire and police road safety campaign.", None, "Not started", None),
            ("PAC 43/21", "17 June 2043", "2043-06-17", "Repeat the audit of repeat victim flags and report the result.", "Audit booked for September.", "In progress", "Anti-social behaviour"),
            ("PAC 43/22", "17 June 2043", "2043-06-17", "Explain each late community trigger review to the OPCC.", "Explanations received for all four reviews.", "Complete", "Anti-social behaviour")]:
        rows.append((r, raised, t, u or "", s))
        p.action(date=d, topic=topic, number=r, text=t, update=u, status="complete" if s == "Complete" else "outstanding",
                 source="action_tracker", status_source="status_column")
    p.add(T(tuple(rows), (1.4, 1.6, 4, 4, 1.4), header_rows=1))
    word(p, to_pdf=False)


def devon_cornwall() -> None:
    p = Pack("devon-cornwall-pcc-pam-2043-09-09-round56b.pdf", org="Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
             force="Devon and Cornwall Police", title="Performance and Accountability Meeting", date="2043-09-09")
    p.add(P("**Office of the Police & Crime Commissioner for Devon, Cornwall and the Isles of Scilly**"), H("Performance and Accountability Meeting"))
    p.meeting("Performance and Accountability Meeting", "2043-09-09", "Rural crime")
    p.add(P("Date: 9 September 2043"), P("**Topic:** Rural crime"))
    p.agenda(("Item", "Title", "Presenter"), [
        ("1", "Welcome", "Chair", "Chair"),
        ("2", "Notes and actions of the last meeting", "OPCC", "OPCC"),
        ("3", "Rural crime", "Chief Superintendent, Local Policing", "Chief Superintendent, Local Policing")], (1, 6, 3))
    p.add(Break())
    head = "DRAFT NOTES – PERFORMANCE AND ACCOUNTABILITY MEETING (MISSING CHILDREN) – 8 JULY 2043"
    p.add(H(head, 2))
    p.meeting(head, "2043-07-08", "Missing Children")
    qs = [("How quickly are return home interviews completed for children reported missing?",
           "73% of interviews were held within 72 hours, up from 61%. The commissioned provider covers both counties.",
           "Partly assured", "Partially Assured", "The PCC wants to see the figure above 85% by the winter."),
          ("How does the force work with children's homes to reduce repeat missing episodes?",
           "Each home has a named officer; repeat episodes from homes fell by a fifth. A protocol with the islands' care provider was signed in June.",
           "Assured", "Assured", "The PCC praised the named officer scheme."),
          ("How is the risk of exploitation recorded when a child goes missing?",
           "An exploitation screening tool is completed for every episode; an audit found it done in 96% of cases.",
           "Assured", "Assured", None)]
    rows = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    for q, e, a, raw, c in qs:
        rows.append((q, e, f"**{raw}**" + (f"\n*{c}*" if c else "")))
        p.decision(date="2043-07-08", topic="Missing Children", number=None, question=q, evidence=e, assurance=a, raw=raw, commentary=c)
    p.add(T(tuple(rows), (4, 6, 3), header_rows=1))
    p.add(H("Actions", 3))
    minuted = ["Provide the monthly return home interview figures for each county.",
               "Share the children's homes protocol with the OPCC commissioning team."]
    p.add(Num(tuple(minuted)))
    p.add(Break(), H("Scrutiny Actions 2043/44", 2))
    green, red = "#00a050", "#d02020"
    p.add(P(f"{{{green}|■}} = Action Complete    {{{red}|■}} = Action Outstanding"))
    rows = [("Topic", "Action", "Update", "")]
    data = [("Stop and search", "Publish the quarterly stop and search dashboard on the OPCC website.", "Published in June.", green, None, None),
            ("Stop and search", "Arrange for panel members to observe a body-worn video review.", "Dates being agreed with the force.", red, None, None),
            ("Missing Children", minuted[0], "July and August figures provided.", green, "1", "2043-07-08"),
            ("Missing Children", minuted[1], "Awaiting the signed copy from the provider.", red, "2", "2043-07-08")]
    for topic, t, u, colour, number, d in data:
        rows.append(("", t, u, f"{{{colour}|■}}"))
        p.action(date=d, topic=topic, number=number, text=t, update=u, status="complete" if colour == green else "outstanding",
                 source="action_tracker", status_source="glyph_colour")
    rows[1] = ("Stop and search",) + rows[1][1:]
    rows[3] = ("Missing Children",) + rows[3][1:]
    p.add(T(tuple(rows), (2, 5, 4, 0.7), header_rows=1, spans=((1, 0, 2, 1), (3, 0, 2, 1))))
    word(p, to_pdf=True)


def dorset() -> None:
    p = Pack("dorset-pcc-pab-2043-10-14-round56b.pdf", org="Police and Crime Commissioner for Dorset",
             force="Dorset Police", title="Police Accountability Board", date="2043-10-14")
    p.add(P("**Dorset Police and Crime Commissioner**"), H("Police Accountability Board"))
    p.meeting("Police Accountability Board", "2043-10-14", "Violence against women and girls")
    p.add(P("Tuesday 14 October 2043"), P("**Focus of the meeting:** Violence against women and girls"))
    p.agenda(("No.", "Item", "Lead"), [
        ("1", "Introductions", "Chair", "Chair"),
        ("2", "Notes of 12 August 2043", "Head of Governance", "Head of Governance"),
        ("3", "Violence against women and girls", "Detective Chief Superintendent", "Detective Chief Superintendent"),
        ("4", "Date of next meeting", "–", None)], (1, 6, 3))
    p.add(Break())
    head = "Notes of the Police Accountability Board – 12 August 2043"
    p.add(H(head, 2))
    p.meeting(head, "2043-08-12", "Burglary")
    p.add(P(STANDING), H("3. Burglary", 3))
    qs = [("What is the solved rate for residential burglary, and how does it compare with similar forces?",
           "The solved rate is 7.2%, fourth in the most similar group. Forensic attendance is now within 24 hours in most cases.",
           "Assured", "Assured", "The PCC noted the improvement."),
          ("How are burglary victims kept informed about their case?",
           "Victim contact is due every 28 days; it was met in 58% of cases audited in July.",
           "Partly assured", "Partly assured", "The PCC asked for the audit to be repeated."),
          ("What has been done to target prolific burglars released from prison?",
           "The integrated offender team manages 41 burglars; electronic tags are fitted on release in eligible cases.",
           "Assured", "Assured", None)]
    rows = [("No.", "Question", "Response", "Outcome", "Comments")]
    for i, (q, e, a, raw, c) in enumerate(qs, 1):
        rows.append((f"{i}.", q, e, raw, c or ""))
        p.decision(date="2043-08-12", topic="Burglary", number=str(i), question=q, evidence=e, assurance=a, raw=raw, commentary=c)
    p.add(T(tuple(rows), (0.6, 4, 5, 1.6, 3), header_rows=1))
    p.add(P("Actions from this item are PAB 43/30 and PAB 43/31 in the action log."), Break(), H("Action log", 2))
    p.add(P("Key: green – complete; amber – in progress; red – not started or overdue."))
    rows, fills = [("Ref", "Raised", "Action", "Update", "RAG")], {}
    data = [("PAB 43/24", "10/06/2043", "2043-06-10", "Report the number of domestic abuse protection orders applied for.", "Figures reported in August.", "#00b050", None),
            ("PAB 43/27", "10/06/2043", "2043-06-10", "Review the use of the rural watch messaging service.", "Review starts in November.", "#ff0000", None),
            ("PAB 43/30", "12/08/2043", "2043-08-12", "Repeat the audit of burglary victim contact.", "Audit under way.", "#ffc000", "Burglary"),
            ("PAB 43/31", "12/08/2043", "2043-08-12", "Share the list of tagged burglars' release dates with neighbourhood teams.", "Shared on 1 September.", "#00b050", "Burglary")]
    for i, (r, raised, d, t, u, fill, topic) in enumerate(data, 1):
        rows.append((r, raised, t, u, ""))
        fills[(i, 4)] = fill
        p.action(date=d, topic=topic, number=r, text=t, update=u, status="complete" if fill == "#00b050" else "outstanding",
                 source="action_tracker", status_source="cell_shading")
    p.add(T(tuple(rows), (1.3, 1.3, 5, 4, 0.8), header_rows=1, fills=fills))
    pdf(p, PdfLook(landscape=True, margin=50))



def norfolk() -> None:
    p = Pack("norfolk-pcc-paf-2043-11-04-round56b.pdf", org="Police and Crime Commissioner for Norfolk",
             force="Norfolk Constabulary", title="Police Accountability Forum", date="2043-11-04")
    p.add(P("**Norfolk Office of the Police and Crime Commissioner**"), H("Police Accountability Forum"))
    p.meeting("Police Accountability Forum", "2043-11-04", None)
    p.add(P("4th November 2043, 10.00am, OPCC Boardroom"))
    p.agenda(("Item", "Business", "Presenter"), [
        ("1", "Welcome and apologies", "Chair", "Chair"),
        ("2", "Minutes of 2 September 2043 and action tracker", "Chief Executive", "Chief Executive"),
        ("3", "Fraud and cyber crime", "Detective Superintendent", "Detective Superintendent"),
        ("4", "Neighbourhood policing", "Superintendent", "Superintendent"),
        ("5", "Any other business", "", None)], (1, 6, 3), bordered=False)
    p.add(Break())
    head = "Minutes of the Police Accountability Forum held on 2nd September 2043"
    p.add(H(head, 2))
    p.meeting(head, "2043-09-02", "Drug-related harm")
    p.add(P("Items 1 and 2: apologies were noted and the minutes of the last Forum were agreed."), H("Item 3: Drug-related harm", 3))
    qs = [("How many county lines have been closed this year, and how many children were safeguarded as a result?",
           "Fourteen lines were closed and 19 children referred to the exploitation team; two of the lines reopened within a month.",
           "Partly assured", "Partial", "The PCC asked how reopened lines are tracked."),
          ("How does the force refer people arrested for drug possession to treatment?",
           "A diversion scheme refers adults found with small amounts to a treatment provider; 312 referrals were made, of whom 70% attended.",
           "Assured", "Substantial", "The PCC welcomed the attendance rate."),
          ("What is the force doing about drug-driving on rural roads?",
           "Roadside drug tests rose by a third; laboratory results take 14 weeks to return, delaying charges.",
           "Not assured", "Limited", "The PCC asked for the delay in results to be raised with the laboratory.")]
    p.add(P("*Level of assurance: Substantial – the PCC is assured; Partial – the PCC is partly assured; Limited – the PCC is not assured.*"))
    rows = [("No.", "Question", "Response", "Level of assurance", "PCC comment")]
    for i, (q, e, a, raw, c) in enumerate(qs, 1):
        rows.append((f"3.{i}", q, e, raw, c))
        p.decision(date="2043-09-02", topic="Drug-related harm", number=f"3.{i}", question=q, evidence=e, assurance=a, raw=raw, commentary=c)
    p.add(T(tuple(rows), (1, 4, 4.6, 2.4, 3), header_rows=1, bordered=False))
    p.add(P("Actions were agreed as PAF 61 and PAF 62 (see the action tracker)."), Break())
    p.add(H("Action tracker", 2), P("Where a target date has been missed, the revised date agreed with the owner is shown."))
    rows = [("Ref", "Forum", "Action", "Target date", "Revised date", "Update")]
    data = [("PAF 55", "01/07/2043", "2043-07-01", "Present the review of the force's use of Taser to the Forum.", "Sept 2043", "", "The review was presented to the September Forum.", "complete", None),
            ("PAF 58", "01/07/2043", "2043-07-01", "Agree a data-sharing protocol with the county's housing providers.", "Aug 2043", "Dec 2043", "Two providers have signed; the remaining three are still considering the draft.", "outstanding", None),
            ("PAF 61", "02/09/2043", "2043-09-02", "Report how reopened county lines are identified and tracked.", "Oct 2043", "", "A briefing note was circulated to the OPCC on 6 October.", "complete", "Drug-related harm"),
            ("PAF 62", "02/09/2043", "2043-09-02", "Raise the delay in drug-driving results with the forensic laboratory.", "Oct 2043", "Jan 2044", "A meeting with the laboratory is scheduled for January.", "outstanding", "Drug-related harm")]
    for r, forum, d, t, target, revised, u, status, topic in data:
        rows.append((r, forum, t, target, revised, u))
        p.action(date=d, topic=topic, number=r, text=t, update=u, status=status, source="action_tracker",
                 status_source="inferred_from_update")
    p.add(T(tuple(rows), (1.6, 2.1, 4, 1.8, 1.8, 4), header_rows=1, bordered=False))
    look = register_dejavu_serif()
    pdf(p, PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font, cell_size=9, margin=54,
                   footer="Police Accountability Forum – 4 November 2043"))


def suffolk() -> None:
    p = Pack("suffolk-pcc-app-2043-12-09-round56b.pdf", org="Police and Crime Commissioner for Suffolk",
             force="Suffolk Constabulary", title="Accountability and Performance Panel", date="2043-12-09")
    p.add(P("**Suffolk Police and Crime Commissioner**"), H("Accountability and Performance Panel"))
    p.meeting("Accountability and Performance Panel", "2043-12-09", "Public contact")
    p.add(P("Tuesday 9 December 2043, 10:30, Police Headquarters"), P("**Theme:** Public contact"))
    p.agenda(("Item", "Subject", "Lead"), [
        ("1", "Apologies", "Chair", "Chair"),
        ("2", "Notes of the Panel of 7 October 2043", "OPCC", "OPCC"),
        ("3", "Public contact: 999 and 101", "Head of Contact", "Head of Contact"),
        ("4", "Action log (Appendix A)", "OPCC", "OPCC")], (1, 6, 3))
    p.add(Break())
    head = "Notes of the Accountability and Performance Panel, 7 October 2043"
    p.add(H(head, 2))
    p.meeting(head, "2043-10-07", "Custody")
    p.add(P(STANDING), H("3. Custody", 3))
    qs = [("How does the force make sure detainees at risk of self-harm are checked as often as their care plan requires?",
           "Cell checks are recorded on the custody system; an audit of 200 records found 11 checks late, all by under ten minutes.",
           "Assured", "Assured", "The PCC thanked the custody team for the audit."),
          ("How long do detainees wait for a mental health assessment?",
           "The average wait was nine hours in the quarter; the health provider has added a second practitioner at night.",
           "Partly assured", "Partly assured", "The PCC will raise the waits with the health board."),
          ("What are the outcomes of the independent custody visitors' last visits?",
           "Visitors raised 23 issues, mostly about cell cleanliness; 20 were resolved within a week.",
           "Assured", "Assured", None)]
    for i, (q, e, a, raw, c) in enumerate(qs, 1):
        p.add(H(f"Question {i}", 3), P(f"**{q}**"), P(e), P(f"**PCC decision:** {raw}"))
        if c:
            p.add(P(f"**Comment:** {c}"))
        p.decision(date="2043-10-07", topic="Custody", number=str(i), question=q, evidence=e, assurance=a, raw=raw, commentary=c)
    p.add(P("**Actions** (carried into the action log at Appendix A):"))
    minuted = [("APP 43/19", "Share the custody record audit with the independent custody visitors."),
               ("APP 43/20", "Provide monthly mental health assessment waiting times to the OPCC.")]
    p.add(Num(tuple(f"{r}: {t}" for r, t in minuted)))
    appendix = [H("Appendix A – Action log", 2)]
    rows = [("Ref", "Panel", "Action", "Owner", "Due", "Update", "Status")]
    data = [("APP 43/11", "05/08/2043", "2043-08-05", "Publish the panel's forward plan for 2044.", "OPCC", "Nov 2043", "Published on the OPCC website.", "Closed", None),
            ("APP 43/15", "05/08/2043", "2043-08-05", "Report on the rollout of video appointments for victims.", "ACC", "Dec 2043", "Pilot extended to two more districts.", "Open", None),
            (minuted[0][0], "07/10/2043", "2043-10-07", minuted[0][1], "Custody Inspector", "Nov 2043", "Audit sent to the visitors' scheme manager.", "Closed", "Custody"),
            (minuted[1][0], "07/10/2043", "2043-10-07", minuted[1][1], "Head of Custody", "Monthly", "October figures awaited from the health provider.", "Open", "Custody")]
    for r, panel, d, t, owner, due, u, s, topic in data:
        rows.append((r, panel, t, owner, due, u, s))
        p.action(date=d, topic=topic, number=r, text=t, update=u, status="complete" if s == "Closed" else "outstanding",
                 source="action_tracker", status_source="status_column")
    appendix.append(T(tuple(rows), (1.3, 1.4, 4.5, 1.8, 1.2, 4.5, 1), header_rows=1))
    word(p, to_pdf=True, appendix=appendix)



def surrey() -> None:
    p = Pack("surrey-pcc-pam-2043-12-02-round56b.docx", org="Police and Crime Commissioner for Surrey",
             force="Surrey Police", title="Performance & Accountability Meeting", date="2043-12-02")
    p.add(P("**Office of the Police & Crime Commissioner for Surrey**"), H("Performance & Accountability Meeting"))
    p.meeting("Performance & Accountability Meeting", "2043-12-02", "Roads policing")
    p.add(P("2 December 2043"), P("**Theme:** Roads policing"))
    p.agenda(("Item", "Title", "Presented by"), [
        ("1", "Welcome and apologies", "PCC", "PCC"),
        ("2", "Minutes and actions of 30 September 2043", "Head of Performance", "Head of Performance"),
        ("3", "Roads policing", "Chief Inspector, Roads Policing Unit", "Chief Inspector, Roads Policing Unit"),
        ("4", "Any other business", "All", "All")], (1, 6, 3))
    p.add(Break())
    head = "Minutes of the Performance & Accountability Meeting held on 30 September 2043"
    p.add(H(head, 2))
    p.meeting(head, "2043-09-30", "Retail crime")
    p.add(P("The minutes are set out by minute number. The PCC's assurance on each question is recorded at the end "
            "of the discussion; actions agreed are shown in the right-hand column and carried into the action log."))
    rows = [("Minute", "Discussion", "Action agreed")]
    rows.append(("1.", "Apologies were received from the Assistant Chief Constable.", "None"))
    rows.append(("2.", "The minutes of 29 July 2043 were agreed. Actions were reviewed (see the action log).", "None"))
    rows.append(("3.", "**Retail crime**", ""))
    qs = [("3.1", "How many shop thefts were reported this year, and how many were attended?",
           "Reports rose by 14%. Officers attended 38% of thefts where the offender was detained by staff, against a target of 60%.",
           "Partly assured", "Partly assured", "The PCC wants attendance reported monthly.",
           ("PAM 43/52", "Report monthly attendance at shop thefts where the offender is detained.")),
          ("3.2", "How does the force work with retailers to identify prolific offenders?",
           "A retail partnership shares images weekly; 26 prolific offenders were identified and 17 charged in the quarter.",
           "Assured", "Assured", "The PCC thanked the partnership coordinator.", None),
          ("3.3", "What support is offered to shop workers who are assaulted?",
           "Victims are referred to the victim service; retailers said staff were rarely told the outcome of their case.",
           "Not assured", "Not assured", "Shop workers must be kept informed like any other victim.",
           ("PAM 43/53", "Set out how shop workers who are assaulted will be told the outcome of their case."))]
    for n, q, e, a, raw, c, act in qs:
        rows.append((n, (f"**{q}**", e, f"*Assurance:* {raw}. {c}"), f"{act[0]}: {act[1]}" if act else "None"))
        p.decision(date="2043-09-30", topic="Retail crime", number=n, question=q, evidence=e, assurance=a, raw=raw, commentary=c)
    rows.append(("4.", "No other business was raised.", "None"))
    p.add(T(tuple(rows), (1, 7, 3), header_rows=1))
    p.add(Break(), H("Action log", 2))
    rows = [("Ref", "Meeting", "Action", "Update", "Status")]
    data = [("PAM 43/44", "29 July 2043", "2043-07-29", "Circulate the evaluation of the summer night-time economy patrols.", "Evaluation circulated on 2 September.", "Closed", None),
            ("PAM 43/47", "29 July 2043", "2043-07-29", "Brief the PCC on the force's plan for the new crime recording system.", "Briefing moved to January.", "Open", None),
            ("PAM 43/52", "30 Sept 2043", "2043-09-30", qs[0][6][1], "October and November figures reported.", "Closed", "Retail crime"),
            ("PAM 43/53", "30 Sept 2043", "2043-09-30", qs[2][6][1], "Draft letter to victims being agreed with the victim service.", "Open", "Retail crime")]
    for r, m, d, t, u, s, topic in data:
        rows.append((r, m, t, u, s))
        p.action(date=d, topic=topic, number=r, text=t, update=u, status="complete" if s == "Closed" else "outstanding",
                 source="action_tracker", status_source="status_column")
    p.add(T(tuple(rows), (1.4, 1.6, 4, 4, 1.2), header_rows=1))
    word(p, to_pdf=False)


def warwickshire() -> None:
    p = Pack("warwickshire-pcc-pab-2043-10-28-round56b.pdf", org="Police and Crime Commissioner for Warwickshire",
             force="Warwickshire Police", title="Performance and Accountability Board", date="2043-10-28")
    p.add(P("**Office of the Warwickshire Police and Crime Commissioner**"), H("Performance and Accountability Board"))
    p.meeting("Performance and Accountability Board", "2043-10-28", None)
    p.add(P("Date: 28/10/2043"))
    p.agenda(("No.", "Item", "Lead officer"), [
        ("1", "Apologies", "Chair", "Chair"),
        ("2", "Notes and actions of the last Board", "Policy Officer", "Policy Officer"),
        ("3", "Hate crime", "Superintendent", "Superintendent"),
        ("4", "Firearms licensing", "Head of Licensing", "Head of Licensing"),
        ("5", "Date of next Board", "", None)], (1, 6, 3))
    p.add(Break())
    head = "Notes of the Performance and Accountability Board held on 26/08/2043"
    p.add(H(head, 2))
    p.meeting(head, "2043-08-26", "Serious violence")
    p.add(P("1-2. Apologies were noted and the notes of the last Board agreed."), H("3. Serious violence", 3))
    p.add(P("The questions were set under two lines of enquiry. For each, the Commissioner records **Assurance provided**, "
            "**Further assurance required** (partly assured) or **Assurance not provided** (not assured)."))
    rows = [("Ref", "Question", "Force response", "Outcome", "Commissioner's comment")]
    spans = []
    groups = [("Line of enquiry A: Prevention and early intervention", [
                  ("A1", "How many young people were referred to the violence reduction programme, and how many completed it?",
                   "212 were referred and 131 completed; a mentor is now assigned within a week of referral.",
                   "Assured", "Assurance provided", "The Commissioner welcomed the completion rate."),
                  ("A2", "How does the force use hospital data on knife injuries to plan patrols?",
                   "Data from the two emergency departments is shared monthly, but one hospital's data is three months behind.",
                   "Partly assured", "Further assurance required", "The Commissioner asked for the data-sharing gap to be closed.")]),
              ("Line of enquiry B: Enforcement", [
                  ("B1", "How many weapons were recovered in the knife crime week of action?",
                   "Forty-six knives were recovered from searches and amnesty bins.",
                   "Assured", "Assurance provided", None),
                  ("B2", "What is the charge rate for possession of a bladed article, and why has it fallen?",
                   "The charge rate fell from 71% to 58%; the force could not yet explain the fall.",
                   "Not assured", "Assurance not provided", "The Commissioner expects an analysis of the fall at the next Board.")])]
    for line, qs in groups:
        spans.append((len(rows), 0, 1, 5))
        rows.append((f"**{line}**", None, None, None, None))
        for n, q, e, a, raw, c in qs:
            rows.append((n, q, e, f"**{raw}**", c or ""))
            p.decision(date="2043-08-26", topic="Serious violence", number=n, question=q, evidence=e, assurance=a, raw=raw, commentary=c)
    p.add(T(tuple(rows), (0.8, 4, 4.4, 2.2, 3.2), header_rows=1, spans=tuple(spans)))
    p.add(P("**Actions:**"), Bul(("PAB/43/17 – Close the gap in hospital data on knife injuries.",
                                 "PAB/43/18 – Analyse the fall in the charge rate for possession of a bladed article.")))
    p.add(Break(), H("Action tracker", 2))
    rows = [("Action no.", "Board", "Action", "Progress", "Status")]
    data = [("PAB/43/11", "24/06/2043", "2043-06-24", "Report on the take-up of the domestic abuse perpetrator programme.", "Reported in August.", "Complete", None),
            ("PAB/43/14", "24/06/2043", "2043-06-24", "Provide the number of officers trained in trauma-informed interviewing.", "Training records being checked.", "Ongoing", None),
            ("PAB/43/17", "26/08/2043", "2043-08-26", "Close the gap in hospital data on knife injuries.", "Second hospital now sharing monthly.", "Complete", "Serious violence"),
            ("PAB/43/18", "26/08/2043", "2043-08-26", "Analyse the fall in the charge rate for possession of a bladed article.", "Analysis due at the November Board.", "Ongoing", "Serious violence")]
    for r, b, d, t, u, s, topic in data:
        rows.append((r, b, t, u, s))
        p.action(date=d, topic=topic, number=r, text=t, update=u, status="complete" if s == "Complete" else "outstanding",
                 source="action_tracker", status_source="status_column")
    p.add(T(tuple(rows), (1.6, 1.6, 4, 3.6, 1.3), header_rows=1))
    pdf(p, PdfLook(font="Times-Roman", bold_font="Times-Bold", italic_font="Times-Italic", margin=60))


def west_yorkshire() -> None:
    p = Pack("west-yorkshire-dmpc-com-2043-11-18-round56b.pdf", org="Deputy Mayor for Policing and Crime",
             force="West Yorkshire Police", title="Community Outcomes Meeting", date="2043-11-18")
    p.add(P("**West Yorkshire Combined Authority – Mayor of West Yorkshire**"), H("Community Outcomes Meeting"))
    p.meeting("Community Outcomes Meeting", "2043-11-18", "Neighbourhood crime")
    p.add(P("**Chair:** Deputy Mayor for Policing and Crime"), P("18 November 2043"), P("**Theme:** Neighbourhood crime"))
    p.agenda(("Item", "Title", "Presenter"), [
        ("1", "Welcome and apologies", "Deputy Mayor", "Deputy Mayor"),
        ("2", "Notes of the meeting of 16 September 2043", "Policing and Crime Team", "Policing and Crime Team"),
        ("3", "Neighbourhood crime", "Assistant Chief Constable", "Assistant Chief Constable"),
        ("4", "Any other business", "–", None)], (1, 6, 3))
    p.add(Break())
    head = "Notes of the Community Outcomes Meeting – 16 September 2043"
    p.add(H(head, 2))
    p.meeting(head, "2043-09-16", "Child sexual exploitation")
    p.add(P(STANDING), H("Item 3 – Child sexual exploitation", 3))
    qs = [("How many children were identified as at risk of sexual exploitation this year, and how many now have a safety plan?",
           "186 children were identified; 170 have a multi-agency safety plan and the rest are being assessed.",
           "Assured", "Assured", "The Deputy Mayor welcomed the joint work with the five districts."),
          ("How are hotels and taxi firms engaged to spot exploitation?",
           "Training was given to 240 hotel staff; taxi licensing checks vary between districts.",
           "Partly assured", "Partially assured", "The Deputy Mayor will write to the licensing authorities."),
          ("What proportion of investigations lead to a charge?",
           "Eleven percent of investigations closed in the year led to a charge; victim withdrawal is the most common reason for closure.",
           "Not assured", "Not assured", "The Deputy Mayor asked for a plan to support victims through the court process."),
          ("How is the voice of the child captured in case records?",
           "The audit of case records is still being completed and was not available for the meeting.",
           None, "Deferred", "The question will return when the audit is complete.")]
    rows = [("No.", "Question", "Response", "Outcome", "Deputy Mayor's comments")]
    for i, (q, e, a, raw, c) in enumerate(qs, 1):
        rows.append((f"{i}", q, e, raw, c))
        p.decision(date="2043-09-16", topic="Child sexual exploitation", number=str(i), question=q, evidence=e, assurance=a, raw=raw, commentary=c)
    p.add(T(tuple(rows), (0.6, 4, 5, 1.8, 3.2), header_rows=1))
    p.add(P("Actions arising: COM 43/33 and COM 43/34 (action tracker)."), Break(), H("Action tracker", 2))
    rows = [("Ref", "Date", "Action", "Progress", "Status")]
    data = [("COM 43/29", "15/07/2043", "2043-07-15", "Provide the results of the neighbourhood survey by district.", "Results provided on 30 August.", "Complete", None),
            ("COM 43/31", "15/07/2043", "2043-07-15", "Confirm funding for the second year of the street lighting scheme.", "Awaiting the council's budget decision.", "In progress", None),
            ("COM 43/33", "16/09/2043", "2043-09-16", "Write to the licensing authorities on taxi driver training.", "Letters sent on 1 October.", "Complete", "Child sexual exploitation"),
            ("COM 43/34", "16/09/2043", "2043-09-16", "Present a plan to support victims of exploitation through court.", "", "Not started", "Child sexual exploitation")]
    for r, dt, d, t, u, s, topic in data:
        rows.append((r, dt, t, u, s))
        p.action(date=d, topic=topic, number=r, text=t, update=u or None, status="complete" if s == "Complete" else "outstanding",
                 source="action_tracker", status_source="status_column")
    p.add(T(tuple(rows), (1.4, 1.4, 4, 4, 1.4), header_rows=1))
    word(p, to_pdf=True)


if __name__ == "__main__":
    only = sys.argv[1:]
    for build in (cambridgeshire, cumbria, devon_cornwall, dorset, norfolk, suffolk, surrey, warwickshire, west_yorkshire):
        if not only or build.__name__ in only:
            build()
