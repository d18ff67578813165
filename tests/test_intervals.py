"""rjtrade/intervals.py: the interval a written figure admits, and arithmetic on intervals."""

from __future__ import annotations

import math

import pytest

from rjtrade.intervals import admitted, divide, growth_factor, hull, overlap, ratio_to_percent


def test_rounding_and_qualifiers():
    assert admitted(10.7, 0.05) == (pytest.approx(10.65), pytest.approx(10.75))  # "10.7"
    assert admitted(30, 0.5, "more") == (30, math.inf)  # "more than 30"
    assert admitted(1, 0.5, "less") == (0.0, 1)  # "less than 1 %"
    assert admitted(2, 0.5, "nearly") == (pytest.approx(1.8), 2)  # "nearly twice"
    assert admitted(400, 0.5, "about") == (
        pytest.approx(380),
        pytest.approx(420),
    )  # "about 400": +-5 %
    assert admitted(-20, 0.5, "about") == (pytest.approx(-21), pytest.approx(-19))
    with pytest.raises(ValueError):
        admitted(1, 0.5, "roughly")


def test_division_covers_every_reading():
    # 5,581 mn over 147 mn (line 86), each +-0.5 mn
    assert divide((5580.5, 5581.5), (146.5, 147.5)) == (
        pytest.approx(5580.5 / 147.5),
        pytest.approx(5581.5 / 146.5),
    )
    assert divide((10.65, 10.75), (8, math.inf)) == (
        0.0,
        pytest.approx(10.75 / 8),
    )  # over "more than 8"
    assert divide((8, math.inf), (1, 2)) == (4, math.inf)
    assert divide((1, 2), (0, 1))[1] == math.inf


def test_other_operations():
    assert growth_factor((39.5, 40.5)) == (pytest.approx(1.395), pytest.approx(1.405))
    assert ratio_to_percent((1.2, math.inf)) == (pytest.approx(20), math.inf)
    assert hull([(1, 2), (0.5, 1.5), (3, 4)]) == (0.5, 4)
    assert overlap((1, 2), (2, 3)) and not overlap((1, 2), (2.01, 3))


def test_closed_intervals_that_touch_overlap_on_either_side_without_tolerance():
    # [1, 2] and [2, 3] share the reading 2, whichever comes first; [1, 2] and [2.5, 3] none
    assert overlap((1, 2), (2, 3), rel_tol=0)  # a's top touches b's bottom
    assert overlap((2, 3), (1, 2), rel_tol=0)  # a's bottom touches b's top
    assert not overlap((1, 2), (2.5, 3), rel_tol=0) and not overlap((2.5, 3), (1, 2), rel_tol=0)
