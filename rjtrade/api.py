"""The convenient calls behind `rj.*`: each reads the tables of data/raw and calls a pure analysis.

`rj.annual_series("RUS", "JPN")` is `analyses.series.annual_series(rj.observations(),
"RUS", "JPN")`. Call the analyses directly to run them on a table of your own.
"""

from __future__ import annotations

import pandas as pd

from .analyses import audit as _audit
from .analyses import commodities as _commodities
from .analyses import series as _series
from .observation_table import events, observations, source_registry, tables

__all__ = [
    "annual_series",
    "audit",
    "chart",
    "commodity_shares",
    "events",
    "mirror_gaps",
    "observations",
    "source_registry",
    "structure_measure",
]


def annual_series(
    economy: str, partner: str, start: int = 1960, end: int = 2014, interpolate: bool = False
) -> pd.DataFrame:
    """One row per year and flow for the pair, from every source in data/raw."""
    obs = tables()["observations"]
    return _series.annual_series(obs, economy, partner, start, end, interpolate)


def mirror_gaps(economy: str = "RUS", partner: str = "JPN") -> pd.DataFrame:
    """The economy's own figures beside the partner's mirror figures, with the gap."""
    return _series.mirror_gaps(tables()["observations"], economy, partner)


def commodity_shares(with_values: bool = True) -> pd.DataFrame:
    """Commodity structure by source, with the unstated remainder (see analyses.commodities)."""
    return _commodities.commodity_shares(tables()["observations"], with_values)


def structure_measure(shares: pd.DataFrame | None = None) -> pd.DataFrame:
    """Primary share of Russia's exports and imports per source and period, as intervals."""
    shares = commodity_shares(with_values=False) if shares is None else shares
    return _commodities.structure_measure(shares)


def audit(obs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every check of one statement against the related ones, with a verdict."""
    return _audit.audit(tables()["observations"] if obs is None else obs)


def chart(name: str):
    """One chart (a name of rjtrade.outputs.charts.CHARTS) drawn from data/raw, as a Figure."""
    from .outputs.chartdata import chart_tables
    from .outputs.charts import draw

    loaded = tables()
    return draw(name, chart_tables(loaded["observations"], loaded["sources"], loaded["events"]))
