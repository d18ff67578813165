"""The Excel workbook people hand on: one sheet per table, a README sheet, formats that read well.

Header rows bold and frozen, widths fitted, US$ and percent formats, text that looks
like a formula typed as text. Returns bytes; the build writes them.
"""

from __future__ import annotations

import datetime as dt
import io
import math

import pandas as pd

from ..records import plain

MONEY_COLUMNS = {
    "value_usd",
    "low",
    "high",
    "value_low",
    "value_high",
    "implied_low",
    "implied_high",
    "stated_low",
    "stated_high",
    "value",
}
PERCENT_COLUMNS = {"share_pct", "growth_pct", "gap_pct", "primary_low", "primary_high"}
MONEY_FORMAT = "#,##0;-#,##0"
PERCENT_FORMAT = '0.0#"%"'
NUMBER_FORMAT = "0.####"
MONEY_UNITS = ("money", "USD", "SUR", "RUB", "JPY")


def column_formats(table: pd.DataFrame, column: str) -> list[str | None]:
    """Number format per row: US$ with thousands separators for money, '%' for percents."""
    if column in PERCENT_COLUMNS:
        return [PERCENT_FORMAT] * len(table)
    if column not in MONEY_COLUMNS:
        return [None] * len(table)
    if "unit" not in table.columns:
        return [MONEY_FORMAT] * len(table)
    return [MONEY_FORMAT if unit in MONEY_UNITS else NUMBER_FORMAT for unit in table["unit"]]


def _cell_value(value):
    value = plain(value)
    if isinstance(value, float) and math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return value


def _write_sheet(book, name: str, table: pd.DataFrame) -> None:
    """A sheet streamed row by row: bold frozen header, fitted widths, formats, text as text."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(name)
    sheet.freeze_panes = "A2"
    rows = [[_cell_value(v) for v in record] for record in table.itertuples(index=False)]
    for c, column in enumerate(table.columns, start=1):
        width = max(
            [len(str(column))]
            + [len(str(row[c - 1])) for row in rows[:500] if row[c - 1] is not None]
        )
        sheet.column_dimensions[get_column_letter(c)].width = min(60, width + 2)
    bold = Font(bold=True)
    header = []
    for column in table.columns:
        cell = WriteOnlyCell(sheet, value=str(column))
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    formats = [column_formats(table, column) for column in table.columns]
    for r, row in enumerate(rows):
        cells = []
        for value, column_format in zip(row, formats, strict=False):
            if isinstance(value, str) and value.startswith("="):
                value = WriteOnlyCell(sheet, value=value)
                value.data_type = "s"  # text stays text: never a formula
            elif isinstance(value, (int, float)) and column_format[r]:
                value = WriteOnlyCell(sheet, value=value)
                value.number_format = column_format[r]
            cells.append(value)
        sheet.append(cells)


def workbook_bytes(
    sheets: dict[str, pd.DataFrame], readme: list[tuple[str, str]], built: dt.date
) -> bytes:
    """One sheet per table and a README sheet; header rows bold and frozen."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    _write_sheet(book, "README", pd.DataFrame(readme, columns=["item", "meaning"]))
    for name, table in sheets.items():
        _write_sheet(book, name, table)
    stamp = dt.datetime.combine(built, dt.time())
    book.properties.created = stamp
    book.properties.modified = stamp
    book.properties.creator = "rjtrade"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
