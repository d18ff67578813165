"""rjtrade/checks.py: the audit. Each check kind is shown consistent on the real data where it
applies, and failing on a constructed inconsistent pair. Expected intervals are computed by
hand from the written figures (article lines in comments)."""

from __future__ import annotations

import itertools
import math

import pandas as pd
import pytest

import rjtrade as rj
from rjtrade.analyses.audit import (
    PAIRWISE_LIMIT,
    Related,
    audit,
    index_levels,
    level_key,
    representatives,
)
from rjtrade.schema import OBSERVATION_COLUMNS

from .conftest import make_obs


@pytest.fixture(scope="module")
def findings():
    return rj.audit()


def table(*rows) -> pd.DataFrame:
    frame = pd.DataFrame(list(rows), columns=OBSERVATION_COLUMNS)
    for column in ("year", "base_year", "base_year_to"):
        frame[column] = frame[column].astype("Int64")
    return frame


def level(obs_id, year, value, low, high, **kw):
    return make_obs(
        obs_id=obs_id,
        economy=kw.pop("economy", "RUS"),
        partner=kw.pop("partner", "JPN"),
        flow=kw.pop("flow", "turnover"),
        year=year,
        value=value,
        low=low,
        high=high,
        **kw,
    )


def only(findings, check):
    rows = findings[findings["check"] == check]
    assert len(rows) >= 1
    return rows


def test_the_article_contradicts_itself_on_2004(findings):
    # line 96: 2004 "more than 8 bn", 2005 10.7 bn "up 40 %". 10.75/8 - 1 = 34.4 % < 39.5 %.
    row = findings[
        (findings["check"] == "growth_vs_levels")
        & findings["obs_ids"].str.startswith("th_2005_growth")
    ]
    assert list(row["verdict"]) == ["inconsistent"]
    assert row["implied_high"].iloc[0] == pytest.approx((10.75 / 8 - 1) * 100)
    assert (row["stated_low"].iloc[0], row["stated_high"].iloc[0]) == (39.5, 40.5)


def test_every_inconsistency_is_the_2004_one(findings):
    bad = findings[findings["verdict"] == "inconsistent"]
    assert all("th_2004_turnover" in ids or "th_2005_growth" in ids for ids in bad["obs_ids"])
    assert len(bad) == 2  # the growth check and the same-year check (stated vs derived 2004)


def test_article_parts_add_up(findings):
    # line 100: 13.3 + 7.5 = 20.8; intervals [20.7, 20.9] and [20.75, 20.85] overlap
    row = findings[findings["obs_ids"] == "th_2014q3_export;th_2014q3_import;th_2014q3_turnover"]
    assert list(row["verdict"]) == ["consistent"]
    assert (row["implied_low"].iloc[0], row["implied_high"].iloc[0]) == (
        pytest.approx(20.7e9),
        pytest.approx(20.9e9),
    )


def test_more_than_30_times(findings):
    # line 86: 5581/147 = 37.97, interval [5580.5/147.5, 5581.5/146.5] = [37.83, 38.10] >= 30
    row = findings[
        (findings["check"] == "multiple")
        & findings["obs_ids"].str.startswith("th_1982_multiple_1960")
    ]
    assert list(row["verdict"]) == ["consistent"]
    assert row["implied_low"].iloc[0] == pytest.approx(5580.5 / 147.5)
    assert row["implied_high"].iloc[0] == pytest.approx(5581.5 / 146.5)


def test_more_than_10_times_china(findings):
    # line 323: 238 bn against line 309's 20 bn for 2007:
    # [237.5/20.5, 238.5/19.5] = [11.59, 12.23] >= 10
    row = findings[
        findings["obs_ids"] == "th_jpn_chn_multiple_rus;th_jpn_chn_turnover;th_2007_turnover"
    ]
    assert list(row["verdict"]) == ["consistent"]
    assert row["implied_low"].iloc[0] == pytest.approx(237.5 / 20.5)
    assert "context" in row["detail"].iloc[0]


def test_records_and_share_totals(findings):
    records = only(findings, "record")
    assert set(records["verdict"]) == {"consistent"}
    # 2013's 34.8 bn (line 98) against 2008's "more than 30 bn" (line 96): possible, so consistent
    assert "th_2013_turnover;th_2008_turnover" in set(records["obs_ids"])
    shares = only(findings, "share_total")
    exports = shares[shares["obs_ids"].str.contains("th_share_export_oil")].iloc[0]
    # line 102: 37.9 + 14.1 + 14 + 11.9 + 9.5 = 87.4;
    # lows 37.85 + 14.05 + 13.5 + 11.85 + 9.45 = 86.7
    assert exports["implied_low"] == pytest.approx(86.7)
    assert exports["implied_high"] == pytest.approx(88.1)
    assert exports["verdict"] == "consistent"


def test_mirror_gap_and_currencies(findings):
    mirrors = only(findings, "mirror_gap")
    by_ids = mirrors.set_index("obs_ids")["verdict"]
    # 1998: Russia 3,846.3 mn (erina_4789) vs Japan "approximately US$4.2 billion"
    # (mofa_1998): gap +9 %
    assert by_ids["ru_jp_1998_tot;jp_ru_1998_tot"] == "consistent"
    # 1970: 652 mn roubles vs $822 mn: different currencies
    assert by_ids["su_jp_1970_tot;jp_su_1970_tot"] == "unverifiable"


def test_undated_claims_are_unverifiable(findings):
    rows = findings[findings["obs_ids"].str.startswith("th_import_export_multiple")]
    assert set(rows["verdict"]) == {"unverifiable"}
    assert rows["detail"].str.contains("no year").all()


# --- constructed inconsistent pairs: each check kind must be able to fail ---
def verdicts(frame, check):
    result = audit(frame)
    return list(result.loc[result["check"] == check, "verdict"])


def test_growth_check_fails_on_a_constructed_pair():
    frame = table(
        level("a2000", 2000, 100.0, 99.5, 100.5),
        level("a2001", 2001, 110.0, 109.5, 110.5),
        make_obs(
            obs_id="g2001",
            economy="RUS",
            partner="JPN",
            flow="turnover",
            measure="growth",
            unit="percent",
            currency=None,
            year=2001,
            base_year=2000,
            value=30.0,
            low=29.5,
            high=30.5,
            as_written="30%",
        ),
    )
    assert verdicts(frame, "growth_vs_levels") == [
        "inconsistent"
    ]  # levels imply 8.96..11.06 %, not 30


def test_parts_check_fails_on_a_constructed_triple():
    frame = table(
        level("e", 2000, 60.0, 59.5, 60.5, flow="export"),
        level("i", 2000, 30.0, 29.5, 30.5, flow="import"),
        level("t", 2000, 100.0, 99.5, 100.5),
    )
    assert verdicts(frame, "parts_vs_total") == ["inconsistent"]  # 89..91 against 99.5..100.5


def test_multiple_check_fails_on_a_constructed_pair():
    frame = table(
        level("a1990", 1995, 10.0, 9.5, 10.5),
        level("a2000", 2000, 20.0, 19.5, 20.5),
        make_obs(
            obs_id="m",
            economy="RUS",
            partner="JPN",
            flow="turnover",
            measure="multiple",
            unit="times",
            currency=None,
            year=2000,
            base_year=1995,
            value=5.0,
            low=5.0,
            high=math.inf,
            bound="at_least",
        ),
    )
    assert verdicts(frame, "multiple") == ["inconsistent"]  # 1.86..2.16 is not "more than 5 times"


def test_record_check_fails_on_a_constructed_pair():
    frame = table(
        level("old", 2000, 50.0, 49.5, 50.5),
        level("new", 2005, 40.0, 39.5, 40.5, claim="record_high"),
    )
    assert verdicts(frame, "record") == ["inconsistent"]


def test_share_total_check_fails_above_100():
    shares = [
        make_obs(
            obs_id=f"s{i}",
            economy="RUS",
            partner="JPN",
            flow="export",
            measure="commodity_share",
            unit="percent",
            currency=None,
            commodity="coal",
            value=v,
            low=v - 0.5,
            high=v + 0.5,
            year=2000,
        )
        for i, v in enumerate([60.0, 45.0])
    ]
    assert verdicts(table(*shares), "share_total") == [
        "inconsistent"
    ]  # lows 59.5 + 44.5 = 104 > 100


def test_same_year_check_fails_on_a_constructed_pair():
    frame = table(
        level("x", 2000, 10.0, 9.95, 10.05),
        level("y", 2000, 12.0, 11.95, 12.05, source_id="other"),
    )
    assert verdicts(frame, "same_year") == ["inconsistent"]


def test_mirror_check_fails_beyond_tolerance():
    frame = table(
        level("own", 2000, 10.0, 9.95, 10.05, flow="export"),
        level(
            "mirror",
            2000,
            20.0,
            19.95,
            20.05,
            economy="JPN",
            partner="RUS",
            flow="import",
            reported_by="JPN",
        ),
    )
    assert verdicts(frame, "mirror_gap") == ["inconsistent"]  # +100 % is beyond +-35 %


def test_rounding_is_respected():
    # 10.7 and 10.65 can both be readings of "10.7":
    # the same-year check must not call them inconsistent
    frame = table(
        level("x", 2000, 10.7, 10.65, 10.75),
        level("y", 2000, 10.65, 10.645, 10.655, source_id="other"),
    )
    assert verdicts(frame, "same_year") == ["consistent"]


def test_an_interval_without_upper_bound_reads_or_more():
    from rjtrade.analyses.audit import fmt_interval
    from rjtrade.intervals import INF

    # 'เกิน 8 พันล้านดอลลาร์' (article line 96): more than 8 bn, no upper bound
    assert fmt_interval((8e9, INF)) == "8 bn or more"
    assert fmt_interval((7.5e9, 8.5e9)) == "[7.5 bn, 8.5 bn]"


def same_year_claims(frame) -> list[str]:
    result = audit(frame)
    return list(result.loc[result["check"] == "same_year", "claim"])


def agreeing_levels(n: int, currencies=("USD",)) -> list[dict]:
    """n statements of Russia–Japan turnover 2000, all admitting 10.0 (made for the case),
    from n sources, the currencies taken in turn."""
    return [
        level(f"s{i}", 2000, 10.0, 9.95, 10.05, source_id=f"src{i}", currency=c)
        for i, c in zip(range(n), itertools.cycle(currencies), strict=False)
    ]


def test_at_the_pairwise_limit_statements_are_compared_pair_by_pair():
    # PAIRWISE_LIMIT = 4 statements: each of the 4 * 3 / 2 = 6 pairs is one finding
    assert PAIRWISE_LIMIT == 4
    claims = same_year_claims(table(*agreeing_levels(4)))
    assert len(claims) == 6 and all(" vs s" in c for c in claims)


def test_one_above_the_pairwise_limit_statements_are_held_against_their_consensus():
    # 5 statements: one finding for the group, none outside its consensus
    assert same_year_claims(table(*agreeing_levels(5))) == [
        "RUS-JPN turnover value 2000: 5 statements"
    ]


def test_two_currencies_are_split_only_above_the_pairwise_limit():
    # 4 statements, USD and RUB in turn: the 6 pairs, the mixed ones unverifiable
    assert len(same_year_claims(table(*agreeing_levels(4, ("USD", "RUB"))))) == 6
    # 5 statements (3 USD, 2 RUB): one "currencies differ" finding, then 3 + 1 pairs
    assert len(same_year_claims(table(*agreeing_levels(5, ("USD", "RUB"))))) == 1 + 3 + 1


def test_representatives_are_each_level_at_the_limit_and_a_consensus_above_it():
    four = agreeing_levels(4)
    assert representatives(four) == four
    (only_one,) = representatives(agreeing_levels(5))
    assert only_one["members"] == 5 and (only_one["low"], only_one["high"]) == (9.95, 10.05)


def test_related_levels_at_the_limit_leave_out_those_the_claim_is_derived_from():
    # A claim derived from s0 and 4 stated levels of turnover 2000 (PAIRWISE_LIMIT): compared
    # with the other 3; with 5, through the consensus of all 5 (s0 is one statement of many)
    claim = level("g", 2000, 10.0, 9.9, 10.1, status="derived", derived_from="s0;x")
    four = agreeing_levels(4)
    assert [r["obs_id"] for r in Related(index_levels(four))(level_key(claim), claim)] == [
        "s1",
        "s2",
        "s3",
    ]
    (middle,) = Related(index_levels(agreeing_levels(5)))(level_key(claim), claim)
    assert middle["members"] == 5
