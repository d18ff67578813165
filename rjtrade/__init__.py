"""rjtrade: Russia(USSR)–Japan trade figures from scattered sources, normalised and cited.

    import rjtrade as rj
    rj.parse_amount("5 พันล้าน 581 ล้านดอลลาร์")
    rj.observations()
    rj.annual_series("RUS", "JPN")
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
        commodity_shares,
        events,
        mirror_gaps,
        observations,
        source_registry,
        structure_measure,
    )
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
    "chart": "rjtrade.api",
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
    "commodity_shares",
    "events",
    "format_amount",
    "format_year",
    "index",
    "mirror_gaps",
    "observations",
    "parse_amount",
    "parse_date",
    "parse_multiple",
    "parse_percent",
    "parse_year",
    "ratio_by_year",
    "source_registry",
    "structure_measure",
    "year_on_year",
]


def __getattr__(name: str):
    """The lazily loaded public names (pandas-backed tables, the build)."""
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'rjtrade' has no attribute {name!r}")
