"""Writing tables people hand on: CSV, Parquet and one formatted Excel workbook.

These functions return bytes; the build writes them (rjtrade.outputs.files).
Text that begins with =, +, - or @ is written as text, never as a formula: in the
workbook the cell is typed as text; in CSV such text gets a leading apostrophe
(the OWASP rule for CSV injection).
"""

from __future__ import annotations

import io

import pandas as pd

from ..records import plain

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse_text(value):
    """Text a spreadsheet would read as a formula, made inert."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def map_text(table: pd.DataFrame, function) -> pd.DataFrame:
    """A copy of the table with `function` applied to every cell of its text columns."""
    out = table.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(function)
    return out


def safe_for_csv(table: pd.DataFrame) -> pd.DataFrame:
    return map_text(table, defuse_text)


def csv_bytes(table: pd.DataFrame) -> bytes:
    return safe_for_csv(table).to_csv(index=False, lineterminator="\n").encode("utf-8")


def parquet_bytes(table: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    map_text(table, lambda v: None if plain(v) is None else str(v)).to_parquet(buffer, index=False)
    return buffer.getvalue()
