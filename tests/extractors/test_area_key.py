"""A document's own key to its area abbreviations: the letters a plan's Area
column prints are the areas its key spells out, and nothing else is."""

from __future__ import annotations

import hashlib
from pathlib import Path

from docx import Document
from files import BODY, docx, pdf, word_table
from reportlab.platypus import Paragraph

from extractors.area_key import area_abbreviations, keyed_area
from pipeline.ingest import read_document
from pipeline.layout import LayoutDocument


def _layout(path: Path) -> LayoutDocument:
    data = path.read_bytes()
    return read_document(path, data, hashlib.sha256(data).hexdigest())


def test_a_key_line_spells_out_each_abbreviation_as_its_area(tmp_path: Path) -> None:
    path = pdf(tmp_path / "plan.pdf", [
        Paragraph("PEEL 2023–25 Improvement Plan", BODY),
        Paragraph("Key: PPPT – Police powers and public treatment; RTTP – Responding to the public; "
                  "MO – Managing offenders; Leadership &amp; FM – Leadership and force management.", BODY),
    ])
    abbreviations = area_abbreviations(_layout(path))
    assert keyed_area("RTTP", abbreviations).name == "Responding to the public"
    assert keyed_area("PPPT", abbreviations).name == "Police powers and public treatment"
    assert keyed_area("Leadership & FM", abbreviations).name == "Leadership and force management"
    assert keyed_area("PVP", abbreviations) is None  # the key never spells it out


def test_a_two_column_key_table_in_word(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Abbreviations used in this plan")
    word_table(document, [["Abbreviation", "Area"], ["IC", "Investigating crime"],
                          ["PVP", "Protecting vulnerable people"]])
    path = tmp_path / "plan.docx"
    document.save(str(path))
    abbreviations = area_abbreviations(_layout(path))
    assert keyed_area("IC", abbreviations).name == "Investigating crime"
    assert keyed_area("PVP", abbreviations).name == "Protecting vulnerable people"


def test_a_lone_aside_or_a_glossary_of_other_terms_is_no_area_key(tmp_path: Path) -> None:
    path = docx(tmp_path / "paper.docx", [
        ("p", "The custody review – Investigating crime – is due next month."),
        ("p", "Key: PC – police constable; DS – detective sergeant; RAG – red, amber, green."),
    ])
    assert area_abbreviations(_layout(path)) == {}
