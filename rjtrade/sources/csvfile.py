"""Read raw tables (CSV or XLSX) into validated rows that remember where they came from.

Every cell is checked where it is read (check_cell): at most MAX_CELL_CHARS characters;
no control characters (tab and line breaks inside a quoted cell excepted) and no
bidirectional overrides (U+202A-U+202E, U+2066-U+2069), which would make text read
differently from what it holds; ids (ID_COLUMNS) are letters, digits, '_', '.' and '-'
only, without the double underscore that marks the ids rjtrade makes for derived rows.
"""

from __future__ import annotations

import contextlib
import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..schema import DERIVED_ID_MARK, ID_COLUMNS, ID_PATTERN, MAX_CELL_CHARS

CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\r(?!\n)")
ID = re.compile(ID_PATTERN)


@dataclass(frozen=True)
class Row:
    """One data row: its file, its row number as a spreadsheet shows it (header = 1), its cells."""

    file: str
    number: int
    cells: dict

    def error(self, column: str | None, problem: str) -> InputError:
        """An InputError at this row and column, quoting the cell."""
        return InputError(
            self.file, self.number, column, self.cells.get(column) if column else None, problem
        )

    def __getitem__(self, column: str) -> str:
        """The cell of a column, as text."""
        return self.cells[column]


def check_cell(file: str, row: int, column: str | None, value: str) -> None:
    """One raw cell: length, control characters, and the form of ids."""
    if len(value) > MAX_CELL_CHARS:
        raise InputError(
            file, row, column, value, f"cell longer than {MAX_CELL_CHARS:,} characters"
        )
    bad = CONTROL.search(value)
    if bad:
        problem = f"control character U+{ord(bad[0][0]):04X} refused"
        if bad[0] == "\x00":
            problem = "binary content (NUL bytes)"
        raise InputError(file, row, column, value, problem)
    if column in ID_COLUMNS and value and (not ID.fullmatch(value) or DERIVED_ID_MARK in value):
        raise InputError(
            file,
            row,
            column,
            value,
            "an id is letters, digits, '_', '.' or '-' (at most 100, no '__',"
            " which marks the ids rjtrade makes)",
        )


def make_row(file: str, number: int, header: list[str], values: list[str]) -> Row:
    """A Row of checked cells, the header's columns in order."""
    for column, value in zip(header, values, strict=True):
        check_cell(file, number, column, value)
    return Row(file, number, dict(zip(header, values, strict=True)))


def csv_records(name: str, lines):
    """The records of CSV lines (text or an open file), in order; a malformed or oversized
    field names its row."""
    reader = csv.reader(lines)
    row = 0
    while True:
        row += 1
        try:
            yield next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(name, row, None, None, f"unreadable CSV ({exc})") from None


def data_rows(file: str, header: list[str], records) -> Iterator[Row]:
    """The checked rows after the header (row 2 on); blank rows skipped."""
    for number, record in enumerate(records, start=2):
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            raise InputError(
                file,
                number,
                None,
                ",".join(record),
                f"{len(record)} cells for {len(header)} columns",
            )
        yield make_row(file, number, header, record)


def not_utf8(path: Path) -> InputError:
    """The error for a file that is not UTF-8: the first bad byte, its offset and row."""
    data = path.read_bytes()
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(
            path.name,
            data[: exc.start].count(b"\n") + 1,
            None,
            data[exc.start : exc.start + 4],
            f"not UTF-8 text (byte {exc.start})",
        )
    return InputError(path.name, None, None, None, "not UTF-8 text")


@contextlib.contextmanager
def open_csv_rows(path: Path) -> Iterator[tuple[list[str], Iterator[Row]]]:
    """Header and rows of a UTF-8 CSV file (a byte-order mark is allowed and dropped); the
    rows are read from the file as they are iterated, so a large file is never in memory."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            records = csv_records(path.name, handle)
            header = next(records, [])
            if not any(header):
                raise InputError(path.name, 1, None, None, "empty file: no header row")
            for column in header:
                check_cell(path.name, 1, None, column)
            yield header, data_rows(path.name, header, records)
    except UnicodeDecodeError:
        raise not_utf8(path) from None


def check_header(file: str, header: list[str], expected: list[str]) -> None:
    """Missing, extra, duplicate or misplaced columns are errors naming the column."""
    for column in header:
        if header.count(column) > 1:
            raise InputError(file, 1, column, column, "duplicate column")
    for column in expected:
        if column not in header:
            raise InputError(file, 1, column, None, "missing column")
    for column in header:
        if column not in expected:
            raise InputError(
                file, 1, column, column, f"unexpected column (expected: {', '.join(expected)})"
            )


def check_unique(rows: list[Row], column: str, seen: dict | None = None) -> dict:
    """Ids must be unique, within a file and across files (pass the same `seen`)."""
    seen = {} if seen is None else seen
    for row in rows:
        key = row[column]
        if not key.strip():
            raise row.error(column, "empty id")
        if key in seen:
            raise row.error(column, f"duplicate id, first in {seen[key]}")
        seen[key] = f"{row.file} row {row.number}"
    return seen
