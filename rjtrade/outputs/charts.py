"""The chart registry: each chart's name, what it shows (chartdata), how it is drawn (figures),
and the table of its data written beside it as CSV (`<name>.csv` next to `<name>.png`).

Charts are drawn one after another, in this process, into bytes of each format asked for,
in one language (`lang`: "en" or "th", rjtrade.outputs.words.LANGUAGES): the same data,
its words looked up in that language.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from ..errors import RjtradeError
from . import chartdata, chartdata_recent, figures, figures_recent, words
from .tables import csv_bytes

log = logging.getLogger(__name__)

CHART_DIGITS = 10  # significant digits of a chart's data: what a chart can show, no float noise
FORMATS = ("png", "svg")  # written by default; pdf on request (figures.SAVE_OPTIONS)


class Chart(NamedTuple):
    """One chart: the data it shows, computed from the tables; its drawing; its data as a table."""

    data: Callable[[chartdata.ChartTables], dict]
    draw: Callable[..., object]  # draw(data, lang) -> matplotlib Figure
    table: Callable[[dict], pd.DataFrame]


CHARTS = {
    "growth_1960_2014": Chart(chartdata.growth, figures.growth_figure, chartdata.growth_table),
    "dip_2009": Chart(chartdata.dip, figures.dip_figure, chartdata.dip_table),
    "japan_vs_china": Chart(chartdata.china, figures.china_figure, chartdata.china_table),
    "shares_1960_2014": Chart(chartdata.shares, figures.shares_figure, chartdata.shares_table),
    "commodity_structure": Chart(
        chartdata.structure, figures.structure_figure, chartdata.structure_table
    ),
    "jan_sep_2014": Chart(
        chartdata.partial_year, figures.partial_year_figure, chartdata.partial_year_table
    ),
    "timeline_1855_2014": Chart(
        chartdata.timeline, figures.timeline_figure, chartdata.timeline_table
    ),
    # the record after 2014 (drawn from chartdata_recent.all_chart_tables)
    "growth_1960_2025": Chart(
        chartdata_recent.growth_recent,
        figures_recent.growth_recent_figure,
        chartdata_recent.growth_recent_table,
    ),
    "russia_goods_2009_2025": Chart(
        chartdata_recent.russia_goods,
        figures_recent.russia_goods_figure,
        chartdata_recent.russia_goods_table,
    ),
    "russia_chapters_2019_2020": Chart(
        chartdata_recent.russia_chapters,
        figures_recent.russia_chapters_figure,
        chartdata_recent.russia_chapters_table,
    ),
}


def chosen(names=None) -> list[str]:
    """The named charts (all by default) in registry order; an unknown name is an error."""
    unknown = sorted(set(names or ()) - set(CHARTS))
    if unknown:
        raise RjtradeError(f"unknown chart {', '.join(unknown)} (charts: {', '.join(CHARTS)})")
    return [name for name in CHARTS if not names or name in names]


def draw(name: str, tables: chartdata.ChartTables, lang: str = "en"):
    """The named chart as a matplotlib Figure, its words in `lang`."""
    chart = CHARTS[name]
    return chart.draw(chart.data(tables), lang)


def data_table(name: str, tables: chartdata.ChartTables) -> pd.DataFrame:
    """What the named chart shows, as one long table (the CSV written beside the chart)."""
    chart = CHARTS[name]
    return chart.table(chart.data(tables))


def render(
    tables: chartdata.ChartTables,
    folder: Path,
    names=None,
    formats: tuple[str, ...] = FORMATS,
    lang: str = "en",
) -> dict[Path, bytes]:
    """Every chart (or the named ones) in each format, its words in `lang`, and its data as CSV
    (the same in every language), as {path: bytes}."""
    files = {}
    names = chosen(names)
    words.words(lang)  # an unknown language is an error before anything is drawn
    for number, name in enumerate(names, start=1):
        log.info(
            "[%d/%d] drawing %s (%s, %s, csv)", number, len(names), name, lang, ", ".join(formats)
        )
        chart = CHARTS[name]
        data = chart.data(tables)
        for fmt, content in figures.figure_bytes(chart.draw(data, lang), formats, lang).items():
            files[folder / f"{name}.{fmt}"] = content
        files[folder / f"{name}.csv"] = csv_bytes(chart.table(data), CHART_DIGITS)
    return files
