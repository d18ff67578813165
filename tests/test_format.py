"""rjtrade/format.py: amounts and years written as the sources write them, read back by the parser.

Expected texts are the article's own forms (locators are lines of
../shared/seed/russia-japan-relations.th.txt) or worked by hand in the comments.
"""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from rjtrade.format import format_amount, format_year, written_precision
from rjtrade.intervals import admitted
from rjtrade.parse import parse_amount, parse_year
from rjtrade.schema import LATEST_YEAR, YEAR_MIN


@pytest.mark.parametrize(
    "value, options, text",
    [
        # line 86: 1982, 5,581 million: four significant digits, the article's grouped form
        (5.581e9, {"significant": 4}, "5 พันล้าน 581 ล้านดอลลาร์"),
        # line 96: 34.8 billion is 3.48 ten-billions
        (34.8e9, {}, "3.48 หมื่นล้านดอลลาร์"),
        # line 86: 147 million
        (147e6, {}, "147 ล้านดอลลาร์"),
        # 147.4 million at two digits: the whole number of millions is written, not "150"
        (147.4e6, {"significant": 2}, "147 ล้านดอลลาร์"),
        # line 96: more than 30 billion; an open bound drops the zeros of "3.00"
        (30e9, {"qualifier": "more"}, "มากกว่า 3 หมื่นล้านดอลลาร์"),
        (1e9, {"qualifier": "less"}, "ไม่ถึง 1 พันล้านดอลลาร์"),
        (1.9e9, {"qualifier": "nearly"}, "เกือบ 1.9 พันล้านดอลลาร์"),
        # "about" keeps them: its interval is at least the rounding of the written digits
        (20e9, {"qualifier": "about"}, "ประมาณ 2.00 หมื่นล้านดอลลาร์"),
        (5.581e9, {"significant": 4, "thai_digits": True}, "๕ พันล้าน ๕๘๑ ล้านดอลลาร์"),
        # 999.6 million rounds up to 1.00 billion: the carry moves to the next word
        (999.6e6, {}, "1.00 พันล้านดอลลาร์"),
        # 5,000 million exactly to the million: no "0 ล้าน" group
        (5e9, {"significant": 4}, "5,000 ล้านดอลลาร์"),
        (1.5e12, {"currency": "THB"}, "1.50 ล้านล้านบาท"),
        (123_456, {}, "123,456 ดอลลาร์"),
        (34.8e9, {"lang": "en"}, "US$34.8 billion"),
        (30e9, {"lang": "en", "qualifier": "more"}, "more than US$30 billion"),
        (5.581e9, {"lang": "en", "significant": 4}, "US$5.581 billion"),
        (5.3e9, {"lang": "en", "currency": "JPY"}, "5.30 billion yen"),
        (0.0, {"lang": "en"}, "US$0"),
    ],
)
def test_amounts_written_as_the_sources_write_them(value, options, text):
    assert format_amount(value, **options) == text


def test_the_written_text_reads_back_with_its_own_interval():
    # "3.48 หมื่นล้าน": last digit is 0.01 x 10^10 = 10^8, so +-0.5 x 10^8
    amount = parse_amount(format_amount(34.8e9))
    assert (amount.value, amount.low, amount.high) == pytest.approx((34.8e9, 34.75e9, 34.85e9))
    assert written_precision(34.8e9) == (Decimal("3.48E+10"), 8, 10)


@pytest.mark.parametrize(
    "year, options, text",
    [
        (2013, {}, "พ.ศ. 2556"),  # 2013 + 543
        (1960, {"thai_digits": True}, "พ.ศ. ๒๕๐๓"),  # line 86
        (2013, {"with_ce": True}, "พ.ศ. 2556 (ค.ศ. 2013)"),
        (2013, {"era": "CE"}, "ค.ศ. 2013"),
        (2013, {"lang": "en"}, "B.E. 2556"),
        (2013, {"lang": "en", "with_ce": True}, "2013 (B.E. 2556)"),
        (2013, {"lang": "en", "era": "CE"}, "2013"),
    ],
)
def test_years(year, options, text):
    assert format_year(year, **options) == text
    assert parse_year(text) == year


@pytest.mark.parametrize(
    "call",
    [
        lambda: format_amount(-1.0),
        lambda: format_amount(math.inf),
        lambda: format_amount(math.nan),
        lambda: format_amount(1e301),
        lambda: format_amount(1.0, significant=0),
        lambda: format_amount(1.0, lang="fr"),
        lambda: format_amount(1.0, currency="EUR"),
        lambda: format_amount(1.0, qualifier="roughly"),
        lambda: format_year(LATEST_YEAR + 1),
        lambda: format_year(YEAR_MIN - 1),
        lambda: format_year(2013, era="AH"),
    ],
)
def test_what_cannot_be_written_raises_value_error(call):
    with pytest.raises(ValueError):
        call()


# --- round trip ----------------------------------------------------------------------------------
AWKWARD = [0.0, 5e-324, 0.0005, 0.5, 0.95, 999.5, 999_999.5, 999.95e6, 999_999_999.9, 9.995e9,
           99.95e9, 999.95e9, 1e12 - 1, 1.2345e15, 1e300]  # fmt: skip
amounts = st.one_of(
    st.sampled_from(AWKWARD),
    st.floats(min_value=0, max_value=1e18, allow_nan=False),
    st.integers(0, 10**15).map(float),
)


@settings(max_examples=600, deadline=None)
@given(
    amounts,
    st.sampled_from(["th", "en"]),
    st.sampled_from(["USD", "THB", "JPY"]),
    st.sampled_from([None, "more", "less", "nearly", "about"]),
    st.booleans(),
    st.integers(1, 6),
)
@example(5.581e9, "th", "USD", None, True, 4)
def test_whatever_is_written_reads_back_to_its_value_and_interval(
    value, lang, currency, qualifier, thai_digits, significant
):
    text = format_amount(value, lang, currency, qualifier, thai_digits, significant)
    rounded, place, _power = written_precision(value, significant, lang)
    half = 0.5 * 10.0**place
    amount = parse_amount(text)
    assert amount.value == pytest.approx(float(rounded), rel=1e-12, abs=1e-300)
    low, high = admitted(float(rounded), half, qualifier or "exact")
    assert amount.low == pytest.approx(max(low, 0.0), rel=1e-12, abs=1e-300)
    assert amount.high == pytest.approx(high, rel=1e-12, abs=1e-300)
    assert amount.currency == currency
    # the rounding is honest: the value formatted lies within half a unit of the written digit
    assert abs(float(rounded) - value) <= half * (1 + 1e-9)
    # and at least the asked significant digits are written
    assert not rounded or place <= rounded.adjusted() - significant + 1


@settings(max_examples=300, deadline=None)
@given(
    st.integers(YEAR_MIN, LATEST_YEAR),
    st.sampled_from(["BE", "CE"]),
    st.sampled_from(["th", "en"]),
    st.booleans(),
    st.booleans(),
)
def test_every_year_written_reads_back(year, era, lang, thai_digits, with_ce):
    assert parse_year(format_year(year, era, lang, thai_digits, with_ce)) == year
