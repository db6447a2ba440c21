"""Tick marks, crosses and tick boxes, and the statuses an action has: one
home for the glyphs every extractor reads a mark by (extractors/actions.py
in a tracker's status cells and its key, extractors/tracker_status.py in a
tracker's columns of marks, extractors/assurance_levels.py and
assurance_tables.py in a scale of tick boxes and a decision's columns of
levels).

How a mark reads:
- a tick (✓ ✔ √ ✅ 🗸, Wingdings' tick) is the mark chosen: done in a
  status cell;
- a cross (✗ ✘ ✕) says not done: outstanding in a status cell;
- an empty box (☐ □) is a box left unchecked: outstanding in a status
  cell (not yet done), the option not chosen in a scale;
- a box with a tick or an X in it (☑ ☒, Wingdings' checked box, "[x]") is a
  CHECKED box, wherever it stands: the option chosen in a scale or a row of
  columns, and done in a status cell. ☒ is no cross: it is how Word draws
  its checked check box (content control and legacy form field alike; the
  DOCX reader writes a checked form field so), and a tracker ticking its
  "Complete" boxes in Word prints ☒ where the action is done.
A pack's key always wins ("☒ = not yet done" makes ☒ outstanding in that
pack): extractors/actions.py reads a status cell's mark through the key first.
"""

from __future__ import annotations

import re

COMPLETE, OUTSTANDING, UNKNOWN = "complete", "outstanding", "unknown"

# The check marks of Unicode, the square-root sign set as a tick, and Wingdings' tick where a PDF keeps the symbol
# font's private-use code (U+F0FC).
_TICK_MARKS = "\u2713\u2714\u221a\u2705\U0001f5f8\uf0fc"
# Checked boxes: Word's check-box glyphs (☑, ☒) and Wingdings' checked box (U+F0FE).
_CHECKED_BOXES = "\u2611\u2612\uf0fe"
# A tick of any glyph: a tick mark or a checked box.
TICKS = _TICK_MARKS + _CHECKED_BOXES
CROSSES = "\u2717\u2718\u2715"
EMPTY_BOXES = "\u2610\u25a1"

# A tick box as forms print it: Word's check-box glyphs, a tick, or "[x]" typed; checked or not.
BOX = re.compile(rf"[{EMPTY_BOXES}{TICKS}]|\[\s*[x\u2713]?\s*\]", re.I)
# A checked one, or a tick.
CHECKED = re.compile(rf"[{TICKS}]|\[\s*[x\u2713]\s*\]", re.I)

# The status a mark alone in a tracker's status cell states where no key says otherwise.
MARKS: dict[str, str] = {**dict.fromkeys(TICKS, COMPLETE), **dict.fromkeys(CROSSES + EMPTY_BOXES, OUTSTANDING)}
