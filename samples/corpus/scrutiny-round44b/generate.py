"""Round 44b: nine scrutiny packs of offices (July-December 2032), written blind, and their gold in gold/
(held out in heldout/, scored once in session 11, then promoted). Run:

    .venv/bin/python samples/corpus/scrutiny-round44b/generate.py [NAME-PREFIX ...]

Every builder call that prints a question, an action row, an agenda row or a meeting heading also writes its
gold record, so the gold says what the page says. A PDF record's page is the first page whose pdfplumber text
or table cells hold the first 45 letters of its key text; the generator stops if a key is on no page or if a
word of a PDF table cell is not a word of the source (a word split by the renderer).
Names, figures and wording are invented.
"""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import datetime
from pathlib import Path

import pdfplumber
from docx import Document
from docx.shared import Twips

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import scrutiny_common  # noqa: E402,F401  (puts scrutiny-round3 on sys.path)
from office_pdf import docx_to_pdf  # noqa: E402
from render import _stable_zip, Break, Bul, H, Num, P, PdfLook, T, register_dejavu_serif, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
GREEN, AMBER, RED, GREY = "#00b050", "#ffc000", "#ff0000", "#a6a6a6"
CHECKED = ("Written blind for held-out round 44b; every record written by the builder call that prints it and "
           "checked against the rendered pages and `scrutiny inspect` (layout only) by the round's writer; the "
           "extractors were never run on it.")


class Pack:
    """The blocks of one pack and its gold records, written together."""

    def __init__(self, org: str, force: str, title: str, date: str) -> None:
        self.blocks: list = []
        self.words: set[str] = set()
        self.org, self.date = org, date
        self.rec: dict = {"documents": [{"page": None, "file_type": None, "doc_kind": "scrutiny_pack",
                                         "status": "ok", "publication_date": None, "title": title, "force": force,
                                         "organisation": org, "meeting_date": date}],
                          "meetings": [], "agenda_items": [], "assurance_decisions": [], "actions": [],
                          "grades": []}

    def add(self, *blocks) -> None:
        for block in blocks:
            self.blocks.append(block)
            if isinstance(block, T):
                for row in block.rows:
                    for cell in row:
                        for part in (cell if isinstance(cell, tuple) else (cell,)):
                            for text in (part.items if isinstance(part, Bul) else (part,)):
                                if text:
                                    self.words |= _words(str(text))

    def meeting(self, date: str, title: str, topic: str | None) -> None:
        self.rec["meetings"].append({"page": None, "meeting_date": date, "topic": topic, "organisation": self.org,
                                     "title": title})

    def agenda(self, rows, header, widths, bordered: bool = True) -> None:
        """rows: (number, title, presenter or None for an empty / dash cell, presenter as printed)."""
        self.add(T(rows=(header, *[(n, t, shown) for n, t, _, shown in rows]), widths=widths, header_rows=1,
                   bordered=bordered))
        for number, title, presenter, _ in rows:
            self.rec["agenda_items"].append({"page": None, "meeting_date": self.date, "number": number.rstrip("."),
                                             "title": title, "presenter": presenter})

    def decision(self, date, topic, number, question, evidence, level, commentary) -> None:
        self.rec["assurance_decisions"].append({"page": None, "meeting_date": date, "topic": topic,
                                                "question_number": number, "question": question,
                                                "evidence_summary": evidence, "assurance": level,
                                                "commentary": commentary})

    def action(self, date, topic, number, text, update, status, source, how) -> None:
        self.rec["actions"].append({"page": None, "meeting_date": date, "topic": topic, "number": number,
                                    "text": text, "update": update, "status": status, "status_source": source,
                                    "source": how})


def _words(text: str) -> set[str]:
    plain = re.sub(r"\*\*|\*|\{#[0-9a-fA-F]{6}\||\}", " ", text)
    return {w.strip(".,;:()'\"’‘–-?!/").lower() for w in plain.split()} - {""}


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def _set_pages(data: bytes, pack: Pack) -> None:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        texts, bags, outside = [], [], []
        for page in pdf.pages:
            cells = []
            rest = page
            for drawn in page.find_tables():
                rest = rest.outside_bbox(drawn.bbox)
            outside.append(_squash(rest.extract_text() or ""))
            for table in page.extract_tables():
                for row in table:
                    for cell in row:
                        if not cell:
                            continue
                        cells.append(cell)
                        bad = _words(cell.replace("\n", " ")) - pack.words - {"•", "o", "■"}
                        if bad:
                            raise SystemExit(f"split or stray words in a table cell: {sorted(bad)} in {cell!r}")
            texts.append(_squash((page.extract_text() or "") + " ".join(cells)))
            bags.append(_words(page.extract_text() or ""))
        pack.rec["documents"][0]["pages"] = len(pdf.pages)
    keys = {"meetings": "title", "agenda_items": "title", "assurance_decisions": "question", "actions": "text"}
    for kind, field in keys.items():
        for record in pack.rec[kind]:
            key = _squash(record[field])[:45]
            # a meeting starts at its heading, not at the agenda row that names its notes ahead of them
            found = [i + 1 for i, text in enumerate(outside) if key in text] if kind == "meetings" else []
            # a borderless cell's lines run into the next column's in the page text: its first six words
            found = (found or [i + 1 for i, text in enumerate(texts) if key in text]
                     or [i + 1 for i, bag in enumerate(bags) if _words(" ".join(record[field].split()[:6])) <= bag])
            if not found:
                raise SystemExit(f"not found in the PDF: {record[field]!r}")
            record["page"] = found[0]


def finish(name: str, pack: Pack, data: bytes) -> None:
    docs = pack.rec["documents"][0]
    if name.endswith(".pdf"):
        docs["file_type"] = "pdf"
        _set_pages(data, pack)
    else:
        docs["file_type"] = "docx"
    (HERE / name).write_bytes(data)
    gold = {"source_file": name, "expect": "ok", "checked": CHECKED, "records": pack.rec}
    (GOLD / f"{name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    pages = {t: [r["page"] for r in pack.rec[t]] for t in ("assurance_decisions", "actions")}
    print(f"{name}: {len(data)} bytes; {docs.get('pages')} pages; {pages}")


def pdf(pack: Pack, look: PdfLook, title: str) -> bytes:
    return render_pdf(pack.blocks, look, title, pack.org)


def docx(pack: Pack, title: str, when: str, header: tuple[str, ...] = (), landscape_pages: bool = False) -> bytes:
    data = render_docx(pack.blocks, title=title, author=pack.org, when=datetime.fromisoformat(when),
                       header=header, landscape_pages=landscape_pages)
    return _grid_as_cells(data)


def _grid_as_cells(data: bytes) -> bytes:
    """Each table's grid columns as wide as its first row's cells, as Word writes them (python-docx leaves the
    grid at equal widths, which LibreOffice follows)."""
    document = Document(io.BytesIO(data))
    for table in document.tables:
        widths = [tc.tcPr.tcW.w for tc in table._tbl.tr_lst[0].tc_lst]
        for col, width in zip(table._tbl.tblGrid.gridCol_lst, widths):
            col.w = Twips(width)  # tcW holds twips; the grid takes a Length
    out = io.BytesIO()
    document.save(out)
    return _stable_zip(out.getvalue())


# --- 1. Bedfordshire: reportlab, Common (the reference pack's table, running over a page break) ------------------
def bedfordshire() -> tuple[Pack, bytes]:
    org, date, prev = "Police and Crime Commissioner for Bedfordshire", "2032-09-22", "2032-07-21"
    p = Pack(org, "Bedfordshire Police", "Scrutiny Meeting", date)
    p.add(P("**Police and Crime Commissioner for Bedfordshire**", size=14), H("Scrutiny Meeting"),
          P("Wednesday 22nd September 2032, 10:00, Force Headquarters, Kempston"))
    p.meeting(date, "Scrutiny Meeting", None)
    p.add(H("Agenda", 2))
    p.agenda([("1", "Welcome and Apologies", "PCC", "PCC"),
              ("2", "Draft Notes – Scrutiny Meeting (Rural Crime) – 21 July 2032", "PCC", "PCC"),
              ("3", "Scrutiny Action Log", "Head of Scrutiny", "Head of Scrutiny"),
              ("4", "Road Safety and the Fatal Four", "ACC Operations", "ACC Operations"),
              ("5", "Any Other Business", "All", "All")], ("Item", "Title", "Presented by"), (10, 62, 28))
    p.add(Break())
    title = "DRAFT NOTES – SCRUTINY MEETING (RURAL CRIME) – 21 JULY 2032"
    p.add(H(title, 2))
    p.meeting(prev, title, "Rural Crime")
    p.add(P("Present: Police and Crime Commissioner (Chair); Deputy Chief Constable; Chief Inspector, Rural Crime "
            "Team; Head of Scrutiny (OPCC); Scrutiny Officer (notes)."),
          P("**1. Welcome and apologies.** The PCC welcomed everyone. Apologies were received from the Chief "
            "Constable and the Chief Executive of the OPCC."),
          P("**2. Notes of the last meeting and action log.** The notes of the meeting of 19 May 2032 were agreed "
            "as a true record. Progress on the action log was noted (see the Scrutiny Action Log)."),
          P("**3. Rural Crime.** The Deputy Chief Constable introduced the paper, which set out the Force's rural "
            "crime strategy, the growth of the Rural Crime Team and the work with the farming community, the "
            "National Farmers' Union and the county's parish councils. The PCC put the questions below, which had "
            "been sent to the Force in advance of the meeting. The Chief Inspector of the Rural Crime Team "
            "answered on the detail."))
    qs = [("What has the Force done since the last review to improve its response to theft of farm machinery "
           "and vehicles across the county?",
           ("The Rural Crime Team grew from four to seven officers in April 2032.",
            "Reports of plant and machinery theft fell by 18% in the year to June 2032.",
            "Tracker devices are now offered to every victim through the farm watch scheme."),
           "Assured", "The PCC thanked the team and asked that the farm watch scheme be promoted at the county show."),
          ("How does the Force make sure that every report of livestock worrying is recorded and investigated, "
           "and that victims are kept informed of the outcome?",
           ("An audit of 60 reports found 49 recorded correctly; 11 had been closed as incidents without a crime "
            "being recorded.",
            "Victim contact was recorded in 38 of the 49 crimes.",
            "A briefing for the control room has been written but has not yet been delivered to all shifts.",
            "The Chief Inspector explained that the new recording guidance would be issued in August."),
           "Partly Assured", "The PCC asked to see the results of a repeat audit once the briefing has been "
                             "delivered to every shift."),
          ("What is the Force doing to tackle heritage crime and the theft of metal from churches and listed "
           "buildings?",
           ("Heritage crime is now a standing item at the rural partnership meeting.",
            "Two arrests were made in June 2032 after thefts of lead from three churches near Biggleswade.",
            "There is no single owner for heritage crime in the Force and no data set that identifies it."),
           "Not Assured", "The PCC was concerned that heritage crime has no owner and asked for a named lead."),
          ("How are rural communities told what the Rural Crime Team is doing in their area?",
           ("A monthly rural newsletter reaches 2,400 subscribers.",
            "Parish council surgeries are held each quarter in every rural ward.",
            "Surveys show that confidence among rural residents rose from 61% to 66%."),
           "Assured", "The PCC welcomed the newsletter and the surgeries."),
          ("How is wildlife crime recorded and how many officers are trained to investigate it?",
           ("Twelve officers hold the wildlife crime qualification, at least one on each shift pattern.",
            "Wildlife crimes are flagged on the records system and reviewed weekly by the team sergeant.",
            "Forty-one wildlife crimes were recorded in 2031/32, most of them hare coursing and the disturbance of "
            "nesting birds.",
            "The Force works with the national wildlife crime unit on the poisoning of birds of prey."),
           "Assured", "The PCC noted the training and had no further questions.")]
    rows = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    for n, (question, evidence, level, comment) in enumerate(qs, 1):
        rows.append((f"{n}. {question}", (Bul(evidence),), (f"**{level}**", f"*{comment}*")))
        p.decision(prev, "Rural Crime", str(n), question, " ".join(evidence), level.capitalize(), comment)
    p.add(T(rows=tuple(rows), widths=(30, 48, 22), header_rows=1))
    acts = ["That the Force provide the OPCC with the results of a repeat audit of livestock worrying reports.",
            "That the Deputy Chief Constable name a chief officer lead for heritage crime."]
    p.add(H("Actions", 3), Num(tuple(acts)))
    p.add(Break(), H("Scrutiny Action Log 2032/33", 2))
    log = [("SM 32/09", "13/05/2032", "Share the draft rural crime strategy with the OPCC before it is signed off.",
            "The draft was shared on 2 June 2032 and the OPCC's comments were included.", "Complete", None, "2032-05-13"),
           ("SM 32/11", "13/05/2032", "Report the number of rural crime calls answered within the target time.",
            "Data requested from the contact centre; expected at the October meeting.", "Open", None, "2032-05-13"),
           ("SM 32/14", "21/07/2032", acts[0], "The control room briefing finished on 30 August; the audit is "
            "booked for October 2032.", "In progress", "Rural Crime", prev),
           ("SM 32/15", "21/07/2032", acts[1], "ACC Operations was named heritage crime lead on 4 August 2032.",
            "Complete", "Rural Crime", prev)]
    p.add(T(rows=(("Ref", "Date raised", "Action", "Update", "Status"),
                  *[(r, d, a, u, s) for r, d, a, u, s, _, _ in log]), widths=(13, 13, 30, 30, 14), header_rows=1))
    for ref, _, text, update, status, topic, raised in log:
        p.action(raised, topic, ref, text, update, "complete" if status == "Complete" else "outstanding",
                 "status_column", "action_tracker")
    return p, pdf(p, PdfLook(header="Bedfordshire OPCC – Scrutiny Meeting 22/09/2032",
                             footer="OFFICIAL"), "Scrutiny Meeting")



# --- 2. Cambridgeshire: Word -> PDF, Common ("Assurance level:" lines; coloured squares with a legend) ---------
def cambridgeshire() -> tuple[Pack, bytes]:
    org = "Police and Crime Commissioner for Cambridgeshire and Peterborough"
    date, prev = "2032-10-13", "2032-08-11"
    p = Pack(org, "Cambridgeshire Constabulary", "Accountability Board", date)
    p.add(P("**Office of the Police and Crime Commissioner for Cambridgeshire and Peterborough**"),
          H("Accountability Board"), P("Date: 13/10/2032   Time: 14:00   Venue: Hinchingbrooke Park, Huntingdon"),
          P("**Theme:** Public contact and 101"))
    p.meeting(date, "Accountability Board", "Public contact and 101")
    p.agenda([("1.", "Apologies and declarations of interest", "Chair", "Chair"),
              ("2.", "Minutes of the Accountability Board held on 11 August 2032", "Chair", "Chair"),
              ("3.", "Action log", "OPCC Governance Manager", "OPCC Governance Manager"),
              ("4.", "Public contact and 101 performance", "ACC Local Policing", "ACC Local Policing"),
              ("5.", "Date of next meeting", None, "–")], ("No.", "Item", "Lead"), (8, 62, 30))
    p.add(Break())
    title = "Minutes of the Accountability Board held on 11 August 2032"
    p.add(H(title, 2))
    p.meeting(prev, title, "Shoplifting and retail crime")
    p.add(P("**Present:** PCC (Chair), Deputy PCC, Chief Constable, ACC Crime, OPCC Chief Executive, OPCC "
            "Governance Manager (minutes)."),
          H("1. Apologies and declarations of interest", 3), P("None received."),
          H("2. Minutes and action log", 3), P("The minutes of 9 June 2032 were agreed. The action log was noted."),
          H("3. Shoplifting and retail crime", 3),
          P("The ACC Crime presented the paper. The PCC asked the following questions."))
    qs = [("How has the Force responded to the rise in shoplifting reported by city centre retailers since "
           "January 2032?",
           "Reports rose by 27% in the year. A retail crime coordinator was appointed in March and every report "
           "is now reviewed within 24 hours. Charges for repeat offenders doubled.",
           "Assured", "The PCC welcomed the coordinator role."),
          ("What proportion of shoplifting reports are attended, and how does the Force decide which to attend?",
           "Attendance is set by the threat, harm and risk of each report; 44% were attended in June. Retailers "
           "told the OPCC they do not know why some reports are not attended.",
           "Partially assured", "The PCC asked that the attendance policy be explained to the business crime "
                                "forum."),
          ("How are retail staff who suffer violence or abuse at work supported by the Force?",
           "Assaults on retail staff are flagged, but the flag was used in fewer than half of the cases audited, "
           "and victims are not always referred to support.",
           "Not assured", "The PCC wants the flag used on every case and a referral offered to each victim.")]
    for n, (q, ev, level, comment) in enumerate(qs, 1):
        p.add(P(f"**Question {n}:** {q}"), P(f"*Response:* {ev}"), P(f"**Assurance level:** {level}"),
              P(f"**PCC comment:** {comment}"))
        p.decision(prev, "Shoplifting and retail crime", str(n), q, ev,
                   {"Assured": "Assured", "Partially assured": "Partly assured", "Not assured": "Not assured"}[level],
                   comment)
    acts = [("AB 32/27", "ACC Crime to present the shoplifting attendance policy to the business crime forum."),
            ("AB 32/28", "ACC Crime to audit the use of the retail staff assault flag and report the results to "
                         "the PCC.")]
    p.add(P("**Actions arising:**"))
    for ref, text in acts:
        p.add(P(f"**{ref}:** {text}"))
    p.add(H("4. Any other business", 3), P("There was no other business."), Break())
    p.add(H("Action Log", 2),
          P("Key: {#00b050|■} = Action complete   {#ff0000|■} = Action outstanding"))
    # the pack minutes no meeting on hate crime and its log prints no date: where those rows were raised is unknown
    log = [("Hate crime", "AB 32/19", "Share the hate crime victim survey results with the OPCC.",
            "Survey results shared on 21 July 2032.", GREEN, None),
           ("Hate crime", "AB 32/20", "Review third party reporting centres with the community safety partnerships.",
            "Review under way; a report will come to the December Board.", RED, None),
           ("Shoplifting and retail crime", *acts[0], "Presented to the business crime forum on 15 September "
            "2032.", GREEN, prev),
           ("Shoplifting and retail crime", *acts[1], "Audit started; results due in November.", RED, prev)]
    rows = [("Topic", "Ref", "Action", "Update", "")]
    for topic, ref, text, update, colour, raised in log:
        rows.append((topic, ref, text, update, f"{{{colour}|■}}"))
        p.action(raised, topic, ref, text, update, "complete" if colour == GREEN else "outstanding",
                 "glyph_colour", "action_tracker")
    rows[2] = (None, *rows[2][1:])
    rows[4] = (None, *rows[4][1:])
    p.add(T(rows=tuple(rows), widths=(20, 12, 32, 30, 6), header_rows=1, spans=((1, 0, 2, 1), (3, 0, 2, 1))))
    data = docx_to_pdf(docx(p, "Accountability Board", "2032-10-06T09:00:00"))
    return p, data



# --- 3. Dyfed-Powys: Word, Common (an Outcome column; notes of two items; a Progress | Status log) ----------
def dyfed_powys() -> tuple[Pack, bytes]:
    org, date, prev = "Police and Crime Commissioner for Dyfed-Powys", "2032-11-09", "2032-09-14"
    p = Pack(org, "Dyfed-Powys Police", "Policing Accountability Board", date)
    p.add(P("**Police and Crime Commissioner for Dyfed-Powys**", size=13), H("Policing Accountability Board"),
          P("Tuesday 9 November 2032, 10.00am – Police Headquarters, Carmarthen"))
    p.meeting(date, "Policing Accountability Board", None)
    p.agenda([("1", "Welcome and apologies", "Commissioner", "Commissioner"),
              ("2", "Notes of the meeting held on 14 September 2032", "Commissioner", "Commissioner"),
              ("3", "Action log", "Head of Assurance", "Head of Assurance"),
              ("4", "Rural and wildlife crime", "ACC", "ACC"),
              ("5", "Complaints and misconduct", "DCC", "DCC"),
              ("6", "Any other business", None, "")], ("Item", "Title", "Presenter"), (10, 65, 25))
    p.add(Break())
    title = "Notes of the Policing Accountability Board – 14 September 2032"
    p.add(H(title, 2))
    p.meeting(prev, title, None)
    p.add(P("Present: Commissioner (Chair), Chief Constable, Deputy Chief Constable, Assistant Chief Constable, "
            "OPCC Chief Executive, Head of Assurance."),
          P("**1. Welcome and apologies** – no apologies were received."),
          P("**2. Notes and action log** – the notes of 13 July 2032 were agreed; the action log was reviewed."))
    items = [("3", "Drug-related harm", [
                ("How is the Force working with health partners to reduce drug-related deaths in the four counties?",
                 "A drug-related death panel meets monthly with the health board; naloxone is carried by 310 "
                 "officers and was used 14 times this year.", "Assured", "The Commissioner praised the naloxone "
                 "roll-out."),
                ("What is the Force doing to disrupt county lines that run into Ceredigion and Powys?",
                 "Nine lines were closed this year. Intelligence from schools is not shared in a consistent way "
                 "and the Force could not say how many children were referred for support.", "Partly assured",
                 "The Commissioner asked for the referral figures.")],
              ("PAB 32/31", "ACC to report the number of children referred for support after county lines "
                            "operations.")),
             ("4", "Missing children", [
                ("How quickly are return home interviews completed for children who go missing from care?",
                 "Interviews are commissioned from the local authorities; only 52% were completed within 72 hours "
                 "and the Force does not receive the results in every case.", "Not assured",
                 "The Commissioner will raise the timeliness of interviews with the local authorities."),
                ("How does the Force identify children who go missing repeatedly?",
                 "A weekly list of children missing three or more times in 90 days goes to the missing persons "
                 "coordinator and the exploitation hub.", "Assured", None)],
              ("PAB 32/32", "DCC to agree a timescale for sharing return home interview results with each local "
                            "authority."))]
    for num, topic, qs, (ref, text) in items:
        p.add(P(f"**{num}. {topic}**"))
        rows = [("No.", "Question", "Response", "Outcome", "Comments")]
        for n, (q, ev, level, comment) in enumerate(qs, 1):
            rows.append((f"Q{n}", q, ev, level, comment or ""))
            p.decision(prev, topic, str(n), q, ev, level, comment)
        p.add(T(rows=tuple(rows), widths=(7, 27, 34, 12, 20), header_rows=1))
        p.add(P(f"**Action {ref}** – {text}"))
    p.add(P("**5. Any other business** – none."), Break(), H("Action log", 2))
    log = [("PAB 32/24", "13 July 2032", "Publish the Force's response to the rural crime survey.",
            "Published on the Force website on 2 August 2032.", "Complete", None, "2032-07-13"),
           ("PAB 32/26", "13 July 2032", "Brief the Commissioner on the new custody healthcare contract.", "",
            "Not started", None, "2032-07-13"),
           ("PAB 32/31", "14 September 2032", items[0][3][1], "Figures collated for the last quarter; the full "
            "year will follow in December.", "Ongoing", "Drug-related harm", prev),
           ("PAB 32/32", "14 September 2032", items[1][3][1], "Agreed with three of the four authorities; Powys "
            "has agreed to share from January 2033.", "Complete", "Missing children", prev)]
    p.add(T(rows=(("Ref", "Meeting", "Action", "Progress", "Status"),
                  *[(r, m, a, u, s) for r, m, a, u, s, _, _ in log]), widths=(13, 15, 30, 30, 12), header_rows=1))
    for ref, _, text, update, status, topic, raised in log:
        p.action(raised, topic, ref, text, update or None, "complete" if status == "Complete" else "outstanding",
                 "status_column", "action_tracker")
    return p, docx(p, "Policing Accountability Board", "2032-11-02T09:00:00")


# --- 4. Gwent: reportlab landscape, Common (a Level of assurance column; RAG shading under a key line) --------
def gwent() -> tuple[Pack, bytes]:
    org, date, prev = "Police and Crime Commissioner for Gwent", "2032-10-03", "2032-08-01"
    p = Pack(org, "Gwent Police", "Accountability and Assurance Board", date)
    p.add(P("**Office of the Police and Crime Commissioner for Gwent**", size=13),
          H("Accountability and Assurance Board"), P("Date: 03/10/2032     Venue: Police Headquarters, Cwmbran"))
    p.meeting(date, "Accountability and Assurance Board", None)
    p.agenda([("1", "Welcome and apologies", "PCC", "PCC"),
              ("2", "Minutes and actions of the last meeting", "PCC", "PCC"),
              ("3", "Neighbourhood policing", "ACC Operations", "ACC Operations"),
              ("4", "Anti-social behaviour", "Chief Superintendent, Local Policing", "Chief Superintendent, Local Policing"),
              ("5", "Any other business", "All", "All")], ("Item", "Title", "Lead officer"), (8, 55, 37))
    title = "Minutes of the Accountability and Assurance Board – 1st August 2032"
    p.add(Break(), H(title, 2))
    p.meeting(prev, title, "Serious violence")
    p.add(P("1. Apologies: none. 2. The minutes of 6 June 2032 were agreed and the actions reviewed. 3. Finance "
            "update: noted (no questions were put)."),
          P("**4. Serious violence**"),
          P("The Head of Crime presented the Force's serious violence paper. The PCC's questions, the evidence and "
            "the level of assurance given are recorded below."))
    qs = [("How has the Force used the Serious Violence Duty funding in Newport and Cardiff Road?",
           ("The funding paid for two youth workers in the custody suite and a hotspot patrol plan. Knife crime "
            "with injury fell by 11% across Newport in the year to June 2032."),
           "Assured", "The PCC welcomed the fall and the youth work."),
          ("How is the Force making sure that the serious violence hotspot patrols are visible and are reaching "
           "the streets where the harm is greatest, and how are the patrols recorded?",
           ("Patrols are planned from the weekly hotspot map. GPS data show that 68% of the planned patrol time "
            "was spent in the hotspots; the remainder was lost to calls for service. The patrols are recorded on "
            "the duty system but the records do not yet show what was done on each patrol."),
           "Partially assured", "The PCC asked for the patrol records to show activity and outcomes."),
          ("What difference have the violence reduction unit's school programmes made to exclusions for "
           "carrying weapons?",
           ("The programmes started in April; exclusion data for the school year will not be available until "
            "October 2032."),
           "Not assessed", "The PCC deferred a level until the exclusion data are available.")]
    rows = [("Ref", "Question", "Summary of evidence", "Level of assurance", "PCC comments")]
    for n, (q, ev, level, comment) in enumerate(qs, 1):
        rows.append((f"SV{n}", q, ev, level, comment))
        p.decision(prev, "Serious violence", f"SV{n}", q, ev,
                   {"Assured": "Assured", "Partially assured": "Partly assured", "Not assessed": None}[level],
                   comment)
    p.add(T(rows=tuple(rows), widths=(6, 28, 36, 12, 18), header_rows=1))
    acts = [("AAB 32/17", "Head of Crime to add activity and outcome fields to the hotspot patrol records."),
            ("AAB 32/18", "Violence reduction unit to bring the school exclusion data to the December Board.")]
    p.add(P("**Actions**"), Bul(tuple(f"{r} – {t}" for r, t in acts)), Break(), H("Action Tracker", 2),
          P("RAG key: green – complete; amber – in progress; red – not started or overdue."))
    log = [("AAB 32/09", "06/06/2032", "Publish the stop and search scrutiny panel's annual report.",
            "Published on 1 July 2032.", GREEN, None, "2032-06-06"),
           ("AAB 32/11", "06/06/2032", "Review the use of dispersal orders in Pontypool town centre.",
            "Review delayed by the summer events programme; now due in November.", RED, None, "2032-06-06"),
           ("AAB 32/17", "01/08/2032", acts[0][1], "New fields added to the duty system on 12 September; "
            "training for supervisors in progress.", AMBER, "Serious violence", prev),
           ("AAB 32/18", "01/08/2032", acts[1][1], "Data requested from the local authorities.", AMBER,
            "Serious violence", prev)]
    rows = [("Ref", "Date raised", "Action", "Update", "RAG")]
    fills = {}
    for i, (ref, raised_shown, text, update, colour, topic, raised) in enumerate(log, 1):
        rows.append((ref, raised_shown, text, update, ""))
        fills[(i, 4)] = colour
        p.action(raised, topic, ref, text, update, "complete" if colour == GREEN else "outstanding",
                 "cell_shading", "action_tracker")
    p.add(T(rows=tuple(rows), widths=(10, 11, 36, 36, 7), header_rows=1, fills=fills))
    return p, pdf(p, PdfLook(landscape=True, margin=50, footer="Gwent OPCC – Accountability and Assurance Board"),
                  "Accountability and Assurance Board")



# --- 5. Northamptonshire: Word -> PDF with the borders off, Common (PFCC Decision column; Status column) -------
def northamptonshire() -> tuple[Pack, bytes]:
    org = "Police, Fire and Crime Commissioner for Northamptonshire"
    date, prev = "2032-12-01", "2032-10-06"
    p = Pack(org, "Northamptonshire Police", "Accountability Board", date)
    p.add(P("**Northamptonshire Police, Fire and Crime Commissioner**", size=13), H("Accountability Board"),
          P("1st December 2032, 13:30 – Darby House, Northampton"), P("**Theme:** Neighbourhood policing"))
    p.meeting(date, "Accountability Board", "Neighbourhood policing")
    p.agenda([("1", "Welcome and introductions", "PFCC", "PFCC"),
              ("2", "Previous minutes and action log", "Chief of Staff", "Chief of Staff"),
              ("3", "Neighbourhood policing and the local policing model", "ACC", "ACC"),
              ("4", "Date of next meeting", None, "–")], ("Item", "Agenda item", "Lead"), (10, 70, 20),
             bordered=False)
    title = "ACCOUNTABILITY BOARD – Minutes – 6th October 2032"
    p.add(Break(), H(title, 2))
    p.meeting(prev, title, "Domestic abuse")
    p.add(P("**1. Welcome and introductions.** Attendees: PFCC (Chair); Chief of Staff; Chief Constable; Deputy "
            "Chief Constable; Head of Public Protection; OPCC Assurance Lead (minutes)."),
          P("**2. Previous minutes and action log.** The minutes of 4th August 2032 were agreed. The Chief of Staff "
            "took the Board through the action log; the updates are shown in the log at the end of this pack. The "
            "PFCC noted that the response times for rural areas had been provided and asked that they be "
            "published with the quarterly performance report."),
          P("**3. Domestic abuse**"),
          P("The Head of Public Protection presented a paper on the Force's response to domestic abuse. The PFCC's "
            "questions and his decision on each are set out below."),
          P("The paper reported 11,480 domestic abuse incidents and crimes in the year to August 2032, 4% fewer "
            "than the year before; the arrest rate rose from 31% to 36% and the charge rate from 9% to 11%. The "
            "proportion of victims who supported a prosecution fell slightly, which the Head of Public Protection "
            "linked to the time taken to bring cases to court. The specialist domestic abuse teams now cover all "
            "three local policing areas, and 140 officers have completed the new coercive control training, with "
            "the remainder booked before March 2033. The PFCC welcomed the rise in arrests but noted that the "
            "outcomes for victims remain his main concern."),
          P("The Chief Constable added that the Force had taken part in the regional review of domestic homicide "
            "reviews, that the learning from the two reviews published this year had been briefed to every "
            "response team, and that the Force would host the regional practitioners' conference in November. "
            "The PFCC asked to be sent the date of the conference so that his office could attend. The Deputy "
            "Chief Constable said that the Force's domestic abuse problem profile would be refreshed in the new "
            "year with the community safety partnerships, and that victims' views would be gathered through the "
            "independent domestic violence advisers."))
    qs = [("How has the Force improved the quality of risk assessments at domestic abuse incidents?",
           "A new risk assessment form went live in June; supervisors review every high-risk case within 24 "
           "hours. A sample audit found 91% of forms fully completed.", "Assured",
           "The PFCC thanked the team for the audit."),
          ("How many domestic abuse protection orders have been applied for, and why were some refused by the "
           "courts?",
           "Forty-two orders were applied for since April and 35 granted. Refusals were not analysed, and the "
           "Force could not say whether the same reasons recurred.", "Partly assured",
           "The PFCC asked for an analysis of the refusals."),
          ("How are victims kept informed when a suspect is released on bail or under investigation?",
           "Victims should be told within 24 hours. A dip sample found that this happened in only 58% of cases "
           "and that the reasons were not recorded.", "Not assured",
           "The PFCC will return to this question at a future Board."),
          ("What support is given to children who live in households where domestic abuse is reported, and how "
           "does the Force make sure that schools are told before the next school day?",
           "Operation Encompass notifications are sent to schools by 9am on the next school day. In the last "
           "quarter 1,214 notifications were sent and 97% arrived on time; the late ones followed incidents on "
           "Sunday evenings, when the notification team is not on duty. Referrals to children's services are "
           "made for every child present at a high-risk incident, and the Force has funded a children's "
           "independent domestic violence adviser since April 2032.", "Assured",
           "The PFCC asked that Sunday cover for the notification team be considered.")]
    rows = [("No.", "Question", "Evidence", "PFCC Decision")]
    for n, (q, ev, level, comment) in enumerate(qs, 1):
        rows.append((f"{n}.", q, ev, (f"**{level}**", comment)))
        p.decision(prev, "Domestic abuse", str(n), q, ev, level, comment)
    p.add(T(rows=tuple(rows), widths=(6, 30, 40, 24), header_rows=1, bordered=False))
    acts = ["Head of Public Protection to analyse the domestic abuse protection orders refused by the courts.",
            "DCC to set a standard for informing victims of a suspect's release and to audit it quarterly."]
    p.add(P("**Actions**"), Bul(tuple(acts)), P("**4. Date of next meeting:** 1st December 2032."), Break())
    p.add(H("Action log", 2))
    log = [("AB 32/52", "04/08/2032", "Provide the PFCC with the response times for rural areas by beat.",
            "Provided to the PFCC on 30 August 2032.", "Complete", None, "2032-08-04"),
           ("AB 32/55", "04/08/2032", "Present the neighbourhood policing model review to the Board.",
            "On the agenda of this meeting (item 3).", "Complete", None, "2032-08-04"),
           ("AB 32/61", "06/10/2032", acts[0], "Analysis under way; findings due in January 2033.", "Open",
            "Domestic abuse", prev),
           ("AB 32/62", "06/10/2032", acts[1], "The standard is drafted; the first audit is planned for "
            "February 2033.", "Open", "Domestic abuse", prev)]
    p.add(T(rows=(("Ref", "Date", "Action", "Update", "Status"),
                  *[(r, d, a, u, s) for r, d, a, u, s, _, _ in log]), widths=(11, 13, 33, 31, 12), header_rows=1,
            bordered=False))
    for ref, _, text, update, status, topic, raised in log:
        p.action(raised, topic, ref, text, update, "complete" if status == "Complete" else "outstanding",
                 "status_column", "action_tracker")
    return p, docx_to_pdf(docx(p, "Accountability Board", "2032-11-24T09:00:00"))


# --- 6. Lincolnshire: reportlab, DejaVu Serif, borderless. New: the OPCC's recommended level, then the PCC's
# decision ("Agreed" or a level of his own) --------------------------------------------------------------------
def lincolnshire() -> tuple[Pack, bytes]:
    org, date, prev = "Police and Crime Commissioner for Lincolnshire", "2032-12-09", "2032-10-14"
    p = Pack(org, "Lincolnshire Police", "Public Assurance Meeting", date)
    p.add(P("**Police and Crime Commissioner for Lincolnshire**", size=13), H("Public Assurance Meeting"),
          P("Thursday 9 December 2032 at 2.00pm, Deepdale Lane, Nettleham"))
    p.meeting(date, "Public Assurance Meeting", None)
    p.agenda([("1.", "Apologies", "Chief Executive", "Chief Executive"),
              ("2.", "Record of the meeting of 14 October 2032", "Chief Executive", "Chief Executive"),
              ("3.", "Contact management and 101", "Chief Superintendent, Contact", "Chief Superintendent, Contact"),
              ("4.", "Fraud and cyber crime", "Detective Superintendent, Economic Crime",
               "Detective Superintendent, Economic Crime")],
             ("No.", "Item", "Presenter"), (8, 52, 40), bordered=False)
    title = "Record of the Public Assurance Meeting held on 14 October 2032"
    p.add(Break(), H(title, 2))
    p.meeting(prev, title, "Roads policing")
    p.add(P("Present: the Commissioner; the Deputy Chief Constable; the Head of Roads Policing; the OPCC Chief "
            "Executive and Performance Lead."),
          P("Items 1 and 2 were taken as read."), P("**3. Roads policing**"),
          P("*How decisions are recorded.* Before the meeting the OPCC reviews the Force's evidence and recommends "
            "a level of assurance to the Commissioner (OPCC assessment). The PCC decision column records the "
            "Commissioner's decision at the meeting: \u201cAgreed\u201d where he accepted the recommended level, "
            "otherwise the level he decided on."))
    qs = [("How has the Force reduced the number of people killed or seriously injured on the county's roads?",
           "Casualties fell from 412 to 371 in the year. Speed enforcement on the A15 and A158 was doubled and "
           "the rural roads campaign reached 90,000 people.", "Assured", "Agreed", "Assured",
           "The Commissioner welcomed the fall in casualties."),
          ("How is the Force tackling drink and drug driving over the summer?",
           "The summer campaign led to 288 arrests. Drug driving tests now take 11 weeks to be returned by the "
           "laboratory and 40 cases are awaiting results.", "Partly assured", "Not assured", "Not assured",
           "The Commissioner set a lower level because of the delay in laboratory results, which is putting "
           "prosecutions at risk."),
          ("How does the Force use the footage sent by the public through the dash-cam portal?",
           "The portal received 3,100 submissions; 62% led to a warning letter, a course or a prosecution. Some "
           "submissions waited more than the 14 days allowed before a notice could be sent.",
           "Partly assured", "Agreed", "Partly assured", "The Commissioner asked for the backlog to be cleared."),
          ("How are officers trained to investigate fatal collisions?",
           "Every collision investigator holds the national qualification. The team has two vacancies that will "
           "be filled in January.", "Assured", "Partly assured", "Partly assured",
           "The Commissioner wants the vacancies filled before he gives full assurance.")]
    rows = [("No.", "Question", "Force response", "OPCC assessment", "PCC decision", "PCC comment")]
    for n, (q, ev, opcc, pcc, level, comment) in enumerate(qs, 1):
        rows.append((f"3.{n}", q, ev, opcc, f"**{pcc}**", comment))
        p.decision(prev, "Roads policing", f"3.{n}", q, ev, level, comment)
    p.add(T(rows=tuple(rows), widths=(6, 18, 27, 14, 12, 23), header_rows=1, bordered=False))
    acts = [("PAM 32/44", "Head of Roads Policing to report the age of the drug driving cases awaiting laboratory "
                          "results."),
            ("PAM 32/45", "Head of Roads Policing to clear the dash-cam portal backlog and report the time taken.")]
    p.add(P("**Actions agreed**"))
    for ref, text in acts:
        p.add(P(f"{ref}: {text}"))
    p.add(Break(), H("Action tracker", 2))
    log = [("PAM 32/38", "12 Aug 2032", "Publish the Force's rural crime figures each quarter.",
            "The first quarterly figures were published in September 2032.", "Closed", None, "2032-08-12"),
           ("PAM 32/40", "12 Aug 2032", "Review the policy on attending non-injury collisions.",
            "A draft policy goes to the chief officer group in December 2032.", "Open", None, "2032-08-12"),
           ("PAM 32/44", "14 Oct 2032", acts[0][1], "Reported to the OPCC on 4 November 2032: the oldest case "
            "was 15 weeks old.", "Closed", "Roads policing", prev),
           ("PAM 32/45", "14 Oct 2032", acts[1][1], "Backlog reduced from 420 to 160 submissions.", "Open",
            "Roads policing", prev)]
    p.add(T(rows=(("Ref", "Raised", "Action", "Update", "Status"),
                  *[(r, d, a, u, s) for r, d, a, u, s, _, _ in log]), widths=(14, 14, 30, 30, 12), header_rows=1,
            bordered=False))
    for ref, _, text, update, status, topic, raised in log:
        p.action(raised, topic, ref, text, update, "complete" if status == "Closed" else "outstanding",
                 "status_column", "action_tracker")
    look = register_dejavu_serif()
    look = PdfLook(font=look.font, bold_font=look.bold_font, italic_font=look.italic_font, body_size=10.5,
                   cell_size=9.0, margin=56)
    return p, pdf(p, look, "Public Assurance Meeting")



# --- 7. Greater Manchester: reportlab. New: the Deputy Mayor's level abbreviated A / PA / NA under a key line --
def greater_manchester() -> tuple[Pack, bytes]:
    org = "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"
    date, prev = "2032-11-17", "2032-09-15"
    p = Pack(org, "Greater Manchester Police", "Police Accountability Board", date)
    p.add(P("**Greater Manchester Combined Authority**", size=13), H("Police Accountability Board"),
          P("**Chair:** Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
          P("Wednesday 17 November 2032, 10:00 – Tootal Buildings, Manchester"),
          P("**Focus of the meeting:** Victims' services"))
    p.meeting(date, "Police Accountability Board", "Victims' services")
    p.agenda([("1.", "Welcome, introductions and apologies", "Deputy Mayor", "Deputy Mayor"),
              ("2.", "Notes of the meeting held on 15 September 2032 and action log", "Deputy Mayor",
               "Deputy Mayor"),
              ("3.", "Victims' services and the Victims' Code", "ACC Public Protection", "ACC Public Protection"),
              ("4.", "Any other business", None, "")], ("Item", "Business", "Presenter"), (8, 62, 30))
    title = "Police Accountability Board: notes of the meeting held on 15 September 2032"
    p.add(Break(), H(title, 2))
    p.meeting(prev, title, "Neighbourhood crime")
    p.add(P("Present: Deputy Mayor (Chair); Chief Constable; ACC Local Policing; Head of Policing and Crime, GMCA; "
            "Policing and Crime Officer (notes)."),
          P("**1. Welcome and apologies.** Apologies from the Mayor."),
          P("**2. Notes and actions.** The notes of 14 July 2032 were agreed. The action log was noted."),
          P("**3. Neighbourhood crime**"),
          P("ACC Local Policing presented the report on burglary, robbery and vehicle crime. The Deputy Mayor's "
            "assessment of each answer is shown in the last column but one."),
          P("*Key:* A = Assured; PA = Partially assured; NA = Not assured."))
    qs = [("NC1", "How has the Force increased the proportion of burglaries attended within 24 hours, and is the "
                  "improvement holding across all ten districts?",
           "Attendance within 24 hours is 96% force-wide and above 92% in every district. Crime scene "
           "investigators attend every burglary of a home.", "A", "Assured",
           "The Deputy Mayor asked that the districts' figures be published each quarter."),
          ("NC2", "What is the Force doing about the rise in theft of and from vehicles in Trafford and Salford?",
           "Offences rose by 14% in the two districts. A joint operation with car parks started in August; it is "
           "too soon to show results, and the Force has not yet shared its problem profile.", "PA",
           "Partly assured", "The Deputy Mayor wants the problem profile at the next Board."),
          ("NC3", "How many personal robbery victims were referred to victim support, and why were some not "
                  "referred?",
           "Referral was recorded for 54% of victims. The Force could not explain the gap and has no audit of "
           "the referral process.", "NA", "Not assured",
           "The Deputy Mayor asked for an audit of robbery referrals.")]
    rows = [("Ref", "Question", "Response", "Level", "Deputy Mayor's comment")]
    for ref, q, ev, abbr, level, comment in qs:
        rows.append((ref, q, ev, f"**{abbr}**", comment))
        p.decision(prev, "Neighbourhood crime", ref, q, ev, level, comment)
    p.add(T(rows=tuple(rows), widths=(7, 28, 35, 8, 22), header_rows=1))
    acts = [("PAB/32/51", "ACC Local Policing to bring the vehicle crime problem profile for Trafford and Salford "
                          "to the next Board."),
            ("PAB/32/52", "ACC Public Protection to audit referrals of personal robbery victims to victim "
                          "support.")]
    p.add(P("**Actions agreed**"), Bul(tuple(f"{r}: {t}" for r, t in acts)),
          P("**4. Any other business.** None."), Break(), H("Action log", 2))
    log = [("PAB/32/44", "14/07/32", "Share the results of the neighbourhood officer abstraction review.",
            "Shared with GMCA on 9 August 2032.", "Complete", None, "2032-07-14"),
           ("PAB/32/46", "14/07/32", "Set out how the Force will meet the new neighbourhood policing guarantee.",
            "Paper drafted; to be presented in January 2033.", "In progress", None, "2032-07-14"),
           ("PAB/32/51", "15/09/32", acts[0][1], "The problem profile is on this meeting's papers (item 3, "
            "annex B).", "Complete", "Neighbourhood crime", prev),
           ("PAB/32/52", "15/09/32", acts[1][1], "Audit planned for December 2032.", "Not started",
            "Neighbourhood crime", prev)]
    p.add(T(rows=(("Ref", "Raised", "Action", "Update", "Status"),
                  *[(r, d, a, u, s) for r, d, a, u, s, _, _ in log]), widths=(13, 11, 32, 30, 14), header_rows=1))
    for ref, _, text, update, status, topic, raised in log:
        p.action(raised, topic, ref, text, update, "complete" if status == "Complete" else "outstanding",
                 "status_column", "action_tracker")
    return p, pdf(p, PdfLook(header="GMCA – Police Accountability Board – 17 November 2032", footer="Public",
                             margin=60), "Police Accountability Board")


# --- 8. Durham: Word. New: the PCVC's decision as Discharged / Partly discharged / Not discharged, defined in a
# key sentence; an update-only log ------------------------------------------------------------------------------
def durham() -> tuple[Pack, bytes]:
    org = "Police, Crime and Victims' Commissioner for County Durham and Darlington"
    date, prev = "2032-07-27", "2032-05-25"
    p = Pack(org, "Durham Constabulary", "Scrutiny and Performance Board", date)
    p.add(P("**County Durham and Darlington Police, Crime and Victims' Commissioner**", size=13), H("Scrutiny and Performance Board"),
          P("27 July 2032, 14:00, Aykley Heads, Durham"), P("**Topic:** Violence against women and girls"))
    p.meeting(date, "Scrutiny and Performance Board", "Violence against women and girls")
    p.agenda([("1", "Apologies", "Chair", "Chair"),
              ("2", "Minutes of the meeting of 25 May 2032", "Chair", "Chair"),
              ("3", "Progress on actions", "Governance Officer", "Governance Officer"),
              ("4", "Violence against women and girls", "DCC", "DCC")], ("No.", "Item", "Lead"), (8, 67, 25))
    title = "Minutes of the Scrutiny and Performance Board, 25 May 2032"
    p.add(Break(), H(title, 2))
    p.meeting(prev, title, "Anti-social behaviour")
    p.add(P("Present: PCVC (Chair), Chief Constable, ACC, Chief Executive (OPCVC), Governance Officer."),
          P("1. Apologies were received from the DCC. 2. The minutes of 23 March 2032 were agreed."),
          H("3. Anti-social behaviour", 3),
          P("For each question the Commissioner records whether the Chief Constable has discharged it: "
            "*Discharged* means the Commissioner is assured; *Partly discharged*, partly assured, and the "
            "question returns to a later Board; *Not discharged*, not assured."))
    qs = [("How is the Force using the new anti-social behaviour hotspot funding in Darlington and Chester-le-Street?",
           "Patrols in the 12 hotspots rose by 40%; reports of anti-social behaviour fell by 9% there.",
           "Discharged", "Assured", "The Commissioner was pleased with the early results."),
          ("How many community protection warnings and notices were issued, and how is their use checked?",
           "214 warnings and 38 notices were issued. A sample is checked each quarter, but the first check found "
           "that a third lacked a record of the behaviour.", "Partly discharged", "Partly assured",
           "The Commissioner asked for the next quarter's check."),
          ("How are repeat victims of anti-social behaviour identified when they first call?",
           "The call handling system does not flag repeat victims; a fix is planned for 2033.",
           "Not discharged", "Not assured", "The Commissioner asked for an interim process.")]
    rows = [("Q", "Question", "Response", "Decision", "Commissioner's comment")]
    for n, (q, ev, word, level, comment) in enumerate(qs, 1):
        rows.append((str(n), q, ev, word, comment))
        p.decision(prev, "Anti-social behaviour", str(n), q, ev, level, comment)
    p.add(T(rows=tuple(rows), widths=(5, 28, 35, 14, 18), header_rows=1))
    acts = [("SPB 32/15", "ACC to bring the next quarter's check of community protection notices to the Board."),
            ("SPB 32/16", "ACC to set up an interim way of identifying repeat victims of anti-social behaviour.")]
    p.add(P("**Actions**"))
    for ref, text in acts:
        p.add(P(f"{ref} – {text}"))
    p.add(Break(), H("Progress on actions", 2))
    log = [("SPB 32/09", "23 March 2032", "Share the Force's response to the rural crime survey.",
            "The response was shared with the OPCVC on 14 April 2032.", "complete", None, "2032-03-23"),
           ("SPB 32/11", "23 March 2032", "Review the stalking advocacy contract with the OPCVC.",
            "Review meeting will be held in September 2032.", "outstanding", None, "2032-03-23"),
           ("SPB 32/15", "25 May 2032", acts[0][1], "The check is scheduled for August 2032.", "outstanding",
            "Anti-social behaviour", prev),
           ("SPB 32/16", "25 May 2032", acts[1][1], "An interim flag was introduced in the control room on 1 "
            "July 2032.", "complete", "Anti-social behaviour", prev)]
    p.add(T(rows=(("Ref", "Board", "Action", "Update"), *[(r, d, a, u) for r, d, a, u, _, _, _ in log]),
            widths=(13, 17, 35, 35), header_rows=1))
    for ref, _, text, update, status, topic, raised in log:
        p.action(raised, topic, ref, text, update, status, "inferred_from_update", "action_tracker")
    return p, docx(p, "Scrutiny and Performance Board", "2032-07-20T09:00:00",
                   header=("Police, Crime and Victims' Commissioner for County Durham and Darlington – OFFICIAL",))


# --- 9. South Yorkshire: Word -> PDF. New: a level raised after the meeting, both printed in the level cell ----
def south_yorkshire() -> tuple[Pack, bytes]:
    org, date, prev = "Mayor of South Yorkshire", "2032-09-28", "2032-07-20"
    p = Pack(org, "South Yorkshire Police", "Public Accountability Board", date)
    p.add(P("**South Yorkshire Mayoral Combined Authority**", size=13), H("Public Accountability Board"),
          P("**Chair:** Mayor of South Yorkshire"), P("Tuesday 28th September 2032 at 10:00am, Broad Street West, "
                                                      "Sheffield"))
    p.meeting(date, "Public Accountability Board", None)
    p.agenda([("1", "Welcome and apologies", "Mayor", "Mayor"),
              ("2", "Minutes of the meeting of 20 July 2032", "Mayor", "Mayor"),
              ("3", "Action log", "Head of Governance", "Head of Governance"),
              ("4", "Serious and organised crime", "ACC Specialist Operations", "ACC Specialist Operations"),
              ("5", "Public contact", "ACC Local Policing", "ACC Local Policing"),
              ("6", "Any other business", None, "–")], ("Item", "Subject", "Lead"), (9, 61, 30))
    title = "Minutes of the Public Accountability Board held on 20 July 2032"
    p.add(Break(), H(title, 2))
    p.meeting(prev, title, "Child exploitation")
    p.add(P("Present: Mayor (Chair); Chief Constable; DCC; Head of Governance; Policing and Crime Officer."),
          P("**1-3.** Apologies, minutes of 18 May 2032 and the action log were taken."),
          P("**4. Child exploitation**"),
          P("Where information was received after the meeting, the Mayor's level may have been revised; the "
            "level cell then shows the level at the meeting and the level now given."))
    qs = [("How does the Force identify children at risk of criminal exploitation before they come to harm?",
           "The exploitation screening tool is used on every missing child report; 180 children were screened "
           "in the quarter and 31 referred to the exploitation hub.", "Assured", "Assured",
           "The Mayor thanked the hub."),
          ("How are the outcomes of child exploitation investigations reviewed?",
           "A review panel meets monthly, but its findings for the last two quarters had not been written up at "
           "the time of the meeting.",
           "Partly assured at the meeting; revised to Assured on 16 August 2032 when the panel's findings were "
           "received.", "Assured", "The Mayor accepted the written findings."),
          ("How many children were referred to the national referral mechanism, and how quickly were they "
           "decided?",
           "Forty-four referrals were made; the Force does not track the time taken for decisions.",
           "Not assured", "Not assured", "The Mayor asked for decision times to be tracked.")]
    rows = [("No.", "Question", "Response", "Level of assurance", "Mayor's comment")]
    for n, (q, ev, cell, level, comment) in enumerate(qs, 1):
        rows.append((f"{n}.", q, ev, cell, comment))
        p.decision(prev, "Child exploitation", str(n), q, ev, level, comment)
    p.add(T(rows=tuple(rows), widths=(6, 26, 32, 18, 18), header_rows=1))
    acts = [("PAB 32-19", "DCC to send the Mayor the review panel's written findings for the last two quarters."),
            ("PAB 32-20", "DCC to track the time taken for national referral mechanism decisions.")]
    p.add(P("**Actions**"), Num(tuple(f"{t} ({r})" for r, t in acts)), Break(), H("Action log", 2),
          P("Key: {#00b050|■} Completed   {#ffc000|■} In progress   {#ff0000|■} Not started"))
    log = [("PAB 32-12", "18/05/2032", "Publish the stop and search quarterly report on the Force website.",
            "Published on 30 June 2032.", GREEN, None, "2032-05-18"),
           ("PAB 32-14", "18/05/2032", "Present the public contact improvement plan to the Board.",
            "On the agenda of this meeting (item 5).", GREEN, None, "2032-05-18"),
           ("PAB 32-19", "20/07/2032", acts[0][1], "Findings received on 16 August 2032.", GREEN,
            "Child exploitation", prev),
           ("PAB 32-20", "20/07/2032", acts[1][1], "Tracking added to the hub's case system; first report due in "
            "October.", AMBER, "Child exploitation", prev)]
    rows = [("Ref", "Raised", "Action", "Update", "Status")]
    for ref, raised_shown, text, update, colour, topic, raised in log:
        rows.append((ref, raised_shown, text, update, f"{{{colour}|■}}"))
        p.action(raised, topic, ref, text, update, "complete" if colour == GREEN else "outstanding",
                 "glyph_colour", "action_tracker")
    p.add(T(rows=tuple(rows), widths=(13, 14, 31, 32, 10), header_rows=1))
    return p, docx_to_pdf(docx(p, "Public Accountability Board", "2032-09-21T09:00:00"))


PACKS = {"bedfordshire-pcc-sm-2032-09-22-round44b.pdf": bedfordshire,
         "cambridgeshire-pcc-ab-2032-10-13-round44b.pdf": cambridgeshire,
         "dyfed-powys-pcc-pab-2032-11-09-round44b.docx": dyfed_powys,
         "gwent-pcc-aab-2032-10-03-round44b.pdf": gwent,
         "northamptonshire-pfcc-ab-2032-12-01-round44b.pdf": northamptonshire,
         "lincolnshire-pcc-pam-2032-12-09-round44b.pdf": lincolnshire,
         "greater-manchester-dm-pab-2032-11-17-round44b.pdf": greater_manchester,
         "durham-pcvc-spb-2032-07-27-round44b.docx": durham,
         "south-yorkshire-mayor-pab-2032-09-28-round44b.pdf": south_yorkshire}


def main() -> None:
    wanted = sys.argv[1:]
    for name, build in PACKS.items():
        if wanted and not any(name.startswith(w) for w in wanted):
            continue
        pack, data = build()
        finish(name, pack, data)


if __name__ == "__main__":
    main()
