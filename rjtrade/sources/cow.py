"""Readers for Correlates of War (COW) trade files: dyadic v4.0 (the extract and the full
official ``Dyadic_COW_4.0.csv``), dyadic v3.0, and national totals v4.0.

Each returns a tidy long table, one row per year and direction of trade, money in current
US dollars (not millions), with the interval the written digits admit. COW writes a missing
flow as -9; an empty cell is missing too. Missing stays NaN, never 0 or -9.
"""

from __future__ import annotations

import contextlib
import csv
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from ..errors import InputError
from ..paths import regular_file
from ..schema import (
    COW_FLOW_COLUMNS,
    COW_FLOW_MAX_MILLION,
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


HEADER_LIMIT = 1 << 20  # bytes: a first line longer than this is not a CSV header
NOT_TEXT = (  # first bytes of files that are not UTF-8 text, and what they are
    (b"\x1f\x8b", "gzip-compressed (decompress it first: gunzip)"),
    (b"PK\x03\x04", "a zip archive or an XLSX workbook, not a CSV file"),
    (b"\xff\xfe", "UTF-16 text (convert it: iconv -f UTF-16 -t UTF-8)"),
    (b"\xfe\xff", "UTF-16 text (convert it: iconv -f UTF-16 -t UTF-8)"),
)


def csv_header(path: Path) -> list[str]:
    """Column names of a CSV file's first line (spaces and quotes around a name dropped); a file
    that is not UTF-8 text (gzip, zip, UTF-16) or repeats a column name is refused at row 1."""
    with open(path, "rb") as handle:
        first = handle.readline(HEADER_LIMIT)
    for magic, what in NOT_TEXT:
        if first.startswith(magic):
            raise InputError(path.name, 1, None, None, f"not a UTF-8 CSV file: {what}")
    try:
        line = first.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            path.name, 1, None, None, f"not UTF-8 text (byte {exc.start} of the header)"
        ) from None
    if "\x00" in line:
        raise InputError(path.name, 1, None, None, "not a UTF-8 CSV file (NUL bytes: UTF-16?)")
    names = [name.strip().strip('"').strip() for name in line.rstrip("\r\n").split(",")]
    twice = [name for name in names if names.count(name) > 1]
    if twice:
        raise InputError(path.name, 1, twice[0], names, "the column name appears twice")
    return names


def _check_pairs(pairs) -> list[tuple[int, int]]:
    """The dyads asked for, as COW state codes the package knows."""
    pairs = [tuple(int(c) for c in pair) for pair in pairs]
    unknown = [c for pair in pairs for c in pair if c not in COW_STATE_CODES]
    if unknown:
        raise ValueError(f"COW state code(s) {unknown} not in {sorted(COW_STATE_CODES)}")
    return pairs


def _selected(ccode1, ccode2, pairs, state: int | None) -> pa.ChunkedArray:
    """True on rows of any requested dyad, in either order of the two codes, or (with `state`)
    of any dyad of that state; false where a code is empty."""
    key = pc.add(pc.multiply(ccode1, 10_000), ccode2)
    wanted = [a * 10_000 + b for a, b in pairs] + [b * 10_000 + a for a, b in pairs]
    mask = pc.is_in(key, value_set=pa.array(wanted, pa.int64()))
    if state is not None:
        mask = pc.or_(mask, pc.or_(pc.equal(ccode1, state), pc.equal(ccode2, state)))
    return pc.fill_null(mask, False)


@contextlib.contextmanager
def arrow_source(path: Path):
    """What pyarrow reads: the path, or the open file when the name is not valid UTF-8
    (a name read in a non-UTF-8 locale, which pyarrow cannot encode)."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        with open(path, "rb") as handle:
            yield handle
        return
    yield path


def _read_columns(path: Path, header: list[str], columns: list[str], **convert) -> pa.Table:
    """The named columns of the file (its header given), converted as `convert` says."""
    with arrow_source(path) as source:
        return pacsv.read_csv(
            source,
            read_options=pacsv.ReadOptions(column_names=header, skip_rows=1),
            convert_options=pacsv.ConvertOptions(include_columns=columns, **convert),
        )


def _read_v4_fast(path: Path, pairs, state, header: list[str], texts) -> pd.DataFrame:
    """Typed read of the needed columns only, then the dyads kept (the common, fast path)."""
    types = _V4_TYPES | dict.fromkeys(texts, pa.string())
    table = _read_columns(
        path, header, [*COW_V4_NEEDED, *texts], column_types=types, null_values=[""]
    )
    mask = _selected(table["ccode1"], table["ccode2"], pairs, state)
    positions = pc.indices_nonzero(mask).to_numpy()
    frame = table.filter(mask).to_pandas()
    frame["row"] = positions + validate.HEADER_ROWS + 1
    return frame


def _read_v4_checked(path: Path, pairs, state, header: list[str], texts) -> pd.DataFrame:
    """Text read of the needed columns, converted cell by column to locate a bad value."""
    columns = [*COW_V4_NEEDED, *texts]
    table = _read_columns(path, header, columns, column_types=dict.fromkeys(columns, pa.string()))
    text = table.to_pandas()
    frame = pd.DataFrame(
        {c: validate.numbers(path.name, c, text[c]) for c in COW_V4_NEEDED}, index=text.index
    )
    for column in ("ccode1", "ccode2", "year"):
        fractional = frame[column].isna() | (frame[column] % 1 != 0)
        validate.refuse_first(path.name, fractional, column, text[column], "not a whole number")
    for column in texts:
        frame[column] = text[column]
    frame["row"] = np.arange(len(frame)) + validate.HEADER_ROWS + 1
    frame[["ccode1", "ccode2", "year"]] = frame[["ccode1", "ccode2", "year"]].astype("int64")
    codes = [pa.array(frame[c].to_numpy()) for c in ("ccode1", "ccode2")]
    keep = _selected(*codes, pairs, state).to_numpy(zero_copy_only=False)
    return frame[keep].reset_index(drop=True)


def _located(frame: pd.DataFrame, file: str, column: str, bad: int | None, problem: str):
    """Raise an InputError at the first bad row of a column, if there is one."""
    if bad is not None:
        raise InputError(
            file, int(frame["row"].iloc[bad]), column, frame[column].iloc[bad], problem
        )


def _flows_missing_as_nan(frame: pd.DataFrame, file: str, columns) -> pd.DataFrame:
    """-9 and empty become NaN; any other negative value, a non-finite one ('inf') or one
    above COW_FLOW_MAX_MILLION is an error."""
    frame = frame.copy()
    for column in columns:
        values = frame[column].where(frame[column] != COW_MISSING)
        _located(frame, file, column, validate.first_bad(values < 0), "negative flow")
        absurd = np.isinf(values) | (values > COW_FLOW_MAX_MILLION)
        _located(
            frame,
            file,
            column,
            validate.first_bad(absurd),
            f"not a flow: above {COW_FLOW_MAX_MILLION:,.0f} million US$ or not finite",
        )
        frame[column] = values
    return frame


def long_dyadic(
    frame: pd.DataFrame,
    source_id: str,
    file: str,
    half_unit: float,
    extra: dict | None = None,
    code_of=COW_STATE_CODES.__getitem__,
) -> pd.DataFrame:
    """Two rows per dyad-year: imports of ccode1 from ccode2 (flow1) and the reverse (flow2),
    each state named by `code_of` (its COW number to the package's code)."""
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
                    economy_in(code_of(int(c)), y)
                    for c, y in zip(frame[importer], frame["year"], strict=True)
                ],
                "exporter": [
                    economy_in(code_of(int(c)), y)
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
    pairs = _check_pairs(pairs)
    path = regular_file(path, "COW dyadic file")
    frame = checked_flows(dyadic_rows(path, pairs), path.name, pairs)
    half = half_unit_million
    if half is None:
        half = written_half_unit(pd.concat([frame["flow1"], frame["flow2"]]))
    return long_dyadic(frame, V4_SOURCE, path.name, half)


def dyadic_rows(path: Path | str, pairs=(), state: int | None = None, texts=()) -> pd.DataFrame:
    """The rows of a COW v4.0 dyadic file (the extract's or the full file's layout) of the
    dyads `pairs` (either order of the two codes) or, with `state`, of every dyad of that
    state: ccode1, ccode2, year, flow1, flow2 (US$ million as written), the file's row and the
    text columns `texts` (such as importer1, importer2).

    Checked before and while reading: a regular file (paths.regular_file), UTF-8 text (gzip,
    zip and UTF-16 named as such), no column name twice (spaces around a name dropped), the
    needed columns, every row as many fields as the header, whole numbers for the codes and
    years, years in the package's range; each a one-line InputError naming file, row and
    column. The flows are checked by checked_flows."""
    path = regular_file(path, "COW dyadic file")
    header = csv_header(path)
    validate.require_columns(path.name, header, [*COW_V4_NEEDED, *texts])
    try:
        frame = _read_v4_fast(path, pairs, state, header, texts)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        try:
            frame = _read_v4_checked(path, pairs, state, header, texts)
        except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
            raise _unreadable_row(path, len(header), exc) from None
    if frame.empty:
        validate.years(path.name, "year", frame["year"])
    else:
        _check_years(frame, path)
    frame["year"] = frame["year"].astype("int64")
    return frame


def checked_flows(frame: pd.DataFrame, file: str, pairs) -> pd.DataFrame:
    """The rows of dyadic_rows with each flow checked (-9 and empty become NaN; a negative,
    infinite or absurd flow is an error), each dyad's year once, and a flow for every dyad of
    `pairs`: a contradiction in the file is an error naming file, row and column."""
    frame = _flows_missing_as_nan(frame, file, ("flow1", "flow2"))
    _check_once_per_dyad_year(frame, file)
    _check_every_pair_has_flows(frame, file, pairs)
    return frame


def _unreadable_row(path: Path, columns: int, exc: Exception) -> InputError:
    """Where pyarrow could not read the file (it names no row): the first row with another
    number of fields than the header, or that is not UTF-8, found by reading it again."""
    with open(path, "rb") as handle:
        handle.readline(HEADER_LIMIT)
        for number, raw in enumerate(handle, start=validate.HEADER_ROWS + 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as bad:
                return InputError(path.name, number, None, None, f"not UTF-8 (byte {bad.start})")
            fields = next(csv.reader([line]), [])
            if line.strip() and len(fields) != columns:
                problem = f"{len(fields)} fields where the header has {columns}"
                return InputError(path.name, number, None, shown_line(line), problem)
    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return InputError(path.name, None, None, None, f"cannot be read as CSV ({reason})")


def shown_line(line: str) -> str:
    """A row as quoted in an error, without its line break."""
    return line.rstrip("\r\n")


def _check_once_per_dyad_year(frame: pd.DataFrame, file: str) -> None:
    """A dyad's year once: a second row for it, in the same or the reversed order of the two
    codes, contradicts or repeats the first and is refused (neither is taken to win)."""
    low = np.minimum(frame["ccode1"], frame["ccode2"])
    high = np.maximum(frame["ccode1"], frame["ccode2"])
    key = pd.DataFrame({"a": low, "b": high, "year": frame["year"]})
    again = key.duplicated()
    bad = validate.first_bad(again)
    if bad is not None:
        first = key.iloc[:bad][(key.iloc[:bad] == key.iloc[bad]).all(axis=1)].index[0]
        raise InputError(
            file,
            int(frame["row"].iloc[bad]),
            "year",
            int(frame["year"].iloc[bad]),
            f"the dyad {int(low.iloc[bad])}-{int(high.iloc[bad])} has this year already at"
            f" row {int(frame['row'].iloc[first])}",
        )


def _check_every_pair_has_flows(frame: pd.DataFrame, file: str, pairs) -> None:
    """Each dyad asked for must have at least one flow that is not missing: a file without the
    pair, with a header only, or with -9 everywhere is not read as 'no trade'."""
    present = frame["flow1"].notna() | frame["flow2"].notna()
    for a, b in pairs:
        mine = ((frame["ccode1"] == a) & (frame["ccode2"] == b)) | (
            (frame["ccode1"] == b) & (frame["ccode2"] == a)
        )
        if not (mine & present).any():
            held = "every flow missing (-9 or empty)" if mine.any() else "no row"
            raise InputError(file, None, None, None, f"no flow for the dyad {a}-{b} ({held})")


def _check_years(frame: pd.DataFrame, path: Path) -> None:
    """Years must be whole numbers within the package's range (an empty year is an error)."""
    years = frame["year"]
    from ..schema import YEAR_MAX, YEAR_MIN

    empty = validate.first_bad(years.isna())
    if empty is not None:
        raise InputError(path.name, int(frame["row"].iloc[empty]), "year", "", "empty")
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
    return long_dyadic(frame, V3_SOURCE, path.name, COW_TWO_DECIMALS_HALF_UNIT, extra)


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
