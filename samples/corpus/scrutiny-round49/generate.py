"""Scrutiny packs of blind fix round 49 (issue 4): nine PCC offices' packs in forms no earlier round used.

Every builder call that prints a question, an action row, an agenda row or a meeting heading also writes its
gold record, into gold/ (in pending/, as a blind round's gold, until every record was right). A PDF record's
page is the first page whose pdfplumber text or table cells hold the start of its key text (its first 45 letters
in order; failing that, its first two words in order and the words of its first 45 letters on the page); the generator stops
if a key is on no page, or if a word of a PDF table cell is not a word of the source (a split word).

    .venv/bin/python samples/corpus/scrutiny-round49/generate.py [NAME-PREFIX ...]
"""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

import pdfplumber
from docx import Document

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import scrutiny_common  # noqa: E402,F401  (puts scrutiny-round3 on sys.path for `render`)
from office_pdf import docx_to_pdf  # noqa: E402
from render import Break, Bul, H, P, PdfLook, T, _stable_zip, render_docx, render_pdf  # noqa: E402

GOLD = HERE / "gold"
CHECKED = ("Written blind for fix round 49; every record written by the builder call that prints it and checked "
           "against the rendered pages (pdfplumber text, layout only) by the round's writer before the extractors "
           "were run on it.")
WHEN = datetime(2037, 1, 5, 9, 0, 0)
TYPES = ("documents", "meetings", "agenda_items", "assurance_decisions", "actions")


def plain(text: str) -> str:
    """The printed text of a string in render's inline markup."""
    text = re.sub(r"\{#[0-9a-fA-F]{6}\|([^}]*)\}", r"\1", text)
    return text.replace("**", "").replace("*", "")


def long_date(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


class Pack:
    """A pack's blocks and the gold records its builder calls write."""

    def __init__(self, name: str, *, force: str, organisation: str, title: str, meeting: date,
                 publication: date | None = None) -> None:
        self.name, self.force, self.organisation, self.title = name, force, organisation, title
        self.blocks: list = []
        self.records: dict[str, list[dict]] = {t: [] for t in TYPES}
        self.keys: list[tuple[dict, str]] = []  # (record, the text that locates its page)
        self.records["documents"].append({
            "page": None, "file_type": name.rsplit(".", 1)[1], "doc_kind": "scrutiny_pack", "status": "ok",
            "publication_date": publication.isoformat() if publication else None, "title": title, "force": force,
            "organisation": organisation, "meeting_date": meeting.isoformat()})

    def add(self, *blocks) -> None:
        self.blocks.extend(blocks)

    def _record(self, kind: str, key: str, record: dict) -> None:
        record = {"page": None, **record}
        self.records[kind].append(record)
        self.keys.append((record, plain(key)))

    def meeting(self, heading: str, day: date, topic: str | None, title: str | None = None) -> str:
        """A meeting heading (front sheet's board name, or a notes heading); returns it to print."""
        self._record("meetings", heading, {"meeting_date": day.isoformat(), "topic": topic,
                                           "organisation": self.organisation, "title": title or plain(heading)})
        return heading

    def agenda(self, day: date, number: str, title: str, presenter: str | None) -> tuple[str, str, str]:
        self._record("agenda_items", title, {"meeting_date": day.isoformat(), "number": number.rstrip("."),
                                             "title": plain(title), "presenter": presenter})
        return number, title, presenter or ""

    def decision(self, day: date, topic: str | None, number: str, question: str, evidence: str,
                 assurance: str | None, commentary: str | None) -> None:
        self._record("assurance_decisions", question, {
            "meeting_date": day.isoformat(), "topic": topic, "question_number": number, "question": plain(question),
            "evidence_summary": plain(evidence), "assurance": assurance,
            "commentary": plain(commentary) if commentary else None})

    def action(self, day: date | None, topic: str | None, number: str | None, text: str, update: str | None,
               status: str, status_source: str) -> str:
        """An action row of the tracker (minuted actions print the same text in the notes first, so the
        first page holding it is where it is minuted)."""
        self._record("actions", text, {
            "meeting_date": day.isoformat() if day else None, "topic": topic, "number": number, "text": plain(text),
            "update": plain(update) if update else None, "status": status, "status_source": status_source,
            "source": "action_tracker"})
        return text


# --- pages and checks ---------------------------------------------------------------------------------------

def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def source_words(blocks: list) -> set[str]:
    words: set[str] = set()

    def walk(item: object) -> None:
        if isinstance(item, str):
            words.update(plain(item).split())
        elif isinstance(item, (tuple, list)):
            for part in item:
                walk(part)
        elif isinstance(item, (H, P)):
            walk(item.text)
            if isinstance(item, P) and item.hang:
                walk(item.hang)
        elif isinstance(item, Bul):
            walk(item.items)
        elif isinstance(item, T):
            walk(item.rows)
    walk(blocks)
    for word in list(words):  # a line may break after a hyphen
        parts = word.split("-")
        words.update(part + "-" for part in parts[:-1])
        words.update(parts[1:])
    return words


def set_pages(pack: Pack, data: bytes) -> int:
    """Each record's page from the PDF's own text; stop on a key on no page or a split table-cell word."""
    words = source_words(pack.blocks)
    pages: list[str] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            cells = [c for table in page.extract_tables() for row in table for c in row if c]
            for cell in cells:
                for word in cell.split():
                    if word not in words and not any(word in w for w in words):
                        raise SystemExit(f"{pack.name} p{page.page_number}: table cell word {word!r} is split")
            text = (page.extract_text() or "") + "\n" + " ".join(cells)
            split = [w for w in text.split() if w not in words and not w.isdigit() and w not in "•"]
            if split:
                raise SystemExit(f"{pack.name} p{page.page_number}: words not in the source (split?): {split[:8]}")
            pages.append((_squash(text), set(text.split())))
    for record, key in pack.keys:
        # the key's first 45 letters in order; failing that (a borderless table's cell wraps among its
        # neighbours' lines), its first two words in order and the rest of its first 45 letters' words
        probe, rest = "".join(key.split()[:2]), key[:45].split()[:-1]
        found = [i + 1 for i, (squashed, _) in enumerate(pages) if _squash(key)[:45] in squashed] or \
                [i + 1 for i, (squashed, page_words) in enumerate(pages)
                 if probe in squashed and all(w in page_words for w in rest)]
        if not found:
            raise SystemExit(f"{pack.name}: key {key[:60]!r} on no page")
        record["page"] = found[0]
    return len(pages)


def write(pack: Pack, data: bytes) -> None:
    if pack.name.endswith(".pdf"):
        pack.records["documents"][0]["pages"] = set_pages(pack, data)
    (HERE / pack.name).write_bytes(data)
    gold = {"source_file": pack.name, "expect": "ok", "checked": CHECKED, "records": {**pack.records, "grades": []}}
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{pack.name}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    pages = {t: [r["page"] for r in pack.records[t]] for t in ("assurance_decisions", "actions")}
    print(f"{pack.name}: {len(data)} bytes; pages {pages}")


def pdf(pack: Pack, look: PdfLook) -> bytes:
    return render_pdf(pack.blocks, look, pack.title, pack.organisation)


def docx(pack: Pack, header: tuple[str, ...] = ()) -> bytes:
    return grid_widths(render_docx(pack.blocks, title=pack.title, author=pack.organisation, when=WHEN, header=header))


def grid_widths(data: bytes) -> bytes:
    """Each table's grid columns as wide as its cells, as Word writes them (LibreOffice lays a table out by
    its grid, which python-docx leaves at equal widths)."""
    document = Document(io.BytesIO(data))
    for table in document.tables:
        first = table.rows[0]._tr.tc_lst
        for col, tc in zip(table._tbl.tblGrid.gridCol_lst, first):
            col.w = tc.width
    buffer = io.BytesIO()
    document.save(buffer)
    return _stable_zip(buffer.getvalue())


def word_pdf(pack: Pack, header: tuple[str, ...] = ()) -> bytes:
    return docx_to_pdf(docx(pack, header))


# --- the packs ----------------------------------------------------------------------------------------------

def derbyshire() -> None:
    """reportlab, no grid. New: two Yes / No columns, "Assured?" and "Further assurance sought?", which
    together give the level under a key sentence; a tracker status of Delivered / In train / Not started."""
    this, last = date(2037, 3, 10), date(2037, 1, 27)
    pk = Pack("derbyshire-pcc-scb-2037-03-10-round49.pdf", force="Derbyshire Constabulary",
              organisation="Police and Crime Commissioner for Derbyshire", title="Strategic Challenge Board",
              meeting=this)
    topic = "Rural and wildlife crime"
    pk.add(P("**Office of the Police and Crime Commissioner for Derbyshire**", size=13),
           H(pk.meeting("Strategic Challenge Board", this, None), 1),
           P(f"{long_date(this)}, 2pm, Butterley Room, OPCC offices"),
           P("**Chair:** Police and Crime Commissioner. **In attendance:** Chief Constable, Deputy Chief Constable, "
             "OPCC Chief Executive."),
           H("Agenda", 2),
           T(((" ", "Business", "Led by"),
              pk.agenda(this, "1.", "Welcome and apologies", "Commissioner"),
              pk.agenda(this, "2.", "Notes and action tracker of the last Board", "OPCC Chief Executive"),
              pk.agenda(this, "3.", "Stalking protection orders", "Detective Superintendent, Public Protection"),
              pk.agenda(this, "4.", "Custody detention times", "Chief Inspector, Criminal Justice"),
              pk.agenda(this, "5.", "Any other business", None)),
             widths=(8, 62, 45), header_rows=1, bordered=False),
           P("Papers are published a week before the Board. Questions from the public may be sent to the OPCC."),
           Break())
    pk.add(H(pk.meeting(f"Notes of the Strategic Challenge Board held on {long_date(last)}", last, topic), 2),
           P("Present: the Commissioner (chair), the Chief Constable, the Assistant Chief Constable (Local Policing), "
             "the OPCC Chief Executive and the OPCC Head of Assurance."),
           P("**1. Apologies and notes of the last Board.** Apologies were received from the Deputy Chief Constable. "
             "The notes of the previous Board were agreed."),
           P(f"**2. {topic}**"),
           P("The Commissioner records two answers against each question. The level follows from them: *Yes* and "
             "*No* means the Commissioner is assured; *Yes* and *Yes* means partly assured, with the further "
             "assurance sought named in the comment; *No* means not assured."))
    qs = [
        ("Q1", "How many farm thefts were reported in the last year, and how many led to a charge?",
         "Two hundred and six thefts were reported, most of them quad bikes and fuel. Fourteen led to a charge; "
         "most were filed with no suspect identified.", "Yes", "No", "Assured",
         "The figures were clear and matched the OPCC's own."),
        ("Q2", "What training have response officers had in wildlife offences since the rural team was formed?",
         "A one-hour online module is mandatory and eighty per cent of response officers have done it. A field "
         "day with the national wildlife unit is planned for the summer.", "Yes", "Yes", "Partly assured",
         "The Commissioner wants the field-day numbers before she is fully assured."),
        ("Q3", "How does the force share intelligence on rural crime with the neighbouring forces?",
         "A shared intelligence analyst was funded for one year and the post has been vacant since October. "
         "Sharing now relies on monthly calls between rural sergeants.", "No", "-", "Not assured",
         "She asked the Chief Constable to fill the analyst post or say how sharing will work without it."),
    ]
    rows = [("No.", "Question", "Response", "Assured?", "Further assurance sought?", "Commissioner's comment")]
    for number, question, response, assured, further, level, comment in qs:
        pk.decision(last, topic, number[1:], question, response, level, comment)
        rows.append((number, question, response, assured, further, comment))
    pk.add(T(tuple(rows), widths=(7, 27, 32, 15, 18, 27), header_rows=1, bordered=False),
           P("**Actions agreed**"),
           P(pk.action(last, topic, "SCB 37/04", "Report the number of response officers who attend the wildlife field day.",
                       "Field day held on 3 March; 41 officers attended.", "complete", "status_column"),
             hang="SCB 37/04", indent=60),
           P(pk.action(last, topic, "SCB 37/05", "Set out how rural intelligence will be shared while the analyst post is vacant.",
                       "Interim arrangement drafted with the neighbouring forces.", "outstanding", "status_column"),
             hang="SCB 37/05", indent=60),
           Break(),
           H("Action tracker", 2),
           P("Status: *Delivered* (the action is done and can leave the tracker), *In train* (work has started), "
             "*Not started*."))
    rows = [("Ref", "Board", "Action", "Update", "Status")]
    early = date(2037, 1, 6)
    for ref, text, update, word, status, day in (
            ("SCB 37/01", "Publish the force's rural crime strategy on its website.", "Published on 2 February.",
             "Delivered", "complete", early),
            ("SCB 37/02", "Brief the Commissioner on drone use in rural searches.", "Briefing booked for April.",
             "In train", "outstanding", early),
            ("SCB 37/03", "Review the out-of-hours contact route for farm watch members.", None,
             "Not started", "outstanding", early)):
        rows.append((ref, "06/01/2037", pk.action(day, None, ref, text, update, status, "status_column"),
                     update or "", word))
    rows.append(("SCB 37/04", "27/01/2037", "Report the number of response officers who attend the wildlife field day.",
                 "Field day held on 3 March; 41 officers attended.", "Delivered"))
    rows.append(("SCB 37/05", "27/01/2037", "Set out how rural intelligence will be shared while the analyst post is vacant.",
                 "Interim arrangement drafted with the neighbouring forces.", "In train"))
    pk.add(T(tuple(rows), widths=(17, 20, 42, 38, 15), header_rows=1, bordered=False),
           P("Signed: ........................................  Police and Crime Commissioner for Derbyshire"))
    write(pk, pdf(pk, PdfLook(cell_size=9.5)))


def durham() -> None:
    """Word. New: the questions of an item grouped under a sub-heading per level ("The Commissioner was
    assured on:", ...); no level beside any question. A tracker whose status is a labelled last line of the
    update cell ("Status: open")."""
    this, last = date(2037, 4, 21), date(2037, 2, 24)
    org = "Police, Crime and Victims' Commissioner for County Durham and Darlington"
    pk = Pack("durham-pcvc-pab-2037-04-21-round49.docx", force="Durham Constabulary", organisation=org,
              title="Police Accountability Board", meeting=this)
    topic = "Road safety and speeding"
    pk.add(P("**Police, Crime and Victims' Commissioner for County Durham and Darlington**"),
           H(pk.meeting("Police Accountability Board", this, "Neighbourhood policing"), 1),
           P(f"{long_date(this)} at 10am, Aykley Heads"),
           P("**Theme:** Neighbourhood policing"),
           T((("Item", "Title", "Presenter"),
              pk.agenda(this, "1", "Introductions and apologies", "PCVC"),
              pk.agenda(this, "2", "Minutes and actions of 24 February", "Head of Governance"),
              pk.agenda(this, "3", "Neighbourhood policing: visibility and contact", "Assistant Chief Constable"),
              pk.agenda(this, "4", "Any other business", "All")),
             widths=(10, 60, 40), header_rows=1),
           Break(),
           H(pk.meeting(f"Minutes of the Police Accountability Board, {long_date(last)}", last, topic), 2),
           P("1. The PCVC welcomed those present. There were no declarations of interest."),
           P("2. The minutes of the January Board were agreed and the action log reviewed."),
           H(f"3. {topic}", 3),
           P("The Chief Constable's paper answered four questions set by the PCVC. Her conclusions are recorded "
             "by grouping the questions below."))
    groups = (
        ("The Commissioner was assured on:", "Assured", [
            ("1", "How many fixed speed cameras are in working order?",
             "Eleven of twelve cameras work; the twelfth is awaiting a new housing.",
             "The PCVC thanked the road policing unit.")]),
        ("The Commissioner was partly assured on:", "Partly assured", [
            ("2", "How quickly are reports of dangerous driving from dash-cam footage reviewed?",
             "The median review time is nine days against a target of five. A second reviewer joins in May.",
             "She will look again at the review times in the summer."),
            ("4", "What has the force done with the community speed watch data it receives?",
             "Letters are sent to registered keepers seen three times. The force cannot yet say whether letters "
             "change behaviour.", None)]),
        ("The Commissioner was not assured on:", "Not assured", [
            ("3", "Why did killed and seriously injured casualties rise on rural roads last year?",
             "The force has not yet analysed the rise; the road safety partnership's analyst left in the autumn.",
             "She asked for the analysis to be commissioned from the partnership.")]),
    )
    for heading, level, questions in groups:
        pk.add(P(f"**{heading}**"))
        for number, question, response, comment in questions:
            pk.decision(last, topic, number, question, response, level, comment)
            pk.add(P(f"*Question {number}.* {question}"), P(f"Response: {response}", indent=18))
            if comment:
                pk.add(P(f"Comment: {comment}", indent=18))
    pk.add(P("**Actions**"),
           P(pk.action(last, topic, "PAB 37/06", "Commission an analysis of rural casualty figures from the partnership.",
                       "Commissioned on 12 March; due in June.", "outstanding", "status_column")),
           P(pk.action(last, topic, "PAB 37/07", "Report dash-cam review times to the PCVC monthly.",
                       "March and April figures sent; monthly reporting is in place.", "complete", "status_column")),
           Break(),
           H("Action log", 2))
    rows = [("Ref", "Raised", "Action", "Update")]
    for ref, day, text, update, word, status, tp in (
            ("PAB 37/02", date(2037, 1, 27), "Share the neighbourhood survey results with councillors.",
             "Results sent to all councillors on 5 March.", "closed", "complete", None),
            ("PAB 37/03", date(2037, 1, 27), "Set out the plan for PCSO vacancies.",
             "Plan to come to the June Board.", "open", "outstanding", None),
            ("PAB 37/06", last, "Commission an analysis of rural casualty figures from the partnership.",
             "Commissioned on 12 March; due in June.", "open", "outstanding", topic),
            ("PAB 37/07", last, "Report dash-cam review times to the PCVC monthly.",
             "March and April figures sent; monthly reporting is in place.", "closed", "complete", topic)):
        if ref in ("PAB 37/02", "PAB 37/03"):
            pk.action(day, tp, ref, text, update, status, "status_column")
        rows.append((ref, f"{day.day} {day:%b %Y}", text, (update, f"Status: {word}")))
    pk.add(T(tuple(rows), widths=(18, 20, 60, 60), header_rows=1))
    write(pk, docx(pk))


def gwent() -> None:
    """Word->PDF, borders off. New: the level as a sign, + / ± / −, in a narrow column under a key line;
    numbers 4.1 in their own column; the table runs over a page break without its header."""
    this, last = date(2037, 3, 3), date(2037, 1, 20)
    pk = Pack("gwent-pcc-sab-2037-03-03-round49.pdf", force="Gwent Police",
              organisation="Police and Crime Commissioner for Gwent", title="Strategy and Performance Board",
              meeting=this)
    topic = "Missing children"
    pk.add(P("**Office of the Police and Crime Commissioner for Gwent**"),
           H(pk.meeting("Strategy and Performance Board", this, None), 1),
           P(f"Date: {long_date(this)}   Time: 1.30pm   Venue: Police headquarters, Cwmbran"),
           T((("", "Agenda item", "Lead"),
              pk.agenda(this, "1", "Apologies", "Chief of Staff"),
              pk.agenda(this, "2", "Minutes of the meeting held on 20 January", "Chief of Staff"),
              pk.agenda(this, "3", "Violence against women and girls: delivery plan", "Detective Chief Superintendent"),
              pk.agenda(this, "4", "Fleet and estates strategy", "Director of Finance"),
              pk.agenda(this, "5", "Date of next meeting", None)),
             widths=(8, 70, 42), header_rows=1, bordered=False),
           Break(),
           H(pk.meeting(f"Minutes – Strategy and Performance Board – {last.day} {last:%B %Y}", last, topic), 2),
           P("1. Apologies were noted from the Deputy Chief Constable."),
           P("2. The minutes of the December meeting were agreed."),
           P(f"**4. {topic}**"),
           P("The Commissioner marks each question: **+** assured; **±** partly assured; **−** not assured."))
    qs = [
        ("4.1", "How many children were reported missing more than three times in the last six months?",
         "Sixty-one children, forty of them from children's homes. Each has a named officer.",
         "+", "Assured", "Clear and complete."),
        ("4.2", "Are return home interviews held within seventy-two hours?",
         "Councils hold the interviews; in the quarter 58% were held within seventy-two hours. The force "
         "chases late interviews weekly.", "±", "Partly assured", "The Commissioner will raise the figure "
         "with the councils."),
        ("4.3", "How is the risk of exploitation recorded when a child is found?",
         "A prevention interview form is completed by the finding officer. An audit found the form missing in "
         "a third of cases.", "−", "Not assured", "A re-audit is to follow in three months."),
        ("4.4", "What do children's homes say about the force's response?",
         "A survey of home managers is under way and will report in April.", "±", "Partly assured",
         "The Commissioner expects the survey results at the next Board."),
    ]
    rows = [("", "Question", "Force response", "", "Comment")]
    for number, question, response, sign, level, comment in qs:
        pk.decision(last, topic, number, question, response, level, comment)
        rows.append((number, question, response, f"**{sign}**", comment))
    pk.add(P("The Detective Superintendent for Public Protection introduced the paper. She said that the number of "
             "missing episodes had fallen over the year but that a small group of children went missing again and "
             "again, most of them living in children's homes placed from outside the county. The force now meets "
             "the homes' managers every month and shares a list of the children most at risk."),
           P("The Commissioner asked about the part the councils play and about the quality of the records kept when "
             "a child is found. The Chief Constable said that the force had asked for a joint audit with the "
             "councils and that its own officers needed to complete the prevention interview every time. The "
             "questions and the Commissioner's marks are set out below."),
           P("Officers described the work with the regional exploitation hub and the training given to call "
             "handlers on the risk questions asked when a child is reported missing. The Commissioner noted that "
             "the force's figures would be published with the next quarterly report and thanked the team for "
             "the paper. The Chief Constable added that the new case system would flag repeat episodes from the "
             "autumn, which would let supervisors see at once when a child had gone missing before."),
           P("Members discussed the reasons children give for going missing, recorded at the prevention interview, "
             "and agreed that the themes should be shared with the children's homes and the councils' social care "
             "teams each quarter so that each home can act on what its own children say."),
           T(tuple(rows), widths=(9, 40, 50, 6, 35), header_rows=1, repeat_header=False, bordered=False),
           P("**Actions**"),
           P(pk.action(last, topic, "SPB 37/03", "Re-audit the completion of prevention interview forms.",
                       "Re-audit fixed for April.", "outstanding", "status_column")),
           P(pk.action(last, topic, "SPB 37/04", "Write to the councils about late return home interviews.",
                       "Letter sent on 2 February.", "complete", "status_column")),
           Break(),
           H("Action tracker", 2))
    rows = [("Status", "Ref", "Action", "Update", "Date raised")]
    for ref, text, update, word, status, day, tp in (
            ("SPB 37/01", "Publish the force's stop and search data by ward.", "Published in January.",
             "Complete", "complete", date(2037, 1, 6), None),
            ("SPB 37/02", "Provide the response times for rural calls.", "Figures due with the March paper.",
             "Ongoing", "outstanding", date(2037, 1, 6), None),
            ("SPB 37/03", "Re-audit the completion of prevention interview forms.", "Re-audit fixed for April.",
             "Ongoing", "outstanding", last, topic),
            ("SPB 37/04", "Write to the councils about late return home interviews.", "Letter sent on 2 February.",
             "Complete", "complete", last, topic)):
        if tp is None:
            pk.action(day, tp, ref, text, update, status, "status_column")
        rows.append((word, ref, text, update, day.strftime("%d/%m/%Y")))
    pk.add(T(tuple(rows), widths=(21, 20, 50, 40, 22), header_rows=1, bordered=False),
           P("Signed as a true record by the Commissioner."))
    write(pk, word_pdf(pk))


def merseyside() -> None:
    """reportlab, no grid. New: the level as a letter A / B / C read through a key table, bold over an italic
    comment in one cell; the tracker printed as two tables under "Open actions" and "Actions closed since the
    last meeting", with no status column."""
    this, last = date(2037, 5, 12), date(2037, 3, 24)
    pk = Pack("merseyside-pcc-cce-2037-05-12-round49.pdf", force="Merseyside Police",
              organisation="Police and Crime Commissioner for Merseyside", title="Chief Constable's Executive Scrutiny",
              meeting=this)
    topic = "Serious organised crime"
    pk.add(P("**Police and Crime Commissioner for Merseyside**"),
           H(pk.meeting("Chief Constable's Executive Scrutiny", this, "Firearms discharges"), 1),
           P(f"{long_date(this)}, 9.30am"),
           P("**Theme:** Firearms discharges"),
           T((("No.", "Item", "Presenter"),
              pk.agenda(this, "1", "Welcome", "Commissioner"),
              pk.agenda(this, "2", "Record of the last meeting and actions", "Head of Scrutiny"),
              pk.agenda(this, "3", "Firearms discharges and gang violence", "Detective Chief Superintendent"),
              pk.agenda(this, "4", "Any other business", None)),
             widths=(10, 70, 45), header_rows=1, bordered=False),
           Break(),
           H(pk.meeting(f"Record of the Chief Constable's Executive Scrutiny held on {long_date(last)}", last, topic), 2),
           P("Item 1: Welcome. Item 2: the record of the January meeting was agreed."),
           P(f"**Item 3: {topic}**"),
           T((("Rating", "Meaning"),
              ("A", "The Commissioner is assured."),
              ("B", "The Commissioner is assured in part; further work is asked for."),
              ("C", "The Commissioner is not assured.")), widths=(15, 100), header_rows=1, bordered=False))
    qs = [
        ("How many organised crime groups are mapped, and how many are being disrupted?",
         "Thirty-eight groups are mapped and twenty-nine have an active disruption plan.", "A", "Assured",
         "A good picture of the groups."),
        ("What is the force doing to protect children drawn into county lines?",
         "Referrals to the national referral mechanism rose by a fifth. A child exploitation team was set up in "
         "January but is not yet at full strength.", "B", "Partly assured",
         "The Commissioner asked for the team's staffing each quarter."),
        ("How much criminal cash has been seized and returned to communities?",
         "The force seized 2.1 million pounds. It could not say how much reached the community fund.", "C",
         "Not assured", "The figures must be reconciled with the finance team."),
    ]
    rows = [("", "Question", "Response", "Rating")]
    for i, (question, response, letter, level, comment) in enumerate(qs, 1):
        pk.decision(last, topic, str(i), question, response, level, comment)
        rows.append((f"{i}.", question, response, (f"**{letter}**", f"*{comment}*")))
    pk.add(T(tuple(rows), widths=(7, 40, 50, 30), header_rows=1, bordered=False),
           P("**Actions arising**"),
           P(pk.action(last, topic, "CCE 37/09", "Report the child exploitation team's staffing each quarter.",
                       "First report due in July.", "outstanding", "status_column"), hang="CCE 37/09", indent=60),
           P(pk.action(last, topic, "CCE 37/10", "Reconcile cash seizures with the community fund.",
                       "Reconciled figures sent to the OPCC on 20 April.", "complete", "status_column"),
             hang="CCE 37/10", indent=60),
           Break(),
           H("Action log", 2),
           P("**Open actions**"))
    open_rows = [("Ref", "Meeting", "Action", "Progress")]
    closed_rows = [("Ref", "Meeting", "Action", "Progress")]
    for ref, day, text, update, status, tp in (
            ("CCE 37/04", date(2037, 1, 27), "Brief the Commissioner on the new knife crime hotspot patrols.",
             "Briefing set for June.", "outstanding", None),
            ("CCE 37/09", last, "Report the child exploitation team's staffing each quarter.",
             "First report due in July.", "outstanding", topic),
            ("CCE 37/06", date(2037, 1, 27), "Publish the custody inspection action plan.",
             "Published on the force website in March.", "complete", None),
            ("CCE 37/10", last, "Reconcile cash seizures with the community fund.",
             "Reconciled figures sent to the OPCC on 20 April.", "complete", topic)):
        if tp is None:
            pk.action(day, tp, ref, text, update, status, "status_column")
        (open_rows if status == "outstanding" else closed_rows).append((ref, day.strftime("%d.%m.%y"), text, update))
    pk.add(T(tuple(open_rows), widths=(18, 16, 55, 45), header_rows=1, bordered=False),
           P("**Actions closed since the last meeting**"),
           T(tuple(closed_rows), widths=(18, 16, 55, 45), header_rows=1, bordered=False))
    write(pk, pdf(pk, PdfLook(cell_size=9.5)))


def norfolk() -> None:
    """Word->PDF, borders off. New: an "Outcome" column of "Assurance obtained / Assurance partially obtained /
    Assurance not obtained"; one outcome deferred, one question for information with no outcome sought."""
    this, last = date(2037, 6, 9), date(2037, 4, 14)
    pk = Pack("norfolk-pcc-pam-2037-06-09-round49.pdf", force="Norfolk Constabulary",
              organisation="Police and Crime Commissioner for Norfolk", title="Police Accountability Forum",
              meeting=this)
    topic = "Victim care"
    pk.add(P("**OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR NORFOLK**"),
           H(pk.meeting("Police Accountability Forum", this, None), 1),
           P(f"{long_date(this)}, 10.00, Jubilee House"),
           T((("Item", "Subject", "Presenter"),
              pk.agenda(this, "1.", "Apologies", "PCC"),
              pk.agenda(this, "2.", "Minutes of the Forum held on 14 April", "OPCC Chief Executive"),
              pk.agenda(this, "3.", "Public contact: the non-emergency number", "Superintendent, Contact and Control"),
              pk.agenda(this, "4.", "Date of the next Forum", None)),
             widths=(10, 70, 45), header_rows=1, bordered=False),
           Break(),
           H(pk.meeting(f"MINUTES OF THE POLICE ACCOUNTABILITY FORUM HELD ON {last.day} {last:%B %Y}".upper(), last,
                        topic), 2),
           P("Present: PCC (Chair); Chief Constable; OPCC Chief Executive; OPCC Head of Performance."),
           P("1. Apologies were received from the Deputy PCC."),
           P("2. The minutes of the March Forum were agreed as a correct record."),
           P(f"**3. {topic}**"),
           P("For each question the PCC records an outcome."))
    rows = [("No.", "Question", "Summary of response", "Outcome")]
    for number, question, response, outcome, level, comment in (
            ("1", "What share of victims is contacted within the times the Victims' Code sets?",
             "Eighty-four per cent were contacted in time in the quarter, up from seventy-six.",
             "Assurance obtained", "Assured", "The PCC welcomed the rise."),
            ("2", "How are victims of repeat burglary given extra support?",
             "A flag in the crime system triggers a visit from the burglary team. Flags were missing on some "
             "older records.", "Assurance partially obtained", "Partly assured", "The PCC asked for the older "
             "records to be checked."),
            ("3", "How many victims withdrew support for a prosecution last year?",
             "The force gave figures for the year; they were taken as information for the victims' needs "
             "assessment, and no outcome was sought.", "For information", None, None),
            ("4", "Why do victim satisfaction scores fall after the first month?",
             "The force has commissioned the university to analyse the survey answers.",
             "Assurance not obtained", "Not assured", "The PCC expects the analysis in the autumn."),
            ("5", "Is the new victim care app being used by officers?",
             "Roll-out finished in March; usage data was not available for the Forum.",
             "Deferred to the June Forum", "deferred", "Usage data is to be tabled in June.")):
        if level is not None:
            pk.decision(last, topic, number, question, response, None if level == "deferred" else level, comment)
        cell = (f"**{outcome}**", f"*{comment}*") if comment else f"**{outcome}**"
        rows.append((number, question, response, cell))
    pk.add(T(tuple(rows), widths=(8, 40, 50, 32), header_rows=1, bordered=False),
           P("**Actions**"),
           P(pk.action(last, topic, "PAF 37/12", "Check older burglary records for missing repeat-victim flags.",
                       "Check completed; 212 flags added.", "complete", "status_column")),
           P(pk.action(last, topic, "PAF 37/13", "Table victim care app usage data at the June Forum.",
                       "Data to be presented on 9 June.", "outstanding", "status_column")),
           Break(),
           H("Action log", 2))
    rows = [("Ref", "Forum", "Action", "Update", "Status")]
    for ref, day, text, update, word, status, tp in (
            ("PAF 37/08", date(2037, 3, 10), "Publish the contact centre's call answering times.",
             "Published monthly from April.", "Complete", "complete", None),
            ("PAF 37/09", date(2037, 3, 10), "Review the rota for the victim care unit at weekends.",
             "Review started.", "Open", "outstanding", None),
            ("PAF 37/12", last, "Check older burglary records for missing repeat-victim flags.",
             "Check completed; 212 flags added.", "Complete", "complete", topic),
            ("PAF 37/13", last, "Table victim care app usage data at the June Forum.",
             "Data to be presented on 9 June.", "Open", "outstanding", topic)):
        if tp is None:
            pk.action(day, tp, ref, text, update, status, "status_column")
        rows.append((ref, day.strftime("%d/%m/%Y"), text, update, word))
    pk.add(T(tuple(rows), widths=(18, 20, 50, 40, 21), header_rows=1, bordered=False))
    write(pk, word_pdf(pk))


def staffordshire() -> None:
    """Word. Common: the reference pack's Question | Evidence | Decision table and a Status column."""
    this, last = date(2037, 2, 10), date(2037, 1, 6)
    org = "Staffordshire Commissioner for Police, Fire and Rescue and Crime"
    pk = Pack("staffordshire-pfcc-sgb-2037-02-10-round49.docx", force="Staffordshire Police", organisation=org,
              title="Strategic Governance Board", meeting=this)
    topic = "Hate crime"
    pk.add(P("**Staffordshire Commissioner for Police, Fire and Rescue and Crime**"),
           H(pk.meeting("Strategic Governance Board", this, "Digital forensics"), 1),
           P(f"{long_date(this)}, 2pm"),
           P("**Focus of the meeting:** Digital forensics"),
           T((("No.", "Item", "Lead"),
              pk.agenda(this, "1", "Apologies", "Commissioner"),
              pk.agenda(this, "2", "Notes of the last meeting", "Chief of Staff"),
              pk.agenda(this, "3", "Digital forensics backlog", "Head of Forensic Services"),
              pk.agenda(this, "4", "Any other business", "All")),
             widths=(10, 70, 40), header_rows=1),
           Break(),
           H(pk.meeting(f"Draft notes – Strategic Governance Board ({topic}) – {last.day} {last:%B %Y}", last, topic), 2),
           P("1. Apologies: none. 2. The notes of the December meeting were agreed."))
    rows = [("Question", "Brief summary of evidence", "Decision of the Commissioner")]
    for i, (question, evidence, printed, level, comment) in enumerate((
            ("How many hate crimes were recorded last year and how many were solved?",
             "Nine hundred and forty were recorded; eleven per cent were solved.", "Assured", "Assured",
             "The Commissioner noted the trend."),
            ("How are victims of hate crime kept informed?",
             "Each victim has a named officer; a survey shows mixed satisfaction.", "Partly Assured",
             "Partly assured", "He wants to see the next survey."),
            ("How does the force work with community groups to raise reporting?",
             "Third-party reporting centres closed during the year and have not reopened.", "Not Assured",
             "Not assured", "The Commissioner asked for a plan to reopen them.")), 1):
        pk.decision(last, topic, str(i), question, evidence, level, comment)
        rows.append((f"{i}. {question}", evidence, (f"**{printed}**", f"*{comment}*")))
    pk.add(T(tuple(rows), widths=(45, 50, 35), header_rows=1),
           P("**Actions**"),
           P("1. " + pk.action(last, topic, "SGB 37/02", "Produce a plan to reopen third-party reporting centres.",
                               "Plan drafted with community groups.", "outstanding", "status_column")),
           Break(),
           H("Action tracker", 2))
    rows = [("Ref", "Date", "Action", "Update", "Status")]
    early = pk.action(date(2037, 1, 6), topic, "SGB 37/01", "Report the number of hate crime victims referred to support.",
                      "Referral figures sent.", "complete", "status_column")
    rows.append(("SGB 37/01", "06/01/2037", early, "Referral figures sent.", "Complete"))
    rows.append(("SGB 37/02", "06/01/2037", "Produce a plan to reopen third-party reporting centres.",
                 "Plan drafted with community groups.", "Open"))
    pk.add(T(tuple(rows), widths=(18, 18, 50, 40, 15), header_rows=1))
    write(pk, docx(pk))


def west_yorkshire() -> None:
    """reportlab, landscape, no grid. New: the Mayor's rating printed inside the question cell, under the
    question ("Mayor's rating – Partly assured"); a tracker status of Met / Partly met / Not met."""
    this, last = date(2037, 6, 23), date(2037, 5, 5)
    pk = Pack("west-yorkshire-mayor-aam-2037-06-23-round49.pdf", force="West Yorkshire Police",
              organisation="Mayor of West Yorkshire", title="Accountability and Assurance Meeting", meeting=this)
    topic = "Neighbourhood crime"
    pk.add(P("**West Yorkshire Combined Authority – Policing and Crime**"),
           H(pk.meeting("Accountability and Assurance Meeting", this, None), 1),
           P(f"{long_date(this)}, 11am, Wellington House. **Chair:** Mayor of West Yorkshire"),
           T((("", "Item", "Officer"),
              pk.agenda(this, "1", "Welcome and apologies", "Mayor"),
              pk.agenda(this, "2", "Notes of the meeting of 5 May and the action log", "Head of Policing Governance"),
              pk.agenda(this, "3", "Domestic abuse: arrest and charge", "Assistant Chief Constable"),
              pk.agenda(this, "4", "Police and crime plan: quarterly performance", "Director of Policing and Crime"),
              pk.agenda(this, "5", "Any other business", None)),
             widths=(8, 90, 60), header_rows=1, bordered=False),
           Break(),
           H(pk.meeting(f"Notes: Accountability and Assurance Meeting, {last.day} {last:%B %Y}", last, topic), 2),
           P("Attendees: the Mayor (chair), the Chief Constable, the Deputy Chief Constable and the Director of "
             "Policing and Crime. Apologies: none. The notes of the March meeting were agreed."),
           P(f"**Item 3 – {topic}**"),
           P("The Assistant Chief Constable presented the force's paper on burglary, robbery and vehicle crime. "
             "Neighbourhood crime had fallen in four of the five districts, and the force had moved forensic staff "
             "into the neighbourhood teams so that every burglary is attended. The Mayor asked about the south of "
             "the county, where vehicle crime had risen over the winter, and about how the force keeps in touch "
             "with victims once a crime is filed."),
           P("The Mayor's questions, the force's answers and her rating of each answer are recorded below. The "
             "rating is printed under each question."))
    rows = [("Ref", "Question and rating", "Force response", "Mayor's comment")]
    for ref, question, response, printed, level, comment in (
            ("NC1", "How has the burglary solved rate changed since forensic attendance at every burglary began?",
             "The solved rate rose from 4% to 7% in a year. Forensic staff attend ninety-five per cent of burglaries "
             "within a day.", "Assured", "Assured", "The Mayor welcomed the rise."),
            ("NC2", "What is being done about thefts of catalytic converters in the south of the county?",
             "Thefts fell by a third after a joint operation with scrap metal dealers. The operation ended in April.",
             "Partly assured", "Partly assured", "She asked what replaces the operation."),
            ("NC3", "How many vehicle crime victims receive a visit?",
             "The force could not give a figure; visits are not recorded separately.", "Not assured",
             "Not assured", "Recording of visits is to be added to the crime system.")):
        pk.decision(last, topic, ref, question, response, level, comment)
        rows.append((ref, (question, f"*Mayor's rating – {printed}*"), response, comment))
    pk.add(T(tuple(rows), widths=(10, 60, 60, 45), header_rows=1, bordered=False),
           P("**Actions**"),
           Bul((pk.action(last, topic, "AAM 37/15", "Explain what replaces the joint operation on catalytic converter thefts.",
                          "A summer plan is drafted but not yet agreed.", "outstanding", "status_column"),
                pk.action(last, topic, "AAM 37/16", "Add a field for victim visits to the crime system.",
                          "Field added on 1 June.", "complete", "status_column"))),
           P("The Mayor thanked the officers for their answers. The log below was reviewed at the meeting; its "
             "position column records progress reported to the office since."),
           H("Action log", 2),
           P("Status: Met, Partly met or Not met."))
    rows = [("Ref", "Meeting", "Action", "Position", "Status")]
    for ref, day, text, update, word, status, tp in (
            ("AAM 37/09", date(2037, 3, 17), "Share the results of the neighbourhood policing survey.",
             "Results shared at the April panel.", "Met", "complete", None),
            ("AAM 37/11", date(2037, 3, 17), "Provide 101 call abandonment rates by district.",
             "Four of five districts provided.", "Partly met", "outstanding", None),
            ("AAM 37/12", date(2037, 3, 17), "Publish the stop and search scrutiny panel's findings.",
             "Panel has not met since January.", "Not met", "outstanding", None),
            ("AAM 37/15", last, "Explain what replaces the joint operation on catalytic converter thefts.",
             "A summer plan is drafted but not yet agreed.", "Partly met", "outstanding", topic),
            ("AAM 37/16", last, "Add a field for victim visits to the crime system.",
             "Field added on 1 June.", "Met", "complete", topic)):
        if tp is None:
            pk.action(day, tp, ref, text, update, status, "status_column")
        rows.append((ref, f"{day.day} {day:%B}", text, update, word))
    pk.add(T(tuple(rows), widths=(18, 18, 70, 55, 20), header_rows=1, repeat_header=False, bordered=False),
           P("Director of Policing and Crime, on behalf of the Mayor of West Yorkshire"))
    write(pk, pdf(pk, PdfLook(landscape=True, margin=54, cell_size=9.5)))


def wiltshire() -> None:
    """Word->PDF, borders off. New: "Assured:" Fully / Mostly / Somewhat / Not at all under a key sentence;
    Q1 numbers in their own column; the status column first, with "Awaiting update"."""
    this, last = date(2037, 5, 26), date(2037, 4, 7)
    pk = Pack("wiltshire-pcc-cmb-2037-05-26-round49.pdf", force="Wiltshire Police",
              organisation="Police and Crime Commissioner for Wiltshire and Swindon",
              title="Commissioner's Monitoring Board", meeting=this)
    topic = "Drug driving"
    pk.add(P("**Police and Crime Commissioner for Wiltshire and Swindon**"),
           H(pk.meeting("Commissioner's Monitoring Board", this, "Youth engagement"), 1),
           P(f"{long_date(this)}, Devizes"),
           P("**Topic:** Youth engagement"),
           T((("No", "Item", "Lead"),
              pk.agenda(this, "1", "Welcome and apologies", "PCC"),
              pk.agenda(this, "2", "Notes and action log", "Head of Performance"),
              pk.agenda(this, "3", "Youth engagement and cadets", "Superintendent, Partnerships"),
              pk.agenda(this, "4", "AOB", None)),
             widths=(8, 70, 45), header_rows=1, bordered=False),
           Break(),
           H(pk.meeting(f"Notes of the Commissioner's Monitoring Board, {last.day} {last:%B %Y}", last, topic), 2),
           P("Item 1 – Apologies were received from the Chief Constable; the Deputy Chief Constable attended."),
           P("Item 2 – The notes of the last Board were agreed and the action log reviewed."),
           P(f"**Item 3 – {topic}**"),
           P("Under *Assured:* the Commissioner answers Fully, Mostly, Somewhat or Not at all. Fully and Mostly "
             "mean he is assured; Somewhat means partly assured; Not at all means not assured."))
    rows = [("", "Question", "Response", "Assured:", "Commissioner's comment")]
    for number, question, response, printed, level, comment in (
            ("Q1", "How many roadside drug tests were carried out last year?",
             "Two thousand and forty tests; forty-one per cent were positive.", "Fully", "Assured", None),
            ("Q2", "How long do blood sample results take to come back from the laboratory?",
             "The average is eleven weeks. Cases can be charged only when results arrive.", "Somewhat",
             "Partly assured", "He will write to the laboratory's provider."),
            ("Q3", "Does the force have enough trained drug-test officers on nights?",
             "Rotas show at least two trained officers on most nights; the force does not record gaps.",
             "Mostly", "Assured", "Gaps should be recorded."),
            ("Q4", "What happens to drivers who fail a test and are not charged?",
             "The force could not say.", "Not at all", "Not assured", "A paper is to come to the next Board.")):
        pk.decision(last, topic, number[1:], question, response, level, comment)
        rows.append((number, question, response, f"**{printed}**", comment or ""))
    pk.add(T(tuple(rows), widths=(9, 38, 42, 23, 33), header_rows=1, bordered=False),
           P("Actions arising are minuted below and carried into the action log."),
           P(pk.action(last, topic, "CMB 37/08", "Bring a paper on drivers who fail a test and are not charged.",
                       "Paper on the agenda of the July Board.", "outstanding", "status_column"),
             hang="CMB 37/08", indent=60),
           Break(),
           H("Action log", 2))
    rows = [("Status", "Ref", "Board", "Action", "Progress")]
    for ref, day, text, update, word, status, tp in (
            ("CMB 37/03", date(2037, 2, 24), "Circulate the new cadet scheme handbook.",
             "Handbook circulated on 4 March.", "Closed", "complete", None),
            ("CMB 37/05", date(2037, 2, 24), "Report how many schools have a named officer.", None,
             "Awaiting update", "outstanding", None),
            ("CMB 37/06", date(2037, 2, 24), "Confirm the budget for the youth diversion worker.",
             "Budget agreed for two years.", "Closed", "complete", None),
            ("CMB 37/08", last, "Bring a paper on drivers who fail a test and are not charged.",
             "Paper on the agenda of the July Board.", "Open", "outstanding", topic)):
        if tp is None:
            pk.action(day, tp, ref, text, update, status, "status_column")
        rows.append((word, ref, day.strftime("%d/%m/%y"), text, update or ""))
    pk.add(T(tuple(rows), widths=(20, 18, 20, 50, 42), header_rows=1, bordered=False),
           P("Head of Performance, OPCC"))
    write(pk, word_pdf(pk))


def leicestershire() -> None:
    """reportlab, ruled. Common: Question | Evidence | Decision of the PCC, Assured / Partially assured /
    Not assured; a Complete / Open status column."""
    this, last = date(2037, 4, 28), date(2037, 3, 10)
    pk = Pack("leicestershire-pcc-cgb-2037-04-28-round49.pdf", force="Leicestershire Police",
              organisation="Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
              title="Corporate Governance Board", meeting=this)
    topic = "Fraud"
    pk.add(P("**Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland**"),
           H(pk.meeting("Corporate Governance Board", this, "Custody"), 1),
           P(f"{long_date(this)}, 10am, Force headquarters, Enderby"),
           P("**Theme:** Custody"),
           T((("Item", "Title", "Presented by"),
              pk.agenda(this, "1", "Apologies", "PCC"),
              pk.agenda(this, "2", "Minutes of the last meeting", "OPCC Chief Executive"),
              pk.agenda(this, "3", "Custody: detainee care and health provision", "Chief Superintendent"),
              pk.agenda(this, "4", "Date of next meeting", None)),
             widths=(10, 70, 45), header_rows=1),
           Break(),
           H(pk.meeting(f"Draft notes – Corporate Governance Board ({topic}) – {last.day} {last:%B %Y}", last, topic), 2),
           P("Apologies were noted and the minutes of the last meeting agreed."))
    rows = [("Question", "Brief Summary of Evidence", "Decision of PCC")]
    for i, (question, evidence, level, comment) in enumerate((
            ("How many fraud reports did the force receive from the national centre?",
             "One thousand three hundred reports, of which two hundred were investigated.", "Assured",
             "The PCC noted the volumes."),
            ("How are older victims of courier fraud protected?",
             "A banking protocol is in place with local branches; training of branch staff is half done.",
             "Partially assured", "He asked for the training to finish."),
            ("How much money was recovered for victims?",
             "The force does not record recoveries.", "Not assured", "Recording must begin this year.")), 1):
        pk.decision(last, topic, str(i), question, evidence, "Partly assured" if level == "Partially assured"
                    else level, comment)
        rows.append((f"{i}. {question}", evidence, (f"**{level}**", f"*{comment}*")))
    pk.add(T(tuple(rows), widths=(45, 50, 35), header_rows=1),
           P("**Actions**"),
           P("1. " + pk.action(last, topic, "CGB 37/04", "Finish the training of branch staff on the banking protocol.",
                               "Training finished on 20 April.", "complete", "status_column")),
           P("2. " + pk.action(last, topic, "CGB 37/05", "Start recording money recovered for fraud victims.",
                               "Recording to start in the new crime system.", "outstanding", "status_column")),
           Break(),
           H("Action tracker 2037/38", 2))
    rows = [("Ref", "Raised", "Action", "Update", "Status")]
    for ref, day, text, update, word, status, tp in (
            ("CGB 37/02", date(2037, 2, 3), "Publish the custody independent visitors' annual report.",
             "Published in February.", "Complete", "complete", None),
            ("CGB 37/04", last, "Finish the training of branch staff on the banking protocol.",
             "Training finished on 20 April.", "Complete", "complete", topic),
            ("CGB 37/05", last, "Start recording money recovered for fraud victims.",
             "Recording to start in the new crime system.", "Open", "outstanding", topic)):
        if tp is None:
            pk.action(day, tp, ref, text, update, status, "status_column")
        rows.append((ref, day.strftime("%d/%m/%Y"), text, update, word))
    pk.add(T(tuple(rows), widths=(18, 22, 46, 38, 20), header_rows=1))
    write(pk, pdf(pk, PdfLook()))


PACKS = (derbyshire, durham, gwent, merseyside, norfolk, staffordshire, west_yorkshire, wiltshire, leicestershire)


def main(prefixes: list[str]) -> None:
    for build in PACKS:
        if not prefixes or any(build.__name__.startswith(p) for p in prefixes):
            build()


if __name__ == "__main__":
    main(sys.argv[1:])
