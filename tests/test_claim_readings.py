"""Readings of claim sentences the finder missed: whose statistics a Russian, Thai or
Japanese sentence quotes, a share stated the Japanese way ("…%を占めた"), and a growth rate
said to be of the yen figures ("в иенах")."""

from __future__ import annotations

import pytest

from rjtrade.claims.finder import claims_frame


def _one(text: str) -> dict:
    frame = claims_frame(text)
    assert len(frame) == 1, frame
    return frame.iloc[0].to_dict()


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        ("По данным российской статистики, экспорт России в Японию в 2019 году составил 14,3 "
         "млрд долларов.", "RUS"),
        ("ตามสถิติของจีน ในปี 2562 การค้าจีน–ญี่ปุ่นมีมูลค่า 3.15 แสนล้านดอลลาร์", "CHN"),
        ("According to Chinese statistics, China-Japan trade was $315 billion in 2019.", "CHN"),
    ],
)  # fmt: skip
def test_whose_statistics_is_read(text, reporter):
    assert _one(text)["reported_by"] == reporter


def test_a_claim_quoting_russias_statistics_is_weighed_on_russias_figure():
    import rjtrade

    # ../shared/data/official/imf_dots_exports_2019_2020.csv row 10: 25,RU,JP,11380.8 (Russia's
    # own exports to Japan 2019, US$ million); 14.3 bn is Japan's import figure, not Russia's
    checked = rjtrade.check(
        "По данным российской статистики, экспорт России в Японию в 2019 году составил 14,3 "
        "млрд долларов."
    )
    assert checked["claim_verdict"].iloc[0] == "inconsistent"
    assert "11.38 bn" in checked["claim_reason"].iloc[0]


@pytest.mark.parametrize(
    ("text", "economy", "partner"),
    [
        ("2025年、ロシアは日本の貿易総額の1%未満を占めた。", "JPN", "RUS"),
        ("2020年、中国は日本の貿易総額の約24%を占めた。", "JPN", "CHN"),
    ],
)
def test_a_share_with_the_verb_after_the_percent(text, economy, partner):
    claim = _one(text)
    assert claim["measure"] == "share_of_total"
    assert (claim["economy"], claim["partner"]) == (economy, partner)


def test_a_growth_rate_in_yen_is_checked_on_the_yen_figures():
    import rjtrade

    # data/raw/official/japan_mof_trade_year_russia_china_world.csv rows 3816,4728 (2020:
    # 627.817 + 1,144.783 = 1,772.600 bn yen) and 3817,4729 (2021: 862.299 + 1,551.643 =
    # 2,413.942): 2,413.942 / 1,772.600 - 1 = +36.18 % in yen (+32.5 % in US$)
    text = (
        "В 2021 году товарооборот России и Японии вырос на 36% по сравнению с 2020 годом в иенах."
    )
    assert _one(text)["currency"] == "JPY"
    checked = rjtrade.check(text)
    assert checked["claim_verdict"].iloc[0] == "consistent"
    assert checked["backbone_value"].iloc[0] == pytest.approx(36.18, abs=0.005)
    # the same rate said in yen but wrong misses the yen figure
    wrong = rjtrade.check(text.replace("36%", "30%"))
    assert wrong["claim_verdict"].iloc[0] == "inconsistent"


def test_a_growth_rate_naming_no_currency_is_compared_in_yen_as_well():
    import rjtrade

    # the same rows as above: +36.18 % in yen; in US$ Japan's figures give +32.5 % (2020
    # 1,772.600 bn yen at WDI 106.77, 2021 2,413.942 at 109.75; wdi_..._1960_2024.csv row 7),
    # so a rate naming no currency holds on the yen figures only
    text = "В 2021 году товарооборот России и Японии вырос на 36% по сравнению с 2020 годом."
    checked = rjtrade.check(text)
    assert checked["claim_verdict"].iloc[0] == "consistent"
    assert "rate in yen" in checked["claim_reason"].iloc[0]
    # and one that fits neither stays inconsistent: +20 % is neither +36.2 % nor +32.5 %
    wrong = rjtrade.check(text.replace("36%", "20%"))
    assert wrong["claim_verdict"].iloc[0] == "inconsistent"
