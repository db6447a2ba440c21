"""A PDF whose font resources are malformed still reads.

The symbol-font refinement looks at each page's font dictionaries for their
encodings; odd bytes (a font list that is an array, Differences that are a
number, a reference to no object) must cost that refinement only, never
the document: pdfminer itself reads such a page by its defaults.
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (ArrayObject, DictionaryObject, FloatObject, IndirectObject, NameObject, NumberObject,
                           TextStringObject)
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from pipeline.runner import process_document
from .pdf_builders import read

LINES = (("Helvetica", "Minutes of the Scrutiny Panel"), ("ZapfDingbats", "\u2713 \u2717"))


def _pdf_with(path: Path, malform: Callable[[PdfWriter, DictionaryObject], None]) -> Path:
    """A reportlab page of a Helvetica line and a ZapfDingbats line, its
    resources then altered by malform(writer, the page's resources)."""
    source = BytesIO()
    canvas = Canvas(source, pagesize=A4, invariant=1)
    for number, (font, text) in enumerate(LINES):
        canvas.setFont(font, 12)
        canvas.drawString(72, 760 - 40 * number, text)
    canvas.save()
    writer = PdfWriter(clone_from=PdfReader(BytesIO(source.getvalue())))
    malform(writer, writer.pages[0]["/Resources"].get_object())
    writer.write(str(path))
    return path


def _font_named(resources: DictionaryObject, base_font: str) -> DictionaryObject:
    fonts = resources["/Font"].get_object()
    return next(font.get_object() for font in fonts.values() if font.get_object()["/BaseFont"] == base_font)


def _texts(path: Path) -> list[str]:
    """Each block's text, after its list marker if it has one (a line opening with a tick is a list item)."""
    return [" ".join(filter(None, (getattr(block, "marker", None), block.text)))
            for block in read(path.read_bytes(), path.name).blocks]


def test_a_font_list_that_is_not_a_dictionary_still_reads_the_text(tmp_path: Path) -> None:
    def font_list_as_array(writer: PdfWriter, resources: DictionaryObject) -> None:
        resources[NameObject("/Font")] = ArrayObject([NumberObject(1), NameObject("/F1")])

    path = _pdf_with(tmp_path / "fonts.pdf", font_list_as_array)

    assert "Minutes of the Scrutiny Panel" in " ".join(_texts(path))
    result = process_document(path)
    assert result.status == "ok", result.errors


def test_differences_that_are_not_an_array_leave_the_other_fonts_marks_read(tmp_path: Path) -> None:
    def number_for_differences(writer: PdfWriter, resources: DictionaryObject) -> None:
        _font_named(resources, "/Helvetica")[NameObject("/Encoding")] = DictionaryObject({
            NameObject("/BaseEncoding"): NameObject("/WinAnsiEncoding"),
            NameObject("/Differences"): NumberObject(7)})

    path = _pdf_with(tmp_path / "differences.pdf", number_for_differences)

    assert _texts(path) == ["Minutes of the Scrutiny Panel", "\u2713 \u2717"]


def test_differences_holding_a_dictionary_still_read_the_text(tmp_path: Path) -> None:
    def dictionary_in_differences(writer: PdfWriter, resources: DictionaryObject) -> None:
        _font_named(resources, "/ZapfDingbats")[NameObject("/Encoding")] = DictionaryObject({
            NameObject("/Differences"): ArrayObject([
                NumberObject(51), DictionaryObject({NameObject("/Odd"): TextStringObject("x")}), FloatObject(2.5)])})

    path = _pdf_with(tmp_path / "differences.pdf", dictionary_in_differences)

    assert _texts(path)[0] == "Minutes of the Scrutiny Panel"


def test_a_form_list_not_a_dictionary_and_references_to_no_object_still_read_the_text(tmp_path: Path) -> None:
    def dangling_references(writer: PdfWriter, resources: DictionaryObject) -> None:
        nowhere = IndirectObject(len(writer._objects) + 50, 0, writer)
        resources[NameObject("/XObject")] = TextStringObject("not a dictionary")
        _font_named(resources, "/Helvetica")[NameObject("/Encoding")] = nowhere
        fonts = resources["/Font"].get_object()
        fonts[NameObject("/F9")] = nowhere

    path = _pdf_with(tmp_path / "dangling.pdf", dangling_references)

    assert _texts(path) == ["Minutes of the Scrutiny Panel", "\u2713 \u2717"]
