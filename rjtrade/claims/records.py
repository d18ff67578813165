"""Record claims ("a record", "the highest", 過去最高, рекорд, สูงสุดเป็นประวัติการณ์): the
year's figure must be above every earlier year's on the same basis (the same reporters, the
same partner: the USSR's years are not Russia's)."""

from __future__ import annotations

import math

import pandas as pd

from .against_record import _row, japan_side

RECORD = "record_high"


def record_findings(claim, backbone: pd.DataFrame) -> list[dict]:
    """Per basis of the claim's year: whether any earlier year on that basis was surely higher
    (its low above the year's high: inconsistent) or none was (consistent)."""
    if claim["claim"] != RECORD or claim["measure"] != "value" or pd.isna(claim["year"]):
        return []
    year = int(claim["year"])
    partner, flow = japan_side(claim["economy"], claim["partner"], claim["flow"], year)
    rows = backbone[(backbone["partner"] == partner) & (backbone["flow"] == flow)]
    rows = rows.drop_duplicates(["basis", "year"])
    found = []
    for basis, same in rows.groupby("basis", sort=False):
        this = same[same["year"] == year]
        earlier = same[same["year"] < year]
        if this.empty or earlier.empty:
            continue
        top = earlier.loc[earlier["low"].idxmax()]
        now = this.iloc[0]
        beaten = top["low"] > now["high"]
        detail = (
            f"{year}: {now['value_usd'] / 1e9:,.2f} bn; highest earlier year on this basis: "
            f"{int(top['year'])}, {top['value_usd'] / 1e9:,.2f} bn"
            f" ({int(earlier['year'].min())}-{year - 1} compared)"
        )
        figure = (now["value_usd"], now["low"], now["high"])
        found.append(
            _row(
                claim,
                f"record on {basis}",
                now["reported_by"],
                figure,
                now["source_id"],
                detail,
                verdict="inconsistent" if beaten else "consistent",
            )
        )
    return found or [
        _row(
            claim,
            "record",
            "",
            (math.nan,) * 3,
            "",
            f"no earlier year on the same basis to tell a record in {year}",
            verdict="unverifiable",
        )
    ]
