"""A claim resting on a flagged official figure (the backbone's anomaly rule) is never judged
on that figure alone: meeting only flagged figures it is not consistent, missing only flagged
figures it is not inconsistent; the claim's reason gives the flag's reason, and the flag
travels on its finding rows."""

from __future__ import annotations

import pytest

from rjtrade.claims import verdicts


@pytest.fixture(scope="module")
def rj():
    import rjtrade

    return rjtrade


def _claim(checked):
    assert checked["claim_no"].nunique() == 1
    return checked.iloc[0]


def test_share_on_cows_broken_1961_ussr_total_is_not_consistent(rj):
    # data/raw/official/cow_trade_4.0_dyadic_japan.csv row 66: 365,740,1961,65,145 (Japan-USSR
    # turnover 65 + 145 = 210 US$ million); cow_trade_4.0_national_japan_russia_china.csv
    # row 93: 365,1961,179.3,210.7 (USSR total 390.0, against 10,523.5 in 1959, row 91):
    # 210 / 390 = 53.85 %, a share resting on a flagged total.
    checked = rj.check("Japan's share of the Soviet Union's trade was 54% in 1961.")
    claim = _claim(checked)
    assert claim["claim_verdict"] == "unverifiable"
    assert "flagged" in claim["claim_reason"]
    assert "total trade 0.390 bn" in claim["claim_reason"]  # the flag's reason, 179.3 + 210.7
    share = checked[checked["basis"].str.startswith("share")].iloc[0]
    assert share["verdict"] == "consistent"  # the figure itself does meet 54 %
    assert bool(share["flag"]) and "0.390 bn" in share["flag_reason"]
    assert share["evidence"] == verdicts.FLAGGED


def test_missing_a_flagged_figure_only_is_not_inconsistent(rj):
    # the same flagged 1961 share (53.85 %); 4 % misses it, but it is the figure that is broken
    claim = _claim(rj.check("Japan's share of the Soviet Union's trade was 4% in 1961."))
    assert claim["claim_verdict"] == "unverifiable"
    assert "misses only a flagged figure" in claim["claim_reason"]


def test_russias_flagged_2011_imports_confirm_nothing(rj):
    # cow_trade_4.0_dyadic_japan.csv rows 115-117: Russia's imports from Japan (flow1)
    # 10,256 (2010), 6,711 (2011), 15,650 (2012) US$ million; Japan's own exports 2011 are
    # 11.79 bn (japan_mof_trade_year_russia_china_world.csv, converted at the IMF mean)
    low = _claim(rj.check("In 2011 Russia's imports from Japan were 6.7 billion dollars."))
    assert low["claim_verdict"] == "unverifiable"
    assert "meets only a flagged figure" in low["claim_reason"]
    assert "6.711 bn" in low["claim_reason"] and "11.79 bn" in low["claim_reason"]
    japans = _claim(rj.check("In 2011 Russia's imports from Japan were 11.8 billion dollars."))
    assert japans["claim_verdict"] == "consistent"  # Japan's own, unflagged figure decides


def _finding(basis, verdict, flag=False):
    return {
        "basis": basis,
        "reported_by": basis,
        "verdict": verdict,
        "flag": flag,
        "flag_reason": "anomaly: a stated rule" if flag else "",
        "backbone_value": 1e9,
        "stated_low": 0.95e9,
        "stated_high": 1.05e9,
        "gap": 0.0,
        "detail": "",
        "claim": "x",
    }


def test_weigh_sets_flagged_figures_aside():
    only_flagged_hit = [_finding("RUS", "consistent", True), _finding("JPN", "inconsistent")]
    weighed = verdicts.weigh(only_flagged_hit, "value", None, True)
    assert weighed["verdict"] == "unverifiable"
    assert weighed["evidence"] == [verdicts.FLAGGED, "counts"]
    assert "anomaly: a stated rule" in weighed["reason"]
    clean_hit = [_finding("RUS", "inconsistent", True), _finding("JPN", "consistent")]
    assert verdicts.weigh(clean_hit, "value", None, True)["verdict"] == "consistent"
    clean_miss = [_finding("RUS", "inconsistent", True), _finding("JPN", "inconsistent")]
    assert verdicts.weigh(clean_miss, "value", None, True)["verdict"] == "inconsistent"
    stated = [_finding("RUS", "consistent", True), _finding("JPN", "consistent")]
    # a claim quoting Russia's statistics: Japan's figure does not count, Russia's is flagged
    assert verdicts.weigh(stated, "value", "RUS", True)["verdict"] == "unverifiable"


def test_the_article_check_carries_the_flag_columns(rj):
    table = rj.claims_vs_official()
    assert {"flag", "flag_reason"} <= set(table.columns)
    assert table["flag"].dtype == bool


def test_a_finding_over_many_years_is_flagged_when_every_deciding_year_is():
    import pandas as pd

    from rjtrade.claims.against_record import _group_flag

    years = pd.DataFrame(
        {"year": [2010, 2011, 2012], "flag": [False, True, False], "flag_reason": ["", "r", ""]}
    )
    assert _group_flag(years) == {"flag": False, "flag_reason": ""}  # 2010, 2012 decide alike
    assert _group_flag(years[years["year"] == 2011]) == {"flag": True, "flag_reason": "r"}
