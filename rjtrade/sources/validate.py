"""Column checks shared by the official-statistics readers: every problem is an InputError
naming the file, the row (as a spreadsheet shows it: header = row 1), the column and the value."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import InputError
from ..schema import YEAR_MAX, YEAR_MIN

HEADER_ROWS = 1  # data row i (from 0) is row i + 2 of the file


def file_row(index: int) -> int:
    """Row number of the data row at position `index` (0-based), header being row 1."""
    return int(index) + HEADER_ROWS + 1


def require_columns(file: str, header: list[str], needed: list[str]) -> None:
    """Raise if a needed column is absent from the header."""
    missing = [c for c in needed if c not in header]
    if missing:
        raise InputError(file, 1, missing[0], header, f"missing column(s) {missing}")


def first_bad(mask: pd.Series) -> int | None:
    """Position of the first True in a boolean Series, or None."""
    hits = np.flatnonzero(mask.to_numpy(dtype=bool))
    return int(hits[0]) if len(hits) else None


def refuse_first(file: str, mask: pd.Series, column: str, cells: pd.Series, problem: str) -> None:
    """Raise an InputError at the first row where `mask` is True, quoting that row's cell."""
    bad = first_bad(mask)
    if bad is not None:
        raise InputError(file, file_row(bad), column, cells.iloc[bad], problem)


def numbers(file: str, column: str, text: pd.Series, missing=("",)) -> pd.Series:
    """Floats from text cells; the `missing` spellings become NaN; anything else raises."""
    cells = text.fillna("").astype(str).str.strip()
    is_missing = cells.isin(missing)
    values = pd.to_numeric(cells.where(~is_missing), errors="coerce")
    refuse_first(file, values.isna() & ~is_missing, column, text, "not a number")
    return values.astype(float)


def years(file: str, column: str, values: pd.Series) -> pd.Series:
    """Whole calendar years within the package's range; anything else raises."""
    wrong = values.isna() | (values % 1 != 0) | (values < YEAR_MIN) | (values > YEAR_MAX)
    refuse_first(file, wrong, column, values, f"not a year in {YEAR_MIN}-{YEAR_MAX}")
    return values.astype(int)


def codes(file: str, column: str, values: pd.Series, known) -> pd.Series:
    """Values that must be among `known`; the first other value raises."""
    refuse_first(file, ~values.isin(list(known)), column, values, "unknown code")
    return values


def not_negative(file: str, column: str, values: pd.Series) -> pd.Series:
    """Trade values are never negative (missing is NaN, checked before)."""
    refuse_first(file, values < 0, column, values, "negative value")
    return values


def read_text_table(path, sep: str = ",") -> pd.DataFrame:
    """A small CSV as text cells (nothing converted yet), with a clear error if unreadable."""
    try:
        return pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as exc:
        raise InputError(getattr(path, "name", str(path)), None, None, None, str(exc)) from None
