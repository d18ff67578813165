"""Figures as written (the article's and users' own): each parsed, its text and locator kept."""

from __future__ import annotations

from ..errors import ParseError
from ..parse import (
    parse_amount,
    parse_multiple,
    parse_rank,
    parse_years,
    read_percent,
)
from ..schema import (
    CLAIMS,
    ECONOMIES,
    FLOWS,
    MEASURES,
    REPORTERS,
    YEAR_BASES,
)
from .cells import (
    ROW_KEY,
    check_category,
    check_economy_year,
    code,
    observation,
    period_cell,
    source_of,
    text_cell,
    year_cell,
)
from .csvfile import Row

PERCENT_MEASURES = ("growth", "avg_annual_growth", "share_of_total", "commodity_share")
SHARE_MEASURES = ("share_of_total", "commodity_share")


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
            **figure.stated(),
            reported_by=code(row, "reported_by", REPORTERS, False) or source["reporter"],
            claim=code(row, "claim", CLAIMS, False) or None,
            note=row["note"] or None,
        )
        check_economy_year(row, obs)
        if measure == "commodity_share":
            check_category(row, "commodity")
        out.append(obs | {ROW_KEY: (row, "as_written")})
    return out
