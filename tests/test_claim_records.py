"""Record claims must hold against every earlier year on the same basis.

Official series: the partner view's turnover (cow_trade_4.0_dyadic_japan.csv,
rows 365,740,2013 and 365,740,2014) is 13,560 + 23,591 = 37,151 and 10,925 + 24,733 = 35,658 US$
million; Japan's own (japan_mof_trade_year_russia_china_world.csv, Russia, Grand Total) is
3,376.9 bn yen / 97.6536 = US$34.58 bn in 2013 and 3,590.4 / 105.625 = 33.99 bn in 2014.
2013 was higher than 2014 on both bases, so a record in 2014 is false; 2013 is the highest
year on the partner's basis since 1992, so "a record $37.2 billion in 2013" holds."""

import pytest

import rjtrade as rj
from rjtrade.claims.finder import find_claims


@pytest.mark.parametrize(
    "text",
    [
        "In 2014 Russia–Japan trade reached a record $34 billion",
        "In 2014 Russia–Japan trade was the highest ever at $34 billion",
        "2014年の日ロ貿易は過去最高の340億ドルに達した",
        "В 2014 году товарооборот России и Японии достиг рекордных 34 млрд долларов",
        "ในปี 2557 การค้าระหว่างรัสเซียกับญี่ปุ่นสูงสุดเป็นประวัติการณ์ที่ 34 พันล้านดอลลาร์",
    ],
)
def test_a_record_beaten_by_an_earlier_year_is_inconsistent(text):
    (claim,) = find_claims(text)
    assert claim["claim"] == "record_high"
    checked = rj.check(text)
    # $34 bn matches Japan's 2014 figure (33.83-34.16) but 2013 (34.41-34.75) was higher
    assert set(checked["claim_verdict"]) == {"inconsistent"}
    assert "2013" in checked["claim_reason"].iloc[0]


def test_a_true_record_is_consistent():
    checked = rj.check("Russia–Japan trade hit a record $37.2 billion in 2013")
    assert set(checked["claim_verdict"]) == {"consistent"}
    records = checked[checked["basis"] == "record on export:RUS+import:JPN"]
    assert list(records["verdict"]) == ["consistent"]


# --- coverage in words ---------------------------------------------------------------------
# The official series (cow_trade_4.0_dyadic_japan.csv from 1960; the USSR to 1991, Russia
# from 1992) hold no 1950 and no trade between Russia and China.
def test_a_year_outside_the_series_names_the_years_covered():
    checked = rj.check("Russia–Japan trade was $5 billion in 1950")
    reason = checked["claim_reason"].iloc[0]
    assert reason.startswith("1950 is not in the official series")
    assert "the USSR (1960-1991)" in reason and "Russia (1992-" in reason


def test_a_pair_not_covered_is_named_in_words():
    reason = rj.check("Russia–China trade was $5 billion in 2010")["claim_reason"].iloc[0]
    assert "not Japan's trade (Russia and China)" in reason and "China (1960-" in reason


def test_an_unknown_pair_option_lists_the_economies_in_words(capsys):
    from rjtrade.cli import main

    assert main(["check", "--pair", "RUS,USA", "trade was $5 billion in 2010"]) == 1
    err = capsys.readouterr().err
    assert "RUS: Russia (from 1992)" in err and "'RUS,USA'" in err and "('RUS'" not in err


# --- shares of total trade --------------------------------------------------------------
# Japan's customs (japan_mof_trade_year_russia_china_world.csv, Grand Total 2013): with
# Russia 3,376.94 bn yen of 151,016.74 with the world = 2.236 %; COW v4 37,151 of Japan's
# total 1,546,955.5 US$ million = 2.40 %. USSR 1975 (COW v4 rows 365,740,1975 and the
# national file): Japan's 2,795 of the USSR's 70,278.6 = 3.98 %.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2013 Russia accounted for about 2.2% of Japan's total trade.", "consistent"),
        ("Russia accounted for 5% of Japan's trade in 2013.", "inconsistent"),
        ("ในปี 2556 รัสเซียมีสัดส่วนประมาณ 2.2% ของการค้าทั้งหมดของญี่ปุ่น", "consistent"),
        (
            "Japan accounted for about 4% of the Soviet Union's foreign trade in 1975.",
            "consistent",
        ),
        ("В 1975 году на Японию пришлось более 10% внешней торговли СССР.", "inconsistent"),
    ],
)
def test_shares_named_after_the_figure_are_read_and_checked(text, expected):
    (claim,) = find_claims(text)
    assert claim["measure"] == "share_of_total" and claim["flow"] == "turnover"
    assert set(rj.check(text)["claim_verdict"]) == {expected}


# --- records stated without a figure -------------------------------------------------------
# Japan–China, partner view (cow_trade_4.0_dyadic_japan.csv rows 710,740,2011 and 2012):
# 235,872 + 185,480 = 421,352 in 2011, 218,484 + 190,050 = 408,534 in 2012, below 2011; on
# Japan's customs 2012 (332.72 bn) is below 2011 (345.29 bn) too. Japan's imports from Russia
# in yen (japan_mof_trade_year_russia_china_world.csv rows 4717-4722): 2014's 2,618.54 bn yen
# is above 2009-2013 (825.51, 1,412.03, 1,513.89, 1,660.15, 2,307.59).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2012 Japan–China trade hit a record on Japan's customs figures.", "inconsistent"),
        ("В 2014 году импорт Японии из России в иенах достиг рекорда.", "consistent"),
    ],
)
def test_a_record_without_a_figure_is_checked_as_a_record(text, expected):
    (claim,) = find_claims(text)
    assert claim["claim"] == "record_high" and claim["missing"] == []
    assert set(rj.check(text)["claim_verdict"]) == {expected}
