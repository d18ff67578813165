"""Shared fixtures: a private copy of data/raw and output folders: the real ones stay untouched."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from rjtrade import config
from rjtrade.schema import ARTICLE_FIGURE_COLUMNS, OBSERVATION_COLUMNS
from rjtrade.sources.manifest import write_manifest

REPO_RAW = config.RAW_DIR
ARTICLE = config.PROJ_ROOT.parent / "shared" / "seed" / "russia-japan-relations.th.txt"


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    """A copy of data/raw plus empty processed and figures folders, wired into rjtrade.config."""
    raw = tmp_path / "raw"
    shutil.copytree(REPO_RAW, raw)
    monkeypatch.setattr(config, "RAW_DIR", raw)
    monkeypatch.setattr(config, "PROCESSED_DIR", tmp_path / "processed")
    monkeypatch.setattr(config, "FIGURES_DIR", tmp_path / "figures")
    return tmp_path


def read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    return rows[0], rows[1:]


def write_csv(
    path: Path, header: list[str], rows: list[list[str]], encoding: str = "utf-8"
) -> None:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def edit_cell(path: Path, row_id: str, column: str, value: str) -> None:
    """Change one cell of a raw CSV copy (row found by its first cell); re-record the manifest."""
    header, rows = read_csv(path)
    for row in rows:
        if row[0] == row_id:
            row[header.index(column)] = value
            break
    else:
        raise KeyError(row_id)
    write_csv(path, header, rows)
    write_manifest(path.parent)


def make_obs(**fields) -> dict:
    """An observation row for constructed audit cases; unspecified fields are empty."""
    row = dict.fromkeys(OBSERVATION_COLUMNS)
    row.update(
        source_id="test",
        locator="test",
        period="annual",
        status="stated",
        year_basis="written",
        unit="money",
        currency="USD",
        bound="exact",
        measure="value",
        reported_by="RUS",
    )
    row.update(fields)
    return row


def user_figure(empty="", **changes) -> dict:
    """A user's own figure in the figures layout (Russia–Japan turnover 2010, 23.1 bn), with
    `empty` in the columns not set: the row a user adds to data/raw to extend the series."""
    row = dict.fromkeys(ARTICLE_FIGURE_COLUMNS, empty) | dict(
        obs_id="my_2010_turnover",
        source_id="article_th",
        locator="table 2",
        as_written="23.1 พันล้านดอลลาร์",
        period_as_written="ปี 2553",
        year_basis="written",
        economy="RUS",
        partner="JPN",
        flow="turnover",
        measure="value",
        year="2010",
        period="annual",
    )
    return row | changes
