"""The build: raw data in, every processed table, the workbook and every chart out.

Three visible phases: load (checksums verified, every file validated), compute
(observations, series, shares, audit), save (temporary files renamed into place
only once everything has been computed, so a failed build changes nothing).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import pandas as pd

from . import export, paths
from .checks import audit
from .commodities import commodity_shares, structure_measure
from .files import atomic_write
from .forks import Forked
from .obstable import tables
from .schema import ECONOMIES, MEASURES, YEAR_BASES
from .series import SELECTION_RULE, annual_series, mirror_gaps

SERIES_PAIRS = (("RUS", "JPN"), ("JPN", "CHN"))
TABLE_FILES = (
    "observations",
    "annual_series",
    "mirror_gaps",
    "commodity_shares",
    "audit",
    "sources",
    "events",
)


def build_date() -> dt.date:
    """The date stamped on the workbook: SOURCE_DATE_EPOCH if set (reproducible builds), else today (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.datetime.now(dt.UTC).date()


def compute() -> dict[str, pd.DataFrame]:
    """Every table, from the raw folder rjtrade.paths names (RJTRADE_ROOT/data/raw)."""
    loaded = tables()
    series = pd.concat([annual_series(e, p) for e, p in SERIES_PAIRS], ignore_index=True)
    return {
        "observations": loaded["observations"],
        "annual_series": series,
        "mirror_gaps": mirror_gaps("RUS", "JPN"),
        "commodity_shares": commodity_shares(),
        "audit": audit(loaded["observations"]),
        "sources": loaded["sources"],
        "events": loaded["events"],
    }


def readme_rows(built: dt.date) -> list[tuple[str, str]]:
    rows = [
        (
            "rjtrade",
            "Russia(USSR)–Japan and Japan–China trade figures from a Thai-language article and other published sources",
        ),
        ("data built", built.isoformat()),
        (
            "money",
            "current US dollars unless the currency column says otherwise (SUR = Soviet rouble); values in units, not millions",
        ),
        (
            "status",
            "stated = as the source writes it; derived = computed from stated figures (see derived_from and method); "
            "interpolated = filled between known years; missing = no figure",
        ),
        (
            "low, high",
            "the interval a figure admits: half a unit of its last written digit, widened by 'more than', 'nearly', 'about'",
        ),
        (
            "reported_by",
            "whose statistics: SUN/RUS = the Soviet or Russian side, JPN = Japan's side; mirror figures are never merged",
        ),
        (
            "USSR and Russia",
            f"{ECONOMIES['SUN']} and {ECONOMIES['RUS']} are different economies; annual_series joins them only for the pair RUS-JPN and says so",
        ),
        ("selection rule", SELECTION_RULE),
        ("partial years", "period jan-sep or jan-jun rows are partial years, never annual totals"),
    ]
    rows += [(f"measure: {k}", v) for k, v in MEASURES.items()]
    rows += [(f"year_basis: {k}", v) for k, v in YEAR_BASES.items()]
    rows += [
        (
            "sheet observations",
            "every figure of every source, one row each, with source, locator and the text as written",
        ),
        (
            "sheet annual_series",
            "one row per pair, year and flow; alternatives lists the figures not chosen",
        ),
        (
            "sheet mirror_gaps",
            "the Soviet/Russian figure beside Japan's mirror figure for the same year and flow, with the gap",
        ),
        (
            "sheet commodity_shares",
            "commodity structure by source, with the computed remainder ('other') and approximate values",
        ),
        (
            "sheet audit",
            "every check of one claim against another: verdict consistent, inconsistent or unverifiable",
        ),
        (
            "sheet sources",
            "the sources registry: publisher, title, address, language, whose statistics",
        ),
        (
            "sheet events",
            "dated events of the article's timeline; flag two_dates where the article gives two dates",
        ),
    ]
    return rows


def outputs(computed: dict[str, pd.DataFrame], built: dt.date) -> dict[Path, bytes]:
    """Every table as CSV and Parquet, and the workbook (written in a forked child meanwhile)."""
    sheets = {name: computed[name] for name in TABLE_FILES} | {
        "structure": structure_measure(computed["commodity_shares"])
    }
    workbook = Forked(export.workbook_bytes, sheets, readme_rows(built), built)
    files: dict[Path, bytes] = {}
    try:
        for name in TABLE_FILES:
            files[paths.PROCESSED_DIR / f"{name}.csv"] = export.csv_bytes(computed[name])
            files[paths.PROCESSED_DIR / "parquet" / f"{name}.parquet"] = export.parquet_bytes(
                computed[name]
            )
        files[paths.PROCESSED_DIR / "rjtrade.xlsx"] = workbook.result()
    finally:
        workbook.stop()
    return files


def build(figures: bool = True, progress=None) -> dict[str, pd.DataFrame]:
    """Regenerate data/processed/ (and reports/figures/ unless figures=False)."""
    say = progress or (lambda message: print(message, file=sys.stderr))
    say("reading and checking raw data")
    computed = compute()
    say(f"{len(computed['observations'])} observations, {len(computed['audit'])} audit findings")
    files = outputs(computed, build_date())
    if figures:
        from .render import render_all

        say("drawing figures")
        files |= render_all()
    for path, data in files.items():
        atomic_write(path, data)
    say(f"wrote {len(files)} files")
    return computed
