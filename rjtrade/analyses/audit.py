"""Check every claim against every related one, on intervals.

Each check kind is a function over the observation table that yields findings:
what is checked, the observations involved, the interval one side implies, the
interval the other states, and a verdict. A claim is `inconsistent` only when no
reading of the written digits (their rounding and qualifiers) reconciles it;
`unverifiable` when the two sides cannot be compared (different currencies, an
unwritten year, a missing level).
"""

from __future__ import annotations

import math
from collections import defaultdict
from itertools import combinations

import pandas as pd

from ..intervals import INF, add, divide, hull, overlap, ratio_to_percent
from ..records import group_by, records
from ..schema import (
    AUDIT_COLUMNS,
    LEVEL_KEY,
    MIRROR_FLOW,
    RUSSIA_OR_USSR,
    SHARE_GROUP,
    STATEMENT_KEY,
    economy_in,
)

# Mirror statistics legitimately differ (CIF/FOB valuation, timing, re-exports); the
# ERINA source (erina_4789) notes Russian Goskomstat figures run 20-35 % below others.
MIRROR_TOLERANCE = 0.35


def finding(check, claim, obs_ids, implied, stated, unit, verdict=None, detail="") -> dict:
    if verdict is None:
        verdict = "consistent" if overlap(implied, stated) else "inconsistent"
    return {
        "check": check,
        "claim": claim,
        "obs_ids": ";".join(obs_ids),
        "implied_low": implied[0],
        "implied_high": implied[1],
        "stated_low": stated[0],
        "stated_high": stated[1],
        "unit": unit,
        "verdict": verdict,
        "detail": detail,
    }


def interval(row) -> tuple[float, float]:
    return float(row["low"]), float(row["high"])


def fmt(x: float) -> str:
    if x == INF:
        return "inf"
    if abs(x) >= 1e6:
        return f"{x / 1e9:.4g} bn"
    return f"{x:.4g}"


def fmt_interval(i) -> str:
    return f"[{fmt(i[0])}, {fmt(i[1])}]"


def pair(row) -> str:
    """'RUS-JPN': the economy and partner of a statement."""
    return f"{row['economy']}-{row['partner']}"


def described(row) -> str:
    """An observation's id with its interval, for a finding's detail."""
    return f"{row['obs_id']} {fmt_interval(interval(row))}"


def uses(row, other) -> bool:
    """True when one observation was derived from the other."""
    return any(
        a["derived_from"] is not None and b["obs_id"] in a["derived_from"].split(";")
        for a, b in ((row, other), (other, row))
    )


def index_levels(rows: list[dict]) -> dict[tuple, list[dict]]:
    """Money levels with a year, by (economy, partner, flow, year, period, commodity)."""
    levels = [r for r in rows if r["measure"] == "value" and r["year"] is not None]
    return group_by(levels, LEVEL_KEY)


def find(index: dict, key: dict) -> list[dict]:
    """The levels with the given key (a dict of the LEVEL_KEY columns)."""
    return index.get(tuple(key[f] for f in LEVEL_KEY), [])


def level_key(row, year=None, partner=None, flow=None) -> dict:
    year = int(row["year"]) if year is None else year
    return {
        "economy": economy_in(row["economy"], year),
        "partner": economy_in(partner or row["partner"], year),
        "flow": flow or row["flow"],
        "year": year,
        "period": row["period"],
        "commodity": row["commodity"],
    }


def stated(rows: list[dict], measure: str) -> list[dict]:
    return [r for r in rows if r["measure"] == measure and r["status"] == "stated"]


# --- growth stated versus levels stated --------------------------------------------------
def check_growth(rows: list[dict], index: dict):
    for growth in stated(rows, "growth"):
        claim = (
            f"{pair(growth)} {growth['flow']} {growth['period']} {growth['year']}"
            f" vs {growth['base_year']}: {growth['as_written']}"
        )
        now = [r for r in find(index, level_key(growth)) if not uses(r, growth)]
        before = [
            r
            for r in find(index, level_key(growth, year=int(growth["base_year"])))
            if not uses(r, growth)
        ]
        pairs = [
            (level, base)
            for level in now
            for base in before
            if level["currency"] == base["currency"]
        ]
        if not pairs:
            yield finding(
                "growth_vs_levels",
                claim,
                [growth["obs_id"]],
                (math.nan, math.nan),
                interval(growth),
                "percent",
                "unverifiable",
                f"no pair of independent levels for {growth['year']} and {growth['base_year']}",
            )
        for level, base in pairs:
            implied = ratio_to_percent(divide(interval(level), interval(base)))
            yield finding(
                "growth_vs_levels",
                claim,
                [growth["obs_id"], level["obs_id"], base["obs_id"]],
                implied,
                interval(growth),
                "percent",
                detail=f"{described(level)} over {described(base)} implies growth"
                f" {fmt_interval(implied)} %; stated {fmt_interval(interval(growth))} %",
            )


# --- parts versus totals --------------------------------------------------------------------
def check_parts(rows: list[dict], index: dict):
    groups = defaultdict(dict)
    for r in rows:
        if r["measure"] == "value" and r["year"] is not None and r["commodity"] is None:
            key = (
                r["source_id"],
                r["economy"],
                r["partner"],
                r["year"],
                r["period"],
                r["currency"],
                r["status"],
            )
            groups[key][r["flow"]] = r
    for flows in groups.values():
        if not {"export", "import", "turnover"} <= set(flows):
            continue
        exports, imports, total = flows["export"], flows["import"], flows["turnover"]
        implied = add(interval(exports), interval(imports))
        yield finding(
            "parts_vs_total",
            f"{pair(total)} {total['period']} {total['year']}: exports + imports = turnover",
            [exports["obs_id"], imports["obs_id"], total["obs_id"]],
            implied,
            interval(total),
            total["currency"],
            detail=f"{fmt_interval(interval(exports))} + {fmt_interval(interval(imports))}"
            f" = {fmt_interval(implied)}; "
            f"turnover {fmt_interval(interval(total))} ({total['status']})",
        )


# --- multiples -------------------------------------------------------------------------------
def _base_levels(index: dict, multiple) -> tuple[list, str]:
    """Levels the multiple is relative to, and how they were chosen."""
    if multiple["base_year"] is not None:
        first = int(multiple["base_year"])
        last = int(multiple["base_year_to"]) if multiple["base_year_to"] is not None else first
        found = [
            r
            for year in range(first, last + 1)
            for r in find(index, level_key(multiple, year=year))
        ]
        return [r for r in found if not uses(r, multiple) and r["status"] == "stated"], (
            "span" if last > first else "year"
        )
    if multiple["base_partner"] is not None and multiple["year"] is not None:
        key = level_key(multiple, partner=multiple["base_partner"])
        mirror = {
            **key,
            "economy": key["partner"],
            "partner": key["economy"],
            "flow": MIRROR_FLOW[multiple["flow"]],
        }
        return find(index, key) + find(index, mirror), "partner"
    return [], "none"


def check_multiples(rows: list[dict], index: dict):
    for multiple in stated(rows, "multiple"):
        claim = (
            f"{pair(multiple)} {multiple['flow']}: {multiple['as_written']} ({multiple['obs_id']})"
        )
        if multiple["base_flow"] is not None:
            yield from _flow_multiple(rows, multiple, claim)
            continue
        if multiple["year"] is None:
            continue
        targets = [r for r in find(index, level_key(multiple)) if not uses(r, multiple)]
        bases, kind = _base_levels(index, multiple)
        if kind == "span" and bases:
            low, high = hull(interval(base) for base in bases)
            bases = [
                {
                    "obs_id": "+".join(base["obs_id"] for base in bases),
                    "low": low,
                    "high": high,
                    "currency": bases[0]["currency"],
                }
            ]
        pairs = [
            (target, base)
            for target in targets
            for base in bases
            if target["currency"] == base["currency"]
        ]
        if not pairs:
            yield finding(
                "multiple",
                claim,
                [multiple["obs_id"]],
                (math.nan, math.nan),
                interval(multiple),
                "times",
                "unverifiable",
                "no independent level for one side of the ratio",
            )
        context = (
            " (year taken from context, not written)"
            if multiple["year_basis"] == "context"
            else ""
        )
        for target, base in pairs:
            implied = divide(interval(target), interval(base))
            yield finding(
                "multiple",
                claim,
                [multiple["obs_id"], target["obs_id"], base["obs_id"]],
                implied,
                interval(multiple),
                "times",
                detail=f"{described(target)} over {described(base)}"
                f" = {fmt_interval(implied)}{context}",
            )


def _flow_multiple(rows: list[dict], multiple, claim: str):
    """'Imports nearly twice exports' with no year: unverifiable, shown for each period known."""
    groups = defaultdict(dict)
    for r in rows:
        if (
            r["measure"] == "value"
            and r["year"] is not None
            and r["commodity"] is None
            and r["economy"] == multiple["economy"]
            and r["partner"] == multiple["partner"]
        ):
            groups[(r["year"], r["period"], r["source_id"])][r["flow"]] = r
    found = False
    for (year, period, _source), flows in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2])
    ):
        if multiple["flow"] in flows and multiple["base_flow"] in flows:
            flow, base = flows[multiple["flow"]], flows[multiple["base_flow"]]
            implied = divide(interval(flow), interval(base))
            found = True
            yield finding(
                "multiple",
                claim,
                [multiple["obs_id"], flow["obs_id"], base["obs_id"]],
                implied,
                interval(multiple),
                "times",
                "unverifiable",
                f"the claim has no year; in {period} {year} the ratio was {fmt_interval(implied)}"
                + ("" if overlap(implied, interval(multiple)) else " (would not fit)"),
            )
    if not found:
        yield finding(
            "multiple",
            claim,
            [multiple["obs_id"]],
            (math.nan, math.nan),
            interval(multiple),
            "times",
            "unverifiable",
            "no period with both flows known",
        )


# --- records -----------------------------------------------------------------------------------
def check_records(rows: list[dict], index: dict):
    for record in (record for record in rows if record["claim"] == "record_high"):
        year = int(record["year"])
        earlier = [
            level
            for level in rows
            if level["measure"] == "value"
            and level["year"] is not None
            and level["year"] < year
            and level["flow"] == record["flow"]
            and level["period"] == record["period"]
            and level["commodity"] is None
            and level["currency"] == record["currency"]
            and (level["economy"], level["partner"])
            == (economy_in(record["economy"], int(level["year"])), record["partner"])
        ]
        for level in earlier:
            verdict = "consistent" if record["high"] > level["low"] else "inconsistent"
            yield finding(
                "record",
                f"{pair(record)} {record['flow']} {year} is a record high ({record['obs_id']})",
                [record["obs_id"], level["obs_id"]],
                (level["low"], level["high"]),
                interval(record),
                record["currency"],
                verdict,
                f"{year} {fmt_interval(interval(record))} must exceed"
                f" {int(level['year'])} {fmt_interval(interval(level))}",
            )


# --- share totals ---------------------------------------------------------------------------
def check_shares(rows: list[dict], index: dict):
    for (source, economy, partner, flow, period, year), group in group_by(
        stated(rows, "commodity_share"), SHARE_GROUP
    ).items():
        total = (sum(r["low"] for r in group), sum(r["high"] for r in group))
        yield finding(
            "share_total",
            f"{source} {economy}-{partner} {flow} shares ({period} {year or ''})"
            " total at most 100 %",
            [r["obs_id"] for r in group],
            total,
            (0.0, 100.0),
            "percent",
            "consistent" if total[0] <= 100 else "inconsistent",
            f"{len(group)} shares sum to {fmt_interval(total)} %;"
            f" remainder {fmt_interval((100 - total[1], 100 - total[0]))} %",
        )


# --- the same figure from different statements ---------------------------------------------------
def check_same_year(rows: list[dict], index: dict):
    statements = [r for r in rows if r["measure"] in ("value", "share_of_total")]
    for group in group_by(statements, STATEMENT_KEY).values():
        for a, b in combinations(group, 2):
            if uses(a, b) or not (
                a["year"] is None or b["year"] is None or a["year"] == b["year"]
            ):
                continue
            yield _same_year_finding(a, b)


def _same_year_finding(a: dict, b: dict) -> dict:
    claim = (
        f"{pair(a)} {a['flow']} {a['measure']} {a['year'] or ''}: {a['obs_id']} vs {b['obs_id']}"
    )
    ids, ia, ib = [a["obs_id"], b["obs_id"]], interval(a), interval(b)
    unit = a["currency"] or a["unit"]
    if a["year"] is None or b["year"] is None:
        return finding(
            "same_year",
            claim,
            ids,
            ia,
            ib,
            unit,
            "unverifiable",
            "one of the two has no year"
            + ("" if overlap(ia, ib) else "; the values would not fit the same year"),
        )
    if a["currency"] != b["currency"]:
        return finding(
            "same_year",
            claim,
            ids,
            ia,
            ib,
            a["unit"],
            "unverifiable",
            f"currencies differ ({a['currency']}, {b['currency']})",
        )
    if "context" in (a["year_basis"], b["year_basis"]):
        return finding(
            "same_year",
            claim,
            ids,
            ia,
            ib,
            unit,
            "unverifiable",
            f"{fmt_interval(ia)} vs {fmt_interval(ib)};"
            " one year is inferred from context, not written"
            + ("" if overlap(ia, ib) else " (the values differ beyond rounding)"),
        )
    return finding(
        "same_year",
        claim,
        ids,
        ia,
        ib,
        unit,
        detail=f"{a['obs_id']} ({a['reported_by']}, {a['status']}) {fmt_interval(ia)} vs "
        f"{b['obs_id']} ({b['reported_by']}, {b['status']}) {fmt_interval(ib)}",
    )


# --- mirror figures -----------------------------------------------------------------------------
def check_mirrors(rows: list[dict], index: dict):
    for a in rows:
        if not (
            a["measure"] == "value"
            and a["status"] == "stated"
            and a["commodity"] is None
            and a["year"] is not None
            and a["economy"] in RUSSIA_OR_USSR
            and a["flow"] in MIRROR_FLOW
        ):
            continue
        key = {
            "economy": a["partner"],
            "partner": a["economy"],
            "flow": MIRROR_FLOW[a["flow"]],
            "year": a["year"],
            "period": a["period"],
            "commodity": None,
        }
        for b in (b for b in find(index, key) if b["status"] == "stated"):
            claim = (
                f"{a['economy']} {a['flow']} {int(a['year'])} ({a['reported_by']})"
                f" vs {b['economy']} {b['flow']} ({b['reported_by']})"
            )
            ids = [a["obs_id"], b["obs_id"]]
            if a["currency"] != b["currency"]:
                yield finding(
                    "mirror_gap",
                    claim,
                    ids,
                    interval(a),
                    interval(b),
                    "money",
                    "unverifiable",
                    f"currencies differ ({a['currency']}, {b['currency']})",
                )
                continue
            implied = (a["low"] * (1 - MIRROR_TOLERANCE), a["high"] * (1 + MIRROR_TOLERANCE))
            gap = (b["value"] / a["value"] - 1) * 100
            yield finding(
                "mirror_gap",
                claim,
                ids,
                implied,
                interval(b),
                a["currency"],
                detail=f"gap {gap:+.1f} % of the {a['economy']} figure;"
                f" tolerance +-{MIRROR_TOLERANCE:.0%}",
            )


CHECKS = (
    check_growth,
    check_parts,
    check_multiples,
    check_records,
    check_shares,
    check_same_year,
    check_mirrors,
)


def audit(obs: pd.DataFrame) -> pd.DataFrame:
    """One row per check over every related pair of statements in the observation table."""
    rows = records(obs)
    index = index_levels(rows)
    found = [row for check in CHECKS for row in check(rows, index)]
    return pd.DataFrame(found, columns=AUDIT_COLUMNS)
