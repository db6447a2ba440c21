"""Held-out scrutiny packs of round 18b (issue 4), written blind.

Six packs of PCC, PFCC and mayoral offices, with their hand-written gold in
``gold/`` (held out when written; scored once, then fixed for and promoted). Each pack is built from the same tuples that
print it, and its gold records sit beside them. PDF pages are found in the
generated PDF's own words (the first page holding a record's opening six
words in order); DOCX records have page null.

    .venv/bin/python samples/corpus/scrutiny-round18b/generate.py
"""

from __future__ import annotations

import io
import json
import re
import sys
import unicodedata
from datetime import datetime
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import scrutiny_common  # noqa: E402,F401  (puts scrutiny-round3's render module on sys.path)
from render import Break, Bul, H, Num, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

from generator.model import plain  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written by hand in samples/corpus/scrutiny-round18b/generate.py beside the text it describes, "
           "blind (no extractor code, tests or earlier generators read) and never run through the extractors; "
           "PDF pages found in the generated PDF's words and checked with `scrutiny inspect`; levels and "
           "statuses mapped to the canonical vocabulary by hand (conventions in README.md).")

GREEN, RED, AMBER, BLUE = "#00b050", "#ff0000", "#ffc000", "#00b0f0"


class Pack:
    """A pack under construction: its blocks and its gold records."""

    def __init__(self) -> None:
        self.blocks: list = []
        self.records: dict[str, list[dict]] = {
            "documents": [], "meetings": [], "agenda_items": [], "assurance_decisions": [], "actions": []}

    def add(self, *blocks) -> None:
        self.blocks.extend(blocks)

    def record(self, kind: str, anchor: str | None, *, from_page: int = 1, **fields) -> None:
        """A gold record; ``anchor`` is the printed text whose first words locate its page at or
        after ``from_page`` (a notes heading the agenda repeats starts past the front sheet;
        None: page 1 for PDF)."""
        self.records[kind].append({"page": (anchor, from_page), **fields})


# --- page finding -------------------------------------------------------------

def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2013", "-").lower()
    return [w for w in re.split(r"[^a-z0-9']+", text) if w]


def _holds(page_words: list[str], wanted: list[str]) -> bool:
    """True when ``wanted`` appear in order in ``page_words``, each within 60 words of the last."""
    for start, word in enumerate(page_words):
        if word != wanted[0]:
            continue
        pos, ok = start, True
        for target in wanted[1:]:
            window = page_words[pos + 1:pos + 61]
            if target not in window:
                ok = False
                break
            pos = pos + 1 + window.index(target)
        if ok:
            return True
    return False


def set_pdf_pages(data: bytes, records: dict[str, list[dict]]) -> int:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [_words(" ".join(w["text"] for w in page.extract_words())) for page in pdf.pages]
        count = len(pdf.pages)
    for kind, items in records.items():
        for item in items:
            if kind == "documents":
                continue
            anchor, from_page = item["page"]
            if anchor is None:
                item["page"] = 1
                continue
            wanted = _words(plain(anchor))[:6]
            found = [n for n, words in enumerate(pages, start=1) if n >= from_page and _holds(words, wanted)]
            if not found:
                raise SystemExit(f"page not found for {kind}: {anchor!r}")
            item["page"] = found[0]
    return count


def set_docx_pages(records: dict[str, list[dict]]) -> None:
    for items in records.values():
        for item in items:
            item["page"] = None


def write(name: str, data: bytes, records: dict) -> None:
    (HERE / name).write_bytes(data)
    GOLD.mkdir(exist_ok=True)
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": records}
    (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    print(name, len(data), {k: len(v) for k, v in records.items()})


def document(pack: Pack, *, file_type: str, title: str, force: str, organisation: str, meeting_date: str) -> None:
    pack.records["documents"].append({
        "page": None, "file_type": file_type, "pages": None, "doc_kind": "scrutiny_pack", "title": title,
        "force": force, "organisation": organisation, "meeting_date": meeting_date, "publication_date": None,
        "status": "ok"})


def agenda(pack: Pack, meeting_date: str, items: list[tuple[str, str, str]]) -> None:
    for number, title, presenter in items:
        pack.record("agenda_items", None, meeting_date=meeting_date, number=number, title=plain(title),
                    presenter=presenter)


# --- 1. Lincolnshire: the reference family (PDF) --------------------------------

def lincolnshire() -> tuple[bytes, dict]:
    pack = Pack()
    org, force, when = "Police and Crime Commissioner for Lincolnshire", "Lincolnshire Police", "2026-07-08"
    notes_date, topic = "2026-06-03", "Rural and Wildlife Crime"
    document(pack, file_type="pdf", title="Scrutiny Meeting", force=force, organisation=org, meeting_date=when)
    items = [
        ("1.", "Apologies for Absence", "PCC"),
        ("2.", "Draft Notes – Scrutiny Meeting (Rural and Wildlife Crime) – 3 June 2026", "PCC"),
        ("3.", "Scrutiny Actions 2026/27 – An Update", "PCC"),
        ("4.", "Fraud and Cyber Crime", "Lincolnshire Police"),
        ("5.", "Any Other Business", "PCC"),
    ]
    pack.add(
        P("**Police and Crime Commissioner for Lincolnshire**\n**Deepdale Lane**\n**Nettleham**\n**Lincoln LN2 2LT**", size=10),
        P("Email: lincolnshire-pcc@example.org.uk   Tel: 01522 900 100", size=9),
        H("Police and Crime Commissioner for Lincolnshire", 1),
        H("Scrutiny Meeting", 2),
        P("**Date: Wednesday 8 July 2026**"),
        P("**Time: 10:00am – 11:30am**"),
        P("**Venue: Committee Room 2, Police Headquarters / Microsoft Teams**"),
        P("**Theme: Fraud and Cyber Crime**"),
        H("Agenda", 2),
        T(rows=(("", "**Item**", "**Presented By**"),) + tuple((n, t, p) for n, t, p in items),
          widths=(8, 62, 30), bordered=False),
    )
    pack.record("meetings", None, meeting_date=when, topic="Fraud and Cyber Crime", organisation=org,
                title="Scrutiny Meeting")
    agenda(pack, when, [(n.rstrip("."), t, p) for n, t, p in items])

    heading = "DRAFT NOTES – SCRUTINY MEETING (RURAL AND WILDLIFE CRIME) – 3 JUNE 2026"
    pack.add(Break(), P(f"**{heading}**"))
    pack.record("meetings", heading, from_page=2, meeting_date=notes_date, topic=topic, organisation=org, title=heading)
    decisions = [
        ("1", "How has the Force's rural crime team been resourced since the 2025 review, and what difference has the extra funding made to the number of thefts of farm machinery and vehicles?",
         ("The rural crime team now has one sergeant and eight constables, up from five constables in 2025.",
          "Each of the three policing areas has a named wildlife crime officer with protected time.",
          "Thefts of agricultural machinery fell by 18% in the year to April 2026; thefts of quad bikes and trailers remain close to last year's level.",
          "The team has joined a regional operation with neighbouring forces to track stolen GPS units."),
         "Partly Assured",
         "The PCC welcomed the fall in machinery thefts but noted that the team's gains were not yet seen in thefts of quad bikes and trailers. The PCC will revisit this in six months."),
        ("2", "What is the Force doing to tackle hare coursing during the autumn and winter season, and how are repeat offenders being dealt with?",
         ("Operation Galileo runs from August to March with patrols planned from intelligence and farmers' reports.",
          "Seizures of dogs and vehicles rose to 46 in the 2025/26 season.",
          "The Force has used Criminal Behaviour Orders against eleven repeat offenders, and three were given custodial sentences.",
          "A WhatsApp group links farmers, gamekeepers and the control room to share sightings quickly."),
         "Assured",
         "The PCC was assured that the Force has a well-planned seasonal response and thanked the rural community for its help."),
        ("3", "How confident is the Force that reports of wildlife crime are recorded accurately and passed to the right team?",
         ("A dip sample of 60 incidents found that 21 reports of wildlife offences had been closed without a crime being recorded.",
          "Control room staff have not yet had training on wildlife offences; a package is being written.",
          "The Force cannot yet report outcomes for wildlife crime separately from other rural crime."),
         "Not Assured",
         "The PCC was concerned about the recording gaps found by the dip sample and asked for a recording improvement plan to be brought to the next meeting on this theme."),
    ]
    rows = [("**Question**", "**Brief Summary of Evidence**", "**Decision of PCC**")]
    for number, question, evidence, level, comment in decisions:
        rows.append((f"**{number}. {question}**", (Bul(evidence),), (f"**{level}**", f"*{comment}*")))
        pack.record("assurance_decisions", question, meeting_date=notes_date, topic=topic, question_number=number,
                    question=question, evidence_summary=" ".join(evidence), assurance=_level(level),
                    commentary=comment)
    pack.add(T(rows=tuple(rows), widths=(28, 46, 26), header_rows=1))
    actions = [
        ("1", "That a recording improvement plan for wildlife crime be presented at the next Scrutiny Meeting on this theme."),
        ("2", "That the Force provides the PCC/OPCC with the 2026/27 Operation Galileo plan before the start of the season."),
    ]
    pack.add(P("**Actions**"), T(rows=tuple((n, t) for n, t in actions), widths=(6, 94), bordered=False))
    for number, text in actions:
        pack.record("actions", text, meeting_date=notes_date, topic=topic, number=number, text=text, update=None,
                    status="unknown", status_source="none", source="action_list")

    tracker = [
        ("Road Safety", "That the Force shares its analysis of fatal and serious collisions on the county's A roads with the OPCC.",
         "The analysis was shared with the OPCC on 14 April 2026 and discussed at the Road Safety Partnership.", True),
        (None, "That the topic of Road Safety be revisited in a year's time to review the impact of the speed enforcement cameras.",
         "A Scrutiny Meeting on this topic will be held in 2027.", False),
        ("Domestic Abuse", "That the OPCC receives the findings of the domestic abuse case file audit.",
         "The audit findings were received on 2 May 2026.", True),
        ("Neighbourhood Policing", "That the Force confirms the number of PCSO vacancies in each neighbourhood team.",
         "Figures by team are being collated and will be provided to the OPCC in August 2026.", False),
        (None, "That the OPCC is invited to the next neighbourhood priorities setting event in Boston.",
         "The OPCC attended the event on 20 May 2026.", True),
    ]
    pack.add(Break(), P("**SCRUTINY ACTION TRACKER 2026/27**"))
    rows = [("**Topic**", "**Action**", "**Update**", "")]
    spans = []
    current = None
    for i, (group, text, update, done) in enumerate(tracker, start=1):
        if group:
            current = group
            size = 1
            while i - 1 + size < len(tracker) and tracker[i - 1 + size][0] is None:
                size += 1
            if size > 1:
                spans.append((i, 0, size, 1))
        square = "{%s|■}" % (GREEN if done else RED)
        rows.append((f"**{group}**" if group else None, text, update, square))
        pack.record("actions", text, meeting_date=None, topic=current, number=None, text=text, update=update,
                    status="complete" if done else "outstanding", status_source="glyph_colour",
                    source="action_tracker")
    pack.add(T(rows=tuple(rows), widths=(18, 38, 38, 6), header_rows=1, spans=tuple(spans)),
             P("{%s|■} = Action Complete" % GREEN), P("{%s|■} = Action Outstanding" % RED))

    pack.add(
        Break(),
        P("**Scrutiny Meeting\n8 July 2026**"),
        T(rows=(("**Report Title**", "**Fraud and Cyber Crime**"), ("**Meeting Date**", "**Wednesday 8 July 2026**")),
          widths=(30, 70)),
        P("**Rationale for Questions**"),
        P("Fraud is now the most commonly experienced crime in England and Wales, and many victims in Lincolnshire are older people living alone. The PCC's Police and Crime Plan commits to better support for victims of fraud and to preventing people becoming victims in the first place."),
        P("Following the Force's new economic crime strategy, the PCC will be looking to:"),
        Bul(("seek assurance that victims of fraud receive a timely and appropriate response;",
             "understand how the Force works with Action Fraud and the regional cyber crime unit; and",
             "confirm how prevention advice reaches the people most at risk.")),
        P("**Questions to the Chief Constable**"),
        Num(("How many reports of fraud were disseminated to the Force by the National Fraud Intelligence Bureau in 2025/26, and what proportion were investigated?",
             "How does the Force identify and support vulnerable victims of fraud, including repeat victims?",
             "What prevention work is being done with banks and partners to stop courier and romance fraud?")),
        P("**OPCC Background Information**"),
        P("The OPCC's victims' services team received 312 referrals for fraud victims in 2025/26. Internal audit gave reasonable assurance on the Force's handling of Action Fraud disseminations in its March 2026 report, with two low-priority recommendations. The Joint Audit Committee was assured that both recommendations have since been closed."),
    )
    data = render_pdf(pack.blocks, PdfLook(), title="Scrutiny Meeting 8 July 2026", author="OPCC Lincolnshire")
    pages = set_pdf_pages(data, pack.records)
    pack.records["documents"][0]["pages"] = pages
    return data, pack.records


def _level(printed: str) -> str:
    """The canonical assurance level of a printed one."""
    key = printed.lower().replace("-", " ").strip(" .")
    table = {
        "assured": "Assured", "substantial": "Assured", "fully assured": "Assured",
        "partly assured": "Partly assured", "partially assured": "Partly assured", "limited": "Partly assured",
        "not assured": "Not assured", "no assurance": "Not assured",
    }
    return table[key]


# --- 2. Durham: Word minutes with an action log (DOCX) -------------------------

def durham() -> tuple[bytes, dict]:
    pack = Pack()
    org = "Police, Crime and Victims' Commissioner for County Durham and Darlington"
    force, when = "Durham Constabulary", "2026-07-14"
    notes_date, topic = "2026-06-09", "Missing children"
    document(pack, file_type="docx", title="Accountability Board", force=force, organisation=org, meeting_date=when)
    items = [
        ("1", "Welcome and apologies", "PCVC"),
        ("2", "Minutes of the meeting held on 9 June 2026 and action log", "Head of Governance, OPCVC"),
        ("3", "Anti-social behaviour in town centres", "ACC Local Policing"),
        ("4", "Compliance with the Victims' Code", "Head of Criminal Justice"),
        ("5", "Any other business", "PCVC"),
    ]
    pack.add(
        P("**Police, Crime and Victims' Commissioner for County Durham and Darlington**"),
        H("Accountability Board", 1),
        P("Tuesday 14 July 2026, 1:30pm – 3:30pm"),
        P("Conference Room 1, Police Headquarters, Aykley Heads, and online"),
        H("Agenda", 2),
        T(rows=(("Item", "Title", "Lead"),) + tuple(items), widths=(10, 60, 30), header_rows=1),
        P("Papers for items 3 and 4 are attached. The Accountability Board is the Commissioner's main way of "
          "holding the Chief Constable to account in public; it gives the Commissioner assurance on the "
          "delivery of the Police and Crime Plan but does not replace the Joint Audit Committee."),
    )
    pack.record("meetings", None, meeting_date=when, topic=None, organisation=org, title="Accountability Board")
    agenda(pack, when, items)

    heading = "Minutes of the Accountability Board held on 9 June 2026"
    pack.add(
        Break(),
        H(heading, 1),
        P("**Present:** Police, Crime and Victims' Commissioner (PCVC) (Chair); Chief Executive, OPCVC; Chief Constable; Deputy Chief Constable; Head of Public Protection."),
        P("**In attendance:** Governance Officer (minutes)."),
        H("1. Welcome and apologies", 2),
        P("The PCVC welcomed everyone. Apologies were received from the Chief Finance Officer."),
        H("2. Minutes of the previous meeting and action log", 2),
        P("The minutes of the meeting held on 12 May 2026 were agreed as a true record. The action log was reviewed; updates are recorded in the log."),
        H("3. Missing children", 2),
        P("The Head of Public Protection introduced the paper, which set out the Force's response to missing children episodes in 2025/26."),
    )
    pack.record("meetings", heading, from_page=2, meeting_date=notes_date, topic=topic, organisation=org, title=heading)
    decisions = [
        ("1", "How many children were reported missing more than three times in 2025/26, and how does the Force make sure that return home interviews take place?",
         ("The Force recorded 2,140 missing episodes for 611 children; 138 children went missing more than three times.",
          "Return home interviews are carried out by the local authorities. Completion within 72 hours was 71% in Durham and 64% in Darlington, and the Force chases every interview not done within five days."),
         "Limited",
         "The PCVC noted the Force's efforts but was concerned that a third of interviews are not done in time. He will raise this with both local authorities' directors of children's services."),
        ("2", "What is the Force doing to identify children who go missing and are at risk of criminal or sexual exploitation?",
         ("Every child missing three times in 90 days is discussed at the daily risk meeting and screened with the Harm Outside the Home tool.",
          "A dedicated missing person coordinator in each area links missing episodes with exploitation intelligence, and 42 children were referred to the multi-agency exploitation panel in 2025/26."),
         "Substantial",
         "The PCVC was pleased with the strength of the screening process and the joint work with partners."),
        ("3", "How does the Force know that officers record the voice of the child when a missing child is found?",
         ("The Force has not yet audited the recording of the child's voice in missing episodes; an audit is planned for September 2026.",
          "Training on the voice of the child was given to response sergeants in March 2026 but not yet to constables."),
         "No assurance",
         "The PCVC could not be assured without audit evidence and asked for the audit results as soon as they are available."),
    ]
    for number, question, answer, level, comment in decisions:
        pack.add(P(f"**Question {number}: {question}**"))
        pack.add(*[P(text) for text in answer])
        pack.add(P(f"**Level of assurance: {level}**"), P(comment))
        pack.record("assurance_decisions", question, meeting_date=notes_date, topic=topic, question_number=number,
                    question=question, evidence_summary=" ".join(answer), assurance=_level(level),
                    commentary=comment)
    minuted = [
        ("AB/26-21", "Head of Public Protection to share the voice of the child audit results with the OPCVC"),
        ("AB/26-22", "OPCVC to write to both directors of children's services about return home interview completion"),
    ]
    for ref, text in minuted:
        pack.add(P(f"**ACTION:** {text} ({ref})."))
    pack.add(H("4. Any other business", 2), P("There was no other business. The meeting closed at 3:10pm."))

    log = [
        ("AB/26-09", "12/05/2026", None, "Force to provide the OPCVC with the Operation Encompass referral figures for the summer term.", "Head of Public Protection", "Figures received on 28 May 2026.", "Complete"),
        ("AB/26-11", "12/05/2026", None, "Force to brief the PCVC on the new call handling triage model before it goes live.", "ACC Local Policing", "Briefing booked for 23 July 2026.", "In progress"),
        ("AB/26-14", "12/05/2026", None, "OPCVC to publish the Board's forward plan on its website.", "Head of Governance, OPCVC", "Published on 15 May 2026.", "Closed"),
        ("AB/26-21", "09/06/2026", topic, "Head of Public Protection to share the voice of the child audit results with the OPCVC.", "Head of Public Protection", "Audit starts in September 2026; results due in October 2026.", "Open"),
        ("AB/26-22", "09/06/2026", topic, "OPCVC to write to both directors of children's services about return home interview completion.", "Chief Executive, OPCVC", "Letters sent on 19 June 2026. Darlington replied on 2 July 2026.", "Complete"),
    ]
    pack.add(Break(), H("Action log", 2),
             T(rows=(("Ref", "Date raised", "Action", "Owner", "Update", "Status"),)
                   + tuple((r, d, a, o, u, s) for r, d, _, a, o, u, s in log),
               widths=(11, 12, 30, 15, 22, 10), header_rows=1))
    for ref, raised, item, text, _, update, status in log:
        day, month, year = raised.split("/")
        pack.record("actions", text, meeting_date=f"{year}-{month}-{day}", topic=item, number=ref, text=text,
                    update=update, status="complete" if status in ("Complete", "Closed") else "outstanding",
                    status_source="status_column", source="action_tracker")
    data = render_docx(pack.blocks, title="Accountability Board 14 July 2026", author="OPCVC Durham",
                       when=datetime(2026, 7, 7, 9, 0, 0))
    set_docx_pages(pack.records)
    return data, pack.records


# --- 3. North Wales: a decision table under an item heading (PDF) -------------

def north_wales() -> tuple[bytes, dict]:
    pack = Pack()
    org, force, when = "Police and Crime Commissioner for North Wales", "North Wales Police", "2026-07-21"
    notes_date, topic = "2026-06-16", "Serious and organised crime"
    document(pack, file_type="pdf", title="Strategic Executive Board", force=force, organisation=org,
             meeting_date=when)
    items = [
        ("1", "Apologies", "Chair"),
        ("2", "Notes of the meeting of 16 June 2026 and action log", "Chief Executive"),
        ("3", "Police and Crime Plan performance – Quarter 1 2026/27", "Deputy Chief Constable"),
        ("4", "Rural and wildlife crime", "Superintendent, Rural Crime Team"),
        ("5", "Welsh language standards – annual report", "Chief Executive"),
        ("6", "Any other business", "Chair"),
    ]
    pack.add(
        H("Strategic Executive Board", 1),
        P("**Date:** Tuesday 21 July 2026   **Time:** 10:00   **Venue:** OPCC Conference Room, Llay / Microsoft Teams"),
        P("The meeting will be held in English; simultaneous translation into Welsh is available on request."),
        H("Agenda", 2),
        T(rows=(("No.", "Item", "Lead"),) + tuple(items), widths=(8, 60, 32), header_rows=1),
    )
    pack.record("meetings", None, meeting_date=when, topic=None, organisation=org, title="Strategic Executive Board")
    agenda(pack, when, items)

    heading = "Notes of the Strategic Executive Board held on 16 June 2026"
    pack.add(
        Break(),
        H(heading, 2),
        P("**Present:** Police and Crime Commissioner (Chair); Chief Executive; Chief Finance Officer; Chief Constable; Assistant Chief Constable, Crime and Operations."),
        P("**1. Apologies** – the Deputy Chief Constable."),
        P("**2. Notes and action log** – the notes of 19 May 2026 were agreed. The action log is at Appendix A."),
        H("Item 3 – Serious and organised crime", 3),
        P("The Assistant Chief Constable presented the Force's serious and organised crime local profile and answered the Commissioner's questions."),
    )
    pack.record("meetings", heading, from_page=2, meeting_date=notes_date, topic=topic, organisation=org, title=heading)
    decisions = [
        ("1", "How many organised crime groups are currently mapped in North Wales, and how many have been disrupted in the last year?",
         "Thirty-four groups are mapped, most of them involved in drug supply along the A55 corridor. Fifty-two major or moderate disruptions were recorded in 2025/26, against 39 the year before.",
         "Assured", "The Commissioner was assured by the rise in disruptions and the Force's clear tasking process."),
        ("2", "What is the Force doing to protect children drawn into county lines from Merseyside and the North West?",
         "Twenty-seven children were identified as exploited by county lines in 2025/26. The Force works with Merseyside Police under a joint operation, and a specialist youth worker is funded by the Commissioner. Referrals to the National Referral Mechanism are not always made within the expected time.",
         "Partially Assured", "The Commissioner asked for the timeliness of referrals to be reported at the next Board."),
        ("3", "How is money seized from organised criminals being returned to communities?",
         "The Force received £412,000 under the asset recovery incentivisation scheme in 2025/26. The Force could not say how much of this had been spent on community projects.",
         "Not Assured", "The Commissioner expects a plan for spending recovered assets, agreed with the OPCC, by September 2026."),
    ]
    rows = [("No.", "Question", "Force response", "Assurance level", "PCC comments")]
    for number, question, answer, level, comment in decisions:
        rows.append((number, question, answer, level, comment))
        pack.record("assurance_decisions", question, meeting_date=notes_date, topic=topic, question_number=number,
                    question=question, evidence_summary=answer, assurance=_level(level), commentary=comment)
    pack.add(T(rows=tuple(rows), widths=(6, 26, 34, 13, 21), header_rows=1),
             P("**4. Any other business** – none. Next meeting: 21 July 2026."))

    log = [
        ("SEB/26/07", "17/03/2026", "Force to report the outcome of the custody suite refurbishment tender.", "Tender awarded on 30 April 2026; works start in September.", "Complete"),
        ("SEB/26/12", "19/05/2026", "Chief Finance Officer to circulate the revised medium-term financial plan.", "Revised plan to follow once the pay award is confirmed.", "Overdue"),
        ("SEB/26/15", "16/06/2026", "Force to report the timeliness of National Referral Mechanism referrals for children.", "Data being collated for the next Board.", "On track"),
        ("SEB/26/16", "16/06/2026", "Force and OPCC to agree a plan for spending recovered assets on community projects.", "", "On track"),
        ("SEB/26/17", "16/06/2026", "Assistant Chief Constable to share the serious and organised crime local profile summary with the Chief Executive.", "Summary shared on 24 June 2026.", "Complete"),
    ]
    pack.add(Break(), H("Appendix A – Action log", 2),
             T(rows=(("No.", "Meeting date", "Action", "Update", "Status"),) + tuple(log),
               widths=(12, 12, 36, 28, 12), header_rows=1))
    for ref, raised, text, update, status in log:
        day, month, year = raised.split("/")
        date = f"{year}-{month}-{day}"
        pack.record("actions", text, meeting_date=date, topic=topic if date == notes_date else None, number=ref,
                    text=text, update=update or None, status="complete" if status == "Complete" else "outstanding",
                    status_source="status_column", source="action_tracker")
    pack.add(
        H("Appendix B – Police and Crime Plan measures, Quarter 1", 2),
        T(rows=(("Measure", "Q1 2026/27", "Q1 2025/26", "Direction"),
                ("999 calls answered within 10 seconds", "91%", "88%", "Improving"),
                ("Victim satisfaction – overall", "78%", "80%", "Stable"),
                ("Rural crime offences recorded", "412", "455", "Improving")),
          widths=(46, 18, 18, 18), header_rows=1),
    )
    look = PdfLook(font="Times-Roman", bold_font="Times-Bold", italic_font="Times-Italic",
                   header="Comisiynydd Heddlu a Throseddu Gogledd Cymru / Police and Crime Commissioner for North Wales",
                   footer="SWYDDOGOL / OFFICIAL")
    data = render_pdf(pack.blocks, look, title="Strategic Executive Board 21 July 2026", author="OPCC North Wales")
    pack.records["documents"][0]["pages"] = set_pdf_pages(data, pack.records)
    return data, pack.records


# --- 4. Greater Manchester: an assessment box after each answer, BRAG log (DOCX)

def greater_manchester() -> tuple[bytes, dict]:
    pack = Pack()
    org = "Deputy Mayor for Safer and Stronger Communities"
    force, when = "Greater Manchester Police", "2026-07-09"
    notes_date, topic = "2026-06-11", "Retail crime"
    document(pack, file_type="docx", title="Police Accountability Board", force=force, organisation=org,
             meeting_date=when)
    items = [
        ("1", "Welcome, introductions and apologies", "Deputy Mayor"),
        ("2", "Notes of the last meeting and action log", "Head of Policing Governance"),
        ("3", "Road danger and the Vision Zero strategy", "Chief Superintendent, Specialist Operations"),
        ("4", "Greater Manchester Police – Quarter 1 performance", "Assistant Chief Constable"),
        ("5", "Any other business", "Deputy Mayor"),
    ]
    pack.add(
        P("**Greater Manchester Combined Authority**"),
        H("Police Accountability Board", 1),
        P("Chaired by the Deputy Mayor for Safer and Stronger Communities"),
        P("Thursday 9 July 2026, 14:00 – 16:00, Tootal Buildings, Manchester"),
        H("Agenda", 2),
        T(rows=(("Item", "Subject", "Presented by"),) + tuple(items), widths=(8, 56, 36), header_rows=1),
    )
    pack.record("meetings", None, meeting_date=when, topic=None, organisation=org, title="Police Accountability Board")
    agenda(pack, when, items)

    heading = "Police Accountability Board – notes of the meeting of 11 June 2026"
    pack.add(
        Break(),
        H(heading, 1),
        P("**Topic:** Retail crime"),
        P("**Attendees:** Deputy Mayor (DM); Chief Constable (CC); Assistant Chief Constable (ACC); GMCA Head of Policing Governance; representatives of the Greater Manchester Retail Crime Partnership."),
        P("The DM opened the meeting and thanked retailers for attending. The ACC presented the Force's retail crime plan. The DM's assessment of each line of enquiry is recorded after the response, using the scale Assured / Partially assured / Not assured."),
    )
    pack.record("meetings", heading, from_page=2, meeting_date=notes_date, topic=topic, organisation=org, title=heading)
    decisions = [
        ("1", "How has the Force's attendance at shoplifting incidents changed since the national retail crime action plan was adopted?",
         ("Attendance where the suspect was detained by staff reached 94% in May 2026.",
          "Where CCTV is available, an officer now reviews it within 48 hours in 83% of cases, up from 61%."),
         "ASSURED",
         "The DM recognised a marked improvement in attendance and CCTV review."),
        ("2", "What is being done about violence and abuse towards shop workers?",
         ("Assaults on retail staff recorded by the Force rose by 12% in the year to May 2026, which the Force attributes partly to better reporting.",
          "Body-worn cameras have been offered to retailers through the partnership, but only a third of the larger stores use the Force's online reporting form."),
         "PARTIALLY ASSURED",
         "The DM asked the Force to work with the partnership to increase use of the online form and to report the charge rate for assaults on shop workers."),
        ("3", "How are prolific shoplifters being managed across the ten districts?",
         ("Each district holds a list of its top ten offenders, but the lists are managed differently and there is no Force-wide measure of results.",
          "The Force is considering a single approach based on integrated offender management."),
         "NOT ASSURED",
         "The DM was not assured that prolific offenders are managed consistently and asked for a single Force-wide approach to be presented in the autumn."),
    ]
    fills = {}
    for number, question, answer, level, comment in decisions:
        pack.add(H(f"Line of enquiry {number}", 3), P(f"***{question}***"), P("**Response:**"))
        pack.add(*[P(text) for text in answer])
        fill = {"ASSURED": "#c6efce", "PARTIALLY ASSURED": "#ffeb9c", "NOT ASSURED": "#ffc7ce"}[level]
        pack.add(T(rows=((f"**{level}**", comment),), widths=(24, 76), fills={(0, 0): fill}))
        pack.record("assurance_decisions", question, meeting_date=notes_date, topic=topic, question_number=number,
                    question=question, evidence_summary=" ".join(answer), assurance=_level(level),
                    commentary=comment)
    pack.add(P("The DM thanked all present. Public questions received in advance will be answered in writing."))

    log = [
        ("PAB-041", "09/04/2026", None, "GMP to provide a breakdown of stop and search outcomes by district.", "ACC", "Breakdown provided on 3 June 2026.", "B"),
        ("PAB-044", "14/05/2026", None, "GMCA to convene a workshop on the victims' services commissioning model.", "Head of Victim Services", "Workshop arranged for 16 July 2026.", "G"),
        ("PAB-045", "14/05/2026", None, "GMP to confirm the timetable for the new crime recording audit.", "Force Crime Registrar", "Timetable delayed by the audit team's vacancies; revised date to be confirmed.", "R"),
        ("PAB-048", "11/06/2026", topic, "GMP to report the charge rate for assaults on shop workers.", "ACC", "Data requested from the performance team; first figures due in August.", "A"),
        ("PAB-049", "11/06/2026", topic, "GMP to present a single Force-wide approach to managing prolific shoplifters.", "ACC", "Scheduled for the October Board.", "G"),
    ]
    brag = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    pack.add(
        Break(),
        H("Action log", 2),
        P("BRAG key: **B** – complete; **G** – on track; **A** – some slippage; **R** – off track or not started."),
        T(rows=(("Ref", "Raised", "Action", "Owner", "Update", "BRAG"),)
              + tuple((r, d, a, o, u, f"**{s}**") for r, d, _, a, o, u, s in log),
          widths=(11, 12, 32, 13, 25, 7), header_rows=1,
          fills={(i, 5): brag[row[6]] for i, row in enumerate(log, start=1)}),
    )
    for ref, raised, item, text, _, update, status in log:
        day, month, year = raised.split("/")
        pack.record("actions", text, meeting_date=f"{year}-{month}-{day}", topic=item, number=ref, text=text,
                    update=update, status="complete" if status == "B" else "outstanding",
                    status_source="status_column", source="action_tracker")
    data = render_docx(pack.blocks, title="Police Accountability Board 9 July 2026", author="GMCA",
                       when=datetime(2026, 7, 2, 10, 0, 0), header=("Greater Manchester Combined Authority – OFFICIAL",))
    set_docx_pages(pack.records)
    return data, pack.records


# --- 5. Suffolk: a borderless table with the level in a side column (PDF) -----

def suffolk() -> tuple[bytes, dict]:
    pack = Pack()
    org, force, when = "Police and Crime Commissioner for Suffolk", "Suffolk Constabulary", "2026-07-24"
    notes_date, topic = "2026-05-29", "Stalking and harassment"
    document(pack, file_type="pdf", title="Accountability and Performance Panel", force=force, organisation=org,
             meeting_date=when)
    items = [
        ("1.", "Apologies for absence", "Chair"),
        ("2.", "Record of the meeting held on 29 May 2026", "Chair"),
        ("3.", "Action log", "Chief Executive"),
        ("4.", "Tackling drug supply and county lines", "Detective Superintendent"),
        ("5.", "Financial performance – outturn 2025/26", "Chief Finance Officer"),
        ("6.", "Any other business", "Chair"),
    ]
    look = register_dejavu_serif()
    pack.add(
        P("SUFFOLK POLICE AND CRIME COMMISSIONER", size=9),
        H("Accountability and Performance Panel", 1),
        P("Friday 24 July 2026 at 10.00am, Endeavour House, Ipswich (public meeting, also streamed online)"),
        H("Agenda", 2),
    )
    for number, title, presenter in items:
        pack.add(P(f"{title} ({presenter})", indent=20, hang=number))
    pack.record("meetings", None, meeting_date=when, topic=None, organisation=org,
                title="Accountability and Performance Panel")
    agenda(pack, when, [(n.rstrip("."), t, p) for n, t, p in items])
    pack.add(P("Members of the public may submit written questions up to three working days before the meeting."))

    heading = "Record of the Accountability and Performance Panel held on 29 May 2026"
    pack.add(
        Break(),
        H(heading, 2),
        P("Present: the Police and Crime Commissioner (Chair), the Chief Executive, the Chief Constable and the Head of Safeguarding. The Commissioner's lines of enquiry on stalking and harassment are set out below with the Constabulary's response and the Commissioner's assessment."),
        H("Stalking and harassment", 3),
    )
    pack.record("meetings", heading, from_page=2, meeting_date=notes_date, topic=topic, organisation=org, title=heading)
    decisions = [
        ("1", "How many stalking protection orders has the Constabulary applied for since April 2025, and how many were granted?",
         "Twenty-three applications were made and twenty were granted; three were withdrawn when the suspect was charged.",
         "Assured",
         "The Commissioner noted that Suffolk's use of orders compares well with similar forces."),
        ("2", "How does the Constabulary make sure that stalking is recognised when it is first reported as harassment?",
         "A review of 80 harassment reports found 19 that should have been recorded as stalking. A new checklist was added to the crime recording system in April 2026, but its effect has not yet been measured.",
         "Partially assured",
         "The Commissioner asked for the review to be repeated in the autumn so that the effect of the checklist can be seen."),
        ("3", "What support is offered to victims of stalking while an investigation is ongoing?",
         "Victims are referred to the independent stalking advocacy service commissioned by the Commissioner. Referral rates have risen from 48% to 73% of eligible victims in a year.",
         "Assured",
         "The Commissioner was pleased with the rise in referrals to the advocacy service."),
    ]
    rows = [("**Line of enquiry and response**", "**Assessment**")]
    for number, question, answer, level, comment in decisions:
        rows.append(((f"**{number}. {question}**", answer, f"*PCC comment: {comment}*"), f"**{level}**"))
        pack.record("assurance_decisions", question, meeting_date=notes_date, topic=topic, question_number=number,
                    question=question, evidence_summary=answer, assurance=_level(level), commentary=comment)
    pack.add(T(rows=tuple(rows), widths=(80, 20), header_rows=0, bordered=False))

    log = [
        ("1", "27/02/2026", "Constabulary to publish its response times by district on the website.", "31/05/2026", "Published in May 2026 and updated monthly.", "Closed"),
        ("2", "24/04/2026", "Chief Finance Officer to bring the estates strategy refresh to the Panel.", "24/07/2026", "Deferred to the September Panel to include the Martlesham site review.", "Open"),
        ("3", "29/05/2026", "Constabulary to repeat the review of harassment reports in the autumn.", "30/11/2026", "", "Not yet due"),
        ("4", "29/05/2026", "OPCC to share the stalking advocacy service's quarterly report with the Constabulary.", "30/06/2026", "Report shared on 18 June 2026.", "Closed"),
    ]
    pack.add(
        Break(),
        H("Action log", 2),
        T(rows=(("No.", "Date raised", "Action", "Due", "Update", "Status"),) + tuple(log),
          widths=(6, 12, 32, 11, 27, 12), header_rows=1),
        P("Closed actions are removed from the log after they have been reported to one meeting."),
    )
    for number, raised, text, _, update, status in log:
        day, month, year = raised.split("/")
        date = f"{year}-{month}-{day}"
        pack.record("actions", text, meeting_date=date, topic=topic if date == notes_date else None, number=number,
                    text=text, update=update or None, status="complete" if status == "Closed" else "outstanding",
                    status_source="status_column", source="action_tracker")
    pack.add(
        H("Item 4 – Tackling drug supply and county lines", 2),
        P("Report of the Chief Constable. The Commissioner will seek assurance on the following lines of enquiry at this meeting:"),
        Bul(("How many county lines have been closed in Suffolk in 2025/26?",
             "How are children exploited by county lines safeguarded once the line has been closed?")),
    )
    data = render_pdf(pack.blocks, look, title="Accountability and Performance Panel 24 July 2026",
                      author="Suffolk OPCC")
    pack.records["documents"][0]["pages"] = set_pdf_pages(data, pack.records)
    return data, pack.records


# --- 6. Staffordshire: a coloured view in a landscape table, a tick log (PDF) --

def staffordshire() -> tuple[bytes, dict]:
    pack = Pack()
    org = "Staffordshire Commissioner for Police, Fire and Rescue and Crime"
    force, when = "Staffordshire Police", "2026-07-30"
    notes_date, topic = "2026-06-25", "Neighbourhood policing"
    document(pack, file_type="pdf", title="Public Performance Meeting", force=force, organisation=org,
             meeting_date=when)
    items = [
        ("1", "Introduction and apologies", "Commissioner"),
        ("2", "Notes of the previous meeting and actions", "Head of Governance"),
        ("3", "Public contact: 999, 101 and online reporting", "Chief Superintendent, Contact"),
        ("4", "Questions from the public", "Commissioner"),
    ]
    pack.add(
        H("Public Performance Meeting", 1),
        P("Staffordshire Commissioner for Police, Fire and Rescue and Crime – Thursday 30 July 2026, 2pm, Block 9, Weston Road, Stafford"),
        P("**Focus of the meeting:** Public contact"),
        T(rows=(("Item", "Business", "Lead"),) + tuple(items), widths=(8, 62, 30), header_rows=1),
    )
    pack.record("meetings", None, meeting_date=when, topic="Public contact", organisation=org,
                title="Public Performance Meeting")
    agenda(pack, when, items)

    heading = "Public Performance Meeting – Notes – 25 June 2026"
    pack.add(
        H(heading, 2),
        P("**Focus of the meeting:** Neighbourhood policing. **Present:** the Commissioner; the Chief Constable; the Assistant Chief Constable, Local Policing; the Chief Executive (OPFCC)."),
        P("The Commissioner's view on each question is shown in colour: {#00b050|green} – assured; {#ffc000|amber} – partly assured; {#ff0000|red} – not assured."),
    )
    pack.record("meetings", heading, meeting_date=notes_date, topic=topic, organisation=org, title=heading)
    decisions = [
        ("NP1", "How many neighbourhood officers and PCSOs are abstracted to response duties each week, and what is being done to protect their time in communities?",
         "On average 14% of neighbourhood shifts were lost to abstraction in 2025/26, against a target of 10%. A new protected-time policy signed off in May 2026 limits abstractions to critical incidents.",
         ("Partly assured", AMBER),
         "The policy is welcome but it is too early to see its effect; the Commissioner will look at abstraction figures again in December."),
        ("NP2", "How does the Force know that local priorities set with communities are acted upon?",
         "Every neighbourhood team publishes three priorities each quarter and reports progress at local meetings. An audit of 40 priorities found that 37 had a documented problem-solving plan.",
         ("Assured", GREEN),
         "The Commissioner was assured by the audit results and the openness of the reporting."),
        ("NP3", "What is the Force doing to raise public confidence in neighbourhood policing in the north of the county?",
         "Confidence in the north fell from 71% to 63% in the latest survey. The Force has not yet set out a plan for the north specifically.",
         ("Not assured", RED),
         "A plan for raising confidence in the north is required by the next meeting on this focus."),
    ]
    rows = [("Ref", "Question", "What the Force told us", "Commissioner's view")]
    for ref, question, answer, (level, colour), comment in decisions:
        rows.append((ref, question, answer, ("**{%s|%s}**" % (colour, level), comment)))
        pack.record("assurance_decisions", question, meeting_date=notes_date, topic=topic, question_number=ref,
                    question=question, evidence_summary=answer, assurance=_level(level), commentary=comment)
    pack.add(T(rows=tuple(rows), widths=(7, 28, 38, 27), header_rows=1))

    log = [
        ("PPM 26-05", "21/05/2026", "Chief Constable to publish the neighbourhood team contact details for every ward.", "Done – published on the Force website on 12 June 2026.", "✓"),
        ("PPM 26-06", "21/05/2026", "OPFCC to add a question on neighbourhood policing to the Feeling the Difference survey.", "Question added for the July survey wave.", "✓"),
        ("PPM 26-07", "25/06/2026", "Force to report abstraction figures for neighbourhood teams each quarter.", "First report due in October 2026.", "✗"),
        ("PPM 26-08", "25/06/2026", "Force to bring a plan for raising confidence in the north of the county.", "Work has started with the north local policing team; no plan yet.", "✗"),
    ]
    pack.add(
        H("Actions", 2),
        P("✓ = done; ✗ = not yet done. Done actions are reported once and then removed."),
        T(rows=(("Ref", "Meeting", "Action", "Progress", "Done"),) + tuple(log), widths=(10, 11, 38, 33, 8),
          header_rows=1),
    )
    for ref, raised, text, update, mark in log:
        day, month, year = raised.split("/")
        date = f"{year}-{month}-{day}"
        pack.record("actions", text, meeting_date=date, topic=topic if date == notes_date else None, number=ref,
                    text=text, update=update, status="complete" if mark == "✓" else "outstanding",
                    status_source="status_column", source="action_tracker")
    pack.add(
        Break(),
        H("Item 3 – Public contact: 999, 101 and online reporting", 2),
        P("The Commissioner will ask the Force:"),
        Num(("What proportion of 101 calls were abandoned in the last quarter, and why?",
             "How quickly are online reports reviewed and allocated?",
             "What does the public say about its contact with the Force?")),
        P("**Performance summary (June 2026)**"),
        T(rows=(("Measure", "June 2026", "Target", "RAG"),
                ("999 calls answered within 10 seconds", "93%", "90%", "Green"),
                ("101 calls abandoned", "17%", "10%", "Red"),
                ("Online reports reviewed within 24 hours", "81%", "85%", "Amber")),
          widths=(50, 16, 16, 18), header_rows=1,
          fills={(1, 3): "#c6efce", (2, 3): "#ffc7ce", (3, 3): "#ffeb9c"}),
    )
    look = PdfLook(landscape=True, margin=48, footer="Staffordshire Commissioner's Office – Public Performance Meeting")
    data = render_pdf(pack.blocks, look, title="Public Performance Meeting 30 July 2026", author="Staffordshire OPFCC")
    pack.records["documents"][0]["pages"] = set_pdf_pages(data, pack.records)
    return data, pack.records


# --- 7. London: a Word decision table and an "Actions agreed" list (DOCX) -----

def london() -> tuple[bytes, dict]:
    pack = Pack()
    org = "Deputy Mayor for Policing and Crime"
    force, when = "Metropolitan Police Service", "2026-07-16"
    notes_date, topic = "2026-06-18", "Knife crime and violence affecting young people"
    document(pack, file_type="docx", title="MOPAC Oversight Board", force=force, organisation=org, meeting_date=when)
    items = [
        ("1", "Welcome and apologies", "DMPC"),
        ("2", "Record of the meeting held on 18 June 2026", "MOPAC Director of Strategy"),
        ("3", "Action tracker", "MOPAC Board Secretary"),
        ("4", "Public confidence and trust", "Deputy Commissioner"),
        ("5", "Victims' experience of the criminal justice system", "MOPAC Director of Commissioning"),
        ("6", "Any other business", "DMPC"),
    ]
    pack.add(
        P("**MAYOR OF LONDON – OFFICE FOR POLICING AND CRIME**"),
        H("MOPAC Oversight Board", 1),
        P("Chair: Deputy Mayor for Policing and Crime"),
        P("Date: Thursday 16 July 2026   Time: 09:30 – 11:30   Location: City Hall, Kamal Chunchie Way, and MS Teams"),
        H("Agenda", 2),
    )
    for number, title, presenter in items:
        pack.add(P(f"{number}.\t{title} – {presenter}"))
    pack.add(P("The Board is the Deputy Mayor's formal means of holding the Commissioner to account. Internal audit's "
               "annual opinion, which gives limited assurance on the MPS's management of overtime, is reported "
               "to the Audit Panel, not to this Board."))
    pack.record("meetings", None, meeting_date=when, topic=None, organisation=org, title="MOPAC Oversight Board")
    agenda(pack, when, items)

    heading = "Record of the MOPAC Oversight Board – 18 June 2026"
    pack.add(
        Break(),
        H(heading, 1),
        P("**Attendees:** Deputy Mayor for Policing and Crime (DMPC, Chair); MOPAC Chief Executive; MOPAC Director of Strategy; Deputy Commissioner; Assistant Commissioner, Frontline Policing; Commander, Violent Crime Taskforce."),
        H("1. Welcome and apologies", 2),
        P("The DMPC welcomed attendees. Apologies were received from the Commissioner."),
        H("2. Knife crime and violence affecting young people", 2),
        P("The Commander presented the MPS's violence reduction update. The DMPC's assessment of each question is recorded in the table below."),
    )
    pack.record("meetings", heading, meeting_date=notes_date, topic=topic, organisation=org, title=heading)
    decisions = [
        ("2.1", "How has knife crime with injury among under-25s changed in the twelve months to May 2026, and in which boroughs?",
         ("Knife crime with injury to under-25s fell by 9% across London, with the largest falls in four of the twelve priority boroughs.",
          "Two priority boroughs saw rises, which the MPS links to a small number of disputes between groups."),
         "Partially assured",
         "The DMPC welcomed the overall fall but asked for a focused plan for the two boroughs where injuries rose."),
        ("2.2", "How is the MPS working with the Violence Reduction Unit to divert young people away from violence after an arrest?",
         ("Every young person arrested for a weapons offence in custody is now offered a youth worker through the custody diversion programme, and take-up was 58% in the last quarter.",
          "Referral data are shared monthly with the Violence Reduction Unit."),
         "Assured",
         "The DMPC was assured by the take-up of the programme and the joint working with the Violence Reduction Unit."),
        ("2.3", "What does the MPS know about the disproportionality of stop and search for weapons among young Black men, and what is it doing about it?",
         ("Young Black men remain around four times more likely to be stopped for weapons than young white men. The MPS's community scrutiny groups reviewed body-worn video of 300 searches.",
          "The MPS has not yet published the action plan promised in its race action plan for this area."),
         "Not assured",
         "The DMPC expects the action plan to be published before the next Board on this topic."),
    ]
    rows = [("No.", "Question", "MPS response", "DMPC assessment")]
    for number, question, answer, level, comment in decisions:
        rows.append((number, question, tuple(answer), (f"**{level}**", comment)))
        pack.record("assurance_decisions", question, meeting_date=notes_date, topic=topic, question_number=number,
                    question=question, evidence_summary=" ".join(answer), assurance=_level(level),
                    commentary=comment)
    pack.add(T(rows=tuple(rows), widths=(7, 30, 40, 23), header_rows=1))
    agreed = [
        ("1", "The MPS to bring a focused plan for the two priority boroughs where knife injuries to under-25s rose."),
        ("2", "The MPS to publish its action plan on disproportionality in weapons searches."),
    ]
    pack.add(P("**Actions agreed**"), Num(tuple(text for _, text in agreed)))
    for number, text in agreed:
        pack.record("actions", text, meeting_date=notes_date, topic=topic, number=number, text=text, update=None,
                    status="unknown", status_source="none", source="action_list")
    pack.add(H("3. Any other business", 2), P("None."))

    tracker = [
        ("OB/26/03", "19/03/2026", "MOPAC to share the findings of the Public Attitude Survey boost sample with the MPS.", "Shared on 8 April 2026.", "Complete"),
        ("OB/26/06", "16/04/2026", "MPS to report the number of neighbourhood officers abstracted to public order duties.", "Figures for April and May provided; June to follow.", "Ongoing"),
        ("OB/26/09", "21/05/2026", "MPS to confirm when the new crime reporting website will go live.", "Go-live confirmed for 1 September 2026.", "Complete"),
    ]
    pack.add(
        Break(),
        H("Action tracker – actions from earlier meetings", 2),
        T(rows=(("Ref", "Meeting", "Action", "Update", "Status"),) + tuple(tracker), widths=(11, 12, 37, 28, 12),
          header_rows=1),
    )
    for ref, raised, text, update, status in tracker:
        day, month, year = raised.split("/")
        pack.record("actions", text, meeting_date=f"{year}-{month}-{day}", topic=None, number=ref, text=text,
                    update=update, status="complete" if status == "Complete" else "outstanding",
                    status_source="status_column", source="action_tracker")
    pack.add(
        H("Item 4 – Public confidence and trust: questions for the Board", 2),
        Bul(("What has the MPS learned from the latest Public Attitude Survey about confidence in each borough?",
             "How are neighbourhood teams using the survey findings in their local plans?")),
    )
    data = render_docx(pack.blocks, title="MOPAC Oversight Board 16 July 2026", author="MOPAC",
                       when=datetime(2026, 7, 9, 12, 0, 0), header=("MOPAC | OFFICIAL",), landscape_pages=True)
    set_docx_pages(pack.records)
    return data, pack.records


PACKS = {
    "lincolnshire-pcc-scrutiny-2026-07-08.pdf": lincolnshire,
    "durham-pcvc-ab-2026-07-14.docx": durham,
    "north-wales-pcc-seb-2026-07-21.pdf": north_wales,
    "greater-manchester-pab-2026-07-09.docx": greater_manchester,
    "suffolk-pcc-app-2026-07-24.pdf": suffolk,
    "staffordshire-ppm-2026-07-30.pdf": staffordshire,
    "london-mopac-ob-2026-07-16.docx": london,
}


def main() -> None:
    for name, build in PACKS.items():
        data, records = build()
        write(name, data, records)


if __name__ == "__main__":
    main()
