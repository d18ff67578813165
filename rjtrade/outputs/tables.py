"""Writing tables people hand on: CSV, Parquet and one formatted Excel workbook.

write_csv and write_parquet write a table to an open binary file, a slice of
CSV_CHUNK_ROWS rows at a time, so a table of millions of rows never exists as text in
memory; the build hands them to rjtrade.files, which opens the staged file.
csv_bytes and parquet_bytes return the same content as bytes.

Text is made safe where a spreadsheet would misread it (the OWASP rule for CSV
injection, widened): a cell whose first visible character, after any leading
whitespace or control characters, is =, +, - or @, and a cell that reads as an Excel
error literal (#N/A, #REF!...), get a leading apostrophe in CSV; in the workbook they
are typed as text. CSV fields holding a comma, a quote, a line feed or a carriage
return are quoted, so `x\\r=1+1` stays one field of one row.

Numbers: CSV floats are written to SIGNIFICANT_DIGITS (12) significant digits in their
shortest form ('%.12g': 3.6500000000000004 -> 3.65, 5581000000.0 -> 5581000000), which
removes float noise and keeps every figure the sources
state (none writes more than 7 significant digits; their half-unit bounds one more):
money to the cent below US$10 bn, to 1e-12 relative above. The workbook stores the same
rounded numbers; Parquet keeps full double precision. An open bound ("more than": high
is infinite in memory) and any missing number are written empty, never as "inf" or
"nan"; the bound column says which bound is open. A categorical column (the repeated texts
of claims_vs_official) is written like text in CSV and as a dictionary column in Parquet.
"""

from __future__ import annotations

import io
from typing import BinaryIO

import numpy as np
import pandas as pd

from ..records import plain

SIGNIFICANT_DIGITS = 12
CSV_CHUNK_ROWS = 50_000  # rows turned into text at a time
FORMULA_STARTS = ("=", "+", "-", "@")
EXCEL_ERRORS = frozenset(
    ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA")
)
CSV_SPECIAL = (",", '"', "\n", "\r")


# Characters Unicode marks "default ignorable" that Python counts as printable: they show
# nothing, so a formula behind them is still the first thing a reader sees.
IGNORABLE = frozenset(
    "\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0" + "".join(map(chr, range(0xFE00, 0xFE10)))
)


def invisible(character: str) -> bool:
    """Whitespace, a control or format character, or a default-ignorable one."""
    return character.isspace() or not character.isprintable() or character in IGNORABLE


def first_visible(text: str) -> str:
    """The text without leading invisible characters."""
    start = 0
    while start < len(text) and invisible(text[start]):
        start += 1
    return text[start:]


def looks_active(text: str) -> bool:
    """True when a spreadsheet would read the text as a formula or an error value."""
    if text[:1].isascii() and text[:1].isalnum() and "#" not in text:
        return False  # starts visibly with no formula sign, and every error value has a "#"
    return first_visible(text).startswith(FORMULA_STARTS) or text.strip().upper() in EXCEL_ERRORS


def defuse_text(value):
    """Text a spreadsheet would read as a formula or an error value, made inert."""
    if isinstance(value, str) and looks_active(value):
        return "'" + value
    return value


def rounded(x: float) -> float:
    """A float to SIGNIFICANT_DIGITS significant digits: float noise removed."""
    return float(f"{x:.{SIGNIFICANT_DIGITS}g}")


def float_fields(values: np.ndarray, significant: int = SIGNIFICANT_DIGITS) -> list[str]:
    """Floats as CSV text to `significant` digits ('%g': 3.65, 5581000000, 1e+16)."""
    texts = np.char.mod(f"%.{significant}g", values)
    texts[~np.isfinite(values)] = ""
    return texts.tolist()


def csv_field(value) -> str:
    """One CSV field of any type: numbers noiseless, text defused and quoted where needed."""
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, float):
        return float_fields(np.array([value]))[0]
    if not isinstance(value, str):
        return str(value)
    value = defuse_text(value)
    if any(ch in value for ch in CSV_SPECIAL):
        return '"' + value.replace('"', '""') + '"'
    return value


def text_fields(column: pd.Series) -> list[str]:
    """A text column's CSV fields, made safe in a few vectorised passes."""
    if column.dtype == object and not column.dropna().map(type).eq(str).all():
        return [csv_field(v) for v in column.tolist()]
    texts = column.fillna("").astype(str)
    # looks_active decides for the texts that may be active: a formula start before any ASCII
    # letter or digit (the invisible characters before a first visible one are neither), or
    # a "#" (every error literal has one); the others are left as they are
    maybe = texts.str.contains(r"^[^A-Za-z0-9]*[=+@\-]|#", regex=True)
    if maybe.any():
        texts = texts.where(~maybe, texts[maybe].map(defuse_text))
    special = texts.str.contains('[,"\r\n]', regex=True)  # (a pattern pyarrow runs natively)
    if special.any():
        texts = texts.where(~special, '"' + texts.str.replace('"', '""', regex=False) + '"')
    return texts.tolist()


def column_fields(column: pd.Series, significant: int = SIGNIFICANT_DIGITS) -> list[str]:
    """A column's CSV fields: floats (to `significant` digits), integers and booleans, or
    text; a categorical column's fields made once per category."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        fields = column_fields(pd.Series(column.cat.categories), significant)
        return np.array([*fields, ""], dtype=object)[column.cat.codes.to_numpy()].tolist()
    if pd.api.types.is_float_dtype(column.dtype):
        return float_fields(column.to_numpy(dtype=float, na_value=np.nan), significant)
    if pd.api.types.is_integer_dtype(column.dtype) or pd.api.types.is_bool_dtype(column.dtype):
        return [
            "" if v is None else str(v) for v in column.astype(object).where(column.notna(), None)
        ]
    return text_fields(column)


def write_csv(
    table: pd.DataFrame, handle: BinaryIO, significant: int = SIGNIFICANT_DIGITS
) -> None:
    """The table as UTF-8 CSV, one line per row ('\\n'), safe text and noiseless numbers
    (floats to `significant` digits). Every CSV rjtrade writes, tables and chart data."""
    header = ",".join(csv_field(str(c)) for c in table.columns)
    handle.write((header + "\n").encode("utf-8"))
    for start in range(0, len(table), CSV_CHUNK_ROWS):
        chunk = table.iloc[start : start + CSV_CHUNK_ROWS]
        columns = [column_fields(chunk[c], significant) for c in chunk.columns]
        lines = [",".join(fields) + "\n" for fields in zip(*columns, strict=True)]
        handle.write("".join(lines).encode("utf-8"))


def csv_bytes(table: pd.DataFrame, significant: int = SIGNIFICANT_DIGITS) -> bytes:
    """write_csv's content as bytes."""
    buffer = io.BytesIO()
    write_csv(table, buffer, significant)
    return buffer.getvalue()


def parquet_ready(table: pd.DataFrame) -> pd.DataFrame:
    """The table as Parquet stores it: infinite floats (open bounds) as missing, mixed text
    columns as text or missing; other columns shared, not copied."""
    columns = {}
    for name, column in table.items():
        if pd.api.types.is_float_dtype(column.dtype):
            column = column.where(np.isfinite(column))
        elif column.dtype == object:
            column = column.map(lambda v: None if plain(v) is None else str(v))
        columns[name] = column
    return pd.DataFrame(columns, copy=False)


def write_parquet(table: pd.DataFrame, handle: BinaryIO) -> None:
    """The table as Parquet: full precision, open bounds and missing numbers null."""
    parquet_ready(table).to_parquet(handle, index=False)


def parquet_bytes(table: pd.DataFrame) -> bytes:
    """write_parquet's content as bytes."""
    buffer = io.BytesIO()
    write_parquet(table, buffer)
    return buffer.getvalue()
