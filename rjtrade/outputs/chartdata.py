"""What each chart shows, computed from the library tables as plain Python values.

Each function takes the tables (ChartTables) and returns a dict of numbers, strings
and lists of row dicts, which rjtrade/outputs/figures.py draws. Keeping the two apart
lets a test read what a chart shows without drawing it, and footnotes come from the
same rows the chart draws.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from ..analyses.commodities import OTHER, commodity_shares, structure_measure
from ..analyses.series import (
    SeriesBreakError,
    annual_series,
    cagr,
    interpolated,
    known_levels,
    ratio_by_year,
    year_on_year,
)
from ..records import records
from ..schema import PRIMARY_SOURCE


@dataclass(frozen=True)
class ChartTables:
    """The tables the charts draw from, computed once for all of them."""

    observations: pd.DataFrame
    sources: pd.DataFrame
    events: pd.DataFrame
    russia_japan: pd.DataFrame
    russia_japan_filled: pd.DataFrame
    japan_china: pd.DataFrame
    shares: pd.DataFrame


def chart_tables(obs: pd.DataFrame, sources: pd.DataFrame, events: pd.DataFrame) -> ChartTables:
    """The series and shares every chart needs, from the observation, sources and events tables."""
    russia_japan = annual_series(obs, "RUS", "JPN")
    return ChartTables(
        observations=obs,
        sources=sources,
        events=events,
        russia_japan=russia_japan,
        russia_japan_filled=interpolated(russia_japan),
        japan_china=annual_series(obs, "JPN", "CHN"),
        shares=commodity_shares(obs, with_values=False),
    )


TIMELINE_EVENTS = (
    "first_trade_agreement",
    "five_year_agreements",
    "siberia_cooperation",
    "recognition_of_russia",
    "tokyo_declaration",
    "sakhalin_lng_plant",
)
GROWTH_STRETCHES = ((1960, 1982), (1995, 2001), (2003, 2007), (2009, 2013))
DIP_YEARS = tuple(range(2006, 2011))
SHARE_ROWS = (
    ("th_share_rus_trade", "Japan's share of Russia's trade ('currently', article)"),
    ("th_share_fdi", "Japan's share of foreign investment in Russia (article)"),
    ("th_share_jpn_trade", "Russia's share of Japan's trade (article)"),
    ("su_jp_1960_share", "Japan's share of USSR trade, 1960 (Soviet figures)"),
    ("su_jp_1988_share", "Japan's share of USSR trade, 1988 (Soviet figures)"),
    ("ru_jp_2001_share", "Russia's share of Japan's trade, 2001 (ERINA)"),
)
PARTIAL_FLOWS = ("export", "import", "turnover")


def source_name(tables: ChartTables, source_id: str) -> str:
    """A source's publisher as a footnote names it."""
    if source_id == PRIMARY_SOURCE:
        return "the Thai article"
    publisher = tables.sources.set_index("source_id").loc[source_id, "publisher"]
    return publisher.split(" (")[0]


def source_names(tables: ChartTables, source_ids) -> str:
    """The publishers of the given sources, each once, in order: for a chart's footnote."""
    names = [source_name(tables, sid) for sid in source_ids if isinstance(sid, str)]
    return ", ".join(dict.fromkeys(names))


def derivations(tables: ChartTables, rows: list[dict], pair: str) -> list[str]:
    """How each derived row was derived, from the statement it rests on: for a footnote."""
    obs = tables.observations.set_index("obs_id")
    notes = []
    for row in rows:
        if row["status"] != "derived" or row["obs_ids"] not in obs.index:
            continue
        relation = obs.loc[row["obs_ids"], "derived_from"].split(";")[-1]
        stated = obs.loc[relation]
        source = source_name(tables, stated["source_id"])
        notes.append(f"{pair} {row['year']} from {source}'s {stated['as_written']!r}")
    return notes


def levels(rows: pd.DataFrame) -> list[dict]:
    """Rows of a series as the points a chart draws: year, value, interval, status, source."""
    columns = ["year", "value_usd", "low", "high", "status", "period", "source_id", "obs_ids"]
    return records(rows[columns])


def _turnover(tables: ChartTables, series: pd.DataFrame) -> dict:
    """Annual turnover as a chart draws it: dotted lines per economy (interpolated years included),
    the stated and derived levels, and the sources named."""
    annual = series[(series["flow"] == "turnover") & (series["period"] == "annual")]
    filled = annual[annual["status"] != "missing"].sort_values("year")
    return {
        "lines": [
            {
                "economy": economy,
                "years": part["year"].tolist(),
                "values": part["value_usd"].tolist(),
            }
            for economy, part in filled.groupby("economy")
        ],
        "levels": levels(known_levels(series).reset_index()),
        "sources": source_names(tables, annual["source_id"]),
    }


def growth(tables: ChartTables) -> dict:
    """Russia(USSR)–Japan turnover 1960–2014, interpolated stretches, growth rates and events."""
    series, events = tables.russia_japan_filled, tables.events
    by_year = known_levels(series)["value_usd"]
    rates = []
    for start, end in GROWTH_STRETCHES:
        try:
            rate = cagr(series, start, end)
        except (KeyError, SeriesBreakError):  # a year unknown, or two reporters: no rate drawn
            continue
        rates.append(
            {
                "start": start,
                "end": end,
                "cagr_pct": float(rate["cagr_pct"]),
                "x": math.sqrt(start * end),
                "y": math.sqrt(float(by_year[start]) * float(by_year[end])),
            }
        )
    shown = events[events["event_id"].isin(TIMELINE_EVENTS)].drop_duplicates("event_id")
    partial = series[(series["flow"] == "turnover") & (series["period"] != "annual")]
    return _turnover(tables, series) | {
        "partial": levels(partial),
        "rates": rates,
        "events": records(shown[["year", "event"]]),
    }


def _dip_panel(tables: ChartTables, series: pd.DataFrame, title: str) -> dict:
    turnover = series[
        (series["flow"] == "turnover")
        & (series["period"] == "annual")
        & series["year"].isin(DIP_YEARS)
    ]
    change = year_on_year(series)
    change = change[change["year"] == 2009]
    if not change.empty:
        fall = change.iloc[0]
        title += (
            f"\n2009 on 2008: {fall['high']:+.0f} % or lower"
            if fall["low"] <= -99.9
            else f"\n2009 on 2008: {fall['growth_pct']:+.1f} %"
            f" [{fall['low']:+.1f}, {fall['high']:+.1f}]"
        )
    rows = levels(turnover)
    return {
        "title": title,
        "rows": rows,
        "derivations": derivations(tables, rows, title.split("\n")[0]),
        "top": float(turnover["value_usd"].max()) * 1.3,
        "source_ids": turnover["source_id"].tolist(),
    }


def dip(tables: ChartTables) -> dict:
    """The 2009 fall: Russia–Japan beside Japan–China, 2006–2010."""
    panels = [
        _dip_panel(tables, tables.russia_japan, "Russia–Japan"),
        _dip_panel(tables, tables.japan_china, "Japan–China"),
    ]
    return {
        "years": list(DIP_YEARS),
        "panels": panels,
        "sources": source_names(tables, panels[0]["source_ids"] + panels[1]["source_ids"]),
        "derivations": panels[0]["derivations"] + panels[1]["derivations"],
    }


def context_years(tables: ChartTables, rows: list[dict]) -> list[str]:
    """Figures whose year the source does not write (taken from context): for a footnote."""
    obs = tables.observations.set_index("obs_id")
    notes = []
    for row in rows:
        if row["obs_ids"] in obs.index and obs.loc[row["obs_ids"], "year_basis"] == "context":
            source = source_name(tables, row["source_id"])
            notes.append(
                f"{source} {row['value_usd'] / 1e9:g} bn, year from context: {row['year']}"
            )
    return notes


def china(tables: ChartTables) -> dict:
    """Japan–China against Japan–Russia turnover, their ratio, and the share figures."""
    russia = known_levels(tables.russia_japan)
    russia = russia[russia.index >= 1978]
    china_levels = known_levels(tables.japan_china)
    ratio = ratio_by_year(tables.japan_china, tables.russia_japan)
    ratio = ratio[ratio["year"] >= 1978]
    labels = dict(SHARE_ROWS)
    obs = tables.observations
    shares = obs[obs["obs_id"].isin(labels)].set_index("obs_id")
    chn_rows = levels(china_levels.reset_index())
    return {
        "rus": levels(russia.reset_index()),
        "chn": chn_rows,
        "ratio": {
            "years": ratio["year"].astype(int).tolist(),
            "mid": ratio["ratio"].tolist(),
            "low": ratio["low"].tolist(),
            "high": ratio["high"].clip(upper=100).tolist(),  # over a level near 0: drawn to 100
        },
        "shares": [
            {
                "label": labels[i],
                "value": float(shares.loc[i, "value"]),
                "source_id": shares.loc[i, "source_id"],
                "at_most": shares.loc[i, "bound"] == "at_most",
            }
            for i in labels
            if i in shares.index
        ],
        "sources": source_names(tables, pd.concat([russia, china_levels])["source_id"]),
        "context_years": context_years(tables, chn_rows),
    }


def structure_label(tables: ChartTables, measure: dict) -> str:
    """'exports: <source>, <period>' for one row of the structure measure."""
    flow = "exports" if measure["russia_flow"] == "export" else "imports"
    period = measure["reference_period"]
    period = "period not stated" if period.startswith("not") else period
    return f"{flow}: {source_names(tables, [measure['source_id']])}, {period}"


def structure(tables: ChartTables) -> dict:
    """The article's shares by flow (stated first, then the remainder), primary share by source."""
    shares = tables.shares
    article = shares[shares["source_id"] == PRIMARY_SOURCE]
    flows = {}
    for flow in ("export", "import"):
        rows = article[article["russia_flow"] == flow]
        rows = pd.concat([rows[rows["category"] != OTHER], rows[rows["category"] == OTHER]])
        flows[flow] = records(rows[["category", "class", "share_pct"]])
    measure = structure_measure(shares).sort_values(["russia_flow", "reference_period"])
    return {
        "flows": flows,
        "measure": [
            {
                "russia_flow": m["russia_flow"],
                "primary_low": m["primary_low"],
                "primary_high": m["primary_high"],
                "label": structure_label(tables, m),
            }
            for m in records(measure)
        ],
        "sources": source_names(tables, shares["source_id"]),
    }


def partial_year(tables: ChartTables) -> dict:
    """January–September 2014 against January–September 2013, with the stated growth rates."""
    rus, obs = tables.russia_japan, tables.observations
    partial = rus[rus["period"] == "jan-sep"].set_index(["flow", "year"])
    growth_rates = obs[(obs["measure"] == "growth") & (obs["period"] == "jan-sep")].set_index(
        "flow"
    )
    years = []
    for year in (2013, 2014):
        rows = partial.xs(year, level="year").loc[list(PARTIAL_FLOWS)]
        years.append(
            {
                "year": year,
                "derived": bool((rows["status"] == "derived").all()),
                "rows": records(rows[["value_usd", "low", "high"]]),
            }
        )
    return {
        "years": years,
        "labels": [
            {
                "value": float(partial.loc[(flow, 2014), "value_usd"]),
                "growth_pct": float(growth_rates.loc[flow, "value"]),
            }
            for flow in PARTIAL_FLOWS
        ],
        "top": float(partial["value_usd"].max()) * 1.25,
    }


def timeline(tables: ChartTables) -> dict:
    """Every event of the article's timeline, one row each in date order, with turnover beneath."""
    series, events = tables.russia_japan_filled, tables.events
    rows = []
    for _, dates in events.groupby("event_id", sort=False):
        first = dates.iloc[0]
        years = sorted({part[:4] for part in first["date_iso"].split("/")})
        label = f"{'–'.join(years)} {first['event']}"
        if (dates["flag"] == "two_dates").any():
            both = " and ".join(d.replace("/", " to ") for d in dates["date_iso"])
            label += f" (the article gives two dates: {both})"
        rows.append({"year": int(first["year"]), "label": label})
    return _turnover(tables, series) | {"events": sorted(rows, key=lambda row: row["year"])}
