"""Blind round 25 (issue 3): inspection reports as analysts actually save them.

Two HMICFRS publication-html pages saved as PDF (HTML converted by LibreOffice's writer_web PDF
export), two reports pasted into Word (one kept as .docx, one saved as PDF), a force's improvement
plan built from spreadsheet-like tables in Word, and a PCC annual report section saved as PDF.

Run: .venv/bin/python samples/corpus/inspection-round25/generate.py
Needs LibreOffice (`soffice`). Gold goes to gold/<file>.json (staged in pending/ until the extractors were fixed); PDF pages are read from the PDF.
"""

from __future__ import annotations

import html
import io
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent.parent)]
from inspection_render import fixed_zip_times  # noqa: E402
from office_pdf import docx_to_pdf, FIXED_DATE  # noqa: E402

CHECKED = ("Written by hand in samples/corpus/inspection-round25/generate.py beside the text it describes, blind "
           "(no extractor code, extractor test or earlier round's generator read); PDF pages found in the PDF's own "
           "text and read against `scrutiny inspect`.")
GRADE_FILL = {"Outstanding": "2E7D32", "Good": "8BC34A", "Adequate": "FFEB3B", "Requires improvement": "FF9800",
              "Inadequate": "E53935"}


# ---------------------------------------------------------------- gold collector
class Gold:
    def __init__(self, name: str, force: str) -> None:
        self.name, self.force = name, force
        self.records: dict[str, list[dict]] = {t: [] for t in (
            "documents", "grades", "areas_for_improvement", "causes_of_concern", "recommendations", "findings")}

    def add(self, record_type: str, anchor: str | None, *, after: str | None = None, **fields) -> None:
        """``anchor``: a phrase of the record's own, searched in the PDF from the page holding ``after``."""
        record = {"page": (anchor, after), "force": self.force, **fields}
        self.records[record_type].append(record)

    def write(self, pdf: bytes | None) -> None:
        pages = [_norm(p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages] if pdf else None
        for kind, records in self.records.items():
            for record in records:
                if kind == "documents":
                    record["page"] = None
                    continue
                anchor, after = record["page"]
                record["page"] = _page_of(anchor, pages, _page_of(after, pages) if after else 1) if pages else None
        doc = {"source_file": self.name, "expect": "ok", "checked": CHECKED, "records": self.records}
        (HERE / "gold" / f"{self.name}.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2013", "-")
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _page_of(anchor: str, pages: list[str], first: int = 1) -> int:
    # a table cell wraps its text, and its lines may be read between the next column's: a shorter key
    for length in (60, 24):
        key = _norm(anchor)[:length]
        for number, text in enumerate(pages, start=1):
            if number >= first and key in text:
                return number
    raise ValueError(f"anchor not found in PDF: {anchor!r}")


# ---------------------------------------------------------------- HTML page -> PDF
def web_page(title: str, stamp: str, url: str, body: str) -> str:
    """The page as a browser prints it: date, time and page title over every page, URL and "Page N of M"
    under it. LibreOffice reads a div titled header/footer as the page header/footer; the second of each
    is the left-hand pages' (one alone leaves every other page bare)."""
    header = f'<div title="header"><p style="font-size:8pt;color:#444">{stamp} &nbsp;&nbsp;&nbsp; {E(title)} | HMICFRS</p></div>'
    footer = (f'<div title="footer"><p style="font-size:8pt;color:#444">{url} &nbsp;&nbsp;&nbsp; Page '
              '<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> of '
              '<sdfield type=DOCSTAT subtype=PAGE format=PAGE>1</sdfield></p></div>')
    return (f"<html><head><meta charset='utf-8'><title>{E(title)} | HMICFRS</title></head>"
            f"<body style='font-family:Liberation Sans'>{header * 2}{body}{footer * 2}</body></html>")


def html_to_pdf(page: str, writer_web: bool = False) -> bytes:
    """By default opened as a Writer document (the HTML (StarWriter) filter) so the page header and footer
    print: Writer/Web's own PDF export (writer_web_pdf_Export) leaves blank pages between the printed ones
    once a page has a header. ``writer_web``: that export, for a page with none. As office_pdf.docx_to_pdf
    does, convert again until the bold fonts come after the others, LibreOffice's usual order."""
    for _ in range(12):
        data = _convert_html(page, writer_web)
        bold = [b"Bold" in name for name in re.findall(rb"/BaseFont/([\w+-]+)", data)]
        if bold == sorted(bold):
            return data
    raise RuntimeError("LibreOffice never wrote the embedded fonts in its usual order")


def _convert_html(page: str, writer_web: bool) -> bytes:
    convert = (["--convert-to", "pdf:writer_web_pdf_Export"] if writer_web
               else ["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export"])
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "page.html"
        source.write_text(page, encoding="utf-8")
        subprocess.run(["taskset", "-c", "0", "setarch", "-R", "soffice", f"-env:UserInstallation=file://{tmp}/profile",
                        "--headless", *convert, "--outdir", tmp, str(source)],
                       check=True, capture_output=True, timeout=180)
        data = (Path(tmp) / "page.pdf").read_bytes()
    # the same pinning as office_pdf._convert (private there, and for a .docx): dates, /ID, /DocChecksum
    data = re.sub(rb"D:\d{14}", b"D:" + FIXED_DATE, data)
    data = re.sub(rb"([+-])\d\d'\d\d'", rb"+00'00'", data)
    zeros = lambda m: m.group(1) + re.sub(rb"[0-9A-Fa-f]", b"0", m.group(2))
    data = re.sub(rb"(/ID )(\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\])", zeros, data)
    data = re.sub(rb"(/DocChecksum )(/[0-9A-Fa-f]+)", zeros, data)
    return data


E = html.escape

WEB_CHROME_TOP = """<p style="font-size:9pt;background:#eeeeee">We use some essential cookies to make this website work. We'd also like to set
analytics cookies that help us make improvements by measuring how you use the site. <u>Accept analytics cookies</u>
&nbsp; <u>Reject analytics cookies</u> &nbsp; <u>View cookies</u></p>
<p style="font-size:9pt"><b>HMICFRS</b> &nbsp;|&nbsp; Our work &nbsp;|&nbsp; Publications &nbsp;|&nbsp; News &nbsp;|&nbsp; About us &nbsp;|&nbsp; Contact us &nbsp;|&nbsp; Search</p>
<p style="font-size:9pt"><u>Home</u> &gt; <u>Publications</u> &gt; <u>{crumb}</u> &gt; {title}</p>
"""
WEB_CHROME_END = """<p style="font-size:8pt"><u>Back to top</u></p>
<hr><p style="font-size:8pt">Share this page: Email &nbsp; X &nbsp; LinkedIn &nbsp; Facebook</p>
<p style="font-size:8pt">Accessibility &nbsp;|&nbsp; Cookies &nbsp;|&nbsp; Privacy notice &nbsp;|&nbsp; Freedom of information &nbsp;|&nbsp;
Complaints &nbsp;|&nbsp; Modern slavery statement &nbsp;|&nbsp; Contact us<br>
All content is available under the Open Government Licence v3.0, except where otherwise stated. &copy; Crown copyright</p>
"""


def web_box(label: str, inner: str, colour: str = "#f3f2f1") -> str:
    return (f'<table width="100%" cellpadding="8" border="0"><tr><td bgcolor="{colour}">'
            f'<p><b>{E(label)}</b></p>{inner}</td></tr></table>')


def web_grade_table(rows: list[tuple[str, str]], head: tuple[str, str]) -> str:
    cells = "".join(f'<tr><td>{E(a)}</td><td bgcolor="#{GRADE_FILL.get(g, "FFFFFF")}">{E(g)}</td></tr>' for a, g in rows)
    return (f'<table border="1" cellpadding="4" cellspacing="0" width="100%"><tr bgcolor="#dddddd"><th align="left">{E(head[0])}</th>'
            f'<th align="left">{E(head[1])}</th></tr>{cells}</table>')


# ---------------------------------------------------------------- doc 1: PEEL web page
def peel_web() -> tuple[str, bytes]:
    name = "peel-2023-25-derbyshire-web-r25.pdf"
    force = "Derbyshire Constabulary"
    g = Gold(name, force)
    title = "PEEL 2023–25: Police effectiveness, efficiency and legitimacy – An inspection of Derbyshire Constabulary"
    url = "https://hmicfrs.justiceinspectorates.gov.uk/publication-html/peel-2023-25-derbyshire-constabulary/"
    g.add("documents", None, status="ok", doc_kind="peel_report",
          title="PEEL 2023–25: Police effectiveness, efficiency and legitimacy – An inspection of Derbyshire Constabulary",
          publication_date="2026-02-19", file_type="pdf")
    grades = [("Providing a service to victims of crime", None), ("Police powers and public treatment", "Good"),
              ("Preventing crime", "Good"), ("Responding to the public", "Requires improvement"),
              ("Investigating crime", "Inadequate"), ("Protecting vulnerable people", "Adequate"),
              ("Managing offenders", "Adequate"), ("Developing a positive workplace", "Good"),
              ("Leadership and force management", "Adequate")]
    out = [WEB_CHROME_TOP.format(title=E(title), crumb="PEEL 2023–25")]
    out.append(f"<h1>{E(title)}</h1><p>Published on: 19 February 2026</p>")
    out.append("<p><b>Contents</b></p><ul><li>About this inspection</li><li>Our judgments</li><li>HM Inspector's observations</li>"
               "<li>Providing a service to the victims of crime</li><li>Police powers and public treatment</li>"
               "<li>Preventing crime</li><li>Responding to the public</li><li>Investigating crime</li><li>Protecting vulnerable people</li>"
               "<li>Managing offenders and suspects</li><li>Building, supporting and protecting the workforce</li><li>Leadership and force management</li></ul>"
               "<p><u>Download the full report (PDF document)</u> &nbsp; <u>Print this page</u></p>")
    out.append("<h2>About this inspection</h2><p>We inspected Derbyshire Constabulary in the summer of 2025 as part of our "
               "police effectiveness, efficiency and legitimacy (PEEL) programme. We use a four-year cycle that lets us "
               "track how forces change over time, and we grade each area on a five-point scale.</p>")
    out.append("<h2>Our judgments</h2><p>Our inspection assessed how good Derbyshire Constabulary is in nine areas of "
               "policing. We make graded judgments in eight of these nine as follows:</p>")
    rows = [(a, g_ or "Not graded") for a, g_ in grades if a != "Providing a service to victims of crime"]
    out.append(web_grade_table(rows, ("Area of policing", "Grade")))
    out.append("<p>We also inspected how effective a service the force gives to victims of crime. We don't grade this area.</p>")
    for area, grade in rows:
        g.add("grades", f"{area} {grade}", framework="PEEL 2023-25", area=area, area_raw=area, grade=grade, as_of="2026-02")
    out.append("<p><u>Back to top</u></p><h2>HM Inspector's observations</h2><p>I have concerns about how the force "
               "investigates crime. Since our last inspection, when we judged its investigations to be adequate, "
               "demand has risen and supervision has not kept pace. I am more positive about the workplace, where "
               "the force has invested in wellbeing and in its first-line supervisors.</p>")

    def afi_box(area: str, text: str, detail: str | None) -> str:
        g.add("areas_for_improvement", text, area=area, text=text, detail=detail)
        inner = f"<p><b>{E(text)}</b></p>" + (f"<p>{E(detail)}</p>" if detail else "")
        return web_box("Area for improvement", inner)

    def practice(area: str, kind: str, ttl: str, body: str) -> str:
        g.add("findings", ttl, kind=kind, area=area, text=ttl)
        label = "Innovative practice" if kind == "innovative_practice" else "Promising practice"
        return web_box(label, f"<p><b>{E(ttl)}</b></p><p>{E(body)}</p>", "#e8f1f8")

    out.append("<p><u>Back to top</u></p><h2>Providing a service to the victims of crime</h2><p>We assessed how well the "
               "force records crime, and reviewed a sample of cases. The force records most crime it should, and "
               "victims are usually kept informed, though needs assessments under the victims' code are not always done.</p>")
    out.append("<p><u>Back to top</u></p><h2>Police powers and public treatment</h2><p><b>Derbyshire Constabulary is good at "
               "treating people fairly and with respect.</b></p><p>Officers understand when they may use stop and search "
               "and record their grounds well. The force consults its communities through an independent advisory group.</p>")
    out.append(practice("Police powers and public treatment", "promising_practice",
                        "Young people review body-worn video of stop and search encounters",
                        "A panel of young people from local colleges watches a sample of body-worn video footage each "
                        "quarter and tells the force what it sees. The force uses this to shape its training."))
    out.append("<p><u>Back to top</u></p><h2>Preventing crime</h2><p><b>Derbyshire Constabulary is good at preventing and "
               "deterring crime and antisocial behaviour, and reducing vulnerability.</b></p><p>Neighbourhood teams use "
               "problem-solving plans and work closely with councils and housing providers.</p>")
    area = "Responding to the public"
    out.append("<p><u>Back to top</u></p><h2>Responding to the public</h2><p><b>Derbyshire Constabulary requires improvement "
               "in how it responds to the public.</b></p><p>The force answers most emergency calls quickly, but callers to "
               "the non-emergency number often wait a long time, and some abandon the call.</p>")
    out.append(afi_box(area, "The force should make sure it answers non-emergency calls promptly and that it reduces the number of abandoned calls.",
                       "In the year to March 2025 the force answered fewer than half of its non-emergency calls within three "
                       "minutes. Callers who give up may not report crime again."))
    out.append(afi_box(area, "The force should improve how it assesses risk when it first takes a call, using a structured process that call handlers apply every time.", None))
    area = "Investigating crime"
    out.append("<p><u>Back to top</u></p><h2>Investigating crime</h2><p><b>Derbyshire Constabulary is inadequate at "
               "investigating crime.</b></p><p>We found too many investigations with no plan, and supervisors who did not "
               "review them. Victims are often not told when their case is closed.</p>")
    cause = "Derbyshire Constabulary isn't investigating crime effectively, and doesn't consistently give victims the service they are entitled to."
    cause_detail = ("In 61 of the 110 investigations we reviewed there was no evidence of an investigation plan, and "
                    "supervision was missing or ineffective in 48 of them.")
    g.add("causes_of_concern", cause, area=area, text=cause, detail=cause_detail)
    lead = "Within six months, Derbyshire Constabulary should:"
    recs = ["make sure that investigations are allocated to officers with the right skills and experience;",
            "make sure that supervisors review investigations regularly and record clear direction; and",
            "make sure that victims' needs are assessed and that they are kept updated, in line with the Code of Practice for Victims of Crime."]
    for r in recs:
        g.add("recommendations", r, cause_of_concern_text=cause, text=r, timescale="Within six months", lead_in=lead)
    out.append(web_box("Cause of concern", f"<p><b>{E(cause)}</b></p><p>{E(cause_detail)}</p><p><b>Recommendations</b></p>"
                       f"<p>{E(lead)}</p><ul>" + "".join(f"<li>{E(r)}</li>" for r in recs) + "</ul>", "#fdecea"))
    out.append(afi_box(area, "The force should make sure it uses outcome 16 only where it is appropriate and that the victim's decision is recorded.", None))
    area = "Protecting vulnerable people"
    out.append("<p><u>Back to top</u></p><h2>Protecting vulnerable people</h2><p><b>Derbyshire Constabulary is adequate at "
               "protecting vulnerable people.</b></p><p>The force identifies vulnerability well at first contact, but "
               "it does not use domestic violence protection orders as often as it could.</p>")
    out.append(afi_box(area, "The force should make sure it uses all available legal powers, including domestic violence protection orders, to protect victims.",
                       "Officers told us they found the application process slow, and legal advice was not always available out of hours."))
    out.append(practice(area, "innovative_practice", "A missing-from-home triage desk staffed with social workers",
                        "The force and two councils run a shared desk that reviews every report of a missing child within an hour."))
    area = "Managing offenders"
    out.append("<p><u>Back to top</u></p><h2>Managing offenders and suspects</h2><p><b>Derbyshire Constabulary is adequate at "
               "managing offenders and suspects.</b></p><p>Wanted suspects are usually arrested promptly, although the "
               "force has a backlog of visits to registered sex offenders.</p>")
    out.append(afi_box(area, "The force should reduce its backlog of visits to registered sex offenders and make sure risk assessments are completed on time.", None))
    out.append("<p><u>Back to top</u></p><h2>Building, supporting and protecting the workforce</h2><p><b>Derbyshire Constabulary "
               "is good at building and developing its workforce.</b></p><p>Staff told us they feel valued, and the force "
               "has a clear plan to support new supervisors.</p>")
    area = "Leadership and force management"
    out.append("<p><u>Back to top</u></p><h2>Leadership and force management</h2><p><b>Derbyshire Constabulary is adequate at "
               "leadership and force management.</b></p><p>Chief officers have a clear vision, but the force's plans for "
               "future demand are not yet linked to its budget.</p>")
    out.append(afi_box(area, "The force should make sure its strategic planning links demand, workforce and finance, so it can show it uses its resources well.", None))
    out.append(WEB_CHROME_END)
    pdf = html_to_pdf(web_page(title, "19/02/2026, 14:07", url, "".join(out)))
    g.write(pdf)
    return name, pdf



# ---------------------------------------------------------------- doc 2: child protection web page
def ncpi_web() -> tuple[str, bytes]:
    name = "ncpi-merseyside-web-r25.pdf"
    force = "Merseyside Police"
    g = Gold(name, force)
    title = "An inspection of the Merseyside Police response to child protection"
    url = "https://hmicfrs.justiceinspectorates.gov.uk/publication-html/national-child-protection-inspection-merseyside-police/"
    g.add("documents", None, status="ok", doc_kind="child_protection_report", title=title,
          publication_date="2026-03-26", file_type="pdf")
    topics = [("Leadership and management", "Child protection leadership", "Adequate"),
              ("Working with safeguarding partners", "Working with safeguarding partners", "Good"),
              ("Responding to children at risk of harm", "Responding to children at risk of harm", "Requires improvement"),
              ("Assessing risk to children and making appropriate referrals", "Assessing risk to children and making appropriate referrals", "Adequate"),
              ("Investigating reports of abuse, neglect and exploitation of children", "Investigating reports of abuse, neglect and exploitation of children", "Requires improvement")]
    out = [WEB_CHROME_TOP.format(title=E(title), crumb="Child protection")]
    out.append(f"<h1>{E(title)}</h1><p>National child protection inspection</p><p>Published on: 26 March 2026</p>"
               "<p><u>Download the report (PDF document)</u> &nbsp; <u>Download the easy read summary</u></p>")
    out.append("<h2>Foreword</h2><p>Between October and November 2025 we inspected how well Merseyside Police protects "
               "children. Our last inspection of the force's child protection work, in 2020, was not graded. Officers we "
               "met were committed, but too often the first response to a child at risk was slow.</p>")
    out.append("<h2>Summary of our judgments</h2><p>We graded the force's performance in five areas:</p>")
    out.append(web_grade_table([(raw, grade) for raw, _, grade in topics], ("Inspection area", "Judgment")))
    for raw, area, grade in topics:
        g.add("grades", f"{raw} {grade}", framework="Child protection", area=area, area_raw=raw, grade=grade, as_of="2026-03")
    out.append("<p>Our grades are outstanding, good, adequate, requires improvement and inadequate. You can read more "
               "about <u>how we grade</u> on our website.</p><p><u>Back to top</u></p>")

    def afi_box(area: str, text: str, detail: str | None) -> str:
        g.add("areas_for_improvement", text, area=area, text=text, detail=detail)
        return web_box("Area for improvement", f"<p><b>{E(text)}</b></p>" + (f"<p>{E(detail)}</p>" if detail else ""))

    raw, area, grade = topics[0]
    out.append(f"<h2>{E(raw)}</h2><p><b>Our judgment: {grade.lower()}</b></p><p>The force has a child-centred "
               "policing strategy that senior leaders understand. However, its performance data does not yet tell "
               "leaders how well children are protected, as opposed to how quickly cases are processed.</p>")
    out.append(afi_box(area, "Merseyside Police should develop its performance framework so that leaders understand the quality of the service it gives to children.",
                       "Leaders rely on counts of referrals and arrests. Few measures describe outcomes for children or what children say about their contact with the police."))
    raw, area, grade = topics[1]
    out.append(f"<p><u>Back to top</u></p><h2>{E(raw)}</h2><p><b>Our judgment: {grade.lower()}</b></p><p>The force "
               "works well with the three safeguarding partnerships in its area, and shares information promptly at "
               "multi-agency meetings.</p>")
    g.add("findings", "Police officers seconded to the local authority's adolescent safeguarding team",
          kind="promising_practice", area=area, text="Police officers seconded to the local authority's adolescent safeguarding team")
    out.append(web_box("Promising practice", "<p><b>Police officers seconded to the local authority's adolescent safeguarding team</b></p>"
                       "<p>Two officers work inside the council team and join its visits to children at risk of exploitation.</p>", "#e8f1f8"))
    raw, area, grade = topics[2]
    out.append(f"<p><u>Back to top</u></p><h2>{E(raw)}</h2><p><b>Our judgment: {grade.lower()}</b></p><p>Call handlers "
               "did not always recognise risk to children in the calls we listened to, and some emergency responses "
               "were downgraded without a supervisor's review.</p>")
    cause = "Merseyside Police doesn't always respond promptly or effectively when a child is at risk of harm."
    g.add("causes_of_concern", cause, area=area, text=cause, detail=None)
    lead1 = "With immediate effect, Merseyside Police should:"
    recs1 = ["make sure that call handlers identify and record risk to children in every call they grade; and",
             "make sure that a supervisor reviews every decision to downgrade a response to a child at risk."]
    lead2 = "Within six months, Merseyside Police should:"
    recs2 = ["review its training for call handlers so that it covers the signs of neglect and exploitation."]
    for lead, recs, scale in ((lead1, recs1, "With immediate effect"), (lead2, recs2, "Within six months")):
        for r in recs:
            g.add("recommendations", r, cause_of_concern_text=cause, text=r, timescale=scale, lead_in=lead)
    out.append(web_box("Cause of concern", f"<p><b>{E(cause)}</b></p><p><b>Recommendations</b></p><p>{E(lead1)}</p><ul>"
                       + "".join(f"<li>{E(r)}</li>" for r in recs1) + f"</ul><p>{E(lead2)}</p><ul>"
                       + "".join(f"<li>{E(r)}</li>" for r in recs2) + "</ul>", "#fdecea"))
    raw, area, grade = topics[3]
    out.append(f"<p><u>Back to top</u></p><h2>{E(raw)}</h2><p><b>Our judgment: {grade.lower()}</b></p><p>Officers "
               "usually complete a risk assessment when they attend a child, but the voice of the child is often "
               "missing from it.</p>")
    out.append(afi_box(area, "Merseyside Police should make sure officers record the views and feelings of children in their risk assessments.", None))
    raw, area, grade = topics[4]
    out.append(f"<p><u>Back to top</u></p><h2>{E(raw)}</h2><p><b>Our judgment: {grade.lower()}</b></p><p>Investigations "
               "of online abuse are delayed by a backlog of devices waiting to be examined.</p>")
    out.append(afi_box(area, "Merseyside Police should reduce the time children wait for their devices to be examined in investigations of online abuse.",
                       "At the time of our inspection 312 devices were waiting, some for more than nine months."))
    out.append(afi_box(area, "Merseyside Police should make sure that strategy discussions take place before officers interview children.", None))
    out.append("<p><u>Back to top</u></p><h2>Next steps</h2><p>We will ask the force for an action plan within six "
               "weeks and will monitor its progress.</p>")
    out.append(WEB_CHROME_END)
    pdf = html_to_pdf(web_page(title, "27/03/2026, 09:41", url, "".join(out)))
    g.write(pdf)
    return name, pdf



# ---------------------------------------------------------------- doc 7: PEEL 2021/22 web page, Writer/Web's own export
def peel_2021_web() -> tuple[str, bytes]:
    """Printed with the browser's headers and footers turned off, but the analyst's print line kept at the
    top of the page; converted with Writer/Web's PDF export (writer_web_pdf_Export), which the
    running-header pages above cannot use."""
    name = "peel-2021-22-cheshire-web-r25.pdf"
    force = "Cheshire Constabulary"
    g = Gold(name, force)
    title = "PEEL 2021/22: An inspection of Cheshire Constabulary"
    url = "https://hmicfrs.justiceinspectorates.gov.uk/publication-html/peel-assessment-2021-22-cheshire/"
    g.add("documents", None, status="ok", doc_kind="peel_report", title=title, publication_date="2022-09-01", file_type="pdf")
    rows = [("Engaging with and treating the public with fairness and respect", "Police powers and public treatment", "Good"),
            ("Preventing crime and anti-social behaviour", "Preventing crime", "Good"),
            ("Responding to the public", "Responding to the public", "Adequate"),
            ("Investigating crime", "Investigating crime", "Requires improvement"),
            ("Protecting vulnerable people", "Protecting vulnerable people", "Adequate"),
            ("Managing offenders and suspects", "Managing offenders", "Good"),
            ("Building, supporting and protecting the workforce", "Developing a positive workplace", "Good"),
            ("Strategic planning, organisational management and value for money", "Good use of resources", "Adequate"),
            ("Recording data about crime", "Recording data about crime", "Good")]
    out = [f'<p style="font-size:8pt;color:#555">Printed 12/04/2026 from {url}</p>',
           WEB_CHROME_TOP.format(title=E(title), crumb="PEEL 2021/22"),
           f"<h1>{E(title)}</h1><p>Published on: 1 September 2022</p>",
           "<p><u>Download the full report (PDF document)</u> &nbsp; <u>Print this page</u></p>",
           "<h2>Our judgments</h2><p>Our inspection assessed how good Cheshire Constabulary is in ten areas of policing. "
           "We make graded judgments in nine of these ten as follows:</p>",
           web_grade_table([(raw, grade) for raw, _, grade in rows], ("Area of policing", "Grade")),
           "<p>We also inspected how effective a service the force gives to victims of crime. We don't grade this area.</p>",
           "<p><u>Back to top</u></p><h2>HM Inspector's observations</h2><p>I have some concerns about how the force "
           "investigates crime. Too many investigations are closed without a suspect being identified, and victims "
           "are not always kept informed. The force is good at preventing crime and has a stable, well-led workforce.</p>"]
    for raw, area, grade in rows:
        g.add("grades", f"{raw} {grade}", framework="PEEL 2021/22", area=area, area_raw=raw, grade=grade, as_of="2022-09")

    def afi_box(area: str, text: str, detail: str | None) -> str:
        g.add("areas_for_improvement", text, area=area, text=text, detail=detail)
        return web_box("Area for improvement", f"<p><b>{E(text)}</b></p>" + (f"<p>{E(detail)}</p>" if detail else ""))

    out.append("<p><u>Back to top</u></p><h2>Responding to the public</h2><p><b>Cheshire Constabulary is adequate at "
               "responding to the public.</b></p><p>The force answers emergency calls promptly, but it does not always "
               "attend incidents within its target times, and some callers are not given crime prevention advice.</p>")
    out.append(afi_box("Responding to the public", "The force should make sure it attends incidents within the times it sets itself, and that it updates callers when it is delayed.",
                       "In 14 of the 60 incidents we reviewed, attendance was later than the target, and the caller was not updated."))
    out.append("<p><u>Back to top</u></p><h2>Investigating crime</h2><p><b>Cheshire Constabulary requires improvement at "
               "investigating crime.</b></p><p>Investigations are not always allocated to the right officers, and "
               "supervisors do not consistently review them.</p>")
    out.append(afi_box("Investigating crime", "The force should make sure that investigations are supervised, and that supervisors record their reviews.",
                       "Supervision was not recorded, or was not effective, in 31 of the 90 investigations we reviewed."))
    out.append(afi_box("Investigating crime", "The force should make sure it records the victim's wishes when a victim withdraws support for an investigation.", None))
    out.append("<p><u>Back to top</u></p><h2>Protecting vulnerable people</h2><p><b>Cheshire Constabulary is adequate at "
               "protecting vulnerable people.</b></p><p>Officers understand vulnerability, but the force does not always "
               "make full use of protective orders.</p>")
    out.append(afi_box("Protecting vulnerable people", "The force should make sure it applies for domestic violence protection orders in all appropriate cases.", None))
    out.append("<p><u>Back to top</u></p><h2>Strategic planning, organisational management and value for money</h2>"
               "<p><b>Cheshire Constabulary is adequate at strategic planning and organisational management.</b></p>"
               "<p>The force understands its demand but has not yet linked its workforce plan to its medium-term budget.</p>")
    out.append(afi_box("Good use of resources", "The force should develop its workforce plan so that it is linked to its financial plan and to the demand it expects.",
                       "The workforce plan we saw ran only to the end of the current year."))
    out.append(WEB_CHROME_END)
    page = (f"<html><head><meta charset='utf-8'><title>{E(title)} | HMICFRS</title></head>"
            f"<body style='font-family:Liberation Sans'>{''.join(out)}</body></html>")
    pdf = html_to_pdf(page, writer_web=True)
    g.write(pdf)
    return name, pdf


# ---------------------------------------------------------------- Word helpers: text pasted from a web page
def bold_para(doc, text: str, size: float | None = None, colour: str | None = None):
    """A heading pasted as a bold Normal paragraph."""
    run = doc.add_paragraph().add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)
    return run


def typed_bullets(doc, items: list[str]) -> None:
    """Lists pasted as typed bullet characters, not Word lists."""
    for item in items:
        doc.add_paragraph(f"•\t{item}")


def shade(cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    properties.append(shd)


def table(doc, header: list[str], rows: list[list[str]], fill_col: int | None = None, head_fill: str = "D9D9D9"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, header):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
        shade(cell, head_fill)
    for row in rows:
        cells = t.add_row().cells
        for col, (cell, text) in enumerate(zip(cells, row)):
            cell.text = text
            if col == fill_col and text in GRADE_FILL:
                shade(cell, GRADE_FILL[text])
    return t


def docx_bytes(doc) -> bytes:
    doc.core_properties.author = "Analyst"
    from datetime import datetime
    doc.core_properties.created = doc.core_properties.modified = datetime(2026, 5, 1, 9, 0, 0)
    buffer = io.BytesIO()
    doc.save(buffer)
    return fixed_zip_times(buffer.getvalue())



# ---------------------------------------------------------------- doc 3: PEEL 2021/22 pasted into Word
def peel_pasted_docx() -> tuple[str, bytes]:
    name = "peel-2021-22-essex-pasted-r25.docx"
    force = "Essex Police"
    g = Gold(name, force)
    doc = Document()
    doc.add_paragraph("Copied from the HMICFRS website, 3 May 2026 – for the Performance Scrutiny Panel (internal working copy)")
    bold_para(doc, "PEEL 2021/22 – An inspection of Essex Police", size=18)
    doc.add_paragraph("Published on: 7 October 2022")
    g.add("documents", None, status="ok", doc_kind="peel_report", title="PEEL 2021/22 – An inspection of Essex Police",
          publication_date="2022-10-07", file_type="docx")
    bold_para(doc, "Our judgments", size=14)
    doc.add_paragraph("Our inspection assessed how good Essex Police is in ten areas of policing. We make graded "
                      "judgments in nine of these ten as follows:")
    rows = [("Engaging with and treating the public with fairness and respect", "Police powers and public treatment", "Good"),
            ("Preventing crime and anti-social behaviour", "Preventing crime", "Outstanding"),
            ("Responding to the public", "Responding to the public", "Requires improvement"),
            ("Investigating crime", "Investigating crime", "Adequate"),
            ("Protecting vulnerable people", "Protecting vulnerable people", "Good"),
            ("Managing offenders and suspects", "Managing offenders", "Good"),
            ("Building, supporting and protecting the workforce", "Developing a positive workplace", "Adequate"),
            ("Strategic planning, organisational management and value for money", "Good use of resources", "Good"),
            ("Recording data about crime", "Recording data about crime", "Good")]
    table(doc, ["Area of policing", "Grade"], [[raw, grade] for raw, _, grade in rows]
          + [["Disrupting serious organised crime", "We now inspect serious and organised crime on a regional basis"]], fill_col=1)
    for raw, area, grade in rows:
        g.add("grades", None, framework="PEEL 2021/22", area=area, area_raw=raw, grade=grade, as_of="2022-10")
    doc.add_paragraph("We also inspected how effective a service the force gives to victims of crime. We don't grade this area.")
    doc.add_paragraph("Back to top")
    bold_para(doc, "HM Inspector's observations", size=14)
    doc.add_paragraph("I am pleased with some aspects of the performance of Essex Police, but it needs to improve how it "
                      "responds to the public. In our last inspection the force was judged good at preventing crime; it "
                      "has built on that work.")
    doc.add_heading("Responding to the public", level=2)
    p = doc.add_paragraph()
    r = p.add_run("Requires improvement")
    r.bold = True
    r.font.color.rgb = RGBColor.from_string("C65102")
    doc.add_paragraph("Essex Police requires improvement in how it responds to the public. The force does not answer "
                      "enough emergency calls within ten seconds, and response times to priority incidents are too long.")
    bold_para(doc, "Cause of concern")
    cause = "Essex Police isn't responding to emergency calls and incidents quickly enough, which may put people at risk."
    bold_para(doc, cause)
    g.add("causes_of_concern", None, area="Responding to the public", text=cause, detail=None)
    bold_para(doc, "Recommendations")
    lead = "Within three months, the force should:"
    doc.add_paragraph(lead)
    recs = ["make sure it has enough call handlers at times of peak demand;",
            "monitor the time taken to answer emergency calls and act when it falls short; and",
            "review how it grades incidents so that it attends those involving vulnerable people promptly."]
    typed_bullets(doc, recs)
    for r_ in recs:
        g.add("recommendations", None, cause_of_concern_text=cause, text=r_, timescale="Within three months", lead_in=lead)
    bold_para(doc, "Areas for improvement")
    afis = ["The force should make sure that it gives victims appropriate advice about preserving evidence when they first call.",
            "The force should make sure it identifies repeat callers and records their vulnerability."]
    typed_bullets(doc, afis)
    for a in afis:
        g.add("areas_for_improvement", None, area="Responding to the public", text=a, detail=None)
    doc.add_paragraph("Back to top")
    doc.add_heading("Investigating crime", level=2)
    bold_para(doc, "Adequate", colour="B58B00")
    doc.add_paragraph("Essex Police is adequate at investigating crime. Most investigations are proportionate, but "
                      "supervisors do not always record their reviews.")
    bold_para(doc, "Area for improvement")
    afi = "The force should make sure its investigations are supervised effectively and that supervisors record their direction."
    detail = "In 23 of the 75 investigations we reviewed, there was no record of supervision, or the supervision was not effective."
    bold_para(doc, afi)
    doc.add_paragraph(detail)
    g.add("areas_for_improvement", None, area="Investigating crime", text=afi, detail=detail)
    doc.add_paragraph("Back to top")
    bold_para(doc, "Building, supporting and protecting the workforce", size=13)
    bold_para(doc, "Adequate", colour="B58B00")
    doc.add_paragraph("Essex Police is adequate at building, supporting and protecting its workforce.")
    bold_para(doc, "Areas for improvement")
    afis = ["The force should make sure that it understands the wellbeing needs of its workforce and that supervisors have the time to meet them.",
            "The force should improve how it monitors the workloads of its investigators."]
    typed_bullets(doc, afis)
    for a in afis:
        g.add("areas_for_improvement", None, area="Developing a positive workplace", text=a, detail=None)
    bold_para(doc, "Innovative practice")
    bold_para(doc, "A peer support app for officers exposed to traumatic incidents")
    doc.add_paragraph("Officers can ask for a call from a trained colleague at any hour. The force reviews how the app is used every quarter.")
    g.add("findings", None, kind="innovative_practice", area="Developing a positive workplace",
          text="A peer support app for officers exposed to traumatic incidents")
    doc.add_paragraph("Back to top")
    for heading, grade, colour, text in ESSEX_SECTIONS:
        doc.add_heading(heading, level=2)
        bold_para(doc, grade, colour=colour)
        for paragraph in text:
            doc.add_paragraph(paragraph)
        doc.add_paragraph("Back to top")
    doc.add_paragraph("© HMICFRS. Crown copyright. hmicfrs.justiceinspectorates.gov.uk/publication-html/peel-2021-22-essex-police/")
    g.write(None)
    return name, docx_bytes(doc)


ESSEX_SECTIONS = [
    ("Preventing crime and anti-social behaviour", "Outstanding", "1E6B2F", [
        "Essex Police is outstanding at preventing crime and anti-social behaviour. Prevention is at the heart of its "
        "policing model, and every neighbourhood team has a problem-solving plan agreed with its partners.",
        "The force evaluates its prevention work with a local university and stops what does not work. We saw "
        "examples of long-running problems in town centres that had been resolved through joint work with councils, "
        "housing providers and businesses."]),
    ("Protecting vulnerable people", "Good", "4E8B23", [
        "Essex Police is good at protecting vulnerable people. Officers identify vulnerability at the first point of "
        "contact and the force uses a range of powers to protect victims of domestic abuse.",
        "Its multi-agency safeguarding hub shares information quickly, and the force works with partners to "
        "safeguard children at risk of exploitation. It makes good use of stalking protection orders."]),
    ("Managing offenders and suspects", "Good", "4E8B23", [
        "Essex Police is good at managing offenders and suspects. It pursues wanted people and those suspected of "
        "crime who are released under investigation, and it manages registered sex offenders effectively.",
        "The force's offender managers have manageable workloads, and visits to high-risk offenders take place on "
        "time. It uses ancillary orders well to restrict offenders' behaviour."]),
    ("Strategic planning, organisational management and value for money", "Good", "4E8B23", [
        "Essex Police is good at strategic planning and organisational management. It understands the demand it "
        "faces now and is likely to face in future, and it has plans to meet it within its budget.",
        "The force collaborates with a neighbouring force on specialist operations and support services, which has "
        "saved money and improved resilience."]),
    ("Recording data about crime", "Good", "4E8B23", [
        "Essex Police is good at recording crime. We estimate that it records 94.1 percent of reported crime "
        "(excluding fraud), with a confidence interval of +/- 1.6 percent.",
        "The force records most reports of violence and of sexual offences correctly, but it should make sure that "
        "it records all reports of behavioural crimes such as stalking and harassment."]),
]


# ---------------------------------------------------------------- doc 4: PEEL 2023-25 pasted into Word, saved as PDF
def peel_pasted_pdf() -> tuple[str, bytes]:
    name = "peel-2023-25-lincolnshire-pasted-r25.pdf"
    force = "Lincolnshire Police"
    g = Gold(name, force)
    doc = Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Lincolnshire Police – PEEL 2023–25 (text copied from HMICFRS website)"
    fp = section.footer.paragraphs[0]
    fp.text = "OFFICIAL – working copy for the PCC's office"
    title = "PEEL 2023–25: An inspection of Lincolnshire Police"
    bold_para(doc, title, size=20)
    doc.add_paragraph("Published on: 11 December 2025")
    g.add("documents", None, status="ok", doc_kind="peel_report", title=title, publication_date="2025-12-11", file_type="pdf")
    doc.add_paragraph("Print this page     Share this page")
    doc.add_heading("Our judgments", level=2)
    doc.add_paragraph("Our inspection assessed how good Lincolnshire Police is in nine areas of policing. We make graded "
                      "judgments in eight of these nine as follows:")
    rows = [("Police powers and public treatment", "Adequate"), ("Preventing crime", "Good"),
            ("Responding to the public", "Good"), ("Investigating crime", "Requires improvement"),
            ("Protecting vulnerable people", "Requires improvement"), ("Managing offenders", "Good"),
            ("Developing a positive workplace", "Adequate"), ("Leadership and force management", "Good")]
    table(doc, ["Area of policing", "Grade"], [[a, gr] for a, gr in rows], fill_col=1)
    for a, gr in rows:
        g.add("grades", f"{a} {gr}", framework="PEEL 2023-25", area=a, area_raw=a, grade=gr, as_of="2025-12")
    doc.add_paragraph("We also inspected how effective a service the force gives to victims of crime. We don't grade this area.")
    doc.add_heading("HM Inspector's observations", level=2)
    for text in OBSERVATIONS:
        doc.add_paragraph(text)
    doc.add_heading("Summary", level=2)
    doc.add_paragraph("Lincolnshire Police is a small force that has improved its response to calls since 2022. It now "
                      "needs to improve the quality of its investigations and its protection of vulnerable people.")
    bold_para(doc, "Police powers and public treatment", size=13)
    doc.add_paragraph("Lincolnshire Police is adequate at treating people fairly and with respect.")
    doc.add_paragraph(FILLER["powers"])
    bold_para(doc, "Area for improvement")
    afi = "The force should improve how it records the grounds for stop and search, so that every record shows reasonable grounds."
    bold_para(doc, afi)
    detail = "We reviewed 140 stop and search records and found that 18 did not show reasonable grounds."
    doc.add_paragraph(detail)
    g.add("areas_for_improvement", afi, area="Police powers and public treatment", text=afi, detail=detail)
    bold_para(doc, "Investigating crime", size=13)
    doc.add_paragraph("Lincolnshire Police requires improvement at investigating crime.")
    doc.add_paragraph(FILLER["investigating"])
    bold_para(doc, "Areas for improvement")
    afis = ["The force should make sure that investigations are completed in a timely way and that victims are kept informed.",
            "The force should improve the way it seizes and examines digital devices, to reduce delays in investigations.",
            "The force should make sure it complies with the victims' code when it closes an investigation."]
    typed_bullets(doc, afis)
    for a in afis:
        g.add("areas_for_improvement", a, area="Investigating crime", text=a, detail=None)
    doc.add_heading("Protecting vulnerable people", level=3)
    doc.add_paragraph("Lincolnshire Police requires improvement at protecting vulnerable people.")
    bold_para(doc, "Cause of concern")
    cause = "Lincolnshire Police doesn't consistently identify and safeguard vulnerable people, particularly victims of domestic abuse."
    detail = ("In too many of the cases we reviewed, officers didn't complete a risk assessment at the scene, and "
              "referrals to partner agencies were delayed.")
    bold_para(doc, cause)
    doc.add_paragraph(detail)
    g.add("causes_of_concern", cause, area="Protecting vulnerable people", text=cause, detail=detail)
    bold_para(doc, "Recommendations")
    lead = "Within six months, Lincolnshire Police should:"
    doc.add_paragraph(lead)
    recs = ["make sure officers complete a risk assessment for every domestic abuse incident they attend;",
            "make sure referrals to partner agencies are made without delay; and",
            "make sure supervisors review the safeguarding plans of high-risk victims."]
    typed_bullets(doc, recs)
    for r_ in recs:
        g.add("recommendations", r_, cause_of_concern_text=cause, text=r_, timescale="Within six months", lead_in=lead)
    bold_para(doc, "Promising practice: Domestic abuse matters training for call handlers")
    doc.add_paragraph("The force has trained all its call handlers to recognise coercive control, with a refresher each year.")
    g.add("findings", "Domestic abuse matters training for call handlers", kind="promising_practice",
          area="Protecting vulnerable people", text="Domestic abuse matters training for call handlers")
    for heading, key in (("Preventing crime", "preventing"), ("Responding to the public", "responding"),
                         ("Managing offenders and suspects", "offenders")):
        bold_para(doc, heading, size=13)
        doc.add_paragraph(FILLER[key])
        doc.add_paragraph(FILLER["more_" + key])
        doc.add_paragraph("Back to top")
    bold_para(doc, "Developing a positive workplace", size=13)
    doc.add_paragraph("Lincolnshire Police is adequate at building, supporting and protecting its workforce.")
    bold_para(doc, "Area for improvement")
    afi = "The force should make sure its promotion processes are fair and that the workforce has confidence in them."
    bold_para(doc, afi)
    g.add("areas_for_improvement", afi, area="Developing a positive workplace", text=afi, detail=None)
    doc.add_paragraph("Back to top")
    bold_para(doc, "Leadership and force management", size=13)
    doc.add_paragraph(FILLER["leadership"])
    doc.add_paragraph(FILLER["more_leadership"])
    bold_para(doc, "About the data")
    doc.add_paragraph(FILLER["data"])
    doc.add_paragraph("Accessibility   Cookies   Privacy notice   Contact us   © Crown copyright")
    pdf = docx_to_pdf(docx_bytes(doc))
    g.write(pdf)
    return name, pdf


OBSERVATIONS = [
    "I am satisfied with some aspects of the performance of Lincolnshire Police, but there are areas in which it needs "
    "to improve. When we last inspected the force, in 2022, we graded it as requiring improvement in how it responds "
    "to the public. It has made real progress since then, and now answers most emergency calls quickly.",
    "I am concerned about the way the force protects vulnerable people. Officers do not always assess risk at the scene "
    "of a domestic abuse incident, and some victims wait too long for support from partner agencies. The force has "
    "recognised this and has started to change its training, but it needs to go further and faster.",
    "My report sets out the detail. I am grateful to the officers and staff of Lincolnshire Police for their help "
    "during our inspection, and I will monitor the force's progress.",
]
FILLER = {
    "powers": "Officers understand how to use stop and search fairly, and the force consults its communities about "
              "its use of powers through a scrutiny panel that meets every two months. The panel reviews body-worn "
              "video footage and reports its findings publicly.",
    "investigating": "The force has too many open investigations for its available investigators, and some of them "
                     "have been open for more than a year. Supervisors do not always set clear lines of enquiry, and "
                     "victims are not always told when their case is closed or why.",
    "preventing": "Lincolnshire Police is good at preventing and deterring crime and antisocial behaviour, and reducing "
                  "vulnerability. Neighbourhood teams know their communities and use problem-solving plans that are "
                  "reviewed by supervisors.",
    "more_preventing": "The force works with the county council and district councils on rural crime and on antisocial "
                       "behaviour in the coastal towns in summer. It evaluates most of its problem-solving work and "
                       "shares what it learns across its teams.",
    "responding": "Lincolnshire Police is good at responding to the public. It answers emergency calls quickly and "
                  "uses a structured triage process to assess risk at the first point of contact.",
    "more_responding": "The force has invested in its control room, recruiting more call handlers and changing shift "
                       "patterns so that more staff are on duty at times of peak demand. Non-emergency calls are now "
                       "answered more quickly than at the time of our last inspection.",
    "offenders": "Lincolnshire Police is good at managing offenders and suspects. It arrests wanted suspects promptly "
                 "and manages registered sex offenders well, with visits completed on time.",
    "more_offenders": "The force's integrated offender management scheme focuses on people who cause the most harm, and "
                      "it works closely with the probation service to share information about them.",
    "leadership": "Lincolnshire Police is good at leadership and force management. Chief officers have a clear vision "
                  "and communicate it well to the workforce, which understands the force's priorities.",
    "more_leadership": "The force understands its current and future demand and has a realistic financial plan, "
                       "although it will need to make further savings in the next two years. It works with other "
                       "forces in the region to share specialist functions.",
    "data": "Data in this report is from a range of sources, including the Home Office, the Office for National "
            "Statistics, our inspection fieldwork and data we collected directly from all 43 police forces in England "
            "and Wales. Where we have collected data directly from police forces, we have taken reasonable steps to "
            "agree the design of the data collection with forces and with other interested parties.",
}


# ---------------------------------------------------------------- doc 5: force improvement plan (spreadsheet-like tables)
def improvement_plan() -> tuple[str, bytes]:
    name = "staffordshire-peel-improvement-plan-r25.docx"
    force = "Staffordshire Police"
    g = Gold(name, force)
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "OFFICIAL SENSITIVE"
    title = "PEEL 2023–25 improvement plan"
    doc.add_heading(title, level=1)
    g.add("documents", None, status="ok", doc_kind="force_response", title=title, file_type="docx")
    doc.add_paragraph("Staffordshire Police – Force Improvement Board. Position at 30 April 2026. Exported from the "
                      "force's HMICFRS recommendations tracker (sheet 'PEEL 2025').")
    doc.add_paragraph("HMICFRS published its PEEL 2023–25 report on Staffordshire Police on 14 January 2026. The previous "
                      "PEEL report, of the 2021/22 inspection, was published in June 2022.")
    doc.add_heading("Grades", level=2)
    rows = [("Police powers and public treatment", "Good", "Adequate"), ("Preventing crime", "Adequate", "Good"),
            ("Responding to the public", "Good", "Inadequate"), ("Investigating crime", "Requires improvement", "Requires improvement"),
            ("Protecting vulnerable people", "Adequate", "Requires improvement"), ("Managing offenders", "Good", "Adequate"),
            ("Developing a positive workplace", "Adequate", "Adequate"), ("Leadership and force management", "Good", "Not graded")]
    t = table(doc, ["PEEL area", "PEEL 2023–25 grade", "PEEL 2021/22 grade", "Change"],
              [[a, n, o, "—" if o == "Not graded" else ("↑" if n != o and n in ("Good", "Adequate") and o in ("Requires improvement", "Inadequate", "Adequate") else ("↔" if n == o else "↓"))] for a, n, o in rows])
    for r_i, (a, n, o) in enumerate(rows, start=1):
        shade(t.rows[r_i].cells[1], GRADE_FILL[n])
        if o in GRADE_FILL:
            shade(t.rows[r_i].cells[2], GRADE_FILL[o])
    for a, n, o in rows:
        g.add("grades", None, framework="PEEL 2023-25", area=a, area_raw=a, grade=n, as_of="2026-01")
        if o != "Not graded":
            g.add("grades", None, framework="PEEL 2021/22", area=a, area_raw=a, grade=o, as_of="2022-06")
    doc.add_heading("Cause of concern and recommendations", level=2)
    cause = "Staffordshire Police isn't making sure that investigations are effective and that victims get the service they should."
    g.add("causes_of_concern", None, area="Investigating crime", text=cause, detail=None)
    recs = ["Within six months, the force should make sure that investigations are allocated to staff with the skills to carry them out.",
            "Within six months, the force should make sure that supervisors review investigations and record their direction."]
    tracker = [["CoC1", "Investigating crime", cause, "ACC Crime", "Amber", "Investigation standards board set up in February 2026."]]
    for i, r_ in enumerate(recs, start=1):
        tracker.append([f"CoC1.R{i}", "Investigating crime", r_, "Head of CID", "Amber" if i == 1 else "Green",
                        "Allocation policy rewritten; audit due June 2026." if i == 1 else "Supervision template live on the crime system."])
        g.add("recommendations", None, cause_of_concern_text=cause, text=r_, timescale="Within six months")
    t = table(doc, ["Ref", "PEEL area", "HMICFRS wording", "Lead", "RAG", "Update"], tracker)
    doc.add_heading("Areas for improvement", level=2)
    afis = [("Responding to the public", "The force should make sure it answers non-emergency calls within its target times."),
            ("Investigating crime", "The force should improve the way it gathers and records evidence in investigations."),
            ("Protecting vulnerable people", "The force should make sure it shares information with partners about children who are missing from home."),
            ("Protecting vulnerable people", "The force should improve its use of Clare's Law disclosures."),
            ("Developing a positive workplace", "The force should make sure that officers and staff get regular and effective appraisals."),
            ("Preventing crime", "The force should evaluate its problem-solving work so that it knows what works.")]
    rag = ["Green", "Amber", "Amber", "Red", "Green", "Complete"]
    table(doc, ["Ref", "PEEL area", "Area for improvement", "Owner", "RAG", "Update"],
          [[f"AFI{i}", a, text, "Ch Supt", rag[i - 1], "See action plan."] for i, (a, text) in enumerate(afis, start=1)])
    for a, text in afis:
        g.add("areas_for_improvement", None, area=a, text=text, detail=None)
    doc.add_paragraph("RAG key: Green – on track; Amber – some slippage; Red – off track; Complete – evidence submitted to HMICFRS.")
    g.write(None)
    return name, docx_bytes(doc)


# ---------------------------------------------------------------- doc 6: PCC annual report section, saved as PDF
def annual_report() -> tuple[str, bytes]:
    name = "north-wales-pcc-annual-report-2025-26-r25.pdf"
    force = "North Wales Police"
    g = Gold(name, force)
    doc = Document()
    doc.sections[0].footer.paragraphs[0].text = "Police and Crime Commissioner for North Wales – Annual Report 2025/26"
    title = "Annual Report 2025/26"
    doc.add_heading(title, level=0)
    doc.add_paragraph("Adroddiad Blynyddol 2025/26")
    g.add("documents", None, status="ok", title=title, organisation="Police and Crime Commissioner for North Wales",
          file_type="pdf")
    doc.add_paragraph("Police and Crime Commissioner for North Wales")
    doc.add_heading("Foreword", level=1)
    doc.add_paragraph("This is my report on the third year of my police and crime plan. It sets out what North Wales "
                      "Police and my office have done to deliver the plan's priorities, and how I have held the Chief "
                      "Constable to account for the service the public receives.")
    doc.add_paragraph("The year brought real pressure on budgets, but the force recruited to its highest number of "
                      "officers and opened two new community hubs. Victims told us through our surveys that they felt "
                      "better informed about their cases than a year earlier.")
    doc.add_heading("Police and crime plan priorities", level=1)
    for priority, text in (("Supporting victims and communities", "We commissioned new services for victims of domestic abuse and stalking, and expanded the restorative justice service to every county."),
                           ("Fighting crime", "Neighbourhood policing teams held more than 400 community meetings and led problem-solving work on rural theft."),
                           ("Delivering efficiency and effectiveness", "The force's estates strategy released savings that funded 24 additional investigators.")):
        doc.add_heading(priority, level=2)
        doc.add_paragraph(text)
    doc.add_paragraph("Table 1: Performance against the plan's measures")
    table(doc, ["Measure", "2024/25", "2025/26"], [["Victim satisfaction (whole experience)", "71%", "74%"],
                                                   ["999 calls answered within 10 seconds", "88%", "91%"],
                                                   ["Recorded crime (number)", "61,204", "59,877"],
                                                   ["Domestic abuse arrest rate", "34%", "37%"]], head_fill="DDEBF7")
    doc.add_paragraph("Source: North Wales Police performance data, April 2026.")
    doc.add_heading("Holding the Chief Constable to account", level=1)
    doc.add_paragraph("I hold the Chief Constable to account through my monthly Strategic Executive Board and through "
                      "the reports of His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS).")
    doc.add_heading("PEEL inspection", level=2)
    doc.add_paragraph("HMICFRS published its PEEL 2023–25 inspection report on North Wales Police in September 2025. "
                      "In its previous inspection the force was graded good at preventing crime; it has kept that grade. "
                      "The grades were:")
    rows = [("Police powers and public treatment", "Good"), ("Preventing crime", "Good"), ("Responding to the public", "Adequate"),
            ("Investigating crime", "Adequate"), ("Protecting vulnerable people", "Good"), ("Managing offenders", "Outstanding"),
            ("Developing a positive workplace", "Good"), ("Leadership and force management", "Good")]
    table(doc, ["Area / Maes", "Grade / Gradd"], [[a, gr] for a, gr in rows], fill_col=1, head_fill="DDEBF7")
    for a, gr in rows:
        g.add("grades", f"{a} {gr}", framework="PEEL 2023-25", area=a, area_raw=a, grade=gr, as_of="2025-09")
    doc.add_paragraph("HMICFRS raised no cause of concern. It gave the force four areas for improvement, and I monitor "
                      "them at each board:")
    afis = [("Responding to the public", "The force should make sure that it answers calls to its non-emergency number promptly.", "Call handler recruitment complete; answer times improved."),
            ("Investigating crime", "The force should improve how it keeps victims updated during investigations.", "New victim contact contract introduced."),
            ("Investigating crime", "The force should make sure it carries out thorough initial investigations.", "Training delivered to response officers."),
            ("Police powers and public treatment", "The force should make sure that officers record their use of force every time.", "Compliance now above 90 per cent.")]
    table(doc, ["Area", "HMICFRS area for improvement", "Progress at 31 March 2026"], [list(x) for x in afis], head_fill="DDEBF7")
    for a, text, _ in afis:
        g.add("areas_for_improvement", text, area=a, text=text, detail=None)
    doc.add_heading("Other inspections", level=2)
    doc.add_paragraph("HMICFRS also published a national report on neighbourhood policing, which included North Wales "
                      "Police. I discussed its national recommendations with the Chief Constable in February 2026.")
    doc.add_heading("Finance", level=1)
    doc.add_paragraph("The police fund for 2025/26 was £213.4 million. The force delivered its savings target, and "
                      "the year closed with an underspend of £1.2 million, which I have placed in reserves for the "
                      "replacement of the force's command and control system.")
    doc.add_paragraph("Table 2: Revenue outturn 2025/26")
    table(doc, ["Budget line", "Budget (£m)", "Outturn (£m)"], [["Police officer pay", "121.6", "120.9"],
                                                               ["Police staff pay", "52.3", "51.8"],
                                                               ["Commissioner's office and commissioning", "4.9", "4.7"],
                                                               ["Non-pay", "34.6", "34.8"]], head_fill="DDEBF7")
    doc.add_paragraph("Police and Crime Commissioner for North Wales, July 2026")
    pdf = docx_to_pdf(docx_bytes(doc))
    g.write(pdf)
    return name, pdf


def main() -> None:
    builders = [peel_web, ncpi_web, peel_2021_web, peel_pasted_docx, peel_pasted_pdf, improvement_plan, annual_report]
    wanted = set(sys.argv[1:])
    for build in builders:
        name, data = build()
        if wanted and name not in wanted:
            continue
        (HERE / name).write_bytes(data)
        print(name)


if __name__ == "__main__":
    main()
