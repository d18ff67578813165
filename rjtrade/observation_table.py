"""The observation table: every figure of every source, normalised, cited, with its interval.

Stated figures come from the readers; derived ones from the article's growth
statements and multiples (2006 from "+65% on 2006", 2003 from "fivefold since 2003",
2004 from "+40%", January–September 2013 from the 2014 growth rates). A derived
row names its inputs (derived_from) and its method, and its interval holds every
reading of its inputs' intervals.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import config
from .errors import RjtradeError
from .intervals import INF, divide, growth_factor
from .records import records, stack
from .schema import (
    EVENT_COLUMNS,
    LEVEL_KEY,
    OBSERVATION_COLUMNS,
    OBSERVATION_DTYPES,
    SOURCE_COLUMNS,
)
from .sources.cells import observation
from .sources.load import WHERE, load_raw
from .sources.manifest import raw_files
from .sources.official import READERS, load_official, official_dir

SAME_SOURCE_LEVEL = (*LEVEL_KEY, "source_id")


def _key(obs: dict, year) -> tuple:
    """The level a relation refers to: its own key with the given year."""
    return tuple(year if k == "year" else obs[k] for k in SAME_SOURCE_LEVEL)


def derived_bound(high: float, inputs: list[dict]) -> str:
    """Open-ended if the interval is; exact only if every input is exact."""
    if high == INF:
        return "at_least"
    return "exact" if all(i["bound"] == "exact" for i in inputs) else "about"


def derived_row(
    level: dict, relation: dict, year: int, interval: tuple, value: float, method: str
) -> dict:
    """The level a growth rate or multiple implies for its base year, naming its inputs."""
    return observation(
        obs_id=f"{relation['obs_id']}__level_{year}",
        source_id=level["source_id"],
        year_basis=relation["year_basis"],
        economy=level["economy"],
        partner=level["partner"],
        flow=level["flow"],
        measure="value",
        commodity=level["commodity"],
        year=year,
        period=level["period"],
        value=value,
        unit=level["unit"],
        currency=level["currency"],
        bound=derived_bound(interval[1], [level, relation]),
        low=interval[0],
        high=interval[1],
        status="derived",
        derived_from=f"{level['obs_id']};{relation['obs_id']}",
        method=method,
        reported_by=level["reported_by"],
        note=f"implied by {relation['as_written']!r} ({relation['locator']})"
        f" and {level['as_written']!r} ({level['locator']})",
    )


def derive(stated: pd.DataFrame) -> list[dict]:
    """Levels implied by growth rates and by multiples over a single earlier year, same source."""
    relations = stated[
        stated["measure"].isin(("growth", "multiple"))
        & stated["base_year"].notna()
        & stated["base_year_to"].isna()
        & stated["base_partner"].isna()
        & stated["base_flow"].isna()
    ]
    wanted = relations[list(SAME_SOURCE_LEVEL)].drop_duplicates()
    maybe = (stated["measure"] == "value") & (stated["status"] == "stated")
    for column in SAME_SOURCE_LEVEL:  # narrowed column by column before any row is copied
        maybe &= stated[column].isin(wanted[column].unique()) | (
            stated[column].isna() & wanted[column].isna().any()
        )
    levels = {_key(o, o["year"]): o for o in records(stated[maybe].merge(wanted))}
    out = []
    for rel in records(relations):
        level = levels.get(_key(rel, rel["year"]))
        if level is None:
            continue
        interval_of = (level["low"], level["high"])
        if rel["measure"] == "growth":
            factor = growth_factor((rel["low"], rel["high"]))
            out.append(
                derived_row(
                    level,
                    rel,
                    rel["base_year"],
                    divide(interval_of, factor),
                    level["value"] / (1 + rel["value"] / 100),
                    "level / (1 + growth/100)",
                )
            )
        elif rel["measure"] == "multiple" and rel["bound"] in ("exact", "about"):
            out.append(
                derived_row(
                    level,
                    rel,
                    rel["base_year"],
                    divide(interval_of, (rel["low"], rel["high"])),
                    level["value"] / rel["value"],
                    "level / multiple",
                )
            )
    return out


def _signature(raw_dir: Path) -> tuple:
    """What identifies a raw folder's content cheaply: names, sizes and times of its files."""
    official = official_dir(raw_dir)
    files = [*raw_files(raw_dir), raw_dir / config.MANIFEST_NAME]
    files += sorted(official.iterdir()) if official.is_dir() else []
    return tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in files if p.exists())


@lru_cache(maxsize=4)
def _tables(raw_dir: str, signature: tuple) -> dict:
    """The tables of one raw folder's content (cached by its signature)."""
    raw = load_raw(Path(raw_dir))
    stated = raw.pop("observations").drop(columns=list(WHERE))
    derived = derive(stated)
    if derived:
        derived = pd.DataFrame(derived, columns=OBSERVATION_COLUMNS).astype(OBSERVATION_DTYPES)
        stated = stack([stated, derived])
    return {
        "observations": stated,
        "sources": pd.DataFrame(list(raw["sources"].values()), columns=SOURCE_COLUMNS),
        "events": pd.DataFrame(raw["events"], columns=[*EVENT_COLUMNS, "year"]),
    }


def tables(raw_dir: Path | None = None) -> dict[str, pd.DataFrame]:
    """The observation, sources and events tables of a raw folder, read once per content."""
    raw_dir = Path(raw_dir or config.RAW_DIR)
    return _tables(str(raw_dir), _signature(raw_dir))


def observations(raw_dir: Path | None = None) -> pd.DataFrame:
    """Every figure from every source in data/raw, one row each (see DESIGN.md for the columns)."""
    return tables(raw_dir)["observations"].copy()


def source_registry(raw_dir: Path | None = None) -> pd.DataFrame:
    """The sources registry: publisher, title, address, language, whose statistics."""
    return tables(raw_dir)["sources"].copy()


def events(raw_dir: Path | None = None) -> pd.DataFrame:
    """Dated events of the article's timeline, with the date as written and in ISO form."""
    return tables(raw_dir)["events"].copy()


@lru_cache(maxsize=4)
def _official_files(raw_dir: str, signature: tuple, names: tuple[str, ...]) -> dict:
    """The official statistics of one raw folder's official/ folder (cached by its content)."""
    folder = official_dir(Path(raw_dir))
    if not folder.is_dir():
        raise RjtradeError(f"{folder}: no official statistics folder")
    return load_official(folder, names=names)


def official_files(raw_dir: Path | None = None, names: tuple[str, ...] = tuple(READERS)) -> dict:
    """The official statistics of the raw folder's official/ folder, as read (the `names`
    asked for, all by default), checked against their manifest, read once per content."""
    raw_dir = Path(raw_dir or config.RAW_DIR)
    return _official_files(str(raw_dir), _signature(raw_dir), tuple(names))


@lru_cache(maxsize=2)
def _official(raw_dir: str, signature: tuple) -> dict[str, pd.DataFrame]:
    """The official tables of one raw folder's content (cached by its signature)."""
    from .claims.against_record import official_tables

    files = _official_files(raw_dir, signature, tuple(READERS))
    return official_tables(files, _tables(raw_dir, signature)["observations"])


def official(raw_dir: Path | None = None) -> dict[str, pd.DataFrame]:
    """The backbone, mirror gaps, trade shares, customs structure and claims checked against
    the backbone, from the raw folder's official/ statistics (computed once per content)."""
    raw_dir = Path(raw_dir or config.RAW_DIR)
    return _official(str(raw_dir), _signature(raw_dir))


BACKBONE_FILES = ("cow_dyadic", "customs_year", "customs_month", "rates")  # + national: shares


@lru_cache(maxsize=4)
def _backbone(
    raw_dir: str, signature: tuple, partners: tuple[str, ...], with_shares: bool
) -> dict[str, pd.DataFrame]:
    """The backbone tables of one raw folder's content (cached by its signature)."""
    from .analyses.backbone import backbone_tables

    names = (*BACKBONE_FILES, "cow_national") if with_shares else BACKBONE_FILES
    files = _official_files(raw_dir, signature, names)
    return backbone_tables(files, partners, with_shares)


def backbone(
    raw_dir: Path | None = None,
    partners: tuple[str, ...] = ("RUS", "CHN"),
    with_shares: bool = True,
) -> dict[str, pd.DataFrame]:
    """The official backbone (every view, the partners' pairs with Japan) and the trade shares,
    computed once per content of the raw folder: what checking a claim needs, without the
    other official tables."""
    raw_dir = Path(raw_dir or config.RAW_DIR)
    return _backbone(str(raw_dir), _signature(raw_dir), tuple(partners), with_shares)
