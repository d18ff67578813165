"""Claims checked against each other: a claim against the figures other sources state for the
same level (pair, flow, measure, year, period, currency)."""

from __future__ import annotations

import pandas as pd

from ..schema import economy_in
from .against_record import _row, as_written, cited


class Sources:
    """The observation table's rows as dicts, looked up by economy, partner, flow, measure,
    year and period: built once, so checking a claim filters no frame."""

    KEY = ("economy", "partner", "flow", "measure", "year", "period")

    def __init__(self, observations: pd.DataFrame):
        self._rows: dict[tuple, list[dict]] = {}
        for row in observations.to_dict("records"):
            self._rows.setdefault(tuple(row[k] for k in self.KEY), []).append(row)

    def same_level(self, claim, year: int) -> list[dict]:
        """The rows stating the claim's level (its pair as of the year) in its currency."""
        key = (
            economy_in(claim["economy"], year),
            economy_in(claim["partner"], year),
            claim["flow"],
            claim["measure"],
            year,
            claim["period"],
        )
        currency = claim["currency"] or ""
        return [
            row
            for row in self._rows.get(key, [])
            if (row["currency"] if isinstance(row["currency"], str) else "") == currency
        ]


def against_sources(claim: pd.Series, sources: Sources) -> list[dict]:
    """The same level (pair, flow, measure, year, period) as other sources state it."""
    if pd.isna(claim["year"]):
        return []
    return [
        _row(
            claim,
            f"source:{other['source_id']}",
            other["reported_by"],
            (other["value"], other["low"], other["high"]),
            other["source_id"],
            f"{cited(other)}: {as_written(other)}",
        )
        for other in sources.same_level(claim, int(claim["year"]))
    ]
