"""rjtrade/parse.py: figures, years and dates as the sources write them.

Expected values are the article's figures read by hand (locators are lines of
../shared/seed/russia-japan-relations.th.txt) and the published tables' forms.
"""

from __future__ import annotations

import contextlib
import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rjtrade as rj
from rjtrade.errors import ParseError
from rjtrade.parse import (
    number_in,
    parse_date,
    parse_multiple,
    parse_rank,
    parse_years,
    read_percent,
)


@pytest.mark.parametrize(
    "text, value, currency, bound, low, high",
    [
        # line 86: 147 million dollars in 1960; last digit is millions, so +-0.5 million
        ("147 ล้านดอลลาร์", 147e6, "USD", "exact", 146.5e6, 147.5e6),
        # line 86: 5 billion 581 million dollars in 1982
        ("5 พันล้าน 581 ล้านดอลลาร์", 5.581e9, "USD", "exact", 5.5805e9, 5.5815e9),
        # line 96: 10.7 billion in 2005, +-0.05 billion
        ("10.7 พันล้านดอลลาร์", 10.7e9, "USD", "exact", 10.65e9, 10.75e9),
        # line 96: more than 3 ten-billions (30 billion) in 2008
        ("เกินกว่า 3 หมื่นล้านดอลลาร์", 30e9, "USD", "at_least", 30e9, math.inf),
        # line 96: more than 8 billion
        ("เกิน 8 พันล้านดอลลาร์", 8e9, "USD", "at_least", 8e9, math.inf),
        # the same in Thai digits
        ("๕ พันล้าน ๕๘๑ ล้านดอลลาร์", 5.581e9, "USD", "exact", 5.5805e9, 5.5815e9),
        # thousands separators
        ("5,581 ล้านดอลลาร์", 5.581e9, "USD", "exact", 5.5805e9, 5.5815e9),
        # published_figures.csv forms
        ("US$1.9 billion", 1.9e9, "USD", "exact", 1.85e9, 1.95e9),
        ("$400 million", 400e6, "USD", "exact", 399.5e6, 400.5e6),
        ("more than 344.9 billion U.S. dollars", 344.9e9, "USD", "at_least", 344.9e9, math.inf),
        # nearly: up to 10 % below the figure
        ("nearly US$1.9 billion", 1.9e9, "USD", "at_most", 1.71e9, 1.9e9),
        # about: +-5 %
        ("ประมาณ 20 พันล้านดอลลาร์", 20e9, "USD", "about", 19e9, 21e9),
        # less than
        ("ไม่ถึง 1 พันล้านดอลลาร์", 1e9, "USD", "at_most", 0.0, 1e9),
    ],
)
def test_amounts_read_as_written(text, value, currency, bound, low, high):
    amount = rj.parse_amount(text)
    assert amount.value == pytest.approx(value)
    assert amount.currency == currency
    assert amount.bound == bound
    assert amount.low == pytest.approx(low)
    assert amount.high == pytest.approx(high)


def test_roubles_need_the_year_to_tell_soviet_from_russian():
    # published_figures.csv: nippon_history_st014, 1970
    assert rj.parse_amount("652 млн руб", year=1970).currency == "SUR"
    assert rj.parse_amount("652 млн руб", year=1970).value == pytest.approx(652e6)
    assert rj.parse_amount("3 млрд. руб.", year=1985).value == pytest.approx(3e9)
    assert rj.parse_amount("3 млрд. руб.", year=1999).currency == "RUB"
    with pytest.raises(ParseError, match="year"):
        rj.parse_amount("652 млн руб")


def test_tonnes():
    # line 315: Sakhalin oil to Japan in 2007, 6.8 million tonnes
    amount = rj.parse_amount("6.8 ล้านตัน")
    assert (amount.value, amount.unit, amount.currency) == (pytest.approx(6.8e6), "tonnes", None)
    assert (amount.low, amount.high) == (pytest.approx(6.75e6), pytest.approx(6.85e6))


@pytest.mark.parametrize(
    "text, percent",
    [
        ("ลดลง 1.9%", -1.9),  # line 100: turnover down 1.9 %
        ("(+12.7%)", 12.7),  # line 100: exports
        ("(-20.1%)", -20.1),  # line 100: imports
        ("เพิ่มขึ้น 40%", 40.0),  # line 96
        ("1,2%", 1.2),  # nippon_history_st007: Japan's share in 1960, decimal comma
        ("12,2%", 12.2),
        ("fell 12.8%", -12.8),  # jetro_2010
        ("dropped another 20 percent", -20.0),  # loc_ussr
        ("๓.๗%", 3.7),
    ],
)
def test_percents_are_signed(text, percent):
    assert rj.parse_percent(text) == pytest.approx(percent)


def test_percent_interval_follows_the_last_digit():
    assert (read_percent("14%").low, read_percent("14%").high) == (13.5, 14.5)  # line 102
    assert read_percent("ไม่ถึง 1%").bound == "at_most"  # line 329


@pytest.mark.parametrize(
    "text, value, bound, low, high",
    [
        ("มากกว่า 30 ครั้ง", 30, "at_least", 30, math.inf),  # line 86
        ("5 เท่า", 5, "exact", 4.5, 5.5),  # line 309
        ("สองเท่า", 2, "exact", 1.5, 2.5),
        ("เกือบสองเท่า", 2, "at_most", 1.8, 2.0),  # line 96 and 327
        ("มากกว่า 10 เท่า", 10, "at_least", 10, math.inf),  # line 323
        ("twice", 2, "exact", 1.5, 2.5),
    ],
)
def test_multiples(text, value, bound, low, high):
    m = parse_multiple(text)
    assert (m.value, m.bound, m.low, m.high) == (value, bound, pytest.approx(low), high)


def test_rank():
    assert parse_rank("อันดับที่ 8").value == 8  # line 98


@pytest.mark.parametrize(
    "text, year",
    [
        ("พ.ศ. 2503", 1960),
        ("ปี 2552", 2009),  # bare year in the Buddhist-era range
        ("ค.ศ. 1904", 1904),
        ("2013", 2013),
        ("ปี 2013", 2013),
        ("ปี ๒๕๐๓", 1960),
        ("พ.ศ. 2417 (ค.ศ. 1874)", 1874),
        ("มกราคมถึงกันยายน 2014", 2014),
    ],
)
def test_years(text, year):
    assert rj.parse_year(text) == year


@pytest.mark.parametrize(
    "text", ["2200", "พ.ศ. 2013", "ค.ศ. 2552", "ปี 1700", "ไม่มีปี", "ปี 2503 และ 2525"]
)
def test_impossible_or_ambiguous_years_raise(text):
    with pytest.raises(ParseError) as info:
        rj.parse_year(text)
    assert repr(text) in str(info.value)


def test_year_ranges_keep_their_era():
    assert parse_years("พ.ศ. 2447-2448") == [1904, 1905]


@pytest.mark.parametrize(
    "text, iso",
    [
        ("7 กุมภาพันธ์ พ.ศ. 2398", "1855-02-07"),  # line 80
        ("11-13 พฤศจิกายน พ.ศ. 2536", "1993-11-11/1993-11-13"),  # line 88
        ("ตุลาคม พ.ศ. 2536", "1993-10"),  # line 146
        ("พ.ศ. 2447-2448", "1904/1905"),  # line 80
        ("18 - 19 เมษายน 2541", "1998-04-18/1998-04-19"),  # line 90
        ("ในปี 2552", "2009"),  # line 104
    ],
)
def test_dates(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "text, message",
    [
        ("12 พันล้านยูโร", "unknown word"),
        ("", "empty"),
        ("พันล้านดอลลาร์", "without a number"),
        ("5 ล้าน 581 ล้านดอลลาร์", "do not descend"),
        ("5 พันล้าน 581 ดอลลาร์", "without a multiplier word"),
        ("5 581 ล้านดอลลาร์", "two numbers"),
        ("1.2.3 ล้านดอลลาร์", "malformed"),
        ("ลดลง 12 ล้านดอลลาร์", "negative"),
        ("12 ล้าน", "no currency"),
        ("40%", "not an amount"),
    ],
)
def test_unreadable_amounts_raise_quoting_the_text(text, message):
    with pytest.raises(ParseError, match=message) as info:
        rj.parse_amount(text)
    assert repr(text) in str(info.value)


def test_number_in_free_text():
    assert number_in("往復53億ドル") == (
        pytest.approx(5.3e9),
        pytest.approx(0.5e8),
    )  # kotobank: 53 x 10^8
    assert number_in("$400 million annually")[0] == pytest.approx(400e6)
    assert number_in("5,933.4")[0] == pytest.approx(5933.4)


def test_zero_width_and_stray_spaces_are_ignored():
    assert rj.parse_amount("\u200b147\u00a0ล้าน\u200bดอลลาร์ ").value == pytest.approx(147e6)


# --- property tests ------------------------------------------------------------------------------
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def thai_words(billions: int, millions: int) -> str:
    parts = []
    if billions:
        parts.append(f"{billions} พันล้าน")
    if millions or not billions:
        parts.append(f"{millions} ล้าน")
    return " ".join(parts) + "ดอลลาร์"


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 999), st.integers(0, 999), st.booleans())
def test_thai_formatted_numbers_parse_back(billions, millions, thai_digits):
    text = thai_words(billions, millions)
    if thai_digits:
        text = text.translate(THAI)
    assert rj.parse_amount(text).value == billions * 1e9 + millions * 1e6


@settings(max_examples=200, deadline=None)
@given(
    st.decimals(min_value="0.1", max_value="999.9", places=1),
    st.sampled_from(["ล้าน", "พันล้าน", "หมื่นล้าน"]),
)
def test_decimal_multiplier_figures_parse_back(number, word):
    scale = {"ล้าน": 1e6, "พันล้าน": 1e9, "หมื่นล้าน": 1e10}[word]
    amount = rj.parse_amount(f"{number} {word}ดอลลาร์")
    assert amount.value == pytest.approx(float(number) * scale)
    assert amount.high - amount.low == pytest.approx(0.1 * scale)


def read_everything(text: str) -> None:
    """Every reader either returns or raises ParseError; any other exception fails the test."""
    for read in (
        rj.parse_amount,
        rj.parse_percent,
        rj.parse_multiple,
        parse_rank,
        rj.parse_year,
        parse_date,
    ):
        with contextlib.suppress(ParseError):
            read(text)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40))
def test_arbitrary_text_raises_only_the_package_error(text):
    read_everything(text)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="0123456789๐๑๒๓๔๕๖๗๘๙.,+-% พันล้านหมื่นเกินกว่าเกือบดอลลาร์ตันเท่าครั้งพ.ศ", max_size=30)
)
def test_figure_like_text_raises_only_the_package_error(text):
    read_everything(text)


# --- forms a Thai writer uses (issue 14) ---------------------------------------------------------
@pytest.mark.parametrize(
    "text, value, currency, half",
    [
        # 2 x 10^4 + 5 x 10^3 = 25,000, then x 10^6 (ล้าน scales the whole group): 25e9;
        # the last written digit is the พัน before ล้าน, 10^9, so +-0.5e9
        ("2 หมื่น 5 พันล้านดอลลาร์", 25e9, "USD", 0.5e9),
        # 1 x 10^3 + 5 x 10^2 = 1,500 million
        ("1 พัน 5 ร้อยล้านดอลลาร์", 1.5e9, "USD", 0.5e8),
        # 1 x 10^3 + 500 = 1,500 million, the last digit a million
        ("1 พัน 500 ล้านบาท", 1.5e9, "THB", 0.5e6),
        # the same number in Thai words: สอง หมื่น ห้า พัน ล้าน
        ("สองหมื่นห้าพันล้านดอลลาร์", 25e9, "USD", 0.5e9),
        # หนึ่ง ร้อย (100) สี่ สิบ (40) เจ็ด (7) = 147, x 10^6
        ("หนึ่งร้อยสี่สิบเจ็ดล้านดอลลาร์", 147e6, "USD", 0.5e6),
        # สิบเอ็ด is 10 + 1 (เอ็ด is one as the units digit)
        ("สิบเอ็ดล้านบาท", 11e6, "THB", 0.5e6),
        # ยี่สิบ is 20, ยี่สิบเอ็ด 21
        ("ยี่สิบเอ็ดล้านบาท", 21e6, "THB", 0.5e6),
        # หนึ่ง ร้อย เอ็ด = 101
        ("หนึ่งร้อยเอ็ดล้านบาท", 101e6, "THB", 0.5e6),
        # words without ล้าน: 300 + 50 + 2
        ("สามร้อยห้าสิบสองบาท", 352.0, "THB", 0.5),
        # a million and ten: ล้าน closes the first group, สิบ (10) starts the next
        ("หนึ่งล้านสิบบาท", 1_000_010.0, "THB", 5.0),
        # ล้านล้าน is 10^12
        ("1.5 ล้านล้านบาท", 1.5e12, "THB", 0.05e12),
        # 3 million and 5 hundred-thousands
        ("3 ล้าน 5 แสนบาท", 3.5e6, "THB", 0.5e5),
        ("2.5 แสนล้านบาท", 2.5e11, "THB", 0.05e11),
        ("147 ล้านบาท", 147e6, "THB", 0.5e6),
        ("US$ 1.9 billion", 1.9e9, "USD", 0.05e9),
        ("1.9 billion baht", 1.9e9, "THB", 0.05e9),
        # ดอลลาร์สหรัฐฯ (with the abbreviation mark) and the older เหรียญสหรัฐ
        ("147 ล้านดอลลาร์สหรัฐฯ", 147e6, "USD", 0.5e6),
        ("5,000 ล้านเหรียญสหรัฐ", 5e9, "USD", 0.5e6),
        # 1 兆 (10^12) + 2000 億 (2000 x 10^8)
        ("1兆2000億円", 1.2e12, "JPY", 0.5e8),
        ("5 billion 581 million dollars", 5.581e9, "USD", 0.5e6),
    ],
)
def test_thai_writers_forms(text, value, currency, half):
    amount = rj.parse_amount(text)
    assert (amount.value, amount.currency) == (pytest.approx(value), currency)
    assert (amount.low, amount.high) == (pytest.approx(value - half), pytest.approx(value + half))


def test_thai_percent_and_word_multiples():
    assert read_percent("ร้อยละ 14").value == 14.0  # ร้อยละ: per hundred
    assert parse_multiple("ยี่สิบเท่า").value == 20.0
    assert parse_multiple("สิบเท่า").value == 10.0


@pytest.mark.parametrize(
    "text, message",
    [
        ("สองสิบล้านบาท", "ยี่สิบ"),  # twenty is ยี่สิบ
        ("หนึ่งสิบล้านบาท", "สิบ"),  # ten is สิบ
        ("ยี่ร้อยล้านบาท", "only before สิบ"),
        ("เอ็ดล้านบาท", "units digit"),
        ("สิบเอ็ดร้อยบาท", "units digit"),
        ("2 หมื่น 15 พันล้านบาท", "do not descend"),  # 15 thousand is not below a 10-thousand
        ("2.5 หมื่น 5 พันล้านบาท", "decimals before another number"),
        ("5 พันล้าน 0.5 พันล้านบาท", "do not descend"),
        # "3 หมื่นกว่าล้าน" is thirty-odd thousand million: its upper bound is not written
        ("3 หมื่นกว่าล้านดอลลาร์", "out of place"),
        ("ร้อยล้านบาท", "without a number"),  # a bare ร้อย may be "hundreds of"
        ("5 พันล้านดอลลาร์ 581 ล้าน", "two numbers"),
        ("5 พันล้าน -581 ล้านดอลลาร์", "sign inside"),
    ],
)
def test_unclear_thai_forms_are_refused(text, message):
    with pytest.raises(ParseError, match=message) as info:
        rj.parse_amount(text)
    assert repr(text) in str(info.value)


# --- hostile input (issue 15) --------------------------------------------------------------------
ALL_READERS = (rj.parse_amount, read_percent, parse_multiple, parse_rank, number_in)


@pytest.mark.parametrize(
    "text",
    [
        "1" + "0" * 400 + " ดอลลาร์",  # float("1000...") is inf
        "1" + " trillion" * 30 + " dollars",  # 10^360: inf, and inf x 0 would be NaN
        "1" + "0" * 400 + "%",
        "1e400%",
        "อันดับที่ 1" + "0" * 400,  # int(inf) raised OverflowError
        "1" + " ล้าน" * 60 + "ดอลลาร์",
    ],
)
def test_no_infinity_or_nan_ever(text):
    for read in ALL_READERS:
        try:
            figure = read(text)
        except ParseError as exc:
            assert text[:20] in str(exc)
            continue
        value = figure if isinstance(figure, tuple) else (figure.value, figure.low)
        assert all(math.isfinite(x) for x in value)


@pytest.mark.parametrize(
    "text, message",
    [
        ("٣ ล้านดอลลาร์", "ARABIC-INDIC DIGIT THREE"),
        ("３ ล้านดอลลาร์", "FULLWIDTH DIGIT THREE"),
        ("३ ล้านดอลลาร์", "DEVANAGARI DIGIT THREE"),
        ("3\x1bล้านดอลลาร์", "U+001B"),  # ESC
        ("3\x0bล้านดอลลาร์", "U+000B"),  # VT
        ("3\x0cล้านดอลลาร์", "U+000C"),  # FF
        ("\u202e3 ล้านดอลลาร์", "U+202E"),  # right-to-left override
    ],
)
def test_foreign_digits_and_control_characters_are_refused(text, message):
    for read in (*ALL_READERS, rj.parse_year):
        with pytest.raises(ParseError, match=re.escape(message)) as info:
            read(text)
        assert repr(text) in str(info.value)


def test_tabs_line_breaks_and_direction_marks_are_read_as_spaces_or_dropped():
    assert rj.parse_amount("147\tล้าน\nดอลลาร์\u200e").value == pytest.approx(147e6)


def test_years_after_the_latest_are_refused():
    from rjtrade.schema import LATEST_YEAR

    assert rj.parse_year(f"ค.ศ. {LATEST_YEAR}") == LATEST_YEAR
    for text in ("2099", f"ค.ศ. {LATEST_YEAR + 1}", f"พ.ศ. {LATEST_YEAR + 544}", "ปี 2642"):
        with pytest.raises(ParseError, match="later than") as info:
            rj.parse_year(text)
        assert repr(text) in str(info.value)


@pytest.mark.parametrize(
    "text", ["(" * 100_000, "พ.ศ. 2503 " * 14_000, "1" + " ล้าน" * 20_000, "(" * 1001]
)
def test_texts_over_the_limit_are_refused_quoting_their_start(text):
    from rjtrade.schema import MAX_TEXT_LENGTH

    for read in (*ALL_READERS, parse_years, parse_date):
        with pytest.raises(ParseError, match=f"longer than {MAX_TEXT_LENGTH}") as info:
            read(text)
        assert len(str(info.value)) < 200


@pytest.mark.parametrize("text", ["ลดลง 1.9%", "-3.5%", "ร้อยละ 14", "ไม่ถึง 1%", "12 ล้าน", "x"])
def test_parse_percent_is_the_value_of_read_percent(text):
    try:
        figure = read_percent(text)
    except ParseError:
        with pytest.raises(ParseError):
            rj.parse_percent(text)
    else:
        assert rj.parse_percent(text) == figure.value


def test_an_amount_without_a_currency_is_refused_with_the_forms_that_are_read():
    # "12.5 bn" could be dollars, roubles or yen: not guessed; the message says how to write it.
    with pytest.raises(ParseError, match=r"no currency or unit .*'\$12\.5 bn'"):
        rj.parse_amount("12.5 bn")
    assert rj.parse_amount("$12.5 bn").value == 12.5e9  # 12.5 x 10^9
