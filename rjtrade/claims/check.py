"""Claims found in a text checked against the record and against each other."""

from __future__ import annotations

import math

import pandas as pd

from ..analyses.backbone import BACKBONE_PARTNERS
from ..schema import CLAIM_CHECK_COLUMNS, RUSSIA_OR_USSR
from .against_each_other import against_sources
from .against_record import _check_one, _row, composition_totals


def partners_named(claims: pd.DataFrame) -> tuple[str, ...]:
    """The backbone partners a text's claims name (Russia when they name none)."""
    named = set(claims["economy"]) | set(claims["partner"]) | set(claims["base_partner"])
    found = tuple(
        p for p in BACKBONE_PARTNERS if named & set(RUSSIA_OR_USSR if p == "RUS" else (p,))
    )
    return found or ("RUS",)


def shares_needed(claims: pd.DataFrame) -> bool:
    """Whether checking the claims needs the trade shares (a claim of a share of total trade)."""
    return bool((claims["measure"] == "share_of_total").any())


def check_text(
    claims: pd.DataFrame,
    backbone: pd.DataFrame,
    shares: pd.DataFrame,
    observations: pd.DataFrame,
) -> pd.DataFrame:
    """Claims found in a text (rjtrade.claims.finder.claims_frame) checked against the backbone,
    reporter by reporter, and against the figures other sources give for the same thing.

    A claim that leaves something open (`missing`: year, pair, direction…) is unverifiable,
    with the reason and the options that would settle it; nothing is guessed.
    """
    supplements = composition_totals(observations)
    rows: list[dict] = []
    for _, claim in claims.iterrows():
        if claim["missing"]:
            found = [_unsettled(claim)]
        else:
            found = _check_one(claim, backbone, shares, supplements)
            found += against_sources(claim, observations)
        where = {"locator": claim["locator"], "measure": claim["measure"], "options": ""}
        rows += [where | r for r in found]
    return pd.DataFrame(rows, columns=["locator", "measure", *CLAIM_CHECK_COLUMNS, "options"])


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
