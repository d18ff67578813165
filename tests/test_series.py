"""rjtrade/series.py: annual series, the selection rule, interpolation, growth tools.

Expected values computed by hand from written figures (locators in comments)."""

from __future__ import annotations

import math

import pytest

import rjtrade as rj
from rjtrade.analyses.series import cagr, index, year_on_year
from rjtrade.errors import RjtradeError


@pytest.fixture(scope="module")
def rus():
    return rj.annual_series("RUS", "JPN")


def one(series, flow, year, period="annual"):
    rows = series[
        (series["flow"] == flow) & (series["year"] == year) & (series["period"] == period)
    ]
    assert len(rows) == 1
    return rows.iloc[0]


def test_one_row_per_year_and_flow(rus):
    annual = rus[rus["period"] == "annual"]
    assert len(annual) == 3 * (2014 - 1960 + 1)
    assert not annual.duplicated(["flow", "year"]).any()


def test_ussr_and_russia_are_joined_explicitly(rus):
    assert one(rus, "turnover", 1960)["economy"] == "SUN"
    assert one(rus, "turnover", 2005)["economy"] == "RUS"
    assert rus["joined"].str.contains("joined explicitly").all()
    assert not rj.annual_series("JPN", "CHN")["joined"].str.len().any()


def test_article_first(rus):
    row = one(rus, "turnover", 1960)  # line 86: 147 million in 1960
    assert (row["value_usd"], row["status"], row["source_id"]) == (147e6, "stated", "article_th")


def test_own_side_before_mirror_and_alternatives_kept(rus):
    row = one(rus, "turnover", 1998)
    assert (
        row["obs_ids"] == "ru_jp_1998_tot" and row["reported_by"] == "RUS"
    )  # erina_4789: 3,846.3
    assert "jp_ru_1998_tot" in row["alternatives"]  # Japan's "approximately 4.2 bn" stays visible


def test_stated_before_derived_for_2004(rus):
    row = one(rus, "turnover", 2004)
    assert (
        row["obs_ids"] == "th_2004_turnover" and row["high"] == math.inf
    )  # line 96: more than 8 bn
    assert "th_2005_growth__level_2004" in row["alternatives"]


def test_mirror_figures_fill_only_where_the_own_side_is_silent(rus):
    row = one(rus, "export", 1990)  # Japan's imports from the USSR, nearly US$3.4 bn (loc_japan)
    assert (row["reported_by"], row["obs_ids"]) == ("JPN", "jp_su_1990_imp")


def test_partial_year_kept_as_such(rus):
    row = one(rus, "turnover", 2014, "jan-sep")  # line 100: 20.8 bn, January-September
    assert row["value_usd"] == pytest.approx(20.8e9)
    assert one(rus, "turnover", 2014)["status"] == "missing"  # no annual 2014 figure is invented


def test_missing_years_are_missing_not_zero(rus):
    row = one(rus, "turnover", 1975)
    assert row["status"] == "missing" and math.isnan(row["value_usd"])


def test_sum_of_parts_is_derived():
    chn = rj.annual_series("JPN", "CHN")
    row = one(chn, "turnover", 2002)  # industryweek_2003: 39.9 + 61.7 = 101.6 bn
    assert row["status"] == "derived" and row["method"] == "export + import"
    assert row["value_usd"] == pytest.approx(101.6e9)


def test_interpolation_is_log_linear_marked_and_never_across_1991():
    s = rj.annual_series("RUS", "JPN", interpolate=True)
    row = one(s, "turnover", 1961)
    # between 1960 (147 mn, line 86) and 1965 (about $400 mn, time_1965): 147 * (400/147)^(1/5)
    assert row["status"] == "interpolated"
    assert row["value_usd"] == pytest.approx(147e6 * (400 / 147) ** 0.2)
    assert one(s, "turnover", 1992)["status"] == "missing"  # 1990 is SUN, 1995 RUS: no bridge


def test_cagr_1960_1982(rus):
    g = cagr(rus, 1960, 1982)  # line 86: (5581/147)^(1/22) - 1
    assert g["cagr_pct"] == pytest.approx(((5581 / 147) ** (1 / 22) - 1) * 100)
    assert g["low"] == pytest.approx(((5580.5 / 147.5) ** (1 / 22) - 1) * 100)
    assert g["high"] == pytest.approx(((5581.5 / 146.5) ** (1 / 22) - 1) * 100)
    with pytest.raises(RjtradeError, match="turnover 1975 is not known in this series"):
        cagr(rus, 1960, 1975)


def test_year_on_year_only_where_both_years_known(rus):
    yoy = year_on_year(rus).set_index("year")
    # erina_4789: 1996 4,960.2 over 1995 5,933.4
    assert yoy.loc[1996, "growth_pct"] == pytest.approx((4960.2 / 5933.4 - 1) * 100)
    assert 1975 not in yoy.index
    # line 96: 2009 12 bn after 2008 "more than 30 bn": a fall of at least 1 - 12.5/30 = 58.3 %
    assert yoy.loc[2009, "high"] == pytest.approx((12.5 / 30 - 1) * 100)


def test_index_base_year(rus):
    idx = index(rus, 1960).set_index("year")
    assert idx.loc[1960, "index"] == pytest.approx(100)
    assert idx.loc[1982, "index"] == pytest.approx(5581 / 147 * 100)


def test_mirror_gaps_side_by_side():
    gaps = rj.mirror_gaps().set_index(["flow", "year"])
    row = gaps.loc[
        ("turnover", 1998)
    ]  # 4.2 bn (mofa_1998, Japan) against 3,846.3 mn (erina_4789, Russia)
    assert row["gap"] == pytest.approx(4.2e9 - 3846.3e6)
    assert (row["own_reported_by"], row["mirror_reported_by"]) == ("RUS", "JPN")
