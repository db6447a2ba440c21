"""Held-out scrutiny round 56c: nine packs of nine offices, meetings July-December 2042.

Written blind (see README.md). Every builder call that prints a question, an action, an agenda row
or a meeting heading also writes its gold record, so gold says what the page says. PDF records get
the first page whose pdfplumber text or table cells hold the start of their key text; the generator
stops if a key is on no page. Gold goes to gold/ (in heldout/, unscored by CI, until promoted in session 17).

    .venv/bin/python samples/corpus/scrutiny-round56c/generate.py
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
import scrutiny_common  # noqa: E402,F401  (puts scrutiny-round3's render module on sys.path)
from office_pdf import docx_to_pdf  # noqa: E402
from render import Break, Bul, H, Num, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind for held-out round 56c; every record hand-checked against the rendered pages and "
           "`scrutiny inspect` (layout only) by the round's writer; the extractors were never run on it.")
WHEN = datetime(2042, 6, 1, 9, 0, 0)

GREEN, AMBER, RED = "#2e7d32", "#f9a825", "#c62828"
FILL_DONE, FILL_OPEN = "#c6efce", "#ffc7ce"


class Pack:
    """One pack's gold, filled in as its blocks are written."""

    def __init__(self, name: str, org: str, force: str, title: str, date: str) -> None:
        self.name, self.org, self.force, self.title, self.date = name, org, force, title, date
        self.records: dict[str, list[dict]] = {"documents": [], "meetings": [], "agenda_items": [],
                                               "assurance_decisions": [], "actions": []}
        self._keys: list[tuple[dict, str]] = []  # (record, text whose start fixes its page)

    def _add(self, kind: str, record: dict, key: str) -> dict:
        record = {"page": None, **record}
        self.records[kind].append(record)
        self._keys.append((record, key))
        return record

    def meeting(self, date: str, title: str, topic: str | None, key: str | None = None) -> str:
        self._add("meetings", {"meeting_date": date, "topic": topic, "organisation": self.org, "title": title},
                  key or title)
        return key or title

    def agenda(self, number: str | None, title: str, presenter: str | None, date: str | None = None) -> str:
        self._add("agenda_items", {"meeting_date": date or self.date, "number": number, "title": title,
                                   "presenter": presenter}, title)
        return title

    def decision(self, date: str, topic: str | None, number: str | None, question: str, evidence: str,
                 assurance: str | None, commentary: str | None) -> str:
        self._add("assurance_decisions", {"meeting_date": date, "topic": topic, "question_number": number,
                                          "question": question, "evidence_summary": evidence,
                                          "assurance": assurance, "commentary": commentary}, question)
        return question

    def action(self, date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
               status: str, status_source: str, source: str, key: str | None = None) -> str:
        """An action; where it is minuted and tracked too, call this once, at the minuted line (its page)."""
        self._add("actions", {"meeting_date": date, "topic": topic, "number": number, "text": text,
                              "update": update, "status": status, "status_source": status_source,
                              "source": source}, key or text)
        return text

    def finish(self, data: bytes) -> None:
        pdf = self.name.endswith(".pdf")
        pages = _set_pages(data, self._keys) if pdf else None
        document = {"page": None, "file_type": "pdf" if pdf else "docx", "doc_kind": "scrutiny_pack",
                    "status": "ok", "publication_date": None, "title": self.title, "force": self.force,
                    "organisation": self.org, "meeting_date": self.date}
        if pages:
            document["pages"] = pages
        self.records["documents"].append(document)
        (HERE / self.name).write_bytes(data)
        GOLD.mkdir(exist_ok=True)
        gold = {"source_file": self.name, "expect": "ok", "checked": CHECKED, "records": self.records}
        (GOLD / f"{self.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        print(self.name, {k: [r["page"] for r in v] for k, v in self.records.items() if k != "documents"})


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[*{}]|#[0-9a-f]{6}\|", "", text)).strip().lower()


def _set_pages(data: bytes, keys: list[tuple[dict, str]]) -> int:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        texts = []
        for page in pdf.pages:
            cells = [c or "" for table in page.extract_tables() for row in table for c in row]
            texts.append(_squash((page.extract_text() or "") + " \n " + " \n ".join(cells)))
        for record, key in keys:
            # the longest opening run of words found on some page (a narrow cell's first line may hold
            # only three), so that a short run repeated on an earlier page does not decide
            words = _squash(key).split()
            found = []
            for n in range(len(words), min(len(words), 3) - 1, -1):
                found = [i for i, t in enumerate(texts) if " ".join(words[:n]) in t]
                if found:
                    break
            if not found:
                raise SystemExit(f"key on no page (or split): {key!r}")
            record["page"] = found[0] + 1
        return len(pdf.pages)


def word_pdf(blocks: list, title: str, author: str, header: tuple[str, ...] = ()) -> bytes:
    return docx_to_pdf(render_docx(blocks, title=title, author=author, when=WHEN, header=header), stable=False)


# --- 1. Bedfordshire: Common, the reference pack's form, Word->PDF -------------------------------------

def bedfordshire() -> None:
    d, prev = "2042-07-16", "2042-05-21"
    pk = Pack("bedfordshire-pcc-sm-2042-07-16-round56c.pdf", "Police and Crime Commissioner for Bedfordshire",
              "Bedfordshire Police", "Scrutiny Meeting", d)
    topic = "Domestic abuse"
    b: list = [P("**Office of the Police and Crime Commissioner for Bedfordshire**"),
               H(pk.meeting(d, "Scrutiny Meeting", "Neighbourhood policing", "Scrutiny Meeting")),
               P("**Date:** Wednesday 16 July 2042"), P("**Time:** 10.00 – 12.00"),
               P("**Venue:** Conference Room 2, Police Headquarters, Kempston"),
               P("**Theme:** Neighbourhood policing"), H("Agenda", 2)]
    rows = [("Item", "Title", "Presented by")]
    for n, t, who in [("1", "Welcome and apologies", "PCC"), ("2", "Notes of the meeting held on 21 May 2042", "Chief Executive"),
                      ("3", "Action tracker", "Head of Scrutiny"), ("4", "Neighbourhood policing", "ACC Local Policing"),
                      ("5", "Any other business", "All")]:
        rows.append((n, pk.agenda(n, t, who), who))
    b += [T(tuple(rows), (10, 60, 30), header_rows=1), Break()]
    heading = pk.meeting(prev, "Draft notes – Scrutiny Meeting (Domestic abuse) – 21 May 2042", topic)
    b += [H(heading), P("**Present:** Police and Crime Commissioner (Chair); Chief Executive, OPCC; Deputy Chief "
                        "Constable; Detective Superintendent, Public Protection; Head of Scrutiny, OPCC."),
          P("The Commissioner welcomed everyone. There were no declarations of interest.")]
    qs = [("1", "How quickly are domestic abuse victims contacted after a standard-risk report is graded?",
           "Median time to contact was 19 hours in April, against a target of 24 hours; one report in eight waited longer than two days.",
           "Partly assured", "Partly assured", "The Commissioner asked for the cases waiting more than two days to be reviewed."),
          ("2", "What proportion of high-risk cases are referred to the MARAC within the agreed timescale?",
           "Ninety-six per cent of high-risk cases were referred within 48 hours over the last quarter.",
           "Assured", "Assured", "The Commissioner thanked the safeguarding hub for its work."),
          ("3", "How does the force check that domestic abuse protection notices are applied for where eligible?",
           "The force does not yet hold data on eligible cases where no notice was sought; a dip sample is planned.",
           "Not assured", "Not assured", "The Commissioner asked for the dip sample results at the next meeting.")]
    rows = [("No.", "Question", "Evidence", "PCC Decision")]
    for n, q, e, lvl, raw, com in qs:
        rows.append((n, pk.decision(prev, topic, n, q, e, lvl, com), e, (f"**{raw}**", com)))
    b.append(T(tuple(rows), (6, 32, 36, 26), header_rows=1))
    b.append(P("**Actions agreed:**"))
    acts = [("SM 42/14", "Review every standard-risk domestic abuse report that waited more than two days for contact.",
             "Review completed 12 June 2042; findings shared with the hub.", "Complete", "complete"),
            ("SM 42/15", "Provide the results of the dip sample of cases eligible for a protection notice.",
             "Dip sample under way; results due in August.", "Open", "outstanding")]
    b.append(Num(tuple(pk.action(prev, topic, ref, t, u, s, "status_column", "action_tracker") for ref, t, u, _, s in acts)))
    b += [Break(), H("Action tracker", 2)]
    older = [("SM 42/06", "2042-03-19", "Share the custody healthcare contract performance figures with the OPCC.",
              "Figures shared on 2 April 2042.", "Complete", "complete"),
             ("SM 42/09", "2042-04-16", "Report the number of special constables deployed to rural beats each month.",
              "Monthly figure to be added to the performance pack from September.", "Open", "outstanding")]
    rows = [("Ref", "Meeting", "Action", "Update", "Status")]
    for ref, md, t, u, raw, s in older:
        rows.append((ref, md[8:] + "/" + md[5:7] + "/" + md[:4], pk.action(md, None, ref, t, u, s, "status_column", "action_tracker"), u, raw))
    for ref, t, u, raw, _ in acts:
        rows.append((ref, "21/05/2042", t, u, raw))
    b.append(T(tuple(rows), (12, 13, 35, 28, 12), header_rows=1))
    pk.finish(word_pdf(b, "Scrutiny Meeting 16 July 2042", "OPCC Bedfordshire"))


# --- 2. Derbyshire: Common, reportlab DejaVu Serif, borderless, coloured squares -----------------------

def derbyshire() -> None:
    d, prev = "2042-08-06", "2042-06-11"
    pk = Pack("derbyshire-pcc-spab-2042-08-06-round56c.pdf", "Police and Crime Commissioner for Derbyshire",
              "Derbyshire Constabulary", "Strategic Priorities Assurance Board", d)
    look = register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font, margin=60,
                   footer="Derbyshire PCC – Strategic Priorities Assurance Board – OFFICIAL")
    b: list = [P("**Derbyshire Police and Crime Commissioner**", size=13),
               H(pk.meeting(d, "Strategic Priorities Assurance Board", None)),
               P("6th August 2042, 2.00pm, Butterley Hall"), H("Agenda", 2)]
    rows = [("No.", "Item", "Lead officer")]
    for n, t, who in [("1", "Apologies", None), ("2", "Minutes and action log", "OPCC Governance Manager"),
                      ("3", "Rural and wildlife crime", "Superintendent, Rural Crime"),
                      ("4", "Police response times", "Chief Superintendent, Operations"), ("5", "Date of next meeting", None)]:
        rows.append((n, pk.agenda(n, t, who), who or ""))
    b += [T(tuple(rows), (8, 55, 37), header_rows=1, bordered=False), Break()]
    topic = "Stop and search"
    heading = pk.meeting(prev, "Notes of the Strategic Priorities Assurance Board held on 11th June 2042", topic)
    b += [H(heading), P("Present: the Commissioner (Chair), Deputy Chief Constable, Chief Executive (OPCC), "
                        "Head of Criminal Justice, Scrutiny Officer."),
          P("1. Apologies were received from the Chief Constable. 2. The minutes of 9th April were agreed."),
          H("3. Stop and search", 3)]
    qs = [("3.1", "What share of searches in the last year led to a positive outcome, and how does it differ by ethnicity?",
           "Twenty-nine per cent of searches led to a positive outcome; the rate for Black people was four points lower.",
           "Partly assured", "Partially assured", "The PCC wants the difference explained by the next Board."),
          ("3.2", "How are body-worn video recordings of searches reviewed by supervisors?",
           "Supervisors review one in ten recordings each month and the external panel reviews a further sample.",
           "Assured", "Assured", None),
          ("3.3", "What training have officers had on the grounds for a search since the last inspection?",
           "Eighty-one per cent of response officers have completed the new grounds training.",
           "Assured", "Assured", "Training should reach all officers by the end of the year.")]
    rows = [("Ref", "Question", "Response", "Outcome", "Comment")]
    for n, q, e, lvl, raw, com in qs:
        rows.append((n, pk.decision(prev, topic, n, q, e, lvl, com), e, raw, com or ""))
    b.append(T(tuple(rows), (7, 28, 33, 14, 18), header_rows=1, bordered=False))
    b.append(P("Actions agreed under this item:"))
    a1 = pk.action(prev, topic, "SPAB 42/21", "Explain the difference in positive outcome rates by ethnicity.",
                   "Analysis presented to the July stop and search panel; report to this Board.", "outstanding",
                   "glyph_colour", "action_tracker")
    b.append(Bul((f"SPAB 42/21 – {a1}",)))
    b += [Break(), H("Action log", 2),
          P(f"Key: {{{GREEN}|■}} complete   {{{AMBER}|■}} in progress   {{{RED}|■}} not started", size=9)]
    rows = [("Ref", "Raised", "Action", "Progress", "")]
    old = [("SPAB 42/11", "2042-04-09", "Publish the rural crime team's quarterly results on the force website.",
            "Published on 3rd May 2042.", GREEN, "complete"),
           ("SPAB 42/12", "2042-04-09", "Set out the plan for replacing the ageing drone fleet.",
            "Business case being drafted.", AMBER, "outstanding"),
           ("SPAB 42/13", "2042-04-09", "Arrange a visit for the PCC to the new control room.",
            "No date set yet.", RED, "outstanding")]
    for ref, md, t, u, col, s in old:
        rows.append((ref, md[8:] + "." + md[5:7] + "." + md[2:4], pk.action(md, None, ref, t, u, s, "glyph_colour", "action_tracker"), u, f"{{{col}|■}}"))
    rows.append(("SPAB 42/21", "11.06.42", a1, "Analysis presented to the July stop and search panel; report to this Board.", f"{{{AMBER}|■}}"))
    b.append(T(tuple(rows), (13, 10, 37, 34, 6), header_rows=1, bordered=False))
    pk.finish(render_pdf(b, look, "Strategic Priorities Assurance Board", "Derbyshire OPCC"))


# --- 3. Essex: New, Word, status cells merged down over each group of rows ------------------------------

def essex() -> None:
    d, prev = "2042-09-10", "2042-07-09"
    pk = Pack("essex-pfcc-pfcb-2042-09-10-round56c.docx", "Police, Fire and Crime Commissioner for Essex",
              "Essex Police", "Performance and Resources Scrutiny Board", d)
    b: list = [P("**Essex Police, Fire and Crime Commissioner**"),
               H(pk.meeting(d, "Performance and Resources Scrutiny Board", "Road casualty reduction")),
               P("10/09/2042"), P("**Focus of the meeting:** Road casualty reduction"), H("Agenda", 2)]
    rows = [("Item", "Subject", "Presenting officer")]
    for n, t, who in [("1", "Welcome and apologies", None), ("2", "Minutes of the last meeting and action log", "Head of Performance"),
                      ("3", "Road casualty reduction", "Chief Inspector, Roads Policing"), ("4", "Any other business", None)]:
        rows.append((n, pk.agenda(n, t, who), who or "–"))
    b += [T(tuple(rows), (10, 60, 30), header_rows=1), Break()]
    topic = "Business crime"
    b += [H(pk.meeting(prev, "Minutes of the Performance and Resources Scrutiny Board held on 9th July 2042", topic)),
          P("Present: the Commissioner (Chair), the Chief Constable, the Chief Executive and Monitoring Officer."),
          H("3. Business crime", 2)]
    qs = [("1", "How many reports of shop theft were attended within 24 hours in the last quarter?",
           "Fifty-eight per cent were attended within a day; the remainder were dealt with by telephone.",
           "Partly assured", "The Commissioner wants a higher attendance rate where a suspect is held."),
          ("2", "How does the force share intelligence with the county's business crime partnership?",
           "A named officer attends the partnership monthly and a shared reporting portal went live in June.",
           "Assured", None)]
    rows = [("Q", "Question", "Response", "Level of assurance")]
    for n, q, e, lvl, com in qs:
        rows.append((n, pk.decision(prev, topic, n, q, e, lvl, com), e, (f"**{lvl}**", com) if com else f"**{lvl}**"))
    b.append(T(tuple(rows), (6, 34, 38, 22), header_rows=1))
    b.append(P("Action: EPB 42/30 – Report attendance rates for shop theft where a suspect is detained. (Head of Performance)"))
    b += [Break(), H("Action log", 2),
          P("Actions are grouped by their status: the status cell on the left covers every action beside it.")]
    group_done = [("EPB 42/17", "Circulate the revised fleet replacement timetable.", "Circulated on 24/06/2042."),
                  ("EPB 42/19", "Confirm the date of the joint fire and police estates review.", "Review held on 2 July 2042.")]
    group_open = [("EPB 42/22", "Provide the cost of the speed enforcement van upgrade.", "Quotes awaited from two suppliers."),
                  ("EPB 42/30", "Report attendance rates for shop theft where a suspect is detained.", "First figures to be shown at this meeting.")]
    rows = [("Status", "Ref", "Action", "Progress")]
    for status, raw, grp in (("complete", "Complete", group_done), ("outstanding", "Open", group_open)):
        for i, (ref, t, u) in enumerate(grp):
            md, tp = (prev, topic) if ref == "EPB 42/30" else ("2042-05-14", None)
            pk.action(md, tp, ref, t, u, status, "status_column", "action_tracker")
            rows.append((raw if i == 0 else None, ref, t, u))
    spans = ((1, 0, 2, 1), (3, 0, 2, 1))
    b.append(T(tuple(rows), (14, 14, 40, 32), header_rows=1, spans=spans))
    b.append(P("Actions EPB 42/17, 42/19 and 42/22 were raised at the meeting of 14 May 2042."))
    pk.finish(render_docx(b, title="Performance and Resources Scrutiny Board", author="Essex PFCC", when=WHEN))


# --- 4. Gwent: Common, Word, borders off, status as cell shading read through a key ---------------------

def gwent() -> None:
    d, prev = "2042-09-23", "2042-07-22"
    pk = Pack("gwent-pcc-spb-2042-09-23-round56c.docx", "Police and Crime Commissioner for Gwent",
              "Gwent Police", "Strategy and Performance Board", d)
    b: list = [P("**Office of the Police and Crime Commissioner for Gwent**"),
               H(pk.meeting(d, "Strategy and Performance Board", None)),
               P("Tuesday 23rd September 2042, 10:00, Police Headquarters, Cwmbran"), H("Agenda", 2)]
    rows = [("No.", "Item", "Lead")]
    for n, t, who in [("1", "Welcome and apologies", None), ("2", "Minutes of the meeting of 22nd July 2042", "Board Secretary"),
                      ("3", "Action log", "Board Secretary"), ("4", "Serious violence duty", "ACC Operations"),
                      ("5", "Complaints and conduct", "Head of Professional Standards"), ("6", "Any other business", None)]:
        rows.append((n, pk.agenda(n, t, who), who or ""))
    b += [T(tuple(rows), (8, 62, 30), header_rows=1, bordered=False), Break()]
    b += [H(pk.meeting(prev, "Minutes of the Strategy and Performance Board – 22nd July 2042", None)),
          P("Present: Police and Crime Commissioner (Chair); Chief Constable; Chief Executive, OPCC; Chief Finance Officer."),
          P("1. Apologies were received from the Deputy Commissioner."),
          H("4. Vehicle crime", 2)]
    t1 = "Vehicle crime"
    rows = [("No.", "Question", "Force response", "PCC Decision")]
    for n, q, e, lvl, com in [
            ("4.1", "Why has theft from vehicles risen in the south of the force area since January?",
             "A series linked to one group accounts for much of the rise; two arrests were made in June.", "Partly assured",
             "The PCC asked to see the trend after the arrests."),
            ("4.2", "How are victims of vehicle crime kept updated on their case?",
             "Victims receive a text message at each stage; satisfaction with updates is 79 per cent.", "Assured", None)]:
        rows.append((n, pk.decision(prev, t1, n, q, e, lvl, com), e, (f"**{lvl}**", f"*{com}*") if com else f"**{lvl}**"))
    b.append(T(tuple(rows), (7, 33, 38, 22), header_rows=1, bordered=False))
    b.append(H("5. Use of force", 2))
    t2 = "Use of force"
    rows = [("No.", "Question", "Force response", "PCC Decision")]
    for n, q, e, lvl, raw, com in [
            ("5.1", "Are use of force forms completed for every recorded use of force?",
             "A June audit found forms missing for 11 per cent of incidents recorded on body-worn video.", "Not assured",
             "Not assured", "The PCC asked for a repeat audit in three months."),
            ("5.2", "How is use of force data shared with the public?",
             "Quarterly figures are published and the independent panel reviews a sample of footage.", "Assured",
             "Assured", None)]:
        rows.append((n, pk.decision(prev, t2, n, q, e, lvl, com), e, (f"**{raw}**", f"*{com}*") if com else f"**{raw}**"))
    b.append(T(tuple(rows), (7, 33, 38, 22), header_rows=1, bordered=False))
    b.append(P("Actions:"))
    a1 = ("SPB 42/33", "Present the vehicle crime trend for the south of the force area after the June arrests.",
          "Trend to be presented at this meeting.", FILL_OPEN, "outstanding")
    a2 = ("SPB 42/34", "Repeat the audit of use of force forms against body-worn video.",
          "Audit completed 15/09/2042; 4 per cent of forms missing.", FILL_DONE, "complete")
    for ref, t, u, _, s in (a1, a2):
        # listed after both items' minutes: no topic
        b.append(P(f"{ref}: {pk.action(prev, None, ref, t, u, s, 'cell_shading', 'action_tracker')}"))
    b += [Break(), H("Action log", 2)]
    key = T((("Key:", "Complete", "Open"),), (10, 20, 20), bordered=False, fills={(0, 1): FILL_DONE, (0, 2): FILL_OPEN})
    b.append(key)
    rows = [("Ref", "Date raised", "Action", "Update")]
    fills = {}
    old = [("SPB 42/20", "2042-05-20", "Provide the number of officers trained in the new domestic abuse risk tool.",
            "412 officers trained by 30 June.", FILL_DONE, "complete"),
           ("SPB 42/24", "2042-05-20", "Set out how the force will meet the new response time target in rural wards.",
            "Plan in draft, to be tabled in November.", FILL_OPEN, "outstanding")]
    for ref, md, t, u, fill, s in old:
        pk.action(md, None, ref, t, u, s, "cell_shading", "action_tracker")
        fills[(len(rows), 0)] = fill
        rows.append((ref, md[8:] + "/" + md[5:7] + "/" + md[:4], t, u))
    for ref, t, u, fill, _ in (a1, a2):
        fills[(len(rows), 0)] = fill
        rows.append((ref, "22/07/2042", t, u))
    b.append(T(tuple(rows), (14, 14, 40, 32), header_rows=1, bordered=False, fills=fills))
    pk.finish(render_docx(b, title="Strategy and Performance Board", author="OPCC Gwent", when=WHEN))


# --- 5. Kent: New, reportlab landscape, the lines of enquiry as columns ---------------------------------

def kent() -> None:
    d, prev = "2042-10-08", "2042-08-13"
    pk = Pack("kent-pcc-pab-2042-10-08-round56c.pdf", "Police and Crime Commissioner for Kent", "Kent Police",
              "Performance and Accountability Board", d)
    look = PdfLook(landscape=True, margin=50, cell_size=9.5, header="Kent PCC – Performance and Accountability Board")
    b: list = [P("**Office of the Kent Police and Crime Commissioner**", size=13),
               H(pk.meeting(d, "Performance and Accountability Board", "Fraud")),
               P("Wednesday, 8 October 2042 at 10.30 – Sessions House, Maidstone"), P("**Theme:** Fraud"), H("Agenda", 2)]
    rows = [("Item", "Title", "Presenting")]
    for n, t, who in [("1", "Apologies", None), ("2", "Minutes of the meeting of 13 August 2042", "Chief Executive"),
                      ("3", "Action log", "Chief Executive"), ("4", "Fraud and cyber crime", "Detective Chief Superintendent, Serious Crime"),
                      ("5", "Date of next meeting", None)]:
        rows.append((n, pk.agenda(n, t, who), who or "–"))
    b += [T(tuple(rows), (8, 52, 40), header_rows=1), Break()]
    topic = "Missing people"
    b += [H(pk.meeting(prev, "Minutes: Performance and Accountability Board, 13 August 2042", topic)),
          P("Present: the Commissioner (Chair), the Chief Constable, the Deputy Chief Constable, the Chief Executive."),
          H("3. Missing people", 3),
          P("The Commissioner's lines of enquiry are set out in columns below, with the force's response and his "
            "level of assurance under each."),
          P("*Levels: Assured; Partly assured – further information is needed; Not assured.*", size=9)]
    loes = [("1", "How quickly are high-risk missing children found, and how has this changed this year?",
             "Median time to locate fell from 9 to 6 hours; every case now has an inspector's review within the hour.",
             "Assured", "The Commissioner praised the reviews."),
            ("2", "How does the force work with care homes that report children missing repeatedly?",
             "Protocols are signed with 38 of 52 homes; the remainder are being visited in the autumn.",
             "Partly assured", "He wants every home signed up by December."),
            ("3", "What do return home interviews tell the force about exploitation?",
             "Interviews are held by the county council and their findings are not yet shared with the force.",
             "Not assured", "The Commissioner will raise data sharing with the council leader.")]
    header = ("",) + tuple(f"LOE {n}" for n, *_ in loes)
    q_row = ("Line of enquiry",) + tuple(pk.decision(prev, topic, n, q, e, lvl, com) for n, q, e, lvl, com in loes)
    rows = (header, q_row, ("Force response",) + tuple(e for _, _, e, _, _ in loes),
            ("Commissioner's level of assurance",) + tuple(f"**{lvl}**" for *_, lvl, _ in loes),
            ("Comment",) + tuple(com for *_, com in loes))
    b.append(T(rows, (16, 28, 28, 28), header_rows=1))
    b.append(P("**Actions arising:**"))
    a1 = pk.action(prev, topic, "PAB 42/26", "Report progress on care home protocols at the December Board.",
                   "Protocols signed with 47 homes; visits continue.", "outstanding", "inferred_from_update", "action_tracker")
    a2 = pk.action(prev, topic, "PAB 42/27", "Write to the council leader about sharing return home interview findings.",
                   "Letter sent on 2 September 2042; a meeting has been held with the council.", "complete",
                   "inferred_from_update", "action_tracker")
    b.append(Bul((f"PAB 42/26 – {a1}", f"PAB 42/27 – {a2}")))
    b += [Break(), H("Action log", 2)]
    rows = [("Ref", "Meeting", "Action", "Owner", "Update")]
    for ref, md, t, who, u, s in [
            ("PAB 42/15", "2042-06-11", "Provide the number of fraud victims referred to the victim support service.", "DCS Serious Crime",
             "Figures provided to the OPCC on 30 June 2042.", "complete"),
            ("PAB 42/18", "2042-06-11", "Review the staffing of the cyber crime unit against demand.", "ACC Crime",
             "Review will be completed in November.", "outstanding")]:
        pk.action(md, None, ref, t, u, s, "inferred_from_update", "action_tracker")
        rows.append((ref, f"{int(md[8:])} June 2042", t, who, u))
    rows.append(("PAB 42/26", "13 August 2042", a1, "ACC Local Policing", "Protocols signed with 47 homes; visits continue."))
    rows.append(("PAB 42/27", "13 August 2042", a2, "Commissioner", "Letter sent on 2 September 2042; a meeting has been held with the council."))
    b.append(T(tuple(rows), (9, 11, 34, 14, 32), header_rows=1))
    pk.finish(render_pdf(b, look, "Performance and Accountability Board", "OPCC Kent"))


# --- 6. Lancashire: Common, Word->PDF, two items, a question table over a page break -------------------

def lancashire() -> None:
    d, prev = "2042-10-29", "2042-09-03"
    pk = Pack("lancashire-pcc-ab-2042-10-29-round56c.pdf", "Police and Crime Commissioner for Lancashire",
              "Lancashire Constabulary", "Accountability Board", d)
    b: list = [P("**Lancashire Police and Crime Commissioner**"), H(pk.meeting(d, "Accountability Board", None)),
               P("29th October 2042 – 1.30pm – County Hall, Preston"), H("Agenda", 2)]
    rows = [("Item", "Subject", "Lead")]
    for n, t, who in [("Item 1", "Note of the meeting held on 3rd September 2042", "OPCC"),
                      ("Item 2", "Performance report", "Chief Superintendent, Performance"),
                      ("Item 3", "Rape and serious sexual offences", "Detective Superintendent, Public Protection"),
                      ("Item 4", "Any other business", "All")]:
        rows.append((n, pk.agenda(n.removeprefix("Item "), t, who), who))
    b += [T(tuple(rows), (14, 54, 32), header_rows=1), Break()]
    heading = pk.meeting(prev, "Note of the Accountability Board held on 3rd September 2042", None)
    b += [H(heading), P("Attendees: Police and Crime Commissioner; Chief Constable; Deputy Chief Constable; "
                        "Chief Executive; Head of Scrutiny and Assurance."),
          P("The note of the meeting of 9th July 2042 was agreed as a correct record."),
          H("Item 2 – Anti-social behaviour", 2),
          P("The Assistant Chief Constable presented the anti-social behaviour report. Reports fell by 7 per cent on "
            "last year, but repeat callers in three town centres account for a growing share of demand. The "
            "Commissioner noted that the neighbourhood teams had been short of staff over the summer and asked how "
            "the force would protect their time from response duties in the run-up to the winter.")]
    t1, t2 = "Anti-social behaviour", "Hate crime"
    long_e = ("Each neighbourhood team now holds a weekly problem-solving meeting with the council and housing "
              "providers. Repeat callers are flagged on the command and control system and a named officer "
              "contacts each within a week. Of the 214 repeat callers identified in the spring, 151 have a plan "
              "agreed with partners, 38 are awaiting a first meeting and 25 have declined contact. The force "
              "accepts that the plans are not yet reviewed consistently and that the three town centres "
              "remain the main source of demand; a new review template will be introduced in November.")
    rows = [("No.", "Question", "Response", "Assurance")]
    for n, q, e, lvl, com in [
            ("2.1", "How many repeat callers about anti-social behaviour have a problem-solving plan agreed with partners?",
             long_e, "Partly assured", "The Commissioner wants the review template in use before the next Board."),
            ("2.2", "How does the force measure public confidence in how it deals with anti-social behaviour?",
             "The quarterly survey asks residents about anti-social behaviour; confidence rose from 61 to 66 per cent.",
             "Assured", None)]:
        rows.append((n, pk.decision(prev, t1, n, q, e, lvl, com), e, (f"**{lvl}**", com) if com else f"**{lvl}**"))
    b.append(T(tuple(rows), (8, 30, 44, 18), header_rows=1))
    b.append(H("Item 3 – Hate crime", 2))
    long_e2 = ("Hate crime officers now review every crime with a hate flag within 72 hours of it being recorded. "
               "The review checks that the victim has been offered support and that the flag is correct. In "
               "August, 12 per cent of flags were removed after review as wrongly applied. Outcome rates are "
               "lower than for the same offences without a hate flag, and the force has begun a review of "
               "fifty cases with no further action to understand why; that review will report in December.")
    rows = [("No.", "Question", "Response", "Assurance")]
    for n, q, e, lvl, com in [
            ("3.1", "Why are outcome rates for hate crime lower than for the same offences without a hate flag, "
                    "and what does the force intend to do about the difference?", long_e2, "Not assured",
             "The Commissioner asked to see the case review when it reports."),
            ("3.2", "How are victims of hate crime referred to the commissioned support service?",
             "Referrals are automatic unless the victim declines; 73 per cent of victims took up support in the quarter.",
             "Assured", "The Commissioner welcomed the high take-up.")]:
        rows.append((n, pk.decision(prev, t2, n, q, e, lvl, com), e, (f"**{lvl}**", com)))
    b.append(T(tuple(rows), (8, 30, 44, 18), header_rows=1))
    b.append(P("**Actions agreed**"))
    acts = [("AB/42/41", t1, "Introduce the new problem-solving plan review template and report its first results.",
             "Template issued on 1st October 2042; first results in December.", "In progress", "outstanding"),
            ("AB/42/42", t2, "Share the review of hate crime cases with no further action with the OPCC.",
             "Review has not yet started; due to report in December.", "Not started", "outstanding")]
    # listed after both items' minutes, with no topic cell in the tracker: no topic
    b.append(Num(tuple(pk.action(prev, None, ref, t, u, s, "status_column", "action_tracker") for ref, _, t, u, _, s in acts)))
    b += [Break(), H("Action tracker", 2)]
    rows = [("Action No.", "Action", "Progress", "Status")]
    pk.action("2042-07-09", None, "AB/42/30", "Confirm the budget for the second drugs dog.", "Budget confirmed in the July revision.",
              "complete", "status_column", "action_tracker")
    rows.append(("AB/42/30", "Confirm the budget for the second drugs dog.", "Budget confirmed in the July revision.", "Completed"))
    for ref, _, t, u, raw, _ in acts:
        rows.append((ref, t, u, raw))
    b.append(T(tuple(rows), (14, 40, 32, 14), header_rows=1))
    b.append(P("AB/42/30 was agreed at the Board of 9th July 2042; AB/42/41 and AB/42/42 on 3rd September 2042."))
    pk.finish(word_pdf(b, "Accountability Board", "Lancashire OPCC",
                       header=("Lancashire Police and Crime Commissioner – Accountability Board",)))


# --- 7. North Wales: Common, reportlab, running header and footer, status only in the update's words ----

def north_wales() -> None:
    d, prev = "2042-11-12", "2042-09-17"
    pk = Pack("north-wales-pcc-seb-2042-11-12-round56c.pdf", "Police and Crime Commissioner for North Wales",
              "North Wales Police", "Strategic Executive Board", d)
    look = PdfLook(margin=64, header="Comisiynydd Heddlu a Throsedd Gogledd Cymru / North Wales Police and Crime Commissioner",
                   footer="Strategic Executive Board – 12 November 2042")
    b: list = [H(pk.meeting(d, "Strategic Executive Board", "Organised crime")),
               P("12/11/2042, 09:30, Police Headquarters, Colwyn Bay"), P("**Theme:** Organised crime"), H("Agenda", 2)]
    rows = [("Item", "Title", "Lead officer")]
    for n, t, who in [("1", "Apologies and declarations", None), ("2", "Notes of the meeting of 17 September 2042", "Chief Executive"),
                      ("3", "Action tracker", "Chief Executive"), ("4", "Organised crime", "Detective Chief Superintendent"),
                      ("5", "Date of next meeting", None)]:
        rows.append((n, pk.agenda(n, t, who), who or ""))
    b += [T(tuple(rows), (9, 56, 35), header_rows=1), Break()]
    topic = "Road safety"
    b += [H(pk.meeting(prev, "Notes of the Strategic Executive Board held on 17 September 2042", topic)),
          P("Present: the Commissioner (Chair), the Deputy Commissioner, the Chief Constable, the Director of Finance."),
          H("4. Road safety", 2)]
    rows = [("KLOE", "Question", "Response", "Level of assurance", "Commissioner's comment")]
    for n, q, e, lvl, raw, com in [
            ("1", "How many people were killed or seriously injured on the roads of North Wales in the first half of the year?",
             "Ninety-four people were killed or seriously injured, eleven fewer than in the same period last year.",
             "Assured", "Assured", None),
            ("2", "How does the force target its enforcement at the routes with the most collisions?",
             "Enforcement is planned monthly from collision data, though the mountain passes are hard to cover at weekends.",
             "Partly assured", "Limited assurance", "Weekend cover of the passes must improve."),
            ("3", "What happens when a driver offers to attend a speed awareness course but does not attend?",
             "Assessment deferred: the force's data was not ready for the meeting.", None, "Deferred", None)]:
        rows.append((f"KLOE {n}", pk.decision(prev, topic, n, q, e, lvl, com), e, f"**{raw}**", com or ""))
    b.append(T(tuple(rows), (8, 28, 34, 14, 16), header_rows=1))
    b.append(P("Actions agreed under this item: SEB 42/52 – Present the plan for weekend cover of the mountain passes; "
               "SEB 42/53 – Bring the speed awareness course data to the next Board."))
    u1 = "The plan was presented to the Chief Officer Group on 14 October 2042 and has been agreed."
    u2 = "Data will be presented at the December Board."
    pk.action(prev, topic, "SEB 42/52", "Present the plan for weekend cover of the mountain passes", u1, "complete",
              "inferred_from_update", "action_tracker", key="Actions agreed under this item")
    pk.action(prev, topic, "SEB 42/53", "Bring the speed awareness course data to the next Board", u2, "outstanding",
              "inferred_from_update", "action_tracker", key="Actions agreed under this item")
    b += [Break(), H("Action tracker", 2)]
    rows = [("Ref", "Raised", "Action", "Update")]
    u3 = "Joint patrols with Dyfed-Powys are scheduled to begin in January."
    pk.action("2042-07-16", None, "SEB 42/40", "Agree joint patrols on the border roads with the neighbouring force.", u3,
              "outstanding", "inferred_from_update", "action_tracker")
    rows.append(("SEB 42/40", "16/07/2042", "Agree joint patrols on the border roads with the neighbouring force.", u3))
    rows.append(("SEB 42/52", "17/09/2042", "Present the plan for weekend cover of the mountain passes.", u1))
    rows.append(("SEB 42/53", "17/09/2042", "Bring the speed awareness course data to the next Board.", u2))
    b.append(T(tuple(rows), (12, 12, 40, 36), header_rows=1))
    pk.finish(render_pdf(b, look, "Strategic Executive Board", "OPCC North Wales"))


# --- 8. Staffordshire: Common, Word->PDF, Word tables with their borders off ---------------------------

def staffordshire() -> None:
    d, prev = "2042-11-26", "2042-10-01"
    org = "Staffordshire Commissioner for Police, Fire and Rescue and Crime"
    pk = Pack("staffordshire-pfcc-sgb-2042-11-26-round56c.pdf", org, "Staffordshire Police", "Strategic Governance Board", d)
    b: list = [P("**Staffordshire Commissioner – Police, Fire and Rescue and Crime**"),
               H(pk.meeting(d, "Strategic Governance Board", "Retail crime")),
               P("Date: 26.11.2042"), P("**Topic:** Retail crime"), H("Agenda", 2)]
    rows = [("No.", "Item", "Presenter")]
    for n, t, who in [("1.", "Apologies", None), ("2.", "Notes and actions from 1 October 2042", "Governance Officer"),
                      ("3.", "Retail crime", "Superintendent, Neighbourhood Policing"), ("4.", "Any other business", None)]:
        rows.append((n, pk.agenda(n.rstrip("."), t, who), who or "–"))
    b += [T(tuple(rows), (8, 60, 32), header_rows=1, bordered=False), Break()]
    topic = "Child sexual exploitation"
    b += [H(pk.meeting(prev, "Strategic Governance Board – notes of the meeting held on 1st October 2042", topic)),
          P("Attendees: Commissioner (Chair); Chief Constable; Deputy Chief Constable; Chief Executive; Head of Assurance."),
          H("3. Child sexual exploitation", 2),
          P("The Commissioner's assurance levels are Assured, Partly assured and Not assured.")]
    rows = [("", "Question", "Response", "Commissioner's decision")]
    for n, q, e, lvl, raw, com in [
            ("3.1", "How many children assessed as at risk of sexual exploitation have a current safety plan?",
             "All 63 children assessed as at high risk have a plan; plans for medium-risk children are being reviewed.",
             "Partly assured", "Partly assured", "Reviews of medium-risk plans must finish by January."),
            ("3.2", "How is intelligence from taxi licensing shared with the force?",
             "Both councils now share licensing intelligence weekly under a signed agreement.", "Assured", "Assured", None),
            ("3.3", "How many disruption orders were sought in the last year, and with what result?",
             "Nine orders were sought and seven granted; two cases await a hearing.", "Assured",
             "Assured – subject to the hearings", "The Commissioner will review the two outstanding cases.")]:
        lvl = "Partly assured" if "subject to" in raw else lvl
        rows.append((n, pk.decision(prev, topic, n, q, e, lvl, com), e, (f"**{raw}**", f"*{com}*") if com else f"**{raw}**"))
    b.append(T(tuple(rows), (7, 31, 38, 24), header_rows=1, bordered=False))
    b.append(P("Action agreed: SGB 42/61 – Complete the reviews of safety plans for medium-risk children."))
    u = "Reviews of 41 of 58 plans completed; the rest by January."
    pk.action(prev, topic, "SGB 42/61", "Complete the reviews of safety plans for medium-risk children.", u, "outstanding",
              "status_column", "action_tracker", key="Action agreed: SGB 42/61")
    b += [Break(), H("Action log", 2)]
    rows = [("Ref", "Date", "Action", "Update", "Status")]
    for ref, md, t, up, raw, s in [
            ("SGB 42/47", "2042-08-06", "Report the fire and police joint estates savings for the year.", "Savings of £412,000 reported.", "Closed", "complete"),
            ("SGB 42/50", "2042-08-06", "Bring the new custody detention officer rota to the Board.", "Deferred to the January Board.", "Open", "outstanding")]:
        pk.action(md, None, ref, t, up, s, "status_column", "action_tracker")
        rows.append((ref, f"{md[8:]}.{md[5:7]}.{md[:4]}", t, up, raw))
    rows.append(("SGB 42/61", "01.10.2042", "Complete the reviews of safety plans for medium-risk children.", u, "Open"))
    b.append(T(tuple(rows), (11, 12, 35, 30, 12), header_rows=1, bordered=False))
    pk.finish(word_pdf(b, "Strategic Governance Board", "Staffordshire Commissioner's Office",
                       header=("OFFICIAL – Strategic Governance Board",)))


# --- 9. West Midlands: New, reportlab landscape, question row over response row, level merged down -----

def west_midlands() -> None:
    d, prev = "2042-12-09", "2042-10-14"
    org = "Deputy Mayor for Policing and Crime"
    pk = Pack("west-midlands-dmpc-spcb-2042-12-09-round56c.pdf", org, "West Midlands Police",
              "Strategic Policing and Crime Board", d)
    look = register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font, landscape=True, margin=48,
                   footer="West Midlands Combined Authority – Strategic Policing and Crime Board")
    b: list = [P("**West Midlands Combined Authority – Mayor of the West Midlands**", size=13),
               H(pk.meeting(d, "Strategic Policing and Crime Board", None)),
               P("**Chair:** Deputy Mayor for Policing and Crime"), P("Tuesday 9 December 2042, 14:00, Lloyd House, Birmingham"),
               H("Agenda", 2)]
    rows = [("Item", "Business", "Lead")]
    for n, t, who in [("1", "Welcome and apologies", "Deputy Mayor"), ("2", "Minutes of 14 October 2042 and matters arising", "Head of Governance"),
                      ("3", "Knife crime", "ACC Crime"), ("4", "Police and crime plan performance", "Director of Performance"),
                      ("5", "Any other business", "Deputy Mayor")]:
        rows.append((n, pk.agenda(n, t, who), who))
    b += [T(tuple(rows), (8, 60, 32), header_rows=1, bordered=False), Break()]
    topic = "Neighbourhood policing"
    b += [H(pk.meeting(prev, "Minutes of the Strategic Policing and Crime Board held on 14 October 2042", topic)),
          P("Present: Deputy Mayor for Policing and Crime (Chair); Chief Constable; Deputy Chief Constable; Chief Executive."),
          H("3. Neighbourhood policing", 2),
          P("Each question is printed with the force's response beneath it; the Deputy Mayor's assurance and comment "
            "stand beside both. Levels: Assured, Partially assured, Not assured.")]
    rows = [("No.", "Question and response", "Deputy Mayor's assurance", "Comment")]
    spans = []
    for n, q, e, lvl, raw, com in [
            ("Q1", "How many neighbourhood officers were taken away from their wards to cover response shifts in the quarter?",
             "Officers were abstracted for 9 per cent of their shifts, down from 14 per cent; the force aims for 5 per cent.",
             "Partly assured", "Partially assured", "The Deputy Mayor wants the 5 per cent aim met by March."),
            ("Q2", "How are ward priorities agreed with residents?",
             "Each ward holds a quarterly meeting and an online survey; priorities are published on the force website.",
             "Assured", "Assured", "Good practice in two wards should be spread."),
            ("Q3", "What is the force doing to recruit police community support officers to the vacant posts?",
             "A recruitment campaign will open in the new year; 46 posts are vacant.", "Not assured", "Not assured",
             "The Deputy Mayor asked for a recruitment timetable.")]:
        r = len(rows)
        rows.append((n[1:], f"**{pk.decision(prev, topic, n[1:], q, e, lvl, com)}**", f"**{raw}**", com))
        rows.append((None, e, None, None))
        spans += [(r, 0, 2, 1), (r, 2, 2, 1), (r, 3, 2, 1)]
    b.append(T(tuple(rows), (6, 54, 16, 24), header_rows=1, spans=tuple(spans)))
    b.append(P("Actions: (1) the Chief Constable to set out how the 5 per cent abstraction aim will be met by March; "
               "(2) the Chief Constable to provide a timetable for recruiting police community support officers."))
    u1 = "Plan presented to the Deputy Mayor on 20 November 2042."
    u2 = "Timetable not yet received."
    pk.action(prev, topic, "SPCB 42/71", "The Chief Constable to set out how the 5 per cent abstraction aim will be met by March.",
              u1, "complete", "status_column", "action_tracker", key="Actions: (1) the Chief Constable")
    pk.action(prev, topic, "SPCB 42/72", "The Chief Constable to provide a timetable for recruiting police community support officers.",
              u2, "outstanding", "status_column", "action_tracker", key="Actions: (1) the Chief Constable")
    b += [Break(), H("Action tracker", 2)]
    rows = [("Ref", "Meeting", "Action", "Progress", "Status")]
    pk.action("2042-08-12", None, "SPCB 42/58", "Publish the stop and search scrutiny panel's annual report.",
              "Publication planned for January 2043.", "outstanding", "status_column", "action_tracker")
    rows.append(("SPCB 42/58", "12 Aug 2042", "Publish the stop and search scrutiny panel's annual report.",
                 "Publication planned for January 2043.", "Ongoing"))
    rows.append(("SPCB 42/71", "14 Oct 2042", "The Chief Constable to set out how the 5 per cent abstraction aim will be met by March.", u1, "Complete"))
    rows.append(("SPCB 42/72", "14 Oct 2042", "The Chief Constable to provide a timetable for recruiting police community support officers.", u2, "Ongoing"))
    b.append(T(tuple(rows), (10, 10, 40, 28, 12), header_rows=1, bordered=False))
    pk.finish(render_pdf(b, look, "Strategic Policing and Crime Board", "WMCA"))


PACKS = (bedfordshire, derbyshire, essex, gwent, kent, lancashire, north_wales, staffordshire, west_midlands)


def main() -> None:
    only = set(sys.argv[1:])  # names of packs to build; all without
    for build in PACKS:
        if not only or build.__name__ in only:
            build()


if __name__ == "__main__":
    main()
