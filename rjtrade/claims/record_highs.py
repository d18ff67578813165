"""Record claims ("a record", "the highest", 過去最高, рекорд, สูงสุดเป็นประวัติการณ์): the
year's figure must be above every earlier year's on the same basis (the same reporters, the
same partner: the USSR's years are not Russia's)."""

from __future__ import annotations

import math

import pandas as pd

from .against_record import _row, flag_of, japan_side

RECORD = "record_high"


def figureless(claim) -> bool:
    """A record stated without a figure ("過去最高を記録した")."""
    value = claim["value"]
    return claim["claim"] == RECORD and (value is None or math.isnan(value))


def yen_record_findings(claim, customs_usd: pd.DataFrame | None) -> list[dict]:
    """A record in yen on Japan's customs figures: the year's yen total (both flows for
    turnover) above every earlier year's in the file."""
    if customs_usd is None or pd.isna(claim["year"]):
        return []
    year = int(claim["year"])
    partner, flow = japan_side(claim["economy"], claim["partner"], claim["flow"], year)
    flows = ("export", "import") if flow == "turnover" else (flow,)
    rows = customs_usd[(customs_usd["partner"] == partner) & customs_usd["flow"].isin(flows)]
    totals = rows.groupby("year")["value_jpy"].agg(["sum", "count"])
    totals = totals[totals["count"] == len(flows)]["sum"]
    if year not in totals.index or not (totals.index < year).any():
        return []
    earlier = totals[totals.index < year]
    top = int(earlier.idxmax())
    now = float(totals[year])
    detail = (
        f"{year}: {now / 1e9:,.2f} bn yen; highest earlier year in Japan's customs: {top}, "
        f"{earlier[top] / 1e9:,.2f} bn yen ({int(earlier.index.min())}-{year - 1} compared)"
    )
    verdict = "inconsistent" if earlier[top] > now else "consistent"
    return [_row(claim, "record on JPN in yen", "JPN", (now, now, now), "", detail, verdict)]


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
                **flag_of(now, top),
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
