"""Word markup that wraps text, and stories outside the body, read as Word
shows them: content controls and custom XML around rows, cells and runs,
smart tags, simple fields and hyperlinks keep their text in place; alternate
content (a choice and its fallback) and a text box in a cell print once;
footnotes and endnotes are kept apart from the body (as the PDF reader keeps
a page's), each section's own running header is furniture once; a table row
deleted with changes tracked is gone, as the changes read accepted."""

from __future__ import annotations

from docx.enum.section import WD_SECTION
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from pipeline.layout import Table

from .docx_builders import add_text_box, new_document, read

_W = nsdecls("w")
_MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def _wrap(element, wrapper_xml: str) -> None:
    """Put ``element`` inside the (empty) wrapper, where the element stood."""
    wrapper = parse_xml(wrapper_xml)
    element.addprevious(wrapper)
    inner = wrapper.find(f"{{{wrapper.nsmap['w']}}}sdtContent")
    (inner if inner is not None else wrapper).append(element)


def test_controls_and_custom_xml_around_rows_cells_and_runs_keep_text_and_grid() -> None:
    document = new_document()
    table = document.add_table(rows=3, cols=2)
    for row in range(3):
        for col in range(2):
            table.cell(row, col).text = f"{'ABC'[row]}{col + 1}"
    second, third, cell = table.rows[1]._tr, table.rows[2]._tr, table.cell(0, 1)._tc
    _wrap(second, f'<w:sdt {_W}><w:sdtPr/><w:sdtContent/></w:sdt>')
    _wrap(third, f'<w:customXml {_W} w:element="action"/>')
    _wrap(cell, f'<w:sdt {_W}><w:sdtPr/><w:sdtContent/></w:sdt>')
    paragraph = document.add_paragraph("Owner: ")
    paragraph._p.append(parse_xml(f'<w:sdt {_W}><w:sdtPr/><w:sdtContent><w:r><w:t>Chief Inspector</w:t></w:r>'
                                  '</w:sdtContent></w:sdt>'))
    paragraph._p.append(parse_xml(f'<w:customXml {_W} w:element="due"><w:r><w:t>, by May</w:t></w:r></w:customXml>'))

    doc = read(document)

    grid = doc.blocks[0]
    assert (grid.n_rows, grid.n_cols) == (3, 2)
    assert [[grid.cell(row, col).text for col in range(2)] for row in range(3)] == [
        ["A1", "A2"], ["B1", "B2"], ["C1", "C2"]]
    assert doc.blocks[1].text == "Owner: Chief Inspector, by May"


def test_smart_tags_simple_fields_and_hyperlinks_keep_their_words_in_place() -> None:
    document = new_document()
    paragraph = document.add_paragraph("Held at ")
    paragraph._p.append(parse_xml(f'<w:smartTag {_W} w:element="place"><w:r><w:t>Darby House</w:t></w:r></w:smartTag>'))
    paragraph._p.append(parse_xml(f'<w:r {_W}><w:t xml:space="preserve"> on </w:t></w:r>'))
    paragraph._p.append(parse_xml(f'<w:fldSimple {_W} w:instr=" DATE \\@ &quot;d MMMM yyyy&quot; ">'
                                  '<w:r><w:t>2 May 2048</w:t></w:r></w:fldSimple>'))
    paragraph._p.append(parse_xml(f'<w:r {_W}><w:t xml:space="preserve">; see the </w:t></w:r>'))
    paragraph._p.append(parse_xml(f'<w:hyperlink {_W} w:anchor="data"><w:r><w:t>published data</w:t></w:r></w:hyperlink>'))
    paragraph._p.append(parse_xml(f'<w:r {_W}><w:t>.</w:t></w:r>'))

    assert [b.text for b in read(document).blocks] == ["Held at Darby House on 2 May 2048; see the published data."]


def test_alternate_content_reads_its_choice_once_at_run_paragraph_and_body_level() -> None:
    document = new_document()
    paragraph = document.add_paragraph("Level: ")
    paragraph._p.append(parse_xml(
        f'<mc:AlternateContent {_MC} {_W}><mc:Choice Requires="w14"><w:r><w:t>Assured</w:t></w:r></mc:Choice>'
        '<mc:Fallback><w:r><w:t>Assured</w:t></w:r></mc:Fallback></mc:AlternateContent>'))
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(
        f'<mc:AlternateContent {_MC} {_W}><mc:Choice Requires="w14"><w:p><w:r><w:t>Noted the plan.</w:t></w:r></w:p>'
        '</mc:Choice><mc:Fallback><w:p><w:r><w:t>Noted the plan.</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent>'))
    boxed = document.add_table(rows=1, cols=2)
    boxed.cell(0, 0).text = "Q1"
    add_text_box(boxed.cell(0, 1).paragraphs[0], ["Partly assured", "Asked for the plan."])

    doc = read(document)

    assert [b.text for b in doc.blocks if not isinstance(b, Table)] == ["Level: Assured", "Noted the plan."]
    assert [b.text for b in doc.blocks[-1].cell(0, 1).blocks] == ["Partly assured", "Asked for the plan."]


def _add_notes(document, kind: str, texts: list[str]) -> None:
    """A footnotes or endnotes part as Word writes it (its two separator notes
    first), each note referenced from the end of the body's last paragraph."""
    notes = "".join(f'<w:{kind} w:id="{n}"><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> {text}'
                    f'</w:t></w:r></w:p></w:{kind}>' for n, text in enumerate(texts, start=1))
    xml = (f'<w:{kind}s {_W}><w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
           f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
           f'</w:{kind}>{notes}</w:{kind}s>')
    content_type = CT.WML_FOOTNOTES if kind == "footnote" else CT.WML_ENDNOTES
    part = Part(PackURI(f"/word/{kind}s.xml"), content_type, xml.encode(), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES)
    last = document.paragraphs[-1]._p
    for n in range(1, len(texts) + 1):
        last.append(parse_xml(f'<w:r {_W}><w:{kind}Reference w:id="{n}"/></w:r>'))


def test_footnotes_and_endnotes_are_kept_apart_from_the_body() -> None:
    document = new_document()
    document.add_paragraph("Charges rose by 9%")
    _add_notes(document, "footnote", ["Source: force crime data, April 2048."])
    _add_notes(document, "endnote", ["Figures are provisional."])

    doc = read(document)

    assert [b.text for b in doc.blocks] == ["Charges rose by 9%"]  # no note text, no reference number
    assert [(b.text, b.prov.page, b.prov.locator) for b in doc.footnotes] == [
        ("Source: force crime data, April 2048.", None, "footnotes/footnote[1]/p[1]"),
        ("Figures are provisional.", None, "endnotes/endnote[1]/p[1]")]


def test_each_sections_own_header_is_furniture_once() -> None:
    document = new_document()
    document.sections[0].header.paragraphs[0].text = "Accountability Board – Part A"
    document.add_paragraph("Part A business")
    second = document.add_section(WD_SECTION.NEW_PAGE)
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "Accountability Board – Part B (exempt)"
    document.add_paragraph("Part B business")
    document.add_section(WD_SECTION.NEW_PAGE)  # linked to the header before it
    document.add_paragraph("Closing")

    doc = read(document)

    assert [b.text for b in doc.blocks] == ["Part A business", "Part B business", "Closing"]
    assert [(b.text, b.prov.locator) for b in doc.page_furniture] == [
        ("Accountability Board – Part A", "section[1]/header/p[1]"),
        ("Accountability Board – Part B (exempt)", "section[2]/header/p[1]")]


def test_a_table_row_deleted_with_changes_tracked_is_gone() -> None:
    document = new_document()
    table = document.add_table(rows=3, cols=2)
    for row, (ref, status) in enumerate((("AB 48/01", "Open"), ("AB 48/02", "Complete"), ("AB 48/03", "Open"))):
        table.cell(row, 0).text, table.cell(row, 1).text = ref, status
    deleted = table.rows[1]._tr
    deleted.get_or_add_trPr().append(parse_xml(f'<w:del {_W} w:id="7" w:author="Editor"/>'))
    for r in deleted.iter(f"{{{deleted.nsmap['w']}}}r"):
        r.addprevious(wrapper := parse_xml(f'<w:del {_W} w:id="8" w:author="Editor"/>'))
        wrapper.append(r)
        for t in r.iter(f"{{{deleted.nsmap['w']}}}t"):
            t.tag = f"{{{deleted.nsmap['w']}}}delText"

    doc = read(document)

    grid = doc.blocks[0]
    assert [[grid.cell(row, col).text for col in range(2)] for row in range(grid.n_rows)] == [
        ["AB 48/01", "Open"], ["AB 48/03", "Open"]]
    assert grid.cell(1, 0).prov.locator == "body/tbl[1]/r[3]/c[1]"
    assert any("tracked changes" in warning for warning in doc.warnings)


def test_an_embedded_document_is_not_read_and_a_warning_says_so() -> None:
    document = new_document()
    document.add_paragraph("Before the chunk")
    chunk = Part(PackURI("/word/chunk1.htm"), "application/xhtml+xml",
                 b"<html><body><p>Pasted minutes</p></body></html>", document.part.package)
    r_id = document.part.relate_to(chunk, RT.A_F_CHUNK)
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(f'<w:altChunk {_W} {nsdecls("r")} r:id="{r_id}"/>'))
    document.add_paragraph("After the chunk")

    doc = read(document)

    assert [b.text for b in doc.blocks] == ["Before the chunk", "After the chunk"]
    assert doc.warnings == ("1 embedded document(s) (altChunk) were not read.",)
