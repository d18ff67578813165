"""Claims checked against each other: a claim against the figures other sources state for the
same level (pair, flow, measure, year, period, currency)."""

from __future__ import annotations

import pandas as pd

from ..schema import economy_in
from .against_record import _row


def against_sources(claim: pd.Series, observations: pd.DataFrame) -> list[dict]:
    """The same level (pair, flow, measure, year, period) as other sources state it."""
    if pd.isna(claim["year"]):
        return []
    year = int(claim["year"])
    same = observations[
        (observations["economy"] == economy_in(claim["economy"], year))
        & (observations["partner"] == economy_in(claim["partner"], year))
        & (observations["flow"] == claim["flow"])
        & (observations["measure"] == claim["measure"])
        & (observations["year"] == year)
        & (observations["period"] == claim["period"])
        & (observations["currency"].fillna("") == (claim["currency"] or ""))
    ]
    return [
        _row(
            claim,
            f"source:{other['source_id']}",
            other["reported_by"],
            (other["value"], other["low"], other["high"]),
            other["source_id"],
            f"{other['source_id']} ({other['locator']}): {other['as_written']}",
        )
        for _, other in same.iterrows()
    ]
