"""Small real DOCX files made with python-docx, for the ingest tests.

python-docx has no API for list definitions, merged-cell markup of older
Word versions, shading, header rows, highlighting or rendered page breaks;
those are written as raw WordprocessingML with OxmlElement, as Word writes
them.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Length, Pt, RGBColor
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from pipeline.ingest.docx import read_docx
from pipeline.layout import LayoutDocument


def new_document() -> DocxDocument:
    return Document()


def to_bytes(document: DocxDocument) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_OFFICE_PDF = Path(__file__).resolve().parents[2] / "samples" / "corpus" / "office_pdf.py"


def add_table_of_widths(document: DocxDocument, rows: Sequence[Sequence[str]], widths: Sequence[Length]) -> Table:
    """A table of ``rows``, the first bold as its header, each column at its width: set on the cells
    and in the table's grid, by which LibreOffice lays the columns out."""
    table = document.add_table(rows=len(rows), cols=len(widths))
    for row, values in enumerate(rows):
        for col, text in enumerate(values):
            cell = table.cell(row, col)
            cell.width = widths[col]
            cell.paragraphs[0].add_run(text).bold = row == 0
    for grid_col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        grid_col.set(qn("w:w"), str(width.twips))
    return table


def office_pdf(document: DocxDocument, path: Path) -> Path:
    """``document`` saved as Word beside ``path`` and written at ``path`` as the PDF LibreOffice makes of it."""
    docx_path = path.with_suffix(".docx")
    document.save(str(docx_path))
    spec = importlib.util.spec_from_file_location("office_pdf", _OFFICE_PDF)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path.write_bytes(module.docx_to_pdf(docx_path.read_bytes(), stable=False))
    return path


def read(document: DocxDocument, name: str = "test.docx") -> LayoutDocument:
    """The document saved and read back through the DOCX backend."""
    data = to_bytes(document)
    return read_docx(Path(name), data, hashlib.sha256(data).hexdigest())


def _element(tag: str, **attributes: str) -> OxmlElement:
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


def add_list_definition(document: DocxDocument, levels: Sequence[tuple[str, str]],
                        font: str | None = None) -> str:
    """A multilevel list (w:abstractNum plus a w:num using it); ``levels`` are
    (numFmt, lvlText) per level, e.g. ("decimal", "%1."), ("bullet", "•").
    Returns the numId to give paragraphs."""
    numbering = document.part.numbering_part.element
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.iterchildren(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.iterchildren(qn("w:num"))]
    abstract_id, num_id = str(max(abstract_ids, default=0) + 1), str(max(num_ids, default=0) + 1)

    abstract = _element("w:abstractNum", abstractNumId=abstract_id)
    abstract.append(_element("w:multiLevelType", val="multilevel"))
    for ilvl, (number_format, text) in enumerate(levels):
        lvl = _element("w:lvl", ilvl=str(ilvl))
        lvl.append(_element("w:start", val="1"))
        lvl.append(_element("w:numFmt", val=number_format))
        lvl.append(_element("w:lvlText", val=text))
        ppr = _element("w:pPr")
        ppr.append(_element("w:ind", left=str(720 * (ilvl + 1)), hanging="360"))
        lvl.append(ppr)
        if font:
            rpr = _element("w:rPr")
            rpr.append(_element("w:rFonts", ascii=font, hAnsi=font))
            lvl.append(rpr)
        abstract.append(lvl)
    # Schema order: every w:abstractNum before the first w:num.
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = _element("w:num", numId=num_id)
    num.append(_element("w:abstractNumId", val=abstract_id))
    numbering.append(num)
    return num_id


def list_paragraph(document_or_cell, text: str, num_id: str, ilvl: int = 0) -> Paragraph:
    """A paragraph numbered by w:numPr (as Word's list buttons make them)."""
    paragraph = document_or_cell.add_paragraph(text)
    ppr = paragraph._p.get_or_add_pPr()
    num_pr = _element("w:numPr")
    num_pr.append(_element("w:ilvl", val=str(ilvl)))
    num_pr.append(_element("w:numId", val=num_id))
    ppr.append(num_pr)
    return paragraph


def styled_run(paragraph: Paragraph, text: str, *, bold: bool | None = None, italic: bool | None = None,
               size: float | None = None, colour: str | None = None, highlight: str | None = None,
               shading: str | None = None) -> Run:
    """A run with direct formatting; colours as "rrggbb", ``highlight`` a
    Word highlight name ("green"), ``shading`` a run shading fill."""
    run = paragraph.add_run(text)
    run.bold, run.italic = bold, italic
    if size is not None:
        run.font.size = Pt(size)
    if colour is not None:
        run.font.color.rgb = RGBColor.from_string(colour.upper())
    rpr = run._r.get_or_add_rPr()
    if highlight is not None:
        rpr.append(_element("w:highlight", val=highlight))
    if shading is not None:
        rpr.append(_element("w:shd", val="clear", color="auto", fill=shading.upper()))
    return run


def shade_cell(cell: _Cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(_element("w:shd", val="clear", color="auto", fill=fill.upper()))


def mark_header_row(row: _Row) -> None:
    row._tr.get_or_add_trPr().append(_element("w:tblHeader"))


def merge_horizontally_legacy(row: _Row, first: int, last: int) -> None:
    """Merge cells the way older Word versions did: w:hMerge restart/continue."""
    for index in range(first, last + 1):
        tc_pr = row.cells[index]._tc.get_or_add_tcPr()
        tc_pr.append(_element("w:hMerge", val="restart") if index == first else _element("w:hMerge"))


def add_rendered_page_break(paragraph: Paragraph) -> None:
    """Mark, as Word does when saving, that a page began at this paragraph."""
    run = paragraph.runs[0]._r if paragraph.runs else paragraph.add_run()._r
    run.insert(0 if run.rPr is None else 1, _element("w:lastRenderedPageBreak"))


def add_landscape_section(document: DocxDocument) -> None:
    """Start a new page in a landscape section (w and h swapped, as Word does)."""
    section = document.add_section(WD_SECTION.NEW_PAGE)
    width, height = section.page_width, section.page_height
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = max(width, height), min(width, height)


def wrap_in_content_control(paragraph: Paragraph) -> None:
    """Move a body paragraph into a block-level content control (w:sdt)."""
    sdt = _element("w:sdt")
    sdt.append(_element("w:sdtPr"))
    content = _element("w:sdtContent")
    sdt.append(content)
    paragraph._p.addprevious(sdt)
    content.append(paragraph._p)


_SHAPE_NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def add_drawn_shape(paragraph: Paragraph, fill: str, geometry: str = "rect", size_emu: int = 114300,
                    vml_only: bool = False) -> None:
    """A filled shape drawn inline, as Word writes it: a DrawingML shape with
    its VML fallback (or, like older Word, VML only). ``fill`` is "rrggbb"."""
    points = size_emu / 12700
    vml_tag = "oval" if geometry == "ellipse" else "rect"
    vml = (f'<w:pict><v:{vml_tag} style="width:{points:g}pt;height:{points:g}pt" '
           f'fillcolor="#{fill.lower()}" stroked="f"/></w:pict>')
    drawing = (
        f'<w:drawing><wp:inline><wp:extent cx="{size_emu}" cy="{size_emu}"/><wp:docPr id="1" name="Shape"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{size_emu}" cy="{size_emu}"/>'
        f'</a:xfrm><a:prstGeom prst="{geometry}"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{fill.upper()}"/></a:solidFill></wps:spPr><wps:bodyPr/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:inline></w:drawing>'
    )
    body = vml if vml_only else (f'<mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice>'
                                 f'<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent>')
    paragraph._p.append(parse_xml(f"<w:r {_SHAPE_NAMESPACES}>{body}</w:r>"))


def without_parts(data: bytes, *part_names: str) -> bytes:
    """The DOCX with some of word/*.xml (e.g. "numbering", "styles") and their
    relationships removed, as minimal writers produce it."""
    dropped = {f"word/{name}.xml" for name in part_names}
    source, target = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            if item.filename in dropped:
                continue
            content = source.read(item)
            if item.filename == "word/_rels/document.xml.rels":
                for name in part_names:
                    content = re.sub(rb'<Relationship [^>]*Target="' + name.encode() + rb'\.xml"/>', b"", content)
            out.writestr(item, content)
    return target.getvalue()


def add_text_box(paragraph: Paragraph, lines: Sequence[str]) -> None:
    """A floating text box anchored in the paragraph (DrawingML with its VML
    fallback, as Word writes it), one paragraph per line."""
    content = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    drawing = (
        '<w:drawing><wp:anchor simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:extent cx="2743200" cy="914400"/>'
        '<wp:docPr id="2" name="Text Box"/><a:graphic>'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing>'
    )
    fallback = f'<w:pict><v:shape><v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict>'
    paragraph._p.append(parse_xml(
        f'<w:r {_SHAPE_NAMESPACES}><mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice>'
        f'<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>'))


def add_form_check_box(paragraph: Paragraph, state: str) -> None:
    """A FORMCHECKBOX field as Word writes it; ``state`` is the checkBox's
    state markup ("<w:checked/>", '<w:checked w:val="0"/>', or none)."""
    for xml in (f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/>'
                f'<w:enabled/><w:checkBox><w:sizeAuto/>{state}</w:checkBox></w:ffData></w:fldChar></w:r>',
                f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
                f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(xml))


_PLACEHOLDER = "Choose an item."


def add_form_drop_down(paragraph: Paragraph, entries: Sequence[str], *, result: int | None = None,
                       default: int | None = None, result_text: str | None = None) -> None:
    """A legacy drop-down form field (FORMDROPDOWN) as Word writes it: its
    entries and the chosen index (w:result; w:default) in the field's data and
    no text between its separator and end; ``result_text`` puts text there, as
    some other writers do."""
    chosen = "" if result is None else f'<w:result w:val="{result}"/>'
    chosen += "" if default is None else f'<w:default w:val="{default}"/>'
    listed = "".join(f'<w:listEntry w:val="{entry}"/>' for entry in entries)
    shown = "" if result_text is None else f'<w:r {nsdecls("w")}><w:t>{result_text}</w:t></w:r>'
    for xml in (f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Dropdown1"/>'
                f'<w:enabled/><w:ddList>{chosen}{listed}</w:ddList></w:ffData></w:fldChar></w:r>',
                f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>',
                f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
                *([shown] if shown else []),
                f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(xml))


def add_drop_down_control(paragraph: Paragraph, entries: Sequence[str], shown: str | None) -> None:
    """A drop-down list content control inside the paragraph, as Word writes
    it: its entries under Word's "Choose an item." prompt, the chosen entry's
    text in its content; ``shown`` None leaves it on the prompt (w:showingPlcHdr,
    the prompt's grey text in its content)."""
    items = "".join(f'<w:listItem w:displayText="{entry}" w:value="{entry}"/>' for entry in [_PLACEHOLDER, *entries])
    flag = "<w:showingPlcHdr/>" if shown is None else ""
    colour = '<w:rPr><w:color w:val="808080"/></w:rPr>' if shown is None else ""
    paragraph._p.append(parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Level"/>{flag}<w:dropDownList>{items}</w:dropDownList>'
        f'</w:sdtPr><w:sdtContent><w:r>{colour}<w:t xml:space="preserve">{shown or _PLACEHOLDER}</w:t></w:r>'
        f'</w:sdtContent></w:sdt>'))


def add_check_box_control(paragraph: Paragraph, checked: bool) -> None:
    """A check box content control (w14:checkbox) as Word writes it: the box
    it shows (☒ / ☐ in MS Gothic) in its content, its state in its properties."""
    w14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    glyph = "\u2612" if checked else "\u2610"
    paragraph._p.append(parse_xml(
        f'<w:sdt {nsdecls("w")} {w14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
        f'w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>'))


def wrap_cell_in_placeholder_control(cell: _Cell) -> None:
    """Wrap a table cell in a cell-level content control left on its prompt
    (w:showingPlcHdr), the cell's text being the prompt."""
    sdt = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent/></w:sdt>')
    cell._tc.addprevious(sdt)
    sdt[1].append(cell._tc)
