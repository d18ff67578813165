"""rjtrade: Russia(USSR)–Japan trade figures from scattered sources, normalised and cited.

    import rjtrade as rj
    rj.parse_amount("5 พันล้าน 581 ล้านดอลลาร์")
    rj.observations()
    rj.annual_series("RUS", "JPN")
    rj.audit()

Module names differ from the public function names on purpose (rjtrade.obstable
holds observations(), rjtrade.checks holds audit()), so `rj.audit` is always the
function. Heavy pieces (pandas tables, matplotlib figures, workbooks) load on first use.
"""

from __future__ import annotations

from importlib import import_module

from .errors import ChecksumError, InputError, ParseError, RjtradeError
from .parse import (
    Amount,
    Figure,
    parse_amount,
    parse_date,
    parse_multiple,
    parse_percent,
    parse_year,
)

__version__ = "0.1.0"

_LAZY = {
    "observations": "rjtrade.obstable",
    "events": "rjtrade.obstable",
    "source_registry": "rjtrade.obstable",
    "annual_series": "rjtrade.series",
    "mirror_gaps": "rjtrade.series",
    "year_on_year": "rjtrade.series",
    "cagr": "rjtrade.series",
    "index": "rjtrade.series",
    "audit": "rjtrade.checks",
    "commodity_shares": "rjtrade.commodities",
    "structure_measure": "rjtrade.commodities",
    "build": "rjtrade.pipeline",
}

__all__ = [
    "Amount",
    "Figure",
    "ChecksumError",
    "InputError",
    "ParseError",
    "RjtradeError",
    "parse_amount",
    "parse_date",
    "parse_multiple",
    "parse_percent",
    "parse_year",
    *_LAZY,
]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'rjtrade' has no attribute {name!r}")
