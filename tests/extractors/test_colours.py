"""The one naming of a colour (extractors/colours.py) that the assurance and
action readers share: the edges of each name's hue band, greys, whites and
blacks, and the pale tints packs shade their cells with."""

from pathlib import Path

import pytest
from files import BODY, BOLD, pdf, records
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from extractors.assurance_levels import rating_colour
from extractors.colours import colour_name, hls, rgb

# Pairs a shade of hue either side of each bound: (below, its name), (above, its name).
HUE_EDGES = [
    (15.0, ("#ff3c00", "red"), ("#ff4400", "amber")),      # 14.1 / 16.0 degrees
    (50.0, ("#ffd200", "amber"), ("#ffd700", "yellow")),   # 49.4 / 50.6
    (70.0, ("#d8ff00", "yellow"), ("#d4ff00", "green")),   # 69.2 / 70.1
    (170.0, ("#00ffd4", "green"), ("#00ffd5", "blue")),    # 169.9 / 170.1
    (260.0, ("#5400ff", "blue"), ("#5600ff", "purple")),   # 259.8 / 260.2
    (330.0, ("#ff0080", "purple"), ("#ff007f", "red")),    # 329.9 / 330.1
]


@pytest.mark.parametrize(("bound", "below", "above"), HUE_EDGES, ids=[f"{b:g}deg" for b, _, _ in HUE_EDGES])
def test_each_name_ends_at_its_hue_bound(bound: float, below: tuple[str, str], above: tuple[str, str]) -> None:
    (low, low_name), (high, high_name) = below, above
    assert bound - 1 < hls(rgb(low))[0] < bound <= hls(rgb(high))[0] < bound + 1  # the pair straddles the bound
    assert (colour_name(low), colour_name(high)) == (low_name, high_name)


@pytest.mark.parametrize(("colour", "name"), [
    ("#ff0000", "red"), ("#c00000", "red"), ("#d4351c", "red"),        # Office, GOV.UK red
    ("#f47738", "amber"), ("#ffc000", "amber"), ("#e65100", "amber"),  # GOV.UK orange, Office gold, a deep orange
    ("#ffff00", "yellow"), ("#ffdd00", "yellow"),
    ("#00b050", "green"), ("#92d050", "green"), ("#00703c", "green"),
    ("#0070c0", "blue"), ("#1f3864", "blue"), ("#7030a0", "purple"),
])
def test_the_colours_packs_print_in_are_named_as_a_reader_names_them(colour: str, name: str) -> None:
    assert colour_name(colour) == name


@pytest.mark.parametrize(("colour", "name"), [
    ("#c6efce", "green"), ("#ffeb9c", "amber"), ("#ffc7ce", "red"),  # Excel's Good, Neutral and Bad fills
    ("#e2efda", "green"), ("#ebf1de", "green"),                      # Office 80% tints of green
    ("#fff2cc", "amber"), ("#fbe5d6", "amber"), ("#fde9d9", "amber"),  # ... of gold and orange
    ("#f2dcdb", "red"), ("#deebf7", "blue"), ("#dbe5f1", "blue"),
])
def test_a_pale_tint_is_named_as_its_strong_colour(colour: str, name: str) -> None:
    assert colour_name(colour) == name


@pytest.mark.parametrize("colour", [
    "#000000", "#808080", "#d9d9d9", "#e7e6e6", "#f2f2f2", "#ffffff",  # greys, white and black
    "#eeece1", "#ddd9c4", "#c4bd97", "#948a54",  # Office's tan Background 2 shades: greys with a tinge
    "#fff3e0", "#eef5e9",  # near-white washes, whatever their hue
])
def test_greys_whites_and_blacks_have_no_name(colour: str) -> None:
    assert colour_name(colour) is None


def test_the_grey_floor_and_the_lightness_edges() -> None:
    assert (colour_name("#294c29"), colour_name("#2b502b")) == (None, "green")  # saturation 0.299 / 0.301
    assert (colour_name("#ffdbdb"), colour_name("#ffdcdc")) == ("red", None)  # lightness 0.929 / 0.931
    assert (colour_name("#3d0000"), colour_name("#3e0000")) == (None, "red")  # lightness 0.120 / 0.122


@pytest.mark.parametrize("colour", [None, "", "auto", "#fff", "#gg0000", "red"])
def test_no_colour_or_no_hex_colour_has_no_name(colour: str | None) -> None:
    assert rgb(colour) is None
    assert colour_name(colour) is None


def test_a_hex_colour_is_read_in_either_case_with_or_without_its_hash() -> None:
    assert rgb("#FFC000") == rgb("ffc000") == (255, 192, 0)
    assert colour_name(" #00B050 ") == "green"


def test_only_the_rag_names_are_rating_colours() -> None:
    assert [rating_colour(c) for c in ("#00b050", "#ffc000", "#ffff00", "#ff0000")] == [
        "green", "amber", "yellow", "red"]
    assert [rating_colour(c) for c in ("#0070c0", "#7030a0", "#d9d9d9", None)] == [None] * 4


def _shaded(rows: list[list[str]], fills: dict[int, str], column: int) -> Table:
    """A table whose body rows' ``column`` cells are shaded: body row index -> fill."""
    table = Table([[Paragraph(text, BOLD if r == 0 else BODY) for text in row] for r, row in enumerate(rows)])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)] + [
        ("BACKGROUND", (column, row + 1), (column, row + 1), colors.HexColor(fill)) for row, fill in fills.items()]))
    return table


def test_the_same_pale_tints_rate_a_decision_and_a_tracked_action_alike(tmp_path: Path) -> None:
    """Excel's Good, Neutral and Bad fills shade both a scrutiny table's
    assurance cells and an action log's status cells; a pale blue says nothing."""
    tints = {0: "#c6efce", 1: "#ffeb9c", 2: "#ffc7ce", 3: "#dbe5f1"}
    flow = [
        Paragraph("Scrutiny questions", BOLD),
        _shaded([["No.", "Question", "Force response", "Assurance level"],
                 ["1", "How are victims updated?", "Monthly checks.", ""],
                 ["2", "How are repeat victims supported?", "Case reviews.", ""],
                 ["3", "Why has call abandonment risen?", "Staff absence.", ""],
                 ["4", "How is vetting assured?", "An audit is due.", ""]], tints, 3),
        Paragraph("Action log", BOLD),
        _shaded([["Ref", "Action", "Update", "RAG"],
                 ["A1", "The force to share its victims plan.", "Shared.", ""],
                 ["A2", "The force to report repeat victim figures.", "Being compiled.", ""],
                 ["A3", "The force to review call handler rotas.", "Not started.", ""],
                 ["A4", "The force to publish the vetting audit.", "Scheduled.", ""]], tints, 3),
    ]
    found = records(pdf(tmp_path / "pack.pdf", flow))
    assert [(d["question_number"], d["assurance"]) for d in found["assurance_decisions"]] == [
        ("1", "Assured"), ("2", "Partly assured"), ("3", "Not assured"), ("4", None)]
    assert sorted((a["number"], a["status"]) for a in found["actions"]) == [
        ("A1", "complete"), ("A2", "outstanding"), ("A3", "outstanding"), ("A4", "unknown")]
