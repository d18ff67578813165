"""Any partner of Japan from COW's full dyadic file (``Dyadic_COW_4.0.csv``, the layout of
schema.COW_V4_FULL_COLUMNS): which partners the file holds, with the names its own
``importer1``/``importer2`` columns give, and the dyad (740, partner) as the tidy long table
the backbone reads (rjtrade.sources.cow's layout: one row per year and direction, US$).

A partner is named by its COW number (732) or, for the states listed in ISO_OF_COW, by its
ISO 3166 alpha-3 code ("KOR"); any other state is known by ``COW<number>``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from ..errors import InputError
from ..schema import COW_FLOW_COLUMNS, COW_MISSING, COW_STATE_CODES, MILLION, economy_in
from . import validate

SOURCE = "cow_trade_4.0_dyadic"
JAPAN = 740
NEEDED = ["ccode1", "ccode2", "year", "importer1", "importer2", "flow1", "flow2"]
TYPES = {
    "ccode1": pa.int64(),
    "ccode2": pa.int64(),
    "year": pa.int64(),
    "importer1": pa.string(),
    "importer2": pa.string(),
    "flow1": pa.float64(),
    "flow2": pa.float64(),
}
# ISO alpha-3 codes of COW states often asked about with Japan (a convenience: the COW number
# always works). COW 365 is the USSR to 1991 and Russia from 1992 (SUN/RUS in this package).
ISO_OF_COW = {
    2: "USA", 20: "CAN", 70: "MEX", 140: "BRA", 160: "ARG", 200: "GBR", 210: "NLD",
    211: "BEL", 220: "FRA", 225: "CHE", 230: "ESP", 255: "DEU", 325: "ITA", 365: "RUS",
    380: "SWE", 385: "NOR", 560: "ZAF", 630: "IRN", 640: "TUR", 670: "SAU", 690: "KWT",
    694: "QAT", 696: "ARE", 710: "CHN", 712: "MNG", 713: "TWN", 731: "PRK", 732: "KOR",
    750: "IND", 770: "PAK", 800: "THA", 816: "VNM", 820: "MYS", 830: "SGP", 840: "PHL",
    850: "IDN", 900: "AUS", 920: "NZL",
}  # fmt: skip
COW_OF_ISO = {iso: number for number, iso in ISO_OF_COW.items()}
PARTNER_COLUMNS = ["ccode", "code", "name", "first_year", "last_year", "years"]


def economy_of(ccode: int) -> str:
    """The package's code for a COW state: SUN/RUS, CHN, JPN as elsewhere; else ISO or COWn."""
    if ccode in COW_STATE_CODES:
        return COW_STATE_CODES[ccode]
    return ISO_OF_COW.get(ccode, f"COW{ccode}")


def _read(path: Path) -> pd.DataFrame:
    """The needed columns of every row with Japan on either side, with the file's row."""
    with open(path, encoding="utf-8-sig") as handle:
        names = [c.strip().strip('"') for c in handle.readline().rstrip("\r\n").split(",")]
    validate.require_columns(path.name, names, NEEDED)
    try:
        table = pacsv.read_csv(
            path,
            convert_options=pacsv.ConvertOptions(
                include_columns=NEEDED, column_types=TYPES, null_values=[""]
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return _read_checked(path)
    mask = pc.or_(pc.equal(table["ccode1"], JAPAN), pc.equal(table["ccode2"], JAPAN))
    positions = pc.indices_nonzero(pc.fill_null(mask, False)).to_numpy()
    frame = table.filter(pc.fill_null(mask, False)).to_pandas()
    frame["row"] = positions + validate.HEADER_ROWS + 1
    return frame


def _read_checked(path: Path) -> pd.DataFrame:
    """Text read, converted column by column so that a bad cell is named (file, row, column)."""
    text = validate.read_text_table(path)
    frame = pd.DataFrame(
        {c: validate.numbers(path.name, c, text[c]) for c in NEEDED if not c.startswith("imp")}
    )
    for column in ("ccode1", "ccode2", "year"):
        bad = frame[column].isna() | (frame[column] % 1 != 0)
        validate.refuse_first(path.name, bad, column, text[column], "not a whole number")
    frame[["ccode1", "ccode2", "year"]] = frame[["ccode1", "ccode2", "year"]].astype("int64")
    frame["importer1"], frame["importer2"] = text["importer1"], text["importer2"]
    frame["row"] = np.arange(len(frame)) + validate.HEADER_ROWS + 1
    keep = (frame["ccode1"] == JAPAN) | (frame["ccode2"] == JAPAN)
    return frame[keep].reset_index(drop=True)


def _oriented(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows turned so that the partner is side 1 and Japan side 2 (flows swapped to match)."""
    swap = frame["ccode1"] == JAPAN
    out = frame.copy()
    for a, b in (("ccode1", "ccode2"), ("importer1", "importer2"), ("flow1", "flow2")):
        out.loc[swap, a], out.loc[swap, b] = frame.loc[swap, b], frame.loc[swap, a]
    return out


def japan_partners(path: Path | str) -> pd.DataFrame:
    """The partners of Japan the file holds: COW number, code, name (the file's own
    importer1/importer2), first and last year, years with a row."""
    path = Path(path)
    frame = _oriented(_read(path))
    rows = []
    for ccode, group in frame.groupby("ccode1"):
        names = group["importer1"].dropna().astype(str).str.strip()
        rows.append(
            {
                "ccode": int(ccode),
                "code": economy_of(int(ccode)),
                "name": names.mode().iloc[0] if not names.empty else "",
                "first_year": int(group["year"].min()),
                "last_year": int(group["year"].max()),
                "years": int(group["year"].nunique()),
            }
        )
    return pd.DataFrame(rows, columns=PARTNER_COLUMNS)


def resolve(partner, path: Path | str) -> tuple[int, str, str]:
    """(COW number, code, name) of a partner named by COW number, ISO code or package code,
    if the file holds a dyad of it with Japan; else an error listing what it holds."""
    held = japan_partners(path)
    text = str(partner).strip().upper()
    if text.isdigit():
        number = int(text)
    elif text in ("SUN", "RUS"):
        number = 365
    elif text in COW_OF_ISO:
        number = COW_OF_ISO[text]
    elif text.startswith("COW") and text[3:].isdigit():
        number = int(text[3:])
    else:
        number = None
    row = held[held["ccode"] == number]
    if row.empty:
        listed = ", ".join(f"{c} {n} ({k})" for c, n, k in held[["ccode", "name", "code"]].values)
        raise InputError(
            Path(path).name,
            None,
            None,
            partner,
            f"no dyad of Japan (740) with this partner in the file; it holds: {listed}",
        )
    row = row.iloc[0]
    return int(row["ccode"]), row["code"], row["name"]


def read_japan_dyad(path: Path | str, ccode: int) -> pd.DataFrame:
    """The dyad (740, ccode) as the tidy long table of rjtrade.sources.cow (importer,
    exporter, value_usd, interval of COW's two decimals, ±0.005 million; -9 or empty is
    missing), economies named by economy_of (the USSR to 1991, Russia from 1992)."""
    path = Path(path)
    frame = _oriented(_read(path))
    frame = frame[frame["ccode1"] == ccode].reset_index(drop=True)
    both = pd.concat([frame["flow1"], frame["flow2"]])
    both = both[both != COW_MISSING].dropna()
    # ±0.5 million when every flow is a whole million (a rounded copy), else COW's two decimals
    half = 0.5 if ((both % 1) == 0).all() else 0.005
    parts = []
    for importer, exporter, flow in (("ccode1", "ccode2", "flow1"), ("ccode2", "ccode1", "flow2")):
        values = frame[flow].where(frame[flow] != COW_MISSING)
        bad = validate.first_bad(values < 0)
        if bad is not None:
            raise InputError(
                path.name, int(frame["row"].iloc[bad]), flow, values.iloc[bad], "negative flow"
            )
        value = values * MILLION
        parts.append(
            pd.DataFrame(
                {
                    "source_id": SOURCE,
                    "file": path.name,
                    "row": frame["row"].to_numpy(),
                    "year": frame["year"].to_numpy(),
                    "importer": [
                        economy_in(economy_of(int(c)), y)
                        for c, y in zip(frame[importer], frame["year"], strict=True)
                    ],
                    "exporter": [
                        economy_in(economy_of(int(c)), y)
                        for c, y in zip(frame[exporter], frame["year"], strict=True)
                    ],
                    "value_usd": value.to_numpy(),
                    "low": np.maximum(value - half * MILLION, 0.0).to_numpy(),
                    "high": (value + half * MILLION).to_numpy(),
                    "cow_source": pd.array([pd.NA] * len(frame), dtype="Int64"),
                    "note": "",
                }
            )
        )
    out = pd.concat(parts, ignore_index=True)
    return out.sort_values(["year", "importer", "exporter"], kind="stable").reset_index(drop=True)[
        COW_FLOW_COLUMNS
    ]
