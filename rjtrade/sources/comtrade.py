"""Reader for the UN Comtrade extract of exports by HS chapter (Comtrade's own columns, with a
first column ``source_file``): the reporter's own report, US$, one row per chapter."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from . import validate

SOURCE = "un_comtrade_hs2_exports"
NEEDED = ["yr", "rgDesc", "rt3ISO", "pt3ISO", "cmdCode", "cmdDescE", "TradeValue"]
ECONOMY_OF = {"RUS": "RUS", "JPN": "JPN", "CHN": "CHN", "WLD": "WLD"}
COLUMNS = ["exporter", "importer", "year", "chapter", "chapter_name", "value_usd", "low"]
COLUMNS += ["high", "reported_by", "source_id", "file", "row"]


def read_comtrade_chapters(path: Path | str) -> pd.DataFrame:
    """Exports by reporter, partner, year and HS chapter, US$ ±0.5 (whole dollars written);
    reported_by is the reporter (the exporter)."""
    path = Path(path)
    text = validate.read_text_table(path)
    validate.require_columns(path.name, list(text.columns), NEEDED)
    validate.codes(path.name, "rgDesc", text["rgDesc"].str.strip(), ["Export"])
    exporter = validate.codes(path.name, "rt3ISO", text["rt3ISO"].str.strip(), ECONOMY_OF)
    importer = validate.codes(path.name, "pt3ISO", text["pt3ISO"].str.strip(), ECONOMY_OF)
    year = validate.years(path.name, "yr", validate.numbers(path.name, "yr", text["yr"]))
    chapter = text["cmdCode"].str.strip()
    wrong = ~chapter.str.fullmatch(r"[0-9]{2}")
    validate.refuse_first(path.name, wrong, "cmdCode", text["cmdCode"], "not a 2-digit chapter")
    value = validate.numbers(path.name, "TradeValue", text["TradeValue"])
    bad = value.isna() | ~np.isfinite(value.fillna(0.0))
    validate.refuse_first(path.name, bad, "TradeValue", text["TradeValue"], "not a number")
    validate.not_negative(path.name, "TradeValue", value)
    out = pd.DataFrame(
        {
            "exporter": exporter.map(ECONOMY_OF),
            "importer": importer.map(ECONOMY_OF),
            "year": year,
            "chapter": chapter,
            "chapter_name": text["cmdDescE"].str.strip(),
            "value_usd": value,
            "low": np.maximum(value - 0.5, 0.0),
            "high": value + 0.5,
            "reported_by": exporter.map(ECONOMY_OF),
            "source_id": SOURCE,
            "file": path.name,
            "row": np.arange(len(text)) + validate.HEADER_ROWS + 1,
        }
    )
    twice = out.duplicated(["exporter", "importer", "year", "chapter"])
    validate.refuse_first(path.name, twice, "cmdCode", text["cmdCode"], "chapter repeated")
    return out.sort_values(["exporter", "importer", "year", "chapter"], kind="stable")[
        COLUMNS
    ].reset_index(drop=True)
