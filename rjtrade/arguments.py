"""Arguments of the public functions, checked before any work: a wrong one is an
ArgumentError (an RjtradeError and a ValueError) saying what was given and what is expected,
never a KeyError, TypeError or ZeroDivisionError from deep inside. Each public function
calls these in one line at its top.

The years the package covers are YEAR_MIN to LATEST_YEAR (rjtrade.schema): a year outside
them is refused here, so no call builds a table of millions of empty years.
"""

from __future__ import annotations

import numbers

from .errors import RjtradeError
from .schema import LATEST_YEAR, YEAR_MIN


class ArgumentError(RjtradeError, ValueError):
    """A public function called with an argument of the wrong kind or out of range."""


def given(value) -> str:
    """A value as quoted in an error: its repr (cut short) and its type."""
    text = repr(value)
    text = text if len(text) <= 60 else text[:60] + "..."
    return f"{text} ({type(value).__name__})"


def year(value, name: str = "year") -> int:
    """A whole CE year the package covers (YEAR_MIN to LATEST_YEAR), as an int."""
    whole = isinstance(value, numbers.Integral) and not isinstance(value, bool)
    if not whole:
        raise ArgumentError(f"{name}={given(value)}: expected a year as a whole number, e.g. 1982")
    if not YEAR_MIN <= int(value) <= LATEST_YEAR:
        raise ArgumentError(
            f"{name}={value}: outside the years rjtrade covers ({YEAR_MIN}-{LATEST_YEAR})"
        )
    return int(value)


def span(start, end, strict: bool = False) -> tuple[int, int]:
    """Two covered years in order: start <= end (start < end when `strict`)."""
    start, end = year(start, "start"), year(end, "end")
    if end < start or (strict and end == start):
        order = "before" if strict else "at or before"
        raise ArgumentError(f"start={start}, end={end}: start must be {order} end")
    return start, end


def flag(value, name: str) -> bool:
    """True or False (numpy's booleans too)."""
    if value is not True and value is not False and type(value).__name__ != "bool_":
        raise ArgumentError(f"{name}={given(value)}: expected True or False")
    return bool(value)


def text(value, name: str) -> str:
    """A string."""
    if not isinstance(value, str):
        raise ArgumentError(f"{name}={given(value)}: expected a text (str)")
    return value


def pair(value, name: str = "pair"):
    """None, "A,B" or ("A", "B"): a pair of economy codes as the claim options take it."""
    if value is None or isinstance(value, str):
        return value
    if (
        isinstance(value, tuple | list)
        and len(value) == 2
        and all(isinstance(code, str) for code in value)
    ):
        return tuple(value)
    raise ArgumentError(f"{name}={given(value)}: expected two economy codes, e.g. 'RUS,JPN'")


def one_of(value, name: str, choices) -> str:
    """One of the given choices (listed in the error)."""
    if not isinstance(value, str) or value not in choices:
        listed = ", ".join(map(str, choices))
        raise ArgumentError(f"{name}={given(value)}: expected one of {listed}")
    return value


def table(value, name: str, columns) -> object:
    """A pandas DataFrame holding the given columns (the first one missing is named)."""
    import pandas as pd

    if not isinstance(value, pd.DataFrame):
        raise ArgumentError(f"{name}={given(value)}: expected a pandas DataFrame")
    missing = [c for c in columns if c not in value.columns]
    if missing:
        more = f" and {len(missing) - 1} more" if len(missing) > 1 else ""
        raise ArgumentError(
            f"{name}: a table without the column {missing[0]!r}{more} of the {len(columns)}"
            " expected"
        )
    return value


def whole_years(frame, name: str, columns) -> None:
    """Year columns of integer type (missing allowed, as pandas' Int64 holds it)."""
    import pandas as pd

    for column in columns:
        if column in frame.columns and not pd.api.types.is_integer_dtype(frame[column]):
            raise ArgumentError(
                f"{name}: column {column!r} is {frame[column].dtype}, expected whole years"
                " (an integer column; missing years as pandas' Int64: .astype('Int64'))"
            )


def observation_table(obs, name: str = "obs"):
    """The observation table (rj.observations()): its columns present, its years whole."""
    from .schema import OBSERVATION_COLUMNS, OBSERVATION_YEARS

    table(obs, name, OBSERVATION_COLUMNS)
    whole_years(obs, name, OBSERVATION_YEARS)
    return obs


def series_table(series, name: str = "series"):
    """A series as annual_series gives it: the columns the growth functions read."""
    table(series, name, SERIES_NEEDED)
    whole_years(series, name, ("year",))
    return series


SERIES_NEEDED = ("flow", "year", "period", "status", "value_usd", "low", "high")
