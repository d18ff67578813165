"""Public functions called wrongly raise the package's error (an RjtradeError that is also a
ValueError) saying what was given and what was expected, in one line: never a KeyError,
TypeError, AttributeError or ZeroDivisionError from inside, and never a table of millions
of empty years."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import rjtrade as rj
from rjtrade.analyses import series as pure
from rjtrade.arguments import ArgumentError
from rjtrade.errors import RjtradeError
from rjtrade.schema import LATEST_YEAR, YEAR_MIN

TEXT = "Russia–Japan trade reached $20 billion in 2013."


@pytest.fixture(scope="module")
def rus():
    return rj.annual_series("RUS", "JPN")


MISUSES = {
    # was KeyError 'measure'
    "pure annual_series of an empty table": (
        lambda s: pure.annual_series(pd.DataFrame(), "RUS", "JPN"),
        "without the column 'obs_id'",
    ),
    "years as text (was KeyError)": (lambda s: rj.cagr(s, "1960", "1982"), "start='1960'"),
    "a span of no years (was ZeroDivisionError)": (
        lambda s: rj.cagr(s, 1960, 1960),
        "start must be before end",
    ),
    "a span backwards (was low > high)": (
        lambda s: rj.cagr(s, 1982, 1960),
        "start must be before end",
    ),
    "a float year": (lambda s: rj.cagr(s, 1960.0, 1982), "expected a year as a whole number"),
    "a boolean year": (lambda s: rj.index(s, True), "base_year=True"),
    "an unknown flow": (lambda s: rj.year_on_year(s, flow="exports"), "flow='exports'"),
    "a series that is not a table": (lambda s: rj.cagr(None, 1960, 1982), "series=None"),
    "a ratio over nothing": (lambda s: rj.ratio_by_year(s, {}), "denominator={}"),
    "an unknown chart (was KeyError)": (lambda s: rj.chart("nope"), "name='nope'"),
    "a chart language": (lambda s: rj.chart("dip_2009", lang="de"), "lang='de'"),
    "years that are not whole in the table (was TypeError)": (
        lambda s: rj.audit(rj.observations().assign(year=np.nan)),
        "column 'year' is float64",
    ),
    "audit of something else": (lambda s: rj.audit([1, 2]), "obs=[1, 2]"),
    "readable(None)": (lambda s: rj.readable(None), "table=None"),
    "a pair as a number": (lambda s: rj.check(TEXT, pair=123), "pair=123"),
    "end far in the future (was 24 GB)": (
        lambda s: rj.annual_series("RUS", "JPN", end=10**7, interpolate=True),
        f"end=10000000: outside the years rjtrade covers ({YEAR_MIN}-{LATEST_YEAR})",
    ),
    "end of a million (was 3,000,027 rows)": (
        lambda s: rj.annual_series("RUS", "JPN", end=10**6),
        "end=1000000: outside",
    ),
    "a start before the covered years": (
        lambda s: rj.wide_series("RUS", "JPN", start=YEAR_MIN - 1),
        f"start={YEAR_MIN - 1}: outside",
    ),
    "a start after the end": (
        lambda s: rj.annual_series("RUS", "JPN", start=2000, end=1990),
        "start must be at or before end",
    ),
    "interpolate as text": (
        lambda s: rj.annual_series("RUS", "JPN", interpolate="yes"),
        "interpolate='yes'",
    ),
    "an economy that is not text": (lambda s: rj.mirror_gaps(None), "economy code=None"),
    "a view that is not text": (lambda s: rj.official_series("RUS", view=3), "view=3"),
    "with_values as text": (lambda s: rj.commodity_shares(with_values="no"), "with_values='no'"),
}


@pytest.mark.parametrize("call, expected", list(MISUSES.values()), ids=list(MISUSES))
def test_a_misused_public_function_says_what_it_expected(rus, call, expected):
    with pytest.raises(ArgumentError) as info:
        call(rus)
    message = str(info.value)
    assert expected in message and "\n" not in message
    assert isinstance(info.value, RjtradeError) and isinstance(info.value, ValueError)


def test_the_covered_years_still_work(rus):
    # data/raw/article_figures.csv, line 86: 1960 US$147 million, 1982 US$5,581 million
    growth = rj.cagr(rus, 1960, 1982)
    assert growth["low"] <= growth["cagr_pct"] <= growth["high"]
    assert len(rj.annual_series("RUS", "JPN", start=YEAR_MIN, end=LATEST_YEAR)) >= 3 * (
        LATEST_YEAR - YEAR_MIN + 1
    )
