"""The chart registry: each chart's name, what it shows (chartdata) and how it is drawn (figures).

Charts are drawn one after another, in this process, into PNG and SVG bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from ..errors import RjtradeError
from . import chartdata, figures


class Chart(NamedTuple):
    """One chart: the data it shows, computed from the tables, and the drawing of that data."""

    data: Callable[[chartdata.ChartTables], dict]
    draw: Callable[[dict], object]


CHARTS = {
    "growth_1960_2014": Chart(chartdata.growth, figures.growth_figure),
    "dip_2009": Chart(chartdata.dip, figures.dip_figure),
    "japan_vs_china": Chart(chartdata.china, figures.china_figure),
    "commodity_structure": Chart(chartdata.structure, figures.structure_figure),
    "jan_sep_2014": Chart(chartdata.partial_year, figures.partial_year_figure),
    "timeline_1855_2014": Chart(chartdata.timeline, figures.timeline_figure),
}


def chosen(names=None) -> list[str]:
    """The named charts (all by default) in registry order; an unknown name is an error."""
    unknown = sorted(set(names or ()) - set(CHARTS))
    if unknown:
        raise RjtradeError(f"unknown chart {', '.join(unknown)} (charts: {', '.join(CHARTS)})")
    return [name for name in CHARTS if not names or name in names]


def draw(name: str, tables: chartdata.ChartTables):
    """The named chart as a matplotlib Figure."""
    chart = CHARTS[name]
    return chart.draw(chart.data(tables))


def render(tables: chartdata.ChartTables, folder: Path, names=None) -> dict[Path, bytes]:
    """Every chart (or the named ones) as {path: bytes}, PNG and SVG, under `folder`."""
    files = {}
    for name in chosen(names):
        for fmt, content in figures.figure_bytes(draw(name, tables)).items():
            files[folder / f"{name}.{fmt}"] = content
    return files
