"""Published tables: figures and commodity composition quoted by other sources, with citations."""

from __future__ import annotations

import math
import re

from ..errors import ParseError
from ..intervals import BOUND_QUALIFIER, admitted
from ..parse import (
    Figure,
    number_in,
)
from ..schema import (
    BOUNDS,
    ECONOMIES,
    LATEST_YEAR,
    YEAR_MIN,
)
from .cells import (
    ROW_KEY,
    check_category,
    check_economy_year,
    code,
    observation,
    source_of,
    text_cell,
    year_cell,
)
from .csvfile import Row

# Flows of the published tables, as (flow, measure) of the observation table
PUBLISHED_FLOWS = {
    "export": ("export", "value"),
    "import": ("import", "value"),
    "turnover": ("turnover", "value"),
    "share_of_economy_trade": ("turnover", "share_of_total"),
    "share_of_economy_exports": ("export", "share_of_total"),
    "share_of_economy_imports": ("import", "share_of_total"),
    "turnover_growth": ("turnover", "growth"),
    "turnover_avg_annual_growth": ("turnover", "avg_annual_growth"),
}
# Units of the published tables: (unit, currency, scale to units)
PUBLISHED_UNITS = {
    "USD million": ("money", "USD", 1e6),
    "USD billion": ("money", "USD", 1e9),
    "SUR million": ("money", "SUR", 1e6),
    "percent": ("percent", None, 1.0),
}
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def published_figure(
    value: float, half: float, unit: str, currency: str | None, bound: str
) -> Figure:
    """A published number as a Figure: its interval from the rounding and the bound column."""
    low, high = admitted(value, half, BOUND_QUALIFIER[bound])
    return Figure(value=value, unit=unit, currency=currency, bound=bound, low=low, high=high)


def published_period(row: Row) -> tuple[int | None, str]:
    """Year and period of a published period cell.

    '1958' -> (1958, 'annual'); '2002-01/2002-06' -> (2002, 'jan-jun');
    '1961/1988' -> (None, '1961-1988').
    """
    text = row["period"]
    if re.fullmatch(r"[0-9]{4}", text):
        return year_cell(row, "period"), "annual"
    m = re.fullmatch(r"([0-9]{4})/([0-9]{4})", text)
    if m and YEAR_MIN <= int(m[1]) < int(m[2]) <= LATEST_YEAR:
        return None, f"{m[1]}-{m[2]}"
    m = re.fullmatch(r"([0-9]{4})-([0-9]{2})/([0-9]{4})-([0-9]{2})", text)
    if m and m[1] == m[3] and 1 <= int(m[2]) <= int(m[4]) <= 12:
        return year_cell(
            Row(row.file, row.number, {"period": m[1]}), "period"
        ), f"{MONTHS[int(m[2]) - 1]}-{MONTHS[int(m[4]) - 1]}"
    raise row.error("period", "unknown period (YYYY, YYYY/YYYY or YYYY-MM/YYYY-MM)")


def number_cell(row: Row, column: str) -> tuple[float, float]:
    """A plain number cell ("5933.4") and half a unit of its last written digit."""
    text = row[column]
    try:
        number = float(text)
    except ValueError:
        raise row.error(column, "not a number") from None
    if not math.isfinite(number):
        raise row.error(column, "not a finite number")
    decimals = len(text.split(".")[1]) if "." in text else 0
    return number, 0.5 * 10.0**-decimals


def published_number(
    row: Row, value_column: str, unit_column: str
) -> tuple[float, float, str, str | None]:
    """Value in units, half a unit of its last written digit, unit and currency."""
    unit_text = row[unit_column]
    if unit_text not in PUBLISHED_UNITS:
        raise row.error(unit_column, f"unknown unit (allowed: {', '.join(PUBLISHED_UNITS)})")
    unit, currency, scale = PUBLISHED_UNITS[unit_text]
    number, half = number_cell(row, value_column)
    if number < 0 and unit == "money":
        raise row.error(value_column, "a money value cannot be negative")
    return number * scale, half * scale, unit, currency


def check_as_written(row: Row, value: float, scale: float) -> float:
    """The number in the text as written must be the value recorded; returns its half-unit."""
    try:
        written, written_half = number_in(row["as_written"])
    except ParseError as exc:
        raise row.error("as_written", str(exc)) from None
    for candidate, candidate_half in (
        (written, written_half),
        (written * scale, written_half * scale),
    ):
        if math.isclose(candidate, abs(value), rel_tol=1e-9):
            return candidate_half
    raise row.error(
        "as_written",
        f"the text as written says {written:g}, the value column {abs(value) / scale:g}",
    )


def read_published_figures(rows: list[Row], registry: dict) -> list[dict]:
    """Published figures: each value checked against its text as written, with its interval."""
    out = []
    for row in rows:
        source_of(row, registry)
        if row["flow"] not in PUBLISHED_FLOWS:
            raise row.error("flow", f"unknown flow (allowed: {', '.join(PUBLISHED_FLOWS)})")
        flow, measure = PUBLISHED_FLOWS[row["flow"]]
        year, period = published_period(row)
        value, _, unit, currency = published_number(row, "value", "unit")
        if (measure == "value") != (unit == "money"):
            raise row.error("unit", f"unit {row['unit']!r} does not fit flow {row['flow']!r}")
        half = check_as_written(row, value, PUBLISHED_UNITS[row["unit"]][2])
        bound = code(row, "bound", BOUNDS)
        obs = observation(
            obs_id=row["figure_id"],
            source_id=row["source_id"],
            locator=f"{row.file} row {row.number}",
            as_written=row["as_written"],
            period_as_written=row["period"],
            year_basis="written",
            economy=code(row, "economy", ECONOMIES),
            partner=code(row, "partner", ECONOMIES),
            flow=flow,
            measure=measure,
            year=year,
            period=period,
            base_year=year - 1
            if measure == "growth" and year is not None
            else None,  # published growth: on the previous year
            **published_figure(value, half, unit, currency, bound).stated(),
            reported_by=registry[row["source_id"]]["reporter"],
            note=row["note"] or None,
        )
        check_economy_year(row, obs)
        out.append(obs | {ROW_KEY: (row, "value")})
    return out


def read_published_composition(rows: list[Row], registry: dict) -> list[dict]:
    """Commodity shares (and values where given) from the published composition table."""
    out = []
    for row in rows:
        source_of(row, registry)
        if row["flow"] not in ("export", "import"):
            raise row.error("flow", "unknown flow (allowed: export, import)")
        check_category(row, "category_as_written")
        year, period = published_period(row)
        bound = code(row, "bound", BOUNDS)
        share, half = number_cell(row, "share_pct")
        if not 0 <= share <= 100:
            raise row.error("share_pct", "a share must lie between 0 and 100 percent")
        common = dict(
            source_id=row["source_id"],
            locator=f"{row.file} row {row.number}",
            period_as_written=row["period"],
            year_basis="written",
            economy=code(row, "economy", ECONOMIES),
            partner=code(row, "partner", ECONOMIES),
            flow=row["flow"],
            commodity=text_cell(row, "category_as_written"),
            year=year,
            period=period,
            reported_by=registry[row["source_id"]]["reporter"],
            note=row["note"] or None,
        )
        obs = observation(
            **common,
            obs_id=row["figure_id"],
            as_written=f"{row['share_pct']}%",
            measure="commodity_share",
            **published_figure(share, half, "percent", None, bound).stated(),
        )
        check_economy_year(row, obs)
        out.append(obs | {ROW_KEY: (row, "share_pct")})
        if row["value"]:
            value, vhalf, unit, currency = published_number(row, "value", "unit")
            money = observation(
                **common,
                obs_id=f"{row['figure_id']}_value",
                as_written=f"{row['value']} {row['unit']}",
                measure="value",
                **published_figure(value, vhalf, unit, currency, bound).stated(),
            )
            out.append(money | {ROW_KEY: (row, "value")})
    return out
