"""Reader for the World Bank WDI bulk file of exchange rates (``PA.NUS.FCRF``): four header
lines, then one row per country with one column per year, units of the currency per US$
(annual average, from the IMF's International Financial Statistics). An empty cell is a year
without a rate (dropped, never 0)."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from ..errors import InputError
from ..schema import WDI_RATES_SOURCE
from . import validate

SOURCE = WDI_RATES_SOURCE
CURRENCY_OF = {"JPN": "JPY", "CHN": "CNY", "RUS": "RUB", "USA": "USD"}
COLUMNS = ["year", "currency", "per_usd", "source_id", "file", "row"]
HEADER_START = "Country Name"


def _lines(path: Path) -> list[list[str]]:
    """The file's lines as CSV cells (blank lines kept, so positions are line numbers)."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return [row for row in csv.reader(handle)]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(path.name, None, None, None, str(exc)) from None


def read_wdi_rates(path: Path | str) -> pd.DataFrame:
    """Annual average rates, long: year, currency, per_usd (with file and row)."""
    path = Path(path)
    lines = _lines(path)
    starts = [i for i, cells in enumerate(lines) if cells and cells[0] == HEADER_START]
    if not starts:
        raise InputError(path.name, None, HEADER_START, None, "no header row 'Country Name'")
    head = starts[0]
    header = lines[head]
    validate.require_columns(path.name, header, ["Country Code"])
    year_columns = [(j, name) for j, name in enumerate(header) if name.strip().isdigit()]
    code_at = header.index("Country Code")
    rows = []
    checked_years = set()  # each year column that holds a rate checked once, at its first
    for number, cells in enumerate(lines[head + 1 :], start=head + 2):
        if not any(c.strip() for c in cells):
            continue
        code = cells[code_at].strip() if len(cells) > code_at else ""
        if code not in CURRENCY_OF:
            raise InputError(path.name, number, "Country Code", code, "unknown country code")
        for j, name in year_columns:
            cell = cells[j].strip() if j < len(cells) else ""
            if not cell:
                continue
            try:
                rate = float(cell)
            except ValueError:
                raise InputError(path.name, number, name, cell, "not a number") from None
            if not rate > 0 or rate == float("inf"):
                raise InputError(path.name, number, name, cell, "a rate must be positive")
            if name not in checked_years:
                validate.years(path.name, name, pd.Series([float(name)]))
                checked_years.add(name)
            rows.append((int(name), CURRENCY_OF[code], rate, SOURCE, path.name, number))
    return pd.DataFrame(rows, columns=COLUMNS)
