"""Readers for Japan's Ministry of Finance customs statistics (Trade Statistics of Japan).

- the yearly table by area and commodity group, billion yen (groups overlap: see
  schema.COMMODITY_PARENT), and
- the Japan–China monthly file (semicolons, ``YYYY/MM``, thousand yen).

Both return yen in units (not billions), with the interval the written digits admit.
Flows are from Japan's side: ``export`` = Japan's exports (FOB), ``import`` = Japan's imports
(CIF). The reporter is always Japan.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..schema import (
    BILLION,
    COMMODITY_PARENT,
    CUSTOMS_AREAS,
    CUSTOMS_FLOWS,
    CUSTOMS_MAX_DECIMALS,
    CUSTOMS_MONTHLY_COLUMNS,
    CUSTOMS_TIDY_COLUMNS,
    CUSTOMS_YEAR_COLUMNS,
    GRAND_TOTAL,
    THOUSAND,
)
from . import validate

YEAR_SOURCE = "mof_japan_year"
MONTH_SOURCE = "mof_japan_china_month"


def written_decimals(text: pd.Series) -> pd.Series:
    """Digits after the decimal point as written, capped where longer digits are float noise."""
    after = text.str.strip().str.partition(".")[2]
    return after.str.len().clip(upper=CUSTOMS_MAX_DECIMALS)


def read_customs_year(path: Path | str) -> pd.DataFrame:
    """Japan's exports to and imports from each area by commodity group, yen per calendar year.

    Each value admits half a unit of its last written decimal (of a billion yen). Unknown
    flows, areas or commodity groups raise, since shares rely on knowing which groups overlap.
    """
    path = Path(path)
    text = validate.read_text_table(path)
    validate.require_columns(path.name, list(text.columns), CUSTOMS_YEAR_COLUMNS)
    flow = validate.codes(path.name, "ex_im", text["ex_im"].str.strip(), CUSTOMS_FLOWS)
    area = validate.codes(path.name, "area", text["area"].str.strip(), CUSTOMS_AREAS)
    goods = validate.codes(
        path.name, "goods", text["goods"].str.strip(), [*COMMODITY_PARENT, GRAND_TOTAL]
    )
    year = validate.years(path.name, "year", validate.numbers(path.name, "year", text["year"]))
    value = validate.numbers(path.name, "value", text["value"])
    validate.not_negative(path.name, "value", value)
    missing = validate.first_bad(value.isna())
    if missing is not None:
        from ..errors import InputError

        raise InputError(path.name, validate.file_row(missing), "value", "", "empty value")
    half = 0.5 * 10.0 ** (-written_decimals(text["value"]).astype(float)) * BILLION
    value_jpy = value * BILLION
    out = pd.DataFrame(
        {
            "source_id": YEAR_SOURCE,
            "file": path.name,
            "row": np.arange(len(text)) + validate.HEADER_ROWS + 1,
            "reporter": "JPN",
            "partner": area.map(CUSTOMS_AREAS),
            "flow": flow.map(CUSTOMS_FLOWS),
            "goods": goods,
            "year": year,
            "month": pd.array([pd.NA] * len(text), dtype="Int64"),
            "value_jpy": value_jpy,
            "low_jpy": np.maximum(value_jpy - half, 0.0),
            "high_jpy": value_jpy + half,
        }
    )
    return out[CUSTOMS_TIDY_COLUMNS]


def read_customs_monthly(path: Path | str, partner: str = "CHN") -> pd.DataFrame:
    """Japan's exports to and imports from `partner` by month (``Date;Exports;Imports``,
    ``YYYY/MM``, thousand yen), long: one row per month and flow, yen, ±500 yen."""
    path = Path(path)
    text = validate.read_text_table(path, sep=";")
    validate.require_columns(path.name, list(text.columns), CUSTOMS_MONTHLY_COLUMNS)
    dates = text["Date"].str.strip()
    parts = dates.str.extract(r"^([0-9]{4})/([0-9]{2})$")
    month = pd.to_numeric(parts[1], errors="coerce")
    wrong = parts[0].isna() | ~month.between(1, 12)
    validate.refuse_first(path.name, wrong, "Date", text["Date"], "not a month written YYYY/MM")
    year = validate.years(path.name, "Date", parts[0].astype(float))
    month = parts[1].astype(int)
    rows = np.arange(len(text)) + validate.HEADER_ROWS + 1
    frames = []
    for column, flow in (("Exports", "export"), ("Imports", "import")):
        value = validate.numbers(path.name, column, text[column])
        validate.not_negative(path.name, column, value)
        value_jpy = value * THOUSAND
        frames.append(
            pd.DataFrame(
                {
                    "source_id": MONTH_SOURCE,
                    "file": path.name,
                    "row": rows,
                    "reporter": "JPN",
                    "partner": partner,
                    "flow": flow,
                    "goods": GRAND_TOTAL,
                    "year": year,
                    "month": pd.array(month, dtype="Int64"),
                    "value_jpy": value_jpy,
                    "low_jpy": value_jpy - 0.5 * THOUSAND,
                    "high_jpy": value_jpy + 0.5 * THOUSAND,
                }
            )
        )
    out = pd.concat(frames, ignore_index=True)
    return out.sort_values(["year", "month", "flow"], kind="stable").reset_index(drop=True)[
        CUSTOMS_TIDY_COLUMNS
    ]
