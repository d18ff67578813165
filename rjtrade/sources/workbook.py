"""Read a user's figures from an Excel workbook, safely.

openpyxl parses the workbook's XML with defusedxml (a dependency), so entity
expansion and external entities fail. Formulas are refused, never evaluated;
merged header cells, empty sheets and corrupt files are errors naming the file.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .csvfile import Row

SHEET = "figures"  # the sheet read; a workbook with one sheet may name it anything


def _load(path: Path):
    """The workbook, read whole from a file closed again at once; unreadable or unsafe refused."""
    import defusedxml  # noqa: F401  (openpyxl uses it when importable)
    import openpyxl
    from defusedxml import DefusedXmlException

    try:
        with path.open("rb") as handle:
            return openpyxl.load_workbook(handle, data_only=False)
    except Exception as exc:  # openpyxl wraps the causes of unreadable parts in many types
        unsafe = _unsafe_cause(exc, DefusedXmlException)
        if unsafe is not None:
            raise InputError(
                path.name, None, None, None, f"unsafe XML refused ({type(unsafe).__name__})"
            ) from None
        raise InputError(
            path.name, None, None, None, f"not a readable .xlsx workbook ({type(exc).__name__})"
        ) from None


def _unsafe_cause(exc: BaseException, unsafe_type) -> BaseException | None:
    """The defusedxml refusal somewhere in an exception's chain, if any."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, unsafe_type):
            return exc
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return None


def _sheet(book, file: str):
    if SHEET in book.sheetnames:
        return book[SHEET]
    if len(book.sheetnames) == 1:
        return book.worksheets[0]
    raise InputError(file, None, None, ", ".join(book.sheetnames), f"no sheet named {SHEET!r}")


def _cell_text(cell, file: str, column: str | None) -> str:
    if cell.data_type == "f":
        raise InputError(
            file, cell.row, column, cell.value, "formula refused: enter the value itself"
        )
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def read_xlsx_rows(path: Path) -> tuple[list[str], list[Row]]:
    """Header and rows of the workbook's figures sheet, every cell as text."""
    book = _load(path)
    sheet = _sheet(book, path.name)
    if (
        sheet.max_row < 1
        or sheet.max_column < 1
        or (sheet.cell(1, 1).value is None and sheet.max_row == 1)
    ):
        raise InputError(path.name, None, None, sheet.title, "empty sheet")
    for merged in sheet.merged_cells.ranges:
        if merged.min_row == 1:
            raise InputError(path.name, 1, None, str(merged), "merged header cells")
    grid = list(sheet.iter_rows())
    header = [_cell_text(c, path.name, None) for c in grid[0]]
    while header and header[-1] == "":
        header.pop()
    if not header:
        raise InputError(path.name, 1, None, None, "empty header row")
    rows = []
    for cells in grid[1:]:
        texts = [
            _cell_text(c, path.name, header[i] if i < len(header) else None)
            for i, c in enumerate(cells)
        ]
        if not any(t.strip() for t in texts):
            continue
        if any(t for t in texts[len(header) :]):
            raise InputError(path.name, cells[0].row, None, texts, "cells beyond the header")
        rows.append(
            Row(
                path.name,
                cells[0].row,
                dict(
                    zip(
                        header,
                        texts[: len(header)] + [""] * (len(header) - len(texts)),
                        strict=False,
                    )
                ),
            )
        )
    return header, rows
