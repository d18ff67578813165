"""The raw folder read whole: each file's layout known by its header, read by its reader.

A user's own file in a known layout, CSV or XLSX, is read and validated like the
built-in ones. The layouts are listed once, in LAYOUTS: columns, id column, reader.

Observation files are read CHUNK_ROWS rows at a time into tables, so a file of a million
rows never exists as a million Python rows; each observation keeps where it was read
(the WHERE columns: file, row, the cell to blame and the row's id) until the checks that
compare rows across the whole folder have run.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from ..errors import InputError
from ..records import batches, group_by, records, stack
from ..schema import (
    ARTICLE_FIGURE_COLUMNS,
    EVENT_COLUMNS,
    OBSERVATION_COLUMNS,
    OBSERVATION_DTYPES,
    PUBLISHED_COMPOSITION_COLUMNS,
    PUBLISHED_FIGURE_COLUMNS,
    SHARE_GROUP,
    SOURCE_COLUMNS,
)
from . import article_figures, events, published, registry
from .cells import ROW_KEY
from .csvfile import Row, check_header, check_unique, open_csv_rows
from .manifest import raw_files, verify_manifest
from .xlsx import read_xlsx_rows


class Layout(NamedTuple):
    """A raw file layout: its header, the column holding its ids, and the reader of its rows."""

    columns: list[str]
    id_column: str | None
    read: object  # (rows, registry) -> list of observation rows; None for the registry itself


LAYOUTS = {
    "sources": Layout(SOURCE_COLUMNS, "source_id", None),
    "figures": Layout(ARTICLE_FIGURE_COLUMNS, "obs_id", article_figures.read_figures),
    "published_figures": Layout(
        PUBLISHED_FIGURE_COLUMNS, "figure_id", published.read_published_figures
    ),
    "published_composition": Layout(
        PUBLISHED_COMPOSITION_COLUMNS, "figure_id", published.read_published_composition
    ),
    "events": Layout(EVENT_COLUMNS, None, events.read_events),
}
OBSERVATION_LAYOUTS = ("figures", "published_figures", "published_composition")
CHUNK_ROWS = 20_000  # raw rows turned into observations at a time
WHERE = ("_file", "_row", "_column", "_id_column", "_id")  # where an observation was read


@contextlib.contextmanager
def open_rows(path: Path) -> Iterator[tuple[list[str], Iterator[Row]]]:
    """Header and rows of a raw CSV (read as iterated) or XLSX file."""
    if path.suffix.lower() == ".xlsx":
        header, rows = read_xlsx_rows(path)
        yield header, iter(rows)
    else:
        with open_csv_rows(path) as opened:
            yield opened


def layout_of(path: Path, header: list[str]) -> str:
    """The layout whose columns the header has; otherwise an error naming the column at fault."""
    for name, layout in LAYOUTS.items():
        if sorted(header) == sorted(layout.columns):
            return name
    closest = max(LAYOUTS, key=lambda n: len(set(header) & set(LAYOUTS[n].columns)))
    check_header(path.name, header, LAYOUTS[closest].columns)
    raise InputError(path.name, 1, None, header, "header matches no known layout")


def observation_frame(observations: list[dict], id_column: str) -> pd.DataFrame:
    """Observation rows as a table of the observation columns' types, with WHERE columns."""
    frame = pd.DataFrame(observations, columns=OBSERVATION_COLUMNS).astype(OBSERVATION_DTYPES)
    read_at = [o[ROW_KEY] for o in observations]
    return frame.assign(
        _file=[row.file for row, _ in read_at],
        _row=[row.number for row, _ in read_at],
        _column=[column for _, column in read_at],
        _id_column=id_column,
        _id=[row[id_column] for row, _ in read_at],
    )


def read_observations(paths: list[Path], layout: Layout, sources: dict) -> Iterator[pd.DataFrame]:
    """The observation files of one layout, CHUNK_ROWS raw rows read at a time, as tables of
    about CHUNK_ROWS observations: small files share a table (a table per file made 5,000
    one-row files cost 40 ms each). Ids are checked present and unique in each chunk
    (across chunks and files by check_unique_ids)."""
    pending: list[dict] = []
    for path in paths:
        with open_rows(path) as (_, rows):
            for chunk in batches(rows, CHUNK_ROWS):
                check_unique(chunk, layout.id_column)
                pending += layout.read(chunk, sources)
                if len(pending) >= CHUNK_ROWS:
                    yield observation_frame(pending, layout.id_column)
                    pending = []
    if pending:
        yield observation_frame(pending, layout.id_column)


def error_at(where, problem: str, column: str | None = None, value=None) -> InputError:
    """An InputError at an observation's file and row (its blamed cell unless told); `where`
    is its row of the table, as a Series or a record."""
    return InputError(
        where["_file"], int(where["_row"]), column or where["_column"], value, problem
    )


def first_repeat(table: pd.DataFrame, column: str) -> tuple[pd.Series, pd.Series] | None:
    """The first row whose `column` repeats an earlier row's, and that earlier row."""
    again = table[table[column].duplicated()]
    if again.empty:
        return None
    twice = again.iloc[0]
    return twice, table[table[column] == twice[column]].iloc[0]


def check_unique_ids(stated: pd.DataFrame) -> None:
    """A raw id once across every file (a published row gives several observations)."""
    rows = stated[["_id", "_id_column", "_file", "_row"]].drop_duplicates(["_file", "_row"])
    repeat = first_repeat(rows, "_id")
    if repeat:
        twice, first = repeat
        where = f"duplicate id, first in {first['_file']} row {first['_row']}"
        raise error_at(twice, where, twice["_id_column"], twice["_id"])


def check_observation_ids(stated: pd.DataFrame) -> None:
    """Every observation id once, the ids rjtrade makes (e.g. '<figure_id>_value') included."""
    repeat = first_repeat(stated, "obs_id")
    if repeat:
        twice, first = repeat
        raise error_at(
            twice,
            f"the same observation id as {first['_file']} row {first['_row']}"
            f" ({first['locator']}; ids made from a figure_id, such as '<figure_id>_value',"
            " count too)",
            "obs_id",
            twice["obs_id"],
        )


def check_share_totals(stated: pd.DataFrame) -> None:
    """Commodity shares of one flow, source and period may not add up to more than 100 %."""
    shares = records(stated[stated["measure"] == "commodity_share"])
    for group in group_by(shares, SHARE_GROUP).values():
        lowest = sum(o["low"] for o in group)
        if lowest > 100:
            ids = ", ".join(o["obs_id"] for o in group)
            raise error_at(
                group[-1],
                f"the {len(group)} shares of this flow ({ids}) add up to more than 100 %,"
                " reading each at its lowest",
                value=f"{lowest:g} %",
            )


def load_raw(raw_dir: Path, verify: bool = True) -> dict:
    """Every raw file read and validated: {'sources': registry by id, 'observations': the
    stated observations as a table (with the WHERE columns), 'events': dated events}."""
    if verify:
        verify_manifest(raw_dir)
    by_layout: dict[str, list[Path]] = {name: [] for name in LAYOUTS}
    for path in raw_files(raw_dir):
        with open_rows(path) as (header, _):
            by_layout[layout_of(path, header)].append(path)
    if not by_layout["sources"]:
        raise InputError(
            raw_dir.name, None, None, None, "no sources registry (a file with the sources layout)"
        )
    source_ids: dict = {}
    sources: dict[str, dict] = {}
    for path in by_layout["sources"]:
        rows = every_row(path)
        check_unique(rows, "source_id", source_ids)
        sources |= registry.read_sources(rows)
    frames = [
        frame
        for name in OBSERVATION_LAYOUTS
        for frame in read_observations(by_layout[name], LAYOUTS[name], sources)
    ]
    stated = stack(frames) if frames else observation_frame([], "")
    check_unique_ids(stated)
    check_observation_ids(stated)
    check_share_totals(stated)
    dated = [e for p in by_layout["events"] for e in events.read_events(every_row(p), sources)]
    return {"sources": sources, "observations": stated, "events": dated}


def every_row(path: Path) -> list[Row]:
    """Every row of a small raw file (the registry, events)."""
    with open_rows(path) as (_, rows):
        return list(rows)
