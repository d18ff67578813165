"""One reader per raw layout: the sources registry, figures as written, published tables, events.

A raw file's layout is known by its header (see LAYOUTS), so a user's own file in
the figures layout, CSV or XLSX, is read and validated like the article's.
"""

from __future__ import annotations

import math
import re

from ..categories import MAPPINGS
from ..errors import InputError, ParseError
from ..intervals import BOUND_QUALIFIER, admitted
from ..parse import (
    normalise,
    number_in,
    parse_amount,
    parse_date,
    parse_multiple,
    parse_rank,
    parse_years,
    read_percent,
)
from ..schema import (
    ARTICLE_FIGURE_COLUMNS,
    BOUNDS,
    CLAIMS,
    ECONOMIES,
    EVENT_COLUMNS,
    FLOWS,
    MEASURES,
    OBSERVATION_COLUMNS,
    PERIODS,
    PUBLISHED_COMPOSITION_COLUMNS,
    PUBLISHED_FIGURE_COLUMNS,
    REPORTERS,
    SOURCE_COLUMNS,
    USSR_LAST_YEAR,
    YEAR_BASES,
    YEAR_MAX,
    YEAR_MIN,
)
from .tables import Row

PERCENT_MEASURES = ("growth", "avg_annual_growth", "share_of_total", "commodity_share")
SHARE_MEASURES = ("share_of_total", "commodity_share")
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


# --- cells ---------------------------------------------------------------------
def code(row: Row, column: str, allowed, required: bool = True) -> str:
    value = row[column]
    if not value and not required:
        return ""
    if value not in allowed:
        raise row.error(column, f"unknown {column} (allowed: {', '.join(allowed)})")
    return value


def year_cell(row: Row, column: str) -> int | None:
    """A CE year cell, or None when empty."""
    text = row[column]
    if not text:
        return None
    if not re.fullmatch(r"\d{4}", text):
        raise row.error(column, "a year is four digits, CE")
    year = int(text)
    if not YEAR_MIN <= year <= YEAR_MAX:
        raise row.error(column, f"year out of range {YEAR_MIN}-{YEAR_MAX}")
    return year


def text_cell(row: Row, column: str, required: bool = True) -> str:
    value = normalise(row[column])
    if required and not value:
        raise row.error(column, "empty")
    return value


def period_cell(row: Row, column: str) -> str:
    value = row[column] or "annual"
    if value not in PERIODS and not re.fullmatch(r"\d{4}-\d{4}", value):
        raise row.error(column, f"unknown period (allowed: {', '.join(PERIODS)} or YYYY-YYYY)")
    return value


def observation(**fields) -> dict:
    """An observation row: the given fields, every other column empty."""
    unknown = set(fields) - set(OBSERVATION_COLUMNS)
    if unknown:
        raise KeyError(f"not observation columns: {sorted(unknown)}")
    return dict.fromkeys(OBSERVATION_COLUMNS) | fields


# --- the registry ------------------------------------------------------------------
def read_sources(rows: list[Row]) -> dict[str, dict]:
    """The registry rows by source_id (ids checked unique by the loader)."""
    registry = {}
    for row in rows:
        code(row, "reporter", REPORTERS)
        for column in ("publisher", "title", "language", "whose_statistics"):
            text_cell(row, column)
        registry[row["source_id"]] = {c: row[c] for c in SOURCE_COLUMNS}
    return registry


def source_of(row: Row, registry: dict) -> dict:
    if row["source_id"] not in registry:
        raise row.error("source_id", "source not in the registry (data/raw/sources.csv)")
    return registry[row["source_id"]]


# --- figures as written ------------------------------------------------------------
def read_figure(row: Row, measure: str, year: int | None):
    """Parse the as_written cell according to the measure; errors name the cell."""
    text = row["as_written"]
    try:
        if measure in ("value", "quantity"):
            figure = parse_amount(text, year=year)
            wanted = "money" if measure == "value" else "tonnes"
            if figure.unit != wanted:
                raise ParseError(f"a {measure} needs {wanted}", text)
        elif measure in PERCENT_MEASURES:
            figure = read_percent(text)
        elif measure == "multiple":
            figure = parse_multiple(text)
        else:
            figure = parse_rank(text)
    except ParseError as exc:
        raise row.error("as_written", str(exc)) from None
    if measure in SHARE_MEASURES and not 0 <= figure.value <= 100:
        raise row.error("as_written", "a share must lie between 0 and 100 percent")
    return figure


def check_written_year(row: Row, year: int | None, basis: str) -> None:
    """A written year must be the one the period as written names; context years need a year."""
    if basis == "written":
        if year is None:
            raise row.error("year", "year_basis is 'written' but no year given")
        try:
            years = parse_years(row["period_as_written"])
        except ParseError as exc:
            raise row.error("period_as_written", str(exc)) from None
        if year not in years:
            raise row.error(
                "year", f"the period as written names {years or 'no year'}, not {year}"
            )
    elif basis == "context" and year is None:
        raise row.error("year", "year_basis is 'context' but no year given")
    elif basis == "none" and year is not None:
        raise row.error("year", "year_basis is 'none' but a year is given")


def read_figures(rows: list[Row], registry: dict) -> list[dict]:
    """Figures as written (the article's and users' own): parse each, keep its text."""
    out = []
    for row in rows:
        source = source_of(row, registry)
        measure = code(row, "measure", MEASURES)
        basis = code(row, "year_basis", YEAR_BASES)
        year = year_cell(row, "year")
        check_written_year(row, year, basis)
        figure = read_figure(row, measure, year)
        obs = observation(
            obs_id=row["obs_id"],
            source_id=row["source_id"],
            locator=text_cell(row, "locator"),
            as_written=row["as_written"],
            period_as_written=row["period_as_written"],
            year_basis=basis,
            economy=code(row, "economy", ECONOMIES),
            partner=code(row, "partner", ECONOMIES),
            flow=code(row, "flow", FLOWS),
            measure=measure,
            commodity=text_cell(row, "commodity", False) or None,
            year=year,
            period=period_cell(row, "period"),
            base_year=year_cell(row, "base_year"),
            base_year_to=year_cell(row, "base_year_to"),
            base_partner=code(row, "base_partner", ECONOMIES, False) or None,
            base_flow=code(row, "base_flow", FLOWS, False) or None,
            value=figure.value,
            unit=figure.unit,
            currency=figure.currency,
            bound=figure.bound,
            low=figure.low,
            high=figure.high,
            status="stated",
            reported_by=code(row, "reported_by", REPORTERS, False) or source["reporter"],
            claim=code(row, "claim", CLAIMS, False) or None,
            note=row["note"] or None,
        )
        check_economy_year(row, obs)
        if measure == "commodity_share":
            check_category(row, "commodity")
        out.append(obs | {ROW_KEY: (row, "as_written")})
    return out


def check_category(row: Row, column: str) -> None:
    if row[column] not in MAPPINGS:
        raise row.error(
            column, "unknown commodity category: add it to rjtrade/categories.py (MAPPINGS)"
        )


def check_economy_year(row: Row, obs: dict) -> None:
    """USSR figures end in 1991 and Russia's start in 1992: the two are never mixed up."""
    year = obs["year"]
    if year is None:
        return
    for column in ("economy", "partner"):
        if obs[column] == "SUN" and year > USSR_LAST_YEAR:
            raise row.error(column, f"the USSR (SUN) has no figures for {year}; use RUS")
        if obs[column] == "RUS" and year <= USSR_LAST_YEAR:
            raise row.error(
                column, f"Russia (RUS) reports from {USSR_LAST_YEAR + 1}; use SUN for {year}"
            )


# --- published tables -----------------------------------------------------------------
def published_period(row: Row) -> tuple[int | None, str]:
    """'1958' -> (1958, 'annual'); '2002-01/2002-06' -> (2002, 'jan-jun'); '1961/1988' -> (None, '1961-1988')."""
    text = row["period"]
    if re.fullmatch(r"\d{4}", text):
        return year_cell(row, "period"), "annual"
    m = re.fullmatch(r"(\d{4})/(\d{4})", text)
    if m and YEAR_MIN <= int(m[1]) < int(m[2]) <= YEAR_MAX:
        return None, f"{m[1]}-{m[2]}"
    m = re.fullmatch(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})", text)
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
    """The number in the text as written must be the value recorded; returns its rounding half-unit."""
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
        low, high = admitted(value, half, BOUND_QUALIFIER[bound])
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
            value=value,
            unit=unit,
            currency=currency,
            bound=bound,
            low=low,
            high=high,
            status="stated",
            reported_by=registry[row["source_id"]]["reporter"],
            note=row["note"] or None,
        )
        check_economy_year(row, obs)
        out.append(obs)
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
        low, high = admitted(share, half, BOUND_QUALIFIER[bound])
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
            status="stated",
            reported_by=registry[row["source_id"]]["reporter"],
            note=row["note"] or None,
        )
        obs = observation(
            **common,
            obs_id=row["figure_id"],
            as_written=f"{row['share_pct']}%",
            measure="commodity_share",
            value=share,
            unit="percent",
            bound=bound,
            low=low,
            high=high,
        )
        check_economy_year(row, obs)
        out.append(obs | {ROW_KEY: (row, "share_pct")})
        if row["value"]:
            value, vhalf, unit, currency = published_number(row, "value", "unit")
            vlow, vhigh = admitted(value, vhalf, BOUND_QUALIFIER[bound])
            money = observation(
                **common,
                obs_id=f"{row['figure_id']}_value",
                as_written=f"{row['value']} {row['unit']}",
                measure="value",
                value=value,
                unit=unit,
                currency=currency,
                bound=bound,
                low=vlow,
                high=vhigh,
            )
            out.append(money)
    return out


# --- events -----------------------------------------------------------------------------
def read_events(rows: list[Row], registry: dict) -> list[dict]:
    """Dated events with their date as written; the ISO date must be what the text says."""
    out = []
    for row in rows:
        source_of(row, registry)
        try:
            parsed = parse_date(row["date_as_written"])
        except ParseError as exc:
            raise row.error("date_as_written", str(exc)) from None
        if parsed != row["date_iso"]:
            raise row.error("date_iso", f"the date as written reads {parsed}")
        if row["flag"] not in ("", "two_dates"):
            raise row.error("flag", "unknown flag (allowed: two_dates)")
        out.append({c: row[c] for c in EVENT_COLUMNS} | {"year": int(parsed[:4])})
    for row, event in zip(rows, out, strict=False):
        others = [e["date_iso"] for e in out if e["event_id"] == event["event_id"]]
        if (
            any(not dates_agree(event["date_iso"], other) for other in others)
            and event["flag"] != "two_dates"
        ):
            raise row.error(
                "flag", "the source gives this event two different dates: flag each 'two_dates'"
            )
    return out


def dates_agree(a: str, b: str) -> bool:
    """'1991-12' agrees with '1991-12-27'; '1993-10' does not agree with '1993-11-11/1993-11-13'."""
    return any(x.startswith(y) or y.startswith(x) for x in a.split("/") for y in b.split("/"))


SHARE_GROUP = ("source_id", "economy", "partner", "flow", "period", "year")


def share_groups(observations: list[dict]) -> dict[tuple, list[dict]]:
    """Commodity shares by the flow they divide: source, economy, partner, flow, period and year."""
    groups: dict[tuple, list[dict]] = {}
    for obs in observations:
        if obs["measure"] == "commodity_share":
            groups.setdefault(tuple(obs[k] for k in SHARE_GROUP), []).append(obs)
    return groups


def check_share_totals(observations: list[dict]) -> None:
    """Commodity shares of one flow, source and period may not add up to more than 100 %."""
    for group in share_groups(observations).values():
        lowest = sum(o["low"] for o in group)
        if lowest > 100:
            row, column = group[-1][ROW_KEY]
            raise InputError(
                row.file,
                row.number,
                column,
                f"{lowest:g} %",
                f"the {len(group)} shares of this flow ({', '.join(o['obs_id'] for o in group)}) "
                "add up to more than 100 %, reading each at its lowest",
            )


ROW_KEY = "_row"  # where an observation was read: (Row, column), for errors across rows

LAYOUTS = {
    "sources": SOURCE_COLUMNS,
    "figures": ARTICLE_FIGURE_COLUMNS,
    "published_figures": PUBLISHED_FIGURE_COLUMNS,
    "published_composition": PUBLISHED_COMPOSITION_COLUMNS,
    "events": EVENT_COLUMNS,
}
ID_COLUMN = {
    "sources": "source_id",
    "figures": "obs_id",
    "published_figures": "figure_id",
    "published_composition": "figure_id",
    "events": None,
}
