"""The Excel workbook people hand on: one sheet per table, a README sheet, formats that read well.

Every sheet: bold frozen header, autofilter over its columns, widths fitted to the first
rows. Numbers stay numbers: an open bound ("more than", infinite in memory) and a missing
number are empty cells, and the table's bound column says which bound is open; floats
are rounded like the CSV (rjtrade.outputs.tables.rounded). One number format per kind
of column: money with thousands separators and its currency (US$, SUR, RUB, JPY; a
column in units of its own, such as times or ranks, plain), percents with as many
decimals as the column's figures have (37.85 shows as 37.85, never 38). Text a
spreadsheet would read as a formula or an error literal (#N/A) is typed as text; text
longer than a cell holds (32,767 characters) is an error naming the sheet, row and
column. A table of more than WORKBOOK_MAX_ROWS rows (100,000; a user's own large figure
files) is shown by its first WORKBOOK_MAX_ROWS rows, and the README sheet says so:
the CSV and Parquet files hold every row, and writing a million rows cell by cell would
cost minutes for a sheet nobody scrolls. Rows are streamed: memory stays flat.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import math
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from ..errors import OutputError
from ..files import scratch_folder
from ..records import plain
from ..schema import EXCEL_MAX_ROWS, MAX_CELL_CHARS, WORKBOOK_MAX_ROWS
from .tables import looks_active, rounded

PERCENT_COLUMNS = {
    "share_pct",
    "growth_pct",
    "gap_pct",
    "primary_low",
    "primary_high",
    "manufactured_low",
    "manufactured_high",
}
MONEY_COLUMNS = {
    "value_usd",
    "importer_figure",
    "exporter_figure",
    "gap_usd",
    "value_low",
    "value_high",
    "own_value",
    "own_low",
    "own_high",
    "mirror_value",
    "mirror_low",
    "mirror_high",
    "gap",
}
BY_ROW_COLUMNS = {
    "value",
    "low",
    "high",
    "implied_low",
    "implied_high",
    "stated_low",
    "stated_high",
    "backbone_value",
    "backbone_low",
    "backbone_high",
    "gap",
}
YEN_COLUMNS = {"value_jpy"}
MONEY_FORMATS = {
    "USD": '"US$"#,##0;-"US$"#,##0',
    "SUR": '"SUR "#,##0;-"SUR "#,##0',
    "RUB": '"RUB "#,##0;-"RUB "#,##0',
    "JPY": '"JPY "#,##0;-"JPY "#,##0',
}
MONEY_FORMAT = MONEY_FORMATS["USD"]
NUMBER_FORMAT = "#,##0.0##"  # multiples, ratios: 2.0, 1.8, 1.231
PLAIN_COLUMNS = {"distance_pp": '0.0" pp"'}  # computed distances in percentage points
MAX_PERCENT_DECIMALS = 2  # no source states a percent to more than two decimals
WIDTH_SAMPLE = 500  # rows looked at to fit column widths


def decimals_of(values) -> int:
    """The decimals the figures have (at most MAX_PERCENT_DECIMALS), trailing zeros ignored."""
    most = 0
    for x in values:
        if isinstance(x, float) and math.isfinite(x):
            text = f"{x:.{MAX_PERCENT_DECIMALS}f}".rstrip("0")
            most = max(most, len(text.partition(".")[2]))
    return most


def percent_format(table: pd.DataFrame, column: str) -> str:
    """'0.00"%"' with the column's own number of decimals."""
    decimals = decimals_of(table[column].tolist())
    return ("0." + "0" * decimals if decimals else "0") + '"%"'


def row_format(unit, currency, percent: str) -> str:
    """The format of one figure from its unit and currency (observations, audit)."""
    if unit == "percent":
        return percent
    if unit in ("money", *MONEY_FORMATS) or currency in MONEY_FORMATS:
        return MONEY_FORMATS.get(currency or unit, MONEY_FORMAT)
    return NUMBER_FORMAT


def column_formats(
    table: pd.DataFrame, column: str, units: pd.DataFrame | None = None
) -> list[str | None]:
    """Number format per row: money with its currency, percents with their decimals.
    `units`: the unit and currency of each row, for a table whose figures differ in kind
    by row but that has no unit column of its own (claims_vs_official)."""
    if column in PERCENT_COLUMNS or (column in ("low", "high") and "share_pct" in table):
        return [percent_format(table, column)] * len(table)
    if column in YEN_COLUMNS:
        return [MONEY_FORMATS["JPY"]] * len(table)
    if column in PLAIN_COLUMNS:
        return [PLAIN_COLUMNS[column]] * len(table)
    if column in MONEY_COLUMNS and column not in BY_ROW_COLUMNS:
        return [MONEY_FORMAT] * len(table)
    if column in ("low", "high") and "value_usd" in table:
        return [MONEY_FORMAT] * len(table)
    if column not in BY_ROW_COLUMNS:
        return [None] * len(table)
    if units is None and "unit" in table.columns:
        units = table
    if units is None:
        return [MONEY_FORMAT if column == "gap" else None] * len(table)
    percent = percent_format(table, column)
    currencies = units["currency"] if "currency" in units.columns else [None] * len(table)
    return [row_format(u, c, percent) for u, c in zip(units["unit"], currencies, strict=True)]


def units_by_obs_id(table: pd.DataFrame, observations: pd.DataFrame | None) -> pd.DataFrame | None:
    """The unit and currency of each row of a table of claims (obs_id), from observations."""
    if observations is None or "obs_id" not in table.columns or "unit" in table.columns:
        return None
    kinds = observations.drop_duplicates("obs_id").set_index("obs_id")[["unit", "currency"]]
    return kinds.reindex(table["obs_id"]).reset_index(drop=True)


def cell_value(value):
    """A value as a workbook holds it: numbers rounded, open bounds and NaN empty."""
    value = plain(value)
    if isinstance(value, float):
        return rounded(value) if math.isfinite(value) else None
    return value


def checked_text(sheet_name: str, row: int, column: str, text: str) -> str:
    """Text that fits a cell and holds no character a workbook refuses."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    where = f"workbook sheet {sheet_name!r}, row {row}, column {column!r}"
    if len(text) > MAX_CELL_CHARS:
        raise OutputError(f"{where}: {len(text):,} characters, more than a cell holds")
    if ILLEGAL_CHARACTERS_RE.search(text):
        raise OutputError(f"{where}: a control character a workbook cannot hold")
    return text


def table_rows(table: pd.DataFrame):
    """The rows' values, column by column converted to Python values at once (iterating a
    table row by row converts them one by one, slowly for text columns held by pyarrow)."""
    return zip(*(table[c].tolist() for c in table.columns), strict=True)


def fit_widths(sheet, table: pd.DataFrame) -> None:
    """Column widths from the header and the first WIDTH_SAMPLE rows (at most 60)."""
    from openpyxl.utils import get_column_letter

    sample = [[cell_value(v) for v in row] for row in table_rows(table.head(WIDTH_SAMPLE))]
    for c, column in enumerate(table.columns, start=1):
        width = max(
            [len(str(column))] + [len(str(r[c - 1])) for r in sample if r[c - 1] is not None]
        )
        sheet.column_dimensions[get_column_letter(c)].width = min(60, width + 2)


def header_name(column, lang: str) -> str:
    """A column's header: its name in English, its Thai header in Thai (the README sheet
    pairs the two)."""
    from .words import COLUMN_THAI

    return COLUMN_THAI.get(str(column), str(column)) if lang == "th" else str(column)


def header_cells(sheet, table: pd.DataFrame, lang: str = "en") -> list:
    """The header row: bold names, in the workbook's language."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    bold = Font(bold=True)
    cells = []
    for column in table.columns:
        cell = WriteOnlyCell(sheet, value=header_name(column, lang))
        cell.font = bold
        cells.append(cell)
    return cells


def row_cells(sheet, name: str, number: int, record, columns, formats) -> list:
    """One data row: text checked and typed as text where active, numbers formatted."""
    from openpyxl.cell import WriteOnlyCell

    cells = []
    for column, value, column_format in zip(columns, record, formats, strict=True):
        value = cell_value(value)
        if isinstance(value, str):
            value = checked_text(name, number, column, value)
            if looks_active(value):
                value = WriteOnlyCell(sheet, value=value)
                value.data_type = "s"  # text stays text: never a formula or an error value
        elif isinstance(value, int | float) and not isinstance(value, bool) and column_format:
            value = WriteOnlyCell(sheet, value=value)
            value.number_format = column_format
        cells.append(value)
    return cells


def stream_to(sheet, path: Path) -> None:
    """A write-only sheet's rows streamed to `path` (in rjtrade's scratch folder) rather
    than to a file openpyxl would leave in the system's temporary folder if killed."""
    from openpyxl.worksheet._writer import ALL_TEMP_FILES, WorksheetWriter

    ALL_TEMP_FILES.append(str(path))  # openpyxl removes the file once it is zipped
    sheet._writer = WorksheetWriter(sheet, out=str(path))
    sheet._writer.write_top()


def _write_sheet(
    book,
    name: str,
    table: pd.DataFrame,
    scratch: Path,
    units: pd.DataFrame | None = None,
    lang: str = "en",
) -> None:
    """A sheet streamed row by row: bold frozen header, autofilter, fitted widths, formats."""
    from openpyxl.utils import get_column_letter

    if len(table) + 1 > EXCEL_MAX_ROWS:
        raise OutputError(
            f"workbook sheet {name!r}: {len(table):,} rows, more than a sheet holds"
            f" ({EXCEL_MAX_ROWS - 1:,}); the CSV and Parquet files hold them all"
        )
    sheet = book.create_sheet(name)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(max(1, len(table.columns)))}{len(table) + 1}"
    fit_widths(sheet, table)
    stream_to(sheet, scratch / f"sheet{len(book.worksheets)}.xml")  # after views and widths
    sheet.append(header_cells(sheet, table, lang))
    columns = list(table.columns)
    formats = list(zip(*(column_formats(table, c, units) for c in columns), strict=True))
    for number, (record, row_format_) in enumerate(
        zip(table_rows(table), formats, strict=True), start=2
    ):
        sheet.append(row_cells(sheet, name, number, record, columns, row_format_))


def abandon(book) -> None:
    """Close the row streams of a workbook given up half-written (quietly, now, rather than
    with noise when the collector finds them after their files are gone)."""
    for sheet in book.worksheets:
        for stream in (getattr(sheet, "_rows", None), getattr(sheet._writer, "xf", None)):
            with contextlib.suppress(Exception):
                if stream is not None:
                    stream.close()


def shown_rows(
    sheets: dict[str, pd.DataFrame], readme: list[tuple[str, str]]
) -> tuple[dict[str, pd.DataFrame], list[tuple[str, str]]]:
    """Tables cut to WORKBOOK_MAX_ROWS rows, each cut said on the README sheet."""
    shown, notes = {}, []
    for name, table in sheets.items():
        shown[name] = table.head(WORKBOOK_MAX_ROWS)
        if len(table) > WORKBOOK_MAX_ROWS:
            notes.append(
                (
                    f"sheet {name}: rows shown",
                    f"the first {WORKBOOK_MAX_ROWS:,} of {len(table):,} rows; {name}.csv and"
                    f" parquet/{name}.parquet hold them all",
                )
            )
    return shown, [*readme, *notes]


# official_series holds three views of two partners: one sheet each, the partner's USSR
# and Russia years together (joined explicitly, the `joined` column says so).
OFFICIAL_VIEWS = ("best", "JPN", "partner")
OFFICIAL_PARTNERS = {"RUS": ("SUN", "RUS"), "CHN": ("CHN",)}


def official_sheets(table: pd.DataFrame, lang: str) -> tuple[dict, list[tuple[str, str]]]:
    """official_series as one sheet per view and partner, each described on the README."""
    from .words import say

    sheets, notes = {}, []
    for partner, codes in OFFICIAL_PARTNERS.items():
        for view in OFFICIAL_VIEWS:
            part = table[(table["view"] == view) & table["partner"].isin(codes)]
            if part.empty:
                continue
            name = f"official_{partner}_{view}"
            sheets[name] = part.reset_index(drop=True)
            notes.append(
                (
                    say("readme.sheet", lang, name=name),
                    say(f"workbook.official.{partner}", lang)
                    + "; "
                    + say(f"workbook.view.{view}", lang),
                )
            )
    return sheets, notes


def workbook_sheets(
    sheets: dict[str, pd.DataFrame], lang: str = "en"
) -> tuple[dict[str, pd.DataFrame], list[tuple[str, str]]]:
    """The tables as the workbook shows them (official_series split by view and partner),
    and the README rows that say so."""
    from .words import say

    shown, notes = {}, []
    for name, table in sheets.items():
        if name == "official_series" and {"view", "partner"} <= set(table.columns):
            parts, part_notes = official_sheets(table, lang)
            shown |= parts
            notes += [(say("readme.sheet", lang, name=name), say("workbook.split", lang))]
            notes += part_notes
        else:
            shown[name] = table
    if "mirror_gaps" in shown:
        notes.append((say("readme.sheet", lang, name="mirror_gaps"), say("workbook.mirror", lang)))
    return shown, notes


def write_workbook(
    handle: BinaryIO,
    sheets: dict[str, pd.DataFrame],
    readme: list[tuple[str, str]],
    built: dt.date,
    lang: str = "en",
) -> None:
    """One sheet per table (official_series one per view and partner) and a README sheet,
    written to an open binary file; header rows bold, frozen and in `lang`."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    observations = sheets.get("observations")
    sheets, notes = workbook_sheets(sheets, lang)
    sheets, readme = shown_rows(sheets, [*readme, *notes])
    with scratch_folder() as scratch:
        try:
            item, meaning = (header_name(c, lang) for c in ("item", "meaning"))
            _write_sheet(book, "README", pd.DataFrame(readme, columns=[item, meaning]), scratch)
            for name, table in sheets.items():
                units = units_by_obs_id(table, observations)
                _write_sheet(book, name, table, scratch, units, lang)
        except BaseException:
            abandon(book)
            raise
        stamp = dt.datetime.combine(built, dt.time())
        book.properties.created = stamp
        book.properties.modified = stamp
        book.properties.creator = "rjtrade"
        book.save(handle)


def workbook_bytes(
    sheets: dict[str, pd.DataFrame],
    readme: list[tuple[str, str]],
    built: dt.date,
    lang: str = "en",
) -> bytes:
    """write_workbook's content as bytes."""
    buffer = io.BytesIO()
    write_workbook(buffer, sheets, readme, built, lang)
    return buffer.getvalue()
