"""rjtrade/pipeline.py and rjtrade/outputs: what the build writes, and how."""

from __future__ import annotations

import re

import openpyxl
import pandas as pd
import pytest

from rjtrade import config
from rjtrade.errors import RjtradeError
from rjtrade.outputs.tables import csv_bytes, defuse_text
from rjtrade.pipeline import TABLE_FILES, build, chart_outputs, check, compute, load

from .conftest import edit_cell


@pytest.fixture
def built(workspace, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14
    edit_cell(
        config.RAW_DIR / "article_figures.csv",
        "th_1960_turnover",
        "note",
        '=HYPERLINK("http://x")',
    )
    build(figures=False)
    return config.PROCESSED_DIR


def test_every_table_is_written(built):
    for name in TABLE_FILES:
        assert (built / f"{name}.csv").stat().st_size > 0
        assert len(pd.read_parquet(built / "parquet" / f"{name}.parquet")) == len(
            pd.read_csv(built / f"{name}.csv")
        )
    obs = pd.read_csv(built / "observations.csv")
    assert obs.loc[obs["obs_id"] == "th_1982_turnover", "value"].iloc[0] == 5.581e9  # line 86


def test_no_leftover_temporary_files(built):
    assert not [p for p in built.rglob("*") if p.name.endswith(".tmp")]


def test_formula_text_is_inert_in_csv(built):
    obs = pd.read_csv(built / "observations.csv").set_index("obs_id")
    assert obs.loc["th_1960_turnover", "note"] == '\'=HYPERLINK("http://x")'
    assert (
        defuse_text("@SUM(A1)") == "'@SUM(A1)"
        and defuse_text("-20.1%") == "'-20.1%"
        and defuse_text("ok") == "ok"
    )
    assert csv_bytes(pd.DataFrame({"a": ["+1"]})) == b"a\n'+1\n"


def test_workbook_layout(built):
    book = openpyxl.load_workbook(built / "rjtrade.xlsx")
    # official_series: one sheet per partner and view (three views of two partners)
    official = [f"official_{p}_{v}" for p in ("RUS", "CHN") for v in ("best", "JPN", "partner")]
    expected = [n for t in TABLE_FILES for n in (official if t == "official_series" else [t])]
    assert book.sheetnames == ["README", *expected]
    obs = book["observations"]
    assert obs.freeze_panes == "A2"
    assert all(cell.font.bold for cell in obs[1])
    header = [c.value for c in obs[1]]
    assert "status" in header and obs.column_dimensions["A"].width > 10
    series = book["annual_series"]
    head = [c.value for c in series[1]]
    value_cell = next(
        r[head.index("value_usd")]
        for r in series.iter_rows(min_row=2)
        if r[head.index("value_usd")].value
    )
    # US$ with thousands separators, the currency in the format (issue 12, item 5)
    assert value_cell.number_format == '"US$"#,##0;-"US$"#,##0'

    shares = book["commodity_shares"]
    head = [c.value for c in shares[1]]
    # one fixed format per column, with the decimals its figures have (37.9 -> one decimal)
    assert shares.cell(2, head.index("share_pct") + 1).number_format == '0.0"%"'
    assert shares.cell(2, head.index("low") + 1).number_format == '0.00"%"'  # 37.85
    readme = {r[0].value: r[1].value for r in book["README"].iter_rows(min_row=2)}
    assert readme["data built"] == "2023-11-14"


PROGRAM_WORDS = re.compile(r"\b(nan|NaN|inf|None)\b")


def test_every_number_of_every_sheet_has_a_number_format(built):
    """No figure left in General format (Excel shows 1.53197E+11): every float and every
    integer of a million or more carries a number format."""
    book = openpyxl.load_workbook(built / "rjtrade.xlsx")
    general = []
    for sheet in book.worksheets:
        head = [c.value for c in sheet[1]]
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                value = cell.value
                big = isinstance(value, float) or (
                    isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 1e6
                )
                if big and cell.number_format == "General":
                    general.append((sheet.title, head[cell.column - 1]))
    assert not general, sorted(set(general))
    gaps = book["official_mirror_gaps"]
    head = [c.value for c in gaps[1]]
    money = '"US$"#,##0;-"US$"#,##0'
    for column in ("importer_figure", "exporter_figure", "gap_usd"):
        cells = [r[head.index(column)] for r in gaps.iter_rows(min_row=2)]
        assert all(c.number_format == money for c in cells if c.value is not None), column
    customs = book["customs_structure"]
    head = [c.value for c in customs[1]]
    assert customs.cell(2, head.index("value_jpy") + 1).number_format.startswith('"JPY "')
    assert customs.cell(2, head.index("share_pct") + 1).number_format == '0.00"%"'


def test_no_cell_of_the_workbook_reads_nan_inf_or_none(built):
    book = openpyxl.load_workbook(built / "rjtrade.xlsx")
    found = [
        (sheet.title, cell.coordinate, cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and PROGRAM_WORDS.search(cell.value)
    ]
    assert not found, found[:5]
    claims = book["claims_vs_official"]
    head = [c.value for c in claims[1]]
    derived = next(
        r[head.index("claim")].value
        for r in claims.iter_rows(min_row=2)
        if r[0].value == "th_2005_growth__level_2004"
    )
    # the derived level is described by what implies it (article line 96), not 'nan'
    assert derived.startswith("implied by 'เพิ่มขึ้น 40%' (line 96)")


def test_the_thai_workbook_has_thai_headers(workspace):
    build(figures=False, lang="th")
    book = openpyxl.load_workbook(config.PROCESSED_DIR / "rjtrade.xlsx")
    assert book["observations"].cell(1, 1).value == "รหัสตัวเลข"  # obs_id, "figure id"
    assert book["README"].cell(1, 1).value == "รายการ"  # "item"


def test_formula_text_is_text_in_the_workbook(built):
    book = openpyxl.load_workbook(built / "rjtrade.xlsx")
    sheet = book["observations"]
    head = [c.value for c in sheet[1]]
    note = next(
        r[head.index("note")]
        for r in sheet.iter_rows(min_row=2)
        if r[0].value == "th_1960_turnover"
    )
    assert note.data_type == "s" and note.value.startswith("=HYPERLINK")


def test_charts_are_byte_identical_when_rebuilt(workspace):
    first = chart_outputs(compute(load()), ["jan_sep_2014", "dip_2009"])
    second = chart_outputs(compute(load()), ["dip_2009", "jan_sep_2014"])
    assert list(first) == list(second)  # same files, in registry order
    assert first == second
    assert b"<dc:date>" not in first[config.FIGURES_DIR / "dip_2009.svg"]


def test_an_unknown_chart_name_is_an_error_listing_the_charts(workspace):
    with pytest.raises(RjtradeError, match=r"unknown chart nope .*growth_1960_2014"):
        chart_outputs(compute(load()), ["nope"])


def test_the_check_step_refuses_a_value_outside_its_interval(workspace):
    computed = compute(load())
    check(computed)  # the shipped data pass
    broken = computed["observations"].copy()
    broken.loc[0, "value"] = broken.loc[0, "high"] * 2
    with pytest.raises(RjtradeError, match="observations: a value outside its own interval"):
        check(computed | {"observations": broken})


def test_the_check_step_refuses_an_unknown_status(workspace):
    computed = compute(load())
    broken = computed["annual_series"].copy()
    broken.loc[0, "status"] = "guessed"
    with pytest.raises(RjtradeError, match=r"annual_series\.status"):
        check(computed | {"annual_series": broken})


def test_chart_data_csv_goes_through_the_guarded_writer():
    # A figure's text as written (a raw file's cell) starting with "=" and holding a comma:
    # the growth chart's CSV defuses it like every table (a leading apostrophe) and quotes it.
    computed = compute(load())
    obs = computed["observations"].copy()
    obs.loc[obs["obs_id"] == "th_2013_turnover", "as_written"] = "=1+1, said"  # line 98
    files = chart_outputs(computed | {"observations": obs}, ["growth_1960_2014"], formats=())
    text = files[config.FIGURES_DIR / "growth_1960_2014.csv"].decode("utf-8")
    assert '"\'=1+1, said"' in text and ",=1+1" not in text


def test_charts_draw_the_computed_tables_without_computing_them_again():
    # Russia's exports to Japan, January–September 2014 (13.3 bn, article line 100), changed
    # in the computed series to 1.0 bn [0.9, 1.1]: the chart data show the value given.
    computed = compute(load())
    series = computed["annual_series"].copy()
    chosen = (
        (series["economy_pair"] == "RUS-JPN")
        & (series["year"] == 2014)
        & (series["period"] == "jan-sep")
        & (series["flow"] == "export")
    )
    assert chosen.sum() == 1
    series.loc[chosen, ["value_usd", "low", "high"]] = [1.0e9, 0.9e9, 1.1e9]
    files = chart_outputs(computed | {"annual_series": series}, ["jan_sep_2014"], formats=())
    text = files[config.FIGURES_DIR / "jan_sep_2014.csv"].decode("utf-8")
    assert ",1000000000,900000000,1100000000" in text


def test_the_column_writer_guards_every_cell_as_the_cell_writer_does():
    # The column pass looks closely only at texts that may be active; each case by hand: a
    # formula start behind invisible characters (space, Hangul filler U+115F, zero-width
    # space, variation selector, tab and CR), error literals in any case, and harmless texts
    # holding the same characters later on.
    from rjtrade.outputs.tables import csv_field, text_fields

    cases = ["=1", "  =1", " \u115f=1", "\u200b-1", "\ufe0f@x", "\t\r=1", "-", "+"]
    cases += ["#N/A", " #ref! ", "x=1", "ก-ข", "a-b", "1-2", "abc#", ""]
    fields = text_fields(pd.Series(cases, dtype="str"))
    assert fields == [csv_field(c) for c in cases]
    assert [f.lstrip('"').startswith("'") for f in fields] == [True] * 10 + [False] * 6
