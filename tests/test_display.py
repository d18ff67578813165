"""rjtrade/outputs/display.py: tables that read well in a notebook."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import rjtrade as rj
from rjtrade.outputs.display import interval_text, number, readable


@pytest.fixture(scope="module")
def shown():
    series = rj.annual_series("RUS", "JPN")
    return readable(series[series["flow"] == "turnover"]).set_index("year")


def test_money_is_in_billions_with_the_unit_in_the_header(shown):
    # article_figures.csv row 2 (line 86): 147 ล้านดอลลาร์ = 0.147 bn, admitting 146.5-147.5 mn
    assert shown.loc[1960, "value (US$ bn)"] == "0.147"
    assert shown.loc[1960, "value range (US$ bn)"] == "0.1465 to 0.1475"


def test_open_bounds_read_as_more_than(shown):
    # row 9 (line 96): เกินกว่า 3 หมื่นล้านดอลลาร์, more than 30 bn
    annual = shown[shown["period"] == "annual"]
    assert annual.loc[2008, "value (US$ bn)"] == "more than 30"
    assert annual.loc[2008, "value range (US$ bn)"] == "more than 30"


def test_no_figure_reads_as_inf_or_in_e_notation(shown):
    text = shown[["value (US$ bn)", "value range (US$ bn)"]].to_string()
    assert "inf" not in text and "e+0" not in text and "nan" not in text.lower()


def test_small_amounts_go_to_millions_and_percentages_keep_their_unit():
    table = pd.DataFrame(
        {"growth_pct": [-1.9], "low": [-1.95], "high": [-1.85]}  # line 100: ลดลง 1.9%
    )
    assert readable(table).iloc[0].tolist() == ["-1.9", "-1.95 to -1.85"]
    assert list(readable(table).columns) == ["growth (%)", "growth range (%)"]
    money = pd.DataFrame({"value_usd": [147e6], "low": [146.5e6], "high": [math.inf]})
    assert list(readable(money).iloc[0]) == ["more than 147", "more than 146.5"]
    assert list(readable(money).columns) == ["value (US$ mn)", "value range (US$ mn)"]


def test_numbers_carry_four_significant_digits_without_noise():
    assert number(3.6500000000000004) == "3.65"
    assert number(12345.6) == "12,346"
    assert interval_text(5.5805e9, 5.5815e9, 1e9) == "5.5805 to 5.5815"


PROGRAM_TEXT = r"\b(?:nan|NaN|inf|None)\b|<NA>|\d[eE][+-]?\d"


@pytest.mark.parametrize(
    "call",
    [
        rj.observations,
        lambda: rj.annual_series("RUS", "JPN"),
        lambda: rj.wide_series("RUS", "JPN"),
        lambda: rj.wide_series("RUS", "JPN", source="claims"),
        rj.mirror_gaps,
        rj.commodity_shares,
        rj.structure_match,
        rj.structure_measure,
        rj.audit,
        rj.official_series,
        rj.trade_shares,
        rj.claims_vs_official,
        rj.customs_structure,
        rj.events,
        rj.source_registry,
        rj.pairs,
    ],
)
def test_every_public_table_reads_without_nan_inf_or_e_notation(call):
    table = readable(call())
    cells = table.astype(str).stack()
    assert not cells.str.contains(PROGRAM_TEXT, regex=True).any(), cells[
        cells.str.contains(PROGRAM_TEXT, regex=True)
    ].head(3)


def test_the_customs_structure_reads_in_billions_and_percent():
    shown = readable(rj.customs_structure())
    # japan_mof_trade_year_russia_china_world.csv row 3669 (export,Russia,Chemicals,2009,
    # 8.857154): Japan's chemicals exports to Russia in 2009, 8.857 bn yen
    first = shown[(shown["year"] == 2009) & (shown["goods"] == "Chemicals")]
    first = first[first["flow"] == "export"].iloc[0]
    assert first["value (yen bn)"] == "8.857"
    assert "share (%)" in shown.columns and "share_pct" not in shown.columns
