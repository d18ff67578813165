"""Cells of raw rows: codes, years, periods, numbers and text, each checked where it is read.

Every problem is an InputError naming the file, row, column and value.
"""

from __future__ import annotations

import re

from ..categories import MAPPINGS
from ..errors import ParseError
from ..parse import normalise
from ..schema import (
    LATEST_YEAR,
    OBSERVATION_COLUMNS,
    PERIODS,
    USSR_LAST_YEAR,
    YEAR_MIN,
)
from .csvfile import Row

ROW_KEY = "_read_at"  # where an observation was read: (Row, column), for errors across rows


def code(row: Row, column: str, allowed, required: bool = True) -> str:
    """A code cell, one of the allowed codes (empty allowed when not required)."""
    value = row[column]
    if not value and not required:
        return ""
    if value not in allowed:
        raise row.error(column, f"unknown {column} (allowed: {', '.join(allowed)})")
    return value


def year_cell(row: Row, column: str) -> int | None:
    """A CE year cell, or None when empty."""
    text = row[column]
    if not text:
        return None
    if not re.fullmatch(r"[0-9]{4}", text):
        raise row.error(column, "a year is four digits, CE")
    year = int(text)
    check_year(row, column, year)
    return year


def check_year(row: Row, column: str, year: int) -> None:
    """A year the sources can know: YEAR_MIN to LATEST_YEAR."""
    if not YEAR_MIN <= year <= LATEST_YEAR:
        raise row.error(
            column,
            f"year out of range {YEAR_MIN}-{LATEST_YEAR} (no source here knows a later year)",
        )


def text_cell(row: Row, column: str, required: bool = True) -> str:
    """A text cell, normalised; empty refused when required."""
    try:
        value = normalise(row[column])
    except ParseError as exc:
        raise row.error(column, str(exc)) from None
    if required and not value:
        raise row.error(column, "empty")
    return value


def period_cell(row: Row, column: str) -> str:
    """A period cell: one of PERIODS or a YYYY-YYYY span (empty is annual)."""
    value = row[column] or "annual"
    span = re.fullmatch(r"([0-9]{4})-([0-9]{4})", value)
    if value not in PERIODS and not span:
        raise row.error(column, f"unknown period (allowed: {', '.join(PERIODS)} or YYYY-YYYY)")
    if span:
        for year in span.groups():
            check_year(row, column, int(year))
    return value


def observation(**fields) -> dict:
    """An observation row: the given fields, every other column empty."""
    unknown = set(fields) - set(OBSERVATION_COLUMNS)
    if unknown:
        raise KeyError(f"not observation columns: {sorted(unknown)}")
    return dict.fromkeys(OBSERVATION_COLUMNS) | fields


def source_of(row: Row, registry: dict) -> dict:
    """The registry entry of the row's source; an unregistered source is refused."""
    if row["source_id"] not in registry:
        raise row.error("source_id", "source not in the registry (data/raw/sources.csv)")
    return registry[row["source_id"]]


def check_category(row: Row, column: str) -> None:
    """A commodity category must be one categories.MAPPINGS knows."""
    if row[column] not in MAPPINGS:
        raise row.error(
            column, "unknown commodity category: add it to rjtrade/categories.py (MAPPINGS)"
        )


def check_economy_year(row: Row, obs: dict) -> None:
    """USSR figures end in 1991 and Russia's start in 1992: the two are never mixed up."""
    year = obs["year"]
    if year is None:
        return
    for column in ("economy", "partner"):
        if obs[column] == "SUN" and year > USSR_LAST_YEAR:
            raise row.error(column, f"the USSR (SUN) has no figures for {year}; use RUS")
        if obs[column] == "RUS" and year <= USSR_LAST_YEAR:
            raise row.error(
                column, f"Russia (RUS) reports from {USSR_LAST_YEAR + 1}; use SUN for {year}"
            )
