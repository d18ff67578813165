"""Claims that name whose statistics they quote are weighed on that reporter's basis; bases
of multiples written after the figure ("10 times Russia–Japan trade", "2009年の約2倍").

Official rows by hand:
- Japan–China 2001 (japan_mof_trade_year_russia_china_world.csv, China, Grand Total 2001:
  exports + imports 10,790.40 bn yen; IMF mean rate 2001 121.586): Japan's own turnover
  US$88.75 bn; the partner view (COW v4 rows 710,740,2001: China's imports from Japan +
  Japan's imports from China) is 124.91 bn, a mix of two reporters.
- Jan-Sep 2014 Russia–Japan: no Russian-reported figure for part of a year is in the files.
- Japan–China over Russia–Japan 2007 (COW v4 rows 710,740,2007 and 365,740,2007):
  (171,278 + 129,244) / (12,717 + 10,560) = 12.91, more than 10.
- Russia–Japan 2010 over 2009 on Japan's customs in US$: 24.084 / 12.092 = 1.99 (約2倍).
"""

import pytest

import rjtrade as rj
from rjtrade.claims.finder import find_claims


def verdict(text):
    checked = rj.check(text)
    assert checked["claim_no"].nunique() == 1
    return checked["claim_verdict"].iloc[0], checked["claim_reason"].iloc[0]


def test_a_claim_quoting_japans_customs_is_weighed_on_japans_figure_only():
    text = "日本の税関統計によれば、2001年の日中貿易額は1249億ドルだった。"
    (claim,) = find_claims(text)
    assert claim["reported_by"] == "JPN"
    got, reason = verdict(text)
    # 124.9 is the partner view's mixed sum, which does not count; Japan's own figure (88.75,
    # or a published Japanese figure near it where the official series lack it) misses it
    assert got == "inconsistent"
    assert "Japan's figure" in reason and "two reporters'" not in reason


@pytest.mark.parametrize(
    "text",
    [
        "According to Russian customs, Russia-Japan trade in January-September 2014 was"
        " $20.8 billion.",
        "ロシア側の統計では、2014年1～9月の日露貿易額は208億ドルだった。",
        "ในช่วงมกราคม–กันยายน 2557 การค้ารัสเซีย–ญี่ปุ่นตามสถิติศุลกากรรัสเซียมีมูลค่า 2.08 หมื่นล้านดอลลาร์",
    ],
)
def test_a_claim_quoting_a_reporter_the_files_lack_is_unverifiable(text):
    (claim,) = find_claims(text)
    assert claim["reported_by"] == "RUS"
    got, reason = verdict(text)
    assert got == "unverifiable" and "Russia's statistics" in reason


def test_economies_right_after_a_multiple_are_its_base():
    text = "In 2007 Japan–China trade was more than 10 times Russia–Japan trade."
    (claim,) = find_claims(text)
    assert claim["base_partner"] == "RUS"
    assert verdict(text)[0] == "consistent"  # 12.91 > 10


def test_a_japanese_year_before_a_multiple_is_its_base():
    text = "2010年の日露貿易額は2009年の約2倍だった。"
    (claim,) = find_claims(text)
    assert (claim["year"], claim["base_year"]) == (2010, 2009)
    assert verdict(text)[0] == "consistent"  # 1.99 in [1.5, 2.5]


def test_the_unverifiable_reason_names_the_figure_it_would_need():
    text = (
        "According to Russian customs, Russia-Japan trade in January-September 2014 was"
        " $20.8 billion."
    )
    reason = verdict(text)[1]
    assert (
        "it would need Russia's own figure for $20.8 billion (turnover value, jan-sep)" in reason
    )
