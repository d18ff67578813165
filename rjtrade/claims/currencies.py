"""Claims in yen and in other currencies.

A claim in yen is compared with Japan's customs figure itself, in yen (the customs files are in
yen: no conversion, no spread), and, for the other reporters' figures in US$, converted at the
year's mean IMF rate with the conversion method's spread (the relative widening the backbone
applies to Japan's converted figures) in its interval. Roubles, baht and euros are not
compared: the official files hold no rate for them.
"""

from __future__ import annotations

import math

import pandas as pd

from .. import intervals
from ..schema import MONTH_CODES
from .against_record import _row, japan_side
from .verdicts import YEN_BASIS

NOT_COMPARED = {
    "RUB": "Russian roubles",
    "SUR": "Soviet roubles",
    "THB": "Thai baht",
}


def not_compared(claim) -> str:
    """Why a claim's currency is not compared ('' when it is: US$, yen, or no currency)."""
    currency = claim["currency"]
    if not isinstance(currency, str) or currency in ("USD", "JPY"):
        return ""
    words = NOT_COMPARED.get(currency, currency)
    return (
        f"an amount in {words} is not compared: the official files hold US$ and yen and no "
        f"rate for {words}; write the amount in dollars or yen"
    )


def _year_rows(customs_usd: pd.DataFrame, claim) -> pd.DataFrame:
    """Japan's customs rows (Grand Total) for the claim's partner and year, on Japan's side."""
    year = int(claim["year"])
    partner, flow = japan_side(claim["economy"], claim["partner"], claim["flow"], year)
    rows = customs_usd[(customs_usd["partner"] == partner) & (customs_usd["year"] == year)]
    flows = ("export", "import") if flow == "turnover" else (flow,)
    return rows[rows["flow"].isin(flows)].drop_duplicates("flow")


def yen_findings(claim, customs_usd: pd.DataFrame) -> list[dict]:
    """A yen claim against Japan's customs figure in yen (exports plus imports for turnover)."""
    if customs_usd is None or pd.isna(claim["year"]) or claim["measure"] != "value":
        return []
    if claim["period"] != "annual":
        return []
    rows = _year_rows(customs_usd, claim)
    wanted = 2 if claim["flow"] == "turnover" else 1
    if len(rows) != wanted:
        return []
    value = float(rows["value_jpy"].sum())
    figure = (value, value, value)  # the customs figure as the file gives it, in yen
    detail = (
        f"Japan's customs in yen: {value / 1e9:,.2f} bn yen "
        f"({' + '.join(rows['flow'])}; no conversion)"
    )
    return [_row(claim, YEN_BASIS, "JPN", figure, ";".join(rows["source_id"]), detail)]


# A growth rate that names no currency is a rate of Japan's yen figures as much as of their
# dollar conversions: it is compared with both, the yen rate on a basis of its own.
YEN_RATE_BASIS = "JPN, rate in yen"


def yen_ratio_findings(
    claim, customs_usd: pd.DataFrame | None, basis: str = YEN_BASIS
) -> list[dict]:
    """A growth rate or multiple said to be in yen, against Japan's customs figures in yen: the
    year over its base year (the year stated, else the year before for a growth rate)."""
    if customs_usd is None or pd.isna(claim["year"]) or claim["period"] != "annual":
        return []
    year = int(claim["year"])
    growth = claim["measure"] == "growth"
    if not pd.isna(claim["base_year"]):
        base = int(claim["base_year"])
    elif growth:
        base = year - 1
    else:
        return []
    if not pd.isna(claim.get("base_year_to")) and claim["base_year_to"] != claim["base_year"]:
        return []
    if isinstance(claim.get("base_partner"), str) or isinstance(claim.get("base_flow"), str):
        return []
    totals = []
    for when in (year, base):
        rows = _year_rows(customs_usd, claim | {"year": when})
        wanted = 2 if claim["flow"] == "turnover" else 1
        if len(rows) != wanted:
            return []
        totals.append((float(rows["value_jpy"].sum()), ";".join(rows["source_id"])))
    ratio = totals[0][0] / totals[1][0]
    value = (ratio - 1) * 100 if growth else ratio
    detail = (
        f"Japan's customs in yen: {year} {totals[0][0] / 1e9:,.2f} bn yen over {base} "
        f"{totals[1][0] / 1e9:,.2f} bn yen = {ratio:.4f} (no conversion)"
    )
    return [_row(claim, basis, "JPN", (value, value, value), totals[0][1], detail)]


def in_dollars(claim, customs_usd: pd.DataFrame | None, rates_by_year: pd.DataFrame | None = None):
    """The yen claim in US$: at its year's rate in Japan's customs conversion, its interval
    widened by that conversion's spread; for a year the customs files do not hold (before
    2001 for Japan-China, 2009 for Russia), at the year's rate of rates_by_year
    (analyses.backbone.year_rates: IMF, WDI, Federal Reserve), its interval spanning every
    rate source's rate. None when neither holds a rate for the year."""
    if pd.isna(claim["year"]) or claim["period"] != "annual":
        return None
    year = int(claim["year"])
    year_rows = customs_usd[customs_usd["year"] == year] if customs_usd is not None else None
    if year_rows is not None and not year_rows.empty:
        rate = float(year_rows["per_usd"].iloc[0])
        spread = float(
            ((year_rows["high"] - year_rows["low"]) / (2 * year_rows["value_usd"])).max()
        )
        low, high = intervals.scale((claim["low"], claim["high"]), 1 / rate)
        low, high = low * (1 - spread), high * (1 + spread) if math.isfinite(high) else high
        note = f"in US$ at the {year} mean rate {rate:.2f} yen, ±{spread:.2%}"
    else:
        held = rates_by_year[rates_by_year["year"] == year] if rates_by_year is not None else None
        if held is None or held.empty:
            return None
        row = held.iloc[0]
        rate = float(row["per_usd"])
        low = claim["low"] / float(row["rate_high"])
        high = claim["high"] / float(row["rate_low"])
        note = (
            f"in US$ at the {year} rate {rate:.2f} yen ({row['rate_source']}; the rate sources"
            f" held, {row['rate_sources']}, span {row['rate_low']:.2f}-{row['rate_high']:.2f})"
        )
    converted = claim.copy()
    converted["value"] = claim["value"] / rate
    converted["low"], converted["high"] = low, high
    converted["currency"] = "USD"
    converted["note"] = note
    return converted


def months_of(period: str) -> tuple[int, int] | None:
    """The first and last month of a period code ("jan-sep" -> (1, 9)); None if not months."""
    first, _, last = period.partition("-")
    if first not in MONTH_CODES or last not in MONTH_CODES:
        return None
    return MONTH_CODES.index(first) + 1, MONTH_CODES.index(last) + 1


def partial_yen_findings(claim, customs_month: pd.DataFrame | None) -> list[dict]:
    """A yen claim for part of a year against the sum of those months of Japan's monthly
    customs file (Japan–China, 2001–2019), in yen; none when a month is not in the file."""
    months = months_of(str(claim["period"]))
    if customs_month is None or months is None or pd.isna(claim["year"]):
        return []
    if claim["measure"] != "value":
        return []
    year = int(claim["year"])
    partner, flow = japan_side(claim["economy"], claim["partner"], claim["flow"], year)
    flows = ("export", "import") if flow == "turnover" else (flow,)
    rows = customs_month[
        (customs_month["partner"] == partner)
        & (customs_month["year"] == year)
        & customs_month["month"].between(*months)
        & customs_month["flow"].isin(flows)
    ]
    if len(rows) != (months[1] - months[0] + 1) * len(flows):
        return []
    value = float(rows["value_jpy"].sum())
    detail = (
        f"Japan's customs by month in yen, {claim['period']} {year}: {value / 1e9:,.2f} bn yen "
        f"({' + '.join(flows)}, {months[1] - months[0] + 1} months; no conversion)"
    )
    source = ";".join(dict.fromkeys(rows["source_id"]))
    return [_row(claim, YEN_BASIS, "JPN", (value, value, value), source, detail)]
