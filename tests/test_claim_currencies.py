"""Claims in yen are compared with Japan's customs figure in yen; roubles and euros are refused
with a reason, never compared as if they were dollars.

Japan's customs, japan_mof_trade_year_russia_china_world.csv, "import,Russia,Grand Total,2010":
1,412.029929 bn yen (the yen figure itself; at the 2010 mean IMF rate, 87.8075 yen per US$,
about US$16.08 bn)."""

import pytest

import rjtrade as rj
from rjtrade.claims.finder import find_claims


@pytest.mark.parametrize(
    "text",
    [
        "2010年の日本のロシアからの輸入額は1兆4120億円",  # [1,411.95, 1,412.05] bn yen
        "2010年の日本のロシアからの輸入額は1兆4千億円",  # [1,350, 1,450] bn yen
        "In 2010 Japan imported ¥1.4 trillion of goods from Russia",
        "In 2010 Japan imported 1,412 billion yen of goods from Russia",  # [1,411.5, 1,412.5]
        "In 2010 Japan imported 1.4 trillion yen of goods from Russia",
        "ในปี 2553 ญี่ปุ่นนำเข้าจากรัสเซีย 1.412 ล้านล้านเยน",
        # Russian: "иен" is yen, and the comma a decimal comma (1.412 trillion, not 1,412)
        "В 2010 году импорт Японии из России составил 1,412 трлн иен.",
    ],
)
def test_a_yen_claim_that_is_the_customs_figure_is_consistent(text):
    (claim,) = find_claims(text)
    assert claim["currency"] == "JPY" and (claim["economy"], claim["flow"]) == ("JPN", "import")
    checked = rj.check(text)
    assert set(checked["claim_verdict"]) == {"consistent"}
    yen = checked[checked["basis"] == "JPN in yen"].iloc[0]
    assert yen["backbone_value"] == pytest.approx(1_412.029929e9)


def test_a_wrong_yen_claim_is_inconsistent_in_yen():
    # "2兆円" admits [1.5, 2.5] trillion yen by its last digit: 1.412 trillion misses it
    checked = rj.check("2010年の日本のロシアからの輸入額は2兆円")
    assert set(checked["claim_verdict"]) == {"inconsistent"}
    assert "1,412.03 bn yen" in checked["claim_reason"].iloc[0]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("In 2013 Russia–Japan trade reached €34 billion", "euros"),
        ("In 2013 Russia–Japan trade reached 34 billion euros", "euros"),
        ("В 2013 году товарооборот России и Японии составил 2 трлн рублей", "Russian roubles"),
    ],
)
def test_other_currencies_are_refused_with_the_reason(text, words):
    checked = rj.check(text)
    assert list(checked["claim_verdict"]) == ["unverifiable"]
    assert words in checked["claim_reason"].iloc[0]


# Japan's monthly customs with China (japan_mof_japan_china_monthly_2001_2019.csv, Exports and
# Imports in thousand yen, rows 2014/01-2014/09, 2010/01-2010/09, 2012/01-2012/06): Jan-Sep
# 2014 exports 9,734.46 + imports 13,894.76 = 23,629.23 bn yen; Jan-Sep 2010 imports
# 9,852.10 bn yen; Jan-Jun 2012 both flows 13,151.27 bn yen.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In January-September 2014, Japan-China trade reached 23.6 trillion yen.", "consistent"),
        (
            "Japan's imports from China in January-September 2010 were 15 trillion yen.",
            "inconsistent",
        ),
        (
            "За первое полугодие 2012 года товарооборот Японии и Китая составил 20 трлн иен.",
            "inconsistent",
        ),
    ],
)
def test_a_yen_claim_for_part_of_a_year_is_the_sum_of_its_months(text, expected):
    checked = rj.check(text)
    assert set(checked["claim_verdict"]) == {expected}
    assert "JPN in yen" in set(checked["basis"])


# A yen claim of a year Japan's customs files do not hold (1990) is converted at the year's
# rate of every rate source held: WDI 144.7925 (wdi_exchange_rates_annual_1960_2024.csv, the
# JPN row, column 1990) and the Federal Reserve's 144.9987 (fed_h10_..._1971_2025.csv row 66).
# COW 1990 (cow_trade_4.0_dyadic_japan.csv row 95: 365,740,1990,2819,3370): the USSR's
# imports from Japan 2,819 US$ million (2,818.5-2,819.5).
#   400 bn yen: 399.5 / 144.9987 = 2.7552 to 400.5 / 144.7925 = 2.7660 bn: misses 2.8185
#   408 bn yen: 407.5 / 144.9987 = 2.8104 to 408.5 / 144.7925 = 2.8213 bn: meets it
@pytest.mark.parametrize(
    ("amount", "verdict"), [("400 billion yen", "inconsistent"), ("408 billion yen", "consistent")]
)
def test_a_yen_claim_before_the_customs_years_is_converted_at_the_years_rate(amount, verdict):
    checked = rj.check(f"In 1990 Japan's exports to the USSR were {amount}")
    assert set(checked["claim_verdict"]) == {verdict}
    detail = checked["detail"].iloc[0]
    assert "at the 1990 rate 144.79 yen (wdi_rates_annual" in detail
    assert "span 144.79-145.00" in detail
