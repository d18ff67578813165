"""What each chart shows, computed from the library tables as plain Python values.

Each function takes the tables (ChartTables) and returns a dict of numbers, strings
and lists of row dicts, which rjtrade/outputs/figures.py draws. Keeping the two apart
lets a test read what a chart shows without drawing it, and footnotes come from the
same rows the chart draws.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np
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
DIP_SPAN = 10.0  # each dip panel's log axis spans this factor, so equal falls look equal
MINUS = "\u2212"  # the typographic minus sign
JAPAN_FOR_RUSSIA = "Japan's weight for the USSR/Russia"
RUSSIA_FOR_JAPAN = "the USSR/Russia's weight for Japan"
SHARE_ROWS = (  # (obs_id, group, label): shares of one side's trade, grouped by whose trade
    ("th_share_rus_trade", JAPAN_FOR_RUSSIA, "share of Russia's trade ('currently', article)"),
    ("su_jp_1960_share", JAPAN_FOR_RUSSIA, "share of USSR trade, 1960 (Soviet figures)"),
    ("su_jp_1988_share", JAPAN_FOR_RUSSIA, "share of USSR trade, 1988 (Soviet figures)"),
    ("th_share_fdi", JAPAN_FOR_RUSSIA, "share of foreign investment in Russia (article)"),
    ("th_share_jpn_trade", RUSSIA_FOR_JAPAN, "share of Japan's trade (article)"),
    ("ru_jp_2001_share", RUSSIA_FOR_JAPAN, "share of Japan's trade, 2001 (ERINA)"),
)
PARTIAL_FLOWS = ("export", "import", "turnover")
PARTIAL_LABELS = ("Russia's exports to Japan", "Russia's imports from Japan", "turnover")


def signed(value: float, decimals: int = 1) -> str:
    """A signed number with a true minus sign: +12.7, \u221220.1."""
    return f"{value:+.{decimals}f}".replace("-", MINUS)


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
    columns = [
        "year",
        "value_usd",
        "low",
        "high",
        "bound",
        "status",
        "period",
        "source_id",
        "obs_ids",
    ]
    return records(rows[columns])


def line_segments(rows: pd.DataFrame) -> list[dict]:
    """The connecting lines of one economy's annual values: solid between consecutive known
    years, dotted where the stretch passes through interpolated years."""
    points = records(rows.sort_values("year")[["year", "value_usd", "status"]])
    segments: list[dict] = []
    for first, last in itertools.pairwise(points):
        if last["year"] - first["year"] > 1:  # a gap nothing fills: no line
            continue
        kind = "interpolated" if "interpolated" in (first["status"], last["status"]) else "known"
        if (
            segments
            and segments[-1]["kind"] == kind
            and segments[-1]["years"][-1] == first["year"]
        ):
            segments[-1]["years"].append(last["year"])
            segments[-1]["values"].append(last["value_usd"])
        else:
            segments.append(
                {
                    "kind": kind,
                    "years": [first["year"], last["year"]],
                    "values": [first["value_usd"], last["value_usd"]],
                }
            )
    return segments


def _turnover(tables: ChartTables, series: pd.DataFrame) -> dict:
    """Annual turnover as a chart draws it: connecting lines per economy (never across the
    USSR/Russia break), the stated and derived levels, and the sources named."""
    annual = series[(series["flow"] == "turnover") & (series["period"] == "annual")]
    filled = annual[annual["status"] != "missing"]
    return {
        "lines": [
            {"economy": economy, **segment}
            for economy, part in filled.groupby("economy")
            for segment in line_segments(part)
        ],
        "levels": levels(known_levels(series).reset_index()),
        "sources": source_names(tables, annual["source_id"]),
    }


def growth(tables: ChartTables) -> dict:
    """Russia(USSR)–Japan turnover 1960–2014, interpolated stretches, growth rates and events."""
    series, events = tables.russia_japan_filled, tables.events
    known = known_levels(series)
    rates = []
    for start, end in GROWTH_STRETCHES:
        try:
            rate = cagr(series, start, end)
        except (KeyError, SeriesBreakError):  # a year unknown, or two reporters: no rate drawn
            continue
        span = known[(known.index >= start) & (known.index <= end)]
        rates.append(
            {
                "start": start,
                "end": end,
                "cagr_pct": float(rate["cagr_pct"]),
                "low": float(rate["low"]),
                "high": float(rate["high"]),
                "top": float(span["value_usd"].max()),  # the bracket is drawn above this
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
            f"\n2009 on 2008: {signed(fall['high'], 0)} % or lower"
            if fall["low"] <= -99.9
            else f"\n2009 on 2008: {signed(fall['growth_pct'])} %"
            f" ({signed(fall['low'])} to {signed(fall['high'])})"
        )
    rows = levels(turnover)
    known = turnover["value_usd"].dropna()
    centre = math.sqrt(float(known.min()) * float(known.max()))
    return {
        "title": title,
        "rows": rows,
        "derivations": derivations(tables, rows, title.split("\n")[0]),
        "ylim": (centre / math.sqrt(DIP_SPAN), centre * math.sqrt(DIP_SPAN)),
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
    obs = tables.observations
    shares = obs[obs["obs_id"].isin([row[0] for row in SHARE_ROWS])].set_index("obs_id")
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
                "group": group,
                "label": label,
                "value": float(shares.loc[i, "value"]),
                "source_id": shares.loc[i, "source_id"],
                "at_most": shares.loc[i, "bound"] == "at_most",
            }
            for i, group, label in SHARE_ROWS
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
    years = measure["reference_period"].str.extract(r"((?:19|20)\d\d)", expand=False).dropna()
    return {
        "other_years": (int(years.min()), int(years.max())),
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
                "flow": label,
                "value": float(partial.loc[(flow, 2014), "value_usd"]),
                "growth_pct": float(growth_rates.loc[flow, "value"]),
            }
            for flow, label in zip(PARTIAL_FLOWS, PARTIAL_LABELS, strict=True)
        ],
        "top": float(partial["value_usd"].max()) * 1.25,
    }


def _dates(dates: pd.DataFrame) -> str:
    """The dates of one event as the article gives them: 'A and B' where it gives two."""
    return " and ".join(d.replace("/", " to ") for d in dates["date_iso"])


def timeline(tables: ChartTables) -> dict:
    """Every event of the article's timeline, one row each in date order, with turnover beneath.

    An event "X begins" is folded into the row of event "X" (the war and its start are one
    row), with the start's dates said in that row."""
    series, events = tables.russia_japan_filled, tables.events
    groups = dict(list(events.groupby("event_id", sort=False)))
    names = {dates.iloc[0]["event"]: event_id for event_id, dates in groups.items()}
    starts = {
        names[name.removesuffix(" begins")]: event_id
        for name, event_id in names.items()
        if name.endswith(" begins") and name.removesuffix(" begins") in names
    }
    rows = []
    for event_id, dates in groups.items():
        if event_id in starts.values():
            continue
        first = dates.iloc[0]
        years = sorted({part[:4] for part in first["date_iso"].split("/")})
        label = f"{'–'.join(years)} {first['event']}"
        if event_id in starts:
            start = groups[starts[event_id]]
            two = (start["flag"] == "two_dates").any()
            label += f" (begins {_dates(start)}{': the article gives two dates' if two else ''})"
        elif (dates["flag"] == "two_dates").any():
            label += f" (the article gives two dates: {_dates(dates)})"
        rows.append({"year": int(first["year"]), "label": label})
    return _turnover(tables, series) | {"events": sorted(rows, key=lambda row: row["year"])}


# --- each chart's data as one long table: the CSV written beside the chart ------------


def long_table(parts: dict[str, list[dict]]) -> pd.DataFrame:
    """Rows of several kinds in one table, the first column saying which part each row is.
    Open upper bounds (inf) are left empty: the bound column says 'at_least'."""
    frames = [pd.DataFrame(rows).assign(series=name) for name, rows in parts.items() if rows]
    table = pd.concat(frames, ignore_index=True)
    table = table[["series", *[c for c in table.columns if c != "series"]]]
    return table.replace([np.inf, -np.inf], np.nan)


def csv_bytes(table: pd.DataFrame) -> bytes:
    """A chart's data as CSV: ten significant digits at most, so no float noise."""
    text = table.to_csv(index=False, lineterminator="\n", float_format="%.10g")
    return text.encode("utf-8")


def _lines_table(lines: list[dict]) -> list[dict]:
    return [
        {"economy": line["economy"], "line": line["kind"], "year": year, "value_usd": value}
        for line in lines
        for year, value in zip(line["years"], line["values"], strict=True)
        if line["kind"] == "interpolated"
    ]


def growth_table(data: dict) -> pd.DataFrame:
    """The growth chart's points, interpolated values, growth rates and events."""
    return long_table(
        {
            "turnover, annual": data["levels"],
            "turnover, partial year": data["partial"],
            "turnover, interpolated line": _lines_table(data["lines"]),
            "compound annual growth, percent": data["rates"],
            "event": data["events"],
        }
    )


def dip_table(data: dict) -> pd.DataFrame:
    """The dip chart's bars: turnover 2006–2010 of each pair."""
    return long_table(
        {panel["title"].split("\n")[0]: panel["rows"] for panel in data["panels"]}
    ).drop(columns=["ylim"], errors="ignore")


def china_table(data: dict) -> pd.DataFrame:
    """The Japan-vs-China chart's levels, ratios and shares."""
    ratio = data["ratio"]
    ratios = [
        {"year": year, "value": mid, "low": low, "high": high}
        for year, mid, low, high in zip(
            ratio["years"], ratio["mid"], ratio["low"], ratio["high"], strict=True
        )
    ]
    return long_table(
        {
            "Russia–Japan turnover": data["rus"],
            "Japan–China turnover": data["chn"],
            "Japan–China / Russia–Japan": ratios,
            "share, percent": data["shares"],
        }
    )


def structure_table(data: dict) -> pd.DataFrame:
    """The structure chart's shares (the article's) and primary-share intervals (every source)."""
    return long_table(
        {
            "article: Russia's exports to Japan, percent": data["flows"]["export"],
            "article: Russia's imports from Japan, percent": data["flows"]["import"],
            "primary share, percent": data["measure"],
        }
    )


def partial_year_table(data: dict) -> pd.DataFrame:
    """The January–September chart's bars and growth labels."""
    bars = [
        {"year": bar["year"], "flow": flow, "derived": bar["derived"], **row}
        for bar in data["years"]
        for flow, row in zip(PARTIAL_LABELS, bar["rows"], strict=True)
    ]
    return long_table({"January–September": bars, "growth 2014 on 2013, percent": data["labels"]})


def timeline_table(data: dict) -> pd.DataFrame:
    """The timeline's events and turnover points."""
    return long_table({"event": data["events"], "turnover, annual": data["levels"]})
