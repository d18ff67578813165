"""The official backbone through rj.*: complete years, whose statistics, and the build's tables.

Expected values from data/raw/official/cow_trade_4.0_dyadic_japan.csv (ccode1 365 = USSR/
Russia, ccode2 740 = Japan; flow1 = Russia's imports from Japan, flow2 = Japan's imports
from Russia; US$ million rounded to whole millions, so each admits ±0.5 million).
"""

from __future__ import annotations

import pytest

import rjtrade as rj
from rjtrade.errors import RjtradeError


def turnover(series, year):
    rows = series[(series["year"] == year) & (series["flow"] == "turnover")]
    assert len(rows) == 1
    return rows.iloc[0]


def test_every_year_1960_2025_has_every_flow_for_both_pairs():
    # COW to 2014, Japan's customs 2009-2025 (japan_mof_trade_year_russia_china_world.csv)
    for partner in ("RUS", "CHN"):
        series = rj.official_series(partner, "best")
        assert sorted(set(series["year"])) == list(range(1960, 2026))
        assert len(series) == 66 * 3  # export, import, turnover every year


def test_1975_is_japans_statistics_both_ways():
    # row 80: 365,740,1975,1626,1169 -> 1626 + 1169 = 2795 million; each ±0.5, so ±1 in all.
    # README: USSR imports from Japan equal Japan's own exports for 1960-1980.
    row = turnover(rj.official_series("RUS", "best"), 1975)
    assert row["partner"] == "SUN" and row["reported_by"] == "JPN"
    assert (row["value_usd"], row["low"], row["high"]) == (2795e6, 2794e6, 2796e6)


def test_1993_joins_two_reporters_and_says_so():
    # row 98: 365,740,1993,1367,2777 -> Russia's imports 1367 (Russia's figure) + Japan's 2777.
    row = turnover(rj.official_series("RUS", "best"), 1993)
    assert row["partner"] == "RUS" and row["value_usd"] == 4144e6
    assert row["reported_by"] == "mixed" and row["basis"] == "export:RUS+import:JPN"


def test_unknown_views_and_partners_are_errors_naming_the_choices():
    with pytest.raises(RjtradeError, match=r"unknown view 'mine' \(views: JPN, best, partner\)"):
        rj.official_series("RUS", "mine")


def test_the_article_claims_are_checked_against_the_backbone_reporter_by_reporter():
    claims = rj.claims_vs_official()
    # Article line 86: 147 million in 1960; COW row 1960: 60 + 87 = 147 -> consistent.
    first = claims[(claims["obs_id"] == "th_1960_turnover") & (claims["reported_by"] == "JPN")]
    assert list(first["verdict"]) == ["consistent"]
    assert set(claims["verdict"]) <= {"consistent", "inconsistent", "unverifiable"}


def test_a_cow_file_in_the_official_layout_is_read_in_place_of_the_extract(tmp_path):
    # The full Dyadic_COW_4.0.csv has more columns and writes missing as -9; a small file in
    # that layout, with 1975 changed to 1000 + 2000 (and one other dyad), must be used as is.
    columns = "ccode1,ccode2,year,importer1,importer2,flow1,flow2,smoothflow1,smoothflow2,version"
    rows = [
        "365,740,1975,Russia,Japan,1000,2000,1000,2000,4",
        "365,740,1976,Russia,Japan,-9,-9,-9,-9,4",
        "2,20,1975,United States,Canada,5,6,5,6,4",
    ]
    full = tmp_path / "Dyadic_COW_4.0.csv"
    full.write_text("\n".join([columns, *rows]) + "\n", encoding="utf-8")
    series = rj.official_series("RUS", "best", cow_dyadic=full)
    assert turnover(series, 1975)["value_usd"] == 3000e6  # 1000 + 2000 million
    in_1976 = series[series["year"] == 1976]  # -9 is missing: no figure, never 0 or -9
    assert in_1976.empty or in_1976["value_usd"].isna().all()


def test_every_official_source_is_in_the_registry_with_whose_statistics():
    registry = rj.source_registry().set_index("source_id")
    used = set(";".join(rj.official_series("RUS")["source_id"]).split(";"))
    used |= set(";".join(rj.trade_shares()["source_id"]).split(";"))
    assert used <= set(registry.index)
    # data/raw/official/README.md: Japan's customs statistics are Japan's own.
    assert registry.loc["mof_japan_year", "reporter"] == "JPN"


def test_the_official_series_needs_only_the_backbone(workspace, monkeypatch):
    # A first official_series() computes the partner's backbone only: no claim is checked
    # and no other official table made (they took most of its 3 s), so it stays fast.
    from rjtrade import store

    def everything(*args, **kwargs):
        raise AssertionError("official_series() computed every official table")

    monkeypatch.setattr(store, "official_tables_with_claims", everything)
    series = rj.official_series("RUS", view="JPN")  # workspace: a raw folder not yet read
    # data/raw/official: COW flow2 for 1975 (Japan's imports 1,169 million) + Japan's
    # exports 1,626 million = 2,795 million, Japan's figures both ways
    assert turnover(series, 1975)["value_usd"] == pytest.approx(2_795e6)
