"""Reader for the IMF Direction of Trade extract of exports (``,from,to,2019,2020``): goods
exports FOB as the exporter (``from``) reports them, US$ million, one column per year."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError
from ..schema import MILLION, WORLD
from . import validate

SOURCE = "imf_dots_exports"
ECONOMY_OF = {"CN": "CHN", "JP": "JPN", "RU": "RUS", "W00": WORLD}
COLUMNS = ["exporter", "importer", "year", "value_usd", "low", "high", "reported_by"]
COLUMNS += ["source_id", "file", "row"]


def _half_unit(cell: str) -> float:
    """Half a unit of the last written decimal, in US$ million."""
    decimals = len(cell.partition(".")[2])
    return 0.5 * 10.0**-decimals


def read_dots_exports(path: Path | str) -> pd.DataFrame:
    """Exports by exporter, importer and year, long, US$ (not millions), with the interval the
    written digits admit; reported_by is the exporter (its own report)."""
    path = Path(path)
    text = validate.read_text_table(path)
    validate.require_columns(path.name, list(text.columns), ["from", "to"])
    exporter = validate.codes(path.name, "from", text["from"].str.strip(), ECONOMY_OF)
    importer = validate.codes(path.name, "to", text["to"].str.strip(), ECONOMY_OF)
    year_columns = [c for c in text.columns if c.strip().isdigit()]
    if not year_columns:
        raise InputError(path.name, 1, None, list(text.columns), "no year columns")
    twice = (exporter + ">" + importer).duplicated()
    validate.refuse_first(path.name, twice, "to", text["to"], "exporter and partner repeated")
    frames = []
    for column in year_columns:
        year = validate.years(path.name, column, pd.Series([float(column)])).iloc[0]
        value = validate.numbers(path.name, column, text[column])
        bad = ~np.isfinite(value.fillna(0.0))
        validate.refuse_first(path.name, bad, column, text[column], "not a finite number")
        validate.not_negative(path.name, column, value)
        half = text[column].str.strip().map(_half_unit)
        frames.append(
            pd.DataFrame(
                {
                    "exporter": exporter.map(ECONOMY_OF),
                    "importer": importer.map(ECONOMY_OF),
                    "year": year,
                    "value_usd": value * MILLION,
                    "low": np.maximum(value - half, 0.0) * MILLION,
                    "high": (value + half) * MILLION,
                    "reported_by": exporter.map(ECONOMY_OF),
                    "source_id": SOURCE,
                    "file": path.name,
                    "row": np.arange(len(text)) + validate.HEADER_ROWS + 1,
                }
            )
        )
    out = pd.concat(frames, ignore_index=True).dropna(subset=["value_usd"])
    return out.sort_values(["exporter", "importer", "year"], kind="stable").reset_index(drop=True)[
        COLUMNS
    ]
