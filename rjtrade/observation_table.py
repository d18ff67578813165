"""The observation table: every figure of every source, normalised, cited, with its interval.

Stated figures come from the readers; derived ones from the article's growth
statements and multiples (2006 from "+65% on 2006", 2003 from "fivefold since 2003",
2004 from "+40%", January–September 2013 from the 2014 growth rates). A derived
row names its inputs (derived_from) and its method, and its interval holds every
reading of its inputs' intervals. Reading a raw folder once per content is rjtrade.store's.
"""

from __future__ import annotations

import pandas as pd

from .intervals import INF, divide, growth_factor
from .records import records, stack
from .schema import (
    EVENT_COLUMNS,
    LEVEL_KEY,
    OBSERVATION_COLUMNS,
    OBSERVATION_DTYPES,
    SOURCE_COLUMNS,
)
from .sources.cells import observation
from .sources.load import WHERE

SAME_SOURCE_LEVEL = (*LEVEL_KEY, "source_id")


def _key(obs: dict, year) -> tuple:
    """The level a relation refers to: its own key with the given year."""
    return tuple(year if k == "year" else obs[k] for k in SAME_SOURCE_LEVEL)


def derived_bound(high: float, inputs: list[dict]) -> str:
    """Open-ended if the interval is; exact only if every input is exact."""
    if high == INF:
        return "at_least"
    return "exact" if all(i["bound"] == "exact" for i in inputs) else "about"


def derived_row(
    level: dict, relation: dict, year: int, interval: tuple, value: float, method: str
) -> dict:
    """The level a growth rate or multiple implies for its base year, naming its inputs."""
    return observation(
        obs_id=f"{relation['obs_id']}__level_{year}",
        source_id=level["source_id"],
        year_basis=relation["year_basis"],
        economy=level["economy"],
        partner=level["partner"],
        flow=level["flow"],
        measure="value",
        commodity=level["commodity"],
        year=year,
        period=level["period"],
        value=value,
        unit=level["unit"],
        currency=level["currency"],
        bound=derived_bound(interval[1], [level, relation]),
        low=interval[0],
        high=interval[1],
        status="derived",
        derived_from=f"{level['obs_id']};{relation['obs_id']}",
        method=method,
        reported_by=level["reported_by"],
        note=f"implied by {relation['as_written']!r} ({relation['locator']})"
        f" and {level['as_written']!r} ({level['locator']})",
    )


def derive(stated: pd.DataFrame) -> list[dict]:
    """Levels implied by growth rates and by multiples over a single earlier year, same source."""
    relations = stated[
        stated["measure"].isin(("growth", "multiple"))
        & stated["base_year"].notna()
        & stated["base_year_to"].isna()
        & stated["base_partner"].isna()
        & stated["base_flow"].isna()
    ]
    wanted = relations[list(SAME_SOURCE_LEVEL)].drop_duplicates()
    maybe = (stated["measure"] == "value") & (stated["status"] == "stated")
    for column in SAME_SOURCE_LEVEL:  # narrowed column by column before any row is copied
        maybe &= stated[column].isin(wanted[column].unique()) | (
            stated[column].isna() & wanted[column].isna().any()
        )
    levels = {_key(o, o["year"]): o for o in records(stated[maybe].merge(wanted))}
    out = []
    for rel in records(relations):
        level = levels.get(_key(rel, rel["year"]))
        if level is None:
            continue
        interval_of = (level["low"], level["high"])
        if rel["measure"] == "growth":
            factor = growth_factor((rel["low"], rel["high"]))
            out.append(
                derived_row(
                    level,
                    rel,
                    rel["base_year"],
                    divide(interval_of, factor),
                    level["value"] / (1 + rel["value"] / 100),
                    "level / (1 + growth/100)",
                )
            )
        elif rel["measure"] == "multiple" and rel["bound"] in ("exact", "about"):
            out.append(
                derived_row(
                    level,
                    rel,
                    rel["base_year"],
                    divide(interval_of, (rel["low"], rel["high"])),
                    level["value"] / rel["value"],
                    "level / multiple",
                )
            )
    return out


def observation_tables(raw: dict) -> dict[str, pd.DataFrame]:
    """The observation (stated and derived), sources and events tables of what the readers
    loaded (rjtrade.sources.load.load_raw)."""
    stated = raw["observations"].drop(columns=list(WHERE))
    derived = derive(stated)
    if derived:
        derived = pd.DataFrame(derived, columns=OBSERVATION_COLUMNS).astype(OBSERVATION_DTYPES)
        stated = stack([stated, derived])
    return {
        "observations": stated,
        "sources": pd.DataFrame(list(raw["sources"].values()), columns=SOURCE_COLUMNS),
        "events": pd.DataFrame(raw["events"], columns=[*EVENT_COLUMNS, "year"]),
    }
