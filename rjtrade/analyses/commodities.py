"""Commodity structure: shares by category, the unstated remainder, primary versus manufactured.

Every category as written maps to one canonical category with its HS codes and
class, or stays as written where no sound mapping exists (rjtrade/categories.py
holds the mapping and the rule). The structure measure gives the primary share as
an interval from "none of the mixed or unstated" to "all of it".
"""

from __future__ import annotations

import math
from functools import partial

import pandas as pd

from ..categories import CATEGORIES, CUSTOMS_GOODS, MAPPINGS, OTHER
from ..intervals import multiply
from ..records import group_by, records
from ..schema import (
    COMMODITY_COLUMNS,
    COMMODITY_VALUE_COLUMNS,
    MIRROR_FLOW,
    PRIMARY_SOURCE,
    RUSSIA_OR_USSR,
    SHARE_GROUP,
    STRUCTURE_COLUMNS,
)

UNSTATED_PERIOD = "not stated by the source"
# The article gives its structure (line 102) without a period, right after its
# January–September 2014 totals (line 100). Values may use those totals, as an assumption,
# only where the shares resemble Japan's customs structure of 2014 more than any other year.
ASSUMED_TOTALS = {PRIMARY_SOURCE: (2014, "jan-sep")}
MATCH_COLUMNS = [
    "source_id",
    "russia_flow",
    "year",
    "distance_pp",
    "categories",
    "compared",
    "best",
]


def russia_flow(economy: str, flow: str) -> str:
    """Russia's side of the flow: Japan's exports to Russia are Russia's imports from Japan."""
    return flow if economy in RUSSIA_OR_USSR else MIRROR_FLOW[flow]


def category_row(obs: dict) -> dict:
    """A commodity-share observation with its canonical category, HS codes and class."""
    canonical, fit = MAPPINGS[obs["commodity"]]
    hs, cls, why = CATEGORIES.get(
        canonical, ("", "mixed", "category as written has no sound mapping")
    )
    period = (
        UNSTATED_PERIOD
        if obs["year"] is None
        else f"{obs['period']} {int(obs['year'])}".replace("annual ", "")
    )
    return {
        "obs_id": obs["obs_id"],
        "source_id": obs["source_id"],
        "locator": obs["locator"],
        "economy": obs["economy"],
        "partner": obs["partner"],
        "flow": obs["flow"],
        "russia_flow": russia_flow(obs["economy"], obs["flow"]),
        "reported_by": obs["reported_by"],
        "category": canonical or obs["commodity"],
        "category_as_written": obs["commodity"],
        "mapping": fit,
        "hs_codes": hs,
        "class": cls,
        "class_rule": why,
        "share_pct": obs["value"],
        "low": obs["low"],
        "high": obs["high"],
        "bound": obs["bound"],
        "year": obs["year"],
        "period": obs["period"],
        "reference_period": period,
        "status": "stated",
    }


def remainder_row(group: pd.DataFrame) -> dict:
    """The share no category states: 100 minus the stated shares, as an interval."""
    first = group.iloc[0].to_dict()
    low, high = max(0.0, 100 - group["high"].sum()), 100 - group["low"].sum()
    return {
        **first,
        "obs_id": ";".join(group["obs_id"]),
        "category": OTHER,
        "category_as_written": None,
        "mapping": "computed",
        "hs_codes": "",
        "class": "unknown",
        "class_rule": "not stated",
        "share_pct": 100 - group["share_pct"].sum(),
        "low": low,
        "high": high,
        "bound": "exact",
        "status": "derived",
    }


# Rows in reading order: by source and flow, periods in order, stated shares largest first.
ORDER = ["source_id", "economy", "partner", "flow", "reference_period", "status", "share_pct"]


def _total_for(levels: list[dict], row: dict, assumed: dict) -> dict | None:
    """The flow's total for the shares' period: same source first, then any other source."""
    year, period = row["year"], row["period"]
    if pd.isna(year):
        year, period = assumed.get(row["source_id"], (None, None))
    same = [
        r
        for r in levels
        if (r["economy"], r["partner"], r["flow"], r["year"], r["period"])
        == (row["economy"], row["partner"], row["flow"], year, period)
    ]
    return min(same, key=lambda r: r["source_id"] != row["source_id"], default=None)


def commodity_shares(
    obs: pd.DataFrame, with_values: bool = True, customs: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One row per flow and category of every source, plus the computed remainder per flow.

    With `with_values`, approximate values (share x the flow's total for the same
    period) are added, marked derived, naming the total they used. Undated shares get
    values only from an assumed period (ASSUMED_TOTALS), and only where Japan's customs
    structure (`customs`, backbone.commodity_structure) resembles them most in that year.
    """
    rows = [category_row(r) for r in records(obs[obs["measure"] == "commodity_share"])]
    shares = pd.DataFrame(rows, columns=COMMODITY_COLUMNS)
    remainders = [remainder_row(g) for _, g in shares.groupby(list(SHARE_GROUP), dropna=False)]
    table = pd.concat([shares, pd.DataFrame(remainders)], ignore_index=True).astype(
        {"year": "Int64"}
    )
    ascending = [True] * 5 + [False, False]
    table = table.sort_values(ORDER, ascending=ascending).reset_index(drop=True)
    if not with_values:
        return table
    return add_values(table, obs, assumed_totals(table, customs, latest_years(obs)))


def latest_years(obs: pd.DataFrame) -> dict[str, int]:
    """The latest year each source gives a figure for: its undated figures cannot be later."""
    latest = obs["year"].groupby(obs["source_id"]).max().dropna()
    return {k: int(v) for k, v in latest.items()}


def assumed_totals(shares: pd.DataFrame, customs: pd.DataFrame | None, latest: dict) -> dict:
    """The assumed periods of undated shares that the customs structure supports (see above)."""
    if customs is None:
        return {}
    best = structure_match(shares, customs, latest)
    best = best[best["best"]]
    return {
        source: (year, period)
        for source, (year, period) in ASSUMED_TOTALS.items()
        if set(best.loc[best["source_id"] == source, "year"]) == {year}
    }


def structure_match(
    shares: pd.DataFrame, customs: pd.DataFrame, latest: dict[str, int] | None = None
) -> pd.DataFrame:
    """Undated shares against Japan's customs structure of each year (Russia's exports are
    Japan's imports): the sum of absolute differences in percentage points over the
    categories both name (categories.CUSTOMS_GOODS), and the nearest year marked best.
    Years after a source's latest dated figure (`latest`, by source) are not compared."""
    undated = shares[shares["year"].isna() & shares["category"].isin(CUSTOMS_GOODS)]
    rows = []
    for (source, flow), group in undated.groupby(["source_id", "russia_flow"]):
        japan = customs[customs["flow"] == MIRROR_FLOW[flow]]
        japan = japan[japan["year"] <= (latest or {}).get(source, japan["year"].max())]
        by_year = japan.pivot_table(index="year", columns="goods", values="share_pct")
        stated = records(group, ["category", "share_pct"])
        customs_of = {  # each category's customs share by year: the sum of its goods' shares
            r["category"]: by_year.reindex(columns=CUSTOMS_GOODS[r["category"]][0]).sum(axis=1)
            for r in stated
        }
        for year in by_year.index:
            gaps = {
                r["category"]: abs(r["share_pct"] - customs_of[r["category"]][year])
                for r in stated
            }
            rows.append(
                {
                    "source_id": source,
                    "russia_flow": flow,
                    "year": int(year),
                    "distance_pp": sum(gaps.values()),
                    "categories": len(gaps),
                    "compared": "; ".join(f"{c} {g:.1f}" for c, g in gaps.items()),
                }
            )
    match = pd.DataFrame(rows, columns=MATCH_COLUMNS[:-1])
    nearest = match.groupby(["source_id", "russia_flow"])["distance_pp"].transform("min")
    return match.assign(best=match["distance_pp"] == nearest)


def add_values(table: pd.DataFrame, obs: pd.DataFrame, assumed: dict) -> pd.DataFrame:
    """Value columns: stated where the source gives the value, else share x total (derived)."""
    money = obs["measure"] == "value"
    pair_flow = ["economy", "partner", "flow"]
    whole = money & obs["commodity"].isna() & (obs["currency"] == "USD")
    for column in pair_flow:  # only the pairs and flows of the shares
        whole &= obs[column].isin(table[column].unique())
    totals = records(obs[whole].merge(table[pair_flow].drop_duplicates()))
    given = {
        (r["source_id"], r["commodity"], r["flow"], r["year"]): r
        for r in records(obs[money & obs["commodity"].notna()])
    }
    values = []
    for row in records(table):
        stated = given.get(
            (row["source_id"], row["category_as_written"], row["flow"], row["year"])
        )
        total = None if stated else _total_for(totals, row, assumed)
        if stated:
            values.append(
                [
                    stated["value"],
                    stated["low"],
                    stated["high"],
                    "stated",
                    "given by the source",
                    stated["obs_id"],
                ]
            )
        elif total:
            assumed = row["year"] is None
            method = "share x total" + (
                " (the source gives no period;"
                f" total of {total['period']} {total['year']} assumed)"
                if assumed
                else ""
            )
            low, high = multiply((row["low"], row["high"]), (total["low"], total["high"]))
            value = row["share_pct"] * total["value"]
            values.append([value / 100, low / 100, high / 100, "derived", method, total["obs_id"]])
        else:
            values.append([math.nan, math.nan, math.nan, None, None, None])
    return pd.concat(
        [table, pd.DataFrame(values, columns=COMMODITY_VALUE_COLUMNS, index=table.index)], axis=1
    )


def _class_total(group: list[dict], end: str, *classes: str) -> float:
    """The sum of one end (low or high) of the shares of the given classes."""
    return sum(r[end] for r in group if r["class"] in classes)


def structure_measure(table: pd.DataFrame) -> pd.DataFrame:
    """Primary share of Russia's exports to and imports from Japan by source and period.

    The low end counts only categories classed primary; the high end adds mixed,
    unmapped and unstated ones.
    """
    groups = group_by(records(table), ("source_id", "russia_flow", "reference_period"))
    rows = []
    for (source_id, flow, period), group in sorted(groups.items()):
        total = partial(_class_total, group)
        unsure = total("high", "mixed", "unknown")
        rows.append(
            {
                "source_id": source_id,
                "russia_flow": flow,
                "reference_period": period,
                "primary_low": total("low", "primary"),
                "primary_high": min(100.0, total("high", "primary") + unsure),
                "manufactured_low": total("low", "manufactured"),
                "manufactured_high": min(100.0, total("high", "manufactured") + unsure),
                "categories": sum(r["category"] != OTHER for r in group),
            }
        )
    return pd.DataFrame(rows, columns=STRUCTURE_COLUMNS)
