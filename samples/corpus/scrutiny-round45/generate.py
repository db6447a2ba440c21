"""Blind fix round 45 of scrutiny packs (issue 4): nine packs of PCC offices, gold in gold/ (in pending/
until every record was right).

Each builder call that prints a question, an action row, an agenda row or a meeting heading also
writes its gold record. A PDF record's page is the first page whose pdfplumber text or table cells
hold the first 45 characters of its key text; the generator stops if a key is on no page.

    .venv/bin/python samples/corpus/scrutiny-round45/generate.py [NAME-PREFIX ...]
"""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import datetime
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import scrutiny_common  # noqa: E402,F401  (puts scrutiny-round3's render on sys.path)
from office_pdf import docx_to_pdf  # noqa: E402
from docx import Document  # noqa: E402
from docx.shared import Twips  # noqa: E402
from render import _stable_zip, Break, Bul, H, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

CHECKED = ("Written blind for fix round 45; every record hand-checked against the rendered pages by the round's "
           "writer before the extractors were run on it.")
WHEN = datetime(2033, 1, 10, 9, 0, 0)


class Gold:
    """The gold records of one pack, written as the blocks that print them are built."""

    def __init__(self, *, title: str, force: str, organisation: str, meeting_date: str) -> None:
        self.title, self.force, self.organisation, self.meeting_date = title, force, organisation, meeting_date
        self.records: dict[str, list[dict]] = {"meetings": [], "agenda_items": [], "assurance_decisions": [],
                                                "actions": [], "grades": []}

    def meeting(self, heading: str, date: str, topic: str | None, *, level: int = 1, title: str | None = None) -> H:
        self.records["meetings"].append({"_key": heading, "meeting_date": date, "topic": topic,
                                         "organisation": self.organisation, "title": title or heading})
        return H(heading, level)

    def agenda(self, date: str, rows: list[tuple[str, str, str | None]], header: tuple[str, ...],
               widths: tuple[float, ...], *, bordered: bool = True, presenter_print: dict | None = None) -> T:
        """Agenda rows (number, title, presenter or None); a None presenter prints as ``–``."""
        out = [header]
        for number, title, presenter in rows:
            # an "Item 4" label is numbered by its digits
            self.records["agenda_items"].append({"_key": title, "meeting_date": date,
                                                 "number": re.sub(r"^Item\s+", "", number),
                                                 "title": title, "presenter": presenter})
            out.append((number, title, presenter if presenter is not None else "–"))
        return T(tuple(out), widths, header_rows=1, bordered=bordered)

    def decision(self, *, date: str, topic: str | None, number: str | None, question: str, evidence: str,
                 assurance: str | None, raw: str | None, commentary: str | None) -> None:
        self.records["assurance_decisions"].append({
            "_key": question, "meeting_date": date, "topic": topic, "question_number": number, "question": question,
            "evidence_summary": evidence, "assurance": assurance, "assurance_raw": raw, "commentary": commentary})

    def action(self, *, number: str | None, text: str, update: str | None, status: str, status_source: str,
               date: str | None, topic: str | None, key: str | None = None) -> None:
        """``key``: the minuted words that set the page of an action printed in the notes and the tracker."""
        self.records["actions"].append({
            "_key": key or text, "meeting_date": date, "topic": topic, "number": number, "text": text,
            "update": update, "status": status, "status_source": status_source, "source": "action_tracker"})


def _flat(text: str) -> str:
    text = re.sub(r"\*\*|\*|\{#[0-9a-f]{6}\||\}", "", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def _page_texts(data: bytes) -> list[tuple[str, list[str], list[str]]]:
    pages = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            cells = [_flat(c) for table in page.extract_tables() for row in table for c in row if c]
            text = page.extract_text() or ""
            pages.append((_flat(text), cells, [_flat(line) for line in text.splitlines()]))
    return pages


def _set_pages(data: bytes, records: dict) -> int:
    pages = _page_texts(data)
    for kind, recs in records.items():
        for rec in recs:
            key = _flat(rec.pop("_key"))[:45]
            found = next((i + 1 for i, (text, cells, _) in enumerate(pages)
                          if key in text or any(key in c for c in cells)), None)
            # a borderless cell wraps beside its neighbours: its first three to five words stay on one line
            for n in (5, 4, 3):
                if found is None:
                    words = " ".join(key.split()[:n])
                    found = next((i + 1 for i, (_, _, lines) in enumerate(pages) if any(words in ln for ln in lines)), None)
            if found is None:
                raise SystemExit(f"{kind} key on no page: {key!r}")
            rec["page"] = found
    return len(pages)


def write(name: str, data: bytes, gold: Gold) -> None:
    records = gold.records
    file_type = "pdf" if name.endswith(".pdf") else "docx"
    (HERE / name).write_bytes(data)
    document = {"page": None, "file_type": file_type, "doc_kind": "scrutiny_pack", "status": "ok",
                "publication_date": None, "title": gold.title, "force": gold.force,
                "organisation": gold.organisation, "meeting_date": gold.meeting_date}
    if file_type == "pdf":
        document["pages"] = _set_pages(data, records)
    else:
        for recs in records.values():
            for rec in recs:
                rec.pop("_key")
                rec["page"] = None
    ordered = {"documents": [document], **records}
    out = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": ordered}
    (HERE / "gold" / f"{name}.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    print(name, len(data), "bytes", {k: [r["page"] for r in v] for k, v in records.items() if k != "grades"})


def docx(blocks: list, title: str, author: str, header: tuple[str, ...] = (), landscape: bool = False) -> bytes:
    """The Word file, each table's grid set to its cells' widths as Word sets them (LibreOffice lays a table
    out by its grid, which python-docx leaves equal)."""
    data = render_docx(blocks, title=title, author=author, when=WHEN, header=header, landscape_pages=landscape)
    document = Document(io.BytesIO(data))
    for table in document.tables:
        widths = [tc.tcPr.tcW.w for tc in table.rows[0]._tr.tc_lst]
        for grid_col, width in zip(table._tbl.tblGrid.gridCol_lst, widths):
            grid_col.w = Twips(width)  # tcW holds twips
    buffer = io.BytesIO()
    document.save(buffer)
    return _stable_zip(buffer.getvalue())


# --- realistic packs --------------------------------------------------------------------------------------

def avon_somerset() -> None:
    """Word->PDF, table borders off, a running header; the reference pack's Question | Evidence | Decision."""
    org = "Police and Crime Commissioner for Avon and Somerset"
    g = Gold(title="Police and Crime Commissioner's Scrutiny Board", force="Avon and Somerset Constabulary",
             organisation=org, meeting_date="2033-03-08")
    prev = "2033-01-18"
    topic = "Rape and serious sexual offences"
    blocks = [
        P("**Office of the Police and Crime Commissioner for Avon and Somerset**"),
        g.meeting("Police and Crime Commissioner's Scrutiny Board", "2033-03-08", "Neighbourhood crime"),
        P("Tuesday 8 March 2033, 10:00, Conference Room 2, Valley Road, Portishead"),
        P("**Theme:** Neighbourhood crime"),
        H("Agenda", 2),
        g.agenda("2033-03-08", [
            ("1", "Welcome, introductions and apologies", "PCC"),
            ("2", "Notes and actions of the meeting on 18 January 2033", "OPCC Scrutiny Lead"),
            ("3", "Burglary and robbery: outcomes and victim contact", "ACC Local Policing"),
            ("4", "Anti-social behaviour hotspots and the summer plan", "Supt Partnerships"),
            ("5", "Any other business", None),
        ], ("Item", "Title", "Lead"), (10, 60, 30), bordered=False),
        Break(),
        g.meeting(f"Notes of the Scrutiny Board held on 18 January 2033 ({topic})", prev, topic, level=2),
        P("Present: the PCC (chair), the Deputy Chief Constable, the OPCC Chief Executive, the OPCC Scrutiny Lead."),
        P("1. The notes of the meeting of 30 November 2032 were agreed. 2. No interests were declared."),
        H("3. Rape and serious sexual offences", 3),
    ]
    qs = [
        ("1", "How many rape investigations were closed with a charge or summons in the last two quarters, and how does that compare with the year before?",
         "The charge or summons rate rose from 6.1% to 8.4% across the two quarters. A dedicated charging advice desk was set up with the Crown Prosecution Service in October.",
         "Assured", "Assured", "The PCC noted the improvement and asked for the rate to be reported each quarter."),
        ("2", "What is the average time from report to first victim contact by a specialist officer?",
         "The average is now 3.2 days against a target of two days. Eleven specially trained officers joined the team in December; three posts remain vacant.",
         "Partly assured", "Partially Assured", "Progress was welcomed but the two-day target is not yet met."),
        ("3", "How does the force make sure that digital devices are returned to victims within a month?",
         "Devices are examined under a triage policy; 41% were returned within a month in December. A new kiosk model goes live in April.",
         "Not assured", "Not Assured", "The PCC was concerned that most victims wait longer than a month and asked for a recovery plan."),
    ]
    rows = [("Question", "Summary of evidence", "PCC decision")]
    for number, q, ev, level, raw, comment in qs:
        g.decision(date=prev, topic=topic, number=number, question=q, evidence=ev, assurance=level, raw=raw, commentary=comment)
        rows.append((f"{number}. {q}", ev, (f"**{raw}**", f"*{comment}*")))
    blocks.append(T(tuple(rows), (35, 40, 25), header_rows=1, bordered=False))
    minuted = [
        ("SB33/02", "Report the rape charge or summons rate to each quarterly Scrutiny Board.",
         "Added to the quarterly performance report from April.", "complete", "Complete"),
        ("SB33/03", "Provide a recovery plan for the return of victims' digital devices.",
         "Plan in draft; due to the PCC by the end of March.", "outstanding", "Ongoing"),
    ]
    blocks += [P("**Actions agreed**"),
               Bul(tuple(f"{ref} – {text}" for ref, text, *_ in minuted)),
               Break(), H("Scrutiny Board action tracker", 2)]
    tracker = [("Ref", "Meeting", "Action", "Progress", "Status")]
    older = [
        ("SB32/19", "30 November 2032", "2032-11-30", "Share the stalking protection order audit with the OPCC.",
         "Audit shared on 12 December 2032.", "complete", "Complete"),
        ("SB32/21", "30 November 2032", "2032-11-30", "Set out the timetable for the new crime recording training.",
         "Training starts in May; the timetable will follow.", "outstanding", "Ongoing"),
    ]
    for ref, when, iso, text, update, status, word in older:
        g.action(number=ref, text=text, update=update, status=status, status_source="status_column", date=iso, topic=None)
        tracker.append((ref, when, text, update, word))
    for ref, text, update, status, word in minuted:
        g.action(number=ref, text=text, update=update, status=status, status_source="status_column", date=prev,
                 topic="Rape and serious sexual offences", key=f"{ref} – {text}")
        tracker.append((ref, "18 January 2033", text, update, word))
    blocks.append(T(tuple(tracker), (11, 16, 33, 28, 12), header_rows=1, bordered=False))
    data = docx_to_pdf(docx(blocks, "Scrutiny Board", "OPCC Avon and Somerset",
                            header=("OPCC Avon and Somerset – Scrutiny Board – 8 March 2033 – OFFICIAL",)))
    write("avon-somerset-pcc-psb-2033-03-08-round45.pdf", data, g)


def cheshire() -> None:
    """reportlab, landscape; two scrutiny items in the notes, each with its own question table."""
    org = "Police and Crime Commissioner for Cheshire"
    g = Gold(title="Scrutiny and Assurance Meeting", force="Cheshire Constabulary", organisation=org,
             meeting_date="2033-04-19")
    prev = "2033-02-15"
    blocks = [
        P("**Police and Crime Commissioner for Cheshire**"),
        g.meeting("Scrutiny and Assurance Meeting", "2033-04-19", None),
        P("Wednesday 19 April 2033 at 14:00, Clemonds Hey, Winsford"),
        g.agenda("2033-04-19", [
            ("1", "Apologies and declarations of interest", "Chair"),
            ("2", "Minutes of the meeting of 15 February 2033", "Chair"),
            ("3", "Action log", "Governance Officer"),
            ("4", "Road safety and the fatal four", "Chief Supt Operations"),
            ("5", "Vetting backlog and professional standards", "Head of Professional Standards"),
            ("6", "Date of next meeting", None),
        ], ("No.", "Agenda item", "Presenter"), (8, 62, 30)),
        Break(),
        g.meeting("Minutes of the Scrutiny and Assurance Meeting held on 15 February 2033", prev, None, level=2),
        P("Items 1 to 3 (apologies, minutes and action log) were taken as read."),
    ]
    items = [
        ("4", "Child criminal exploitation", [
            ("1", "How many children at risk of exploitation were referred to the multi-agency panel this year?",
             "There were 214 referrals, up 18% on last year; every referral was reviewed within five working days.",
             "Assured", "Assured", "The Commissioner thanked the team for the clear data."),
            ("2", "How are missing episodes of children in care linked to exploitation risk?",
             "Return home interviews are recorded on the force system; the link to exploitation flags is manual and checked monthly.",
             "Partly assured", "Partially assured", "The Commissioner asked for the link to be automated."),
        ]),
        ("5", "Police response to mental health", [
            ("1", "How much officer time is spent with people in mental health crisis awaiting a health bed?",
             "An average of 1,120 officer hours a month, mostly at hospital emergency departments.",
             "Not assured", "Not assured", "The Commissioner will raise the figure with the integrated care board."),
            ("2", "How is the Right Care, Right Person approach being rolled out?",
             "Phase two started in January; calls about concern for welfare are now triaged by a mental health nurse in the control room.",
             "Assured", "Assured", None),
        ]),
    ]
    for no, title, qs in items:
        blocks.append(H(f"{no}. {title}", 3))
        rows = [("No.", "Question", "Response", "Assurance level", "Comments")]
        for number, q, ev, level, raw, comment in qs:
            g.decision(date=prev, topic=title, number=number, question=q, evidence=ev, assurance=level, raw=raw,
                       commentary=comment)
            rows.append((number, q, ev, raw, comment or ""))
        blocks.append(T(tuple(rows), (5, 30, 35, 12, 18), header_rows=1))
    blocks += [P("**Actions:** CSA 33/04 and CSA 33/05 were agreed (see the action log)."), Break(),
               H("Action log", 2)]
    log = [("Ref", "Date raised", "Action", "Update", "Status")]
    for ref, when, iso, text, update, status, word in [
        ("CSA 32/27", "14 December 2032", "2032-12-14", "Circulate the findings of the custody detention review.",
         "Findings circulated on 9 January 2033.", "complete", "Closed"),
        ("CSA 33/04", "15 February 2033", prev, "Automate the link between missing episodes and exploitation flags.",
         "Change request raised with the system supplier; delivery expected in June.", "outstanding", "Open"),
        ("CSA 33/05", "15 February 2033", prev, "Share the officer hours data with the integrated care board.",
         "Shared on 1 March 2033.", "complete", "Closed"),
    ]:
        g.action(number=ref, text=text, update=update, status=status, status_source="status_column", date=iso, topic=None)
        log.append((ref, when, text, update, word))
    blocks.append(T(tuple(log), (10, 14, 36, 30, 10), header_rows=1))
    look = PdfLook(landscape=True, margin=50, footer="Cheshire OPCC – Scrutiny and Assurance Meeting")
    write("cheshire-pcc-sam-2033-04-19-round45.pdf", render_pdf(blocks, look, "Scrutiny and Assurance Meeting", "OPCC Cheshire"), g)


def northumbria() -> None:
    """Word->PDF, a long pack: a performance paper, then the question table over a page break, a cell split."""
    org = "Police and Crime Commissioner for Northumbria"
    g = Gold(title="Business Meeting", force="Northumbria Police", organisation=org, meeting_date="2033-05-24")
    prev = "2033-03-29"
    topic = "Violence against women and girls"
    blocks = [
        P("**NORTHUMBRIA POLICE AND CRIME COMMISSIONER**"),
        g.meeting("Business Meeting", "2033-05-24", "Performance and the Police and Crime Plan"),
        P("24 May 2033, 13:30 – Forth Banks, Newcastle"),
        P("**Focus of the meeting:** Performance and the Police and Crime Plan"),
        g.agenda("2033-05-24", [
            ("1", "Apologies", "Chair"),
            ("2", "Minutes of the last meeting and matters arising", "Chair"),
            ("3", "Quarterly performance report", "Head of Performance"),
            ("4", "Fraud and cyber crime", "Det Supt Economic Crime"),
            ("5", "Any other business", None),
        ], ("Item", "Business", "Lead officer"), (10, 60, 30)),
        Break(),
        H("Item 3 – Quarterly performance report (January to March 2033)", 2),
        P("The table sets out the force's position against the Plan's measures. Grades are the force's own "
          "self-assessment and are no decisions of the Commissioner."),
        T((("Measure", "Q4 2032/33", "Target", "Self-assessment"),
           ("999 calls answered in 10 seconds", "88%", "90%", "Requires improvement"),
           ("Emergency attendance within target", "91%", "90%", "Good"),
           ("Victim satisfaction", "74%", "80%", "Requires improvement"),
           ("Domestic abuse arrest rate", "41%", "40%", "Good")), (40, 20, 15, 25), header_rows=1),
        P("The Commissioner noted the paper."),
        g.meeting("Minutes of the Business Meeting held on 29 March 2033", prev, topic, level=2),
        P("**Topic:** Violence against women and girls"),
        P("Present: the Commissioner (chair), the Chief Constable, the Director of Policy, the Chief Finance Officer."),
        H("Item 4 – Violence against women and girls", 3),
    ]
    long_ev = ("The force described its VAWG delivery plan in detail. "
               "Night-time economy patrols were doubled in Newcastle city centre and Sunderland over the winter, with "
               "trained welfare officers in every patrol team; Safe Haven sites were opened in four locations in "
               "partnership with the universities and the local authorities. Reports of spiking rose from 61 to 88, "
               "which the force attributes to better awareness and the new online reporting form; every report now "
               "receives a same-day test kit where the victim consents. Stalking protection orders rose from 19 to 37, "
               "and the force has trained 140 investigators in the use of orders. The force also set out the "
               "work with licensed premises, the Ask for Angela scheme, the taxi marshal pilot and the education "
               "programme in secondary schools, which reached 9,400 pupils over the autumn term. A survey of women "
               "who use the city centre at night found that 58% felt safe, against 49% a year earlier, and the force "
               "will repeat the survey each spring so that the Commissioner can see the trend over the Plan.")
    qs = [
        ("1", "What has the force done to make women and girls safer in the night-time economy, and how does it know it has worked?",
         long_ev, "Assured", "Assured", "The Commissioner welcomed the survey and asked for it to be repeated annually."),
        ("2", "How many officers and staff are under investigation for sexual misconduct, and how quickly are cases resolved?",
         "There are 23 open cases; the average time to resolution is 214 days. Four cases are awaiting criminal proceedings. "
         "Nine of the open cases concern police staff and fourteen concern officers; six were referred to the force by "
         "members of the public through the online form and the rest arose from internal reports or from checks of "
         "the force's own systems. The force has added two investigators to the anti-corruption unit and expects the "
         "average time to fall once they are trained. Special case hearings were used twice in the year, and every "
         "case is now reviewed by a superintendent at 28 days and again at 90 days.",
         "Partly assured", "Partly assured", "The Commissioner wants the average brought below 180 days."),
        ("3", "How is the force making sure domestic abuse victims are kept informed about bail conditions?",
         "A bail notification text message was introduced in February; 62% of victims received one within 24 hours. "
         "Where no text can be sent the officer in the case phones the victim, and the witness care unit checks a "
         "sample of twenty cases each week. The force found that messages failed most often when a victim's number "
         "had changed since the report, and call handlers now confirm the number at every contact. Independent "
         "domestic violence advisers receive a daily list of releases so that they can contact the victims they "
         "support on the same day. The force expects the 24-hour figure to pass 85% by the summer, when the "
         "message is sent automatically from the custody system rather than by the investigating team, and will "
         "report the figure to the Commissioner each month until it does.",
         "Partly assured", "Partly assured", None),
    ]
    rows = [("Question", "Evidence", "Commissioner's decision")]
    for number, q, ev, level, raw, comment in qs:
        g.decision(date=prev, topic=topic, number=number, question=q, evidence=ev, assurance=level, raw=raw, commentary=comment)
        rows.append((f"Q{number}. {q}", ev, (f"**{raw}**", comment) if comment else f"**{raw}**"))
    blocks.append(T(tuple(rows), (28, 50, 22), header_rows=1))
    blocks += [P("**Actions**")]
    minuted = [("BM 33/07", "Repeat the night-time safety survey each spring and report the results.",
                "Survey booked for April 2034.", "complete", "Completed"),
               ("BM 33/08", "Report the average time to resolve sexual misconduct cases each quarter.",
                "First report due at the July meeting.", "outstanding", "In progress")]
    blocks.append(Bul(tuple(f"{ref}: {text}" for ref, text, *_ in minuted)))
    blocks += [Break(), H("Action tracker", 2)]
    rows = [("Ref", "Action", "Update", "Status")]
    g.action(number="BM 33/02", text="Provide the Commissioner with the force's fleet replacement plan.",
             update="Plan provided on 14 February 2033.", status="complete", status_source="status_column",
             date=None, topic=None)
    rows.append(("BM 33/02", "Provide the Commissioner with the force's fleet replacement plan.", "Plan provided on 14 February 2033.", "Completed"))
    for ref, text, update, status, word in minuted:
        g.action(number=ref, text=text, update=update, status=status, status_source="status_column", date=prev,
                 topic=topic, key=f"{ref}: {text}")
        rows.append((ref, text, update, word))
    blocks.append(T(tuple(rows), (14, 40, 32, 14), header_rows=1))
    data = docx_to_pdf(docx(blocks, "Business Meeting", "Northumbria OPCC", header=("Northumbria PCC – Business Meeting",)))
    write("northumbria-pcc-bm-2033-05-24-round45.pdf", data, g)


def mopac() -> None:
    """Word: the Deputy Mayor's oversight board, a Question | MPS response | DMPC assurance table."""
    org = "Deputy Mayor for Policing and Crime"
    g = Gold(title="Oversight Board", force="Metropolitan Police Service", organisation=org, meeting_date="2033-06-14")
    prev = "2033-04-26"
    topic = "Public confidence and trust"
    blocks = [
        P("**MAYOR'S OFFICE FOR POLICING AND CRIME**"),
        g.meeting("Oversight Board", "2033-06-14", None),
        P("**Chair:** Deputy Mayor for Policing and Crime"),
        P("Date: 14 June 2033, 10:00 – 12:00, City Hall, Kamal Chunchie Way"),
        g.agenda("2033-06-14", [
            ("1", "Welcome and apologies", "DMPC"),
            ("2", "Minutes and actions of 26 April 2033", "MOPAC Secretariat"),
            ("3", "Neighbourhood policing and town centre teams", "AC Frontline Policing"),
            ("4", "Custody and detainee welfare", "Commander Met Operations"),
            ("5", "Any other business", "DMPC"),
        ], ("Item", "Subject", "Lead"), (10, 60, 30)),
        g.meeting("Oversight Board – minutes of 26 April 2033", prev, topic, level=2),
        P("Attendees: Deputy Mayor for Policing and Crime (chair); Deputy Commissioner; MOPAC Chief Executive."),
        H("Item 3: Public confidence and trust", 3),
    ]
    qs = [
        ("PC1", "What has changed in the public attitude survey's trust measure since the last Board?",
         "Trust rose two points to 71%; the gap between white and Black Londoners narrowed from 14 to 11 points.",
         "Partly assured", "Partly assured", "The gap remains too wide."),
        ("PC2", "How are community scrutiny groups' findings on stop and search acted upon?",
         "Each borough's group now receives a written reply within 28 days; 93% of replies were on time in March.",
         "Assured", "Assured", "The DMPC was assured by the written replies."),
        ("PC3", "How many officers have completed the new community engagement training?",
         "1,850 of 5,200 frontline officers; completion is forecast for December.",
         None, "Deferred", "To return when the training evaluation reports in September."),
    ]
    rows = [("Ref", "Question", "MPS response", "DMPC assurance")]
    for number, q, ev, level, raw, comment in qs:
        g.decision(date=prev, topic=topic, number=number, question=q, evidence=ev, assurance=level, raw=raw, commentary=comment)
        rows.append((number, q, ev, (f"**{raw}**", comment)))
    blocks.append(T(tuple(rows), (8, 32, 38, 22), header_rows=1))
    blocks.append(P("Actions agreed under this item: OB 33/11 and OB 33/12, recorded in the action tracker below."))
    blocks.append(H("Action tracker", 2))
    rows = [("Ref", "Meeting", "Action", "Update", "Status")]
    for ref, when, iso, text, update, status, word, t in [
        ("OB 33/04", "1 March 2033", "2033-03-01", "Publish the borough stop and search dashboards monthly.",
         "Published monthly since March.", "complete", "Complete", None),
        ("OB 33/11", "26 April 2033", prev, "Set out the plan to narrow the trust gap between communities.",
         "Plan to the DMPC in July.", "outstanding", "On track", topic),
        ("OB 33/12", "26 April 2033", prev, "Return to the Board with the training evaluation.",
         None, "outstanding", "Overdue", topic),
    ]:
        g.action(number=ref, text=text, update=update, status=status, status_source="status_column", date=iso, topic=t)
        rows.append((ref, when, text, update or "", word))
    blocks.append(T(tuple(rows), (10, 14, 36, 28, 12), header_rows=1))
    write("mopac-dmpc-ob-2033-06-14-round45.docx", docx(blocks, "Oversight Board", "MOPAC"), g)


def surrey() -> None:
    """reportlab with a running header and footer; Decision of PCC; the tracker's rows under meeting group rows."""
    org = "Police and Crime Commissioner for Surrey"
    g = Gold(title="Performance and Accountability Meeting", force="Surrey Police", organisation=org,
             meeting_date="2033-02-22")
    prev = "2033-01-11"
    topic = "Roads policing"
    blocks = [
        P("**Office of the Police & Crime Commissioner for Surrey**"),
        g.meeting("Performance and Accountability Meeting", "2033-02-22", "Shoplifting and retail crime"),
        P("22 February 2033, Mount Browne, Guildford"),
        P("**Theme:** Shoplifting and retail crime"),
        g.agenda("2033-02-22", [
            ("1", "Welcome and apologies", "PCC"),
            ("2", "Notes of the last meeting and action tracker", "Head of Performance"),
            ("3", "Shoplifting and retail crime", "ACC Local Policing"),
            ("4", "Date of next meeting", None),
        ], ("Item", "Title", "Presented by"), (10, 60, 30)),
        Break(),
        g.meeting("Notes – Performance and Accountability Meeting – 11 January 2033", prev, topic, level=2),
        P("**Theme:** Roads policing"),
    ]
    qs = [
        ("1", "How has the number of people killed or seriously injured on Surrey's roads changed over the last year?",
         "Killed or seriously injured casualties fell from 512 to 474. Motorcyclists remain over-represented.",
         "Assured", "Assured", "The PCC welcomed the fall."),
        ("2", "How many speed enforcement operations were run on the roads residents report most?",
         "Community Speedwatch reports led to 36 operations; data from 11 sites were not yet analysed.",
         "Partly assured", "Partly Assured", "The PCC asked for the outstanding sites to be analysed."),
        ("3", "How many drink and drug driving arrests were made over the Christmas campaign?",
         "There were 168 arrests, against 151 last year.", None, None, None),
    ]
    rows = [("Question", "Brief summary of evidence", "Decision of PCC")]
    for number, q, ev, level, raw, comment in qs:
        if level is None:  # asked for information: no level sought, no record
            rows.append((f"{number}. {q}", ev, "*For information – no assurance level sought*"))
            continue
        g.decision(date=prev, topic=topic, number=number, question=q, evidence=ev, assurance=level, raw=raw, commentary=comment)
        rows.append((f"{number}. {q}", ev, (f"**{raw}**", f"*{comment}*")))
    blocks.append(T(tuple(rows), (38, 40, 22), header_rows=1))
    blocks += [P("**Actions**"), P("1. Analyse the remaining Speedwatch sites and report the results to the PCC.")]
    blocks += [Break(), H("Action tracker 2032/33", 2)]
    rows = [("Ref", "Action", "Update", "Status"), ("Meeting of 9 November 2032", None, None, None)]
    spans = [(1, 0, 1, 4)]
    g.action(number="PAM 32/31", text="Provide the PCC with the firearms licensing backlog figures.",
             update="Figures provided on 2 December 2032.", status="complete", status_source="status_column",
             date="2032-11-09", topic=None)
    rows.append(("PAM 32/31", "Provide the PCC with the firearms licensing backlog figures.", "Figures provided on 2 December 2032.", "Complete"))
    rows.append(("Meeting of 11 January 2033", None, None, None))
    spans.append((3, 0, 1, 4))
    g.action(number="PAM 33/02", text="Analyse the remaining Speedwatch sites and report the results to the PCC.",
             update="Analysis of six sites complete; five remain.", status="outstanding", status_source="status_column",
             date=prev, topic=topic, key="1. Analyse the remaining Speedwatch sites")
    rows.append(("PAM 33/02", "Analyse the remaining Speedwatch sites and report the results to the PCC.",
                 "Analysis of six sites complete; five remain.", "Open"))
    blocks.append(T(tuple(rows), (12, 42, 34, 12), header_rows=1, spans=tuple(spans)))
    look = PdfLook(header="OFFICIAL – Surrey OPCC", footer="Performance and Accountability Meeting – 22 February 2033")
    write("surrey-pcc-pam-2033-02-22-round45.pdf", render_pdf(blocks, look, "Performance and Accountability Meeting", "OPCC Surrey"), g)


# --- New forms --------------------------------------------------------------------------------------------

def kent() -> None:
    """New: the level as the Commissioner's confidence (High / Medium / Low) by a key sentence; a tracker whose
    status is a per cent complete."""
    org = "Police and Crime Commissioner for Kent"
    g = Gold(title="Performance and Delivery Board", force="Kent Police", organisation=org, meeting_date="2033-01-26")
    prev = "2032-12-08"
    topic = "Victim services"
    blocks = [
        P("**Kent Police and Crime Commissioner**"),
        g.meeting("Performance and Delivery Board", "2033-01-26", None),
        P("26 January 2033, 10:00, Sutton Road, Maidstone"),
        g.agenda("2033-01-26", [
            ("1", "Introduction and apologies", "Commissioner"),
            ("2", "Minutes of the previous meeting", "Commissioner"),
            ("3", "Contact and the 101 service", "ACC Operations"),
            ("4", "Crime data integrity", "Force Crime Registrar"),
            ("5", "Any other business", None),
        ], ("Item", "Title", "Lead"), (10, 60, 30)),
        Break(),
        g.meeting("Minutes: Performance and Delivery Board, 8 December 2032", prev, topic, level=2),
        H("3. Victim services", 3),
        P("For each question the Commissioner records his level of confidence in the force's answer: High "
          "(he is assured), Medium (he is partly assured and the matter returns) or Low (he is not assured)."),
    ]
    qs = [
        ("1", "How many victims of crime were offered a referral to the victim support hub in the last quarter?",
         "94% of eligible victims were offered a referral and 38% accepted one.",
         "Assured", "High", "The Commissioner noted the high offer rate."),
        ("2", "How does the force check that the Victims' Code is complied with in each investigation?",
         "A monthly dip sample of 60 crimes found 71% fully compliant; most failures were missed updates.",
         "Partly assured", "Medium", "To return to the March Board with the improvement plan."),
        ("3", "How quickly are victims told when a suspect is released under investigation?",
         "No reliable data are yet held; a new field on the crime system is planned.",
         "Not assured", "Low", "The Commissioner asked for data by the March Board."),
    ]
    rows = [("No.", "Question", "Force response", "Level of confidence", "Commissioner's remarks")]
    for number, q, ev, level, raw, comment in qs:
        g.decision(date=prev, topic=topic, number=number, question=q, evidence=ev, assurance=level, raw=raw, commentary=comment)
        rows.append((number, q, ev, raw, comment))
    blocks.append(T(tuple(rows), (6, 30, 32, 12, 20), header_rows=1))
    blocks += [P("Actions from this item are PDB 33/01 and PDB 33/02 in the action log."), Break(),
               H("Action log", 2),
               P("The % complete column is the lead officer's estimate; an action at 100% is closed at the next Board.")]
    rows = [("Ref", "Board", "Action", "Update", "% complete")]
    for ref, when, iso, text, update, status, pct, t in [
        ("PDB 32/17", "27 October 2032", "2032-10-27", "Report on the use of body-worn video in domestic abuse cases.",
         "Report given to the Commissioner in November.", "complete", "100%", None),
        ("PDB 32/20", "27 October 2032", "2032-10-27", "Review the call-back service for abandoned 101 calls.",
         "Review half complete.", "outstanding", "50%", None),
        ("PDB 33/01", "8 December 2032", prev, "Bring the Victims' Code improvement plan to the March Board.",
         "Plan drafted; to be agreed by the chief officer group.", "outstanding", "75%", topic),
        ("PDB 33/02", "8 December 2032", prev, "Add a released under investigation notification field to the crime system.",
         "Not started.", "outstanding", "0%", topic),
    ]:
        g.action(number=ref, text=text, update=update, status=status, status_source="status_column", date=iso, topic=t)
        rows.append((ref, when, text, update, pct))
    blocks.append(T(tuple(rows), (11, 14, 37, 28, 10), header_rows=1))
    write("kent-pcc-pdb-2033-01-26-round45.pdf", render_pdf(blocks, PdfLook(), "Performance and Delivery Board", "Kent OPCC"), g)


def lancashire() -> None:
    """New: Lancashire-style "Item N" agenda rows; whether each question was answered (in full / in part / not)
    as the level, with one deferred; the tracker gives status only by a Date completed column."""
    org = "Police and Crime Commissioner for Lancashire"
    g = Gold(title="Accountability Board", force="Lancashire Constabulary", organisation=org, meeting_date="2033-06-07")
    prev = "2033-04-12"
    topic = "Current and significant issues: serious and organised crime"
    blocks = [
        P("**The Office of the Police and Crime Commissioner for Lancashire**"),
        g.meeting("Accountability Board", "2033-06-07", None),
        P("7th June 2033"),
        g.agenda("2033-06-07", [
            ("Item 1", "Welcome and introductions", "Mr Ashworth"),
            ("Item 2", "Declaration of interests", "Mr Ashworth"),
            ("Item 3", "Note of the last meeting and action tracker", "Mr Ashworth"),
            ("Item 4", "Current and significant issues", "Chief Constable"),
            ("Item 5", "Estates strategy", "Director of Resources"),
        ], ("Item", "Business", "Lead"), (12, 58, 30), bordered=False),
        Break(),
        g.meeting("Note of the Accountability Board held on 12th April 2033", prev, topic, level=2),
        H(f"Item 4 – {topic}", 3),
        P("The Commissioner records whether each question was answered to his satisfaction: **answered in full** "
          "means he is assured, **answered in part** that he is partly assured, and **not answered** that he is "
          "not assured."),
    ]
    qs = [
        ("4.1", "How many organised crime groups are mapped in the county and how many were disrupted this year?",
         "Forty-one groups are mapped; major disruptions were recorded against 17, minor against 12.",
         "Assured", "Answered in full", None),
        ("4.2", "What use has been made of asset recovery powers against organised crime groups?",
         "Confiscation orders worth £2.3 million were made; the force could not say how much has been collected.",
         "Partly assured", "Answered in part", "Collected sums to be reported."),
        ("4.3", "How is the force tackling exploitation of children by county lines networks?",
         "The force asked to report after the regional review in July.",
         None, "Deferred to July", "The Commissioner agreed to take the question in July."),
        ("4.4", "How many firearms discharges were recorded and what is the trend?",
         "Four discharges against nine last year; the force could not yet give the outcomes of the investigations.",
         "Not assured", "Not answered", "The outcomes of the investigations are needed."),
    ]
    rows = [("Ref", "Question", "Response", "Question answered?", "Notes")]
    for number, q, ev, level, raw, comment in qs:
        g.decision(date=prev, topic=topic, number=number, question=q, evidence=ev, assurance=level, raw=raw, commentary=comment)
        rows.append((number, q, ev, raw, comment or ""))
    blocks.append(T(tuple(rows), (6, 40, 28, 12, 14), header_rows=1, bordered=False))
    minuted = [("AB/33/09", "CC Hatfield to report the sums collected under confiscation orders.", "Report due in July.", None),
               ("AB/33/10", "Det Supt Rowe to send the firearms discharge investigation outcomes.", "Sent to the OPCC.", "3 May 2033")]
    blocks += [P(f"Action – {text}") for _, text, *_ in minuted]
    blocks += [Break(), H("Accountability Board action tracker", 2),
               P("Actions are closed by the Board once the date completed is entered.")]
    rows = [("No.", "Date raised", "Action", "Progress", "Date completed")]
    for ref, when, iso, text, update, done, t, key in [
        ("AB/33/02", "8th February 2033", "2033-02-08", "Director of Resources to share the fleet electrification business case.",
         "Shared with the Commissioner's office.", "20 March 2033", None, None),
        ("AB/33/04", "8th February 2033", "2033-02-08", "ACC Fenn to brief the Board on the new crime recording system.",
         "Briefing moved to the September Board.", None, None, None),
        *[(ref, "12th April 2033", prev, text, update, done, topic, f"Action – {text}") for ref, text, update, done in minuted],
    ]:
        g.action(number=ref, text=text, update=update, status="complete" if done else "outstanding",
                 status_source="status_column", date=iso, topic=t, key=key)
        rows.append((ref, when, text, update, done or "–"))
    blocks.append(T(tuple(rows), (11, 15, 36, 24, 14), header_rows=1, bordered=False))
    data = docx_to_pdf(docx(blocks, "Accountability Board", "OPCC Lancashire", header=("Accountability Board – 7th June 2033",)))
    write("lancashire-pcc-ab-2033-06-07-round45.pdf", data, g)


def hertfordshire() -> None:
    """New: a tracker status vocabulary of the office's own (Closed – moved to BAU, Awaiting OPCC sign-off,
    Deferred to a later Board) under a key line; levels as capitalised words in a borderless table."""
    org = "Police and Crime Commissioner for Hertfordshire"
    g = Gold(title="Strategic Scrutiny Forum", force="Hertfordshire Constabulary", organisation=org,
             meeting_date="2033-05-10")
    prev = "2033-03-15"
    topic = "Investigation standards"
    blocks = [
        P("**Hertfordshire Police and Crime Commissioner**"),
        g.meeting("Strategic Scrutiny Forum", "2033-05-10", "Rural and wildlife crime"),
        P("Wednesday 10 May 2033, Welwyn Garden City"),
        P("**Topic:** Rural and wildlife crime"),
        g.agenda("2033-05-10", [
            ("1", "Welcome", "PCC"),
            ("2", "Record of the last Forum and the action log", "OPCC Head of Scrutiny"),
            ("3", "Rural and wildlife crime", "Supt Rural Operational Support"),
            ("4", "Date of next Forum", None),
        ], ("Item", "Title", "Presenter"), (10, 60, 30)),
        Break(),
        g.meeting("Record of the Strategic Scrutiny Forum – 15 March 2033", prev, topic, level=2),
        H("Item 3 – Investigation standards", 3),
    ]
    qs = [
        ("1", "What proportion of investigations have a supervisor's plan recorded within 72 hours?",
         "81% in February, against 64% a year ago; audits are done weekly in each command.",
         "Assured", "ASSURED", "The PCC recognised the improvement."),
        ("2", "How is the force reducing the number of investigations open for more than a year?",
         "There are 612 such investigations; a review team is closing the oldest first.",
         "Partly assured", "PARTLY ASSURED", "The PCC wants a quarterly count."),
        ("3", "How does the force make sure that victim personal statements are taken in every eligible case?",
         "Compliance is not measured at present; a dip sample is planned for April.",
         "Not assured", "NOT ASSURED", "The PCC asked for the dip sample results."),
    ]
    rows = [("Q", "Question", "Force response", "PCC assessment")]
    for number, q, ev, level, raw, comment in qs:
        g.decision(date=prev, topic=topic, number=number, question=q, evidence=ev, assurance=level, raw=raw, commentary=comment)
        rows.append((number, q, ev, (f"**{raw}**", comment)))
    blocks.append(T(tuple(rows), (5, 33, 37, 25), header_rows=1, bordered=False))
    blocks += [P("Actions arising: SSF 33/06 and SSF 33/07 (see the action log)."), Break(), H("Action log", 2),
               P("Status key: **Closed – BAU** the action is done and now part of business as usual; **Awaiting "
                 "OPCC sign-off** the force reports it done but the OPCC has not yet accepted it, so it stays open; "
                 "**Deferred** the action moves to a later Forum.")]
    rows = [("Ref", "Forum", "Action", "Update", "Status")]
    for ref, when, iso, text, update, status, word, t in [
        ("SSF 32/28", "18 January 2033", "2033-01-18", "Provide a breakdown of rural crime by district.",
         "Breakdown now in the monthly performance pack.", "complete", "Closed – BAU", None),
        ("SSF 32/30", "18 January 2033", "2033-01-18", "Present the wildlife crime officer training plan.",
         "Moved to the July Forum at the force's request.", "outstanding", "Deferred", None),
        ("SSF 33/06", "15 March 2033", prev, "Report the count of investigations open for more than a year each quarter.",
         "First count submitted in April.", "outstanding", "Awaiting OPCC sign-off", topic),
        ("SSF 33/07", "15 March 2033", prev, "Share the results of the victim personal statement dip sample.",
         "Results shared on 28 April 2033.", "complete", "Closed – BAU", topic),
    ]:
        g.action(number=ref, text=text, update=update, status=status, status_source="status_column", date=iso, topic=t)
        rows.append((ref, when, text, update, word))
    blocks.append(T(tuple(rows), (11, 14, 35, 26, 14), header_rows=1))
    look = register_dejavu_serif()
    write("hertfordshire-pcc-ssf-2033-05-10-round45.pdf", render_pdf(blocks, look, "Strategic Scrutiny Forum", "Herts OPCC"), g)


def essex() -> None:
    """New (Word): Full / Some / No assurance under a key sentence; the log's status is the PFCC's decision on
    the force's proposed status, printed in two columns."""
    org = "Police, Fire and Crime Commissioner for Essex"
    g = Gold(title="Performance and Resources Scrutiny Board", force="Essex Police", organisation=org,
             meeting_date="2033-03-30")
    prev = "2033-02-23"
    topic = "Drug-related harm"
    blocks = [
        P("**Police, Fire and Crime Commissioner for Essex**"),
        g.meeting("Performance and Resources Scrutiny Board", "2033-03-30", None),
        P("Thursday 30 March 2033, Kelvedon Park"),
        g.agenda("2033-03-30", [
            ("1", "Apologies and declarations", "PFCC"),
            ("2", "Minutes and action log", "Strategic Head of Performance"),
            ("3", "Police officer recruitment and retention", "Director of HR"),
            ("4", "Drug-related harm: the county lines taskforce", "Det Ch Supt Serious Crime"),
            ("5", "Any other business", None),
        ], ("No.", "Item", "Lead"), (8, 62, 30)),
        g.meeting("Minutes of the Performance and Resources Scrutiny Board, 23 February 2033", prev, topic, level=2),
        H("3. Drug-related harm", 3),
        P("The PFCC gives one of three levels: Full assurance (assured), Some assurance (partly assured) or No "
          "assurance (not assured)."),
    ]
    qs = [
        ("1", "How many county lines were closed in the last six months?",
         "Thirty-four lines were closed, eleven of them with a charge of the line holder.",
         "Assured", "Full assurance", "The PFCC commended the taskforce."),
        ("2", "How are young people found in drug dealing safeguarded after arrest?",
         "Every child is referred to the exploitation hub; follow-up by the youth service happens in 60% of cases.",
         "Partly assured", "Some assurance", "Follow-up needs to reach every child."),
        ("3", "What evidence is there that drug treatment referrals from custody lead to treatment?",
         "Referral numbers are known; the force has no data on whether treatment started.",
         "Not assured", "No assurance", "The PFCC will ask public health for the data."),
    ]
    for number, q, ev, level, raw, comment in qs:
        g.decision(date=prev, topic=topic, number=number, question=q, evidence=ev, assurance=level, raw=raw, commentary=comment)
        blocks += [P(f"**Question {number}:** {q}"), P(f"*Response:* {ev}"), P(f"**Level of assurance:** {raw}. {comment}")]
    blocks.append(P("**Actions:** PRSB 33/05 and PRSB 33/06, shown in the action log."))
    blocks.append(H("Action log", 2))
    blocks.append(P("The force proposes a status; the PFCC decides whether an action closes."))
    rows = [("Ref", "Raised", "Action", "Update", "Force proposed status", "PFCC decision")]
    for ref, when, iso, text, update, force, pfcc, status, t in [
        ("PRSB 32/22", "24 November 2032", "2032-11-24", "Provide the attrition figures for student officers.",
         "Figures provided in December.", "Propose closure", "Closed", "complete", None),
        ("PRSB 33/01", "26 January 2033", "2033-01-26", "Set out how leavers' exit interviews are used.",
         "Exit interview summary shared; no analysis yet.", "Propose closure", "Remains open", "outstanding", None),
        ("PRSB 33/05", "23 February 2033", prev, "Extend youth service follow-up to every child referred to the hub.",
         "Funding bid submitted to the county council.", "Ongoing", "Remains open", "outstanding", topic),
        ("PRSB 33/06", "23 February 2033", prev, "Write to the Director of Public Health for treatment data.",
         "Letter sent on 2 March 2033.", "Propose closure", "Closed", "complete", topic),
    ]:
        g.action(number=ref, text=text, update=update, status=status, status_source="status_column", date=iso, topic=t)
        rows.append((ref, when, text, update, force, pfcc))
    blocks.append(T(tuple(rows), (11, 12, 30, 23, 12, 12), header_rows=1))
    write("essex-pfcc-prsb-2033-03-30-round45.docx", docx(blocks, "Performance and Resources Scrutiny Board", "Essex PFCC",
                                                           landscape=True), g)


PACKS = {"avon-somerset": avon_somerset, "cheshire": cheshire, "northumbria": northumbria, "mopac": mopac,
         "surrey": surrey, "kent": kent, "lancashire": lancashire, "hertfordshire": hertfordshire, "essex": essex}

if __name__ == "__main__":
    wanted = sys.argv[1:]
    for prefix, build in PACKS.items():
        if not wanted or any(prefix.startswith(w) for w in wanted):
            build()
