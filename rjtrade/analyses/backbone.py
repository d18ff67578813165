"""The official backbone: Japan's trade with the USSR/Russia and with China, 1960-2025, from
Correlates of War (COW, to 2014) and Japan's customs (Japan-China by month from 2001, both
partners by year from 2009), reporter by reporter.

Pure functions of the tables the readers in ``rjtrade.sources`` return: nothing here reads a
file. Flows are from Japan's side: ``export`` = Japan's exports to the partner, ``import`` =
Japan's imports from it. Whose statistics each figure is (data/raw/official/README.md):

- COW's Japan imports are Japan's customs figures, every year (``JPN``);
- COW's partner imports from Japan equal Japan's own FOB exports for the USSR 1960-1980, are an
  IMF estimate (freight added) 1981-1991, Russia's own figures from 1992, China's own customs
  from 1978 (see schema.PARTNER_IMPORT_REPORTER);
- Japan's customs in yen, converted to US$ here (derived), are ``JPN``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .. import intervals
from ..schema import (
    BACKBONE_COLUMNS,
    BACKBONE_PARTNERS,
    BACKBONE_VIEWS,
    BACKBONE_YEARS,
    COMMODITY_PARENT,
    CUSTOMS_COMMODITY_COLUMNS,
    FED_RATES_SOURCE,
    GRAND_TOTAL,
    IMF_RATES_SOURCE,
    MIRROR_GAP_COLUMNS,
    MIXED,
    PARTNER_IMPORT_REPORTER,
    RUSSIA_OR_USSR,
    SERIES_PARTNERS,
    SHARE_COLUMNS,
    WDI_RATES_SOURCE,
    WORLD,
    economy_in,
)
from .prices import constant_dollars

ANNUAL_MEAN_METHOD = (
    "yen / annual mean of the IMF's daily JPY per US$ rates ({days} days, {rate:.4f}); a "
    "calendar-year total accrues through the year, so the year's mean rate matches it"
)
MONTHLY_MEAN_METHOD = (
    "each month's yen / that month's mean IMF JPY per US$ rate, summed over the year; monthly "
    "values are converted at the rate of their own month, which follows the yen within the year"
)
FALLBACK_NOTE = "Japan's own figure is not in the official files; the partner's record shown"
NO_PARTNER_EXPORTS = (
    "the partner's own report of its exports to Japan is in the official files only for"
    " 2019-2020 (IMF DOTS); Japan's record of its imports shown"
)
NO_PARTNER_IMPORTS = (
    "the partner's imports from Japan are in the official files only to 2014 (COW); Japan's"
    " record of its exports shown"
)
NO_IMPORTER_RECORD = (
    "the importer's record is not in the official files for this year (COW ends in 2014);"
    " the exporter's record shown"
)


# --- exchange rates and conversion -------------------------------------------------------------


def annual_mean_rates(rates: pd.DataFrame, currency: str = "JPY") -> pd.DataFrame:
    """Mean of the daily rates of each calendar year: year, per_usd, days."""
    daily = rates[rates["currency"] == currency]
    grouped = daily.groupby(daily["date"].dt.year)["per_usd"]
    out = grouped.agg(per_usd="mean", days="count").reset_index(names="year")
    return out


def monthly_mean_rates(rates: pd.DataFrame, currency: str = "JPY") -> pd.DataFrame:
    """Mean of the daily rates of each month: year, month, per_usd, days."""
    daily = rates[rates["currency"] == currency]
    keys = [daily["date"].dt.year.rename("year"), daily["date"].dt.month.rename("month")]
    return daily.groupby(keys)["per_usd"].agg(per_usd="mean", days="count").reset_index()


def _yen_to_usd(frame: pd.DataFrame, per_usd: pd.Series, widen: float) -> pd.DataFrame:
    """value_usd, low, high of yen columns over a point rate, widened by a relative tolerance."""
    bounds = [
        intervals.divide((lo, hi), (r, r))
        for lo, hi, r in zip(frame["low_jpy"], frame["high_jpy"], per_usd, strict=True)
    ]
    low = np.array([b[0] for b in bounds]) * (1 - widen)
    high = np.array([b[1] for b in bounds]) * (1 + widen)
    return pd.DataFrame(
        {"value_usd": (frame["value_jpy"] / per_usd).to_numpy(), "low": low, "high": high},
        index=frame.index,
    )


# Which rate converts a year's yen, in order of preference: the IMF's daily rates averaged
# over the year where the daily file covers most of it (2001-2019), else the annual average
# the World Bank's WDI takes from the IMF's IFS (1960-2024), else the Federal Reserve's H.10
# annual average (the only rate here for 2025). Every rate held for the year bounds the
# interval, so the spread between rate sources is in it.
IMF_MIN_DAYS = 200  # a year of the daily file whose mean counts: most of its working days
RATE_SOURCE_TEXT = {
    IMF_RATES_SOURCE: "IMF daily rates, annual mean",
    WDI_RATES_SOURCE: "World Bank WDI (IMF IFS) annual average",
    FED_RATES_SOURCE: "Federal Reserve H.10 annual average",
}
YEAR_RATE_COLUMNS = ["year", "per_usd", "rate_source", "rate_low", "rate_high", "rate_sources"]


def year_rates(
    daily: pd.DataFrame | None,
    wdi: pd.DataFrame | None = None,
    fed: pd.DataFrame | None = None,
    currency: str = "JPY",
) -> pd.DataFrame:
    """One rate per year (units per US$) by the stated preference, with the lowest and highest
    rate any source here gives for that year and the sources compared."""
    frames = []
    if daily is not None:
        imf = annual_mean_rates(daily, currency)
        imf = imf[imf["days"] >= IMF_MIN_DAYS]
        frames.append(imf[["year", "per_usd"]].assign(rate_source=IMF_RATES_SOURCE, _rank=0))
    for rank, table in ((1, wdi), (2, fed)):
        if table is not None:
            mine = table[table["currency"] == currency]
            frames.append(
                mine[["year", "per_usd", "source_id"]]
                .rename(columns={"source_id": "rate_source"})
                .assign(_rank=rank)
            )
    if not frames:
        return pd.DataFrame(columns=YEAR_RATE_COLUMNS)
    every = pd.concat(frames, ignore_index=True)
    spread = every.groupby("year")["per_usd"].agg(rate_low="min", rate_high="max")
    named = every.sort_values(["year", "_rank"]).groupby("year")["rate_source"].agg(";".join)
    chosen = every.sort_values(["year", "_rank"]).drop_duplicates("year").set_index("year")
    out = chosen[["per_usd", "rate_source"]].join(spread).join(named.rename("rate_sources"))
    return out.reset_index()[YEAR_RATE_COLUMNS]


def rate_method(row) -> str:
    """How a year's yen were converted, in words, with the spread between rate sources."""
    text = f"yen / {RATE_SOURCE_TEXT.get(row['rate_source'], row['rate_source'])}"
    text += f" ({row['per_usd']:.4f} per US$)"
    sources = str(row["rate_sources"]).split(";")
    if len(sources) > 1:
        text += (
            f"; interval spans the rate sources ({', '.join(sources)}: "
            f"{row['rate_low']:.4f}-{row['rate_high']:.4f})"
        )
    else:
        text += "; one rate source for this year"
    return text


def customs_year_in_usd(
    customs: pd.DataFrame,
    rates: pd.DataFrame,
    goods: str = GRAND_TOTAL,
    widen: float = 0.0,
    rates_by_year: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Japan's yearly customs figures (yen) in US$ at the year's rate: DERIVED rows.

    `rates_by_year` (year_rates) gives the rate of each year and the spread between rate
    sources, which bounds the interval; without it, the annual mean of the IMF's daily
    `rates`. `widen` (relative) adds the conversion-method uncertainty to the interval, for
    example conversion_spread(...)'s largest gap; the method is written on every row.
    """
    if rates_by_year is None:
        rates_by_year = year_rates(rates)
    yearly = customs[(customs["goods"] == goods) & customs["month"].isna()]
    merged = yearly.merge(rates_by_year, on="year", how="inner")
    value = (merged["value_jpy"] / merged["per_usd"]).to_numpy()
    low = (merged["low_jpy"] / merged["rate_high"]).to_numpy() * (1 - widen)
    high = (merged["high_jpy"] / merged["rate_low"]).to_numpy() * (1 + widen)
    method = [rate_method(row) for row in merged.to_dict("records")]
    if widen:
        method = [
            f"{m}; interval widened by {widen:.2%} for the conversion method" for m in method
        ]
    return pd.DataFrame(
        {
            "reporter": merged["reporter"],
            "partner": merged["partner"],
            "flow": merged["flow"],
            "goods": merged["goods"],
            "year": merged["year"],
            "value_jpy": merged["value_jpy"],
            "per_usd": merged["per_usd"],
            "value_usd": value,
            "low": low,
            "high": high,
            "status": "derived",
            "source_id": merged["source_id"] + ";" + merged["rate_source"],
            "rate_source": merged["rate_source"],
            "method": method,
        }
    )


def yen_to_usd(value_jpy: float, year: int, rates_by_year: pd.DataFrame) -> dict:
    """A yen amount of `year` in US$ at that year's rate (year_rates), with the interval the
    rate sources span and the rate's source."""
    row = rates_by_year[rates_by_year["year"] == year]
    if row.empty:
        held = rates_by_year["year"]
        raise ValueError(f"no yen rate for {year}: the rates here cover {held.min()}-{held.max()}")
    rate = row.iloc[0]
    return {
        "year": int(year),
        "value_jpy": float(value_jpy),
        "value_usd": float(value_jpy) / rate["per_usd"],
        "low": float(value_jpy) / rate["rate_high"],
        "high": float(value_jpy) / rate["rate_low"],
        "per_usd": float(rate["per_usd"]),
        "rate_source": rate["rate_source"],
        "rate_sources": rate["rate_sources"],
        "method": rate_method(rate),
    }


def customs_month_in_usd(monthly: pd.DataFrame, rates: pd.DataFrame) -> pd.DataFrame:
    """Monthly customs figures converted at each month's mean rate, summed to years (DERIVED)."""
    merged = monthly.merge(monthly_mean_rates(rates), on=["year", "month"], how="inner")
    usd = _yen_to_usd(merged, merged["per_usd"], 0.0)
    merged = pd.concat([merged.drop(columns=["per_usd"]), usd], axis=1)
    keys = ["reporter", "partner", "flow", "year"]
    out = merged.groupby(keys, as_index=False).agg(
        months=("month", "count"),
        value_jpy=("value_jpy", "sum"),
        value_usd=("value_usd", "sum"),
        low=("low", "sum"),
        high=("high", "sum"),
        source_id=("source_id", "first"),
    )
    out = out[out["months"] == 12].drop(columns="months")
    out["goods"] = GRAND_TOTAL
    out["status"] = "derived"
    out["source_id"] = out["source_id"] + ";" + IMF_RATES_SOURCE
    out["method"] = MONTHLY_MEAN_METHOD
    return out.reset_index(drop=True)


def conversion_spread(monthly: pd.DataFrame, rates: pd.DataFrame) -> pd.DataFrame:
    """How much the conversion method alone moves a year's US$ figure: the same monthly yen
    converted month by month versus summed and converted at the annual mean rate."""
    by_month = customs_month_in_usd(monthly, rates)
    annual = annual_mean_rates(rates)
    merged = by_month.merge(annual, on="year")
    at_annual_mean = merged["value_jpy"] / merged["per_usd"]
    merged["relative_gap"] = (at_annual_mean - merged["value_usd"]) / merged["value_usd"]
    return merged[["partner", "flow", "year", "value_usd", "relative_gap"]].rename(
        columns={"value_usd": "monthly_usd"}
    )


# --- candidate figures, reporter by reporter ---------------------------------------------------


def partner_import_reporter(partner: str, year: int) -> str:
    """Whose statistics COW's 'partner imports from Japan' are, for this partner and year."""
    for economy, first, last, reporter in PARTNER_IMPORT_REPORTER:
        if economy == partner and first <= year <= last:
            return reporter
    return "unstated"


def _partner_group(partner: str) -> tuple[str, ...]:
    """The economies a partner code stands for (the USSR and Russia for RUS)."""
    return RUSSIA_OR_USSR if partner in RUSSIA_OR_USSR else (partner,)


def official_view(series: pd.DataFrame, partner: str, view: str) -> pd.DataFrame:
    """One view of the official backbone (official_series) for Japan and `partner`, every flow:
    RUS holds the USSR's years and Russia's, SUN the USSR's only (schema.SERIES_PARTNERS)."""
    return series[(series["view"] == view) & series["partner"].isin(SERIES_PARTNERS[partner])]


def japan_side_records(
    cow_dyadic: pd.DataFrame,
    customs_usd: pd.DataFrame | None,
    partner: str,
    partner_exports: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Every figure of Japan's trade with the partner (both USSR and Russia for either), from
    Japan's side, with whose record it is: ``japan`` (Japan's customs) or ``partner``, and
    the anomaly flag of flag_against_mirror.

    `partner_exports` (exporter, importer, year, value_usd, low, high, reported_by,
    source_id; for example the IMF DOTS file) adds the partner's own report of its exports to
    Japan: the partner's record of Japan's imports."""
    group = _partner_group(partner)
    imports = cow_dyadic[(cow_dyadic["importer"] == "JPN") & cow_dyadic["exporter"].isin(group)]
    exports = cow_dyadic[(cow_dyadic["exporter"] == "JPN") & cow_dyadic["importer"].isin(group)]
    japan = pd.DataFrame(
        {
            "partner": imports["exporter"],
            "year": imports["year"],
            "flow": "import",
            "record": "japan",
            "value_usd": imports["value_usd"],
            "low": imports["low"],
            "high": imports["high"],
            "status": "stated",
            "reported_by": "JPN",
            "source_id": imports["source_id"],
            "method": "",
            "note": "COW: Japan's imports (Japan's customs, CIF)",
        }
    )
    reporters = [
        partner_import_reporter(p, y)
        for p, y in zip(exports["importer"], exports["year"], strict=True)
    ]
    partner_rows = pd.DataFrame(
        {
            "partner": exports["importer"],
            "year": exports["year"],
            "flow": "export",
            "record": "partner",
            "value_usd": exports["value_usd"],
            "low": exports["low"],
            "high": exports["high"],
            "status": "stated",
            "reported_by": reporters,
            "source_id": exports["source_id"],
            "method": "",
            "note": "COW: the partner's imports from Japan; whose figure by period (README)",
        }
    )
    frames = [japan, partner_rows]
    if customs_usd is not None:
        usd = customs_usd[customs_usd["partner"].isin([economy_in(p, 2000) for p in group])]
        frames.append(
            pd.DataFrame(
                {
                    "partner": [
                        economy_in(p, y) for p, y in zip(usd["partner"], usd["year"], strict=True)
                    ],
                    "year": usd["year"],
                    "flow": usd["flow"],
                    "record": "japan",
                    "value_usd": usd["value_usd"],
                    "low": usd["low"],
                    "high": usd["high"],
                    "status": "derived",
                    "reported_by": "JPN",
                    "source_id": usd["source_id"],
                    "method": usd["method"],
                    "rate_source": usd["rate_source"],
                    "note": "Japan's customs (Ministry of Finance), yen converted",
                }
            )
        )
    if partner_exports is not None:
        own = partner_exports[
            partner_exports["exporter"].isin(group) & (partner_exports["importer"] == "JPN")
        ]
        frames.append(
            pd.DataFrame(
                {
                    "partner": [
                        economy_in(p, y) for p, y in zip(own["exporter"], own["year"], strict=True)
                    ],
                    "year": own["year"],
                    "flow": "import",
                    "record": "partner",
                    "value_usd": own["value_usd"],
                    "low": own["low"],
                    "high": own["high"],
                    "status": "stated",
                    "reported_by": own["reported_by"],
                    "source_id": own["source_id"],
                    "method": "",
                    "note": "IMF DOTS: the partner's own report of its exports to Japan (FOB)",
                }
            )
        )
    records = pd.concat(frames, ignore_index=True).dropna(subset=["value_usd"])
    records["rate_source"] = records["rate_source"].fillna("") if "rate_source" in records else ""
    return flag_against_mirror(records.reset_index(drop=True))


# --- anomalies, by a stated rule ------------------------------------------------------------
# A figure is an anomaly when it moves against its neighbouring years in a way the other
# side's record of the same flow does not: r = value / geometric mean of the years before and
# after, on each side's own record; when the two sides' r differ by more than ANOMALY_FACTOR
# (one above 1.5 times the other), the side whose r is further from 1 is flagged, with both
# moves and the mirror gap in the reason. A record with no other side, or a year without both
# neighbours, is not judged by this rule.
ANOMALY_FACTOR = 1.5


def _side_series(records: pd.DataFrame) -> pd.DataFrame:
    """One figure per year of one side's record (stated before derived), indexed by year."""
    ranked = records.assign(_rank=(records["status"] != "stated").astype(int))
    ranked = ranked.sort_values(["year", "_rank"]).drop_duplicates("year")
    return ranked.set_index("year")


def _neighbour_move(values: pd.Series) -> pd.Series:
    """value / geometric mean of the values of the year before and the year after."""
    before = values.reindex(values.index - 1).to_numpy()
    after = values.reindex(values.index + 1).to_numpy()
    return values / np.sqrt(before * after)


def flag_against_mirror(records: pd.DataFrame) -> pd.DataFrame:
    """Flag the records the anomaly rule (ANOMALY_FACTOR) finds: flag, flag_reason columns."""
    records = records.assign(flag=False, flag_reason="")
    for (economy, flow), group in records.groupby(["partner", "flow"]):
        partner_side = group[(group["record"] == "partner") & (group["reported_by"] != "JPN")]
        japan_side = group[group["record"] == "japan"]
        if partner_side.empty or japan_side.empty:
            continue
        sides = {"partner": _side_series(partner_side), "japan": _side_series(japan_side)}
        moves = {k: _neighbour_move(v["value_usd"]) for k, v in sides.items()}
        both = moves["partner"].dropna().index.intersection(moves["japan"].dropna().index)
        for year in both:
            r_partner, r_japan = moves["partner"][year], moves["japan"][year]
            if max(r_partner / r_japan, r_japan / r_partner) <= ANOMALY_FACTOR:
                continue
            odd = "partner" if abs(np.log(r_partner)) >= abs(np.log(r_japan)) else "japan"
            other = "japan" if odd == "partner" else "partner"
            row = sides[odd].loc[year]
            mirror = sides[other].loc[year]
            values = sides[odd]["value_usd"]
            gap = (row["value_usd"] - mirror["value_usd"]) / mirror["value_usd"] * 100
            reason = (
                f"anomaly: {row['reported_by']}'s {flow} figure {row['value_usd'] / 1e9:.3f} bn"
                f" is {moves[odd][year]:.2f} x the geometric mean of {year - 1} and"
                f" {year + 1} ({values[year - 1] / 1e9:.3f}, {values[year + 1] / 1e9:.3f} bn),"
                f" while {mirror['reported_by']}'s record of the same flow moves"
                f" {moves[other][year]:.2f} x ({mirror['value_usd'] / 1e9:.3f} bn; gap"
                f" {gap:+.0f} %); rule: the two sides' moves differ by more than a factor of"
                f" {ANOMALY_FACTOR}"
            )
            hit = (
                (records["partner"] == economy)
                & (records["flow"] == flow)
                & (records["year"] == year)
                & (records["record"] == odd)
                & (records["source_id"] == row["source_id"])
            )
            records.loc[hit, "flag"] = True
            records.loc[hit, "flag_reason"] = reason
    return records


def _first_by_preference(records: pd.DataFrame, order: pd.Series) -> pd.DataFrame:
    """Per year and flow, the record ranked first (lowest `order`)."""
    ranked = records.assign(_rank=order.to_numpy()).sort_values(["year", "flow", "_rank"])
    return ranked.drop_duplicates(["year", "flow"]).drop(columns="_rank")


def _choose(records: pd.DataFrame, view: str) -> pd.DataFrame:
    """Pick one figure per year and flow for a view (see annual_backbone)."""
    is_japan_own = records["reported_by"] == "JPN"
    stated = records["status"] == "stated"
    if view == "JPN":
        # Japan's customs for both flows where it has them (one source, one conversion), then
        # Japan's other records, then the partner's record as a fallback
        from_customs = records["source_id"].str.startswith("mof_japan")
        order = (~is_japan_own) * 8 + (records["record"] != "japan") * 4 + (~from_customs) * 2
        order = order + (~stated) * 1
        chosen = _first_by_preference(records, order)
        fallback = chosen["reported_by"] != "JPN"
        chosen.loc[fallback, "note"] = FALLBACK_NOTE + " (" + chosen.loc[fallback, "note"] + ")"
        return chosen
    if view == "partner":
        # the partner's own record of each flow: its imports from Japan (COW to 2014) and its
        # exports to Japan (IMF DOTS, 2019-2020); Japan's record stands in elsewhere, said
        order = (records["record"] != "partner") * 4 + (~stated) * 1
        chosen = _first_by_preference(records, order)
        stand_in = chosen["record"] != "partner"
        chosen.loc[stand_in, "note"] = np.where(
            chosen.loc[stand_in, "flow"] == "import", NO_PARTNER_EXPORTS, NO_PARTNER_IMPORTS
        )
        return chosen
    # best: the importer's record of each flow (stated before derived)
    importer_record = np.where(records["flow"] == "export", "partner", "japan")
    order = (records["record"] != importer_record) * 4 + (~stated) * 1
    chosen = _first_by_preference(records, order)
    chosen["method"] = np.where(
        chosen["method"] == "",
        "importer's record of the flow (the usual preference in mirror statistics)",
        chosen["method"],
    )
    missing = chosen["record"] != np.where(chosen["flow"] == "export", "partner", "japan")
    chosen.loc[missing, "note"] = NO_IMPORTER_RECORD
    return chosen


def _turnover(chosen: pd.DataFrame) -> pd.DataFrame:
    """Exports + imports per year, reporter stated (mixed when the two flows differ)."""
    wide = chosen.pivot(index="year", columns="flow")
    rows = []
    for year, row in wide.to_dict("index").items():
        e_rep, i_rep = row[("reported_by", "export")], row[("reported_by", "import")]
        if not isinstance(e_rep, str) or not isinstance(i_rep, str):
            continue  # one flow has no figure this year: no turnover (never a half sum)
        low, high = intervals.add(
            (row[("low", "export")], row[("high", "export")]),
            (row[("low", "import")], row[("high", "import")]),
        )
        same = e_rep == i_rep
        sources = ";".join(
            dict.fromkeys(
                f"{row[('source_id', 'export')]};{row[('source_id', 'import')]}".split(";")
            )
        )
        rows.append(
            {
                "partner": row[("partner", "import")],
                "year": year,
                "flow": "turnover",
                "value_usd": row[("value_usd", "export")] + row[("value_usd", "import")],
                "low": low,
                "high": high,
                "status": "derived",
                "reported_by": e_rep if same else MIXED,
                "basis": f"export:{e_rep}+import:{i_rep}",
                "source_id": sources,
                "method": "export + import",
                "rate_source": ";".join(
                    dict.fromkeys(
                        r
                        for r in (row[("rate_source", "export")], row[("rate_source", "import")])
                        if r
                    )
                ),
                "flag": bool(row[("flag", "export")] or row[("flag", "import")]),
                "flag_reason": "; ".join(
                    r
                    for r in (row[("flag_reason", "export")], row[("flag_reason", "import")])
                    if r
                ),
                "note": "" if same else f"sums two reporters: exports {e_rep}, imports {i_rep}",
            }
        )
    return pd.DataFrame(rows)


def annual_backbone(
    cow_dyadic: pd.DataFrame,
    customs_usd: pd.DataFrame | None = None,
    partner: str = "RUS",
    view: str = "best",
    years: tuple[int, int] = BACKBONE_YEARS,
    joined: bool = False,
    partner_exports: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Japan's exports, imports and turnover with `partner`, one row per year and flow.

    view ``"JPN"``: Japan's own figures (COW's Japan imports; Japan's exports from COW where
    they are Japan's, 1960-1980 for the USSR, else Japan's customs in US$ from 2009); years
    without Japan's figure fall back to the partner's record, said on the row.
    view ``"partner"``: the partner's own record of each flow: its imports from Japan as COW
    records them (reporter by period, to 2014) and its own report of its exports to Japan
    (IMF DOTS, 2019-2020 only); in every other year and flow Japan's record stands in, said
    on the row. So the partner view equals the best view wherever the files hold no export
    figure of the partner's (every year but 2019-2020 for Japan's imports) and no importer's
    record other than Japan's: that is why, not a copy; they differ in 2019-2020.
    view ``"best"``: each flow as its importer recorded it (CIF, the mirror-statistics rule);
    after 2014 (no COW) Japan's exports stand in for the partner's imports, said on the row.
    Every row carries the anomaly flag of its record (flag, flag_reason; turnover: either
    flow's) and, for converted yen, the rate's source (rate_source).
    USSR (``SUN``, to 1991) and Russia (``RUS``, from 1992) are kept apart: `partner` "SUN"
    or "RUS" gives that economy's years only, unless `joined`, which gives both with a note.
    """
    if view not in BACKBONE_VIEWS:
        raise ValueError(f"view must be one of {BACKBONE_VIEWS}, not {view!r}")
    records = japan_side_records(cow_dyadic, customs_usd, partner, partner_exports)
    return backbone_of_records(records, partner, view, years, joined)


def backbone_of_records(
    records: pd.DataFrame,
    partner: str,
    view: str,
    years: tuple[int, int] = BACKBONE_YEARS,
    joined: bool = False,
) -> pd.DataFrame:
    """annual_backbone from the partner's japan_side_records (read once for all views)."""
    first, last = years
    records = records[records["year"].between(first, last)]
    if partner in RUSSIA_OR_USSR and not joined:
        records = records[records["partner"] == partner]
    chosen = _choose(records, view)
    chosen["basis"] = chosen["reported_by"]
    out = pd.concat([chosen, _turnover(chosen)], ignore_index=True)
    out["view"] = view
    out["economy"] = "JPN"
    out["joined"] = (
        "USSR (SUN) to 1991 and Russia (RUS) from 1992, joined explicitly"
        if partner in RUSSIA_OR_USSR and joined
        else ""
    )
    out["period"] = "annual"
    out["bound"] = "exact"
    out["method"] = out["method"].fillna("")
    out["note"] = out["note"].fillna("")
    flow_order = {"export": 0, "import": 1, "turnover": 2}
    out = out.sort_values(
        ["year", "flow"], key=lambda s: s.map(flow_order) if s.name == "flow" else s
    ).reset_index(drop=True)
    return out[BACKBONE_COLUMNS]


def all_views(
    cow_dyadic,
    customs_usd=None,
    partner="RUS",
    years=BACKBONE_YEARS,
    joined=True,
    partner_exports=None,
):
    """The three views stacked (column `view`), for comparing reporters side by side."""
    records = japan_side_records(cow_dyadic, customs_usd, partner, partner_exports)
    return pd.concat(
        [backbone_of_records(records, partner, v, years, joined) for v in BACKBONE_VIEWS],
        ignore_index=True,
    )


# --- mirror gaps -------------------------------------------------------------------------------


def official_mirror_gaps(
    cow_dyadic: pd.DataFrame,
    customs_usd: pd.DataFrame | None = None,
    partner: str = "RUS",
    years: tuple[int, int] = BACKBONE_YEARS,
    partner_exports: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One side's imports against the other side's exports, year by year, with the gap.

    Japan -> partner: the partner's imports (COW, to 2014) against Japan's exports (Japan's
    customs: Japan-China by month from 2001, both partners by year from 2009; 1960-1980
    COW's figure *is* Japan's exports, so no independent pair).
    Partner -> Japan: Japan's imports (COW, else Japan's customs) against the partner's own
    report of its exports, which `partner_exports` (exporter, importer, year, value_usd,
    reported_by, e.g. the IMF DOTS file: 2019-2020) supplies. A flagged figure's flag and
    reason are on the row.
    """
    records = japan_side_records(cow_dyadic, customs_usd, partner, partner_exports)
    records = records[records["year"].between(*years)]
    first = _first_rows(records)
    rows = []
    for year in sorted(records["year"].unique()):
        partner_code = records.loc[records["year"] == year, "partner"].iloc[0]
        imp_partner = first.get((year, "export", "partner"))
        exp_japan = first.get((year, "export", "japan"))
        independent = imp_partner is not None and imp_partner["reported_by"] != "JPN"
        rows.append(
            _gap_row(
                year,
                partner_code,
                "JPN->partner",
                imp_partner,
                exp_japan if independent else None,
                _export_gap_note(imp_partner is None, independent, exp_japan is None),
            )
        )
        exp_partner = first.get((year, "import", "partner"))
        rows.append(
            _gap_row(
                year,
                partner_code,
                "partner->JPN",
                first.get((year, "import", "japan")),
                exp_partner,
                ""
                if exp_partner is not None
                else "the partner's own export figure is in the official files for 2019-2020"
                " only (IMF DOTS)",
            )
        )
    return pd.DataFrame(rows, columns=MIRROR_GAP_COLUMNS)


def _first_rows(records: pd.DataFrame) -> dict[tuple, dict]:
    """The row compared for each (year, flow, record): the first one, Japan's own record's
    stated figures before its derived ones."""
    derived = (records["record"] == "japan") & (records["status"] != "stated")
    ordered = records.assign(_rank=derived.astype(int)).sort_values("_rank", kind="stable")
    first = ordered.groupby(["year", "flow", "record"], sort=False).head(1)
    return {(row["year"], row["flow"], row["record"]): row for row in first.to_dict("records")}


def _export_gap_note(no_partner_figure: bool, independent: bool, no_japan_figure: bool) -> str:
    """Why an export-side gap cannot be read as a mirror difference, if it cannot."""
    if no_partner_figure:
        return "the partner's imports from Japan are in the official files to 2014 only (COW)"
    if not independent:
        return "COW's partner figure is Japan's own export figure: no independent mirror"
    if no_japan_figure:
        return "Japan's own export figure is not in the official files for this year"
    return ""


def _reporter(row: dict | None) -> str:
    """Whose statistics the row is ("" when there is none)."""
    return row["reported_by"] if row is not None else ""


def _gap_row(year, partner, direction, importer_row, exporter_row, note) -> dict:
    """One mirror-gap row: the importer's record beside the exporter's, with the gap
    (each a row of japan_side_records as a dict, or None where there is none)."""
    imp = importer_row["value_usd"] if importer_row is not None else np.nan
    exp = exporter_row["value_usd"] if exporter_row is not None else np.nan
    reasons = [
        row["flag_reason"]
        for row in (importer_row, exporter_row)
        if row is not None and row["flag"]
    ]
    return {
        "economy": "JPN",
        "partner": partner,
        "year": year,
        "direction": direction,
        "importer_figure": imp,
        "importer_reported_by": _reporter(importer_row),
        "exporter_figure": exp,
        "exporter_reported_by": _reporter(exporter_row),
        "gap_usd": imp - exp,
        "gap_pct": (imp - exp) / exp * 100 if exp else np.nan,
        "note": note,
        "flag": bool(reasons),
        "flag_reason": "; ".join(reasons),
    }


# --- shares ------------------------------------------------------------------------------------


# A total is flagged (rule, not a list of years) when
# - level: it is below a third, or above three times, the median of the seven years centred on
#   it (at least five of them held), which finds a run of wrong years as well as a single one;
# - break: it moves by more than a factor of 1.5 from the year before while the economy's
#   trade with Japan (the backbone's turnover) moves the other way: the total, not trade,
#   changed; shares across the break are not comparable.
TOTAL_LEVEL_FACTOR = 3.0
TOTAL_WINDOW = 3  # years on each side
TOTAL_BREAK_FACTOR = 1.5


def flag_totals(totals: pd.DataFrame, turnover: pd.Series | None = None) -> pd.DataFrame:
    """totals (year, total) with flag and flag_reason by the level and break rules;
    `turnover` (by year) is the economy's trade with Japan, for the break rule."""
    values = totals.set_index("year")["total"].sort_index()
    years, figures = values.index.to_numpy(), values.to_numpy(dtype=float)
    values = dict(zip(years.tolist(), figures.tolist(), strict=True))  # year -> total
    turnover = None if turnover is None else turnover.to_dict()
    reasons = {}
    for year, value in values.items():
        window = figures[(years >= year - TOTAL_WINDOW) & (years <= year + TOTAL_WINDOW)]
        window = window[~np.isnan(window)]
        if len(window) >= 2 * TOTAL_WINDOW - 1:
            median = float(np.median(window))
            if value < median / TOTAL_LEVEL_FACTOR or value > median * TOTAL_LEVEL_FACTOR:
                reasons[year] = (
                    f"anomaly: total trade {value / 1e9:.3f} bn is {value / median:.2f} x the"
                    f" median of {year - TOTAL_WINDOW}-{year + TOTAL_WINDOW}"
                    f" ({median / 1e9:.3f} bn); rule: below 1/{TOTAL_LEVEL_FACTOR:g} or above"
                    f" {TOTAL_LEVEL_FACTOR:g} x that median"
                )
                continue
        if turnover is None or year - 1 not in values:
            continue
        if year not in turnover or year - 1 not in turnover:
            continue
        change = value / values[year - 1]
        with_japan = turnover[year] / turnover[year - 1]
        opposite = (change - 1) * (with_japan - 1) < 0
        if opposite and max(change, 1 / change) > TOTAL_BREAK_FACTOR:
            reasons[year] = (
                f"break: total trade moves {change:.2f} x from {year - 1}"
                f" ({values[year - 1] / 1e9:.3f} -> {value / 1e9:.3f} bn) while trade with"
                f" Japan moves {with_japan:.2f} x; rule: a move beyond a factor of"
                f" {TOTAL_BREAK_FACTOR} against the trade with Japan; shares across"
                f" {year - 1}/{year} are not comparable"
            )
    return totals.assign(
        total_flag=totals["year"].map(lambda y: y in reasons),
        total_flag_reason=totals["year"].map(lambda y: reasons.get(y, "")),
    )


def _national_total(
    national: pd.DataFrame, economies, turnover: pd.Series | None = None
) -> pd.DataFrame:
    """Total trade (imports + exports, both needed) of the economies by year, with interval
    and the anomaly flags of flag_totals."""
    rows = national[national["economy"].isin(list(economies))]
    totals = rows.groupby("year")[["value_usd", "low", "high"]].sum(min_count=2)
    totals.columns = ["total", "total_low", "total_high"]
    return flag_totals(totals.reset_index().dropna(subset=["total"]), turnover)


def _share_rows(
    turnover: pd.DataFrame, totals: pd.DataFrame, economy: str, partner: str, method: str
) -> pd.DataFrame:
    """turnover / totals by year (percent), with the interval of every reading of both; a
    share resting on a flagged turnover or total is flagged, with the reason."""
    merged = turnover.merge(totals, on="year").dropna(subset=["total"])
    shares = [
        intervals.divide((lo, hi), (tlo, thi))
        for lo, hi, tlo, thi in zip(
            merged["low"], merged["high"], merged["total_low"], merged["total_high"], strict=True
        )
    ]
    own_flag = merged["flag"] if "flag" in merged else pd.Series(False, index=merged.index)
    own_reason = (
        merged["flag_reason"] if "flag_reason" in merged else pd.Series("", index=merged.index)
    )
    total_flag = merged.get("total_flag", pd.Series(False, index=merged.index))
    total_reason = merged.get("total_flag_reason", pd.Series("", index=merged.index))
    reasons = [
        "; ".join(r for r in (f"turnover: {a}" if a else "", f"total: {b}" if b else "") if r)
        for a, b in zip(own_reason.fillna(""), total_reason.fillna(""), strict=True)
    ]
    return pd.DataFrame(
        {
            "year": merged["year"].to_numpy(),
            "economy": merged["partner"].to_numpy() if economy == "partner" else economy,
            "partner": merged["partner"].to_numpy() if partner == "partner" else partner,
            "share_pct": (merged["value_usd"] / merged["total"] * 100).to_numpy(),
            "low": [x[0] * 100 for x in shares],
            "high": [x[1] * 100 for x in shares],
            "reported_by": merged["reported_by"].to_numpy(),
            "source_id": merged["source_id"].to_numpy(),
            "method": method,
            "flag": (own_flag.fillna(False).astype(bool) | total_flag.astype(bool)).to_numpy(),
            "flag_reason": reasons,
        }
    )


def trade_shares(
    backbone: pd.DataFrame, national: pd.DataFrame, customs: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The partner's share of Japan's trade and Japan's share of the partner's, by year.

    From the backbone's turnover over COW national totals (imports + exports), and, where
    `customs` is given, from Japan's customs in yen (partner Grand Total over the world's),
    which needs no conversion. ``economy`` is whose total trade divides; ``partner`` whose
    share it is. A share resting on a flagged figure (the turnover's, or the total's by
    flag_totals) is flagged, with the reason.
    """
    turnover = backbone[backbone["flow"] == "turnover"].copy()
    turnover["source_id"] = turnover["source_id"] + ";cow_trade_4.0_national"
    frames = [
        _share_rows(
            turnover,
            _national_total(national, ["JPN"]),
            "JPN",
            "partner",
            "turnover / Japan's total trade (COW national imports + exports)",
        )
    ]
    for economy in turnover["partner"].unique():
        mine = turnover[turnover["partner"] == economy]
        frames.append(
            _share_rows(
                mine,
                _national_total(national, [economy], mine.set_index("year")["value_usd"]),
                economy,
                "JPN",
                f"turnover / {economy}'s total trade (COW national imports + exports)",
            )
        )
    if customs is not None:
        frames.append(customs_shares(customs, turnover["partner"].unique()))
    out = pd.concat(frames, ignore_index=True)
    return out.sort_values(["economy", "partner", "year"], kind="stable").reset_index(drop=True)[
        SHARE_COLUMNS
    ]


def customs_shares(customs: pd.DataFrame, partners) -> pd.DataFrame:
    """The partners' shares of Japan's trade from Japan's customs (yen over yen)."""
    totals = customs[(customs["goods"] == GRAND_TOTAL) & customs["month"].isna()]
    by_area = totals.groupby(["partner", "year"], as_index=False)[
        ["value_jpy", "low_jpy", "high_jpy"]
    ].sum()
    world = by_area[by_area["partner"] == WORLD].rename(
        columns={"value_jpy": "total", "low_jpy": "total_low", "high_jpy": "total_high"}
    )[["year", "total", "total_low", "total_high"]]
    wanted = {economy_in(p, 2000) for p in partners}
    part = by_area[by_area["partner"].isin(wanted)].rename(
        columns={"value_jpy": "value_usd", "low_jpy": "low", "high_jpy": "high"}
    )
    part = part.assign(reported_by="JPN", source_id="mof_japan_year")
    return _share_rows(
        part,
        world,
        "JPN",
        "partner",
        "Japan's customs: (exports + imports with the partner) / (with the world), both in yen",
    )


# --- commodity structure -----------------------------------------------------------------------


def commodity_path(goods: str) -> list[str]:
    """The group and the groups that contain it, innermost first."""
    path = [goods]
    while COMMODITY_PARENT.get(path[-1]):
        path.append(COMMODITY_PARENT[path[-1]])
    return path


def commodity_structure(
    customs: pd.DataFrame,
    partner: str = "RUS",
    rates: pd.DataFrame | None = None,
    rates_by_year: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Japan's trade with `partner` by commodity group: value and share of the flow's total.

    Groups contain other groups (Mineral Fuels contains Petroleum, LNG, LPG, Coal; Foodstuff
    contains Fish; Transport Equipment contains Motor Vehicles, which contains (Car) and
    (Bus&Truck)). ``in_partition`` marks the nine sections, which sum to the Grand Total; never
    add a group to its own parts (detailed_partition gives a finer non-overlapping split).
    """
    rows = customs[(customs["partner"] == partner) & customs["month"].isna()]
    totals = rows[rows["goods"] == GRAND_TOTAL].set_index(["flow", "year"])["value_jpy"]
    groups = rows[rows["goods"] != GRAND_TOTAL].copy()
    total = totals.reindex(pd.MultiIndex.from_frame(groups[["flow", "year"]])).to_numpy()
    paths = groups["goods"].map(commodity_path)
    groups["parent"] = groups["goods"].map(COMMODITY_PARENT).fillna("")
    groups["section"] = paths.map(lambda p: p[-1])
    groups["level"] = paths.map(len)
    groups["share_pct"] = groups["value_jpy"] / total * 100
    groups["in_partition"] = groups["level"] == 1
    groups["value_usd"] = np.nan
    groups["rate_source"] = ""
    if rates_by_year is None and rates is not None:
        rates_by_year = year_rates(rates)
    if rates_by_year is not None:
        by_year = rates_by_year.set_index("year")
        groups["value_usd"] = groups["value_jpy"] / groups["year"].map(by_year["per_usd"])
        groups["rate_source"] = groups["year"].map(by_year["rate_source"]).fillna("")
    return groups.sort_values(["flow", "year", "section", "level", "goods"]).reset_index(
        drop=True
    )[CUSTOMS_COMMODITY_COLUMNS]


def detailed_partition(structure: pd.DataFrame) -> pd.DataFrame:
    """A finer split that still sums to 100 %: each section's direct groups plus the rest of
    the section (``<section>: other``)."""
    keys = ["flow", "year", "section"]
    sections = structure[structure["level"] == 1].set_index(keys)
    children = structure[structure["level"] == 2]
    named = children.groupby(keys)[["value_jpy", "share_pct"]].sum()
    rest = sections[["value_jpy", "share_pct"]].sub(named, fill_value=0).reset_index()
    rest = rest.merge(sections.reset_index()[[*keys, "reporter", "partner", "source_id"]], on=keys)
    rest["goods"] = rest["section"] + ": other"
    rest["parent"] = rest["section"]
    rest["level"] = 2
    out = pd.concat([children, rest], ignore_index=True)
    out["in_partition"] = True
    return out.sort_values(["flow", "year", "section", "goods"]).reset_index(drop=True)[
        [c for c in CUSTOMS_COMMODITY_COLUMNS if c in out.columns]
    ]


# Growth tools for the backbone are those of rjtrade.analyses.series (cagr, year_on_year,
# index): they refuse a span that changes reporter (the `basis` column) or crosses 1991/1992.


# --- the tables the build writes -----------------------------------------------------------


def official_year_rates(official: dict[str, pd.DataFrame], currency: str = "JPY"):
    """The year's yen rate by the stated preference (year_rates) from the official files."""
    return year_rates(
        official.get("rates"), official.get("rates_wdi"), official.get("rates_fed"), currency
    )


def customs_in_usd(official: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Japan's yearly customs totals in US$ at each year's rate (year_rates: the spread between
    rate sources in the interval), widened by the largest gap between the annual-mean and
    monthly conversions measured on the monthly Japan-China file (conversion_spread); and
    Japan-China from the monthly file (each month at its own IMF rate) for the years the
    yearly file does not hold (2001-2008)."""
    spread = conversion_spread(official["customs_month"], official["rates"])
    widen = float(spread["relative_gap"].abs().max())
    rates_by_year = official_year_rates(official)
    yearly = customs_year_in_usd(
        official["customs_year"], official["rates"], widen=widen, rates_by_year=rates_by_year
    )
    monthly = customs_month_in_usd(official["customs_month"], official["rates"])
    held = set(zip(yearly["partner"], yearly["year"], strict=True))
    monthly = monthly[
        [(p, y) not in held for p, y in zip(monthly["partner"], monthly["year"], strict=True)]
    ]
    monthly = monthly.merge(rates_by_year, on="year", how="left")
    # the spread between rate sources, relative to the chosen annual rate, and the method's
    monthly["low"] = monthly["low"] * (monthly["per_usd"] / monthly["rate_high"]) * (1 - widen)
    monthly["high"] = monthly["high"] * (monthly["per_usd"] / monthly["rate_low"]) * (1 + widen)
    monthly["rate_source"] = IMF_RATES_SOURCE
    monthly["method"] = (
        MONTHLY_MEAN_METHOD
        + "; interval spans the rate sources' annual spread and the annual-mean conversion"
        + f" (widened by {widen:.2%})"
    )
    monthly = monthly.drop(columns=["per_usd", "rate_low", "rate_high", "rate_sources"])
    return pd.concat([yearly, monthly], ignore_index=True)


def backbone_tables(
    official: dict[str, pd.DataFrame],
    partners: tuple[str, ...] = BACKBONE_PARTNERS,
    with_shares: bool = True,
) -> dict[str, pd.DataFrame]:
    """The backbone for the partners (both by default) in every view, and the trade shares
    unless not wanted: what checking a claim needs (customs figures in US$ as `customs_usd`)."""
    usd = customs_in_usd(official)
    own_exports = official.get("dots_exports")
    views = pd.concat(
        [all_views(official["cow_dyadic"], usd, p, partner_exports=own_exports) for p in partners],
        ignore_index=True,
    )
    shares = None
    if with_shares:
        shares = pd.concat(
            [
                trade_shares(
                    views[(views["view"] == "best") & views["partner"].isin(_partner_group(p))],
                    official["cow_national"],
                    official["customs_year"],
                )
                for p in partners
            ],
            ignore_index=True,
        )
    return {"official_series": views, "trade_shares": shares, "customs_usd": usd}


# --- what the official series covers ---------------------------------------------------------
COVERAGE_SOURCES = {
    "cow_years": ("cow_trade", "Correlates of War (both sides' imports)"),
    "customs_years": ("mof_japan", "Japan's customs, yen converted"),
    "partner_own_export_years": ("imf_dots", "the partner's own report of its exports (DOTS)"),
}
COVERAGE_COLUMNS = ["partner", "first_year", "last_year", *COVERAGE_SOURCES, "note"]


def year_span(years) -> str:
    """'1960-2014' for a run, '2001-2008, 2009-2025' style for runs, '' for none."""
    years = sorted({int(y) for y in years})
    runs: list[list[int]] = []
    for year in years:
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else f"{r[0]}" for r in runs)


def coverage(views: pd.DataFrame) -> pd.DataFrame:
    """What the official series covers, per partner (RUS: the USSR to 1991 and Russia from
    1992): first and last year, and the years of each kind of source in any view."""
    rows = []
    for partner in BACKBONE_PARTNERS:
        mine = views[
            views["partner"].isin(_partner_group(partner)) & (views["flow"] != "turnover")
        ]
        if mine.empty:
            continue
        row = {
            "partner": partner,
            "first_year": int(mine["year"].min()),
            "last_year": int(mine["year"].max()),
        }
        for column, (prefix, _) in COVERAGE_SOURCES.items():
            row[column] = year_span(mine.loc[mine["source_id"].str.contains(prefix), "year"])
        row["note"] = "; ".join(
            f"{text}: {row[column]}"
            for column, (_, text) in COVERAGE_SOURCES.items()
            if row[column]
        )
        rows.append(row)
    return pd.DataFrame(rows, columns=COVERAGE_COLUMNS)


def outside_coverage(views: pd.DataFrame, partner: str, years) -> str:
    """'' when every year asked is covered for the partner, else a sentence saying which
    years the official series covers and from what."""
    table = coverage(views)
    row = table[table["partner"] == partner]
    if row.empty:
        return f"no official series for Japan and {partner} (partners: {', '.join(table.partner)})"
    row = row.iloc[0]
    held = set(range(row["first_year"], row["last_year"] + 1))
    missing = sorted(set(years) - held)
    if not missing:
        return ""
    return (
        f"the official series for Japan and {partner} covers {row['first_year']}-"
        f"{row['last_year']} ({row['note']}); no figure for {year_span(missing)}"
    )


ARTICLE_YEARS = (1960, 2014)  # the years of the article's story charts


REAL_BASE_YEAR = 2014  # constant dollars of the article's last year
RECORD_VIEW = "best"  # COW (each flow as its importer recorded it) to 2014, Japan's customs on


def real_turnover(
    series: pd.DataFrame, cpi: pd.DataFrame, partner: str = "RUS", base_year: int = REAL_BASE_YEAR
) -> pd.DataFrame:
    """The turnover of Japan and `partner` in the record's view (RECORD_VIEW), in constant
    `base_year` US$ by the US CPI-U (prices.constant_dollars: index and base year on every row)."""
    rows = official_view(series, partner, RECORD_VIEW)
    return constant_dollars(rows[rows["flow"] == "turnover"], cpi, base_year, "cpi")


def story_years(official: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The official series and mirror gaps cut to the article's years (1960-2014), as the
    article's story charts drew them before the record ran on; the new years have charts of
    their own (trade shares and the customs structure already ran to 2025)."""
    first, last = ARTICLE_YEARS
    out = dict(official)
    for name in ("official_series", "official_mirror_gaps"):
        if name in out and out[name] is not None:
            table = out[name]
            out[name] = table[table["year"].between(first, last)].reset_index(drop=True)
    return out


# --- the partner's own report by chapter beside Japan's customs groups --------------------------
# HS 2017 chapters (UN Comtrade) read against the nearest group of Japan's customs (which
# follows SITC): an approximate correspondence, stated on every row; chapter 71 is there
# mostly for platinum-group metals, which Japan counts among non-ferrous metals.
HS_CHAPTER_GROUPS = {
    GRAND_TOTAL: None,  # every chapter
    "Mineral Fuels": ("27",),
    "Nonferrous Metals": ("71", "74", "75", "76", "78", "79", "80", "81"),
    "Fish And Fish Preparation": ("03",),
    "Wood": ("44",),
    "Iron And Steel Products": ("72", "73"),
    "Organic Chemicals": ("29",),
    "Cereals, Cereal Preparation": ("10", "11"),
}
CHAPTER_COLUMNS = [
    "partner", "year", "goods", "chapters", "partner_exports_usd", "partner_reported_by",
    "japan_imports_jpy", "japan_imports_usd", "japan_reported_by", "rate_source",
    "gap_pct", "note",
]  # fmt: skip


def chapters_beside_groups(
    chapters: pd.DataFrame,
    customs: pd.DataFrame,
    rates_by_year: pd.DataFrame,
    partner: str = "RUS",
) -> pd.DataFrame:
    """The partner's exports to Japan by HS chapter as it reports them, summed to the nearest
    customs group, beside Japan's imports of that group from the partner (yen, and US$ at the
    year's rate): gap_pct = (Japan's imports - the partner's exports) / the partner's."""
    own = chapters[(chapters["exporter"] == partner) & (chapters["importer"] == "JPN")]
    japan = customs[
        (customs["partner"] == partner) & (customs["flow"] == "import") & customs["month"].isna()
    ]
    rates = rates_by_year.set_index("year")
    rows = []
    for year in sorted(own["year"].unique()):
        mine = own[own["year"] == year]
        for goods, codes in HS_CHAPTER_GROUPS.items():
            part = mine if codes is None else mine[mine["chapter"].isin(codes)]
            held = japan[(japan["year"] == year) & (japan["goods"] == goods)]
            jpy = float(held["value_jpy"].iloc[0]) if not held.empty else np.nan
            usd = jpy / rates.loc[year, "per_usd"] if year in rates.index else np.nan
            exports = float(part["value_usd"].sum())
            rows.append(
                {
                    "partner": partner,
                    "year": int(year),
                    "goods": goods,
                    "chapters": "all" if codes is None else ", ".join(codes),
                    "partner_exports_usd": exports,
                    "partner_reported_by": partner,
                    "japan_imports_jpy": jpy,
                    "japan_imports_usd": usd,
                    "japan_reported_by": "JPN",
                    "rate_source": rates.loc[year, "rate_source"] if year in rates.index else "",
                    "gap_pct": (usd - exports) / exports * 100 if exports else np.nan,
                    "note": "sum of the chapters the file holds (no total line)"
                    if codes is None
                    else "HS chapters read against the nearest customs group: approximate",
                }
            )
    return pd.DataFrame(rows, columns=CHAPTER_COLUMNS)


# --- ratios of two backbone figures --------------------------------------------------------------


def basis_reporters(basis: str) -> set[str]:
    """The reporters a basis rests on: 'export:JPN+import:JPN' -> {'JPN'};
    'export:RUS+import:JPN' -> {'RUS', 'JPN'}; 'JPN' -> {'JPN'}."""
    return {part.split(":")[-1] for part in str(basis).split("+") if part}


def ratio_reporter(*bases: str) -> str:
    """Whose statistics a ratio of figures is: the one reporter every basis rests on (a
    ratio of two Japanese figures is JPN), else mixed."""
    reporters = set().union(*(basis_reporters(b) for b in bases))
    return reporters.pop() if len(reporters) == 1 else MIXED


def turnover_ratio(
    views: pd.DataFrame, numerator: str, denominator: str, view: str = "JPN"
) -> pd.DataFrame:
    """Japan's turnover with `numerator` over that with `denominator`, year by year, in one
    view: year, ratio, low, high (every reading of both intervals), reported_by (ratio_reporter
    of the two bases), flag and flag_reason (either figure's)."""
    turnover = views[(views["view"] == view) & (views["flow"] == "turnover")]
    top = turnover[turnover["partner"].isin(_partner_group(numerator))].set_index("year")
    bottom = turnover[turnover["partner"].isin(_partner_group(denominator))].set_index("year")
    years = top.index.intersection(bottom.index)
    rows = []
    for year in years:
        a, b = top.loc[year], bottom.loc[year]
        low, high = intervals.divide((a["low"], a["high"]), (b["low"], b["high"]))
        reasons = [r for r in (a["flag_reason"], b["flag_reason"]) if r]
        rows.append(
            {
                "year": int(year),
                "ratio": a["value_usd"] / b["value_usd"],
                "low": low,
                "high": high,
                "reported_by": ratio_reporter(a["basis"], b["basis"]),
                "basis": f"{a['basis']} over {b['basis']}",
                "flag": bool(a["flag"] or b["flag"]),
                "flag_reason": "; ".join(reasons),
            }
        )
    return pd.DataFrame(rows)


# --- the tables the build writes ------------------------------------------------------------


def official_tables(official: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The backbone for both pairs and every view; mirror gaps, with the partners' own export
    reports (IMF DOTS) where held; trade shares; Japan's customs structure of trade with Russia
    in US$ at each year's rate (year_rates: IMF to 2019, WDI 2020-2024, Federal Reserve 2025).
    Claims are checked against them in rjtrade.claims."""
    backbone = backbone_tables(official)
    gaps = pd.concat(
        [
            official_mirror_gaps(
                official["cow_dyadic"],
                backbone["customs_usd"],
                p,
                partner_exports=official.get("dots_exports"),
            )
            for p in BACKBONE_PARTNERS
        ],
        ignore_index=True,
    )
    return {
        "official_series": backbone["official_series"],
        "official_mirror_gaps": gaps,
        "trade_shares": backbone["trade_shares"],
        "customs_structure": commodity_structure(
            official["customs_year"], "RUS", rates_by_year=official_year_rates(official)
        ),
    }
