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

from .intervals import INF, add, divide, hull, overlap, ratio_to_percent
from .obstable import observations, records
from .schema import AUDIT_COLUMNS, MIRROR_FLOW, RUSSIA_OR_USSR, economy_in
from .sources.readers import share_groups

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


def uses(row, other) -> bool:
    """True when one observation was derived from the other."""
    return any(
        a["derived_from"] is not None and b["obs_id"] in a["derived_from"].split(";")
        for a, b in ((row, other), (other, row))
    )


LEVEL_FIELDS = ("economy", "partner", "flow", "year", "period", "commodity")


def index_levels(rows: list[dict]) -> dict[tuple, list[dict]]:
    """Money levels with a year, by (economy, partner, flow, year, period, commodity)."""
    index = defaultdict(list)
    for r in rows:
        if r["measure"] == "value" and r["year"] is not None:
            index[tuple(r[f] for f in LEVEL_FIELDS)].append(r)
    return index


def find(index: dict, key: dict) -> list[dict]:
    return index.get(tuple(key[f] for f in LEVEL_FIELDS), [])


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
    for g in stated(rows, "growth"):
        claim = f"{g['economy']}-{g['partner']} {g['flow']} {g['period']} {g['year']} vs {g['base_year']}: {g['as_written']}"
        now = [r for r in find(index, level_key(g)) if not uses(r, g)]
        before = [r for r in find(index, level_key(g, year=int(g["base_year"]))) if not uses(r, g)]
        pairs = [(a, b) for a in now for b in before if a["currency"] == b["currency"]]
        if not pairs:
            yield finding(
                "growth_vs_levels",
                claim,
                [g["obs_id"]],
                (math.nan, math.nan),
                interval(g),
                "percent",
                "unverifiable",
                f"no pair of independent levels for {g['year']} and {g['base_year']}",
            )
        for a, b in pairs:
            implied = ratio_to_percent(divide(interval(a), interval(b)))
            yield finding(
                "growth_vs_levels",
                claim,
                [g["obs_id"], a["obs_id"], b["obs_id"]],
                implied,
                interval(g),
                "percent",
                detail=f"{a['obs_id']} {fmt_interval(interval(a))} over {b['obs_id']} {fmt_interval(interval(b))} "
                f"implies growth {fmt_interval(implied)} %; stated {fmt_interval(interval(g))} %",
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
        e, i, t = flows["export"], flows["import"], flows["turnover"]
        implied = add(interval(e), interval(i))
        yield finding(
            "parts_vs_total",
            f"{t['economy']}-{t['partner']} {t['period']} {t['year']}: exports + imports = turnover",
            [e["obs_id"], i["obs_id"], t["obs_id"]],
            implied,
            interval(t),
            t["currency"],
            detail=f"{fmt_interval(interval(e))} + {fmt_interval(interval(i))} = {fmt_interval(implied)}; "
            f"turnover {fmt_interval(interval(t))} ({t['status']})",
        )


# --- multiples -------------------------------------------------------------------------------
def _base_levels(index: dict, m) -> tuple[list, str]:
    """Levels the multiple is relative to, and how they were chosen."""
    if m["base_year"] is not None:
        first = int(m["base_year"])
        last = int(m["base_year_to"]) if m["base_year_to"] is not None else first
        found = [r for y in range(first, last + 1) for r in find(index, level_key(m, year=y))]
        return [r for r in found if not uses(r, m) and r["status"] == "stated"], (
            "span" if last > first else "year"
        )
    if m["base_partner"] is not None and m["year"] is not None:
        key = level_key(m, partner=m["base_partner"])
        mirror = {
            **key,
            "economy": key["partner"],
            "partner": key["economy"],
            "flow": MIRROR_FLOW[m["flow"]],
        }
        return find(index, key) + find(index, mirror), "partner"
    return [], "none"


def check_multiples(rows: list[dict], index: dict):
    for m in stated(rows, "multiple"):
        claim = f"{m['economy']}-{m['partner']} {m['flow']}: {m['as_written']} ({m['obs_id']})"
        if m["base_flow"] is not None:
            yield from _flow_multiple(rows, m, claim)
            continue
        if m["year"] is None:
            continue
        targets = [r for r in find(index, level_key(m)) if not uses(r, m)]
        bases, kind = _base_levels(index, m)
        if kind == "span" and bases:
            low, high = hull(interval(b) for b in bases)
            bases = [
                {
                    "obs_id": "+".join(b["obs_id"] for b in bases),
                    "low": low,
                    "high": high,
                    "currency": bases[0]["currency"],
                }
            ]
        pairs = [(t, b) for t in targets for b in bases if t["currency"] == b["currency"]]
        if not pairs:
            yield finding(
                "multiple",
                claim,
                [m["obs_id"]],
                (math.nan, math.nan),
                interval(m),
                "times",
                "unverifiable",
                "no independent level for one side of the ratio",
            )
        context = " (year taken from context, not written)" if m["year_basis"] == "context" else ""
        for t, b in pairs:
            implied = divide(interval(t), interval(b))
            yield finding(
                "multiple",
                claim,
                [m["obs_id"], t["obs_id"], b["obs_id"]],
                implied,
                interval(m),
                "times",
                detail=f"{t['obs_id']} {fmt_interval(interval(t))} over {b['obs_id']} {fmt_interval(interval(b))}"
                f" = {fmt_interval(implied)}{context}",
            )


def _flow_multiple(rows: list[dict], m, claim: str):
    """'Imports nearly twice exports' with no year: shown against every period both are known, unverifiable."""
    groups = defaultdict(dict)
    for r in rows:
        if (
            r["measure"] == "value"
            and r["year"] is not None
            and r["commodity"] is None
            and r["economy"] == m["economy"]
            and r["partner"] == m["partner"]
        ):
            groups[(r["year"], r["period"], r["source_id"])][r["flow"]] = r
    found = False
    for (year, period, _source), flows in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2])
    ):
        if m["flow"] in flows and m["base_flow"] in flows:
            a, b = flows[m["flow"]], flows[m["base_flow"]]
            implied = divide(interval(a), interval(b))
            found = True
            yield finding(
                "multiple",
                claim,
                [m["obs_id"], a["obs_id"], b["obs_id"]],
                implied,
                interval(m),
                "times",
                "unverifiable",
                f"the claim has no year; in {period} {year} the ratio was {fmt_interval(implied)}"
                + ("" if overlap(implied, interval(m)) else " (would not fit)"),
            )
    if not found:
        yield finding(
            "multiple",
            claim,
            [m["obs_id"]],
            (math.nan, math.nan),
            interval(m),
            "times",
            "unverifiable",
            "no period with both flows known",
        )


# --- records -----------------------------------------------------------------------------------
def check_records(rows: list[dict], index: dict):
    for r in (r for r in rows if r["claim"] == "record_high"):
        year = int(r["year"])
        earlier = [
            e
            for e in rows
            if e["measure"] == "value"
            and e["year"] is not None
            and e["year"] < year
            and e["flow"] == r["flow"]
            and e["period"] == r["period"]
            and e["commodity"] is None
            and e["currency"] == r["currency"]
            and (e["economy"], e["partner"])
            == (economy_in(r["economy"], int(e["year"])), r["partner"])
        ]
        for e in earlier:
            verdict = "consistent" if r["high"] > e["low"] else "inconsistent"
            yield finding(
                "record",
                f"{r['economy']}-{r['partner']} {r['flow']} {year} is a record high ({r['obs_id']})",
                [r["obs_id"], e["obs_id"]],
                (e["low"], e["high"]),
                interval(r),
                r["currency"],
                verdict,
                f"{year} {fmt_interval(interval(r))} must exceed {int(e['year'])} {fmt_interval(interval(e))}",
            )


# --- share totals ---------------------------------------------------------------------------
def check_shares(rows: list[dict], index: dict):
    for (source, economy, partner, flow, period, year), group in share_groups(rows).items():
        total = (sum(r["low"] for r in group), sum(r["high"] for r in group))
        yield finding(
            "share_total",
            f"{source} {economy}-{partner} {flow} shares ({period} {year or ''}) total at most 100 %",
            [r["obs_id"] for r in group],
            total,
            (0.0, 100.0),
            "percent",
            "consistent" if total[0] <= 100 else "inconsistent",
            f"{len(group)} shares sum to {fmt_interval(total)} %; remainder {fmt_interval((100 - total[1], 100 - total[0]))} %",
        )


# --- the same figure from different statements ---------------------------------------------------
SAME_KEY = ("economy", "partner", "flow", "measure", "period", "commodity")


def check_same_year(rows: list[dict], index: dict):
    groups = defaultdict(list)
    for r in rows:
        if r["measure"] in ("value", "share_of_total"):
            groups[tuple(r[k] for k in SAME_KEY)].append(r)
    for group in groups.values():
        for a, b in combinations(group, 2):
            if uses(a, b) or not (
                a["year"] is None or b["year"] is None or a["year"] == b["year"]
            ):
                continue
            yield _same_year_finding(a, b)


def _same_year_finding(a: dict, b: dict) -> dict:
    claim = f"{a['economy']}-{a['partner']} {a['flow']} {a['measure']} {a['year'] or ''}: {a['obs_id']} vs {b['obs_id']}"
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
            f"{fmt_interval(ia)} vs {fmt_interval(ib)}; one year is inferred from context, not written"
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
            claim = f"{a['economy']} {a['flow']} {int(a['year'])} ({a['reported_by']}) vs {b['economy']} {b['flow']} ({b['reported_by']})"
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
                detail=f"gap {gap:+.1f} % of the {a['economy']} figure; tolerance +-{MIRROR_TOLERANCE:.0%}",
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


def audit(obs: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per check over every related pair of statements, with a verdict."""
    rows = records(observations() if obs is None else obs)
    index = index_levels(rows)
    found = [row for check in CHECKS for row in check(rows, index)]
    return pd.DataFrame(found, columns=AUDIT_COLUMNS)
