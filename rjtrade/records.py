"""Rows of a table as plain Python values (fast to scan, simple to compare), read in batches,
and tables stacked without holding their parts and the whole at once."""

from __future__ import annotations

from itertools import islice

import numpy as np
import pandas as pd


def plain(value):
    """A missing value (None, NaN, pd.NA) as None; numpy scalars as Python numbers."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return value.item() if hasattr(value, "item") else value


def records(table: pd.DataFrame, columns=None) -> list[dict]:
    """Rows (of the given columns, default all) as plain dicts with missing values as None;
    equal values share one object, so a million rows repeating a few codes hold each once."""
    columns = list(table.columns if columns is None else columns)
    values = [shared_values(table[c]) for c in columns]
    return [dict(zip(columns, row, strict=True)) for row in zip(*values, strict=True)]


def shared_values(column: pd.Series) -> list:
    """A column's values as plain Python values (missing as None), one object per distinct one."""
    codes, uniques = pd.factorize(column)
    distinct = np.empty(len(uniques) + 1, dtype=object)  # the last, None, for code -1 (missing)
    for i, value in enumerate(uniques):
        distinct[i] = plain(value)
    return distinct[codes].tolist()


def group_by(rows, key: tuple[str, ...]) -> dict[tuple, list[dict]]:
    """Rows grouped by the values of the key's columns, groups and rows in first-seen order."""
    groups: dict[tuple, list[dict]] = {}
    for row in rows:
        groups.setdefault(tuple(row[k] for k in key), []).append(row)
    return groups


def batches(items, size: int):
    """Lists of `size` items (the last shorter) from any iterable, read as needed."""
    items = iter(items)
    while batch := list(islice(items, size)):
        yield batch


def stack(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """The frames (same columns) one under the other, made column by column, each column
    taken out of the parts as it is copied: a large table is never in memory twice. The
    parts are left without columns."""
    columns = {
        name: pd.concat([frame.pop(name) for frame in frames], ignore_index=True)
        for name in list(frames[0].columns)
    }
    return pd.DataFrame(columns, copy=False)
