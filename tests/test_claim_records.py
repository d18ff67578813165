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
