"""rjtrade/sources: every raw file validated; a bad one stops the build with file, row and column.

The catalogue below breaks a private copy of data/raw one way at a time. Each case
must raise the package's error naming the file, row and column, and must leave the
previous processed outputs byte for byte as they were.
"""

from __future__ import annotations

import pytest

from rjtrade import config
from rjtrade.errors import ChecksumError, InputError
from rjtrade.pipeline import build
from rjtrade.sources.manifest import write_manifest

from .conftest import edit_cell, read_csv, user_figure, write_csv


def mutate(name, change):
    """A case that rewrites one raw CSV with `change(header, rows)` and re-records the manifest."""

    def apply(raw):
        header, rows = read_csv(raw / name)
        header, rows = change(header, rows)
        write_csv(raw / name, header, rows)
        write_manifest(raw)

    return apply


def cell(name, row_id, column, value):
    return lambda raw: edit_cell(raw / name, row_id, column, value)


def drop_column(column):
    def change(header, rows):
        i = header.index(column)
        return header[:i] + header[i + 1 :], [r[:i] + r[i + 1 :] for r in rows]

    return change


def add_column(header, rows):
    return [*header, "comment"], [[*r, ""] for r in rows]


def duplicate_first_row(header, rows):
    return header, [*rows, rows[0]]


def short_row(header, rows):
    return header, [*rows, rows[0][:3]]


def re_encode(name, encoding):
    def apply(raw):
        text = (raw / name).read_text(encoding="utf-8")
        (raw / name).write_bytes(text.encode(encoding, errors="replace"))
        write_manifest(raw)

    return apply


def raw_bytes(name, data):
    def apply(raw):
        (raw / name).write_bytes(data)
        write_manifest(raw)

    return apply


AF, PF, PC, SRC, EV = (
    "article_figures.csv",
    "published_figures.csv",
    "published_composition.csv",
    "sources.csv",
    "article_events.csv",
)

# (case id, change, file, row, column) -- row numbers as a spreadsheet shows them (header = 1)
CATALOGUE = [
    (
        "malformed figure",
        cell(AF, "th_2005_turnover", "as_written", "1O.7 พันล้านดอลลาร์"),
        AF,
        7,
        "as_written",
    ),
    (
        "unknown unit word",
        cell(AF, "th_2009_turnover", "as_written", "12 พันล้านยูโร"),
        AF,
        10,
        "as_written",
    ),
    (
        "malformed number",
        cell(AF, "th_2009_turnover", "as_written", "1.2.3 พันล้านดอลลาร์"),
        AF,
        10,
        "as_written",
    ),
    (
        "share above 100 %",
        cell(AF, "th_share_export_oil", "as_written", "137.9%"),
        AF,
        22,
        "as_written",
    ),
    ("year neither CE nor BE", cell(AF, "th_1960_turnover", "year", "2200"), AF, 2, "year"),
    ("year not four digits", cell(AF, "th_1960_turnover", "year", "60"), AF, 2, "year"),
    ("period names another year", cell(AF, "th_1960_turnover", "year", "1961"), AF, 2, "year"),
    (
        "period year impossible",
        cell(AF, "th_1960_turnover", "period_as_written", "ปี 2200"),
        AF,
        2,
        "period_as_written",
    ),
    ("missing column", mutate(AF, drop_column("locator")), AF, 1, "locator"),
    ("extra column", mutate(AF, add_column), AF, 1, "comment"),
    ("duplicate id", mutate(AF, duplicate_first_row), AF, 43, "obs_id"),
    (
        "duplicate id across files",
        cell(PF, "jp_su_1958_exp", "figure_id", "th_1960_turnover"),
        PF,
        2,
        "figure_id",
    ),
    (
        "source not registered",
        cell(AF, "th_1960_turnover", "source_id", "nowhere"),
        AF,
        2,
        "source_id",
    ),
    (
        "stray whitespace in a code",
        cell(AF, "th_1960_turnover", "economy", " SUN"),
        AF,
        2,
        "economy",
    ),
    ("USSR after 1991", cell(AF, "th_2004_turnover", "economy", "SUN"), AF, 6, "economy"),
    ("Russia before 1992", cell(AF, "th_1960_turnover", "economy", "RUS"), AF, 2, "economy"),
    ("unknown measure", cell(AF, "th_1960_turnover", "measure", "volume"), AF, 2, "measure"),
    ("unknown claim", cell(AF, "th_1960_turnover", "claim", "record_low"), AF, 2, "claim"),
    (
        "rank of zero",
        cell(AF, "th_2013_rank_import", "as_written", "อันดับที่ 0"),
        AF,
        13,
        "as_written",
    ),
    ("negative value", cell(PF, "jp_su_1958_exp", "value", "-18"), PF, 2, "value"),
    ("unknown currency unit", cell(PF, "jp_su_1958_exp", "unit", "EUR million"), PF, 2, "unit"),
    (
        "text as written disagrees with value",
        cell(PF, "jp_su_1958_exp", "value", "19"),
        PF,
        2,
        "as_written",
    ),
    ("unknown flow", cell(PF, "jp_su_1958_exp", "flow", "re-export"), PF, 2, "flow"),
    ("unknown period form", cell(PF, "jp_su_1958_exp", "period", "19588"), PF, 2, "period"),
    ("unknown bound", cell(PF, "jp_su_1958_exp", "bound", "roughly"), PF, 2, "bound"),
    ("year out of range", cell(PF, "jp_su_1958_exp", "period", "1700"), PF, 2, "period"),
    ("missing citation", cell(PF, "jp_su_1958_exp", "source_id", ""), PF, 2, "source_id"),
    (
        "composition share above 100 %",
        cell(PC, "jt_1996_fish", "share_pct", "131"),
        PC,
        4,
        "share_pct",
    ),
    (
        "shares of one flow above 100 %",
        cell(PC, "jt_1996_fish", "share_pct", "61"),
        PC,
        5,
        "share_pct",
    ),
    (
        "unknown commodity category",
        cell(PC, "jt_1996_fish", "category_as_written", "widgets"),
        PC,
        4,
        "category_as_written",
    ),
    (
        "event date disagrees",
        cell(EV, "irkutsk_statement", "date_iso", "2001-03-26"),
        EV,
        18,
        "date_iso",
    ),
    (
        "registry without whose statistics",
        cell(SRC, "erina_1588", "whose_statistics", ""),
        SRC,
        3,
        "whose_statistics",
    ),
    (
        "registry unknown reporter",
        cell(SRC, "erina_1588", "reporter", "Japan"),
        SRC,
        3,
        "reporter",
    ),
    ("row with too few cells", mutate(PF, short_row), PF, 89, None),
    ("wrong encoding (Thai Windows code page)", re_encode(AF, "cp874"), AF, 2, None),
    ("binary content", raw_bytes(PF, b"figure_id\x00\x01\x02"), PF, None, None),
    ("empty file", raw_bytes(PC, b""), PC, 1, None),
]


@pytest.fixture
def previous_outputs(workspace):
    """Outputs of an earlier build, to prove a failed build leaves them alone."""
    out = config.PROCESSED_DIR
    out.mkdir(parents=True)
    (out / "observations.csv").write_text("previous build\n", encoding="utf-8")
    (out / "audit.csv").write_text("previous audit\n", encoding="utf-8")
    return {p: p.read_bytes() for p in out.iterdir()}


def assert_untouched(previous):
    assert {p: p.read_bytes() for p in config.PROCESSED_DIR.iterdir()} == previous


@pytest.mark.parametrize(
    "case, change, file, row, column", CATALOGUE, ids=[c[0] for c in CATALOGUE]
)
def test_bad_input_is_named_and_changes_nothing(previous_outputs, case, change, file, row, column):
    raw_before = None
    change(config.RAW_DIR)
    raw_before = {p.name: p.read_bytes() for p in config.RAW_DIR.rglob("*") if p.is_file()}
    with pytest.raises(InputError) as info:
        build(figures=False)
    message = str(info.value)
    assert file in message
    if row is not None:
        assert f"row {row}" in message
    if column is not None:
        assert f"column {column!r}" in message
    assert_untouched(previous_outputs)
    assert {
        p.name: p.read_bytes() for p in config.RAW_DIR.rglob("*") if p.is_file()
    } == raw_before  # raw files never modified


def test_catalogue_is_large_enough():
    assert len(CATALOGUE) >= 25


def test_changed_raw_file_stops_the_build(previous_outputs):
    path = config.RAW_DIR / PF
    path.write_bytes(path.read_bytes().replace(b"US$18 million", b"US$81 million"))
    with pytest.raises(ChecksumError, match=r"published_figures\.csv: changed"):
        build(figures=False)
    assert_untouched(previous_outputs)


def test_new_unregistered_file_stops_the_build(previous_outputs):
    (config.RAW_DIR / "my_figures.csv").write_text("obs_id\n", encoding="utf-8")
    with pytest.raises(ChecksumError, match=r"my_figures\.csv: not in the manifest"):
        build(figures=False)
    assert_untouched(previous_outputs)


def test_byte_order_mark_is_accepted(workspace):
    from rjtrade.store import observations

    path = config.RAW_DIR / AF
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    write_manifest(config.RAW_DIR)
    assert "th_1960_turnover" in set(observations()["obs_id"])


def test_zero_width_spaces_in_thai_text_read_the_same(workspace):
    from rjtrade.store import observations

    edit_cell(
        config.RAW_DIR / AF,
        "th_1982_turnover",
        "as_written",
        "5\u200b พันล้าน\u200b 581 ล้านดอลลาร์\u00a0",
    )
    row = observations().set_index("obs_id").loc["th_1982_turnover"]
    assert row["value"] == pytest.approx(5.581e9)  # line 86


def test_a_users_csv_source_is_picked_up_and_cited(workspace):
    from rjtrade.store import observations

    header, _rows = read_csv(config.RAW_DIR / AF)
    mine = user_figure(locator="table 1", as_written="$23.1 billion", period_as_written="2010")
    write_csv(config.RAW_DIR / "my_figures.csv", header, [[mine[c] for c in header]])
    write_manifest(config.RAW_DIR)
    row = observations().set_index("obs_id").loc["my_2010_turnover"]
    assert (row["value"], row["low"], row["high"]) == (
        pytest.approx(23.1e9),
        pytest.approx(23.05e9),
        pytest.approx(23.15e9),
    )
