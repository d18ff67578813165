"""Read a user's figures from an Excel workbook, safely.

openpyxl parses the workbook's XML with defusedxml (a dependency), so entity
expansion and external entities fail. Formulas are refused, never evaluated;
merged or empty header cells, empty sheets and corrupt files are errors naming the file.

Bounded cost: before openpyxl opens anything, the zip's declared sizes are checked
(at most MAX_XLSX_UNCOMPRESSED bytes unzipped, MAX_XLSX_PARTS parts; zipfile itself
stops a part that inflates beyond its declared size). The sheet is then streamed in
read-only mode, its declared dimensions ignored, and refused at the first row beyond
MAX_XLSX_ROWS, the first cell beyond MAX_XLSX_COLUMNS or longer than MAX_CELL_CHARS
(a 5 KB file with one cell at XFD1048576 is refused in well under a second).
Hidden sheets are refused, not skipped: a reviewer opening the file in Excel would not
see them, and a visible sheet must not stand in front of the data actually read.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..errors import InputError
from ..schema import MAX_XLSX_COLUMNS, MAX_XLSX_PARTS, MAX_XLSX_ROWS, MAX_XLSX_UNCOMPRESSED
from .csvfile import Row, check_cell

SHEET = "figures"  # the sheet read; a workbook with one sheet may name it anything


def check_archive(path: Path) -> None:
    """The zip's declared contents within the limits, before any part is inflated."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(
            path.name, None, None, None, f"not a readable .xlsx workbook ({type(exc).__name__})"
        ) from None
    size = sum(part.file_size for part in parts)
    if len(parts) > MAX_XLSX_PARTS or size > MAX_XLSX_UNCOMPRESSED:
        raise InputError(
            path.name,
            None,
            None,
            f"{len(parts)} parts, {size:,} bytes unzipped",
            f"workbook too large (limits: {MAX_XLSX_PARTS} parts,"
            f" {MAX_XLSX_UNCOMPRESSED:,} bytes unzipped); save the figures as CSV",
        )


def _load(path: Path, handle):
    """The workbook read-only from an open file (closed by the caller); unreadable refused."""
    import defusedxml  # noqa: F401  (openpyxl uses it when importable)
    import openpyxl
    from defusedxml import DefusedXmlException

    check_archive(path)
    try:
        return openpyxl.load_workbook(handle, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl wraps the causes of unreadable parts in many types
        raise unreadable(path, exc, DefusedXmlException) from None


def unreadable(path: Path, exc: BaseException, unsafe_type) -> InputError:
    """The error for a workbook openpyxl cannot read: unsafe XML named as such."""
    unsafe = _unsafe_cause(exc, unsafe_type)
    if unsafe is not None:
        return InputError(
            path.name, None, None, None, f"unsafe XML refused ({type(unsafe).__name__})"
        )
    return InputError(
        path.name, None, None, None, f"not a readable .xlsx workbook ({type(exc).__name__})"
    )


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
    """The figures sheet (or the only sheet); a workbook with a hidden sheet is refused."""
    hidden = [
        s.title for s in book.worksheets if getattr(s, "sheet_state", "visible") != "visible"
    ]
    if hidden:
        raise InputError(
            file, None, None, ", ".join(hidden), "hidden sheet refused: unhide or delete it"
        )
    if SHEET in book.sheetnames:
        return book[SHEET]
    if len(book.sheetnames) == 1:
        return book.worksheets[0]
    raise InputError(file, None, None, ", ".join(book.sheetnames), f"no sheet named {SHEET!r}")


def _cell_text(cell, file: str, row: int, column: str | None) -> str:
    """A cell as text, checked like a CSV cell; formulas refused."""
    if getattr(cell, "data_type", None) == "f":
        raise InputError(file, row, column, cell.value, "formula refused: enter the value itself")
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    check_cell(file, row, column, text)
    return text


def bounded_rows(sheet, file: str):
    """(row number, cells) streamed, refused at the first row or column beyond the limits."""
    from openpyxl.utils import get_column_letter

    declared = sheet.max_row  # the size the sheet declares (Excel writes one), refused at once
    if declared is not None and declared > MAX_XLSX_ROWS + 1:
        raise InputError(
            file,
            None,
            None,
            None,
            f"declares {declared - 1:,} data rows: more than {MAX_XLSX_ROWS:,} rows; save as CSV",
        )
    sheet.reset_dimensions()  # declared dimensions can lie: read what is there
    for number, cells in enumerate(sheet.iter_rows(), start=1):
        if number > MAX_XLSX_ROWS + 1:
            raise InputError(
                file, number, None, None, f"more than {MAX_XLSX_ROWS:,} rows; save as CSV"
            )
        last = max((c.column for c in cells if c.value is not None), default=0)
        if last > MAX_XLSX_COLUMNS:
            raise InputError(
                file,
                number,
                get_column_letter(last),
                None,
                f"a cell beyond column {get_column_letter(MAX_XLSX_COLUMNS)}",
            )
        yield number, cells[:last]


def header_of(file: str, cells) -> list[str]:
    """The header row: names up to the last one; an empty name before it is refused."""
    header = [_cell_text(c, file, 1, None) for c in cells]
    while header and header[-1] == "":
        header.pop()
    if not header:
        raise InputError(file, 1, None, None, "empty header row")
    if "" in header:
        from openpyxl.utils import get_column_letter

        letter = get_column_letter(header.index("") + 1)
        raise InputError(file, 1, letter, header, "merged header cells or an empty column name")
    return header


def row_of(file: str, number: int, header: list[str], cells) -> Row | None:
    """A data row (None when empty); cells beyond the header are refused."""
    texts = [
        _cell_text(c, file, number, header[i] if i < len(header) else None)
        for i, c in enumerate(cells)
    ]
    if not any(t.strip() for t in texts):
        return None
    if any(texts[len(header) :]):
        raise InputError(file, number, None, texts, "cells beyond the header")
    texts = texts[: len(header)] + [""] * (len(header) - len(texts))
    return Row(file, number, dict(zip(header, texts, strict=True)))


def read_xlsx_rows(path: Path) -> tuple[list[str], list[Row]]:
    """Header and rows of the workbook's figures sheet, every cell as text."""
    with path.open("rb") as handle:
        return _read_sheet(path, _load(path, handle))


def _read_sheet(path: Path, book) -> tuple[list[str], list[Row]]:
    """Header and rows of an open read-only workbook's figures sheet."""
    try:
        rows_read = bounded_rows(_sheet(book, path.name), path.name)
        first = next(rows_read, None)
        if first is None or not any(c.value is not None for c in first[1]):
            raise InputError(path.name, None, None, None, "empty sheet")
        header = header_of(path.name, first[1])
        rows = [row_of(path.name, number, header, cells) for number, cells in rows_read]
    except InputError:
        raise
    except Exception as exc:  # a part that fails while streamed (corrupt, unsafe XML)
        from defusedxml import DefusedXmlException

        raise unreadable(path, exc, DefusedXmlException) from None
    finally:
        book.close()
    return header, [row for row in rows if row is not None]
