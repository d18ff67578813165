"""Reader for the IMF representative exchange rates file (daily, semicolons, ``DD-Mon-YYYY``).

Values are units of each currency per US dollar. An empty cell is a day without a rate and is
dropped (never read as 0).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..schema import IMF_DATE_FORMAT, IMF_RATES_SOURCE, RATE_COLUMNS
from . import validate

SOURCE = IMF_RATES_SOURCE


def read_imf_rates(path: Path | str, currencies=("JPY", "CNY")) -> pd.DataFrame:
    """Daily rates of `currencies` per US dollar, long: date, currency, per_usd."""
    path = Path(path)
    text = validate.read_text_table(path, sep=";")
    validate.require_columns(path.name, list(text.columns), ["Date", *currencies])
    dates = pd.to_datetime(text["Date"].str.strip(), format=IMF_DATE_FORMAT, errors="coerce")
    validate.refuse_first(
        path.name, dates.isna(), "Date", text["Date"], "not a date written DD-Mon-YYYY"
    )
    validate.years(path.name, "Date", dates.dt.year.astype(float))
    frames = []
    for currency in currencies:
        rate = validate.numbers(path.name, currency, text[currency])
        validate.refuse_first(
            path.name, rate <= 0, currency, text[currency], "a rate must be positive"
        )
        frames.append(
            pd.DataFrame(
                {
                    "date": dates,
                    "currency": currency,
                    "per_usd": rate,
                    "row": np.arange(len(text)) + 2,
                }
            )
        )
    out = pd.concat(frames, ignore_index=True).dropna(subset=["per_usd"])
    return out.sort_values(["currency", "date"], kind="stable").reset_index(drop=True)[
        RATE_COLUMNS
    ]
