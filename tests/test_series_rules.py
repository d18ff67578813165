"""rjtrade/analyses/series.py on small constructed tables: the selection rule, one step each.

annual_series is a pure function of an observation table, so each rule is tested on
two or three rows built here; the values are round numbers chosen for the case.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from rjtrade.analyses.series import annual_series, interpolated, mirror_gaps, ratio_by_year
from rjtrade.schema import OBSERVATION_COLUMNS

from .conftest import make_obs


def table(*rows: dict) -> pd.DataFrame:
    """An observation table of the given rows (year columns as nullable integers)."""
    obs = pd.DataFrame(list(rows), columns=OBSERVATION_COLUMNS)
    return obs.astype({"year": "Int64", "base_year": "Int64", "base_year_to": "Int64"})


def level(obs_id: str, year: int, value: float, **fields) -> dict:
    """A stated US$ turnover level of RUS/SUN with JPN, exact to half a unit."""
    economy = "SUN" if year <= 1991 else "RUS"
    row = dict(obs_id=obs_id, economy=economy, partner="JPN", flow="turnover", year=year)
    row |= dict(value=value, low=value - 0.5, high=value + 0.5) | fields
    return make_obs(**row)


def chosen(obs: pd.DataFrame, year: int, flow: str = "turnover") -> pd.Series:
    series = annual_series(obs, "RUS", "JPN", 2000, 2002)
    rows = series[(series["year"] == year) & (series["flow"] == flow)]
    assert len(rows) == 1
    return rows.iloc[0]


def test_the_article_comes_before_other_sources():
    obs = table(level("other", 2001, 100.0), level("art", 2001, 90.0, source_id="article_th"))
    row = chosen(obs, 2001)
    assert row["obs_ids"] == "art" and row["value_usd"] == 90.0
    assert row["alternatives"].startswith("other: 100")  # the figure not chosen stays visible


def test_the_economys_own_side_comes_before_the_mirror_figure():
    mirror = make_obs(obs_id="jp", economy="JPN", partner="RUS", flow="export", year=2001,
                      value=50.0, low=49.5, high=50.5, reported_by="JPN")  # fmt: skip
    own = level("ru", 2001, 40.0, flow="import")
    row = chosen(table(mirror, own), 2001, "import")
    assert row["obs_ids"] == "ru" and row["reported_by"] == "RUS"


def test_a_mirror_figure_fills_a_year_the_own_side_lacks_and_says_whose_it_is():
    mirror = make_obs(obs_id="jp", economy="JPN", partner="RUS", flow="export", year=2001,
                      value=50.0, low=49.5, high=50.5, reported_by="JPN")  # fmt: skip
    row = chosen(table(mirror), 2001, "import")  # Japan's exports to Russia = Russia's imports
    assert row["obs_ids"] == "jp" and row["reported_by"] == "JPN"


def test_stated_comes_before_derived_and_exact_before_about():
    derived = level("derived", 2001, 80.0, status="derived")
    about = level("about", 2001, 70.0, bound="about", low=66.5, high=73.5)
    assert chosen(table(derived, level("stated", 2001, 90.0)), 2001)["obs_ids"] == "stated"
    assert chosen(table(about, level("exact", 2001, 60.0)), 2001)["obs_ids"] == "exact"


def test_turnover_is_the_sum_of_exports_and_imports_where_only_the_parts_are_given():
    exports = level("x", 2001, 30.0, flow="export")
    imports = level("m", 2001, 12.0, flow="import")
    row = chosen(table(exports, imports), 2001)
    assert row["status"] == "derived" and row["method"] == "export + import"
    assert (row["value_usd"], row["low"], row["high"]) == (42.0, 41.0, 43.0)  # 29.5+11.5 ...


def test_a_year_no_source_covers_is_missing_never_filled_unasked():
    row = chosen(table(level("a", 2000, 100.0), level("b", 2002, 400.0)), 2001)
    assert row["status"] == "missing" and math.isnan(row["value_usd"])


def test_interpolation_is_log_linear_and_marked():
    series = annual_series(table(level("a", 2000, 100.0), level("b", 2002, 400.0)), "RUS", "JPN",
                           2000, 2002)  # fmt: skip
    filled = interpolated(series)
    row = filled[(filled["year"] == 2001) & (filled["flow"] == "turnover")].iloc[0]
    assert row["status"] == "interpolated"
    assert row["value_usd"] == pytest.approx(200.0)  # sqrt(100 * 400)
    # Widened by one year's average change (x2 a year from 100 to 400 over two years):
    # low sqrt(99.5 * 399.5) / 2, high sqrt(100.5 * 400.5) * 2.
    assert row["low"] == pytest.approx((99.5 * 399.5) ** 0.5 / 2)
    assert row["high"] == pytest.approx((100.5 * 400.5) ** 0.5 * 2)


def test_interpolation_never_bridges_the_ussr_russia_break():
    series = annual_series(table(level("a", 1990, 100.0), level("b", 1993, 400.0)), "RUS", "JPN",
                           1990, 1993)  # fmt: skip
    filled = interpolated(series)
    gap = filled[filled["year"].isin([1991, 1992]) & (filled["flow"] == "turnover")]
    assert set(gap["status"]) == {"missing"}


def test_mirror_gaps_put_both_sides_of_one_flow_side_by_side():
    own = level("ru", 2001, 40.0, flow="import")
    mirror = make_obs(obs_id="jp", economy="JPN", partner="RUS", flow="export", year=2001,
                      value=50.0, low=49.5, high=50.5, reported_by="JPN")  # fmt: skip
    gap = mirror_gaps(table(own, mirror)).iloc[0]
    assert (gap["own_obs"], gap["mirror_obs"], gap["gap"]) == ("ru", "jp", 10.0)
    assert gap["gap_pct"] == pytest.approx(25.0)  # 50 / 40 - 1


def test_a_ratio_of_two_series_carries_every_reading():
    top = annual_series(table(level("a", 2001, 100.0)), "RUS", "JPN", 2000, 2002)
    bottom = annual_series(table(level("b", 2001, 10.0)), "RUS", "JPN", 2000, 2002)
    ratio = ratio_by_year(top, bottom).iloc[0]
    assert ratio["ratio"] == 10.0
    assert (ratio["low"], ratio["high"]) == (
        pytest.approx(99.5 / 10.5),
        pytest.approx(100.5 / 9.5),
    )


def test_a_dated_figure_comes_before_one_whose_year_is_taken_from_context():
    # Japan–China 2007: the article's 238 bn has no written year (line 323, year from the
    # passage); AP's US$236.6 billion (published_figures.csv, jp_cn_2007_tot) is dated.
    undated = level("art", 2001, 238.0, source_id="article_th", year_basis="context")
    row = chosen(table(undated, level("dated", 2001, 236.6)), 2001)
    assert row["obs_ids"] == "dated"


def test_the_figures_not_chosen_are_listed_up_to_twenty_then_counted():
    many = [level(f"f{i:03d}", 2001, 100.0 + i) for i in range(25)]  # f000 chosen (narrowest)
    alternatives = chosen(table(*many), 2001)["alternatives"]
    assert alternatives.count(";") == 20 and alternatives.endswith("; and 4 more")


def mirror(obs_id: str, year: int, value: float, **fields) -> dict:
    """Japan's exports to Russia in `year`: the mirror figure of Russia's imports from Japan."""
    row = dict(obs_id=obs_id, economy="JPN", partner="RUS", flow="export", year=year)
    row |= dict(value=value, low=value - 0.5, high=value + 0.5, reported_by="JPN") | fields
    return make_obs(**row)


# The selection rule's order: for each two neighbouring steps, A is better by the earlier step
# and worse by the later one, so A is chosen only if the steps are taken in the stated order
# (any other order puts some two neighbours the other way round).
ORDER_CASES = {
    "(1) a written year before (2) the article": (
        level("A", 2001, 100.0),
        level("B", 2001, 90.0, source_id="article_th", year_basis="context"),
        "turnover",
    ),
    "(2) the article before (3) the own side": (
        mirror("A", 2001, 50.0, source_id="article_th"),
        level("B", 2001, 40.0, flow="import"),
        "import",
    ),
    "(3) the own side before (4) the economy's own statistics": (
        level("A", 2001, 40.0, flow="import", reported_by="third_party"),
        mirror("B", 2001, 50.0, reported_by="RUS"),
        "import",
    ),
    "(4) the economy's own statistics before (5) stated": (
        level("A", 2001, 100.0, status="derived"),
        level("B", 2001, 90.0, reported_by="third_party"),
        "turnover",
    ),
    "(5) stated before (6) exact": (
        level("A", 2001, 100.0, bound="about", low=95.0, high=105.0),
        level("B", 2001, 90.0, status="derived"),
        "turnover",
    ),
    "(6) exact before (7) the narrower interval": (
        level("A", 2001, 100.0, low=90.0, high=110.0),
        level("B", 2001, 90.0, bound="about", low=89.9, high=90.1),
        "turnover",
    ),
    "(7) the narrower interval before the id": (
        level("Z", 2001, 100.0, low=99.9, high=100.1),
        level("B", 2001, 90.0, low=89.0, high=91.0),
        "turnover",
    ),
}


@pytest.mark.parametrize("case", ORDER_CASES)
def test_the_selection_rules_steps_are_taken_in_their_stated_order(case):
    first, second, flow = ORDER_CASES[case]
    assert chosen(table(first, second), 2001, flow)["obs_ids"] == first["obs_id"]
    assert chosen(table(second, first), 2001, flow)["obs_ids"] == first["obs_id"]  # any row order
