"""Rows of a table as plain Python values: fast to scan, simple to compare."""

from __future__ import annotations

import pandas as pd


def plain(value):
    """A missing value (None, NaN, pd.NA) as None; numpy scalars as Python numbers."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return value.item() if hasattr(value, "item") else value


def records(table: pd.DataFrame) -> list[dict]:
    """Rows as plain dicts with missing values as None."""
    return [{k: plain(v) for k, v in row.items()} for row in table.to_dict("records")]


def group_by(rows, key: tuple[str, ...]) -> dict[tuple, list[dict]]:
    """Rows grouped by the values of the key's columns, groups and rows in first-seen order."""
    groups: dict[tuple, list[dict]] = {}
    for row in rows:
        groups.setdefault(tuple(row[k] for k in key), []).append(row)
    return groups
