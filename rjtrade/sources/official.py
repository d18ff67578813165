"""The official statistics in data/raw/official/, checked and read into tidy tables."""

from __future__ import annotations

from pathlib import Path

from ..paths import regular_file
from ..schema import OFFICIAL_DIR_NAME
from . import comtrade, cow, customs, dots, fed_h10, imf, price_indexes, wdi
from .manifest import verify_manifest

FILES = {
    "cow_dyadic": "cow_trade_4.0_dyadic_japan.csv",
    "cow_dyadic_v3": "cow_trade_3.0_dyadic_japan.csv",
    "cow_national": "cow_trade_4.0_national_japan_russia_china.csv",
    "customs_year": "japan_mof_trade_year_russia_china_world.csv",
    "customs_month": "japan_mof_japan_china_monthly_2001_2019.csv",
    "rates": "imf_exchange_rates_daily_2001_2019.csv",
    "rates_wdi": "wdi_exchange_rates_annual_1960_2024.csv",
    "rates_fed": "fed_h10_exchange_rates_annual_1971_2025.csv",
    "cpi": "us_cpi_u_monthly_1913_2026.csv",
    "gdp_deflator": "us_gdp_deflator_quarterly_1947_2025.csv",
    "dots_exports": "imf_dots_exports_2019_2020.csv",
    "comtrade_chapters": "un_comtrade_hs2_exports_2019_2020.csv",
}


def official_dir(raw_dir: Path | None = None) -> Path:
    """data/raw/official/ of the project (or under the given raw folder)."""
    if raw_dir is None:
        from ..config import RAW_DIR as raw_dir
    return Path(raw_dir) / OFFICIAL_DIR_NAME


READERS = {
    "cow_dyadic": cow.read_cow_dyadic_v4,
    "cow_national": cow.read_cow_national,
    "customs_year": customs.read_customs_year,
    "customs_month": customs.read_customs_monthly,
    "rates": lambda path: imf.read_imf_rates(path, currencies=("JPY",)),  # yen is converted
    "rates_wdi": wdi.read_wdi_rates,
    "rates_fed": fed_h10.read_fed_rates,
    "cpi": price_indexes.read_cpi_monthly,
    "gdp_deflator": price_indexes.read_gdp_deflator_quarterly,
    "dots_exports": dots.read_dots_exports,
    "comtrade_chapters": comtrade.read_comtrade_chapters,
}


def load_official(
    folder: Path | None = None,
    cow_dyadic: Path | None = None,
    names=tuple(READERS),
    cow_pairs=None,
) -> dict:
    """The official tables the backbone is built from (all, or the `names` asked for), after
    checking the folder against its manifest. (COW v3.0, also in the folder and checked, is
    read on demand with rjtrade.sources.cow.read_cow_dyadic_v3: the backbone uses v4.0.)

    `cow_dyadic` points at another COW v4.0 dyadic file (for example the full official
    ``Dyadic_COW_4.0.csv``) to read instead of the extract; `cow_pairs`, the dyads to read from
    it (each must hold a flow; all the package's dyads by default).
    """
    folder = Path(folder) if folder is not None else official_dir()
    verify_manifest(folder)
    paths = {name: folder / FILES[name] for name in names} | (
        {"cow_dyadic": regular_file(cow_dyadic, "COW dyadic file")}
        if cow_dyadic is not None
        else {}
    )
    for path in paths.values():
        regular_file(path)
    readers = READERS | (
        {"cow_dyadic": lambda path: cow.read_cow_dyadic_v4(path, pairs=cow_pairs)}
        if cow_pairs
        else {}
    )
    return {name: readers[name](paths[name]) for name in names}
