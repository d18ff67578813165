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


def test_the_wide_frame_has_years_by_flows_in_us_dollars():
    wide = rj.wide_series("RUS", "JPN")
    assert list(wide.columns) == ["turnover", "export", "import"]
    assert list(wide.index[[0, -1]]) == [1960, 2014] and wide.index.name == "year"
    assert wide.loc[1960, "turnover"] == 147e6  # article_figures.csv row 2 (line 86)
    assert wide.loc[2008, "turnover"] == 30e9  # row 9 (line 96): more than 30 bn
    assert math.isnan(wide.loc[1961, "turnover"])  # no source gives 1961


def test_the_wide_frame_by_reporter_keeps_each_side_apart():
    wide = rj.wide_series("RUS", "JPN", by_reporter=True)
    # published_figures.csv: ru_jp_1998_tot (ERINA, Russia's side) 3,846.3 million;
    # jp_ru_1998_tot (MOFA, Japan's side) approximately 4.2 billion
    assert wide.loc[1998, "turnover (RUS)"] == pytest.approx(3846.3e6)
    assert wide.loc[1998, "turnover (JPN)"] == pytest.approx(4.2e9)
