"""Claims found in a text checked against the record and against each other."""

from __future__ import annotations

import math

import pandas as pd

from ..analyses.backbone import BACKBONE_PARTNERS
from ..schema import CLAIM_CHECK_COLUMNS, RUSSIA_OR_USSR
from .against_each_other import Sources, against_sources
from .against_record import Record, _check_one, _row, composition_totals
from .currencies import (
    YEN_RATE_BASIS,
    in_dollars,
    not_compared,
    partial_yen_findings,
    yen_findings,
    yen_ratio_findings,
)
from .record_highs import figureless, record_findings, yen_record_findings
from .verdicts import weigh


def partners_named(claims: pd.DataFrame) -> tuple[str, ...]:
    """The backbone partners a text's claims name (Russia when they name none)."""
    named = set(claims["economy"]) | set(claims["partner"]) | set(claims["base_partner"])
    found = tuple(
        p for p in BACKBONE_PARTNERS if named & set(RUSSIA_OR_USSR if p == "RUS" else (p,))
    )
    return found or ("RUS",)


def months_needed(claims: pd.DataFrame) -> bool:
    """Whether a claim in yen is for part of a year (checked on Japan's monthly file)."""
    part = (claims["currency"] == "JPY") & ~claims["period"].isin(["annual", "unstated"])
    return bool(part.any())


def shares_needed(claims: pd.DataFrame) -> bool:
    """Whether checking the claims needs the trade shares (a claim of a share of total trade)."""
    return bool((claims["measure"] == "share_of_total").any())


def check_text(
    claims: pd.DataFrame,
    backbone: pd.DataFrame,
    shares: pd.DataFrame,
    observations: pd.DataFrame,
    customs_usd: pd.DataFrame | None = None,
    customs_month: pd.DataFrame | None = None,
    rates_by_year: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Claims found in a text (rjtrade.claims.finder.claims_frame) checked against the backbone,
    reporter by reporter, and against the figures other sources give for the same thing.

    A claim that leaves something open (`missing`: year, pair, direction…) is unverifiable,
    with the reason and the options that would settle it; nothing is guessed.
    """
    record = Record(backbone, composition_totals(observations))
    sources = Sources(observations)
    worked: dict[tuple, tuple[list[dict], dict]] = {}  # a claim repeated is worked out once
    rows: list[dict] = []
    for number, claim in enumerate(claims.to_dict("records"), 1):
        key = _same_claim(claim)
        if key not in worked:
            customs = (customs_usd, customs_month, rates_by_year)
            found = _findings(claim, record, shares, sources, customs)
            dated = not pd.isna(claim["year"])
            worked[key] = found, weigh(found, claim["measure"], claim["reported_by"], dated)
        found, weighed = worked[key]
        where = {"locator": claim["locator"], "measure": claim["measure"], "claim_no": number}
        verdict = {"claim_verdict": weighed["verdict"], "claim_reason": weighed["reason"]}
        rows += [
            where | r | {"obs_id": claim["obs_id"]} | verdict | {"evidence": note}
            for r, note in zip(found, weighed["evidence"], strict=True)
        ]
    return pd.DataFrame(rows, columns=CHECKED_COLUMNS)


def _same_claim(claim: dict) -> tuple:
    """What makes two claims of a text the same claim: every field but where it is."""
    return tuple(
        tuple(value) if isinstance(value, list) else None if pd.isna(value) else value
        for name, value in claim.items()
        if name not in ("obs_id", "locator", "column")
    )


def _findings(claim: dict, record, shares, sources, customs) -> list[dict]:
    """Every finding for one claim: what it leaves open, or each basis of the record, its
    record-high check and the other sources' figures (`customs`: Japan's yearly customs in
    US$ and yen, its monthly file and the yen's rate of every year, for claims in yen)."""
    customs_usd = customs[0]
    if claim["missing"]:
        found = [_unsettled(claim)]
    elif figureless(claim):  # "過去最高を記録した": the record alone is checked
        yen = claim["currency"] == "JPY"
        found = (
            yen_record_findings(claim, customs_usd)
            if yen
            else record_findings(claim, record.frame)
        )
        found = found or [_nothing(claim, "no earlier year on the same basis to tell a record")]
    elif not_compared(claim):
        found = [_nothing(claim, not_compared(claim))]
    elif claim["currency"] == "JPY" and claim["measure"] in ("growth", "multiple"):
        found = yen_ratio_findings(claim, customs_usd) or [
            _nothing(claim, f"no yen figures for {_years(claim)} in the official files")
        ]
    elif claim["currency"] == "JPY":
        found = _in_yen(claim, record, shares, customs)
        found += against_sources(claim, sources)
    else:
        found = _check_one(claim, record, shares)
        if claim["measure"] == "growth" and not isinstance(claim["currency"], str):
            found += yen_ratio_findings(claim, customs_usd, YEN_RATE_BASIS)
        found += record_findings(claim, record.frame)
        found += against_sources(claim, sources)
    return [{"options": ""} | r for r in found]


# rj.check's table: one row per finding (the evidence), each with its claim's one verdict.
CHECKED_COLUMNS = [
    "claim_no",
    "locator",
    "measure",
    *CLAIM_CHECK_COLUMNS,
    "options",
    "claim_verdict",
    "claim_reason",
    "evidence",
]


def claims_of(checked: pd.DataFrame) -> pd.DataFrame:
    """One row per claim of rj.check's table: where, the claim, its verdict and the reason."""
    columns = ["claim_no", "locator", "claim", "claim_verdict", "claim_reason", "options"]
    first = checked.drop_duplicates("claim_no")[columns]
    return first.rename(columns={"claim_verdict": "verdict", "claim_reason": "reason"})


def _years(claim) -> str:
    """'2021 and its base year' in words, for a rate whose figures are missing."""
    year = "an unstated year" if pd.isna(claim["year"]) else str(int(claim["year"]))
    return f"{year} and its base year"


def _nothing(claim: pd.Series, reason: str) -> dict:
    """An unverifiable finding with its reason and nothing compared."""
    return _row(claim, "", "", (math.nan,) * 3, "", reason, verdict="unverifiable")


def _in_yen(claim, record, shares, customs) -> list[dict]:
    """A yen claim: against Japan's yen figure (a part of a year: the sum of its months), and
    converted to US$ (rate and spread said) against every reporter's basis."""
    customs_usd, customs_month, rates_by_year = customs
    found = yen_findings(claim, customs_usd) + partial_yen_findings(claim, customs_month)
    converted = in_dollars(claim, customs_usd, rates_by_year)
    if converted is not None:
        found += [
            r | {"detail": f"{r['detail']}; the claim {converted['note']}"}
            for r in _check_one(converted, record, shares)
        ]
    if found:
        return found
    if claim["period"] != "annual":
        return [_nothing(claim, "a part of a year in yen: the yen figures held are whole years")]
    return [_nothing(claim, f"no yen figure or rate for {claim['year']} in the official files")]


def _unsettled(claim: pd.Series) -> dict:
    """An unverifiable finding naming what the claim leaves open and what would settle it."""
    open_ = [m for m in claim["missing"] if m != "amount"]
    options = " ".join(claim["options"])
    detail = f"the text does not say the {', '.join(open_)}" if open_ else ""
    detail += f"; give {options}" if options else ""
    if "amount" in claim["missing"]:  # the finder's note gives the parser's reason
        unread = f"{claim['as_written']!r} is not read as a number ({claim['note']})"
        detail = f"{unread}; {detail}" if detail else unread
    row = _row(claim, "", "", (math.nan,) * 3, "", detail, verdict="unverifiable")
    return row | {"options": options}
