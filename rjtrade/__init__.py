"""rjtrade: Russia(USSR)–Japan trade figures from scattered sources, normalised and cited.

    import rjtrade as rj
    rj.parse_amount("5 พันล้าน 581 ล้านดอลลาร์")
    rj.observations()
    rj.pairs()                       # what the data hold: also economies(), flows(),
                                     # reporters(), measures(), source_registry()
    rj.official_series("RUS")        # Japan's official trade with the USSR/Russia, 1960–2014
    rj.wide_series("RUS", "JPN")     # the same as years by flows, US$, ready to plot
    rj.annual_series("RUS", "JPN")   # the sources' figures: one row per year and flow
    rj.readable(rj.annual_series("RUS", "JPN"))  # for reading: US$ bn, "more than 30"
    rj.check("...")                  # a text's trade claims against the statistics
    rj.audit()                       # the sources' claims against each other

`dir(rjtrade)` and `rjtrade.__all__` list the whole public API.

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
    # ruff: noqa: F401
    from .analyses.series import cagr, index, ratio_by_year, year_on_year
    from .api import (
        annual_series,
        audit,
        chapters_vs_customs,
        chart,
        check,
        claims_vs_official,
        commodity_shares,
        constant_dollars,
        coverage,
        customs_structure,
        economies,
        events,
        flows,
        measures,
        mirror_gaps,
        observations,
        official_series,
        pairs,
        partner_own_report,
        reporters,
        source_registry,
        structure_match,
        structure_measure,
        trade_shares,
        wide_series,
        yen_to_usd,
    )
    from .outputs.display import readable
    from .pipeline import build

__version__ = "0.1.0"

_LAZY_BY_MODULE = {  # loaded on first use, so `import rjtrade` loads no pandas
    "rjtrade.api": (
        "annual_series", "audit", "chart", "check", "claims_vs_official", "commodity_shares",
        "customs_structure", "economies", "events", "flows", "measures", "mirror_gaps",
        "observations", "official_series", "pairs", "reporters", "source_registry",
        "structure_match", "structure_measure", "trade_shares", "wide_series",
        # the record after 2014
        "chapters_vs_customs", "constant_dollars", "coverage", "partner_own_report",
        "yen_to_usd",
    ),
    "rjtrade.analyses.series": ("cagr", "index", "ratio_by_year", "year_on_year"),
    "rjtrade.outputs.display": ("readable",),
    "rjtrade.pipeline": ("build",),
}  # fmt: skip
_LAZY = {name: module for module, names in _LAZY_BY_MODULE.items() for name in names}

__all__ = [  # the eager names, then the lazy ones
    "Amount",
    "ChecksumError",
    "Figure",
    "InputError",
    "ParseError",
    "RjtradeError",
    "format_amount",
    "format_year",
    "parse_amount",
    "parse_date",
    "parse_multiple",
    "parse_percent",
    "parse_year",
    *_LAZY,
]


def __dir__() -> list[str]:
    """The public API (what tab completion offers), not the module's own imports."""
    return sorted([*__all__, "__version__"])


def __getattr__(name: str):
    """The lazily loaded public names (pandas-backed tables, the build)."""
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'rjtrade' has no attribute {name!r}")
