"""What the charts of the record after 2014 show, from the full official tables (1960-2025),
as plain Python values that rjtrade/outputs/figures_recent.py draws.

The article's story charts (chartdata) draw the official series of the article's years
(backbone.story_years); these charts draw the whole record. RecordChartTables carries both:
the story charts' tables and, in `record`, the full official series in current and constant
dollars, Japan's customs structure of imports from Russia and Russia's own chapters.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..analyses import backbone as bb
from .chartdata import ChartTables, chart_tables

REAL_BASE_YEAR = bb.REAL_BASE_YEAR
SANCTIONS_YEAR = 2022
GROWTH_VIEW = bb.RECORD_VIEW
# Japan's imports from Russia, in groups that never overlap (parts of Mineral Fuels, then
# sections' named groups; the rest of the Grand Total is "other goods")
GOODS_GROUPS = (
    "Petroleum",
    "Petroleum Products",
    "Lng",
    "Coal",
    "Fish And Fish Preparation",
    "Nonferrous Metals",
    "Wood",
)
OTHER_GOODS = "other goods"
CHAPTER_GROUPS = tuple(g for g in bb.HS_CHAPTER_GROUPS if g != bb.GRAND_TOTAL)


@dataclass(frozen=True)
class RecordTables:
    """The full record the new charts draw."""

    official_series: pd.DataFrame  # 1960-2025, every view
    real_series: pd.DataFrame  # the growth view's turnover in constant 2014 US$ (CPI-U)
    customs_structure: pd.DataFrame  # Japan's customs, Russia, by group, yen and US$
    chapters: pd.DataFrame  # Russia's HS chapters beside Japan's customs groups


@dataclass(frozen=True)
class RecordChartTables(ChartTables):
    """The story charts' tables and the record's (None where not computed)."""

    record: RecordTables | None = None


def all_chart_tables(computed: dict[str, pd.DataFrame]) -> RecordChartTables:
    """Every chart's tables, as the build computed them (rjtrade.pipeline.compute): the story
    charts' (the official tables cut to the article's years) and the record's (in full)."""
    story = chart_tables(bb.story_years(computed))
    fields = {name: getattr(story, name) for name in story.__dataclass_fields__}
    record = RecordTables(
        computed["official_series"],
        computed["real_turnover"],
        computed["customs_structure"],
        computed["chapters_vs_customs"],
    )
    return RecordChartTables(**fields, record=record)


def _record(tables) -> RecordTables:
    record = getattr(tables, "record", None)
    if record is None:
        raise ValueError("the record's charts need all_chart_tables(computed), not chart_tables")
    return record


def _runs(rows: pd.DataFrame) -> list[dict]:
    """Consecutive years of one economy (never across 1991/1992), as lines."""
    lines = []
    for economy, part in rows.groupby("partner", sort=False):
        part = part.sort_values("year")
        lines.append(
            {
                "economy": economy,
                "years": part["year"].astype(int).tolist(),
                "values": part["value_usd"].astype(float).tolist(),
                "flags": part["flag"].astype(bool).tolist(),
            }
        )
    return sorted(lines, key=lambda line: line["years"][0])


def growth_recent(tables) -> dict:
    """Japan-USSR/Russia turnover 1960-2025 on the growth view, current and constant 2014 US$,
    the source switch (COW to 2014, Japan's customs on), 2022 marked, anomalies flagged."""
    record = _record(tables)
    real = record.real_series.sort_values("year")
    current = real.assign(value_usd=real["value_usd_current"])
    flagged = real[real["flag"]]
    last_cow = int(real.loc[real["source_id"].str.contains("cow_trade"), "year"].max())
    return {
        "first": int(real["year"].min()),
        "last": int(real["year"].max()),
        "current": _runs(current),
        "real": _runs(real),
        "last_cow_year": last_cow,
        "sanctions_year": SANCTIONS_YEAR,
        "base_year": REAL_BASE_YEAR,
        "flagged": [
            {"year": int(r["year"]), "reason": r["flag_reason"]} for _, r in flagged.iterrows()
        ],
        "rows": real[
            [
                "year",
                "partner",
                "value_usd_current",
                "value_usd",
                "reported_by",
                "source_id",
                "rate_source",
                "index_value",
                "base_index_value",
                "flag",
                "flag_reason",
            ]
        ].to_dict("records"),
    }


def growth_recent_table(data: dict) -> pd.DataFrame:
    """The growth chart's data: one row per year, current and constant US$."""
    return pd.DataFrame(data["rows"]).rename(
        columns={"value_usd_current": "current_usd", "value_usd": "constant_2014_usd"}
    )


def russia_goods(tables) -> dict:
    """What Japan buys from Russia, year by year, by group (Japan's customs, US$ at each
    year's rate): non-overlapping groups and the rest."""
    structure = _record(tables).customs_structure
    imports = structure[(structure["flow"] == "import") & (structure["partner"] == "RUS")]
    total = imports[imports["level"] == 1].groupby("year")["value_usd"].sum()
    years = sorted(int(y) for y in total.index)
    bars = []
    for goods in GOODS_GROUPS:
        part = imports[imports["goods"] == goods].set_index("year")["value_usd"]
        bars.append({"goods": goods, "values": [float(part.get(y, 0.0)) for y in years]})
    named = [sum(b["values"][i] for b in bars) for i in range(len(years))]
    bars.append(
        {"goods": OTHER_GOODS, "values": [float(total[y]) - named[i] for i, y in enumerate(years)]}
    )
    rates = imports.drop_duplicates("year").set_index("year")["rate_source"]
    return {
        "first": years[0],
        "last": years[-1],
        "years": years,
        "bars": bars,
        "totals": [float(total[y]) for y in years],
        "sanctions_year": SANCTIONS_YEAR,
        "rate_sources": {y: rates.get(y, "") for y in years},
    }


def russia_goods_table(data: dict) -> pd.DataFrame:
    """The goods chart's data: one row per year and group, US$."""
    rows = [
        {
            "year": year,
            "goods": bar["goods"],
            "value_usd": bar["values"][i],
            "reported_by": "JPN",
            "rate_source": data["rate_sources"][year],
        }
        for bar in data["bars"]
        for i, year in enumerate(data["years"])
    ]
    return pd.DataFrame(rows)


def russia_chapters(tables) -> dict:
    """Russia's own report of its exports to Japan by HS chapter (UN Comtrade), summed to the
    nearest customs group, beside Japan's imports of that group (Japan's customs), 2019-2020."""
    chapters = _record(tables).chapters
    years = sorted(int(y) for y in chapters["year"].unique())
    panels = []
    for year in years:
        mine = chapters[chapters["year"] == year].set_index("goods")
        panels.append(
            {
                "year": year,
                "groups": list(CHAPTER_GROUPS),
                "russia": [float(mine.loc[g, "partner_exports_usd"]) for g in CHAPTER_GROUPS],
                "japan": [float(mine.loc[g, "japan_imports_usd"]) for g in CHAPTER_GROUPS],
                "russia_total": float(mine.loc[bb.GRAND_TOTAL, "partner_exports_usd"]),
                "japan_total": float(mine.loc[bb.GRAND_TOTAL, "japan_imports_usd"]),
            }
        )
    return {"first": years[0], "last": years[-1], "panels": panels, "rows": chapters}


def russia_chapters_table(data: dict) -> pd.DataFrame:
    """The chapters chart's data: the table chapters_beside_groups gives."""
    return data["rows"].reset_index(drop=True)
