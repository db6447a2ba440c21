"""Tick marks, crosses and tick boxes, and the statuses an action has: one
home for the glyphs every extractor reads a mark by (extractors/action_status.py
in a tracker's status cells and its key, extractors/tracker_status.py in a
tracker's columns of marks, extractors/assurance_levels.py and
assurance_tables.py in a scale of tick boxes and a decision's columns of
levels).

How a mark reads:
- a tick (✓ ✔ √ ✅ 🗸, Wingdings' tick) is the mark chosen: done in a
  status cell;
- a cross (✗ ✘ ✕ ✖ ❌, Wingdings' cross) says not done: outstanding in a
  status cell;
- an empty box (☐ □ ◻) is a box left unchecked: outstanding in a status
  cell (not yet done), the option not chosen in a scale;
- a box with a tick or an X in it (☑ ☒, Wingdings' checked box, "[x]") is a
  CHECKED box: the option chosen in a scale or a row of columns, and done in
  a status cell. ☒ is how Word draws its checked check box (content control
  and legacy form field alike; the DOCX reader writes a checked form field
  so): a tracker ticking its "Complete" boxes in Word prints ☒ where the
  action is done, ☐ where it is not. But in a status column that also
  prints a tick (✓ ☑ ...), ☒ is that tick's opposite, the box crossed out:
  outstanding (``mark_status``).
A pack's key always wins ("☒ = not yet done" makes ☒ outstanding in that
pack): extractors/action_status.py reads a status cell's mark through the key first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

COMPLETE, OUTSTANDING, UNKNOWN = "complete", "outstanding", "unknown"

# The check marks of Unicode, the square-root sign set as a tick, and Wingdings' tick where a PDF keeps the symbol
# font's private-use code (U+F0FC).
_TICK_MARKS = "\u2713\u2714\u221a\u2705\U0001f5f8\uf0fc"
# The box with an X in it (☒): the checked box, or the box crossed out beside ticks.
_CROSSED_BOX = "\u2612"
# Checked boxes: Word's check-box glyphs (☑, ☒) and Wingdings' checked box (U+F0FE).
CHECKED_BOXES = "\u2611" + _CROSSED_BOX + "\uf0fe"
# A tick of any glyph: a tick mark or a checked box.
TICKS = _TICK_MARKS + CHECKED_BOXES
# Crosses: ballot and multiplication X's, the heavy X paired with ✔, the emoji cross paired with ✅, and Wingdings'
# cross where a PDF keeps its private-use code (U+F0FB, beside its tick's U+F0FC).
CROSSES = "\u2717\u2718\u2715\u2716\u274c\uf0fb"
# Empty boxes: Word's check box unchecked, and the white squares the symbol fonts' boxes are read as.
EMPTY_BOXES = "\u2610\u25a1\u25fb"

# A tick box as forms print it: Word's check-box glyphs, a tick, or "[x]" typed; checked or not.
BOX = re.compile(rf"[{EMPTY_BOXES}{TICKS}]|\[\s*[x\u2713]?\s*\]", re.I)
# A checked one, or a tick.
CHECKED = re.compile(rf"[{TICKS}]|\[\s*[x\u2713]\s*\]", re.I)

# The status a mark alone in a tracker's status cell states where no key says otherwise (read through
# ``mark_status``).
MARKS: dict[str, str] = {**dict.fromkeys(TICKS, COMPLETE), **dict.fromkeys(CROSSES + EMPTY_BOXES, OUTSTANDING)}


def mark_status(mark: str, column: Iterable[str]) -> str | None:
    """The status a mark alone in a tracker's status cell states where no
    key says otherwise, among the texts of its ``column``: a tick done, a
    cross or an empty box not done; a ☒ done, as Word's checked box, unless
    the column also prints a tick, whose opposite it then is. None for any
    other text."""
    if mark == _CROSSED_BOX and any(text != mark and MARKS.get(text) == COMPLETE for text in column):
        return OUTSTANDING
    return MARKS.get(mark)
