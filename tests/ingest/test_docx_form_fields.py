"""DOCX legacy check-box form fields (Word's FORMCHECKBOX): the field holds no
character, its state is in the field's data, and it reads as the box Word
draws: ☒ checked, ☐ empty."""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.text.paragraph import Paragraph

from .docx_builders import new_document, read


def _add_check_box(paragraph: Paragraph, state: str) -> None:
    """A FORMCHECKBOX field as Word writes it; ``state`` is the checkBox's
    state markup ("<w:checked/>", '<w:checked w:val="0"/>', or none)."""
    for xml in (f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/>'
                f'<w:enabled/><w:checkBox><w:sizeAuto/>{state}</w:checkBox></w:ffData></w:fldChar></w:r>',
                f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
                f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(xml))


def test_a_legacy_check_box_reads_as_the_box_word_draws_for_its_state() -> None:
    document = new_document()
    paragraph = document.add_paragraph()
    for state, label in (('<w:default w:val="0"/>', " Assured "),
                         ('<w:default w:val="0"/><w:checked/>', " Partially assured "),
                         ('<w:default w:val="1"/><w:checked w:val="0"/>', " Not assured")):
        _add_check_box(paragraph, state)
        paragraph.add_run(label)
    defaulted = document.add_paragraph()
    _add_check_box(defaulted, '<w:default w:val="1"/>')
    defaulted.add_run(" Agreed")

    texts = [block.text for block in read(document).text_blocks()]

    assert texts == ["\u2610 Assured \u2612 Partially assured \u2610 Not assured", "\u2612 Agreed"]
