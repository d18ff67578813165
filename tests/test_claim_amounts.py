"""The claim finder reads amounts as rj.parse_amount does, and what it cannot read exactly it
reports as unread (with the span), never as a smaller or sign-flipped number.

Expected values are the amounts as written in each sentence."""

import math

import pytest

import rjtrade as rj
from rjtrade.claims.finder import find_claims

TRADE_2013 = "In 2013, Japan–Russia trade reached {}"


@pytest.mark.parametrize(
    ("amount", "value"),
    [
        ("US$34.8bn", 34.8e9),  # a scale glued to the digits
        ("$34.8B", 34.8e9),
        ("$34.8 bln", 34.8e9),
        ("34.8 billion dollars", 34.8e9),
    ],
)
def test_amounts_are_read_as_parse_amount_reads_them(amount, value):
    (claim,) = find_claims(TRADE_2013.format(amount))
    assert claim["as_written"] == amount
    assert claim["value"] == pytest.approx(value)
    assert rj.parse_amount(amount).value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        TRADE_2013.format("$34 800 000 000"),  # once read as $34
        TRADE_2013.format("$3.48e10"),  # once read as $3.48
        TRADE_2013.format("$1e309 billion"),  # once read as $1 billion
        TRADE_2013.format("−34.8 billion dollars"),  # the minus sign once dropped
        TRADE_2013.format("-$34.8 billion"),
        "В 2013 году товарооборот России и Японии составил 34 800 млн долларов",  # once 800 млн
        "В 2013 году товарооборот России и Японии составил -34,8 млрд долларов",
        "2013年の日ロ貿易は-348億ドル",
        "การค้ารัสเซีย-ญี่ปุ่นปี 2013 -34.8 พันล้านดอลลาร์",
        "การค้ารัสเซีย-ญี่ปุ่นปี 2013 3.48e10 ดอลลาร์",  # once no claim and no message
    ],
)
def test_what_cannot_be_read_exactly_is_unread_with_its_span(text):
    (claim,) = find_claims(text)
    assert "amount" in claim["missing"]
    assert math.isnan(claim["value"]) and math.isnan(claim["low"])
    # the whole figure, its unit words included (the text as read: one kind of minus sign)
    assert text.replace("−", "-").endswith(claim["as_written"])


def test_an_unread_amount_is_unverifiable_and_says_why():
    checked = rj.check(TRADE_2013.format("-$34.8 billion"))
    assert list(checked["verdict"]) == ["unverifiable"]
    assert "'-$34.8 billion' is not read as a number" in checked["detail"].iloc[0]
    assert "negative amount" in checked["detail"].iloc[0]


def test_a_range_dash_is_no_minus_sign():
    # "1995-2000": the dash after a digit joins a range; it does not make the next figure
    # negative ("the first 10-20%" style text stays as it was)
    (claim,) = find_claims("Japan's exports to Russia in 2013 rose 5-10%")
    assert claim["value"] == pytest.approx(10.0)
