"""A raw folder's tables, read and computed once per content of the folder.

Each call names its raw folder (data/raw by default); what identifies the folder's content is
cheap to read (names, sizes and times of its files), so a changed file is read again. The
layers, each a function of those before: the observation tables, the official files as
read, the backbone (what checking a claim needs), every official table, and every table the
build computes (what the charts draw).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

import pandas as pd

from . import config
from .analyses.backbone import backbone_tables
from .claims.against_record import official_tables_with_claims
from .errors import RjtradeError
from .observation_table import observation_tables
from .schema import BACKBONE_PARTNERS
from .sources.load import load_raw
from .sources.manifest import raw_files
from .sources.official import READERS, load_official, official_dir

# + national: shares. The rates of every source and the partners' own export reports too, so
# a claim is checked against the same record official() gives (1960-2025).
BACKBONE_FILES = (
    *("cow_dyadic", "customs_year", "customs_month", "rates"),
    *("rates_wdi", "rates_fed", "dots_exports"),
)


def read_only(cached: dict) -> MappingProxyType:
    """A cached dict of tables as handed out: the dict read-only, each table a shallow copy
    (copy-on-write: changing it leaves the cache as it was)."""
    return MappingProxyType(
        {k: v.copy(deep=False) if isinstance(v, pd.DataFrame) else v for k, v in cached.items()}
    )


def _signature(raw_dir: Path) -> tuple:
    """What identifies a raw folder's content cheaply: names, sizes and times of its files."""
    official_folder = official_dir(raw_dir)
    files = [*raw_files(raw_dir), raw_dir / config.MANIFEST_NAME]
    files += sorted(official_folder.iterdir()) if official_folder.is_dir() else []
    return tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in files if p.exists())


@lru_cache(maxsize=4)
def _tables(raw_dir: str, signature: tuple) -> dict:
    """The tables of one raw folder's content (cached by its signature)."""
    return observation_tables(load_raw(Path(raw_dir)))


def tables(raw_dir: Path | None = None) -> dict[str, pd.DataFrame]:
    """The observation, sources and events tables of a raw folder, read once per content."""
    raw_dir = Path(raw_dir or config.RAW_DIR)
    return read_only(_tables(str(raw_dir), _signature(raw_dir)))


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
    return read_only(_official_files(str(raw_dir), _signature(raw_dir), tuple(names)))


@lru_cache(maxsize=2)
def _official(raw_dir: str, signature: tuple) -> dict[str, pd.DataFrame]:
    """The official tables of one raw folder's content (cached by its signature)."""
    files = _official_files(raw_dir, signature, tuple(READERS))
    return official_tables_with_claims(files, _tables(raw_dir, signature)["observations"])


def official(raw_dir: Path | None = None) -> dict[str, pd.DataFrame]:
    """The backbone, mirror gaps, trade shares, customs structure and claims checked against
    the backbone, from the raw folder's official/ statistics (computed once per content)."""
    raw_dir = Path(raw_dir or config.RAW_DIR)
    return read_only(_official(str(raw_dir), _signature(raw_dir)))


@lru_cache(maxsize=4)
def _backbone(
    raw_dir: str, signature: tuple, partners: tuple[str, ...], with_shares: bool
) -> dict[str, pd.DataFrame]:
    """The backbone tables of one raw folder's content (cached by its signature)."""
    names = (*BACKBONE_FILES, "cow_national") if with_shares else BACKBONE_FILES
    files = _official_files(raw_dir, signature, names)
    return backbone_tables(files, partners, with_shares)


def backbone(
    raw_dir: Path | None = None,
    partners: tuple[str, ...] = BACKBONE_PARTNERS,
    with_shares: bool = True,
) -> dict[str, pd.DataFrame]:
    """The official backbone (every view, the partners' pairs with Japan) and the trade shares,
    computed once per content of the raw folder: what checking a claim needs, without the
    other official tables."""
    raw_dir = Path(raw_dir or config.RAW_DIR)
    return read_only(_backbone(str(raw_dir), _signature(raw_dir), tuple(partners), with_shares))


@lru_cache(maxsize=2)
def _computed(raw_dir: str, signature: tuple) -> dict[str, pd.DataFrame]:
    """Every table the build computes from one raw folder's content (cached by its signature)."""
    from .pipeline import compute  # the build's own step (the build reads its tables here)

    files = _official_files(raw_dir, signature, tuple(READERS))
    return compute(_tables(raw_dir, signature) | {"official": files})


def computed(raw_dir: Path | None = None) -> dict[str, pd.DataFrame]:
    """Every table the build computes (rjtrade.pipeline.compute: series, shares, the audit,
    the official tables), computed once per content of the raw folder."""
    raw_dir = Path(raw_dir or config.RAW_DIR)
    return read_only(_computed(str(raw_dir), _signature(raw_dir)))
