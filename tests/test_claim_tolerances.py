"""What a claim's words admit, stated where a verdict rests on it, and multiples without a base.

Official rows by hand:
- COW v4 row 365,740,2007: 12,717 + 10,560 = 23,277 US$ million, the partner view's 2007
  turnover; Japan's own (customs) is not in the files for 2007.
- Japan's customs with Russia (japan_mof_trade_year_russia_china_world.csv, Grand Total):
  2009 306.514 + 825.505 = 1,132.019 bn yen / 93.6171 = US$12.092 bn; 2010 702.745 +
  1,412.030 = 2,114.775 bn yen / 87.8075 = US$24.084 bn; 24.084 / 12.092 = 1.99.
"""

import rjtrade as rj
from rjtrade.claims.finder import find_claims


def test_a_verdict_resting_on_the_last_digit_rule_says_so():
    # "2 หมื่นล้าน" admits 15-25 bn by its last digit; 23.28 is 16 % from 20
    checked = rj.check("ในปี 2550 การค้ารัสเซีย-ญี่ปุ่นมีมูลค่า 2 หมื่นล้านดอลลาร์")
    assert set(checked["claim_verdict"]) == {"consistent"}
    reason = checked["claim_reason"].iloc[0]
    assert "only by the last-digit rule" in reason and "US$15.00 bn to US$25.00 bn" in reason


def test_a_close_match_needs_no_such_note():
    checked = rj.check("In 2007 Russia-Japan trade was $23.3 billion")  # 23.28 in [23.25, 23.35]
    assert set(checked["claim_verdict"]) == {"consistent"}
    assert "last-digit rule" not in checked["claim_reason"].iloc[0]


def test_doubled_without_a_base_is_on_the_year_before():
    (claim,) = find_claims("Russia–Japan trade doubled in 2010")
    assert (claim["year"], claim["base_year"]) == (2010, 2009)
    assert set(rj.check("Russia–Japan trade doubled in 2010")["claim_verdict"]) == {"consistent"}


def test_a_multiple_of_nothing_named_is_left_open():
    (claim,) = find_claims("In 2010 Russia–Japan trade was 3 times larger")
    assert "base" in claim["missing"]
    checked = rj.check("In 2010 Russia–Japan trade was 3 times larger")
    assert list(checked["claim_verdict"]) == ["unverifiable"]


# Japan's exports to Russia (japan_mof_trade_year_russia_china_world.csv, export, Grand
# Total): 2009 306.514 bn yen / 93.6171 = US$3.274 bn, 2010 702.745 / 87.8075 = 8.003 bn:
# 2.44 times. Japan's exports to the USSR (COW v4 rows 365,740,1975 and 1976, flow1 = Japan's
# FOB exports to 1980): 1,626 -> 2,254 US$ million, 1.39 times, not halved.
def test_russian_and_japanese_multiples_in_words():
    text = (
        "В 2010 году экспорт Японии в Россию вырос более чем в два раза по сравнению с 2009 годом."
    )
    (claim,) = find_claims(text)
    assert (claim["base_year"], claim["low"], claim["high"]) == (2009, 2.0, float("inf"))
    assert set(rj.check(text)["claim_verdict"]) == {"consistent"}
    halved = "1976年の日本の対ソ輸出は前年比で半減した。"
    (claim,) = find_claims(halved)
    assert (claim["economy"], claim["partner"], claim["base_year"]) == ("JPN", "SUN", 1975)
    assert set(rj.check(halved)["claim_verdict"]) == {"inconsistent"}
