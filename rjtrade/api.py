"""The convenient calls behind `rj.*`: each reads the tables of data/raw and calls a pure analysis.

`rj.annual_series("RUS", "JPN")` is `analyses.series.annual_series(rj.observations(),
"RUS", "JPN")`. Call the analyses directly to run them on a table of your own.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .analyses import audit as _audit
from .analyses import backbone as _backbone
from .analyses import commodities as _commodities
from .analyses import series as _series
from .errors import RjtradeError
from .observation_table import (
    backbone,
    events,
    observations,
    official,
    source_registry,
    tables,
)
from .schema import ECONOMIES, MEASURES, REPORTERS, TRADE_FLOWS
from .sources.official import load_official, official_dir

__all__ = [
    "annual_series",
    "audit",
    "chart",
    "check",
    "claims_vs_official",
    "commodity_shares",
    "customs_structure",
    "economies",
    "events",
    "flows",
    "measures",
    "mirror_gaps",
    "observations",
    "official_series",
    "pairs",
    "reporters",
    "source_registry",
    "structure_match",
    "structure_measure",
    "trade_shares",
    "wide_series",
]


def annual_series(
    economy: str, partner: str, start: int = 1960, end: int = 2014, interpolate: bool = False
) -> pd.DataFrame:
    """One row per year and flow for the pair, from every source in data/raw.

    Codes are accepted in any case; a pair the data hold no figure for is an error that
    lists the pairs they hold (see pairs())."""
    economy, partner = checked_pair(economy, partner)
    obs = tables()["observations"]
    return _series.annual_series(obs, economy, partner, start, end, interpolate)


def _wide(series: pd.DataFrame, start: int, end: int) -> pd.DataFrame:
    """Annual values of a long series as years by flows (US$), every year start..end a row."""
    annual = series[series["period"] == "annual"]
    wide = annual.pivot(index="year", columns="flow", values="value_usd")
    wide = wide.reindex(index=range(start, end + 1), columns=list(TRADE_FLOWS))
    wide.index.name, wide.columns.name = "year", None
    return wide.astype(float)


def wide_series(
    economy: str,
    partner: str,
    start: int = 1960,
    end: int = 2014,
    interpolate: bool = False,
    by_reporter: bool = False,
) -> pd.DataFrame:
    """The pair's annual series ready to plot: years as index, one column per flow (turnover,
    export, import), values in US$, empty where no figure (annual_series is the long form,
    with intervals, status and sources).

    With by_reporter=True, one column per flow and reporter, e.g. "export (JPN)": the figure
    that reporter's statistics give, chosen among them by the same rule; Japan's columns for
    RUS-JPN are mirror figures (Japan's imports as Russia's exports)."""
    economy, partner = checked_pair(economy, partner)
    obs = tables()["observations"]
    if not by_reporter:
        series = _series.annual_series(obs, economy, partner, start, end, interpolate)
        return _wide(series, start, end)
    columns = {}
    for reporter in REPORTERS:
        mine = obs[obs["reported_by"] == reporter]
        series = _series.annual_series(mine, economy, partner, start, end, interpolate)
        for flow, values in _wide(series, start, end).items():
            if values.notna().any():
                columns[f"{flow} ({reporter})"] = values
    return pd.DataFrame(columns, index=pd.RangeIndex(start, end + 1, name="year"))


def mirror_gaps(economy: str = "RUS", partner: str = "JPN") -> pd.DataFrame:
    """The economy's own figures beside the partner's mirror figures, with the gap."""
    economy, partner = checked_pair(economy, partner)
    return _series.mirror_gaps(tables()["observations"], economy, partner)


def commodity_shares(with_values: bool = True) -> pd.DataFrame:
    """Commodity structure by source, with the unstated remainder (see analyses.commodities);
    undated shares are valued only where Japan's customs structure supports the period."""
    customs = official()["customs_structure"] if with_values else None
    return _commodities.commodity_shares(tables()["observations"], with_values, customs)


def structure_match() -> pd.DataFrame:
    """The article's undated shares against Japan's customs structure, year by year."""
    obs = tables()["observations"]
    shares = _commodities.commodity_shares(obs, with_values=False)
    customs = official()["customs_structure"]
    return _commodities.structure_match(shares, customs, _commodities.latest_years(obs))


def structure_measure(shares: pd.DataFrame | None = None) -> pd.DataFrame:
    """Primary share of Russia's exports and imports per source and period, as intervals."""
    shares = commodity_shares(with_values=False) if shares is None else shares
    return _commodities.structure_measure(shares)


def audit(obs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every check of one statement against the related ones, with a verdict."""
    return _audit.audit(tables()["observations"] if obs is None else obs)


def official_series(
    partner: str = "RUS", view: str = "best", cow_dyadic: Path | str | None = None
) -> pd.DataFrame:
    """The official backbone 1960–2014 of Japan's trade with `partner` (RUS: the USSR to 1991
    and Russia from 1992, joined explicitly; CHN), one row per year and flow, in one view:
    "JPN" (Japan's statistics), "partner" (the partner's) or "best" (each flow as its
    importer recorded it); every row says whose statistics it is (reported_by, basis).

    `cow_dyadic` names a COW v4.0 dyadic file to read instead of the packaged extract, such
    as the full ``Dyadic_COW_4.0.csv`` (about 80 MB; read with column selection)."""
    partner = economy_code(partner)
    if cow_dyadic is None:
        views = official()["official_series"]
    else:
        loaded = load_official(official_dir(), cow_dyadic=Path(cow_dyadic))
        views = _backbone.all_views(
            loaded["cow_dyadic"], _backbone.customs_in_usd(loaded), SERIES_PARTNERS[partner][-1]
        )
    if view not in set(views["view"]):
        known = ", ".join(sorted(set(views["view"])))
        raise RjtradeError(f"unknown view {view!r} (views: {known})")
    rows = views[(views["view"] == view) & (views["partner"].isin(SERIES_PARTNERS[partner]))]
    if rows.empty:
        raise RjtradeError(f"no official series for Japan and {partner} (partners: RUS, CHN)")
    return rows.reset_index(drop=True)


def trade_shares() -> pd.DataFrame:
    """Each partner's share of Japan's trade and Japan's share of the partner's, by year."""
    return official()["trade_shares"].copy()


def claims_vs_official() -> pd.DataFrame:
    """Every article claim checked against the official backbone, reporter by reporter."""
    return official()["claims_vs_official"].copy()


def customs_structure() -> pd.DataFrame:
    """Japan's customs trade with Russia by commodity group, 2009–2025, shares and values."""
    return official()["customs_structure"].copy()


def check(
    text: str,
    *,
    year: int | None = None,
    pair: str | tuple[str, str] | None = None,
    reporter: str | None = None,
    reference_year: int | None = None,
) -> pd.DataFrame:
    """The trade claims a text makes (Thai, English, Russian or Japanese), each checked against
    Japan's statistics, the partner's and the other sources rjtrade holds: one row per claim
    and basis, with the figure compared, its source, whose statistics it is, the gap and a
    verdict. A claim that leaves its year, pair or direction open is unverifiable and names
    the option that would settle it (year=, pair=, reporter=; "last year" needs
    reference_year=)."""
    from .claims.check import check_text, months_needed, partners_named, shares_needed
    from .claims.finder import claims_frame
    from .observation_table import official_files

    claims = claims_frame(
        text, year=year, pair=pair, reporter=reporter, reference_year=reference_year
    )
    found = backbone(partners=partners_named(claims), with_shares=shares_needed(claims))
    months = official_files(names=("customs_month",)) if months_needed(claims) else {}
    return check_text(
        claims,
        found["official_series"],
        found["trade_shares"],
        tables()["observations"],
        found["customs_usd"],
        months.get("customs_month"),
    )


def chart(name: str, lang: str = "en"):
    """One chart (a name of rjtrade.outputs.charts.CHARTS) drawn from data/raw, as a Figure,
    in English or Thai (lang="th")."""
    from .outputs.chartdata import chart_tables
    from .outputs.charts import draw

    loaded = tables()
    drawn = chart_tables(loaded["observations"], loaded["sources"], loaded["events"], official())
    return draw(name, drawn, lang)


# --- discovering what the data hold ---------------------------------------------------

FLOW_TEXT = {
    "turnover": "exports plus imports of the pair",
    "export": "the economy's exports to the partner",
    "import": "the economy's imports from the partner",
    "investment_stock": "stock of direct investment (not in annual_series)",
    "direct_investment": "direct investment in a year (not in annual_series)",
}
REPORTER_TEXT = {
    "SUN": "the USSR's own statistics",
    "RUS": "Russia's own statistics",
    "JPN": "Japan's statistics (customs, JETRO, MOFA)",
    "CHN": "China's statistics",
    "third_party": "neither side: a third party's estimate",
    "mixed": "both sides' figures quoted together",
    "unstated": "the source does not say whose statistics",
}
SERIES_PARTNERS = {"RUS": ("SUN", "RUS"), "SUN": ("SUN",), "CHN": ("CHN",), "JPN": ()}
SERIES_ECONOMY = {"SUN": "RUS"}  # annual_series("RUS", ...) joins the USSR (to 1991) and Russia


def _table(rows: dict[str, str], key: str, text: str) -> pd.DataFrame:
    """A two-column table of codes and what they mean."""
    return pd.DataFrame({key: list(rows), text: list(rows.values())})


# The sources are listed by source_registry() (rj.sources is the rjtrade.sources package).


def economies() -> pd.DataFrame:
    """The economies the data name: code and name (codes are accepted in any case)."""
    return _table(ECONOMIES, "code", "name")


def flows() -> pd.DataFrame:
    """The flows the data hold, what each means, and whether annual_series gives it."""
    table = _table(FLOW_TEXT, "flow", "meaning")
    return table.assign(in_annual_series=table["flow"].isin(TRADE_FLOWS))


def reporters() -> pd.DataFrame:
    """Whose statistics a figure is (the reported_by column), with what each code means."""
    return _table({code: REPORTER_TEXT[code] for code in REPORTERS}, "reported_by", "meaning")


def measures() -> pd.DataFrame:
    """What a figure measures (the measure column): value, growth, share, multiple..."""
    return _table(MEASURES, "measure", "meaning")


def _pair_row(obs: pd.DataFrame, economy: str, partner: str) -> dict | None:
    """What the data hold for one pair: years, flows, own and mirrored figures (None if none)."""
    found = _series.candidate_records(obs, economy, partner)
    if not found:
        return None
    years = sorted({int(r["year"]) for r in found if r["period"] == "annual"})
    return {
        "economy": economy,
        "partner": partner,
        "first_year": years[0] if years else None,
        "last_year": years[-1] if years else None,
        "years_with_a_figure": len(years),
        "flows": ", ".join(f for f in TRADE_FLOWS if any(r["flow"] == f for r in found)),
        "own_side": sum(r["side"] == "direct" for r in found),
        "mirrored": sum(r["side"] == "mirror" for r in found),
        "note": _series.JOINED.get(economy) or _series.JOINED.get(partner, ""),
    }


def pairs(raw_dir: Path | None = None) -> pd.DataFrame:
    """Every (economy, partner) pair annual_series can give, with the years and flows held,
    how many figures are the economy's own and how many mirrored from the partner's side."""
    obs = tables(raw_dir)["observations"]
    levels = obs[(obs["measure"] == "value") & obs["flow"].isin(TRADE_FLOWS)]
    codes = {
        SERIES_ECONOMY.get(code, code) for code in pd.concat([levels.economy, levels.partner])
    }
    found = [_pair_row(obs, e, p) for e in sorted(codes) for p in sorted(codes) if e != p]
    return pd.DataFrame([row for row in found if row], columns=PAIR_COLUMNS)


PAIR_COLUMNS = [
    "economy",
    "partner",
    "first_year",
    "last_year",
    "years_with_a_figure",
    "flows",
    "own_side",
    "mirrored",
    "note",
]


def economy_code(code: str) -> str:
    """An economy code in any case ('rus' -> 'RUS'); an unknown one lists the valid ones."""
    upper = str(code).strip().upper()
    if upper not in ECONOMIES:
        valid = ", ".join(f"{c} ({name})" for c, name in ECONOMIES.items())
        raise RjtradeError(f"unknown economy {code!r}; the economies are {valid}")
    return upper


def checked_pair(economy: str, partner: str, raw_dir: Path | None = None) -> tuple[str, str]:
    """The pair in upper case, if the data hold figures for it; otherwise an error listing
    the pairs they hold (rj.pairs())."""
    economy, partner = economy_code(economy), economy_code(partner)
    held = pairs(raw_dir)
    wanted = (SERIES_ECONOMY.get(economy, economy), SERIES_ECONOMY.get(partner, partner))
    if wanted not in set(zip(held["economy"], held["partner"], strict=True)):
        listed = ", ".join(f"{e}-{p}" for e, p in zip(held.economy, held.partner, strict=True))
        raise RjtradeError(
            f"no trade figures for {economy}-{partner} in the data; the pairs held are {listed}"
            " (USSR and Russia are both RUS: joined, to 1991 and from 1992)"
        )
    return economy, partner
