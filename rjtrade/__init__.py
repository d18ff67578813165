"""rjtrade: Russia(USSR)–Japan trade figures from scattered sources, normalised and cited.

    import rjtrade as rj
    rj.parse_amount("5 พันล้าน 581 ล้านดอลลาร์")
    rj.observations()
    rj.pairs()                       # what the data hold: also economies(), flows(), sources()...
    rj.annual_series("RUS", "JPN")   # long: one row per year and flow, with interval and source
    rj.wide_series("RUS", "JPN")     # wide: years by flows, US$, ready to plot
    rj.readable(rj.annual_series("RUS", "JPN"))  # for reading: US$ bn, "more than 30"
    rj.audit()

The `rj.*` tables read data/raw and call the pure analyses in rjtrade.analyses, which
take the observation table as their first argument. Heavy pieces (pandas tables,
matplotlib figures, workbooks) load on first use, so `import rjtrade` stays light.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from .errors import ChecksumError, InputError, ParseError, RjtradeError
from .format import format_amount, format_year
from .parse import (
    Amount,
    Figure,
    parse_amount,
    parse_date,
    parse_multiple,
    parse_percent,
    parse_year,
)

if TYPE_CHECKING:  # what editors and type checkers see; loaded lazily at run time
    from .analyses.series import cagr, index, ratio_by_year, year_on_year
    from .api import (
        annual_series,
        audit,
        chart,
        claims_vs_official,
        commodity_shares,
        customs_structure,
        economies,
        events,
        flows,
        measures,
        mirror_gaps,
        observations,
        official_series,
        pairs,
        reporters,
        source_registry,
        structure_match,
        structure_measure,
        trade_shares,
        wide_series,
    )
    from .outputs.display import readable
    from .pipeline import build

__version__ = "0.1.0"

_LAZY = {
    "observations": "rjtrade.api",
    "events": "rjtrade.api",
    "source_registry": "rjtrade.api",
    "annual_series": "rjtrade.api",
    "mirror_gaps": "rjtrade.api",
    "commodity_shares": "rjtrade.api",
    "structure_measure": "rjtrade.api",
    "audit": "rjtrade.api",
    "structure_match": "rjtrade.api",
    "customs_structure": "rjtrade.api",
    "claims_vs_official": "rjtrade.api",
    "trade_shares": "rjtrade.api",
    "official_series": "rjtrade.api",
    "chart": "rjtrade.api",
    "economies": "rjtrade.api",
    "pairs": "rjtrade.api",
    "flows": "rjtrade.api",
    "reporters": "rjtrade.api",
    "measures": "rjtrade.api",
    "wide_series": "rjtrade.api",
    "readable": "rjtrade.outputs.display",
    "year_on_year": "rjtrade.analyses.series",
    "cagr": "rjtrade.analyses.series",
    "index": "rjtrade.analyses.series",
    "ratio_by_year": "rjtrade.analyses.series",
    "build": "rjtrade.pipeline",
}

__all__ = [
    "Amount",
    "ChecksumError",
    "Figure",
    "InputError",
    "ParseError",
    "RjtradeError",
    "annual_series",
    "audit",
    "build",
    "cagr",
    "chart",
    "claims_vs_official",
    "commodity_shares",
    "customs_structure",
    "economies",
    "events",
    "flows",
    "format_amount",
    "format_year",
    "index",
    "measures",
    "mirror_gaps",
    "observations",
    "official_series",
    "pairs",
    "parse_amount",
    "parse_date",
    "parse_multiple",
    "parse_percent",
    "parse_year",
    "ratio_by_year",
    "readable",
    "reporters",
    "source_registry",
    "structure_match",
    "structure_measure",
    "trade_shares",
    "wide_series",
    "year_on_year",
]


def __getattr__(name: str):
    """The lazily loaded public names (pandas-backed tables, the build)."""
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'rjtrade' has no attribute {name!r}")
