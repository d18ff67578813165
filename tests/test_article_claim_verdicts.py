"""The article's claims in claims_vs_official carry one verdict per claim (claim_verdict,
claim_reason), by the same precedence as rj.check: an undated claim that holds in some years
only is unverifiable and names them, never plain consistent."""

from __future__ import annotations

import rjtrade as rj


def claim(obs_id: str):
    table = rj.claims_vs_official()
    rows = table[table["obs_id"] == obs_id]
    assert len(rows) >= 1 and rows["claim_verdict"].nunique() == 1
    return rows.iloc[0]


def test_an_undated_share_that_holds_in_some_years_only_is_unverifiable_naming_them():
    # article line 329: "ไม่ถึง 1%" of Japan's trade, no year. COW dyadic over Japan's national
    # totals: 1960 (60 + 87) / (4,163.2 + 3,912.8) = 1.82 % (dyadic row 65, national row 376);
    # 1991 (2,329 + 3,318) / (236,657 + 314,978) = 1.02 % (rows 96, 407); 1992 (1,680 + 2,402)
    # / (232,907 + 339,953) = 0.71 % (rows 97, 408): it holds in some years only
    row = claim("th_share_jpn_trade")
    assert (row["verdict"], row["claim_verdict"]) == ("consistent", "unverifiable")
    assert row["claim_reason"].startswith("no year given, and the claim holds in 1992, ")
    assert "2004" in row["claim_reason"] and "1991" not in row["claim_reason"]


def test_a_dated_claim_matching_japans_figure_is_consistent_with_its_reason():
    # article line 86: 147 million in 1960; cow_trade_4.0_dyadic_japan.csv row 65:
    # 365,740,1960,60,87 -> 60 + 87 = 147 US$ million, Japan's statistics both ways
    row = claim("th_1960_turnover")
    assert row["claim_verdict"] == "consistent"
    assert row["claim_reason"] == "matches Japan's figure (export:JPN+import:JPN) US$0.15 bn"


def test_a_partial_year_fit_is_explained_not_put_down_to_the_last_digit():
    # article line 100: January-September 2014 imports 7.5 bn (Russia's customs); COW's
    # Russian imports from Japan 2014, 10.925 bn, leave a 4th quarter of 1.37 average quarters
    row = claim("th_2014q3_import")
    assert row["claim_verdict"] == "consistent"
    assert "last-digit" not in row["claim_reason"]
    assert "full year 2014 minus Jan-Sep implies a 4th quarter" in row["claim_reason"]
