"""Check every claim against every related one, on intervals.

Each check kind is a function over the observation table that yields findings:
what is checked, the observations involved, the interval one side implies, the
interval the other states, and a verdict. A claim is `inconsistent` only when no
reading of the written digits (their rounding and qualifiers) reconciles it;
`unverifiable` when the two sides cannot be compared (different currencies, an
unwritten year, a missing level).

Bounded cost: the audit compares only statements that can be related (same flow, pair,
period, year and currency) and grows about linearly with the rows. Where a few
statements say the same thing (at most PAIRWISE_LIMIT in one currency), each pair is a
finding, as a reader would check them. Where more do, the group is summarised by its
consensus: the interval on which the largest number of them agree (a sweep over the
sorted bounds). One finding states the group (consistent when every statement admits
a common value: for intervals, all pairs agree exactly when all share a point), and
each statement outside the consensus is a finding of its own against it; statements
inside it need no finding, since they agree with every other member of the consensus.
Growth rates, multiples and mirror figures compare with the same representatives (each
level itself when few, the consensus of the stated levels when many). A record high is
checked against the highest earlier level only (it exceeds all of them exactly when it
exceeds that one).
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, fields
from itertools import combinations

import pandas as pd

from ..intervals import INF, add, divide, hull, overlap, ratio_to_percent
from ..records import batches, group_by, shared_values, stack
from ..schema import (
    AUDIT_COLUMNS,
    AUDIT_DTYPES,
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
PAIRWISE_LIMIT = 4  # statements of one thing compared pair by pair; more: against a consensus
OUTLIERS_LISTED = 5  # ids of statements outside a consensus named in the group's finding


def finding(check, claim, obs_ids, implied, stated, unit, verdict=None, detail="") -> dict:
    """One row of the audit: what is checked, the intervals on both sides and the verdict."""
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
    """A statement's interval (low, high)."""
    return float(row["low"]), float(row["high"])


def fmt(x: float) -> str:
    """A number as a finding's detail writes it: billions as 'bn', infinity as 'inf'."""
    if x == INF:
        return "inf"
    if abs(x) >= 1e6:
        return f"{x / 1e9:.4g} bn"
    return f"{x:.4g}"


def fmt_interval(i) -> str:
    """An interval as a finding's detail writes it: '[7.5 bn, 8.5 bn]', or '8 bn or more'
    when it has no upper bound."""
    if i[1] == INF:
        return f"{fmt(i[0])} or more"
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
    """The key of the level a statement refers to, in another year, partner or flow if given."""
    year = int(row["year"]) if year is None else year
    return {
        "economy": economy_in(row["economy"], year),
        "partner": economy_in(partner or row["partner"], year),
        "flow": flow or row["flow"],
        "year": year,
        "period": row["period"],
        "commodity": row["commodity"],
    }


def unverifiable(check: str, claim: str, statement: dict, unit: str, why: str) -> dict:
    """A finding with nothing to compare the statement with, saying why."""
    nothing = (math.nan, math.nan)
    return finding(
        check,
        claim,
        [statement["obs_id"]],
        nothing,
        interval(statement),
        unit,
        "unverifiable",
        why,
    )


def ratio_finding(check: str, claim: str, statement: dict, top: dict, base: dict, implied,
                  unit: str, detail: str) -> dict:  # fmt: skip
    """A statement against what two levels imply (their ratio or growth), with the details."""
    ids = [statement["obs_id"], top["obs_id"], base["obs_id"]]
    return finding(check, claim, ids, implied, interval(statement), unit, detail=detail)


def same_currency_pairs(first: list[dict], second: list[dict]) -> list[tuple[dict, dict]]:
    """Every pair of a level of the first list and one of the second in the same currency."""
    return [(a, b) for a in first for b in second if a["currency"] == b["currency"]]


def stated(rows: list[dict], measure: str) -> list[dict]:
    """The stated (not derived) statements of one measure."""
    return [r for r in rows if r["measure"] == measure and r["status"] == "stated"]


def agreeing(rows: list[dict]) -> list[dict]:
    """The statements sharing the value most of them admit (a sweep over the bounds)."""
    bounds = sorted(
        [(r["low"], 0) for r in rows] + [(r["high"], 1) for r in rows]
    )  # at a tie, starts before ends: closed intervals that touch agree
    best, depth, point = -1, 0, rows[0]["low"]
    for x, is_end in bounds:
        depth += -1 if is_end else 1
        if depth > best:
            best, point = depth, x
    return [r for r in rows if r["low"] <= point <= r["high"]]


def consensus(rows: list[dict]) -> dict:
    """A pseudo-statement for many: the interval their largest agreeing set shares.

    Its obs_id names the two statements bounding it (highest low, lowest high)."""
    members = agreeing(rows)
    top = max(members, key=lambda r: r["low"])
    bottom = min(members, key=lambda r: r["high"])
    ids = top["obs_id"] if top is bottom else f"{top['obs_id']};{bottom['obs_id']}"
    low, high = top["low"], bottom["high"]
    value = (low + high) / 2 if math.isfinite(high) else low
    return {
        **top,
        "obs_id": ids,
        "low": low,
        "high": high,
        "value": value,
        "derived_from": None,
        "members": len(rows),
        "agreeing": members,
    }


def representatives(levels: list[dict]) -> list[dict]:
    """Each level when at most PAIRWISE_LIMIT share a currency; else their consensus."""
    out = []
    for group in group_by(levels, ("currency",)).values():
        out += group if len(group) <= PAIRWISE_LIMIT else [consensus(group)]
    return out


class Related:
    """Levels related to a claim, found once per key: each level if few, a consensus if many."""

    def __init__(self, index: dict):
        """Look-ups of levels in the audit's index."""
        self.index = index
        self.cache: dict[tuple, list[dict]] = {}

    def __call__(self, key: dict, claim: dict, stated_only: bool = False) -> list[dict]:
        """The levels with the key that were not derived from the claim itself."""
        levels = find(self.index, key)
        if stated_only:
            levels = [r for r in levels if r["status"] == "stated"]
        if len(levels) <= PAIRWISE_LIMIT:
            return [r for r in levels if not uses(r, claim)]
        cache_key = (*(key[f] for f in LEVEL_KEY), stated_only)
        if cache_key not in self.cache:
            self.cache[cache_key] = representatives(
                [r for r in levels if r["status"] == "stated"] or levels
            )
        return self.cache[cache_key]


# --- growth stated versus levels stated --------------------------------------------------
def check_growth(rows: list[dict], index: dict):
    """Stated growth rates against the levels of their two years."""
    related = Related(index)
    for growth in stated(rows, "growth"):
        claim = (
            f"{pair(growth)} {growth['flow']} {growth['period']} {growth['year']}"
            f" vs {growth['base_year']}: {growth['as_written']}"
        )
        now = related(level_key(growth), growth)
        before = related(level_key(growth, year=int(growth["base_year"])), growth)
        pairs = same_currency_pairs(now, before)
        if not pairs:
            why = f"no pair of independent levels for {growth['year']} and {growth['base_year']}"
            yield unverifiable("growth_vs_levels", claim, growth, "percent", why)
        for level, base in pairs:
            implied = ratio_to_percent(divide(interval(level), interval(base)))
            detail = (
                f"{described(level)} over {described(base)} implies growth"
                f" {fmt_interval(implied)} %; stated {fmt_interval(interval(growth))} %"
            )
            yield ratio_finding(
                "growth_vs_levels", claim, growth, level, base, implied, "percent", detail
            )


# --- parts versus totals --------------------------------------------------------------------
def check_parts(rows: list[dict], index: dict):
    """Exports plus imports against the turnover the same source states."""
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
def _base_levels(related: Related, multiple) -> tuple[list, str]:
    """Levels the multiple is relative to, and how they were chosen."""
    if multiple["base_year"] is not None:
        first = int(multiple["base_year"])
        last = int(multiple["base_year_to"]) if multiple["base_year_to"] is not None else first
        found = [
            r
            for year in range(first, last + 1)
            for r in related(level_key(multiple, year=year), multiple, stated_only=True)
        ]
        return found, ("span" if last > first else "year")
    if multiple["base_partner"] is not None and multiple["year"] is not None:
        key = level_key(multiple, partner=multiple["base_partner"])
        mirror = {
            **key,
            "economy": key["partner"],
            "partner": key["economy"],
            "flow": MIRROR_FLOW[multiple["flow"]],
        }
        return related(key, multiple) + related(mirror, multiple), "partner"
    return [], "none"


def check_multiples(rows: list[dict], index: dict):
    """Stated multiples against the levels they compare (years, partners or flows)."""
    related = Related(index)
    flows_by_pair = levels_by_period(rows)
    for multiple in stated(rows, "multiple"):
        claim = (
            f"{pair(multiple)} {multiple['flow']}: {multiple['as_written']} ({multiple['obs_id']})"
        )
        if multiple["base_flow"] is not None:
            groups = flows_by_pair.get((multiple["economy"], multiple["partner"]), {})
            yield from _flow_multiple(groups, multiple, claim)
            continue
        if multiple["year"] is None:
            continue
        targets = related(level_key(multiple), multiple)
        bases, kind = _base_levels(related, multiple)
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
        pairs = same_currency_pairs(targets, bases)
        if not pairs:
            why = "no independent level for one side of the ratio"
            yield unverifiable("multiple", claim, multiple, "times", why)
        context = (
            " (year taken from context, not written)"
            if multiple["year_basis"] == "context"
            else ""
        )
        for target, base in pairs:
            implied = divide(interval(target), interval(base))
            detail = f"{described(target)} over {described(base)} = {fmt_interval(implied)}"
            yield ratio_finding(
                "multiple", claim, multiple, target, base, implied, "times", detail + context
            )


def levels_by_period(rows: list[dict]) -> dict[tuple, dict]:
    """Dated whole-flow levels by (economy, partner), then (year, period, source), then flow."""
    groups: dict[tuple, dict] = defaultdict(lambda: defaultdict(dict))
    for r in rows:
        if r["measure"] == "value" and r["year"] is not None and r["commodity"] is None:
            groups[(r["economy"], r["partner"])][(r["year"], r["period"], r["source_id"])][
                r["flow"]
            ] = r
    return groups


def _flow_multiple(groups: dict, multiple, claim: str):
    """'Imports nearly twice exports' with no year: unverifiable, shown for each period known."""
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
        yield unverifiable("multiple", claim, multiple, "times", "no period with both flows known")


# --- records -----------------------------------------------------------------------------------
def record_side(economy: str, year: int) -> str:
    """The economy a level counts as for a record: the USSR and Russia as one side."""
    return (
        "SUN/RUS"
        if economy in RUSSIA_OR_USSR and economy == economy_in(economy, year)
        else economy
    )


def strongest_levels(rows: list[dict]) -> dict[tuple, tuple[list, list]]:
    """Whole-flow levels by side, partner, flow, period and currency, in year order: the
    years and, for each, the level with the highest low up to that year."""
    out = {}
    levels = [
        r
        for r in rows
        if r["measure"] == "value" and r["year"] is not None and r["commodity"] is None
    ]
    groups: dict[tuple, list] = {}
    for r in levels:
        key = (record_side(r["economy"], int(r["year"])), r["partner"], r["flow"], r["period"])
        groups.setdefault((*key, r["currency"]), []).append(r)
    for group_key, group in groups.items():
        group.sort(key=lambda r: r["year"])
        best, running = None, []
        for level in group:
            if best is None or level["low"] > best["low"]:
                best = level
            running.append(best)
        out[group_key] = ([r["year"] for r in group], running)
    return out


def check_records(rows: list[dict], index: dict):
    """A 'record high' against the highest earlier level of the same flow."""
    strongest = strongest_levels(rows)
    for record in (record for record in rows if record["claim"] == "record_high"):
        year = int(record["year"])
        side = "SUN/RUS" if record["economy"] in RUSSIA_OR_USSR else record["economy"]
        years, running = strongest.get(
            (side, record["partner"], record["flow"], record["period"], record["currency"]),
            ([], []),
        )
        before = bisect_left(years, year)
        if not before:
            continue
        level = running[before - 1]
        verdict = "consistent" if record["high"] > level["low"] else "inconsistent"
        yield finding(
            "record",
            f"{pair(record)} {record['flow']} {year} is a record high ({record['obs_id']})",
            [record["obs_id"], level["obs_id"]],
            (level["low"], level["high"]),
            interval(record),
            record["currency"],
            verdict,
            f"{year} {fmt_interval(interval(record))} must exceed every earlier level"
            f" ({before} known); the highest: {int(level['year'])}"
            f" {fmt_interval(interval(level))}",
        )


# --- share totals ---------------------------------------------------------------------------
def check_shares(rows: list[dict], index: dict):
    """Commodity shares of one flow: together at most 100 %."""
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
    """Statements of the same thing for the same year: pairs when few, else their consensus."""
    statements = [r for r in rows if r["measure"] in ("value", "share_of_total")]
    for group in group_by(statements, STATEMENT_KEY).values():
        dated = [r for r in group if r["year"] is not None]
        for undated in (r for r in group if r["year"] is None):
            if dated:
                yield _undated_finding(undated, dated)
        for same_year in group_by(dated, ("year",)).values():
            yield from _same_year_group(same_year)


def _undated_finding(undated: dict, dated: list[dict]) -> dict:
    """A statement without a year against the dated statements of the same thing."""
    span = hull(interval(r) for r in dated)
    return finding(
        "same_year",
        f"{pair(undated)} {undated['flow']} {undated['measure']}: {undated['obs_id']}"
        f" (no year) vs {len(dated)} dated",
        [undated["obs_id"]],
        span,
        interval(undated),
        undated["currency"] or undated["unit"],
        "unverifiable",
        f"no year: {fmt_interval(interval(undated))} against dated statements spanning"
        f" {fmt_interval(span)}"
        + ("" if overlap(span, interval(undated)) else "; it would fit none of them"),
    )


def _same_year_group(group: list[dict]):
    """Statements of one thing for one year: pairs when few, a consensus when many."""
    by_currency = group_by(group, ("currency",))
    if len(by_currency) > 1 and len(group) > PAIRWISE_LIMIT:
        first = [members[0] for members in by_currency.values()]
        yield _same_year_finding(first[0], first[1]) | {
            "detail": "currencies differ ("
            + ", ".join(str(c[0]) for c in by_currency)
            + "): compared within each currency only"
        }
        groups = list(by_currency.values())
    else:
        groups = [group]
    for members in groups:
        if len(members) <= PAIRWISE_LIMIT:
            for a, b in combinations(members, 2):
                if not uses(a, b):
                    yield _same_year_finding(a, b)
        else:
            yield from _consensus_findings(members)


def _consensus_findings(members: list[dict]):
    """One finding for the group, one for each statement outside its consensus."""
    written = [r for r in members if r["year_basis"] != "context"] or members
    middle = consensus(written)
    inside = {id(r) for r in middle["agreeing"]}
    outside = [r for r in members if id(r) not in inside and not _within(r, middle)]
    first = members[0]
    what = f"{pair(first)} {first['flow']} {first['measure']} {first['year']}"
    unit = first["currency"] or first["unit"]
    named = ", ".join(r["obs_id"] for r in outside[:OUTLIERS_LISTED])
    more = f" and {len(outside) - OUTLIERS_LISTED} more" if len(outside) > OUTLIERS_LISTED else ""
    yield finding(
        "same_year",
        f"{what}: {len(members)} statements",
        middle["obs_id"].split(";"),
        interval(middle),
        hull(interval(r) for r in members),
        unit,
        "inconsistent" if any(r["year_basis"] != "context" for r in outside) else "consistent",
        f"{len(middle['agreeing'])} of {len(members)} agree on {fmt_interval(interval(middle))}"
        + (f"; outside it: {named}{more}" if outside else ""),
    )
    for r in outside:
        context = r["year_basis"] == "context"
        yield finding(
            "same_year",
            f"{what}: {r['obs_id']} vs the consensus of {len(middle['agreeing'])}",
            [r["obs_id"], *middle["obs_id"].split(";")],
            interval(middle),
            interval(r),
            unit,
            "unverifiable" if context else "inconsistent",
            f"{described(r)} outside the consensus {fmt_interval(interval(middle))}"
            + (" (its year is inferred from context)" if context else ""),
        )


def _within(row: dict, middle: dict) -> bool:
    """True when a statement admits a value of the consensus interval."""
    return overlap(interval(row), interval(middle))


def _same_year_finding(a: dict, b: dict) -> dict:
    """Two statements of the same thing, compared where their years and currencies allow."""
    claim = (
        f"{pair(a)} {a['flow']} {a['measure']} {a['year'] or ''}: {a['obs_id']} vs {b['obs_id']}"
    )
    ia, ib = interval(a), interval(b)
    unit = a["currency"] or a["unit"]

    def compared(verdict=None, detail: str = "", unit: str = unit) -> dict:
        return finding(
            "same_year", claim, [a["obs_id"], b["obs_id"]], ia, ib, unit, verdict, detail
        )

    if a["year"] is None or b["year"] is None:
        differ = "" if overlap(ia, ib) else "; the values would not fit the same year"
        return compared("unverifiable", "one of the two has no year" + differ)
    if a["currency"] != b["currency"]:
        why = f"currencies differ ({a['currency']}, {b['currency']})"
        return compared("unverifiable", why, unit=a["unit"])
    if "context" in (a["year_basis"], b["year_basis"]):
        differ = "" if overlap(ia, ib) else " (the values differ beyond rounding)"
        why = f"{fmt_interval(ia)} vs {fmt_interval(ib)}; one year is inferred from context"
        return compared("unverifiable", why + ", not written" + differ)
    return compared(
        detail=f"{a['obs_id']} ({a['reported_by']}, {a['status']}) {fmt_interval(ia)} vs "
        f"{b['obs_id']} ({b['reported_by']}, {b['status']}) {fmt_interval(ib)}"
    )


# --- mirror figures -----------------------------------------------------------------------------
def check_mirrors(rows: list[dict], index: dict):
    """The Soviet/Russian figure against Japan's mirror figure, within the mirror tolerance."""
    own = [
        a
        for a in rows
        if a["measure"] == "value"
        and a["status"] == "stated"
        and a["commodity"] is None
        and a["year"] is not None
        and a["economy"] in RUSSIA_OR_USSR
        and a["flow"] in MIRROR_FLOW
    ]
    for group in group_by(own, LEVEL_KEY).values():
        first = group[0]
        key = {
            "economy": first["partner"],
            "partner": first["economy"],
            "flow": MIRROR_FLOW[first["flow"]],
            "year": first["year"],
            "period": first["period"],
            "commodity": None,
        }
        mirrors = representatives([b for b in find(index, key) if b["status"] == "stated"])
        for a in representatives(group):
            for b in mirrors:
                yield _mirror_finding(a, b)


def _mirror_finding(a: dict, b: dict) -> dict:
    """One side's figure against the partner's mirror figure, within MIRROR_TOLERANCE."""
    claim = (
        f"{a['economy']} {a['flow']} {int(a['year'])} ({a['reported_by']})"
        f" vs {b['economy']} {b['flow']} ({b['reported_by']})"
    )
    ids = [*a["obs_id"].split(";"), *b["obs_id"].split(";")]
    if a["currency"] != b["currency"]:
        return finding(
            "mirror_gap",
            claim,
            ids,
            interval(a),
            interval(b),
            "money",
            "unverifiable",
            f"currencies differ ({a['currency']}, {b['currency']})",
        )
    implied = (a["low"] * (1 - MIRROR_TOLERANCE), a["high"] * (1 + MIRROR_TOLERANCE))
    gap = (b["value"] / a["value"] - 1) * 100 if a["value"] else math.nan
    return finding(
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


FINDINGS_AT_ONCE = 50_000  # findings gathered as dicts before they become a table


@dataclass(slots=True)
class Statement:
    """One observation as the checks read it: statement["low"] as for a dict, in about a
    quarter of a dict's memory (a million statements are a million of these)."""

    obs_id: str
    source_id: str
    economy: str
    partner: str
    flow: str
    measure: str
    commodity: str | None
    year: int | None
    period: str
    year_basis: str
    base_year: int | None
    base_year_to: int | None
    base_partner: str | None
    base_flow: str | None
    value: float | None
    low: float | None
    high: float | None
    bound: str
    unit: str | None
    currency: str | None
    status: str
    derived_from: str | None
    claim: str | None
    as_written: str | None
    reported_by: str | None

    __getitem__ = object.__getattribute__

    def keys(self) -> tuple[str, ...]:
        """The column names, so that {**statement} makes a dict of it."""
        return READS


READS = tuple(f.name for f in fields(Statement))  # the observation columns the checks read


def statements(obs: pd.DataFrame) -> list[Statement]:
    """Every observation as a Statement; equal values share one object."""
    return [Statement(*row) for row in zip(*(shared_values(obs[c]) for c in READS), strict=True)]


def audit(obs: pd.DataFrame) -> pd.DataFrame:
    """One row per check over every related pair of statements in the observation table."""
    rows = statements(obs)
    index = index_levels(rows)
    found = (row for check in CHECKS for row in check(rows, index))
    parts = [
        pd.DataFrame(part, columns=AUDIT_COLUMNS).astype(AUDIT_DTYPES)
        for part in batches(found, FINDINGS_AT_ONCE)
    ]
    return stack(parts or [pd.DataFrame(columns=AUDIT_COLUMNS).astype(AUDIT_DTYPES)])
