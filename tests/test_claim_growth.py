"""Growth rates and bounds read from claim texts: the base year (the year before when none is
written), the direction of a bound on a fall, open bounds kept, flows and pairs of Japanese
and English phrasing, and the verdicts they lead to.

Official rows by hand:
- Japan's customs, japan_mof_trade_year_russia_china_world.csv, "export,Russia,Grand Total":
  2013 1,069.345366 and 2014 971.850014 bn yen; at the mean of the IMF daily yen rates
  (imf_exchange_rates_daily_2001_2019.csv, JPY column: 2013 97.6536, 2014 105.625) that is
  US$10.950 bn and 9.201 bn: 9.201 / 10.950 - 1 = -16.0 %.
- COW v4 (cow_trade_4.0_dyadic_japan.csv, rows 365,740,2008 and 365,740,2009): Russia's
  imports from Japan 18,573 and 7,258, Japan's from Russia 13,377 and 8,855 US$ million:
  the partner view's turnover 31,950 -> 16,113, -49.57 %.
"""

import math
import re

import pytest

import rjtrade as rj
from rjtrade.claims.finder import find_claims

RUSSIAN_FALL = (
    "Товарооборот России и Японии в 2009 году упал более чем на 40% по сравнению с 2008 годом"
)


def one(text):
    (claim,) = find_claims(text)
    return claim


def verdict(text):
    return rj.check(text)["claim_verdict"].iloc[0]


def test_a_growth_rate_without_a_base_year_is_on_the_year_before():
    claim = one("Japan's exports to Russia fell 16% in 2014")
    assert (claim["year"], claim["base_year"]) == (2014, 2013)
    assert "growth on 2013" in claim["note"]
    assert verdict("Japan's exports to Russia fell 16% in 2014") == "consistent"  # -16.0 %


def test_rates_on_their_own_year_no_longer_pass():
    # partner view 2009/2008: -49.57 %; Japan's view: -62.2 %. "rose 0.3%" meets neither.
    assert verdict("Russia–Japan trade rose 0.3% in 2009") == "inconsistent"
    assert verdict("Russia–Japan trade fell 49.6% in 2009") == "consistent"


@pytest.mark.parametrize(
    ("text", "high"),
    [
        ("Russia–Japan trade fell by more than 40% in 2009", -40.0),
        (RUSSIAN_FALL, -40.0),
        ("2009年の日ロ貿易は10%以上減少した", -10.0),
    ],
)
def test_a_fall_of_more_than_x_is_at_most_minus_x(text, high):
    claim = one(text)
    assert claim["measure"] == "growth" and claim["base_year"] == 2008
    assert claim["low"] == -math.inf and claim["high"] == high
    assert claim["bound"] == "at_most"


def test_the_russian_fall_of_more_than_40_percent_since_2008_holds():
    # -49.57 % (partner view) is a fall of more than 40 %
    text = (
        "Товарооборот России и Японии в 2009 году упал более чем на 40% по сравнению с 2008 годом"
    )
    assert verdict(text) == "consistent"


@pytest.mark.parametrize(
    "text",
    ["Japan–China trade exceeded $450 billion in 2011", "2011年の日中貿易は4500億ドルを超えた"],
)
def test_exceeded_keeps_its_open_bound(text):
    claim = one(text)
    assert claim["value"] == 450e9 and claim["low"] == 450e9 and claim["high"] == math.inf


@pytest.mark.parametrize(
    ("text", "year", "base"),
    [
        ("ในปี 2533 การค้าระหว่างญี่ปุ่นกับสหภาพโซเวียตเพิ่มขึ้นเป็นสามเท่าของปี 2523", 1990, 1980),
        ("Russia–Japan trade grew 0.5% in 2009 from 2008", 2009, 2008),
    ],
)
def test_written_base_years_are_read(text, year, base):
    claim = one(text)
    assert (claim["year"], claim["base_year"]) == (year, base)


def test_japans_imports_from_the_ussr_are_japans_imports():
    claim = one("日本の対ソ輸入は1985年に20億ドルだった")  # 対ソ: the USSR is the partner
    assert (claim["economy"], claim["partner"], claim["flow"]) == ("JPN", "SUN", "import")
    claim = one("In 1985 Japan imported more than $2 billion worth of goods from the USSR")
    assert (claim["economy"], claim["partner"], claim["flow"]) == ("JPN", "SUN", "import")


def test_a_ratio_of_two_japanese_figures_is_japans():
    checked = rj.check("Russia–Japan trade grew 0% in 2013")
    japan = checked[checked["basis"] == "export:JPN+import:JPN"]
    assert list(japan["reported_by"]) == ["JPN"]


def test_growth_is_shown_in_percent(capsys):
    from rjtrade.cli import main

    main(["check", "Japan's exports to Russia fell 16% in 2014"])
    # Japan's -16.0 % with the conversion's spread and the rate sources' (IMF, WDI, Federal
    # Reserve) for 2013 and 2014, in percent
    assert re.search(r"-1[67]\.\d+ % to -15\.\d+ %", capsys.readouterr().out)
