"""The raw folder read whole: each file's layout known by its header, read by its reader.

A user's own file in a known layout, CSV or XLSX, is read and validated like the
built-in ones. The layouts are listed once, in LAYOUTS: columns, id column, reader.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from ..errors import InputError
from ..records import group_by
from ..schema import (
    ARTICLE_FIGURE_COLUMNS,
    EVENT_COLUMNS,
    PUBLISHED_COMPOSITION_COLUMNS,
    PUBLISHED_FIGURE_COLUMNS,
    SHARE_GROUP,
    SOURCE_COLUMNS,
)
from . import events, figures, published, registry
from .cells import ROW_KEY
from .csvfile import Row, check_header, check_unique, read_csv_rows
from .manifest import raw_files, verify_manifest
from .workbook import read_xlsx_rows


class Layout(NamedTuple):
    """A raw file layout: its header, the column holding its ids, and the reader of its rows."""

    columns: list[str]
    id_column: str | None
    read: object  # (rows, registry) -> list of observation rows; None for the registry itself


LAYOUTS = {
    "sources": Layout(SOURCE_COLUMNS, "source_id", None),
    "figures": Layout(ARTICLE_FIGURE_COLUMNS, "obs_id", figures.read_figures),
    "published_figures": Layout(
        PUBLISHED_FIGURE_COLUMNS, "figure_id", published.read_published_figures
    ),
    "published_composition": Layout(
        PUBLISHED_COMPOSITION_COLUMNS, "figure_id", published.read_published_composition
    ),
    "events": Layout(EVENT_COLUMNS, None, events.read_events),
}
OBSERVATION_LAYOUTS = ("figures", "published_figures", "published_composition")


def read_rows(path: Path) -> tuple[list[str], list[Row]]:
    """Header and rows of a raw CSV or XLSX file."""
    return read_xlsx_rows(path) if path.suffix.lower() == ".xlsx" else read_csv_rows(path)


def layout_of(path: Path, header: list[str]) -> str:
    """The layout whose columns the header has; otherwise an error naming the column at fault."""
    for name, layout in LAYOUTS.items():
        if sorted(header) == sorted(layout.columns):
            return name
    closest = max(LAYOUTS, key=lambda n: len(set(header) & set(LAYOUTS[n].columns)))
    check_header(path.name, header, LAYOUTS[closest].columns)
    raise InputError(path.name, 1, None, header, "header matches no known layout")


def check_share_totals(observations: list[dict]) -> None:
    """Commodity shares of one flow, source and period may not add up to more than 100 %."""
    shares = [o for o in observations if o["measure"] == "commodity_share"]
    for group in group_by(shares, SHARE_GROUP).values():
        lowest = sum(o["low"] for o in group)
        if lowest > 100:
            row, column = group[-1][ROW_KEY]
            ids = ", ".join(o["obs_id"] for o in group)
            raise InputError(
                row.file,
                row.number,
                column,
                f"{lowest:g} %",
                f"the {len(group)} shares of this flow ({ids}) add up to more than 100 %,"
                " reading each at its lowest",
            )


def check_observation_ids(observations: list[dict]) -> None:
    """Every observation id once, the ids rjtrade makes (e.g. '<figure_id>_value') included."""
    seen: dict[str, dict] = {}
    for obs in observations:
        first = seen.setdefault(obs["obs_id"], obs)
        if first is not obs:
            where = obs.get(ROW_KEY) or first.get(ROW_KEY)
            file, number = (where[0].file, where[0].number) if where else (obs["locator"], None)
            raise InputError(
                file,
                number,
                "obs_id",
                obs["obs_id"],
                f"the same observation id as {first['locator']} (ids made from"
                " a figure_id, such as '<figure_id>_value', count too)",
            )


def load_raw(raw_dir: Path, verify: bool = True) -> dict:
    """Every raw file read and validated: {'sources', 'observations', 'events'}."""
    if verify:
        verify_manifest(raw_dir)
    by_layout: dict[str, list[list[Row]]] = {name: [] for name in LAYOUTS}
    for path in raw_files(raw_dir):
        header, rows = read_rows(path)
        by_layout[layout_of(path, header)].append(rows)
    if not by_layout["sources"]:
        raise InputError(
            raw_dir.name, None, None, None, "no sources registry (a file with the sources layout)"
        )
    source_ids: dict = {}
    sources: dict[str, dict] = {}
    for rows in by_layout["sources"]:
        check_unique(rows, "source_id", source_ids)
        sources |= registry.read_sources(rows)
    obs_ids: dict = {}
    observations = []
    for name in OBSERVATION_LAYOUTS:
        for rows in by_layout[name]:
            check_unique(rows, LAYOUTS[name].id_column, obs_ids)
            observations += LAYOUTS[name].read(rows, sources)
    check_observation_ids(observations)
    check_share_totals(observations)
    dated = [e for rows in by_layout["events"] for e in events.read_events(rows, sources)]
    return {"sources": sources, "observations": observations, "events": dated}
