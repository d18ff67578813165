"""Reader for the Federal Reserve H.10 annual averages (``Date,Country,Value``; Date as
``YYYY-01-01``; units of the currency per US$)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..schema import FED_RATES_SOURCE
from . import validate

SOURCE = FED_RATES_SOURCE
CURRENCY_OF = {"Japan": "JPY", "China": "CNY"}
COLUMNS = ["year", "currency", "per_usd", "source_id", "file", "row"]


def read_fed_rates(path: Path | str) -> pd.DataFrame:
    """Annual average rates, long: year, currency, per_usd (with file and row)."""
    path = Path(path)
    text = validate.read_text_table(path)
    validate.require_columns(path.name, list(text.columns), ["Date", "Country", "Value"])
    dates = text["Date"].str.strip()
    wrong = ~dates.str.fullmatch(r"[0-9]{4}-01-01")
    validate.refuse_first(path.name, wrong, "Date", text["Date"], "not a year written YYYY-01-01")
    year = validate.years(path.name, "Date", dates.str[:4].astype(float))
    country = validate.codes(path.name, "Country", text["Country"].str.strip(), CURRENCY_OF)
    rate = validate.numbers(path.name, "Value", text["Value"])
    bad = rate.isna() | ~(rate > 0) | ~np.isfinite(rate)
    validate.refuse_first(path.name, bad, "Value", text["Value"], "a rate must be positive")
    return pd.DataFrame(
        {
            "year": year,
            "currency": country.map(CURRENCY_OF),
            "per_usd": rate,
            "source_id": SOURCE,
            "file": path.name,
            "row": np.arange(len(text)) + validate.HEADER_ROWS + 1,
        }
    )[COLUMNS]
