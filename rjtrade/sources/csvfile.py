"""Read raw tables (CSV or XLSX) into validated rows that remember where they came from."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError


@dataclass(frozen=True)
class Row:
    """One data row: its file, its row number as a spreadsheet shows it (header = 1), its cells."""

    file: str
    number: int
    cells: dict

    def error(self, column: str | None, problem: str) -> InputError:
        return InputError(
            self.file, self.number, column, self.cells.get(column) if column else None, problem
        )

    def __getitem__(self, column: str) -> str:
        return self.cells[column]


def read_csv_rows(path: Path) -> tuple[list[str], list[Row]]:
    """Header and rows of a UTF-8 CSV file (a byte-order mark is allowed and dropped)."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        row = data[: exc.start].count(b"\n") + 1
        raise InputError(
            path.name,
            row,
            None,
            data[exc.start : exc.start + 4],
            f"not UTF-8 text (byte {exc.start})",
        ) from None
    if "\x00" in text:
        raise InputError(path.name, None, None, None, "binary content (NUL bytes)")
    records = list(csv.reader(io.StringIO(text, newline="")))
    if not records or not any(records[0]):
        raise InputError(path.name, 1, None, None, "empty file: no header row")
    header = records[0]
    rows = []
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            raise InputError(
                path.name,
                number,
                None,
                ",".join(record),
                f"{len(record)} cells for {len(header)} columns",
            )
        rows.append(Row(path.name, number, dict(zip(header, record, strict=False))))
    return header, rows


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
