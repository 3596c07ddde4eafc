"""DIN 5008 Form B on A4: where each block of a printed letter sits, in millimetres from the
page's top-left corner, so that the address shows in a DL/C6 window envelope.

The norm's figures (DIN 5008:2020, with DIN 676 for the letterhead zone):
  - letterhead zone: the top 45 mm; the sender's block sits inside it;
  - address field: 45 mm from the top, 20 mm from the left, 85 x 45 mm; its first 17.7 mm are the
    return-address-and-remarks zone (5 lines of 8 pt; the return address on its last line), the
    next 27.3 mm the address zone (6 lines); text in the field starts 5 mm in, at 25 mm, in line
    with the body;
  - information block: 50 mm from the top, 125 mm from the left, 75 mm wide; the date is its line;
  - the subject two blank lines (of 4.23 mm) under the address field: 98.46 mm from the top;
  - margins: left 25 mm, right at least 20 mm (here 20 mm); top and bottom of the continuation
    pages 20 mm;
  - fold marks at 105 and 210 mm from the top and the hole mark at 148.5 mm: short thin lines at
    the left edge (0.75 pt; here from 5 mm, inside what a printer prints, 5 mm long, the hole
    mark 8 mm so that it is told apart).

Everything above the subject is a frame positioned on the page (`Frame`), outside the flow; the
flow holds one empty paragraph of exact height (`HEAD_SPACE_MM`) in their place, so the subject
starts at the norm's line whatever the frames hold and a long letter flows on to a next page.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Frame:
    """A box at a fixed place on the page, in mm from its top-left corner. `exact`: the height is
    fixed (what does not fit is cut); otherwise it is the least height and the box grows."""

    key: str
    x_mm: float
    y_mm: float
    width_mm: float
    height_mm: float
    exact: bool = False


TOP_MM = 20.0
RIGHT_MM = 20.0
BOTTOM_MM = 20.0
LEFT_MM = 25.0

FIELD_X_MM = 20.0
FIELD_Y_MM = 45.0
FIELD_WIDTH_MM = 85.0
FIELD_HEIGHT_MM = 45.0
REMARKS_ZONE_MM = 17.7
FIELD_INDENT_MM = 5.0
RETURN_LINE_MM = 4.23  # one 12 pt line, holding 8 pt text

INFO_X_MM = 125.0
INFO_Y_MM = 50.0
INFO_WIDTH_MM = 75.0 - 10.0  # the norm's 75 mm, ending at the 20 mm right margin instead of 10 mm

SUBJECT_Y_MM = 98.46
HEAD_SPACE_MM = SUBJECT_Y_MM - TOP_MM

ADDRESS_LINE_PT = 12.9
"""The address zone's 27.3 mm hold its 6 lines at 4.55 mm (12.9 pt) each."""

LETTERHEAD = Frame("letterhead", LEFT_MM, 15.0, 210.0 - LEFT_MM - RIGHT_MM, 28.0)
# The return address is one line made from the sender's block: a longer one is cut at the field's edge.
RETURN = Frame("return", FIELD_X_MM + FIELD_INDENT_MM, FIELD_Y_MM + REMARKS_ZONE_MM - RETURN_LINE_MM,
               FIELD_WIDTH_MM - FIELD_INDENT_MM, RETURN_LINE_MM, exact=True)
ADDRESS = Frame("address", FIELD_X_MM + FIELD_INDENT_MM, FIELD_Y_MM + REMARKS_ZONE_MM,
                FIELD_WIDTH_MM - FIELD_INDENT_MM, FIELD_HEIGHT_MM - REMARKS_ZONE_MM)
"""The address zone holds six lines; a seventh is printed under it rather than cut (no typed
line is ever lost; the window may not show it)."""
INFO = Frame("info", INFO_X_MM, INFO_Y_MM, INFO_WIDTH_MM, 40.0)
FRAMES = (LETTERHEAD, RETURN, ADDRESS, INFO)


@dataclass(frozen=True)
class Mark:
    """A short horizontal line at the page's left edge: `y_mm` from the top, from `x_mm`, `length_mm` long."""

    key: str
    y_mm: float
    length_mm: float
    x_mm: float = 5.0


MARK_PT = 0.75
MARKS = (Mark("fold", 105.0, 5.0), Mark("hole", 148.5, 8.0), Mark("fold", 210.0, 5.0))
"""Form B's two fold marks (the sheet folds into a DL envelope with the address in its window)
and the hole mark between them."""
