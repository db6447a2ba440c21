"""Round 58 (blind fix round, issue 4): nine packs of ordinary scrutiny forms inside the noise of real
published packs (running headers and footers, contents lists, attendance tables, performance and finance
tables with RAG words, risk registers, HMICFRS recommendation tables with their own Status column, a decision
notice, a letter from the Chief Constable, a forward plan, public questions, long trackers over three pages).

Each builder call that prints a question, an action row, an agenda row or a meeting heading also writes its
gold record (to ``gold/``; in ``pending/`` until every record was right, then promoted). A PDF record's ``page`` is the first page (from ``after``) whose pdfplumber
text or table cells hold the first eight, six, four or three words of its key; the generator stops if a key
is on no page, or if a word of a PDF table cell is in no source text (a word split over two lines).

    .venv/bin/python samples/corpus/scrutiny-round58/generate.py [NAME-PREFIX ...]
"""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from office_pdf import docx_to_pdf  # noqa: E402
import scrutiny_common  # noqa: E402,F401  (puts scrutiny-round3 on sys.path)
from render import Break, Bul, H, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind by the round-58 author from the generator's own data; pages from the PDF's "
           "pdfplumber text; checked by page images before any extractor was run.")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
STATUS = {"Complete": "complete", "Completed": "complete", "Closed": "complete", "Open": "outstanding",
          "In progress": "outstanding", "Ongoing": "outstanding", "Not started": "outstanding"}
LEVEL = {"Assured": "Assured", "Partially assured": "Partly assured", "Partly assured": "Partly assured",
         "Not assured": "Not assured", "Assessment deferred": None}


def long_date(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def slash_date(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def plain(text: str) -> str:
    return re.sub(r"\*+|~~|\{#[0-9a-fA-F]{6}\||\}", "", text)


class Pack:
    """One pack's blocks and gold records; ``keys`` say where to look for each PDF record's page."""

    def __init__(self, name: str, *, org: str, force: str, title: str, iso: str) -> None:
        self.name, self.org, self.title, self.iso = name, org, title, iso
        self.blocks: list = []
        self.keys: list[tuple[dict, str, int]] = []
        self.records: dict[str, list] = {
            "documents": [{"page": None, "file_type": name.rsplit(".", 1)[1], "doc_kind": "scrutiny_pack",
                           "status": "ok", "publication_date": None, "title": title, "force": force,
                           "organisation": org, "meeting_date": iso}],
            "meetings": [], "agenda_items": [], "assurance_decisions": [], "actions": [], "grades": []}

    def add(self, *blocks) -> None:
        self.blocks += blocks

    def _keyed(self, kind: str, record: dict, key: str, after: int = 1) -> None:
        self.records[kind].append(record)
        self.keys.append((record, plain(key), after))

    def front_meeting(self, topic: str | None) -> None:
        self.records["meetings"].append({"page": 1, "meeting_date": self.iso, "topic": topic,
                                         "organisation": self.org, "title": self.title})

    def agenda(self, header: tuple[str, ...], rows: list[tuple[str, str, str | None]], widths=(8, 62, 30),
               bordered: bool = True) -> None:
        table = [header]
        for number, title, presenter in rows:
            table.append((number, title, presenter if presenter is not None else "") if len(header) == 3
                         else (number, title))
            self.records["agenda_items"].append({
                "page": 1, "meeting_date": self.iso, "number": number.rstrip("."), "title": plain(title),
                "presenter": None if presenter in (None, "", "–") else presenter})
        self.add(T(tuple(table), widths if len(header) == 3 else widths[:2], header_rows=1, bordered=bordered))

    def notes_heading(self, text: str, iso: str, topic: str | None, after: int = 2, level: int = 1) -> None:
        self.add(H(text, level))
        record = {"page": None, "meeting_date": iso, "topic": topic, "organisation": self.org, "title": plain(text)}
        self._keyed("meetings", record, text, after)

    def decision(self, *, iso: str, topic: str, number: str | None, question: str, evidence: str,
                 level: str, commentary: str | None, after: int = 2) -> None:
        record = {"page": None, "meeting_date": iso, "topic": topic, "question_number": number,
                  "question": plain(question), "evidence_summary": plain(evidence), "assurance": LEVEL[level],
                  "commentary": plain(commentary) if commentary else None}
        self._keyed("assurance_decisions", record, question, after)

    def question_table(self, header: tuple[str, ...], rows: list[tuple], *, iso: str, topic: str,
                       widths: tuple[float, ...], numbered: bool = True, level_over_comment: bool = False,
                       after: int = 2) -> None:
        """rows: (number, question, evidence, level, comment). With ``level_over_comment`` the level and the
        comment share one cell, bold over italic (the reference pack's Decision of PCC)."""
        table = [header]
        for number, question, evidence, level, comment in rows:
            cells = ([f"{number}." if number else ""] if numbered else []) + [question, evidence]
            if level_over_comment:
                cells.append((f"**{level}**", f"*{comment}*") if comment else f"**{level}**")
            else:
                cells += [level, comment or ""]
            table.append(tuple(cells))
            self.decision(iso=iso, topic=topic, number=number, question=question, evidence=evidence,
                          level=level, commentary=comment, after=after)
        self.add(T(tuple(table), widths, header_rows=1))

    def tracker(self, header: tuple[str, ...], rows: list[dict], widths: tuple[float, ...], after: int = 2) -> None:
        """rows: ref, meeting (iso or None), text, update, status, topic; ``key`` where the action is minuted
        in other words than the tracker's text."""
        table = [header]
        for row in rows:
            cells = {"Ref": row["ref"], "Meeting": slash_date(row["meeting"]) if row["meeting"] else "",
                     "Action": row["text"], "Update": row["update"] or "", "Status": row["status"]}
            table.append(tuple(cells[h] for h in header))
            record = {"page": None, "meeting_date": row["meeting"], "topic": row.get("topic"), "number": row["ref"],
                      "text": row["text"], "update": row["update"], "status": STATUS[row["status"]],
                      "status_source": "status_column", "source": "action_tracker"}
            self._keyed("actions", record, row.get("key", row["text"]), after)
        self.add(T(tuple(table), widths, header_rows=1))

    # --- rendering ---------------------------------------------------------------------------------

    def build_pdf(self, data: bytes) -> bytes:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = []
            source_words = {w for b in self.blocks for w in _words(_block_text(b))}
            for page in pdf.pages:
                text = _norm(page.extract_text() or "")
                cells = []
                for table in page.extract_tables():
                    for row in table:
                        for cell in row:
                            if cell:
                                cells.append(_norm(cell))
                                for word in _words(cell):
                                    if word not in source_words and not word.isdigit():
                                        raise SystemExit(f"{self.name}: split word {word!r} on p{page.page_number}")
                pages.append((text, cells))
            self.records["documents"][0]["pages"] = len(pdf.pages)
        for record, key, after in self.keys:
            record["page"] = _find(key, pages, after, self.name)
        return data

    def docx_records(self) -> None:
        """A Word file has no pages: every record's page is null, the front sheet's too."""
        for kind in ("meetings", "agenda_items", "assurance_decisions", "actions"):
            for record in self.records[kind]:
                record["page"] = None


def _block_text(block) -> str:
    if isinstance(block, (H, P)):
        return block.text + " " + (block.hang or "") if isinstance(block, P) else block.text
    if isinstance(block, Bul):
        return " ".join(block.items)
    if isinstance(block, T):
        parts = []
        for row in block.rows:
            for cell in row:
                for part in (cell if isinstance(cell, tuple) else (cell,)):
                    parts.append(" ".join(part.items) if isinstance(part, Bul) else str(part or ""))
        return " ".join(parts)
    return ""


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9']+", plain(text).lower()) if len(w) > 1]


def _find(key: str, pages: list, after: int, name: str) -> int:
    words = _norm(key).split()
    for n in (8, 6, 4, 3):
        probe = " ".join(words[:n])
        for number, (text, cells) in enumerate(pages, start=1):
            if number >= after and (probe in text or any(probe in c for c in cells)):
                return number
    raise SystemExit(f"{name}: key {key!r} on no page")


def finish(pack: Pack, *, kind: str, look: PdfLook | None = None, header: tuple[str, ...] = ()) -> None:
    when = datetime(2045, 1, 6, 9, 0, 0)
    if kind == "docx":
        data = render_docx(pack.blocks, title=pack.title, author=pack.org, when=when, header=header)
        pack.docx_records()
    elif kind == "word-pdf":
        data = pack.build_pdf(docx_to_pdf(render_docx(pack.blocks, title=pack.title, author=pack.org, when=when,
                                                      header=header)))
    else:
        data = pack.build_pdf(render_pdf(pack.blocks, look or PdfLook(), pack.title, pack.org))
    (HERE / pack.name).write_bytes(data)
    GOLD.mkdir(exist_ok=True)
    gold = {"source_file": pack.name, "expect": "ok", "checked": CHECKED, "records": pack.records}
    (GOLD / f"{pack.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    pages = {t: [r["page"] for r in pack.records[t]] for t in ("meetings", "assurance_decisions", "actions")}
    print(f"{pack.name}: {len(data)} bytes; pages {pages}")


def row(ref: str, meeting: str | None, text: str, update: str | None, status: str, topic: str | None = None,
        key: str | None = None) -> dict:
    out = {"ref": ref, "meeting": meeting, "text": text, "update": update, "status": status, "topic": topic}
    if key:
        out["key"] = key
    return out


# --- the packs -------------------------------------------------------------------------------------


def cumbria() -> None:
    """reportlab, OFFICIAL header and a footer on every page, an attendance table, a performance report with
    RAG words, a tracker of 24 rows over three pages with its header repeated."""
    pack = Pack("cumbria-pfcc-pac-2045-06-14-round58.pdf", org="Police, Fire and Crime Commissioner for Cumbria",
                force="Cumbria Constabulary", title="Public Accountability Conference", iso="2045-06-14")
    notes = "2045-04-12"
    pack.add(P("**Police, Fire and Crime Commissioner for Cumbria**", 14), H("Public Accountability Conference"),
             P("**Date:** Wednesday 14 June 2045, 10:00"), P("**Venue:** Conference room, Carleton Hall, Penrith"),
             P("**Theme:** Rural and wildlife crime"), H("Agenda", 2))
    pack.front_meeting("Rural and wildlife crime")
    pack.agenda(("Item", "Title", "Lead"), [
        ("1", "Welcome, apologies and declarations of interest", "Commissioner"),
        ("2", "Notes and action tracker of the last conference", "Governance Manager"),
        ("3", "Rural and wildlife crime", "Assistant Chief Constable"),
        ("4", "Quarterly performance report – quarter 4 2044/45", "Head of Performance"),
        ("5", "Any other business", "–")])
    pack.add(P("Papers for items 2 and 4 follow. The report for item 3 will be tabled on the day."), Break())
    pack.notes_heading("Notes of the Public Accountability Conference held on 12 April 2045", notes, "Road safety")
    pack.add(T((("Name", "Role", "Attendance"),
                ("Commissioner", "Police, Fire and Crime Commissioner", "Present"),
                ("Chief Constable", "Cumbria Constabulary", "Present"),
                ("Assistant Chief Constable", "Cumbria Constabulary", "Present"),
                ("Chief Executive", "Office of the Commissioner", "Apologies"),
                ("Governance Manager", "Office of the Commissioner", "Present")), (35, 45, 20), header_rows=1),
             P("**1. Welcome and apologies.** The Commissioner welcomed those present; apologies are recorded "
               "above. No interests were declared."),
             P("**2. Notes of the last conference.** The notes of 8 March 2045 were agreed as a true record."),
             H("3. Road safety", 2))
    pack.question_table(("No.", "Question", "Response", "Assurance level", "Comments"), [
        ("1", "How many people were killed or seriously injured on the county's roads in 2044?",
         "There were 231 people killed or seriously injured, 18 fewer than in 2043.", "Assured",
         "The Commissioner welcomed the fall."),
        ("2", "How is the force targeting the A-roads with the worst collision records?",
         "Speed enforcement vans now run weekly on six routes chosen from the collision map.",
         "Partially assured", "Asked for the route list to be reviewed each quarter."),
        ("3", "What has the force done to reduce motorcycle casualties on tourist routes?",
         "A summer campaign ran with the fire and rescue service; casualty figures are not yet available.",
         "Not assured", "Asked for casualty figures before the summer season."),
        ("4", "How many drink and drug driving arrests were made in the December campaign?",
         "There were 97 arrests, 12 more than the year before, with a third of tests for drugs.",
         "Assured", None)], iso=notes, topic="Road safety", widths=(6, 26, 34, 14, 20))
    pack.add(P("**Actions**"),
             P("PAC 45/07 – Review the list of enforcement routes every quarter and report changes to the conference."),
             P("PAC 45/08 – Provide motorcycle casualty figures for the tourist routes by the end of May."),
             P("**4. Any other business.** None."), Break())
    pack.add(H("Quarterly performance report – quarter 4 2044/45"),
             P("The table sets each measure against its target. RAG: Green – on or ahead of target; Amber – within "
               "5% of target; Red – more than 5% behind target. The figures are the force's and have not been "
               "audited."),
             T((("Measure", "Q3", "Q4", "Target", "RAG"),
                ("999 calls answered within 10 seconds", "88%", "91%", "90%", "Green"),
                ("101 calls answered within 3 minutes", "61%", "64%", "70%", "Red"),
                ("Emergency attendance within 15 minutes (rural)", "79%", "82%", "80%", "Green"),
                ("Victim satisfaction (all crime)", "74%", "73%", "75%", "Amber"),
                ("Rural crime reports", "412", "388", "–", "Green"),
                ("Wildlife crime investigations opened", "36", "41", "–", "Green"),
                ("Positive outcomes for burglary", "9%", "10%", "12%", "Red"),
                ("Domestic abuse arrest rate", "38%", "40%", "40%", "Green"),
                ("Officer sickness (days per officer)", "4.1", "4.4", "4.0", "Amber"),
                ("Special constables' hours", "11,204", "12,650", "12,000", "Green")),
               (40, 12, 12, 14, 12), header_rows=1),
             P("Overall, six measures are green, two amber and two red. The 101 measure has been red for three "
               "quarters; the Head of Performance expects the new call-back service to lift it by the autumn."),
             Break(), H("Action tracker"),
             P("Open actions and actions closed since the last conference. Closed actions are removed after one "
               "further conference."))
    topics = "Road safety"
    rows = [
        row("PAC 45/01", "2045-01-11", "Publish the rural crime team's quarterly bulletin on the force website.",
            "Published on 2 February 2045.", "Closed"),
        row("PAC 45/02", "2045-01-11", "Report the number of farm vehicle thefts recovered by the rural crime team.",
            "Reported to the February conference: 14 of 22 recovered.", "Closed"),
        row("PAC 45/03", "2045-01-11", "Confirm the training plan for new wildlife crime officers.",
            "Plan confirmed; four officers trained in March.", "Closed"),
        row("PAC 45/04", "2045-02-08", "Share the call-back service's first month of figures with the Commissioner.",
            "Figures shared on 3 March 2045.", "Closed"),
        row("PAC 45/05", "2045-02-08", "Set out how the force will meet the 101 target in 2045/46.",
            "A recovery plan goes to the July conference.", "Open"),
        row("PAC 45/06", "2045-03-08", "Provide the results of the fire and rescue joint inspection of stations.",
            "Results received and circulated to members.", "Closed"),
    ]
    for n in range(9, 31):
        month = ("2045-01-11", "2045-02-08", "2045-03-08")[n % 3]
        subject = ["neighbourhood surgeries held in each ward", "speed watch groups active in the county",
                   "hate crime reports made through third-party centres", "stop and search encounters reviewed by the panel",
                   "victims referred to the support service", "cases of livestock worrying recorded",
                   "cyber crime prevention talks given to businesses", "missing person reports closed within 48 hours",
                   "repeat calls from the same address in a month", "body-worn video uploads checked each week",
                   "drivers offered speed awareness courses", "young people referred to diversion schemes",
                   "bail reviews completed on time", "public order trained officers available each weekend",
                   "lost property items returned to owners", "requests for information answered within 20 days",
                   "firearms licences renewed before expiry", "drones deployed to search for missing people",
                   "complaints resolved without a formal investigation", "school visits made by neighbourhood teams",
                   "vehicles seized for having no insurance", "hours of mounted patrols in market towns"][n - 9]
        done = n % 4 != 0
        rows.append(row(f"PAC 44/{n + 20}", month, f"Report the number of {subject} over the last quarter.",
                        "Reported and noted by the conference." if done else "Figures requested from the force.",
                        "Closed" if done else "In progress"))
    rows += [
        row("PAC 45/07", notes, "Review the list of enforcement routes every quarter and report changes to the conference.",
            "First review due in July 2045.", "Open", topics),
        row("PAC 45/08", notes, "Provide motorcycle casualty figures for the tourist routes by the end of May.",
            "Figures provided on 28 May 2045.", "Closed", topics)]
    pack.tracker(("Ref", "Meeting", "Action", "Update", "Status"), rows, (12, 13, 35, 28, 12))
    finish(pack, kind="pdf", look=PdfLook(header="OFFICIAL",
                                           footer="Public Accountability Conference – 14 June 2045"))


def dorset() -> None:
    """Word->PDF, a DRAFT line and a contents table on the front sheet, the reference pack's decision form,
    a strategic risk register with a controls-assurance column between the notes and the action log."""
    pack = Pack("dorset-pcc-ab-2045-05-16-round58.pdf", org="Police and Crime Commissioner for Dorset",
                force="Dorset Police", title="Accountability Board", iso="2045-05-16")
    notes = "2045-03-21"
    pack.add(P("DRAFT – subject to approval at the next Board"), P("**Dorset Police and Crime Commissioner**", 14),
             H("Accountability Board"), P("**Date:** Tuesday 16 May 2045"), P("**Theme:** Fraud and cyber crime"),
             H("Contents", 2),
             T((("Section", "Page"), ("Agenda", "1"), ("Notes of the previous Board", "2"),
                ("Strategic risk register extract", "3"), ("Action log", "4")), (80, 20), header_rows=1),
             H("Agenda", 2))
    pack.front_meeting("Fraud and cyber crime")
    pack.agenda(("Item", "Title", "Presented by"), [
        ("1", "Apologies", "Chair"), ("2", "Notes of the last Board and action log", "Board Secretary"),
        ("3", "Fraud and cyber crime", "Detective Superintendent"),
        ("4", "Strategic risk register", "Chief Finance Officer"), ("5", "Any other business", "")])
    pack.add(Break())
    topic = "Violence against women and girls"
    pack.notes_heading("DRAFT NOTES – ACCOUNTABILITY BOARD (VIOLENCE AGAINST WOMEN AND GIRLS) – 21 MARCH 2045",
                       notes, topic)
    pack.add(P("**Present:** Commissioner (Chair), Chief Constable, Deputy Chief Constable, Chief Executive, Board "
               "Secretary."))
    pack.question_table(("Question", "Brief Summary of Evidence", "Decision of PCC"), [
        (None, "How many stalking protection orders did the force apply for in 2044, and how many were granted?",
         "The force applied for 41 orders and 35 were granted; a specialist stalking clinic reviews every case.",
         "Assured", "Thanked the clinic for its work."),
        (None, "How are officers trained to spot coercive control at the first call?",
         "All response officers completed a one-day course in 2044; refresher training is not yet scheduled.",
         "Partially assured", "Asked for the refresher plan."),
        (None, "What is the charge rate for rape offences reported in the last year?",
         "The charge rate was 6%, below the national average; a joint plan with the Crown Prosecution Service is being drafted.",
         "Not assured", "The Commissioner will return to this at the July Board.")],
        iso=notes, topic=topic, widths=(32, 42, 26), numbered=False, level_over_comment=True)
    pack.add(P("**Actions**"),
             P("AB 45/09 – Share the refresher training plan for coercive control with the Commissioner."),
             P("AB 45/10 – Bring the joint rape charging plan to the July Board."), Break(),
             H("Strategic risk register extract"),
             P("The register is reviewed by the Joint Audit Committee. Rating is the residual risk; controls "
               "assurance is internal audit's opinion of the controls and is not a decision of this Board."),
             T((("Ref", "Risk", "Rating", "Controls assurance", "Owner"),
                ("SR1", "Funding gap in 2046/47 leads to a fall in officer numbers", "High", "Reasonable", "Chief Finance Officer"),
                ("SR2", "Failure of the command and control system during the upgrade", "Medium", "Limited", "Head of IT"),
                ("SR3", "Loss of public confidence after a vetting failure", "High", "Substantial", "Deputy Chief Constable"),
                ("SR4", "Shortage of trained detectives", "Medium", "Limited", "Head of Crime"),
                ("SR5", "Data breach through a third-party supplier", "Low", "Reasonable", "Information Manager")),
               (8, 44, 12, 18, 18), header_rows=1),
             Break(), H("Action log"))
    pack.tracker(("Ref", "Meeting", "Action", "Update", "Status"), [
        row("AB 45/03", "2045-01-17", "Report the number of frauds against older people referred to the victim hub.",
            "Reported: 212 referrals in 2044.", "Complete"),
        row("AB 45/04", "2045-01-17", "Set up a protocol with the banks on reimbursing victims of courier fraud.",
            "Protocol drafted; two banks still to sign.", "In progress"),
        row("AB 45/06", "2045-02-14", "Provide the results of the cyber crime unit's staffing review.",
            "Review results circulated on 9 March 2045.", "Complete"),
        row("AB 45/09", notes, "Share the refresher training plan for coercive control with the Commissioner.",
            "Plan shared on 11 April 2045.", "Complete", topic),
        row("AB 45/10", notes, "Bring the joint rape charging plan to the July Board.",
            None, "Open", topic)], (12, 13, 35, 28, 12))
    finish(pack, kind="word-pdf", header=("OFFICIAL",))


def durham() -> None:
    """reportlab, matters arising by reference only, and an HMICFRS recommendations update with its own
    Status column (a paper of the pack, not the Board's actions)."""
    pack = Pack("durham-pcvc-pab-2045-04-25-round58.pdf",
                org="Police, Crime and Victims' Commissioner for County Durham and Darlington",
                force="Durham Constabulary", title="Performance and Assurance Board", iso="2045-04-25")
    notes = "2045-02-28"
    pack.add(P("**Police, Crime and Victims' Commissioner for County Durham and Darlington**", 13),
             H("Performance and Assurance Board"), P("Tuesday 25 April 2045, 14:00, Aykley Heads"), H("Agenda", 2))
    pack.front_meeting(None)
    pack.agenda(("No.", "Item", "Lead"), [
        ("1", "Apologies and declarations", "Chair"), ("2", "Minutes and matters arising", "Governance Officer"),
        ("3", "Neighbourhood policing", "Chief Superintendent"), ("4", "Economic crime", "Detective Chief Inspector"),
        ("5", "HMICFRS recommendations update", "Head of Corporate Services"), ("6", "Action log", "Governance Officer")])
    pack.add(Break())
    topic = "Stalking and harassment"
    pack.notes_heading("Minutes of the Performance and Assurance Board held on 28 February 2045", notes, topic)
    pack.add(P("**1. Apologies and declarations.** Apologies from the Deputy Chief Constable. No declarations."),
             P("**2. Minutes and matters arising.** The minutes of 24 January 2045 were agreed. Matters arising: "
               "PAB 45/02 and PAB 45/03 were taken as complete; PAB 44/31 remains open (see the action log)."),
             H("3. Stalking and harassment", 2))
    pack.question_table(("Q", "Question", "Response", "Level of assurance", "Comment"), [
        ("1", "How long does the force take to apply for a stalking protection order once a suspect is identified?",
         "The median is 19 days, down from 34 days a year ago.", "Assured", "Noted the improvement."),
        ("2", "How many victims of stalking were referred to an independent advocate?",
         "Referrals rose to 63% of victims; the target of 80% has not been met.", "Partially assured",
         "Asked for the reasons victims decline a referral."),
        ("3", "How does the force check that harassment warnings are followed up?",
         "A sample audit is planned but has not started.", "Assessment deferred",
         "Deferred until the audit reports in June."),
        ("4", "What training have call handlers had on recognising stalking behaviour?",
         "Call handlers completed an online module; take-up was 71%.", "Not assured",
         "Asked for full take-up within three months.")], iso=notes, topic=topic, widths=(5, 27, 32, 14, 22))
    pack.add(P("**Actions agreed**"),
             P("PAB 45/08 – Report why victims of stalking decline a referral to an advocate."),
             P("PAB 45/09 – Confirm that every call handler has completed the stalking module."), Break(),
             H("HMICFRS recommendations update"),
             P("The table tracks the force's progress on the recommendations of HMICFRS's inspection of vetting and "
               "counter-corruption. The status is the force's own; the Board notes the update and takes no decision."),
             T((("No.", "Recommendation", "Force update", "Status"),
                ("1", "The force should make sure that all officers and staff hold the correct level of vetting.",
                 "98% of the workforce hold current vetting; the rest are booked.", "In progress"),
                ("2", "The force should monitor its IT systems to identify data misuse.",
                 "Monitoring software went live in January 2045.", "Complete"),
                ("3", "The force should review its process for reporting abuse of position for a sexual purpose.",
                 "A new reporting line is being designed with the counter-corruption unit.", "Not started"),
                ("4", "The force should record the rationale for vetting decisions in every case.",
                 "A decision template is now used for every decision.", "Complete")), (6, 40, 40, 14), header_rows=1),
             Break(), H("Action log"))
    pack.tracker(("Ref", "Meeting", "Action", "Update", "Status"), [
        row("PAB 44/31", "2045-01-24", "Present the review of out-of-court resolutions for youth offenders.",
            "Review delayed to May.", "Open"),
        row("PAB 45/02", "2045-01-24", "Circulate the victim satisfaction survey results for Darlington.",
            "Circulated on 6 February 2045.", "Complete"),
        row("PAB 45/03", "2045-01-24", "Confirm the date of the neighbourhood policing review.",
            "Confirmed for 25 April 2045.", "Complete"),
        row("PAB 45/08", notes, "Report why victims of stalking decline a referral to an advocate.",
            "The advocacy service is collecting reasons; a report is due in May.", "Open", topic),
        row("PAB 45/09", notes, "Confirm that every call handler has completed the stalking module.",
            "Take-up reached 100% on 31 March 2045.", "Complete", topic)], (12, 13, 35, 28, 12))
    finish(pack, kind="pdf")


def gwent() -> None:
    """Word: question paragraphs with footnote markers and the notes printed under the item, a decision
    notice of the Commissioner ("Decision: Approved") between the minutes and the action log."""
    pack = Pack("gwent-pcc-apb-2045-05-09-round58.docx", org="Police and Crime Commissioner for Gwent",
                force="Gwent Police", title="Accountability and Performance Board", iso="2045-05-09")
    notes = "2045-02-27"
    pack.add(P("**Office of the Police and Crime Commissioner for Gwent**", 14),
             H("Accountability and Performance Board"), P("**Date:** 9 May 2045"),
             P("**Focus of the meeting:** Serious and organised crime"), H("Agenda", 2))
    pack.front_meeting("Serious and organised crime")
    pack.agenda(("No.", "Item", "Lead"), [
        ("1", "Welcome and apologies", "Commissioner"), ("2", "Minutes and action log", "Head of Governance"),
        ("3", "Serious and organised crime", "Assistant Chief Constable"),
        ("4", "Commissioner's decisions since the last Board", "Chief Executive"), ("5", "Any other business", "")])
    topic = "Youth justice and diversion"
    pack.notes_heading("Minutes of the Accountability and Performance Board held on 27 February 2045", notes, topic,
                       level=2)
    pack.add(P("**1. Welcome and apologies.** Apologies from the Chief Finance Officer."),
             P("**2. Minutes and action log.** The minutes of 23 January 2045 were agreed."),
             H("3. Youth justice and diversion", 2))
    questions = [
        ("How many young people were diverted from the criminal justice system in 2044?",
         "The diversion scheme took 318 referrals and 264 young people completed it.¹", "Assured",
         "The Commissioner thanked the youth offending service."),
        ("How many of the young people diverted reoffended within a year?",
         "Reoffending was 14% against 31% for those charged; the figure for 2044 is provisional.²",
         "Partially assured", "Asked for the confirmed figure when it is published."),
        ("How does the force make sure that diversion is offered equally across ethnic groups?",
         "Take-up is not yet recorded by ethnicity; recording starts in April.", "Not assured",
         "Asked for the first quarter's figures at the July Board.")]
    for n, (question, response, level, comment) in enumerate(questions, start=1):
        pack.add(H(f"Question {n}", 3), P(f"**{question}**"), P(f"*Response:* {response}"),
                 P(f"**Assurance level:** {level}"), P(f"**PCC comment:** {comment}"))
        pack.decision(iso=notes, topic=topic, number=str(n), question=question, evidence=response, level=level,
                      commentary=comment)
    pack.add(P("¹ Figures from the youth offending service's annual return.", 8),
             P("² Provisional until the Ministry of Justice publishes its proven reoffending statistics.", 8),
             P("**Actions arising**"),
             P("**APB 45/05:** Provide the confirmed reoffending figure for diverted young people."),
             P("**APB 45/06:** Report diversion take-up by ethnic group for the first quarter."),
             H("Decision notice 2045/07", 2),
             T((("Title", "Youth diversion grant 2045/46"),
                ("Decision", "Approved"),
                ("Summary", "A grant of £180,000 to the youth offending service to run the diversion scheme for a further year."),
                ("Reason", "The scheme meets priority 2 of the Police and Crime Plan."),
                ("Signed", "Police and Crime Commissioner, 6 March 2045")), (25, 75)),
             H("Action log", 2))
    pack.tracker(("Ref", "Meeting", "Action", "Update", "Status"), [
        row("APB 45/01", "2045-01-23", "Share the organised crime group mapping summary with the Commissioner.",
            "Shared on 10 February 2045.", "Complete"),
        row("APB 45/02", "2045-01-23", "Report the number of county lines closed in 2044.",
            "Reported: 27 lines closed.", "Complete"),
        row("APB 45/03", "2045-01-23", "Set out the plan to recruit financial investigators.",
            "Two posts advertised; interviews in May.", "Ongoing"),
        row("APB 45/05", notes, "Provide the confirmed reoffending figure for diverted young people.",
            "Awaiting the national publication in July.", "Ongoing", topic),
        row("APB 45/06", notes, "Report diversion take-up by ethnic group for the first quarter.",
            None, "Not started", topic)], (12, 13, 35, 28, 12))
    finish(pack, kind="docx", header=("OFFICIAL – Gwent OPCC",))


def humberside() -> None:
    """reportlab, DejaVu Serif: a finance summary with RAG words and a letter from the Chief Constable
    appended, promising work in words that are no actions."""
    look = register_dejavu_serif()
    pack = Pack("humberside-pcc-pcpdb-2045-03-30-round58.pdf", org="Police and Crime Commissioner for Humberside",
                force="Humberside Police", title="Police and Crime Plan Delivery Board", iso="2045-03-30")
    notes = "2045-02-23"
    pack.add(P("**Humberside Police and Crime Commissioner**", 14), H("Police and Crime Plan Delivery Board"),
             P("Thursday 30 March 2045 at 13:30"), P("**Theme:** Hate crime"), H("Agenda", 2))
    pack.front_meeting("Hate crime")
    pack.agenda(("Item", "Subject", "Presenter"), [
        ("1", "Apologies", "Chair"), ("2", "Notes of the last Board and action tracker", "Secretariat"),
        ("3", "Hate crime", "Superintendent, Community Safety"), ("4", "Finance summary – month 10", "Chief Finance Officer"),
        ("5", "Correspondence", "Chief Executive"), ("6", "Date of next meeting", "–")])
    pack.add(Break())
    topic = "Burglary and robbery"
    pack.notes_heading("Notes of the Police and Crime Plan Delivery Board – 23 February 2045", notes, topic)
    pack.add(P("**Present:** Commissioner, Chief Constable, Assistant Chief Constable, Chief Executive, Chief Finance "
               "Officer. **Apologies:** Deputy Commissioner."),
             P("Items 1 and 2 were taken as read."), H("Item 3 – Burglary and robbery", 2))
    pack.question_table(("No.", "Question", "Response", "Level of assurance", "Comments"), [
        ("1", "What proportion of residential burglaries were attended within 24 hours?",
         "Attendance within 24 hours was 96%; the remaining cases were at the victim's request.", "Assured",
         "Pleased with the consistent attendance."),
        ("2", "How is the force tackling repeat burglary in the student areas of Hull?",
         "Crime prevention officers visited 1,100 student homes; repeat burglary fell by a fifth.", "Assured",
         None),
        ("3", "How many robberies of personal property led to a charge in 2044?",
         "The charge rate was 11%; an investigation review has been commissioned.", "Partially assured",
         "Asked to see the investigation review when it reports."),
        ("4", "How are victims of burglary kept informed of their case?",
         "Updates are sent by text message, but a quarter of victims said they heard nothing.", "Not assured",
         "Asked for a plan to close the gap.")], iso=notes, topic=topic, widths=(6, 25, 31, 18, 20))
    pack.add(P("**Actions agreed**"),
             P("PCPDB 45/04 – Present the robbery investigation review to the Board."),
             P("PCPDB 45/05 – Set out a plan to keep every burglary victim informed."), Break(),
             H("Finance summary – month 10 2044/45"),
             T((("Budget line", "Budget £m", "Forecast £m", "Variance £m", "RAG"),
                ("Police officer pay", "142.6", "143.9", "1.3", "Amber"),
                ("Police staff pay", "61.2", "60.4", "(0.8)", "Green"),
                ("Overtime", "6.5", "8.1", "1.6", "Red"),
                ("Premises", "14.0", "13.7", "(0.3)", "Green"),
                ("Supplies and services", "22.3", "22.9", "0.6", "Amber"),
                ("Total", "246.6", "249.0", "2.4", "Amber")), (36, 16, 16, 16, 16), header_rows=1),
             P("The overspend will be met from the budget management reserve. The Chief Finance Officer is "
               "assured that the year will close within the reserve."), Break(),
             H("Letter from the Chief Constable"),
             P("Dear Commissioner,"),
             P("Thank you for the Board's challenge on burglary and robbery in February. I am assured that our "
               "attendance standard is being met across the four policing areas. We will review robbery "
               "investigations in the spring and I will write again once the review has reported. We will also "
               "publish the burglary prevention guidance for landlords on our website in April."),
             P("Yours sincerely,"), P("Chief Constable, Humberside Police"), Break(), H("Action tracker"))
    pack.tracker(("Ref", "Meeting", "Action", "Update", "Status"), [
        row("PCPDB 45/01", "2045-01-19", "Report the outcomes of the neighbourhood watch funding pilot.",
            "Reported in February.", "Complete"),
        row("PCPDB 45/02", "2045-01-19", "Confirm the number of hate crime reporting centres open.",
            "Twelve centres open; two more in the spring.", "In progress"),
        row("PCPDB 45/04", notes, "Present the robbery investigation review to the Board.",
            "Review on the agenda for May.", "Open", topic),
        row("PCPDB 45/05", notes, "Set out a plan to keep every burglary victim informed.",
            "Plan agreed on 2 March 2045; texts now weekly.", "Complete", topic)], (15, 13, 30, 27, 15))
    finish(pack, kind="pdf", look=look)


def lincolnshire() -> None:
    """Word->PDF: an apologies list, notes of three items (a verbal update with no questions, then two
    scrutiny items), matters arising by reference, a log of earlier meetings' rows."""
    pack = Pack("lincolnshire-pcc-eab-2045-06-06-round58.pdf", org="Police and Crime Commissioner for Lincolnshire",
                force="Lincolnshire Police", title="Executive Accountability Board", iso="2045-06-06")
    notes = "2045-04-04"
    pack.add(P("**Police and Crime Commissioner for Lincolnshire**", 14), H("Executive Accountability Board"),
             P("**Date:** 6 June 2045"), P("**Topic:** Online fraud"), H("Agenda", 2))
    pack.front_meeting("Online fraud")
    pack.agenda(("Item", "Title", "Presenter"), [
        ("1", "Apologies", "Chair"), ("2", "Minutes, matters arising and action log", "Executive Support Officer"),
        ("3", "Online fraud", "Head of Economic Crime"), ("4", "Any other business", "–")])
    pack.add(Break())
    pack.notes_heading("Minutes of the Executive Accountability Board held on 4 April 2045", notes, None)
    pack.add(P("**Apologies:**"), Bul(("Deputy Chief Constable", "Chief Finance Officer (Commissioner's office)")),
             P("**Matters arising:** EAB 45/03 is complete and EAB 45/04 is in progress; both are shown in the log."),
             H("3. Fleet and estates – verbal update", 2),
             P("The Director of Resources gave a verbal update on the move to the new custody suite, which is on "
               "schedule for the autumn. There were no questions and no assurance was sought."),
             H("4. Rape and serious sexual offences", 2))
    topic4, topic5 = "Rape and serious sexual offences", "Missing persons"
    pack.question_table(("No.", "Question", "Response", "Assurance", "Comments"), [
        ("1", "How many rape investigations were open for more than a year at the end of March?",
         "There were 58, down from 80; each is reviewed monthly by a detective inspector.", "Assured",
         "Welcomed the monthly reviews."),
        ("2", "How many victims withdrew their support for a prosecution in 2044?",
         "43% withdrew, most before a suspect was interviewed.", "Not assured",
         "Asked for a victim engagement plan.")], iso=notes, topic=topic4, widths=(6, 26, 34, 14, 20))
    pack.add(P("**Action:** EAB 45/09 – Produce a victim engagement plan for rape investigations."),
             H("5. Missing persons", 2))
    pack.question_table(("No.", "Question", "Response", "Assurance", "Comments"), [
        ("1", "How quickly are high-risk missing person reports allocated to an officer?",
         "The average time to allocation is 22 minutes.", "Assured", None),
        ("2", "How many children were reported missing from care more than five times in 2044?",
         "There were 37 children; joint plans are in place with the county council for 30 of them.",
         "Partially assured", "Asked for plans for the remaining seven children.")],
        iso=notes, topic=topic5, widths=(6, 26, 34, 14, 20))
    pack.add(P("**Action:** EAB 45/10 – Confirm joint plans for every child reported missing more than five times."),
             P("**6. Any other business.** None."), Break(),
             H("Commissioner's engagement summary – quarter 4 2044/45"),
             P("For information. The Commissioner's public engagement since the last Board; no decision is sought."),
             T((("Event", "Date", "Attendance"), ("Boston town centre surgery", "11/01/2045", "34"),
                ("Farmers' union rural crime forum", "02/02/2045", "120"),
                ("Lincoln students' union safety evening", "20/02/2045", "85"),
                ("Gainsborough residents' meeting", "14/03/2045", "41")), (56, 22, 22), header_rows=1),
             P("Themes raised most often were speeding in villages, fly-tipping and drug dealing near schools; "
               "each has been passed to the neighbourhood inspector for the area."),
             Break(), H("Action log"))
    pack.tracker(("Ref", "Meeting", "Action", "Update", "Status"), [
        row("EAB 45/01", "2045-01-10", "Report the number of speed cameras replaced in 2044.",
            "Reported: nine cameras replaced.", "Closed"),
        row("EAB 45/02", "2045-01-10", "Publish the rural crime action plan.", "Published on 1 March 2045.", "Closed"),
        row("EAB 45/03", "2045-03-07", "Circulate the custody inspection report to members.",
            "Circulated on 15 March 2045.", "Closed"),
        row("EAB 45/04", "2045-03-07", "Review the use of spit guards in custody.",
            "Review under way; findings expected in June.", "Open"),
        row("EAB 45/09", notes, "Produce a victim engagement plan for rape investigations.",
            "Draft plan with the independent sexual violence advisers.", "Open", topic4),
        row("EAB 45/10", notes, "Confirm joint plans for every child reported missing more than five times.",
            "All 37 children now have a joint plan.", "Closed", topic5)], (12, 13, 35, 28, 12))
    finish(pack, kind="word-pdf")


def northumbria() -> None:
    """Word: an OFFICIAL header, an attendance table, public questions answered by the Mayor (standing business,
    no levels), questions labelled Q1-Q3, and a tracker."""
    pack = Pack("northumbria-mayor-pam-2045-02-21-round58.docx", org="Mayor of the North East",
                force="Northumbria Police", title="Police Accountability Meeting", iso="2045-02-21")
    notes = "2045-01-17"
    pack.add(P("**North East Combined Authority – Mayor of the North East**", 14), H("Police Accountability Meeting"),
             P("**Chair:** Mayor of the North East"), P("**Date:** Tuesday 21 February 2045"),
             P("**Theme:** Violence in the night-time economy"), H("Agenda", 2))
    pack.front_meeting("Violence in the night-time economy")
    pack.agenda(("No.", "Item", "Lead"), [
        ("1", "Apologies", "Mayor"), ("2", "Public questions", "Mayor"),
        ("3", "Minutes of the last meeting and action tracker", "Policing and Crime Officer"),
        ("4", "Violence in the night-time economy", "Chief Superintendent"), ("5", "Any other business", "")])
    topic = "Drug-related harm"
    pack.notes_heading("Minutes of the Police Accountability Meeting held on 17 January 2045", notes, topic, level=2)
    pack.add(T((("Attendee", "Role"), ("Mayor of the North East", "Chair"), ("Chief Constable", "Northumbria Police"),
                ("Deputy Chief Constable", "Northumbria Police"), ("Policing and Crime Officer", "Combined Authority")),
               (50, 50), header_rows=1),
             P("**1. Apologies.** None."), P("**2. Public questions.** Two questions were received in advance."),
             T((("Question from a member of the public", "Answer"),
                ("Will the force put more officers on the Metro at night?",
                 "The Mayor said a joint patrol plan with Nexus starts in March."),
                ("How can residents report drug dealing anonymously?",
                 "Reports can be made online or through Crimestoppers.")), (50, 50), header_rows=1),
             H("3. Drug-related harm", 2))
    pack.question_table(("Q", "Question", "Force response", "Assurance", "Comments"), [
        ("1", "How many naloxone kits have officers carried and used since the pilot began?",
         "1,450 officers carry kits and they were used 62 times in 2044.", "Assured", "Praised the pilot."),
        ("2", "How is the force disrupting drug supply into the region's prisons?",
         "A joint operation with the prison service seized drones on four occasions.", "Partially assured",
         "Asked for the results of the operation's review."),
        ("3", "How many drug-related deaths were reviewed with partners in 2044?",
         "The force does not yet hold the figure; a review panel starts in the spring.", "Not assured",
         "Asked for the panel's first report.")], iso=notes, topic=topic, widths=(6, 26, 34, 14, 20))
    pack.add(P("**Actions**"),
             P("PAM 45/02 – Share the prison drug supply operation review with the Mayor."),
             P("PAM 45/03 – Bring the drug-related deaths panel's first report to the meeting."),
             H("Action tracker", 2))
    pack.tracker(("Ref", "Meeting", "Action", "Update", "Status"), [
        row("PAM 44/19", None, "Report on the take-up of the safer streets grants.",
            "All eight schemes funded.", "Complete"),
        row("PAM 45/01", "2045-01-17", "Publish the Mayor's response to the public questions on the website.",
            "Published on 24 January 2045.", "Complete", topic),
        row("PAM 45/02", notes, "Share the prison drug supply operation review with the Mayor.",
            "The review reports in March.", "In progress", topic),
        row("PAM 45/03", notes, "Bring the drug-related deaths panel's first report to the meeting.",
            None, "Not started", topic)], (12, 13, 35, 28, 12))
    finish(pack, kind="docx", header=("OFFICIAL",))


def surrey() -> None:
    """reportlab: "Agenda item 2" running header and a footer, the reference pack's decision form, and a forward
    plan of later meetings and their themes (no meetings of this pack)."""
    pack = Pack("surrey-pcc-pam-2045-05-23-round58.pdf", org="Police and Crime Commissioner for Surrey",
                force="Surrey Police", title="Performance & Accountability Meeting", iso="2045-05-23")
    notes = "2045-03-28"
    pack.add(P("**Office of the Police & Crime Commissioner for Surrey**", 14), H("Performance & Accountability Meeting"),
             P("**Date:** 23 May 2045, 10:00–12:00"), P("**Theme:** Anti-social behaviour"), H("Agenda", 2))
    pack.front_meeting("Anti-social behaviour")
    pack.agenda(("Item", "Title", "Presented by"), [
        ("1", "Welcome and apologies", "PCC"), ("2", "Notes of the last meeting and action tracker", "Head of Performance"),
        ("3", "Anti-social behaviour", "Chief Superintendent"), ("4", "Forward plan", "Head of Performance"),
        ("5", "Any other business", "–")])
    pack.add(Break())
    topic = "Shoplifting and retail crime"
    pack.notes_heading("Draft notes – Performance & Accountability Meeting (Shoplifting and retail crime) – 28 March 2045",
                       notes, topic)
    pack.question_table(("No.", "Question", "Brief Summary of Evidence", "Decision of PCC"), [
        ("1", "How many shoplifting offences were reported in 2044 and how many were solved?",
         "9,870 offences were reported and 21% were solved, up from 16%.", "Assured", "Welcomed the rise."),
        ("2", "How does the force decide which shoplifting reports get an officer's visit?",
         "A new policy sends an officer where the offender is known or violence was used; it is not yet audited.",
         "Partially assured", "Asked for the audit results."),
        ("3", "How are retail staff who are assaulted supported by the force?",
         "Staff are referred to victim support, but the force cannot say how many.", "Not assured",
         "Asked for referral numbers.")], iso=notes, topic=topic, widths=(6, 30, 40, 24), level_over_comment=True)
    pack.add(P("**Actions**"),
             P("PAM 45/11 – Share the audit of the shoplifting attendance policy."),
             P("PAM 45/12 – Report the number of assaulted retail staff referred to victim support."), Break(),
             H("Forward plan 2045/46"),
             P("Themes for later meetings, agreed with the force. Dates are provisional until confirmed."),
             T((("Meeting", "Theme", "Lead", "Status"),
                ("18 July 2045", "Roads policing", "Chief Inspector, Roads Policing", "Confirmed"),
                ("26 September 2045", "Violence against women and girls", "Detective Superintendent", "Confirmed"),
                ("21 November 2045", "Contact and 101", "Head of Contact", "Provisional"),
                ("23 January 2046", "Budget and precept", "Chief Finance Officer", "Provisional")),
               (22, 38, 26, 14), header_rows=1),
             Break(), H("Action Tracker 2045/46"))
    pack.tracker(("Ref", "Meeting", "Action", "Update", "Status"), [
        row("PAM 45/04", "2045-01-24", "Provide the number of dispersal orders made in town centres.",
            "Provided: 46 orders in 2044.", "Complete"),
        row("PAM 45/07", "2045-02-21", "Report the outcome of the youth engagement pilot in Guildford.",
            "Evaluation expected in June.", "Open"),
        row("PAM 45/11", notes, "Share the audit of the shoplifting attendance policy.",
            "Audit shared on 2 May 2045.", "Complete", topic),
        row("PAM 45/12", notes, "Report the number of assaulted retail staff referred to victim support.",
            None, "Open", topic)], (12, 13, 35, 28, 12))
    finish(pack, kind="pdf", look=PdfLook(header="Agenda item 2 – Performance & Accountability Meeting, 23 May 2045",
                                           footer="OFFICIAL – Surrey OPCC"))


def warwickshire() -> None:
    """Word->PDF: "Question N:" paragraphs with the level on an "Assurance level:" line, the Commissioner's
    response to the Police and Crime Panel's recommendations (Accepted / Partly accepted / Not accepted: no
    decisions of the board), a glossary, a tracker."""
    pack = Pack("warwickshire-pcc-pam-2045-06-27-round58.pdf", org="Police and Crime Commissioner for Warwickshire",
                force="Warwickshire Police", title="Performance Accountability Meeting", iso="2045-06-27")
    notes = "2045-04-25"
    pack.add(P("**Warwickshire Police and Crime Commissioner**", 14), H("Performance Accountability Meeting"),
             P("**Date:** 27 June 2045"), H("Agenda", 2))
    pack.front_meeting(None)
    pack.agenda(("Item", "Title", "Presenter"), [
        ("1", "Apologies", "Chair"), ("2", "Notes of the last meeting and actions", "Policy Officer"),
        ("3", "Neighbourhood crime", "Superintendent"), ("4", "Custody and detention", "Chief Inspector"),
        ("5", "Response to the Police and Crime Panel's recommendations", "Chief Executive"),
        ("6", "Any other business", "")])
    pack.add(Break())
    topic = "Domestic abuse"
    pack.notes_heading("Notes of the Performance Accountability Meeting held on 25 April 2045", notes, topic)
    pack.add(P("Items 1 and 2: apologies were received from the Chief Finance Officer; the notes of 21 March 2045 "
               "were agreed."), H("Item 3 – Domestic abuse", 2),
             P("The Commissioner recorded an assurance level against each question."))
    questions = [
        ("How many domestic abuse protection orders has the force obtained since they were introduced?",
         "The force has obtained 126 orders; 19 were breached and every breach led to an arrest.", "Assured",
         "Noted the firm response to breaches."),
        ("How quickly are high-risk cases referred to the multi-agency risk assessment conference?",
         "Referrals take four days on average; the target is two days.", "Partially assured",
         "Asked for a plan to meet the target."),
        ("What is the force doing to reduce the time victims wait for a specialist interview?",
         "A second interview suite opens in July; waits are currently nine days.", "Partially assured", None)]
    for n, (question, response, level, comment) in enumerate(questions, start=1):
        pack.add(P(f"**Question {n}:** {question}"), P(response),
                 P(f"**Assurance level:** {level}." + (f" {comment}" if comment else "")))
        pack.decision(iso=notes, topic=topic, number=str(n), question=question, evidence=response, level=level,
                      commentary=comment)
    pack.add(P("**Actions**"),
             Bul(("PAM 45/14 – Set out a plan to refer high-risk cases within two days.",
                  "PAM 45/15 – Report interview waiting times once the second suite opens.")), Break(),
             H("Response to the Police and Crime Panel's recommendations"),
             P("The Panel made three recommendations in its report on the Police and Crime Plan. The Commissioner's "
               "response is below; it is not a decision of this meeting."),
             T((("No.", "Recommendation", "Response", "Comment"),
                ("1", "Publish a plain-English summary of the plan's measures each quarter.", "Accepted",
                 "From quarter 2 of 2045/46."),
                ("2", "Set a target for answering 101 calls.", "Partly accepted",
                 "A target will be set once the new system is live."),
                ("3", "Fund a second rural crime team.", "Not accepted",
                 "Not affordable within the 2045/46 budget.")), (6, 44, 18, 32), header_rows=1),
             H("Glossary", 2),
             T((("Term", "Meaning"), ("DAPO", "Domestic abuse protection order"),
                ("MARAC", "Multi-agency risk assessment conference"), ("RAG", "Red, amber, green rating")),
               (20, 80), header_rows=1),
             Break(), H("Action tracker"))
    pack.tracker(("Ref", "Meeting", "Action", "Update", "Status"), [
        row("PAM 45/08", "2045-03-21", "Report the number of knife arches used at events.",
            "Used at six events.", "Complete"),
        row("PAM 45/09", "2045-03-21", "Confirm the date of the custody independent visitors' report.",
            "Due in July.", "Ongoing"),
        row("PAM 45/14", notes, "Set out a plan to refer high-risk cases within two days.",
            "Plan agreed on 30 May 2045.", "Complete", topic),
        row("PAM 45/15", notes, "Report interview waiting times once the second suite opens.",
            "The suite opens in July.", "Ongoing", topic)], (12, 13, 35, 28, 12))
    finish(pack, kind="word-pdf")


PACKS = {"cumbria": cumbria, "dorset": dorset, "durham": durham, "gwent": gwent, "humberside": humberside,
         "lincolnshire": lincolnshire, "northumbria": northumbria, "surrey": surrey, "warwickshire": warwickshire}

if __name__ == "__main__":
    wanted = sys.argv[1:]
    for prefix, build in PACKS.items():
        if not wanted or any(prefix.startswith(w) for w in wanted):
            build()
