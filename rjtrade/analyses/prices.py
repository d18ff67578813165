"""Constant dollars: current US$ of any table with `year` and `value_usd` (and its interval
columns) expressed in the US$ of a base year, by the US CPI-U or the US GDP deflator.

Pure functions of the tables the readers in ``rjtrade.sources.price_indexes`` return. A
year's index is the mean of its months (CPI-U) or quarters (GDP deflator) as the files hold
them; a year the file holds only in part says how many periods its mean rests on (CPI-U
2025: eleven months, October not published; GDP deflator 2025: three quarters).
"""

from __future__ import annotations

import pandas as pd

DEFLATORS = {
    "cpi": ("US CPI-U (BLS, CUUR0000SA0), annual mean of months", 12),
    "gdp": ("US GDP implicit price deflator (BEA, GDPDEF), annual mean of quarters", 4),
}
VALUE_COLUMNS = ("value_usd", "low", "high")  # the value and its interval, where present


class DeflatorError(ValueError):
    """A deflator or year the price files cannot serve."""


def annual_index(periods: pd.DataFrame, per_year: int) -> pd.DataFrame:
    """year, index (mean of the periods held), periods (how many), complete (all held)."""
    out = periods.groupby("year")["index"].agg(index="mean", periods="count").reset_index()
    out["complete"] = out["periods"] == per_year
    return out


def constant_dollars(
    frame: pd.DataFrame,
    index_periods: pd.DataFrame,
    base_year: int = 2014,
    deflator: str = "cpi",
    columns=VALUE_COLUMNS,
) -> pd.DataFrame:
    """The table with its US$ columns in constant `base_year` US$: value x index(base) /
    index(year). The current values are kept as ``<column>_current``; every row says the
    index, its value for the row's year and for the base year, and the dollars it is in."""
    if deflator not in DEFLATORS:
        raise DeflatorError(f"deflator must be one of {', '.join(DEFLATORS)}, not {deflator!r}")
    name, per_year = DEFLATORS[deflator]
    index = annual_index(index_periods, per_year).set_index("year")
    if base_year not in index.index:
        raise DeflatorError(
            f"no {deflator} index for base year {base_year}: the file covers"
            f" {index.index.min()}-{index.index.max()}"
        )
    if "year" not in frame or "value_usd" not in frame:
        raise DeflatorError("constant dollars need a table with 'year' and 'value_usd' columns")
    years = pd.to_numeric(frame["year"], errors="coerce")
    outside = sorted({int(y) for y in years.dropna() if int(y) not in index.index})
    if outside or years.isna().any():
        raise DeflatorError(
            f"no {deflator} index for year(s) {outside or 'missing'}: the file covers"
            f" {index.index.min()}-{index.index.max()}"
        )
    base = float(index.loc[base_year, "index"])
    at_year = years.map(index["index"]).astype(float)
    factor = base / at_year
    out = frame.copy()
    for column in columns:
        if column in out:
            out[f"{column}_current"] = out[column]
            out[column] = out[column] * factor.to_numpy()
    periods = years.map(index["periods"]).astype(int)
    out["dollars"] = f"constant {base_year} US$"
    out["price_index"] = name
    out["index_value"] = at_year.to_numpy()
    out["base_year"] = base_year
    out["base_index_value"] = base
    out["index_periods"] = periods.to_numpy()
    partial = periods < per_year
    unit = "months" if per_year == 12 else "quarters"
    out["index_note"] = [
        f"{y}'s index is the mean of the {p} {unit} the file holds" if part else ""
        for y, p, part in zip(years.astype(int), periods, partial, strict=True)
    ]
    base_periods = int(index.loc[base_year, "periods"])
    if base_periods < per_year:
        out["index_note"] = (
            out["index_note"] + f"; base year {base_year}'s index rests on {base_periods} {unit}"
        ).str.lstrip("; ")
    return out
