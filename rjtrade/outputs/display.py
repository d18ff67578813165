"""Tables as a person reads them in a notebook: money in US$ billion or million with the
unit in the column header, open bounds in words ("more than 30"), no 1.47e+08 or inf.

`readable(table)` returns text for display only; compute on the table itself.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

import pandas as pd

from .. import arguments
from ..claims import verdicts

SCALES = {"bn": 1e9, "mn": 1e6}
BOUND_WORDS = {"at_least": "more than ", "at_most": "at most ", "about": "about "}
UNIT_WORDS = {"percent": "%", "multiple": "times", "rank": "rank"}


class Figure(NamedTuple):
    """Columns holding one figure and its interval, and the kind of number they are."""

    value: str | None  # None: the interval alone (e.g. primary_low, primary_high)
    low: str
    high: str
    kind: str  # money, percent, times, index, or "by row" (the table's unit column says)
    name: str  # the readable column's name, before the unit


FIGURES = (  # first match claims its columns: share_pct's low/high before value_usd's
    Figure("share_pct", "low", "high", "percent", "share"),
    Figure("value_usd", "value_low", "value_high", "money", "value"),
    Figure("value_usd", "low", "high", "money", "value"),
    Figure("own_value", "own_low", "own_high", "money", "own value"),
    Figure("mirror_value", "mirror_low", "mirror_high", "money", "mirror value"),
    Figure("growth_pct", "low", "high", "percent", "growth"),
    Figure("cagr_pct", "low", "high", "percent", "growth a year"),
    Figure("index", "low", "high", "index", "index"),
    Figure("ratio", "low", "high", "times", "ratio"),
    Figure("value", "low", "high", "by row", "value"),
    Figure(None, "primary_low", "primary_high", "percent", "primary share"),
    Figure(None, "manufactured_low", "manufactured_high", "percent", "manufactured share"),
    Figure(None, "implied_low", "implied_high", "by row", "implied"),
    Figure(None, "stated_low", "stated_high", "by row", "stated"),
    Figure("backbone_value", "backbone_low", "backbone_high", "by row", "official"),
)
MONEY_ALONE = {  # money columns without an interval of their own (US$)
    "gap": "gap",
    "value_usd": "value",
    "importer_figure": "importer's figure",
    "exporter_figure": "exporter's figure",
    "gap_usd": "gap",
}
FLOW_NAMES = ("turnover", "export", "import")  # a wide series' columns
YEN_ALONE = {"value_jpy": "value"}
PERCENT_ALONE = {"gap_pct": "gap", "share_pct": "share", "distance_pp": "distance"}
PERCENT_UNITS = {"distance_pp": " (percentage points)"}
# The unit of a figure by what it measures, for tables of claims with no unit column.
MEASURE_UNITS = {
    "value": "money",
    "growth": "percent",
    "avg_annual_growth": "percent",
    "share_of_total": "percent",
    "commodity_share": "percent",
    "multiple": "multiple",
    "rank": "rank",
    "quantity": "tonnes",
}
# A claim's text ends with what it measures, in words: "... (turnover value, annual)",
# "... (turnover share of total trade, period not stated)"; the longest phrase first.
CLAIM_MEASURES = {
    "average annual growth": "percent",
    "share of total trade": "percent",
    "commodity share": "percent",
    **MEASURE_UNITS,
}


def number(x: float, digits: int = 4) -> str:
    """A number to about `digits` significant digits, thousands separated, no trailing zeros."""
    if x == 0:
        return "0"
    decimals = min(6, max(0, digits - 1 - math.floor(math.log10(abs(x)))))
    text = f"{x:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def money_scale(values: pd.Series) -> str:
    """'bn' if the largest finite amount is a billion or more, else 'mn'."""
    finite = values[values.map(lambda v: isinstance(v, float | int) and math.isfinite(v))]
    return "bn" if len(finite) and finite.abs().max() >= 1e9 else "mn"


def amount(x, scale: float, unit: str = "{}", digits: int = 4) -> str:
    """One amount as text: '' when missing, else the number scaled, in its unit template."""
    if x is None or pd.isna(x):
        return ""
    return unit.format(number(float(x) / scale, digits))


def interval_text(low, high, scale: float, unit: str = "{}") -> str:
    """'11.45 to 12.55', 'more than 30' (no upper bound), one number if both ends read the
    same, or '' (missing). Ends carry one digit more than values."""
    if low is None or pd.isna(low):
        return ""
    first = amount(low, scale, unit, digits=5)
    if math.isinf(high):
        return f"more than {first}"
    last = amount(high, scale, unit, digits=5)
    return first if first == last else f"{first} to {last}"


def value_text(value, bound, high, scale: float, unit: str = "{}") -> str:
    """The figure with its bound in words: 'more than 30', 'about 5', '12'."""
    text = amount(value, scale, unit)
    if not text:
        return ""
    if not isinstance(bound, str):
        bound = "at_least" if high is not None and math.isinf(high) else "exact"
    return BOUND_WORDS.get(bound, "") + text


def _row_unit(row: pd.Series, money_scale_name: str) -> tuple[float, str]:
    """(scale, unit template) of one row of a table whose unit column varies by row."""
    unit = row.get("unit")
    if unit == "money":
        currency = row.get("currency")
        prefix = "US$" if currency == "USD" or not isinstance(currency, str) else currency
        return SCALES[money_scale_name], f"{prefix} {{}} {money_scale_name}"
    word = UNIT_WORDS.get(unit, unit if isinstance(unit, str) else "")
    return 1.0, f"{{}} {word}" if word else "{}"


def _claimed(table: pd.DataFrame) -> list[Figure]:
    """The figures whose columns the table has, each column claimed once."""
    taken: set[str] = set()
    found = []
    for figure in FIGURES:
        columns = {c for c in (figure.value, figure.low, figure.high) if c}
        if columns <= set(table.columns) and not columns & taken:
            found.append(figure)
            taken |= columns
    return found


HEADER_UNITS = {"percent": " (%)", "times": " (times)"}


def _unit_of(figure: Figure, table: pd.DataFrame) -> tuple[str, float]:
    """(header unit, scale) of a figure's columns."""
    if figure.kind == "money":
        columns = [c for c in (figure.value, figure.low) if c]
        scale = money_scale(pd.concat([table[c] for c in columns]))
        return f" (US$ {scale})", SCALES[scale]
    return HEADER_UNITS.get(figure.kind, ""), 1.0


def _figure_columns(table: pd.DataFrame, figure: Figure) -> dict[str, list[str]]:
    """The readable value and range columns of one figure."""
    header, scale = _unit_of(figure, table)
    bounds = table["bound"] if "bound" in table.columns else pd.Series(None, index=table.index)
    by_row = figure.kind == "by row"
    name_scale = money_scale(table[figure.low]) if by_row else ""
    values, ranges = [], []
    for index, row in table.iterrows():
        row_scale, unit = _row_unit(row, name_scale) if by_row else (scale, "{}")
        high = row[figure.high]
        if figure.value:
            values.append(value_text(row[figure.value], bounds[index], high, row_scale, unit))
        ranges.append(interval_text(row[figure.low], high, row_scale, unit))
    columns = {f"{figure.name} range{header}": ranges}
    if figure.value:
        columns = {f"{figure.name}{header}": values, **columns}
    return columns


def claim_unit(claim: str) -> str | None:
    """The unit of a claim from the words that end its text: '(turnover value, annual)'."""
    what = claim.rpartition("(")[2]
    for phrase, unit in CLAIM_MEASURES.items():
        if re.search(rf"\b{phrase}\b", what):
            return unit
    return None


def with_units(table: pd.DataFrame) -> pd.DataFrame:
    """The table with a unit column (money, percent...) where it has none but says what each
    row measures (a measure column, or a claim text ending '(turnover value, annual)')."""
    if "unit" in table.columns:
        return table
    if "measure" in table.columns:
        measures = table["measure"]
    elif "claim" in table.columns:
        units = table["claim"].astype(str).map(claim_unit)
        return table.assign(unit=units, currency="USD")
    else:
        return table
    return table.assign(unit=measures.map(MEASURE_UNITS), currency="USD")


def shown(value, column: str = ""):
    """A cell of a column readable leaves as it is: missing shown empty, floats as numbers,
    years as years."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, float):
        if "year" in column and value.is_integer():
            return str(int(value))
        return "" if math.isinf(value) else number(value, 6)
    return value


def flow_columns(table: pd.DataFrame) -> list[str]:
    """The money columns of a wide series: named by flow ('export', 'export (JPN)')."""
    return [
        c
        for c in table.columns
        if isinstance(c, str)
        and c.split(" (")[0] in FLOW_NAMES
        and pd.api.types.is_float_dtype(table[c])
    ]


def readable(table: pd.DataFrame) -> pd.DataFrame:
    """The table as text that reads well in a notebook: each figure and its interval become
    two columns, e.g. "value (US$ bn)" = "more than 30" and "value range (US$ bn)" =
    "more than 30" or "11.5 to 12.5"; money in US$ billion (or million, if no amount in the
    column reaches a billion), yen likewise; percentages and other numbers to about four
    significant digits; missing values empty. Other columns are kept, in their order, their
    missing values empty."""
    arguments.table(table, "table", ())
    original = list(table.columns)
    table = with_units(table)
    out: dict[str, list] = {}
    replaced = {}
    for figure in _claimed(table):
        first = figure.value or figure.low
        replaced[first] = _figure_columns(table, figure)
        replaced.update({c: {} for c in (figure.low, figure.high) if c != first})
    for alone, name in MONEY_ALONE.items():
        if alone in table.columns and alone not in replaced:
            scale = money_scale(table[alone])
            cells = [amount(v, SCALES[scale]) for v in table[alone]]
            replaced[alone] = {f"{name} (US$ {scale})": cells}
    flows = flow_columns(table)
    scale = money_scale(pd.concat([table[c] for c in flows])) if flows else "bn"
    for flow in flows:
        cells = [amount(v, SCALES[scale]) for v in table[flow]]
        replaced[flow] = {f"{flow} (US$ {scale})": cells}
    for alone, name in YEN_ALONE.items():
        if alone in table.columns and alone not in replaced:
            scale = money_scale(table[alone])
            cells = [amount(v, SCALES[scale]) for v in table[alone]]
            replaced[alone] = {f"{name} (yen {scale})": cells}
    for alone, name in PERCENT_ALONE.items():
        if alone in table.columns and alone not in replaced:
            header = PERCENT_UNITS.get(alone, " (%)")
            replaced[alone] = {f"{name}{header}": [amount(v, 1.0) for v in table[alone]]}
    for column in original:
        out.update(replaced.get(column, {column: [shown(v, str(column)) for v in table[column]]}))
    shown_table = pd.DataFrame(out, index=table.index)
    shown_table.columns.name = table.columns.name
    return shown_table


# --- checked claims, for a terminal -------------------------------------------------------
CLAIM_UNITS = {
    "value": (1e9, "US${} bn"),
    "share_of_total": (1.0, "{} %"),
    "growth": (1.0, "{} %"),
    "multiple": (1.0, "{}x"),
}
VERDICT_COLOURS = verdicts.TERMINAL_COLOURS  # ANSI


def checked_claims_text(checked: pd.DataFrame, colour: bool = False) -> str:
    """The claims of rj.check, one block each: where, the claim, its one verdict (coloured for
    a terminal when asked) and the reason; beneath, the findings it rests on, each with the
    figure compared, whose it is, and whether it counts as evidence."""
    if checked.empty:
        return "no trade claims found"
    lines = []
    for _, rows in checked.groupby("claim_no", sort=False):
        first = rows.iloc[0]
        lines.append(f"{first['locator']:<8} {first['claim']}")
        lines.append(
            f"         {_verdict(first['claim_verdict'], colour)} {first['claim_reason']}"
        )
        if len(rows) == 1 and not first["basis"]:
            continue  # nothing compared: the reason says what is open
        for _, row in rows.iterrows():
            scale, unit = CLAIM_UNITS.get(row["measure"], (1.0, "{}"))
            if row["basis"] == verdicts.YEN_BASIS and row["measure"] == "value":
                scale, unit = 1e9, "{} bn yen"
            figure = interval_text(row["backbone_low"], row["backbone_high"], scale, unit)
            against = f"{row['basis'] or '-'} ({row['reported_by'] or '-'})"
            if figure and row["basis"]:
                against += f": {figure}"
            counts = "" if row["evidence"] == "counts" else f" [{row['evidence']}]"
            lines.append(f"           {row['verdict']:<12} vs {against}{counts}")
            lines.append(f"             {row['detail']}")
    return "\n".join(lines)


def _verdict(verdict: str, colour: bool) -> str:
    """A verdict padded to one width, in its terminal colour when asked."""
    text = f"{verdict:<12}"
    return f"\x1b[{VERDICT_COLOURS[verdict]}m{text}\x1b[0m" if colour else text
