"""rjtrade/commodities.py and categories.py: structure, remainder, classes, values.

Shares are the article's line 102 unless said otherwise; sums by hand."""

from __future__ import annotations

import pandas as pd
import pytest

import rjtrade as rj
from rjtrade import config
from rjtrade.analyses.commodities import OTHER, remainder_row
from rjtrade.categories import CATEGORIES, MAPPINGS
from rjtrade.errors import InputError
from rjtrade.store import observations

from .conftest import edit_cell


@pytest.fixture(scope="module")
def shares():
    return rj.commodity_shares()


def article(shares, flow):
    return shares[
        (shares["source_id"] == "article_th") & (shares["russia_flow"] == flow)
    ].set_index("category")


def test_export_remainder(shares):
    exports = article(shares, "export")
    # 100 - (37.9 + 14.1 + 14 + 11.9 + 9.5) = 12.6; interval 100 - 88.1 .. 100 - 86.7
    assert exports.loc[OTHER, "share_pct"] == pytest.approx(12.6)
    assert (exports.loc[OTHER, "low"], exports.loc[OTHER, "high"]) == (
        pytest.approx(11.9),
        pytest.approx(13.3),
    )
    assert exports.loc[OTHER, "status"] == "derived"


def test_import_remainder(shares):
    imports = article(shares, "import")
    # 100 - (70.5 + 11 + 3.7 + 2.1) = 12.7
    assert imports.loc[OTHER, "share_pct"] == pytest.approx(12.7)
    assert len(imports) == 5


def test_categories_hs_and_classes(shares):
    exports, imports = article(shares, "export"), article(shares, "import")
    assert exports.loc["oil and petroleum products", "hs_codes"] == "2709, 2710"
    assert exports.loc["aluminium", "hs_codes"] == "76"
    assert exports.loc["coal", "hs_codes"] == "2701"
    assert exports.loc["fish and seafood", "hs_codes"].startswith("03")
    assert exports.loc["fertilisers and minerals", "class"] == "mixed"
    assert imports.loc["vehicles and ships", "hs_codes"] == "87 (less 8708), 89"
    assert imports.loc["car parts and tyres", "hs_codes"] == "8708, 4011"
    assert set(imports.drop(OTHER)["class"]) == {"manufactured"}


def test_every_mapping_points_to_a_known_category():
    for written, (canonical, fit) in MAPPINGS.items():
        assert fit in ("exact", "narrower", "unmapped"), written
        assert (canonical is None) == (fit == "unmapped"), written
        if canonical:
            hs, cls, why = CATEGORIES[canonical]
            assert hs and cls in ("primary", "manufactured", "mixed") and why


def test_every_category_in_the_data_is_mapped():
    obs = observations()
    assert set(obs.loc[obs["measure"] == "commodity_share", "commodity"]) <= set(MAPPINGS)


def test_unsound_mapping_stays_as_written(shares):
    metals = shares[shares["category_as_written"] == "metals"].iloc[0]  # jamestown_1997: "metals"
    assert (metals["category"], metals["mapping"]) == ("metals", "unmapped")


def test_reference_period_is_honest(shares):
    assert set(article(shares, "export")["reference_period"]) == {"not stated by the source"}
    assert set(shares.loc[shares["source_id"] == "jamestown_1997", "reference_period"]) == {"1996"}


def test_structure_measure_compares_exports_with_imports():
    m = rj.structure_measure().set_index(["source_id", "russia_flow"])
    # exports: primary 37.85 + 14.05 + 11.85 + 9.45 = 73.2 at least
    # (fertilisers mixed, remainder unknown)
    assert m.loc[("article_th", "export"), "primary_low"] == pytest.approx(73.2)
    assert m.loc[("article_th", "export"), "primary_high"] == pytest.approx(100.0)
    # imports: nothing primary; at most the unstated remainder 13.35
    assert m.loc[("article_th", "import"), "primary_low"] == 0
    assert m.loc[("article_th", "import"), "primary_high"] == pytest.approx(13.35)


def test_undated_shares_are_not_valued_unless_the_customs_structure_supports_the_period(
    shares,
):
    # Line 102 gives no period. Its export shares are nearest Japan's customs structure of
    # 2011, not 2014 (rj.structure_match), so no January-September 2014 total is assumed.
    oil = article(shares, "export").loc["oil and petroleum products"]
    assert oil["value_status"] is None or oil["value_status"] != oil["value_status"]
    autos = shares[shares["obs_id"] == "erina_2007_autos"].iloc[0]  # ERINA gives US$8.0 bn itself
    assert (autos["value_usd"], autos["value_status"]) == (8.0e9, "stated")


def test_shares_above_100_fail(workspace):
    edit_cell(
        config.RAW_DIR / "article_figures.csv", "th_share_import_vehicles", "as_written", "170.5%"
    )
    with pytest.raises(InputError, match=r"article_figures.csv, row 27, column 'as_written'"):
        observations()


def test_shares_summing_above_100_fail(workspace):
    # line 102 with machinery at 31 % instead of 11 %: 70.45 + 30.5 + 3.65 + 2.05 = 106.65 > 100
    edit_cell(
        config.RAW_DIR / "article_figures.csv", "th_share_import_machinery", "as_written", "31%"
    )
    with pytest.raises(
        InputError,
        match=r"article_figures.csv, row 30, column 'as_written'.*more than 100 %.*'106.65 %'",
    ):
        observations()


def test_unknown_category_fails(workspace):
    edit_cell(
        config.RAW_DIR / "article_figures.csv", "th_share_export_coal", "commodity", "ถ่านหินและอื่นๆ"
    )
    with pytest.raises(
        InputError, match=r"row 25, column 'commodity'.*unknown commodity category"
    ):
        observations()


def test_the_article_structure_is_matched_to_the_nearest_customs_year():
    match = rj.structure_match()
    best = match[match["best"]].set_index("russia_flow")
    # Customs 2011 (japan_mof_trade_year_russia_china_world.csv, Japan's imports from Russia,
    # shares of the Grand Total): petroleum + products 39.8 vs 37.9, non-ferrous metals 10.5
    # vs 14.1, coal 10.1 vs 11.9, fish 7.5 vs 9.5: 1.8 + 3.6 + 1.8 + 2.0 = 9.2 pp, the nearest.
    assert best.loc["export", "year"] == 2011
    assert best.loc["export", "distance_pp"] == pytest.approx(9.2, abs=0.05)
    assert match["year"].max() == 2014  # never after the article's latest dated figure


def test_the_remainder_never_goes_below_zero():
    # Stated shares 60 % [59.5, 60.5] and 40 % [39.5, 40.5] (made for the case): 100 - 60 - 40
    # leaves 0; their highs add to 101, so the remainder's low is 0, not 100 - 101 = -1
    group = pd.DataFrame(
        {
            "obs_id": ["a", "b"],
            "share_pct": [60.0, 40.0],
            "low": [59.5, 39.5],
            "high": [60.5, 40.5],
        }
    )
    row = remainder_row(group)
    assert (row["low"], row["share_pct"], row["high"]) == (0.0, 0.0, 1.0)
