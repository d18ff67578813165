"""Readers for the two US price indexes: BLS CPI-U monthly (``Date,Index,Inflation``, Date as
``YYYY-MM-01``) and BEA's GDP deflator quarterly (``observation_date,GDPDEF``, the quarter's
first day). Both return: year, period (month 1-12 or quarter 1-4), index, file, row."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from . import validate

CPI_SOURCE = "bls_cpi_u_monthly"
GDP_SOURCE = "bea_gdp_deflator_quarterly"
COLUMNS = ["year", "period", "index", "source_id", "file", "row"]


def _read(path: Path, date_column: str, value_column: str, source: str, quarterly: bool):
    """year, period, index of a dated index file; every bad cell named."""
    text = validate.read_text_table(path)
    validate.require_columns(path.name, list(text.columns), [date_column, value_column])
    dates = text[date_column].str.strip()
    parts = dates.str.extract(r"^([0-9]{4})-([0-9]{2})-01$")
    month = pd.to_numeric(parts[1], errors="coerce")
    allowed = [1, 4, 7, 10] if quarterly else list(range(1, 13))
    wrong = parts[0].isna() | ~month.isin(allowed)
    first_day = "a quarter's first day" if quarterly else "a month's first day"
    validate.refuse_first(
        path.name, wrong, date_column, text[date_column], f"not {first_day} written YYYY-MM-01"
    )
    year = validate.years(path.name, date_column, parts[0].astype(float))
    index = validate.numbers(path.name, value_column, text[value_column])
    bad = index.isna() | ~(index > 0) | ~np.isfinite(index)
    validate.refuse_first(
        path.name, bad, value_column, text[value_column], "an index must be a positive number"
    )
    period = (month - 1) // 3 + 1 if quarterly else month
    out = pd.DataFrame(
        {
            "year": year,
            "period": period.astype(int),
            "index": index,
            "source_id": source,
            "file": path.name,
            "row": np.arange(len(text)) + validate.HEADER_ROWS + 1,
        }
    )
    twice = out.duplicated(["year", "period"])
    validate.refuse_first(path.name, twice, date_column, text[date_column], "date repeated")
    return out[COLUMNS]


def read_cpi_monthly(path: Path | str) -> pd.DataFrame:
    """CPI-U by month (1982-84 = 100)."""
    return _read(Path(path), "Date", "Index", CPI_SOURCE, quarterly=False)


def read_gdp_deflator_quarterly(path: Path | str) -> pd.DataFrame:
    """GDP implicit price deflator by quarter (2017 = 100)."""
    return _read(Path(path), "observation_date", "GDPDEF", GDP_SOURCE, quarterly=True)
