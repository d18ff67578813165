"""The build: load → compute → check → save, in one process.

load reads and validates every raw file (checksums verified); compute makes every table
from the observation table (series, mirror gaps, commodity shares, audit); check
refuses tables that break the schema's rules; save writes the tables, the workbook
and every chart as one transaction (rjtrade.files.replace_all): staged in
folders of their own and renamed into place only once everything has been written, so
a failed, interrupted or killed build leaves the previous outputs, all of them.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd

from . import config
from .analyses.audit import audit
from .analyses.backbone import (
    chapters_beside_groups,
    official_year_rates,
    real_turnover,
)
from .analyses.commodities import (
    commodity_shares,
    latest_years,
    structure_match,
    structure_measure,
)
from .analyses.series import annual_series, mirror_gaps
from .claims.against_record import official_tables_with_claims
from .errors import RjtradeError
from .files import Content, replace_all
from .outputs import tables as table_files
from .outputs.words import readme_rows
from .outputs.workbook import write_workbook
from .schema import (
    BOUNDS,
    CURRENCIES,
    STATUSES,
    TABLES,
    VERDICTS,
)
from .store import official_files, tables

log = logging.getLogger(__name__)

SERIES_PAIRS = (("RUS", "JPN"), ("JPN", "CHN"))
TABLE_FILES = tuple(TABLES)  # every table, structure included, as CSV, Parquet and a sheet


def build_date() -> dt.date:
    """The date stamped on the workbook: SOURCE_DATE_EPOCH if set (reproducible), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.datetime.now(dt.UTC).date()


def load(raw_dir: Path | None = None) -> dict:
    """The observation, sources and events tables of the raw folder and its official
    statistics (under "official"), every file validated."""
    return tables(raw_dir) | {"official": official_files(raw_dir)}


def compute(loaded: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Every output table from the loaded tables (load(): the official statistics included;
    a raw folder without them is refused there, naming the folder)."""
    obs, files = loaded["observations"], loaded["official"]
    official = official_tables_with_claims(files, obs)
    series = [annual_series(obs, economy, partner) for economy, partner in SERIES_PAIRS]
    shares = commodity_shares(obs, customs=official["customs_structure"])
    matched = structure_match(shares, official["customs_structure"], latest_years(obs))
    return {
        "observations": obs,
        "annual_series": pd.concat(series, ignore_index=True),
        "mirror_gaps": mirror_gaps(obs, "RUS", "JPN"),
        "commodity_shares": shares,
        "audit": audit(obs),
        "sources": loaded["sources"],
        "events": loaded["events"],
        "structure": structure_measure(shares),
        **official,
        "structure_match": matched,
        # drawn, not written: the record's turnover in constant US$, Russia's own chapters
        "real_turnover": real_turnover(official["official_series"], files["cpi"]),
        "chapters_vs_customs": chapters_beside_groups(
            files["comtrade_chapters"], files["customs_year"], official_year_rates(files), "RUS"
        ),
    }


ALLOWED = {"status": STATUSES, "currency": CURRENCIES, "bound": BOUNDS, "verdict": VERDICTS}


def check(computed: dict[str, pd.DataFrame]) -> None:
    """Refuse tables that break the schema: unknown codes, unordered or non-finite intervals."""
    for name, table in computed.items():
        for column, allowed in ALLOWED.items():
            if column in table.columns:
                unknown = set(table[column].dropna().unique()) - set(allowed)
                if unknown:
                    raise RjtradeError(f"{name}.{column}: values outside the schema {unknown}")
    for name in ("observations", "annual_series"):
        check_intervals(name, computed[name])


def check_intervals(name: str, table: pd.DataFrame) -> None:
    """Known figures: finite, inside their own interval; low finite, high finite unless the
    bound is open ('at_least')."""
    value = "value" if "value" in table.columns else "value_usd"
    known = table[value].notna().to_numpy()
    figure = table[value].to_numpy(float)[known]
    low = table["low"].to_numpy(float)[known]
    high = table["high"].to_numpy(float)[known]
    if not (low <= figure * (1 + 1e-9)).all() or not (figure <= high * (1 + 1e-9)).all():
        raise RjtradeError(f"{name}: a value outside its own interval")
    if not np.isfinite(figure).all():
        raise RjtradeError(f"{name}: a value that is not a finite number")
    open_high = table["bound"].to_numpy()[known] == "at_least"
    bad = np.flatnonzero(~np.isfinite(low) | (~np.isfinite(high) & ~open_high) | np.isnan(high))
    if len(bad):
        first = table[known].iloc[bad[0]]
        where = first.get("obs_id", first.get("obs_ids"))
        raise RjtradeError(
            f"{name}: {where}: an interval [{first['low']}, {first['high']}] that is not"
            f" finite though its bound is {first['bound']!r}"
        )


def table_outputs(
    computed: dict[str, pd.DataFrame], built: dt.date, out: Path | None = None, lang: str = "en"
) -> dict[Path, Content]:
    """Every table as CSV and Parquet, and the workbook (its README sheet in `lang`), as
    {path: writer} under `out` (default: config.output_dirs): each writer writes its file
    to an open binary file when the build saves (so no table sits in memory as text)."""
    folder = config.output_dirs(out)[0]
    files: dict[Path, Content] = {}
    for name in TABLE_FILES:
        table = computed[name]
        files[folder / f"{name}.csv"] = partial(table_files.write_csv, table)
        files[folder / "parquet" / f"{name}.parquet"] = partial(table_files.write_parquet, table)
    sheets = {name: computed[name] for name in TABLE_FILES}
    files[folder / "rjtrade.xlsx"] = partial(
        write_workbook, sheets=sheets, readme=readme_rows(built, lang), built=built, lang=lang
    )
    return files


def chart_outputs(
    computed: dict[str, pd.DataFrame],
    names=None,
    folder: Path | None = None,
    formats: tuple[str, ...] | None = None,
    lang: str = "en",
) -> dict[Path, bytes]:
    """Every chart (or the named ones) of the computed tables (compute()) in each format
    (default PNG and SVG), with its data as CSV beside it, as {path: bytes} under `folder`
    (default: the charts folder of config.output_dirs, and its th/ subfolder for lang="th").
    `lang`: the language of the charts' words ("en" or "th"), the data the same."""
    from .outputs.chartdata_recent import all_chart_tables
    from .outputs.charts import FORMATS, render

    drawn = all_chart_tables(computed)
    if folder is None:
        folder = config.output_dirs()[1] if lang == "en" else config.output_dirs()[1] / lang
    return render(drawn, Path(folder), names, formats or FORMATS, lang)


def save(files: dict[Path, Content]) -> None:
    """Write every file as one transaction: all replaced, or none (see rjtrade.files)."""
    replace_all(files)


def build(
    figures: bool = True, out: Path | None = None, raw_dir: Path | None = None, lang: str = "en"
) -> dict[str, pd.DataFrame]:
    """Regenerate the tables and workbook (and the charts unless figures=False) in `out`:
    by default data/processed/ and reports/figures/ of a clone, else the current folder.
    With lang="th" the workbook's README sheet is in Thai and the charts, in Thai, go to
    the th/ subfolder of the charts folder; the tables are the same in every language."""
    steps = 4 if figures else 3
    log.info("[1/%d] reading and checking raw data in %s", steps, raw_dir or config.RAW_DIR)
    loaded = load(raw_dir)
    log.info("[2/%d] computing series, mirror gaps, commodity shares and the audit", steps)
    computed = compute(loaded)
    check(computed)
    log.info(
        "%d observations, %d audit findings",
        len(computed["observations"]),
        len(computed["audit"]),
    )
    log.info("[3/%d] writing tables and the workbook", steps)
    files = table_outputs(computed, build_date(), out, lang)
    if figures:
        log.info("[4/%d] drawing charts", steps)
        charts_folder = config.output_dirs(out)[1]
        charts_folder = charts_folder if lang == "en" else charts_folder / lang
        files |= chart_outputs(computed, folder=charts_folder, lang=lang)
    save(files)
    log.info("wrote %d files under %s", len(files), Path(os.path.commonpath(list(files))))
    return computed
