"""rj.economies/pairs/flows/reporters/measures/source_registry, code checks, and wide frames."""

from __future__ import annotations

import math

import pytest

import rjtrade as rj
from rjtrade.errors import RjtradeError


def test_discovery_lists_what_the_data_hold():
    assert set(rj.economies()["code"]) == {"SUN", "RUS", "JPN", "CHN"}
    assert {"turnover", "export", "import"} <= set(rj.flows()["flow"])
    assert {"JPN", "RUS", "unstated"} <= set(rj.reporters()["reported_by"])
    assert "growth" in set(rj.measures()["measure"])
    assert "article_th" in set(rj.source_registry()["source_id"])  # data/raw/sources.csv, row 2
    held = set(zip(rj.pairs()["economy"], rj.pairs()["partner"], strict=True))
    # article_figures.csv and published_figures.csv: Russia(USSR)-Japan and Japan-China only
    assert held == {("RUS", "JPN"), ("JPN", "RUS"), ("JPN", "CHN"), ("CHN", "JPN")}


def test_the_russia_japan_pair_starts_in_1960_and_says_it_joins_two_economies():
    row = rj.pairs().set_index(["economy", "partner"]).loc[("RUS", "JPN")]
    assert row["first_year"] == 1960  # article_figures.csv row 2: 147 ล้านดอลลาร์, ปี 2503
    assert "joined" in row["note"]


def test_codes_are_read_in_any_case():
    lower = rj.annual_series("rus", "jpn")
    assert lower.equals(rj.annual_series("RUS", "JPN"))
    assert (lower["status"] != "missing").any()


@pytest.mark.parametrize(
    ("economy", "partner", "named"),
    [("RUS", "CHN", "RUS-JPN"), ("XYZ", "JPN", "RUS (Russia"), ("RUS", "usa", "CHN (China")],
)
def test_an_unknown_code_or_pair_is_an_error_listing_the_valid_ones(economy, partner, named):
    with pytest.raises(RjtradeError) as raised:
        rj.annual_series(economy, partner)
    assert named in str(raised.value)


def test_the_wide_frame_is_the_official_series_by_default_unbroken_1960_2014():
    wide = rj.wide_series("RUS", "JPN")
    assert list(wide.columns) == ["turnover", "export", "import"]
    assert list(wide.index[[0, -1]]) == [1960, 2014] and wide.index.name == "year"
    assert not wide.isna().any().any()  # no gap: plot(logy=True) draws one line
    # cow_trade_4.0_dyadic_japan.csv row 65 (365,740,1960,60,87): the USSR imported 60 from
    # Japan, Japan imported 87 (US$ mn); best view: each flow as its importer recorded it
    assert wide.loc[1960].tolist() == [147e6, 87e6, 60e6]
    # row 119 (365,740,2014,10925,24733): Russia's exports are Japan's imports, 24,733 mn
    assert wide.loc[2014, "export"] == 24733e6 and wide.loc[2014, "import"] == 10925e6
    assert "USSR to 1991, Russia from 1992" in wide.columns.name  # the join, labelled
    assert rj.wide_series("JPN", "RUS").loc[2014, "export"] == 10925e6  # Japan's side


def test_the_wide_frame_of_the_claims_on_request():
    wide = rj.wide_series("RUS", "JPN", source="claims")
    assert list(wide.columns) == ["turnover", "export", "import"]
    assert wide.loc[1960, "turnover"] == 147e6  # article_figures.csv row 2 (line 86)
    assert wide.loc[2008, "turnover"] == 30e9  # row 9 (line 96): more than 30 bn
    assert math.isnan(wide.loc[1961, "turnover"])  # no source gives 1961
    with pytest.raises(RjtradeError, match="source='claims'"):
        rj.wide_series("RUS", "JPN", by_reporter=True)  # the claims' option, not ignored


def test_trade_shares_filters_and_joins_the_ussr_and_russia():
    shares = rj.trade_shares(partner="RUS", economy="JPN", source="cow")
    # COW national and dyadic files: one row a year, 1960-2014, SUN to 1991 then RUS
    assert shares["year"].tolist() == list(range(1960, 2015))
    assert set(shares.loc[shares.year <= 1991, "partner"]) == {"SUN"}
    assert set(shares.loc[shares.year >= 1992, "partner"]) == {"RUS"}
    assert set(shares["basis"]) == {"cow"} and shares["joined"].str.contains("USSR").all()
    both = rj.trade_shares(partner="rus", economy="JPN")
    # 2009-2014: COW's totals and Japan's customs totals, one row each, the basis says which
    assert sorted(both.loc[both.year == 2010, "basis"]) == ["cow", "customs"]
    with pytest.raises(RjtradeError, match="unknown source"):
        rj.trade_shares(source="imf")


def test_dir_lists_the_public_api_and_not_the_modules_imports():
    names = dir(rj)
    for public in ("official_series", "pairs", "economies", "check", "audit", "readable"):
        assert public in names
    for private in ("TYPE_CHECKING", "annotations", "import_module"):
        assert private not in names
    assert "sources()" not in rj.__doc__  # no such call


def test_the_wide_frame_by_reporter_keeps_each_side_apart():
    wide = rj.wide_series("RUS", "JPN", by_reporter=True, source="claims")
    # published_figures.csv: ru_jp_1998_tot (ERINA, Russia's side) 3,846.3 million;
    # jp_ru_1998_tot (MOFA, Japan's side) approximately 4.2 billion
    assert wide.loc[1998, "turnover (RUS)"] == pytest.approx(3846.3e6)
    assert wide.loc[1998, "turnover (JPN)"] == pytest.approx(4.2e9)
