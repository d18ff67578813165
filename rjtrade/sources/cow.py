"""Readers for Correlates of War (COW) trade files: dyadic v4.0 (the extract and the full
official ``Dyadic_COW_4.0.csv``), dyadic v3.0, and national totals v4.0.

Each returns a tidy long table, one row per year and direction of trade, money in current
US dollars (not millions), with the interval the written digits admit. COW writes a missing
flow as -9; an empty cell is missing too. Missing stays NaN, never 0 or -9.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from ..errors import InputError
from ..schema import (
    COW_FLOW_COLUMNS,
    COW_MISSING,
    COW_NATIONAL_COLUMNS,
    COW_NATIONAL_TIDY_COLUMNS,
    COW_PAIRS,
    COW_STATE_CODES,
    COW_TWO_DECIMALS_HALF_UNIT,
    COW_V3_COLUMNS,
    COW_V3_NOT_A_ZERO,
    COW_V3_SOURCE_CODES,
    COW_V4_EXTRACT_HALF_UNIT,
    COW_V4_NEEDED,
    MILLION,
    economy_in,
)
from . import validate

V4_SOURCE = "cow_trade_4.0_dyadic"
V3_SOURCE = "cow_trade_3.0_dyadic"
NATIONAL_SOURCE = "cow_trade_4.0_national"
_V4_TYPES = {
    "ccode1": pa.int64(),
    "ccode2": pa.int64(),
    "year": pa.int64(),
    "flow1": pa.float64(),
    "flow2": pa.float64(),
}


def csv_header(path: Path) -> list[str]:
    """Column names of a CSV file's first line."""
    with open(path, encoding="utf-8-sig") as handle:
        return [name.strip().strip('"') for name in handle.readline().rstrip("\r\n").split(",")]


def _check_pairs(pairs) -> list[tuple[int, int]]:
    """The dyads asked for, as COW state codes the package knows."""
    pairs = [tuple(int(c) for c in pair) for pair in pairs]
    unknown = [c for pair in pairs for c in pair if c not in COW_STATE_CODES]
    if unknown:
        raise ValueError(f"COW state code(s) {unknown} not in {sorted(COW_STATE_CODES)}")
    return pairs


def _pair_mask(table: pa.Table, pairs: list[tuple[int, int]]) -> pa.ChunkedArray:
    """True on rows of any requested dyad, in either order of the two codes."""
    key = pc.add(pc.multiply(table["ccode1"], 10_000), table["ccode2"])
    wanted = [a * 10_000 + b for a, b in pairs] + [b * 10_000 + a for a, b in pairs]
    return pc.is_in(key, value_set=pa.array(wanted, pa.int64()))


def _read_v4_fast(path: Path, pairs) -> pd.DataFrame:
    """Typed read of the needed columns only, then the dyads kept (the common, fast path)."""
    table = pacsv.read_csv(
        path,
        convert_options=pacsv.ConvertOptions(
            include_columns=COW_V4_NEEDED, column_types=_V4_TYPES, null_values=[""]
        ),
    )
    mask = _pair_mask(table, pairs)
    positions = pc.indices_nonzero(mask).to_numpy()
    frame = table.filter(mask).to_pandas()
    frame["row"] = positions + validate.HEADER_ROWS + 1
    return frame


def _read_v4_checked(path: Path, pairs) -> pd.DataFrame:
    """Text read of the needed columns, converted cell by column to locate a bad value."""
    table = pacsv.read_csv(
        path,
        convert_options=pacsv.ConvertOptions(
            include_columns=COW_V4_NEEDED,
            column_types=dict.fromkeys(COW_V4_NEEDED, pa.string()),
        ),
    )
    text = table.to_pandas()
    frame = pd.DataFrame(
        {c: validate.numbers(path.name, c, text[c]) for c in COW_V4_NEEDED}, index=text.index
    )
    for column in ("ccode1", "ccode2", "year"):
        fractional = frame[column].isna() | (frame[column] % 1 != 0)
        validate.refuse_first(path.name, fractional, column, text[column], "not a whole number")
    frame["row"] = np.arange(len(frame)) + validate.HEADER_ROWS + 1
    frame[["ccode1", "ccode2", "year"]] = frame[["ccode1", "ccode2", "year"]].astype("int64")
    wanted = set(pairs) | {(b, a) for a, b in pairs}
    keep = [pair in wanted for pair in zip(frame["ccode1"], frame["ccode2"], strict=True)]
    return frame[keep].reset_index(drop=True)


def _located(frame: pd.DataFrame, file: str, column: str, bad: int | None, problem: str):
    """Raise an InputError at the first bad row of a column, if there is one."""
    if bad is not None:
        raise InputError(
            file, int(frame["row"].iloc[bad]), column, frame[column].iloc[bad], problem
        )


def _flows_missing_as_nan(frame: pd.DataFrame, file: str, columns) -> pd.DataFrame:
    """-9 and empty become NaN; any other negative value is an error."""
    frame = frame.copy()
    for column in columns:
        values = frame[column].where(frame[column] != COW_MISSING)
        _located(frame, file, column, validate.first_bad(values < 0), "negative flow")
        frame[column] = values
    return frame


def _long_dyadic(
    frame: pd.DataFrame, source_id: str, file: str, half_unit: float, extra: dict | None = None
) -> pd.DataFrame:
    """Two rows per dyad-year: imports of ccode1 from ccode2 (flow1) and the reverse (flow2)."""
    parts = []
    for importer, exporter, flow in (("ccode1", "ccode2", "flow1"), ("ccode2", "ccode1", "flow2")):
        value = frame[flow] * MILLION
        part = pd.DataFrame(
            {
                "source_id": source_id,
                "file": file,
                "row": frame["row"].to_numpy(),
                "year": frame["year"].to_numpy(),
                "importer": [
                    economy_in(COW_STATE_CODES[c], y)
                    for c, y in zip(frame[importer], frame["year"], strict=True)
                ],
                "exporter": [
                    economy_in(COW_STATE_CODES[c], y)
                    for c, y in zip(frame[exporter], frame["year"], strict=True)
                ],
                "value_usd": value.to_numpy(),
                "low": np.maximum(value - half_unit * MILLION, 0.0).to_numpy(),
                "high": (value + half_unit * MILLION).to_numpy(),
                "cow_source": pd.array([pd.NA] * len(frame), dtype="Int64"),
                "note": "",
            }
        )
        for column, values in (extra or {}).get(flow, {}).items():
            part[column] = values
        parts.append(part)
    out = pd.concat(parts, ignore_index=True)
    return out.sort_values(["year", "importer", "exporter"], kind="stable").reset_index(drop=True)[
        COW_FLOW_COLUMNS
    ]


def written_half_unit(values: pd.Series) -> float:
    """±0.5 million when every value is a whole million (the rounded extract), else ±0.005
    million (COW's two decimals, as in the full official file)."""
    present = values.dropna()
    whole = bool(((present % 1) == 0).all())
    return COW_V4_EXTRACT_HALF_UNIT if whole else COW_TWO_DECIMALS_HALF_UNIT


def read_cow_dyadic_v4(
    path: Path | str, pairs=COW_PAIRS, half_unit_million: float | None = None
) -> pd.DataFrame:
    """Dyadic flows of COW v4.0 for `pairs` of state codes, tidy and long.

    Reads the package's extract or the full official ``Dyadic_COW_4.0.csv`` (extra columns are
    never parsed; a million rows are read by pyarrow with column selection, then filtered).
    `half_unit_million` overrides the rounding read from the digits (see written_half_unit).
    """
    path = Path(path)
    validate.require_columns(path.name, csv_header(path), COW_V4_NEEDED)
    pairs = _check_pairs(pairs)
    try:
        frame = _read_v4_fast(path, pairs)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        frame = _read_v4_checked(path, pairs)
    validate.years(path.name, "year", frame["year"]) if frame.empty else _check_years(frame, path)
    frame = _flows_missing_as_nan(frame, path.name, ("flow1", "flow2"))
    half = half_unit_million
    if half is None:
        half = written_half_unit(pd.concat([frame["flow1"], frame["flow2"]]))
    return _long_dyadic(frame, V4_SOURCE, path.name, half)


def _check_years(frame: pd.DataFrame, path: Path) -> None:
    """Years must be whole numbers within the package's range."""
    years = frame["year"]
    from ..schema import YEAR_MAX, YEAR_MIN

    _located(
        frame,
        path.name,
        "year",
        validate.first_bad((years < YEAR_MIN) | (years > YEAR_MAX)),
        f"not a year in {YEAR_MIN}-{YEAR_MAX}",
    )


def read_cow_dyadic_v3(path: Path | str, pairs=COW_PAIRS) -> pd.DataFrame:
    """Dyadic flows of COW v3.0 (two decimals: ±0.005 million) with COW's source code per flow.

    The source codes' meanings are UNCONFIRMED (COW's v3.0 codebook is not at hand); the
    `note` column says so. Code 4 marks 0.00 where v4.0 has a value: read as missing.
    """
    path = Path(path)
    text = validate.read_text_table(path)
    needed = [c for c in COW_V3_COLUMNS if not c.startswith("importer")]
    validate.require_columns(path.name, list(text.columns), needed)
    frame = pd.DataFrame({c: validate.numbers(path.name, c, text[c]) for c in needed})
    frame["row"] = np.arange(len(frame)) + validate.HEADER_ROWS + 1
    for column in ("ccode1", "ccode2"):
        _located(frame, path.name, column, validate.first_bad(frame[column].isna()), "empty")
    frame["year"] = validate.years(path.name, "year", frame["year"])
    for column in ("source1", "source2"):
        validate.codes(path.name, column, frame[column], COW_V3_SOURCE_CODES)
    pairs = _check_pairs(pairs)
    wanted = set(pairs) | {(b, a) for a, b in pairs}
    keep = [(int(a), int(b)) in wanted for a, b in zip(frame.ccode1, frame.ccode2, strict=True)]
    frame = _flows_missing_as_nan(
        frame[keep].reset_index(drop=True), path.name, ("flow1", "flow2")
    )
    frame[["ccode1", "ccode2"]] = frame[["ccode1", "ccode2"]].astype(int)
    extra = {}
    for flow, source in (("flow1", "source1"), ("flow2", "source2")):
        code = frame[source].astype(int)
        frame[flow] = frame[flow].where(code != COW_V3_NOT_A_ZERO)
        extra[flow] = {
            "cow_source": pd.array(code, dtype="Int64"),
            "note": (
                "COW v3 source code " + code.astype(str) + ": " + code.map(COW_V3_SOURCE_CODES)
            ).to_numpy(),
        }
    return _long_dyadic(frame, V3_SOURCE, path.name, COW_TWO_DECIMALS_HALF_UNIT, extra)


def read_cow_national(path: Path | str, codes=tuple(COW_STATE_CODES)) -> pd.DataFrame:
    """COW National Trade v4.0: each state's total imports and exports with the world.

    Rows of other states are skipped (the full national file holds every state). Values are
    given a nominal ±0.005 million (two decimals); missing (-9 or empty) stays NaN.
    """
    path = Path(path)
    text = validate.read_text_table(path)
    validate.require_columns(path.name, list(text.columns), COW_NATIONAL_COLUMNS)
    frame = pd.DataFrame(
        {c: validate.numbers(path.name, c, text[c]) for c in COW_NATIONAL_COLUMNS}
    )
    frame["row"] = np.arange(len(frame)) + validate.HEADER_ROWS + 1
    frame["year"] = validate.years(path.name, "year", frame["year"])
    _located(frame, path.name, "ccode", validate.first_bad(frame["ccode"].isna()), "empty")
    frame = frame[frame["ccode"].isin(list(codes))].reset_index(drop=True)
    frame = _flows_missing_as_nan(frame, path.name, ("imports", "exports"))
    parts = []
    for column, flow in (("imports", "import"), ("exports", "export")):
        value = frame[column] * MILLION
        parts.append(
            pd.DataFrame(
                {
                    "source_id": NATIONAL_SOURCE,
                    "file": path.name,
                    "row": frame["row"],
                    "economy": [
                        economy_in(COW_STATE_CODES[int(c)], y)
                        for c, y in zip(frame["ccode"], frame["year"], strict=True)
                    ],
                    "year": frame["year"],
                    "flow": flow,
                    "value_usd": value,
                    "low": value - COW_TWO_DECIMALS_HALF_UNIT * MILLION,
                    "high": value + COW_TWO_DECIMALS_HALF_UNIT * MILLION,
                }
            )
        )
    out = pd.concat(parts, ignore_index=True)
    return out.sort_values(["economy", "year", "flow"], kind="stable").reset_index(drop=True)[
        COW_NATIONAL_TIDY_COLUMNS
    ]
