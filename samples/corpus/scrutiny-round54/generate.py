"""Scrutiny packs of blind fix round 54 (issue 4, promoted): nine PCC offices, forms no earlier README lists.

Each builder call that prints a question, an action row, an agenda row or a meeting heading also
writes its gold record; a PDF record's page is set afterwards from the PDF's own text (the first page
whose pdfplumber text or table cells hold the first 45 letters of its key), and the generator stops if
a key is on no page or a table cell's words are split. Gold goes to gold/ (in pending/, as a blind round's gold,
until every record was right).

    .venv/bin/python samples/corpus/scrutiny-round54/generate.py [NAME-PREFIX ...]
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
sys.path.insert(0, str(HERE.parent / "scrutiny-round3"))

from office_pdf import docx_to_pdf  # noqa: E402
from render import H, P, Bul, T, Break, PdfLook, render_pdf, render_docx, register_dejavu_serif  # noqa: E402
from generator.model import plain  # noqa: E402

CHECKED = ("Written blind for blind-fix round 54; every record hand-checked against the rendered pages by the "
           "round's writer before the extractors were run.")
WHEN = datetime(2041, 1, 5, 9, 0, 0)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def long_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(d)} {MONTHS[int(m) - 1]} {y}"


class Pack:
    """The blocks of one pack and the gold records its builder calls write."""

    def __init__(self, *, file_type: str, title: str, force: str, organisation: str, meeting_date: str) -> None:
        self.blocks: list = []
        self.organisation = organisation
        self.records: dict = {
            "documents": [{"page": None, "file_type": file_type, "doc_kind": "scrutiny_pack", "status": "ok",
                           "publication_date": None, "title": title, "force": force,
                           "organisation": organisation, "meeting_date": meeting_date}],
            "meetings": [], "agenda_items": [], "assurance_decisions": [], "actions": [], "grades": []}
        self.pdf = file_type == "pdf"

    def add(self, *blocks) -> None:
        self.blocks += blocks

    def meeting(self, block, title: str, date: str, topic: str | None) -> None:
        self.blocks.append(block)
        self.records["meetings"].append({"page": 0, "meeting_date": date, "topic": topic,
                                         "organisation": self.organisation, "title": title})

    def agenda(self, date: str, rows: list[tuple[str, str, str | None]]) -> list[tuple]:
        for number, title, presenter in rows:
            self.records["agenda_items"].append({"page": 0, "meeting_date": date, "number": number.rstrip("."),
                                                 "title": plain(title), "presenter": presenter})
        return [(n, t, p or "") for n, t, p in rows]

    def decision(self, date: str, topic: str | None, number: str | None, question: str, evidence: str,
                 assurance: str | None, commentary: str | None) -> None:
        self.records["assurance_decisions"].append({
            "page": 0, "meeting_date": date, "topic": topic, "question_number": number, "question": question,
            "evidence_summary": evidence, "assurance": assurance, "commentary": commentary})

    def action(self, date: str | None, topic: str | None, number: str | None, text: str, update: str | None,
               status: str, source: str = "status_column") -> None:
        self.records["actions"].append({
            "page": 0, "meeting_date": date, "topic": topic, "number": number, "text": text, "update": update,
            "status": status, "status_source": source, "source": "action_tracker"})

    def finish(self, data: bytes) -> tuple[bytes, dict]:
        if self.pdf:
            set_pages(data, self.records, self.blocks)
        else:
            for kind in ("meetings", "agenda_items", "assurance_decisions", "actions"):
                for r in self.records[kind]:
                    r["page"] = None
        return data, self.records


def letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", plain(text).lower())


KEYS = {"meetings": "title", "agenda_items": "title", "assurance_decisions": "question", "actions": "text"}


def set_pages(data: bytes, records: dict, blocks: list) -> None:
    """Each record's page: the first page whose text holds the first 45 letters of its key, else whose
    words hold its first six (a narrow cell wraps them onto lines shared with other columns)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        texts = [page.extract_text() or "" for page in pdf.pages]
        records["documents"][0]["pages"] = len(pdf.pages)
    joined = [letters(t) for t in texts]
    words = [set(re.findall(r"[a-z0-9]+", t.lower())) for t in texts]
    for kind, field_name in KEYS.items():
        for r in records[kind]:
            key = letters(r[field_name])[:45]
            first = re.findall(r"[a-z0-9]+", plain(r[field_name]).lower())[:6]
            found = [i + 1 for i in range(len(texts)) if key in joined[i]] or \
                [i + 1 for i in range(len(texts)) if set(first) <= words[i]]
            if not found:
                raise SystemExit(f"key on no page: {r[field_name]!r}")
            r["page"] = found[0]
    # a word split over two lines of a narrow cell shows as a fragment no source word holds
    source = set(re.findall(r"[A-Za-z]+", plain(repr(blocks))))
    printed = set(re.findall(r"[A-Za-z]+", " ".join(texts)))
    fragments = {w for w in printed - source if len(w) > 2 and not any(w in s for s in source)}
    if fragments:
        raise SystemExit(f"words split: {sorted(fragments)[:8]}")


def front(pack: Pack, header: list[str], heading: str, date: str, topic: str | None, topic_line: str | None,
          rows: list[tuple[str, str, str | None]], cols: tuple[str, str, str], bordered: bool) -> T:
    pack.add(*[P(h) for h in header])
    pack.meeting(H(heading), pack.records["documents"][0]["title"], date, topic)
    pack.add(P(f"**Date:** {long_date(date)}, 10.00"))
    if topic_line:
        pack.add(P(topic_line))
    table = T(((cols,) + tuple(pack.agenda(date, rows))), widths=(12, 110, 58), header_rows=1, bordered=bordered)
    pack.add(H("Agenda", 2), table)
    return table


def pdf_look(**kw) -> PdfLook:
    return PdfLook(**kw)


# --- 1. Kent: levels in a "Summary of assurance" table after the questions; C / O / IP statuses ----------

def kent() -> tuple[bytes, dict]:
    pk = Pack(file_type="pdf", title="Performance and Accountability Board", force="Kent Police",
              organisation="Police and Crime Commissioner for Kent", meeting_date="2041-03-06")
    agenda = front(pk, ["**Office of the Kent Police and Crime Commissioner**"], "Performance and Accountability Board",
                   "2041-03-06", "Rural and wildlife crime", "**Theme:** Rural and wildlife crime",
                   [("1", "Introductions and apologies", "Commissioner"),
                    ("2", "Notes of the Board held on 16 January 2041", "Head of Governance"),
                    ("3", "Action log", "Head of Governance"),
                    ("4", "Rural and wildlife crime", "Assistant Chief Constable, Local Policing"),
                    ("5", "Any other business", None)], ("", "Item", "Lead"), bordered=False)
    pk.add(P("Papers are published five working days before the Board. Members of the public may submit "
             "questions to the Commissioner's office in writing."), Break())
    d, topic = "2041-01-16", "Shop theft"
    pk.meeting(H("Notes of the Performance and Accountability Board – 16 January 2041", 2),
               "Notes of the Performance and Accountability Board – 16 January 2041", d, topic)
    pk.add(P("Present: the Commissioner (chair), the Chief Constable, the Deputy Chief Constable, the Chief "
             "Executive of the OPCC. Items 1 to 3 were taken as read."), H("Item 4: Shop theft", 3))
    qs = [("How has recorded shop theft changed over the last twelve months and which town centres account for the rise?",
           "Recorded shop theft rose by 14% to 9,310 offences. Four town centres account for just over half of the "
           "rise; a retail crime analyst has mapped repeat locations.",
           "Partially assured", "The Commissioner wants the mapping shared with the community safety partnerships."),
          ("What proportion of shop theft reports are attended, and how quickly?",
           "Attendance was 41% against 29% a year earlier. Median time to attend an offender detained by staff "
           "is 38 minutes.",
           "Assured", "The Commissioner noted the improvement and will monitor it quarterly."),
          ("How does the force work with retailers to secure CCTV and statements?",
           "A digital upload portal went live in November; 212 retailers are registered. Statements are still "
           "taken on paper in most cases.",
           "Not assured", "The portal is too little used and statements delay charging decisions.")]
    qt = T((("Q", "Question", "Response"),) + tuple((f"Q{i}", q, r) for i, (q, r, _, _) in enumerate(qs, 1)),
           widths=(10, 80, 90), header_rows=1, bordered=False)
    st = T((("Q", "Level of assurance", "Reason"),) + tuple((f"Q{i}", f"**{lv}**", c)
                                                             for i, (_, _, lv, c) in enumerate(qs, 1)),
           widths=(10, 45, 125), header_rows=1, bordered=False)
    for i, (q, r, lv, c) in enumerate(qs, 1):
        pk.decision(d, topic, str(i), q, r, {"Partially assured": "Partly assured"}.get(lv, lv), c)
    pk.add(qt, H("Summary of assurance", 3), st)
    acts = [("PAB 41/02", "Share the retail crime mapping with the community safety partnerships.",
             "Shared with three of the four partnerships.", "IP"),
            ("PAB 41/03", "Report on the use of the CCTV upload portal to the next Board.",
             "Report on the agenda for March.", "C")]
    pk.add(P("**Actions**"), *[P(f"{ref}: {t}") for ref, t, _, _ in acts], Break())
    pk.add(H("Action log", 2), P("Status key: C = Complete; O = Open; IP = In progress"))
    rows = [("PAB 40/21", "2040-10-17", "Circulate the drink-drive campaign results to Board members.",
             "Circulated on 2 December 2040.", "C"),
            ("PAB 40/24", "2040-10-17", "Provide the number of special constables attached to rural teams.",
             "Figures awaited from the rural taskforce.", "O")]
    tt = T((("Ref", "Raised", "Action", "Update", "Status"),)
           + tuple((ref, long_date(dt), t, u, s) for ref, dt, t, u, s in rows)
           + tuple((ref, long_date(d), t, u, s) for ref, t, u, s in acts),
           widths=(20, 25, 60, 60, 15), header_rows=1, bordered=False)
    status = {"C": "complete", "O": "outstanding", "IP": "outstanding"}
    for ref, dt, t, u, s in rows:
        pk.action(dt, None, ref, t, u, status[s])
    for ref, t, u, s in acts:
        pk.action(d, topic, ref, t, u, status[s])
    pk.add(tt)
    return pk.finish(render_pdf(pk.blocks, PdfLook(), "Performance and Accountability Board", "OPCC Kent"))


# --- 2. Norfolk: an "Outcome of scrutiny" box closing each item; "Proposed for closure?" Yes / No ------------

def norfolk() -> tuple[bytes, dict]:
    pk = Pack(file_type="pdf", title="Police Accountability Forum", force="Norfolk Constabulary",
              organisation="Police and Crime Commissioner for Norfolk", meeting_date="2041-04-15")
    front(pk, ["**Norfolk Police and Crime Commissioner**"], "Police Accountability Forum", "2041-04-15", None, None,
          [("1.", "Welcome and apologies", "PCC"),
           ("2.", "Minutes of the meeting held on 11 February 2041", "OPCC Chief Executive"),
           ("3.", "Action tracker", "OPCC Chief Executive"),
           ("4.", "Road safety and the fatal four", "Chief Superintendent, Joint Roads Policing"),
           ("5.", "Public confidence survey results", "Head of Corporate Development"),
           ("6.", "Date of the next meeting", None)], ("No.", "Agenda item", "Officer"), bordered=False)
    pk.add(Break())
    d = "2041-02-11"
    pk.meeting(H("Minutes of the Police Accountability Forum held on 11 February 2041", 2),
               "Minutes of the Police Accountability Forum held on 11 February 2041", d, None)
    pk.add(P("Present: Police and Crime Commissioner (Chair); Chief Constable; Deputy Chief Constable; OPCC Chief "
             "Executive; OPCC Chief Finance Officer."),
           P("**1. Welcome and apologies.** No apologies were received."),
           P("**2. Minutes and action tracker.** The minutes of 10 December 2040 were agreed."))
    items = [("3", "Child sexual exploitation", [
        ("What has the force learned from its review of exploitation cases closed without further action?",
         "Thirty-one closed cases were reviewed. In nine, a safeguarding referral had not been made at the first "
         "contact; all nine have since been referred.", "Partly assured",
         "The PCC asked how the learning will reach frontline officers."),
        ("How are hotels and taxi firms engaged in spotting exploitation?",
         "Training has been offered to 140 hotels and to both licensing authorities; 96 hotels have taken it up.",
         "Assured", None)]),
        ("4", "Police custody", [
        ("How many detainees waited more than an hour to be booked in during the last quarter?",
         "Eighty-four detainees, 3% of the total, waited more than an hour, nearly all on Friday and Saturday nights.",
         "Assured", "The PCC welcomed the weekend rota."),
        ("What is the force doing to reduce the time children spend in custody overnight?",
         "Children held overnight fell from 41 to 33; the force has no agreed protocol with the local authority "
         "for secure accommodation.", "Not assured",
         "A protocol with the local authority must be agreed before the PCC can be assured.")])]
    acts = {"Child sexual exploitation": ("PAF 41/04",
             "Brief the PCC on how the learning from the closed-case review is shared with response officers.",
             "Briefing held on 3 March 2041.", "Yes"),
            "Police custody": ("PAF 41/05",
             "Report progress on a secure accommodation protocol with the local authority.",
             "Draft protocol with the local authority's legal team.", "No")}
    n = 0
    for num, title, qs in items:
        pk.add(P(f"**{num}. {title}**"))
        box = [f"**Outcome of scrutiny – {title}**"]
        for q, r, lv, c in qs:
            n += 1
            pk.add(P(f"Question {n}: {q}", indent=18), P(f"*Response:* {r}", indent=18))
            box.append(f"Question {n} – **{lv}**." + (f" {c}" if c else ""))
            pk.decision(d, title, str(n), q, r, lv, c)
        ref, t, _, _ = acts[title]
        pk.add(P(f"*Action {ref}:* {t}", indent=18), T(((tuple(box),),), widths=(170,), bordered=True))
    pk.add(P("**5. Any other business.** None."), Break())
    pk.add(H("Action tracker", 2),
           P("Actions marked Yes are proposed to the Forum for closure; actions marked No remain open."))
    rows = [("PAF 40/19", "2040-10-08", "Publish the outcome of the stop and search scrutiny panel's review.",
             "Published on the PCC's website on 14 November 2040.", "Yes"),
            ("PAF 40/22", "2040-12-10", "Provide a breakdown of 101 call abandonment by hour of the day.",
             "Data requested from the contact centre; not yet received.", "No")]
    pk.add(T((("Ref", "Date raised", "Action", "Update", "Proposed for closure?"),)
             + tuple((ref, long_date(dt), t, u, s) for ref, dt, t, u, s in rows)
             + tuple((ref, long_date(d), t, u, s) for ref, t, u, s in acts.values()),
             widths=(18, 24, 55, 55, 22), header_rows=1, bordered=False))
    for ref, dt, t, u, s in rows:
        pk.action(dt, None, ref, t, u, "complete" if s == "Yes" else "outstanding")
    for topic, (ref, t, u, s) in acts.items():
        pk.action(d, topic, ref, t, u, "complete" if s == "Yes" else "outstanding")
    pk.add(P("Signed as a true record: ____________________  Police and Crime Commissioner"))
    data = render_docx(pk.blocks, title="Police Accountability Forum", author="OPCC Norfolk", when=WHEN)
    return pk.finish(docx_to_pdf(data))


def level_cell(level: str, comment: str | None) -> object:
    """A level in bold over an italic comment, in one cell."""
    return (f"**{level}**", f"*{comment}*") if comment else f"**{level}**"


# --- 3. Sussex (Word): a two-row tracker header, "Progress" over Update | Status ------------------------------

def sussex() -> tuple[bytes, dict]:
    pk = Pack(file_type="docx", title="Performance and Accountability Meeting", force="Sussex Police",
              organisation="Police and Crime Commissioner for Sussex", meeting_date="2041-01-24")
    front(pk, ["**Sussex Police & Crime Commissioner**"], "Performance and Accountability Meeting", "2041-01-24",
          "Fraud against older people", "**Focus of the meeting:** Fraud against older people",
          [("1", "Welcome and introductions", "PCC"),
           ("2", "Notes of the meeting held on 22 November 2040", "Head of Performance"),
           ("3", "Actions from previous meetings", "Head of Performance"),
           ("4", "Fraud against older people", "Detective Chief Superintendent, Economic Crime"),
           ("5", "Questions from the public", "PCC")], ("Item", "Title", "Presenting"), bordered=True)
    pk.add(Break())
    d, topic = "2040-11-22", "Violence against women and girls"
    pk.meeting(H("Notes of the Performance and Accountability Meeting held on 22 November 2040", 2),
               "Notes of the Performance and Accountability Meeting held on 22 November 2040", d, topic)
    pk.add(P("Items 1 to 3 were standing business; the notes below record item 4."),
           H("4. Violence against women and girls", 3))
    qs = [("How many officers have completed the stalking and harassment course, and how is its effect measured?",
           "1,120 officers (71% of the target group) have completed the course. The force compares the use of "
           "stalking protection orders before and after training.", "Partially assured",
           "The PCC asked for the comparison to be repeated in six months."),
          ("What has changed for victims since the new specialist rape investigation team began?",
           "Average time from report to charge fell from 412 to 298 days. Victims now have a named investigator "
           "from the first week.", "Assured", "The PCC praised the team's victim contact."),
          ("How does the force act on repeat perpetrators of domestic abuse who are not yet convicted?",
           "A perpetrator panel meets monthly. Only 46 of the 180 highest-harm perpetrators have a plan agreed.",
           "Not assured", "Too few high-harm perpetrators have a plan.")]
    pk.add(T((("No.", "Question", "Response", "Assurance"),)
             + tuple((f"{i}.", q, r, level_cell(lv, c)) for i, (q, r, lv, c) in enumerate(qs, 1)),
             widths=(10, 55, 75, 40), header_rows=1))
    for i, (q, r, lv, c) in enumerate(qs, 1):
        pk.decision(d, topic, str(i), q, r, {"Partially assured": "Partly assured"}.get(lv, lv), c)
    acts = [("PAM 40/61", "Repeat the comparison of stalking protection orders in six months.",
             "Scheduled for the May meeting.", "Ongoing"),
            ("PAM 40/62", "Share the perpetrator panel's terms of reference with the OPCC.",
             "Received on 8 December 2040.", "Completed")]
    pk.add(P("**Actions**"), *[P(f"{ref} – {t}") for ref, t, _, _ in acts], Break())
    pk.add(H("Actions from previous meetings", 2))
    rows = [("PAM 40/44", "2040-09-20", "Provide the number of victims who left the criminal justice process "
             "before trial.", "Figures provided at the meeting of 22 November 2040.", "Completed"),
            ("PAM 40/47", "2040-09-20", "Set out plans for the new custody suite at the next estates briefing.",
             "Estates briefing moved to February 2041.", "Ongoing")]
    table_rows = [("Ref", "Meeting", "Action", "Progress", None), (None, None, None, "Update", "Status")]
    table_rows += [(ref, long_date(dt), t, u, s) for ref, dt, t, u, s in rows]
    table_rows += [(ref, long_date(d), t, u, s) for ref, t, u, s in acts]
    pk.add(T(tuple(table_rows), widths=(18, 26, 60, 56, 20), header_rows=2,
             spans=((0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 2, 1), (0, 3, 1, 2))))
    st = {"Completed": "complete", "Ongoing": "outstanding"}
    for ref, dt, t, u, s in rows:
        pk.action(dt, None, ref, t, u, st[s])
    for ref, t, u, s in acts:
        pk.action(d, topic, ref, t, u, st[s])
    return pk.finish(render_docx(pk.blocks, title="Performance and Accountability Meeting", author="OPCC Sussex",
                                 when=WHEN))


# --- 4. Humberside: a "Date completed" column as the only status; a question table over a page break ------------

def humberside() -> tuple[bytes, dict]:
    pk = Pack(file_type="pdf", title="Accountability Meeting", force="Humberside Police",
              organisation="Police and Crime Commissioner for Humberside", meeting_date="2041-05-13")
    front(pk, ["**Humberside Police and Crime Commissioner**"], "Accountability Meeting", "2041-05-13",
          "Neighbourhood policing", "**Topic:** Neighbourhood policing",
          [("1", "Apologies", None),
           ("2", "Minutes of the previous meeting (18 March 2041)", "Chief Executive"),
           ("3", "Action log", "Chief Executive"),
           ("4", "Neighbourhood policing", "Chief Superintendent, Neighbourhoods"),
           ("5", "Estates strategy update", "Director of Finance"),
           ("6", "Any other business", None)], ("No.", "Item", "Lead officer"), bordered=False)
    pk.add(Break())
    d, topic = "2041-03-18", "Anti-social behaviour"
    pk.meeting(H("Minutes of the Accountability Meeting – 18 March 2041", 2),
               "Minutes of the Accountability Meeting – 18 March 2041", d, topic)
    pk.add(P("Present: Police and Crime Commissioner; Chief Constable; Deputy Chief Constable; Chief Executive "
             "(OPCC). Minute taker: Governance Officer."),
           P("Items 1 to 3: apologies were noted, the minutes of 21 January 2041 were agreed and the action log "
             "was reviewed."), H("4. Anti-social behaviour", 3),
           P("The Commissioner rated each question on the Reasonable / Limited / No assurance scale used in his "
             "scrutiny framework."))
    long = (" The force set out the figures by district, the partners involved in each area, and the changes made "
            "to tasking since the autumn, together with the results of its own inspection of a sample of cases. Officers described "
            "how neighbourhood teams share information with housing providers and how cases are closed.")
    qs = [("How has anti-social behaviour reported to the police changed over the last year in each district?",
           "Reports fell by 8% across the force area but rose by 5% in one coastal district." + long,
           "Reasonable assurance", "The Commissioner asked for the coastal district to be reviewed."),
          ("How are repeat victims of anti-social behaviour identified and supported?",
           "A risk assessment is completed at first contact; 62% of repeat victims had one in the last quarter."
           + long, "Limited assurance", "The rate of risk assessments is too low."),
          ("How does the force use closure orders and civil injunctions against persistent offenders?",
           "Twenty-seven closure orders and 41 civil injunctions were obtained in the year, up from 19 and 30."
           + long, "Reasonable assurance", None),
          ("What does the force know about the victims' satisfaction with the response they receive?",
           "The victim survey does not cover anti-social behaviour; a pilot question set starts in April." + long,
           "No assurance", "No measure of satisfaction exists yet."),
          ("How are off-road motorbikes in parks and estates being dealt with?",
           "An off-road bike team began in February; its first results are not yet available." + long,
           "Deferred", "The Commissioner will rate this question when the team's first quarter is reported.")]
    pk.add(T((("", "Question", "Force response", "Commissioner's assurance"),)
             + tuple((f"{i}.", q, r, level_cell(lv, c)) for i, (q, r, lv, c) in enumerate(qs, 1)),
             widths=(8, 52, 80, 40), header_rows=1, repeat_header=False, bordered=False))
    levels = {"Reasonable assurance": "Assured", "Limited assurance": "Partly assured",
              "No assurance": "Not assured", "Deferred": None}
    for i, (q, r, lv, c) in enumerate(qs, 1):
        pk.decision(d, topic, str(i), q, r, levels[lv], c)
    acts = [("AM 41/08", "Review anti-social behaviour reports in the coastal district and report back.",
             "Inspector", "Review under way; report due in June.", ""),
            ("AM 41/09", "Add anti-social behaviour questions to the victim survey.",
             "Head of Corporate Development", "Questions added from 1 April 2041.", "1 April 2041")]
    pk.add(P("**Actions:** " + " ".join(f"{ref} – {t}" for ref, t, _, _, _ in acts)), Break())
    pk.add(H("Action log", 2), P("An action is complete when a date appears in the Date completed column."))
    rows = [("AM 40/33", "2040-11-19", "Circulate the evaluation of the knife amnesty.", "Chief Inspector",
             "Evaluation circulated.", "4 December 2040"),
            ("AM 41/02", "2041-01-21", "Confirm funding for the rural crime volunteers scheme.", "Director of Finance",
             "Awaiting the outcome of the budget round.", "")]
    pk.add(T((("Ref", "Raised", "Action", "Owner", "Update", "Date completed"),)
             + tuple((ref, long_date(dt), t, o, u, c) for ref, dt, t, o, u, c in rows)
             + tuple((ref, long_date(d), t, o, u, c) for ref, t, o, u, c in acts),
             widths=(17, 22, 45, 28, 45, 23), header_rows=1, bordered=False))
    for ref, dt, t, o, u, c in rows:
        pk.action(dt, None, ref, t, u, "complete" if c else "outstanding")
    for ref, t, o, u, c in acts:
        pk.action(d, topic, ref, t, u, "complete" if c else "outstanding")
    return pk.finish(render_pdf(pk.blocks, PdfLook(header="Humberside PCC – Accountability Meeting – 13 May 2041"),
                                "Accountability Meeting", "OPCC Humberside"))


# --- 5. Merseyside (Word->PDF): the status a bracketed word closing the update; no status column ---------------

def merseyside() -> tuple[bytes, dict]:
    pk = Pack(file_type="pdf", title="Scrutiny Board", force="Merseyside Police",
              organisation="Police and Crime Commissioner for Merseyside", meeting_date="2041-06-10")
    front(pk, ["**Office of the Police and Crime Commissioner for Merseyside**"], "Scrutiny Board", "2041-06-10",
          None, None,
          [("1", "Apologies and declarations of interest", "Chair"),
           ("2", "Minutes of the Scrutiny Board of 8 April 2041", "Chair"),
           ("3", "Action tracker", "Scrutiny Manager"),
           ("4", "Organised crime groups and exploitation", "Detective Chief Superintendent, Serious and Organised Crime"),
           ("5", "Use of force and body-worn video", "Superintendent, Professional Standards"),
           ("6", "Date and time of next meeting", None)], ("Item", "Subject", "Officer"), bordered=False)
    pk.add(Break())
    d, topic = "2041-04-08", "Firearms discharges"
    pk.meeting(H("Minutes of the Scrutiny Board held on 8 April 2041", 2),
               "Minutes of the Scrutiny Board held on 8 April 2041", d, topic)
    pk.add(P("The Board considered one scrutiny item. Standing items are recorded in the tracker that follows."),
           H("Item 4 – Firearms discharges", 3))
    qs = [("How many firearms discharges have there been in the last twelve months, and where?",
           "There were 38 recorded discharges, down from 51. Two wards account for 40% of them.",
           "Assured", "The Commissioner noted the fall and the focus on two wards."),
          ("How many people have been charged for the discharges, and how long do cases take?",
           "Eleven people were charged in connection with nine discharges. Cases take on average 7 months to "
           "reach a charging decision.", "Partly assured", "Charges remain low given the number of incidents."),
          ("What is the force doing to stop young people carrying firearms for gangs?",
           "A diversion scheme with the youth offending service has worked with 64 young people; the evaluation "
           "has not yet been commissioned.", "Not assured", "There is no evaluation of the diversion scheme.")]
    pk.add(T((("No.", "Question", "Response", "Commissioner's view"),)
             + tuple((f"4.{i}", q, r, level_cell(lv, c)) for i, (q, r, lv, c) in enumerate(qs, 1)),
             widths=(10, 55, 75, 40), header_rows=1, bordered=False))
    for i, (q, r, lv, c) in enumerate(qs, 1):
        pk.decision(d, topic, f"4.{i}", q, r, lv, c)
    acts = [("SB/41/10", "Commission an evaluation of the firearms diversion scheme.",
             "Terms of reference drafted with the university.", "Ongoing"),
            ("SB/41/11", "Report charge rates for discharges to the next Board.",
             "Report tabled for June.", "Complete")]
    pk.add(P("Actions agreed:"), Bul(tuple(f"{ref}: {t}" for ref, t, _, _ in acts)),
           P("Signed: ______________________ (Chair)          Date: ____________"), Break())
    pk.add(H("Action tracker", 2),
           P("Each update closes with the action's status in brackets: (Complete), (Ongoing) or (Not started)."))
    rows = [("SB/40/27", "2040-12-09", "Provide the number of officers trained in trauma-informed interviewing.",
             "Figures provided in February.", "Complete"),
            ("SB/41/03", "2041-02-10", "Present the force's plan for reducing the use of spit guards.",
             "Plan not yet written.", "Not started")]
    pk.add(T((("Ref", "Meeting", "Action", "Update"),)
             + tuple((ref, long_date(dt), t, f"{u} ({s})") for ref, dt, t, u, s in rows)
             + tuple((ref, long_date(d), t, f"{u} ({s})") for ref, t, u, s in acts),
             widths=(20, 28, 66, 66), header_rows=1, bordered=False))
    for ref, dt, t, u, s in rows:
        pk.action(dt, None, ref, t, u, "complete" if s == "Complete" else "outstanding")
    for ref, t, u, s in acts:
        pk.action(d, topic, ref, t, u, "complete" if s == "Complete" else "outstanding")
    data = render_docx(pk.blocks, title="Scrutiny Board", author="OPCC Merseyside", when=WHEN)
    return pk.finish(docx_to_pdf(data))


# --- 6. Leicestershire: the level in the table's first column; the tracker's status first ---------------------

def leicestershire() -> tuple[bytes, dict]:
    pk = Pack(file_type="pdf", title="Corporate Governance Board", force="Leicestershire Police",
              organisation="Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
              meeting_date="2041-02-17")
    front(pk, ["**Police and Crime Commissioner for Leicester, Leicestershire and Rutland**"],
          "Corporate Governance Board", "2041-02-17", None, None,
          [("1", "Apologies", None),
           ("2", "Minutes of the meeting of 9 December 2040", "Chief Executive"),
           ("3", "Action tracker", "Chief Executive"),
           ("4", "Vetting and professional standards", "Head of Professional Standards"),
           ("5", "Medium-term financial plan", "Chief Finance Officer"),
           ("6", "Any other business", None)], ("No.", "Item", "Presenter"), bordered=False)
    pk.add(Break())
    d, topic = "2040-12-09", "Call handling and 999 performance"
    pk.meeting(H("Minutes of the Corporate Governance Board – 9 December 2040", 2),
               "Minutes of the Corporate Governance Board – 9 December 2040", d, topic)
    pk.add(P("Present: the Commissioner (Chair), the Chief Constable, the Chief Executive and the Chief Finance "
             "Officer. Items 1 to 3 were standing business."),
           H("Item 4. Call handling and 999 performance", 3),
           P("The outcome the Commissioner recorded for each question is shown in the first column."))
    qs = [("What proportion of 999 calls were answered within ten seconds in the last quarter?",
           "89% of 999 calls were answered within ten seconds against the national standard of 90%.",
           "Partly assured", "Close to the standard but not meeting it."),
          ("How long do callers to 101 wait, and how many abandon their call?",
           "Average wait was 6 minutes 40 seconds; 18% of callers abandoned. Online reporting has grown by a quarter.",
           "Not assured", "Abandonment remains too high."),
          ("How is the force recruiting and keeping call handlers?",
           "Thirty-two call handlers joined in the year and turnover fell from 24% to 15%.",
           "Assured", None)]
    pk.add(T((("Outcome", "Q", "Question", "Response and comment"),)
             + tuple((f"**{lv}**", str(i), q, (r, f"*{c}*") if c else r) for i, (q, r, lv, c) in enumerate(qs, 1)),
             widths=(26, 8, 60, 86), header_rows=1, bordered=False))
    for i, (q, r, lv, c) in enumerate(qs, 1):
        pk.decision(d, topic, str(i), q, r, lv, c)
    acts = [("CGB 40/31", "Report online reporting volumes against 101 demand.", "Included in the February report.",
             "Closed"),
            ("CGB 40/32", "Set out a plan to reduce 101 abandonment.", "Plan due in March.", "Open")]
    pk.add(P("**Actions:**"), *[P(f"{ref}  {t}") for ref, t, _, _ in acts], Break())
    pk.add(H("Action tracker", 2))
    rows = [("CGB 40/20", "2040-10-14", "Publish the stop and search disproportionality data.",
             "Published on 2 November 2040.", "Closed"),
            ("CGB 40/24", "2040-10-14", "Review the cost of the fleet replacement programme.",
             "Review started; findings due in April.", "Open")]
    pk.add(T((("Status", "Ref", "Date", "Action", "Update"),)
             + tuple((s, ref, long_date(dt), t, u) for ref, dt, t, u, s in rows)
             + tuple((s, ref, long_date(d), t, u) for ref, t, u, s in acts),
             widths=(16, 22, 26, 60, 56), header_rows=1, bordered=False))
    for ref, dt, t, u, s in rows:
        pk.action(dt, None, ref, t, u, "complete" if s == "Closed" else "outstanding")
    for ref, t, u, s in acts:
        pk.action(d, topic, ref, t, u, "complete" if s == "Closed" else "outstanding")
    look = register_dejavu_serif()
    return pk.finish(render_pdf(pk.blocks, look, "Corporate Governance Board", "OPCC Leicestershire"))


# --- 7. Greater Manchester: completed actions printed in grey under a key; no status column --------------------

GREY = "#8c8c8c"


def greater_manchester() -> tuple[bytes, dict]:
    pk = Pack(file_type="pdf", title="Police Accountability Board", force="Greater Manchester Police",
              organisation="Deputy Mayor for Policing and Crime", meeting_date="2041-03-27")
    front(pk, ["**Greater Manchester Combined Authority – Mayor of Greater Manchester**",
               "**Chair:** Deputy Mayor for Policing and Crime"], "Police Accountability Board", "2041-03-27",
          "Burglary", "**Theme:** Burglary",
          [("1", "Welcome, apologies and declarations", "Deputy Mayor"),
           ("2", "Minutes and actions of the Board held on 23 January 2041", "Head of Policing Governance"),
           ("3", "Burglary", "Assistant Chief Constable, Crime"),
           ("4", "Any other business", "Deputy Mayor")], ("Item", "Title", "Presenter"), bordered=True)
    pk.add(Break())
    d, topic = "2041-01-23", "Missing from home"
    pk.meeting(H("Police Accountability Board – minutes of the meeting held on 23 January 2041", 2),
               "Police Accountability Board – minutes of the meeting held on 23 January 2041", d, topic)
    pk.add(P("The Deputy Mayor for Policing and Crime chaired the Board. Items 1 and 2 were standing business."),
           H("3. Missing from home", 3))
    qs = [("How many children were reported missing more than three times in the last six months?",
           "412 children were reported missing more than three times; 70% of them live in children's homes.",
           "Partially Assured", "The Deputy Mayor wants the homes named in the locality plans."),
          ("Are return home interviews carried out within 72 hours?",
           "Interviews were completed within 72 hours in 83% of cases, against 61% a year ago.",
           "Assured", "A clear improvement."),
          ("How is information from return home interviews used to find exploitation?",
           "The force cannot yet link interview findings to its exploitation intelligence system.",
           "Not Assured", "The link must be made before the next Board."),
          ("What will the new missing persons app change for officers?",
           "The app is in testing and will launch in April.",
           "Not assessed", "The Deputy Mayor will assess the app once it has run for a quarter.")]
    pk.add(T((("No.", "Question", "Response", "DMPC assessment"),)
             + tuple((str(i), q, r, level_cell(lv, c)) for i, (q, r, lv, c) in enumerate(qs, 1)),
             widths=(8, 55, 77, 40), header_rows=1))
    levels = {"Partially Assured": "Partly assured", "Assured": "Assured", "Not Assured": "Not assured",
              "Not assessed": None}
    for i, (q, r, lv, c) in enumerate(qs, 1):
        pk.decision(d, topic, str(i), q, r, levels[lv], c)
    acts = [("PAB 41/05", "Link return home interview findings to the exploitation intelligence system.",
             "Technical change scheduled for May.", False),
            ("PAB 41/06", "Name the children's homes with most missing episodes in the locality plans.",
             "Locality plans updated on 20 February 2041.", True)]
    pk.add(P("**Actions**"), *[P(f"{ref}: {t}") for ref, t, _, _ in acts], Break())
    pk.add(H("Action log", 2), P("Completed actions are shown in grey; open actions in black."))
    rows = [("PAB 40/28", "2040-11-28", "Share the summer policing operation results with district leaders.",
             "Results shared on 15 December 2040.", True),
            ("PAB 40/30", "2040-11-28", "Provide the vacancy rate in the public protection unit.",
             "Being compiled by HR.", False)]
    grey = lambda text, done: f"{{{GREY}|{text}}}" if done else text  # noqa: E731
    pk.add(T((("Ref", "Board", "Action", "Update"),)
             + tuple(tuple(grey(x, done) for x in (ref, long_date(dt), t, u)) for ref, dt, t, u, done in rows)
             + tuple(tuple(grey(x, done) for x in (ref, long_date(d), t, u)) for ref, t, u, done in acts),
             widths=(20, 28, 66, 66), header_rows=1))
    for ref, dt, t, u, done in rows:
        pk.action(dt, None, ref, t, u, "complete" if done else "outstanding", "glyph_colour")
    for ref, t, u, done in acts:
        pk.action(d, topic, ref, t, u, "complete" if done else "outstanding", "glyph_colour")
    return pk.finish(render_pdf(pk.blocks, PdfLook(landscape=True), "Police Accountability Board", "GMCA"))


# --- 8. Gloucestershire (Word): Common: question headings, "Assurance level:" and "PCC comment:" lines ----------

def gloucestershire() -> tuple[bytes, dict]:
    pk = Pack(file_type="docx", title="Police Performance and Scrutiny Meeting", force="Gloucestershire Constabulary",
              organisation="Police and Crime Commissioner for Gloucestershire", meeting_date="2041-04-22")
    front(pk, ["**Office of the Police and Crime Commissioner for Gloucestershire**"],
          "Police Performance and Scrutiny Meeting", "2041-04-22", "Drug supply and county lines",
          "**Topic:** Drug supply and county lines",
          [("1", "Welcome and apologies", "PCC"),
           ("2", "Minutes of the meeting on 25 February 2041", "Governance Manager"),
           ("3", "Action log", "Governance Manager"),
           ("4", "Drug supply and county lines", "Superintendent, Serious Organised Crime"),
           ("5", "Any other business", "PCC")], ("No.", "Item", "Lead"), bordered=True)
    pk.add(Break())
    d, topic = "2041-02-25", "Road safety"
    pk.meeting(H("Minutes of the Police Performance and Scrutiny Meeting held on 25 February 2041", 2),
               "Minutes of the Police Performance and Scrutiny Meeting held on 25 February 2041", d, topic)
    pk.add(P("Items 1 to 3 were standing business."), H("4. Road safety", 3))
    qs = [("How many people were killed or seriously injured on the county's roads last year?",
           ["There were 298 people killed or seriously injured, 6% fewer than the year before.",
            "Motorcyclists were a fifth of those seriously injured."],
           "Assured", "The PCC welcomed the fall."),
          ("How is the force enforcing speed limits on rural roads?",
           ["Mobile camera vans covered 48 routes.", "Community speed watch groups reported 3,900 vehicles."],
           "Partially assured", "The PCC asked for enforcement on the five worst routes to be reported."),
          ("What is being done about drivers who use mobile phones?",
           ["An unmarked lorry cab operation ran for two weeks; no repeat is planned."],
           "Not assured", "One operation a year is not enough.")]
    for i, (q, r, lv, c) in enumerate(qs, 1):
        pk.add(H(f"Question {i}", 3), P(f"**{q}**"), P("*Response:*"), Bul(tuple(r)),
               P(f"**Assurance level:** {lv}"), P(f"**PCC comment:** {c}"))
        pk.decision(d, topic, str(i), q, " ".join(r), {"Partially assured": "Partly assured"}.get(lv, lv), c)
    acts = [("PPS 41/07", "Report enforcement on the five worst rural routes to the next meeting.",
             "Report on the April agenda.", "Complete"),
            ("PPS 41/08", "Plan a second mobile phone enforcement operation.", None, "Not started")]
    pk.add(P("**Actions arising**"), *[P(f"**{ref}:** {t}") for ref, t, _, _ in acts], Break())
    pk.add(H("Action log", 2))
    rows = [("PPS 40/39", "2040-12-17", "Provide a breakdown of hate crime outcomes by strand.",
             "Breakdown provided in January.", "Complete"),
            ("PPS 41/01", "2041-01-28", "Confirm the start date of the new shift pattern.",
             "Consultation with staff associations continues.", "In progress")]
    pk.add(T((("Ref", "Date raised", "Action", "Update", "Status"),)
             + tuple((ref, long_date(dt), t, u, s) for ref, dt, t, u, s in rows)
             + tuple((ref, long_date(d), t, u or "", s) for ref, t, u, s in acts),
             widths=(20, 25, 60, 55, 20), header_rows=1))
    for ref, dt, t, u, s in rows:
        pk.action(dt, None, ref, t, u, "complete" if s == "Complete" else "outstanding")
    for ref, t, u, s in acts:
        pk.action(d, topic, ref, t, u, "complete" if s == "Complete" else "outstanding")
    return pk.finish(render_docx(pk.blocks, title="Police Performance and Scrutiny Meeting",
                                 author="OPCC Gloucestershire", when=WHEN))


# --- 9. Derbyshire (Word->PDF, borderless): Common: Question | Summary of evidence | Decision of PCC ------------

def derbyshire() -> tuple[bytes, dict]:
    pk = Pack(file_type="pdf", title="Strategic Priorities Assurance Board", force="Derbyshire Constabulary",
              organisation="Police and Crime Commissioner for Derbyshire", meeting_date="2041-06-03")
    front(pk, ["**Police and Crime Commissioner for Derbyshire**"], "Strategic Priorities Assurance Board",
          "2041-06-03", "Victims' services", "**Theme:** Victims' services",
          [("1", "Apologies", None),
           ("2", "Notes of the meeting held on 1 April 2041", "Head of Governance"),
           ("3", "Action tracker", "Head of Governance"),
           ("4", "Victims' services", "Head of Criminal Justice"),
           ("5", "Any other business", None)], ("No.", "Item", "Presented by"), bordered=False)
    pk.add(Break())
    d, topic = "2041-04-01", "Rape and serious sexual offences"
    pk.meeting(H("Notes of the Strategic Priorities Assurance Board (Rape and serious sexual offences) – 1 April 2041", 2),
               "Notes of the Strategic Priorities Assurance Board (Rape and serious sexual offences) – 1 April 2041",
               d, topic)
    pk.add(P("Standing items 1 to 3 were taken first."))
    qs = [("How many rape offences reached a charge in the last year and how does the rate compare with peers?",
           "The charge rate was 7.9%, up from 5.2%, and fourth of eight peer forces.",
           "Assured", "The PCC welcomed the rise."),
          ("How are victims kept informed while their case is investigated?",
           "Victims receive contact every 28 days; an audit found 74% of contacts recorded on time.",
           "Partly Assured", "The PCC wants the audit repeated."),
          ("How quickly are digital devices returned to victims?",
           "Median return time is 64 days; the force has no target.", "Not Assured",
           "A target for returning devices is needed.")]
    pk.add(T((("Question", "Brief Summary of Evidence", "Decision of PCC"),)
             + tuple((q, r, level_cell(lv, c)) for q, r, lv, c in qs),
             widths=(55, 80, 45), header_rows=1, bordered=False))
    for q, r, lv, c in qs:
        pk.decision(d, topic, None, q, r, lv.replace(" Assured", " assured"), c)
    acts = [("SPAB 41/09", "Repeat the victim contact audit and report the results.", "Audit fieldwork in May.",
             "Open"),
            ("SPAB 41/10", "Propose a target for returning digital devices to victims.",
             "Target of 30 days agreed on 2 May 2041.", "Closed")]
    pk.add(P("**Actions**"), *[P(f"{ref} – {t}") for ref, t, _, _ in acts], Break())
    pk.add(H("Action tracker 2041/42", 2))
    rows = [("SPAB 41/02", "2041-02-04", "Circulate the evaluation of the domestic abuse car.",
             "Circulated on 20 February 2041.", "Closed"),
            ("SPAB 41/04", "2041-02-04", "Map the locations of the independent sexual violence advisers.",
             "Map in draft.", "Open")]
    pk.add(T((("Ref", "Raised", "Action", "Update", "Status"),)
             + tuple((ref, long_date(dt), t, u, s) for ref, dt, t, u, s in rows)
             + tuple((ref, long_date(d), t, u, s) for ref, t, u, s in acts),
             widths=(22, 24, 60, 56, 18), header_rows=1, bordered=False),
           P("Kate Ellery, Head of Governance, Office of the Police and Crime Commissioner"))
    for ref, dt, t, u, s in rows:
        pk.action(dt, None, ref, t, u, "complete" if s == "Closed" else "outstanding")
    for ref, t, u, s in acts:
        pk.action(d, topic, ref, t, u, "complete" if s == "Closed" else "outstanding")
    data = render_docx(pk.blocks, title="Strategic Priorities Assurance Board", author="OPCC Derbyshire", when=WHEN)
    return pk.finish(docx_to_pdf(data))


PACKS = {
    "kent-pcc-pab-2041-03-06-round54.pdf": kent,
    "norfolk-pcc-paf-2041-04-15-round54.pdf": norfolk,
    "sussex-pcc-pam-2041-01-24-round54.docx": sussex,
    "humberside-pcc-am-2041-05-13-round54.pdf": humberside,
    "merseyside-pcc-sb-2041-06-10-round54.pdf": merseyside,
    "leicestershire-pcc-cgb-2041-02-17-round54.pdf": leicestershire,
    "greater-manchester-dmpc-pab-2041-03-27-round54.pdf": greater_manchester,
    "gloucestershire-pcc-ppsm-2041-04-22-round54.docx": gloucestershire,
    "derbyshire-pcc-spab-2041-06-03-round54.pdf": derbyshire,
}


def main(prefixes: list[str]) -> None:
    for name, build in PACKS.items():
        if prefixes and not any(name.startswith(p) for p in prefixes):
            continue
        data, records = build()
        (HERE / name).write_bytes(data)
        gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
        (HERE / "gold" / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
        pages = {t: [r["page"] for r in records[t]] for t in ("meetings", "assurance_decisions", "actions")}
        print(f"{name}: {len(data)} bytes; pages {pages}")


if __name__ == "__main__":
    main(sys.argv[1:])
