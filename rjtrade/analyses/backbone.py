"""The official backbone: Japan's trade with the USSR/Russia and with China, 1960-2014, from
Correlates of War (COW) and Japan's customs, reporter by reporter.

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
    BACKBONE_VIEWS,
    BACKBONE_YEARS,
    COMMODITY_PARENT,
    CUSTOMS_COMMODITY_COLUMNS,
    GRAND_TOTAL,
    MIRROR_GAP_COLUMNS,
    MIXED,
    PARTNER_IMPORT_REPORTER,
    RUSSIA_OR_USSR,
    SHARE_COLUMNS,
    WORLD,
    economy_in,
)
from ..sources.imf import SOURCE as IMF_SOURCE

ANNUAL_MEAN_METHOD = (
    "yen / annual mean of the IMF's daily JPY per US$ rates ({days} days, {rate:.4f}); a "
    "calendar-year total accrues through the year, so the year's mean rate matches it"
)
MONTHLY_MEAN_METHOD = (
    "each month's yen / that month's mean IMF JPY per US$ rate, summed over the year; monthly "
    "values are converted at the rate of their own month, which follows the yen within the year"
)
FALLBACK_NOTE = "Japan's own figure is not in the official files; the partner's record shown"
NO_PARTNER_EXPORTS = "the partner's exports are not in the official files; Japan's record shown"


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


def customs_year_in_usd(
    customs: pd.DataFrame, rates: pd.DataFrame, goods: str = GRAND_TOTAL, widen: float = 0.0
) -> pd.DataFrame:
    """Japan's yearly customs figures (yen) in US$ at the annual mean IMF rate: DERIVED rows.

    `widen` (relative) adds the conversion-method uncertainty to the interval, for example
    conversion_spread(...)'s largest gap; the method is written on every row.
    """
    yearly = customs[(customs["goods"] == goods) & customs["month"].isna()]
    merged = yearly.merge(annual_mean_rates(rates), on="year", how="inner")
    usd = _yen_to_usd(merged, merged["per_usd"], widen)
    method = [
        ANNUAL_MEAN_METHOD.format(days=d, rate=r)
        for d, r in zip(merged["days"], merged["per_usd"], strict=True)
    ]
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
            **usd,
            "status": "derived",
            "source_id": merged["source_id"] + ";" + IMF_SOURCE,
            "method": method,
        }
    )


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
    out["source_id"] = out["source_id"] + ";" + IMF_SOURCE
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


def japan_side_records(
    cow_dyadic: pd.DataFrame, customs_usd: pd.DataFrame | None, partner: str
) -> pd.DataFrame:
    """Every figure of Japan's trade with the partner (both USSR and Russia for either), from
    Japan's side, with whose record it is: ``japan`` (Japan's customs) or ``partner``."""
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
                    "note": "Japan's customs (Ministry of Finance), yen converted",
                }
            )
        )
    return pd.concat(frames, ignore_index=True).dropna(subset=["value_usd"])


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
    # partner and best: the importer's record of each flow (stated before derived)
    importer_record = np.where(records["flow"] == "export", "partner", "japan")
    order = (records["record"] != importer_record) * 4 + (~stated) * 1
    chosen = _first_by_preference(records, order)
    if view == "partner":
        imports = chosen["flow"] == "import"
        chosen.loc[imports, "note"] = NO_PARTNER_EXPORTS
    else:
        chosen["method"] = np.where(
            chosen["method"] == "",
            "importer's record of the flow (the usual preference in mirror statistics)",
            chosen["method"],
        )
    return chosen


def _turnover(chosen: pd.DataFrame) -> pd.DataFrame:
    """Exports + imports per year, reporter stated (mixed when the two flows differ)."""
    wide = chosen.pivot(index="year", columns="flow")
    rows = []
    for year, row in wide.to_dict("index").items():
        e_rep, i_rep = row[("reported_by", "export")], row[("reported_by", "import")]
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
) -> pd.DataFrame:
    """Japan's exports, imports and turnover with `partner`, one row per year and flow.

    view ``"JPN"``: Japan's own figures (COW's Japan imports; Japan's exports from COW where
    they are Japan's, 1960-1980 for the USSR, else Japan's customs in US$ from 2009); years
    without Japan's figure fall back to the partner's record, said on the row.
    view ``"partner"``: the partner's imports from Japan as COW records them (reporter by
    period); the partner's exports are not in these files, so Japan's imports stand in (said).
    view ``"best"``: each flow as its importer recorded it (CIF, the mirror-statistics rule).
    USSR (``SUN``, to 1991) and Russia (``RUS``, from 1992) are kept apart: `partner` "SUN"
    or "RUS" gives that economy's years only, unless `joined`, which gives both with a note.
    """
    if view not in BACKBONE_VIEWS:
        raise ValueError(f"view must be one of {BACKBONE_VIEWS}, not {view!r}")
    first, last = years
    records = japan_side_records(cow_dyadic, customs_usd, partner)
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


def all_views(cow_dyadic, customs_usd=None, partner="RUS", years=BACKBONE_YEARS, joined=True):
    """The three views stacked (column `view`), for comparing reporters side by side."""
    return pd.concat(
        [
            annual_backbone(cow_dyadic, customs_usd, partner, v, years, joined)
            for v in BACKBONE_VIEWS
        ],
        ignore_index=True,
    )


# --- mirror gaps -------------------------------------------------------------------------------


def mirror_gaps(
    cow_dyadic: pd.DataFrame,
    customs_usd: pd.DataFrame | None = None,
    partner: str = "RUS",
    years: tuple[int, int] = BACKBONE_YEARS,
    partner_exports: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One side's imports against the other side's exports, year by year, with the gap.

    Japan -> partner: the partner's imports (COW) against Japan's exports (Japan's customs
    from 2009; 1960-1980 COW's figure *is* Japan's exports, so no independent pair).
    Partner -> Japan: Japan's imports (COW) against the partner's exports, which only
    `partner_exports` (year, value_usd, reported_by, e.g. published figures) can supply.
    """
    records = japan_side_records(cow_dyadic, customs_usd, partner)
    records = records[records["year"].between(*years)]
    rows = []
    for year, group in records.groupby("year"):
        partner_code = group["partner"].iloc[0]
        imp_partner = group[(group["flow"] == "export") & (group["record"] == "partner")]
        exp_japan = group[(group["flow"] == "export") & (group["record"] == "japan")]
        independent = not imp_partner.empty and imp_partner["reported_by"].iloc[0] != "JPN"
        rows.append(
            _gap_row(
                year,
                partner_code,
                "JPN->partner",
                imp_partner,
                exp_japan if independent else exp_japan.iloc[0:0],
                _export_gap_note(independent, exp_japan.empty),
            )
        )
        imp_japan = group[
            (group["flow"] == "import")
            & (group["record"] == "japan")
            & (group["status"] == "stated")
        ]
        exp_partner = (
            partner_exports[partner_exports["year"] == year]
            if partner_exports is not None
            else imp_japan.iloc[0:0]
        )
        rows.append(
            _gap_row(
                year,
                partner_code,
                "partner->JPN",
                imp_japan,
                exp_partner,
                ""
                if not exp_partner.empty
                else "the partner's exports are not in the official files",
            )
        )
    return pd.DataFrame(rows, columns=MIRROR_GAP_COLUMNS)


def _export_gap_note(independent: bool, no_japan_figure: bool) -> str:
    """Why an export-side gap cannot be read as a mirror difference, if it cannot."""
    if not independent:
        return "COW's partner figure is Japan's own export figure: no independent mirror"
    if no_japan_figure:
        return "Japan's own export figure is not in the official files (customs from 2009)"
    return ""


def _gap_row(year, partner, direction, importer_rows, exporter_rows, note) -> dict:
    """One mirror-gap row: the importer's record beside the exporter's, with the gap."""
    imp = importer_rows["value_usd"].iloc[0] if not importer_rows.empty else np.nan
    exp = exporter_rows["value_usd"].iloc[0] if not exporter_rows.empty else np.nan
    return {
        "economy": "JPN",
        "partner": partner,
        "year": year,
        "direction": direction,
        "importer_figure": imp,
        "importer_reported_by": importer_rows["reported_by"].iloc[0]
        if not importer_rows.empty
        else "",
        "exporter_figure": exp,
        "exporter_reported_by": exporter_rows["reported_by"].iloc[0]
        if not exporter_rows.empty
        else "",
        "gap_usd": imp - exp,
        "gap_pct": (imp - exp) / exp * 100 if exp else np.nan,
        "note": note,
    }


# --- shares ------------------------------------------------------------------------------------


def _national_total(national: pd.DataFrame, economies) -> pd.DataFrame:
    """Total trade (imports + exports, both needed) of the economies by year, with interval."""
    rows = national[national["economy"].isin(list(economies))]
    totals = rows.groupby("year")[["value_usd", "low", "high"]].sum(min_count=2)
    totals.columns = ["total", "total_low", "total_high"]
    return totals.reset_index()


def _share_rows(
    turnover: pd.DataFrame, totals: pd.DataFrame, economy: str, partner: str, method: str
) -> pd.DataFrame:
    """turnover / totals by year (percent), with the interval of every reading of both."""
    merged = turnover.merge(totals, on="year").dropna(subset=["total"])
    shares = [
        intervals.divide((lo, hi), (tlo, thi))
        for lo, hi, tlo, thi in zip(
            merged["low"], merged["high"], merged["total_low"], merged["total_high"], strict=True
        )
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
        }
    )


def trade_shares(
    backbone: pd.DataFrame, national: pd.DataFrame, customs: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The partner's share of Japan's trade and Japan's share of the partner's, by year.

    From the backbone's turnover over COW national totals (imports + exports), and, where
    `customs` is given, from Japan's customs in yen (partner Grand Total over the world's),
    which needs no conversion. ``economy`` is whose total trade divides; ``partner`` whose
    share it is.
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
        frames.append(
            _share_rows(
                turnover[turnover["partner"] == economy],
                _national_total(national, [economy]),
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
    customs: pd.DataFrame, partner: str = "RUS", rates: pd.DataFrame | None = None
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
    if rates is not None:
        annual = annual_mean_rates(rates).set_index("year")["per_usd"]
        groups["value_usd"] = groups["value_jpy"] / groups["year"].map(annual)
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
BACKBONE_PARTNERS = ("RUS", "CHN")


def customs_in_usd(official: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Japan's yearly customs totals in US$, widened by the largest gap between the annual-mean
    and monthly conversions measured on the monthly Japan–China file (conversion_spread)."""
    spread = conversion_spread(official["customs_month"], official["rates"])
    widen = float(spread["relative_gap"].abs().max())
    return customs_year_in_usd(official["customs_year"], official["rates"], widen=widen)


def backbone_tables(
    official: dict[str, pd.DataFrame],
    partners: tuple[str, ...] = BACKBONE_PARTNERS,
    with_shares: bool = True,
) -> dict[str, pd.DataFrame]:
    """The backbone for the partners (both by default) in every view, and the trade shares
    unless not wanted: what checking a claim needs (customs figures in US$ as `customs_usd`)."""
    usd = customs_in_usd(official)
    views = pd.concat(
        [all_views(official["cow_dyadic"], usd, p) for p in partners], ignore_index=True
    )
    shares = None
    if with_shares:
        shares = pd.concat(
            [
                trade_shares(
                    annual_backbone(official["cow_dyadic"], usd, p, joined=True),
                    official["cow_national"],
                    official["customs_year"],
                )
                for p in partners
            ],
            ignore_index=True,
        )
    return {"official_series": views, "trade_shares": shares, "customs_usd": usd}


def official_tables(official: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The backbone for both pairs and every view, mirror gaps, trade shares and Japan's customs
    structure of trade with Russia (claims are checked against them in rjtrade.claims)."""
    backbone = backbone_tables(official)
    views, shares = backbone["official_series"], backbone["trade_shares"]
    gaps = pd.concat(
        [
            mirror_gaps(official["cow_dyadic"], backbone["customs_usd"], p)
            for p in BACKBONE_PARTNERS
        ],
        ignore_index=True,
    )
    return {
        "official_series": views,
        "official_mirror_gaps": gaps,
        "trade_shares": shares,
        "customs_structure": commodity_structure(
            official["customs_year"], "RUS", official["rates"]
        ),
    }
