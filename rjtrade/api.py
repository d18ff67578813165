"""The convenient calls behind `rj.*`: each reads the tables of data/raw and calls a pure analysis.

`rj.annual_series("RUS", "JPN")` is `analyses.series.annual_series(rj.observations(),
"RUS", "JPN")`. Call the analyses directly to run them on a table of your own.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import arguments
from .analyses import audit as _audit
from .analyses import backbone as _backbone
from .analyses import commodities as _commodities
from .analyses import partners as _partners
from .analyses import series as _series
from .errors import RjtradeError
from .paths import regular_file
from .schema import (
    BACKBONE_PARTNERS,
    COW_STATE_CODES,
    ECONOMIES,
    FLOW_TEXT,
    MEASURES,
    PAIR_COLUMNS,
    REPORTER_TEXT,
    REPORTERS,
    SERIES_ECONOMY,
    SERIES_PARTNERS,
    TRADE_FLOWS,
)
from .sources.cow_full import japan_dyad, japan_partners, series_code
from .sources.official import load_official, official_dir
from .store import (
    backbone,
    events,
    observations,
    official,
    official_files,
    source_registry,
    tables,
)

__all__ = [
    "annual_series",
    "audit",
    "chapters_vs_customs",
    "chart",
    "check",
    "claims_vs_official",
    "commodity_shares",
    "constant_dollars",
    "coverage",
    "customs_structure",
    "economies",
    "events",
    "flows",
    "measures",
    "mirror_gaps",
    "observations",
    "official_series",
    "pairs",
    "partner_own_report",
    "reporters",
    "source_registry",
    "structure_match",
    "structure_measure",
    "trade_shares",
    "wide_series",
    "yen_to_usd",
]


def annual_series(
    economy: str, partner: str, start: int = 1960, end: int = 2014, interpolate: bool = False
) -> pd.DataFrame:
    """One row per year and flow for the pair, from every source in data/raw.

    Codes are accepted in any case; a pair the data hold no figure for is an error that
    lists the pairs they hold (see pairs())."""
    start, end, interpolate = (
        *arguments.span(start, end),
        arguments.flag(interpolate, "interpolate"),
    )
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
    source: str = "official",
    view: str = "best",
) -> pd.DataFrame:
    """The pair's annual series ready to plot: years as index, one column per flow (turnover,
    export, import) of `economy` with `partner`, values in US$, empty where no figure.

    source="official" (default): the official series of Japan's trade (official_series), in
    `view` ("best": each flow as its importer recorded it; "JPN": Japan's statistics;
    "partner": the partner's); for RUS the USSR (to 1991) and Russia (from 1992) joined
    explicitly, as the columns' name says. source="claims": the figures of the article and
    the published sources (annual_series is its long form, with intervals, status and
    sources); there `interpolate=True` fills gaps between two figures, and by_reporter=True
    gives one column per flow and reporter, e.g. "export (JPN)": the figure that reporter's
    statistics give, chosen among them by the same rule (Japan's columns for RUS-JPN are
    mirror figures: Japan's imports as Russia's exports)."""
    start, end = arguments.span(start, end)
    interpolate = arguments.flag(interpolate, "interpolate")
    by_reporter = arguments.flag(by_reporter, "by_reporter")
    if source not in WIDE_SOURCES:
        raise RjtradeError(f"unknown source {source!r} (sources: {', '.join(WIDE_SOURCES)})")
    if source == "official":
        if interpolate or by_reporter:
            raise RjtradeError(
                "interpolate= and by_reporter= read the claims' figures: add source='claims'"
                " (the official series has no gaps; view='JPN' or 'partner' gives one side)"
            )
        return _official_wide(economy, partner, start, end, view)
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


WIDE_SOURCES = ("official", "claims")
JOINED_SHORT = {"RUS": "USSR to 1991, Russia from 1992"}  # the label of a joined series
FLIPPED_FLOWS = {"export": "import", "import": "export", "turnover": "turnover"}


def _official_wide(economy: str, partner: str, start: int, end: int, view: str) -> pd.DataFrame:
    """official_series as years by flows of `economy` with `partner` (one of them Japan)."""
    economy, partner = economy_code(economy), economy_code(partner)
    if "JPN" not in (economy, partner) or economy == partner:
        raise RjtradeError(
            f"the official series is Japan's trade with RUS or CHN, not {economy}-{partner};"
            " source='claims' gives the other pairs the sources hold"
        )
    other = partner if economy == "JPN" else economy
    rows = official_series(other, view)
    rows = rows[rows["period"] == "annual"]
    flows = rows["flow"] if economy == "JPN" else rows["flow"].map(FLIPPED_FLOWS)
    wide = rows.assign(flow=flows).pivot(index="year", columns="flow", values="value_usd")
    wide = wide.reindex(index=range(start, end + 1), columns=list(TRADE_FLOWS)).astype(float)
    joined = _series.JOINED.get(SERIES_ECONOMY.get(other, other), "")
    era = JOINED_SHORT.get(SERIES_ECONOMY.get(other, other))
    wide.index.name = "year"
    wide.columns.name = f"{economy}-{partner}" + (f" ({era})" if era else "")
    wide.columns.name += f", US$, official, {view} view"
    wide.attrs = {"source": "official", "view": view, "joined": joined}
    return wide


def mirror_gaps(economy: str = "RUS", partner: str = "JPN") -> pd.DataFrame:
    """The economy's own figures beside the partner's mirror figures, with the gap."""
    economy, partner = checked_pair(economy, partner)
    return _series.mirror_gaps(tables()["observations"], economy, partner)


def commodity_shares(with_values: bool = True) -> pd.DataFrame:
    """Commodity structure by source, with the unstated remainder (see analyses.commodities);
    undated shares are valued only where Japan's customs structure supports the period."""
    with_values = arguments.flag(with_values, "with_values")
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
    if obs is not None:
        arguments.observation_table(obs, "obs")
    return _audit.audit(tables()["observations"] if obs is None else obs)


def official_series(
    partner: str = "RUS",
    view: str = "best",
    cow_dyadic: Path | str | None = None,
    years: int | tuple[int, int] | None = None,
) -> pd.DataFrame:
    """The official backbone 1960–2025 of Japan's trade with `partner` (RUS: the USSR to 1991
    and Russia from 1992, joined explicitly; CHN), one row per year and flow, in one view:
    "JPN" (Japan's statistics), "partner" (the partner's) or "best" (each flow as its
    importer recorded it); every row says whose statistics it is (reported_by, basis), the
    rate a yen figure was converted at (rate_source, the spread between rate sources in the
    interval) and any anomaly found by the stated rule (flag, flag_reason). COW to 2014,
    Japan's customs from 2009 (Japan–China by month from 2001). US$ are current dollars
    unless converted (constant_dollars).

    `years` (a year or (first, last)) keeps those years; a year the series does not cover is
    an error saying which years it covers (coverage()).

    `cow_dyadic` names a COW v4.0 dyadic file to read instead of the packaged extract, such
    as the full ``Dyadic_COW_4.0.csv`` (about 80 MB; read with column selection)."""
    view, partner = arguments.text(view, "view"), series_code(partner)
    if cow_dyadic is not None and str(partner).strip().upper() not in SERIES_PARTNERS:
        return _partners.cow_partner_series(*japan_dyad(cow_dyadic, partner), view, years)
    partner = economy_code(arguments.text(partner, "partner"))
    if cow_dyadic is None:  # the partner's backbone alone: no claim checked, no other table
        wanted = SERIES_ECONOMY.get(partner, partner)
        wanted = (wanted,) if wanted in BACKBONE_PARTNERS else BACKBONE_PARTNERS
        views = backbone(partners=wanted, with_shares=False)["official_series"]
    else:
        cow_dyadic = regular_file(cow_dyadic, "COW dyadic file")
        code = {name: code for code, name in COW_STATE_CODES.items()}
        first = SERIES_PARTNERS[partner][:1]
        pairs = [(code[first[0]], code["JPN"])] if first and first[0] in code else None
        loaded = load_official(official_dir(), cow_dyadic=cow_dyadic, cow_pairs=pairs)
        views = _backbone.all_views(
            loaded["cow_dyadic"], _backbone.customs_in_usd(loaded), SERIES_PARTNERS[partner][-1]
        )
    if view not in set(views["view"]):
        known = ", ".join(sorted(set(views["view"])))
        raise RjtradeError(f"unknown view {view!r} (views: {known})")
    rows = _backbone.official_view(views, partner, view)
    if rows.empty:
        raise RjtradeError(f"no official series for Japan and {partner} (partners: RUS, CHN)")
    if years is not None:
        first, last = (years, years) if isinstance(years, int) else years
        wanted = range(int(first), int(last) + 1)
        group = "RUS" if partner in ("SUN", "RUS") else partner
        outside = _backbone.outside_coverage(views, group, wanted)
        if outside:
            raise RjtradeError(outside)
        rows = rows[rows["year"].between(first, last)]
    return rows.reset_index(drop=True)


SHARE_BASES = {  # the basis column of trade_shares, by the source_id of the row
    "cow": "COW national totals (US$)",
    "customs": "Japan's customs totals (yen)",
}


def trade_shares(
    partner: str | None = None, economy: str | None = None, source: str | None = None
) -> pd.DataFrame:
    """Each partner's share of Japan's trade and Japan's share of the partner's, by year: one
    row per year, share and basis, the basis column saying which ("cow": COW's national
    totals; "customs": Japan's customs totals, from 2009).

    partner: Japan's partner, RUS (the USSR to 1991 and Russia from 1992, joined explicitly,
    as the joined column says) or CHN; economy: whose total trade the share is of (JPN for
    the partner's share of Japan's trade; RUS or CHN for Japan's share of theirs); source:
    "cow" or "customs". None: every row."""
    shares = official()["trade_shares"].copy()
    kind = shares["source_id"].map(lambda s: "customs" if "mof_japan" in s else "cow")
    sides = shares["partner"].where(shares["economy"] == "JPN", shares["economy"])
    pair = sides.map(lambda code: SERIES_ECONOMY.get(code, code))
    shares.insert(shares.columns.get_loc("share_pct"), "basis", kind)
    shares.insert(3, "joined", pair.map(lambda code: _series.JOINED.get(code, "")))
    keep = pd.Series(True, index=shares.index)
    if partner is not None:
        code = economy_code(partner)
        keep &= sides.isin(SERIES_PARTNERS.get(code, (code,)))
    if economy is not None:
        code = economy_code(economy)
        keep &= shares["economy"].isin(SERIES_PARTNERS.get(code, ()) or (code,))
    if source is not None:
        if source not in SHARE_BASES:
            known = ", ".join(f"{k} ({v})" for k, v in SHARE_BASES.items())
            raise RjtradeError(f"unknown source {source!r} (sources: {known})")
        keep &= kind == source
    order = ["of_partner", "economy_pair", "basis", "year"]
    shares = shares.assign(of_partner=shares["economy"] != "JPN", economy_pair=pair)
    shares = shares[keep].sort_values(order, kind="stable").drop(columns=order[:2])
    return shares.reset_index(drop=True)


def claims_vs_official() -> pd.DataFrame:
    """Every article claim checked against the official backbone, reporter by reporter."""
    return official()["claims_vs_official"].copy()


def customs_structure() -> pd.DataFrame:
    """Japan's customs trade with Russia by commodity group, 2009–2025, shares and values
    (US$ at each year's rate, its source on the row: IMF to 2019, WDI 2020–2024, Federal
    Reserve 2025)."""
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

    arguments.pair(pair)  # the text and other options: checked by claims_frame

    claims = claims_frame(
        text, year=year, pair=pair, reporter=reporter, reference_year=reference_year
    )
    found = backbone(partners=partners_named(claims), with_shares=shares_needed(claims))
    months = official_files(names=("customs_month",)) if months_needed(claims) else {}
    yen = bool((claims["currency"] == "JPY").any())
    return check_text(
        claims,
        found["official_series"],
        found["trade_shares"],
        tables()["observations"],
        found["customs_usd"],
        months.get("customs_month"),
        _year_rates() if yen else None,
    )


def chart(name: str, lang: str = "en"):
    """One chart (a name of rjtrade.outputs.charts.CHARTS) drawn from data/raw, as a Figure,
    in English or Thai (lang="th")."""
    from .outputs.chartdata_recent import all_chart_tables
    from .outputs.charts import CHARTS, draw
    from .outputs.words import LANGUAGES
    from .store import computed

    arguments.one_of(name, "name", CHARTS)
    arguments.one_of(lang, "lang", LANGUAGES)
    return draw(name, all_chart_tables(computed()), lang)


# --- discovering what the data hold ---------------------------------------------------


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


def pairs(raw_dir: Path | None = None, cow_dyadic: Path | str | None = None) -> pd.DataFrame:
    """Every (economy, partner) pair annual_series can give, with the years and flows held,
    how many figures are the economy's own and how many mirrored from the partner's side;
    and, for the pairs of the official series (official_series), the years it covers
    (official_first_year, official_last_year, official_sources: see coverage()).

    With `cow_dyadic` (a full COW dyadic file): the partners of Japan that file holds, each
    with its COW number, code, name (the file's importer1/importer2) and years; any of them
    is official_series(partner, cow_dyadic=...)."""
    if cow_dyadic is not None:
        return japan_partners(cow_dyadic)
    return _with_official_coverage(_observed_pairs(raw_dir), raw_dir)


def _observed_pairs(raw_dir: Path | None = None) -> pd.DataFrame:
    """The pairs annual_series can give from the observations (see pairs())."""
    obs = tables(raw_dir)["observations"]
    levels = obs[(obs["measure"] == "value") & obs["flow"].isin(TRADE_FLOWS)]
    codes = {
        SERIES_ECONOMY.get(code, code) for code in pd.concat([levels.economy, levels.partner])
    }
    found = [_pair_row(obs, e, p) for e in sorted(codes) for p in sorted(codes) if e != p]
    return pd.DataFrame([row for row in found if row], columns=PAIR_COLUMNS)


def economy_code(code: str) -> str:
    """An economy code in any case ('rus' -> 'RUS'); an unknown one lists the valid ones."""
    upper = arguments.text(code, "economy code").strip().upper()
    if upper not in ECONOMIES:
        valid = ", ".join(f"{c} ({name})" for c, name in ECONOMIES.items())
        raise RjtradeError(f"unknown economy {code!r}; the economies are {valid}")
    return upper


def checked_pair(economy: str, partner: str, raw_dir: Path | None = None) -> tuple[str, str]:
    """The pair in upper case, if the data hold figures for it; otherwise an error listing
    the pairs they hold (rj.pairs())."""
    economy, partner = economy_code(economy), economy_code(partner)
    held = _observed_pairs(raw_dir)
    wanted = (SERIES_ECONOMY.get(economy, economy), SERIES_ECONOMY.get(partner, partner))
    if wanted not in set(zip(held["economy"], held["partner"], strict=True)):
        listed = ", ".join(f"{e}-{p}" for e, p in zip(held.economy, held.partner, strict=True))
        raise RjtradeError(
            f"no trade figures for {economy}-{partner} in the data; the pairs held are {listed}"
            " (USSR and Russia are both RUS: joined, to 1991 and from 1992)"
        )
    return economy, partner


# --- the record after 2014: coverage, rates, constant dollars, the partner's own report -------


def _with_official_coverage(held: pd.DataFrame, raw_dir: Path | None = None) -> pd.DataFrame:
    """The pairs table with the official series' years for the pairs it covers."""
    views = backbone(raw_dir, partners=("RUS", "CHN"), with_shares=False)["official_series"]
    covered = _backbone.coverage(views)
    by_pair = {}
    for row in covered.to_dict("records"):
        for pair in ((row["partner"], "JPN"), ("JPN", row["partner"])):
            by_pair[pair] = row
    out = held.copy()
    keys = list(zip(out["economy"], out["partner"], strict=True))
    for column, key in (
        ("official_first_year", "first_year"),
        ("official_last_year", "last_year"),
        ("official_sources", "note"),
    ):
        out[column] = [by_pair[k][key] if k in by_pair else None for k in keys]
    return out


def coverage() -> pd.DataFrame:
    """What the official series covers, per partner: first and last year, and the years of
    COW, Japan's customs and the partner's own report of its exports."""
    return _backbone.coverage(
        backbone(partners=("RUS", "CHN"), with_shares=False)["official_series"]
    )


def _year_rates():
    """The yen's rate of every year 1960–2025 by the stated preference (year_rates)."""
    files = official_files(names=("rates", "rates_wdi", "rates_fed"))
    return _backbone.official_year_rates(files)


def yen_to_usd(value: float, year: int) -> dict:
    """A yen amount of `year` (1960–2025) in US$ at the year's rate: the IMF daily rates'
    annual mean 2001–2019, the World Bank WDI (IMF IFS) annual average for other years to
    2024, the Federal Reserve H.10 average for 2025. Returns value_usd, the interval every
    rate source held for the year spans (low, high), per_usd, rate_source, rate_sources and
    the method in words."""
    try:
        return _backbone.yen_to_usd(float(value), int(year), _year_rates())
    except ValueError as exc:
        raise RjtradeError(str(exc)) from None


def constant_dollars(
    frame: pd.DataFrame, base_year: int = 2014, deflator: str = "cpi"
) -> pd.DataFrame:
    """Any table with `year` and `value_usd` (and low/high) in constant `base_year` US$, by
    the US CPI-U ("cpi", annual mean of months) or GDP deflator ("gdp", mean of quarters):
    the current values kept as value_usd_current etc., the index, its value and the base
    year's written on every row."""
    from .analyses.prices import DeflatorError
    from .analyses.prices import constant_dollars as _constant

    name = {"cpi": "cpi", "gdp": "gdp_deflator"}.get(deflator)
    if name is None:
        raise RjtradeError(f"deflator must be 'cpi' or 'gdp', not {deflator!r}")
    try:
        return _constant(frame, official_files(names=(name,))[name], base_year, deflator)
    except DeflatorError as exc:
        raise RjtradeError(str(exc)) from None


def partner_own_report() -> pd.DataFrame:
    """The partner's own report of its exports to Japan (IMF DOTS 2019–2020) beside Japan's
    record of the same flow: the mirror gaps with the partner's exports."""
    gaps = official()["official_mirror_gaps"]
    return gaps[
        (gaps["direction"] == "partner->JPN") & gaps["exporter_figure"].notna()
    ].reset_index(drop=True)


def chapters_vs_customs(partner: str = "RUS") -> pd.DataFrame:
    """What the partner says it sells to Japan, HS chapter by chapter (UN Comtrade, its own
    report, 2019–2020), beside Japan's customs groups of its imports from the partner."""
    partner = economy_code(partner)
    files = official_files(names=("comtrade_chapters", "customs_year"))
    return _backbone.chapters_beside_groups(
        files["comtrade_chapters"], files["customs_year"], _year_rates(), partner
    )
