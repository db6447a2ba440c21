"""A block's text is worked out once and kept (pipeline/layout.py): what
extractors read must still be the text of the block's own spans, in every
way a block reaches them: read from a PDF, sent to a worker process or the
cache (pickled), or rebuilt with other spans."""

from __future__ import annotations

import dataclasses
import pickle

from pipeline.layout import Span, TextBlock

from .pdf_builders import para, read, story_pdf


def _blocks(doc) -> list[TextBlock]:
    return list(doc.text_blocks())


def test_a_block_read_from_a_pdf_reads_the_same_text_every_time_and_after_pickling() -> None:
    doc = read(story_pdf([para("Neighbourhood policing update", size=14, bold=True),
                          para("Officers attended 42 community meetings this quarter.")]))
    texts = [block.text for block in _blocks(doc)]
    assert texts == ["Neighbourhood policing update", "Officers attended 42 community meetings this quarter."]
    assert [block.text for block in _blocks(doc)] == texts  # a second read, now kept, is the same

    unpickled = pickle.loads(pickle.dumps(doc))  # as a worker or the cache hands it on
    assert [block.text for block in _blocks(unpickled)] == texts
    assert unpickled == doc and "_text" not in str(dataclasses.asdict(unpickled))


def test_a_block_rebuilt_with_other_spans_reads_its_own_text() -> None:
    (heading, _) = _blocks(read(story_pdf([para("Action log", size=14, bold=True), para("Body text.")])))
    assert heading.text == "Action log"
    rebuilt = dataclasses.replace(heading, spans=(Span("  Actions arising ", heading.spans[0].style),))
    assert rebuilt.text == "Actions arising"
    assert heading.text == "Action log"
