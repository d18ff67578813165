"""Annual series 1960–2014 from scattered observations, with growth tools on intervals.

Choosing among several figures for one year and flow follows one written rule
(SELECTION_RULE); the figures not chosen stay visible in `alternatives`, never
averaged. The USSR (SUN, to 1991) and Russia (RUS, from 1992) are joined only
when asked for as "RUS", and every row says which economy it is. Mirror figures
(Japan's imports from Russia for Russia's exports to Japan) are used only where
the economy's own side gives nothing, and say so in `reported_by`.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd

from .. import arguments
from ..errors import RjtradeError
from ..intervals import INF, add, divide, ratio_to_percent, scale
from ..records import group_by, records
from ..schema import (
    GROWTH_COLUMNS,
    INDEX_COLUMNS,
    MIRROR_COLUMNS,
    MIRROR_FLOW,
    PRIMARY_SOURCE,
    RATIO_COLUMNS,
    SERIES_COLUMNS,
    TRADE_FLOWS,
    economy_in,
)

SELECTION_RULE = (
    "For each year, flow and period: (1) a figure whose year is written before one whose year "
    "is taken from context; (2) the article before other sources; (3) the economy's own side "
    "before mirror figures from the partner's side; (4) figures reported by the economy itself "
    "before third-party or unstated ones; (5) stated before derived; (6) exact before 'about' "
    "before open bounds; (7) the narrower interval. Turnover missing where exports and imports "
    "are both known from one source is derived as their sum."
)
BOUND_RANK = {"exact": 0, "about": 1, "at_least": 2, "at_most": 2}
JOINED = {"RUS": "USSR (SUN) to 1991 and Russia (RUS) from 1992, joined explicitly"}


def _levels(obs: pd.DataFrame, codes: set[str], start: int, end: int) -> list[dict]:
    """USD money levels of whole goods trade between economies of `codes`, start..end, as
    plain records."""
    mask = (
        (obs["measure"] == "value")
        & obs["commodity"].isna()
        & (obs["currency"] == "USD")
        & obs["flow"].isin(TRADE_FLOWS)
        & obs["year"].notna()
        & obs["year"].between(start, end)
        & obs["economy"].isin(codes)
        & obs["partner"].isin(codes)
    )
    return records(obs[mask])


def candidate_records(
    obs: pd.DataFrame, economy: str, partner: str, start: int = 1960, end: int = 2014
) -> list[dict]:
    """Every USD level for the pair, from the economy's side or mirrored from the partner's."""
    found = []
    years = range(start, end + 1)
    codes = {economy_in(code, year) for code in (economy, partner) for year in years}
    for r in _levels(obs, codes, start, end):
        own, other = economy_in(economy, r["year"]), economy_in(partner, r["year"])
        if (r["economy"], r["partner"]) == (own, other):
            found.append({**r, "side": "direct"})
        elif (r["economy"], r["partner"]) == (other, own):
            found.append(
                {
                    **r,
                    "side": "mirror",
                    "economy": own,
                    "partner": other,
                    "flow": MIRROR_FLOW[r["flow"]],
                }
            )
    return found + _sums_of_parts(found)


def _sums_of_parts(levels: list[dict]) -> list[dict]:
    """Turnover = exports + imports where a source gives both parts but no total."""
    sums = []
    for group in group_by(levels, ("source_id", "year", "period", "side")).values():
        flows = {r["flow"]: r for r in group if r["status"] == "stated"}
        if any(r["flow"] == "turnover" for r in group) or not {"export", "import"} <= set(flows):
            continue
        exp, imp = flows["export"], flows["import"]
        low, high = add((exp["low"], exp["high"]), (imp["low"], imp["high"]))
        sums.append(
            {
                **exp,
                "obs_id": f"{exp['obs_id']};{imp['obs_id']}",
                "flow": "turnover",
                "value": exp["value"] + imp["value"],
                "low": low,
                "high": high,
                "bound": max(exp["bound"], imp["bound"], key=BOUND_RANK.get),
                "status": "derived",
                "derived_from": f"{exp['obs_id']};{imp['obs_id']}",
                "method": "export + import",
            }
        )
    return sums


def _priority(row: dict, economy_codes: set) -> tuple:
    """The sort key of the selection rule (SELECTION_RULE): smaller is preferred."""
    width = (
        (row["high"] - row["low"]) / row["value"]
        if row["value"] and math.isfinite(row["high"])
        else INF
    )
    return (
        row["year_basis"] == "context",
        row["source_id"] != PRIMARY_SOURCE,
        row["side"] != "direct",
        row["reported_by"] not in economy_codes,
        row["status"] != "stated",
        BOUND_RANK[row["bound"]],
        width,
        row["obs_id"],
    )


def _amount(x: float) -> str:
    """A US$ amount as a reader writes it: '5.5 bn' from a million up, else '100'."""
    return f"{x / 1e9:.6g} bn" if abs(x) >= 1e6 else f"{x:.6g}"


def _describe(row: dict) -> str:
    """A candidate as listed among a chosen row's alternatives: 'id: 6 bn (5.5 bn to 6.5 bn,
    RUS, stated)', '... (30 bn or more, ...)' when it has no upper bound."""
    low, high = _amount(row["low"]), row["high"]
    interval = f"{low} or more" if math.isinf(high) else f"{low} to {_amount(high)}"
    return (
        f"{row['obs_id']}: {_amount(row['value'])} ({interval},"
        f" {row['reported_by']}, {row['status']})"
    )


MAX_ALTERNATIVES = 20  # listed in full; more are counted, so a cell stays readable


def _alternatives(others: list[dict]) -> str | None:
    """The figures not chosen, best first: the first MAX_ALTERNATIVES, then how many more."""
    listed = "; ".join(_describe(r) for r in others[:MAX_ALTERNATIVES])
    more = len(others) - MAX_ALTERNATIVES
    return (listed + (f"; and {more} more" if more > 0 else "")) or None


def _chosen_row(pair: str, economy: str, group: list[dict]) -> dict:
    """The series row for one year, flow and period: the best candidate, the rest listed."""
    codes = {economy_in(economy, group[0]["year"]), economy}
    ranked = sorted(group, key=lambda r: _priority(r, codes))
    best = ranked[0]
    return {
        "economy_pair": pair,
        "economy": best["economy"],
        "partner": best["partner"],
        "joined": JOINED.get(economy, ""),
        "flow": best["flow"],
        "year": int(best["year"]),
        "period": best["period"],
        "value_usd": best["value"],
        "low": best["low"],
        "high": best["high"],
        "bound": best["bound"],
        "status": best["status"],
        "reported_by": best["reported_by"],
        "source_id": best["source_id"],
        "obs_ids": best["obs_id"],
        "method": best["method"],
        "alternatives": _alternatives(ranked[1:]),
    }


def _missing_row(pair: str, economy: str, partner: str, flow: str, year: int) -> dict:
    """The series row for a year and flow no source covers."""
    return {
        "economy_pair": pair,
        "economy": economy_in(economy, year),
        "partner": economy_in(partner, year),
        "joined": JOINED.get(economy, ""),
        "flow": flow,
        "year": year,
        "period": "annual",
        "value_usd": np.nan,
        "low": np.nan,
        "high": np.nan,
        "bound": None,
        "status": "missing",
        "reported_by": None,
        "source_id": None,
        "obs_ids": None,
        "method": None,
        "alternatives": None,
    }


def annual_series(
    obs: pd.DataFrame,
    economy: str,
    partner: str,
    start: int = 1960,
    end: int = 2014,
    interpolate: bool = False,
) -> pd.DataFrame:
    """One row per year and flow (turnover, export, import) with the chosen value and its interval.

    `obs` is the observation table. `economy="RUS"` joins the USSR (to 1991) and Russia
    (from 1992) and says so in `joined`. Partial years (January–September 2014) are extra
    rows with their own `period`. With `interpolate=True`, missing years between two known
    ones are filled log-linearly and marked `interpolated`; nothing is ever filled otherwise.
    """
    arguments.observation_table(obs)
    start, end, interpolate = (
        *arguments.span(start, end),
        arguments.flag(interpolate, "interpolate"),
    )
    economy, partner = arguments.text(economy, "economy"), arguments.text(partner, "partner")
    pair = f"{economy}-{partner}"
    groups = group_by(
        candidate_records(obs, economy, partner, start, end), ("flow", "year", "period")
    )
    groups = groups.values()
    rows = [_chosen_row(pair, economy, group) for group in groups]
    known = {(r["flow"], r["year"]) for r in rows if r["period"] == "annual"}
    rows += [
        _missing_row(pair, economy, partner, flow, year)
        for flow in TRADE_FLOWS
        for year in range(start, end + 1)
        if (flow, year) not in known
    ]
    series = pd.DataFrame(rows, columns=SERIES_COLUMNS)
    order = (
        series["flow"].map(TRADE_FLOWS.index) * 10_000
        + series["year"] * 2
        + (series["period"] != "annual")
    )
    series = series.iloc[order.argsort(kind="stable")].reset_index(drop=True)
    return interpolated(series) if interpolate else series


def _log_between(first: float, last: float, fraction: float) -> float:
    """The value a fraction of the way from first to last on a log scale."""
    if not (math.isfinite(first) and math.isfinite(last)) or first <= 0 or last <= 0:
        return INF if INF in (first, last) else np.nan
    return math.exp(math.log(first) + fraction * (math.log(last) - math.log(first)))


def _widening(first: dict, last: dict, year: int) -> float:
    """How far an interpolated value may stray, as a factor: the average yearly change between
    the two known years, once for each year to the nearer of them (1 at a known year)."""
    if not 0 < first["value_usd"] < INF or not 0 < last["value_usd"] < INF:
        return 1.0
    per_year = abs(math.log(last["value_usd"] / first["value_usd"])) / (
        last["year"] - first["year"]
    )
    return math.exp(per_year * min(year - first["year"], last["year"] - year))


def interpolated(series: pd.DataFrame) -> pd.DataFrame:
    """Fill missing annual values between known ones, log-linearly, marked `interpolated`.

    The interval is the log-linear path of the two ends' intervals, widened by `_widening`:
    the further a year lies from a known one, the less the straight line is worth.
    """
    rows = records(series)
    known = [r for r in rows if r["period"] == "annual" and r["status"] in KNOWN]
    bridges = {}
    for (flow,), points in group_by(known, ("flow",)).items():
        points.sort(key=lambda r: r["year"])
        for first, last in itertools.pairwise(points):
            if first["economy"] != last["economy"]:  # never across the USSR/Russia break
                continue
            for year in range(first["year"] + 1, last["year"]):
                fraction = (year - first["year"]) / (last["year"] - first["year"])
                bridges[(flow, year)] = (first, last, fraction)
    for r in rows:
        bridge = bridges.get((r["flow"], r["year"]))
        if r["period"] == "annual" and r["status"] == "missing" and bridge:
            first, last, fraction = bridge
            widening = _widening(first, last, r["year"])
            r.update(
                value_usd=_log_between(first["value_usd"], last["value_usd"], fraction),
                low=_log_between(first["low"], last["low"], fraction) / widening,
                high=_log_between(first["high"], last["high"], fraction) * widening,
                status="interpolated",
                method=f"log-linear between {first['year']} and {last['year']}",
                obs_ids=f"{first['obs_ids']};{last['obs_ids']}",
            )
    return pd.DataFrame(rows, columns=series.columns, index=series.index)


# --- growth tools --------------------------------------------------------------------
KNOWN = ("stated", "derived")  # a level the sources give, directly or by computation


class SeriesBreakError(RjtradeError, ValueError):
    """A growth rate asked across a change of reporter or the USSR/Russia break."""


def known_levels(series: pd.DataFrame, flow: str = "turnover") -> pd.DataFrame:
    """The flow's annual levels that are stated or derived, indexed by year."""
    rows = series[
        (series["flow"] == flow) & (series["period"] == "annual") & series["status"].isin(KNOWN)
    ]
    return rows.drop_duplicates("year").set_index("year")


def whose(row: pd.Series) -> str:
    """Whose statistics a level is: its basis where the table has one, else its reporter."""
    basis = row.get("basis")
    return basis if isinstance(basis, str) and basis else str(row["reported_by"])


def provenance(row: pd.Series) -> str:
    """What a level rests on: its observation ids, or its source and year in an official table."""
    ids = row.get("obs_ids")
    return ids if isinstance(ids, str) else f"{row['source_id']} {row.name}"


def span_problem(first: pd.Series, last: pd.Series) -> str:
    """Why two levels should not be joined in one growth rate ('' when they may be)."""
    problems = []
    if whose(first) != whose(last):
        problems.append(f"the reporter changes ({whose(first)} to {whose(last)})")
    economies = {first["economy"], first["partner"], last["economy"], last["partner"]}
    if {"SUN", "RUS"} <= economies:
        problems.append("it crosses the USSR (to 1991) / Russia (from 1992) break")
    return "; ".join(problems)


def _checked(first: pd.Series, last: pd.Series, span: str, allow_break: bool) -> str:
    """The problem of a span, raised unless the caller allows it (then returned, to be marked)."""
    problem = span_problem(first, last)
    if problem and not allow_break:
        raise SeriesBreakError(
            f"{span}: {problem}. Pass allow_break=True to compute it anyway (marked in 'note')."
        )
    return problem


def _relative(now: pd.Series, base: pd.Series) -> tuple[float, tuple[float, float]]:
    """A level over a base level: the ratio of the values and the interval of all readings."""
    ratio = now["value_usd"] / base["value_usd"]
    return ratio, divide((now["low"], now["high"]), (base["low"], base["high"]))


def year_on_year(
    series: pd.DataFrame, flow: str = "turnover", allow_break: bool = False
) -> pd.DataFrame:
    """Percent change on the previous year, where both years are known (never interpolated).

    A step that changes reporter or crosses 1991/1992 is left out unless `allow_break`;
    then it is kept and its `note` says why it should be read with care.
    """
    arguments.series_table(series), arguments.one_of(flow, "flow", TRADE_FLOWS)
    known = known_levels(series, flow)
    rows = []
    for year in known.index:
        if year - 1 not in known.index:
            continue
        now, before = known.loc[year], known.loc[year - 1]
        note = span_problem(before, now)
        if note and not allow_break:
            continue
        ratio, interval = _relative(now, before)
        low, high = ratio_to_percent(interval)
        rows.append(
            {
                "year": year,
                "flow": flow,
                "growth_pct": (ratio - 1) * 100,
                "low": low,
                "high": high,
                "status": "derived",
                "obs_ids": f"{provenance(before)};{provenance(now)}",
                "note": note,
            }
        )
    return pd.DataFrame(rows, columns=GROWTH_COLUMNS)


def cagr(
    series: pd.DataFrame,
    start: int,
    end: int,
    flow: str = "turnover",
    allow_break: bool = False,
) -> dict:
    """Compound annual growth rate in percent between two known years, with its interval.

    A span whose ends have different reporters or straddle 1991/1992 raises
    SeriesBreakError unless `allow_break`; then `note` says why. `start` must be before `end`.
    """
    arguments.series_table(series), arguments.one_of(flow, "flow", TRADE_FLOWS)
    start, end = arguments.span(start, end, strict=True)
    known = known_levels(series, flow)
    for year in (start, end):
        if year not in known.index:
            raise arguments.ArgumentError(
                f"{flow} {year} is not known in this series (status stated or derived)"
            )
    first, last = known.loc[start], known.loc[end]
    note = _checked(first, last, f"{flow} {start}-{end}", allow_break)
    ratio, (low, high) = _relative(last, first)
    years = end - start

    def rate(ratio: float) -> float:
        """Compound annual rate in percent for a ratio over the span."""
        return INF if ratio == INF else float((ratio ** (1 / years) - 1) * 100)

    return {
        "flow": flow,
        "start": start,
        "end": end,
        "cagr_pct": rate(ratio),
        "low": rate(low),
        "high": rate(high),
        "obs_ids": f"{provenance(first)};{provenance(last)}",
        "note": note,
    }


def index(
    series: pd.DataFrame, base_year: int, flow: str = "turnover", allow_break: bool = False
) -> pd.DataFrame:
    """Values relative to a base year (= 100), for known years, with intervals.

    Years whose level is not comparable with the base year's (another reporter, the
    other side of 1991/1992) are left out unless `allow_break` (then kept, with a note).
    """
    arguments.series_table(series), arguments.one_of(flow, "flow", TRADE_FLOWS)
    base_year = arguments.year(base_year, "base_year")
    known = known_levels(series, flow)
    if base_year not in known.index:
        raise arguments.ArgumentError(f"{flow} {base_year} is not known in this series")
    base = known.loc[base_year]
    rows = []
    for year, row in known.iterrows():
        note = span_problem(base, row)
        if note and not allow_break:
            continue
        ratio, interval = _relative(row, base)
        low, high = scale(interval, 100)
        rows.append(
            {
                "year": year,
                "flow": flow,
                "index": ratio * 100,
                "low": low,
                "high": high,
                "status": row["status"],
                "note": note,
            }
        )
    return pd.DataFrame(rows, columns=INDEX_COLUMNS)


def ratio_by_year(
    numerator: pd.DataFrame, denominator: pd.DataFrame, flow: str = "turnover"
) -> pd.DataFrame:
    """One series over another, for each year both know, with the interval of all readings."""
    (
        arguments.series_table(numerator, "numerator"),
        arguments.series_table(denominator, "denominator"),
    )
    arguments.one_of(flow, "flow", TRADE_FLOWS)
    top, bottom = known_levels(numerator, flow), known_levels(denominator, flow)
    rows = []
    for year in sorted(set(top.index) & set(bottom.index)):
        ratio, (low, high) = _relative(top.loc[year], bottom.loc[year])
        ids = f"{top.loc[year, 'obs_ids']};{bottom.loc[year, 'obs_ids']}"
        rows.append(
            {"year": year, "flow": flow, "ratio": ratio, "low": low, "high": high, "obs_ids": ids}
        )
    return pd.DataFrame(rows, columns=RATIO_COLUMNS)


def mirror_gaps(obs: pd.DataFrame, economy: str = "RUS", partner: str = "JPN") -> pd.DataFrame:
    """The economy's own figure beside the partner's mirror figure, with the gap."""
    stated = [r for r in candidate_records(obs, economy, partner) if r["status"] == "stated"]
    rows = []
    for (flow, year, period), group in sorted(
        group_by(stated, ("flow", "year", "period")).items()
    ):
        sides = group_by(group, ("side",))
        for own in sides.get(("direct",), []):
            for mirror in sides.get(("mirror",), []):
                rows.append(
                    {
                        "flow": flow,
                        "year": year,
                        "period": period,
                        **{f"own_{k}": own[k] for k in ("reported_by", "value", "low", "high")},
                        "own_obs": own["obs_id"],
                        **{
                            f"mirror_{k}": mirror[k]
                            for k in ("reported_by", "value", "low", "high")
                        },
                        "mirror_obs": mirror["obs_id"],
                        "gap": mirror["value"] - own["value"],
                        "gap_pct": (mirror["value"] / own["value"] - 1) * 100,
                    }
                )
    return pd.DataFrame(rows, columns=MIRROR_COLUMNS)
