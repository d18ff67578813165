"""Intervals admitted by figures as written, and arithmetic on them.

A figure written "10.7" admits [10.65, 10.75]: half a unit of its last written digit.
A qualifier widens that: "more than" opens the top, "nearly" and "less than" the
bottom, "about" adds a relative tolerance. Derived values carry the interval of all
readings of their inputs, so a claim is only called inconsistent when no reading
of the written digits reconciles it.
"""

from __future__ import annotations

import math

from .schema import ABOUT_TOLERANCE, NEARLY_TOLERANCE

INF = math.inf

# qualifier -> bound label of the observation table
QUALIFIER_BOUND = {
    "exact": "exact",
    "more": "at_least",
    "less": "at_most",
    "nearly": "at_most",
    "about": "about",
}
BOUND_QUALIFIER = {"exact": "exact", "at_least": "more", "at_most": "less", "about": "about"}


def admitted(value: float, half_unit: float, qualifier: str = "exact") -> tuple[float, float]:
    """The interval [low, high] a figure with this rounding and qualifier admits."""
    if qualifier == "exact":
        return value - half_unit, value + half_unit
    if qualifier == "more":
        return value, INF
    if qualifier == "less":
        return (0.0 if value >= 0 else -INF), value
    if qualifier == "nearly":
        return value - abs(value) * NEARLY_TOLERANCE, value
    if qualifier == "about":
        spread = max(half_unit, abs(value) * ABOUT_TOLERANCE)
        return value - spread, value + spread
    raise ValueError(f"unknown qualifier {qualifier!r}")


def divide(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    """All values x/y for x in a, y in b (b strictly positive)."""
    (alo, ahi), (blo, bhi) = a, b
    if blo <= 0:
        blo = 0.0
    low = alo / bhi if bhi != INF else 0.0
    high = INF if blo == 0 or ahi == INF else ahi / blo
    return low, high


def add(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    """All values x + y for x in a, y in b."""
    return a[0] + b[0], a[1] + b[1]


def growth_factor(percent: tuple[float, float]) -> tuple[float, float]:
    """Interval of 1 + g/100 for a growth interval in percent."""
    return 1 + percent[0] / 100, 1 + percent[1] / 100


def ratio_to_percent(ratio: tuple[float, float]) -> tuple[float, float]:
    """A ratio interval as percent change: 1.1 is +10 %."""
    return (ratio[0] - 1) * 100, (INF if ratio[1] == INF else (ratio[1] - 1) * 100)


def overlap(a: tuple[float, float], b: tuple[float, float], rel_tol: float = 1e-9) -> bool:
    """True when some reading lies in both intervals (closed, with float tolerance)."""
    slack = rel_tol * max(1.0, *(abs(x) for x in (*a, *b) if math.isfinite(x)))
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def hull(intervals) -> tuple[float, float]:
    """The smallest interval holding all the given ones."""
    intervals = list(intervals)
    return min(i[0] for i in intervals), max(i[1] for i in intervals)


def scale(a: tuple[float, float], factor: float) -> tuple[float, float]:
    """All values x * factor for x in a (factor positive)."""
    return a[0] * factor, a[1] * factor


def multiply(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    """All values x * y for x in a, y in b (both non-negative)."""
    high = 0.0 if 0 in (a[1], b[1]) else a[1] * b[1]
    return a[0] * b[0], high
