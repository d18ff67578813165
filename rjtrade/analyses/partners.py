"""The official series of Japan with any partner of a full COW dyadic file: a pure function of
that dyad's tidy flows (rjtrade.sources.cow_full.japan_dyad) and what the partner is."""

from __future__ import annotations

import pandas as pd

from ..errors import RjtradeError
from ..schema import BACKBONE_YEARS
from . import backbone


def cow_partner_series(flows: pd.DataFrame, partner: dict, view: str, years) -> pd.DataFrame:
    """The views of backbone.all_views for the partner (`partner`: ccode, code, name, file):
    the same intervals and provenance as for Russia and China, one view kept, the years asked
    (a year or (first, last); a year without a figure is an error naming what the file holds),
    and the partner's name from the file's own columns (partner_name, cow_code)."""
    views = backbone.all_views(
        flows, None, partner["code"], years=(int(flows["year"].min()), BACKBONE_YEARS[1])
    )
    if view not in set(views["view"]):
        known = ", ".join(sorted(set(views["view"])))
        raise RjtradeError(f"unknown view {view!r} (views: {known})")
    rows = views[views["view"] == view].copy()
    if years is not None:
        first, last = (years, years) if isinstance(years, int) else years
        held = set(rows["year"])
        missing = sorted(set(range(int(first), int(last) + 1)) - held)
        if missing:
            raise RjtradeError(
                f"{partner['file']} holds Japan and {partner['name']} (COW {partner['ccode']})"
                f" for {backbone.year_span(held)}; no figure for {backbone.year_span(missing)}"
            )
        rows = rows[rows["year"].between(first, last)]
    rows["partner_name"] = partner["name"]
    rows["cow_code"] = partner["ccode"]
    return rows.reset_index(drop=True)
