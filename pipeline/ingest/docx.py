"""DOCX backend: a Word document's body as a LayoutDocument.

Reads the body's XML in document order (paragraphs, tables, content
controls, text boxes after their anchor paragraph), resolves formatting
through the style hierarchy, renders list markers, rebuilds table grids with
merged cells, and counts pages where the file says where they break. Every
block carries a locator ("body/p[12]", "body/tbl[2]/r[3]/c[1]/p[1]",
"body/sdt[1]/p[2]", "body/p[3]/txbx[1]/p[1]": 1-based, per element name,
like XPath; empty paragraphs count though they make no block) and a page
only when page breaks are recorded. Table rows and columns in Cell.row/col
are 0-based grid positions; the r[]/c[] of locators are the 1-based XML
elements (a cell after a gridSpan sits at a higher grid column).

Word's template machinery reads as the document shows it:

- content controls (w:sdt) at every level are opened and read as their
  content: a drop-down list's shown entry, a check box's ☒ / ☐ as printed; a
  control left on its placeholder (w:showingPlcHdr: "Choose an item.",
  "Click or tap here to enter text.") is a prompt to the author, no value,
  and reads as nothing (a cell it wraps stays, empty);
- legacy form fields hold their value in the field's data only: a check box
  (FORMCHECKBOX) reads ☒ / ☐ by its state, a drop-down (FORMDROPDOWN) as its
  chosen entry (w:result, else w:default, else the first entry); any result
  text a writer also put in the field is not read a second time. Other
  fields read as their last result (a PAGE field its cached number);
- tracked changes read as accepted: insertions kept, deletions left out,
  a table row deleted is gone (a warning counts them); a paragraph mark
  deleted is not merged away (the two paragraphs stay two);
- hyperlinks, smart tags, simple fields and custom XML read as their runs;
  alternate content (mc:AlternateContent: a choice for newer readers, a
  fallback for older ones) as its choice only, at run, paragraph and body
  level, so that nothing prints twice;
- each section's own headers and footers (first page, even pages) are page
  furniture, each distinct text once, page numbers left out;
- footnotes and endnotes are kept apart from the body, in ``footnotes`` (no
  page; their reference marks print no number into the text); comments
  are a reviewer's notes, not the document's words, and are not read;
- an embedded document (w:altChunk: HTML, RTF or another .docx pasted in as
  a chunk Word only merges when it next saves) is not read: it is another
  format, and a warning says so.

python-docx and zip errors propagate: pipeline.ingest turns them into
errors a person can act on.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from lxml.etree import _Element

from pipeline.ingest import PAGE_NUMBER_LINE
from pipeline.ingest.docx_numbering import Numbering
from pipeline.ingest.docx_styles import (
    RunFormat,
    StyleSheet,
    is_on,
    normalise_colour,
    shading_colour,
    symbol_text,
)
from pipeline.layout import (
    STATUS_GLYPHS,
    BlockKind,
    Cell,
    FileType,
    LayoutDocument,
    Page,
    Provenance,
    Span,
    Style,
    Table,
    TextBlock,
)

_P, _TBL, _SDT, _SDT_CONTENT, _CUSTOM_XML = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")
_R, _T, _TAB, _BR, _CR = qn("w:r"), qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
_PPR, _RPR, _SECT_PR = qn("w:pPr"), qn("w:rPr"), qn("w:sectPr")
_RENDERED_BREAK = qn("w:lastRenderedPageBreak")
_TR, _TC = qn("w:tr"), qn("w:tc")
_TXBX_CONTENT = qn("w:txbxContent")
_DRAWING, _PICT = qn("w:drawing"), qn("w:pict")
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_MC_ALTERNATE, _MC_CHOICE, _MC_FALLBACK = f"{_MC}AlternateContent", f"{_MC}Choice", f"{_MC}Fallback"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
_VML = "{urn:schemas-microsoft-com:vml}"
# Shapes people draw as status marks, and the glyph that stands for each.
_DRAWN_MARKS = {"rect": "■", "roundRect": "■", "flowChartProcess": "■", "ellipse": "●", "flowChartConnector": "●"}
_VML_MARKS = {f"{_VML}rect": "■", f"{_VML}roundrect": "■", f"{_VML}oval": "●"}
_MARK_MAX_EMU = 457200  # half an inch: anything larger is a box or a banner, not a mark
_MARK_MAX_POINTS = 36.0
_VML_SIZE = re.compile(r"(width|height):\s*([\d.]+)pt")
# Inline wrappers whose runs are part of the paragraph's text.
_RUN_CONTAINERS = {qn(f"w:{name}") for name in ("hyperlink", "ins", "moveTo", "smartTag", "customXml",
                                                 "fldSimple", "bdo", "dir")}
_DELETIONS = {qn("w:del"), qn("w:moveFrom")}
_SPECIAL_CHARACTERS = {qn("w:noBreakHyphen"): "-", qn("w:softHyphen"): "", _CR: "\n", _TAB: "\t"}
# Legacy form fields hold no character of their value: a check box's state (FORMCHECKBOX) and a
# drop-down's chosen entry (FORMDROPDOWN) are in the field's data.
_FIELD_CHAR, _FIELD_DATA = qn("w:fldChar"), qn("w:ffData")
_CHECK_BOX, _DROP_DOWN = f"{_FIELD_DATA}/{qn('w:checkBox')}", f"{_FIELD_DATA}/{qn('w:ddList')}"
_BOX_CHECKED, _BOX_EMPTY = "\u2612", "\u2610"  # ☒ and ☐, as Word draws the field

# Status marks that take their colour from highlighting when the text has none.
_STATUS_SPLIT = re.compile(f"([{''.join(sorted(STATUS_GLYPHS))}]+)")
# Bullets people type by hand instead of using Word's list numbering ("●" and
# "■" are left out: they are the usual status marks).
_TYPED_BULLET = re.compile(r"^\s*([•▪◦‣∙·\-–*➢✓❖])[ \t\u00a0]+")

# A standalone paragraph this short (and at most two lines: an address block
# is not a heading), all bold or larger than the body text, is a heading.
_HEADING_MAX_WORDS = 25
_HEADING_MAX_CHARS = 200

_POINTS_PER_TWIP = 1 / 20
_LETTER = (612.0, 792.0)  # Word's page size when a section gives none



# Receives the text of a paragraph piece by piece, with its style.
_Emit = Callable[[str, Style], None]


class _PageMode(Enum):
    UNKNOWN = "unknown"  # no breaks recorded: pages stay None
    RENDERED = "rendered"  # Word saved where it last broke pages (w:lastRenderedPageBreak)


@dataclass(slots=True)
class _CellDraft:
    row: int
    col: int
    col_span: int
    locator: str
    page: int | None
    fill: str | None
    blocks: list[TextBlock] = field(default_factory=list)
    row_span: int = 1

    def build(self) -> Cell:
        page = self.blocks[0].prov.page if self.blocks else self.page
        return Cell(row=self.row, col=self.col, blocks=tuple(self.blocks),
                    prov=Provenance(page=page, locator=self.locator),
                    row_span=self.row_span, col_span=self.col_span, fill=self.fill)


@dataclass(frozen=True, slots=True)
class _TopParagraph:
    """A body-level paragraph; whether direct formatting makes it a heading
    is decided once the body text size is known."""

    block: TextBlock
    may_be_heading: bool


def read_docx(path: Path, data: bytes, sha256: str) -> LayoutDocument:
    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    styles = StyleSheet(_related_element(document.part, RT.STYLES))
    numbering = Numbering(_related_element(document.part, RT.NUMBERING), styles.numbering_style_num_ids())
    reader = _BodyReader(body, styles, numbering)
    top = reader.read_body()

    body_size = _body_size(top)
    blocks = _decide_headings(top, _paragraph_size(top) or body_size)
    return LayoutDocument(
        source_file=path.name,
        source_path=str(path),
        sha256=sha256,
        file_type=FileType.DOCX,
        pages=reader.pages(),
        blocks=tuple(blocks),
        body_size=body_size,
        warnings=tuple(reader.warnings()),
        page_furniture=_page_furniture(document, reader),
        footnotes=_notes(document, reader),
    )


def _page_furniture(document: DocxDocument, reader: _BodyReader) -> tuple[TextBlock, ...]:
    """The text of every section's headers and footers, each distinct text
    once (page numbers left out)."""
    found: dict[str, TextBlock] = {}
    for number, section in enumerate(document.sections, start=1):
        for kind in ("header", "first_page_header", "even_page_header",
                     "footer", "first_page_footer", "even_page_footer"):
            part = getattr(section, kind)
            if part.is_linked_to_previous:
                continue
            for block in _story_blocks(reader.read_container(part._element, f"section[{number}]/{kind}")):
                text = block.text
                if text and not PAGE_NUMBER_LINE.match(text) and text not in found:
                    found[text] = block
    return tuple(found.values())


def _notes(document: DocxDocument, reader: _BodyReader) -> tuple[TextBlock, ...]:
    """The text of the footnotes, then the endnotes, kept out of the
    reading flow as the PDF reader keeps a page's footnotes: a note is a
    source or an aside, never part of the sentence its mark stands in."""
    notes: list[TextBlock] = []
    for relationship, name in ((RT.FOOTNOTES, "footnote"), (RT.ENDNOTES, "endnote")):
        try:
            part = document.part.part_related_by(relationship)
        except KeyError:
            continue
        for note in parse_xml(part.blob).findall(qn(f"w:{name}")):
            if note.get(qn("w:type"), "normal") == "normal":  # not the separator lines Word keeps among them
                notes.extend(_story_blocks(reader.read_container(note, f"{name}s/{name}[{note.get(qn('w:id'))}]")))
    return tuple(notes)


def _story_blocks(items: list[_TopParagraph | Table]) -> Iterator[TextBlock]:
    """The paragraphs of a story outside the body (a header, a footer, a
    note), its tables' cells' paragraphs in order, with no page (one text
    stands for every page it is printed on)."""
    for item in items:
        for block in [item.block] if isinstance(item, _TopParagraph) else [b for c in item.cells for b in c.blocks]:
            yield replace(block, prov=Provenance(page=None, locator=block.prov.locator))


def _related_element(part: Part, relationship_type: str) -> _Element | None:
    """The XML of a part the document refers to, None when the file has none
    (python-docx would otherwise invent default styles or fail on numbering)."""
    try:
        return part.part_related_by(relationship_type).element
    except KeyError:
        return None


class _BodyReader:
    """One pass over the body in document order, keeping the page count,
    the section and the list counters as it goes."""

    def __init__(self, body: _Element, styles: StyleSheet, numbering: Numbering) -> None:
        self._body = body
        self._styles = styles
        self._numbering = numbering
        self._sections = [s for s in body.iter(_SECT_PR) if s.getparent().tag in (_PPR, body.tag)]
        self._mode = self._page_mode()
        self._page = 1
        self._section = 0
        self._page_sections = [0]  # section index in force at the start of each page
        self._style_cache: dict[RunFormat, Style] = {}
        self._nested_tables: list[str] = []
        self._text_boxes: list[_Element] = []  # text boxes met in the paragraph being read
        self._tracked_deletions = 0
        self._embedded_documents = 0
        self._in_drawn_field = False  # inside a form field whose value is drawn from its data: its result text is not read

    # -- pages -----------------------------------------------------------

    def _page_mode(self) -> _PageMode:
        # Only Word's own record of where it broke pages gives true page numbers;
        # counting hard breaks alone would give numbers that run low, so without
        # rendered breaks records carry their locator and no page.
        if next(self._body.iter(_RENDERED_BREAK), None) is not None:
            return _PageMode.RENDERED
        return _PageMode.UNKNOWN

    def _new_page(self) -> None:
        self._page += 1
        self._page_sections.append(self._section)

    @property
    def _current_page(self) -> int | None:
        return None if self._mode is _PageMode.UNKNOWN else self._page

    def pages(self) -> tuple[Page, ...]:
        if self._mode is _PageMode.UNKNOWN:
            return ()
        sizes = [_section_page_size(s) for s in self._sections] or [_LETTER]
        return tuple(Page(number, *sizes[min(section, len(sizes) - 1)])
                     for number, section in enumerate(self._page_sections, start=1))

    def warnings(self) -> list[str]:
        out: list[str] = []
        if self._nested_tables:
            out.append(f"{len(self._nested_tables)} nested table(s) read into their cell as lines, one a row, "
                       "its cells joined by ' | ': "
                       + ", ".join(self._nested_tables[:5]) + (" …" if len(self._nested_tables) > 5 else ""))
        if self._tracked_deletions:
            out.append(f"The document has tracked changes: read as if accepted "
                       f"({self._tracked_deletions} deletion(s) left out).")
        if self._embedded_documents:
            out.append(f"{self._embedded_documents} embedded document(s) (altChunk) were not read.")
        return out

    # -- block structure -------------------------------------------------

    def _children(self, container: _Element, prefix: str) -> Iterator[tuple[_Element, str]]:
        """Paragraphs and tables of a container with their locators,
        content controls, custom XML and alternate content opened."""
        counts: Counter[str] = Counter()
        for child in container:
            tag = child.tag
            if tag in (_P, _TBL, _SDT, _CUSTOM_XML, _MC_ALTERNATE):
                name = child.tag.rsplit("}", 1)[1]
                counts[name] += 1
                locator = f"{prefix}/{name}[{counts[name]}]"
                if tag == _SDT:
                    content = _shown_content(child)
                    if content is not None:
                        yield from self._children(content, locator)
                elif tag == _CUSTOM_XML:
                    yield from self._children(child, locator)
                elif tag == _MC_ALTERNATE:
                    yield from self._children(_alternative(child), locator)
                else:
                    yield child, locator
            elif tag == qn("w:altChunk"):
                self._embedded_documents += 1

    def read_body(self) -> list[_TopParagraph | Table]:
        return self._read_container(self._body, "body", table_style=None)

    def read_container(self, container: _Element, prefix: str) -> list[_TopParagraph | Table]:
        """Blocks of a story outside the body (a header or footer)."""
        return self._read_container(container, prefix, table_style=None)

    def _read_container(self, container: _Element, prefix: str,
                        table_style: str | None) -> list[_TopParagraph | Table]:
        """Blocks of the body, a cell or a text box. A text box's content
        follows the paragraph it is anchored in (its place on the page is
        not recorded in the file)."""
        out: list[_TopParagraph | Table] = []
        for element, locator in self._children(container, prefix):
            if element.tag == _TBL:
                out.append(self._table(element, locator))
                continue
            block, may_be_heading = self._paragraph(element, locator, table_style)
            boxes, self._text_boxes = self._text_boxes, []
            if block is not None:
                out.append(_TopParagraph(block, may_be_heading))
            for index, box in enumerate(boxes, start=1):
                out.extend(self._read_container(box, f"{locator}/txbx[{index}]", table_style))
        return out

    # -- paragraphs ------------------------------------------------------

    def _paragraph(self, p: _Element, locator: str, table_style: str | None) -> tuple[TextBlock | None, bool]:
        """The paragraph as a block (None when it shows no text), and whether
        it could be a heading by direct formatting."""
        ppr = p.find(_PPR)
        style_id = _child_val(ppr, "w:pStyle") or self._styles.default_paragraph_style
        info = self._styles.paragraph_info(style_id)

        num_id, ilvl, list_depth = info.num_id, info.ilvl, info.list_depth
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if num_pr is not None:
            direct_num, direct_ilvl = _child_val(num_pr, "w:numId"), _child_val(num_pr, "w:ilvl")
            if direct_num is not None:
                num_id, list_depth = direct_num, None
            if direct_ilvl is not None and direct_ilvl.isdigit():
                ilvl, list_depth = int(direct_ilvl), None
        is_numbered = self._numbering.is_list(num_id)
        marker = self._numbering.next_marker(num_id, ilvl or 0) if is_numbered else None

        start_page = self._current_page
        spans, text_page = self._spans(p, style_id, table_style)
        if ppr is not None and ppr.find(_SECT_PR) is not None:
            self._end_section()
        if not any(span.text.strip() for span in spans):
            return None, False

        prov = Provenance(page=text_page or start_page, locator=locator)
        heading_level = info.heading_level
        outline = _child_val(ppr, "w:outlineLvl")
        if outline is not None and outline.isdigit():
            heading_level = int(outline) + 1 if int(outline) < 9 else None
        if heading_level:
            return TextBlock(BlockKind.HEADING, tuple(spans), prov, level=heading_level, marker=marker), False
        if is_numbered:
            level = list_depth if list_depth is not None else (ilvl or 0)
            return TextBlock(BlockKind.LIST_ITEM, tuple(spans), prov, level=level, marker=marker), False
        typed = _TYPED_BULLET.match("".join(span.text for span in spans))
        if typed:
            return TextBlock(BlockKind.LIST_ITEM, _drop_prefix(spans, typed.end()), prov,
                             level=0, marker=typed.group(1)), False
        return TextBlock(BlockKind.PARAGRAPH, tuple(spans), prov), True

    def _end_section(self) -> None:
        self._section += 1

    def _spans(self, p: _Element, style_id: str | None, table_style: str | None) -> tuple[list[Span], int | None]:
        """The paragraph's text as styled spans, and the page its first visible text is on."""
        spans: list[Span] = []
        first_text_page: list[int | None] = [None]

        def add(text: str, style: Style) -> None:
            if not text:
                return
            if text.strip():
                if first_text_page[0] is None:
                    first_text_page[0] = self._current_page
            if spans and spans[-1].style == style:
                spans[-1] = Span(spans[-1].text + text, style)
            else:
                spans.append(Span(text, style))

        def walk(container: _Element) -> None:
            for child in container:
                tag = child.tag
                if tag == _R:
                    self._run(child, style_id, table_style, add)
                elif tag in _RUN_CONTAINERS:
                    walk(child)
                elif tag == _SDT:
                    content = _shown_content(child)
                    if content is not None:
                        walk(content)
                elif tag == _MC_ALTERNATE:
                    walk(_alternative(child))
                elif tag in _DELETIONS:
                    self._tracked_deletions += 1

        self._in_drawn_field = False  # a form field does not run from one paragraph into the next
        walk(p)
        return spans, first_text_page[0]

    def _run(self, r: _Element, style_id: str | None, table_style: str | None, add: _Emit) -> None:
        rpr = r.find(_RPR)
        run_format = self._styles.run_style(table_style, style_id, _child_val(rpr, "w:rStyle"), rpr)
        style = self._style_cache.get(run_format)
        if style is None:
            style = self._style_cache[run_format] = run_format.to_style()
        for child in r:
            tag = child.tag
            if tag == _T:
                if not self._in_drawn_field:
                    self._add_text(child.text or "", style, run_format, add)
            elif tag == _BR:
                if child.get(qn("w:type")) != "page":
                    add("\n", style)
            elif tag in _SPECIAL_CHARACTERS:
                add(_SPECIAL_CHARACTERS[tag], style)
            elif tag == qn("w:sym"):
                try:
                    char = chr(int(child.get(qn("w:char"), ""), 16))
                except ValueError:
                    continue
                self._add_text(symbol_text(char, child.get(qn("w:font"))), replace(style, font=child.get(qn("w:font"))),
                               run_format, add)
            elif tag == _FIELD_CHAR:
                if (value := _form_field_value(child)) is not None:
                    add(value, style)
                    self._in_drawn_field = True
                elif child.get(qn("w:fldCharType")) == "end":
                    self._in_drawn_field = False
            elif tag == _RENDERED_BREAK:
                if self._mode is _PageMode.RENDERED:
                    self._new_page()
            elif tag in (_DRAWING, _PICT):
                self._graphic(child, style, add)
            elif tag == _MC_ALTERNATE:
                for graphic in _alternative(child):
                    self._graphic(graphic, style, add)

    def _graphic(self, graphic: _Element, style: Style, add: _Emit) -> None:
        """A drawn shape: a small filled square or circle is a status mark
        (a coloured "■"/"●" span); a text box's content is read after its paragraph."""
        boxes = list(graphic.iter(_TXBX_CONTENT))
        if boxes:
            self._text_boxes.extend(boxes)
        elif mark := _drawn_mark(graphic):
            glyph, colour = mark
            add(glyph, replace(style, colour=colour))

    @staticmethod
    def _add_text(text: str, style: Style, run_format: RunFormat, add: _Emit) -> None:
        text = symbol_text(text, style.font)
        if style.colour is None and run_format.background and _STATUS_SPLIT.search(text):
            # A status square coloured by highlighting or shading shows that colour.
            for piece in _STATUS_SPLIT.split(text):
                add(piece, replace(style, colour=run_format.background) if _STATUS_SPLIT.fullmatch(piece) else style)
        else:
            add(text, style)

    # -- tables ----------------------------------------------------------

    def _table(self, tbl: _Element, locator: str) -> Table:
        start_page = self._current_page
        tbl_pr = tbl.find(qn("w:tblPr"))
        table_style = _child_val(tbl_pr, "w:tblStyle") or self._styles.default_table_style
        grid_columns = len(tbl.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}"))

        cells: list[_CellDraft] = []
        header_rows = 0
        header_run = True
        ruled = _has_visible_border(tbl_pr.find(qn("w:tblBorders")) if tbl_pr is not None else None) or \
            _has_visible_border(self._styles.table_borders(table_style))
        vertical: dict[int, _CellDraft] = {}  # column -> the cell a vMerge continues
        rows = []  # with their 1-based places among the table's rows, for locators
        for place, tr in enumerate(_unwrapped(tbl, _TR), start=1):
            if tr.find(f"{qn('w:trPr')}/{qn('w:del')}") is not None:
                self._tracked_deletions += 1  # a row deleted with changes tracked: gone once they are accepted
                continue
            rows.append((place, tr))
        for row_index, (place, tr) in enumerate(rows):
            tr_pr = tr.find(qn("w:trPr"))
            if header_run and tr_pr is not None and is_on(tr_pr.find(qn("w:tblHeader"))):
                header_rows += 1
            else:
                header_run = False
            col = int(_child_val(tr_pr, "w:gridBefore") or 0)
            row_start: _CellDraft | None = None  # for legacy hMerge
            for cell_index, tc in enumerate(_unwrapped(tr, _TC), start=1):
                tc_pr = tc.find(qn("w:tcPr"))
                span = max(1, int(_child_val(tc_pr, "w:gridSpan") or 1))
                cell_locator = f"{locator}/r[{place}]/c[{cell_index}]"
                ruled = ruled or _has_visible_border(tc_pr.find(qn("w:tcBorders")) if tc_pr is not None else None)
                blocks = [] if _in_placeholder(tc) else self._cell_blocks(tc, cell_locator, table_style)
                v_merge = tc_pr.find(qn("w:vMerge")) if tc_pr is not None else None
                h_merge = tc_pr.find(qn("w:hMerge")) if tc_pr is not None else None
                if v_merge is not None and v_merge.get(qn("w:val"), "continue") == "continue" and col in vertical:
                    above = vertical[col]
                    above.row_span = row_index - above.row + 1
                    above.blocks.extend(blocks)
                elif h_merge is not None and h_merge.get(qn("w:val"), "continue") == "continue" and row_start:
                    row_start.col_span += span
                    row_start.blocks.extend(blocks)
                else:
                    draft = _CellDraft(row_index, col, span, cell_locator, self._current_page,
                                       shading_colour(tc_pr.find(qn("w:shd")) if tc_pr is not None else None), blocks)
                    cells.append(draft)
                    row_start = draft
                    for covered in range(col, col + span):
                        vertical.pop(covered, None)
                    if v_merge is not None and v_merge.get(qn("w:val")) == "restart":
                        vertical[col] = draft
                col += span

        built = tuple(draft.build() for draft in cells)
        n_cols = max([grid_columns] + [c.col + c.col_span for c in built])
        pages = sorted({b.prov.page for c in built for b in c.blocks if b.prov.page is not None}
                       | ({start_page} if start_page is not None else set()))
        return Table(n_rows=len(rows), n_cols=n_cols, cells=built,
                     prov=Provenance(page=pages[0] if pages else None, locator=locator),
                     pages=tuple(pages), header_rows=header_rows, ruled=ruled)

    def _cell_blocks(self, tc: _Element, locator: str, table_style: str | None) -> list[TextBlock]:
        blocks: list[TextBlock] = []
        for item in self._read_container(tc, locator, table_style):
            if isinstance(item, Table):
                self._nested_tables.append(item.prov.locator or locator)
                blocks.extend(_nested_rows(item))
            else:
                blocks.append(item.block)
        return blocks


def _nested_rows(table: Table) -> list[TextBlock]:
    """A table nested in a cell as one paragraph per row, its cells joined by
    " | " (an empty cell keeps its place), so that a figure stays on the line
    of its label and in the column of its heading."""
    rows: list[TextBlock] = []
    for row in range(table.n_rows):
        cells = sorted((c for c in table.cells if c.row == row), key=lambda c: c.col)
        spans: list[Span] = []
        for index, cell in enumerate(cells):
            if index:
                spans.append(Span(" | ", spans[-1].style if spans else Style()))
            for number, block in enumerate(b for b in cell.blocks if b.text):
                if number:
                    spans.append(Span(" ", spans[-1].style))
                spans.extend(block.spans)
        if any(cell.text for cell in cells):
            first = next(b for cell in cells for b in cell.blocks if b.text)
            rows.append(TextBlock(BlockKind.PARAGRAPH, tuple(spans),
                                  Provenance(page=first.prov.page, locator=f"{table.prov.locator}/r[{row + 1}]")))
    return rows


def _unwrapped(container: _Element, tag: str) -> Iterator[_Element]:
    """Children with ``tag``, looking inside content controls, custom XML and alternate content."""
    for child in container:
        if child.tag == tag:
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _unwrapped(content, tag)
        elif child.tag == _CUSTOM_XML:
            yield from _unwrapped(child, tag)
        elif child.tag == _MC_ALTERNATE:
            yield from _unwrapped(_alternative(child), tag)


def _alternative(alternate: _Element) -> _Element | list[_Element]:
    """The one branch of alternate content to read: Word writes a shape, and
    sometimes runs or paragraphs, twice (a choice for newer readers, a
    fallback for older ones), and reading both would print its text twice."""
    chosen = alternate.find(_MC_CHOICE)
    chosen = chosen if chosen is not None else alternate.find(_MC_FALLBACK)
    return chosen if chosen is not None else []


def _child_val(parent: _Element | None, name: str) -> str | None:
    if parent is None:
        return None
    child = parent.find(qn(name))
    return child.get(qn("w:val")) if child is not None else None


def _has_visible_border(borders: Iterable[_Element] | None) -> bool:
    if borders is None:
        return False
    return any(edge.get(qn("w:val"), "nil") not in {"nil", "none"} for edge in borders)


def _section_page_size(sect_pr: _Element) -> tuple[float, float]:
    size = sect_pr.find(qn("w:pgSz"))
    if size is None:
        return _LETTER
    try:
        width = int(size.get(qn("w:w"))) * _POINTS_PER_TWIP
        height = int(size.get(qn("w:h"))) * _POINTS_PER_TWIP
    except (TypeError, ValueError):
        return _LETTER
    if size.get(qn("w:orient")) == "landscape" and width < height:
        width, height = height, width
    return width, height


def _form_field_value(field_char: _Element) -> str | None:
    """What Word shows for a legacy form field opening at ``field_char``: a
    check box's glyph, checked where its data says so (w:checked, else its
    default), else empty; a drop-down's chosen entry (w:result, else
    w:default, an index into its entries; the first entry when neither is
    given). None for any other field, whose result is read as text."""
    box = field_char.find(_CHECK_BOX)
    if box is not None:
        checked = is_on(box.find(qn("w:checked")))
        if checked is None:
            checked = _child_val(box, "w:default") not in (None, "0", "false", "off")
        return _BOX_CHECKED if checked else _BOX_EMPTY
    drop_down = field_char.find(_DROP_DOWN)
    if drop_down is None:
        return None
    entries = [entry.get(qn("w:val"), "") for entry in drop_down.findall(qn("w:listEntry"))]
    chosen = _child_val(drop_down, "w:result") or _child_val(drop_down, "w:default") or "0"
    return entries[int(chosen)] if chosen.isdigit() and int(chosen) < len(entries) else None


def _in_placeholder(element: _Element) -> bool:
    """Whether a row or cell is the content of a control showing its placeholder."""
    content = element.getparent()
    return content is not None and content.tag == _SDT_CONTENT and _shown_content(content.getparent()) is None


def _shown_content(sdt: _Element) -> _Element | None:
    """A content control's content, None while it shows its placeholder
    (w:showingPlcHdr: "Choose an item.", "Click or tap here to enter text."),
    which is a prompt to the author, not a value."""
    properties = sdt.find(qn("w:sdtPr"))
    if properties is not None and is_on(properties.find(qn("w:showingPlcHdr"))):
        return None
    return sdt.find(_SDT_CONTENT)


def _drawn_mark(graphic: _Element) -> tuple[str, str] | None:
    """The glyph and fill colour of a small, roughly square filled shape."""
    for shape in graphic.iter(f"{_WPS}wsp"):
        geometry = shape.find(f"{_WPS}spPr/{_A}prstGeom")
        fill = shape.find(f"{_WPS}spPr/{_A}solidFill/{_A}srgbClr")
        glyph = _DRAWN_MARKS.get(geometry.get("prst", "")) if geometry is not None else None
        extent = next(graphic.iter(qn("wp:extent")), None)
        if glyph is None or fill is None or extent is None:
            continue
        try:
            width, height = int(extent.get("cx", "0")), int(extent.get("cy", "0"))
        except ValueError:
            continue
        colour = normalise_colour(fill.get("val"))
        if colour and 0 < width <= _MARK_MAX_EMU and 0 < height <= _MARK_MAX_EMU and max(width, height) <= 2 * min(width, height):
            return glyph, colour
    for tag, glyph in _VML_MARKS.items():
        for shape in graphic.iter(tag):
            colour = normalise_colour((shape.get("fillcolor") or "").split(" ")[0].lstrip("#"))
            sizes = {name: float(value) for name, value in _VML_SIZE.findall(shape.get("style", ""))}
            if colour and all(size <= _MARK_MAX_POINTS for size in sizes.values()):
                return glyph, colour
    return None


def _drop_prefix(spans: list[Span], length: int) -> tuple[Span, ...]:
    """The spans without their first ``length`` characters (a typed bullet)."""
    out: list[Span] = []
    for span in spans:
        if length >= len(span.text):
            length -= len(span.text)
            continue
        out.append(Span(span.text[length:], span.style))
        length = 0
    return tuple(out)


def _all_text_blocks(top: list[_TopParagraph | Table]) -> Iterator[TextBlock]:
    for item in top:
        if isinstance(item, Table):
            for cell in item.cells:
                yield from cell.blocks
        else:
            yield item.block


def _body_size(top: list[_TopParagraph | Table]) -> float | None:
    """The text size most characters have."""
    weights: Counter[float] = Counter()
    for block in _all_text_blocks(top):
        for span in block.spans:
            if span.style.size and (n := len(span.text.strip())):
                weights[span.style.size] += n
    return weights.most_common(1)[0][0] if weights else None


def _paragraph_size(top: list[_TopParagraph | Table]) -> float | None:
    """The text size most characters of the body's own paragraphs have. A
    heading is larger than these: a plan that is mostly a table of smaller
    text would otherwise make every ordinary paragraph above it look large."""
    weights: Counter[float] = Counter()
    for item in top:
        if isinstance(item, _TopParagraph) and item.block.kind is not BlockKind.HEADING:
            for span in item.block.spans:
                if span.style.size and (n := len(span.text.strip())):
                    weights[span.style.size] += n
    return weights.most_common(1)[0][0] if weights else None


def _is_direct_heading(block: TextBlock, body_size: float | None) -> bool:
    text = block.text
    if (len(text) > _HEADING_MAX_CHARS or len(text.split()) > _HEADING_MAX_WORDS or text.count("\n") > 1
            or not any(ch.isalpha() for ch in text) or text.endswith((".", ",", ";"))):
        return False
    visible = [span.style for span in block.spans if span.text.strip()]
    all_bold = all(style.bold for style in visible)
    all_larger = body_size is not None and all((style.size or 0) >= body_size + 1 for style in visible)
    return all_bold or all_larger


def _decide_headings(top: list[_TopParagraph | Table], body_size: float | None) -> list[TextBlock | Table]:
    """Body-level paragraphs that look like headings become headings, levelled
    by text size among all headings (larger = more prominent)."""
    direct = {id(item) for item in top
              if isinstance(item, _TopParagraph) and item.may_be_heading and _is_direct_heading(item.block, body_size)}
    heading_sizes = sorted({_size_of(item.block) for item in top if isinstance(item, _TopParagraph)
                            and (id(item) in direct or item.block.kind is BlockKind.HEADING)}, reverse=True)
    blocks: list[TextBlock | Table] = []
    for item in top:
        if isinstance(item, Table):
            blocks.append(item)
        elif id(item) in direct:
            level = heading_sizes.index(_size_of(item.block)) + 1
            blocks.append(replace(item.block, kind=BlockKind.HEADING, level=level))
        else:
            blocks.append(item.block)
    return blocks


def _size_of(block: TextBlock) -> float:
    # Rounded so 11 and 11.05 (a scaled copy) rank as one size.
    return round((block.style.size or 0) * 2) / 2
