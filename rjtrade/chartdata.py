"""What each chart shows, computed from the library tables as plain Python values.

Each function returns a dict of numbers, strings and lists of row dicts (no pandas
objects), which rjtrade/figures.py draws. Keeping the two apart lets a process draw
the charts with matplotlib alone, and lets a test read what a chart shows without
drawing it.
"""

from __future__ import annotations

import math

import pandas as pd

from .commodities import OTHER, commodity_shares, structure_measure
from .obstable import events as load_events
from .obstable import observations, records, source_registry
from .series import annual_series, cagr, interpolated, known_levels, year_on_year

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


def source_names(source_ids) -> str:
    """The publishers of the given sources, each once, in order: for a chart's footnote."""
    registry = source_registry()
    publishers = dict(zip(registry["source_id"], registry["publisher"], strict=False))
    names = [
        "the Thai article" if sid == "article_th" else publishers[sid].split(" (")[0]
        for sid in source_ids
        if isinstance(sid, str)
    ]
    return ", ".join(dict.fromkeys(names))


def levels(rows: pd.DataFrame) -> list[dict]:
    """Rows of a series as the points a chart draws: year, value, interval, status."""
    return records(rows[["year", "value_usd", "low", "high", "status", "period"]])


def _turnover(series: pd.DataFrame) -> dict:
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
        "sources": source_names(annual["source_id"]),
    }


def growth(series: pd.DataFrame | None = None, events: pd.DataFrame | None = None) -> dict:
    """Russia(USSR)–Japan turnover 1960–2014, interpolated stretches, growth rates and events."""
    series = annual_series("RUS", "JPN", interpolate=True) if series is None else series
    events = load_events() if events is None else events
    by_year = known_levels(series)["value_usd"]
    rates = []
    for start, end in GROWTH_STRETCHES:
        try:
            rate = cagr(series, start, end)
        except KeyError:
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
    return _turnover(series) | {
        "partial": levels(partial),
        "rates": rates,
        "events": records(shown[["year", "event"]]),
    }


def _dip_panel(series: pd.DataFrame, title: str) -> dict:
    turnover = series[
        (series["flow"] == "turnover")
        & (series["period"] == "annual")
        & series["year"].isin(DIP_YEARS)
    ]
    fall = year_on_year(series)
    fall = fall[fall["year"] == 2009]
    if not fall.empty:
        f = fall.iloc[0]
        title += (
            f"\n2009 on 2008: {f['high']:+.0f} % or lower"
            if f["low"] <= -99.9
            else f"\n2009 on 2008: {f['growth_pct']:+.1f} % [{f['low']:+.1f}, {f['high']:+.1f}]"
        )
    return {
        "title": title,
        "rows": levels(turnover),
        "top": float(turnover["value_usd"].max()) * 1.3,
        "source_ids": turnover["source_id"].tolist(),
    }


def dip(rus: pd.DataFrame | None = None, chn: pd.DataFrame | None = None) -> dict:
    """The 2009 fall: Russia–Japan beside Japan–China, 2006–2010."""
    rus = annual_series("RUS", "JPN") if rus is None else rus
    chn = annual_series("JPN", "CHN") if chn is None else chn
    panels = [_dip_panel(rus, "Russia–Japan"), _dip_panel(chn, "Japan–China")]
    return {
        "years": list(DIP_YEARS),
        "panels": panels,
        "sources": source_names(panels[0]["source_ids"] + panels[1]["source_ids"]),
    }


def china(
    rus: pd.DataFrame | None = None,
    chn: pd.DataFrame | None = None,
    obs: pd.DataFrame | None = None,
) -> dict:
    """Japan–China against Japan–Russia turnover, their ratio, and the share figures."""
    rus = annual_series("RUS", "JPN") if rus is None else rus
    chn = annual_series("JPN", "CHN") if chn is None else chn
    obs = observations() if obs is None else obs
    r = known_levels(rus)
    r = r[r.index >= 1978]
    c = known_levels(chn)
    both = sorted(set(r.index) & set(c.index))
    mid = c.loc[both, "value_usd"] / r.loc[both, "value_usd"]
    low = (c.loc[both, "low"] / r.loc[both, "high"]).fillna(
        0.0
    )  # over a "more than" figure: down to 0
    high = (c.loc[both, "high"] / r.loc[both, "low"]).clip(upper=100)
    labels = dict(SHARE_ROWS)
    shares = obs[obs["obs_id"].isin(labels)].set_index("obs_id")
    return {
        "rus": levels(r.reset_index()),
        "chn": levels(c.reset_index()),
        "ratio": {
            "years": [int(y) for y in both],
            "mid": mid.tolist(),
            "low": low.tolist(),
            "high": high.tolist(),
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
        "sources": source_names(pd.concat([r, c])["source_id"]),
    }


def structure(shares: pd.DataFrame | None = None) -> dict:
    """The article's shares by flow (stated categories first, then the remainder) and the primary share by source."""
    shares = commodity_shares(with_values=False) if shares is None else shares
    article = shares[shares["source_id"] == "article_th"]
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
                "label": f"{'exports' if m['russia_flow'] == 'export' else 'imports'}: {source_names([m['source_id']])}, "
                f"{'period not stated' if m['reference_period'].startswith('not') else m['reference_period']}",
            }
            for m in records(measure)
        ],
        "sources": source_names(shares["source_id"]),
    }


def partial_year(rus: pd.DataFrame | None = None, obs: pd.DataFrame | None = None) -> dict:
    """January–September 2014 against January–September 2013, with the stated growth rates."""
    rus = annual_series("RUS", "JPN") if rus is None else rus
    obs = observations() if obs is None else obs
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


def timeline(series: pd.DataFrame | None = None, events: pd.DataFrame | None = None) -> dict:
    """Every event of the article's timeline, one row each in date order, with the trade turnover beneath."""
    series = annual_series("RUS", "JPN", interpolate=True) if series is None else series
    events = load_events() if events is None else events
    rows = []
    for _, dates in events.groupby("event_id", sort=False):
        first = dates.iloc[0]
        years = sorted({part[:4] for part in first["date_iso"].split("/")})
        label = f"{'–'.join(years)} {first['event']}"
        if (dates["flag"] == "two_dates").any():
            label += f" (the article gives two dates: {' and '.join(d.replace('/', ' to ') for d in dates['date_iso'])})"
        rows.append({"year": int(first["year"]), "label": label})
    return _turnover(series) | {"events": sorted(rows, key=lambda row: row["year"])}


def chart_data(names) -> dict[str, dict]:
    """What each named chart shows, the library tables computed once."""
    rus, chn, obs = annual_series("RUS", "JPN"), annual_series("JPN", "CHN"), observations()
    filled = interpolated(rus)
    compute = {
        "growth_1960_2014": lambda: growth(filled),
        "dip_2009": lambda: dip(rus, chn),
        "japan_vs_china": lambda: china(rus, chn, obs),
        "commodity_structure": structure,
        "jan_sep_2014": lambda: partial_year(rus, obs),
        "timeline_1855_2014": lambda: timeline(filled),
    }
    return {name: compute[name]() for name in names}
